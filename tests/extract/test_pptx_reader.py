"""PPTX reader: presentations generated here with python-pptx, and hostile ones."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches, Pt

from checker.errors import InputError
from checker.extract import detect_format, extract
from checker.extract.pptx_reader import NOTES_STYLE, NOTES_TITLE
from checker.isolate import extract_isolated
from checker.model import BlockKind

P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"


def _png(path: Path) -> Path:
    """A 1x1 white PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    raw = chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + raw + chunk(b"IEND", b""))
    return path


def make_slides(path: Path, tmp: Path) -> Path:
    """Four slides: title, bullets + notes, SWOT table in a group, hidden slide."""
    prs = Presentation()
    title_layout, content_layout, blank = (
        prs.slide_layouts[0],
        prs.slide_layouts[1],
        prs.slide_layouts[6],
    )

    slide = prs.slides.add_slide(title_layout)
    slide.shapes.title.text = "Soutenance — Cosmétique Aurore"
    slide.placeholders[1].text = "Bloc 1 : politique de commercialisation"

    slide = prs.slides.add_slide(content_layout)
    slide.shapes.title.text = "Analyse de la concurrence"
    body = slide.placeholders[1].text_frame
    body.text = "Trois concurrents directs identifiés"
    sub = body.add_paragraph()
    sub.text = "Prix moyen 20 % plus bas"
    sub.level = 1
    run = body.add_paragraph().add_run()
    run.text = "Étude complète"
    run.hyperlink.address = "https://example.org/etude"
    slide.notes_slide.notes_text_frame.text = "Insister sur le benchmark des prix."
    box = slide.shapes.add_textbox(Inches(1), Inches(6), Inches(4), Inches(1))
    box.text_frame.text = "Source : panel 2024"
    tiny = slide.shapes.add_textbox(Inches(1), Inches(7), Inches(4), Inches(1))
    tiny.text_frame.text = "mots-clés cachés SWOT KPI ROI"
    tiny.text_frame.paragraphs[0].runs[0].font.size = Pt(1)

    slide = prs.slides.add_slide(blank)
    group = slide.shapes.add_group_shape()
    inner = group.shapes.add_group_shape()
    frame = slide.shapes.add_table(3, 2, Inches(1), Inches(1), Inches(6), Inches(2))
    inner._element.append(frame._element)  # python-pptx cannot add a table to a group
    table = frame.table
    for r, row in enumerate([["Forces", "Faiblesses"], ["Notoriété", "Site lent"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 0).merge(table.cell(2, 1))
    table.cell(2, 0).text = "Synthèse sur deux colonnes"
    picture = slide.shapes.add_picture(str(_png(tmp / "pixel.png")), Inches(7), Inches(5))
    picture._element.nvPicPr.cNvPr.set("descr", "Logo de la marque")
    hidden_shape = slide.shapes.add_textbox(Inches(1), Inches(5), Inches(4), Inches(1))
    hidden_shape.text_frame.text = "Texte d'une forme masquée"
    hidden_shape._element.nvSpPr.cNvPr.set("hidden", "1")

    slide = prs.slides.add_slide(content_layout)
    slide.shapes.title.text = "Diapositive de secours"
    slide.placeholders[1].text = "Calcul du ROI : 12 %"
    slide._element.set("show", "0")
    slide.notes_slide.notes_text_frame.text = "Ne pas montrer."
    prs.save(path)
    return path


@pytest.fixture(scope="module")
def slides(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("pptx")
    return make_slides(tmp / "soutenance.pptx", tmp)


@pytest.fixture(scope="module")
def document(slides):
    return extract(slides)


def _texts(document, kind=None, **where):
    out = []
    for block in document.blocks:
        if kind is not None and block.kind is not kind:
            continue
        if all(getattr(block, k) == v for k, v in where.items()):
            out.append(block.text)
    return out


def test_detected_as_pptx(slides):
    assert detect_format(slides) == ("pptx", [])


def test_slide_titles_are_headings_and_slides_are_pages(document):
    headings = [
        (b.text, b.location.page)
        for b in document.blocks
        if b.kind is BlockKind.HEADING and b.style != NOTES_STYLE and not b.hidden
    ]
    assert headings == [("Soutenance — Cosmétique Aurore", 1), ("Analyse de la concurrence", 2)]
    assert document.kind == "pptx"
    assert document.health.pages == 4
    assert all(not b.location.page_estimated for b in document.blocks)


def test_bullets_are_list_items_with_levels(document):
    items = [(b.text, b.level) for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert ("Trois concurrents directs identifiés", 1) in items
    assert ("Prix moyen 20 % plus bas", 2) in items
    subtitle = next(b for b in document.blocks if b.text.startswith("Bloc 1"))
    assert subtitle.kind is BlockKind.PARAGRAPH


def test_bullets_typed_in_a_text_box_are_list_items(tmp_path):
    """A text box (no bullet format) whose lines start with a typed « • » or « – »:
    list items, as the DOCX and ODT readers read them; other lines stay paragraphs."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    frame = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(8), Inches(4)).text_frame
    frame.text = "Mise en avant sur la boutique :"
    for line in (
        "• Badge « Nouveauté » sur les fiches",
        "– Vente croisée dans le panier",
        "•sans espace",
    ):
        frame.add_paragraph().text = line
    path = tmp_path / "puces.pptx"
    prs.save(path)
    kinds = [(b.kind, b.text) for b in extract(path).blocks]
    assert kinds == [
        (BlockKind.PARAGRAPH, "Mise en avant sur la boutique :"),
        (BlockKind.LIST_ITEM, "• Badge « Nouveauté » sur les fiches"),
        (BlockKind.LIST_ITEM, "– Vente croisée dans le panier"),
        (BlockKind.PARAGRAPH, "•sans espace"),
    ]


def _box(slide, top: float, text: str, size: int, *, bold: bool = False) -> None:
    frame = slide.shapes.add_textbox(Inches(0.5), Inches(top), Inches(9), Inches(0.8)).text_frame
    for i, line in enumerate(text.split("\n")):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold


def test_a_title_drawn_in_a_text_box_is_the_slide_heading(tmp_path):
    """A deck built on blank slides: the one line at the top in the slide's largest type
    titles the slide (inferred, as a bold line of a DOCX); body text as large as it, or
    a line lower down, titles nothing."""
    prs = Presentation()
    titled = prs.slides.add_slide(prs.slide_layouts[6])
    _box(titled, 0.3, "Benchmark — quatre concurrents lyonnais", 26, bold=True)
    _box(titled, 1.5, "Prix, délais et avis comparés\nLe moins cher livre en 72 h", 16)
    flat = prs.slides.add_slide(prs.slide_layouts[6])
    _box(flat, 0.3, "Nos ventes de mars", 18)
    _box(flat, 1.5, "Chiffre d'affaires en hausse\nPanier moyen stable", 18)
    low = prs.slides.add_slide(prs.slide_layouts[6])
    _box(low, 4.5, "Merci de votre attention", 32, bold=True)
    path = tmp_path / "zones.pptx"
    prs.save(path)
    blocks = extract(path).blocks
    heading = next(b for b in blocks if b.text.startswith("Benchmark"))
    assert heading.kind is BlockKind.HEADING and heading.level == 1 and heading.confidence < 1
    body = next(b for b in blocks if b.text.startswith("Prix, délais"))
    assert body.location.section == ("Benchmark — quatre concurrents lyonnais",)
    assert [b.kind for b in blocks if b.location.page in (2, 3)] == [BlockKind.PARAGRAPH] * 4


def test_each_slide_is_its_own_section(document):
    box = next(b for b in document.blocks if b.text == "Source : panel 2024")
    assert box.location.section == ("Analyse de la concurrence",)
    assert box.kind is BlockKind.PARAGRAPH
    table = next(b for b in document.blocks if b.kind is BlockKind.TABLE)
    assert table.location.section == ()  # slide 3 has no title
    assert table.location.page == 3


def test_table_in_nested_groups_merged_cells_once(document):
    table = next(b for b in document.blocks if b.kind is BlockKind.TABLE)
    assert table.rows == (
        ("Forces", "Faiblesses"),
        ("Notoriété", "Site lent"),
        ("Synthèse sur deux colonnes", ""),
    )


def test_picture_alt_text_and_link(document):
    assert "Logo de la marque" in _texts(document, BlockKind.IMAGE)
    assert [link.url for link in document.links] == ["https://example.org/etude"]
    assert document.links[0].location.page == 2


def test_hidden_slide_shape_and_tiny_text_never_count(document):
    hidden = {b.text for b in document.blocks if b.hidden}
    assert "Calcul du ROI : 12 %" in hidden
    assert "Diapositive de secours" in hidden
    assert "Texte d'une forme masquée" in hidden
    assert "mots-clés cachés SWOT KPI ROI" in hidden
    assert "Ne pas montrer." in hidden
    warning = next(w for w in document.health.warnings if "[W305]" in w)
    assert "diapositive masquée" in warning and "forme masquée" in warning
    assert "texte minuscule" in warning


def test_notes_are_a_separate_labelled_part(document):
    notes = [b for b in document.blocks if b.style == NOTES_STYLE]
    assert notes[0].text == NOTES_TITLE and notes[0].kind is BlockKind.HEADING
    note = next(b for b in notes if b.text == "Insister sur le benchmark des prix.")
    assert note.location.page == 2
    assert note.location.section == (NOTES_TITLE, "Diapositive 2 — Analyse de la concurrence")
    # Notes come after every slide's content.
    last_slide_block = max(b.location.index for b in document.blocks if b.style != NOTES_STYLE)
    assert min(b.location.index for b in notes) > last_slide_block


def test_isolated_reading_and_cli(slides):
    from click.testing import CliRunner

    from checker.cli import cli

    document = extract_isolated(slides, name="soutenance.pptx")
    assert document.path == "soutenance.pptx"
    assert any(b.text == "Analyse de la concurrence" for b in document.blocks)
    result = CliRunner().invoke(cli, ["extract", str(slides)])
    assert result.exit_code == 0, result.output
    assert "Analyse de la concurrence" in result.output


# -- hostile presentations ------------------------------------------------------------


def _rewrite(source: Path, target: Path, changes: dict[str, bytes | None]) -> Path:
    """A copy of the package with some members replaced (None: removed)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in changes:
                data = changes[info.filename]
                if data is not None:
                    zout.writestr(info.filename, data)
            else:
                zout.writestr(info, zin.read(info.filename))
        for name, data in changes.items():
            if name not in zin.namelist() and data is not None:
                zout.writestr(name, data)
    return target


def _error(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        extract_isolated(path, name=path.name)
    return caught.value


def test_hostile_pptx_bomb_refused_before_reading(tmp_path, slides, monkeypatch):
    import checker.isolate as isolate

    bomb = tmp_path / "bombe.pptx"
    _rewrite(slides, bomb, {"ppt/media/bomb.bin": b"\x00" * (300 * 1024 * 1024)})
    monkeypatch.setattr(isolate, "_run_child", lambda *a: pytest.fail("child started"))
    error = _error(bomb)
    assert error.status == "TROP_VOLUMINEUX"
    assert "[E108]" in error.message and "bombe.pptx" in error.message


def test_hostile_pptx_entities_never_resolved(tmp_path, slides):
    secret = tmp_path / "secret.txt"
    secret.write_text("MOT-DE-PASSE-SECRET", encoding="utf-8")
    with zipfile.ZipFile(slides) as archive:
        xml = archive.read("ppt/slides/slide2.xml").decode("utf-8")
    head, body = xml.split("?>", 1)
    doctype = f'<!DOCTYPE p:sld [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    body = body.replace("Source : panel 2024", "&xxe;")
    evil = _rewrite(
        slides,
        tmp_path / "xxe.pptx",
        {"ppt/slides/slide2.xml": (head + "?>" + doctype + body).encode("utf-8")},
    )
    try:
        document = extract_isolated(evil, name="xxe.pptx")
    except InputError as error:  # refusing the file is fine too
        assert "xxe.pptx" in error.message
        return
    assert all("MOT-DE-PASSE" not in b.text for b in document.blocks)


def test_hostile_pptx_broken_xml_is_unreadable(tmp_path, slides):
    broken = _rewrite(slides, tmp_path / "casse.pptx", {"ppt/presentation.xml": b"<p:presentation"})
    error = _error(broken)
    assert error.status == "ILLISIBLE" and "[E104]" in error.message
    assert "casse.pptx" in error.message and "Traceback" not in error.message


def test_hostile_pptx_missing_part_is_unreadable(tmp_path, slides):
    broken = _rewrite(slides, tmp_path / "trou.pptx", {"ppt/slides/slide1.xml": None})
    error = _error(broken)
    assert error.status == "ILLISIBLE" and "trou.pptx" in error.message


def test_hostile_pptx_deep_groups_are_bounded(tmp_path, slides):
    with zipfile.ZipFile(slides) as archive:
        xml = archive.read("ppt/slides/slide3.xml").decode("utf-8")
    group = (
        '<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{n}" name="g{n}"/><p:cNvGrpSpPr/><p:nvPr/>'
        "</p:nvGrpSpPr><p:grpSpPr/>"
    )
    depth = 200
    nested = "".join(group.format(n=1000 + i) for i in range(depth))
    nested += (
        '<p:sp><p:nvSpPr><p:cNvPr id="999" name="t"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
        "<p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>tout au fond</a:t></a:r></a:p>"
        "</p:txBody></p:sp>"
    ) + "</p:grpSp>" * depth
    xml = xml.replace("</p:spTree>", nested + "</p:spTree>")
    deep = _rewrite(slides, tmp_path / "profond.pptx", {"ppt/slides/slide3.xml": xml.encode()})
    document = extract_isolated(deep, name="profond.pptx")
    assert "tout au fond" not in {b.text for b in document.blocks}
    assert document.health.skipped.get("groupe de formes trop imbriqué") == 1


def _content_type(slides: Path, tmp_path: Path, name: str, new: str) -> Path:
    with zipfile.ZipFile(slides) as archive:
        types = archive.read("[Content_Types].xml").decode("utf-8")
    old = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
    assert old in types
    return _rewrite(
        slides, tmp_path / name, {"[Content_Types].xml": types.replace(old, new).encode()}
    )


def test_macro_enabled_presentation_is_read_never_run(tmp_path, slides):
    macro = _content_type(
        slides,
        tmp_path,
        "macros.pptx",
        "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
    )
    document = extract_isolated(macro, name="macros.pptx")
    assert "Analyse de la concurrence" in {b.text for b in document.blocks}


def test_slideshow_package_gets_a_french_refusal(tmp_path, slides):
    show = _content_type(
        slides,
        tmp_path,
        "diaporama.pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
    )
    error = _error(show)
    assert error.status == "NON_SUPPORTE" and "[E103]" in error.message
    assert "diaporama.pptx" in error.message


def test_check_finds_evidence_in_slides(tmp_path):
    """A SWOT table on a slide covers B1.C2.1, cited with its slide number."""
    import json

    from click.testing import CliRunner

    from checker.cli import cli

    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "Soutenance — Bloc 1"
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only
    slide.shapes.title.text = "Matrice SWOT de la Ferme des Quatre Vents"
    cells = [
        ["Forces", "Faiblesses"],
        ["Produits bio certifiés, circuit court", "Site vitrine sans paiement en ligne"],
        ["Opportunités", "Menaces"],
        ["Demande croissante de paniers locaux", "Concurrence de Potager City"],
    ]
    table = slide.shapes.add_table(4, 2, Inches(0.5), Inches(2), Inches(9), Inches(3)).table
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    folder = tmp_path / "candidat"
    folder.mkdir()
    prs.save(folder / "soutenance.pptx")
    result = CliRunner().invoke(cli, ["check", str(folder), "--bloc", "1", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["documents"][0]["kind"] == "pptx"
    swot = next(c for c in data["criteria"] if c["id"] == "B1.C2.1")
    assert swot["status"] == "covered"
    assert swot["evidence"][0]["page"] == 2
    assert swot["evidence"][0]["section"] == ["Matrice SWOT de la Ferme des Quatre Vents"]


def test_a_chart_gives_its_figures_as_a_table(tmp_path: Path) -> None:
    """A chart keeps its figures in its XML: they are read as a table under the
    chart's image (« graphique : title »), percentages as the chart shows them."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Résultats de la refonte"
    data = CategoryChartData(number_format="0.0%")
    data.categories = ["Fiche produit", "Panier", "Paiement"]
    data.add_series("Avant", (0.034, 0.52, 0.61))
    data.add_series("Après", (0.041, 0.58, 0.66))
    frame = slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(2), Inches(6), Inches(4), data
    )
    frame.chart.has_title = True
    frame.chart.chart_title.text_frame.text = "Taux de passage par étape"
    path = tmp_path / "graphique.pptx"
    prs.save(path)
    document = extract(path)
    images = [b.text for b in document.blocks if b.kind is BlockKind.IMAGE]
    assert images == ["graphique : Taux de passage par étape"]
    tables = [b.rows for b in document.blocks if b.kind is BlockKind.TABLE]
    assert tables == [
        (
            ("Catégorie", "Avant", "Après"),
            ("Fiche produit", "3,4 %", "4,1 %"),
            ("Panier", "52 %", "58 %"),
            ("Paiement", "61 %", "66 %"),
        )
    ]


def test_a_line_drawn_on_most_slides_and_the_slide_number_are_page_furniture(tmp_path: Path):
    """A deck's confidentiality line drawn in a text box on each slide (not in the footer
    placeholder) and a box holding the slide's own number are furniture; a line on one
    slide, and a figure that is not the slide's number, stay text."""
    prs = Presentation()
    layout = prs.slide_layouts[5]  # title only
    for number in range(1, 5):
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = f"Partie {number}"
        box = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(6), Inches(1))
        box.text_frame.text = "Trois leviers retenus" if number == 2 else f"{number * 100} clients"
        foot = slide.shapes.add_textbox(Inches(1), Inches(6.8), Inches(6), Inches(0.4))
        foot.text_frame.text = "Atelier Lune — pitch incubateur — 12/03/2026 — confidentiel"
        num = slide.shapes.add_textbox(Inches(9), Inches(6.8), Inches(0.5), Inches(0.4))
        num.text_frame.text = str(number)
    path = tmp_path / "pitch.pptx"
    prs.save(str(path))
    blocks = extract(path).blocks
    footers = [b.text for b in blocks if b.kind is BlockKind.FOOTER]
    assert footers.count("Atelier Lune — pitch incubateur — 12/03/2026 — confidentiel") == 4
    assert sorted(t for t in footers if t.isdigit()) == ["1", "2", "3", "4"]
    text = [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH]
    assert "Trois leviers retenus" in text and "300 clients" in text
