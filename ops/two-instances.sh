#!/usr/bin/env bash
# Two SafeShare processes on one PostgreSQL database take concurrent sharing requests between them.
#
#   ops/two-instances.sh [REQUESTS] [CLIENTS]        (default 10000 requests from 32 clients)
#
# Creates the database $SAFESHARE_TWO_DB (default `twoinstances`) afresh, starts SafeShare on ports
# $SAFESHARE_TWO_PORTS (default 8202,8203), both with the same encryption key and the same log signing key
# (as two nodes of one service would be), each with its own data folder; then the load generator
# (uk.safeshare.firewall.benchmark.HttpLoad, the `benchmarks` profile) sends REQUESTS sharing requests
# from CLIENTS clients, alternating between the two (request i goes to instance i mod 2), writing down the id
# of every one answered 201. Then it checks that
#   - every request was answered 201, and every acknowledged request is stored;
#   - each of the generator's people has exactly as many "asked to share" audit entries as stored requests;
#   - one instance at a time ran the audit log's sequencer (the lease row in PostgreSQL): every audit entry
#     has exactly one leaf, the leaves are numbered 0..n-1 without a gap, and the queue is empty;
#   - the log verifies (verify-audit with the published verifier key).
# Prints the CPU each instance used (both must have served) and exits non-zero if any check fails.
#
# With SAFESHARE_TWO_KILL_HOLDER_AFTER=SECONDS, the instance running the sequencer is killed with kill -9
# that long into the load, and the other must take the sequencer over (its lease lapses after 5 s): the
# requests sent to the killed one fail, so the checks become: every request answered 201 is stored, at
# least as many stored as acknowledged (one in flight may have committed unanswered), the survivor took the
# lease, and the log is whole and verifies.
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-10000}"; clients="${2:-32}"

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="${SAFESHARE_TWO_DB:-twoinstances}"
IFS=, read -r port_a port_b <<<"${SAFESHARE_TWO_PORTS:-8202,8203}"
password="Demo-Password-2026"
case "$db" in postgres|template0|template1|test) echo "Refusing to drop the database '$db'" >&2; exit 2 ;; esac

. .mvn/select-jdk.sh
java="${JAVA_HOME:?no JDK 21+ found}/bin/java"
[ -f target/safeshare.jar ] && [ -f target/test-classes/uk/safeshare/firewall/benchmark/HttpLoad.class ] \
  || ./mvnw -q -Pbenchmarks -DskipTests package
work="$(mktemp -d)"
. ops/lib.sh
instances=()
stop_all() { for p in "${instances[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done; }
trap 'stop_server; stop_all; rm -rf "$work"' EXIT
key="$(head -c 32 /dev/urandom | base64)"
SAFESHARE_AUDIT_SIGNING_KEY="$(head -c 32 /dev/urandom | base64)"; export SAFESHARE_AUDIT_SIGNING_KEY
url="jdbc:postgresql://$PGHOST:$PGPORT/$db"
cpu_seconds() { local s; s="$(cat "/proc/$1/stat")"; s="${s##*) }"; set -- $s; awk "BEGIN{printf \"%.1f\", (${12} + ${13}) / $(getconf CLK_TCK)}"; }

dropdb --if-exists "$db"; createdb "$db"
echo "== Two instances on database '$db', ports $port_a and $port_b ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))"
for p in "$port_a" "$port_b"; do # one after the other: the first migrates the database and seeds the demo data
  port="$p"; data_dir="$work/data-$p"; server_log="$work/server-$p.log"
  start_server "$db"; instances+=("$server")
done
port="$port_a"; server_log="$work/server-$port_a.log"
vkey="$(verifier_key)"; [ -n "$vkey" ] || { echo "Could not read the log's verifier key" >&2; exit 1; }
cpu_before=("$(cpu_seconds "${instances[0]}")" "$(cpu_seconds "${instances[1]}")")

echo "== $requests sharing requests from $clients clients, alternating between the two"
started=$(date +%s.%N)
load=0
kill_after="${SAFESHARE_TWO_KILL_HOLDER_AFTER:-}"
killed=""
if [ -n "$kill_after" ]; then
  ( sleep "$kill_after"
    for i in 0 1; do
      p=$([ $i = 0 ] && echo "$port_a" || echo "$port_b")
      if grep -q "now runs the audit log's sequencer" "$work/server-$p.log"; then
        echo "$i" >"$work/killed"; kill -9 "${instances[$i]}"
        echo "Killed instance $((i + 1)) (port $p), the sequencer's holder, with kill -9 at $(date -u +%T)"; break
      fi
    done ) &
  killer=$!
fi
"$java" -cp target/test-classes uk.safeshare.firewall.benchmark.HttpLoad \
  --base-url="http://127.0.0.1:$port_a,http://127.0.0.1:$port_b" --password="$password" --clients="$clients" \
  --requests="$requests" --warmup=0 --max-seconds=3600 --setup-file="$work/setup" --acknowledged="$work/acknowledged" \
  || load=$?
echo "Sent in $(seconds_since "$started") s (load $(cut -d' ' -f1-3 /proc/loadavg))"
if [ -n "$kill_after" ]; then
  wait "$killer" || true
  killed="$(cat "$work/killed" 2>/dev/null || true)"
  [ -n "$killed" ] || { echo "FAIL: no instance held the sequencer's lease to be killed" >&2; exit 1; }
  survivor=$((1 - killed))
  survivor_port=$([ "$survivor" = 0 ] && echo "$port_a" || echo "$port_b")
  for _ in $(seq 1 60); do grep -q "now runs the audit log's sequencer" "$work/server-$survivor_port.log" && break; sleep 0.5; done
fi
cpu_after=()
for i in 0 1; do
  if [ "$i" = "$killed" ]; then cpu_after+=("${cpu_before[$i]}"); else cpu_after+=("$(cpu_seconds "${instances[$i]}")"); fi
done
for i in 0 1; do
  echo "instance $((i + 1)) (port $([ $i = 0 ] && echo "$port_a" || echo "$port_b")): $(awk "BEGIN{print ${cpu_after[$i]} - ${cpu_before[$i]}}") s of CPU during the load;" \
    "$(grep -c "now runs the audit log's sequencer" "$work/server-$([ $i = 0 ] && echo "$port_a" || echo "$port_b").log" || true) time(s) took the sequencer's lease"
done

failed=0
check() { if [ "$2" = "$3" ]; then echo "ok:   $1 ($2)"; else echo "FAIL: $1 ($2, expected $3)"; failed=1; fi; }
acknowledged="$(wc -l <"$work/acknowledged")"
stored="$( { echo "CREATE TEMP TABLE ids (id UUID PRIMARY KEY); COPY ids FROM STDIN;"; cat "$work/acknowledged"; echo '\.'
  echo "SELECT count(*) FROM sharing_request JOIN ids USING (id);"; } | psql -d "$db" -qtA)"
check "acknowledged requests stored" "$stored" "$acknowledged"
cases="$(sed -n 's/^person [^ ]* \([0-9a-f-]*\) .*/'"'"'\1'"'"'/p' "$work/setup" | sort -u | paste -sd,)"
in_all="$(psql -d "$db" -tAc "SELECT count(*) FROM sharing_request WHERE case_id IN ($cases)")"
if [ -z "$kill_after" ]; then
  check "requests answered 201" "$acknowledged" "$requests"
  check "generator's requests stored in all" "$in_all" "$acknowledged"
else
  echo "      requests answered 201: $acknowledged of $requests (those sent to the killed instance after the kill failed)"
  check "generator's requests stored in all, at least those acknowledged" "$([ "$in_all" -ge "$acknowledged" ] && echo yes || echo "no: $in_all")" yes
  check "the survivor took the sequencer over" "$(grep -c "now runs the audit log's sequencer" "$work/server-$survivor_port.log" || true)" 1
fi
check "people whose requests and 'asked to share' audit entries differ in number" "$(psql -d "$db" -tAc "SELECT count(*) FROM
    (SELECT person_id, count(*) n FROM sharing_request WHERE case_id IN ($cases) GROUP BY person_id) r
    FULL JOIN (SELECT p.person_id, count(*) n FROM audit_entry a JOIN audit_entry_person p ON p.seq = a.seq
               WHERE a.case_id IN ($cases) AND a.action = 'COLLECTION' AND a.details LIKE 'asked to share %'
               GROUP BY p.person_id) e USING (person_id)
    WHERE r.n IS DISTINCT FROM e.n")" 0
for _ in $(seq 1 120); do [ "$(psql -d "$db" -tAc "SELECT count(*) FROM audit_entry_queue")" = 0 ] && break; sleep 0.5; done
check "audit entries waiting to be integrated" "$(psql -d "$db" -tAc "SELECT count(*) FROM audit_entry_queue")" 0
entries="$(psql -d "$db" -tAc "SELECT count(*) FROM audit_entry")"
check "tree size (audit entries)" "$(psql -d "$db" -tAc "SELECT tree_size FROM audit_tree_head")" "$entries"
check "leaves" "$(psql -d "$db" -tAc "SELECT count(*) FROM audit_tree_node WHERE level = 0")" "$entries"
check "entries with a leaf (each once: seq is unique on leaves)" "$(psql -d "$db" -tAc "SELECT count(DISTINCT n.seq) FROM audit_tree_node n JOIN audit_entry e ON e.seq = n.seq WHERE n.level = 0")" "$entries"
check "leaf numbers 0..n-1 (highest + 1)" "$(psql -d "$db" -tAc "SELECT coalesce(max(idx) + 1, 0) FROM audit_tree_node WHERE level = 0")" "$entries"
[ -n "$killed" ] && unset "instances[$killed]"
stop_all; instances=()
verified=0; "$java" -jar target/safeshare.jar verify-audit --url="$url" --user="$PGUSER" --public-key="$vkey" >"$work/verify" 2>&1 || verified=$?
tail -3 "$work/verify"
check "verify-audit exit status" "$verified" 0
[ -n "$kill_after" ] || check "generator exit status (0: every answer 201)" "$load" 0
[ "$failed" = 0 ] && echo "Two instances passed: $acknowledged requests, $entries audit entries in one log" || { echo "Two instances FAILED" >&2; exit 1; }
