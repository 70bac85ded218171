#!/usr/bin/env bash
# Benchmark of the reporting year's set-based reads over a province-sized history:
#
#   tests/load/reporting-year-benchmark.sh [--facilities 10000] [--months 36] [--runs 3]
#
# Starts its own PostgreSQL cluster (port 55447, data under .pgdata/bench-ry) and a Release build of
# the API on 127.0.0.1:5097, generates the fictional data (tests/load/generate_consumption.py, months
# from 2021-01), loads the facilities with psql and the consumption through the import endpoint
# (setup, not timed), then times each request --runs times (curl, request to last byte):
#   1. GET /api/data-quality?year=2023     every rule for every facility (2023 against 2022's window)
#   2. GET /api/reporting/completeness?year=2023   the completeness matrix of every facility
# Targets (issue 11): all rules under 10 s, the matrix under 1 s. Everything it starts is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
FACILITIES=10000; MONTHS=36; CARRIERS=3; RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --facilities) FACILITIES="$2"; shift 2 ;;
    --months) MONTHS="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

PORT=55447
PGDIR="$ROOT/.pgdata/bench-ry"
DATA="$ROOT/.pgdata/bench-ry-data"
API_PORT=5097
source tests/load/bench-setup.sh

echo "== generating ${FACILITIES} facilities x ${MONTHS} months x ${CARRIERS} carriers"
python3 tests/load/generate_consumption.py --facilities "$FACILITIES" --months "$MONTHS" --carriers "$CARRIERS" --out "$DATA" >/dev/null
bench_start_database
# bench_start_api's process lookup ends in `| head -n 1`, which pipefail can report as a failure when two
# processes match; the API is up by then (it waits for /health/ready), so that status is not an error.
bench_start_api EnergySaving__Jobs__NightlyCron= EnergySaving__Reporting__ReminderCron= || true
curl -fs "http://127.0.0.1:$API_PORT/health/ready" >/dev/null || { echo "the API did not start"; exit 1; }
echo "== loading facilities and importing consumption (setup, not timed)"
bench_load_facilities
bench_import
[ "$HTTP" = "200" ] || { echo "import failed: HTTP $HTTP $(head -c 300 "$DATA/import-response.json")"; exit 1; }
# The generated months are smooth: plant a slip of three zeros (every quantity × 1,000) in about 1 % of
# 2023's facility-months, so that the rules also have findings to build and answer.
"${PSQL[@]}" -d energysaving_bench -c "UPDATE consumption_months SET quantities = ARRAY(SELECT q * 1000 FROM unnest(quantities) q),
  toes = ARRAY(SELECT t * 1000 FROM unnest(toes) t), total_toe = total_toe * 1000, revision = revision + 1
  WHERE month BETWEEN '2023-01-01' AND '2023-12-01' AND (facility_id * 7 + extract(month FROM month)::int) % 100 = 0"

time_get() { # URL -> prints seconds of each run, and the size of the last answer
  local url="$1" name="$2"
  for i in $(seq 1 "$RUNS"); do
    local t
    t=$(curl -s -o "$DATA/$name.json" -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$API_PORT$url")
    printf '%-14s run %d: %6.2f s\n' "$name" "$i" "$t"
  done
  printf '%-14s answer: %s bytes, %s items\n' "$name" "$(wc -c < "$DATA/$name.json")" \
    "$(grep -o '"facilityId"' "$DATA/$name.json" | wc -l)"
}

echo "== timing (${FACILITIES} facilities, ${MONTHS} months)"
time_get "/api/data-quality?year=2023" data-quality
time_get "/api/reporting/completeness?year=2023" completeness
