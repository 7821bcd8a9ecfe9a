#!/usr/bin/env python3
"""Writes a root file system folder as a one-layer docker-archive tar (the `docker save` format) that Jib reads as a
base image with `tar://FILE`. Usage: docker-archive.py ROOTFS OUT.tar TAG"""
import hashlib
import io
import json
import os
import sys
import tarfile
import tempfile

rootfs, out, tag = sys.argv[1], sys.argv[2], sys.argv[3]
with tempfile.TemporaryDirectory() as work:
    layer = os.path.join(work, "layer.tar")
    with tarfile.open(layer, "w", format=tarfile.PAX_FORMAT) as tar:
        for name in sorted(os.listdir(rootfs)):
            if name not in ("proc", "sys", "dev"):
                tar.add(os.path.join(rootfs, name), arcname=name)
            else:
                info = tarfile.TarInfo(name)
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
    digest = hashlib.sha256()
    with open(layer, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    diff_id = "sha256:" + digest.hexdigest()
    config = json.dumps({
        "architecture": "amd64", "os": "linux",
        "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                           "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "LANG=C.UTF-8"]},
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    }, sort_keys=True).encode()
    config_name = hashlib.sha256(config).hexdigest() + ".json"
    manifest = json.dumps([{"Config": config_name, "RepoTags": [tag], "Layers": [digest.hexdigest() + "/layer.tar"]}])
    with tarfile.open(out, "w") as image:
        image.add(layer, arcname=digest.hexdigest() + "/layer.tar")
        for name, data in ((config_name, config), ("manifest.json", manifest.encode())):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            image.addfile(info, io.BytesIO(data))
