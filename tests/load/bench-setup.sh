# Shared by the benchmark scripts in tests/load: a dedicated PostgreSQL cluster, a Release build of
# the API against it, the generated facilities loaded with psql, and a signed-in token.
# Source it from the repository root after setting PORT, PGDIR, DATA and API_PORT; it stops what it
# started when the calling script exits.

source .devtools/postgres.sh
BIN="$(pg_find_bin)" || { pg_missing_message; exit 1; }
mkdir -p "$DATA"
PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -q)

bench_cleanup() {
  [ -n "${WORKER_PID:-}" ] && kill "$WORKER_PID" 2>/dev/null && wait "$WORKER_PID" 2>/dev/null || true
  [ -n "${API_PID:-}" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null || true
  pg_local_stop "$PGDIR"
}
trap bench_cleanup EXIT

# A fresh database "energysaving_bench" on the benchmark's own cluster.
bench_start_database() {
  pg_local_start "$PGDIR" "$PORT" >/dev/null
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS energysaving_bench WITH (FORCE)" -c "CREATE DATABASE energysaving_bench"
}

# The API on API_PORT; extra NAME=value settings as arguments. Sets API_PID and DOTNET_PID.
bench_start_api() {
  echo "== starting the API (Release) on :$API_PORT"
  dotnet build src/EnergySaving.Api -c Release -v quiet -nologo -clp:ErrorsOnly
  (
    cd src/EnergySaving.Api
    exec env ConnectionStrings__Default="Host=127.0.0.1;Port=$PORT;Database=energysaving_bench;Username=postgres;Maximum Pool Size=50" \
      ASPNETCORE_URLS="http://127.0.0.1:$API_PORT" \
      EnergySaving__Admin__Email="bench@energysaving.example" EnergySaving__Admin__Password="Load-test-2026!" \
      Logging__LogLevel__Default=Warning Logging__LogLevel__EnergySaving=Information \
      "$@" dotnet bin/Release/net10.0/EnergySaving.Api.dll
  ) &
  API_PID=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$API_PORT/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
  DOTNET_PID=$(pgrep -f "EnergySaving.Api.dll" | while read -r p; do
    tr '\0' '\n' < "/proc/$p/environ" 2>/dev/null | grep -qx "ASPNETCORE_URLS=http://127.0.0.1:$API_PORT" && echo "$p"; done | head -n 1 || true)
}

# A job worker process (EnergySaving__Jobs__WorkerOnly=true: Hangfire server and /health only) on WORKER_PORT, at
# nice 10 so that the web process's requests come first for the CPU; the same Release build as bench_start_api
# (call that first). Extra NAME=value settings as arguments. Sets WORKER_PID.
bench_start_worker() {
  echo "== starting a job worker process (nice 10) on :$WORKER_PORT"
  (
    cd src/EnergySaving.Api
    exec env ConnectionStrings__Default="Host=127.0.0.1;Port=$PORT;Database=energysaving_bench;Username=postgres" \
      ASPNETCORE_URLS="http://127.0.0.1:$WORKER_PORT" EnergySaving__Jobs__WorkerOnly=true \
      EnergySaving__Database__MigrateOnStartup=false \
      Logging__LogLevel__Default=Warning Logging__LogLevel__EnergySaving=Information \
      "$@" nice -n 10 dotnet bin/Release/net10.0/EnergySaving.Api.dll
  ) &
  WORKER_PID=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$WORKER_PORT/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
}

# The generated facilities (DATA/facilities.csv) straight into the facilities table: setup, not timed.
bench_load_facilities() {
  "${PSQL[@]}" -d energysaving_bench <<SQL
CREATE TEMP TABLE f (code text, name text, sector text, industry text, production_unit text, province text,
                     district text, commune text, address text, tax_code text, weather_station text);
\copy f FROM '$DATA/facilities.csv' CSV HEADER
INSERT INTO facilities (code, name, sector, industry, production_unit, province, district, commune, address, tax_code, weather_station)
SELECT code, name, initcap(sector), industry, production_unit, province, district, commune, address, tax_code, weather_station FROM f;
SQL
  TOKEN=$(curl -fs -X POST "http://127.0.0.1:$API_PORT/api/auth/login" -H 'content-type: application/json' \
    -d '{"email":"bench@energysaving.example","password":"Load-test-2026!"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
}

# POST the generated consumption file to the import endpoint; sets HTTP (status) and writes the response to DATA.
bench_import() {
  HTTP=$(curl -s -o "$DATA/import-response.json" -w '%{http_code}' -X POST "http://127.0.0.1:$API_PORT/api/consumption/imports" \
    -H "Authorization: Bearer $TOKEN" -H 'content-type: text/csv' --data-binary "@$DATA/consumption.csv")
}
