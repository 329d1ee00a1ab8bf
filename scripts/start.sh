#!/usr/bin/env bash
# Starts InvoiceHub for trying it out: a private PostgreSQL (installed and provisioned on first use, unless
# ConnectionStrings__InvoiceHub points at one), the web app in Development with demo data, and the first admin's
# credentials printed once the app is ready. Run it again and it reuses the cluster and data; Ctrl-C stops both.
#
#   scripts/start.sh            environment: INVOICEHUB_DATA_DIR (default .data), INVOICEHUB_HTTP_PORT (default 5080),
#                               INVOICEHUB_PG_PORT (default: the cluster's previous port, else a free one from 55432)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data_dir=${INVOICEHUB_DATA_DIR:-$repo/.data}
# shellcheck source=lib/postgres.sh
source "$repo/scripts/lib/postgres.sh"

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

announce() {
  for _ in $(seq 1 600); do
    if curl -fsS "$url/health/ready" >/dev/null 2>&1; then
      cat <<BANNER

  ============================================================
   InvoiceHub is running at $url
   Sign in as:  $Bootstrap__AdminEmail
   Password:    $Bootstrap__AdminPassword
   Demo users:  bookkeeper@demo.invoicehub.local, accountant@demo.invoicehub.local
                (password Demo-Password-2026)
   API:         $url/api/reference    Health: $url/health/ready
   Stop with Ctrl-C.
  ============================================================

BANNER
      return 0
    fi
    sleep 0.5
  done
  echo "InvoiceHub did not become ready at $url within 5 minutes" >&2
}
announce &

echo "Building and starting InvoiceHub on $url ..."
dotnet run --project "$repo/src/InvoiceHub.Web" -c Release --no-launch-profile --urls "$url"
