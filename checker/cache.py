"""A cache of candidate reports, so that re-running a cohort re-reads nothing.

The key of a candidate is the SHA-256 of: the sorted (relative name, content
hash) pairs of its files, the blocs its file names mention (« Bloc 3 » in a
name changes the blocs checked), the rule set name, version and content
digest, the tool version and a digest of the tool's own code (an install in
development mode changes its code without changing its version), and the blocs
asked for. Change one byte of one file, rename a file, edit a rule or update
the tool, and the key changes.
The content hashes are those of the bytes actually read (see
``checker.batch``): a report is only stored under the key of what it read.

An entry is the report as JSON (decoded back into the model's dataclasses),
with the candidate's identity left out: the candidate name and the document
names of the current run are applied when an entry is used, never taken from
it. An entry is used only when it is a regular file (no link, FIFO or
device) under ``MAX_ENTRY_BYTES``, its checksum and key match, and the SHA-256
of every document it lists is the one of the file read now. Anything else is
a miss (counted in ``invalid``), never an error.

Location: ``--cache-dir``, else ``$RNCP_CHECK_CACHE``, else
``$XDG_CACHE_HOME/rncp-check``, else ``~/.cache/rncp-check``.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import stat
import types
import typing
from collections.abc import Iterable, Sequence
from enum import Enum
from functools import cache
from pathlib import Path

from .digest import sha256_hex
from .model import CandidateReport
from .output import OutputError, write_atomic

#: Bump when the layout of a cache entry changes. 2: bytes actually read,
#: blocs named in file names, checksum, no candidate name stored.
CACHE_FORMAT = 2
#: An entry larger than this is not read (a report is a few hundred KB).
MAX_ENTRY_BYTES = 64 * 1024 * 1024
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


#: The package whose code makes the reports (``code_digest``).
_PACKAGE = Path(__file__).resolve().parent


@cache
def code_digest(package: Path = _PACKAGE) -> str:
    """SHA-256 of the package's source files (names and bytes, in name order):
    the reports of a changed tool are not the old tool's, whatever its version
    says (computed once per process, a few milliseconds)."""
    parts: list[bytes] = []
    for path in sorted(package.rglob("*")):
        if path.suffix in {".py", ".j2"} and path.is_file():
            try:
                data = path.read_bytes()
            except OSError:  # unreadable: its name still counts
                data = b""
            parts.append(path.relative_to(package).as_posix().encode("utf-8", "surrogateescape"))
            parts.append(sha256_hex(data).encode("ascii"))
    return sha256_hex(b"\0".join(parts))


def cache_key(
    files: Iterable[tuple[str, str]],
    *,
    rules_name: str,
    rules_version: str,
    tool_version: str,
    blocs: Sequence[int] | None,
    rules_digest: str = "",
    named_blocs: Iterable[int] = (),
) -> str:
    """The key of a candidate: ``files`` are (relative name, content hash) pairs.

    Names may hold undecodable bytes (``os.fsdecode`` surrogates): the JSON
    is ASCII, so they are part of the key like any other character.
    ``named_blocs`` are the blocs the shown file names mention.
    """
    payload = {
        "format": CACHE_FORMAT,
        "files": sorted([name, digest] for name, digest in files),
        "rules": [rules_name, rules_version, rules_digest],
        "tool": tool_version,
        "code": code_digest(),
        "blocs": sorted(set(blocs)) if blocs else "all",
        "named_blocs": sorted(set(named_blocs)),
    }
    text = json.dumps(payload, ensure_ascii=True, sort_keys=True)
    return sha256_hex(text.encode("ascii"))


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
    """Candidate reports on disk, one JSON file per key.

    ``hits`` and ``misses`` count lookups; ``invalid`` counts entries that
    were there but could not be trusted (damaged, edited, swapped, not a
    regular file, too large): each is a miss and is checked again.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.hits = 0
        self.misses = 0
        self.invalid = 0

    def _path(self, key: str) -> Path:
        return self.directory / "reports" / key[:2] / f"{key}.json"

    def get(
        self,
        key: str,
        paths: Sequence[str] = (),
        *,
        name: str | None = None,
        digests: Sequence[str] | None = None,
    ) -> CandidateReport | None:
        """The cached report for ``key``, or None.

        ``digests`` are the SHA-256 of the candidate's files, in the order of
        the report's documents: an entry whose documents say otherwise is not
        used. ``name`` (the candidate) and ``paths`` (the document names of
        this run, in the order of the ``paths`` given to ``put``) are applied
        to the report returned.
        """
        try:
            raw = read_bounded(self._path(key))
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError:
            self._invalid()
            return None
        try:
            entry = json.loads(raw.decode("utf-8"))
            if not isinstance(entry, dict) or entry.get("format") != CACHE_FORMAT:
                raise ValueError("stale entry")
            if entry.get("key") != key or entry.get("checksum") != _checksum(entry):
                raise ValueError("edited or swapped entry")
            report = report_from_dict(entry["report"])
            old_paths = [str(path) for path in entry.get("paths") or []]
        except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError):
            self._invalid()
            return None
        if digests is not None and [doc.sha256 for doc in report.documents] != list(digests):
            self._invalid()
            return None
        if any(doc.transient for doc in report.documents):
            self._invalid()
            return None
        self.hits += 1
        if paths and len(old_paths) == len(paths):
            report = rename_documents(report, dict(zip(old_paths, paths, strict=True)))
        return dataclasses.replace(report, candidate=name if name is not None else "")

    def _invalid(self) -> None:
        self.invalid += 1
        self.misses += 1

    def put(self, key: str, report: CandidateReport, paths: Sequence[str] = ()) -> None:
        """Store ``report`` under ``key`` (atomically; errors are ignored).

        The candidate's name is not stored: it is applied on use.
        """
        entry = {
            "format": CACHE_FORMAT,
            "key": key,
            "paths": list(paths),
            "report": report_to_dict(dataclasses.replace(report, candidate="")),
        }
        entry["checksum"] = _checksum(entry)
        data = json.dumps(entry).encode("ascii")
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tag = self.directory / "CACHEDIR.TAG"
            if not tag.exists():
                write_atomic(tag, CACHEDIR_TAG.encode("utf-8"))
            write_atomic(path, data)
        except (OutputError, OSError):
            pass  # a cache that cannot be written only costs time


def _checksum(entry: dict) -> str:
    """SHA-256 of an entry without its checksum (catches edits and damage)."""
    body = {k: v for k, v in entry.items() if k != "checksum"}
    text = json.dumps(body, ensure_ascii=True, sort_keys=True)
    return sha256_hex(text.encode("ascii"))


def read_bounded(path: Path, cap: int = MAX_ENTRY_BYTES) -> bytes:
    """The bytes of a file that must be regular (no link, FIFO, device), at most ``cap``."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > cap:
            raise OSError(errno.EINVAL, "not a usable cache entry")
        chunks, size = [], 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if size > cap:
                raise OSError(errno.EFBIG, "file too large")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def rename_documents(report: CandidateReport, names: dict[str, str]) -> CandidateReport:
    """The same report with document names replaced through ``names``.

    Names are replaced in document paths, in their error messages and reading
    warnings, and in the evidence.
    """
    names = {old: new for old, new in names.items() if old != new}
    if not names:
        return report

    def text(value: str) -> str:
        for old, new in names.items():
            value = value.replace(old, new)
        return value

    def fix_evidence(items):
        return tuple(
            dataclasses.replace(item, document=names.get(item.document, item.document))
            for item in items
        )

    def fix_document(doc):
        health = doc.health
        if health is not None and health.warnings:
            health = dataclasses.replace(health, warnings=tuple(text(w) for w in health.warnings))
        return dataclasses.replace(
            doc,
            path=names.get(doc.path, doc.path),
            error=text(doc.error) if doc.error else doc.error,
            health=health,
        )

    def fix_results(results):
        return tuple(
            dataclasses.replace(
                result,
                evidence=fix_evidence(result.evidence),
                rejected=fix_evidence(result.rejected),
            )
            for result in results
        )

    return dataclasses.replace(
        report,
        documents=tuple(fix_document(doc) for doc in report.documents),
        criteria=fix_results(report.criteria),
        livrables=fix_results(report.livrables),
    )
