#!/usr/bin/env bash
# One sharing request body, sent by wrk (a load generator that costs almost no CPU), to a SafeShare
# already built in this checkout (target/safeshare.jar, and the benchmarks profile's test classes for the
# set-up), on PostgreSQL. For before/after comparisons of the request path on a 2-core machine, where the
# Java generator of bench/firewall-load.sh takes a quarter of a core and its runs differ by up to 15%.
#
#   ./mvnw -q -Pbenchmarks -DskipTests package && bench/sharing-wrk.sh [label]
#
# Drops and recreates the database $SAFESHARE_WRK_DB (default `wrkbench`) on 127.0.0.1 as postgres,
# starts SafeShare on 127.0.0.1:$SAFESHARE_WRK_PORT (default 8099), runs the load generator's set-up only
# (a token and six cases), warms up until the JIT compiler has settled (below), then measures 3 runs of
# 15 s at $SAFESHARE_WRK_CLIENTS (default 8) connections, printing requests/s, p50/p99 and the cores used by
# the JVM and by PostgreSQL's backends for this database; then pgbench's one-row inserts at the same number
# of clients on the same PostgreSQL, and the ratio. Needs wrk (Debian's package), curl, createdb, dropdb,
# psql and pgbench.
#
# Warm-up: on two cores the JIT compiler was still using a fifth of a core 40 s into the load (jstat:
# 25 s of compile time in the next 30 s), so a fixed 40 s measured a server still warming up. The load now
# runs in 15 s rounds until a round adds under 1 s of compile time (at most 12 rounds).
set -euo pipefail
LABEL=${1:-run}
DB=${SAFESHARE_WRK_DB:-wrkbench}
PORT=${SAFESHARE_WRK_PORT:-8099}
CLIENTS=${SAFESHARE_WRK_CLIENTS:-8}
export PGHOST=127.0.0.1 PGUSER=postgres
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
WORK=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 2; }
[ -f target/safeshare.jar ] && [ -f target/test-classes/uk/safeshare/firewall/benchmark/HttpLoad.class ] \
  || { echo "Build first: ./mvnw -q -Pbenchmarks -DskipTests package"; exit 2; }

dropdb --if-exists "$DB" 2>/dev/null; createdb "$DB"
SAFESHARE_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB SAFESHARE_DB_USER=postgres SAFESHARE_DATA_DIR=$WORK \
  SAFESHARE_DEMO_PASSWORD=Demo-Password-2026 SAFESHARE_COOKIE_SECURE=false PORT=$PORT \
  "$JAVA" -jar target/safeshare.jar --server.address=127.0.0.1 > "$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 90); do
  sleep 1
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null && break
done
"$JAVA" -cp target/test-classes uk.safeshare.firewall.benchmark.HttpLoad --base-url=http://127.0.0.1:$PORT \
  --password=Demo-Password-2026 --clients=1 --requests=20 --warmup=1 --warmup-clients=1 --setup-file="$WORK/setup.txt" > /dev/null
TOKEN=$(awk '/^token/{print $2}' "$WORK/setup.txt")
read -r CASE PERSON < <(awk '/^person DOMESTIC_ABUSE\|VICTIM\|NOT_KNOWN\|false/{print $3, $4; exit}' "$WORK/setup.txt")
# To a local authority from the register (its demo id), for safeguarding: a request the protocol permits with obligations.
cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = '{"caseId":"$CASE","personId":"$PERSON","organisationId":"00000000-0000-4000-8000-000000000102","purpose":"SAFEGUARDING","pathwayStage":"INVESTIGATION","dataCategories":["IDENTITY","CONTACT_DETAILS"],"lawfulBasis":"LAW_ENFORCEMENT_NECESSITY","justification":"Needed to protect the victim from further abuse","consent":"GIVEN","suspectedOfOtherOffence":false,"threatToLife":false}'
LUA
URL=http://127.0.0.1:$PORT/api/v1/sharing-requests
JSTAT=$(dirname "$JAVA")/jstat
compiled() { "$JSTAT" -compiler "$PID" | awk 'NR == 2 {print $4}'; }
for round in $(seq 1 12); do
  c0=$(compiled)
  wrk -t1 -c"$CLIENTS" -d15s -s "$WORK/post.lua" "$URL" > /dev/null
  c1=$(compiled)
  settled=$(awk -v a="$c0" -v b="$c1" 'BEGIN {print (b - a < 1) ? 1 : 0}')
  echo "$LABEL warm-up round $round: $(awk -v a="$c0" -v b="$c1" 'BEGIN {printf "%.1f", b - a}') s of JIT compilation"
  [ "$settled" = 1 ] && break
done
jvm() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
pg() { for p in $(pgrep -f "postgres: .*postgres $DB " || true); do awk '{print $14 + $15}' "/proc/$p/stat"; done | awk '{s += $1} END {print s + 0}'; }
RATES=
for run in 1 2 3; do
  j0=$(jvm); p0=$(pg)
  out=$(wrk -t1 -c"$CLIENTS" -d15s --latency -s "$WORK/post.lua" "$URL")
  RATES="$RATES $(echo "$out" | awk '/Requests\/sec/{print $2}')"
  j1=$(jvm); p1=$(pg)
  ticks=$(getconf CLK_TCK)
  echo "$LABEL run $run, $CLIENTS clients: $(echo "$out" | awk '/Requests\/sec/{print $2}') requests/s," \
    "p50 $(echo "$out" | awk '$1 == "50%" {print $2}'), p99 $(echo "$out" | awk '$1 == "99%" {print $2}')," \
    "not 2xx: $(echo "$out" | awk '/Non-2xx/{print $NF}' | grep . || echo 0)," \
    "JVM $(awk -v a="$j0" -v b="$j1" -v t="$ticks" 'BEGIN {printf "%.2f", (b - a) / t / 15}') cores," \
    "PostgreSQL $(awk -v a="$p0" -v b="$p1" -v t="$ticks" 'BEGIN {printf "%.2f", (b - a) / t / 15}') cores"
done

# Every answer was counted above; the log must verify once the sequencer has integrated the last entries.
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
"$JAVA" -jar target/safeshare.jar verify-audit --url="jdbc:postgresql://127.0.0.1:5432/$DB" --user=postgres \
  > "$WORK/verify.txt" 2>&1 && echo "$LABEL: the audit log verifies" || { echo "$LABEL: the audit log does NOT verify"; cat "$WORK/verify.txt"; exit 1; }
psql -d "$DB" -qc "CREATE TABLE pgbench_insert (id BIGSERIAL PRIMARY KEY, v INTEGER NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now())"
echo "INSERT INTO pgbench_insert (v) VALUES (1);" > "$WORK/insert.sql"
TPS=$(pgbench -n -f "$WORK/insert.sql" -c "$CLIENTS" -j 2 -T 15 "$DB" 2>/dev/null | awk '/^tps/{print $3}')
echo "$LABEL: pgbench one-row inserts at $CLIENTS clients: $TPS/s; SafeShare's runs are" \
  "$(for r in $RATES; do awk -v r="$r" -v t="$TPS" 'BEGIN {printf "%.1f%% ", 100 * r / t}'; done)of it"
