#!/usr/bin/env bash
# WebSocket fan-out against a cluster of N nodes on this machine: PostgreSQL at 127.0.0.1:5432
# (user postgres, as scripts/services.sh sets up), a Redis of its own on port 16390, sessions
# spread over the nodes round-robin. N=1 runs the same single node on PostgreSQL + Redis, the
# baseline the cluster figures are compared with. A fresh database per run.
# Usage: scripts/bench-cluster.sh NODES ROOMS MEMBERS SENDERS SECONDS RATE
#   e.g. scripts/bench-cluster.sh 3 1 100 10 20 200
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODES="$1" ROOMS="$2" MEMBERS="$3" SENDERS="$4" DURATION="$5" RATE="$6"
REDIS_PORT=16390
DB="parley_bench_$$"
export PARLEY_API_KEY=pk_bench PARLEY_API_SECRET=sk_bench_0123456789abcdef0123456789abcdef
"$ROOT/scripts/services.sh"
(cd "$ROOT" && ./mvnw -q -B -DskipTests package -pl server,bench -am)
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
  PARLEY_DATA_DIR="$WORK/node$n" PARLEY_HTTP_PORT=$port PARLEY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    PARLEY_DB_USER=postgres PARLEY_REDIS_URL="redis://127.0.0.1:$REDIS_PORT" \
    "$ROOT/parley" serve >"$WORK/node$n.log" 2>&1 &
  pids="${pids:+$pids,}$!"
  urls="${urls:+$urls,}http://127.0.0.1:$port"
  until grep -q "listening on" "$WORK/node$n.log"; do
    if ! kill -0 "$!" 2>/dev/null; then cat "$WORK/node$n.log"; exit 1; fi
    sleep 0.5
  done
done
echo "== fanout on $NODES node(s): $ROOMS room(s) x $MEMBERS members, $SENDERS senders/room, $RATE msg/s"
"$ROOT/parley" bench fanout --url "$urls" --rooms "$ROOMS" --members "$MEMBERS" --senders "$SENDERS" \
  --rate "$RATE" --warmup 5 --duration "$DURATION" --server-pid "$pids" | grep -E "error:|^\| fanout|^\{" || true
