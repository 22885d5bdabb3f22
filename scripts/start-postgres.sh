#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the test suite and prints its URL.
# Needs Debian's postgresql package (installed by .ci/run). Runs as root; the
# server itself runs as the postgres user, on 127.0.0.1:${SIZI_PG_PORT:-55432}.
set -euo pipefail
port=${SIZI_PG_PORT:-55432}
data=${SIZI_PG_DATA:-/tmp/sizi-pg-$port}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ -f "$data/postmaster.pid" ]; then
  su postgres -c "$bin/pg_ctl -D $data stop -m fast" >/dev/null 2>&1 || true
fi
rm -rf "$data"
mkdir -p "$data"
chown postgres:postgres "$data"
su postgres -c "$bin/initdb -D $data -A trust -U postgres -E UTF8" >/dev/null
su postgres -c "$bin/pg_ctl -D $data -o '-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' -l $data/server.log -w start" >/dev/null
su postgres -c "$bin/psql -h 127.0.0.1 -p $port -U postgres -qc 'CREATE DATABASE sizi_test'" >/dev/null
echo "postgres://postgres@127.0.0.1:$port/sizi_test?sslmode=disable"
