# A private PostgreSQL 15 cluster for the benchmarks, sourced by bench/ingest_bench.sh and
# bench/search_bench.sh: its own data folder, loopback only, its own port, trust authentication
# (nothing listens beyond 127.0.0.1). When run as root the server runs as the "postgres" user
# (PostgreSQL refuses to run as root).
#   pg_init DIR; pg_start DIR; pg_psql -c 'SELECT 1'; pg_stop DIR

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55432}

pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_init DIR: a new cluster in DIR/data (DIR is created), tuned for bulk loads on this machine.
pg_init() {
  local dir=$1
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  pg_as_owner "$PG_BIN/initdb" -D "$dir/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = ''
shared_buffers = 512MB
work_mem = 64MB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 30min
max_parallel_workers_per_gather = 2
EOF
}

pg_start() {
  local dir=$1
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
}

pg_stop() {
  local dir=$1
  [ -f "$dir/data/postmaster.pid" ] && pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  return 0
}

# psql against the benchmark cluster: quiet, stops at the first error.
pg_psql() {
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres "$@"
}

# CPU seconds used so far by the cluster's postmaster and its live children (the background
# processes; a session's backend is measured from inside the session). Needs PG_DIR (the
# pg_init folder).
pg_cpu() {
  local pid ticks
  pid=$(head -1 "$PG_DIR/data/postmaster.pid")
  ticks=$(getconf CLK_TCK)
  { awk '{print $14 + $15}' "/proc/$pid/stat"
    for child in $(ps --ppid "$pid" -o pid=); do
      awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || true
    done
  } | awk -v t="$ticks" '{s += $1} END {printf "%.2f", s / t}'
}
