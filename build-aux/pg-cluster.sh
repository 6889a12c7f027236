#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL cluster for the tests.
#
#   build-aux/pg-cluster.sh start DIR   creates DIR, starts a server in it and
#                                       prints its admin connection string
#   build-aux/pg-cluster.sh stop DIR    stops that server and removes DIR
#
# The server listens on a Unix socket in DIR only (no TCP), trusts every
# local connection and does not sync to disk: it holds test data only.
# PostgreSQL refuses to run as root, so as root initdb and pg_ctl run as
# the `postgres` system user, who then owns DIR.
set -euo pipefail

usage () {
  echo "usage: $0 start|stop DIR" >&2
  exit 2
}

[ "$#" -eq 2 ] || usage
action=$1
dir=$2

# The newest installed server (Debian puts each major version apart).
bindir=
for d in /usr/lib/postgresql/*/bin; do
  [ -x "$d/pg_ctl" ] || continue
  if [ -z "$bindir" ] || [ "$(basename "$(dirname "$d")")" -gt "$(basename "$(dirname "$bindir")")" ]; then
    bindir=$d
  fi
done
if [ -z "$bindir" ] && command -v pg_ctl >/dev/null 2>&1; then
  bindir=$(dirname "$(command -v pg_ctl)")
fi
if [ -z "$bindir" ]; then
  echo "$0: no PostgreSQL server found (Debian: apt-get install postgresql)" >&2
  exit 1
fi

# Runs a server program as the user who owns the cluster.
as_owner () {
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$dir" && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

case $action in
  start)
    if [ -e "$dir/data" ]; then
      echo "$0: $dir already holds a cluster" >&2
      exit 1
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    # The socket's path must fit in sockaddr_un (107 bytes).
    if [ "${#dir}" -gt 80 ]; then
      echo "$0: $dir is too long a path for a Unix socket; use a shorter one (e.g. under /tmp)" >&2
      exit 1
    fi
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres: "$dir"
      if ! runuser -u postgres -- test -w "$dir"; then
        echo "$0: the postgres user cannot reach $dir (a parent directory is closed to it)" >&2
        exit 1
      fi
    fi
    # The port only names the socket (DIR/.s.PGSQL.PORT) and the shared
    # memory key; a socket of our own directory cannot collide, so any
    # number in range does.
    port=$((5433 + $$ % 1000))
    # initdb's default superuser would be the system user's name; the
    # tests connect as "postgres" whoever runs them.
    if ! as_owner "$bindir/initdb" --pgdata="$dir/data" --username=postgres --auth=trust \
           --encoding=UTF8 --locale=C.UTF-8 --no-sync --no-instructions >"$dir/initdb.log" 2>&1; then
      cat "$dir/initdb.log" >&2
      echo "$0: initdb failed" >&2
      exit 1
    fi
    cat >>"$dir/data/postgresql.conf" <<EOF

# pg-cluster.sh: a throw-away test cluster
listen_addresses = ''
unix_socket_directories = '$dir'
port = $port
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 32MB
max_connections = 120
EOF
    if ! as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=30 \
           start >/dev/null; then
      cat "$dir/server.log" >&2 || true
      echo "$0: the server did not start" >&2
      exit 1
    fi
    echo "postgresql:///postgres?host=$dir&port=$port&user=postgres"
    ;;
  stop)
    [ -e "$dir" ] || exit 0
    # A start that failed before initdb leaves an empty directory.
    rmdir "$dir" 2>/dev/null && exit 0
    # Removes only what start made: a directory holding a cluster.
    if [ ! -f "$dir/initdb.log" ]; then
      echo "$0: $dir holds no cluster made by this script; left as it is" >&2
      exit 1
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait --timeout=30 \
        stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    usage
    ;;
esac
