#!/usr/bin/env bash
# Training sandbox benchmark (issue 14): 30 runs at 60× started at once on this machine; persona events must fire
# within 1 real second of their due time at p99. Starts, on the loopback and all stopped at the end: Keycloak with the
# demo realm (8780) and the platform on its embedded default database with the demo data (WildFly on 8680). Then
# bench/SandboxPersonas.java starts the runs as the demo trainee tina, waits until every event is done, and prints
# the firing latency (p50/p99/max, recorded by the server) beside a raw JDK timer's lateness at the same rate.
#   bench/sandbox-personas.sh [RUNS (default 30)] [SPEED (default 60)]     about 3 minutes after the first build
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RUNS=${1:-30}
SPEED=${2:-60}
WORK="$ROOT/target/bench-sandbox"
KC_PORT=8780
KC_MGMT_PORT=9780
OFFSET=600 # WildFly http 8680, management 10590
WF_PID=""

say() { printf '[bench] %s\n' "$*"; }

cleanup() {
    if [ -n "$WF_PID" ] && kill -0 "$WF_PID" 2>/dev/null; then
        kill -TERM "$WF_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$WF_PID" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$WF_PID" 2>/dev/null || true
    fi
    "$ROOT/scripts/keycloak.sh" stop "$WORK/keycloak" >/dev/null 2>&1 || true
}
trap cleanup EXIT INT TERM

say "building the platform"
mvn -q -DskipTests package
cleanup
rm -rf "$WORK/wildfly"
"$ROOT/scripts/keycloak.sh" start "$WORK/keycloak" "$KC_PORT" "$KC_MGMT_PORT"

JBOSS_HOME=$(ls -d "$ROOT"/platform-ear/target/wildfly-*/ | head -n 1)
BASE="$WORK/wildfly"
mkdir -p "$BASE/deployments" "$BASE/data"
cp -r "${JBOSS_HOME%/}/standalone/configuration" "$BASE/configuration"
cp "$ROOT/platform-ear/target/agora.ear" "$BASE/deployments/"
say "starting WildFly on the embedded default (log: $BASE/log/server.log)"
LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true" \
    "${JBOSS_HOME%/}/bin/standalone.sh" -Djboss.server.base.dir="$BASE" -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Djboss.socket.binding.port-offset=$OFFSET \
    -Dagora.oidc.provider-url="http://127.0.0.1:$KC_PORT/realms/consult" \
    -Dagora.demo.enabled=true -Dagora.training.max-active-runs=1000 \
    -Dagora.rate.participant.burst=100000000 -Dagora.rate.participant.per-minute=100000000 \
    >"$WORK/wildfly-console.log" 2>&1 &
WF_PID=$!
for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "http://127.0.0.1:$((9990 + OFFSET))/health/ready" 2>/dev/null && break
    kill -0 "$WF_PID" 2>/dev/null || { tail -n 40 "$WORK/wildfly-console.log"; exit 1; }
    sleep 1
done
curl -fsS -o /dev/null "http://127.0.0.1:$((9990 + OFFSET))/health/ready"

say "$RUNS runs at ${SPEED}×"
java -Xmx256m "$ROOT/bench/SandboxPersonas.java" "http://127.0.0.1:$((8080 + OFFSET))" \
    "http://127.0.0.1:$KC_PORT/realms/consult" "$RUNS" "$SPEED"
