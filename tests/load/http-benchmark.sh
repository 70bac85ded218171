#!/usr/bin/env bash
# The REST API under load with wrk: reads, writes, and reads while a baseline run is going.
#
#   tests/load/http-benchmark.sh [--seconds 20] [--connections 50] [--facilities 10000] [--auto-prepare N] [--warmup 30]
#                                [--worker-process]
#
# Starts its own PostgreSQL cluster (port 55472, data under .pgdata/bench-http) and a Release build of
# the API on 127.0.0.1:5094 with the demo data (120 facilities, a first baseline run) plus the generated
# fictional facilities (tests/load/generate_consumption.py: 36 months from 2021-01, one carrier,
# imported through POST /api/consumption/imports; setup, not timed), signs in as the bench admin
# (bearer token), then runs wrk (2 threads, --connections connections, --seconds each) on:
#   1. GET /api/facilities/{id}/annual/2023      a different generated facility each request
#   2. GET /api/support-candidates?year=2024     the demo year's candidate list
#   3. PUT /api/facilities/{id}/consumption/{month}   a distinct facility-month each request (a correction)
#   4. and 5. the two reads again while baseline runs of every facility follow each other
# Each is preceded by --warmup seconds (default 30) of the same requests, not counted: a freshly started API under
# full load on two cores is slow for its first 15-20 s (5-s slices of the annual read went 1,200, 1,450, 1,670,
# 2,270, 2,490 requests/s; the JIT's tiering and PostgreSQL's cache, not separated). The months' tables are
# vacuumed and analysed after the import (setup).
# Prints requests/s, p50, p99, non-2xx responses and socket errors for each. Loopback only; wrk, the API
# and PostgreSQL share the machine's cores. Needs wrk (apt-get install wrk). Everything it starts is
# stopped at the end. --auto-prepare N: the API's connections prepare their N most used statements
# (EnergySaving:Database:MaxAutoPrepare, Npgsql "Max Auto Prepare"; 0 = off; default: the service's default),
# to see what PostgreSQL's parsing and planning cost the requests. --worker-process: the API serves HTTP only
# (EnergySaving__Jobs__RunServer=false) and the Hangfire jobs run in a second process of the same build
# (EnergySaving__Jobs__WorkerOnly=true, port 5095) at nice 10, as a deployment would separate them.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
SECONDS_EACH=20; CONNECTIONS=50; FACILITIES=10000; AUTO_PREPARE=; WARMUP=30; WORKER_PROCESS=0
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_EACH="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --facilities) FACILITIES="$2"; shift 2 ;;
    --auto-prepare) AUTO_PREPARE="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --worker-process) WORKER_PROCESS=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

PORT=55472
PGDIR="$ROOT/.pgdata/bench-http"
DATA="$ROOT/.pgdata/bench-http-data"
API_PORT=5094
source tests/load/bench-setup.sh
BASE="http://127.0.0.1:$API_PORT"

echo "== generating ${FACILITIES} facilities x 36 months"
python3 tests/load/generate_consumption.py --facilities "$FACILITIES" --months 36 --carriers 1 --out "$DATA" >/dev/null

bench_start_database
EXTRA=()
[ -n "$AUTO_PREPARE" ] && EXTRA=("EnergySaving__Database__MaxAutoPrepare=$AUTO_PREPARE")
JOBS=(EnergySaving__Jobs__QueuePollIntervalSeconds=1 EnergySaving__Jobs__NightlyCron=)
if [ "$WORKER_PROCESS" = "1" ]; then
  # The web process serves HTTP only; the jobs run in a second process at a lower CPU priority.
  bench_start_api "${EXTRA[@]}" EnergySaving__Demo__Load=true EnergySaving__Demo__SeedDataPath="$ROOT/seed-data" \
    "${JOBS[@]}" EnergySaving__Jobs__RunServer=false
  WORKER_PORT=5095
  bench_start_worker "${EXTRA[@]}" "${JOBS[@]}"
else
  bench_start_api "${EXTRA[@]}" EnergySaving__Demo__Load=true EnergySaving__Demo__SeedDataPath="$ROOT/seed-data" "${JOBS[@]}"
fi
echo "== loading facilities and importing consumption (setup, not timed)"
bench_load_facilities
[ -n "$TOKEN" ] || { echo "sign-in failed" >&2; exit 1; }
bench_import
[ "$HTTP" = "200" ] || { echo "import failed: HTTP $HTTP $(head -c 300 "$DATA/import-response.json")"; exit 1; }
AUTH="Authorization: Bearer $TOKEN"

# What autovacuum does on its own shortly after a bulk load (setup, not timed): otherwise it shares the cores with the
# first measurements.
"${PSQL[@]}" -d energysaving_bench -c "VACUUM ANALYZE consumption_months" -c "VACUUM ANALYZE consumption_revisions"

echo "== waiting for the demo's first baseline run (candidates of 2024)"
for _ in $(seq 1 240); do
  [ "$(curl -fs -H "$AUTH" "$BASE/api/support-candidates?year=2024" | grep -o '"facilityId"' | wc -l)" -gt 0 ] && break
  sleep 1
done

# The generated facilities' ids are one contiguous range (one INSERT); the PUT script needs each one's
# production unit, written as a Lua table.
read -r FIRST_ID LAST_ID GENERATED < <("${PSQL[@]}" -d energysaving_bench -tAF ' ' \
  -c "SELECT min(id), max(id), count(*) FROM facilities WHERE code LIKE 'BENCH-%'")
[ "$((LAST_ID - FIRST_ID + 1))" = "$GENERATED" ] || { echo "generated facility ids are not contiguous" >&2; exit 1; }
{ echo "units = {"; "${PSQL[@]}" -d energysaving_bench -tAF ' ' \
    -c "SELECT id, production_unit FROM facilities WHERE code LIKE 'BENCH-%' ORDER BY id" | awk '{ printf "[%s]=\"%s\",\n", $1, $2 }'; echo "}"; } > "$DATA/units.lua"

cat > "$DATA/common.lua" <<'LUA'
-- Each wrk thread has its own Lua state: setup() numbers them so that requests differ across threads.
local counter = 0
setup = function(thread)
  thread:set("tid", counter)
  counter = counter + 1
end
done = function(summary, latency, requests)
  io.write(string.format("  requests/s %.1f   p50 %.1f ms   p99 %.1f ms   non-2xx %d   socket errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

cat > "$DATA/annual.lua" <<'LUA'
dofile(os.getenv("BENCH_DATA") .. "/common.lua")
local first, count, n = 0, 1, 0
init = function(args)
  first, count = tonumber(args[1]), tonumber(args[2])
end
request = function()
  n = n + 1
  local id = first + ((tid * 7919 + n * 104729) % count)
  return wrk.format("GET", "/api/facilities/" .. id .. "/annual/2023")
end
LUA

cat > "$DATA/put.lua" <<'LUA'
dofile(os.getenv("BENCH_DATA") .. "/common.lua")
dofile(os.getenv("BENCH_DATA") .. "/units.lua")
local first, count, threads, offset, n = 0, 1, 1, 0, 0
local headers = {}
init = function(args)
  first, count, threads, offset = tonumber(args[1]), tonumber(args[2]), tonumber(args[3]), tonumber(args[4] or "0")
  for k, v in pairs(wrk.headers) do headers[k] = v end -- the bearer token given with -H
  headers["Content-Type"] = "application/json"
end
-- Request k of thread t writes facility-month number k·threads + t: no two requests write the same month
-- (until 36 × the facilities have been written). The fourth argument shifts the months (the warm-up writes others).
request = function()
  local k = n * threads + tid
  n = n + 1
  local id = first + (k % count)
  local m = (math.floor(k / count) + offset) % 36
  local path = string.format("/api/facilities/%d/consumption/%04d-%02d", id, 2021 + math.floor(m / 12), m % 12 + 1)
  local body = string.format('{"entries":[{"carrier":"electricity","quantity":%d,"unit":"kWh"}],"production":{"quantity":%d,"unit":"%s"}}',
    200000 + (k % 50000), 1000 + (k % 500), units[id])
  return wrk.format("PUT", path, headers, body)
end
LUA
export BENCH_DATA="$DATA"

run_wrk() { # title, script, path, extra args for the script
  local title="$1" script="$2" path="$3"; shift 3
  # Warm-up, not counted: the same requests for WARMUP seconds (JIT, connection pool, caches).
  [ "$WARMUP" -gt 0 ] && wrk -t 2 -c "$CONNECTIONS" -d "${WARMUP}s" -H "$AUTH" -s "$script" "$BASE$path" -- "$@" ${WARMUP_ARGS:-} >/dev/null
  echo "== $title  ($CONNECTIONS connections, ${SECONDS_EACH}s)"
  wrk -t 2 -c "$CONNECTIONS" -d "${SECONDS_EACH}s" -H "$AUTH" -s "$script" "$BASE$path" -- "$@" | tail -n 1
}

run_wrk "GET /api/facilities/{id}/annual/2023" "$DATA/annual.lua" "/api/facilities/$FIRST_ID/annual/2023" "$FIRST_ID" "$GENERATED"
run_wrk "GET /api/support-candidates?year=2024" "$DATA/common.lua" "/api/support-candidates?year=2024"
# The warm-up writes months 18 on (2022-07…), the measured run months 0 on: every measured request is a real correction.
WARMUP_ARGS=18 run_wrk "PUT /api/facilities/{id}/consumption/{month} (distinct months)" "$DATA/put.lua" "/" "$FIRST_ID" "$GENERATED" 2 0
REVISIONS=$("${PSQL[@]}" -d energysaving_bench -tAc "SELECT count(*) FROM consumption_months WHERE revision > 1")
echo "  facility-months corrected: $REVISIONS"

# Baseline runs of every facility, one after the other, until the flag file is removed.
RUNS_FILE="$DATA/runs.txt"; : > "$RUNS_FILE"
touch "$DATA/keep-running"
(
  while [ -e "$DATA/keep-running" ]; do
    START=$(date +%s.%N)
    RUN_ID=$(curl -fs -X POST "$BASE/api/baselines/runs" -H "$AUTH" -H 'content-type: application/json' -d '{}' \
      | sed 's/.*"runId":"\([^"]*\)".*/\1/') || { sleep 1; continue; }
    while true; do
      STATUS=$(curl -fs "$BASE/api/baselines/runs/$RUN_ID" -H "$AUTH" || true)
      case "$STATUS" in *'"status":"succeeded"'*|*'"status":"failed"'*) break ;; esac
      sleep 0.2
    done
    echo "$(echo "$STATUS" | sed 's/.*"status":"\([a-z]*\)".*/\1/') $(echo "$(date +%s.%N) - $START" | bc -l)" >> "$RUNS_FILE"
  done
) &
RUNNER=$!
sleep 2 # the first run is under way
run_wrk "GET /api/facilities/{id}/annual/2023 during baseline runs" "$DATA/annual.lua" "/api/facilities/$FIRST_ID/annual/2023" "$FIRST_ID" "$GENERATED"
run_wrk "GET /api/support-candidates?year=2024 during baseline runs" "$DATA/common.lua" "/api/support-candidates?year=2024"
rm -f "$DATA/keep-running"
wait "$RUNNER"
echo "  baseline runs during the reads (status, seconds each; the last one finished after the reads):"
sed 's/^/    /' "$RUNS_FILE"
