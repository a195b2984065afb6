#!/bin/sh
# Known-item retrieval over IndoSum (MRR@10, P@1) for the analyses None, Snowball, Indonesian and
# Indonesian without synonyms, each indexed by the product into a fresh temporary database.
# Usage: bench/retrieval_eval.sh [BUILD_DIR] [extra arsip-retrieval-eval options, e.g. --variants]
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$repo/build"}
[ $# -gt 0 ] && shift
cmake --build "$build" --target arsip-retrieval-eval >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
src="$repo/data/eval/retrieval"
xz -dc "$src/indosum_dev_unique_detok.jsonl.xz" >"$tmp/corpus.jsonl"
xz -dc "$src/known_item_exact.tsv.xz" >"$tmp/exact.tsv"
xz -dc "$src/known_item_variant_dev.tsv.xz" >"$tmp/variant.tsv"
"$build/bench/arsip-retrieval-eval" --data "$repo/data" --corpus "$tmp/corpus.jsonl" \
    --query exact="$tmp/exact.tsv" --query variant="$tmp/variant.tsv" --work "$tmp/db" "$@"
