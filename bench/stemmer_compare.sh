#!/bin/sh
# Arsip's Indonesian stemmer against Xapian's Snowball: accuracy on the gold sets, differences
# on the Snowball vocabulary, speed. Usage: bench/stemmer_compare.sh [BUILD_DIR]
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$repo/build"}
cmake --build "$build" --target arsip-stem-compare >/dev/null
voc=$(mktemp)
trap 'rm -f "$voc"' EXIT
xz -dc "$repo/data/eval/stemming/snowball-voc.txt.xz" >"$voc"
"$build/bench/arsip-stem-compare" --data "$repo/data" --vocabulary "$voc"
