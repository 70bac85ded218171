# Shared by run.sh and .ci/run: a project-local PostgreSQL cluster from the machine's binaries.
# Source it, then call pg_local_start DIR PORT. Works as root (through the postgres OS user) and as
# an ordinary user. The cluster's data stays in DIR between runs.
# The superuser signs in with a password (scram-sha-256, never trust: any local OS user could connect
# otherwise): a random one made on first start and kept next to DIR in postgres-password, readable only
# by the user running the script. pg_local_start exports it as PGPASSWORD for psql and createdb.

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
  local pwfile; pwfile="$(pg_password_file "$dir")"
  if [ -f "$dir/PG_VERSION" ] && [ ! -s "$pwfile" ] && ! pg_hba_trusts "$dir"; then
    echo "The cluster in $dir needs its password file $pwfile, which is missing. Remove $dir to start afresh." >&2
    return 1
  fi
  local password; password="$(pg_local_password "$dir")"
  if [ ! -f "$dir/PG_VERSION" ]; then
    echo "Creating a PostgreSQL cluster in $dir ..."
    # The password goes through the environment and a pipe the cluster's owner creates (so it can open
    # /dev/stdin), never on a command line or into a file.
    PG_INIT_PASSWORD="$password" pg_as_owner sh -c 'printf "%s\n" "$PG_INIT_PASSWORD" | exec "$@"' initdb \
      "$bin/initdb" -D "$dir" -U postgres --auth=scram-sha-256 --pwfile=/dev/stdin \
      -E UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
      || { cat "$dir.initdb.log" >&2; return 1; }
  fi
  export PGPASSWORD="$password"
  if pg_as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    echo "PostgreSQL already running from $dir."
    PG_LOCAL_STARTED=0
  else
    pg_as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null \
      || { echo "PostgreSQL failed to start; its log:" >&2; tail -n 30 "$dir/server.log" >&2; return 1; }
    echo "PostgreSQL started on 127.0.0.1:$port (data in $dir)."
    PG_LOCAL_STARTED=1
  fi
  pg_end_trust "$dir" "$port" "$bin"
}

pg_password_file() { echo "$(dirname "$1")/postgres-password"; }

# Prints the cluster's superuser password, creating it on first use in a file only this user can read.
pg_local_password() {
  local file; file="$(pg_password_file "$1")"
  if [ ! -s "$file" ]; then
    (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$file")
  fi
  chmod 600 "$file"
  cat "$file"
}

pg_hba_trusts() { pg_as_owner grep -Eq '^[^#]*[[:space:]]trust([[:space:]]|$)' "$1/pg_hba.conf"; }

# A cluster made by an earlier run.sh trusted every local connection: give the superuser the password
# and switch pg_hba.conf to scram-sha-256, once.
pg_end_trust() {
  local dir="$1" port="$2" bin="$3"
  pg_hba_trusts "$dir" || return 0
  echo "Switching the local cluster from trust to password authentication ..."
  printf "ALTER ROLE postgres PASSWORD '%s';\n" "$PGPASSWORD" \
    | "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -f - >/dev/null
  pg_as_owner sed -i -E 's/([[:space:]])trust([[:space:]]|$)/\1scram-sha-256\2/' "$dir/pg_hba.conf"
  pg_as_owner "$bin/pg_ctl" -D "$dir" reload >/dev/null
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
