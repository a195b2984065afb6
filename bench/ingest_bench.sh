#!/usr/bin/env bash
# Ingest benchmark: the same corpus (bench/make_corpus.py) indexed by arsip-index (XML, entity
# extraction on), omindex (Xapian omega's indexer, the same text as HTML, Indonesian Snowball
# stemmer, spelling data like ours) and PostgreSQL 15 (COPY of the same text into a table with
# a stored to_tsvector('indonesian') column, then a GIN index). Prints documents/s, MB of text/s,
# peak memory, index size, and arsip's ratios to each peer.
#
# Usage: bench/ingest_bench.sh BUILD_DIR CORPUS_DIR [--work DIR] [--only arsip,omindex,postgres]
#                              [--jobs N] [--rerun]
#   --work DIR  where the indexes go (default var/bench/work-<corpus name>); existing indexes of
#               the systems run are deleted first. The PostgreSQL cluster stays there for
#               bench/search_bench.sh and is stopped at the end.
#   --jobs N    arsip-index --jobs N (default: every core)
#   --rerun     also run arsip-index and omindex a second time over the same, unchanged files
#               (an archivist adding a few files to an archive indexed already), rows "-rerun"
# The machine's load is printed with each figure: rerun when other jobs were running.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
. "$repo/bench/pg_cluster.sh"

usage() { sed -n 2,16p "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 2 ] || usage
build=$(cd "$1" && pwd)
corpus=$(cd "$2" && pwd)
shift 2
work="$repo/var/bench/work-$(basename "$corpus")"
only="arsip,omindex,postgres"
jobs=$(nproc)
rerun=false
while [ $# -gt 0 ]; do
  case $1 in
    --work) work=$(realpath -m "$2"); shift 2 ;;
    --only) only=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --rerun) rerun=true; shift ;;
    *) usage ;;
  esac
done
runs() { case ",$only," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

docs=$(awk -F'\t' '$1 == "documents" {print $2}' "$corpus/manifest.txt")
text_bytes=$(awk -F'\t' '$1 == "text_bytes" {print $2}' "$corpus/manifest.txt")
mkdir -p "$work"
results="$work/ingest-results.tsv"
# Rows of the systems this run measures are replaced; the others' (an earlier --only run) kept.
touch "$results"
for system in arsip-index arsip-rerun omindex omindex-rerun postgresql; do
  case $system in arsip-*) name=arsip ;; omindex*) name=omindex ;; postgresql) name=postgres ;; esac
  if runs "$name"; then
    awk -F'\t' -v s="$system" '$1 != s' "$results" >"$results.tmp" && mv "$results.tmp" "$results"
  fi
done

now() { date +%s.%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# /usr/bin/time -v fields: peak resident set size in MB; CPU seconds (user + system).
peak_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }
cpu_s() { awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$1"; }
size_mb() { du -sb "$1" | awk '{printf "%.0f", $1 / 1e6}'; }
record() {  # system seconds cpu_seconds peak_mb index_mb load_before
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$results"
}
# Runs one indexer, timed, and records its row: measure ROW LABEL INDEX COMMAND...
# Its output goes to $work/NAME.log (its last lines shown when it fails) and /usr/bin/time's
# figures to $work/NAME.time, NAME being the row without "-index" (arsip.log: the indexer's summary).
measure() {
  local row=$1 label=$2 index=$3 name=${1%-index} before start end
  shift 3
  before=$(load)
  echo "$label ... (load $before)"
  start=$(now)
  /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.log" 2>&1 || { tail -n 20 "$work/$name.log" >&2; exit 1; }
  end=$(now)
  record "$row" "$(awk "BEGIN {print $end - $start}")" "$(cpu_s "$work/$name.time")" "$(peak_mb "$work/$name.time")" \
    "$(size_mb "$index")" "$before"
}

echo "corpus: $corpus ($docs documents, $(awk "BEGIN {printf \"%.1f\", $text_bytes / 1e6}") MB of text)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo); $(uname -r)"

if runs arsip; then
  cmake --build "$build" --target arsip-index >/dev/null
  rm -rf "$work/arsip"
  measure arsip-index "arsip-index --jobs $jobs" "$work/arsip" \
    "$build/indexer/arsip-index" --db "$work/arsip" -q --jobs "$jobs" "$corpus/xml"
  if $rerun; then
    measure arsip-rerun "arsip-index again over the same files" "$work/arsip" \
      "$build/indexer/arsip-index" --db "$work/arsip" -q --jobs "$jobs" "$corpus/xml"
  fi
fi

if runs omindex; then
  rm -rf "$work/omega"
  measure omindex omindex "$work/omega" \
    omindex --db "$work/omega" --url / --stemmer=indonesian --spelling "$corpus/html"
  if $rerun; then
    measure omindex-rerun "omindex again over the same files" "$work/omega" \
      omindex --db "$work/omega" --url / --stemmer=indonesian --spelling "$corpus/html"
  fi
fi

if runs postgres; then
  pg_stop "$work/pg" || true
  rm -rf "$work/pg"
  pg_init "$work/pg"
  pg_start "$work/pg"
  trap 'pg_stop "$work/pg"' EXIT
  before=$(load)
  echo "postgresql COPY + GIN ... (load $before)"
  start=$(now)
  # One session: the table, the load, the index; then the backend's own peak memory (VmHWM).
  export PG_DIR="$work/pg"
  pg_cpu_before=$(pg_cpu)
  pg_psql >"$work/postgres.log" 2>&1 <<SQL
CREATE TABLE docs (
  id text PRIMARY KEY, type text, date date, source text, place text, title text, body text,
  tsv tsvector GENERATED ALWAYS AS
    (setweight(to_tsvector('indonesian', title), 'A') || to_tsvector('indonesian', body)) STORED);
\copy docs (id, type, date, source, place, title, body) FROM '$corpus/docs.tsv'
CREATE INDEX docs_tsv ON docs USING gin (tsv);
SELECT pg_backend_pid() \g (tuples_only=on format=unaligned) '$work/postgres.pid'
\! awk '/VmHWM/ {print \$2}' /proc/\$(cat '$work/postgres.pid')/status > '$work/postgres.hwm'
\! awk -v t=\$(getconf CLK_TCK) '{print (\$14 + \$15) / t}' /proc/\$(cat '$work/postgres.pid')/stat > '$work/postgres.cpu'
SQL
  end=$(now)
  cpu=$(awk -v a="$pg_cpu_before" -v b="$(pg_cpu)" -v s="$(cat "$work/postgres.cpu")" 'BEGIN {printf "%.1f", b - a + s}')
  pg_psql -c "CHECKPOINT"
  peak=$(awk '{printf "%.0f", $1 / 1024}' "$work/postgres.hwm")
  size=$(pg_psql -At -c "SELECT pg_database_size('postgres')" | awk '{printf "%.0f", $1 / 1e6}')
  record postgresql "$(awk "BEGIN {print $end - $start}")" "$cpu" "$peak" "$size" "$before"
  pg_stop "$work/pg"
  trap - EXIT
fi

echo
printf '%-12s %9s %9s %9s %8s %8s %11s %8s %9s  %s\n' system documents seconds docs/s MB/s "CPU s" "CPU ms/doc" "peak MB" "index MB" "load before"
while IFS=$'\t' read -r system seconds cpu peak size before; do
  awk -v s="$system" -v d="$docs" -v t="$seconds" -v c="$cpu" -v b="$text_bytes" -v p="$peak" -v i="$size" -v l="$before" \
    'BEGIN {printf "%-12s %9d %9.1f %9.1f %8.2f %8.1f %11.2f %8s %9s  %s\n", s, d, t, d / t, b / 1e6 / t, c, c * 1000 / d, p, i, l}'
done <"$results"

arsip=$(awk -F'\t' '$1 == "arsip-index" {print $2}' "$results")
if [ -n "$arsip" ]; then
  for peer in omindex postgresql; do
    other=$(awk -F'\t' -v p="$peer" '$1 == p {print $2}' "$results")
    [ -n "$other" ] && awk -v a="$arsip" -v o="$other" -v p="$peer" \
      'BEGIN {printf "arsip-index / %s documents per second: %.2f\n", p, o / a}'
  done
fi
arsip_rerun=$(awk -F'\t' '$1 == "arsip-rerun" {print $2}' "$results")
omindex_rerun=$(awk -F'\t' '$1 == "omindex-rerun" {print $2}' "$results")
if [ -n "$arsip_rerun" ] && [ -n "$omindex_rerun" ]; then
  awk -v a="$arsip_rerun" -v o="$omindex_rerun" \
    'BEGIN {printf "arsip-rerun / omindex-rerun documents per second (files found unchanged): %.2f\n", o / a}'
fi
echo "-rerun rows: the same files again into the index just built, nothing changed."
echo "CPU s: user + system of the process (PostgreSQL: of the session's backend and the background processes)."
echo "peak MB: PostgreSQL's is its backend's VmHWM (shared_buffers 512MB, counted once it is touched)."
echo "indexes and logs: $work"
