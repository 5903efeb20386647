# Générateur du dossier de la candidate c108 (Chardon Print, imprimerie en ligne d'Imprimerie Gérardin SAS, Maxéville)
# — blocs 3 et 4. Un seul PDF « exporté de PowerPoint » : 28 diapositives 16:9 (338 × 190 mm), modèle d'entreprise
# (bandeau marine en haut avec titre blanc, filet violet chardon, « Chardon Print » en bas à gauche, numéro dans une
# pastille en bas à droite), sommaire en 4 parties et une diapositive intercalaire violette par partie.
# Puces « ▸ », encadrés de 5 lignes au plus, tableaux de 8 lignes au plus à en-tête marine, ligne « Source : … »
# en 8 pt sous chaque tableau, graphiques rendus en petits tableaux légendés « Graphique : … ».
# Reportlab (canvas), déterministe : invariant=1, aucune date courante.
import os

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily

FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("SA", "DejaVuSans.ttf"), ("SAB", "DejaVuSans-Bold.ttf"), ("SAI", "DejaVuSans-Oblique.ttf"),
               ("SABI", "DejaVuSans-BoldOblique.ttf"), ("CO", "DejaVuSansCondensed.ttf"),
               ("COB", "DejaVuSansCondensed-Bold.ttf"), ("COI", "DejaVuSansCondensed-Oblique.ttf"),
               ("COBI", "DejaVuSansCondensed-BoldOblique.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))
registerFontFamily("SA", normal="SA", bold="SAB", italic="SAI", boldItalic="SABI")
registerFontFamily("CO", normal="CO", bold="COB", italic="COI", boldItalic="COBI")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c108-imprimerie-en-ligne-nancy")
FILE = "chardon-print-revue-S1-2026.pdf"
AUTHOR = "Camille Pierson"
W, H = 338 * mm, 190 * mm
NAVY = colors.HexColor("#1B2A4A")
PURPLE = colors.HexColor("#7B4B94")
LILAC = colors.HexColor("#EFE7F3")
PALE = colors.HexColor("#EEF1F6")
GREY = colors.HexColor("#D9D9D9")
INK = colors.HexColor("#1F1F1F")
MUTED = colors.HexColor("#5E6470")
GREEN = colors.HexColor("#2E7D4F")
RED = colors.HexColor("#B23A3A")
X0 = 14 * mm
XR = W - 14 * mm
CW = XR - X0
TOP = H - 33 * mm        # haut de la zone de contenu (sous le bandeau et le filet)


def fr(t):
    """Espaces insécables comme dans PowerPoint (guillemets, signes doubles, unités)."""
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €", " Ko", " Mo", " px", " pts", " k€", " M€"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


# ------------------------------------------------------------------------------------------------ styles
body = ParagraphStyle("b", fontName="SA", fontSize=11.5, leading=14.5, textColor=INK)
bodys = ParagraphStyle("bs", parent=body, fontSize=10.5, leading=13.2)
cell = ParagraphStyle("c", fontName="CO", fontSize=9.6, leading=11.6, textColor=INK)
cellb = ParagraphStyle("cb", parent=cell, fontName="COB")
cellh = ParagraphStyle("ch", parent=cell, fontName="COB", textColor=colors.white)
tiny = ParagraphStyle("t", fontName="CO", fontSize=8.4, leading=10, textColor=INK)
tinyb = ParagraphStyle("tb", parent=tiny, fontName="COB")
tinyh = ParagraphStyle("th", parent=tiny, fontName="COB", textColor=colors.white)
boxhead = ParagraphStyle("bh", fontName="SAB", fontSize=11.5, leading=14, textColor=PURPLE)


# ------------------------------------------------------------------------------------------------ habillage
def frame(c, n, part, title):
    c.setFillColor(NAVY)
    c.rect(0, H - 24 * mm, W, 24 * mm, fill=1, stroke=0)
    c.setFillColor(PURPLE)
    c.rect(0, H - 25.6 * mm, W, 1.6 * mm, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#B9A3C8"))
    c.setFont("SAB", 9.5)
    c.drawString(X0, H - 8.5 * mm, part.upper())
    size = 22
    title = fr(title)
    while c.stringWidth(title, "SAB", size) > CW and size > 15:
        size -= 0.5
    c.setFillColor(colors.white)
    c.setFont("SAB", size)
    c.drawString(X0, H - 18.5 * mm, title)
    footer(c, n)


def footer(c, n, dark=False):
    c.setFillColor(colors.white if dark else NAVY)
    c.setFont("SAB", 9)
    c.drawString(X0, 7 * mm, "Chardon Print")
    c.setFillColor(colors.white if dark else PURPLE)
    c.circle(XR - 4 * mm, 8.2 * mm, 4.2 * mm, fill=1, stroke=0)
    c.setFillColor(PURPLE if dark else colors.white)
    c.setFont("SAB", 9)
    c.drawCentredString(XR - 4 * mm, 7 * mm, str(n))


def para(c, text, x, ytop, w, style=body):
    p = Paragraph(fr(text), style)
    _, ph = p.wrap(w, 1000)
    p.drawOn(c, x, ytop - ph)
    return ytop - ph


def box(c, x, ytop, w, items, head=None, style=bodys, fill=PALE, pad=4 * mm, minh=0, bullet=True):
    """Encadré : titre violet facultatif + puces « ▸ ». Jamais plus de 5 lignes de texte."""
    paras = [Paragraph(fr(("▸ " if bullet else "") + it), style) for it in items]
    hs = [p.wrap(w - 2 * pad, 1000)[1] for p in paras]
    nlines = sum(round(h / style.leading) for h in hs)
    assert nlines <= 5, (nlines, items[0])
    hh = 0
    hp = None
    if head:
        hp = Paragraph(fr(head), boxhead)
        hh = hp.wrap(w - 2 * pad, 100)[1] + 1.5 * mm
    total = max(minh, pad * 2 + hh + sum(hs) + 1.2 * mm * (len(paras) - 1))
    c.setFillColor(fill)
    c.roundRect(x, ytop - total, w, total, 2.2 * mm, fill=1, stroke=0)
    c.setFillColor(PURPLE)
    c.rect(x, ytop - total, 1.2 * mm, total, fill=1, stroke=0)
    y = ytop - pad
    if hp:
        hp.drawOn(c, x + pad, y - hh + 1.5 * mm)
        y -= hh
    for p, h in zip(paras, hs):
        p.drawOn(c, x + pad, y - h)
        y -= h + 1.2 * mm
    return ytop - total


def table(c, rows, x, ytop, widths, source=None, small=False, pad=2.6, boldfirst=True, align=None):
    assert len(rows) <= 8, rows[0]
    st, stb, sth = (tiny, tinyb, tinyh) if small else (cell, cellb, cellh)
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            s = sth if i == 0 else (stb if boldfirst and j == 0 else st)
            if align and j in align:
                s = ParagraphStyle("r%d" % j, parent=s, alignment=2)
            line.append(Paragraph(fr(v), s))
        data.append(line)
    t = Table(data, colWidths=widths)
    style = [("BACKGROUND", (0, 0), (-1, 0), NAVY),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), pad),
             ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
             ("LEFTPADDING", (0, 0), (-1, -1), 4),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4),
             ("LINEBELOW", (0, 1), (-1, -1), 0.4, GREY)]
    for i in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F6F7FA")))
    t.setStyle(TableStyle(style))
    _, th = t.wrap(sum(widths), 1000)
    t.drawOn(c, x, ytop - th)
    y = ytop - th
    if source:
        c.setFillColor(MUTED)
        c.setFont("COI", 8)
        c.drawString(x, y - 3.6 * mm, fr(source))
        y -= 4.5 * mm
    return y


def bigfig(c, x, ytop, w, num, label, h=24 * mm, fill=LILAC, col=PURPLE, size=30):
    c.setFillColor(fill)
    c.roundRect(x, ytop - h, w, h, 2.5 * mm, fill=1, stroke=0)
    c.setFillColor(col)
    num = fr(num)
    while c.stringWidth(num, "SAB", size) > w - 6 * mm and size > 14:
        size -= 1
    c.setFont("SAB", size)
    c.drawCentredString(x + w / 2, ytop - h * 0.52, num)
    c.setFillColor(MUTED)
    c.setFont("SA", 9.5)
    c.drawCentredString(x + w / 2, ytop - h + 4 * mm, fr(label))
    return ytop - h


def caption(c, text, x, y):
    c.setFillColor(MUTED)
    c.setFont("SAI", 9)
    c.drawString(x, y, fr(text))


def nf(v, d=0):
    s = ("{:,.%df}" % d).format(v).replace(",", "\u202f").replace(".", ",")
    return s


# ------------------------------------------------------------------------------------------------ diapositives
def s_titre(c, n):
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(PURPLE)
    c.rect(0, 62 * mm, W, 2 * mm, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#B9A3C8"))
    c.setFont("SAB", 13)
    c.drawString(24 * mm, 150 * mm, "CHARDON PRINT · IMPRIMERIE GÉRARDIN SAS · MAXÉVILLE")
    c.setFillColor(colors.white)
    c.setFont("SAB", 34)
    c.drawString(24 * mm, 124 * mm, "Revue acquisition & contenus")
    c.setFont("SAB", 34)
    c.drawString(24 * mm, 108 * mm, fr("— S1 2026"))
    c.setFont("SA", 15)
    c.drawString(24 * mm, 88 * mm, fr("Comité de direction · jeudi 18 juin 2026"))
    c.setFont("SA", 12.5)
    c.setFillColor(colors.HexColor("#C9D2E3"))
    c.drawString(24 * mm, 46 * mm, fr("Camille Pierson · chargée acquisition et contenus (alternance, depuis septembre 2024)"))
    c.drawString(24 * mm, 38 * mm, fr("Tutrice : Aurélie Gérardin, directrice"))
    c.setFont("SAI", 10)
    c.drawString(24 * mm, 24 * mm, fr("Support versé tel quel à mon dossier de certification « Chef de projet e-commerce » (Mastère, session 2026)"))
    # monogramme chardon
    c.setFillColor(PURPLE)
    c.circle(292 * mm, 118 * mm, 26 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("SAB", 40)
    c.drawCentredString(292 * mm, 112 * mm, "CP")
    footer(c, n, dark=True)


def s_sommaire(c, n):
    frame(c, n, "Revue S1 2026", "Sommaire")
    parts = [("A", "Visibilité", "plan d'actions, expressions-clés, univers sémantique, positions et liens"),
             ("B", "Campagnes", "SEA Google, ciblage Meta, pages de destination, annonces et posts"),
             ("C", "Pilotage", "reporting mensuel, réseaux sociaux, outils, indicateurs, retour et objectifs"),
             ("D", "Contenus & parcours de commande", "fiches produit, contenus visuels, parcours, points de friction")]
    y = TOP - 4 * mm
    for k, (l, t, s) in enumerate(parts):
        yy = y - k * 30 * mm
        c.setFillColor(PURPLE)
        c.roundRect(X0, yy - 20 * mm, 20 * mm, 20 * mm, 2.5 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("SAB", 24)
        c.drawCentredString(X0 + 10 * mm, yy - 13.5 * mm, l)
        c.setFillColor(NAVY)
        c.setFont("SAB", 17)
        c.drawString(X0 + 26 * mm, yy - 8 * mm, fr(t))
        c.setFillColor(MUTED)
        c.setFont("SA", 11)
        c.drawString(X0 + 26 * mm, yy - 15.5 * mm, fr(s))
    c.setFillColor(NAVY)
    c.setFont("SAB", 12)
    c.drawString(214 * mm, TOP - 4 * mm, "Le semestre en 4 chiffres")
    figs = [("+4 pts", "devis → commande"), ("8,1", "ROAS SEA en mai"), ("6 / 10", "expressions suivies en 1re page"),
            ("3 / 5", "objectifs S1 atteints")]
    for k, (num, lab) in enumerate(figs):
        x = 214 * mm + (k % 2) * 56 * mm
        yt = TOP - 10 * mm - (k // 2) * 32 * mm
        bigfig(c, x, yt, 52 * mm, num, lab, h=28 * mm)


def s_divider(c, n, letter, words, sub):
    c.setFillColor(PURPLE)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(NAVY)
    c.rect(0, H - 10 * mm, W, 10 * mm, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#A37DB8"))
    c.setFont("SAB", 150)
    c.drawString(24 * mm, 52 * mm, letter)
    c.setFillColor(colors.white)
    c.setFont("SAB", 38)
    c.drawString(90 * mm, 96 * mm, fr(words))
    c.setFont("SA", 14)
    c.setFillColor(colors.HexColor("#E6DAEE"))
    c.drawString(90 * mm, 82 * mm, fr(sub))
    footer(c, n, dark=True)


# ---------------------------------------------------------------- A. Visibilité
def s_plan(c, n):
    frame(c, n, "A · Visibilité", "A.1  Plan d'actions SEO : 9 chantiers classés P1 → P3")
    cols = [("P1 · janvier – février", [
                ("Réécrire les 12 fiches les plus vendues", "moyen", "fort", "fait"),
                ("Monter l'univers « supports associations »", "moyen", "fort", "fait"),
                ("Corriger les title / meta des 40 catégories", "faible", "fort", "fait")]),
            ("P2 · mars – avril", [
                ("Passer les visuels en WebP + lazy loading", "faible", "moyen", "fait"),
                ("Décrocher 5 liens de partenaires locaux", "moyen", "moyen", "fait"),
                ("Compléter Google Business Profile (photos, avis)", "faible", "moyen", "en cours")]),
            ("P3 · mai – juin", [
                ("Rédiger une FAQ prépresse (fond perdu, CMJN)", "moyen", "faible", "en cours"),
                ("Baliser Product + avis pour les étoiles Google", "moyen", "faible", "à lancer"),
                ("Ouvrir des pages Metz et Épinal", "fort", "incertain", "à lancer")])]
    cw = 64 * mm
    for k, (head, acts) in enumerate(cols):
        x = X0 + k * (cw + 4 * mm)
        c.setFillColor(PURPLE if k == 0 else (colors.HexColor("#9A78AE") if k == 1 else colors.HexColor("#B9A3C8")))
        c.roundRect(x, TOP - 9 * mm, cw, 9 * mm, 2 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("SAB", 11)
        c.drawString(x + 3 * mm, TOP - 6.2 * mm, fr(head))
        y = TOP - 12 * mm
        for a, eff, imp, st in acts:
            y = box(c, x, y, cw, [a, "Effort : %s · impact : %s" % (eff, imp), "Statut : %s" % st], style=cell,
                    bullet=False, pad=3 * mm, minh=30 * mm) - 3 * mm
    # outils de suivi
    xt = X0 + 3 * (cw + 4 * mm) + 2 * mm
    c.setFillColor(NAVY)
    c.setFont("SAB", 12)
    c.drawString(xt, TOP - 6 * mm, "Outils de suivi du trafic")
    rows = [["Outil", "Ce qu'on y lit"],
            ["GA4", "sessions, sources, événements devis et achat"],
            ["Search Console", "positions, clics, requêtes par page"],
            ["Semrush", "positions des concurrents, volumes"],
            ["Hotjar", "clics et défilement du configurateur"],
            ["Looker Studio", "reporting mensuel sur un écran"],
            ["Google Ads · Meta", "coûts, clics, commandes attribuées"]]
    table(c, rows, xt, TOP - 10 * mm, [30 * mm, XR - xt - 30 * mm], source="Source : outils en place au 01/06/2026",
          small=False, pad=3.2)


def s_methode(c, n):
    frame(c, n, "A · Visibilité", "A.2  Choisir les expressions-clés : méthode et contexte")
    c.setFillColor(NAVY)
    c.setFont("SAB", 13)
    c.drawString(X0, TOP - 6 * mm, "Méthode en 4 étapes")
    steps = [("1", "Collecter", "Search Console, Planificateur Google Ads, questions reçues au SAV par Nadia", "212"),
             ("2", "Filtrer", "garder volume ≥ 50 recherches / mois ET difficulté Semrush < 40", "74"),
             ("3", "Intention d'achat", "garder « prix », « pas cher », « impression », « commander » ; sortir « modèle gratuit », « définition »", "45"),
             ("4", "Produit existant", "vérifier que le produit est paramétré dans W2P Studio (format, papier, délai)", "36")]
    y = TOP - 10 * mm
    for num, t, d, res in steps:
        c.setFillColor(PURPLE)
        c.circle(X0 + 5 * mm, y - 9 * mm, 5 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("SAB", 13)
        c.drawCentredString(X0 + 5 * mm, y - 10.5 * mm, num)
        para(c, "<b>%s</b> · %s" % (t, d), X0 + 14 * mm, y - 2 * mm, 118 * mm, bodys)
        c.setFillColor(LILAC)
        c.roundRect(X0 + 136 * mm, y - 15 * mm, 26 * mm, 13 * mm, 2 * mm, fill=1, stroke=0)
        c.setFillColor(PURPLE)
        c.setFont("SAB", 15)
        c.drawCentredString(X0 + 149 * mm, y - 9.5 * mm, res)
        c.setFont("SA", 7.5)
        c.setFillColor(MUTED)
        c.drawCentredString(X0 + 149 * mm, y - 13.3 * mm, "expressions")
        y -= 22 * mm
    caption(c, "Graphique : 212 → 74 → 45 → 36 expressions gardées à chaque filtre", X0, y + 2 * mm)
    xr = X0 + 172 * mm
    wr = XR - xr
    c.setFillColor(NAVY)
    c.setFont("SAB", 13)
    c.drawString(xr, TOP - 6 * mm, "Pourquoi ces expressions")
    y = TOP - 10 * mm
    y = box(c, xr, y, wr, ["57 % des colis partent en Lorraine + retrait gratuit à l'atelier de Maxéville",
                            "On ajoute « nancy », « lorraine », « metz » aux expressions produit"],
            head="Le local Grand Est d'abord") - 3 * mm
    y = box(c, xr, y, wr, ["Pics en septembre (forums des associations) et de mars à mai (fêtes, lotos, brocantes)",
                            "On garde toute la famille « association », Pack Asso en tête"],
            head="La saison associative") - 3 * mm
    box(c, xr, y, wr, ["Imprimeo Express tient « flyer » en top 3 (difficulté 72) : inutile de s'y battre",
                        "On vise « flyer association », « flyer a5 recto verso », « impression flyer nancy »"],
        head="Contourner Imprimeo sur « flyer »")


EXPR = {
    "Cartes de visite": [("carte de visite nancy", 170, "achat", "/cartes"),
                         ("carte de visite 350g", 210, "achat", "/cartes"),
                         ("carte de visite pelliculage mat", 90, "achat", "/cartes/mat"),
                         ("carte de visite livraison rapide", 110, "achat", "/cartes/express"),
                         ("carte d'adhérent association", 70, "achat", "/asso/adherents"),
                         ("carte de visite pas cher qualité", 140, "comparaison", "/cartes")],
    "Flyers": [("impression flyer nancy", 90, "achat", "/flyers"),
               ("flyer a5 recto verso", 320, "achat", "/flyers/a5"),
               ("flyer association", 260, "achat", "/asso/flyers"),
               ("flyer vide grenier", 140, "achat", "/asso/flyers"),
               ("flyer 135g quadri", 70, "achat", "/flyers/a5"),
               ("impression flyer pas cher lorraine", 50, "comparaison", "/flyers")],
    "Affiches": [("affiche a3 impression", 390, "achat", "/affiches/a3"),
                 ("affiche association", 170, "achat", "/asso/affiches"),
                 ("affiche loto association", 210, "achat", "/asso/affiches"),
                 ("affiche a2 pas cher", 110, "comparaison", "/affiches/a2"),
                 ("impression affiche nancy", 70, "achat", "/affiches"),
                 ("affiche spectacle impression", 90, "achat", "/affiches/a3")],
    "Roll-up & PLV": [("roll up association pas cher", 140, "achat", "/asso/roll-up"),
                      ("roll up 85x200", 480, "achat", "/roll-up"),
                      ("impression roll up nancy", 50, "achat", "/roll-up"),
                      ("kakemono association", 110, "achat", "/asso/roll-up"),
                      ("roll up salon professionnel", 90, "comparaison", "/roll-up"),
                      ("beach flag association", 70, "achat", "/plv/beach-flag")],
    "Associations": [("pack communication association", 90, "achat", "/asso/pack-asso"),
                     ("kit communication association", 70, "achat", "/asso/pack-asso"),
                     ("impression pour association", 210, "achat", "/asso"),
                     ("imprimerie association", 110, "comparaison", "/asso"),
                     ("quand imprimer forum des associations", 50, "info → achat", "/asso/calendrier"),
                     ("flyer et affiche association", 60, "achat", "/asso/pack-asso")],
    "Local & marque": [("imprimerie en ligne nancy", 140, "achat", "/ (accueil)"),
                       ("imprimeur nancy", 590, "comparaison", "/imprimeur-nancy"),
                       ("imprimerie maxéville", 70, "visite", "/imprimeur-nancy"),
                       ("imprimerie metz en ligne", 90, "comparaison", "/ (accueil)"),
                       ("imprimeur épinal", 110, "comparaison", "/ (accueil)"),
                       ("chardon print", 320, "marque", "/ (accueil)")],
}


def s_tableau(c, n):
    frame(c, n, "A · Visibilité", "A.3  Tableau d'expressions : 36 expressions en 6 familles")
    tw = (CW - 2 * 5 * mm) / 3
    widths = [tw * 0.41, tw * 0.08, tw * 0.21, tw * 0.30]
    for k, (fam, rows) in enumerate(EXPR.items()):
        x = X0 + (k % 3) * (tw + 5 * mm)
        y = TOP - 2 * mm - (k // 3) * 68 * mm
        c.setFillColor(PURPLE)
        c.setFont("SAB", 10.5)
        c.drawString(x, y - 3.5 * mm, "%s (%d)" % (fr(fam), len(rows)))
        data = [["Expression", "Vol", "Intention", "Page cible"]]
        for e, v, i, p in rows:
            data.append([e, nf(v), i, p])
        table(c, data, x, y - 5.5 * mm, widths, small=True, pad=2.2, boldfirst=False, align=[1])
    caption(c, "Source : Semrush (essai) + Planificateur Google Ads, volumes mensuels France, janvier 2026 — "
               "difficulté < 40 pour les 36", X0, 15.5 * mm)


def s_univers(c, n):
    frame(c, n, "A · Visibilité", "A.4  Univers sémantique « supports associations »")
    # page mère
    mx, mw = X0 + 96 * mm, 118 * mm
    my = TOP - 3 * mm
    c.setFillColor(NAVY)
    c.roundRect(mx, my - 15 * mm, mw, 15 * mm, 2.5 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("SAB", 12)
    c.drawCentredString(mx + mw / 2, my - 6.5 * mm, fr("Page mère · « Imprimer pour votre association »"))
    c.setFont("SA", 9)
    c.drawCentredString(mx + mw / 2, my - 11.5 * mm, fr("/asso · expression : « impression pour association »"))
    filles = [("Flyers asso", "/asso/flyers", "des flyers pour la fête de quartier"),
              ("Affiches", "/asso/affiches", "des affiches A3 pour votre loto"),
              ("Roll-up", "/asso/roll-up", "un roll-up léger pour le forum des assos"),
              ("Cartes d'adhérent", "/asso/adherents", "des cartes d'adhérent sur 350 g"),
              ("Pack Asso", "/asso/pack-asso", "le Pack Asso à 149 € HT"),
              ("Calendrier", "/asso/calendrier", "quand commander avant la rentrée")]
    fw = (CW - 5 * 4 * mm) / 6
    fy = my - 36 * mm
    for k, (t, url, anchor) in enumerate(filles):
        x = X0 + k * (fw + 4 * mm)
        c.setStrokeColor(PURPLE)
        c.setLineWidth(1)
        c.line(mx + mw / 2, my - 15 * mm, x + fw / 2, fy)
        c.setFillColor(LILAC)
        c.roundRect(x, fy - 24 * mm, fw, 24 * mm, 2 * mm, fill=1, stroke=0)
        c.setFillColor(PURPLE)
        c.setFont("SAB", 10.5)
        c.drawString(x + 2.5 * mm, fy - 5 * mm, fr(t))
        c.setFillColor(MUTED)
        c.setFont("CO", 7.8)
        c.drawString(x + 2.5 * mm, fy - 9 * mm, url)
        para(c, "ancre : <i>« %s »</i>" % anchor, x + 2.5 * mm, fy - 11 * mm, fw - 5 * mm, tiny)
    # liens entre sœurs
    y = fy - 29 * mm
    rows = [["De", "Vers", "Ancre dans le texte", "Où dans la page"],
            ["Flyers asso", "Affiches", "« et l'affiche A3 assortie »", "après le tableau de prix"],
            ["Affiches", "Roll-up", "« le même visuel en roll-up »", "paragraphe « votre stand »"],
            ["Roll-up", "Pack Asso", "« le roll-up est inclus dans le Pack Asso »", "sous le bouton de devis"],
            ["Cartes d'adhérent", "Flyers asso", "« vos flyers de rentrée »", "fin de page"],
            ["Calendrier", "Pack Asso", "« commander le Pack Asso avant le 20 août »", "étape septembre"]]
    yb = table(c, rows, X0, y, [34 * mm, 30 * mm, 76 * mm, 50 * mm], small=True, pad=2.2,
               source="Source : maillage en ligne depuis le 2 mars 2026")
    xa = X0 + 196 * mm
    wa = (XR - xa - 4 * mm) / 2
    box(c, xa, y, wa, ["8 pages isolées, écrites en 2021", "0 lien entre elles", "Pack Asso à 4 clics de l'accueil"],
        head="Avant", minh=35 * mm)
    box(c, xa + wa + 4 * mm, y, wa, ["1 mère + 6 filles", "21 liens dans le texte, ancres écrites à la main",
                                     "Pack Asso à 2 clics"], head="Après", minh=35 * mm)


def s_positions(c, n):
    frame(c, n, "A · Visibilité", "A.5  Positions Google janvier → mai et liens entrants")
    pos = [("impression flyer nancy", 9, 2), ("roll up association pas cher", 27, 8), ("carte de visite nancy", 12, 4),
           ("imprimerie en ligne nancy", 6, 3), ("impression roll up nancy", 15, 3), ("imprimeur nancy", 8, 5),
           ("flyer association", 31, 14), ("affiche a3 impression", 44, 19), ("pack communication association", 38, 11),
           ("imprimerie metz en ligne", 52, 23)]
    wl = [58 * mm, 15 * mm, 15 * mm]
    for half in range(2):
        rows = [["Expression", "Janv.", "Mai"]]
        for e, a, b in pos[half * 5:(half + 1) * 5]:
            rows.append([e, str(a), "<b>%d</b>" % b])
        table(c, rows, X0 + half * 94 * mm, TOP - 3 * mm, wl, pad=2.8, boldfirst=False, align=[1, 2])
    caption(c, "Graphique : position moyenne du mois, Search Console, 01/01 → 31/05/2026", X0, TOP - 47 * mm)
    bigfig(c, X0, TOP - 53 * mm, 56 * mm, "9 → 2", "« impression flyer nancy »", h=26 * mm)
    bigfig(c, X0 + 60 * mm, TOP - 53 * mm, 56 * mm, "27 → 8", "« roll up association pas cher »", h=26 * mm)
    bigfig(c, X0 + 120 * mm, TOP - 53 * mm, 62 * mm, "3 → 6", "expressions en 1re page (sur 10)", h=26 * mm)
    box(c, X0, TOP - 84 * mm, 182 * mm, ["48 domaines référents aujourd'hui (Search Console, rapport « Liens », 31/05)",
                                         "Janvier : données perdues à la fin de l'essai Semrush"],
        head="Domaines référents")
    # partenaires
    xp = X0 + 192 * mm
    c.setFillColor(NAVY)
    c.setFont("SAB", 12)
    c.drawString(xp, TOP - 6 * mm, "5 partenaires qui envoient du trafic")
    rows = [["Partenaire", "Lien vers", "Sessions / mois"],
            ["Portail « Assos 54 »", "/asso", "260"],
            ["Nancy Cœur de Ville (union commerçante)", "/imprimeur-nancy", "140"],
            ["Blog « Le Mag des Assos Grand Est »", "/asso/pack-asso", "95"],
            ["Fêtes & Comités 54 (fédération)", "/asso/affiches", "70"],
            ["Salon Made in Lorraine (exposants)", "/roll-up", "45"]]
    y = table(c, rows, xp, TOP - 10 * mm, [58 * mm, 34 * mm, XR - xp - 92 * mm], small=True, pad=3, align=[2],
              source="Source : GA4, sessions « referral », moyenne mars → mai 2026")
    bigfig(c, xp, y - 5 * mm, XR - xp, "610 sessions / mois", "venues des 5 partenaires · 27 % de devis → commande",
           h=26 * mm, size=22)


# ---------------------------------------------------------------- B. Campagnes
def s_campagnes(c, n):
    frame(c, n, "B · Campagnes", "B.1  3 campagnes SEA et 4 pages de destination")
    rows = [["Campagne", "Budget", "Dates", "Ce qu'elle doit faire"],
            ["Search « Marque »", "10 € / jour", "1er janv. → 30 juin", "garder la 1re place sur « chardon print » : Imprimeo Express achète notre nom"],
            ["Search « Produits » (4 groupes)", "75 € / jour", "5 janv. → 30 juin", "flyers, cartes de visite, roll-up, associations · enchères tCPA 14 €"],
            ["Performance Max « Pack Asso »", "30 € / jour", "15 janv. → 15 juin", "flux Merchant Center + visuels atelier · priorité saison des fêtes"]]
    y = table(c, rows, X0, TOP - 2 * mm, [64 * mm, 30 * mm, 42 * mm, CW - 136 * mm], pad=3.4,
              source="Source : Google Ads, paramètres au 01/06/2026 · ≈ 3 500 € / mois au total")
    pages = [("/flyers/a5", "Search Produits · flyers", "1 000 flyers A5 quadri recto-verso, 59 € HT",
              "135 g couché · BAT en ligne sous 2 h · expédition J+3"),
             ("/cartes", "Search Produits · cartes", "250 cartes 350 g couché mat, 24,90 € HT",
              "gabarit à télécharger · fond perdu vérifié gratuitement"),
             ("/roll-up", "Search Produits · roll-up", "Roll-up 85 × 200 cm avec housse, 89 € HT",
              "structure alu garantie 2 ans · livré monté en 5 jours"),
             ("/asso/pack-asso", "PMax + Search asso", "Pack Asso 149 € HT : flyers + affiches A3 + roll-up",
              "un seul fichier, trois supports assortis · facture au nom de l'asso")]
    bw = (CW - 3 * 5 * mm) / 4
    yt = y - 6 * mm
    for k, (url, camp, prom, proof) in enumerate(pages):
        x = X0 + k * (bw + 5 * mm)
        c.setFillColor(LILAC)
        c.roundRect(x, yt - 52 * mm, bw, 52 * mm, 2.5 * mm, fill=1, stroke=0)
        c.setFillColor(PURPLE)
        c.setFont("SAB", 11)
        c.drawString(x + 4 * mm, yt - 6 * mm, url)
        c.setFillColor(MUTED)
        c.setFont("SA", 8.5)
        c.drawString(x + 4 * mm, yt - 10.5 * mm, fr(camp))
        yy = para(c, "<b>« %s »</b>" % prom, x + 4 * mm, yt - 14 * mm, bw - 8 * mm,
                  ParagraphStyle("pm", parent=body, fontSize=12.5, leading=15.5))
        para(c, "▸ " + proof, x + 4 * mm, yy - 3 * mm, bw - 8 * mm, cell)
    para(c, "▸ Chaque page reprend la promesse de l'annonce et ouvre le configurateur déjà réglé sur le bon format",
         X0, yt - 60 * mm, CW, body)


def s_ciblage(c, n):
    frame(c, n, "B · Campagnes", "B.2  Ciblage : expressions achetées, exclusions, profils Meta")
    rows = [["Expression achetée", "Correspondance", "Groupe"],
            ["[impression flyer nancy]", "exacte", "Flyers"],
            ["\"flyer a5 recto verso\"", "expression", "Flyers"],
            ["\"carte de visite 350g\"", "expression", "Cartes"],
            ["[roll up association]", "exacte", "Roll-up"],
            ["\"affiche a3 association\"", "expression", "Associations"],
            ["\"pack communication association\"", "expression", "Associations"],
            ["imprimerie en ligne lorraine", "large + tCPA", "Flyers"]]
    table(c, rows, X0, TOP - 2 * mm, [70 * mm, 32 * mm, 30 * mm], pad=3,
          source="Source : Google Ads, groupes d'annonces, mai 2026")
    box(c, X0, TOP - 84 * mm, 132 * mm, ["« gratuit », « imprimante », « cartouche », « modèle word », « canva », "
                                          "« emploi », « stage », « imprimer soi-même »",
                                          "Résultat : 11 % de clics inutiles en moins dès février"],
        head="Mots exclus (toutes campagnes)")
    xm = X0 + 142 * mm
    c.setFillColor(NAVY)
    c.setFont("SAB", 12)
    c.drawString(xm, TOP - 6 * mm, "Profils Meta (Facebook + Instagram)")
    rows = [["Profil", "Centres d'intérêt / signal", "Âge · zone"],
            ["Bénévoles et bureaux d'associations", "vie associative, bénévolat, comité des fêtes, association sportive", "30–65 ans · 54, 57, 88"],
            ["Commerçants et artisans", "petites entreprises, administrateurs de Page, création d'entreprise", "25–55 ans · 60 km autour de Nancy"],
            ["Visiteurs du configurateur", "audience personnalisée : devis sans commande, 30 jours", "tous âges · France"],
            ["Similaires clients", "audience similaire 1 % à partir de 4 200 clients", "25–60 ans · Grand Est"]]
    table(c, rows, xm, TOP - 10 * mm, [52 * mm, XR - xm - 96 * mm, 44 * mm], pad=3.2,
          source="Source : Meta Ads Manager, ensembles de publicités, avril 2026")
    box(c, xm, TOP - 86 * mm, XR - xm, ["Campagne « Saison des fêtes » : 12 € / jour du 1er avril au 31 mai",
                                         "Objectif : devis lancés dans le configurateur, pas de simples clics"],
        head="Budget Meta")


def s_annonces(c, n):
    frame(c, n, "B · Campagnes", "B.3  Annonces Google et posts Meta")
    ads = [("Flyers", "Impression Flyer Nancy | 1 000 Flyers A5 dès 59 € HT | BAT en Ligne sous 2 h",
            "Quadri recto-verso sur 135 g couché. Fichier vérifié gratuitement, expédition J+3 depuis Maxéville."),
           ("Cartes", "Cartes de Visite 350 g | 250 ex. pour 24,90 € HT | Imprimées en Lorraine",
            "Couché mat, pelliculage en option. Gabarit à télécharger, devis instantané en 3 clics."),
           ("Roll-up", "Roll-up 85×200 cm à 89 € HT | Housse Incluse | Livré en 5 Jours",
            "Idéal salons et forums. On contrôle votre fond perdu avant impression, sans frais."),
           ("Associations", "Pack Asso 149 € HT | Flyers + Affiches A3 + Roll-up | Chardon Print",
            "Un seul fichier, trois supports assortis pour votre fête ou votre loto. Facture au nom de l'asso.")]
    bw, bh = 104 * mm, 48 * mm
    adtitle = ParagraphStyle("at", fontName="SA", fontSize=11, leading=13.5, textColor=colors.HexColor("#1A0DAB"))
    adtxt = ParagraphStyle("ad", fontName="SA", fontSize=9.5, leading=12, textColor=colors.HexColor("#4D5156"))
    adurl = ParagraphStyle("au", fontName="SA", fontSize=8.5, leading=11, textColor=colors.HexColor("#202124"))
    for k, (g, t, d) in enumerate(ads):
        x = X0 + (k % 2) * (bw + 5 * mm)
        y = TOP - 2 * mm - (k // 2) * (bh + 5 * mm)
        c.setStrokeColor(GREY)
        c.setFillColor(colors.white)
        c.roundRect(x, y - bh, bw, bh, 2 * mm, fill=1, stroke=1)
        c.setFillColor(PURPLE)
        c.setFont("SAB", 8.5)
        c.drawRightString(x + bw - 3 * mm, y - 5 * mm, "groupe " + fr(g))
        yy = y - 7 * mm
        for txt, st in [("Sponsorisé · chardon-print.fr", adurl), (t, adtitle), (d, adtxt)]:
            yy = para(c, txt, x + 4 * mm, yy, bw - 8 * mm, st) - 2 * mm
    xm = X0 + 2 * (bw + 5 * mm) + 2 * mm
    wm = XR - xm
    posts = [("Chardon Print · Sponsorisé", "Loto, fête de village, forum de rentrée : le Pack Asso réunit flyers, "
              "affiches A3 et roll-up pour 149 € HT. Vous envoyez un fichier, on s'occupe du reste.",
              "[visuel : les 3 supports du Pack Asso posés sur une table de buvette]", "Demander mon devis"),
             ("Chardon Print · Sponsorisé", "Vos flyers imprimés à Maxéville, pas à l'autre bout de l'Europe. "
              "BAT en ligne sous 2 h, expédition J+3. Commerçants du Grand Est, on vous attend.",
              "[vidéo 15 s : sortie de presse et massicot]", "Lancer un devis")]
    ph = (TOP - 2 * mm - 16 * mm - 5 * mm) / 2
    for k, (who, txt, vis, cta) in enumerate(posts):
        y = TOP - 2 * mm - k * (ph + 5 * mm)
        c.setStrokeColor(GREY)
        c.setFillColor(colors.white)
        c.roundRect(xm, y - ph, wm, ph, 2 * mm, fill=1, stroke=1)
        c.setFillColor(colors.HexColor("#1877F2"))
        c.setFont("SAB", 9)
        c.drawString(xm + 4 * mm, y - 5.5 * mm, who)
        yy = para(c, txt, xm + 4 * mm, y - 8 * mm, wm - 8 * mm, tiny)
        c.setFillColor(GREY)
        c.rect(xm + 4 * mm, yy - 14 * mm, wm - 8 * mm, 12 * mm, fill=1, stroke=0)
        c.setFillColor(MUTED)
        c.setFont("SAI", 7.5)
        c.drawCentredString(xm + wm / 2, yy - 8.5 * mm, fr(vis))
        c.setFillColor(colors.HexColor("#E4E6EB"))
        c.roundRect(xm + wm - 40 * mm, y - ph + 2.5 * mm, 36 * mm, 6 * mm, 1.5 * mm, fill=1, stroke=0)
        c.setFillColor(INK)
        c.setFont("SAB", 8)
        c.drawCentredString(xm + wm - 22 * mm, y - ph + 4.6 * mm, cta)


# ---------------------------------------------------------------- C. Pilotage
MOIS = [("Janvier", 34200, 14100, 4850, 3150, 21400, 18.0),
        ("Février", 35900, 15000, 5020, 3240, 23300, 18.6),
        ("Mars", 41300, 17600, 5610, 3480, 26800, 19.9),
        ("Avril", 43800, 19200, 5900, 3560, 28100, 21.0),
        ("Mai", 46100, 20900, 6080, 3620, 29300, 22.0)]
MARGE = 0.44


def s_reporting(c, n):
    frame(c, n, "C · Pilotage", "C.1  Reporting mensuel janvier → mai : lecture")
    rows = [["Mois", "Sessions", "dont organiques", "Clics SEA", "Coût SEA", "CA SEA HT", "ROAS", "Devis → commande"]]
    for m, s, o, cl, co, ca, dc in MOIS:
        rows.append([m, nf(s), nf(o), nf(cl), nf(co) + " €", nf(ca) + " €", nf(ca / co, 1), nf(dc, 1) + " %"])
    tco = sum(x[4] for x in MOIS)
    tca = sum(x[5] for x in MOIS)
    rows.append(["<b>Total / moy.</b>", "<b>%s</b>" % nf(sum(x[1] for x in MOIS)), "<b>%s</b>" % nf(sum(x[2] for x in MOIS)),
                 "<b>%s</b>" % nf(sum(x[3] for x in MOIS)), "<b>%s €</b>" % nf(tco), "<b>%s €</b>" % nf(tca),
                 "<b>%s</b>" % nf(tca / tco, 1), "<b>19,9 %</b>"])
    w = [34 * mm, 32 * mm, 36 * mm, 30 * mm, 32 * mm, 34 * mm, 24 * mm, 38 * mm]
    y = table(c, rows, X0, TOP - 2 * mm, w, pad=2.9, align=[1, 2, 3, 4, 5, 6, 7],
              source="Source : GA4 + Google Ads via Looker Studio, 01/01–31/05/2026")
    caption(c, "Graphique : ROAS mensuel 6,8 → 7,2 → 7,7 → 7,9 → 8,1", X0 + 160 * mm, y + 0.9 * mm)
    bw = (CW - 2 * 5 * mm - 40 * mm) / 3
    yt = y - 5 * mm
    box(c, X0, yt, bw, ["Clics SEA +25 % avec un coût +15 % : le CPC baisse de 0,65 € à 0,60 €",
                        "Search Produits porte 71 % du CA SEA"], head="Efficacité des campagnes", minh=40 * mm)
    box(c, X0 + bw + 5 * mm, yt, bw, ["Sessions organiques 14 100 → 20 900 (+48 %)",
                                       "Part organique 41 % → 45 % du trafic : le SEO prend le relais du payant"],
        head="Visibilité organique", minh=40 * mm)
    box(c, X0 + 2 * (bw + 5 * mm), yt, bw, ["ROAS 6,8 → 8,1 : 1 € de SEA ramène 8,10 € de CA en mai",
                                             "Le CA SEA monte plus vite (+37 %) que la dépense"],
        head="Retour", minh=40 * mm)
    bigfig(c, XR - 36 * mm, yt, 36 * mm, "+4 pts", "devis → commande", h=40 * mm)


def s_social(c, n):
    frame(c, n, "C · Pilotage", "C.2  Réseaux sociaux : engagement par publication")
    posts = [("Dans l'atelier : calage de la Heidelberg (vidéo)", "LinkedIn", "04/03", 3120, 142, 18, 11),
             ("Pack Asso : 3 supports, 1 seule charte (visuel)", "LinkedIn", "25/03", 1980, 41, 3, 2),
             ("Nadia explique le fond perdu en 40 s (vidéo)", "LinkedIn", "22/04", 4460, 188, 27, 19),
             ("Jeu : 500 flyers offerts à une asso", "Facebook", "28/04", 6800, 310, 264, 38),
             ("Fête des voisins : flyers en 48 h", "Facebook", "12/05", 2730, 64, 9, 14),
             ("Du fichier au carton (vidéo 45 s)", "Facebook", "20/05", 5940, 231, 22, 47)]
    rows = [["Publication", "Réseau", "Date", "Impressions", "Réactions", "Comm.", "Partages", "Engagement"]]
    for t, r, d, i, re, co, pa in posts:
        rows.append([t, r, d, nf(i), str(re), str(co), str(pa), nf((re + co + pa) / i * 100, 1) + " %"])
    y = table(c, rows, X0, TOP - 2 * mm, [104 * mm, 28 * mm, 20 * mm, 32 * mm, 28 * mm, 22 * mm, 26 * mm, 30 * mm],
              pad=3, align=[3, 4, 5, 6, 7], source="Source : LinkedIn Pages + Meta Business Suite, 01/03–31/05/2026 · "
                                                   "engagement = (réactions + commentaires + partages) / impressions")
    bw = (CW - 50 * mm - 2 * 5 * mm) / 2
    yt = y - 6 * mm
    box(c, X0, yt, bw, ["Les vidéos d'atelier font 2 fois plus d'engagement que les visuels produit",
                        "Le jeu « 500 flyers » gonfle les commentaires : 264 dont 190 tags d'amis",
                        "ROI positif sur les réseaux sociaux depuis mars"], head="Constat", minh=38 * mm)
    box(c, X0 + bw + 5 * mm, yt, bw, ["Passer à 2 vidéos d'atelier par mois, tournées par Franck au façonnage",
                                       "Poster le mardi 8 h sur LinkedIn, le jeudi 18 h sur Facebook"], head="Action", minh=38 * mm)
    bigfig(c, XR - 50 * mm, yt, 50 * mm, "ROI positif", "réseaux sociaux, mars → mai", h=38 * mm, size=22)


def s_outils(c, n):
    frame(c, n, "C · Pilotage", "C.3  Outils de mesure : pourquoi ceux-là, où les trouver")
    wl = 150 * mm
    y = TOP - 2 * mm
    y = box(c, X0, y, wl, ["GA4, Search Console et Looker Studio sont gratuits et déjà branchés à PrestaShop",
                            "On n'achète un outil que si Google ne donne pas la donnée"],
            head="1 · D'abord les données gratuites de Google") - 3.5 * mm
    y = box(c, X0, y, wl, ["Google ne montre pas les positions d'Imprimeo Express, FlyerMania ou Repro-Est",
                            "Essai en janvier, abonnement Pro pris en mars (≈ 130 € / mois) pour 200 expressions"],
            head="2 · Semrush pour regarder les concurrents") - 3.5 * mm
    box(c, X0, y, wl, ["Le configurateur W2P Studio est une seule page : GA4 ne voit pas où l'on clique dedans",
                        "Hotjar Plus (≈ 39 € / mois) : cartes de clics et enregistrements de sessions"],
        head="3 · Hotjar pour le configurateur")
    xr = X0 + wl + 10 * mm
    c.setFillColor(NAVY)
    c.setFont("SAB", 12)
    c.drawString(xr, TOP - 6 * mm, "Liens vers les tableaux de bord")
    rows = [["Tableau", "Lien"],
            ["Reporting SEA mensuel", "lookerstudio…/chardon-sea"],
            ["Reporting SEO mensuel", "lookerstudio…/chardon-seo"],
            ["Exploration parcours de commande", "analytics.google…/exploration-parcours"],
            ["Performances Search Console", "search.google…/performance (accès interne)"],
            ["Cartes de clics configurateur", "hotjar…/heatmaps/configurateur"],
            ["Fichier objectifs S1", "drive…/objectifs-S1-2026.xlsx (accès interne)"]]
    table(c, rows, xr, TOP - 10 * mm, [62 * mm, XR - xr - 62 * mm], pad=3.6,
          source="Source : favoris de l'équipe, juin 2026")


def s_indicateurs(c, n):
    frame(c, n, "C · Pilotage", "C.4  Indicateurs de pilotage choisis pour une imprimerie en ligne")
    wl = 140 * mm
    c.setFillColor(NAVY)
    c.setFont("SAB", 12)
    c.drawString(X0, TOP - 6 * mm, "Nos 4 indicateurs métier")
    rows = [["Indicateur", "Pourquoi pour nous", "Mai 2026"],
            ["Taux devis → commande", "le devis instantané est notre « vitrine » : tout part de là", "22 %"],
            ["Fichiers OK au 1er BAT", "chaque BAT refusé = 1 jour de retard et un client qui hésite", "81 %"],
            ["Panier moyen HT", "en dessous de 60 €, le calage machine mange la marge", "69 €"],
            ["Recommandes à 90 jours", "une asso ou un commerçant recommande à chaque saison", "32 %"]]
    y = table(c, rows, X0, TOP - 10 * mm, [42 * mm, 76 * mm, 22 * mm], pad=3.6, align=[2],
              source="Source : GA4 + exports W2P Studio, mai 2026")
    box(c, X0, y - 5 * mm, wl, ["Le nombre de visites ne dit rien si les fichiers ne passent pas en prépresse",
                                 "BAT et recommandes : propres à l'imprimerie, suivis chaque lundi"],
        head="Pourquoi pas seulement le trafic")
    xr = X0 + wl + 8 * mm
    wr = XR - xr
    rows = [["Site", "Mai", "Commentaire"],
            ["Trafic", "46 100 sessions", "+35 % depuis janvier, saison des fêtes"],
            ["Taux de rebond", "41 %", "52 % sur mobile : fiches trop longues à charger avant mars"],
            ["Temps de visite", "3 min 20", "normal : le devis demande de choisir papier et quantité"],
            ["Chargement configurateur", "2,9 s", "4,6 s en janvier, gagné avec le WebP"],
            ["CA en ligne", "134,6 k€ HT", "1 950 commandes à 69 € de panier"]]
    y = table(c, rows, xr, TOP - 2 * mm, [44 * mm, 30 * mm, wr - 74 * mm], small=True, pad=2.6)
    rows = [["Abandon à l'étape", "Mai", "Commentaire"],
            ["Dépôt du fichier", "27 %", "fichiers > 50 Mo qui échouent, PDF non aplatis"],
            ["BAT", "12 %", "BAT déposé après 18 h, validé seulement le lendemain"],
            ["Panier", "60 %", "frais de port découverts ici + création de compte obligatoire"],
            ["Paiement", "9 %", "3D Secure refusé, surtout cartes d'associations"]]
    table(c, rows, xr, y - 4 * mm, [44 * mm, 30 * mm, wr - 74 * mm], small=True, pad=2.6,
          source="Source : GA4, exploration du parcours de commande, 01/05–31/05/2026")


def s_retour(c, n):
    frame(c, n, "C · Pilotage", "C.5  Retour du SEA sur marge et objectifs du semestre")
    rows = [["Mois", "Dépense", "CA SEA HT", "Marge 44 %", "Gain net", "Retour net"]]
    tco = tca = 0
    for m, s, o, cl, co, ca, dc in MOIS:
        mg = ca * MARGE
        rows.append([m, nf(co) + " €", nf(ca) + " €", nf(mg) + " €", nf(mg - co) + " €", nf((mg - co) / co * 100) + " %"])
        tco += co
        tca += ca
    mg = tca * MARGE
    rows.append(["<b>5 mois</b>", "<b>%s €</b>" % nf(tco), "<b>%s €</b>" % nf(tca), "<b>%s €</b>" % nf(mg),
                 "<b>%s €</b>" % nf(mg - tco), "<b>%s %%</b>" % nf((mg - tco) / tco * 100)])
    y = table(c, rows, X0, TOP - 2 * mm, [22 * mm, 24 * mm, 27 * mm, 27 * mm, 25 * mm, 19 * mm], small=True, pad=2.4,
              align=[1, 2, 3, 4, 5],
              source="Source : Google Ads + compta (marge sur coût de revient 2025 : papier, encre, calage, port)")
    para(c, "▸ Retour net = (CA SEA × 44 % − dépense) ÷ dépense · 1 € investi rapporte 2,33 € de marge nette sur 5 mois",
         X0, y - 2 * mm, 146 * mm, cell)
    bigfig(c, X0, y - 16 * mm, 70 * mm, "233 %", "retour net du SEA sur marge, 5 mois", h=30 * mm)
    bigfig(c, X0 + 76 * mm, y - 16 * mm, 70 * mm, "39 666 €", "de marge nette après dépense", h=30 * mm, size=26)
    xr = X0 + 154 * mm
    rows = [["Objectif S1 2026", "Cible", "Mai", "Statut"],
            ["Taux devis → commande", "21 %", "22 %", "<font color='#2E7D4F'><b>✔ atteint</b></font>"],
            ["Expressions suivies en 1re page", "6 / 10", "6 / 10", "<font color='#2E7D4F'><b>✔ atteint</b></font>"],
            ["ROAS SEA", "≥ 7", "8,1", "<font color='#2E7D4F'><b>✔ atteint</b></font>"],
            ["Panier moyen HT", "75 €", "69 €", "<font color='#B23A3A'><b>✘ manqué</b></font>"],
            ["Recommandes à 90 jours", "36 %", "32 %", "<font color='#B23A3A'><b>✘ manqué</b></font>"]]
    yt = table(c, rows, xr, TOP - 2 * mm, [66 * mm, 28 * mm, 28 * mm, XR - xr - 122 * mm], small=True, pad=2.7,
               source="Source : fichier objectifs S1 validé par Aurélie Gérardin le 12/01/2026") - 6 * mm
    bw = (XR - xr - 5 * mm) / 2
    box(c, xr, yt, bw * 0.8, ["Panier à 69 € HT pour 75 € visés",
                              "Les clients prennent 1 000 flyers sans option",
                              "Le port offert démarre à 120 € HT : trop haut"], head="Constat", style=cell, minh=46 * mm)
    box(c, xr + bw * 0.8 + 5 * mm, yt, XR - xr - bw * 0.8 - 5 * mm,
        ["1. Proposer pelliculage et coins ronds au BAT (+6 € visés)",
         "2. Afficher les paliers : « 2 500 ex. pour 21 € de plus »",
         "3. Descendre le port offert à 90 € HT",
         "4. Créer un Pack Asso+ à 199 € HT avec banderole"], head="Action (panier)", style=cell, minh=46 * mm,
        bullet=False)


# ---------------------------------------------------------------- D. Contenus & parcours de commande
def s_fiches(c, n):
    frame(c, n, "D · Contenus & parcours de commande", "D.1  Fiches produit : méthode de rédaction et gabarit")
    bw = (CW - 2 * 5 * mm) / 3
    yt = TOP - 2 * mm
    box(c, X0, yt, bw, ["Expression principale dans le H1 et le title",
                        "Reprise dans les 100 premiers mots",
                        "H2 = questions clients : « quel papier ? », « quel délai ? »",
                        "Alt descriptif : « flyer A5 135 g recto-verso »"],
        head="Méthode de rédaction", style=cell, minh=50 * mm)
    box(c, X0 + bw + 5 * mm, yt, bw, ["Options : format, grammage, finition, façonnage",
                                       "Prix en direct selon la quantité (250 → 5 000 ex.)",
                                       "Date de livraison affichée avant le panier",
                                       "Gabarit à télécharger (PDF, fond perdu 3 mm) · BAT gratuit"],
        head="Gabarit de page produit", style=cell, minh=50 * mm)
    box(c, X0 + 2 * (bw + 5 * mm), yt, bw, ["Nadia relit chaque fiche : grammage, sens de pli, tolérances",
                                             "Une fiche = 350 à 500 mots, un tableau de prix, 4 visuels",
                                             "Publication le mardi, contrôle Search Console à J+14"],
        head="Circuit de validation", style=cell, minh=50 * mm)
    c.setFillColor(NAVY)
    c.setFont("SAB", 12)
    c.drawString(X0, TOP - 62 * mm, "Ce qui aide le client à se décider")
    rows = [["Élément", "Où sur la fiche", "Statut", "Pourquoi"],
            ["Échantillons papier gratuits", "sous le choix du grammage", "en place", "« 350 g, c'est épais comment ? » : 1re question au SAV"],
            ["Date d'expédition garantie", "à côté du prix", "en place", "« commandé avant 12 h, expédié le … »"],
            ["Avis clients (Avis Vérifiés)", "sous le bouton de commande", "en place", "4,7 / 5 sur 1 310 avis"],
            ["« BAT sous 2 h »", "bandeau au-dessus des options", "en place (8 h – 18 h)", "rassure ceux qui ont une date d'événement"]]
    table(c, rows, X0, TOP - 66 * mm, [58 * mm, 62 * mm, 38 * mm, CW - 158 * mm], pad=3,
          source="Source : gabarit PrestaShop + W2P Studio, version du 3 mars 2026")


def s_12fiches(c, n):
    frame(c, n, "D · Contenus & parcours de commande", "D.2  12 fiches réécrites : expressions placées")
    fiches = [("Flyers A5", "flyer a5 recto verso", "title, H1, 100 mots, alt"),
              ("Cartes de visite", "carte de visite 350g", "title, H1, H2, alt"),
              ("Roll-up 85 × 200", "roll up 85x200", "title, H1, 100 mots"),
              ("Affiches A3", "affiche a3 impression", "title, H1, alt"),
              ("Pack Asso", "pack communication association", "title, H1, H2"),
              ("Flyers asso", "flyer association", "title, H1, 100 mots, alt"),
              ("Affiches asso", "affiche loto association", "title, H2, alt"),
              ("Cartes d'adhérent", "carte d'adhérent association", "title, H1"),
              ("Kakémono asso", "kakemono association", "title, H1, 100 mots"),
              ("Affiches A2", "affiche a2 pas cher", "title, H1, alt"),
              ("Beach flag", "beach flag association", "title, H1"),
              ("Cartes express", "carte de visite livraison rapide", "title, H1, H2")]
    tw = (CW - 6 * mm) / 2
    for half in range(2):
        rows = [["Fiche", "Expression principale", "Placée dans"]]
        rows += [list(f) for f in fiches[half * 6:(half + 1) * 6]]
        table(c, rows, X0 + half * (tw + 6 * mm), TOP - 2 * mm, [tw * 0.28, tw * 0.42, tw * 0.30], small=True, pad=2.4,
              source="Source : fiches en ligne au 31/05/2026" if half == 0 else None)
    yt = TOP - 58 * mm
    bw = (CW - 5 * mm) / 2
    box(c, X0, yt, bw, ["Title : « Flyers – Chardon Print »",
                        "1re phrase : « Découvrez notre gamme de flyers de qualité pour tous vos besoins. »",
                        "Aucune expression, aucun grammage, 90 mots"], head="Avant (fiche Flyers A5)", style=cell,
        minh=42 * mm)
    box(c, X0 + bw + 5 * mm, yt, bw, ["Title : « Flyer A5 recto verso 135 g | 1 000 ex. 59 € HT | Chardon Print »",
                                       "1re phrase : « Vos flyers A5 recto verso en quadri sur 135 g couché, imprimés "
                                       "à Maxéville et expédiés en 3 jours. »",
                                       "420 mots, 3 H2, tableau de prix"], head="Après", style=cell, minh=42 * mm)


def s_visuels(c, n):
    frame(c, n, "D · Contenus & parcours de commande", "D.3  Contenus visuels : prestataire, production, formats")
    c.setFillColor(NAVY)
    c.setFont("SAB", 12)
    c.drawString(X0, TOP - 6 * mm, "3 devis pour les photos et la vidéo")
    rows = [["Prestataire", "Contenu proposé", "Devis HT"],
            ["Studio Lumen (Nancy)", "40 photos + vidéo 45 s", "1 980 €"],
            ["Atelier Pixel Est (Metz)", "40 photos + vidéo 45 s + drone", "2 450 €"],
            ["Benoît Marchal (indépendant)", "40 photos + rushes vidéo", "<b>1 450 €</b>"]]
    y = table(c, rows, X0, TOP - 10 * mm, [54 * mm, 56 * mm, 24 * mm], pad=3.4, align=[2],
              source="Source : devis reçus entre le 8 et le 19 janvier 2026")
    box(c, X0, y - 4 * mm, 134 * mm, ["Choix : Benoît Marchal, le devis le moins cher (−530 € face à Studio Lumen)"],
        head="Retenu", style=cell)
    xm = X0 + 142 * mm
    wm = 96 * mm
    yb = box(c, xm, TOP - 2 * mm, wm, ["24 mises en situation retouchées sous Photoshop : détourage, ombres portées, "
                                       "couleurs calées sur le BAT papier",
                                       "Cartes sur bureau en chêne, flyers en éventail, roll-up dans un gymnase"],
             head="Photoshop · mock-ups", style=cell, minh=52 * mm)
    box(c, xm, yb - 4 * mm, wm, ["Vidéo 45 s « du fichier au carton » montée sous Premiere Pro",
                                 "2 h de rushes : upload, presse, massicot, mise en carton chez Franck"],
        head="Premiere Pro · vidéo", style=cell, minh=40 * mm)
    xr = xm + wm + 6 * mm
    wr = XR - xr
    rows = [["Support", "Réglage en ligne"],
            ["Photos produit", "WebP, 1 600 px de large, < 200 Ko"],
            ["Vignettes", "WebP 400 px, ≈ 35 Ko"],
            ["Vidéo", "720p, sous-titrée (lecture sans son), 4,8 Mo"],
            ["Chargement", "lazy loading sous la ligne de flottaison"]]
    y = table(c, rows, xr, TOP - 2 * mm, [26 * mm, wr - 26 * mm], small=True, pad=3,
              source="Source : PageSpeed Insights, fiche Flyers A5")
    bigfig(c, xr, y - 5 * mm, wr, "2,1 Mo → 640 Ko", "poids de la fiche Flyers A5", h=30 * mm, size=20)


def s_comportement(c, n):
    frame(c, n, "D · Contenus & parcours de commande", "D.4  Comportement sur les fiches et dans le configurateur")
    bw = 70 * mm
    yt = TOP - 2 * mm
    box(c, X0, yt, bw, ["Cartes de visite : 1 min 05", "Flyers A5 : 1 min 12", "Roll-up : 1 min 13",
                        "<b>Moyenne : 1 min 10</b>"], head="Avant réécriture (janvier)", minh=48 * mm)
    box(c, X0 + bw + 5 * mm, yt, bw, ["Cartes de visite : 1 min 58", "Flyers A5 : 2 min 14", "Roll-up : 2 min 03",
                                       "<b>Moyenne : 2 min 05</b>"], head="Après réécriture (mai)", minh=48 * mm)
    caption(c, "Temps moyen sur la page, 3 fiches réécrites · Source : GA4, janvier vs mai 2026", X0, yt - 53 * mm)
    bigfig(c, X0, yt - 58 * mm, 2 * bw + 5 * mm, "1 min 10 → 2 min 05", "temps sur page, 3 fiches réécrites", h=34 * mm,
           size=28)
    xr = X0 + 2 * bw + 15 * mm
    wr = XR - xr
    c.setFillColor(NAVY)
    c.setFont("SAB", 12)
    c.drawString(xr, TOP - 6 * mm, "Hotjar : carte de clics du configurateur")
    rows = [["Zone du configurateur", "Part des clics", "Remarque"],
            ["Sélecteur de quantité", "24 %", "on teste plusieurs paliers"],
            ["Aperçu 3D du produit", "17 %", "on clique dessus alors qu'il n'est pas cliquable"],
            ["Case « fond perdu » + info-bulle", "14 %", "clics rageurs : 3 à 6 clics d'affilée"],
            ["Choix du papier", "12 %", ""],
            ["Bouton « Télécharger le gabarit »", "9 %", ""],
            ["Autres zones", "24 %", ""]]
    y = table(c, rows, xr, TOP - 10 * mm, [62 * mm, 26 * mm, wr - 88 * mm], small=True, pad=2.8, align=[1],
              source="Source : Hotjar, 2 300 sessions enregistrées, 6–26 mai 2026, ordinateur + mobile")
    box(c, xr, y - 4 * mm, wr, ["Sur « fond perdu », l'info-bulle s'ouvre puis se ferme au 2e clic : les visiteurs "
                                "insistent", "Sur mobile, l'aperçu 3D prend la moitié de l'écran"],
        head="Ce qu'on voit dans les enregistrements", style=cell)


def s_parcours(c, n):
    frame(c, n, "D · Contenus & parcours de commande", "D.5  Parcours de commande : taux devis → commande 18 % → 22 %")
    steps = [("1. Devis instantané affiché (configurateur)", 8860), ("2. Fichier déposé (upload)", 6470),
             ("3. Contrôle automatique OK", 6080), ("4. BAT validé en ligne", 5350),
             ("5. Panier validé (passage au paiement)", 2140), ("6. Paiement confirmé", 1950)]
    rows = [["Étape du parcours de commande", "Utilisateurs", "% des devis", "Perte vs étape précédente"]]
    prev = None
    for t, v in steps:
        rows.append([t, nf(v), nf(v / steps[0][1] * 100, 0) + " %", "—" if prev is None else "−" + nf((1 - v / prev) * 100) + " %"])
        prev = v
    y = table(c, rows, X0, TOP - 2 * mm, [96 * mm, 32 * mm, 30 * mm, 50 * mm], pad=3.4, align=[1, 2, 3],
              source="Source : GA4, exploration du parcours de commande (étapes ouvertes), 01/05–31/05/2026")
    caption(c, "Graphique : parcours de commande GA4 · 8 860 → 6 470 → 6 080 → 5 350 → 2 140 → 1 950", X0, y - 3 * mm)
    box(c, X0, y - 8 * mm, 208 * mm, ["Événements GA4 posés par le module : generate_quote, file_upload, preflight_ok, "
                                       "proof_approved, begin_checkout, purchase",
                                       "Vérifié à la main : 40 commandes tests en mars, toutes remontées"],
        head="Comment c'est mesuré", style=cell)
    xr = X0 + 218 * mm
    wr = XR - xr
    bigfig(c, xr, TOP - 2 * mm, wr, "+4 pts", "devis → commande", h=34 * mm, size=34)
    bigfig(c, xr, TOP - 40 * mm, wr, "18 % → 22 %", "janvier → mai (objectif S1 : 21 %)", h=30 * mm, size=22)
    para(c, "▸ Objectif vérifié dans GA4 : commandes payées ÷ devis affichés", xr, TOP - 76 * mm, wr, cell)


def s_conversion(c, n):
    frame(c, n, "D · Contenus & parcours de commande", "D.6  Conversion : 96 % de fichiers OK du premier coup")
    bigfig(c, X0, TOP - 2 * mm, 96 * mm, "96 %", "fichiers RVB → CMJN convertis sans retouche", h=48 * mm, size=48)
    para(c, "▸ Depuis février, le robot de prépresse (PitStop Server) convertit tout seul les fichiers RVB en CMJN "
            "(profil FOGRA39) et aplatit les transparences", X0, TOP - 56 * mm, 96 * mm, cell)
    para(c, "▸ Les 4 % restants partent chez Nadia : tons directs Pantone, noir à 4 couleurs, images sous 200 dpi",
         X0, TOP - 76 * mm, 96 * mm, cell)
    xm = X0 + 106 * mm
    bw = (XR - xm - 5 * mm) / 2
    box(c, xm, TOP - 2 * mm, bw, ["Nadia convertit chaque fichier RVB à la main dans Acrobat",
                                  "≈ 25 min par fichier, 60 fichiers par semaine",
                                  "Virages de couleur sur les verts et les bleus vifs"], head="Avant", minh=46 * mm)
    box(c, xm + bw + 5 * mm, TOP - 2 * mm, bw, ["Conversion automatique à l'upload, rapport joint au BAT",
                                                 "2 min par fichier, Nadia ne traite que les cas limites",
                                                 "Rendu prévisible, annoncé sur le BAT"], head="Après", minh=46 * mm)
    rows = [["Mois", "Fichiers reçus", "Convertis sans retouche", "Repris par Nadia"],
            ["Février", "5 420", "93 %", "379"],
            ["Mars", "6 010", "95 %", "300"],
            ["Avril", "6 230", "96 %", "249"],
            ["Mai", "6 470", "96 %", "259"]]
    table(c, rows, xm, TOP - 54 * mm, [36 * mm, 40 * mm, 56 * mm, XR - xm - 132 * mm], pad=3, align=[1, 2, 3],
          source="Source : journaux PitStop Server, février → mai 2026")


def s_frictions(c, n):
    frame(c, n, "D · Contenus & parcours de commande", "D.7  4 points de friction, 4 responsables, 4 dates")
    rows = [["Point de friction", "Ce qu'on observe", "Correction", "Responsable", "Date"],
            ["Upload des fichiers > 50 Mo", "1 upload sur 9 échoue au-delà de 50 Mo (roll-up, affiches A2)",
             "upload fractionné de W2P Studio v3.2 + message d'attente clair", "Nadia Belaïd + éditeur W2P", "30/06/2026"],
            ["BAT en attente la nuit", "fichier déposé après 18 h = BAT le lendemain à 9 h : 31 % des abandons au BAT",
             "BAT automatique pour les fichiers conformes, Nadia revoit à 8 h", "Nadia Belaïd", "15/07/2026"],
            ["Frais de port affichés tard", "le port n'apparaît qu'au panier : 60 % d'abandon à cette étape",
             "estimateur de port et de date dans le configurateur", "Camille Pierson", "10/07/2026"],
            ["Compte client obligatoire", "38 % des sorties du panier se font sur l'écran de création de compte",
             "commande en invité, compte proposé après paiement", "Camille Pierson, validé par Aurélie", "31/07/2026"]]
    y = table(c, rows, X0, TOP - 2 * mm, [50 * mm, 88 * mm, 82 * mm, 52 * mm, CW - 272 * mm], pad=4.4,
              source="Source : GA4 (parcours de commande, mai), journaux W2P Studio, enregistrements Hotjar")
    bw = (CW - 2 * 5 * mm) / 3
    for k, (num, lab) in enumerate([("4", "corrections planifiées avant la rentrée"),
                                    ("2", "portées par la prépresse"), ("31/07", "dernière échéance")]):
        bigfig(c, X0 + k * (bw + 5 * mm), y - 6 * mm, bw, num, lab, h=26 * mm)


def s_blog(c, n):
    frame(c, n, "D · Contenus & parcours de commande", "D.8  Blog pro")
    c.setFillColor(colors.HexColor("#E3E3E3"))
    c.setStrokeColor(colors.HexColor("#BDBDBD"))
    c.roundRect(X0 + 30 * mm, 30 * mm, CW - 60 * mm, TOP - 40 * mm, 3 * mm, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#7A7A7A"))
    c.setFont("SAI", 16)
    c.drawCentredString(W / 2, (30 * mm + TOP - 10 * mm) / 2, "[captures WordPress à insérer]")


def s_autoeval(c, n):
    frame(c, n, "Annexe", "Auto-évaluation")
    lignes = ["Priorités SEO et outils de suivi", "Évolution des positions Google",
              "Matrice de mots-clés et méthode", "Cocon sémantique",
              "Netlinking : partenaires et mesure", "Progression globale du référencement",
              "Campagne SEA complète", "Tableaux de suivi et ROI", "KPI commentés et objectifs",
              "Fiches produit et rédaction SEO", "Contenus multimédias adaptés au web",
              "Blog professionnel installé et paramétré", "Tunnel de conversion vérifiable",
              "Éléments perturbateurs et corrections"]
    tw = (CW - 8 * mm) / 2
    for half in range(2):
        rows = [["Compétence (grille école)", "Non acquis", "En cours", "Acquis"]]
        for l in lignes[half * 7:(half + 1) * 7]:
            rows.append([l, "", "", "<font color='#2E7D4F'><b>✔ acquis</b></font>"])
        table(c, rows, X0 + half * (tw + 8 * mm), TOP - 2 * mm, [tw - 72 * mm, 24 * mm, 24 * mm, 24 * mm], pad=4.2,
              boldfirst=False, source="Source : grille d'auto-évaluation du Mastère, blocs 3 et 4" if half == 0 else None)
    c.setFillColor(MUTED)
    c.setFont("SAI", 10)
    c.drawString(X0, 22 * mm, fr("Grille recopiée du livret de l'école, cochée le 15 juin 2026 avec ma tutrice."))


PAGES = [
    s_titre, s_sommaire,
    lambda c, n: s_divider(c, n, "A", "Visibilité", "plan d'actions · expressions-clés · univers sémantique · positions et liens"),
    s_plan, s_methode, s_tableau, s_univers, s_positions,
    lambda c, n: s_divider(c, n, "B", "Campagnes", "SEA Google · profils Meta · pages de destination · annonces"),
    s_campagnes, s_ciblage, s_annonces,
    lambda c, n: s_divider(c, n, "C", "Pilotage", "reporting mensuel · réseaux sociaux · outils · indicateurs · objectifs"),
    s_reporting, s_social, s_outils, s_indicateurs, s_retour,
    lambda c, n: s_divider(c, n, "D", "Contenus & parcours de commande", "fiches · contenus visuels · parcours · frictions"),
    s_fiches, s_12fiches, s_visuels, s_comportement, s_parcours, s_conversion, s_frictions, s_blog,
    s_autoeval,
]


def main():
    os.makedirs(OUT, exist_ok=True)
    c = canvas.Canvas(os.path.join(OUT, FILE), pagesize=(W, H), invariant=1)
    c.setTitle("Revue acquisition & contenus — S1 2026")
    c.setAuthor(AUTHOR)
    c.setCreator("Microsoft® PowerPoint® pour Microsoft 365")
    c.setSubject("Chardon Print — comité de direction du 18 juin 2026")
    for i, fn in enumerate(PAGES, 1):
        fn(c, i)
        c.showPage()
    c.save()
    print("pages:", len(PAGES))


if __name__ == "__main__":
    main()
