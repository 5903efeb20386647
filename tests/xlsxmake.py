"""Build small XLSX workbooks for tests, as Excel saves them (a package of XML parts).

``make_xlsx(path, sheets)``: each sheet is ``(name, rows)`` or ``(name, rows, options)``;
a row is a list of cells, each a string (shared string), a number, ``None`` (empty),
or a ``Cell`` (formula with its cached value, style, inline string). Options:
``state`` (« hidden »), ``hidden_rows`` (1-based row numbers), ``hidden_columns``
(1-based column numbers), ``chart`` (a ``c:chartSpace`` XML string drawn on the sheet).
Styles: ``formats`` lists the number format codes of styles 1, 2, … (style 0 is
General).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass
class Cell:
    value: object = None
    formula: str | None = None
    style: int = 0
    inline: bool = False
    kind: str | None = None  # force « b », « e », « str »


def _letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def make_xlsx(
    path: Path,
    sheets: list[tuple],
    *,
    formats: list[str] = (),
    date1904: bool = False,
) -> Path:
    strings: list[str] = []

    def shared(text: str) -> int:
        if text not in strings:
            strings.append(text)
        return strings.index(text)

    parts: dict[str, str] = {}
    overrides = []
    workbook_sheets = []
    workbook_rels = []
    for number, sheet in enumerate(sheets, start=1):
        name, rows = sheet[0], sheet[1]
        options = sheet[2] if len(sheet) > 2 else {}
        hidden_rows = set(options.get("hidden_rows", ()))
        hidden_columns = options.get("hidden_columns", ())
        xml_rows = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, value in enumerate(row):
                cell = value if isinstance(value, Cell) else Cell(value)
                if cell.value is None and cell.formula is None:
                    continue
                ref = f"{_letters(c)}{r}"
                style = f' s="{cell.style}"' if cell.style else ""
                formula = f"<f>{escape(cell.formula)}</f>" if cell.formula else ""
                if cell.kind:
                    cells.append(
                        f'<c r="{ref}" t="{cell.kind}"{style}>{formula}'
                        f"<v>{escape(str(cell.value))}</v></c>"
                    )
                elif isinstance(cell.value, str) and cell.inline:
                    cells.append(
                        f'<c r="{ref}" t="inlineStr"{style}>'
                        f"<is><t>{escape(cell.value)}</t></is></c>"
                    )
                elif isinstance(cell.value, str):
                    cells.append(
                        f'<c r="{ref}" t="s"{style}>{formula}<v>{shared(cell.value)}</v></c>'
                    )
                elif cell.value is None:
                    cells.append(f'<c r="{ref}"{style}>{formula}</c>')
                else:
                    cells.append(f'<c r="{ref}"{style}>{formula}<v>{cell.value}</v></c>')
            hidden = ' hidden="1"' if r in hidden_rows else ""
            xml_rows.append(f'<row r="{r}"{hidden}>{"".join(cells)}</row>')
        cols = "".join(f'<col min="{c}" max="{c}" hidden="1"/>' for c in hidden_columns)
        drawing = ""
        if options.get("chart"):
            drawing = '<drawing r:id="rId1"/>'
            parts[f"xl/worksheets/_rels/sheet{number}.xml.rels"] = (
                f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
                f'<Relationship Id="rId1" Type="{REL}/drawing" '
                f'Target="../drawings/drawing{number}.xml"/></Relationships>'
            )
            parts[f"xl/drawings/drawing{number}.xml"] = (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/'
                'spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/'
                f'main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
                f'xmlns:r="{REL}"><xdr:twoCellAnchor><xdr:graphicFrame><a:graphic>'
                '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
                '<c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>'
                "</xdr:twoCellAnchor></xdr:wsDr>"
            )
            parts[f"xl/drawings/_rels/drawing{number}.xml.rels"] = (
                f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
                f'<Relationship Id="rId1" Type="{REL}/chart" '
                f'Target="../charts/chart{number}.xml"/></Relationships>'
            )
            parts[f"xl/charts/chart{number}.xml"] = options["chart"]
        parts[f"xl/worksheets/sheet{number}.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}" xmlns:r="{REL}">'
            + (f"<cols>{cols}</cols>" if cols else "")
            + f"<sheetData>{''.join(xml_rows)}</sheetData>{drawing}</worksheet>"
        )
        overrides.append(
            f'<Override PartName="/xl/worksheets/sheet{number}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        )
        state = f' state="{options["state"]}"' if options.get("state") else ""
        workbook_sheets.append(
            f'<sheet name="{escape(name)}" sheetId="{number}"{state} r:id="rId{number}"/>'
        )
        workbook_rels.append(
            f'<Relationship Id="rId{number}" Type="{REL}/worksheet" '
            f'Target="worksheets/sheet{number}.xml"/>'
        )
    n = len(sheets)
    workbook_rels.append(
        f'<Relationship Id="rId{n + 1}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    )
    workbook_rels.append(f'<Relationship Id="rId{n + 2}" Type="{REL}/styles" Target="styles.xml"/>')
    pr = '<workbookPr date1904="1"/>' if date1904 else ""
    parts["xl/workbook.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">{pr}'
        f"<sheets>{''.join(workbook_sheets)}</sheets></workbook>"
    )
    parts["xl/_rels/workbook.xml.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
        f"{''.join(workbook_rels)}</Relationships>"
    )
    parts["xl/sharedStrings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
        + "</sst>"
    )
    numfmts = "".join(
        f'<numFmt numFmtId="{164 + i}" formatCode="{escape(code, {chr(34): "&quot;"})}"/>'
        for i, code in enumerate(formats)
    )
    xfs = '<xf numFmtId="0"/>' + "".join(f'<xf numFmtId="{164 + i}"/>' for i in range(len(formats)))
    parts["xl/styles.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
        + (f"<numFmts>{numfmts}</numFmts>" if numfmts else "")
        + f"<cellXfs>{xfs}</cellXfs></styleSheet>"
    )
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(overrides)
        + "</Types>"
    )
    parts["_rels/.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data)
    return path
