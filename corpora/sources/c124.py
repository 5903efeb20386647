# Générateur du dossier de la candidate c124 (Vallon Équipement Boulangerie SAS, distributeur-réparateur de matériel
# de boulangerie, Reims) — blocs 4 et 5, niveau solide. Un seul DOCX technique d'environ 35 pages (rendu LibreOffice) :
# page de garde « Projet PièceExpress », table des matières automatique (champ TOC avec résultat en cache), titres
# numérotés sur QUATRE niveaux par une vraie liste multiniveau liée aux styles Titre 1 à 4, légendes « Tableau n – … »
# au-dessus des tableaux et « Figure n – … » sous les figures (champs SEQ), ~30 vraies notes de bas de page Word
# (partie word/footnotes.xml), deux graphiques Word natifs (parties word/charts/chartN.xml, figures 5 et 7), deux
# encadrés gris « Point technique », lignes d'en-tête de tableau répétées, annexes A à C non numérotées.
# En-tête « VEB — Direction commerciale — Projet PièceExpress », pied « A. Roussel — Dossier RNCP — page X / Y ».
# Déterministe : propriétés figées, zip DOCX reconditionné à date fixe et dans un ordre fixe.
import datetime
import os
import re
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from pptx.chart.data import CategoryChartData
from pptx.chart.xmlwriter import ChartXmlWriter
from pptx.enum.chart import XL_CHART_TYPE

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c124-materiel-boulangerie-b2b")
FILE = os.path.join(OUT, "VEB-projet-PieceExpress-blocs-4-5-ARoussel.docx")
AUTHOR = "Anaïs Roussel"
FIXED = datetime.datetime(2026, 4, 27, 22, 14, 0)
ZIPSTAMP = (2026, 4, 27, 22, 14, 0)
INK = RGBColor(0x22, 0x2B, 0x33)
BRAND = "7A3B1E"          # brun « croûte » VEB
BRAND_RGB = RGBColor(0x7A, 0x3B, 0x1E)
HEAD_FILL = "4A4F55"
ZEBRA = "F3F1EE"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# ------------------------------------------------------------------------------------------------ état global
NOTES = []            # textes des notes de bas de page, dans l'ordre
CHART_PARTS = []
_docpr = [100]


# ------------------------------------------------------------------------------------------------ outils XML
def fld(paragraph, kind):
    r = OxmlElement("w:r")
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    r.append(el)
    paragraph._p.append(r)


def instr(paragraph, text):
    r = OxmlElement("w:r")
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = " %s " % text
    r.append(el)
    paragraph._p.append(r)


def add_field(paragraph, code, cached, size=None, bold=None, italic=None, color=None):
    fld(paragraph, "begin")
    instr(paragraph, code)
    fld(paragraph, "separate")
    r = paragraph.add_run(cached)
    if size:
        r.font.size = Pt(size)
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if color is not None:
        r.font.color.rgb = color
    fld(paragraph, "end")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para_box(p, fill="EDEDED", color="8C8C8C"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "5")
        e.set(qn("w:color"), color)
        bdr.append(e)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def footnote_ref(p, text):
    NOTES.append(text)
    nid = len(NOTES)
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "FootnoteReference")
    rPr.append(rs)
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r.append(rPr)
    fr_ = OxmlElement("w:footnoteReference")
    fr_.set(qn("w:id"), str(nid))
    r.append(fr_)
    p._p.append(r)


TOKEN = re.compile(r"(\*\*.*?\*\*|\{\{fn:.*?\}\}|__.*?__)")


def rich(p, text, size=None, italic=False, color=None):
    """Texte avec **gras**, __italique__ et {{fn:note de bas de page}}."""
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("{{fn:"):
            footnote_ref(p, part[5:-2])
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
        elif part.startswith("__"):
            r = p.add_run(part[2:-2])
            r.italic = True
        else:
            r = p.add_run(part)
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    return p


# ------------------------------------------------------------------------------------------------ styles et numérotation
def setup_styles(doc):
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    st.font.size = Pt(10.5)
    st.font.color.rgb = INK
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.15
    spec = {1: (16, BRAND_RGB, 18, 8), 2: (13, BRAND_RGB, 14, 6), 3: (11.5, RGBColor(0x33, 0x3D, 0x47), 10, 4),
            4: (10.5, RGBColor(0x4A, 0x4F, 0x55), 8, 3)}
    for lvl, (size, col, before, after) in spec.items():
        hs = doc.styles["Heading %d" % lvl]
        hs.font.name = "Calibri"
        rf = hs.element.rPr.find(qn("w:rFonts"))
        if rf is not None:
            for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if rf.get(qn(a)) is not None:
                    del rf.attrib[qn(a)]
            rf.set(qn("w:ascii"), "Calibri")
            rf.set(qn("w:hAnsi"), "Calibri")
        hs.font.size = Pt(size)
        hs.font.color.rgb = col
        hs.font.bold = True
        hs.font.italic = lvl == 4
        hs.paragraph_format.space_before = Pt(before)
        hs.paragraph_format.space_after = Pt(after)
        hs.paragraph_format.keep_with_next = True
    cap = doc.styles["Caption"]
    cap.font.size = Pt(9)
    cap.font.italic = False
    cap.font.bold = True
    cap.font.color.rgb = RGBColor(0x4A, 0x4F, 0x55)
    cap.paragraph_format.space_before = Pt(4)
    cap.paragraph_format.space_after = Pt(4)
    # notes de bas de page
    ft = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    ft.base_style = doc.styles["Normal"]
    ft.font.size = Pt(8.5)
    ft.paragraph_format.space_after = Pt(0)
    ft.paragraph_format.line_spacing = 1.0
    fr_ = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    fr_.font.superscript = True
    # table des matières
    for lvl, indent in ((1, 0.0), (2, 0.5), (3, 1.1)):
        name = "TOC %d" % lvl
        try:
            ts = doc.styles[name]
        except KeyError:
            ts = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        ts.base_style = doc.styles["Normal"]
        pf = ts.paragraph_format
        pf.left_indent = Cm(indent)
        pf.space_before = Pt(5 if lvl == 1 else 0)
        pf.space_after = Pt(1)
        pf.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        ts.font.size = Pt(10.5 if lvl == 1 else 10)
        ts.font.bold = lvl == 1
    # titres d'annexe (niveau 1 du plan, non numérotés)
    an = doc.styles.add_style("Titre annexe", WD_STYLE_TYPE.PARAGRAPH)
    an.base_style = doc.styles["Heading 1"]
    an.next_paragraph_style = doc.styles["Normal"]
    # liste multiniveau liée aux titres
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum xmlns:w="%s" w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>' % W_NS
        + "".join(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading%d"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
            % (k, k + 1, ".".join("%%%d" % (j + 1) for j in range(k + 1)), [432, 576, 720, 864][k],
               [432, 576, 720, 864][k]) for k in range(4))
        + "</w:abstractNum>")
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num xmlns:w="%s" w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % W_NS))
    def set_num(style, ilvl, num_id):
        numPr = style.element.get_or_add_pPr().get_or_add_numPr()   # insertion à la bonne place du schéma
        numPr.get_or_add_ilvl().val = ilvl
        numPr.get_or_add_numId().val = num_id

    for lvl in range(1, 5):
        set_num(doc.styles["Heading %d" % lvl], lvl - 1, 90)
    set_num(an, 0, 0)
    apPr = an.element.get_or_add_pPr()
    ol = OxmlElement("w:outlineLvl")
    ol.set(qn("w:val"), "0")
    apPr.append(ol)


# ------------------------------------------------------------------------------------------------ blocs
def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def caption(doc, kind, num, text):
    p = doc.add_paragraph(style="Caption")
    p.add_run(kind + " ")
    add_field(p, "SEQ %s \\* ARABIC" % kind, str(num))
    rich(p, " – " + text)
    if kind == "Tableau":
        p.paragraph_format.keep_with_next = True
    return p


def add_table(doc, num, cap, rows, widths, fs=9, first_col_fill=True):
    caption(doc, "Tableau", num, cap)
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            for k, line in enumerate(val.split("\n")):
                cp_ = c.paragraphs[0] if k == 0 else c.add_paragraph()
                cp_.paragraph_format.space_after = Pt(1)
                cp_.paragraph_format.line_spacing = 1.0
                rich(cp_, line, size=fs)
            if i == 0:
                shade(c, HEAD_FILL)
                for cp_ in c.paragraphs:
                    for rr in cp_.runs:
                        rr.bold = True
                        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            elif i % 2 == 0:
                shade(c, ZEBRA)
    repeat_header(t.rows[0])
    sp = doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(4)
    return t


def figure_placeholder(doc, num, cap, text, height_lines=7):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para_box(p, fill="F4F4F4", color="A6A6A6")
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_after = Pt(0)
    for k in range(height_lines):
        if k == height_lines // 2:
            r = p.add_run(text)
            r.italic = True
            r.font.size = Pt(9.5)
            r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        if k < height_lines - 1:
            p.add_run().add_break()
    caption(doc, "Figure", num, cap)


def add_chart(doc, num, cap, ctype, categories, series, number_format, y_title=None, width_cm=15.5, height_cm=7.8,
              labels=False, vmin=None, vmax=None):
    cd = CategoryChartData(number_format=number_format)
    cd.categories = categories
    for name, vals in series:
        cd.add_series(name, vals)
    xml = ChartXmlWriter(ctype, cd).xml
    xml = xml.replace('<c:autoTitleDeleted val="0"/>', '<c:autoTitleDeleted val="1"/>')
    xml = xml.replace('<a:defRPr sz="1800"/>', '<a:defRPr sz="900"/>')
    if "<c:legend>" in xml:
        xml = xml.replace('<c:legendPos val="r"/>', '<c:legendPos val="b"/>')
    else:
        legend = '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>'
        xml = xml.replace("</c:plotArea>", "</c:plotArea>" + legend, 1)
    if labels:
        dl = ('<c:dLbls><c:numFmt formatCode="%s" sourceLinked="0"/><c:showLegendKey val="0"/><c:showVal val="1"/>'
              '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>'
              '</c:dLbls><c:gapWidth val="80"/>' % number_format.replace('"', "&quot;"))
        i = xml.find("<c:axId", xml.find("</c:ser>", xml.rfind("<c:ser>")))
        xml = xml[:i] + dl + xml[i:]
    if vmin is not None or vmax is not None:
        sc = "<c:scaling><c:orientation val=\"minMax\"/>%s%s</c:scaling>" % (
            '<c:max val="%s"/>' % vmax if vmax is not None else "", '<c:min val="%s"/>' % vmin if vmin is not None else "")
        j = xml.find("<c:valAx>")
        k = xml.find("<c:scaling/>", j)
        xml = xml[:k] + sc + xml[k + len("<c:scaling/>"):]
    if y_title:
        tt = ('<c:title><c:tx><c:rich><a:bodyPr rot="-5400000" vert="horz"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="0"/>'
              '</a:pPr><a:r><a:rPr lang="fr-FR" sz="900" b="0"/><a:t>%s</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
              % y_title)
        j = xml.find("<c:valAx>")
        k = xml.find("<c:axPos", j)
        k = xml.find("/>", k) + 2
        xml = xml[:k] + tt + xml[k:]
    n = len(CHART_PARTS) + 1
    part = Part(PackURI("/word/charts/chart%d.xml" % n),
                "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", xml.encode("utf-8"),
                doc.part.package)
    CHART_PARTS.append(part)
    rid = doc.part.relate_to(part, RT.CHART)
    _docpr[0] += 1
    cx, cy = int(Cm(width_cm)), int(Cm(height_cm))
    inline = parse_xml(
        '<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="%s" '
        'distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="Graphique %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        '<c:chart r:id="%s"/></a:graphicData></a:graphic></wp:inline>' % (R_NS, cx, cy, _docpr[0], n, rid))
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run()
    drawing = OxmlElement("w:drawing")
    drawing.append(inline)
    r._r.append(drawing)
    caption(doc, "Figure", num, cap)


def point_technique(doc, title, lines):
    p = doc.add_paragraph()
    para_box(p, fill="E7E6E6", color="7F7F7F")
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.keep_with_next = True
    r = p.add_run("Point technique — " + title)
    r.bold = True
    r.font.size = Pt(10)
    for k, line in enumerate(lines):
        q = doc.add_paragraph()
        para_box(q, fill="E7E6E6", color="7F7F7F")
        q.paragraph_format.space_after = Pt(0) if k < len(lines) - 1 else Pt(10)
        if k < len(lines) - 1:
            q.paragraph_format.keep_with_next = True
        rich(q, line, size=9.5)


def footnotes_xml():
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<w:footnotes xmlns:w="%s" xmlns:r="%s">' % (W_NS, R_NS),
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, text in enumerate(NOTES, 1):
        runs = []
        for part in re.split(r"(__.*?__)", text):
            if not part:
                continue
            esc = part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if part.startswith("__"):
                runs.append('<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % esc[2:-2])
            else:
                runs.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc)
        parts.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                     '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                     '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:footnote>'
                     % (i, "".join(runs)))
    parts.append("</w:footnotes>")
    return "".join(parts).encode("utf-8")


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ================================================================================================== CONTENU
# ("h1".."h4", titre) ; ("p", texte) ; ("ul", [..]) ; ("t", clé, légende, lignes, largeurs_cm[, taille]) ;
# ("fig", clé, légende, texte de l'emplacement[, lignes]) ; ("chart", clé, légende, type, catégories, séries, format,
# titre_axe, vmin, vmax, étiquettes) ; ("pt", titre, [lignes]) ; ("annexe", titre) ; ("pb",)
# Dans les textes : **gras**, __italique__, {{fn:note}}, {T:clé} et {F:clé} (numéros de tableau et de figure).
CONTENT = []

# ------------------------------------------------------------------------------------------------ 1 Contexte
CONTENT += [
    ("h1", "Contexte"),
    ("h2", "Vallon Équipement Boulangerie"),
    ("p", "Vallon Équipement Boulangerie (VEB) est une SAS installée dans la zone industrielle de la Pompelle, à Reims. "
          "Gérard Vallon l'a créée en 1987 pour vendre et réparer des fours de boulangerie ; son fils Thomas en est le "
          "président depuis 2018. Nous équipons et dépannons aujourd'hui 2 300 boulangeries clientes réparties sur le "
          "Grand Est, les Hauts-de-France et l'est de l'Île-de-France, essentiellement des artisans indépendants, "
          "quelques chaînes régionales et une vingtaine de rayons boulangerie de grandes surfaces."),
    ("p", "Notre métier tient en trois activités : la vente de matériel neuf (fours à sole, fours ventilés, pétrins "
          "spirale, chambres de pousse{{fn:Chambre de pousse : armoire ou chambre régulée en température et en humidité "
          "dans laquelle les pâtons lèvent avant cuisson. En « pousse contrôlée », elle enchaîne froid, repos et "
          "réchauffage sur une nuit pour que la fournée soit prête à l'arrivée du boulanger.}}, diviseuses, façonneuses), "
          "le service après-vente avec des contrats d'entretien, et la vente de pièces détachées et de petit matériel. "
          "Nous sommes distributeur exclusif pour notre zone de trois marques : les fours à sole **Deltaplan**, les "
          "pétrins spirale **Morvel** et les chambres de pousse **Climafroid**."),
    ("t", "chiffres", "Chiffres clés de VEB en 2025", [
        ["Indicateur", "2025", "Commentaire"],
        ["Chiffre d'affaires total HT", "8,9 M€", "+4,1 % par rapport à 2024"],
        ["dont matériel neuf", "5,1 M€", "fours, pétrins, chambres de pousse, lignes de façonnage"],
        ["dont SAV et contrats d'entretien", "2,2 M€", "1 140 contrats d'entretien actifs au 31/12"],
        ["dont pièces détachées et petit matériel", "1,6 M€", "8 400 références actives dans Silex Gestion"],
        ["dont pièces vendues en ligne", "640 k€", "40 % du CA pièces, 7,2 % du CA total"],
        ["Boulangeries clientes", "2 300", "1 310 comptes ouverts sur le site, 705 actifs en 2025"],
        ["Effectif", "34 salariés", "14 techniciens SAV, 6 personnes au magasin pièces"],
        ["Dépôts", "3", "Reims (magasin central), Ludres (54), Saint-Quentin (02)"],
    ], [6.0, 2.4, 7.6]),
    ("p", "Les pièces détachées pèsent peu dans le chiffre d'affaires mais beaucoup dans la relation : un four à sole "
          "arrêté un vendredi soir, c'est une fournée du samedi perdue. Le boulanger qui trouve sa pièce en deux "
          "minutes et la reçoit le lendemain matin reste client pour le prochain four ; celui qui attend trois jours "
          "une résistance regarde ailleurs. C'est pour cela que la direction a fait des pièces un sujet stratégique "
          "en 2025."),
    ("h2", "Le marché des pièces et la concurrence"),
    ("p", "Trois types d'acheteurs commandent nos pièces. Les **artisans boulangers** achètent eux-mêmes les pièces "
          "d'usure simples (courroies, joints, couches de lin, bannetons) et appellent le SAV pour le reste. Les "
          "**techniciens**, les nôtres comme ceux des boulangeries qui ont leur propre homme d'entretien, commandent "
          "des pièces électriques et mécaniques à partir d'une référence constructeur ou d'une vue éclatée. Les "
          "**acheteurs des chaînes** passent des commandes groupées avec un numéro de bon de commande et un tarif "
          "client négocié."),
    ("p", "Sur les pièces, nous avons trois concurrents. **Fournipro Est** est un grossiste en équipement de cuisine "
          "professionnelle qui vend aussi quelques pièces de boulangerie : prix bas, catalogue très large, fiches "
          "réduites à une photo et un prix. **Boulang'Équip Lorraine** est notre concurrent le plus direct en SAV, "
          "mais ne vend pas en ligne : tout passe par téléphone et devis. **PiècesFour.com** est un site national "
          "spécialisé, avec un grand catalogue toutes marques, mais sans contrôle de compatibilité par numéro de "
          "série et avec des délais de trois à cinq jours sur notre zone. Notre avantage est là : nous connaissons "
          "le parc installé chez nos clients, machine par machine, et nous livrons en J+1."),
    ("h2", "Le projet PièceExpress"),
    ("p", "Notre site B2B tourne sous **OroCommerce**{{fn:OroCommerce 6.0 LTS, édition Community, hébergé chez "
          "OVHcloud ; mise en ligne du site en mars 2021.}} depuis 2021. Il est connecté à notre ERP **Silex Gestion** "
          "pour les articles, les tarifs clients, les stocks et les commandes. Jusqu'en 2024, le site servait "
          "surtout aux clients qui connaissaient déjà leur référence : 60 % des commandes de pièces continuaient "
          "d'arriver par téléphone au magasin ou par le technicien en intervention."),
    ("p", "Le projet **PièceExpress**, lancé par Thomas Vallon en septembre 2025, doit faire du site le premier canal "
          "de commande des pièces. Il a quatre volets, qui structurent ce dossier :"),
    ("ul", ["des **contenus de catalogue** qui permettent d'identifier la bonne pièce sans appeler : fiches "
            "référence, vues éclatées, vidéos de réparation, pages conseils (chapitre 2) ;",
            "un **parcours de commande** pensé pour des professionnels pressés : la commande express par référence "
            "(chapitre 3) ;",
            "un **module de recherche par numéro de série** confié à un intégrateur, avec ses spécifications, son "
            "budget et son équipe (chapitre 4) ;",
            "une remise à plat du **cadre juridique** et de la **logistique** du magasin pièces (chapitres 5 et 6)."]),
    ("p", "Le projet s'étale sur un peu plus d'un an. Le cadrage avec Thomas Vallon a eu lieu en septembre 2025. "
          "D'octobre à décembre 2025, nous avons refait les fiches pilotes, tourné la première vidéo, ouvert la "
          "commande express et lancé le questionnaire sur site, tout en réorganisant le magasin. La consultation "
          "des intégrateurs s'est déroulée en janvier et février 2026 ; le module de recherche par numéro de série "
          "est en développement depuis mars pour une mise en ligne fin juin, avant le salon professionnel de "
          "septembre. Le bilan chiffré sera fait en décembre 2026. Ce dossier a été arrêté fin avril 2026 : les "
          "résultats présentés portent donc sur 2025 et le début de 2026."),
    ("h2", "Mon rôle"),
    ("p", "Je suis responsable e-commerce chez VEB depuis 2021 et je prépare le titre en formation continue, session "
          "2026. Mon poste est rattaché à la direction commerciale ; mon tuteur est Thomas Vallon. Je pilote le site "
          "au quotidien (catalogue, contenus, statistiques, relation avec l'hébergeur et les intégrateurs) et je "
          "coordonne le projet PièceExpress avec Sandrine Mathieu, responsable du magasin pièces, et Kevin Dupré, "
          "responsable SAV. Les chiffres de ce dossier viennent de Silex Gestion, de Google Analytics 4 et de nos "
          "propres relevés ; la source est indiquée en note quand elle n'est pas évidente."),
]

# ------------------------------------------------------------------------------------------------ 2 Contenus du catalogue
CONTENT += [
    ("h1", "Contenus du catalogue"),
    ("p", "Un boulanger ou un technicien qui cherche une pièce a une question précise : « est-ce que c'est la bonne "
          "pour ma machine ? ». Tous les contenus de ce chapitre servent à y répondre sans décrocher le téléphone. "
          "Nous avons commencé par un périmètre pilote de 120 références, les plus vendues des trois marques, avant "
          "de déployer le gabarit sur le reste du catalogue."),
    ("h2", "Les sources de visuels"),
    ("h3", "Trois sources comparées"),
    ("p", "Nous avions jusqu'ici des photos prises au téléphone sur l'établi du magasin, de qualité très inégale. Pour "
          "le pilote, j'ai comparé trois façons de produire les visuels. La première est un **studio de packshot** "
          "rémois, qui photographie sur fond blanc à 4,20 € HT la vue{{fn:Devis Studio Reflet (Reims) n° 2025-118 du "
          "14 octobre 2025 : 4,20 € HT la vue détourée sur fond blanc, trois vues minimum par référence, enlèvement "
          "et retour des pièces par nos soins, délai de 10 jours ouvrés.}}. La deuxième, ce sont les **vues éclatées "
          "3D des constructeurs**, que Deltaplan, Morvel et Climafroid mettent à disposition de leurs distributeurs "
          "sur leur portail partenaire. La troisième est une **boîte à lumière interne** de 80 cm installée au "
          "magasin, avec un boîtier Canon EOS 250D et un pied fixe, utilisée par Sandrine et un préparateur."),
    ("t", "sources", "Comparaison des trois sources de visuels (pilote de 120 références)", [
        ["Critère", "Studio packshot", "Vues éclatées constructeurs", "Boîte à lumière interne"],
        ["Coût par référence", "12,60 € HT (3 vues)", "0 € (licence distributeur)", "≈ 2,10 € (9 min de temps "
                                                                                   "préparateur chargé)"],
        ["Délai", "10 jours ouvrés + transport des pièces", "immédiat si la planche existe", "le jour même"],
        ["Fidélité à la pièce réelle", "très bonne, mais pièce neuve « idéale »", "schéma : pas de marquage ni de "
                                                                                  "couleur réelle", "très bonne, "
                                                                                  "marquages lisibles en macro"],
        ["Aide à l'identification", "faible : la pièce est isolée", "très forte : position dans la machine, "
                                                                    "numéro de repère", "moyenne"],
        ["Rendu commercial", "très bon", "neutre", "correct"],
        ["Couverture du catalogue", "toutes les pièces transportables", "modèles postérieurs à 2008 "
                                                                        "seulement", "pièces de moins de 60 cm"],
        ["Droits d'usage", "cession totale prévue au devis", "usage limité au site du distributeur", "à nous"],
    ], [3.4, 4.0, 4.4, 4.2]),
    ("h3", "Notre choix, famille par famille"),
    ("p", "Aucune source ne gagne partout, nous avons donc choisi par famille de produits, en partant de ce que "
          "l'acheteur doit vérifier avant de commander :"),
    ("ul", ["**Pièces électriques et mécaniques** (résistances, sondes, contacteurs, courroies, roulements) : vue "
            "éclatée constructeur pour situer la pièce dans la machine, **plus** une photo en boîte à lumière de la "
            "pièce réelle, où l'on lit la référence gravée et le nombre de cosses. Le studio n'apporte rien ici : "
            "un technicien veut voir le marquage, pas une belle lumière.",
            "**Joints** : boîte à lumière, avec un schéma du profil coté. Ce sont des pièces souples que le studio "
            "rend mal (le joint s'écrase) et dont l'erreur la plus fréquente est la longueur.",
            "**Petit matériel** (couches de lin, bannetons, grilles, pelles) : studio packshot. Ici le boulanger "
            "compare avec Fournipro Est et PiècesFour.com et l'aspect compte ; le coût de 12,60 € est amorti dès "
            "la première vente sur un article à 89 €.",
            "**Anciens modèles sans planche constructeur** (avant 2008) : photo de la machine ouverte prise par un "
            "technicien en intervention, annotée à la main, en attendant mieux."]),
    ("p", "Sur les 120 références pilotes, cela a donné 31 références photographiées en studio (390 € HT), 89 en "
          "boîte à lumière et 74 planches constructeurs récupérées. Le budget visuel du pilote est resté sous "
          "600 € HT, temps interne compris."),
    ("h2", "Les pages conseils"),
    ("p", "Nous n'avons pas de blog : les conseils sont des pages de l'espace client. Elles sont rangées sous "
          "« Espace client > Conseils techniques » mais restent publiques et indexables ; sans connexion, seuls les "
          "prix des pièces liées sont masqués. Ces pages jouent le rôle d'articles : elles attirent des boulangers "
          "qui cherchent une solution et les amènent vers les fiches référence."),
    ("h3", "Pourquoi « Chambre de pousse : 7 contrôles avant l'hiver »"),
    ("p", "Le sujet vient du SAV. Chaque année entre fin octobre et décembre, Kevin voit revenir les mêmes appels sur "
          "les chambres de pousse : pâtons trop poussés le matin, condensation sur les portes, programme décalé "
          "d'une heure. En 2024, 184 interventions sur les chambres de pousse ont eu lieu sur ces trois mois, contre "
          "une moyenne de 35 par mois le reste de l'année. Une bonne partie aurait pu être évitée par des contrôles "
          "simples faits par le boulanger lui-même."),
    ("h3", "Les termes métier retenus"),
    ("p", "J'ai relevé les recherches sur seize mois dans la Search Console{{fn:Export Google Search Console, "
          "requêtes du 1er juillet 2024 au 31 octobre 2025, filtre « pousse ».}}, les recherches internes du site et "
          "les questions notées par l'accueil SAV. Le terme principal est « chambre de pousse » ; les termes "
          "secondaires sont ceux que les boulangers associent à un problème : « pousse contrôlée », « joint chambre "
          "de pousse », « sonde chambre de pousse », « humidificateur chambre de pousse », « condensation chambre "
          "de pousse » et « chambre de pousse qui ne chauffe plus ». « Pousse lente » est gardé pour l'introduction, "
          "car c'est le mot du fournil."),
    ("h3", "Plan et placement des termes"),
    ("p", "La méthode de rédaction est la même pour toutes les pages conseils. Le terme principal ouvre le titre et "
          "l'URL ; il revient dans la première phrase de l'introduction avec « pousse contrôlée » ; chaque contrôle "
          "a son intertitre H2 construit sur un terme secondaire, formulé comme le boulanger le dirait ; chaque H2 "
          "renvoie vers la fiche référence de la pièce concernée. J'écris le texte, Kevin valide chaque contrôle "
          "technique, et je relis enfin à voix haute : si une phrase ne passerait pas au comptoir du fournil, je la "
          "réécris."),
    ("t", "article", "Plan de la page « Chambre de pousse : 7 contrôles avant l'hiver » et place des termes métier", [
        ["Partie", "Contenu", "Terme métier placé", "Lien vers"],
        ["Titre et URL", "Chambre de pousse : 7 contrôles avant l'hiver\n/conseils/chambre-de-pousse-controles-hiver",
         "chambre de pousse", "—"],
        ["Introduction (90 mots)", "Pourquoi l'hiver dérègle la pousse contrôlée ; 20 minutes suffisent",
         "chambre de pousse, pousse contrôlée, pousse lente", "—"],
        ["H2 n° 1", "Le joint de porte : le test de la feuille de papier", "joint chambre de pousse",
         "Joint de porte CF-600"],
        ["H2 n° 2", "La sonde : comparer avec un thermomètre de référence", "sonde chambre de pousse",
         "Sonde PT100 Climafroid"],
        ["H2 n° 3", "L'humidificateur : calcaire et électrovanne", "humidificateur chambre de pousse",
         "Électrovanne CF-600"],
        ["H2 n° 4", "L'évacuation des condensats", "condensation chambre de pousse", "Tuyau d'évacuation"],
        ["H2 n° 5", "L'évaporateur et le dégivrage", "chambre de pousse froid", "—"],
        ["H2 n° 6", "Le ventilateur et la résistance de chauffe", "chambre de pousse qui ne chauffe plus",
         "Moteur ventilateur CF-600"],
        ["H2 n° 7", "L'horloge du programmateur au changement d'heure", "programmateur pousse contrôlée", "—"],
        ["Conclusion", "Quand appeler le SAV ; rappel du contrat d'entretien", "contrat d'entretien",
         "Page contrats"],
    ], [2.6, 6.2, 4.2, 3.0]),
    ("p", "La page fait 1 050 mots, avec une photo par contrôle en boîte à lumière et un encadré « sécurité » avant "
          "toute intervention sur une partie électrique. Elle a été publiée le 27 octobre 2025, veille du passage à "
          "l'heure d'hiver, et envoyée aux 412 clients équipés d'une chambre Climafroid."),
    ("h2", "Le gabarit de fiche référence"),
    ("h3", "Qui lit une fiche référence"),
    ("p", "Une fiche référence n'est pas lue comme une fiche produit grand public. Elle est lue par un boulanger "
          "devant une machine en panne, souvent tôt le matin et sur un téléphone, ou par un technicien qui a la "
          "vue éclatée en tête et veut confirmer une référence. Le premier veut être rassuré sur la compatibilité ; "
          "le second veut la référence constructeur et le numéro de repère. Le gabarit est construit dans l'ordre "
          "de leurs questions, de la plus éliminatoire à la plus accessoire."),
    ("h3", "Les blocs du gabarit"),
    ("p", "Le gabarit a huit blocs, dans cet ordre : titre normalisé, prix et disponibilité, tableau de "
          "compatibilité, vue éclatée, références, symptômes d'usure, vidéo ou page conseil liée, documents "
          "(notice, fiche sécurité). Les quatre blocs propres à notre métier sont détaillés ci-dessous."),
    ("h4", "Tableau de compatibilité par modèle et plage de numéros de série"),
    ("p", "Chez un même constructeur, une pièce change souvent en cours de série. Le four Deltaplan DP4 a ainsi "
          "connu deux résistances de sole différentes selon l'année de fabrication. Le tableau de compatibilité "
          "donne donc, pour chaque modèle, la **plage de numéros de série** concernée. Il est placé juste sous le "
          "prix, car c'est le bloc qui évite le plus de retours."),
    ("h4", "Vue éclatée avec numéro de repère"),
    ("p", "La vue éclatée constructeur est affichée avec la pièce entourée et son **numéro de repère** (par "
          "exemple « repère 14 » sur la planche sole du DP4). Le technicien retrouve ainsi la pièce dans sa "
          "documentation papier, et le boulanger voit où elle se trouve dans sa machine."),
    ("h4", "Référence constructeur et équivalences"),
    ("p", "Notre code article ne dit rien au client. La fiche affiche la **référence constructeur**, les anciennes "
          "références remplacées et, quand elles existent, les équivalences validées par Kevin. Nous n'affichons "
          "une équivalence que si la pièce ne modifie pas la conformité de la machine{{fn:Directive Machines "
          "2006/42/CE, remplacée à partir du 20 janvier 2027 par le règlement (UE) 2023/1230 relatif aux machines. "
          "Une pièce de sécurité non équivalente peut faire perdre la présomption de conformité de la machine.}} : "
          "aucune équivalence n'est proposée sur les sécurités de porte ni sur les cartes de régulation."),
    ("h4", "Symptômes d'usure"),
    ("p", "Ce bloc dit, avec les mots du fournil, comment on reconnaît une pièce à changer : « sole plus froide à "
          "l'avant », « pains sans grigne{{fn:Grigne : ouverture de la croûte le long du coup de lame, qui se "
          "développe à la cuisson. Une sole qui ne chauffe plus assez donne des baguettes plates, sans grigne.}} "
          "sur l'étage du bas », « courroie qui siffle au démarrage ». Il précise aussi l'intervalle de "
          "remplacement conseillé quand c'est une pièce d'usure, ce qui prépare la commande suivante."),
    ("h3", "Application : résistance de sole du four Deltaplan DP4"),
    ("p", "La première fiche refaite avec le gabarit est la « Résistance de sole 2 800 W — four Deltaplan DP4 », "
          "vendue 148,00 € HT. C'est notre pièce électrique la plus vendue en ligne et celle qui générait le plus "
          "d'erreurs : en 2024, 23 résistances ont été retournées parce que le client avait un DP4 d'avant 2016."),
    ("t", "compat", "Tableau de compatibilité de la résistance de sole 2 800 W (extrait de la fiche)", [
        ["Modèle", "Plage de numéros de série", "Année", "Compatible", "Remarque"],
        ["Deltaplan DP4 (4 étages, 4 portes)", "DP4-16-0001 à DP4-25-0999", "2016–2025", "Oui", "Repère 14, "
                                                                                                  "2 par étage"],
        ["Deltaplan DP4", "DP4-08-0001 à DP4-15-0612", "2008–2015", "Non", "Résistance 2 400 W, réf. DLT-RS2400"],
        ["Deltaplan DP4-L (sole longue)", "DP4L-18-0001 à DP4L-25-0240", "2018–2025", "Non", "Résistance 3 200 W"],
        ["Deltaplan DP3 (3 étages)", "DP3-16-0001 à DP3-25-0815", "2016–2025", "Oui", "Repère 11"],
        ["Deltaplan DP5", "toutes", "2019–2025", "Non", "Sole céramique, autre gamme"],
    ], [4.0, 4.2, 1.8, 2.2, 3.8]),
    ("p", "La plage de numéros de série vient du catalogue constructeur{{fn:Catalogue pièces Deltaplan 2024, "
          "planches 7 et 8 (sole et voûte DP3 / DP4), p. 18–21.}} et a été recoupée avec notre parc installé dans "
          "Silex. Les fours à chariot rotatif{{fn:Les fours à chariot rotatif relèvent de la norme NF EN 1673 "
          "(machines pour les produits alimentaires — fours à chariot rotatif — prescriptions relatives à la "
          "sécurité et à l'hygiène). Ils ne font pas partie du périmètre pilote.}} n'ont pas été traités dans le "
          "pilote : leurs pièces se vendent surtout par le SAV."),
    ("fig", "eclatee", "Vue éclatée de la sole du four Deltaplan DP4, repère 14 entouré (planche constructeur)",
     "[vue éclatée Deltaplan DP4 — planche 7 « Sole », repères 1 à 24, repère 14 entouré en rouge]", 9),
    ("fig", "gabarit", "Fiche référence de la résistance de sole après application du gabarit (vue bureau)",
     "[capture OroCommerce — fiche « Résistance de sole 2 800 W — four Deltaplan DP4 »]", 9),
    ("pt", "sondes PT100", [
        "Sur les fours Deltaplan comme sur les chambres Climafroid, la température est lue par des sondes **PT100** : "
        "une résistance de platine qui vaut 100 Ω à 0 °C et environ 138,5 Ω à 100 °C{{fn:Courbe normalisée "
        "IEC 60751, classe B : ± (0,30 + 0,005 × t) °C.}}.",
        "Avant de commander une sonde, le technicien la mesure à l'ohmmètre, four froid : à 20 °C, une sonde saine "
        "donne environ 107,8 Ω. Une valeur infinie signale une coupure, une valeur proche de zéro un court-circuit.",
        "Une sonde accusée à tort cache souvent une résistance de sole grillée : d'où le lien entre les deux "
        "fiches et la mention « vérifier la sonde avant de commander » dans les symptômes d'usure."]),
    ("h2", "Les termes métier recherchés"),
    ("p", "Sur un catalogue de pièces, les recherches ne portent pas sur des mots génériques mais sur des **codes "
          "de modèle** : nos clients tapent « courroie sp60 », « résistance sole dp4 » ou « joint cf600 ». J'ai donc "
          "construit les termes métier à partir du code de référence, en trois temps : extraction des recherches "
          "internes et de la Search Console, regroupement par pièce, puis choix d'un terme principal par fiche "
          "(pièce + code modèle) et de deux ou trois variantes (avec ou sans espace, nom de marque, mot du fournil)."),
    ("p", "Chaque terme principal est placé à quatre endroits : le titre de la page, l'URL, le titre H1 de la "
          "fiche et le texte alternatif de l'image principale. Les variantes vont dans la description et dans le "
          "champ « mots de recherche » d'OroCommerce, qui alimente le moteur interne sans apparaître à l'écran."),
    ("t", "termes", "Termes métier par référence et emplacements", [
        ["Référence", "Terme principal", "Titre de la page", "URL", "H1", "Texte alternatif"],
        ["Résistance de sole DP4", "résistance sole dp4", "Résistance sole DP4 2 800 W — Deltaplan | VEB",
         "/pieces/resistance-sole-dp4-2800w", "Résistance de sole 2 800 W — four Deltaplan DP4",
         "résistance sole DP4 2 800 W Deltaplan, 2 cosses"],
        ["Courroie pétrin SP60", "courroie sp60", "Courroie SP60 pétrin spirale Morvel | VEB",
         "/pieces/courroie-petrin-sp60", "Courroie pétrin spirale Morvel SP60",
         "courroie SP60 pétrin spirale Morvel, profil XPZ"],
        ["Joint CF-600", "joint cf600", "Joint de porte CF-600 chambre de pousse | VEB",
         "/pieces/joint-porte-cf600", "Joint de porte chambre de pousse CF-600",
         "joint de porte CF-600 Climafroid magnétique"],
        ["Sonde PT100 DP4", "sonde pt100 dp4", "Sonde PT100 four DP4 Deltaplan | VEB", "/pieces/sonde-pt100-dp4",
         "Sonde de température PT100 — four Deltaplan DP4", "sonde PT100 four DP4, câble 1,5 m"],
        ["Couche de lin 60 cm", "couche de lin", "Couche de lin 60 cm × 10 m boulangerie | VEB",
         "/petit-materiel/couche-de-lin-60cm", "Couche de lin 60 cm × 10 m", "couche de lin boulanger 60 cm "
                                                                             "rouleau de 10 m"],
        ["Banneton 500 g", "banneton rotin", "Banneton rotin rond 500 g | VEB", "/petit-materiel/banneton-rotin-rond-500g",
         "Banneton rotin rond 500 g", "banneton rotin rond pour pâton de 500 g"],
    ], [2.5, 2.3, 3.4, 3.0, 2.9, 2.9], 8),
    ("h2", "Ce qui aide à décider sur la fiche"),
    ("p", "Une fois la bonne pièce identifiée, le client professionnel décide sur des critères très concrets. Le "
          "gabarit les place tous au-dessus de la ligne de flottaison sur ordinateur, et juste sous la photo sur "
          "téléphone :"),
    ("ul", ["le **vérificateur de compatibilité** : le client saisit son numéro de série ou choisit une machine "
            "de son parc (déjà rattachée à son compte) et obtient « compatible » en vert ou « pas compatible, voici "
            "la bonne pièce » ;",
            "le **stock par dépôt** : Reims, Ludres et Saint-Quentin, avec la quantité réelle ;",
            "la promesse **J+1 si la commande est passée avant 12 h**, avec la date de livraison calculée ;",
            "le **tarif client** : après connexion, le prix affiché est celui du compte, remise négociée comprise, "
            "avec le franco de port du compte ;",
            "la **vidéo de réparation** ou la page conseil liée, quand elle existe, pour savoir si l'on peut faire "
            "la réparation soi-même ;",
            "la **durée d'intervention estimée** (« 20 min, sans démontage de la voûte »), qui aide à choisir entre "
            "commander la pièce seule ou demander un technicien."]),
    ("fig", "fichesp60", "Fiche « Courroie pétrin spirale Morvel SP60 » connectée : compatibilité, stock par dépôt, "
                         "J+1 et vidéo", "[capture OroCommerce — fiche courroie SP60, bloc décision]", 8),
    ("pt", "dimensions des joints", [
        "Le joint de porte de la chambre de pousse CF-600 (42,50 € HT) est un profil magnétique clipsé. La cause "
        "n° 1 de retour est une erreur de longueur : un vieux joint rétrécit avec la chaleur et l'humidité.",
        "Sur la fiche, nous demandons donc de **mesurer le cadre de porte**, pas l'ancien joint : 600 × 800 mm pour "
        "la porte standard, soit une longueur développée de 2 780 mm, coins moulés compris{{fn:Notice technique "
        "Climafroid CF-600, révision 2023, § 6.2 « Remplacement du joint de porte », p. 12.}}.",
        "Les joints en contact avec l'ambiance de pousse sont en silicone de qualité alimentaire{{fn:Règlement (CE) "
        "n° 1935/2004 concernant les matériaux et objets destinés à entrer en contact avec des denrées "
        "alimentaires.}} ; nous ne proposons pas d'équivalent générique."]),
    ("h2", "La vidéo de réparation « Changer la courroie du pétrin SP60 »"),
    ("h3", "Tournage"),
    ("p", "La courroie du pétrin spirale Morvel SP60 (36,90 € HT) est une pièce d'usure que beaucoup de boulangers "
          "peuvent changer eux-mêmes, à condition de bien régler la tension. Nous avons tourné une vidéo de six "
          "minutes avec Kevin à l'atelier, un mardi après-midi, sur un SP60 de reprise. Deux angles : un "
          "smartphone sur pied pour le plan large et une caméra d'action fixée au capot pour les gros plans, plus "
          "un micro-cravate sur Kevin. La première séquence rappelle la consignation électrique de la machine "
          "avant toute intervention{{fn:NF EN 453 : machines pour les produits alimentaires — pétrins — "
          "prescriptions relatives à la sécurité et à l'hygiène. La dépose du capot donne accès à la transmission : "
          "machine consignée, cuve à l'arrêt.}}."),
    ("h3", "Montage sous Adobe Premiere Pro"),
    ("p", "J'ai monté la vidéo dans Adobe Premiere Pro{{fn:Adobe Premiere Pro 2025 (version 25.x), licence Creative "
          "Cloud de l'entreprise.}}, en quatre étapes."),
    ("h4", "Dérushage et montage"),
    ("p", "Sur 48 minutes de rushes, j'ai marqué les bons passages avec des marqueurs de couleur, puis monté la "
          "timeline en alternant plan large et gros plan à chaque geste. Les hésitations sont coupées à l'outil "
          "« Cut » ; les temps morts de démontage sont accélérés à 200 % avec un pictogramme « accéléré »."),
    ("h4", "Habillage"),
    ("p", "Les titres reprennent la référence constructeur et le numéro de repère de la vue éclatée Morvel "
          "(« repère 32 — courroie XPZ 1 250 »){{fn:Catalogue pièces Morvel 2025, p. 44, planche « Transmission "
          "SP40 / SP60 ».}}. Une flèche animée montre le point de mesure de la tension. La couleur est harmonisée "
          "entre les deux caméras avec le panneau Lumetri."),
    ("h4", "Son et sous-titres"),
    ("p", "Le bruit de l'atelier est réduit avec l'effet « Améliorer la voix ». Les sous-titres sont générés par la "
          "transcription automatique, puis corrigés à la main (« SP60 » était transcrit « SP 6 0 »). Ils sont "
          "indispensables : beaucoup de clients regardent la vidéo dans le fournil, sans le son."),
    ("h4", "Export"),
    ("p", "Export en H.264, 1 920 × 1 080, 25 images par seconde, débit variable à 8 Mb/s, avec un fichier de "
          "sous-titres SRT séparé."),
    ("t", "chapitres", "Chapitres de la vidéo « Changer la courroie du pétrin SP60 » (durée 6 min 04)", [
        ["Minutage", "Chapitre", "Ce que l'on voit"],
        ["00:00", "Sécurité", "Consignation électrique, cuve à l'arrêt, cadenas sur le sectionneur"],
        ["00:35", "Outils", "Clé de 13, clé de 17, jauge de tension, chiffon"],
        ["01:10", "Dépose du capot", "Quatre vis, capot arrière posé à plat"],
        ["02:05", "Dépose de l'ancienne courroie", "Détente du moteur, contrôle visuel des flancs"],
        ["03:00", "Contrôle des poulies", "Usure des gorges, alignement à la règle"],
        ["03:40", "Pose de la courroie neuve", "Sens de montage, mise en place sans levier"],
        ["04:30", "Réglage de la tension", "Flèche de 8 mm sous 3 kg à mi-brin"],
        ["05:15", "Essai et remontage", "Essai à vide en vitesse 1 puis 2, remontage du capot"],
    ], [2.0, 4.5, 9.5]),
    ("h2", "Des formats adaptés à la consultation en ligne"),
    ("p", "Nos clients consultent le site pour moitié sur téléphone, souvent avec la 4G d'un fournil en sous-sol. "
          "Les règles de format sont donc strictes et inscrites dans le gabarit :"),
    ("ul", ["photos en **WebP**, 1 200 px sur le grand côté pour le zoom et 600 px pour les listes, **moins de "
            "150 Ko** par image ; chargement différé sous la ligne de flottaison ;",
            "vues éclatées en WebP à 1 600 px, zoomables, avec une version PDF vectorielle à télécharger pour les "
            "techniciens ;",
            "vidéos hébergées sur **Vimeo**{{fn:Offre Vimeo Standard : lecteur sans publicité ni suggestions de "
            "vidéos tierces, chapitres et sous-titres gérés dans l'interface.}}, lecteur intégré sans suggestions, "
            "**chapitres** repris du tableau ci-dessus, sous-titres activés par défaut, qualité adaptée au débit ;",
            "notices PDF compressées sous 2 Mo, ouvertes dans un nouvel onglet."]),
    ("p", "Après conversion des 120 fiches pilotes, le poids moyen d'une fiche est passé de 3,4 Mo à 780 Ko et le "
          "score de performance mobile de 41 à 86{{fn:Mesures Lighthouse (mode mobile) sur la fiche courroie SP60, "
          "le 4 novembre puis le 9 décembre 2025.}}."),
]

# ------------------------------------------------------------------------------------------------ 3 Parcours de commande
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
CONTENT += [
    ("h1", "Parcours de commande"),
    ("h2", "L'objectif de transformation et son suivi"),
    ("h3", "Un objectif chiffré et daté"),
    ("p", "L'objectif commercial du projet est simple à énoncer : **45 % des commandes de pièces passées en ligne "
          "d'ici décembre 2026**, en nombre de commandes. Le dénominateur comprend toutes les commandes de pièces "
          "et de petit matériel enregistrées dans Silex Gestion, quel que soit le canal : site, téléphone au "
          "magasin, comptoir de Reims, commandes saisies par les techniciens en intervention. Le numérateur ne "
          "compte que les commandes créées sur le site. Les commandes de matériel neuf, qui passent toutes par "
          "devis, sont exclues."),
    ("p", "Nous avons choisi le nombre de commandes plutôt que le chiffre d'affaires, parce que c'est le volume "
          "d'appels au magasin que nous voulons faire baisser : une courroie à 36,90 € commandée par téléphone "
          "coûte autant de temps de traitement qu'une carte de régulation à 412 €."),
    ("h3", "Ce que les clients attendent : le questionnaire sur site"),
    ("p", "Les chiffres de commandes disent combien, pas pourquoi. Depuis le 1er octobre 2025, un questionnaire de trois "
          "questions s'affiche une fois par client sur la page de résultats de recherche, après 40 secondes. Il est "
          "volontairement court : il doit se remplir en quinze secondes, d'un pouce."),
    ("fig", "questionnaire", "Questionnaire de trois questions affiché sur la page de résultats de recherche",
     "[capture OroCommerce — fenêtre « 3 questions, 15 secondes »]", 6),
    ("t", "questionnaire", "Réponses au questionnaire sur site, 1er octobre – 31 décembre 2025 (386 réponses)", [
        ["Question", "Réponses", "Ce que nous en faisons"],
        ["1. Avez-vous trouvé la pièce que vous cherchiez ?", "Oui : 71 %\nEn partie : 17 %\nNon : 12 %",
         "Suivi mensuel ; alerte si « non » dépasse 15 %"],
        ["2. Qu'est-ce qui vous aurait aidé ?", "Compatibilité par n° de série : 46 %\nPhoto de la pièce réelle : "
                                                "21 %\nVidéo de montage : 14 %\nDisponibilité : 11 %\nAutre : 8 %",
         "Priorité donnée au module de recherche par numéro de série (chapitre 4)"],
        ["3. Sans le site, comment auriez-vous commandé ?", "Téléphone au magasin : 58 %\nVia le technicien : 27 %"
                                                            "\nChez un concurrent : 11 %\nAutre : 4 %",
         "Confirme que chaque commande en ligne évite surtout un appel au magasin"],
    ], [5.2, 5.0, 5.8]),
    ("p", "La deuxième question a pesé directement sur le projet : près d'un répondant sur deux attend de pouvoir "
          "vérifier la compatibilité à partir du numéro de série de sa machine. C'est ce qui a fait passer le module "
          "de recherche par numéro de série devant la refonte du panier dans le planning."),
    ("h3", "Le suivi mensuel"),
    ("p", "Le suivi est fait le premier lundi de chaque mois, en revue pièces (voir chapitre 4). Il croise trois "
          "sources : l'extraction Silex des commandes par canal pour le taux lui-même, Google Analytics 4 pour "
          "comprendre ce qui se passe sur le site (recherches, ajouts au panier, commandes, taux de conversion par "
          "famille), et les réponses du questionnaire, relues chaque mois. Le graphique ci-dessous est mis à jour "
          "à chaque revue{{fn:Export GA4 du 5 janvier 2026 "
          "(événements « purchase » et « add_to_cart », segment « comptes professionnels connectés ») et "
          "extraction Silex Gestion « Commandes pièces par canal » du même jour.}}."),
    ("chart", "courbe", "Part des commandes de pièces passées en ligne, par mois, 2024–2025",
     XL_CHART_TYPE.LINE_MARKERS, ["%s %s" % (m, y) for y in ("24", "25") for m in MOIS],
     [("Part des commandes de pièces passées en ligne (%)",
       (27, 28, 29, 28, 30, 31, 30, 29, 32, 33, 33, 32, 34, 35, 37, 36, 38, 39, 40, 38, 41, 42, 44, 43))],
     "0", "% des commandes", 20, 50, False),
    ("p", "La courbe montre une progression régulière depuis la refonte des premières fiches, avec un creux "
          "chaque mois d'août, quand les boulangeries ferment et que les commandes urgentes passent par les "
          "techniciens. Le rythme actuel rend l'objectif atteignable, à condition que le module de recherche par "
          "numéro de série soit en ligne avant l'automne."),
    ("h2", "La commande express par référence"),
    ("p", "La commande express par référence est le parcours principal de PièceExpress. Elle est faite pour le "
          "client qui sait ce qu'il veut, ou qui a devant lui la plaque signalétique de sa machine. Elle a été "
          "mise en ligne le 18 novembre 2025 et remplace l'ancien parcours en sept écrans, hérité du modèle "
          "grand public d'OroCommerce."),
    ("t", "express", "Les six étapes de la commande express par référence", [
        ["Étape", "Écran", "Ce que fait le client", "Ce que le site contrôle"],
        ["1. Recherche", "Champ unique en haut de toutes les pages", "Tape une référence VEB, une référence "
                                                                     "constructeur, un code modèle ou un numéro de "
                                                                     "série (DP4-18-0457)",
         "Normalisation des espaces et tirets, tolérance d'une faute de frappe"],
        ["2. Compatibilité", "Liste de résultats filtrée", "Voit les pièces compatibles avec sa machine, pastille "
                                                           "verte ou rouge", "Plage de numéros de série, parc "
                                                                             "rattaché au compte"],
        ["3. Panier", "Panier pro (multi-lignes)", "Ajoute d'un clic ou colle une liste « référence ; quantité » "
                                                   "(jusqu'à 50 lignes)", "Tarif client, stock par dépôt, franco "
                                                                          "de port du compte"],
        ["4. Bon de commande", "Bloc « Votre référence »", "Saisit son numéro de bon de commande et, s'il le "
                                                           "souhaite, la machine concernée", "Obligatoire pour les "
                                                                                             "comptes chaînes"],
        ["5. Paiement", "Choix du mode", "Paie en compte (30 jours fin de mois) ou par carte bancaire",
         "Encours autorisé dans Silex ; 3-D Secure pour la carte"],
        ["6. Confirmation", "Page et courriel", "Reçoit le numéro de commande, le PDF et la date de livraison",
         "Commande créée dans Silex ; J+1 si validée avant 12 h"],
    ], [2.9, 3.2, 5.2, 4.7]),
    ("fig", "express", "Commande express : recherche par numéro de série, panier pro et confirmation",
     "[capture OroCommerce — recherche « DP4-18-0457 »]   [capture OroCommerce — panier pro]   "
     "[capture OroCommerce — confirmation J+1]", 9),
    ("p", "Le parcours se vérifie de bout en bout sur le site de recette comme en production : chaque étape "
          "déclenche un événement GA4 (« search », « view_item_list », « add_to_cart », « add_payment_info », "
          "« purchase »), ce qui permet de lire le passage d'une étape à l'autre dans l'exploration en entonnoir. "
          "Sur décembre 2025, 64 % des paniers créés par la commande express ont abouti à une commande, contre "
          "38 % sur l'ancien parcours un an plus tôt."),
    ("h2", "Ce que changent les vidéos et les contenus"),
    ("p", "Pour savoir si le travail sur les contenus intéresse vraiment nos clients, nous avons comparé deux "
          "groupes de douze références de septembre à décembre 2025 : douze références dotées d'une vidéo de "
          "réparation et d'une fiche complète, et douze références de même famille et de même niveau de prix, "
          "avec une fiche complète mais sans vidéo. Les deux mesures retenues sont le taux de conversion de la "
          "fiche (commandes de la référence rapportées aux vues de la fiche) et le temps moyen d'engagement sur "
          "la fiche dans GA4."),
    ("chart", "video", "Taux de conversion et temps sur fiche, références avec / sans vidéo (sept.–déc. 2025)",
     XL_CHART_TYPE.COLUMN_CLUSTERED, ["Taux de conversion de la fiche (%)", "Temps moyen sur la fiche (min)"],
     [("12 références avec vidéo", (6.8, 2.6)), ("12 références sans vidéo", (3.2, 1.1))],
     "0.0", None, 0, None, True),
    ("p", "L'écart est net sur les deux mesures : les clients restent plus longtemps sur les fiches avec vidéo et "
          "commandent plus souvent. Le temps passé n'est pas un but en soi sur un site de pièces, mais ici il "
          "correspond au visionnage de la vidéo, qui lève le doute « est-ce que je peux le faire moi-même ? ». "
          "Nous avons donc prévu six nouvelles vidéos en 2026, sur les pièces d'usure les plus vendues."),
    ("h2", "Le comportement des utilisateurs sur la page de recherche"),
    ("p", "Du 3 au 23 novembre 2025, j'ai activé Microsoft Clarity sur la page de recherche et sur les pages de "
          "résultats : 2 140 sessions enregistrées, dont 160 que j'ai regardées en entier avec Sandrine. La carte "
          "de chaleur et les enregistrements montrent quatre comportements."),
    ("ul", ["**Les utilisateurs tapent le modèle de la machine, pas la pièce.** 38 % des recherches ne contiennent "
            "qu'un code modèle (« dp4 », « sp60 », « deltaplan 4 portes »). La liste affiche alors plus de cent "
            "pièces, et l'utilisateur fait défiler la page très bas avant de cliquer.",
            "**L'image est cliquée avant le titre.** Sur les résultats, les clics se concentrent sur les vignettes : "
            "l'utilisateur reconnaît la pièce à sa forme avant de lire la désignation.",
            "**Le filtre « Marque » fait des clics de rage sur mobile** : il s'ouvrait derrière le clavier.",
            "**Le numéro de série est recopié avec des espaces**, tel qu'il est gravé sur la plaque (« DP4 18 "
            "0457 »), ce qui donnait zéro résultat avant la normalisation mise en place en novembre."]),
    ("fig", "chaleur", "Carte de chaleur des clics sur la page de résultats de recherche (Microsoft Clarity, "
                       "novembre 2025)", "[capture Microsoft Clarity — carte de chaleur, page « Résultats »]", 9),
    ("p", "La leçon est claire : nos clients pensent « machine » avant de penser « pièce ». Nous avons corrigé le "
          "filtre mobile et la saisie du numéro de série, et ajouté en tête des résultats un bloc « Votre recherche "
          "correspond à un modèle : voir les pièces par vue éclatée »."),
    ("h2", "Les irritants du parcours"),
    ("p", "J'ai recensé les irritants à partir de trois sources : les enregistrements Clarity, les réponses « non » "
          "et « en partie » du questionnaire, et les appels reçus au magasin à propos du site, que Sandrine a "
          "notés pendant six semaines."),
    ("t", "irritants", "Irritants du parcours de commande et plan de correction", [
        ["N°", "Irritant", "Source", "Correction", "Responsable", "Échéance"],
        ["1", "Aucun résultat en cas de faute de frappe (« morvell », « climafoid »)", "Clarity, questionnaire",
         "Dictionnaire de synonymes et tolérance d'une faute dans le moteur OroCommerce", "A. Roussel",
         "15/02/2026"],
        ["2", "Frais de port connus seulement à l'étape paiement", "Appels magasin", "Affichage du franco restant "
                                                                                     "dans le panier pro",
         "A. Roussel, T. Vallon (règles de franco)", "31/03/2026"],
        ["3", "Numéro de bon de commande obligatoire pour tous, y compris les artisans", "Appels magasin",
         "Champ obligatoire seulement pour les comptes chaînes", "Intégrateur (ticket n° 212)", "15/03/2026"],
        ["4", "Vue éclatée non zoomable sur téléphone", "Clarity", "Visionneuse zoomable et PDF vectoriel",
         "A. Roussel", "30/04/2026"],
        ["5", "Stock affiché avec 24 h de décalage par rapport à Silex", "Appels magasin", "—", "hors périmètre",
         "—"],
        ["6", "Contrôle du numéro de TVA intracommunautaire des clients belges et luxembourgeois",
         "Comptabilité", "—", "hors périmètre", "—"],
    ], [0.8, 4.3, 2.2, 4.1, 2.6, 2.0], 8.5),
    ("p", "Les quatre premiers irritants sont traités au fil de l'eau et suivis en revue pièces. Les irritants 5 et "
          "6 sont classés hors périmètre du projet PièceExpress."),
]

# ------------------------------------------------------------------------------------------------ 4 Pilotage du projet
CONTENT += [
    ("h1", "Pilotage du projet"),
    ("h2", "Cahier des charges Pain d'Antan"),
    ("p", "Le 9 octobre 2025, la chaîne **Pain d'Antan** (douze boulangeries entre Reims, Charleville-Mézières, "
          "Épernay et Laon) nous a adressé son cahier des charges pour l'équipement de ses magasins, dans le cadre "
          "d'un programme de rénovation étalé sur 2026 et 2027{{fn:Cahier des charges « Rénovation des fournils "
          "2026–2027 », Pain d'Antan SAS, version 1.2 du 6 octobre 2025, 34 pages ; réponse attendue le 14 novembre "
          "2025.}}. Le document est découpé en quatre lots et impose, pour chaque machine, la conformité aux normes "
          "de sécurité de la profession{{fn:Le cahier des charges exige notamment la conformité des fours "
          "électriques à la norme NF EN 60335-2-42 (règles particulières pour les fours à convection forcée, "
          "cuiseurs à vapeur et fours combinés électriques à usage collectif) et des pétrins à la norme NF EN "
          "453.}}, une formation des équipes et un contrat d'entretien de trois ans."),
    ("t", "pda", "Lots du cahier des charges Pain d'Antan et réponse de VEB", [
        ["Lot", "Matériel demandé", "Exigences principales du client", "Notre proposition"],
        ["1 — Cuisson", "12 fours à sole 4 étages, 4 portes", "Sole en pierre, vapeur par étage, programmation "
                                                              "de 99 recettes, pose un lundi", "Deltaplan DP4, "
                                                                                              "pose par nos équipes"],
        ["2 — Pétrissage", "12 pétrins spirale 60 kg de pâte", "Deux vitesses, cuve amovible non exigée, minuterie",
         "Morvel SP60"],
        ["3 — Pousse", "6 chambres de pousse contrôlée", "Programmation sur 7 jours, hygrométrie réglable, "
                                                         "porte vitrée", "Climafroid CF-600"],
        ["4 — Entretien", "Contrat de 3 ans sur tout le matériel", "Intervention sous 4 h ouvrées, pièces "
                                                                   "d'usure comprises", "Contrat « Fournil+ », "
                                                                                        "astreinte le samedi"],
    ], [2.6, 3.8, 5.4, 4.2]),
    ("p", "Notre réponse, remise le 12 novembre, chiffrait l'ensemble à 1,38 M€ HT. La décision de Pain d'Antan est "
          "attendue pour la fin du premier trimestre 2026. Ce dossier ne fait pas partie de PièceExpress, mais il "
          "concerne le même parc : si nous l'emportons, les 30 machines installées entreront dans le module de "
          "recherche par numéro de série."),
    ("h2", "Les spécifications fonctionnelles du module « Trouver ma pièce »"),
    ("p", "Le cœur technique du projet est un module de recherche des pièces par numéro de série, développé par un "
          "intégrateur dans notre site OroCommerce. J'ai rédigé les spécifications fonctionnelles entre novembre "
          "et décembre 2025 ; elles ont été validées par Thomas Vallon le 8 janvier 2026 et jointes à la "
          "consultation des intégrateurs. Leur plan est repris ci-dessous."),
    ("h3", "Objet et contexte"),
    ("p", "Le module permet à un client de saisir le numéro de série d'une machine, ou de la choisir dans le parc "
          "rattaché à son compte, et d'obtenir la liste des pièces compatibles, classées par sous-ensemble de la "
          "vue éclatée, avec ajout direct au panier. Il répond à la première attente exprimée dans le questionnaire "
          "sur site et s'appuie sur une donnée que nos concurrents n'ont pas : le parc installé, soit 14 800 "
          "machines enregistrées dans Silex avec leur numéro de série{{fn:Extraction Silex Gestion « Parc installé "
          "par modèle », 2 décembre 2025 : 14 812 machines actives, dont 3 960 des six modèles du pilote.}}."),
    ("h3", "Périmètre"),
    ("ul", ["**Inclus** : les trois marques distribuées ; six modèles pilotes (fours Deltaplan DP3 et DP4, pétrins "
            "Morvel SP40 et SP60, chambres de pousse Climafroid CF-600 et CF-800) ; onze pièces pilotes "
            "(annexe A) ; import du parc installé ; recherche, affichage et ajout au panier ; écrans "
            "d'administration des plages de numéros de série.",
            "**Exclu** : le matériel neuf ; les marques non distribuées ; une application mobile ; la refonte du "
            "paiement et du connecteur articles-tarifs-stocks existant."]),
    ("h3", "Utilisateurs et rôles"),
    ("p", "Quatre rôles sont prévus : le **client connecté**, qui voit son parc et ses prix ; le **visiteur non "
          "connecté**, qui peut tester la compatibilité mais ne voit aucun prix ; le **technicien VEB**, qui "
          "recherche pour le compte d'un client depuis sa tablette ; l'**administrateur catalogue** (Sandrine et "
          "moi), qui gère les plages de numéros de série."),
    ("h3", "Exigences fonctionnelles"),
    ("t", "exigences", "Exigences fonctionnelles du module (extrait des spécifications, version 1.3)", [
        ["Code", "Exigence", "Priorité"],
        ["F01", "Champ de saisie du numéro de série, tolérant aux espaces, tirets et minuscules", "Indispensable"],
        ["F02", "Reconnaissance du modèle à partir du préfixe du numéro de série (DP4-, SP60-, CF6-…)",
         "Indispensable"],
        ["F03", "Choix d'une machine dans le parc rattaché au compte du client connecté", "Indispensable"],
        ["F04", "Liste des pièces compatibles regroupée par sous-ensemble de vue éclatée, avec numéro de repère",
         "Indispensable"],
        ["F05", "Pastille « compatible / non compatible » sur la fiche référence après saisie d'un numéro",
         "Indispensable"],
        ["F06", "Numéro hors plage : message clair et proposition de la pièce de remplacement", "Indispensable"],
        ["F07", "Ajout au panier pro de plusieurs pièces en une action", "Indispensable"],
        ["F08", "Aucun prix affiché sans connexion : « Connectez-vous pour voir votre tarif »", "Indispensable"],
        ["F09", "Administration des plages de numéros de série par pièce, import et export CSV", "Indispensable"],
        ["F10", "Export mensuel des recherches sans résultat", "Souhaitable"],
        ["F11", "Mode technicien : recherche pour un client choisi, depuis une tablette", "Souhaitable"],
        ["F12", "Événements GA4 sur la recherche, le résultat et l'ajout au panier", "Indispensable"],
    ], [1.4, 11.6, 3.0]),
    ("h4", "Recherche"),
    ("p", "La recherche par numéro de série est accessible depuis le champ unique de la commande express et "
          "depuis une page dédiée « Trouver ma pièce ». Si le numéro saisi correspond à une machine du parc du "
          "client connecté, la machine est affichée avec sa date de mise en service ; sinon, seul le modèle est "
          "reconnu."),
    ("h4", "Résultats"),
    ("p", "Les résultats suivent l'ordre de la vue éclatée (sole, voûte, porte, tableau électrique pour un four) "
          "plutôt qu'un ordre de popularité, pour que le technicien retrouve la logique de sa documentation."),
    ("h4", "Commande"),
    ("p", "Depuis la liste, le client coche plusieurs pièces et les ajoute en une fois au panier pro ; la suite du "
          "parcours est celle de la commande express."),
    ("h3", "Interfaces avec Silex Gestion"),
    ("p", "Le parc installé est lu dans Silex par son API REST{{fn:API REST Silex Gestion v3, ressources "
          "« /parc » et « /clients », documentation éditeur de septembre 2025.}}, avec un import complet chaque nuit "
          "et une mise à jour à la demande quand un technicien enregistre une mise en service. Les plages de numéros "
          "de série sont stockées côté OroCommerce, dans le module. Le connecteur existant (articles, tarifs, "
          "stocks) n'est pas modifié."),
    ("h3", "Données du pilote"),
    ("p", "Les onze pièces pilotes et leurs plages de numéros de série sont listées en annexe A. Elles ont été "
          "choisies parce qu'elles représentent à elles seules 31 % des appels d'identification reçus au magasin "
          "en octobre 2025. Kevin a vérifié chaque plage sur les catalogues constructeurs et sur des machines "
          "réelles."),
    ("h3", "Exigences non fonctionnelles"),
    ("ul", ["temps de réponse inférieur à 1,5 s pour 95 % des recherches ;",
            "affichage complet à partir de 360 px de large ;",
            "développement sous forme de module (bundle) séparé, sans modification du cœur d'OroCommerce, "
            "compatible avec la prochaine version LTS ;",
            "code source et documentation propriété de VEB ;",
            "hébergement sur l'infrastructure OVHcloud existante."]),
    ("h3", "Recette, livrables et planning"),
    ("p", "La recette comprend 40 cas de test, dont 30 numéros de série réels tirés du parc, puis deux semaines de "
          "test par cinq clients pilotes. Les livrables sont le module, sa documentation technique, un guide "
          "d'administration et deux heures de formation. Le planning prévoit le lancement le 2 mars 2026, les "
          "maquettes validées le 20 mars, le développement en avril et mai, la recette en juin, la mise en ligne "
          "le 30 juin et un mois d'accompagnement renforcé en juillet."),
    ("h2", "Objectifs N1 / N2 / N3"),
    ("p", "Les objectifs du projet sont rangés sur trois niveaux. **N1** : ce que la direction attend du projet pour "
          "l'entreprise, en chiffre de commandes et en charge du magasin. **N2** : ce que le module et les contenus "
          "doivent produire, mesurable à la fin du projet. **N3** : ce que la solution doit respecter pour "
          "fonctionner dans notre système d'information, vérifiable en recette. Chaque objectif N2 sert un "
          "objectif N1, et chaque objectif N3 rend possible un objectif N2."),
    ("t", "objectifs", "Objectifs du projet PièceExpress par niveau", [
        ["Niveau", "Objectif", "Mesure", "Échéance"],
        ["N1", "Porter à 45 % la part des commandes de pièces passées en ligne", "Extraction Silex par canal",
         "décembre 2026"],
        ["N1", "Réduire de 30 % les appels d'identification de pièce au magasin (base : 1 150 par mois)",
         "Relevé d'appels du magasin", "décembre 2026"],
        ["N2", "Mettre le module en ligne avant le salon de septembre", "Date de mise en production", "30 juin 2026"],
        ["N2", "Reconnaître 100 % des numéros de série du parc des six modèles pilotes", "Test sur l'export "
                                                                                         "du parc", "juin 2026"],
        ["N2", "Faire aboutir 80 % des recherches par numéro de série à une pièce au premier essai",
         "Événements GA4 (F12)", "décembre 2026"],
        ["N2", "Ramener sous 1 % le taux de retour pour erreur de pièce sur les pièces pilotes (2,9 % en 2025)",
         "Retours Silex, motif « erreur de pièce »", "décembre 2026"],
        ["N3", "Importer chaque nuit le parc installé depuis Silex, avec journal d'erreurs", "Recette, puis "
                                                                                             "journal quotidien",
         "juin 2026"],
        ["N3", "Répondre en moins de 1,5 s pour 95 % des recherches", "Test de charge en recette", "juin 2026"],
        ["N3", "Masquer tout prix sans connexion, quel que soit le chemin d'accès", "40 cas de test", "juin 2026"],
        ["N3", "Livrer un module séparé, compatible avec la version LTS suivante", "Revue de code", "juin 2026"],
    ], [1.4, 7.2, 4.4, 3.0]),
    ("p", "La reprise des données catalogue, c'est-à-dire l'ajout des plages de numéros de série et des attributs "
          "techniques sur les 8 400 articles de Silex au-delà des onze pièces pilotes, reste à arbitrer avec la "
          "DSI."),
    ("h2", "Les directives de la direction"),
    ("p", "Thomas Vallon a fixé le cadre du projet dans sa note de cadrage du 8 septembre 2025. Ses quatre "
          "directives sont reprises telles quelles dans les spécifications et dans la consultation des "
          "intégrateurs :"),
    ("ul", ["**Budget plafonné à 38 k€ HT** pour l'intégration et la recette, hors temps interne : c'est un "
            "critère de la grille de cotation, et une offre au-dessus du plafond y reçoit la note minimale.",
            "**Rester sur OroCommerce** : pas de changement de plateforme, d'où l'exigence d'un module séparé "
            "compatible avec la prochaine version LTS.",
            "**Mise en ligne avant le salon professionnel de septembre** (salon Fournil Est, Reims, 14–16 septembre "
            "2026), où le module sera montré sur notre stand : mise en production fixée au 30 juin, ce qui laisse "
            "l'été pour corriger.",
            "**Aucun prix visible sans connexion** : exigence F08 et objectif N3 correspondant, testés dans tous "
            "les chemins d'accès (recherche, fiche, page conseil, lien partagé)."]),
    ("h2", "Le choix de l'intégrateur"),
    ("p", "Trois intégrateurs ont répondu à la consultation envoyée le 12 janvier 2026 : **Kaléidoweb** (Nancy), "
          "**Apsidis** (Lille) et **Intégrale Commerce** (Lyon). Je les ai notés sur une grille de cotation de sept "
          "critères pondérés, fixée avant l'ouverture des offres et validée par Thomas Vallon. Chaque critère est "
          "noté de 1 à 5 ; la grille détaillée, avec la justification de chaque note, est en annexe B."),
    ("t", "cotation", "Synthèse de la grille de cotation des intégrateurs (notes sur 5)", [
        ["Critère", "Poids", "Kaléidoweb", "Apsidis", "Intégrale Commerce"],
        ["Expérience OroCommerce B2B", "20 %", "4", "5", "3"],
        ["Intégration ERP, connaissance de l'API Silex", "20 %", "5", "3", "3"],
        ["Prix dans le plafond de 38 k€ HT", "15 %", "4 (34 200 €)", "1 (41 500 €)", "5 (29 800 €)"],
        ["Capacité à livrer avant le 30 juin", "15 %", "4", "4", "3"],
        ["Méthode de recette et support après mise en ligne", "10 %", "4", "4", "2"],
        ["Références en pièces détachées ou industrie", "10 %", "3", "5", "2"],
        ["Propriété du code et réversibilité", "10 %", "5", "3", "4"],
        ["**Note pondérée**", "100 %", "**4,20**", "**3,55**", "**3,20**"],
    ], [6.0, 1.6, 2.8, 2.8, 2.8]),
    ("p", "Kaléidoweb est retenu. Apsidis avait la meilleure expérience OroCommerce, mais son offre dépassait le "
          "plafond fixé par la direction ; Intégrale Commerce était la moins chère, mais sans expérience d'un ERP "
          "comme Silex et avec une recette réduite à une démonstration. Kaléidoweb a déjà connecté Silex chez un "
          "distributeur de pièces agricoles et s'engage sur une livraison le 19 juin."),
    ("h2", "Les réunions et entretiens de l'équipe"),
    ("p", "Le projet repose sur des personnes qui ont déjà un métier à plein temps. J'ai donc limité les réunions "
          "à trois rendez-vous réguliers, chacun avec des objectifs annoncés dans l'invitation."),
    ("t", "reunions", "Réunions et entretiens réguliers et leurs objectifs", [
        ["Rendez-vous", "Qui, quand", "Objectifs annoncés"],
        ["Revue pièces", "Sandrine, Kevin, un commercial (à tour de rôle) et moi ; chaque lundi à 8 h 30, 45 min",
         "1. Passer en revue les commandes en ligne de la semaine et les retours pour erreur de pièce\n"
         "2. Traiter les ruptures sur les références de classe A\n3. Lister les fiches à créer ou corriger à partir "
         "des questions reçues au SAV\n4. Le premier lundi du mois : point sur l'objectif des 45 % et sur les "
         "irritants"],
        ["Entretien mensuel avec chaque commercial", "Les cinq commerciaux terrain, un par un ; 30 min en "
                                                     "visioconférence ou à Reims",
         "1. Revoir la liste des vingt plus gros comptes de son secteur qui ne commandent pas encore en ligne\n"
         "2. Recueillir les remarques des clients sur le site\n3. Choisir trois clients à accompagner dans le "
         "mois, avec une démonstration sur tablette"],
        ["Comité de projet", "Thomas Vallon, Kaléidoweb, Sandrine, Kevin et moi ; un jeudi sur deux, 1 h",
         "1. Suivre l'avancement par rapport au planning\n2. Arbitrer les demandes de changement\n3. Mettre à "
         "jour les risques"],
    ], [3.4, 4.6, 8.0]),
    ("h2", "Les indicateurs du magasin pièces"),
    ("p", "Depuis l'installation des terminaux de scan en septembre 2025, nous suivons trois indicateurs par "
          "préparateur : le nombre de lignes de commande préparées par heure, le taux d'erreur de préparation "
          "(mauvaise référence ou mauvaise quantité, constatée au contrôle ou par le client) et le nombre de colis "
          "expédiés par jour. La part des commandes web dans le travail de chacun est ajoutée à titre "
          "d'information{{fn:Relevés des terminaux de scan et registre des anomalies du magasin, semaines 45 à 50 "
          "de 2025.}}."),
    ("t", "indicateurs", "Indicateurs par préparateur, semaines 45 à 50 de 2025", [
        ["Préparateur", "Lignes préparées par heure", "Taux d'erreur de préparation", "Colis expédiés par jour",
         "Part des commandes web"],
        ["Julien M.", "34", "0,4 %", "41", "52 %"],
        ["Mélanie R.", "29", "0,2 %", "36", "47 %"],
        ["Yannick B.", "31", "1,1 %", "38", "44 %"],
        ["Sofiane K.", "22", "0,9 %", "27", "61 %"],
        ["Paul D. (mi-temps)", "26", "0,3 %", "16", "38 %"],
    ], [3.6, 3.1, 3.1, 3.1, 3.1]),
]

# ------------------------------------------------------------------------------------------------ 5 Cadre juridique
CONTENT += [
    ("h1", "Cadre juridique"),
    ("h2", "Les mentions légales"),
    ("p", "J'ai vérifié les mentions légales du site le 7 janvier 2026, point par point, par rapport aux "
          "obligations d'identification de l'éditeur et de l'hébergeur{{fn:Loi n° 2004-575 du 21 juin 2004 pour la "
          "confiance dans l'économie numérique (LCEN), dispositions relatives à l'identification de l'éditeur et "
          "de l'hébergeur ; Code de commerce, art. R123-237, pour les mentions propres aux sociétés "
          "commerciales.}}. La page est accessible par un lien « Mentions légales » présent dans le pied de page de "
          "toutes les pages, y compris la page de connexion et les pages conseils. Elle indique :"),
    ("ul", ["la dénomination **Vallon Équipement Boulangerie**, SAS au capital de 480 000 €, son siège (ZI "
            "Pompelle, rue des Bouchers, 51100 Reims), son immatriculation au RCS de Reims et son numéro de TVA "
            "intracommunautaire ;",
            "un numéro de téléphone et une adresse électronique de contact ;",
            "le directeur de la publication : Thomas Vallon, président ;",
            "l'hébergeur : OVH SAS (OVHcloud), 2 rue Kellermann, 59100 Roubaix, avec son téléphone."]),
    ("p", "Deux corrections ont été faites le 12 janvier : le capital social affiché datait d'avant "
          "l'augmentation de 2019 (300 000 €), et l'hébergeur indiqué était encore le prestataire d'avant la "
          "migration de 2023. Le lien est désormais contrôlé à chaque mise à jour du thème du site."),
    ("h2", "Les CGV professionnelles"),
    ("p", "Nos CGV s'appliquent uniquement à des professionnels : un compte ne peut être ouvert qu'avec un numéro "
          "SIRET, et les CGV sont acceptées par une case à cocher à la première commande puis à chaque nouvelle "
          "version. Je les ai relues article par article en décembre 2025 avec Thomas Vallon, en comparant ce que "
          "dit le texte, ce que nous faisons réellement au magasin et ce que prévoit la réglementation. Le texte "
          "annoté est en annexe C ; le tableau ci-dessous résume l'analyse."),
    ("t", "cgv", "Analyse des principales clauses des CGV professionnelles", [
        ["Clause", "Ce que disent nos CGV", "Analyse", "Suite donnée"],
        ["Droit de rétractation", "Aucun droit de rétractation", "Normal entre professionnels : le délai de "
                                                                 "14 jours ne concerne que les consommateurs, "
                                                                 "sauf cas particulier{{fn:Code de la "
                                                                 "consommation, art. L221-3 : extension de "
                                                                 "certaines protections aux professionnels "
                                                                 "employant cinq salariés au plus, pour un contrat "
                                                                 "hors du champ de leur activité principale. Une "
                                                                 "pièce pour la machine du fournil entre dans le "
                                                                 "champ de l'activité d'un boulanger.}}",
         "Ajout d'une phrase explicite pour éviter les litiges"],
        ["Retours commerciaux", "Retour sous 30 jours des pièces non électriques, emballage d'origine, 10 % de "
                                "frais de remise en stock", "Geste commercial, pas une obligation ; clause claire",
         "Maintenue"],
        ["Pièces électriques", "Non reprises une fois montées", "Justifié : impossible de vérifier qu'une "
                                                                "résistance ou une carte n'a pas été abîmée au "
                                                                "montage", "Rappel ajouté sur chaque fiche "
                                                                           "électrique, près du bouton panier"],
        ["Réserve de propriété", "Les pièces restent à VEB jusqu'au paiement complet", "Valable si elle est "
                                                                                      "acceptée par écrit avant "
                                                                                      "la livraison{{fn:Code "
                                                                                      "civil, art. 2367 et "
                                                                                      "suivants ; Code de "
                                                                                      "commerce, art. L624-16 "
                                                                                      "pour la revendication.}} "
                                                                                      ": c'est le cas avec la "
                                                                                      "case à cocher",
         "Transfert des risques à la livraison précisé"],
        ["Paiement et retard", "30 jours fin de mois ; pénalités au taux BCE + 10 points ; indemnité forfaitaire "
                               "de 40 €", "Conforme : délai sous le plafond légal, pénalités et indemnité de 40 € "
                                          "obligatoires dans les CGV{{fn:Code de commerce, art. L441-10 (délais et "
                                          "pénalités de retard) et art. D441-5 (indemnité forfaitaire pour frais "
                                          "de recouvrement de 40 €).}}", "Maintenue"],
        ["Garantie", "6 mois sur les pièces, hors usure et montage non conforme", "Cohérent avec les garanties "
                                                                                  "constructeurs",
         "Renvoi vers la vidéo ou la notice de montage"],
        ["Livraison", "J+1 « indicatif » ; réserves à faire au transporteur", "Le J+1 est mis en avant sur le site "
                                                                              "mais « indicatif » dans les CGV : "
                                                                              "écart à réduire", "J+1 garanti "
                                                                                                 "sur les "
                                                                                                 "commandes avant "
                                                                                                 "12 h, hors "
                                                                                                 "force majeure"],
        ["Litiges", "Tribunal de commerce de Reims", "Clause valable entre commerçants", "Maintenue"],
    ], [2.6, 4.2, 5.6, 3.6], 8.5),
    ("h2", "Données personnelles"),
    ("p", "Voir Annexe D."),
]

# ------------------------------------------------------------------------------------------------ 6 Magasin et expéditions
CONTENT += [
    ("h1", "Magasin et expéditions"),
    ("h2", "L'organisation du magasin pièces"),
    ("h3", "Garder la logistique en interne"),
    ("p", "Avant de réorganiser le magasin, nous avons vérifié qu'il fallait le garder. Un logisticien de la Marne "
          "nous a proposé en novembre 2025 de reprendre le stockage et la préparation (2,80 € HT par commande plus "
          "le stockage au mètre cube). Nous avons écarté l'offre sur trois critères : le **délai**, car l'heure "
          "limite de 12 h pour une livraison en J+1 aurait reculé à 10 h ; le **lien avec le SAV**, car nos "
          "quatorze techniciens réapprovisionnent leur véhicule au magasin chaque soir ; la **nature du stock**, "
          "8 400 références dont les deux tiers sortent moins d'une fois par mois, ce qui rendait le stockage "
          "externalisé coûteux. La réorganisation porte donc sur notre propre magasin de Reims."),
    ("h3", "Classes ABC"),
    ("p", "Les 8 400 références actives ont été classées selon le nombre de lignes de commande de 2025{{fn:Classement "
          "ABC : tri des références par nombre de lignes de commande décroissant, puis découpage selon la part "
          "cumulée des lignes (environ 70 % / 20 % / 10 %). Extraction Silex du 6 janvier 2026.}}. La classe "
          "détermine l'emplacement, la fréquence d'inventaire et le niveau de contrôle."),
    ("t", "abc", "Classes ABC du magasin pièces", [
        ["Classe", "Références", "Part des lignes", "Exemples", "Emplacement", "Inventaire tournant"],
        ["A", "620", "71 %", "courroies SP60, joints CF-600, résistances de sole DP4, couches de lin",
         "Carrousel et picking près des postes d'emballage", "Mensuel"],
        ["B", "1 880", "21 %", "sondes PT100, contacteurs, roulements, bannetons", "Étagères de picking",
         "Trimestriel"],
        ["C", "5 900", "8 %", "cartes de régulation d'anciens modèles, verres de porte, pièces d'avant 2008",
         "Mezzanine", "Annuel"],
    ], [1.3, 1.8, 1.8, 4.6, 4.0, 2.5]),
    ("h3", "Traçabilité"),
    ("p", "Deux niveaux de traçabilité sont appliqués. Les **pièces électriques à numéro de série** (cartes de "
          "régulation, moteurs, programmateurs) sont enregistrées à la réception dans Silex avec leur numéro, "
          "scanné de nouveau à la préparation et rattaché à la ligne de commande, donc au client et, quand il l'a "
          "indiquée, à la machine. Les **autres pièces sensibles** (résistances, joints, consommables) sont suivies "
          "par numéro de lot fournisseur. En cas de rappel d'un constructeur, nous pouvons sortir en quelques minutes "
          "la liste des clients concernés, ce qui a été testé en décembre sur un lot de contacteurs."),
    ("h3", "Contrôles par famille"),
    ("t", "controles", "Contrôles à la réception et à la préparation, par famille de pièces", [
        ["Famille", "À la réception", "À la préparation", "Traçabilité"],
        ["Pièces électriques (résistances, sondes, contacteurs, cartes)", "Contrôle visuel (cosses, isolant, "
                                                                          "marquage) et test de continuité à "
                                                                          "l'ohmmètre : 100 % en classe A, une "
                                                                          "pièce sur cinq en B et C",
         "Scan de la référence et du numéro de série ; cartes en sachet antistatique", "Numéro de série ou lot"],
        ["Joints et profils", "Contrôle des dimensions : longueur développée au mètre ruban, section au pied à "
                              "coulisse, comparées au plan constructeur", "Scan de la référence ; joint roulé, "
                                                                          "jamais plié", "Lot"],
        ["Pièces mécaniques (courroies, roulements, crochets)", "Référence et état visuel ; date de fabrication "
                                                                "des courroies (3 ans de stock au plus)",
         "Scan de la référence", "Lot"],
        ["Consommables et petit matériel (couches de lin, bannetons, graisse alimentaire)", "Dates : date de "
                                                                                           "fabrication, date "
                                                                                           "limite de la graisse "
                                                                                           "alimentaire",
         "Sortie par ordre d'ancienneté", "Lot"],
    ], [3.8, 5.2, 4.2, 2.8]),
    ("h2", "Les solutions de stockage"),
    ("p", "Le magasin de Reims fait 620 m² au sol avec une mezzanine de 180 m². Chaque solution de stockage a été "
          "choisie pour une famille de produits et un rythme de sortie."),
    ("t", "stockage", "Solutions de stockage retenues", [
        ["Solution", "Ce qui y est rangé", "Capacité", "Pourquoi"],
        ["Magasin vertical rotatif (carrousel, 28 plateaux, 5,2 m de haut)", "Petites pièces de classes A et B : "
                                                                              "résistances, sondes, joints "
                                                                              "toriques, contacteurs, fusibles",
         "2 100 références", "Très dense au sol ; le plateau arrive à hauteur de taille devant le préparateur ; "
                             "accès contrôlé pour les cartes coûteuses"],
        ["Étagères de picking avec bacs à bec", "Pièces moyennes : courroies, roulements, moteurs de ventilateur, "
                                               "joints de porte roulés", "1 400 emplacements",
         "Prélèvement direct, au plus près des postes d'emballage"],
        ["Rayonnage dynamique FIFO{{fn:FIFO (first in, first out) : les cartons sont chargés par l'arrière et "
         "glissent sur des rouleaux inclinés ; le préparateur prend toujours le plus ancien, à l'avant.}}",
         "Consommables : couches de lin, bannetons, graisse alimentaire, brosses de four", "24 couloirs",
         "Les produits datés sortent dans l'ordre d'arrivée, sans y penser"],
        ["Rack à palettes (3 niveaux)", "Fours et pétrins en attente de livraison ou d'installation, palettes "
                                        "de réassort", "96 emplacements palettes",
         "Machines de 300 à 1 200 kg, manipulées au chariot élévateur"],
        ["Étagères de la mezzanine", "Classe C : pièces d'anciens modèles, stock de sécurité", "3 200 "
                                                                                                "références",
         "Peu de sorties : la hauteur et la distance ne pénalisent pas"],
    ], [3.6, 4.6, 2.6, 5.2]),
    ("fig", "plan", "Plan du magasin pièces de Reims après réorganisation (janvier 2026)",
     "[plan du magasin pièces — carrousel, picking, FIFO, racks palettes, postes d'emballage, quai]", 6),
    ("h2", "La chaîne de préparation", "saut"),
    ("p", "En septembre 2025, j'ai suivi avec Sandrine une trentaine de commandes web de leur arrivée à leur "
          "départ. La chaîne comptait onze étapes, dont une double saisie : chaque commande du site était "
          "ressaisie à la main dans Silex. Nous l'avons ramenée à six étapes, en supprimant ce qui ne servait qu'à "
          "corriger une étape précédente."),
    ("t", "chaine", "Chaîne de préparation d'une commande web : avant et après", [
        ["Avant (11 étapes)", "Après (6 étapes)", "Ce qui a changé"],
        ["1. Commande reçue par courriel\n2. Ressaisie de la commande dans Silex", "1. Commande créée "
                                                                                  "automatiquement dans Silex",
         "Double saisie supprimée grâce au connecteur"],
        ["3. Impression du bon de préparation\n4. Recherche des emplacements dans Silex", "2. Vague de "
                                                                                           "préparation "
                                                                                           "imprimée par zone, "
                                                                                           "avec le chemin",
         "Emplacements et ordre de passage sur le bon"],
        ["5. Prélèvement\n6. Retour au bureau pour vérifier la référence", "3. Prélèvement avec scan",
         "Le scan contrôle la référence, le lot ou le numéro de série"],
        ["7. Emballage\n8. Pesée et choix du transporteur à la main", "4. Emballage et pesée sur poste équipé",
         "Balance reliée ; règle de choix du transporteur automatique"],
        ["9. Saisie de l'étiquette sur le site du transporteur", "5. Étiquette générée automatiquement",
         "Plus de recopie d'adresse"],
        ["10. Courriel de suivi envoyé à la main\n11. Facturation dans Silex", "6. Expédition : suivi et facture "
                                                                               "envoyés automatiquement",
         "Facture générée au scan d'expédition"],
    ], [5.4, 5.0, 5.6]),
    ("p", "Le gain est d'abord un gain de fiabilité : la double saisie était la source principale des erreurs de "
          "préparation. C'est aussi un gain de temps{{fn:Temps moyen de préparation d'une commande web de "
          "2,7 lignes, de l'arrivée de la commande à l'étiquette : 14 min en semaine 38 (avant) contre 6 min en "
          "semaine 50 (après), chronométré sur 30 commandes chaque fois.}}, qui a permis d'avancer l'heure limite "
          "de commande pour le J+1 de 11 h à 12 h."),
    ("h2", "Les transporteurs"),
    ("p", "Nous expédions environ 190 colis par jour ouvré. Les transporteurs sont classés ci-dessous selon deux "
          "critères : le coût moyen par envoi sur nos flux de 2025 et les émissions de gaz à effet de serre par "
          "envoi déclarées par chaque transporteur{{fn:Information sur la quantité de gaz à effet de serre émise "
          "à l'occasion d'une prestation de transport (Code des transports, art. L1431-3) : valeurs 2025 "
          "communiquées par chaque transporteur, ramenées à nos envois (distance moyenne de 140 km).}}. Pour les "
          "transporteurs retenus, les deux classements donnent le même ordre, ce qui a simplifié la règle "
          "d'affectation."),
    ("t", "transport", "Transporteurs classés par coût par envoi et par émissions (2025)", [
        ["Rang", "Transporteur et service", "Usage chez VEB", "Coût moyen par envoi HT", "Émissions par envoi",
         "Règle d'affectation"],
        ["1", "Tournées SAV VEB (véhicules des techniciens)", "Pièces pour des clients situés sur la tournée du "
                                                              "lendemain, dans un rayon de 80 km autour de Reims, "
                                                              "Ludres ou Saint-Quentin", "2,40 € (coût marginal)",
         "190 g CO2e", "Prioritaire dès qu'un technicien passe chez le client ou à moins de 10 km dans les 24 h"],
        ["2", "DPD Predict{{fn:Predict : créneau d'une heure annoncé le matin de la livraison, modifiable par le "
              "destinataire. Taux de réclamation 2025, tous transporteurs colis confondus : 1,8 % des colis "
              "expédiés (casse, retard au-delà de J+1, perte), d'après le registre des réclamations du "
              "magasin.}} (colis jusqu'à 5 kg)", "Envoi standard J+1 en France métropolitaine et Belgique : courroies, joints, "
                                   "sondes, petit matériel", "6,90 €", "410 g CO2e", "Par défaut pour tout colis de "
                                                                                 "moins de 5 kg hors tournée"],
        ["3", "DPD Predict (colis de 5 à 30 kg)", "Envoi standard J+1 : résistances de sole, lots de couches de lin, "
                                              "moteurs légers", "9,60 €", "690 g CO2e", "Par défaut de 5 à 30 kg hors "
                                                                                         "tournée"],
        ["4", "Chronopost 13 (colis urgents)", "Machine arrêtée : livraison avant 13 h le lendemain, y compris "
                                               "le samedi", "14,90 €", "1 150 g CO2e", "Seulement si le client "
                                                                                       "choisit l'option "
                                                                                       "« urgence » (facturée)"],
        ["5", "DB Schenker messagerie (colis de 30 à 100 kg)", "Moteurs, verres de porte, lots de bannetons",
         "38,00 €", "4,1 kg CO2e", "Au-delà de 30 kg ou de 1,2 m"],
        ["6", "DB Schenker palette", "Fours, pétrins et chambres de pousse neufs, livrés avant installation",
         "96,00 € par palette", "18,4 kg CO2e par palette", "Matériel neuf et commandes de plus de 100 kg"],
        ["—", "Colissimo Entreprise (non retenu)", "Testé en 2025 sur les petits colis de moins de 1 kg",
         "8,40 €", "480 g CO2e", "Non retenu : pas de livraison garantie en J+1 avant midi sur notre zone rurale, "
                                 "pas de créneau annoncé au client"],
        ["—", "GEODIS messagerie (non retenu)", "Offre reçue pour les colis lourds en décembre 2025",
         "42,50 €", "4,6 kg CO2e", "Non retenu : plus cher et plus émetteur que DB Schenker sur nos flux"],
    ], [1.3, 3.2, 3.8, 2.2, 2.2, 3.3], 8.5),
    ("p", "Le coût moyen par envoi est calculé à partir des factures transporteurs de 2025, divisées par le nombre "
          "d'envois de chaque service, surcharges carburant et options comprises. Pour les tournées SAV, nous "
          "avons retenu le seul coût marginal : le temps de chargement et de remise au client, valorisé au coût "
          "horaire d'un technicien, le trajet étant fait de toute façon. Deux transporteurs consultés en 2025 "
          "figurent en bas du tableau pour mémoire : ils n'ont pas été retenus."),
    ("p", "Les tournées SAV arrivent en tête sur les deux critères : le véhicule passe de toute façon chez le "
          "client ou à côté, seul le temps de manutention s'ajoute. Nous les avons donc intégrées à la règle "
          "d'affectation automatique : avant de générer une étiquette DPD, le système vérifie si un technicien "
          "passe chez le client ou à proximité dans les 24 heures. Chronopost reste réservé aux urgences "
          "facturées, car son coût et ses émissions sont plus de deux fois ceux de DPD."),
]

# ------------------------------------------------------------------------------------------------ Annexes
CONTENT += [
    ("annexe", "Annexe A – Les onze pièces du pilote « Trouver ma pièce »"),
    ("p", "Plages de numéros de série vérifiées par Kevin Dupré sur les catalogues constructeurs et sur le parc "
          "installé (décembre 2025). Prix publics HT avant remise client."),
    ("t", "annexeA", "Pièces pilotes, modèles compatibles et plages de numéros de série", [
        ["N°", "Code VEB", "Désignation", "Modèles et plages de numéros de série", "Prix HT"],
        ["1", "VEB-DLT-RS2800", "Résistance de sole 2 800 W — four Deltaplan DP4", "DP4-16-0001 à DP4-25-0999 ; "
                                                                                   "DP3-16-0001 à DP3-25-0815",
         "148,00 €"],
        ["2", "VEB-DLT-PT100", "Sonde de température PT100 — four Deltaplan DP4", "DP4-12-0001 à DP4-25-0999 ; "
                                                                                  "DP3-12-0001 à DP3-25-0815",
         "64,00 €"],
        ["3", "VEB-DLT-CT25", "Contacteur 3 pôles 25 A — fours Deltaplan", "DP3 et DP4, toutes séries depuis 2008",
         "58,90 €"],
        ["4", "VEB-DLT-VP4", "Verre de porte trempé — four Deltaplan DP4", "DP4-16-0001 à DP4-25-0999",
         "132,00 €"],
        ["5", "VEB-DLT-CR4", "Carte de régulation — four Deltaplan DP4", "DP4-19-0001 à DP4-25-0999", "412,00 €"],
        ["6", "VEB-MOR-CSP60", "Courroie pétrin spirale Morvel SP60", "SP60-10-0001 à SP60-25-0740", "36,90 €"],
        ["7", "VEB-MOR-CSP40", "Courroie pétrin spirale Morvel SP40", "SP40-10-0001 à SP40-25-0515", "32,40 €"],
        ["8", "VEB-MOR-RC60", "Roulement de cuve — pétrin Morvel SP60", "SP60-14-0001 à SP60-25-0740", "54,20 €"],
        ["9", "VEB-MOR-CS60", "Crochet spirale inox — pétrin Morvel SP60", "SP60-10-0001 à SP60-25-0740",
         "289,00 €"],
        ["10", "VEB-CLI-JP600", "Joint de porte chambre de pousse CF-600", "CF6-15-0001 à CF6-25-0620", "42,50 €"],
        ["11", "VEB-CLI-EV600", "Électrovanne d'humidification — chambres Climafroid", "CF6-15-0001 à "
                                                                                      "CF6-25-0620 ; CF8-17-0001 "
                                                                                      "à CF8-25-0210", "71,50 €"],
    ], [0.9, 2.9, 5.0, 5.4, 1.8], 8.5),
    ("annexe", "Annexe B – Grille de cotation détaillée des intégrateurs"),
    ("p", "Notes de 1 (insuffisant) à 5 (excellent), attribuées le 2 février 2026 après lecture des offres et "
          "soutenance de chaque intégrateur (1 h 30 en visioconférence). Poids fixés avant l'ouverture des offres."),
    ("t", "annexeB", "Grille de cotation détaillée, avec justification des notes", [
        ["Critère (poids)", "Kaléidoweb (Nancy)", "Apsidis (Lille)", "Intégrale Commerce (Lyon)"],
        ["Expérience OroCommerce B2B (20 %)", "**4** — six projets OroCommerce depuis 2020, dont trois en B2B ; "
                                             "équipe de quatre développeurs certifiés", "**5** — partenaire "
                                                                                        "OroCommerce de longue "
                                                                                        "date, une vingtaine de "
                                                                                        "projets B2B, "
                                                                                        "contributions au code "
                                                                                        "du produit",
         "**3** — deux projets OroCommerce, tous deux en B2C ; le reste de l'expérience est sur Magento"],
        ["Intégration ERP, API Silex (20 %)", "**5** — a déjà connecté Silex Gestion à OroCommerce chez un "
                                             "distributeur de pièces agricoles ; a lu notre documentation d'API "
                                             "avant la soutenance", "**3** — connaît bien les ERP du marché mais "
                                                                    "pas Silex ; prévoit douze jours d'étude de "
                                                                    "l'API", "**3** — propose un connecteur "
                                                                             "générique par fichiers CSV, moins "
                                                                             "souple que l'API pour le parc "
                                                                             "installé"],
        ["Prix dans le plafond de 38 k€ HT (15 %)", "**4** — 34 200 € HT, dont 4 800 € de recette ; marge de "
                                                   "3 800 € sous le plafond", "**1** — 41 500 € HT, au-dessus du "
                                                                              "plafond fixé par la direction ; "
                                                                              "note minimale conformément à la "
                                                                              "règle annoncée", "**5** — 29 800 € "
                                                                                                "HT, mais recette "
                                                                                                "non chiffrée à "
                                                                                                "part"],
        ["Capacité à livrer avant le 30 juin (15 %)", "**4** — livraison annoncée le 19 juin, planning détaillé "
                                                     "semaine par semaine ; équipe disponible dès mars",
         "**4** — livraison le 26 juin, équipe dédiée ; peu de marge", "**3** — livraison « fin juin », sans "
                                                                       "planning détaillé ; démarrage en avril "
                                                                       "seulement"],
        ["Méthode de recette et support (10 %)", "**4** — reprend nos 40 cas de test, ajoute des tests "
                                                "automatisés ; support de 3 mois inclus, délai de prise en charge "
                                                "de 4 h ouvrées", "**4** — recette outillée, support de 6 mois "
                                                                 "payant en option", "**2** — recette réduite à "
                                                                                     "une démonstration ; support "
                                                                                     "au ticket sans engagement "
                                                                                     "de délai"],
        ["Références en pièces détachées ou industrie (10 %)", "**3** — une référence en pièces agricoles, "
                                                              "appelée le 28 janvier : retour positif",
         "**5** — trois références en pièces industrielles et en fournitures techniques", "**2** — références "
                                                                                           "en mode et en "
                                                                                           "décoration"],
        ["Propriété du code et réversibilité (10 %)", "**5** — code cédé à VEB, dépôt Git à notre nom dès le "
                                                     "premier jour, documentation incluse", "**3** — code cédé à "
                                                                                            "la livraison "
                                                                                            "seulement, dépôt "
                                                                                            "chez l'intégrateur "
                                                                                            "pendant le projet",
         "**4** — code cédé, documentation en option"],
        ["**Note pondérée**", "**4,20 / 5**", "**3,55 / 5**", "**3,20 / 5**"],
    ], [3.4, 4.3, 4.3, 4.0], 8.5),
    ("annexe", "Annexe C – Extraits annotés des CGV professionnelles"),
    ("p", "Extraits de la version 2025 des CGV, suivis de mes annotations (en italique). Les modifications "
          "décidées sont intégrées à la version 2026, en ligne depuis le 15 janvier 2026."),
    ("cgv", "Article 2 – Clients", "Les présentes conditions s'appliquent aux seuls clients professionnels "
            "disposant d'un numéro SIRET. Elles sont acceptées lors de la première commande.",
     "Ajouter « et à chaque nouvelle version » : sans cela, un client qui a accepté la version 2021 pourrait "
     "contester les clauses modifiées depuis."),
    ("cgv", "Article 4 – Prix", "Les prix sont exprimés hors taxes, selon le tarif applicable au compte du client. "
            "Le franco de port est fixé à 250 € HT, sauf condition particulière.",
     "Conforme à la pratique ; le franco propre à chaque compte est maintenant affiché dans le panier (irritant "
     "n° 2)."),
    ("cgv", "Article 6 – Absence de droit de rétractation", "Les ventes étant conclues entre professionnels, "
            "aucun droit de rétractation n'est applicable.",
     "Juste, mais trop sec. Ajout : « Les pièces non électriques peuvent toutefois faire l'objet d'un retour "
     "commercial dans les conditions de l'article 7. »"),
    ("cgv", "Article 7 – Retours", "Les pièces non électriques, dans leur emballage d'origine non ouvert, peuvent "
            "être retournées sous 30 jours. Des frais de remise en stock de 10 % sont retenus. Les pièces "
            "électriques ne sont ni reprises ni échangées une fois montées.",
     "Clause claire et appliquée au magasin. Le point « une fois montées » est difficile à prouver : nous "
     "demandons désormais la photo de l'emballage scellé avant d'accepter un retour de pièce électrique."),
    ("cgv", "Article 9 – Réserve de propriété", "VEB conserve la propriété des marchandises jusqu'au paiement "
            "intégral du prix.",
     "Valable car acceptée avant la livraison. Ajout : « Les risques sont transférés au client dès la "
     "livraison. » Sans cette phrase, une pièce cassée chez le client avant paiement resterait à nos risques."),
    ("cgv", "Article 10 – Paiement", "Les factures sont payables à 30 jours fin de mois. Tout retard entraîne "
            "des pénalités au taux de refinancement de la BCE majoré de 10 points, ainsi qu'une indemnité "
            "forfaitaire pour frais de recouvrement de 40 €.",
     "Conforme. Rien à modifier."),
    ("cgv", "Article 12 – Livraison", "Les délais de livraison sont donnés à titre indicatif.",
     "Contradiction avec la promesse J+1 du site. Nouvelle rédaction : J+1 garanti pour toute commande validée "
     "avant 12 h un jour ouvré, hors force majeure ; au-delà, frais de port remboursés."),
]


# ================================================================================================== assemblage
# numéro de page de chaque entrée de la table des matières (relevé sur le rendu LibreOffice)
PAGES = {
    '1': 4, '1.1': 4, '1.2': 4, '1.3': 5, '1.4': 5, '2': 7,
    '2.1': 7, '2.1.1': 7, '2.1.2': 7, '2.2': 8, '2.2.1': 8, '2.2.2': 8,
    '2.2.3': 8, '2.3': 9, '2.3.1': 9, '2.3.2': 9, '2.3.3': 10, '2.4': 11,
    '2.5': 12, '2.6': 13, '2.6.1': 13, '2.6.2': 13, '2.7': 14, '3': 15,
    '3.1': 15, '3.1.1': 15, '3.1.2': 15, '3.1.3': 16, '3.2': 16, '3.3': 17,
    '3.4': 18, '3.5': 19, '4': 20, '4.1': 20, '4.2': 20, '4.2.1': 20,
    '4.2.2': 21, '4.2.3': 21, '4.2.4': 21, '4.2.5': 22, '4.2.6': 22, '4.2.7': 22,
    '4.2.8': 22, '4.3': 22, '4.4': 23, '4.5': 23, '4.6': 24, '4.7': 24,
    '5': 26, '5.1': 26, '5.2': 26, '5.3': 27, '6': 28, '6.1': 28,
    '6.1.1': 28, '6.1.2': 28, '6.1.3': 28, '6.1.4': 29, '6.2': 29, '6.3': 31,
    '6.4': 31, 'Annexe A – Les onze pièces du pilote « Trouver ma pièce »': 33, 'Annexe B – Grille de cotation détaillée des intégrateurs': 33, 'Annexe C – Extraits annotés des CGV professionnelles': 34,
}
NUMPAGES = "35"


def numbering_pass():
    """Numéros des titres (1, 1.1, 1.1.1, 1.1.1.1), des tableaux et des figures, dans l'ordre du document."""
    cnt = [0, 0, 0, 0]
    heads, tabs, figs = [], {}, {}
    nt = nf = 0
    for item in CONTENT:
        k = item[0]
        if k in ("h1", "h2", "h3", "h4"):
            lvl = int(k[1])
            cnt[lvl - 1] += 1
            for j in range(lvl, 4):
                cnt[j] = 0
            heads.append((".".join(str(x) for x in cnt[:lvl]), item[1], lvl))
        elif k == "annexe":
            heads.append(("", item[1], 1))
        elif k == "t":
            nt += 1
            tabs[item[1]] = nt
        elif k in ("fig", "chart"):
            nf += 1
            figs[item[1]] = nf
    return heads, tabs, figs


def refs(text, tabs, figs):
    text = re.sub(r"\{T:(\w+)\}", lambda m: str(tabs[m.group(1)]), text)
    return re.sub(r"\{F:(\w+)\}", lambda m: str(figs[m.group(1)]), text)


def cover(doc):
    for _ in range(4):
        doc.add_paragraph()
    lines = [("Vallon Équipement Boulangerie", 13, False, INK),
             ("Projet PièceExpress —", 30, True, BRAND_RGB),
             ("Vente en ligne de pièces détachées et petit matériel", 17, False, RGBColor(0x4A, 0x4F, 0x55)),
             ("", 10, False, INK),
             ("Dossier professionnel — Titre RNCP Chef de projet e-commerce", 12, True, INK),
             ("Blocs de compétences 4 et 5 — session 2026", 12, False, INK)]
    p = None
    for text, size, bold, col in lines:
        if text.startswith("Vente en ligne"):
            p.add_run().add_break()
        else:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.color.rgb = col
    for _ in range(9):
        doc.add_paragraph()
    for text in ["Anaïs Roussel", "Responsable e-commerce, VEB — formation continue",
                 "Tuteur : Thomas Vallon, président de VEB",
                 "VEB SAS — ZI Pompelle, 51100 Reims", "Avril 2026"]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(text)
        r.font.size = Pt(11)
        if text == "Anaïs Roussel":
            r.bold = True
    doc.add_page_break()


def toc(doc, heads):
    p = doc.add_paragraph()
    r = p.add_run("Sommaire")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = BRAND_RGB
    entries = [(num, title, lvl) for num, title, lvl in heads if lvl <= 3]
    for k, (num, title, lvl) in enumerate(entries):
        tp = doc.add_paragraph(style="TOC %d" % lvl)
        if k == 0:
            fld(tp, "begin")
            instr(tp, 'TOC \\o "1-3" \\h \\z \\u')
            fld(tp, "separate")
        label = ("%s\u2003%s" % (num, title)) if num else title
        tp.add_run("%s\t%s" % (label, PAGES.get(num or title, "")))
        if k == len(entries) - 1:
            fld(tp, "end")
    doc.add_page_break()


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    setup_styles(doc)
    heads, tabs, figs = numbering_pass()

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.3)
    sec.header_distance = Cm(1.2)
    sec.footer_distance = Cm(1.1)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("VEB — Direction commerciale — Projet PièceExpress")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("A. Roussel — Dossier RNCP — page ")
    r.font.size = Pt(8.5)
    add_field(fp, "PAGE", "2", size=8.5)
    r = fp.add_run(" / ")
    r.font.size = Pt(8.5)
    add_field(fp, "NUMPAGES", NUMPAGES, size=8.5)

    cover(doc)
    toc(doc, heads)

    first_h1 = True
    first_annex = True
    for item in CONTENT:
        kind = item[0]
        if kind in ("h1", "h2", "h3", "h4"):
            h = doc.add_heading(item[1], level=int(kind[1]))
            if len(item) > 2 and item[2] == "saut":
                h.paragraph_format.page_break_before = True
            if kind == "h1":
                if not first_h1:
                    h.paragraph_format.page_break_before = True
                first_h1 = False
        elif kind == "annexe":
            h = doc.add_paragraph(item[1], style="Titre annexe")
            if first_annex:
                h.paragraph_format.page_break_before = True
                first_annex = False
        elif kind == "p":
            p = rich(doc.add_paragraph(), refs(item[1], tabs, figs))
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "ul":
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Bullet"), refs(line, tabs, figs))
                lp.paragraph_format.space_after = Pt(3)
        elif kind == "t":
            fs = item[5] if len(item) > 5 else 9
            add_table(doc, tabs[item[1]], item[2], item[3], item[4], fs=fs)
        elif kind == "fig":
            figure_placeholder(doc, figs[item[1]], item[2], item[3], item[4] if len(item) > 4 else 7)
        elif kind == "chart":
            (_, key, cap, ctype, cats, series, nf, ytitle, vmin, vmax, labels) = item
            add_chart(doc, figs[key], cap, ctype, cats, series, nf, y_title=ytitle, vmin=vmin, vmax=vmax,
                      labels=labels)
        elif kind == "pt":
            point_technique(doc, item[1], item[2])
        elif kind == "cgv":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
            rr = p.add_run(item[1])
            rr.bold = True
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(0.8)
            q.paragraph_format.space_after = Pt(2)
            q.paragraph_format.keep_with_next = True
            rich(q, "« %s »" % item[2], size=10)
            a = doc.add_paragraph()
            a.paragraph_format.left_indent = Cm(0.8)
            ra = a.add_run("Annotation : ")
            ra.bold = True
            ra.italic = True
            ra.font.size = Pt(9.5)
            ra.font.color.rgb = BRAND_RGB
            rich(a, item[3], size=9.5, italic=True, color=RGBColor(0x55, 0x55, 0x55))
        elif kind == "pb":
            doc.add_page_break()

    # notes de bas de page : partie word/footnotes.xml + relation + type de contenu (géré par python-docx)
    fpart = Part(PackURI("/word/footnotes.xml"),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", footnotes_xml(),
                 doc.part.package)
    doc.part.relate_to(fpart, RT.FOOTNOTES)
    settings = doc.settings.element
    fpr = parse_xml('<w:footnotePr xmlns:w="%s"><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % W_NS)
    compat = settings.find(qn("w:compat"))
    compat.addprevious(fpr)

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Projet PièceExpress — Vente en ligne de pièces détachées et petit matériel"
    cp.subject = "Dossier RNCP Chef de projet e-commerce — blocs 4 et 5 — session 2026"
    cp.keywords = "VEB; PièceExpress; OroCommerce; pièces détachées"
    cp.comments = ""
    cp.category = ""
    cp.created = datetime.datetime(2025, 12, 1, 20, 32, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 58
    doc.save(FILE)
    repack(FILE)
    print("ok", FILE, "notes:", len(NOTES), "tableaux:", len(tabs), "figures:", len(figs))


if __name__ == "__main__":
    main()
