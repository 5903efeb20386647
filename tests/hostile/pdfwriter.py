"""A minimal hand-written PDF writer: fast, exact bytes, no dependency.

Used to build hostile PDFs (thousands of pages, xref loops, deep nesting,
Flate bombs) that a real PDF library would refuse to write.
"""

from __future__ import annotations

import zlib


def pdf(
    objects: dict[int, bytes],
    *,
    root: int = 1,
    trailer_extra: bytes = b"",
    header: bytes = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
) -> bytes:
    """A PDF file of ``objects`` (number -> body), with a correct xref table."""
    out = bytearray(header)
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for number in range(1, size):
        if number in offsets:
            out += b"%010d 00000 n \n" % offsets[number]
        else:
            out += b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\n" % (size, root, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    """A stream object body holding ``data`` as is."""
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def flate(data: bytes) -> bytes:
    """``data`` deflated (zlib format, as /FlateDecode expects)."""
    return zlib.compress(data, 9)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def text_content(lines: list[str]) -> bytes:
    """A content stream writing ``lines`` (Latin-1 text) from the top of an A4 page."""
    parts = [b"BT /F1 11 Tf 14 TL 72 770 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        parts.append(b"(" + escaped.encode("cp1252", "replace") + b") Tj T*")
    parts.append(b"ET")
    return b"\n".join(parts)


def pages_pdf(page_count: int, lines: list[str], *, shared: bool = True) -> bytes:
    """``page_count`` pages showing ``lines`` (one content stream shared by all)."""
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: FONT,
        4: stream(text_content(lines)),
    }
    kids = []
    for index in range(page_count):
        number = 5 + index
        kids.append(b"%d 0 R" % number)
        objects[number] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
        )
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % page_count
    return pdf(objects)
