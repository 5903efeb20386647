# Générateur du dossier de la candidate c118 (Porteurs de Garonne, vente et location de vélos cargo, Bordeaux-Bastide)
# — blocs 2 et 4, dossier solide.
# (1) Un PPTX de soutenance de 26 diapositives 16:9 : fond blanc, bande bleue à gauche, titres courts en forme
#     d'affirmation ; 7 graphiques PowerPoint natifs (histogrammes, courbes, secteurs, barres) qui portent seuls
#     leurs chiffres, 5 tableaux ; notes de l'orateur à la première personne sur 21 diapositives (aucune sur
#     1, 2, 14, 24 et 26) ; pied de page « Porteurs de Garonne — A. Bergeron — CPEC 2026 » + numéro.
# (2) Un DOCX « note de synthèse » d'environ 6 pages : Titre 1 numérotés « 1. » à « 5. », 3 tableaux,
#     4 vraies notes de bas de page (partie word/footnotes.xml), en-tête « Note de synthèse — blocs 2 et 4 ».
# Déterministe : propriétés figées, classeurs des graphiques datés, archives zip ré-horodatées et triées.
import copy
import datetime
import io
import os
import re
import zipfile

import xlsxwriter.workbook as _xw
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor as DRGB
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_LABEL_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt as PPt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c118-velos-cargo-bordeaux")
PPTX_FILE = os.path.join(OUT, "porteurs-de-garonne-soutenance-bergeron.pptx")
DOCX_FILE = os.path.join(OUT, "note-de-synthese-porteurs-de-garonne.docx")
AUTHOR = "Anaïs Bergeron"
FIXED = datetime.datetime(2026, 2, 23, 18, 40, 0)
ZIPSTAMP = (2026, 2, 23, 18, 40, 0)
DOC_FIXED = datetime.datetime(2026, 2, 21, 11, 15, 0)
DOC_ZIPSTAMP = (2026, 2, 21, 11, 15, 0)

# Les classeurs Excel embarqués dans les graphiques reçoivent une date de création fixe.
_orig_close = _xw.Workbook.close


def _fixed_close(self):
    self.set_properties({"created": FIXED, "author": AUTHOR})
    return _orig_close(self)


_xw.Workbook.close = _fixed_close

WHITE = RGBColor(0xFF, 0xFF, 0xFF)
BLUE = RGBColor(0x1D, 0x4E, 0x89)
BLUE2 = RGBColor(0x5B, 0x8F, 0xC9)
BLUE_L = RGBColor(0xE8, 0xF0, 0xF9)
NAVY = RGBColor(0x12, 0x2B, 0x4A)
INK = RGBColor(0x2B, 0x2F, 0x36)
GREY = RGBColor(0x7A, 0x80, 0x88)
LIGHT = RGBColor(0xF2, 0xF4, 0xF7)
ORANGE = RGBColor(0xE8, 0x8A, 0x2E)
GREEN = RGBColor(0x3E, 0x8E, 0x5A)
RED = RGBColor(0xC0, 0x45, 0x3A)
FONT = "Calibri"
N_SLIDES = 26


def fixed_zip(data, path, stamp):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(name))


# =============================================================================================== outils PPTX
def style_run(run, size, color=INK, bold=False, italic=False, font=FONT):
    run.font.size = PPt(size)
    run.font.color.rgb = color
    run.font.name = font
    run.font.bold = bold
    run.font.italic = italic


def rich(p, text, size, color=INK, font=FONT, italic=False):
    """Texte avec **gras** en ligne."""
    for part in re.split(r"(\*\*[^*]+\*\*)", text):
        if not part:
            continue
        r = p.add_run()
        if part.startswith("**"):
            r.text = part[2:-2]
            style_run(r, size, color, True, italic, font)
        else:
            r.text = part
            style_run(r, size, color, False, italic, font)


def textbox(slide, x, y, w, h, lines, size=16, color=INK, bullet=None, space=6, anchor=None, align=None,
            italic=False, font=FONT):
    tb = slide.shapes.add_textbox(x, y, w, h)
    tf = tb.text_frame
    tf.word_wrap = True
    if anchor is not None:
        tf.vertical_anchor = anchor
    for k, line in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.space_after = PPt(space)
        if align is not None:
            p.alignment = align
        if bullet:
            r = p.add_run()
            r.text = bullet + " "
            style_run(r, size, BLUE, True, False, font)
        rich(p, line, size, color, font, italic)
    return tb


def rect(slide, x, y, w, h, fill, line=None, shape=MSO_SHAPE.RECTANGLE):
    s = slide.shapes.add_shape(shape, x, y, w, h)
    s.fill.solid()
    s.fill.fore_color.rgb = fill
    if line is None:
        s.line.fill.background()
    else:
        s.line.color.rgb = line
        s.line.width = Emu(9525)
    s.shadow.inherit = False
    return s


def shape_text(s, lines, size, color=INK, bold=False, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP, italic=False):
    tf = s.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    tf.margin_left = tf.margin_right = Inches(0.1)
    tf.margin_top = tf.margin_bottom = Inches(0.06)
    for k, line in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.alignment = align
        p.space_after = PPt(2)
        if bold:
            r = p.add_run()
            r.text = line
            style_run(r, size, color, True, italic)
        else:
            rich(p, line, size, color, italic=italic)


def screenshot(slide, x, y, w, h, caption):
    s = rect(slide, x, y, w, h, LIGHT, RGBColor(0xC4, 0xCA, 0xD2))
    shape_text(s, [caption], 11, GREY, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE, italic=True)
    return s


def frame(slide, num, title):
    band = rect(slide, 0, 0, Inches(0.32), Inches(7.5), BLUE)
    band.name = "Bande bleue"
    if title:
        tb = slide.shapes.add_textbox(Inches(0.75), Inches(0.35), Inches(12.0), Inches(0.9))
        tf = tb.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.BOTTOM
        r = tf.paragraphs[0].add_run()
        r.text = title
        style_run(r, 28 if len(title) <= 50 else 25, NAVY, True)
        rule = rect(slide, Inches(0.77), Inches(1.3), Inches(0.9), Emu(28575), ORANGE)
        rule.name = "Filet"
    ft = slide.shapes.add_textbox(Inches(0.75), Inches(7.0), Inches(8.0), Inches(0.35))
    r = ft.text_frame.paragraphs[0].add_run()
    r.text = "Porteurs de Garonne — A. Bergeron — CPEC 2026"
    style_run(r, 10, GREY)
    nb = slide.shapes.add_textbox(Inches(12.0), Inches(7.0), Inches(0.9), Inches(0.35))
    p = nb.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.RIGHT
    r = p.add_run()
    r.text = str(num)
    style_run(r, 10, GREY, True)


def table(slide, rows, widths, x, y, w, fs, row_h=0.4, first_col_bold=True, header_fill=BLUE):
    nr, nc = len(rows), len(rows[0])
    shape = slide.shapes.add_table(nr, nc, x, y, w, Inches(row_h * nr))
    tb = shape.table
    total = sum(widths)
    for j, ww in enumerate(widths):
        tb.columns[j].width = Emu(int(w * ww / total))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = tb.cell(i, j)
            cell.margin_left = cell.margin_right = Inches(0.07)
            cell.margin_top = cell.margin_bottom = Inches(0.04)
            tf = cell.text_frame
            tf.word_wrap = True
            for k, line in enumerate(val.split("\n")):
                p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                if i == 0:
                    r = p.add_run()
                    r.text = line
                    style_run(r, fs, WHITE, True)
                else:
                    if first_col_bold and j == 0:
                        r = p.add_run()
                        r.text = line
                        style_run(r, fs, NAVY, True)
                    else:
                        rich(p, line, fs, INK)
            cell.fill.solid()
            if i == 0:
                cell.fill.fore_color.rgb = header_fill
            else:
                cell.fill.fore_color.rgb = WHITE if i % 2 else BLUE_L
    return shape


def notes(slide, text):
    if text:
        slide.notes_slide.notes_text_frame.text = text


def chart(slide, kind, cats, series, x, y, w, h, title=None, legend=True, labels=True, fmt="0", colors=None,
          label_size=12, font_size=12):
    cd = CategoryChartData(number_format=fmt)
    cd.categories = cats
    for name, vals in series:
        cd.add_series(name, vals)
    gf = slide.shapes.add_chart(kind, x, y, w, h, cd)
    ch = gf.chart
    ch.font.size = PPt(font_size)
    ch.font.name = FONT
    ch.font.color.rgb = INK
    if title:
        ch.has_title = True
        ch.chart_title.text_frame.text = title
        for p in ch.chart_title.text_frame.paragraphs:
            for r in p.runs:
                style_run(r, 14, NAVY, True)
    else:
        ch.has_title = False
    ch.has_legend = legend
    if legend:
        ch.legend.position = XL_LEGEND_POSITION.BOTTOM
        ch.legend.include_in_layout = False
        ch.legend.font.size = PPt(font_size)
    plot = ch.plots[0]
    if labels:
        plot.has_data_labels = True
        dl = plot.data_labels
        dl.font.size = PPt(label_size)
        dl.number_format = fmt
        dl.number_format_is_linked = False
    if colors:
        if kind in (XL_CHART_TYPE.PIE, XL_CHART_TYPE.DOUGHNUT):
            for i, c in enumerate(colors):
                pt = plot.series[0].points[i]
                pt.format.fill.solid()
                pt.format.fill.fore_color.rgb = c
        else:
            for s, c in zip(plot.series, colors):
                if kind in (XL_CHART_TYPE.LINE_MARKERS, XL_CHART_TYPE.LINE):
                    s.format.line.color.rgb = c
                    s.format.line.width = PPt(2.75)
                    s.smooth = False
                    s.marker.format.fill.solid()
                    s.marker.format.fill.fore_color.rgb = c
                    s.marker.format.line.color.rgb = c
                else:
                    s.format.fill.solid()
                    s.format.fill.fore_color.rgb = c
    return ch


# =============================================================================================== diapositives
def s01(slide):
    rect(slide, 0, 0, Inches(0.32), Inches(7.5), BLUE).name = "Bande bleue"
    textbox(slide, Inches(0.9), Inches(0.8), Inches(11.5), Inches(0.5),
            ["PORTEURS DE GARONNE — VÉLOS CARGO, VENTE ET LOCATION — BORDEAUX-BASTIDE"], 13, BLUE)
    textbox(slide, Inches(0.9), Inches(1.5), Inches(11.5), Inches(1.3), ["Rentrée sans voiture"], 54, NAVY)
    textbox(slide, Inches(0.9), Inches(2.75), Inches(11.0), Inches(1.0),
            ["Faire essayer, faire louer, faire signer : un plan d'attaque, une brique paiement "
             "et des fiches modèles qui déclenchent des essais"], 22, INK, italic=True)
    rect(slide, Inches(0.92), Inches(3.95), Inches(1.2), Emu(28575), ORANGE)
    textbox(slide, Inches(0.9), Inches(4.25), Inches(11.0), Inches(2.2),
            ["Soutenance — titre Chef de projet e-commerce — blocs 2 et 4 — session 2026",
             "**Anaïs Bergeron**, chef de projet e-commerce junior — contrat de professionnalisation, Mastère 2e année",
             "Tutrice : Inès Labat, présidente de Porteurs de Garonne SAS",
             "Pièce jointe : note de synthèse (aides et étalement, club des cargonautes, contenus)"], 16, INK, space=8)
    ft = slide.shapes.add_textbox(Inches(0.9), Inches(7.0), Inches(8.0), Inches(0.35))
    r = ft.text_frame.paragraphs[0].add_run()
    r.text = "Porteurs de Garonne — A. Bergeron — CPEC 2026"
    style_run(r, 10, GREY)


def s02(slide):
    frame(slide, 2, "Le fil de la soutenance")
    parts = [("1", "Le plan d'attaque « Rentrée sans voiture »", "caps, caisses de résonance, écosystème vélo", "3 → 9"),
             ("2", "Échanges en direct et réseaux", "WhatsApp Business, reels, LinkedIn, communautés", "10 → 13"),
             ("3", "Vendre en ligne un objet à 6 000 €", "mise en lumière, brique paiement, aides et étalement, club des cargonautes", "14 → 19"),
             ("4", "Fiches modèles et parcours d'essai", "méthode, vocabulaire cible, images, parcours, grains de sable", "20 → 26")]
    y = Inches(1.75)
    for n, t, sub, rng in parts:
        c = rect(slide, Inches(0.8), y, Inches(0.75), Inches(0.95), BLUE)
        shape_text(c, [n], 28, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        box = rect(slide, Inches(1.6), y, Inches(9.6), Inches(0.95), BLUE_L)
        shape_text(box, ["**%s**" % t, sub], 17, INK, anchor=MSO_ANCHOR.MIDDLE)
        rg = rect(slide, Inches(11.25), y, Inches(1.5), Inches(0.95), WHITE, BLUE)
        shape_text(rg, ["diapos", rng], 14, BLUE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        y += Inches(1.15)
    textbox(slide, Inches(0.8), Inches(6.35), Inches(12), Inches(0.5),
            ["Les arbitrages sur les aides et l'étalement, le club des cargonautes et les contenus éditoriaux "
             "sont développés dans la note de synthèse jointe."], 13, GREY, italic=True)


def s03(slide):
    frame(slide, 3, "Un cargo se vend à l'essai — et déjà un tiers en ligne")
    textbox(slide, Inches(0.8), Inches(1.6), Inches(7.4), Inches(5.2), [
        "**Porteurs de Garonne SAS**, quai de Brazza, Bordeaux-Bastide — créée en 2019 par Inès Labat et Yannick Ferrand, 11 salariés",
        "**CA 2025 : 2,1 M€ HT**, dont **36 %** payé ou réservé en ligne",
        "**WooCommerce** + module de location **Locavélo** : réservations, cautions, contrats, calendrier de la flotte",
        "Location : week-end 89 € · mois 290 € avec option d'achat · pros 390 € HT / mois",
        "Deux publics : familles de la métropole (école, courses, sans deuxième voiture) et artisans du dernier kilomètre",
        "En face : Cargo Family Store, Vélos du Lac, Biporto Direct — livrent partout, n'ont pas d'atelier à Bordeaux",
    ], 15, bullet="▪", space=9)
    models = [("Estuaire Long John VAE", "biporteur · 2 enfants ou 80 kg", "5 490 €"),
              ("Trio Famille VAE", "triporteur · jusqu'à 3 enfants", "6 290 €"),
              ("Longtail Médoc", "longtail · 2 enfants à l'arrière", "3 890 €"),
              ("Cargo Pro 250 L", "caisson 250 L · tournée pro", "7 450 € HT")]
    y = Inches(1.65)
    for name, sub, price in models:
        b = rect(slide, Inches(8.55), y, Inches(4.25), Inches(1.12), BLUE_L)
        shape_text(b, ["**%s**" % name, sub, "**%s**" % price], 13, INK, anchor=MSO_ANCHOR.MIDDLE)
        y += Inches(1.24)


def s04(slide):
    frame(slide, 4, "Rentrée sans voiture : deux caps fixés par Inès")
    textbox(slide, Inches(0.8), Inches(1.6), Inches(7.2), Inches(5.2), [
        "**Fenêtre** : 1er septembre → 31 octobre 2025 — rentrée scolaire et reprise des chantiers",
        "**Cap 1 — les pros** : passer de 20 % à 30 % des ventes d'ici fin 2026, cœur du projet « cyclologistique » d'Inès",
        "**Cap 2 — l'essai** : 120 essais sur les deux mois, parce qu'un essai est notre meilleur argument de vente",
        "**Cap induit — la flotte** : remplir la location en septembre, mois creux après l'été",
        "**Deux promesses** : « Et si la deuxième voiture restait au garage ? » (familles) · « Votre tournée, sans bouchon ni PV » (pros)",
    ], 16, bullet="▪", space=12)
    b = rect(slide, Inches(8.45), Inches(1.75), Inches(4.35), Inches(4.6), NAVY)
    shape_text(b, ["**Projet d'entreprise 2025-2027**", "",
                   "— deuxième poste d'atelier dédié aux Cargo Pro (ouvert en juin 2025)",
                   "— contrats pros de 12 à 48 mois : revenus réguliers, entretien récurrent",
                   "— 300 m² de stockage loués à Floirac pour la flotte de location",
                   "— suivi mensuel d'Inès : part pro des ventes, essais, taux d'occupation de la flotte"],
               14, WHITE)


def s05(slide):
    frame(slide, 5, "Six caisses de résonance, pas une de plus")
    rows = [["Caisse de résonance", "Public visé", "Ce qu'on y a mis", "Rythme / budget"],
            ["Brevo", "4 300 contacts clients et prospects, segmentés familles / pros",
             "séquence « Rentrée sans voiture » en 3 envois par segment, invitation aux portes ouvertes", "6 envois — abonnement existant"],
            ["Instagram", "parents de 30 à 45 ans de la métropole", "reels « Une semaine sans voiture », stories d'essais en boutique",
             "4 publications / semaine"],
            ["LinkedIn", "artisans, commerçants, responsables RSE", "témoignages d'artisans, cas Cargo Pro, page + profil de Sofiane",
             "2 posts / semaine"],
            ["Flyers sortie d'école", "parents de 14 écoles (Bastide, Chartrons, Caudéran)", "flyer A6 + QR code vers le parcours d'essai",
             "6 000 ex. — 410 €"],
            ["Publicité Meta", "familles à 15 km autour du quai de Brazza", "3 visuels, objectif « réservation d'essai »",
             "1 800 € sur 8 semaines"],
            ["Portes ouvertes", "familles et pros", "samedi 27 septembre : essais libres, atelier ouvert, démonstration caisson",
             "650 € (barnum, goûter)"]]
    table(slide, rows, [2.2, 3.2, 4.6, 2.2], Inches(0.8), Inches(1.6), Inches(12.0), 13, 0.62)


def s06(slide):
    frame(slide, 6, "Chaque cap a son public, sa caisse, sa mesure")
    heads = ["Cap", "Public", "Caisses de résonance", "Mesure"]
    rows = [["Pros à 30 % des ventes", "artisans, commerçants de centre-ville, coursiers",
             "LinkedIn, Brevo « pros », portes ouvertes, réseau d'artisans", "devis Cargo Pro, contrats de location pro et LOA signés"],
            ["Essais réservés", "familles avec 1 ou 2 enfants de moins de 8 ans",
             "Instagram, Meta, flyers d'école, portes ouvertes", "essais Locavélo, source lue par UTM"],
            ["Ventes familles", "familles qui ont essayé",
             "Brevo (relance J+3 après essai), échanges en direct", "ventes Estuaire, Trio, Longtail"],
            ["Flotte de location pleine", "familles qui hésitent, pros qui testent",
             "Brevo, Meta, fiche location", "contrats week-end et mois, occupation de la flotte"]]
    x0, y0 = Inches(0.8), Inches(1.6)
    widths = [Inches(2.6), Inches(3.2), Inches(3.3), Inches(2.9)]
    gap = Inches(0.05)
    x = x0
    for j, h in enumerate(heads):
        s = rect(slide, x, y0, widths[j], Inches(0.55), BLUE)
        shape_text(s, [h], 15, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        x += widths[j] + gap
    y = y0 + Inches(0.6)
    for i, row in enumerate(rows):
        x = x0
        for j, val in enumerate(row):
            fill = NAVY if j == 0 else (BLUE_L if i % 2 == 0 else LIGHT)
            s = rect(slide, x, y, widths[j], Inches(1.05), fill)
            shape_text(s, [val], 13.5, WHITE if j == 0 else INK, j == 0, PP_ALIGN.LEFT, MSO_ANCHOR.MIDDLE)
            x += widths[j] + gap
        y += Inches(1.1)
    textbox(slide, Inches(0.8), Inches(6.55), Inches(12), Inches(0.4),
            ["Revue tous les lundis avec Inès — un lien sans paramètre UTM ne part pas."], 12, GREY, italic=True)


def s07(slide):
    frame(slide, 7, "Plus d'essais que prévu, moins de contrats pros")
    chart(slide, XL_CHART_TYPE.COLUMN_CLUSTERED, ["Essais", "Ventes familles", "Contrats pros", "Locations"],
          [("Prévu", (120, 40, 12, 60)), ("Réalisé", (148, 46, 9, 71))],
          Inches(0.8), Inches(1.55), Inches(12.0), Inches(5.3),
          title="Rentrée sans voiture — prévu / réalisé (1er sept. – 31 oct. 2025)", colors=[BLUE2, ORANGE],
          label_size=14, font_size=14)


def s08(slide):
    frame(slide, 8, "Un écosystème vélo choisi pour ceux qui le lisent")
    items = [("Associations de parents d'élèves", "9 écoles de la Bastide, des Chartrons et de Caudéran — lettres aux familles, kermesses"),
             ("Roue Libre Gironde", "association du vélo du quotidien, 2 800 adhérents — bourse aux vélos, ateliers d'autoréparation"),
             ("Artisans de la Rive Droite", "réseau de 140 artisans et commerçants — petit-déjeuner mensuel, annuaire partagé"),
             ("Blog « Papa en cargo »", "un père bordelais teste des vélos cargo avec ses trois enfants — essais longue durée"),
             ("Comparateur « CargoCompare »", "fiches modèles, avis vérifiés, filtre par ville et par revendeur")]
    y = Inches(1.6)
    for t, sub in items:
        s = rect(slide, Inches(0.8), y, Inches(3.6), Inches(0.82), BLUE)
        shape_text(s, [t], 15, WHITE, True, anchor=MSO_ANCHOR.MIDDLE)
        s2 = rect(slide, Inches(4.45), y, Inches(8.35), Inches(0.82), BLUE_L)
        shape_text(s2, [sub], 14, INK, anchor=MSO_ANCHOR.MIDDLE)
        y += Inches(0.92)
    textbox(slide, Inches(0.8), Inches(6.3), Inches(12), Inches(0.5),
            ["**Ce qu'on apporte** : un essai prolongé d'une semaine, un code relais, un atelier « entretien » ou un article en échange."],
            14, INK)


def s09(slide):
    frame(slide, 9, "Ce que rapportent nos relais")
    # graphique laissé avec les données par défaut de PowerPoint
    cd = CategoryChartData()
    cd.categories = ["Catégorie 1", "Catégorie 2", "Catégorie 3", "Catégorie 4"]
    cd.add_series("Série 1", (4.3, 2.5, 3.5, 4.5))
    gf = slide.shapes.add_chart(XL_CHART_TYPE.PIE, Inches(2.4), Inches(1.6), Inches(8.5), Inches(5.2), cd)
    ch = gf.chart
    ch.has_title = True
    ch.chart_title.text_frame.text = "Série 1"
    ch.has_legend = True
    ch.legend.position = XL_LEGEND_POSITION.BOTTOM
    ch.legend.include_in_layout = False


def s10(slide):
    frame(slide, 10, "Un échange en direct signe un contrat… ou perd un essai")
    left = ["**Échange 1 — mardi 16 sept., 8 h 12 — Julien, plombier-chauffagiste à Bègles**",
            "Julien : Bonjour, je fais surtout du dépannage en centre-ville. Votre Cargo Pro, il prend ma caisse à outils et un chauffe-eau de 50 L ?",
            "Anaïs : Bonjour Julien ! Oui : caisson de 250 L, 100 kg de charge utile dans le caisson. Un 50 L couché passe, je vous envoie la cote.",
            "Julien : 7 450 HT d'un coup, c'est dur.",
            "Anaïs : On a une LOA CycloLease Pro sur 36 mois, entretien atelier inclus la 1re année. Je vous fais la simulation ?",
            "Julien : Oui. Et je peux l'essayer chargé ?",
            "Anaïs : Jeudi 7 h 30, avant votre 1re intervention ? Yannick charge le caisson à 80 kg.",
            "**→ Essai jeudi 18, dossier LOA signé le 24 septembre : vendu.**"]
    right = ["**Échange 2 — samedi 4 oct., 21 h 47 — Claire, famille à Arcachon (enfants de 3 et 6 ans)**",
             "Claire : Bonsoir, on hésite entre le Trio et le Long John. On peut venir essayer dimanche ? On ne monte à Bordeaux que le week-end.",
             "Anaïs (lundi 9 h 05) : Bonjour Claire, désolée pour le délai ! Nous sommes fermés le dimanche. Samedi 11 à 10 h ou 14 h ?",
             "Claire : Samedi, il y a le foot du grand… Vous livrez à Arcachon sans essai ?",
             "Anaïs : Oui, livraison 79 €, mais pour un triporteur on conseille vraiment l'essai.",
             "(pas de réponse)",
             "**→ Perdu : un Trio acheté chez Vélos du Lac, essai le dimanche — vu sur son Instagram deux semaines plus tard.**"]
    for x, lines, col in ((Inches(0.8), left, GREEN), (Inches(6.95), right, RED)):
        s = rect(slide, x, Inches(1.6), Inches(5.85), Inches(5.25), LIGHT, col)
        shape_text(s, lines, 13.5, INK)
    textbox(slide, Inches(0.8), Inches(6.88), Inches(6), Inches(0.3), ["WhatsApp Business — captures anonymisées"], 9, GREY, italic=True)


def s11(slide):
    frame(slide, 11, "Les échanges en direct ont doublé en deux mois")
    chart(slide, XL_CHART_TYPE.LINE_MARKERS, ["S36", "S37", "S38", "S39", "S40", "S41", "S42", "S43", "S44"],
          [("Conversations WhatsApp Business + fenêtre d'échange du site", (21, 26, 34, 31, 47, 39, 44, 42, 36))],
          Inches(0.8), Inches(1.55), Inches(12.0), Inches(5.3),
          title="Conversations ouvertes par semaine (sept. – oct. 2025)", colors=[BLUE], label_size=13, font_size=13)


def s12(slide):
    frame(slide, 12, "Une semaine sans voiture, racontée en reels")
    cols = [("Instagram", ["Série de 6 reels **« Une semaine sans voiture »** : la famille Castaing (Caudéran) filmée du lundi au samedi — école, courses, piscine, averse",
                           "Stories d'essais en boutique, sondages « Long John ou triporteur ? »"]),
            ("LinkedIn", ["**« Mardi artisan »** : un témoignage par semaine — boulanger, plombier, fleuriste, coursier",
                          "Posté depuis la page, relayé par Sofiane avec son propre commentaire"]),
            ("Facebook", ["**Groupes de parents** (« Parents Bordeaux Bastide », « Parents des Chartrons ») : check-list siège enfant, itinéraires sans voiture",
                          "Jamais de promotion directe, accord des administrateurs avant chaque post"])]
    x = Inches(0.8)
    for t, lines in cols:
        h = rect(slide, x, Inches(1.6), Inches(3.9), Inches(0.55), BLUE)
        shape_text(h, [t], 16, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        b = rect(slide, x, Inches(2.2), Inches(3.9), Inches(2.9), BLUE_L)
        shape_text(b, lines, 13.5, INK)
        x += Inches(4.05)
    textbox(slide, Inches(0.8), Inches(5.3), Inches(12), Inches(1.5), [
        "**Rythme** : reels lundi et jeudi à 19 h · stories tous les jours · LinkedIn mardi 8 h · groupes Facebook une fois par semaine au plus",
        "**Outillage** : programmation dans Meta Business Suite, couvertures Canva, sous-titres incrustés sur chaque vidéo"],
        14, INK, bullet="▪", space=8)


def s13(slide):
    frame(slide, 13, "Instagram et LinkedIn : ça grimpe")
    chart(slide, XL_CHART_TYPE.LINE_MARKERS, ["août 25", "sept. 25", "oct. 25", "nov. 25", "déc. 25", "janv. 26"],
          [("Abonnés Instagram (milliers)", (6.2, 6.6, 7.5, 8.3, 9.1, 9.8)),
           ("Abonnés LinkedIn (milliers)", (1.1, 1.3, 1.6, 1.9, 2.2, 2.4))],
          Inches(0.8), Inches(1.55), Inches(12.0), Inches(5.3),
          title="Abonnés au 1er de chaque mois", fmt="0.0", colors=[ORANGE, BLUE], label_size=13, font_size=13)


def s14(slide):
    frame(slide, 14, "Mettre en lumière ce qui fait essayer")
    textbox(slide, Inches(0.8), Inches(1.6), Inches(7.3), Inches(5.3), [
        "**Produits vedettes WooCommerce** : Trio Famille VAE et Cargo Pro 250 L épinglés en tête de catégorie "
        "et dans le bloc d'accueil « Nos cargos de la rentrée »",
        "**« Complétez votre cargo »** : ventes croisées paramétrées fiche par fiche — capote pluie, siège Yepp, "
        "sacoche de caisson, antivol U + chaîne — reprises au panier",
        "**Badge « Éligible aide »** : étiquette automatique sur les modèles éligibles à l'aide de Bordeaux Métropole "
        "ou aux aides pros (attribut produit + règle d'affichage)",
        "**Outil de comparaison** : jusqu'à 3 modèles côte à côte — charge utile, autonomie chargé, largeur, "
        "prix après aide",
    ], 14.5, bullet="▪", space=11)
    screenshot(slide, Inches(8.4), Inches(1.65), Inches(4.4), Inches(2.45),
               "[capture : catégorie « Vélos cargo familiaux », badges « Éligible aide »]")
    screenshot(slide, Inches(8.4), Inches(4.3), Inches(4.4), Inches(2.45),
               "[capture : comparateur Trio Famille / Estuaire Long John / Longtail Médoc]")


def s15(slide):
    frame(slide, 15, "Mettre en lumière là où la décision se prend")
    rows = [["Endroit", "Ce qu'on y met en lumière", "Pourquoi à cet endroit"],
            ["Accueil", "bloc « Nos cargos de la rentrée » : Trio Famille + Cargo Pro, bouton « Réserver un essai »",
             "première page des visiteurs venus des flyers et de Meta : les deux publics y trouvent leur modèle"],
            ["Catégorie", "modèles épinglés, badge « Éligible aide », case « comparer »",
             "c'est là qu'on compare : l'aide et la comparaison doivent apparaître avant le clic"],
            ["Fiche modèle", "« Complétez votre cargo », location mois avec option d'achat",
             "le client se projette : les accessoires lèvent un frein (pluie, enfants, vol)"],
            ["Panier", "rappel « Essai gratuit avant livraison », antivol recommandé",
             "le moment où le prix fait peur : on rassure et on sécurise"],
            ["Confirmation de réservation d'essai", "capote et siège à essayer le jour J, location week-end",
             "la personne vient de s'engager : on prépare l'essai et l'après-essai"]]
    table(slide, rows, [2.4, 4.6, 5.0], Inches(0.8), Inches(1.6), Inches(12.0), 14, 0.78)


def s16(slide):
    frame(slide, 16, "Une brique paiement par usage")
    chart(slide, XL_CHART_TYPE.PIE, ["Carte bancaire (Stripe)", "Alma 3x / 4x", "Finéo Mobilité", "Virement pro", "PayPal"],
          [("Part des paiements en ligne", (54, 21, 12, 9, 4))],
          Inches(0.8), Inches(1.55), Inches(6.6), Inches(5.3),
          title="Paiements en ligne par moyen — sept. 2025 – janv. 2026", fmt='0" %"',
          colors=[BLUE, ORANGE, BLUE2, GREEN, GREY], label_size=13, font_size=12)
    textbox(slide, Inches(7.7), Inches(1.7), Inches(5.1), Inches(5.0), [
        "**Stripe** : CB, Apple Pay, Google Pay — et empreinte de caution dans Locavélo",
        "**Alma** : 3x et 4x, accord immédiat au panier",
        "**Finéo Mobilité** : crédit affecté de 10 à 36 mensualités, redirection puis retour boutique",
        "**PayPal** : gardé pour les accessoires",
        "**Virement** : réservé aux comptes pros, sur bon de commande",
    ], 15, bullet="▪", space=12)


def s17(slide):
    frame(slide, 17, "Testé sur quatre écrans, de la fiche au reçu")
    rows = [["Parcours testé", "Ordinateur\nWindows 11, Chrome", "Tablette\niPad, Safari", "iPhone 13\nSafari", "Android\nPixel 7, Chrome"],
            ["Accessoire payé par CB + 3-D Secure", "✔", "✔", "✔ + Apple Pay", "✔ + Google Pay"],
            ["Cargo payé avec Alma 4x", "✔", "✔", "✔", "✔"],
            ["Demande Finéo 24x, retour boutique", "✔", "✔", "✔", "✔"],
            ["Caution d'essai Locavélo (empreinte)", "✔", "✔", "✔", "✔"],
            ["Accessoire payé par PayPal", "✔", "✔", "✔", "✔"],
            ["Commande pro par virement", "✔", "✔", "✔", "✔"]]
    table(slide, rows, [3.6, 2.1, 2.1, 2.1, 2.1], Inches(0.8), Inches(1.55), Inches(12.0), 13, 0.44)
    b = rect(slide, Inches(0.8), Inches(5.35), Inches(12.0), Inches(1.5), BLUE_L)
    shape_text(b, ["**Ce qui rassure à l'écran**",
                   "▪ 3-D Secure sur chaque paiement par carte, logos Stripe / Alma / Finéo au panier, pas de saisie de carte sur notre serveur",
                   "▪ Avis clients vérifiés sur chaque fiche modèle (avis déposés après achat ou location uniquement)",
                   "▪ Caution d'essai : simple empreinte bancaire, libérée le jour même après l'essai — écrit en toutes lettres avant le paiement"],
               13.5, INK)


def s18(slide):
    frame(slide, 18, "Aides et étalement : quatre portes pour payer un cargo")
    rows = [["Offre", "Pour qui", "Ce que ça permet", "Conditions"],
            ["Alma 3x / 4x", "familles", "payer en 3 ou 4 fois par carte, accord immédiat au panier",
             "de 100 € à 8 000 €, sans frais pour le client"],
            ["Finéo Mobilité", "familles", "crédit affecté de 10 à 36 mensualités", "étude en ligne, réponse sous 48 h, TAEG selon la durée"],
            ["CycloLease Pro", "artisans, commerçants, TPE", "location avec option d'achat, loyer HT, entretien en option",
             "24 à 48 mois, Kbis + dernier bilan"],
            ["Dossiers d'aide", "familles et pros", "aide à l'achat de Bordeaux Métropole, aides « vélo utilitaire » pour les pros",
             "on monte le dossier en boutique : facture et attestation conformes"]]
    table(slide, rows, [2.3, 2.4, 4.3, 3.0], Inches(0.8), Inches(1.6), Inches(12.0), 14, 0.85)
    textbox(slide, Inches(0.8), Inches(6.3), Inches(12), Inches(0.5),
            ["Le choix entre ces offres pour une famille est argumenté dans la note de synthèse (§ 3)."], 13, GREY, italic=True)


def s19(slide):
    frame(slide, 19, "Le club des cargonautes : ce qu'on peut proposer")
    items = [("Première révision offerte", "à 500 km ou 3 mois, réglages et serrage du caisson"),
             ("Parrainage", "bon atelier pour le parrain, remise pour le filleul"),
             ("Carte à points WooCommerce", "points sur les accessoires et l'atelier"),
             ("Forfait entretien « Sérénité »", "2 révisions par an, prix fixe"),
             ("Sorties des cargonautes", "balade mensuelle, atelier « réparer sa crevaison »"),
             ("Rappels d'entretien Brevo", "e-mail automatique selon la date d'achat"),
             ("Maintenance de flotte pro", "révisions planifiées, vélo de remplacement")]
    y = Inches(1.6)
    for k, (t, sub) in enumerate(items):
        col = k % 2
        row = k // 2
        x = Inches(0.8) + col * Inches(6.05)
        yy = y + row * Inches(1.22)
        s = rect(slide, x, yy, Inches(5.9), Inches(1.08), BLUE_L)
        shape_text(s, ["**%s**" % t, sub], 14.5, INK, anchor=MSO_ANCHOR.MIDDLE)


def s20(slide):
    frame(slide, 20, "Une fiche modèle se lit comme un essai")
    steps = ["**L'usage** : « école + courses », « tournée de livraison » — une phrase d'ouverture par usage",
             "**La charge utile** : kg, volume du caisson, nombre d'enfants assis",
             "**L'autonomie** réelle, vélo chargé, mesurée sur notre boucle Bastide – Chartrons",
             "**Le moteur** : pédalier ou moyeu, couple, assistance jusqu'à 25 km/h",
             "**Les sièges enfants** : nombre, harnais, capote, âge minimum",
             "**La taille du cycliste** : plage de taille, réglages possibles",
             "**Le prix après aide** : prix affiché, aide déduite, mensualité"]
    tb = slide.shapes.add_textbox(Inches(0.8), Inches(1.6), Inches(6.6), Inches(5.3))
    tf = tb.text_frame
    tf.word_wrap = True
    for k, st in enumerate(steps):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.space_after = PPt(9)
        r = p.add_run()
        r.text = "%d. " % (k + 1)
        style_run(r, 14.5, ORANGE, True)
        rich(p, st, 14.5, INK)
    b = rect(slide, Inches(7.7), Inches(1.6), Inches(5.1), Inches(5.2), BLUE_L)
    shape_text(b, ["**Ce qui fait décider — et pourquoi**",
                   "▪ **Autonomie réelle chargé** : en boutique, personne ne croit le chiffre du fabricant",
                   "▪ **Largeur pour se garer** : la question n°1 au comptoir — porte d'immeuble, local vélo",
                   "▪ **Simulateur d'aide** : le prix net avant de fermer l'onglet",
                   "▪ **Bouton « Réserver un essai »** collé au prix, pas en bas de page"],
               15.5, INK)


def s21(slide):
    frame(slide, 21, "Le vocabulaire cible, là où Google et les parents lisent")
    textbox(slide, Inches(0.8), Inches(1.55), Inches(12), Inches(0.5),
            ["Trois expressions : **« vélo cargo familial Bordeaux »** · **« triporteur électrique »** · **« vélo cargo artisan »**"],
            16, INK)
    code1 = ["Title : Triporteur électrique Trio Famille VAE — vélo cargo familial Bordeaux | Porteurs de Garonne",
             "URL : porteursdegaronne.fr/velo-cargo-familial-bordeaux/triporteur-electrique-trio-famille/",
             "H1 : Trio Famille VAE, le triporteur électrique pour trois enfants",
             "Meta : Triporteur électrique pour 3 enfants, autonomie mesurée vélo chargé. Vélo cargo familial à Bordeaux : essai gratuit quai de Brazza, aide déduite.",
             "Alt : triporteur électrique Trio Famille avec deux enfants sur le quai de Brazza, Bordeaux"]
    code2 = ["Title : Vélo cargo artisan Cargo Pro 250 L — caisson 250 litres | Porteurs de Garonne",
             "URL : porteursdegaronne.fr/velo-cargo-artisan/cargo-pro-250-l/",
             "H1 : Cargo Pro 250 L, le vélo cargo artisan pour la tournée du dernier kilomètre",
             "Meta : Vélo cargo artisan à assistance électrique, caisson 250 L verrouillable. Essai chargé, LOA CycloLease Pro, atelier à Bordeaux.",
             "Alt : vélo cargo artisan Cargo Pro chargé devant une boulangerie de la Bastide"]
    y = Inches(2.2)
    for head, code in (("Fiche Trio Famille VAE", code1), ("Fiche Cargo Pro 250 L", code2)):
        h = rect(slide, Inches(0.8), y, Inches(12), Inches(0.42), BLUE)
        shape_text(h, [head], 13, WHITE, True, anchor=MSO_ANCHOR.MIDDLE)
        b = rect(slide, Inches(0.8), y + Inches(0.42), Inches(12), Inches(1.85), LIGHT)
        tf = b.text_frame
        tf.word_wrap = True
        tf.margin_left = Inches(0.12)
        for k, line in enumerate(code):
            p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
            p.alignment = PP_ALIGN.LEFT
            p.space_after = PPt(2)
            lab, val = line.split(" : ", 1)
            r = p.add_run()
            r.text = lab + " : "
            style_run(r, 12, BLUE, True, font="Consolas")
            r = p.add_run()
            r.text = val
            style_run(r, 12, INK, font="Consolas")
        y += Inches(2.4)


def s22(slide):
    frame(slide, 22, "Des images faites maison, taillées pour le mobile")
    cols = [("Produire", ["**Photos** : Marion au smartphone, même décor sur le quai, lumière du matin",
                          "**Lightroom Classic** : préréglage « Garonne » appliqué par lot — balance des blancs, redressement des verticales, débouchage des ombres — 212 photos traitées et exportées en une passe",
                          "**Film « Dernier kilomètre avec un boulanger »** (50 s) monté dans **DaVinci Resolve** : tournée de 6 h 30 du fournil, Cargo Pro chargé ; dérushage, étalonnage, titrage, musique libre de droits"]),
            ("Mettre en ligne", ["**Photos en WebP**, moins de 250 Ko, 1 600 px de large, chargement différé",
                                 "**Film** : version 16:9 pour la fiche Cargo Pro et YouTube, recadrage **9:16** pour reels et stories",
                                 "**Sous-titres** incrustés : la vidéo se comprend sans le son, dans le tram",
                                 "Vignette choisie, lecture au clic, pas de lecture automatique sur mobile"])]
    x = Inches(0.8)
    for t, lines in cols:
        h = rect(slide, x, Inches(1.6), Inches(5.9), Inches(0.55), BLUE)
        shape_text(h, [t], 16, WHITE, True, PP_ALIGN.CENTER, MSO_ANCHOR.MIDDLE)
        b = rect(slide, x, Inches(2.2), Inches(5.9), Inches(4.6), BLUE_L)
        shape_text(b, ["▪ " + l for l in lines], 15.5, INK)
        x += Inches(6.1)


def s23(slide):
    frame(slide, 23, "Les fiches réécrites déclenchent des essais")
    chart(slide, XL_CHART_TYPE.COLUMN_CLUSTERED,
          ["Estuaire Long John VAE", "Trio Famille VAE", "Longtail Médoc", "Cargo Pro 250 L"],
          [("Essais réservés depuis la fiche", (34, 41, 19, 22))],
          Inches(0.8), Inches(1.55), Inches(12.0), Inches(5.3),
          title="Essais réservés depuis chaque fiche modèle — 3 nov. 2025 – 31 janv. 2026", legend=False,
          colors=[BLUE], label_size=16, font_size=14)


def s24(slide):
    frame(slide, 24, "Taux de conversion atelier")
    tiles = [("38", "vélos classiques passés à l'électrique avec un kit, sept. 2025 – janv. 2026"),
             ("21 / 11 / 6", "vélos de ville / VTC / biporteurs musculaires"),
             ("890 €", "forfait conversion posé, à partir de — kit moteur + batterie 500 Wh"),
             ("5 jours", "délai atelier moyen, de la dépose à la restitution")]
    x = Inches(0.8)
    for big, sub in tiles:
        s = rect(slide, x, Inches(2.0), Inches(2.85), Inches(3.2), BLUE_L)
        shape_text(s, [big], 34, BLUE, True, PP_ALIGN.CENTER, MSO_ANCHOR.TOP)
        p = s.text_frame.add_paragraph()
        p.alignment = PP_ALIGN.CENTER
        rich(p, sub, 14, INK)
        x += Inches(3.05)
    textbox(slide, Inches(0.8), Inches(5.6), Inches(12), Inches(0.8),
            ["Atelier de Yannick Ferrand — conversions posées par Yannick et l'apprenti, garantie 2 ans sur le kit."], 14, GREY,
            italic=True)


def s25(slide):
    frame(slide, 25, "Le parcours d'essai perd du monde au créneau")
    ch = chart(slide, XL_CHART_TYPE.BAR_CLUSTERED,
               ["1. Visite d'une fiche modèle", "2. Clic « Réserver un essai »", "3. Choix d'un créneau",
                "4. Coordonnées + empreinte de caution", "5. Essai confirmé"],
               [("Part des visiteurs de fiche (%)", (100, 41, 12, 7, 5.2))],
               Inches(0.8), Inches(1.55), Inches(7.6), Inches(5.3),
               title="Parcours d'essai — nov. 2025 – janv. 2026 (GA4)", legend=False, fmt='0.0" %"',
               colors=[BLUE], label_size=13, font_size=12)
    ch.category_axis.reverse_order = True
    ch.value_axis.maximum_scale = 100
    ch.value_axis.has_major_gridlines = False
    b = rect(slide, Inches(8.65), Inches(1.6), Inches(4.15), Inches(5.2), BLUE_L)
    shape_text(b, ["**Deux publics, deux objectifs**",
                   "▪ **Familles** : un essai réservé",
                   "▪ **Pros** : une demande de devis",
                   "",
                   "**Vérifiés auprès des visiteurs**",
                   "Sondage Hotjar sur les fiches, 3 semaines, 214 réponses : « Qu'est-ce qui vous ferait passer à l'étape suivante ? »",
                   "▪ familles : « l'essayer avec les enfants » en tête",
                   "▪ pros : « connaître le loyer mensuel » et « un devis rapide »"],
               14.5, INK)


def s26(slide):
    frame(slide, 26, "Deux sessions regardées, trois grains de sable à retirer")
    sess = [("Session A — famille, iPhone, 4 min 12 s, arrivée par un reel",
             "Fiche Trio → cherche le prix après aide, ne le trouve pas → panier : l'aide apparaît enfin → retour fiche → "
             "calendrier d'essai : cherche un samedi, aucun créneau → quitte. Objectif « essai » manqué au créneau."),
            ("Session B — artisan, ordinateur, 6 min 40 s, arrivé par LinkedIn",
             "Fiche Cargo Pro → comparateur avec l'Estuaire → « Demander un devis » → formulaire de 9 champs, s'arrête au "
             "7e (« volume annuel de livraisons ») → quitte ; revient deux jours plus tard par WhatsApp. Objectif « devis » retardé.")]
    x = Inches(0.8)
    for t, d in sess:
        s = rect(slide, x, Inches(1.55), Inches(5.9), Inches(1.95), LIGHT, BLUE2)
        shape_text(s, ["**%s**" % t, d], 12, INK)
        x += Inches(6.1)
    rows = [["Grain de sable", "Correction", "Qui", "Pour quand"],
            ["L'aide n'apparaît qu'au paiement", "prix après aide affiché sur la fiche et la catégorie, simulateur remonté sous le prix",
             "Marion", "15 févr. 2026"],
            ["Aucun créneau d'essai le samedi en ligne", "6 créneaux ouverts le samedi matin dans Locavélo, essais pris par Yannick",
             "Yannick + Anaïs", "7 févr. 2026"],
            ["Formulaire de devis à 9 champs", "4 champs (nom, métier, téléphone, usage), le reste au téléphone",
             "Sofiane + Anaïs", "28 févr. 2026"]]
    table(slide, rows, [3.2, 5.4, 1.7, 1.7], Inches(0.8), Inches(3.75), Inches(12.0), 12.5, 0.55)
    textbox(slide, Inches(0.8), Inches(6.45), Inches(12), Inches(0.4),
            ["Merci — place aux questions."], 14, BLUE, italic=True)


NOTES = {
    3: "Porteurs de Garonne, c'est une boutique-atelier de onze personnes sur le quai de Brazza, côté Bastide. "
       "Inès Labat et Yannick Ferrand l'ont créée en 2019 ; Inès dirige, Yannick tient l'atelier. En 2025, le chiffre "
       "d'affaires a atteint 2,1 millions d'euros hors taxes, et plus d'un tiers est déjà payé ou réservé en ligne, via "
       "WooCommerce et Locavélo, le module qui gère la location. "
       "Je suis arrivée en contrat de professionnalisation après quatre ans de coordination transport : la tournée, "
       "le dernier kilomètre, je connais. Mon périmètre : le site, Locavélo, Brevo, les réseaux et les échanges en direct. "
       "Sofiane Haddad suit les comptes pros, Marion Duprat fait le web et les photos. "
       "Face à nous, Cargo Family Store, Vélos du Lac et Biporto Direct vendent en ligne et livrent partout. Notre "
       "différence tient en deux mots : essai et atelier. Tout ce que je présente aujourd'hui essaie d'amener le "
       "visiteur du site jusqu'à un essai sur le quai.",
    4: "Le plan d'attaque part du projet d'Inès, pas d'une envie de communication. Son plan à trois ans, c'est la "
       "cyclologistique : elle a ouvert en juin un deuxième poste d'atelier pour les Cargo Pro et veut que les pros "
       "pèsent 30 % des ventes fin 2026, contre 20 % aujourd'hui. Les contrats pros durent, ils génèrent de "
       "l'entretien, ils lissent la saison. "
       "Le deuxième cap, ce sont les essais. Notre historique est clair : un essai sur le quai convertit beaucoup mieux "
       "qu'une fiche lue en ligne, et sans essai, un triporteur à 6 000 euros ne se vend pas. J'ai donc fixé 120 essais "
       "sur les deux mois avec Inès. "
       "Septembre et octobre, parce que c'est la rentrée : les familles réorganisent leurs trajets d'école, les "
       "artisans reprennent les chantiers. Chaque cap est rattaché à un indicateur qu'Inès suit déjà dans son "
       "tableau mensuel, pour que le plan se lise dans ses propres chiffres.",
    5: "J'ai retenu six caisses de résonance, chacune parce qu'elle touche un public précis. Brevo, parce que nous "
       "avons 4 300 contacts qualifiés que nous n'exploitions qu'une fois par trimestre ; je les ai séparés en "
       "familles et pros. Instagram pour les parents de trente à quarante-cinq ans, LinkedIn pour les artisans et les "
       "responsables RSE qui cherchent à verdir leurs tournées. "
       "Les flyers à la sortie des écoles sont la caisse la plus locale et la moins chère par contact : 6 000 "
       "exemplaires pour 410 euros, distribués par Marion et moi sur quatorze écoles. La publicité Meta vient amplifier "
       "les reels dans un rayon de quinze kilomètres. Les portes ouvertes du 27 septembre servent les deux publics. "
       "J'ai écarté TikTok, faute de temps pour produire, la radio locale, trop chère pour un rayon aussi large, et "
       "la presse, que nous ne savions pas mesurer.",
    6: "Ce tableau, je l'ai présenté à Inès fin juillet, avant toute dépense. Chaque ligne part d'un cap et descend "
       "jusqu'à une mesure : si une caisse de résonance n'avait pas de mesure associée, je ne la lançais pas. "
       "Pour les pros, le public, ce sont les artisans et commerçants qui livrent en centre-ville : on les touche par "
       "LinkedIn, par un envoi Brevo dédié et par le réseau d'artisans, et on compte les devis et les contrats signés. "
       "Pour les essais, on vise les familles avec de jeunes enfants, là où elles sont : Instagram, Meta, la sortie "
       "d'école. Chaque lien porte un paramètre UTM, et Locavélo enregistre la source de chaque réservation d'essai. "
       "Les ventes familles se jouent après l'essai, avec une relance Brevo à trois jours et les échanges en direct. "
       "Enfin la flotte de location sert ceux qui hésitent encore. Tous les lundis, on relisait ce tableau ensemble.",
    7: "Voici ce que le plan a donné, en regard de ce que j'avais annoncé. Les essais dépassent nettement l'objectif : "
       "les portes ouvertes à elles seules ont rempli la journée du 27 septembre, et la réservation en ligne a "
       "fonctionné dès la première semaine de publicité. Les ventes familles suivent, un peu au-dessus du prévu, ce qui "
       "confirme le lien entre essai et achat. La location dépasse aussi la cible, tirée par la formule au mois avec "
       "option d'achat, qui rassure les familles qui hésitent. "
       "Le point faible, ce sont les contrats pros, en dessous de l'objectif. J'y vois trois causes : l'accord "
       "CycloLease a demandé jusqu'à trois semaines pour deux dossiers, Sofiane était en congé la deuxième quinzaine "
       "d'octobre, et deux artisans attendent un caisson sur mesure. Ces trois dossiers sont en cours ; le cap pro "
       "est donc décalé, pas abandonné, et j'ai prévu une relance dédiée en février.",
    8: "L'écosystème vélo, je l'ai choisi en regardant qui lit chaque relais. Les associations de parents d'élèves, "
       "c'est exactement notre public famille, au moment exact où il réorganise ses trajets ; la lettre aux familles "
       "de la rentrée est lue par tous les parents d'une école. Roue Libre Gironde réunit des cyclistes déjà convaincus "
       "qui passent au cargo à l'arrivée d'un deuxième enfant, et qui sont sensibles à la présence d'un atelier. "
       "Artisans de la Rive Droite, ce sont nos futurs clients pros : même quartier, mêmes contraintes de livraison, et "
       "une confiance entre pairs qu'aucune publicité n'achète. Papa en cargo est lu par des parents qui hésitent, en "
       "majorité girondins selon son auteur : ses essais longue durée répondent aux questions qu'on nous pose en "
       "boutique. CargoCompare capte ceux qui comparent déjà, au moment où ils choisissent un revendeur. "
       "À l'inverse, j'ai décliné un influenceur national : son audience recoupait trop peu la métropole.",
    9: "chiffres partenaires à remplacer",
    10: "Ces deux échanges viennent de WhatsApp Business, que nous utilisons avec la fenêtre d'échange du site. Le premier montre ce "
        "qui marche : Julien pose une question technique à 8 h, avant sa tournée. Je réponds en quelques minutes, avec "
        "la charge utile et la cote du caisson, puis je traite l'objection du prix par la LOA, et surtout je propose un "
        "essai en conditions réelles, caisson chargé, à une heure qui convient à un artisan. Le dossier est signé six "
        "jours plus tard. "
        "Le second est une vente perdue, et je la montre exprès. Claire écrit un samedi soir, je réponds le lundi : "
        "trop tard. Elle veut essayer le dimanche, nous sommes fermés, et le samedi que je propose ne lui convient pas. "
        "Elle achète finalement chez Vélos du Lac, qui fait des essais le dimanche. Deux leçons : une permanence de "
        "réponse le week-end, et des créneaux d'essai qui collent aux familles qui viennent de loin.",
    11: "Le volume des échanges en direct a fortement augmenté sur la période : on part d'une vingtaine de "
        "conversations par semaine début septembre et on termine l'automne à un niveau presque double. Le pic de la "
        "semaine 40 correspond à la semaine qui suit les portes ouvertes, quand les gens qui sont venus reviennent avec "
        "leurs questions. La semaine 39 est un peu plus calme, et on observe un léger tassement en fin de période, au "
        "moment des vacances de la Toussaint. "
        "Les échanges arrivent surtout le soir, après 20 h, et le lundi matin, après le week-end. WhatsApp Business "
        "représente la grande majorité des conversations, la fenêtre d'échange du site une petite part. Pour moi, c'est le signe "
        "que ce canal est devenu un vrai point d'entrée du site, au même titre que le formulaire de contact.",
    12: "Sur les réseaux, j'ai appliqué une règle simple : montrer l'usage, pas le vélo. La série « Une semaine sans "
        "voiture » suit une vraie famille de Caudéran du lundi au samedi, y compris sous l'averse du jeudi ; chaque reel "
        "dure moins de quarante secondes, commence par l'enfant et finit sur le trajet. "
        "Sur LinkedIn, le « Mardi artisan » donne la parole à un professionnel par semaine. Je publie depuis la page, "
        "et Sofiane partage avec son commentaire : son réseau personnel est plus large que celui de la page. "
        "Les groupes Facebook de parents sont des espaces où la publicité est mal vue : j'y poste du contenu utile, une "
        "check-list pour choisir un siège enfant, des itinéraires sans voiture vers les écoles, toujours avec l'accord "
        "des administrateurs. "
        "Le rythme est fixe et programmé dans Meta Business Suite, pour tenir même les semaines chargées.",
    13: "Voici l'évolution des abonnés sur nos deux réseaux principaux, relevée le premier de chaque mois. Ça grimpe, "
        "et ça grimpe des deux côtés. Instagram reste de loin notre plus grosse communauté ; LinkedIn part de beaucoup "
        "plus bas, mais la pente est plus raide : le nombre d'abonnés a plus que doublé sur la période. "
        "La progression est régulière, il n'y a pas de mois à plat, même en décembre où l'activité en boutique ralentit. "
        "Inès regarde surtout la courbe LinkedIn, parce que c'est là que sont les artisans. Je continue le relevé "
        "chaque mois, au même jour, pour garder une série propre jusqu'à l'été.",
    15: "J'ai choisi chaque emplacement en suivant le chemin réel d'un visiteur. L'accueil est la porte d'entrée des "
        "visiteurs qui arrivent des flyers et de Meta : ils doivent y voir tout de suite les deux modèles phares, un "
        "pour chaque public, et le bouton d'essai. "
        "La catégorie est l'endroit où l'on compare ; c'est donc là que le badge « Éligible aide » et la case "
        "« comparer » ont le plus d'effet, avant même d'ouvrir une fiche. Sur la fiche, le visiteur se projette : les "
        "ventes croisées répondent aux freins qu'on entend en boutique, la pluie, la sécurité des enfants, le vol. "
        "Au panier, le prix fait peur : on rappelle que l'essai est gratuit avant livraison. Enfin la confirmation de "
        "réservation d'essai est un emplacement que personne n'exploitait : la personne vient de s'engager, c'est le "
        "moment de lui proposer d'essayer aussi la capote et le siège, et de parler de la location week-end.",
    16: "La brique paiement a été pensée usage par usage. Stripe est installé avec l'extension officielle WooCommerce : "
        "carte, Apple Pay et Google Pay ; Locavélo s'appuie aussi sur Stripe pour l'empreinte de caution des essais et "
        "des locations. Alma, installé par son module WooCommerce, propose le paiement en 3 ou 4 fois directement au "
        "panier. Finéo Mobilité fonctionne par redirection : le client remplit sa demande de crédit chez Finéo, puis "
        "revient sur la boutique avec son accord. "
        "PayPal est resté actif pour les accessoires, où il rassure les acheteurs occasionnels. Le virement n'apparaît "
        "que pour les comptes pros validés par Sofiane, avec bon de commande, parce que les entreprises paient "
        "rarement un vélo à 7 450 euros par carte. La répartition montre que la carte reste majoritaire, mais que "
        "l'étalement pèse déjà un tiers des paiements.",
    17: "Avant le lancement, du 8 au 10 septembre, j'ai testé chaque parcours de paiement sur quatre écrans : un "
        "ordinateur sous Windows avec Chrome, un iPad, un iPhone et un smartphone Android. D'abord en mode test, puis "
        "avec un vrai paiement d'un euro, remboursé ensuite. Les vingt-quatre parcours sont passés, y compris la "
        "redirection Finéo, qui était ma principale inquiétude sur mobile. "
        "Pour la confiance, trois éléments. Le 3-D Secure sur chaque paiement par carte, avec les logos des "
        "prestataires au panier : le client voit qu'il ne saisit pas sa carte chez nous. Les avis vérifiés, qui ne "
        "peuvent être déposés qu'après un achat ou une location réels. Et la caution d'essai, qui faisait peur : j'ai "
        "fait écrire noir sur blanc, avant le paiement, qu'il s'agit d'une empreinte libérée le jour même après "
        "l'essai. Les questions sur la caution ont presque disparu des échanges en direct.",
    18: "Un vélo cargo coûte le prix d'une petite voiture d'occasion : sans solution d'étalement, beaucoup de familles "
        "s'arrêtent au prix. J'ai donc recensé les offres qui correspondent à nos deux publics. "
        "Pour les familles, Alma en 3 ou 4 fois pour celles qui ont l'argent mais veulent lisser, et Finéo Mobilité, "
        "un crédit affecté jusqu'à 36 mois, pour celles qui raisonnent en mensualités. Pour les pros, CycloLease Pro, "
        "une location avec option d'achat, avec un loyer hors taxes que l'artisan passe en charges. "
        "La quatrième porte n'est pas un financeur : c'est l'accompagnement des dossiers d'aide. En boutique, on monte "
        "le dossier avec le client, on vérifie que la facture et l'attestation sont conformes. "
        "Le choix entre Alma et Finéo pour une famille demande un vrai raisonnement ; je l'ai développé dans la note "
        "de synthèse.",
    19: "J'ai fait l'inventaire de ce que nous pouvons proposer pour que nos clients reviennent et nous "
        "recommandent. Certains dispositifs existent déjà à moitié : Yannick offrait parfois la première révision, sans "
        "règle écrite. D'autres sont prêts à l'emploi dans WooCommerce, comme la carte à points. "
        "Le parrainage a du sens parce que nos clients sont visibles : un triporteur devant une école, c'est une "
        "publicité qui roule, et les parents posent des questions au propriétaire. Le forfait « Sérénité » et la "
        "maintenance de flotte relèvent plutôt de l'atelier, les sorties des cargonautes de l'animation. "
        "L'idée du nom « club des cargonautes » vient d'un client, qui l'a écrit dans un avis. "
        "Ce recensement sert de base au choix que je présente dans la note de synthèse.",
    20: "La fiche modèle, je l'ai réécrite comme un essai commenté : dans l'ordre des questions qu'on nous pose en "
        "boutique. On commence par l'usage, parce qu'un parent ne cherche pas un triporteur, il cherche à emmener deux "
        "enfants à l'école. Viennent ensuite la charge utile, l'autonomie réelle mesurée par Yannick vélo chargé, le "
        "moteur, les sièges, la taille du cycliste et, en dernier, le prix après aide. "
        "À droite, les éléments qui font décider. La largeur du vélo pour se garer, c'est la question numéro un au "
        "comptoir ; nous l'affichons avec la largeur d'une porte standard. Le simulateur d'aide donne le prix net, et "
        "le bouton de réservation d'essai est collé au prix. "
        "Pour les visuels de ces fiches, je n'ai pas encore consulté de photographe ni de vidéaste, Marion fait tout au "
        "smartphone.",
    21: "Le vocabulaire cible vient de trois sources : les requêtes de la Search Console, les suggestions de Google, "
        "et les mots que les clients emploient vraiment en boutique. « Vélo cargo familial Bordeaux » porte l'intention "
        "locale, « triporteur électrique » le type de vélo, « vélo cargo artisan » notre public pro. "
        "J'ai attribué une expression principale à chaque fiche pour qu'elles ne se concurrencent pas. Sur la fiche "
        "Trio, l'expression locale est dans le title, dans l'URL et dans la méta-description, le type de vélo est dans "
        "le H1 et dans le texte alternatif de la photo principale. Pour le Cargo Pro, même logique avec « vélo cargo "
        "artisan ». "
        "La méta-description n'est pas un classement direct, mais c'est elle qui donne envie de cliquer : j'y mets "
        "toujours l'essai gratuit et le quai de Brazza.",
    22: "Marion photographie les modèles au smartphone, toujours dans le même décor "
        "sur le quai, pour que les fiches aient une vraie cohérence. Je traite ensuite les photos par lot dans "
        "Lightroom Classic avec un préréglage que nous avons construit ensemble : balance des blancs, redressement des "
        "verticales, ombres débouchées. "
        "Le film « Dernier kilomètre avec un boulanger » suit la tournée du fournil de la Bastide à 6 h 30. Je l'ai "
        "monté dans DaVinci Resolve : dérushage, étalonnage, titrage, musique libre de droits, cinquante secondes au "
        "total. "
        "Côté mise en ligne, les photos passent en WebP sous 250 Ko, et le film existe en deux formats : 16:9 pour la "
        "fiche et YouTube, 9:16 pour les reels. Il est sous-titré, parce qu'on le regarde souvent sans le son.",
    23: "Après la réécriture des quatre fiches modèles, mise en ligne le 3 novembre, j'ai suivi les essais réservés "
        "directement depuis chaque fiche, grâce à l'événement du bouton « Réserver un essai » dans Locavélo. "
        "Le Trio Famille arrive en tête, ce qui colle à notre public famille, suivi de l'Estuaire Long John. Le Cargo "
        "Pro génère un volume intéressant pour un modèle réservé aux professionnels : les artisans réservent un essai "
        "chargé, souvent tôt le matin. Le Longtail Médoc ferme la marche, c'est aussi notre modèle le moins cher, "
        "souvent acheté sans essai. "
        "Ce suivi par fiche me sert maintenant de référence pour les prochaines réécritures.",
    25: "Le parcours d'essai est suivi dans GA4 avec cinq événements, de la vue de la fiche jusqu'à la confirmation de "
        "l'essai dans Locavélo ; l'exploration en entonnoir se relit à tout moment. "
        "Les objectifs sont différents selon le public : pour une famille, la réussite, c'est un essai réservé ; pour "
        "un artisan, c'est une demande de devis. Je ne voulais pas les poser au hasard, alors j'ai lancé un sondage "
        "Hotjar sur les fiches pendant trois semaines. Les familles répondent d'abord qu'elles veulent essayer avec les "
        "enfants, les pros qu'ils veulent connaître le loyer mensuel et obtenir un devis rapide. Nos deux objectifs "
        "sont donc les bons. "
        "Le graphique montre où l'on perd du monde : la grosse marche est entre le clic et le choix du créneau. "
        "Les enregistrements de sessions de la diapositive suivante expliquent pourquoi.",
}

BUILDERS = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20,
            s21, s22, s23, s24, s25, s26]
assert len(BUILDERS) == N_SLIDES


def build_pptx():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    blank = prs.slide_layouts[6]
    for i, b in enumerate(BUILDERS, 1):
        slide = prs.slides.add_slide(blank)
        slide.background.fill.solid()
        slide.background.fill.fore_color.rgb = WHITE
        b(slide)
        notes(slide, NOTES.get(i))
    cp = prs.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Porteurs de Garonne — Rentrée sans voiture — soutenance blocs 2 et 4"
    cp.subject = "Soutenance CPEC 2026"
    cp.keywords = ""
    cp.comments = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 23
    buf = io.BytesIO()
    prs.save(buf)
    fixed_zip(buf.getvalue(), PPTX_FILE, ZIPSTAMP)


# =============================================================================================== note de synthèse DOCX
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES = []


def druns(par, text, size=None):
    for chunk in re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*|\[\[\d+\]\])", text):
        if not chunk:
            continue
        m = re.fullmatch(r"\[\[(\d+)\]\]", chunk)
        if m:
            add_footnote_ref(par, int(m.group(1)))
            continue
        if chunk.startswith("**"):
            r = par.add_run(chunk[2:-2]); r.bold = True
        elif chunk.startswith("*"):
            r = par.add_run(chunk[1:-1]); r.italic = True
        else:
            r = par.add_run(chunk)
        if size:
            r.font.size = Pt(size)
    return par


def add_footnote_ref(par, nid):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "FootnoteReference"); rpr.append(rs)
    va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript"); rpr.append(va)
    r.append(rpr)
    fr = OxmlElement("w:footnoteReference"); fr.set(qn("w:id"), str(nid))
    r.append(fr)
    par._p.append(r)


def footnotes_xml():
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<w:footnotes xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' % W_NS,
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
             '</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for nid, text in FOOTNOTES:
        parts.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                     '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                     '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                     % (nid, esc(text)))
    parts.append("</w:footnotes>")
    return "".join(parts).encode("utf-8")


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def page_field(par):
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        r = par.add_run()
        if kind == "instr":
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; r._r.append(it)
        elif kind == "text":
            r.text = txt
        else:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); r._r.append(fc)
        r.font.size = Pt(9)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.25
    h1 = doc.styles["Heading 1"]
    h1.font.name = "Calibri"
    h1.font.size = Pt(15)
    h1.font.color.rgb = DRGB(0x1D, 0x4E, 0x89)
    h1.paragraph_format.space_before = Pt(18)
    h1.paragraph_format.space_after = Pt(8)
    h2 = doc.styles["Heading 2"]
    h2.font.name = "Calibri"
    h2.font.size = Pt(12.5)
    h2.font.color.rgb = DRGB(0x12, 0x2B, 0x4A)
    fts = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    fts.base_style = doc.styles["Normal"]
    fts.font.size = Pt(8.5)
    fts.paragraph_format.space_after = Pt(0)
    fts.paragraph_format.line_spacing = 1.0
    frs = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    frs.font.superscript = True

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sec.top_margin = Cm(2.3)
    sec.bottom_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Note de synthèse — blocs 2 et 4"); r.font.size = Pt(9); r.font.color.rgb = DRGB(0x7A, 0x80, 0x88)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Porteurs de Garonne — Anaïs Bergeron — page "); r.font.size = Pt(9)
    page_field(fp)

    def P(text, after=6, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
        p = doc.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        druns(p, text)
        return p

    def BUL(items):
        for it in items:
            p = doc.add_paragraph(style="List Bullet")
            p.paragraph_format.space_after = Pt(3)
            druns(p, it)

    def T(rows, widths, caption):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, wd in enumerate(widths):
            t.columns[j].width = Cm(wd)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = t.cell(i, j)
                c.width = Cm(widths[j])
                c.text = ""
                par = c.paragraphs[0]
                par.paragraph_format.space_after = Pt(0)
                par.paragraph_format.line_spacing = 1.0
                druns(par, v, 9.5)
                if i == 0:
                    for rr in par.runs:
                        rr.bold = True
                        rr.font.color.rgb = DRGB(0xFF, 0xFF, 0xFF)
                    shade(c, "1D4E89")
                elif i % 2 == 0:
                    shade(c, "E8F0F9")
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(3)
        p.paragraph_format.space_after = Pt(10)
        rr = p.add_run(caption); rr.italic = True; rr.font.size = Pt(9)

    def FN(nid, text):
        FOOTNOTES.append((nid, text))

    # ---- page de titre (haut de la première page)
    p = doc.add_paragraph()
    r = p.add_run("PORTEURS DE GARONNE — VÉLOS CARGO, VENTE ET LOCATION — BORDEAUX-BASTIDE")
    r.font.size = Pt(10); r.font.color.rgb = DRGB(0x1D, 0x4E, 0x89); r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("Note de synthèse — « Rentrée sans voiture » et fiches modèles")
    r.font.size = Pt(20); r.bold = True; r.font.color.rgb = DRGB(0x12, 0x2B, 0x4A)
    p = doc.add_paragraph()
    r = p.add_run("Anaïs Bergeron — chef de projet e-commerce junior, contrat de professionnalisation — "
                  "titre Chef de projet e-commerce, blocs 2 et 4, session 2026. Tutrice : Inès Labat, présidente.")
    r.font.size = Pt(10.5); r.italic = True
    p.paragraph_format.space_after = Pt(14)

    doc.add_heading("1. Objet de cette note", level=1)
    P("Cette note accompagne le support de soutenance. Le support montre le déroulé du plan d'attaque « Rentrée "
      "sans voiture », la brique paiement, les fiches modèles et le parcours d'essai ; il s'appuie surtout sur des "
      "graphiques et sur les notes de présentation. Trois sujets ne tiennent pas sur une diapositive parce qu'ils "
      "demandent un raisonnement écrit : le choix des solutions d'étalement pour les familles, le choix du dispositif "
      "du club des cargonautes, et la manière dont j'écris et range les contenus éditoriaux. Je les développe ici, "
      "après un court rappel du contexte.")
    P("Porteurs de Garonne vend et loue des vélos cargo depuis le quai de Brazza, à la Bastide. L'entreprise compte "
      "onze personnes ; le site WooCommerce, couplé au module de location Locavélo, encaisse ou réserve plus d'un "
      "tiers du chiffre d'affaires. Je suis arrivée en contrat de professionnalisation en septembre 2024, après quatre "
      "années comme coordinatrice transport chez un messager régional. Mon poste couvre le site, Locavélo, Brevo, les "
      "réseaux sociaux et les échanges en direct ; je travaille avec Inès Labat (présidente, ma tutrice), Yannick "
      "Ferrand (atelier), Sofiane Haddad (comptes pros) et Marion Duprat (web et photos).")
    P("Nos deux publics n'achètent pas de la même manière. Une famille achète un biporteur ou un triporteur une fois, "
      "après un essai, souvent pour remplacer une deuxième voiture ; elle compare les prix au centime et regarde la "
      "mensualité. Un artisan raisonne en coût mensuel, en charge utile et en temps de tournée. Tout ce qui suit part "
      "de cette différence.")

    doc.add_heading("2. Ce que « Rentrée sans voiture » m'a appris", level=1)
    P("Le plan d'attaque a couvert septembre et octobre 2025. Il répondait à deux caps fixés par Inès : faire monter la "
      "part des professionnels dans les ventes, conformément au projet « cyclologistique » de l'entreprise, et "
      "multiplier les essais sur le quai. Les résultats chiffrés sont présentés dans le support ; je retiens ici ce "
      "qu'ils changent dans notre façon de travailler.")
    BUL(["**L'essai est le vrai produit du site.** Les familles ne viennent pas acheter en ligne un triporteur qu'elles "
         "n'ont pas essayé : elles viennent réserver le droit de l'essayer. Le site doit donc vendre l'essai avant de "
         "vendre le vélo, et tout le travail sur les fiches modèles est parti de ce constat.",
         "**Le cycle pro est plus long que prévu.** Entre la première conversation et la signature d'une LOA, il faut "
         "compter un essai chargé, une simulation, l'accord du financeur et parfois un caisson sur mesure. Je planifiais "
         "les pros au même rythme que les familles ; je les planifie désormais sur un trimestre.",
         "**Les échanges en direct sont devenus un point d'entrée à part entière.** Ils demandent une organisation : "
         "une permanence le samedi, des réponses types pour la charge utile, la caution et les aides, et un passage de "
         "relais clair vers Sofiane dès qu'un professionnel écrit.",
         "**Mesurer dès le départ a tout simplifié.** Parce que chaque lien portait un paramètre UTM et que Locavélo "
         "enregistrait la source de chaque essai, la revue du lundi avec Inès durait vingt minutes et débouchait sur "
         "une décision, pas sur un débat."])
    P("Ces constats expliquent les trois choix qui suivent : comment aider une famille à payer, comment la faire "
      "revenir, et quoi écrire pour qu'elle nous trouve avant de nous choisir.")

    doc.add_heading("3. Aides et étalement : Alma ou Finéo pour une famille ?", level=1).paragraph_format.page_break_before = True
    P("Nous proposons aux familles deux façons d'étaler un achat : le paiement fractionné Alma, en trois ou quatre "
      "fois par carte[[1]], et le crédit affecté Finéo Mobilité, de dix à trente-six mensualités[[2]]. Les deux sont installés et "
      "testés ; la question est de savoir laquelle mettre en avant, pour quel profil, et à quel moment du parcours. "
      "Pour trancher, j'ai comparé ce que chaque formule coûte réellement à une famille qui achète un Trio Famille "
      "VAE à 6 290 €, avant l'aide métropolitaine, puisque celle-ci est versée après l'achat.")
    T([["Formule", "Ce que la famille paie chaque mois", "Coût total de l'étalement", "Ce que ça change pour elle"],
       ["Alma 3x", "2 096,67 € (3 prélèvements)", "0 €", "accord immédiat, aucun justificatif ; il faut pouvoir sortir plus de 2 000 € par mois"],
       ["Alma 4x", "1 572,50 € (4 prélèvements)", "0 €", "idem, et le dernier prélèvement tombe après le versement de l'aide"],
       ["Finéo 10x", "629,00 €", "0 € (TAEG 0 % jusqu'au 31 janvier)", "dossier en ligne, pièces justificatives, réponse sous 48 h"],
       ["Finéo 24x", "275,37 €", "318,86 € (TAEG 4,90 %)", "mensualité d'un abonnement de transport familial"],
       ["Finéo 36x", "190,63 €", "572,74 € (TAEG 5,90 %)", "mensualité la plus basse, coût le plus élevé"]],
      [2.2, 3.6, 3.8, 6.6],
      "Tableau 1 — Étaler l'achat d'un Trio Famille VAE à 6 290 € : ce que paie une famille selon la formule.")
    P("La lecture du tableau est nette. Alma ne coûte rien à la famille, mais les montants mensuels sont ceux d'un "
      "salaire : la formule ne convient qu'aux foyers qui ont l'épargne et veulent simplement lisser la dépense, ou "
      "attendre le versement de l'aide. Pour eux, le 4x est le meilleur choix, parce que le dernier prélèvement tombe "
      "généralement après l'arrivée de l'aide sur le compte.")
    P("Finéo répond à l'autre profil, majoritaire dans nos échanges : les familles qui raisonnent en mensualité et "
      "comparent le cargo au coût d'une deuxième voiture (assurance, carburant, stationnement). À 24 mois, la "
      "mensualité reste proche de ce qu'elles dépensent déjà en transport ; à 36 mois, elle devient très basse, mais "
      "le coût du crédit dépasse l'équivalent d'un siège enfant et d'une capote. Je recommande donc de présenter "
      "d'abord le 24x, et de ne proposer le 36x que si la famille le demande. Le crédit affecté protège aussi "
      "l'acheteur : si le vélo n'est pas livré, le crédit tombe, ce que je mets en avant pour les achats livrés hors "
      "métropole.")
    P("En pratique, la fiche modèle affiche désormais deux lignes sous le prix : « en 4x sans frais avec Alma » et "
      "« à partir de 275 € par mois sur 24 mois avec Finéo », avec un lien vers le simulateur. En boutique, après "
      "l'essai, Sofiane ou moi posons une seule question : « vous préférez régler en quelques semaines ou en "
      "mensualités ? ». La réponse suffit à orienter vers la bonne formule, sans écraser la famille sous les options.")

    doc.add_heading("4. Club des cargonautes : ce que je choisis pour les familles", level=1)
    P("Le support recense sept dispositifs possibles. Je n'en retiens que deux pour les familles, parce qu'un vélo "
      "cargo est un achat rare : une famille n'en achète pas un deuxième avant cinq ou six ans. Un programme de "
      "points, qui récompense la répétition d'achat, n'a donc presque pas de prise sur elle. Ce qui la fait revenir, "
      "c'est l'atelier ; ce qui nous amène de nouveaux clients, c'est elle. Une enquête auprès de nos familles "
      "propriétaires le confirme[[3]] : elles citent d'abord l'entretien et la peur de la panne, et plus de la moitié "
      "disent avoir déjà été questionnées sur leur vélo devant l'école.")
    T([["Dispositif", "Ce que la famille y gagne", "Ce que ça demande à l'équipe", "Décision"],
       ["Première révision offerte (500 km ou 3 mois)", "réglages, serrage du caisson, freins contrôlés après le rodage",
        "45 min d'atelier par vélo, créneau réservé en ligne dans Locavélo", "**retenu**"],
       ["Parrainage", "bon atelier de 80 € pour le parrain, 40 € de remise pour le filleul",
        "un code par client dans WooCommerce, suivi mensuel", "**retenu**"],
       ["Carte à points", "quelques euros sur les accessoires", "paramétrage simple, mais peu d'achats répétés", "écarté"],
       ["Forfait « Sérénité »", "deux révisions par an à prix fixe", "planning atelier déjà tendu au printemps", "reporté à 2027"],
       ["Sorties des cargonautes", "une communauté, des conseils entre parents", "une demi-journée par mois", "gardé comme animation"]],
      [3.6, 4.4, 4.6, 3.6],
      "Tableau 2 — Club des cargonautes : dispositifs examinés pour les familles.")
    P("**La première révision offerte** lève le frein le plus cité : « et si ça tombe en panne ? ». Elle crée surtout un "
      "deuxième rendez-vous à l'atelier, au moment où la famille a des questions sur l'usage quotidien. C'est là que "
      "Yannick propose les accessoires utiles et que le lien se noue. Je l'ai rendue visible sur la fiche modèle et "
      "dans l'e-mail de confirmation d'achat, avec réservation du créneau en ligne.")
    P("**Le parrainage** transforme en vendeurs les familles que l'on voit tous les matins devant les écoles. Un "
      "triporteur garé devant un portail, c'est une démonstration qui roule, et les parents posent leurs questions au "
      "propriétaire avant de nous les poser. Le bon atelier pour le parrain le ramène chez nous ; la remise du filleul "
      "reste modeste pour ne pas brouiller nos prix. Le code est remis avec la première révision, au moment où la "
      "famille est la plus satisfaite.")
    P("Les autres dispositifs ne sont pas abandonnés : ils n'apportent simplement pas assez, pour une famille, au regard "
      "de ce qu'ils coûtent en temps à une équipe de onze personnes.")

    doc.add_heading("5. Contenus : l'article de fond et le Carnet de route", level=1)
    doc.add_heading("Méthode de rédaction de l'article « Vélo cargo ou deuxième voiture ? »", level=2)
    P("Les fiches modèles répondent à quelqu'un qui a déjà choisi le vélo cargo. Il manquait un contenu pour celui qui "
      "hésite encore entre un cargo et une deuxième voiture. J'ai écrit un article de fond de 1 600 mots en suivant "
      "toujours la même méthode, en deux temps : d'abord choisir les expressions, ensuite les placer.")
    P("**Choisir les expressions.** J'ai croisé trois sources : les requêtes qui amènent déjà des visiteurs sur le "
      "site[[4]], les suggestions de Google et la rubrique « Autres questions posées » sur « vélo cargo voiture », et "
      "les phrases exactes notées au comptoir pendant deux semaines. J'en ai gardé une expression principale, qui porte "
      "l'intention de l'article, et trois expressions secondaires qui correspondent chacune à une partie du texte.")
    P("**Les placer.** L'expression principale va dans le titre et dans la première phrase ; chaque expression "
      "secondaire devient l'intertitre d'une partie (H2) ; le texte alternatif des images reprend l'expression de la "
      "partie qu'elles illustrent. Je relis ensuite à voix haute : une phrase qui sonne comme écrite pour Google est "
      "réécrite.")
    T([["Expression", "Où je l'ai placée", "Formulation retenue dans l'article"],
       ["vélo cargo ou voiture (principale)", "titre + première phrase",
        "« Vélo cargo ou deuxième voiture ? Le vrai calcul d'une famille bordelaise » — « Vélo cargo ou voiture : "
        "c'est la question que nous posent la moitié des parents qui poussent la porte du quai de Brazza. »"],
       ["coût d'un vélo cargo par mois", "H2 n° 1 + premier paragraphe de la partie",
        "« Combien coûte un vélo cargo par mois, aides déduites ? »"],
       ["vélo cargo remplace voiture", "H2 n° 2", "« Ce qu'un vélo cargo remplace vraiment dans une semaine de voiture »"],
       ["vélo cargo pluie enfants", "H2 n° 3 + texte alternatif",
        "« Pluie, côtes, enfants : les objections qu'on entend » — alt : « vélo cargo sous la pluie avec deux enfants "
        "sous la capote, Bordeaux »"]],
      [3.6, 3.4, 9.2],
      "Tableau 3 — Expressions retenues pour l'article de fond et leur emplacement.")
    doc.add_heading("Le Carnet de route", level=2)
    P("L'article avait besoin d'un lieu. Notre site tourne sous WordPress, avec WooCommerce pour la boutique : j'ai "
      "donc créé une rubrique éditoriale, le « Carnet de route », accessible depuis le menu principal et depuis le pied "
      "de page de chaque fiche modèle. Elle est organisée en quatre catégories, chacune avec une courte description "
      "affichée en tête de page :")
    BUL(["**Essais et comparatifs** — nos modèles testés en situation, face à face ;",
         "**Vie de famille à vélo** — trajets d'école, pluie, sièges, organisation ;",
         "**Artisans et dernier kilomètre** — témoignages pros, tournées, cyclologistique ;",
         "**Aides et démarches** — dossiers d'aide, étalement, assurance."])
    P("Trois articles y sont publiés, dont « Vélo cargo ou deuxième voiture ? », et le calendrier éditorial prévoit un "
      "article toutes les deux semaines jusqu'en juin. Chaque article renvoie vers au "
      "moins une fiche modèle et vers la réservation d'essai : le Carnet de route n'est pas une vitrine à part, c'est "
      "une porte d'entrée supplémentaire vers le parcours d'essai.")

    FN(1, "Alma, conditions du paiement en plusieurs fois pour les particuliers, page « Comment ça marche », "
          "consultée le 13 janvier 2026.")
    FN(2, "Finéo Mobilité, barème des crédits affectés « mobilité douce » en vigueur au 1er janvier 2026 ; "
          "mensualités calculées hors assurance facultative.")
    FN(3, "Questionnaire Brevo envoyé à 212 familles propriétaires d'un vélo cargo acheté chez nous, 64 réponses, "
          "du 4 au 18 novembre 2025.")
    FN(4, "Google Search Console, rapport « Performances », requêtes du 1er septembre au 30 novembre 2025.")

    # ---- partie notes de bas de page
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                footnotes_xml(), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    settings = doc.settings.element
    fpr = parse_xml('<w:footnotePr xmlns:w="%s"><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % W_NS)
    compat = settings.find(qn("w:compat"))
    compat.addprevious(fpr)

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Note de synthèse — Porteurs de Garonne"
    cp.subject = "Blocs 2 et 4"
    cp.keywords = ""
    cp.comments = ""
    cp.created = DOC_FIXED
    cp.modified = DOC_FIXED
    cp.last_printed = DOC_FIXED
    cp.revision = 9
    buf = io.BytesIO()
    doc.save(buf)
    fixed_zip(buf.getvalue(), DOCX_FILE, DOC_ZIPSTAMP)


def main():
    os.makedirs(OUT, exist_ok=True)
    build_pptx()
    build_docx()
    print("ok", N_SLIDES, "diapositives,", len(NOTES), "notes,", len(FOOTNOTES), "notes de bas de page")


if __name__ == "__main__":
    main()
