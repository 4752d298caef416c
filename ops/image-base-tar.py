#!/usr/bin/env python3
"""Packs a root file system as a one-layer image in `docker save` form (what Jib reads as `tar://`).

    ops/image-base-tar.py ROOTFS OUTPUT.tar "JAVA VERSION LINE"

The layer is the rootfs as it is (owners by number), without the contents of /dev, /proc and /sys,
which a container runtime provides. The configuration sets PATH, JAVA_HOME, a UTF-8 locale, the
non-root user and a health check on the readiness probe (Docker's format: OCI has no health check).
"""
import datetime
import hashlib
import io
import json
import os
import sys
import tarfile

rootfs, output, java_version = sys.argv[1], sys.argv[2], sys.argv[3]
SKIP = ("./dev/", "./proc/", "./sys/")


def keep(info):
    if any(info.name.startswith(prefix) for prefix in SKIP):
        return None
    info.uname = info.gname = ""
    return info


layer = io.BytesIO()
with tarfile.open(fileobj=layer, mode="w", format=tarfile.PAX_FORMAT) as tar:
    tar.add(rootfs, arcname=".", filter=keep)
layer_bytes = layer.getvalue()
diff_id = "sha256:" + hashlib.sha256(layer_bytes).hexdigest()

now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
seconds = 1_000_000_000
config = {
    "architecture": "amd64",
    "os": "linux",
    "created": now,
    "config": {
        "Env": ["PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_HOME=/opt/java", "LANG=C.UTF-8", "TZ=Europe/London"],
        "User": "10001:10001",
        "WorkingDir": "/data",
        "Healthcheck": {
            # The port the service is given (PORT), so the check follows a changed port.
            "Test": ["CMD-SHELL", "curl -fsS -o /dev/null http://127.0.0.1:${PORT:-8080}/readyz || exit 1"],
            "Interval": 30 * seconds, "Timeout": 5 * seconds, "StartPeriod": 120 * seconds, "Retries": 3,
        },
        "Labels": {"org.opencontainers.image.description":
                   "Debian bookworm (debootstrap minbase), " + java_version + " (jlink)"},
    },
    "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    "history": [{"created": now, "created_by": "ops/image.sh: debootstrap --variant=minbase bookworm, jlink"}],
}
config_bytes = json.dumps(config, indent=1).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
layer_name = diff_id.split(":")[1] + "/layer.tar"
manifest = [{"Config": config_name, "RepoTags": ["safeshare-base:bookworm"], "Layers": [layer_name]}]

with tarfile.open(output, "w") as out:
    for name, data in ((layer_name, layer_bytes), (config_name, config_bytes),
                       ("manifest.json", json.dumps(manifest).encode())):
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = 0
        out.addfile(info, io.BytesIO(data))
print(f"{output}: {len(layer_bytes) // (1024 * 1024)} MiB layer {diff_id}")
