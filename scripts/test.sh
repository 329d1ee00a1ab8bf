#!/usr/bin/env bash
# Runs every test of InvoiceHub against a real PostgreSQL: the one in INVOICEHUB_TEST_CONNECTION (a superuser
# connection string, e.g. Host=...;Username=...;Password=...;Database=postgres) or else a private cluster this
# script installs and starts in .data/test (INVOICEHUB_TEST_DATA_DIR, INVOICEHUB_TEST_PG_PORT override).
# Builds with warnings as errors, then runs all test projects; each integration test class gets its own database.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
# shellcheck source=lib/postgres.sh
source "$repo/scripts/lib/postgres.sh"

# Native parts the tests use: Chromium for browser tests, poppler for PDF fixtures.
missing=()
# npm restores the pages' client libraries (Bootstrap, htmx) during the build.
command -v npm >/dev/null || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# Forwarding: the tests' real SMTP server, and the font PDFsharp renders invoices with.
[ -d /usr/lib/python3/dist-packages/aiosmtpd ] || missing+=(python3-aiosmtpd)
# The OCR intake tests turn and add noise to rasterised corpus pages (a scan) with ImageMagick.
[ -x /usr/bin/convert ] || missing+=(imagemagick)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
# Validation: the official EN 16931 XSLT runs on Saxon-HE (and a Java runtime) in OfficialAgreementTests.
[ -f /usr/share/java/Saxon-HE.jar ] || missing+=(libsaxonhe-java)
command -v java >/dev/null || missing+=(default-jre-headless)
# shellcheck source=lib/ocr.sh
source "$repo/scripts/lib/ocr.sh"
mapfile -t -O "${#missing[@]}" missing < <(ocr_missing_packages | grep -vx poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  if [ "$(id -u)" -ne 0 ]; then echo "not root: install ${missing[*]} first" >&2; exit 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

pg_ensure_installed
export INVOICEHUB_PG_BIN=$PG_BIN
if [ -z "${INVOICEHUB_TEST_CONNECTION:-}" ]; then
  test_data=${INVOICEHUB_TEST_DATA_DIR:-$repo/.data/test}
  # Test data is disposable: skip fsync for speed.
  PG_FSYNC=off pg_start "$test_data/postgres" "${INVOICEHUB_TEST_PG_PORT:-}"
  trap 'pg_stop "$test_data/postgres"' EXIT
  export INVOICEHUB_TEST_CONNECTION=$INVOICEHUB_PG_CONNECTION
fi

dotnet tool restore >/dev/null
dotnet build InvoiceHub.sln -c Release --nologo -v quiet  # TreatWarningsAsErrors comes from Directory.Build.props

results="$repo/.data/test-results"
rm -rf "$results"
status=0
dotnet test InvoiceHub.sln -c Release --no-build --nologo --logger "trx" --logger "console;verbosity=normal" \
  --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true || status=$?

# One closing line over all test projects, read from the TRX files.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  total=$(echo "$counters" | sed -n 's/.* total="\([0-9]*\)".*/\1/p')
  executed=$(echo "$counters" | sed -n 's/.* executed="\([0-9]*\)".*/\1/p')
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + total - executed))
done
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
# The failures again at the very end, where a log that keeps only its tail still shows them.
if [ "$failed" -gt 0 ]; then
  python3 "$repo/scripts/lib/trx_failures.py" "$results"/*.trx || true
fi
exit $status
