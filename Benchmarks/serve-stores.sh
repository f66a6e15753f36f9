#!/usr/bin/env bash
# Real turns through `coach serve` with each session store, in one run: the file store, PostgreSQL with
# one instance, PostgreSQL with two instances (half the connections each, figures summed), and as the
# baseline PostgreSQL's own commit rate for a one-row upsert per transaction (pgbench, same concurrency).
# Starts a throwaway PostgreSQL 15 (durable settings: fsync and synchronous_commit on) on a free port,
# as the postgres user when run as root; stops everything at the end.
#   DURATION     seconds per run (default 15)
#   CONNECTIONS  concurrent connections (default 64)
#   POOL_SIZE    database connections per instance (default: the store's, 32)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)"; exit 1; }
bin=${COACH_PG_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$bin/initdb" ] || { echo "PostgreSQL 15 is not installed at $bin"; exit 1; }
duration=${DURATION:-15}
connections=${CONNECTIONS:-64}
swift build -c release --product coach >/dev/null

work=$(mktemp -d)
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
password=bench-$RANDOM$RANDOM
echo "$password" > "$work/pw"; [ "$(id -u)" = 0 ] && chown postgres "$work/pw"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  as_owner "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
as_owner "$bin/initdb" -D "$work/data" -U coach --pwfile="$work/pw" --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --no-locale >/dev/null
as_owner "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -o "-p $port -h 127.0.0.1 -k $work -c max_connections=200" start >/dev/null
url="postgres://coach:$password@127.0.0.1:$port/postgres${POOL_SIZE:+?pool_size=$POOL_SIZE}"
export PGPASSWORD=$password

serve() {  # serve LOGFILE ARGS... ; sets $served (the port) and $last (the pid)
  local log=$1; shift
  .build/release/coach serve --port 0 "$@" >/dev/null 2>"$log" &
  last=$!
  pids+=("$last")
  for _ in $(seq 200); do grep -q listening "$log" && break; sleep 0.05; done
  served=$(grep -o '127.0.0.1:[0-9]*' "$log" | head -1 | cut -d: -f2)
  [ -n "$served" ] || { echo "coach serve did not start:"; cat "$log"; exit 1; }
}
turns() {  # turns CONNECTIONS PORT
  wrk -t2 -c"$1" -d"${duration}s" --latency -s Benchmarks/wrk-turns.lua "http://127.0.0.1:$2"
}
summary() { grep -E "Requests/sec|99%|50%|Non-2xx"; }

echo "== baseline: PostgreSQL commit rate, one-row upsert per transaction, $connections clients, ${duration}s"
"$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U coach -d postgres -c "CREATE TABLE bench (k int PRIMARY KEY, v bytea NOT NULL)"
printf '%s\n' '\set k random(1, 500)' "INSERT INTO bench VALUES (:k, 'x') ON CONFLICT (k) DO UPDATE SET v = excluded.v;" > "$work/upsert.sql"
"$bin/pgbench" -n -h 127.0.0.1 -p "$port" -U coach -c "$connections" -j 2 -T "$duration" -f "$work/upsert.sql" postgres 2>/dev/null \
  | grep -E "^tps|latency average"

echo "== file store: one instance, $connections connections"
mkdir -p "$work/state"
serve "$work/file.log" --state-dir "$work/state"
turns "$connections" "$served" | summary
kill -TERM "$last"; wait "$last" 2>/dev/null || true

echo "== PostgreSQL: one instance, $connections connections"
serve "$work/pg1.log" --store "$url" --state-dir "$work/state"
turns "$connections" "$served" | summary
kill -TERM "$last"; wait "$last" 2>/dev/null || true

echo "== PostgreSQL: two instances, $((connections / 2)) connections each (add the two)"
serve "$work/pg2a.log" --store "$url" --state-dir "$work/state-a"; p1=$served
serve "$work/pg2b.log" --store "$url" --state-dir "$work/state-b"; p2=$served
turns $((connections / 2)) "$p1" > "$work/a.out" &
wrk_pid=$!
turns $((connections / 2)) "$p2" > "$work/b.out"
wait "$wrk_pid" || true
echo "-- instance 1"; summary < "$work/a.out"
echo "-- instance 2"; summary < "$work/b.out"
