#!/usr/bin/env bash
# History paging against a node on the embedded database: seeds MESSAGES messages over
# SEED_ROOMS rooms (concurrent REST senders; the seed rate is printed), then random 50-message
# pages at each RATE. The data directory is kept (printed at the end) so a large seed can be
# measured again: BENCH_DATA_DIR=<dir> BENCH_ROOMS=<ids> scripts/bench-history.sh … skips seeding.
# Usage: scripts/bench-history.sh [--pin] MESSAGES SEED_ROOMS SECONDS RATE [RATE …]
#   e.g. scripts/bench-history.sh --pin 10000000 10 20 200 1000
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_pin_setup "${1:-}"; [ "${1:-}" = "--pin" ] && shift
MESSAGES="$1" SEED_ROOMS="$2" DURATION="$3"; shift 3
PORT=19098
bench_build
DATA="${BENCH_DATA_DIR:-$(mktemp -d)}"
rooms="${BENCH_ROOMS:-}"
SERVER_PID=""
trap 'stop_server' EXIT
start_parley "$PORT" "$DATA/data" "$DATA/server.log"
for rate in "$@"; do
  echo "== history: ${rooms:+rooms $rooms, }$MESSAGES messages over $SEED_ROOMS room(s), $rate pages/s"
  args=(--messages "$MESSAGES" --seed-rooms "$SEED_ROOMS")
  [ -n "$rooms" ] && args=(--room "$rooms")
  run_bench history --url "http://127.0.0.1:$PORT" "${args[@]}" --rate "$rate" --warmup 5 \
    --duration "$DURATION" --server-pid "$SERVER_PID" | tee "$DATA/last.out" | grep -E "error:|seeded [0-9]|^\| |^\{" || true
  rooms="$(sed -n 's/.*"roomIds":"\([^"]*\)".*/\1/p' "$DATA/last.out")"
done
echo "bench: data kept in $DATA; again: BENCH_DATA_DIR=$DATA BENCH_ROOMS=$rooms $0 $MESSAGES $SEED_ROOMS $DURATION RATE"
