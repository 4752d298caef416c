#!/usr/bin/env python3
"""Unpacks a `docker save` image tar into a root file system and prints its configuration as shell.

    ops/image-unpack.py IMAGE.tar ROOTFS > config.sh

Layers are applied in order (whiteout files remove what a lower layer added). The printed variables:
image_env (array of NAME=value), image_entrypoint (array), image_user, image_workdir, image_healthcheck
(the health check's command as one shell string) and image_layers.
"""
import json
import os
import shlex
import shutil
import sys
import tarfile

image, rootfs = sys.argv[1], sys.argv[2]
with tarfile.open(image) as archive:
    manifest = json.load(archive.extractfile("manifest.json"))[0]
    config = json.load(archive.extractfile(manifest["Config"]))
    os.makedirs(rootfs, exist_ok=True)
    for name in manifest["Layers"]:
        with tarfile.open(fileobj=archive.extractfile(name), mode="r:*") as layer:
            members = []
            for m in layer.getmembers():
                base = os.path.basename(m.name)
                if base.startswith(".wh."):
                    target = os.path.join(rootfs, os.path.dirname(m.name), base[4:])
                    if os.path.isdir(target) and not os.path.islink(target):
                        shutil.rmtree(target)
                    elif os.path.lexists(target):
                        os.remove(target)
                    continue
                members.append(m)
            layer.extractall(rootfs, members=members, numeric_owner=True, filter="fully_trusted")

c = config["config"]
hc = c.get("Healthcheck", {}).get("Test", [])
health = hc[1] if hc[:1] == ["CMD-SHELL"] else " ".join(shlex.quote(a) for a in hc[1:]) if hc[:1] == ["CMD"] else ""
print("image_env=(" + " ".join(shlex.quote(e) for e in c.get("Env", [])) + ")")
print("image_entrypoint=(" + " ".join(shlex.quote(a) for a in (c.get("Entrypoint") or []) + (c.get("Cmd") or [])) + ")")
print("image_user=" + shlex.quote(c.get("User", "")))
print("image_workdir=" + shlex.quote(c.get("WorkingDir", "/")))
print("image_healthcheck=" + shlex.quote(health))
print("image_layers=" + str(len(manifest["Layers"])))
