#!/usr/bin/env bash
# Backup and restore, tested end to end on PostgreSQL:
#
#   ops/backup-restore.sh
#
# 1. starts SafeShare on a fresh database ($SAFESHARE_BACKUP_DB, default `backupsrc`) with demo data,
#    records a case through the API so the log holds a recent write, and stops it;
# 2. backs the database up with pg_dump (custom format), as an operator would each night;
# 3. restores the dump into an empty database ($SAFESHARE_RESTORE_DB, default `backuprestore`);
# 4. checks every table holds the same number of rows in both, and that the audit log of the
#    restored copy verifies with its checkpoints' signatures (verify-audit with the published key);
# 5. starts SafeShare on the restored database with the same encryption key and data folder and
#    checks that it becomes ready and still reads the encrypted case back.
# Exits non-zero at the first step that fails. Needs the PostgreSQL client tools.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
src="${SAFESHARE_BACKUP_DB:-backupsrc}"
dst="${SAFESHARE_RESTORE_DB:-backuprestore}"
port="${SAFESHARE_BACKUP_PORT:-8096}"
password="Demo-Password-2026"
for db in "$src" "$dst"; do
  case "$db" in postgres|template0|template1|test) echo "Refusing to drop the database '$db'" >&2; exit 2 ;; esac
done

. .mvn/select-jdk.sh
java="${JAVA_HOME:?no JDK 21+ found}/bin/java"
[ -f target/safeshare.jar ] || ./mvnw -q -DskipTests package

work="$(mktemp -d)"
. ops/lib.sh
trap 'stop_server; rm -rf "$work"' EXIT
key="$(head -c 32 /dev/urandom | base64)"

echo "== 1. SafeShare on a fresh database '$src' with demo data"
dropdb --if-exists "$src"; dropdb --if-exists "$dst"; createdb "$src"
start_server "$src"
t="$(api_token officer.a)"; [ -n "$t" ] || { echo "Could not get an API token" >&2; exit 1; }
case_id="$(curl -sf -H "Authorization: Bearer $t" -H 'Content-Type: application/json' \
  -d '{"crimeTypes":["DOMESTIC_ABUSE"],"occurredAt":"2026-11-20T21:30:00Z","area":"Eastfield","summary":"Backup check: recorded before the dump"}' \
  "http://127.0.0.1:$port/api/v1/cases" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)"
[ -n "$case_id" ] || { echo "Could not record a case" >&2; exit 1; }
vkey="$(verifier_key)"; [ -n "$vkey" ] || { echo "Could not read the log's verifier key" >&2; exit 1; }
stop_server

echo "== 2. Backup: pg_dump --format=custom"
started=$(date +%s.%N)
pg_dump --format=custom --file="$work/safeshare.dump" "$src"
echo "dump: $(du -h "$work/safeshare.dump" | cut -f1) in $(seconds_since "$started") s"

echo "== 3. Restore into an empty database '$dst'"
createdb "$dst"
started=$(date +%s.%N)
pg_restore --exit-on-error --no-owner --dbname="$dst" "$work/safeshare.dump"
echo "restore: $(seconds_since "$started") s"

echo "== 4. Same rows in every table; the restored audit log verifies"
tables="$(psql -d "$src" -tAc "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")"
different=0
for table in $tables; do
  a="$(psql -d "$src" -tAc "SELECT count(*) FROM \"$table\"")"; b="$(psql -d "$dst" -tAc "SELECT count(*) FROM \"$table\"")"
  if [ "$a" != "$b" ]; then echo "  $table: $a rows backed up, $b restored"; different=1; fi
done
[ "$different" -eq 0 ] || { echo "Row counts differ" >&2; exit 1; }
echo "$(echo "$tables" | wc -w) tables, the same rows in each"
"$java" -jar target/safeshare.jar verify-audit --url="jdbc:postgresql://$PGHOST:$PGPORT/$dst" --user="$PGUSER" --public-key="$vkey"

echo "== 5. SafeShare starts on the restored database and reads the case back"
start_server "$dst"
t="$(api_token officer.a)"
curl -sf -H "Authorization: Bearer $t" "http://127.0.0.1:$port/api/v1/cases/$case_id" | grep -q "Backup check: recorded before the dump" \
  || { echo "The restored service did not return the case recorded before the backup" >&2; exit 1; }
echo "case $case_id read back from the restored database"
stop_server
echo "Backup and restore: passed"
