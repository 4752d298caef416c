#!/usr/bin/env bash
# The full HTTP request for a sharing request (decide + store + audit) under load, on PostgreSQL.
#
#   bench/firewall-load.sh [generator options, e.g. --clients=1,8,32 --requests=4000 --warmup=3000]
#
# Builds the jar and the load generator (the `benchmarks` profile), drops and recreates the database
# $SAFESHARE_LOAD_DB (default `loadbench`) on $PGHOST:$PGPORT as $PGUSER, starts SafeShare on it with
# demo data on 127.0.0.1:$SAFESHARE_LOAD_PORT, runs uk.safeshare.firewall.benchmark.HttpLoad against it,
# stops SafeShare and verifies the audit log (timed), then runs pgbench's one-row inserts on the same
# PostgreSQL at the same client counts, for the ratio. Exits non-zero if any request was not answered
# 201 or the log does not verify. Needs the PostgreSQL client tools (createdb, dropdb, psql, pgbench).
# SAFESHARE_LOAD_PGBENCH_SECONDS sets the length of each pgbench level (default 15; 0 skips pgbench).
# SAFESHARE_LOAD_JAVA_OPTS adds options to SafeShare's JVM (e.g. a flight recording).
# See docs/benchmarks.md, "Firewall: full HTTP request under load".
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="${SAFESHARE_LOAD_DB:-loadbench}"
port="${SAFESHARE_LOAD_PORT:-8095}"
password="Demo-Password-2026"
case "$db" in
  postgres|template0|template1|test) echo "Refusing to drop the database '$db'; set SAFESHARE_LOAD_DB" >&2; exit 2 ;;
esac

. .mvn/select-jdk.sh
java="${JAVA_HOME:?no JDK 21+ found}/bin/java"

echo "== Building the jar and the load generator"
./mvnw -q -Pbenchmarks -DskipTests package

echo "== Recreating the database $db on $PGHOST:$PGPORT"
dropdb --if-exists "$db"
createdb "$db"
url="jdbc:postgresql://$PGHOST:$PGPORT/$db"

data_dir="$(mktemp -d)"
log="$data_dir/server.log"
server=""
stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server"; wait "$server" 2>/dev/null || true
  fi
  server=""
}
trap 'stop_server; rm -rf "$data_dir"' EXIT

echo "== Starting SafeShare on 127.0.0.1:$port (log: $log)"
SAFESHARE_DB_URL="$url" SAFESHARE_DB_USER="$PGUSER" SAFESHARE_DATA_DIR="$data_dir" \
  SAFESHARE_DEMO_PASSWORD="$password" SAFESHARE_COOKIE_SECURE=false PORT="$port" \
  "$java" ${SAFESHARE_LOAD_JAVA_OPTS:-} -jar target/safeshare.jar --server.address=127.0.0.1 >"$log" 2>&1 &
server=$!
for _ in $(seq 1 1200); do
  if curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then echo "SafeShare did not start:" >&2; tail -50 "$log" >&2; exit 1; fi
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null || { echo "SafeShare not ready after 600 s" >&2; exit 1; }

# The PostgreSQL backends serving SafeShare's connection pool, for the CPU columns.
backends="SELECT count(*) FROM pg_stat_activity WHERE datname = '$db'"
for _ in $(seq 1 40); do
  [ "$(psql -d postgres -tAc "$backends")" -ge "${SAFESHARE_DB_POOL:-10}" ] && break; sleep 0.5
done
database_pids="$(psql -d postgres -tAc "SELECT string_agg(pid::text, ',') FROM pg_stat_activity WHERE datname = '$db'")"

echo "== Load ($(nproc) cores; $("$java" -version 2>&1 | head -1); $(psql -tAc 'SHOW server_version' | cut -d' ' -f1) PostgreSQL)"
load=0
"$java" -cp target/test-classes uk.safeshare.firewall.benchmark.HttpLoad \
  --base-url="http://127.0.0.1:$port" --password="$password" --server-pid="$server" \
  --database-pids="$database_pids" "$@" || load=$?

if grep -q ' ERROR ' "$log"; then
  echo "== Errors in SafeShare's log:"; grep ' ERROR ' "$log" | sort | uniq -c | sort -rn | head -20
fi
stop_server

echo "== Rows written"
psql -d "$db" -tAc "SELECT 'sharing requests: ' || (SELECT count(*) FROM sharing_request)
  || ', audit entries: ' || (SELECT count(*) FROM audit_entry)"
echo "== Verifying the audit log ($(uptime))"
verify=0
"$java" -jar target/safeshare.jar verify-audit --url="$url" --user="$PGUSER" --timing || verify=$?
echo "verify-audit exit status: $verify"

seconds="${SAFESHARE_LOAD_PGBENCH_SECONDS:-15}"
if [ "$seconds" -gt 0 ]; then
  echo "== pgbench: one-row inserts, one transaction each, on the same PostgreSQL ($(uptime))"
  psql -d "$db" -qc "CREATE TABLE pgbench_insert (id BIGSERIAL PRIMARY KEY, v INTEGER NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now())"
  script="$data_dir/insert.sql"
  echo "INSERT INTO pgbench_insert (v) VALUES (1);" >"$script"
  for clients in 1 8 32; do
    printf '%s clients: ' "$clients"
    pgbench -n -f "$script" -c "$clients" -j 2 -T "$seconds" "$db" 2>/dev/null | grep -E '^tps' | sed 's/ (without initial connection time)//'
  done
fi
[ "$load" -eq 0 ] && [ "$verify" -eq 0 ]
