# Makes a self-signed certificate for encrypting the data-protection keys at rest, for local runs only (a deployment
# brings its own): sourced by start.sh and load.sh. dp_certificate DIR prints the path of DIR/data-protection.pfx,
# creating it (RSA 2048, ten years, no password) on first use.
dp_certificate() {
  local dir=$1 pfx="$1/data-protection.pfx"
  if [ ! -s "$pfx" ]; then
    mkdir -p "$dir"
    local key="$dir/data-protection.key" crt="$dir/data-protection.crt"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=InvoiceHub local data protection" \
      -keyout "$key" -out "$crt" >/dev/null 2>&1
    openssl pkcs12 -export -inkey "$key" -in "$crt" -out "$pfx" -passout pass: >/dev/null 2>&1
    rm -f "$key" "$crt"
    chmod 600 "$pfx"
  fi
  echo "$pfx"
}
