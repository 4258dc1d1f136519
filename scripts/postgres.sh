#!/usr/bin/env bash
# A throwaway (or, for ./scripts/run.sh --postgres, a kept) PostgreSQL 15 cluster on the loopback, for tests, the
# PostgreSQL run mode and benchmarks. Never touches the machine's own clusters.
#   scripts/postgres.sh start DIR PORT   initdb DIR if new, start on 127.0.0.1:PORT, ensure database "agora"
#   scripts/postgres.sh stop DIR         fast shutdown
# Installs Debian's postgresql when its server binaries are missing (as root). PostgreSQL refuses to run as root,
# so as root the server runs as the "postgres" system user.
set -euo pipefail

say() { printf '[agora] %s\n' "$*"; }

find_bin() {
    local dir
    for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

PG_BIN=$(find_bin || true)
if [ -z "$PG_BIN" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        say "ERROR: PostgreSQL server binaries not found; install Debian's 'postgresql' package" >&2
        exit 1
    fi
    say "installing Debian's postgresql (server binaries only are used; no system cluster is started)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    PG_BIN=$(find_bin)
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

cmd=${1:-}
DIR=${2:?usage: postgres.sh start|stop DIR [PORT]}
DIR=$(mkdir -p "$DIR" && cd "$DIR" && pwd)

# As root the server runs as "postgres", which must be able to reach the cluster's directory. A clone under a
# directory others cannot enter (the root user's home, mode 700) would not let it: then the cluster lives in a
# directory of its own under /var/lib/agora-postgres, named after DIR, and DIR records where.
if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$(dirname "$DIR")" 2>/dev/null; then
    SHADOW=/var/lib/agora-postgres/$(printf '%s' "$DIR" | sha256sum | cut -c1-16)
    mkdir -p "$SHADOW"
    chmod 755 /var/lib/agora-postgres
    echo "$SHADOW" > "$DIR/cluster-location"
    DIR=$SHADOW
fi

case "$cmd" in
start)
    PORT=${3:?usage: postgres.sh start DIR PORT}
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR"
    if [ ! -f "$DIR/PG_VERSION" ]; then
        as_owner "$PG_BIN/initdb" -D "$DIR" -U agora --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if as_owner "$PG_BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
        say "PostgreSQL already running in $DIR"
    else
        as_owner "$PG_BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories='' -c max_connections=200" \
            start >/dev/null
    fi
    if ! "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U agora -d postgres -tAc \
            "SELECT 1 FROM pg_database WHERE datname = 'agora'" | grep -q 1; then
        "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U agora agora
    fi
    say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$PORT (database agora)"
    ;;
stop)
    if [ -f "$DIR/postmaster.pid" ]; then
        as_owner "$PG_BIN/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null || true
        say "PostgreSQL in $DIR stopped"
    fi
    ;;
*)
    echo "usage: postgres.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
