#!/usr/bin/env bash
# Runs EnergySaving: a local PostgreSQL cluster (unless ConnectionStrings__Default points elsewhere),
# migrations, demo data and demo accounts, then the API. Ctrl-C stops the API and the cluster it
# started; the data stays in .pgdata/.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$PWD"

USAGE="usage: ./run.sh [--no-demo] | ./run.sh backup [FILE] | ./run.sh restore FILE [--force]"
DEMO=true
COMMAND=run
case "${1:-}" in
  backup) COMMAND=backup; FILE="${2:-backups/energysaving-$(date -u +%Y%m%d-%H%M%S).dump}"; [ $# -le 2 ] || { echo "$USAGE" >&2; exit 2; } ;;
  restore)
    COMMAND=restore; FILE="${2:-}"; FORCE="${3:-}"
    { [ -n "$FILE" ] && [ $# -le 3 ] && { [ -z "$FORCE" ] || [ "$FORCE" = "--force" ]; }; } || { echo "$USAGE" >&2; exit 2; } ;;
  *)
    for arg in "$@"; do
      case "$arg" in
        --no-demo) DEMO=false ;;
        -h|--help) echo "$USAGE"; exit 0 ;;
        *) echo "unknown option: $arg ($USAGE)" >&2; exit 2 ;;
      esac
    done ;;
esac

if [ "$COMMAND" != "run" ]; then
  # shellcheck source=.devtools/postgres.sh
  source .devtools/postgres.sh
  # shellcheck source=.devtools/backup.sh
  source .devtools/backup.sh
  PG_PORT="${ENERGYSAVING_PG_PORT:-55432}"
  PG_DIR="$ROOT/.pgdata/cluster"
  PG_LOCAL_STARTED=0
  if [ -n "${ConnectionStrings__Default:-}" ]; then
    pg_env_from_connection_string "$ConnectionStrings__Default"
  else
    pg_local_start "$PG_DIR" "$PG_PORT"
    trap '[ "$PG_LOCAL_STARTED" = "1" ] && pg_local_stop "$PG_DIR"' EXIT
    export PGHOST=127.0.0.1 PGPORT="$PG_PORT" PGUSER=postgres PGDATABASE=energysaving
  fi
  export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGDATABASE="${PGDATABASE:-energysaving}"
  if [ "$COMMAND" = "backup" ]; then es_backup "$FILE"; else es_restore "$FILE" "$FORCE"; fi
  exit $?
fi

command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required (dotnet not found on PATH)." >&2; exit 1; }
# shellcheck source=.devtools/postgres.sh
source .devtools/postgres.sh

PG_PORT="${ENERGYSAVING_PG_PORT:-55432}"
PG_DIR="$ROOT/.pgdata/cluster"
PG_LOCAL_STARTED=0
if [ -z "${ConnectionStrings__Default:-}" ]; then
  pg_local_start "$PG_DIR" "$PG_PORT"
  pg_create_database "$PG_PORT" energysaving
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$PG_PORT;Database=energysaving;Username=postgres;Password=$PGPASSWORD"
else
  echo "Using the database of ConnectionStrings__Default."
fi

export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export EnergySaving__Admin__Email="${EnergySaving__Admin__Email:-admin@energysaving.example}"
export EnergySaving__Admin__Password="${EnergySaving__Admin__Password:-TietKiem!2026}"
export EnergySaving__Demo__Load="$DEMO"
export EnergySaving__Demo__SeedDataPath="$ROOT/seed-data"

echo "Building the API ..."
dotnet build src/EnergySaving.Api -c Release -v quiet -nologo -clp:ErrorsOnly

cleanup() {
  if [ "$PG_LOCAL_STARTED" = "1" ]; then
    echo "Stopping the local PostgreSQL cluster (data kept in $PG_DIR) ..."
    pg_local_stop "$PG_DIR"
  fi
}
trap cleanup EXIT

BASE_URL="${ASPNETCORE_URLS%%;*}"
echo
echo "EnergySaving API   $BASE_URL"
echo "Swagger UI         $BASE_URL/swagger"
echo "Health             $BASE_URL/health/live  $BASE_URL/health/ready"
echo "Hangfire dashboard $BASE_URL/hangfire (admins)"
echo "Admin              $EnergySaving__Admin__Email"
if [ "$DEMO" = "true" ]; then
  echo "Demo accounts (password TietKiem!2026):"
  echo "  admin     $EnergySaving__Admin__Email (password from EnergySaving__Admin__Password, default TietKiem!2026)"
  echo "  analyst   analyst@energysaving.example"
  echo "  trainer   trainer@energysaving.example"
  echo "  reporter  reporter@energysaving.example (bound to the first two demo facilities)"
fi
echo "Press Ctrl-C to stop."
echo

cd src/EnergySaving.Api
dotnet bin/Release/net10.0/EnergySaving.Api.dll &
API_PID=$!
# A background job of a script ignores SIGINT, so Ctrl-C (or a TERM from a supervisor) is passed on as
# SIGTERM, which the API answers with a graceful shutdown; then the EXIT trap stops the cluster.
trap 'kill -TERM $API_PID 2>/dev/null || true' INT TERM
wait $API_PID || true
wait $API_PID 2>/dev/null || true
