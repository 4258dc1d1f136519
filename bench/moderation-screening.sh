#!/usr/bin/env bash
# Benchmark of pre-publication screening (target: >= 20 000 comments/s on one core).
# JMH, one fork, one thread, 3 warm-up and 5 measured iterations of 2 s each, per benchmark; prints comments/s for a raw
# baseline (lower-casing each comment and splitting it into words) and for the full Screening, and their ratio.
# About 40 s. The moderation module builds on its own, so nothing needs installing first. Extra arguments go to Maven
# (e.g. -o to stay offline).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q "$@" -pl moderation test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
    -Dexec.args="-cp %classpath org.agora.moderation.control.ScreeningBenchmark"
