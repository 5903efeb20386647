# Générateur du dossier du candidat c134 (SCEA Pépinières Bardet, « Les Vergers de Coussac », pépinière d'arbres fruitiers
# greffés, Coussac-Bonneval, Haute-Vienne) — blocs 1, 2 et 3, niveau solide. Un seul DOCX long (~35 pages au rendu
# LibreOffice) : page de garde, table des matières automatique (champ TOC avec résultat en cache), introduction, trois
# parties (styles Titre 1 « Partie I — … », Titre 2 « Chapitre n — … », Titre 3 « n.m … », vert foncé), conclusion,
# puis « Liste des annexes » et annexes A à F, chacune sur une nouvelle page sous un bandeau vert. Légendes
# « Tableau n — … » au-dessus des tableaux (tableaux d'annexe « Tableau E2 — … »), « Figure n — … » sous les figures
# (deux graphiques Word natifs, des cadres de captures et de schémas au texte lisible). En-tête « Les Vergers de Coussac —
# Mémoire professionnel 2026 », pied « A. Chastang — page X sur Y » (champs PAGE / NUMPAGES).
# Déterministe : propriétés figées, zip DOCX reconditionné à date fixe.
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

SLUG = "c134-pepiniere-arbres-fruitiers-limousin"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
FILE = os.path.join(OUT, "Memoire_CHASTANG_Aurelien_Vergers-de-Coussac.docx")
AUTHOR = "Aurélien Chastang"
FIXED = datetime.datetime(2026, 3, 20, 22, 41, 0)
ZIPSTAMP = (2026, 3, 20, 22, 41, 0)
GREEN = RGBColor(0x1F, 0x4D, 0x2B)
GREEN_HEX = "1F4D2B"
INK = RGBColor(0x22, 0x22, 0x22)
HEAD_FILL = "2E6B3A"
ZEBRA = "EEF4EC"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CHART_PARTS = []
_docpr = [100]


# ================================================================================================ outils XML
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


def add_field(paragraph, code, cached, size=None, color=None):
    fld(paragraph, "begin")
    instr(paragraph, code)
    fld(paragraph, "separate")
    r = paragraph.add_run(cached)
    if size:
        r.font.size = Pt(size)
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


def para_box(p, fill="F2F2F2", color="A6A6A6"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), color)
        bdr.append(e)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


TOKEN = re.compile(r"(\*\*.*?\*\*|__.*?__)")


def rich(p, text, size=None, italic=False, color=None, bold=False):
    """Texte avec **gras** et __italique__."""
    for part in TOKEN.split(text):
        if not part:
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
        if bold:
            r.bold = True
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    return p


# ================================================================================================ styles
def setup_styles(doc):
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    st.font.size = Pt(11)
    st.font.color.rgb = INK
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.15
    spec = {1: (18, 0, 14), 2: (14, 8, 8), 3: (12, 12, 4)}
    for lvl, (size, before, after) in spec.items():
        hs = doc.styles["Heading %d" % lvl]
        rf = hs.element.rPr.find(qn("w:rFonts"))
        if rf is not None:
            for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if rf.get(qn(a)) is not None:
                    del rf.attrib[qn(a)]
            rf.set(qn("w:ascii"), "Calibri")
            rf.set(qn("w:hAnsi"), "Calibri")
        hs.font.size = Pt(size)
        hs.font.color.rgb = GREEN
        hs.font.bold = True
        hs.font.italic = False
        hs.paragraph_format.space_before = Pt(before)
        hs.paragraph_format.space_after = Pt(after)
        hs.paragraph_format.keep_with_next = True
    cap = doc.styles["Caption"]
    cap.font.size = Pt(9.5)
    cap.font.italic = False
    cap.font.bold = True
    cap.font.color.rgb = GREEN
    cap.paragraph_format.space_before = Pt(6)
    cap.paragraph_format.space_after = Pt(3)
    for lvl, indent in ((1, 0.0), (2, 0.5), (3, 1.0)):
        name = "TOC %d" % lvl
        try:
            ts = doc.styles[name]
        except KeyError:
            ts = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        ts.base_style = doc.styles["Normal"]
        pf = ts.paragraph_format
        pf.left_indent = Cm(indent)
        pf.space_before = Pt(6 if lvl == 1 else 0)
        pf.space_after = Pt(1)
        pf.line_spacing = 1.0
        pf.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        ts.font.size = Pt(10.5 if lvl == 1 else 10)
        ts.font.bold = lvl == 1
    an = doc.styles.add_style("Titre annexe", WD_STYLE_TYPE.PARAGRAPH)
    an.base_style = doc.styles["Normal"]
    an.next_paragraph_style = doc.styles["Normal"]
    an.font.size = Pt(15)
    an.font.bold = True
    an.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    an.paragraph_format.space_before = Pt(0)
    an.paragraph_format.space_after = Pt(12)
    an.paragraph_format.keep_with_next = True
    apPr = an.element.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), HEAD_FILL)
    apPr.append(shd)
    ol = OxmlElement("w:outlineLvl")
    ol.set(qn("w:val"), "0")
    apPr.append(ol)
    # langue
    rpr_default = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr_default.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr_default.append(lang)
    lang.set(qn("w:val"), "fr-FR")


# ================================================================================================ blocs
def caption(doc, text, keep=True):
    p = doc.add_paragraph(style="Caption")
    rich(p, text)
    p.paragraph_format.keep_with_next = keep
    return p


def add_table(doc, cap, rows, widths, fs=9, header=True, bold_first_col=False, fills=None, align_center_from=None):
    caption(doc, cap)
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
            for k, line in enumerate(str(val).split("\n")):
                cp_ = c.paragraphs[0] if k == 0 else c.add_paragraph()
                cp_.paragraph_format.space_after = Pt(0)
                cp_.paragraph_format.line_spacing = 1.0
                if len(rows) <= 8 and i < len(rows) - 1:
                    cp_.paragraph_format.keep_with_next = True
                if align_center_from is not None and j >= align_center_from and i > 0:
                    cp_.alignment = WD_ALIGN_PARAGRAPH.CENTER
                rich(cp_, line, size=fs, bold=(bold_first_col and j == 0 and i > 0))
            if header and i == 0:
                shade(c, HEAD_FILL)
                for cp_ in c.paragraphs:
                    for rr in cp_.runs:
                        rr.bold = True
                        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            elif fills and (i, j) in fills:
                shade(c, fills[(i, j)])
            elif i % 2 == 0 and header:
                shade(c, ZEBRA)
    if header:
        repeat_header(t.rows[0])
    sp = doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(2)
    return t


def figure_box(doc, cap, lines, height=9, align="center"):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "center" else WD_ALIGN_PARAGRAPH.LEFT
    para_box(p)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    pad = max(0, (height - len(lines)) // 2)
    allines = [""] * pad + lines + [""] * max(0, height - pad - len(lines))
    for k, line in enumerate(allines):
        if line:
            rich(p, line, size=9, color=RGBColor(0x40, 0x40, 0x40))
        if k < len(allines) - 1:
            p.add_run().add_break()
    caption(doc, cap, keep=False)


def add_chart(doc, cap, ctype, categories, series, number_format, y_title=None, width_cm=15.5, height_cm=7.5,
              colors=None):
    cd = CategoryChartData(number_format=number_format)
    cd.categories = categories
    for name, vals in series:
        cd.add_series(name, vals)
    xml = ChartXmlWriter(ctype, cd).xml
    xml = xml.replace('<c:autoTitleDeleted val="0"/>', '<c:autoTitleDeleted val="1"/>')
    xml = xml.replace('<a:defRPr sz="1800"/>', '<a:defRPr sz="900"/>')
    if "<c:txPr>" not in xml.split("</c:chart>")[-1]:
        xml = xml.replace("</c:chart>", '</c:chart><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/>'
                          '</a:pPr><a:endParaRPr lang="fr-FR"/></a:p></c:txPr>', 1)
    if "<c:legend>" in xml:
        xml = xml.replace('<c:legendPos val="r"/>', '<c:legendPos val="b"/>')
    else:
        legend = '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>'
        xml = xml.replace("</c:plotArea>", "</c:plotArea>" + legend, 1)
    if colors:
        # une couleur par série
        parts = xml.split("<c:ser>")
        out = [parts[0]]
        for k, part in enumerate(parts[1:]):
            col = colors[k % len(colors)]
            sp = ('<c:spPr><a:solidFill><a:srgbClr val="%s"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="%s"/>'
                  '</a:solidFill></a:ln></c:spPr>' % (col, col))
            i = part.find("</c:tx>")
            if i != -1:
                part = part[:i + len("</c:tx>")] + sp + part[i + len("</c:tx>"):]
            out.append(part)
        xml = "<c:ser>".join(out)
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
    caption(doc, cap, keep=False)


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


# ================================================================================================ données chiffrées
def fr(v, dec=0):
    s = ("%." + str(dec) + "f") % abs(v)
    ent, _, frac = s.partition(".")
    grp = ""
    while len(ent) > 3:
        grp = "\u00a0" + ent[-3:] + grp
        ent = ent[:-3]
    return ("−" if v < 0 else "") + ent + grp + ("," + frac if dec else "")


def spread(total, weights, step=1):
    """Répartit un total entier selon des poids (somme exacte)."""
    tw = sum(weights)
    raw = [total * w / tw for w in weights]
    vals = [int(x // step) * step for x in raw]
    rest = total - sum(vals)
    order = sorted(range(len(weights)), key=lambda i: -(raw[i] - vals[i]))
    k = 0
    while rest > 0:
        vals[order[k % len(order)]] += step
        rest -= step
        k += 1
    return vals


# Suivi hebdomadaire Google Ads (annexe F, tableau F1) : Shopping S40–S51, Search S40–S9
WEEKS_ADS = ["S%d" % w for w in range(40, 53)] + ["S%d" % w for w in range(1, 10)]
SH_W = [3, 4, 5, 6, 7, 9, 11, 13, 14, 15, 10, 3]
SH_COST = spread(6200, SH_W)
SH_REV = spread(41800, [w * f for w, f in zip(SH_W, [0.8, 0.85, 0.9, 0.95, 1.0, 1.05, 1.1, 1.12, 1.1, 1.05, 0.95, 0.7])], 10)
SH_CPC = [0.44, 0.43, 0.42, 0.40, 0.41, 0.39, 0.40, 0.42, 0.43, 0.41, 0.38, 0.37]
SH_CTR = [0.016, 0.017, 0.018, 0.019, 0.020, 0.020, 0.019, 0.020, 0.019, 0.020, 0.018, 0.017]
SH_AOV = [78, 80, 79, 82, 81, 80, 83, 82, 81, 80, 84, 79]
SH_CLICKS = [round(c / k) for c, k in zip(SH_COST, SH_CPC)]
SH_IMPR = [round(c / k) for c, k in zip(SH_CLICKS, SH_CTR)]
SH_CONV = [round(r / k) for r, k in zip(SH_REV, SH_AOV)]
SE_W = [2.0, 2.3, 2.8, 3.1, 3.9, 4.2, 4.8, 5.3, 5.9, 6.2, 4.1, 1.2, 0.9, 2.1, 2.7, 3.2, 3.8, 4.6, 5.2, 4.9, 4.3, 3.1]
SE_COST = spread(1900, SE_W)
SE_REV = spread(18200, [w * f for w, f in zip(SE_W, [0.9, 0.85, 1.0, 0.95, 1.05, 1.1, 1.0, 1.08, 1.12, 1.05, 0.9, 0.7,
                                                      0.8, 0.9, 0.95, 1.0, 1.05, 1.1, 1.0, 0.95, 1.0, 0.9])], 10)
SE_CPC = [0.55, 0.58, 0.56, 0.59, 0.57, 0.60, 0.58, 0.56, 0.55, 0.57, 0.58, 0.61, 0.62, 0.57, 0.56, 0.55, 0.57, 0.58,
          0.56, 0.57, 0.58, 0.59]
SE_AOV = [86, 90, 87, 88, 85, 89, 91, 88, 86, 87, 92, 95, 90, 88, 86, 87, 89, 88, 86, 87, 90, 91]
SE_CLICKS = [round(c / k) for c, k in zip(SE_COST, SE_CPC)]
SE_CONV = [round(r / k) for r, k in zip(SE_REV, SE_AOV)]
_cr = sum(SH_CONV) / sum(SH_CLICKS)
assert 0.0335 <= _cr < 0.0345, _cr
assert 0.405 <= sum(SH_COST) / sum(SH_CLICKS) < 0.415, sum(SH_COST) / sum(SH_CLICKS)
assert 0.0185 <= sum(SH_CLICKS) / sum(SH_IMPR) < 0.0195, sum(SH_CLICKS) / sum(SH_IMPR)

# Colis de racines nues expédiés par semaine (figure 1)
PARCEL_WEEKS = ["S47", "S48", "S49", "S50", "S51", "S52", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"]
PARCELS_2425 = [120, 260, 340, 380, 310, 90, 150, 330, 420, 480, 560, 640, 590, 520, 430]
PARCELS_2526 = [210, 420, 490, 500, 430, 110, 140, 260, 330, 380, 430, 470, 460, 410, 330]

# Sessions organiques mensuelles (figure 5)
MONTHS = ["sept.", "oct.", "nov.", "déc.", "janv.", "févr."]
ORG_2425 = [11800, 15600, 17900, 13400, 15100, 18500]
ORG_2526 = [15900, 22700, 27400, 19300, 21800, 27660]
assert sum(ORG_2425) == 92300 and sum(ORG_2526) == 134760, (sum(ORG_2425), sum(ORG_2526))


# ================================================================================================ CONTENU
# ("h1", titre[, "nopb"]) ; ("h2", titre) ; ("h3", titre) ; ("p", texte) ; ("ul", [..]) ; ("ol", [..]) ;
# ("t", légende, lignes, largeurs[, taille, options]) ; ("fig", légende, lignes, hauteur) ;
# ("chart", légende, type, catégories, séries, format, titre_axe, couleurs) ; ("annexe", titre) ; ("pb",) ;
# ("lbl", texte) ligne grasse ; ("box", [lignes]) encadré.
C = []


def add(*items):
    C.extend(items)


# ------------------------------------------------------------------------------------------------ introduction
add(("h1", "Introduction"),
    ("p", "Les Vergers de Coussac sont la marque commerciale de la SCEA Pépinières Bardet, installée à Coussac-Bonneval, dans le "
          "sud de la Haute-Vienne. Henri Bardet, greffeur, a fondé la pépinière en 1971 pour fournir en pommiers de pays les vergers "
          "familiaux du Limousin. Sa fille, Claire Bardet, la dirige depuis 2009. Nous cultivons 18 hectares et proposons "
          "420 variétés fruitières, dont 160 variétés anciennes, toutes greffées sur place sur des porte-greffe que nous "
          "choisissons pour chaque usage : M9 pour les petits jardins, M106 et MM111 pour les formes plus vigoureuses, cognassier "
          "BA29 pour les poiriers."),
    ("p", "L'équipe compte 13 permanents, rejoints de novembre à mars par 9 saisonniers pour l'arrachage, le conditionnement et "
          "les expéditions. Sur l'exercice 2024-2025, clos au 30 juin 2025, le chiffre d'affaires s'élève à 1,86 M€ HT, dont "
          "690 k€ réalisés en ligne, soit 37 %. La boutique fonctionne sous WooCommerce depuis 2017 ; elle a enregistré "
          "8 700 commandes sur l'exercice, pour un panier moyen de 79 € HT."),
    ("p", "Notre activité obéit au calendrier de l'arbre. Un arbre en racines nues ne s'arrache qu'après la chute des feuilles et "
          "ne voyage qu'entre le 15 novembre et le 15 mars ; les godets, cultivés en conteneur, s'expédient de septembre à mai. "
          "Les arbres partent dans des caisses de 1,50 m, à 19,90 € de port jusqu'à cinq arbres. Nos références les plus "
          "vendues en ligne sont les suivantes :"),
    ("ul", ["« Pommier Reinette du Limousin — scion 1 an sur M106, racines nues » : 23,90 € ;",
            "« Pommier Api étoilé — demi-tige 2 ans » : 38,50 € ;",
            "« Poirier Louise-Bonne d'Avranches sur cognassier BA29 » : 24,90 € ;",
            "« Cerisier Bigarreau Burlat — godet 3 L » : 31,90 € ;",
            "« Kit verger familial 5 arbres » : 129 €."]),
    ("p", "Titulaire d'un BTSA Production horticole, je suis entré à la pépinière en 2022 comme responsable web et expéditions. "
          "Je prépare le titre de Chef de projet e-commerce en contrat de professionnalisation (session 2026), sous la "
          "responsabilité de Claire Bardet, ma tutrice. Je travaille au quotidien avec Julien Farge, chef de culture, Estelle "
          "Mazaud, responsable des expéditions, et Sandrine Lavaud, qui tient la boutique et le conseil par téléphone."),
    ("p", "La saison 2024-2025 a révélé une difficulté : 62 % des commandes de racines nues sont arrivées après le 15 "
          "décembre. En semaine 6, nous avons dû préparer 640 colis pour une capacité d'environ 500, et certains sont "
          "partis avec six jours de retard. Ma mission pour 2025-2026 est donc double : faire progresser la vente en "
          "ligne, et avancer une partie des commandes pour étaler la charge de l'atelier d'expédition."),
    ("p", "Ce mémoire s'appuie sur les données de GA4, de la Search Console, de Google Ads et de WooCommerce arrêtées "
          "au 28 février 2026, sur une enquête clients de mai 2025 et sur des relevés faits chez six confrères. Il suit"
          " l'ordre de notre démarche : comprendre le jardinier et fixer le cap, faire connaître et vendre, être trouvé"
          " et mesurer. Les données détaillées figurent dans les annexes A à F."))

# ------------------------------------------------------------------------------------------------ partie I
add(("h1", "Partie I — Le jardinier et son marché"),
    ("h2", "Chapitre 1 — Comprendre le jardinier pour fixer le cap"),
    ("h3", "1.1 Trois fiches portraits tirées de l'enquête clients"),
    ("p", "En mai 2025, nous avons adressé un questionnaire de 18 questions (Google Forms) aux abonnés de la newsletter"
          " et l'avons proposé en boutique. Nous avons obtenu 214 réponses exploitables. Le croisement de la situation "
          "du foyer, de la surface du jardin et de l'expérience de plantation fait apparaître trois groupes : les "
          "jeunes couples périurbains (88 réponses, 41 %), les retraités jardiniers (71, 33 %) et les passionnés de "
          "variétés anciennes (41, 19 %). Les 14 réponses restantes (7 %) viennent d'associations et de collectivités."),
    ("p", "Chaque groupe a donné lieu à une fiche portrait (annexe B). Le tableau 1 résume ce qui les pousse à acheter "
          "et ce qui les retient, en pourcentage des réponses du groupe."),
    ("t", "Tableau 1 — Motivations et freins par profil (enquête de mai 2025)",
     [["Profil", "Ce qui les pousse à acheter", "Ce qui les retient"],
      ["Jeunes couples périurbains\n(« Manon et Lucas »)",
       "Des fruits pour les enfants (74 %)\nAménager un jardin neuf (61 %)\nManger des fruits non traités (52 %)",
       "Peur de rater la plantation (58 %)\nNe savent pas quel porte-greffe choisir (47 %)\nInquiets de recevoir un arbre « sans terre » (39 %)"],
      ["Retraités jardiniers\n(« Gérard »)",
       "Remplacer un arbre mort ou trop vieux (66 %)\nRetrouver une variété connue (54 %)\nLe conseil d'un professionnel (41 %)",
       "Frais de port jugés élevés (44 %)\nMéfiance envers le paiement en ligne (31 %)\nDate de livraison incertaine (29 %)"],
      ["Passionnés de variétés anciennes\n(« Sylvie »)",
       "Sauvegarder une variété locale (83 %)\nÉlargir sa collection (68 %)\nÊtre sûr de l'identité de la variété (61 %)",
       "Ruptures de stock sur les raretés (71 %)\nDoute sur l'identité variétale ailleurs (49 %)\nPorte-greffe non précisé (38 %)"]],
     [3.8, 6.2, 6.2], 8.5),
    ("p", "Deux enseignements en ressortent. Le premier frein du jeune couple n'est pas le prix, mais la peur de l'échec : il "
          "faut lui apprendre à planter avant de lui vendre un arbre. Le passionné craint surtout de manquer une variété rare ; "
          "il commande tôt si on lui garantit sa réservation."),

    ("h3", "1.2 Le cheminement du jardinier"),
    ("p", "Nous avons reconstitué le parcours du jeune couple à partir des réponses ouvertes de l'enquête, de six entretiens "
          "téléphoniques menés par Sandrine en juin 2025 et des chemins de navigation observés dans GA4. Il s'étale sur près de "
          "trois ans, jusqu'aux premiers fruits."),
    ("t", "Tableau 2 — Le cheminement de Manon et Lucas, de l'installation aux premières pommes",
     [["Étape", "Ce que vit le couple", "Ce qu'il cherche", "Notre réponse"],
      ["1. Le déclic\n(printemps)", "« On vient d'acheter une maison » : 600 m² de pelouse", "Des idées",
       "Vidéo « Un verger dans un petit jardin »"],
      ["2. La recherche\n(sept.–oct.)", "Tape « quel arbre fruitier planter », regarde YouTube, interroge un groupe Facebook",
       "Comprendre formes, porte-greffe, pollinisation", "Tutoriels, guide du porte-greffe, réponses de Julien"],
      ["3. La comparaison\n(oct.–nov.)", "Compare trois sites : prix, port, garantie, avis", "Être rassuré",
       "Garantie de reprise, avis, photos des vrais arbres"],
      ["4. L'achat\n(novembre)", "Commande le « Kit verger familial 5 arbres » (129 €)", "Une date de livraison",
       "Choix de la semaine d'expédition"],
      ["5. La réception\n(décembre)", "Reçoit la caisse de 1,50 m ; le sol est gelé", "Savoir quoi faire",
       "Notice de mise en jauge et de pralinage, vidéo"],
      ["6. Le débourrement\n(avril)", "Un des cinq arbres ne débourre pas", "Être dépanné",
       "Garantie de reprise : arbre remplacé à l'automne"],
      ["7. La première taille\n(février suivant)", "Hésite à couper", "Savoir tailler",
       "E-mail un an après l'achat, vidéo de taille"],
      ["8. Les premières pommes\n(troisième année)", "Publie la photo, en parle aux voisins", "Partager",
       "Club Greffon, demande d'avis"]],
     [2.8, 4.6, 3.4, 5.4], 8.5),
    ("p", "Deux moments comptent plus que les autres. La comparaison (étape 3) se joue en octobre et en novembre : nous y "
          "perdions des ventes faute de preuves, et c'est là que nous plaçons la campagne « Plantez avant Noël ». Le "
          "débourrement (étape 6) est le moment de vérité : un arbre remplacé sans discussion fait d'un client déçu un client "
          "fidèle. En 2024-2025, nous avons remplacé 2,1 % des arbres vendus en ligne."),

    ("h3", "1.3 Tour d'horizon des confrères"),
    ("p", "Nous avons comparé six confrères qui vendent des arbres fruitiers en ligne : deux pépinières régionales riches en "
          "variétés anciennes (Pépinière des Monts d'Arrée, Le Jardin Fruitier Occitan), deux spécialistes de la vente à "
          "distance (Fruitiers du Val de Loire, Arbres & Vergers Direct) et deux sites à prix bas (JardiPrix, "
          "Verger-en-ligne.fr). Les relevés sur douze critères figurent en annexe A. Quatre conclusions s'en dégagent :"),
    ("ol", ["**Sur les variétés anciennes, deux vrais concurrents seulement** : Pépinière des Monts d'Arrée (110 "
            "variétés) et Le Jardin Fruitier Occitan (85) ; les autres en proposent moins de 40. Nos 160 variétés sont un"
            " avantage net, à condition d'être visibles.",
            "**Le porte-greffe est mal renseigné** : trois sites sur six ne l'indiquent pas, dont JardiPrix et Verger-en-"
            "ligne.fr. C'est le frein de 47 % des jeunes couples et de 38 % des passionnés ; l'expliquer est un argument "
            "facile à tenir.",
            "**Les sites à prix bas gagnent sur le prix et le port** : un scion de pommier y coûte 14,90 € à 16,90 € "
            "contre 23,90 € chez nous, et Arbres & Vergers Direct offre le port dès 99 €. Nous devons éviter les requêtes"
            " purement tarifaires.",
            "**Personne ne rassure vraiment le débutant** : deux confrères affichent une garantie de reprise, aucun ne "
            "publie de tutoriels vidéo réguliers. La pédagogie est un espace libre."]),

    ("h3", "1.4 Calendrier de plantation"),
    ("p", "La première question que nous pose un jardinier est : « Quand puis-je planter ? ». Le calendrier ci-dessous est "
          "imprimé au dos de chaque bon de livraison et repris sur la page « Quand planter ? » du site. Il indique, pour chaque "
          "forme d'arbre, les mois où la plantation est idéale, possible ou déconseillée."),
    ("t", "Tableau 3 — Calendrier de plantation par forme d'arbre (conseil remis au client)",
     [["Forme", "Sept.", "Oct.", "Nov.", "Déc.", "Janv.", "Févr.", "Mars", "Avr.", "Mai"],
      ["Racines nues (scion, demi-tige, haute-tige)", "—", "—", "●", "●", "○", "●", "○", "—", "—"],
      ["Arbre en motte", "—", "○", "●", "●", "○", "●", "●", "○", "—"],
      ["Godet 3 L (cerisiers, petits fruits)", "●", "●", "●", "○", "○", "○", "●", "●", "○"],
      ["Conteneur 10 L et plus", "●", "●", "●", "○", "○", "○", "●", "●", "●"],
      ["Greffons pour greffage", "—", "—", "—", "—", "○", "●", "●", "—", "—"]],
     [4.6] + [1.3] * 9, 8.5, {"center": 1}),
    ("p", "● idéal ; ○ possible hors gel et hors sol détrempé ; — déconseillé. Pour les racines nues : planter dès "
          "réception si la terre est meuble, sinon mettre les arbres en jauge (tranchée, racines couvertes de terre "
          "fine) en attendant un redoux. Le pralinage, bain de boue argileuse mêlée de bouse, protège les racines du "
          "dessèchement."),

    ("h3", "1.5 Matrice FFOM"),
    ("p", "La matrice rassemble les constats de l'enquête, du tour d'horizon des confrères et de nos chiffres. Nous l'avons "
          "construite avec Claire Bardet et Julien Farge le 16 septembre 2025, en cherchant les croisements qui appellent une "
          "décision."),
    ("t", "Tableau 4 — Matrice FFOM des Vergers de Coussac (septembre 2025)",
     [["Forces (interne)", "Faiblesses (interne)"],
      ["• 160 variétés anciennes greffées sur place\n• Porte-greffe indiqué et choisi pour chaque arbre\n• 54 ans de "
       "savoir-faire, garantie de reprise\n• 18 400 abonnés à la newsletter\n• Note clients de 4,7/5 (1 260 avis)",
       "• Capacité d'emballage limitée à 500 colis par semaine\n• 62 % des commandes de racines nues après le 15 décembre\n"
       "• Fiches variétés courtes (80 mots en moyenne)\n• Notoriété faible hors du Limousin\n• Port à 19,90 € par caisse"],
      ["Opportunités (externe)", "Menaces (externe)"],
      ["• Intérêt croissant pour les variétés anciennes et le verger familial\n• Requêtes « racines nues » en hausse de 24 % "
       "(Google Trends, 2021-2025)\n• Communes qui plantent des vergers partagés\n• Chaînes YouTube de jardinage très suivies "
       "par les débutants",
       "• Sites à prix bas sur les requêtes génériques\n• Hivers doux qui avancent le débourrement et raccourcissent la "
       "saison\n• Hausse des tarifs de transport\n• Avis négatifs en cas de retard de livraison"]],
     [8.1, 8.1], 8.5, {"fills": {(2, 0): HEAD_FILL, (2, 1): HEAD_FILL}, "white_rows": [2]}),
    ("p", "Trois décisions en découlent :"),
    ("ol", ["**Faire des variétés anciennes la porte d'entrée du référencement** (force × opportunité) : réécriture des "
            "160 fiches et silo dédié (partie III).",
            "**Avancer les commandes avant Noël** pour protéger la capacité d'emballage face aux hivers doux (faiblesse ×"
            " menace) : c'est la campagne « Plantez avant Noël ».",
            "**Rassurer le débutant par la preuve** (garantie, tutoriels, photos réelles), là où les confrères le "
            "laissent sans réponse."]),

    ("h3", "1.6 Cap de saison et jardiniers visés"),
    ("p", "Le cap de la saison 2025-2026 a été fixé avec Claire Bardet en septembre. Il tient en trois chiffres, mesurés sur "
          "l'exercice qui court du 1er juillet au 30 juin et qui épouse la saison de la pépinière."),
    ("t", "Tableau 5 — Cap de la saison 2025-2026",
     [["Indicateur", "Réalisé 2024-2025", "Cap 2025-2026", "Justification du niveau retenu"],
      ["Chiffre d'affaires en ligne (HT)", "690 k€", "820 k€ (+19 %)",
       "+14 % de croissance naturelle l'an dernier, plus l'apport attendu de Google Shopping (environ 40 k€)"],
      ["Part des commandes de racines nues passées avant le 15 décembre", "38 %", "55 %",
       "Seuil calculé pour ramener la semaine la plus chargée sous 500 colis"],
      ["Part des commandes passées par des clients déjà connus", "24 %", "30 %",
       "Effet attendu du club de fidélité et de la précommande de septembre"]],
     [4.6, 2.6, 2.6, 6.4], 8.5),
    ("p", "Nous visons d'abord les **jeunes couples périurbains** : 41 % des répondants, acheteurs du kit de cinq "
          "arbres (129 €), ils se décident à l'automne s'ils sont rassurés, et les confrères les servent mal. Viennent "
          "ensuite les **passionnés de variétés anciennes** : moins nombreux, mais avec un panier moyen de 146 € HT, "
          "ils commandent dès septembre et prescrivent dans les associations. Les **communes** sont traitées sur devis,"
          " hors panier (onze communes, 38 k€ en 2024-2025). Les retraités jardiniers, qui nous connaissent déjà, sont "
          "servis par la newsletter plutôt que par des actions de conquête."),

    ("h3", "1.7 Les canaux de conquête retenus et leur ordre"),
    ("p", "Nous avons classé les canaux selon deux questions : touchent-ils les jardiniers visés au moment où ils se "
          "décident, et leur effet dure-t-il au-delà de la saison ?"),
    ("t", "Tableau 6 — Canaux de conquête, par ordre de mise en œuvre",
     [["Rang", "Canal", "Jardiniers visés", "Rôle dans la saison", "Période"],
      ["1", "Référencement naturel des pages variétés", "Passionnés, couples", "Trafic de fond, légitimité sur les variétés anciennes",
       "Travail en septembre, effet toute l'année"],
      ["2", "Google Shopping (avec Search en appui)", "Couples", "Capter l'intention d'achat au moment de la comparaison",
       "Octobre à décembre"],
      ["3", "Newsletter (18 400 abonnés)", "Retraités, passionnés", "Précommandes, avancer les achats", "Septembre à février"],
      ["4", "YouTube", "Couples", "Apprendre à planter, rassurer", "Octobre à mars"],
      ["5", "Groupes Facebook", "Retraités, passionnés", "Conseil, bouche-à-oreille", "Toute la saison"]],
     [1.3, 3.8, 2.9, 4.8, 3.4], 8.5),
    ("p", "Le référencement naturel vient en premier : nos variétés anciennes font face à peu de concurrence et le "
          "travail de septembre profite aux saisons suivantes. Shopping suit, car l'arbre se vend sur l'image pendant "
          "la fenêtre où le couple compare. La newsletter, presque gratuite, avance les commandes des clients connus ; "
          "YouTube et les groupes Facebook, plus lents, répondent au premier frein du débutant."),
    ("p", "Nous avons écarté **l'affiliation**. Les plateformes du secteur jardin prélèvent 8 à 12 % du panier ; sur un scion à "
          "23,90 €, cela absorbe l'essentiel de la marge une fois le port et la garantie déduits. Surtout, les affiliés de "
          "notre domaine sont surtout des sites de codes promo et de cashback, qui captent en fin de parcours des clients "
          "déjà acquis, nos abonnés en premier. Nous préférons quelques prescripteurs choisis (voir 2.2)."))

# ------------------------------------------------------------------------------------------------ partie II
add(("h1", "Partie II — Faire connaître et vendre"),
    ("h2", "Chapitre 2 — La saison 2025-2026 : campagne, relais et vente"),
    ("h3", "2.1 « Plantez avant Noël » : objectifs, jardiniers visés et vecteurs"),
    ("p", "La campagne « Plantez avant Noël » découle du cap fixé en 1.6 : amener 55 % des commandes de racines nues "
          "avant le 15 décembre, contre 38 %, pour que la semaine la plus chargée reste sous notre capacité de 500 "
          "colis. Claire Bardet veut développer la vente en ligne sans embaucher davantage de saisonniers ni dégrader "
          "les délais, qui fondent notre note de 4,7/5 : avancer les commandes est la condition pour vendre plus avec "
          "la même équipe."),
    ("p", "Le message repose sur un argument d'agronome cher à Julien Farge : planté en novembre, un arbre s'enracine "
          "tout l'hiver et démarre plus vite au printemps. Du 10 novembre au 15 décembre, un kit de plantation (tuteur,"
          " lien, 1 kg de pralin, valeur 9,50 €) est offert dès deux arbres, et le client choisit sa semaine "
          "d'expédition."),
    ("p", "Cinq vecteurs portent la campagne : la newsletter (trois envois), YouTube (nos tutoriels et deux chaînes "
          "partenaires), les groupes Facebook de jardiniers, Google Shopping (annotation « Kit de plantation offert ») "
          "et le quotidien régional. Le tableau 7 relie chaque objectif à un groupe de jardiniers et à ses vecteurs."),
    ("t", "Tableau 7 — Objectifs, jardiniers visés et vecteurs de la campagne",
     [["Objectif", "Jardiniers visés", "Vecteurs", "Message", "Indicateur de suivi"],
      ["Déclencher la première commande avant Noël", "Jeunes couples", "YouTube, Google Shopping, blog partenaire",
       "« Planté en novembre, votre arbre a un an d'avance »", "Part des nouvelles commandes avant le 15/12"],
      ["Avancer la commande annuelle des clients connus", "Retraités jardiniers", "Newsletter, quotidien régional",
       "« Vos arbres partent dès la chute des feuilles »", "Commandes de clients connus avant le 15/12"],
      ["Sécuriser les variétés rares en précommande", "Passionnés", "Newsletter de septembre, groupes Facebook, Croqueurs du Limousin",
       "« Réservez vos raretés, nous les arrachons pour vous »", "Précommandes enregistrées au 31/10"],
      ["Faire connaître l'offre aux collectivités", "Communes", "Courrier aux mairies, article du quotidien",
       "« Un verger partagé planté avant l'hiver »", "Devis envoyés et signés"]],
     [3.4, 2.4, 3.6, 3.8, 3.0], 8.5),

    ("h3", "2.2 Alliances, relais prescripteurs et résultats"),
    ("lbl", "Les secteurs qui nous intéressent"),
    ("p", "Cinq secteurs partagent nos clients sans vendre nos produits : les **apiculteurs**, dont les clients "
          "jardinent et cherchent des arbres mellifères ; les **cidreries**, qui valorisent les pommes anciennes ; les "
          "**associations de sauvegarde des vergers** ; les **communes**, qui plantent des vergers partagés ; les "
          "**jardineries indépendantes**, qui vendent peu de racines nues. Nous y avons identifié le Rucher de la "
          "Briance, la cidrerie Le Pressoir de Saint-Yrieix, les Croqueurs du Limousin, la mairie de Coussac-Bonneval "
          "et Les Jardins du Pays de Nexon."),
    ("lbl", "Les alliances retenues"),
    ("p", "Nous avons retenu les alliances qui réunissent deux conditions : les mêmes jardiniers que les nôtres, et un "
          "achat au même moment de l'année. La cidrerie reçoit ses visiteurs de septembre à novembre, pendant le "
          "pressage, c'est-à-dire pendant notre précommande ; ce sont des foyers ruraux et périurbains qui ont souvent "
          "un verger à compléter. Un bon de 5 € est glissé dans chaque carton de jus et un petit verger de "
          "démonstration a été planté devant son magasin. Le Rucher de la Briance vend son miel sur les marchés "
          "d'automne à des clients qui jardinent : page commune « Un verger pour les abeilles » et stand partagé à la "
          "foire de Saint-Yrieix. La fête de la pomme des Croqueurs, en semaine 42, coïncide avec l'ouverture de notre "
          "précommande."),
    ("p", "Avant de nous associer au Pressoir de Saint-Yrieix, nous avons vérifié que son image servait la nôtre : "
          "production biologique à partir de vergers haute-tige du pays, vente sur les marchés de producteurs. Une "
          "cidrerie industrielle de la région, également approchée, aurait brouillé notre discours ; nous ne l'avons "
          "pas retenue."),
    ("lbl", "Les relais prescripteurs de la campagne"),
    ("p", "Pour la campagne, nous avons choisi cinq relais, chacun pour sa proximité avec l'un des groupes visés (tableau 8)."),
    ("t", "Tableau 8 — Relais prescripteurs retenus et raisons du choix",
     [["Relais", "Audience", "Pourquoi ce relais", "Action menée"],
      ["« Potager Facile 87 »\n(chaîne YouTube)", "38 000 abonnés, débutants, surtout en Limousin",
       "Même public que nos jeunes couples ; ancrage local qui légitime une pépinière voisine", "Vidéo « Je plante mon premier verger » avec le kit 5 arbres (S46)"],
      ["« Le Verger de Julie »\n(chaîne YouTube)", "21 000 abonnés, jardiniers qui taillent et greffent",
       "Crédibilité technique ; public à mi-chemin entre couples et passionnés", "Vidéo de taille de formation sur nos scions (S48)"],
      ["Blog « La Haie Nourricière »\n(permaculture)", "9 000 visites par mois, néo-ruraux",
       "Recherche de variétés rustiques sans traitement, ce que sont nos variétés anciennes", "Article invité sur les porte-greffe vigoureux (S45)"],
      ["Croqueurs du Limousin\n(association)", "640 adhérents, passionnés",
       "Prescripteurs de variétés ; caution sur l'identité variétale", "Stand et conférence à la fête de la pomme (S42)"],
      ["Quotidien régional\n(édition Haute-Vienne – Corrèze)", "Lectorat âgé et rural",
       "Touche les retraités jardiniers qui lisent peu en ligne", "Encart d'un quart de page (S46)"]],
     [3.6, 3.3, 5.0, 4.3], 8.5),
    ("p", "Nous avons préféré deux chaînes locales de taille moyenne à une grande chaîne nationale : leurs abonnés "
          "jardinent sous notre climat, et leurs auteurs plantent réellement nos arbres devant la caméra, ce qui répond"
          " mieux à la peur de l'échec qu'une simple mention."),
    ("p", "Les deux chaînes YouTube ont reçu des liens suivis (paramètres UTM) dans la description de leur vidéo. Le tableau 9 "
          "donne les résultats mesurés dans GA4 et WooCommerce. Pour le blog, l'association et le quotidien, nous n'avions pas "
          "posé de liens suivis."),
    ("t", "Tableau 9 — Résultats des deux chaînes YouTube partenaires (liens UTM, 1er octobre 2025 – 28 février 2026)",
     [["Chaîne", "Sessions", "Commandes", "Taux de conversion", "CA HT", "Coût (arbres offerts)"],
      ["Potager Facile 87", "4 120", "96", "2,3 %", "9 850 €", "186 €"],
      ["Le Verger de Julie", "2 380", "71", "3,0 %", "8 120 €", "142 €"],
      ["Total", "6 500", "167", "2,6 %", "17 970 €", "328 €"]],
     [3.6, 2.0, 2.5, 2.6, 2.3, 3.2], 8.5, {"center": 1}),
    ("p", "Avec 328 € d'arbres offerts (valeur au prix de revient), les deux vidéos ont amené 167 commandes. Le taux de "
          "conversion plus élevé du « Verger de Julie » s'explique par un public déjà jardinier, qui arrive sur le site avec une "
          "variété en tête."),

    ("h3", "2.3 Rétroplanning de saison"),
    ("p", "Le rétroplanning de la saison figure en annexe C : semaines 36 à 14 en colonnes, préparation en vert, expéditions en "
          "brun, jalons marqués d'une croix. Ses dates ne sont pas choisies sur un calendrier commercial mais sur celui de "
          "l'arbre."),
    ("ul", ["**Précommandes dès la semaine 37.** Julien Farge connaît ses volumes d'arrachage après l'inventaire de fin "
            "août ; pour certaines variétés anciennes, il n'y a que 30 à 50 scions, que les passionnés veulent réserver.",
            "**Shopping et campagne d'octobre à mi-décembre.** Les recherches « arbre fruitier racines nues » démarrent "
            "début octobre et culminent en semaines 45 à 48 (Google Trends, 2021-2025) : c'est le moment où le couple "
            "compare.",
            "**Expéditions après la chute des feuilles.** On n'arrache qu'une fois l'aoûtement terminé et les feuilles "
            "tombées, vers la mi-novembre à Coussac (380 m d'altitude) : premières racines nues en semaine 47.",
            "**Pause de fin d'année.** Du 22 décembre au 4 janvier, transporteurs saturés et gel fréquent : seuls les "
            "godets partent.",
            "**Seconde vague en février.** Après les fortes gelées, les jardiniers replantent et pensent à la taille : "
            "tutoriel de taille et « Semaine des variétés anciennes » (S6).",
            "**Arrêt au débourrement.** Un arbre en racines nues dont les bourgeons ont éclaté reprend mal : le 15 mars "
            "(S11) est notre date limite ; ensuite, seuls les godets partent, jusqu'en mai."]),
    ("p", "Sur les treize actions de communication prévues dans le rétroplanning, onze ont été réalisées dans la semaine "
          "prévue (tableau 10)."),
    ("t", "Tableau 10 — Actions de communication prévues et réalisées",
     [["N°", "Action prévue", "Semaine", "Réalisée", "Commentaire"],
      ["1", "Newsletter « Précommandes des variétés rares »", "S37", "Oui", "Taux d'ouverture 44 %"],
      ["2", "Stand et conférence, fête de la pomme des Croqueurs", "S42", "Oui", "212 fiches de précommande remplies"],
      ["3", "Article invité, blog « La Haie Nourricière »", "S45", "Oui", ""],
      ["4", "Tutoriel « Planter un arbre en racines nues »", "S45", "Oui", "48 000 vues au 28 février"],
      ["5", "Newsletter « Plantez avant Noël » n° 1", "S46", "Oui", ""],
      ["6", "Vidéo « Potager Facile 87 »", "S46", "Oui", ""],
      ["7", "Encart dans le quotidien régional", "S46", "Oui", ""],
      ["8", "Annotation « Kit de plantation offert » dans Google Shopping", "S46", "Oui", "Jusqu'au 15 décembre"],
      ["9", "Tutoriel « Pralinage et mise en jauge »", "S47", "Oui", ""],
      ["10", "Direct YouTube questions-réponses", "S48", "Non", "Annulé : semaine d'expédition trop chargée"],
      ["11", "Vidéo « Le Verger de Julie »", "S48", "Oui", ""],
      ["12", "Newsletter « Plantez avant Noël » n° 2 (rappel)", "S50", "Oui", ""],
      ["13", "Article rédactionnel « Le verger en décembre » (quotidien)", "S50", "Non", "Reporté par le journal à février"]],
     [1.0, 6.4, 2.0, 1.9, 4.9], 8.5),
    ("p", "Les deux actions non réalisées n'ont pas pesé sur la campagne : les questions de plantation du direct "
          "étaient couvertes par les tutoriels, et l'article du quotidien est paru en février, pendant la seconde "
          "vague. La figure 1 compare les colis expédiés chaque semaine sur les deux saisons."),
    ("chart", "Figure 1 — Colis de racines nues expédiés par semaine, saisons 2024-2025 et 2025-2026 (source : WooCommerce)",
     "col", PARCEL_WEEKS, [("2024-2025", PARCELS_2425), ("2025-2026", PARCELS_2526)], "0", "colis par semaine",
     ["B5A27A", "2E6B3A"]),
    ("p", "La charge s'est déplacée vers novembre et décembre : 2 050 colis expédiés de la semaine 47 à la semaine 51, contre "
          "1 410 un an plus tôt. La semaine la plus chargée de février est tombée de 640 à 470 colis, sous notre capacité, et "
          "aucun colis n'est parti en retard cette saison."),

    ("h3", "2.4 Animer les communautés"),
    ("lbl", "YouTube : une série de tutoriels filmés à la pépinière"),
    ("p", "Depuis octobre, notre chaîne diffuse la série « Un arbre, une saison » : sept tutoriels de 6 à 9 minutes "
          "tournés dans les parcelles par Julien Farge et moi. Chaque vidéo suit la même méthode : un titre qui reprend"
          " la question telle que les jardiniers la tapent (« Planter un arbre en racines nues : les 5 erreurs à éviter"
          " »), une miniature montrant un vrai arbre, des chapitres, une description qui renvoie vers les variétés "
          "montrées, un commentaire épinglé avec la « question de la semaine » et une réponse à chaque commentaire sous"
          " 48 heures. Les vidéos sortent le jeudi à 18 h ; un extrait de 30 secondes suit le lundi en format court."),
    ("lbl", "Les groupes Facebook : répondre avant de vendre"),
    ("p", "Julien et moi répondons chaque mardi aux questions de quatre groupes de jardiniers (de 9 000 à 62 000 "
          "membres), sous notre nom avec la mention « pépiniériste à Coussac ». La règle : répondre d'abord, ne mettre "
          "un lien que s'il apporte la réponse et si le règlement du groupe l'autorise. Sur notre page, nous publions "
          "chaque semaine une photo de la pépinière avec l'histoire de la variété."),
    ("lbl", "Ce que disent les chiffres de la communauté"),
    ("p", "De septembre à février, la chaîne YouTube est passée de 3 100 à 5 400 abonnés, la page Facebook de 8 900 à 9 600 "
          "abonnés, et le taux d'ouverture moyen de la newsletter s'établit à 41 %."),
    ("p", "La progression de YouTube (+74 %) est la plus parlante. 61 % des nouveaux abonnés sont arrivés par deux "
          "vidéos trouvées par la recherche, « Planter un arbre en racines nues » (48 000 vues) et « La taille de "
          "formation d'un scion » (22 000 vues). La durée moyenne de visionnage atteint 4 min 10, soit 52 % de la durée"
          " des vidéos, et les 1 340 commentaires sont surtout des questions de débutants : la chaîne joue le rôle "
          "d'école de plantation prévu pour les jeunes couples, qui suivent la série d'un épisode à l'autre."),
    ("lbl", "La « Semaine des variétés anciennes »"),
    ("p", "Du 2 au 8 février 2026 (S6), nous avons organisé la « Semaine des variétés anciennes » : une newsletter par jour "
          "pendant trois jours, une variété mise en avant chaque jour sur la page d'accueil et 10 % de remise sur les variétés "
          "anciennes. Le tableau F3 de l'annexe F compare cette semaine à la précédente et à la suivante. Le taux d'ouverture "
          "est passé de 38 % à 46 %, les commandes contenant une variété ancienne de 118 à 204, et leur chiffre d'affaires de "
          "9 400 € à 16 900 €. La semaine suivante, on compte 131 commandes et 10 300 €."),

    ("h3", "2.5 Le conseil en direct"),
    ("p", "Nous n'avons pas de messagerie instantanée : Sandrine conseille par téléphone de 9 h à 12 h."),

    ("h3", "2.6 Budget par canal et rentabilité"),
    ("p", "L'annexe D détaille, pour chaque canal, les dépenses prévues en septembre et réalisées au 28 février, et le "
          "chiffre d'affaires attendu et mesuré. Les dépenses portent sur la rédaction et les photos des fiches (lignes"
          " 1 et 2), les clics Shopping et Search (lignes 6 et 7), le matériel de tournage (ligne 5) et l'encart du "
          "quotidien (ligne 9) ; la newsletter ne coûte que l'abonnement Brevo (ligne 4) et les relais sont payés en "
          "arbres (ligne 8). Le temps de l'équipe n'est pas valorisé. Au total, 16 208 € étaient prévus et 18 018 € ont"
          " été dépensés."),
    ("p", "Côté recettes, chaque canal reçoit le chiffre d'affaires que GA4 lui attribue : 266 k€ pour le référencement"
          " naturel, 96 k€ pour la newsletter, 41,8 k€ pour Shopping, 18,2 k€ pour Search."),
    ("p", "Nous jugeons la rentabilité d'un canal payant sur la marge brute. Pour Google Shopping (cf. Annexe D, ligne "
          "6), 6 200 € de clics ont produit 41 800 € HT de ventes ; avec une marge brute moyenne de 52 %, cela fait 21 "
          "736 € de marge. Le retour sur investissement vaut (21 736 − 6 200) / 6 200 = 2,5 : chaque euro dépensé a "
          "rapporté 2,50 € de marge une fois la dépense remboursée. Pour Search (ligne 7), (9 464 − 1 900) / 1 900 = "
          "4,0, chiffre flatté par la campagne sur notre marque (voir 3.5)."),
    ("p", "Le poste Google Shopping est celui qui s'écarte le plus du prévisionnel : 6 200 € dépensés pour 4 500 € prévus, "
          "soit +38 %. C'est un écart important."),

    ("h3", "2.7 Les vitrines du site"),
    ("p", "Quatre fonctions de WooCommerce servent à mettre des produits en avant sur le site."),
    ("ul", ["**La « variété du mois »** : une étiquette produit affichée par le bloc « Produits par étiquette » en tête "
            "de l'accueil et des catégories, changée le 1er du mois (Reinette du Limousin en octobre, Api étoilé en "
            "novembre).",
            "**Le pollinisateur en vente croisée** : pour les 140 variétés autostériles, le champ « Ventes croisées » des"
            " « Produits liés » contient deux ou trois pollinisateurs du même groupe de floraison, affichés dans le "
            "panier (« N'oubliez pas son pollinisateur ») ; le champ « Montées en gamme » propose la version demi-tige.",
            "**Le badge « variété ancienne »**, alimenté par un attribut produit et une extension de badges.",
            "**Le kit verger familial**, produit groupé de cinq arbres compatibles pour la pollinisation."]),
    ("p", "Le tableau 11 précise ce que nous mettons en avant sur chaque page, et pourquoi à cet endroit."),
    ("t", "Tableau 11 — Les vitrines du site, page par page",
     [["Page", "Ce qui est mis en avant", "Fonction utilisée", "Pourquoi ici"],
      ["Accueil", "Variété du mois, kit verger, bandeau de la campagne", "Bloc « Produits par étiquette », bannière",
       "Page d'entrée des clients venus par la marque et la newsletter"],
      ["Catégorie « Pommiers »", "Six variétés anciennes en tête, avec badge", "Tri personnalisé, badge",
       "Les passionnés y comparent les variétés"],
      ["Fiche variété", "Pollinisateurs, version demi-tige, garantie de reprise", "Ventes croisées, montées en gamme",
       "Moment de la décision ; la pollinisation est l'oubli le plus fréquent"],
      ["Panier", "« N'oubliez pas son pollinisateur », kit de plantation", "Ventes croisées du panier",
       "Dernier moment pour compléter la commande"],
      ["Page « Quand planter ? »", "Arbres disponibles le mois en cours", "Bloc « Produits par catégorie »",
       "Page très visitée depuis Google, à transformer en visite produit"],
      ["E-mail de confirmation", "Tutoriel de plantation, godets de petits fruits", "Modèle d'e-mail WooCommerce personnalisé",
       "Le client vient d'acheter et attend ses arbres"]],
     [3.0, 4.6, 3.9, 4.7], 8.5),
    ("fig", "Figure 2 — Capture de la fiche « Pommier Reinette du Limousin » : badge « Variété ancienne », garantie de "
            "reprise et bloc des pollinisateurs (version ordinateur, novembre 2025)",
     ["[Capture d'écran — vergers-de-coussac.fr/pommier-reinette-du-limousin]",
      "Badge « Variété ancienne »  ·  Pommier Reinette du Limousin — scion 1 an sur M106, racines nues  ·  23,90 €",
      "★★★★★ 4,8/5 (37 avis)  ·  Expédition à partir du 17 novembre  ·  Choisir ma semaine d'expédition",
      "Garantie de reprise : si votre arbre ne débourre pas au printemps, nous le remplaçons à l'automne",
      "Ses pollinisateurs : Api étoilé · Reine des Reinettes · Court-Pendu gris",
      "Photo : le lot de scions réellement expédié, pris à la pépinière le 14 octobre 2025"], 10),

    ("h3", "2.8 Paiement, confiance et facilités de règlement"),
    ("p", "Le site propose quatre moyens de paiement et deux facilités de règlement (tableau 12). Stripe traite les "
          "cartes, Apple Pay et Google Pay par l'extension officielle WooCommerce ; PayPal passe par l'extension PayPal"
          " Payments. Le virement est réservé aux associations et aux paniers de plus de 500 €. Les communes paient par"
          " mandat administratif : commande sur devis, facture par Chorus Pro, règlement sous 30 jours."),
    ("t", "Tableau 12 — Moyens de paiement et facilités de règlement",
     [["Moyen", "Prestataire", "Pour qui", "Coût pour la pépinière", "Part des commandes (sept.–févr.)"],
      ["Carte bancaire, Apple Pay, Google Pay", "Stripe", "Tous les clients", "1,5 % + 0,25 €", "71 %"],
      ["PayPal", "PayPal", "Clients qui ne veulent pas saisir leur carte", "2,9 % + 0,35 €", "18 %"],
      ["Paiement en 3 fois (dès 150 €)", "Alma", "Kits et gros paniers", "3,6 % du panier", "5 %"],
      ["Paiement en 4 fois", "PayPal", "Paniers de 30 € à 2 000 €", "Tarif PayPal standard", "2 %"],
      ["Virement", "Banque", "Associations, paniers > 500 €", "Aucun", "2 %"],
      ["Mandat administratif", "Chorus Pro", "Communes, écoles", "Aucun (paiement à 30 jours)", "2 %"]],
     [4.0, 2.5, 3.6, 3.2, 2.9], 8.5),
    ("p", "Du 15 au 19 septembre, nous avons passé douze commandes réelles, remboursées ensuite, avec chacun des moyens"
          " de paiement : sur iPhone 13 (Safari) et Samsung Galaxy A52 (Chrome) pour le mobile, sur PC Windows "
          "(Firefox, Edge) et MacBook (Safari) pour l'ordinateur. Toutes ont abouti, validation 3D Secure comprise."),
    ("p", "La confiance se construit à plusieurs endroits du parcours :"),
    ("ul", ["**l'authentification forte 3D Secure** imposée par Stripe, et le certificat SSL ;",
            "**la garantie de reprise**, rappelée sous le bouton « Ajouter au panier » et au paiement ;",
            "**les avis clients** (4,7/5 sur 1 260 avis), recueillis trois semaines après la livraison et affichés sur "
            "chaque fiche ;",
            "**les photos des vrais arbres** : chaque fiche montre le lot réellement expédié, photographié à la pépinière"
            " ;",
            "**les coordonnées visibles** : téléphone, adresse et mentions légales en pied de page."]),
    ("fig", "Figure 3 — Capture de l'étape de paiement sur mobile (iPhone 13), avec le paiement en 3 fois Alma",
     ["[Capture d'écran — Paiement, vergers-de-coussac.fr/commande]",
      "Total 177,60 € TTC  ·  5 arbres + port 19,90 € + kit de plantation offert",
      "○ Carte bancaire (Visa, Mastercard, CB) · Apple Pay",
      "○ PayPal — ou payez en 4 fois",
      "● Payer en 3 fois avec Alma : 3 × 59,20 €",
      "[cadenas] Paiement sécurisé — 3D Secure  ·  Garantie de reprise incluse"], 10),
    ("p", "Les facilités de règlement ont été choisies pour leur effet sur nos ventes. Alma ne s'affiche qu'à partir de"
          " 150 €, seuil sous lequel sa commission de 3,6 % ne serait pas couverte. Depuis son activation le 1er "
          "octobre, les commandes en trois fois affichent un panier moyen de 236 € HT contre 84 €, et la conversion des"
          " pages de kits est passée de 2,8 % à 3,4 %. Le paiement en 4 fois de PayPal ne coûte rien de plus qu'un "
          "paiement PayPal. Le mandat administratif pèse sur la trésorerie (30 à 45 jours), mais il conditionne 41 k€ "
          "de ventes aux communes."),

    ("h3", "2.9 Fidéliser : le Club Greffon"),
    ("p", "Nous avons étudié cinq dispositifs de fidélisation :"),
    ("ul", ["un programme à points (extension WooCommerce Points and Rewards) ;",
            "un code de réduction annuel pour les clients de la saison précédente ;",
            "le parrainage (bon de 10 € pour le parrain et le filleul) ;",
            "un club donnant un accès prioritaire aux variétés rares ;",
            "un e-mail d'anniversaire de l'arbre, avec le rappel de la taille."]),
    ("p", "Nous avons retenu le **Club Greffon**, gratuit pour tout client ayant commandé au moins une fois : "
          "précommande ouverte 48 heures plus tôt, greffons des variétés rares en priorité en février, atelier de "
          "greffe en mars à la pépinière. Ce que nos meilleurs clients recherchent, c'est la rareté, pas la remise. Les"
          " scions rares sont produits de toute façon en petite quantité ; les réserver aux membres ne coûte rien et "
          "pousse à commander dès septembre, ce qui sert le cap de saison. L'e-mail d'anniversaire de l'arbre a été "
          "intégré au club."),
    ("p", "Le programme à points a été écarté : nos clients achètent une fois par an, les points finiraient en remise "
          "sur des scions à marge serrée, sans rien dire de notre métier. Au 28 février, le Club Greffon compte 1 170 "
          "membres."))

# ------------------------------------------------------------------------------------------------ partie III
add(("h1", "Partie III — Être trouvé et mesurer"),
    ("h2", "Chapitre 3 — Référencement, annonces et tableau de bord"),
    ("h3", "3.1 Hiérarchiser les actions et choisir les outils de mesure"),
    ("p", "En septembre 2025, l'audit du site et de la Search Console a fait ressortir quatorze actions possibles. Nous"
          " les avons notées de 1 à 3 sur l'impact attendu sur le trafic qualifié de la saison et sur l'effort demandé,"
          " sachant que je suis seul sur le web, avec l'aide ponctuelle de Julien pour les textes techniques."),
    ("t", "Tableau 13 — Les quatorze actions sur la matrice impact / effort",
     [["N°", "Action", "Impact", "Effort", "Classement"],
      ["1", "Réécrire les 160 fiches des variétés anciennes", "3", "3", "Priorité 1"],
      ["2", "Restructurer le flux Google Shopping (titres, attributs)", "3", "1", "Priorité 2"],
      ["3", "Créer les pages « racines nues » par espèce", "3", "2", "Priorité 3"],
      ["4", "Convertir les photos en WebP", "2", "1", "Gain rapide"],
      ["5", "Réécrire les balises title des catégories", "2", "1", "Gain rapide"],
      ["6", "Ajouter les données structurées Produit et Avis", "2", "1", "Gain rapide"],
      ["7", "Organiser le silo « Pommiers anciens »", "3", "3", "À planifier"],
      ["8", "Obtenir des liens de nos partenaires", "2", "2", "À planifier"],
      ["9", "Compléter la fiche Google Business Profile", "1", "1", "Gain rapide"],
      ["10", "Rédiger le guide « Choisir son porte-greffe »", "2", "2", "À planifier"],
      ["11", "Lancer une campagne Search « variétés anciennes »", "2", "2", "À planifier"],
      ["12", "Traduire le site en anglais", "1", "3", "Écartée"],
      ["13", "Tenir un blog d'actualité hebdomadaire", "1", "3", "Écartée"],
      ["14", "Changer de thème WooCommerce", "2", "3", "Reportée"]],
     [1.0, 8.6, 1.6, 1.6, 3.4], 8.5, {"center": 2}),
    ("p", "Les trois priorités allient fort impact et lien direct avec le cap : les fiches des variétés anciennes "
          "portent notre avantage (1.3), le flux Shopping conditionne la campagne la plus coûteuse, et les pages « "
          "racines nues » répondent aux requêtes les plus transactionnelles. Les gains rapides ont été traités en "
          "septembre."),
    ("lbl", "Les outils de mesure"),
    ("p", "Pour choisir nos outils, nous sommes partis des questions du tableau de bord du lundi : combien de "
          "commandes, par quel canal ? sommes-nous visibles sur les variétés anciennes ? les partenaires nous envoient-"
          "ils visiteurs et liens ? chaque euro d'annonce est-il rentable ? Pour chacune, nous avons retenu l'outil qui"
          " mesure la donnée à la source, selon quatre critères : gratuit ou déjà payé, alimenté directement par "
          "Google, connectable à Looker Studio, lisible par Claire Bardet sans formation."),
    ("ul", ["**GA4** : comportement des visiteurs et tunnel de commande (événements e-commerce transmis par GTM4WP) ;",
            "**la Search Console** : requêtes, clics, impressions et positions ;",
            "**Ahrefs Webmaster Tools**, gratuit pour un site vérifié : domaines qui nous font des liens ;",
            "**Google Ads** : coûts, clics et conversions des campagnes ;",
            "**Looker Studio** : le tableau de bord hebdomadaire qui réunit ces sources, partagé avec Claire."]),
    ("p", "Nous avons écarté Semrush (environ 130 € par mois), redondant avec la Search Console pour notre propre site,"
          " Matomo, qu'il aurait fallu héberger, et Hotjar, faute de volume hors saison. Le tableau 14 recense les "
          "accès."),
    ("t", "Tableau 14 — Outils de mesure et tableaux de synthèse",
     [["Outil", "Ce que nous y lisons", "Lien"],
      ["GA4", "Sessions, sources, tunnel de commande, chiffre d'affaires",
       "https://analytics.google.com/analytics/web/#/p318420577/reports/intelligenthome"],
      ["Search Console", "Requêtes, clics, impressions, positions",
       "https://search.google.com/search-console?resource_id=sc-domain:vergers-de-coussac.fr"],
      ["Ahrefs Webmaster Tools", "Domaines référents, liens entrants", "[lien à insérer]"],
      ["Google Ads", "Coûts, clics, conversions par campagne", "https://ads.google.com/aw/overview?ocid=482915530"],
      ["Looker Studio", "Tableau de bord hebdomadaire de la saison",
       "https://lookerstudio.google.com/reporting/5c1e0a7d-3b2f-4f6e-9a41-d2c7b8e06f13"],
      ["Suivi des positions (Google Sheets)", "Positions des 25 requêtes suivies", "[lien à insérer]"]],
     [3.4, 5.0, 7.8], 8.5),

    ("h3", "3.2 La matrice de mots-clés"),
    ("p", "La matrice a été construite en quatre étapes, entre le 1er et le 19 septembre 2025."),
    ("ol", ["**Rassembler les éléments de départ** : nos 420 noms de variétés, les formes, les porte-greffe (M9, M106, "
            "MM111, BA29, franc) et les intentions (acheter, planter, tailler, prix), à partir de seize mois de requêtes "
            "Search Console, du planificateur de mots-clés, des suggestions de Google et des questions notées par "
            "Sandrine au téléphone.",
            "**Combiner variété × forme × porte-greffe × intention** (environ 1 900 expressions), puis garder celles qui "
            "dépassent 20 recherches par mois ou portent sur une variété ancienne locale.",
            "**Vérifier chaque page de résultats** : qui est classé, sous quelle forme. Si Google ne montre que des "
            "guides, nous visons la requête avec une page de conseil, pas une fiche produit.",
            "**Affecter une page cible et un silo**, puis noter la priorité en croisant volume, intention d'achat et "
            "chance réelle de classement."]),
    ("p", "Le résultat est une matrice de 80 requêtes, présentée en annexe E (tableau E1), classée par silo et par intention. "
          "Ses choix s'expliquent par notre contexte :"),
    ("ul", ["**les variétés anciennes** : requêtes peu disputées où nous sommes légitimes, comme « reinette du limousin »"
            " (320 recherches par mois), travaillée par aucun des six confrères ;",
            "**« racines nues »** : l'expression la plus transactionnelle de notre métier, dont le volume quadruple en "
            "novembre ;",
            "**les requêtes locales** (« pépinière haute-vienne ») : elles amènent aussi des visites à la pépinière, via "
            "la fiche Google Business Profile et une page dédiée ;",
            "**face aux sites à prix bas** : pas de requêtes tarifaires (« pommier pas cher »), mais la longue traîne qui"
            " précise forme et porte-greffe (« pommier demi-tige m106 »), où nos fiches sont plus complètes."]),
    ("p", "Nous suivons 25 de ces requêtes chaque semaine. Entre le 15 septembre 2025 et le 23 février 2026, les "
          "requêtes classées dans les trois premiers résultats passent de 4 à 11, dans les dix premiers de 9 à 19, et "
          "la position médiane de 17 à 6 (voir Annexe E, tableau E2). Par exemple, « reinette du limousin arbre » passe"
          " de la 7e à la 1re place, « poirier louise bonne » de la 22e à la 4e, « pommier racines nues » de la 34e à "
          "la 9e, « porte greffe m106 » de la 15e à la 6e."),

    ("h3", "3.3 Les silos"),
    ("lbl", "Qu'est-ce qu'un silo ?"),
    ("p", "Un silo, ou cocon sémantique, consiste à organiser les pages d'un site par thème, à la manière d'un arbre. Au sommet "
          "se trouve une page pilier, qui traite le sujet de façon générale et vise la requête la plus large. En dessous, des "
          "pages satellites traitent chacune un sous-sujet précis et visent des requêtes plus longues. Les pages d'un même silo "
          "sont reliées entre elles par des liens : liens descendants de la page pilier vers ses satellites, liens ascendants "
          "des satellites vers la page pilier, liens latéraux entre pages sœurs qui traitent de sujets voisins."),
    ("p", "Une page ne fait de liens qu'à l'intérieur de son silo, pour que les moteurs comprennent la cohérence du "
          "thème et que la popularité remonte vers la page pilier. Les liens sont placés dans le corps du texte, avec "
          "une ancre qui décrit la page de destination, là où le lecteur en a besoin."),
    ("fig", "Figure 4 — Schéma générique d'un silo",
     ["PAGE PILIER (thème général)",
      "↓ liens descendants          ↑ liens ascendants",
      "Satellite A   ↔   Satellite B   ↔   Satellite C",
      "↓                          ↓                          ↓",
      "Page A1 · Page A2        Page B1 · Page B2        Page C1 · Page C2",
      "(liens latéraux entre pages sœurs, ancres descriptives dans le texte)"], 8),
    ("lbl", "Le silo « Pommiers anciens »"),
    ("p", "Le premier silo porte sur les pommiers anciens (92 des 160 variétés anciennes). Son schéma figure en annexe "
          "E (E3) : la page pilier « Pommiers anciens », catégorie réécrite de 1 100 mots, ouvre sur quatre sous-"
          "catégories (pommes du Limousin, reinettes, pommes à cidre, pommes de garde) qui mènent aux fiches ; le guide"
          " « Choisir son porte-greffe » y est rattaché."),
    ("p", "Les liens entre les pages passent par le bloc « Voir aussi » placé sous le descriptif de chaque fiche et de chaque "
          "sous-catégorie. Ce bloc affiche automatiquement quatre produits de la même catégorie, avec leur nom comme lien, "
          "ainsi qu'un lien de retour vers la page pilier dans le fil d'Ariane."),

    ("h3", "3.4 Partenaires, liens et progression du référencement"),
    ("p", "Les partenaires présentés en 2.2 nous envoient des visiteurs. Le tableau 15 donne les sessions issues de leurs "
          "sites (source « referral » de GA4, plus les liens UTM des deux chaînes YouTube)."),
    ("t", "Tableau 15 — Sessions apportées par les partenaires (1er septembre 2025 – 28 février 2026, GA4)",
     [["Partenaire", "Type de lien", "Mise en ligne", "Sessions", "Pages par session"],
      ["Chaînes YouTube « Potager Facile 87 » et « Le Verger de Julie »", "Description de vidéo", "S46 et S48", "6 500", "3,4"],
      ["Croqueurs du Limousin", "Page « Où trouver nos variétés »", "S42", "2 910", "4,6"],
      ["Blog « La Haie Nourricière »", "Article invité", "S45", "1 780", "3,1"],
      ["Quotidien régional (article en ligne)", "Lien dans l'article de février", "S7", "1 650", "2,2"],
      ["Le Pressoir de Saint-Yrieix (cidrerie)", "Page partenaires", "S40", "1 240", "2,8"],
      ["Les Jardins du Pays de Nexon (jardinerie)", "Page « Nos producteurs »", "S44", "520", "2,5"],
      ["Rucher de la Briance", "Page « Un verger pour les abeilles »", "S41", "460", "3,0"],
      ["Mairie de Coussac-Bonneval", "Page « Vie économique »", "S39", "310", "1,9"],
      ["Total", "", "", "15 370", "3,3"]],
     [5.6, 4.2, 2.2, 2.0, 2.2], 8.5, {"center": 2}),
    ("p", "Les Croqueurs du Limousin envoient le trafic le plus engagé (4,6 pages par session) : leurs membres arrivent pour "
          "consulter plusieurs variétés. Les chaînes YouTube apportent le volume. Le lien de la mairie, peu fréquenté, compte "
          "surtout parce qu'il vient d'un site institutionnel."),
    ("p", "En septembre 2025, Ahrefs Webmaster Tools recensait 38 domaines référents pointant vers notre site. Depuis, sept "
          "partenaires ont ajouté un lien. Le nouveau comptage n'est pas encore fait : mesure prévue fin mars."),
    ("p", "La progression du trafic organique (figure 5) résume l'effet de l'ensemble des actions : de septembre à "
          "février, les sessions issues de la recherche naturelle passent de 92 300 à 134 760, soit +46 % sur la même "
          "période. Dans la Search Console, les clics progressent de 38 % (81 200 à 112 060) et les impressions de 52 "
          "%, surtout en octobre et novembre, quand les fiches réécrites rencontrent la demande de saison."),
    ("chart", "Figure 5 — Sessions issues de la recherche naturelle, par mois (GA4, septembre à février)",
     "col", MONTHS, [("2024-2025", ORG_2425), ("2025-2026", ORG_2526)], "# ##0", "sessions", ["B5A27A", "2E6B3A"]),

    ("h3", "3.5 Google Ads : Shopping et Search"),
    ("p", "Le compte Google Ads compte trois campagnes, décrites au tableau 16. Shopping porte l'essentiel du budget pendant la "
          "période de comparaison ; Search couvre les requêtes de variétés anciennes que Shopping traite mal, et protège "
          "notre marque."),
    ("t", "Tableau 16 — Structure des campagnes Google Ads",
     [["Campagne", "Période", "Budget", "Groupes", "Page d'atterrissage"],
      ["Shopping — Racines nues saison", "1er oct. – 20 déc.", "75 € / jour", "Groupes de produits : pommiers, poiriers, "
       "cerisiers et pruniers, kits", "Fiche produit"],
      ["Search — Variétés anciennes", "1er oct. – 28 févr.", "15 € / jour", "Pommiers anciens", "Catégorie « Pommiers anciens »"],
      ["", "", "", "Poiriers anciens", "Catégorie « Poiriers anciens »"],
      ["", "", "", "Kit verger", "Fiche « Kit verger familial 5 arbres »"],
      ["", "", "", "Porte-greffe et scions", "Guide « Choisir son porte-greffe »"],
      ["Search — Marque", "Permanente", "3 € / jour", "Vergers de Coussac, Pépinières Bardet", "Accueil"]],
     [3.6, 2.6, 2.0, 4.4, 3.6], 8.5),
    ("p", "**Mots-clés.** Les groupes Search viennent de la matrice de l'annexe E. « Pommiers anciens » : [pommier "
          "ancienne variété], [acheter pommier ancien], \"reinette du limousin\", \"pommier api étoilé\". « Porte-greffe et"
          " scions » : \"porte greffe m106\", \"scion pommier\", [pommier sur mm111]. Exact et expression seulement, jamais"
          " la requête large. 46 mots-clés négatifs s'appliquent aux trois campagnes, dont : gratuit, bonsaï, graines, "
          "recette, coloriage, maladie, emploi, Jardiland, Leroy Merlin."),
    ("p", "**Pages d'atterrissage.** Chaque groupe renvoie vers la page qui répond à la requête : sous-catégorie pour "
          "une variété, guide pour un porte-greffe, fiche du kit pour un verger complet. Shopping envoie vers la fiche "
          "produit, semaine d'expédition affichée."),
    ("p", "**Annonces.** Chaque groupe Search dispose d'une annonce responsive de 15 titres et 4 descriptions. Extrait de "
          "l'annonce du groupe « Pommiers anciens » :"),
    ("box", ["**Titres :** Pommiers de variétés anciennes | 160 variétés greffées en Limousin | Reinette du Limousin, Api "
             "étoilé… | Porte-greffe indiqué pour chaque arbre | Garantie de reprise | Kit de plantation offert",
             "**Descriptions :** Pépiniériste depuis 1971, nous greffons nous-mêmes nos pommiers anciens sur M106 ou MM111. "
             "Choisissez votre semaine d'expédition. — Arbres en racines nues expédiés dès la chute des feuilles. Arbre "
             "remplacé s'il ne reprend pas.",
             "**Titre Shopping réécrit :** Pommier Reinette du Limousin – scion 1 an sur M106 – racines nues – Les Vergers de "
             "Coussac"]),
    ("p", "**Suivi.** Les résultats sont relevés chaque lundi dans Looker Studio (annexe F, tableau F1). Sur la saison,"
          " Shopping affiche un taux de clic de 1,9 %, un coût par clic de 0,41 € et un taux de conversion de 3,4 %. "
          "Après la réécriture des titres du flux en semaine 43, la part d'impressions est passée de 58 % en octobre à "
          "74 % en décembre, à coût par clic stable. Search a été ajusté avec le référencement naturel : quand une "
          "requête entrait dans les trois premiers résultats naturels (« reinette du limousin » en semaine 49), nous "
          "baissions l'enchère, ce qui a libéré du budget pour les poiriers anciens, encore en deuxième page."),
    ("p", "Le retour sur investissement de chaque campagne est calculé sur la marge brute de 52 % (tableau 17)."),
    ("t", "Tableau 17 — Retour sur investissement par campagne (1er octobre 2025 – 28 février 2026)",
     [["Campagne", "Coût", "CA HT", "Marge brute (52 %)", "ROI = (marge − coût) / coût", "CA / coût"],
      ["Shopping — Racines nues saison", "6 200 €", "41 800 €", "21 736 €", "2,5", "6,7"],
      ["Search — Variétés anciennes", "1 540 €", "10 900 €", "5 668 €", "2,7", "7,1"],
      ["Search — Marque", "360 €", "7 300 €", "3 796 €", "9,5", "20,3"],
      ["Total", "8 100 €", "60 000 €", "31 200 €", "2,9", "7,4"]],
     [4.6, 1.8, 2.0, 2.6, 3.2, 1.8], 8.5, {"center": 1}),
    ("p", "Le ROI de la campagne Marque est trompeur : une partie de ces clients nous auraient trouvés sans annonce. "
          "Les deux campagnes de conquête restent nettement rentables."),
    ("p", "Côté réseaux sociaux, nous mesurons l'engagement de chaque publication : 6,8 % sur YouTube (mentions « j'aime » et "
          "commentaires rapportés aux vues), 4,1 % pour nos réponses dans les groupes Facebook et 2,3 % pour les publications "
          "de notre page."),

    ("h3", "3.6 Des indicateurs adaptés à une pépinière saisonnière"),
    ("p", "Une pépinière qui vend l'essentiel entre octobre et mars ne peut pas se piloter mois par mois : février "
          "dépasse toujours janvier. Nous comparons donc chaque semaine à la même semaine de la saison précédente, et "
          "la saison (septembre à février) à la saison. Aux indicateurs de trafic et de vente, nous avons ajouté ceux "
          "de nos contraintes : part des commandes avant le 15 décembre, colis par semaine rapportés à la capacité, "
          "abandon à l'étape du choix de la semaine d'expédition. Les valeurs figurent au tableau F2 de l'annexe F :"),
    ("ul", ["**Trafic** : 236 800 sessions contre 184 600 (+28 %), portées par la recherche naturelle (+46 %) et YouTube,"
            " donc par des canaux gratuits.",
            "**Taux de rebond** : 44 % contre 49 % ; les fiches réécrites répondent à la question du porte-greffe sans "
            "que le visiteur reparte.",
            "**Temps de visite** : 2 min 48 contre 2 min 31, cohérent avec des fiches passées de 80 à 450 mots.",
            "**Temps de chargement** : 3,1 s pour le contenu principal d'une fiche sur mobile, contre 3,6 s. Le WebP a "
            "aidé, mais les photos des vrais arbres nous laissent au-dessus des 2,5 s recommandées.",
            "**Abandons** : 68 % des paniers ne sont pas transformés (71 % l'an dernier). Par étape : 22 % d'abandon à la"
            " création de compte, encore obligatoire ; 14 % au choix de la semaine d'expédition (11 % l'an dernier), les "
            "premières semaines proposées, après la chute des feuilles, surprenant les débutants ; 9 % au paiement.",
            "**Taux de conversion** : 3,3 % contre 3,5 %, baisse due aux visiteurs venus des tutoriels, qui s'informent "
            "avant d'acheter.",
            "**Chiffre d'affaires** : 664 k€ HT de septembre à février contre 541 k€ (+23 %), pour 7 900 commandes à 84 €"
            " HT."]),

    ("h3", "3.7 Le cap est-il atteint ? Actions correctives"),
    ("p", "Le tableau 18 confronte les résultats au 28 février 2026 au cap fixé en septembre."),
    ("t", "Tableau 18 — Le cap de saison au 28 février 2026",
     [["Indicateur", "2024-2025", "Cap 2025-2026", "Au 28 février 2026", "Lecture"],
      ["Chiffre d'affaires en ligne (exercice)", "690 k€", "820 k€",
       "702 k€ cumulés depuis le 1er juillet (573 k€ un an plus tôt) ; projection 826 k€",
       "En voie d'être atteint"],
      ["Commandes de racines nues avant le 15 décembre", "38 %", "55 %", "51 %", "Non atteint (−4 points)"],
      ["Commandes de clients déjà connus", "24 %", "30 %", "31 %", "Atteint"]],
     [4.2, 2.0, 2.2, 4.8, 3.0], 8.5),
    ("p", "Le chiffre d'affaires progresse de 22,5 % sur les huit premiers mois de l'exercice ; avec une progression "
          "prudente de 6 % de mars à juin (les racines nues s'arrêtent le 15 mars), la projection atteint 826 k€, au-"
          "dessus du cap. La part des commandes avant le 15 décembre passe de 38 % à 51 %, sous l'objectif, et perdra "
          "encore environ un point avec les commandes de mars. La fidélité dépasse l'objectif, portée par le Club "
          "Greffon et la précommande."),
    ("p", "Pour la saison 2026-2027, nous avons retenu cinq actions correctives :"),
    ("ul", ["permettre la commande sans création de compte, pour réduire l'abandon de 22 % à cette étape ;",
            "réécrire l'étape du choix de la semaine d'expédition, avec une phrase qui explique pourquoi un arbre en racines "
            "nues ne part qu'après la chute des feuilles ;",
            "ouvrir « Plantez avant Noël » dès la mi-octobre pour les membres du Club Greffon, avec un e-mail dédié ;",
            "alléger les fiches produits (photos redimensionnées à la taille d'affichage, chargement différé) pour passer sous "
            "2,5 s sur mobile ;",
            "ajouter sous chaque tutoriel YouTube un lien d'inscription à la newsletter, pour transformer les abonnés de la "
            "chaîne en lecteurs de nos offres."]))

# ------------------------------------------------------------------------------------------------ conclusion
add(("h1", "Conclusion"),
    ("p", "La saison 2025-2026 a montré qu'une pépinière peut vendre davantage en ligne sans changer de taille, en "
          "calant sa communication sur le calendrier de l'arbre."),
    ("p", "La campagne « Plantez avant Noël » a déplacé une part importante des commandes vers l'automne : la semaine la plus "
          "chargée de février est passée sous notre capacité d'emballage et aucun colis n'est parti en retard. Le "
          "référencement naturel, travaillé dès septembre, a porté la croissance du trafic, et les deux campagnes Google Ads de "
          "conquête sont rentables. Le cap de chiffre d'affaires devrait être atteint, celui de la fidélité l'est déjà ; "
          "l'objectif de 55 % de commandes avant le 15 décembre reste à conquérir."),
    ("p", "Restent ouverts le tunnel de commande, qui perd trop de visiteurs à la création de compte, la vitesse des "
          "fiches sur mobile et l'extension du silo aux poiriers et aux cerisiers. Ce travail m'a appris à relier des "
          "chiffres de trafic à des décisions de culture et d'expédition, et à les défendre devant une équipe de "
          "pépiniéristes. Je remercie Claire Bardet pour sa confiance, ainsi que Julien, Estelle et Sandrine."))

# ------------------------------------------------------------------------------------------------ annexes
ANNEXES = [
    ("A", "Tour d'horizon des confrères : six pépinières comparées sur douze critères"),
    ("B", "Les trois fiches portraits"),
    ("C", "Rétroplanning de la saison 2025-2026"),
    ("D", "Budget par canal : prévu, réalisé et rentabilité"),
    ("E", "Référencement : matrice de mots-clés, positions et silo"),
    ("F", "Tableaux de suivi : Google Ads, indicateurs et « Semaine des variétés anciennes »"),
]

add(("h1", "Liste des annexes"),
    ("p", "Chaque annexe est citée dans le chapitre qui la commente."),
    ("annexlist",))

# Annexe A
CONF = ["Fruitiers du Val de Loire", "Arbres & Vergers Direct", "Le Jardin Fruitier Occitan", "Pépinière des Monts d'Arrée",
        "JardiPrix", "Verger-en-ligne.fr", "Vergers de Coussac"]
add(("annexe", "Annexe A — Tour d'horizon des confrères : six pépinières comparées sur douze critères"),
    ("p", "Relevés du 8 au 12 septembre 2025 (prix TTC, port simulé pour cinq arbres livrés à Limoges). La dernière "
          "colonne rappelle notre situation."),
    ("t", "Tableau A — Comparaison des confrères",
     [["Critère"] + CONF,
      ["1. Variétés fruitières", "280", "190", "230", "310", "120", "150", "420"],
      ["2. Dont variétés anciennes", "35", "22", "85", "110", "8", "18", "160"],
      ["3. Porte-greffe indiqué", "Oui", "Non", "Oui", "Oui", "Non", "Non", "Oui, pour chaque arbre"],
      ["4. Formes proposées", "Scion, demi-tige, haute-tige", "Scion, conteneur", "Scion, demi-tige, conteneur",
       "Scion, demi-tige, haute-tige", "Conteneur", "Scion, conteneur", "Scion, demi-tige, haute-tige, godet"],
      ["5. Scion de pommier", "19,90 €", "17,50 €", "21,90 €", "22,50 €", "14,90 €", "16,90 €", "23,90 €"],
      ["6. Demi-tige de pommier", "34,00 €", "29,90 €", "36,50 €", "39,00 €", "24,90 €", "27,50 €", "38,50 €"],
      ["7. Port pour 5 arbres", "22,00 €", "14,90 € (offert dès 99 €)", "24,50 €", "19,50 €", "9,90 €", "12,90 €", "19,90 €"],
      ["8. Expédition des racines nues", "Nov. – mars", "Nov. – mars", "Déc. – févr.", "Nov. – mars", "Oct. – avril",
       "Nov. – mars", "15 nov. – 15 mars"],
      ["9. Garantie de reprise", "Non", "Oui (1 an)", "Non", "Oui (sur photo)", "Non", "Non", "Oui (remplacement à l'automne)"],
      ["10. Avis clients", "4,5/5 (820)", "4,3/5 (2 950)", "4,6/5 (410)", "4,8/5 (380)", "3,9/5 (6 100)", "4,1/5 (1 240)",
       "4,7/5 (1 260)"],
      ["11. Conseil proposé", "Téléphone", "E-mail", "Téléphone", "Téléphone, fiches techniques", "FAQ", "E-mail",
       "Téléphone, tutoriels vidéo"],
      ["12. Paiement fractionné", "Non", "3 fois dès 200 €", "Non", "Non", "4 fois (PayPal)", "3 fois dès 150 €",
       "Non (prévu en octobre)"]],
     [2.5] + [2.07] * 7, 7.5, {"shade_last_col": "E2EFD9"}),
    ("p", "Lecture : voir la conclusion du chapitre 1.3."))

# Annexe B
PORTRAITS = [
    ("« Manon et Lucas », le jeune couple périurbain",
     [("Qui", "Manon, 34 ans, infirmière, et Lucas, 36 ans, technicien, deux enfants de 4 et 7 ans. Propriétaires depuis "
              "2024 d'une maison à Feytiat, en périphérie de Limoges."),
      ("Le jardin", "600 m² de pelouse, sol limoneux, aucun arbre. Place pour quatre ou cinq fruitiers de petite taille."),
      ("Ce qu'ils disent", "« On aimerait que les enfants cueillent leurs pommes, mais on a peur de tout rater. On ne sait "
                           "même pas ce qu'est un porte-greffe. »"),
      ("Ce qui les motive", "Des fruits pour les enfants, un jardin qui leur ressemble, des fruits non traités."),
      ("Ce qui les freine", "La peur d'échouer, le vocabulaire technique, l'idée de recevoir un arbre « sans terre », le budget "
                            "d'un premier verger."),
      ("Où ils s'informent", "YouTube le soir, Google, un groupe Facebook de jardinage débutant, les conseils d'un voisin."),
      ("Ce qu'ils achètent", "Un kit de cinq arbres ou trois à cinq scions sur M106 ; panier moyen 118 € HT."),
      ("Quand", "Décident en octobre et novembre ; plantent en décembre ou en février."),]),
    ("« Gérard », le retraité jardinier",
     [("Qui", "Gérard, 68 ans, ancien agent de la SNCF, vit à Brive avec sa femme. Client de la pépinière depuis vingt ans, "
              "il venait autrefois à la foire de Saint-Yrieix."),
      ("Le jardin", "2 500 m² avec un potager et un verger de douze arbres, dont plusieurs très âgés."),
      ("Ce qu'il dit", "« Mon Reine des Reinettes a soixante ans, il faut que je le remplace. Je veux la même variété, et "
                       "je veux savoir quand elle arrive. »"),
      ("Ce qui le motive", "Remplacer un arbre mort ou trop vieux, retrouver une variété connue, le conseil d'un professionnel."),
      ("Ce qui le freine", "Les frais de port, la méfiance envers le paiement en ligne, une date de livraison floue."),
      ("Où il s'informe", "La newsletter, le quotidien régional, le téléphone de la pépinière, un groupe Facebook de jardiniers "
                          "corréziens."),
      ("Ce qu'il achète", "Deux ou trois demi-tiges de variétés qu'il connaît ; panier moyen 96 € HT."),
      ("Quand", "Commande souvent en janvier, après avoir « vu le temps »."),]),
    ("« Sylvie », la passionnée de variétés anciennes",
     [("Qui", "Sylvie, 52 ans, professeure de SVT à Saint-Yrieix-la-Perche, adhérente d'une association de sauvegarde des "
              "vergers."),
      ("Le jardin", "Un hectare en pente, une collection de 45 pommiers et poiriers, dont certains greffés par elle."),
      ("Ce qu'elle dit", "« Je cherche le Drap d'or et la Sainte-Germaine depuis trois ans. Quand je les trouve ailleurs, je "
                         "ne suis jamais sûre que ce soit la bonne variété. »"),
      ("Ce qui la motive", "Sauvegarder les variétés locales, élargir sa collection, être sûre de l'identité variétale."),
      ("Ce qui la freine", "Les ruptures de stock sur les raretés, le doute sur l'identité des variétés, le porte-greffe non "
                           "précisé."),
      ("Où elle s'informe", "L'association, les fêtes de la pomme, les groupes Facebook de variétés anciennes, les catalogues "
                            "de pépinières spécialisées."),
      ("Ce qu'elle achète", "Des scions rares et des greffons en février ; panier moyen 146 € HT."),
      ("Quand", "Dès l'ouverture des précommandes, en septembre.")]),
]
add(("annexe", "Annexe B — Les trois fiches portraits"))
for k, (title, fields) in enumerate(PORTRAITS):
    if k:
        add(("pb",))
    add(("portrait", "Fiche portrait %d — %s" % (k + 1, title), fields))

# Annexe C : rétroplanning
C_WEEKS = list(range(36, 53)) + list(range(1, 15))
G, B_, X = "g", "b", "x"
RETRO = [
    ("Inventaire des stocks et volumes d'arrachage", {36: G}),
    ("Photos des 160 variétés anciennes", {37: G}),
    ("Réécriture des fiches variétés", {w: G for w in range(36, 42)}),
    ("Ouverture des précommandes", {37: X}),
    ("Envois de la newsletter", {37: X, 41: X, 46: X, 50: X, 2: X, 6: X, 9: X}),
    ("Tournage des tutoriels YouTube", {w: G for w in range(38, 44)}),
    ("Mise en ligne des tutoriels", {45: X, 47: X, 49: X, 5: X}),
    ("Relais : vidéos, blog, fête de la pomme", {42: X, 45: X, 46: X, 48: X}),
    ("Google Shopping", {w: X for w in range(40, 52)}),
    ("Google Ads Search", dict([(w, X) for w in range(40, 53)] + [(w, X) for w in range(1, 10)])),
    ("« Plantez avant Noël »", {w: X for w in range(46, 51)}),
    ("Encart quotidien régional", {46: X}),
    ("Arrachage et mise en jauge", {46: G, 47: G}),
    ("Expéditions racines nues", dict([(w, B_) for w in range(47, 52)] + [(w, B_) for w in range(2, 12)])),
    ("Expéditions godets", dict([(w, B_) for w in range(36, 53)] + [(w, B_) for w in range(1, 15)])),
    ("Semaine des variétés anciennes", {6: X}),
    ("Arrêt des racines nues (débourrement)", {11: X}),
]
add(("annexe", "Annexe C — Rétroplanning de la saison 2025-2026"),
    ("p", "Semaines 36 (1er septembre 2025) à 14 (30 mars 2026). Vert : préparation ; brun : période d'expédition ; x : jalon "
          "(envoi, publication, lancement) ou semaine de diffusion d'une campagne."),
    ("retro",))

# Annexe D : budget
add(("annexe", "Annexe D — Budget par canal : prévu, réalisé et rentabilité"),
    ("p", "Dépenses prévues en septembre 2025 et réalisées au 28 février 2026 ; chiffre d'affaires HT attendu et mesuré"
          " (attribution GA4). Temps de l'équipe non valorisé."),
    ("t", "Tableau D — Budget de la saison par canal",
     [["Ligne", "Canal", "Poste", "Dépense prévue", "Dépense réalisée", "Écart", "CA attendu", "CA mesuré"],
      ["1", "Référencement naturel", "Rédaction des fiches variétés (rédactrice indépendante, 160 fiches)", "4 800 €", "4 800 €",
       "0 %", "240 000 €", "266 000 €"],
      ["2", "Référencement naturel", "Photos des arbres (photographe, 3 jours)", "1 500 €", "1 650 €", "+10 %", "(ligne 1)", "(ligne 1)"],
      ["3", "Référencement naturel", "Outils de mesure (GA4, Search Console, Ahrefs WT, Looker Studio)", "0 €", "0 €", "—",
       "(ligne 1)", "(ligne 1)"],
      ["4", "Newsletter", "Abonnement Brevo, 12 mois", "708 €", "708 €", "0 %", "85 000 €", "96 000 €"],
      ["5", "YouTube", "Micro, éclairage, logiciel de montage", "900 €", "1 020 €", "+13 %", "10 000 €", "12 400 €"],
      ["6", "Google Shopping", "Clics (1er oct. – 20 déc.)", "4 500 €", "6 200 €", "+38 %", "36 000 €", "41 800 €"],
      ["7", "Google Ads Search", "Clics (Variétés anciennes et Marque)", "2 000 €", "1 900 €", "−5 %", "14 000 €", "18 200 €"],
      ["8", "Relais prescripteurs", "Arbres offerts (prix de revient)", "600 €", "540 €", "−10 %", "12 000 €",
       "17 970 € (deux chaînes YouTube)"],
      ["9", "Quotidien régional", "Encart d'un quart de page", "1 200 €", "1 200 €", "0 %", "6 000 €", "non mesuré"],
      ["10", "Groupes Facebook", "Temps de l'équipe uniquement", "0 €", "0 €", "—", "—", "non mesuré"],
      ["", "Total", "", "16 208 €", "18 018 €", "+11 %", "403 000 €", "452 370 €"]],
     [1.1, 2.5, 4.2, 1.7, 1.7, 1.3, 1.8, 2.3], 7.5, {"center": 3}),
    ("lbl", "Calcul de rentabilité des canaux payants"),
    ("ul", ["Ligne 6 — Google Shopping : marge brute = 41 800 € × 52 % = 21 736 € ; ROI = (21 736 − 6 200) / 6 200 = 2,5.",
            "Ligne 7 — Google Ads Search : marge brute = 18 200 € × 52 % = 9 464 € ; ROI = (9 464 − 1 900) / 1 900 = 4,0.",
            "Taux de marge brute : moyenne des arbres vendus en ligne sur l'exercice 2024-2025 (comptabilité, hors port)."]),
    ("p", "Sources : factures fournisseurs, compte Google Ads, GA4 et WooCommerce, au 28 février 2026."))

# Annexe E
E1 = [
    ("pommier ancienne variété", "Achat", "880", "Pilier Pommiers anciens", "A"),
    ("variétés anciennes de pommes", "Info", "1 900", "Pilier Pommiers anciens", "B"),
    ("reinette du limousin", "Mixte", "320", "Fiche Reinette du Limousin", "A"),
    ("reinette du limousin arbre", "Achat", "90", "Fiche Reinette du Limousin", "A"),
    ("pommier api étoilé", "Achat", "140", "Fiche Api étoilé", "A"),
    ("pomme api étoilé", "Info", "260", "Fiche Api étoilé", "B"),
    ("pommier reine des reinettes", "Achat", "590", "Fiche Reine des Reinettes", "A"),
    ("pommier court pendu gris", "Achat", "110", "Fiche Court-Pendu gris", "A"),
    ("pommier belle de boskoop", "Achat", "720", "Fiche Belle de Boskoop", "B"),
    ("pommier calville blanc d'hiver", "Achat", "170", "Fiche Calville blanc d'hiver", "A"),
    ("pommier reinette clochard", "Achat", "210", "Fiche Reinette clochard", "A"),
    ("pommier patte de loup", "Achat", "90", "Fiche Patte de loup", "A"),
    ("pommier reinette grise du canada", "Achat", "480", "Fiche Reinette grise du Canada", "B"),
    ("pommier sainte germaine", "Achat", "50", "Fiche Sainte-Germaine", "A"),
    ("pommier drap d'or", "Achat", "70", "Fiche Drap d'or", "A"),
    ("pommes à cidre variétés", "Info", "320", "Pommiers anciens : pommes à cidre", "B"),
    ("pommier à cidre", "Achat", "590", "Pommiers anciens : pommes à cidre", "A"),
    ("pommier bedan", "Achat", "40", "Fiche Bedan", "B"),
    ("pommier de garde", "Mixte", "140", "Pommiers anciens : pommes de garde", "B"),
    ("pommes du limousin variétés", "Info", "110", "Pommiers anciens : pommes du Limousin", "A"),
    ("acheter pommier ancien", "Achat", "140", "Pilier Pommiers anciens", "A"),
    ("pommier variété ancienne racines nues", "Achat", "50", "Pilier Pommiers anciens", "A"),
    ("poirier ancienne variété", "Achat", "320", "Poiriers anciens — catégorie", "A"),
    ("poirier louise bonne", "Mixte", "390", "Fiche Louise-Bonne d'Avranches", "A"),
    ("poirier louise bonne d'avranches", "Achat", "140", "Fiche Louise-Bonne d'Avranches", "A"),
    ("poirier beurré hardy", "Achat", "480", "Fiche Beurré Hardy", "B"),
    ("poirier curé", "Achat", "260", "Fiche Curé", "B"),
    ("poirier doyenné du comice", "Achat", "390", "Fiche Doyenné du Comice", "B"),
    ("poirier sur cognassier", "Info", "170", "Guide porte-greffe", "B"),
    ("poirier ba29", "Achat", "50", "Guide porte-greffe", "A"),
    ("arbre fruitier racines nues", "Achat", "2 400", "Page « Racines nues »", "A"),
    ("pommier racines nues", "Achat", "1 300", "Racines nues — pommiers", "A"),
    ("poirier racines nues", "Achat", "480", "Racines nues — poiriers", "A"),
    ("cerisier racines nues", "Achat", "590", "Racines nues — cerisiers", "A"),
    ("prunier racines nues", "Achat", "390", "Racines nues — pruniers", "A"),
    ("planter arbre racines nues", "Info", "1 600", "Tutoriel de plantation", "B"),
    ("quand planter arbre racines nues", "Info", "880", "Page « Quand planter ? »", "B"),
    ("pralinage arbre", "Info", "720", "Tutoriel pralinage", "B"),
    ("mise en jauge arbre", "Info", "320", "Tutoriel pralinage", "B"),
    ("arbre racines nues livraison", "Achat", "90", "Page « Racines nues »", "A"),
    ("scion pommier", "Achat", "590", "Catégorie « Scions »", "A"),
    ("scion arbre fruitier", "Info", "480", "Guide porte-greffe", "B"),
    ("pommier demi-tige", "Achat", "1 000", "Catégorie « Demi-tiges »", "A"),
    ("pommier demi-tige m106", "Achat", "40", "Catégorie « Demi-tiges »", "A"),
    ("pommier haute tige", "Achat", "880", "Catégorie « Hautes-tiges »", "B"),
    ("porte greffe m106", "Info", "390", "Guide porte-greffe", "A"),
    ("porte greffe m9", "Info", "480", "Guide porte-greffe", "A"),
    ("porte greffe mm111", "Info", "260", "Guide porte-greffe", "A"),
    ("quel porte greffe pour pommier", "Info", "320", "Guide porte-greffe", "A"),
    ("pommier nain m9", "Achat", "390", "Catégorie « Scions »", "B"),
    ("kit verger", "Achat", "210", "Fiche kit verger", "A"),
    ("verger familial", "Info", "390", "Guide verger familial", "B"),
    ("créer un petit verger", "Info", "590", "Guide verger familial", "B"),
    ("quels arbres fruitiers pour petit jardin", "Info", "880", "Guide verger familial", "B"),
    ("arbres fruitiers pour débutant", "Info", "170", "Guide verger familial", "B"),
    ("pollinisation pommier", "Info", "1 300", "Guide « Pollinisation »", "B"),
    ("pommier pollinisateur", "Mixte", "480", "Guide « Pollinisation »", "A"),
    ("pommier autofertile", "Mixte", "720", "Catégorie « Pommiers autofertiles »", "B"),
    ("cerisier bigarreau burlat", "Achat", "880", "Fiche Bigarreau Burlat", "A"),
    ("cerisier burlat", "Mixte", "1 000", "Fiche Bigarreau Burlat", "A"),
    ("cerisier en pot", "Achat", "590", "Catégorie « Godets »", "B"),
    ("arbre fruitier en godet", "Achat", "140", "Catégorie « Godets »", "B"),
    ("prunier reine claude", "Achat", "880", "Fiche Reine-Claude dorée", "B"),
    ("prunier mirabelle de nancy", "Achat", "720", "Fiche Mirabelle de Nancy", "B"),
    ("pépinière arbres fruitiers limousin", "Local", "110", "Page pépinière, fiche Google", "A"),
    ("pépinière haute-vienne", "Local", "260", "Page pépinière, fiche Google", "A"),
    ("pépinière limoges", "Local", "480", "Page pépinière, fiche Google", "B"),
    ("pépinière corrèze arbres fruitiers", "Local", "70", "Page pépinière", "B"),
    ("pépinière coussac-bonneval", "Local", "30", "Accueil", "A"),
    ("arbres fruitiers dordogne", "Local", "90", "Page pépinière", "B"),
    ("taille de formation pommier", "Info", "1 000", "Tutoriel de taille", "B"),
    ("tailler un scion", "Info", "210", "Tutoriel de taille", "B"),
    ("greffer un pommier", "Info", "1 600", "Guide du greffage", "B"),
    ("greffons pommier variétés anciennes", "Achat", "90", "Catégorie « Greffons »", "A"),
    ("achat greffons", "Achat", "140", "Catégorie « Greffons »", "A"),
    ("vergers de coussac", "Marque", "170", "Accueil", "A"),
    ("pépinières bardet", "Marque", "40", "Accueil", "A"),
    ("arbres fruitiers vente en ligne", "Achat", "1 600", "Accueil, Racines nues", "B"),
    ("pommier pas cher", "Prix", "720", "Non visée", "Écartée"),
    ("arbre fruitier pas cher", "Prix", "1 300", "Non visée", "Écartée"),
]
assert len(E1) == 80, len(E1)
E2 = [("reinette du limousin arbre", 7, 1), ("reinette du limousin", 3, 1), ("pommier api étoilé", 2, 1),
      ("pommier court pendu gris", 5, 2), ("pommier ancienne variété", 17, 6), ("acheter pommier ancien", 16, 3),
      ("pommier reinette clochard", 9, 3), ("pommier calville blanc d'hiver", 21, 8), ("poirier louise bonne", 22, 4),
      ("poirier ancienne variété", 26, 8), ("arbre fruitier racines nues", 41, 14), ("pommier racines nues", 34, 9),
      ("poirier racines nues", 29, 11), ("cerisier racines nues", 38, 17), ("porte greffe m106", 15, 6),
      ("porte greffe mm111", 11, 3), ("quel porte greffe pour pommier", 19, 7), ("pommier demi-tige m106", 8, 2),
      ("kit verger", 24, 6), ("pommier pollinisateur", 31, 12), ("pépinière arbres fruitiers limousin", 1, 1),
      ("pépinière haute-vienne", 6, 2), ("cerisier bigarreau burlat", 27, 13), ("pommier à cidre", 18, 12),
      ("greffons pommier variétés anciennes", 2, 1)]
assert len(E2) == 25
_s = sorted(x[1] for x in E2)
_f = sorted(x[2] for x in E2)
assert sum(1 for x in _s if x <= 3) == 4 and sum(1 for x in _s if x <= 10) == 9 and _s[12] == 17, _s
assert sum(1 for x in _f if x <= 3) == 11 and sum(1 for x in _f if x <= 10) == 19 and _f[12] == 6, _f

add(("annexe", "Annexe E — Référencement : matrice de mots-clés, positions et silo"),
    ("p", "E1 : les 80 requêtes de la matrice (volumes mensuels, planificateur de mots-clés, septembre 2025). Priorité "
          "A : travaillée dès septembre ; B : seconde vague."),
    ("t", "Tableau E1 — Matrice de 80 requêtes",
     [["Requête", "Intention", "Volume", "Page cible", "Priorité"]] +
     [[q, it, v, pg, pr] for (q, it, v, pg, pr) in E1],
     [5.6, 1.8, 1.6, 5.6, 1.8], 7.5, {"center": 1, "center_last": True}),
    ("pb",),
    ("p", "E2 : positions Google des 25 requêtes suivies chaque semaine (Search Console, position moyenne de la semaine ; "
          "relevés du 15 septembre 2025 et du 23 février 2026)."),
    ("t", "Tableau E2 — Positions de 25 requêtes, septembre 2025 et février 2026",
     [["N°", "Requête", "Position 15/09/2025", "Position 23/02/2026", "Évolution"]] +
     [[str(i + 1), q, str(a), str(b), ("+%d" % (a - b)) if a != b else "="] for i, (q, a, b) in enumerate(E2)] +
     [["", "Requêtes dans les 3 premiers résultats", "4", "11", "+7"],
      ["", "Requêtes dans les 10 premiers résultats", "9", "19", "+10"],
      ["", "Position médiane", "17", "6", "+11"]],
     [0.9, 7.0, 2.6, 2.6, 2.0], 8, {"center": 2}),
    ("fig", "Figure 6 — E3 : le silo « Pommiers anciens »",
     ["**PAGE PILIER : Pommiers anciens** (catégorie réécrite, 1 100 mots)",
      "",
      "→ Pommes du Limousin : Reinette du Limousin · Api étoilé · Sainte-Germaine · Court-Pendu gris · Drap d'or",
      "→ Reinettes : Reine des Reinettes · Reinette clochard · Reinette grise du Canada · Reinette d'Armorique",
      "→ Pommes à cidre : Bedan · Douce Moën · Kermerrien · Fréquin rouge",
      "→ Pommes de garde : Calville blanc d'hiver · Patte de loup · Belle de Boskoop · Court-Pendu rouge",
      "→ Guide « Choisir son porte-greffe » : M9 · M106 · MM111",
      "",
      "Liens : bloc « Voir aussi » sous chaque fiche (4 produits de la même catégorie) · fil d'Ariane vers la page pilier"],
     12, "left"))

# Annexe F
f1 = [["Sem.", "Impr.", "Clics", "Coût (€)", "Conv.", "CA HT (€)", "Clics", "Coût (€)", "Conv.", "CA HT (€)"]]
for i, w in enumerate(WEEKS_ADS):
    if i < len(SH_COST):
        shp = [fr(SH_IMPR[i]), fr(SH_CLICKS[i]), fr(SH_COST[i]), str(SH_CONV[i]), fr(SH_REV[i])]
    else:
        shp = ["—", "—", "—", "—", "—"]
    sea = [fr(SE_CLICKS[i]), fr(SE_COST[i]), str(SE_CONV[i]), fr(SE_REV[i])]
    f1.append([w] + shp + sea)
f1.append(["Total", fr(sum(SH_IMPR)), fr(sum(SH_CLICKS)), fr(sum(SH_COST)), fr(sum(SH_CONV)),
           fr(sum(SH_REV)), fr(sum(SE_CLICKS)), fr(sum(SE_COST)), fr(sum(SE_CONV)), fr(sum(SE_REV))])
add(("annexe", "Annexe F — Tableaux de suivi : Google Ads, indicateurs et « Semaine des variétés anciennes »"),
    ("p", "F1 : suivi hebdomadaire relevé chaque lundi dans Looker Studio. Colonnes 2 à 6 : Shopping (arrêtée le 20 "
          "décembre) ; colonnes 7 à 10 : Search (Variétés anciennes et Marque)."),
    ("t", "Tableau F1 — Suivi hebdomadaire Google Ads, semaines 40 à 9",
     f1, [1.2, 1.9, 1.5, 1.6, 1.3, 1.9, 1.4, 1.5, 1.3, 1.7], 7.5, {"center": 1, "bold_last": True}),
    ("pb",),
    ("p", "F2 : indicateurs de la saison, du 1er septembre au 28 février, comparés à la même période de la saison précédente "
          "(GA4, Search Console, PageSpeed Insights, WooCommerce)."),
    ("t", "Tableau F2 — Indicateurs de performance de la saison",
     [["Indicateur", "Sept. 2024 – févr. 2025", "Sept. 2025 – févr. 2026", "Évolution"],
      ["Sessions", "184 600", "236 800", "+28 %"],
      ["dont recherche naturelle", "92 300", "134 760", "+46 %"],
      ["Clics (Search Console)", "81 200", "112 060", "+38 %"],
      ["Impressions (Search Console)", "2,41 M", "3,66 M", "+52 %"],
      ["Taux de rebond", "49 %", "44 %", "−5 pts"],
      ["Durée moyenne d'engagement", "2 min 31", "2 min 48", "+17 s"],
      ["Temps de chargement (contenu principal, fiche, mobile)", "3,6 s", "3,1 s", "−0,5 s"],
      ["Abandon du panier", "71 %", "68 %", "−3 pts"],
      ["Abandon à la création de compte", "24 %", "22 %", "−2 pts"],
      ["Abandon au choix de la semaine d'expédition", "11 %", "14 %", "+3 pts"],
      ["Abandon au paiement", "10 %", "9 %", "−1 pt"],
      ["Taux de conversion", "3,5 %", "3,3 %", "−0,2 pt"],
      ["Commandes", "6 480", "7 900", "+22 %"],
      ["Panier moyen HT", "83 €", "84 €", "+1 €"],
      ["Chiffre d'affaires en ligne HT", "541 k€", "664 k€", "+23 %"],
      ["Commandes de racines nues avant le 15 décembre", "38 %", "51 %", "+13 pts"],
      ["Colis, semaine la plus chargée (capacité 500)", "640 (S6)", "500 (S50)", "−140"]],
     [7.0, 3.2, 3.2, 2.6], 8.5, {"center": 1}),
    ("p", "F3 : « Semaine des variétés anciennes » (S6, du 2 au 8 février 2026), comparée à la semaine précédente et à la "
          "semaine suivante (Brevo, GA4, WooCommerce)."),
    ("t", "Tableau F3 — Avant, pendant et après la « Semaine des variétés anciennes »",
     [["Indicateur", "S5 (26 janv. – 1er févr.)", "S6 (2 – 8 févr.)", "S7 (9 – 15 févr.)"],
      ["Taux d'ouverture de la newsletter", "38 %", "46 %", "39 %"],
      ["Taux de clic de la newsletter", "3,1 %", "6,4 %", "3,3 %"],
      ["Sessions sur les fiches de variétés anciennes", "5 200", "9 800", "6 100"],
      ["Commandes contenant une variété ancienne", "118", "204", "131"],
      ["CA HT des variétés anciennes", "9 400 €", "16 900 €", "10 300 €"]],
     [6.6, 3.2, 3.2, 3.2], 8.5, {"center": 1}))


# ================================================================================================ assemblage
# Numéros de page de la table des matières (relevés sur le rendu LibreOffice du document).
PAGES = {
    'Introduction': 3,
    'Partie I — Le jardinier et son marché': 4,
    'Chapitre 1 — Comprendre le jardinier pour fixer le cap': 4,
    "1.1 Trois fiches portraits tirées de l'enquête clients": 4,
    '1.2 Le cheminement du jardinier': 4,
    "1.3 Tour d'horizon des confrères": 5,
    '1.4 Calendrier de plantation': 5,
    '1.5 Matrice FFOM': 6,
    '1.6 Cap de saison et jardiniers visés': 6,
    '1.7 Les canaux de conquête retenus et leur ordre': 7,
    'Partie II — Faire connaître et vendre': 8,
    'Chapitre 2 — La saison 2025-2026 : campagne, relais et vente': 8,
    '2.1 « Plantez avant Noël » : objectifs, jardiniers visés et vecteurs': 8,
    '2.2 Alliances, relais prescripteurs et résultats': 8,
    '2.3 Rétroplanning de saison': 10,
    '2.4 Animer les communautés': 11,
    '2.5 Le conseil en direct': 12,
    '2.6 Budget par canal et rentabilité': 12,
    '2.7 Les vitrines du site': 12,
    '2.8 Paiement, confiance et facilités de règlement': 13,
    '2.9 Fidéliser : le Club Greffon': 14,
    'Partie III — Être trouvé et mesurer': 16,
    'Chapitre 3 — Référencement, annonces et tableau de bord': 16,
    '3.1 Hiérarchiser les actions et choisir les outils de mesure': 16,
    '3.2 La matrice de mots-clés': 17,
    '3.3 Les silos': 18,
    '3.4 Partenaires, liens et progression du référencement': 18,
    '3.5 Google Ads : Shopping et Search': 19,
    '3.6 Des indicateurs adaptés à une pépinière saisonnière': 21,
    '3.7 Le cap est-il atteint ? Actions correctives': 21,
    'Conclusion': 23,
    'Liste des annexes': 24,
    "Annexe A — Tour d'horizon des confrères : six pépinières comparées sur douze critères": 25,
    'Annexe B — Les trois fiches portraits': 26,
    'Annexe C — Rétroplanning de la saison 2025-2026': 29,
    'Annexe D — Budget par canal : prévu, réalisé et rentabilité': 30,
    'Annexe E — Référencement : matrice de mots-clés, positions et silo': 31,
    'Annexe F — Tableaux de suivi : Google Ads, indicateurs et « Semaine des variétés anciennes »': 34,
}
NUMPAGES = "35"
MONTH_SPANS = [("sept.", 4), ("oct.", 5), ("nov.", 4), ("déc.", 4), ("janv.", 5), ("févr.", 4), ("mars", 5)]


def heads():
    out = []
    for it in C:
        if it[0] in ("h1", "h2", "h3"):
            out.append((int(it[0][1]), it[1]))
        elif it[0] == "annexe":
            out.append((1, it[1]))
    return out


def cover(doc):
    for _ in range(3):
        doc.add_paragraph()
    lines = [("SCEA Pépinières Bardet — Coussac-Bonneval (Haute-Vienne)", 12, False, INK),
             ("Les Vergers de Coussac", 30, True, GREEN),
             ("Planter avant l'hiver, vendre toute la saison :", 16, False, GREEN),
             ("stratégie, campagne et référencement d'une pépinière d'arbres fruitiers", 16, False, GREEN),
             ("", 10, False, INK),
             ("Mémoire professionnel — Titre RNCP Chef de projet e-commerce", 12, True, INK),
             ("Blocs de compétences 1, 2 et 3 — session 2026", 12, False, INK)]
    for text, size, bold, col in lines:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(4)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.color.rgb = col
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(30)
    para_box(p, fill="EEF4EC", color="2E6B3A")
    for k, line in enumerate(["", "[Photographie : rangs de scions de pommiers en racines nues, parcelle des Essarts,",
                              "novembre 2025]", ""]):
        r = p.add_run(line)
        r.font.size = Pt(9.5)
        r.italic = True
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        if k < 3:
            r.add_break()
    for _ in range(5):
        doc.add_paragraph()
    for text in ["Aurélien Chastang", "Responsable web et expéditions — contrat de professionnalisation",
                 "Tutrice : Claire Bardet, gérante", "Les Vergers de Coussac, Le Bos Vieux, 87500 Coussac-Bonneval",
                 "Mars 2026"]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(text)
        r.font.size = Pt(11)
        r.bold = text == "Aurélien Chastang"
    doc.add_page_break()


def toc(doc):
    p = doc.add_paragraph()
    r = p.add_run("Table des matières")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = GREEN
    p.paragraph_format.space_after = Pt(10)
    entries = heads()
    for k, (lvl, title) in enumerate(entries):
        tp = doc.add_paragraph(style="TOC %d" % lvl)
        if k == 0:
            fld(tp, "begin")
            instr(tp, 'TOC \\o "1-3" \\h \\z \\u')
            fld(tp, "separate")
        tp.add_run("%s\t%s" % (title, PAGES.get(title, "")))
        if k == len(entries) - 1:
            fld(tp, "end")
    doc.add_page_break()


def retro_table(doc):
    caption(doc, "Tableau C — Rétroplanning, semaines 36 à 14")
    ncol = 1 + len(C_WEEKS)
    t = doc.add_table(rows=len(RETRO) + 2, cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = [3.5] + [0.41] * len(C_WEEKS)
    tblPr = t._tbl.tblPr
    mar = parse_xml('<w:tblCellMar xmlns:w="%s"><w:left w:w="28" w:type="dxa"/><w:right w:w="28" w:type="dxa"/>'
                    '</w:tblCellMar>' % W_NS)
    look = tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(mar)
    else:
        tblPr.append(mar)
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = Cm(widths[j])
    # ligne des mois (cellules fusionnées)
    col = 1
    t.cell(0, 0).text = ""
    for name, span in MONTH_SPANS:
        a = t.cell(0, col)
        b = t.cell(0, col + span - 1)
        m = a.merge(b)
        m.text = ""
        pp = m.paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = pp.add_run(name)
        rr.font.size = Pt(7)
        rr.bold = True
        col += span
    hdr = ["Action"] + [str(w) for w in C_WEEKS]
    for j, v in enumerate(hdr):
        c = t.cell(1, j)
        c.text = ""
        pp = c.paragraphs[0]
        pp.paragraph_format.space_after = Pt(0)
        if j:
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = pp.add_run(v)
        rr.font.size = Pt(6 if j else 7.5)
        rr.bold = not j
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, HEAD_FILL)
    for i, (name, marks) in enumerate(RETRO):
        c = t.cell(i + 2, 0)
        c.text = ""
        pp = c.paragraphs[0]
        pp.paragraph_format.space_after = Pt(0)
        pp.paragraph_format.line_spacing = 1.0
        rr = pp.add_run(name)
        rr.font.size = Pt(7)
        t.rows[i + 2].height = Cm(0.55)
        for j, w in enumerate(C_WEEKS):
            v = marks.get(w)
            c = t.cell(i + 2, j + 1)
            c.text = ""
            pp = c.paragraphs[0]
            pp.paragraph_format.space_after = Pt(0)
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if v == G:
                shade(c, "A9D08E")
            elif v == B_:
                shade(c, "C8A27C")
            elif v == X:
                rr = pp.add_run("x")
                rr.font.size = Pt(7)
                rr.bold = True
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    sp = doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(2)


def build():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    setup_styles(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    sec.header_distance = Cm(1.1)
    sec.footer_distance = Cm(1.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Les Vergers de Coussac — Mémoire professionnel 2026")
    r.font.size = Pt(8.5)
    r.font.color.rgb = GREEN
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("A. Chastang — page ")
    r.font.size = Pt(8.5)
    add_field(fp, "PAGE", "2", size=8.5)
    r = fp.add_run(" sur ")
    r.font.size = Pt(8.5)
    add_field(fp, "NUMPAGES", NUMPAGES, size=8.5)

    cover(doc)
    toc(doc)
    first_h1 = True
    for it in C:
        kind = it[0]
        if kind in ("h1", "h2", "h3"):
            lvl = int(kind[1])
            h = doc.add_heading(it[1], level=lvl)
            if lvl == 1 and not first_h1:
                h.paragraph_format.page_break_before = True
            if lvl == 1:
                first_h1 = False
        elif kind == "p":
            p = rich(doc.add_paragraph(), it[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "lbl":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.keep_with_next = True
            rich(p, it[1], bold=True, color=GREEN)
        elif kind == "ul":
            for line in it[1]:
                lp = rich(doc.add_paragraph(style="List Bullet"), line)
                lp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                lp.paragraph_format.space_after = Pt(3)
        elif kind == "ol":
            for n, line in enumerate(it[1], 1):
                lp = doc.add_paragraph()
                lp.paragraph_format.left_indent = Cm(0.75)
                lp.paragraph_format.first_line_indent = Cm(-0.5)
                lp.paragraph_format.space_after = Pt(3)
                lp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                lp.add_run("%d.\u00a0" % n)
                rich(lp, line)
        elif kind == "t":
            cap, rows, widths = it[1], it[2], it[3]
            fs = it[4] if len(it) > 4 else 9
            opts = it[5] if len(it) > 5 else {}
            t = add_table(doc, cap, rows, widths, fs=fs, fills=opts.get("fills"),
                          align_center_from=opts.get("center"))
            for ri in opts.get("white_rows", []):
                for c in t.rows[ri].cells:
                    for cp_ in c.paragraphs:
                        for rr in cp_.runs:
                            rr.bold = True
                            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            if opts.get("shade_last_col"):
                for ri in range(1, len(rows)):
                    shade(t.rows[ri].cells[-1], opts["shade_last_col"])
            if opts.get("bold_last"):
                for c in t.rows[-1].cells:
                    for cp_ in c.paragraphs:
                        for rr in cp_.runs:
                            rr.bold = True
            if opts.get("center_last"):
                for ri in range(1, len(rows)):
                    for cp_ in t.rows[ri].cells[-1].paragraphs:
                        cp_.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "fig":
            figure_box(doc, it[1], it[2], it[3], it[4] if len(it) > 4 else "center")
        elif kind == "chart":
            _, cap, ctype, cats, series, nf, ytitle, colors = it
            add_chart(doc, cap, XL_CHART_TYPE.COLUMN_CLUSTERED, cats, series, nf, y_title=ytitle, colors=colors)
        elif kind == "box":
            for k, line in enumerate(it[1]):
                q = doc.add_paragraph()
                para_box(q, fill="F4F8F2", color="2E6B3A")
                q.paragraph_format.left_indent = Cm(0.4)
                q.paragraph_format.right_indent = Cm(0.4)
                q.paragraph_format.space_after = Pt(0) if k < len(it[1]) - 1 else Pt(8)
                q.paragraph_format.keep_with_next = k < len(it[1]) - 1
                rich(q, line, size=9.5)
        elif kind == "annexe":
            h = doc.add_paragraph(style="Titre annexe")
            h.paragraph_format.page_break_before = True
            h.add_run(" " + it[1])
        elif kind == "annexlist":
            for letter, title in ANNEXES:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(0.5)
                p.paragraph_format.space_after = Pt(4)
                rich(p, "**Annexe %s** — %s" % (letter, title))
                p.add_run("\t" + str(PAGES.get("Annexe %s — %s" % (letter, title), "")))
                p.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        elif kind == "portrait":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(10)
            rich(p, it[1], size=13, bold=True, color=GREEN)
            for label, text in it[2]:
                q = doc.add_paragraph()
                q.paragraph_format.space_after = Pt(6)
                q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                r1 = q.add_run(label + " : ")
                r1.bold = True
                r1.font.color.rgb = GREEN
                if label.startswith("Ce qu'") and ("dit" in label):
                    r2 = q.add_run(text)
                    r2.italic = True
                else:
                    q.add_run(text)
        elif kind == "retro":
            retro_table(doc)
        elif kind == "pb":
            doc.add_page_break()

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Les Vergers de Coussac — Mémoire professionnel 2026"
    cp.subject = "Titre RNCP Chef de projet e-commerce — blocs 1, 2 et 3"
    cp.keywords = "pépinière; arbres fruitiers; variétés anciennes; WooCommerce"
    cp.comments = ""
    cp.category = ""
    cp.created = datetime.datetime(2025, 10, 6, 20, 15, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 71
    cp.language = "fr-FR"
    doc.save(FILE)
    repack(FILE)
    print("ok", FILE)


if __name__ == "__main__":
    build()
