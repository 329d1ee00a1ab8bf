#!/usr/bin/env bash
# Measures the archive search at scale (docs/archive-search.md): publishes the app, runs it in Production against a
# private PostgreSQL (fsync on), seeds ARCHIVE_COUNT invoices with scripts/seed-archive.sh, then calls
# GET /api/v1/documents for each search kind ARCHIVE_RUNS times with varying values and prints p50 / p95 / max of
# the response time measured by curl on the same machine (server time plus a localhost round trip). Finally it
# prints each kind's plan as PostgreSQL executed it (auto_explain with ANALYZE, one call per kind).
#
#   scripts/archive-search-bench.sh     environment: ARCHIVE_COUNT (100000), ARCHIVE_RUNS (40),
#                                       INVOICEHUB_ARCHIVE_DATA_DIR (.data/archive-search), ARCHIVE_PLANS (1: print plans)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
# shellcheck source=lib/postgres.sh
source "$repo/scripts/lib/postgres.sh"
data=${INVOICEHUB_ARCHIVE_DATA_DIR:-$repo/.data/archive-search}
count=${ARCHIVE_COUNT:-100000}
runs=${ARCHIVE_RUNS:-40}
mkdir -p "$data"

pg_start "$data/postgres"
app_pid=""
sql() { PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -h 127.0.0.1 -p "$INVOICEHUB_PG_PORT" -U invoicehub -d postgres -qAtc "$1"; }
# ALTER SYSTEM must run outside a transaction: one -c each, in one session that has loaded auto_explain.
system() {
  local args=(-c "LOAD 'auto_explain'")
  for setting in "$@"; do args+=(-c "ALTER SYSTEM $setting"); done
  PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -h 127.0.0.1 -p "$INVOICEHUB_PG_PORT" -U invoicehub -d postgres -qAt "${args[@]}" -c "SELECT pg_reload_conf()" >/dev/null
}
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  system "RESET ALL" || true
  pg_stop "$data/postgres"
}
trap cleanup EXIT

# Plans are logged by auto_explain, loaded into every session but silent until the plan pass switches it on.
system "SET session_preload_libraries = 'auto_explain'" "SET auto_explain.log_min_duration = -1"

for old in $(sql "SELECT datname FROM pg_database WHERE datname LIKE 'invoicehub_archive_%'"); do sql "DROP DATABASE \"$old\""; done
database="invoicehub_archive_$(date +%s)"
connection="${INVOICEHUB_PG_CONNECTION/Database=postgres/Database=$database}"
echo "Publishing the app (Release) ..."
dotnet publish src/InvoiceHub.Web -c Release -o "$data/app" --nologo -v quiet
dotnet build tests/InvoiceHub.LoadTest -c Release --nologo -v quiet

port=$(pg_pick_port 5190)
# shellcheck source=lib/certificate.sh
source "$repo/scripts/lib/certificate.sh"
certificate=$(dp_certificate "$data")
(cd "$data/app" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__InvoiceHub="$connection" Storage__DocumentsPath="$data/documents" \
  Bootstrap__AdminPassword="Archive-Bench-Admin-1" Hangfire__WorkerCount=1 AllowedHosts=127.0.0.1 DataProtection__CertificatePath="$certificate" \
  exec dotnet InvoiceHub.Web.dll --urls "http://127.0.0.1:$port" > "$data/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 240); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null

PG_BIN=$PG_BIN scripts/seed-archive.sh "$connection" "$count"
key=$(dotnet run --project tests/InvoiceHub.LoadTest -c Release --no-build -- issue-key --connection "$connection")
base="http://127.0.0.1:$port/api/v1/documents"

# Each kind: a name and a query string with N where the run number varies the value.
kinds=(
  "number (invoice number)|number=RE-202%Y/%7N"
  "number (internal number)|number=SEED-P-%7N"
  "party (name part)|party=%PARTY"
  "party (account number)|party=7%4N"
  "date range (1 month), newest first|from=2024-%MM-01&to=2024-%MM-28&sort=date&order=desc"
  "amount range, largest first|min=%AMOUNT&max=%AMOUNT2&sort=amount&order=desc"
  "status in_progress|status=in_progress&order=desc"
  "payment status paid|paymentStatus=paid&order=desc"
  "direction sales|direction=sales&order=desc"
  "recognition source|source=%SOURCE&order=desc"
  "free text, one word|q=%WORD"
  "free text, two words|q=%WORD+%WORD2"
  "free text + dates + direction|q=%WORD&from=2023-01-01&to=2023-12-31&direction=purchase&order=desc"
  "no filter, newest first|order=desc"
  "sorted by party name|sort=party"
  "sorted by invoice number, descending|sort=number&order=desc"
)
words=(schrauben heizöl beratung kaffee toner hosting fisk laks transport reinigung stahlträger monitor nordsee müller wartung)
parties=("Müller Bau" "nordsee" "Hansen Fisk" "Weber" "Technik GmbH" "Jensen Holz" "Alpen" "Rhein Energie")
sources=(xrechnung zugferd peppol oioubl ubl)

fill() { # query template, run number -> query string
  local q=$1 n=$2
  local urlword; urlword=$(printf '%s' "${words[$((n % ${#words[@]}))]}" | jq -sRr @uri)
  local urlword2; urlword2=$(printf '%s' "${words[$(((n * 7 + 3) % ${#words[@]}))]}" | jq -sRr @uri)
  local urlparty; urlparty=$(printf '%s' "${parties[$((n % ${#parties[@]}))]}" | jq -sRr @uri)
  local seq=$(( (n * 2477) % count + 1 ))
  q=${q//%Y/$((2 + seq % 5))}
  q=${q//%7N/$(printf '%07d' "$seq")}
  q=${q//%4N/$(printf '%04d' $(( (n * 37) % 2000 )))}
  q=${q//%MM/$(printf '%02d' $(( n % 12 + 1 )))}
  q=${q//%AMOUNT2/$(( (n * 97) % 4000 + 150 ))}
  q=${q//%AMOUNT/$(( (n * 97) % 4000 + 100 ))}
  q=${q//%PARTY/$urlparty}
  q=${q//%SOURCE/${sources[$((n % ${#sources[@]}))]}}
  q=${q//%WORD2/$urlword2}
  q=${q//%WORD/$urlword}
  printf '%s' "$q"
}

call() { curl -sS -o "$data/last.json" -w '%{http_code} %{time_total}\n' -H "X-Api-Key: $key" "$base?$1"; }

# Warm up: the first calls compile and fill caches in the app and the database.
for i in $(seq 1 3); do for kind in "${kinds[@]}"; do call "$(fill "${kind#*|}" "$i")" >/dev/null; done; done

printf '\n%-48s %8s %8s %8s %6s\n' "search kind ($runs calls each, limit 50)" "p50 ms" "p95 ms" "max ms" "hits"
for kind in "${kinds[@]}"; do
  times=(); hits=0
  for i in $(seq 1 "$runs"); do
    read -r status seconds < <(call "$(fill "${kind#*|}" "$i")")
    [ "$status" = 200 ] || { echo "HTTP $status for ${kind%%|*}: $(cat "$data/last.json")" >&2; exit 1; }
    times+=("$seconds")
    hits=$((hits + $(jq '.items | length' "$data/last.json")))
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -g)
  pick() { echo "$sorted" | sed -n "$1p"; }
  p50=$(pick $(( (runs + 1) / 2 ))); p95=$(pick $(( (runs * 95 + 99) / 100 ))); max=$(pick "$runs")
  printf '%-48s %8.1f %8.1f %8.1f %6d\n' "${kind%%|*}" "$(echo "$p50 * 1000" | bc)" "$(echo "$p95 * 1000" | bc)" "$(echo "$max * 1000" | bc)" $((hits / runs))
done

# Second pages follow the cursor of the first (keyset paging), in a few orders.
printf '\nsecond pages (cursor):\n'
for q in "order=desc" "sort=date&order=desc" "sort=amount" "q=schrauben&order=desc"; do
  call "$q" >/dev/null
  next=$(jq -r '.next' "$data/last.json")
  read -r status seconds < <(call "$q&after=$(printf '%s' "$next" | jq -sRr @uri)")
  printf '  %-40s HTTP %s %6.1f ms\n' "$q" "$status" "$(echo "$seconds * 1000" | bc)"
done

if [ "${ARCHIVE_PLANS:-1}" = 1 ]; then
  log="$data/postgres/postgres.log"
  system "SET auto_explain.log_min_duration = 0" "SET auto_explain.log_analyze = on" "SET auto_explain.log_buffers = on"
  sleep 1
  for kind in "${kinds[@]}"; do
    start=$(stat -c %s "$log")
    call "$(fill "${kind#*|}" 5)" >/dev/null
    sleep 0.3
    printf '\n### %s: ?%s\n' "${kind%%|*}" "$(fill "${kind#*|}" 5)"
    # The search's statement only (Hangfire's polling is logged too): each logged plan is collected with its query text
    # (EF wraps the handler's SQL in its own paging SELECT over several lines) and printed if it is the search's.
    tail -c +"$((start + 1))" "$log" | awk -v want='invoices[.]documents d WHERE d[.]tenant_id' '
      function flush() { if (entry ~ want) printf "%s", entry; entry = ""; on = 0 }
      / LOG: +duration: .* plan:/ { flush(); on = 1; next }
      on && /^[ \t]/ { entry = entry $0 "\n"; next }
      { flush() }
      END { flush() }'
  done
  system "SET auto_explain.log_min_duration = -1"
fi
