"""The PDF reader's fast paths give what the plain code they replaced gave.

Issue 13 (speed): ``_make_lines``, ``_line_from``, ``_words``,
``_drop_table_words``, the TOC and end-hyphen tests and ``_two_letters`` were
rewritten for speed. Each is compared here, on seeded random input, with a
copy of the straightforward version it replaced.
"""

from __future__ import annotations

import itertools
import random
import re
from operator import itemgetter

import pytest

from checker.extract import pdf_objects, pdf_reader
from checker.extract.normalize import is_numbered_toc_line, toc_title
from checker.extract.pdf_reader import WORD_GAP_RATIO, _Line, _Table, _Word

SEEDS = range(40)


# -- the replaced versions ---------------------------------------------------------
def line_from_before(words: list[_Word]) -> _Line:
    first = words[0]
    parts = [first.text]
    x0, x1, top, bottom = first.x0, first.x1, first.top, first.bottom
    weight: dict[float, int] = {}
    reasons: dict[str, int] = {}
    bold = True
    prev = None
    right = 0.0  # where the text before ends (a dropped note reference included)
    refs: list[str] = []
    dropped = False
    for word in words:
        text = word.text
        if (
            prev is not None
            and word.size <= pdf_reader.SUPERSCRIPT_SIZE_RATIO * prev.size
            and word.bottom <= prev.bottom - pdf_reader.SUPERSCRIPT_RISE * prev.size
            and re.fullmatch(r"\d{1,3}(?:[,–-]\d{1,3})*", text)
            and not re.search(r"(?:^|[\d\s])[kcdm]?m$|[€$£]$", prev.text)
        ):
            refs.append(text)
            right, dropped = max(right, word.x1), True
            continue
        if prev is not None:
            size = prev.size if prev.size < word.size else word.size
            glued = word.x0 - right <= WORD_GAP_RATIO * size
            if dropped and text[:1] in ",.;)":
                glued = True
            dropped = False
            parts.append(text if glued else " " + text)
            if word.x0 < x0:
                x0 = word.x0
            if word.x1 > x1:
                x1 = word.x1
            if word.top < top:
                top = word.top
            if word.bottom > bottom:
                bottom = word.bottom
        key = round(word.size * 2) / 2
        weight[key] = weight.get(key, 0) + len(text)
        reasons[word.reason] = reasons.get(word.reason, 0) + 1
        if bold and not word.bold and any(ch.isalnum() for ch in text):
            bold = False
        prev = word
        right = word.x1
    return _Line(
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


def make_lines_before(words: list[_Word]) -> list[_Line]:
    words = sorted(words, key=lambda w: (w.top, w.x0))
    groups: list[list[_Word]] = []
    spans: list[list[float]] = []
    for word in words:
        height = max(word.bottom - word.top, 0.1)
        for index in range(len(groups) - 1, max(-1, len(groups) - 4), -1):
            top, bottom = spans[index]
            overlap = min(bottom, word.bottom) - max(top, word.top)
            if overlap >= 0.5 * min(height, bottom - top):
                groups[index].append(word)
                spans[index] = [min(top, word.top), max(bottom, word.bottom)]
                break
        else:
            groups.append([word])
            spans.append([word.top, word.bottom])
    lines = []
    for group in groups:
        group.sort(key=lambda w: w.x0)
        if any(b.x0 < a.x1 - 1 for a, b in itertools.pairwise(group)):
            # words over each other: one line per baseline (since 0.11)
            rows: list[list[_Word]] = []
            for word in sorted(group, key=lambda w: w.bottom):
                if (
                    rows
                    and word.bottom - rows[-1][0].bottom <= max(word.bottom - word.top, 0.1) / 3
                ):
                    rows[-1].append(word)
                else:
                    rows.append([word])
            lines.extend(line_from_before(sorted(row, key=lambda w: w.x0)) for row in rows)
        else:
            lines.append(line_from_before(group))
    lines.sort(key=lambda line: (line.top, line.x0))
    return lines


def words_before(raw: pdf_objects._Raw) -> list[_Word]:
    text = pdf_objects._CONTROL.sub(" ", raw.text.replace("\x02", "-"))
    if pdf_objects._PRIVATE_USE.search(text):
        text = pdf_objects._private_use(text)
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
    get = pdf_objects._WIDTHS.get
    offsets = list(
        itertools.accumulate((get(ch) or pdf_objects._width(ch) for ch in text), initial=0)
    )
    scale = span / (offsets[len(text.rstrip())] or 1)
    return [
        _Word(
            match.group(),
            raw.left + offsets[match.start()] * scale,
            raw.left + offsets[match.end()] * scale,
            raw.top,
            raw.bottom,
            raw.size,
            raw.bold,
            raw.reason,
        )
        for match in re.finditer(r"\S+", text)
    ]


def drop_table_words_before(lines: list[_Line], tables: list[_Table]) -> list[_Line]:
    if not tables:
        return lines
    out = []
    for line in lines:
        keep = [
            w
            for w in line.words
            if not any(
                t.bbox[0] - 1 <= (w.x0 + w.x1) / 2 <= t.bbox[2] + 1
                and t.bbox[1] - 1 <= (w.top + w.bottom) / 2 <= t.bbox[3] + 1
                for t in tables
            )
        ]
        if len(keep) == len(line.words):
            out.append(line)
        elif keep:
            out.append(line_from_before(keep))
    return out


def join_lines_before(lines: list[_Line]) -> str:
    text = lines[0].text
    for line in lines[1:]:
        nxt = line.text
        match = re.search(r"(\w+)-$", text)
        if not match:
            text = text + " " + nxt
            continue
        prefix = match.group(1)
        if (
            nxt[:1].islower()
            and len(prefix) >= 3
            and prefix.isalpha()
            and prefix.lower() not in pdf_reader._KEEP_HYPHEN
        ):
            text = text[:-1] + nxt
        else:
            text = text + nxt
    return text


# -- random input ----------------------------------------------------------------
TEXTS = ["le", "Marché", "SWOT", "•", "-", "12", "e-", "dévelop-", "pement", "(1)", "É", "a", "’"]


def random_words(rng: random.Random, count: int) -> list[_Word]:
    """Words in rows, several sharing one box (a text object), some odd heights."""
    words = []
    while len(words) < count:
        top = rng.choice([rng.uniform(0, 800), round(rng.uniform(0, 800))])
        height = rng.choice([10.0, 12.0, 0.05, 0.0, -1.0, rng.uniform(0, 20)])
        size = rng.choice([10.0, 10.2, 12.0, 16.0, rng.uniform(2, 30)])
        bold = rng.random() < 0.3
        reason = rng.choice(["", "", "", "invisible", "blanc"])
        x = rng.uniform(0, 500)
        for _ in range(rng.randint(1, 8)):  # one text object's words
            width = rng.uniform(0, 40)
            gap = rng.choice([0.0, 0.5, 1.0, 3.0, rng.uniform(0, 20)])
            words.append(
                _Word(rng.choice(TEXTS), x, x + width, top, top + height, size, bold, reason)
            )
            x += width + gap
        if rng.random() < 0.2:  # a second object just below or over the first
            top += rng.choice([0.0, 0.3, 4.0, 11.0])
    rng.shuffle(words)
    return words


@pytest.mark.parametrize("seed", SEEDS)
def test_make_lines_as_before(seed: int) -> None:
    rng = random.Random(seed)
    words = random_words(rng, rng.randint(1, 120))
    assert pdf_reader._make_lines(list(words)) == make_lines_before(list(words))


@pytest.mark.parametrize("seed", SEEDS)
def test_line_from_as_before(seed: int) -> None:
    rng = random.Random(seed)
    words = sorted(random_words(rng, rng.randint(1, 30)), key=lambda w: w.x0)
    assert pdf_reader._line_from(words) == line_from_before(words)


ALPHABET = "ab Éé\u00a0\t\x02\x01\uf0b7\ue000ilW1.,’ \u2022ΩЖ"


@pytest.mark.parametrize("seed", SEEDS)
def test_words_as_before(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(50):
        raw = pdf_objects._Raw()
        raw.text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 40)))
        raw.left = rng.uniform(0, 500)
        raw.right = raw.left + rng.choice([0.0, -2.0, rng.uniform(0, 300)])
        raw.top, raw.bottom = 100.0, 110.0
        raw.size, raw.bold = 10.0, rng.random() < 0.5
        raw.reason = rng.choice(["", "invisible"])
        assert pdf_objects._words(raw) == words_before(raw), repr(raw.text)


@pytest.mark.parametrize("seed", SEEDS)
def test_drop_table_words_as_before(seed: int) -> None:
    rng = random.Random(seed)
    lines = make_lines_before(random_words(rng, rng.randint(1, 100)))
    tables = []
    for _ in range(rng.randint(0, 3)):
        x0, top = rng.uniform(0, 400), rng.uniform(0, 700)
        bbox = (x0, top, x0 + rng.uniform(0, 200), top + rng.uniform(0, 200))
        tables.append(_Table(bbox[1], bbox[3], bbox, [["a"]]))
    assert pdf_reader._drop_table_words(lines, tables) == drop_table_words_before(lines, tables)


TOC_LINES = [
    "",
    "   ",
    "Analyse SWOT ........ 12",
    "Analyse SWOT ........ 12 ",
    "2.1 Analyse SWOT 4",
    "2.1 Analyse SWOT 4\n",
    "Budget : 1200",
    "Introduction",
    "Chapitre 3 ….. ٣",
    "Partie __________ 7",
    "Le marché a crû de 12 % en 2024",
]


@pytest.mark.parametrize("text", TOC_LINES)
def test_toc_like_as_before(text: str) -> None:
    before = bool(toc_title(text)) or is_numbered_toc_line(text)
    assert pdf_reader._toc_like(text) == before


@pytest.mark.parametrize(
    "texts",
    [
        ["dévelop-", "pement du site"],
        ["e-", "commerce"],
        ["le site-", "Vitrine"],
        ["fin de ligne -", "suite"],
        ["ligne\n-", "suite"],
        ["mot-\n", "suite"],
        ["sans trait", "d'union"],
        ["pré-", "vente", "et re-", "lance"],
    ],
)
def test_join_lines_as_before(texts: list[str]) -> None:
    lines = [_Line([], text, 0.0, 1.0, 0.0, 1.0, 10.0, False) for text in texts]
    assert pdf_reader._join_lines(lines) == join_lines_before(lines)


@pytest.mark.parametrize("text", ["", "a", "ab", "1 2", "a1b", "12 %", "É.", "— x —", "ΩЖ"])
def test_two_letters(text: str) -> None:
    assert pdf_reader._two_letters(text) == (sum(ch.isalpha() for ch in text) >= 2)


class _FakeRow:
    def __init__(self, cells: list) -> None:
        self.cells = cells


class _FakeTable:
    def __init__(self, bbox: tuple, rows: list[_FakeRow]) -> None:
        self.bbox = bbox
        self.rows = rows


def cells_before(record: pdf_reader._Page, found: _FakeTable, words: list[_Word]) -> list:
    x0, top, x1, bottom = found.bbox
    bbox = (max(0.0, x0), max(0.0, top), min(record.width, x1), min(record.height, bottom))
    inside = [
        w
        for w in words
        if bbox[0] <= (w.x0 + w.x1) / 2 <= bbox[2] and bbox[1] <= (w.top + w.bottom) / 2 <= bbox[3]
    ]
    rows = []
    for row in found.rows:
        cells = []
        for cell in row.cells:
            if cell is None:
                cells.append("")
                continue
            held = [
                w
                for w in inside
                if cell[0] <= (w.x0 + w.x1) / 2 < cell[2]
                and cell[1] <= (w.top + w.bottom) / 2 < cell[3]
            ]
            cells.append(" ".join(line.text for line in make_lines_before(held)))
        rows.append(cells)
    return rows


@pytest.mark.parametrize("seed", SEEDS)
def test_table_cells_as_before(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ruled-table cells get the words whose centre they hold, as before."""
    import pdfplumber.table

    rng = random.Random(seed)
    words = random_words(rng, rng.randint(1, 150))
    record = pdf_reader._Page(1, 595.0, 842.0)
    found = []
    for _ in range(rng.randint(1, 2)):
        # some rules through word centres: the edges of the half-open cells
        xs = sorted(
            rng.choice([rng.uniform(0, 600), (centre.x0 + centre.x1) / 2])
            for centre in rng.choices(words, k=rng.randint(2, 5))
        )
        ys = sorted(
            rng.choice([rng.uniform(0, 850), (centre.top + centre.bottom) / 2])
            for centre in rng.choices(words, k=rng.randint(2, 6))
        )
        rows = [
            _FakeRow(
                [
                    None if rng.random() < 0.1 else (a, top, b, bottom)
                    for a, b in itertools.pairwise(xs)
                ]
            )
            for top, bottom in itertools.pairwise(ys)
        ]
        found.append(_FakeTable((xs[0], ys[0], xs[-1], ys[-1]), rows))

    class Finder:
        def __init__(self, page: object, settings: dict) -> None:
            self.tables = found

    monkeypatch.setattr(pdfplumber.table, "TableFinder", Finder)
    edges = [{}] * 3  # find_tables only counts them; the fake finder ignores them
    tables = pdf_objects.find_tables(record, edges, words)
    expected = [
        rows
        for rows in (pdf_reader._clean_rows(cells_before(record, t, words)) for t in found)
        if rows and pdf_reader._valid_table(rows, 2)
    ]
    assert [t.rows for t in tables] == expected
