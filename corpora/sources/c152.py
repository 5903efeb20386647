# Générateur du livrable de la candidate c152 (Anouk Ferracci, alternante « growth & ops » chez Patine SAS,
# marketplace de meubles upcyclés par des relookeurs marseillais, La Belle de Mai, Marseille 3e) — blocs 1 et 2,
# niveau faible, session 2026. Un seul PPTX rendu tel quel : le pitch deck pré-seed présenté au jury de l'Incubateur
# Calanques Impact le 12 mars 2026, « Patine_PitchDeck_Incubateur_v7.pptx ».
# 18 diapositives 16:9 + 1 diapositive masquée (19, « Backup »), fond crème, titres terracotta dans l'espace réservé
# de titre, puces dans l'espace réservé de contenu, slogans courts (≤ 25 mots par diapositive), logos et photos en
# cadres gris « [logo] » / « [photo] », trois tableaux seulement (9, 12, 18), cercles imbriqués TAM/SAM/SOM, carte
# concurrentielle en formes. Notes de l'orateur sur 11 diapositives (phrases au fil de l'eau, flèches « → »).
# Pied « Patine — Pitch Incubateur Calanques Impact — 12/03/2026 — confidentiel » + numéro.
# Déterministe : propriétés figées, archive zip ré-horodatée et triée.
import datetime
import io
import os
import zipfile

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

SLUG = "c152-pitch-deck-meubles-upcycles-marseille"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
PPTX_FILE = os.path.join(OUT, "Patine_PitchDeck_Incubateur_v7.pptx")
AUTHOR = "Anouk Ferracci"
FIXED = datetime.datetime(2026, 3, 11, 23, 48, 0)
ZIPSTAMP = (2026, 3, 11, 23, 48, 0)

CREAM = RGBColor(0xF7, 0xF1, 0xE6)
TERRA = RGBColor(0xC2, 0x5B, 0x36)
TERRA_L = RGBColor(0xEE, 0xCF, 0xBE)
INK = RGBColor(0x2F, 0x2A, 0x26)
GREY = RGBColor(0x8C, 0x86, 0x7E)
GREYBOX = RGBColor(0xD8, 0xD3, 0xCB)
SAGE = RGBColor(0x8A, 0x9A, 0x7B)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
TFONT = "Montserrat"
BFONT = "Montserrat"
FOOTER = "Patine — Pitch Incubateur Calanques Impact — 12/03/2026 — confidentiel"
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
def style_run(run, size, color=INK, bold=False, italic=False, font=BFONT):
    run.font.size = Pt(size)
    run.font.color.rgb = color
    run.font.name = font
    run.font.bold = bold
    run.font.italic = italic


def cream(slide):
    bg = slide.background.fill
    bg.solid()
    bg.fore_color.rgb = CREAM


def set_title(slide, text, size=36, top=Inches(0.45)):
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.7), top, Inches(11.9), Inches(1.0)
    tf = t.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    r = p.add_run()
    r.text = text
    style_run(r, size, TERRA, True, font=TFONT)
    return t


def footer(slide, num):
    tb = slide.shapes.add_textbox(Inches(0.7), Inches(7.0), Inches(10), Inches(0.3))
    tb.name = "Pied de page"
    tb.text_frame.word_wrap = True
    p = tb.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    r = p.add_run()
    r.text = FOOTER
    style_run(r, 9, GREY)
    nb = slide.shapes.add_textbox(Inches(12.0), Inches(7.0), Inches(0.65), Inches(0.3))
    nb.name = "Numéro"
    nb.text_frame.word_wrap = True
    p = nb.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.RIGHT
    r = p.add_run()
    r.text = str(num)
    style_run(r, 9, TERRA, True)


def textbox(slide, x, y, w, h, lines, size=20, color=INK, bold=False, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP,
            italic=False, space=6):
    tb = slide.shapes.add_textbox(x, y, w, h)
    tf = tb.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    for k, line in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.alignment = align
        p.space_after = Pt(space)
        r = p.add_run()
        r.text = line
        style_run(r, size, color, bold, italic)
    return tb


def shape(slide, kind, x, y, w, h, fill, text=None, size=16, color=INK, bold=False, line=None, align=PP_ALIGN.CENTER,
          anchor=MSO_ANCHOR.MIDDLE):
    s = slide.shapes.add_shape(kind, x, y, w, h)
    if fill is None:
        s.fill.background()
    else:
        s.fill.solid()
        s.fill.fore_color.rgb = fill
    if line is None:
        s.line.fill.background()
    else:
        s.line.color.rgb = line
        s.line.width = Pt(1.5)
    s.shadow.inherit = False
    if text is not None:
        tf = s.text_frame
        tf.word_wrap = True
        tf.margin_left = tf.margin_right = Inches(0.05)
        tf.vertical_anchor = anchor
        lines = text if isinstance(text, list) else [text]
        for k, ln in enumerate(lines):
            p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
            p.alignment = align
            r = p.add_run()
            r.text = ln
            style_run(r, size, color, bold)
    return s


def logo(slide, x, y, w, h, label=None, size=12):
    """Logo absent : cadre gris « [logo] », avec le nom dessous quand on l'a."""
    shape(slide, MSO_SHAPE.ROUNDED_RECTANGLE, x, y, w, h, GREYBOX, "[logo]", size=size, color=GREY)
    if label:
        textbox(slide, x - Inches(0.2), y + h + Inches(0.05), w + Inches(0.4), Inches(0.4), [label], size=13,
                align=PP_ALIGN.CENTER)


def bullets(slide, items, x, y, w, h, size=24, idx=1, space=14):
    ph = slide.placeholders[idx]
    ph.left, ph.top, ph.width, ph.height = x, y, w, h
    tf = ph.text_frame
    tf.word_wrap = True
    for k, it in enumerate(items):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.space_after = Pt(space)
        r = p.add_run()
        r.text = it
        style_run(r, size, INK)
    return ph


def table(slide, rows, x, y, w, colw, fs=16, row_h=0.5):
    nr, nc = len(rows), len(rows[0])
    gf = slide.shapes.add_table(nr, nc, x, y, w, Inches(row_h * nr))
    tb = gf.table
    total = sum(colw)
    for j, cw in enumerate(colw):
        tb.columns[j].width = Emu(int(w * cw / total))
    for i, row in enumerate(rows):
        tb.rows[i].height = Inches(row_h)
        for j, val in enumerate(row):
            c = tb.cell(i, j)
            c.vertical_anchor = MSO_ANCHOR.MIDDLE
            c.margin_left = c.margin_right = Inches(0.08)
            c.fill.solid()
            c.fill.fore_color.rgb = TERRA if i == 0 else (WHITE if i % 2 else RGBColor(0xFB, 0xF7, 0xF0))
            p = c.text_frame.paragraphs[0]
            p.alignment = PP_ALIGN.LEFT if j == 0 else PP_ALIGN.CENTER
            r = p.add_run()
            r.text = val
            style_run(r, fs, WHITE if i == 0 else INK, i == 0 or j == 0)
    return gf


# ================================================================================================ diapositives
def s01(sl):
    t = sl.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.9), Inches(2.2), Inches(8), Inches(1.5)
    p = t.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    r = p.add_run()
    r.text = "Patine"
    style_run(r, 72, TERRA, True, font=TFONT)
    st = sl.placeholders[1]
    st.left, st.top, st.width, st.height = Inches(0.9), Inches(3.7), Inches(8), Inches(1.6)
    tf = st.text_frame
    for k, (txt, sz, col) in enumerate([("Des meubles qui ont déjà vécu.", 28, INK),
                                        ("Pitch — Incubateur Calanques Impact · 12 mars 2026", 16, GREY)]):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.alignment = PP_ALIGN.LEFT
        r = p.add_run()
        r.text = txt
        style_run(r, sz, col)
    logo(sl, Inches(0.9), Inches(0.8), Inches(1.6), Inches(0.9), size=14)
    shape(sl, MSO_SHAPE.OVAL, Inches(9.0), Inches(1.3), Inches(3.6), Inches(3.6), TERRA_L)
    shape(sl, MSO_SHAPE.RECTANGLE, Inches(9.5), Inches(2.2), Inches(2.6), Inches(2.6), GREYBOX, "[photo buffet]",
          size=14, color=GREY)


def s02(sl):
    set_title(sl, "The pain point")
    textbox(sl, Inches(0.7), Inches(1.55), Inches(11.5), Inches(0.8), ["Premier appart à Marseille :"],
            size=26)
    bullets(sl, ["Pas de van", "4e sans ascenseur", "Peur des vers à bois", "Week-ends perdus aux puces"],
            Inches(0.9), Inches(2.5), Inches(7), Inches(4), size=30)
    shape(sl, MSO_SHAPE.RECTANGLE, Inches(8.6), Inches(2.3), Inches(3.9), Inches(3.9), GREYBOX, "[photo]",
          size=14, color=GREY)


def s03(sl):
    set_title(sl, "Solution")
    textbox(sl, Inches(0.7), Inches(1.6), Inches(11.9), Inches(0.9),
            ["La marketplace des meubles upcyclés marseillais"], size=30, bold=True)
    labels = ["Pièces uniques relookées", "Makers locaux", "Livraison vélo-cargo ou van"]
    for k, lab in enumerate(labels):
        x = Inches(0.9 + k * 4.0)
        shape(sl, MSO_SHAPE.OVAL, x + Inches(1.0), Inches(3.0), Inches(1.5), Inches(1.5), TERRA_L)
        textbox(sl, x, Inches(4.8), Inches(3.5), Inches(1.0), [lab], size=22, align=PP_ALIGN.CENTER)


def s04(sl):
    set_title(sl, "How it works")
    steps = ["1. Le maker publie", "2. Tu achètes en ligne", "3. Cargo Massilia livre"]
    for k, st in enumerate(steps):
        shape(sl, MSO_SHAPE.CHEVRON if k else MSO_SHAPE.PENTAGON, Inches(0.7 + k * 4.0), Inches(2.2), Inches(3.9),
              Inches(1.5), TERRA if k == 1 else TERRA_L, st, size=20, color=WHITE if k == 1 else INK, bold=True)
    textbox(sl, Inches(0.7), Inches(4.6), Inches(5), Inches(0.7), ["Paiement sécurisé"], size=24, bold=True)
    logo(sl, Inches(0.7), Inches(5.35), Inches(1.8), Inches(0.8), label="Stripe")


def s05(sl):
    set_title(sl, "Why now")
    bullets(sl, ["Seconde main = réflexe des 25–40", "Meuble neuf : toujours plus cher",
                 "Insta : la « pièce unique »", "AGEC : réemploi encouragé"],
            Inches(0.9), Inches(1.8), Inches(11.5), Inches(4.5), size=28)


def s06(sl):
    set_title(sl, "Market size")
    cx, base = Inches(4.2), Inches(6.7)
    for d, col, lab in [(5.0, TERRA_L, None), (3.2, RGBColor(0xE0, 0xA3, 0x86), None), (1.5, TERRA, None)]:
        dd = Inches(d)
        shape(sl, MSO_SHAPE.OVAL, cx - int(dd / 2), base - dd, dd, dd, col)
    textbox(sl, Inches(2.9), Inches(2.0), Inches(2.6), Inches(0.6), ["TAM"], size=16, bold=True, align=PP_ALIGN.CENTER)
    textbox(sl, Inches(2.9), Inches(3.75), Inches(2.6), Inches(0.6), ["SAM"], size=16, bold=True,
            align=PP_ALIGN.CENTER)
    textbox(sl, Inches(2.9), Inches(5.55), Inches(2.6), Inches(0.6), ["SOM"], size=16, bold=True, color=WHITE,
            align=PP_ALIGN.CENTER)
    for k, (big, lab) in enumerate([("4,2 Md€", "meuble seconde main, France"),
                                    ("310 M€", "PACA"),
                                    ("3,1 M€", "1 % du SAM")]):
        y = Inches(2.0 + k * 1.5)
        textbox(sl, Inches(7.6), y, Inches(5), Inches(0.7), [big], size=32, bold=True, color=TERRA)
        textbox(sl, Inches(7.6), y + Inches(0.65), Inches(5), Inches(0.5), [lab], size=16)


def s07(sl):
    set_title(sl, "Early adopters")
    textbox(sl, Inches(0.7), Inches(1.6), Inches(11.9), Inches(0.8), ["Néo-Marseillais 28–40 ans, premier appart"],
            size=30, bold=True)
    textbox(sl, Inches(0.7), Inches(2.4), Inches(11.9), Inches(0.6), ["63 réponses au questionnaire"], size=18,
            color=GREY)
    waves = ["Vague 1 : early adopters", "Vague 2 : conciergeries Airbnb", "Vague 3 : cafés"]
    for k, wv in enumerate(waves):
        shape(sl, MSO_SHAPE.ROUNDED_RECTANGLE, Inches(0.7 + k * 4.1), Inches(3.8), Inches(3.7), Inches(1.6),
              TERRA if k == 0 else TERRA_L, wv, size=20, color=WHITE if k == 0 else INK, bold=True)
        if k < 2:
            c = sl.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(4.45 + k * 4.1), Inches(4.6),
                                        Inches(4.75 + k * 4.1), Inches(4.6))
            c.line.color.rgb = TERRA
            c.line.width = Pt(3)


def s08(sl):
    set_title(sl, "User journey")
    steps = ["Inspiration (Insta)", "Browse", "Buy", "Delivered"]
    for k, st in enumerate(steps):
        shape(sl, MSO_SHAPE.CHEVRON if k else MSO_SHAPE.PENTAGON, Inches(0.6 + k * 3.05), Inches(3.0), Inches(3.1),
              Inches(1.4), TERRA if k == 3 else TERRA_L, st, size=18, color=WHITE if k == 3 else INK, bold=True)


def s09(sl):
    set_title(sl, "Competition map")
    # carte prix × curation
    ox, oy, aw, ah = Inches(0.9), Inches(6.4), Inches(4.9), Inches(4.5)
    for x1, y1, x2, y2 in [(ox, oy, ox + aw, oy), (ox, oy, ox, oy - ah)]:
        c = sl.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, x1, y1, x2, y2)
        c.line.color.rgb = INK
        c.line.width = Pt(1.5)
    textbox(sl, ox + aw - Inches(1.4), oy + Inches(0.05), Inches(1.6), Inches(0.4), ["Prix →"], size=14, bold=True)
    textbox(sl, ox - Inches(0.1), oy - ah - Inches(0.45), Inches(2), Inches(0.4), ["Curation ↑"], size=14, bold=True)
    for name, px, py, col in [("Trouvaille.fr", 0.5, 0.7, GREY), ("MeubléMarket", 3.0, 3.6, GREY),
                              ("Atelier Relook 13", 1.9, 2.5, GREY), ("Patine", 1.5, 4.0, TERRA)]:
        d = Inches(0.35)
        shape(sl, MSO_SHAPE.OVAL, ox + Inches(px), oy - Inches(py), d, d, col)
        textbox(sl, ox + Inches(px) + Inches(0.4), oy - Inches(py) - Inches(0.05), Inches(1.9), Inches(0.4), [name],
                size=14, bold=(name == "Patine"), color=TERRA if name == "Patine" else INK)
    rows = [["", "Prix moyen", "Curation", "Livraison étage", "Marseille"],
            ["Trouvaille.fr", "180 €", "✗", "✗", "✗"],
            ["MeubléMarket", "950 €", "✓", "✗", "✗"],
            ["Atelier Relook 13", "450 €", "✓", "✗", "✓"],
            ["Patine", "395 €", "✓", "✓", "✓"]]
    table(sl, rows, Inches(6.0), Inches(2.2), Inches(6.7), [2.1, 1.2, 1.2, 1.5, 1.25], fs=13, row_h=0.6)


def s10(sl):
    set_title(sl, "Business model")
    for k, (big, lab) in enumerate([("18 %", "take rate par vente"), ("29 €/mois", "Maker Pro"),
                                    ("29 € / 59 €", "livraison vélo-cargo / van")]):
        x = Inches(0.7 + k * 4.1)
        shape(sl, MSO_SHAPE.ROUNDED_RECTANGLE, x, Inches(2.2), Inches(3.8), Inches(2.8), TERRA if k == 0 else TERRA_L,
              [big, lab], size=22, color=WHITE if k == 0 else INK, bold=True)


def s11(sl):
    set_title(sl, "GTM")
    names = ["Instagram", "SEO", "Google Ads", "Pop-ups", "Newsletter", "Collabs"]
    for k, nm in enumerate(names):
        logo(sl, Inches(0.9 + k * 2.0), Inches(1.9), Inches(1.5), Inches(1.2), label=nm)
    bullets(sl, ["Instagram · TikTok", "Pop-up à La Friche", "Flyers cafés Cours Julien", "Newsletter"],
            Inches(0.9), Inches(4.5), Inches(11.5), Inches(2.3), size=20, space=6)


def s12(sl):
    set_title(sl, "Traction")
    rows = [["", "Makers", "Orders", "GMV", "MRR", "Followers"],
            ["Nov. 2025", "22", "9", "3 400 €", "87 €", "1 900"],
            ["Déc. 2025", "29", "31", "12 300 €", "174 €", "2 800"],
            ["Janv. 2026", "35", "24", "9 500 €", "290 €", "3 400"],
            ["Fév. 2026", "41", "32", "12 700 €", "406 €", "4 100"]]
    table(sl, rows, Inches(0.7), Inches(1.7), Inches(8.0), [1.6, 1.1, 1.1, 1.4, 1.1, 1.3], fs=16, row_h=0.62)
    for k, (big, lab) in enumerate([("31 vs 9", "orders déc. vs nov. (pop-up)"),
                                    ("CAC 22 €", "→ payback < 1 order"),
                                    ("6,8 %", "engagement Instagram")]):
        y = Inches(1.7 + k * 1.65)
        shape(sl, MSO_SHAPE.ROUNDED_RECTANGLE, Inches(9.1), y, Inches(3.5), Inches(1.45),
              TERRA if k == 0 else TERRA_L, [big, lab], size=15, color=WHITE if k == 0 else INK, bold=True)


def s13(sl):
    set_title(sl, "Ecosystem & collabs")
    bullets(sl, ["Archis d'intérieur : prescription", "Conciergeries : meubler vite", "Agents immo : home staging",
                 "Déménageurs : même moment de vie", "Coworkings : mobilier vitrine"],
            Inches(0.7), Inches(1.7), Inches(6.0), Inches(4.8), size=20, space=10)
    named = {0: "Les Déménageurs Phocéens", 1: "Cargo Massilia"}
    for k in range(6):
        x = Inches(7.2 + (k % 3) * 1.85)
        y = Inches(1.9 + (k // 3) * 2.3)
        logo(sl, x, y, Inches(1.5), Inches(1.2), label=named.get(k))


def s14(sl):
    set_title(sl, "Why we win / Risks")
    for idx, head, items, x in [(1, "Why we win", ["Curation designer", "41 makers locaux",
                                                   "Dernier km maîtrisé", "Communauté Insta"], Inches(0.7)),
                                (2, "Risks", ["Un national débarque", "Vente en direct", "Pouvoir d'achat"],
                                 Inches(6.9))]:
        textbox(sl, x, Inches(1.6), Inches(5.7), Inches(0.7), [head], size=26, bold=True,
                color=TERRA if idx == 1 else INK)
        bullets(sl, items, x, Inches(2.4), Inches(5.7), Inches(4.2), size=22, idx=idx, space=10)


def s15(sl):
    set_title(sl, "Roadmap 2026")
    textbox(sl, Inches(0.7), Inches(1.35), Inches(3), Inches(0.5), ["North star"], size=16, bold=True, color=TERRA)
    textbox(sl, Inches(0.7), Inches(1.8), Inches(11.9), Inches(0.8),
            ["« Devenir LA référence du meuble upcyclé à Marseille » · « Scaler à Lyon »"],
            size=20, bold=True)
    qs = [("Q1", ["Jury incubateur"]), ("Q2", ["Pop-up #2 La Friche", "100 makers"]),
          ("Q3", ["Club Patine : referral 20 €", "Offre conciergeries"]), ("Q4", ["Maker Pro v2", "App mobile"])]
    c = sl.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(0.9), Inches(3.2), Inches(12.4), Inches(3.2))
    c.line.color.rgb = TERRA
    c.line.width = Pt(3)
    for k, (q, ms) in enumerate(qs):
        x = Inches(0.9 + k * 3.0)
        shape(sl, MSO_SHAPE.OVAL, x, Inches(2.8), Inches(0.8), Inches(0.8), TERRA, q, size=14, color=WHITE,
              bold=True)
        for j, m in enumerate(ms):
            shape(sl, MSO_SHAPE.ROUNDED_RECTANGLE, x - Inches(0.1), Inches(3.9 + j * 1.2), Inches(2.8), Inches(0.95),
                  TERRA_L, m, size=16, bold=True)


def s16(sl):
    set_title(sl, "Go-to-market calendar")
    shape(sl, MSO_SHAPE.RECTANGLE, Inches(0.7), Inches(1.8), Inches(11.9), Inches(4.6), GREYBOX, "TBD after jury",
          size=28, color=GREY, bold=True)


def s17(sl):
    set_title(sl, "Team")
    people = [("Yanis Ferhat", "CEO"), ("Clara Maurel", "CPO, designer d'intérieur"),
              ("Anouk Ferracci", "Growth & ops (alternance)"), ("Mehdi B.", "Dev Sharetribe (freelance)")]
    for k, (nm, role) in enumerate(people):
        x = Inches(0.9 + k * 3.05)
        shape(sl, MSO_SHAPE.OVAL, x + Inches(0.4), Inches(1.8), Inches(2.0), Inches(2.0), GREYBOX, "[photo]",
              size=13, color=GREY)
        textbox(sl, x - Inches(0.2), Inches(4.1), Inches(3.2), Inches(0.5), [nm], size=20, bold=True,
                align=PP_ALIGN.CENTER)
        textbox(sl, x - Inches(0.2), Inches(4.6), Inches(3.2), Inches(0.8), [role], size=15, color=GREY,
                align=PP_ALIGN.CENTER)


def s18(sl):
    set_title(sl, "The ask")
    shape(sl, MSO_SHAPE.ROUNDED_RECTANGLE, Inches(0.7), Inches(1.9), Inches(5.0), Inches(3.6), TERRA,
          ["30 k€", "prêt d'honneur"], size=40, color=WHITE, bold=True)
    rows = [["Use of funds", "%", "Montant"],
            ["Tech", "40 %", "12 000 €"],
            ["Marketing", "30 %", "9 000 €"],
            ["Ops", "20 %", "6 000 €"],
            ["Legal", "10 %", "3 000 €"]]
    table(sl, rows, Inches(6.4), Inches(2.0), Inches(6.2), [2.2, 1.2, 1.8], fs=18, row_h=0.66)


def s19(sl):
    set_title(sl, "Backup — AFOM complète + chat")


BUILDERS = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19]
# disposition : 0 titre, 1 titre + contenu, 3 deux contenus, 5 titre seul
LAYOUT = {1: 0, 2: 1, 5: 1, 11: 1, 13: 1, 14: 3}

# ================================================================================================ notes de l'orateur
NOTES = {
    2: "Ouvrir sur Léa → vraie cliente, 31 ans, arrivée de Lyon en septembre, T2 au Camas → elle voulait un buffet "
       "vintage, elle a fait 3 samedis aux puces + 2 annonces en ligne → le vendeur n'avait pas de van, elle non "
       "plus, et 4e sans ascenseur → elle a laissé tomber et acheté un meuble en kit qu'elle déteste → c'est "
       "exactement notre problème : les gens qui arrivent à Marseille veulent du caractère chez eux, mais la seconde "
       "main c'est la galère logistique → laisser 2 secondes pour lire les 4 pain points, ne pas les relire un par "
       "un → transition : « et si le buffet montait tout seul au 4e ? »",
    3: "Patine = une marketplace sur Sharetribe, en beta depuis le 15 novembre 2025 → les makers sont des relookeurs "
       "marseillais : des upcycleurs indépendants, un atelier d'insertion et deux ébénistes → chaque pièce est "
       "unique, relookée, et Clara valide chaque annonce avant mise en ligne → exemples à citer : le « Buffet formica "
       "relooké vert sauge » à 420 €, l'« Enfilade teck 1960 huilée » à 890 € qui est partie en 36 h → on ne stocke "
       "rien, la pièce reste chez le maker jusqu'à la vente → livraison par Cargo Massilia en vélo-cargo à 29 € "
       "dans le centre, ou en van à 59 € pour les grosses pièces et les quartiers plus loin → les photos : Clara "
       "shoote chaque pièce chez le maker sur le même fond crème, c'est ce qui donne l'unité du catalogue",
    4: "Côté maker : il crée son compte, publie photos + dimensions + prix, Clara valide → côté acheteur : il paie "
       "en ligne via Stripe Connect → l'acheteur paie Patine, l'argent reste sur le compte Stripe, et le maker est "
       "payé après la livraison, moins la take rate, virement auto sous 2 jours ouvrés → ça nous évite de faire les "
       "reversements à la main et de courir après les makers → checkout testé sur iPhone, Pixel, iPad et MacBook "
       "(Chrome + Safari), Apple Pay OK sur Safari, Google Pay pas encore activé → pas de chat sur le site pour "
       "l'instant, les questions arrivent en DM Insta → si le jury demande pour la sécurité : c'est Stripe",
    5: "3 tendances qui se croisent → 1) la seconde main est devenue normale, même pour la déco, chez les 25-40 "
       "c'est presque un marqueur → 2) le meuble neuf a pris cher avec l'inflation et le kit bas de gamme ne dure "
       "pas, les gens le savent → 3) la loi AGEC pousse le réemploi du mobilier, les collectivités aussi → et "
       "Marseille bouge : plein de nouveaux arrivants depuis 2020, Parisiens, Lyonnais, jeunes actifs qui "
       "s'installent et meublent tout d'un coup → côté makers aussi : les relookeurs vendent aux puces et en DM "
       "Insta, sans outil pour vendre en ligne proprement, ils sont demandeurs → donc le bon moment pour une offre "
       "locale, curatée, livrée",
    7: "Qui sont nos early adopters → questionnaire Insta + pop-up, 63 réponses entre décembre et janvier → "
       "néo-Marseillais de 28 à 40 ans qui meublent leur premier appart, souvent en location, plutôt CSP+ mais avec "
       "un budget serré → jobs to be done : avoir un intérieur avec du caractère, pas le même salon que tout le "
       "monde (71 %) ; acheter en seconde main pour la planète (58 %) ; trouver LA pièce unique qui raconte une "
       "histoire (49 %) → pain points : pas de van ni de voiture (64 %), week-ends perdus aux puces et sur les "
       "annonces (55 %), 4e étage sans ascenseur ou escalier étroit (41 %), peur des vers à bois sur le vieux "
       "meuble (37 %) → ensuite on ouvre en vagues : vague 2 = les conciergeries Airbnb, elles doivent meubler un "
       "appart en une semaine, avec du style pour les photos de l'annonce, et elles recommencent à chaque nouveau "
       "logement → vague 3 = les cafés, petites séries de chaises et de tables, ils veulent une déco unique qui se "
       "voit sur Insta et ça fait connaître nos makers à tous leurs clients",
    9: "Comment lire la map : à l'horizontale le prix, à la verticale la curation → Trouvaille.fr = national, "
       "énorme catalogue, zéro curation, livraison par transporteur en bas de l'immeuble → MeubléMarket = très "
       "curaté mais Paris-centré, prix hauts, 3 semaines de livraison → Atelier Relook 13 = un atelier marseillais, "
       "super boulot, mais boutique physique + Insta, pas de vente en ligne ni de livraison → so what : personne "
       "ne livre des pièces sélectionnées jusqu'à ton étage à Marseille → c'est notre case : curation forte, prix "
       "milieu de gamme, livraison à l'étage → on a aussi regardé les sites de petites annonces entre "
       "particuliers, mais on ne les met pas sur la map : pas de curation, pas de livraison, c'est un autre usage",
    10: "2 sources de revenus → la take rate de 18 % sur chaque vente, prélevée automatiquement par Stripe Connect "
        "→ l'abonnement Maker Pro à 29 €/mois pour les makers qui veulent plus de visibilité, 14 abonnés à fin "
        "février → la livraison (29 € vélo-cargo / 59 € van) est refacturée au client, Cargo Massilia nous facture "
        "au coût, on ne marge pas dessus → les makers fixent leur prix eux-mêmes, on leur conseille une fourchette "
        "selon la pièce et l'état → paiement en 3x avec Alma ? à tester",
    12: "Les chiffres au 28 février → 41 makers, 96 commandes, 37 900 € de GMV, panier moyen 395 €, MRR 406 € → "
        "31 % des commandes via codes influenceuses → Instagram c'est notre moteur, 4 100 abonnés : tous les jeudis "
        "le reel « Avant/Après du jeudi » (la pièce avant et après relooking), des takeovers où un maker prend le "
        "compte une journée, des carrousels « 3 façons de placer un buffet », on reposte les photos clients sous "
        "#MonPatine (140 posts à date), et un live par mois depuis l'atelier d'un maker, le dernier a fait 380 vues "
        "→ CAC 22 € → payback < 1 order → et la "
        "« Retention » : 88 % des makers publient encore après 3 mois → notre vrai enjeu de fidélisation",
    13: "Les secteurs qu'on veut approcher, une ligne chacun sur la slide, ne pas détailler → sur les 6 logos : 2 "
        "qu'on peut citer, les 4 autres sont en discussion et je ne peux pas les nommer avant signature → Les "
        "Déménageurs Phocéens : ils ont la même cible que nous, des gens qui emménagent, souvent dans leur premier "
        "appart, environ 45 déménagements par mois sur Marseille → premier call le 19 février, ils sont partants "
        "→ Cargo Massilia, c'est notre livreur vélo-cargo depuis le lancement → les conciergeries, voir la vague 2 "
        "slide 7",
    14: "Why we win → la curation de Clara, designer d'intérieur, chaque pièce validée à la main → 41 makers locaux "
        "déjà onboardés, dont un atelier d'insertion → la logistique dernier kilomètre avec Cargo Massilia → une "
        "communauté Insta très engagée → Risks → un gros acteur national qui ouvre la livraison locale à Marseille "
        "→ des makers qui vendent en direct sur Insta ou sur les sites de petites annonces pour éviter la "
        "commission → le pouvoir d'achat qui baisse et le meuble qui passe après → ne pas s'attarder, 40 secondes "
        "max (Anouk → Sandrine : le SWOT complet est dans le BP, je le mets en backup ?)",
    18: "The ask → 30 k€ de prêt d'honneur Calanques Impact, à taux zéro, remboursable sur 5 ans → répartition "
        "sur la slide : tech 40 %, marketing 30 %, ops 20 %, legal 10 % → avec le prêt d'honneur on va voir la "
        "banque pour un prêt complémentaire → le prêt d'honneur est personnel, 15 k€ sur Yanis et 15 k€ sur Clara, "
        "apportés ensuite à Patine → pas de levée de fonds pour l'instant, on veut d'abord prouver le modèle à "
        "Marseille → runway : 14 mois → finir sur la north star : « on veut devenir LA "
        "référence du meuble upcyclé à Marseille, et on a besoin de vous pour y aller » → merci → questions",
}


def build():
    prs = Presentation()
    prs.slide_width = W
    prs.slide_height = H
    for i, b in enumerate(BUILDERS, 1):
        slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT.get(i, 5)])
        cream(slide)
        b(slide)
        if i != 19:
            footer(slide, i)
        if i in NOTES:
            slide.notes_slide.notes_text_frame.text = NOTES[i]
    prs.slides[18]._element.set("show", "0")  # diapositive 19 masquée
    cp = prs.core_properties
    cp.author = "Yanis Ferhat"
    cp.last_modified_by = AUTHOR
    cp.title = "Patine — Pitch Deck Incubateur Calanques Impact"
    cp.subject = "Pitch pré-seed"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = datetime.datetime(2026, 1, 19, 10, 5, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 7
    buf = io.BytesIO()
    prs.save(buf)
    os.makedirs(OUT, exist_ok=True)
    fixed_zip(buf.getvalue(), PPTX_FILE)
    print("ok", os.path.basename(PPTX_FILE), "slides:", len(prs.slides))


if __name__ == "__main__":
    build()
