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
#   bash scripts/services.sh install_dovecot            Debian's Dovecot IMAP server (the tests start
#                                                        private instances of it, never the system one)
#   bash scripts/services.sh start_dovecot PORT DIR     private Dovecot on 127.0.0.1:PORT, state in DIR;
#                                                        users from DOVECOT_USERS="u1:p1 u2:p2";
#                                                        DOVECOT_SSL_PORT=N also opens IMAPS (DIR/cert.pem)
#   bash scripts/services.sh stop_dovecot DIR
#   bash scripts/services.sh install_chromium           Debian's Chromium for the Playwright browser tests
#   bash scripts/services.sh install_axe                axe-core (npm registry) for the accessibility browser tests
#   bash scripts/services.sh install_tesseract          Tesseract OCR (optional in the product; the scan tests use it)
set -uo pipefail

_log() { echo "[services] $*" >&2; }

_port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

_pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

ensure_postgres_binaries() {
    if _port_open 127.0.0.1 5432; then return 0; fi
    if [ -n "$(_pg_bin)" ] && [ -x "$(_pg_bin)/initdb" ]; then return 0; fi
    _apt_install postgresql || _log "could not install postgresql"
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

_apt_install() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" != 0 ]; then _log "missing ${missing[*]} and not root: install them to run those tests"; return 0; fi
    _log "apt-get install ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_dovecot() {
    command -v dovecot >/dev/null && return 0
    _apt_install dovecot-core dovecot-imapd openssl || _log "could not install dovecot"
    return 0
}

# Debian's Chromium for the browser tests (Playwright launches /usr/bin/chromium). Never
# `playwright install`: it downloads a browser build, which this network cannot fetch.
install_chromium() {
    [ -x /usr/bin/chromium ] && return 0
    _apt_install chromium fonts-liberation || _log "could not install chromium"
    return 0
}

# axe-core, the accessibility engine the browser tests run in Chromium: the npm registry's tarball of
# one pinned version, checked against its sha256, unpacked under .cache/ (the tests read axe.min.js there).
AXE_VERSION=4.14.1
AXE_SHA256=e6b0ce02b84d892e2e33e403485e7f3d6c29e2be6df65daf44d89ba564139745
install_axe() {
    local root dir tgz
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    dir="$root/.cache/axe-core-$AXE_VERSION"
    [ -f "$dir/package/axe.min.js" ] && return 0
    command -v npm >/dev/null || _apt_install npm || { _log "could not install npm"; return 0; }
    mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "axe-core@$AXE_VERSION" >/dev/null) || { _log "could not fetch axe-core"; return 0; }
    tgz="$dir/axe-core-$AXE_VERSION.tgz"
    if ! echo "$AXE_SHA256  $tgz" | sha256sum -c --status; then
        _log "axe-core tarball does not match its sha256"; rm -f "$tgz"; return 0
    fi
    tar -xzf "$tgz" -C "$dir" package/axe.min.js package/LICENSE
}

# OCR is never required to run order-intake; with Tesseract on the machine, scanned orders arrive in
# review with their lines read instead of empty.
install_tesseract() {
    _apt_install tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-spa \
        || _log "could not install tesseract"
    return 0
}

_alive() {
    [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
    ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$1/stat" 2>/dev/null
}

# Dovecot refuses UID 0 for mail users, so as root the mail processes run as Debian's `mail` user and
# its auth process (user dovecot) must be able to read the users file.
start_dovecot() {
    local port=${1:?PORT} dir=${2:?DIR} users=${DOVECOT_USERS:-testuser:testpass} ssl_port=${DOVECOT_SSL_PORT:-0}
    command -v dovecot >/dev/null || { _log "dovecot is not installed"; return 1; }
    mkdir -p "$dir/mail" "$dir/state" && dir=$(cd "$dir" && pwd)
    local uid gid u priv="" ssl="ssl = no"
    uid=$(id -u); gid=$(id -g)
    if [ "$uid" = 0 ]; then
        uid=$(id -u mail); gid=$(id -g mail); chown -R "$uid:$gid" "$dir/mail"
    else
        priv="default_internal_user = $(id -un)
default_login_user = $(id -un)
default_internal_group = $(id -gn)
service imap-login {
  chroot =
}
service anvil {
  chroot =
}"
    fi
    : > "$dir/users"
    for u in $users; do echo "${u%%:*}:{PLAIN}${u#*:}:$uid:$gid::$dir/mail/${u%%:*}" >> "$dir/users"; done
    if [ "$(id -u)" = 0 ]; then chgrp dovecot "$dir/users" && chmod 640 "$dir/users"; else chmod 600 "$dir/users"; fi
    if [ "$ssl_port" != 0 ]; then
        [ -f "$dir/cert.pem" ] || openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=localhost \
            -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
        ssl="ssl = yes
ssl_cert = <$dir/cert.pem
ssl_key = <$dir/key.pem
ssl_dh = </usr/share/dovecot/dh.pem"
    fi
    cat > "$dir/dovecot.conf" <<CONF
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
instance_name = order-intake-test-$port
protocols = imap
listen = 127.0.0.1
$ssl
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:~/Maildir
mail_fsync = never
namespace inbox {
  inbox = yes
  separator = /
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $dir/users
}
protocol imap {
  mail_max_userip_connections = 100
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $ssl_port
  }
}
$priv
CONF
    # The daemon must not keep the caller's stdout/stderr open, or a caller reading them waits forever.
    dovecot -c "$dir/dovecot.conf" </dev/null >>"$dir/start.log" 2>&1 || { tail -20 "$dir/dovecot.log" >&2; return 1; }
    local i; for i in $(seq 100); do _port_open 127.0.0.1 "$port" && return 0; sleep 0.1; done
    _log "dovecot not listening on $port"; tail -20 "$dir/dovecot.log" >&2; return 1
}

stop_dovecot() {
    local dir=${1:?DIR} pid
    pid=$(cat "$dir/run/master.pid" 2>/dev/null) || return 0
    _alive "$pid" || return 0
    dovecot -c "$dir/dovecot.conf" stop 2>/dev/null || kill "$pid"
    local i; for i in $(seq 50); do _alive "$pid" || return 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null; return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    [ $# -ge 1 ] || { sed -n '2,18p' "$0"; exit 2; }
    "$@"
fi
