# Provisions a private PostgreSQL cluster for InvoiceHub: sourced by start.sh and test.sh, also runnable as
#   scripts/lib/postgres.sh start|stop|status DATA_DIR [PORT]
# A cluster lives in DATA_DIR (git-ignored) with its port and password beside it, so a second run reuses it.

set -euo pipefail

pg_log() { printf '[postgres] %s\n' "$*" >&2; }

pg_find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

# Installs Debian's PostgreSQL when it is missing (needs root, as on the project's machines).
pg_ensure_installed() {
  if PG_BIN=$(pg_find_bin); then export PG_BIN; return 0; fi
  pg_log "PostgreSQL is not installed; installing the Debian package (needs root)..."
  if [ "$(id -u)" -ne 0 ]; then pg_log "not root: install it with 'sudo apt-get install postgresql' and run again"; return 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  PG_BIN=$(pg_find_bin) || { pg_log "installation finished but initdb was not found"; return 1; }
  export PG_BIN
}

# Runs a PostgreSQL server binary as the cluster owner: initdb and postgres refuse to run as root.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pg_pick_port() {
  local port=${1:-55432}
  while ! pg_port_free "$port"; do port=$((port + 1)); done
  echo "$port"
}

# Root runs the server as 'postgres', which must be able to reach the data folder; when the folder sits below a
# directory it cannot enter (say /root), the cluster goes to /var/lib/invoicehub instead and a link points there.
pg_resolve_data_dir() {
  local requested; requested=$(realpath -m "$1")
  mkdir -p "$(dirname "$requested")"
  if [ "$(id -u)" -ne 0 ] || runuser -u postgres -- test -x "$(dirname "$requested")" 2>/dev/null; then
    echo "$requested"; return 0
  fi
  local fallback="/var/lib/invoicehub/$(printf '%s' "$requested" | sha256sum | cut -c1-16)"
  mkdir -p "$fallback"
  echo "$fallback"
}

# pg_start DATA_DIR [PORT]: initialises the cluster on first use, starts it, and exports
# INVOICEHUB_PG_PORT, INVOICEHUB_PG_CONNECTION (superuser, database postgres) and PG_DATA_DIR.
pg_start() {
  local requested=$1 wanted_port=${2:-}
  pg_ensure_installed
  local data; data=$(pg_resolve_data_dir "$requested")
  local cluster="$data/cluster" state="$data/cluster.env"
  mkdir -p "$data"

  if [ ! -f "$cluster/PG_VERSION" ]; then
    pg_log "creating a new cluster in $cluster"
    local password; password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
    local pwfile; pwfile=$(mktemp)
    printf '%s\n' "$password" > "$pwfile"
    mkdir -p "$cluster"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$data" "$cluster" "$pwfile"; fi
    chmod 700 "$cluster"
    pg_as_owner "$PG_BIN/initdb" -D "$cluster" -U invoicehub --pwfile="$pwfile" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
    printf 'PG_PASSWORD=%s\n' "$password" > "$state"
    chmod 600 "$state"
  fi

  # shellcheck disable=SC1090
  source "$state"
  local port=${wanted_port:-${PG_PORT:-}}
  if pg_as_owner "$PG_BIN/pg_ctl" -D "$cluster" status >/dev/null 2>&1; then
    port=$(sed -n '4p' "$cluster/postmaster.pid")
    pg_log "cluster already running on port $port"
  else
    if [ -z "$port" ] || ! pg_port_free "$port"; then port=$(pg_pick_port "${port:-55432}"); fi
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$data"; fi
    pg_as_owner "$PG_BIN/pg_ctl" -D "$cluster" -l "$data/postgres.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $cluster -c max_connections=300 -c fsync=${PG_FSYNC:-on}" start >/dev/null
    pg_log "started on 127.0.0.1:$port (log: $data/postgres.log)"
  fi
  sed -i '/^PG_PORT=/d' "$state"; printf 'PG_PORT=%s\n' "$port" >> "$state"

  export PG_DATA_DIR=$data INVOICEHUB_PG_PORT=$port
  export INVOICEHUB_PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=invoicehub;Password=$PG_PASSWORD;Database=postgres"
}

pg_stop() {
  local data; data=$(pg_resolve_data_dir "$1")
  pg_ensure_installed
  if [ -f "$data/cluster/PG_VERSION" ] && pg_as_owner "$PG_BIN/pg_ctl" -D "$data/cluster" status >/dev/null 2>&1; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$data/cluster" -m fast -w stop >/dev/null && pg_log "stopped"
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  command=${1:?usage: postgres.sh start|stop|status DATA_DIR [PORT]}
  case "$command" in
    start) pg_start "${2:?DATA_DIR}" "${3:-}"; echo "$INVOICEHUB_PG_CONNECTION" ;;
    stop) pg_stop "${2:?DATA_DIR}" ;;
    status) pg_ensure_installed; pg_as_owner "$PG_BIN/pg_ctl" -D "$(pg_resolve_data_dir "${2:?DATA_DIR}")/cluster" status ;;
    *) echo "unknown command $command" >&2; exit 2 ;;
  esac
fi
