#!/usr/bin/env bash
# File uploads against one node on the embedded database (curl as the client):
#   1. upload MB/s: SEQUENTIAL uploads of one SIZE_MIB text file, one after the other;
#   2. images/s: IMAGES uploads of the README screenshots (each makes a thumbnail and a preview),
#      4 at a time;
#   3. the server's RSS while CONCURRENT uploads of SIZE_MIB run at once (sampled every 0.2 s).
# Usage: scripts/bench-files.sh [--pin] [SIZE_MIB=20] [SEQUENTIAL=10] [IMAGES=40] [CONCURRENT=50]
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_pin_setup "${1:-}"
if [ "${1:-}" = "--pin" ]; then shift; fi
SIZE_MIB="${1:-20}" SEQUENTIAL="${2:-10}" IMAGES="${3:-40}" CONCURRENT="${4:-50}"
bench_build
WORK="$(mktemp -d)"
cleanup() { stop_server; rm -rf "$WORK"; }
trap cleanup EXIT
PORT=19210
start_parley "$PORT" "$WORK/data" "$WORK/server.log" PARLEY_FILES_MAX_MIB=$((SIZE_MIB + 1))
URL="http://127.0.0.1:$PORT" AUTH="Authorization: Bearer $PARLEY_API_SECRET"
curl -sf -X PUT "$URL/v1/users/bench" -H "$AUTH" -H 'Content-Type: application/json' -d '{"name":"Bench"}' >/dev/null
TOKEN=$(curl -sf -X POST "$URL/v1/users/bench/tokens" -H "$AUTH" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
ROOM=$(curl -sf -X POST "$URL/v1/rooms" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"type":"group","name":"Files"}' | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
{ yes "Parley file upload benchmark, one line of plain text." || true; } | head -c $((SIZE_MIB * 1024 * 1024)) >"$WORK/big.txt"
upload() { # FILE [TYPE] → prints the HTTP status
  curl -s -o /dev/null -w '%{http_code}\n' -X POST "$URL/v1/rooms/$ROOM/files" -H "Authorization: Bearer $TOKEN" \
    -F "upload=@$1${2:+;type=$2}"
}
export -f upload; export URL ROOM TOKEN

start=$(date +%s.%N)
for _ in $(seq 1 "$SEQUENTIAL"); do [ "$(upload "$WORK/big.txt" text/plain)" = 201 ] || echo "bench: an upload failed"; done
end=$(date +%s.%N)
awk -v n="$SEQUENTIAL" -v mib="$SIZE_MIB" -v s="$start" -v e="$end" \
  'BEGIN { printf "upload: %d × %d MiB sequential in %.1f s = %.1f MiB/s\n", n, mib, e - s, n * mib / (e - s) }'

start=$(date +%s.%N)
for i in $(seq 1 "$IMAGES"); do echo "$ROOT/docs/img/app-$([ $((i % 2)) = 0 ] && echo light || echo dark).png"; done \
  | xargs -P 4 -I{} bash -c 'upload {} image/png' | sort | uniq -c | sed 's/^/images: status /'
end=$(date +%s.%N)
awk -v n="$IMAGES" -v s="$start" -v e="$end" \
  'BEGIN { printf "images: %d screenshots of 1200 × 720 (thumbnail + preview each) in %.1f s = %.1f images/s\n", n, e - s, n / (e - s) }'

rss() { awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status"; }
echo "rss: before $(( $(rss) / 1024 )) MiB"
( while sleep 0.2; do rss; done ) >"$WORK/rss" &
SAMPLER=$!
seq 1 "$CONCURRENT" | xargs -P "$CONCURRENT" -I{} bash -c "upload $WORK/big.txt text/plain" | sort | uniq -c \
  | sed 's/^/concurrent: status /'
kill $SAMPLER
echo "rss: during $CONCURRENT concurrent × $SIZE_MIB MiB uploads: max $(( $(sort -n "$WORK/rss" | tail -1) / 1024 )) MiB, after $(( $(rss) / 1024 )) MiB"
