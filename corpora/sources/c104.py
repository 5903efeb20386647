# Générateur du dossier de la candidate c104 (Association Estran Musiques, Festival de l'Estran, Pléneuf-Val-André) —
# blocs 2 et 3. Un seul PDF A4 PAYSAGE de 24 pages mis en page comme un rapport annuel : couverture, puis pages à deux
# zones (vraie colonne principale aux deux tiers + vraie colonne latérale d'encadrés couleur sable « À retenir » et bleu
# profond « Chiffre clé »), quatre ouvertures de chapitre à bandeau pleine largeur et grand numéro 01 à 04, citations en
# grand italique, citations des partenaires dans une autre couleur, 16 tableaux légendés « Tableau n.n — … » à lignes
# alternées. En-tête « Festival de l'Estran — Rapport numérique 2025 », pied « G. Le Cam · p. n/24 ».
# Reportlab (canvas + Frame), déterministe : invariant=1, métadonnées figées, aucune date courante.
import os
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily

FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
               ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("DC", "DejaVuSansCondensed.ttf"),
               ("DCB", "DejaVuSansCondensed-Bold.ttf"), ("SI", "DejaVuSerif-Italic.ttf"), ("SBI", "DejaVuSerif-BoldItalic.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))
registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
registerFontFamily("DC", normal="DC", bold="DCB", italic="DC", boldItalic="DCB")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c104-festival-musique-bretagne")
FILE = "estran-rapport-numerique-2025.pdf"
AUTHOR = "Gwenola Le Cam"
NPAGES = 24
W, H = landscape(A4)
LM = RM = 1.5 * cm
GUT = 0.75 * cm
UW = W - LM - RM
MW = (UW - GUT) * 2 / 3          # colonne principale (deux tiers)
SW = UW - GUT - MW               # colonne latérale
TOP = H - 1.75 * cm              # haut des colonnes (sous l'en-tête)
BOT = 1.35 * cm                  # bas des colonnes (au-dessus du pied)
BAND = 4.9 * cm                  # hauteur du bandeau des ouvertures de chapitre

BLUE = colors.HexColor("#0E3356")
BLUE2 = colors.HexColor("#2D5F8A")
SAND = colors.HexColor("#F1E4C6")
SANDD = colors.HexColor("#B8924A")
ZEBRA = colors.HexColor("#F6F1E6")
INK = colors.HexColor("#1E2428")
MUTED = colors.HexColor("#66707A")
SPONS = colors.HexColor("#B4502A")   # citations des partenaires

body = ParagraphStyle("b", fontName="DS", fontSize=9.4, leading=13.1, textColor=INK, alignment=TA_JUSTIFY, spaceAfter=5.5)
bul = ParagraphStyle("bu", parent=body, leftIndent=11, bulletIndent=1, spaceAfter=3)
corr = ParagraphStyle("co", parent=body, leftIndent=12, firstLineIndent=-12, spaceAfter=3.5)
h2 = ParagraphStyle("h2", fontName="DSB", fontSize=14.5, leading=18, textColor=BLUE, spaceBefore=2, spaceAfter=6)
h3 = ParagraphStyle("h3", fontName="DSB", fontSize=10.6, leading=14, textColor=BLUE2, spaceBefore=4, spaceAfter=3.5)
cap = ParagraphStyle("cap", fontName="DSI", fontSize=8.3, leading=10.5, textColor=MUTED, spaceBefore=2, spaceAfter=3)
cell = ParagraphStyle("c", fontName="DC", fontSize=8.1, leading=9.9, textColor=INK)
cellh = ParagraphStyle("ch", parent=cell, fontName="DCB", textColor=colors.white)
quote = ParagraphStyle("q", fontName="SI", fontSize=15.5, leading=20.5, textColor=BLUE)
quote_who = ParagraphStyle("qw", fontName="DS", fontSize=8.4, leading=11, textColor=MUTED, spaceBefore=3)
squote = ParagraphStyle("sq", parent=quote, fontSize=13.5, leading=18, textColor=SPONS)
squote_who = ParagraphStyle("sqw", parent=quote_who, textColor=SPONS)
box_t = ParagraphStyle("bt", fontName="DSB", fontSize=9.6, leading=12, textColor=colors.HexColor("#6E5222"), spaceAfter=4)
box_b = ParagraphStyle("bb", fontName="DS", fontSize=8.5, leading=11.3, textColor=INK, leftIndent=9, bulletIndent=0, spaceAfter=2.5)
box_p = ParagraphStyle("bp", fontName="DS", fontSize=8.5, leading=11.3, textColor=INK, spaceAfter=2.5)
key_t = ParagraphStyle("kt", fontName="DSB", fontSize=8.2, leading=10, textColor=colors.HexColor("#9FC3E3"))
key_n = ParagraphStyle("kn", fontName="DCB", fontSize=40, leading=44, textColor=colors.white)
key_l = ParagraphStyle("kl", fontName="DS", fontSize=8.6, leading=11, textColor=colors.white)


# ------------------------------------------------------------------------------------------------ briques
def P(t):
    return Paragraph(t, body)


def BL(items):
    return [Paragraph(x, bul, bulletText="•") for x in items]


def H2(t):
    return Paragraph(t, h2)


def H3(t):
    return Paragraph(t, h3)


def SP(h=6):
    return Spacer(1, h)


def TAB(caption, rows, widths, fs=None, bold_first=False, align_right=()):
    cs = cell if fs is None else ParagraphStyle("c%s" % fs, parent=cell, fontSize=fs, leading=fs * 1.22)
    chs = cellh if fs is None else ParagraphStyle("ch%s" % fs, parent=cellh, fontSize=fs, leading=fs * 1.22)
    csb = ParagraphStyle("cb%s" % fs, parent=cs, fontName="DCB")
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            st = chs if i == 0 else (csb if bold_first and j == 0 else cs)
            if j in align_right:
                st = ParagraphStyle(st.name + "r", parent=st, alignment=2)
            line.append(Paragraph(str(v), st))
        data.append(line)
    t = Table(data, colWidths=[w * MW / sum(widths) for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, BLUE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.3), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
    return [Paragraph(caption, cap), t, SP(8)]


def QUOTE(t, who, sponsor=False):
    qs, ws, col = (squote, squote_who, SPONS) if sponsor else (quote, quote_who, BLUE)
    inner = [Paragraph("« " + t + " »", qs), Paragraph(who, ws)]
    tb = Table([[inner]], colWidths=[MW - 20])
    tb.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, 0), 3, col), ("LEFTPADDING", (0, 0), (-1, -1), 12),
                            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return [SP(3), tb, SP(9)]


def RETENIR(items, title="À retenir", plain=False):
    inner = [Paragraph(title, box_t)]
    for x in items:
        inner.append(Paragraph(x, box_p) if plain else Paragraph(x, box_b, bulletText="•"))
    tb = Table([[inner]], colWidths=[SW])
    tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND), ("LINEABOVE", (0, 0), (-1, 0), 2.5, SANDD),
                            ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return [tb, SP(9)]


def CLE(num, legend, size=None):
    ns = key_n if size is None else ParagraphStyle("kn%s" % size, parent=key_n, fontSize=size, leading=size * 1.1)
    inner = [Paragraph("CHIFFRE CLÉ", key_t), Paragraph(num, ns), Paragraph(legend, key_l)]
    tb = Table([[inner]], colWidths=[SW])
    tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE),
                            ("LEFTPADDING", (0, 0), (-1, -1), 11), ("RIGHTPADDING", (0, 0), (-1, -1), 11),
                            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    return [tb, SP(9)]


def fmt(x):
    return "{:,}".format(x).replace(",", "\u202f")


def eur(x):
    return fmt(x) + " €"


def dec(x, n=1):
    return ("%.*f" % (n, x)).replace(".", ",")


# ------------------------------------------------------------------------------------------------ habillage
def header_footer(c, n, on_band=False):
    c.saveState()
    c.setFont("DS", 7.8)
    c.setFillColor(colors.white if on_band else MUTED)
    c.drawString(LM, H - 1.0 * cm, "Festival de l'Estran — Rapport numérique 2025")
    if not on_band:
        c.setStrokeColor(colors.HexColor("#D5CBB6"))
        c.setLineWidth(0.5)
        c.line(LM, H - 1.2 * cm, W - RM, H - 1.2 * cm)
    c.setFillColor(MUTED)
    c.setFont("DS", 7.8)
    c.drawRightString(W - RM, 0.7 * cm, "G. Le Cam · p. %d/%d" % (n, NPAGES))
    c.restoreState()


def opener_band(c, num, title, sub):
    c.saveState()
    c.setFillColor(BLUE)
    c.rect(0, H - BAND, W, BAND, fill=1, stroke=0)
    c.setFillColor(SANDD)
    c.rect(0, H - BAND - 0.18 * cm, W, 0.18 * cm, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#2A557F"))
    c.setFont("DCB", 118)
    c.drawString(LM - 4, H - BAND + 0.35 * cm, num)
    c.setFillColor(colors.white)
    c.setFont("DSB", 25)
    c.drawString(LM + 6.3 * cm, H - 2.75 * cm, title)
    c.setFont("DS", 11)
    c.setFillColor(colors.HexColor("#CFE0EE"))
    c.drawString(LM + 6.35 * cm, H - 3.55 * cm, sub)
    c.restoreState()


def flow(c, x, y, w, h, items, where, n):
    fr = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
    rest = list(items)
    fr.addFromList(rest, c)
    if rest:
        raise SystemExit("débordement page %d (%s) : %d éléments restants, premier = %r"
                         % (n, where, len(rest), getattr(rest[0], "text", rest[0])[:80] if hasattr(rest[0], "text") else rest[0]))


def body_page(c, n, main, side, opener=None):
    top = TOP
    if opener:
        opener_band(c, *opener)
        top = H - BAND - 0.75 * cm
    header_footer(c, n, on_band=bool(opener))
    flow(c, LM, BOT, MW, top - BOT, main, "colonne principale", n)
    flow(c, LM + MW + GUT, BOT, SW, top - BOT, side, "colonne latérale", n)


def cover(c, n):
    c.saveState()
    c.setFillColor(BLUE)
    c.rect(0, 0, W, H * 0.46, fill=1, stroke=0)
    c.setFillColor(SANDD)
    c.rect(0, H * 0.46, W, 0.22 * cm, fill=1, stroke=0)
    c.setFillColor(SAND)
    c.rect(W - 8.6 * cm, H * 0.46 + 0.22 * cm, 8.6 * cm, H * 0.54, fill=1, stroke=0)
    c.setFillColor(MUTED)
    c.setFont("DSB", 10)
    c.drawString(LM, H - 2.2 * cm, "ASSOCIATION ESTRAN MUSIQUES · PLÉNEUF-VAL-ANDRÉ (22)")
    c.setFillColor(BLUE)
    c.setFont("DSB", 38)
    c.drawString(LM, H - 4.6 * cm, "Rapport numérique 2025")
    c.setFont("DS", 17)
    c.setFillColor(BLUE2)
    c.drawString(LM, H - 5.75 * cm, "Festival de l'Estran · 18, 19 et 20 juillet 2025")
    c.setFont("DS", 11.5)
    c.setFillColor(INK)
    c.drawString(LM, H - 7.0 * cm, "Billetterie, boutique, bracelets cashless, visibilité : une saison en ligne,")
    c.drawString(LM, H - 7.6 * cm, "de la vague « Marée basse » à l'ouverture de la vague 2 de l'édition 2026.")
    c.setFillColor(BLUE)
    c.setFont("DCB", 30)
    c.drawString(W - 7.8 * cm, H - 4.0 * cm, "38 600")
    c.drawString(W - 7.8 * cm, H - 6.6 * cm, "92 %")
    c.drawString(W - 7.8 * cm, H - 9.2 * cm, "3,4 M€")
    c.setFont("DS", 9)
    c.setFillColor(INK)
    c.drawString(W - 7.8 * cm, H - 4.65 * cm, "festivaliers sur trois jours")
    c.drawString(W - 7.8 * cm, H - 7.25 * cm, "de la jauge remplie")
    c.drawString(W - 7.8 * cm, H - 9.85 * cm, "de budget, dont 2,15 M€ de billetterie")
    c.setFillColor(colors.HexColor("#2A557F"))
    c.setFont("DCB", 150)
    c.drawRightString(W - LM, 1.0 * cm, "2025")
    c.setFillColor(colors.white)
    c.setFont("DSB", 13)
    c.drawString(LM, H * 0.46 - 2.0 * cm, "Gwenola Le Cam")
    c.setFont("DS", 10.5)
    c.drawString(LM, H * 0.46 - 2.65 * cm, "Chargée de communication et billetterie")
    c.drawString(LM, H * 0.46 - 3.5 * cm, "Dossier professionnel — titre Chef de projet e-commerce, session 2026")
    c.drawString(LM, H * 0.46 - 4.05 * cm, "Blocs 2 et 3")
    c.drawString(LM, H * 0.46 - 4.9 * cm, "Tutrice : Soizic Hamon, directrice de l'association")
    c.restoreState()
    c.setFont("DS", 7.8)
    c.setFillColor(colors.HexColor("#9FB6CC"))
    c.drawString(LM, 0.7 * cm, "G. Le Cam · p. %d/%d" % (n, NPAGES))


# ================================================================================================ PAGES
PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


page(cover)


@page
def p_avant_propos(c, n):
    main = [H2("Avant-propos : une saison en ligne"),
            P("Ce rapport raconte la saison numérique du Festival de l'Estran : celle de l'édition 2025, qui a réuni "
              "38 600 festivaliers les 18, 19 et 20 juillet sur notre site de 12 hectares au-dessus de la plage, et celle du "
              "lancement de l'édition 2026, jusqu'à l'ouverture de la vague 2 en février. Je suis chargée de communication et "
              "billetterie de l'association depuis 2022 ; ce document est à la fois notre rapport interne, présenté au "
              "conseil d'administration, et mon dossier pour le titre Chef de projet e-commerce."),
            P("Estran Musiques est une association loi 1901 créée en 2009 à Pléneuf-Val-André par Yannick Le Roux, toujours "
              "président, et une bande d'amis qui voulaient « un vrai festival sur la côte ». Seize éditions plus tard, nous "
              "sommes 9 salariés permanents autour de Soizic Hamon, directrice (et ma tutrice), avec Tanguy Morvan à la "
              "programmation, et nous nous appuyons sur 1 100 bénévoles. La jauge est de 14 000 festivaliers par jour ; en "
              "2025 nous l'avons remplie à 92 %, avec 31 % de festivaliers venus de l'extérieur de la Bretagne."),
            P("Notre budget 2025 s'élève à 3,4 M€. La billetterie en apporte 2,15 M€ (pass 1 jour à 49 €, pass 3 jours à "
              "119 €, early-bird « Marée basse » à 89 €, camping à 25 €), les bars et les recharges cashless du bracelet "
              "Estran 640 k€, les relais et mécènes 310 k€, les subventions 190 k€ et la boutique 48 k€ ; le reste vient "
              "des concessions et des parkings. Autrement dit, presque deux euros sur trois passent par nos outils en ligne : "
              "Guichet Breizh pour les billets, WooCommerce pour la boutique, la page de recharge pour le bracelet."),
            H3("Comment lire ce rapport"),
            P("Le chapitre 01 montre comment nous faisons venir le public : la vague de mise en vente « têtes d'affiche », "
              "ses supports, nos relais et mécènes, l'animation des réseaux et l'équipe info festivaliers. Le chapitre 02 "
              "entre dans la vente en ligne : mise en avant de la boutique, solutions d'encaissement, facilités de paiement "
              "et fidélité. Le chapitre 03 est consacré à notre visibilité naturelle dans les moteurs de recherche, le "
              "chapitre 04 à la publicité payante, à nos tableaux de suivi et à ce que nous corrigeons pour 2026. Enfin, "
              "une partie 05 présente notre maillage interne, le grand chantier de l'hiver sur le site."),
            ]
    side = RETENIR(["<b>01</b> Faire venir : la vague 2 et nos relais — p. 3",
                    "<b>02</b> Vendre en ligne : billets, boutique, bracelet — p. 9",
                    "<b>03</b> Être trouvés : la visibilité naturelle — p. 14",
                    "<b>04</b> Payer pour être vus, mesurer, corriger — p. 19"], title="Sommaire", plain=True)
    side += CLE("14 000", "festivaliers par jour : la jauge autorisée sur le site des Vallées")
    side += CLE("1 100", "bénévoles autour de 9 salariés permanents")
    body_page(c, n, main, side)


# ------------------------------------------------------------------------------------------------ 01
@page
def p_01(c, n):
    main = [H2("Un projet clair pour 2026 : complet avant le 1er juillet"),
            P("En 2025, le vendredi a accueilli 13 100 festivaliers, le samedi 14 000 (complet dès le 11 juillet) et le "
              "dimanche 11 500, soit 38 600 entrées et 92 % de la jauge sur trois jours. Le dimanche reste notre point "
              "faible, et les ventes de dernière minute nous ont coûté cher en publicité. En novembre, le conseil "
              "d'administration a fixé le projet de l'édition 2026 (17, 18 et 19 juillet) : <b>être complet avant le 1er "
              "juillet, avec 40 % de festivaliers venus de l'extérieur de la Bretagne</b>. Remplir tôt sécurise un budget "
              "qui repose pour 63 % sur la billetterie ; les festivaliers venus de loin prennent plus souvent le pass 3 "
              "jours et le camping, et dépensent davantage sur leur bracelet."),
            H3("Ce que la vague 2 devait apporter"),
            P("La vague de mise en vente n° 2, « têtes d'affiche », s'est ouverte le mardi 10 février 2026 à 18 h avec "
              "l'annonce de Soline Varech, Big Trawler et DJ Morgat. Au 9 février, la vague 1 « Marée basse » avait déjà "
              "écoulé 11 400 pass. Nous avons traduit le projet en trois objectifs pour la vague :"),
            ] + BL(["vendre 9 000 pass 3 jours et 6 000 pass 1 jour entre le 10 février et le 15 mars ;",
                    "atteindre 40 % d'acheteurs domiciliés hors Bretagne sur la vague (code postal saisi dans Guichet Breizh) ;",
                    "gagner 3 000 nouveaux contacts Brevo pour préparer la vague 3 et la relance camping de mai."])
    side = CLE("38 600", "festivaliers sur les trois jours de l'édition 2025")
    side += CLE("92 %", "de la jauge remplie (14 000 par jour)")
    side += CLE("31 %", "de festivaliers venus de l'extérieur de la Bretagne")
    body_page(c, n, main, side, opener=("01", "Faire venir", "La vague 2, nos supports, nos relais et mécènes, nos communautés"))


@page
def p_supports(c, n):
    main = [H2("Les supports de la vague 2"),
            P("Nous avons retenu sept supports, chacun pour le public qu'il touche le mieux. <b>Brevo</b> porte nos 52 000 "
              "contacts, segmentés en Fidèles (17 800 acheteurs 2025), locaux, familles et hors Bretagne : trois envois, la "
              "prévente du 8 février, l'annonce du 10 et la relance du 24. <b>Instagram</b> (33 000 abonnés) et "
              "<b>TikTok</b> (14 800) portent le compte à rebours et les reels de la programmation. <b>Radio Goëlo FM</b> "
              "diffuse 126 spots sur quatre semaines. L'<b>affichage côtier</b> couvre 420 emplacements de Saint-Malo à "
              "Paimpol et 30 abribus à Saint-Brieuc et Lamballe. <b>Google Ads</b> et <b>Meta Ads</b> vont chercher les "
              "vacanciers hors Bretagne, et la presse (L'Écho des Côtes, Ouest Riffs) donne du fond à l'annonce.")]
    main += TAB("Tableau 1.1 — Vague 2 : ce que nous visons, pour qui, par quels supports et quand", [
        ["Public", "Ce que nous visons", "Supports", "Calendrier", "Comment nous suivons"],
        ["Fidèles (acheteurs 2025)", "4 000 pass 3 jours rachetés avant l'annonce publique",
         "Brevo (prévente 48 h), stories Instagram « amis proches »", "8–10 février", "ventes avec le code prévente"],
        ["Locaux 18–30 ans", "pass 1 jour du samedi et pass 3 jours", "Instagram, TikTok, Radio Goëlo FM, affichage côtier",
         "10 février – 15 mars, compte à rebours J-10", "ventes Côtes-d'Armor et Ille-et-Vilaine, abonnés"],
        ["Familles", "pass 1 jour du dimanche (gratuit pour les moins de 12 ans) et camping",
         "L'Écho des Côtes, Brevo segment familles, abribus", "14 février – 15 mars (vacances d'hiver)", "ventes du pass dimanche"],
        ["Vacanciers hors Bretagne", "40 % d'acheteurs hors Bretagne",
         "Google Ads, Meta Ads (Île-de-France, Pays de la Loire, Normandie), Ouest Riffs", "10 février – 31 mars",
         "code postal des acheteurs"],
    ], [2.3, 3.3, 3.9, 2.6, 2.7], bold_first=True)
    main += [P("Le tableau relie chaque objectif de la vague à un public et à ses supports, au moment où ce public décide. Les "
               "familles préparent l'été pendant les vacances de février : c'est là que tombent l'encart de L'Écho des Côtes "
               "et l'envoi Brevo « familles ». Les vacanciers réservent leur location en hiver : les annonces qui leur "
               "parlent de la Bretagne en juillet démarrent avec la vague et durent jusqu'à fin mars. Les Fidèles, eux, "
               "passent avant tout le monde.")]
    side = RETENIR(["Sept supports, un rôle précis pour chacun.",
                    "Quatre publics : locaux 18–30 ans, familles, vacanciers, Fidèles.",
                    "Le calendrier suit le moment où chaque public décide, pas notre confort.",
                    "Le suivi se fait par code prévente et code postal dans Guichet Breizh."])
    side += CLE("52 000", "contacts dans Brevo, dont 17 800 acheteurs 2025")
    body_page(c, n, main, side)


@page
def p_relais(c, n):
    main = [H2("Sept relais et mécènes, choisis pour leur public"),
            P("Les relais, sponsors et mécènes apportent 310 k€ au budget, mais pour la vague 2 nous leur avons surtout "
              "demandé de parler de nous à des publics que nous touchons mal seuls. Nous en avons gardé sept, retenus en "
              "regardant qui ils touchent, face aux quatre publics du tableau 1.1.")]
    main += TAB("Tableau 1.2 — Les sept relais et mécènes de la vague 2", [
        ["Relais", "Nature", "Qui il touche", "Pourquoi lui", "Ce qu'il fait pour la vague"],
        ["Bière du Penthièvre", "brasserie de Lamballe, partenaire des bars", "25–45 ans du Penthièvre, 70 bars et caves clients",
         "nos locaux boivent sa bière toute l'année, elle est servie sur le site", "affichettes sur 70 comptoirs, post et reel co-signés"],
        ["Banque Armor Mutuelle", "sponsor principal", "180 000 sociétaires des Côtes-d'Armor, dont 22 000 de 18 à 25 ans",
         "familles et jeunes actifs locaux, image régionale sérieuse", "newsletter des sociétaires, avantage jeunes −10 %"],
        ["Radio Goëlo FM", "média partenaire", "18–35 ans des Côtes-d'Armor et d'Ille-et-Vilaine",
         "le public local des trajets en voiture", "126 spots, deux jeux concours"],
        ["L'Écho des Côtes", "quotidien régional", "familles, plus de 40 ans, vacanciers abonnés l'été",
         "le journal que lisent les parents du dimanche", "trois articles, un encart, l'agenda"],
        ["Ouest Riffs", "webzine musiques actuelles", "amateurs de rock et d'électro, 44 % de lecteurs hors Bretagne",
         "le seul relais qui parle aux fans hors région", "interview de Big Trawler, newsletter"],
        ["Office de tourisme Côte de Penthièvre", "tourisme", "vacanciers qui préparent leur séjour",
         "il renseigne les gens au moment où ils réservent", "page agenda, brochure d'été, lien vers la billetterie"],
        ["Conserverie Le Goff", "mécène", "clients de ses trois boutiques d'Erquy, Dahouët et Saint-Cast",
         "des vacanciers et des familles, sur le littoral même", "vitrines aux couleurs du festival, 6 000 flyers"],
    ], [2.6, 2.4, 3.5, 3.5, 3.3], bold_first=True, fs=7.8)
    main += QUOTE("Le festival, c'est le rendez-vous où nos jeunes sociétaires nous voient autrement qu'au guichet.",
                  "Armelle Guyomarc'h, directrice de la communication, Banque Armor Mutuelle", sponsor=True)
    side = RETENIR(["Un relais = un public du tableau 1.1.",
                    "Bière du Penthièvre et Radio Goëlo FM pour les 18–30 ans d'ici.",
                    "Ouest Riffs et l'office de tourisme pour aller chercher les 40 % hors Bretagne.",
                    "Banque Armor Mutuelle, L'Écho des Côtes et la conserverie pour les familles."])
    side += CLE("310 k€", "apportés en 2025 par les relais, sponsors et mécènes")
    body_page(c, n, main, side)


@page
def p_reseaux(c, n):
    main = [H2("Ce que les relais ont porté"),
            P("Pendant la vague 2, nos relais ont mis l'annonce sous les yeux de très nombreuses personnes. Le post co-signé "
              "avec Bière du Penthièvre a fait 48 000 impressions et le reel du « brassin Estran » 91 000 vues. La newsletter "
              "de Banque Armor Mutuelle est partie chez 180 000 sociétaires, avec 27 % d'ouvertures (48 600 personnes). "
              "Radio Goëlo FM estime ses 126 spots à 310 000 contacts auditeurs. Les trois articles de L'Écho des Côtes ont "
              "été lus 36 000 fois sur le web, l'interview de Big Trawler dans Ouest Riffs 22 000 fois, et la page agenda "
              "de l'office de tourisme a été vue 9 400 fois. Au total, plus de 700 000 contacts cumulés, soit quatre fois "
              "ce que nos propres comptes touchent en un mois."),
            H2("Animer nos réseaux : ce que nous faisons vraiment"),
            P("Nos réseaux ne sont pas une vitrine : ce sont des lieux de conversation, et nous les animons avec quelques "
              "règles simples, tenues toute l'année."),
            ] + BL(["<b>Le compte à rebours.</b> Dix jours avant l'annonce, une pièce de l'affiche par jour en story, "
                    "et les abonnés devinent les noms en commentaire : 1 800 propositions, et un pass offert au premier "
                    "qui trouve les trois têtes d'affiche.",
                    "<b>Les reels de la programmation.</b> Un reel par artiste, 15 secondes, un extrait et une phrase "
                    "sous-titrée, publié à 18 h ; les mêmes vidéos sont déclinées sur TikTok avec le son tendance du moment.",
                    "<b>Les prises de parole des bénévoles.</b> Lou Kerjean, bénévole depuis 2019, prend le compte Instagram "
                    "pendant le montage du site et raconte les coulisses ; ses stories ont 2,3 fois plus de réponses que les "
                    "nôtres.",
                    "<b>Une réponse à chaque commentaire.</b> Aucun commentaire sans réponse sous 24 h, y compris les critiques "
                    "sur les prix ou la programmation : 4 380 réponses en février.",
                    "<b>Les contenus des festivaliers.</b> Nous republions, avec leur accord, les photos taguées #EstranMoment."])
    main += QUOTE("J'ai découvert les têtes d'affiche avec le puzzle en story, je connaissais déjà tout le monde dans les "
                  "commentaires.", "Enzo, 24 ans, Saint-Brieuc")
    side = RETENIR(["Plus de 700 000 contacts cumulés grâce aux relais pendant la vague 2.",
                    "Compte à rebours, reels, bénévoles au micro, réponse à tout : nos quatre habitudes.",
                    "Les stories de Lou font 2,3 fois plus de réponses que les nôtres."])
    side += CLE("91 000", "vues pour le reel co-signé avec Bière du Penthièvre")
    body_page(c, n, main, side)


@page
def p_notoriete(c, n):
    main = [H2("Notre notoriété en un an")]
    main += TAB("Tableau 1.3 — Indicateurs de notoriété, janvier 2025 et janvier 2026", [
        ["Indicateur", "Janvier 2025", "Janvier 2026", "Évolution", "Source"],
        ["Abonnés Instagram", "24 000", "33 000", "+38 %", "Meta Business Suite"],
        ["Abonnés TikTok", "6 100", "14 800", "+143 %", "TikTok Studio"],
        ["Abonnés Facebook", "18 200", "18 500", "+2 %", "Meta Business Suite"],
        ["Taux d'engagement moyen Instagram", "4,1 %", "6,3 %", "+2,2 points", "Meta Business Suite"],
        ["Mentions presse et web (12 mois glissants)", "41", "67", "+63 %", "revue de presse, alertes Google"],
        ["Recherches sur notre nom (impressions mensuelles)", "38 000", "61 000", "+61 %", "Search Console"],
        ["Contacts Brevo", "44 000", "52 000", "+18 %", "Brevo"],
    ], [5.2, 2.2, 2.2, 2.2, 3.6], bold_first=True, align_right=(1, 2, 3))
    main += [P("La progression d'Instagram, de 24 000 à 33 000 abonnés, ne vient pas de la publicité : nous n'avons sponsorisé "
               "aucun post pour gagner des abonnés. Elle suit nos habitudes d'animation. Les prises de parole de Lou et le "
               "compte à rebours créent de la conversation, et le taux d'engagement passe de 4,1 % à 6,3 % ; l'algorithme "
               "montre alors nos publications à des non-abonnés, qui s'abonnent. Répondre à tout a aussi un effet que nous "
               "n'attendions pas : les critiques s'apaisent et d'autres festivaliers répondent à notre place."),
             P("TikTok a plus que doublé grâce aux reels de la programmation, qui y circulent beaucoup plus loin que sur "
               "Instagram. Les mentions presse passent de 41 à 67, tirées par l'interview d'Ouest Riffs, reprise par quatre "
               "sites, et par l'annonce des têtes d'affiche. Les recherches sur notre nom suivent les pics des réseaux : le "
               "10 février, jour de l'annonce, Search Console compte 9 400 impressions sur « festival de l'estran » en une "
               "seule journée."),
             P("Facebook, en revanche, stagne. Nous y publions encore les informations pratiques, mais nous n'y mettrons plus "
               "d'énergie d'animation : notre communauté a clairement choisi Instagram et TikTok.")]
    side = CLE("+9 000", "abonnés Instagram en un an, sans publicité pour en gagner")
    side += RETENIR(["L'engagement passe de 4,1 % à 6,3 % : la conversation crée l'audience.",
                     "TikTok plus que doublé grâce aux reels de la programmation.",
                     "Facebook stagne : nous le gardons pour l'information pratique."])
    body_page(c, n, main, side)


@page
def p_plan_chat(c, n):
    main = [H2("Le plan de communication 2025, mois par mois")]
    main += TAB("Tableau 1.4 — Plan de communication 2025 : prévu et réalisé", [
        ["Mois", "Prévu au plan", "Réalisé"],
        ["Janvier", "vidéo bilan 2024, relance de la vague « Marée basse »", "vidéo bilan le 9 janvier (212 000 vues), relance Brevo le 14"],
        ["Février", "annonce des têtes d'affiche, affichage côtier", "annonce le 11 février, 380 affiches posées sur 420 prévues"],
        ["Mars", "programmation complète, lancement des Ads « vacanciers »", "programmation complète le 18 mars, Ads lancées le 3 mars"],
        ["Avril", "20 reels d'artistes, deux jeux avec Radio Goëlo FM", "14 reels publiés, deux jeux"],
        ["Mai", "campagne camping, relais de l'office de tourisme", "envoi camping le 6 mai, page agenda en ligne le 12"],
        ["Juin", "compte à rebours J-30, infos pratiques, appel aux bénévoles", "compte à rebours lancé le 18 juin, guide pratique le 25"],
        ["Juillet", "J-10, lives pendant le festival, offres de dernière minute", ""],
    ], [1.4, 5.6, 5.6], bold_first=True)
    main += [H3("L'équipe info festivaliers"),
             P("Depuis 2024, une bulle Crisp répond aux questions sur toutes les pages du site. Entre le 1er mars et le 31 juillet "
               "2025, l'équipe info festivaliers a reçu 2 870 conversations. Le robot, nourri de nos 46 réponses types, en a "
               "clos 64 % seul : horaires, objets interdits, navettes depuis la gare de Lamballe. Les 36 % restants, soit 1 033 "
               "conversations, ont été pris par quatre personnes (deux salariées et deux volontaires en service civique), "
               "avec une première réponse en 6 minutes en médiane. Les vendredis concentrent 21 % des conversations, et le "
               "seul vendredi 18 juillet en compte 412 : les gens quittent le travail et préparent leur week-end. Le camping "
               "(27 %) et le bracelet cashless (19 %) arrivent en tête des sujets, devant les billets nominatifs (17 %). Nous "
               "renforcerons donc l'équipe le vendredi soir et enrichirons les réponses du robot sur le camping."),
             P("Nous aurions voulu joindre deux conversations complètes en exemple, mais Crisp efface les conversations au "
               "bout de 30 jours dans notre formule et nous ne les avions pas exportées.")]
    side = CLE("2 870", "conversations avec l'équipe info festivaliers, de mars à juillet 2025")
    side += RETENIR(["64 % des conversations réglées par le robot.",
                     "Première réponse humaine en 6 minutes (médiane).",
                     "Pic le vendredi : 412 conversations le 18 juillet.",
                     "Camping et bracelet : les deux sujets qui reviennent."])
    body_page(c, n, main, side)


# ------------------------------------------------------------------------------------------------ 02
@page
def p_02(c, n):
    main = [H2("Trois caisses en ligne"),
            P("Un festivalier de l'Estran paie en ligne à trois endroits : la billetterie Guichet Breizh pour ses pass et "
              "son camping, la boutique WooCommerce pour le t-shirt à 25 €, le sweat à 49 € ou la gourde à 15 €, et la page "
              "de recharge de son bracelet Estran. En 2025, 1,58 M€ sont passés sur les bracelets, dont 640 k€ de recettes "
              "pour l'association (bars et commissions)."),
            H3("Où la boutique doit apparaître")] + BL([
        "<b>La bannière d'accueil du site</b> : c'est la page la plus vue (61 000 sessions en juin) ; le t-shirt de l'année "
        "y apparaît dès l'annonce de l'affiche.",
        "<b>L'e-mail de confirmation du billet</b> : Guichet Breizh nous laisse un bloc libre ; l'acheteur est content, "
        "nous lui proposons le sweat « à retirer sur place ».",
        "<b>La page de recharge cashless</b> : le festivalier est déjà dans l'ambiance, la gourde y a toute sa place.",
        "<b>La fiche produit</b> : t-shirt et gourde présentés ensemble.",
        "<b>Le panier</b> : la gourde à 15 € en ajout d'un clic."])
    side = CLE("41 €", "dépensés par festivalier et par jour sur le bracelet Estran")
    side += CLE("48 k€", "de ventes pour la boutique en 2025")
    side += CLE("58 %", "des pass « Marée basse » 2026 achetés par des festivaliers 2025")
    body_page(c, n, main, side, opener=("02", "Vendre en ligne", "Billets, boutique, bracelet : encaisser, faciliter, fidéliser"))


@page
def p_produit_paiement(c, n):
    main = [H2("Un exemple : le « produit de la semaine »"),
            P("Depuis avril 2025, chaque semaine, un seul produit de la boutique prend la bannière d'accueil. Exemple avec le "
              "sweat « Grande Marée », du lundi 14 au dimanche 20 avril : dans WooCommerce, nous l'avons marqué comme "
              "produit mis en avant (l'étoile dans la liste des produits), puis placé le bloc « Produits mis en avant » dans "
              "la bannière, limité à un produit. Nous avons programmé un prix promotionnel de 41,65 € au lieu de 49 € "
              "(−15 %) avec les dates de début et de fin, pour que le prix revienne seul le lundi suivant. Cette semaine-là, "
              "86 sweats sont partis, contre 23 en moyenne les semaines précédentes. WooCommerce propose d'autres fonctions "
              "que nous n'avons pas encore exploitées : ventes croisées, produits suggérés, codes promo, étiquettes « nouveau »."),
            H2("Nos solutions d'encaissement"),
            P("La billetterie et les recharges passent par le module de paiement de Guichet Breizh : carte bancaire (CB, "
              "Visa, Mastercard), Apple Pay et Google Pay. La boutique encaisse par Stripe, installé en juin 2024 avec "
              "l'extension officielle pour WooCommerce : cartes, Apple Pay et Google Pay également. Le 3 mars 2026, nous "
              "avons testé chaque parcours, du choix au paiement, sur six configurations.")]
    main += TAB("Tableau 2.1 — Tests de paiement du 3 mars 2026", [
        ["Appareil et navigateur", "Billetterie", "Boutique", "Recharge cashless", "Remarque"],
        ["iPhone 13, Safari", "OK (CB, Apple Pay)", "OK (CB, Apple Pay)", "OK", "—"],
        ["Samsung Galaxy A54, Chrome", "OK (CB, Google Pay)", "OK (CB, Google Pay)", "OK", "—"],
        ["iPad 9e génération, Safari", "OK", "Apple Pay absent, puis OK", "OK", "domaine à vérifier dans Stripe : corrigé le jour même"],
        ["PC Windows 11, Chrome et Firefox", "OK", "OK", "OK", "3D Secure par l'appli bancaire"],
        ["MacBook, Safari", "OK (CB, Apple Pay)", "OK", "OK", "—"],
        ["Android en 4G sur le site (camping)", "OK en 41 s", "OK en 38 s", "OK en 29 s", "deux barres de réseau, aucun échec"],
    ], [3.6, 2.6, 2.8, 2.2, 4.0], bold_first=True, fs=7.8)
    side = RETENIR(["Un seul produit en avant par semaine, prix programmé dans WooCommerce.",
                    "Sweat « Grande Marée » : 86 ventes en une semaine contre 23.",
                    "Guichet Breizh pour billets et recharges, Stripe pour la boutique.",
                    "Six configurations testées, un défaut corrigé."])
    body_page(c, n, main, side)


@page
def p_confiance_facilites(c, n):
    main = [H2("Donner confiance au moment de payer"),
            P("Acheter un pass de 119 € pour un festival qui a lieu cinq mois plus tard demande de la confiance. Nous l'appuyons "
              "sur quatre garanties, rappelées sur la page billetterie et dans l'e-mail de confirmation. Les billets sont "
              "<b>nominatifs</b>, avec un QR code unique, et contrôlés à l'entrée. La <b>revente officielle</b> se fait "
              "uniquement dans Guichet Breizh, au prix d'achat : nous répétons à chaque vague qu'un billet acheté ailleurs "
              "risque d'être refusé. Chaque paiement par carte passe par le <b>3D Secure</b> de la banque de l'acheteur. "
              "Enfin, les <b>règles en cas d'annulation</b> sont écrites noir sur blanc : remboursement intégral si le "
              "festival est annulé, remboursement de la journée si une journée l'est.")]
    main += QUOTE("J'ai rechargé mon bracelet depuis la file du camping.", "Maëlle, 22 ans")
    main += [H2("Les facilités de paiement"),
             P("Trois facilités sont proposées aux festivaliers :")] + BL([
        "<b>le paiement en 3 ou 4 fois</b> avec Alma, sans frais pour l'acheteur, dès 89 € de panier, dans Guichet Breizh "
        "depuis la vague « Marée basse » 2025 ;",
        "<b>le Pass Culture</b> : le pass 1 jour est proposé dans l'application aux jeunes de 17 et 18 ans ;",
        "<b>les chèques-vacances ANCV</b> : e-Chèque-Vacances en ligne et chèques papier au bureau de l'association."])
    main += [P("Le paiement en plusieurs fois a séduit 1 940 commandes en 2025, soit 11 % des commandes de pass 3 jours. Le "
               "panier moyen de ces commandes atteint 236 €, contre 200 € pour les paiements comptant, soit +18 % : les "
               "acheteurs ajoutent plus souvent le camping ou un deuxième pass. Pour un étudiant, étaler 119 € sur trois mois "
               "rend le pass 3 jours possible dès l'hiver ; pour nous, l'argent arrive en une fois, Alma prenant le risque, "
               "et la commission (3,1 % du panier) reste bien inférieure au gain sur le panier.")]
    side = RETENIR(["Billet nominatif, revente officielle, 3D Secure, règles d'annulation claires.",
                    "Alma, Pass Culture et chèques-vacances ANCV proposés.",
                    "Paiement en plusieurs fois : 11 % des commandes de pass 3 jours."])
    side += CLE("+18 %", "de panier moyen pour les commandes payées en plusieurs fois")
    body_page(c, n, main, side)


@page
def p_fideles(c, n):
    main = [H2("Les Fidèles : garder ceux qui viennent déjà"),
            P("Un festivalier qui revient nous coûte bien moins cher qu'un nouveau : pas d'annonce à payer, il connaît le "
              "site, il amène ses amis. En 2025, 17 800 acheteurs ont leur compte dans Guichet Breizh ; nous les appelons "
              "les Fidèles. Avant de choisir, nous avons recensé ce que nous pouvions leur proposer.")]
    main += TAB("Tableau 2.2 — Les dispositifs de fidélité recensés", [
        ["Dispositif", "Ce que c'est", "Ce que cela nous coûte", "Retenu ?"],
        ["Prévente Fidèles", "48 h d'accès aux pass avant l'ouverture publique de chaque vague", "rien, un envoi Brevo", "oui"],
        ["Reliquat cashless en bon d'achat", "le solde non dépensé sur le bracelet devient un bon pour le pass ou la boutique de l'année suivante",
         "le remboursement que nous aurions versé", "oui, en complément"],
        ["Réduction Fidèles", "−10 % sur le pass 3 jours pour les acheteurs de l'année précédente", "environ 11,90 € par pass", "non"],
        ["Parrainage", "un pass camping offert pour trois amis parrainés", "25 € par parrain récompensé", "à l'essai en 2027"],
        ["Carte à points", "des points à chaque achat, échangeables contre du merch", "outil à développer chez Guichet Breizh", "non"],
    ], [2.8, 5.4, 3.4, 2.0], bold_first=True)
    main += [P("Nous avons choisi la <b>prévente</b> comme dispositif principal. Le chiffre qui nous a décidés : sur les pass "
               "« Marée basse » de l'édition 2026, 58 % ont été achetés par des festivaliers 2025. Nos Fidèles n'attendent pas "
               "une remise, ils veulent être sûrs d'avoir leur place et acheter tôt. La prévente leur donne exactement cela, "
               "sans baisser nos recettes, et elle sert le projet « complet avant le 1er juillet » : chaque pass vendu en "
               "prévente est un pass de moins à aller chercher en juin avec de la publicité. La réduction de 10 % aurait "
               "coûté près de 50 000 € à des gens qui achetaient de toute façon. Le bon d'achat sur le reliquat cashless "
               "complète la prévente : il transforme un remboursement en raison de revenir.")]
    side = CLE("17 800", "Fidèles, acheteurs 2025 avec un compte Guichet Breizh")
    side += RETENIR(["Cinq dispositifs recensés, deux retenus.",
                     "La prévente, parce que les Fidèles veulent acheter tôt.",
                     "Pas de remise : elle aurait coûté près de 50 000 €."])
    body_page(c, n, main, side)


@page
def p_benevoles(c, n):
    main = [H2("Fidéliser nos bénévoles"),
            P("Sans les 1 100 bénévoles, il n'y a pas de festival. Ils tiennent les bars, l'accueil, le camping, les "
              "entrées, le tri des déchets et le montage du site. Garder les mêmes d'une année sur l'autre compte autant "
              "pour nous que remplir la jauge : un bénévole qui revient connaît déjà son poste, ses horaires et les "
              "consignes de sécurité, et il forme les nouveaux."),
            H3("Ce que nous leur offrons")] + BL([
        "trois repas chauds par jour de mission, préparés par le traiteur du festival, et un espace bénévoles avec "
        "douches ;",
        "le t-shirt bénévole de l'année, dessiné par l'illustratrice de l'affiche, qui ne se vend pas en boutique ;",
        "un accès au festival en dehors des heures de mission et une place au camping bénévoles ;",
        "une priorité de réinscription : les bénévoles de l'année reçoivent le formulaire un mois avant l'appel public ;",
        "la soirée des bénévoles en septembre, avec un concert surprise et le bilan de l'édition."])
    main += [H3("Ce que cela donne"),
             P("En 2025, 68 % des bénévoles étaient déjà venus au moins une fois, contre 59 % en 2023. L'enquête envoyée après "
               "le festival (612 réponses) donne une note de 8,7 sur 10 à l'ambiance et de 7,4 aux repas. Les chefs d'équipe "
               "ont demandé un planning en ligne plus tôt : il sera publié dès le 15 mai pour l'édition 2026, dans "
               "l'application bénévoles que nous testons avec Lou Kerjean et une vingtaine de volontaires.")]
    main += QUOTE("Je reviens pour l'équipe du bar 3 autant que pour les concerts.", "Yoann, bénévole depuis 2016")
    side = CLE("68 %", "des bénévoles 2025 étaient déjà venus au moins une fois")
    side += RETENIR(["Repas, t-shirt, camping bénévoles, priorité de réinscription.",
                     "Note de 8,7 sur 10 pour l'ambiance.",
                     "Planning en ligne dès le 15 mai 2026."])
    body_page(c, n, main, side)


# ------------------------------------------------------------------------------------------------ 03
@page
def p_03(c, n):
    main = [H2("Où nous en étions en janvier 2025"),
            P("Notre site, festival-estran.bzh, vit au rythme de la saison : 61 000 sessions en juin, 4 200 en novembre. "
              "Début 2025, il n'était trouvé que par ceux qui connaissaient déjà notre nom. Sur les recherches de ceux qui "
              "cherchent un festival sans savoir lequel (« festival bretagne juillet », « festival plage bretagne »), "
              "Fest'Argoat et Rock'n'Vallée occupaient les premières places et nous étions au-delà de la troisième page. "
              "Or ces festivaliers-là sont justement ceux qui viennent de loin."),
            H3("Nos outils de mesure")] + BL([
        "<b>Google Analytics 4</b> : sessions, sources de trafic, achats de la boutique et achats de billets remontés par "
        "la balise de Guichet Breizh ;",
        "<b>Google Search Console</b> : requêtes, impressions, clics et positions dans les résultats de Google ;",
        "<b>Ahrefs</b> (formule Lite, trois mois en 2025) : liens entrants, domaines référents, positions des concurrents ;",
        "<b>Looker Studio</b> : rassemble ces sources dans nos tableaux de bord."])
    side = CLE("+64 %", "de clics depuis les résultats naturels de Google en 2025")
    side += CLE("171", "domaines référents en septembre 2025, contre 96 en janvier")
    side += CLE("7e", "place sur « festival bretagne juillet », contre 31e un an plus tôt")
    body_page(c, n, main, side, opener=("03", "Être trouvés", "Notre visibilité naturelle dans les moteurs de recherche"))


@page
def p_actions(c, n):
    main = [H2("Onze actions, trois niveaux de priorité"),
            P("En février 2025, nous avons listé tout ce qui pouvait améliorer notre visibilité naturelle et classé chaque "
              "action selon son effet attendu sur les ventes et l'effort demandé. P1 : à faire avant la programmation "
              "complète de mars ; P2 : avant juin ; P3 : quand le reste est fait.")]
    main += TAB("Tableau 3.1 — Nos onze actions de visibilité naturelle, classées", [
        ["N°", "Action", "Priorité", "Pourquoi", "Quand", "Fait ?"],
        ["1", "Réécrire les titres et descriptions des 12 pages clés", "P1", "elles reçoivent 80 % des visites", "février", "oui"],
        ["2", "Une page par artiste (42 pages)", "P1", "capter les recherches sur les noms des artistes", "mars", "oui"],
        ["3", "Compléter la page /camping (tarifs, plan, questions)", "P1", "première question posée à l'équipe info", "mars", "oui"],
        ["4", "Alléger les images (WebP) et activer le cache", "P1", "site lent sur mobile", "mars", "oui"],
        ["5", "Obtenir des liens amis de nos relais et des sites de tourisme", "P1", "nous manquions de sites qui parlent de nous", "mars–juin", "oui"],
        ["6", "Créer la page « Venir au festival » (train, navettes)", "P2", "recherches pratiques des vacanciers", "avril", "oui"],
        ["7", "Compléter la fiche Google Business Profile", "P2", "recherches locales et carte", "avril", "oui"],
        ["8", "Baliser les dates du festival en données structurées", "P2", "affichage des dates dans Google", "mai", "oui"],
        ["9", "Traduire billetterie et infos pratiques en anglais", "P2", "vacanciers britanniques de la côte", "mai", "en partie"],
        ["10", "Articles « que faire autour de Pléneuf-Val-André »", "P3", "toucher les vacanciers avant leur choix", "été", "2 sur 6"],
        ["11", "Archives des éditions 2009–2024", "P3", "recherches sur les anciennes affiches", "hiver", "non"],
    ], [0.6, 5.2, 1.2, 4.2, 1.4, 1.2], fs=7.8)
    side = RETENIR(["Le référencement naturel désigne l'ensemble des techniques qui visent à améliorer la position d'un site "
                    "dans les résultats non payants des moteurs de recherche.",
                    "Il repose sur trois piliers : la technique (vitesse, indexation, balisage), le contenu (mots-clés, "
                    "qualité, fraîcheur) et la popularité (liens entrants, mentions).",
                    "C'est un travail de long terme : les effets se mesurent en mois, pas en jours."])
    side += CLE("5 sur 11", "actions classées P1, toutes réalisées avant avril 2025", size=30)
    body_page(c, n, main, side)


EXPR = [
    ("festival de l'estran", "9 900", "billet", "février–juillet", "/ (accueil)"),
    ("festival musique bretagne", "3 600", "choisir", "avril–juillet", "/ (accueil)"),
    ("que faire en bretagne en juillet", "4 400", "s'informer", "juin–juillet", "/venir"),
    ("festival estran programmation", "2 900", "s'informer", "février–juillet", "/programmation"),
    ("festival été bretagne", "2 900", "choisir", "mai–août", "/ (accueil)"),
    ("festival bretagne juillet", "2 400", "choisir", "mai–juillet", "/programmation"),
    ("soline varech concert 2026", "2 400", "billet", "février–juillet", "/artistes/soline-varech"),
    ("estran billetterie", "1 900", "billet", "février–juillet", "/billetterie"),
    ("festival estran 2026", "1 600", "billet", "février–juillet", "/billetterie"),
    ("big trawler tournée", "1 600", "billet", "février–juillet", "/artistes/big-trawler"),
    ("festival côtes d'armor 2026", "1 300", "choisir", "mars–juillet", "/programmation"),
    ("festival rock bretagne", "1 300", "choisir", "avril–juillet", "/programmation"),
    ("que faire à pléneuf val andré", "1 000", "s'informer", "juin–août", "/venir"),
    ("festival plage bretagne", "880", "choisir", "mai–juillet", "/ (accueil)"),
    ("dj morgat", "880", "s'informer", "toute l'année", "/artistes/dj-morgat"),
    ("camping festival estran", "720", "pratique", "juin–juillet", "/camping"),
    ("festival électro bretagne", "720", "choisir", "avril–juillet", "/programmation"),
    ("concert val andré", "590", "s'informer", "juillet", "/programmation"),
    ("festival près de saint-brieuc", "590", "choisir", "mai–juillet", "/venir"),
    ("bénévole festival bretagne", "590", "s'informer", "mars–juin", "/benevoles"),
    ("festival camping bretagne", "480", "billet", "mai–juillet", "/camping"),
    ("festival week-end juillet", "480", "choisir", "mai–juillet", "/ (accueil)"),
    ("pass 3 jours estran", "390", "billet", "février–juillet", "/billetterie"),
    ("bracelet cashless estran", "320", "pratique", "juillet", "/cashless"),
    ("festival pas cher bretagne", "320", "choisir", "avril–juillet", "/billetterie"),
    ("festival famille bretagne", "260", "choisir", "mai–juillet", "/familles"),
    ("navette festival lamballe", "170", "pratique", "juillet", "/venir"),
    ("t-shirt festival estran", "140", "acheter", "juin–décembre", "/boutique"),
]
assert len(EXPR) == 28


@page
def p_expressions(c, n):
    main = [H2("Nos expressions cibles")]
    main += TAB("Tableau 3.2 — Nos 28 expressions cibles (recherches mensuelles moyennes en France, Ahrefs, mise à jour du "
               "12 février 2026)",
               [["N°", "Expression cible", "Recherches / mois", "Intention", "Saison", "Page qui la porte"]] +
               [[str(i + 1)] + list(e) for i, e in enumerate(EXPR)],
               [0.6, 5.0, 1.7, 1.7, 2.3, 3.6], fs=7.6, align_right=(2,))
    side = RETENIR(["<b>1. Lister</b> ce que les festivaliers tapent vraiment : requêtes de Search Console, suggestions de "
                    "Google, questions posées à l'équipe info festivaliers.",
                    "<b>2. Mesurer</b> pour chaque expression le volume mensuel et la saison de recherche (Ahrefs, Google Trends).",
                    "<b>3. Classer</b> par intention : choisir un festival, s'informer, acheter un billet, question pratique.",
                    "<b>4. Attribuer</b> une seule page à chaque expression, puis vérifier tous les mois la position de la "
                    "page sur son expression."], title="À retenir : notre méthode en 4 étapes", plain=True)
    side += CLE("28", "expressions cibles, réparties sur %d pages du site" % len({e[4] for e in EXPR}))
    body_page(c, n, main, side)


@page
def p_pourquoi_positions(c, n):
    main = [H2("Pourquoi ces expressions"),
            P("<b>Le tourisme d'été</b> d'abord. La Côte de Penthièvre vit de ses vacanciers de juillet, et ils cherchent "
              "une sortie avant même de savoir laquelle : « que faire en bretagne en juillet » totalise 4 400 recherches par "
              "mois, avec un pic en juin. C'est le chemin le plus direct vers les 40 % de festivaliers hors Bretagne, et "
              "c'est pourquoi nous avons créé la page « Venir au festival » pour la porter."),
            P("<b>Les noms des artistes</b> ensuite. Après l'annonce du 10 février, les recherches sur Soline Varech, Big "
              "Trawler et DJ Morgat ont explosé : 2 400 recherches mensuelles pour « soline varech concert 2026 ». Ces "
              "internautes connaissent l'artiste mais pas encore le festival ; la page de l'artiste les accueille avec la "
              "date de son concert et le lien vers la billetterie."),
            P("<b>Les festivals comparables</b> enfin. Ahrefs montre que Fest'Argoat et Rock'n'Vallée tiennent les premières "
              "places sur les expressions larges comme « festival bretagne juillet ». Plus anciens et plus gros, ils ont "
              "davantage de liens ; plutôt que de les affronter partout, nous visons aussi des expressions qu'ils négligent "
              "et qui nous ressemblent : « festival plage bretagne », « festival camping bretagne », « festival près de "
              "saint-brieuc ».")]
    main += TAB("Tableau 3.3 — Position moyenne de neuf requêtes dans Google (Search Console)", [
        ["Requête", "Janvier 2025", "Janvier 2026", "Page qui remonte"],
        ["festival bretagne juillet", "31e", "7e", "/programmation"],
        ["festival musique bretagne", "24e", "9e", "accueil"],
        ["festival plage bretagne", "18e", "4e", "accueil"],
        ["festival camping bretagne", "27e", "6e", "/camping"],
        ["que faire en bretagne en juillet", "64e", "14e", "/venir"],
        ["festival côtes d'armor", "12e", "3e", "/programmation"],
        ["concert val andré", "9e", "2e", "/programmation"],
        ["festival rock bretagne", "41e", "16e", "/programmation"],
        ["navette festival lamballe", "absent", "1er", "/venir"],
    ], [5.0, 2.2, 2.2, 3.6], bold_first=False, align_right=(1, 2), fs=7.8)
    side = RETENIR(["Trois raisons : le tourisme d'été, les noms des artistes, les festivals comparables.",
                    "Nous évitons l'affrontement direct avec Fest'Argoat et Rock'n'Vallée.",
                    "Neuf requêtes suivies, neuf en progression."])
    side += CLE("31e → 7e", "sur « festival bretagne juillet » entre janvier 2025 et janvier 2026", size=30)
    body_page(c, n, main, side)


@page
def p_liens(c, n):
    main = [H2("Nos liens amis")]
    main += TAB("Tableau 3.4 — Les neuf liens amis obtenus en 2025", [
        ["Site", "Type", "Page qui pointe vers nous", "Obtenu le", "Sessions apportées en 2025 (GA4)"],
        ["Office de tourisme Côte de Penthièvre", "tourisme", "agenda de l'été, page « grands événements »", "12 mai", "2 140"],
        ["Ouest Riffs", "webzine", "interview de la programmatrice invitée", "4 avril", "1 380"],
        ["L'Écho des Côtes", "quotidien", "article « les festivals de l'été »", "22 mai", "960"],
        ["Radio Goëlo FM", "radio", "page partenaires", "3 mars", "lien obtenu"],
        ["Bière du Penthièvre", "brasserie", "page « où nous trouver »", "17 mars", "lien obtenu"],
        ["Banque Armor Mutuelle", "sponsor", "page mécénat culturel", "9 avril", "lien obtenu"],
        ["Mairie de Pléneuf-Val-André", "collectivité", "agenda municipal", "28 mars", "lien obtenu"],
        ["Bretagne Sorties", "agenda en ligne", "fiche du festival", "15 avril", "lien obtenu"],
        ["Cars Penthièvre Mobilité", "transport", "page des navettes depuis Lamballe", "2 juin", "lien obtenu"],
    ], [4.0, 1.9, 4.4, 1.6, 2.6], bold_first=True, fs=7.8)
    main += [H3("Les domaines référents, janvier et septembre 2025"),
             P("Ahrefs comptait 96 domaines référents en janvier 2025 et 171 en septembre, soit 75 de plus en huit mois. Notre "
               "indice de popularité Ahrefs (Domain Rating) est passé de 28 à 39. Les neuf liens amis n'expliquent pas tout : "
               "la presse qui a repris l'interview d'Ouest Riffs et les blogs de festivaliers ont suivi. Entre janvier et "
               "septembre, la part des domaines locaux (Côtes-d'Armor et Ille-et-Vilaine) passe de 22 % à 35 %."),
             H3("Toutes nos actions réunies"),
             P("De janvier à juillet 2025, comparés à la même période de 2024, les clics depuis les résultats naturels de "
               "Google passent de 182 000 à 298 500 (+64 %) et les impressions de 3,1 à 6,5 millions (×2,1). La position "
               "moyenne du site passe de 19,4 à 11,2, et les sessions venues de la recherche naturelle progressent de 58 % "
               "dans GA4. Pour la première fois, la recherche naturelle est notre première source de visites en juin, devant "
               "les réseaux sociaux.")]
    side = CLE("96 → 171", "domaines référents entre janvier et septembre 2025 (Ahrefs)", size=30)
    side += RETENIR(["Neuf liens amis, tous liés à nos relais ou à notre territoire.",
                     "Domain Rating Ahrefs : de 28 à 39.",
                     "Clics naturels +64 %, impressions ×2,1."])
    body_page(c, n, main, side)


# ------------------------------------------------------------------------------------------------ 04
@page
def p_04(c, n):
    main = [H2("Nos campagnes payantes 2025"),
            P("Du 3 mars au 13 juillet 2025, nous avons mené trois campagnes Google Ads, chacune avec son rôle, son budget "
              "et sa zone : <b>Marque</b> protège notre nom face aux revendeurs (3 200 €, France) ; <b>Programmation</b> "
              "capte les recherches sur les artistes et les festivals de l'été (8 600 €, Grand Ouest et Paris) ; "
              "<b>« Que faire en Bretagne en juillet »</b> va chercher les vacanciers (9 600 €, hors Bretagne). Elles "
              "enchérissent en « maximiser les conversions », l'achat de billet étant remonté de Guichet Breizh vers GA4 "
              "puis importé dans Google Ads. Sur Meta, nous avons sponsorisé des posts à part (chapitre 04, p. 22).")]
    main += TAB("Tableau 4.1 — Expressions, profils et pages d'arrivée", [
        ["Campagne", "Expressions achetées ou profils visés", "Exclusions", "Page d'arrivée"],
        ["Google — Marque", "festival de l'estran, estran billetterie, pass estran (expression exacte)", "revente, gratuit, viagogo", "/billetterie"],
        ["Google — Programmation", "noms des artistes, festival bretagne juillet, festival rock bretagne (expression)", "paroles, album, biographie", "/programmation"],
        ["Google — Vacanciers", "que faire en bretagne en juillet, vacances côtes d'armor, festival camping bretagne", "emploi, saisonnier, location", "/camping"],
        ["Meta — Line-up", "18–30 ans, Bretagne et Pays de la Loire, centres d'intérêt : festivals, rock, musique électronique", "acheteurs 2026", "/programmation"],
        ["Meta — Vacanciers", "25–55 ans, Île-de-France et Normandie, intérêts : Bretagne, camping, vacances en famille", "acheteurs 2026", "/camping"],
    ], [2.6, 6.2, 2.6, 2.0], bold_first=True, fs=7.7)
    side = CLE("21 400 €", "investis en Google Ads du 3 mars au 13 juillet 2025", size=34)
    side += CLE("6 900 €", "de posts sponsorisés sur Instagram et Facebook", size=34)
    side += CLE("61 000", "sessions sur le site en juin 2025", size=34)
    body_page(c, n, main, side, opener=("04", "Payer, mesurer, corriger", "Publicité, tableaux de suivi, baromètre et corrections pour 2026"))


@page
def p_annonces(c, n):
    main = [H2("Les six annonces de la saison"),
            P("Chaque annonce reprend les mots de l'expression achetée et renvoie vers la page qui y répond. Voici la "
              "version la plus diffusée de chacune.")]
    main += TAB("Tableau 4.2 — Nos six annonces", [
        ["Campagne", "Titres ou accroche", "Texte"],
        ["Google — Marque", "Festival de l'Estran 2025 | Billetterie officielle | 18, 19 et 20 juillet",
         "Pass 1 jour 49 €, 3 jours 119 €. Billets nominatifs, revente officielle uniquement. Réservez sur le site officiel."],
        ["Google — Programmation", "Les Goémoniers du Dimanche | Festival de l'Estran | Concerts face à la mer",
         "Les Goémoniers du Dimanche, Nora Kerbrat, Atlantic Static et 40 artistes à Pléneuf-Val-André, du 18 au 20 juillet."],
        ["Google — Vacanciers", "Que faire en juillet en Bretagne ? | 3 jours de concerts | Camping au festival",
         "Un week-end de musique sur la Côte de Penthièvre. Pass 3 jours et camping, paiement en 3 fois sans frais."],
        ["Google — Camping", "Camping du festival à 25 € | Réveil face à la mer | Navettes depuis Lamballe",
         "Posez votre tente à deux pas des scènes. Douches, consigne, recharge du bracelet sur place."],
        ["Meta — Line-up", "La vague têtes d'affiche est ouverte",
         "Les Goémoniers du Dimanche, Nora Kerbrat, Atlantic Static : rendez-vous les 18, 19 et 20 juillet au-dessus de la "
         "plage. Pass 3 jours 119 €, en 3 fois sans frais. Bouton : Acheter."],
        ["Meta — Vacanciers", "Vos vacances en Bretagne commencent le 18 juillet",
         "Trois jours de concerts sur la Côte de Penthièvre, camping à 25 €, navettes depuis la gare de Lamballe. "
         "Bouton : En savoir plus."],
    ], [2.3, 5.0, 6.6], bold_first=True)
    main += QUOTE("La bière a été brassée pour l'Estran, et elle est partie aussi vite que les billets du samedi.",
                  "Erwan Jégou, fondateur de Bière du Penthièvre", sponsor=True)
    side = RETENIR(["Titres courts : le nom, la date, la promesse.",
                    "Toujours les garanties : billets nominatifs, revente officielle.",
                    "Le paiement en 3 fois rappelé dans les annonces « vacanciers »."])
    body_page(c, n, main, side)


WEEKS = ["3 mars", "10 mars", "17 mars", "24 mars", "31 mars", "7 avril", "14 avril", "21 avril", "28 avril", "5 mai",
         "12 mai", "19 mai", "26 mai", "2 juin", "9 juin", "16 juin", "23 juin", "30 juin", "7 juillet"]
SPEND = [780, 1020, 1240, 1100, 940, 860, 900, 820, 760, 880, 960, 1040, 1100, 1180, 1260, 1420, 1560, 1680, 1900]
IMPR = [41000, 52000, 66000, 58000, 49000, 45000, 47000, 43000, 40000, 46000, 51000, 55000, 59000, 63000, 68000, 77000,
        86000, 92000, 104000]
CLICKS = [1420, 1830, 2390, 2120, 1760, 1610, 1690, 1520, 1410, 1650, 1860, 2010, 2160, 2330, 2540, 2920, 3280, 3540, 4080]
TICKETS = [61, 78, 104, 88, 69, 59, 63, 55, 49, 62, 70, 81, 92, 112, 133, 204, 229, 253, 288]
assert sum(SPEND) == 21400 and sum(TICKETS) == 2150


@page
def p_suivi(c, n):
    rows = [["Semaine du", "Dépense", "Impressions", "Clics", "Taux de clic", "Billets vendus", "Coût par billet"]]
    for w, s, i, k, t in zip(WEEKS, SPEND, IMPR, CLICKS, TICKETS):
        rows.append([w, eur(s), fmt(i), fmt(k), dec(100 * k / i) + " %", str(t), dec(s / t, 2) + " €"])
    rows.append(["<b>Total</b>", "<b>%s</b>" % eur(sum(SPEND)), "<b>%s</b>" % fmt(sum(IMPR)), "<b>%s</b>" % fmt(sum(CLICKS)),
                 "<b>%s %%</b>" % dec(100 * sum(CLICKS) / sum(IMPR)), "<b>%s</b>" % fmt(sum(TICKETS)),
                 "<b>%s €</b>" % dec(sum(SPEND) / sum(TICKETS), 2)])
    main = TAB("Tableau 4.3 — Suivi hebdomadaire des campagnes Google Ads, mars à juillet 2025", rows,
               [1.8, 1.5, 1.7, 1.3, 1.4, 1.5, 1.6], fs=7.3, align_right=(1, 2, 3, 4, 5, 6))
    main += [P("<b>Efficacité.</b> Le coût par billet part de 12,79 € la première semaine et descend sous 7 € à partir du 16 "
               "juin : plus la date approche, plus ceux qui cliquent achètent. Les semaines creuses d'avril coûtent entre "
               "14 et 15,50 € le billet ; nous y avons maintenu un budget minimal pour ne pas disparaître. <b>Visibilité.</b> Les "
               "impressions passent de 41 000 à 104 000 par semaine et le taux de clic reste proche de 3,5 %, signe que les "
               "annonces restent pertinentes quand le volume grossit ; la hausse du 17 mars et celle de la fin juin suivent la "
               "programmation complète et le compte à rebours, et la recherche naturelle progresse en parallèle. "
               "<b>Rendement.</b> La dernière semaine, 1 900 € dépensés pour 288 billets : c'est la semaine la plus rentable, "
               "mais aussi celle que le projet 2026 veut éviter, puisque nous voulons être complets avant le 1er juillet.")]
    side = CLE("168 000 €", "de billets vendus par Google Ads pour 21 400 € dépensés : 7,85 € de billetterie pour 1 € investi",
               size=30)
    side += RETENIR(["Coût moyen : 9,95 € de publicité par billet.",
                     "Taux de clic stable autour de 3,5 %.",
                     "Juillet : la semaine la plus rentable, celle qu'il faut rendre inutile."])
    body_page(c, n, main, side)


@page
def p_posts_outils(c, n):
    main = [H2("Les posts sponsorisés sur Meta")]
    main += TAB("Tableau 4.4 — Nos six posts sponsorisés 2025 (Instagram et Facebook)", [
        ["Post", "Diffusion", "Coût", "Impressions", "Clics", "Billets attribués"],
        ["Reel annonce des têtes d'affiche", "11–25 février", "1 400 €", "312 000", "4 870", "96"],
        ["Carrousel programmation complète", "18 mars – 1er avril", "1 200 €", "251 000", "3 640", "81"],
        ["Reel camping « réveil face à la mer »", "6–20 mai", "1 100 €", "198 000", "2 980", "74"],
        ["Story sondage « ton jour préféré »", "2–9 juin", "700 €", "141 000", "1 320", "27"],
        ["Reel aftermovie 2024", "10–24 juin", "1 300 €", "286 000", "2 410", "38"],
        ["Carrousel dernière minute", "1er–13 juillet", "1 200 €", "224 000", "3 950", "96"],
        ["Total", "", "6 900 €", "1 412 000", "19 170", "412"],
    ], [4.6, 2.6, 1.4, 1.8, 1.4, 2.0], bold_first=True, fs=7.7, align_right=(2, 3, 4, 5))
    main += [P("Rendement : voir p. 21."),
             H2("Pourquoi GA4 et Looker Studio"),
             P("Guichet Breizh fournit un tableau de bord clair, mais il ne voit que les billets : ni la boutique, ni les "
               "sources de trafic au-delà de quelques liens suivis, ni la publicité. Nous voulions une seule vue pour les "
               "billets et le merch, partagée avec Soizic, Tanguy et le bureau. Nous avons donc retenu GA4 pour les visites et "
               "les achats de la boutique, et Looker Studio pour tout réunir : l'export quotidien de Guichet Breizh "
               "(par Google Sheets), GA4, Google Ads et Search Console. Nos critères : une seule source de vérité, la mise à "
               "jour chaque matin, la gratuité, le partage sans licence supplémentaire. La limite est connue : GA4 ne mesure "
               "pas les visiteurs qui refusent les cookies (environ un quart), c'est pourquoi les ventes viennent toujours de "
               "Guichet Breizh et non de GA4."),
             P("Nos six tableaux Looker Studio : « Estran — Billetterie jour par jour », « Estran — Boutique », « Estran — "
               "Publicité Google et Meta », « Estran — Visibilité naturelle », « Estran — Recharges cashless » et « Estran — "
               "Info festivaliers ».")]
    side = RETENIR(["Six posts, 6 900 €, 412 billets attribués.",
                    "Le tableau de Guichet Breizh ne voit ni la boutique ni la publicité.",
                    "Looker Studio réunit quatre sources, mises à jour chaque matin."])
    side += CLE("6", "tableaux Looker Studio partagés avec la direction et le bureau")
    body_page(c, n, main, side)


@page
def p_barometre(c, n):
    main = [H2("Des indicateurs faits pour un festival"),
            P("Un festival ne vend pas toute l'année : il remplit trois jours. Nos indicateurs suivent donc d'abord le "
              "<b>taux de remplissage jour par jour</b> (billets vendus face à la jauge de 14 000), qui nous dit chaque "
              "matin si le dimanche décroche ; la <b>part de festivaliers hors Bretagne</b>, tirée du code postal ; le "
              "<b>coût de publicité par billet</b> ; et la <b>part des recharges cashless faites en ligne</b> avant "
              "l'arrivée, qui raccourcit les files aux bornes. Autour d'eux, notre baromètre du site :")]
    main += TAB("Tableau 4.5 — Le baromètre du site, saison 2025", [
        ["Indicateur", "Valeur 2025", "Commentaire"],
        ["Trafic", "61 000 sessions en juin, 4 200 en novembre",
         "un rapport de 1 à 15 entre creux et pic : le serveur et l'équipe info doivent être dimensionnés pour juin"],
        ["Taux de rebond", "41 % (58 % sur /venir)",
         "correct ; /venir est lu puis quitté, ce qui est normal pour une page pratique consultée sur place"],
        ["Temps de visite", "2 min 35 en moyenne, 4 min 10 sur /programmation",
         "les festivaliers écoutent les extraits : la page artiste fait son travail"],
        ["Temps de chargement", "4,8 s le vendredi", ""],
        ["Abandon à la création de compte", "22 %", "le compte obligatoire chez Guichet Breizh freine les achats d'un seul pass"],
        ["Abandon aux coordonnées", "14 %", "saisie du nom de chaque porteur de billet nominatif, longue pour un groupe"],
        ["Abandon au panier", "31 %", "les frais de service apparaissent seulement au panier ; premier point à corriger"],
        ["Abandon au paiement", "9 %", "surtout des échecs 3D Secure, stables d'une année sur l'autre"],
        ["Chiffre d'affaires en ligne", "2,15 M€ de billetterie, 48 k€ de boutique",
         "la billetterie porte le budget, la boutique reste marginale"],
    ], [3.0, 3.8, 7.2], bold_first=True, fs=7.7)
    side = RETENIR(["Remplissage jour par jour, part hors Bretagne, coût par billet, recharges en ligne : nos quatre "
                    "indicateurs de festival.",
                    "Le panier, étape la plus abandonnée (31 %)."])
    side += CLE("31 %", "d'abandon au panier de la billetterie en 2025")
    body_page(c, n, main, side)


@page
def p_objectifs(c, n):
    main = [H2("Nos objectifs 2025 : atteints ou non")]
    main += TAB("Tableau 4.6 — Les cinq objectifs de la saison 2025", [
        ["Objectif", "Cible", "Résultat", ""],
        ["Remplissage de la jauge sur trois jours", "90 %", "92 %", "✔"],
        ["Festivaliers venus de l'extérieur de la Bretagne", "35 %", "31 %", "✘"],
        ["Billetterie vendue en ligne", "2,0 M€", "2,15 M€", "✔"],
        ["Ventes de la boutique", "60 k€", "48 k€", "✘"],
        ["Recharges cashless faites en ligne", "40 %", "34 %", "✘"],
    ], [7.0, 2.0, 2.0, 0.8], bold_first=True, align_right=(1, 2))
    main += [P("La billetterie a tenu ses promesses : 92 % de jauge et 2,15 M€ vendus en ligne, au-dessus des deux cibles. "
               "Mais le remplissage est venu tard, tiré par la dernière semaine de publicité, et le dimanche reste à 82 %. "
               "Surtout, la part de festivaliers venus de l'extérieur de la Bretagne plafonne à 31 %, loin des 35 % visés et "
               "plus loin encore des 40 % du projet 2026 : nos annonces « vacanciers » ont démarré en mars, quand beaucoup "
               "avaient déjà réservé leurs vacances."),
             H2("Six corrections pour 2026, par ordre de priorité")] + [
        Paragraph("<b>1. Avancer la campagne « vacanciers » à janvier</b> et lui donner 40 % du budget Google Ads, avec "
                  "Ouest Riffs en relais hors région — pour viser les 40 % hors Bretagne.", corr),
        Paragraph("<b>2. Afficher les frais de service dès le choix du pass</b> et obtenir de Guichet Breizh l'achat sans "
                  "compte pour un pass seul (abandon au panier 31 %, à la création de compte 22 %) — avant la vague 3.",
                  corr),
        Paragraph("<b>3. Relancer par Brevo les paniers abandonnés</b> une heure puis 24 heures après — dès mars 2026.",
                  corr),
        Paragraph("<b>4. Ouvrir la prévente Fidèles dès novembre</b> pour chaque nouvelle vague.", corr),
        Paragraph("<b>5. Mettre en ligne les pages artistes le jour de l'annonce</b>, et non trois jours après comme en "
                  "2025.", corr),
        Paragraph("<b>6. Retirer le budget de l'aftermovie</b> (38 billets pour 1 300 €) au profit des reels de la "
                  "programmation.", corr)]
    main += [SP(4), P("Ces corrections ont été validées par Soizic Hamon et le bureau le 3 mars 2026.")]
    side = RETENIR(["Deux objectifs atteints sur cinq... et trois manqués.",
                    "Billetterie au rendez-vous, mais remplie trop tard.",
                    "Priorité 2026 : les vacanciers, dès janvier."])
    side += CLE("40 %", "de festivaliers hors Bretagne : notre cap pour 2026")
    body_page(c, n, main, side)


assert len(PAGES) == NPAGES, len(PAGES)


def main():
    os.makedirs(OUT, exist_ok=True)
    c = canvas.Canvas(os.path.join(OUT, FILE), pagesize=(W, H), invariant=1)
    c.setTitle("Festival de l'Estran — Rapport numérique 2025")
    c.setAuthor(AUTHOR)
    c.setCreator(AUTHOR)
    c.setSubject("Dossier professionnel — titre Chef de projet e-commerce, blocs 2 et 3, session 2026")
    for i, fn in enumerate(PAGES, 1):
        fn(c, i)
        c.showPage()
    c.save()
    print("ok", FILE, "pages:", len(PAGES))


if __name__ == "__main__":
    main()
