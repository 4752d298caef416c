#!/usr/bin/env bash
# A soak: SafeShare on PostgreSQL takes sharing requests at half its measured capacity for a long time.
#
#   ops/soak.sh [MINUTES] [RATE]          (default 30 minutes; RATE in requests/s, measured if not given)
#
# Creates the database $SAFESHARE_SOAK_DB (default `soak`) afresh and starts SafeShare on port
# $SAFESHARE_SOAK_PORT (default 8204) with demo data ($SAFESHARE_JAVA_OPTS adds JVM options). Without RATE,
# it first measures capacity on this machine as it is: the load generator (HttpLoad, the `benchmarks`
# profile) sends 500 warm-up and then up to 3,000 requests (at most 180 s) from 16 clients with no think
# time, and the soak runs at half the requests/s it reached (with RATE given, 500 requests from 4 clients warm
# the server up instead). The soak (uk.safeshare.firewall.benchmark.Soak) sends requests at
# that fixed rate whatever the answers' pace (open loop; latency counted from when each was due) and prints,
# for every 5 minutes, the requests, those not answered 201, latency percentiles and the server's heap just
# after a full collection (jcmd GC.run, GC.heap_info). Afterwards the audit log must verify.
# Exits non-zero if any request was not answered 201 or the log does not verify.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-30}"; rate="${2:-}"

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="${SAFESHARE_SOAK_DB:-soak}"
port="${SAFESHARE_SOAK_PORT:-8204}"
password="Demo-Password-2026"
case "$db" in postgres|template0|template1|test) echo "Refusing to drop the database '$db'" >&2; exit 2 ;; esac

. .mvn/select-jdk.sh
java="${JAVA_HOME:?no JDK 21+ found}/bin/java"
[ -f target/safeshare.jar ] && [ -f target/test-classes/uk/safeshare/firewall/benchmark/Soak.class ] \
  || ./mvnw -q -Pbenchmarks -DskipTests package
work="$(mktemp -d)"
. ops/lib.sh
trap 'stop_server; rm -rf "$work"' EXIT
key="$(head -c 32 /dev/urandom | base64)"
url="jdbc:postgresql://$PGHOST:$PGPORT/$db"

dropdb --if-exists "$db"; createdb "$db"
start_server "$db"
vkey="$(verifier_key)"; [ -n "$vkey" ] || { echo "Could not read the log's verifier key" >&2; exit 1; }

if [ -z "$rate" ]; then
  echo "== Capacity: up to 3,000 requests from 16 clients (at most 180 s) after 500 warm-up ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))"
  # On a busy machine the level may stop at its time limit (the generator then exits 1): its rate still counts.
  "$java" -cp target/test-classes uk.safeshare.firewall.benchmark.HttpLoad --base-url="http://127.0.0.1:$port" \
    --password="$password" --clients=16 --requests=3000 --warmup=500 --max-seconds=180 --setup-file="$work/setup" \
    | tee "$work/capacity" || true
  capacity="$(awk -F'|' '$2 + 0 == 16 && $3 + 0 > 0 { gsub(/ /, "", $7); print $7 }' "$work/capacity")"
  [ -n "$capacity" ] || { echo "Could not read the capacity" >&2; exit 1; }
  rate="$(awk "BEGIN{printf \"%.1f\", $capacity / 2}")"
  echo "Capacity $capacity requests/s: the soak runs at $rate requests/s"
else # warm the JVM up first, as the capacity measurement would have: a cold server swamped by an open loop times out
  echo "== Warm-up: 500 requests from 4 clients ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))"
  "$java" -cp target/test-classes uk.safeshare.firewall.benchmark.HttpLoad --base-url="http://127.0.0.1:$port" \
    --password="$password" --clients=1 --requests=1 --warmup=500 --warmup-clients=4 --max-seconds=300 \
    --setup-file="$work/setup" | grep -E '^(Set-up|Warm-up|  not 201)' || true
fi

echo "== Soak: $rate requests/s for $minutes minutes ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))"
soak=0
"$java" -cp target/test-classes uk.safeshare.firewall.benchmark.Soak --base-url="http://127.0.0.1:$port" \
  --password="$password" --rate="$rate" --minutes="$minutes" --server-pid="$server" --setup-file="$work/setup" || soak=$?
echo "Ended $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
if grep -q ' ERROR ' "$work/server.log"; then
  echo "== Errors in SafeShare's log:"; grep ' ERROR ' "$work/server.log" | sort | uniq -c | sort -rn | head -20
fi
stop_server
verified=0; "$java" -jar target/safeshare.jar verify-audit --url="$url" --user="$PGUSER" --public-key="$vkey" || verified=$?
echo "verify-audit exit status: $verified"
[ "$soak" -eq 0 ] && [ "$verified" -eq 0 ]
