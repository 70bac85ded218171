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

source .devtools/postgres.sh
BIN="$(pg_find_bin)" || { pg_missing_message; exit 1; }
PORT=55442
PGDIR="$ROOT/.pgdata/bench"
DATA="$ROOT/.pgdata/bench-data"
API_PORT=5090
mkdir -p "$DATA"

cleanup() {
  [ -n "${API_PID:-}" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null || true
  pg_local_stop "$PGDIR"
}
trap cleanup EXIT

echo "== generating ${FACILITIES} facilities x ${MONTHS} months x ${CARRIERS} carriers"
python3 tests/load/generate_consumption.py --facilities "$FACILITIES" --months "$MONTHS" --carriers "$CARRIERS" --out "$DATA" >/dev/null
ROWS=$(($(wc -l < "$DATA/consumption.csv") - 1))
SIZE=$(du -h "$DATA/consumption.csv" | cut -f1)
echo "   $ROWS rows, $SIZE"

pg_local_start "$PGDIR" "$PORT" >/dev/null
PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -q)
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS energysaving_bench WITH (FORCE)" -c "CREATE DATABASE energysaving_bench"

echo "== starting the API (Release) on :$API_PORT"
dotnet build src/EnergySaving.Api -c Release -v quiet -nologo -clp:ErrorsOnly
(
  cd src/EnergySaving.Api
  ConnectionStrings__Default="Host=127.0.0.1;Port=$PORT;Database=energysaving_bench;Username=postgres" \
  ASPNETCORE_URLS="http://127.0.0.1:$API_PORT" \
  EnergySaving__Admin__Email="bench@energysaving.example" EnergySaving__Admin__Password="Bench!2026" \
  Logging__LogLevel__Default=Warning Logging__LogLevel__EnergySaving=Information \
  exec dotnet bin/Release/net10.0/EnergySaving.Api.dll
) &
API_PID=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$API_PORT/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
DOTNET_PID=$(pgrep -f "EnergySaving.Api.dll" | while read -r p; do [ "$(cat /proc/$p/environ 2>/dev/null | tr '\0' '\n' | grep -c "ASPNETCORE_URLS=http://127.0.0.1:$API_PORT")" = 1 ] && echo "$p"; done | head -n 1)

echo "== loading facilities (setup, not timed)"
"${PSQL[@]}" -d energysaving_bench <<SQL
CREATE TEMP TABLE f (code text, name text, sector text, industry text, production_unit text, province text,
                     district text, commune text, address text, tax_code text, weather_station text);
\copy f FROM '$DATA/facilities.csv' CSV HEADER
INSERT INTO facilities (code, name, sector, industry, production_unit, province, district, commune, address, tax_code, weather_station)
SELECT code, name, initcap(sector), industry, production_unit, province, district, commune, address, tax_code, weather_station FROM f;
SQL

TOKEN=$(curl -fs -X POST "http://127.0.0.1:$API_PORT/api/auth/login" -H 'content-type: application/json' \
  -d '{"email":"bench@energysaving.example","password":"Bench!2026"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
RSS_BEFORE=$(awk '/VmRSS/ {print $2}' "/proc/$DOTNET_PID/status")

echo "== timing the import endpoint"
START=$(date +%s.%N)
HTTP=$(curl -s -o "$DATA/import-response.json" -w '%{http_code}' -X POST "http://127.0.0.1:$API_PORT/api/consumption/imports" \
  -H "Authorization: Bearer $TOKEN" -H 'content-type: text/csv' --data-binary "@$DATA/consumption.csv")
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
