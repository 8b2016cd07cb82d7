#!/usr/bin/env bash
# Connection churn against a fresh node on the embedded database: clients arriving at RATE/s,
# each connect + auth + sync one room (up to 50 messages behind) + first page + close.
# Usage: scripts/bench-churn.sh [--pin] SECONDS RATE [RATE …]
#   e.g. scripts/bench-churn.sh --pin 20 100 200 400
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_pin_setup "${1:-}"; [ "${1:-}" = "--pin" ] && shift
DURATION="$1"; shift
PORT=19099
bench_build
WORK="$(mktemp -d)"
SERVER_PID=""
trap 'stop_server; rm -rf "$WORK"' EXIT
for rate in "$@"; do
  start_parley "$PORT" "$WORK/data-$rate" "$WORK/server.log"
  echo "== churn: $rate cycles/s"
  run_bench churn --url "http://127.0.0.1:$PORT" --rate "$rate" --warmup 5 --duration "$DURATION" \
    --server-pid "$SERVER_PID" | grep -E "error:|^\| |^\{" || true
  stop_server
done
