"""SHA-256 digests, the one way files and texts are fingerprinted.

A file's digest names the bytes a report was made from (cache keys, batch
manifests, ``DocumentInfo.sha256``); text digests key caches and manifests.
"""

from __future__ import annotations

import hashlib
import os

CHUNK = 1 << 20


def file_sha256(path: str | os.PathLike[str]) -> str:
    """SHA-256 (hex) of a file's content, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_hex(data: bytes | str) -> str:
    """SHA-256 (hex) of bytes, or of a text encoded in UTF-8."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()
