#!/usr/bin/env bash
# Property-based test of SIZI's JSON API (/api/v1) against its OpenAPI document, with Schemathesis.
#
# Usage: scripts/schemathesis.sh SIZI_BINARY
#   e.g. scripts/schemathesis.sh "$(swift build --show-bin-path)/sizi"
#
# What it does:
#   1. starts SIZI_BINARY (`sizi serve`) on a free port with its own temporary data directory and a
#      known admin password;
#   2. seeds it through the API (scripts/seed-api.py): an agency, units, an account per role,
#      assessments, plans, monev, evidence, complaints, survey, registers, gratification, conflicts
#      of interest, risks — so that the tests reach real records;
#   3. runs `schemathesis run` with the admin's bearer token; path parameters are fixed to the seeded
#      records (per operation where one record is not enough, e.g. a submitted assessment for the TPI
#      review), ids in bodies are drawn from the seeded records half of the time;
#   4. checks that the server process is still alive, stops it, and prints: operations tested,
#      requests sent, responses >= 500 (each with its route and input), and the document/server
#      mismatches Schemathesis found (status code, content type, response schema) for information.
#   Exits non-zero when any response is >= 500 or the server died (the process must never die).
#
# The OpenAPI document: the script prefers the one the server serves at
# http://127.0.0.1:PORT/api/v1/openapi.json; while the running binary does not serve it yet (404),
# it falls back to the file in the repository, Sources/ZIServer/Resources/OpenAPI/openapi.json, with
# the server's address given as the base URL. The line "schema:" of the output says which was used.
#
# Never run against a server holding real data: the tests create, change and delete records.
# `POST /api/v1/logout` is left out (it would end the token's session for every later test).
#
# Environment (all optional):
#   SCHEMATHESIS   the Schemathesis command (default: `schemathesis` on PATH; `pip install schemathesis`,
#                  written for Schemathesis 4.x)
#   MAX_EXAMPLES   test cases per operation and phase (default 20)
#   TIME_LIMIT     hard limit of the Schemathesis run in seconds (default 600; a default run takes about
#                  3 minutes on 2 cores with a debug build)
#   WORKERS        concurrent Schemathesis workers (default 2)
#   SEED           Schemathesis random seed, to reproduce a run
#   PORT           port to listen on (default: a free one)
#   KEEP=1         keep the work directory (server log, seed ids, reports) and print its path
set -euo pipefail

bin=${1:?usage: scripts/schemathesis.sh SIZI_BINARY}
[ -x "$bin" ] || { echo "schemathesis.sh: $bin is not an executable" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
root=$(cd "$(dirname "$0")/.." && pwd)
doc="$root/Sources/ZIServer/Resources/OpenAPI/openapi.json"
schemathesis=${SCHEMATHESIS:-schemathesis}
max_examples=${MAX_EXAMPLES:-20}
time_limit=${TIME_LIMIT:-600}
workers=${WORKERS:-2}
admin_password="SchemaTest-$(date +%s)-Pw1"

command -v "${schemathesis%% *}" >/dev/null || { echo "schemathesis.sh: '$schemathesis' not found (pip install schemathesis)" >&2; exit 2; }
[ -f "$doc" ] || { echo "schemathesis.sh: $doc is missing" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/sizi-schemathesis.XXXXXX")
port=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
base="http://127.0.0.1:$port"
pid=""

cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "work directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# 1. Start the server ------------------------------------------------------------------------------
mkdir -p "$work/data" "$work/report"
(
  cd "$work"
  SIZI_DATA_DIR="$work/data" SIZI_ADMIN_PASSWORD="$admin_password" SIZI_BCRYPT_COST=10 SIZI_REQUIRE_ADMIN_2FA=false \
    SIZI_SESSION_IDLE_MINUTES=240 SIZI_SESSION_HOURS=24 exec "$bin" serve --port "$port"
) >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  curl -sf "$base/readyz" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "the server exited while starting:"; tail -n 40 "$work/server.log"; exit 1; }
  sleep 0.2
done
curl -sf "$base/readyz" >/dev/null || { echo "the server did not become ready on $base"; tail -n 40 "$work/server.log"; exit 1; }
echo "server: $bin (pid $pid) on $base, data in $work/data"

# 2. Seed ------------------------------------------------------------------------------------------
python3 "$root/scripts/seed-api.py" --base "$base" --username admin --password "$admin_password" >"$work/seed.json"
token=$(curl -sf -X POST "$base/api/v1/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
echo "seeded: $(python3 -c 'import json, sys; d = json.load(open(sys.argv[1]))["ids"]; print(", ".join(f"{k} {len(v)}" for k, v in sorted(d.items())))' "$work/seed.json")"

# 3. The document: served, or the repository's file ---------------------------------------------------
if curl -sf "$base/api/v1/openapi.json" -o "$work/served.json" 2>/dev/null \
  && python3 -c 'import json, sys; assert json.load(open(sys.argv[1]))["openapi"].startswith("3.")' "$work/served.json" 2>/dev/null; then
  location="$base/api/v1/openapi.json"
  echo "schema: served by the server ($location)"
  cp "$work/served.json" "$work/schema.json"
  python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' "$work/served.json" "$doc" \
    || echo "warning: the served document differs from $doc (is the binary older than the file?)"
else
  location="$doc"
  echo "schema: $doc (the server does not serve /api/v1/openapi.json)"
  cp "$doc" "$work/schema.json"
fi

# Configuration: fixed path parameters from the seed, ids in bodies drawn from it.
python3 - "$work/seed.json" >"$work/schemathesis.toml" <<'PY'
import json, sys

seed = json.load(open(sys.argv[1]))
ids, users = seed["ids"], seed["users"]
by_role = {u["role"]: u for u in users}

def first(name, index=0):
    values = ids.get(name, [])
    return str(values[index]) if len(values) > index else None

def toml(value):
    return json.dumps(value)

# The account the tests may change freely (never the admin whose token runs the tests).
target_user = by_role["agen_perubahan"]["id"]
users_in_order = [u["id"] for u in users]
role_of_target = ids["roleID"][users_in_order.index(target_user)]

paths = {
    "unitID": first("unitID"), "instansiID": first("instansiID"), "userID": target_user, "roleID": role_of_target,
    "assessmentID": first("assessmentID"), "planID": first("planID"), "areaID": first("areaID"),
    "indicatorID": first("indicatorID"), "actionID": first("actionID"), "meetingID": first("meetingID"),
    "findingID": first("findingID"), "periodKey": first("periodKey"), "evidenceID": first("evidenceID"),
    "linkID": first("linkID"), "complaintID": first("complaintID"), "date": first("date"),
    "serviceID": first("serviceID"), "followUpID": first("followUpID"), "kind": first("kind"),
    "employeeID": first("employeeID", 1), "reportID": first("reportID"), "caseID": first("caseID"),
    "riskID": first("riskID"), "attachmentID": first("attachmentID"),
}
lines = ["[parameters]"]
lines += [f'"path.{name}" = {toml(value)}' for name, value in paths.items() if value]

# Ids in bodies: the seeded ones half of the time, generated ones otherwise.
bodies = {
    "instansiID": ids["instansiID"], "unitID": ids["unitID"], "parentID": ids["unitID"],
    "assessmentID": ids["assessmentID"], "questionID": ids["questionID"], "actionID": ids["actionID"],
    "picUserID": [by_role["anggota_tim"]["id"]], "ownerID": [by_role["anggota_tim"]["id"]],
    "assigneeID": [by_role["anggota_tim"]["id"]], "employeeID": ids["employeeID"],
    "serviceID": ids["serviceID"], "userID": [by_role["pegawai"]["id"], by_role["pengelola_wbs"]["id"]],
}
for name in bodies:
    lines.append(f'"body.{name}" = {{ dictionary = "{name}", probability = 0.5 }}')
lines.append('"body.entries[*].actionID" = { dictionary = "actionID", probability = 0.5 }')
for name, values in bodies.items():
    lines += ["", f"[dictionaries.{name}]", f"values = {toml([str(v) for v in values])}"]

# Operations that need another record than the default one: the seed's spares for those that use
# a record up (delete, submit, approve, conclude, re-open), and a few others.
special = {op_id: dict(values) for op_id, values in seed.get("spare", {}).items()}
special.update({
    # The TPI reviews a submitted assessment (the default one is a draft).
    "saveReviews": {"assessmentID": first("assessmentID", 1)},
    # reportID: the seed lists the asset reports first, the gratification report last.
    "getGratification": {"reportID": ids["reportID"][-1]},
    "moveGratification": {"reportID": ids["reportID"][-1]},
    "downloadGratificationAttachment": {"reportID": ids["reportID"][-1]},
})
for op_id, overrides in special.items():
    merged = {**paths, **overrides}
    lines += ["", "[[operations]]", f"include-operation-id = {toml(op_id)}", "[operations.parameters]"]
    lines += [f'"path.{name}" = {toml(value)}' for name, value in merged.items() if value]
print("\n".join(lines))
PY

# 4. Run Schemathesis ----------------------------------------------------------------------------------
args=(run "$location" --url "$base" -H "Authorization: Bearer $token"
      --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance
      --phases examples,coverage,fuzzing --max-examples "$max_examples" --workers "$workers"
      --exclude-operation-id logout --suppress-health-check all --request-timeout 60
      --generation-database none --no-color --report har,junit --report-dir "$work/report")
[ -n "${SEED:-}" ] && args+=(--seed "$SEED")
echo "running: $schemathesis --config-file schemathesis.toml ${args[*]/$token/<token>}"
st_status=0
(cd "$work" && timeout "$time_limit" $schemathesis --config-file "$work/schemathesis.toml" "${args[@]}") \
  >"$work/schemathesis.log" 2>&1 || st_status=$?
grep -E "Selected:|Tested:|generated|Seed:|^=+ .* in " "$work/schemathesis.log" || true
[ "$st_status" = 124 ] && echo "schemathesis: stopped after the time limit of ${time_limit}s"

# 5. Is the server alive? Then stop it. -------------------------------------------------------------------
alive=1
if ! kill -0 "$pid" 2>/dev/null || ! curl -sf "$base/readyz" >/dev/null; then
  alive=0
  echo "SERVER DIED during the run; last lines of its log:"
  tail -n 60 "$work/server.log"
fi
if [ "$alive" = 1 ]; then
  kill -TERM "$pid"
  stop_status=0
  wait "$pid" || stop_status=$?
  pid=""
  [ "$stop_status" = 0 ] || echo "the server did not stop cleanly on SIGTERM (exit $stop_status)"
fi

# 6. Counts --------------------------------------------------------------------------------------------------
set +e
python3 - "$work/schema.json" "$work/report" "$alive" <<'PY'
import collections, glob, json, re, sys
import xml.etree.ElementTree as ET

doc, report_dir, alive = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3] == "1"
templates = []
for path, ops in doc["paths"].items():
    regex = re.compile("^" + re.sub(r"\\{\w+\\}", "[^/]+", re.escape(path)) + "$")
    for method in ops:
        templates.append((regex, method.upper(), path, path.count("{")))
templates.sort(key=lambda t: t[3])

def operation(method, url):
    path = re.sub(r"^https?://[^/]+", "", url).split("?")[0]
    for regex, m, template, _ in templates:
        if m == method and regex.match(path):
            return f"{m} {template}"
    return f"{method} {path} (not in the document)"

entries = []
for har in glob.glob(f"{report_dir}/har-*.json"):
    entries += json.load(open(har))["log"]["entries"]
requests = len(entries)
errors = [e for e in entries if e["response"]["status"] >= 500]
tested = sorted({operation(e["request"]["method"], e["request"]["url"]) for e in entries})
documented = sum(len(ops) for ops in doc["paths"].values())

# Failures other than server errors: each "- STnnn Title" line of a test case's failure text.
failures = collections.Counter()
for junit in glob.glob(f"{report_dir}/junit-*.xml"):
    for case in ET.parse(junit).getroot().iter("testcase"):
        for failure in list(case.iter("failure")) + list(case.iter("error")):
            for kind in re.findall(r"^- (ST\d+ [^\n]+)$", failure.text or "", re.M):
                failures[(case.get("name"), kind.strip())] += 1
            if failure.tag == "error":
                failures[(case.get("name"), "error: " + (failure.get("message") or "")[:120])] += 1

print()
print(f"operations in the document: {documented}")
print(f"operations tested:          {len([t for t in tested if 'not in the document' not in t])}")
print(f"requests:                   {requests}")
print(f"responses >= 500:           {len(errors)}")
by_route = collections.defaultdict(list)
for e in errors:
    by_route[operation(e["request"]["method"], e["request"]["url"])].append(e)
for route, items in sorted(by_route.items()):
    print(f"  {route}: {len(items)}")
    for e in items[:3]:
        body = (e["request"].get("postData") or {}).get("text", "")
        print(f"    {e['response']['status']} {e['request']['method']} {e['request']['url']}")
        if body:
            print(f"      body: {body[:300]}")
        answer = (e["response"].get("content") or {}).get("text", "")
        if answer:
            print(f"      answer: {answer[:200]}")
conformance = [(name, kind, n) for (name, kind), n in sorted(failures.items()) if not kind.startswith("ST101 ")]
print(f"document/server mismatches reported by Schemathesis (informational): {len(conformance)}")
for name, kind, n in conformance:
    print(f"  {name}: {kind}")
print(f"server alive at the end:    {'yes' if alive else 'NO'}")
sys.exit(1 if errors or not alive else 0)
PY
result=$?
exit $result
