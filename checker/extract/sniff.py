"""Recognise a file's real format from its first bytes, not its extension.

``inspect(path, limits)`` never reads more than it needs: the first 8 KB for
most formats, the directory of an OLE2 file (at most 64 KB scanned plus a few
directory sectors), and the end of a ZIP file and its central directory. A
ZIP package is checked here, before any byte is decompressed: number of
entries (counted while walking the directory, not taken from the header),
declared uncompressed sizes, compression ratio of each entry and the layout
of the entries (overlapping entries, the "overlap bomb", or offsets that point
outside the archive are refused). The path is opened non-blocking and checked
with ``fstat`` first, so a FIFO or a device never blocks.
"""

from __future__ import annotations

import os
import stat
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..limits import RATIO_FLOOR_BYTES, Limits

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HEAD_BYTES = 8 * 1024
#: PDF files may carry junk before ``%PDF-`` (readers accept it in the first KB).
PDF_WINDOW = 1024
#: OLE2 files: scan at most this much for directory entry names.
OLE2_SCAN = 64 * 1024
#: OLE2 files: directory sectors followed at most.
OLE2_MAX_DIR_SECTORS = 64

_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"
_CENTRAL = b"PK\x01\x02"
_LOCAL = b"PK\x03\x04"
_EOCD_MAX_SEARCH = 22 + 0xFFFF + 20

_OLE2_STREAMS = {
    "EncryptedPackage": "ole2-encrypted",
    "WordDocument": "doc",
    "Workbook": "xls",
    "Book": "xls",
    "PowerPoint Document": "ppt",
}


@dataclass(frozen=True, slots=True)
class ZipProblem:
    """Why a ZIP package is refused before reading: status and French detail."""

    status: str  # "TROP_VOLUMINEUX" or "ILLISIBLE"
    detail: str


@dataclass(frozen=True, slots=True)
class ZipEntry:
    """One entry of a ZIP central directory."""

    name: str
    method: int
    flags: int
    compressed: int
    size: int
    offset: int  # of the local header, in the file


@dataclass(slots=True)
class Sniffed:
    """What a file really is.

    ``kind`` is one of: docx, odt, pdf, ole2-encrypted, doc, xls, ppt, ole2,
    rtf, html, mhtml, wordml, text, image, zip, xlsx, pptx, ods, odf-other,
    zip-corrupt, empty, not-regular, unknown. ``problem`` is set when a ZIP
    package must not be opened at all.
    """

    kind: str
    problem: ZipProblem | None = None
    entries: list[ZipEntry] = field(default_factory=list)


def sniff(path: Path) -> str:
    """The kind of ``path`` (see ``Sniffed``), with the default limits."""
    return inspect(path).kind


def inspect(path: Path, limits: Limits | None = None) -> Sniffed:
    """Recognise ``path`` and check its ZIP structure against ``limits``."""
    limits = limits or Limits()
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return Sniffed("not-regular")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return _inspect(handle, info.st_size, limits)
    finally:
        os.close(fd)


def _inspect(handle: BinaryIO, size: int, limits: Limits) -> Sniffed:
    head = handle.read(HEAD_BYTES)
    if not head:
        return Sniffed("empty")
    if b"%PDF-" in head[:PDF_WINDOW]:
        return Sniffed("pdf")
    if head.startswith(OLE2_MAGIC):
        return Sniffed(_ole2_kind(handle, head, size))
    if head.startswith(b"PK"):
        return _zip_kind(handle, size, limits)
    if head.startswith(b"{\\rtf"):
        return Sniffed("rtf")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        return Sniffed("image")
    return Sniffed(_text_kind(head))


# -- text-like formats ---------------------------------------------------------------


def _text_kind(head: bytes) -> str:
    if b"\x00" in head:
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text
            return "text"
        return "unknown"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"mime-version:"):
        return "mhtml"
    window = start[:PDF_WINDOW]
    if start.startswith(b"<?xml") and b"word.document" in start[:HEAD_BYTES]:
        return "wordml"
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in window:
        return "html"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut by the 8 KB window
            controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
            if controls > len(head) // 100:
                return "unknown"
    else:
        controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
        if controls > len(head) // 100:
            return "unknown"
    return "text"


# -- OLE2 (Word 97-2003, encrypted OOXML) -----------------------------------------------


def _ole2_kind(handle: BinaryIO, head: bytes, size: int) -> str:
    names = _ole2_directory(handle, head, size)
    if not names:  # broken directory: scan the first 64 KB for the names
        handle.seek(0)
        window = handle.read(OLE2_SCAN)
        names = {n for n in _OLE2_STREAMS if n.encode("utf-16-le") + b"\x00\x00" in window}
    for stream in _OLE2_STREAMS:  # in priority order: encrypted first
        if stream in names:
            return _OLE2_STREAMS[stream]
    return "ole2"


def _ole2_directory(handle: BinaryIO, head: bytes, size: int) -> set[str]:
    """Names of the first directory entries, following the FAT chain (bounded)."""
    if len(head) < 512:
        return set()
    shift = struct.unpack_from("<H", head, 0x1E)[0]
    if shift not in (9, 12):
        return set()
    sector = 1 << shift
    first_dir = struct.unpack_from("<I", head, 0x30)[0]
    difat = struct.unpack_from("<109I", head, 0x4C)
    per_fat = sector // 4
    fat_cache: dict[int, tuple[int, ...]] = {}

    def read_sector(number: int) -> bytes:
        offset = (number + 1) * sector
        if number >= 0xFFFFFFFA or offset + sector > size:
            return b""
        handle.seek(offset)
        return handle.read(sector)

    def next_sector(number: int) -> int:
        index = number // per_fat
        if index >= len(difat):
            return 0xFFFFFFFE
        if index not in fat_cache:
            data = read_sector(difat[index])
            if len(data) != sector:
                return 0xFFFFFFFE
            fat_cache[index] = struct.unpack(f"<{per_fat}I", data)
        return fat_cache[index][number % per_fat]

    names: set[str] = set()
    current = first_dir
    seen: set[int] = set()
    while current < 0xFFFFFFFA and current not in seen and len(seen) < OLE2_MAX_DIR_SECTORS:
        seen.add(current)
        data = read_sector(current)
        if len(data) != sector:
            break
        for start in range(0, sector, 128):
            length = struct.unpack_from("<H", data, start + 64)[0]
            if 2 <= length <= 64:
                raw = data[start : start + length - 2]
                names.add(raw.decode("utf-16-le", "replace"))
        current = next_sector(current)
    return names


# -- ZIP packages (DOCX, ODT) ---------------------------------------------------


def _count(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def _mib(value: int) -> str:
    return f"{value / (1024 * 1024):,.0f}".replace(",", " ")


def _zip_kind(handle: BinaryIO, size: int, limits: Limits) -> Sniffed:
    try:
        entries, problem = _central_directory(handle, size, limits)
    except (struct.error, ValueError, OSError):
        return Sniffed("zip-corrupt")
    if problem is not None:
        kind = "zip-corrupt" if problem.status == "ILLISIBLE" else "zip"
        return Sniffed(kind, problem=problem)
    names = {entry.name for entry in entries}
    sniffed = Sniffed(_package_kind(handle, entries, names), entries=entries)
    return sniffed


def _package_kind(handle: BinaryIO, entries: list[ZipEntry], names: set[str]) -> str:
    if "word/document.xml" in names:
        return "docx"
    mimetype = next((e for e in entries if e.name == "mimetype"), None)
    if mimetype is not None:
        mime = _read_small(handle, mimetype, 80)
        if mime.startswith(b"application/vnd.oasis.opendocument.text"):
            return "odt"
        if mime.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
            return "ods"
        return "odf-other"
    if "content.xml" in names:
        return "odt"
    if "[Content_Types].xml" in names:
        if any(n.startswith("xl/") for n in names):
            return "xlsx"
        if any(n.startswith("ppt/") for n in names):
            return "pptx"
    return "zip"


def _read_small(handle: BinaryIO, entry: ZipEntry, limit: int) -> bytes:
    """The first ``limit`` bytes of a (stored or deflated) entry, or b""."""
    handle.seek(entry.offset)
    local = handle.read(30)
    if len(local) < 30 or not local.startswith(_LOCAL):
        return b""
    name_len, extra_len = struct.unpack_from("<HH", local, 26)
    handle.seek(entry.offset + 30 + name_len + extra_len)
    raw = handle.read(min(entry.compressed, 4096))
    if entry.method == 0:
        return raw[:limit]
    if entry.method == 8:
        try:
            return zlib.decompressobj(-15).decompress(raw, limit)
        except zlib.error:
            return b""
    return b""


def _central_directory(
    handle: BinaryIO, size: int, limits: Limits
) -> tuple[list[ZipEntry], ZipProblem | None]:
    """Walk the central directory; return its entries or why it is refused."""
    tail_size = min(size, _EOCD_MAX_SEARCH)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(_EOCD)
    while at >= 0 and at + 22 > len(tail):
        at = tail.rfind(_EOCD, 0, at)
    if at < 0:
        raise ValueError("no end of central directory")
    eocd_pos = size - tail_size + at
    (_, disk, cd_disk, _on_disk, total, cd_size, cd_offset, _comment) = struct.unpack_from(
        "<4sHHHHIIH", tail, at
    )
    zip64 = total == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF
    cd_end = eocd_pos
    if zip64 and at >= 20 and tail[at - 20 : at - 16] == _EOCD64_LOCATOR:
        (record_pos,) = struct.unpack_from("<Q", tail, at - 20 + 8)
        if record_pos + 56 > size:
            raise ValueError("bad zip64 locator")
        handle.seek(record_pos)
        record = handle.read(56)
        if not record.startswith(_EOCD64):
            raise ValueError("bad zip64 record")
        total, _total_all, cd_size, cd_offset = struct.unpack_from("<QQQQ", record, 24)
        cd_end = record_pos
    elif disk or cd_disk:
        raise ValueError("multi-disk archive")
    cd_start = cd_end - cd_size
    if cd_start < 0 or cd_size > size:
        raise ValueError("central directory outside the file")
    prefix = cd_start - cd_offset  # bytes before the archive (zipfile accepts them)
    if prefix < 0:
        raise ValueError("central directory offset inconsistent")
    if total > limits.max_zip_entries:
        return [], ZipProblem(
            "TROP_VOLUMINEUX",
            f"archive de {_count(total)} éléments, au plus {_count(limits.max_zip_entries)} "
            "acceptés",
        )
    handle.seek(cd_start)
    directory = handle.read(cd_size)
    if len(directory) != cd_size:
        raise ValueError("truncated central directory")
    entries: list[ZipEntry] = []
    pos = 0
    declared = 0
    while pos < cd_size:
        if directory[pos : pos + 4] != _CENTRAL:
            raise ValueError("bad central directory entry")
        if len(entries) >= limits.max_zip_entries:
            return [], ZipProblem(
                "TROP_VOLUMINEUX",
                f"archive de plus de {_count(limits.max_zip_entries)} éléments",
            )
        (flags, method, csize, usize, name_len, extra_len, comment_len, offset) = (
            struct.unpack_from("<8xHH8xIIHHH8xI", directory, pos)
        )
        name_raw = directory[pos + 46 : pos + 46 + name_len]
        extra = directory[pos + 46 + name_len : pos + 46 + name_len + extra_len]
        if len(name_raw) != name_len or len(extra) != extra_len:
            raise ValueError("truncated entry")
        usize, csize, offset = _zip64_extra(extra, usize, csize, offset)
        name = name_raw.decode("utf-8" if flags & 0x800 else "cp437", "replace")
        entries.append(ZipEntry(name, method, flags, csize, usize, offset + prefix))
        declared += usize
        pos += 46 + name_len + extra_len + comment_len
    if not zip64 and total != len(entries):
        raise ValueError("entry count inconsistent")
    if declared > limits.max_uncompressed:
        return entries, ZipProblem(
            "TROP_VOLUMINEUX",
            f"contenu décompressé annoncé de {_mib(declared)} Mo, "
            f"au plus {_mib(limits.max_uncompressed)} Mo acceptés",
        )
    for entry in entries:
        if entry.size > RATIO_FLOOR_BYTES and entry.size > limits.max_ratio * max(
            entry.compressed, 1
        ):
            return entries, ZipProblem(
                "TROP_VOLUMINEUX",
                f"élément compressé plus de {limits.max_ratio} fois : "
                "bombe de décompression probable",
            )
        if entry.method == 0 and entry.size != entry.compressed and not entry.flags & 1:
            raise ValueError("stored entry with two sizes")
    problem = _check_layout(handle, entries, cd_start)
    return entries, problem


def _zip64_extra(extra: bytes, usize: int, csize: int, offset: int) -> tuple[int, int, int]:
    pos = 0
    while pos + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, pos)
        if tag == 1:
            data = extra[pos + 4 : pos + 4 + length]
            values = [struct.unpack_from("<Q", data, i)[0] for i in range(0, len(data) - 7, 8)]
            if usize == 0xFFFFFFFF and values:
                usize = values.pop(0)
            if csize == 0xFFFFFFFF and values:
                csize = values.pop(0)
            if offset == 0xFFFFFFFF and values:
                offset = values.pop(0)
            break
        pos += 4 + length
    return usize, csize, offset


def _check_layout(handle: BinaryIO, entries: list[ZipEntry], cd_start: int) -> ZipProblem | None:
    """Entries must sit one after the other, each in full, before the directory."""
    overlap = ZipProblem("ILLISIBLE", "archive ZIP malformée : éléments qui se chevauchent")
    end = 0
    for entry in sorted(entries, key=lambda e: e.offset):
        if entry.offset < end:
            return overlap
        handle.seek(entry.offset)
        local = handle.read(30)
        if len(local) < 30 or not local.startswith(_LOCAL):
            return ZipProblem("ILLISIBLE", "archive ZIP malformée : répertoire incohérent")
        name_len, extra_len = struct.unpack_from("<HH", local, 26)
        end = entry.offset + 30 + name_len + extra_len + entry.compressed
        if end > cd_start:
            return overlap
    return None


__all__ = ["Sniffed", "ZipEntry", "ZipProblem", "inspect", "sniff"]
