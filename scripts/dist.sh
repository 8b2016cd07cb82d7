#!/usr/bin/env bash
# Builds the self-contained release archive: a jlinked Java runtime with only the modules Parley
# needs, the server jar (with the web UI inside), a launcher, a sample config and a systemd unit.
#   scripts/dist.sh [--jar server/target/parley.jar] [--out dist]
# Prints the archive's path. Needs a JDK >= 21 (JAVA_HOME) with jlink and jdeps. Run through
# `./parley dist`, which builds the jar first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/server/target/parley.jar"
OUT="$ROOT/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "dist: unknown option $1 (use --jar FILE, --out DIR)" >&2; exit 2 ;;
  esac
done
JDK="${JAVA_HOME:?dist: set JAVA_HOME to a JDK 21 or newer}"
[ -f "$JAR" ] || { echo "dist: $JAR is missing; build it with ./parley dist" >&2; exit 1; }

VERSION="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -n 1)"
NAME="parley-$VERSION-linux-x64"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
STAGE="$WORK/$NAME"
mkdir -p "$STAGE/lib" "$OUT"

# What jdeps finds in the jar, plus what is only reached at run time: JMX and JFR for /metrics,
# the elliptic-curve and Kerberos providers TLS may ask for (PostgreSQL, Redis), JNDI for the
# JDBC drivers, the zip file system for reading resources.
MODULES="$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 21 "$JAR")"
MODULES="$MODULES,jdk.management,jdk.management.agent,jdk.crypto.ec,jdk.crypto.cryptoki,java.naming,jdk.unsupported,jdk.zipfs,jdk.localedata"
"$JDK/bin/jlink" --add-modules "$MODULES" --output "$STAGE/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 --include-locales=en 2>&1 \
  | grep -v 'is deprecated and may be removed' >&2 || true
[ -x "$STAGE/runtime/bin/java" ] || { echo "dist: jlink did not produce a runtime" >&2; exit 1; }

cp "$JAR" "$STAGE/lib/parley.jar"
cp -r "$ROOT/packaging/bin" "$ROOT/packaging/config" "$ROOT/packaging/systemd" "$STAGE/"
cp "$ROOT/LICENSE" "$ROOT/CHANGELOG.md" "$STAGE/"
cat > "$STAGE/README.txt" <<TXT
Parley $VERSION — self-hosted chat engine (Apache-2.0, see LICENSE).

Start:   bin/parley serve --data-dir ./data        (then open the printed address)
Config:  config/parley.properties.sample           (bin/parley serve --config FILE)
Service: systemd/parley.service                    (install steps at its top)
Help:    bin/parley help

No Java or Node is needed: runtime/ is the Java runtime Parley runs on.
TXT
chmod +x "$STAGE/bin/parley"
ARCHIVE="$OUT/$NAME.tar.gz"
tar -C "$WORK" -czf "$ARCHIVE" "$NAME"
echo "$ARCHIVE"
