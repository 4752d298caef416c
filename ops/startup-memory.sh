#!/usr/bin/env bash
# Start-up time and idle memory, SafeShare beside spring-petclinic, on this machine, alternately:
#
#   ops/startup-memory.sh [RUNS]                      (default 5 rounds)
#
# Each round starts, one after the other and in a rotating order, every variant below on a fresh data
# folder (so SafeShare's start includes its migrations, keys and demo data, and petclinic's its in-memory
# database and sample data), and measures:
#   ready after  from launching the JVM to the readiness probe answering 200 (/actuator/health/readiness);
#   idle memory  the process's resident set (VmRSS) after IDLE seconds (default 30) with no request.
# Then it prints one line per run and a table of medians. Variants:
#   petclinic         java -jar spring-petclinic.jar (JVM defaults)
#   safeshare         java -jar target/safeshare.jar (JVM defaults), the way the README started it so far
#   safeshare-aot     the extracted jar with the JDK's ahead-of-time cache and the production flags
#                     ($SAFESHARE_PRODUCTION_OPTS, see the README's "Faster start with the ahead-of-time cache")
#
# Needs: target/safeshare.jar (./mvnw -DskipTests package), a petclinic jar ($PETCLINIC_JAR; build
# github.com/spring-projects/spring-petclinic with `./mvnw -DskipTests package`), curl. The AOT cache is
# made once by ops/aot-cache.sh if it is missing. Ports: $SAFESHARE_PORT (8204), $PETCLINIC_PORT (8224).
set -euo pipefail
export LC_ALL=C   # printf and awk read and write decimals with a point, whatever the shell's locale
cd "$(dirname "$0")/.."

runs="${1:-5}"
idle="${IDLE:-30}"
safeshare_port="${SAFESHARE_PORT:-8204}"
petclinic_port="${PETCLINIC_PORT:-8224}"
petclinic_jar="${PETCLINIC_JAR:-$(ls /tmp/petclinic/target/spring-petclinic-*.jar 2>/dev/null | grep -v plain | head -1)}"
. .mvn/select-jdk.sh
java="${JAVA_HOME:?no JDK 25 found}/bin/java"
[ -f "${petclinic_jar:-}" ] || { echo "No petclinic jar: set PETCLINIC_JAR" >&2; exit 2; }
[ -f target/safeshare.jar ] || ./mvnw -q -B -ntp -DskipTests package
[ -f target/aot/safeshare.aot ] && [ target/aot/safeshare.aot -nt target/safeshare.jar ] || ops/aot-cache.sh
. ops/production-opts.sh   # SAFESHARE_PRODUCTION_OPTS

work="$(mktemp -d /tmp/startup-memory.XXXXXX)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

run_one() { # run_one VARIANT ROUND: prints "VARIANT ROUND SECONDS RSS_MIB"
  local variant="$1" round="$2" data="$work/$1-$2" url start now ms rss
  mkdir -p "$data"
  start=$(date +%s%N)
  case "$variant" in
    petclinic)
      url="http://127.0.0.1:$petclinic_port/actuator/health/readiness"
      "$java" -jar "$petclinic_jar" --server.port="$petclinic_port" --server.address=127.0.0.1 \
        --management.endpoint.health.probes.enabled=true >"$data/out.log" 2>&1 & ;;
    safeshare)
      url="http://127.0.0.1:$safeshare_port/actuator/health/readiness"
      SAFESHARE_DATA_DIR="$data" PORT="$safeshare_port" \
        "$java" -jar target/safeshare.jar --server.address=127.0.0.1 >"$data/out.log" 2>&1 & ;;
    safeshare-aot)
      url="http://127.0.0.1:$safeshare_port/actuator/health/readiness"
      # shellcheck disable=SC2086
      SAFESHARE_DATA_DIR="$data" PORT="$safeshare_port" \
        "$java" $SAFESHARE_PRODUCTION_OPTS -XX:AOTCache=target/aot/safeshare.aot -jar target/aot/safeshare.jar \
        --server.address=127.0.0.1 >"$data/out.log" 2>&1 & ;;
  esac
  pid=$!
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { echo "$variant did not start:" >&2; tail -30 "$data/out.log" >&2; exit 1; }
    sleep 0.05
  done
  now=$(date +%s%N)
  ms=$(( (now - start) / 1000000 ))
  sleep "$idle"
  rss=$(awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  printf '%s %d %d.%03d %d\n' "$variant" "$round" $((ms / 1000)) $((ms % 1000)) "$rss"
}

variants=(petclinic safeshare safeshare-aot)
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
table() { # the medians of what has run so far (also when stopped early)
  echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| variant | runs | ready after, median (min–max) | resident memory after ${idle} s idle, median (min–max) |"
  echo "|---|---:|---:|---:|"
  for v in "${variants[@]}"; do
    times=$(awk -v v="$v" '$1 == v {print $3}' "$work/runs.txt")
    rss=$(awk -v v="$v" '$1 == v {print $4}' "$work/runs.txt")
    [ -n "$times" ] || continue
    printf '| %s | %d | %.1f s (%.1f–%.1f) | %.0f MiB (%d–%d) |\n' "$v" "$(echo "$times" | wc -l)" \
      "$(echo "$times" | median)" "$(echo "$times" | sort -n | head -1)" "$(echo "$times" | sort -n | tail -1)" \
      "$(echo "$rss" | median)" "$(echo "$rss" | sort -n | head -1)" "$(echo "$rss" | sort -n | tail -1)"
  done
}
trap 'cleanup; table; exit 130' INT TERM
touch "$work/runs.txt"
echo "# $(date -u +%FT%TZ) $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg); runs in $work/runs.txt"
echo "# $("$java" -version 2>&1 | sed -n 2p); petclinic: $petclinic_jar"
echo "# SAFESHARE_PRODUCTION_OPTS=$SAFESHARE_PRODUCTION_OPTS"
echo "# variant round ready_s rss_mib"
for round in $(seq 1 "$runs"); do
  # Rotate the order each round so that neither always runs first on a machine others share.
  n=${#variants[@]}
  for i in $(seq 0 $((n - 1))); do
    run_one "${variants[$(( (i + round - 1) % n ))]}" "$round" >>"$work/runs.txt"
    tail -1 "$work/runs.txt"
  done
done
table
