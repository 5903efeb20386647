# Générateur du dossier du candidat c123 (Domaine équestre de la Vire, centre équestre près de Saint-Lô : reprises,
# stages, colos poney et balades plage réservés en ligne) — blocs 2, 3 et 4, dossier moyen.
# Un seul PPTX de soutenance de 30 diapositives 16:9 : bandeau de titre vert bouteille, fond sable, pictogramme
# fer à cheval ; pied de page « Domaine équestre de la Vire — H. Marie — 2026 » + numéro.
# Sommaire en 3 tuiles groupées ; diapositives 3-12 bloc 2, 13-23 bloc 3, 24-29 bloc 4, 30 « Merci ! ».
# 5 graphiques PowerPoint natifs (données embarquées, chiffres seulement dans les graphiques), 5 tableaux (le tableau
# des recherches est coupé sur deux diapositives avec en-tête répété), formes groupées (tuiles, triangle, fers à
# cheval, flèches), notes de l'orateur sur 22 diapositives (aucune sur 1, 2, 7, 15, 27, 28, 29, 30).
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
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.shapes import MSO_SHAPE, MSO_CONNECTOR
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c123-centre-equestre-normandie")
PPTX_FILE = os.path.join(OUT, "soutenance-blocs-2-3-4-HMarie.pptx")
AUTHOR = "Hugo Marie"
FIXED = datetime.datetime(2026, 6, 8, 22, 10, 0)
ZIPSTAMP = (2026, 6, 8, 22, 10, 0)

_orig_close = _xw.Workbook.close


def _fixed_close(self):
    self.set_properties({"created": FIXED, "author": AUTHOR})
    return _orig_close(self)


_xw.Workbook.close = _fixed_close

GREEN = RGBColor(0x1F, 0x4D, 0x2E)
GREEN2 = RGBColor(0x5E, 0x8C, 0x5A)
SAND = RGBColor(0xEF, 0xE4, 0xCC)
SAND2 = RGBColor(0xE2, 0xD2, 0xB0)
CREAM = RGBColor(0xFA, 0xF5, 0xEA)
BROWN = RGBColor(0x8A, 0x5A, 0x2B)
INK = RGBColor(0x2E, 0x2A, 0x24)
GREY = RGBColor(0x7D, 0x76, 0x6A)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
ORANGE = RGBColor(0xD9, 0x8B, 0x2B)
BLUE = RGBColor(0x3C, 0x6E, 0x9E)
FONT = "Segoe UI"
N_SLIDES = 30


def fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=ZIPSTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(name))


# =============================================================================================== outils
def style_run(run, size, color=INK, bold=False, italic=False, font=FONT):
    run.font.size = Pt(size)
    run.font.color.rgb = color
    run.font.name = font
    run.font.bold = bold
    run.font.italic = italic


def rich(p, text, size, color=INK, italic=False):
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


def textbox(shapes, x, y, w, h, lines, size=18, color=INK, bullet="•", space=8, italic=False, align=None):
    tb = shapes.add_textbox(x, y, w, h)
    tf = tb.text_frame
    tf.word_wrap = True
    for k, line in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.space_after = Pt(space)
        if align is not None:
            p.alignment = align
        if bullet:
            r = p.add_run()
            r.text = bullet + " "
            style_run(r, size, BROWN, True)
        rich(p, line, size, color, italic)
    return tb


def box(shapes, x, y, w, h, fill, line=None, shape=MSO_SHAPE.RECTANGLE):
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
        s.line.width = Pt(1.25)
    s.shadow.inherit = False
    return s


def box_text(s, lines, size, color=INK, bold=False, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP, italic=False):
    tf = s.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    tf.margin_left = tf.margin_right = Inches(0.1)
    tf.margin_top = tf.margin_bottom = Inches(0.05)
    for k, line in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.alignment = align
        p.space_after = Pt(3)
        if bold:
            r = p.add_run()
            r.text = line
            style_run(r, size, color, True, italic)
        else:
            rich(p, line, size, color, italic)


def horseshoe(shapes, x, y, size, color=BROWN):
    """Pictogramme fer à cheval : arc épais ouvert vers le bas."""
    s = shapes.add_shape(MSO_SHAPE.BLOCK_ARC, x, y, size, size)
    s.adjustments[0] = 81.0   # 135° (bas gauche)
    s.adjustments[1] = 27.0   # 45° (bas droite)
    s.adjustments[2] = 0.22
    s.fill.solid()
    s.fill.fore_color.rgb = color
    s.line.fill.background()
    s.shadow.inherit = False
    s.name = "Fer à cheval"
    return s


def photo(shapes, x, y, w, h, caption):
    s = box(shapes, x, y, w, h, SAND2, GREY)
    box_text(s, [caption], 13, GREY, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE, italic=True)
    return s


def frame(slide, num, title):
    slide.background.fill.solid()
    slide.background.fill.fore_color.rgb = SAND
    band = box(slide.shapes, 0, 0, Inches(13.333), Inches(1.1), GREEN)
    band.name = "Bandeau titre"
    horseshoe(slide.shapes, Inches(12.45), Inches(0.25), Inches(0.6), SAND)
    t = slide.shapes.title
    if t is not None:
        t.left, t.top, t.width, t.height = Inches(0.6), Inches(0.12), Inches(11.6), Inches(0.86)
        tf = t.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        p = tf.paragraphs[0]
        p.alignment = PP_ALIGN.LEFT
        r = p.add_run()
        r.text = title
        style_run(r, 30 if len(title) <= 45 else 26, WHITE, True)
        # le titre passe au premier plan, au-dessus du bandeau
        el = t._element
        tree = el.getparent()
        tree.remove(el)
        tree.append(el)
    ft = slide.shapes.add_textbox(Inches(0.6), Inches(7.02), Inches(8), Inches(0.35))
    r = ft.text_frame.paragraphs[0].add_run()
    r.text = "Domaine équestre de la Vire — H. Marie — 2026"
    style_run(r, 10, GREY)
    nb = slide.shapes.add_textbox(Inches(12.0), Inches(7.02), Inches(0.9), Inches(0.35))
    p = nb.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.RIGHT
    r = p.add_run()
    r.text = str(num)
    style_run(r, 11, GREEN, True)


def table(slide, rows, widths, x, y, w, fs, row_h=0.36, bold_first=True):
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
            cell.margin_left = cell.margin_right = Inches(0.06)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            tf = cell.text_frame
            tf.word_wrap = True
            p = tf.paragraphs[0]
            r = p.add_run()
            r.text = val
            cell.fill.solid()
            if i == 0:
                style_run(r, fs, WHITE, True)
                cell.fill.fore_color.rgb = GREEN
            else:
                style_run(r, fs, INK, bold_first and j == 0)
                cell.fill.fore_color.rgb = CREAM if i % 2 else RGBColor(0xF3, 0xEA, 0xD6)
    return shape


def chart(slide, kind, cats, series, x, y, w, h, title, fmt="0", colors=None, legend=True, fs=13):
    cd = CategoryChartData(number_format=fmt)
    cd.categories = cats
    for name, vals in series:
        cd.add_series(name, vals)
    ch = slide.shapes.add_chart(kind, x, y, w, h, cd).chart
    ch.font.size = Pt(fs)
    ch.font.name = FONT
    ch.has_title = True
    ch.chart_title.text_frame.text = title
    for p in ch.chart_title.text_frame.paragraphs:
        for r in p.runs:
            style_run(r, 15, GREEN, True)
    ch.has_legend = legend
    if legend:
        ch.legend.position = XL_LEGEND_POSITION.BOTTOM
        ch.legend.include_in_layout = False
    plot = ch.plots[0]
    plot.has_data_labels = True
    plot.data_labels.number_format = fmt
    plot.data_labels.number_format_is_linked = False
    plot.data_labels.font.size = Pt(fs - 1)
    if colors:
        if kind == XL_CHART_TYPE.PIE:
            for i, c in enumerate(colors):
                pt = plot.series[0].points[i]
                pt.format.fill.solid()
                pt.format.fill.fore_color.rgb = c
        else:
            for s, c in zip(plot.series, colors):
                if kind == XL_CHART_TYPE.LINE_MARKERS:
                    s.format.line.color.rgb = c
                    s.format.line.width = Pt(3)
                    s.smooth = False
                    s.marker.format.fill.solid()
                    s.marker.format.fill.fore_color.rgb = c
                else:
                    s.format.fill.solid()
                    s.format.fill.fore_color.rgb = c
    return ch


# =============================================================================================== diapositives
def s01(slide):
    slide.background.fill.solid()
    slide.background.fill.fore_color.rgb = SAND
    box(slide.shapes, 0, 0, Inches(7.6), Inches(7.5), GREEN)
    horseshoe(slide.shapes, Inches(0.7), Inches(0.6), Inches(0.9), SAND)
    tb = slide.shapes.add_textbox(Inches(0.7), Inches(1.8), Inches(6.6), Inches(5.0))
    tf = tb.text_frame
    tf.word_wrap = True
    lines = [("DOMAINE ÉQUESTRE DE LA VIRE", 14, SAND, True),
             ("Remplir les stages, faire venir les familles", 36, WHITE, True),
             ("", 10, WHITE, False),
             ("Soutenance — titre Chef de projet e-commerce — blocs 2, 3 et 4", 16, SAND, False),
             ("Hugo Marie — moniteur BPJEPS, en charge du site et des réseaux", 16, WHITE, False),
             ("Normandie Digital Campus — formation continue (CPF) — session 2026", 14, SAND, False),
             ("Tutrice : Élise Lecoutour, dirigeante (DEJEPS)", 14, SAND, False)]
    for k, (t, s, c, b) in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.space_after = Pt(8)
        r = p.add_run()
        r.text = t
        style_run(r, s, c, b)
    photo(slide.shapes, Inches(8.1), Inches(1.2), Inches(4.7), Inches(4.6), "[photo : reprise en carrière]")
    ft = slide.shapes.add_textbox(Inches(8.1), Inches(7.02), Inches(5), Inches(0.35))
    r = ft.text_frame.paragraphs[0].add_run()
    r.text = "Domaine équestre de la Vire — H. Marie — 2026"
    style_run(r, 10, GREY)


def s02(slide):
    frame(slide, 2, "Sommaire")
    tiles = [("Bloc 2", "Vendre et communiquer", "opération stages d'été · alliés · messagerie · réseaux · encaissement", "diapos 3 à 12", GREEN),
             ("Bloc 3", "Être trouvé et mesurer", "remontée sur Google · tableau des recherches · pubs · indicateurs", "diapos 13 à 23", BROWN),
             ("Bloc 4", "Les contenus", "photos · fiches stage · vidéo · parcours de réservation", "diapos 24 à 29", BLUE)]
    x = Inches(0.7)
    for head, t, sub, rng, col in tiles:
        g = slide.shapes.add_group_shape()
        g.name = "Tuile " + head
        top = box(g.shapes, x, Inches(1.7), Inches(3.8), Inches(1.0), col)
        box_text(top, [head], 24, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        body = box(g.shapes, x, Inches(2.7), Inches(3.8), Inches(2.6), CREAM, col)
        box_text(body, ["**%s**" % t, "", sub], 17, INK, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE)
        foot = box(g.shapes, x, Inches(5.3), Inches(3.8), Inches(0.7), col)
        box_text(foot, [rng], 16, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        horseshoe(g.shapes, x + Inches(3.2), Inches(1.85), Inches(0.45), SAND)
        x += Inches(4.05)


def s03(slide):
    frame(slide, 3, "Le Domaine en bref")
    textbox(slide.shapes, Inches(0.6), Inches(1.35), Inches(7.6), Inches(5.5), [
        "EARL à Condé-sur-Vire (50), 10 min de Saint-Lô — créée en 1998 par Martine Lecoutour, dirigée par Élise depuis 2017",
        "38 équidés : 22 chevaux, 16 poneys — manège couvert, 2 carrières, gîte de 24 lits",
        "Moniteurs : Hugo, Camille, Thibault — Nathan (groom) — 2 apprentis",
        "340 cavaliers licenciés FFE",
        "CA 2025 : 486 k€ — dont 138 k€ en ligne (28 %)",
        "Site WordPress + HippoResa pour les réservations",
        "Carte 10 reprises 185 € · Stage galop 3 vacances de printemps (5 demi-journées) 195 € · Colo poney 6 jours / 5 nuits 520 € · Balade plage d'Utah Beach 2 h 65 € · Anniversaire poney (8 enfants) 180 €",
    ], 15.5, space=7)
    photo(slide.shapes, Inches(8.5), Inches(1.5), Inches(4.3), Inches(3.3), "[photo : reprise en carrière]")
    photo(slide.shapes, Inches(8.5), Inches(5.0), Inches(4.3), Inches(1.8), "[photo : le gîte]")


def s04(slide):
    frame(slide, 4, "D'où viennent nos réservations")
    chart(slide, XL_CHART_TYPE.PIE, ["En ligne (HippoResa)", "Accueil du club", "Téléphone", "Messagerie Facebook"],
          [("Réservations 2025", (34, 38, 21, 7))], Inches(2.2), Inches(1.3), Inches(9.0), Inches(5.6),
          "Réservations par canal 2025 (en % du nombre de réservations)", fmt='0" %"',
          colors=[GREEN, BROWN, ORANGE, BLUE], fs=14)


def s05(slide):
    frame(slide, 5, "Opération stages d'été 2026")
    textbox(slide.shapes, Inches(0.6), Inches(1.35), Inches(7.8), Inches(5.5), [
        "**Objectif 1** : remplir les 6 semaines de colo de l'été — 71 % de remplissage en 2025 → on vise le complet",
        "**Objectif 2** : financer le nouveau toit du manège, projet d'Élise pour l'hiver 2027",
        "**Objectif 3** : plus de balades plage à Utah Beach en juillet-août",
        "**Période** : février → août 2026",
        "**Médias** : Facebook · Instagram · profil Google · flyers dans les offices de tourisme · banderole sur la D974",
    ], 17, space=12)
    photo(slide.shapes, Inches(8.7), Inches(1.5), Inches(4.1), Inches(4.8), "[photo : balade sur la plage d'Utah Beach]")


def s06(slide):
    frame(slide, 6, "Nos alliés")
    items = [("3 offices de tourisme", "Saint-Lô, Carentan, Sainte-Mère-Église"),
             ("4 campings", "Les Oyats, Le Grand Marais, La Prairie de l'Elle, Les Hauts de Vire"),
             ("Gîtes de France Manche", "activités proposées aux vacanciers"),
             ("Blog « Maman en Cotentin »", "sorties en famille dans la Manche"),
             ("2 CSE", "Laiterie du Bocage (Saint-Lô), Transports Lemonnier (Agneaux)")]
    y = Inches(1.4)
    for t, sub in items:
        a = box(slide.shapes, Inches(0.6), y, Inches(4.2), Inches(0.9), GREEN)
        box_text(a, [t], 17, WHITE, True, anchor=MSO_ANCHOR.MIDDLE)
        b = box(slide.shapes, Inches(4.85), y, Inches(7.9), Inches(0.9), CREAM)
        box_text(b, [sub], 16, INK, anchor=MSO_ANCHOR.MIDDLE)
        y += Inches(1.05)


def s07(slide):
    frame(slide, 7, "Objectif — Qui — Où")
    g = slide.shapes.add_group_shape()
    g.name = "Triangle objectif qui où"
    tri = box(g.shapes, Inches(1.0), Inches(1.55), Inches(5.2), Inches(4.6), None, GREEN,
              shape=MSO_SHAPE.ISOSCELES_TRIANGLE)
    tri.line.width = Pt(3)
    for (lab, x, y) in (("OBJECTIF", Inches(2.7), Inches(1.25)), ("QUI", Inches(0.35), Inches(5.95)),
                        ("OÙ", Inches(4.65), Inches(5.95))):
        c = box(g.shapes, x, y, Inches(1.9), Inches(0.7), BROWN, shape=MSO_SHAPE.ROUNDED_RECTANGLE)
        box_text(c, [lab], 17, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
    rows = [("Remplir les colos", "parents de la Manche et du Calvados, enfants de 7 à 14 ans",
             "Facebook, groupe parents, Instagram, CSE", GREEN),
            ("Balades plage", "Parisiens et touristes en vacances sur la côte",
             "profil Google, offices de tourisme, campings, banderole D974", ORANGE),
            ("Toit du manège (marge colos + stages)", "cavaliers du club et leurs parents",
             "groupe Facebook, affichage au club, Gîtes de France", BLUE)]
    for lab, x, w in (("Objectif", 6.9, 1.9), ("Qui", 9.2, 1.75), ("Où", 11.35, 1.55)):
        t = g.shapes.add_textbox(Inches(x), Inches(1.2), Inches(w), Inches(0.35))
        p = t.text_frame.paragraphs[0]
        p.alignment = PP_ALIGN.CENTER
        r = p.add_run()
        r.text = lab
        style_run(r, 14, GREEN, True)
    y = Inches(1.6)
    for obj, qui, ou, col in rows:
        o = box(g.shapes, Inches(6.9), y, Inches(1.9), Inches(1.45), col)
        box_text(o, [obj], 14, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        arr1 = box(g.shapes, Inches(8.85), y + Inches(0.52), Inches(0.3), Inches(0.4), col, shape=MSO_SHAPE.RIGHT_ARROW)
        q = box(g.shapes, Inches(9.2), y, Inches(1.75), Inches(1.45), CREAM, col)
        box_text(q, [qui], 12.5, INK, anchor=MSO_ANCHOR.MIDDLE)
        arr2 = box(g.shapes, Inches(11.0), y + Inches(0.52), Inches(0.3), Inches(0.4), col, shape=MSO_SHAPE.RIGHT_ARROW)
        w = box(g.shapes, Inches(11.35), y, Inches(1.55), Inches(1.45), CREAM, col)
        box_text(w, [ou], 12.5, INK, anchor=MSO_ANCHOR.MIDDLE)
        y += Inches(1.72)
    t = g.shapes.add_textbox(Inches(2.1), Inches(3.7), Inches(3.0), Inches(1.3))
    t.text_frame.word_wrap = True
    for k, line in enumerate(["chaque objectif", "→ son public", "→ ses médias"]):
        p = t.text_frame.paragraphs[0] if k == 0 else t.text_frame.add_paragraph()
        p.alignment = PP_ALIGN.CENTER
        r = p.add_run()
        r.text = line
        style_run(r, 15, GREEN, True)


def s08(slide):
    frame(slide, 8, "La messagerie du site")
    lines = ["**Mardi 11 mars, 20 h 14 — Mme Lefranc**",
             "« Bonsoir, ma fille a son galop 1, elle peut faire le stage galop 2 des vacances de printemps ? »",
             "**Domaine** : « Bonsoir ! Oui, si le galop 1 est validé et qu'elle monte depuis au moins un an. Elle a quel âge ? »",
             "« 10 ans. Elle monte à poney dans un club à Saint-Lô. »",
             "**Domaine** : « Parfait, le stage galop 2 de la 2e semaine (du 14 au 18 avril) est fait pour elle, sur poney. Il reste 3 places. »",
             "« Elle doit apporter quoi ? »",
             "**Domaine** : « Bombe, boots + mini-chaps ou bottes, une gourde. On prête les gilets de protection. »",
             "« Ok je réserve, merci ! »",
             "**→ Réservé en ligne à 20 h 31, payé par carte.**"]
    b = box(slide.shapes, Inches(0.6), Inches(1.35), Inches(8.0), Inches(5.5), CREAM, GREEN2)
    box_text(b, lines, 14.5, INK)
    photo(slide.shapes, Inches(8.9), Inches(1.35), Inches(3.9), Inches(5.5), "[capture : fenêtre de messagerie HippoResa sur le site]")


def s09(slide):
    frame(slide, 9, "Nos réseaux")
    textbox(slide.shapes, Inches(0.6), Inches(1.35), Inches(7.8), Inches(5.5), [
        "**Reels** : le pansage du matin, les balades à Utah Beach (galop à marée basse), les poneys au pré",
        "**Groupe Facebook privé** « Parents du Domaine » : photos des reprises, météo, changements de planning, rappels stages",
        "**Jours de publication** calés sur le planning des reprises : mercredi et samedi (reprises enfants) → on filme dans la journée, on publie le soir",
        "**Stories** chaque soir pendant les colos → les parents suivent la semaine",
        "Programmation dans Meta Business Suite",
    ], 16, space=12)
    photo(slide.shapes, Inches(8.7), Inches(1.5), Inches(4.1), Inches(4.8), "[photo : pansage du matin, capture du reel]")


def s10(slide):
    frame(slide, 10, "Abonnés et portée")
    chart(slide, XL_CHART_TYPE.COLUMN_CLUSTERED, ["janv. 26", "févr. 26", "mars 26", "avr. 26", "mai 26"],
          [("Abonnés Facebook", (2140, 2180, 2260, 2310, 2390)),
           ("Abonnés Instagram", (1420, 1510, 1640, 1780, 1950)),
           ("Portée du mois (Facebook + Instagram)", (8900, 11200, 14600, 12800, 19400))],
          Inches(0.6), Inches(1.3), Inches(12.2), Inches(5.6), "Abonnés et portée par mois",
          fmt="# ##0", colors=[BLUE, BROWN, GREEN2], fs=12)


def s11(slide):
    frame(slide, 11, "Coups de cœur sur HippoResa")
    textbox(slide.shapes, Inches(0.6), Inches(1.35), Inches(6.6), Inches(5.5), [
        "**Badge « coup de cœur »** sur 4 stages : colo poney, galop 3 printemps, balade plage, stage débutant adulte",
        "**Compteur « dernières places »** : s'affiche à 3 places restantes",
        "**Pack stage + gîte** : stage 5 jours + 4 nuits au gîte",
        "**Où** : bannière de la page d'accueil · liste des stages",
    ], 17, space=14)
    photo(slide.shapes, Inches(7.5), Inches(1.4), Inches(5.3), Inches(2.6), "[capture : fiche colo avec badge coup de cœur]")
    photo(slide.shapes, Inches(7.5), Inches(4.2), Inches(5.3), Inches(2.6), "[capture : compteur « plus que 2 places »]")


def s12(slide):
    frame(slide, 12, "Encaissement")
    rows = [["Test", "Smartphone", "iPad", "PC"],
            ["Carte 10 reprises — CB (Stripe)", "OK", "OK", "OK"],
            ["Colo poney — Chèques-Vacances Connect", "OK (appli ANCV)", "OK", "OK"],
            ["Balade plage — CB + 3D Secure", "OK", "OK", "OK"],
            ["Stage + gîte — paiement en 3 fois", "OK", "OK", "OK"],
            ["Anniversaire — acompte CB", "OK", "OK", "OK"]]
    table(slide, rows, [4.2, 1.9, 1.2, 1.2], Inches(0.6), Inches(1.4), Inches(7.6), 13, 0.5)
    textbox(slide.shapes, Inches(0.6), Inches(4.7), Inches(7.6), Inches(0.5),
            ["Tests faits le 3 mars : iPhone 12, Samsung A52, iPad de l'accueil, PC du bureau (Chrome)"], 11, GREY,
            bullet=None, italic=True)
    textbox(slide.shapes, Inches(8.5), Inches(1.35), Inches(4.4), Inches(5.5), [
        "**Stripe** (carte bancaire) branché sur HippoResa",
        "**Chèques-Vacances Connect** (ANCV) depuis mars",
        "Paiement 3D Secure",
        "Paiement en 3 fois",
        "**Pour faire revenir** : carte cavalier · remise fratrie · réservation anticipée · parrainage · album photo de la colo",
    ], 15, space=10)


def s13(slide):
    frame(slide, 13, "Remontée sur Google : nos 8 chantiers")
    g = slide.shapes.add_group_shape()
    g.name = "Fers à cheval — chantiers"
    labels = ["Pages stages réécrites", "Avis Google à demander", "Profil Google complété (photos, horaires)",
              "Vitesse du site (images)", "Page en anglais (balades plage)", "Balises title et meta",
              "Données structurées (adresse, horaires)", "Pages d'atterrissage colo et balade"]
    pos = [(0.7, 1.45), (3.75, 1.7), (6.8, 1.4), (9.85, 1.65), (1.2, 3.55), (4.25, 3.8), (7.3, 3.5), (10.35, 3.75)]
    for lab, (x, y) in zip(labels, pos):
        horseshoe(g.shapes, Inches(x + 0.75), Inches(y), Inches(1.0), BROWN)
        t = g.shapes.add_textbox(Inches(x), Inches(y + 1.05), Inches(2.5), Inches(0.8))
        t.text_frame.word_wrap = True
        p = t.text_frame.paragraphs[0]
        p.alignment = PP_ALIGN.CENTER
        rich(p, lab, 14, INK)
    b = box(slide.shapes, Inches(0.6), Inches(5.85), Inches(12.2), Inches(0.95), GREEN)
    box_text(b, ["**On mesure avec** : Google Analytics 4 · Google Search Console · statistiques HippoResa · Meta Business Suite"],
             16, WHITE, anchor=MSO_ANCHOR.MIDDLE)


def s14(slide):
    frame(slide, 14, "« stage poney Manche » sur Google")
    ch = chart(slide, XL_CHART_TYPE.LINE_MARKERS, ["S%d" % w for w in range(10, 23)],
               [("Position moyenne (Search Console)", (14, 13, 13, 11, 10, 10, 9, 8, 7, 7, 6, 5, 5))],
               Inches(0.6), Inches(1.3), Inches(12.2), Inches(5.6), "Position de « stage poney Manche », semaines 10 à 22",
               colors=[GREEN], legend=False, fs=13)
    ch.value_axis.reverse_order = True
    ch.value_axis.minimum_scale = 1
    ch.value_axis.maximum_scale = 16


def s15(slide):
    frame(slide, 15, "Comment on a trouvé les recherches des parents")
    steps = [("1", "Les questions des parents à l'accueil", "notées pendant 3 semaines sur un cahier au comptoir"),
             ("2", "Les suggestions de Google", "saisie semi-automatique + « Autres questions posées »"),
             ("3", "Les volumes dans Ubersuggest", "volume par mois + période où ça cherche"),
             ("4", "Une page du site par groupe de recherches", "et une seule page par groupe")]
    x = Inches(0.6)
    for n, t, sub in steps:
        c = box(slide.shapes, x, Inches(1.8), Inches(2.75), Inches(0.8), GREEN, shape=MSO_SHAPE.CHEVRON)
        box_text(c, [n], 22, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        b = box(slide.shapes, x, Inches(2.8), Inches(2.75), Inches(3.2), CREAM, GREEN2)
        box_text(b, ["**%s**" % t, "", sub], 16, INK, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE)
        x += Inches(3.07)


RECHERCHES = [
    ("centre équestre saint lo", "390", "septembre (rentrée)", "Saint-Lô", "Accueil"),
    ("poney club saint lo", "210", "septembre", "Saint-Lô", "/poney-club"),
    ("cours équitation saint lo", "170", "septembre", "Saint-Lô", "/reprises"),
    ("stage poney manche", "260", "avril, juillet", "Manche", "/stages"),
    ("colo poney manche", "140", "février → juin", "Manche", "/colo-poney-manche"),
    ("colonie de vacances équitation normandie", "320", "mars → juin", "Normandie", "/colo-poney-manche"),
    ("camp poney été", "110", "mai → juin", "—", "/colo-poney-manche"),
    ("stage équitation vacances printemps", "90", "mars → avril", "—", "/stages"),
    ("stage galop 3", "70", "vacances scolaires", "—", "/stages/galop-3"),
    ("passer son galop 2", "140", "toute l'année", "—", "/galops"),
    ("balade à cheval plage normandie", "480", "juin → août", "Normandie", "/balade-plage-utah-beach"),
    ("balade cheval utah beach", "90", "juillet → août", "Utah Beach", "/balade-plage-utah-beach"),
    ("randonnée cheval manche", "110", "mai → septembre", "Manche", "/balade-plage-utah-beach"),
    ("balade à cheval débutant", "210", "été", "—", "/balades"),
    ("horse riding normandy beach", "170", "juin → août", "Normandie (anglais)", "/en/beach-ride"),
    ("horse riding utah beach", "50", "juin (6 juin)", "Utah Beach (anglais)", "/en/beach-ride"),
    ("équitation plage sainte marie du mont", "30", "été", "Sainte-Marie-du-Mont", "/balade-plage-utah-beach"),
    ("anniversaire poney manche", "70", "toute l'année", "Manche", "/anniversaire-poney"),
    ("anniversaire enfant cheval saint lo", "40", "toute l'année", "Saint-Lô", "/anniversaire-poney"),
    ("baptême poney", "140", "printemps", "—", "/bapteme-poney"),
    ("équitation adulte débutant saint lo", "50", "septembre, janvier", "Saint-Lô", "/reprises"),
    ("carte 10 cours équitation prix", "30", "septembre", "—", "/tarifs"),
    ("tarif cours équitation", "720", "septembre", "—", "/tarifs"),
    ("gîte de groupe manche enfants", "90", "printemps", "Manche", "/gite"),
    ("colo équitation 6 ans", "50", "mai", "—", "/colo-poney-manche"),
    ("chèques vacances équitation", "40", "été", "—", "/tarifs"),
    ("centre équestre condé sur vire", "70", "—", "Condé-sur-Vire", "Accueil"),
    ("stage poney près de bayeux", "40", "vacances scolaires", "Calvados", "/stages"),
]
assert len(RECHERCHES) == 28
REC_HEAD = ["Recherche", "Volume / mois", "Quand ça cherche", "Zone", "Page du site"]


def s16(slide):
    frame(slide, 16, "Tableau des recherches")
    rows = [REC_HEAD] + [list(r) for r in RECHERCHES[:14]]
    table(slide, rows, [4.2, 1.5, 2.4, 2.3, 2.8], Inches(0.6), Inches(1.3), Inches(12.2), 11.5, 0.36)


def s17(slide):
    frame(slide, 17, "Tableau des recherches (suite)")
    rows = [REC_HEAD] + [list(r) for r in RECHERCHES[14:]]
    table(slide, rows, [4.2, 1.5, 2.4, 2.3, 2.8], Inches(0.6), Inches(1.3), Inches(12.2), 11.5, 0.36)
    textbox(slide.shapes, Inches(0.6), Inches(6.75), Inches(12), Inches(0.3),
            ["Volumes Ubersuggest, France, relevés en janvier 2026"], 10, GREY, bullet=None, italic=True)


def s18(slide):
    frame(slide, 18, "Nos pubs : Google et Meta")
    cols = [("Google Ads — « Balades plage »", "mai → septembre", [
                "**Groupes d'annonces par distance** : 0–30 km · 30–80 km · vacanciers présents en Normandie",
                "**Recherches achetées** : balade à cheval plage normandie · balade cheval utah beach · randonnée cheval manche · horse riding normandy beach",
                "**Page** : /balade-plage-utah-beach (et /en/beach-ride)",
                "**Budget** : 12 € / jour"]),
            ("Meta — « Colo poney »", "février → juin", [
                "**Ensembles de pubs par distance** : 0–40 km · 40–80 km · Paris et Île-de-France",
                "**Profils** : parents de 30 à 50 ans, dans les 80 km, centres d'intérêt « équitation », « poney »",
                "**Page** : /colo-poney-manche",
                "**Budget** : 5 à 6 € / jour"])]
    x = Inches(0.6)
    for t, period, lines in cols:
        h = box(slide.shapes, x, Inches(1.35), Inches(6.0), Inches(0.9), GREEN)
        box_text(h, ["**%s**" % t, period], 16, WHITE, anchor=MSO_ANCHOR.MIDDLE)
        b = box(slide.shapes, x, Inches(2.25), Inches(6.0), Inches(4.55), CREAM, GREEN2)
        box_text(b, ["• " + l for l in lines], 17, INK)
        x += Inches(6.2)


def s19(slide):
    frame(slide, 19, "Notre référencement")
    labels = [("École Française d'Équitation", "label FFE — qualité de l'enseignement"),
              ("Poney Club de France", "label FFE — accueil des enfants à poney"),
              ("Cheval Étape", "label FFE — accueil des cavaliers et chevaux en randonnée")]
    x = Inches(0.6)
    for t, sub in labels:
        b = box(slide.shapes, x, Inches(1.5), Inches(3.9), Inches(2.5), CREAM, GREEN)
        box_text(b, ["**%s**" % t, "", sub], 17, INK, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.BOTTOM)
        b.text_frame.margin_bottom = Inches(0.2)
        horseshoe(slide.shapes, x + Inches(1.7), Inches(1.62), Inches(0.5), BROWN)
        x += Inches(4.15)
    textbox(slide.shapes, Inches(0.6), Inches(4.3), Inches(12.2), Inches(2.4), [
        "Référencés dans l'annuaire des clubs de la FFE : disciplines, labels, activités, coordonnées",
        "Logos des labels sur les flyers, sur le site et à l'entrée du club",
    ], 17, space=12)


def s20(slide):
    frame(slide, 20, "Nos 4 annonces")
    rows = [["Pub", "Titre / accroche", "Texte", "Bouton"],
            ["Google — Balades plage", "Balade à cheval à Utah Beach | 2 h au bord de l'eau — 65 €",
             "Balade encadrée par un moniteur diplômé, débutants acceptés dès 12 ans. Réservez en ligne.", "Réserver"],
            ["Google — Balades plage (anglais)", "Horse Riding on Utah Beach | 2-hour beach ride — €65",
             "Guided by a qualified instructor. Beginners welcome from age 12. Book online.", "Book now"],
            ["Meta — Colo poney (image)", "Cet été, ils partent en colo… avec un poney !",
             "6 jours / 5 nuits au Domaine : soins aux poneys, reprises, balade en forêt, veillées au gîte. Dès 7 ans, 520 € tout compris.",
             "En savoir plus"],
            ["Meta — Colo poney (carrousel)", "Une semaine de colo en 5 photos",
             "Pansage, reprise, balade, douche des poneys, boum du vendredi. Il reste des places en juillet !", "Réserver"]]
    table(slide, rows, [2.6, 3.6, 4.8, 1.3], Inches(0.6), Inches(1.4), Inches(12.2), 13.5, 1.0)


def s21(slide):
    frame(slide, 21, "Ce que les pubs ont donné")
    chart(slide, XL_CHART_TYPE.BAR_CLUSTERED, ["Google Ads — Balades plage", "Meta — Colo poney"],
          [("Dépense (€)", (410, 640)), ("Réservations", (23, 17))],
          Inches(0.6), Inches(1.3), Inches(8.4), Inches(5.6), "Dépense et réservations par pub (au 7 juin 2026)",
          colors=[BROWN, GREEN], fs=13)
    b = box(slide.shapes, Inches(9.3), Inches(2.2), Inches(3.5), Inches(2.6), CREAM, GREEN)
    box_text(b, ["**Meta « Colo poney »**", "", "CPC moyen : 0,41 €", "CTR : 1,8 %"], 17, INK,
             align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE)


def s22(slide):
    frame(slide, 22, "Carnet de bord pubs")
    meta = [(40, 1), (40, 1), (35, 2), (35, 1), (40, 2), (40, 1), (35, 1), (35, 2), (40, 1), (40, 1), (35, 1), (35, 1)]
    goog = {19: (70, 3), 20: (85, 4), 21: (95, 6), 22: (90, 6), 23: (70, 4)}
    assert 190 + sum(m[0] for m in meta) == 640 and 2 + sum(m[1] for m in meta) == 17
    assert sum(v[0] for v in goog.values()) == 410 and sum(v[1] for v in goog.values()) == 23
    rows = [["Semaine", "Meta — dépense", "Meta — clics", "Meta — résa", "Google — dépense", "Google — clics",
             "Google — résa", "Remarque"],
            ["S6 à S11 (cumul)", "190 €", "%d" % round(190 / 0.41), "2", "—", "—", "—", "lancement 2 février"]]
    remarks = {12: "", 13: "carrousel ajouté", 14: "", 15: "vacances de printemps", 16: "", 17: "", 18: "",
               19: "lancement Google 4 mai", 20: "pont de l'Ascension", 21: "", 22: "", 23: "semaine du 6 juin"}
    for k, (sp, bk) in enumerate(meta):
        w = 12 + k
        gs = goog.get(w)
        rows.append(["S%d" % w, "%d €" % sp, "%d" % round(sp / 0.41), "%d" % bk,
                     ("%d €" % gs[0]) if gs else "—", ("%d" % round(gs[0] / 0.62)) if gs else "—",
                     ("%d" % gs[1]) if gs else "—", remarks[w]])
    table(slide, rows, [1.9, 1.5, 1.3, 1.2, 1.6, 1.4, 1.3, 2.8], Inches(0.6), Inches(1.3), Inches(12.2), 11, 0.37)


def s23(slide):
    frame(slide, 23, "Ce qu'on suit")
    h1 = box(slide.shapes, Inches(0.6), Inches(1.35), Inches(5.6), Inches(0.6), GREEN)
    box_text(h1, ["Nos indicateurs à nous"], 16, WHITE, True, anchor=MSO_ANCHOR.MIDDLE)
    textbox(slide.shapes, Inches(0.6), Inches(2.05), Inches(5.6), Inches(4.8), [
        "**Taux de remplissage** des stages et des colos (places vendues / places ouvertes), chaque lundi dans HippoResa",
        "**Reprises utilisées par carte** 10 reprises : une carte qui dort = un cavalier qui décroche",
        "**Absences non prévenues** aux balades et aux reprises",
    ], 15, space=12)
    h2 = box(slide.shapes, Inches(6.6), Inches(1.35), Inches(6.2), Inches(0.6), BROWN)
    box_text(h2, ["Les KPI du site (GA4, mars → mai)"], 16, WHITE, True, anchor=MSO_ANCHOR.MIDDLE)
    textbox(slide.shapes, Inches(6.6), Inches(2.05), Inches(6.2), Inches(4.8), [
        "**Trafic** : environ 2 300 sessions / mois, plus de la moitié sur mobile — monte avec les vacances de printemps",
        "**Taux de rebond** : 58 % — beaucoup arrivent sur l'accueil et repartent",
        "**Temps de visite** : 1 min 40 en moyenne, plus long sur les pages colo",
        "**Chargement** : 3,8 s sur mobile — trop lent, les photos sont lourdes",
        "**Abandon** : 64 % des réservations commencées ne vont pas jusqu'au paiement",
    ], 15, space=10)


def s24(slide):
    frame(slide, 24, "Photos et drone : 3 devis")
    rows = [["Prestataire", "Devis (1 journée, 40 photos retouchées, images drone)", "Connaît les chevaux ?",
             "Drone (licence)", "Choix"],
            ["Studio Objectif, Saint-Lô (portrait, mariage)", "590 € (sans drone)", "non", "non", "—"],
            ["Vue d'en Haut, Caen (drone, immobilier)", "940 €", "non", "oui, télépilote", "—"],
            ["Léa Gosselin, photographe équestre, Coutances", "720 €", "oui : concours, élevages, cavalière",
             "oui, télépilote certifiée", "✔ retenue"]]
    table(slide, rows, [3.6, 3.0, 2.4, 2.0, 1.2], Inches(0.6), Inches(1.5), Inches(12.2), 14, 0.85)
    photo(slide.shapes, Inches(0.6), Inches(5.2), Inches(5.8), Inches(1.6), "[photo : Léa en séance pendant la colo]")


def s25(slide):
    frame(slide, 25, "Nos fiches stage")
    h = box(slide.shapes, Inches(0.6), Inches(1.35), Inches(5.8), Inches(0.6), GREEN)
    box_text(h, ["Toujours dans le même ordre"], 16, WHITE, True, anchor=MSO_ANCHOR.MIDDLE)
    textbox(slide.shapes, Inches(0.6), Inches(2.05), Inches(5.8), Inches(4.0), [
        "Galop demandé", "Âge", "Poney ou cheval", "Horaires", "Matériel à apporter", "Hébergement (gîte ou non)",
        "Photo du moniteur qui encadre"], 16, space=5)
    h2 = box(slide.shapes, Inches(6.7), Inches(1.35), Inches(6.1), Inches(0.6), BROWN)
    box_text(h2, ["La recherche « colo poney Manche », placée :"], 16, WHITE, True, anchor=MSO_ANCHOR.MIDDLE)
    b = box(slide.shapes, Inches(6.7), Inches(1.95), Inches(6.1), Inches(3.6), CREAM, BROWN)
    box_text(b, ["**Titre de la page** : Colo poney Manche — 6 jours / 5 nuits | Domaine équestre de la Vire",
                 "**Adresse** : domaine-equestre-vire.fr/colo-poney-manche",
                 "**Grand titre (H1)** : Colo poney dans la Manche : 6 jours au Domaine",
                 "**1re phrase** : « Notre colo poney dans la Manche accueille les enfants de 7 à 14 ans, du dimanche soir au vendredi. »"],
             16, INK)
    textbox(slide.shapes, Inches(0.6), Inches(6.2), Inches(12.2), Inches(0.6),
            ["Sur la fiche : places restantes · prix · photos"], 16, bullet=None)


def s26(slide):
    frame(slide, 26, "La vidéo « Une journée en colo »")
    textbox(slide.shapes, Inches(0.6), Inches(1.35), Inches(5.2), Inches(5.5), [
        "50 secondes, tournées pendant la colo d'août 2025 (accord des parents)",
        "Montage sur **Adobe Premiere Rush** : coupes, musique libre de droits, titres, ralenti sur le galop",
        "Export **1080p, moins de 20 Mo**",
        "**Version verticale** pour reels et stories",
        "Photos du site passées en **WebP**",
    ], 15, space=10)
    chart(slide, XL_CHART_TYPE.COLUMN_CLUSTERED, ["Colo poney", "Stages vacances", "Balade plage", "Accueil"],
          [("Avril 2026 (avant la vidéo)", (410, 620, 530, 1850)), ("Mai 2026 (après la vidéo)", (980, 710, 690, 2040))],
          Inches(6.0), Inches(1.3), Inches(6.8), Inches(5.6), "Pages vues avant / après la vidéo",
          fmt="# ##0", colors=[SAND2, GREEN], fs=12)


def s27(slide):
    frame(slide, 27, "Article prévu : « Quel galop pour quel stage ? »")
    textbox(slide.shapes, Inches(0.6), Inches(1.4), Inches(7.8), Inches(5.4), [
        "**1.** Les galops, c'est quoi ? Du galop 1 au galop 7",
        "**2.** Galop 1 et 2 : les stages découverte et perfectionnement",
        "**3.** Galop 3 et 4 : les stages pour progresser (obstacle, extérieur)",
        "**4.** Pas encore de galop ? Baptême, colo poney, balade",
        "**5.** Comment savoir son niveau ? Le carnet FFE, demander au moniteur",
        "**6.** Tableau récapitulatif galop → stage → âge",
    ], 17, bullet=None, space=12)
    photo(slide.shapes, Inches(8.7), Inches(1.5), Inches(4.1), Inches(4.8), "[photo : passage de galop 2]")


def s28(slide):
    # diapositive laissée vide : titre + espace réservé intact
    frame(slide, 28, "Le blog")
    for ph in slide.placeholders:
        if ph.placeholder_format.idx == 1:
            ph.left, ph.top, ph.width, ph.height = Inches(0.6), Inches(1.5), Inches(12.2), Inches(5.2)
            ph.text_frame.text = "Cliquez pour ajouter du texte"
            for r in ph.text_frame.paragraphs[0].runs:
                r.font.color.rgb = GREY
                r.font.size = Pt(24)


def s29(slide):
    frame(slide, 29, "Le parcours de réservation")
    g = slide.shapes.add_group_shape()
    g.name = "Flèches parcours de réservation"
    steps = [("1", "Liste des stages"), ("2", "« Quel est votre galop ? »"), ("3", "Fiche stage"),
             ("4", "Choix de la semaine"), ("5", "Infos cavalier + option gîte"), ("6", "Paiement (CB ou Chèques-Vacances)")]
    x = Inches(0.6)
    for n, t in steps:
        a = box(g.shapes, x, Inches(1.4), Inches(2.1), Inches(0.95), GREEN, shape=MSO_SHAPE.CHEVRON)
        box_text(a, [n], 20, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        s = box(g.shapes, x + Inches(0.15), Inches(2.45), Inches(1.8), Inches(1.55), SAND2, GREY)
        box_text(s, ["[capture]"], 11, GREY, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE, italic=True)
        lab = g.shapes.add_textbox(x, Inches(4.05), Inches(2.1), Inches(0.8))
        lab.text_frame.word_wrap = True
        p = lab.text_frame.paragraphs[0]
        p.alignment = PP_ALIGN.CENTER
        rich(p, t, 13, INK)
        x += Inches(2.05)
    b = box(slide.shapes, Inches(0.6), Inches(5.0), Inches(4.3), Inches(1.8), GREEN)
    box_text(b, ["**Objectif**", "4 % des visiteurs réservent"], 18, WHITE, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE)
    textbox(slide.shapes, Inches(5.2), Inches(4.95), Inches(7.6), Inches(1.9), [
        "**Ce qui coince** :",
        "le galop demandé trop tôt (étape 2)",
        "l'option gîte cachée en bas de l'étape 5",
        "pas d'Apple Pay",
        "lent en 4G",
    ], 14, space=2)


def s30(slide):
    slide.background.fill.solid()
    slide.background.fill.fore_color.rgb = GREEN
    horseshoe(slide.shapes, Inches(6.1), Inches(1.0), Inches(1.1), SAND)
    textbox(slide.shapes, Inches(1.0), Inches(2.5), Inches(11.3), Inches(1.6), ["Merci ! 🐴"], 60, WHITE, bullet=None,
            align=PP_ALIGN.CENTER)
    textbox(slide.shapes, Inches(1.0), Inches(4.2), Inches(11.3), Inches(1.5),
            ["Des questions ?", "Hugo Marie — Domaine équestre de la Vire, Condé-sur-Vire"], 20, SAND, bullet=None,
            align=PP_ALIGN.CENTER)
    ft = slide.shapes.add_textbox(Inches(0.6), Inches(7.02), Inches(8), Inches(0.35))
    r = ft.text_frame.paragraphs[0].add_run()
    r.text = "Domaine équestre de la Vire — H. Marie — 2026"
    style_run(r, 10, SAND)
    nb = slide.shapes.add_textbox(Inches(12.0), Inches(7.02), Inches(0.9), Inches(0.35))
    p = nb.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.RIGHT
    r = p.add_run()
    r.text = "30"
    style_run(r, 11, SAND, True)


NOTES = {
    3: "Alors, le Domaine équestre de la Vire, c'est un centre équestre familial à Condé-sur-Vire, à dix minutes de "
       "Saint-Lô. Martine Lecoutour l'a créé en 1998, et c'est sa fille Élise qui le dirige depuis 2017 ; Élise a son "
       "DEJEPS et c'est ma tutrice. Moi, je suis moniteur ici depuis 2020 : je donne des reprises tous les jours, et "
       "depuis deux ans on m'a aussi confié le site et les réseaux. "
       "On a 38 équidés, 340 cavaliers licenciés, un manège couvert et un gîte de 24 lits pour les colos. L'an dernier, "
       "on a fait 486 000 euros de chiffre d'affaires, dont un peu moins d'un tiers en ligne, avec le site WordPress et "
       "HippoResa pour les réservations. "
       "Autour de nous, il y a de la concurrence : le Poney-Club de la Baie à Granville, les Cavaliers du Bessin à "
       "Bayeux, et l'Écurie des Marais à Carentan, qui fait aussi des balades sur la plage.",
    4: "Ici, c'est comment les réservations sont arrivées en 2025, tous produits confondus. On voit que l'accueil du "
       "club reste le premier canal : beaucoup de parents réservent en venant chercher leurs enfants après la reprise. "
       "Le site avec HippoResa arrive juste derrière, et c'est surtout là que réservent les familles qui ne sont pas "
       "encore cavalières chez nous, et les touristes. Le téléphone, c'est surtout pour les anniversaires et les balades "
       "de dernière minute. La messagerie Facebook reste petite. "
       "Pour nous, l'idée, c'est de faire monter la part du site, parce qu'une réservation en ligne est payée tout de "
       "suite et ça évite les oublis.",
    5: "L'opération stages d'été, c'est parti d'une discussion avec Élise en décembre. Le toit du manège fuit, il faut "
       "le refaire, et Élise veut le financer sans trop emprunter. Or les colos, c'est notre produit qui rapporte le "
       "plus : le gîte est déjà là, la cavalerie aussi, et les moniteurs sont sur place. L'été dernier, on a rempli 71 % "
       "des places sur les six semaines, donc il restait de la marge. Les balades plage, c'est le deuxième levier de "
       "l'été, avec les touristes. "
       "Pour les médias, on a pris ce qu'on sait faire : Facebook et Instagram, le profil Google qui est très regardé "
       "l'été, des flyers dans les offices de tourisme, et une banderole sur la D974, la route de la plage, que les "
       "gens voient en allant à Utah Beach.",
    6: "Nos alliés, on les a trouvés un peu au fil des rencontres. Je veux surtout parler des campings, parce que "
       "c'est là que c'est le plus logique pour nous. Les quatre campings sont entre Sainte-Marie-du-Mont et Carentan, "
       "à moins de trente minutes. Leurs clients, ce sont des familles en vacances, avec des enfants, qui cherchent une "
       "activité pour une demi-journée, et souvent ils ont vu la plage d'Utah Beach mais jamais à cheval. Les campings, "
       "eux, n'ont pas d'activité équestre, donc on ne leur fait pas concurrence : on complète ce qu'ils proposent à "
       "leur accueil. En échange, on leur laisse des flyers et un code de réduction pour leurs clients. "
       "Les offices de tourisme, Gîtes de France, le blog et les deux CSE, on les a contactés aussi.",
    8: "La messagerie du site, on l'a mise en place en janvier avec le module de HippoResa. C'est moi qui réponds le "
       "soir, ou Camille quand je suis en reprise. "
       "Là, c'est un exemple typique : une maman qui ne sait pas si sa fille a le niveau pour le stage. On pose la "
       "question du galop et de l'âge, on lui dit quel stage et sur quel poney, et on répond tout de suite sur le "
       "matériel, parce que c'est toujours la question d'après. Elle a réservé le soir même, vingt minutes après. "
       "Ce qui marche, c'est de répondre vite et de parler comme on parle à l'accueil.",
    9: "Sur les réseaux, on montre la vie du club. Les reels qui plaisent le plus, c'est le pansage du matin et les "
       "balades sur la plage, surtout au galop à marée basse. "
       "Le groupe Facebook privé, c'est pour les parents des cavaliers : on y met les photos des reprises, la météo, "
       "les changements de planning et les rappels pour les stages. "
       "Pour les jours de publication, on s'est calés sur le planning des reprises : le mercredi et le samedi, il y a "
       "les reprises enfants, donc on filme dans la journée et on publie le soir, quand les parents regardent leur "
       "téléphone. Pendant les colos, on fait une story chaque soir, pour que les parents suivent la semaine de leur "
       "enfant.",
    10: "Là, j'ai mis les abonnés Facebook et Instagram et la portée, mois par mois, de janvier à mai. Les chiffres "
        "viennent de Meta Business Suite, je les ai relevés à la fin de chaque mois. La portée, c'est le nombre de "
        "comptes qui ont vu au moins une de nos publications dans le mois, Facebook et Instagram ensemble.",
    11: "Dans HippoResa, on a trois outils pour faire ressortir des stages. Le badge coup de cœur, qu'on active stage "
        "par stage dans l'administration. Le compteur « dernières places », qui s'affiche tout seul quand il reste trois "
        "places ou moins. Et le pack stage plus gîte, qu'on a créé comme un produit à part, avec les nuits au gîte "
        "incluses. "
        "Les coups de cœur sont affichés sur la bannière de la page d'accueil et dans la liste des stages.",
    12: "Pour l'encaissement, on passe par Stripe, branché sur HippoResa : les parents paient par carte au moment de "
        "réserver. On a ajouté en mars Chèques-Vacances Connect de l'ANCV, parce que beaucoup de familles ont des "
        "chèques-vacances, et avant il fallait les apporter à l'accueil. "
        "Avant de lancer, j'ai testé les paiements sur un smartphone, sur l'iPad de l'accueil et sur le PC du bureau, "
        "et tout est passé. Le paiement est en 3D Secure. On propose aussi le paiement en 3 fois. "
        "Et pour faire revenir les familles, on a listé plusieurs idées : la carte cavalier, la remise fratrie, la "
        "réservation anticipée, le parrainage et l'album photo de la colo.",
    13: "Pour remonter sur Google, on a listé huit chantiers : ce sont les fers à cheval. Il y a le profil Google à "
        "compléter avec des photos et les horaires des vacances, les pages stages à réécrire, les balises title et meta, "
        "la vitesse du site parce que les photos sont lourdes, les avis Google à demander aux parents, une page en "
        "anglais pour les balades plage, les pages d'atterrissage pour les pubs, et les données structurées. "
        "Pour mesurer, on a Google Analytics 4, la Search Console, les statistiques de HippoResa, et Meta Business "
        "Suite pour les réseaux.",
    14: "Ici, c'est la position du site sur la recherche « stage poney Manche », relevée chaque lundi dans la Search "
        "Console, de la semaine 10 à la semaine 22. Attention, l'axe est à l'envers : plus la courbe monte, mieux on est "
        "classé. On voit qu'on gagne des places au fil des semaines, surtout après la réécriture de la page stages en "
        "avril.",
    16: "Voici le tableau des recherches. Pour chaque recherche, il y a le volume par mois donné par Ubersuggest, le "
        "moment de l'année où ça cherche le plus, la zone, et la page du site qui doit répondre. "
        "On a gardé beaucoup de recherches locales, avec Saint-Lô, la Manche ou Condé-sur-Vire, parce qu'on ne sera "
        "jamais premiers sur « stage poney » tout court face aux gros centres, alors que sur « stage poney Manche » on "
        "a nos chances. Et les parents qui tapent Saint-Lô, ce sont des parents qui peuvent venir chaque semaine.",
    17: "La suite du tableau, avec les recherches en anglais. Les balades plage, c'est beaucoup de touristes anglais "
        "et américains qui viennent pour les plages du Débarquement, donc on a « horse riding Normandy beach » et "
        "« horse riding Utah Beach », avec un pic autour du 6 juin. "
        "On voit aussi les saisons : les colos, ça se cherche de février à juin, pas en juillet, quand c'est trop tard ; "
        "les balades plage, de juin à août. C'est ça qui nous a donné les dates des pubs. Les recherches sur les tarifs, "
        "c'est surtout en septembre, au moment des inscriptions à l'année.",
    18: "On a fait deux séries de pubs. Sur Google Ads, les balades plage, de mai à septembre, parce que les gens cherchent "
        "une balade quand ils sont déjà en vacances ou qu'ils préparent leur séjour. On a découpé en groupes d'annonces "
        "par distance : les gens du coin, ceux à moins de 80 kilomètres, et les vacanciers déjà en Normandie. La page "
        "d'atterrissage, c'est la page balade plage, avec sa version anglaise. "
        "Sur Meta, la colo poney, de février à juin, parce que c'est là que les parents réservent les vacances d'été. "
        "On vise les parents de 30 à 50 ans qui aiment l'équitation, dans les 80 kilomètres, plus un ensemble Paris et "
        "Île-de-France pour les familles qui ont une maison de vacances dans la région.",
    19: "Notre référencement, c'est d'abord la Fédération. On a les trois labels de la FFE : École Française "
        "d'Équitation, Poney Club de France et Cheval Étape. Pour les garder, il y a une visite d'un conseiller de la "
        "fédération, qui vérifie la cavalerie, les installations et l'encadrement. Les parents connaissent ces labels, "
        "ils les voient sur les flyers et à l'entrée du club, et ça les rassure. "
        "Et on est dans l'annuaire des clubs de la FFE, avec nos disciplines et nos activités. Quand un parent cherche "
        "un club labellisé dans la Manche, on est dedans.",
    20: "Voici les quatre annonces. Pour Google, j'ai fait une version française et une version anglaise de la balade "
        "plage, avec le prix directement dans le titre, pour que les gens qui cliquent sachent déjà combien ça coûte. "
        "Pour Meta, une annonce avec une image et un carrousel de cinq photos de la colo. Dans les textes, on parle aux "
        "parents : ce que l'enfant va faire, à partir de quel âge, et le prix tout compris. "
        "Petite parenthèse sur la diapo d'avant : on me demande souvent ce qu'il en est des liens. Je n'ai pas encore "
        "regardé quels sites renvoient vers nous, c'est prévu cet hiver.",
    21: "Là, on compare ce qu'on a dépensé et le nombre de réservations pour chaque série de pubs. Pour Meta, on a aussi "
        "regardé le coût par clic et le taux de clic, qui sont dans l'encadré. Le coût par clic est bas, moins cher que "
        "ce qu'on avait prévu au départ, et le taux de clic est bon pour de la pub Facebook, d'après ce qu'on a vu en "
        "formation. Le carrousel a eu un meilleur taux de clic que l'image seule.",
    22: "Le carnet de bord pubs, je le remplis chaque lundi matin : dépense, clics et réservations de la semaine, "
        "pub par pub, à partir de Google Ads, du gestionnaire de publicités Meta et de HippoResa. "
        "Pour les balades plage, on peut calculer le retour par euro investi : on a dépensé 410 euros, ça a donné 23 "
        "balades réservées à 65 euros, donc 1 495 euros de chiffre d'affaires. 1 495 divisé par 410, ça fait environ "
        "3,6 : pour un euro mis dans Google Ads, on récupère à peu près 3,60 euros de balades.",
    23: "Du coup, il y a trois choses qu'on voudrait corriger. Alléger les photos du site, pour faire baisser le temps "
        "de chargement sur mobile. Revoir la page d'accueil pour qu'elle envoie plus vite vers les stages, parce que trop "
        "de gens repartent sans cliquer. Et simplifier la réservation dans HippoResa, parce qu'on perd du monde avant le "
        "paiement. On va voir avec Élise ce qu'on peut faire avant l'été.",
    24: "Pour les photos et les images de drone, on a demandé trois devis. Le studio de Saint-Lô était le moins cher, "
        "mais il n'a jamais travaillé avec des chevaux, et ça se voit tout de suite : un cheval les oreilles en arrière, "
        "une photo prise au mauvais moment du trot. Vue d'en Haut fait du drone, mais pour l'immobilier, et c'était le "
        "plus cher. "
        "Léa Gosselin est photographe équestre : elle fait les concours de la région, elle est cavalière, elle sait se "
        "placer dans une carrière sans faire peur aux chevaux. En plus, elle a sa licence de télépilote, donc elle "
        "pouvait faire les images de drone sur la plage. Elle était au milieu en prix : c'est elle qu'on a prise.",
    25: "Pour les fiches stage, on a fait un modèle qu'on remplit toujours dans le même ordre, parce que les parents "
        "posent toujours les mêmes questions : le galop demandé, l'âge, poney ou cheval, les horaires, ce qu'il faut "
        "apporter, l'hébergement, et la photo du moniteur qui encadre, pour qu'ils voient à qui ils confient leur "
        "enfant. "
        "Pour les recherches, on met la recherche principale dans le titre de la page, dans l'adresse, dans le grand "
        "titre et dans la première phrase. Par exemple pour la colo, c'est « colo poney Manche » partout.",
    26: "La vidéo « Une journée en colo », je l'ai montée sur Adobe Premiere Rush avec les images tournées l'été "
        "dernier, avec l'accord des parents. J'ai gardé cinquante secondes : le réveil au gîte, le pansage, la reprise, "
        "la balade, la veillée. Je l'ai exportée en 1080p, sous 20 Mo pour que ça charge vite sur le site, et j'ai fait "
        "une version verticale pour les reels. On l'a mise en ligne sur la page colo début mai. "
        "Sur le graphique, on compare les pages vues en avril, avant la vidéo, et en mai, après.",
}

BUILDERS = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20,
            s21, s22, s23, s24, s25, s26, s27, s28, s29, s30]
assert len(BUILDERS) == N_SLIDES


def build():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    title_only = prs.slide_layouts[5]
    title_content = prs.slide_layouts[1]
    blank = prs.slide_layouts[6]
    for i, b in enumerate(BUILDERS, 1):
        if i in (1, 30):
            layout = blank
        elif i == 28:
            layout = title_content
        else:
            layout = title_only
        slide = prs.slides.add_slide(layout)
        b(slide)
        if NOTES.get(i):
            slide.notes_slide.notes_text_frame.text = NOTES[i]
    cp = prs.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Soutenance blocs 2, 3 et 4 — Domaine équestre de la Vire"
    cp.subject = "Titre Chef de projet e-commerce — session 2026"
    cp.keywords = ""
    cp.comments = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 31
    buf = io.BytesIO()
    prs.save(buf)
    fixed_zip(buf.getvalue(), PPTX_FILE)


def main():
    os.makedirs(OUT, exist_ok=True)
    build()
    print("ok", N_SLIDES, "diapositives,", len(NOTES), "avec notes")


if __name__ == "__main__":
    main()
