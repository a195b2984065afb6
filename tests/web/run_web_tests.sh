#!/usr/bin/env bash
# Runs the web tests for CTest (tests/web/CMakeLists.txt):
#   run_web_tests.sh unit            node's test runner over tests/web/unit/*.test.mjs
#   run_web_tests.sh e2e ARGS...     tests/web/e2e.mjs in headless Chromium (ARGS: see there)
# When node, Chromium or playwright-core (tests/web/node_modules, from `npm ci` in
# scripts/install-deps.sh) is missing, exits 77, which CTest reports as skipped; under CI
# (the environment variable CI is set) a missing tool is a failure instead.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kind=${1:?usage: run_web_tests.sh unit|e2e [args]}
shift
chromium=${ARSIP_CHROMIUM:-/usr/bin/chromium}

missing=()
command -v node >/dev/null 2>&1 || missing+=("node (Debian package nodejs)")
if [ "$kind" = e2e ]; then
  [ -x "$chromium" ] || missing+=("$chromium (Debian package chromium)")
  [ -f "$here/node_modules/playwright-core/package.json" ] ||
    missing+=("tests/web/node_modules/playwright-core (npm ci in tests/web)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "web $kind tests: missing ${missing[*]}; scripts/install-deps.sh installs them" >&2
  if [ -n "${CI:-}" ]; then
    echo "web $kind tests: CI is set, so this is a failure, not a skip" >&2
    exit 1
  fi
  exit 77
fi

case $kind in
  unit) exec node --test "$here"/unit/*.test.mjs ;;
  e2e) exec node "$here/e2e.mjs" --chromium "$chromium" "$@" ;;
  *) echo "run_web_tests.sh: unknown kind '$kind' (unit or e2e)" >&2; exit 2 ;;
esac
