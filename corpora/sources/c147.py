# Générateur du livrable de la candidate c147 (Inès Vuillermoz, chargée de comptes junior en alternance à l'agence
# Cordée, Chambéry) — blocs 2 et 3, niveau moyen, session 2026. Client : Tournette Sports Location SARL (location de
# skis l'hiver, VTT et vélos électriques l'été, boutique au bord du lac d'Annecy + comptoir du Semnoz).
# Un seul PDF « exporté de PowerPoint » : Reco_Tournette_Ete26-Hiver26-27_v3.pdf, 22 pages paysage 16:9, une page =
# une diapositive (étiquette de partie « 01 VOTRE BRIEF » au-dessus d'un titre sans verbe, tuiles à grands chiffres,
# puces courtes, 9 tableaux), ardoise et orange, pied « Confidentiel – agence Cordée – ne pas diffuser » + numéro.
# Reportlab (canvas + Frame), déterministe : invariant=1, métadonnées figées, aucune date courante.
import os
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Table, TableStyle

FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
               ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("DC", "DejaVuSansCondensed.ttf"),
               ("DCB", "DejaVuSansCondensed-Bold.ttf"), ("DCI", "DejaVuSansCondensed-Oblique.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))
registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
registerFontFamily("DC", normal="DC", bold="DCB", italic="DCI", boldItalic="DCB")

SLUG = "c147-proposition-agence-location-ski-annecy"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
FILE = "Reco_Tournette_Ete26-Hiver26-27_v3.pdf"
AUTHOR = "Inès Vuillermoz"
NPAGES = 22
W, H = 960.0, 540.0          # 13,33 x 7,5 pouces : format 16:9 de PowerPoint
LM = 44
UW = W - 2 * LM

SLATE = colors.HexColor("#34424F")
SLATE2 = colors.HexColor("#5B6B79")
SLATE_L = colors.HexColor("#E6EAEE")
SLATE_XL = colors.HexColor("#F3F5F7")
ORANGE = colors.HexColor("#EE7A22")
ORANGE_L = colors.HexColor("#FCE6D4")
INK = colors.HexColor("#222A31")
MUTED = colors.HexColor("#7C8894")
WHITE = colors.white
FOOTER = "Confidentiel – agence Cordée – ne pas diffuser"

body = ParagraphStyle("b", fontName="DS", fontSize=12.5, leading=16.5, textColor=INK, spaceAfter=5)
bul = ParagraphStyle("bu", parent=body, leftIndent=14, bulletIndent=0, spaceAfter=5, bulletColor=ORANGE)
bigbul = ParagraphStyle("bb", parent=bul, fontSize=14.5, leading=19.5, spaceAfter=10)
mbul = ParagraphStyle("mb", parent=bul, fontSize=12, leading=15.5, spaceAfter=7)
small = ParagraphStyle("sm", parent=body, fontSize=10.5, leading=13.6, spaceAfter=3)
sbul = ParagraphStyle("sbu", parent=small, leftIndent=12, bulletIndent=0, spaceAfter=3)
h3 = ParagraphStyle("h3", fontName="DSB", fontSize=13, leading=16, textColor=SLATE, spaceAfter=5)
h3o = ParagraphStyle("h3o", parent=h3, textColor=ORANGE)
cell = ParagraphStyle("c", fontName="DC", fontSize=9.5, leading=11.6, textColor=INK)
cellb = ParagraphStyle("cb", parent=cell, fontName="DCB")
cellh = ParagraphStyle("ch", parent=cell, fontName="DCB", textColor=WHITE)


# ------------------------------------------------------------------------------------------------ briques
def fmt(x):
    return "{:,}".format(x).replace(",", " ")


def dec(x, n=1):
    return ("%.*f" % (n, x)).replace(".", ",")


def fr(t):
    """Espaces insécables à l'intérieur des guillemets français, comme PowerPoint en français."""
    return str(t).replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def P(t, st=body):
    return Paragraph(fr(t), st)


def BL(items, st=bul):
    return [Paragraph(fr(x), st, bulletText="•") for x in items]


def flow(c, x, y, w, h, items, n):
    fr = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
    rest = list(items)
    fr.addFromList(rest, c)
    if rest:
        raise SystemExit("débordement page %d : %d éléments restants" % (n, len(rest)))


def chrome(c, n, tag=None, title=None, tsize=25):
    c.saveState()
    c.setFillColor(WHITE)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    # marque de l'agence en haut à droite
    c.setFillColor(SLATE)
    c.setFont("DSB", 11)
    c.drawRightString(W - LM, H - 34, "cordée")
    c.setFillColor(ORANGE)
    c.circle(W - LM - 52, H - 30.5, 3.2, fill=1, stroke=0)
    if tag:
        c.setFillColor(ORANGE)
        c.setFont("DSB", 9.5)
        c.drawString(LM, H - 36, tag)
        c.setStrokeColor(ORANGE)
        c.setLineWidth(2)
        c.line(LM, H - 41, LM + 26, H - 41)
    if title:
        c.setFillColor(SLATE)
        c.setFont("DSB", tsize)
        c.drawString(LM, H - 72, title)
    # pied de page
    c.setStrokeColor(SLATE_L)
    c.setLineWidth(0.6)
    c.line(LM, 30, W - LM, 30)
    c.setFillColor(MUTED)
    c.setFont("DS", 8)
    c.drawString(LM, 17, FOOTER)
    c.setFont("DSB", 9)
    c.setFillColor(SLATE)
    c.drawRightString(W - LM, 17, str(n))
    c.restoreState()


def tile(c, x, y, w, h, big, label, fill=SLATE, bigcol=WHITE, labcol=None, bsize=38, lsize=10.5):
    c.saveState()
    c.setFillColor(fill)
    c.roundRect(x, y, w, h, 6, fill=1, stroke=0)
    c.setFillColor(bigcol)
    c.setFont("DCB", bsize)
    c.drawString(x + 14, y + h - bsize - 8, big)
    c.restoreState()
    st = ParagraphStyle("tl", fontName="DS", fontSize=lsize, leading=lsize * 1.28,
                        textColor=labcol or (WHITE if fill in (SLATE, ORANGE, SLATE2) else INK))
    p = Paragraph(fr(label), st)
    _, ph = p.wrap(w - 28, h)
    p.drawOn(c, x + 14, y + h - bsize - 18 - ph)


def box(c, x, y, w, h, fill=SLATE_XL, line=None):
    c.saveState()
    c.setFillColor(fill)
    if line:
        c.setStrokeColor(line)
        c.setLineWidth(1)
    c.roundRect(x, y, w, h, 5, fill=1, stroke=1 if line else 0)
    c.restoreState()


def TAB(rows, widths, fs=9.5, total_w=None, head=SLATE, bold_first=False, last_bold=False, align_right=(),
        zebra=True, pad=3):
    total_w = total_w or UW
    cs = ParagraphStyle("c%s" % fs, parent=cell, fontSize=fs, leading=fs * 1.22)
    chs = ParagraphStyle("ch%s" % fs, parent=cellh, fontSize=fs, leading=fs * 1.22)
    csb = ParagraphStyle("cb%s" % fs, parent=cs, fontName="DCB")
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            st = chs if i == 0 else (csb if (bold_first and j == 0) or (last_bold and i == len(rows) - 1) else cs)
            if j in align_right:
                st = ParagraphStyle(st.name + "r", parent=st, alignment=TA_RIGHT)
            line.append(Paragraph(fr(v), st))
        data.append(line)
    t = Table(data, colWidths=[w * total_w / sum(widths) for w in widths])
    sty = [("BACKGROUND", (0, 0), (-1, 0), head),
           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
           ("LINEBELOW", (0, 0), (-1, -1), 0.4, SLATE_L),
           ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 0.5),
           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if zebra:
        sty.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, SLATE_XL]))
    if last_bold:
        sty += [("BACKGROUND", (0, -1), (-1, -1), ORANGE_L), ("LINEABOVE", (0, -1), (-1, -1), 1, ORANGE)]
    t.setStyle(TableStyle(sty))
    return t


def draw_table(c, t, x, ytop, avail_w):
    _, th = t.wrap(avail_w, H)
    t.drawOn(c, x, ytop - th)
    return th


# ================================================================================================ pages
PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


# ---------------------------------------------------------------------------------------------- 1 couverture
@page
def p01(c, n):
    c.saveState()
    c.setFillColor(SLATE)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(ORANGE)
    c.rect(0, 0, 16, H, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#3F4F5D"))
    # silhouette de montagnes (décor)
    p = c.beginPath()
    p.moveTo(430, 0)
    p.lineTo(610, 250)
    p.lineTo(690, 170)
    p.lineTo(800, 330)
    p.lineTo(960, 120)
    p.lineTo(960, 0)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setFillColor(WHITE)
    c.setFont("DSB", 13)
    c.drawString(60, H - 60, "cordée")
    c.setFillColor(ORANGE)
    c.circle(60 + 52, H - 56, 3.2, fill=1, stroke=0)
    c.setFillColor(ORANGE)
    c.setFont("DSB", 11)
    c.drawString(60, H - 170, "RÉPONSE À VOTRE CONSULTATION DU 6 FÉVRIER 2026")
    c.setFillColor(WHITE)
    c.setFont("DSB", 40)
    c.drawString(60, H - 222, "Réserver plus, plus tôt,")
    c.drawString(60, H - 270, "toute l'année")
    c.setFont("DS", 17)
    c.setFillColor(colors.HexColor("#D4DCE3"))
    c.drawString(60, H - 312, "Reco été 2026 – hiver 2026-27 · Tournette Sports Location")
    c.setFont("DS", 11)
    c.drawString(60, 110, "Pour Cédric Mugnier, gérant")
    c.drawString(60, 92, "Olivier Pasquier, directeur conseil · Inès Vuillermoz, chargée de comptes · Julie Favre, media planner")
    c.drawString(60, 74, "Chambéry, le 9 mars 2026 — v3")
    c.setFont("DS", 8)
    c.setFillColor(colors.HexColor("#9FB0BE"))
    c.drawString(60, 24, FOOTER)
    c.drawRightString(W - LM, 24, str(n))
    c.restoreState()


# ---------------------------------------------------------------------------------------------- 2 sommaire
SOMMAIRE = [("01", "Votre brief", "3"), ("02", "Ce que nous avons vu", "5"), ("03", "Notre reco", "7"),
            ("04", "Activation", "10"), ("05", "Budget & planning", "18"), ("06", "Pilotage", "21"),
            ("07", "Pourquoi Cordée", "22")]


@page
def p02(c, n):
    chrome(c, n, None, "Sommaire")
    y = H - 130
    for num, lab, pg in SOMMAIRE:
        c.setFillColor(ORANGE)
        c.setFont("DCB", 30)
        c.drawString(LM + 10, y, num)
        c.setFillColor(SLATE)
        c.setFont("DSB", 19)
        c.drawString(LM + 80, y + 4, lab)
        c.setFont("DS", 13)
        c.setFillColor(MUTED)
        c.drawRightString(LM + 560, y + 4, "p. " + pg)
        c.setStrokeColor(SLATE_L)
        c.setLineWidth(0.6)
        c.line(LM + 80, y - 9, LM + 560, y - 9)
        y -= 50


# ---------------------------------------------------------------------------------------------- 3 brief
@page
def p03(c, n):
    chrome(c, n, "01 VOTRE BRIEF", "Votre brief, tel que nous l'avons compris")
    left = [P("Tournette Sports Location", h3),
            *BL(["Créée en 2009 par Cédric Mugnier, ex-moniteur de ski",
                 "Boutique au bord du lac (Annecy) + comptoir au Semnoz",
                 "8 permanents + 12 saisonniers",
                 "CA 2024-25 : 1,32 M€ HT, dont 61 % l'hiver",
                 "43 % réservé en ligne : WordPress + moteur Rentiqa",
                 "Face à Lac Glisse Location, Alpirent (réseau national), Cycles du Pâquier"])]
    flow(c, LM, 50, 420, H - 150, left, n)
    box(c, 490, 250, 426, H - 350, fill=SLATE_XL)
    right = [P("Votre consultation du 6 février 2026", h3o),
             *BL(["Passer à <b>55 % de réservations en ligne</b> d'ici l'hiver 2026-27",
                  "<b>+30 % de jours de location</b> VAE et VTTAE l'été",
                  "Remplir <b>juin, septembre et la semaine</b> (lundi → jeudi)",
                  "Budget média : <b>25 k€ par an maximum</b>",
                  "Démarrage souhaité : 15 avril"]),
             P("Déjà en place : test Google Ads Cordée depuis le 13/12/2025 (bilan p. 6).", small)]
    flow(c, 510, 260, 390, H - 375, right, n)


# ---------------------------------------------------------------------------------------------- 4 enjeux
@page
def p04(c, n):
    chrome(c, n, "01 VOTRE BRIEF", "Vos 4 enjeux en chiffres")
    tw, th, gap = 200, 250, 18
    x = LM
    data = [("43 %", "de réservations en ligne aujourd'hui. Cap : <b>55 %</b> à l'hiver 2026-27", SLATE),
            ("+30 %", "de jours de location VAE / VTTAE à l'été 2026", ORANGE),
            ("35 %", "d'occupation du parc vélos en juin et en septembre. Cap : <b>50 %</b>", SLATE),
            ("25 k€", "de budget média par an, honoraires en plus", SLATE2)]
    for big, lab, fill in data:
        tile(c, x, 190, tw, 220, big, lab, fill=fill, bsize=46, lsize=12)
        x += tw + gap
    flow(c, LM, 60, UW, 80, [P("Notre lecture : faire réserver <b>avant</b> le jour J et <b>hors</b> des pointes, "
                                "sur le site.", body)], n)


# ---------------------------------------------------------------------------------------------- 5 ce que nous avons vu
@page
def p05(c, n):
    chrome(c, n, "02 CE QUE NOUS AVONS VU", "Votre site, décembre 2025 → février 2026")
    rows = [["Indicateur", "Valeur", "Source"],
            ["Sessions", "61 800", "GA4"],
            ["Taux de rebond", "48 %", "GA4"],
            ["Durée moyenne de session", "1 min 47 s", "GA4"],
            ["Chargement mobile (page pack)", "3,4 s", "PageSpeed Insights"],
            ["Abandon à l'étape paiement", "29 %", "Rentiqa"],
            ["CA réservé en ligne", "352 400 €", "Rentiqa"]]
    draw_table(c, TAB(rows, [2.6, 1.2, 1.5], fs=12, total_w=400, bold_first=True, pad=9), LM, H - 100, 400)
    # tuile WhatsApp
    tile(c, 470, H - 250, 200, 150, "312", "conversations WhatsApp en février, <b>38 % hors horaires</b>",
         fill=ORANGE, bsize=40, lsize=11)
    tile(c, 470, H - 420, 200, 150, "4,7", "note Google (boutique du lac, 612 avis)", fill=SLATE, bsize=40, lsize=11)
    box(c, 690, 75, 226, H - 175, fill=SLATE_XL)
    pos = [P("Positions Google au 1er mars", h3),
           P("« location ski annecy » : 14e", small),
           P("« location ski semnoz » : 3e", small),
           P("« location vélo tour du lac annecy » : 6e", small),
           P("« location vélo électrique annecy » : 9e", small),
           P("« location vtt électrique annecy » : 11e", small),
           P("« location snowboard annecy » : 12e", small),
           P("« location ski pas cher annecy » : 18e", small),
           P("« bike rental annecy » : 22e", small),
           P("Relevé manuel, navigation privée, Annecy.", ParagraphStyle("ft", parent=small, fontSize=8.5,
                                                                          textColor=MUTED))]
    flow(c, 704, 85, 200, H - 195, pos, n)


# ---------------------------------------------------------------------------------------------- 6 bilan flight hiver
WEEKS = [  # sem, période, dépense, impressions, clics, résas, CA
    ("S50", "13–14/12", 110, 2100, 150, 7, 1390),
    ("S51", "15–21/12", 430, 7300, 560, 36, 7420),
    ("S52", "22–28/12", 720, 11200, 930, 72, 15840),
    ("S1", "29/12–04/01", 690, 10600, 880, 66, 14260),
    ("S2", "05–11/01", 380, 6400, 470, 28, 5710),
    ("S3", "12–18/01", 360, 6100, 440, 26, 5330),
    ("S4", "19–25/01", 400, 6700, 500, 31, 6420),
    ("S5", "26/01–01/02", 470, 7600, 590, 38, 7980),
    ("S6", "02–08/02", 640, 9300, 780, 55, 11770),
    ("S7", "09–15/02", 600, 8400, 700, 45, 9680),
    ("S8", "16–22/02", 800, 11900, 1010, 70, 15190),
    ("S9", "23/02–01/03", 800, 11800, 990, 66, 13510),
]
TOT = [sum(w[i] for w in WEEKS) for i in range(2, 7)]
assert TOT[0] == 6400 and TOT[3] == 540 and TOT[4] == 114500, TOT


def week_row(label, per, spend, imp, clics, resas, ca):
    return [label, per, fmt(clics), dec(100 * clics / imp) + " %", dec(spend / clics, 2) + " €", fmt(resas),
            fmt(ca) + " €", dec(spend / resas, 2) + " €", dec(ca / spend)]


@page
def p06(c, n):
    chrome(c, n, "02 CE QUE NOUS AVONS VU", "Bilan flight hiver : Google Ads, 13/12 → 01/03")
    rows = [["Sem.", "Période", "Clics", "CTR", "CPC", "Résas", "CA", "CPA", "ROAS"]]
    for w in WEEKS:
        rows.append(week_row(*w))
    spend, imp, clics, resas, ca = TOT
    rows.append(week_row("Total", "", spend, imp, clics, resas, ca))
    t = TAB(rows, [0.7, 1.3, 0.8, 0.8, 0.8, 0.7, 1.1, 0.9, 0.7], fs=9.6, total_w=560, last_bold=True,
            align_right=(2, 3, 4, 5, 6, 7, 8), pad=5)
    draw_table(c, t, LM, H - 92, 560)
    x0 = 630
    tile(c, x0, H - 200, 135, 105, "540", "résas via Google Ads (600 visées)", fill=SLATE, bsize=32, lsize=9.5)
    tile(c, x0 + 151, H - 200, 135, 105, "17,9", "ROAS : levier validé", fill=ORANGE, bsize=32, lsize=9.5)
    box(c, x0, 220, 286, 108, fill=SLATE_XL)
    flow(c, x0 + 12, 226, 262, 98, [
        P("Prévu / réalisé Google Ads", ParagraphStyle("h3s", parent=h3, fontSize=11, spaceAfter=3)),
        P("Budget : 6 400 € prévus, 6 400 € dépensés. Campagnes Marque et Ski lancées le 13/12, EN le 20/12.",
          ParagraphStyle("sx", parent=small, fontSize=9.2, leading=11.6)),
        P("S7 (vacances zone A) : budget de la semaine consommé dès le jeudi 12/02, annonces coupées jusqu'au "
          "lundi.", ParagraphStyle("sx2", parent=small, fontSize=9.2, leading=11.6))], n)
    box(c, x0, 48, 286, 160, fill=WHITE, line=ORANGE)
    flow(c, x0 + 12, 54, 262, 148, [
        P("ROI du test", ParagraphStyle("h3r", parent=h3o, fontSize=11.5, spaceAfter=3)),
        P("Coût : 6 400 € média + 2 100 € d'honoraires = <b>8&nbsp;500&nbsp;€</b>",
          ParagraphStyle("r1", parent=small, fontSize=9.6, leading=12)),
        P("Marge : 114 500 € de CA × 55 % de marge = <b>62&nbsp;975&nbsp;€</b>",
          ParagraphStyle("r2", parent=small, fontSize=9.6, leading=12)),
        P("ROI = (62 975 − 8 500) / 8 500", ParagraphStyle("r3", parent=small, fontSize=9.6, leading=12)),
        P("<b>= +641 %</b>", ParagraphStyle("r4", parent=small, fontName="DCB", fontSize=20, leading=24,
                                            textColor=ORANGE))], n)


# ---------------------------------------------------------------------------------------------- 7 objectifs
@page
def p07(c, n):
    chrome(c, n, "03 NOTRE RECO", "Nos enjeux de flight, branchés sur le plan de Cédric")
    flow(c, LM, H - 130, UW, 40, [P("Plan 2026-2028 de Cédric : moins dépendre de la neige, rentabiliser les 48 vélos "
                                    "électriques achetés en 2025, désengorger le comptoir le samedi.", small)], n)
    cols = [("55 %", "de résas en ligne d'ici l'hiver 2026-27 (43 % aujourd'hui)",
             ["Pourquoi : résa en ligne = matériel réglé la veille, 4 min au comptoir au lieu de 11",
              "Suivi : part des résas Rentiqa, chaque lundi"]),
            ("+30 %", "de jours de location VAE et VTTAE (3 180 jours à l'été 2025 → 4 130)",
             ["Pourquoi : 48 vélos à amortir, VTTAE à 65 €/jour = pack le plus rentable",
              "Suivi : jours loués par famille de vélos"]),
            ("50 %", "d'occupation du parc vélos en juin et en septembre (35 % en 2025), et plus de semaine",
             ["Pourquoi : l'été se joue sur six semaines ; juin et septembre = même parc, mêmes saisonniers",
              "Suivi : occupation par semaine et par jour"])]
    x = LM
    cw = (UW - 2 * 18) / 3
    for big, lab, pts in cols:
        tile(c, x, H - 300, cw, 150, big, lab, fill=SLATE if big != "+30 %" else ORANGE, bsize=42, lsize=11)
        flow(c, x, 60, cw, H - 370, BL(pts), n)
        x += cw + 18


# ---------------------------------------------------------------------------------------------- 8 matrice
@page
def p08(c, n):
    chrome(c, n, "03 NOTRE RECO", "Ciblages × message × mix média")
    rows = [["Ciblage", "Qui, quand", "Message", "Mix média", "Enjeu servi"],
            ["Familles en séjour", "Parents 30–50 ans en location ou camping, juin → août",
             "« Le tour du lac en famille, vélos prêts à l'arrivée »",
             "Meta carrousel par pack, QR campings",
             "+30 % jours VAE, juin"],
            ["Riders 25–45 ans Lyon / Genève", "Vététistes à 1h30, week-ends mai → octobre",
             "« Le Semnoz en VTTAE, 65 €/jour, réservé en 2 min »",
             "Search VTT-VAE, Reels UGC, lookalikes",
             "+30 % jours VTTAE, septembre"],
            ["Campeurs NL / BE", "Arrivés en voiture sans vélos, juin et septembre",
             "« E-bikes around the lake, book online »",
             "Campagne EN, QR campings, Meta en anglais",
             "Juin / sept., part en ligne"],
            ["Skieurs à la journée", "Annecy, Genève, Lyon ; Semnoz et Aravis, week-ends et mercredis",
             "« Skis réglés la veille, 21 €/jour, zéro file »",
             "Search Ski, e-mail Brevo anciens loueurs, retargeting Meta",
             "55 % en ligne, semaine"]]
    draw_table(c, TAB(rows, [1.4, 2.1, 2.4, 2.4, 1.3], fs=11, bold_first=True, pad=9), LM, H - 95, UW)
    flow(c, LM, 150, UW, 60, [P("Mix média : Google Search, Meta, relais de destination, e-mails Brevo (6 200 anciens "
                               "loueurs), présentoirs QR dans 4 campings.", small)], n)


# ---------------------------------------------------------------------------------------------- 9 mix pictos
@page
def p09(c, n):
    chrome(c, n, "03 NOTRE RECO", "Le mix média en un coup d'œil")
    items = [("G", "Google Search", "Capter la demande déjà là : « location ski », « tour du lac »", "61 %"),
             ("M", "Meta", "Donner envie avant le séjour, puis retargeting 30 jours", "28 %"),
             ("R", "Relais de destination", "Office de tourisme, campings, blog, guides VTT", "6 %"),
             ("@", "E-mails Brevo", "6 200 anciens loueurs, e-mail pré-saison", "0 €"),
             ("QR", "Présentoirs campings", "Du mobil-home au moteur de résa en 30 s", "inclus relais")]
    x = LM
    cw = (UW - 4 * 14) / 5
    for pic, name, role, share in items:
        box(c, x, 170, cw, 240, fill=SLATE_XL)
        c.saveState()
        c.setFillColor(ORANGE if pic in ("G", "M") else SLATE)
        c.circle(x + cw / 2, 350, 36, fill=1, stroke=0)
        c.setFillColor(WHITE)
        c.setFont("DCB", 24 if len(pic) == 1 else 20)
        c.drawCentredString(x + cw / 2, 342, pic)
        c.restoreState()
        flow(c, x + 10, 180, cw - 20, 120, [
            P(name, ParagraphStyle("pn", parent=h3, alignment=TA_CENTER, fontSize=12.5)),
            P(role, ParagraphStyle("pr", parent=small, alignment=TA_CENTER)),
            P(share, ParagraphStyle("ps", parent=h3o, alignment=TA_CENTER, fontName="DCB", fontSize=20,
                                    leading=24, spaceBefore=6))], n)
        x += cw + 14
    flow(c, LM, 120, UW, 40, [P("% du média annuel (23 700 €, p. 18) ; UGC à part (5 %).",
                               ParagraphStyle("ft", parent=small, textColor=MUTED))], n)


# ---------------------------------------------------------------------------------------------- 10 Search
@page
def p10(c, n):
    chrome(c, n, "04 ACTIVATION", "Google Search : 4 campagnes, 2 flights")
    rows = [["Campagne", "Groupes d'annonces", "Flight été", "Flight hiver"],
            ["Marque", "Tournette, Tournette Semnoz", "600 €", "700 €"],
            ["Ski", "Annecy, Semnoz, Aravis / La Clusaz, enfant (Ourson), snowboard", "—", "5 800 €"],
            ["VTT-VAE", "VTTAE Semnoz, VAE tour du lac, vélos enfants & remorques, communes du lac",
             "4 700 €", "—"],
            ["EN", "Bike rental, e-bike lake, ski rental (+ requêtes NL)", "1 200 €", "1 500 €"],
            ["Total", "", "6 500 €", "8 000 €"]]
    draw_table(c, TAB(rows, [1.0, 3.2, 0.9, 0.9], fs=10.5, total_w=520, bold_first=True, last_bold=True,
                      align_right=(2, 3), pad=6), LM, H - 95, 520)
    flow(c, LM, 170, 520, 130, [P("Été : 15/05 → 30/09. Hiver : 01/12 → 05/04. Enchères sur la valeur de résa "
                                 "Rentiqa.", small)], n)
    box(c, 590, 190, 326, H - 285, fill=SLATE_XL)
    meth = [P("Nos requêtes : la méthode", h3o),
            P("<b>1. Keyword Planner</b> : graines par pack et par lieu → 212 idées", small),
            P("<b>2. Search Console</b> : 16 mois de requêtes du site", small),
            P("<b>3. Recherches internes Rentiqa</b> : « VTTAE », « enfant », « casque »", small),
            P("<b>4. Auction Insights</b> du test hiver : qui enchérit sur quoi", small),
            P("<b>5. Tri</b> par saison et par intention (résa, info, marque) → <b>34 requêtes</b>", small),
            P("Écartées : &lt; 50/mois, achat de matériel, emploi.", small)]
    flow(c, 606, 200, 296, H - 310, meth, n)


# ---------------------------------------------------------------------------------------------- 11 requêtes
REQ = [  # requête, volume, CPC, intention, saison, campagne
    ("location ski annecy", 1900, 1.10, "Résa", "Hiver", "Ski"),
    ("location ski semnoz", 590, 0.62, "Résa", "Hiver", "Ski"),
    ("location ski la clusaz", 2400, 1.35, "Résa", "Hiver", "Ski"),
    ("location matériel ski annecy", 210, 0.95, "Résa", "Hiver", "Ski"),
    ("location ski enfant annecy", 140, 0.70, "Résa", "Hiver", "Ski"),
    ("location snowboard annecy", 170, 0.85, "Résa", "Hiver", "Ski"),
    ("location ski pas cher annecy", 260, 0.90, "Résa", "Hiver", "Ski"),
    ("location ski de fond semnoz", 110, 0.45, "Résa", "Hiver", "Ski"),
    ("location raquettes semnoz", 90, 0.40, "Résa", "Hiver", "Ski"),
    ("location ski grand-bornand", 1300, 1.20, "Résa", "Hiver", "Ski"),
    ("station ski près d'annecy", 720, 0.35, "Info", "Hiver", "Ski"),
    ("semnoz ski", 1600, 0.30, "Info", "Hiver", "Ski"),
    ("location vélo électrique annecy", 2900, 0.95, "Résa", "Été", "VTT-VAE"),
    ("location vtt électrique annecy", 880, 1.05, "Résa", "Été", "VTT-VAE"),
    ("location vélo tour du lac annecy", 1300, 0.80, "Résa", "Été", "VTT-VAE"),
    ("tour du lac d'annecy à vélo", 4400, 0.25, "Info", "Été", "VTT-VAE"),
    ("location vélo annecy", 5400, 0.90, "Résa", "Été", "VTT-VAE"),
    ("location vtt semnoz", 260, 0.75, "Résa", "Été", "VTT-VAE"),
    ("vtt électrique semnoz", 320, 0.60, "Info", "Été", "VTT-VAE"),
    ("location vélo enfant annecy", 210, 0.55, "Résa", "Été", "VTT-VAE"),
    ("location remorque vélo annecy", 90, 0.50, "Résa", "Été", "VTT-VAE"),
    ("location vélo sévrier", 170, 0.60, "Résa", "Été", "VTT-VAE"),
    ("location vélo doussard", 140, 0.55, "Résa", "Été", "VTT-VAE"),
    ("piste cyclable lac d'annecy", 3600, 0.15, "Info", "Été", "VTT-VAE"),
    ("location vae annecy pas cher", 390, 0.85, "Résa", "Été", "VTT-VAE"),
    ("bike rental annecy", 1000, 1.15, "Résa", "Été", "EN"),
    ("e-bike rental annecy", 720, 1.20, "Résa", "Été", "EN"),
    ("lake annecy bike tour", 390, 0.70, "Info", "Été", "EN"),
    ("ski rental annecy", 480, 1.10, "Résa", "Hiver", "EN"),
    ("ski hire semnoz", 70, 0.60, "Résa", "Hiver", "EN"),
    ("fietsverhuur annecy", 170, 0.40, "Résa", "Été", "EN"),
    ("tournette location", 720, 0.20, "Marque", "4 saisons", "Marque"),
    ("tournette sports annecy", 260, 0.20, "Marque", "4 saisons", "Marque"),
    ("location tournette semnoz", 90, 0.15, "Marque", "Hiver", "Marque"),
]
assert len(REQ) == 34


def req_rows(sel=None):
    rows = [["Requête", "Vol./mois", "CPC", "Intention", "Saison", "Campagne"]]
    for i, r in enumerate(REQ):
        if sel is None or i in sel:
            rows.append([r[0], fmt(r[1]), dec(r[2], 2) + " €", r[3], r[4], r[5]])
    return rows


@page
def p11(c, n):
    chrome(c, n, "04 ACTIVATION", "Requêtes : extrait (10 sur 34)")
    t = TAB(req_rows({0, 1, 2, 12, 13, 14, 15, 25, 26, 31}), [3.0, 0.9, 0.8, 0.9, 0.9, 1.0], fs=10.4,
            total_w=470, align_right=(1, 2), pad=4.5)
    draw_table(c, t, LM, H - 95, 470)
    flow(c, LM, 40, 470, 110, [
        P("Négatifs : « occasion », « emploi saisonnier », « achat », « vente », « réparation », « gratuit », "
          "« forfait » (pour Ski).", small),
        P("Audiences Meta : lookalike 1 % anciens loueurs ; VTT / enduro 25–45 ans à 150 km ; visiteurs packs "
          "30 j ; NL / BE « camping » en anglais.", small)], n)
    box(c, 540, 150, 376, H - 245, fill=SLATE_XL)
    why = [P("Pourquoi ces requêtes", h3o),
           *BL(["<b>Lieux</b> : « semnoz », station à 30 min, CPC 0,62 €, votre comptoir au pied des pistes",
                "<b>La Clusaz, Grand-Bornand</b> : skieurs logés à Annecy, skis pris la veille, 21 €/jour "
                "contre 30 € en station",
                "<b>« tour du lac »</b> : 1re requête vélo de l'été (4 400/mois)",
                "<b>Anglais (+ néerlandais)</b> : 28 % des sessions d'été, Genève et campeurs NL / BE",
                "<b>Concurrents</b> : Alpirent sur 41 % des enchères « location ski annecy », Lac Glisse 23 % → "
                "on pousse lieux et longue traîne ; Cycles du Pâquier n'achète que « location vélo annecy »"],
              sbul)]
    flow(c, 556, 160, 346, H - 265, why, n)


# ---------------------------------------------------------------------------------------------- 12 wording + LP
RSA = [
    ("RSA 1 · Ski Semnoz", ["Location Ski au Semnoz", "Skis Réglés, Zéro File", "Pack Découverte 21 €/jour"],
     ["Réservez en ligne, votre matériel est prêt au comptoir du Semnoz dès 8 h.",
      "Pack Ourson enfant 12 €/jour. Annulation gratuite jusqu'à 48 h."]),
    ("RSA 2 · VTTAE", ["VTT Électrique Annecy", "Tout-Suspendu 65 €/jour", "Le Semnoz en VTTAE"],
     ["VTTAE récents, casque inclus. Réservez en 2 min, retrait au bord du lac.",
      "Itinéraires des guides locaux offerts. Paiement sécurisé, Apple Pay."]),
    ("RSA 3 · EN", ["E-Bike Rental Lake Annecy", "Tour du Lac by E-Bike", "Book Online in 2 Minutes"],
     ["E-bikes from €38/day, 2 min from the cycle path. Free cancellation 48 h.",
      "Kids' bikes and trailers available. Rated 4.7 on Google."]),
]


@page
def p12(c, n):
    chrome(c, n, "04 ACTIVATION", "Wording & LP")
    x = LM
    cw = 200
    stt = ParagraphStyle("wt", parent=small, fontName="DSB", textColor=colors.HexColor("#1A0DAB"), fontSize=10,
                         leading=12.5)
    std = ParagraphStyle("wd", parent=small, fontSize=9.2, leading=11.6)
    for name, heads, descs in RSA:
        box(c, x, H - 300, cw, 205, fill=SLATE_XL)
        flow(c, x + 10, H - 292, cw - 20, 188,
             [P(name, ParagraphStyle("wn", parent=h3o, fontSize=10.5, spaceAfter=4))] +
             [P("Titre : " + h, stt) for h in heads] + [P(d, std) for d in descs], n)
        x += cw + 12
    metas = [("Meta 1 · Reel UGC", "« 1 200 m de dénivelé, zéro mollet brûlé. Le Semnoz en VTTAE avec @theo.ride, "
                                   "pack à 65 €/jour. Réserve ta journée → lien en bio »"),
             ("Meta 2 · Carrousel packs", "« Le tour du lac en famille : VAE 38 €, vélo enfant, remorque. Vos vélos "
                                          "prêts à 9 h, vous n'apportez que le pique-nique. »")]
    box(c, 680, H - 197, 236, 102, fill=ORANGE_L)
    flow(c, 690, H - 192, 216, 94, [P(metas[0][0], ParagraphStyle("m1", parent=h3o, fontSize=10.5, spaceAfter=3)),
                                    P(metas[0][1], std)], n)
    box(c, 680, H - 300, 236, 95, fill=ORANGE_L)
    flow(c, 690, H - 295, 216, 87, [P(metas[1][0], ParagraphStyle("m2", parent=h3o, fontSize=10.5, spaceAfter=3)),
                                    P(metas[1][1], std)], n)
    lps = ["Marque → accueil", "Ski Annecy → /location-ski-annecy", "Semnoz, Aravis → /semnoz",
           "Ourson → /location-ski-enfant", "VTTAE → /vttae-semnoz (nouvelle)",
           "VAE tour du lac → /velo-electrique-tour-du-lac (nouvelle)",
           "EN → /en/bike-rental-annecy, /en/ski-rental", "Meta carrousel → page du pack"]
    flow(c, LM, 200, UW, 30, [P("Groupe d'annonces → LP", h3)], n)
    flow(c, LM, 50, 420, 150, BL(lps[:4], sbul), n)
    flow(c, LM + 436, 50, 436, 150, BL(lps[4:], sbul), n)


# ---------------------------------------------------------------------------------------------- 13 social
@page
def p13(c, n):
    chrome(c, n, "04 ACTIVATION", "Meta : du contenu de riders, pas de la pub")
    left = [*BL(["<b>Reels UGC</b> : 3 riders locaux, 6 Reels tournés en mai, droits 12 mois, diffusés en "
                 "partenariat depuis leur compte",
                 "<b>Un carrousel par pack</b> : 1 visuel = 1 prix = 1 lien",
                 "<b>Retargeting 30 jours</b> : pages packs et étape options sans paiement",
                 "<b>Lookalikes 1 %</b> sur les 6 200 anciens loueurs, France + Suisse romande",
                 "<b>Organique</b> : Reels repostés sur @tournette.location, 3 posts / semaine en flight"], bigbul)]
    flow(c, LM, 55, 560, H - 155, left, n)
    tile(c, 640, H - 250, 276, 150, "4 100 → 5 300", "abonnés Instagram, septembre 2025 → février 2026",
         fill=SLATE, bsize=30, lsize=11)
    tile(c, 640, H - 420, 276, 150, "3,1 %", "taux d'engagement moyen des posts", fill=ORANGE, bsize=40,
         lsize=11)


# ---------------------------------------------------------------------------------------------- 14 chat (vide)
@page
def p14(c, n):
    chrome(c, n, "04 ACTIVATION", "Chat & conversationnel")
    c.saveState()
    c.setFillColor(MUTED)
    c.setFont("DS", 18)
    c.drawString(LM, H - 150, "→ à cadrer en atelier de lancement")
    c.restoreState()


# ---------------------------------------------------------------------------------------------- 15 relais
@page
def p15(c, n):
    chrome(c, n, "04 ACTIVATION", "Relais de destination")
    rows = [["Relais", "Type", "Ce qu'on active", "Trafic vers le site (déc. → fév.)"],
            ["Office de tourisme du Lac d'Annecy", "Office de tourisme", "Fiche prestataire + lien",
             "1 240 sessions"],
            ["Camping Les Roselières (Saint-Jorioz)", "Camping", "Présentoir QR à l'accueil", "non mesuré"],
            ["Camping L'Écluse (Sévrier)", "Camping", "Présentoir QR, code -10 %", "non mesuré"],
            ["Camping Lou Tavaillon (Doussard)", "Camping", "Présentoir QR", "non mesuré"],
            ["Camping Les Grèbes (Duingt)", "Camping", "Présentoir QR", "non mesuré"],
            ["Blog « Annecy en tribu »", "Blog familles", "Article tour du lac + lien", "non mesuré"],
            ["Théo Ravanel et Marine Cusin", "Guides VTT (MCF)", "Itinéraires Semnoz sur les LP", "non mesuré"]]
    draw_table(c, TAB(rows, [2.3, 1.2, 2.5, 1.4], fs=11, total_w=600, bold_first=True, pad=8.5), LM, H - 95, 600)
    box(c, 670, 200, 246, H - 295, fill=ORANGE_L)
    flow(c, 684, 210, 220, H - 315, [
        P("Focus campings", h3o),
        P("Familles arrivées en voiture, <b>sans vélos</b>, 3 à 7 nuits, à moins de 5 km de la piste "
          "cyclable.", body),
        P("La sortie vélo se décide la veille au soir : QR à l'accueil = résa depuis le mobil-home.", body),
        P("4 campings = 1 900 emplacements.", body)], n)


# ---------------------------------------------------------------------------------------------- 16 moteur de résa
@page
def p16(c, n):
    chrome(c, n, "04 ACTIVATION", "Moteur de résa : mise en avant & paiement")
    col_w = (UW - 2 * 16) / 3
    blocks = [
        ("Mise en avant moteur (Rentiqa)",
         ["<b>« Pack vedette »</b> : VTTAE en juin / sept., Découverte l'hiver, en tête de liste",
          "<b>Bandeau promo</b> : « −15 % du lundi au jeudi » en juin et septembre",
          "<b>Upsell options</b> : garantie casse-vol 3 €/jour, casque, siège enfant",
          "<b>Badge rareté</b> : « plus que 3 VTTAE le 14/08 »"]),
        ("Où on les place",
         ["<b>Héros de l'accueil</b> : pack vedette + dates",
          "<b>Pages packs</b> : badge, bandeau semaine",
          "<b>Étape options</b> : garantie, accessoires",
          "<b>E-mail de confirmation</b> : « ajoutez une journée »"]),
        ("Paiement",
         ["<b>Stripe</b> dans Rentiqa : CB, <b>Apple Pay / Google Pay</b>",
          "<b>Paiement au retrait</b> gardé pour groupes et clubs",
          "Confiance : <b>3-D Secure</b>, <b>annulation gratuite 48 h</b>, <b>note Google 4,7</b> dans le tunnel",
          "Paiement testé sur iPhone",
          "<b>Alma 3x</b> sans frais au-delà de 200 €"]),
    ]
    x = LM
    for title, pts in blocks:
        box(c, x, 110, col_w, H - 200, fill=SLATE_XL if title != "Paiement" else ORANGE_L)
        flow(c, x + 12, 120, col_w - 24, H - 220,
             [P(title, ParagraphStyle("bt", parent=h3o if title == "Paiement" else h3, fontSize=12.5))] +
             BL(pts, mbul), n)
        x += col_w + 16


# ---------------------------------------------------------------------------------------------- 17 réengagement
@page
def p17(c, n):
    chrome(c, n, "04 ACTIVATION", "Réengagement : le menu")
    items = [("Carte papier", "Tamponnée au comptoir : 10e jour de location offert"),
             ("Tarif early-booking", "−15 % pour toute résa avant le 31/10 (hiver) ou le 30/04 (été)"),
             ("Pass saison", "Skis ou VTTAE en illimité : 189 € adulte, 99 € enfant"),
             ("Parrainage", "10 € pour le parrain et 10 € pour le filleul, code unique dans Rentiqa"),
             ("E-mail pré-saison", "Brevo, 6 200 anciens loueurs : 15/11 (ski), 15/04 (vélo)")]
    x = LM
    cw = (UW - 4 * 12) / 5
    for i, (name, d) in enumerate(items):
        box(c, x, 200, cw, 210, fill=ORANGE if name == "Pass saison" else SLATE_XL)
        col = WHITE if name == "Pass saison" else SLATE
        flow(c, x + 10, 210, cw - 20, 190, [
            P(str(i + 1), ParagraphStyle("nn", fontName="DCB", fontSize=28, leading=32,
                                         textColor=WHITE if name == "Pass saison" else ORANGE)),
            P(name, ParagraphStyle("nm", parent=h3, textColor=col, fontSize=13)),
            P(d, ParagraphStyle("nd", parent=small, fontSize=11.5, leading=14.5, textColor=col))], n)
        x += cw + 12
    box(c, LM, 70, UW, 90, fill=WHITE, line=ORANGE)
    flow(c, LM + 16, 80, UW - 32, 70, [P("Notre choix", h3o),
                                       P("Le <b>pass saison</b>, comme Alpirent.", body)], n)


# ---------------------------------------------------------------------------------------------- 18 plan média
@page
def p18(c, n):
    chrome(c, n, "05 BUDGET & PLANNING", "Plan média 2026-27")
    rows = [["Flight", "Période", "Levier", "Budget HT"],
            ["Été 2026", "15/05 → 30/09", "Google Search (Marque, VTT-VAE, EN)", "6 500 €"],
            ["Été 2026", "15/05 → 30/09", "Meta (Reels UGC, carrousels, retargeting)", "3 800 €"],
            ["Été 2026", "01/06 → 15/09", "Relais de destination (présentoirs QR, blog, guides)", "1 400 €"],
            ["Été 2026", "15/05 → 30/06", "Production UGC (3 riders locaux)", "1 200 €"],
            ["Été 2026", "parution mai", "Guide OT 2026 (encart)", "TODO chiffrer avec Julie"],
            ["Hiver 2026-27", "01/12 → 05/04", "Google Search (Marque, Ski, EN)", "8 000 €"],
            ["Hiver 2026-27", "01/12 → 05/04", "Meta (retargeting, lookalikes)", "2 800 €"],
            ["Toute l'année", "15/04 et 15/11", "E-mails Brevo (abonnement existant)", "0 €"],
            ["Total média", "", "", "23 700 €"]]
    draw_table(c, TAB(rows, [1.3, 1.3, 3.6, 1.5], fs=10.8, total_w=640, last_bold=True, align_right=(3,), pad=6),
               LM, H - 95, 640)
    tile(c, 710, H - 250, 206, 150, "23,7 k€", "de média sur 12 mois, sous votre plafond de 25 k€",
         fill=SLATE, bsize=36, lsize=11)
    tile(c, 710, H - 420, 206, 150, "54 %", "du média sur l'été (12 900 €)", fill=ORANGE, bsize=40, lsize=11)


# ---------------------------------------------------------------------------------------------- 19 honoraires
@page
def p19(c, n):
    chrome(c, n, "05 BUDGET & PLANNING", "Nos honoraires")
    tile(c, LM, 200, 270, 200, "2 400 €", "HT, une fois : set-up (comptes, structure Search, suivi des "
                                          "conversions, briefs LP)", fill=SLATE, bsize=40,
         lsize=11.5)
    tile(c, LM + 290, 200, 270, 200, "700 €", "HT par mois × 10 mois (mai → sept. 2026, déc. 2026 → avril 2027) : "
                                              "pilotage et reporting", fill=ORANGE, bsize=40,
         lsize=11.5)
    tile(c, LM + 580, 200, 292, 200, "9 400 €", "HT d'honoraires sur la période, soit 33 100 € HT avec le média",
         fill=SLATE2, bsize=40, lsize=11.5)
    flow(c, LM, 60, UW, 110, BL(["Média payé par Tournette aux plateformes : zéro commission",
                                 "UGC et encart OT au réel, sur devis"]), n)


# ---------------------------------------------------------------------------------------------- 20 Gantt + recos
GANTT_M = ["Mars", "Avr", "Mai", "Juin", "Juil", "Août", "Sept", "Oct", "Nov", "Déc", "Janv", "Fév", "Mars", "Avr"]
GANTT = [("Atelier de lancement", [1]),
         ("Set-up comptes & suivi", [1, 2]),
         ("LP VTTAE, VAE, EN", [1, 2]),
         ("Tournage UGC", [2, 3]),
         ("Flight été Search + Meta", [2, 3, 4, 5, 6]),
         ("Relais & présentoirs QR", [3, 4, 5, 6]),
         ("Bilan été", [7]),
         ("E-mail pré-saison hiver", [8]),
         ("Flight hiver Search + Meta", [9, 10, 11, 12, 13]),
         ("Bilan flight hiver", [13])]


@page
def p20(c, n):
    chrome(c, n, "05 BUDGET & PLANNING", "Planning & recos")
    rows = [["Chantier"] + GANTT_M]
    for lab, on in GANTT:
        rows.append([lab] + ["■" if k in on else "" for k in range(len(GANTT_M))])
    t = TAB(rows, [3.2] + [0.62] * len(GANTT_M), fs=8.4, total_w=UW, bold_first=True, zebra=False, pad=2)
    sty = []
    for i, (lab, on) in enumerate(GANTT, 1):
        for k in on:
            sty.append(("BACKGROUND", (k + 1, i), (k + 1, i), ORANGE))
            sty.append(("TEXTCOLOR", (k + 1, i), (k + 1, i), ORANGE))
    t.setStyle(TableStyle(sty))
    th = draw_table(c, t, LM, H - 88, UW)
    c.saveState()
    c.setFont("DS", 7.5)
    c.setFillColor(MUTED)
    c.drawString(LM, H - 88 - th - 10, "Mars 2026 → avril 2027")
    c.restoreState()
    y_top = H - 88 - th - 22
    qs = ParagraphStyle("qw", parent=small, fontSize=10.2, leading=12.6, spaceAfter=2)
    qb = ParagraphStyle("qb", parent=qs, leftIndent=10, bulletIndent=0)
    col1 = [P("12 recos", ParagraphStyle("r12", parent=h3, fontSize=12, spaceAfter=3)),
            P("<font color='#EE7A22'><b>QUICK WIN</b></font> Alléger le visuel du héros de l'accueil (WebP, "
              "chargement différé)", qs),
            P("<font color='#EE7A22'><b>QUICK WIN</b></font> Ajouter les négatifs « occasion », « emploi "
              "saisonnier »", qs),
            P("<font color='#EE7A22'><b>QUICK WIN</b></font> Plafond Search relevé les samedis de vacances", qs),
            *[Paragraph(x, qb, bulletText="•") for x in [
                "LP VTTAE Semnoz", "Campagne EN dès mai", "Reels UGC riders", "Présentoirs QR campings",
                "Pack vedette Rentiqa", "Alma 3x", "Pass saison", "E-mail pré-saison", "Rapport Looker Studio"]]]
    col1a, col1b = col1[:4], col1[4:]
    flow(c, LM, 40, 330, y_top - 40, col1a, n)
    flow(c, LM + 345, 40, 170, y_top - 40, col1b, n)
    box(c, 580, 40, W - LM - 580, y_top - 42, fill=SLATE_XL)
    flow(c, 594, 48, W - LM - 608, y_top - 56, [
        P("Ajustements été (retours du test hiver)", ParagraphStyle("aj", parent=h3o, fontSize=11.5, spaceAfter=3)),
        *[Paragraph(x, ParagraphStyle("ajb", parent=qs, leftIndent=10, bulletIndent=0), bulletText="•") for x in [
            "Budget Search réparti par jour, +40 % les samedis et dimanches de vacances",
            "LP dédiée par lieu : /semnoz a converti 2 fois mieux que l'accueil",
            "EN lancée dès le 15 mai : panier moyen 248 € contre 205 € en FR"]]], n)


# ---------------------------------------------------------------------------------------------- 21 pilotage
@page
def p21(c, n):
    chrome(c, n, "06 PILOTAGE", "KPI de succès, outils & requêtes")
    qs = ParagraphStyle("k", parent=small, fontSize=10.8, leading=13.6, spaceAfter=4)
    qb = ParagraphStyle("kb", parent=qs, leftIndent=10, bulletIndent=0)
    left = [P("KPI de succès", ParagraphStyle("kh", parent=h3o, fontSize=12, spaceAfter=3)),
            P("Un loueur vend des jours, pas des articles.", qs),
            Paragraph("<b>Revenu par jour de location</b> (CA / jours loués, par famille) : la mise en avant "
                      "pousse-t-elle les packs chers ?", qb, bulletText="•"),
            Paragraph("<b>Taux d'occupation du parc</b> (jours loués / disponibles, par semaine) : cible 50 % "
                      "en juin et septembre", qb, bulletText="•"),
            Paragraph("<b>Part des résas en ligne</b> : cible 55 %", qb, bulletText="•"),
            Paragraph("<b>CPA et ROAS par campagne</b>", qb, bulletText="•"),
            P("Stack", ParagraphStyle("ks", parent=h3, fontSize=12, spaceAfter=3, spaceBefore=6)),
            Paragraph("GA4 : gratuit", qb, bulletText="•"),
            Paragraph("Google Ads", qb, bulletText="•"),
            Paragraph("Meta Business Suite", qb, bulletText="•"),
            Paragraph("Search Console", qb, bulletText="•"),
            Paragraph("Looker Studio : partageable", qb, bulletText="•"),
            P("Liens vers les tableaux de bord : accès communiqués à la signature.",
              ParagraphStyle("kl", parent=qs, textColor=MUTED, spaceBefore=4))]
    flow(c, LM, 40, 300, H - 130, left, n)
    t = TAB(req_rows(), [3.0, 0.9, 0.8, 0.9, 0.9, 1.0], fs=8, total_w=520, align_right=(1, 2), pad=0.5)
    draw_table(c, t, 396, H - 88, 520)


# ---------------------------------------------------------------------------------------------- 22 pourquoi nous
@page
def p22(c, n):
    chrome(c, n, "07 POURQUOI CORDÉE", "Pourquoi nous")
    tile(c, LM, H - 260, 200, 160, "14", "personnes à Chambéry, dont 4 sur le Search et le social", fill=SLATE,
         bsize=44, lsize=11)
    tile(c, LM + 216, H - 260, 200, 160, "9", "loueurs, écoles et stations clients en Savoie et Haute-Savoie",
         fill=SLATE2, bsize=44, lsize=11)
    tile(c, LM + 432, H - 260, 200, 160, "17,9", "de ROAS sur votre test hiver, déjà en place", fill=ORANGE,
         bsize=44, lsize=11)
    flow(c, LM, 50, 620, 210, [
        P("Notre programme fidélité : −5 % sur les honoraires dès la 2e saison", h3o),
        P("Conditions", ParagraphStyle("cd", parent=h3, fontSize=12, spaceAfter=3)),
        *BL(["Proposition valable 30 jours à compter du 9 mars 2026",
             "Comptes Google Ads et Meta ouverts au nom de Tournette : vous en restez propriétaires",
             "Engagement sur les deux flights, puis préavis d'un mois"],
            sbul)], n)
    box(c, 700, 50, 216, H - 150, fill=SLATE_XL)
    flow(c, 714, 60, 190, H - 170, [
        P("Vos contacts", h3),
        P("<b>Olivier Pasquier</b><br/>directeur conseil<br/>06 71 28 40 13", small),
        P("<b>Inès Vuillermoz</b><br/>chargée de comptes<br/>06 48 91 07 62", small),
        P("<b>Julie Favre</b><br/>media planner", small),
        P("Agence Cordée SAS<br/>Chambéry", small)], n)


assert len(PAGES) == NPAGES, len(PAGES)


def main():
    os.makedirs(OUT, exist_ok=True)
    c = canvas.Canvas(os.path.join(OUT, FILE), pagesize=(W, H), invariant=1)
    c.setTitle("Reco_Tournette_Ete26-Hiver26-27_v3")
    c.setAuthor(AUTHOR)
    c.setCreator("Microsoft® PowerPoint® pour Microsoft 365")
    c.setSubject("Proposition agence Cordée — Tournette Sports Location")
    for i, fn in enumerate(PAGES, 1):
        fn(c, i)
        c.showPage()
    c.save()
    print("ok", FILE, "pages:", len(PAGES))


if __name__ == "__main__":
    main()
