#!/usr/bin/env bash
# Builds Agora and runs it with demo data on the embedded default: Keycloak with the demo realm on 127.0.0.1:8180,
# then WildFly on 127.0.0.1:8080 with an H2 file database, configured against that Keycloak.
#   ./scripts/run.sh         build, start both, wait until ready, print where to go; Ctrl+C stops everything
#   ./scripts/run.sh --postgres   the same on PostgreSQL 15: a local cluster kept in .run/postgres (127.0.0.1:5433),
#                            or the database named by AGORA_DB_URL / AGORA_DB_USER / AGORA_DB_PASSWORD if set
#   ./scripts/run.sh stop    stop what an earlier run left behind (e.g. after its terminal was closed)
# Server state (database, logs) lives in .run/, outside target/, so it survives restarts and "mvn clean".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN_DIR="$ROOT/.run"
BASE="$RUN_DIR/wildfly"
WF_PID_FILE="$RUN_DIR/wildfly.pid"
PG_DIR="$RUN_DIR/postgres"
KC_DIR="$RUN_DIR/keycloak"
KC_PORT=8180
KC_MGMT_PORT=9180
PG_PORT=5433
HTTP_PORT=8080
MGMT_PORT=9990

say() { printf '[agora] %s\n' "$*"; }

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

stop_pid_file() { # name pid-file
    local name=$1 file=$2 pid
    [ -f "$file" ] || return 0
    pid=$(cat "$file" 2>/dev/null || true)
    if alive "$pid"; then
        say "stopping $name (pid $pid)"
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do alive "$pid" || break; sleep 0.5; done
        if alive "$pid"; then
            say "$name did not stop in 30 s; killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$file"
}

stop_all() {
    stop_pid_file WildFly "$WF_PID_FILE"
    if [ -f "$KC_DIR/keycloak.pid" ]; then
        "$ROOT/scripts/keycloak.sh" stop "$KC_DIR"
    fi
    if [ -f "$PG_DIR/postmaster.pid" ]; then
        "$ROOT/scripts/postgres.sh" stop "$PG_DIR"
    fi
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ "${1:-}" = "stop" ]; then
    stop_all
    exit 0
fi

PROFILE=""
DATABASE="H2 file database in .run/wildfly/data"
if [ "${1:-}" = "--postgres" ]; then
    PROFILE="-Ppostgres"
fi

cd "$ROOT"
mkdir -p "$RUN_DIR"
stop_all # servers left over from an earlier run of ours
trap 'echo; stop_all; exit 0' INT TERM
trap 'stop_all' EXIT
for port in $HTTP_PORT $MGMT_PORT $KC_PORT $KC_MGMT_PORT; do
    if port_busy "$port"; then
        say "ERROR: port $port on 127.0.0.1 is in use by another program; stop it and run again." >&2
        exit 1
    fi
done

say "building (first run downloads WildFly and dependencies from Maven Central; later runs are quicker)"
mvn -q -DskipTests package $PROFILE

if [ -n "$PROFILE" ]; then
    if [ -z "${AGORA_DB_URL:-}" ]; then
        "$ROOT/scripts/postgres.sh" start "$PG_DIR" "$PG_PORT"
        export AGORA_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/agora" AGORA_DB_USER=agora AGORA_DB_PASSWORD=agora
    fi
    DATABASE="PostgreSQL at $AGORA_DB_URL"
fi

say "starting Keycloak with the demo realm (the first run unpacks it; later runs reuse .run/keycloak)"
kc_started=$(date +%s)
"$ROOT/scripts/keycloak.sh" start "$KC_DIR" "$KC_PORT" "$KC_MGMT_PORT"
say "Keycloak ready in $(( $(date +%s) - kc_started )) s"

JBOSS_HOME=$(ls -d "$ROOT"/platform-ear/target/wildfly-*/ | head -n 1)
JBOSS_HOME=${JBOSS_HOME%/}
EAR="$ROOT/platform-ear/target/agora.ear"

# A server base directory of our own: configuration refreshed from the build, data and logs kept.
mkdir -p "$BASE/deployments" "$BASE/data" "$BASE/log"
: > "$BASE/log/server.log" # this run's log only (earlier ones rotate to server.log.<date>)
rm -rf "$BASE/configuration"
cp -r "$JBOSS_HOME/standalone/configuration" "$BASE/configuration"
rm -f "$BASE"/deployments/*
cp "$EAR" "$BASE/deployments/agora.ear"


say "starting WildFly (log: .run/wildfly/log/server.log)"
LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$WF_PID_FILE" \
    "$JBOSS_HOME/bin/standalone.sh" \
    -Djboss.server.base.dir="$BASE" \
    -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Dagora.demo.enabled=true \
    -Dagora.oidc.provider-url="http://127.0.0.1:$KC_PORT/realms/consult" \
    >"$RUN_DIR/wildfly-console.log" 2>&1 &
LAUNCHER=$!

started=$(date +%s)
until curl -fsS -o /dev/null "http://127.0.0.1:$MGMT_PORT/health/ready" 2>/dev/null; do
    if [ -e "$BASE/deployments/agora.ear.failed" ]; then
        say "ERROR: the application failed to deploy; last errors from .run/wildfly/log/server.log:" >&2
        grep -E "ERROR" "$BASE/log/server.log" | tail -n 5 | cut -c1-600 >&2
        exit 1
    fi
    if ! alive "$LAUNCHER"; then
        say "ERROR: WildFly exited during start-up; last lines of its log:" >&2
        tail -n 40 "$RUN_DIR/wildfly-console.log" >&2
        exit 1
    fi
    if [ $(( $(date +%s) - started )) -gt 300 ]; then
        say "ERROR: WildFly not ready after 300 s; see .run/wildfly/log/server.log" >&2
        exit 1
    fi
    sleep 1
done

cat <<INFO

  Agora is running (ready in $(( $(date +%s) - started )) s), with demo data, on the $DATABASE.

    Public site     http://127.0.0.1:$HTTP_PORT/
    REST API        http://127.0.0.1:$HTTP_PORT/api/engagements
    OpenAPI         http://127.0.0.1:$HTTP_PORT/openapi
    Health          http://127.0.0.1:$MGMT_PORT/health
    Keycloak        http://127.0.0.1:$KC_PORT/admin/  (admin / admin; realm "consult")

  Sign in as one of the demo users; each password is the user name:
    alice, ben, carol, dan (citizen)   maya, mike (moderator)   ada (admin)   tina (trainee)   trent (trainer)
    omar (agency officer, City Transport Department: cycle lanes, permits desk, ring-road updates)
    olga (agency officer, Parks and Recreation: riverside park ideas)

  Data is kept between runs. Press Ctrl+C to stop
  (or run ./scripts/run.sh stop from another terminal).

INFO

while alive "$LAUNCHER"; do
    wait "$LAUNCHER" 2>/dev/null || true
done
say "WildFly has stopped"
