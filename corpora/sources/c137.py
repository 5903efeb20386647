# -*- coding: utf-8 -*-
# Générateur du dossier de la candidate c137 (Anaïs Darrieussecq, consultante SEO junior en alternance chez
# Lumen & Cie, agence web de Bordeaux) : elle remet tel quel le livrable client, l'AUDIT SEO DE SUIVI À SIX MOIS (V2)
# de Terrasses du Bassin (mobilier d'extérieur haut de gamme, La Teste-de-Buch, boutique Shopify) — blocs 3 et 4.
# Un seul PDF (reportlab, invariant=1) : « Audit_SEO_Terrasses-du-Bassin_V2_avril2026.pdf », 26 pages portrait,
# couverture à bandeau marine « Confidentiel », tableau des versions p. 2 (seule mention du nom de la candidate),
# sommaire, « L'essentiel » p. 4 (six tuiles de score V1 → V2, cinq quick wins P1), chapitres ouverts par leur tuile
# et la légende ● OK / ● À corriger / ● KO, 18 tableaux, 9 « captures » dessinées en cadres gris légendés,
# schéma du silo « Teck » en boîtes et flèches, chapitre 8 vide p. 19 (hors périmètre), annexe A (cartographie des
# 64 requêtes), dernière page « Nos partenaires » (badges de l'agence).
# Pied de page « Lumen & Cie — Confidentiel — p. X/26 ». Sommaire paginé en plusieurs passes.
# Déterministe : invariant=1, métadonnées figées, aucune date courante, aucun tirage aléatoire.
import io
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

FL = "/usr/share/fonts/truetype/liberation/"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("L", FL + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LB", FL + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LI", FL + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LBI", FL + "LiberationSans-BoldItalic.ttf"))
registerFontFamily("L", normal="L", bold="LB", italic="LI", boldItalic="LBI")
pdfmetrics.registerFont(TTFont("N", FL + "LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFont(TTFont("NB", FL + "LiberationSansNarrow-Bold.ttf"))
pdfmetrics.registerFont(TTFont("NI", FL + "LiberationSansNarrow-Italic.ttf"))
pdfmetrics.registerFont(TTFont("NBI", FL + "LiberationSansNarrow-BoldItalic.ttf"))
registerFontFamily("N", normal="N", bold="NB", italic="NI", boldItalic="NBI")
pdfmetrics.registerFont(TTFont("D", FD + "DejaVuSans.ttf"))

BASE = os.path.dirname(os.path.abspath(__file__))
SLUG = "c137-audit-seo-agence-bordeaux"
OUT = os.path.join(BASE, "..", SLUG)
PDF = os.path.join(OUT, "Audit_SEO_Terrasses-du-Bassin_V2_avril2026.pdf")
TOTAL_PAGES = 26

PW, PH = A4
LM = RM = 1.9 * cm
TM = 2.3 * cm
BM = 2.0 * cm
UW = PW - LM - RM

NAVY = colors.HexColor("#14213D")
NAVY2 = colors.HexColor("#263A66")
SAND = colors.HexColor("#E9C46A")
SAND_L = colors.HexColor("#FBF3DD")
INK = colors.HexColor("#1E2430")
GREY = colors.HexColor("#6B7280")
GREY_L = colors.HexColor("#EEF0F3")
GRID = colors.HexColor("#C9CED6")
HEADBG = colors.HexColor("#14213D")
OK_C = colors.HexColor("#2A9D8F")
FIX_C = colors.HexColor("#E76F51")
KO_C = colors.HexColor("#C1121F")
ZEBRA = colors.HexColor("#F6F7F9")

body = ParagraphStyle("body", fontName="L", fontSize=10, leading=14.6, alignment=TA_JUSTIFY, spaceAfter=7,
                      textColor=INK)
bodyl = ParagraphStyle("bodyl", parent=body, alignment=TA_LEFT)
bul = ParagraphStyle("bul", parent=body, leftIndent=0.55 * cm, bulletIndent=0.15 * cm, spaceAfter=2.5,
                     alignment=TA_LEFT)
h2s = ParagraphStyle("h2", fontName="LB", fontSize=11.6, leading=15, spaceBefore=8, spaceAfter=4, textColor=NAVY,
                     keepWithNext=1)
h3s = ParagraphStyle("h3", fontName="LB", fontSize=9.8, leading=13, spaceBefore=5, spaceAfter=2, textColor=NAVY2,
                     keepWithNext=1)
cap = ParagraphStyle("cap", fontName="LI", fontSize=8, leading=10, textColor=GREY, spaceBefore=2, spaceAfter=8)
cell = ParagraphStyle("cell", fontName="L", fontSize=8, leading=9.8, textColor=INK)
cellb = ParagraphStyle("cellb", parent=cell, fontName="LB")
cellh = ParagraphStyle("cellh", parent=cell, fontName="LB", textColor=colors.white)
cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
cellr = ParagraphStyle("cellr", parent=cell, alignment=TA_RIGHT)
cellhc = ParagraphStyle("cellhc", parent=cellh, alignment=TA_CENTER)
small = ParagraphStyle("small", fontName="L", fontSize=7.6, leading=9.4, textColor=INK)
smallb = ParagraphStyle("smallb", parent=small, fontName="LB")
smallh = ParagraphStyle("smallh", parent=small, fontName="LB", textColor=colors.white)
smallc = ParagraphStyle("smallc", parent=small, alignment=TA_CENTER)
smallr = ParagraphStyle("smallr", parent=small, alignment=TA_RIGHT)
boxt = ParagraphStyle("boxt", fontName="LB", fontSize=10, leading=13, textColor=NAVY, spaceAfter=3)
boxp = ParagraphStyle("boxp", fontName="L", fontSize=8.8, leading=12, textColor=INK, spaceAfter=2.5)


def fr(t):
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


def dj(t):
    """Symboles absents de Liberation Sans (cases à cocher, coche) : DejaVu Sans."""
    for s in ("☐", "☑", "✓"):
        t = t.replace(s, '<font name="D">%s</font>' % s)
    return t


def P(t, st=body):
    return Paragraph(dj(fr(t)), st)


STATUS = {"OK": OK_C, "À corriger": FIX_C, "KO": KO_C}


def st_cell(s):
    if s in STATUS:
        return '<font color="%s">●</font> %s' % (STATUS[s].hexval().replace("0x", "#"), s)
    return s


# =========================================================================================== flowables
HEAD_PAGES = {}


class Anchor(Flowable):
    """Repère invisible : enregistre la page d'un titre pour le sommaire."""
    def __init__(self, key):
        Flowable.__init__(self)
        self.key = key

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


def tile(c, x, y, w, h, label, v1, v2, unit="/100", big=True):
    """Tuile de score : libellé, note V2 en grand, rappel V1 et écart, jauge V1 (sable) + gain (vert)."""
    c.saveState()
    c.setFillColor(colors.white)
    c.setStrokeColor(GRID)
    c.setLineWidth(0.7)
    c.roundRect(x, y, w, h, 5, fill=1, stroke=1)
    c.setFillColor(NAVY)
    c.rect(x, y + h - 4, w, 4, fill=1, stroke=0)
    c.setFillColor(GREY)
    c.setFont("LB", 7.4)
    c.drawString(x + 8, y + h - 15, label.upper())
    fs = 22 if big else 18
    c.setFillColor(NAVY)
    if isinstance(v2, (int, float)) and unit == "/100":
        c.setFont("LB", fs)
        c.drawString(x + 8, y + 11, str(v2))
        tw = c.stringWidth(str(v2), "LB", fs)
        c.setFont("L", 8)
        c.setFillColor(GREY)
        c.drawString(x + 10 + tw, y + 12, "/100")
        c.setFont("L", 7.6)
        c.drawRightString(x + w - 8, y + 24, "V1 : %s" % v1)
        c.setFillColor(OK_C)
        c.setFont("LB", 8.4)
        c.drawRightString(x + w - 8, y + 12, "+%d pts" % (v2 - v1))
        gx, gy, gw = x + 8, y + 5, w - 16
        c.setFillColor(GREY_L)
        c.rect(gx, gy, gw, 2.6, fill=1, stroke=0)
        c.setFillColor(SAND)
        c.rect(gx, gy, gw * v1 / 100.0, 2.6, fill=1, stroke=0)
        c.setFillColor(OK_C)
        c.rect(gx + gw * v1 / 100.0, gy, gw * (v2 - v1) / 100.0, 2.6, fill=1, stroke=0)
    else:
        c.setFont("LB", 15)
        c.drawString(x + 8, y + 15, fr(str(v2)))
        if v1:
            c.setFont("L", 7.4)
            c.setFillColor(GREY)
            c.drawString(x + 8, y + 5, fr(str(v1)))
    c.restoreState()


class ScoreGrid(Flowable):
    TILES = [("Technique", 58, 81), ("Contenu", 49, 77), ("Maillage", 44, 63),
             ("Popularité", 37, 55), ("Performance", 41, 68), ("Parcours", 62, 74)]

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 4.5 * cm

    def draw(self):
        c = self.canv
        gap = 0.35 * cm
        w = (self.aw - 2 * gap) / 3
        h = 2.05 * cm
        for i, (lab, v1, v2) in enumerate(self.TILES):
            col, row = i % 3, i // 3
            x = col * (w + gap)
            y = (1 - row) * (h + gap)
            tile(c, x, y, w, h, lab, v1, v2)


class ChapterHead(Flowable):
    """Bandeau de chapitre : numéro, titre ; dessous, légende des statuts à gauche et tuile(s) à droite."""
    def __init__(self, key, num, title, tiles=(), legend=True):
        Flowable.__init__(self)
        self.key, self.num, self.title, self.tiles, self.legend = key, num, title, tiles, legend

    def wrap(self, aw, ah):
        self.aw = aw
        self.bh = 1.2 * cm
        self.h = self.bh + (2.15 * cm if self.tiles else (0.8 * cm if self.legend else 0.35 * cm))
        return aw, self.h

    def draw(self):
        c = self.canv
        c.saveState()
        top = self.h
        bh = self.bh
        c.setFillColor(NAVY)
        c.rect(0, top - bh, self.aw, bh, fill=1, stroke=0)
        c.setFillColor(SAND)
        c.rect(0, top - bh, 5, bh, fill=1, stroke=0)
        x0 = 0.45 * cm
        if self.num:
            c.setFillColor(SAND)
            c.setFont("LB", 17)
            c.drawString(x0, top - bh + 0.38 * cm, self.num)
            x0 += c.stringWidth(self.num, "LB", 17) + 0.35 * cm
        c.setFillColor(colors.white)
        c.setFont("LB", 14)
        c.drawString(x0, top - bh + 0.4 * cm, fr(self.title))
        th = 1.55 * cm
        ty = top - bh - 0.3 * cm - th
        if self.tiles:
            tw = 5.0 * cm
            for i, t in enumerate(self.tiles):
                x = self.aw - (len(self.tiles) - i) * (tw + 0.25 * cm) + 0.25 * cm
                lab, v1, v2 = t[:3]
                tile(c, x, ty, tw, th, lab, v1, v2, unit=t[3] if len(t) > 3 else "/100", big=False)
            y_leg = ty + th / 2 - 3
        else:
            y_leg = top - bh - 0.5 * cm
        if self.legend:
            x = 0
            c.setFont("L", 8)
            for lab, col in (("OK", OK_C), ("À corriger", FIX_C), ("KO", KO_C)):
                c.setFillColor(col)
                c.drawString(x, y_leg, "●")
                c.setFillColor(GREY)
                c.drawString(x + 9, y_leg, lab)
                x += 9 + c.stringWidth(lab, "L", 8) + 14
            c.setFillColor(GREY)
            c.setFont("L", 7.4)
            c.drawString(0, y_leg - 11, "P1 : avant le pic d'avril–juin · P2 : été · P3 : fin de saison")
        c.restoreState()


class Capture(Flowable):
    """« Capture » : cadre gris légendé avec un ou deux chiffres tapés à l'intérieur."""
    def __init__(self, caption, lines, h=3.0 * cm, sub=None):
        Flowable.__init__(self)
        self.caption, self.lines, self.hh, self.sub = caption, lines, h, sub

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.hh + 0.85 * cm

    def draw(self):
        c = self.canv
        c.saveState()
        c.translate(0, 0.25 * cm)
        y0 = 0.55 * cm
        c.setFillColor(colors.HexColor("#E4E7EB"))
        c.setStrokeColor(colors.HexColor("#AEB4BD"))
        c.setLineWidth(0.8)
        c.rect(0, y0, self.aw, self.hh, fill=1, stroke=1)
        c.setFillColor(colors.HexColor("#CDD2D9"))
        c.rect(0, y0 + self.hh - 0.42 * cm, self.aw, 0.42 * cm, fill=1, stroke=0)
        for i in range(3):
            c.setFillColor(colors.HexColor("#9AA1AB"))
            c.circle(0.3 * cm + i * 0.3 * cm, y0 + self.hh - 0.21 * cm, 0.07 * cm, fill=1, stroke=0)
        n = len(self.lines)
        c.setFillColor(NAVY)
        mid = y0 + (self.hh - 0.42 * cm) / 2
        for i, ln in enumerate(self.lines):
            fs = 15 if n <= 2 else 10.5
            yy = mid + (n - 1) * (fs + 4) / 2 - i * (fs + 4) - fs / 3
            c.setFont("LB", fs)
            c.drawCentredString(self.aw / 2, yy, fr(ln))
        if self.sub:
            c.setFont("LI", 7.6)
            c.setFillColor(GREY)
            c.drawCentredString(self.aw / 2, y0 + 0.18 * cm, fr(self.sub))
        c.setFillColor(INK)
        c.setFont("LI", 8)
        c.drawString(0, 0.15 * cm, fr(self.caption))
        c.restoreState()


class Box(Flowable):
    """Encadré à fond sable : titre + paragraphes."""
    def __init__(self, title, paras, bg=SAND_L, border=SAND):
        Flowable.__init__(self)
        self.paras = [Paragraph(dj(fr(title)), boxt)] + [Paragraph(dj(fr(p)), boxp) for p in paras]
        self.bg, self.border = bg, border
        self.pad = 0.35 * cm

    def wrap(self, aw, ah):
        self.aw = aw
        self.hs = [p.wrap(aw - 2 * self.pad, ah)[1] for p in self.paras]
        self.h = sum(self.hs) + 2.5 * (len(self.paras) - 1) + 2 * self.pad
        return aw, self.h

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.bg)
        c.setStrokeColor(self.border)
        c.setLineWidth(1)
        c.rect(0, 0, self.aw, self.h, fill=1, stroke=1)
        c.setFillColor(self.border)
        c.rect(0, 0, 4, self.h, fill=1, stroke=0)
        c.restoreState()
        y = self.h - self.pad
        for p, h in zip(self.paras, self.hs):
            y -= h
            p.drawOn(c, self.pad, y)
            y -= 2.5


class Silo(Flowable):
    """Silo « Teck » : neuf pages en boîtes reliées par des flèches (hiérarchie seule)."""
    H = 8.2 * cm

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.H

    def box(self, c, x, y, w, h, lines, fill, fs=7.8, bold=False):
        c.setFillColor(fill)
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.8)
        c.roundRect(x, y, w, h, 4, fill=1, stroke=1)
        c.setFillColor(INK if fill != NAVY else colors.white)
        n = len(lines)
        for i, ln in enumerate(lines):
            f = "NB" if (bold or i == 0) else "N"
            c.setFont(f, fs)
            c.drawCentredString(x + w / 2, y + h / 2 + (n - 1) * (fs + 1.5) / 2 - i * (fs + 1.5) - fs / 3, fr(ln))

    def arrow(self, c, x1, y1, x2, y2):
        c.setStrokeColor(NAVY2)
        c.setLineWidth(0.9)
        c.line(x1, y1, x2, y2)
        import math
        a = math.atan2(y2 - y1, x2 - x1)
        L = 5
        p = c.beginPath()
        p.moveTo(x2, y2)
        p.lineTo(x2 - L * math.cos(a - 0.4), y2 - L * math.sin(a - 0.4))
        p.lineTo(x2 - L * math.cos(a + 0.4), y2 - L * math.sin(a + 0.4))
        p.close()
        c.setFillColor(NAVY2)
        c.drawPath(p, fill=1, stroke=0)

    def draw(self):
        c = self.canv
        c.saveState()
        aw = self.aw
        # niveau 0 : page pilier
        pw, ph = 7.2 * cm, 1.25 * cm
        px, py = (aw - pw) / 2, self.H - ph
        self.box(c, px, py, pw, ph, ["Mobilier de jardin en teck", "/collections/mobilier-de-jardin-teck"], NAVY,
                 fs=8.4)
        # niveau 1 : cinq collections
        cols = [["Salons en teck", "/salons-de-jardin-teck"], ["Tables en teck", "/tables-de-jardin-teck"],
                ["Chaises & bancs", "/chaises-teck · /bancs-teck"], ["Bains de soleil", "/bains-de-soleil-teck"],
                ["Entretien du teck", "/entretien-du-teck"]]
        n = len(cols)
        gap = 0.25 * cm
        bw = (aw - (n - 1) * gap) / n
        bh = 1.15 * cm
        by = py - 1.05 * cm - bh
        for i, lines in enumerate(cols):
            x = i * (bw + gap)
            self.arrow(c, px + pw / 2, py, x + bw / 2, by + bh)
            self.box(c, x, by, bw, bh, lines, colors.HexColor("#E8EDF6"), fs=7.6)
        # niveau 2 : trois articles du Journal
        arts = [["Le Journal", "Teck grade A ou recyclé ?"], ["Le Journal", "Teck ou acacia : que choisir ?"],
                ["Le Journal", "Entretenir le teck pas à pas"]]
        aw2 = 4.6 * cm
        ay = by - 1.15 * cm - bh
        anchors = [0, 1, 4]
        xs = [0.6 * cm, (aw - aw2) / 2, aw - aw2 - 0.6 * cm]
        for (lines, k, x) in zip(arts, anchors, xs):
            cx = k * (bw + gap) + bw / 2
            self.arrow(c, cx, by, x + aw2 / 2, ay + bh)
            self.box(c, x, ay, aw2, bh, lines, SAND_L, fs=7.6)
        c.setFillColor(GREY)
        c.setFont("NI", 7.6)
        c.drawString(0, 0.05 * cm, fr("9 pages · niveau 1 : collections · niveau 2 : articles du Journal · "
                                      "univers Corde et Aluminium : à décliner"))
        c.restoreState()


class Badges(Flowable):
    ITEMS = [("Shopify Partner", "Agence partenaire Shopify", "depuis 2018"),
             ("Google Partner", "Google Ads — certification", "Search · Shopping · Performance Max"),
             ("Semrush", "Agency Partner", "membre de l'annuaire agences"),
             ("Hotjar", "Partenaire certifié", "analyse comportementale"),
             ("Google Analytics", "Certification GA4", "3 consultants certifiés"),
             ("French Tech", "Bordeaux", "membre de la communauté")]

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 7.2 * cm

    def draw(self):
        c = self.canv
        c.saveState()
        gap = 0.5 * cm
        w = (self.aw - 2 * gap) / 3
        h = 3.1 * cm
        for i, (a, b, d) in enumerate(self.ITEMS):
            col, row = i % 3, i // 3
            x = col * (w + gap)
            y = (1 - row) * (h + gap) + 0.2 * cm
            c.setFillColor(colors.white)
            c.setStrokeColor(NAVY)
            c.setLineWidth(1.2)
            c.roundRect(x, y, w, h, 10, fill=1, stroke=1)
            c.setFillColor(NAVY)
            c.circle(x + w / 2, y + h - 0.85 * cm, 0.45 * cm, fill=1, stroke=0)
            c.setFillColor(SAND)
            c.setFont("LB", 11)
            c.drawCentredString(x + w / 2, y + h - 0.98 * cm, a[0])
            c.setFillColor(NAVY)
            c.setFont("LB", 10)
            c.drawCentredString(x + w / 2, y + 1.1 * cm, a)
            c.setFont("L", 8)
            c.setFillColor(INK)
            c.drawCentredString(x + w / 2, y + 0.68 * cm, fr(b))
            c.setFillColor(GREY)
            c.setFont("LI", 7.4)
            c.drawCentredString(x + w / 2, y + 0.3 * cm, fr(d))
        c.restoreState()


# =========================================================================================== tableaux
TAB_COUNT = [0]


def table(rows, widths, st=cell, sth=cellh, status_col=None, center=(), right=(), bold_rows=(), zebra=True,
          repeat=1, fs=None, vpad=2.2):
    TAB_COUNT[0] += 1
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            v = str(v)
            if i < repeat:
                s = ParagraphStyle("h%d" % j, parent=sth, alignment=TA_CENTER) if j in center or j in right else sth
            else:
                if status_col is not None and j == status_col:
                    v = st_cell(v)
                s = st
                if i in bold_rows:
                    s = ParagraphStyle("b", parent=st, fontName="LB")
                if j in center:
                    s = ParagraphStyle("c", parent=s, alignment=TA_CENTER)
                elif j in right:
                    s = ParagraphStyle("r", parent=s, alignment=TA_RIGHT)
            line.append(Paragraph(dj(fr(v)), s))
        data.append(line)
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=repeat, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
             ("BACKGROUND", (0, 0), (-1, repeat - 1), HEADBG),
             ("TOPPADDING", (0, 0), (-1, -1), vpad), ("BOTTOMPADDING", (0, 0), (-1, -1), vpad + 0.8),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if zebra:
        for i in range(repeat, len(rows)):
            if (i - repeat) % 2 == 1:
                style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    for i in bold_rows:
        style.append(("BACKGROUND", (0, i), (-1, i), SAND_L))
    t.setStyle(TableStyle(style))
    return t


# =========================================================================================== données
# Suivi mensuel (Search Console, GA4, Ahrefs Webmaster Tools) — octobre 2025 à mars 2026
MONTHS = ["Oct. 2025", "Nov. 2025", "Déc. 2025", "Janv. 2026", "Févr. 2026", "Mars 2026"]
IMPR_K = [182, 196, 151, 203, 259, 429]
CLICKS = [3600, 4050, 2900, 3750, 4950, 8650]
POS = [22.1, 20.6, 19.8, 18.2, 16.9, 15.7]
SESS = [4100, 4600, 3300, 4200, 5600, 9700]
ORDERS = [52, 70, 38, 51, 79, 154]
CA_K = [16.2, 21.4, 9.8, 14.6, 27.3, 61.7]
TOP10 = [6, 8, 9, 11, 14, 17]
DOMS = [48, 52, 55, 60, 66, 71]
assert sum(IMPR_K) == 1420 and sum(CLICKS) == 27900 and sum(SESS) == 31500 and sum(ORDERS) == 444
assert abs(sum(CA_K) - 151.0) < 1e-6
SESS_N1 = 19940
CA_N1 = 96.0
assert round((sum(SESS) / SESS_N1 - 1) * 100) == 58
assert round(sum(ORDERS) / sum(SESS) * 100, 2) == 1.41

# 30 requêtes suivies : (requête, volume mensuel estimé, position V1 sept. 2025, position V2 mars 2026)
TRACKED = [
    ("salon de jardin teck", 2900, 23, 7), ("table de jardin teck", 2400, 18, 6),
    ("table teck extensible", 880, 9, 3), ("fauteuil de jardin corde", 1600, 31, 12),
    ("fauteuil corde tressée", 720, 14, 5), ("salon bas de jardin", 3600, 42, 19),
    ("salon bas teck", 390, 12, 4), ("mobilier de jardin teck", 1900, 16, 8),
    ("huile teck", 2400, 8, 4), ("entretien teck", 1300, 11, 2),
    ("comment entretenir le teck", 590, 7, 1), ("teck grade a", 480, 5, 3),
    ("mobilier de jardin arcachon", 320, 12, 2), ("magasin mobilier jardin la teste", 140, 3, 1),
    ("mobilier de jardin gironde", 210, 19, 9), ("salon de jardin aluminium", 4400, 58, 34),
    ("table de jardin aluminium", 2900, 47, 28), ("bain de soleil teck", 880, 21, 8),
    ("bain de soleil aluminium", 1000, 36, 22), ("banc teck", 720, 13, 11),
    ("mobilier terrasse hôtel", 170, 27, 9), ("mobilier camping professionnel", 140, 33, 14),
    ("salon de jardin 6 places teck", 260, 20, 11), ("table de jardin 10 personnes", 1300, 39, 17),
    ("chaise de jardin corde", 880, 26, 13), ("parasol déporté", 6600, 71, 45),
    ("housse salon de jardin", 2400, 44, 24), ("coussin salon de jardin", 3600, 52, 31),
    ("teck ou acacia", 390, 15, 6), ("terrasses du bassin", 590, 1, 1),
]
assert len(TRACKED) == 30
assert sum(1 for t in TRACKED if t[2] <= 10) == 6 and sum(1 for t in TRACKED if t[3] <= 10) == 17

# Annexe A — cartographie des requêtes : (requête, univers, intention, volume, URL)
CARTO = [
    ("salon de jardin teck", "Teck", "Transactionnelle", 2900, "/collections/salons-de-jardin-teck"),
    ("table de jardin teck", "Teck", "Transactionnelle", 2400, "/collections/tables-de-jardin-teck"),
    ("table teck extensible", "Teck", "Transactionnelle", 880, "/products/table-extensible-cap-ferret-teck-180-240"),
    ("salon bas teck", "Teck", "Transactionnelle", 390, "/collections/salons-bas-teck"),
    ("mobilier de jardin teck", "Teck", "Commerciale", 1900, "/collections/mobilier-de-jardin-teck"),
    ("teck grade a", "Teck", "Informationnelle", 480, "/blogs/journal/teck-grade-a-ou-recycle"),
    ("bain de soleil teck", "Teck", "Transactionnelle", 880, "/collections/bains-de-soleil-teck"),
    ("banc teck", "Teck", "Transactionnelle", 720, "/collections/bancs-teck"),
    ("salon de jardin 6 places teck", "Teck", "Transactionnelle", 260, "/products/salon-moulleau-6-places-teck"),
    ("chaise teck empilable", "Teck", "Transactionnelle", 320, "/collections/chaises-teck"),
    ("teck ou acacia", "Teck", "Informationnelle", 390, "/blogs/journal/teck-ou-acacia"),
    ("table ronde teck", "Teck", "Transactionnelle", 590, "/products/table-ronde-herbe-teck-120"),
    ("salon bas arguin", "Teck", "Navigationnelle", 30, "/products/salon-bas-arguin-5-places"),
    ("table basse de jardin teck", "Teck", "Transactionnelle", 320, "/collections/tables-basses-teck"),
    ("parasol teck", "Teck", "Transactionnelle", 480, "/collections/parasols-teck"),
    ("set de table de jardin teck", "Teck", "Transactionnelle", 210, "/collections/ensembles-table-chaises-teck"),
    ("fauteuil de jardin corde", "Corde", "Transactionnelle", 1600, "/collections/fauteuils-corde"),
    ("fauteuil corde tressée", "Corde", "Transactionnelle", 720, "/products/fauteuil-corde-tressee-pyla"),
    ("chaise de jardin corde", "Corde", "Transactionnelle", 880, "/collections/chaises-corde"),
    ("salon de jardin corde", "Corde", "Transactionnelle", 1300, "/collections/salons-corde"),
    ("entretien corde tressée extérieur", "Corde", "Informationnelle", 210, "/blogs/journal/entretenir-la-corde-tressee"),
    ("fauteuil lounge extérieur", "Corde", "Commerciale", 1000, "/collections/fauteuils-lounge"),
    ("canapé de jardin corde", "Corde", "Transactionnelle", 590, "/collections/canapes-corde"),
    ("salon de jardin aluminium", "Aluminium", "Transactionnelle", 4400, "/collections/salons-aluminium"),
    ("table de jardin aluminium", "Aluminium", "Transactionnelle", 2900, "/collections/tables-aluminium"),
    ("bain de soleil aluminium", "Aluminium", "Transactionnelle", 1000, "/collections/bains-de-soleil-aluminium"),
    ("table de jardin 10 personnes", "Aluminium", "Transactionnelle", 1300, "/collections/grandes-tables"),
    ("mobilier de jardin bord de mer", "Aluminium", "Informationnelle", 170, "/blogs/journal/mobilier-bord-de-mer-air-salin"),
    ("table aluminium extensible", "Aluminium", "Transactionnelle", 1600, "/products/table-extensible-piquey-aluminium"),
    ("chaise aluminium empilable", "Aluminium", "Transactionnelle", 480, "/collections/chaises-aluminium"),
    ("huile teck", "Entretien", "Transactionnelle", 2400, "/products/huile-protectrice-teck-1-l"),
    ("entretien teck", "Entretien", "Commerciale", 1300, "/collections/entretien-du-teck"),
    ("comment entretenir le teck", "Entretien", "Informationnelle", 590, "/blogs/journal/entretenir-le-teck-pas-a-pas"),
    ("dégriseur teck", "Entretien", "Transactionnelle", 480, "/products/degriseur-teck-1-l"),
    ("rénover un teck grisé", "Entretien", "Informationnelle", 260, "/blogs/journal/renover-un-teck-grise"),
    ("hivernage mobilier de jardin", "Entretien", "Informationnelle", 320, "/blogs/journal/hiverner-son-mobilier"),
    ("housse salon de jardin", "Accessoires", "Transactionnelle", 2400, "/collections/housses"),
    ("coussin salon de jardin", "Accessoires", "Transactionnelle", 3600, "/collections/coussins"),
    ("parasol déporté", "Accessoires", "Transactionnelle", 6600, "/collections/parasols-deportes"),
    ("housse table de jardin sur mesure", "Accessoires", "Transactionnelle", 390, "/products/housse-table-sur-mesure"),
    ("pied de parasol lesté", "Accessoires", "Transactionnelle", 880, "/collections/pieds-de-parasol"),
    ("mobilier de jardin arcachon", "Bassin", "Locale", 320, "/pages/mobilier-de-jardin-bassin-arcachon"),
    ("magasin mobilier jardin la teste", "Bassin", "Locale", 140, "/pages/showroom-la-teste-de-buch"),
    ("mobilier de jardin gironde", "Bassin", "Locale", 210, "/pages/livraison-gironde-landes"),
    ("salon de jardin bordeaux", "Bassin", "Locale", 390, "/pages/mobilier-de-jardin-bordeaux"),
    ("mobilier de jardin cap ferret", "Bassin", "Locale", 90, "/blogs/journal/amenager-une-terrasse-au-cap-ferret"),
    ("mobilier terrasse hôtel", "Pros", "Commerciale", 170, "/pages/mobilier-hotels-restaurants"),
    ("mobilier camping professionnel", "Pros", "Commerciale", 140, "/pages/mobilier-campings"),
    ("salon de jardin chr", "Pros", "Commerciale", 90, "/collections/gamme-pro-chr"),
    ("transat piscine hôtel", "Pros", "Transactionnelle", 210, "/collections/bains-de-soleil-empilables"),
    ("devis mobilier terrasse restaurant", "Pros", "Transactionnelle", 70, "/pages/devis-professionnels"),
    ("mobilier outdoor professionnel", "Pros", "Commerciale", 110, "/blogs/journal/mobilier-pro-haute-frequentation"),
    ("quelle table de jardin pour 8 personnes", "Guides", "Informationnelle", 320, "/blogs/journal/quelle-taille-de-table"),
    ("salon bas de jardin", "Guides", "Transactionnelle", 3600, "/collections/salons-bas"),
    ("salon de jardin haut de gamme", "Guides", "Commerciale", 590, "/collections/collection-signature"),
    ("mobilier de jardin fsc", "Guides", "Commerciale", 170, "/pages/notre-teck-fsc"),
    ("livraison mobilier de jardin palette", "Guides", "Informationnelle", 90, "/pages/livraison-sur-palette"),
    ("montage salon de jardin", "Guides", "Informationnelle", 140, "/blogs/journal/monter-son-salon-de-jardin"),
    ("bain de soleil à roulettes", "Guides", "Transactionnelle", 480, "/collections/bains-de-soleil-roulettes"),
    ("table de jardin ovale", "Guides", "Transactionnelle", 390, "/collections/tables-ovales"),
    ("salon de jardin d'angle", "Guides", "Transactionnelle", 1900, "/collections/salons-d-angle"),
    ("terrasses du bassin", "Marque", "Navigationnelle", 590, "/ (accueil)"),
    ("terrasses du bassin avis", "Marque", "Navigationnelle", 70, "/pages/avis-clients"),
    ("terrasses du bassin horaires", "Marque", "Locale", 50, "Fiche Google Business Profile (hors site)"),
]
assert len(CARTO) == 64
assert len({r[0] for r in CARTO}) == 64 and len({r[4] for r in CARTO}) == 64, "une requête = une URL"
assert all(t[0] in {r[0] for r in CARTO} for t in TRACKED)

# Feuille de route : (action, axe, priorité, charge en jours, qui, mois)
ROADMAP = [
    ("Image principale des fiches : priorité de chargement haute, sans lazy-load", "Performance", "P1", "1", "Lumen — dev", "Avril"),
    ("Retirer l'ancienne app d'avis et différer le script Hotjar", "Performance", "P1", "1,5", "Lumen — dev", "Avril"),
    ("Supprimer la fenêtre de création de compte avant le paiement", "Parcours", "P1", "0,5", "Lumen — dev", "Avril"),
    ("Estimateur de frais de livraison palette (code postal) sur la fiche", "Parcours", "P1", "3", "Lumen — dev", "Mai"),
    ("Délai de livraison par produit (métachamp) sur fiche et panier", "Parcours", "P1", "2", "Sandrine D. + Lumen — dev", "Mai"),
    ("Lancer les campagnes Shopping par univers et Search « Teck »", "SEA", "P1", "2", "Lumen — SEA", "Avril"),
    ("Réécrire au gabarit les 20 fiches best-sellers suivantes", "Contenu", "P1", "6", "Lumen — SEO + Sandrine D.", "Avril–mai"),
    ("Relier les 6 pages orphelines restantes", "Maillage", "P1", "0,5", "Lumen — SEO", "Avril"),
    ("Titles et metas des 8 collections de saison", "Contenu", "P1", "1", "Lumen — SEO", "Avril"),
    ("Décliner le silo aux univers Corde et Aluminium", "Maillage", "P2", "3", "Lumen — SEO", "Mai"),
    ("Mention du paiement en 3× / 4× sous le prix des fiches", "Parcours", "P2", "0,5", "Lumen — dev", "Mai"),
    ("Bouton « Ajouter au panier » fixe sur mobile", "Parcours", "P2", "1", "Lumen — dev", "Juin"),
    ("Champ « accès camion » facultatif, avec aide", "Parcours", "P2", "0,5", "Lumen — dev", "Mai"),
    ("Visuels 3D Render Lab pour 40 fiches sans ambiance", "Contenu", "P2", "2", "Marc D.", "Mai–juin"),
    ("4 articles du Journal tirés de la cartographie", "Contenu", "P2", "4", "Lumen — SEO", "Avril–juin"),
    ("Relancer les 4 sites sources en discussion", "Popularité", "P2", "2", "Lumen — SEO", "Mai"),
    ("Page « Hôtels & campings » + formulaire de devis court", "Contenu", "P2", "3", "Lumen — SEO + dev", "Juin"),
    ("Balisage des avis clients (Judge.me) dans le balisage Product", "Technique", "P2", "1", "Lumen — dev", "Mai"),
    ("Paramétrage du Journal : auteur, commentaires, URL", "Contenu", "P2", "0,5", "Lumen — SEO", "Mai"),
    ("Campagne Search « Marque » + extension de lieu showroom", "SEA", "P2", "0,5", "Lumen — SEA", "Avril"),
    ("Point mensuel Looker Studio avec vous", "Pilotage", "P2", "0,5/mois", "Lumen — SEO", "Avril–sept."),
    ("Page showroom reliée à la fiche Google Business Profile", "Contenu", "P2", "1", "Lumen — SEO", "Mai"),
    ("Replier le champ code promo au paiement", "Parcours", "P3", "0,25", "Lumen — dev", "Juin"),
    ("Alléger les notices de montage PDF (> 4 Mo)", "Technique", "P3", "0,5", "Lumen — dev", "Juin"),
    ("Rediriger en 301 les 4 chaînes de redirection restantes", "Technique", "P3", "0,5", "Lumen — dev", "Juin"),
    ("Balisage FAQ sur 10 articles du Journal", "Technique", "P3", "0,5", "Lumen — SEO", "Juillet"),
    ("Pagination des collections : liens explorables après la page 2", "Technique", "P3", "1", "Lumen — dev", "Juillet"),
    ("Glossaire des bois (teck, acacia, eucalyptus)", "Contenu", "P3", "2", "Lumen — SEO", "Juillet"),
    ("Enregistrements Hotjar du paiement : relevé des frictions", "Parcours", "P3", "1", "Lumen — SEO", "Juillet"),
    ("Campagne Shopping « fin de saison »", "SEA", "P3", "1", "Lumen — SEA", "Août–sept."),
    ("Audit V3 : bilan de saison", "Pilotage", "P3", "4", "Lumen — SEO", "Septembre"),
]
assert len(ROADMAP) == 31
assert [r[2] for r in ROADMAP].count("P1") == 9
_j = lambda v: 6 * 0.5 if v == "0,5/mois" else float(v.replace(",", "."))
assert sum(_j(r[3]) for r in ROADMAP if r[2] == "P1") == 17.5
assert round(sum(_j(r[3]) for r in ROADMAP)) == 50


# =========================================================================================== contenu
def essentiel():
    S = [Anchor("ess"), ChapterHead("ess", "", "L'essentiel", legend=False),
         P("Six mois après l'audit initial du 14 octobre 2025, les corrections techniques sont livrées, les 12 "
           "premières fiches réécrites se vendent mieux que les autres et Le Journal attire une audience qui ne "
           "vous trouvait pas. Sur les 30 requêtes suivies, 17 sont dans le top 10 de Google contre 6 en "
           "septembre. Sur octobre–mars, les sessions organiques progressent de 58 % et le chiffre d'affaires "
           "issu du naturel passe de 96 k€ à 151 k€ HT."),
         P("Les scores reprennent la grille de la V1 (mêmes points de contrôle, mêmes pondérations). Deux "
           "objectifs ne sont pas atteints : l'affichage mobile des fiches et la conversion des visites issues de "
           "Google. Ils guident les priorités d'avril, avant le pic de saison."),
         Spacer(1, 6), ScoreGrid(), Spacer(1, 2),
         Paragraph(fr("Scores sur 100, V1 (14/10/2025) → V2 (15/04/2026). Méthode de notation : chapitre 1."), cap),
         Spacer(1, 4),
         Paragraph("Top 5 des quick wins (P1)", h2s)]
    qw = [(1, "Charger en priorité l'image principale des fiches, sans lazy-load",
           "1 j · avril · environ −0,4 s de LCP mobile"),
          (3, "Supprimer la fenêtre de création de compte avant le paiement",
           "0,5 j · avril · une friction de moins sur sept"),
          (8, "Relier les 6 pages orphelines restantes",
           "0,5 j · avril · 6 pages de nouveau explorées"),
          (9, "Réécrire titles et metas des 8 collections de saison",
           "1 j · avril · requêtes d'avril–juin"),
          (2, "Retirer l'ancienne app d'avis et différer le script Hotjar",
           "1,5 j · avril · deux scripts bloquants en moins")]
    qst = ParagraphStyle("qw", parent=bul, leftIndent=0.8 * cm, bulletIndent=0.15 * cm, spaceAfter=6,
                         bulletFontName="LB", bulletFontSize=11)
    for i, (n, a, d) in enumerate(qw, 1):
        S.append(Paragraph(fr("<b>%s</b> <font color='#6B7280'>(action n° %d)</font><br/>"
                              "<font size=8.4 color='#2A9D8F'>%s</font>" % (a, n, d)), qst, bulletText="%d" % i))
    S.append(Spacer(1, 4))
    S.append(P("Les 31 actions de la feuille de route sont détaillées au chapitre 11."))
    return S


def ch1():
    S = [PageBreak(), Anchor("c1"),
         ChapterHead("c1", "01", "Méthode et stack de mesure",
                     tiles=[("Stack de mesure", "outils branchés · V1 : 5 sur 7", "7 / 7", "x")]),
         P("<b>Périmètre.</b> 1 412 URL explorables au 28/03/2026 : 160 fiches, 38 collections, 42 articles du "
           "Journal, 24 pages de contenu. Les comparaisons portent sur octobre 2025 – mars 2026 rapporté à "
           "octobre 2024 – mars 2025 : votre activité est trop saisonnière pour comparer mars à octobre."),
         P("<b>Notation.</b> Chaque axe est noté sur 100 à partir de sa liste de contrôle : « OK » vaut 100 % "
           "du poids du point, « À corriger » 50 %, « KO » 0. Les points qui touchent directement la vente "
           "(fiches, paiement, vitesse des fiches) pèsent double. La grille n'a pas changé depuis la V1."),
         Paragraph("Notre stack de mesure", h2s),
         P("Hotjar et Ahrefs Webmaster Tools manquaient en octobre. Les sept outils sont désormais branchés."),
         table([["Outil", "Usage dans l'audit", "Pourquoi cet outil"],
                ["Google Search Console", "Impressions, clics, positions par requête et par page ; indexation",
                 "La seule source issue de Google : notre référence pour la visibilité"],
                ["Google Analytics 4", "Sessions, engagement, paniers, achats, devis pro ; entonnoir",
                 "Les données de vos vrais visiteurs, reliées aux ventes Shopify"],
                ["Screaming Frog", "Crawl complet (V1 : 02/10/2025, V2 : 28/03/2026)",
                 "Voit le site comme un robot ; même paramétrage aux deux dates"],
                ["Semrush", "Volumes, écart avec les concurrents, suivi des 30 requêtes",
                 "Des estimations : elles servent à classer, jamais à mesurer"],
                ["PageSpeed Insights + CrUX", "LCP, INP, CLS des fiches et collections",
                 "CrUX donne les temps vécus par vos visiteurs ; le labo ne sert qu'au diagnostic"],
                ["Ahrefs Webmaster Tools", "Domaines référents, liens gagnés et perdus, ancres",
                 "Gratuit sur un domaine vérifié, avec l'historique complet"],
                ["Hotjar", "Cartes de clics et de défilement, enregistrements",
                 "Montre où l'on clique, ce que GA4 ne dit pas"]],
               [3.6, 6.4, 6.8], vpad=3.2),
         Paragraph(fr("Tableau 2 — Stack de mesure : outils, usages et raisons du choix"), cap),
         P("<b>Nos principes.</b> Quand deux outils se contredisent, la donnée terrain l'emporte : Search Console "
           "avant Semrush, CrUX avant Lighthouse, GA4 avant les applications Shopify. Le trafic du showroom est "
           "exclu de GA4 depuis novembre."),
         Spacer(1, 4),
         Capture("Capture 1 — GA4, Administration > Événements clés, 31/03/2026",
                 ["5 événements clés suivis", "dont generate_lead (devis pro) depuis le 04/11/2025"], h=3.0 * cm,
                 sub="purchase · add_to_cart · begin_checkout · view_item · generate_lead")]
    return S


def ch2():
    rows = [["Point contrôlé", "Constat au 28/03/2026", "Statut", "Priorité", "V1 → V2"],
            ["Pages indexées / sitemap", "1 236 indexées sur 1 284 ; le reste : variantes filtrées exclues",
             "OK", "—", "71 % → 96 %"],
            ["Liens internes en 404", "Plus aucun lien cassé", "OK", "—", "63 → 0"],
            ["Chaînes de redirection", "4 restantes (produits arrêtés)", "À corriger", "P3", "27 → 4"],
            ["Canonical des variantes", "Vers la fiche mère sur les 160 fiches", "OK", "—", "KO → OK"],
            ["Collections en doublon", "Fusionnées en 301 : plus de cannibalisation", "OK", "—", "3 paires → 0"],
            ["robots.txt et filtres", "Paramètres ?filter. bloqués, sitemap déclaré", "OK", "—", "À corriger → OK"],
            ["Balisage Product", "Sur les 160 fiches ; avis pas encore balisés", "À corriger", "P2", "0 → 160"],
            ["Fil d'Ariane, Organization", "Balisés partout", "OK", "—", "KO → OK"],
            ["Pagination des collections", "« Charger plus » sans lien explorable après la page 2",
             "À corriger", "P3", "inchangé"],
            ["HTTPS, contenu mixte", "Aucun appel en http", "OK", "—", "OK → OK"],
            ["Format des images", "WebP servi par le CDN Shopify", "OK", "—", "JPEG → WebP"],
            ["Images responsives", "srcset à 5 tailles, de 360 à 1 920 px", "OK", "—", "1 → 5 tailles"],
            ["Chargement différé", "Sous la ligne de flottaison, mais aussi sur la 1re image des fiches",
             "À corriger", "P1", "absent → partiel"],
            ["Poids de la galerie (9 visuels)", "Au premier affichage, vignettes comprises", "OK", "—",
             "1,8 Mo → 190 Ko"],
            ["Vidéo de montage", "YouTube chargé au clic", "OK", "—", "KO → OK"],
            ["LCP mobile des fiches (CrUX)", "2,9 s ; objectif 2,5 s", "À corriger", "P1", "4,6 → 2,9 s"],
            ["INP mobile", "180 ms", "OK", "—", "310 → 180 ms"],
            ["CLS", "Bandeau promo réservé en hauteur", "OK", "—", "0,19 → 0,04"],
            ["Scripts tiers", "Ancienne app d'avis et Hotjar bloquent le rendu", "KO", "P1", "14 → 9 apps"],
            ["Polices", "2 familles auto-hébergées, préchargées", "OK", "—", "4 → 2"]]
    S = [PageBreak(), Anchor("c2"),
         ChapterHead("c2", "02", "Technique & performance", tiles=[("Technique", 58, 81), ("Performance", 41, 68)]),
         P("En V1, trois problèmes dominaient : des fiches accessibles par plusieurs URL, des collections qui se "
           "disputaient les mêmes requêtes et des galeries de 9 photos en JPEG pleine taille. Les deux premiers "
           "sont réglés ; le troisième l'est pour le poids, pas encore pour l'ordre de chargement."),
         Spacer(1, 2),
         Capture("Capture 2 — Screaming Frog, crawl du 28/03/2026 (configuration identique à la V1)",
                 ["1 412 URL HTML explorées", "0 lien interne en erreur 4xx"], h=3.0 * cm),
         P("Les 20 points de la V1 sont repris ci-dessous. Les lignes « médias » portent sur les visuels fournis "
           "par vos soins : passage en WebP, cinq tailles d'image pour que chaque écran charge la bonne, "
           "chargement différé réservé aux images hors écran."),
         table(rows, [3.9, 6.3, 2.1, 1.5, 2.6], status_col=2, center=(3,), vpad=3.0),
         Paragraph(fr("Tableau 3 — Liste de contrôle technique et médias (20 points) : 14 OK, 5 à corriger, 1 KO"), cap),
         Spacer(1, 4),
         Paragraph("Vitesse : le dernier écart", h2s),
         P("Sur la « Table extensible Cap Ferret teck 180-240 cm », la galerie passe de 1,8 Mo à 190 Ko et "
           "l'INP comme le CLS sont au vert. Le LCP mobile reste à 2,9 s : l'image principale est encore "
           "différée et deux scripts tiers passent avant elle (actions n° 1 et 2, 2,5 jours au total)."),
         Spacer(1, 4),
         Capture("Capture 3 — PageSpeed Insights, données CrUX, fiche « Table extensible Cap Ferret », mobile, 30/03/2026",
                 ["LCP 2,9 s · INP 180 ms · CLS 0,04"], h=3.0 * cm,
                 sub="Évaluation des Core Web Vitals : échec (LCP)")]
    return S


def ch3():
    rows = [["Requête suivie", "Volume/mois*", "Pos. V1", "Pos. V2", "Écart"]]
    for q, v, a, b in TRACKED:
        d = a - b
        rows.append([q, "{:,}".format(v).replace(",", "\u00a0"), str(a), str(b),
                     ("+%d" % d) if d > 0 else ("=" if d == 0 else str(d))])
    S = [PageBreak(), Anchor("c3"),
         ChapterHead("c3", "03", "Requêtes & positions",
                     tiles=[("Requêtes top 10", "sur 30 suivies · V1 : 6", "17 / 30", "x")]),
         P("La cartographie des requêtes de la V1 compte 64 requêtes, classées par univers et par intention, "
           "avec une URL cible chacune (annexe A). Rappel de la méthode, puis trajectoire des 30 requêtes suivies "
           "chaque semaine."),
         Paragraph("Comment la cartographie a été construite", h2s),
         P("<b>1. Ce que Google voit déjà.</b> Export Search Console sur 12 mois : 2 870 requêtes, dont 410 avec "
           "au moins 50 impressions."),
         P("<b>2. Ce que les concurrents captent.</b> Écart Semrush avec Teck & Terrasse, Les Jardins "
           "d'Aquitaine et Outdoor Maison : 388 requêtes où au moins deux d'entre eux sont dans le top 20, pas vous."),
         P("<b>3. Ce que vos clients tapent chez vous.</b> 1 150 recherches internes en six mois (Shopify Search "
           "& Discovery) : « housse », « huile teck », « table ronde » reviennent le plus."),
         P("<b>4. Les mots de vos vendeurs.</b> Une heure d'atelier au showroom : vos clients disent « salon bas », "
           "« table qui se rallonge », « teck grade A », « bain de soleil à roulettes »."),
         P("<b>5. Une requête principale par page.</b> Chaque requête principale reçoit une seule URL, et chaque "
           "URL une seule requête principale : c'est ce qui évite la cannibalisation (trois paires de collections "
           "en V1)."),
         Paragraph("Pourquoi ces requêtes-là", h2s),
         P("<b>Par matière.</b> Votre catalogue est construit par matière, et vos acheteurs cherchent ainsi. Le "
           "générique « salon de jardin » est tenu par des sites deux à trois fois plus puissants ; « salon de "
           "jardin teck » (2 900 recherches par mois) et sa longue traîne sont à la portée d'un spécialiste."),
         P("<b>Par territoire.</b> Le showroom de 1 200 m² à La Teste-de-Buch est un argument que vos concurrents "
           "n'ont pas. Les requêtes « Bassin » pèsent peu en volume mais achètent, et 31 % des commandes web sont "
           "livrées en Gironde et dans les Landes."),
         P("<b>Par saison.</b> Les recherches sont 3,4 fois plus nombreuses en mai qu'en novembre : une page doit "
           "être positionnée avant avril. Les réécritures ont donc été livrées de janvier à mars."),
         P("<b>Pour les pros.</b> 9 % des commandes web viennent d'hôtels et de campings. « mobilier terrasse "
           "hôtel » ou « mobilier camping professionnel » ont peu de volume, et aucun concurrent ne les travaille."),
         PageBreak(),
         Paragraph("Trajectoire des 30 requêtes suivies", h2s),
         P("17 requêtes sur 30 sont dans le top 10 en mars 2026, contre 6 en septembre 2025. « salon de jardin "
           "teck » passe de la 23e à la 7e position. L'aluminium progresse mais reste hors de la première page : "
           "l'univers n'a pas encore son silo."),
         table(rows, [7.4, 2.4, 1.6, 1.6, 1.6], center=(2, 3, 4), right=(1,), vpad=1.7, st=small, sth=smallh),
         Paragraph(fr("Tableau 4 — Positions moyennes Search Console, septembre 2025 (V1) et mars 2026 (V2). "
                      "* Volumes Semrush estimés, France, mars 2026."), cap),
         Capture("Capture 4 — Search Console, 01/10/2025 → 31/03/2026",
                 ["27 900 clics · 1,42 M impressions"], h=2.6 * cm,
                 sub="Position moyenne : 22,1 en octobre, 15,7 en mars")]
    return S


def ch4():
    rows = [["Point contrôlé", "Constat", "Statut", "Priorité", "V1 → V2"],
            ["Pages orphelines", "Anciennes fiches d'exposition", "À corriger", "P1", "37 → 6"],
            ["Profondeur des fiches", "Clics moyens depuis l'accueil", "OK", "—", "4,2 → 3,1"],
            ["Fil d'Ariane", "Fiches, collections, articles", "OK", "—", "KO → OK"],
            ["Menu principal", "Par univers : Teck, Corde, Aluminium, Entretien, Pros", "OK", "—", "KO → OK"],
            ["Ancres génériques", "« en savoir plus », « cliquez ici »", "À corriger", "P2", "212 → 41"],
            ["Articles sans lien produit", "Tous renvoient au catalogue", "OK", "—", "9 → 0"],
            ["Silos par univers", "Teck ébauché ; Corde et Aluminium non commencés", "À corriger", "P2",
             "KO → partiel"]]
    S = [PageBreak(), Anchor("c4"),
         ChapterHead("c4", "04", "Maillage & silo", tiles=[("Maillage", 44, 63)]),
         P("Le maillage a surtout progressé par le ménage : 31 pages orphelines reliées, une profondeur moyenne "
           "de 3,1 clics, un menu par univers. Le silo, lui, commence."),
         table(rows, [3.6, 6.8, 2.1, 1.5, 2.4], status_col=2, center=(3,), vpad=2.6),
         Paragraph(fr("Tableau 5 — Liste de contrôle du maillage interne"), cap),
         Paragraph("Le silo « Teck »", h2s),
         P("Le teck fait 46 % de votre chiffre d'affaires en ligne et l'essentiel de la cartographie : nous avons "
           "commencé par lui. Neuf pages : une page pilier, cinq collections filles, trois articles du Journal."),
         Spacer(1, 6), Silo(), Spacer(1, 2),
         Paragraph(fr("Schéma 1 — Silo « Teck » : arborescence des 9 pages"), cap),
         P("Arborescence validée avec vous le 12 février ; les neuf pages existent. À décliner pour les univers "
           "Corde et Aluminium (action n° 10).")]
    return S


def ch5():
    rows = [["Site source", "Thématique", "DR", "Pourquoi ce site", "Statut au 31/03", "Sessions*"],
            ["Maison Côte Sud", "Blog déco, art de vivre", "34", "Propriétaires de maisons du littoral",
             "Article invité publié le 18/11/2025", "412"],
            ["Campings de l'Atlantique", "Portail des campings", "29", "Gérants de campings : cible pro",
             "Fiche fournisseur publiée le 06/01/2026", "96"],
            ["Bassin Pratique", "Guide local du Bassin", "31", "Requêtes « Bassin »", "En discussion", "—"],
            ["Le Carnet du Jardin Atlantique", "Blog jardinage", "26", "Entretien, extérieur", "Relancé deux fois",
             "—"],
            ["Hôtellerie & Terrasses Mag", "Média pro CHR", "41", "Hôteliers, restaurateurs",
             "Encart payant refusé", "—"],
            ["Gironde Maison", "Magazine déco régional", "37", "Maison en Gironde", "En discussion", "—"]]
    S = [PageBreak(), Anchor("c5"),
         ChapterHead("c5", "05", "Popularité", tiles=[("Popularité", 37, 55)]),
         P("En V1, votre site comptait 48 domaines référents, contre 112 pour Teck & Terrasse, 86 pour Les "
           "Jardins d'Aquitaine et 240 pour Outdoor Maison. Quatre étaient toxiques : deux annuaires automatiques "
           "et deux pages d'une ferme de liens. L'objectif à six mois : 65 domaines référents de qualité."),
         Paragraph("Domaines référents : la trajectoire", h2s),
         P("Au 31 mars, Ahrefs Webmaster Tools recense 71 domaines référents. Les quatre domaines toxiques ont été "
           "désavoués le 9 décembre 2025 et ne sont plus comptés. Les 27 nouveaux viennent de vos fournisseurs "
           "(pages revendeurs de deux fabricants), de la presse locale (la Gazette du Bassin, pour les 15 ans du "
           "showroom), d'annuaires de l'hôtellerie de plein air et des deux sites sources obtenus. Le Domain "
           "Rating passe de 22 à 27."),
         Spacer(1, 6),
         Capture("Capture 5 — Ahrefs Webmaster Tools, domaines référents, 01/10/2025 → 31/03/2026",
                 ["48 → 71 domaines référents", "DR 22 → 27"], h=3.6 * cm,
                 sub="4 domaines désavoués le 09/12/2025, exclus du décompte"),
         Spacer(1, 6),
         P("L'écart avec les concurrents se réduit sans se fermer. Les ancres restent naturelles : 58 % portent "
           "votre marque, 19 % l'adresse du site, 9 % une requête de la cartographie."),
         PageBreak(),
         Paragraph("Sites sources", h2s),
         P("Plutôt que d'acheter des liens, nous cherchons des sites lus par vos clients. Six sites ont été retenus "
           "sur deux critères : une thématique proche (maison, extérieur, Bassin, hôtellerie de plein air) et un "
           "DR supérieur à 25. Deux liens sont obtenus à ce jour."),
         table(rows, [3.4, 2.9, 0.9, 3.6, 3.6, 1.6], center=(2, 5), vpad=3.4),
         Paragraph(fr("Tableau 6 — Sites sources retenus. * Sessions référentes GA4 jusqu'au 31/03/2026."), cap),
         P("L'article de Maison Côte Sud (« Aménager une terrasse face au Bassin ») a apporté 412 sessions : c'est "
           "le premier site référent hors réseaux sociaux. La fiche de Campings de l'Atlantique a généré 96 "
           "sessions et trois demandes de devis pro. Les quatre autres sites sont à relancer en mai (action n° 16).")]
    return S


def ch6():
    gab = [["Bloc de la fiche", "Ce qu'on y met", "Notre règle"],
           ["Titre (H1)", "Type + matière + nom + dimensions", "La requête d'abord, le modèle ensuite"],
           ["Introduction", "2 à 3 phrases sous le prix", "Contient la requête principale et une variante ; "
            "dit pour qui, pour quel usage"],
           ["« Pourquoi on l'aime »", "3 à 4 puces", "Les arguments de vos vendeurs : teck grade A, assemblage à "
            "tenons, patine naturelle"],
           ["Dimensions & poids", "Ouverte, fermée, hauteur, poids, colis", "Le poids et les colis rassurent sur "
            "la palette"],
           ["Entretien", "3 gestes + produit associé", "Renvoie à l'huile et à l'article du Journal"],
           ["FAQ", "4 questions balisées", "Tirées des « Autres questions posées » et du service client"]]
    kw = [["", "Table extensible Cap Ferret", "Fauteuil corde tressée Pyla", "Salon bas Arguin 5 places"],
          ["Requête principale", "table teck extensible", "fauteuil corde tressée", "salon bas teck"],
          ["Balise title", "Table extensible en teck Cap Ferret 180-240 cm | Terrasses du Bassin",
           "Fauteuil de jardin en corde tressée Pyla | Terrasses du Bassin",
           "Salon bas en teck Arguin 5 places | Terrasses du Bassin"],
          ["H1", "Table extensible en teck Cap Ferret 180-240 cm", "Fauteuil en corde tressée Pyla",
           "Salon bas en teck Arguin 5 places"],
          ["Handle (URL)", "table-extensible-cap-ferret-teck-180-240", "fauteuil-corde-tressee-pyla",
           "salon-bas-arguin-5-places"],
          ["Meta description", "Table de jardin extensible en teck grade A, de 6 à 10 couverts. Livrée sur "
           "palette, huile offerte.", "Fauteuil en corde tressée et aluminium, coussins déhoussables. Résiste "
           "au sel et aux UV.", "Salon bas 5 places en teck massif, coussins déhoussables. Livraison sur palette."],
          ["Alt de l'image principale", "Table extensible en teck Cap Ferret ouverte, 8 chaises, terrasse",
           "Fauteuil Pyla en corde tressée beige, vue de trois quarts",
           "Salon bas Arguin en teck, canapé 3 places et 2 fauteuils"]]
    chk = [["Élément contrôlé", "V1 (/20)", "V2 (/20)", "Commentaire"],
           ["Origine du teck (FSC) citée", "6", "20", "Certificat téléchargeable sur 14 fiches"],
           ["Délai de livraison palette", "4", "20", "Encore global : voir chapitre 7"],
           ["Montage : temps, outils, notice", "3", "17", "3 notices manquent chez le fabricant"],
           ["Garantie", "9", "20", "5 ans structure, 2 ans coussins"],
           ["Avis clients visibles", "11", "18", "2 nouveautés sans avis"],
           ["Paiement en 3× / 4× mentionné", "0", "20", "Sous le bouton d'achat"],
           ["Dimensions complètes + poids", "12", "20", "Tableau du gabarit"],
           ["Photo d'ambiance + détail", "15", "16", "4 produits sans ambiance"]]
    test = [["Indicateur (GA4)", "12 fiches réécrites", "12 fiches témoins"],
            ["Durée d'engagement moyenne", "48 s → 1 min 31", "51 s → 54 s"],
            ["Taux d'ajout au panier", "4,1 % → 6,8 %", "4,3 % → 4,5 %"],
            ["Commandes", "19 → 41", "22 → 24"]]
    S = [PageBreak(), Anchor("c6"),
         ChapterHead("c6", "06", "Fiches produits & médias", tiles=[("Contenu", 49, 77)]),
         P("C'est le chantier qui a le plus fait bouger vos chiffres. En V1, vos fiches reprenaient les textes des "
           "fabricants, sans dimensions complètes ni information de livraison. Les 12 fiches réécrites depuis "
           "janvier suivent un gabarit unique, construit avec vos vendeurs."),
         Paragraph("Le gabarit de fiche", h2s),
         table(gab, [3.2, 5.0, 8.6], vpad=3.2),
         Paragraph(fr("Tableau 7 — Gabarit de fiche produit Terrasses du Bassin"), cap),
         P("Chaque fiche reçoit sa requête principale (annexe A) et une ou deux variantes de longue traîne, placées "
           "dans le titre, l'introduction et un intertitre, jamais répétées pour la forme. Exemple : « Table "
           "extensible en teck Cap Ferret 180-240 cm »."),
         P("<b>Et pour Le Journal ?</b> Un article part d'une requête informationnelle de la cartographie "
           "(« comment entretenir le teck »). Nous relevons les questions associées dans Google pour en faire le "
           "plan, rédigeons 1 200 à 1 600 mots relus par un vendeur, puis plaçons la requête dans le titre, le "
           "chapô et l'URL. L'article se termine sur la collection concernée."),
         PageBreak(),
         Paragraph("Balisage de trois fiches de référence", h2s),
         table(kw, [2.6, 4.8, 4.7, 4.7], st=small, sth=smallh, vpad=2.6),
         Paragraph(fr("Tableau 8 — Balises des trois fiches de référence, en ligne depuis le 19/01/2026"), cap),
         Spacer(1, 6),
         Paragraph("Ce qui aide à décider : contrôle de 20 fiches", h2s),
         P("Une table à 1 690 € s'achète rarement sur un coup de tête. Nous avons contrôlé vos 20 fiches les plus "
           "vues sur ce que vos clients demandent au téléphone avant de commander."),
         table(chk, [5.4, 1.5, 1.5, 8.4], center=(1, 2), vpad=3.0),
         Paragraph(fr("Tableau 9 — Éléments d'aide à la décision sur les 20 fiches les plus vues"), cap),
         PageBreak(),
         Paragraph("Les visuels", h2s),
         P("Nous n'avons ni produit ni retouché de visuels : les photos sont fournies par le client. Notre "
           "travail a porté sur leur diffusion (format, tailles, chargement : chapitre 2)."),
         P("Pour les 40 fiches sans photo d'ambiance, deux prestataires ont été comparés. Studio Oyat "
           "(photographe, Gujan-Mestras) : 180 € HT par produit, soit 7 200 € HT. Render Lab (rendus 3D) : "
           "95 € HT par produit, soit 3 800 € HT. Nous recommandons Render Lab, qui couvre les 40 fiches pour "
           "un peu plus de la moitié du budget."),
         Paragraph("L'effet mesuré : 12 fiches réécrites contre 12 fiches témoins", h2s),
         P("Les 12 fiches réécrites sont comparées à 12 fiches de même gamme et de prix voisins laissées en "
           "l'état, sur huit semaines avant (15/11/2025 – 11/01/2026) et huit semaines après la mise en ligne "
           "(12/01 – 08/03/2026)."),
         table(test, [6.2, 5.3, 5.3], center=(1, 2), vpad=3.6),
         Paragraph(fr("Tableau 10 — Signaux d'engagement et commandes, avant → après"), cap),
         PageBreak(),
         P("Les visiteurs restent presque deux fois plus longtemps sur les fiches réécrites et y ajoutent plus "
           "souvent au panier ; les commandes doublent, quand les témoins bougent à peine. La saison joue pour "
           "les deux groupes : l'écart entre eux revient au contenu."),
         Spacer(1, 4),
         Capture("Capture 6 — GA4, comparaison des deux groupes de fiches, 12/01 → 08/03/2026",
                 ["Durée d'engagement : 1 min 31 vs 54 s", "Ajout au panier : 6,8 % vs 4,5 %"], h=3.2 * cm),
         Spacer(1, 8),
         Paragraph("Le Journal", h2s),
         P("42 articles, dont 11 publiés depuis la V1. Le Journal apporte 38 % des sessions organiques de la "
           "période, surtout sur l'entretien du teck, et « comment entretenir le teck » est passé en première "
           "position."),
         Spacer(1, 4),
         Box("Le Journal — paramétrage sous Shopify",
             ["<b>Organisation recommandée.</b> Trois catégories (blogs Shopify) : « Conseils d'entretien », "
              "« Inspirations terrasse », « Guides d'achat ». Des tags limités aux matières (teck, corde, "
              "aluminium) et aux pièces (salon, table, bain de soleil), 12 au maximum.",
              "<b>Réglages à vérifier</b>",
              "☐ Auteur affiché sur les articles — non vérifié",
              "☐ Gestion des commentaires — non vérifié",
              "☐ Format des URL /blogs/journal/… — non vérifié"])]
    return S


def ch7():
    fr_rows = [["N°", "Friction observée", "Correction proposée", "P", "Qui", "Date"],
               ["1", "Frais de livraison palette découverts à l'étape « Livraison »",
                "Estimateur par code postal sur la fiche (n° 4)", "P1", "Lumen — dev", "Mai 2026"],
               ["2", "Délai « 3 à 6 semaines » pour tous les produits", "Délai par produit, repris au panier "
                "(n° 5)", "P1", "Sandrine D. + Lumen", "Mai 2026"],
               ["3", "Fenêtre de création de compte avant le paiement", "Paiement invité par défaut (n° 3)", "P1",
                "Lumen — dev", "Avril 2026"],
               ["4", "Champ « accès camion » obligatoire et incompris", "Facultatif, avec aide (n° 13)", "P2",
                "Lumen — dev", "Mai 2026"],
               ["5", "3× / 4× visible seulement au paiement", "Mention sous le prix (n° 11)", "P2", "Lumen — dev",
                "Mai 2026"],
               ["6", "Bouton d'achat sous 9 photos sur mobile", "Bouton fixe en bas d'écran (n° 12)", "P2",
                "Lumen — dev", "Juin 2026"],
               ["7", "Champ code promo ouvert en tête du paiement", "Champ replié (n° 23)", "P3", "Lumen — dev",
                "Juin 2026"]]
    S = [PageBreak(), Anchor("c7"),
         ChapterHead("c7", "07", "Parcours de commande", tiles=[("Parcours", 62, 74)]),
         Paragraph("Les objectifs de la V1, vérifiés dans GA4", h2s),
         P("Trois objectifs de transformation avaient été fixés, chacun rattaché à un événement clé de GA4 : "
           "1,5 % de conversion des sessions organiques (purchase), 6 % d'ajout au panier sur les fiches "
           "réécrites (add_to_cart), +50 % de demandes de devis pro (generate_lead)."),
         P("Au 31 mars : 6,8 % d'ajout au panier (atteint), 27 devis pro contre 11 (atteint), 1,41 % de "
           "conversion organique (non atteint, depuis 1,12 %). Les visiteurs qui arrivent au paiement en "
           "repartent encore trop souvent."),
         Paragraph("Le parcours de commande, étape par étape", h2s),
         P("Exploration d'entonnoir GA4, toutes sources, sessions ayant vu une fiche :"),
         Capture("Capture 7 — GA4, exploration de l'entonnoir (toutes sources), 01/10/2025 → 31/03/2026",
                 ["Fiche 96 200 → Panier 5 580 (5,8 %)",
                  "→ Informations 1 790 (−67,9 %) → Livraison 1 410 (−21,2 %)",
                  "→ Paiement 1 290 (−8,5 %) → Commande 1 150 (−10,9 %)"], h=3.4 * cm),
         P("La perte la plus lourde se situe entre le panier et le début du paiement : deux paniers sur trois "
           "s'arrêtent là. Pour un meuble livré sur palette, c'est le moment où le client cherche le coût et la "
           "date de livraison, qu'il ne trouve qu'à l'étape suivante. L'étape « Livraison » perd ensuite un "
           "visiteur sur cinq ; le paiement lui-même se passe bien."),
         PageBreak(),
         Paragraph("Sept frictions et leur correction", h2s),
         table(fr_rows, [0.7, 5.3, 5.0, 0.8, 2.8, 2.0], center=(0, 3), vpad=3.4),
         Paragraph(fr("Tableau 11 — Frictions du parcours de commande : correction, priorité, responsable, date"), cap),
         Paragraph("Ce que montrent les cartes de chaleur", h2s),
         P("Hotjar est installé depuis le 6 novembre. Sur la fiche « Table extensible Cap Ferret » (ordinateur, "
           "1 240 sessions), 38 % des clics sous la galerie portent sur l'onglet « Livraison & montage », devant "
           "« Entretien » (11 %) et « Avis » (9 %). Sur la fiche « Salon bas Arguin 5 places » (mobile, 860 "
           "sessions), le même onglet est le plus cliqué, et 22 % des visiteurs descendent jusqu'à la FAQ."),
         Spacer(1, 4),
         Capture("Capture 8 — Hotjar, carte de clics, fiche « Table extensible Cap Ferret », ordinateur",
                 ["38 % des clics sous la galerie : onglet « Livraison & montage »"], h=3.0 * cm,
                 sub="06/11/2025 → 31/03/2026 · 1 240 sessions")]
    return S


def ch8():
    return [PageBreak(), Anchor("c8"),
            ChapterHead("c8", "08", "Réseaux sociaux & performance des publications", legend=False),
            Spacer(1, 10),
            Paragraph(fr("Hors périmètre — voir proposition commerciale"),
                      ParagraphStyle("hp", parent=body, fontName="LI", fontSize=11, textColor=GREY))]


def ch9():
    camp = [["Campagne", "Contenu", "Budget / mois", "Période"],
            ["Shopping — Salons & canapés", "Collections salons (teck, corde, aluminium)", "1 400 €", "Avril–juin"],
            ["Shopping — Tables & chaises", "Collections tables et chaises", "1 200 €", "Avril–juin"],
            ["Shopping — Bains de soleil & parasols", "Bains de soleil, parasols, pieds", "600 €", "Mai–juillet"],
            ["Shopping — Entretien & accessoires", "Huiles, dégriseur, housses, coussins", "250 €", "Toute l'année"],
            ["Search — Marque", "Marque + extension de lieu du showroom", "300 €", "Toute l'année"],
            ["Search — Teck", "4 groupes d'annonces (tableau 13)", "900 €", "Avril–juin"],
            ["Total", "", "4 650 €", ""]]
    grp = [["Groupe d'annonces", "Mots-clés (expression / exact)", "Page d'atterrissage"],
           ["Salons teck", "\"salon de jardin teck\", [salon teck 6 places], \"salon bas teck\"",
            "/collections/salons-de-jardin-teck"],
           ["Tables teck", "\"table de jardin teck\", [table teck extensible]", "/collections/tables-de-jardin-teck"],
           ["Bains de soleil teck", "\"bain de soleil teck\", [transat teck]", "/collections/bains-de-soleil-teck"],
           ["Entretien teck", "[huile teck], \"dégriseur teck\"", "/collections/entretien-du-teck"],
           ["Marque", "[terrasses du bassin], \"terrasses du bassin la teste\"", "/ (accueil)"]]
    heads = ["Salon de jardin en teck", "Mobilier en teck grade A", "Showroom à La Teste-de-Buch",
             "Livraison sur palette", "Teck certifié FSC", "Paiement en 3 ou 4 fois",
             "Tables extensibles en teck", "1 200 m² d'exposition", "Conseils d'experts depuis 2011",
             "Garantie 5 ans sur le teck", "Salon bas Arguin 5 places", "Pensé pour l'air atlantique",
             "Huile protectrice teck 1 L", "Devis pros : hôtels, campings", "Terrasses du Bassin officiel"]
    assert len(heads) == 15 and all(len(h) <= 30 for h in heads), [h for h in heads if len(h) > 30]
    S = [PageBreak(), Anchor("c9"),
         ChapterHead("c9", "09", "SEA — campagnes Google Ads",
                     tiles=[("Budget SEA proposé", "par mois, avril–juin", "4 650 € HT", "x")]),
         P("<i>Chapitre rédigé avec Julien B., consultant SEA.</i> Vos annonces tournaient sur une seule "
           "campagne Performance Max, sans exclusions. Pour le pic d'avril–juin, nous proposons une structure "
           "par univers : vous voyez ce que rapporte chaque famille et coupez ce qui ne rapporte pas."),
         table(camp, [5.2, 6.0, 2.4, 2.6], right=(2,), bold_rows=(7,), vpad=1.6),
         Paragraph(fr("Tableau 12 — Structure des campagnes et budgets mensuels proposés (HT)"), cap),
         P("Le Shopping porte l'essentiel du budget : vos produits se vendent à l'image et au prix. « Search — "
           "Teck » couvre les requêtes où le naturel n'est pas encore en tête ; « Marque » protège votre nom, "
           "sur lequel Outdoor Maison enchérit depuis février."),
         table(grp, [3.0, 7.6, 6.2], st=small, sth=smallh, vpad=1.3),
         Paragraph(fr("Tableau 13 — Groupes d'annonces, mots-clés et pages d'atterrissage"), cap),
         P("<b>Mots-clés exclus</b> : « occasion », « leboncoin », « ikea », « gratuit », « diy », « palette », "
           "« fabriquer », « location ». Ils faisaient 14 % des clics de la Performance Max, sans aucune vente."),
         Paragraph("Les 15 titres des annonces responsives", h3s)]
    half = (len(heads) + 1) // 2
    col = []
    for i in range(half):
        a = "%d. %s" % (i + 1, heads[i])
        b = ("%d. %s" % (i + 1 + half, heads[i + half])) if i + half < len(heads) else ""
        col.append([Paragraph(fr(a), small), Paragraph(fr(b), small)])
    t = Table(col, colWidths=[UW / 2] * 2, hAlign="LEFT")
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 0.3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0.3)]))
    S.append(t)
    return S


def ch10():
    rows = [["Mois", "Impressions", "Clics", "Pos. moy.", "Sessions orga.", "Conv.", "CA orga. HT",
             "Top 10 /30", "Dom. réf."]]
    for i, m in enumerate(MONTHS):
        rows.append([m, "%d k" % IMPR_K[i], "{:,}".format(CLICKS[i]).replace(",", "\u00a0"),
                     ("%.1f" % POS[i]).replace(".", ","), "{:,}".format(SESS[i]).replace(",", "\u00a0"),
                     ("%.2f %%" % (ORDERS[i] / SESS[i] * 100)).replace(".", ","),
                     ("%.1f k€" % CA_K[i]).replace(".", ","), str(TOP10[i]), str(DOMS[i])])
    rows.append(["Oct.–mars", "1,42 M", "27\u00a0900", "18,4", "31\u00a0500", "1,41 %", "151,0 k€", "17", "71"])
    rows.append(["N-1", "0,88 M", "16\u00a0400", "24,9", "19\u00a0940", "1,12 %", "96,0 k€", "6", "48"])
    kpi = [["KPI", "N-1", "Oct.–mars", "Notre lecture"],
           ["Trafic organique", "19 940", "31 500", "+58 %, dont 38 % grâce au Journal : un trafic de découverte"],
           ["Taux de rebond", "61 %", "47 %", "Porté par les fiches réécrites ; collections aluminium à 64 %"],
           ["Temps de visite", "52 s", "1 min 14", "Le contenu répond ; à lire avec l'ajout au panier"],
           ["Temps de chargement (LCP mobile)", "4,6 s", "2,9 s", "Gros progrès, encore au-dessus de 2,5 s"],
           ["Abandon panier → paiement", "71,2 %", "67,9 %", "—"],
           ["Chiffre d'affaires organique", "96 k€", "151 k€", "+57 % : la valeur par visite tient malgré le Journal"]]
    targ = [["Objectif fixé en V1", "Cible", "Au 31/03", "Statut"],
            ["Sessions organiques vs N-1", "+40 %", "+58 %", "OK"],
            ["CA organique HT", "130 k€", "151 k€", "OK"],
            ["Requêtes dans le top 10", "14 / 30", "17 / 30", "OK"],
            ["Domaines référents", "65", "71", "OK"],
            ["Score technique", "75", "81", "OK"],
            ["Ajout au panier, fiches réécrites", "6 %", "6,8 %", "OK"],
            ["LCP mobile des fiches (CrUX)", "≤ 2,5 s", "2,9 s", "KO"],
            ["Conversion des sessions organiques", "1,5 %", "1,41 %", "KO"]]
    S = [PageBreak(), Anchor("c10"),
         ChapterHead("c10", "10", "Bilan à 6 mois",
                     tiles=[("CA organique HT", "oct.–mars · N-1 : 96 k€", "151 k€", "x")]),
         P("Le tableau de bord Looker Studio consolide chaque mois Search Console, GA4 et Ahrefs Webmaster Tools."),
         table(rows, [2.0, 1.8, 1.5, 1.4, 1.9, 1.4, 1.9, 1.6, 1.5], right=(1, 2, 3, 4, 5, 6, 7, 8),
               bold_rows=(7,), st=small, sth=smallh, vpad=1.5),
         Paragraph(fr("Tableau 14 — Suivi mensuel du référencement naturel, octobre 2025 – mars 2026"), cap),
         P("<b>Visibilité.</b> Les impressions montent chaque mois sauf en décembre, creux du secteur, et la "
           "position moyenne gagne plus de six places. Le saut de mars tient à la saison et aux fiches réécrites, "
           "positionnées juste avant : c'était le calendrier visé."),
         P("<b>Qualité du trafic.</b> La conversion organique suit la saison (1,15 % en décembre, 1,59 % en mars) "
           "et passe 1,5 % en novembre avec le Black Friday ; sur la période, elle reste sous la cible."),
         P("<b>Retour.</b> Mars (61,7 k€) dépasse à lui seul tout le premier trimestre 2025. Le panier moyen "
           "organique monte de 258 € en décembre à 401 € en mars."),
         Paragraph("Des indicateurs adaptés à vos produits", h2s),
         P("Pour des produits chers, saisonniers et réfléchis, la conversion seule ne juge pas une période creuse. "
           "Nous suivons aussi le <b>taux d'ajout au panier des fiches</b> (4,6 % → 6,1 %), signe d'intention "
           "avant la saison ; les <b>demandes de devis pro</b> (11 → 27), qui précèdent les commandes des hôtels "
           "et campings ; le <b>revenu par session organique</b> (4,81 € → 4,79 €), qui vérifie que le trafic "
           "gagné vaut l'ancien."),
         table(kpi, [4.4, 1.6, 1.8, 9.0], st=small, sth=smallh, vpad=1.5),
         Paragraph(fr("Tableau 15 — Indicateurs clés commentés"), cap),
         Paragraph("Progression cumulée et retour sur investissement", h2s),
         P("Mises bout à bout, les actions de six mois (technique, maillage, 12 fiches, 11 articles, 23 domaines "
           "référents nets) donnent +58 % de sessions organiques, +70 % de clics (16 400 → 27 900) et un chiffre "
           "d'affaires organique de 96 k€ à 151 k€ HT."),
         P("Le chiffre d'affaires organique supplémentaire est de 55 k€ HT. Avec votre marge brute moyenne de 42 %, "
           "cela fait 23 100 € de marge en plus, pour 14 400 € HT d'honoraires (6 mois × 2 400 €). Retour sur "
           "investissement : (23 100 − 14 400) / 14 400 = <b>+60 %</b>. Le calcul attribue toute la hausse au "
           "référencement ; la comparaison à N-1 neutralise l'essentiel de la saison."),
         Capture("Capture 9 — Looker Studio, tableau de bord « SEO Terrasses du Bassin », page Synthèse, 31/03/2026",
                 ["CA organique mars 2026 : 61,7 k€ HT"], h=1.8 * cm),
         Paragraph("Objectifs de la V1 : atteints et manqués", h2s),
         table(targ, [7.0, 2.6, 2.6, 2.6], status_col=3, center=(1, 2), vpad=1.5),
         Paragraph(fr("Tableau 16 — Objectifs de la V1 et résultats au 31/03/2026"), cap),
         P("Six objectifs sur huit sont atteints. Les deux manqués se tiennent : une fiche lente perd des visiteurs "
           "avant qu'ils voient le prix, puis le parcours perd deux paniers sur trois faute d'information sur la "
           "livraison. Corrections, par ordre de priorité :")]
    fixes = ["<b>Image principale chargée en priorité</b> (n° 1, 1 j) : environ −0,4 s de LCP.",
             "<b>Frais et délai de livraison dès la fiche</b> (n° 4 et 5, 5 j) : vise la perte de 67,9 % entre "
             "panier et paiement.",
             "<b>Scripts tiers</b> allégés (n° 2, 1,5 j) : −0,2 à −0,3 s de LCP.",
             "<b>Création de compte supprimée</b> avant le paiement (n° 3, 0,5 j).",
             "<b>3× / 4× affiché sous le prix</b> (n° 11, 0,5 j) : rassure au-delà de 1 000 €."]
    for i, f in enumerate(fixes, 1):
        S.append(Paragraph(fr(f), bul, bulletText="%d." % i))
    S.append(Spacer(1, 5))
    S.append(Box("Vos accès aux outils de mesure",
                 ["Looker Studio : https://lookerstudio.google.com/reporting/"
                  "4f1c9d2e-7a3b-4c6e-9f0a-2b8d5e1c7a40/page/p_synthese",
                  "Search Console : https://search.google.com/search-console?"
                  "resource_id=sc-domain%3Aterrasses-du-bassin.fr",
                  "Exports Screaming Frog (crawls du 02/10/2025 et du 28/03/2026) : disponibles sur demande."],
                 bg=colors.HexColor("#EEF2F8"), border=NAVY2))
    return S


def ch11():
    rows = [["N°", "Action", "Axe", "P", "Charge (j)", "Qui", "Mois"]]
    for i, r in enumerate(ROADMAP, 1):
        rows.append([str(i)] + list(r))
    S = [PageBreak(), Anchor("c11"),
         ChapterHead("c11", "11", "Feuille de route avril – septembre 2026",
                     tiles=[("Feuille de route", "dont 9 en P1 · 50 j estimés", "31 actions", "x")]),
         P("<b>P1</b> : fort effet sur la vente, livrable avant le pic de mai–juin. <b>P2</b> : effet réel mais "
           "plus lent, à livrer pendant l'été. <b>P3</b> : hygiène technique et préparation de la saison "
           "suivante. Dans chaque niveau, l'ordre suit le rapport entre effet attendu et charge."),
         table(rows, [0.7, 7.6, 1.9, 0.7, 1.4, 3.3, 1.7], center=(0, 3, 4), st=small, sth=smallh, vpad=1.25),
         Paragraph(fr("Tableau 17 — Feuille de route : 31 actions hiérarchisées (charge en jours-homme)"), cap),
         P("Charge totale : 50 jours environ, dont 44 pour Lumen & Cie et 6 de votre côté (contenus, "
           "validations, visuels). Les P1 représentent 17,5 jours, tous planifiés en avril et mai.")]
    return S


def annexA():
    rows = [["Requête", "Univers", "Intention", "Vol.", "URL cible"]]
    for (q, u, it, v, url) in CARTO:
        rows.append([q, u, it, "{:,}".format(v).replace(",", "\u00a0"), url])
    return [PageBreak(), Anchor("ax"),
            ChapterHead("ax", "A", "Annexe A — Cartographie des requêtes", legend=False),
            P("64 requêtes principales, une URL cible chacune. Volumes mensuels estimés (Semrush, France, mars "
              "2026). Les 30 requêtes suivies sont au tableau 4."),
            table(rows, [4.9, 1.8, 2.4, 0.9, 6.8], right=(3,), st=small, sth=smallh, vpad=1.5),
            Paragraph(fr("Tableau 18 — Cartographie des requêtes : univers, intention, volume, URL cible"), cap)]


def partners():
    return [PageBreak(), Anchor("np"),
            ChapterHead("np", "", "Nos partenaires", legend=False),
            P("Nos partenariats et certifications nous donnent un accès direct aux équipes des plateformes que "
              "nous utilisons pour vous."),
            Spacer(1, 8), Badges(), Spacer(1, 14),
            P("<b>Lumen & Cie SAS</b> — agence e-commerce et référencement, fondée en 2016 par Claire Dubourdieu. "
              "11 personnes, quai des Chartrons, Bordeaux. Shopify, SEO, SEA, analytics et UX pour des marques "
              "de la maison, de la mode et de l'art de vivre."),
            P("Contact projet : Pierre Lalanne, responsable SEO — pierre.lalanne@lumen-cie.fr")]


def cover_page(c, d):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, PH * 0.52, PW, PH * 0.48, fill=1, stroke=0)
    c.setFillColor(SAND)
    c.rect(0, PH * 0.52 - 6, PW, 6, fill=1, stroke=0)
    # marque agence
    c.setFillColor(colors.white)
    c.setFont("LB", 13)
    c.drawString(LM, PH - 2.2 * cm, "LUMEN & CIE")
    c.setFont("L", 8.5)
    c.drawString(LM, PH - 2.65 * cm, "Agence e-commerce · Bordeaux")
    # pastille confidentiel
    c.setStrokeColor(SAND)
    c.setFillColor(NAVY)
    c.setLineWidth(1.2)
    c.roundRect(PW - RM - 3.6 * cm, PH - 2.55 * cm, 3.6 * cm, 0.75 * cm, 4, fill=1, stroke=1)
    c.setFillColor(SAND)
    c.setFont("LB", 10)
    c.drawCentredString(PW - RM - 1.8 * cm, PH - 2.3 * cm, "CONFIDENTIEL")
    c.setFillColor(colors.white)
    c.setFont("LB", 30)
    c.drawString(LM, PH * 0.52 + 6.2 * cm, "Audit SEO")
    c.setFont("L", 19)
    c.drawString(LM, PH * 0.52 + 5.0 * cm, fr("Suivi à six mois — version 2"))
    c.setFillColor(SAND)
    c.setFont("LB", 12)
    c.drawString(LM, PH * 0.52 + 3.6 * cm, fr("Trajectoire V1 (octobre 2025) → V2 (avril 2026)"))
    c.setFillColor(colors.white)
    c.setFont("L", 10.5)
    c.drawString(LM, PH * 0.52 + 1.4 * cm, "Technique · Contenu · Maillage · Popularité · Performance · Parcours")
    # client
    c.setFillColor(NAVY)
    c.setFont("LB", 20)
    c.drawString(LM, PH * 0.52 - 3.0 * cm, "Terrasses du Bassin")
    c.setFillColor(INK)
    c.setFont("L", 11)
    c.drawString(LM, PH * 0.52 - 3.8 * cm, fr("Mobilier d'extérieur haut de gamme — La Teste-de-Buch (33)"))
    c.drawString(LM, PH * 0.52 - 4.45 * cm, "terrasses-du-bassin.fr · boutique Shopify")
    c.setFillColor(GREY)
    c.setFont("L", 10)
    c.drawString(LM, PH * 0.52 - 6.2 * cm, "Version 2 — 15 avril 2026")
    c.drawString(LM, PH * 0.52 - 6.8 * cm, fr("Données arrêtées au 31/03/2026"))
    c.setStrokeColor(GRID)
    c.line(LM, 2.6 * cm, PW - RM, 2.6 * cm)
    c.setFont("L", 8)
    c.drawString(LM, 2.0 * cm, fr("Lumen & Cie SAS · quai des Chartrons · 33000 Bordeaux · lumen-cie.fr"))
    c.drawRightString(PW - RM, 2.0 * cm, fr("Document réservé à Terrasses du Bassin SAS"))
    c.restoreState()


def version_page():
    rows = [["Version", "Date", "Objet", "Rédaction", "Relecture"],
            ["V1", "14/10/2025", "Audit initial : état des lieux, scores, objectifs à 6 mois, feuille de route "
             "octobre – mars", "A. Darrieussecq", "P. Lalanne"],
            ["V2", "15/04/2026", "Audit de suivi à 6 mois : trajectoire V1 → V2, bilan chiffré, feuille de route "
             "avril – septembre", "A. Darrieussecq", "P. Lalanne"]]
    return [ChapterHead("ver", "", "Suivi du document", legend=False),
            table(rows, [1.4, 2.0, 8.0, 2.8, 2.4], center=(0, 1), vpad=4),
            Paragraph(fr("Tableau 1 — Historique des versions"), cap),
            Spacer(1, 6),
            P("<b>Diffusion</b> : Marc et Sandrine Daney, dirigeants de Terrasses du Bassin SAS ; équipe projet "
              "Lumen & Cie."),
            Spacer(1, 14),
            Box("Avertissement",
                ["Données arrêtées au 31/03/2026.",
                 "Sauf mention contraire, les comparaisons portent sur le 1er octobre 2025 – 31 mars 2026, "
                 "rapporté au 1er octobre 2024 – 31 mars 2025, pour neutraliser la saisonnalité du mobilier "
                 "d'extérieur.",
                 "Positions : moyennes Search Console. Volumes de recherche : estimations Semrush (France), "
                 "utilisées pour classer, non pour prévoir. Montants hors taxes.",
                 "Document confidentiel, réservé à Terrasses du Bassin SAS."],
                bg=colors.HexColor("#F4F5F7"), border=GREY),
            Spacer(1, 18),
            Paragraph("Contexte", h2s),
            P("Terrasses du Bassin, fondée en 2011 par Marc et Sandrine Daney à La Teste-de-Buch, vend du mobilier "
              "d'extérieur haut de gamme (teck, corde tressée, aluminium) dans un showroom de 1 200 m² et sur sa "
              "boutique Shopify : 4,1 M€ HT de chiffre d'affaires en 2025, dont 1,56 M€ en ligne (38 %), 14 "
              "salariés, livraison sur palette dans toute la France. 9 % des commandes web viennent d'hôtels et de "
              "campings. Lumen & Cie l'accompagne sur le référencement depuis septembre 2025.")]


TOC = [("ess", "L'essentiel", 0), ("c1", "1. Méthode et stack de mesure", 0),
       ("c2", "2. Technique & performance", 0), ("c3", "3. Requêtes & positions", 0),
       ("c4", "4. Maillage & silo", 0), ("c5", "5. Popularité", 0), ("c6", "6. Fiches produits & médias", 0),
       ("c7", "7. Parcours de commande", 0), ("c8", "8. Réseaux sociaux & performance des publications", 0),
       ("c9", "9. SEA — campagnes Google Ads", 0), ("c10", "10. Bilan à 6 mois", 0),
       ("c11", "11. Feuille de route avril – septembre 2026", 0),
       ("ax", "Annexe A — Cartographie des requêtes", 0), ("np", "Nos partenaires", 0)]


class TOCLine(Flowable):
    def __init__(self, text, page):
        Flowable.__init__(self)
        self.text, self.page = text, page

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 26

    def draw(self):
        c = self.canv
        c.setFillColor(INK)
        c.setFont("L", 11)
        c.drawString(0, 8, fr(self.text))
        pg = "%d" % self.page
        c.setFont("LB", 11)
        c.setFillColor(NAVY)
        c.drawRightString(self.aw, 8, pg)
        c.setStrokeColor(GRID)
        c.setDash(1, 2.5)
        x0 = c.stringWidth(fr(self.text), "L", 11) + 6
        c.line(x0, 9, self.aw - c.stringWidth(pg, "LB", 11) - 6, 9)
        c.setDash()
        c.line(0, 0, self.aw, 0)


def story(pages):
    TAB_COUNT[0] = 0
    S = [NextPageTemplate("body"), PageBreak()]
    S += version_page()
    S += [PageBreak(), ChapterHead("toc", "", "Sommaire", legend=False), Spacer(1, 10)]
    for key, text, lvl in TOC:
        S.append(TOCLine(text, pages.get(key, 0)))
    S += [PageBreak()]
    S += essentiel()
    S += ch1() + ch2() + ch3() + ch4() + ch5() + ch6() + ch7() + ch8() + ch9() + ch10() + ch11()
    S += annexA() + partners()
    return S


def deco(c, d):
    c.saveState()
    c.setFont("L", 7.6)
    c.setFillColor(GREY)
    c.setStrokeColor(GRID)
    c.setLineWidth(0.5)
    c.line(LM, PH - 1.45 * cm, PW - RM, PH - 1.45 * cm)
    c.line(LM, 1.4 * cm, PW - RM, 1.4 * cm)
    c.drawCentredString(PW / 2, 0.95 * cm, "Lumen & Cie — Confidentiel — p. %d/%d" % (c.getPageNumber(), TOTAL_PAGES))
    c.restoreState()


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Anchor):
            HEAD_PAGES[f.key] = self.page


def build(target, pages):
    HEAD_PAGES.clear()
    doc = Doc(target, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title="Audit SEO V2 - Terrasses du Bassin - avril 2026", author="Lumen & Cie",
              creator="Lumen & Cie", producer="Lumen & Cie", subject="Audit SEO de suivi a six mois (V2)",
              invariant=1, lang="fr-FR")
    f = Frame(LM, BM, UW, PH - TM - BM, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="cover", frames=[f], onPage=cover_page, pagesize=A4),
                          PageTemplate(id="body", frames=[f], onPage=deco, pagesize=A4)])
    doc.build(story(pages))
    return dict(HEAD_PAGES), doc.page


def main():
    os.makedirs(OUT, exist_ok=True)
    pages, last = build(io.BytesIO(), {})
    pages, last = build(io.BytesIO(), pages)
    pages2, last2 = build(PDF, pages)
    assert pages2 == pages and last2 == last, "pagination instable"
    print("pages :", last, "| tableaux :", TAB_COUNT[0])
    print(sorted(pages.items(), key=lambda kv: kv[1]))
    assert TAB_COUNT[0] == 18, TAB_COUNT[0]
    assert last == TOTAL_PAGES, last
    assert pages["c8"] == 19, pages["c8"]
    assert pages["ess"] == 4


if __name__ == "__main__":
    main()
