#!/usr/bin/env bash
# PortalRB benchmark: a release build of `sizi serve` on SQLite with one agency, one unit whose
# 2026 assessment on the LKE ZI 2026 master is complete (every question answered with a note,
# reviewed and concluded "usulkan ke TPN"), the proposal list confirmed and a PortalRB token;
# then wrk (2 threads, 32 connections) against GET /portalrb/lke/jawaban-unit/{unit} and
# /healthz in the same run, printing req/s, p50, p99 and the server's CPU time per request.
#   bash scripts/bench-portalrb.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
swift build -c release --product sizi --scratch-path .build-release >/dev/null
bin=.build-release/release/sizi
data=$(mktemp -d)
port=${SIZI_BENCH_PORT:-18091}
password="BenchAdmin2026"
base="http://127.0.0.1:$port"
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT

SIZI_DATA_DIR="$data" SIZI_ADMIN_PASSWORD="$password" SIZI_REQUIRE_ADMIN_2FA=false SIZI_PORTALRB_REQUESTS_PER_MINUTE=10000000 \
  LOG_LEVEL=warning "$bin" serve --port "$port" >>"$data/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf "$base/readyz" >/dev/null && break; sleep 0.2; done

"$bin" lke template --framework lke-zi-2026 --json >"$data/template.json"
python3 - "$base" "$password" "$data/template.json" >"$data/seed.env" <<'PY'
import json, sys, urllib.request
base, password, template = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3]))
def call(method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("content-type", "application/json")
    if token: request.add_header("authorization", "Bearer " + token)
    with urllib.request.urlopen(request) as response:
        return json.load(response)
token = call("POST", "/api/v1/login", {"username": "admin", "password": password})["token"]
instansi = call("POST", "/api/v1/instansi", {"name": "Kementerian Uji", "code": "BENCH"}, token)["id"]
unit = call("POST", "/api/v1/units", {"instansiID": instansi, "name": "Balai Uji", "code": "B1"}, token)["id"]
assessment = call("POST", f"/api/v1/units/{unit}/assessments", {"year": 2026}, token)["id"]
answers, notes = {}, {}
for q in template["questions"]:
    if q["type"] == "%":
        answers[q["id"]] = {i["id"]: 3 + n for n, i in enumerate(q["inputs"])}
    elif q["type"] == "Nilai (0-4)":
        answers[q["id"]] = 3.6
    else:
        answers[q["id"]] = q["options"][0]
    notes[q["id"]] = "Catatan unit untuk " + q["id"] + ": dokumen tersedia di folder data dukung."
call("PUT", f"/api/v1/assessments/{assessment}/answers", {"answers": answers, "notes": notes, "evidence": notes}, token)
call("POST", f"/api/v1/assessments/{assessment}/submit", {}, token)
call("PUT", f"/api/v1/assessments/{assessment}/reviews", {"answers": answers, "notes": notes}, token)
call("POST", f"/api/v1/assessments/{assessment}/conclude", {"recommendation": "usulkan_tpn", "note": "Layak"}, token)
call("PUT", f"/api/v1/instansi/{instansi}/proposals/2026", {"confirm": True, "units": [{"unitID": unit, "kategori": "WBK"}]}, token)
secret = call("POST", f"/api/v1/instansi/{instansi}/portalrb-tokens", {"name": "bench"}, token)["token"]
print(f"unit={unit}\nsecret={secret}")
PY
source "$data/seed.env"
answers="$base/portalrb/lke/jawaban-unit/$unit"
curl -sf "$answers" -H "Authorization: Bearer $secret" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("answers per response:", len(d["answers"]))'

cpu_ms() { awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$pid/stat"; }
run() { # name, then wrk arguments
  local name=$1; shift
  wrk -t2 -c32 -d5s "$@" >/dev/null
  local before after out rps requests p50 p99
  before=$(cpu_ms)
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "$@")
  after=$(cpu_ms)
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  printf '%-24s %10s req/s   p50 %8s   p99 %8s   %6.3f CPU-ms/request\n' "$name" "$rps" "$p50" "$p99" \
    "$(echo "($after - $before) / $requests" | bc -l)"
  echo "$rps" >"$data/$name.rps"
}
run healthz "$base/healthz"
if [ -n "${SIZI_BENCH_PERF:-}" ]; then # where the time goes: perf report -i "$SIZI_BENCH_PERF"
  perf record -g -o "$SIZI_BENCH_PERF" -p "$pid" -- sleep "$seconds" >/dev/null 2>&1 &
  perf_pid=$!
fi
run portalrb-answers "$answers" -H "Authorization: Bearer $secret"
# Only perf is waited for: a bare `wait` would also wait for the server, which runs until the trap.
if [ -n "${perf_pid:-}" ]; then wait "$perf_pid"; fi
echo "ratio to /healthz: $(echo "$(cat "$data/portalrb-answers.rps") / $(cat "$data/healthz.rps")" | bc -l | cut -c1-5)"
