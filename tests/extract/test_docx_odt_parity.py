"""DOCX and ODT share their paragraph code (``extract/builder.py``): the same
content gives the same blocks, the same warnings and the same page estimate."""

from __future__ import annotations

from pathlib import Path

from checker import messages as msg
from checker.extract.builder import MAX_HEADING_LEVEL, WORDS_PER_PAGE
from checker.extract.docx_reader import read_docx
from checker.extract.odt_reader import read_odt
from checker.model import Document
from tests.extract.test_docx_reader import make_docx
from tests.extract.test_docx_reader import p as docx_p
from tests.fixtures.make_odt import h as odt_h
from tests.fixtures.make_odt import p as odt_p
from tests.fixtures.make_odt import write_odt


def shape(document: Document) -> list[tuple[str, str, int | None, float, bool, int | None]]:
    return [
        (b.kind.value, b.text, b.level, b.confidence, b.hidden, b.location.page)
        for b in document.blocks
    ]


def both(tmp_path: Path, docx_body: str, odt_body: str) -> tuple[Document, Document]:
    docx_path = make_docx(tmp_path, docx_body)
    odt_path = write_odt(tmp_path / "test.odt", odt_body)
    return read_docx(docx_path, "test.docx"), read_odt(odt_path, "test.odt")


def bold_odt(text: str) -> str:
    return odt_p(f'<text:span text:style-name="T1">{text}</text:span>')


def test_pseudo_heading_goes_under_the_deepest_heading(tmp_path: Path) -> None:
    # Word's deepest heading is 9; the pseudo-heading under it is level 10 in
    # both formats (one level cap, MAX_HEADING_LEVEL), not a sibling of it.
    docx, odt = both(
        tmp_path,
        docx_p("Niveau neuf", style="Heading9")
        + docx_p("Sous-partie en gras", rpr="<w:b/>")
        + docx_p("Texte de la sous-partie."),
        odt_h("Niveau neuf", 9)
        + bold_odt("Sous-partie en gras")
        + odt_p("Texte de la sous-partie."),
    )
    assert shape(docx) == shape(odt)
    pseudo = docx.blocks[1]
    assert (pseudo.level, pseudo.confidence) == (MAX_HEADING_LEVEL, 0.5)
    assert (
        docx.blocks[2].location.section
        == odt.blocks[2].location.section
        == (
            "Niveau neuf",
            "Sous-partie en gras",
        )
    )


def test_pseudo_heading_level_is_capped(tmp_path: Path) -> None:
    # ODT headings go to level 10: a pseudo-heading under one stays at 10.
    odt = read_odt(
        write_odt(tmp_path / "t.odt", odt_h("Niveau dix", 10) + bold_odt("Encore en gras")),
        "t.odt",
    )
    assert [(b.level, b.confidence) for b in odt.blocks] == [(10, 1.0), (10, 0.5)]


def test_hidden_text_is_kept_apart_with_the_same_warning(tmp_path: Path) -> None:
    docx, odt = both(
        tmp_path,
        docx_p("Mots-clés cachés", rpr="<w:vanish/>")
        + '<w:p><w:r><w:t xml:space="preserve">Texte visible </w:t></w:r>'
        '<w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>blanc</w:t></w:r></w:p>',
        odt_p('<text:span text:style-name="T2">Mots-clés cachés</text:span>')
        + odt_p('Texte visible <text:span text:style-name="T3">blanc</text:span>'),
    )
    assert shape(docx) == shape(odt)
    assert [b.hidden for b in docx.blocks] == [True, False]
    warning = msg.W305.format(count=2, detail="texte masqué, texte blanc sur fond blanc")
    assert warning in docx.health.warnings and warning in odt.health.warnings


def test_pages_are_estimated_from_words_alike(tmp_path: Path) -> None:
    words = " ".join(["mot"] * (WORDS_PER_PAGE // 2 + 10))
    docx, odt = both(
        tmp_path,
        "".join(docx_p(words) for _ in range(3)),
        "".join(odt_p(words) for _ in range(3)),
    )
    assert shape(docx) == shape(odt)
    assert [b.location.page for b in docx.blocks] == [1, 1, 2]
    assert docx.health.pages == odt.health.pages == 2


def test_bullets_typed_in_plain_paragraphs_are_list_items(tmp_path: Path) -> None:
    lines = [
        "Actions, par ordre de priorité :",
        "→ P1 — relancer les paniers abandonnés",
        "- Newsletter mensuelle",
        "• Refonte des fiches",
        "✓ Avis clients affichés",
        "-10 % sur la deuxième paire",  # a figure, not a bullet
        "— Fin de la liste",
        "*** Note de bas de page",
    ]
    docx, odt = both(
        tmp_path,
        "".join(docx_p(line) for line in lines),
        "".join(odt_p(line) for line in lines),
    )
    assert shape(docx) == shape(odt)
    kinds = [b.kind.value for b in docx.blocks]
    assert kinds == [
        "paragraph",
        "list_item",
        "list_item",
        "list_item",
        "list_item",
        "paragraph",
        "list_item",
        "paragraph",
    ]
    assert {b.confidence for b in docx.blocks if b.kind.value == "list_item"} == {0.8}


def test_a_numbered_heading_nests_under_its_parent_number_of_the_same_look() -> None:
    """« 9.1 » under « PARTIE 9 — … » typed with the same look (two bold lines, two
    « Titre 2 »): a subsection of part 9, not a part of its own; « 10. » ends part 9."""
    from checker.testing import docmark

    doc = docmark(
        "## PARTIE 9 — Sélection des partenaires\n"
        "## 9.1 Nos critères\nLa même clientèle, un panier voisin.\n"
        "## 9.2 Les partenaires retenus\nLa cave Morin et le fromager Vidal.\n"
        "## 10. Budget\nMille euros par mois.\n"
        "## Q6\n## Q6.2 — Le choix\nLa cave Morin.\n"
    )
    sections = {b.text: b.location.section for b in doc.blocks}
    assert sections["La même clientèle, un panier voisin."] == (
        "PARTIE 9 — Sélection des partenaires",
        "9.1 Nos critères",
    )
    assert sections["La cave Morin et le fromager Vidal."][0].startswith("PARTIE 9")
    assert sections["Mille euros par mois."] == ("10. Budget",)
    assert sections["La cave Morin."] == ("Q6", "Q6.2 — Le choix")


def test_a_numbered_heading_keeps_its_level_without_its_parent_or_when_nested() -> None:
    from checker.testing import docmark

    # No « 4 » heading: « 4.1 » and « 4.2 » stay where the author put them.
    flat = docmark("## 4.1 Nos cibles\nLes familles.\n## 4.2 Nos concurrents\nTrois magasins.\n")
    assert {b.text: b.location.section for b in flat.blocks}["Trois magasins."] == (
        "4.2 Nos concurrents",
    )
    # Already nested by the author: unchanged.
    nested = docmark("# 4. Stratégie\n## 4.1 Nos cibles\nLes familles.\n")
    assert {b.text: b.location.section for b in nested.blocks}["Les familles."] == (
        "4. Stratégie",
        "4.1 Nos cibles",
    )
