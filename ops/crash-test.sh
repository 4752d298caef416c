#!/usr/bin/env bash
# Nothing acknowledged is lost: SafeShare on PostgreSQL under write load is killed with SIGKILL at
# random moments and restarted, again and again.
#
#   ops/crash-test.sh [KILLS] [WORKERS]          (default 50 kills, 8 concurrent writers)
#
# Each round: start SafeShare (the first time on a freshly created database $SAFESHARE_CRASH_DB,
# default `crashtest`, with demo data); WORKERS writers record cases through the API as fast as
# they are answered, writing down the id of every case answered 201; after a random 2 to 8 s the
# JVM is killed with kill -9 (no shutdown hook runs); it is restarted and the script checks that
#   - every case answered 201 is stored;
#   - no case is stored without the audit entry recording its collection (nothing half-written);
#   - the audit log verifies (verify-audit, the auditors' own command).
# Exits non-zero at the first round that fails. CI runs a short version (ops/crash-test.sh 3).
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-50}"; workers="${2:-8}"

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="${SAFESHARE_CRASH_DB:-crashtest}"
port="${SAFESHARE_CRASH_PORT:-8097}"
password="Demo-Password-2026"
case "$db" in postgres|template0|template1|test) echo "Refusing to drop the database '$db'" >&2; exit 2 ;; esac

. .mvn/select-jdk.sh
java="${JAVA_HOME:?no JDK 21+ found}/bin/java"
[ -f target/safeshare.jar ] || ./mvnw -q -DskipTests package
work="$(mktemp -d)"
. ops/lib.sh
trap 'stop_server; rm -rf "$work"' EXIT
key="$(head -c 32 /dev/urandom | base64)"
url="jdbc:postgresql://$PGHOST:$PGPORT/$db"
acked="$work/acknowledged"; : >"$acked"

writer() { # writer ROUND N: records cases until the server stops answering
  local i=0 body code id
  while :; do
    i=$((i + 1))
    body="{\"crimeTypes\":[\"DOMESTIC_ABUSE\"],\"occurredAt\":\"2026-11-20T21:30:00Z\",\"area\":\"Eastfield\",\"summary\":\"crash $1-$2-$i\"}"
    out="$(curl -s -m 10 -w '\n%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "$body" "http://127.0.0.1:$port/api/v1/cases" 2>/dev/null)" || return 0
    code="${out##*$'\n'}"
    [ "$code" = 000 ] && return 0
    if [ "$code" = 201 ]; then
      id="$(printf '%s' "$out" | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p' | head -1)"
      echo "$id crash $1-$2-$i" >>"$acked"
    fi
  done
}

dropdb --if-exists "$db"; createdb "$db"
echo "== $kills kills of SafeShare under $workers concurrent writers, database '$db'"
start_server "$db"
token="$(api_token officer.a)"; [ -n "$token" ] || { echo "Could not get an API token" >&2; exit 1; }
vkey="$(verifier_key)"; [ -n "$vkey" ] || { echo "Could not read the log's verifier key" >&2; exit 1; }
started=$(date +%s.%N)
for round in $(seq 1 "$kills"); do
  pids=()
  for w in $(seq 1 "$workers"); do writer "$round" "$w" & pids+=($!); done
  sleep "$(awk "BEGIN{srand(); printf \"%.2f\", 2 + rand() * 6}")"
  kill -9 "$server"; wait "$server" 2>/dev/null || true; server=""
  for p in "${pids[@]}"; do wait "$p" || true; done
  start_server "$db"

  total="$(wc -l <"$acked")"
  missing=0
  while read -r id summary; do
    echo "'$id'"
  done <"$acked" | paste -sd, >"$work/ids"
  stored="$(psql -d "$db" -tAc "SELECT count(*) FROM case_file WHERE id IN ($(cat "$work/ids"))")"
  missing=$((total - stored))
  orphans="$(psql -d "$db" -tAc "SELECT count(*) FROM case_file c WHERE NOT EXISTS
      (SELECT 1 FROM audit_entry a WHERE a.case_id = c.id AND a.action = 'COLLECTION')")"
  verified=0; "$java" -jar target/safeshare.jar verify-audit --url="$url" --user="$PGUSER" --public-key="$vkey" >"$work/verify" 2>&1 || verified=$?
  printf 'round %2d: %6d cases acknowledged so far, %d missing, %d without their audit entry, audit log %s\n' \
    "$round" "$total" "$missing" "$orphans" "$([ $verified -eq 0 ] && echo verifies || echo 'DOES NOT VERIFY')"
  if [ "$missing" -ne 0 ] || [ "$orphans" -ne 0 ] || [ "$verified" -ne 0 ]; then
    cat "$work/verify"; echo "Crash test FAILED in round $round" >&2; exit 1
  fi
done
echo "Crash test passed: $kills kills, $(wc -l <"$acked") cases acknowledged, all stored with their audit entries, in $(seconds_since "$started") s"
