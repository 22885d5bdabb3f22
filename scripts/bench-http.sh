#!/usr/bin/env bash
# HTTP benchmark: a release build of `sizi serve` on SQLite, loaded by wrk with 32
# connections, comparing the unauthenticated /healthz with an authenticated
# GET /api/v1/me (session lookup + role lookup on every request).
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
SIZI_DATA_DIR="$data" SIZI_ADMIN_PASSWORD="$password" LOG_LEVEL=warning "$bin" serve --port "$port" >"$data/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.2; done
token=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/login" -H 'content-type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

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
curl -sf "http://127.0.0.1:$port/api/v1/me" -H "Authorization: Bearer $token" >/dev/null
run healthz "http://127.0.0.1:$port/healthz"
run me-authenticated -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/me"
python3 - "$data/healthz.rps" "$data/me-authenticated.rps" <<'PY'
import sys
health, me = (float(open(p).read()) for p in sys.argv[1:3])
print(f"authenticated /api/v1/me keeps {100 * me / health:.1f} % of /healthz throughput (target >= 40 %)")
PY
