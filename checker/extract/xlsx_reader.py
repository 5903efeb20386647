"""Read an Excel workbook (XLSX) into a ``Document``: the budget, the KPI dashboard,
the keyword list or the planning a candidate attaches to the report.

The package's XML is read directly (no spreadsheet library): the workbook's
sheets in their tab order, the shared strings, the cell styles' number formats
and each sheet's cells. A cell is read as Excel shows it: a formula by the value
Excel last computed and saved with it (a formula without one is read empty),
numbers in their cell's format with a decimal comma (« 12,5 % », « 1 250 € »,
« 15/03/2026 »), booleans as « VRAI » / « FAUX ».

Each sheet starts a section titled by its tab's name (a level-1 heading); its cells
are laid out by ``sheets.emit_grid`` (tables and text cut by empty rows, a short line
above a table as its title).

A chart drawn on a sheet gives its title and figures as a table under an image
(``charts.chart_table``), as in Word. Hidden sheets, rows and columns are hidden
text (shown by ``extract``, never evidence, counted in a W305 warning). A sheet
holding more than ``MAX_CELLS`` filled cells (a raw export) is read up to that
and reported in a W306 warning. There are no pages in a workbook: locations
name the sheet (the section), not a page.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from lxml import etree

from .. import messages as msg
from ..errors import InputError
from ..model import BlockKind, Document
from .builder import DocumentBuilder
from .charts import chart_table
from .normalize import normalize_line
from .sheets import MAX_CELLS, MAX_COLUMN, MAX_ROW, emit_grid, warn_workbook
from .xmlsafe import Package, join_target, relationships

S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"


def _s(local: str) -> str:
    return f"{{{S_NS}}}{local}"


_SHEET, _ROW, _C, _V, _F, _IS, _T, _SI, _R, _RPH, _COL, _XF = map(
    _s, ("sheet", "row", "c", "v", "f", "is", "t", "si", "r", "rPh", "col", "xf")
)
_REF = re.compile(r"^([A-Z]{1,3})(\d{1,7})$")

# Built-in number formats (ECMA-376, 18.8.30) a candidate's workbook uses.
_BUILTIN_FORMATS = {
    0: "General",
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    5: "#,##0 €",
    6: "#,##0 €",
    7: "#,##0.00 €",
    8: "#,##0.00 €",
    9: "0%",
    10: "0.00%",
    11: "0.00E+00",
    12: "General",
    13: "General",
    14: "dd/mm/yyyy",
    15: "d-mmm-yy",
    16: "d-mmm",
    17: "mmm-yy",
    18: "h:mm",
    19: "h:mm:ss",
    20: "h:mm",
    21: "h:mm:ss",
    22: "dd/mm/yyyy h:mm",
    37: "#,##0",
    38: "#,##0",
    39: "#,##0.00",
    40: "#,##0.00",
    44: "#,##0.00 €",
    45: "mm:ss",
    46: "[h]:mm:ss",
    47: "mm:ss",
    48: "0.0E+0",
    49: "@",
}
# Quoted text, escaped characters and bracketed codes ([$€-40C], [Red]) of a format.
_FORMAT_NOISE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_DATE_TOKENS = re.compile(r"[dy]", re.IGNORECASE)
_TIME_TOKENS = re.compile(r"[hs]", re.IGNORECASE)


def column_index(letters: str) -> int:
    """« A » → 0, « AB » → 27."""
    index = 0
    for char in letters:
        index = index * 26 + (ord(char) - 64)
    return index - 1


def _group(digits: str) -> str:
    """« 1250000 » → « 1 250 000 »."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return " ".join(parts)


def _decimals(code: str) -> int:
    """Decimal places a format shows (« #,##0.00 » → 2)."""
    if "." not in code:
        return 0
    after = code.split(".", 1)[1]
    return len(re.match(r"[0#?]*", after).group())  # type: ignore[union-attr]


def _plain_number(value: float, decimals: int | None, grouped: bool) -> str:
    """A number with a decimal comma; ``decimals`` None: as few as needed (General)."""
    if decimals is None:
        shown = f"{value:.10g}"
        if "e" in shown:
            return shown.replace(".", ",")
        integer, _, fraction = shown.partition(".")
    else:
        shown = f"{value:.{decimals}f}"
        integer, _, fraction = shown.partition(".")
    sign = "-" if integer.startswith("-") else ""
    integer = integer.lstrip("-")
    if grouped:
        integer = _group(integer)
    return sign + integer + ("," + fraction if fraction else "")


def excel_date(serial: float, *, date1904: bool = False) -> date | None:
    """The date of an Excel serial number (the 1900 system counts a 29/02/1900)."""
    if date1904:
        origin = date(1904, 1, 1)
    else:
        origin = date(1899, 12, 30) if serial >= 61 else date(1899, 12, 31)
    try:
        return origin + timedelta(days=int(serial))
    except OverflowError:
        return None


def format_number(value: float, code: str, *, date1904: bool = False) -> str:
    """``value`` as a cell of number format ``code`` shows it, the French way."""
    if not math.isfinite(value):
        return ""
    section = code.split(";")[0]  # negatives shown with a minus sign, whatever section 2 says
    bare = _FORMAT_NOISE.sub("", section)
    euro = "€" in section
    if bare in {"General", "@", ""} and not euro:
        return _plain_number(value, None, grouped=False)
    figures = re.search(r"[0#?]", bare)
    clock = _TIME_TOKENS.search(bare)
    if not figures and (_DATE_TOKENS.search(bare) or (not clock and "m" in bare.lower())):
        day = excel_date(value, date1904=date1904)
        if day is None:
            return _plain_number(value, None, grouped=False)
        if clock:
            minutes = round((value % 1) * 24 * 60)
            return f"{day:%d/%m/%Y} {minutes // 60:02d}:{minutes % 60:02d}"
        return f"{day:%d/%m/%Y}"
    if clock and not figures:
        minutes = round((value % 1) * 24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    if "E+" in bare.upper():
        return f"{value:.2E}".replace(".", ",")
    decimals = _decimals(bare)
    if "%" in bare:
        return _plain_number(value * 100, decimals, grouped=False) + " %"
    return _plain_number(value, decimals, "," in bare) + (" €" if euro else "")


@dataclass(slots=True)
class _Sheet:
    """One sheet's filled cells: (row, column) → text, and what is hidden."""

    cells: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden_cells: dict[tuple[int, int], str] = field(default_factory=dict)
    truncated: bool = False


def _shared_strings(package: Package) -> list[str]:
    root = package.xml("xl/sharedStrings.xml")
    if root is None:
        return []
    return [_rich_text(si) for si in root.iter(_SI)]


def _rich_text(element: etree._Element) -> str:
    """The text of a string item or inline string (phonetic runs left out)."""
    parts: list[str] = []
    for node in element.iter(_T):
        if any(parent.tag == _RPH for parent in node.iterancestors()):
            continue
        parts.append(node.text or "")
    return "".join(parts)


def _number_formats(package: Package) -> list[str]:
    """The number format code of each cell style (``s`` attribute) in order."""
    root = package.xml("xl/styles.xml")
    if root is None:
        return []
    custom = {}
    for node in root.iter(_s("numFmt")):
        try:
            custom[int(node.get("numFmtId") or "")] = node.get("formatCode") or "General"
        except ValueError:
            continue
    formats: list[str] = []
    cell_xfs = root.find(_s("cellXfs"))
    if cell_xfs is None:
        return formats
    for xf in cell_xfs.iter(_XF):
        try:
            ident = int(xf.get("numFmtId") or "0")
        except ValueError:
            ident = 0
        formats.append(custom.get(ident) or _BUILTIN_FORMATS.get(ident, "General"))
    return formats


class _XlsxReader:
    def __init__(self, package: Package, name: str) -> None:
        self.package = package
        self.name = name
        self.builder = DocumentBuilder(name, "xlsx")
        self.strings = _shared_strings(package)
        self.formats = _number_formats(package)
        self.date1904 = False
        self.hidden: dict[str, int] = {}
        self.truncated: list[str] = []

    def read(self) -> Document:
        workbook = self.package.xml("xl/workbook.xml", required=True)
        properties = workbook.find(_s("workbookPr"))
        if properties is not None:
            self.date1904 = properties.get("date1904") in {"1", "true"}
        targets = self._relationships("xl/workbook.xml")
        for sheet in workbook.iter(_SHEET):
            title = normalize_line(sheet.get("name") or "")
            part = targets.get(sheet.get(f"{{{R_NS}}}id") or "")
            if part is None or not self.package.has(part):
                continue
            hidden = sheet.get("state") in {"hidden", "veryHidden"}
            if hidden:
                self.hidden["sheet"] = self.hidden.get("sheet", 0) + 1
            self.read_sheet(title, part, hidden)
            self.builder.pages += 1  # a workbook counts its sheets, as a deck its slides
        warn_workbook(self.builder, self.hidden, self.truncated)
        return self.builder.build()

    def _relationships(self, part: str) -> dict[str, str]:
        """The internal targets of ``part``'s relationships, resolved: id → part."""
        return {
            ident: join_target(part, target)
            for ident, (_, target, external) in relationships(self.package, part).items()
            if target and not external
        }

    # -- one sheet --------------------------------------------------------------
    def read_sheet(self, title: str, part: str, hidden: bool) -> None:
        builder = self.builder
        builder.reset_section()
        root = self.package.xml(part, required=True)
        sheet = self._cells(root, hidden)
        if sheet.truncated:
            self.truncated.append(title or part)
        builder.add(BlockKind.HEADING, title or "Feuille sans nom", level=1, hidden=hidden)
        emit_grid(builder, sheet.cells, hidden=hidden)
        if sheet.hidden_cells:
            emit_grid(builder, sheet.hidden_cells, hidden=True)
        self._charts(part, root, hidden)

    def _cells(self, root: etree._Element, sheet_hidden: bool) -> _Sheet:
        sheet = _Sheet()
        hidden_columns: set[int] = set()
        for col in root.iter(_COL):
            if col.get("hidden") in {"1", "true"}:
                try:
                    low, high = int(col.get("min") or "0"), int(col.get("max") or "0")
                except ValueError:
                    continue
                hidden_columns.update(range(max(1, low) - 1, min(high, MAX_COLUMN)))
        filled = 0
        seen_hidden_rows: set[int] = set()
        seen_hidden_columns: set[int] = set()
        for row in root.iter(_ROW):
            row_hidden = row.get("hidden") in {"1", "true"}
            for number, column, text in self._row_cells(row):
                if not text:
                    continue
                if filled >= MAX_CELLS:
                    sheet.truncated = True
                    return self._count(sheet, seen_hidden_rows, seen_hidden_columns)
                filled += 1
                if row_hidden or column in hidden_columns:
                    if not sheet_hidden:
                        if row_hidden:
                            seen_hidden_rows.add(number)
                        else:
                            seen_hidden_columns.add(column)
                    sheet.hidden_cells[(number, column)] = text
                else:
                    sheet.cells[(number, column)] = text
        return self._count(sheet, seen_hidden_rows, seen_hidden_columns)

    def _count(self, sheet: _Sheet, rows: set[int], columns: set[int]) -> _Sheet:
        if rows:
            self.hidden["row"] = self.hidden.get("row", 0) + len(rows)
        if columns:
            self.hidden["column"] = self.hidden.get("column", 0) + len(columns)
        return sheet

    def _row_cells(self, row: etree._Element) -> Iterator[tuple[int, int, str]]:
        try:
            number = int(row.get("r") or "0") - 1
        except ValueError:
            number = -1
        column = -1
        for cell in row.iter(_C):
            ref = _REF.match(cell.get("r") or "")
            if ref:
                column = column_index(ref.group(1))
                number = int(ref.group(2)) - 1
            else:
                column += 1
            if number < 0 or number >= MAX_ROW or column >= MAX_COLUMN:
                continue
            yield number, column, normalize_line(self._value(cell))

    def _value(self, cell: etree._Element) -> str:
        kind = cell.get("t") or "n"
        if kind == "inlineStr":
            inline = cell.find(_IS)
            return _rich_text(inline) if inline is not None else ""
        value = cell.find(_V)
        raw = value.text if value is not None and value.text is not None else ""
        if kind == "s":
            try:
                return self.strings[int(raw)]
            except (ValueError, IndexError):
                return ""
        if kind in {"str", "e"}:
            return raw
        if kind == "b":
            return "VRAI" if raw.strip() in {"1", "true"} else "FAUX"
        if not raw:
            return ""
        try:
            number = float(raw)
        except ValueError:
            return raw
        try:
            code = self.formats[int(cell.get("s") or "0")]
        except (ValueError, IndexError):
            code = "General"
        return format_number(number, code, date1904=self.date1904)

    # -- charts ---------------------------------------------------------------------
    def _charts(self, part: str, root: etree._Element, hidden: bool) -> None:
        drawings = root.iter(_s("drawing"))
        targets = None
        for drawing in drawings:
            targets = targets if targets is not None else self._relationships(part)
            drawing_part = targets.get(drawing.get(f"{{{R_NS}}}id") or "")
            if drawing_part is None:
                continue
            self._drawing(drawing_part, hidden)

    def _drawing(self, part: str, hidden: bool) -> None:
        root = self.package.xml(part)
        if root is None:
            return
        targets = self._relationships(part)
        for chart in root.iter(f"{{{C_NS}}}chart"):
            chart_part = targets.get(chart.get(f"{{{R_NS}}}id") or "")
            space = self.package.xml(chart_part) if chart_part else None
            if space is None:
                self.builder.skip("graphique")
                continue
            title = normalize_line(
                " ".join(
                    t.text or ""
                    for t in space.iter(f"{{{A_NS}}}t")
                    if any(p.tag == f"{{{C_NS}}}title" for p in t.iterancestors())
                )
            )
            image = self.builder.add_image(f"Graphique : {title}" if title else "Graphique")
            if hidden:
                self.builder.blocks[-1] = replace(image, hidden=True)
            rows = chart_table(space)
            if rows:
                self.builder.add_table(rows, hidden=hidden)


def read_xlsx(path: Path, name: str) -> Document:
    """Read the XLSX at ``path``; ``name`` is how messages refer to it."""
    try:
        with Package(path, name) as package:
            return _XlsxReader(package, name).read()
    except RecursionError:
        raise InputError(
            msg.E104.format(path=name, detail="imbrication trop profonde"), status="ILLISIBLE"
        ) from None
    except (KeyError, ValueError, AttributeError, etree.LxmlError):
        raise InputError(
            msg.E104.format(path=name, detail="classeur endommagé"), status="ILLISIBLE"
        ) from None


__all__ = [
    "MAX_CELLS",
    "column_index",
    "excel_date",
    "format_number",
    "read_xlsx",
]
