#!/usr/bin/env bash
# Runs each fuzz target (the *FuzzTest classes) with Jazzer, one at a time, until the test JVM has used
# CPU-MINUTES of CPU time (user + system, read from /proc, so a campaign on a shared machine gets the same work
# however busy the machine is; 10 by default). Findings are written by Jazzer next to the target's kept inputs
# under src/test/resources/<package>/<Class>Inputs/<method>/ and replay in the normal suite from then on; the
# growing corpus stays in .cifuzz-corpus/ (not committed).
#
#   ops/fuzz.sh [CPU-MINUTES] [TARGET-PATTERN]        e.g. nice -n 10 ops/fuzz.sh 10 Quarter
#
# SAFESHARE_FUZZ_MAX_WALL_MINUTES stops a campaign after that much wall-clock time whatever CPU it had (default
# 120). Prints one line per target: CPU minutes, wall minutes, executions, corpus entries, new findings; the full
# Jazzer output is kept in target/fuzz/<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-10}"
pattern="${2:-}"
max_wall=$(( ${SAFESHARE_FUZZ_MAX_WALL_MINUTES:-120} * 60 ))
targets=(
  "uk.safeshare.firewall.protocol.ProtocolParserFuzzTest#any_file_is_read_or_refused_with_its_problems"
  "uk.safeshare.pathways.internal.CsvFuzzTest#any_text_is_split_into_rows_or_refused"
  "uk.safeshare.shared.web.InputParsersFuzzTest#any_json_body_is_a_command_or_a_400"
  "uk.safeshare.shared.web.InputParsersFuzzTest#any_day_month_and_year_is_a_date_or_a_field_error"
  "uk.safeshare.marac.internal.QuarterFuzzTest#any_text_is_a_quarter_or_a_request_problem"
  "uk.safeshare.monitoring.internal.QuarterFuzzTest#any_text_is_a_quarter_or_nothing"
)
ticks="$(getconf CLK_TCK)"
./mvnw -q -B -ntp test-compile
mkdir -p target/fuzz

descendants() { # every process below $1
  local child
  for child in $(pgrep -P "$1" || true); do echo "$child"; descendants "$child"; done
}
cpu_ticks() { # user + system time of a process, in clock ticks (0 if it has gone)
  local stat; stat="$(cat "/proc/$1/stat" 2>/dev/null)" || { echo 0; return; }
  stat="${stat##*) }"; set -- $stat; echo $(( ${12} + ${13} ))
}
files_in() { if [ -d "$1" ]; then find "$1" -type f | wc -l; else echo 0; fi; }

status=0
printf '%-80s %8s %8s %12s %8s %8s\n' target "CPU min" "wall min" executions corpus findings
for target in "${targets[@]}"; do
  [[ -n "$pattern" && "$target" != *$pattern* ]] && continue
  class="${target%#*}"; method="${target#*#}"
  inputs="src/test/resources/${class//.//}Inputs/$method"
  corpus=".cifuzz-corpus/$class/$method"
  found_before="$(files_in "$inputs")"
  log="target/fuzz/${class##*.}-$method.log"
  echo "== $target: $minutes CPU minutes ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  started=$(date +%s)
  JAZZER_FUZZ=1 ./mvnw -B -ntp surefire:test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 &
  mvn_pid=$!
  fork=""; used=0
  while kill -0 "$mvn_pid" 2>/dev/null; do
    sleep 5
    if [ -z "$fork" ]; then
      for p in $(descendants "$mvn_pid"); do
        grep -qa surefirebooter "/proc/$p/cmdline" 2>/dev/null && fork="$p"
      done
    fi
    [ -n "$fork" ] && { now="$(cpu_ticks "$fork")"; [ "$now" -gt 0 ] && used="$now"; }
    if [ $((used / ticks)) -ge $((minutes * 60)) ] || [ $(($(date +%s) - started)) -ge "$max_wall" ]; then
      # libFuzzer stops on SIGINT, keeping the corpus it has written so far
      kill -INT "$fork" 2>/dev/null || true
      sleep 20; kill "$fork" 2>/dev/null || true
      break
    fi
  done
  rc=0; wait "$mvn_pid" || rc=$?
  wall=$(( $(date +%s) - started ))
  executions="$(grep -aoE '^#[0-9]+' "$log" | tail -1 | tr -d '#')"
  findings=$(( $(files_in "$inputs") - found_before ))
  printf '%-80s %8.1f %8.1f %12s %8s %8s\n' "$target" "$(awk "BEGIN{print $used/$ticks/60}")" \
    "$(awk "BEGIN{print $wall/60}")" "${executions:-?}" "$(files_in "$corpus")" "$findings"
  if [ "$findings" -gt 0 ] || grep -aq 'FuzzTest.*FAILURE\|Crashing input\|== Java Exception' "$log"; then
    echo "!! $target: a finding (kept under $inputs), see $log" >&2
    status=1
  fi
done
exit $status
