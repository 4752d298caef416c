#!/usr/bin/env bash
# Nothing acknowledged is lost: SafeShare on PostgreSQL under write load is killed with SIGKILL at
# random moments and restarted, again and again.
#
#   ops/crash-test.sh [KILLS] [WORKERS] [GENERATOR-CLIENTS]   (default 3 kills, 8 writers, no generator)
#   ops/crash-test.sh 50 4 8      the long run: 50 kills under the load generator (build with -Pbenchmarks first)
#
# Each round: start SafeShare (the first time on a freshly created database $SAFESHARE_CRASH_DB,
# default `crashtest`, with demo data); WORKERS writers record cases through the API as fast as
# they are answered, writing down the id of every case answered 201; with GENERATOR-CLIENTS, the
# load generator (uk.safeshare.firewall.benchmark.HttpLoad, the `benchmarks` profile) sends sharing
# requests from that many clients at the same time, writing down the id of every one answered 201.
# Once the generator's first answers are in, after a random 2 to 8 s the JVM is killed with kill -9
# (no shutdown hook runs); it is restarted and the script checks that
#   - every case and every sharing request answered 201 is stored;
#   - no case is stored without the audit entry recording its collection, and each of the
#     generator's people has exactly as many "asked to share" audit entries as stored sharing
#     requests (nothing half-written: neither a request without its entry nor an entry without its request);
#   - every audit entry has been given exactly one leaf of the log's tree, the leaves are numbered
#     without a gap, and the log verifies (verify-audit, the auditors' own command, with the published key).
# Exits non-zero at the first round that fails. CI runs a short version (ops/crash-test.sh 3 4).
# SAFESHARE_CRASH_PORT sets the port (default 8097); SAFESHARE_JAVA_OPTS adds options to SafeShare's JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-3}"; workers="${2:-8}"; generator_clients="${3:-0}"

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="${SAFESHARE_CRASH_DB:-crashtest}"
port="${SAFESHARE_CRASH_PORT:-8097}"
password="Demo-Password-2026"
case "$db" in postgres|template0|template1|test) echo "Refusing to drop the database '$db'" >&2; exit 2 ;; esac

. .mvn/select-jdk.sh
java="${JAVA_HOME:?no JDK 21+ found}/bin/java"
if [ "$generator_clients" -gt 0 ]; then
  [ -f target/safeshare.jar ] && [ -f target/test-classes/uk/safeshare/firewall/benchmark/HttpLoad.class ] \
    || ./mvnw -q -Pbenchmarks -DskipTests package
else
  [ -f target/safeshare.jar ] || ./mvnw -q -DskipTests package
fi
work="$(mktemp -d)"
. ops/lib.sh
trap 'stop_generator; stop_server; rm -rf "$work"' EXIT
key="$(head -c 32 /dev/urandom | base64)"
url="jdbc:postgresql://$PGHOST:$PGPORT/$db"
acked="$work/acknowledged"; : >"$acked"
shared="$work/shared"; : >"$shared"
generator=""
generate() { # generate CLIENTS REQUESTS: the load generator's sharing requests, until it is stopped
  "$java" -cp target/test-classes uk.safeshare.firewall.benchmark.HttpLoad --base-url="http://127.0.0.1:$port" \
    --password="$password" --clients="$1" --requests="$2" --warmup=0 --max-seconds=900 --seed="$RANDOM" \
    --setup-file="$work/setup" --acknowledged="$shared" >>"$work/generator.log" 2>&1 &
  generator=$!
}
stop_generator() {
  if [ -n "$generator" ]; then kill "$generator" 2>/dev/null || true; wait "$generator" 2>/dev/null || true; fi
  generator=""
}

writer() { # writer ROUND N: records cases until the server is gone (refuses connections or is killed mid-answer)
  local i=0 body code id rc
  while :; do
    i=$((i + 1))
    body="{\"crimeTypes\":[\"DOMESTIC_ABUSE\"],\"occurredAt\":\"2026-11-20T21:30:00Z\",\"area\":\"Eastfield\",\"summary\":\"crash $1-$2-$i\"}"
    rc=0; out="$(curl -s -m 60 -w '\n%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "$body" "http://127.0.0.1:$port/api/v1/cases" 2>/dev/null)" || rc=$?
    # a slow answer (28: timed out, on a busy machine) is not the end: try again; refused (7) or cut (52, 56) is
    case "$rc" in 0) ;; 28) continue ;; *) return 0 ;; esac
    code="${out##*$'\n'}"
    [ "$code" = 000 ] && return 0
    if [ "$code" = 201 ]; then
      id="$(printf '%s' "$out" | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p' | head -1)"
      echo "$id crash $1-$2-$i" >>"$acked"
    fi
  done
}

dropdb --if-exists "$db"; createdb "$db"
echo "== $kills kills of SafeShare under $workers concurrent writers and $generator_clients generator clients, database '$db' ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))"
start_server "$db"
token="$(api_token officer.a)"; [ -n "$token" ] || { echo "Could not get an API token" >&2; exit 1; }
vkey="$(verifier_key)"; [ -n "$vkey" ] || { echo "Could not read the log's verifier key" >&2; exit 1; }
if [ "$generator_clients" -gt 0 ]; then # the generator's set-up (token, cases, people), kept for every round
  generate 1 1; wait "$generator" || { cat "$work/generator.log" >&2; exit 1; }; generator=""
  cases="$(sed -n 's/^person [^ ]* \([0-9a-f-]*\) .*/'"'"'\1'"'"'/p' "$work/setup" | sort -u | paste -sd,)"
fi
stored() { # stored TABLE FILE: how many of the ids in FILE's first column TABLE holds (ids through COPY: any number)
  { echo "CREATE TEMP TABLE ids (id UUID PRIMARY KEY); COPY ids FROM STDIN;"; cut -d' ' -f1 "$2"; echo '\.'
    echo "SELECT count(*) FROM $1 JOIN ids USING (id);"; } | psql -d "$db" -qtA
}
started=$(date +%s.%N)
for round in $(seq 1 "$kills"); do
  pids=()
  for w in $(seq 1 "$workers"); do writer "$round" "$w" & pids+=($!); done
  if [ "$generator_clients" -gt 0 ]; then
    before="$(wc -l <"$shared")"; generate "$generator_clients" 20000
    for _ in $(seq 1 600); do [ "$(wc -l <"$shared")" -gt "$before" ] && break; sleep 0.1; done
    # A generator that could not run (its classes missing, sign-in refused) would leave the round to the writers
    # alone, and the run would pass without the sharing requests it claims to test: that fails the run instead.
    if [ "$(wc -l <"$shared")" -le "$before" ] && ! kill -0 "$generator" 2>/dev/null; then
      tail -n 5 "$work/generator.log" >&2; echo "Crash test FAILED in round $round: the load generator stopped before its first answer" >&2; exit 1
    fi
  fi
  sleep "$(awk "BEGIN{srand(); printf \"%.2f\", 2 + rand() * 6}")"
  kill -9 "$server"; wait "$server" 2>/dev/null || true; server=""
  sleep 1; stop_generator
  for p in "${pids[@]}"; do wait "$p" || true; done
  start_server "$db"

  total="$(wc -l <"$acked")"
  missing=$((total - $(stored case_file "$acked")))
  orphans="$(psql -d "$db" -tAc "SELECT count(*) FROM case_file c WHERE NOT EXISTS
      (SELECT 1 FROM audit_entry a WHERE a.case_id = c.id AND a.action = 'COLLECTION')")"
  requests=0; requests_missing=0; unmatched=0
  if [ "$generator_clients" -gt 0 ]; then
    requests="$(wc -l <"$shared")"
    requests_missing=$((requests - $(stored sharing_request "$shared")))
    # per person of the generator's cases: stored requests and "asked to share" entries must be as many
    unmatched="$(psql -d "$db" -tAc "SELECT count(*) FROM
        (SELECT person_id, count(*) n FROM sharing_request WHERE case_id IN ($cases) GROUP BY person_id) r
        FULL JOIN (SELECT p.person_id, count(*) n FROM audit_entry a JOIN audit_entry_person p ON p.seq = a.seq
                   WHERE a.case_id IN ($cases) AND a.action = 'COLLECTION' AND a.details LIKE 'asked to share %'
                   GROUP BY p.person_id) e USING (person_id)
        WHERE r.n IS DISTINCT FROM e.n")"
  fi
  # the sequencer (lease lapsed with the killed JVM) integrates what was committed: then one leaf each, no gap
  for _ in $(seq 1 120); do [ "$(psql -d "$db" -tAc "SELECT count(*) FROM audit_entry_queue")" = 0 ] && break; sleep 0.5; done
  leaves="$(psql -d "$db" -tAc "SELECT (SELECT count(*) FROM audit_entry) || ' ' || (SELECT tree_size FROM audit_tree_head)
      || ' ' || count(*) || ' ' || count(DISTINCT seq) || ' ' || coalesce(max(idx) + 1, 0)
      FROM audit_tree_node WHERE level = 0")"
  read -r entries size nleaves distinct top <<<"$leaves"
  tree_ok=$([ "$entries" = "$size" ] && [ "$size" = "$nleaves" ] && [ "$nleaves" = "$distinct" ] && [ "$distinct" = "$top" ] && echo 1 || echo 0)
  verified=0; "$java" -jar target/safeshare.jar verify-audit --url="$url" --user="$PGUSER" --public-key="$vkey" >"$work/verify" 2>&1 || verified=$?
  printf 'round %2d: %6d cases acknowledged so far, %d missing, %d without their audit entry;' "$round" "$total" "$missing" "$orphans"
  [ "$generator_clients" -gt 0 ] && printf ' %6d sharing requests, %d missing, %d people unmatched;' "$requests" "$requests_missing" "$unmatched"
  printf ' %s entries, %s leaves (%s); audit log %s\n' "$entries" "$nleaves" "$([ "$tree_ok" = 1 ] && echo 'one each, no gap' || echo "MISMATCH: $leaves")" \
    "$([ $verified -eq 0 ] && echo verifies || echo 'DOES NOT VERIFY')"
  if [ "$missing" -ne 0 ] || [ "$orphans" -ne 0 ] || [ "$verified" -ne 0 ] || [ "$requests_missing" -ne 0 ] \
      || [ "$unmatched" -ne 0 ] || [ "$tree_ok" != 1 ]; then
    cat "$work/verify"; echo "Crash test FAILED in round $round" >&2; exit 1
  fi
done
echo "Crash test passed: $kills kills, $(wc -l <"$acked") cases and $(wc -l <"$shared") sharing requests acknowledged, all stored with their audit entries, in $(seconds_since "$started") s (load $(cut -d' ' -f1-3 /proc/loadavg))"
