#!/usr/bin/env bash
# Durable write ceiling: `log` (pipelined WebSocket senders over many rooms, as fast as acks
# come back) against a fresh node on the embedded H2, then on PostgreSQL (127.0.0.1:5432, user
# postgres, as scripts/services.sh sets up; skipped when psql cannot reach it). Group commit on
# (the default).
# Usage: scripts/bench-log.sh [--pin] SECONDS [ROOMS] [WINDOW] [SENDERS_PER_ROOM]
#   e.g. scripts/bench-log.sh --pin 20 100 32 1
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_pin_setup "${1:-}"; [ "${1:-}" = "--pin" ] && shift
DURATION="$1" ROOMS="${2:-100}" WINDOW="${3:-32}" SENDERS="${4:-1}"
PORT=19190
DB="parley_bench_log_$$"
bench_build
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  stop_server
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

log() { # label
  echo "== log on $1: $ROOMS rooms x $SENDERS sender(s), $WINDOW in flight each, ${DURATION}s"
  run_bench log --url "http://127.0.0.1:$PORT" --rooms "$ROOMS" --senders "$SENDERS" --window "$WINDOW" \
    --warmup 5 --duration "$DURATION" --server-pid "$SERVER_PID" | grep -E "error:|^\| log|^\{" | sed "s/^| log/| log $1/" || true
}

start_parley "$PORT" "$WORK/h2" "$WORK/h2.log"
log h2
stop_server
if psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $DB" postgres >/dev/null 2>&1; then
  start_parley "$PORT" "$WORK/pg" "$WORK/pg.log" PARLEY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" PARLEY_DB_USER=postgres
  log postgres
  stop_server
else
  echo "bench: PostgreSQL at 127.0.0.1:5432 not reachable as postgres: skipped (scripts/services.sh starts it)"
fi
