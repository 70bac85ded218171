#!/usr/bin/env bash
# Benchmark of POST /api/consumption/imports against a bare `psql \copy` of the same file.
#
#   tests/load/import-benchmark.sh [--facilities 10000] [--months 36] [--carriers 3]
#
# Starts its own PostgreSQL cluster (port 55442, data under .pgdata/bench) and a Release build of the
# API on 127.0.0.1:5090, generates the fictional data (tests/load/generate_consumption.py), loads the
# facilities with psql (setup, not timed), then times:
#   1. the import endpoint (curl upload of the whole file, request to response), and the API
#      process's peak resident memory (VmHWM) after it;
#   2. `\copy` of the same file into a plain table with the same columns, on the same database.
# Prints both times and their ratio. Everything it starts is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
FACILITIES=10000; MONTHS=36; CARRIERS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --facilities) FACILITIES="$2"; shift 2 ;;
    --months) MONTHS="$2"; shift 2 ;;
    --carriers) CARRIERS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

PORT=55442
PGDIR="$ROOT/.pgdata/bench"
DATA="$ROOT/.pgdata/bench-data"
API_PORT=5090
source tests/load/bench-setup.sh

echo "== generating ${FACILITIES} facilities x ${MONTHS} months x ${CARRIERS} carriers"
python3 tests/load/generate_consumption.py --facilities "$FACILITIES" --months "$MONTHS" --carriers "$CARRIERS" --out "$DATA" >/dev/null
ROWS=$(($(wc -l < "$DATA/consumption.csv") - 1))
SIZE=$(du -h "$DATA/consumption.csv" | cut -f1)
echo "   $ROWS rows, $SIZE"

bench_start_database
bench_start_api
echo "== loading facilities (setup, not timed)"
bench_load_facilities
RSS_BEFORE=$(awk '/VmRSS/ {print $2}' "/proc/$DOTNET_PID/status")

echo "== timing the import endpoint"
START=$(date +%s.%N)
bench_import
END=$(date +%s.%N)
IMPORT_S=$(echo "$END - $START" | bc -l)
PEAK_KB=$(awk '/VmHWM/ {print $2}' "/proc/$DOTNET_PID/status")
echo "   HTTP $HTTP $(head -c 200 "$DATA/import-response.json")"
[ "$HTTP" = "200" ] || { echo "import failed"; exit 1; }

echo "== timing psql \\copy into a plain table"
"${PSQL[@]}" -d energysaving_bench -c "CREATE TABLE plain_copy (facility_code text, month text, carrier text, quantity float8, unit text, production_quantity float8, production_unit text)"
START=$(date +%s.%N)
"${PSQL[@]}" -d energysaving_bench -c "\\copy plain_copy FROM '$DATA/consumption.csv' CSV HEADER"
END=$(date +%s.%N)
COPY_S=$(echo "$END - $START" | bc -l)

printf '\nrows                 %d\n' "$ROWS"
printf 'import endpoint      %.2f s (%.0f rows/s)\n' "$IMPORT_S" "$(echo "$ROWS / $IMPORT_S" | bc -l)"
printf 'psql \\copy           %.2f s\n' "$COPY_S"
printf 'ratio                %.2f x\n' "$(echo "$IMPORT_S / $COPY_S" | bc -l)"
printf 'API peak RSS         %d MB (before the import: %d MB)\n' "$((PEAK_KB / 1024))" "$((RSS_BEFORE / 1024))"
