#!/usr/bin/env bash
# WebSocket fan-out against a cluster of N nodes on this machine: PostgreSQL at 127.0.0.1:5432
# (user postgres, as scripts/services.sh sets up), a Redis of its own on port 19390, sessions
# spread over the nodes round-robin. N=1 runs the same single node on PostgreSQL + Redis, the
# baseline the cluster figures are compared with. A fresh database per run.
# Usage: scripts/bench-cluster.sh [--pin] NODES ROOMS MEMBERS SENDERS SECONDS RATE [fanout options…]
#   e.g. scripts/bench-cluster.sh 3 1 100 10 20 200
#        scripts/bench-cluster.sh 2 1 100 10 20 200 --senders-on-first-node   (isolates the cross-node hop)
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_pin_setup "${1:-}"
if [ "${1:-}" = "--pin" ]; then shift; fi
NODES="$1" ROOMS="$2" MEMBERS="$3" SENDERS="$4" DURATION="$5" RATE="$6"
shift 6
REDIS_PORT=19390
DB="parley_bench_$$"
"$ROOT/scripts/services.sh"
bench_build
WORK="$(mktemp -d)"
cleanup() {
  kill $(jobs -p) 2>/dev/null || true
  wait 2>/dev/null || true
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $DB" >/dev/null
redis-server --port $REDIS_PORT --bind 127.0.0.1 --save "" --appendonly no --dir "$WORK" >"$WORK/redis.log" 2>&1 &
urls="" pids=""
for n in $(seq 1 "$NODES"); do
  port=$((19100 + n))
  start_parley "$port" "$WORK/node$n" "$WORK/node$n.log" PARLEY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    PARLEY_DB_USER=postgres PARLEY_REDIS_URL="redis://127.0.0.1:$REDIS_PORT" \
    PARLEY_FILES_DIR="$WORK/shared-files" PARLEY_FILES_DIR_SHARED=true
  pids="${pids:+$pids,}$SERVER_PID"
  urls="${urls:+$urls,}http://127.0.0.1:$port"
done
echo "== fanout on $NODES node(s): $ROOMS room(s) x $MEMBERS members, $SENDERS senders/room, $RATE msg/s"
run_bench fanout --url "$urls" --rooms "$ROOMS" --members "$MEMBERS" --senders "$SENDERS" \
  --rate "$RATE" --warmup 5 --duration "$DURATION" --server-pid "$pids" "$@" | grep -E "error:|^\| fanout|^\{" || true
