#!/usr/bin/env bash
# Builds SafeShare's container image without a Docker daemon or a registry:
#
#   ops/image.sh [--base-only]  -> target/image/safeshare-image.tar (docker-archive: `docker load`, `podman load`,
#                              `skopeo copy docker-archive:… docker://registry/…`)
#
# 1. the base image, from Debian packages only: debootstrap a minimal bookworm rootfs (glibc, CA
#    certificates, time zones, curl for the health check), add a Java runtime jlinked from the build's
#    JDK (the modules a Spring Boot service uses, with its class data sharing archive), a user 10001
#    and /data owned by it, and pack it as a docker-archive tar with a HEALTHCHECK in its configuration
#    (target/image/base.tar; kept between runs, delete it to rebuild);
# 2. the application image with Jib (`-Pimage jib:buildTar`, configured in pom.xml) on top of that tar:
#    dependencies, resources and classes as separate layers, run as 10001:10001, production profile.
# Check the result with ops/image-check.sh (runs it against PostgreSQL without a container engine).
# Needs: debootstrap (apt-get install debootstrap), python3, root (debootstrap), network access to a Debian mirror.
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
jdk="${JAVA_HOME:?no JDK found}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
out=target/image
rootfs="${SAFESHARE_IMAGE_ROOTFS:-$out/rootfs}"
mkdir -p "$out"

if [ ! -f "$out/base.tar" ]; then
  if [ ! -x "$rootfs/bin/bash" ]; then
    rm -rf "$rootfs"
    debootstrap --variant=minbase --include=ca-certificates,tzdata,curl bookworm "$rootfs" "$mirror"
  fi
  # Nothing an image needs at run time: package caches and lists, documentation.
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* \
         "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/*
  # The Java runtime: only the modules a Spring Boot service uses, stripped, with its CDS archive.
  rm -rf "$rootfs/opt/java"
  "$jdk/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.management,jdk.crypto.cryptoki,jdk.zipfs,jdk.naming.dns,jdk.localedata,jdk.charsets,jdk.jfr,jdk.httpserver \
    --strip-debug --no-man-pages --no-header-files --compress=zip-6 --generate-cds-archive --output "$rootfs/opt/java"
  ln -sf /opt/java/bin/java "$rootfs/usr/bin/java"
  # The user the service runs as, and the one folder it may write (the container's root is read-only).
  grep -q '^safeshare:' "$rootfs/etc/passwd" || {
    echo 'safeshare:x:10001:10001:SafeShare:/data:/usr/sbin/nologin' >>"$rootfs/etc/passwd"
    echo 'safeshare:x:10001:' >>"$rootfs/etc/group"
  }
  mkdir -p "$rootfs/data"; chown 10001:10001 "$rootfs/data"; chmod 0750 "$rootfs/data"
  python3 ops/image-base-tar.py "$rootfs" "$out/base.tar" "$("$rootfs/opt/java/bin/java" -version 2>&1 | head -1)"
fi

[ "${1:-}" = "--base-only" ] && exit 0
# compile, not package: Jib layers the classes and dependencies itself and needs no executable jar.
./mvnw -q -B -ntp -Pimage compile jib:buildTar
ls -l "$out/safeshare-image.tar"
