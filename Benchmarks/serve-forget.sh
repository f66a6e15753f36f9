#!/usr/bin/env bash
# Real turns per second with and without four clients looping create-then-/forget, on a store filled
# with about 100,000 sessions. Starts a release `coach serve` on 127.0.0.1 with a fresh durable state
# directory, fills it, then alternates RUNS pairs of wrk runs (64 connections, real turns for 500
# users, Benchmarks/wrk-turns.lua): alone, then beside four Benchmarks/forget-loop.py clients.
# Prints each run and the medians.
#   DURATION  seconds per wrk run (default 10)    RUNS  pairs of runs (default 3)
#   COACH     the coach binary (default .build/release/coach, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)"; exit 1; }
coach=${COACH:-.build/release/coach}
[ -x "$coach" ] || swift build -c release --product coach >/dev/null
state=$(mktemp -d ${STATE_PARENT:+-p $STATE_PARENT})
log=$(mktemp)
"$coach" serve --port 0 --state-dir "$state" 2>"$log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$state" "$log"' EXIT
for _ in $(seq 100); do grep -q listening "$log" && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$log" | head -1 | cut -d: -f2)
duration=${DURATION:-10}
runs=${RUNS:-3}

SESSIONS_PER_THREAD=50000 wrk -t2 -c64 -d"${FILL:-30}s" -s Benchmarks/wrk-populate.lua "http://127.0.0.1:$port" >/dev/null
sessions=$(curl -s "http://127.0.0.1:$port/metrics" | awk '/^coach_live_sessions/ {print $2}')
echo "store filled: $sessions sessions, log $(du -m "$state/sessions.log" | cut -f1) MB"

turns() {  # prints "requests/s p50 p99"
  wrk -t2 -c64 -d"${duration}s" --latency -s Benchmarks/wrk-turns.lua "http://127.0.0.1:$port" \
    | awk '/Requests\/sec/ {r=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {print "non-2xx: " $0 > "/dev/stderr"} END {print r, p50, p99}'
}
alone=(); beside=(); erasures=()
for run in $(seq "$runs"); do
  a=$(turns); alone+=("$a"); echo "run $run alone:           $a"
  pids=(); outs=()
  for i in 1 2 3 4; do
    out=$(mktemp); outs+=("$out")
    python3 Benchmarks/forget-loop.py "$port" "$duration" "$run-$i" >"$out" & pids+=($!)
  done
  b=$(turns)
  wait "${pids[@]}"
  e=$(cat "${outs[@]}" | awk '{s+=$1} END {print s}'); rm -f "${outs[@]}"
  beside+=("$b"); erasures+=("$e")
  echo "run $run beside /forget: $b  ($e erasures by the 4 clients, $(echo "$e $duration" | awk '{printf "%.0f", $1/$2}')/s)"
done
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
millis() { awk '{v=$1; if (v ~ /us$/) v=v/1000; else if (v ~ /ms$/) v=v+0; else if (v ~ /s$/) v=v*1000; print v}'; }
field() { for x in "$@"; do echo "$x"; done | awk -v f="$FIELD" '{print $f}'; }
echo "== medians of $runs runs, ${duration}s each"
for label in alone beside; do
  eval "values=(\"\${${label}[@]}\")"
  printf "%-7s requests/s %s  p50 %s  p99 %s\n" "$label" "$(FIELD=1 field "${values[@]}" | median)" \
    "$(FIELD=2 field "${values[@]}" | millis | median)ms" "$(FIELD=3 field "${values[@]}" | millis | median)ms"
done
echo "erasures/s by the 4 clients (median): $(for e in "${erasures[@]}"; do echo "$e $duration" | awk '{print $1/$2}'; done | median)"
echo "log after the runs: $(du -m "$state/sessions.log" | cut -f1) MB"
