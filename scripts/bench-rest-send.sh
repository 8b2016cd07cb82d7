#!/usr/bin/env bash
# Measures REST sends/s into 1 room and into 100 rooms, on the embedded H2 and on PostgreSQL,
# with group commit on and off. Starts and stops its own server for each configuration
# (fresh data each time). Usage: scripts/bench-rest-send.sh [seconds-measured] [clients]
# Needs PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres (scripts/services.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${1:-20}"
CLIENTS="${2:-200}"
PORT=18090
export PARLEY_API_KEY=pk_bench PARLEY_API_SECRET=sk_bench_0123456789abcdef0123456789abcdef
"$ROOT/parley" build -q >/dev/null
WORK="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

run() { # database group-commit rooms
  local database="$1" group="$2" rooms="$3" url="" data="$WORK/data-$RANDOM"
  if [ "$database" = postgres ]; then
    local db="parley_bench_$RANDOM"
    psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $db" postgres
    url="jdbc:postgresql://127.0.0.1:5432/$db"
  fi
  PARLEY_DATA_DIR="$data" PARLEY_HTTP_PORT=$PORT PARLEY_DB_URL="$url" PARLEY_DB_USER=postgres \
    PARLEY_MESSAGES_GROUP_COMMIT="$group" "$ROOT/parley" serve >"$WORK/server.log" 2>&1 &
  local server=$!
  until grep -q "listening on" "$WORK/server.log"; do sleep 0.5; done
  echo "== $database, group commit $group, $rooms room(s), $CLIENTS clients"
  "$ROOT/parley" bench rest-send --url "http://127.0.0.1:$PORT" --rooms "$rooms" --clients "$CLIENTS" \
    --warmup 5 --duration "$DURATION" --server-pid "$server" | grep -E "error:|^\| rest-send|^\{" | sed "s/^| rest-send/| $database | $group/" || true
  kill "$server"; wait "$server" 2>/dev/null || true
}

for database in h2 postgres; do
  for group in true false; do
    for rooms in 1 100; do
      run "$database" "$group" "$rooms"
    done
  done
done
