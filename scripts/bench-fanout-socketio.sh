#!/usr/bin/env bash
# Socket.IO (the Conduit compatibility layer) next to native WebSocket clients, in the fanout
# shape: for each rate, two runs on a fresh server each — every listener native, then every
# listener (all members but the senders) on Socket.IO over WebSocket — so the two rows compare
# deliveries/s, latency and server CPU at the same load.
# Usage: scripts/bench-fanout-socketio.sh [--pin] ROOMS MEMBERS SENDERS SECONDS RATE [RATE …]
#   e.g. scripts/bench-fanout-socketio.sh 1 100 10 20 500 1000
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_pin_setup "${1:-}"; [ "${1:-}" = "--pin" ] && shift
ROOMS="$1" MEMBERS="$2" SENDERS="$3" DURATION="$4"; shift 4
PORT=19097
bench_build
WORK="$(mktemp -d)"
SERVER_PID=""
trap 'stop_server; rm -rf "$WORK"' EXIT
for rate in "$@"; do
  for socketio in 0 $((MEMBERS - SENDERS)); do
    start_parley "$PORT" "$WORK/data-$rate-$socketio" "$WORK/server.log"
    echo "== fanout: $ROOMS room(s) x $MEMBERS members, $SENDERS senders/room, $rate msg/s, $socketio Socket.IO listeners/room"
    run_bench fanout --url "http://127.0.0.1:$PORT" --rooms "$ROOMS" --members "$MEMBERS" \
      --senders "$SENDERS" --rate "$rate" --warmup 5 --duration "$DURATION" --server-pid "$SERVER_PID" \
      --socketio-members "$socketio" | grep -E "error:|closed by the server|lacks|^\| fanout|^\{" || true
    stop_server
  done
done
