#!/usr/bin/env bash
# Measures REST sends/s into 1 room and into 100 rooms, on the embedded H2 and on PostgreSQL,
# with group commit on and off. Starts and stops its own server for each configuration
# (fresh data each time). Usage: scripts/bench-rest-send.sh [seconds-measured] [clients]
# Needs PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres (scripts/services.sh).
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_pin_setup "${1:-}"; [ "${1:-}" = "--pin" ] && shift
DURATION="${1:-20}"
CLIENTS="${2:-200}"
PORT=19090
bench_build
WORK="$(mktemp -d)"
SERVER_PID=""
trap 'stop_server; rm -rf "$WORK"' EXIT

run() { # database group-commit rooms
  local database="$1" group="$2" rooms="$3" url="" data="$WORK/data-$RANDOM"
  if [ "$database" = postgres ]; then
    local db="parley_bench_$RANDOM"
    psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $db" postgres
    url="jdbc:postgresql://127.0.0.1:5432/$db"
  fi
  start_parley "$PORT" "$data" "$WORK/server.log" PARLEY_DB_URL="$url" PARLEY_DB_USER=postgres \
    PARLEY_MESSAGES_GROUP_COMMIT="$group"
  echo "== $database, group commit $group, $rooms room(s), $CLIENTS clients"
  run_bench rest-send --url "http://127.0.0.1:$PORT" --rooms "$rooms" --clients "$CLIENTS" \
    --warmup 5 --duration "$DURATION" --server-pid "$SERVER_PID" | grep -E "error:|^\| rest-send|^\{" | sed "s/^| rest-send/| $database | $group/" || true
  stop_server
}

for database in h2 postgres; do
  for group in true false; do
    for rooms in 1 100; do
      run "$database" "$group" "$rooms"
    done
  done
done
