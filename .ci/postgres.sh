#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the store tests and print its URL.
#
#   eval "$(.ci/postgres.sh)"        # exports CLAIMTRACK_TEST_PG_URL
#
# Installs Debian's postgresql package when no server binaries are found,
# creates a cluster under $PGDATA_DIR (default: a new temp dir), listens on
# 127.0.0.1:$PGPORT (default 55432) with trust auth, creates the database
# "claimtrack_test" and prints an `export CLAIMTRACK_TEST_PG_URL=...` line.
# Diagnostics go to stderr so that stdout stays eval-able.
set -euo pipefail

PGPORT="${PGPORT:-55432}"
DB="${PGDATABASE_NAME:-claimtrack_test}"

find_bin() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        if [ -x "$d/initdb" ]; then echo "$d"; fi
    done | sort -V | tail -n 1
}

BIN="$(find_bin || true)"
if [ -z "$BIN" ]; then
    echo "installing postgresql (Debian package)..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    BIN="$(find_bin)"
fi

# initdb refuses to run as root: use the postgres system user when we are root.
RUN=()
if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
    RUN=(runuser -u postgres --)
fi

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT"; then
    echo "a server already listens on 127.0.0.1:$PGPORT; reusing it" >&2
else
    PGDATA_DIR="${PGDATA_DIR:-$(mktemp -d /tmp/claimtrack-pg.XXXXXX)}"
    mkdir -p "$PGDATA_DIR"
    [ "$(id -u)" = "0" ] && chown postgres "$PGDATA_DIR"
    if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
        "${RUN[@]}" "$BIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >&2
    fi
    "${RUN[@]}" "$BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w \
        -o "-h 127.0.0.1 -p $PGPORT -k $PGDATA_DIR -c fsync=off -c synchronous_commit=off -c max_connections=200" start >&2
    echo "server data in $PGDATA_DIR (stop: ${RUN[*]} $BIN/pg_ctl -D $PGDATA_DIR stop)" >&2
fi

if ! "$BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
    "$BIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres "$DB" >&2
fi

echo "export CLAIMTRACK_TEST_PG_URL=postgresql://postgres@127.0.0.1:$PGPORT/$DB"
