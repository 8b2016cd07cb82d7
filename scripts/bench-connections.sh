#!/usr/bin/env bash
# Idle authenticated WebSockets against a fresh node on the embedded database: opened at RAMP/s,
# held SECONDS, ping every 25 s. Reports server RSS per session and CPU at rest.
# Past ~28k sessions one source address runs out of ephemeral ports: the script adds
# 127.0.0.2, 127.0.0.3, … (one per 25,000 sessions; all of 127/8 is loopback on Linux) and
# raises the open-file limit (the hard one too when run as root).
# Server heap: PARLEY_JAVA_OPTS (e.g. "-Xms1g -Xmx1g" so RSS grows by what sessions touch).
# Usage: scripts/bench-connections.sh [--pin] CONNECTIONS RAMP SECONDS [SESSIONS_PER_USER]
#   e.g. scripts/bench-connections.sh --pin 50000 1000 60
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_pin_setup "${1:-}"; [ "${1:-}" = "--pin" ] && shift
CONNECTIONS="$1" RAMP="$2" DURATION="$3" PER_USER="${4:-1}"
PORT=19097
# Each side holds one file per socket: raise the hard limit when allowed (root), then the soft one.
want=$(( CONNECTIONS + 16384 ))
if [ "$(ulimit -Hn)" != unlimited ] && [ "$(ulimit -Hn)" -lt "$want" ]; then
  ulimit -Hn "$want" 2>/dev/null || echo "bench: cannot raise the open-file hard limit to $want (not permitted here)"
fi
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
addresses="127.0.0.1"
for n in $(seq 2 $(( (CONNECTIONS + 24999) / 25000 ))); do addresses="$addresses,127.0.0.$n"; done
echo "bench: source addresses $addresses; open files $(ulimit -n)"
bench_build
WORK="$(mktemp -d)"
SERVER_PID=""
trap 'stop_server; rm -rf "$WORK"' EXIT
start_parley "$PORT" "$WORK/data" "$WORK/server.log"
run_bench connections --url "http://127.0.0.1:$PORT" --connections "$CONNECTIONS" --ramp-per-second "$RAMP" \
  --sessions-per-user "$PER_USER" --source-address "$addresses" --duration "$DURATION" --server-pid "$SERVER_PID" \
  | grep -E "error:|open,|^\| |^\{"
