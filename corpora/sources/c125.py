# Générateur du dossier du candidat c125 (Mistral & Lame SAS, soins de barbe et rasage traditionnel, Marseille 6e) —
# blocs 1 et 3. Un seul PDF A4 de 20 pages mis en page comme un numéro de magazine « exporté d'Affinity Publisher »
# (reportlab, invariant=1) : couverture (titre de une « GROWTH BOOK », N°1 — Printemps 2026, emplacement photo),
# p. 2 édito + « Dans ce numéro » paginé, corps en DEUX COLONNES (empattements pour le texte, titres gras sans
# empattement, surtitres en capitales), tableaux pleine largeur (scan concurrentiel, search landscape coupé pp. 9-10 et
# KPI board pp. 15-16 avec en-tête répété), 5 encadrés chiffre clé, 5 citations en exergue, interview pp. 12-13,
# dessins vectoriels (entonnoir du channel mix, bande des mois, hub de contenus), notes de bas de page pleine largeur,
# folio au coin extérieur. Chaque page est composée à la main (sauts de page explicites) ; des repères vérifient que
# rien ne déborde. Aucune date courante, métadonnées figées (déterminisme).
import os
import re

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
for name, f in (("Se", LIB + "LiberationSerif-Regular.ttf"), ("SeB", LIB + "LiberationSerif-Bold.ttf"),
                ("SeI", LIB + "LiberationSerif-Italic.ttf"), ("SeBI", LIB + "LiberationSerif-BoldItalic.ttf"),
                ("Sa", LIB + "LiberationSans-Regular.ttf"), ("SaB", LIB + "LiberationSans-Bold.ttf"),
                ("SaI", LIB + "LiberationSans-Italic.ttf"), ("SaBI", LIB + "LiberationSans-BoldItalic.ttf"),
                ("Na", LIB + "LiberationSansNarrow-Regular.ttf"), ("NaB", LIB + "LiberationSansNarrow-Bold.ttf"),
                ("NaI", LIB + "LiberationSansNarrow-Italic.ttf"), ("NaBI", LIB + "LiberationSansNarrow-BoldItalic.ttf"),
                ("Dj", DJV + "DejaVuSans.ttf"), ("DjB", DJV + "DejaVuSans-Bold.ttf"),
                ("DjC", DJV + "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, f))
registerFontFamily("Se", normal="Se", bold="SeB", italic="SeI", boldItalic="SeBI")
registerFontFamily("Sa", normal="Sa", bold="SaB", italic="SaI", boldItalic="SaBI")
registerFontFamily("Na", normal="Na", bold="NaB", italic="NaI", boldItalic="NaBI")

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "..", "c125-cosmetiques-homme-marseille")
PDF = os.path.join(OUT, "mistral-et-lame-growth-book-2026.pdf")
AUTHOR = "Léo Marchetti"
RUNHEAD = "Mistral & Lame — Growth Book N°1"
TOTAL = 20

PW, PH = A4
LM = RM = 1.6 * cm
TM = 2.0 * cm
BM = 1.7 * cm
GAP = 0.6 * cm
UW = PW - LM - RM
CW = (UW - GAP) / 2

NAVY = colors.HexColor("#1B2A41")
COPPER = colors.HexColor("#B8652A")
CREAM = colors.HexColor("#F4EDE1")
SEA = colors.HexColor("#2B6F8E")
GREY = colors.HexColor("#6B6B6B")
LIGHT = colors.HexColor("#E7DCCB")

S_BODY = ParagraphStyle("body", fontName="Se", fontSize=10.2, leading=13.9, alignment=TA_JUSTIFY, spaceAfter=5)
S_BUL = ParagraphStyle("bul", parent=S_BODY, leftIndent=10, bulletIndent=0, spaceAfter=3)
S_KICK = ParagraphStyle("kick", fontName="SaB", fontSize=8.6, leading=11, textColor=COPPER, spaceAfter=3)
S_TITLE = ParagraphStyle("title", fontName="SaB", fontSize=23, leading=26.5, textColor=NAVY, spaceAfter=6)
S_DECK = ParagraphStyle("deck", fontName="SeI", fontSize=12.6, leading=16.2, textColor=colors.HexColor("#333333"),
                        spaceAfter=10)
S_INTER = ParagraphStyle("inter", fontName="SaB", fontSize=10.6, leading=13.4, textColor=COPPER, spaceBefore=6,
                         spaceAfter=3, keepWithNext=1)
S_Q = ParagraphStyle("q", fontName="SaB", fontSize=10.2, leading=13.6, textColor=SEA, spaceBefore=6, spaceAfter=2,
                     keepWithNext=1)
S_PULL = ParagraphStyle("pull", fontName="SeI", fontSize=15.5, leading=19.5, textColor=NAVY, alignment=TA_LEFT)
S_PULLBY = ParagraphStyle("pullby", fontName="Sa", fontSize=8, leading=10, textColor=COPPER, spaceBefore=3)
S_CELL = ParagraphStyle("cell", fontName="Na", fontSize=8.3, leading=10.2, alignment=TA_LEFT)
S_CELLH = ParagraphStyle("cellh", parent=S_CELL, fontName="NaB", textColor=colors.white)
S_CAP = ParagraphStyle("cap", fontName="SaI", fontSize=7.8, leading=9.8, textColor=GREY, spaceBefore=3, spaceAfter=8)
S_FN = ParagraphStyle("fn", fontName="Se", fontSize=7.6, leading=9.2, leftIndent=9, firstLineIndent=-9)
S_BOXT = ParagraphStyle("boxt", fontName="SaB", fontSize=10, leading=12.5, textColor=NAVY, spaceAfter=4)
S_BOX = ParagraphStyle("box", parent=S_BODY, fontName="Sa", fontSize=8.8, leading=11.8, alignment=TA_LEFT)


def fr(t):
    t = re.sub(r"(\d) (\d{3})\b", "\\1\u00a0\\2", t)
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


# ---------------------------------------------------------------- notes de bas de page
FN = [0]
FN_TEXT = {}


def notes(text, bucket):
    def rep(m):
        FN[0] += 1
        FN_TEXT[FN[0]] = m.group(1)
        bucket.append(FN[0])
        return "<super size='6.6' rise='3.4'>%d</super>" % FN[0]
    return re.sub(r"\{\{(.+?)\}\}", rep, text)


def note_paras(nums):
    return [Paragraph(fr("<super size='5.6' rise='2.6'>%d</super>\u00a0%s" % (n, FN_TEXT[n])), S_FN) for n in nums]


def notes_height(nums):
    if not nums:
        return 0
    hs = [p.wrap(UW, 400)[1] for p in note_paras(nums)]
    return sum(hs) + 2 * (len(hs) - 1) + 0.55 * cm


# ---------------------------------------------------------------- pages composées à la main
PAGES = []
MARKS = {}


class Mark(Flowable):
    def __init__(self, key):
        Flowable.__init__(self)
        self.key = key

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        MARKS[self.key] = self.canv.getPageNumber()


class Pg:
    def __init__(self, regions, kind, cont):
        self.regions, self.kind, self.cont = regions, kind, cont
        self.items, self.notes = [], []
        self.id = "P%d" % (len(PAGES) + 1)


def page(regions=(("two", None),), kind="body", cont=False):
    """Nouvelle page ; cont=True : la page commence par la suite d'un tableau ou d'un texte de la page précédente."""
    PAGES.append(Pg(list(regions), kind, cont))


def add(fl):
    PAGES[-1].items.append(fl)


def txt(t):
    return fr(notes(t, PAGES[-1].notes))


def kicker(t): add(Paragraph(t, S_KICK))
def title(t): add(Paragraph(fr(t), S_TITLE))
def deck(t): add(Paragraph(txt(t), S_DECK))
def inter(t): add(Paragraph(txt(t), S_INTER))
def p(t, st=S_BODY): add(Paragraph(txt(t), st))
def fb(): add(FrameBreak())
def sp(h): add(Spacer(1, h))
def mark(k): add(Mark(k))


def bullets(items, sym="•"):
    for it in items:
        add(Paragraph(txt(it), S_BUL, bulletText=sym))


def numbered(items):
    for i, it in enumerate(items, 1):
        add(Paragraph(txt(it), S_BUL, bulletText="%d." % i))


def qa(q, a_list):
    add(Paragraph(txt(q), S_Q))
    for a in a_list:
        add(Paragraph(txt(a), S_BODY))


def pull(quote, who=None, width=CW):
    inner = [Paragraph(txt(quote), S_PULL)]
    if who:
        inner.append(Paragraph(txt(who), S_PULLBY))
    t = Table([[inner]], colWidths=[width])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 2.2, COPPER), ("LINEBELOW", (0, -1), (-1, -1), 0.8, COPPER),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
    add(Spacer(1, 4))
    add(t)
    add(Spacer(1, 8))


def keyfig(number, label, sub=None, width=CW):
    inner = [Paragraph(number, ParagraphStyle("kfn", fontName="DjC", fontSize=34, leading=38, textColor=COPPER,
                                              alignment=TA_LEFT)),
             Paragraph(fr(label), ParagraphStyle("kfl", fontName="SaB", fontSize=9, leading=11.5, textColor=NAVY))]
    if sub:
        inner.append(Paragraph(txt(sub), ParagraphStyle("kfs", fontName="Sa", fontSize=8, leading=10.5, textColor=GREY,
                                                        spaceBefore=2)))
    t = Table([[inner]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), CREAM), ("LINEBEFORE", (0, 0), (0, -1), 3.5, COPPER),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
    add(Spacer(1, 3))
    add(t)
    add(Spacer(1, 9))


def box(head, paras, width=CW, bg=LIGHT):
    inner = [Paragraph(fr(head), S_BOXT)] + [p_ if isinstance(p_, Flowable) else Paragraph(txt(p_), S_BOX)
                                              for p_ in paras]
    t = Table([[inner]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 7),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    add(Spacer(1, 3))
    add(t)
    add(Spacer(1, 8))


def table(rows, widths, width=UW, size=8.3, head_bg=NAVY, right=(), bold_first=False, caption=None, zebra=True,
          repeat=1, center=(), pad=2.1):
    cs = ParagraphStyle("c%.1f" % size, parent=S_CELL, fontSize=size, leading=size * 1.24)
    csr = ParagraphStyle("cr%.1f" % size, parent=cs, alignment=TA_RIGHT)
    csc = ParagraphStyle("cc%.1f" % size, parent=cs, alignment=TA_CENTER)
    csb = ParagraphStyle("cb%.1f" % size, parent=cs, fontName="NaB")
    ch = ParagraphStyle("ch%.1f" % size, parent=S_CELLH, fontSize=size, leading=size * 1.24)
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            if isinstance(v, Flowable):
                line.append(v)
                continue
            if i == 0:
                st = ch
            elif j in right:
                st = csr
            elif j in center:
                st = csc
            elif bold_first and j == 0:
                st = csb
            else:
                st = cs
            line.append(Paragraph(txt(str(v)), st))
        data.append(line)
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * width / tw for w in widths], repeatRows=repeat)
    st = [("BACKGROUND", (0, 0), (-1, 0), head_bg), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#C9BBA6")),
          ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
          ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 0.3)]
    if zebra:
        for i in range(1, len(rows)):
            if i % 2 == 0:
                st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#FAF6EF")))
    t.setStyle(TableStyle(st))
    add(t)
    if caption:
        add(Paragraph(txt(caption), S_CAP))


# ---------------------------------------------------------------- dessins
def funnel_drawing(width):
    d = Drawing(width, 6.3 * cm)
    layers = [("SEO", "contenus & fiches produits"), ("Meta", "Advantage+ & retargeting"),
              ("Influence", "créateurs barbe & rasage"), ("Emailing", "flows Klaviyo & recharges")]
    cols = [SEA, NAVY, COPPER, colors.HexColor("#7A4A2A")]
    top_w, bot_w, h = width * 0.98, width * 0.36, 1.42 * cm
    y = d.height - 0.1 * cm
    for i, (name, sub) in enumerate(layers):
        w1 = top_w - (top_w - bot_w) * i / len(layers)
        w2 = top_w - (top_w - bot_w) * (i + 1) / len(layers)
        cx = width / 2
        d.add(Polygon([cx - w1 / 2, y, cx + w1 / 2, y, cx + w2 / 2, y - h + 2, cx - w2 / 2, y - h + 2],
                      fillColor=cols[i], strokeColor=colors.white, strokeWidth=1))
        d.add(String(cx, y - 0.62 * cm, name, fontName="SaB", fontSize=11, fillColor=colors.white, textAnchor="middle"))
        d.add(String(cx, y - 1.05 * cm, sub, fontName="Sa", fontSize=7, fillColor=colors.white, textAnchor="middle"))
        y -= h
    return d


def months_drawing(width):
    d = Drawing(width, 2.5 * cm)
    months = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
    icons = {5: ("♥", "Fête des pères"), 6: ("☀", "Tailles d'été"), 7: ("☀", "Tailles d'été"),
             10: ("✂", "Movember"), 11: ("★", "Noël")}
    w = width / 12.0
    for i, m in enumerate(months):
        on = i in icons
        d.add(Rect(i * w + 1, 0.75 * cm, w - 2, 1.05 * cm, fillColor=COPPER if on else CREAM, strokeColor=None))
        d.add(String(i * w + w / 2, 1.12 * cm, m, fontName="SaB", fontSize=8,
                     fillColor=colors.white if on else NAVY, textAnchor="middle"))
        if on:
            sym, lab = icons[i]
            d.add(String(i * w + w / 2, 1.95 * cm, sym, fontName="Dj", fontSize=13, fillColor=COPPER, textAnchor="middle"))
            if i not in (7,):
                d.add(String(i * w + (w if i == 6 else w / 2), 0.38 * cm, lab, fontName="Sa", fontSize=6.8,
                             fillColor=NAVY, textAnchor="middle"))
    return d


def hub_drawing(width):
    d = Drawing(width, 6.0 * cm)
    cx, cy = width / 2, 3.0 * cm
    kids = ["Appliquer\nl'huile à barbe", "Huile ou baume :\nque choisir ?", "Barbe qui gratte :\n5 causes",
            "Laver sa barbe\nsans la dessécher", "Tailler sa barbe\nà la maison", "L'huile de cade,\nc'est quoi ?"]
    import math
    r_orbit = 2.2 * cm
    for i, k in enumerate(kids):
        a = math.pi / 2 + i * 2 * math.pi / 6
        x, y = cx + r_orbit * 1.9 * math.cos(a), cy + r_orbit * math.sin(a)
        d.add(Circle(x, y, 0.8 * cm, fillColor=CREAM, strokeColor=COPPER, strokeWidth=1))
        lines = k.split("\n")
        for j, ln in enumerate(lines):
            d.add(String(x, y + 0.1 * cm - j * 0.3 * cm, ln, fontName="Sa", fontSize=6.3, fillColor=NAVY,
                         textAnchor="middle"))
    d.add(Circle(cx, cy, 1.15 * cm, fillColor=NAVY, strokeColor=None))
    d.add(String(cx, cy + 0.08 * cm, "BEARD", fontName="SaB", fontSize=10, fillColor=colors.white, textAnchor="middle"))
    d.add(String(cx, cy - 0.34 * cm, "CARE", fontName="SaB", fontSize=10, fillColor=colors.white, textAnchor="middle"))
    return d


def drawing(dr):
    add(dr)


MONTHLY_SESSIONS = [18.9, 17.6, 19.8, 20.1, 21.4, 25.3, 22.8, 19.7, 21.2, 24.6, 38.9, 62.1]
assert abs(sum(MONTHLY_SESSIONS) - 312.4) < 0.01


def traffic_chart(width):
    d = Drawing(width, 5.6 * cm)
    months = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    x0, y0, h = 1.0 * cm, 0.8 * cm, 4.2 * cm
    w = (width - x0 - 0.2 * cm) / 12.0
    top = 70.0
    for v in (0, 20, 40, 60):
        y = y0 + h * v / top
        d.add(Line(x0, y, width - 0.2 * cm, y, strokeColor=colors.HexColor("#DDDDDD"), strokeWidth=0.4))
        d.add(String(x0 - 4, y - 2.5, str(v), fontName="Sa", fontSize=7, fillColor=GREY, textAnchor="end"))
    for i, (m, v) in enumerate(zip(months, MONTHLY_SESSIONS)):
        bh = h * v / top
        col = COPPER if i >= 10 else SEA
        d.add(Rect(x0 + i * w + w * 0.18, y0, w * 0.64, bh, fillColor=col, strokeColor=None))
        d.add(String(x0 + i * w + w / 2, y0 + bh + 3, ("%.1f" % v).replace(".", ","), fontName="Sa", fontSize=7,
                     fillColor=NAVY, textAnchor="middle"))
        d.add(String(x0 + i * w + w / 2, y0 - 11, m, fontName="Sa", fontSize=7.5, fillColor=NAVY, textAnchor="middle"))
    return d


def poas_chart(width):
    d = Drawing(width, 5.4 * cm)
    x0, y0, h = 1.0 * cm, 0.75 * cm, 4.1 * cm
    w = (width - x0 - 3.2 * cm) / 17.0
    top = 4.0
    for v in (0, 1, 2, 3, 4):
        y = y0 + h * v / top
        ln = Line(x0, y, x0 + 17 * w, y, strokeColor=colors.HexColor("#BBBBBB" if v == 2 else "#DDDDDD"),
                  strokeWidth=0.6 if v == 2 else 0.4)
        if v == 2:
            ln.strokeDashArray = [2, 2]
        d.add(ln)
        d.add(String(x0 - 4, y - 2.5, str(v), fontName="Sa", fontSize=7, fillColor=GREY, textAnchor="end"))
    for i, (wk, _) in enumerate(WEEKS):
        if i % 2 == 0:
            d.add(String(x0 + i * w, y0 - 11, wk, fontName="Sa", fontSize=6.8, fillColor=NAVY, textAnchor="middle"))
    for k, (name, spd, mrg, col) in enumerate((("Google Search", SEA_SPEND, SEA_MARGIN, SEA),
                                               ("Google Shopping", SHO_SPEND, SHO_MARGIN, NAVY),
                                               ("Meta", META_SPEND, META_MARGIN, COPPER))):
        pts = [(x0 + i * w, y0 + h * (m / s_) / top) for i, (s_, m) in enumerate(zip(spd, mrg))]
        for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
            d.add(Line(xa, ya, xb, yb, strokeColor=col, strokeWidth=1.6))
        for xa, ya in pts:
            d.add(Circle(xa, ya, 1.6, fillColor=col, strokeColor=None))
        ly = y0 + h - k * 0.55 * cm
        d.add(Line(x0 + 17 * w + 0.4 * cm, ly, x0 + 17 * w + 0.9 * cm, ly, strokeColor=col, strokeWidth=2))
        d.add(String(x0 + 17 * w + 1.0 * cm, ly - 2.5, name, fontName="Sa", fontSize=7.5, fillColor=NAVY))
    return d


# =================================================================================================
# P. 1 — COUVERTURE (dessinée sur le canevas)
# =================================================================================================
page(kind="cover")
add(Spacer(1, 1))

# =================================================================================================
# P. 2 — ÉDITO + DANS CE NUMÉRO
# =================================================================================================
page()
mark("p2")
kicker("ÉDITO")
title("Une barbe, une ville, une méthode")
p("Il y a sept ans, Nassim taillait encore des barbes au Panier, à deux rues de la Vieille Charité. Aujourd'hui, Mistral "
  "& Lame, c'est 1,34 M€ de chiffre d'affaires, 140 barbiers qui revendent nos huiles et nos savons, et un e-shop Shopify "
  "qui pèse 58 % du business. Pas mal pour une marque née dans un fauteuil de barbier.")
p("Ce premier Growth Book, c'est mon carnet de bord d'alternant growth marketer. J'y ai mis ce qu'on a construit en 2025 "
  "et ce qu'on prépare pour 2026 : qui sont nos clients (spoiler : pas seulement des barbus), comment ils achètent, "
  "contre qui on joue, où on met nos euros et comment on pilote les ads au quotidien.")
p("Le fil rouge ? La croissance qui dure. Pas le pic d'un Black Friday, mais le client qui revient chercher sa recharge "
  "de savon huit semaines plus tard. C'est pour ça que notre north star n'est pas le chiffre d'affaires, mais la part de "
  "clients qui rachètent sous 90 jours.")
p("Pages 12 et 13, Nassim se livre dans une longue interview : pourquoi un barbier fait un meilleur média qu'une pub "
  "Instagram, et pourquoi on ne quittera jamais Marseille.")
p("Ce numéro est aussi mon dossier de certification « Chef de projet e-commerce » (blocs 1 et 3), préparé en Mastère 1 "
  "à Phocéa Business School. Bonne lecture, et que la Bonne Mère veille sur vos barbes.")
p("<b>Léo Marchetti</b><br/><i>Growth marketer en alternance, Mistral & Lame</i>", ParagraphStyle(
    "sig", parent=S_BODY, alignment=TA_RIGHT, spaceBefore=6))
sp(8)
phl = Table([[Paragraph("[ PHOTO — Léo Marchetti à l'atelier ]", ParagraphStyle(
    "phl", fontName="SaI", fontSize=8, leading=10, textColor=GREY, alignment=TA_CENTER))]], colWidths=[CW * 0.6],
    rowHeights=[3.6 * cm], hAlign="RIGHT")
phl.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E9E4DC")),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
add(phl)
fb()
kicker("SOMMAIRE")
add(Paragraph("Dans ce numéro", ParagraphStyle("dcn", parent=S_TITLE, fontSize=19, leading=23)))
CONTENTS = [
    ("3", "Marché", "La maison en chiffres et nos trois personas"),
    ("4", "Marché", "Path to purchase : du feu du rasoir à la recharge"),
    ("5", "Marché", "Competitive scan & SWOT snapshot"),
    ("6", "Stratégie", "North star, targets et channel mix"),
    ("7", "Stratégie", "Launch calendar & budget 2026"),
    ("8", "Terrain", "Barbiers, tatoueurs et co-branding"),
    ("9", "Search", "Quick wins, méthode et search landscape"),
    ("11", "Ads", "Structure des campagnes et audiences"),
    ("12", "L'interview", "Nassim Haddad, du fauteuil à l'e-shop"),
    ("14", "Ads", "Annonces, landing pages et POAS Movember"),
    ("15", "Data", "Le KPI board du lundi"),
    ("16", "Search", "Backlinks : le réseau des barbiers"),
    ("17", "Data", "Les métriques qui comptent"),
    ("18", "Targets", "Où en est-on ?"),
    ("19", "Glossaire", "Les mots du growth"),
    ("20", "École", "Grille d'auto-évaluation"),
]
S_CN = ParagraphStyle("cn", fontName="DjC", fontSize=17, leading=19, textColor=COPPER, alignment=TA_RIGHT)
S_CT = ParagraphStyle("ct", fontName="Sa", fontSize=9.2, leading=11.6, textColor=NAVY)
rows = [[Paragraph(n, S_CN), Paragraph("<font name='SaB' size='7.6' color='#B8652A'>%s</font><br/>%s"
                                        % (k.upper(), fr(t)), S_CT)] for n, k, t in CONTENTS]
tc = Table(rows, colWidths=[1.3 * cm, CW - 1.3 * cm])
tc.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
                        ("TOPPADDING", (0, 0), (-1, -1), 3.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
add(tc)
sp(10)
box("En couverture", ["Nassim Haddad au Fauteuil du Panier, le salon où tout a commencé (photo à venir, shooting "
                      "prévu en avril)."], width=CW, bg=CREAM)
mark("p2_end")

# =================================================================================================
# P. 3 — MARCHÉ : la maison + personas (1)
# =================================================================================================
page((("wide", 5.2), ("two", None)))
mark("p3")
kicker("MARCHÉ")
title("Une barbe, trois façons de l'acheter")
deck("Qui achète nos huiles, nos savons et nos kits ? 420 réponses à une enquête Instagram, trois personas et beaucoup "
     "d'insights pour arrêter de parler « au client » en général.")
fb()
keyfig("1,34 M€", "de CA en 2025", "e-shop Shopify 58 % · barbiers 31 % · corner & marchés de Noël 11 %{{Comptes 2025 "
       "(clôture au 31 décembre) ; répartition par canal : Shopify Analytics, export 3 janvier 2026.}}")
inter("La maison")
p("Mistral & Lame, c'est d'abord une histoire de fauteuil. Nassim Haddad, barbier au Panier pendant dix ans, et Romain "
  "Ferracci, passé par la logistique d'un gros e-commerçant, lancent la marque en 2019. L'atelier est rue des Trois-Rois, "
  "à Notre-Dame-du-Mont : huit personnes, les formules mises au point avec un laboratoire de La Ciotat, le "
  "conditionnement et les expéditions faits sur place.")
p("La gamme tient en six références : l'<b>huile à barbe Mistral</b> cade & bergamote 30 ml (24 €), le <b>savon à raser "
  "Lame Douce</b> au lait d'ânesse (14 €) et sa <b>recharge</b> de 100 g (9,50 €), le <b>baume après-rasage Calanque</b> "
  "75 ml (22 €), le <b>kit rasage traditionnel</b> coupe-chou, blaireau et bol (89 €) et le <b>coffret Vieux-Port</b> "
  "huile, baume et peigne en olivier (49 €).")
keyfig("140", "barbiers revendeurs", "de Marseille à Lille, dont « Le Fauteuil du Panier », notre barbier historique")
fb()
inter("Une enquête, trois personas")
p("En octobre 2025, on a posé douze questions à notre communauté en story Instagram, avec un lien vers un formulaire : "
  "420 réponses exploitables{{Enquête Instagram, n = 420, du 6 au 19 octobre 2025 ; 71 % de clients, 29 % d'abonnés "
  "n'ayant jamais acheté.}}. Trois profils sortent nettement du lot.")
box("L'enquête en bref", ["<b>420</b> réponses exploitables sur 512 ouvertures du formulaire",
                          "<b>12</b> questions, dont 3 ouvertes, codées à la main avec Jade Olivieri",
                          "<b>71 %</b> de clients, <b>29 %</b> d'abonnés qui n'ont jamais acheté",
                          "<b>27 %</b> de femmes, presque toutes acheteuses de cadeaux"], bg=CREAM)
inter("1. Le barbu soigné, 25-40 ans")
p("Il porte la barbe depuis longtemps et la considère comme une partie de son style. Il achète surtout l'huile et le "
  "baume, souvent sur mobile, le soir. <b>Drivers</b> : une barbe qui sent bon (61 %), une barbe douce qui ne gratte "
  "plus (54 %), des ingrédients naturels (47 %). <b>Pain points</b> : la peur du gras — « huile = gras » revient dans "
  "38 % des réponses libres —, le prix d'un flacon de 30 ml (29 %) et la difficulté à savoir combien de gouttes mettre.")
p("Il achète en moyenne trois fois par an, presque toujours la même huile, et il est le premier à répondre à nos "
  "stories. C'est lui qui nous a fait connaître : 48 % disent avoir découvert la marque par un ami ou par leur "
  "barbier.")
mark("p3_end")

# =================================================================================================
# P. 4 — MARCHÉ : personas (2) + path to purchase
# =================================================================================================
page()
mark("p4")
inter("2. Le néo-rasage, 35-55 ans")
p("Il s'est rasé pendant vingt ans avec un rasoir à cinq lames et il revient au rasage à l'ancienne, souvent après une "
  "vidéo ou une visite chez le barbier. <b>Drivers</b> : en finir avec l'irritation (58 %), le rituel du matin, ce quart "
  "d'heure à soi (44 %), moins de plastique jeté (33 %). <b>Pain points</b> : le prix du kit (41 % le trouvent cher au "
  "premier regard), la peur de se couper au coupe-chou{{Coupe-chou : rasoir à lame droite qui se replie dans son manche ; "
  "il demande un geste appris et un affûtage régulier.}} (37 %) et le temps d'apprentissage.")
inter("3. L'offreur")
p("Ce n'est pas un barbu : ce sont surtout des femmes (compagnes, filles, amies) qui cherchent un cadeau pour un homme "
  "barbu ou qui veut « se mettre au rasage ». <b>Drivers</b> : un cadeau qui fait premium (63 %), un coffret prêt à "
  "offrir (52 %), une marque avec une histoire. <b>Pain points</b> : ne pas savoir quel produit convient à quel type de "
  "barbe (46 %), la peur d'une livraison en retard avant Noël (31 %). Elle achète une à deux fois par an, presque "
  "toujours un coffret, et lit les fiches produits deux fois plus longtemps que la moyenne.")
pull("« Un client qui apprend à se raser avec nous, il ne retourne jamais au rasoir jetable. »",
     "Nassim Haddad, cofondateur")
inter("Path to purchase : le néo-rasage, étape par étape")
p("On a reconstitué le parcours du néo-rasage à partir de 30 entretiens téléphoniques menés par Jade Olivieri avec des "
  "acheteurs du kit, et des données Shopify.")
numbered([
    "<b>Le déclic : le feu du rasoir.</b> Plaques rouges, poils incarnés : le déclencheur cité par 2 acheteurs sur 3.",
    "<b>La recherche : YouTube d'abord.</b> Il tape « rasage à l'ancienne » ou « coupe-chou débutant » et regarde deux ou "
    "trois tutoriels avant de chercher une marque.",
    "<b>La validation : le barbier.</b> Il demande conseil à son barbier, qui lui fait souvent un premier rasage au "
    "coupe-chou et lui montre le savon et le blaireau{{Blaireau : brosse de rasage qui fait monter la mousse du savon et "
    "soulève les poils avant le passage de la lame.}}.",
    "<b>L'achat : le kit à 89 €.</b> 57 % l'achètent sur l'e-shop après la visite, 43 % directement au salon.",
    "<b>Les premières semaines.</b> Il s'entraîne, il rate, il revient sur les tutos ; nos emails d'onboarding "
    "tombent à J+2, J+7 et J+21.",
    "<b>Le rachat : la recharge.</b> Le savon de 100 g dure 8 à 10 semaines ; 28 % des acheteurs du kit passent à "
    "l'abonnement recharge.",
])
p("Ce qui frappe : le barbier intervient au milieu du parcours, au moment de la décision. C'est lui qui transforme "
  "l'envie en achat, en ligne ou au comptoir.")
box("3 insights à retenir", [
    "<b>Le barbier est la source de confiance n°1</b> : 57 % des répondants le citent avant les avis en ligne (31 %) et "
    "les influenceurs (12 %).",
    "<b>Le mobile domine</b> : 68 % des achats de l'e-shop se font sur smartphone, et 41 % entre 20 h et minuit.",
    "<b>Le cadeau est féminin</b> : 34 % des coffrets sont achetés par des femmes, un chiffre qu'on ne soupçonnait pas "
    "avant l'enquête.",
    "<b>« Huile = gras » est le premier frein</b> de toute l'enquête : 38 % des réponses libres, tous personas "
    "confondus. C'est une objection qui se traite en montrant le produit, pas en le décrivant."], bg=CREAM)
p("Ces insights nourrissent directement nos fiches produits, nos emails d'onboarding et le brief de nos créas Meta : "
  "chaque message répond à un pain point identifié ici.")
mark("p4_end")

# =================================================================================================
# P. 5 — MARCHÉ : competitive scan + SWOT snapshot
# =================================================================================================
page((("wide", None),))
mark("p5")
kicker("MARCHÉ")
title("Competitive scan : personne ne joue la carte locale")
p("Quatre marques, huit critères. Prix relevés sur les e-shops le 8 janvier 2026{{Prix publics TTC relevés sur les sites "
  "des quatre marques le 8 janvier 2026, pour le produit le plus proche du nôtre.}}, abonnés Instagram le même jour"
  "{{Compteurs d'abonnés affichés sur les profils Instagram officiels, 8 janvier 2026.}}.")
table([["Critère", "Mistral & Lame", "Barbu Club Paris", "Boréal Men", "Rasoir & Cie"],
       ["1. Positionnement", "Barbier marseillais, soin + rasage traditionnel", "Lifestyle parisien, barbe uniquement",
        "Naturel, peau sensible, design nordique", "Spécialiste du rasage, catalogue large"],
       ["2. Huile à barbe 30 ml", "24 €", "29 €", "26 €", "19 € (marque distribuée)"],
       ["3. Kit rasage traditionnel", "89 € (coupe-chou, blaireau, bol)", "Non proposé", "Non proposé",
        "65 à 240 € selon les marques"],
       ["4. Ingrédients & fabrication", "Formules françaises, cade et lait d'ânesse", "Fabriqué en France",
        "Bio certifié, fabriqué en Suède", "Selon les marques revendues"],
       ["5. Canaux", "E-shop, 140 barbiers, corner", "E-shop, Sephora, Galeries", "E-shop, parapharmacies",
        "E-shop uniquement"],
       ["6. Abonnement / recharges", "Recharge savon 100 g, abonnement", "Abonnement huile", "Non", "Non"],
       ["7. Instagram", "18 400 abonnés", "96 000 abonnés", "41 000 abonnés", "12 000 abonnés"],
       ["8. Ancrage local & storytelling", "Origine citée, peu exploitée", "Paris, sans récit de lieu",
        "Scandinavie « générique »", "Aucun"]],
      [3.2, 3.6, 3.4, 3.4, 3.4], bold_first=True, caption="Tableau 1 — Competitive scan, janvier 2026.")
p("<b>Le verdict.</b> Barbu Club Paris écrase tout le monde en notoriété (96 000 abonnés, présence chez Sephora) mais ne "
  "touche pas au rasage. Rasoir & Cie est la référence du rasage traditionnel, sans marque propre ni récit. Boréal Men "
  "occupe le créneau « naturel » avec un discours peau sensible très maîtrisé. Et surtout : <b>personne ne joue la carte "
  "locale</b>. Aucune de ces marques ne raconte un lieu, un métier, des gens. Nous, on a un barbier du Panier, un atelier "
  "à Notre-Dame-du-Mont, de l'huile de cade qui sent la garrigue. C'est notre avantage le plus difficile à copier — et "
  "aujourd'hui, on l'exploite à peine.")
sp(4)
add(Paragraph("SWOT snapshot", ParagraphStyle("t2", parent=S_TITLE, fontSize=15, leading=18, spaceAfter=4)))
S_SW = ParagraphStyle("sw", parent=S_BOX, fontSize=8.7, leading=11.4)
sw = [[Paragraph("<b>FORCES</b><br/>Légitimité barbier (Nassim) · 140 barbiers prescripteurs · seule marque soin + "
                 "rasage · recharges et abonnement · marge brute de 68 %", S_SW),
       Paragraph("<b>FAIBLESSES</b><br/>Notoriété faible hors Marseille · Instagram à 18 400 abonnés · CAC de 23 € · "
                 "62 % des kits vendus sur deux mois · équipe de 8", S_SW)],
      [Paragraph("<b>OPPORTUNITÉS</b><br/>Retour du rasage traditionnel · recherche de produits naturels et locaux · "
                 "tatoueurs et salons de barbier en croissance · Movember", S_SW),
       Paragraph("<b>MENACES</b><br/>Barbu Club Paris en GMS · coût des audiences Meta en hausse · marques de "
                 "distributeurs à 12 € l'huile · saisonnalité de Noël", S_SW)]]
tsw = Table(sw, colWidths=[UW / 2, UW / 2])
tsw.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#DDEBE4")),
                         ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#F6E0D2")),
                         ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#DCE8F0")),
                         ("BACKGROUND", (1, 1), (1, 1), colors.HexColor("#EFE3E3")),
                         ("BOX", (0, 0), (-1, -1), 0.6, colors.white), ("INNERGRID", (0, 0), (-1, -1), 3, colors.white),
                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                         ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
add(tsw)
add(Paragraph(txt("Tableau 2 — SWOT snapshot, janvier 2026."), S_CAP))
p("<b>Comment on le lit.</b> Nos forces sont toutes liées au métier de barbier ; nos faiblesses, à notre taille et à "
  "notre saisonnalité. Les opportunités vont dans notre sens : le rasage traditionnel revient, le local et le naturel "
  "rassurent. La menace la plus sérieuse est Barbu Club Paris, qui arrive en grande distribution avec une huile à "
  "19,90 € et une force de frappe publicitaire que nous n'aurons jamais. On ne gagnera pas sur le volume de pub : on "
  "gagnera sur la relation, par les barbiers et par le rachat.")
mark("p5_end")

# =================================================================================================
# P. 6 — STRATÉGIE : north star, targets, personas prioritaires, channel mix
# =================================================================================================
page((("wide", 4.3), ("two", None)))
mark("p6")
kicker("STRATÉGIE")
title("North star : faire revenir le client")
deck("Un seul chiffre pour aligner toute l'équipe, cinq targets pour décembre 2026, et deux personas en tête de file.")
fb()
inter("Notre north star")
p("<b>35 % de clients qui rachètent sous 90 jours</b>{{North star (« étoile polaire ») : l'indicateur unique qui résume "
  "la valeur que l'on crée pour le client et sur lequel toute l'équipe s'aligne.}}. En 2025, on était à 27 %. Pourquoi "
  "ce chiffre plutôt que le CA ? Parce que notre modèle repose sur des produits qui se consomment : un flacon d'huile "
  "dure six semaines, un savon deux mois. Un client qui ne revient pas nous a coûté plus cher qu'il n'a rapporté.")
inter("Les targets au 31 décembre 2026")
table([["Target", "2025", "Déc. 2026"],
       ["Réachat sous 90 jours", "27 %", "35 %"],
       ["CA e-shop", "777 k€", "+30 % (1 010 k€)"],
       ["Barbiers revendeurs", "140", "200 (+60)"],
       ["CAC{{CAC (coût d'acquisition client) : dépenses marketing d'une période divisées par le nombre de nouveaux "
        "clients de la période.}}", "23,10 €", "< 18 €"],
       ["Abonnements recharge actifs", "610", "1 500"]],
      [4.2, 1.9, 2.5], width=CW, right=(1, 2), bold_first=True, caption="Tableau 3 — North star & targets 2026.")
inter("Qui d'abord ?")
p("<b>Le néo-rasage passe en premier.</b> C'est le persona qui vaut le plus sur douze mois : 142 € en moyenne (kit, "
  "recharges, baume), contre 61 € pour le barbu soigné. C'est aussi celui que nos barbiers convertissent le mieux, et "
  "celui qui alimente directement la north star, puisque chaque kit vendu appelle une recharge huit semaines plus tard.")
fb()
p("<b>L'offreur arrive à Noël.</b> Il pèse peu le reste de l'année, mais 62 % de nos kits partent en novembre et "
  "décembre, et le coffret Vieux-Port est pensé pour lui. On lui parle à partir de la mi-novembre, pas avant.")
p("Le barbu soigné reste notre base : on le garde avec l'emailing et les recharges, sans budget d'acquisition dédié "
  "en 2026.")
inter("Le channel mix 2026")
p("Quatre canaux, du haut au bas du funnel :")
drawing(funnel_drawing(CW))
add(Paragraph(txt("Channel mix 2026 : SEO, Meta, influence, emailing."), S_CAP))
mark("p6_end")

# =================================================================================================
# P. 7 — STRATÉGIE : launch calendar + budget
# =================================================================================================
page((("wide", 4.3), ("two", 11.0), ("wide", None)))
mark("p7")
kicker("STRATÉGIE")
title("Launch calendar : suivre la barbe au fil de l'année")
deck("Une barbe, ça pousse toute l'année, mais ça ne s'achète pas toute l'année. Quatre temps forts rythment nos ventes.")
fb()
inter("Fête des pères, 21 juin")
p("Deuxième pic de l'année pour les coffrets : en 2025, les deux semaines qui précèdent la Fête des pères ont pesé 9 % "
  "des ventes annuelles du coffret Vieux-Port. L'offreur est déjà là, on lance donc les coffrets dès le 1er juin.")
inter("Juillet-août : les tailles d'été")
p("Avec la chaleur, les barbes raccourcissent : les barbiers font leurs meilleures semaines avant les départs en "
  "vacances, et le baume Calanque prend le relais de l'huile. C'est le bon moment pour pousser les réassorts barbiers.")
inter("Novembre : Movember")
p("Le mois de la moustache est notre moment de communauté : la barbe est dans toutes les conversations, et c'est le "
  "mois où l'huile se vend le mieux en ligne.")
fb()
keyfig("62 %", "des kits vendus en nov.–déc.", "ventes de kits 2023-2025{{Shopify Analytics, ventes de kits rasage "
       "traditionnel 2023-2025 : 62 % entre le 1er novembre et le 31 décembre.}}")
inter("Décembre : Noël")
p("Le vrai sommet : l'offreur arrive en masse, le kit à 89 € et le coffret à 49 € deviennent des cadeaux. Le dernier "
  "jour d'expédition garantie avant Noël est fixé au 19 décembre.")
fb()
add(Paragraph("LAUNCH CALENDAR 2026", S_KICK))
drawing(months_drawing(UW))
sp(6)
add(Paragraph("Budget 2026 par canal", ParagraphStyle("t3", parent=S_TITLE, fontSize=14, leading=17, spaceAfter=4)))
table([["Canal", "Postes", "Budget 2026", "Part"],
       ["SEO", "Rédaction de 24 articles, refonte des fiches, licence Semrush", "9 600 €", "17 %"],
       ["Meta", "Advantage+ prospection, retargeting, Movember, Noël", "26 400 €", "47 %"],
       ["Influence", "12 créateurs, produits offerts et rémunérations", "12 000 €", "21 %"],
       ["Emailing", "Licence Klaviyo, création des flows et des newsletters", "4 800 €", "9 %"],
       ["Événements barbiers", "Kits salon, soirée Movember au Fauteuil du Panier", "3 500 €", "6 %"],
       ["Total", "", "56 300 €", "100 %"]],
      [2.6, 7.8, 2.2, 1.4], right=(2, 3), bold_first=True, caption="Tableau 4 — Budget 2026 par canal (HT).")
mark("p7_end")

# =================================================================================================
# P. 8 — TERRAIN : secteurs, co-branding, Movember
# =================================================================================================
page((("wide", 4.3), ("two", None)))
mark("p8")
kicker("TERRAIN")
title("Hors ligne, là où poussent les barbes")
deck("Nos meilleurs vendeurs ne sont pas sur Instagram : ils ont un fauteuil, une aiguille ou un vestiaire.")
fb()
inter("Les secteurs qui comptent")
p("<b>Les salons de barbier.</b> C'est notre canal historique : 140 salons, une commande moyenne de 310 € HT tous les "
  "deux mois. Il reste des centaines de salons ouverts depuis moins de cinq ans qui n'ont pas encore de marque de soin.")
p("<b>Les studios de tatouage.</b> Leurs clients prennent soin de leur peau après chaque séance, et beaucoup portent la "
  "barbe : le baume et l'huile répondent exactement à ce besoin.")
p("<b>Les boutiques de prêt-à-porter homme.</b> Les « vestiaires » indépendants cherchent des produits d'appoint autour "
  "de 20 à 50 € pour augmenter le panier : le coffret Vieux-Port y est parfait.")
p("<b>Le Stade Phocéen XV.</b> Le club de rugby a 600 licenciés, une boutique et un public très barbu : une commande "
  "groupée de coffrets pour les fêtes de fin de saison a déjà été évoquée.")
p("<b>Les concept stores.</b> Notre corner actuel fait 11 % du CA avec les marchés de Noël ; trois concept stores de "
  "Lyon, Montpellier et Nice nous ont contactés.")
fb()
inter("Co-branding : Encre du Panier")
p("Encre du Panier est un studio de tatouage ouvert en 2021 à deux rues du Fauteuil du Panier. L'idée : un coffret "
  "« Encre & Barbe » qui réunit notre baume Calanque et la crème de cicatrisation du studio.")
p("Pourquoi eux ? Parce qu'on parle au même homme. Dans notre enquête, 44 % des barbus soignés ont au moins un "
  "tatouage{{Enquête Instagram, n = 420 : 44 % des répondants du persona « barbu soigné » déclarent au moins un "
  "tatouage.}} ; côté studio, 70 % de la clientèle sont des hommes de 22 à 40 ans, exactement notre cœur de cible. Même "
  "âge, mêmes habitudes de soin, même attention à la peau après un passage sous l'aiguille ou sous la lame.")
keyfig("+38 %", "de sessions pendant Movember", "+22 % de commandes")
pull("« Une barbe bien taillée, c'est un homme qui a pris le temps. »", "Nassim Haddad")
mark("p8_end")

# =================================================================================================
# P. 9 — SEARCH : quick wins, outils, méthode, début du search landscape
# =================================================================================================
page((("wide", 4.3), ("two", 9.8), ("wide", None)))
mark("p9")
kicker("SEARCH")
title("Search : 40 requêtes, une méthode")
deck("Avant de produire du contenu, on a regardé ce que les barbus tapent vraiment dans Google. Et ce qu'on pouvait "
     "gagner vite.")
fb()
inter("Les quick wins, classés au score ICE")
table([["Quick win", "I", "C", "E", "ICE"],
       ["Réécrire title et meta des 24 fiches", "8", "8", "9", "576"],
       ["FAQ « huile à barbe » sur la fiche huile", "7", "7", "9", "441"],
       ["Collection « Rasage traditionnel »", "9", "7", "6", "378"],
       ["Alléger les visuels des fiches", "6", "8", "7", "336"],
       ["300 mots sur les 6 collections", "6", "6", "8", "288"],
       ["Article « Appliquer l'huile à barbe »", "7", "6", "6", "252"]],
      [5.4, 0.6, 0.6, 0.6, 0.9], width=CW, right=(1, 2, 3, 4),
      caption="Tableau 5 — Quick wins SEO{{ICE : Impact × Confiance × Facilité, chacun noté de 1 à 10 ; plus le score est "
              "haut, plus l'action passe tôt.}}.")
fb()
inter("Nos outils")
p("<b>GA4</b> pour le trafic, les sources et les conversions ; <b>Search Console</b> pour les requêtes, les clics et les "
  "positions ; <b>Shopify Analytics</b> pour les ventes, le panier moyen et le réachat ; <b>Semrush</b> pour les volumes, "
  "la difficulté des mots-clés et ce que font les concurrents.")
inter("La méthode en quatre temps")
numbered([
    "<b>Seed words.</b> Avec Nassim et trois barbiers, on a listé 60 mots du métier : coupe-chou, blaireau, feu du "
    "rasoir, poils incarnés, cade…",
    "<b>Semrush.</b> Chaque mot passe dans le Keyword Magic Tool{{Semrush, base FR, janvier 2026 : volumes mensuels "
    "moyens et difficulté (KD, de 0 à 100).}} : volume, difficulté, pages en tête.",
    "<b>Intent tags.</b> Chaque requête reçoit une intention : info, commerciale, transactionnelle ou navigationnelle.",
    "<b>Pages.</b> Une page cible par requête, pour ne pas faire concourir deux pages sur la même recherche.",
])
fb()
mark("sl_start")
SL = [
    ("huile à barbe", "12 100", "38", "Transac.", "Barbu Club Paris", "/collections/huiles-a-barbe"),
    ("huile à barbe naturelle", "1 300", "24", "Transac.", "Boréal Men", "/products/huile-a-barbe-mistral"),
    ("huile barbe bio", "1 000", "27", "Transac.", "Boréal Men", "/products/huile-a-barbe-mistral"),
    ("huile à barbe homme", "880", "30", "Transac.", "Barbu Club Paris", "/collections/huiles-a-barbe"),
    ("comment appliquer huile à barbe", "1 600", "12", "Info", "Barbu Club Paris (blog)", "/blog/appliquer-huile-a-barbe"),
    ("huile ou baume barbe", "590", "10", "Info", "Boréal Men (blog)", "/blog/huile-ou-baume"),
    ("barbe qui gratte", "2 400", "15", "Info", "Sites santé", "/blog/barbe-qui-gratte"),
    ("pellicules barbe", "1 900", "18", "Info", "Parapharmacies", "/blog/barbe-qui-gratte"),
    ("huile de cade barbe", "260", "8", "Commerciale", "—", "/blog/huile-de-cade"),
    ("baume à barbe", "3 600", "33", "Transac.", "Barbu Club Paris", "/collections/soins-barbe"),
    ("baume après-rasage", "4 400", "41", "Transac.", "Boréal Men", "/products/baume-calanque"),
    ("baume après-rasage peau sensible", "1 000", "28", "Commerciale", "Boréal Men", "/products/baume-calanque"),
    ("après-rasage naturel", "480", "19", "Commerciale", "Rasoir & Cie", "/products/baume-calanque"),
    ("feu du rasoir", "3 600", "14", "Info", "Sites santé", "/blog/feu-du-rasoir"),
    ("poils incarnés barbe", "2 900", "16", "Info", "Sites santé", "/blog/feu-du-rasoir"),
    ("savon à raser", "6 600", "35", "Transac.", "Rasoir & Cie", "/collections/rasage"),
    ("savon à raser naturel", "720", "21", "Transac.", "Rasoir & Cie", "/products/savon-lame-douce"),
    ("savon à raser lait d'ânesse", "210", "6", "Transac.", "—", "/products/savon-lame-douce"),
    ("recharge savon à raser", "170", "5", "Transac.", "Rasoir & Cie", "/products/recharge-savon-100g"),
    ("comment utiliser un blaireau", "1 300", "11", "Info", "Rasoir & Cie (blog)", "/blog/utiliser-blaireau"),
    ("blaireau de rasage", "5 400", "36", "Transac.", "Rasoir & Cie", "/collections/rasage"),
    ("bol à raser", "880", "22", "Transac.", "Rasoir & Cie", "/collections/rasage"),
    ("kit rasage traditionnel", "1 900", "31", "Transac.", "Rasoir & Cie", "/products/kit-rasage-traditionnel"),
    ("kit rasage homme", "2 900", "39", "Commerciale", "Amazon", "/products/kit-rasage-traditionnel"),
    ("coupe-chou", "9 900", "40", "Commerciale", "Rasoir & Cie", "/products/kit-rasage-traditionnel"),
    ("rasoir coupe-chou débutant", "590", "17", "Commerciale", "Forums", "/blog/coupe-chou-debuter"),
    ("comment se raser au coupe-chou", "1 000", "13", "Info", "YouTube", "/blog/coupe-chou-debuter"),
    ("affûter coupe-chou", "480", "9", "Info", "Forums", "/blog/entretenir-coupe-chou"),
    ("rasage à l'ancienne", "1 600", "20", "Info", "Rasoir & Cie (blog)", "/collections/rasage"),
    ("coffret barbe", "4 400", "34", "Transac.", "Barbu Club Paris", "/products/coffret-vieux-port"),
    ("coffret cadeau homme barbe", "1 300", "29", "Transac.", "Boréal Men", "/products/coffret-vieux-port"),
    ("idée cadeau homme barbu", "2 400", "25", "Commerciale", "Médias lifestyle", "/blog/idees-cadeaux-barbu"),
    ("cadeau fête des pères barbe", "880", "18", "Commerciale", "Médias lifestyle", "/products/coffret-vieux-port"),
    ("peigne à barbe bois", "1 000", "23", "Transac.", "Barbu Club Paris", "/products/coffret-vieux-port"),
    ("entretien barbe", "2 900", "26", "Info", "Barbu Club Paris (blog)", "/blog/beard-care"),
    ("tailler sa barbe", "6 600", "28", "Info", "YouTube", "/blog/tailler-sa-barbe"),
    ("laver sa barbe", "1 300", "12", "Info", "Boréal Men (blog)", "/blog/laver-sa-barbe"),
    ("soin barbe naturel", "720", "20", "Commerciale", "Boréal Men", "/collections/soins-barbe"),
    ("mistral et lame", "1 000", "2", "Navig.", "Mistral & Lame", "/ (accueil)"),
    ("mistral et lame huile", "140", "1", "Navig.", "Mistral & Lame", "/products/huile-a-barbe-mistral"),
]
assert len(SL) == 40
table([["#", "Requête", "Vol./mois", "KD", "Intention", "En tête aujourd'hui", "Page cible"]] +
      [[str(i + 1)] + list(r) for i, r in enumerate(SL)],
      [0.5, 4.4, 1.4, 0.7, 1.6, 3.2, 5.0], size=8.1, right=(0, 2, 3),
      caption="Tableau 6 — Search landscape : 40 requêtes (Semrush, base FR, janvier 2026).")
mark("sl_end")


# =================================================================================================
# P. 10 — SEARCH : suite du search landscape, contexte, content hub
# =================================================================================================
page((("wide", 12.4), ("two", 6.2), ("wide", None)), cont=True)
fb()
INTENTS = {}
for r in SL:
    INTENTS[r[3]] = INTENTS.get(r[3], 0) + 1
assert INTENTS == {"Transac.": 16, "Info": 13, "Commerciale": 9, "Navig.": 2}, INTENTS
inter("Intent & concurrents")
p("Sur les 40 requêtes, 16 sont transactionnelles, 9 commerciales, 13 informationnelles et 2 navigationnelles (notre "
  "marque). Le terrain est partagé : Barbu Club Paris tient les grosses requêtes génériques comme « huile à barbe » "
  "(KD 38), Rasoir & Cie verrouille tout ce qui touche au rasage, Boréal Men occupe « naturel » et « peau sensible ». "
  "Notre jeu : les requêtes de longue traîne et les questions pratiques, là où le savoir-faire d'un barbier vaut mieux "
  "qu'un catalogue.")
fb()
pull("Page 1 sur « huile à barbe naturelle ».", "Notre plus belle victoire SEO")
inter("Le content hub « Beard care »")
p("Un article pilier, « Entretenir sa barbe : le guide du barbier », et six articles enfants, chacun bâti sur une "
  "question du search landscape.")
fb()
drawing(hub_drawing(UW))
add(Paragraph(txt("Le content hub Beard care : l'article pilier et ses six articles enfants."), S_CAP))

# =================================================================================================
# P. 11 — ADS : structure des campagnes, mots-clés, audiences, encadré « ROI »
# =================================================================================================
page((("wide", 4.3), ("wide", 6.5), ("two", None)))
kicker("ADS")
title("Paid : la machine Google + Meta")
deck("Google pour capter ceux qui cherchent, Meta pour aller chercher ceux qui ne savent pas encore qu'ils vont s'y "
     "mettre.")
fb()
table([["Plateforme", "Campagne", "Groupes ou audiences", "Mots-clés ou signaux", "Budget / jour"],
       ["Google Ads", "Search — Marque", "1 groupe", "[mistral et lame], \"mistral et lame huile\"", "8 €"],
       ["Google Ads", "Search — Soins barbe", "Huile ; Baume", "[huile à barbe naturelle], \"huile barbe bio\", "
        "\"baume à barbe\"", "18 €"],
       ["Google Ads", "Search — Rasage traditionnel", "Kit ; Savon ; Blaireau", "\"kit rasage traditionnel\", "
        "\"savon à raser naturel\", \"blaireau de rasage\"", "15 €"],
       ["Google Ads", "Shopping", "3 groupes de produits selon la marge", "Flux Merchant Center (6 références)", "22 €"],
       ["Meta", "Advantage+ shopping — Prospection", "Lookalike 1-3 % réacheteurs ; intérêts",
        "« barbe », « rasage traditionnel », « barbier »", "35 €"],
       ["Meta", "Retargeting 30 jours", "Visiteurs fiches produits, paniers", "Exclusion acheteurs < 14 jours", "10 €"]],
      [1.6, 3.2, 3.4, 5.4, 1.5], right=(4,), bold_first=True,
      caption="Tableau 7 — Structure des campagnes (budgets hors temps forts).")
fb()
inter("Google : Search + Shopping")
p("Trois campagnes Search et une campagne Shopping, séparées pour piloter le budget par famille de produits. En Search, "
  "les mots-clés sont en exact et en expression ; on exclut « gratuit », « DIY », « recette », « tondeuse » et "
  "« électrique ». En Shopping, le flux Merchant Center est découpé en trois groupes selon la marge.")
inter("Meta : Advantage+ et audiences")
p("La campagne Advantage+ shopping{{Advantage+ shopping : format de campagne Meta qui automatise le ciblage, les "
  "placements et le choix des créas à partir du catalogue produits.}} de prospection part de deux signaux : un lookalike "
  "1 à 3 % de nos 2 300 réacheteurs (clients ayant commandé au moins deux fois) et les centres d'intérêt « barbe », "
  "« rasage traditionnel » et « barbier ». Le retargeting vise les visiteurs des fiches et les paniers des 30 derniers "
  "jours, hors acheteurs récents.")
inter("Enchères")
p("Les campagnes Search marque et Shopping sont en ROAS cible (600 % et 350 %), les deux campagnes Search génériques "
  "en maximisation des conversions avec un CPC plafonné à 1,10 €. Sur Meta, Advantage+ optimise sur l'achat, avec un "
  "budget de campagne unique réparti automatiquement entre les créas.")
fb()
S_RT = ParagraphStyle("rt", parent=S_CELL, fontSize=7.9, leading=9.6)
roi_rows = [["Créateur", "Abonnés", "Mentions", "Saves", "Reach"],
            ["@rasage.lent", "42 k", "6", "3 900", "61 000"],
            ["@barbes_de_france", "118 k", "4", "5 200", "148 000"],
            ["@le.barbier.nomade", "27 k", "9", "2 700", "39 000"],
            ["@papa_barbu", "64 k", "5", "4 100", "87 000"],
            ["Total", "251 k", "24", "15 900", "335 000"]]
tr = Table([[Paragraph(fr(c), ParagraphStyle("x", parent=S_RT, fontName="NaB" if (i == 0 or i == 5) else "Na",
                                              alignment=TA_LEFT if j == 0 else TA_RIGHT)) for j, c in enumerate(r)]
            for i, r in enumerate(roi_rows)], colWidths=[2.45 * cm, 1.35 * cm, 1.2 * cm, 1.2 * cm, 1.5 * cm])
tr.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, NAVY), ("LINEABOVE", (0, -1), (-1, -1), 0.6, NAVY),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
box("ROI = Return On Influence",
    ["Pour l'influence, on mesure l'influence. Quatre créateurs ont parlé du kit et de l'huile entre octobre et décembre "
     "2025 :", tr,
     "Les saves sont notre indicateur préféré : un post enregistré, c'est un tuto qu'on reviendra regarder le jour où le "
     "kit arrive. Avec 15 900 saves et 335 000 comptes touchés, le Return On Influence de la saison est excellent, et "
     "@rasage.lent est le créateur le plus efficace rapporté à sa taille."])
inter("Les audiences en chiffres")
bullets(["Lookalike réacheteurs, 1-3 % : environ 1,6 million de comptes.",
         "Intérêts barbe, rasage, barbier, hommes 25-55 ans : 2,3 millions.",
         "Retargeting 30 jours : 21 000 visiteurs, 38 000 en décembre."])

# =================================================================================================
# PP. 12-13 — L'INTERVIEW
# =================================================================================================
page((("wide", 8.4), ("two", None)))
kicker("L'INTERVIEW")
title("Nassim Haddad : « Le barbier, c'est notre premier média »")
deck("Barbier au Panier pendant dix ans, cofondateur de Mistral & Lame, il raconte comment une marque née dans un "
     "fauteuil s'est retrouvée chez 140 confrères. Propos recueillis par Léo Marchetti dans l'atelier de "
     "Notre-Dame-du-Mont.")
ph = Table([[Paragraph("[ PHOTO — Nassim Haddad dans l'atelier, flacons d'huile Mistral au premier plan ]",
                       ParagraphStyle("ph", fontName="SaI", fontSize=8.5, leading=11, textColor=GREY,
                                      alignment=TA_CENTER))]], colWidths=[UW], rowHeights=[2.9 * cm])
ph.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E9E4DC")), ("VALIGN", (0, 0), (-1, -1),
                                                                                      "MIDDLE")]))
add(ph)
fb()
qa("Nassim, on commence par le début : pourquoi lancer une marque de soins quand on est barbier ?",
   ["Parce que je n'arrivais pas à conseiller les produits que je vendais. En dix ans de fauteuil, j'ai vu passer des "
    "milliers de barbes, et les clients me demandaient tous la même chose : « qu'est-ce que je mets pour que ça ne "
    "gratte plus ? ». Les huiles du marché étaient soit hors de prix, soit parfumées comme un désodorisant de voiture. "
    "Un jour, j'ai demandé à un laboratoire de La Ciotat de travailler avec moi sur une huile à la cade. Le cade, c'est "
    "l'odeur de la garrigue au-dessus de Marseille. On a fait quarante essais."])
qa("Et Romain dans tout ça ?",
   ["Romain, c'est l'opposé de moi : il aime les tableaux Excel et les cartons bien scotchés. Il venait de la logistique "
    "d'un gros site de vente en ligne. Sans lui, on serait encore en train de remplir des flacons dans l'arrière-"
    "boutique. Il a monté l'atelier, la préparation des commandes, les envois aux barbiers. Moi, je fais le produit et "
    "je parle aux salons."])
qa("140 barbiers revendent vos produits. Comment ça a commencé ?",
   ["Le premier, c'était Le Fauteuil du Panier, mon ancien salon. Ensuite, ce sont les barbiers eux-mêmes qui ont fait "
    "passer le mot, dans les formations, dans les concours, sur Instagram. Un barbier qui utilise ton huile sur ses "
    "clients toute la journée, il n'a pas besoin de fiche produit : il sait. On n'a jamais eu de commercial. Les vingt "
    "premiers salons, je les ai tous visités moi-même, avec un sac à dos plein d'échantillons."])
pull("« Un barbier, c'est vingt minutes de conversation en tête-à-tête. Aucune pub ne fait ça. »", "Nassim Haddad")
qa("C'est pour ça que vous dites que le barbier est votre premier média ?",
   ["Exactement. Pense à ce qui se passe dans un salon : le client est assis, détendu, il a le temps, il se regarde dans "
    "le miroir. Le barbier lui applique le produit, lui explique comment faire chez lui. C'est de la démonstration en "
    "direct, avec quelqu'un en qui il a confiance. Aucune vidéo ne remplace ça."])
qa("Le rasage traditionnel revient en force. Effet de mode ?",
   ["Je ne crois pas. Les gens en ont marre des rasoirs à cinq lames qui irritent et qu'on jette tous les mois. Le "
    "coupe-chou, ça fait peur au début, mais une fois qu'on a le geste, c'est un moment pour soi. Et ce sont des hommes "
    "de quarante, cinquante ans qui s'y mettent, pas seulement des jeunes. Ceux-là, quand ils sont convaincus, ils "
    "restent."])
qa("Qu'est-ce qui a changé depuis que l'e-shop pèse plus de la moitié du chiffre d'affaires ?",
   ["Tout et rien. Tout, parce qu'on expédie maintenant des colis partout en France, qu'on a des données, des "
    "campagnes, un Léo (rires). Rien, parce que le produit reste le même et que les barbiers restent au centre. Beaucoup "
    "de clients de l'e-shop ont découvert la marque chez leur barbier : l'un ne va pas sans l'autre."])
qa("Votre pire souvenir d'entrepreneur ?",
   ["Le coffret de Noël 2021. On avait choisi un flacon en verre soufflé magnifique, trop fragile pour les colis. On a "
    "eu 12 % de casse en décembre. J'ai passé le réveillon à remballer des coffrets avec Romain. Depuis, chaque "
    "emballage passe le test de la chute d'un mètre avant d'être validé."])
pull("« Trois gouttes d'huile, pas une de plus. La barbe, c'est comme la cuisine provençale : l'huile, ça se dose. »",
     "Nassim Haddad")
qa("Comment travaillez-vous avec l'équipe marketing ?",
   ["Léo arrive avec ses chiffres, moi avec mes histoires de salon, et Jade fait le lien avec les contenus. Souvent, "
    "les chiffres confirment ce que les barbiers me disent depuis des mois. Parfois, ils me surprennent : je n'aurais "
    "jamais cru que tant de femmes achetaient nos coffrets."])
qa("Pourquoi rester à Marseille, alors que la moitié de vos clients sont ailleurs ?",
   ["Parce que c'est ici que tout a commencé et parce que nos produits sentent d'ici. Le cade, la bergamote, le "
    "peigne en olivier, le nom Vieux-Port sur le coffret… Quand un client de Lille ouvre un colis, je veux qu'il sente "
    "un peu le Sud. On aura peut-être un jour une boutique au Vieux-Port, mais l'atelier ne quittera pas Notre-Dame-"
    "du-Mont."])
qa("Et dans cinq ans ?",
   ["Deux cents barbiers, des clients fidèles qui rachètent leurs recharges sans y penser, et peut-être deux ou trois "
    "pays voisins. Mais je ne veux pas devenir une marque de supermarché. Si un jour on est en tête de gondole à côté "
    "des rasoirs jetables, c'est qu'on aura raté quelque chose."])
qa("Un dernier conseil pour un barbu débutant ?",
   ["Lave ta barbe avec un vrai savon doux, sèche-la bien, puis trois gouttes d'huile dans la paume, tu chauffes, tu "
    "appliques de la racine vers les pointes. Et va voir ton barbier une fois par mois. Il te dira le reste."])
box("Nassim en cinq dates", ["<b>2009</b> — premier fauteuil au Panier, à 21 ans.",
                             "<b>2019</b> — création de Mistral & Lame avec Romain Ferracci.",
                             "<b>2020</b> — premier barbier revendeur hors de Marseille, à Lyon.",
                             "<b>2023</b> — lancement du kit rasage traditionnel.",
                             "<b>2025</b> — 140 barbiers, 1,34 M€ de chiffre d'affaires."], bg=CREAM)
page((("two", None),), cont=True)

# =================================================================================================
# P. 14 — ADS : annonces, landing pages, POAS Movember
# =================================================================================================
page((("wide", 4.3), ("two", None)))
kicker("ADS")
title("Annonces, landing pages et POAS Movember")
deck("Ce que voient les internautes, où ils atterrissent, et ce que notre campagne Movember a vraiment rapporté.")
fb()
inter("Trois annonces Search")
S_AD = ParagraphStyle("ad", parent=S_BOX, fontSize=8.7, leading=11.6)
for head, tit, desc in [
    ("Annonce 1 — Soins barbe", "Huile à Barbe Naturelle | Cade & Bergamote 30 ml | Née chez un Barbier",
     "Une huile légère qui ne graisse pas : trois gouttes suffisent. Formulée avec des barbiers. Livraison 48 h."),
    ("Annonce 2 — Rasage traditionnel", "Kit Rasage Traditionnel | Coupe-Chou, Blaireau et Bol | 89 € Tout Compris",
     "Redécouvrez le rasage à l'ancienne, sans irritation. Tutoriels vidéo offerts avec chaque kit."),
    ("Annonce 3 — Marque", "Mistral & Lame — Site Officiel | Soins Barbe & Rasage | Recharges Savon 9,50 €",
     "Huiles, savons et baumes imaginés par un barbier. Abonnement recharges sans engagement."),
]:
    add(Paragraph(fr("<b>%s</b><br/><font color='#2B6F8E'>%s</font><br/>%s" % (head, tit, desc)), S_AD))
    sp(4)
inter("Deux textes Meta")
p("<b>Movember.</b> « Novembre, c'est le mois de la moustache. Nourrissez-la avec notre huile Mistral cade & "
  "bergamote, formulée par un barbier, trois gouttes par jour. Pour chaque flacon vendu en novembre, 1 € est reversé à "
  "la recherche sur les cancers masculins. »")
p("<b>Néo-rasage.</b> « Marre du feu du rasoir ? Le coupe-chou, ça s'apprend. Notre kit complet (coupe-chou, blaireau, "
  "bol, savon au lait d'ânesse) et nos tutos pas à pas pour vos dix premiers rasages. »")
fb()
inter("Landing pages")
p("Les annonces Shopping renvoient vers les fiches produits correspondantes. Les trois annonces Search renvoient vers "
  "la page d'accueil de l'e-shop.")
inter("Movember sur Meta : le POAS")
p("La campagne Meta Movember a tourné du 3 au 30 novembre 2025 avec le texte ci-contre, deux vidéos de Nassim et un "
  "carrousel produits. On la mesure au POAS, le profit on ad spend : ce que la campagne a laissé en marge brute pour "
  "chaque euro investi{{POAS Movember = marge brute / dépense = 7 820 € / 3 010 € = 2,6. En net : (7 820 − 3 010) / 3 010 "
  "= +160 %. Marge brute = chiffre d'affaires HT des commandes attribuées à la campagne (Meta, clic 7 jours) moins le "
  "coût des produits vendus.}}.")
keyfig("×2,6", "POAS Movember", "campagne Meta du 3 au 30 novembre 2025")
p("Les commandes sont attribuées par Meta (clic sous 7 jours) et rapprochées des commandes Shopify par le code "
  "MOVEMBER25.")
vis = Table([[Paragraph("[ VISUEL — carrousel Movember : la moustache de Nassim, le flacon Mistral, « 1 € reversé » ]",
                        ParagraphStyle("vis", fontName="SaI", fontSize=8.2, leading=10.5, textColor=GREY,
                                       alignment=TA_CENTER))]], colWidths=[CW], rowHeights=[4.6 * cm])
vis.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E9E4DC")),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
sp(4)
add(vis)

# =================================================================================================
# PP. 15-16 — DATA : le KPI board
# =================================================================================================
WEEKS = [("S40", "29/09"), ("S41", "06/10"), ("S42", "13/10"), ("S43", "20/10"), ("S44", "27/10"), ("S45", "03/11"),
         ("S46", "10/11"), ("S47", "17/11"), ("S48", "24/11"), ("S49", "01/12"), ("S50", "08/12"), ("S51", "15/12"),
         ("S52", "22/12"), ("S01", "29/12"), ("S02", "05/01"), ("S03", "12/01"), ("S04", "19/01"), ("S05", "26/01")]
META_SPEND = [380, 395, 410, 420, 430, 640, 760, 820, 790, 720, 780, 650, 300, 280, 310, 330, 340, 350]
META_MARGIN = [722, 711, 820, 882, 860, 1590, 1980, 2190, 2060, 1728, 1950, 1430, 450, 448, 527, 594, 612, 665]
META_CPC = [0.58, 0.59, 0.60, 0.61, 0.62, 0.55, 0.54, 0.56, 0.57, 0.66, 0.68, 0.69, 0.61, 0.52, 0.53, 0.54, 0.55, 0.55]
META_CTR = [1.02, 1.05, 1.01, 1.00, 0.98, 1.36, 1.41, 1.38, 1.33, 1.18, 1.16, 1.12, 0.94, 0.95, 0.97, 0.99, 1.00, 1.01]
SEA_SPEND = [210, 215, 220, 225, 230, 240, 250, 255, 260, 290, 310, 300, 180, 170, 200, 205, 210, 215]
SEA_MARGIN = [651, 688, 682, 720, 759, 768, 825, 816, 858, 1015, 1116, 1050, 522, 476, 620, 656, 672, 710]
SEA_CPC = [0.71, 0.72, 0.72, 0.73, 0.74, 0.75, 0.76, 0.77, 0.78, 0.82, 0.84, 0.83, 0.74, 0.70, 0.71, 0.71, 0.72, 0.72]
SEA_CTR = [7.8, 7.9, 7.7, 7.8, 7.6, 7.4, 7.5, 7.3, 7.2, 6.9, 6.8, 6.9, 7.4, 7.9, 8.0, 8.1, 8.0, 8.1]
SHO_SPEND = [260, 270, 275, 280, 290, 320, 340, 350, 360, 420, 460, 430, 220, 200, 240, 250, 255, 260]
SHO_MARGIN = [598, 621, 660, 672, 725, 736, 816, 875, 900, 1176, 1334, 1204, 506, 420, 528, 575, 587, 598]
SHO_CPC = [0.41, 0.41, 0.42, 0.42, 0.43, 0.44, 0.45, 0.46, 0.46, 0.49, 0.51, 0.50, 0.44, 0.39, 0.40, 0.40, 0.41, 0.41]
SHO_CTR = [1.31, 1.32, 1.30, 1.33, 1.35, 1.28, 1.29, 1.27, 1.26, 1.41, 1.45, 1.43, 1.22, 1.20, 1.24, 1.25, 1.26, 1.27]
for arr in (META_SPEND, META_MARGIN, SEA_SPEND, SEA_MARGIN, SHO_SPEND, SHO_MARGIN):
    assert len(arr) == 18
assert sum(META_SPEND[5:9]) == 3010 and sum(META_MARGIN[5:9]) == 7820
MARGIN_PER_ORDER = 27.9


def n0(v):
    return "{:,}".format(int(round(v))).replace(",", "\u00a0")


def d2(v):
    return ("%.2f" % v).replace(".", ",")


KPI = []
TOT = {}
for i, (w, dte) in enumerate(WEEKS):
    for ch, spd, mrg, cpc, ctr in (("Google Search", SEA_SPEND, SEA_MARGIN, SEA_CPC, SEA_CTR),
                                   ("Google Shopping", SHO_SPEND, SHO_MARGIN, SHO_CPC, SHO_CTR),
                                   ("Meta", META_SPEND, META_MARGIN, META_CPC, META_CTR)):
        clicks = spd[i] / cpc[i]
        impr = clicks / (ctr[i] / 100.0)
        orders = round(mrg[i] / MARGIN_PER_ORDER)
        t = TOT.setdefault(ch, [0, 0, 0, 0, 0])
        t[0] += spd[i]; t[1] += impr; t[2] += clicks; t[3] += orders; t[4] += mrg[i]
        KPI.append(["%s · %s" % (w, dte) if ch == "Google Search" else "", ch, n0(spd[i]) + " €", n0(impr),
                    d2(ctr[i]) + " %", d2(cpc[i]) + " €", str(orders), n0(mrg[i]) + " €", d2(mrg[i] / spd[i])])
for ch in ("Google Search", "Google Shopping", "Meta"):
    s_, im, cl, od, mg = TOT[ch]
    KPI.append(["Total 18 sem." if ch == "Google Search" else "", ch, n0(s_) + " €", n0(im), d2(cl / im * 100) + " %",
                d2(s_ / cl) + " €", str(od), n0(mg) + " €", d2(mg / s_)])
POAS_TOT = {ch: TOT[ch][4] / TOT[ch][0] for ch in TOT}

page((("wide", None),))
kicker("DATA")
title("Le KPI board du lundi")
deck("Chaque lundi à 9 h, une page, trois canaux, cinq chiffres. Voici les 18 semaines de l'automne-hiver 2025-2026.")
p("Le board est un Google Sheets alimenté chaque lundi par les exports de Google Ads, de Meta et de Shopify{{Sources : "
  "Google Ads (rapport par semaine), Meta Ads Manager (attribution clic 7 jours), Shopify Analytics pour la marge brute "
  "par commande ; export du 2 février 2026.}}. Pour chaque canal : la dépense, les impressions, le CTR et le CPC"
  "{{CTR (taux de clic) = clics / impressions ; CPC (coût par clic) = dépense / clics.}}, les commandes attribuées, la "
  "marge brute et le POAS. Une ligne par canal et par semaine, la semaine étant repérée par son lundi.")
mark("kpi_start")
table([["Semaine", "Canal", "Dépense", "Impr.", "CTR", "CPC", "Cmd", "Marge brute", "POAS"]] + KPI,
      [1.9, 2.5, 1.4, 1.5, 1.1, 1.1, 0.8, 1.7, 1.0], size=7.9, right=(2, 3, 4, 5, 6, 7, 8), zebra=False,
      caption="Tableau 8 — KPI board hebdomadaire, semaines 40/2025 à 05/2026 (dépenses HT).")
mark("kpi_end")
page((("wide", 12.0), ("two", None)), cont=True)
fb()
inter("Comment on le lit")
p("Le lundi, on regarde d'abord la colonne POAS, canal par canal : au-dessus de 2, la campagne crée de la marge ; "
  "entre 1 et 2, elle se paie à peine ; en dessous de 1, elle coûte plus qu'elle ne rapporte. Ensuite le CPC, pour "
  "repérer une hausse de la concurrence, puis le CTR, pour voir si une créa s'use.")
fb()
p("Le board sert aussi au point growth du mardi avec Romain : on y décide des budgets de la semaine, canal par canal, "
  "en partant toujours des trois chiffres de la semaine précédente.")
inter("Mode d'emploi")
bullets(["Mise à jour : chaque lundi avant 9 h, par Léo ; Jade reprend la main pendant mes semaines d'école.",
         "Code couleur : POAS en vert au-dessus de 2, en orange entre 1 et 2, en rouge en dessous de 1.",
         "Les semaines de temps fort (Movember, Noël) sont repérées en gras dans la version en ligne.",
         "Les marges brutes sont recalculées en fin de mois avec les coûts réels des produits."])

# =================================================================================================
# P. 17 — DATA : les métriques qui comptent
# =================================================================================================
page((("wide", 4.3), ("two", 13.2), ("wide", None)))
kicker("DATA")
title("Les métriques qui comptent vraiment")
deck("Le trafic, tout le monde le suit. Nous, on a ajouté quatre chiffres qui racontent notre business de produits "
     "qui se consomment.")
fb()
inter("Quatre métriques taillées pour nous")
p("<b>Le taux de réachat à 90 jours.</b> C'est notre north star : la part des clients d'un mois qui repassent "
  "commande dans les 90 jours{{Taux de réachat à 90 jours : clients ayant passé une deuxième commande dans les 90 jours "
  "suivant la première, divisés par les nouveaux clients du mois de départ (cohorte).}}. 27 % sur 2025. Une huile dure "
  "six semaines, un savon deux mois : si le client ne revient pas dans ce délai, il est parti chez un concurrent.")
p("<b>Le churn des abonnements recharge.</b> 6,8 % des abonnés résilient chaque mois. Chaque point de churn gagné, "
  "c'est une quarantaine de recharges par an qui restent chez nous.")
p("<b>Le taux de réassort des barbiers.</b> 78 % des salons repassent commande dans les 8 semaines. Un salon qui ne "
  "réassortit pas, c'est souvent un salon qui a changé de marque.")
p("<b>Le panier moyen.</b> 41,20 € sur l'e-shop, 310 € HT chez les barbiers. Sur l'e-shop, il dit si le client "
  "achète un produit seul ou une routine (huile + baume).")
p("Ces quatre chiffres ont rejoint le KPI board en janvier 2026, sur un onglet mensuel : le réachat et le churn se "
  "lisent au mois, pas à la semaine.")
fb()
inter("Les KPI classiques, commentés")
p("<b>Trafic.</b> 312 400 sessions en 2025 (+41 %), dont 68 % sur mobile. Le trafic double en décembre et retombe "
  "en janvier, au rythme de l'offreur.")
p("<b>Taux de rebond.</b> 47 % sur l'ensemble du site{{Dans GA4, le taux de rebond est la part des sessions non "
  "engagées : moins de 10 secondes, une seule page vue et aucune conversion.}}. Il est bas sur les fiches produits "
  "(35 %) et haut sur le blog (71 %) : on lit l'article et on repart.")
p("<b>Temps de visite.</b> 1 min 38 s de temps d'engagement moyen, 3 min 12 s sur les articles du hub Beard care, "
  "signe que les guides sont vraiment lus.")
p("<b>Chiffre d'affaires.</b> 777 k€ sur l'e-shop en 2025 (+29 %), dont 34 % en novembre et décembre. Le panier "
  "moyen grimpe à 52 € en décembre avec les coffrets et les kits.")
fb()
add(Paragraph("SESSIONS MENSUELLES DE L'E-SHOP EN 2025 (MILLIERS)", S_KICK))
drawing(traffic_chart(UW))
add(Paragraph(txt("Source : GA4, sessions par mois, 1er janvier-31 décembre 2025."), S_CAP))
mark("p17_end")

# =================================================================================================
# P. 18 — TARGETS : où en est-on ?
# =================================================================================================
page((("wide", 4.3), ("two", 12.6), ("wide", None)))
kicker("TARGETS")
title("Targets : où en est-on ?")
deck("Point d'étape au 31 janvier 2026 sur nos targets de décembre, et bilan des ads de l'automne au POAS.")
fb()
inter("Réachat sous 90 jours : 31 %")
p("La cohorte des nouveaux clients de septembre-octobre 2025 affiche 31 % de réachat à 90 jours{{Shopify Analytics, "
  "export 3 janvier 2026 (rapport cohortes), complété le 2 février 2026.}}, contre 27 % sur l'ensemble de 2025. On "
  "gagne quatre points ; il en manque quatre pour atteindre les 35 % visés en décembre. Le gain vient surtout des "
  "acheteurs de kits, qui reviennent pour la recharge de savon.")
table([["Premier achat (cohorte sept.-oct.)", "Clients", "Réachat 90 j"],
       ["Kit rasage traditionnel", "410", "42 %"],
       ["Huile à barbe Mistral", "1 020", "36 %"],
       ["Baume Calanque", "380", "24 %"],
       ["Savon Lame Douce", "260", "29 %"],
       ["Coffret Vieux-Port", "330", "12 %"],
       ["Ensemble", "2 400", "31 %"]],
      [4.4, 1.5, 1.7], width=CW, right=(1, 2), caption="Tableau 9 — Réachat à 90 jours par premier produit acheté.")
inter("CAC : 19,40 €")
p("En janvier 2026, un nouveau client nous coûte 19,40 €, contre 23,10 € en moyenne en 2025 : -16 %. La target est "
  "sous 18 € : il reste 1,40 € à gagner. Janvier est un mois calme, avec moins de concurrence sur les enchères, ce qui "
  "aide. Mois par mois : 22,80 € en octobre, 24,90 € en novembre, 27,30 € en décembre, quand tout le monde enchérit "
  "sur les mêmes cadeaux, puis 19,40 € en janvier.")
fb()
inter("Les ads de l'automne au POAS")
p("Sur les 18 semaines du KPI board, <b>Google Search</b> sort à un POAS de %s, <b>Google Shopping</b> à %s et <b>Meta"
  "</b> à %s." % (d2(POAS_TOT["Google Search"]), d2(POAS_TOT["Google Shopping"]), d2(POAS_TOT["Meta"])))
p("Le Search reste le canal le plus rentable parce qu'il capte une demande déjà là, notamment sur la marque. Le "
  "Shopping monte en décembre (POAS de 2,80 et 2,90 en S49 et S50), porté par les coffrets. Meta dépasse 2,4 pendant "
  "Movember puis retombe à 1,5 pendant la semaine de Noël, quand les livraisons ne sont plus garanties.")
p("Sur l'ensemble de la période, les trois canaux restent au-dessus de 2 : chaque euro investi laisse plus de deux euros "
  "de marge brute.")
inter("Le top 3 et le flop 3 des semaines")
BEST = sorted([(m / s_, w[0], ch) for ch, S_, M_ in (("Google Search", SEA_SPEND, SEA_MARGIN),
                                                     ("Google Shopping", SHO_SPEND, SHO_MARGIN),
                                                     ("Meta", META_SPEND, META_MARGIN))
               for w, s_, m in zip(WEEKS, S_, M_)], reverse=True)
bullets(["<b>Top</b> : " + " ; ".join("%s en %s (%s)" % (ch, w, d2(v)) for v, w, ch in BEST[:3]) + ".",
         "<b>Flop</b> : " + " ; ".join("%s en %s (%s)" % (ch, w, d2(v)) for v, w, ch in BEST[-3:][::-1]) + "."])
p("Les meilleures semaines sont toutes en Search, sur les requêtes de marque juste avant Noël ; les moins bonnes sont "
  "toutes sur Meta, en fin d'année et début janvier, quand l'offreur a fini ses achats.")
fb()
add(Paragraph("POAS HEBDOMADAIRE PAR CANAL, S40/2025 À S05/2026", S_KICK))
drawing(poas_chart(UW))
add(Paragraph(txt("Source : KPI board (tableau 8). Pointillé : POAS de 2."), S_CAP))
mark("p18_end")

# =================================================================================================
# P. 19 — GLOSSAIRE + OURS
# =================================================================================================
page((("wide", 4.0), ("two", None)))
kicker("GLOSSAIRE")
title("Les mots du growth")
fb()
GLOSS = [
    ("AOV", "average order value, le panier moyen : chiffre d'affaires divisé par le nombre de commandes."),
    ("Advantage+", "les campagnes automatisées de Meta, qui choisissent audiences, placements et créas."),
    ("CAC", "coût d'acquisition client : dépenses marketing divisées par le nombre de nouveaux clients."),
    ("Churn", "part des abonnés qui résilient sur une période."),
    ("Content hub", "un article pilier et ses articles enfants, réunis autour d'un même sujet."),
    ("CPC / CTR", "coût par clic / taux de clic."),
    ("Drivers / pain points", "ce qui pousse à acheter / ce qui freine."),
    ("Funnel", "l'entonnoir qui va de la découverte de la marque au rachat."),
    ("ICE", "méthode de priorisation : Impact × Confiance × Facilité."),
    ("Intent", "l'intention derrière une recherche : s'informer, comparer, acheter ou trouver un site."),
    ("KD", "keyword difficulty, la difficulté à se classer sur une requête (0 à 100, Semrush)."),
    ("Lookalike", "audience de personnes qui ressemblent à une liste de clients existante."),
    ("North star", "l'indicateur unique qui aligne toute l'équipe."),
    ("POAS", "profit on ad spend : marge brute générée par euro de publicité."),
    ("Quick win", "action rapide à mettre en place, à effet visible."),
    ("Reach / saves", "comptes touchés / publications enregistrées par les utilisateurs."),
]
for term, dfn in GLOSS:
    p("<b>%s</b> — %s" % (term, dfn), ParagraphStyle("gl", parent=S_BODY, spaceAfter=6))
fb()
box("L'ours",
    ["<b>Growth Book N°1 — Printemps 2026</b>",
     "Magazine interne de Mistral & Lame SAS, atelier rue des Trois-Rois, Marseille 6e.",
     "Rédaction : Léo Marchetti, growth marketer en alternance (Mastère 1, Phocéa Business School).",
     "Relectures : Nassim Haddad (président, tuteur), Romain Ferracci (opérations), Jade Olivieri (contenus).",
     "Photos : à venir (shooting prévu au Fauteuil du Panier).",
     "Chiffres arrêtés au 2 février 2026{{Sauf mention contraire, les chiffres de ce numéro sont hors taxes et "
     "portent sur l'année civile 2025.}}.",
     "Dossier de certification « Chef de projet e-commerce », blocs 1 et 3, session 2026."], width=CW, bg=CREAM)
box("Dans le N°2 — automne 2026", ["Les barbiers de l'année : portraits de cinq salons revendeurs.",
                                  "Dans les coulisses du laboratoire de La Ciotat.",
                                  "Le grand test : dix huiles à barbe à l'aveugle au Fauteuil du Panier."], width=CW)

# =================================================================================================
# P. 20 — GRILLE D'AUTO-ÉVALUATION (école)
# =================================================================================================
page((("wide", None),))
kicker("ÉCOLE")
title("Grille d'auto-évaluation (école)")
p("Grille du bloc 3 fournie par Phocéa Business School, à joindre au dossier. Je l'ai remplie avant l'envoi, en "
  "renvoyant pour chaque ligne à la page du Growth Book qui y répond.")
OK = Paragraph("<font name='DjB' color='#2E7D32'>✔</font> <font name='SaB'>OK</font>",
               ParagraphStyle("ok", parent=S_CELL, fontSize=9, leading=12, alignment=TA_CENTER))
GRID = [
    ("1", "Les actions de référencement à engager sont hiérarchisées, les priorités identifiées et les outils de mesure "
          "du trafic identifiés.", "p. 9"),
    ("2", "L'évolution de la visibilité du site dans les résultats des moteurs de recherche est démontrée.", "p. 10"),
    ("3", "La méthode de construction de la matrice de mots-clés est démontrée ; les mots-clés sont listés, organisés en "
          "matrice et adaptés au contexte (métier, secteur, concurrence, produits, zone géographique).", "pp. 9-10"),
    ("4", "Le cocon sémantique démontre une contextualisation stricte des liens.", "p. 10"),
    ("5", "Les partenaires de netlinking apportent du trafic, les outils de mesure démontrent la progression avant/après "
          "et la mesure additionnée des actions SEO démontre la progression du référencement.", "p. 16"),
    ("6", "Les campagnes de liens sponsorisés sont structurées (mots-clés ou profils, pages d'atterrissage, annonces "
          "rédigées), les tableaux de suivi sont établis et leur analyse mesure l'efficacité, la visibilité et le retour "
          "sur investissement.", "pp. 11, 14-16"),
    ("7", "L'efficacité des publications est mesurée par un calcul de retour sur investissement ; la méthode de choix des "
          "outils de mesure est argumentée et les liens vers les outils et tableaux de synthèse sont recensés.",
     "pp. 9, 11"),
    ("8", "Les indicateurs sont adaptés et la liste des KPI est commentée (trafic, rebond, temps de visite, temps de "
          "chargement, abandons aux étapes clés, CA) ; le ROI est calculé, l'atteinte des objectifs analysée et les "
          "actions correctives hiérarchisées.", "pp. 14, 17-18"),
]
table([["#", "Critère (grille école — bloc 3)", "Où dans ce numéro", "Auto-évaluation"]] +
      [[a, b, c, OK] for a, b, c in GRID],
      [0.6, 10.8, 2.4, 2.4], size=10.5, right=(0,), center=(2,), pad=10, caption="Grille remplie le 2 février 2026.")
sp(10)
p("<b>Bilan : 8 critères sur 8 couverts.</b> Chaque ligne de la grille renvoie à une page de ce numéro ; le Growth "
  "Book couvre l'ensemble du bloc 3.")
p("<i>Signature de l'apprenant :</i> Léo Marchetti &nbsp;&nbsp;&nbsp; <i>Visa du tuteur :</i> …………………………")


# =================================================================================================
# MISE EN PAGE
# =================================================================================================
def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, PW, PH, stroke=0, fill=1)
    c.setFillColor(COPPER)
    c.rect(0, PH - 0.55 * cm, PW, 0.55 * cm, stroke=0, fill=1)
    c.setFillColor(CREAM)
    c.setFont("SaB", 9)
    c.drawString(LM, PH - 1.55 * cm, "MISTRAL & LAME  ·  LE MAGAZINE GROWTH DE LA MAISON")
    c.drawRightString(PW - RM, PH - 1.55 * cm, "N°1 — Printemps 2026")
    c.setFont("DjC", 64)
    c.drawString(LM - 0.1 * cm, PH - 4.3 * cm, "GROWTH BOOK")
    c.setStrokeColor(COPPER)
    c.setLineWidth(1.5)
    c.line(LM, PH - 4.85 * cm, PW - RM, PH - 4.85 * cm)
    # emplacement photo
    c.setFillColor(colors.HexColor("#3A4A61"))
    c.rect(LM, 8.6 * cm, UW, 14.6 * cm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#B9C2CF"))
    c.setFont("SaI", 10)
    c.drawCentredString(PW / 2, 16.2 * cm, "[ PHOTO DE COUVERTURE — Nassim Haddad au fauteuil, Le Fauteuil du Panier ]")
    # titre de une
    c.setFillColor(CREAM)
    c.setFont("SaB", 29)
    c.drawString(LM, 10.6 * cm, "Comment une barbe marseillaise")
    c.drawString(LM, 9.3 * cm, "conquiert la France")
    # appels de une
    c.setFont("SaB", 10)
    c.setFillColor(COPPER)
    y = 7.1 * cm
    for k, t in [("PERSONAS", "Barbu soigné, néo-rasage, offreur : qui achète vraiment ?"),
                 ("SEARCH", "40 requêtes passées au crible"),
                 ("L'INTERVIEW", "Nassim Haddad : « Le barbier, c'est notre premier média »"),
                 ("DATA", "Le KPI board qui pilote nos ads")]:
        c.setFillColor(COPPER)
        c.setFont("SaB", 9.5)
        c.drawString(LM, y, k)
        c.setFillColor(CREAM)
        c.setFont("Se", 11.5)
        c.drawString(LM + 3.0 * cm, y, fr(t))
        y -= 0.8 * cm
    c.setFont("Sa", 7.5)
    c.setFillColor(colors.HexColor("#B9C2CF"))
    c.drawString(LM, 1.2 * cm, "Dossier de certification RNCP « Chef de projet e-commerce » — blocs 1 et 3 — session 2026"
                 .replace("« ", "«\u00a0").replace(" »", "\u00a0»"))
    c.drawRightString(PW - RM, 1.2 * cm, "Léo Marchetti · Phocéa Business School")
    c.restoreState()


def deco(c, doc):
    pg = c.getPageNumber()
    c.saveState()
    c.setFont("Sa", 7.6)
    c.setFillColor(GREY)
    if pg % 2 == 0:
        c.drawString(LM, PH - 1.2 * cm, RUNHEAD)
    else:
        c.drawRightString(PW - RM, PH - 1.2 * cm, RUNHEAD)
    c.setStrokeColor(COPPER)
    c.setLineWidth(0.6)
    c.line(LM, PH - 1.38 * cm, PW - RM, PH - 1.38 * cm)
    c.setFont("SaB", 9.5)
    c.setFillColor(NAVY)
    if pg % 2 == 0:
        c.drawString(LM, 0.85 * cm, str(pg))
    else:
        c.drawRightString(PW - RM, 0.85 * cm, str(pg))
    c.restoreState()


def deco_notes(c, doc):
    """Notes de bas de page, dessinées en fin de page (après le texte)."""
    pg = c.getPageNumber()
    c.saveState()
    nums = PAGES[pg - 1].notes if pg - 1 < len(PAGES) else []
    if nums:
        paras = note_paras(nums)
        hs = [p_.wrap(UW, 400)[1] for p_ in paras]
        total = sum(hs) + 2 * (len(hs) - 1)
        top = BM + total
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.5)
        c.line(LM, top + 5, LM + 4.5 * cm, top + 5)
        yy = top
        for p_, h in zip(paras, hs):
            yy -= h
            p_.drawOn(c, LM, yy)
            yy -= 2
    c.restoreState()


def frames_for(pg, idx):
    nh = notes_height(pg.notes)
    y_top = PH - TM
    frames = []
    for k, (kind, h) in enumerate(pg.regions):
        hh = (y_top - BM - nh) if h is None else h * cm
        if kind == "wide":
            frames.append(Frame(LM, y_top - hh, UW, hh, id="%s_w%d" % (pg.id, k), leftPadding=0, rightPadding=0,
                                topPadding=0, bottomPadding=0))
        else:
            for j in range(2):
                frames.append(Frame(LM + j * (CW + GAP), y_top - hh, CW, hh, id="%s_c%d%d" % (pg.id, k, j),
                                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
        y_top -= hh
    assert y_top >= BM + nh - 0.5, "régions trop hautes page %d" % idx
    return frames


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Mark):
            MARKS[f.key] = self.page


def build():
    MARKS.clear()
    doc = Doc(PDF, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title="Growth Book N°1 — Printemps 2026 — Mistral & Lame", author=AUTHOR,
              creator="Affinity Publisher 2", subject="Dossier de certification Chef de projet e-commerce — blocs 1 et 3",
              invariant=1)
    tpls = []
    for i, pg in enumerate(PAGES, 1):
        if pg.kind == "cover":
            tpls.append(PageTemplate(id=pg.id, frames=[Frame(LM, BM, UW, PH - TM - BM, id="cov")], onPage=cover))
        else:
            tpls.append(PageTemplate(id=pg.id, frames=frames_for(pg, i), onPage=deco, onPageEnd=deco_notes))
    doc.addPageTemplates(tpls)
    story = []
    for i, pg in enumerate(PAGES):
        if i > 0 and not pg.cont:
            story.append(PageBreak())
        if i + 1 < len(PAGES):
            story.append(NextPageTemplate(PAGES[i + 1].id))
        story.append(Mark("start_%d" % (i + 1)))
        story += pg.items
        story.append(Mark("end_%d" % (i + 1)))
    doc.build(story)
    return doc.page


def main():
    os.makedirs(OUT, exist_ok=True)
    n = build()
    problems = []
    if n != TOTAL:
        problems.append("pages = %d" % n)
    for i, pg in enumerate(PAGES, 1):
        st, en = MARKS.get("start_%d" % i), MARKS.get("end_%d" % i)
        nxt_cont = i < len(PAGES) and PAGES[i].cont
        if not pg.cont and st != i:
            problems.append("page %d commence p. %s" % (i, st))
        if en != (i + 1 if nxt_cont else i):
            problems.append("page %d finit p. %s" % (i, en))
    if MARKS.get("sl_start") != 9 or MARKS.get("sl_end") != 10:
        problems.append("search landscape %s-%s" % (MARKS.get("sl_start"), MARKS.get("sl_end")))
    if MARKS.get("kpi_start") != 15 or MARKS.get("kpi_end") != 16:
        problems.append("KPI board %s-%s" % (MARKS.get("kpi_start"), MARKS.get("kpi_end")))
    fnp = {n_: i for i, pg in enumerate(PAGES, 1) for n_ in pg.notes}
    if fnp.get(14) != 14 or "7 820" not in FN_TEXT.get(14, ""):
        problems.append("note 14 : p. %s" % fnp.get(14))
    print("pages:", n, "notes:", FN[0], "par page:", {i: pg.notes for i, pg in enumerate(PAGES, 1) if pg.notes})
    print("POAS 18 semaines:", {k: round(v, 2) for k, v in POAS_TOT.items()})
    print("PROBLÈMES :", problems if problems else "aucun")
    return problems


if __name__ == "__main__":
    if main():
        raise SystemExit(1)
