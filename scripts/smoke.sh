#!/usr/bin/env bash
# Starts the built `sizi serve` on an empty data directory, as a newcomer would,
# and checks that the bootstrapped admin can log in through the API and that the
# login page renders. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${SIZI_BIN:-$(swift build --show-bin-path)/sizi}
data=$(mktemp -d)
port=${SIZI_SMOKE_PORT:-18080}
log="$data/serve.log"
SIZI_DATA_DIR="$data" "$bin" serve --port "$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 50); do
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
  sleep 0.2
done
password=$(sed -n 's/.*kata sandi \/ password: *//p' "$log" | head -n 1)
[ -n "$password" ] || { echo "no generated admin password printed"; cat "$log"; exit 1; }
token=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/login" -H 'content-type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
curl -sf "http://127.0.0.1:$port/api/v1/me" -H "Authorization: Bearer $token" | grep -q '"super_admin"'
curl -sf "http://127.0.0.1:$port/login" | grep -q 'name="_csrf"'
[ -f "$data/sizi.sqlite" ] || { echo "no SQLite file in SIZI_DATA_DIR"; exit 1; }
kill -TERM $pid
rc=0
wait $pid || rc=$?
[ "$rc" = 0 ] || { echo "sizi serve did not shut down cleanly on SIGTERM (exit $rc)"; exit 1; }
echo "smoke: 1 passed, 0 failed"
