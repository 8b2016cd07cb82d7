#!/usr/bin/env bash
# Webhooks under load, on the embedded H2 (fresh data per run):
#  1. send rate and server CPU per send through the REST API with no webhook subscription, then
#     with 5 subscriptions (events "*") to one fast receiver on loopback;
#  2. deliveries/s: the backlog run 2 left (5 deliveries per message) drained to the receiver,
#     timed from the end of the sends to the last delivery, with the server's CPU per delivery.
#  With --rate R the sends are offered at R/s (open loop) instead of as fast as the clients go: the
#  added send latency with 5 subscriptions at a load the server keeps up with, deliveries posted
#  meanwhile.
#  With --postgres the node stores in PostgreSQL (a fresh database each run) instead of the embedded H2.
#  At the end, what the 5-subscription run (sends and drain) cost the store: on PostgreSQL the row updates
#  of webhook_deliveries and the WAL written; on H2 the bytes the server wrote to disk.
#  With --dispatch-node the runs are on PostgreSQL + Redis (a fresh database each) with two nodes:
#  the sends go to node 1, which posts nothing (webhooks.dispatch=false), and node 2 posts the
#  deliveries — with --pin, node 1 on CPU 0 and node 2 on CPU 1 beside the generator and receiver.
#  Server CPU figures are node 1's during the sends and node 2's during the drain.
# Usage: scripts/bench-webhooks.sh [--pin] [--postgres | --dispatch-node] [--rooms N] [--rate R] [seconds-measured] [clients].
# Needs Node.js (the receiver). WEBHOOK_DRAIN_LIMIT (seconds, default 300) bounds the drain;
# PARLEY_JAVA_OPTS reaches the server (e.g. a JFR recording). WEBHOOK_DISPATCH=false: the node writes
# the outbox but posts nothing (what the send path itself pays; nothing is delivered or drained).
# WEBHOOK_DISPATCH_NICE=19 (with --dispatch-node) starts the posting node at that nice level: it gets the CPU
# the serving node, the database, the generator and the receiver leave — a stand-in for cores of its own.
# WEBHOOK_FIVE_ONLY=1 skips the run without subscriptions (e.g. to profile or compare the 5-subscription run alone).
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_pin_setup "${1:-}"; [ "${1:-}" = "--pin" ] && shift
DISPATCH_NODE=0 POSTGRES=0
if [ "${1:-}" = "--postgres" ]; then POSTGRES=1; shift; fi
if [ "${1:-}" = "--dispatch-node" ]; then DISPATCH_NODE=1 POSTGRES=1; shift; fi
ROOMS=1
if [ "${1:-}" = "--rooms" ]; then ROOMS="$2"; shift 2; fi
RATE=0
if [ "${1:-}" = "--rate" ]; then RATE="$2"; shift 2; fi
DURATION="${1:-20}"
CLIENTS="${2:-64}"
DRAIN_LIMIT="${WEBHOOK_DRAIN_LIMIT:-300}"
PORT=19092
RECEIVER_PORT=19093
bench_build
WORK="$(mktemp -d)"
SERVER_PID="" RECEIVER_PID="" DISPATCHER_PID=""
DB="parley_webhooks_$$" REDIS_PORT=19391
stop_nodes() {
  stop_server
  if [ -n "$DISPATCHER_PID" ]; then kill "$DISPATCHER_PID" 2>/dev/null || true; wait "$DISPATCHER_PID" 2>/dev/null || true; fi
  DISPATCHER_PID=""
}
cleanup() {
  stop_nodes
  [ -n "$RECEIVER_PID" ] && kill "$RECEIVER_PID" 2>/dev/null
  if [ "$DISPATCH_NODE" = 1 ]; then redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; fi
  if [ "$POSTGRES" = 1 ]; then
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
if [ "$POSTGRES" = 1 ]; then "$ROOT/scripts/services.sh" >/dev/null; fi
if [ "$DISPATCH_NODE" = 1 ]; then
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$WORK" --daemonize yes >/dev/null
fi

node "$ROOT/scripts/webhook-receiver.mjs" "$RECEIVER_PORT" >"$WORK/receiver.log" 2>&1 &
RECEIVER_PID=$!
until grep -q "listening" "$WORK/receiver.log"; do sleep 0.2; done

received() { tail -n 1 "$WORK/receiver.log" | sed -E 's/.*"deliveries":([0-9]+).*/\1/'; }
last_at_ms() { tail -n 1 "$WORK/receiver.log" | sed -E 's/.*"lastAtMs":([0-9]+).*/\1/'; }
server_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/${DISPATCHER_PID:-$SERVER_PID}/stat"; }

fresh_database() {
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
  psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $DB" >/dev/null
}
start_nodes() { # label: one node on H2 (or --postgres: on a fresh PostgreSQL database), or (--dispatch-node) two on one
  local label="$1"
  if [ "$DISPATCH_NODE" = 0 ]; then
    local database=()
    if [ "$POSTGRES" = 1 ]; then
      fresh_database
      database=(PARLEY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" PARLEY_DB_USER=postgres)
    fi
    start_parley "$PORT" "$WORK/data-$label" "$WORK/server-$label.log" PARLEY_WEBHOOKS_ALLOW_LOOPBACK=true \
      PARLEY_WEBHOOKS_DISPATCH="${WEBHOOK_DISPATCH:-true}" "${database[@]}"
    return
  fi
  fresh_database
  local cluster=(PARLEY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" PARLEY_DB_USER=postgres
    PARLEY_REDIS_URL="redis://127.0.0.1:$REDIS_PORT" PARLEY_WEBHOOKS_ALLOW_LOOPBACK=true
    PARLEY_FILES_DIR="$WORK/files-$label" PARLEY_FILES_DIR_SHARED=true)
  start_parley "$PORT" "$WORK/node1-$label" "$WORK/node1-$label.log" "${cluster[@]}" PARLEY_WEBHOOKS_DISPATCH=false
  local sender_pid="$SERVER_PID" saved=("${SERVER_PREFIX[@]}")
  [ "${#CLIENT_PREFIX[@]}" -gt 0 ] && SERVER_PREFIX=("${CLIENT_PREFIX[@]}")
  [ -n "${WEBHOOK_DISPATCH_NICE:-}" ] && SERVER_PREFIX=(nice -n "$WEBHOOK_DISPATCH_NICE" "${SERVER_PREFIX[@]}")
  start_parley "$((PORT + 10))" "$WORK/node2-$label" "$WORK/node2-$label.log" "${cluster[@]}" PARLEY_WEBHOOKS_DISPATCH=true
  SERVER_PREFIX=("${saved[@]}")
  DISPATCHER_PID="$SERVER_PID" SERVER_PID="$sender_pid"
}

psql_db() { psql -qtA -h 127.0.0.1 -U postgres -d "$DB" -c "$1"; }
store_mark() { # what the store has written so far (WAL position, or the serving node's bytes written)
  if [ "$POSTGRES" = 1 ]; then STORE_MARK="$(psql_db "SELECT pg_current_wal_lsn()")"
  else STORE_MARK="$(awk '/^write_bytes/ { print $2 }' "/proc/$SERVER_PID/io")"; fi
}
store_cost() { # deliveries: what the store wrote since store_mark, per delivery
  local deliveries="$1"
  if [ "$POSTGRES" = 1 ]; then
    sleep 1 # the backends' statistics reach pg_stat within a second
    psql_db "SELECT n_tup_upd, pg_wal_lsn_diff(pg_current_wal_lsn(), '$STORE_MARK')
             FROM pg_stat_user_tables WHERE relname = 'webhook_deliveries'" | awk -F'|' -v n="$deliveries" \
      '{ printf "store: PostgreSQL, %d row updates of webhook_deliveries (%.2f per delivery), WAL %.1f MB (%.2f KB per delivery)\n", $1, $1 / n, $2 / 1e6, $2 / 1e3 / n }'
  else
    awk '/^write_bytes/ { print $2 }' "/proc/$SERVER_PID/io" | awk -v n="$deliveries" -v mark="$STORE_MARK" \
      '{ printf "store: H2, the serving node wrote %.1f MB to disk (%.2f KB per delivery, sends included)\n", ($1 - mark) / 1e6, ($1 - mark) / 1e3 / n }'
  fi
}

send() { # label subscriptions
  local label="$1" subscriptions="$2"
  start_nodes "$label"
  store_mark
  for _ in $(seq 1 "$subscriptions"); do
    curl -sf -X POST "http://127.0.0.1:$PORT/v1/webhooks" -H "Authorization: Bearer $PARLEY_API_SECRET" \
      -H 'Content-Type: application/json' \
      -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/\",\"events\":[\"*\"]}" >/dev/null
  done
  echo "== $label: $subscriptions webhook subscription(s), $CLIENTS clients, $ROOMS room(s), rate $RATE/s (0: closed loop)"
  run_bench rest-send --url "http://127.0.0.1:$PORT" --rooms "$ROOMS" --clients "$CLIENTS" --rate "$RATE" --warmup 5 \
    --duration "$DURATION" --server-pid "$SERVER_PID" | grep -E "error:|^\| |^\{" || true
}

if [ -z "${WEBHOOK_FIVE_ONLY:-}" ]; then send none 0; stop_nodes; fi
send five 5
echo "receiver: $(received) deliveries when the sends ended"
echo "== draining the backlog to the receiver (deliveries/s after the sends ended), load average $(cut -d' ' -f1-3 /proc/loadavg)"
sleep 1.1 # the receiver's next line
start_count="$(received)" start_ms="$(date +%s%3N)" start_ticks="$(server_cpu_ticks)"
previous=-1
while true; do
  sleep 5
  count="$(received)"
  [ "$count" = "$previous" ] && break
  previous="$count"
  if [ $(( $(date +%s%3N) - start_ms )) -gt $(( DRAIN_LIMIT * 1000 )) ]; then
    echo "drain: still delivering after ${DRAIN_LIMIT} s (not drained)"; break
  fi
done
end_ticks="$(server_cpu_ticks)" end_ms="$(last_at_ms)" hz="$(getconf CLK_TCK)"
drained=$(( count - start_count ))
awk -v n="$drained" -v total="$count" -v ms="$(( end_ms - start_ms ))" -v ticks="$(( end_ticks - start_ticks ))" -v hz="$hz" \
  'BEGIN { if (n == 0) { printf "drain: nothing left to drain (%d delivered while the sends ran)\n", total; exit }
          s = ms / 1000; printf "drain: %d deliveries (of %d in all) in %.1f s = %.0f deliveries/s; server CPU %.2f ms per delivery\n", n, total, s, (s > 0 ? n / s : 0), (n > 0 ? ticks * 1000 / hz / n : 0) }'
echo "drain ended: load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$count" -gt 0 ] && store_cost "$count"
stop_nodes
