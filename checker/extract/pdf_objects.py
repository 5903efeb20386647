"""Read PDF pages from PDFium's page objects (pypdfium2), without pdfminer.

Each page's text, image, path and form objects are walked once through
PDFium's C API (recursing into form XObjects). A text object gives its text,
box, font size, font name, fill colour and render mode in a handful of calls,
so a page costs about a millisecond instead of pdfminer's per-glyph
interpretation. The objects become the ``_Page`` records of ``pdf_reader``,
whose second pass (headers, footers, headings, lists, TOC, emission) makes the
Document.

- Words: an object's text split at spaces; a word's box is the object's box
  shared out in proportion to Helvetica's advance widths (an object is a line
  or a few words, so the error is a fraction of a glyph). Objects closer than
  ``WORD_GAP_RATIO`` × the size are glued (a word broken across objects).
- Tables: pdfplumber runs only on pages whose paths draw at least three
  distinct horizontal and three distinct vertical rules; unruled tables come
  from a word grid over lines that share column gaps.
- Hidden text (render mode 3 or 7, white on white, tiny, off the page), the
  OCR layer over a scanned image, fake bold printed twice, and fonts without a
  Unicode map (read as « (cid:N) ») are handled as the pdfminer reader of
  0.3–0.4 did (the tests kept its expectations).
- Private-use bullets (Symbol and Wingdings code points, U+F0B7…) become
  « • »; letter-spaced words (« D O M A I N E ») are joined.
"""

from __future__ import annotations

import ctypes
import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, cast

import pypdfium2
import pypdfium2.raw as pdfium_c

from . import pdf_reader as base
from .pdf_reader import _Line, _Page, _Table, _Word

if TYPE_CHECKING:
    from pdfplumber.page import Page

#: Paths thinner than this (points) are rules when long enough.
RULE_WIDTH = 3.0
#: Shortest rule (points).
RULE_LENGTH = 8.0
#: Paths with more segments than this are not scanned for rules.
MAX_SEGMENTS = 2000

_TEXT = pdfium_c.FPDF_PAGEOBJ_TEXT
_PATH = pdfium_c.FPDF_PAGEOBJ_PATH
_IMAGE = pdfium_c.FPDF_PAGEOBJ_IMAGE
_FORM = pdfium_c.FPDF_PAGEOBJ_FORM
_BUFSIZE = 1 << 16
_BUF = ctypes.create_string_buffer(_BUFSIZE)
_WBUF = ctypes.cast(_BUF, ctypes.POINTER(ctypes.c_ushort))
_NAME = ctypes.create_string_buffer(512)

# Helvetica advance widths (1/1000 em), ASCII 32-126; others count as 556.
_HELVETICA = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 "
    "556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 "
    "556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 "
    "556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 "
    "500 500 500 334 260 334 584"
)
_WIDTHS = {chr(32 + i): int(w) for i, w in enumerate(_HELVETICA.split())}
_NARROW = set("iìíîïlıjf'’,.;:!|")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_NON_SPACE = re.compile(r"\S+")
_CONTROL = re.compile(r"[\x00-\x1f\ufffe\uffff]")


def _width(char: str) -> int:
    width = _WIDTHS.get(char)
    if width is not None:
        return width
    if char in _NARROW:
        return 250
    if char.isupper():
        return 700
    return 556


class _Widths(dict[str, int]):
    """``_width`` of every character met so far, filled on first use."""

    def __missing__(self, char: str) -> int:
        width = _width(char)
        if len(self) < 4096:  # bounded: a hostile file may use every code point
            self[char] = width
        return width


_ADVANCE = _Widths(_WIDTHS)


# -- the object walk --------------------------------------------------------------
_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _compose(inner: _Matrix, outer: _Matrix) -> _Matrix:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def _apply(m: _Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _box(m: _Matrix, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """``box`` (left, bottom, right, top) through ``m``: (left, bottom, right, top)."""
    if m is _IDENTITY:
        return box
    points = [_apply(m, x, y) for x in (box[0], box[2]) for y in (box[1], box[3])]
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def _objects(page: Any) -> Iterator[tuple[int, Any, _Matrix]]:
    """(type, handle, form matrix) of every object, form XObjects opened."""
    stack: list[tuple[Any, int, int, _Matrix]] = [
        (None, 0, pdfium_c.FPDFPage_CountObjects(page), _IDENTITY)
    ]
    matrix = pdfium_c.FS_MATRIX()
    depth = 0
    while stack:
        form, index, count, outer = stack.pop()
        while index < count:
            obj = (
                pdfium_c.FPDFPage_GetObject(page, index)
                if form is None
                else pdfium_c.FPDFFormObj_GetObject(form, index)
            )
            index += 1
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == _FORM:
                depth = len(stack)
                if depth > 16 or not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
                    continue
                inner = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
                stack.append((form, index, count, outer))
                form, index, count = obj, 0, pdfium_c.FPDFFormObj_CountObjects(obj)
                outer = _compose(inner, outer)
                continue
            yield kind, obj, outer


# -- one page ----------------------------------------------------------------------
class _Raw:
    """One text object as read: words to come, where, how it looks."""

    __slots__ = (
        "bold",
        "bottom",
        "fill",
        "font",
        "left",
        "obj",
        "reason",
        "right",
        "size",
        "text",
        "top",
        "upright",
    )
    #: the FPDF_PAGEOBJECT handle (pypdfium2's raw API is untyped)
    obj: Any
    text: str
    #: the font's base name
    font: str
    bold: bool
    size: float
    upright: bool
    left: float
    right: float
    top: float
    bottom: float
    #: why the text is not visible ("" when it is)
    reason: str

    def __init__(self) -> None:
        self.reason = ""


class PageReader:
    """Reads pages of one open PDFium document into ``_Page`` records."""

    def __init__(self, doc: pypdfium2.PdfDocument) -> None:
        self.doc = doc
        #: Base font name -> whether its glyphs lack a Unicode mapping.
        self.unmapped: dict[str, bool] = {}

    def read(self, index: int) -> _Page:
        """Page ``index`` (0-based) as a record whose lines hold no words."""
        page = self.doc[index]
        textpage = page.get_textpage()
        try:
            return self._read(page, textpage, index + 1)
        finally:
            textpage.close()
            page.close()

    def _read(self, page: Any, textpage: Any, number: int) -> _Page:
        left, bottom, right, top = page.get_mediabox()
        width, height = right - left, top - bottom
        record = _Page(number, float(width), float(height))
        self.origin = (left, top)
        c0, c1, c2, c3 = page.get_cropbox()
        crop = (c0 - left, top - c3, c2 - left, top - c1)  # x0, top, x1, bottom

        raw_page = page.raw
        tp = textpage.raw
        L, B, R, T = (ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float())
        fL, fB, fR, fT = (ctypes.byref(v) for v in (L, B, R, T))
        red, green, blue, alpha = (
            ctypes.c_uint(),
            ctypes.c_uint(),
            ctypes.c_uint(),
            ctypes.c_uint(),
        )
        colour = (ctypes.byref(red), ctypes.byref(green), ctypes.byref(blue), ctypes.byref(alpha))
        fontsize = ctypes.c_float()
        fsize = ctypes.byref(fontsize)
        matrix = pdfium_c.FS_MATRIX()
        fmatrix = ctypes.byref(matrix)
        descent = ctypes.c_float()
        fill_mode, stroke = ctypes.c_int(), ctypes.c_int()

        fonts: dict[int, tuple[str, bool, float]] = {}
        raws: list[_Raw] = []
        fills: list[tuple[float, float, float, float]] = []
        images: list[tuple[float, float, float, float]] = []  # x0, top, x1, bottom
        horizontal: set[int] = set()
        vertical: set[int] = set()
        seen: dict[tuple[str, float], list[tuple[float, float]]] = {}
        paths: list[tuple[Any, _Matrix]] = []
        # the C calls of the loop, looked up once
        get_bounds = pdfium_c.FPDFPageObj_GetBounds
        get_text = pdfium_c.FPDFTextObj_GetText
        get_matrix = pdfium_c.FPDFPageObj_GetMatrix
        get_font_size = pdfium_c.FPDFTextObj_GetFontSize
        get_font = pdfium_c.FPDFTextObj_GetFont
        get_render_mode = pdfium_c.FPDFTextObj_GetTextRenderMode
        get_fill = pdfium_c.FPDFPageObj_GetFillColor
        string_at, addressof = ctypes.string_at, ctypes.addressof
        min_size = base.MIN_TEXT_SIZE

        for kind, obj, outer in _objects(raw_page):
            if not get_bounds(obj, fL, fB, fR, fT):
                continue
            box = _box(outer, (L.value, B.value, R.value, T.value))
            x0, x1 = box[0] - left, box[2] - left
            y_top, y_bottom = top - box[3], top - box[1]
            if kind == _TEXT:
                count = get_text(obj, tp, _WBUF, _BUFSIZE)
                if count <= 2:
                    continue
                # PDFium leaves the buffer as it was when the text is longer
                text = string_at(_BUF, min(count - 2, _BUFSIZE)).decode("utf-16-le", "replace")
                if not text.strip():
                    continue
                get_matrix(obj, fmatrix)
                # the object's matrix composed with its forms' (``_compose``, inlined)
                A, B_, C, D, _E, F = outer
                ma, mb, mc, md, mf = matrix.a, matrix.b, matrix.c, matrix.d, matrix.f
                a, b = ma * A + mb * C, ma * B_ + mb * D
                c, d = mc * A + md * C, mc * B_ + md * D
                f = matrix.e * B_ + mf * D + F
                get_font_size(obj, fsize)
                scale = (abs(a * d - b * c)) ** 0.5
                size = fontsize.value * (scale if scale > 0 else 1.0)
                font = get_font(obj)
                key = addressof(font.contents) if font else 0
                info = fonts.get(key)
                if info is None:
                    pdfium_c.FPDFFont_GetBaseFontName(font, _NAME, 512)
                    name = _NAME.value.decode("latin-1", "replace")
                    ratio = 0.2
                    if pdfium_c.FPDFFont_GetDescent(
                        font, ctypes.c_float(1000.0), ctypes.byref(descent)
                    ):
                        ratio = min(0.5, max(0.0, -descent.value / 1000.0))
                    info = fonts[key] = (name, base._is_bold(name), ratio)
                raw = _Raw()
                raw.obj = obj
                raw.text = text
                raw.font = info[0]
                raw.bold = info[1]
                raw.size = round(size, 2)
                raw.upright = a > 0 and abs(b) < 1e-3 * abs(a) and abs(c) < 1e-3 * abs(a)
                raw.left, raw.right = x0, x1
                if raw.upright:
                    # pdfminer's box: from the font's descent to one em above it
                    low = f - info[2] * size
                    raw.top, raw.bottom = top - (low + size), top - low
                else:
                    raw.top, raw.bottom = y_top, y_bottom
                mode = get_render_mode(obj)
                get_fill(obj, *colour)
                if mode in (3, 7):
                    raw.reason = "invisible"
                elif size < min_size:
                    raw.reason = "minuscule"
                elif x1 < crop[0] or x0 > crop[2] or y_bottom < crop[1] or y_top > crop[3]:
                    raw.reason = "hors-page"
                elif alpha.value and red.value >= 242 and green.value >= 242 and blue.value >= 242:
                    raw.reason = "blanc?"
                # the same string printed again within a point: fake bold, shadow
                near = seen.setdefault((text, raw.size), [])
                if near and any(abs(px - x0) <= 1 and abs(pt - raw.top) <= 1 for px, pt in near):
                    continue
                near.append((x0, raw.top))
                raws.append(raw)
            elif kind == _PATH:
                pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
                if fill_mode.value:
                    pdfium_c.FPDFPageObj_GetFillColor(obj, *colour)
                    if alpha.value and not (
                        red.value >= 242 and green.value >= 242 and blue.value >= 242
                    ):
                        fills.append((x0, y_top, x1, y_bottom))
                _rules(obj, outer, box, left, top, horizontal, vertical)
                paths.append((obj, outer))
            elif kind == _IMAGE:
                images.append((x0, y_top, x1, y_bottom))

        upright = self._text(record, raws, fills, images, tp)
        ruled = len(horizontal) >= 3 and len(vertical) >= 3
        lines = record.lines
        tables = find_tables(record, _edges(paths, left, top), upright) if ruled and lines else []
        _tables_and_columns(record, base._drop_table_words(lines, tables), tables)
        sizes = record.sizes
        size_key, key_size = 0.0, None
        for line in record.lines:
            for word in line.words:
                if word.size != key_size:  # the key of the word before, unless the size changes
                    size_key, key_size = round(word.size * 2) / 2, word.size
                sizes[size_key] += len(word.text)
        if upright:
            self._links(record, raw_page, upright)
        for line in record.lines + record.hidden:
            line.words = []
        return record

    # -- text -------------------------------------------------------------------
    def _text(
        self,
        record: _Page,
        raws: list[_Raw],
        fills: list[tuple[float, float, float, float]],
        images: list[tuple[float, float, float, float]],
        textpage: Any,
    ) -> list[_Word]:
        """Fill the page's lines, hidden lines, rotated words, images and
        health flags; return its upright visible words."""
        width, height = record.width, record.height
        kept = [
            i
            for i in images
            if i[2] - i[0] >= base.MIN_IMAGE_SIDE
            and i[3] - i[1] >= base.MIN_IMAGE_SIDE
            and i[2] > 0
            and i[0] < width
            and i[3] > 0
            and i[1] < height
        ]
        record.images = sorted((i[1], i[3], i[0], i[2]) for i in kept)
        area = width * height or 1.0
        share = max(
            (
                max(0.0, min(i[2], width) - max(i[0], 0.0))
                * max(0.0, min(i[3], height) - max(i[1], 0.0))
                / area
                for i in kept
            ),
            default=0.0,
        )
        backgrounds = fills + images
        for raw in raws:
            if raw.reason == "blanc?":
                x = (raw.left + raw.right) / 2
                y = (raw.top + raw.bottom) / 2
                covered = any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in backgrounds)
                raw.reason = "" if covered else "blanc"

        bad_fonts = self._unmapped(raws, textpage)
        visible_chars = 0
        bad_chars = 0
        for raw in raws:
            letters = len(raw.text) - raw.text.count(" ")
            if raw.font in bad_fonts:
                codes = [ord(ch) for ch in raw.text if not ch.isspace()]
                raw.text = " ".join(f"(cid:{code})" for code in codes)
                if not raw.reason:
                    bad_chars += len(codes)
            if not raw.reason:
                visible_chars += letters
        ocr = [raw for raw in raws if raw.reason == "invisible"]
        ocr_chars = sum(len(raw.text) for raw in ocr)
        if ocr and visible_chars < max(20, ocr_chars // 10) and share >= 0.5:
            for raw in ocr:  # an OCR layer over a scanned page: it is the page
                raw.reason = ""
            visible_chars += ocr_chars
        if visible_chars:
            record.garbled = bad_chars / visible_chars > base.GARBLED_PAGE_RATIO
        record.scanned = (not visible_chars and share >= 0.25) or (
            visible_chars < 10 and share >= 0.5
        )

        upright: list[_Word] = []
        hidden: list[_Word] = []
        for raw in raws:
            words = _words(raw)
            if raw.reason:
                hidden += words
            elif raw.upright:
                upright += words
            else:
                record.rotated += words
        record.lines = [_join_spaced(line) for line in base._make_lines(upright)]
        if hidden:
            record.hidden = base._make_lines(hidden)
        return [w for line in record.lines for w in line.words]

    def _unmapped(self, raws: list[_Raw], textpage: Any) -> set[str]:
        """Fonts of this page whose characters have no Unicode mapping."""
        unknown = {raw.font for raw in raws if raw.font not in self.unmapped}
        if unknown:
            found: dict[str, bool] = dict.fromkeys(unknown, False)
            objects = {
                ctypes.cast(raw.obj, ctypes.c_void_p).value: raw.font
                for raw in raws
                if raw.font in unknown
            }
            count = pdfium_c.FPDFText_CountChars(textpage)
            error = pdfium_c.FPDFText_HasUnicodeMapError
            owner = pdfium_c.FPDFText_GetTextObject
            for index in range(count):
                if error(textpage, index) == 1:
                    handle = ctypes.cast(owner(textpage, index), ctypes.c_void_p).value
                    font = objects.get(handle)
                    if font is not None:
                        found[font] = True
            self.unmapped.update(found)
        return {raw.font for raw in raws if self.unmapped.get(raw.font)}

    # -- links --------------------------------------------------------------------
    def _links(self, record: _Page, page: Any, words: list[_Word]) -> None:
        """The page's URI links, each with the words under its rectangle."""
        position = ctypes.c_int(0)
        link = pdfium_c.FPDF_LINK()
        rect = pdfium_c.FS_RECTF()
        owner: dict[int, _Line] | None = None  # made at the first link: most pages have none
        while pdfium_c.FPDFLink_Enumerate(page, ctypes.byref(position), ctypes.byref(link)):
            action = pdfium_c.FPDFLink_GetAction(link)
            if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
                continue
            size = pdfium_c.FPDFAction_GetURIPath(self.doc.raw, action, None, 0)
            if size <= 1 or size > 65536:
                continue
            buffer = ctypes.create_string_buffer(size)
            pdfium_c.FPDFAction_GetURIPath(self.doc.raw, action, buffer, size)
            url = buffer.value.decode("utf-8", "replace").strip()
            if not url or not pdfium_c.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
                continue
            box = {
                "x0": min(rect.left, rect.right) - self.origin[0],
                "x1": max(rect.left, rect.right) - self.origin[0],
                "top": self.origin[1] - max(rect.top, rect.bottom),
                "bottom": self.origin[1] - min(rect.top, rect.bottom),
            }
            if owner is None:
                owner = {id(w): line for line in record.lines for w in line.words}
            record.links.append(base._anchor(record, url, box, words, owner))


def _rules(
    obj: Any,
    outer: _Matrix,
    box: tuple[float, float, float, float],
    left: float,
    top: float,
    horizontal: set[int],
    vertical: set[int],
) -> None:
    """Add the horizontal and vertical rules a path draws (page coordinates)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    segments = pdfium_c.FPDFPath_CountSegments(obj)
    if w <= RULE_WIDTH and h >= RULE_LENGTH:
        vertical.add(round(x0 - left))
        return
    if h <= RULE_WIDTH and w >= RULE_LENGTH:
        horizontal.add(round(top - y1))
        return
    if segments <= 6:
        if w >= RULE_LENGTH and h >= RULE_LENGTH:  # a rectangle: its four edges
            horizontal.update((round(top - y1), round(top - y0)))
            vertical.update((round(x0 - left), round(x1 - left)))
        return
    if segments > MAX_SEGMENTS:
        return
    matrix = pdfium_c.FS_MATRIX()
    inner = _IDENTITY
    if pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
        inner = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
    full = _compose(inner, outer)
    x, y = ctypes.c_float(), ctypes.c_float()
    fx, fy = ctypes.byref(x), ctypes.byref(y)
    get_segment = pdfium_c.FPDFPath_GetPathSegment
    get_point = pdfium_c.FPDFPathSegment_GetPoint
    get_type = pdfium_c.FPDFPathSegment_GetType
    lineto = pdfium_c.FPDF_SEGMENT_LINETO
    previous: tuple[float, float] | None = None
    for index in range(segments):
        segment = get_segment(obj, index)
        if not get_point(segment, fx, fy):
            continue
        point = _apply(full, x.value, y.value)
        kind = get_type(segment)
        if previous is not None and kind == lineto:
            dx, dy = abs(point[0] - previous[0]), abs(point[1] - previous[1])
            if dy < 0.5 and dx >= RULE_LENGTH:
                horizontal.add(round(top - point[1]))
            elif dx < 0.5 and dy >= RULE_LENGTH:
                vertical.add(round(point[0] - left))
        previous = point


def _words(raw: _Raw) -> list[_Word]:
    """The words of one text object, boxes shared out by advance widths."""
    # PDFium reports a hyphen at a line end as U+0002
    text = _CONTROL.sub(" ", raw.text.replace("\x02", "-"))
    if _PRIVATE_USE.search(text):
        text = _private_use(text)
    parts = text.split()
    if not parts:
        return []
    span = raw.right - raw.left
    if (len(parts) == 1 and not text[0].isspace()) or span <= 0:
        return [
            _Word(
                parts[0], raw.left, raw.right, raw.top, raw.bottom, raw.size, raw.bold, raw.reason
            )
        ]
    # PDFium's box starts at a leading space's origin and ends with the last
    # glyph: a trailing space adds nothing
    offsets = list(itertools.accumulate(map(_ADVANCE.__getitem__, text), initial=0))
    scale = span / (offsets[len(text.rstrip())] or 1)
    left, top, bottom, size, bold, reason = (
        raw.left,
        raw.top,
        raw.bottom,
        raw.size,
        raw.bold,
        raw.reason,
    )
    words = []
    start = 0
    for part in parts:  # the words, found from left to right
        start = text.index(part, start)
        end = start + len(part)
        words.append(
            _Word(
                part,
                left + offsets[start] * scale,
                left + offsets[end] * scale,
                top,
                bottom,
                size,
                bold,
                reason,
            )
        )
        start = end
    return words


def _private_use(text: str) -> str:
    """Symbol and Wingdings bullets (private-use code points) as « • »."""
    out = []
    for token in re.split(r"(\s+)", text):
        if token and _PRIVATE_USE.fullmatch(token[0]) and not _PRIVATE_USE.sub("", token):
            out.append("•")
        else:
            out.append(_PRIVATE_USE.sub("", token))
    return "".join(out)


def _join_spaced(line: _Line) -> _Line:
    """Join letter-spaced words: « D O M A I N E » gives « DOMAINE »."""
    words = line.words
    singles = sum(1 for w in words if len(w.text) == 1 and w.text.isalpha())
    if singles < 4:
        return line
    out: list[_Word] = []
    run: list[_Word] = []

    def flush() -> None:
        if len(run) >= 4:
            gaps = sorted(b.x0 - a.x1 for a, b in itertools.pairwise(run))
            typical = gaps[len(gaps) // 2]
            limit = max(typical * 1.8, typical + 0.12 * run[0].size)
            group = [run[0]]
            for prev, word in itertools.pairwise(run):
                if word.x0 - prev.x1 > limit:
                    out.append(_merge(group))
                    group = []
                group.append(word)
            out.append(_merge(group))
        else:
            out.extend(run)
        run.clear()

    for word in words:
        if len(word.text) == 1 and (word.text.isalnum() or word.text in "'’-"):
            # letters an em or more apart are table cells (« I C R I I »)
            if run and word.x0 - run[-1].x1 > word.size:
                flush()
            run.append(word)
        else:
            flush()
            out.append(word)
    flush()
    if len(out) == len(words):
        return line
    return base._line_from(out)


def _merge(words: list[_Word]) -> _Word:
    first = words[0]
    return _Word(
        "".join(w.text for w in words),
        first.x0,
        words[-1].x1,
        min(w.top for w in words),
        max(w.bottom for w in words),
        first.size,
        first.bold,
        first.reason,
        first.column,
    )


# -- ruled tables: pdfplumber's table finder on PDFium's rules ------------------------------
def _edges(paths: list[tuple[Any, _Matrix]], left: float, top: float) -> list[dict]:
    """The axis-aligned segments of the page's paths as pdfplumber edges."""
    edges: list[dict] = []
    matrix = pdfium_c.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    fx, fy, fmatrix = ctypes.byref(x), ctypes.byref(y), ctypes.byref(matrix)
    # the C calls of the loop, looked up once
    count_segments = pdfium_c.FPDFPath_CountSegments
    get_segment = pdfium_c.FPDFPath_GetPathSegment
    get_point = pdfium_c.FPDFPathSegment_GetPoint
    get_type = pdfium_c.FPDFPathSegment_GetType
    get_close = pdfium_c.FPDFPathSegment_GetClose
    moveto, lineto = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_LINETO
    for obj, outer in paths:
        segments = count_segments(obj)
        if segments <= 0 or segments > MAX_SEGMENTS:
            continue
        inner = _IDENTITY
        if pdfium_c.FPDFPageObj_GetMatrix(obj, fmatrix):
            inner = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
        m0, m1, m2, m3, m4, m5 = _compose(inner, outer)
        start: tuple[float, float] | None = None
        previous: tuple[float, float] | None = None
        for index in range(segments):
            segment = get_segment(obj, index)
            if not get_point(segment, fx, fy):
                continue
            px, py = x.value, y.value
            # ``_apply(full, px, py)``, inlined
            point = (m0 * px + m2 * py + m4 - left, top - (m1 * px + m3 * py + m5))
            kind = get_type(segment)
            if kind == moveto:
                start = point
            elif kind == lineto and previous is not None:
                _edge(edges, previous, point)
            if get_close(segment) and start is not None:
                _edge(edges, point, start)
            previous = point
    return edges


def _edge(edges: list[dict], a: tuple[float, float], b: tuple[float, float]) -> None:
    x0, x1 = sorted((a[0], b[0]))
    y0, y1 = sorted((a[1], b[1]))
    if y1 - y0 < 0.5 and x1 - x0 > 0:
        edges.append(
            {
                "object_type": "line",
                "orientation": "h",
                "x0": x0,
                "x1": x1,
                "top": y0,
                "bottom": y0,
                "doctop": y0,
                "width": x1 - x0,
                "height": 0.0,
            }
        )
    elif x1 - x0 < 0.5 and y1 - y0 > 0:
        edges.append(
            {
                "object_type": "line",
                "orientation": "v",
                "x0": x0,
                "x1": x0,
                "top": y0,
                "bottom": y1,
                "doctop": y0,
                "width": 0.0,
                "height": y1 - y0,
            }
        )


class _EdgePage:
    """The two things pdfplumber's ``TableFinder`` reads from a page (lines strategy)."""

    def __init__(self, edges: list[dict], bbox: tuple[float, float, float, float]) -> None:
        self.edges = edges
        self.bbox = bbox


def find_tables(record: _Page, edges: list[dict], words: list[_Word]) -> list[_Table]:
    """Tables drawn with rules: pdfplumber's finder on PDFium's rules, cells
    filled with PDFium's words (a word belongs to the cell holding its centre)."""
    from pdfplumber.table import TableFinder

    if len(edges) < 3:
        return []
    # TableFinder reads only ``edges`` and ``bbox`` with the lines strategy:
    # _EdgePage stands in for the pdfplumber Page.
    page = cast("Page", _EdgePage(edges, (0.0, 0.0, record.width, record.height)))
    tables = []
    centres: list[tuple[float, float]] = []
    for found in TableFinder(
        page, {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
    ).tables:
        x0, top, x1, bottom = found.bbox
        bbox = (max(0.0, x0), max(0.0, top), min(record.width, x1), min(record.height, bottom))
        if not centres:
            centres = [((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2) for w in words]
        # the words inside, as (centre y, order, centre x), sorted by centre y:
        # a cell's words are a slice of it, taken back to page order
        inside = [
            (cy, order, cx)
            for order, (cx, cy) in enumerate(centres)
            if bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]
        ]
        inside.sort()
        ys = [entry[0] for entry in inside]
        rows = []
        for row in found.rows:
            cells = []
            for cell in row.cells:
                if cell is None:
                    cells.append("")
                    continue
                x0, top, x1, bottom = cell
                held = sorted(
                    order
                    for _, order, cx in inside[bisect_left(ys, top) : bisect_left(ys, bottom)]
                    if x0 <= cx < x1
                )
                if len(held) <= 1:  # what _make_lines would give, without its work
                    cells.append(words[held[0]].text if held else "")
                    continue
                lines = base._make_lines([words[order] for order in held])
                cells.append(" ".join(line.text for line in lines))
            rows.append(cells)
        clean = base._clean_rows(rows)
        if clean and base._valid_table(clean, 2):
            tables.append(_Table(bbox[1], bbox[3], bbox, clean))
    return tables


def _tables_and_columns(record: _Page, free: list[_Line], ruled: list[_Table]) -> None:
    """Fill ``record.tables`` (the ruled ones, then word grids) and ``record.lines`` in
    reading order, text columns one after the other. ``free``: the lines without the
    ruled tables' words.

    On a page in text columns, only lines across a gutter may hold a table across the
    page; a table in one column is found column by column (its rows share their height
    with the other column's text: a sidebar, a second column)."""
    gutters = base._gutters(free, record.width)
    grids = grid_tables(
        record,
        [
            ln
            for ln in free
            if not base._toc_like(ln.text)
            and (not gutters or any(base._crosses(w, g) for g in gutters for w in ln.words))
        ],
    )
    record.tables = sorted(ruled + grids, key=lambda t: t.top)
    # (the gutters found above serve again when no word grid was taken out of the lines)
    record.lines = base._split_columns(
        record, base._drop_table_words(free, grids), None if grids else gutters
    )
    if not record.gutters:
        return
    inside = [
        table
        for column in range(1, len(record.gutters) + 2)
        for table in grid_tables(
            record,
            [ln for ln in record.lines if ln.column == column and not base._toc_like(ln.text)],
        )
    ]
    if inside:
        record.tables = sorted(record.tables + inside, key=lambda t: t.top)
        record.lines = base._drop_table_words(record.lines, inside)


# -- unruled tables: a word grid -----------------------------------------------------
def grid_tables(record: _Page, lines: list[_Line]) -> list[_Table]:
    """Tables from runs of lines that share >= 2 column gaps (no ruling lines)."""
    tables = []
    for run in base._aligned_runs(lines):
        channels = base._column_gaps(run[0])
        for line in run[1:]:
            channels = base._shared(channels, base._column_gaps(line))
        bounds = sorted((c0 + c1) / 2 for c0, c1 in channels)
        rows = []
        for line in run:
            cells: list[list[_Word]] = [[] for _ in range(len(bounds) + 1)]
            for word in line.words:
                centre = (word.x0 + word.x1) / 2
                column = sum(1 for b in bounds if centre > b)
                cells[column].append(word)
            rows.append([_cell_text(cell) for cell in cells])
        rows = base._clean_rows(rows)
        if rows and base._valid_table(rows, 3) and not base._prose_columns(rows):
            bbox = (
                max(0.0, min(line.x0 for line in run) - 1),
                max(0.0, run[0].top - 1),
                min(record.width, max(line.x1 for line in run) + 1),
                min(record.height, run[-1].bottom + 1),
            )
            tables.append(_Table(bbox[1], bbox[3], bbox, rows))
    return tables


def _cell_text(words: list[_Word]) -> str:
    if not words:
        return ""
    return base._line_from(words).text


__all__ = ["PageReader", "grid_tables"]
