"""Assemble a Document from what a reader finds, the same way for every format.

Readers call ``add_*`` in reading order; the builder numbers blocks, keeps the
heading path, counts images per section and computes the health record, so
that DOCX, PDF, ODT and the test notation all produce the same structure.

The word-processor readers (DOCX, ODT) also share their paragraph code here:
``FlowReader`` (what a walk over a text flow keeps: estimated pages, hidden
text, notes, the last heading level, header and footer lines), ``Paragraph``
(the text segments of one paragraph), ``PageEstimate`` and the pseudo-heading
test. Each reader keeps only what its XML format needs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

from .. import messages as msg
from ..model import (
    BODY_KINDS,
    Block,
    BlockKind,
    Document,
    Health,
    Link,
    Location,
    out_of_flow,
)
from .normalize import (
    ends_in_page_number,
    garbled_count,
    is_toc_heading,
    normalize,
    normalize_line,
    toc_title,
)

if TYPE_CHECKING:
    from lxml import etree


#: Join a PDF table's parts split by page breaks (off: each part as printed,
#: e.g. to compare a reader's words with another tool's).
JOIN_SPLIT_TABLES = True


#: Words at most of a subject line read as a heading (a longer one states its content).
SUBJECT_MAX_WORDS = 20
# The subject line of a letter, an e-mail or an administrative note.
_SUBJECT_LINE = re.compile(r"^(?:objet|subject|re|tr|fwd?)\s?:\s?[^\W\d_]", re.IGNORECASE)


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
        #: Under a « Sommaire » title: its lines ending in a page number are entries.
        self._in_toc = False
        #: Set while adding text read by OCR (its confidence, 0-1).
        self.ocr_confidence: float | None = None
        #: The block a link just read belongs to, when it is not the last one (a table
        #: joined to its first part on an earlier page).
        self._anchor: int | None = None

    # -- position -------------------------------------------------------
    def set_page(self, page: int) -> None:
        """Set the (1-based) page of the blocks that follow."""
        self.page = page
        self.pages = max(self.pages, page)

    def reset_section(self) -> None:
        """Forget the heading path (a new slide starts a new section)."""
        self._headings = []
        self._in_toc = False

    def _nested_level(self, text: str, level: int) -> int:
        """The level of a heading numbered under another (« 9.1 », « Q6.2 »): one below
        the heading of its parent number (« PARTIE 9 — Partenaires », « 9. », « Q6 »)
        when the author gave both the same look (two bold lines, two « Titre 2 »)."""
        number = heading_number(text)
        if number is None or "." not in number:
            return level
        parent = number.rsplit(".", 1)[0]
        for lvl, heading in reversed(self._headings):
            if heading_number(heading) == parent:
                return min(MAX_HEADING_LEVEL, lvl + 1) if lvl >= level else level
        return level

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
        elif (
            self._in_toc
            and kind is BlockKind.HEADING
            and confidence < 1
            and len(text) <= 120
            and ends_in_page_number(text)
        ):
            # A contents typed by hand whose part lines are in bold (« Partie 1 —
            # Stratégie 4 »): an entry, not a heading; the contents goes on.
            kind, level = BlockKind.TOC_ENTRY, None
        elif kind is BlockKind.HEADING or is_toc_heading(text):
            self._in_toc = is_toc_heading(text)
        elif self._in_toc and kind in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}:
            # A contents typed by hand under « Sommaire » (no dot leaders, no TOC
            # style): « 3.1 Plan d'actions SEO 4 », « Conclusion 12 ». The first line
            # without a page number ends it.
            if len(text) <= 120 and ends_in_page_number(text):
                kind = BlockKind.TOC_ENTRY
            else:
                self._in_toc = False
        self._count_text(text)
        if (
            kind is BlockKind.PARAGRAPH
            and not hidden
            and _SUBJECT_LINE.match(text)
            and len(text.split()) <= SUBJECT_MAX_WORDS
            and not text.endswith((*_PSEUDO_END, "?"))
        ):
            # A letter's, an e-mail's or a note's subject (« Objet : rentabilité de la
            # campagne ») titles what follows.
            kind, confidence = BlockKind.HEADING, 0.5
            level = min(MAX_HEADING_LEVEL, (self._headings[-1][0] + 1) if self._headings else 1)
        if kind is BlockKind.HEADING and not hidden:
            if confidence < 1 and is_typed_caption(text):
                # A bold caption (« Tableau n° 2 : Règles… ») titles the table under
                # it, inside the current part: it must not close the part (« 4.2 »
                # after it still nests under « 4 »).
                deepest = self._headings[-1][0] if self._headings else 0
                level = min(MAX_HEADING_LEVEL, deepest + 1)
            else:
                level = self._nested_level(text, max(1, level or 1))
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
        self._anchor = None
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
        joined = self._join_split_table(clean, hidden)
        if joined is not None:
            return joined
        self._anchor = None
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

    def _join_split_table(self, rows: list[tuple[str, ...]], hidden: bool) -> Block | None:
        """A table that goes on from the previous page of a PDF: nothing but running
        headers and footers between the two parts, as many columns, a new page. The
        rows join the first part (its header row, when repeated, dropped); returns the
        joined block, or None."""
        if not JOIN_SPLIT_TABLES or self.kind != "pdf":
            return None
        i = len(self.blocks) - 1
        while i >= 0 and out_of_flow(self.blocks[i]):
            i -= 1
        if i < 0:
            return None
        first = self.blocks[i]
        if (
            first.kind is not BlockKind.TABLE
            or first.hidden != hidden
            or not first.rows
            or len(first.rows[0]) != len(rows[0])
            or first.location.page == self.page
        ):
            return None
        more = rows[1:] if rows[0] == first.rows[0] else rows
        if not more:
            return None
        text = "\n".join(" | ".join(cell for cell in row) for row in more)
        self._count_text(text)
        merged = replace(first, text=first.text + "\n" + text, rows=first.rows + tuple(more))
        self.blocks[i] = merged
        self._anchor = i
        return merged

    def add_image(self, description: str = "") -> Block:
        """Add an image placeholder (its alt text or name, if any)."""
        block = Block(
            BlockKind.IMAGE,
            normalize_line(description) or "[image]",
            self.location(paragraph=False),
        )
        self._anchor = None
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
                    index=self._anchor
                    if self._anchor is not None
                    else max(0, len(self.blocks) - 1),
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
        # Lists and contents typed by hand are read as the word processor would show
        # them, before anything is counted.
        blocks = announced_plan(enumerated_paragraphs(self.blocks))
        body = [b for b in blocks if b.kind in BODY_KINDS and not b.hidden]
        words = sum(
            sum(len(cell.split()) for row in b.rows for cell in row)
            if b.rows
            else len(b.text.split())
            for b in body
        )
        kinds = Counter(b.kind.value for b in blocks)
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
            blocks=tuple(blocks),
            links=tuple(self.links),
            images_by_section=dict(self.images_by_section),
            metadata=metadata,
            health=health,
        )


# An item number typed at the start of a paragraph: « 1. », « 2) », « b) », « (c) »,
# « 2.1 », or a word and its rank, « Étape 1 : », « Priorité 2 – », « Phase 3 — », « P1 — »,
# « Priorité 1 (quick win) : ».
_ENUMERATOR = re.compile(
    r"^(?:(?P<major>\d{1,2})\.(?P<minor>\d{1,2})\.?\s(?=[A-ZÀ-Ý])"
    r"|(?P<digit>\d{1,2})\s?[.)°]|(?P<bare>\d{1,2})\s(?=[A-ZÀ-Ý])|\(?(?P<letter>[a-h])\)"
    r"|(?P<roman>I|II|III|IV|V|VI|VII|VIII|IX|X)[.)]"
    r"|(?P<word>[EÉeé]tape|[Pp]hase|[Pp]riorit[eé]|[Aa]ction|[Aa]xe|[Ll]evier|[Oo]bjectif"
    r"|[Aa]rticle|[Pp]oint|[Ll]ot|[Ss]print|[Vv]ague|[Cc]hantier|[Mm]ission|[Pp]alier|P)"
    r"\s?(?:n°\s?)?(?P<rank>\d{1,2})\s?(?:\([^()]{1,40}\)\s?)?[:.)–—-])\s*[^\W\d_]"
)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
#: Paragraphs numbered in a row, at least this many, are a list typed by hand.
ENUMERATED_MIN_ITEMS = 2


def _enumeration(text: str) -> tuple[str, int] | None:
    """The numbering style and rank of a paragraph opened by an item number."""
    match = _ENUMERATOR.match(text)
    if match is None:
        return None
    if match["major"]:
        # « 2.1 », « 2.2 »…: items of part 2 (a run starts at « 2.1 »).
        return f"decimal-{match['major']}", int(match["minor"])
    if match["digit"]:
        return "digit", int(match["digit"])
    if match["bare"]:
        return "bare", int(match["bare"])
    if match["roman"]:
        return "roman", _ROMAN.index(match["roman"]) + 1
    if match["letter"]:
        return "letter", ord(match["letter"]) - ord("a") + 1
    return match["word"].lower().replace("é", "e"), int(match["rank"])


def enumerated_paragraphs(blocks: Sequence[Block]) -> list[Block]:
    """``blocks``, with each run of consecutive paragraphs numbered 1, 2, 3… in
    one style (« 1. », « a) », « Étape 1 : », « P1 — ») turned into list items:
    a list typed by hand, without the word processor's numbering. Items the reader
    already took for list items, and a page's header or footer, keep the run going."""
    out = list(blocks)
    run: list[int] = []
    style: str | None = None
    rank = 0

    def close() -> None:
        if rank >= ENUMERATED_MIN_ITEMS:
            for i in run:
                out[i] = replace(out[i], kind=BlockKind.LIST_ITEM, level=1, confidence=0.8)

    for i, block in enumerate(out):
        if out_of_flow(block):
            continue  # a page's header, footer or footnotes between two items
        # (« b) Déclinaison technique : » introduces its own items: a paragraph.)
        found = (
            _enumeration(block.text)
            if block.kind in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}
            and not block.hidden
            and not block.text.rstrip().endswith(":")
            and not _introduces_items(out, i)
            else None
        )
        if found is not None and style is not None and found == (style, rank + 1):
            rank += 1
            if block.kind is BlockKind.PARAGRAPH:
                run.append(i)
            continue
        close()
        run, style, rank = [], None, 0
        if found is not None and found[1] == 1:
            style, rank = found[0], 1
            if block.kind is BlockKind.PARAGRAPH:
                run.append(i)
    close()
    return out


def _introduces_items(blocks: Sequence[Block], i: int) -> bool:
    """Block ``i``, numbered as a part's subsection (« 4.2 Mesures proposées. »), is
    followed by items of its own (« a) Gel des campagnes… », « - … »): a title typed
    by hand, not an item."""
    mine = _enumeration(blocks[i].text)
    if mine is None or not mine[0].startswith("decimal") or i + 1 >= len(blocks):
        return False
    after = blocks[i + 1]
    if after.kind is BlockKind.LIST_ITEM:
        return True
    theirs = _enumeration(after.text) if after.kind is BlockKind.PARAGRAPH else None
    return theirs is not None and theirs[0] in _SUB_STYLES and theirs[1] == 1


#: Numberings that open a subsection's own items (« a) », « 1. », « i. »).
_SUB_STYLES = frozenset({"letter", "digit", "roman", "bare"})


# A title's number or letter (« 1 », « 2.3. », « II. », « B) », « Partie 2 — »).
_TITLE_NUMBER = re.compile(
    r"^(?:(?:partie|chapitre|section)\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[ivxlc]{1,5}|[a-h])[.)]?\s*[:.–—-]?\s+"
)
_NOT_WORD = re.compile(r"[\W_]+")
#: Lines in a row that repeat later headings make an announced plan.
PLAN_MIN_LINES = 3
#: Words at most of a plan's line.
PLAN_LINE_WORDS = 20


def _title_key(text: str) -> str:
    """A title without its number, case or punctuation, to compare two titles."""
    return _NOT_WORD.sub(" ", _TITLE_NUMBER.sub("", text.strip().lower())).strip()


def announced_plan(blocks: Sequence[Block]) -> list[Block]:
    """``blocks``, with a plan typed in the text turned into contents entries: three
    lines or more in a row (paragraphs, list items or bold lines read as headings,
    « I. Diagnostic partagé… », « II. Axes stratégiques… ») that each repeat, in order,
    a heading that comes later.
    A plan announces the parts; it is no work of theirs (as a table of contents)."""
    out = list(blocks)
    headings: dict[str, list[int]] = {}
    for i, block in enumerate(out):
        if block.kind is BlockKind.HEADING:
            headings.setdefault(_title_key(block.text), []).append(i)
    if len(headings) < PLAN_MIN_LINES:
        return out
    run: list[int] = []
    last = -1

    def close() -> None:
        if len(run) < PLAN_MIN_LINES:
            return
        typed = any(out[i].kind is BlockKind.HEADING for i in run)
        for i in run:
            out[i] = replace(out[i], kind=BlockKind.TOC_ENTRY, level=None)
        if typed:
            # Its lines were read as headings (bold lines typed by hand under
            # « SOMMAIRE »): what follows them, up to the next heading, is not theirs.
            section = out[run[0]].location.section
            for j in range(run[0], len(out)):
                if j > run[-1] and out[j].kind is BlockKind.HEADING:
                    break
                out[j] = replace(out[j], location=replace(out[j].location, section=section))

    for i, block in enumerate(out):
        later = None
        if (
            block.kind in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}
            or (block.kind is BlockKind.HEADING and block.confidence < 1)
        ) and (not block.hidden and len(block.text.split()) <= PLAN_LINE_WORDS):
            later = next((h for h in headings.get(_title_key(block.text), ()) if h > i), None)
        if later is not None and (not run or later > last):
            run.append(i)
            last = later
            continue
        close()
        run, last = ([i], later) if later is not None else ([], -1)
    close()
    return out


# -- shared by the word-processor readers (DOCX, ODT) --------------------------------

#: About this many words fill a page of a dossier (used without page breaks).
WORDS_PER_PAGE = 450

#: The deepest heading level a pseudo-heading gets (ODF outline levels go to
#: 10, Word's to 9): one level under the last real heading, at most this.
MAX_HEADING_LEVEL = 10

#: A pseudo-heading: a short, fully bold, isolated line.
PSEUDO_HEADING_MAX_WORDS = 12
_PSEUDO_END = (".", ":", ";", ",", "…")
_HAS_LETTER = re.compile(r"[^\W\d_]")

#: An exam-style question number opening a line: « Q1.2 », « Question 3 » (alone on
#: its line, or before the question's title).
_QUESTION = re.compile(r"^(?:Q|Question\s*)\d+(?:[.,]\d+)*\b\s*[-–—:.)]?\s*(?:\S|$)", re.IGNORECASE)
_BARE_QUESTION = re.compile(r"^(?:Q|Question\s*)\d+(?:[.,]\d+)*\s*[-–—:.)]?\s*$", re.IGNORECASE)

#: What the hidden-text warning says, per reason.
HIDDEN_LABELS = {
    "vanish": "texte masqué",
    "white": "texte blanc sur fond blanc",
    "tiny": "texte minuscule",
}

#: A piece of a paragraph's text: (text, hidden reason or None, bold).
Segment = tuple[str, str | None, bool]


#: A heading's own number: « 9.1 Objectifs » → 9.1, « PARTIE 9 — Partenaires » → 9,
#: « Q6.2 — … » → 6.2 (not a year, nor « 3,5 % »).
_HEADING_NUMBER = re.compile(
    r"\s*(?:(?:partie|chapitre|section|question|q)\s*)?(\d{1,2}(?:\.\d{1,2})*)\.?(?![\d,%])",
    re.IGNORECASE,
)


def heading_number(text: str) -> str | None:
    """The number a heading opens with (« 9.1 », « 9 »), or None."""
    match = _HEADING_NUMBER.match(text)
    return match.group(1) if match else None


def is_question_heading(text: str) -> bool:
    """« Q1.2 Persona de la cible » or « Question 3 – Le benchmark ? »: the
    heading of an answer sheet, whatever its font; not « Q1.2 : Léa a 34 ans,
    elle achète… » (an answer written on the same line)."""
    if not _QUESTION.match(text) or len(text.split()) > PSEUDO_HEADING_MAX_WORDS + 2:
        return False
    if text.endswith((".", ";", ",", "…")):
        return False
    _label, colon, after = text.partition(":")
    return not (colon and len(after.split()) >= 4)


def is_bare_question(text: str) -> bool:
    """« Q1.2 » or « Question 3 » alone on its line: an answer sheet's heading that
    names no topic (the answer's opening sentence does)."""
    return bool(_BARE_QUESTION.match(text.strip()))


#: A bullet typed at the start of a paragraph (« - », « • », « → », « ✓ »…),
#: followed by a space and text: an item of a list the author did not format.
_TYPED_BULLET = re.compile(r"^[•·●○◦▪■□▫►▸▹➢➤➔⇒✓✔→*\-–—]\s+\w")


def is_typed_list_item(text: str) -> bool:
    """« → P1 — couper les requêtes… » or « - Newsletter mensuelle » typed in a
    plain paragraph (DOCX and ODT): a list item, as a reader sees it."""
    return bool(_TYPED_BULLET.match(text))


#: The words a caption opens with (« Tableau 3 : … », « Figure 2 – … »); the PDF reader
#: adds its own (« Source : », « Annexe 2. » under a chart).
CAPTION_WORDS = r"figure|fig\.|tableau|table|graphique|sch[ée]ma|illustration|photo|carte"

#: A caption typed as a line of its own: « Tableau n° 2 : Règles de publication »,
#: « Figure 3 – Le tunnel », « Graphique 1. Ventes » (a number is needed: « Tableau de
#: bord » is a title).
_TYPED_CAPTION = re.compile(
    rf"^(?:{CAPTION_WORDS}|capture(?: d'[ée]cran)?)\s*(?:n[°o]\s*)?(?:\d{{1,3}}|[IVX]{{1,4}})"
    r"\s*[:.–—-]",
    re.IGNORECASE,
)


def is_typed_caption(text: str) -> bool:
    """A caption the author typed on a line of its own."""
    return bool(_TYPED_CAPTION.match(text))


#: Words at most of a school's question typed after its number (« Q2.14. Quels moyens de
#: paiement sont proposés sur le site ? Fonctionnent-ils sur tous les appareils ? … »).
QUESTION_MAX_WORDS = 40


def is_pseudo_heading(segments: Sequence[Segment], text: str) -> bool:
    """A short line, all in bold, not ending like a sentence, or an exam-style
    question number (DOCX and ODT): a short title, or the question itself, asked
    (« ? ») or set in bold, whatever its length — an answer sheet's parts."""
    if is_question_heading(text):
        return True
    if _QUESTION.match(text) and len(text.split()) <= QUESTION_MAX_WORDS:
        bold = [b for t, hidden, b in segments if not hidden and t.strip()]
        _number, _sep, rest = text.partition(" ")
        if (bold and all(bold)) or "?" in rest:
            return True
    if len(text.split()) > PSEUDO_HEADING_MAX_WORDS:
        return False
    if text.endswith(_PSEUDO_END) or not _HAS_LETTER.search(text):
        return False
    if _SLIDE_TITLE.match(text) or _capitals(text):
        return True
    bold = [b for t, hidden, b in segments if not hidden and t.strip()]
    return bool(bold) and all(bold)


# A slide's title pasted in a text (« Slide 4 – Nos leviers », « Diapositive 2 : »).
_SLIDE_TITLE = re.compile(r"^(?:slide|diapo|diapositive)\s?\d{1,2}\s?[:.–—-]\s?\S", re.IGNORECASE)
#: Letters a line in capitals needs to be a heading (not « SEO / SEA »).
CAPITALS_MIN_LETTERS = 8


def _capitals(text: str) -> bool:
    """A line typed in capitals (« ANALYSE DE LA CONCURRENCE »): a title."""
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= CAPITALS_MIN_LETTERS
        and all(c.isupper() for c in letters)
        and len(text.split()) >= 2
    )


def hidden_reason(*, vanish: bool, tiny: bool, white: bool, white_ok: bool) -> str | None:
    """Why a run cannot be seen, or None: masked, then tiny (2 pt or less), then
    white on white (``white_ok``: its background is coloured)."""
    if vanish:
        return "vanish"
    if tiny:
        return "tiny"
    if white and not white_ok:
        return "white"
    return None


@dataclass
class Paragraph:
    """What a reader collected from one paragraph (readers add their own fields)."""

    segments: list[Segment] = field(default_factory=list)
    #: (url, anchor text)
    links: list[tuple[str, str]] = field(default_factory=list)
    #: alt texts of the images met
    images: list[str] = field(default_factory=list)
    #: text boxes and shapes holding paragraphs, read after the paragraph
    boxes: list[etree._Element] = field(default_factory=list)

    def visible(self) -> str:
        return normalize_line("".join(t for t, hidden, _ in self.segments if not hidden))

    def hidden_text(self) -> str:
        return normalize_line("".join(t for t, hidden, _ in self.segments if hidden))

    def hidden_reasons(self, *, with_text: bool) -> set[str]:
        """Why parts are hidden (only the parts with text, when ``with_text``)."""
        return {h for t, h, _ in self.segments if h and (t.strip() or not with_text)}


@dataclass(frozen=True)
class FlowContext:
    """Where a walk over a text flow is: body, table cell, text box, header or
    footer (readers add their own fields in a subclass)."""

    in_box: bool = False
    in_table: bool = False
    white_ok: bool = False  # white text is visible here (coloured background)
    toc: bool = False  # inside a table of contents
    story: BlockKind | None = None  # HEADER or FOOTER outside the body

    @property
    def main_flow(self) -> bool:
        """Whether page breaks met here move the page count."""
        return not (self.in_box or self.in_table or self.story)


class PageBreaks(Protocol):
    """Page breaks met in a paragraph or table, before or after its text."""

    rendered_before: int
    rendered_after: int
    explicit_before: int
    explicit_after: int


class PageEstimate:
    """Estimated page numbers for formats without real pages (DOCX, ODT).

    With ``rendered`` breaks (written by the word processor at its last
    layout), only those count: they already include explicit breaks. Without
    them, explicit breaks count and every ``WORDS_PER_PAGE`` words start a
    new page.
    """

    def __init__(self, builder: DocumentBuilder, *, rendered: bool) -> None:
        self.builder = builder
        self.rendered = rendered
        self.page = 1
        self.words = 0

    def next_page(self, count: int = 1) -> None:
        """Move on ``count`` pages."""
        if count <= 0:
            return
        self.page += count
        self.words = 0
        self.builder.set_page(self.page)

    def rendered_break(self, count: int = 1) -> None:
        """Breaks recorded by the word processor's layout."""
        if self.rendered:
            self.next_page(count)

    def explicit_break(self, count: int = 1) -> None:
        """Page breaks the author inserted (break, page-break-before...)."""
        if not self.rendered:
            self.next_page(count)

    def add_words(self, text: str) -> None:
        """Account for the words of a block just added."""
        if self.rendered:
            return
        self.words += len(text.split())
        while self.words >= WORDS_PER_PAGE:
            over = self.words - WORDS_PER_PAGE
            self.next_page()
            self.words = over

    def before(self, breaks: PageBreaks) -> None:
        self.rendered_break(breaks.rendered_before)
        self.explicit_break(breaks.explicit_before)

    def after(self, breaks: PageBreaks) -> None:
        self.rendered_break(breaks.rendered_after)
        self.explicit_break(breaks.explicit_after)


class FlowReader:
    """What the DOCX and ODT readers keep while walking a text flow.

    A reader builds its ``DocumentBuilder``, sets ``pages`` once it knows
    whether the file has rendered page breaks, adds paragraph-like blocks with
    ``add_text_block`` and header/footer lines with ``add_story``, reports
    hidden text with ``note_hidden`` and ends with ``finish``.
    """

    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder
        self.pages = PageEstimate(builder, rendered=False)
        #: tracked changes were met (read as accepted)
        self.tracked = False
        #: paragraphs with hidden text, per reason
        self.hidden: dict[str, int] = {}
        self.hidden_count = 0
        #: notes and comments met (not read), per kind
        self.notes = {"note de bas de page": 0, "note de fin": 0, "commentaire": 0}
        #: the level of the last real heading (a pseudo-heading goes under it)
        self.last_heading = 0
        self.story_seen: set[tuple[BlockKind, str]] = set()

    def pseudo_heading_level(self) -> int:
        """The level of a pseudo-heading met now: under the last real heading."""
        return min(MAX_HEADING_LEVEL, self.last_heading + 1)

    @staticmethod
    def pseudo_heading(para: Paragraph, text: str) -> bool:
        """A short line, all in bold, not ending like a sentence (or a question number)."""
        return is_pseudo_heading(para.segments, text)

    def add_text_block(
        self,
        kind: BlockKind,
        text: str,
        level: int | None,
        confidence: float,
        hidden: bool,
        style: str | None,
        *,
        main_flow: bool,
    ) -> None:
        """Add a paragraph-like block: remember the last real heading level (for
        pseudo-headings) and count words for page estimates."""
        block = self.builder.add(
            kind, text, level=level, confidence=confidence, hidden=hidden, style=style
        )
        if block is not None and not hidden:
            if kind is BlockKind.HEADING and confidence == 1.0:
                self.last_heading = level or 1
            if main_flow:
                self.pages.add_words(block.text)

    def add_story(self, kind: BlockKind, text: str) -> None:
        """A header or footer line (HEADER/FOOTER), once per distinct text."""
        if text and (kind, text) not in self.story_seen:
            self.story_seen.add((kind, text))
            self.builder.add(kind, text)

    def add_table_block(
        self, rows: Sequence[Sequence[str]], *, hidden: bool, main_flow: bool
    ) -> None:
        """Add a table block and count its words for page estimates."""
        block = self.builder.add_table(rows, hidden=hidden)
        if block is not None and not hidden and main_flow:
            self.pages.add_words(block.text)

    def add_story_rows(self, kind: BlockKind, rows: Sequence[Sequence[str]]) -> None:
        """A table in a header or footer: one line per row, its cells joined."""
        for row in rows:
            self.add_story(kind, " | ".join(c for c in row if c))

    def add_links_and_images(self, para: Paragraph) -> None:
        """The hyperlinks and the image placeholders found in a paragraph."""
        for url, anchor in para.links:
            self.builder.add_link(url, anchor)
        for alt in para.images:
            self.builder.add_image(alt)

    def note_hidden(self, reasons: set[str]) -> None:
        """Count a paragraph with hidden text, and why it is hidden."""
        reasons = {r for r in reasons if r}
        if not reasons:
            return
        self.hidden_count += 1
        for reason in reasons:
            self.hidden[reason] = self.hidden.get(reason, 0) + 1

    def finish(self, stated_pages: int = 0) -> None:
        """Warnings, skipped notes and the page count (``stated_pages``: what
        the file's metadata says, if anything)."""
        builder = self.builder
        if self.tracked:
            builder.warn(msg.W302)
        if self.hidden_count:
            detail = ", ".join(label for key, label in HIDDEN_LABELS.items() if key in self.hidden)
            builder.warn(msg.W305.format(count=self.hidden_count, detail=detail))
        for what, count in self.notes.items():
            if count:
                builder.skip(what, count)
        if builder.blocks:
            builder.pages = max(builder.pages, self.pages.page, stated_pages)
