#!/usr/bin/env bash
# Load benchmark of the public forms (issue #6): a release `sizi serve` on a fresh SQLite
# directory, wrk with 64 connections for 60 s posting (1) SKM questionnaire answers and
# (2) complaints through the public forms. Prints requests/s, latency percentiles, and
# compares the accepted count (303 / 201 answers seen by wrk) with what the database holds:
# stored = accepted + the requests still in flight when wrk stopped (it counts them as sent).
# Needs wrk (apt-get install wrk). Usage: bash scripts/bench-public.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-60}
connections=${2:-64}
swift build -c release --product sizi --scratch-path .build-release >/dev/null 2>&1
bin=.build-release/release/sizi
data=$(mktemp -d)
port=18383
base="http://127.0.0.1:$port"
SIZI_DATA_DIR="$data" SIZI_ADMIN_PASSWORD=BenchPublic2026 SIZI_BCRYPT_COST=10 SIZI_REQUIRE_ADMIN_2FA=false LOG_LEVEL=warning \
  SIZI_PUBLIC_SUBMISSIONS_PER_MINUTE=1000000 "$bin" serve --port "$port" >"$data/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -sf "$base/readyz" >/dev/null && break; sleep 0.2; done

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
token=$(curl -sf -X POST "$base/api/v1/login" -H 'content-type: application/json' \
  -d '{"username":"admin","password":"BenchPublic2026"}' | json '["token"]')
auth=(-H "Authorization: Bearer $token" -H 'content-type: application/json')
instansi=$(curl -sf "${auth[@]}" -X POST "$base/api/v1/instansi" -d '{"name":"Kementerian Uji","code":"KU"}' | json '["id"]')
unit=$(curl -sf "${auth[@]}" -X POST "$base/api/v1/units" -d "{\"instansiID\":\"$instansi\",\"name\":\"Balai Uji\",\"code\":\"BU\"}" | json '["id"]')
service=$(curl -sf "${auth[@]}" -X POST "$base/api/v1/units/$unit/survey/services" -d '{"name":"Layanan Uji"}' | json '["id"]')
csrf=$(curl -sf -D - -o /dev/null "$base/publik/$unit/pengaduan" | sed -n 's/^[Ss]et-[Cc]ookie: sizi_csrf=\([^;]*\).*/\1/p' | tr -d '\r')

run() { # name path body accepted-status
  cat >"$data/post.lua" <<LUA
wrk.method = "POST"
wrk.body = "$3"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "sizi_csrf=$csrf"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) accepted = 0; other = 0; sent = 0 end
function request() sent = sent + 1; return wrk.format() end
function response(status, headers, body)
  if status == $4 then accepted = accepted + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local total, rest, all = 0, 0, 0
  for _, t in ipairs(threads) do total = total + t:get("accepted"); rest = rest + t:get("other"); all = all + t:get("sent") end
  io.write(string.format("SENT %d ACCEPTED %d OTHER %d (sent but unanswered when wrk stopped: %d)\n", all, total, rest, all - total - rest))
  io.write(string.format("LATENCY p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
  echo "== $1: $connections connections, ${duration}s =="
  wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$data/post.lua" "$base$2" | grep -E "Requests/sec|ACCEPTED|LATENCY"
}

answers="_csrf=$csrf&u1=4&u2=3&u3=3&u4=4&u5=3&u6=4&u7=4&u8=3&u9=3&ageGroup=30%E2%80%9339"
run "SKM answers" "/publik/$unit/survei/$service" "$answers" 303
stored=$(curl -sf "${auth[@]}" "$base/api/v1/units/$unit/survey" | json '["overall"]["respondents"]')
echo "stored SKM responses: $stored"
complaint="_csrf=$csrf&kind=pengaduan&subject=Uji+beban&description=Pengaduan+uji+beban"
run "complaints" "/publik/$unit/pengaduan" "$complaint" 201
stored=$(curl -sf "${auth[@]}" "$base/api/v1/units/$unit/complaints?per=1" | json '["total"]')
echo "stored complaints: $stored"
