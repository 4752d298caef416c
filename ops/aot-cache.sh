#!/usr/bin/env bash
# Makes the JDK's ahead-of-time cache for SafeShare (JDK 25, JEP 483/514/515): classes already read,
# parsed, verified and linked, and method profiles, recorded from a training run and mapped at start-up.
#
#   ops/aot-cache.sh            -> target/aot/safeshare.jar (+ lib/) and target/aot/safeshare.aot
#
# 1. extracts the executable jar (Spring Boot's `-Djarmode=tools extract`): the cache needs classes
#    on a plain class path, which the nested jar does not give;
# 2. training run: starts SafeShare from the extracted jar on a scratch data folder with demo data (so
#    migrations, key generation, seeding and password hashing are recorded), asks for a few pages and
#    the API description, then stops it; the JVM writes the cache as it exits.
# Run it again whenever the jar changes (a cache made from another jar is refused with a warning and the
# JVM starts without it). Use the same JDK and the same flags in production ($SAFESHARE_PRODUCTION_OPTS).
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
java="${JAVA_HOME:?no JDK found}/bin/java"
major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "$major" -ge 25 ] || { echo "The ahead-of-time cache needs JDK 25 or newer (found $major)" >&2; exit 2; }
. ops/production-opts.sh
[ -f target/safeshare.jar ] || ./mvnw -q -B -ntp -DskipTests package
port="${SAFESHARE_TRAINING_PORT:-8204}"

rm -rf target/aot
"$java" -Djarmode=tools -jar target/safeshare.jar extract --destination target/aot >/dev/null
data="$(mktemp -d /tmp/safeshare-training.XXXXXX)"
# shellcheck disable=SC2086
SAFESHARE_DATA_DIR="$data" PORT="$port" "$java" $SAFESHARE_PRODUCTION_OPTS -XX:AOTCacheOutput=target/aot/safeshare.aot \
  -jar target/aot/safeshare.jar --server.address=127.0.0.1 >"$data/training.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
  kill -0 "$pid" 2>/dev/null || { echo "Training run did not start:" >&2; tail -30 "$data/training.log" >&2; exit 1; }
  sleep 0.2
done
for path in / /sign-in /readyz /v3/api-docs /accessibility; do
  curl -s -o /dev/null "http://127.0.0.1:$port$path" || true
done
kill "$pid"; wait "$pid" || true
[ -s target/aot/safeshare.aot ] || { echo "No cache written:" >&2; tail -30 "$data/training.log" >&2; exit 1; }
rm -rf "$data"
echo "target/aot/safeshare.aot ($(du -m target/aot/safeshare.aot | cut -f1) MiB): start with"
echo "  java $SAFESHARE_PRODUCTION_OPTS -XX:AOTCache=target/aot/safeshare.aot -jar target/aot/safeshare.jar"
