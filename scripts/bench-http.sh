#!/usr/bin/env bash
# HTTP benchmark: a release build of `sizi serve` on SQLite, loaded by wrk with 32
# connections, comparing the unauthenticated /healthz with an authenticated
# GET /api/v1/me, with the per-instance session cache (default, 5 s) and without it
# (SIZI_SESSION_CACHE_SECONDS=0: session + role lookup in the database on every request).
#   bash scripts/bench-http.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
swift build -c release --product sizi --scratch-path .build-release >/dev/null
bin=.build-release/release/sizi
data=$(mktemp -d)
port=${SIZI_BENCH_PORT:-18090}
password="BenchAdmin2026"
pid=""
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT

start() { # session cache seconds
  [ -z "$pid" ] || { kill "$pid"; wait "$pid" 2>/dev/null || true; }
  SIZI_DATA_DIR="$data" SIZI_ADMIN_PASSWORD="$password" SIZI_REQUIRE_ADMIN_2FA=false SIZI_SESSION_CACHE_SECONDS="$1" LOG_LEVEL=warning \
    "$bin" serve --port "$port" >>"$data/serve.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.2; done
  token=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/login" -H 'content-type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  curl -sf "http://127.0.0.1:$port/api/v1/me" -H "Authorization: Bearer $token" >/dev/null
}

run() { # name, then wrk arguments
  local name=$1; shift
  local out
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "$@")
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf '%-22s %10s req/s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p99" "${errors:-0}"
  echo "$rps" >"$data/$name.rps"
}

echo "SIZI HTTP benchmark: SQLite, wrk -t2 -c32 -d${seconds}s, $(nproc) cores"
start 5
run healthz "http://127.0.0.1:$port/healthz"
run me-authenticated -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/me"
start 0
run me-no-session-cache -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/me"
python3 - "$data" <<'PY'
import sys
d = sys.argv[1]
rate = lambda name: float(open(f"{d}/{name}.rps").read())
health = rate("healthz")
for name in ("me-authenticated", "me-no-session-cache"):
    print(f"{name} keeps {100 * rate(name) / health:.1f} % of /healthz throughput (target >= 40 %)")
PY
