"""docmark: a tiny text notation for documents, used by rule examples and tests.

See docs/rules.md ("Examples"). ``docmark(text)`` returns a real ``Document``
built with the same builder as the DOCX/PDF/ODT readers, so examples run
through exactly the pipeline that real files do.
"""

from __future__ import annotations

import re

from .extract.builder import DocumentBuilder
from .extract.normalize import toc_title
from .model import NOTE_STYLE, BlockKind, Document

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LIST = re.compile(r"^(\s*)(?:[-*•]|\d+[.)])\s+(.*)$")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_CAPTION = re.compile(r"^(figure|tableau|illustration|graphique|capture)\s*\d*\s*:", re.I)


def _add_text(builder: DocumentBuilder, kind: BlockKind, text: str, **kw) -> None:
    links = _LINK.findall(text)
    plain = _LINK.sub(lambda m: m.group(1), text)
    builder.add(kind, plain, **kw)
    for label, url in links:
        builder.add_link(url, label)


def docmark(text: str, name: str = "exemple") -> Document:
    """Build a Document from docmark ``text``."""
    builder = DocumentBuilder(name, "text")
    builder.page = 1
    paragraph: list[str] = []
    table: list[list[str]] = []

    def flush() -> None:
        if paragraph:
            _add_text(builder, BlockKind.PARAGRAPH, " ".join(paragraph))
            paragraph.clear()
        if table:
            builder.add_table(table)
            table.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if stripped.startswith("|"):
            if paragraph:
                flush()
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                continue
            table.append(cells)
            continue
        if table:
            flush()
        if stripped.startswith("@page "):
            flush()
            builder.set_page(int(stripped.split()[1]))
            continue
        if stripped.startswith("@note "):
            flush()
            _add_text(builder, BlockKind.PARAGRAPH, stripped[len("@note ") :], style=NOTE_STYLE)
            continue
        if stripped.startswith(("@header ", "@footer ")):
            flush()
            kind = BlockKind.HEADER if stripped.startswith("@header") else BlockKind.FOOTER
            builder.add(kind, stripped.split(" ", 1)[1])
            continue
        heading = _HEADING.match(stripped)
        if heading:
            flush()
            builder.add(BlockKind.HEADING, heading.group(2), level=len(heading.group(1)))
            continue
        if toc_title(stripped):
            flush()
            builder.add(BlockKind.TOC_ENTRY, stripped)
            continue
        item = _LIST.match(line)
        if item:
            flush()
            level = 1 + len(item.group(1)) // 2
            _add_text(builder, BlockKind.LIST_ITEM, item.group(2), level=level)
            continue
        if stripped.startswith("[image]"):
            flush()
            builder.add_image(stripped[len("[image]") :].strip())
            continue
        if _CAPTION.match(stripped):
            flush()
            builder.add(BlockKind.CAPTION, stripped)
            continue
        paragraph.append(stripped)
    flush()
    document = builder.build()
    return document
