#!/usr/bin/env bash
# Parley ÷ limit: the same fan-out against the limit server (bench/…/limit: same stack, no
# persistence, auth or JSON beyond routing) and against Parley on the embedded database, then
# the ratio of deliveries/s. A fresh server for each.
# Usage: scripts/bench-limit.sh [--pin] ROOMS MEMBERS SENDERS SECONDS RATE
#   e.g. scripts/bench-limit.sh --pin 1 100 10 20 1000
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_pin_setup "${1:-}"; [ "${1:-}" = "--pin" ] && shift
ROOMS="$1" MEMBERS="$2" SENDERS="$3" DURATION="$4" RATE="$5"
PORT=19180
bench_build
WORK="$(mktemp -d)"
trap 'stop_server; rm -rf "$WORK"' EXIT
SERVER_PID=""

fanout() { # label: runs fanout against the server on $PORT, prints its table row, keeps its JSON
  echo "== $1: fanout $ROOMS room(s) x $MEMBERS members, $SENDERS senders/room, $RATE msg/s, ${DURATION}s"
  run_bench fanout --url "http://127.0.0.1:$PORT" --rooms "$ROOMS" --members "$MEMBERS" --senders "$SENDERS" \
    --rate "$RATE" --warmup 5 --duration "$DURATION" --server-pid "$SERVER_PID" >"$WORK/$1.out" || true
  grep -E "error:|closed by the server|^\| fanout" "$WORK/$1.out" | grep -v "^| scenario" || true
  grep '^{' "$WORK/$1.out" >"$WORK/$1.json" || true
}

start_limit "$PORT" "$WORK/limit.log"
fanout limit
stop_server
start_parley "$PORT" "$WORK/data" "$WORK/parley.log"
fanout parley
stop_server

field() { sed -n "s/.*\"$2\":\([0-9.E-]*\).*/\1/p" "$WORK/$1.json"; }
limit="$(field limit deliveriesPerSecond)" parley="$(field parley deliveriesPerSecond)"
if [ -z "$limit" ] || [ -z "$parley" ]; then echo "bench: a run gave no result (see above)"; exit 1; fi
awk -v p="$parley" -v l="$limit" -v pc="$(field parley serverCores)" -v lc="$(field limit serverCores)" 'BEGIN {
  printf "Parley %.0f deliveries/s ÷ limit %.0f deliveries/s = %.0f%%\n", p, l, 100 * p / l
  printf "server CPU per delivery: Parley %.1f µs, limit %.1f µs (limit ÷ Parley = %.0f%%)\n",
    1e6 * pc / p, 1e6 * lc / l, 100 * (lc / l) / (pc / p)
  print "(below saturation both deliver everything offered: raise RATE until one falls behind, or compare CPU per delivery)"
}'
