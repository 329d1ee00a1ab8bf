#!/usr/bin/env bash
# Starts InvoiceHub for trying it out: a private PostgreSQL (installed and provisioned on first use, unless
# ConnectionStrings__InvoiceHub points at one), the web app in Development with demo data, and the first admin's
# credentials printed once the app is ready. Run it again and it reuses the cluster and data; Ctrl-C or SIGTERM stops both.
#
#   scripts/start.sh            environment: INVOICEHUB_DATA_DIR (default .data), INVOICEHUB_HTTP_PORT (default 5080),
#                               INVOICEHUB_PG_PORT (default: the cluster's previous port, else a free one from 55432)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data_dir=${INVOICEHUB_DATA_DIR:-$repo/.data}
# shellcheck source=lib/postgres.sh
source "$repo/scripts/lib/postgres.sh"
# shellcheck source=lib/ocr.sh
source "$repo/scripts/lib/ocr.sh"
ocr_ensure_installed

# npm restores the pages' client libraries (Bootstrap, htmx) during the build.
# npm restores the CSS/JS packages at build time; openssl makes the local data-protection certificate.
needed=()
command -v npm >/dev/null || needed+=(npm)
command -v openssl >/dev/null || needed+=(openssl)
if [ ${#needed[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "not root: install ${needed[*]} first" >&2; exit 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null
fi

mkdir -p "$data_dir"
if [ -z "${ConnectionStrings__InvoiceHub:-}" ]; then
  pg_start "$data_dir/postgres" "${INVOICEHUB_PG_PORT:-}"
  trap 'pg_stop "$data_dir/postgres"' EXIT
  export ConnectionStrings__InvoiceHub="${INVOICEHUB_PG_CONNECTION/Database=postgres/Database=invoicehub}"
fi

# A stable admin password for this checkout, generated on first start and kept in the git-ignored data folder.
password_file="$data_dir/admin-password"
if [ -z "${Bootstrap__AdminPassword:-}" ]; then
  if [ ! -s "$password_file" ]; then
    printf 'Admin-%s\n' "$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 14)" > "$password_file"
    chmod 600 "$password_file"
  fi
  export Bootstrap__AdminPassword=$(cat "$password_file")
fi
export Bootstrap__AdminEmail=${Bootstrap__AdminEmail:-admin@invoicehub.local}

port=${INVOICEHUB_HTTP_PORT:-5080}
if ! pg_port_free "$port"; then port=$(pg_pick_port "$port"); fi
url="http://127.0.0.1:$port"

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export DemoData__Enabled=${DemoData__Enabled:-true}
export Storage__DocumentsPath=${Storage__DocumentsPath:-$data_dir/documents}
# Data-protection keys are encrypted at rest; locally with a certificate made once per checkout.
source "$repo/scripts/lib/certificate.sh"
export DataProtection__CertificatePath=${DataProtection__CertificatePath:-$(dp_certificate "$data_dir")}

# The demo API key exists in plain text once, when the first start creates it: the app writes it here and the banner
# shows it (and deletes the file). Later starts point to the credentials page, where a key can be regenerated.
key_file="$data_dir/demo-api-key"
export DemoData__KeyFile=${DemoData__KeyFile:-$key_file}

source "$repo/scripts/lib/banner.sh"
announce() {
  for _ in $(seq 1 600); do
    if curl -fsS "$url/health/ready" >/dev/null 2>&1; then
      # Let the app finish its start-up lines, so the banner is the last thing printed.
      sleep 1
      print_banner "$url" "$Bootstrap__AdminEmail" "$Bootstrap__AdminPassword" "$key_file"
      return 0
    fi
    sleep 0.5
  done
  echo "InvoiceHub did not become ready at $url within 5 minutes" >&2
}

echo "Building InvoiceHub ..."
dotnet build "$repo/src/InvoiceHub.Web" -c Release --nologo -v quiet
echo "Starting InvoiceHub on $url ..."
# The app runs as a child of this script (not under `dotnet run`, which does not pass SIGTERM on), so that Ctrl-C and a
# SIGTERM from a supervisor both stop it cleanly before the EXIT trap stops PostgreSQL.
(cd "$repo/src/InvoiceHub.Web" && exec dotnet "bin/Release/net10.0/InvoiceHub.Web.dll" --urls "$url") &
app_pid=$!
announce &
announce_pid=$!
stop_app() {
  kill -TERM "$app_pid" 2>/dev/null || true
}
trap stop_app INT TERM
status=0
wait "$app_pid" || status=$?
# A trapped signal interrupts the first wait; wait again for the app to finish shutting down.
if kill -0 "$app_pid" 2>/dev/null; then wait "$app_pid" || status=$?; fi
kill "$announce_pid" 2>/dev/null || true
exit "$status"
