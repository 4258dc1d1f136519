#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are present for the browser tests, installing them when missing.
# Without them the browser tests would fail: this script says why, loudly, instead of letting anything skip.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi

echo "[agora] Chromium/ChromeDriver missing: installing Debian's chromium and chromium-driver for the browser tests"
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "[agora] ERROR: cannot install chromium (not root and no sudo). Install 'chromium chromium-driver' and rerun." >&2
    exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "[agora] ERROR: chromium or chromedriver still missing after apt-get install" >&2
    exit 1
fi
echo "[agora] $(/usr/bin/chromium --version 2>/dev/null) installed"
