#!/usr/bin/env bash
# Benchmark of evidence text extraction (target: our inspection + extraction path >= 40 % of bare Tika and >= 100
# text-PDF pages/s per core). JMH, one fork, one thread, 3 warm-up and 5 measured iterations of 2 s each, on a
# 50-page PDF made by LibreOffice (installed by scripts/ensure-libreoffice.sh when missing); prints pages/s for bare
# Tika and for our path, and their ratio. About 45 s on 2 cores. Installs nothing into the local Maven repository.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -pl moderation,platform-ejb test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
cd platform-ejb
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.agora.evidence.control.EvidenceExtractionBenchmark
