# Générateur du dossier de la candidate c126 (Loire Évasion Voyages, agence de voyages accompagnés pour seniors, Tours)
# — blocs 1, 2 et 5. Un seul DOCX d'environ 15 pages (rendu LibreOffice) : page de titre, sommaire TAPÉ À LA MAIN
# (titres, lignes de points, numéros de page saisis, dont trois faux, et une entrée « 5) Les résultats de l'équipe » qui
# n'existe pas dans le corps), parties « PARTIE n — … » en gras capitales tapées (pas de styles), sous-parties « 1) » en
# lignes grasses, deux seuls Titre 2 utilisés « par hasard ». Calibri 11 justifié, pied de page texte sans numéro.
# Un fil d'e-mails collé (police plus petite, filet gris à gauche), un vrai graphique Word natif (histogramme groupé
# 2024 / 2025, partie graphique générée avec pptx.chart.xmlwriter), 12 vraies notes de bas de page (footnotes.xml).
# Déterministe : métadonnées fixes, horodatage zip figé.
import datetime, io, os, re, zipfile
from lxml import etree
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.chart.xmlwriter import ChartXmlWriter
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c126-voyages-seniors-tours")
FILE = os.path.join(OUT, "dossier-RNCP-Celine-Drouet-Loire-Evasion.docx")
AUTHOR = "Céline Drouet"
FIXED = datetime.datetime(2026, 2, 22, 17, 48, 0)
ZIPSTAMP = (2026, 2, 22, 17, 48, 0)
LS = 1.15                # interligne du corps de texte

doc = None
FOOTNOTES = []


def W(tag):
    return qn("w:" + tag)


# ============================================================================ outils XML
def run_el(text, bold=False, italic=False, size=None, color=None):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    if color:
        c = OxmlElement("w:color"); c.set(W("val"), color); rpr.append(c)
    if size:
        s = OxmlElement("w:sz"); s.set(W("val"), str(int(size * 2))); rpr.append(s)
    if len(rpr):
        r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t)
    return r


def footnote_ref(p, text):
    FOOTNOTES.append(text)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle"); rs.set(W("val"), "FootnoteReference"); rpr.append(rs)
    va = OxmlElement("w:vertAlign"); va.set(W("val"), "superscript"); rpr.append(va)
    r.append(rpr)
    fr = OxmlElement("w:footnoteReference"); fr.set(W("id"), str(len(FOOTNOTES))); r.append(fr)
    p.append(r)


TOKEN = re.compile(r"(⟦[^⟧]*⟧|\*\*.+?\*\*)")


def rich(par, text, size=None, bold=False, italic=False, color=None):
    """Texte avec **gras** et ⟦f:note de bas de page⟧."""
    p = par._p
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("⟦"):
            body = part[1:-1]
            assert body.startswith("f:"), part
            footnote_ref(p, body[2:])
        elif part.startswith("**"):
            rich(par, part[2:-2], size=size, bold=True, italic=italic, color=color)
        else:
            p.append(run_el(part, bold=bold, italic=italic, size=size, color=color))
    return par


# ============================================================================ blocs de contenu
def PARTIE(t, new_page=True):
    """Titre de partie tapé en gras capitales (pas de style de titre)."""
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = new_page
    p.paragraph_format.space_before = Pt(18)
    p.paragraph_format.space_after = Pt(12)
    p.paragraph_format.keep_with_next = True
    rich(p, t, size=13, bold=True)


def SP(t):
    """Sous-partie « 1) … » en simple ligne grasse."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    rich(p, t, bold=True)


def H2(t):
    """Les deux seuls vrais Titre 2 du document."""
    h = doc.add_heading("", level=2)
    rich(h, t)


def P(t, space_after=6, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    par = doc.add_paragraph()
    par.alignment = align
    par.paragraph_format.space_after = Pt(space_after)
    par.paragraph_format.line_spacing = LS
    rich(par, t)
    return par


def BUL(items):
    for it in items:
        par = doc.add_paragraph(style="List Bullet")
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        par.paragraph_format.space_after = Pt(2)
        par.paragraph_format.line_spacing = LS
        rich(par, it)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(W("val"), "clear"); sh.set(W("color"), "auto"); sh.set(W("fill"), fill)
    tcpr.append(sh)


def TABLE(caption, rows, widths, size=9.5):
    c = doc.add_paragraph()
    c.paragraph_format.keep_with_next = True
    c.paragraph_format.space_before = Pt(6)
    c.paragraph_format.space_after = Pt(3)
    rich(c, caption, size=10, italic=True)
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Cm(widths[j])
            par = cell.paragraphs[0]
            par.paragraph_format.space_after = Pt(0)
            rich(par, val, size=size, bold=(i == 0))
            if i < len(rows) - 1:
                par.paragraph_format.keep_with_next = True
            if i == 0:
                shade(cell, "DCE6F0")
    sp = doc.add_paragraph(); sp.paragraph_format.space_after = Pt(2)


def MAIL(lines):
    """Fil d'e-mails collé depuis la messagerie : police 9 pt, filet gris à gauche, non justifié."""
    for kind, text in lines:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        pf = p.paragraph_format
        pf.left_indent = Cm(0.5)
        pf.space_after = Pt(0 if kind in ("h", "q") else 3)
        if kind == "sep":
            pf.space_before = Pt(8)
        ppr = p._p.get_or_add_pPr()
        bdr = parse_xml('<w:pBdr %s><w:left w:val="single" w:sz="18" w:space="8" w:color="A6A6A6"/></w:pBdr>' % nsdecls("w"))
        # l'ordre du schéma : pBdr avant spacing / ind / jc
        ppr.insert(0, bdr)
        if kind == "h":
            lab, val = text.split(" : ", 1)
            p._p.append(run_el(lab + " : ", bold=True, size=9, color="404040"))
            p._p.append(run_el(val, size=9, color="404040"))
        elif kind == "sep":
            p._p.append(run_el(text, size=9, color="7F7F7F"))
        elif kind == "q":
            p._p.append(run_el(text, size=9, italic=True, color="1F4E79"))
        else:
            p._p.append(run_el(text, size=9))


def CHAT(lines):
    for who, msg in lines:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.space_after = Pt(1)
        p._p.append(run_el(who + " : ", bold=True, size=10))
        p._p.append(run_el(msg, size=10))


# ============================================================================ graphique natif
CHART_MONTHS = ["Janv.", "Févr.", "Mars", "Avril", "Mai", "Juin", "Juil.", "Août", "Sept.", "Oct.", "Nov.", "Déc."]
BOOK_2024 = (228, 214, 176, 118, 96, 84, 52, 11, 186, 142, 80, 38)
BOOK_2025 = (221, 209, 198, 137, 104, 90, 55, 9, 204, 161, 88, 41)


def chart_xml():
    cd = CategoryChartData()
    cd.categories = CHART_MONTHS
    cd.add_series("2024", BOOK_2024)
    cd.add_series("2025 (newsletter depuis mars)", BOOK_2025)
    xml = ChartXmlWriter(XL_CHART_TYPE.COLUMN_CLUSTERED, cd).xml
    root = etree.fromstring(xml.encode("utf-8"))
    C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    A = "http://schemas.openxmlformats.org/drawingml/2006/main"
    ns = {"c": C, "a": A}
    chart = root.find("c:chart", ns)
    title = etree.fromstring(
        '<c:title xmlns:c="%s" xmlns:a="%s"><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000" b="1"><a:latin typeface="Calibri"/></a:defRPr></a:pPr>'
        '<a:r><a:rPr lang="fr-FR" sz="1000" b="1"><a:latin typeface="Calibri"/></a:rPr><a:t>Réservations par mois (nombre de dossiers), 2024 et 2025</a:t></a:r></a:p>'
        '</c:rich></c:tx><c:overlay val="0"/></c:title>' % (C, A))
    chart.insert(0, title)
    chart.find("c:autoTitleDeleted", ns).set("val", "0")
    for ser, color in zip(root.iter("{%s}ser" % C), ("A6A6A6", "2E75B6")):
        sppr = etree.fromstring('<c:spPr xmlns:c="%s" xmlns:a="%s"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></c:spPr>' % (C, A, color))
        ser.find("c:tx", ns).addnext(sppr)
    bar = root.find(".//c:barChart", ns)
    gw = etree.fromstring('<c:gapWidth xmlns:c="%s" val="60"/>' % C)
    bar.find("c:axId", ns).addprevious(gw)
    legend = etree.fromstring('<c:legend xmlns:c="%s"><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' % C)
    chart.find("c:plotArea", ns).addnext(legend)
    legend.addnext(etree.fromstring('<c:plotVisOnly xmlns:c="%s" val="1"/>' % C))
    TXPR = ('<c:txPr xmlns:c="%s" xmlns:a="%s"><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">'
            '<a:latin typeface="Calibri"/></a:defRPr></a:pPr><a:endParaRPr lang="fr-FR"/></a:p></c:txPr>' % (C, A))
    for old in root.findall("c:txPr", ns):          # le modèle de pptx met du 18 pt : on le remplace
        root.remove(old)
    chart.addnext(etree.fromstring(TXPR))
    # police aussi sur les axes et la légende (LibreOffice ne lit pas celle de chartSpace)
    for ax in list(root.iter("{%s}catAx" % C)) + list(root.iter("{%s}valAx" % C)):
        anchor = ax.find("c:tickLblPos", ns)
        after = anchor if anchor is not None else ax.find("c:axPos", ns)
        sppr = ax.find("c:spPr", ns)
        (sppr if sppr is not None else after).addnext(etree.fromstring(TXPR))
    legend.find("c:overlay", ns).addnext(etree.fromstring(TXPR))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_chart(par):
    part = Part(PackURI("/word/charts/chart1.xml"), "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                chart_xml(), doc.part.package)
    rid = doc.part.relate_to(part, RT.CHART)
    cx, cy = Cm(15.5), Cm(7.4)
    xml = ('<w:r %s><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
           '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="1" name="Graphique 1"/><wp:cNvGraphicFramePr/>'
           '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
           '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
           '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="%s"/>'
           '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>' % (nsdecls("w", "wp", "r"), cx, cy, rid))
    par._p.append(parse_xml(xml))


# ============================================================================ parties annexes
def footnotes_xml():
    parts = ['<w:footnotes %s>' % nsdecls("w", "r"),
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
             '<w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
             '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in enumerate(FOOTNOTES, 1):
        t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        parts.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                     '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, t))
    parts.append('</w:footnotes>')
    return "".join(parts).encode("utf-8")


def add_styles():
    st = doc.styles.element
    for x in ('<w:style %s w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
              '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>'
              '<w:rPr><w:sz w:val="17"/></w:rPr></w:style>',
              '<w:style %s w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
              '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'):
        st.append(parse_xml(x % nsdecls("w")))
    rpr_default = st.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr_default.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang"); rpr_default.append(lang)
    lang.set(W("val"), "fr-FR")
    for rf in st.iter(qn("w:rFonts")):
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        rf.set(qn("w:ascii"), "Calibri"); rf.set(qn("w:hAnsi"), "Calibri")
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.line_spacing = LS
    h2 = doc.styles["Heading 2"]
    h2.font.size = Pt(13)
    h2.paragraph_format.space_before = Pt(10)
    h2.paragraph_format.space_after = Pt(4)


def add_settings():
    s = doc.settings.element
    fnp = parse_xml('<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % nsdecls("w"))
    s.find(qn("w:compat")).addprevious(fnp)
    tfl = s.find(qn("w:themeFontLang"))
    if tfl is not None:
        tfl.set(W("val"), "fr-FR")


def add_parts():
    dp = doc.part
    fn = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
              footnotes_xml(), dp.package)
    dp.relate_to(fn, RT.FOOTNOTES)


def fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            if name == "docProps/thumbnail.jpeg":
                continue
            d = src.read(name)
            if name == "_rels/.rels":
                d = re.sub(rb'<Relationship[^>]*thumbnail[^>]*/>', b"", d)
            if name == "[Content_Types].xml":
                d = d.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            info = zipfile.ZipInfo(name, date_time=ZIPSTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, d)


# ============================================================================ contenu
# Sommaire tapé à la main : (niveau, titre, numéro saisi, nombre de points tapés). Trois numéros sont faux par rapport au rendu
# LibreOffice (« 4) Bilan… » 5 au lieu de 4, « 8) Le budget » 7 au lieu de 6, « 4) Les réunions » 14 au lieu de 13) et l'entrée
# « 5) Les résultats de l'équipe » n'a pas de partie correspondante.
TOC = [
    (0, "Introduction", "3", 83),
    (0, "PARTIE 1 — NOS VOYAGEURS ET NOTRE STRATÉGIE", "3", 24),
    (1, "1) Qui sont nos voyageurs", "3", 78),
    (1, "2) De l'envie au retour", "4", 85),
    (1, "3) Regard sur les autres agences", "4", 66),
    (1, "4) Bilan atouts / points noirs", "5", 75),
    (1, "5) Nos ambitions et les moyens de toucher nos voyageurs", "5", 29),
    (1, "6) Le programme de l'année et les structures amies", "5", 37),
    (1, "7) La newsletter a-t-elle marché ?", "6", 67),
    (1, "8) Le budget", "7", 97),
    (0, "PARTIE 2 — FAIRE CONNAÎTRE ET VENDRE NOS VOYAGES", "6", 18),
    (1, "1) L'opération Pouilles", "6", 85),
    (1, "2) Nos structures amies", "7", 81),
    (1, "3) Messenger", "8", 99),
    (1, "4) Facebook", "8", 99),
    (1, "5) Mettre nos voyages en avant sur le site", "8", 53),
    (1, "6) Le règlement de l'acompte en ligne", "8", 57),
    (1, "7) Les aides pour payer", "9", 82),
    (1, "8) Le club fidélité", "9", 90),
    (0, "PARTIE 3 — LE PROJET DE RÉSERVATION EN LIGNE", "9", 24),
    (1, "1) Le cahier de demande", "9", 79),
    (1, "2) Les éditeurs consultés", "11", 78),
    (1, "3) Les textes légaux", "12", 84),
    (1, "4) Les réunions", "14", 95),
    (1, "5) Les résultats de l'équipe", "13", 74),
    (1, "6) Le stock", "13", 101),
    (0, "Conclusion", "15", 83),
]


def title_page():
    for _ in range(5):
        doc.add_paragraph()
    for text, size, bold, after in (("LOIRE ÉVASION VOYAGES", 20, True, 4),
                                    ("Voyages accompagnés en autocar et en avion — Tours", 12, False, 40),
                                    ("DOSSIER DE CERTIFICATION", 16, True, 6),
                                    ("Titre RNCP Chef de projet e-commerce", 13, False, 4),
                                    ("Blocs 1, 2 et 5", 13, False, 30),
                                    ("Du comptoir à la réservation en ligne :", 14, True, 2),
                                    ("accompagner nos voyageurs seniors vers internet", 14, True, 80),
                                    ("Céline Drouet", 12, True, 2),
                                    ("Conseillère voyages — formation continue", 11, False, 2),
                                    ("Tutrice : Sylvie Moreau-Blanchard, gérante", 11, False, 2),
                                    ("Session 2026", 11, False, 2)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(after)
        rich(p, text, size=size, bold=bold)


def sommaire():
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = True
    p.paragraph_format.space_after = Pt(14)
    rich(p, "SOMMAIRE", size=14, bold=True)
    for lvl, title, page, ndots in TOC:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(3 if lvl else 5)
        p.paragraph_format.space_before = Pt(0 if lvl else 4)
        if lvl:
            p.paragraph_format.left_indent = Cm(0.8)
        # points tapés à la main, à peu près jusqu'à la marge, sans tabulation
        rich(p, title + " " + "." * ndots + " " + page, bold=not lvl, size=11 if not lvl else 10.5)


def introduction():
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = True
    p.paragraph_format.space_after = Pt(8)
    rich(p, "Introduction", size=13, bold=True)
    P("Loire Évasion Voyages est une agence de voyages installée rue Nationale, à Tours. C'est une SARL immatriculée auprès "
      "d'Atout France⟦f:Immatriculation IM037100015 au registre des opérateurs de voyages et de séjours tenu par Atout France "
      "(consulté le 6 janvier 2026 sur le site d'Atout France).⟧ et garantie financièrement par l'APST. Elle a été créée en 1994 par "
      "Jean-Claude Moreau et elle est dirigée depuis 2016 par sa fille, Sylvie Moreau-Blanchard, qui est ma tutrice.")
    P("Nous sommes sept : trois conseillères (Nadia Ferreira, Martine Roux et moi-même), deux accompagnateurs (Bernard Giraud et "
      "Annie Lebrun), une comptable et la gérante. Nous emmenons environ 2 900 voyageurs par an, en grande majorité âgés de 62 à 80 ans, "
      "en circuits accompagnés en autocar ou en avion. En 2025, le volume d'affaires a été de 4,6 M€ pour une marge brute de 690 k€.")
    P("Aujourd'hui, seulement 6 % des réservations arrivent par internet, et encore : notre site ne propose qu'un formulaire de "
      "demande, que nous rappelons ensuite par téléphone. Le projet de l'agence est de permettre la réservation en ligne avec le "
      "règlement d'un acompte de 30 %, sans doute avec le module « Voyagiciel Résa ».")
    P("Je suis conseillère voyages à l'agence depuis 2008. Je prépare ce titre en formation continue, parce que je souhaite "
      "accompagner ce passage au numérique sans perdre ce qui fait notre métier : la relation avec nos voyageurs.")
    P("Depuis l'automne 2025, Sylvie m'a confié le suivi du projet de réservation en ligne, en plus du comptoir, de la newsletter "
      "et de notre page Facebook.")


def partie1():
    PARTIE("PARTIE 1 — NOS VOYAGEURS ET NOTRE STRATÉGIE", new_page=False)
    SP("1) Qui sont nos voyageurs")
    P("Pour mieux connaître nos clients, j'ai distribué un questionnaire dans le car lors de cinq voyages du printemps et de "
      "l'été 2025⟦f:Questionnaire car, n = 96. Distribué par les accompagnateurs pendant les trajets retour, d'avril à septembre 2025 (131 distribués).⟧. Il en ressort deux groupes bien distincts.")
    P("**Nos retraités actifs** ont entre 62 et 72 ans (58 réponses sur 96). Ils voyagent souvent en couple ou entre amies, partent "
      "deux fois par an et 72 % d'entre eux utilisent une tablette. Ce qui les rassure : les départs garantis⟦f:Départ garanti : "
      "le voyage part à la date prévue quel que soit le nombre d'inscrits ; l'agence ne peut plus l'annuler pour nombre insuffisant.⟧, "
      "parce qu'ils organisent tout le reste autour, et le fait de ne pas porter "
      "leurs bagages : le chauffeur les charge et les hôtels sont choisis pour éviter les changements tous les soirs. Ce qui les "
      "inquiète : payer sur internet (« et si je me trompe de bouton ? ») et le niveau de marche, car ils ont peur d'être gênés "
      "par une visite trop longue ou trop pentue.")
    P("**Nos grands voyageurs** ont 75 ans et plus (38 réponses). Ils sont nos clients les plus fidèles, certains depuis la création "
      "de l'agence. Ce qui les rassure : la présence de l'accompagnateur, qu'ils connaissent souvent par son prénom, et le téléphone : "
      "pouvoir appeler l'agence et parler à quelqu'un. Ce qui les inquiète : leur santé (un malaise pendant le voyage, un traitement "
      "à prendre à heure fixe) et le rythme des journées.")

    SP("2) De l'envie au retour")
    P("J'ai décrit le chemin de nos retraités actifs, de l'envie de partir jusqu'au retour, à partir de ce que je vis au comptoir :")
    BUL(["**L'envie** naît souvent au club des aînés, quand notre catalogue circule entre les adhérents, ou quand une amie raconte son voyage.",
         "**L'information** : ils viennent à une réunion d'information, où nous présentons le voyage avec des photos et où "
         "l'accompagnateur répond aux questions (niveau de marche, chambres, repas).",
         "**La comparaison** : ils comparent avec le voyage d'une amie partie avec une autre agence, surtout sur le prix et sur ce qui est "
         "compris (pension complète, pourboires, excursions).",
         "**La décision** : ils réservent et versent l'acompte de 30 %, aujourd'hui au comptoir ou par téléphone ; le solde est payé "
         "30 jours avant le départ.",
         "**Avant le départ** : ils reçoivent le carnet de voyage par la poste trois semaines avant, avec le programme, les horaires et la liste des hôtels.",
         "**Après le retour** : nous organisons une soirée photos à l'agence, où ils retrouvent leurs compagnons de voyage. C'est "
         "souvent là qu'ils choisissent le voyage suivant."])

    H2("3) Regard sur les autres agences")
    P("J'ai regardé en janvier 2026 les sites de deux agences concurrentes de la région⟦f:Sites consultés les 8 et 9 janvier 2026, "
      "sur ordinateur, en parcourant une réservation jusqu'à la page de paiement sans la valider.⟧, en me concentrant sur ce qu'un "
      "voyageur peut faire en ligne :")
    TABLE("Tableau 1 — Ce que proposent en ligne deux agences concurrentes", [
        ["Fonction en ligne", "Touraine Voyages Seniors", "Cars Rabelais Tourisme", "Loire Évasion (nous)"],
        ["Réservation complète en ligne", "Oui", "Non (demande de devis)", "Non (formulaire de demande)"],
        ["Paiement en ligne", "Oui, acompte par carte", "Non", "Non"],
        ["Places restantes affichées", "Oui", "Non", "Non"],
        ["Espace client", "Oui", "Non", "Non"],
        ["Programme téléchargeable", "Oui", "Oui", "Oui"],
        ["Messagerie instantanée", "Non", "Oui (Messenger)", "Oui (Messenger)"],
        ["Avis de voyageurs", "Oui", "Non", "Non"],
    ], [4.6, 3.8, 3.8, 3.8])
    P("Touraine Voyages Seniors a nettement d'avance sur nous. Cars Rabelais Tourisme est au même niveau que nous.")

    SP("4) Bilan atouts / points noirs")
    P("**Nos atouts :**", space_after=2)
    BUL(["une agence connue à Tours depuis plus de trente ans, avec des clients très fidèles ;",
         "des accompagnateurs salariés, que les voyageurs connaissent et réclament ;",
         "beaucoup de départs garantis, ce que nos clients apprécient ;",
         "des retraités actifs de plus en plus équipés de tablettes ;",
         "un réseau de clubs des aînés avec lesquels nous travaillons depuis longtemps."])
    P("**Nos points noirs :**", space_after=2)
    BUL(["un site internet qui ne permet pas de réserver ;",
         "des agences concurrentes qui proposent déjà le paiement en ligne ;",
         "une clientèle qui vieillit et qui a peur de payer sur internet ;",
         "les grandes plateformes de voyages qui attirent les jeunes retraités ;",
         "une équipe qui a peu de temps pour les réseaux sociaux ;",
         "la hausse du prix des autocars et des billets d'avion."])

    SP("5) Nos ambitions et les moyens de toucher nos voyageurs")
    P("Notre principale ambition est d'arriver à **40 % des réservations en ligne**. Nous voulons aussi être plus visibles sur "
      "internet, rajeunir un peu l'image de l'agence et garder le contact humain qui fait notre différence.")
    P("Nous allons nous adresser d'abord à **nos retraités actifs**. Ce sont eux qui utilisent déjà une tablette (72 % d'entre eux "
      "d'après le questionnaire, contre 21 % des grands voyageurs), qui réservent déjà leurs billets de train sur internet et qui "
      "partent deux fois par an : ce sont donc ceux qui passeront le plus facilement à la réservation en ligne et qui en feront "
      "le plus. Les grands voyageurs continueront à être servis au comptoir et au téléphone.")
    P("Pour les moyens, nous commencerons par la newsletter, puis Facebook, dans l'ordre souhaité par Sylvie (son message est "
      "recopié en partie 3).")

    SP("6) Le programme de l'année et les structures amies")
    P("Notre année suit le rythme des voyages de nos clients, et les dates de nos actions en découlent :")
    BUL(["**janvier** : sortie du catalogue pour le Salon du tourisme de Tours⟦f:Salon du tourisme et des loisirs de Tours, "
         "Parc des expositions, troisième week-end de janvier ; environ 11 000 visiteurs en 2025 selon les organisateurs.⟧, où nous "
         "avons un stand et où nos clients prennent le catalogue pour le faire circuler au club ;",
         "**de janvier à mars** : la grande période des réservations pour les voyages de printemps (avril à juin), qui sont nos plus "
         "remplis ;",
         "**septembre** : au retour des vacances des petits-enfants, nos clients réservent les marchés de Noël et les voyages d'automne ;",
         "**rien en août** : l'agence ferme trois semaines, nos clients gardent leurs petits-enfants et ne réservent pas. Envoyer une "
         "newsletter en août serait inutile."])
    P("Plusieurs secteurs représentent un intérêt commercial pour nous : les **clubs des aînés** (14 clubs en Indre-et-Loire "
      "travaillent déjà avec nous), les **caisses de retraite**, notamment complémentaires, qui ont des aides aux vacances, les "
      "**mutuelles** de retraités, qui organisent des réunions pour leurs adhérents, et les **autocaristes** du département, "
      "avec qui nous montons nos voyages en car.")

    SP("7) La newsletter a-t-elle marché ?")
    P("Nous avons lancé une newsletter mensuelle en mars 2025, envoyée aux clients qui nous ont laissé leur adresse e-mail. "
      "Le graphique ci-dessous compare nos réservations mois par mois en 2024 et en 2025.")
    gp = doc.add_paragraph()
    gp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    gp.paragraph_format.keep_with_next = True
    add_chart(gp)
    P("On voit une hausse des réservations depuis le lancement de la newsletter en mars. La newsletter plaît à nos clients.")

    SP("8) Le budget")
    P("Voici les dépenses prévues pour la première année du projet :")
    TABLE("Tableau 2 — Budget prévisionnel de la première année", [
        ["Poste", "Coût", "Précisions"],
        ["Module Voyagiciel Résa : mise en place", "3 900 € HT", "Paramétrage des voyages, des contingents, des tarifs"],
        ["Module Voyagiciel Résa : abonnement", "1 920 € HT", "160 € HT par mois"],
        ["Formation au module (3 conseillères)", "650 € HT", "Une journée à l'agence"],
        ["Outil de newsletter", "300 € HT", "Abonnement annuel, jusqu'à 5 000 contacts⟦f:Offre « Starter » de l'outil d'envoi que nous utilisons depuis mars 2025, tarif 2026 relevé le 12 janvier 2026.⟧"],
        ["Module de paiement de la banque", "180 € HT", "15 € HT par mois, plus une commission sur chaque paiement"],
        ["Total", "6 950 € HT", ""],
    ], [5.6, 2.6, 7.8])


def partie2():
    PARTIE("PARTIE 2 — FAIRE CONNAÎTRE ET VENDRE NOS VOYAGES", new_page=False)
    SP("1) L'opération Pouilles")
    P("Notre grand voyage du printemps 2026 est « Les Pouilles en douceur », 8 jours, départ garanti le 12 mai, à 1 790 €. "
      "L'objectif de l'opération de promotion est simple : **remplir le départ du 12 mai**, soit 35 places (contingent⟦f:Contingent : "
      "nombre de places (chambres, sièges d'avion) que nos partenaires nous réservent pour un départ ; les places non vendues "
      "doivent être rendues à une date fixée.⟧ de 35 sièges sur le vol Nantes–Bari). Au 15 janvier, 19 places étaient vendues.")
    TABLE("Tableau 3 — Nos voyages phares de la saison 2026", [
        ["Voyage", "Durée et transport", "Prix par personne", "Départ(s)"],
        ["Les Pouilles en douceur", "8 jours, avion + car sur place", "1 790 €", "12 mai (départ garanti)"],
        ["Croisière sur le Douro", "7 jours, avion + bateau", "1 590 €", "9 juin et 15 septembre"],
        ["Marchés de Noël en Alsace", "4 jours en autocar", "695 €", "27 novembre et 4 décembre"],
        ["Journée Chambord et Cheverny avec déjeuner", "1 jour en autocar", "119 €", "Chaque mois d'avril à octobre"],
    ], [5.2, 4.4, 2.8, 3.6])
    P("Pour toutes nos réservations, nous demandons un acompte de 30 % ; le solde est à régler 30 jours avant le départ.")

    P("Pour faire connaître ce voyage, nous utilisons plusieurs moyens de communication :")
    BUL(["**le catalogue imprimé** 2026 (4 000 exemplaires), avec une double page sur les Pouilles ;",
         "**la newsletter** de février, consacrée aux Pouilles, avec le programme jour par jour ;",
         "**notre page Facebook**, avec les photos du voyage de repérage ;",
         "**la radio locale** Radio Touraine Plus, avec un message de 30 secondes diffusé pendant deux semaines ;",
         "**les réunions d'information** dans six villes : Tours, Amboise, Loches, Chinon, Joué-lès-Tours et Saint-Cyr-sur-Loire."])

    SP("2) Nos structures amies")
    P("Nous nous appuyons sur plusieurs structures amies pour faire connaître nos voyages :")
    BUL(["**14 clubs des aînés** d'Indre-et-Loire, qui diffusent notre catalogue et accueillent nos réunions d'information ;",
         "**une caisse de retraite complémentaire**, la Caisse Val de Loire Retraite, qui présente nos voyages dans son bulletin ;",
         "**notre autocariste**, les Autocars Brisset, qui affiche nos affiches dans ses cars ;",
         "**le quotidien régional** L'Écho de Touraine, qui publie nos voyages dans sa page « Sorties seniors » et annonce nos "
         "réunions d'information dans l'agenda de chaque ville."])
    P("Les clubs des aînés sont nos structures amies les plus importantes. Leurs adhérents ont exactement l'âge de nos voyageurs, "
      "ils aiment partir en groupe et ils se font confiance entre eux : quand un président de club recommande un voyage, une partie "
      "du club s'inscrit. Les clubs nous prêtent aussi leur salle pour les réunions d'information. Enfin, les clubs sont répartis dans tout le département, "
      "ce qui nous permet de toucher des voyageurs qui ne viennent jamais à Tours.")

    SP("3) Messenger")
    P("Depuis 2024, nos clients peuvent nous écrire sur Messenger, depuis notre page Facebook. Ce sont surtout les retraités actifs "
      "et leurs enfants qui l'utilisent. Voici une conversation du 4 février 2026 :")
    CHAT([("Mme Lefèvre", "Bonjour, mon mari et moi avons vu la croisière sur le Douro dans la newsletter. Il reste de la place en juin ?"),
          ("Céline (Loire Évasion)", "Bonjour Madame Lefèvre ! Oui, il reste 6 cabines pour le départ du 9 juin. Souhaitez-vous une cabine sur le pont supérieur ?"),
          ("Mme Lefèvre", "Oui si possible. Mon mari marche avec une canne, les excursions sont faisables ?"),
          ("Céline (Loire Évasion)", "Toutes les excursions se font en car, avec peu de marche, et Annie, notre accompagnatrice, sera là pour vous aider. Je peux vous bloquer une cabine dès aujourd'hui."),
          ("Mme Lefèvre", "Parfait, réservez-nous une cabine. Je passe demain à l'agence pour l'acompte."),
          ("Céline (Loire Évasion)", "C'est noté : cabine 214, pont supérieur, au nom de M. et Mme Lefèvre. À demain !")])
    P("Le lendemain, Mme Lefèvre a réglé l'acompte de 954 € au comptoir (30 % de 2 × 1 590 €).")

    SP("4) Facebook")
    P("Après chaque voyage, je publie sur notre page Facebook un album de photos prises par l'accompagnateur. Les voyageurs se "
      "reconnaissent, commentent, identifient leurs amis et partagent l'album avec leur famille. C'est la publication que nos "
      "clients préfèrent, et c'est souvent en voyant ces albums que leurs amis nous appellent.")

    SP("5) Mettre nos voyages en avant sur le site")
    P("Sur le futur site de réservation, je souhaite mettre nos voyages en avant à deux endroits : dans le carrousel de la page "
      "d'accueil, qui présentera nos voyages phares, et avec une étiquette « départ garanti » sur les voyages concernés.")

    SP("6) Le règlement de l'acompte en ligne")
    P("Sans attendre le module de réservation, nous avons mis en place en novembre 2025 le règlement de l'acompte en ligne. Le client "
      "qui a réservé par téléphone reçoit un e-mail avec un lien vers la page de paiement du module de notre banque, où il règle son "
      "acompte par carte bancaire. Le paiement arrive directement sur le compte de l'agence et nous recevons une confirmation par "
      "e-mail. J'ai vérifié moi-même que tout fonctionnait⟦f:Paiement test de 1 € réalisé le 18 novembre 2025 à 10 h 42, "
      "référence de transaction LEV-TEST-000118, remboursé le 19 novembre 2025.⟧ avant de l'ouvrir aux clients.")
    P("J'ai fait l'essai sur l'ordinateur de l'agence. Il faudra aussi essayer sur une tablette, car nos clients ont surtout des tablettes.")

    SP("7) Les aides pour payer")
    P("Plusieurs offres de nos partenaires financiers peuvent aider nos voyageurs à payer leur voyage :")
    BUL(["**les chèques-vacances de l'ANCV**, que nous acceptons depuis longtemps en papier, et **ANCV Connect**, la version "
         "dématérialisée⟦f:ANCV Connect : chèques-vacances sur application mobile, utilisables en ligne ; l'agence doit être "
         "conventionnée par l'ANCV, ce qui est notre cas.⟧, qui permettrait de payer l'acompte en ligne ;",
         "**le paiement en 4 fois** proposé par le partenaire de crédit de notre banque, pour les voyages de plus de 500 € : le client "
         "paie en quatre mensualités ;",
         "**l'aide aux vacances de la caisse de retraite complémentaire** (jusqu'à 300 € par personne, selon les revenus), que "
         "nous aidons nos clients à demander."])

    SP("8) Le club fidélité")
    P("Pour remercier nos voyageurs fidèles, j'ai listé plusieurs possibilités pour un club fidélité :")
    TABLE("Tableau 4 — Les options étudiées pour le club fidélité", [
        ["Option", "Ce que c'est", "Coût estimé par an"],
        ["Remise de 5 %", "5 % de remise sur le 4e voyage, après trois voyages avec nous", "Environ 9 000 €"],
        ["Parrainage", "50 € de réduction pour le parrain et pour le filleul à sa première réservation", "Environ 3 000 €"],
        ["Carte d'anniversaire", "Une carte signée par l'équipe, avec le nouveau catalogue", "Environ 1 800 € (impression et timbres)"],
        ["Soirée photos", "Une soirée à l'agence après chaque grand voyage, avec le diaporama de l'accompagnateur", "Environ 1 200 € (buffet)"],
    ], [3.4, 8.6, 4.0])
    P("Nous avons choisi le **parrainage**, parce que nos voyageurs parlent beaucoup de leurs voyages autour d'eux : le bouche-à-oreille "
      "est déjà notre meilleure publicité, et le parrainage le récompense. Concrètement, le nouveau client donne au comptoir le nom "
      "de la personne qui lui a conseillé l'agence ; les 50 € sont déduits du solde de chacun.")


def partie3():
    PARTIE("PARTIE 3 — LE PROJET DE RÉSERVATION EN LIGNE", new_page=False)
    SP("1) Le cahier de demande")
    P("J'ai commencé le cahier de demande en octobre 2025, après en avoir parlé avec Sylvie. Pour les consignes de Sylvie, voir "
      "l'échange ci-dessous, que j'ai recopié depuis ma messagerie.")
    MAIL([
        ("h", "De : Céline Drouet"),
        ("h", "Envoyé : mercredi 15 octobre 2025 08:52"),
        ("h", "À : Sylvie Moreau-Blanchard"),
        ("h", "Objet : RE: résa en ligne"),
        ("b", "Bonjour Sylvie,"),
        ("b", "Merci pour ta réponse. C'est noté pour le plafond et pour le téléphone, je l'écris tel quel dans le cahier de demande. "
              "Je prépare la comparaison des deux éditeurs pour novembre et je lance la newsletter « réservation en ligne » dès la "
              "sortie du catalogue. Pour ta question sur ce que cela va rapporter, je n'ai pas encore assez de recul : le calcul de "
              "rentabilité je le ferai après la saison."),
        ("sep", "________________________________"),
        ("h", "De : Sylvie Moreau-Blanchard"),
        ("h", "Envoyé : mardi 14 octobre 2025 18:07"),
        ("h", "À : Céline Drouet"),
        ("h", "Cc : Nadia Ferreira"),
        ("h", "Objet : RE: résa en ligne"),
        ("b", "Céline,"),
        ("b", "J'ai lu ta proposition, c'est une bonne idée et il faut y aller, mais avec quelques règles."),
        ("q", "> Est-ce qu'on peut prévoir un budget ?"),
        ("b", "Oui, mais 8 000 € maximum pour tout (module, mise en place, formation). Pas un euro de plus cette année."),
        ("q", "> Faut-il garder la réservation par téléphone ?"),
        ("b", "Évidemment. Le téléphone reste : beaucoup de nos clients ne réserveront jamais sur internet et ils doivent toujours pouvoir nous appeler."),
        ("q", "> Quel montant encaisser en ligne ?"),
        ("b", "L'acompte de 30 %, comme au comptoir. Le solde reste réglé 30 jours avant le départ, comme aujourd'hui."),
        ("b", "Et rien en ligne avant la sortie du catalogue 2026 : on ne change pas les habitudes en pleine saison."),
        ("b", "Pour faire connaître la réservation en ligne : d'abord la newsletter, ensuite Facebook. Le reste, on verra plus tard. "
              "Et dis-moi ce que ça peut nous rapporter."),
        ("b", "Sylvie"),
        ("b", "Sylvie Moreau-Blanchard — Gérante"),
        ("b", "Loire Évasion Voyages — rue Nationale — 37000 Tours"),
        ("b", "Immatriculation Atout France IM037100015 — Garantie financière APST"),
        ("b", "Pensez à l'environnement avant d'imprimer ce message."),
        ("sep", "________________________________"),
        ("h", "De : Céline Drouet"),
        ("h", "Envoyé : lundi 13 octobre 2025 17:34"),
        ("h", "À : Sylvie Moreau-Blanchard"),
        ("h", "Objet : résa en ligne"),
        ("b", "Bonjour Sylvie,"),
        ("b", "Comme évoqué ce matin au point du lundi, je te propose de préparer la réservation en ligne de nos voyages pour la saison "
              "prochaine. Touraine Voyages Seniors le fait déjà, et plusieurs clients m'ont demandé s'ils pouvaient « réserver sur la "
              "tablette », surtout des couples de jeunes retraités et des enfants qui réservent pour leurs parents."),
        ("b", "Je vois trois avantages : les clients pourraient réserver le soir et le week-end, quand l'agence est fermée ; nous "
              "passerions moins de temps au téléphone en janvier, quand tout le monde appelle en même temps ; et les places restantes "
              "seraient à jour sans que nous ayons à les recompter. J'ai regardé deux éditeurs de modules, Voyagiciel Résa (celui "
              "qu'utilisent les Autocars Brisset) et TourOpé Online. Je peux leur demander une démonstration."),
        ("b", "Avant de commencer le cahier de demande, j'ai besoin de tes réponses sur trois points : est-ce qu'on peut "
              "prévoir un budget ? faut-il garder la réservation par téléphone ? quel montant encaisser en ligne ?"),
        ("b", "Bonne soirée,"),
        ("b", "Céline"),
    ])
    P("")
    p = P("Le cahier de demande comporte six parties. Les trois premières sont rédigées :")
    p.paragraph_format.page_break_before = True          # saut de page manuel après le fil d'e-mails collé
    P("**a) Présentation de l'agence.** Loire Évasion Voyages, agence de voyages accompagnés pour seniors à Tours, 2 900 voyageurs "
      "par an, une quarantaine de voyages au catalogue, vendus aujourd'hui au comptoir, au téléphone et lors des réunions d'information. "
      "Notre clientèle a surtout entre 62 et 80 ans ; le site actuel ne permet que d'envoyer une demande, que nous rappelons ensuite. "
      "Le projet concerne d'abord les voyages en autocar et les circuits en avion à départ garanti ; les voyages à la carte et les "
      "groupes constitués (clubs, comités d'entreprise) continueront à être traités sur devis.")
    P("**b) Ce que nous voulons.** Nous voulons :", space_after=2)
    BUL(["que nos clients puissent réserver un voyage en ligne, de jour comme de nuit ;",
         "que l'acompte de 30 % soit payé en ligne au moment de la réservation ;",
         "que le client reçoive une confirmation par e-mail ;",
         "afficher les places restantes pour chaque départ ;",
         "que le module soit simple à utiliser pour des personnes âgées, avec de grands caractères."])
    P("**c) Le parcours de réservation souhaité.** Le client choisit son voyage et sa date, indique le nombre de voyageurs et le "
      "type de chambre, remplit ses coordonnées et celles de ses compagnons, lit les conditions particulières de vente, paie "
      "l'acompte et reçoit sa confirmation. Une conseillère le rappelle dans les 48 heures pour vérifier que tout est clair, "
      "notamment le niveau de marche et les besoins particuliers. Le solde reste réglé 30 jours avant le départ, en ligne ou à "
      "l'agence, et le carnet de voyage est envoyé par la poste comme aujourd'hui. À chaque étape, un numéro de téléphone de "
      "l'agence doit rester visible pour que le client puisse nous appeler s'il hésite.")
    P("**d) Les contraintes techniques.** À compléter.")
    P("**e) Le planning.** À compléter.")
    P("**f) Le budget et les critères de choix.** À compléter.")

    H2("2) Les éditeurs consultés")
    P("J'ai rencontré deux éditeurs de modules de réservation pour agences de voyages et j'ai noté les critères qui comptent pour nous :")
    TABLE("Tableau 5 — Les deux éditeurs consultés", [
        ["Critère", "Voyagiciel Résa", "TourOpé Online"],
        ["Mise en place", "3 900 € HT", "5 200 € HT"],
        ["Abonnement", "160 € HT par mois", "95 € HT par mois + 1 % des ventes en ligne"],
        ["Acompte paramétrable (30 %)", "Oui", "Oui"],
        ["Gestion des contingents et des places restantes", "Oui, mise à jour en temps réel", "Oui, mise à jour chaque nuit"],
        ["Paiement", "Relié au module de notre banque", "Son propre prestataire de paiement"],
        ["Lien avec notre logiciel de gestion", "Oui (export des dossiers)", "Non"],
        ["Formation", "Une journée à l'agence", "Tutoriels vidéo"],
        ["Assistance", "Téléphone, en semaine", "E-mail uniquement"],
        ["Agences clientes", "Environ 120, dont plusieurs autocaristes", "Environ 60, surtout des agences en ligne"],
    ], [5.6, 5.2, 5.2])
    P("Voyagiciel Résa nous a été présenté par les Autocars Brisset, qui l'utilisent depuis trois ans pour leurs excursions à la "
      "journée. Leur commerciale est venue à l'agence le 2 décembre 2025 ; elle nous a montré une réservation complète sur tablette. "
      "TourOpé Online a été présenté en visioconférence le 9 décembre : le module est plus moderne, mais il est surtout pensé pour "
      "des agences qui vendent uniquement en ligne.")
    P("Les deux éditeurs doivent nous faire une démonstration complète en février, avec un de nos voyages paramétré. Pendant "
      "ces démonstrations, nous demanderons à Martine, qui est la moins à l'aise avec l'informatique, de faire elle-même une "
      "réservation, et nous regarderons ce que voit le client sur une tablette.")

    SP("3) Les textes légaux")
    P("**Les mentions légales.** J'ai vérifié la page « Mentions légales » de notre site, accessible en bas de chaque page. On y "
      "trouve bien la raison sociale, l'adresse, le numéro RCS de Tours, la directrice de la publication, l'hébergeur, notre "
      "numéro d'immatriculation Atout France, notre garantie financière auprès de l'APST⟦f:APST : Association professionnelle de "
      "solidarité du tourisme, qui garantit le remboursement des voyageurs ou leur rapatriement si l'agence fait défaut.⟧ et notre "
      "assurance de responsabilité civile professionnelle. Le nom de l'assureur manquait : je l'ai fait ajouter en décembre.")
    P("**Les conditions particulières de vente.** Je les ai relues en les comparant au Code du tourisme, qui fixe les informations "
      "que nous devons donner au voyageur avant la vente⟦f:Code du tourisme, article L211-8 : informations à communiquer au voyageur "
      "avant la conclusion du contrat.⟧ et leur contenu⟦f:Code du tourisme, article R211-4 : liste des informations précontractuelles "
      "(prix, acomptes, nombre minimal de participants, conditions d'annulation…).⟧. Trois points m'ont arrêtée :")
    BUL(["**le barème d'annulation** : il est clair (50 € de frais de dossier à plus de 45 jours, puis 25 %, 50 %, 75 % et 100 % "
         "du prix selon la date), mais il n'était pas rappelé sur la page du voyage. Il devra apparaître avant le paiement en ligne ;",
         "**la révision du prix** : nos conditions disaient que le prix pouvait être révisé « jusqu'au départ ». Ce n'est pas possible : "
         "la révision n'est permise que dans les cas prévus au contrat (carburant, taxes, taux de change) et au plus tard 20 jours "
         "avant le départ. J'ai proposé de corriger la phrase ;",
         "**le nombre minimal de participants** : nos conditions disaient seulement que l'agence « se réserve le droit d'annuler en cas "
         "de nombre insuffisant ». Il faut indiquer le nombre minimal pour chaque voyage (par exemple 25 pour les Pouilles) et la date "
         "limite à laquelle nous pouvons annuler, 20 jours avant pour un voyage de plus de six jours, 7 jours avant pour un voyage "
         "de deux à six jours et 48 heures avant pour une excursion à la journée."])
    P("J'ai aussi vérifié que le formulaire d'information que nous remettons avant chaque vente rappelle les droits du voyageur, "
      "notamment la possibilité de céder son contrat à une autre personne avant le départ, ce qui arrive souvent chez nous quand un "
      "voyageur tombe malade et qu'une amie prend sa place. Nos conditions en parlaient, mais sans préciser le délai pour nous prévenir.")
    P("**Les données personnelles.** Notre formulaire de réservation demande le régime alimentaire, les difficultés de marche et "
      "parfois des informations de santé (traitement, allergies). Ce sont des informations sensibles. Je propose d'ajouter une case "
      "à cocher : « J'accepte que ces informations soient transmises à l'accompagnateur et aux hôtels pour l'organisation de mon voyage ».")

    SP("4) Les réunions")
    P("Deux réunions rythment notre travail. Elles sont courtes, mais chacune a un but précis.")
    P("**Le point du lundi**, à 9 heures, réunit les trois conseillères et Sylvie pendant une demi-heure. Il sert à faire le point "
      "sur les réservations de la semaine écoulée, à repérer les départs des quinze prochains jours qui ne sont pas complets, à "
      "vérifier les dates auxquelles nous devons rendre les places des contingents non vendues, et à se répartir les dossiers "
      "difficiles (réclamations, demandes particulières). Sylvie y annonce aussi les nouveautés du catalogue et les changements "
      "de nos partenaires (hôtels, horaires de vols), pour que nous donnions toutes la même information aux clients.")
    P("**La réunion de départ** a lieu une semaine avant chaque voyage entre l'accompagnateur et la conseillère qui suit le groupe. "
      "Elle sert à vérifier la liste des chambres, à passer en revue les besoins particuliers (régimes, mobilité, traitements), à "
      "relire le carnet de voyage et à confirmer les numéros d'urgence, pour que l'accompagnateur parte sans surprise. "
      "L'accompagnateur emporte une pochette avec la liste des voyageurs, leurs personnes à prévenir et les bons d'échange des hôtels.")

    SP("6) Le stock")
    P("Notre stock se trouve dans la réserve, au fond de l'agence. Nous y gardons les catalogues (environ 600 en début d'année), "
      "les brochures des voyages d'une journée, les étiquettes de bagages aux couleurs de l'agence, les pochettes des carnets de "
      "voyage et les sacs de voyage offerts aux clients pour leur dixième voyage. Chaque année, nous avons manqué d'étiquettes de "
      "bagages en mai : je propose de commander 3 000 étiquettes en janvier au lieu de 1 500. Les anciens catalogues sont donnés aux "
      "clubs des aînés, qui les découpent pour leurs ateliers, et les sacs de voyage sont commandés une fois par an à un fournisseur de Chinon. "
      "Depuis l'an dernier, Martine tient un petit cahier à l'entrée de la réserve : chacune y note ce qu'elle prend, ce qui nous "
      "évite de découvrir au dernier moment qu'il ne reste plus de pochettes pour les carnets d'un départ.")
    P("Les carnets de voyage partent de la réserve par la poste trois semaines avant le départ. Au retour, chaque voyageur reçoit "
      "un questionnaire sur l'ensemble de son voyage (hôtels, repas, accompagnateur, car, excursions). Une question porte sur le "
      "carnet de voyage : « Avez-vous reçu votre carnet de voyage à temps ? ».")

    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = True
    p.paragraph_format.space_after = Pt(8)
    rich(p, "Conclusion", size=13, bold=True)
    P("Ce dossier m'a permis de mettre par écrit beaucoup de choses que nous faisons à l'agence sans toujours les formaliser. "
      "La réservation en ligne ne remplacera pas le comptoir ni le téléphone, mais elle doit permettre à nos retraités actifs de "
      "réserver quand ils le souhaitent. Il me reste à terminer le cahier de demande, à choisir l'éditeur avec Sylvie et à tester "
      "le paiement sur tablette avant la sortie du catalogue.")
    P("Ce travail m'a aussi appris à regarder notre métier autrement. Le questionnaire du car m'a montré que nos retraités actifs "
      "étaient bien plus à l'aise avec internet que je ne le pensais, et l'échange avec Sylvie m'a obligée à préciser ce que "
      "nous attendons vraiment d'un module de réservation. J'aborde la saison 2026 avec l'envie de voir nos premiers clients "
      "réserver un voyage depuis leur salon, tout en sachant qu'ils pourront toujours nous appeler.")
    P("Je remercie Sylvie Moreau-Blanchard pour sa confiance, mes collègues Nadia et Martine pour leur patience pendant mes jours de "
      "formation, ainsi que Bernard et Annie, qui ont distribué les questionnaires dans le car.")


def build():
    global doc
    doc = Document()
    add_styles()
    add_settings()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rich(fp, "Loire Évasion Voyages — Céline Drouet — 2026", size=9, color="595959")
    title_page()
    sommaire()
    introduction()
    partie1()
    partie2()
    partie3()
    add_parts()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier RNCP - Céline Drouet - Loire Évasion Voyages"
    cp.created = datetime.datetime(2025, 11, 3, 14, 5, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 14
    cp.language = "fr-FR"
    os.makedirs(OUT, exist_ok=True)
    bio = io.BytesIO()
    doc.save(bio)
    fixed_zip(bio.getvalue(), FILE)
    assert len(FOOTNOTES) == 12, len(FOOTNOTES)
    print("ok", FILE)


if __name__ == "__main__":
    build()
