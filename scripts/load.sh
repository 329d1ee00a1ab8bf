#!/usr/bin/env bash
# Load test of the archive connector: publishes the app, runs it in Production against a private PostgreSQL
# (fsync on, like a real server), issues an API key, then pushes corpus invoices with distinct numbers at
# concurrency 16 and prints throughput and latency percentiles. Stops everything when done.
#
#   scripts/load.sh        environment: LOAD_CONCURRENCY (16), LOAD_SECONDS (30), LOAD_WARMUP (5),
#                          INVOICEHUB_SHARED (../shared), INVOICEHUB_LOAD_DATA_DIR (.data/load),
#                          LOAD_FORWARDING=webhook (a local webhook receiver, the tenant's webhook channel on, and after
#                          the push a check that every archived invoice was delivered exactly once, with the lag p50/p95),
#                          LOAD_NO_PUBLISH=1 (reuse the app published by the previous run)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
# shellcheck source=lib/postgres.sh
source "$repo/scripts/lib/postgres.sh"
data=${INVOICEHUB_LOAD_DATA_DIR:-$repo/.data/load}
shared=${INVOICEHUB_SHARED:-$repo/../shared}
mkdir -p "$data"

pg_start "$data/postgres"
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  pg_stop "$data/postgres"
}
trap cleanup EXIT

# Earlier runs' databases go first: each run starts from the same empty cluster, not from one carrying their rows.
for old in $(PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -h 127.0.0.1 -p "$INVOICEHUB_PG_PORT" -U invoicehub -d postgres -Atc \
    "SELECT datname FROM pg_database WHERE datname LIKE 'invoicehub_load_%'"); do
  PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -h 127.0.0.1 -p "$INVOICEHUB_PG_PORT" -U invoicehub -d postgres -qc "DROP DATABASE \"$old\""
done
database="invoicehub_load_$(date +%s)"
connection="${INVOICEHUB_PG_CONNECTION/Database=postgres/Database=$database}"
if [ "${LOAD_NO_PUBLISH:-}" != 1 ] || [ ! -f "$data/app/InvoiceHub.Web.dll" ]; then
  echo "Publishing the app (Release) ..."
  dotnet publish src/InvoiceHub.Web -c Release -o "$data/app" --nologo -v quiet
  dotnet build tests/InvoiceHub.LoadTest -c Release --nologo -v quiet
fi

port=$(pg_pick_port 5180)
source "$repo/scripts/lib/certificate.sh"
certificate=$(dp_certificate "$data")
rm -rf "$data/documents"
# Run from the publish folder, as a deployment would: the content root must not contain the database or the
# document store, or the host's file watchers wake up on every write.
(cd "$data/app" && DOTNET_PerfMapEnabled=${DOTNET_PerfMapEnabled:-0} DOTNET_EnableWriteXorExecute=${DOTNET_EnableWriteXorExecute:-1} ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__InvoiceHub="$connection" Storage__DocumentsPath="$data/documents" \
  Bootstrap__AdminPassword="Load-Test-Admin-1" Hangfire__WorkerCount=1 AllowedHosts="127.0.0.1" DataProtection__CertificatePath="$certificate" \
  ForwardedHeaders__Enabled=true ForwardedHeaders__KnownProxies=127.0.0.1 Forwarding__PublicBaseUrl="http://127.0.0.1:$port" \
  exec dotnet InvoiceHub.Web.dll --urls "http://127.0.0.1:$port" > "$data/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 360); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null

# The admin signs in "over HTTPS" through the trusted local proxy address (ForwardedHeaders above) to switch the webhook on.
forwarding=()
[ "${LOAD_FORWARDING:-}" = webhook ] && forwarding=(--webhook on --admin-password "Load-Test-Admin-1")
echo "forwarding: ${LOAD_FORWARDING:-off}"
key=$(dotnet run --project tests/InvoiceHub.LoadTest -c Release --no-build -- issue-key --connection "$connection")
dotnet run --project tests/InvoiceHub.LoadTest -c Release --no-build -- push --url "http://127.0.0.1:$port" --api-key "$key" \
  --app-pid "$app_pid" --connection "$connection" --corpus "$shared/corpus" --concurrency "${LOAD_CONCURRENCY:-16}" --seconds "${LOAD_SECONDS:-30}" --warmup "${LOAD_WARMUP:-5}" \
  ${forwarding[@]+"${forwarding[@]}"}
