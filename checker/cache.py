"""A cache of candidate reports, so that re-running a cohort re-reads nothing.

The key of a candidate is the SHA-256 of: the sorted (relative name, content
hash) pairs of its files, the rule set name, version and content digest, the
tool version and the blocs checked. Change one byte of one file, rename a
file, edit a rule or update the tool, and the key changes. The value is the
report as JSON (decoded back into the model's dataclasses); an entry that
cannot be decoded is a miss, never an error.

Location: ``--cache-dir``, else ``$RNCP_CHECK_CACHE``, else
``$XDG_CACHE_HOME/rncp-check``, else ``~/.cache/rncp-check``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import tempfile
import types
import typing
from collections.abc import Iterable, Sequence
from enum import Enum
from functools import cache
from pathlib import Path

from .model import CandidateReport

#: Bump when the layout of a cache entry changes.
CACHE_FORMAT = 1
APP = "rncp-check"
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# Cache de rncp-check : peut être supprimé sans risque.\n"
)


def default_cache_dir() -> Path:
    """``$RNCP_CHECK_CACHE``, ``$XDG_CACHE_HOME/rncp-check`` or ``~/.cache/rncp-check``."""
    explicit = os.environ.get("RNCP_CHECK_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / APP
    return Path.home() / ".cache" / APP


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    Readers see the old file or the new one, never half of it.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@cache
def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def file_digest(path: Path) -> str:
    """SHA-256 of a file's content."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def cache_key(
    files: Iterable[tuple[str, str]],
    *,
    rules_name: str,
    rules_version: str,
    tool_version: str,
    blocs: Sequence[int] | None,
    rules_digest: str = "",
) -> str:
    """The key of a candidate: ``files`` are (relative name, content hash) pairs."""
    payload = {
        "format": CACHE_FORMAT,
        "files": sorted([name, digest] for name, digest in files),
        "rules": [rules_name, rules_version, rules_digest],
        "tool": tool_version,
        "blocs": sorted(set(blocs)) if blocs else "all",
    }
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- report <-> JSON ----------------------------------------------------------


def report_to_dict(report: CandidateReport) -> dict:
    """A CandidateReport as plain JSON data (enums as their tokens)."""
    return _encode(report)


def _encode(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _encode(item) for key, item in value.items()}
    return value


def report_from_dict(data: dict) -> CandidateReport:
    """Rebuild a CandidateReport from ``report_to_dict`` output."""
    return _decode(CandidateReport, data)


@cache
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def _decode(kind, value):
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return _decode(options[0], value)
    if origin is tuple:
        args = typing.get_args(kind)
        return tuple(_decode(args[0], item) for item in value)
    if origin is dict:
        _, item_kind = typing.get_args(kind)
        return {key: _decode(item_kind, item) for key, item in value.items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise TypeError(f"expected an object for {kind.__name__}")
        hints = _hints(kind)
        known = {f.name for f in dataclasses.fields(kind)}
        unknown = set(value) - known
        if unknown:
            raise TypeError(f"unknown fields for {kind.__name__}: {sorted(unknown)}")
        return kind(**{name: _decode(hints[name], item) for name, item in value.items()})
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind is float and isinstance(value, int):
        return float(value)
    return value


# --- the cache itself ---------------------------------------------------------


class ReportCache:
    """Candidate reports on disk, one JSON file per key."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.directory / "reports" / key[:2] / f"{key}.json"

    def get(self, key: str, paths: Sequence[str] = ()) -> CandidateReport | None:
        """The cached report for ``key``, or None.

        ``paths`` are the document names of this run: when the cohort was
        given under another path last time, the names in the report follow.
        """
        try:
            raw = self._path(key).read_bytes()
            entry = json.loads(raw.decode("utf-8"))
            if entry.get("format") != CACHE_FORMAT or entry.get("key") != key:
                raise ValueError("stale entry")
            report = report_from_dict(entry["report"])
            old_paths = entry.get("paths") or []
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        if paths and len(old_paths) == len(paths) and list(old_paths) != list(paths):
            report = rename_documents(report, dict(zip(old_paths, paths, strict=True)))
        return report

    def put(self, key: str, report: CandidateReport, paths: Sequence[str] = ()) -> None:
        """Store ``report`` under ``key`` (atomically; errors are ignored)."""
        entry = {
            "format": CACHE_FORMAT,
            "key": key,
            "paths": list(paths),
            "report": report_to_dict(report),
        }
        data = json.dumps(entry).encode("ascii")
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tag = self.directory / "CACHEDIR.TAG"
            if not tag.exists():
                write_atomic(tag, CACHEDIR_TAG.encode("utf-8"))
            write_atomic(path, data)
        except OSError:
            pass  # a cache that cannot be written only costs time


def rename_documents(report: CandidateReport, names: dict[str, str]) -> CandidateReport:
    """The same report with document names replaced through ``names``."""

    def fix_evidence(items):
        return tuple(
            dataclasses.replace(item, document=names.get(item.document, item.document))
            for item in items
        )

    documents = tuple(
        dataclasses.replace(doc, path=names.get(doc.path, doc.path)) for doc in report.documents
    )
    criteria = tuple(
        dataclasses.replace(
            result,
            evidence=fix_evidence(result.evidence),
            rejected=fix_evidence(result.rejected),
        )
        for result in report.criteria
    )
    return dataclasses.replace(report, documents=documents, criteria=criteria)
