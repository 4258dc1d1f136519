#!/usr/bin/env bash
# Load benchmark for comments (issue "threaded comments", P1 and P2). Starts, on the loopback and all stopped at the
# end: a throwaway PostgreSQL 15 (127.0.0.1:55433), Keycloak with the demo realm (8680), and the platform against
# that PostgreSQL (WildFly on 8580). Then bench/CommentsLoad.java measures, in one run:
#   P1  comments/s through the full HTTP path with 64 writers  vs  raw single-row INSERT commits/s (64 JDBC conns)
#   P2  the page holding a 1,000-comment thread, 200 readers   vs  the same page's raw SQL over JDBC
# and prints each as a ratio with p50/p99 latencies.  Usage: bench/comments-load.sh [SECONDS_PER_PHASE (default 20)] [p1,p2]
# About 5 minutes on 2 cores after the first build. Rate limits and screening's burst rule are lifted for the run
# (a handful of demo users post for 64 writers; every other screening rule still runs on every comment).
# Each application phase is measured after BENCH_WARMUP seconds (default 30) of the same load, so the figures are the
# server's steady state rather than its JIT compiling WildFly's code. BENCH_TASK_THREADS sets the server's worker pool
# size (default: WildFly's own). BENCH_SERVER_OPTS adds JVM options to the server,
# e.g. "-XX:StartFlightRecording=filename=/tmp/agora.jfr" to profile. Findings and figures: docs/performance.md.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SECONDS_PER_PHASE=${1:-20}
WORK="$ROOT/target/bench-comments"
PG_PORT=55433
KC_PORT=8680
KC_MGMT_PORT=9680
OFFSET=500 # WildFly http 8580, management 10490
WF_PID=""

say() { printf '[bench] %s\n' "$*"; }

cleanup() {
    if [ -n "$WF_PID" ] && kill -0 "$WF_PID" 2>/dev/null; then
        kill -TERM "$WF_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$WF_PID" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$WF_PID" 2>/dev/null || true
    fi
    "$ROOT/scripts/keycloak.sh" stop "$WORK/keycloak" >/dev/null 2>&1 || true
    "$ROOT/scripts/postgres.sh" stop "$WORK/postgres" >/dev/null 2>&1 || true
}
trap cleanup EXIT INT TERM

say "building the platform for PostgreSQL"
mvn -q -DskipTests package -Ppostgres
mvn -q dependency:copy -Dartifact=org.postgresql:postgresql:42.7.14 -DoutputDirectory="$WORK/lib"

cleanup
rm -rf "$WORK/postgres" "$WORK/wildfly"
"$ROOT/scripts/postgres.sh" start "$WORK/postgres" "$PG_PORT"
"$ROOT/scripts/keycloak.sh" start "$WORK/keycloak" "$KC_PORT" "$KC_MGMT_PORT"

JBOSS_HOME=$(ls -d "$ROOT"/platform-ear/target/wildfly-*/ | head -n 1)
BASE="$WORK/wildfly"
mkdir -p "$BASE/deployments"
cp -r "${JBOSS_HOME%/}/standalone/configuration" "$BASE/configuration"
cp "$ROOT/platform-ear/target/agora.ear" "$BASE/deployments/"
# BENCH_TASK_THREADS sizes the server's worker pool (unset: WildFly's default, 16 threads per core)
if [ -n "${BENCH_TASK_THREADS:-}" ]; then
    sed -i "s|<worker name=\"default\"/>|<worker name=\"default\" task-max-threads=\"$BENCH_TASK_THREADS\"/>|" \
        "$BASE/configuration/standalone.xml"
    grep -q "task-max-threads=\"$BENCH_TASK_THREADS\"" "$BASE/configuration/standalone.xml" \
        || { say "could not size the worker pool in $BASE/configuration/standalone.xml"; exit 1; }
fi
say "starting WildFly against PostgreSQL (log: $BASE/log/server.log)"
AGORA_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/agora" AGORA_DB_USER=agora AGORA_DB_PASSWORD=agora \
LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true ${BENCH_SERVER_OPTS:-}" \
    "${JBOSS_HOME%/}/bin/standalone.sh" -Djboss.server.base.dir="$BASE" -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Djboss.socket.binding.port-offset=$OFFSET \
    -Dagora.oidc.provider-url="http://127.0.0.1:$KC_PORT/realms/consult" \
    -Dagora.rate.participant.burst=100000000 -Dagora.rate.participant.per-minute=100000000 \
    -Dagora.rate.address.burst=100000000 -Dagora.rate.address.per-minute=100000000 \
    -Dscreening.bursts.max-posts=100000000 \
    >"$WORK/wildfly-console.log" 2>&1 &
WF_PID=$!
for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "http://127.0.0.1:$((9990 + OFFSET))/health/ready" 2>/dev/null && break
    kill -0 "$WF_PID" 2>/dev/null || { tail -n 40 "$WORK/wildfly-console.log"; exit 1; }
    sleep 1
done
curl -fsS -o /dev/null "http://127.0.0.1:$((9990 + OFFSET))/health/ready"

say "running the load (${SECONDS_PER_PHASE} s measured per phase)"
java -Xmx1g -cp "$WORK/lib/postgresql-42.7.14.jar" "$ROOT/bench/CommentsLoad.java" \
    "http://127.0.0.1:$((8080 + OFFSET))" "http://127.0.0.1:$KC_PORT/realms/consult" \
    "jdbc:postgresql://127.0.0.1:$PG_PORT/agora" agora "$SECONDS_PER_PHASE" "${2:-p1,p2}" "${BENCH_WARMUP:-30}"
