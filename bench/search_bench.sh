#!/usr/bin/env bash
# Search benchmark over the fixed query mix (bench/search_mix.tsv), on the indexes that
# bench/ingest_bench.sh built in its work folder:
#   1. in process: arsip-search-bench (the product's search with every facet counted, without
#      facets, raw Xapian with an exact count, raw Xapian top 10: the floor), p50/p95/p99, then
#      the product's search on every core for throughput;
#   2. over HTTP: arsip-server under wrk (2 threads, 8 connections) cycling the mix; throughput,
#      latency and the server's peak memory (VmHWM);
#   3. PostgreSQL 15: the same searches as SQL (bench/search_mix_sql.py: ts_rank, ts_headline,
#      exact count, one GROUP BY per facet) under pgbench, one connection for latency, then 8
#      for throughput, with arsip's facet values loaded next to its text (not timed);
# then the ratios.
#
# Usage: bench/search_bench.sh BUILD_DIR CORPUS_DIR [--work DIR] [--seconds N] [--only inprocess,http,postgres]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
. "$repo/bench/pg_cluster.sh"

usage() { sed -n 2,16p "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 2 ] || usage
build=$(cd "$1" && pwd)
corpus=$(cd "$2" && pwd)
shift 2
work="$repo/var/bench/work-$(basename "$corpus")"
seconds=30
only="inprocess,http,postgres"
while [ $# -gt 0 ]; do
  case $1 in
    --work) work=$(realpath -m "$2"); shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) usage ;;
  esac
done
runs() { case ",$only," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
[ -d "$work/arsip" ] || { echo "no $work/arsip: run bench/ingest_bench.sh first" >&2; exit 1; }
cmake --build "$build" --target arsip-search-bench arsip-server >/dev/null
mix="$repo/bench/search_mix.tsv"
queries="$work/queries"
rm -rf "$queries"
python3 "$repo/bench/search_mix_sql.py" "$mix" "$queries"
docs=$(awk -F'\t' '$1 == "documents" {print $2}' "$corpus/manifest.txt")
echo "corpus: $corpus ($docs documents); $(ls "$queries"/pg-*.sql | wc -l) queries in the mix"
echo "machine: $(nproc) cores; $(uname -r)"
summary="$work/search-results.txt"
: >"$summary"

if runs inprocess; then
  echo
  echo "== in process (load $(load))"
  "$build/bench/arsip-search-bench" --db "$work/arsip" --mix "$mix" --passes 5 | tee "$work/inprocess.txt"
  "$build/bench/arsip-search-bench" --db "$work/arsip" --mix "$mix" --threads "$(nproc)" --seconds "$seconds" |
    tee -a "$work/inprocess.txt"
  awk '/^throughput/ {print "inprocess_qps\t" $(NF-1)}' "$work/inprocess.txt" >>"$summary"
  awk '$1 == "arsip" {print "inprocess_p50\t" $2 "\ninprocess_p99\t" $4}' "$work/inprocess.txt" >>"$summary"
fi

if runs http; then
  echo
  port=$((20000 + RANDOM % 20000))
  "$build/server/arsip-server" --db "$work/arsip" --host 127.0.0.1 --port "$port" 2>"$work/server.log" &
  server=$!
  trap 'kill "$server" 2>/dev/null || true' EXIT
  for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 0.1
  done
  # Every request of the mix once: they must all succeed (and the searchers are opened).
  while read -r path; do
    curl -sf -o /dev/null "http://127.0.0.1:$port$path" || { echo "failed: $path" >&2; exit 1; }
  done <"$queries/wrk-paths.txt"
  echo "== HTTP: wrk -t2 -c8 -d${seconds}s against arsip-server (load $(load))"
  ARSIP_WRK_PATHS="$queries/wrk-paths.txt" wrk -t2 -c8 -d"${seconds}s" --latency -s "$repo/bench/search_mix.lua" \
    "http://127.0.0.1:$port" | tee "$work/wrk.txt"
  hwm=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$server/status")
  rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server/status")
  # VmRSS counts a file page once per mapping: each searcher of the pool maps the facet store,
  # so Pss (each page once, shared pages split between processes) is the memory really used.
  pss=$(awk '/^Pss:/ {printf "%.0f", $2 / 1024}' "/proc/$server/smaps_rollup")
  echo "arsip-server peak memory (VmHWM): $hwm MB; now (VmRSS): $rss MB, proportional (Pss): $pss MB"
  kill "$server"
  wait "$server" 2>/dev/null || true
  trap - EXIT
  awk '/^Requests\/sec/ {print "http_qps\t" $2}' "$work/wrk.txt" >>"$summary"
  printf 'server_peak_mb\t%s\nserver_pss_mb\t%s\n' "$hwm" "$pss" >>"$summary"
fi

if runs postgres; then
  echo
  [ -d "$work/pg/data" ] || { echo "no PostgreSQL cluster in $work/pg: run bench/ingest_bench.sh first" >&2; exit 1; }
  pg_start "$work/pg"
  trap 'pg_stop "$work/pg"' EXIT
  if [ "$(pg_psql -At -c "SELECT to_regclass('sdocs') IS NOT NULL")" != t ]; then
    echo "loading arsip's facet values next to the text (not timed) ..."
    "$build/bench/arsip-search-bench" --db "$work/arsip" --dump-facets "$work/facets.tsv"
    pg_psql <<SQL
CREATE TABLE facets (id text PRIMARY KEY, type text, year text, places text[], institutions text[],
                     officials text[], sources text[]);
\copy facets FROM '$work/facets.tsv'
CREATE TABLE sdocs AS SELECT d.id, d.title, d.body, d.tsv, f.type, f.year, f.places, f.institutions,
                             f.officials, f.sources FROM docs d JOIN facets f USING (id);
ALTER TABLE sdocs ADD PRIMARY KEY (id);
CREATE INDEX sdocs_tsv ON sdocs USING gin (tsv);
CREATE INDEX sdocs_type ON sdocs (type);
CREATE INDEX sdocs_year ON sdocs (year);
CREATE INDEX sdocs_places ON sdocs USING gin (places);
CREATE INDEX sdocs_institutions ON sdocs USING gin (institutions);
CREATE INDEX sdocs_officials ON sdocs USING gin (officials);
CREATE INDEX sdocs_sources ON sdocs USING gin (sources);
VACUUM ANALYZE sdocs;
SQL
  fi
  scripts=()
  for f in "$queries"/pg-*.sql; do
    pg_psql -o /dev/null -f "$f"  # each once: no errors, pages cached
    scripts+=(-f "$f@1")
  done
  echo "== PostgreSQL: pgbench, 1 connection, ${seconds}s (load $(load))"
  rm -f "$work"/pglog*
  (cd "$work" && PGPASSWORD= pgbench -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 1 -j 1 -T "$seconds" -l \
    --log-prefix=pglog "${scripts[@]}" postgres | grep -E "number of transactions|latency average|tps")
  cat "$work"/pglog* | awk '{print $3 / 1000}' | sort -n | awk '
    {v[NR] = $1} END {
      p50 = v[int(NR * 0.50 + 0.999)]; p95 = v[int(NR * 0.95 + 0.999)]; p99 = v[int(NR * 0.99 + 0.999)]
      printf "PostgreSQL latency over %d searches: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms\n", NR, p50, p95, p99
      printf "pg_p50\t%.2f\npg_p99\t%.2f\n", p50, p99 > "/dev/stderr"
    }' 2>>"$summary"
  echo "== PostgreSQL: pgbench, 8 connections, 2 threads, ${seconds}s (load $(load))"
  pgbench -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 8 -j 2 -T "$seconds" "${scripts[@]}" postgres |
    tee "$work/pgbench.txt" | grep -E "number of transactions|latency average|tps"
  awk '/^tps/ {print "pg_qps\t" $3}' "$work/pgbench.txt" >>"$summary"
  pg_stop "$work/pg"
  trap - EXIT
fi

echo
echo "== summary ($docs documents)"
cat "$summary"
get() { awk -F'\t' -v k="$1" '$1 == k {print $2}' "$summary"; }
pg=$(get pg_qps)
for k in http_qps inprocess_qps; do
  v=$(get $k)
  [ -n "$v" ] && [ -n "$pg" ] && awk -v a="$v" -v b="$pg" -v k="$k" 'BEGIN {printf "%s / PostgreSQL throughput: %.1f\n", k, a / b}'
done
true
