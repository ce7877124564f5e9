#!/usr/bin/env bash
# services.sh - the real services the test suite talks to, for machines that lack them.
# Written with ../shared/recipes/services.sh as the proven reference.
#
#   bash scripts/services.sh ensure_postgres_binaries   install Debian's PostgreSQL server when no
#                                                        server answers on 127.0.0.1:5432 and none
#                                                        is installed (tests then start their own)
#   bash scripts/services.sh start_throwaway_postgres DIR PORT
#                                                        initdb + pg_ctl in DIR, trust auth, 127.0.0.1:PORT
#   bash scripts/services.sh stop_throwaway_postgres DIR
set -uo pipefail

_log() { echo "[services] $*" >&2; }

_port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

_pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

ensure_postgres_binaries() {
    if _port_open 127.0.0.1 5432; then return 0; fi
    if [ -n "$(_pg_bin)" ] && [ -x "$(_pg_bin)/initdb" ]; then return 0; fi
    if [ "$(id -u)" != 0 ]; then _log "no PostgreSQL here and not root: install postgresql to run its tests"; return 0; fi
    _log "apt-get install postgresql (the PostgreSQL tests start a throwaway cluster with it)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null \
        || _log "could not install postgresql"
    return 0
}

# Root may not run initdb; the cluster then belongs to the postgres user (created by Debian's
# package), in a folder it owns.
_as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_throwaway_postgres() {
    local dir=${1:?DIR} port=${2:?PORT} bin
    bin=$(_pg_bin)
    [ -n "$bin" ] || { _log "no PostgreSQL server binaries"; return 1; }
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
        _as_pg "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 >/dev/null || return 1
    fi
    _as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { tail -20 "$dir/server.log" >&2; return 1; }
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
}

stop_throwaway_postgres() {
    local dir=${1:?DIR} bin
    bin=$(_pg_bin)
    [ -f "$dir/postmaster.pid" ] || return 0
    _as_pg "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    [ $# -ge 1 ] || { sed -n '2,12p' "$0"; exit 2; }
    "$@"
fi
