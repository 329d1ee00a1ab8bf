#!/usr/bin/env bash
# Debian packages the OCR (src/InvoiceHub.Ocr) loads at run time: libtesseract5 through tesseract-ocr, the
# languages it is configured with (deu+eng+dan) plus orientation detection (osd), and poppler for PDFs.
ocr_missing_packages() {
  local tessdata=/usr/share/tesseract-ocr/5/tessdata
  ldconfig -p | grep -q 'libtesseract.so.5 ' || echo tesseract-ocr
  for lang in eng deu dan osd; do
    [ -f "$tessdata/$lang.traineddata" ] || echo "tesseract-ocr-$lang"
  done
  command -v pdftoppm >/dev/null || echo poppler-utils
}

# Installs what ocr_missing_packages names (as root, apt-get update first).
ocr_ensure_installed() {
  local missing
  mapfile -t missing < <(ocr_missing_packages)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} ..."
  if [ "$(id -u)" -ne 0 ]; then echo "not root: install ${missing[*]} first" >&2; return 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}
