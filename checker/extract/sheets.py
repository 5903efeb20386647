"""Lay out a spreadsheet's filled cells as a candidate's reader sees them: the blocks of
one sheet, the same way for an Excel workbook (``xlsx_reader``) and a LibreOffice Calc
one (``ods_reader``).

``emit_grid(builder, cells)`` takes the sheet's cells as shown ((row, column) → text,
0-based) and cuts them into regions by empty rows:

* a region whose rows have one filled cell each is text (paragraphs);
* a region where several rows have two filled cells or more is a table: its leading
  one-cell lines are the text above it, its trailing one-cell lines of several words a
  note under it (« Source : export Search Console, mars »), and columns empty in every
  row of the table are dropped;
* a table whose rows are grouped by empty rows (each lever's lines under its own line,
  a « TOTAL » line set apart) is one table: a region that opens on a row of two filled
  cells or more, within the columns of the table above, goes on with it;
* a short line (at most ``TITLE_MAX_WORDS`` words, no final full stop, not a figure)
  right above a table is that table's title (a heading, inferred: confidence 0.5).
"""

from __future__ import annotations

import re

from .. import messages as msg
from ..model import BlockKind
from .builder import DocumentBuilder

#: Filled cells read at most per sheet (a raw export of thousands of rows is data,
#: not a table to read; what is over is reported).
MAX_CELLS = 20_000
#: Rows and columns beyond these are not read (the spreadsheets' own limits are larger).
MAX_ROW = 100_000
MAX_COLUMN = 500

#: A line of at most this many words right above a table titles it.
TITLE_MAX_WORDS = 12
#: A one-cell line under a table is a note about it from this many words.
NOTE_MIN_WORDS = 3

_FIGURE = re.compile(r"^[-+]?[\d\s ,.]+\s?(?:%|€)?$")

Line = dict[int, str]


def emit_grid(
    builder: DocumentBuilder, cells: dict[tuple[int, int], str], *, hidden: bool = False
) -> None:
    """Add the blocks of one sheet's ``cells`` to ``builder``, in reading order."""
    rows: dict[int, Line] = {}
    for (number, column), text in sorted(cells.items()):
        rows.setdefault(number, {})[column] = text
    region: list[Line] = []
    regions: list[list[Line]] = []
    last = None
    for number in sorted(rows):
        if last is not None and number != last + 1 and region:
            regions.append(region)
            region = []
        region.append(rows[number])
        last = number
    if region:
        regions.append(region)
    regions = _join_table_groups(regions)
    for index, lines in enumerate(regions):
        following = regions[index + 1] if index + 1 < len(regions) else None
        _region(builder, lines, hidden, table_next=following is not None and _is_table(following))


_HIDDEN_LABELS = {
    "sheet": "feuille masquée",
    "row": "ligne masquée",
    "column": "colonne masquée",
}


def warn_workbook(builder: DocumentBuilder, hidden: dict[str, int], truncated: list[str]) -> None:
    """The workbook's warnings: hidden sheets, rows and columns (W305, ``hidden`` counts
    them by « sheet », « row », « column »), sheets read up to ``MAX_CELLS`` (W306)."""
    if hidden:
        detail = ", ".join(label for key, label in _HIDDEN_LABELS.items() if key in hidden)
        builder.warn(msg.W305.format(count=sum(hidden.values()), detail=detail))
    if truncated:
        sheets = ", ".join(f"« {t} »" for t in truncated)
        cap = f"{MAX_CELLS:,}".replace(",", " ")
        detail = f"plus de {cap} cellules remplies dans {sheets} ; la suite n'est pas lue"
        builder.warn(msg.W306.format(detail=detail))


def _region(builder: DocumentBuilder, lines: list[Line], hidden: bool, *, table_next: bool) -> None:
    if not _is_table(lines):
        for position, line in enumerate(lines):
            last = position == len(lines) - 1
            _line(builder, " ".join(line[c] for c in sorted(line)), hidden, last and table_next)
        return
    start = 0
    while start < len(lines) and len(lines[start]) == 1:
        start += 1
    end = len(lines)
    while end > start and len(lines[end - 1]) == 1 and _is_note(lines[end - 1]):
        end -= 1
    for position in range(start):
        _line(builder, " ".join(lines[position].values()), hidden, position == start - 1)
    table = lines[start:end]
    columns = sorted({c for line in table for c in line})
    builder.add_table([[line.get(c, "") for c in columns] for line in table], hidden=hidden)
    for line in lines[end:]:
        _line(builder, " ".join(line.values()), hidden, False)


def _line(builder: DocumentBuilder, text: str, hidden: bool, titles_table: bool) -> None:
    words = text.split()
    if (
        titles_table
        and 0 < len(words) <= TITLE_MAX_WORDS
        and not text.endswith((".", ":", ";", ","))
        and not _FIGURE.match(text)
    ):
        builder.add(BlockKind.HEADING, text, level=2, confidence=0.5, hidden=hidden)
    else:
        builder.add(BlockKind.PARAGRAPH, text, hidden=hidden)


def _is_table(lines: list[Line]) -> bool:
    """Several rows with two filled cells or more (one row of two is a label and its
    value: a table too)."""
    wide = sum(1 for line in lines if len(line) >= 2)
    return wide >= 2 or (wide == 1 and len(lines) <= 2)


def _join_table_groups(regions: list[list[Line]]) -> list[list[Line]]:
    """Regions that go on a table in its columns, opening on a row of two filled cells
    or more (not on a title line), join it."""
    out: list[list[Line]] = []
    for lines in regions:
        previous = out[-1] if out else None
        if (
            previous is not None
            and _is_table(previous)
            and len(lines[0]) >= 2
            and _within(lines, previous)
        ):
            previous.extend(lines)
        else:
            out.append(list(lines))
    return out


def _within(lines: list[Line], table: list[Line]) -> bool:
    """Every filled column of ``lines`` lies within the table's columns."""
    columns = {c for line in table for c in line}
    return all(min(columns) <= c <= max(columns) for line in lines for c in line)


def _is_note(line: Line) -> bool:
    (text,) = line.values()
    return len(text.split()) >= NOTE_MIN_WORDS and not _FIGURE.match(text)


__all__ = [
    "MAX_CELLS",
    "MAX_COLUMN",
    "MAX_ROW",
    "NOTE_MIN_WORDS",
    "TITLE_MAX_WORDS",
    "emit_grid",
    "warn_workbook",
]
