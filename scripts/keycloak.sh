#!/usr/bin/env bash
# A real Keycloak 26 (from Maven Central) with the demo realm, on the loopback only.
#   scripts/keycloak.sh start HOME HTTP_PORT MGMT_PORT   unpack into HOME if needed, import realm/, start, wait ready
#   scripts/keycloak.sh stop HOME                         stop the Keycloak started from HOME
# Later starts reuse the unpacked distribution and its database; the realm is re-imported (fresh database) only
# when realm/consult-realm.json changed. Dev mode ("start-dev"): production mode would open clustering ports.
set -euo pipefail

VERSION=26.7.3
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REALM_FILE="$ROOT/realm/consult-realm.json"

say() { printf '[agora] %s\n' "$*"; }
alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

cmd=${1:-}
HOME_DIR=${2:?usage: keycloak.sh start|stop HOME [HTTP_PORT MGMT_PORT]}
mkdir -p "$HOME_DIR"
HOME_DIR=$(cd "$HOME_DIR" && pwd)
PID_FILE="$HOME_DIR/keycloak.pid"

case "$cmd" in
start)
    HTTP_PORT=${3:?HTTP_PORT}
    MGMT_PORT=${4:?MGMT_PORT}
    if [ -f "$PID_FILE" ] && alive "$(cat "$PID_FILE")"; then
        say "Keycloak already running from $HOME_DIR (pid $(cat "$PID_FILE"))"
        exit 0
    fi
    if [ ! -x "$HOME_DIR/bin/kc.sh" ]; then
        say "unpacking Keycloak $VERSION (fetched from Maven Central into the local repository once, about 170 MB)"
        mvn -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:tar.gz" -DoutputDirectory="$HOME_DIR"
        tar -xzf "$HOME_DIR/keycloak-quarkus-dist-$VERSION.tar.gz" -C "$HOME_DIR" --strip-components=1
        rm -f "$HOME_DIR/keycloak-quarkus-dist-$VERSION.tar.gz"
    fi
    mkdir -p "$HOME_DIR/data/import"
    sum=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
    if [ "$(cat "$HOME_DIR/realm.sha256" 2>/dev/null || true)" != "$sum" ]; then
        rm -rf "$HOME_DIR/data/h2" # --import-realm skips realms that exist: start from an empty database
        cp "$REALM_FILE" "$HOME_DIR/data/import/consult-realm.json"
        echo "$sum" > "$HOME_DIR/realm.sha256"
    fi
    # its own process group (setsid): kc.sh runs Keycloak's JVM as a child, and stop signals the whole group
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx384m" \
        setsid "$HOME_DIR/bin/kc.sh" start-dev --import-realm \
        --http-host=127.0.0.1 --http-port="$HTTP_PORT" --http-management-port="$MGMT_PORT" \
        --health-enabled=true --hostname-strict=false \
        >"$HOME_DIR/keycloak.log" 2>&1 &
    echo $! > "$PID_FILE"
    started=$(date +%s)
    until curl -fsS -o /dev/null "http://127.0.0.1:$MGMT_PORT/health/ready" 2>/dev/null; do
        if ! alive "$(cat "$PID_FILE")"; then
            say "ERROR: Keycloak exited during start-up; last lines of $HOME_DIR/keycloak.log:" >&2
            tail -n 40 "$HOME_DIR/keycloak.log" >&2
            rm -f "$PID_FILE"
            exit 1
        fi
        if [ $(( $(date +%s) - started )) -gt 240 ]; then
            say "ERROR: Keycloak not ready after 240 s; see $HOME_DIR/keycloak.log" >&2
            exit 1
        fi
        sleep 1
    done
    say "Keycloak $VERSION ready on http://127.0.0.1:$HTTP_PORT (realm consult) in $(( $(date +%s) - started )) s"
    ;;
stop)
    [ -f "$PID_FILE" ] || exit 0
    pid=$(cat "$PID_FILE")
    if alive "$pid"; then
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do alive "$pid" || break; sleep 0.5; done
        if alive "$pid"; then
            kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
        fi
        say "Keycloak stopped"
    fi
    rm -f "$PID_FILE"
    ;;
*)
    echo "usage: keycloak.sh start HOME HTTP_PORT MGMT_PORT | stop HOME" >&2
    exit 2
    ;;
esac
