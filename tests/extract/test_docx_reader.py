"""The DOCX reader: structure, hidden content, links, pages and errors.

Test files are built with python-docx, then raw WordprocessingML is put in
their body for what python-docx cannot write (text boxes, content controls,
tracked changes, fields, hidden runs...).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from checker import messages as msg
from checker.errors import InputError
from checker.extract import builder, xmlsafe
from checker.extract.docx_reader import parse_field, read_docx
from checker.model import BlockKind, Document, is_note

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
}
DECL = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items())

Body = str | Callable[[docx.document.Document], str]


def fragment(xml: str) -> list[etree._Element]:
    """Elements parsed from a WordprocessingML fragment (any prefix above)."""
    return list(etree.fromstring(f"<root {DECL}>{xml}</root>"))


def make_docx(
    tmp_path: Path,
    body: Body = "",
    *,
    build: Callable[[docx.document.Document], None] | None = None,
    styles: str = "",
    name: str = "test.docx",
) -> Path:
    """A DOCX: python-docx's template, ``build`` applied, raw ``body`` added."""
    document = docx.Document()
    if build is not None:
        build(document)
    for element in fragment(styles):
        document.styles.element.append(element)
    xml = body(document) if callable(body) else body
    section = document.element.body.find(qn("w:sectPr"))
    for element in fragment(xml):
        section.addprevious(element)
    path = tmp_path / name
    document.save(path)
    return path


def read(path: Path) -> Document:
    return read_docx(path, path.name)


def blocks(document: Document, *kinds: BlockKind) -> list[tuple[BlockKind, str]]:
    return [
        (block.kind, block.text) for block in document.blocks if not kinds or block.kind in kinds
    ]


def p(text: str, *, style: str | None = None, ppr: str = "", rpr: str = "") -> str:
    """A paragraph with one run."""
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    run_props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f"<w:p><w:pPr>{style_xml}{ppr}</w:pPr>"
        f'<w:r>{run_props}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    )


def rename_style(document: docx.document.Document, old: str, new: str) -> None:
    """Give a style a localised id, as a French Word does ("Titre1")."""
    for style in document.styles.element.iter(qn("w:style")):
        if style.get(qn("w:styleId")) == old:
            style.set(qn("w:styleId"), new)
        based = style.find(qn("w:basedOn"))
        if based is not None and based.get(qn("w:val")) == old:
            based.set(qn("w:val"), new)


# -- structure ----------------------------------------------------------------


def test_headings_come_from_style_names_not_localised_ids(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        rename_style(document, "Heading1", "Titre1")
        rename_style(document, "Heading2", "berschrift2")
        # Without an outline level, the built-in name alone decides.
        for style in document.styles.element.iter(qn("w:style")):
            if style.get(qn("w:styleId")) == "berschrift2":
                for outline in style.iter(qn("w:outlineLvl")):
                    outline.getparent().remove(outline)

    styles = (
        '<w:style w:type="paragraph" w:styleId="Titre3"><w:name w:val="Titre 3"/>'
        '<w:basedOn w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="MonTitre"><w:name w:val="Mon titre"/>'
        '<w:basedOn w:val="Titre1"/></w:style>'
    )
    body = (
        p("Contexte", style="Titre1")
        + p("Marché", style="berschrift2")
        + p("Pas un titre malgré son identifiant", style="Titre3")
        + p("Hérite du titre 1", style="MonTitre")
        + p("Le dossier", style="Title")
        + p("Niveau direct", ppr='<w:outlineLvl w:val="2"/>')
        + p("Corps explicite.", style="Titre1", ppr='<w:outlineLvl w:val="9"/>')
    )
    document = read(make_docx(tmp_path, body, build=build, styles=styles))
    got = [(b.kind, b.text, b.level) for b in document.blocks]
    assert got == [
        (BlockKind.HEADING, "Contexte", 1),
        (BlockKind.HEADING, "Marché", 2),
        (BlockKind.PARAGRAPH, "Pas un titre malgré son identifiant", None),
        (BlockKind.HEADING, "Hérite du titre 1", 1),
        (BlockKind.HEADING, "Le dossier", 1),
        (BlockKind.HEADING, "Niveau direct", 3),
        (BlockKind.PARAGRAPH, "Corps explicite.", None),
    ]
    assert document.blocks[2].location.section == ("Contexte", "Marché")
    assert document.blocks[0].style == "heading 1"


def test_table_of_contents_entries(tmp_path: Path) -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="TM1"><w:name w:val="toc 1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="TM2"><w:name w:val="toc 2"/></w:style>'
    )
    body = (
        p("Sommaire", style="TOCHeading")
        + p("1. Contexte\t3", style="TM1")
        + p("1.1 Marché\t4", style="TM2")
        # A content control of the "Table of Contents" gallery.
        + '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "</w:docPartObj></w:sdtPr><w:sdtContent>"
        + p("Analyse SWOT\t7")
        + "</w:sdtContent></w:sdt>"
        # A TOC field over two paragraphs, without toc styles.
        + '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Budget 9</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>Planning 10</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        + p("Stratégie digitale ........ 12")
        + p("Un vrai paragraphe après le sommaire.")
    )
    document = read(make_docx(tmp_path, body, styles=styles))
    toc = [b for b in document.blocks if b.kind is BlockKind.TOC_ENTRY]
    assert [b.text for b in toc] == [
        "Sommaire",
        "1. Contexte 3",
        "1.1 Marché 4",
        "Analyse SWOT 7",
        "Budget 9",
        "Planning 10",
        "Stratégie digitale ........ 12",
    ]
    assert toc[2].level == 2
    assert document.blocks[-1].kind is BlockKind.PARAGRAPH
    assert "TOC" not in " ".join(b.text for b in document.blocks)


def test_contents_typed_by_hand_with_its_part_lines_in_bold(tmp_path: Path) -> None:
    # « Sommaire » and its part lines in bold, their sections in plain text, each with
    # its page number: all entries of the contents, not headings nor paragraphs.
    bold = "<w:b/>"
    body = (
        p("Sommaire", rpr=bold)
        + p("Partie 1 — Stratégie webmarketing 4", rpr=bold)
        + p("1.3 Benchmark de quatre concurrents 4")
        + p("1.4 SWOT et décisions 5")
        + p("Partie 2 — Animer les ventes 9", rpr=bold)
        + p("2.1 La campagne Fête des pères 9")
        + p("Introduction", style="Heading1")
        + p("Le benchmark porte sur quatre concurrents.")
    )
    document = read(make_docx(tmp_path, body))
    kinds = [b.kind for b in document.blocks]
    toc = BlockKind.TOC_ENTRY
    assert kinds == [
        BlockKind.HEADING,
        toc,
        toc,
        toc,
        toc,
        toc,
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
    ]
    assert document.blocks[-1].location.section == ("Introduction",)


def test_short_bold_line_is_a_pseudo_heading(tmp_path: Path) -> None:
    bold = "<w:b/>"
    body = (
        p("Partie A", style="Heading1")
        + p("Analyse de la concurrence", rpr=bold)
        + p("Texte du paragraphe qui suit.")
        + p("Une phrase en gras qui finit par un point.", rpr=bold)
        + p("Liste des points :", rpr=bold)
        + p(" ".join(["mot"] * 13), rpr=bold)
        + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Moitié </w:t></w:r>"
        "<w:r><w:t>en gras</w:t></w:r></w:p>"
    )
    document = read(make_docx(tmp_path, body))
    pseudo = document.blocks[1]
    assert (pseudo.kind, pseudo.level, pseudo.confidence) == (
        BlockKind.HEADING,
        2,
        0.5,
    )
    assert document.blocks[2].location.section == (
        "Partie A",
        "Analyse de la concurrence",
    )
    assert [b.kind for b in document.blocks[3:]] == [BlockKind.PARAGRAPH] * 4


def test_a_line_in_capitals_or_a_slide_title_is_a_pseudo_heading(tmp_path: Path) -> None:
    lines = [
        "ANALYSE DE LA CONCURRENCE",
        "Texte sous le titre.",
        "Slide 4 – Nos leviers",
        "SEO / SEA",
        "UNE PHRASE EN CAPITALES QUI FINIT PAR UN POINT.",
        "Diapositive 2 : le panier",
    ]
    document = read(make_docx(tmp_path, "".join(p(line) for line in lines)))
    kinds = [b.kind for b in document.blocks]
    heading, para = BlockKind.HEADING, BlockKind.PARAGRAPH
    assert kinds == [heading, para, heading, para, para, heading]
    assert document.blocks[1].location.section == ("ANALYSE DE LA CONCURRENCE",)


def test_the_subject_line_of_a_letter_or_an_e_mail_titles_what_follows(tmp_path: Path) -> None:
    lines = [
        "Objet : rentabilité de la campagne de printemps",
        "Madame la Présidente, voici le bilan de la campagne.",
        "Objet : paiement sur le site — tu peux t'en occuper ?",
        "Objet : une phrase entière qui finit par un point.",
        "Objet : résultats du programme de visibilité sur les moteurs de recherche (oct. – avril)",
        "Objet : mise en production de la solution de paiement Monetico, contrat signé avec la "
        "banque le 14 janvier, sur la boutique Magento et ses deux sites régionaux",
    ]
    document = read(make_docx(tmp_path, "".join(p(line) for line in lines)))
    kinds = [b.kind for b in document.blocks]
    heading, para = BlockKind.HEADING, BlockKind.PARAGRAPH
    assert kinds == [heading, para, para, para, heading, para]
    assert document.blocks[1].location.section == (lines[0],)


def test_exam_question_numbers_are_headings_whatever_the_font(tmp_path: Path) -> None:
    body = (
        p("Q1.1 Persona de la cible")
        + p("Léa, 34 ans, achète ses thés le soir sur mobile.")
        + p("Question 2 – Le benchmark ?")
        + p("Trois concurrents comparés sur le prix et la livraison.")
        + p("Q2.2 : Léa a 34 ans, elle achète surtout le soir")  # an answer, not a title
        + p("Quantité commandée par mois")
        + p("Q3.1")  # the number alone on its line
        + p("Nos fiches produits ont été réécrites en mars.")
    )
    document = read(make_docx(tmp_path, body))
    kinds = [(b.kind, b.text[:12]) for b in document.blocks]
    assert kinds == [
        (BlockKind.HEADING, "Q1.1 Persona"),
        (BlockKind.PARAGRAPH, "Léa, 34 ans,"),
        (BlockKind.HEADING, "Question 2 –"),
        (BlockKind.PARAGRAPH, "Trois concur"),
        (BlockKind.PARAGRAPH, "Q2.2 : Léa a"),
        (BlockKind.PARAGRAPH, "Quantité com"),
        (BlockKind.HEADING, "Q3.1"),
        (BlockKind.PARAGRAPH, "Nos fiches p"),
    ]
    assert document.blocks[1].location.section == ("Q1.1 Persona de la cible",)


def test_a_school_question_asked_or_in_bold_is_a_heading_whatever_its_length(
    tmp_path: Path,
) -> None:
    asked = (
        "Q2.14. Quels moyens de paiement sont proposés sur le site ? Fonctionnent-ils sur "
        "tous les appareils ? Donnent-ils confiance aux clients ?"
    )
    ordered = (
        "Q3.3. Expliquez votre méthode pour construire une page produit ou une page d'offre, "
        "étape par étape, avec un exemple."
    )
    answer = "Q2.2 : Léa a 34 ans, elle achète surtout le soir, sur son téléphone."
    body = (
        p(asked)
        + p("Réponse : Stripe pour la carte, avec 3-D Secure.")
        + p(ordered, rpr="<w:b/>")
        + p("Réponse : ma méthode en cinq étapes.")
        + p(answer)  # an answer on the question's line: no question asked, not in bold
        + p(ordered)  # the same order, neither asked nor in bold: a paragraph
    )
    document = read(make_docx(tmp_path, body))
    kinds = [b.kind for b in document.blocks]
    heading, para = BlockKind.HEADING, BlockKind.PARAGRAPH
    assert kinds == [heading, para, heading, para, para, para]
    assert document.blocks[1].location.section == (asked,)


def numpr(level: int, num_id: int) -> str:
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


def test_list_items_with_levels(tmp_path: Path) -> None:
    body = (
        p("Puce par style", style="ListBullet")
        + p("Puce niveau 2 par style", style="ListBullet2")
        + p("Paragraphe de liste", style="ListParagraph")
        + p("Numérotée niveau 2", ppr=numpr(1, 1))
        + p("Numérotation retirée", ppr=numpr(0, 0))
        + p("Légende : figure 1", style="Caption")
        + '<w:p><w:r><w:t xml:space="preserve">Tableau </w:t></w:r>'
        '<w:fldSimple w:instr=" SEQ Tableau \\* ARABIC "><w:r><w:t>2</w:t></w:r></w:fldSimple>'
        '<w:r><w:t xml:space="preserve"> : budget</w:t></w:r></w:p>'
    )
    document = read(make_docx(tmp_path, body))
    got = [(b.kind, b.level) for b in document.blocks]
    assert got == [
        (BlockKind.LIST_ITEM, 1),
        (BlockKind.LIST_ITEM, 2),
        (BlockKind.LIST_ITEM, 1),
        (BlockKind.LIST_ITEM, 2),
        (BlockKind.PARAGRAPH, None),
        (BlockKind.CAPTION, None),
        (BlockKind.CAPTION, None),
    ]
    assert document.blocks[-1].text == "Tableau 2 : budget"


def test_paragraphs_numbered_by_hand_are_a_list(tmp_path: Path) -> None:
    # « 1. », « a) », « Étape 1 : », « P1 — » typed at the start of consecutive
    # paragraphs, numbered 1, 2… in one style: a list without Word's numbering.
    lines = [
        "Nos priorités :",
        "1. Refaire la fiche produit",
        "2. Relancer les paniers",
        "Étape 1 : audit du site",
        "Étape 2 : choix des mots-clés",
        "Étape 3 : rédaction",
        "P1 — corriger le tunnel",
        "Une phrase seule.",
        "2. Un numéro seul ne fait pas de liste.",
        "a) Contexte :",
        "b) Objectifs : vendre 40 paniers",
        "1.5 million de visites, 12 % de plus.",
        "3) Trois sans un ni deux.",
    ]
    document = read(make_docx(tmp_path, "".join(p(line) for line in lines)))
    got = [(b.kind, b.text) for b in document.blocks]
    item, para = BlockKind.LIST_ITEM, BlockKind.PARAGRAPH
    assert [kind for kind, _ in got] == [
        para,
        item,
        item,
        item,
        item,
        item,
        para,
        para,
        para,
        para,
        para,
        para,
        para,
    ]
    assert got[1] == (item, "1. Refaire la fiche produit")
    # The health record counts what the Document holds.
    assert document.health.blocks_by_kind["list_item"] == 5


def test_subsections_and_ranked_items_typed_by_hand(tmp_path: Path) -> None:
    # « 2.1 … 2.2 … » in a row, and « Priorité 1 (quick win) : », are lists; a numbered
    # line followed by its own items (« 4.2 Mesures proposées. » then « a) … ») titles them.
    lines = [
        "2.1 Refaire les titles des fiches",
        "2.2 Créer un blog de conseils",
        "Priorité 1 (quick win) : corriger le tunnel",
        "Priorité 2 (moyen terme) : lancer la newsletter",
        "4.1 Constat au 30 septembre : dépenses à 9 400 €.",
        "4.2 Mesures proposées au bureau.",
        "a) Geler les campagnes Meta",
        "b) Lancer la précommande",
    ]
    document = read(make_docx(tmp_path, "".join(p(line) for line in lines)))
    item, para = BlockKind.LIST_ITEM, BlockKind.PARAGRAPH
    assert [b.kind for b in document.blocks] == [item, item, item, item, para, para, item, item]


# -- text boxes, shapes, content controls --------------------------------------

TEXTBOX = (
    '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
    '<wp:anchor><wp:docPr id="1" name="Zone de texte 1"/><a:graphic><a:graphicData '
    'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    "<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>"
    "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}"
    "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
    "</mc:AlternateContent></w:r></w:p>"
)


def test_document_with_text_only_in_text_boxes(tmp_path: Path) -> None:
    inner = p("Persona : Julie, 34 ans", style="Heading2") + p("Elle achète en ligne.")
    document = read(make_docx(tmp_path, TEXTBOX.format(inner=inner)))
    assert blocks(document) == [
        (BlockKind.HEADING, "Persona : Julie, 34 ans"),
        (BlockKind.PARAGRAPH, "Elle achète en ligne."),
    ]
    assert document.health.images == 0


def test_fallback_is_read_when_there_is_no_choice(tmp_path: Path) -> None:
    body = (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"/>'
        "<mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent>"
        + p("Texte de la forme VML")
        + "</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    assert blocks(read(make_docx(tmp_path, body))) == [
        (BlockKind.PARAGRAPH, "Texte de la forme VML")
    ]


def test_content_controls_block_and_inline(tmp_path: Path) -> None:
    body = (
        "<w:sdt><w:sdtPr><w:alias w:val='Objectifs'/></w:sdtPr><w:sdtContent>"
        + p("Objectif : doubler le trafic organique.")
        + "</w:sdtContent></w:sdt>"
        '<w:p><w:r><w:t xml:space="preserve">Budget : </w:t></w:r>'
        "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>12 000 €</w:t></w:r></w:sdtContent>"
        "</w:sdt></w:p>"
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        + p("Cliquez ici pour entrer du texte.")
        + "</w:sdtContent></w:sdt>"
    )
    assert blocks(read(make_docx(tmp_path, body))) == [
        (BlockKind.PARAGRAPH, "Objectif : doubler le trafic organique."),
        (BlockKind.PARAGRAPH, "Budget : 12 000 €"),
    ]


# -- tables -------------------------------------------------------------------


def tc(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{p(text)}</w:tc>"


def test_merged_cells_are_not_duplicated(tmp_path: Path) -> None:
    body = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr>" + tc("Canal", '<w:gridSpan w:val="2"/>') + tc("Coût") + "</w:tr>"
        "<w:tr>"
        + tc("SEO", '<w:vMerge w:val="restart"/>')
        + tc("Blog")
        + tc("300")
        + "</w:tr><w:tr>"
        + tc("SEO", "<w:vMerge/>")
        + tc("Netlinking")
        + tc("500")
        + "</w:tr></w:tbl>"
    )
    document = read(make_docx(tmp_path, body))
    (table,) = document.blocks
    assert table.rows == (
        ("Canal", "", "Coût"),
        ("SEO", "Blog", "300"),
        ("", "Netlinking", "500"),
    )
    assert table.text.count("SEO") == 1
    assert table.text.count("Canal") == 1


def test_nested_table_is_its_own_block(tmp_path: Path) -> None:
    nested = (
        "<w:tbl><w:tr>"
        + tc("KPI")
        + tc("Cible")
        + "</w:tr><w:tr>"
        + tc("Taux de conversion")
        + tc("2 %")
        + "</w:tr></w:tbl>"
    )
    body = (
        "<w:tbl><w:tr>" + tc("Objectif") + tc("Indicateurs") + "</w:tr>"
        "<w:tr>"
        + tc("Vendre plus")
        + "<w:tc>"
        + p("Voir détail :")
        + nested
        + p("")
        + "</w:tc></w:tr></w:tbl>"
    )
    document = read(make_docx(tmp_path, body))
    outer, inner = document.blocks
    assert outer.rows == (("Objectif", "Indicateurs"), ("Vendre plus", "Voir détail :"))
    assert inner.kind is BlockKind.TABLE
    assert inner.rows == (("KPI", "Cible"), ("Taux de conversion", "2 %"))
    assert inner.location.index > outer.location.index
    assert "Taux de conversion" not in outer.text


def test_document_that_is_only_a_table(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        table = document.add_table(rows=2, cols=2)
        for (row, col), text in {
            (0, 0): "Persona",
            (0, 1): "Besoin",
            (1, 0): "Julie",
            (1, 1): "Livraison rapide",
        }.items():
            table.cell(row, col).text = text

    document = read(make_docx(tmp_path, build=build))
    assert [b.kind for b in document.blocks] == [BlockKind.TABLE]
    assert document.blocks[0].rows[1] == ("Julie", "Livraison rapide")
    assert "Livraison rapide" in document.blocks[0].text


# -- links --------------------------------------------------------------------


def test_hyperlinks_relationship_and_fields(tmp_path: Path) -> None:
    def body(document: docx.document.Document) -> str:
        rel = document.part.relate_to("https://www.exemple.fr/", RT.HYPERLINK, True)
        return (
            f'<w:p><w:r><w:t xml:space="preserve">Voir </w:t></w:r><w:hyperlink r:id="{rel}">'
            "<w:r><w:t>notre site</w:t></w:r></w:hyperlink></w:p>"
            '<w:p><w:fldSimple w:instr=" HYPERLINK &quot;https://simple.fr&quot; ">'
            "<w:r><w:t>champ simple</w:t></w:r></w:fldSimple></w:p>"
            '<w:p><w:r><w:t xml:space="preserve">Lien : </w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://complexe.fr/page" '
            '\\o "infobulle" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            "<w:r><w:t>champ complexe</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
            '<w:p><w:hyperlink w:anchor="_Toc1"><w:r><w:t>Lien interne</w:t></w:r>'
            "</w:hyperlink></w:p>"
        )

    document = read(make_docx(tmp_path, body))
    assert [(link.url, link.text) for link in document.links] == [
        ("https://www.exemple.fr/", "notre site"),
        ("https://simple.fr", "champ simple"),
        ("https://complexe.fr/page", "champ complexe"),
    ]
    texts = [b.text for b in document.blocks]
    assert texts == ["Voir notre site", "champ simple", "Lien : champ complexe", "Lien interne"]
    assert document.links[2].location.index == 2
    assert all("HYPERLINK" not in t and "infobulle" not in t for t in texts)
    assert document.health.links == 3


def test_parse_field() -> None:
    assert parse_field(' HYPERLINK "https://a.fr" \\o "aide" ') == (
        "HYPERLINK",
        "https://a.fr",
    )
    assert parse_field('HYPERLINK \\l "_Toc12"') == ("HYPERLINK", None)
    assert parse_field("HYPERLINK https://b.fr") == ("HYPERLINK", "https://b.fr")
    assert parse_field(" PAGEREF _Toc1 \\h ") == ("PAGEREF", None)


# -- tracked changes and hidden text ----------------------------------------


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Le budget est de </w:t></w:r>'
        '<w:del w:id="1" w:author="A"><w:r><w:delText>10 000</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="A"><w:r><w:t>15 000</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve"> euros.</w:t></w:r></w:p>'
        '<w:p><w:moveFrom w:id="3" w:author="A"><w:r><w:t>Ancienne place</w:t></w:r>'
        "</w:moveFrom><w:r><w:t>Suite.</w:t></w:r></w:p>"
    )
    document = read(make_docx(tmp_path, body))
    assert [b.text for b in document.blocks] == [
        "Le budget est de 15 000 euros.",
        "Suite.",
    ]
    assert msg.W302 in document.health.warnings


def test_no_tracked_change_warning_without_revisions(tmp_path: Path) -> None:
    document = read(make_docx(tmp_path, p("Texte simple.")))
    assert document.health.warnings == ()


def test_hidden_text(tmp_path: Path) -> None:
    body = (
        p("Mots-clés cachés pour tromper l'outil", rpr="<w:vanish/>")
        + '<w:p><w:r><w:t xml:space="preserve">Texte visible </w:t></w:r>'
        '<w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>blanc sur blanc</w:t></w:r>'
        '<w:r><w:rPr><w:sz w:val="2"/></w:rPr><w:t>minuscule</w:t></w:r>'
        '<w:r><w:t xml:space="preserve"> et fin.</w:t></w:r></w:p>'
        # White text on a dark cell is a normal table header.
         + '<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="1F3864"/>'
        "</w:tcPr>"
        + p("En-tête blanc", rpr='<w:color w:val="FFFFFF"/>')
        + "</w:tc></w:tr></w:tbl>"
        + p("Surligné", rpr='<w:color w:val="FFFFFF"/><w:highlight w:val="black"/>')
    )
    document = read(make_docx(tmp_path, body))
    hidden, visible, table, highlighted = document.blocks
    assert hidden.hidden and hidden.text == "Mots-clés cachés pour tromper l'outil"
    assert not visible.hidden and visible.text == "Texte visible et fin."
    assert table.rows == (("En-tête blanc",),)
    assert not highlighted.hidden
    warning = msg.W305.format(
        count=2, detail="texte masqué, texte blanc sur fond blanc, texte minuscule"
    )
    assert warning in document.health.warnings
    assert "Mots-clés" not in " ".join(b.text for b in document.blocks if not b.hidden)
    assert document.health.words == 7  # hidden blocks never count


def test_hidden_through_character_style(tmp_path: Path) -> None:
    styles = (
        '<w:style w:type="character" w:styleId="Cache"><w:name w:val="Caché"/>'
        "<w:rPr><w:vanish/></w:rPr></w:style>"
    )
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Visible </w:t></w:r>'
        '<w:r><w:rPr><w:rStyle w:val="Cache"/></w:rPr><w:t>caché</w:t></w:r></w:p>'
    )
    document = read(make_docx(tmp_path, body, styles=styles))
    assert [b.text for b in document.blocks] == ["Visible"]


# -- images, headers, notes ------------------------------------------------


def test_images_with_alt_text(tmp_path: Path) -> None:
    body = (
        '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="3" name="Image 3" '
        'descr="Parcours client"/><a:graphic><a:graphicData '
        'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
        '<pic:blipFill><a:blip r:embed="rId99"/></pic:blipFill></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
        + p("Figure suivante", style="Heading1")
        + '<w:p><w:r><w:pict><v:shape><v:imagedata r:id="rId98" o:title="Logo"/>'
        "</v:shape></w:pict></w:r></w:p>"
        '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="4" name="Image 4"/><a:graphic>'
        "<a:graphicData><pic:pic/></a:graphicData></a:graphic></wp:inline></w:drawing>"
        "</w:r></w:p>"
    )
    document = read(make_docx(tmp_path, body))
    images = [b.text for b in document.blocks if b.kind is BlockKind.IMAGE]
    assert images == ["Parcours client", "Logo", "[image]"]
    assert document.health.images == 3
    assert document.images_by_section == {
        "(début du document)": 1,
        "Figure suivante": 2,
    }


def test_headers_and_footers_come_first(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_paragraph("Corps du dossier.")
        section = document.sections[0]
        section.header.paragraphs[0].text = "Dossier professionnel – Candidat X"
        section.footer.paragraphs[0].text = "Page 1"
        document.add_section()
        document.sections[1].header.is_linked_to_previous = True

    document = read(make_docx(tmp_path, build=build))
    assert blocks(document) == [
        (BlockKind.HEADER, "Dossier professionnel – Candidat X"),
        (BlockKind.FOOTER, "Page 1"),
        (BlockKind.PARAGRAPH, "Corps du dossier."),
    ]
    assert document.blocks[2].location.paragraph == 1
    assert document.health.words == 3


FOOTNOTES = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
    "</w:footnote>"
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> Relevé de caisse du 3 mars ;</w:t></w:r></w:p>'
    "<w:p><w:r><w:t>export Shopify du même jour.</w:t></w:r></w:p></w:footnote>"
    "</w:footnotes>"
)


def with_footnotes(path: Path) -> Path:
    """``path`` with a footnotes part (note 1), as Word writes it."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    rels = "word/_rels/document.xml.rels"
    parts[rels] = parts[rels].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
        b"</Relationships>",
    )
    parts["word/footnotes.xml"] = FOOTNOTES.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


REFERRING = (
    '<w:p><w:r><w:t>Source</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
    '<w:r><w:t xml:space="preserve"> citée.</w:t></w:r></w:p>'
)


def test_footnotes_are_note_paragraphs_after_theirs(tmp_path: Path) -> None:
    body = REFERRING + p("Suite du texte.")
    document = read(with_footnotes(make_docx(tmp_path, body)))
    assert blocks(document) == [
        (BlockKind.PARAGRAPH, "Source citée."),
        (BlockKind.PARAGRAPH, "Relevé de caisse du 3 mars ; export Shopify du même jour."),
        (BlockKind.PARAGRAPH, "Suite du texte."),
    ]
    assert [is_note(b) for b in document.blocks] == [False, True, False]
    assert document.health.skipped == {}


def test_footnotes_not_found_or_in_a_table_are_counted_as_skipped(tmp_path: Path) -> None:
    document = read(make_docx(tmp_path, REFERRING))
    assert document.blocks[0].text == "Source citée."
    assert document.health.skipped == {"note de bas de page": 1}
    cell = f"<w:tbl><w:tr><w:tc>{REFERRING}</w:tc><w:tc>{p('Autre')}</w:tc></w:tr></w:tbl>"
    document = read(with_footnotes(make_docx(tmp_path, cell, name="cell.docx")))
    assert not any(is_note(b) for b in document.blocks)
    assert document.health.skipped == {"note de bas de page": 1}


def with_part(path: Path, part: str, data: bytes, rel_id: str, rel_type: str) -> Path:
    """``path`` with one more part, related to the main document as ``rel_id``."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    rels = "word/_rels/document.xml.rels"
    target = part.removeprefix("word/")
    parts[rels] = parts[rels].replace(
        b"</Relationships>",
        f'<Relationship Id="{rel_id}" Type="http://schemas.openxmlformats.org/'
        f'officeDocument/2006/relationships/{rel_type}" Target="{target}"/>'
        "</Relationships>".encode(),
    )
    parts[part] = data
    with zipfile.ZipFile(path, "w") as out:
        for name, content in parts.items():
            out.writestr(name, content)
    return path


def test_a_chart_gives_its_figures_as_a_table(tmp_path: Path) -> None:
    """A Word chart keeps its figures in its part: a table after the paragraph that
    holds it (a chart without cached figures stays an image only)."""
    from pptx.chart.data import CategoryChartData
    from pptx.chart.xmlwriter import ChartXmlWriter
    from pptx.enum.chart import XL_CHART_TYPE

    data = CategoryChartData(number_format="#,##0")
    data.categories = ["Janvier", "Février"]
    data.add_series("Commandes 2025", (412, 388.5))
    xml = ChartXmlWriter(XL_CHART_TYPE.LINE, data).xml
    chart = (
        '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="5" name="Graphique 5"/><a:graphic>'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'r:id="rIdChart"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
    )
    body = p("Les commandes du début d'année :") + chart + p("Suite.")
    path = with_part(
        make_docx(tmp_path, body), "word/charts/chart1.xml", xml.encode(), "rIdChart", "chart"
    )
    document = read(path)
    assert blocks(document) == [
        (BlockKind.PARAGRAPH, "Les commandes du début d'année :"),
        (BlockKind.IMAGE, "graphique"),
        (BlockKind.TABLE, "Catégorie | Commandes 2025\nJanvier | 412\nFévrier | 388,5"),
        (BlockKind.PARAGRAPH, "Suite."),
    ]
    # Without the chart's part, the image alone.
    document = read(make_docx(tmp_path, body, name="sans.docx"))
    assert [kind for kind, _ in blocks(document)] == [
        BlockKind.PARAGRAPH,
        BlockKind.IMAGE,
        BlockKind.PARAGRAPH,
    ]


# -- pages and metadata ---------------------------------------------------


def test_rendered_page_breaks(tmp_path: Path) -> None:
    body = (
        p("Page un.")
        + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Page deux.</w:t></w:r></w:p>"
        # A manual break is followed by the rendered one: counted once.
        + '<w:p><w:r><w:t>Fin deux</w:t></w:r><w:r><w:br w:type="page"/></w:r></w:p>'
        + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Page trois.</w:t></w:r></w:p>"
    )
    document = read(make_docx(tmp_path, body))
    assert [b.location.page for b in document.blocks] == [1, 2, 2, 3]
    assert all(b.location.page_estimated for b in document.blocks)
    assert document.health.pages == 3


def test_explicit_breaks_without_rendered_ones(tmp_path: Path) -> None:
    body = (
        p("Un.") + '<w:p><w:r><w:t>Encore un</w:t></w:r><w:r><w:br w:type="page"/></w:r>'
        "<w:r><w:t>deux</w:t></w:r></w:p>"
        + p("Deux.")
        + p("Trois.", ppr="<w:pageBreakBefore/>")
        + '<w:p><w:pPr><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:pPr>'
        "<w:r><w:t>Fin de section.</w:t></w:r></w:p>" + p("Quatre.")
    )
    document = read(make_docx(tmp_path, body))
    assert [b.location.page for b in document.blocks] == [1, 1, 2, 3, 3, 4]


def test_pages_estimated_from_word_count(tmp_path: Path) -> None:
    words = " ".join(["mot"] * 150)
    body = "".join(p(words) for _ in range(7))  # 1050 words
    document = read(make_docx(tmp_path, body))
    assert [b.location.page for b in document.blocks] == [1, 1, 1, 2, 2, 2, 3]
    assert document.health.pages == 3


def test_metadata_and_app_pages(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.core_properties.title = "Dossier professionnel"
        document.core_properties.author = "Camille Martin"
        document.add_paragraph("Texte.")

    path = make_docx(tmp_path, build=build)
    # Rewrite docProps/app.xml with a page count, as Word saves it.
    rewritten = tmp_path / "app.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rewritten, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "docProps/app.xml":
                data = data.replace(b"<Pages>1</Pages>", b"<Pages>12</Pages>")
            target.writestr(item, data)
    document = read(rewritten)
    assert document.metadata["title"] == "Dossier professionnel"
    assert document.metadata["author"] == "Camille Martin"
    assert document.health.pages == 12


def test_strict_ooxml_namespaces(tmp_path: Path) -> None:
    path = make_docx(tmp_path, p("Titre strict", style="Heading1"))
    strict = tmp_path / "strict.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(strict, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename in {"word/document.xml", "word/styles.xml"}:
                data = data.replace(
                    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                    b"http://purl.oclc.org/ooxml/wordprocessingml/main",
                )
            target.writestr(item, data)
    assert blocks(read(strict)) == [(BlockKind.HEADING, "Titre strict")]


# -- errors ---------------------------------------------------------------


def rewrite(path: Path, target: Path, changes: dict[str, bytes | None]) -> Path:
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            if item.filename in changes:
                data = changes[item.filename]
                if data is None:
                    continue
                out.writestr(item, data)
            else:
                out.writestr(item, source.read(item))
    return target


def test_corrupt_zip(tmp_path: Path) -> None:
    path = make_docx(tmp_path, p("Texte."))
    broken = tmp_path / "tronque.docx"
    broken.write_bytes(path.read_bytes()[:300])
    with pytest.raises(InputError) as caught:
        read_docx(broken, "tronque.docx")
    assert caught.value.status == "ILLISIBLE"
    assert caught.value.message.startswith("[E104] Fichier illisible : tronque.docx (")
    assert str(tmp_path) not in caught.value.message


def test_missing_document_part(tmp_path: Path) -> None:
    path = make_docx(tmp_path, p("Texte."))
    target = rewrite(path, tmp_path / "sans.docx", {"word/document.xml": None})
    with pytest.raises(InputError) as caught:
        read_docx(target, "sans.docx")
    assert caught.value.status == "ILLISIBLE"
    assert "word/document.xml" in caught.value.message


def test_xml_syntax_error(tmp_path: Path) -> None:
    path = make_docx(tmp_path, p("Texte."))
    target = rewrite(path, tmp_path / "xml.docx", {"word/document.xml": b"<w:document><w:body>"})
    with pytest.raises(InputError) as caught:
        read_docx(target, "xml.docx")
    assert caught.value.status == "ILLISIBLE"
    assert "XML invalide dans word/document.xml" in caught.value.message


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    path = make_docx(tmp_path, p("Texte."))
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
        f'<w:document xmlns:w="{NS["w"]}"><w:body><w:p><w:r><w:t>avant &x; après'
        "</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    target = rewrite(path, tmp_path / "xxe.docx", {"word/document.xml": xml})
    document = read_docx(target, "xxe.docx")
    assert "SECRET" not in " ".join(b.text for b in document.blocks)


def test_too_many_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_docx(tmp_path, p("Texte."))
    monkeypatch.setattr(xmlsafe, "MAX_ENTRIES", 5)
    with pytest.raises(InputError) as caught:
        read_docx(path, "gros.docx")
    assert caught.value.status == "TROP_VOLUMINEUX"
    assert caught.value.message.startswith("[E108] Fichier trop volumineux : gros.docx")


def test_declared_size_too_big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_docx(tmp_path, p("Texte. " * 2000))
    monkeypatch.setattr(xmlsafe, "MAX_TOTAL_BYTES", 10_000)
    with pytest.raises(InputError) as caught:
        read_docx(path, "bombe.docx")
    assert caught.value.status == "TROP_VOLUMINEUX"


# -- command line and speed ---------------------------------------------------


def test_cli_extract_prints_blocks_and_health(tmp_path: Path) -> None:
    from checker.cli import cli

    path = make_docx(tmp_path, p("Analyse", style="Heading1") + p("Du texte."))
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    assert "TITRE 1" in result.output and "Analyse" in result.output
    assert "Bilan de lecture" in result.output


def make_long_docx(path: Path, pages: int) -> Path:
    """A realistic dossier of about ``pages`` pages (450 words each)."""
    document = docx.Document()
    sentence = (
        "Le chef de projet e-commerce analyse le marché, définit les personas "
        "et pilote la stratégie d'acquisition avec des indicateurs précis. "
    )
    for page in range(pages):
        document.add_heading(f"Partie {page + 1}", 1)
        for _ in range(5):
            paragraph = document.add_paragraph(sentence * 4)
            paragraph.add_run(" Résultat mesuré.").bold = True
        for item in range(3):
            document.add_paragraph(f"Point clé {item} du plan d'action", style="List Bullet")
        table = document.add_table(rows=3, cols=3)
        for row in table.rows:
            for cell in row.cells:
                cell.text = "Canal SEO budget"
    document.save(path)
    return path


def test_a_thirty_page_document_is_read_whole(tmp_path: Path) -> None:
    # Speed (pages/s) is measured by benchmarks/speed.py, never asserted here.
    path = make_long_docx(tmp_path / "long.docx", 30)
    document = read(path)
    assert document.health.words > 30 * 400


def test_words_per_page_constant() -> None:
    assert builder.WORDS_PER_PAGE == 450


# -- robustness -------------------------------------------------------------


def test_unterminated_field_does_not_swallow_the_document(tmp_path: Path) -> None:
    body = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://x.fr" </w:instrText>'
        "</w:r></w:p>" + "".join(p(f"Paragraphe {n}.") for n in range(1, 7))
    )
    texts = [b.text for b in read(make_docx(tmp_path, body)).blocks]
    assert texts[-2:] == ["Paragraphe 5.", "Paragraphe 6."]


def test_damaged_metadata_is_skipped_not_fatal(tmp_path: Path) -> None:
    path = make_docx(tmp_path, p("Texte lisible."))
    target = rewrite(path, tmp_path / "meta.docx", {"docProps/core.xml": b"<cp:core"})
    document = read_docx(target, "meta.docx")
    assert [b.text for b in document.blocks] == ["Texte lisible."]
    assert document.health.skipped == {"partie XML illisible": 1}


def test_smartart_text_is_read(tmp_path: Path) -> None:
    body = (
        '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="9" name="Diagramme 9"/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/'
        '2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/'
        'drawingml/2006/diagram" r:dm="rIdDgm" r:lo="rIdLo" r:qs="rIdQs" r:cs="rIdCs"/>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )
    path = make_docx(tmp_path, body)
    data = (
        b'<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/'
        b'diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        b'<dgm:ptLst><dgm:pt modelId="0" type="doc"><dgm:t><a:p><a:r><a:t>racine</a:t>'
        b'</a:r></a:p></dgm:t></dgm:pt><dgm:pt modelId="1"><dgm:t><a:p><a:r>'
        b"<a:t>Attirer</a:t></a:r></a:p></dgm:t></dgm:pt>"
        b'<dgm:pt modelId="2"><dgm:t><a:p><a:r><a:t>Convertir</a:t></a:r></a:p>'
        b"</dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>"
    )
    with zipfile.ZipFile(path) as source:
        rels = source.read("word/_rels/document.xml.rels")
    rels = rels.replace(
        b"</Relationships>",
        b'<Relationship Id="rIdDgm" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/diagramData" '
        b'Target="diagrams/data1.xml"/></Relationships>',
    )
    target = rewrite(path, tmp_path / "smartart.docx", {"word/_rels/document.xml.rels": rels})
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr("word/diagrams/data1.xml", data)
    document = read_docx(target, "smartart.docx")
    assert blocks(document) == [
        (BlockKind.IMAGE, "[image]"),
        (BlockKind.LIST_ITEM, "Attirer"),
        (BlockKind.LIST_ITEM, "Convertir"),
    ]


def test_text_box_in_header_and_hidden_table(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        header = document.sections[0].header
        header.is_linked_to_previous = False
        inner = p("Logo – Projet Alpha")
        for element in fragment(TEXTBOX.format(inner=inner)):
            header._element.append(element)

    body = (
        "<w:tbl><w:tr>"
        + ("<w:tc>" + p("Tableau masqué", rpr="<w:vanish/>") + "</w:tc>")
        + "</w:tr></w:tbl>"
        + p("Corps.")
    )
    document = read(make_docx(tmp_path, body, build=build))
    assert blocks(document)[0] == (BlockKind.HEADER, "Logo – Projet Alpha")
    table = document.blocks[-2]
    assert table.kind is BlockKind.TABLE and table.hidden
    assert document.health.words == 1


def test_a_contents_typed_by_hand_under_sommaire_is_a_table_of_contents(tmp_path):
    """No TOC style, no field, no dot leaders: lines ending in a page number under a
    « Sommaire » title are its entries (never evidence); the first line without one,
    or the next heading, ends it."""
    from tests.docxmake import write_docx

    path = write_docx(
        tmp_path / "sommaire.docx",
        "# Sommaire\n"
        "1. Analyse SWOT de la boutique 3\n"
        "2.1 Étalonnage des concurrents 5\n"
        "Conclusion 12\n"
        "Annexe 2 — Tableau des indicateurs 14\n"
        "Ce dossier présente le travail mené en 2025.\n"
        "Les ventes en ligne ont doublé en 2\n"
        "# 1. Analyse SWOT de la boutique\n"
        "Le stock tient sur 2 étagères et il en faudrait 3\n",
    )
    document = read(path)
    kinds = [(b.kind, b.text) for b in document.blocks]
    assert [t for k, t in kinds if k is BlockKind.TOC_ENTRY] == [
        "1. Analyse SWOT de la boutique 3",
        "2.1 Étalonnage des concurrents 5",
        "Conclusion 12",
        "Annexe 2 — Tableau des indicateurs 14",
    ]
    # After the contents, or under a chapter heading, a line ending in a figure is text.
    assert (BlockKind.PARAGRAPH, "Les ventes en ligne ont doublé en 2") in kinds
    assert (BlockKind.PARAGRAPH, "Le stock tient sur 2 étagères et il en faudrait 3") in kinds


def _bold_line(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def test_a_typed_caption_in_bold_titles_its_table_inside_the_part(tmp_path):
    document = docx.Document()
    document.add_heading("4. Contenus du portail", 1)
    _bold_line(document, "4.1 Visuels des gammes")
    document.add_paragraph("Nous avons comparé deux studios avant de choisir la 3D.")
    _bold_line(document, "Tableau n° 2 : Règles de publication des médias")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Média", "Règle"
    table.cell(1, 0).text, table.cell(1, 1).text = "Photo", "WebP, 1 600 px"
    _bold_line(document, "4.2 Fiche article")
    document.add_paragraph("La fiche suit un gabarit unique.")
    _bold_line(document, "Tableau de bord")  # no number: a title
    path = tmp_path / "caption.docx"
    document.save(path)
    doc = read(path)
    caption = next(b for b in doc.blocks if b.text.startswith("Tableau n° 2"))
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    # The caption titles its table, inside the part it is in.
    assert table.location.section == (
        "4. Contenus du portail",
        "4.1 Visuels des gammes",
        caption.text,
    )
    # It does not cut the chapter: « 4.2 » stays a sub-part of « 4. ».
    fiche = next(b for b in doc.blocks if b.text == "La fiche suit un gabarit unique.")
    assert fiche.location.section == ("4. Contenus du portail", "4.2 Fiche article")


def test_a_contents_typed_in_bold_lines_is_a_contents(tmp_path):
    """Under « SOMMAIRE », bold lines that each repeat a later heading, in order."""
    document = docx.Document()
    _bold_line(document, "SOMMAIRE")
    for title in ("1 - Objet", "2 - Présentation", "3 - Le portail"):
        _bold_line(document, title)
    for title in ("1 - Objet", "2 - Présentation", "3 - Le portail"):
        _bold_line(document, title)
        document.add_paragraph(f"Texte de la partie {title[0]} : le portail sert 900 poseurs.")
    path = tmp_path / "contents.docx"
    document.save(path)
    doc = read(path)
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds[:4] == [
        (BlockKind.HEADING, "SOMMAIRE"),
        (BlockKind.TOC_ENTRY, "1 - Objet"),
        (BlockKind.TOC_ENTRY, "2 - Présentation"),
        (BlockKind.TOC_ENTRY, "3 - Le portail"),
    ]
    assert [b.text for b in doc.blocks if b.kind is BlockKind.HEADING][1:] == [
        "1 - Objet",
        "2 - Présentation",
        "3 - Le portail",
    ]
