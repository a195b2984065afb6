#!/usr/bin/env bash
# Installs what the benchmarks (bench/ingest_bench.sh, bench/search_bench.sh) need besides the
# build dependencies (scripts/install-deps.sh): the peers they compare against (PostgreSQL 15,
# Xapian's omindex), load and timing tools, and a profiler. Benchmark-only: scripts/run.sh and
# scripts/test.sh never install these. Idempotent; run as root.
set -euo pipefail

packages=(
  postgresql-15 postgresql-client-15  # the full-text search peer (server, psql, pgbench)
  xapian-omega                        # omindex: Xapian's own indexer, the other peer
  wrk                                 # HTTP load for arsip-server
  hyperfine                           # repeated command timings
  time                                # /usr/bin/time -v: peak memory of each indexer
  linux-perf valgrind                 # profiles (perf record, callgrind)
  python3 xz-utils                    # bench/make_corpus.py and its compressed sources
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-bench-deps: all ${#packages[@]} packages present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-bench-deps: missing packages: ${missing[*]}; run this script as root" >&2
  exit 1
fi
echo "install-bench-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# The Debian package starts a "main" cluster on port 5432 when it is first installed; the
# benchmark runs its own cluster in a temporary folder on another port and leaves that one alone.
apt-get install -y -qq --no-install-recommends "${missing[@]}"
