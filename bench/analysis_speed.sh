#!/bin/sh
# Analysis speed over the IndoSum texts: Snowball TermGenerator against Arsip's whole analysis
# (median of 3 runs, >= 20 MB of text per run). Usage: bench/analysis_speed.sh [BUILD_DIR] [options]
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$repo/build"}
[ $# -gt 0 ] && shift
cmake --build "$build" --target arsip-analysis-speed >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xz -dc "$repo/data/eval/retrieval/indosum_dev_unique_detok.jsonl.xz" >"$tmp/corpus.jsonl"
"$build/bench/arsip-analysis-speed" --data "$repo/data" --corpus "$tmp/corpus.jsonl" "$@"
