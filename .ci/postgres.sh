#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and the benchmarks (CI and local use alike).
#
#   .ci/postgres.sh start DIR   make a cluster in DIR (new or empty), start it on a free port
#                               of 127.0.0.1, print its URL (with a random password) on stdout
#   .ci/postgres.sh stop DIR    stop it (fast shutdown) and remove DIR
#   .ci/postgres.sh halt DIR    stop it, keeping its data (the tests take the server away)
#   .ci/postgres.sh resume DIR  start a halted server again, on the same port
#   .ci/postgres.sh install     install Debian's postgresql package when no initdb is found
#
# PostgreSQL refuses to run as root: as root, the cluster belongs to `nobody` and every
# server command runs as that user. The unix socket lives in DIR, never in /var/run. The
# server is tuned for throwaway data (no fsync): never point it at anything you keep.
set -euo pipefail

find_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ]; then
            echo "$dir"
            return 0
        fi
    done
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return 0
    fi
    return 1
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_server() {
    local bin="$1" dir="$2" port="$3"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
    }
}

command="${1:-}"
case "$command" in
install)
    if ! find_bin >/dev/null; then
        echo "postgres.sh: installing Debian's postgresql package" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q </dev/null >&2
        apt-get install -y -q postgresql </dev/null >&2
    fi
    ;;
start)
    dir="${2:?usage: postgres.sh start DIR}"
    bin="$(find_bin)" || {
        echo "postgres.sh: no PostgreSQL found (run: .ci/postgres.sh install)" >&2
        exit 1
    }
    mkdir -p "$dir"
    password="$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
    printf '%s\n' "$password" >"$dir/pwfile"
    if [ "$(id -u)" = 0 ]; then
        chown -R nobody "$dir"
        runuser -u nobody -- test -x "$dir" || {
            echo "postgres.sh: user nobody cannot reach $dir (a parent folder is private)" >&2
            exit 1
        }
    fi
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U quizcli_admin --auth=scram-sha-256 \
        --pwfile="$dir/pwfile" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    rm -f "$dir/pwfile"
    port="$(free_port)"
    echo "$port" >"$dir/port"
    start_server "$bin" "$dir" "$port"
    echo "postgresql://quizcli_admin:$password@127.0.0.1:$port/postgres"
    ;;
halt)
    dir="${2:?usage: postgres.sh halt DIR}"
    as_owner "$(find_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    dir="${2:?usage: postgres.sh resume DIR}"
    start_server "$(find_bin)" "$dir" "$(cat "$dir/port")"
    ;;
stop)
    dir="${2:?usage: postgres.sh stop DIR}"
    if [ -d "$dir/data" ]; then
        bin="$(find_bin)"
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: postgres.sh start DIR | stop DIR | halt DIR | resume DIR | install" >&2
    exit 2
    ;;
esac
