"""Assemble a Document from what a reader finds, the same way for every format.

Readers call ``add_*`` in reading order; the builder numbers blocks, keeps the
heading path, counts images per section and computes the health record, so
that DOCX, PDF, ODT and the test notation all produce the same structure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import BODY_KINDS, Block, BlockKind, Document, Health, Link, Location
from .normalize import garbled_count, normalize, normalize_line, toc_title


class DocumentBuilder:
    """Collects blocks in reading order and produces a ``Document``."""

    def __init__(self, path: str, kind: str, *, page_estimated: bool = False) -> None:
        self.path = path
        self.kind = kind
        self.page_estimated = page_estimated
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.warnings: list[str] = []
        self.skipped: Counter[str] = Counter()
        self.images_by_section: Counter[str] = Counter()
        self.metadata: dict[str, str] = {}
        self.page: int | None = 1 if kind in {"pdf", "docx", "odt", "pptx"} else None
        self.pages = 0
        self.scanned_pages: list[int] = []
        self.garbled_pages: list[int] = []
        self._garbled_chars = 0
        self._total_chars = 0
        self._headings: list[tuple[int, str]] = []
        self._paragraph = 0
        #: Set while adding text read by OCR (its confidence, 0-1).
        self.ocr_confidence: float | None = None

    # -- position -------------------------------------------------------
    def set_page(self, page: int) -> None:
        """Set the (1-based) page of the blocks that follow."""
        self.page = page
        self.pages = max(self.pages, page)

    def reset_section(self) -> None:
        """Forget the heading path (a new slide starts a new section)."""
        self._headings = []

    def section(self) -> tuple[str, ...]:
        """The current heading path, outermost first."""
        return tuple(text for _, text in self._headings)

    def location(self, *, paragraph: bool = True) -> Location:
        """A location for the next block."""
        if paragraph and self.kind in {"docx", "odt"}:
            self._paragraph += 1
        return Location(
            index=len(self.blocks),
            page=self.page,
            page_estimated=self.page_estimated and self.page is not None,
            section=self.section(),
            paragraph=self._paragraph if self.kind in {"docx", "odt"} else None,
            ocr_confidence=self.ocr_confidence,
        )

    # -- blocks ---------------------------------------------------------
    def _count_text(self, text: str) -> None:
        bad = garbled_count(text)
        self._garbled_chars += bad * 6
        self._total_chars += len(text)

    def add(
        self,
        kind: BlockKind,
        text: str,
        *,
        level: int | None = None,
        confidence: float = 1.0,
        hidden: bool = False,
        style: str | None = None,
    ) -> Block | None:
        """Add a text block; empty text is dropped. Returns the block."""
        text = normalize_line(text) if kind is not BlockKind.TABLE else normalize(text)
        if not text:
            return None
        if kind in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM} and toc_title(text):
            # "2.1 Analyse SWOT ........ 12", whatever style the writer used.
            kind = BlockKind.TOC_ENTRY
        self._count_text(text)
        if kind is BlockKind.HEADING and not hidden:
            level = max(1, level or 1)
            self._headings = [(lvl, t) for lvl, t in self._headings if lvl < level]
            block = Block(
                kind,
                text,
                self.location(),
                level=level,
                confidence=confidence,
                style=style,
            )
            self._headings.append((level, text))
        else:
            block = Block(
                kind,
                text,
                self.location(),
                level=level,
                confidence=confidence,
                hidden=hidden,
                style=style,
            )
        self.blocks.append(block)
        return block

    def add_table(self, rows: Sequence[Sequence[str]], *, hidden: bool = False) -> Block | None:
        """Add a table (rows x cells). Empty rows are dropped."""
        clean = []
        for row in rows:
            cells = tuple(normalize_line(cell or "") for cell in row)
            if any(cells):
                clean.append(cells)
        if not clean:
            return None
        text = "\n".join(" | ".join(cell for cell in row) for row in clean)
        self._count_text(text)
        block = Block(
            BlockKind.TABLE,
            text,
            self.location(),
            rows=tuple(clean),
            hidden=hidden,
        )
        self.blocks.append(block)
        return block

    def add_image(self, description: str = "") -> Block:
        """Add an image placeholder (its alt text or name, if any)."""
        block = Block(
            BlockKind.IMAGE,
            normalize_line(description) or "[image]",
            self.location(paragraph=False),
        )
        self.blocks.append(block)
        key = " > ".join(self.section()) or "(début du document)"
        self.images_by_section[key] += 1
        return block

    def add_link(self, url: str, text: str) -> None:
        """Record a hyperlink at the current position."""
        url = url.strip()
        if not url:
            return
        self.links.append(
            Link(
                url,
                normalize_line(text),
                Location(
                    index=max(0, len(self.blocks) - 1),
                    page=self.page,
                    page_estimated=self.page_estimated and self.page is not None,
                    section=self.section(),
                ),
            )
        )

    def restart_paragraphs(self) -> None:
        """Number the following paragraphs from 1 again (after headers/footers)."""
        self._paragraph = 0

    def warn(self, message: str) -> None:
        """Record a French warning for the health report (once each)."""
        if message not in self.warnings:
            self.warnings.append(message)

    def skip(self, what: str, count: int = 1) -> None:
        """Count an element that was not read (e.g. "objet OLE")."""
        self.skipped[what] += count

    def mark_scanned(self, page: int) -> None:
        """Record a page that has no text layer."""
        if page not in self.scanned_pages:
            self.scanned_pages.append(page)

    def mark_garbled(self, page: int) -> None:
        """Record a page whose text is garbled."""
        if page not in self.garbled_pages:
            self.garbled_pages.append(page)

    # -- result ---------------------------------------------------------
    def build(self) -> Document:
        """Produce the Document and its health record."""
        body = [b for b in self.blocks if b.kind in BODY_KINDS and not b.hidden]
        words = sum(
            sum(len(cell.split()) for row in b.rows for cell in row)
            if b.rows
            else len(b.text.split())
            for b in body
        )
        kinds = Counter(b.kind.value for b in self.blocks)
        ratio = self._garbled_chars / self._total_chars if self._total_chars else 0.0
        health = Health(
            pages=self.pages or (1 if self.blocks else 0),
            words=words,
            blocks_by_kind=dict(sorted(kinds.items())),
            tables=kinds.get(BlockKind.TABLE.value, 0),
            images=kinds.get(BlockKind.IMAGE.value, 0),
            links=len(self.links),
            scanned_pages=tuple(sorted(self.scanned_pages)),
            garbled_ratio=round(min(1.0, ratio), 4),
            garbled_pages=tuple(sorted(self.garbled_pages)),
            skipped=dict(sorted(self.skipped.items())),
            warnings=tuple(self.warnings),
        )
        metadata = dict(self.metadata)
        return Document(
            path=self.path,
            kind=self.kind,
            blocks=tuple(self.blocks),
            links=tuple(self.links),
            images_by_section=dict(self.images_by_section),
            metadata=metadata,
            health=health,
        )
