# Générateur du livrable de la candidate c139 (Pattes & Gamelles SAS, animalerie en ligne — croquettes, litière,
# abonnements —, Technopole du Futuroscope, Chasseneuil-du-Poitou) — blocs 2 et 3, niveau moyen.
# Un seul PPTX : le reporting mensuel de mars 2026 présenté au CODIR par l'alternante, 24 diapositives 16:9.
# Gabarit blanc, bandeau terracotta en haut, titres-conclusions dans l'espace réservé de titre, puces dans l'espace
# réservé de contenu (disposition « Deux contenus » : graphique natif à gauche, trois puces à droite, ligne
# « Source : … » en 8 pt sous chaque graphique), tableaux PowerPoint natifs (météo des indicateurs avec pastilles,
# plan prévu / réalisé, campagnes, partenaires, points d'attention, annexe de 40 requêtes en 9 pt), arborescence
# Google Ads en formes reliées, conversations en bulles. Notes de l'orateur sur les diapositives 3, 5, 9, 12, 17, 23.
# Pied « Pattes & Gamelles — Reporting mensuel mars 2026 — Diffusion CODIR » + numéro.
# Déterministe : propriétés figées, classeurs des graphiques datés, archive zip ré-horodatée et triée.
import datetime
import io
import os
import re
import zipfile

import xlsxwriter.workbook as _xw
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_LABEL_POSITION
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

SLUG = "c139-reporting-mensuel-animalerie-en-ligne"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
PPTX_FILE = os.path.join(OUT, "Reporting_mars_2026_CODIR_Pattes-et-Gamelles.pptx")
AUTHOR = "Lou Chassagne"
FIXED = datetime.datetime(2026, 4, 6, 19, 12, 0)
ZIPSTAMP = (2026, 4, 6, 19, 12, 0)

_orig_close = _xw.Workbook.close


def _fixed_close(self):
    self.set_properties({"created": FIXED, "author": AUTHOR})
    return _orig_close(self)


_xw.Workbook.close = _fixed_close

TERRA = RGBColor(0xC0, 0x62, 0x3B)
TERRA_L = RGBColor(0xF6, 0xE3, 0xD9)
TERRA_D = RGBColor(0x8E, 0x42, 0x22)
INK = RGBColor(0x2B, 0x2B, 0x2B)
GREY = RGBColor(0x76, 0x76, 0x76)
GREY_L = RGBColor(0xF2, 0xF2, 0xF2)
GREY_M = RGBColor(0xD9, 0xD9, 0xD9)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
SAGE = RGBColor(0x6B, 0x8F, 0x71)
SAND = RGBColor(0xD9, 0xB7, 0x7E)
SLATE = RGBColor(0x4F, 0x62, 0x73)
GREEN = RGBColor(0x2E, 0x9E, 0x4F)
ORANGE = RGBColor(0xF0, 0x9A, 0x1A)
RED = RGBColor(0xD6, 0x33, 0x2B)
DOTGREY = RGBColor(0xA6, 0xA6, 0xA6)
FONT = "Calibri"
FOOTER = "Pattes & Gamelles — Reporting mensuel mars 2026 — Diffusion CODIR"
N_SLIDES = 24
W, H = Inches(13.333), Inches(7.5)


def fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=ZIPSTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(name))


# ================================================================================================ outils
def style_run(run, size, color=INK, bold=False, italic=False):
    run.font.size = Pt(size)
    run.font.color.rgb = color
    run.font.name = FONT
    run.font.bold = bold
    run.font.italic = italic


def rich(p, text, size, color=INK, italic=False):
    """**gras** dans le texte."""
    for part in re.split(r"(\*\*[^*]+\*\*)", text):
        if not part:
            continue
        r = p.add_run()
        if part.startswith("**"):
            r.text = part[2:-2]
            style_run(r, size, color, True, italic)
        else:
            r.text = part
            style_run(r, size, color, False, italic)


def textbox(shapes, x, y, w, h, lines, size=14, color=INK, space=4, align=None, anchor=None, italic=False):
    tb = shapes.add_textbox(x, y, w, h)
    tf = tb.text_frame
    tf.word_wrap = True
    if anchor is not None:
        tf.vertical_anchor = anchor
    for k, line in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.space_after = Pt(space)
        if align is not None:
            p.alignment = align
        rich(p, line, size, color, italic)
    return tb


def box(shapes, x, y, w, h, fill, line=None, shape=MSO_SHAPE.RECTANGLE, lw=1.0):
    s = shapes.add_shape(shape, x, y, w, h)
    if fill is None:
        s.fill.background()
    else:
        s.fill.solid()
        s.fill.fore_color.rgb = fill
    if line is None:
        s.line.fill.background()
    else:
        s.line.color.rgb = line
        s.line.width = Pt(lw)
    s.shadow.inherit = False
    return s


def box_text(s, lines, size, color=INK, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP, bold=False, italic=False, space=2):
    tf = s.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    tf.margin_left = tf.margin_right = Inches(0.08)
    tf.margin_top = tf.margin_bottom = Inches(0.04)
    for k, line in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.alignment = align
        p.space_after = Pt(space)
        if bold:
            r = p.add_run()
            r.text = line
            style_run(r, size, color, True, italic)
        else:
            rich(p, line, size, color, italic)


def to_front(shape):
    el = shape._element
    tree = el.getparent()
    tree.remove(el)
    tree.append(el)


def frame(slide, num, title, size=None):
    """Bandeau terracotta, titre-conclusion dans l'espace réservé, pied de page et numéro."""
    band = box(slide.shapes, 0, 0, W, Inches(1.05), TERRA)
    band.name = "Bandeau terracotta"
    liseret = box(slide.shapes, 0, Inches(1.05), W, Inches(0.05), SAND)
    liseret.name = "Liseré"
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.45), Inches(0.08), Inches(12.4), Inches(0.9)
    tf = t.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    r = p.add_run()
    r.text = title
    style_run(r, size or (26 if len(title) <= 62 else 23), WHITE, True)
    to_front(t)
    line = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(0.45), Inches(7.0), Inches(12.88), Inches(7.0))
    line.line.color.rgb = GREY_M
    line.line.width = Pt(0.75)
    ft = slide.shapes.add_textbox(Inches(0.45), Inches(7.04), Inches(9), Inches(0.32))
    ft.name = "Pied de page"
    r = ft.text_frame.paragraphs[0].add_run()
    r.text = FOOTER
    style_run(r, 9, GREY)
    nb = slide.shapes.add_textbox(Inches(12.1), Inches(7.04), Inches(0.78), Inches(0.32))
    nb.name = "Numéro"
    p = nb.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.RIGHT
    r = p.add_run()
    r.text = str(num)
    style_run(r, 10, TERRA, True)


def drop_placeholder(slide, idx):
    for ph in list(slide.placeholders):
        if ph.placeholder_format.idx == idx:
            ph._element.getparent().remove(ph._element)


def body_bullets(slide, idx, x, y, w, h, items, size=16, space=12):
    """Puces dans l'espace réservé de contenu (niveau 0 = puce du masque)."""
    ph = slide.placeholders[idx]
    ph.left, ph.top, ph.width, ph.height = x, y, w, h
    tf = ph.text_frame
    tf.word_wrap = True
    for k, it in enumerate(items):
        lvl = 0
        if isinstance(it, tuple):
            lvl, it = it
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.level = lvl
        p.space_after = Pt(space)
        rich(p, it, size if lvl == 0 else size - 2)
    return ph


def source(slide, text, x=Inches(0.45), y=Inches(6.62), w=Inches(7.2)):
    tb = slide.shapes.add_textbox(x, y, w, Inches(0.3))
    tb.name = "Source"
    tf = tb.text_frame
    tf.word_wrap = True
    r = tf.paragraphs[0].add_run()
    r.text = "Source : " + text
    style_run(r, 8, GREY, italic=True)
    return tb


def table(slide, rows, widths, x, y, w, fs, row_h=0.34, head=TERRA, zebra=True, bold_first=False, aligns=None):
    nr, nc = len(rows), len(rows[0])
    shape = slide.shapes.add_table(nr, nc, x, y, w, Inches(row_h * nr))
    tb = shape.table
    total = sum(widths)
    for j, ww in enumerate(widths):
        tb.columns[j].width = Emu(int(w * ww / total))
    for i, row in enumerate(rows):
        tb.rows[i].height = Inches(row_h)
        for j, val in enumerate(row):
            cell = tb.cell(i, j)
            cell.margin_left = cell.margin_right = Inches(0.05)
            cell.margin_top = cell.margin_bottom = Inches(0.02)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            tf = cell.text_frame
            tf.word_wrap = True
            p = tf.paragraphs[0]
            if aligns and aligns[j]:
                p.alignment = aligns[j]
            cell.fill.solid()
            if i == 0:
                r = p.add_run()
                r.text = val
                style_run(r, fs, WHITE, True)
                cell.fill.fore_color.rgb = head
            else:
                rich(p, val, fs, INK)
                if bold_first and j == 0:
                    for r in p.runs:
                        r.font.bold = True
                cell.fill.fore_color.rgb = (GREY_L if (zebra and i % 2 == 0) else WHITE)
    return shape


def chart(slide, kind, cats, series, x, y, w, h, title=None, fmt="0", colors=None, legend=True, fs=11,
          labels=True, gap=None, overlap=None, label_pos=None, axis_max=None, axis_min=None, reverse=False):
    cd = CategoryChartData(number_format=fmt)
    cd.categories = cats
    for name, vals in series:
        cd.add_series(name, vals)
    gf = slide.shapes.add_chart(kind, x, y, w, h, cd)
    ch = gf.chart
    ch.font.size = Pt(fs)
    ch.font.name = FONT
    ch.font.color.rgb = INK
    if title:
        ch.has_title = True
        ch.chart_title.text_frame.text = title
        for p in ch.chart_title.text_frame.paragraphs:
            for r in p.runs:
                style_run(r, 12, INK, True)
    else:
        ch.has_title = False
    ch.has_legend = legend
    if legend:
        ch.legend.position = XL_LEGEND_POSITION.BOTTOM
        ch.legend.include_in_layout = False
        ch.legend.font.size = Pt(fs - 1)
    plot = ch.plots[0]
    if gap is not None:
        plot.gap_width = gap
    if overlap is not None:
        plot.overlap = overlap
    if labels:
        plot.has_data_labels = True
        plot.data_labels.number_format = fmt
        plot.data_labels.number_format_is_linked = False
        plot.data_labels.font.size = Pt(fs - 1)
        if label_pos is not None:
            plot.data_labels.position = label_pos
    try:
        va = ch.value_axis
        va.has_major_gridlines = True
        va.major_gridlines.format.line.color.rgb = GREY_M
        va.tick_labels.font.size = Pt(fs - 1)
        va.format.line.fill.background()
        if axis_max is not None:
            va.maximum_scale = axis_max
        if axis_min is not None:
            va.minimum_scale = axis_min
        if reverse:
            va.reverse_order = True
        ca = ch.category_axis
        ca.tick_labels.font.size = Pt(fs - 1)
        ca.format.line.color.rgb = GREY_M
    except (ValueError, AttributeError):
        pass
    if colors:
        for s, c in zip(plot.series, colors):
            if kind in (XL_CHART_TYPE.LINE_MARKERS, XL_CHART_TYPE.LINE):
                s.format.line.color.rgb = c
                s.format.line.width = Pt(2.5)
                s.smooth = False
                s.marker.format.fill.solid()
                s.marker.format.fill.fore_color.rgb = c
                s.marker.format.line.color.rgb = c
            else:
                s.format.fill.solid()
                s.format.fill.fore_color.rgb = c
    return gf


CH_X, CH_Y, CH_W, CH_H = Inches(0.45), Inches(1.35), Inches(7.2), Inches(5.2)
BU_X, BU_Y, BU_W, BU_H = Inches(7.95), Inches(1.45), Inches(4.95), Inches(5.3)


def analysis(slide, num, headline, kind, cats, series, bullets, src, **kw):
    """Diapositive d'analyse : un graphique natif à gauche, trois puces à droite, source en 8 pt."""
    frame(slide, num, headline)
    drop_placeholder(slide, 1)
    chart(slide, kind, cats, series, CH_X, CH_Y, CH_W, CH_H, **kw)
    source(slide, src)
    body_bullets(slide, 2, BU_X, BU_Y, BU_W, BU_H, bullets)


def dot(cell, color):
    p = cell.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.CENTER
    r = p.add_run()
    r.text = "●"
    style_run(r, 18, color, True)


# ================================================================================================ diapositives
def s01(slide):
    box(slide.shapes, 0, 0, W, Inches(3.1), TERRA)
    box(slide.shapes, 0, Inches(3.1), W, Inches(0.08), SAND)
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.8), Inches(0.9), Inches(11.6), Inches(1.5)
    tf = t.text_frame
    tf.word_wrap = True
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    r = p.add_run()
    r.text = "Reporting mensuel — mars 2026"
    style_run(r, 44, WHITE, True)
    to_front(t)
    st = slide.placeholders[1]
    st.left, st.top, st.width, st.height = Inches(0.8), Inches(3.6), Inches(11.6), Inches(2.4)
    lines = [("CODIR du 7 avril 2026", 22, INK, True),
             ("Données du 01 au 31/03/2026 · site + Amazon", 18, GREY, False),
             ("Lou Chassagne — chargée e-commerce & data (alternance)", 18, INK, False)]
    tf = st.text_frame
    tf.word_wrap = True
    for k, (txt, size, col, b) in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.alignment = PP_ALIGN.LEFT
        p.space_after = Pt(8)
        r = p.add_run()
        r.text = txt
        style_run(r, size, col, b)
    textbox(slide.shapes, Inches(0.8), Inches(2.35), Inches(8), Inches(0.5),
            ["PATTES & GAMELLES"], 14, TERRA_L)
    ft = slide.shapes.add_textbox(Inches(0.8), Inches(7.0), Inches(9), Inches(0.32))
    r = ft.text_frame.paragraphs[0].add_run()
    r.text = FOOTER
    style_run(r, 9, GREY)


def s02(slide):
    frame(slide, 2, "Sommaire")
    body_bullets(slide, 1, Inches(0.8), Inches(1.5), Inches(11.8), Inches(5.3), [
        "Météo des indicateurs & faits marquants — 3-4",
        "CA, trafic, tunnel — 5-7",
        "Opé du mois « Mars du chaton » — 8-10",
        "Google Ads, SEO, sites apporteurs — 11-14",
        "Partenaires éleveurs & vétos, social — 15-16",
        "Chat SAV, vitrines, paiement, fidélisation — 17-21",
        "Focus chaton → adulte — 22",
        "Points d'attention & prochaines étapes — 23",
        "Liens utiles & annexe — 24",
    ], size=18, space=9)


METEO = [
    ("CA HT (site + Amazon)", "520 k€", "497 k€", "518 k€", ORANGE),
    ("Part CA abonnements Repeat", "31,0 %", "28,0 %", "27,1 %", RED),
    ("Sessions site", "205 000", "198 400", "187 300", ORANGE),
    ("Taux de conversion", "2,60 %", "2,59 %", "2,55 %", ORANGE),
    ("Panier moyen", "58,00 €", "58,40 €", "57,20 €", GREEN),
    ("Nouveaux abonnés Repeat", "1 350", "1 310", "980", ORANGE),
    ("Réachat à 60 jours", "40 %", "34 %", "37 %", RED),
    ("Taux de rupture", "≤ 3,0 %", "5,9 %", "3,4 %", RED),
    ("Taux d'abandon panier", "≤ 65 %", "71 %", "68 %", RED),
    ("ROAS Google Ads", "6,0", "6,4", "5,8", GREEN),
    ("Taux de marge brute", "40,0 %", "40,8 %", "40,5 %", GREEN),
    ("Taux d'acceptation", "96,0 %", "96,5 %", "96,3 %", GREEN),
    ("Temps de chargement mobile", "< 2,5 s", "TBD", "TBD", DOTGREY),
]


def s03(slide):
    frame(slide, 3, "Météo de mars : 4 verts, 4 orange, 4 rouges — le CA manque l'objectif de 4 %")
    rows = [["KPI", "Objectif mars", "Réalisé", "Févr.", "●"]] + [[k, o, r, f, ""] for k, o, r, f, _ in METEO]
    C = PP_ALIGN.CENTER
    shp = table(slide, rows, [5.2, 1.9, 1.9, 1.9, 0.8], Inches(0.45), Inches(1.3), Inches(9.2), 12, row_h=0.37,
                aligns=[None, C, C, C, C])
    tb = shp.table
    for i, (_, _, _, _, col) in enumerate(METEO, 1):
        dot(tb.cell(i, 4), col)
        for r in tb.cell(i, 2).text_frame.paragraphs[0].runs:
            r.font.bold = True
    lg = box(slide.shapes, Inches(9.95), Inches(1.3), Inches(2.95), Inches(2.3), GREY_L)
    tf = lg.text_frame
    tf.word_wrap = True
    tf.margin_left = tf.margin_right = Inches(0.12)
    tf.margin_top = Inches(0.1)
    p = tf.paragraphs[0]
    r = p.add_run()
    r.text = "Légende"
    style_run(r, 13, INK, True)
    for col, txt in ((GREEN, "atteint"), (ORANGE, "écart < 5 %"),
                     (RED, "décroché"), (DOTGREY, "pas de mesure")):
        p = tf.add_paragraph()
        p.space_before = Pt(6)
        r = p.add_run()
        r.text = "● "
        style_run(r, 16, col, True)
        r = p.add_run()
        r.text = txt
        style_run(r, 12, INK)
    textbox(slide.shapes, Inches(9.95), Inches(4.55), Inches(2.95), Inches(1.9), [
        "Objectifs = budget 2026."], 11, GREY)
    source(slide, "Shopify, Seller Central, GA4, Google Ads, Loop — 01–31/03/2026", y=Inches(6.62),
           w=Inches(9.2))


def s04(slide):
    frame(slide, 4, "Un mois porté par l'opé chaton, freiné par les ruptures")
    body_bullets(slide, 1, Inches(0.8), Inches(1.45), Inches(11.8), Inches(5.4), [
        "**Opé chaton** : 846 abonnements (obj. 900), ROI +25 %",
        "**Ruptures** : arbre à chat Everest 9–27/03, litière 20 L 21–24/03",
        "**Alma 3× / 4×** en ligne le 12/03",
        "**SEO** : 4 requêtes top 3 (2 en févr.)",
        "**Amazon** −11 % vs M-1 (Buy Box perdue 9 j)",
        "**Chat SAV** : 1re réponse 2 min 10 (2 min 45)",
    ], size=19, space=12)


MOIS = ["avr. 25", "mai 25", "juin 25", "juil. 25", "août 25", "sept. 25", "oct. 25", "nov. 25", "déc. 25",
        "janv. 26", "févr. 26", "mars 26"]


def s05(slide):
    analysis(slide, 5, "Le CA recule de 4 % vs février mais la marge tient", XL_CHART_TYPE.LINE_MARKERS, MOIS,
             [("CA HT avr. 2025 → mars 2026 (k€)", (462, 471, 455, 438, 446, 489, 503, 561, 548, 505, 518, 497)),
              ("Même mois, année précédente (k€)", (418, 425, 409, 392, 401, 437, 452, 506, 497, 462, 470, 452))],
             ["**497 k€** : −4 % vs M-1, −4,4 % vs obj., +10 % vs N-1",
              "Recul = Amazon (−11 %) + accessoires (rupture Everest) ; croquettes, litière, Repeat stables",
              "**Marge 40,8 %** (+0,3 pt) : pas de promo hors opé"],
             "Shopify + Seller Central, 01/04/2025–31/03/2026",
             title="CA HT mensuel (k€)", colors=[TERRA, GREY_M], axis_min=350, fs=11)


def s06(slide):
    analysis(slide, 6, "Trafic +6 % vs février, tiré par l'organique et la newsletter", XL_CHART_TYPE.COLUMN_STACKED,
             ["janv. 26", "févr. 26", "mars 26"],
             [("Organique", (70100, 71200, 76400)), ("Google Ads", (27900, 27600, 28900)),
              ("Social payant", (19800, 20600, 22400)), ("Direct", (35700, 36300, 37100)),
              ("Newsletter", (17900, 17200, 19300)), ("Sites référents & affiliés", (9600, 8900, 9700)),
              ("Autres", (3100, 5500, 4600))],
             ["**198 400 sessions** (+5,9 %) : organique +7 %, newsletter +12 % (3 envois opé)",
              "**Engagement 62,4 %** (61,1 %) = 37,6 % de rebond ; social payant le plus faible (41 %)",
              "**Temps d'engagement 1 min 52** (+7 s) ; mobile 71 % des sessions"],
             "GA4, 01/01–31/03/2026",
             title="Sessions par canal", fmt="#,##0", labels=False, gap=60,
             colors=[TERRA, SLATE, SAND, GREY, SAGE, TERRA_D, GREY_M])


def s07(slide):
    analysis(slide, 7, "Tunnel de commande mars : 5 140 commandes pour 17 720 paniers", XL_CHART_TYPE.BAR_CLUSTERED,
             ["Commande validée", "Infos livraison remplies", "Checkout commencé", "Ajout au panier",
              "Fiche produit vue"],
             [("Sessions", (5140, 7310, 9040, 17720, 92300))],
             ["Paniers : **17 720** (févr. 14 930)",
              "Checkouts : **9 040** — commandes : **5 140**",
              "Abandon panier : **71 %**"],
             "Shopify Analytics + GA4, 01–31/03/2026",
             title="Sessions par étape (mars)", fmt="#,##0", legend=False, colors=[TERRA], gap=50)


def s08(slide):
    frame(slide, 8, "Mars du chaton : 900 abonnements visés pour pousser Repeat vers 40 % du CA")
    drop_placeholder(slide, 1)
    rows = [["Mix de canaux", "Quoi", "Quand", "Budget"],
            ["Newsletter", "3 envois", "05, 17, 24/03", "800 €"],
            ["Meta Ads", "Reels + carrousel, clients chat", "03–31/03", "6 200 €"],
            ["Google Shopping", "boost chaton & litière", "03–31/03", "4 100 €"],
            ["Kits chaton éleveurs", "410 kits, code CHATON26", "26/02", "5 300 €"],
            ["Vidéo Max Éduc'", "code MAXEDUC", "10/03", "2 000 €"],
            ["Bannière home", "carrousel 3 visuels", "03–31/03", "—"],
            ["Total", "", "", "**18 400 €**"]]
    table(slide, rows, [2.2, 3.2, 1.4, 1.1], Inches(0.45), Inches(1.35), Inches(7.3), 12, row_h=0.52,
          bold_first=True)
    body_bullets(slide, 2, BU_X, BU_Y, BU_W, BU_H, [
        "**Objectif** : 900 abonnements croquettes chaton ou litière = +1,5 pt de part abonnements, vers 40 % fin 2026",
        "**Cible** : tous nos clients chat (38 200)",
        "**Offre** : 1re livraison −20 %, puis −10 % Repeat"])
    source(slide, "plan d'opé CODIR du 10/02/2026 (dates prévues)", y=Inches(6.62))


def s09(slide):
    analysis(slide, 9, "Opé chaton : 846 abonnements (94 % de l'objectif) et un ROI de +25 %",
             XL_CHART_TYPE.COLUMN_CLUSTERED,
             ["Newsletter", "Kits éleveurs (CHATON26)", "Meta Ads", "Google Shopping", "Bannière home", "Max Éduc'"],
             [("Nouveaux abonnements", (236, 212, 148, 131, 71, 48))],
             ["**846 abonnements** (obj. 900) : 512 chaton, 334 litière",
              "**CA opé 74 000 € HT**, marge 31 % après remises",
              "**ROI** = (74 000 × 31 % − 18 400) / 18 400 = **+25 %**"],
             "Loop × Shopify (codes, UTM), 01–31/03/2026",
             title="Nouveaux abonnements par canal d'entrée", legend=False, colors=[TERRA], gap=60)


def s10(slide):
    frame(slide, 10, "Plan d'actions mars : 8 actions sur 10 à l'heure, 2 glissements expliqués")
    rows = [["Action", "Prévu", "Réalisé", "Pourquoi"],
            ["Kits chaton aux 41 éleveurs", "26/02", "✓ 26/02", "—"],
            ["Bannière home", "03/03", "✓ 03/03", "—"],
            ["Lancement Meta", "03/03", "✓ 03/03", "—"],
            ["Boost Google Shopping", "03/03", "✓ 03/03", "—"],
            ["Newsletter 1", "05/03", "✓ 05/03", "—"],
            ["Vidéo Max Éduc'", "10/03", "✗ 18/03", "tournage décalé : chaton prévu malade, refait avec une autre portée"],
            ["Alma 3× / 4×", "12/03", "✓ 12/03", "—"],
            ["Relance éleveurs", "16/03", "✓ 16–18/03", "—"],
            ["Newsletter 2", "17/03", "✓ 17/03", "—"],
            ["Newsletter 3", "24/03", "✗ 27/03", "rupture litière 20 L 21–24/03 : attendu le réassort"]]
    C = PP_ALIGN.CENTER
    table(slide, rows, [3.4, 1.1, 1.3, 6.6], Inches(0.45), Inches(1.35), Inches(12.43), 13, row_h=0.44,
          aligns=[None, C, C, None])
    textbox(slide.shapes, Inches(0.45), Inches(6.3), Inches(12.4), Inches(0.5), [
        "Impact estimé : ~35 abonnements manqués."], 13, TERRA_D)


def s11(slide):
    frame(slide, 11, "Google Ads : 5 campagnes, 17 000 € de budget mensuel, plus de la moitié en Shopping")
    sh = slide.shapes
    root = box(sh, Inches(2.35), Inches(1.35), Inches(4.0), Inches(0.62), TERRA, shape=MSO_SHAPE.ROUNDED_RECTANGLE)
    box_text(root, ["Compte Google Ads — 17 000 €/mois"], 13, WHITE, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE,
             bold=True)
    camps = [("Shopping chat", "5 400 €", ["Croquettes chat", "Litière", "Arbres à chat"]),
             ("Shopping chien", "3 600 €", ["Croquettes chien", "Friandises"]),
             ("PMax Sauvaj'", "4 800 €", ["Sauvaj' chat", "Sauvaj' chien"]),
             ("Search marque", "900 €", ["Pattes & Gamelles", "Sauvaj'"]),
             ("Search « sans céréales »", "2 300 €", ["Chat", "Chien"])]
    cw, gapx, x0, ytop = Inches(1.62), Inches(0.1), Inches(0.3), Inches(2.55)
    for k, (name, budget, groups) in enumerate(camps):
        x = x0 + k * (cw + gapx)
        c = box(sh, x, ytop, cw, Inches(0.85), TERRA_L, TERRA, shape=MSO_SHAPE.ROUNDED_RECTANGLE)
        box_text(c, ["**" + name + "**", budget], 11, INK, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        con = sh.add_connector(MSO_CONNECTOR.ELBOW, root.left + root.width // 2, root.top + root.height,
                               x + cw // 2, ytop)
        con.line.color.rgb = GREY
        con.line.width = Pt(1)
        for g, gname in enumerate(groups):
            gy = ytop + Inches(1.15) + g * Inches(0.62)
            gb = box(sh, x + Inches(0.12), gy, cw - Inches(0.24), Inches(0.48), WHITE, GREY_M,
                     shape=MSO_SHAPE.ROUNDED_RECTANGLE)
            box_text(gb, [gname], 10, INK, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
            cg = sh.add_connector(MSO_CONNECTOR.STRAIGHT, x + cw // 2, (ytop + Inches(0.85)) if g == 0 else
                                  (gy - Inches(0.14)), x + cw // 2, gy)
            cg.line.color.rgb = GREY_M
    drop_placeholder(slide, 1)
    ph = slide.placeholders[2]
    ph._element.getparent().remove(ph._element)
    textbox(sh, Inches(8.95), Inches(1.35), Inches(4.0), Inches(0.4), ["**Top 5 mots-clés (dépense)**"], 13)
    rows = [["Mot-clé", "Dépense", "Clics"],
            ["croquettes sans céréales chat", "612 €", "702"],
            ["croquettes chat stérilisé", "488 €", "590"],
            ["pattes et gamelles", "402 €", "1 440"],
            ["croquettes sans céréales chien", "376 €", "455"],
            ["croquettes chaton sans céréales", "241 €", "298"]]
    C = PP_ALIGN.CENTER
    table(slide, rows, [2.45, 1.0, 0.8], Inches(8.95), Inches(1.8), Inches(3.95), 11, row_h=0.42,
          aligns=[None, C, C])
    source(slide, "Google Ads, 01–31/03/2026", y=Inches(6.62),
           w=Inches(12))


CAMP = [("Shopping chat", "5 310 €", "9 480", "0,56 €", "560", "36 100 €", "6,8", "6,1"),
        ("Shopping chien", "3 540 €", "6 320", "0,56 €", "312", "19 800 €", "5,6", "5,9"),
        ("PMax Sauvaj'", "4 760 €", "7 900", "0,60 €", "361", "24 200 €", "5,1", "5,4"),
        ("Search marque", "880 €", "3 150", "0,28 €", "247", "15 900 €", "18,1", "17,2"),
        ("Search « sans céréales »", "2 360 €", "2 810", "0,84 €", "176", "11 800 €", "5,0", "4,2"),
        ("**Total**", "**16 850 €**", "**29 660**", "**0,57 €**", "**1 656**", "**107 800 €**", "**6,4**", "**5,8**")]


def s12(slide):
    frame(slide, 12, "ROAS global 6,4 (5,8 en février) : le Shopping chat tire, la PMax recule")
    drop_placeholder(slide, 1)
    rows = [["Campagne", "Dépense", "Clics", "CPC", "Cdes", "CA", "ROAS", "ROAS M-1"]] + [list(r) for r in CAMP]
    C = PP_ALIGN.CENTER
    table(slide, rows, [2.3, 1.1, 0.85, 0.8, 0.7, 1.15, 0.7, 0.85], Inches(0.45), Inches(1.35), Inches(7.9), 11,
          row_h=0.5, aligns=[None, C, C, C, C, C, C, C])
    textbox(slide.shapes, Inches(0.45), Inches(5.05), Inches(7.9), Inches(1.2), [
        "Cible ROAS : 6,0 (hors marque)."], 11, GREY)
    source(slide, "Google Ads, 01–31/03/2026",
           y=Inches(6.62), w=Inches(7.9))
    body_bullets(slide, 2, Inches(8.6), BU_Y, Inches(4.3), BU_H, [
        "**Shopping chat 6,8** (+0,7) : boost opé + flux litière corrigé",
        "**PMax 5,1** et **Shopping chien 5,6** (−0,3) : sous la cible",
        "**Search « sans céréales » 5,0** (+0,8), encore sous la cible"], size=16)


PDV_WEEKS = ["S06", "S07", "S08", "S09", "S10", "S11", "S12", "S13"]


def s13(slide):
    frame(slide, 13, "SEO : 4 requêtes dans le top 3 (2 en février), part de voix de 14 à 20 %")
    drop_placeholder(slide, 1)
    chart(slide, XL_CHART_TYPE.LINE_MARKERS, PDV_WEEKS,
          [("Pattes & Gamelles", (14.2, 14.6, 14.9, 15.3, 16.0, 17.1, 18.4, 19.6)),
           ("Animo'Store", (24.1, 24.0, 23.8, 23.9, 23.5, 23.4, 23.2, 23.0)),
           ("Croquetteria", (18.0, 18.1, 18.3, 18.2, 18.4, 18.6, 18.5, 18.5)),
           ("Planète Gamelle", (11.0, 10.9, 10.9, 10.8, 10.7, 10.6, 10.6, 10.5))],
          CH_X, CH_Y, Inches(6.9), CH_H, title="Part de voix SEO — 10 requêtes suivies (%)", fmt="0.0",
          colors=[TERRA, SLATE, SAND, SAGE], labels=False, axis_min=5, axis_max=30)
    source(slide, "Semrush Position Tracking, S06–S13 2026",
           w=Inches(6.9))
    body_bullets(slide, 2, Inches(7.6), Inches(1.3), Inches(5.3), Inches(2.2), [
        "**Part de voix 14,2 % → 19,6 %** : devant Croquetteria",
        "**Top 3 : 2 → 4 requêtes** ; « croquettes sans céréales chat stérilisé » 6e → 3e",
        "**Domaines référents 312 → 327** (01 → 31/03)"], size=13, space=5)
    rows = [["Requête suivie", "Févr.", "Mars"],
            ["croquettes sans céréales chat stérilisé", "6", "**3**"],
            ["croquettes chat stérilisé", "9", "7"],
            ["litière végétale agglomérante", "4", "**2**"],
            ["croquettes chaton sans céréales", "5", "4"],
            ["arbre à chat grand chat", "14", "11"],
            ["croquettes sans céréales chien", "8", "9"],
            ["pâtée chat sans céréales", "12", "10"],
            ["abonnement croquettes", "3", "**2**"],
            ["litière chat abonnement", "2", "**2**"],
            ["croquettes saumon chat", "17", "15"]]
    C = PP_ALIGN.CENTER
    table(slide, rows, [3.6, 0.7, 0.7], Inches(7.6), Inches(3.55), Inches(5.3), 10, row_h=0.27, aligns=[None, C, C])


def s14(slide):
    analysis(slide, 14, "8 sites apporteurs = 5 480 sessions, le blog Les Chroniques de Moustache en tête",
             XL_CHART_TYPE.BAR_CLUSTERED,
             ["Chats d'Aquitaine (asso)", "Clinique vétérinaire des Trois Cités", "Annuaire Élevages Félins",
              "Le Mag du Chien Heureux", "Chatterie des Mille Moustaches", "Forum Miaou & Co",
              "Chaîne YouTube Max Éduc'", "Les Chroniques de Moustache (blog)"],
             [("Sessions mars", (250, 280, 310, 520, 620, 740, 860, 1900))],
             ["**5 480 sessions** (+14 % vs M-1), 2,8 % du trafic",
              "**Chroniques de Moustache : 1 900 sessions, 58 cdes** (article « Chaton : les 10 premiers jours »)",
              "Annuaire, clinique, asso : < 350 sessions"],
             "GA4 referral + UTM, 01–31/03/2026",
             title="Sessions apportées par site (mars)", fmt="#,##0", legend=False, colors=[TERRA], gap=45)


def s15(slide):
    frame(slide, 15, "Partenaires éleveurs & vétos : 45 k€ de CA en mars, les éleveurs en tête")
    drop_placeholder(slide, 1)
    drop_placeholder(slide, 2)
    rows = [["Partenaire", "Dispositif", "Sessions", "Cdes", "CA HT", "Commission / coût"],
            ["41 éleveurs", "code + kit chaton", "1 180", "268", "17 400 €", "1 740 € (10 %)"],
            ["12 cliniques vétos", "QR code, code VETO", "410", "96", "6 900 €", "552 € (8 %)"],
            ["Blog Chroniques de Moustache", "article + lien", "1 900", "58", "3 700 €", "350 € forfait"],
            ["YouTube Max Éduc'", "vidéo + code", "860", "71", "4 300 €", "2 000 € + 215 €"],
            ["Affiliés Awin (23)", "liens affiliés", "2 650", "142", "8 600 €", "602 € + 181 € Awin"],
            ["Idealo", "comparateur", "1 570", "64", "4 100 €", "502 € (CPC)"],
            ["**Total**", "", "**8 570**", "**699**", "**45 000 €**", "**6 142 €**"]]
    C = PP_ALIGN.CENTER
    table(slide, rows, [3.0, 3.1, 1.1, 0.8, 1.3, 2.6], Inches(0.45), Inches(1.35), Inches(12.43), 12, row_h=0.5,
          aligns=[None, None, C, C, C, C])
    textbox(slide.shapes, Inches(0.45), Inches(5.55), Inches(12.4), Inches(0.9), [
        "→ 9 % du CA via partenaires, coût 13,6 % du CA apporté. Éleveurs : 212 cdes sur 268 avec CHATON26."],
        13, TERRA_D)
    source(slide, "Shopify, GA4, Awin, Idealo Business, 01–31/03/2026", w=Inches(12))


def s16(slide):
    analysis(slide, 16, "Réseaux sociaux : communauté stable en mars", XL_CHART_TYPE.COLUMN_CLUSTERED,
             ["Facebook", "Instagram", "TikTok", "Pinterest"],
             [("Abonnés 28/02", (24100, 18400, 6900, 2300)), ("Abonnés 31/03", (24060, 18520, 7150, 2330))],
             ["**Abonnés** : stable vs février",
              "Animation des comptes : gérée par Mistigri Social, voir leur reporting",
              "On n'a pas encore de ROI sur les posts, Mistigri ne nous donne que la portée."],
             "Meta Business Suite, TikTok, Pinterest (via Mistigri Social)",
             title="Abonnés par réseau", fmt="#,##0", colors=[GREY_M, TERRA], gap=80, overlap=-10)


def s17(slide):
    frame(slide, 17, "Chat SAV : première réponse en 2 min 10, on gagne 35 secondes")
    drop_placeholder(slide, 1)
    tiles = [("1 240", "conversations chat SAV"), ("2 min 10", "délai moyen de 1re réponse"),
             ("6,8 %", "des conversations → commande")]
    for k, (big, small) in enumerate(tiles):
        t = box(slide.shapes, Inches(0.45) + k * Inches(2.45), Inches(1.3), Inches(2.3), Inches(1.05), TERRA_L)
        box_text(t, ["**" + big + "**", small], 12, INK, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE, space=0)
        t.text_frame.paragraphs[0].runs[0].font.size = Pt(24)
        t.text_frame.paragraphs[0].runs[0].font.color.rgb = TERRA_D
    chart(slide, XL_CHART_TYPE.LINE_MARKERS, ["S10 (02–08/03)", "S11 (09–15/03)", "S12 (16–22/03)", "S13 (23–31/03)"],
          [("Délai moyen de 1re réponse (s)", (150, 135, 125, 115)),
           ("Moyenne février (s)", (165, 165, 165, 165))],
          CH_X, Inches(2.5), CH_W, Inches(4.05), title="Délai de 1re réponse par semaine (secondes)",
          colors=[TERRA, GREY_M], axis_min=60, axis_max=200, fs=11)
    source(slide, "Gorgias, 01–31/03/2026")
    body_bullets(slide, 2, BU_X, BU_Y, BU_W, BU_H, [
        "**2 min 10** (2 min 45 en févr.) : effet des 14 macros Gorgias",
        "**S13 sous les 2 min** malgré le pic opé chaton",
        "**Lundi 9 h–11 h : 4 min 30**, une seule personne en ligne"])


def bubble(sh, x, y, w, h, who, text, client=True):
    s = box(sh, x, y, w, h, GREY_L if client else TERRA_L, None, shape=MSO_SHAPE.ROUNDED_RECTANGULAR_CALLOUT)
    s.adjustments[0] = -0.38 if client else 0.38
    s.adjustments[1] = 0.72
    box_text(s, ["**" + who + "**", text], 11, INK, space=1)
    return s


def s18(slide):
    frame(slide, 18, "Deux conversations du mois : une vente gagnée, une vente perdue")
    drop_placeholder(slide, 1)
    drop_placeholder(slide, 2)
    sh = slide.shapes
    convs = [
        (Inches(0.45), "Conv. #48213 — mer. 11/03, 20 h 14", GREEN, "✓ Vendu : #PG-58213, 59,76 € TTC", [
            (True, "Camille", "Bonjour, on adopte un chaton de 10 semaines, l'éleveuse nous a donné vos "
                              "croquettes. Quel format ?"),
            (False, "Manon (SAV)", "Félicitations ! Gardez les Sauvaj' Chaton, pas de transition. Le 3 kg dure ~10 "
                                   "semaines."),
            (True, "Camille", "Et avec l'abonnement ?"),
            (False, "Manon (SAV)", "Code CHATON26 : −20 % sur la 1re livraison puis −10 % à chaque envoi, "
                                   "modifiable quand vous voulez."),
            (True, "Camille", "Parfait, je prends 2 sacs + la litière végétale."),
        ]),
        (Inches(6.75), "Conv. #48977 — jeu. 19/03, 12 h 37", RED, "✗ Perdu : rupture", [
            (True, "Jérôme", "L'arbre à chat Everest 165 cm revient quand ?"),
            (False, "Yanis (SAV)", "Réassort fin mars, sans date ferme. Je vous préviens par e-mail dès son retour ?"),
            (True, "Jérôme", "C'est pour le 22, trop tard. Un équivalent ?"),
            (False, "Yanis (SAV)", "Le Cime 150 cm, 159 €, 2 plateformes en moins."),
            (True, "Jérôme", "Tant pis, je vais voir chez Animo'Store."),
        ]),
    ]
    for x0, head, col, result, msgs in convs:
        hb = box(sh, x0, Inches(1.28), Inches(6.1), Inches(0.4), GREY_M)
        box_text(hb, ["**" + head + "**"], 12, INK, anchor=MSO_ANCHOR.MIDDLE)
        y = Inches(1.8)
        for client, who, txt in msgs:
            hgt = Inches(0.72) if len(txt) < 95 else Inches(0.86)
            bx = x0 if client else x0 + Inches(1.0)
            bubble(sh, bx, y, Inches(5.1), hgt, who, txt, client)
            y += hgt + Inches(0.12)
        rb = box(sh, x0, Inches(6.25), Inches(6.1), Inches(0.42), None, col, lw=1.5)
        box_text(rb, ["**" + result + "**"], 12, col, anchor=MSO_ANCHOR.MIDDLE)
    source(slide, "Gorgias, export du 02/04/2026 (prénoms modifiés)", y=Inches(6.7),
           w=Inches(12))


def shot(sh, x, y, w, h, head, lines):
    """Cadre « capture d'écran » : barre de fenêtre grise, contenu décrit en texte."""
    bar = box(sh, x, y, w, Inches(0.32), GREY_M)
    box_text(bar, ["● ● ●   " + head], 10, GREY, anchor=MSO_ANCHOR.MIDDLE)
    body = box(sh, x, y + Inches(0.32), w, h - Inches(0.32), WHITE, GREY_M)
    box_text(body, lines, 11, INK, space=4)
    return body


def s19(slide):
    frame(slide, 19, "Vitrines Shopify : boosts de recherche, recommandations et badge « Nouveau » en place")
    drop_placeholder(slide, 1)
    sh = slide.shapes
    shot(sh, Inches(0.45), Inches(1.3), Inches(3.9), Inches(3.3), "Search & Discovery › Boosts", [
        "**« chaton »** → épinglés : Sauvaj' Chaton 3 kg, litière végétale 20 L",
        "**« stérilisé »** → Croquettes chat stérilisé sans céréales saumon 7 kg en 1er",
        "Ruptures envoyées en fin de liste"])
    shot(sh, Inches(4.5), Inches(1.3), Inches(3.9), Inches(3.3), "Search & Discovery › Recommandations", [
        "**Complémentaires « Complétez la gamelle »**",
        "Croquettes saumon 7 kg → pâtée saumon ×12, fontaine, litière 20 L",
        "Everest 165 cm → griffoir, hamac",
        "18 produits Sauvaj' paramétrés"])
    shot(sh, Inches(0.45), Inches(4.75), Inches(7.95), Inches(1.75), "Admin Shopify › Produits › Métachamps", [
        "**Badge « Nouveau »** : métachamp custom.badge_nouveau (vrai / faux) lu par le thème ; 9 nouveautés de mars, "
        "retrait auto. à J+45 (Flow)"])
    body_bullets(slide, 2, Inches(8.7), Inches(1.35), Inches(4.2), Inches(5.2), [
        "**Où on met en avant** :",
        (1, "bannière home (carrousel 3 visuels)"),
        (1, "bannières des catégories Chat, Chien, Litière"),
        "Réglages actifs depuis le 02/03"], size=16, space=8)
    source(slide, "Shopify admin, 31/03/2026", y=Inches(6.62), w=Inches(7.9))


def s20(slide):
    analysis(slide, 20, "Paiement : plus de 95 % d'acceptation sur tous les écrans, Alma lancé le 12/03",
             XL_CHART_TYPE.COLUMN_CLUSTERED, ["Mobile", "Tablette", "Ordinateur"],
             [("Taux d'acceptation mars (%)", (96.1, 95.4, 97.3))],
             ["**En place** : Shopify Payments (CB, Apple Pay), PayPal ; Repeat débite la carte enregistrée (token "
              "via Loop)",
              "**Acceptation** : ordi 97,3 %, mobile 96,1 %, tablette 95,4 % (global 96,5 %)",
              "**Nouveau** : Alma 3× / 4× sur les arbres à chat > 150 €"],
             "Shopify Payments × appareil, PayPal, 01–31/03/2026",
             title="Taux d'acceptation des paiements par appareil", fmt="0.0", legend=False, colors=[TERRA],
             axis_min=90, axis_max=100, gap=90)


def s21(slide):
    analysis(slide, 21, "Fidélisation : priorité à Repeat, 6 350 abonnements actifs fin mars",
             XL_CHART_TYPE.COLUMN_CLUSTERED, ["oct. 25", "nov. 25", "déc. 25", "janv. 26", "févr. 26", "mars 26"],
             [("Abonnements Repeat actifs (fin de mois)", (4820, 5060, 5240, 5480, 5700, 6350))],
             ["**Leviers** : Repeat (−10 %), points « Gamelle Club », parrainage 10 €/10 €, e-mail anniversaire "
              "de l'animal",
              "**Repeat d'abord** : croquettes rachetées toutes les 5-6 semaines",
              "**Gamelle Club** : arrêté en juin"],
             "Loop, fin de mois oct. 2025 → mars 2026",
             title="Abonnements Repeat actifs", fmt="#,##0", legend=False, colors=[TERRA], gap=70)


def s22(slide):
    analysis(slide, 22, "Taux de transformation chaton → adulte : 64 % à 12 mois", XL_CHART_TYPE.COLUMN_CLUSTERED,
             ["sept. 24", "oct. 24", "nov. 24", "déc. 24", "janv. 25", "févr. 25", "mars 25"],
             [("Acheteurs chaton passés à l'adulte Sauvaj' à 12 mois (%)", (58, 60, 61, 59, 62, 63, 64))],
             ["**64 %** des acheteurs chaton de mars 2025 achètent l'adulte 12 mois après",
              "**+6 pts en 6 cohortes** grâce à l'e-mail « Votre chaton a bientôt 1 an »",
              "36 % perdus : autre marque, GMS… (non mesuré)"],
             "Shopify, cohortes sept. 2024 → mars 2025",
             title="Passage chaton → adulte par cohorte de 1er achat", fmt='0" %"', legend=False, colors=[SAGE],
             axis_min=0, axis_max=80, gap=70)


def s23(slide):
    frame(slide, 23, "4 indicateurs rouges : 2 plans d'action lancés, 2 encore en analyse")
    drop_placeholder(slide, 1)
    rows = [["Indicateur", "Constat", "Action", "Qui", "Quand"],
            ["Rupture 5,9 %", "Everest 18 j, litière 4 j",
             "commande Everest à 8 sem. au lieu de 4 + stock sécurité 3 sem. sur le top 12", "RS", "15/04"],
            ["Part abonnements 28 %", "litière peu convertie en Repeat",
             "encart Repeat dans l'e-mail litière + relance J+25", "LC", "20/04"],
            ["Abandon panier 71 %", "—", "en analyse", "LC", "—"],
            ["Réachat 60 j 34 %", "—", "en analyse", "—", "—"]]
    C = PP_ALIGN.CENTER
    table(slide, rows, [2.6, 2.4, 5.0, 0.6, 0.8], Inches(0.45), Inches(1.3), Inches(12.43), 12, row_h=0.55,
          aligns=[None, None, None, C, C])
    textbox(slide.shapes, Inches(0.45), Inches(4.3), Inches(6), Inches(0.4), ["**Prochaines étapes SEO (avril)**"], 15,
            TERRA_D)
    body_bullets(slide, 2, Inches(0.45), Inches(4.72), Inches(12.4), Inches(2.2), [
        "Réécrire les title des 12 fiches croquettes — LC",
        "Page guide « Quelle litière choisir ? » — LC",
        "Corriger les 38 erreurs 404 (Search Console) — agence",
        "Données structurées « avis » — agence",
        "Relancer 5 sites apporteurs (lien catégorie chaton) — LC"], size=14, space=2)


ANNEXE = [("croquettes chat", "40 500", "18"), ("litière chat", "33 100", "14"), ("croquettes chien", "27 100", "22"),
          ("arbre à chat", "22 200", "16"), ("croquettes chat stérilisé", "14 800", "7"), ("pâtée chat", "12 100", "25"),
          ("litière végétale", "9 900", "6"), ("croquettes sans céréales chat", "8 100", "5"),
          ("croquettes chaton", "6 600", "9"), ("croquettes sans céréales chien", "5 400", "9"),
          ("arbre à chat grand chat", "4 400", "11"), ("litière agglomérante", "3 600", "12"),
          ("croquettes chat stérilisé sans céréales", "2 900", "4"), ("fontaine à eau chat", "2 900", "19"),
          ("litière végétale agglomérante", "2 400", "2"), ("croquettes saumon chat", "1 900", "15"),
          ("pâtée chat sans céréales", "1 600", "10"), ("croquettes sans céréales chat stérilisé", "1 300", "3"),
          ("croquettes chaton sans céréales", "1 300", "4"), ("abonnement croquettes", "1 000", "2"),
          ("croquettes hypoallergéniques chien", "1 000", "21"), ("arbre à chat XXL", "880", "13"),
          ("litière chat abonnement", "720", "2"), ("croquettes chat d'intérieur", "720", "17"),
          ("friandises chat naturelles", "590", "20"), ("croquettes grain free chat", "590", "12"),
          ("litière silice", "590", "31"), ("griffoir chat", "480", "28"), ("croquettes chat senior", "480", "19"),
          ("pâtée chaton", "390", "14"), ("croquettes chien stérilisé", "390", "24"), ("litière maïs", "320", "9"),
          ("croquettes made in France chat", "260", "8"), ("arbre à chat 165 cm", "210", "5"),
          ("croquettes chat stérilisé saumon", "170", "6"), ("litière pin", "140", "11"),
          ("transition alimentaire chaton", "110", "7"), ("abonnement litière", "90", "1"),
          ("croquettes sans céréales livraison", "70", "3"), ("croquettes sauvaj", "50", "1")]


def s24(slide):
    frame(slide, 24, "Liens utiles, sources & annexe des requêtes suivies")
    drop_placeholder(slide, 2)
    ph = slide.placeholders[1]
    ph.left, ph.top, ph.width, ph.height = Inches(0.45), Inches(1.3), Inches(4.6), Inches(5.4)
    tf = ph.text_frame
    tf.word_wrap = True
    links = [("Looker Studio « Reporting mensuel »",
              "https://lookerstudio.google.com/reporting/7f3c2a91-5d4e-4b8a-9c61-2e0f4a7b1d93"),
             ("Propriété GA4",
              "https://analytics.google.com/analytics/web/#/p318442907/reports/intelligenthome"),
             ("Drive « CODIR / Reporting 2026 »",
              "https://drive.google.com/drive/folders/1Qe7PgRk2VnX8aLw5TzH3mYc9Bd0sJfUo")]
    first = True

    def para(level=0, space=3):
        nonlocal first
        p = tf.paragraphs[0] if first else tf.add_paragraph()
        first = False
        p.level = level
        p.space_after = Pt(space)
        return p

    p = para()
    rich(p, "**Liens utiles**", 13, TERRA_D)
    for label, url in links:
        p = para(1, 1)
        r = p.add_run()
        r.text = label
        style_run(r, 11, INK, True)
        p = para(1, 5)
        r = p.add_run()
        r.text = url
        style_run(r, 9, SLATE)
        r.hyperlink.address = url
    p = para(0, 3)
    rich(p, "**Sources**", 13, TERRA_D)
    for s in ["GA4", "Search Console", "Shopify (+ Loop)", "Google Ads", "Meta", "Gorgias", "Awin", "Semrush"]:
        p = para(1, 1)
        rich(p, s, 11)
    textbox(slide.shapes, Inches(5.3), Inches(1.22), Inches(7.6), Inches(0.35),
            ["**Annexe — 40 requêtes suivies (Semrush, mars)**"], 11, INK)
    C = PP_ALIGN.CENTER
    for half in range(2):
        chunk = ANNEXE[half * 20:(half + 1) * 20]
        rows = [["Requête", "Vol./mois", "Pos."]] + [list(r) for r in chunk]
        shp = table(slide, rows, [2.55, 0.8, 0.45], Inches(5.3) + half * Inches(3.85), Inches(1.58), Inches(3.75), 9,
                    row_h=0.235, aligns=[None, C, C])
        for row in shp.table.rows:
            row.height = Inches(0.235)
            for cell in row.cells:
                cell.margin_top = cell.margin_bottom = Inches(0.0)


NOTES = {
    3: "Je commence par la météo, comme chaque mois. 4 verts, 4 orange, 4 rouges. Les verts : panier moyen, ROAS "
       "Google Ads, marge et taux d'acceptation des paiements. Les orange sont tous à moins de 5 % de l'objectif, "
       "CA compris : on rate les 520 k€ de 23 k€. Les 4 rouges sont repris en diapo 23 : rupture, part abonnements, "
       "abandon panier et réachat à 60 jours. La ligne temps de chargement mobile est en gris : TBD, je n'ai pas la "
       "mesure ce mois-ci. Rappel : les objectifs sont ceux du budget 2026 validé en janvier, je ne les ai pas "
       "retouchés.",
    5: "CA : 497 k€ HT, soit −4 % vs février et −4,4 % vs l'objectif. Sur un an glissant on reste à +10 %. Le recul "
       "vient surtout d'Amazon, où on a perdu la Buy Box sur la litière pendant 9 jours, et des accessoires à cause "
       "de la rupture de l'Everest. Les croquettes et la litière sur le site sont stables, Repeat aussi. La marge brute "
       "monte à 40,8 % parce qu'on n'a pas fait de promo en dehors de l'opé chaton.\n"
       "Guillaume : pas eu le temps de faire la slide marge par univers, je te la donne à l'oral.",
    9: "Le calcul du ROI de l'opé en détail. Coûts : Meta 6 200 €, boost Google Shopping 4 100 €, kits éleveurs "
       "5 300 € (impression, échantillons, envoi), vidéo Max Éduc' 2 000 €, créa newsletter et bannières 800 €, soit "
       "18 400 €. CA généré : 74 000 € HT. Marge après remises de 31 %, donc 22 940 € de marge. Gain net : "
       "22 940 − 18 400 = 4 540 €. ROI = 4 540 / 18 400 = 24,7 %, arrondi à +25 %. Ce calcul ne prend que mars : "
       "un abonné Repeat reste en moyenne 7 mois chez Loop, donc le vrai retour sera plus haut. Je le recalcule en "
       "juin avec les renouvellements.",
    12: "ROAS = CA attribué par Google Ads divisé par la dépense, sur le modèle d'attribution basé sur les données. "
        "Global 6,4 contre 5,8 en février, au-dessus de la cible de 6. Le Shopping chat porte la hausse : 6,8 grâce "
        "au boost de l'opé et au flux litière corrigé le 2 mars. PMax et Shopping chien baissent de 0,3 chacun. Le "
        "Search « sans céréales » progresse à 5,0 mais reste sous la cible. La marque à 18,1 ne doit pas servir à "
        "gonfler la moyenne : hors marque, le ROAS est à 5,8.",
    17: "Sur le chat, l'indicateur qu'on suit de près c'est le délai de première réponse. On passe de 2 min 45 en "
        "février à 2 min 10 en mars. Le gain vient des 14 macros Gorgias qu'Élodie et moi avons écrites début mars : "
        "rupture, suivi de livraison, transition alimentaire. La semaine de l'opé chaton, malgré plus de questions, "
        "on est descendus sous les 2 minutes. Le point noir reste le lundi matin entre 9 h et 11 h : 4 min 30, parce "
        "qu'il n'y a qu'une personne en ligne. Proposition : décaler la pause de Yanis ce créneau-là.",
    23: "Sur les 4 rouges, deux ont déjà un plan. La rupture : Romain passe la commande Everest à 8 semaines au lieu "
        "de 4 et on garde 3 semaines de stock de sécurité sur les 12 meilleures ventes, pour le 15 avril. La part "
        "abonnements : j'ajoute un encart Repeat dans l'e-mail de confirmation des commandes de litière et une "
        "relance à J+25, pour le 20 avril. L'abandon panier et le réachat à 60 jours, je n'ai pas encore trouvé "
        "l'explication, je reviens au prochain CODIR. En dessous, les prochaines étapes SEO pour avril.",
}

BUILDERS = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20,
            s21, s22, s23, s24]
assert len(BUILDERS) == N_SLIDES

# disposition par diapositive : 0 titre, 1 titre + contenu, 3 deux contenus, 5 titre seul
LAYOUT = {1: 0, 2: 1, 3: 5, 4: 1, 7: 3, 10: 5, 11: 3, 18: 3, 24: 3}


def build():
    prs = Presentation()
    prs.slide_width = W
    prs.slide_height = H
    for i, b in enumerate(BUILDERS, 1):
        li = LAYOUT.get(i, 3)
        slide = prs.slides.add_slide(prs.slide_layouts[li])
        b(slide)
        # espaces réservés de date / pied / numéro jamais utilisés
        if NOTES.get(i):
            slide.notes_slide.notes_text_frame.text = NOTES[i]
    cp = prs.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Reporting mensuel mars 2026 — CODIR Pattes & Gamelles"
    cp.subject = "Reporting mensuel e-commerce"
    cp.keywords = "reporting; CODIR; mars 2026"
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 14
    buf = io.BytesIO()
    prs.save(buf)
    fixed_zip(buf.getvalue(), PPTX_FILE)


def main():
    os.makedirs(OUT, exist_ok=True)
    build()
    print("ok", N_SLIDES, "diapositives,", len(NOTES), "avec notes ->", PPTX_FILE)


if __name__ == "__main__":
    main()
