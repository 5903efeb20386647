# Générateur du dossier de la candidate c119 (Les Ciseaux du Thabor SARL, trois salons de coiffure, Rennes) —
# blocs 4 et 5, niveau faible. Un seul PDF A4 portrait de 14 pages façon « infographie Canva » : pages crème,
# rose poudré et vert sauge, ouverture de chaque partie par un énorme numéro « 01 » … « 06 » et un titre en
# italique arrondi, corps en deux colonnes de petits blocs avec pictogrammes au trait (ciseaux, peigne, calendrier,
# sac, colis), encadrés latéraux colorés (rose « Bon à savoir », sauge « Points noirs », jaune « TODO »), boîtes
# « chiffre clé » (nombre ~70 pt, légende 9 pt), emplacements photo « [photo : …] », deux vrais tableaux seulement
# (Wix / Shopify p. 9, transporteurs p. 12). Ni sommaire, ni en-tête, ni pied : numéro « 04 / 14 » en bas à gauche.
# Reportlab (canvas), déterministe : invariant=1, métadonnées figées, aucune date courante.
import os

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily

FD = "/usr/share/fonts/truetype/dejavu/"
FL = "/usr/share/fonts/truetype/liberation/"
for _n, _f in [("SA", FD + "DejaVuSans.ttf"), ("SAB", FD + "DejaVuSans-Bold.ttf"), ("SAI", FD + "DejaVuSans-Oblique.ttf"),
               ("SABI", FD + "DejaVuSans-BoldOblique.ttf"), ("NUM", FD + "DejaVuSansCondensed-Bold.ttf"),
               ("SCR", FL + "LiberationSerif-BoldItalic.ttf"), ("SCRI", FL + "LiberationSerif-Italic.ttf"),
               ("LIGHT", FD + "DejaVuSans-ExtraLight.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, _f))
registerFontFamily("SA", normal="SA", bold="SAB", italic="SAI", boldItalic="SABI")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c119-salon-coiffure-resa-rennes")
FILE = "ciseaux-du-thabor-LouAnne-Briand.pdf"
AUTHOR = "Lou-Anne Briand"
W, H = A4
M = 14 * mm
CW = W - 2 * M
GAP = 6 * mm
COLW = (CW - GAP) / 2
X1, X2 = M, M + COLW + GAP
NPAGES = 14

CREAM = colors.HexColor("#FBF6EE")
PINK = colors.HexColor("#F2C4C6")
PINK_L = colors.HexColor("#FBE3E3")
PINK_D = colors.HexColor("#C9747B")
SAGE = colors.HexColor("#9DB08E")
SAGE_L = colors.HexColor("#E2EADA")
SAGE_D = colors.HexColor("#5E7651")
YELLOW = colors.HexColor("#FFE58A")
YELLOW_D = colors.HexColor("#B8901A")
INK = colors.HexColor("#3B3233")
MUTED = colors.HexColor("#8A7F80")
WHITE = colors.white


def fr(t):
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


body = ParagraphStyle("b", fontName="SA", fontSize=9.4, leading=12.6, textColor=INK)
small = ParagraphStyle("s", fontName="SA", fontSize=8.4, leading=11, textColor=INK)
btitle = ParagraphStyle("bt", fontName="SAB", fontSize=10.2, leading=13, textColor=INK)


def P(text, st=body):
    return Paragraph(fr(text), st)


# ------------------------------------------------------------------------------------------------ pictogrammes au trait
def icon(c, name, cx, cy, s, col=INK, lw=1.3):
    """Pictogramme au trait centré en (cx, cy), taille s (demi-largeur)."""
    c.saveState()
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.setLineWidth(lw)
    c.setLineCap(1)
    c.setLineJoin(1)
    if name == "ciseaux":
        c.circle(cx - s * 0.45, cy - s * 0.55, s * 0.28, stroke=1, fill=0)
        c.circle(cx + s * 0.45, cy - s * 0.55, s * 0.28, stroke=1, fill=0)
        c.line(cx - s * 0.28, cy - s * 0.33, cx + s * 0.5, cy + s * 0.85)
        c.line(cx + s * 0.28, cy - s * 0.33, cx - s * 0.5, cy + s * 0.85)
    elif name == "peigne":
        c.roundRect(cx - s * 0.9, cy + s * 0.15, s * 1.8, s * 0.35, s * 0.1, stroke=1, fill=0)
        for k in range(8):
            x = cx - s * 0.78 + k * s * 0.22
            c.line(x, cy + s * 0.15, x, cy - s * 0.6)
    elif name == "calendrier":
        c.roundRect(cx - s * 0.8, cy - s * 0.75, s * 1.6, s * 1.4, s * 0.15, stroke=1, fill=0)
        c.line(cx - s * 0.8, cy + s * 0.3, cx + s * 0.8, cy + s * 0.3)
        c.line(cx - s * 0.4, cy + s * 0.5, cx - s * 0.4, cy + s * 0.85)
        c.line(cx + s * 0.4, cy + s * 0.5, cx + s * 0.4, cy + s * 0.85)
        for i in range(3):
            for j in range(2):
                c.circle(cx - s * 0.45 + i * s * 0.45, cy - s * 0.05 - j * s * 0.38, s * 0.06, stroke=0, fill=1)
    elif name == "sac":
        c.roundRect(cx - s * 0.7, cy - s * 0.75, s * 1.4, s * 1.1, s * 0.12, stroke=1, fill=0)
        p = c.beginPath()
        p.moveTo(cx - s * 0.35, cy + s * 0.35)
        p.curveTo(cx - s * 0.35, cy + s * 0.95, cx + s * 0.35, cy + s * 0.95, cx + s * 0.35, cy + s * 0.35)
        c.drawPath(p, stroke=1, fill=0)
    elif name == "colis":
        c.rect(cx - s * 0.8, cy - s * 0.7, s * 1.6, s * 1.2, stroke=1, fill=0)
        c.line(cx - s * 0.8, cy + s * 0.5, cx - s * 0.5, cy + s * 0.85)
        c.line(cx + s * 0.8, cy + s * 0.5, cx + s * 0.5, cy + s * 0.85)
        c.line(cx - s * 0.5, cy + s * 0.85, cx + s * 0.5, cy + s * 0.85)
        c.line(cx, cy - s * 0.7, cx, cy + s * 0.5)
        c.line(cx - s * 0.3, cy + s * 0.5, cx - s * 0.15, cy + s * 0.85)
        c.line(cx + s * 0.3, cy + s * 0.5, cx + s * 0.15, cy + s * 0.85)
    elif name == "tel":
        c.roundRect(cx - s * 0.45, cy - s * 0.85, s * 0.9, s * 1.7, s * 0.15, stroke=1, fill=0)
        c.line(cx - s * 0.12, cy - s * 0.65, cx + s * 0.12, cy - s * 0.65)
        c.line(cx - s * 0.45, cy + s * 0.6, cx + s * 0.45, cy + s * 0.6)
    elif name == "euro":
        c.circle(cx, cy, s * 0.85, stroke=1, fill=0)
        c.setFont("SAB", s * 1.1)
        c.drawCentredString(cx, cy - s * 0.38, "€")
    elif name == "pin":
        p = c.beginPath()
        p.moveTo(cx, cy - s * 0.9)
        p.curveTo(cx - s * 0.9, cy + s * 0.1, cx - s * 0.6, cy + s * 0.9, cx, cy + s * 0.9)
        p.curveTo(cx + s * 0.6, cy + s * 0.9, cx + s * 0.9, cy + s * 0.1, cx, cy - s * 0.9)
        c.drawPath(p, stroke=1, fill=0)
        c.circle(cx, cy + s * 0.3, s * 0.22, stroke=1, fill=0)
    elif name == "photo":
        c.roundRect(cx - s * 0.85, cy - s * 0.6, s * 1.7, s * 1.15, s * 0.15, stroke=1, fill=0)
        c.circle(cx, cy - s * 0.05, s * 0.35, stroke=1, fill=0)
        c.line(cx - s * 0.35, cy + s * 0.55, cx - s * 0.2, cy + s * 0.75)
        c.line(cx - s * 0.2, cy + s * 0.75, cx + s * 0.2, cy + s * 0.75)
        c.line(cx + s * 0.2, cy + s * 0.75, cx + s * 0.35, cy + s * 0.55)
    elif name == "etiquette":
        p = c.beginPath()
        p.moveTo(cx - s * 0.85, cy + s * 0.45)
        p.lineTo(cx + s * 0.35, cy + s * 0.45)
        p.lineTo(cx + s * 0.85, cy)
        p.lineTo(cx + s * 0.35, cy - s * 0.45)
        p.lineTo(cx - s * 0.85, cy - s * 0.45)
        p.close()
        c.drawPath(p, stroke=1, fill=0)
        c.circle(cx + s * 0.35, cy, s * 0.1, stroke=1, fill=0)
    elif name == "goutte":
        p = c.beginPath()
        p.moveTo(cx, cy + s * 0.9)
        p.curveTo(cx + s * 0.2, cy + s * 0.4, cx + s * 0.75, cy - s * 0.05, cx + s * 0.7, cy - s * 0.4)
        p.curveTo(cx + s * 0.6, cy - s * 1.0, cx - s * 0.6, cy - s * 1.0, cx - s * 0.7, cy - s * 0.4)
        p.curveTo(cx - s * 0.75, cy - s * 0.05, cx - s * 0.2, cy + s * 0.4, cx, cy + s * 0.9)
        c.drawPath(p, stroke=1, fill=0)
    elif name == "bulle":
        c.roundRect(cx - s * 0.85, cy - s * 0.4, s * 1.7, s * 1.1, s * 0.3, stroke=1, fill=0)
        c.line(cx - s * 0.4, cy - s * 0.4, cx - s * 0.55, cy - s * 0.85)
        c.line(cx - s * 0.55, cy - s * 0.85, cx - s * 0.05, cy - s * 0.4)
    elif name == "fantome":  # no-show : calendrier barré
        icon(c, "calendrier", cx, cy, s * 0.95, col, lw)
        c.setLineWidth(lw * 1.3)
        c.line(cx - s * 0.9, cy - s * 0.9, cx + s * 0.9, cy + s * 0.9)
    elif name == "cadenas":
        c.roundRect(cx - s * 0.65, cy - s * 0.8, s * 1.3, s * 0.95, s * 0.12, stroke=1, fill=0)
        p = c.beginPath()
        p.moveTo(cx - s * 0.4, cy + s * 0.15)
        p.curveTo(cx - s * 0.4, cy + s * 0.9, cx + s * 0.4, cy + s * 0.9, cx + s * 0.4, cy + s * 0.15)
        c.drawPath(p, stroke=1, fill=0)
    elif name == "ecran":
        c.roundRect(cx - s * 0.9, cy - s * 0.35, s * 1.8, s * 1.1, s * 0.1, stroke=1, fill=0)
        c.line(cx, cy - s * 0.35, cx, cy - s * 0.7)
        c.line(cx - s * 0.4, cy - s * 0.7, cx + s * 0.4, cy - s * 0.7)
    elif name == "cafe":
        c.roundRect(cx - s * 0.6, cy - s * 0.7, s * 1.0, s * 1.1, s * 0.15, stroke=1, fill=0)
        c.circle(cx + s * 0.55, cy - s * 0.15, s * 0.25, stroke=1, fill=0)
        for k in (-0.3, 0.0):
            c.line(cx + k * s, cy + s * 0.55, cx + k * s + s * 0.1, cy + s * 0.85)
    elif name == "loupe":
        c.circle(cx - s * 0.15, cy + s * 0.15, s * 0.55, stroke=1, fill=0)
        c.line(cx + s * 0.25, cy - s * 0.25, cx + s * 0.8, cy - s * 0.8)
    elif name == "fleur":
        for k in range(5):
            import math
            a = k * 2 * math.pi / 5
            c.circle(cx + s * 0.45 * math.cos(a), cy + s * 0.45 * math.sin(a), s * 0.32, stroke=1, fill=0)
        c.circle(cx, cy, s * 0.15, stroke=0, fill=1)
    c.restoreState()


def badge(c, name, cx, cy, r, fill, col=INK):
    c.saveState()
    c.setFillColor(fill)
    c.circle(cx, cy, r, stroke=0, fill=1)
    c.restoreState()
    icon(c, name, cx, cy, r * 0.55, col)


# ------------------------------------------------------------------------------------------------ habillage
def page_bg(c, col=CREAM):
    c.setFillColor(col)
    c.rect(0, 0, W, H, stroke=0, fill=1)


def pagenum(c, n):
    c.setFillColor(MUTED)
    c.setFont("SA", 8.5)
    c.drawString(M, 8 * mm, "%02d / %d" % (n, NPAGES))


def opener(c, num, title, sub, col=PINK, dark=PINK_D, ic="ciseaux"):
    """Ouverture de partie : énorme numéro + titre en italique arrondi. Retourne le y disponible."""
    c.setFillColor(col)
    c.roundRect(-10 * mm, H - 62 * mm, M + 66 * mm, 50 * mm, 18 * mm, stroke=0, fill=1)
    c.setFillColor(WHITE)
    c.setFont("NUM", 112)
    c.drawString(M, H - 54 * mm, num)
    c.setFillColor(dark)
    size = 30
    while c.stringWidth(fr(title), "SCR", size) > CW - 92 * mm and size > 18:
        size -= 1
    c.setFont("SCR", size)
    c.drawString(M + 62 * mm, H - 36 * mm, fr(title))
    c.setFillColor(INK)
    c.setFont("SA", 9.5)
    c.drawString(M + 62 * mm, H - 45 * mm, fr(sub))
    badge(c, ic, W - M - 12 * mm, H - 30 * mm, 12 * mm, WHITE, dark)
    return H - 70 * mm


def title_plain(c, title, sub=None, dark=PINK_D, ic=None, fill=PINK_L):
    c.setFillColor(dark)
    c.setFont("SCR", 28)
    c.drawString(M, H - 30 * mm, fr(title))
    y = H - 36 * mm
    if sub:
        c.setFillColor(INK)
        c.setFont("SA", 9.5)
        c.drawString(M, H - 38 * mm, fr(sub))
        y = H - 44 * mm
    if ic:
        badge(c, ic, W - M - 10 * mm, H - 27 * mm, 10 * mm, fill, dark)
    return y


def block(c, x, ytop, w, texts, title=None, ic=None, fill=WHITE, border=None, st=body, pad=4 * mm, r=4 * mm,
          icfill=PINK_L, icol=PINK_D, minh=0, tst=None, dashed=False):
    """Petit bloc arrondi : pictogramme facultatif, titre gras, quelques lignes. Retourne le bas du bloc."""
    inner = w - 2 * pad - (12 * mm if ic else 0)
    paras = [P(t, st) for t in texts]
    hs = [p.wrap(inner, 2000)[1] for p in paras]
    tp, th = None, 0
    if title:
        tp = P(title, tst or btitle)
        th = tp.wrap(inner, 200)[1] + 1.5 * mm
    total = max(minh, 2 * pad + th + sum(hs) + 1.5 * mm * max(0, len(paras) - 1), (12 * mm if ic else 0))
    assert ytop - total > 13 * mm, ("débordement", title, texts[:1])
    c.saveState()
    c.setFillColor(fill)
    if border is not None:
        c.setStrokeColor(border)
        c.setLineWidth(1.1)
        if dashed:
            c.setDash(3, 2.5)
    c.roundRect(x, ytop - total, w, total, r, fill=1, stroke=1 if border is not None else 0)
    c.restoreState()
    xt = x + pad
    if ic:
        badge(c, ic, x + pad + 4.5 * mm, ytop - pad - 4.5 * mm, 4.5 * mm, icfill, icol)
        xt = x + pad + 12 * mm
    y = ytop - pad
    if tp:
        tp.drawOn(c, xt, y - th + 1.5 * mm)
        y -= th
    for p, h in zip(paras, hs):
        p.drawOn(c, xt, y - h)
        y -= h + 1.5 * mm
    return ytop - total


def keyfig(c, x, ytop, w, h, num, label, fill=PINK_L, col=PINK_D, size=70):
    """Boîte chiffre clé : nombre ~70 pt, légende 9 pt dessous."""
    c.saveState()
    c.setFillColor(fill)
    c.roundRect(x, ytop - h, w, h, 5 * mm, stroke=0, fill=1)
    n = fr(num)
    while c.stringWidth(n, "NUM", size) > w - 8 * mm and size > 40:
        size -= 2
    c.setFillColor(col)
    c.setFont("NUM", size)
    c.drawCentredString(x + w / 2, ytop - h / 2 - size * 0.18 + 3 * mm, n)
    p = P(label, ParagraphStyle("kl", fontName="SA", fontSize=9, leading=11, textColor=INK, alignment=1))
    ph = p.wrap(w - 8 * mm, 100)[1]
    p.drawOn(c, x + 4 * mm, ytop - h + 5 * mm)
    c.restoreState()
    return ytop - h


def photo(c, x, ytop, w, h, caption, fill=colors.HexColor("#E9E2DA")):
    h = min(h, 72 * mm)
    c.saveState()
    c.setFillColor(fill)
    c.roundRect(x, ytop - h, w, h, 4 * mm, fill=1, stroke=0)
    icon(c, "photo", x + w / 2, ytop - h / 2 + 5 * mm, 5 * mm, MUTED, 1.0)
    p = P("<i>[photo : %s]</i>" % caption, ParagraphStyle("ph", parent=small, textColor=MUTED, alignment=1))
    ph = p.wrap(w - 8 * mm, h)[1]
    p.drawOn(c, x + 4 * mm, ytop - h / 2 - 2 * mm - ph)
    c.restoreState()
    return ytop - h


def iconrow(c, ytop, steps, fill=PINK_L, col=PINK_D, r=9 * mm, arrows=True, st=small, th=None):
    """Rangée de pictogrammes reliés par des flèches, avec titre court et texte sous chaque rond."""
    n = len(steps)
    cellw = CW / n
    cy = ytop - r
    bottoms = []
    for k, (ic, title, text) in enumerate(steps):
        cx = M + cellw * k + cellw / 2
        badge(c, ic, cx, cy, r, fill, col)
        if arrows and k < n - 1:
            c.saveState()
            c.setStrokeColor(col)
            c.setFillColor(col)
            c.setLineWidth(1.2)
            x0, x1 = cx + r + 2 * mm, cx + cellw - r - 2 * mm
            c.line(x0, cy, x1, cy)
            pth = c.beginPath()
            pth.moveTo(x1, cy)
            pth.lineTo(x1 - 2.2 * mm, cy + 1.4 * mm)
            pth.lineTo(x1 - 2.2 * mm, cy - 1.4 * mm)
            pth.close()
            c.drawPath(pth, stroke=0, fill=1)
            c.restoreState()
        tp = P("<b>%s</b>" % title, ParagraphStyle("it", parent=btitle, fontSize=9.6, alignment=1, textColor=th or INK))
        tph = tp.wrap(cellw - 4 * mm, 100)[1]
        tp.drawOn(c, cx - (cellw - 4 * mm) / 2, cy - r - 3 * mm - tph)
        yb = cy - r - 3 * mm - tph
        if text:
            pp = P(text, ParagraphStyle("ix", parent=st, alignment=1))
            ph = pp.wrap(cellw - 4 * mm, 400)[1]
            pp.drawOn(c, cx - (cellw - 4 * mm) / 2, yb - 1.5 * mm - ph)
            yb -= 1.5 * mm + ph
        bottoms.append(yb)
    return min(bottoms)


def real_table(c, x, ytop, data, widths, head_bg, zebra, fs=8.6):
    cs = ParagraphStyle("tc", fontName="SA", fontSize=fs, leading=fs * 1.3, textColor=INK)
    ch = ParagraphStyle("th", parent=cs, fontName="SAB", textColor=WHITE)
    rows = [[P(v, ch if i == 0 else cs) for v in row] for i, row in enumerate(data)]
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), head_bg),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, zebra]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#D9CFC8")),
        ("BOX", (0, 0), (-1, -1), 0.8, head_bg),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
    ]))
    tw, th = t.wrap(sum(widths), 2000)
    assert ytop - th > 13 * mm, "tableau trop long"
    t.drawOn(c, x, ytop - th)
    return ytop - th


# ================================================================================================ pages
def p01(c, n):
    page_bg(c)
    c.setFillColor(PINK)
    c.roundRect(-15 * mm, H - 150 * mm, W + 30 * mm, 150 * mm, 30 * mm, stroke=0, fill=1)
    c.setFillColor(SAGE)
    c.circle(W - 28 * mm, H - 148 * mm, 26 * mm, stroke=0, fill=1)
    icon(c, "ciseaux", W - 28 * mm, H - 148 * mm, 11 * mm, WHITE, 2)
    icon(c, "peigne", M + 12 * mm, H - 28 * mm, 9 * mm, WHITE, 1.6)
    c.setFillColor(WHITE)
    c.setFont("SCR", 46)
    c.drawString(M + 4 * mm, H - 68 * mm, fr("Les Ciseaux"))
    c.drawString(M + 4 * mm, H - 86 * mm, fr("du Thabor"))
    c.setFillColor(INK)
    c.setFont("SAB", 14)
    c.drawString(M + 4 * mm, H - 104 * mm, fr("Prise de RDV en ligne & boutique de soins"))
    c.setFont("SA", 11)
    c.drawString(M + 4 * mm, H - 113 * mm, fr("Mon projet digital pour nos trois salons de Rennes"))
    c.setFont("SA", 9.5)
    c.drawString(M + 4 * mm, H - 128 * mm, fr("Dossier professionnel · Bachelor Chef de projet e-commerce · blocs 4 et 5 · session 2026"))
    y = H - 162 * mm
    y = photo(c, M, y, CW, 62 * mm, "bac du salon Thabor") - 8 * mm
    y1 = block(c, X1, y, COLW, ["Lou-Anne Briand, 21 ans", "Alternante · chargée de com digitale du groupe"],
               title="Qui a fait ce dossier", ic="ciseaux", fill=WHITE)
    y2 = block(c, X2, y, COLW, ["Nadège Le Bihan, gérante et fondatrice", "Les Ciseaux du Thabor SARL, Rennes (35)"],
               title="Ma tutrice", ic="peigne", fill=WHITE, icfill=SAGE_L, icol=SAGE_D)
    pagenum(c, n)


def p02(c, n):
    page_bg(c)
    y = title_plain(c, "Le groupe en un coup d'œil", "Les Ciseaux du Thabor, c'est…", ic="ciseaux")
    figs = [("3", "salons : Thabor (rue de Paris), Cesson-Sévigné, Saint-Grégoire", PINK_L, PINK_D),
            ("17", "collaborateurs : coiffeurs, 3 coloristes, 1 barbier, 2 apprentis", SAGE_L, SAGE_D),
            ("1,02 M€", "de chiffre d'affaires HT en 2025", SAGE_L, SAGE_D),
            ("31 %", "des rendez-vous sont pris en ligne", PINK_L, PINK_D),
            ("9 %", "du CA vient des produits revendus en salon (92 k€)", PINK_L, PINK_D),
            ("4,7/5", "de moyenne sur nos avis Google (les trois salons)", SAGE_L, SAGE_D)]
    bh = 46 * mm
    for k, (num, lab, f, col) in enumerate(figs):
        x = X1 if k % 2 == 0 else X2
        yy = y - (k // 2) * (bh + 4 * mm)
        keyfig(c, x, yy, COLW, bh, num, lab, f, col)
    y = y - 3 * (bh + 4 * mm) - 2 * mm
    y1 = block(c, X1, y, COLW, [
        "Nadège a ouvert le premier salon en 2011, rue de Paris, à deux pas du Thabor. Cesson est arrivé en 2016 et "
        "Saint-Grégoire en 2020. Même carte de forfaits et mêmes produits dans les trois salons."],
        title="Notre histoire", ic="pin")
    y2 = block(c, X2, y, COLW, [
        "Femme shampoing-coupe-brushing <b>58 €</b> · couleur + coupe <b>92 €</b> · balayage <b>dès 120 €</b> · "
        "homme <b>28 €</b> · barbe <b>22 €</b>."], title="Nos forfaits stars", ic="peigne", icfill=SAGE_L, icol=SAGE_D)
    y = min(y1, y2) - 4 * mm
    block(c, M, y, CW, [
        "Moi c'est Lou-Anne : CAP puis BP coiffure, trois ans derrière le fauteuil à Cesson. Depuis septembre 2025 je suis "
        "en Bachelor 3e année en alternance et je m'occupe de la com digitale des trois salons : Insta, le site Wix, "
        "Kalendo et la boutique."], title="Et moi ?", ic="ciseaux", fill=PINK_L, icfill=WHITE)
    pagenum(c, n)


def p03(c, n):
    page_bg(c)
    y = opener(c, "01", "Notre projet", "de la prise de RDV au téléphone à la boutique en ligne", ic="calendrier")
    y1 = block(c, X1, y, COLW, [
        "Tous les RDV passaient par le téléphone. Au Thabor, Sonia décrochait entre deux brushings, les mains mouillées, "
        "et le planning papier était plein de ratures. Le soir et le dimanche, personne ne répondait."],
        title="Avant", ic="tel")
    y1 = block(c, X1, y1 - 4 * mm, COLW, [
        "En mars 2025 on est passés sur Kalendo, une appli de prise de RDV. Les clientes réservent 24 h/24. "
        "Pour les couleurs on demande 20 € d'acompte."], title="Mars 2025 : Kalendo", ic="calendrier",
        icfill=SAGE_L, icol=SAGE_D)
    y1 = block(c, X1, y1 - 4 * mm, COLW, [
        "En octobre 2025 on a ouvert une petite boutique sur notre site Wix avec les soins Ondine Paris qu'on "
        "utilise au bac. 6 400 € de ventes entre l'ouverture et fin décembre."],
        title="Octobre 2025 : la boutique", ic="sac")
    y2 = keyfig(c, X2, y, COLW, 58 * mm, "50 %", "des RDV en ligne d'ici juin 2026", SAGE_L, SAGE_D, size=72)
    y2 = block(c, X2, y2 - 4 * mm, COLW, [
        "<b>Coiff'Express Rennes</b> : sans RDV, prix bas, pas de boutique.",
        "<b>L'Atelier Coloriste</b> : résa en ligne depuis 2022, spécialiste couleur.",
        "<b>Pure Hair Concept</b> : boutique en ligne avec beaucoup de marques."],
        title="Autour de nous", ic="loupe", icfill=SAGE_L, icol=SAGE_D)
    y2 = block(c, X2, y2 - 4 * mm, COLW, [
        "Nadège (gérante), Sonia Marzin (manager Thabor), Audrey Pichon (coloriste), Léo Garnier (barbier) et moi."],
        title="L'équipe projet", ic="ciseaux")
    pagenum(c, n)


def p04(c, n):
    page_bg(c)
    y = opener(c, "02", "La résa en ligne", "notre parcours de réservation sur Kalendo", col=SAGE, dark=SAGE_D,
               ic="calendrier")
    c.setFillColor(INK)
    c.setFont("SAB", 11)
    c.drawString(M, y - 2 * mm, fr("Réserver chez nous en 4 écrans"))
    steps = [("pin", "1. Le salon", "Trois cartes avec la photo du salon, l'adresse et les horaires. On touche "
                                    "Thabor, Cesson ou Saint-Grégoire."),
             ("ciseaux", "2. Le forfait", "Les forfaits par famille (Femme, Homme, Couleur, Barbe) avec le prix et "
                                          "la durée, ex. couleur + coupe 92 € · 2 h 15."),
             ("calendrier", "3. Le coiffeur et le créneau", "La photo et le prénom de chaque coiffeur (ou « peu "
                                                            "importe »), puis les créneaux libres en pastilles."),
             ("tel", "4. L'acompte et le SMS", "20 € d'acompte par carte pour les couleurs. SMS de confirmation "
                                               "tout de suite, rappel SMS 48 h avant.")]
    y = iconrow(c, y - 8 * mm, steps, fill=SAGE_L, col=SAGE_D) - 8 * mm
    # cours : le tunnel (générique)
    bx_h = 86 * mm
    c.saveState()
    c.setFillColor(WHITE)
    c.setStrokeColor(SAGE)
    c.setLineWidth(1.2)
    c.roundRect(M, y - bx_h, CW, bx_h, 5 * mm, stroke=1, fill=1)
    c.restoreState()
    c.setFillColor(SAGE_D)
    c.setFont("SCR", 20)
    c.drawString(M + 6 * mm, y - 11 * mm, fr("Le tunnel, c'est quoi ?"))
    p = P("Un tunnel de conversion, c'est le chemin d'un internaute entre le moment où il arrive sur un site et "
          "le moment où il achète. À chaque étape, on perd du monde. Exemple vu en cours : sur <b>100 visiteurs</b>, "
          "<b>10</b> ajoutent au panier et <b>2</b> achètent, donc 2 % de taux de conversion. Le but, c'est de "
          "repérer où ça fuit et de boucher les fuites une par une.", body)
    ph = p.wrap(COLW + 4 * mm, 300)[1]
    p.drawOn(c, M + 6 * mm, y - 16 * mm - ph)
    # entonnoir dessiné
    fx = X2 + 14 * mm
    tops = [(100, "100 visiteurs", 70 * mm), (10, "10 paniers", 50 * mm), (2, "2 achats", 30 * mm)]
    yy = y - 12 * mm
    for k, (v, lab, wd) in enumerate(tops):
        c.setFillColor([SAGE, SAGE_L, PINK][k])
        c.roundRect(fx + (70 * mm - wd) / 2 - 8 * mm, yy - 16 * mm, wd, 14 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont("SAB", 10)
        c.drawCentredString(fx + 27 * mm, yy - 10.5 * mm, fr(lab))
        yy -= 18 * mm
    c.setFont("SAI", 8)
    c.setFillColor(MUTED)
    c.drawString(M + 6 * mm, y - bx_h + 6 * mm, fr("(notes du cours de webmarketing, novembre 2025)"))
    y = y - bx_h - 5 * mm
    photo(c, M, y, CW, y - 16 * mm, "écran 3 de Kalendo, choix du coiffeur au salon Thabor")
    pagenum(c, n)


def p05(c, n):
    page_bg(c)
    y = title_plain(c, "Et ça marche ?", "ce qu'on voit depuis Kalendo", dark=SAGE_D, ic="calendrier", fill=SAGE_L)
    y1 = keyfig(c, X1, y, COLW, 62 * mm, "+38 %", "de RDV en ligne", PINK_L, PINK_D, size=70)
    y1 = block(c, X1, y1 - 4 * mm, COLW, [
        "Au Thabor le téléphone sonne beaucoup moins pendant les brushings. Sonia dit qu'elle gagne au moins une "
        "demi-heure par jour."], title="Au salon, ça se sent", ic="tel")
    y1 = block(c, X1, y1 - 4 * mm, COLW, [
        "Les plannings des trois salons sont au même endroit : depuis le Thabor, Sonia voit Cesson et "
        "Saint-Grégoire et peut proposer un autre salon à une cliente pressée."],
        title="Un seul planning", ic="calendrier", icfill=SAGE_L, icol=SAGE_D)
    # encadré latéral sauge « Points noirs »
    bh = 124 * mm
    c.setFillColor(SAGE)
    c.roundRect(X2, y - bh, COLW, bh, 6 * mm, stroke=0, fill=1)
    c.setFillColor(WHITE)
    c.setFont("SCR", 22)
    c.drawString(X2 + 6 * mm, y - 13 * mm, "Points noirs")
    items = [("euro", "L'acompte de 20 € fait peur : des clientes appellent pour demander si c'est remboursé, ou "
                      "réservent la couleur par téléphone pour ne pas payer avant."),
             ("ciseaux", "À Saint-Grégoire, on ne peut pas choisir son coiffeur en ligne : Kalendo met « le premier "
                         "disponible »."),
             ("fantome", "Les no-show : des RDV pris en ligne, et personne ne vient. Surtout sur les forfaits "
                         "sans acompte.")]
    yy = y - 22 * mm
    for ic, txt in items:
        badge(c, ic, X2 + 12 * mm, yy - 8 * mm, 7.5 * mm, WHITE, SAGE_D)
        p = P(txt, ParagraphStyle("pn", parent=body, textColor=colors.HexColor("#1F2A1A")))
        ph = p.wrap(COLW - 28 * mm, 300)[1]
        p.drawOn(c, X2 + 23 * mm, yy - 2 * mm - ph)
        yy -= max(ph, 16 * mm) + 8 * mm
    y2 = y - bh - 4 * mm
    photo(c, X2, y2, COLW, 44 * mm, "écran Kalendo sur le téléphone d'une cliente")
    pagenum(c, n)


def p06(c, n):
    page_bg(c)
    y = opener(c, "03", "La boutique", "nos soins Ondine Paris sur le site Wix", ic="sac")
    prods = [("Shampoing Réparateur Kératine", "250 ml", "18,90 €"),
             ("Masque Blond Polaire", "200 ml", "24,50 €"),
             ("Huile Sublimatrice", "100 ml", "29 €"),
             ("Coffret Soin Couleur", "coffret", "49 €")]
    tw = (CW - 3 * 4 * mm) / 4
    for k, (nm, ct, pr) in enumerate(prods):
        x = M + k * (tw + 4 * mm)
        c.setFillColor(WHITE)
        c.roundRect(x, y - 38 * mm, tw, 38 * mm, 4 * mm, stroke=0, fill=1)
        icon(c, "goutte" if k < 3 else "sac", x + tw / 2, y - 10 * mm, 5 * mm, PINK_D)
        p = P("<b>%s</b><br/>%s · <b>%s</b>" % (nm, ct, pr), ParagraphStyle("pp", parent=small, alignment=1))
        ph = p.wrap(tw - 4 * mm, 100)[1]
        p.drawOn(c, x + 2 * mm, y - 20 * mm - ph)
    y -= 44 * mm
    c.setFillColor(INK)
    c.setFont("SAB", 11)
    c.drawString(M, y - 2 * mm, fr("Ma fiche soin"))
    tiles = [("photo", "Photo", None), ("euro", "Prix", None), ("goutte", "Contenance", None),
             ("bulle", "Conseil de la coiffeuse", None)]
    y = iconrow(c, y - 7 * mm, tiles, fill=PINK_L, col=PINK_D, r=8 * mm, arrows=False) - 7 * mm
    y1 = block(c, X1, y, COLW, [
        "<b>Masque Blond Polaire</b> · Ondine Paris",
        "<b>24,50 €</b> · pot de 200 ml",
        "<i>Le conseil de Sonia : « Une noisette sur les longueurs, 5 minutes de pose, et on rince bien à l'eau "
        "tiède. »</i>", "[bouton Ajouter au panier]"],
        title="Exemple de fiche soin en ligne", ic="sac", fill=PINK_L, icfill=WHITE)
    y2 = block(c, X2, y, COLW, [
        "On n'a pas encore cherché les mots-clés, Wix s'en occupe tout seul."],
        title="Et les recherches des clientes sur Google ?", ic="loupe", icfill=SAGE_L, icol=SAGE_D)
    y2 = keyfig(c, X2, y2 - 4 * mm, COLW, 40 * mm, "6 400 €", "vendus en ligne d'octobre à décembre 2025",
                SAGE_L, SAGE_D, size=50)
    y = min(y1, y2) - 4 * mm
    block(c, M, y, CW, [
        "Retrait gratuit dans les trois salons ou livraison à la maison. Au bac, on glisse une carte avec le QR code de la "
        "boutique dans le sac des clientes qui achètent un soin."], title="Côté salon", ic="ciseaux")
    pagenum(c, n)


def p07(c, n):
    page_bg(c, PINK_L)
    y = title_plain(c, "Nos fiches techniques", "chez nous, chaque couleur a sa fiche", ic="peigne", fill=WHITE)
    y = block(c, M, y, CW, [
        "Audrey, notre coloriste du Thabor, tient une fiche technique pour chaque cliente couleur dans le logiciel "
        "de caisse. Comme ça, n'importe quelle coloriste des trois salons peut refaire exactement la même couleur, "
        "même si la cliente change de salon."], ic="goutte", icfill=PINK_L) - 6 * mm
    cards = [
        ("Mme L. · racines", ["Nuance : 7.1 (blond cendré)", "Oxydant : 20 volumes", "Mélange : 1 + 1,5",
                              "Temps de pose : 35 min", "Remarque : cuir chevelu sensible"]),
        ("Mme T. · balayage + patine", ["Éclaircissant poudre + oxydant 30 vol.", "Temps de pose : 40 min sous film",
                                        "Patine : 10.21, oxydant 6 vol.", "Temps de pose patine : 20 min",
                                        "Prochain RDV conseillé : 10 semaines"]),
        ("Mme G. · cheveux blancs", ["Nuance : 6.0 + 6.3 (moitié-moitié)", "Oxydant : 20 volumes",
                                     "Temps de pose : 35 min", "Couverture : 60 % de blancs",
                                     "Soin : Coffret Soin Couleur offert"]),
        ("M. R. · barbe (Léo)", ["Coloration barbe : 4.0", "Oxydant : 10 volumes", "Temps de pose : 10 min",
                                 "Test de tolérance fait le 12/11/2025", ""])]
    cw2 = COLW
    for k, (t, lines) in enumerate(cards):
        x = X1 if k % 2 == 0 else X2
        yy = y - (k // 2) * 62 * mm
        c.setFillColor(WHITE)
        c.setStrokeColor(PINK_D)
        c.setLineWidth(1)
        c.roundRect(x, yy - 56 * mm, cw2, 56 * mm, 4 * mm, stroke=1, fill=1)
        c.setFillColor(PINK)
        c.roundRect(x, yy - 11 * mm, cw2, 11 * mm, 4 * mm, stroke=0, fill=1)
        c.rect(x, yy - 11 * mm, cw2, 5 * mm, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont("SA", 6.8)
        c.drawString(x + 5 * mm, yy - 4.6 * mm, "FICHE TECHNIQUE")
        c.setFont("SAB", 10)
        c.drawString(x + 5 * mm, yy - 9 * mm, fr(t))
        ly = yy - 18 * mm
        for ln in lines:
            if ln:
                c.setFont("SA", 9)
                c.drawString(x + 6 * mm, ly, fr("• " + ln))
            ly -= 7 * mm
    y = y - 2 * 62 * mm - 2 * mm
    photo(c, M, y, CW, y - 16 * mm, "Audrey au bac couleur, bols et pinceaux", fill=WHITE)
    pagenum(c, n)


def p08(c, n):
    page_bg(c)
    y = opener(c, "04", "Nos visuels", "nos visuels Insta et les photos de la boutique", ic="photo")
    # colonne gauche : avant / après
    c.setFillColor(INK)
    c.setFont("SAB", 11)
    c.drawString(X1, y - 2 * mm, fr("Avant / après : le balayage de Chloé"))
    hw = (COLW - 4 * mm) / 2
    photo(c, X1, y - 6 * mm, hw, 62 * mm, "balayage avant")
    photo(c, X1 + hw + 4 * mm, y - 6 * mm, hw, 62 * mm, "balayage après")
    cap = P("<i>Photo « après » retouchée sur Canva (lumière + flou du fond).</i>",
            ParagraphStyle("cap", parent=small, textColor=MUTED))
    cap.wrap(COLW, 50)
    cap.drawOn(c, X1, y - 76 * mm)
    y1 = block(c, X1, y - 80 * mm, COLW, [
        "Publié le 14 novembre 2025 sur notre compte, avec l'accord de Chloé.",
        "On poste trois fois par semaine : un avant/après, une vidéo de coiffage, un produit."],
        title="Sur Insta", ic="bulle")
    y1 = block(c, X1, y1 - 4 * mm, COLW, ["@lesciseauxduthabor : un seul compte pour les trois salons"],
               ic="photo", icfill=SAGE_L, icol=SAGE_D)
    # encadré latéral rose « Bon à savoir »
    bh = 150 * mm
    c.setFillColor(PINK)
    c.roundRect(X2, y, COLW, -bh, 6 * mm, stroke=0, fill=1)
    c.setFillColor(WHITE)
    c.setFont("SCR", 22)
    c.drawString(X2 + 6 * mm, y - 13 * mm, fr("Bon à savoir"))
    tips = [("<b>Post Insta</b> : 1080 × 1350 px (format portrait 4:5), c'est ce qui prend le plus de place dans le fil. "
             "Story et réel : 1080 × 1920 px."),
            ("<b>Images du site Wix</b> : 1200 px de large, compressées sous 200 Ko avant de les mettre en ligne "
             "(export Canva en JPG puis TinyPNG). Le site charge beaucoup plus vite sur téléphone."),
            ("<b>Texte alternatif</b> rempli sur chaque image de la boutique, par exemple : « Masque Blond Polaire "
             "Ondine Paris, pot de 200 ml posé sur le bac du salon Thabor »."),
            ("<b>Noms de fichiers</b> sans espaces ni accents : masque-blond-polaire-200ml.jpg.")]
    yy = y - 20 * mm
    st = ParagraphStyle("bs", parent=body, fontSize=9, leading=12.2)
    for t in tips:
        icon(c, "fleur", X2 + 8 * mm, yy - 3 * mm, 2.6 * mm, WHITE, 1)
        p = P(t, st)
        ph = p.wrap(COLW - 20 * mm, 300)[1]
        p.drawOn(c, X2 + 14 * mm, yy - ph + 1 * mm)
        yy -= ph + 6 * mm
    y2 = y - bh - 4 * mm
    y = min(y1, y2) - 4 * mm
    photo(c, M, y, CW, y - 16 * mm, "shooting produits Ondine Paris sur le bac de Cesson")
    pagenum(c, n)


def p09(c, n):
    page_bg(c)
    y = opener(c, "05", "Le projet avec le presta", "relier la boutique et la prise de RDV", col=SAGE, dark=SAGE_D,
               ic="ecran")
    c.setFillColor(INK)
    c.setFont("SAB", 11)
    c.drawString(M, y - 2 * mm, fr("Le dossier pour le presta"))
    y -= 7 * mm
    tw = (CW - 4 * 3 * mm) / 5
    tiles = [("Contexte", PINK, "3 salons à Rennes, 17 personnes. RDV sur Kalendo depuis mars 2025, boutique Wix depuis "
                                "octobre 2025. Les deux ne se parlent pas."),
             ("Besoins", SAGE, "Bouton « Réserver » sur toutes les pages du site · soins conseillés après la résa · "
                               "retrait au salon choisi · stock produits relié à la caisse."),
             ("Budget", YELLOW, ""),
             ("Planning", PINK_L, ""),
             ("Contact", SAGE_L, "")]
    th = 74 * mm
    for k, (t, col, txt) in enumerate(tiles):
        x = M + k * (tw + 3 * mm)
        c.setFillColor(col)
        c.roundRect(x, y - th, tw, th, 4 * mm, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont("SAB", 10)
        c.drawString(x + 3 * mm, y - 8 * mm, fr(t))
        if txt:
            p = P(txt, ParagraphStyle("tl", parent=small, fontSize=8, leading=10.4))
            ph = p.wrap(tw - 6 * mm, 300)[1]
            p.drawOn(c, x + 3 * mm, y - 12 * mm - ph)
        else:
            c.setStrokeColor(WHITE)
            c.setLineWidth(1)
            c.setDash(2, 2)
            for j in range(4):
                c.line(x + 3 * mm, y - 20 * mm - j * 9 * mm, x + tw - 3 * mm, y - 20 * mm - j * 9 * mm)
            c.setDash()
    y -= th + 8 * mm
    c.setFillColor(INK)
    c.setFont("SAB", 11)
    c.drawString(M, y, fr("Wix ou Shopify ?"))
    y -= 4 * mm
    data = [["", "Wix", "Shopify"],
            ["Beaux modèles de site", "✓ ✓", "✓"],
            ["Simple à prendre en main", "✓ ✓", "✓"],
            ["On l'a déjà (site vitrine depuis 2019)", "✓", "✗"],
            ["Applis à ajouter", "✓", "✓ ✓"],
            ["Tutos sur YouTube", "✓", "✓"],
            ["Une agence nous l'a proposé", "✗", "✓"]]
    y1 = real_table(c, X1, y, data, [COLW * 0.6, COLW * 0.2, COLW * 0.2], SAGE_D, SAGE_L, fs=8.8)
    y2 = block(c, X2, y, COLW, [
        "Une agence rennaise nous a fait un devis pour une boutique Shopify. On a regardé les deux, et on a choisi "
        "Wix parce que c'est plus simple et plus joli. En plus on avait déjà notre site dessus."],
        title="Notre choix : Wix", ic="ecran", icfill=SAGE_L, icol=SAGE_D)
    y = min(y1, y2) - 5 * mm
    photo(c, M, y, CW, max(20 * mm, y - 16 * mm), "page d'accueil du site Wix avec le bouton Réserver")
    pagenum(c, n)


def p10(c, n):
    page_bg(c)
    y = title_plain(c, "Côté légal", "ce qu'on a mis sur le site", dark=SAGE_D, ic="cadenas", fill=SAGE_L)
    y1 = block(c, X1, y, COLW, [
        "Un lien « Mentions légales » dans le pied de page, sur toutes les pages du site (accueil, boutique, fiches "
        "soin, panier). Dedans :",
        "• Les Ciseaux du Thabor SARL, capital de 8 000 €",
        "• siège : 41 rue de Paris, 35000 Rennes",
        "• RCS Rennes 533 418 206 · TVA FR 27 533418206",
        "• directrice de la publication : Nadège Le Bihan",
        "• hébergeur : Wix.com Ltd., 40 Namal Tel Aviv St., Tel Aviv, Israël",
        "• contact : bonjour@ciseauxduthabor.fr · 02 99 38 xx xx"],
        title="L'encart légal", ic="cadenas", icfill=SAGE_L, icol=SAGE_D)
    y1 = block(c, X1, y1 - 4 * mm, COLW, [
        "En novembre 2025 on a ajouté le bandeau cookies de Wix : « Tout accepter », « Tout refuser » et "
        "« Paramétrer ». Il s'affiche à la première visite."],
        title="Les données des clientes", ic="ecran")
    # encadré latéral jaune TODO
    bh = 64 * mm
    c.setFillColor(YELLOW)
    c.roundRect(X2, y - bh, COLW, bh, 5 * mm, stroke=0, fill=1)
    c.setFillColor(YELLOW_D)
    c.setFont("SAB", 20)
    c.drawString(X2 + 6 * mm, y - 14 * mm, "TODO")
    p = P("TODO : analyser les conditions de la boutique (retours, produits ouverts)",
          ParagraphStyle("td", parent=body, fontName="SAB", fontSize=11, leading=15))
    ph = p.wrap(COLW - 12 * mm, 200)[1]
    p.drawOn(c, X2 + 6 * mm, y - 20 * mm - ph)
    icon(c, "sac", X2 + COLW - 14 * mm, y - bh + 12 * mm, 6 * mm, YELLOW_D)
    y2 = y - bh - 4 * mm
    y2 = photo(c, X2, y2, COLW, 70 * mm, "pied de page du site avec le lien Mentions légales")
    y = min(y1, y2) - 5 * mm
    pagenum(c, n)


def p11(c, n):
    page_bg(c)
    y = opener(c, "06", "L'équipe et les colis", "le brief du lundi, les stats, les envois", ic="colis")
    y = block(c, M, y, CW, [
        "Chaque lundi à 8 h 45 au Thabor, avant l'ouverture : Sonia, les responsables de Cesson et de "
        "Saint-Grégoire, Nadège et moi. 15 minutes debout, café compris, et on se fixe trois objectifs pour la semaine."],
        title="Le brief du lundi", ic="cafe") - 6 * mm
    aims = [("calendrier", "Remplir les trous du mardi", "Le mardi est notre jour le plus creux : on repère les "
                                                         "créneaux vides et on fait une story « dispo demain »."),
            ("sac", "Pousser un produit par semaine", "Un soin Ondine Paris mis en avant au bac et sur Insta, "
                                                       "cette semaine-là, par toute l'équipe."),
            ("fantome", "Revoir les no-show", "On relit la liste des RDV où la cliente n'est pas venue la "
                                                "semaine d'avant, salon par salon.")]
    y = iconrow(c, y, aims, fill=PINK_L, col=PINK_D, r=10 * mm, arrows=False) - 8 * mm
    c.setFillColor(INK)
    c.setFont("SAB", 11)
    c.drawString(M, y, fr("Les stats de chaque coiffeur — RDV pris en ligne, décembre 2025"))
    y -= 6 * mm
    stats = [("Léo (barbier)", 71), ("Sonia", 64), ("Audrey", 58), ("Maëlys", 49), ("Camille", 42), ("Enzo", 37),
             ("Julie", 33), ("Inès", 28), ("Manon (apprentie)", 11)]
    bw_max = CW - 48 * mm
    for k, (nm, v) in enumerate(stats):
        yy = y - k * 8.6 * mm
        c.setFillColor(INK)
        c.setFont("SA", 9)
        c.drawRightString(M + 36 * mm, yy - 5 * mm, fr(nm))
        c.setFillColor(PINK if k % 2 == 0 else SAGE)
        c.roundRect(M + 39 * mm, yy - 7 * mm, bw_max * v / 75, 6 * mm, 2 * mm, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont("SAB", 9)
        c.drawString(M + 39 * mm + bw_max * v / 75 + 2 * mm, yy - 5 * mm, str(v))
    pagenum(c, n)


def p12(c, n):
    page_bg(c)
    y = title_plain(c, "Les colis", "qui livre nos soins ?", ic="colis")
    y = block(c, M, y, CW, [
        "Depuis l'ouverture : 214 commandes sur la boutique, dont 61 % retirées en salon. Les colis partent du "
        "Thabor. Voilà ce que coûte chaque solution, pour nos poids habituels (un soin ≈ 350 g, un coffret ≈ 900 g)."],
        ic="colis") - 5 * mm
    data = [["Transporteur", "Jusqu'à 500 g", "500 g à 1 kg", "1 à 2 kg", "Ce qu'on facture à la cliente"],
            ["Colissimo (domicile)", "7,25 €", "8,65 €", "9,85 €", "5,90 €, offert dès 49 €"],
            ["Mondial Relay (point relais)", "4,40 €", "4,90 €", "6,50 €", "3,90 €, offert dès 49 €"],
            ["Click & collect (Thabor, Cesson, Saint-Grégoire)", "0 €", "0 €", "0 €", "gratuit"]]
    y = real_table(c, M, y, data, [CW * 0.29, CW * 0.15, CW * 0.15, CW * 0.13, CW * 0.28], PINK_D, PINK_L,
                   fs=9) - 6 * mm
    y1 = keyfig(c, X1, y, COLW, 50 * mm, "61 %", "des commandes retirées en salon", SAGE_L, SAGE_D, size=64)
    y2 = block(c, X2, y, COLW, [
        "Mondial Relay pour les clientes qui habitent loin d'un salon, Colissimo quand elles veulent être livrées "
        "à la maison. Le click & collect reste le plus demandé."], title="Ce qu'on propose", ic="pin")
    y = min(y1, y2) - 5 * mm
    photo(c, M, y, CW, y - 16 * mm, "sac kraft rose avec papier de soie, prêt pour le retrait au salon")
    pagenum(c, n)


def p13(c, n):
    page_bg(c, SAGE_L)
    y = title_plain(c, "Un colis en 4 étapes au lieu de 7", "comment on prépare une commande de la boutique",
                    dark=SAGE_D, ic="colis", fill=WHITE)
    before = ["La commande Wix arrive par mail dans la boîte du salon",
              "On imprime le mail",
              "On recopie la commande sur un ticket",
              "On va chercher le soin dans le salon où il est",
              "On recopie l'adresse à la main sur le bordereau",
              "On emballe sur le comptoir de l'accueil, entre deux clientes",
              "On dépose le colis à La Poste"]
    after = ["La commande s'affiche sur la tablette du poste colis",
             "L'étiquette s'imprime directement depuis Wix",
             "On emballe sur le poste colis unique du Thabor (carton, papier de soie, échantillon)",
             "Dépôt au bureau de poste ou au point relais le soir"]
    c.setFillColor(INK)
    c.setFont("SAB", 11)
    c.drawString(X1, y - 2 * mm, fr("Avant : 7 étapes"))
    c.drawString(X2, y - 2 * mm, fr("Maintenant : 4 étapes"))
    yy = y - 8 * mm
    for k, t in enumerate(before):
        yy = block(c, X1, yy, COLW, [t], title=None, fill=WHITE, st=small, pad=3 * mm,
                   border=colors.HexColor("#C9BDB8"), dashed=True) - 2.5 * mm
    yb = yy
    yy = y - 8 * mm
    for k, t in enumerate(after):
        yy = block(c, X2, yy, COLW, ["<b>%d.</b> %s" % (k + 1, t)], fill=SAGE, st=body, pad=4 * mm) - 3 * mm
    yy = block(c, X2, yy - 2 * mm, COLW, [
        "Plus de ticket recopié, plus d'adresse écrite à la main, et un seul endroit pour emballer : "
        "on ne mélange plus les colis avec l'accueil des clientes."], title="Ce qui a sauté", ic="ciseaux",
        fill=WHITE, icfill=PINK_L)
    y = min(yb, yy) - 4 * mm
    photo(c, M, y, CW, y - 16 * mm, "le poste colis du Thabor, imprimante d'étiquettes et cartons", fill=WHITE)
    pagenum(c, n)


def p14(c, n):
    page_bg(c, PINK)
    c.setFillColor(CREAM)
    c.roundRect(M, 40 * mm, CW, H - 80 * mm, 10 * mm, stroke=0, fill=1)
    c.setFillColor(PINK_D)
    c.setFont("SCR", 48)
    c.drawCentredString(W / 2, H - 80 * mm, "Merci !")
    icon(c, "ciseaux", W / 2, H - 110 * mm, 10 * mm, PINK_D, 1.8)
    y = H - 130 * mm
    y1 = block(c, X1 + 6 * mm, y, COLW - 6 * mm, [
        "Je viens du bac et du fauteuil. Ce projet m'a appris à regarder le salon avec les yeux d'une cliente "
        "qui réserve depuis son canapé à 22 h."], title="Ce que je retiens", ic="bulle", fill=WHITE)
    y2 = block(c, X2, y, COLW - 6 * mm, [
        "À Nadège pour sa confiance, à Sonia, Audrey et Léo pour les photos, les conseils et la patience."],
        title="Merci à", ic="fleur", fill=WHITE, icfill=SAGE_L, icol=SAGE_D)
    c.setFillColor(INK)
    c.setFont("SA", 9.5)
    c.drawCentredString(W / 2, 60 * mm, fr("Lou-Anne Briand · Les Ciseaux du Thabor · Rennes"))
    c.drawCentredString(W / 2, 54 * mm, "@lesciseauxduthabor · www.ciseauxduthabor.fr")
    pagenum(c, n)


PAGES = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14]
assert len(PAGES) == NPAGES


def main():
    os.makedirs(OUT, exist_ok=True)
    c = canvas.Canvas(os.path.join(OUT, FILE), pagesize=A4, invariant=1)
    c.setTitle("Les Ciseaux du Thabor — Lou-Anne Briand")
    c.setAuthor(AUTHOR)
    c.setCreator("Canva")
    c.setSubject("Dossier Bachelor Chef de projet e-commerce — blocs 4 et 5 — session 2026")
    for i, fn in enumerate(PAGES, 1):
        fn(c, i)
        c.showPage()
    c.save()
    print("pages:", len(PAGES))


if __name__ == "__main__":
    main()
