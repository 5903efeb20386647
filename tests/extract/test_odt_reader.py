"""The ODT reader, on the committed fixtures and on one-off files.

Fixtures live in tests/fixtures/odt/ and are rebuilt by
tests/fixtures/make_odt.py (a test checks that they are up to date).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import messages as msg
from checker.errors import InputError
from checker.extract import extract, xmlsafe
from checker.extract.odt_reader import read_odt
from checker.model import BlockKind, Document, is_note
from tests.fixtures import make_odt
from tests.fixtures.make_odt import cell, h, p, write_odt

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "odt"


def read(path: Path) -> Document:
    return read_odt(path, path.name)


def kinds(document: Document) -> list[tuple[BlockKind, str]]:
    return [(block.kind, block.text) for block in document.blocks]


@pytest.fixture(scope="module")
def basic() -> Document:
    return read(FIXTURES / "basic.odt")


def test_fixtures_are_up_to_date(tmp_path: Path) -> None:
    for name, options in make_odt.FIXTURES.items():
        fresh = write_odt(tmp_path / name, **options)
        assert fresh.read_bytes() == (FIXTURES / name).read_bytes(), (
            f"{name} is stale: run python tests/fixtures/make_odt.py"
        )


def test_headings_paragraphs_and_spaces(basic: Document) -> None:
    headings = [(b.text, b.level) for b in basic.blocks if b.kind is BlockKind.HEADING]
    assert headings == [
        ("Dossier de Camille", 1),  # "Title" style
        ("Contexte du projet", 1),
        ("Analyse du marché", 2),
        ("Objectifs SMART", 3),  # short bold line: pseudo-heading
    ]
    pseudo = next(b for b in basic.blocks if b.text == "Objectifs SMART")
    assert pseudo.confidence == 0.5
    paragraph = next(b for b in basic.blocks if b.text.startswith("La boutique"))
    # text:s, text:tab and text:line-break are spaces.
    assert paragraph.text == "La boutique vend des cosmétiques bio. Elle vise les 25-35 ans."
    assert paragraph.location.section == ("Contexte du projet",)


def test_lists_with_nesting(basic: Document) -> None:
    items = [(b.text, b.level) for b in basic.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        ("Forces : marque connue", 1),
        ("Notoriété sur Instagram", 2),
        ("Faiblesses : logistique", 1),
    ]


def test_table_link_image_caption_text_box(basic: Document) -> None:
    (table,) = [b for b in basic.blocks if b.kind is BlockKind.TABLE]
    assert table.rows == (("Indicateur", "Cible"), ("Taux de conversion", "2 %"))
    # Internal links (#bookmark) are not links to the web.
    assert [(link.url, link.text) for link in basic.links] == [
        ("https://www.insee.fr/", "les chiffres de l'Insee")
    ]
    images = [b.text for b in basic.blocks if b.kind is BlockKind.IMAGE]
    assert images == ["Logo de la marque"]
    captions = [b.text for b in basic.blocks if b.kind is BlockKind.CAPTION]
    assert captions == ["Illustration 1 : logo de la marque"]
    assert (BlockKind.PARAGRAPH, "Persona : Julie, 30 ans, urbaine.") in kinds(basic)
    assert basic.health.images == 1 and basic.health.links == 1


def test_tracked_deletions_are_not_read_and_notes_are_notes(basic: Document) -> None:
    text = " ".join(b.text for b in basic.blocks)
    assert "supprimée" not in text
    assert msg.W302 in basic.health.warnings
    # The footnote follows the paragraph that calls it, as a note; its citation
    # (« 1 ») is not in that paragraph's text.
    notes = [i for i, b in enumerate(basic.blocks) if is_note(b)]
    assert [basic.blocks[i].text for i in notes] == ["Texte de la note."]
    assert basic.blocks[notes[0] - 1].text.endswith("le contexte.")
    assert basic.health.skipped == {}


def test_headers_footers_metadata_and_pages(basic: Document) -> None:
    assert kinds(basic)[:2] == [
        (BlockKind.HEADER, "Dossier professionnel – Chef de projet e-commerce"),
        (BlockKind.FOOTER, "Page 1"),
    ]
    assert basic.blocks[2].location.paragraph == 1
    assert basic.metadata == {
        "title": "Dossier professionnel",
        "author": "Camille Martin",
    }
    pages = {b.text: b.location.page for b in basic.blocks}
    assert pages["Faiblesses : logistique"] == 1
    assert pages["Objectifs SMART"] == 2  # after text:soft-page-break
    # With soft page breaks, fo:break-before is already counted by them.
    assert pages["Conclusion de la partie."] == 2
    assert all(b.location.page_estimated for b in basic.blocks)
    assert basic.health.pages == 3  # meta:page-count


def test_merged_and_nested_tables() -> None:
    document = read(FIXTURES / "merged_table.odt")
    heading, outer, inner = document.blocks
    assert heading.kind is BlockKind.HEADING
    assert outer.rows == (
        ("Canal", "", "Coût"),
        ("SEO", "Blog", "300 €"),
        ("", "Netlinking", "500 €"),
        ("Détail", "Total", "800 €"),
    )
    assert outer.text.count("SEO") == 1 and outer.text.count("Canal") == 1
    assert "Sous-poste" not in outer.text
    assert inner.kind is BlockKind.TABLE
    assert inner.rows == (("Sous-poste", "Montant"),)


def test_table_of_contents() -> None:
    document = read(FIXTURES / "toc.odt")
    assert kinds(document) == [
        (BlockKind.TOC_ENTRY, "Table des matières"),
        (BlockKind.TOC_ENTRY, "Introduction 2"),
        (BlockKind.TOC_ENTRY, "Analyse SWOT 3"),
        (BlockKind.HEADING, "Introduction"),
        (BlockKind.PARAGRAPH, "Le projet commence ici."),
        (BlockKind.HEADING, "Analyse SWOT"),
        (BlockKind.PARAGRAPH, "Forces et faiblesses."),
    ]
    assert document.blocks[-1].location.section == ("Introduction", "Analyse SWOT")


def test_hidden_text(tmp_path: Path) -> None:
    body = (
        p('<text:span text:style-name="T2">Mots-clés invisibles</text:span>')
        + p(
            'Visible <text:span text:style-name="T3">blanc</text:span>'
            '<text:span text:style-name="T4">minuscule</text:span> et fin.'
        )
        + p(
            'Condition <text:hidden-text text:condition="ooow:1" '
            'text:string-value="caché" text:is-hidden="true"/>remplie.'
        )
        + '<text:section text:name="S1" text:display="none">'
        + p("Section masquée")
        + "</text:section>"
    )
    document = read(write_odt(tmp_path / "cache.odt", body))
    assert [(b.text, b.hidden) for b in document.blocks] == [
        ("Mots-clés invisibles", True),
        ("Visible et fin.", False),
        ("Condition remplie.", False),
        ("Section masquée", True),
    ]
    warning = next(w for w in document.health.warnings if w.startswith("[W305]"))
    assert warning == msg.W305.format(
        count=4, detail="texte masqué, texte blanc sur fond blanc, texte minuscule"
    )
    assert document.health.words == 5


def test_explicit_breaks_and_word_count_without_soft_breaks(tmp_path: Path) -> None:
    words = " ".join(["mot"] * 300)
    body = p("Début.") + p("Saut de page avant.", "P2") + p(words) + p(words) + p("Fin.")
    document = read(write_odt(tmp_path / "pages.odt", body))
    assert [b.location.page for b in document.blocks] == [1, 2, 2, 2, 3]
    assert document.health.pages == 3


def test_shapes_numbered_paragraphs_and_bold_sentences(tmp_path: Path) -> None:
    body = (
        h("Partie", 1)
        + p(
            '<draw:custom-shape draw:name="Forme1">'
            + p("Texte dans une forme")
            + "</draw:custom-shape>",
            "Standard",
        )
        + '<text:numbered-paragraph text:level="2">'
        + p("Étape deux")
        + "</text:numbered-paragraph>"
        + p('<text:span text:style-name="T1">Une phrase en gras.</text:span>')
        + p('<text:span text:style-name="Strong_20_Emphasis">Titre par style</text:span>')
    )
    document = read(write_odt(tmp_path / "formes.odt", body))
    assert [(b.kind, b.text, b.level) for b in document.blocks] == [
        (BlockKind.HEADING, "Partie", 1),
        (BlockKind.PARAGRAPH, "Texte dans une forme", None),
        (BlockKind.LIST_ITEM, "Étape deux", 2),
        (BlockKind.PARAGRAPH, "Une phrase en gras.", None),
        (BlockKind.HEADING, "Titre par style", 2),
    ]


def test_table_only_with_repeated_cells(tmp_path: Path) -> None:
    body = (
        "<table:table><table:table-row>"
        + cell("A")
        + '<table:table-cell table:number-columns-repeated="2"/>'
        + cell("D")
        + '</table:table-row><table:table-row table:number-rows-repeated="500">'
        '<table:table-cell table:number-columns-repeated="4"/></table:table-row>'
        "</table:table>"
    )
    document = read(write_odt(tmp_path / "tableau.odt", body))
    (table,) = document.blocks
    assert table.rows == (("A", "", "", "D"),)


# -- errors ---------------------------------------------------------------


def test_corrupt_archive(tmp_path: Path) -> None:
    broken = tmp_path / "tronque.odt"
    broken.write_bytes((FIXTURES / "basic.odt").read_bytes()[:200])
    with pytest.raises(InputError) as caught:
        read_odt(broken, "tronque.odt")
    assert caught.value.status == "ILLISIBLE"
    assert caught.value.message.startswith("[E104] Fichier illisible : tronque.odt")
    assert str(tmp_path) not in caught.value.message


def test_missing_content(tmp_path: Path) -> None:
    path = tmp_path / "sans.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", make_odt.MIMETYPE)
        archive.writestr("styles.xml", make_odt.styles_xml())
    with pytest.raises(InputError) as caught:
        read_odt(path, "sans.odt")
    assert caught.value.status == "ILLISIBLE"
    assert "content.xml" in caught.value.message


def test_xml_syntax_error(tmp_path: Path) -> None:
    path = write_odt(tmp_path / "xml.odt", "", content=b"<office:document-content>")
    with pytest.raises(InputError) as caught:
        read_odt(path, "xml.odt")
    assert caught.value.status == "ILLISIBLE"
    assert "XML invalide dans content.xml" in caught.value.message


def test_password_protected(tmp_path: Path) -> None:
    path = write_odt(tmp_path / "secret.odt", "", content=b"\x00binary", encrypted=True)
    with pytest.raises(InputError) as caught:
        read_odt(path, "secret.odt")
    assert caught.value.status == "PROTEGE"
    assert caught.value.message == msg.E105.format(path="secret.odt")


def test_too_many_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xmlsafe, "MAX_ENTRIES", 3)
    with pytest.raises(InputError) as caught:
        read_odt(FIXTURES / "basic.odt", "basic.odt")
    assert caught.value.status == "TROP_VOLUMINEUX"


def test_through_extract_and_cli() -> None:
    from checker.cli import cli

    document = extract(FIXTURES / "toc.odt")
    assert document.kind == "odt" and document.sha256
    result = CliRunner().invoke(cli, ["extract", str(FIXTURES / "basic.odt")])
    assert result.exit_code == 0, result.output
    assert "SOMMAIRE" not in result.output
    assert "TITRE 1" in result.output and "Bilan de lecture" in result.output


CHART = (
    b'<?xml version="1.0" encoding="UTF-8"?><office:document '
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
    b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
    b"<office:body><office:chart><chart:chart><chart:plot-area/><table:table "
    b'table:name="local-table"><table:table-header-rows><table:table-row>'
    b"<table:table-cell><text:p/></table:table-cell>"
    b'<table:table-cell office:value-type="string"><text:p>Taux de retour</text:p>'
    b"</table:table-cell></table:table-row></table:table-header-rows><table:table-rows>"
    b'<table:table-row><table:table-cell office:value-type="string"><text:p>2024</text:p>'
    b'</table:table-cell><table:table-cell office:value-type="percentage" office:value="0.085">'
    b"<text:p>0.085</text:p></table:table-cell></table:table-row>"
    b'<table:table-row><table:table-cell office:value-type="string"><text:p>2025</text:p>'
    b'</table:table-cell><table:table-cell office:value-type="percentage" office:value="0.061">'
    b"<text:p>0.061</text:p></table:table-cell></table:table-row>"
    b"</table:table-rows></table:table></chart:chart></office:chart></office:body>"
    b"</office:document>"
)


def test_a_chart_gives_its_figures_as_a_table(tmp_path: Path) -> None:
    """An embedded LibreOffice chart keeps its figures in its own local table: a
    table after the paragraph that holds it; another object gives none."""
    frame = (
        '<text:p text:style-name="P1"><draw:frame draw:name="Objet1">'
        '<draw:object xlink:href="./Object 1" xlink:type="simple"/></draw:frame></text:p>'
    )
    body = p("Les retours baissent :") + frame + p("Suite.")
    path = write_odt(tmp_path / "chart.odt", body, extra={"Object 1/content.xml": CHART})
    document = read(path)
    tables = [b.rows for b in document.blocks if b.kind is BlockKind.TABLE]
    assert tables == [(("Catégorie", "Taux de retour"), ("2024", "8,5 %"), ("2025", "6,1 %"))]
    assert [b.kind for b in document.blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.IMAGE,
        BlockKind.TABLE,
        BlockKind.PARAGRAPH,
    ]
    other = CHART.replace(b"<chart:chart>", b"<chart:other>").replace(
        b"</chart:chart>", b"</chart:other>"
    )
    path = write_odt(tmp_path / "objet.odt", body, extra={"Object 1/content.xml": other})
    assert not [b for b in read(path).blocks if b.kind is BlockKind.TABLE]
