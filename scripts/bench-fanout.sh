#!/usr/bin/env bash
# WebSocket fan-out on the embedded database: R rooms x M members, S senders per room, at each
# given total rate (messages/s). A fresh server (fresh data) per rate.
# Usage: scripts/bench-fanout.sh ROOMS MEMBERS SENDERS SECONDS RATE [RATE …]
#   e.g. scripts/bench-fanout.sh 1 100 10 20 200 500 1000
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOMS="$1" MEMBERS="$2" SENDERS="$3" DURATION="$4"; shift 4
PORT=18096
export PARLEY_API_KEY=pk_bench PARLEY_API_SECRET=sk_bench_0123456789abcdef0123456789abcdef
"$ROOT/parley" build -q >/dev/null
WORK="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
for rate in "$@"; do
  PARLEY_DATA_DIR="$WORK/data-$rate" PARLEY_HTTP_PORT=$PORT "$ROOT/parley" serve >"$WORK/server.log" 2>&1 &
  server=$!
  until grep -q "listening on" "$WORK/server.log"; do sleep 0.5; done
  echo "== fanout: $ROOMS room(s) x $MEMBERS members, $SENDERS senders/room, $rate msg/s"
  "$ROOT/parley" bench fanout --url "http://127.0.0.1:$PORT" --rooms "$ROOMS" --members "$MEMBERS" \
    --senders "$SENDERS" --rate "$rate" --warmup 5 --duration "$DURATION" --server-pid "$server" \
    | grep -E "error:|^\| fanout|^\{" || true
  kill "$server"; wait "$server" 2>/dev/null || true
done
