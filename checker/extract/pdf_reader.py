"""Read a PDF into a ``Document``: text, structure, tables, links and health.

The reader works in two passes.

1. Page by page, ``pdf_objects`` walks PDFium's page objects (pypdfium2) and
   reduces each page to a ``_Page`` record: lines of words, tables (pdfplumber's
   finder only on pages whose paths draw a ruled table), images, links, hidden
   text. A page PDFium cannot walk keeps its plain text (W307).
2. Over the whole document: the body font size, the running headers and
   footers (lines repeated in the top or bottom band of most pages), each page's
   footnotes (``_mark_notes``), the heading levels (rank of heading sizes); then
   blocks are emitted in reading order through ``DocumentBuilder``.

pdfplumber (pdfminer) opens the file first: its errors decide the status of a
hostile file (password, damage). A file it opens and PDFium refuses is read as
plain text page by page (``_read_plain``); one it cannot open, by PDFium's
plain text (``_read_with_pdfium``). The pdfminer page reader of 0.3 and 0.4
(``RNCP_CHECK_PDF_READER=pdfminer``) was removed in 0.5.

Word spacing: LaTeX/pandoc PDFs place words with no space character and
spaces as small as 2 pt, which pdfplumber's default 3 pt tolerance glues
("lemarchédelacosmétique"). Words are split at gaps above ``WORD_GAP_RATIO``
times the font size (1.5 pt at 10 pt) instead.

Anything the reader cannot see (render mode 3, white on white, tiny or off the
page) becomes a hidden block that never counts as evidence, except the
invisible text layer an OCR tool lays over a scanned page image.
"""

from __future__ import annotations

import itertools
import logging
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from itertools import pairwise
from operator import attrgetter, itemgetter
from pathlib import Path
from statistics import median
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfplumber.page import Page

from .. import messages as msg
from ..errors import InputError
from ..model import NOTE_STYLE, BlockKind, Document
from . import ocr
from .builder import CAPTION_WORDS, DocumentBuilder, is_question_heading
from .normalize import (
    ends_in_page_number,
    is_numbered_toc_line,
    is_toc_heading,
    normalize_line,
    toc_title,
)

#: Pages read at most; the rest is dropped with a W306 warning.
MAX_PAGES = 500
#: Words split where the gap exceeds this fraction of the font size.
WORD_GAP_RATIO = 0.15
#: A heading is at least this much larger than the body text.
HEADING_RATIO = 1.15
#: Top and bottom bands (fraction of page height) for headers and footers.
BAND = 0.12
#: Images smaller than this (points, either side) are decorations.
MIN_IMAGE_SIDE = 20.0
#: Text smaller than this (points) is treated as invisible.
MIN_TEXT_SIZE = 2.0
#: A page whose share of unreadable characters exceeds this is garbled.
GARBLED_PAGE_RATIO = 0.10
#: Footnotes: lines at most this share of the page's body size, in its lower part
#: (below this share of its height), each note opening on its number or mark.
NOTE_SIZE_RATIO = 0.9
NOTE_ZONE = 0.5
#: A note reference in the text (« shaper²³ »): digits at most this share of the size
#: of the word before, raised by at least this share of it.
SUPERSCRIPT_SIZE_RATIO = 0.85
SUPERSCRIPT_RISE = 0.2

_LIST_MARKER = re.compile(
    r"^(?:[•·●○◦▪■□▫►▸▹➢➤✓✔→\-–—*\uf000-\uf0ff]|\d{1,2}[.)]|[a-z][.)]|[A-Z]\)"
    r"|[ivxIVX]{1,4}[.)])\s+\S"  # not "M. Martin"
)
_CAPTION = re.compile(
    rf"^(?:{CAPTION_WORDS}|graph\.|image|annexe|source)\s*(?:n°\s*)?[\dIVX]*\s*[:.–—-]",
    re.IGNORECASE,
)
_ANNEX_TITLE = re.compile(r"^annexe\s*(?:n°\s*)?[\dIVX]", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-Z]\.)\s+\S")
_NUMBER_START = re.compile(r"^(?:\d{1,2}|[a-z])\s+\S")
#: A heading's own section number (« 3.1.1 Profil des répondants », « Partie 3 – … »):
#: the line starts a heading, it does not wrap the one above.
_SECTION_START = re.compile(
    r"^(?:\d+\.\d+(?:\.\d+)*\.?|(?:partie|chapitre)\s+\d+)\s", re.IGNORECASE
)
#: A note opens on its number or mark (« 19 Source : … », « * Hors taxes »).
_NOTE_START = re.compile(r"^(?:\d{1,3}|[*†‡])\s*[^\s\d.,)]")
#: A unit a raised digit is the exponent of (« 30 m2 »), or a price whose raised
#: cents follow (« 29€90 »): no note reference.
_UNIT_END = re.compile(r"(?:^|[\d\s])[kcdm]?m$|[€$£]$")
_REFERENCE = re.compile(r"\d{1,3}(?:[,–-]\d{1,3})*")
_MULTI_NUMBERED = re.compile(r"^\d+\.\d+(?:\.\d+)*\.?\s+\S")
_PAGE_NUMBER = re.compile(
    r"^(?:page|p\.)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:/|sur|of|de)\s*\d{1,4})?$"
    r"|^[ivxlc]{1,6}$",
    re.IGNORECASE,
)
_BOLD = re.compile(r"bold|black|heavy|demi|semibold|[-,]bd|bd$", re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", ":", "…", ";")
# Line-end hyphens kept when joining lines: "e-\ncommerce" stays "e-commerce".
_KEEP_HYPHEN = {
    "e",
    "m",
    "web",
    "cross",
    "click",
    "drive",
    "self",
    "best",
    "post",
    "pré",
    "après",
    "anti",
    "auto",
    "multi",
    "néo",
    "sous",
    "sur",
    "vice",
    "porte",
    "demi",
    "semi",
    "mi",
    "non",
    "ex",
    "co",
    "bien",
    "grand",
    "arrière",
    "avant",
    "contre",
    "mini",
    "maxi",
    "extra",
    "inter",
    "intra",
    "pro",
    "social",
}
_HIDDEN_LABELS = {
    "invisible": "en mode invisible",
    "blanc": "en blanc sur blanc",
    "minuscule": "en taille minuscule",
    "hors-page": "hors de la page",
}


# -- records ---------------------------------------------------------------------
@dataclass(slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    reason: str = ""  # why it is hidden, "" when visible
    column: int = 0  # 0: the page's width; 1, 2…: its text columns, left to right (_gutters)


@dataclass(slots=True)
class _Line:
    words: list[_Word]
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    reason: str = ""
    role: str = ""  # "header", "footer", "note", "toc", "table" once classified
    column: int = 0  # as its words'
    refs: tuple[str, ...] = ()  # the note references dropped from its text (« 23 »)

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(slots=True)
class _Table:
    top: float
    bottom: float
    bbox: tuple[float, float, float, float]
    rows: list[list[str]]


@dataclass(slots=True)
class _Link:
    url: str
    text: str
    line: _Line | None
    table: _Table | None


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line] = field(default_factory=list)
    hidden: list[_Line] = field(default_factory=list)
    rotated: list[_Word] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)
    #: top, bottom, x0, x1 of each image
    images: list[tuple[float, float, float, float]] = field(default_factory=list)
    links: list[_Link] = field(default_factory=list)
    sizes: Counter[float] = field(default_factory=Counter)
    scanned: bool = False
    garbled: bool = False
    fallback_text: str | None = None  # pypdfium2 text when the page failed
    #: The page's text columns: the gutters between them (x0, x1), left to right, and
    #: the tops of the lines that run across one (each opens a band read column after
    #: column).
    gutters: list[tuple[float, float]] = field(default_factory=list)
    bands: list[float] = field(default_factory=list)


# -- lean character device ---------------------------------------------------------


# -- words and lines ---------------------------------------------------------------
_BOLD_FONTS: dict[str, bool] = {}


def _is_bold(fontname: str) -> bool:
    bold = _BOLD_FONTS.get(fontname)
    if bold is None:
        if len(_BOLD_FONTS) > 4096:
            _BOLD_FONTS.clear()
        bold = _BOLD_FONTS[fontname] = bool(_BOLD.search(fontname.split("+")[-1]))
    return bold


def _make_lines(words: list[_Word]) -> list[_Line]:
    """Group words into lines by vertical overlap, left to right."""
    words = sorted(words, key=_BY_TOP)
    groups: list[list[_Word]] = []
    # (top, bottom) of each group, in step with ``groups``
    spans: list[tuple[float, float]] = []
    last: list[_Word] = []
    last_top = last_bottom = None
    for word in words:
        w_top, w_bottom = word.top, word.bottom
        if w_top == last_top and w_bottom == last_bottom and w_bottom - w_top >= 0.1:
            # the box of the word before (the same text object): its group
            # spans it already, so the test below would choose that group
            last.append(word)
            continue
        last_top, last_bottom = w_top, w_bottom
        height = max(w_bottom - w_top, 0.1)
        count = len(groups)
        for index in range(count - 1, max(-1, count - 4), -1):
            top, bottom = spans[index]
            overlap = min(bottom, w_bottom) - max(top, w_top)
            if overlap >= 0.5 * min(height, bottom - top):
                last = groups[index]
                last.append(word)
                spans[index] = (min(top, w_top), max(bottom, w_bottom))
                break
        else:
            last = [word]
            groups.append(last)
            spans.append((w_top, w_bottom))
    lines: list[_Line] = []
    for group in groups:
        group.sort(key=_BY_LEFT)
        if any(b.x0 < a.x1 - 1 for a, b in pairwise(group)):
            # Words over each other: two lines a taller word between them joined (a
            # sidebar's line beside two lines of the main text). Each baseline is a line.
            lines.extend(_line_from(sorted(row, key=_BY_LEFT)) for row in _baselines(group))
        else:
            lines.append(_line_from(group))
    lines.sort(key=_BY_TOP)
    return lines


def _baselines(words: list[_Word]) -> list[list[_Word]]:
    """``words`` grouped by baseline: a word within a third of its height of the
    baseline of the row before (of its first word: baselines a little apart do not
    chain into one row) joins it."""
    rows: list[list[_Word]] = []
    for word in sorted(words, key=attrgetter("bottom")):
        tolerance = max(word.bottom - word.top, 0.1) / 3
        if rows and word.bottom - rows[-1][0].bottom <= tolerance:
            rows[-1].append(word)
        else:
            rows.append([word])
    return rows


_BY_TOP = attrgetter("top", "x0")
_BY_LEFT = attrgetter("x0")


def _line_from(words: list[_Word]) -> _Line:
    """A line of ``words`` (left to right): glued where the gap is below
    ``WORD_GAP_RATIO`` of the smaller size; size and hidden reason of most of
    its characters and words; bold when every word with a letter is."""
    first = words[0]
    text = first.text
    parts = [text]
    x0, x1, top, bottom = first.x0, first.x1, first.top, first.bottom
    size = first.size
    key = round(size * 2) / 2
    weight: dict[float, int] = {key: len(text)}
    reasons: dict[str, int] = {first.reason: 1}
    bold = first.bold or not any(ch.isalnum() for ch in text)
    prev_x1, prev_size, key_size = first.x1, size, size
    prev_text, prev_bottom = text, first.bottom
    dropped = False  # a note reference just dropped
    refs: list[str] = []
    for word in itertools.islice(words, 1, None):
        text, size, left = word.text, word.size, word.x0
        if (
            size <= SUPERSCRIPT_SIZE_RATIO * prev_size
            and word.bottom <= prev_bottom - SUPERSCRIPT_RISE * prev_size
            and _REFERENCE.fullmatch(text)
            and not _UNIT_END.search(prev_text)
        ):
            # A note reference (« shaper²³ »): the note is read at the page's foot; the
            # raised number is no figure of the text.
            prev_x1, dropped = max(prev_x1, word.x1), True
            refs.append(text)
            continue
        smaller = prev_size if prev_size < size else size
        gap = left - prev_x1
        glued = (
            gap <= WORD_GAP_RATIO * smaller
            or (
                # Small capitals: a capital letter, then the word's other letters in
                # smaller capitals (« N OTRE » is « NOTRE »).
                gap <= SMALL_CAPS_GAP_RATIO * smaller
                and len(prev_text) == 1
                and prev_text.isupper()
                and text[:1].isupper()
                and size < prev_size
            )
            or (
                # A contents' leader drawn one dot at a time: one leader, as pdftotext reads it.
                gap <= LEADER_GAP_RATIO * smaller
                and not prev_text.strip(_LEADER)
                and not text.strip(_LEADER)
            )
        )
        if dropped:
            # « rail²⁴ , plus » reads « rail, plus »
            glued, dropped = glued or text[:1] in ",.;)", False
        parts.append(text if glued else " " + text)
        prev_text, prev_bottom = text, word.bottom
        if left < x0:
            x0 = left
        prev_x1 = word.x1
        if prev_x1 > x1:
            x1 = prev_x1
        if word.top < top:
            top = word.top
        if word.bottom > bottom:
            bottom = word.bottom
        if size != key_size:  # the size key of the word before, unless the size changes
            key, key_size = round(size * 2) / 2, size
        weight[key] = weight.get(key, 0) + len(text)
        reasons[word.reason] = reasons.get(word.reason, 0) + 1
        if bold and not word.bold and any(ch.isalnum() for ch in text):
            bold = False
        prev_size = size
    return _Line(
        column=first.column,
        words=words,
        text="".join(parts),
        x0=x0,
        x1=x1,
        top=top,
        bottom=bottom,
        size=max(weight.items(), key=itemgetter(1))[0],
        bold=bold,
        reason=max(reasons.items(), key=itemgetter(1))[0],
        refs=tuple(refs),
    )


#: Dots drawn one by one (a contents' leader) closer than this (× the size) are one leader.
LEADER_GAP_RATIO = 0.3
_LEADER = ".·…"

#: Small capitals: the gap (× the smaller size) under which a capital letter and
#: the smaller capitals after it are one word.
SMALL_CAPS_GAP_RATIO = 0.3


# -- two columns ---------------------------------------------------------------------
#: Where a gutter may lie, as shares of the page's width.
GUTTER_ZONE = (0.25, 0.75)
#: A gutter is at least this many points wide (a space between words is 2–4).
GUTTER_MIN_WIDTH = 8.0
#: Lines that must hold text on both sides of the gutter, none across it.
GUTTER_MIN_ROWS = 6
#: The text beside a gutter fills its column: its lines of three words or more are at
#: least this share of the column's width on median (a label and its value far apart,
#: on a cover page or in a form, are no columns).
GUTTER_FILL = 0.6


def _columns(lines: list[_Line], left: float, right: float) -> tuple[float, float] | None:
    """The gutter (x0, x1) of a page (or of a column) set in two columns, or None.

    ``lines`` are grouped by vertical overlap, so on a two-column page a line holds
    the words of both columns at its height. The gutter is the widest vertical strip
    in the middle of ``left``–``right`` that no word of most lines crosses, with text
    on both sides in at least ``GUTTER_MIN_ROWS`` lines that fill their columns; the
    lines that cross it (a title, a full-width table, a header) are a minority.
    """
    if len(lines) < GUTTER_MIN_ROWS:
        return None
    span = right - left
    lo, hi = int(left + span * GUTTER_ZONE[0]), int(left + span * GUTTER_ZONE[1])
    if hi - lo < GUTTER_MIN_WIDTH:
        return None
    # Columns need GUTTER_MIN_ROWS lines with text right of the gutter that do not cross
    # it: lines that start inside the zone, or leave a gap in it. A page in one column
    # (most pages: its lines start at the left margin and run on) has too few, and is
    # not searched further.
    half = GUTTER_MIN_WIDTH / 2
    beside = 0
    for line in lines:
        if line.x0 > lo or any(
            b.x0 - a.x1 >= half and b.x0 > lo and a.x1 < hi for a, b in pairwise(line.words)
        ):
            beside += 1
    if beside < GUTTER_MIN_ROWS:
        return None
    crossed = [0] * (hi - lo + 2)
    for line in lines:
        for word in line.words:
            a, b = max(lo, int(word.x0)), min(hi, int(word.x1) + 1)
            if a <= b:
                crossed[a - lo] += 1
                crossed[b - lo + 1] -= 1
    counts = list(itertools.accumulate(crossed[: hi - lo + 1]))
    best = _widest_run(counts, max(2, len(lines) // 8))
    if best is None or best[1] - best[0] < GUTTER_MIN_WIDTH:
        return None
    g0, g1 = float(best[0] + lo), float(best[1] + lo)
    first = min(line.x0 for line in lines)
    last = max(line.x1 for line in lines)
    lefts, rights, across = [], [], 0
    for line in lines:
        if any(_crosses(w, (g0, g1)) for w in line.words):
            across += 1
            continue
        # (a line of one column only: lines are grouped by baseline, and a sidebar's
        # lines seldom share the main text's)
        before = [w for w in line.words if _column(w, [(g0, g1)]) == 1]
        after = [w for w in line.words if _column(w, [(g0, g1)]) == 2]
        if before:
            lefts.append(before)
        if after:
            rights.append(after)
    if min(len(lefts), len(rights)) < max(GUTTER_MIN_ROWS, across):
        return None
    if not _fills(lefts, g0 - first) or not _fills(rights, last - g1):
        return None
    return g0, g1


def _fills(rows: list[list[_Word]], width: float) -> bool:
    """The text beside a gutter fills its column: its lines of three words or more
    (titles, key figures and a form's labels and values aside), two at least, are
    ``GUTTER_FILL`` of the column's ``width`` wide or more on median."""
    widths = [max(w.x1 for w in row) - min(w.x0 for w in row) for row in rows if len(row) >= 3]
    return len(widths) >= 2 and median(widths) >= GUTTER_FILL * width


def _crosses(word: _Word, gutter: tuple[float, float]) -> bool:
    """A word over the middle of a gutter (a title across the columns). A word of a
    ragged column edge that only reaches into the strip does not cross it."""
    middle = (gutter[0] + gutter[1]) / 2
    return word.x0 < middle < word.x1


def _column(word: _Word, gutters: list[tuple[float, float]]) -> int:
    """The text column (1, 2…) a word's centre lies in."""
    centre = (word.x0 + word.x1) / 2
    return 1 + sum(1 for g0, g1 in gutters if centre > (g0 + g1) / 2)


def _widest_run(counts: list[int], limit: int) -> tuple[int, int] | None:
    """The first and last index of the widest run of ``counts`` at most ``limit``."""
    best: tuple[int, int] | None = None
    run_start = None
    for x, count in enumerate(counts):
        if count <= limit:
            if run_start is None:
                run_start = x
            if best is None or x - run_start > best[1] - best[0]:
                best = (run_start, x)
        else:
            run_start = None
    return best


def _gutters(lines: list[_Line], width: float) -> list[tuple[float, float]]:
    """The gutters of a page set in columns, left to right (none: one column).

    The page's gutter first; then each side is searched again, on its own lines: a
    poster or a newsletter in three columns."""
    gutter = _columns(lines, 0.0, width)
    if gutter is None:
        return []
    gutters = [gutter]
    for column in (1, 2):
        side = []
        for line in lines:
            if any(_crosses(w, gutter) for w in line.words):
                continue
            words = [w for w in line.words if _column(w, [gutter]) == column]
            if words:
                side.append(_line_from(words))
        if side:
            inner = _columns(side, min(ln.x0 for ln in side), max(ln.x1 for ln in side))
            if inner is not None:
                gutters.append(inner)
    return sorted(gutters)


def _split_columns(
    page: _Page, lines: list[_Line], gutters: list[tuple[float, float]] | None = None
) -> list[_Line]:
    """``lines`` in reading order when the page has text columns (``page.gutters`` is
    set): each line that runs across the page's gutter opens a band; in a band, the
    first column's lines, then the next column's. ``gutters``: already found on these
    lines."""
    if gutters is None:
        gutters = _gutters(lines, page.width)
    if not gutters:
        return lines
    spans: list[_Line] = []
    parts: list[_Line] = []
    for line in lines:
        running = line.bottom <= page.height * BAND or line.top >= page.height * (1 - BAND)
        if running or any(_crosses(w, g) for g in gutters for w in line.words):
            # (a header or footer stays whole: it is matched with the other pages')
            spans.append(line)
            continue
        columns: dict[int, list[_Word]] = {}
        for word in line.words:
            columns.setdefault(_column(word, gutters), []).append(word)
        for column, words in sorted(columns.items()):
            for word in words:
                word.column = column
            parts.append(_line_from(words))
    page.gutters = gutters
    page.bands = sorted(line.top for line in spans)
    ordered = spans + parts
    ordered.sort(key=lambda line: _reading_key(page, line.top, line.column))
    return ordered


def _reading_key(page: _Page, top: float, column: int) -> tuple[float, ...]:
    """Where a line, table or image at ``top`` in ``column`` comes in the page's
    reading order: by height on a one-column page; by band, column and height on a
    page in columns."""
    if not page.gutters:
        return (top,)
    return (float(bisect_right(page.bands, top)), float(column), top)


def _column_of(page: _Page, table: _Table) -> int:
    """The column a table sits in (0: across a gutter, or a one-column page)."""
    return _column_between(page, table.bbox[0], table.bbox[2])


def _column_between(page: _Page, x0: float, x1: float) -> int:
    """The column of a table or an image from ``x0`` to ``x1`` (0: across a gutter, or
    a one-column page)."""
    middles = [(g0 + g1) / 2 for g0, g1 in page.gutters]
    if not middles or any(x0 < middle < x1 for middle in middles):
        return 0
    return 1 + sum(1 for middle in middles if middle <= x0)


#: A word grid whose every column goes on from row to row in this share of its cells
#: (a lowercase start after a cell without a full stop) is text in columns, not a table.
PROSE_GOES_ON = 0.5


def _prose_columns(rows: list[list[str]]) -> bool:
    """Rows of a word grid that are columns of running text (a newsletter in three
    columns): in each column, most cells carry on the sentence of the cell above."""
    if len(rows) < GUTTER_MIN_ROWS:
        return False
    for c in range(max(len(row) for row in rows)):
        cells = [row[c] for row in rows if c < len(row) and row[c]]
        pairs = list(pairwise(cells))
        if len(pairs) < GUTTER_MIN_ROWS - 1:
            return False
        goes_on = sum(
            1 for above, cell in pairs if cell[0].islower() and not above.endswith((".", ":"))
        )
        if goes_on < PROSE_GOES_ON * len(pairs):
            return False
    return True


# -- tables ----------------------------------------------------------------------
def _clean_rows(rows: Sequence[Sequence[str | None]]) -> list[list[str]]:
    clean = [[normalize_line(cell or "") for cell in row] for row in rows]
    clean = [row for row in clean if any(row)]
    if not clean:
        return []
    width = max(len(row) for row in clean)
    keep = [i for i in range(width) if any(i < len(r) and r[i] for r in clean)]
    return [[row[i] if i < len(row) else "" for i in keep] for row in clean]


def _valid_table(rows: list[list[str]], min_rows: int) -> bool:
    if len(rows) < min_rows or max(len(row) for row in rows) < 2:
        return False
    filled = sum(1 for row in rows for cell in row if cell)
    return filled >= 3


def _column_gaps(line: _Line) -> list[tuple[float, float]]:
    """Horizontal gaps wide enough to separate table columns."""
    min_gap = max(1.5 * line.size, 12.0)
    return [
        (prev.x1, word.x0) for prev, word in pairwise(line.words) if word.x0 - prev.x1 >= min_gap
    ]


def _shared(
    channels: list[tuple[float, float]], gaps: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    out = []
    for c0, c1 in channels:
        for g0, g1 in gaps:
            lo, hi = max(c0, g0), min(c1, g1)
            if hi - lo >= 2.0:
                out.append((lo, hi))
    return out


def _aligned_runs(lines: list[_Line]) -> list[list[_Line]]:
    """Runs of >= 3 consecutive lines sharing >= 2 column gaps."""
    runs: list[list[_Line]] = []
    run: list[_Line] = []
    channels: list[tuple[float, float]] = []
    for line in lines:
        gaps = _column_gaps(line) if not line.role else []
        if run and gaps and line.top - run[-1].bottom < 2.5 * line.size:
            shared = _shared(channels, gaps)
            if len(shared) >= 2:
                run.append(line)
                channels = shared
                continue
        if len(run) >= 3:
            runs.append(run)
        run, channels = ([line], gaps) if len(gaps) >= 2 else ([], [])
    if len(run) >= 3:
        runs.append(run)
    return runs


def _drop_table_words(lines: list[_Line], tables: list[_Table]) -> list[_Line]:
    """Remove the words inside tables; rebuild the lines that keep some."""
    if not tables:
        return lines
    boxes = [(t.bbox[0] - 1, t.bbox[1] - 1, t.bbox[2] + 1, t.bbox[3] + 1) for t in tables]
    out = []
    for line in lines:
        # a word's centre lies within its line's height: only the tables
        # beside the line can take words from it (a NaN keeps them all near)
        near = [b for b in boxes if not (line.bottom < b[1] or line.top > b[3])]
        if not near:
            out.append(line)
            continue
        keep = [
            w
            for w in line.words
            if not any(
                b[0] <= (w.x0 + w.x1) / 2 <= b[2] and b[1] <= (w.top + w.bottom) / 2 <= b[3]
                for b in near
            )
        ]
        if len(keep) == len(line.words):
            out.append(line)
        elif keep:
            out.append(_line_from(keep))
    return out


# -- one page ----------------------------------------------------------------------


def _anchor(
    record: _Page, url: str, link: dict, words: list[_Word], owner: dict[int, _Line]
) -> _Link:
    """The link with the words under its rectangle, and the line they are on."""
    x0, x1, top, bottom = link["x0"], link["x1"], link["top"], link["bottom"]
    under = sorted(
        (
            w
            for w in words
            if x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1
            and top - 2 <= (w.top + w.bottom) / 2 <= bottom + 2
        ),
        key=lambda w: (round(w.top), w.x0),
    )
    line = next((owner[id(w)] for w in under if id(w) in owner), None)
    table = next(
        (
            t
            for t in record.tables
            if t.bbox[0] <= (x0 + x1) / 2 <= t.bbox[2]
            and t.bbox[1] <= (top + bottom) / 2 <= t.bbox[3]
        ),
        None,
    )
    return _Link(url, " ".join(w.text for w in under), line, table)


def _toc_like(text: str) -> bool:
    return _ends_in_digit(text) and (bool(toc_title(text)) or is_numbered_toc_line(text))


def _ends_in_digit(text: str) -> bool:
    """Whether ``text`` ends in a digit, as every TOC entry (its page number)
    does: a cheap test before the TOC patterns."""
    return text.rstrip()[-1:].isdecimal()


# -- whole document: headers, footers, headings -------------------------------------
def _band_key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def _mark_running(pages: list[_Page], body: float) -> None:
    """Mark header/footer lines: repeated in a band, or a lone page number.

    Only lines no larger than the body text can repeat as headers: a heading
    at the top of every page ("Partie 1", "Partie 2"...) is still a heading.
    """
    seen: Counter[tuple[str, str]] = Counter()
    for page in pages:
        keys = set()
        for line in page.lines:
            band = _band(page, line)
            if band and line.size <= body + 1:
                keys.add((band, _band_key(line.text)))
        seen.update(keys)
    needed = max(3, (len(pages) + 1) // 2)
    running = {key for key, count in seen.items() if count >= needed}
    varying = _varying_numbers(pages, running)
    for page in pages:
        for line in page.lines:
            band = _band(page, line)
            if not band:
                continue
            key = (band, _band_key(line.text))
            if (key in running and line.text.strip() not in varying.get(key, ())) or (
                _PAGE_NUMBER.match(line.text.strip())
            ):
                line.role = band


def _varying_numbers(
    pages: list[_Page], running: set[tuple[str, str]]
) -> dict[tuple[str, str], set[str]]:
    """Per repeated band key, the texts that are no running header although their
    numbers are masked alike: each written on one page only, numbers not in step
    with the page (« Q3.1 », « Q4.1 » opening the pages of an exam copy are its
    headings; « Page 3 », « Partie 2 — Stratégie » on each page of the part are
    running)."""
    places: dict[tuple[str, str], list[tuple[int, str]]] = {}
    if not any("#" in key for _band_name, key in running):
        return {}
    for index, page in enumerate(pages):
        for line in page.lines:
            band = _band(page, line)
            if not band:
                continue
            key = (band, _band_key(line.text))
            if key in running and "#" in key[1]:
                places.setdefault(key, []).append((index, line.text.strip()))
    out: dict[tuple[str, str], set[str]] = {}
    for key, found in places.items():
        texts = Counter(text for _, text in found)
        numbers = [(index, re.findall(r"\d+", text)) for index, text in found]
        width = min(len(n) for _, n in numbers)
        in_step = any(len({int(n[i]) - index for index, n in numbers}) == 1 for i in range(width))
        if not in_step:
            out[key] = {text for text, count in texts.items() if count == 1}
    return out


def _mark_notes(page: _Page, body: float, before: frozenset[str] = frozenset()) -> None:
    """Mark the page's footnotes (role « note »): the lines at its foot, below every
    line of body size, smaller than it (``NOTE_SIZE_RATIO``), in its lower part, from
    the first that opens on a note's number or mark, when the page's text refers to
    one of them (a raised number, or the mark « * »; ``before``: the numbers raised on
    the page before, whose note may run over to this one); nothing of a table or an image
    lies under them. A source in small print under a figure, above the notes, stays
    text; so does a page of small print only, or a small line « 1 page mère + 4
    pages filles » under a table."""
    lines = [line for line in page.lines if not line.role]
    refs = before | _note_numbers(lines)
    limit = min(NOTE_SIZE_RATIO * body, body - 1)
    notes: list[_Line] = []
    for line in sorted(lines, key=attrgetter("bottom"), reverse=True):
        if line.size > limit:
            break
        notes.append(line)
    else:
        return  # no line of body size above
    notes.reverse()
    start = next((i for i, line in enumerate(notes) if _NOTE_START.match(line.text)), None)
    if start is None:
        return
    notes = notes[start:]
    marks = {
        mark.group(0)[: mark.end() - 1].strip()
        for mark in map(_NOTE_START.match, (line.text for line in notes))
        if mark
    }
    in_notes = {id(line) for line in notes}
    starred = any(m in marks for m in "*†‡") and any(
        m in line.text for line in lines if id(line) not in in_notes for m in "*†‡"
    )
    if not (marks & refs or starred):
        return
    top = notes[0].top
    if top < page.height * NOTE_ZONE:
        return
    if any(table.bottom > top for table in page.tables) or any(
        image[1] > top for image in page.images
    ):
        return
    for line in notes:
        line.role = "note"


def _note_numbers(lines: list[_Line]) -> frozenset[str]:
    """The note numbers raised in ``lines`` (« 3,4 » or « 3-5 »: 3 and 4, 3 and 5)."""
    return frozenset(n for line in lines for ref in line.refs for n in re.split(r"[,–-]", ref))


def _notes(lines: list[_Line]) -> list[str]:
    """The texts of the notes made of ``lines`` (role « note », top to bottom), their
    numbers or marks dropped: a line opening on the next number (or on a mark) opens a
    note, any other goes on with the note before (« 12 mois plus tard » wrapped inside
    note 19 is no note 12)."""
    notes: list[list[_Line]] = []
    number: int | None = None
    for line in lines:
        mark = _NOTE_START.match(line.text)
        digits = line.text[: mark.end() - 1].strip() if mark else ""
        opens = mark is not None and (
            not notes or not digits.isdecimal() or number is None or int(digits) == number + 1
        )
        if opens:
            number = int(digits) if digits.isdecimal() else number
            notes.append([line])
        elif notes:
            notes[-1].append(line)
    texts = []
    for group in notes:
        text = _join_lines(group)
        mark = _NOTE_START.match(text)
        texts.append(text[mark.end() - 1 :].strip() if mark else text)
    return texts


def _band(page: _Page, line: _Line) -> str:
    if line.bottom <= page.height * BAND:
        return "header"
    if line.top >= page.height * (1 - BAND):
        return "footer"
    return ""


def _body_size(pages: list[_Page]) -> float:
    total: Counter[float] = Counter()
    for page in pages:
        total.update(page.sizes)
    return total.most_common(1)[0][0] if total else 10.0


def _page_body_size(page: _Page, default: float) -> float:
    if sum(page.sizes.values()) >= 200:
        return page.sizes.most_common(1)[0][0]
    return default


@dataclass(slots=True)
class _Item:
    """One block to emit: its kind, text and what it is made of."""

    top: float
    kind: BlockKind
    text: str = ""
    lines: list[_Line] = field(default_factory=list)
    table: _Table | None = None
    style: tuple[float, int] | None = None  # heading style: (size, weight)
    confidence: float = 1.0
    level: int | None = None
    hidden: bool = False
    column: int = 0  # an image's text column (a line's or a table's is their own)


def _join_lines(lines: list[_Line]) -> str:
    """Join a paragraph's lines; mend words hyphenated at a line end.

    "dévelop-" + "pement" gives "développement", but compounds keep their
    hyphen: "e-" + "commerce" gives "e-commerce" (prefix in ``_KEEP_HYPHEN``,
    shorter than three letters, or next line not in lower case).
    """
    text = lines[0].text
    for line in lines[1:]:
        nxt = line.text
        # only a text ending in a hyphen can match (``$``: or before a final newline)
        match = re.search(r"(\w+)-$", text) if text.endswith(("-", "-\n")) else None
        if not match:
            text = text + " " + nxt
            continue
        prefix = match.group(1)
        if (
            nxt[:1].islower()
            and len(prefix) >= 3
            and prefix.isalpha()
            and prefix.lower() not in _KEEP_HYPHEN
        ):
            text = text[:-1] + nxt
        else:
            text = text + nxt
    return text


def _gap_threshold(lines: list[_Line]) -> float:
    """The vertical gap above which two lines are in different paragraphs."""
    gaps = [
        b.top - a.bottom
        for a, b in pairwise(lines)
        if abs(a.size - b.size) <= 1 and b.top - a.bottom > -2
    ]
    size = median(line.size for line in lines) if lines else 10.0
    typical = sorted(gaps)[int(len(gaps) * 0.3)] if len(gaps) >= 3 else 0.25 * size
    typical = max(0.0, min(typical, 1.0 * size))
    return typical + max(2.0, 0.35 * size)


def _group(page: _Page, body: float, toc_page: bool) -> list[_Item]:
    """Turn a page's lines, tables and images into items in reading order."""
    lines = [line for line in page.lines if not line.role]
    threshold = _gap_threshold(lines)
    right = max((line.x1 for line in lines), default=page.width)
    left = min((line.x0 for line in lines), default=0.0)
    width = max(right - left, 1.0)
    # A text column's own edges: a line ending a sentence short of the column's right
    # edge ends its paragraph (not short of the page's).
    edges: dict[int, tuple[float, float]] = {}
    for column in {line.column for line in lines if line.column}:
        inside = [line for line in lines if line.column == column]
        column_right = max(line.x1 for line in inside)
        edges[column] = (column_right, max(column_right - min(ln.x0 for ln in inside), 1.0))
    markers = [line.x0 for line in lines if _LIST_MARKER.match(line.text)]
    marker_left = min(markers, default=left)

    stream: list[tuple[tuple[float, ...], int, Any]] = [
        (_reading_key(page, line.top, line.column), 1, line) for line in lines
    ]
    stream += [(_reading_key(page, t.top, _column_of(page, t)), 0, t) for t in page.tables]
    stream += [
        (_reading_key(page, top, column), 0, (top, column))
        for top, _, x0, x1 in page.images
        for column in [_column_between(page, x0, x1)]
    ]
    stream.sort(key=lambda entry: (entry[0], entry[1]))

    items: list[_Item] = []
    current: list[_Line] = []
    in_toc = toc_page

    def flush() -> None:
        if current:
            items.append(_classify(list(current), body, marker_left))
            current.clear()

    for _, _, entry in stream:
        if isinstance(entry, _Table):
            flush()
            items.append(_Item(entry.top, BlockKind.TABLE, table=entry))
            continue
        if isinstance(entry, tuple):
            flush()
            items.append(_Item(entry[0], BlockKind.IMAGE, column=entry[1]))
            continue
        line: _Line = entry
        text = line.text.strip()
        if is_toc_heading(text):
            flush()
            in_toc = True
            items.append(_classify([line], body, marker_left))
            continue
        is_toc = (_ends_in_digit(text) and bool(toc_title(text))) or (
            in_toc and (is_numbered_toc_line(text) or ends_in_page_number(text))
        )
        if in_toc and not is_toc:
            # Under a "Sommaire" title a short line is an entry even without a
            # page number; a long line or a heading after the entries ends it.
            large = _is_large(line, body)
            started = any(item.kind is BlockKind.TOC_ENTRY for item in items)
            if len(text) > 90 or (large and started):
                in_toc = False
            else:
                is_toc = True
        if is_toc:
            flush()
            items.append(_Item(line.top, BlockKind.TOC_ENTRY, text=text, lines=[line]))
            continue
        line_right, line_width = edges.get(line.column, (right, width))
        if current and _continues(
            current, line, threshold, line_right, line_width, body, text_width=width
        ):
            current.append(line)
        else:
            flush()
            current.append(line)
    flush()
    return items


def _is_large(line: _Line, body: float) -> bool:
    return line.size >= body * HEADING_RATIO and line.size - body >= 1


def _first_word_width(line: _Line) -> float:
    """About how wide the line's first word and the space before it are (the line's
    mean character width times their length)."""
    text = line.text.strip()
    if not text:
        return 0.0
    per_char = (line.x1 - line.x0) / len(text)
    return per_char * (len(text.split()[0]) + 1)


def _continues(
    block: list[_Line],
    line: _Line,
    threshold: float,
    right: float,
    width: float,
    body: float,
    text_width: float | None = None,
) -> bool:
    """Whether ``line`` continues the paragraph made of ``block``.

    ``right`` and ``width``: the right edge and width of the line's text column;
    ``text_width``: the page's text width (default ``width``), against which a bold
    line is a heading."""
    prev = block[-1]
    first = block[0]
    if line.column != prev.column:
        return False  # the other column, or a line across both
    large = _is_large(first, body)
    if line.top - prev.bottom > (max(threshold, 0.5 * line.size) if large else threshold):
        return False
    if (
        len(block) == 1
        and large
        and line.size < first.size
        and _key_figure(first.text)
        and line.text[:1].islower()
        and abs(line.x0 - first.x0) <= first.size
    ):
        # A key figure in large type and its label under it, in small type, going on
        # in lower case (« 92 % » / « de la jauge remplie »): one sentence.
        return True
    if abs(line.size - prev.size) > 1:
        return False
    if (large or line.bold) and _SECTION_START.match(line.text):
        # « 1.1 Comprendre le consommateur » then « 1.1.1 De la segmentation… »: two
        # headings, not one wrapped.
        return False
    if large:  # a heading wrapped on a few lines, numbered or not
        return line.bold == prev.bold and len(block) < 3
    if _LIST_MARKER.match(line.text) or _CAPTION.match(line.text):
        return False
    if line.bold != prev.bold:
        bold_line = prev if prev.bold else line
        if bold_line.x1 - bold_line.x0 < 0.7 * (text_width or width):
            return False
    if _LIST_MARKER.match(first.text):
        # Indented under the item's text, or (bullets typed in a paragraph, no
        # hanging indent) back at the margin after a line that ran to the right edge,
        # or stopped short only because the next word would not fit.
        ended = prev.text.rstrip()
        # (a colon going on in lower case on the next line announces what follows)
        open_end = not ended.endswith(_SENTENCE_END) or (
            ended.endswith(":") and line.text.lstrip()[:1].islower()
        )
        wrapped = open_end and (
            prev.x1 >= right - 0.1 * width or prev.x1 + _first_word_width(line) >= right - 2
        )
        return line.x0 > first.x0 + 2 or wrapped
    if prev.text.rstrip().endswith(_SENTENCE_END) and prev.x1 < right - 0.15 * width:
        return False
    indent = max(8.0, line.size)
    if len(block) == 1:
        if line.x0 > first.x0 + indent:
            # a hanging indent continues a numbered item ("1 Collecte : ...");
            # otherwise it is the first-line indent of the next paragraph
            return bool(_NUMBER_START.match(first.text))
        return True
    if block[1].x0 > first.x0 + indent and line.x0 <= first.x0 + 2:
        return False  # back to the margin after a hanging indent: next item
    return not line.x0 > prev.x0 + indent


def _classify(lines: list[_Line], body: float, marker_left: float) -> _Item:
    text = _join_lines(lines)
    first = lines[0]
    item = _Item(first.top, BlockKind.PARAGRAPH, text=text, lines=lines)
    size = max(line.size for line in lines)
    large = size >= body * HEADING_RATIO and size - body >= 1
    if _CAPTION.match(text) and not (large and _ANNEX_TITLE.match(text)):
        # (« ANNEXE 3 — Budget 2026 » in large type opens an annex: a heading)
        item.kind = BlockKind.CAPTION
        return item
    words = len(text.split())
    short = words <= 25 and len(lines) <= 3 and not text.endswith((",", ";")) and _two_letters(text)
    hanging = len(lines) > 1 and lines[1].x0 > first.x0 + max(8.0, first.size)
    listed = _LIST_MARKER.match(text) or (hanging and _NUMBER_START.match(text))
    if listed and not (short and large):  # a large "1. Introduction" is a heading
        item.kind = BlockKind.LIST_ITEM
        item.level = 1 + max(0, round((first.x0 - marker_left) / 14))
        return item
    if len(lines) <= 2 and is_question_heading(text):
        # An answer sheet's question number (« Q1.2 », « Q2.3 — Mots-clés »), whatever its font.
        item.kind = BlockKind.HEADING
        item.style = (size, 1 if all(line.bold for line in lines) else -1)
        item.confidence = 0.6
        return item
    if not short:
        return item
    bold = all(line.bold for line in lines)
    numbered = bool(_NUMBERED.match(text))
    if large and (_key_figure(text) or _key_figure(first.text)):
        # « 18 400 », « 5 sur 11 », « +64 % » in large type: a key figure, no title
        # (and with the label under it, « 92 % de la jauge remplie », a sentence)
        return item
    if large:
        item.kind = BlockKind.HEADING
        item.style = (size, 1 if bold else 0)
        item.confidence = 1.0 if bold or numbered else 0.9
    elif (
        bold
        and abs(size - body) <= 1
        and len(lines) <= 2
        and words <= 15
        and not text.endswith(".")
    ):
        item.kind = BlockKind.HEADING
        item.style = (size, 1)
        item.confidence = 0.8 if numbered else 0.6
    elif (
        _MULTI_NUMBERED.match(text)
        and len(lines) == 1
        and words <= 10
        and not text.endswith((".", ":"))
    ):
        item.kind = BlockKind.HEADING
        item.style = (size, -1)
        item.confidence = 0.5
    return item


def _key_figure(text: str) -> bool:
    """A figure set in large type (« 18 400 », « 5 sur 11 », « 7,85 € »): fewer than
    four letters, or fewer letters than digits."""
    letters = sum(1 for ch in text if ch.isalpha())
    digits = sum(1 for ch in text if ch.isdigit())
    return digits > 0 and (letters < 4 or letters < digits)


def _two_letters(text: str) -> bool:
    """Whether ``text`` has at least two letters (stops at the second)."""
    found = False
    for ch in text:
        if ch.isalpha():
            if found:
                return True
            found = True
    return False


def _assign_levels(items: list[_Item]) -> None:
    styles = sorted(
        {item.style for item in items if item.style is not None},
        key=lambda style: (-style[0], -style[1]),
    )
    rank = {style: min(6, index + 1) for index, style in enumerate(styles)}
    for item in items:
        if item.style is not None:
            item.level = rank[item.style]


#: A paragraph's text that closes a sentence (or a quote, a bracket, an announcement).
_CLOSED = re.compile(r"[.!?:;…»)\"”]\s*$")


def _join_across_pages(per_page: list[list[_Item]]) -> None:
    """A paragraph cut by a page break is one paragraph: the last item of a page, a
    paragraph whose text closes no sentence, and the first item of the next page, a
    paragraph that opens in lower case (« … visiteurs » / « déjà acquis par … »)."""
    for items, following in pairwise(per_page):
        shown = [item for item in items if not item.hidden]
        later = [item for item in following if not item.hidden]
        if not shown or not later:
            continue
        last = max(shown, key=lambda item: item.top)
        first = min(later, key=lambda item: item.top)
        if (
            last.kind is BlockKind.PARAGRAPH
            and first.kind is BlockKind.PARAGRAPH
            and last.lines
            and first.lines
            and not _CLOSED.search(last.text)
            and first.text[:1].islower()
        ):
            last.lines = last.lines + first.lines
            last.text = _join_lines(last.lines)
            following.remove(first)


# -- emission ---------------------------------------------------------------------
def _emit(builder: DocumentBuilder, page: _Page, items: list[_Item]) -> None:
    builder.set_page(page.number)
    if page.fallback_text is not None:
        for paragraph in _paragraphs(page.fallback_text):
            builder.add(BlockKind.PARAGRAPH, paragraph)
        return
    links_by_line: dict[int, list[_Link]] = {}
    links_by_table: dict[int, list[_Link]] = {}
    for link in page.links:
        if link.line is not None:
            links_by_line.setdefault(id(link.line), []).append(link)
        elif link.table is not None:
            links_by_table.setdefault(id(link.table), []).append(link)
    emitted: set[int] = set()

    def add_links(found: list[_Link]) -> None:
        for link in found:
            if id(link) not in emitted:
                emitted.add(id(link))
                builder.add_link(link.url, link.text)

    running = [line for line in page.lines if line.role]
    for line in running:
        if line.role == "header":
            builder.add(BlockKind.HEADER, line.text)
            add_links(links_by_line.get(id(line), []))
    hidden = [
        _Item(line.top, BlockKind.PARAGRAPH, text=line.text, lines=[line], hidden=True)
        for line in page.hidden
    ]
    rotated = []
    if page.rotated:
        words = sorted(page.rotated, key=lambda w: (round(w.x0), w.top))
        rotated.append(
            _Item(
                min(w.top for w in words),
                BlockKind.PARAGRAPH,
                text=" ".join(w.text for w in words),
                confidence=0.5,
            )
        )

    def order(item: _Item) -> tuple[float, ...]:
        if item.lines:
            column = item.lines[0].column
        elif item.table is not None:
            column = _column_of(page, item.table)
        else:
            column = item.column
        return _reading_key(page, item.top, column)

    for item in sorted(items + hidden + rotated, key=order):
        if item.kind is BlockKind.TABLE and item.table is not None:
            builder.add_table(item.table.rows)
            add_links(links_by_table.get(id(item.table), []))
            continue
        if item.kind is BlockKind.IMAGE:
            builder.add_image("")
            continue
        builder.add(
            item.kind, item.text, level=item.level, confidence=item.confidence, hidden=item.hidden
        )
        for line in item.lines:
            add_links(links_by_line.get(id(line), []))
    for text in _notes([line for line in running if line.role == "note"]):
        builder.add(BlockKind.PARAGRAPH, text, style=NOTE_STYLE)
    for line in running:
        if line.role == "footer":
            builder.add(BlockKind.FOOTER, line.text)
            add_links(links_by_line.get(id(line), []))
    add_links(page.links)


def _paragraphs(text: str) -> Iterator[str]:
    """Split raw text (pypdfium2) into paragraphs: blank lines, sentence ends."""
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe]", "", text.replace("\r", ""))
    current: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            if current:
                yield " ".join(current)
                current = []
            continue
        if current and _LIST_MARKER.match(line):
            yield " ".join(current)
            current = []
        current.append(line)
        if line.endswith((".", "!", "?", ":")):
            yield " ".join(current)
            current = []
    if current:
        yield " ".join(current)


def _warn_pages(builder: DocumentBuilder, template: str, pages: list[int]) -> None:
    if pages:
        builder.warn(template.format(pages=", ".join(map(str, sorted(pages)))))


def _scan_pages(path: Path, pages: list[_Page]) -> ocr.OcrResult | None:
    """OCR of the scanned pages, when tesseract reads French here; else None."""
    numbers = [p.number for p in pages if p.scanned]
    if not numbers or not ocr.available():
        return None
    from ..limits import current

    return ocr.read_pages(path, numbers, current().timeout_s)


def _emit_ocr(builder: DocumentBuilder, page: ocr.OcrPage) -> None:
    """The paragraphs read by OCR on a scanned page, marked with their confidence."""
    builder.set_page(page.number)
    for paragraph in page.paragraphs:
        builder.ocr_confidence = paragraph.confidence
        try:
            builder.add(BlockKind.PARAGRAPH, paragraph.text, style="ocr")
        finally:
            builder.ocr_confidence = None


def _finish(
    builder: DocumentBuilder, pages: list[_Page], scans: ocr.OcrResult | None = None
) -> None:
    """Second pass: structure the pages and emit every block."""
    body = _body_size(pages)
    _mark_running(pages, body)
    per_page: list[list[_Item]] = []
    toc_before = False
    refs_before: frozenset[str] = frozenset()
    for page in pages:
        if page.fallback_text is not None:
            per_page.append([])
            continue
        page_body = _page_body_size(page, body)
        _mark_notes(page, page_body, refs_before)
        refs_before = _note_numbers(page.lines)
        texts = [line.text for line in page.lines if not line.role]
        toc_page = toc_before and sum(map(_toc_like, texts)) >= max(1, len(texts) // 2)
        items = _group(page, page_body, toc_page)
        toc_before = any(item.kind is BlockKind.TOC_ENTRY for item in items)
        per_page.append(items)
    _assign_levels([item for items in per_page for item in items])
    _join_across_pages(per_page)
    read = scans.pages if scans is not None else {}
    for page, items in zip(pages, per_page, strict=True):
        _emit(builder, page, items)
        if page.number in read:
            _emit_ocr(builder, read[page.number])
        elif page.scanned:
            builder.mark_scanned(page.number)
        if page.garbled:
            builder.mark_garbled(page.number)
    unread = [p.number for p in pages if p.scanned and p.number not in read]
    _warn_pages(builder, msg.W303, unread)
    if read:
        mean = sum(scan.confidence for scan in read.values()) / len(read)
        builder.warn(
            msg.W308.format(
                confidence=f"{round(100 * mean)} %", pages=", ".join(map(str, sorted(read)))
            )
        )
    if scans is not None and scans.skipped:
        builder.warn(msg.W310.format(pages=", ".join(map(str, scans.skipped))))
    elif scans is None and unread:
        builder.warn(msg.W309)
    _warn_pages(builder, msg.W304, [p.number for p in pages if p.garbled])
    reasons: Counter[str] = Counter(line.reason for p in pages for line in p.hidden)
    if reasons:
        detail = ", ".join(
            f"{count} {_HIDDEN_LABELS.get(reason, reason)}"
            for reason, count in sorted(reasons.items())
        )
        builder.warn(msg.W305.format(count=sum(reasons.values()), detail=detail))
    fallback = [p.number for p in pages if p.fallback_text is not None]
    if fallback:
        builder.warn(msg.W307.format(detail="page(s) " + ", ".join(map(str, fallback))))


# -- opening ----------------------------------------------------------------------
@contextmanager
def _quiet() -> Iterator[None]:
    """Keep pdfminer's English log lines out of the user's terminal."""
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pdfplumber")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _root_cause(exc: BaseException) -> BaseException:
    while exc.args and isinstance(exc.args[0], BaseException):
        exc = exc.args[0]
    return exc


def _truncation_warning(builder: DocumentBuilder, total: int) -> None:
    builder.warn(
        msg.W306.format(detail=f"seules les {MAX_PAGES} premières pages sur {total} ont été lues")
    )


def _count_rest(pages: Iterator[Any]) -> int:
    count = 0
    try:
        for _ in pages:
            count += 1
    except Exception:  # a broken page tree past the cap: count what was seen
        pass
    return count


def _read_with_pdfium(path: Path, name: str) -> Document:
    """Fallback when pdfplumber cannot open the file: PDFium's plain text, paragraphs only."""
    import pypdfium2

    try:
        doc = pypdfium2.PdfDocument(str(path))
    except Exception as exc:
        if "password" in str(exc).lower():
            raise InputError(msg.E105.format(path=name), status="PROTEGE") from None
        raise InputError(
            msg.E104.format(path=name, detail="PDF endommagé ou tronqué"),
            status="ILLISIBLE",
        ) from None
    builder = DocumentBuilder(name, "pdf")
    try:
        total = len(doc)
        if total == 0:
            raise InputError(msg.E111.format(path=name), status="VIDE")
        for index in range(min(total, MAX_PAGES)):
            builder.set_page(index + 1)
            page = doc[index]
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range()
            except Exception:
                text = ""
                builder.skip("page illisible")
            finally:
                textpage.close()
                page.close()
            for paragraph in _paragraphs(text):
                builder.add(BlockKind.PARAGRAPH, paragraph)
        builder.warn(msg.W307.format(detail="tout le document"))
        if total > MAX_PAGES:
            _truncation_warning(builder, total)
    finally:
        doc.close()
    return builder.build()


def _metadata(pdf: pdfplumber.PDF) -> dict[str, str]:
    out = {}
    for key in ("Title", "Author", "Creator", "Producer"):
        value = pdf.metadata.get(key)
        if isinstance(value, str) and value.strip():
            out[key.lower()] = normalize_line(value)
    return out


def read_pdf(path: Path, name: str) -> Document:
    """Read the PDF at ``path`` (shown to users as ``name``) into a Document.

    pdfplumber opens the file (its errors decide the status of a hostile
    file); the pages are read from PDFium's page objects (``pdf_objects``).
    """
    with _quiet():
        try:
            pdf = pdfplumber.open(path)
        except Exception as exc:
            if isinstance(_root_cause(exc), PDFPasswordIncorrect):
                raise InputError(msg.E105.format(path=name), status="PROTEGE") from None
            return _read_with_pdfium(path, name)
        try:
            return _read_objects(pdf, path, name)
        finally:
            pdf.stream.close()


def _read_objects(pdf: pdfplumber.PDF, path: Path, name: str) -> Document:
    """Every page from PDFium's page objects; pdfplumber on ruled-table pages only."""
    import pypdfium2

    from . import pdf_objects

    try:
        doc = pypdfium2.PdfDocument(str(path))
        total = len(doc)
    except Exception:  # PDFium refuses what pdfminer opened: its plain text
        return _read_plain(pdf, path, name)
    try:
        if total == 0:
            return _read_plain(pdf, path, name)
        builder = DocumentBuilder(name, "pdf")
        with suppress(Exception):  # metadata is optional
            builder.metadata.update(_metadata(pdf))
        reader = pdf_objects.PageReader(doc)
        pages = [_read_object_page(reader, doc, index) for index in range(min(total, MAX_PAGES))]
    finally:
        doc.close()
    _finish(builder, pages, _scan_pages(path, pages))
    if total > MAX_PAGES:
        _truncation_warning(builder, total)
    return builder.build()


def _read_object_page(reader: Any, doc: Any, index: int) -> _Page:
    """One page from PDFium's objects; its plain text if that fails."""
    try:
        return reader.read(index)
    except Exception:
        pass
    record = _Page(index + 1, 595.0, 842.0)
    try:
        page = doc[index]
        textpage = page.get_textpage()
        try:
            record.fallback_text = textpage.get_text_range()
        finally:
            textpage.close()
            page.close()
    except Exception:
        record.fallback_text = ""
    return record


def _read_plain(pdf: pdfplumber.PDF, path: Path, name: str) -> Document:
    """Each page's plain text through pdfplumber, paragraphs only (W307).

    For the rare file that pdfminer opens and PDFium refuses, or in which
    PDFium sees no page; no page in either is an empty document (E111).
    """
    builder = DocumentBuilder(name, "pdf")
    with suppress(Exception):  # metadata is optional
        builder.metadata.update(_metadata(pdf))
    page_objs = PDFPage.create_pages(pdf.doc)
    total = 0
    while True:
        try:
            page_obj = next(page_objs)
        except StopIteration:
            break
        except Exception:  # a broken page tree: what came before it is kept
            if total == 0:
                return _read_with_pdfium(path, name)
            break
        total += 1
        if total > MAX_PAGES:
            total += _count_rest(page_objs)
            break
        builder.set_page(total)
        try:
            page = Page(pdf, page_obj, page_number=total, initial_doctop=0)
            try:
                text = page.extract_text() or ""
            finally:
                page.close()
        except Exception:
            text = ""
            builder.skip("page illisible")
        for paragraph in _paragraphs(text):
            builder.add(BlockKind.PARAGRAPH, paragraph)
    if total == 0:
        raise InputError(msg.E111.format(path=name), status="VIDE")
    builder.warn(msg.W307.format(detail="tout le document"))
    if total > MAX_PAGES:
        _truncation_warning(builder, total)
    return builder.build()


__all__ = ["MAX_PAGES", "read_pdf"]
