#!/usr/bin/env bash
# The banner that ends `scripts/start.sh`: where the app runs, who signs in, the demo API key on the first start.
# Sourced by start.sh; a test runs it too (tests/InvoiceHub.IntegrationTests/Platform/StartBannerTests.cs).
#
# print_banner URL ADMIN_EMAIL ADMIN_PASSWORD KEY_FILE
#   KEY_FILE holds the demo API key when the app has just created it (first start); it is shown once and deleted.
print_banner() {
  local url=$1 email=$2 password=$3 key_file=$4
  local key_line="   Demo API key: shown at the first start; regenerate it at $url/admin/credentials"
  if [ -s "$key_file" ]; then
    key_line="   Demo API key: $(cat "$key_file")   (user demo-billing; shown once, note it now)"
    rm -f "$key_file"
  fi
  cat <<BANNER

  ============================================================
   InvoiceHub is running at $url
   Sign in as:  $email
   Password:    $password
                (Admin of the demo tenant "Nordlicht Handel GmbH" and of "Default")
   Demo users:  bookkeeper@demo.invoicehub.local, accountant@demo.invoicehub.local
                (password Demo-Password-2026)
$key_line
   API keys:    $url/admin/credentials (create, regenerate, revoke)
   API:         $url/api/reference    Health: $url/health/ready
   Stop with Ctrl-C (or SIGTERM to this script).
  ============================================================

BANNER
}
