#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine (as root): installs what is needed, builds, indexes
# the bundled sample corpus (data/corpus) into an embedded Xapian database, and searches it.
# Usage: scripts/run.sh [QUERY]     (default query: "kerja sama perdagangan")
# Environment: ARSIP_DB (index folder, default var/index), ARSIP_BUILD (default build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${ARSIP_DB:-"$root/var/index"}
build=${ARSIP_BUILD:-"$root/build"}
query=${1:-"kerja sama perdagangan"}

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$build"

echo "== indexing $root/data/corpus into $db"
mkdir -p "$(dirname "$db")"
"$build/indexer/arsip-index" --db "$db" "$root/data/corpus"

echo "== searching: $query"
"$build/indexer/arsip-index" --db "$db" --search "$query"
echo
echo "Search again with: $build/indexer/arsip-index --db $db --search 'your words'"
