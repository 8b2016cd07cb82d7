#!/usr/bin/env bash
# Shared by scripts/bench-*.sh (source it): builds the jars without installing anything
# (mvnw package), starts servers, runs the load generator, and does the CPU split.
#
# CPU split: BENCH_PIN=1 (or --pin as a script's first argument) pins every server to CPU 0 and
# the load generator to CPU 1 with taskset (util-linux), so they stop competing for the same
# core; BENCH_SERVER_CPUS / BENCH_CLIENT_CPUS choose other CPU lists. Each script prints which
# it did; figures in docs/benchmarks.md state it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/javac" ]; then
  JAVA_HOME="$( (ls -d /usr/lib/jvm/temurin-* 2>/dev/null || true) | sort -rV | head -n 1)"
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
export PARLEY_API_KEY="${PARLEY_API_KEY:-pk_bench}"
export PARLEY_API_SECRET="${PARLEY_API_SECRET:-sk_bench_0123456789abcdef0123456789abcdef}"
SERVER_JAR="$ROOT/server/target/parley.jar"
BENCH_JAR="$ROOT/bench/target/parley-bench.jar"
SERVER_PREFIX=() CLIENT_PREFIX=()

# bench_pin_setup [--pin]: decides the CPU split and says which it did.
bench_pin_setup() {
  if [ "${1:-}" = "--pin" ]; then BENCH_PIN=1; fi
  if [ "${BENCH_PIN:-0}" = 1 ]; then
    if command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -ge 2 ]; then
      SERVER_PREFIX=(taskset -c "${BENCH_SERVER_CPUS:-0}")
      CLIENT_PREFIX=(taskset -c "${BENCH_CLIENT_CPUS:-1}")
      echo "bench: CPU split: server(s) pinned to CPU ${BENCH_SERVER_CPUS:-0}, load generator to CPU ${BENCH_CLIENT_CPUS:-1} (taskset)"
    else
      echo "bench: CPU split asked for but not done (no taskset or fewer than 2 CPUs): nothing pinned"
    fi
  else
    echo "bench: no CPU split: server(s) and load generator share all $(nproc) CPUs (BENCH_PIN=1 or --pin to split)"
  fi
  echo "bench: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# bench_build: packages the server and bench jars when a source is newer (never mvn install).
bench_build() {
  if [ ! -f "$BENCH_JAR" ] || [ ! -f "$SERVER_JAR" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT/core" "$ROOT/protocol" "$ROOT/store" \
      "$ROOT/server" "$ROOT/bench" -newer "$BENCH_JAR" \( -name '*.java' -o -name '*.sql' -o -name pom.xml \) \
      -not -path '*/target/*' -print -quit)" ]; then
    echo "bench: building the jars (mvnw package)…"
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package -pl server,bench -am)
  fi
}

# await_listening LOG PID: waits until the server logs "listening on"; fails if it died.
await_listening() {
  until grep -q "listening on" "$1"; do
    if ! kill -0 "$2" 2>/dev/null; then cat "$1" >&2; echo "bench: the server did not start" >&2; return 1; fi
    sleep 0.5
  done
}

# start_parley PORT DATA_DIR LOG [ENV=VALUE …]: starts a Parley node; sets SERVER_PID.
start_parley() {
  local port="$1" data="$2" log="$3"; shift 3
  env PARLEY_DATA_DIR="$data" PARLEY_HTTP_PORT="$port" "$@" \
    "${SERVER_PREFIX[@]}" "$JAVA_HOME/bin/java" ${PARLEY_JAVA_OPTS:-} -jar "$SERVER_JAR" serve >"$log" 2>&1 &
  SERVER_PID=$!
  await_listening "$log" "$SERVER_PID"
}

# start_limit PORT LOG: starts the limit server; sets SERVER_PID.
start_limit() {
  "${SERVER_PREFIX[@]}" "$JAVA_HOME/bin/java" ${PARLEY_JAVA_OPTS:-} -jar "$BENCH_JAR" limit-server --port "$1" >"$2" 2>&1 &
  SERVER_PID=$!
  await_listening "$2" "$SERVER_PID"
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}

# run_bench SCENARIO ARGS…: the load generator (pinned when the CPU split is on).
run_bench() {
  "${CLIENT_PREFIX[@]}" "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -jar "$BENCH_JAR" "$@"
}
