#!/usr/bin/env bash
# Measures the server time of the in-progress queue page with 10,000 queued invoices (issue 11: < 150 ms).
# Starts a private PostgreSQL (or uses INVOICEHUB_TEST_CONNECTION), runs the app in Release against a fresh database,
# seeds QUEUE_SIZE (10000) queued purchase invoices with SQL, signs in through the real form and times each page
# variant (default, sorted by amount, text search, reason filter, page 100) over ROUNDS (50) requests with curl on
# localhost. Prints p50 / p95 / max per variant.
#
#   scripts/queue-timing.sh            environment: QUEUE_SIZE, ROUNDS, INVOICEHUB_TIMING_PORT (default 5190)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
# shellcheck source=lib/postgres.sh
source "$repo/scripts/lib/postgres.sh"
size=${QUEUE_SIZE:-10000}
rounds=${ROUNDS:-50}
port=${INVOICEHUB_TIMING_PORT:-5190}
work=$(mktemp -d)

pg_ensure_installed
if [ -z "${INVOICEHUB_TEST_CONNECTION:-}" ]; then
  PG_FSYNC=off pg_start "$repo/.data/timing/postgres"
  INVOICEHUB_TEST_CONNECTION=$INVOICEHUB_PG_CONNECTION
fi
database="ih_queue_timing_$$"
server=${INVOICEHUB_TEST_CONNECTION/Database=postgres/Database=$database}
psql_url() { # key=value connection string -> psql arguments
  local host port user password db
  host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$1"); port=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$1")
  user=$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$1"); password=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$1")
  db=$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<<"$1")
  echo "postgresql://$user:$password@$host:${port:-5432}/$db"
}
psql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql "$(psql_url "$INVOICEHUB_TEST_CONNECTION")" -c "CREATE DATABASE $database"

password="Timing-Password-1"
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  psql "$(psql_url "$INVOICEHUB_TEST_CONNECTION")" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/InvoiceHub.Web -c Release --nologo -v quiet >/dev/null
# shellcheck source=lib/certificate.sh
source "$repo/scripts/lib/certificate.sh"
certificate=$(dp_certificate "$work")
# Production pages need HTTPS for their antiforgery tokens: curl plays the TLS-terminating proxy (X-Forwarded-Proto).
ASPNETCORE_ENVIRONMENT=Production AllowedHosts=127.0.0.1 DataProtection__CertificatePath="$certificate" \
  ForwardedHeaders__Enabled=true ForwardedHeaders__KnownProxies=127.0.0.1 \
  ConnectionStrings__InvoiceHub="$server" Bootstrap__AdminEmail=admin@timing.local \
  Bootstrap__AdminPassword=$password Storage__DocumentsPath="$work/documents" Serilog__MinimumLevel__Default=Warning \
  ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet src/InvoiceHub.Web/bin/Release/net10.0/InvoiceHub.Web.dll \
  --contentRoot "$repo/src/InvoiceHub.Web" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "The app did not become ready:" >&2; tail -30 "$work/app.log" >&2; exit 1; }

echo "Seeding $size queued purchase invoices ..."
psql "$(psql_url "$server")" <<SQL
INSERT INTO invoices.documents (id, tenant_id, direction, status, payment_status, sha256, size, content_type, syntax, profile,
  type_code, is_credit_note, invoice_number, number_key, issue_date, currency, net_amount, tax_amount, total_amount,
  counterparty_name, counterparty_key, is_duplicate, received_by, received_at, findings, reasons)
SELECT gen_random_uuid(), t.id, 'Purchase', 'InProgress', 'Unknown', lpad(to_hex(i), 64, '0'), 3000, 'application/xml', 'UBL', 'EN 16931',
  '380', false, 'INV-' || lpad(i::text, 6, '0'), 'INV' || lpad(i::text, 6, '0'), date '2026-01-01' + (i % 300),
  'EUR', (i % 997) * 10.5, (i % 997) * 1.995, (i % 997) * 12.495, 'Supplier ' || (i % 250), 'VAT' || (i % 250), false, 'timing',
  now() - make_interval(secs => i), '[]'::jsonb,
  CASE WHEN i % 3 = 0 THEN '[{"Code":"missing-due-date","Message":"The payment due date is missing."}]'::jsonb
       ELSE '[{"Code":"unknown-supplier","Message":"The supplier could not be matched."}]'::jsonb END
FROM generate_series(1, $size) AS i, accounts.tenants t WHERE t.name = 'Default';
ANALYZE invoices.documents;
SQL

jar="$work/cookies"
export CURL_HOME=$work
echo 'header = "X-Forwarded-Proto: https"' >"$work/.curlrc"
token=$(curl -fs -c "$jar" "http://127.0.0.1:$port/account/signin" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=admin@timing.local" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/account/signin"

measure() {
  local name=$1 path=$2
  for _ in 1 2 3 4 5; do curl -fs -b "$jar" -o /dev/null "http://127.0.0.1:$port$path"; done
  for _ in $(seq 1 "$rounds"); do
    curl -fs -b "$jar" -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$path"
  done | sort -n | awk -v name="$name" '{ t[NR] = $1 * 1000 } END {
    printf "%-22s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d requests)\n", name, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR], NR }'
}
rows=$(curl -fs -b "$jar" "http://127.0.0.1:$port/queue/purchase" | grep -c 'href="/documents/' || true)
echo "Queue page shows $rows rows of $size; timings (curl on localhost, includes the whole server time):"
measure "default (received)" "/queue/purchase"
measure "sorted by amount" "/queue/purchase?sort=Amount&desc=true"
measure "text search" "/queue/purchase?q=INV-0042"
measure "reason filter" "/queue/purchase?reason=missing-due-date"
measure "page 100" "/queue/purchase?p=100"
