"""Build the hostile corpus in a temporary folder, at test time.

Nothing here is committed as a binary: every file is generated in a few
milliseconds (the Flate bomb in about a second) by ``build_corpus(root)``,
which returns the cohort folder layout and, for every entry, the statuses the
checker may give it. Run it by hand to look at the files::

    python -m tests.hostile.make_corpus /tmp/hostile

Layout::

    root/
      dehors/secret.txt           text that must never appear in any output
      dehors/dossier/             a folder outside the cohort (linked to)
      cohorte/candidat/           the hostile candidate (every case below)
"""

from __future__ import annotations

import os
import random
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from .pdfwriter import FONT, pages_pdf, pdf, stream

SECRET = "SECRET-HORS-DOSSIER-7f3a"
#: /etc/passwd always has this line on Linux; it must never reach a report.
PASSWD_MARK = "root:x:0:0"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.'
    b'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    b'2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
TEXT = [
    "Analyse de la concurrence et du marché",
    "Le marché de la cosmétique naturelle progresse de 8 % par an en France.",
    "Nous avons comparé trois concurrents directs sur leurs prix et leurs canaux.",
]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def document_xml(paragraphs: list[str], *, doctype: str = "", raw_body: str = "") -> bytes:
    """A word/document.xml with one paragraph per string (text escaped)."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_escape(p)}</w:t></w:r></w:p>' for p in paragraphs
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}{raw_body}</w:body></w:document>'
    ).encode()


def docx_bytes(paragraphs: list[str] = TEXT, *, document: bytes | None = None) -> bytes:
    """A minimal valid DOCX (built with zipfile)."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document or document_xml(paragraphs))
    return buffer.getvalue()


# -- a hand-made ZIP writer, to lie in headers ------------------------------------------


@dataclass
class Entry:
    name: str
    data: bytes = b""
    deflate: bool = True
    #: Overrides written in the central directory only.
    declared_size: int | None = None
    offset_of: str | None = None  # point this entry at another entry's local header
    payload: bytes = field(default=b"", init=False)


def zip_bytes(entries: list[Entry], *, declared_count: int | None = None) -> bytes:
    """A ZIP archive whose central directory may lie (sizes, offsets, count)."""
    out = bytearray()
    offsets: dict[str, int] = {}
    central = bytearray()
    for entry in entries:
        if entry.deflate:
            compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
            payload = compressor.compress(entry.data) + compressor.flush()
        else:
            payload = entry.data
        method = 8 if entry.deflate else 0
        crc = zlib.crc32(entry.data)
        name = entry.name.encode()
        offset = len(out)
        offsets[entry.name] = offset
        out += struct.pack(
            "<4sHHHHHIIIHH",
            b"PK\x03\x04",
            20,
            0x800,
            method,
            0,
            0x21,
            crc,
            len(payload),
            len(entry.data),
            len(name),
            0,
        )
        out += name + payload
        declared = entry.data.__len__() if entry.declared_size is None else entry.declared_size
        where = offsets[entry.offset_of] if entry.offset_of else offset
        central += struct.pack(
            "<4sHHHHHHIIIHHHHHII",
            b"PK\x01\x02",
            20,
            20,
            0x800,
            method,
            0,
            0x21,
            crc,
            len(payload),
            declared & 0xFFFFFFFF,
            len(name),
            0,
            0,
            0,
            0,
            0,
            where,
        )
        central += name
    start = len(out)
    count = len(entries) if declared_count is None else declared_count
    out += central
    out += struct.pack(
        "<4sHHHHIIH", b"PK\x05\x06", 0, 0, count & 0xFFFF, count & 0xFFFF, len(central), start, 0
    )
    return bytes(out)


def docx_entries(document: bytes | None = None) -> list[Entry]:
    return [
        Entry("[Content_Types].xml", CONTENT_TYPES),
        Entry("_rels/.rels", RELS),
        Entry("word/document.xml", document or document_xml(TEXT)),
    ]


# -- OLE2 (compound file) ---------------------------------------------------------------


def ole2_bytes(streams: list[str]) -> bytes:
    """A minimal compound file: a FAT sector, a directory sector, empty streams."""
    sector = 512
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9)
    struct.pack_into("<H", header, 0x20, 6)
    struct.pack_into("<I", header, 0x2C, 1)  # one FAT sector
    struct.pack_into("<I", header, 0x30, 1)  # directory starts at sector 1
    struct.pack_into("<I", header, 0x38, 4096)
    struct.pack_into("<I", header, 0x3C, 0xFFFFFFFE)  # no mini FAT
    struct.pack_into("<I", header, 0x44, 0xFFFFFFFE)  # no DIFAT sectors
    difat = [0] + [0xFFFFFFFF] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [0xFFFFFFFF] * (sector // 4 - 2)
    fat_sector = struct.pack(f"<{sector // 4}I", *fat)
    directory = bytearray(sector)
    names = ["Root Entry", *streams][:4]
    for index, name in enumerate(names):
        entry = bytearray(128)
        raw = name.encode("utf-16-le") + b"\x00\x00"
        entry[0 : len(raw)] = raw
        struct.pack_into("<H", entry, 64, len(raw))
        entry[66] = 5 if index == 0 else 2
        entry[67] = 1
        left = right = 0xFFFFFFFF
        child = 1 if index == 0 and len(names) > 1 else 0xFFFFFFFF
        if index >= 1 and index + 1 < len(names):
            right = index + 1
        struct.pack_into("<III", entry, 68, left, right, child)
        struct.pack_into("<I", entry, 116, 0xFFFFFFFE)
        directory[index * 128 : (index + 1) * 128] = entry
    return bytes(header) + fat_sector + bytes(directory)


# -- PDFs ------------------------------------------------------------------------------


def flate_bomb_pdf(inflated: int = 1_174_405_120) -> bytes:
    """A one-page PDF whose content stream (2 KB) inflates to ``inflated`` spaces.

    The stream is deflated twice (``/Filter [/FlateDecode /FlateDecode]``).
    The inner stream repeats one sync-flushed deflate block, so building it
    costs one 16 MiB compression, not a gigabyte's.
    """
    chunk = 1 << 24
    repeats = max(1, inflated // chunk)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(b" " * chunk) + compressor.flush(zlib.Z_SYNC_FLUSH)
    total = chunk * repeats
    a = (1 + 32 * total) % 65521
    b = (total + 32 * (total * (total + 1) // 2)) % 65521
    inner = b"\x78\xda" + block * repeats + b"\x03\x00" + ((b << 16) | a).to_bytes(4, "big")
    outer = zlib.compress(inner, 9)
    return pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            3: FONT,
            4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
            5: stream(outer, b"/Filter [/FlateDecode /FlateDecode] "),
        }
    )


def xref_loop_pdf() -> bytes:
    """A valid page whose trailer's /Prev points back at its own xref table."""
    good = pages_pdf(1, TEXT)
    body = good[: good.rindex(b"xref")]
    table = good[good.rindex(b"xref") : good.rindex(b"trailer")]
    at = len(body)
    return (
        body
        + table
        + (b"trailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (at, at))
    )


def page_tree_loop_pdf() -> bytes:
    return pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            3: b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
        }
    )


def deep_nesting_pdf(depth: int = 10_000) -> bytes:
    deep = b"[" * depth + b"]" * depth
    return pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R /Deep " + deep + b" >>",
            2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            3: FONT,
            4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
            b"<< /Font << /F1 3 0 R >> >> /Contents 5 0 R /Deep " + deep + b" >>",
            5: stream(b"BT /F1 11 Tf 72 770 Td (Profondeur) Tj ET " + deep),
        }
    )


def zero_page_pdf() -> bytes:
    return pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [] /Count 0 >>",
        }
    )


def encrypted_pdf() -> bytes | None:
    """A PDF that needs a password (reportlab, a dev dependency), or None."""
    try:
        import io

        from reportlab.lib.pdfencrypt import StandardEncryption
        from reportlab.pdfgen.canvas import Canvas
    except ImportError:  # pragma: no cover
        return None
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, invariant=1, encrypt=StandardEncryption("motdepasse", ownerPassword="proprio")
    )
    canvas.drawString(72, 770, "Document confidentiel")
    canvas.save()
    return buffer.getvalue()


# -- the corpus -----------------------------------------------------------------------


@dataclass
class Corpus:
    root: Path
    cohort: Path
    candidate: Path
    outside: Path
    #: display name (relative to the cohort folder) -> statuses accepted.
    expected: dict[str, set[str]]
    #: display name -> reason words of its « ignoré : » line.
    ignored: dict[str, str]
    #: display names of files read with a warning, and a word of it.
    warnings: dict[str, str]
    #: files whose refusal must come from the pre-checks (fast, no child).
    prechecked: list[str]


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def build_corpus(root: Path) -> Corpus:
    """Write the hostile corpus under ``root``; see the module docstring."""
    root = Path(root)
    outside = root / "dehors"
    (outside / "dossier").mkdir(parents=True)
    (outside / "secret.txt").write_text(f"{SECRET}\n")
    (outside / "dossier" / "autre.docx").write_bytes(docx_bytes([SECRET]))
    cohort = root / "cohorte"
    cand = cohort / "candidat"
    cand.mkdir(parents=True)
    expected: dict[str, set[str]] = {}
    ignored: dict[str, str] = {}
    warnings: dict[str, str] = {}
    prechecked: list[str] = []

    def add(name: str | bytes, data: bytes, statuses: set[str] | str, *, pre: bool = False) -> None:
        path = os.path.join(os.fsencode(cand), os.fsencode(name))
        with open(path, "wb") as handle:
            handle.write(data)
        from checker.discover import safe_name

        shown = "candidat/" + safe_name(name)
        expected[shown] = {statuses} if isinstance(statuses, str) else set(statuses)
        if pre:
            prechecked.append(shown)

    good = docx_bytes()
    add("dossier.docx", good, "OK")
    # empty, random, truncated, garbage
    add("vide.docx", b"", "VIDE", pre=True)
    add("aleatoire.pdf", random.Random(7).randbytes(4096), "NON_RECONNU", pre=True)
    add("tronque.docx", good[:300], "ILLISIBLE", pre=True)
    pdf_good = pages_pdf(1, TEXT)
    add("tronque.pdf", pdf_good[: len(pdf_good) // 3], "ILLISIBLE")
    add("dechets.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4, "ILLISIBLE")
    # PDF structures
    add("boucle-xref.pdf", xref_loop_pdf(), {"OK", "PARTIEL", "ILLISIBLE"})
    add("boucle-pages.pdf", page_tree_loop_pdf(), {"VIDE", "ILLISIBLE"})
    add("imbrication.pdf", deep_nesting_pdf(), {"OK", "PARTIEL", "VIDE", "ILLISIBLE"})
    add(
        "bombe-flate.pdf",
        flate_bomb_pdf(),
        {"TROP_VOLUMINEUX", "ILLISIBLE", "DELAI_DEPASSE", "VIDE"},
    )
    add("zero-page.pdf", zero_page_pdf(), "VIDE")
    add("2000-pages.pdf", pages_pdf(2000, TEXT), "OK")
    warnings["candidat/2000-pages.pdf"] = "tronqué"
    # ZIP bombs and lies
    lying = Entry("word/document.xml", document_xml(TEXT), declared_size=3_000_000_000)
    add("bombe-annoncee.docx", zip_bytes([*docx_entries()[:2], lying]), "TROP_VOLUMINEUX", pre=True)
    zeros = Entry("word/media/vide.bin", bytes(20 * 1024 * 1024))
    add("bombe-ratio.docx", zip_bytes([*docx_entries(), zeros]), "TROP_VOLUMINEUX", pre=True)
    twin = Entry("word/styles.xml", b"", offset_of="word/document.xml")
    add("chevauchement.docx", zip_bytes([*docx_entries(), twin]), "ILLISIBLE", pre=True)
    many = [*docx_entries(), *(Entry(f"x/{i}", b"", deflate=False) for i in range(10_001))]
    add("trop-d-elements.docx", zip_bytes(many), "TROP_VOLUMINEUX", pre=True)
    add(
        "compte-menteur.docx",
        zip_bytes(many, declared_count=3),
        {"TROP_VOLUMINEUX", "ILLISIBLE"},
        pre=True,
    )
    # XML attacks
    xxe = (
        document_xml(
            ["avant &xxe; après", "et &secret; ici"],
            doctype=(
                '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
                f'<!ENTITY secret SYSTEM "file://{outside / "secret.txt"}">]>'
            ),
        )
        .replace(b"&amp;xxe;", b"&xxe;")
        .replace(b"&amp;secret;", b"&secret;")
    )
    add("xxe.docx", docx_bytes(document=xxe), {"OK", "ILLISIBLE", "VIDE"})
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    billion = document_xml(
        ["rire &lol9;"],
        doctype=f'<!DOCTYPE w:document [<!ENTITY lol0 "lol">{laughs}]>',
    ).replace(b"&amp;lol9;", b"&lol9;")
    add("milliard-de-rires.docx", docx_bytes(document=billion), {"OK", "ILLISIBLE", "VIDE"})
    # protected and legacy formats
    add("protege.docx", ole2_bytes(["EncryptionInfo", "EncryptedPackage"]), "PROTEGE", pre=True)
    add("ancien.doc", ole2_bytes(["WordDocument", "1Table"]), "NON_SUPPORTE", pre=True)
    encrypted = encrypted_pdf()
    if encrypted is not None:
        add("protege.pdf", encrypted, "PROTEGE")
    add(
        "page-web.docx",
        b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
        "NON_SUPPORTE",
        pre=True,
    )
    add("texte.odt", b"Mon dossier en texte brut, sans mise en forme.\n", "NON_SUPPORTE", pre=True)
    add("lettre.docx", b"{\\rtf1\\ansi Bonjour}", "NON_SUPPORTE", pre=True)
    # wrong extension: read, with a warning
    add("vrai-docx.pdf", good, "OK")
    warnings["candidat/vrai-docx.pdf"] = "W301"
    # oversized (sparse: costs nothing on disk)
    with open(cand / "enorme.pdf", "wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(60 * 1024 * 1024)
    expected["candidat/enorme.pdf"] = {"TROP_VOLUMINEUX"}
    prechecked.append("candidat/enorme.pdf")
    # hostile names (real documents)
    script = docx_bytes(
        [
            *TEXT,
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(2)>",
            '=HYPERLINK("http://example.invalid")',
        ]
    )
    add("<svg onload=alert(1)>.docx", script, "OK")
    add("=cmd|' \\C calc'!A0.docx", good, "OK")
    add("a\nb.docx", good, "OK")
    add("rapport\u202etxt.docx", good, "OK")
    add(b"caf\xe9.docx", good, "OK")
    add("-rf.docx", good, "OK")
    add('l\'"étude".docx', good, "OK")
    # never documents
    (cand / "y.docx").mkdir()
    os.mkfifo(cand / "x.pdf")
    ignored["candidat/x.pdf"] = "pas un fichier ordinaire"
    os.symlink(outside / "secret.txt", cand / "lien-dehors.pdf")
    ignored["candidat/lien-dehors.pdf"] = "extérieur"
    os.symlink(outside / "dossier", cand / "dossier-dehors")
    ignored["candidat/dossier-dehors"] = "extérieur"
    os.symlink("boucle.docx", cand / "boucle.docx")
    ignored["candidat/boucle.docx"] = "boucle"
    for name, reason in [
        ("~$dossier.docx", "verrouillage"),
        (".~lock.dossier.odt#", "verrouillage"),
        (".DS_Store", "système"),
        ("Thumbs.db", "système"),
        ("desktop.ini", "système"),
        (".cache-secret", "caché"),
    ]:
        (cand / name).write_bytes(b"\x00lock")
        ignored[f"candidat/{name}"] = reason
    (cand / "__MACOSX").mkdir()
    (cand / "__MACOSX" / "._dossier.docx").write_bytes(b"\x00\x05\x16\x07")
    ignored["candidat/__MACOSX"] = "système"
    return Corpus(root, cohort, cand, outside, expected, ignored, warnings, prechecked)


if __name__ == "__main__":  # pragma: no cover
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    corpus = build_corpus(target)
    for shown, statuses in sorted(corpus.expected.items()):
        print(f"{shown!r}: {' | '.join(sorted(statuses))}")
