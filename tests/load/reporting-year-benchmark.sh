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
bench_start_api
echo "== loading facilities and importing consumption (setup, not timed)"
bench_load_facilities
bench_import
[ "$HTTP" = "200" ] || { echo "import failed: HTTP $HTTP $(head -c 300 "$DATA/import-response.json")"; exit 1; }

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
