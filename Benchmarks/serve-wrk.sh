#!/usr/bin/env bash
# Starts a release `coach serve` with a fresh durable state directory on 127.0.0.1, runs wrk at
# 64 connections for real turns, then a trivial GET /healthz baseline in the same run; stops the server.
#   DURATION  seconds per wrk run (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)"; exit 1; }
swift build -c release --product coach >/dev/null
state=$(mktemp -d ${STATE_PARENT:+-p $STATE_PARENT})
log=$(mktemp)
.build/release/coach serve --port 0 --state-dir "$state" 2>"$log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$state" "$log"' EXIT
for _ in $(seq 100); do grep -q listening "$log" && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$log" | head -1 | cut -d: -f2)
duration=${DURATION:-15}
echo "== baseline: GET /healthz, 64 connections, ${duration}s"
wrk -t2 -c64 -d"${duration}s" --latency "http://127.0.0.1:$port/healthz" | grep -E "Requests/sec|99%|50%"
echo "== real turns, durable sessions: POST /v1/messages, 64 connections, ${duration}s"
wrk -t2 -c64 -d"${duration}s" --latency -s Benchmarks/wrk-turns.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|99%|50%|Non-2xx"
