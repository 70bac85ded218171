#!/usr/bin/env bash
# End-to-end figure of a baseline run against PostgreSQL's own regr_slope/regr_intercept.
#
#   tests/load/baseline-benchmark.sh [--facilities 10000] [--months 36] [--weather]
#
# --weather: every facility names one station with three years of daily temperatures (a Red River
# Delta year), so the run also searches the full balance-point grid (≈ 1,900 candidates a facility).
#
# Starts its own PostgreSQL cluster (port 55452, data under .pgdata/bench-baselines) and a Release build of
# the API on 127.0.0.1:5091 (Hangfire server in process), generates the fictional data with
# tests/load/generate_consumption.py and imports it through POST /api/consumption/imports (setup, not timed), then times:
#   1. POST /api/baselines/runs (all facilities) until GET /api/baselines/runs/{id} says succeeded
#      (full method: candidate search, metrics, savings, upserts, annual flags), twice:
#      a. the first run after the API started (its code is JIT-compiled as it goes);
#      b. after five warm-up runs (each forced to refit every facility) and a second import that changes every
#         month (a second generated file, --seed 43): the run of a service that has been up for a while, after
#         the province's data changed (every facility refitted, every year's flags rewritten);
#      the tables are vacuumed and analysed after each import (what autovacuum does on its own soon after);
#   2. one SQL query fitting the production-only model per facility with regr_slope/regr_intercept
#      (y = total_toe/days on x = production/days, grouped by facility; unweighted, no metrics).
# Prints the runs, the query (the fastest of three executions after a first that reads the table into the cache)
# and the ratios. Everything it starts is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
FACILITIES=10000; MONTHS=36; WEATHER=0
while [ $# -gt 0 ]; do
  case "$1" in
    --facilities) FACILITIES="$2"; shift 2 ;;
    --months) MONTHS="$2"; shift 2 ;;
    --weather) WEATHER=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

PORT=55452
PGDIR="$ROOT/.pgdata/bench-baselines"
DATA="$ROOT/.pgdata/bench-baselines-data"
API_PORT=5091
source tests/load/bench-setup.sh

echo "== generating ${FACILITIES} facilities x ${MONTHS} months"
python3 tests/load/generate_consumption.py --facilities "$FACILITIES" --months "$MONTHS" --carriers 1 --out "$DATA" >/dev/null

bench_start_database
bench_start_api EnergySaving__Jobs__QueuePollIntervalSeconds=1 EnergySaving__Jobs__NightlyCron=
echo "== loading facilities and importing consumption (setup, not timed)"
bench_load_facilities
bench_import
[ "$HTTP" = "200" ] || { echo "import failed: HTTP $HTTP $(head -c 300 "$DATA/import-response.json")"; exit 1; }
SEARCH="no weather: production and intercept models only"
if [ "$WEATHER" = "1" ]; then
  # Daily means from the generator's first month (2021-01) on: 16 °C in January, 29 °C in July, some noise.
  python3 - "$DATA/weather.csv" "$MONTHS" <<'PY'
import datetime, math, random, sys
random.seed(7)
out, months = sys.argv[1], int(sys.argv[2])
day, end = datetime.date(2021, 1, 1), datetime.date(2021 + (months - 1) // 12, (months - 1) % 12 + 1, 28)
with open(out, "w") as f:
    f.write("date,mean_c\n")
    while day <= end or day.day != 1:
        t = 22.5 - 6.5 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365.25) + random.gauss(0, 1.5)
        f.write(f"{day.isoformat()},{t:.1f}\n")
        day += datetime.timedelta(days=1)
PY
  curl -fs -o /dev/null -X PUT "http://127.0.0.1:$API_PORT/api/weather-stations/BENCH-WX/temperatures" \
    -H "Authorization: Bearer $TOKEN" -H 'content-type: text/csv' --data-binary "@$DATA/weather.csv"
  "${PSQL[@]}" -d energysaving_bench -c "UPDATE facilities SET weather_station = 'BENCH-WX'"
  SEARCH="full weather grid search"
fi
MONTH_ROWS=$("${PSQL[@]}" -d energysaving_bench -tAc "SELECT count(*) FROM consumption_months")
echo "   $MONTH_ROWS facility-months"

# What autovacuum does on its own shortly after a bulk load; done here (setup, not timed) so that the timed runs do not
# share the two cores with it.
vacuum() { "${PSQL[@]}" -d energysaving_bench -c "VACUUM ANALYZE consumption_months" -c "VACUUM ANALYZE consumption_revisions"; }
vacuum

# Times one run of every facility, request to succeeded (polled every 50 ms); sets RUN_S and STATUS.
time_run() {
  local start end run_id
  start=$(date +%s.%N)
  run_id=$(curl -fs -X POST "http://127.0.0.1:$API_PORT/api/baselines/runs" -H "Authorization: Bearer $TOKEN" \
    -H 'content-type: application/json' -d '{}' | sed 's/.*"runId":"\([^"]*\)".*/\1/')
  while true; do
    STATUS=$(curl -fs "http://127.0.0.1:$API_PORT/api/baselines/runs/$run_id" -H "Authorization: Bearer $TOKEN")
    case "$STATUS" in *'"status":"succeeded"'*|*'"status":"failed"'*) break ;; esac
    sleep 0.05
  done
  end=$(date +%s.%N)
  RUN_S=$(echo "$end - $start" | bc -l)
  echo "   $(echo "$STATUS" | head -c 200)"
}

echo "== timing the first run after the API started (request to succeeded; the run's code is still being JIT-compiled)"
time_run
COLD_S=$RUN_S
echo "== warming up: five more runs, each forced to refit every facility (not timed)"
for _ in 1 2 3 4 5; do
  "${PSQL[@]}" -d energysaving_bench -c "UPDATE facility_baselines SET input_fingerprint = 'benchmark: refit'"
  time_run >/dev/null
done
echo "== the province's data change: every month imported again from a second generated file (setup, not timed)"
python3 tests/load/generate_consumption.py --facilities "$FACILITIES" --months "$MONTHS" --carriers 1 --seed 43 --out "$DATA/changed" >/dev/null
HTTP=$(curl -s -o "$DATA/import2-response.json" -w '%{http_code}' -X POST "http://127.0.0.1:$API_PORT/api/consumption/imports" \
  -H "Authorization: Bearer $TOKEN" -H 'content-type: text/csv' --data-binary "@$DATA/changed/consumption.csv")
[ "$HTTP" = "200" ] || { echo "second import failed: HTTP $HTTP $(head -c 300 "$DATA/import2-response.json")"; exit 1; }
vacuum
echo "== timing a run of the warm API over the changed data (request to succeeded)"
time_run
FITTED=$("${PSQL[@]}" -d energysaving_bench -tAc "SELECT count(*) FROM facility_baselines WHERE status = 'fitted'")

echo "== timing regr_slope/regr_intercept (production-only model, one query)"
SQL_FILE="$DATA/regr.sql"
cat > "$SQL_FILE" <<'SQL'
\timing on
CREATE TEMP TABLE regr_fit AS
SELECT facility_id,
       regr_intercept(total_toe / d, production_quantity / d) AS intercept,
       regr_slope(total_toe / d, production_quantity / d) AS production,
       regr_r2(total_toe / d, production_quantity / d) AS r2
FROM (SELECT facility_id, total_toe, production_quantity,
             extract(day FROM (month + interval '1 month' - interval '1 day'))::float8 AS d
      FROM consumption_months WHERE production_quantity IS NOT NULL) m
GROUP BY facility_id;
SQL
regr_s() { echo "$("${PSQL[@]}" -d energysaving_bench -f "$SQL_FILE" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1) / 1000" | bc -l; }
SQL_COLD_S=$(regr_s) # the first time reads the table into the cache
# Then the fastest of three: the comparison is with PostgreSQL at its best.
SQL_S=$( (regr_s; regr_s; regr_s) | sort -g | head -n 1)

printf '\nfacilities           %d (%d facility-months, %d fitted)\n' "$FACILITIES" "$MONTH_ROWS" "$FITTED"
printf 'model                %s\n' "$SEARCH"
printf 'first run            %.2f s (%.0f facilities/s), request to succeeded, the API just started\n' "$COLD_S" "$(echo "$FACILITIES / $COLD_S" | bc -l)"
printf 'warm run             %.2f s (%.0f facilities/s), request to succeeded, every facility changed\n' "$RUN_S" "$(echo "$FACILITIES / $RUN_S" | bc -l)"
printf 'SQL regr_* fit       %.3f s (production-only, unweighted, no search; fastest of three after a first at %.3f s)\n' "$SQL_S" "$SQL_COLD_S"
printf 'ratio, first run     %.1f x\n' "$(echo "$COLD_S / $SQL_S" | bc -l)"
printf 'ratio, warm run      %.1f x\n' "$(echo "$RUN_S / $SQL_S" | bc -l)"
