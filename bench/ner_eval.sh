#!/bin/sh
# Named entities on IDNER dev (docs/benchmarks.md, "Named entities (IDNER dev)").
#   bench/ner_eval.sh           scores the stored model data/models/ner-idner.tsv on dev.txt
#   bench/ner_eval.sh --train   retrains it on train.txt first (deterministic: fixed seed)
# The gazetteer data/models/ner-gazetteer.tsv is derived by bench/ner_gazetteer.py.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-off}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target arsip-ner-eval >/dev/null
exec "$build/bench/arsip-ner-eval" "$@"
