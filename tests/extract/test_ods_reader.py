"""ODS reader: a workbook saved by LibreOffice Calc (``tests/fixtures/xlsx``) and
workbooks written here as Calc lays out ``content.xml``."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from checker.errors import InputError
from checker.extract import detect_format, extract
from checker.isolate import extract_isolated
from checker.model import BlockKind

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xlsx"

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
)


def cell(text: str = "", repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if not text:
        return f"<table:table-cell{rep}/>"
    return (
        f'<table:table-cell office:value-type="string"{rep}>'
        f"<text:p>{text}</text:p></table:table-cell>"
    )


def row(*cells: str, repeat: int = 1, hidden: bool = False) -> str:
    attrs = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    attrs += ' table:visibility="collapse"' if hidden else ""
    return f"<table:table-row{attrs}>{''.join(cells)}</table:table-row>"


def write_ods(path: Path, tables: str, styles: str = "") -> Path:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("content.xml", content)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
        )
    return path


def visible(document):
    return [(b.kind, b.text) for b in document.blocks if not b.hidden]


def test_a_workbook_saved_by_libreoffice_calc() -> None:
    document = extract(FIXTURES / "budget-libreoffice.ods")
    blocks = visible(document)
    assert blocks[0] == (BlockKind.HEADING, "budget")
    assert blocks[1] == (BlockKind.HEADING, "Budget prévisionnel 2026")
    kind, table = blocks[2]
    assert kind is BlockKind.TABLE
    assert table.splitlines()[0] == "Poste | Montant | Part"
    assert "Total | 20000" in table  # a formula read by the result Calc shows
    assert blocks[3] == (BlockKind.PARAGRAPH, "Source : devis de l'agence, janvier 2026")
    assert document.health.pages == 1


def test_sheets_repeats_and_hidden_parts(tmp_path: Path) -> None:
    styles = (
        '<style:style style:name="ta2" style:family="table">'
        '<style:table-properties table:display="false"/></style:style>'
    )
    tables = (
        '<table:table table:name="Budget">'
        '<table:table-column table:number-columns-repeated="2"/>'
        '<table:table-column table:visibility="collapse"/>'
        '<table:table-column table:number-columns-repeated="1021"/>'
        + row(cell("Poste"), cell("Montant"), cell("Brouillon"), cell(repeat=1021))
        + row(cell("Refonte"), cell("12 500 €"), cell("à revoir"), cell(repeat=1021))
        + row(cell("Publicité"), cell("7 500 €"), cell(), cell(repeat=1021), hidden=True)
        + row(cell(repeat=1024), repeat=1048570)
        + "</table:table>"
        '<table:table table:name="Planning">'
        + row(cell("Tâche"), cell("S1"), cell("S2"))
        + row(cell("Tournage"), cell("x"), cell(), repeat=2)
        + "</table:table>"
        '<table:table table:name="Notes" table:style-name="ta2">'
        + row(cell("Formule du ROI à compléter"))
        + "</table:table>"
    )
    document = extract(write_ods(tmp_path / "annexe.ods", tables, styles))
    assert visible(document) == [
        (BlockKind.HEADING, "Budget"),
        (BlockKind.TABLE, "Poste | Montant\nRefonte | 12 500 €"),
        (BlockKind.HEADING, "Planning"),
        (BlockKind.TABLE, "Tâche | S1 | S2\nTournage | x | \nTournage | x | "),
    ]
    hidden = " ".join(b.text for b in document.blocks if b.hidden)
    assert "Publicité" in hidden and "à revoir" in hidden and "ROI" in hidden
    (warning,) = document.health.warnings
    assert "W305" in warning and "feuille masquée" in warning and "ligne masquée" in warning
    assert document.health.pages == 3


def test_format_detection_isolation_and_broken_files(tmp_path: Path) -> None:
    path = write_ods(
        tmp_path / "kpi.ods",
        '<table:table table:name="KPI">' + row(cell("a"), cell("b")) + "</table:table>",
    )
    assert detect_format(path) == ("ods", [])
    assert extract_isolated(path, name="kpi.ods").blocks[-1].text == "a | b"
    broken = tmp_path / "broken.ods"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[: len(data) // 2] if item.filename == "content.xml" else data)
    with pytest.raises(InputError) as caught:
        extract(broken)
    assert "E104" in str(caught.value) and "broken.ods" in str(caught.value)
