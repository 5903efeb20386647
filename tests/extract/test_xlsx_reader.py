"""XLSX reader: workbooks built here as Excel writes them (``tests/xlsxmake.py``), one
saved by LibreOffice Calc (``tests/fixtures/xlsx``), and broken ones."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from checker.errors import InputError
from checker.extract import detect_format, extract
from checker.extract.xlsx_reader import MAX_CELLS, column_index, excel_date, format_number
from checker.isolate import extract_isolated
from checker.model import BlockKind
from tests.xlsxmake import Cell, make_xlsx

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xlsx"

EURO, PERCENT, DAY = 1, 2, 3
FORMATS = ['#,##0\\ "€"', "0.0%", "dd/mm/yyyy"]


def visible(document):
    return [(b.kind, b.text) for b in document.blocks if not b.hidden]


def test_number_formats_as_excel_shows_them_in_french() -> None:
    assert format_number(12500, '#,##0\\ "€"') == "12 500 €"
    assert format_number(1250.5, "#,##0.00 [$€-40C]") == "1 250,50 €"
    assert format_number(0.034, "0.0%") == "3,4 %"
    assert format_number(0.25, "0%") == "25 %"
    assert format_number(-42.5, "#,##0.00;[Red]-#,##0.00") == "-42,50"
    assert format_number(0.1 + 0.2, "General") == "0,3"
    assert format_number(1234567, "General") == "1234567"
    assert format_number(46100, "dd/mm/yyyy") == "19/03/2026"
    assert format_number(46100, "mmm-yy") == "19/03/2026"
    assert format_number(0.5, "h:mm") == "12:00"
    assert format_number(float("nan"), "General") == ""
    assert excel_date(1) is not None and excel_date(1).isoformat() == "1900-01-01"
    assert excel_date(0, date1904=True).isoformat() == "1904-01-01"
    assert column_index("A") == 0 and column_index("AB") == 27


def test_sheets_are_sections_and_regions_are_tables_or_text(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "annexes.xlsx",
        [
            (
                "Budget",
                [
                    ["Budget prévisionnel de la refonte"],
                    [],
                    ["Poste", None, "Montant", "Part"],
                    ["Refonte du site", None, Cell(12500, style=EURO), Cell(0.625, style=PERCENT)],
                    ["Publicité", None, Cell(7500, style=EURO), Cell(0.375, style=PERCENT)],
                    ["Total", None, Cell(20000, formula="SUM(C4:C5)", style=EURO)],
                    ["Source : devis de l'agence, janvier 2026"],
                ],
            ),
            (
                "Commentaires",
                [
                    ["Le budget reste sous le plafond fixé par la gérante."],
                    ["La publicité est concentrée sur le printemps."],
                ],
            ),
        ],
        formats=FORMATS,
    )
    document = extract(path)
    assert visible(document) == [
        (BlockKind.HEADING, "Budget"),
        (BlockKind.HEADING, "Budget prévisionnel de la refonte"),
        (
            BlockKind.TABLE,
            "Poste | Montant | Part\nRefonte du site | 12 500 € | 62,5 %\n"
            "Publicité | 7 500 € | 37,5 %\nTotal | 20 000 € | ",
        ),
        (BlockKind.PARAGRAPH, "Source : devis de l'agence, janvier 2026"),
        (BlockKind.HEADING, "Commentaires"),
        (BlockKind.PARAGRAPH, "Le budget reste sous le plafond fixé par la gérante."),
        (BlockKind.PARAGRAPH, "La publicité est concentrée sur le printemps."),
    ]
    title, table = document.blocks[1], document.blocks[2]
    assert title.level == 2 and title.confidence < 1  # inferred from its place
    assert table.location.section == ("Budget", "Budget prévisionnel de la refonte")
    assert table.location.page is None  # a workbook has sheets, not pages
    assert document.health.pages == 2 and document.health.tables == 1
    assert document.blocks[5].location.section == ("Commentaires",)


def test_a_long_line_or_a_figure_above_a_table_is_not_its_title(tmp_path: Path) -> None:
    long_line = (
        "Ce tableau reprend les coûts de la campagne de printemps poste par poste, "
        "hors taxes et hors frais bancaires."
    )
    path = make_xlsx(
        tmp_path / "t.xlsx",
        [
            (
                "Feuil1",
                [[long_line], ["Levier", "Coût"], ["SEA", 300], ["Emailing", 80], [], ["1250"]],
            )
        ],
    )
    kinds = [kind for kind, _ in visible(extract(path))]
    assert kinds == [BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH]


def test_strings_booleans_errors_and_formulas_without_a_value(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "t.xlsx",
        [
            (
                "Suivi",
                [
                    ["Action", "Faite", "Taux"],
                    [
                        Cell("Mise en ligne", inline=True),
                        Cell(1, kind="b"),
                        Cell("#DIV/0!", kind="e"),
                    ],
                    ["Relance", Cell(0, kind="b"), Cell(None, formula="B3/C3")],
                    ["Bilan", Cell("à jour", kind="str", formula='IF(B2,"à jour","")'), None],
                ],
            )
        ],
    )
    (table,) = [b for b in extract(path).blocks if b.kind is BlockKind.TABLE]
    assert table.rows == (
        ("Action", "Faite", "Taux"),
        ("Mise en ligne", "VRAI", "#DIV/0!"),
        ("Relance", "FAUX", ""),
        ("Bilan", "à jour", ""),
    )


def test_hidden_sheets_rows_and_columns_are_hidden_text(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "t.xlsx",
        [
            (
                "KPI",
                [
                    ["Indicateur", "Mars", "Brouillon"],
                    ["Taux de conversion", 0.021, "à revoir"],
                    ["Panier moyen", 48, "?"],
                ],
                {"hidden_rows": [3], "hidden_columns": [3]},
            ),
            ("Calculs", [["Formule de calcul du ROI à compléter"]], {"state": "veryHidden"}),
        ],
    )
    document = extract(path)
    shown = [b for b in document.blocks if not b.hidden]
    assert [b.text for b in shown] == ["KPI", "Indicateur | Mars\nTaux de conversion | 0,021"]
    hidden = " ".join(b.text for b in document.blocks if b.hidden)
    assert "Panier moyen" in hidden and "à revoir" in hidden and "ROI" in hidden
    (warning,) = document.health.warnings
    assert "W305" in warning and "feuille masquée" in warning and "ligne masquée" in warning
    assert "colonne masquée" in warning


def test_a_chart_on_a_sheet_gives_its_figures(tmp_path: Path) -> None:
    from pptx.chart.data import CategoryChartData
    from pptx.chart.xmlwriter import ChartXmlWriter
    from pptx.enum.chart import XL_CHART_TYPE

    data = CategoryChartData(number_format="0%")
    data.categories = ["Avant", "Après"]
    data.add_series("Taux de rebond", (0.62, 0.41))
    chart = ChartXmlWriter(XL_CHART_TYPE.COLUMN_CLUSTERED, data).xml
    path = make_xlsx(
        tmp_path / "t.xlsx",
        [("Graphiques", [["Rebond avant et après la refonte"]], {"chart": chart})],
    )
    blocks = visible(extract(path))
    assert blocks[-2][0] is BlockKind.IMAGE
    assert blocks[-1] == (BlockKind.TABLE, "Catégorie | Taux de rebond\nAvant | 62 %\nAprès | 41 %")


def test_a_raw_export_is_read_up_to_the_cap(tmp_path: Path, monkeypatch) -> None:
    import checker.extract.xlsx_reader as reader

    monkeypatch.setattr(reader, "MAX_CELLS", 10)
    rows = [["Requête", "Clics"]] + [[f"requête {i}", i] for i in range(20)]
    document = extract(make_xlsx(tmp_path / "export.xlsx", [("Requêtes", rows)]))
    (table,) = [b for b in document.blocks if b.kind is BlockKind.TABLE]
    assert len(table.rows) == 5
    assert any("W306" in w and "« Requêtes »" in w for w in document.health.warnings)
    assert MAX_CELLS >= 10_000  # the real cap reads a real annex whole


def test_a_workbook_saved_by_libreoffice_calc() -> None:
    document = extract(FIXTURES / "budget-libreoffice.xlsx")
    assert visible(document) == [
        (BlockKind.HEADING, "budget"),
        (BlockKind.HEADING, "Budget prévisionnel 2026"),
        (
            BlockKind.TABLE,
            "Poste | Montant | Part\nRefonte du site | 12500 | 62,50 %\n"
            "Publicité en ligne | 7500 | 37,50 %\nTotal | 20000 | \n"
            "Lancement prévu | 15/03/2026 | ",
        ),
        (BlockKind.PARAGRAPH, "Source : devis de l'agence, janvier 2026"),
    ]


def test_format_detection_and_isolated_reading(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "kpi.xlsx", [("KPI", [["Indicateur", "Valeur"], ["CA", 1200]])])
    assert detect_format(path) == ("xlsx", [])
    renamed = tmp_path / "kpi.bin"
    renamed.write_bytes(path.read_bytes())
    fmt, warnings = detect_format(renamed)
    assert fmt == "xlsx" and "W301" in warnings[0]
    document = extract_isolated(path, name="kpi.xlsx")
    assert [b.text for b in document.blocks][-1] == "Indicateur | Valeur\nCA | 1200"


def test_broken_workbooks_are_clear_errors(tmp_path: Path) -> None:
    good = make_xlsx(tmp_path / "good.xlsx", [("KPI", [["a", "b"]])])
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    with pytest.raises(InputError) as caught:
        extract(broken)
    assert "E104" in str(caught.value) and "broken.xlsx" in str(caught.value)
    assert "XML invalide" in str(caught.value)
    no_workbook = tmp_path / "sans.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(no_workbook, "w") as dst:
        for item in src.infolist():
            if item.filename != "xl/workbook.xml":
                dst.writestr(item, src.read(item))
    with pytest.raises(InputError) as caught:
        extract(no_workbook)
    assert "E104" in str(caught.value) and "sans.xlsx" in str(caught.value)


def test_a_table_grouped_by_empty_rows_is_one_table(tmp_path: Path) -> None:
    rows = [
        ["Budget par levier"],
        ["Poste", "Coût", "CA attendu"],
        ["Google Ads", 3200, 9600],
        ["renfort de Noël", 300, None],
        [],
        ["Newsletter", 348, 5200],
        [],
        ["TOTAL", 3848, 14800],
        [],
        ["Source : devis de janvier"],
        [],
        ["Objectifs"],
        ["Indicateur", "Cible"],
        ["Abonnés", 900],
        [],
        [None, None, None, None, "Note", "Relu"],
        [None, None, None, None, "Gérante", "oui"],
    ]
    blocks = visible(extract(make_xlsx(tmp_path / "t.xlsx", [("Budget", rows)])))
    tables = [text for kind, text in blocks if kind is BlockKind.TABLE]
    assert tables[0] == (
        "Poste | Coût | CA attendu\nGoogle Ads | 3200 | 9600\nrenfort de Noël | 300 | \n"
        "Newsletter | 348 | 5200\nTOTAL | 3848 | 14800"
    )
    assert tables[1] == "Indicateur | Cible\nAbonnés | 900"  # its own title: a new table
    assert tables[2] == "Note | Relu\nGérante | oui"  # beyond the columns above: apart
    assert (BlockKind.HEADING, "Objectifs") in blocks
