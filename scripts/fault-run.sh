#!/usr/bin/env bash
# The fault run (docs/development.md): pushes invoices at concurrency 8 into the app (Production, its own process)
# through a PostgreSQL stop and start, a full document store (a tmpfs it fills) and a SIGKILL of the app with a
# restart; then checks that every acknowledged invoice is present and byte-identical, that no number is missing or
# doubled, and that no temporary or orphaned file remains. Needs root (it mounts the tmpfs).
# FAULT_RUN_PHASE_SECONDS (default 15) is the length of each phase.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
# shellcheck source=lib/postgres.sh
source "$repo/scripts/lib/postgres.sh"
if [ "$(id -u)" -ne 0 ]; then echo "The fault run mounts a tmpfs as document store: run it as root." >&2; exit 1; fi

pg_ensure_installed
export INVOICEHUB_PG_BIN=$PG_BIN
# The test project's support code (private clusters, the app as a process) runs the phases; this only sizes them.
if [ -z "${INVOICEHUB_TEST_CONNECTION:-}" ]; then
  PG_FSYNC=off pg_start "$repo/.data/test/postgres" "${INVOICEHUB_TEST_PG_PORT:-}"
  export INVOICEHUB_TEST_CONNECTION=$INVOICEHUB_PG_CONNECTION
fi

export INVOICEHUB_FAULT_RUN_PHASE_SECONDS=${FAULT_RUN_PHASE_SECONDS:-15}
export INVOICEHUB_FAULT_RUN_REPORT="$repo/.data/fault-run.txt"
rm -f "$INVOICEHUB_FAULT_RUN_REPORT"
dotnet build tests/InvoiceHub.IntegrationTests -c Release --nologo -v quiet
status=0
dotnet test tests/InvoiceHub.IntegrationTests -c Release --no-build --nologo --filter "FullyQualifiedName~FaultRunTests" \
  --logger "console;verbosity=normal" || status=$?
echo
cat "$INVOICEHUB_FAULT_RUN_REPORT" 2>/dev/null || echo "no report: the run failed before its checks"
exit $status
