#!/usr/bin/env bash
# Before/after in one sitting: the same load generator (BEFORE's bench jar) against the server
# jar of two built checkouts, `fanout` 1 room x 100 members at 1,000 msg/s and the `log` write
# ceiling on a fresh embedded node each run. The order alternates (before/after, then
# after/before: ABBA), so a machine whose load drifts during the sitting favours neither side.
# Build each checkout first (./mvnw -q -B -DskipTests package -pl server,bench -am), e.g.
# `git worktree add ../before REV`.
# Usage: scripts/bench-ab.sh BEFORE_DIR AFTER_DIR [ROUNDS] [SECONDS]
#   BENCH_AB_SCENARIOS="fanout log" (default; any of fanout, log, overload, resync), BENCH_AB_WARMUP=5 (seconds),
#   BENCH_AB_FANOUT_RATE=1000 (msg/s x 100 members)
#   overload: the same fan-out past the limit server's ceiling (BENCH_AB_OVERLOAD_RATE=3500 msg/s x 100),
#   where slow sessions are shed (4408) and come back with a sync: its row and the server's CPU
#   per delivery (from the generator's JSON) say what recovery costs.
#   resync: `churn` whose every cycle replays up to 1,000 missed messages (a room of 1,000, sync from
#   a random position) at BENCH_AB_RESYNC_RATE=10 cycles/s: recovery alone, server CPU per cycle.
set -uo pipefail
BEFORE="$1" AFTER="$2" ROUNDS="${3:-2}" SECS="${4:-20}"
SCENARIOS="${BENCH_AB_SCENARIOS:-fanout log}" WARMUP="${BENCH_AB_WARMUP:-5}"
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
set +e # one failed run is reported and the sitting goes on
BENCH="$BEFORE/bench/target/parley-bench.jar"
PORT=19300
run() { # label tree scenario args…
  local label=$1 tree=$2; shift 2
  local work; work=$(mktemp -d)
  PARLEY_DATA_DIR=$work/data PARLEY_HTTP_PORT=$PORT "$JAVA_HOME/bin/java" ${PARLEY_JAVA_OPTS:-} \
    -jar "$tree/server/target/parley.jar" serve >"$work/log" 2>&1 &
  local pid=$!
  await_listening "$work/log" "$pid"
  echo "== $label $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg): $*"
  "$JAVA_HOME/bin/java" -jar "$BENCH" "$@" --warmup "$WARMUP" --duration "$SECS" \
    --url "http://127.0.0.1:$PORT" --server-pid "$pid" >"$work/out"
  grep -E "error:|closed by the server|^\| (fanout|log|churn)" "$work/out" || echo "(this run printed no result line)"
  grep '^{' "$work/out" | sed -n 's/.*"cyclesPerSecond":\([0-9.E-]*\).*"serverCores":\([0-9.E-]*\).*/\1 \2/p;' \
    | awk '$1 > 0 { printf "   %.1f cycles/s, server %.2f cores = %.1f ms CPU per cycle\n", $1, $2, 1e3 * $2 / $1 }'
  grep '^{' "$work/out" | sed -n 's/.*"deliveriesPerSecond":\([0-9.E-]*\).*"serverCores":\([0-9.E-]*\).*/\1 \2/p;' \
    | awk '$1 > 0 { printf "   %.0f deliveries/s, server %.2f cores = %.1f µs CPU per delivery\n", $1, $2, 1e6 * $2 / $1 }'
  kill "$pid"; wait "$pid" 2>/dev/null; rm -rf "$work"
}
side() { # label tree
  for scenario in $SCENARIOS; do
    case "$scenario" in
      fanout) run "$1" "$2" fanout --rooms 1 --members 100 --senders 10 --rate "${BENCH_AB_FANOUT_RATE:-1000}" ;;
      log) run "$1" "$2" log --rooms 100 --senders 1 --window 32 ;;
      overload) run "$1" "$2" fanout --rooms 1 --members 100 --senders 10 --rate "${BENCH_AB_OVERLOAD_RATE:-3500}" ;;
      resync) run "$1" "$2" churn --users 100 --room-messages 1000 --sync-behind 1000 \
        --rate "${BENCH_AB_RESYNC_RATE:-10}" ;;
      *) echo "bench-ab: unknown scenario '$scenario' (fanout, log, overload or resync)"; exit 2 ;;
    esac
  done
}
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) = 1 ]; then
    side before "$BEFORE"; side after "$AFTER"
  else
    side after "$AFTER"; side before "$BEFORE"
  fi
done
