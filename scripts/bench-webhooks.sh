#!/usr/bin/env bash
# Webhooks under load, on the embedded H2 (fresh data per run):
#  1. send latency through the REST API with no webhook subscription, then with 5 subscriptions
#     (events "*") to one fast receiver on loopback: what the outbox adds to a send;
#  2. deliveries/s: the backlog that run 2 left (5 deliveries per message) drained to the receiver.
# Usage: scripts/bench-webhooks.sh [--pin] [seconds-measured] [clients]. Needs Node.js (the receiver).
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_pin_setup "${1:-}"; [ "${1:-}" = "--pin" ] && shift
DURATION="${1:-20}"
CLIENTS="${2:-64}"
PORT=19092
RECEIVER_PORT=19093
bench_build
WORK="$(mktemp -d)"
SERVER_PID="" RECEIVER_PID=""
trap 'stop_server; [ -n "$RECEIVER_PID" ] && kill "$RECEIVER_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

node "$ROOT/scripts/webhook-receiver.mjs" "$RECEIVER_PORT" >"$WORK/receiver.log" 2>&1 &
RECEIVER_PID=$!
until grep -q "listening" "$WORK/receiver.log"; do sleep 0.2; done

send() { # label subscriptions
  local label="$1" subscriptions="$2"
  start_parley "$PORT" "$WORK/data-$label" "$WORK/server-$label.log" PARLEY_WEBHOOKS_ALLOW_LOOPBACK=true
  for _ in $(seq 1 "$subscriptions"); do
    curl -sf -X POST "http://127.0.0.1:$PORT/v1/webhooks" -H "Authorization: Bearer $PARLEY_API_SECRET" \
      -H 'Content-Type: application/json' \
      -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/\",\"events\":[\"*\"]}" >/dev/null
  done
  echo "== $label: $subscriptions webhook subscription(s), $CLIENTS clients, 1 room"
  run_bench rest-send --url "http://127.0.0.1:$PORT" --rooms 1 --clients "$CLIENTS" --warmup 5 \
    --duration "$DURATION" --server-pid "$SERVER_PID" | grep -E "error:|^\| |^\{" || true
}

send none 0
stop_server
send five 5
echo "== draining the backlog to the receiver (deliveries/s)"
previous=-1
while true; do
  sleep 5
  now="$(tail -n 1 "$WORK/receiver.log")"
  count="$(echo "$now" | sed -E 's/.*"deliveries":([0-9]+).*/\1/')"
  [ "$count" = "$previous" ] && break
  previous="$count"
done
echo "$now" | awk -F'[:,}]' '{ printf "receiver: %d deliveries in %.1f s = %.0f deliveries/s\n", $2, $4, ($4 > 0 ? $2 / $4 : 0) }'
stop_server
