#!/usr/bin/env bash
# Runs the image ops/image.sh built, without a container engine, as a runtime would, and checks it:
#
#   ops/image-check.sh
#
# 1. unpacks target/image/safeshare-image.tar's layers into a root file system and reads its
#    configuration (entry point, environment, user, health check);
# 2. starts the entry point in a mount and process namespace of its own (unshare), chrooted into that
#    root file system mounted READ-ONLY, with a tmpfs on /tmp and a writable /data only, as the image's
#    user (10001), on the host's network, against PostgreSQL ($SAFESHARE_IMAGE_DB, default ss_opsimage,
#    emptied first) with the production profile and keys given as environment variables;
# 3. checks: readiness on the service port ($SAFESHARE_IMAGE_PORT, 8204), Prometheus on the management
#    port only (8214), the image's own health check command passes, the process runs as uid 10001, and
#    it can write /data but not the rest of the file system.
# Needs root (unshare, mount, chroot), python3, curl, the PostgreSQL client tools.
set -euo pipefail
cd "$(dirname "$0")/.."
image="${1:-target/image/safeshare-image.tar}"
db="${SAFESHARE_IMAGE_DB:-ss_opsimage}"
port="${SAFESHARE_IMAGE_PORT:-8204}"
mport="${SAFESHARE_IMAGE_MANAGEMENT_PORT:-8214}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
case "$db" in postgres|template0|template1|test) echo "Refusing to empty the database '$db'" >&2; exit 2 ;; esac

work="$(mktemp -d /tmp/safeshare-image-check.XXXXXX)"
rootfs="$work/rootfs"; data="$work/data"
pid=""; java_pid=""
cleanup() {
  [ -n "$java_pid" ] && kill "$java_pid" 2>/dev/null; [ -n "$pid" ] && { sleep 2; kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$work/out.log" ] && tail -40 "$work/out.log" >&2; exit 1; }

python3 ops/image-unpack.py "$image" "$rootfs" >"$work/config.sh"
. "$work/config.sh"
echo "image: $image_layers layers, user $image_user, entry point: ${image_entrypoint[*]}"
echo "health check: $image_healthcheck"
mkdir -p "$data"; chown "${image_user%%:*}:${image_user##*:}" "$data"

psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
run_env=("${image_env[@]}"
  "SAFESHARE_DB_URL=jdbc:postgresql://127.0.0.1:$PGPORT/$db" "SAFESHARE_DB_USER=$PGUSER"
  "SAFESHARE_ENCRYPTION_KEY=$(openssl rand -base64 32)" "SAFESHARE_AUDIT_SIGNING_KEY=$(openssl rand -base64 32)"
  "PORT=$port" "SAFESHARE_MANAGEMENT_PORT=$mport" "MANAGEMENT_SERVER_ADDRESS=127.0.0.1")

# The container: its own mounts and process ids, the root read-only, /tmp a tmpfs, /data the one writable folder.
unshare --mount --pid --fork --kill-child=SIGTERM --propagation private bash -c '
  set -e; r="$1"; d="$2"; user="$3"; workdir="$4"; shift 4
  mount --bind "$r" "$r"; mount -o remount,bind,ro "$r"
  mount -t tmpfs -o mode=1777,size=64m tmpfs "$r/tmp"
  mount --bind "$d" "$r/data"
  mount -t proc proc "$r/proc"
  mount --rbind /dev "$r/dev"
  exec chroot --userspec="$user" "$r" /usr/bin/env -i -C "$workdir" "$@"
' container "$rootfs" "$data" "$image_user" "$image_workdir" "${run_env[@]}" "${image_entrypoint[@]}" >"$work/out.log" 2>&1 &
pid=$!

start=$(date +%s)
until curl -sf -o /dev/null "http://127.0.0.1:$port/readyz"; do
  kill -0 "$pid" 2>/dev/null || fail "the container stopped before it was ready"
  [ $(( $(date +%s) - start )) -lt 300 ] || fail "not ready after 300 s"
  sleep 1
done
echo "ready after $(( $(date +%s) - start )) s on PostgreSQL database $db"

java_pid="$(pgrep -P "$pid" | head -1)"
uid="$(awk '/^Uid:/ {print $2}' "/proc/$java_pid/status")"
[ "$uid" = "${image_user%%:*}" ] || fail "runs as uid $uid, not ${image_user%%:*}"
echo "runs as uid $uid"

curl -sf "http://127.0.0.1:$mport/actuator/health/readiness" | grep -q '"UP"' || fail "no readiness on the management port"
curl -sf "http://127.0.0.1:$mport/actuator/prometheus" | grep -q '^safeshare_audit_append_seconds_count' \
  || fail "no Prometheus metrics on the management port"
code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/prometheus")"
[ "$code" != 200 ] || fail "Prometheus answered on the service port"
echo "Prometheus on the management port only (service port: $code)"

# The image's own health check, run inside the container as its user.
nsenter -t "$java_pid" -m chroot --userspec="$image_user" "$rootfs" /usr/bin/env -i "${run_env[@]}" /bin/sh -c "$image_healthcheck" \
  || fail "the image's health check failed"
echo "health check passes"
nsenter -t "$java_pid" -m chroot --userspec="$image_user" "$rootfs" /bin/sh -c 'touch /data/written && rm /data/written' \
  || fail "cannot write /data"
if nsenter -t "$java_pid" -m chroot --userspec=0:0 "$rootfs" /bin/sh -c 'touch /app/written' 2>/dev/null; then
  fail "the root file system is writable"
fi
echo "/data writable, the rest read-only (even for root)"

kill "$java_pid"; wait "$pid" 2>/dev/null || true; pid=""; java_pid=""
grep -q "Graceful shutdown\|Commencing graceful shutdown" "$work/out.log" && echo "stopped gracefully on SIGTERM"
echo "OK"
