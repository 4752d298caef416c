#!/usr/bin/env bash
# Runs each fuzz target (the *FuzzTest classes) with Jazzer for MINUTES of wall-clock time each (10 by default;
# one JVM, mostly one core, per target). Findings are written by Jazzer next to the target's kept inputs under
# src/test/resources/<package>/<Class>Inputs/<method>/ and replay in the normal suite from then on; the growing
# corpus stays in .cifuzz-corpus/ (not committed). Usage: ops/fuzz.sh [MINUTES] [TARGET-CLASS-PATTERN]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-10}"
pattern="${2:-}"
targets=(
  "uk.safeshare.firewall.protocol.ProtocolParserFuzzTest#any_file_is_read_or_refused_with_its_problems"
  "uk.safeshare.pathways.internal.CsvFuzzTest#any_text_is_split_into_rows_or_refused"
  "uk.safeshare.shared.web.InputParsersFuzzTest#any_json_body_is_a_command_or_a_400"
  "uk.safeshare.shared.web.InputParsersFuzzTest#any_day_month_and_year_is_a_date_or_a_field_error"
  "uk.safeshare.marac.internal.QuarterFuzzTest#any_text_is_a_quarter_or_a_request_problem"
  "uk.safeshare.monitoring.internal.QuarterFuzzTest#any_text_is_a_quarter_or_nothing"
)
./mvnw -q -B -ntp test-compile
status=0
for target in "${targets[@]}"; do
  [[ -n "$pattern" && "$target" != *$pattern* ]] && continue
  echo "== $target for ${minutes} min ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))"
  # The annotation allows 10 minutes; a shorter campaign is cut by timeout (the corpus is kept either way).
  if ! JAZZER_FUZZ=1 timeout --signal=INT "$((minutes * 60 + 90))s" \
      ./mvnw -q -B -ntp surefire:test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false; then
    rc=$?
    if [[ $rc -ne 124 && $rc -ne 130 ]]; then
      echo "!! $target: a finding (see the Inputs folder under src/test/resources) or a failure, exit $rc"
      status=1
    fi
  fi
done
exit $status
