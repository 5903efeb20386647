"""The one atomic writer for every file the tool writes for a person.

A report, a comparison or an annotated copy goes first to a hidden
temporary file beside the target, then replaces the target in one step:
readers see the old file or the new one, never half of one, and a failed
write leaves no temporary file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import CheckerError


class OutputError(CheckerError):
    """An output that cannot be written (French message naming the path);
    ``cause`` is the system error behind it (batch names its cause in French)."""

    def __init__(self, message: str, cause: OSError | None = None) -> None:
        super().__init__(message)
        self.cause = cause


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def prepare_target(target: Path | str) -> tuple[Path, list[Path]]:
    """Check ``target`` can be a file; return it and the folders to create.

    Raises ``OutputError`` when the target is an existing folder or ends with
    a path separator (a folder was meant, not a file name).
    """
    text = os.fspath(target)
    path = Path(text)
    if text.endswith(("/", os.sep)) or path.is_dir():
        raise OutputError(
            f"{text} est un dossier : donnez un nom de fichier "
            f"(par exemple {os.path.join(text.rstrip('/' + os.sep) or '.', 'rapport.html')}).",
            IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), text),
        )
    missing: list[Path] = []
    folder = path.parent
    while str(folder) not in ("", ".") and not folder.exists():
        missing.append(folder)
        folder = folder.parent
    if folder.exists() and not folder.is_dir():
        raise OutputError(
            f"impossible d'écrire {text} : {folder} est un fichier, pas un dossier.",
            NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder)),
        )
    return path, list(reversed(missing))


def write_atomic(target: Path | str, data: bytes | str | Callable[[str], None]) -> list[Path]:
    """Write ``data`` (bytes, text in UTF-8, or ``writer(tmp_path)``) to ``target``.

    Missing parent folders are created; they are returned so that the caller
    can say so. Raises ``OutputError`` with a French message on failure, and
    never leaves the temporary file behind.
    """
    path, missing = prepare_target(target)
    try:
        for folder in missing:
            folder.mkdir(exist_ok=True)
        folder = path.parent if str(path.parent) else Path(".")
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".rncp-check-", suffix=".tmp")
    except OSError as exc:
        raise OutputError(
            f"impossible d'écrire {os.fspath(target)} ({exc.strerror or exc})", exc
        ) from None
    try:
        if callable(data):
            os.close(fd)
            data(tmp)
        else:
            payload = data.encode("utf-8") if isinstance(data, str) else data
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(
            f"impossible d'écrire {os.fspath(target)} ({exc.strerror or exc})", exc
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return missing


__all__ = ["OutputError", "prepare_target", "write_atomic"]
