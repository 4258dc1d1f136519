#!/usr/bin/env bash
# Makes sure a headless LibreOffice (`soffice --headless --convert-to`) is present for the evidence tests, which
# convert a generated document into DOCX, ODT, PDF and XLSX made by real office software. Installs Debian's
# writer and calc without their GUI (and one font, so PDFs have real glyphs) when missing.
# Without it the evidence tests would fail: this script says why, loudly, instead of letting anything skip.
set -euo pipefail

PACKAGES="libreoffice-writer-nogui libreoffice-calc-nogui fonts-dejavu-core"

have_soffice() {
    command -v soffice >/dev/null 2>&1 \
        && dpkg-query -W -f='${Status}\n' libreoffice-writer-nogui libreoffice-calc-nogui 2>/dev/null \
            | grep -c 'install ok installed' | grep -qx 2
}

if have_soffice; then
    exit 0
fi

echo "[agora] LibreOffice missing: installing Debian's $PACKAGES for the evidence tests"
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "[agora] ERROR: cannot install LibreOffice (not root and no sudo). Install '$PACKAGES' and rerun." >&2
    exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null
if ! have_soffice; then
    echo "[agora] ERROR: soffice still missing after apt-get install" >&2
    exit 1
fi
echo "[agora] $(soffice --version 2>/dev/null | head -1) installed"
