# Générateur du dossier du candidat c88 (Vadrouille Vans, location de vans aménagés, Epagny Metz-Tessy) — bloc 3 seul.
# Un PDF « exporté de Google Slides » : pages 16:9 paysage (338 × 190 mm), fond blanc, bande vert sapin à gauche,
# grands titres sans empattement, 3 à 5 fragments par page, petits tableaux sans bordure à en-tête vert,
# pages intercalaires vertes avec un grand numéro. Pied de page « Vadrouille Vans » + numéro, pas d'en-tête.
# Reportlab (canvas), déterministe : invariant=1, aucune date courante.
import os
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

# police sans empattement avec flèches et puces (l'export Slides embarque sa police)
FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
               ("DVBI", "DejaVuSans-BoldOblique.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVBI")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c88-vans-amenages-annecy")
FILE = "vadrouille-vans-trafic-2026.pdf"
NAME = "Romain Tissot"
W, H = 338 * mm, 190 * mm
GREEN = colors.HexColor("#1E5B43")
LIGHT = colors.HexColor("#E6EFEA")
GREY = colors.HexColor("#D6D6D6")
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#6B6B6B")
X0 = 24 * mm           # marge gauche du contenu (après la bande verte)
XR = W - 16 * mm       # marge droite
TITLE_Y = H - 30 * mm

cell = ParagraphStyle("c", fontName="DV", fontSize=13, leading=15.5, textColor=INK)
cellb = ParagraphStyle("cb", parent=cell, fontName="DVB")
cellh = ParagraphStyle("ch", parent=cell, fontName="DVB", textColor=colors.white)
small = ParagraphStyle("s", parent=cell, fontSize=11.5, leading=13.2)
smallh = ParagraphStyle("sh", parent=small, fontName="DVB", textColor=colors.white)
smallb = ParagraphStyle("sb", parent=small, fontName="DVB")
bullet = ParagraphStyle("b", fontName="DV", fontSize=19, leading=24, textColor=INK)
adtitle = ParagraphStyle("at", fontName="DV", fontSize=11.5, leading=14, textColor=colors.HexColor("#1A0DAB"))
adtxt = ParagraphStyle("ad", fontName="DV", fontSize=10.5, leading=13, textColor=colors.HexColor("#4D5156"))
adurl = ParagraphStyle("au", fontName="DV", fontSize=9.5, leading=12, textColor=colors.HexColor("#202124"))


# ------------------------------------------------------------------------------------------------ habillage
def footer(c, n, dark=False):
    c.setFont("DV", 9)
    c.setFillColor(colors.white if dark else MUTED)
    c.drawString(X0, 7 * mm, "Vadrouille Vans")
    c.drawRightString(XR, 7 * mm, str(n))


def band(c):
    c.setFillColor(GREEN)
    c.rect(0, 0, 9 * mm, H, fill=1, stroke=0)


def title(c, text, size=32, prefix=None):
    c.setFillColor(INK)
    x = X0
    if prefix:
        c.setFillColor(GREEN)
        c.setFont("DVB", size * 0.55)
        c.drawString(x, TITLE_Y + 13 * mm, prefix)
        c.setFillColor(INK)
    while c.stringWidth(text, "DVB", size) > XR - X0 and size > 20:
        size -= 1
    c.setFont("DVB", size)
    c.drawString(x, TITLE_Y, text)


def photo(c, x, y, w, h, caption):
    c.setFillColor(GREY)
    c.roundRect(x, y, w, h, 6 * mm, fill=1, stroke=0)
    c.setFillColor(MUTED)
    c.setFont("DVI", 11)
    c.drawCentredString(x + w / 2, y + h / 2 - 4, caption)


def bullets(c, items, x, ytop, width, style=bullet, gap=5 * mm):
    y = ytop
    for it in items:
        p = Paragraph(it, style)
        _, ph = p.wrap(width, 400)
        assert ph <= style.leading * 3 + 1, it   # jamais plus de 3 lignes
        p.drawOn(c, x, y - ph)
        y -= ph + gap
    return y


def table(c, rows, x, ytop, widths, head=cellh, body=cell, boldfirst=False, pad=4):
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            st = head if i == 0 else (cellb if (boldfirst and j == 0 and body is cell) else
                                      (smallb if (boldfirst and j == 0) else body))
            line.append(Paragraph(v, st))
        data.append(line)
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), GREEN),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]))
    _, th = t.wrap(sum(widths), 1000)
    t.drawOn(c, x, ytop - th)
    return ytop - th


def caption(c, text, x, y):
    c.setFont("DVI", 10)
    c.setFillColor(MUTED)
    c.drawString(x, y, text)


def bignum(c, x, y, num, label, size=46):
    c.setFillColor(GREEN)
    c.setFont("DVB", size)
    c.drawString(x, y, num)
    c.setFillColor(MUTED)
    c.setFont("DV", 11)
    c.drawString(x + 1, y - max(6 * mm, size * 0.22 + 2 * mm), label)


# ------------------------------------------------------------------------------------------------ les pages
def p_title(c, n):
    band(c)
    c.setFillColor(GREEN)
    c.setFont("DVB", 15)
    c.drawString(X0, H - 40 * mm, "VADROUILLE VANS · EPAGNY METZ-TESSY")
    c.setFillColor(INK)
    c.setFont("DVB", 29)
    c.drawString(X0, H - 62 * mm, "Trafic & résas 2026 —")
    c.drawString(X0, H - 76 * mm, "ce qu'on a fait, ce que ça donne")
    c.setFont("DV", 15)
    c.setFillColor(MUTED)
    c.drawString(X0, H - 97 * mm, "Romain Tissot · marketing & réservations")
    c.drawString(X0, H - 105 * mm, "Point avec Thibault & Clémence · mai 2026")
    c.setFont("DV", 11)
    c.drawString(X0, 22 * mm, "Repris tel quel pour mon dossier bloc 3 (formation du soir, session 2026)")
    photo(c, 250 * mm, 40 * mm, 72 * mm, 112 * mm, "van au col de la Forclaz")
    footer(c, n)


def p_agenda(c, n):
    band(c)
    title(c, "Au programme")
    parts = ["Où on en est", "Requêtes & SEO", "Ads", "Pilotage hebdo", "Liens entrants & bilan SEO",
             "Chiffres clés & rentab'", "Next steps"]
    y = TITLE_Y - 22 * mm
    for i, p in enumerate(parts):
        col = 0 if i < 4 else 1
        yy = y - (i if i < 4 else i - 4) * 24 * mm
        x = X0 + col * 150 * mm
        c.setFillColor(GREEN)
        c.setFont("DVB", 30)
        c.drawString(x, yy, "%02d" % (i + 1))
        c.setFillColor(INK)
        c.setFont("DV", 21)
        c.drawString(x + 22 * mm, yy + 1.5 * mm, p)
    footer(c, n)


def p_divider(c, n, num, words):
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#8FB8A4"))
    c.setFont("DVB", 150)
    c.drawString(X0, 62 * mm, num)
    c.setFillColor(colors.white)
    c.setFont("DVB", 40)
    c.drawString(X0 + 2, 38 * mm, words)
    footer(c, n, dark=True)


def p_conversions(c, n):
    band(c)
    title(c, "▶ 6 conversions livrées en avril !", prefix="01 · OÙ ON EN EST")
    bignum(c, X0, TITLE_Y - 32 * mm, "6", "vans sortis de l'atelier")
    bignum(c, X0 + 62 * mm, TITLE_Y - 32 * mm, "142 h", "d'atelier par van")
    bignum(c, X0 + 138 * mm, TITLE_Y - 32 * mm, "11 800 €", "aménagement / van (hors fourgon)")
    bullets(c, [
        "3 Aravis + 2 Semnoz + 1 Tournette → flotte à 24 vans pour l'été",
        "Aravis → toit relevable + lit transversal, Semnoz → lit fixe 140",
        "Clémence + 1 saisonnier à l'atelier, 2 vans en parallèle",
        "Premier check-in des nouveaux : 2 mai (couple de Lyon, 6 nuits)",
    ], X0, TITLE_Y - 52 * mm, 185 * mm, style=ParagraphStyle("b2", parent=bullet, fontSize=16, leading=20))
    photo(c, 220 * mm, 22 * mm, 100 * mm, 88 * mm, "van au col de la Forclaz")
    footer(c, n)


def p_priorites(c, n):
    band(c)
    title(c, "Ce qu'on attaque d'abord", prefix="01 · OÙ ON EN EST")
    dot = {"P1": "#C0392B", "P2": "#E08E0B", "P3": "#7F8C8D"}
    rows = [["", "Action", "Pourquoi", "Qui", "Quand"]]
    data = [
        ("P1", "Fiche Google Business Profile + avis", "1re chose vue sur « van annecy » · 87 avis → objectif 150", "Inès (SMS après check-out)", "janvier"),
        ("P1", "Pages ville « location van Annecy »", "0 page locale en janvier", "Romain", "févr. → mars"),
        ("P1", "Vitesse page de résa VanDesk", "4,2 s sur mobile · décrochage", "Romain + support VanDesk", "mars"),
        ("P2", "Ads Search Annecy + roadtrip", "saison avril → août", "Romain", "1er avril"),
        ("P2", "Pages vans + itinéraires", "fiches vans trop courtes", "Romain + Clémence (photos)", "mars"),
        ("P3", "Performance Max basse saison", "occupation 29 % nov.–mars", "Romain", "octobre"),
        ("P3", "Liens entrants partenaires", "camping, blog rando, forum", "Thibault (son réseau)", "mai → juin"),
    ]
    for p, a, w, q, d in data:
        rows.append(['<font color="%s">●</font> <b>%s</b>' % (dot[p], p), a, w, q, d])
    table(c, rows, X0, TITLE_Y - 12 * mm, [24 * mm, 86 * mm, 104 * mm, 56 * mm, 28 * mm], pad=5)
    footer(c, n)


def p_grille(c, n, part, rows, with_method):
    band(c)
    title(c, "Grille de requêtes (%d/2)" % part, prefix="02 · REQUÊTES & SEO")
    y = TITLE_Y - 10 * mm
    if with_method:
        xs = X0
        for k, lab in enumerate(["brainstorm équipe", "Semrush (essai)", "tri"]):
            c.setFillColor(LIGHT)
            c.roundRect(xs, y - 11 * mm, 52 * mm, 10 * mm, 3 * mm, fill=1, stroke=0)
            c.setFillColor(GREEN)
            c.setFont("DVB", 13)
            c.drawCentredString(xs + 26 * mm, y - 7.5 * mm, lab)
            if k < 2:
                c.setFillColor(INK)
                c.setFont("DV", 18)
                c.drawCentredString(xs + 59 * mm, y - 8 * mm, "→")
            xs += 66 * mm
        y -= 15 * mm
    head = [["Requête", "Volume / mois", "Difficulté", "Intention", "Page cible"]]
    table(c, head + rows, X0, y, [100 * mm, 34 * mm, 28 * mm, 42 * mm, 94 * mm], head=smallh, body=small, pad=2.6)
    if not with_method:
        caption(c, "Volumes : Semrush, mars 2026 · difficulté sur 100", X0, 16 * mm)
    footer(c, n)


GRILLE = [
    ["location van aménagé annecy", "390", "28", "résa", "/location-van-annecy/"],
    ["location van annecy", "480", "31", "résa", "/location-van-annecy/"],
    ["van lac d'annecy", "170", "19", "info → résa", "/roadtrip/tour-lac-annecy/"],
    ["location fourgon aménagé haute-savoie", "140", "22", "résa", "/location-van-annecy/"],
    ["location van haute savoie", "260", "30", "résa", "/location-van-annecy/"],
    ["location van aménagé 4 places", "320", "35", "comparaison", "/vans/aravis/"],
    ["van toit relevable location", "210", "33", "comparaison", "/vans/aravis/"],
    ["van aménagé lit fixe 2 personnes", "90", "18", "comparaison", "/vans/semnoz/"],
    ["location van avec douche", "260", "29", "comparaison", "/vans/bauges/"],
    ["van 4x4 aménagé location", "110", "24", "comparaison", "/vans/tournette/"],
    ["roadtrip alpes en van", "590", "41", "info", "/roadtrip-alpes/"],
    ["road trip lac d'annecy", "320", "27", "info", "/roadtrip/tour-lac-annecy/"],
    ["col des aravis en van", "70", "12", "info", "/roadtrip/aravis-grand-bornand/"],
    ["bivouac van annecy", "210", "16", "info", "/roadtrip/tour-lac-annecy/"],
    ["où dormir en van lac d'annecy", "140", "14", "info", "/roadtrip/tour-lac-annecy/"],
    ["massif des bauges en van", "50", "9", "info", "/roadtrip/bauges-bourget/"],
    ["location van été alpes", "110", "26", "résa", "/roadtrip-alpes/"],
    ["location van ski", "170", "23", "résa", "/van-hiver/"],
    ["van aménagé hiver chauffage", "90", "15", "info", "/van-hiver/"],
    ["location van genève", "720", "44", "résa", "/roadtrip-alpes/"],
    ["location van lyon week-end", "260", "38", "résa", "/roadtrip-alpes/"],
    ["location van avec chien", "140", "17", "résa", "/options/"],
    ["location van porte-vélo", "70", "11", "résa", "/options/"],
    ["vadrouille vans", "210", "2", "marque", "/ (accueil)"],
]


def p_pourquoi(c, n):
    band(c)
    title(c, "Pourquoi ces requêtes", prefix="02 · REQUÊTES & SEO")
    st = ParagraphStyle("b3", parent=bullet, fontSize=16.5, leading=20.5)
    bullets(c, [
        "<b>Local</b> → Annecy, lac, Aravis, Bauges, Haute-Savoie · on est à 12 min du lac",
        "<b>Saisons</b> → « van été » de mars à juin, « van ski » d'octobre à décembre",
        "<b>« camping-car »</b> → CampRoule + Alpes Van Trip enchérissent dessus, CPC 2,60 €",
        "<b>Van ≠ camping-car</b> → 5,40 m, se gare partout, passe les cols · on reste sur « van » / « fourgon »",
        "<b>Lyon · Genève · Paris</b> → requêtes roadtrip, 1 résa sur 2 hors 74",
    ], X0, TITLE_Y - 12 * mm, 180 * mm, style=st, gap=4 * mm)
    rows = [["Mois 2025", "Sessions"], ["janv.", "3 100"], ["mars", "7 400"], ["mai", "11 800"],
            ["juil.", "10 900"], ["sept.", "5 600"], ["nov.", "2 400"]]
    table(c, rows, 222 * mm, TITLE_Y - 12 * mm, [44 * mm, 40 * mm], head=smallh, body=small, pad=3.2)
    caption(c, "Graphique : sessions / mois (2025, toutes sources)", 222 * mm, 30 * mm)
    footer(c, n)


def p_silo(c, n):
    band(c)
    title(c, "● Silo : page mère → pages filles", prefix="02 · REQUÊTES & SEO")
    rows = [["Niveau", "Page", "URL", "Requête principale"],
            ["<b>Mère</b>", "<b>Location van Annecy</b>", "/location-van-annecy/", "location van aménagé annecy"],
            ["Fille · van", "Aravis (4 places, toit relevable)", "/vans/aravis/", "location van aménagé 4 places"],
            ["Fille · van", "Semnoz (2 places, lit fixe)", "/vans/semnoz/", "van aménagé lit fixe 2 personnes"],
            ["Fille · van", "Bauges (fourgon haut, douche)", "/vans/bauges/", "location van avec douche"],
            ["Fille · van", "Tournette (édition 4×4)", "/vans/tournette/", "van 4x4 aménagé location"],
            ["Fille · itinéraire", "Tour du lac d'Annecy en van", "/roadtrip/tour-lac-annecy/", "road trip lac d'annecy"],
            ["Fille · itinéraire", "Aravis & Grand-Bornand", "/roadtrip/aravis-grand-bornand/", "col des aravis en van"],
            ["Fille · itinéraire", "Bauges & lac du Bourget", "/roadtrip/bauges-bourget/", "massif des bauges en van"]]
    y = table(c, rows, X0, TITLE_Y - 12 * mm, [42 * mm, 84 * mm, 82 * mm, 90 * mm], head=smallh, body=small, pad=4)
    caption(c, "1 mère + 4 vans + 3 itinéraires · en ligne depuis le 14 mars", X0, y - 8 * mm)
    footer(c, n)


def p_liens(c, n):
    band(c)
    title(c, "Liens entrants : nos 4 partenaires", prefix="02 · REQUÊTES & SEO")
    rows = [["Partenaire", "Où on parle de nous", "Lien vers", "Sessions / mois"],
            ["Les Sentiers du Lac (blog rando Annecy)", "article « 5 spots bivouac autour du lac »", "/roadtrip/tour-lac-annecy/", ""],
            ["Camping du Pré du Lac (Talloires)", "page « nos partenaires »", "/ (accueil)", "120"],
            ["Vélo'Lac (location VAE, Sevrier)", "encart « en van + VAE »", "/options/", ""],
            ["Forum VanLife Alpes", "fil « louer un van à Annecy ? »", "/location-van-annecy/", ""]]
    y = table(c, rows, X0, TITLE_Y - 12 * mm, [96 * mm, 92 * mm, 68 * mm, 42 * mm], pad=6)
    c.setFillColor(INK)
    c.setFont("DV", 15)
    c.drawString(X0, y - 12 * mm, "→ 3 contacts via Thibault, le forum c'est moi (compte perso)")
    photo(c, 250 * mm, 16 * mm, 72 * mm, y - 36 * mm, "camping")
    footer(c, n)


def p_positions(c, n):
    band(c)
    title(c, "Positions Google : janvier → mai", prefix="02 · REQUÊTES & SEO")
    rows = [["Requête", "Janv. 2026", "Mai 2026", "Écart"],
            ["location van aménagé annecy", "14", "4", "+10"],
            ["van lac d'annecy", "22", "7", "+15"],
            ["location fourgon aménagé haute-savoie", "31", "12", "+19"],
            ["location van annecy", "18", "6", "+12"],
            ["location van avec douche", "47", "19", "+28"],
            ["bivouac van annecy", "26", "11", "+15"],
            ["location van ski", "39", "15", "+24"],
            ["roadtrip alpes en van", "> 50", "28", "—"]]
    y = table(c, rows, X0, TITLE_Y - 12 * mm, [120 * mm, 40 * mm, 40 * mm, 34 * mm], pad=3.6)
    caption(c, "Graphique : positions Google / requête (Search Console, moyenne du mois)", X0, y - 7 * mm)
    bignum(c, 270 * mm, TITLE_Y - 40 * mm, "4", "« location van", size=60)
    c.setFillColor(MUTED)
    c.setFont("DV", 11)
    c.drawString(270 * mm + 1, TITLE_Y - 52 * mm, "aménagé annecy »")
    footer(c, n)


def p_campagnes(c, n):
    band(c)
    title(c, "3 campagnes Ads", prefix="03 · ADS")
    rows = [["Campagne", "Cible", "Budget", "Dates", "Pour quoi"],
            ["Search « Annecy »", "30 km autour d'Annecy + requêtes Annecy / lac", "25 € / jour", "1er avril → 30 sept.", "résas directes, été"],
            ["Search « roadtrip Alpes »", "Lyon, Genève, Paris (+ 40 km)", "30 € / jour", "15 avril → 31 août", "séjours longs, couples"],
            ["Performance Max « hors saison »", "France + Suisse romande", "12 € / jour", "1er oct. → 31 mars", "remplir nov.–mars"]]
    table(c, rows, X0, TITLE_Y - 12 * mm, [66 * mm, 84 * mm, 36 * mm, 52 * mm, 60 * mm], pad=7)
    bullets(c, [
        "→ ~1 650 € / mois en saison, ~370 € / mois l'hiver",
        "→ Search lancé le 1er avril · Performance Max pas encore lancé",
        "→ enchères : CPC max 1,50 € au départ, puis « maximiser les conversions » depuis le 20 avril",
    ], X0, 62 * mm, 290 * mm, style=ParagraphStyle("b4", parent=bullet, fontSize=17, leading=21))
    footer(c, n)


def p_requetes_ads(c, n):
    band(c)
    title(c, "Requêtes Ads + négatives", prefix="03 · ADS")
    rows = [["Requête", "Correspondance", "Campagne"],
            ["[location van aménagé annecy]", "exacte", "Annecy"],
            ["[van lac d'annecy]", "exacte", "Annecy"],
            ["\"location van annecy\"", "expression", "Annecy"],
            ["\"location fourgon aménagé haute savoie\"", "expression", "Annecy"],
            ["\"roadtrip alpes van\"", "expression", "roadtrip"],
            ["\"location van aménagé genève\"", "expression", "roadtrip"],
            ["location van lyon alpes", "large", "roadtrip"]]
    table(c, rows, X0, TITLE_Y - 12 * mm, [108 * mm, 42 * mm, 34 * mm], head=smallh, body=small, pad=3.6)
    c.setFillColor(LIGHT)
    c.roundRect(222 * mm, 30 * mm, 100 * mm, 100 * mm, 4 * mm, fill=1, stroke=0)
    c.setFillColor(GREEN)
    c.setFont("DVB", 14)
    c.drawString(228 * mm, 120 * mm, "Négatives (toutes campagnes)")
    c.setFillColor(INK)
    c.setFont("DV", 14)
    for k, w in enumerate(["– achat", "– occasion", "– camping-car à vendre", "– gratuit", "– leboncoin",
                           "– emploi", "– plan aménagement"]):
        c.drawString(230 * mm, 108 * mm - k * 10.5 * mm, w)
    footer(c, n)


def p_arrivee(c, n):
    band(c)
    title(c, "3 pages d'arrivée", prefix="03 · ADS")
    boxes = [("/location-van-annecy/", "Search « Annecy »", "Ton van à 12 min du lac, check-in en 20 min",
              "vans + prix par saison + bouton « Je choisis mes dates » en haut"),
             ("/roadtrip-alpes/", "Search « roadtrip Alpes »", "3 itinéraires prêts à rouler, dès 3 nuits",
              "cols, lacs, spots bivouac · carte téléchargeable · départ Epagny"),
             ("/van-hiver/", "Performance Max", "Van chauffé pour le ski, dès 89 € / nuit",
              "chauffage Webasto + pneus neige · La Clusaz à 40 min · Grand-Bornand")]
    bw = 96 * mm
    for k, (url, camp, promise, sub) in enumerate(boxes):
        x = X0 + k * (bw + 8 * mm)
        c.setFillColor(LIGHT)
        c.roundRect(x, 26 * mm, bw, 106 * mm, 5 * mm, fill=1, stroke=0)
        c.setFillColor(GREEN)
        c.setFont("DVB", 14)
        c.drawString(x + 6 * mm, 120 * mm, url)
        c.setFillColor(MUTED)
        c.setFont("DV", 11)
        c.drawString(x + 6 * mm, 112 * mm, camp)
        p = Paragraph("« %s »" % promise, ParagraphStyle("pr", fontName="DVB", fontSize=17, leading=21, textColor=INK))
        _, ph = p.wrap(bw - 12 * mm, 200)
        p.drawOn(c, x + 6 * mm, 100 * mm - ph)
        p2 = Paragraph(sub, ParagraphStyle("su", fontName="DV", fontSize=12, leading=15, textColor=INK))
        _, ph2 = p2.wrap(bw - 12 * mm, 200)
        p2.drawOn(c, x + 6 * mm, 52 * mm - ph2)
    footer(c, n)


def p_annonces(c, n):
    band(c)
    title(c, "4 annonces Search", prefix="03 · ADS")
    ads = [
        ("Annecy", "Location Van Aménagé Annecy | À 12 min du Lac d'Annecy | Dès 89 €/Nuit, Résa en Ligne",
         "24 vans aménagés dans notre atelier : toit relevable, lit fixe ou douche.",
         "Kit bivouac, porte-vélos, chien bienvenu. Check-in rapide à Epagny."),
        ("Annecy", "Van Aménagé Haute-Savoie | Vans 2 ou 4 Places | Départ Annecy – Epagny",
         "Aravis, Semnoz, Bauges ou Tournette 4×4 : choisis ton van et tes dates.",
         "Réservation en 5 min, 3 nuits mini. Rachat de franchise dispo."),
        ("roadtrip", "Roadtrip dans les Alpes en Van | Cols, Lacs & Bivouac | 3 Itinéraires Prêts",
         "Tour du lac, Aravis, Bauges : itinéraires + spots offerts avec ton van.",
         "Départ à 40 min de Genève, 1 h 30 de Lyon. Vans entretenus à l'atelier."),
        ("roadtrip", "Van Aménagé près de Genève | Roadtrip Lac d'Annecy | Dès 3 Nuits",
         "Récupère ton van à Epagny et file vers les cols. Douche à bord (Bauges).",
         "Couples, amis, familles : lit transversal ou 4 couchages. Résa en ligne."),
    ]
    bw, bh = 147 * mm, 58 * mm
    for k, (camp, t, d1, d2) in enumerate(ads):
        x = X0 + (k % 2) * (bw + 8 * mm)
        y = TITLE_Y - 10 * mm - (k // 2) * (bh + 6 * mm) - bh
        c.setStrokeColor(GREY)
        c.setFillColor(colors.white)
        c.roundRect(x, y, bw, bh, 3 * mm, fill=1, stroke=1)
        c.setFillColor(GREEN)
        c.setFont("DVB", 9)
        c.drawRightString(x + bw - 4 * mm, y + bh - 6 * mm, "campagne " + camp)
        yy = y + bh - 6 * mm
        for txt, st in [("Sponsorisé · vadrouille-vans.fr", adurl), (t, adtitle), (d1 + " " + d2, adtxt)]:
            p = Paragraph(txt, st)
            _, ph = p.wrap(bw - 10 * mm, 100)
            p.drawOn(c, x + 5 * mm, yy - ph)
            yy -= ph + 2.2 * mm
    footer(c, n)


def p_pilotage(c, n):
    band(c)
    title(c, "▶ Pilotage hebdo Ads", prefix="04 · PILOTAGE HEBDO")
    weeks = [("S14 · 30/03", 380, 1.18, 5.1, 10), ("S15 · 06/04", 385, 1.15, 5.0, 10),
             ("S16 · 13/04", 418, 1.12, 4.8, 11), ("S17 · 20/04", 402, 1.06, 5.2, 12),
             ("S18 · 27/04", 396, 1.02, 5.4, 12), ("S19 · 04/05", 410, 0.99, 5.3, 13),
             ("S20 · 11/05", 401, 0.96, 5.5, 13), ("S21 · 18/05", 406, 0.94, 5.6, 14)]
    rows = [["Semaine", "Impressions", "Clics", "CTR", "CPC", "Résas", "Coût / résa"]]
    fr = lambda v, d=0: ("{:,.%df}" % d).format(v).replace(",", " ").replace(".", ",")
    for w, spend, cpc, ctr, res in weeks:
        clics = round(spend / cpc)
        impr = round(clics / (ctr / 100) / 10) * 10
        rows.append([w, fr(impr), fr(clics), fr(ctr, 1) + " %", fr(cpc, 2) + " €", str(res), fr(spend / res) + " €"])
    y = table(c, rows, X0, TITLE_Y - 12 * mm, [44 * mm, 38 * mm, 30 * mm, 28 * mm, 30 * mm, 26 * mm, 38 * mm],
              head=smallh, body=small, pad=3)
    caption(c, "Graphique : coût / résa par semaine (Google Ads → Looker Studio, 2 campagnes Search)", X0, y - 6 * mm)
    c.setFillColor(LIGHT)
    c.roundRect(272 * mm, 52 * mm, 50 * mm, 70 * mm, 4 * mm, fill=1, stroke=0)
    st = ParagraphStyle("lec", fontName="DVB", fontSize=14, leading=18, textColor=GREEN)
    bullets(c, ["CPC en baisse", "CTR ok", "coût / résa 38 → 29 €"], 276 * mm, 116 * mm, 42 * mm, style=st, gap=5 * mm)
    footer(c, n)


def p_outils(c, n):
    band(c)
    title(c, "● Nos outils", prefix="04 · PILOTAGE HEBDO")
    logos = {"GA4": "#E37400", "Search Console": "#4285F4", "Google Business Profile": "#34A853",
             "Semrush": "#FF642D", "Looker Studio": "#4285F4", "Hotjar": "#FD3A5C"}
    rows = [["Outil", "Ce qu'on y regarde", "Gratuit / payant"],
            ['<font color="%s"><b>GA4</b></font>' % logos["GA4"], "sessions, sources, résas VanDesk (événement « purchase »)", "gratuit"],
            ['<font color="%s"><b>Search Console</b></font>' % logos["Search Console"], "requêtes, clics, positions Google", "gratuit"],
            ['<font color="%s"><b>Google Business Profile</b></font>' % logos["Google Business Profile"], "appels, itinéraires vers l'agence, avis", "gratuit"],
            ['<font color="%s"><b>Semrush</b></font> (essai)' % logos["Semrush"], "volumes de requêtes, positions des concurrents", "essai 14 j → payant"],
            ['<font color="%s"><b>Looker Studio</b></font>' % logos["Looker Studio"], "pilotage hebdo Ads + GA4 sur une page", "gratuit"],
            ['<font color="%s"><b>Hotjar</b></font>' % logos["Hotjar"], "clics et scroll sur la page de résa", "gratuit (35 sessions / jour)"]]
    table(c, rows, X0, TITLE_Y - 12 * mm, [82 * mm, 150 * mm, 66 * mm], pad=5.5)
    footer(c, n)


def p_chiffres(c, n):
    band(c)
    title(c, "Nos chiffres clés", prefix="06 · CHIFFRES CLÉS & RENTAB'")
    items = [("82 %", "occupation été (juil.–août)"), ("29 %", "occupation nov.–mars"), ("5 200", "nuits louées 2025"),
             ("1,2 %", "taux de résa (site)"), ("29 €", "coût / résa Ads (mai)"), ("46 %", "part organique des résas")]
    for k, (num, lab) in enumerate(items):
        x = X0 + (k % 3) * 100 * mm
        y = TITLE_Y - 34 * mm - (k // 3) * 44 * mm
        bignum(c, x, y, num, lab)
    c.setFillColor(INK)
    c.setFont("DV", 15)
    c.drawString(X0, 30 * mm, "→ une nuit pas louée = perdue · on suit les nuits, pas juste les visites")
    c.drawString(X0, 21 * mm, "→ coût / résa plutôt que coût / clic · part organique = ce qu'on ne paie pas")
    footer(c, n)


def p_kpi(c, n):
    band(c)
    title(c, "Les chiffres du site (avril)", prefix="06 · CHIFFRES CLÉS & RENTAB'")
    rows = [["Chiffre", "Avril 2026", "Comment"],
            ["Trafic", "9 400 sessions", "ok"],
            ["Taux de rebond", "61 %", "bof"],
            ["Temps de visite", "1 min 50", "ok"],
            ["Temps de chargement (page résa)", "4,2 s", "bof"],
            ["CA résas", "41 k€ HT", "ok"]]
    table(c, rows, X0, TITLE_Y - 12 * mm, [110 * mm, 60 * mm, 40 * mm], pad=6)
    st = ParagraphStyle("b5", parent=bullet, fontSize=15, leading=19)
    bullets(c, ["▶ Insta : pas mesuré", "▶ Tableaux + exports : tout est dans le Drive"], 250 * mm, TITLE_Y - 14 * mm, 72 * mm, style=st, gap=8 * mm)
    footer(c, n)


def p_rentab(c, n):
    band(c)
    title(c, "Rentab' pub : août", prefix="06 · CHIFFRES CLÉS & RENTAB'")
    rows = [["Août 2025 · Google Ads", ""],
            ["Dépense Ads", "2 100 €"],
            ["Résas venues des Ads", "31"],
            ["Montant des résas", "19 400 €"],
            ["Résas ÷ dépense", "× 9,2"]]
    table(c, rows, X0, TITLE_Y - 12 * mm, [100 * mm, 50 * mm], pad=7)
    bignum(c, 205 * mm, TITLE_Y - 50 * mm, "×9", "1 € d'Ads → 9 € de résas", size=90)
    caption(c, "Campagne Search « Annecy », la seule qui tournait l'été dernier", X0, 30 * mm)
    footer(c, n)


def p_objectifs(c, n):
    band(c)
    title(c, "Objectifs 2026 atteints ?")
    footer(c, n)


def p_next(c, n):
    band(c)
    title(c, "Next steps — à caler avec Thibault", prefix="07 · NEXT STEPS")
    photo(c, X0, 22 * mm, 150 * mm, 95 * mm, "van au col de la Forclaz")
    c.setFillColor(GREEN)
    c.setFont("DVB", 30)
    c.drawString(200 * mm, 70 * mm, "Merci ! Questions ?")
    footer(c, n)


PAGES = [
    p_title, p_agenda, p_conversions, p_priorites,
    lambda c, n: p_divider(c, n, "02", "Requêtes & SEO"),
    lambda c, n: p_grille(c, n, 1, GRILLE[:12], True),
    lambda c, n: p_grille(c, n, 2, GRILLE[12:], False),
    p_pourquoi, p_silo, p_liens, p_positions,
    lambda c, n: p_divider(c, n, "03", "Ads Google"),
    p_campagnes, p_requetes_ads, p_arrivee, p_annonces,
    p_pilotage, p_outils,
    lambda c, n: p_divider(c, n, "05", "Liens entrants & bilan SEO"),
    p_chiffres, p_kpi, p_rentab, p_objectifs, p_next,
]


def main():
    os.makedirs(OUT, exist_ok=True)
    c = canvas.Canvas(os.path.join(OUT, FILE), pagesize=(W, H), invariant=1)
    c.setTitle("Trafic & résas 2026 — Vadrouille Vans")
    c.setAuthor(NAME)
    c.setCreator("Google Slides")
    c.setSubject("Point trafic & réservations — mai 2026")
    for i, fn in enumerate(PAGES, 1):
        fn(c, i)
        c.showPage()
    c.save()
    print("pages:", len(PAGES))


if __name__ == "__main__":
    main()
