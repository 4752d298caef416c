# Sourced by ./mvnw: SafeShare needs a JDK 21 or newer. When JAVA_HOME is unset or names an older
# JDK, pick the newest JDK 21+ installed under /usr/lib/jvm (or SAFESHARE_JDK_SEARCH) so that the
# README's commands work on a machine whose default java is older.
safeshare_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
safeshare_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(safeshare_java_major "$JAVA_HOME"); [ "${v:-0}" -ge 21 ] 2>/dev/null && return 0
  elif command -v java >/dev/null 2>&1; then
    jh=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    v=$(safeshare_java_major "$jh"); if [ "${v:-0}" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$jh"; return 0; fi
  fi
  best=""; bestv=0
  case $- in *f*) safeshare_noglob=1 ;; *) safeshare_noglob=0 ;; esac
  set +f  # ./mvnw runs with globbing off
  for d in ${SAFESHARE_JDK_SEARCH:-/usr/lib/jvm/* /opt/java/* /opt/jdk*}; do
    [ -x "$d/bin/javac" ] || continue
    v=$(safeshare_java_major "$d")
    if [ "${v:-0}" -ge 21 ] 2>/dev/null && [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
  done
  [ "$safeshare_noglob" = 1 ] && set -f
  if [ -n "$best" ]; then export JAVA_HOME="$best"; else
    echo "SafeShare needs a JDK 21 or newer: install one and set JAVA_HOME." >&2; fi
}
safeshare_select_jdk
