#!/usr/bin/env bash
# WebSocket fan-out on the embedded database: R rooms x M members, S senders per room, at each
# given total rate (messages/s). A fresh server (fresh data) per rate.
# Usage: scripts/bench-fanout.sh [--pin] ROOMS MEMBERS SENDERS SECONDS RATE [RATE …]
#   e.g. scripts/bench-fanout.sh 1 100 10 20 200 500 1000
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_pin_setup "${1:-}"; [ "${1:-}" = "--pin" ] && shift
ROOMS="$1" MEMBERS="$2" SENDERS="$3" DURATION="$4"; shift 4
PORT=19096
bench_build
WORK="$(mktemp -d)"
SERVER_PID=""
trap 'stop_server; rm -rf "$WORK"' EXIT
for rate in "$@"; do
  start_parley "$PORT" "$WORK/data-$rate" "$WORK/server.log"
  echo "== fanout: $ROOMS room(s) x $MEMBERS members, $SENDERS senders/room, $rate msg/s"
  run_bench fanout --url "http://127.0.0.1:$PORT" --rooms "$ROOMS" --members "$MEMBERS" \
    --senders "$SENDERS" --rate "$rate" --warmup 5 --duration "$DURATION" --server-pid "$SERVER_PID" \
    | grep -E "error:|closed by the server|^\| fanout|^\{" || true
  stop_server
done
