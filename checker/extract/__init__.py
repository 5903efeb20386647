"""Read a DOCX, PDF, ODT, PPTX, XLSX or ODS file into a ``Document``.

``extract(path)`` checks the file, recognises its real format from its first
bytes, and hands it to the matching reader. Every failure becomes an
``InputError`` with a French message naming the file; inputs are only ever
opened for reading.
"""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path

from .. import messages as msg
from ..digest import file_sha256
from ..errors import InputError
from ..limits import Limits
from ..limits import current as current_limits
from ..model import Document
from .sniff import inspect

EXTENSIONS = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".odt": "odt",
    ".pptx": "pptx",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".ods": "ods",
}
LEGACY = {
    ".doc": "Word 97-2003 (.doc)",
    ".pages": "Apple Pages",
    ".rtf": "RTF",
    ".txt": "texte brut",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".ppt": "PowerPoint 97-2003 (.ppt)",
}


def display_name(path: Path) -> str:
    """The name shown to users: the path as given, never made absolute."""
    return os.fsdecode(path).encode("utf-8", "replace").decode("utf-8")


_OTHER_KINDS = {
    "doc": "document Word 97-2003 (.doc)",
    "xls": "classeur Excel 97-2003 (.xls)",
    "ppt": "présentation PowerPoint 97-2003 (.ppt)",
    "ole2": "ancien format Microsoft Office",
    "rtf": "RTF",
    "html": "page web (HTML)",
    "mhtml": "page web archivée (MHT)",
    "wordml": "document Word XML 2003",
    "text": "texte brut",
    "image": "image",
    "odf-other": "document OpenDocument autre qu'un texte ou un classeur",
}


def detect_format(path: Path, limits: Limits | None = None) -> tuple[str, list[str]]:
    """Return the reader to use for ``path`` and warnings, or raise InputError.

    Everything here answers from ``stat``, the first bytes and, for ZIP
    packages, the central directory: a bomb, a FIFO or a huge file is refused
    before any reader (or child process) sees it.
    """
    limits = limits or current_limits()
    name = display_name(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(msg.E101.format(path=name), status="ILLISIBLE") from None
    except OSError as exc:
        raise InputError(
            msg.E104.format(path=name, detail=exc.strerror or "accès refusé"),
            status="ILLISIBLE",
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(msg.E106.format(path=name), status="NON_SUPPORTE")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            msg.E104.format(path=name, detail="ce n'est pas un fichier ordinaire"),
            status="NON_SUPPORTE",
        )
    if info.st_size == 0:
        raise InputError(msg.E102.format(path=name), status="VIDE")
    if info.st_size > limits.max_file_bytes:
        raise too_big(name, info.st_size, limits)
    try:
        sniffed = inspect(path, limits)
    except OSError as exc:
        raise InputError(
            msg.E104.format(path=name, detail=exc.strerror or "lecture impossible"),
            status="ILLISIBLE",
        ) from None
    real = sniffed.kind
    ext = path.suffix.lower()
    expected = EXTENSIONS.get(ext)
    warnings: list[str] = []
    if sniffed.problem is not None:
        template = msg.E108 if sniffed.problem.status == "TROP_VOLUMINEUX" else msg.E104
        raise InputError(
            template.format(path=name, detail=sniffed.problem.detail),
            status=sniffed.problem.status,
        )
    if real in {"docx", "pdf", "odt", "pptx", "xlsx", "ods"}:
        if (expected and expected != real) or not expected:
            warnings.append(msg.W301.format(path=name, real=real.upper()))
        return real, warnings
    if real == "not-regular":
        raise InputError(
            msg.E104.format(path=name, detail="ce n'est pas un fichier ordinaire"),
            status="NON_SUPPORTE",
        )
    if real == "empty":
        raise InputError(msg.E102.format(path=name), status="VIDE")
    if real == "ole2-encrypted":
        raise InputError(msg.E105.format(path=name), status="PROTEGE")
    if real in _OTHER_KINDS:
        raise InputError(
            msg.E103.format(path=name, detail=_OTHER_KINDS[real], formats=msg.ACCEPTED_FORMATS),
            status="NON_SUPPORTE",
        )
    if real == "zip-corrupt":
        raise InputError(
            msg.E104.format(path=name, detail="archive endommagée ou tronquée"),
            status="ILLISIBLE",
        )
    if real == "zip":
        raise InputError(
            msg.E107.format(
                path=name,
                detail=(
                    "archive ZIP qui n'est ni un DOCX, ni un ODT, ni un PPTX, ni un XLSX, ni un ODS"
                ),
                formats=msg.ACCEPTED_FORMATS,
            ),
            status="NON_RECONNU",
        )
    if ext in LEGACY:
        raise InputError(
            msg.E103.format(path=name, detail=LEGACY[ext], formats=msg.ACCEPTED_FORMATS),
            status="NON_SUPPORTE",
        )
    raise InputError(
        msg.E107.format(
            path=name,
            detail="ni DOCX, ni PDF, ni ODT, ni PPTX, ni XLSX, ni ODS",
            formats=msg.ACCEPTED_FORMATS,
        ),
        status="NON_RECONNU",
    )


def too_big(name: str, size: int, limits: Limits) -> InputError:
    """The E108 error of a file of ``size`` bytes over ``limits.max_file_bytes``."""
    return InputError(
        msg.E108.format(
            path=name,
            detail=f"{_mib(size)} Mo, au plus {_mib(limits.max_file_bytes)} Mo acceptés",
        ),
        status="TROP_VOLUMINEUX",
    )


def _mib(value: int) -> str:
    return f"{value / (1024 * 1024):,.0f}".replace(",", " ")


def extract(path: str | os.PathLike[str]) -> Document:
    """Read ``path`` (DOCX, PDF, ODT, PPTX, XLSX or ODS) into a Document, or raise InputError."""
    path = Path(path)
    fmt, warnings = detect_format(path)
    name = display_name(path)
    if fmt == "docx":
        from .docx_reader import read_docx as reader
    elif fmt == "pdf":
        from .pdf_reader import read_pdf as reader
    elif fmt == "pptx":
        from .pptx_reader import read_pptx as reader
    elif fmt == "xlsx":
        from .xlsx_reader import read_xlsx as reader
    elif fmt == "ods":
        from .ods_reader import read_ods as reader
    else:
        from .odt_reader import read_odt as reader
    document = reader(path, name)
    health = document.health
    if warnings:
        health = replace(health, warnings=tuple(warnings) + health.warnings)
    return replace(document, health=health, sha256=file_sha256(path))


__all__ = ["detect_format", "display_name", "extract", "file_sha256", "too_big"]
