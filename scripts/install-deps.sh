#!/usr/bin/env bash
# Installs everything Arsip needs to build, run and test on Debian 12, from Debian's packages.
# Idempotent: packages already present are left as they are. Run as root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git ca-certificates
  libxapian-dev xapian-tools      # search engine library, and xapian-delve/quest for inspection
  libpoco-dev                     # HTTP server, JSON, options, processes, hashing
  libxml2-dev libxml2-utils       # XML parsing and XSD validation (xmllint for authors)
  libicu-dev                      # Unicode normalisation and case folding
  libgtest-dev                    # unit tests
  libcli11-dev                    # arsip-index command-line options
  xz-utils                        # bench/: the evaluation data is stored xz-compressed
  poppler-utils                   # pdftohtml -xml: PDF to positioned text
  groff ghostscript xsltproc      # scripts/make_sample_pdfs.sh: agreement XML -> ms (xsltproc) -> PDF
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}; run this script as root" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
