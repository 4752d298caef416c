# Shared by the ops/ scripts: start and stop SafeShare on a PostgreSQL database, and get an API token
# the way a person does (sign in through the form, issue a token on the tokens page).
# Needs: $work (a scratch folder), $port, $password, $key, $java, PG* variables; $data_dir and $server_log
# (default $work/data and $work/server.log) may be set.

server=""
start_server() { # start_server DATABASE
  SAFESHARE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$1" SAFESHARE_DB_USER="$PGUSER" SAFESHARE_DATA_DIR="${data_dir:-$work/data}" \
    SAFESHARE_ENCRYPTION_KEY="$key" SAFESHARE_DEMO_PASSWORD="$password" SAFESHARE_COOKIE_SECURE=false PORT="$port" \
    "$java" ${SAFESHARE_JAVA_OPTS:-} -jar target/safeshare.jar --server.address=127.0.0.1 >>"${server_log:-$work/server.log}" 2>&1 &
  server=$!
  local wait="${SAFESHARE_READY_SECONDS:-180}" # a loaded machine may need longer
  for _ in $(seq 1 $((wait * 2))); do
    curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && return 0
    kill -0 "$server" 2>/dev/null || { echo "SafeShare did not start:" >&2; tail -40 "${server_log:-$work/server.log}" >&2; exit 1; }
    sleep 0.5
  done
  echo "SafeShare not ready after $wait s:" >&2; tail -20 "${server_log:-$work/server.log}" >&2; exit 1
}
stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" 2>/dev/null || true; fi
  server=""
}
csrf() { sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1; }
api_token() { # api_token USER: signs in through the form and issues a one-day token on the tokens page
  local jar="$work/cookies" base="http://127.0.0.1:$port" c
  rm -f "$jar"
  c="$(curl -sf -c "$jar" -b "$jar" "$base/sign-in" | csrf)"
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$c" "$base/sign-in"
  c="$(curl -sf -c "$jar" -b "$jar" "$base/account/tokens" | csrf)"
  curl -sf -c "$jar" -b "$jar" --data-urlencode "label=ops check" --data-urlencode "days=1" --data-urlencode "_csrf=$c" \
    "$base/account/tokens" | tr -d '\n' | sed -n 's/.*id="issued-token"[^>]*>[[:space:]]*\(ss_[0-9a-f]*\).*/\1/p'
}
seconds_since() { awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $1}"; }
verifier_key() { # the log's published verifier key, as the demo auditor reads it from the API
  local t; t="$(api_token auditor)"
  curl -sf -H "Authorization: Bearer $t" "http://127.0.0.1:$port/api/v1/audit/checkpoints" \
    | sed -n 's/.*"verifierKey":"\([^"]*\)".*/\1/p'
}
