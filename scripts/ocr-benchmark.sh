#!/usr/bin/env bash
# OCR throughput on this machine: a full A4 invoice page at 300 dpi (page 1 of the corpus's EN16931_Einfach
# visualisation, rendered into a temporary folder), sent N times (default 20) to the engine pool, once with
# OMP_THREAD_LIMIT=1 (the default) and once with Tesseract's OpenMP threads on.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
pages=${1:-20}
pdf=${INVOICEHUB_SHARED:-$repo/../shared}/corpus/zugferd/EN16931_Einfach/EN16931_Einfach.pdf
[ -f "$pdf" ] || { echo "corpus not found: $pdf (set INVOICEHUB_SHARED)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pdftoppm -r 300 -gray -png -f 1 -l 1 "$pdf" "$work/page"
page=$(ls "$work"/page-*.png)
dotnet build tests/InvoiceHub.Benchmarks -c Release --nologo -v quiet
bench=tests/InvoiceHub.Benchmarks/bin/Release/net10.0/InvoiceHub.Benchmarks
"$bench" ocr "$page" "$pages"
"$bench" ocr "$page" "$pages" --openmp
