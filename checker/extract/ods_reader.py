"""Read a LibreOffice Calc workbook (ODS) into a ``Document``, like an Excel one.

``content.xml`` keeps, for every cell, the text Calc shows (its ``text:p``
paragraphs: a formula's last result, a number in its format, « 12,5 % »,
« 1 250,00 € », a date as typed); that text is read, never recomputed. Each sheet
starts a section titled by its tab's name (a level-1 heading) and its cells are laid
out by ``sheets.emit_grid``, as for an XLSX. Repeated rows, columns and cells
(``number-rows-repeated``, ``number-columns-repeated``) are expanded only where they
hold text, so a sheet formatted down to its millionth row costs nothing. Hidden rows
and columns (``visibility="collapse"`` or ``"filter"``) and sheets whose table style
says ``display="false"`` are hidden text (W305). At most ``MAX_CELLS`` filled cells
per sheet are read (W306). Embedded charts and drawings are counted as skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from .. import messages as msg
from ..errors import InputError
from ..model import BlockKind, Document
from .builder import DocumentBuilder
from .normalize import normalize_line
from .sheets import MAX_CELLS, MAX_COLUMN, MAX_ROW, emit_grid, warn_workbook
from .xmlsafe import Package

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

_TB = f"{{{TABLE}}}"
_TX = f"{{{TEXT}}}"
_SPREADSHEET = f"{{{OFFICE}}}spreadsheet"
_HIDDEN_VISIBILITY = {"collapse", "filter"}


def _repeat(element: etree._Element, attribute: str) -> int:
    try:
        return max(1, int(element.get(f"{_TB}{attribute}") or "1"))
    except ValueError:
        return 1


def _cell_text(cell: etree._Element) -> str:
    """The text Calc shows in a cell: its paragraphs, joined by a space."""
    lines = []
    for paragraph in cell.iter(f"{_TX}p", f"{_TX}h"):
        lines.append("".join(paragraph.itertext()))
    return normalize_line(" ".join(lines))


def _hidden_tables(root: etree._Element) -> set[str]:
    """Names of the automatic table styles that hide their sheet."""
    hidden = set()
    for style in root.iter(f"{{{STYLE}}}style"):
        if style.get(f"{{{STYLE}}}family") != "table":
            continue
        for props in style.iter(f"{{{STYLE}}}table-properties"):
            if props.get(f"{_TB}display") == "false":
                hidden.add(style.get(f"{{{STYLE}}}name") or "")
    return hidden


class _OdsReader:
    def __init__(self, package: Package, name: str) -> None:
        self.package = package
        self.builder = DocumentBuilder(name, "ods")
        self.hidden: dict[str, int] = {}
        self.truncated: list[str] = []

    def read(self) -> Document:
        root = self.package.xml("content.xml", required=True)
        hidden_styles = _hidden_tables(root)
        body = next(root.iter(_SPREADSHEET), None)
        if body is None:
            raise InputError(
                msg.E104.format(path=self.builder.path, detail="classeur sans feuille"),
                status="ILLISIBLE",
            )
        for sheet in body.iterchildren(f"{_TB}table"):
            title = normalize_line(sheet.get(f"{_TB}name") or "")
            hidden = sheet.get(f"{_TB}style-name") in hidden_styles
            if hidden:
                self._count("sheet")
            self.read_sheet(sheet, title, hidden)
            self.builder.pages += 1  # a workbook counts its sheets
        warn_workbook(self.builder, self.hidden, self.truncated)
        return self.builder.build()

    def _count(self, reason: str, count: int = 1) -> None:
        self.hidden[reason] = self.hidden.get(reason, 0) + count

    def read_sheet(self, sheet: etree._Element, title: str, hidden: bool) -> None:
        builder = self.builder
        builder.reset_section()
        hidden_columns = self._hidden_columns(sheet)
        cells: dict[tuple[int, int], str] = {}
        hidden_cells: dict[tuple[int, int], str] = {}
        hidden_rows: set[int] = set()
        seen_columns: set[int] = set()
        placed = [
            (line, column, text, row_hidden)
            for line, texts, row_hidden in self._rows(sheet)
            for column, text in texts
        ]
        if len(placed) > MAX_CELLS:
            self.truncated.append(title or "feuille")
            placed = placed[:MAX_CELLS]
        for line, column, text, row_hidden in placed:
            if row_hidden or column in hidden_columns:
                if not hidden:
                    if row_hidden:
                        hidden_rows.add(line)
                    else:
                        seen_columns.add(column)
                hidden_cells[(line, column)] = text
            else:
                cells[(line, column)] = text
        if hidden_rows:
            self._count("row", len(hidden_rows))
        if seen_columns:
            self._count("column", len(seen_columns))
        frames = sum(1 for _ in sheet.iter(f"{{{DRAW}}}frame"))
        if frames:
            builder.skip("graphique ou dessin", frames)
        builder.add(BlockKind.HEADING, title or "Feuille sans nom", level=1, hidden=hidden)
        emit_grid(builder, cells, hidden=hidden)
        if hidden_cells:
            emit_grid(builder, hidden_cells, hidden=True)

    def _rows(self, sheet: etree._Element) -> Iterator[tuple[int, list[tuple[int, str]], bool]]:
        """(row number, filled cells, hidden) of each row holding text, a repeated row
        once per repetition (at most ``MAX_CELLS`` cells in all, then it stops)."""
        number = 0
        filled = 0
        for row in sheet.iter(f"{_TB}table-row"):
            repeat = _repeat(row, "number-rows-repeated")
            texts = self._row_texts(row)
            if texts:
                row_hidden = row.get(f"{_TB}visibility") in _HIDDEN_VISIBILITY
                for offset in range(min(repeat, MAX_ROW - number)):
                    yield number + offset, texts, row_hidden
                    filled += len(texts)
                    if filled > MAX_CELLS:
                        return
            number += repeat
            if number >= MAX_ROW:
                return

    def _hidden_columns(self, sheet: etree._Element) -> set[int]:
        hidden: set[int] = set()
        column = 0
        for col in sheet.iter(f"{_TB}table-column"):
            repeat = _repeat(col, "number-columns-repeated")
            if col.get(f"{_TB}visibility") in _HIDDEN_VISIBILITY:
                hidden.update(range(column, min(column + repeat, MAX_COLUMN)))
            column += repeat
            if column >= MAX_COLUMN:
                break
        return hidden

    def _row_texts(self, row: etree._Element) -> list[tuple[int, str]]:
        """(column, text) of the row's filled cells; repeated empty cells only move on."""
        out: list[tuple[int, str]] = []
        column = 0
        for cell in row:
            if cell.tag not in {f"{_TB}table-cell", f"{_TB}covered-table-cell"}:
                continue
            repeat = _repeat(cell, "number-columns-repeated")
            text = _cell_text(cell) if cell.tag == f"{_TB}table-cell" else ""
            if text:
                for offset in range(min(repeat, MAX_COLUMN - column)):
                    out.append((column + offset, text))
            column += repeat
            if column >= MAX_COLUMN:
                break
        return out


def read_ods(path: Path, name: str) -> Document:
    """Read the ODS at ``path``; ``name`` is how messages refer to it."""
    try:
        with Package(path, name) as package:
            return _OdsReader(package, name).read()
    except RecursionError:
        raise InputError(
            msg.E104.format(path=name, detail="imbrication trop profonde"), status="ILLISIBLE"
        ) from None
    except (KeyError, ValueError, AttributeError, etree.LxmlError):
        raise InputError(
            msg.E104.format(path=name, detail="classeur endommagé"), status="ILLISIBLE"
        ) from None


__all__ = ["read_ods"]
