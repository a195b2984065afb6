#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine (as root): installs what is needed, builds, indexes
# the bundled sample corpus (data/corpus) into an embedded Xapian database, runs a first search,
# and serves the archive with arsip-server at http://localhost:8080/ (Ctrl-C stops it).
# Usage: scripts/run.sh [QUERY]     (default query: "kerja sama perdagangan")
# Environment: ARSIP_DB (index folder, default var/index), ARSIP_BUILD (default build),
#              ARSIP_PORT (default 8080).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${ARSIP_DB:-"$root/var/index"}
build=${ARSIP_BUILD:-"$root/build"}
port=${ARSIP_PORT:-8080}
query=${1:-"kerja sama perdagangan"}

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$build"

echo "== indexing $root/data/corpus into $db"
mkdir -p "$(dirname "$db")"
"$build/indexer/arsip-index" --db "$db" "$root/data/corpus"

echo "== searching: $query"
"$build/indexer/arsip-index" --db "$db" --search "$query"
echo
echo "== serving the archive at http://localhost:$port/ (the API: http://localhost:$port/api/search?q=kaltim, docs/api.md)"
echo "   Ctrl-C stops the server."
exec "$build/server/arsip-server" --db "$db" --port "$port" --web "$root/web"
