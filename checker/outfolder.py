"""The ``--out`` folder of ``rncp-check batch`` and the manifest of what the tool wrote there.

The manifest (``.rncp-check-index.json``) is how a run knows its own files:
a report is rewritten only when the tool wrote it and it is unchanged since,
a name the user put there is never overwritten, and files of candidates no
longer in the cohort can be listed and pruned. Writes are atomic and a
failure is one French line (``[E120]``), never an exception.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from . import messages as msg
from .cache import read_bounded
from .cohort import COHORT_CSV, COHORT_HTML
from .digest import sha256_hex
from .discover import safe_name
from .output import OutputError, write_atomic

INDEX_FILE = ".rncp-check-index.json"
MANIFEST_FORMAT = 2
MAX_MANIFEST_BYTES = 64 * 1024 * 1024


class OutputFolder:
    """The ``--out`` folder and the manifest of the files this tool wrote there.

    The manifest (``INDEX_FILE``) maps each file name the tool wrote to its
    SHA-256 ("" while a write is pending: names are claimed before they are
    written, so a run killed half-way still knows its own files), and each
    candidate slug to the identity of its written reports (cache key,
    candidate name and document names). A name that exists on disk but is not
    in the manifest belongs to the user and is never overwritten.
    """

    def __init__(self, path: Path, log: Callable[[str], None] | None = None) -> None:
        self.path = path
        self.log = log
        self.files: dict[str, str] = {}
        self.reports: dict[str, str] = {}
        self.errors: list[str] = []
        self.targets: set[str] = set()
        self._load()

    def _load(self) -> None:
        try:
            raw = read_bounded(self.path / INDEX_FILE, MAX_MANIFEST_BYTES)
            data = json.loads(raw.decode("utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError, UnicodeDecodeError):
            data = None
        if isinstance(data, dict) and data.get("format") == MANIFEST_FORMAT:
            files, reports = data.get("files"), data.get("reports")
            if isinstance(files, dict) and isinstance(reports, dict):
                self.files = {str(k): v for k, v in files.items() if isinstance(v, str)}
                self.reports = {str(k): v for k, v in reports.items() if isinstance(v, str)}
                return
        if isinstance(data, dict) and data and "format" not in data:
            # format 1 (slug -> cache key): those reports and the overview are ours
            for slug in data:
                self.files.update({f"{slug}.html": "", f"{slug}.json": ""})
            self.files.update({COHORT_CSV: "", COHORT_HTML: ""})
            return
        if self.log:
            self.log(
                f"Attention : {INDEX_FILE} illisible dans {safe_name(self.path)} : les fichiers "
                "déjà présents sont laissés tels quels et les rapports prennent d'autres noms."
            )

    def free(self, name: str) -> bool:
        """Whether this tool may write ``name``: absent, or written by it."""
        return name in self.files or not os.path.lexists(self.path / name)

    def claim(self, names: Sequence[str]) -> None:
        """Names this run will write: recorded before they are written."""
        for name in names:
            self.files.setdefault(name, "")
            self.targets.add(name)

    def intact(self, name: str) -> bool:
        """The file on disk is the one this tool wrote last."""
        expected = self.files.get(name)
        if not expected:
            return False
        try:
            return sha256_hex(read_bounded(self.path / name, MAX_MANIFEST_BYTES)) == expected
        except OSError:
            return False

    def write(self, name: str, data: bytes) -> bool:
        """Write ``name`` atomically; a failure is recorded in French, never raised."""
        try:
            write_atomic(self.path / name, data)
        except (OutputError, OSError) as exc:
            cause = exc if isinstance(exc, OSError) else exc.cause or OSError(str(exc))
            self.files[name] = ""
            self._error(self.path / name, cause)
            return False
        self.files[name] = sha256_hex(data)
        return True

    def _error(self, path: Path, exc: OSError) -> None:
        line = msg.E120.format(path=safe_name(path), cause=msg.os_cause(exc))
        if line in self.errors:
            return  # the manifest is written twice: said once
        self.errors.append(line)
        if self.log:
            self.log(line)

    def save(self) -> bool:
        data = {
            "format": MANIFEST_FORMAT,
            "tool": f"rncp-check {__version__}",
            "files": dict(sorted(self.files.items())),
            "reports": dict(sorted(self.reports.items())),
        }
        try:
            write_atomic(self.path / INDEX_FILE, json.dumps(data, indent=1).encode("ascii"))
        except (OutputError, OSError) as exc:
            cause = exc if isinstance(exc, OSError) else exc.cause or OSError(str(exc))
            self._error(self.path / INDEX_FILE, cause)
            return False
        return True

    def stale(self) -> list[str]:
        """Files this tool wrote in an earlier run that this run does not write."""
        return sorted(name for name in self.files if name not in self.targets)

    def prune(self, names: Sequence[str]) -> list[str]:
        """Remove ``names`` (stale files) when unchanged since written; the kept ones."""
        kept = []
        for name in names:
            path = self.path / name
            if not os.path.lexists(path):
                self.files.pop(name, None)
                continue
            if self.files.get(name) and not self.intact(name):
                kept.append(name)  # edited since: the user's now
                continue
            try:
                path.unlink()
            except OSError as exc:
                self._error(path, exc)
                kept.append(name)
                continue
            self.files.pop(name, None)
        return kept
