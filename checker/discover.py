"""Find a candidate's files (or a cohort's candidates) without being fooled.

Folders are walked with ``os.walk`` without following symbolic links. Only
regular files whose real path stays inside the folder are kept; a folder is
never taken for a document. Lock files, system files, hidden files and files
that are clearly not deliverables are listed as ignored, with a French reason
(``ignoré : ~$dossier.docx (fichier de verrouillage)``); so are symbolic links
(never followed: one that points out of the folder, is broken or loops says
so), FIFOs, sockets and devices.

File names come from candidates and are shown in terminals, HTML and CSV
reports: ``safe_name`` escapes control and bidirectional characters and the
undecodable bytes of a name, and names are shown relative to what the user
typed, never as an absolute path.
"""

from __future__ import annotations

import errno
import os
import stat
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from . import messages as msg

#: Names skipped everywhere (compared case-insensitively), with the reason shown.
SYSTEM_NAMES = {
    ".ds_store": "fichier système macOS",
    "thumbs.db": "fichier système Windows",
    "desktop.ini": "fichier système Windows",
    "__macosx": "dossier système macOS",
    "$recycle.bin": "corbeille Windows",
    "system volume information": "dossier système Windows",
}
#: Files found in a candidate's folder that are clearly not deliverables
#: (labels, notes, data): listed as ignored, not as unreadable documents.
NOT_DELIVERABLES = {".yaml", ".yml", ".json", ".md", ".csv", ".tsv", ".log", ".ini", ".toml"}

#: Bidirectional controls (Trojan Source) and other invisible format characters.
_BIDI = {
    0x061C,
    0x200E,
    0x200F,
    0x202A,
    0x202B,
    0x202C,
    0x202D,
    0x202E,
    0x2066,
    0x2067,
    0x2068,
    0x2069,
}
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def safe_name(path: str | os.PathLike[str] | bytes) -> str:
    r"""``path`` as a printable string: control, bidi and undecodable bytes escaped.

    ``"a\nb.pdf"`` -> ``a\\nb.pdf``; U+202E -> ``\u202e``; a byte that is not
    UTF-8 -> ``\xe9``. Quotes, ``<``, ``=`` and leading dashes are kept as
    they are: each report format escapes them for its own syntax.
    """
    text = os.fsdecode(path)
    out: list[str] = []
    for char in text:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode
            out.append(f"\\x{code - 0xDC00:02x}")
        elif char in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[char])
        elif code < 0x20 or 0x7F <= code < 0xA0:
            out.append(f"\\x{code:02x}")
        elif (
            code in _BIDI
            or 0xD800 <= code <= 0xDFFF
            or unicodedata.category(char) in {"Cf", "Zl", "Zp", "Cs", "Co", "Cn"}
        ):
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    return "".join(out)


def ignored_reason(name: str) -> str | None:
    """Why a file or folder called ``name`` is skipped, or None."""
    if name.startswith("~$"):
        return "fichier de verrouillage"
    if name.startswith(".~lock.") and name.endswith("#"):
        return "fichier de verrouillage"
    if name.lower() in SYSTEM_NAMES:
        return SYSTEM_NAMES[name.lower()]
    if name.startswith("."):
        return "fichier caché"
    if os.path.splitext(name)[1].lower() in NOT_DELIVERABLES:
        return "pas un livrable à évaluer"
    return None


def ignored_line(shown: str, reason: str) -> str:
    """The French line listed for an ignored entry."""
    return msg.IGNORED.format(path=shown, reason=reason)


def display_for(path: str | os.PathLike[str], roots: Sequence[str | os.PathLike[str]] = ()) -> str:
    """The name shown for ``path``: as typed when relative, never absolute.

    An absolute path is shown relative to the working directory when it lies
    inside it, else relative to the parent of the folder it was found in
    (``roots``), else by its file name alone.
    """
    text = os.fsdecode(path)
    if not os.path.isabs(text):
        return safe_name(text)
    cwd = os.getcwd()
    for base in [cwd] + [os.path.dirname(os.fsdecode(r).rstrip(os.sep)) for r in roots]:
        if base and _inside_lexically(text, base):
            return safe_name(os.path.relpath(text, base))
    return safe_name(os.path.basename(text.rstrip(os.sep)) or text)


def _inside_lexically(path: str, folder: str) -> bool:
    folder = os.path.normpath(folder)
    path = os.path.normpath(path)
    return path != folder and path.startswith(folder.rstrip(os.sep) + os.sep)


def _inside(real: str, real_folder: str) -> bool:
    return real == real_folder or real.startswith(real_folder.rstrip(os.sep) + os.sep)


def _link_reason(full: str, real_folder: str) -> str:
    try:
        os.stat(full)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "lien symbolique en boucle, non suivi"
        return "lien symbolique cassé, non suivi"
    if not _inside(os.path.realpath(full), real_folder):
        return "lien symbolique vers l'extérieur du dossier, non suivi"
    return "lien symbolique, non suivi"


def _walk(folder: str, roots: Sequence[str], files: list[Path], ignored: list[str]) -> None:
    """Collect the regular files under ``folder`` (sorted, links not followed)."""
    real_folder = os.path.realpath(folder)
    problems: list[OSError] = []
    for root, dirs, names in os.walk(folder, followlinks=False, onerror=problems.append):
        kept_dirs = []
        for name in sorted(dirs, key=lambda n: (n.casefold(), n)):
            full = os.path.join(root, name)
            shown = display_for(full, roots)
            reason = ignored_reason(name)
            if os.path.islink(full):
                ignored.append(ignored_line(shown, _link_reason(full, real_folder)))
            elif reason:
                ignored.append(ignored_line(shown, reason))
            else:
                kept_dirs.append(name)
        dirs[:] = kept_dirs
        for name in sorted(names, key=lambda n: (n.casefold(), n)):
            full = os.path.join(root, name)
            shown = display_for(full, roots)
            try:
                info = os.lstat(full)
            except OSError:
                ignored.append(ignored_line(shown, "introuvable ou inaccessible"))
                continue
            if stat.S_ISLNK(info.st_mode):
                ignored.append(ignored_line(shown, _link_reason(full, real_folder)))
                continue
            reason = ignored_reason(name)
            if reason:
                ignored.append(ignored_line(shown, reason))
            elif not stat.S_ISREG(info.st_mode):
                ignored.append(ignored_line(shown, "pas un fichier ordinaire"))
            elif not _inside(os.path.realpath(full), real_folder):
                ignored.append(ignored_line(shown, "hors du dossier, non lu"))
            else:
                files.append(Path(full))
    for problem in problems:
        where = display_for(problem.filename or folder, roots)
        ignored.append(ignored_line(where, "dossier illisible"))


def discover_candidate_files(
    paths: Sequence[str | os.PathLike[str]],
) -> tuple[list[Path], list[str]]:
    """A candidate's files (folders walked) and the « ignoré : … » lines.

    Paths named explicitly are kept as they are (the reader says what is
    wrong with them: folder, FIFO, unsupported format); folders named
    explicitly are followed even when they are links, their content never.
    """
    files: list[Path] = []
    ignored: list[str] = []
    roots = [os.fsdecode(p) for p in paths if os.path.isdir(p)]
    for path in paths:
        text = os.fsdecode(path)
        if os.path.isdir(text):
            _walk(text, roots, files, ignored)
        else:
            files.append(Path(text))
    return files, ignored


class CohortCandidate(tuple):
    """``(name, files, ignored)`` of one candidate, plus ``root`` (its folder or file).

    Unpacks as a 3-tuple; ``name`` is the display name (escaped), ``root`` the
    real path to hand to ``checker.api.check_candidate``.
    """

    name: str
    files: list[Path]
    ignored: list[str]
    root: Path

    def __new__(
        cls, name: str, files: list[Path], ignored: list[str], root: Path
    ) -> CohortCandidate:
        self = super().__new__(cls, (name, files, ignored))
        self.name, self.files, self.ignored, self.root = name, files, ignored, root
        return self

    def __reduce__(self):
        return (CohortCandidate, (self.name, self.files, self.ignored, self.root))


class CohortListing(list):
    """``discover_cohort``'s list of candidates, with ``ignored`` top-level lines."""

    ignored: list[str]

    def __init__(self, items=(), ignored: Sequence[str] = ()) -> None:
        super().__init__(items)
        self.ignored = list(ignored)


def discover_cohort(
    folder: str | os.PathLike[str],
) -> CohortListing:
    """The candidates of a cohort folder: ``(name, files, ignored)`` each (with ``.root``).

    Each sub-folder is a candidate; a document directly in the cohort folder
    is a candidate on its own. Top-level entries that are skipped are listed
    in the result's ``ignored`` attribute.
    """
    folder = os.fsdecode(folder)
    real_folder = os.path.realpath(folder)
    candidates: list[CohortCandidate] = []
    top_ignored: list[str] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: (e.name.casefold(), e.name))
    except OSError:
        return CohortListing([], [ignored_line(display_for(folder), "dossier illisible")])
    for entry in entries:
        full = os.path.join(folder, entry.name)
        shown = display_for(full, [folder])
        reason = ignored_reason(entry.name)
        if entry.is_symlink():
            top_ignored.append(ignored_line(shown, _link_reason(full, real_folder)))
        elif reason:
            top_ignored.append(ignored_line(shown, reason))
        elif entry.is_dir(follow_symlinks=False):
            files: list[Path] = []
            ignored: list[str] = []
            _walk(full, [full], files, ignored)
            candidates.append(CohortCandidate(safe_name(entry.name), files, ignored, Path(full)))
        elif entry.is_file(follow_symlinks=False):
            candidates.append(CohortCandidate(safe_name(entry.name), [Path(full)], [], Path(full)))
        else:
            top_ignored.append(ignored_line(shown, "pas un fichier ordinaire"))
    return CohortListing(candidates, top_ignored)


__all__ = [
    "NOT_DELIVERABLES",
    "SYSTEM_NAMES",
    "CohortCandidate",
    "CohortListing",
    "discover_candidate_files",
    "discover_cohort",
    "display_for",
    "ignored_line",
    "ignored_reason",
    "safe_name",
]
