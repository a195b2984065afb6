#!/usr/bin/env bash
# Installs everything Arsip needs to build, run and test on Debian 12, from Debian's packages.
# Idempotent: packages already present are left as they are. Run as root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git ca-certificates
  libxapian-dev xapian-tools      # search engine library, and xapian-delve/quest for inspection
  libpoco-dev                     # HTTP server, JSON, options, processes, hashing
  libssl-dev                      # SHA-256 of input files (OpenSSL's, with the CPU's SHA instructions)
  libsimdjson-dev                 # reading stored documents back (every search's hits)
  libxml2-dev libxml2-utils       # XML parsing and XSD validation (xmllint for authors)
  libicu-dev                      # Unicode normalisation and case folding
  libgtest-dev                    # unit tests
  libcli11-dev                    # arsip-index command-line options
  libjemalloc-dev                 # arsip-index's allocator (Xapian indexing allocates a lot)
  xz-utils                        # bench/: the evaluation data is stored xz-compressed
  poppler-utils                   # pdftohtml -xml: PDF to positioned text
  groff ghostscript xsltproc      # scripts/make_sample_pdfs.sh: agreement XML -> ms (xsltproc) -> PDF
  chromium                        # tests/web: the page's end-to-end tests, headless
)
# node and npm run the page's tests (playwright-core from npm, tests/web/package.json). Debian's
# packages unless a node with npm is already installed: NodeSource's nodejs, for one, bundles
# npm and conflicts with Debian's npm package.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
else
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages: ${missing[*]}; run this script as root" >&2
    exit 1
  fi
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages of the page's tests, exactly as locked (tests/web/package-lock.json), into
# tests/web/node_modules (git-ignored); skipped when the locked version is already there.
web_tests="$(cd "$(dirname "$0")/.." && pwd)/tests/web"
if ! (cd "$web_tests" && node -e '
  const want = require("./package-lock.json").packages["node_modules/playwright-core"].version;
  const have = require("./node_modules/playwright-core/package.json").version;
  process.exit(want === have ? 0 : 1);' 2>/dev/null); then
  echo "install-deps: npm ci in tests/web"
  (cd "$web_tests" && npm ci --no-audit --no-fund --loglevel=error)
fi
