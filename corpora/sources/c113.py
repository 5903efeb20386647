# Générateur du dossier du candidat c113 (Lakou Kréyatè SAS, marketplace de créateurs martiniquais, Le Lamentin)
# — les 5 blocs. Un seul PDF A4 portrait « exporté d'un outil de design en ligne » (façon Canva) : chaque page a un
# bandeau de titre pleine largeur avec un pictogramme (une couleur par bloc : turquoise, mangue, vert bois-d'Inde,
# rose hibiscus, jaune soleil), le texte dans des encadrés arrondis, des « tableaux » dessinés comme des grilles de
# boîtes séparées, 6 pages « chiffre clé », un sommaire en 5 tuiles sans numéros de page, pas d'en-tête ni de pied
# de page (numéro dans une pastille), dernière page « Mèsi anpil ! ».
# Reportlab (canvas), déterministe : invariant=1, aucune date courante.
import os

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily

FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("SA", "DejaVuSans.ttf"), ("SAB", "DejaVuSans-Bold.ttf"), ("SAI", "DejaVuSans-Oblique.ttf"),
               ("SABI", "DejaVuSans-BoldOblique.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))
registerFontFamily("SA", normal="SA", bold="SAB", italic="SAI", boldItalic="SABI")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c113-marketplace-artisans-martinique")
FILE = "lakou-kreyate-dossier-jordan-celestine.pdf"
AUTHOR = "Jordan Célestine"
W, H = A4
M = 14 * mm
CW = W - 2 * M

# couleurs par bloc : (foncé, clair)
BLOC = {
    1: (colors.HexColor("#159A9C"), colors.HexColor("#DDF3F2")),   # turquoise
    2: (colors.HexColor("#EE8A1B"), colors.HexColor("#FDEBD3")),   # mangue
    3: (colors.HexColor("#4B7A34"), colors.HexColor("#E3EEDA")),   # vert bois-d'Inde
    4: (colors.HexColor("#D2336A"), colors.HexColor("#FBE0E9")),   # rose hibiscus
    5: (colors.HexColor("#E9B500"), colors.HexColor("#FDF4CC")),   # jaune soleil
    0: (colors.HexColor("#2B2B3A"), colors.HexColor("#F1F1F4")),
}
INK = colors.HexColor("#23232E")
MUTED = colors.HexColor("#6B6B78")
WHITE = colors.white


def fr(t):
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


body = ParagraphStyle("b", fontName="SA", fontSize=11, leading=15.2, textColor=INK)
small = ParagraphStyle("s", fontName="SA", fontSize=9.9, leading=13.2, textColor=INK)
smallb = ParagraphStyle("sb", parent=small, fontName="SAB")
head = ParagraphStyle("h", fontName="SAB", fontSize=11.5, leading=14.5, textColor=INK)


def style_for(bloc, dark_text=False):
    return ParagraphStyle("hh%d" % bloc, parent=head, textColor=INK if bloc == 5 else BLOC[bloc][0])


# ------------------------------------------------------------------------------------------------ habillage
def band(c, bloc, title, icon, tag=None):
    dark, light = BLOC[bloc]
    c.setFillColor(dark)
    c.rect(0, H - 34 * mm, W, 34 * mm, fill=1, stroke=0)
    c.setFillColor(WHITE)
    c.circle(M + 10 * mm, H - 17 * mm, 10 * mm, fill=1, stroke=0)
    c.setFillColor(dark)
    c.setFont("SAB", 19)
    c.drawCentredString(M + 10 * mm, H - 20.5 * mm, icon)
    c.setFillColor(INK if bloc == 5 else WHITE)
    size = 21
    t = fr(title)
    while c.stringWidth(t, "SAB", size) > CW - 26 * mm and size > 13:
        size -= 0.5
    c.setFont("SAB", size)
    c.drawString(M + 25 * mm, H - 19 * mm, t)
    if bloc:
        c.setFont("SA", 8.5)
        c.drawString(M + 25 * mm, H - 26.5 * mm, "BLOC %d" % bloc)
    y = H - 34 * mm - 5 * mm
    if tag:
        c.setFillColor(INK if bloc == 5 else dark)
        c.setFont("SAB", 9.5)
        c.drawString(M, y - 3 * mm, tag)
        y -= 7 * mm
    return y


def pagenum(c, n, bloc, onfill=False):
    dark, light = BLOC[bloc]
    c.setFillColor(WHITE if onfill else dark)
    c.circle(W - M - 4 * mm, 10 * mm, 5 * mm, fill=1, stroke=0)
    c.setFillColor(dark if onfill else (INK if bloc == 5 else WHITE))
    c.setFont("SAB", 10)
    c.drawCentredString(W - M - 4 * mm, 8.6 * mm, str(n))


def P(text, st=body):
    return Paragraph(fr(text), st)


def rbox(c, x, ytop, w, items, title=None, bloc=0, fill=None, border=None, dashed=False, pad=4 * mm, st=body,
         minh=0, gap=1.6 * mm, r=4 * mm):
    """Encadré arrondi (façon Canva) : titre facultatif + paragraphes. Retourne le bas de l'encadré."""
    dark, light = BLOC[bloc]
    paras = [P(t, st) for t in items]
    hs = [p.wrap(w - 2 * pad, 2000)[1] for p in paras]
    tp, th = None, 0
    if title:
        tp = P(title, style_for(bloc))
        th = tp.wrap(w - 2 * pad, 200)[1] + 1.8 * mm
    total = max(minh, 2 * pad + th + sum(hs) + gap * max(0, len(paras) - 1))
    assert ytop - total > 16 * mm, ("débordement", title, items[:1])
    c.saveState()
    c.setFillColor(fill if fill is not None else light)
    if border is not None:
        c.setStrokeColor(border)
        c.setLineWidth(1.2)
        if dashed:
            c.setDash(4, 3)
    c.roundRect(x, ytop - total, w, total, r, fill=1, stroke=1 if border is not None else 0)
    c.restoreState()
    y = ytop - pad
    if tp:
        tp.drawOn(c, x + pad, y - th + 1.8 * mm)
        y -= th
    for p, h in zip(paras, hs):
        p.drawOn(c, x + pad, y - h)
        y -= h + gap
    return ytop - total


def grid(c, x, ytop, widths, rows, bloc, head_fill=None, fill=None, st=small, gap=1.2 * mm, pad=2 * mm,
         first_bold=True):
    """« Tableau » fait de boîtes séparées (une boîte arrondie par case)."""
    dark, light = BLOC[bloc]
    y = ytop
    for i, row in enumerate(rows):
        paras = []
        for j, v in enumerate(row):
            if i == 0:
                s = ParagraphStyle("gh", parent=st, fontName="SAB", textColor=INK if bloc == 5 else WHITE)
            elif first_bold and j == 0:
                s = ParagraphStyle("gb", parent=st, fontName="SAB")
            else:
                s = st
            paras.append(P(v, s))
        hh = max(p.wrap(wd - 2 * pad, 500)[1] for p, wd in zip(paras, widths)) + 2 * pad
        assert y - hh > 16 * mm, ("grille trop longue", rows[0])
        xx = x
        for j, (p, wd) in enumerate(zip(paras, widths)):
            c.setFillColor((head_fill or dark) if i == 0 else (fill or light))
            c.roundRect(xx, y - hh, wd, hh, 2 * mm, fill=1, stroke=0)
            ph = p.wrap(wd - 2 * pad, 500)[1]
            p.drawOn(c, xx + pad, y - pad - ph)
            xx += wd + gap
        y -= hh + gap
    return y


def photo(c, x, ytop, w, h, caption):
    c.saveState()
    c.setFillColor(colors.HexColor("#E4E4E8"))
    c.roundRect(x, ytop - h, w, h, 4 * mm, fill=1, stroke=0)
    c.setFillColor(MUTED)
    p = P("<i>[photo : %s]</i>" % caption, ParagraphStyle("ph", parent=small, textColor=MUTED, alignment=1))
    ph = p.wrap(w - 8 * mm, h)[1]
    p.drawOn(c, x + 4 * mm, ytop - h / 2 - ph / 2)
    c.restoreState()
    return ytop - h


def bubble(c, x, ytop, w, quote, who, bloc):
    """Citation de créateur dans une bulle."""
    dark, light = BLOC[bloc]
    p = P("<i>« %s »</i>" % quote, ParagraphStyle("q", parent=body, fontSize=10.5, leading=14))
    pw = P("— " + who, ParagraphStyle("qw", parent=small, textColor=MUTED))
    h1 = p.wrap(w - 10 * mm, 300)[1]
    h2 = pw.wrap(w - 10 * mm, 100)[1]
    h = h1 + h2 + 10 * mm
    c.saveState()
    c.setFillColor(WHITE)
    c.setStrokeColor(dark)
    c.setLineWidth(1.6)
    c.roundRect(x, ytop - h, w, h, 6 * mm, fill=1, stroke=1)
    pth = c.beginPath()
    pth.moveTo(x + 12 * mm, ytop - h + 0.6)
    pth.lineTo(x + 9 * mm, ytop - h - 6 * mm)
    pth.lineTo(x + 20 * mm, ytop - h + 0.6)
    c.setFillColor(WHITE)
    c.drawPath(pth, fill=1, stroke=0)
    c.line(x + 12 * mm, ytop - h + 0.8, x + 9 * mm, ytop - h - 6 * mm)
    c.line(x + 9 * mm, ytop - h - 6 * mm, x + 20 * mm, ytop - h + 0.8)
    c.restoreState()
    p.drawOn(c, x + 5 * mm, ytop - 5 * mm - h1)
    pw.drawOn(c, x + 5 * mm, ytop - 5 * mm - h1 - 2 * mm - h2)
    return ytop - h - 7 * mm


def keyfig(c, n, bloc, num, line):
    dark, light = BLOC[bloc]
    c.setFillColor(dark)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(light)
    c.circle(W - 30 * mm, H - 40 * mm, 48 * mm, fill=1, stroke=0)
    c.setFillColor(dark)
    c.circle(W - 30 * mm, H - 40 * mm, 40 * mm, fill=1, stroke=0)
    col = INK if bloc == 5 else WHITE
    c.setFillColor(col)
    size = 96
    num = fr(num)
    while c.stringWidth(num, "SAB", size) > CW and size > 30:
        size -= 2
    c.setFont("SAB", size)
    c.drawCentredString(W / 2, H / 2, num)
    p = P(line, ParagraphStyle("kl", fontName="SA", fontSize=15, leading=20, textColor=col, alignment=1))
    ph = p.wrap(CW - 20 * mm, 200)[1]
    p.drawOn(c, M + 10 * mm, H / 2 - 16 * mm - ph)
    pagenum(c, n, bloc, onfill=True)


def cols2(x=M, gap=6 * mm):
    w = (CW - gap) / 2
    return (x, w), (x + w + gap, w)


# ================================================================================================ pages
def p_cover(c, n):
    dark = BLOC[1][0]
    c.setFillColor(dark)
    c.rect(0, H - 120 * mm, W, 120 * mm, fill=1, stroke=0)
    for k, b in enumerate([1, 2, 3, 4, 5]):
        c.setFillColor(BLOC[b][0])
        c.rect(k * W / 5, H - 126 * mm, W / 5, 6 * mm, fill=1, stroke=0)
    c.setFillColor(WHITE)
    c.setFont("SAB", 36)
    c.drawString(M + 4 * mm, H - 52 * mm, fr("Lakou Kréyatè"))
    c.setFont("SA", 15)
    c.drawString(M + 4 * mm, H - 64 * mm, fr("Le lakou des créateurs martiniquais, en ligne"))
    c.setFont("SAB", 12)
    c.drawString(M + 4 * mm, H - 86 * mm, fr("Dossier professionnel · Chef de projet e-commerce · session 2026"))
    c.setFont("SA", 11)
    c.drawString(M + 4 * mm, H - 95 * mm, fr("Blocs 1 · 2 · 3 · 4 · 5"))
    c.drawString(M + 4 * mm, H - 108 * mm, "#LakouKreyate  #FetAnMatinik")
    y = H - 134 * mm
    y = rbox(c, M, y, CW, [
        "<b>Jordan Célestine</b>, 24 ans · Bachelor 3e année, Campus Caraïbe Business (Fort-de-France)",
        "Alternant chargé de marketing digital chez Lakou Kréyatè SAS depuis 2024 · tutrice : Maëva Sainte-Rose, présidente"],
        bloc=0) - 5 * mm
    y = rbox(c, M, y, CW, [
        "Lakou Kréyatè, c'est une marketplace : 84 créateurs de Martinique vendent leurs pièces sur notre site "
        "(Sharetribe). On touche 18 % de commission + un service d'expédition. En 2025 : 1,18 M€ TTC de ventes "
        "pour les créateurs, 246 k€ de chiffre d'affaires pour nous.",
        "On est 7 au Lamentin, avec un bureau et un « hub » où les créateurs déposent leurs pièces. Maëva a fondé "
        "le <i>lakou</i> en 2021. On vend 100 % en ligne, plus un pop-up à Paris pour Noël.",
        "Chaque mardi, un groupage aérien (Caraïbe Fret Express) part vers Orly, puis Colissimo livre. La vannerie "
        "encombrante part par bateau."], title="En deux mots", bloc=1) - 5 * mm
    photo(c, M, y, CW, y - 22 * mm, "le hub du Lamentin, étagères de paniers et de bakoua prêts à partir")
    pagenum(c, n, 1)


def p_sommaire(c, n):
    y = band(c, 0, "Sommaire", "✦")
    tiles = [(1, "☀", "Stratégie", "nos tribus de clients, le tour des concurrents, nos caps, nos temps forts, nos alliances péyi"),
             (2, "♥", "Animer & vendre", "la campagne Fête des mères, les ambassadeurs, WhatsApp, la mise en vitrine, le paiement"),
             (3, "◎", "Être trouvé", "SEO, mots-clés, toile de liens, campagne Meta et suivi des chiffres"),
             (4, "✎", "Les contenus", "article madras, fiches créateurs, photos Lightroom et vidéo CapCut"),
             (5, "⚙", "Piloter", "module de suivi colis, légal, le hub, le transport et la satisfaction livraison")]
    th = 40 * mm
    for k, (b, ic, t, d) in enumerate(tiles):
        dark, light = BLOC[b]
        yy = y - k * (th + 5 * mm)
        c.setFillColor(dark)
        c.roundRect(M, yy - th, CW, th, 6 * mm, fill=1, stroke=0)
        col = INK if b == 5 else WHITE
        c.setFillColor(light)
        c.circle(M + 20 * mm, yy - th / 2, 12 * mm, fill=1, stroke=0)
        c.setFillColor(dark)
        c.setFont("SAB", 22)
        c.drawCentredString(M + 20 * mm, yy - th / 2 - 3 * mm, ic)
        c.setFillColor(col)
        c.setFont("SAB", 10)
        c.drawString(M + 40 * mm, yy - 12 * mm, "BLOC %d" % b)
        c.setFont("SAB", 19)
        c.drawString(M + 40 * mm, yy - 21 * mm, fr(t))
        p = P(d, ParagraphStyle("td", parent=body, textColor=col))
        ph = p.wrap(CW - 46 * mm, 100)[1]
        p.drawOn(c, M + 40 * mm, yy - 25 * mm - ph)
    pagenum(c, n, 0)


# ------------------------------------------------------------------------------------------------ bloc 1
def p_tribus(c, n):
    y = band(c, 1, "Nos tribus de clients", "☺", "#LakouKreyate #Diaspora")
    y = rbox(c, M, y, CW, ["On a regardé 2 600 commandes 2025, 41 avis clients et nos messages WhatsApp. "
                           "Trois tribus reviennent tout le temps. Chacune a ses raisons d'acheter… et ses raisons "
                           "de fermer l'onglet."], bloc=1, fill=WHITE, border=BLOC[1][0]) - 4 * mm
    tribus = [
        ("1 · La diaspora", "Martiniquais et Antillais installés dans l'Hexagone (Île-de-France surtout), 28–55 ans. 61 % de nos ventes.",
         "retrouver le <i>péyi</i> ; offrir « quelque chose de chez nous » pour une fête des mères, un mariage, un baptême ; "
         "connaître le prénom du créateur.",
         "le coût du fret ; la peur de la casse (calebasses, poteries) ; les délais juste avant Noël."),
        ("2 · Les ex-touristes", "Hexagonaux revenus d'un séjour, 35–65 ans. Ils nous trouvent sur Google ou via Instagram.",
         "prolonger les vacances ; retrouver l'objet vu au marché de Fort-de-France ; soutenir un artisan.",
         "« est-ce vraiment fait ici ? » (peur du made in ailleurs) ; le prix comparé au marché ; "
         "ils ne savent pas quelle taille de bakoua prendre."),
        ("3 · Les acheteurs de cadeaux locaux", "Martinique, 24 % des ventes : particuliers et comités d'entreprise.",
         "offrir local ; un cadeau de départ ou de fin d'année ; le retrait gratuit au hub du Lamentin.",
         "« je peux voir en vrai ? » ; les délais de fabrication des pièces sur commande ; "
         "payer 65€ d'un coup pour un chapeau."),
    ]
    for t, qui, vib, blo in tribus:
        y = rbox(c, M, y, CW, [qui, "<b>Ce qui les fait vibrer :</b> " + vib, "<b>Ce qui les bloque :</b> " + blo],
                 title=t, bloc=1) - 4 * mm
    (x1, w1), (x2, w2) = cols2()
    yb = bubble(c, x1, y, w1, "Un bakoua, c'est trois jours de tressage. Quand les gens le savent, ils ne discutent "
                              "plus le prix.", "Man Lucette, vannière au Morne-Rouge", 1)
    photo(c, x2, y, w2, 38 * mm, "Man Lucette tressant un bakoua")
    pagenum(c, n, 1)


def p_chemin(c, n):
    y = band(c, 1, "Le chemin du client : la diaspora", "➜", "#LakouLive")
    y = rbox(c, M, y, CW, ["Exemple type : Nadège, 41 ans, Créteil. Elle veut offrir un chapeau bakoua à sa mère "
                           "pour la Fête des mères. Voilà son chemin, étape par étape, tel qu'on le voit dans nos "
                           "statistiques et nos conversations."], bloc=1, fill=WHITE, border=BLOC[1][0]) - 5 * mm
    steps = [
        ("1", "Le déclic", "Jeudi 20 h (heure de Paris), elle tombe sur notre « Lakou Live » avec Man Lucette, "
         "partagé en story par sa cousine. Le besoin naît : « c'est ça qu'il faut à manman »."),
        ("2", "Elle cherche", "Lien en bio → fiche de Man Lucette. Elle tape aussi « chapeau bakoua martinique » sur "
         "Google pour voir ce qui existe ailleurs, et jette un œil à Etsy."),
        ("3", "Elle compare", "Prix (65€ + fret), délai (groupage du mardi), avis, mention « fait main au péyi ». "
         "Chez Antilla Market c'est moins cher, mais on ne sait pas qui a tressé."),
        ("4", "Elle achète", "Panier, fret calculé, paiement par carte. Elle écrit sur WhatsApp pour le tour de tête "
         "de sa mère : 57 cm. Man Lucette ajuste le ruban."),
        ("5", "Après l'achat", "Colis reçu en 6 jours. Sa mère ouvre le carton devant la caméra : la vidéo d'unboxing "
         "tourne dans le groupe familial, avec @lakoukreyate en tag. Deux cousines commandent dans le mois."),
    ]
    for num, t, d in steps:
        dark, light = BLOC[1]
        p = P("<b>%s</b> — %s" % (t, d))
        ph = p.wrap(CW - 30 * mm, 500)[1]
        h = max(16 * mm, ph + 6 * mm)
        c.setFillColor(light)
        c.roundRect(M, y - h, CW, h, 5 * mm, fill=1, stroke=0)
        c.setFillColor(dark)
        c.circle(M + 11 * mm, y - h / 2, 7 * mm, fill=1, stroke=0)
        c.setFillColor(WHITE)
        c.setFont("SAB", 16)
        c.drawCentredString(M + 11 * mm, y - h / 2 - 2.2 * mm, num)
        p.drawOn(c, M + 24 * mm, y - h / 2 - ph / 2)
        y -= h
        if num != "5":
            c.setFillColor(dark)
            c.setFont("SAB", 12)
            c.drawCentredString(M + 11 * mm, y - 4.6 * mm, "↓")
        y -= 6 * mm
    y = rbox(c, M, y, CW, ["Le moment clé, c'est l'étape 5 : une cliente contente filme, partage, et relance le chemin "
                       "chez ses proches. On prépare donc le colis pour être filmé (papier madras, carte signée "
                       "par le créateur)."], title="Ce qu'on retient", bloc=1)
    y = rbox(c, M, y - 5 * mm, CW, [
        "Instagram (lien en bio, live, story) : 46 % · Google : 21 % · lien partagé sur WhatsApp : 18 % · "
        "newsletter : 15 %. Le chemin commence presque toujours sur un téléphone."],
        title="D'où viennent les commandes de la diaspora (avril 2026)", bloc=1, fill=WHITE, border=BLOC[1][0])
    pagenum(c, n, 1)


def p_concurrents(c, n):
    y = band(c, 1, "Le tour des concurrents", "⚑")
    rows = [["", "Antilla Market", "Karukera Artisans", "Péyi Store", "Etsy"],
            ["Ce qu'ils vendent", "déco, épices, rhum, textile", "artisanat de Guadeloupe, bijoux, madras",
             "t-shirts, goodies, épicerie", "tout, dont « Caribbean handmade »"],
            ["Qui fabrique", "revendeur : achète en gros, parfois importé", "une trentaine d'artisans guadeloupéens",
             "marque propre, fabrication hors Antilles", "vendeurs du monde entier"],
            ["Prix repères", "foulard madras 19€, panier 39€", "foulard 32€, bakoua 72€", "t-shirt 25€",
             "bakoua 45€ à 110€"],
            ["Livraison Hexagone", "8,90€, 5 à 8 jours", "12€, 7 à 10 jours", "gratuite dès 50€",
             "selon le vendeur, souvent 15 jours et plus"],
            ["Réseaux sociaux", "Instagram 22 k, Facebook 15 k", "Instagram 6 k, lives rares", "TikTok 31 k",
             "pas de communauté de marque"],
            ["Leur point fort", "prix bas, catalogue large", "récit des artisans, photos soignées",
             "humour, visuels jeunes", "confiance, paiement, avis"]]
    wd = [30 * mm] + [(CW - 30 * mm - 4 * 1.2 * mm) / 4] * 4
    y = grid(c, M, y, wd, rows, 1, st=ParagraphStyle("gc", parent=small, fontSize=9.6, leading=12.8), pad=3 * mm)
    y -= 4 * mm
    (x1, w1), (x2, w2) = cols2()
    rbox(c, x1, y, w1, ["Relevé fait en février 2026 sur les sites, les pages Instagram et des commandes tests "
                        "(un foulard chez Antilla Market, un bracelet chez Karukera Artisans)."],
         title="Comment on a fait", bloc=1)
    photo(c, x2, y, w2, 42 * mm, "captures des 4 pages d'accueil côte à côte")
    pagenum(c, n, 1)


def p_carre(c, n):
    y = band(c, 1, "Notre carré stratégique", "◩")
    (x1, w1), (x2, w2) = cols2(gap=4 * mm)
    quad = [("Forces", ["84 créateurs identifiés, chacun avec son histoire",
                        "Tout est fait main en Martinique, contrôlé au hub",
                        "Lakou Live : une vraie relation avec la diaspora",
                        "Groupage hebdo négocié avec Caraïbe Fret Express"]),
            ("Faiblesses", ["Fret cher pour les petits paniers",
                            "Casse : calebasses et poteries fragiles",
                            "Site lent sur mobile, SEO encore faible",
                            "Stock = une pièce unique, souvent en rupture"]),
            ("Opportunités", ["Diaspora nombreuse et connectée en Île-de-France",
                              "Envie de « local » et de fait main",
                              "Temps forts culturels toute l'année",
                              "Touristes de retour qui cherchent à prolonger le voyage"]),
            ("Menaces", ["Revendeurs à bas prix (Antilla Market)",
                         "Produits importés vendus comme « péyi »",
                         "Hausse du fret aérien et de l'octroi de mer sur les emballages importés",
                         "Etsy très visible sur Google"])]
    fills = [BLOC[1][1], colors.HexColor("#FCE3DD"), colors.HexColor("#E3EEDA"), colors.HexColor("#ECE6F5")]
    yy = y
    bottoms = []
    for k, (t, items) in enumerate(quad):
        x, w = (x1, w1) if k % 2 == 0 else (x2, w2)
        top = y if k < 2 else yrow2
        b = rbox(c, x, top, w, ["• " + i for i in items], title=t, bloc=1, fill=fills[k], minh=60 * mm)
        bottoms.append(b)
        if k == 1:
            yrow2 = min(bottoms) - 4 * mm
    y = min(bottoms) - 6 * mm
    y = rbox(c, M, y, CW, [
        "On commence par la diaspora, et pas par les touristes ni par la Martinique. Pourquoi ?",
        "• C'est déjà 61 % des ventes, avec un panier moyen de 78€ (52€ pour les clients de Martinique).",
        "• Elle a une raison émotionnelle d'acheter : le <i>péyi</i> lui manque, et elle offre beaucoup.",
        "• Elle est sur Instagram, Facebook et WhatsApp, là où on sait déjà parler.",
        "• Elle prescrit : une cliente de Créteil ramène souvent sa famille, sa collègue, son association.",
        "Les ex-touristes viendront en deuxième, surtout par Google."], title="Notre tribu n°1 : la diaspora",
        bloc=1, fill=WHITE, border=BLOC[1][0])
    pagenum(c, n, 1)


def p_caps(c, n):
    y = band(c, 1, "Nos caps, notre boîte à outils, notre budget", "⚓", "#AnNouAy")
    (x1, w1), (x2, w2) = cols2()
    yl = rbox(c, x1, y, w1, ["• Avoir plus de créateurs dans le <i>lakou</i>",
                             "• Percer dans l'Hexagone",
                             "• Faire connaître le lakou au-delà de la famille antillaise",
                             "• Moins de casse dans les colis",
                             "• Des clients qui reviennent"], title="Nos caps pour 2026", bloc=1) - 5 * mm
    yl = rbox(c, x1, yl, w1, ["Référencement naturel · publicité Meta · Instagram et TikTok · WhatsApp Business · "
                              "newsletter Brevo · ambassadeurs de la diaspora · pop-up de Noël à Paris · "
                              "Google Shopping"],
              title="Notre boîte à outils digitale", bloc=1) - 5 * mm
    yl = rbox(c, x1, yl, w1, ["L'affiliation (pas de marge pour une commission en plus de nos 18 %) et les "
                              "comparateurs de prix (une pièce unique ne se compare pas)."],
              title="Pas retenus pour 2026", bloc=1, st=small) - 5 * mm
    photo(c, x1, yl, w1, min(40 * mm, yl - 22 * mm), "Sandrine en live Instagram depuis son atelier")
    # budget en grille
    c.setFillColor(BLOC[1][0])
    c.setFont("SAB", 11.5)
    c.drawString(x2, y - 4 * mm, fr("Budget 2026 par outil"))
    rows = [["Outil", "Budget 2026"],
            ["Publicité Meta (Facebook + Instagram)", "6 000€"],
            ["Pop-up de Noël à Paris (stand, billets, fret)", "9 500€"],
            ["Ambassadeurs (produits offerts, frais)", "2 400€"],
            ["Photos et vidéos", "2 000€"],
            ["Référencement (Ubersuggest, rédaction)", "1 800€"],
            ["Newsletter Brevo", "600€"],
            ["WhatsApp Business", "0€"],
            ["Total", "22 300€"]]
    yr = grid(c, x2, y - 8 * mm, [w2 * 0.68, w2 * 0.32 - 1.2 * mm], rows, 1,
              st=ParagraphStyle("gb2", parent=small, fontSize=9, leading=12), pad=2.4 * mm)
    rbox(c, x2, yr - 3 * mm, w2, ["Budget validé avec Maëva en janvier. Le pop-up de Noël est le plus gros poste, "
                                  "devant la publicité Meta."],
         bloc=1, fill=WHITE, border=BLOC[1][0])
    photo(c, x2, yr - 26 * mm, w2, 48 * mm, "Maëva et l'équipe au bureau du Lamentin, tableau blanc des projets 2026")
    pagenum(c, n, 1)


def p_temps(c, n):
    y = band(c, 1, "Nos temps forts et nos alliances péyi", "☀", "#FetAnMatinik")
    (x1, w1), (x2, w2) = cols2()
    dates = [("Février", "Carnaval", "Les jours gras vident les ateliers : on met en avant les foulards madras et les "
              "accessoires déjà prêts, pas le sur-mesure."),
             ("Fin mai", "Fête des mères", "Même date dans l'Hexagone et en Martinique. La diaspora offre beaucoup : "
              "c'est notre 2e pic après Noël. Commandes à passer avant le 15 mai pour le groupage du 19."),
             ("Fin juillet – début août", "Tour des Yoles", "Toute la Martinique suit la course. Les touristes sont "
              "là : bon moment pour les faire passer au hub et les inscrire à la newsletter."),
             ("Octobre", "Mois du créole", "On raconte les mots et les gestes : lives, articles, fiches en créole. "
              "Ça nourrit le référencement et la fierté des créateurs."),
             ("Décembre", "Noël", "40 % des ventes de l'année. Dernier groupage aérien garanti avant Noël : "
              "le 8 décembre. Après, on bascule sur les bons cadeaux.")]
    c.setFillColor(BLOC[1][0])
    c.setFont("SAB", 11.5)
    c.drawString(x1, y - 4 * mm, "Nos 5 temps forts")
    yl = y - 8 * mm
    for per, t, d in dates:
        yl = rbox(c, x1, yl, w1, ["<b>%s · %s</b>" % (per, t), d], bloc=1, st=small, pad=3 * mm, gap=1 * mm) - 3 * mm
    photo(c, x1, yl - 1 * mm, w1, min(45 * mm, yl - 22 * mm), "yoles rondes au Tour des Yoles, baie du Robert")
    yr = rbox(c, x2, y, w2, [
        "• <b>Associations antillaises d'Île-de-France</b> : fêtes, galas, cadeaux pour leurs membres.",
        "• <b>Restaurants caribéens</b> de Paris et de la petite couronne : ils reçoivent notre tribu n°1 tous les "
        "week-ends.",
        "• <b>Hôtels et gîtes de Martinique</b> : coffrets d'accueil et vitrine pour les touristes."],
        title="Les secteurs qui nous intéressent", bloc=1) - 5 * mm
    yr = rbox(c, x2, yr, w2, [
        "On vise 3 restaurants de la diaspora (dont « Ti Kaz Créole », Paris 19e). Ils ont la même clientèle "
        "que nous : des Antillais de l'Hexagone qui veulent retrouver le goût du <i>péyi</i>.",
        "Premier rendez-vous avec le gérant de Ti Kaz Créole en avril, pendant son déplacement en Martinique."],
        title="Alliance avec les restaurants", bloc=1) - 5 * mm
    rbox(c, x2, yr, w2, [
        "En mars, un grossiste de souvenirs de l'aéroport Aimé-Césaire nous a proposé de vendre nos produits… "
        "à côté d'objets importés. Maëva a dit non : pas notre ADN. Un client qui achète « Lakou Kréyatè » doit "
        "être sûr que c'est fait ici, par quelqu'un qu'on connaît.",
        "Même règle pour toute alliance : pas de mélange avec de l'importé."],
        title="Une alliance refusée", bloc=1, fill=WHITE, border=BLOC[1][0])
    pagenum(c, n, 1)


# ------------------------------------------------------------------------------------------------ bloc 2
def p_campagne(c, n):
    y = band(c, 2, "Campagne Fête des mères « Manman sé pli bèl »", "♥", "#ManmanSePliBel")
    y = rbox(c, M, y, CW, [
        "Le projet de Maëva pour 2026, c'est de grandir dans l'Hexagone sans perdre notre âme. La Fête des mères "
        "(31 mai 2026) tombe pile : la diaspora veut gâter sa <i>manman</i>, qu'elle vive à Sarcelles ou au "
        "François. La campagne sert donc à faire connaître le lakou à des familles antillaises de l'Hexagone qui "
        "ne nous connaissent pas encore, et à les faire commander.",
        "Dates : du 4 au 31 mai. Dernier groupage garanti : mardi 19 mai."], title="L'idée", bloc=2) - 5 * mm
    w3 = (CW - 2 * 4 * mm) / 3
    yb = []
    yb.append(rbox(c, M, y, w3, ["• Faire connaître le lakou dans les familles antillaises de l'Hexagone",
                                 "• Faire commander pour la Fête des mères",
                                 "• Recruter des abonnés à la newsletter"], title="Nos objectifs", bloc=2,
                   st=small, minh=62 * mm))
    yb.append(rbox(c, M + w3 + 4 * mm, y, w3, ["• Diaspora d'Île-de-France, 25–55 ans",
                                               "• Enfants qui offrent à leur mère",
                                               "• Mamans qui se font plaisir"], title="Nos cibles", bloc=2,
                   st=small, minh=62 * mm))
    yb.append(rbox(c, M + 2 * (w3 + 4 * mm), y, w3, ["• Publicité Meta (Facebook + Instagram)",
                                                      "• Reels TikTok et Instagram",
                                                      "• Newsletter Brevo (3 800 contacts)",
                                                      "• Lakou Live spécial du 14 mai",
                                                      "• Ambassadeurs et Radio Kompa FM",
                                                      "• WhatsApp Business"], title="Nos vecteurs", bloc=2,
                   st=small, minh=62 * mm))
    y = min(yb) - 5 * mm
    (x1, w1), (x2, w2) = cols2()
    yl = rbox(c, x1, y, w1, [
        "• Coffret « Manman » : foulard madras 29€ + savon coco-vétiver 8,50€ → 34€",
        "• Chapeau bakoua tressé main 65€, ruban au choix",
        "• Bol calebasse gravé au prénom 34€ (commande avant le 12 mai)",
        "• Carte écrite à la main par le créateur, offerte"], title="Les offres", bloc=2)
    photo(c, x2, y, w2, y - yl, "visuel de campagne : Man Lucette et sa fille, bakoua et foulard madras")
    rbox(c, M, min(yl, y - (y - yl)) - 5 * mm, CW, [
        "« <i>Manman sé pli bèl</i> » : « Maman, c'est la plus belle ». Une phrase que toute la diaspora a déjà "
        "entendue chez sa grand-mère. Pas de promo criarde, pas de « -20 % » : on montre des mains qui tressent, "
        "des mamans qui rient, et le prénom du créateur sur chaque visuel."], title="Le message", bloc=2)
    pagenum(c, n, 2)


def p_ambassadeurs(c, n):
    y = band(c, 2, "Nos ambassadeurs et nos réseaux", "★", "#LakouLive #Diaspora")
    (x1, w1), (x2, w2) = cols2()
    yl = rbox(c, x1, y, w1, [
        "<b>6 Instagrammeuses et Instagrammeurs de la diaspora</b> : @ti.fanm.paris (18 k), @doudou_a_lyon (9 k), "
        "@kreyol.kitchen.idf (27 k), @madras_et_moi (12 k), @zouk.et.bulles (7 k), @sarcelles.vibes (14 k).",
        "<b>3 associations</b> : Lyannaj 93 (Saint-Denis), Amicale Madinina de Créteil, Tanbou Lyon.",
        "<b>1 radio</b> : Radio Kompa FM, la radio antillaise d'Île-de-France (chronique « Péyi an nou » le samedi)."],
        title="Qui porte notre voix", bloc=2) - 5 * mm
    yl = rbox(c, x1, yl, w1, [
        "• Ils parlent à notre tribu n°1 : 70 à 85 % de leur audience est en France, avec un fort lien aux Antilles.",
        "• Ce sont des gens de la communauté, pas des influenceurs « lifestyle » payés à la story : leur avis compte.",
        "• Les associations organisent les fêtes où l'on offre, et leurs bureaux achètent des cadeaux pour leurs membres.",
        "• Radio Kompa FM touche les 40–60 ans qui ne sont pas sur TikTok : les mamans elles-mêmes.",
        "• Chacun reçoit une pièce d'un créateur de son choix et un code à son nom."],
        title="Pourquoi eux", bloc=2)
    yr = rbox(c, x2, y, w2, [
        "Chaque jeudi à 20 h (Paris) / 14 h (Martinique), un créateur passe en direct depuis son atelier. "
        "Man Lucette tresse, Johan grave une calebasse, Sandrine coupe un madras. On répond aux questions en direct "
        "et on épingle le lien de la fiche.", "Durée : 25 minutes. Rediffusion en reel découpé le lendemain."],
        title="« Lakou Live » chaque semaine", bloc=2) - 5 * mm
    yr = rbox(c, x2, yr, w2, [
        "3 reels par semaine, 15 à 30 secondes : un geste, un son, un avant/après. Sous-titres en français avec "
        "un mot de créole. Les sons tendance, oui, mais avec du tanbou quand c'est possible."],
        title="Reels TikTok", bloc=2) - 5 * mm
    yr = rbox(c, x2, yr, w2, [
        "On poste dans 4 groupes Facebook de la diaspora (le plus gros : « Antillais de Paris et IDF », 45 000 "
        "membres). Règle d'or : on raconte un créateur, on ne vend pas. Le lien vient en commentaire si quelqu'un "
        "le demande. <i>Bèl bagay</i> : les admins nous laissent poster une fois par semaine."],
        title="Groupes Facebook", bloc=2)
    pagenum(c, n, 2)


def chat(c, x, ytop, w, msgs, bloc):
    dark, light = BLOC[bloc]
    y = ytop
    for who, t, hour in msgs:
        me = who == "L"
        p = P(t, ParagraphStyle("ch", parent=small, fontSize=8.8, leading=11.6))
        bw = w * 0.78
        ph = p.wrap(bw - 6 * mm, 500)[1]
        h = ph + 8 * mm
        xx = x + w - bw if me else x
        c.setFillColor(colors.HexColor("#DCF8C6") if me else WHITE)
        c.setStrokeColor(colors.HexColor("#CFCFD6"))
        c.roundRect(xx, y - h, bw, h, 3.5 * mm, fill=1, stroke=1)
        p.drawOn(c, xx + 3 * mm, y - 3 * mm - ph)
        c.setFillColor(MUTED)
        c.setFont("SA", 6.8)
        c.drawRightString(xx + bw - 3 * mm, y - h + 1.8 * mm, hour)
        y -= h + 2 * mm
    return y


def p_whatsapp(c, n):
    y = band(c, 2, "WhatsApp : une vente gagnée, une vente perdue", "✆", "#ServiceClient")
    (x1, w1), (x2, w2) = cols2()
    for (x, w), title, msgs in [
        ((x1, w1), "Gagnée : un bakoua pour un mariage", [
            ("C", "Bonjour ! Je me marie le 20 juin à Fontenay. Je voudrais le chapeau bakoua de Man Lucette pour "
                  "mon mari, mais quelle taille prendre ?", "10:42"),
            ("L", "Bonjour Sabine, félicitations ! Vous pouvez mesurer son tour de tête avec un mètre de "
                  "couture, au-dessus des oreilles ?", "10:45"),
            ("C", "58 cm. Et il faudrait un ruban bordeaux comme ma robe…", "11:03"),
            ("L", "Parfait, 58 cm c'est la taille L. Man Lucette peut mettre un ruban bordeaux, je viens de "
                  "l'appeler. Prix : 65€ + fret 9,90€, départ au groupage du 26 mai, chez vous vers le 2 juin.",
             "11:20"),
            ("C", "Top, je commande !", "11:22"),
            ("L", "Voici le lien direct vers la fiche, ruban noté dans la commande. Mèsi !", "11:23")]),
        ((x2, w2), "Perdue : Guadeloupe en 48 h", [
            ("C", "Bonsoir, c'est pour l'anniversaire de ma sœur samedi à Baie-Mahault. Le panier arouman peut "
                  "arriver jeudi ?", "19:12"),
            ("L", "Bonsoir ! Le panier part du hub du Lamentin. Pour la Guadeloupe on passe par Colissimo, "
                  "il faut compter 4 à 6 jours.", "19:20"),
            ("C", "Pas possible plus vite ? Je paie le supplément.", "19:21"),
            ("L", "Malheureusement on n'a pas d'express inter-îles pour l'instant. Je peux vous proposer un bon "
                  "cadeau à imprimer, et le panier arrive après ?", "19:26"),
            ("C", "Non merci, je vais trouver sur place. Bonne soirée.", "19:30")]),
    ]:
        c.setFillColor(colors.HexColor("#ECE5DD"))
        top = y
        c.roundRect(x, 45 * mm, w, top - 45 * mm, 5 * mm, fill=1, stroke=0)
        c.setFillColor(BLOC[2][0])
        c.roundRect(x, top - 11 * mm, w, 11 * mm, 5 * mm, fill=1, stroke=0)
        c.rect(x, top - 11 * mm, w, 5 * mm, fill=1, stroke=0)
        c.setFillColor(WHITE)
        c.setFont("SAB", 10)
        c.drawString(x + 4 * mm, top - 7.3 * mm, fr(title))
        chat(c, x + 3 * mm, top - 15 * mm, w - 6 * mm, msgs, 2)
    rbox(c, M, 40 * mm, CW, ["Environ 140 conversations par mois sur WhatsApp Business."], title="Nos chiffres",
         bloc=2)
    pagenum(c, n, 2)


def p_vitrine(c, n):
    y = band(c, 2, "Mise en vitrine, paiement, fidélité", "✿", "#CoupDeCoeurDuLakou")
    (x1, w1), (x2, w2) = cols2()
    yl = rbox(c, x1, y, w1, [
        "• <b>« Coup de cœur du lakou »</b> : dans la console Sharetribe, on a ajouté un champ « coup de cœur » "
        "aux annonces. Chaque lundi, l'équipe coche 6 pièces ; elles remontent en tête de la page d'accueil avec "
        "un badge hibiscus.",
        "• <b>Collections</b> : Fête des mères, Madras, Vannerie, Épices & soins, Cadeaux à moins de 40€. "
        "On les crée avec les filtres de recherche Sharetribe (mot-clé + catégorie) et un lien fixe.",
        "• <b>Portrait du mois</b> : la page créateur de Johan mise en avant avec ses 9 calebasses."],
        title="Ce qu'on fait dans Sharetribe", bloc=2) - 5 * mm
    rbox(c, x1, yl, w1, [
        "1. Bannière d'accueil : la collection du moment (en mai, la Fête des mères).",
        "2. Haut des résultats de recherche : les coups de cœur.",
        "3. Page créateur : « ses autres pièces ».",
        "4. Page de confirmation de commande : « les clients ont aussi aimé ».",
        "5. Newsletter du vendredi : 3 pièces, 3 histoires."], title="Les bons endroits sur notre site", bloc=2)
    yr = rbox(c, x2, y, w2, [
        "<b>Stripe</b> (intégré à Sharetribe) : carte bancaire, Apple Pay, Google Pay. Le créateur est payé "
        "automatiquement, moins nos 18 %.", "<b>PayPal</b> : ajouté en février pour la diaspora qui n'aime pas "
        "sortir sa carte.", "Testé sur mon iPhone : le paiement passe, avec Stripe comme avec PayPal."],
        title="Le paiement", bloc=2) - 5 * mm
    yr = rbox(c, x2, yr, w2, ["Cadenas + logos."], title="La confiance", bloc=2) - 5 * mm
    yr = rbox(c, x2, yr, w2, ["PayPal 4x."], title="Payer en plusieurs fois", bloc=2) - 5 * mm
    rbox(c, x2, yr, w2, [
        "• Carte de fidélité : la 5e commande avec fret offert",
        "• Parrainage : 10€ pour la marraine et la filleule",
        "• Points à chaque achat, convertis en bons",
        "• Club « Fanmi Lakou » : avant-premières des pièces uniques",
        "• Newsletter avec code anniversaire",
        "• Fret offert au 3e achat de l'année"], title="Les options de fidélité", bloc=2)
    pagenum(c, n, 2)


def p_tunnel(c, n):
    y = band(c, 2, "Notre tunnel", "✈", "#DuLakouALaMaison")
    y = rbox(c, M, y, CW, ["De l'atelier du créateur à la boîte aux lettres du client : voilà le tunnel que suit "
                           "chaque pièce. On l'a dessiné avec Ruddy, qui gère le hub et le fret."],
             bloc=2, fill=WHITE, border=BLOC[2][0]) - 6 * mm
    steps = [("L'atelier", "Le créateur termine la pièce et l'apporte au hub avant le lundi 18 h.", "lundi"),
             ("Le hub du Lamentin", "Photo, étiquette QR, contrôle, emballage. Ruddy ferme les cartons le lundi soir.", "lundi soir"),
             ("Aéroport Aimé-Césaire", "Remise du groupage à Caraïbe Fret Express le mardi matin, formalités export.", "mardi"),
             ("Orly", "Arrivée du vol cargo le jeudi, dégroupage, remise à Colissimo.", "jeudi · 72 h après l'atelier"),
             ("Le client", "Colissimo livre en 48 h en moyenne. La cliente filme le déballage (on l'espère !).", "samedi ou lundi")]
    dark, light = BLOC[2]
    wmax, wmin = CW, CW * 0.52
    for k, (t, d, dur) in enumerate(steps):
        w = wmax - (wmax - wmin) * k / (len(steps) - 1)
        x = M + (CW - w) / 2
        p = P("<b>%s</b> · %s" % (t, d), ParagraphStyle("tn", parent=body, alignment=1))
        ph = p.wrap(w - 14 * mm, 300)[1]
        h = ph + 14 * mm
        c.setFillColor(dark if k % 2 == 0 else colors.HexColor("#F6B25C"))
        c.roundRect(x, y - h, w, h, 6 * mm, fill=1, stroke=0)
        c.setFillColor(WHITE)
        c.roundRect(x + 5 * mm, y - h + 3 * mm, w - 10 * mm, h - 6 * mm, 4 * mm, fill=1, stroke=0)
        p.drawOn(c, x + 7 * mm, y - 4.5 * mm - ph)
        c.setFillColor(MUTED)
        c.setFont("SAI", 8)
        c.drawCentredString(x + w / 2, y - h + 4.6 * mm, fr(dur))
        y -= h + 4 * mm
    y = rbox(c, M, y - 2 * mm, CW, ["Bilan : 5 à 7 jours entre le dépôt au hub et la livraison dans l'Hexagone. "
                                "La vannerie encombrante (grands paniers arouman) passe par bateau : 3 semaines."],
         bloc=2) - 5 * mm
    photo(c, M, y, CW, min(40 * mm, y - 22 * mm), "cartons du groupage filmés sur palette, aéroport Aimé-Césaire")
    pagenum(c, n, 2)


# ------------------------------------------------------------------------------------------------ bloc 3
def p_seo(c, n):
    y = band(c, 3, "Notre SEO : outils, actions, toile de liens", "◎", "#SEO #ArtisanatMartiniquais")
    (x1, w1), (x2, w2) = cols2()
    yl = rbox(c, x1, y, w1, [
        "• <b>GA4</b> : visites, d'où elles viennent, achats.",
        "• <b>Search Console</b> : les recherches qui nous amènent, clics, positions.",
        "• <b>Ubersuggest</b> : volumes des mots-clés, idées, concurrents."], title="Nos outils", bloc=3)
    yr = rbox(c, x2, y, w2, [
        "« chapeau bakoua » → avant : pas classé · maintenant : <b>6e</b>",
        "« tissu madras » → avant : pas classé · maintenant : <b>11e</b>"], title="Nos positions Google", bloc=3)
    y = min(yl, yr) - 5 * mm
    c.setFillColor(BLOC[3][0])
    c.setFont("SAB", 11.5)
    c.drawString(M, y - 4 * mm, "Nos actions SEO")
    icons = [("✎", "Réécrire les fiches créateurs"), ("◉", "Ajouter les alt sur les photos"),
             ("⚡", "Accélérer le site mobile"), ("⌂", "Fiche Google du hub"),
             ("✍", "Écrire des « histoires »"), ("▦", "Pages collections")]
    iw = (CW - 5 * 3 * mm) / 6
    for k, (ic, lab) in enumerate(icons):
        x = M + k * (iw + 3 * mm)
        c.setFillColor(BLOC[3][1])
        c.roundRect(x, y - 36 * mm, iw, 29 * mm, 4 * mm, fill=1, stroke=0)
        c.setFillColor(BLOC[3][0])
        c.circle(x + iw / 2, y - 15 * mm, 6 * mm, fill=1, stroke=0)
        c.setFillColor(WHITE)
        c.setFont("SAB", 13)
        c.drawCentredString(x + iw / 2, y - 17.2 * mm, ic)
        p = P(lab, ParagraphStyle("ic", parent=small, fontSize=7.8, leading=9.4, alignment=1))
        ph = p.wrap(iw - 3 * mm, 100)[1]
        p.drawOn(c, x + 1.5 * mm, y - 23 * mm - ph)
    y -= 42 * mm
    c.setFillColor(BLOC[3][0])
    c.setFont("SAB", 11.5)
    c.drawString(M, y - 4 * mm, "Notre toile de liens")
    cx, cy = W / 2, y - 58 * mm
    bubbles = [("Vannerie", -56, 18, [("Chapeau bakoua", -72, 44), ("Panier arouman", -36, 44)]),
               ("Madras", 56, 18, [("Foulard madras", 36, 44), ("Histoire du madras", 72, 44)]),
               ("Calebasses", -56, -22, [("Bol calebasse gravé", -72, -46)]),
               ("Épices & soins", 56, -22, [("Coffret Ti-Punch épices", 72, -46), ("Savon coco-vétiver", 34, -46)])]
    c.setStrokeColor(BLOC[3][0])
    c.setLineWidth(1.2)
    for t, dx, dy, kids in bubbles:
        c.line(cx, cy, cx + dx * mm, cy + dy * mm)
        for kt, kx, ky in kids:
            c.line(cx + dx * mm, cy + dy * mm, cx + kx * mm, cy + ky * mm)
    for t, dx, dy, kids in bubbles:
        for kt, kx, ky in kids:
            c.setFillColor(WHITE)
            c.setStrokeColor(BLOC[3][0])
            c.roundRect(cx + kx * mm - 17 * mm, cy + ky * mm - 4.5 * mm, 34 * mm, 9 * mm, 4.5 * mm, fill=1, stroke=1)
            c.setFillColor(INK)
            c.setFont("SA", 7.4)
            c.drawCentredString(cx + kx * mm, cy + ky * mm - 1.2 * mm, fr(kt))
        c.setFillColor(BLOC[3][1])
        c.circle(cx + dx * mm, cy + dy * mm, 11 * mm, fill=1, stroke=0)
        c.setFillColor(BLOC[3][0])
        c.setFont("SAB", 8.4)
        c.drawCentredString(cx + dx * mm, cy + dy * mm - 1.5 * mm, fr(t))
    c.setFillColor(BLOC[3][0])
    c.circle(cx, cy, 15 * mm, fill=1, stroke=0)
    c.setFillColor(WHITE)
    c.setFont("SAB", 8.6)
    c.drawCentredString(cx, cy + 0.5 * mm, "Artisanat")
    c.drawCentredString(cx, cy - 3.5 * mm, "martiniquais")
    rbox(c, M + 20 * mm, 36 * mm, CW - 40 * mm, ["À compléter : netlinking + chiffres Search Console"],
         bloc=3, fill=WHITE, border=BLOC[3][0], dashed=True)
    pagenum(c, n, 3)


def p_motscles(c, n):
    y = band(c, 3, "Trouver nos mots-clés", "✦", "#Kreyol #Madras")
    steps = [("1 · On écoute", "On liste les mots des clients : messages WhatsApp, commentaires Instagram, questions "
              "pendant les lives. Et les mots des créateurs, en créole comme en français."),
             ("2 · On mesure", "Chaque idée passe dans Ubersuggest : volume mensuel en France, difficulté (SD), "
              "idées associées. On regarde aussi la Martinique à part."),
             ("3 · On trie", "On garde ce qui a au moins 50 recherches par mois ou une intention d'achat claire "
              "(« acheter », « cadeau », un nom de produit), avec une difficulté sous 35."),
             ("4 · On range", "Un mot-clé principal par page : accueil, collection, fiche créateur ou article. "
              "Jamais deux pages sur le même mot.")]
    sw = (CW - 3 * 3 * mm) / 4
    bottoms = [rbox(c, M + k * (sw + 3 * mm), y, sw, [d], title=t, bloc=3, st=small, minh=64 * mm, pad=3 * mm)
               for k, (t, d) in enumerate(steps)]
    y = min(bottoms) - 5 * mm
    y = rbox(c, M, y, CW, [
        "• <b>Le madras</b> : « tissu madras » fait 2 400 recherches par mois, bien plus que « foulard antillais ». "
        "Les couturières l'achètent aussi : on écrit pour elles.",
        "• <b>« Artisanat martiniquais »</b> plutôt que « artisanat antillais » : moins de concurrence de la "
        "Guadeloupe (Karukera Artisans) et c'est ce qu'on est.",
        "• <b>Les graphies créoles</b> : « bakoua » et « bacoua », « kalbas » et « calebasse », « kréyol » et "
        "« créole ». Les gens de la diaspora tapent les deux : on met les deux sur la même page.",
        "• <b>Hexagone d'abord</b> : 61 % des ventes. « Livraison France » et « acheter … paris » ont leur place.",
        "• <b>Face à Etsy</b> : on ne se bat pas sur « panier osier », on gagne sur « panier arouman ».",
        "• <b>Les produits qu'on a vraiment</b> : pas de mot-clé sans une pièce en ligne derrière."],
        title="Pourquoi ces mots-là", bloc=3) - 6 * mm
    photo(c, M, y, CW, min(45 * mm, y - 22 * mm), "post-it des mots de nos clients sur le mur du bureau")
    pagenum(c, n, 3)


KW = [("chapeau bakoua", "480", "12", "fiche Man Lucette"), ("bakoua martinique", "320", "9", "collection Vannerie"),
      ("chapeau bacoua", "90", "5", "fiche Man Lucette"), ("panier arouman", "110", "4", "fiche panier arouman"),
      ("vannerie martiniquaise", "170", "8", "collection Vannerie"), ("artisanat martiniquais", "880", "22", "accueil"),
      ("artisanat antillais", "590", "19", "accueil"), ("artisanat martinique en ligne", "140", "11", "accueil"),
      ("tissu madras", "2 400", "31", "article madras"), ("foulard madras", "720", "18", "fiche Sandrine"),
      ("madras martiniquais", "260", "14", "collection Madras"), ("coiffe madras", "210", "12", "article madras"),
      ("histoire du madras", "170", "10", "article madras"), ("bol calebasse", "390", "15", "fiche Johan"),
      ("calebasse gravée", "140", "7", "fiche Johan"), ("kalbas", "50", "2", "fiche Johan"),
      ("savon coco vétiver", "90", "6", "fiche savon"), ("savon artisanal martinique", "210", "10", "collection Épices & soins"),
      ("coffret épices antillaises", "170", "13", "fiche coffret"), ("coffret ti punch", "320", "16", "fiche coffret"),
      ("cadeau martiniquais", "480", "17", "collection Cadeaux"), ("cadeau fête des mères antillais", "110", "8", "collection Fête des mères"),
      ("idée cadeau martinique", "260", "14", "collection Cadeaux"), ("produits martiniquais livraison france", "390", "21", "page livraison"),
      ("acheter artisanat martinique paris", "70", "6", "accueil"), ("fait main martinique", "140", "9", "page créateurs"),
      ("créateurs martiniquais", "110", "7", "page créateurs"), ("souvenir martinique authentique", "210", "15", "collection Cadeaux"),
      ("déco créole", "320", "20", "collection Maison"), ("lakou kréyatè", "90", "1", "accueil")]


def p_grille(c, n):
    y = band(c, 3, "Notre grille de mots-clés (30)", "▦")
    rows = [["Mot-clé", "Volume / mois", "Difficulté", "Page"]] + [list(k) for k in KW]
    st = ParagraphStyle("kw", parent=small, fontSize=8, leading=9.6)
    y = grid(c, M, y, [66 * mm, 30 * mm, 26 * mm, CW - 122 * mm - 3.6 * mm], rows, 3, st=st, pad=1.6 * mm,
             gap=0.9 * mm)
    c.setFillColor(MUTED)
    c.setFont("SAI", 7.8)
    c.drawString(M, y - 3 * mm, fr("Volumes : Ubersuggest, France, mars 2026 · difficulté = SD Ubersuggest sur 100"))
    pagenum(c, n, 3)


def p_meta(c, n):
    y = band(c, 3, "Campagne Meta « Manman sé pli bèl »", "◎", "#ManmanSePliBel")
    (x1, w1), (x2, w2) = cols2()
    yl = rbox(c, x1, y, w1, [
        "Une campagne « Ventes » dans le gestionnaire de publicités Meta, du 4 au 31 mai 2026.",
        "Budget : 1 650€ sur la campagne."], title="La campagne", bloc=3) - 5 * mm
    yl = rbox(c, x1, yl, w1, [
        "• <b>Centres d'intérêt</b> : Martinique, Guadeloupe, zouk, kompa, cuisine antillaise, Air Caraïbes, "
        "Corsair, Carnaval tropical de Paris",
        "• <b>Âge</b> : 25–55 ans, femmes et hommes",
        "• <b>Lieu</b> : Île-de-France",
        "• <b>Audience personnalisée</b> : personnes ayant interagi avec @lakoukreyate depuis 365 jours",
        "• <b>Exclus</b> : clients des 30 derniers jours"], title="Les profils ciblés", bloc=3) - 5 * mm
    rbox(c, x1, yl, w1, [
        "• Annonce bakoua → collection Vannerie",
        "• Annonce madras → collection Madras",
        "• Annonce coffret → collection Fête des mères",
        "Chaque page de collection ouvre sur les pièces prêtes à partir avant le 19 mai, avec le bandeau "
        "« livrée pour la Fête des mères »."], title="Pages d'arrivée", bloc=3)
    ads = [("Bakoua", "Il y a des chapeaux qu'on achète. Et il y a le bakoua de Man Lucette : 3 jours de tressage "
            "au Morne-Rouge, pour une manman qui le mérite.", "Un bakoua pour manman", "Acheter"),
           ("Madras", "Le madras, c'est l'histoire de nos grands-mères. Sandrine le coupe et le coud à Schœlcher, "
            "pièce par pièce. Offrez-en un bout de péyi.", "Foulard madras · 29€", "Découvrir"),
           ("Coffret", "Foulard madras + savon coco-vétiver, emballés au Lamentin avec une carte écrite à la main. "
            "Livré dans l'Hexagone avant le 31 mai.", "Coffret Manman · 34€", "Commander")]
    yr = y
    for t, txt, titre, cta in ads:
        yr = rbox(c, x2, yr, w2, [txt, "<b>%s</b>   [bouton : %s]" % (titre, cta)],
                  title="Annonce « %s »" % t, bloc=3, fill=WHITE, border=BLOC[3][0], st=small) - 4 * mm
    photo(c, x2, yr, w2, min(yr - 20 * mm, 55 * mm), "visuel carré : bakoua posé sur un madras")
    pagenum(c, n, 3)


def p_suivi(c, n):
    y = band(c, 3, "Suivi de la campagne et chiffres du site", "▤")
    c.setFillColor(BLOC[3][0])
    c.setFont("SAB", 11.5)
    c.drawString(M, y - 4 * mm, "Tableau de suivi Meta, semaine par semaine")
    rows = [["Semaine", "Impressions", "Clics", "CTR", "CPC", "Dépense", "Achats"],
            ["4–10 mai", "48 200", "820", "1,70 %", "0,46€", "377€", "9"],
            ["11–17 mai", "52 600", "1 010", "1,92 %", "0,41€", "414€", "14"],
            ["18–24 mai", "57 900", "1 240", "2,14 %", "0,37€", "459€", "21"],
            ["25–31 mai", "44 300", "1 120", "2,53 %", "0,35€", "392€", "18"]]
    wd = [(CW - 6 * 1.2 * mm) / 7] * 7
    y = grid(c, M, y - 8 * mm, wd, rows, 3, st=ParagraphStyle("sv", parent=small, fontSize=8.8, leading=11)) - 4 * mm
    (x1, w1), (x2, w2) = cols2()
    yl = rbox(c, x1, y, w1, [
        "Le CTR monte chaque semaine, de 1,70 % à 2,53 % : les visuels avec les créateurs plaisent de plus en plus.",
        "Le CPC baisse de 0,46€ à 0,35€ : Meta nous trouve plus pertinents, chaque clic coûte moins cher."],
        title="Ce qu'on lit", bloc=3) - 4 * mm
    dark = BLOC[3][0]
    c.setFillColor(dark)
    c.roundRect(x2, y - 30 * mm, w2, 30 * mm, 5 * mm, fill=1, stroke=0)
    c.setFillColor(WHITE)
    c.setFont("SAB", 34)
    c.drawCentredString(x2 + w2 / 2, y - 17 * mm, "ROI x3 !")
    c.setFont("SA", 9)
    c.drawCentredString(x2 + w2 / 2, y - 25 * mm, fr("campagne Fête des mères"))
    yr = y - 34 * mm
    # tuile KPI
    kp = [("Sessions / mois", "21 400"), ("Taux de rebond", "58 %"), ("Durée moyenne", "1 min 48"),
          ("Chargement mobile", "4,2 s"), ("Abandon de panier", "71 %"), ("Nouveaux visiteurs", "78 %")]
    c.setFillColor(BLOC[3][0])
    c.setFont("SAB", 11.5)
    c.drawString(x2, yr - 4 * mm, "Nos KPI (avril 2026)")
    tw = (w2 - 2 * 2 * mm) / 3
    for k, (lab, v) in enumerate(kp):
        xx = x2 + (k % 3) * (tw + 2 * mm)
        yy = yr - 8 * mm - (k // 3) * 21 * mm
        c.setFillColor(BLOC[3][1])
        c.roundRect(xx, yy - 19 * mm, tw, 19 * mm, 3 * mm, fill=1, stroke=0)
        c.setFillColor(dark)
        c.setFont("SAB", 13)
        c.drawCentredString(xx + tw / 2, yy - 9 * mm, fr(v))
        c.setFillColor(MUTED)
        c.setFont("SA", 6.8)
        c.drawCentredString(xx + tw / 2, yy - 15 * mm, fr(lab))
    yr = yr - 8 * mm - 2 * 21 * mm - 3 * mm
    yl = rbox(c, x1, yl, w1, [
        "• <b>Créateurs actifs</b> (au moins une vente dans le mois) : 61 sur 84. Une marketplace vit si ses "
        "vendeurs vendent ; un créateur qui ne vend pas pendant 3 mois part.",
        "• <b>Acheteurs qui reviennent</b> : 23 % sur 12 mois. Chez nous, c'est la fidélité au lakou, pas à un seul "
        "produit.",
        "• <b>Taux de casse</b> : 2,8 % des colis. Chaque casse coûte la pièce, le fret et la confiance du client.",
        "• <b>Délai dépôt au hub</b> : 3,1 jours après la commande en moyenne."],
        title="Nos indicateurs de marketplace", bloc=3, st=small) - 4 * mm
    rbox(c, x2, yr, w2, [
        "• Compresser les photos des fiches",
        "• Afficher le fret dès la fiche produit",
        "• Ajouter un guide des tailles pour le bakoua",
        "• Relancer les paniers abandonnés avec Brevo",
        "• Mettre les avis clients sur les fiches"], title="Ce qu'on va corriger", bloc=3, st=small)
    pagenum(c, n, 3)


# ------------------------------------------------------------------------------------------------ bloc 4
def p_article(c, n):
    y = band(c, 4, "Article « Le madras, toute une histoire »", "✎", "#Madras #HistoiresDuLakou")
    (x1, w1), (x2, w2) = cols2()
    yl = rbox(c, x1, y, w1, [
        "1. Un mot-clé principal : « tissu madras » (2 400 recherches / mois). Il va dans le titre, l'URL et la "
        "première phrase.",
        "2. Des mots secondaires répartis : « histoire du madras » dans le chapô, « madras martiniquais » dans un "
        "intertitre, « coiffe madras » dans le texte alternatif d'une photo.",
        "3. Un plan en 3 intertitres qui répondent à des questions : d'où vient le madras ? Comment on le porte en "
        "Martinique ? Qui le coud aujourd'hui ?",
        "4. Un lien vers la fiche « Foulard madras » de Sandrine avec le texte « foulard madras cousu à Schœlcher ».",
        "5. 750 mots, 3 photos légendées, relecture par Sandrine pour les mots créoles."],
        title="Ma méthode de rédaction", bloc=4, st=small) - 5 * mm
    yb = rbox(c, x1, yl, w1, [
        "Un blog ? Pas pour l'instant : on publie sur Insta à la place. L'article vit dans une page « Histoires » "
        "créée dans Sharetribe, et en carrousel de 8 images sur Instagram."], title="Où il est publié", bloc=4)
    photo(c, x1, yb - 5 * mm, w1, min(45 * mm, yb - 22 * mm), "Sandrine et ses coupons de madras, atelier de Schœlcher")
    yr = rbox(c, x2, y, w2, [
        "<b>Titre :</b> Le tissu madras, toute une histoire",
        "<b>Chapô :</b> Foulard de nos grands-mères, coiffe des jours de fête, étoffe du Carnaval… L'histoire du "
        "madras traverse l'océan Indien avant d'arriver chez nous.",
        "<b>Le madras martiniquais, un langage</b> — Autrefois, la façon de nouer la tête disait tout : une pointe, "
        "le cœur est à prendre ; deux pointes, il est déjà pris ; trois pointes, il reste de la place…",
        "<b>Sandrine, les ciseaux à la main</b> — À Schœlcher, Sandrine choisit ses carreaux rouge, jaune et vert "
        "chez un tisserand de confiance, puis coud chaque foulard à la main. Elle en fait douze par semaine, "
        "pas un de plus : « sinon les coins ne tombent pas droit »."],
        title="Extrait", bloc=4, fill=WHITE, border=BLOC[4][0], st=small) - 5 * mm
    bubble(c, x2, yr, w2, "Le madras, ce n'est pas un déguisement de carnaval. C'est l'histoire de nos grands-mères.",
           "Sandrine, couturière madras, Schœlcher", 4)
    pagenum(c, n, 4)


def p_fiche(c, n):
    y = band(c, 4, "Nos fiches créateurs", "✂", "#FaitMainAuPeyi")
    (x1, w1), (x2, w2) = cols2()
    yl = rbox(c, x1, y, w1, [
        "Chaque fiche suit le même ordre, parce que nos clients veulent savoir <b>qui</b> a fait la pièce avant de "
        "savoir combien elle coûte :",
        "1. <b>L'histoire</b> : le créateur, son village, depuis quand.",
        "2. <b>Le geste</b> : tresser, graver, coudre, en 2 phrases.",
        "3. <b>La matière</b> : feuilles de latanier, calebasse du jardin, coton madras.",
        "4. <b>Les dimensions</b> : tour de tête, diamètre, poids (utile pour le fret).",
        "5. <b>Pièce unique ou série</b> : on le dit clairement.",
        "6. <b>Le temps de fabrication</b> : « 3 jours de tressage ».",
        "7. <b>L'entretien</b> : « ne pas mouiller le bakoua, le ranger à plat »."],
        title="La méthode", bloc=4, st=small) - 5 * mm
    yl = rbox(c, x1, yl, w1, ["On écrit « créole », « martiniquais », « fait main ». On n'écrit jamais « exotique », "
                              "« ethnique » ou « typique » : nos créateurs n'aiment pas, et nos clients non plus."],
              title="Les mots qu'on évite", bloc=4, st=small) - 5 * mm
    rbox(c, x1, yl, w1, ["Pour les photos, on travaille avec Océane Bellay, parce qu'elle est du <i>péyi</i>."],
         title="Nos photos", bloc=4)
    yr = rbox(c, x2, y, w2, [
        "<b>Titre :</b> Chapeau bakoua tressé main · Man Lucette · 65€",
        "<b>Mot-clé principal</b> « chapeau bakoua » : titre, URL (/bakoua-man-lucette), 1re phrase.",
        "<b>Secondaires :</b> « bakoua martinique » dans l'intertitre, « chapeau bacoua » dans le texte "
        "(l'autre graphie), « vannerie martiniquaise » dans l'alt de la 2e photo."],
        title="Exemple : le bakoua", bloc=4, st=small) - 5 * mm
    yr = rbox(c, x2, yr, w2, [
        "• 5 photos : face, profil, dessus, porté, dans les mains de Man Lucette",
        "• Guide des tailles S / M / L avec le tour de tête",
        "• Délai : « prêt à partir » ou « fabriqué pour vous en 10 jours »",
        "• Estimation du fret selon le pays, dès la fiche",
        "• Avis clients avec photo",
        "• Badge « Fait main au péyi, contrôlé au hub »",
        "• Bouton WhatsApp « une question pour Man Lucette ? »"],
        title="Ce qui aide à décider", bloc=4, st=small)
    photo(c, x2, yr - 5 * mm, w2, min(50 * mm, yr - 22 * mm), "capture de la fiche bakoua sur mobile")
    pagenum(c, n, 4)


def p_photos(c, n):
    y = band(c, 4, "Photos, vidéo et ce qu'on mesure", "◉", "#LakouLive")
    (x1, w1), (x2, w2) = cols2()
    ph_h = 40 * mm
    photo(c, x1, y, (w1 - 3 * mm) / 2, ph_h, "AVANT : foulard sous néon, teinte jaune")
    photo(c, x1 + (w1 + 3 * mm) / 2, y, (w1 - 3 * mm) / 2, ph_h, "APRÈS : couleurs du madras fidèles")
    yl = rbox(c, x1, y - ph_h - 4 * mm, w1, [
        "Dans Lightroom : balance des blancs corrigée sur le blanc du carreau, exposition +0,7, ombres relevées, "
        "redressement de l'horizon, recadrage 4:5 pour Instagram. J'en ai fait un préréglage « Lakou Lumière » "
        "appliqué aux 120 photos de la collection Madras."], title="Retouche Lightroom", bloc=4, st=small) - 4 * mm
    yl = rbox(c, x1, yl, w1, [
        "45 secondes montées dans CapCut : les mains de Man Lucette, la feuille de latanier, le bakoua fini sur "
        "une tête. 14 plans, coupes sur le rythme d'un tanbou, sous-titres en français avec 3 mots de créole."],
        title="Vidéo CapCut", bloc=4, st=small) - 4 * mm
    yl = rbox(c, x1, yl, w1, [
        "• Photos exportées en WebP, 1 600 px de large, moins de 250 Ko",
        "• Vidéo en 1080 × 1920 pour les reels, 720p pour le site (6 Mo)",
        "• Sous-titres incrustés : 80 % des gens regardent sans le son"], title="Adapté au web", bloc=4, st=small)
    yr = bubble(c, x2, y, w2, "Filmez mes mains, pas ma figure ! Les mains, c'est elles qui savent.",
                "Man Lucette, vannière au Morne-Rouge", 4)
    yr = rbox(c, x2, yr, w2, [
        "Temps passé sur les pages « histoire de créateur » : <b>2 min 35</b> en moyenne en avril (GA4)."],
        title="Ce qu'on mesure", bloc=4) - 5 * mm
    yr = rbox(c, x2, yr, w2, ["Objectif : 2 % de conversion sur les fiches créateurs."],
              title="Notre objectif", bloc=4) - 5 * mm
    yr = rbox(c, x2, yr, w2, [
        "• <b>Le fret découvert à la dernière étape</b> : le client voit 9,90€ ou 14€ de fret au moment de payer "
        "et s'en va. Corrigé : un estimateur de fret sur chaque fiche.",
        "• <b>Les frais de douane pour Sainte-Lucie</b> : le client paie des droits à l'arrivée sans le savoir."],
        title="Ce qui gêne l'achat", bloc=4)
    y = min(yl, yr) - 5 * mm
    c.setFillColor(BLOC[4][0])
    c.setFont("SAB", 11.5)
    c.drawString(M, y - 4 * mm, "Le découpage de la vidéo CapCut")
    rows = [["0–5 s", "5–12 s", "12–24 s", "24–33 s", "33–40 s", "40–45 s"],
            ["Mains sur la feuille de latanier", "Découpe des lanières au couteau", "Tressage, accéléré x2",
             "Couture du bord", "Pose du ruban", "Le bakoua sur la tête de sa petite-fille + logo"]]
    grid(c, M, y - 8 * mm, [(CW - 5 * 1.2 * mm) / 6] * 6, rows, 4, first_bold=False,
         st=ParagraphStyle("sb4", parent=small, fontSize=8.8, leading=11.4))
    pagenum(c, n, 4)


# ------------------------------------------------------------------------------------------------ bloc 5
def p_feuille(c, n):
    y = band(c, 5, "Feuille de route prestataire : le suivi colis", "✍", "#Projet2026")
    y = rbox(c, M, y, CW, [
        "Aujourd'hui, un client de l'Hexagone attend 5 à 7 jours sans savoir où est son colis entre le hub et Orly. "
        "On veut un module de suivi branché sur Sharetribe, du dépôt au hub jusqu'à la livraison Colissimo. "
        "Cette feuille de route sera envoyée aux trois développeurs de la page suivante."],
        bloc=5, fill=WHITE, border=BLOC[5][0]) - 5 * mm
    y = rbox(c, M, y, CW, [
        "Lakou Kréyatè vend les pièces de 84 créateurs : 2 600 commandes en 2025, dont 61 % vers l'Hexagone. "
        "Les colis passent par le hub du Lamentin, un groupage aérien (Caraïbe Fret Express) puis Colissimo. "
        "Le site tourne sur Sharetribe ; les paiements passent par Stripe et PayPal.",
        "Les consignes de Maëva :",
        "• budget maximum 15 000€ HT,",
        "• on garde Sharetribe (pas de changement de plateforme),",
        "• en ligne avant novembre, pour être prêt avant le rush de Noël."],
        title="1. Contexte et consignes", bloc=5) - 4 * mm
    y = rbox(c, M, y, CW, [
        "• Réduire les messages « où est mon colis ? »",
        "• Scanner le QR de chaque colis au hub et à Orly",
        "• Envoyer un e-mail et un SMS à chaque étape",
        "• Afficher une frise de suivi dans le compte client",
        "• Récupérer le numéro Colissimo automatiquement",
        "• Rassurer la diaspora avant Noël"], title="2. Objectifs", bloc=5) - 4 * mm
    for t in ["3. Fonctionnalités détaillées", "4. Contraintes techniques", "5. Planning, budget et recette"]:
        y = rbox(c, M, y, CW, ["…"], title=t, bloc=5, fill=WHITE, border=BLOC[5][0], minh=17 * mm) - 4 * mm
    pagenum(c, n, 5)


def p_legal(c, n):
    y = band(c, 5, "Choisir le prestataire, et le légal", "⚖")
    c.setFillColor(INK)
    c.setFont("SAB", 11.5)
    c.drawString(M, y - 4 * mm, "Notre grille pour choisir le développeur")
    rows = [["Critère (poids)", "Kodlab Martinique (Fort-de-France)", "Pixelmer Studio (Bordeaux)", "FlexDev Solutions (Lyon)"],
            ["Expérience Sharetribe Flex (30 %)", "2 projets · 3/5", "6 projets · 5/5", "1 projet · 2/5"],
            ["Prix (25 %)", "11 800€ · 5/5", "14 600€ · 3/5", "13 200€ · 4/5"],
            ["Délai de mise en ligne (20 %)", "octobre · 4/5", "septembre · 5/5", "décembre · 1/5"],
            ["Maintenance et horaires Martinique (15 %)", "sur place · 5/5", "décalage de 5-6 h · 2/5", "décalage · 2/5"],
            ["Références colis / outre-mer (10 %)", "1 transitaire · 3/5", "aucune · 1/5", "2 e-commerces · 3/5"],
            ["Note pondérée", "4,1 / 5", "3,8 / 5", "2,5 / 5"]]
    wd = [46 * mm] + [(CW - 46 * mm - 3 * 1.2 * mm) / 3] * 3
    y = grid(c, M, y - 8 * mm, wd, rows, 5, st=ParagraphStyle("lg", parent=small, fontSize=8.4, leading=10.6)) - 5 * mm
    (x1, w1), (x2, w2) = cols2()
    yl = rbox(c, x1, y, w1, [
        "Lien « Mentions légales » en bas de chaque page du site :",
        "• Lakou Kréyatè SAS, capital 12 000€, siège au Lamentin (972), RCS Fort-de-France",
        "• Directrice de la publication : Maëva Sainte-Rose",
        "• Hébergeur : Sharetribe Oy, Helsinki (Finlande)",
        "• Contact : e-mail et téléphone du bureau"], title="Mentions légales", bloc=5, st=small) - 4 * mm
    yl = photo(c, x1, yl, w1, 24 * mm, "capture du pied de page du site avec le lien « Mentions légales »") - 4 * mm
    c.setFillColor(BLOC[5][0])
    c.roundRect(x1, yl - 30 * mm, w1, 30 * mm, 6 * mm, fill=1, stroke=0)
    c.setFillColor(INK)
    c.setFont("SAB", 24)
    c.drawCentredString(x1 + w1 / 2, yl - 13 * mm, fr("RGPD ✔"))
    p = P("Sharetribe est conforme au RGPD, donc nous aussi.", ParagraphStyle("rg", parent=small, alignment=1))
    ph = p.wrap(w1 - 8 * mm, 50)[1]
    p.drawOn(c, x1 + 4 * mm, yl - 20 * mm - ph)
    yr2 = rbox(c, x2, y, w2, [
        "• <b>Qui vend ?</b> Le créateur. Lakou Kréyatè est l'intermédiaire : les CGV le disent dès l'article 1, "
        "et chaque fiche affiche le nom du vendeur.",
        "• <b>Rétractation</b> : 14 jours pour les pièces prêtes à partir. Pas de rétractation pour le sur-mesure "
        "(bakoua à la taille, calebasse gravée au prénom) : c'est écrit et rappelé au panier.",
        "• <b>Casse pendant le transport</b> : le risque reste côté vendeur jusqu'à la remise au client. On "
        "rembourse ou on refait, puis on se retourne vers le transporteur. Photo du colis à demander sous 48 h.",
        "• <b>Ce qui manque</b> : rien sur les droits de douane hors UE (Sainte-Lucie, Dominique)."],
        title="Nos CGV, analysées", bloc=5, st=small)
    photo(c, x2, yr2 - 5 * mm, w2, min(40 * mm, yr2 - 22 * mm), "capture du panier : case « j'accepte les CGV » et rappel sur-mesure")
    pagenum(c, n, 5)


def p_hub(c, n):
    y = band(c, 5, "Le hub du Lamentin", "⌂", "#DuLakouALaMaison")
    y = rbox(c, M, y, CW, [
        "1. Le créateur dépose sa pièce au hub. 2. Ruddy la photographie sur la table blanche (preuve de l'état au "
        "départ). 3. Étiquette QR : numéro de commande + code créateur + type de produit. 4. Scan : la ligne passe "
        "« reçue » dans notre fichier de suivi. 5. Contrôle selon le type, puis emballage.",
        "Pourquoi : en cas de casse ou de litige, on sait qui, quoi, quand. Le QR suit le colis jusqu'à Orly."],
        title="L'arrivée d'une pièce", bloc=5) - 4 * mm
    rows = [["Type de pièce", "Contrôle au hub"],
            ["Calebasses, poteries", "Test de chute : carton fermé lâché de 80 cm. Si ça casse, on revoit le calage."],
            ["Cosmétiques (savons)", "Étiquette complète : ingrédients, numéro de lot, date, nom du créateur."],
            ["Alimentaire (épices)", "Sachets scellés, date limite, poids vérifié ; rien d'ouvert ne part."],
            ["Vannerie", "Mesures conformes à la fiche, pas de trace d'humidité ; grands paniers → bateau."],
            ["Textile (madras)", "Coutures, dimensions, pliage dans du papier de soie."]]
    y = grid(c, M, y, [CW * 0.28, CW * 0.72 - 1.2 * mm], rows, 5,
             st=ParagraphStyle("hb", parent=small, fontSize=8.8, leading=11.4)) - 4 * mm
    y = rbox(c, M, y, CW, [
        "Commande sur Sharetribe → message WhatsApp au créateur → dépôt au hub → photo + QR → contrôle → "
        "emballage → groupage du mardi → Orly → Colissimo.",
        "Après : à optimiser."], title="Les étapes d'une commande", bloc=5) - 4 * mm
    wl = CW * 0.52
    rbox(c, M, y, wl, [
        "Le 1er lundi du mois, au hub et en visio pour les créateurs du Nord :",
        "• faire le point sur les ventes du mois,",
        "• annoncer le prochain temps fort et les pièces à prévoir,",
        "• caler les séances photo avec Océane,",
        "• rappeler les règles d'emballage."], title="La réunion du lakou", bloc=5, st=small)
    bubble(c, M + wl + 5 * mm, y, CW - wl - 5 * mm,
           "Une calebasse qui tombe de 80 cm sans casser, là je suis tranquille pour l'avion.",
           "Johan, graveur de calebasses, Sainte-Marie", 5)
    pagenum(c, n, 5)


def p_transport(c, n):
    y = band(c, 5, "Transport et satisfaction livraison", "✈")
    c.setFillColor(INK)
    c.setFont("SAB", 11.5)
    c.drawString(M, y - 4 * mm, fr("Nos 3 solutions, classées (coût du fret + CO2)"))
    rows = [["Rang", "Solution", "Coût / kg", "CO2 / kg transporté", "Délai", "Pour quoi"],
            ["1", "Bateau (groupage maritime)", "1,60€", "≈ 0,1 kg", "18–21 jours", "vannerie encombrante, réassort du pop-up"],
            ["2", "Groupage aérien Caraïbe Fret Express + Colissimo", "4,80€ + 6,90€ / colis", "≈ 4,2 kg", "6–8 jours", "la majorité des commandes Hexagone"],
            ["3", "Colissimo Outre-mer direct", "14,50€", "≈ 4,4 kg", "5–7 jours", "Guadeloupe, Guyane, petits colis isolés"]]
    wd = [14 * mm, 44 * mm, 30 * mm, 28 * mm, 22 * mm, CW - 138 * mm - 5 * 1.2 * mm]
    y = grid(c, M, y - 8 * mm, wd, rows, 5, st=ParagraphStyle("tr", parent=small, fontSize=8.8, leading=11.4)) - 2 * mm
    c.setFillColor(MUTED)
    c.setFont("SAI", 7.6)
    c.drawString(M, y - 2 * mm, fr("Coûts : grilles 2026 des transporteurs · CO2 : calculateur ADEME, Fort-de-France → Paris"))
    y -= 7 * mm
    y = rbox(c, M, y, CW, [
        "Deux critères à poids égal : le coût du fret pour un colis type de 1,5 kg et le CO2 par kilo transporté. "
        "Le bateau gagne sur les deux, mais 3 semaines, c'est trop long pour un cadeau : on le garde pour la "
        "vannerie encombrante et le réassort du pop-up de Paris.",
        "Les cartons et le papier de soie viennent de l'Hexagone : on paie l'octroi de mer dessus à l'arrivée. "
        "Depuis mars, on réutilise les cartons du groupage retour quand ils sont propres."],
        title="Comment on a classé", bloc=5, st=small) - 5 * mm
    (x1, w1), (x2, w2) = cols2()
    yl = rbox(c, x1, y, w1, [
        "Questionnaire envoyé 10 jours après chaque livraison, de janvier à avril 2026 : 212 réponses sur 640 "
        "envois (33 %).",
        "Note globale de la livraison : <b>4,3 / 5</b>."], title="Notre enquête livraison", bloc=5, st=small) - 3 * mm
    rows = [["Question", "Note / 5"], ["État du colis à l'arrivée", "4,5"], ["Emballage (papier madras, carte)", "4,7"],
            ["Respect du délai annoncé", "3,9"], ["Suivi du colis", "3,6"], ["Prix du fret", "3,4"]]
    grid(c, x1, yl, [w1 * 0.72, w1 * 0.28 - 1.2 * mm], rows, 5,
         st=ParagraphStyle("sq", parent=small, fontSize=8.8, leading=11.2), pad=1.8 * mm)
    rbox(c, x2, y, w2, [
        "• Le déballage est le point fort : « on dirait un cadeau de ma grand-mère » (cliente de Lyon).",
        "• Le suivi est le point faible : entre le hub et Orly, le client ne voit rien. C'est pour ça qu'on lance le "
        "module de suivi colis.",
        "• 11 réponses parlent d'une casse : 9 sur des calebasses, avant le test de chute.",
        "• Le prix du fret reste la note la plus basse : le groupage aérien le garde sous 10€ pour un colis "
        "de moins d'1 kg."], title="Ce qu'on en tire", bloc=5, st=small)
    pagenum(c, n, 5)


def p_merci(c, n):
    dark = BLOC[2][0]
    for k, b in enumerate([1, 2, 3, 4, 5]):
        c.setFillColor(BLOC[b][0])
        c.rect(0, H - (k + 1) * H / 5, W, H / 5, fill=1, stroke=0)
    c.setFillColor(WHITE)
    c.roundRect(M + 10 * mm, H / 2 - 40 * mm, CW - 20 * mm, 80 * mm, 10 * mm, fill=1, stroke=0)
    c.setFillColor(INK)
    c.setFont("SABI", 40)
    c.drawCentredString(W / 2, H / 2 + 8 * mm, fr("Mèsi anpil !"))
    p = P("À Maëva, Ruddy, Océane, et aux 84 créateurs du <i>lakou</i>. <i>An nou ay !</i>",
          ParagraphStyle("m", parent=body, fontSize=11, leading=15, alignment=1))
    ph = p.wrap(CW - 40 * mm, 100)[1]
    p.drawOn(c, M + 20 * mm, H / 2 - 8 * mm - ph)
    c.setFont("SA", 9.5)
    c.drawCentredString(W / 2, H / 2 - 30 * mm, "Jordan Célestine · #LakouKreyate")
    pagenum(c, n, 0, onfill=False)


PAGES = [
    p_cover, p_sommaire,
    lambda c, n: keyfig(c, n, 1, "84 créateurs", "vanniers, couturières, graveurs, savonniers… de Grand-Rivière à Sainte-Anne"),
    p_tribus, p_chemin, p_concurrents,
    lambda c, n: keyfig(c, n, 1, "61 % vers l'Hexagone", "de nos commandes 2025 partent vers l'Hexagone"),
    p_carre, p_caps, p_temps,
    lambda c, n: keyfig(c, n, 2, "1,18 M€", "de ventes pour nos créateurs en 2025"),
    p_campagne, p_ambassadeurs,
    lambda c, n: keyfig(c, n, 2, "4 200 → 9 800", "abonnés Instagram"),
    p_whatsapp, p_vitrine, p_tunnel,
    p_seo, p_motscles, p_grille, p_meta, p_suivi,
    p_article, p_fiche, p_photos,
    p_feuille, p_legal,
    lambda c, n: keyfig(c, n, 5, "72 h de l'atelier à Orly", "du dépôt au hub le lundi à l'arrivée du vol cargo le jeudi"),
    p_hub, p_transport,
    lambda c, n: keyfig(c, n, 5, "4,3 / 5", "c'est la note que nos clients donnent à la livraison"),
    p_merci,
]


def main():
    os.makedirs(OUT, exist_ok=True)
    c = canvas.Canvas(os.path.join(OUT, FILE), pagesize=A4, invariant=1)
    c.setTitle("Lakou Kréyatè — dossier Jordan Célestine")
    c.setAuthor(AUTHOR)
    c.setCreator("Canva")
    c.setSubject("Dossier professionnel Chef de projet e-commerce — session 2026")
    for i, fn in enumerate(PAGES, 1):
        fn(c, i)
        c.showPage()
    c.save()
    print("pages:", len(PAGES))


if __name__ == "__main__":
    main()
