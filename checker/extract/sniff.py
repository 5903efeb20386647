"""Recognise a file's real format from its first bytes, not its extension."""

from __future__ import annotations

import zipfile
from pathlib import Path

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(path: Path) -> str:
    """Return "docx", "odt", "pdf", "ole2", "rtf", "zip", "empty" or "unknown"."""
    with open(path, "rb") as handle:
        head = handle.read(2048)
    if not head:
        return "empty"
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(OLE2_MAGIC):
        return "ole2"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                if "word/document.xml" in names:
                    return "docx"
                if "mimetype" in names:
                    mime = archive.read("mimetype")[:80]
                    if mime.startswith(b"application/vnd.oasis.opendocument.text"):
                        return "odt"
                    return "odf-other"
                if "content.xml" in names:
                    return "odt"
        except (zipfile.BadZipFile, OSError, EOFError):
            return "zip-corrupt"
        return "zip"
    return "unknown"
