# Shared by run.sh and .ci/run: a project-local PostgreSQL cluster from the machine's binaries.
# Source it, then call pg_local_start DIR PORT. Works as root (through the postgres OS user) and as
# an ordinary user. The cluster's data stays in DIR between runs.

pg_find_bin() {
  local v
  for v in 18 17 16 15 14 13; do
    if [ -x "/usr/lib/postgresql/$v/bin/pg_ctl" ]; then echo "/usr/lib/postgresql/$v/bin"; return 0; fi
  done
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return 0; fi
  return 1
}

pg_missing_message() {
  cat >&2 <<'MSG'
PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found.
Install them, for example on Debian/Ubuntu:   sudo apt-get install -y postgresql
(or point the service at an existing server:  export ConnectionStrings__Default="Host=...;Port=...;Database=...;Username=...;Password=...")
MSG
}

# Runs a command as the cluster's owner: the postgres OS user when we are root.
pg_as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_local_start() {
  local dir="$1" port="$2" bin
  bin="$(pg_find_bin)" || { pg_missing_message; return 1; }
  if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
    echo "Running as root needs the 'postgres' OS user (the postgresql package creates it): sudo apt-get install -y postgresql" >&2
    return 1
  fi
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  if [ "$(id -u)" = "0" ]; then
    chown postgres "$dir"
    if ! runuser -u postgres -- test -w "$dir"; then
      echo "The postgres OS user cannot reach $dir (a parent folder is not traversable). Clone the repository elsewhere or set ConnectionStrings__Default." >&2
      return 1
    fi
  fi
  chmod 700 "$dir"
  if [ ! -f "$dir/PG_VERSION" ]; then
    echo "Creating a PostgreSQL cluster in $dir ..."
    pg_as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
      || { cat "$dir.initdb.log" >&2; return 1; }
  fi
  if pg_as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    echo "PostgreSQL already running from $dir."
    PG_LOCAL_STARTED=0
    return 0
  fi
  pg_as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null \
    || { echo "PostgreSQL failed to start; its log:" >&2; tail -n 30 "$dir/server.log" >&2; return 1; }
  echo "PostgreSQL started on 127.0.0.1:$port (data in $dir)."
  PG_LOCAL_STARTED=1
}

pg_local_stop() {
  local dir="$1" bin
  bin="$(pg_find_bin)" || return 0
  pg_as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}

pg_create_database() {
  local port="$1" name="$2" bin
  bin="$(pg_find_bin)" || return 1
  if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$name"
  fi
}
