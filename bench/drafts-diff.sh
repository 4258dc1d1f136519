#!/usr/bin/env bash
# Benchmark of draft comparison (issue: "diff of two 300-paragraph versions in < 50 ms server side").
# JMH, one fork, 3 warm-up and 5 measured iterations of 1 s each, per benchmark; prints each figure in ms and as a
# ratio to a raw baseline measured in the same run (tokenising both versions). About 30 s on 2 cores.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -pl .,moderation -DskipTests install
mvn -q -pl platform-ejb test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
    -Dexec.args="-cp %classpath org.agora.drafts.control.DraftDiffBenchmark"
