# Shared by run.sh: backup and restore of the service's database with PostgreSQL's own tools.
# Source it after postgres.sh; pg_connect_env sets PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE from
# ConnectionStrings__Default (Npgsql's "Key=Value;…" form) or for the local cluster.

# Exports the libpq variables of an Npgsql connection string ("Host=…;Port=…;Database=…;Username=…;Password=…").
pg_env_from_connection_string() {
  local cs="$1" pair key value
  IFS=';' read -r -a pairs <<<"$cs"
  for pair in "${pairs[@]}"; do
    [ -n "$pair" ] || continue
    key="$(echo "${pair%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' ')"
    value="${pair#*=}"
    case "$key" in
      host|server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      database|db) export PGDATABASE="$value" ;;
      username|user|userid|"user id") export PGUSER="$value" ;;
      password|pwd) export PGPASSWORD="$value" ;;
    esac
  done
}

# The client tools of the newest PostgreSQL on the machine (pg_dump must not be older than the server).
pg_client_bin() {
  local bin; bin="$(pg_find_bin)" && [ -x "$bin/pg_dump" ] && { echo "$bin"; return 0; }
  command -v pg_dump >/dev/null 2>&1 && { dirname "$(command -v pg_dump)"; return 0; }
  echo "pg_dump and pg_restore were not found: sudo apt-get install -y postgresql-client" >&2
  return 1
}

# backup FILE: a consistent snapshot (pg_dump runs in one repeatable-read transaction, so the service may
# keep running and writing), custom format, compressed. Written to FILE.partial first, then renamed, so a
# failed backup never leaves a file that looks complete.
es_backup() {
  local file="$1" bin; bin="$(pg_client_bin)" || return 1
  mkdir -p "$(dirname "$file")"
  echo "Backing up database '$PGDATABASE' on $PGHOST:$PGPORT to $file ..."
  if ! "$bin/pg_dump" --format=custom --compress=6 --no-owner --file="$file.partial" "$PGDATABASE"; then
    rm -f "$file.partial"
    echo "Backup failed: nothing was written." >&2
    return 1
  fi
  mv "$file.partial" "$file"
  echo "Backup written: $file ($(du -h "$file" | cut -f1))."
}

# restore FILE [--force]: checks that FILE is a whole backup (every byte of it is read first), refuses a
# database that holds tables unless --force, then restores in one transaction: a restore that fails halfway
# leaves the target as it was.
es_restore() {
  local file="$1" force="$2" bin; bin="$(pg_client_bin)" || return 1
  if [ ! -f "$file" ]; then echo "No such backup file: $file" >&2; return 2; fi
  if [ "$(head -c 5 "$file")" != "PGDMP" ]; then
    echo "$file is not a backup made by './run.sh backup' (pg_dump custom format); nothing was restored." >&2
    return 1
  fi
  if ! "$bin/pg_restore" --list "$file" >/dev/null 2>&1; then
    echo "$file is damaged or truncated (its table of contents cannot be read); nothing was restored." >&2
    return 1
  fi
  local check; check="$(mktemp)"
  if ! "$bin/pg_restore" --file=/dev/null "$file" 2>"$check"; then
    echo "$file is damaged or truncated ($(head -n 1 "$check")); nothing was restored." >&2
    rm -f "$check"; return 1
  fi
  rm -f "$check"
  if ! "$bin/psql" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$PGDATABASE'" | grep -q 1; then
    echo "Creating database '$PGDATABASE' ..."
    "$bin/createdb" "$PGDATABASE" || return 1
  fi
  local tables
  tables="$("$bin/psql" -d "$PGDATABASE" -tAc "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")" || return 1
  local clean=()
  if [ "$tables" != "0" ]; then
    if [ "$force" != "--force" ]; then
      echo "Database '$PGDATABASE' on $PGHOST:$PGPORT is not empty ($tables tables): nothing was restored." >&2
      echo "Restore into an empty database, or give --force to replace what it holds (stop the service first)." >&2
      return 1
    fi
    echo "Replacing the $tables tables of '$PGDATABASE' (--force) ..."
    clean=(--clean --if-exists)
  fi
  echo "Restoring $file into '$PGDATABASE' on $PGHOST:$PGPORT ..."
  if ! "$bin/pg_restore" --single-transaction --exit-on-error --no-owner "${clean[@]}" --dbname="$PGDATABASE" "$file"; then
    echo "Restore failed and was rolled back: '$PGDATABASE' is as it was." >&2
    return 1
  fi
  echo "Restored. Start the service (./run.sh): it applies any newer migrations of this release at start."
}
