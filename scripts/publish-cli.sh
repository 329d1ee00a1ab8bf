#!/usr/bin/env bash
# The fast command-line build (docs/cli.md, "Speed"): a Native AOT `invoicehub` in OUT (default out/cli) for parse,
# convert, validate and recognize, and the ReadyToRun build in OUT/managed, which the native one runs for `migrate`
# (EF Core and Npgsql cannot be compiled ahead of time).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out/cli}"

# Native AOT links with clang and zlib.
missing=()
command -v clang >/dev/null || missing+=(clang)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  if [ "$(id -u)" -ne 0 ]; then echo "not root: install ${missing[*]} first" >&2; exit 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# One after the other: both builds share the project's obj folder (each restores for itself).
dotnet publish src/InvoiceHub.Cli -c Release -r linux-x64 -o "$out/managed"
dotnet publish src/InvoiceHub.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out"
echo "native build: $out/invoicehub (migrate runs $out/managed/invoicehub)"
