# -*- coding: utf-8 -*-
# Générateur du dossier de la candidate c98 (Clapas Immobilier, agence immobilière indépendante du nord de Montpellier).
# Un seul PDF A4 d'environ 30 pages qui imite un export Google Docs (reportlab, invariant=1) : Arial 11 (Helvetica,
# mêmes chasses), tailles de titres Google (20 / 16 / 14 pt, non gras), texte en drapeau, titres numérotés à la main
# « I. » / « A. » / « 1. », sommaire Google à liens bleus avec numéros de page (deux passes), en-tête gris, numéro de page
# en bas à droite, « Graphique n » livrés sous forme de petits tableaux de données, sources en italique sous les tableaux.
# Blocs 2 et 3. Déterministe : invariant=1, métadonnées figées, aucun aléa.
import io
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c98-agence-immobiliere-montpellier")
PDF = os.path.join(OUT, "clapas-immobilier-dossier-blocs-2-3.pdf")
AUTHOR = "Julie Roques"
TITLE = "Clapas Immobilier - Dossier blocs 2 et 3 - J. Roques"
HEADER = "Clapas Immobilier — J. Roques — Dossier blocs 2 et 3"

# police de secours pour les rares caractères hors WinAnsi (flèches, puces rondes)
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

PW, PH = A4
LM = RM = 2.54 * cm
TM = BM = 2.54 * cm
UW = PW - LM - RM

BLACK = colors.black
GREY_TXT = colors.HexColor("#434343")
GREY_SUB = colors.HexColor("#666666")
LINK = colors.HexColor("#1155CC")
HEAD_FILL = colors.HexColor("#EFEFEF")
KEY_FILL = colors.HexColor("#D9EAD3")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14.5, spaceAfter=7, alignment=TA_LEFT)
bul = ParagraphStyle("bul", parent=body, leftIndent=36, bulletIndent=18, bulletFontName="DV", bulletFontSize=7,
                     spaceAfter=3)
num = ParagraphStyle("num", parent=body, leftIndent=36, bulletIndent=18, bulletFontName="Helvetica", bulletFontSize=11,
                     spaceAfter=3)
h1s = ParagraphStyle("h1", fontName="Helvetica", fontSize=20, leading=24, spaceBefore=20, spaceAfter=6)
h2s = ParagraphStyle("h2", fontName="Helvetica", fontSize=16, leading=20, spaceBefore=16, spaceAfter=6)
h3s = ParagraphStyle("h3", fontName="Helvetica", fontSize=14, leading=17, spaceBefore=13, spaceAfter=4, textColor=GREY_TXT)
title_s = ParagraphStyle("title", fontName="Helvetica", fontSize=26, leading=31, spaceAfter=4)
sub_s = ParagraphStyle("sub", fontName="Helvetica", fontSize=15, leading=19, textColor=GREY_SUB, spaceAfter=12)
src_s = ParagraphStyle("src", fontName="Helvetica-Oblique", fontSize=9, leading=11.5, textColor=GREY_SUB, spaceBefore=3,
                       spaceAfter=10)
gr_s = ParagraphStyle("gr", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6, spaceAfter=4)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=11.6)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
chat_s = ParagraphStyle("chat", parent=body, fontSize=10, leading=13, leftIndent=18, spaceAfter=2)
toc_title = ParagraphStyle("toct", fontName="Helvetica", fontSize=20, leading=24, spaceAfter=12)


def fr(t):
    """Espaces insécables à la française ; les caractères hors WinAnsi passent en police de secours."""
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" :", " ;", " ?", " !", " %", " €", " k€", " M€"):
        t = t.replace(s, "\u00a0" + s[1:])
    out = []
    for ch in t:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append('<font name="DV">%s</font>' % ch)
    return "".join(out)


# ------------------------------------------------------------------------------------------------ titres et sommaire
HEAD_PAGES = {}
TOC_ENTRIES = []          # (niveau, texte, clé) dans l'ordre du document


class Heading(Paragraph):
    def __init__(self, text, style, key, level):
        Paragraph.__init__(self, fr(text), style)
        self.key, self.level, self.plain = key, level, text


class TOCLine(Flowable):
    """Ligne du sommaire Google Docs : texte bleu souligné (lien interne), points, numéro de page."""
    def __init__(self, text, key, page, level):
        Flowable.__init__(self)
        self.text, self.key, self.page, self.level = text, key, page, level
        self.ind = 18 * level
        self.fs = 11

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 15.2

    def draw(self):
        c = self.canv
        c.setFont("Helvetica", self.fs)
        c.setFillColor(LINK)
        c.drawString(self.ind, 3, self.text)
        tw = c.stringWidth(self.text, "Helvetica", self.fs)
        c.setStrokeColor(LINK)
        c.setLineWidth(0.6)
        c.line(self.ind, 1.8, self.ind + tw, 1.8)
        pg = str(self.page)
        c.drawRightString(self.aw, 3, pg)
        pw = c.stringWidth(pg, "Helvetica", self.fs)
        c.setFillColor(BLACK)
        x = self.ind + tw + 4
        step = 3.1
        x = step * (int(x / step) + 1)
        while x < self.aw - pw - 4:
            c.drawString(x, 3, ".")
            x += step
        c.linkRect("", self.key, (self.ind, 0, self.aw, 13), relative=1, thickness=0)


class PhotoBox(Flowable):
    def __init__(self, w, h, label):
        Flowable.__init__(self)
        self.w, self.h, self.label = w, h, label

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor("#B7B7B7"))
        c.setFillColor(colors.HexColor("#F3F3F3"))
        c.setLineWidth(0.8)
        c.rect(0, 0, self.w, self.h, fill=1)
        c.setFillColor(GREY_SUB)
        c.setFont("Helvetica-Oblique", 12)
        c.drawCentredString(self.w / 2, self.h / 2 - 4, self.label)


# ------------------------------------------------------------------------------------------------ petits constructeurs
S = []
TABLES = [0]
SPLIT_TABLES = []


def H1(text, key, newpage=False):
    TOC_ENTRIES.append((0, text, key))
    S.append(PageBreak() if newpage else CondPageBreak(4 * cm))
    S.append(Heading(text, h1s, key, 0))


def H2(text, key):
    TOC_ENTRIES.append((1, text, key))
    S.append(CondPageBreak(3.2 * cm))
    S.append(Heading(text, h2s, key, 1))


def H3(text, key):
    TOC_ENTRIES.append((2, text, key))
    S.append(CondPageBreak(2.6 * cm))
    S.append(Heading(text, h3s, key, 2))


def P(text, st=body):
    S.append(Paragraph(fr(text), st))


def UL(items):
    for it in items:
        S.append(Paragraph(fr(it), bul, bulletText="\u25cf"))
    S.append(Spacer(1, 5))


def OL(items):
    for i, it in enumerate(items, 1):
        S.append(Paragraph(fr(it), num, bulletText="%d." % i))
    S.append(Spacer(1, 5))


def CHAT(lines):
    for who, msg in lines:
        S.append(Paragraph(fr("<b>%s</b> %s" % (who, msg)), chat_s))
    S.append(Spacer(1, 6))


def SRC(text):
    S.append(Paragraph(fr(text), src_s))


def GR(text):
    S.append(Paragraph(fr(text), gr_s))


def T(rows, widths, src=None, head=True, size=9.5, split=False, bold_first=False, total=False, blank_rows=()):
    """Tableau Google Docs : bordures noires fines, en-tête gris clair, pas d'en-tête répété après un saut de page."""
    TABLES[0] += 1
    st = ParagraphStyle("c%s" % size, parent=cell, fontSize=size, leading=size * 1.22)
    stb = ParagraphStyle("cb%s" % size, parent=st, fontName="Helvetica-Bold")
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            bold = (head and i == 0) or (bold_first and j == 0) or (total and i == len(rows) - 1)
            line.append(Paragraph(fr(str(v)), stb if bold else st))
        data.append(line)
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=0, splitByRow=1)
    style = [("GRID", (0, 0), (-1, -1), 0.75, BLACK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
             ("LEFTPADDING", (0, 0), (-1, -1), 4.5), ("RIGHTPADDING", (0, 0), (-1, -1), 4.5)]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
    for r in blank_rows:
        style.append(("BOTTOMPADDING", (0, r), (-1, r), 14))
    t.setStyle(TableStyle(style))
    if split:
        SPLIT_TABLES.append(TABLES[0])
        S.append(t)
        if src:
            SRC(src)
    else:
        block = [t]
        if src:
            block.append(Paragraph(fr(src), src_s))
        S.append(KeepTogether(block))
    S.append(Spacer(1, 4))


def KEYS(cells):
    """Tableau « Chiffres clés » d'une ligne, grisé vert, qui ouvre chaque partie."""
    TABLES[0] += 1
    st = ParagraphStyle("k", parent=cell, fontSize=9.5, leading=12, alignment=TA_CENTER)
    data = [[Paragraph(fr(c), st) for c in cells]]
    w = UW / len(cells)
    t = Table(data, colWidths=[w] * len(cells))
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.75, BLACK), ("BACKGROUND", (0, 0), (-1, -1), KEY_FILL),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    S.append(t)
    S.append(Spacer(1, 10))


def NOTE(text):
    P('<span backColor="#D9D9D9">%s</span>' % text)


def LINKP(label, url, shown=None):
    P('%s : <a href="%s" color="#1155CC"><u>%s</u></a>' % (label, url, shown or url))


# ================================================================================================ contenu
def content():
    # -------------------------------------------------------------------------------- présentation
    H1("Présentation : l'agence et ma mission", "intro")
    P("« Clapas », c'est le surnom occitan de Montpellier : le tas de pierres. Frédéric Soulier l'a choisi en 2012 quand il a quitté le réseau dans lequel il était négociateur depuis neuf ans pour ouvrir sa propre agence, rue du Faubourg Boutonnet. Treize ans plus tard, Clapas Immobilier SARL (carte professionnelle transaction n° CPI 3402 2016 000 012 345, délivrée par la CCI de l'Hérault) est une agence de transaction indépendante : pas de gestion locative, pas de syndic, uniquement de la vente de logements anciens, sur un territoire resserré au nord de la ville.")
    P("Nos secteurs sont ceux où l'équipe connaît chaque rue : Boutonnet et les Beaux-Arts (appartements des années 1930 à 1970, beaucoup d'investisseurs et de parents d'étudiants), Aiguelongue et Hôpitaux-Facultés (résidences des années 1960-1980, rez-de-jardin, clientèle de soignants du CHU), puis Castelnau-le-Lez, Clapiers et Jacou, où l'on vend surtout des maisons de 90 à 140 m² avec terrain, souvent à des familles qui quittent un appartement de Boutonnet.")
    P("L'équipe compte quatre agents : Frédéric, le gérant, sur Boutonnet et Beaux-Arts ; Sonia Meziane (salariée) sur Aiguelongue et Hôpitaux-Facultés ; Lucas Bertrand (salarié) sur Clapiers et Jacou ; Patrice Vidal, agent commercial indépendant installé à Castelnau-le-Lez. Marion Cazals, assistante, tient les agendas, prépare les compromis et suit chaque dossier jusqu'à l'acte authentique.")
    P("En 2025, l'agence a encaissé 812 k€ HT d'honoraires pour 76 ventes, avec un prix de vente moyen de 318 k€. Nous avons rentré 131 mandats, dont 31 % d'exclusifs. Ce dernier chiffre est le cœur du sujet : un mandat exclusif se vend chez nous en 68 jours et dans 87 % des cas, un mandat simple en 121 jours et moins d'une fois sur deux. L'agence qui a les mandats a les acheteurs.")
    P("Le site est un WordPress ; les annonces y arrivent par l'extension ImmoSync, qui lit notre logiciel de transaction Transacto. Transacto alimente aussi les portails : Leboncoin, SeLoger et Bien'ici. Le site reçoit 11 200 sessions par mois, dont plus de la moitié d'acquéreurs qui regardent nos biens. Son vrai rôle, pourtant, est de faire lever la main aux propriétaires : le formulaire d'estimation en ligne a reçu 214 demandes en 2025, qui ont donné 71 visites d'estimation et 29 mandats. Depuis janvier 2026, il vend aussi l'avis de valeur certifié à 240 € TTC.")
    P("La concurrence s'est durcie : Réseau Maisonia (neuf mandataires sur nos secteurs) achète en continu les requêtes « estimation » ; Hop'Immo propose des honoraires fixes de 4 990 €, ce qui parle aux vendeurs de maisons à 400 k€ ; Les Conseillers Libres recrutent d'anciens négociateurs du quartier ; l'Agence Comédie Patrimoine a ouvert un bureau aux Beaux-Arts en 2025.")
    P("Je m'appelle Julie Roques, j'ai 31 ans. Après quatre ans de négociatrice dans une agence franchisée de Lattes (pige, boîtage, prises de mandat), Frédéric m'a recrutée en janvier 2024 comme responsable marketing et développement : site, portails, campagnes, réseaux, partenariats et chiffres. Je prépare en parallèle un Mastère en formation continue ; Frédéric est mon tuteur.")
    P("Au quotidien, je travaille avec Transacto (mandats, biens, acquéreurs), le back-office WordPress et ImmoSync, Google Analytics 4, Search Console, Google Business Profile, Ranxplorer et Screaming Frog pour la visibilité, Google Ads et le gestionnaire de publicités Meta, Zoho SalesIQ pour la messagerie du site, Stripe pour les paiements, Mailjet pour les envois, et Looker Studio pour assembler le tout dans un tableau de bord que l'équipe consulte chaque lundi.")
    P("J'ai choisi de présenter ensemble les blocs 2 et 3 parce qu'ils correspondent à une seule question que Frédéric me pose chaque semaine : combien de mandats le digital nous a-t-il fait rentrer, et à quel prix ? Les deux parties se répondent : la première montre comment nous animons et transformons les contacts vendeurs, la seconde comment nous les faisons venir et comment nous mesurons ce qu'ils rapportent.")
    P("La partie I raconte notre opération de rentrée de mandats du printemps 2026 et tout ce qui transforme un contact en mandat. La partie II porte sur la visibilité de nos secteurs, les campagnes payantes et la mesure. Chiffres arrêtés au 15 mai 2026 ; l'opération se termine le 31 mai.")

    # -------------------------------------------------------------------------------- PARTIE I
    H1("I. Animer et convertir : la rentrée de mandats", "p1", newpage=True)
    KEYS(["<b>Chiffres clés</b>", "<b>812 k€ HT</b><br/>d'honoraires en 2025", "<b>76</b> ventes<br/><b>131</b> mandats",
          "<b>31 %</b><br/>de mandats exclusifs", "<b>214</b> estimations en ligne<br/>→ <b>29</b> mandats"])
    P("Les acquéreurs ne sont pas notre problème : les portails nous amènent 30 à 60 contacts par bien publié. Les vendeurs le sont : sans mandat, pas de vente.")

    H2("A. L'opération Printemps des vendeurs", "p1a")
    H3("1. Ce que nous voulions", "p1a1")
    P("En novembre 2025, Frédéric a présenté à l'équipe son plan à deux ans, qu'il résume en une phrase : « 45 % d'exclusifs, l'agence du nord de Montpellier ». Trois décisions : passer de 31 % à 45 % de mandats exclusifs d'ici fin 2027, parce que c'est ce qui fait la rentabilité de l'agence ; concentrer toute la communication sur nos sept secteurs, de Boutonnet à Jacou ; rentrer plus de mandats sans recruter, donc faire venir les vendeurs à nous au lieu de passer nos matinées en pige.")
    P("Le printemps est notre saison : en 2025, 41 % de nos mandats ont été signés entre mars et juin. Nous avons donc monté une opération de rentrée de mandats du 1er mars au 31 mai 2026, baptisée « Printemps des vendeurs », avec quatre objectifs chiffrés, tous reliés au plan de Frédéric :")
    UL(["<b>240 leads vendeurs</b> sur la période, contre 58 de mars à mai 2025 (formulaire du site, téléphone et recommandations confondus) : c'est la condition pour rentrer plus de mandats sans agent supplémentaire ;",
        "<b>30 nouveaux mandats</b> signés à partir de ces leads, soit presque autant que sur toute l'année 2025 avec l'estimation en ligne ;",
        "<b>un coût par lead payant inférieur à 50 €</b> (Google Ads et Meta), pour que l'opération reste rentable même si un mandat sur deux ne se vend pas ;",
        "<b>45 % d'exclusifs</b> parmi les nouveaux mandats : le chiffre du plan, appliqué dès cette opération."])
    P("Règle de secteur : toutes les campagnes sont géolocalisées sur Montpellier nord et les trois communes.")

    H3("2. Nos supports de diffusion", "p1a2")
    P("Nous avons combiné des supports payants, nos propres canaux et la présence physique de l'agence. Budget total de l'opération : 10 580 € sur trois mois.")
    UL(["<b>Google Ads</b> (6 200 €) : annonces sur les recherches « estimation » par secteur, plus une petite campagne sur le nom de l'agence. Détail en partie II.",
        "<b>Formulaires Meta</b> (1 800 €) : publicités Facebook et Instagram avec formulaire instantané, trois questions, pour les propriétaires de maisons de Castelnau, Clapiers et Jacou.",
        "<b>12 000 flyers avec QR code</b> (780 € d'impression, 1 380 € de distribution par Distri'Lez) : boîtage des zones pavillonnaires de Castelnau, Clapiers, Jacou et Aiguelongue, semaines 11 et 15. Le QR code renvoie vers /estimation-en-ligne avec un paramètre de suivi.",
        "<b>Mailjet</b> : trois envois à notre base de 3 400 contacts (anciens clients, propriétaires estimés non signés, contacts de pige), le 12 mars, le 9 avril et le 7 mai.",
        "<b>La vitrine</b> (420 €) : deux panneaux « Ici, on vend votre quartier » avec les derniers prix de vente de la rue et un QR code, plus l'écran qui fait défiler les biens vendus.",
        "<b>Nos pages sur les portails</b> : bannière « Estimation offerte par une agence indépendante depuis 2012 » sur nos pages agence SeLoger et Bien'ici et sur la boutique Leboncoin, sans surcoût."])

    H3("3. Qui visons-nous, avec quoi, pour dire quoi", "p1a3")
    P("Tableau validé avec Frédéric le 20 février. Il nous a servi à refuser les idées qui ne rentraient dans aucune ligne, comme un salon de l'habitat à Pérols.")
    T([["Objectif", "Cible", "Support", "Message", "Indicateur"],
       ["Leads vendeurs maisons", "Propriétaires de maisons de 45 à 70 ans à Castelnau, Clapiers, Jacou", "Formulaires Meta, flyers avec QR code",
        "« Votre maison vaut-elle encore son prix de 2022 ? Un agent du quartier vous répond sous 48 h »", "Leads, coût par lead, taux de visite"],
       ["Leads vendeurs appartements", "Propriétaires d'appartements à Boutonnet, Beaux-Arts, Hôpitaux-Facultés (investisseurs, parents d'étudiants)",
        "Google Ads « estimation » + page /estimation-en-ligne", "« Votre appartement estimé par l'agence du quartier, pas par un algorithme »", "Leads, coût par lead, part d'impressions"],
       ["Mandats exclusifs", "Anciens clients, propriétaires estimés non signés depuis 2023", "Mailjet (3 envois) + appel de l'agent",
        "« Vendre au printemps : nos exclusivités 2025 vendues en 68 jours »", "Ouvertures, rendez-vous, mandats exclusifs"],
       ["Être l'agence du quartier", "Habitants et passants du Faubourg Boutonnet", "Vitrine, écran, QR code",
        "« Ici, on vend votre quartier » + prix réels de la rue", "Scans du QR code, visites en agence"],
       ["Capter les vendeurs qui comparent", "Propriétaires qui consultent déjà les portails", "Pages agence SeLoger, Bien'ici, Leboncoin",
        "« Estimation offerte par une agence indépendante depuis 2012 »", "Leads vendeurs issus des portails"],
       ["Vendre l'avis de valeur", "Héritiers, couples qui divorcent, via les notaires", "Google Ads + page /avis-de-valeur + LinkedIn",
        "« Un avis de valeur signé par un professionnel, 240 € TTC, remis sous 5 jours »", "Avis de valeur payés, avis transformés en mandat"]],
      [2.6, 3.2, 2.8, 3.9, 2.6], src="Source : plan de l'opération validé le 20/02/2026", size=9.5)

    H3("4. Ce qui a été fait, mois par mois", "p1a4")
    P("Nous suivons l'opération dans le même tableau que le plan : une ligne par mois, ce qui était prévu, ce qui a été fait et l'écart.")
    T([["Mois", "Prévu", "Réalisé", "Écart / commentaire"],
       ["Mars 2026", "Google Ads lancé le 2/03 ; Meta le 9/03 ; 6 000 flyers à Castelnau et Clapiers (semaine 11) ; Mailjet n° 1 le 10/03 ; vitrine le 1/03",
        "Google Ads lancé le 2/03 ; Meta le 16/03 ; 6 000 flyers distribués à Castelnau, 4 200 sur 6 000 à Clapiers ; Mailjet n° 1 envoyé le 12/03 (41 % d'ouverture) ; vitrine posée le 3/03",
        "Meta : une semaine de retard (validation du formulaire et des mentions RGPD). Clapiers : 1 800 flyers non distribués à cause de la pluie, reportés en semaine 15. Leads de mars : 94 pour 80 prévus."],
       ["Avril 2026", "", "", ""],
       ["Mai 2026", "", "", ""]],
      [1.8, 4.6, 4.8, 4.4], src="Source : suivi de l'opération, Google Sheets", size=10, blank_rows=(2, 3))

    H2("B. Nos prescripteurs", "p1b")
    H3("1. Qui ils sont", "p1b1")
    P("Un prescripteur, pour nous, c'est un professionnel qui apprend avant tout le monde qu'un propriétaire va vendre. Nous en avons douze, avec qui la relation est suivie : rendez-vous au moins deux fois par an, petit-déjeuner des notaires en janvier à l'agence, échanges de contacts et présence sur leur site.")
    UL(["six études notariales : Maîtres Fabre & Coulet (Boutonnet), l'Office notarial du Lez (Castelnau-le-Lez), Me Anne-Laure Pujol (Jacou), la SCP Vigouroux & Alméras (Clapiers), l'étude Bénézech (Hôpitaux-Facultés) et Me Thomas Castagné (Beaux-Arts) ;",
        "deux syndics de copropriété : Lez & Garrigue Syndic et le Cabinet Aubanel Gestion, qui gèrent à eux deux 140 copropriétés sur nos secteurs ;",
        "DiagSud, cabinet de diagnostics immobiliers (DPE, amiante, électricité, audit énergétique) ;",
        "le courtier Hérault Courtage et la banque Crédit Garrigue (agence de Castelnau) ;",
        "le site d'information locale Montpellier Quartiers, qui publie notre chronique « marché » chaque trimestre."])
    H3("2. Pourquoi ceux-là", "p1b2")
    T([["Prescripteur", "Les propriétaires qu'il touche", "Pourquoi c'est intéressant pour nous"],
       ["Notaires (6 études)", "Héritiers d'une maison ou d'un appartement ; couples qui divorcent ; parents qui préparent une donation",
        "Premier informé d'une succession ; sur nos secteurs, une vente sur quatre vient d'un héritage. Ces vendeurs ont besoin d'une valeur écrite et signent volontiers en exclusivité."],
       ["Syndics (2)", "Copropriétaires des résidences des années 1960-1980 de Boutonnet et Hôpitaux-Facultés",
        "Les votes de ravalement ou de rénovation énergétique déclenchent des ventes : beaucoup de bailleurs vendent avant les travaux."],
       ["DiagSud", "Propriétaires qui commandent un DPE ou un audit énergétique avant de mettre en vente",
        "Un propriétaire qui fait ses diagnostics vendra dans les 30 jours ; DiagSud remet notre guide « vendre un bien classé F ou G »."],
       ["Hérault Courtage, Crédit Garrigue", "Acquéreurs qui doivent vendre leur logement actuel pour acheter",
        "Chaque acheteur en prêt relais est aussi un vendeur."],
       ["Montpellier Quartiers", "Habitants des quartiers nord qui lisent l'actualité locale",
        "Lectorat exactement sur nos secteurs ; la chronique installe Frédéric comme celui qui connaît les prix."]],
      [2.7, 4.2, 7.1], size=10)
    P("Concrètement, chaque prescripteur dispose de notre guide vendeur imprimé, de cartes de visite des agents de son secteur et d'un contact direct chez nous (Frédéric pour les notaires, moi pour les autres). Nous leur rendons la pareille : les acquéreurs qui ont besoin d'un prêt vont chez Hérault Courtage ou Crédit Garrigue, les diagnostics de nos vendeurs sont commandés chez DiagSud, et les actes de nos ventes sont répartis entre les six études selon le choix des clients.")
    H3("3. Ce qu'ils nous ont rapporté", "p1b3")
    P("Il s'agit ici des propriétaires que le prescripteur nous adresse directement (les visites venues de leurs sites sont en partie II). Depuis janvier, les notaires ont des cartes de recommandation avec un code « NOT » que Marion saisit dans Transacto.")
    T([["Prescripteur", "Leads vendeurs (1/03 – 15/05)", "Visites d'estimation", "Mandats", "Dont exclusifs"],
       ["Notaires (6 études)", "14", "11", "6", "4"],
       ["Syndics", "pas de code de suivi", "", "", ""],
       ["DiagSud", "pas de code de suivi", "", "", ""],
       ["Hérault Courtage / Crédit Garrigue", "pas de code de suivi", "", "", ""],
       ["Montpellier Quartiers", "pas de code de suivi", "", "", ""]],
      [4.2, 3.4, 2.4, 1.8, 2.0], src="Source : Transacto, extraction du 15/05/2026", size=9.5)
    P("Les notaires confirment ce que Frédéric pressentait : 14 leads, 6 mandats, dont 4 exclusifs.")

    H2("C. La messagerie du site", "p1c")
    H3("1. Le paramétrage", "p1c1")
    P("Depuis septembre 2025, la bulle de contact du site a été remplacée par Zoho SalesIQ. J'ai comparé trois outils ; SalesIQ l'a emporté parce qu'il propose un robot de conversation hors horaires dans la formule à 20 € par mois, qu'il s'installe sur WordPress sans développeur et que les agents répondent depuis leur téléphone. Le paramétrage actuel :")
    UL(["horaires d'ouverture de la messagerie : du lundi au samedi, de 9 h à 19 h ; Marion répond depuis l'agence, les agents depuis l'application mobile ;",
        "en dehors de ces horaires, un robot pose quatre questions (vendre ou acheter, adresse ou secteur, type de bien, téléphone) et demande l'accord pour être rappelé ; la fiche arrive dans Transacto à 8 h le lendemain ;",
        "répartition des conversations vendeurs selon le secteur saisi (Castelnau à Patrice, etc.) ;",
        "message proactif après 40 secondes sur une fiche bien (« Une question sur ce bien ? ») et après 20 secondes sur /estimation-en-ligne (« Vous hésitez à remplir le formulaire ? Écrivez-moi ») ;",
        "douze réponses types : honoraires, délai de vente, documents, DPE, mandat simple ou exclusif ;",
        "règle interne : toute conversation vendeur est rappelée par téléphone avant 10 h le lendemain."])
    H3("2. Deux conversations", "p1c2")
    P("<b>Conversation 1 — transformée.</b> Mardi 10 mars 2026, 21 h 47, page /vendre-a-castelnau. Le robot a pris le relais, Patrice a rappelé le lendemain matin.")
    CHAT([("Robot (21:47)", "Bonsoir ! Vous pensez vendre ou acheter ?"),
          ("Visiteuse (21:47)", "vendre, un T4 à Castelnau, résidence près du Lez"),
          ("Robot (21:48)", "Merci. Quelle est l'adresse ou le quartier exact ? Et la surface approximative ?"),
          ("Visiteuse (21:48)", "allée des Cèdres, 92 m² avec une terrasse. On a vu une annonce à 420 000 dans la résidence d'à côté, c'est réaliste ?"),
          ("Robot (21:49)", "Un agent du secteur, Patrice Vidal, peut vous répondre avec les ventes réelles de votre résidence. Pouvons-nous vous rappeler demain matin ? Laissez-nous votre numéro."),
          ("Visiteuse (21:50)", "06 xx xx xx 12, plutôt avant 9h30 svp"),
          ("Robot (21:50)", "C'est noté, Patrice vous appelle demain avant 9 h 30. Bonne soirée !"),
          ("Patrice (note Transacto, 11/03, 9:05)", "Appel fait. Mme D., T4 92 m² + terrasse 18 m², 2e étage, DPE C. Rendez-vous d'estimation le 13/03 à 18 h."),
          ("Patrice (note Transacto, 18/03)", "Estimation remise le 13/03 : 385 à 400 k€ (3 ventes dans la résidence en 2025). Mandat exclusif signé le 18/03 à 395 000 € honoraires inclus. Compromis signé le 24/04.")])
    P("Ce qui a fonctionné : le robot n'a pas essayé de répondre sur le prix, il a promis un agent du secteur, et le rappel a eu lieu à l'heure demandée. La vendeuse avait aussi rempli le formulaire de Hop'Immo, qui l'a rappelée trois jours plus tard.")
    P("<b>Conversation 2 — non transformée.</b> Samedi 21 mars 2026, 15 h 12, page d'une annonce T3 à Boutonnet (déjà sous compromis). Sonia répond depuis l'agence.")
    CHAT([("Visiteur (15:12)", "Bonjour, le T3 est encore dispo ?"),
          ("Sonia (15:13)", "Bonjour ! Il est sous compromis depuis mardi, je suis désolée. Que recherchez-vous exactement ?"),
          ("Visiteur (15:14)", "un T3 avec jardin dans l'Écusson, max 250 000"),
          ("Sonia (15:15)", "Dans l'Écusson, les T3 se vendent plutôt entre 320 et 380 k€ et il n'y a pratiquement pas de jardins. Nous travaillons surtout le nord de la ville : j'ai un T3 en rez-de-jardin à Aiguelongue à 279 000 € et un T3 avec terrasse à Boutonnet à 262 000 €, à 15 minutes à pied de l'Écusson."),
          ("Visiteur (15:16)", "non c'est vraiment l'Écusson qu'on veut, c'est pour nos enfants qui sont étudiants"),
          ("Sonia (15:17)", "Je comprends. Je peux vous créer une alerte sur le secteur Boutonnet et Beaux-Arts si jamais vous élargissez ? Il me faut juste votre e-mail."),
          ("Visiteur (15:18)", "pas pour l'instant merci"),
          ("Sonia (15:18)", "Avec plaisir, bonne recherche !")])
    P("Pourquoi elle n'a rien donné : projet hors de nos secteurs, budget sans rapport avec le marché demandé. Sonia a donné les prix réels et proposé deux biens proches sans forcer. À retenir : un tiers des conversations acquéreurs portent sur des biens déjà sous compromis, d'où le bandeau « Sous compromis » ajouté aux fiches (partie E).")
    H3("3. Ce que disent les statistiques", "p1c3")
    P("Du 1er septembre 2025 au 15 mai 2026, la messagerie a ouvert 486 conversations. 31 % venaient de vendeurs, 52 % d'acquéreurs et 17 % de locataires ou de demandes diverses (nous ne faisons pas de location, ce qui est une source de temps perdu).")
    GR("Graphique 1 — Conversations de la messagerie par plage horaire (données)")
    T([["Plage horaire", "Conversations", "Part", "Dont vendeurs"],
       ["Lundi – samedi, 9 h – 19 h (messagerie ouverte)", "190", "39 %", "47"],
       ["Lundi – samedi, 19 h – 23 h", "151", "31 %", "62"],
       ["Lundi – samedi, 23 h – 9 h", "47", "10 %", "9"],
       ["Dimanche", "98", "20 %", "33"],
       ["Total", "486", "100 %", "151"]],
      [6.4, 2.4, 1.6, 2.4], src="Source : Zoho SalesIQ, rapport du 15/05/2026", total=True)
    P("Trois lectures. 61 % des conversations ont lieu agence fermée, 69 % pour les vendeurs (104 sur 151) : un propriétaire réfléchit à la vente le soir, en couple. Sans le robot, ces contacts partiraient chez un réseau qui rappelle plus vite. Ensuite, 9 % des conversations se terminent par une visite d'estimation (44 visites), soit 29 % des conversations vendeurs : presque le taux de notre formulaire (33 %), pour un contact qui demande moins d'effort. Enfin, la première réponse en journée arrive en 1 min 50 s ; au-delà de 3 minutes, 40 % des visiteurs partent. Le point faible : 28 % des personnes abandonnent le robot à la question du téléphone ; nous testons depuis mai une version qui propose aussi l'e-mail.")

    H2("D. Réseaux sociaux et notoriété", "p1d")
    H3("1. Nos techniques", "p1d1")
    P("Les réseaux doivent montrer que nous vendons, et que nous vendons ici. Quatre formats réguliers :")
    UL(["<b>Reels « visite en 60 secondes »</b> (Instagram, Facebook) : un par nouvelle exclusivité, tourné à la verticale par l'agent avec un stabilisateur, prix et quartier dans les trois premières secondes, sous-titres, publication le jeudi à 18 h. 4 800 vues en moyenne ; ils ont remplacé les carrousels de photos en octobre et les vendeurs nous les citent en rendez-vous.",
        "<b>Posts « Vendu ! »</b> chaque lundi (Instagram, Facebook, Business Profile) : photo de façade, quartier, nombre de jours pour vendre ; jamais le prix sans accord du vendeur. C'est le contenu que les agents reprennent le plus dans leurs messages.",
        "<b>Groupes de quartier</b> sur Facebook (« Castelnau-le-Lez entraide », « Boutonnet & Beaux-Arts entre voisins », « Clapiers Jacou infos ») : ils interdisent la publicité, donc Frédéric y publie en son nom, une à deux fois par mois, des informations utiles (prix du trimestre, règles du DPE) et répond aux questions, sans jamais de lien vers une annonce.",
        "<b>LinkedIn pour les notaires</b> : une note mensuelle « marché du nord de Montpellier » en cinq chiffres sur le profil de Frédéric, et une mention de l'étude après un acte, avec son accord (1 100 vues par note)."])
    H3("2. Notoriété", "p1d2")
    GR("Graphique 2 — Avis Google et abonnés Instagram (données)")
    T([["Date", "Avis Google (note)", "Abonnés Instagram"],
       ["1er septembre 2025", "86 (4,7)", "1 200"],
       ["1er décembre 2025", "104 (4,8)", "1 750"],
       ["1er mars 2026", "123 (4,8)", "2 300"],
       ["15 mai 2026", "141 (4,8)", "2 900"]],
      [4.5, 4.0, 4.0], src="Source : Google Business Profile et Instagram, relevés au 15/05/2026")
    P("Objectif dépassé : nous visions 120 avis et 2 000 abonnés à fin mai 2026.")

    H2("E. Les biens à la une", "p1e")
    H3("1. Badges ImmoSync et carrousel", "p1e1")
    P("ImmoSync met des biens en avant à partir d'un champ de Transacto. Depuis février :")
    UL(["<b>« Exclusivité »</b> : posé automatiquement quand le mandat est exclusif ; c'est aussi un argument de prise de mandat (14 biens au 15 mai).",
        "<b>« Coup de cœur »</b> : choisi par l'agent, six biens maximum, renouvelés chaque lundi.",
        "<b>« Baisse de prix »</b> : automatique pendant 30 jours après une baisse, ancien prix barré ; il relance les acquéreurs qui avaient trouvé le bien trop cher.",
        "<b>Carrousel « À la une cette semaine »</b> sur la page d'accueil : huit biens, dont au moins quatre exclusivités, mis à jour le lundi.",
        "Depuis avril, un bandeau « Sous compromis » (15 jours), puis « Vendu » (30 jours)."])
    P("Dans GA4, les fiches avec badge « Exclusivité » ou « Coup de cœur » ont un taux de clic depuis la liste de 9,8 %, contre 5,1 % pour les autres, et reçoivent 1,7 fois plus de demandes de visite. Le badge « Exclusivité » est aussi devenu un argument en rendez-vous vendeur : les agents montrent sur leur tablette la page d'accueil et le carrousel, où les biens exclusifs passent en premier.")
    H3("2. Où mettre nos biens en avant, et pourquoi", "p1e2")
    T([["Emplacement", "Ce que nous y mettons", "Pourquoi à cet endroit"],
       ["Page d'accueil (carrousel)", "8 biens dont 4 exclusivités", "Première page vue par 38 % des visiteurs ; montre à un vendeur que nous avons du stock"],
       ["Haut des pages secteurs", "3 biens vendus + 3 biens en vente du secteur", "Un vendeur qui lit la page de son quartier veut voir des ventes proches"],
       ["Confirmation de l'estimation en ligne", "« 3 biens vendus près de chez vous »", "Le propriétaire vient d'envoyer sa demande : le moment de prouver que nous vendons dans sa rue"],
       ["Fiches biens", "« Biens similaires » du secteur", "Garde l'acquéreur quand le bien est sous compromis"],
       ["Alertes Mailjet", "Nouveautés, coups de cœur, baisses de prix", "31 % des visites de février à mai viennent des alertes"],
       ["Messagerie du site", "Message proactif sur les exclusivités", "Les exclusivités reçoivent le plus de questions"],
       ["Vitrine (écran)", "Exclusivités et derniers « Vendu »", "Rue de passage : notoriété de quartier"]],
      [3.4, 4.2, 6.4], size=10)

    H2("F. Le paiement en ligne de l'avis de valeur", "p1f")
    H3("1. Stripe", "p1f1")
    P("L'avis de valeur certifié est un document de 12 pages signé par un agent (ventes comparables, fourchette, valeur retenue) pour les successions, divorces et donations. Il coûte 240 € TTC et il est remis sous 5 jours ouvrés. Jusqu'en 2025, Marion l'encaissait par chèque.")
    P("Depuis le 12 janvier 2026, il se paie en ligne sur la page /avis-de-valeur avec Stripe Checkout, intégré par un bouton de paiement sur WordPress. Le client choisit son créneau, paie par carte, Apple Pay ou Google Pay ; un webhook crée une tâche dans Transacto pour Marion. Frais Stripe : 3,85 € par avis. Du 12 janvier au 15 mai, 23 avis de valeur ont été payés en ligne (5 520 € TTC) et 5 ont débouché sur un mandat.")
    H3("2. Les tests sur mobile, tablette et ordinateur", "p1f2")
    P("Avant la mise en ligne, j'ai testé le parcours complet en mode test de Stripe sur les quatre terminaux de l'agence : choix du créneau, paiement, validation bancaire, reçu et création de la tâche dans Transacto. J'ai ensuite fait un vrai paiement de 240 € avec la carte de Frédéric, remboursé le jour même, pour vérifier le virement sur le compte de l'agence.")
    T([["Terminal", "Système / navigateur", "Carte de test", "3D Secure", "Apple Pay / Google Pay", "Résultat"],
       ["iPhone 13", "iOS 17.4 / Safari", "Visa 4242…", "Validé", "Apple Pay OK", "OK, reçu reçu en 20 s"],
       ["Samsung Galaxy A54", "Android 14 / Chrome", "Mastercard 5555…", "Validé", "Google Pay OK", "OK"],
       ["iPad 9e génération", "iPadOS 17 / Safari", "Carte 3DS 4000 0027 6000 3184", "Fenêtre affichée et validée", "Apple Pay OK",
        "Bouton « Payer » masqué par le bandeau cookies en mode portrait : corrigé le 14/01"],
       ["PC Windows 11", "Chrome 121 et Edge", "Carte refusée 4000 0000 0000 0002", "—", "—", "Message d'erreur clair, retour à la page sans perte du créneau"]],
      [2.4, 2.7, 3.0, 2.3, 2.4, 3.4], src="Source : recette du 13 et 14/01/2026", size=8.8)
    H3("3. Ce qui rassure le client", "p1f3")
    P("Sur la page de paiement, le client voit le logo « Paiement sécurisé par Stripe » sous le bouton, et sa banque lui demande une validation 3D Secure à chaque paiement.")

    H2("G. Solutions de financement acquéreurs", "p1g")
    H3("1. Ce que nous proposons", "p1g1")
    P("Un acquéreur qui n'a pas vérifié sa capacité d'emprunt signe un compromis, puis se voit refuser son prêt deux mois plus tard. Trois solutions avec nos deux partenaires :")
    T([["Solution", "Partenaire", "Où l'acquéreur la trouve", "Ce qu'elle apporte"],
       ["Simulateur de mensualité", "Hérault Courtage", "Sur chaque fiche bien (module intégré à ImmoSync), prérempli avec le prix et les frais de notaire estimés",
        "L'acquéreur voit sa mensualité avant de demander une visite ; un clic « être rappelé par un courtier » envoie la demande à Hérault Courtage"],
       ["Attestation de capacité d'emprunt en 48 h", "Hérault Courtage", "Proposée par l'agent à la première visite ; lien dans le mail de compte rendu",
        "L'acquéreur fait une offre avec une attestation ; le vendeur choisit une offre sûre plutôt qu'une offre plus haute et fragile"],
       ["Prêt relais", "Crédit Garrigue", "Page /acheter-avant-de-vendre et rendez-vous en agence",
        "Permet à un propriétaire d'acheter avant d'avoir vendu ; la banque accepte notre estimation pour calculer le montant (70 % de la valeur)"]],
      [2.8, 2.4, 4.4, 5.0], size=10)
    H3("2. Ce que ça change, pour l'acquéreur et pour nous", "p1g2")
    P("Pour l'acquéreur : pas de visites hors budget, un dossier solide, un courtier payé par la banque et un taux en moyenne 0,25 point sous celui de sa banque ; le prêt relais évite aux familles qui s'agrandissent de rater un bien.")
    P("Pour l'agence, l'effet se lit dans les compromis qui tombent pour refus de prêt. Le partenariat avec Hérault Courtage a démarré en janvier 2025 :")
    GR("Graphique 3 — Compromis annulés pour refus de financement (données)")
    T([["Année", "Compromis signés", "Annulés pour refus de prêt", "Part"],
       ["2023", "88", "8", "9 %"],
       ["2024", "79", "9", "11 %"],
       ["2025", "81", "3", "4 %"],
       ["2026 (au 15/05)", "29", "1", "3 %"]],
      [3.5, 3.3, 4.4, 2.0], src="Source : Transacto, extraction du 15/05/2026")
    P("Entre 2024 et 2025, la part de compromis annulés pour refus de prêt passe de 11 % à 4 %. Six compromis sauvés sur une année, c'est environ 60 k€ d'honoraires. Le prêt relais nous a aussi apporté 7 mandats en 2025 (le propriétaire qui achète chez nous nous confie sa vente). Limite : sur mobile, le simulateur est tout en bas de la fiche.")
    P("Enfin, notre indicateur historique de fin de parcours, suivi par Frédéric depuis la création de l'agence :")
    T([["Taux de transformation 2025", "Valeur"],
       ["Compromis signés", "81"],
       ["Actes authentiques signés", "76"],
       ["Taux de transformation", "94 %"],
       ["Dossiers perdus", "5 (3 refus de prêt, 1 préemption de la Métropole, 1 rétractation dans le délai de 10 jours)"]],
      [6.0, 8.0], src="Source : Transacto, extraction du 15/05/2026")

    H2("H. Suivi après-vente", "p1h")
    H3("1. Nos dispositifs", "p1h1")
    P("Un client d'agence revient rarement acheter, mais il revient vendre, en moyenne huit à dix ans plus tard, et il parle de nous autour de lui. Quatre dispositifs existent aujourd'hui :")
    UL(["<b>Le parrainage propriétaires</b> : tout client qui nous présente un propriétaire reçoit 300 € en chèques-cadeaux si ce propriétaire signe un mandat et vend avec nous. Carte de parrainage remise avec les clés, rappel par e-mail à 6 mois.",
        "<b>La mise à jour annuelle de la valeur</b> : à chaque anniversaire de l'acte, nos anciens acquéreurs reçoivent une estimation mise à jour de leur bien et l'évolution des prix de leur quartier.",
        "<b>La lettre de marché trimestrielle</b> : envoyée par Mailjet à toute la base, une version par secteur (prix au m², délais, biens vendus du trimestre).",
        "<b>Les alertes acquéreurs</b> : créées dans Transacto selon les critères de l'acquéreur, envoyées moins d'une heure après la publication d'un bien, avant les portails."])
    H3("2. Comment ils fonctionnent", "p1h2")
    T([["Dispositif", "Pour qui", "Outil", "Fréquence", "Volume 2025-2026"],
       ["Parrainage propriétaires", "Vendeurs et acquéreurs après l'acte", "Carte papier + Mailjet", "À la remise des clés, relance à 6 mois", "142 cartes remises, 11 propriétaires présentés, 4 ventes"],
       ["Mise à jour annuelle de la valeur", "Acquéreurs depuis 2019", "Transacto + Mailjet", "1 fois par an", "412 envois, 38 % d'ouverture"],
       ["Lettre de marché trimestrielle", "Toute la base (3 400 contacts)", "Mailjet", "Janvier, avril, juillet, octobre", "41 % d'ouverture, 3,2 % de clics"],
       ["Alertes acquéreurs", "Acquéreurs actifs", "Transacto", "Dès publication d'un bien", "1 180 alertes actives"]],
      [3.0, 3.0, 2.4, 2.8, 3.4], src="Source : Transacto et Mailjet, extraction du 15/05/2026", size=10)
    H3("3. Notre choix : le parrainage propriétaires", "p1h3")

    # -------------------------------------------------------------------------------- PARTIE II
    H1("II. Être visible sur nos secteurs", "p2")
    KEYS(["<b>Chiffres clés</b>", "<b>11 200</b> sessions par mois en 2025", "<b>4 100 → 5 900</b> sessions organiques (sept. → avril)",
          "<b>23 → 47</b> domaines référents", "<b>6 200 €</b> de Google Ads<br/>→ <b>9</b> mandats"])
    P("Un propriétaire qui pense vendre commence par Google : « estimation appartement Montpellier », « prix m2 Castelnau ». En septembre 2025, nous étions derrière les réseaux nationaux et les outils d'estimation des portails.")

    H2("A. Visibilité de secteur : le plan d'actions", "p2a")
    H3("1. Dix actions classées par priorité", "p2a1")
    P("Après l'audit de septembre 2025, dix actions sur trois niveaux : P1 = ce qui bloque ou rapporte des leads vendeurs vite, P2 = ce qui renforce les pages secteurs, P3 = ce qui peut attendre.")
    T([["N°", "Action", "Priorité", "Pourquoi", "État au 15/05"],
       ["1", "Créer les 8 pages secteurs « Vendre à … »", "P1", "Aucune page ne répondait aux recherches par quartier", "Fait (janvier)"],
       ["2", "Corriger 312 fiches vendues en 404, 140 titres en double, images lourdes", "P1", "Google perdait son temps sur des pages mortes", "Fait (octobre)"],
       ["3", "Compléter la fiche Business Profile", "P1", "Le pack local passe avant les résultats classiques", "Fait"],
       ["4", "Réécrire /estimation-en-ligne (formulaire en 4 étapes)", "P1", "Page qui reçoit les leads vendeurs", "Fait (février)"],
       ["5", "Obtenir des liens de nos prescripteurs", "P2", "Liens locaux vers les pages secteurs", "En cours"],
       ["6", "Maillage par quartier", "P2", "Faire circuler l'autorité vers les pages qui convertissent", "En cours"],
       ["7", "Page /avis-de-valeur + FAQ succession / divorce", "P2", "Offre payante, requêtes peu disputées", "Fait (janvier)"],
       ["8", "Vitesse mobile (WebP, cache)", "P2", "LCP mobile de 4,1 s en septembre", "Fait, 2,9 s"],
       ["9", "Un article « marché » par mois", "P3", "Moins décisif que les pages secteurs", "4 articles"],
       ["10", "Données structurées", "P3", "Peu d'effet sur les positions", "Septembre"]],
      [0.7, 5.4, 1.3, 5.0, 2.2], src="Source : plan d'actions, mise à jour du 15/05/2026", size=8.8)
    H3("2. Nos outils de mesure", "p2a2")
    UL(["<b>Google Analytics 4</b> : sessions par source, conversions (formulaire d'estimation, paiement Stripe, appel, messagerie) ;",
        "<b>Search Console</b> : requêtes, impressions, position moyenne par page, indexation ;",
        "<b>Business Profile</b> : appels, itinéraires, recherches qui affichent la fiche ;",
        "<b>Ranxplorer</b> : positions de 40 requêtes, indice de visibilité, domaines référents ;",
        "<b>Screaming Frog</b> : audit technique ;",
        "<b>Looker Studio</b> : tableau de bord qui rassemble le tout."])
    H3("3. Nos positions de septembre à avril", "p2a3")
    P("Les 12 requêtes que nous regardons chaque semaine en réunion d'équipe :")
    T([["Requête", "Intention", "Position sept. 2025", "Position avril 2026", "Page qui se positionne"],
       ["estimation appartement montpellier", "Vendeur", "17", "4", "/estimation-en-ligne"],
       ["estimation immobilière montpellier", "Vendeur", "31", "14", "/estimation-en-ligne"],
       ["estimation maison castelnau le lez", "Vendeur", "22", "3", "/vendre-a-castelnau"],
       ["agence immobilière castelnau le lez", "Mixte", "9", "4", "/vendre-a-castelnau"],
       ["agence immobilière boutonnet", "Mixte", "6", "1", "/vendre-a-boutonnet"],
       ["prix m2 boutonnet montpellier", "Vendeur", "28", "7", "/vendre-a-boutonnet"],
       ["vendre appartement montpellier", "Vendeur", "34", "12", "/vendre-au-nord-de-montpellier"],
       ["avis de valeur succession montpellier", "Vendeur", "> 50", "9", "/avis-de-valeur"],
       ["appartement à vendre beaux-arts montpellier", "Acquéreur", "19", "8", "/vendre-aux-beaux-arts"],
       ["maison à vendre clapiers", "Acquéreur", "14", "6", "/vendre-a-clapiers"],
       ["maison à vendre jacou", "Acquéreur", "12", "5", "/vendre-a-jacou"],
       ["agence immobilière jacou", "Mixte", "7", "2", "/vendre-a-jacou"]],
      [5.2, 1.9, 2.0, 2.0, 4.2], src="Source : Ranxplorer, suivi de positions (Google.fr, mobile, Montpellier), relevés du 15/09/2025 et du 27/04/2026", size=9)
    P("« estimation appartement montpellier » (880 recherches par mois) passe de la 17e à la 4e place ; seuls un portail, un réseau national et Réseau Maisonia restent devant.")

    H2("B. Les requêtes vendeurs / acquéreurs", "p2b")
    H3("1. Notre méthode en six étapes", "p2b1")
    OL(["<b>Écouter le terrain</b> : les mots des propriétaires au téléphone et dans la messagerie (« combien vaut », « prix au m² », « succession »).",
        "<b>Partir de l'existant</b> : 2 140 requêtes Search Console sur 12 mois.",
        "<b>Élargir avec Ranxplorer</b> : suggestions et requêtes des concurrents, volumes, difficulté.",
        "<b>Classer par intention</b> : vendeur, acquéreur, information, marque ; location et emploi écartés.",
        "<b>Croiser avec le secteur</b> : chaque requête rattachée à un secteur ou à « Montpellier ».",
        "<b>Affecter une page et une saison</b> : une requête = une page cible ; requêtes vendeurs prêtes avant mars."])
    H3("2. La matrice", "p2b2")
    P("Volume = recherches mensuelles (Ranxplorer) ; difficulté de 0 à 100.")
    M = [["N°", "Requête", "Intention", "Secteur", "Volume", "Diff.", "Page cible"],
         ["1", "estimation immobilière montpellier", "Vendeur", "Montpellier", "1 300", "71", "/estimation-en-ligne"],
         ["2", "estimation appartement montpellier", "Vendeur", "Montpellier", "880", "58", "/estimation-en-ligne"],
         ["3", "estimation immobilière gratuite montpellier", "Vendeur", "Montpellier", "390", "62", "/estimation-en-ligne"],
         ["4", "estimation gratuite appartement montpellier", "Vendeur", "Montpellier", "210", "55", "/estimation-en-ligne"],
         ["5", "vendre appartement montpellier", "Vendeur", "Montpellier", "320", "52", "/vendre-au-nord-de-montpellier"],
         ["6", "agence immobilière montpellier nord", "Mixte", "Montpellier nord", "50", "14", "/vendre-au-nord-de-montpellier"],
         ["7", "honoraires agence immobilière montpellier", "Vendeur", "Montpellier", "70", "20", "/nos-honoraires"],
         ["8", "agence immobilière boutonnet", "Mixte", "Boutonnet", "40", "9", "/vendre-a-boutonnet"],
         ["9", "prix m2 boutonnet montpellier", "Vendeur", "Boutonnet", "70", "11", "/vendre-a-boutonnet"],
         ["10", "appartement à vendre boutonnet", "Acquéreur", "Boutonnet", "110", "16", "/vendre-a-boutonnet"],
         ["11", "quartier boutonnet montpellier avis", "Information", "Boutonnet", "140", "12", "/vendre-a-boutonnet"],
         ["12", "prix m2 beaux arts montpellier", "Vendeur", "Beaux-Arts", "90", "13", "/vendre-aux-beaux-arts"],
         ["13", "appartement à vendre beaux-arts montpellier", "Acquéreur", "Beaux-Arts", "140", "18", "/vendre-aux-beaux-arts"],
         ["14", "prix immobilier aiguelongue", "Vendeur", "Aiguelongue", "30", "6", "/vendre-a-aiguelongue"],
         ["15", "appartement aiguelongue à vendre", "Acquéreur", "Aiguelongue", "50", "9", "/vendre-a-aiguelongue"],
         ["16", "vendre appartement loué étudiant montpellier", "Vendeur", "Hôpitaux-Facultés", "20", "5", "/vendre-a-hopitaux-facultes"],
         ["17", "vendre studio hôpitaux facultés", "Vendeur", "Hôpitaux-Facultés", "10", "3", "/vendre-a-hopitaux-facultes"],
         ["18", "appartement hôpitaux facultés à vendre", "Acquéreur", "Hôpitaux-Facultés", "40", "8", "/vendre-a-hopitaux-facultes"],
         ["19", "estimation maison castelnau le lez", "Vendeur", "Castelnau", "170", "24", "/vendre-a-castelnau"],
         ["20", "vendre sa maison castelnau le lez", "Vendeur", "Castelnau", "90", "19", "/vendre-a-castelnau"],
         ["21", "prix m2 castelnau le lez", "Vendeur", "Castelnau", "260", "27", "/vendre-a-castelnau"],
         ["22", "combien vaut ma maison castelnau", "Vendeur", "Castelnau", "20", "4", "/vendre-a-castelnau"],
         ["23", "agence immobilière castelnau le lez", "Mixte", "Castelnau", "390", "33", "/vendre-a-castelnau"],
         ["24", "maison à vendre castelnau le lez", "Acquéreur", "Castelnau", "590", "41", "/nos-biens (filtre Castelnau)"],
         ["25", "maison avec piscine castelnau le lez", "Acquéreur", "Castelnau", "70", "15", "/nos-biens (filtre Castelnau)"],
         ["26", "vivre à castelnau le lez", "Information", "Castelnau", "90", "14", "article « Vivre à Castelnau »"],
         ["27", "estimation maison clapiers", "Vendeur", "Clapiers", "70", "12", "/vendre-a-clapiers"],
         ["28", "agence immobilière clapiers", "Mixte", "Clapiers", "90", "14", "/vendre-a-clapiers"],
         ["29", "maison à vendre clapiers", "Acquéreur", "Clapiers", "320", "30", "/vendre-a-clapiers"],
         ["30", "villa clapiers vente", "Acquéreur", "Clapiers", "40", "10", "/vendre-a-clapiers"],
         ["31", "estimation maison jacou", "Vendeur", "Jacou", "50", "10", "/vendre-a-jacou"],
         ["32", "agence immobilière jacou", "Mixte", "Jacou", "110", "15", "/vendre-a-jacou"],
         ["33", "maison à vendre jacou", "Acquéreur", "Jacou", "260", "28", "/vendre-a-jacou"],
         ["34", "maison à vendre montferrier sur lez", "Acquéreur", "Montferrier", "170", "22", "/vendre-a-montferrier"],
         ["35", "avis de valeur succession montpellier", "Vendeur", "Montpellier", "40", "8", "/avis-de-valeur"],
         ["36", "estimation maison succession hérault", "Vendeur", "Hérault", "30", "7", "/avis-de-valeur"],
         ["37", "avis de valeur divorce", "Vendeur", "France", "90", "22", "/avis-de-valeur"],
         ["38", "vendre maison avec dpe f", "Vendeur", "France", "260", "35", "article « Vendre un bien classé F ou G »"],
         ["39", "t3 avec terrasse montpellier nord", "Acquéreur", "Montpellier nord", "30", "8", "/nos-biens"],
         ["40", "clapas immobilier", "Marque", "—", "70", "0", "accueil"]]
    T(M, [0.7, 5.0, 1.8, 2.4, 1.3, 1.0, 4.3], src="Source : Ranxplorer et Search Console, matrice du 18/01/2026", size=8.6, split=True)
    H3("3. Pourquoi ces requêtes-là", "p2b3")
    P("<b>Nos secteurs d'abord.</b> Les requêtes générales (« estimation immobilière montpellier », difficulté 71) sont tenues par les estimateurs des portails et les réseaux, dont Réseau Maisonia, avec des budgets que nous n'avons pas. L'essentiel de la matrice est donc fait de requêtes « vendeur + quartier » : peu de volume, difficulté de 4 à 30, concurrents absents. Celui qui tape « estimation maison jacou » habite Jacou et veut vendre.")
    P("<b>L'intention vendeur d'abord.</b> Vingt-trois requêtes sur quarante sont vendeurs : un acquéreur trouvera nos biens sur les portails, un vendeur qui nous trouve avant Hop'Immo est un mandat possible.")
    P("<b>Nos niches.</b> « avis de valeur succession » correspond à notre offre payante ; « vendre maison avec dpe f » à l'inquiétude des bailleurs de Boutonnet face au DPE.")
    P("<b>La saison.</b> Les recherches « estimation » augmentent de 35 % entre janvier et avril (Google Trends) : les pages secteurs ont été publiées en janvier pour être indexées avant le 1er mars.")

    H2("C. Maillage par quartier", "p2c")
    H3("1. Une page pilier, huit pages secteurs", "p2c1")
    P("La page pilier /vendre-au-nord-de-montpellier renvoie vers huit pages secteurs (Boutonnet, Beaux-Arts, Aiguelongue, Hôpitaux-Facultés, Castelnau-le-Lez, Clapiers, Jacou, Montferrier-sur-Lez), qui renvoient vers leurs fiches biens, /estimation-en-ligne et les secteurs voisins. Règles d'ancres :")
    UL(["une ancre dit toujours où elle mène, avec le nom du quartier : « prix de l'immobilier à Aiguelongue », jamais « cliquez ici » ni « en savoir plus » ;",
        "chaque page secteur remonte vers la page pilier avec l'ancre « vendre au nord de Montpellier », une seule fois, dans le premier paragraphe ;",
        "les liens entre secteurs ne relient que des quartiers voisins (Boutonnet ↔ Beaux-Arts, Aiguelongue ↔ Hôpitaux-Facultés, Castelnau ↔ Clapiers ↔ Jacou, Montferrier ↔ Clapiers) ;",
        "une page secteur ne fait jamais de lien vers les biens d'un autre secteur ;",
        "un seul lien vers /estimation-en-ligne par page, avec une ancre qui reprend le secteur (« faire estimer sa maison à Jacou ») ;",
        "les fiches biens remontent vers leur secteur par le fil d'Ariane."])
    P("Le tableau ci-dessous détaille les liens de trois pages.")
    T([["Page", "Liens sortants (ancre → cible)", "Liens entrants"],
       ["/vendre-a-boutonnet", "« vendre au nord de Montpellier » → pilier ; « appartements des Beaux-Arts » → /vendre-aux-beaux-arts ; « faire estimer son appartement à Boutonnet » → /estimation-en-ligne ; 6 fiches biens du secteur",
        "Pilier ; /vendre-aux-beaux-arts ; 9 fiches biens (fil d'Ariane) ; article « marché de Boutonnet » (février)"],
       ["/vendre-a-castelnau", "« vendre au nord de Montpellier » → pilier ; « maisons à Clapiers » → /vendre-a-clapiers ; « faire estimer sa maison à Castelnau » → /estimation-en-ligne ; « avis de valeur pour une succession » → /avis-de-valeur ; 8 fiches biens",
        "Pilier ; /vendre-a-clapiers ; /vendre-a-jacou ; 12 fiches biens ; article « Vivre à Castelnau »"],
       ["/vendre-a-clapiers", "« vendre au nord de Montpellier » → pilier ; « prix des maisons à Castelnau » → /vendre-a-castelnau ; « marché de Jacou » → /vendre-a-jacou ; « faire estimer sa maison à Clapiers » → /estimation-en-ligne ; 5 fiches biens",
        "Pilier ; /vendre-a-castelnau ; /vendre-a-jacou ; /vendre-a-montferrier ; 5 fiches biens"]],
      [3.0, 7.0, 4.6], src="Source : Screaming Frog, crawl du 04/05/2026", size=9)

    H2("D. Liens de prescripteurs", "p2d")
    H3("1. Les liens obtenus et ce qu'ils apportent", "p2d1")
    P("Pour chaque lien obtenu : les sessions amenées du 1er mars au 15 mai et les leads (formulaires ou conversations vendeurs pendant ces sessions).")
    T([["Site", "Type", "Page liée", "Ancre", "En ligne depuis", "Sessions", "Leads"],
       ["Montpellier Quartiers", "Média local", "/vendre-a-boutonnet + chronique", "« prix de l'immobilier à Boutonnet »", "11/2025 (3 articles)", "412", "9"],
       ["DiagSud", "Diagnostiqueur", "Article DPE", "« vendre un bien classé F ou G »", "10/2025", "142", "5"],
       ["Hérault Courtage", "Courtier", "Accueil", "« Clapas Immobilier, Montpellier nord »", "10/2025", "118", "2"],
       ["Office notarial du Lez", "Notaire", "/vendre-a-castelnau", "« agence immobilière à Castelnau-le-Lez »", "11/2025", "86", "3"],
       ["Étude Fabre & Coulet", "Notaire", "/avis-de-valeur", "« avis de valeur pour une succession »", "12/2025", "64", "4"],
       ["Association des commerçants du Faubourg Boutonnet", "Association", "Accueil", "« Clapas Immobilier »", "09/2025", "57", "0"],
       ["Jacou XV (partenariat maillots)", "Club sportif", "/vendre-a-jacou", "« notre partenaire immobilier à Jacou »", "12/2025", "44", "1"],
       ["Lez & Garrigue Syndic", "Syndic", "/estimation-en-ligne", "« faire estimer son appartement »", "01/2026", "38", "2"],
       ["Me Anne-Laure Pujol", "Notaire", "/vendre-a-jacou", "« Clapas Immobilier »", "01/2026", "31", "1"],
       ["Crédit Garrigue (page agence de Castelnau)", "Banque", "/vendre-a-castelnau", "« estimer avant un prêt relais »", "02/2026", "27", "1"],
       ["Total", "", "", "", "", "1 019", "28"]],
      [3.6, 2.0, 2.8, 3.6, 2.1, 1.4, 1.1], src="Source : GA4 (sessions référentes, conversions) du 01/03 au 15/05/2026", size=8.5, total=True)
    P("Montpellier Quartiers et DiagSud travaillent le plus : lecteurs des quartiers nord pour l'un, bailleurs inquiets du DPE pour l'autre.")
    H3("2. Domaines référents : avant et après", "p2d2")
    GR("Graphique 4 — Domaines référents vers clapas-immobilier.fr (données)")
    T([["Mois", "Sept.", "Oct.", "Nov.", "Déc.", "Janv.", "Févr.", "Mars", "Avril"],
       ["Domaines référents", "23", "26", "30", "33", "37", "40", "44", "47"]],
      [3.4, 1, 1, 1, 1, 1, 1, 1, 1], src="Source : Ranxplorer, module liens, relevé mensuel")
    P("De 23 à 47 domaines référents en huit mois. Dans Search Console, la position moyenne de /vendre-a-castelnau (5 nouveaux domaines) passe de 24,1 à 7,8 entre janvier et avril, /vendre-a-boutonnet (4 domaines) de 15,2 à 4,9, /avis-de-valeur (3 domaines) de 38 à 9,4. /vendre-a-montferrier, publiée le même jour sans lien externe, ne gagne que 5 places (31 à 26).")
    H3("3. La progression d'ensemble", "p2d3")
    GR("Graphique 5 — Sessions organiques par mois (données)")
    T([["Mois", "Sept.", "Oct.", "Nov.", "Déc.", "Janv.", "Févr.", "Mars", "Avril"],
       ["Sessions organiques", "4 100", "4 250", "4 180", "3 900", "4 600", "4 950", "5 480", "5 900"]],
      [3.4, 1, 1, 1, 1, 1, 1, 1, 1], src="Source : GA4, canal « Organic Search », 01/09/2025 – 30/04/2026")
    P("Toutes actions confondues, les sessions organiques passent de 4 100 à 5 900 par mois (+44 %) ; le creux de décembre est saisonnier, la hausse s'accélère en février avec l'indexation des pages secteurs.")

    H2("E. Google Ads et Meta", "p2e")
    H3("1. La structure des campagnes", "p2e1")
    P("Trois campagnes pour l'opération, du 2 mars au 31 mai :")
    UL(["<b>Search « Estimation – secteurs »</b> (5 600 €) : cinq groupes d'annonces (Boutonnet / Beaux-Arts, Aiguelongue / Hôpitaux-Facultés, Castelnau, Clapiers / Jacou, Avis de valeur), chacun avec ses mots-clés, ses annonces et sa page d'atterrissage ; enchères « maximiser les conversions ».",
        "<b>Search « Marque »</b> (600 €) : pour ne plus laisser Réseau Maisonia et Hop'Immo acheter notre nom.",
        "<b>Meta « Propriétaires maisons »</b> (1 800 €) : formulaire instantané, deux visuels, deux textes."])
    H3("2. Mots-clés, exclusions et ciblages", "p2e2")
    T([["Groupe / campagne", "Mots-clés (type de correspondance)", "Exclusions spécifiques"],
       ["Boutonnet / Beaux-Arts", "[estimation appartement montpellier] ; [estimation appartement boutonnet] ; \"estimation appartement beaux arts\" ; \"prix m2 boutonnet\"", "\"port marianne\" ; \"antigone\""],
       ["Aiguelongue / Hôpitaux-Facultés", "\"estimation appartement montpellier nord\" ; [estimation appartement hopitaux facultes] ; \"vendre studio montpellier\"", "\"résidence étudiante\" ; \"crous\""],
       ["Castelnau", "[estimation maison castelnau le lez] ; \"vendre maison castelnau\" ; \"agence immobilière castelnau\" ; \"prix m2 castelnau\"", "\"neuf\" ; \"programme\""],
       ["Clapiers / Jacou", "\"estimation maison clapiers\" ; \"estimation maison jacou\" ; \"agence immobilière jacou\" ; \"vendre maison clapiers\"", "\"terrain à bâtir\""],
       ["Avis de valeur", "\"avis de valeur succession\" ; \"estimation succession montpellier\" ; [avis de valeur divorce montpellier]", "\"modèle\" ; \"gratuit\""],
       ["Marque", "[clapas immobilier] ; \"clapas immo\" ; \"agence clapas montpellier\"", "—"],
       ["Toutes campagnes Search", "Liste d'exclusions commune", "location ; louer ; loyer ; frais de notaire ; emploi ; recrutement ; salaire ; stage ; formation ; logiciel ; simulateur ; pinel ; viager ; dvf"]],
      [3.0, 7.0, 4.4], size=9)
    P("Crochets = expression exacte, guillemets = expression ; pas de requête large, qui dépensait en 2025 un tiers du budget sur de la location.")
    P("Meta : propriétaires de 45 à 70 ans dans un rayon de 8 km autour de l'agence (Castelnau, Clapiers, Jacou, nord de Montpellier), centres d'intérêt jardinage et bricolage, plus une audience similaire à nos 640 anciens vendeurs. Les moins de 45 ans sont exclus : ils sont surtout acquéreurs.")
    H3("3. Les pages d'atterrissage", "p2e3")
    UL(["<b>/estimation-en-ligne</b> (Boutonnet / Beaux-Arts, Aiguelongue / Hôpitaux-Facultés, Clapiers / Jacou) : formulaire en quatre étapes en haut de page, ventes récentes du secteur, photo de l'agent, FAQ.",
        "<b>/vendre-a-castelnau</b> (Castelnau) : la page secteur la plus lue, avec Patrice et les douze dernières ventes de la commune, formulaire intégré.",
        "<b>/avis-de-valeur</b> (Avis de valeur) : exemple d'avis, prix affiché, créneau et paiement Stripe sur la même page.",
        "La campagne Marque renvoie vers l'accueil ; les formulaires Meta arrivent directement dans Transacto."])
    H3("4. Les annonces", "p2e4")
    P("Quatre annonces responsives (extrait des titres et descriptions) et deux textes Meta.")
    P("<b>Annonce 1 — Boutonnet / Beaux-Arts</b> → /estimation-en-ligne<br/>Titres : Estimation appartement 48 h | Agence du Faubourg Boutonnet | Prix vendus dans votre rue | Agent du quartier, pas d'algo | Indépendants depuis 2012<br/>Descriptions : Votre appartement estimé par l'agent qui vend dans votre rue. Rendez-vous sous 48 h. | Ventes récentes, prix au m² et délai réel : une estimation argumentée, remise par écrit.")
    P("<b>Annonce 2 — Castelnau</b> → /vendre-a-castelnau<br/>Titres : Estimation maison Castelnau | Votre agent à Castelnau | Prix réels des maisons vendues | Vendu en 68 jours en moyenne<br/>Descriptions : Patrice Vidal vend des maisons à Castelnau depuis 15 ans. Estimation offerte, sans engagement. | Les 12 dernières ventes de Castelnau, le délai et le prix obtenu : demandez votre estimation.")
    P("<b>Annonce 3 — Clapiers / Jacou</b> → /estimation-en-ligne<br/>Titres : Estimation maison Clapiers | Estimation maison Jacou | Agence du nord de Montpellier | Un agent chez vous en 48 h<br/>Descriptions : Maisons avec jardin, villas, mas rénovés : nous vendons à Clapiers et Jacou chaque mois. | Une estimation sur place, avec les ventes de votre lotissement. Réponse sous 48 h.")
    P("<b>Annonce 4 — Avis de valeur</b> → /avis-de-valeur<br/>Titres : Avis de valeur certifié | Succession, divorce, donation | 240 € TTC, remis sous 5 jours | Signé par un professionnel<br/>Descriptions : Un document de 12 pages avec ventes comparables, signé par un agent de l'agence. | Réservez la visite et réglez en ligne ; l'avis vous est remis sous 5 jours ouvrés.")
    P("<b>Meta, texte 1</b> (visuel : maison de Clapiers avec le badge « Vendu en 41 jours »)<br/>« Votre maison vaut-elle encore son prix de 2022 ? À Castelnau, Clapiers et Jacou, les prix ont bougé quartier par quartier. Répondez à 3 questions : un agent de Clapas Immobilier vous rappelle sous 48 h avec les ventes réelles de votre rue. Sans engagement. »")
    P("<b>Meta, texte 2</b> (reel de Patrice devant une maison vendue)<br/>« C'est le Printemps des vendeurs ! Jusqu'au 31 mai, estimation offerte pour les maisons du nord de Montpellier. Patrice, Sonia, Lucas et Frédéric vendent ici depuis plus de 10 ans. 3 questions, et on vous rappelle. »<br/>Questions du formulaire : adresse du bien ; type et surface ; « Quand pensez-vous vendre ? » (moins de 3 mois / 3 à 12 mois / je me renseigne).")
    H3("5. Le suivi semaine par semaine", "p2e5")
    rows = [["Semaine du", "Impr.", "Clics", "CTR", "CPC moyen", "Coût", "Leads", "Coût / lead", "Part d'impr."]]
    weeks = ["02/03", "09/03", "16/03", "23/03", "30/03", "06/04", "13/04", "20/04", "27/04", "04/05", "11/05*"]
    cost = [520, 560, 590, 610, 600, 580, 570, 590, 560, 540, 480]
    cpc = [2.45, 2.38, 2.41, 2.52, 2.47, 2.36, 2.31, 2.40, 2.35, 2.29, 2.26]
    ctr = [6.1, 6.4, 6.6, 6.9, 7.0, 7.2, 7.1, 7.4, 7.3, 7.5, 7.6]
    leads = [7, 9, 10, 12, 11, 10, 11, 12, 10, 11, 9]
    share = [38, 41, 44, 47, 49, 52, 54, 57, 58, 60, 61]
    ti = tc = 0
    for k in range(len(weeks)):
        clics = int(round(cost[k] / cpc[k]))
        impr = int(round(clics / (ctr[k] / 100.0) / 10.0) * 10)
        ti += impr
        tc += clics
        rows.append([weeks[k], fmt(impr), fmt(clics), dec(100.0 * clics / impr) + " %", dec(cost[k] / clics, 2) + " €",
                     fmt(cost[k]) + " €", str(leads[k]), dec(cost[k] / leads[k], 0) + " €", "%d %%" % share[k]])
    rows.append(["Total Google Ads", fmt(ti), fmt(tc), dec(100.0 * tc / ti) + " %", dec(sum(cost) / tc, 2) + " €",
                 fmt(sum(cost)) + " €", str(sum(leads)), dec(sum(cost) / sum(leads), 0) + " €", "—"])
    rows.append(["Meta (total du 16/03 au 15/05)", "41 200", "612", "1,5 %", "2,94 €", "1 800 €", "64", "28 €", "—"])
    T(rows, [2.6, 1.5, 1.2, 1.1, 1.5, 1.5, 1.1, 1.5, 1.4], size=9, split=True,
      src="Source : Google Ads et Meta, exports du 15/05/2026. * semaine arrêtée au vendredi 15/05")
    P("Le coût par lead baisse de 74 € la première semaine à 49 € en avril ; la part d'impressions monte de 38 % à 61 %.")

    H2("F. Tableau de bord et outils", "p2f")
    H3("1. Lire le tableau de bord", "p2f1")
    P("Le tableau de bord Looker Studio a quatre pages (acquisition, Google Ads, visibilité, rentabilité) ; je le présente chaque lundi en réunion d'équipe. Les réseaux sociaux n'y figurent pas : les publications ne sont pas rattachées aux mandats.")
    GR("Graphique 6 — Leads vendeurs par mois (données)")
    T([["Mois", "Google Ads", "Meta", "Autres sources", "Total"],
       ["Janvier 2026", "—", "—", "19", "19"],
       ["Février 2026", "—", "—", "22", "22"],
       ["Mars 2026", "38", "17", "39", "94"],
       ["Avril 2026", "50", "31", "42", "123"],
       ["Mai 2026 (1er – 15)", "24", "16", "11", "51"],
       ["Total opération (1/03 – 15/05)", "112", "64", "92", "268"]],
      [5.0, 2.2, 2.0, 2.6, 2.0], src="Source : Transacto, extraction du 15/05/2026 (autres sources : site hors publicité, flyers, Mailjet, notaires)", total=True)
    P("Ce que nous lisons, dans l'ordre de la réunion :")
    UL(["<b>Le coût par lead</b> : 55 € pour Google Ads, 28 € pour Meta, 45 € en moyenne. Meta est moins cher, mais ses leads deviennent moins souvent des mandats : au mandat, 689 € pour Google Ads contre 360 € pour Meta.",
        "<b>La part d'impressions</b> : 61 % en mai ; nous perdons 27 % des impressions faute de budget et 12 % à cause du classement. À Castelnau, coût par lead le plus bas (38 €), 34 % perdus faute de budget : c'est là qu'il faut mettre de l'argent.",
        "<b>La visibilité organique</b> : indice Ranxplorer de 1,8 à 4,6 ; 27 requêtes sur 40 dans le top 10 contre 9. Là où nous sommes dans les trois premiers en organique (Boutonnet, Jacou), les enchères ont été baissées de 30 % sans perte de leads.",
        "<b>Le retour</b> : la page « rentabilité » croise dépenses et mandats (calcul en H.1) ; le retour réel ne sera connu qu'à l'automne, quand les mandats d'avril seront vendus."])
    H3("2. Pourquoi Ranxplorer plutôt que Semrush", "p2f2")
    P("J'ai comparé les deux outils pendant un mois d'essai, sur nos 40 requêtes.")
    T([["Critère", "Ranxplorer", "Semrush", "Pour nous"],
       ["Données", "Base construite sur Google.fr, volumes français", "Base mondiale, volumes FR estimés, souvent à 0 sur nos requêtes de quartier", "Ranxplorer donnait un volume pour 36 requêtes sur 40, Semrush pour 22"],
       ["Prix", "49,90 € HT par mois", "environ 130 € par mois (formule Pro)", "Budget outil de l'agence : 60 € par mois"],
       ["Suivi de positions", "Suivi par ville (Montpellier), mobile et ordinateur", "Suivi par ville possible, limité en formule Pro", "Équivalent, mais plus simple dans Ranxplorer"],
       ["Liens", "Domaines référents, nouveaux et perdus", "Base de liens plus complète", "Semrush meilleur, mais nos liens sont peu nombreux et nous les connaissons"],
       ["Prise en main", "Interface et support en français", "Interface traduite, beaucoup de modules inutiles pour nous", "Frédéric et les agents consultent seuls le suivi de positions"]],
      [2.4, 3.9, 3.9, 4.4], size=9)
    P("Ranxplorer l'emporte : données françaises sur des requêtes de quartier, prix compatible, suivi lisible par toute l'équipe.")
    H3("3. Liens vers nos tableaux", "p2f3")
    LINKP("Synthèse Printemps des vendeurs", "https://lookerstudio.google.com/reporting/4f7d2c1a-93be-4e0a-b8d5-2c61f0a7e913/page/p_9xk2lmd0qd")
    LINKP("Google Ads semaine par semaine", "https://lookerstudio.google.com/reporting/4f7d2c1a-93be-4e0a-b8d5-2c61f0a7e913/page/p_3hm7r2t1vd")
    LINKP("Visibilité de secteur (Search Console + Ranxplorer)", "https://lookerstudio.google.com/", "https://lookerstudio.google.com/…/reporting/…")
    LINKP("Messagerie du site", "https://lookerstudio.google.com/", "https://lookerstudio.google.com/…/reporting/…")
    LINKP("Rentabilité des mandats", "https://lookerstudio.google.com/", "https://lookerstudio.google.com/…/reporting/…")

    H2("G. Indicateurs", "p2g")
    H3("1. Les indicateurs de l'agence", "p2g1")
    P("Six indicateurs hebdomadaires, qui suivent le chemin d'un propriétaire jusqu'au mandat exclusif :")
    T([["Indicateur", "Ce qu'il mesure", "Mars – mai 2025", "1/03 – 15/05/2026"],
       ["Leads vendeurs", "Propriétaires qui demandent une estimation (formulaire, formulaire Meta, messagerie, téléphone, recommandation)", "58", "268"],
       ["Coût par lead", "Dépense payante / leads payants", "—", "45 €"],
       ["Taux de visite", "Visites d'estimation / leads", "36 %", "33 %"],
       ["Mandats signés", "Mandats issus de ces leads", "9", "34"],
       ["Taux d'exclusivité", "Exclusifs / mandats signés", "33 %", "35 %"],
       ["Délai de premier appel", "Temps entre la demande et le premier appel de l'agent", "2 h 40", "38 min"]],
      [3.0, 6.4, 2.4, 2.8], src="Source : Transacto, extraction du 15/05/2026", size=9.5)
    P("Un lead rappelé dans l'heure devient une visite une fois sur deux ; après 24 heures, une fois sur cinq.")
    H3("2. Les indicateurs du site, commentés", "p2g2")
    T([["Indicateur", "Valeur (1/03 – 15/05/2026)", "Commentaire"],
       ["Trafic", "14 200 sessions par mois en avril (11 200 en moyenne en 2025)", "Hausse tirée par le payant (2 600 sessions par mois) et l'organique (+44 % depuis septembre)."],
       ["Taux de rebond", "47 % sur le site ; 58 % sur les pages d'atterrissage Google Ads", "Normal sur les fiches biens (les acquéreurs repartent vers les portails) ; trop élevé sur /estimation-en-ligne depuis les annonces Boutonnet, où des requêtes d'estimateurs automatiques arrivent encore."],
       ["Temps de visite", "1 min 52 s en moyenne ; 2 min 40 s sur les fiches biens", "Les pages secteurs sont lues en entier (2 min 15 s) : le contenu de quartier intéresse les vendeurs."],
       ["Temps de chargement", "LCP mobile 2,9 s (4,1 s en septembre) ; 3,6 s sur les fiches de plus de 20 photos", "Le seuil de 2,5 s n'est pas encore atteint sur les fiches ; la galerie photo d'ImmoSync charge toutes les images d'un coup."],
       ["Abandon formulaire d'estimation, étape 1 → 2", "18 % (635 débuts, 521 passent à l'étape 2)", "Étape adresse et type de bien : abandon faible, la question est facile."],
       ["Abandon étape 2 → 3", "24 % (396 passent à l'étape 3)", "Étape surface, pièces, état : certains propriétaires ne connaissent pas la surface exacte."],
       ["Abandon étape 3 → envoi", "52 % (190 formulaires envoyés)", "Étape coordonnées : le téléphone est obligatoire et le propriétaire comprend qu'il va être appelé ; c'est la marche la plus haute du parcours."],
       ["Abandon au paiement (avis de valeur)", "62 % (61 paiements commencés, 23 payés)", "Beaucoup d'héritiers commencent le paiement puis appellent l'agence pour poser une question avant de payer."],
       ["Honoraires", "158 k€ HT encaissés en mars et avril 2026", ""]],
      [3.2, 4.6, 6.8], src="Source : GA4, PageSpeed Insights, Stripe, Transacto ; extraction du 15/05/2026", size=9)

    H2("H. Rentabilité et corrections", "p2h")
    H3("1. La rentabilité d'un mandat Google Ads", "p2h1")
    P("Un mandat ne rapporte rien tant que le bien n'est pas vendu : nous appliquons aux mandats notre taux historique de vente des mandats issus de l'estimation en ligne (2023-2025 : 28 ventes pour 63 mandats, 44 %, arrondi à 45 % avec les deux compromis déjà signés).")
    T([["Étape", "Valeur", "Calcul / source"],
       ["Dépense Google Ads (2/03 – 15/05)", "6 200 €", "Google Ads"],
       ["Leads vendeurs", "112", "Transacto"],
       ["Mandats signés", "9", "Transacto, origine « Google Ads »"],
       ["Taux de vente des mandats (historique)", "45 %", "28 ventes / 63 mandats, 2023-2025"],
       ["Ventes attendues", "4", "9 × 45 % = 4,05"],
       ["Honoraires moyens par vente (secteurs concernés)", "10 250 € HT", "Moyenne 2025 des ventes de nos secteurs"],
       ["Honoraires attendus", "41 000 € HT", "4 × 10 250 €"],
       ["Retour sur investissement", "5,6", "(41 000 − 6 200) / 6 200"],
       ["Coût d'acquisition d'un mandat", "689 €", "6 200 / 9"]],
      [5.4, 2.6, 6.6], src="Source : Transacto, extraction du 15/05/2026", size=9.5)
    NOTE("[Frédéric : OK pour publier le montant moyen des honoraires ?]")
    P("Chaque euro de Google Ads doit rapporter environ 6,60 € d'honoraires. Le calcul ne compte ni le temps des agents (3 h par mandat) ni la valeur future d'un vendeur satisfait.")
    H3("2. Avons-nous atteint nos objectifs ?", "p2h2")
    T([["Objectif de l'opération", "Cible", "Réalisé au 15/05", "Atteint ?"],
       ["Leads vendeurs", "240", "268", "Oui"],
       ["Nouveaux mandats", "30", "34", "Oui"],
       ["Coût par lead payant", "< 50 €", "45 €", "Oui"],
       ["Part d'exclusifs dans les nouveaux mandats", "45 %", "35 % (12 sur 34)", "Non"]],
      [5.6, 2.0, 3.4, 1.8], src="Source : Transacto et Google Ads, extraction du 15/05/2026")
    P("Trois objectifs sur quatre sont atteints avant même la fin de l'opération. Celui qui compte le plus pour le plan de Frédéric ne l'est pas : 35 % d'exclusifs au lieu de 45 %. L'explication est dans l'origine des mandats. Les leads qui viennent de la confiance donnent des exclusifs : 4 mandats exclusifs sur 6 pour les notaires, 2 sur 3 pour Mailjet (anciens clients). Les leads payants en donnent très peu : 1 exclusif sur 9 mandats Google Ads, 1 sur 5 pour Meta. Un propriétaire qui clique sur une annonce « estimation » a souvent demandé trois estimations le même soir (71 % nous l'ont dit) ; face au forfait de Hop'Immo, les agents ont préféré un mandat simple plutôt que de perdre le bien. Et comme les leads payants ont été plus nombreux que prévu, la part d'exclusifs baisse mécaniquement.")
    H3("3. Les corrections à engager", "p2h3")
    P("Pour la fin de l'opération et pour la campagne d'automne, quatre corrections, classées par ordre d'importance :")
    OL(["<b>Déplacer le budget vers Castelnau et Clapiers / Jacou.</b> Le groupe Boutonnet / Beaux-Arts coûte 71 € par lead contre 38 € à Castelnau ; nous retirons 1 400 € du premier pour les deux autres, où nous perdons le plus d'impressions faute de budget.",
        "<b>Compléter les exclusions.</b> 14 % de la dépense d'avril est partie sur des recherches sans intention de vendre (« estimation voiture », « dvf montpellier gratuit ») : 23 exclusions ajoutées.",
        "<b>Ajuster les enchères selon l'heure.</b> 48 % des leads Google Ads arrivent entre 19 h et 23 h et le dimanche ; nous augmentons les enchères de 20 % sur ces plages et les baissons de 20 % entre 9 h et 12 h en semaine.",
        "<b>Fixer un coût par conversion cible.</b> Dès que la campagne dépasse 30 conversions par mois, passer en coût par acquisition cible à 45 € sur les groupes estimation, pour stabiliser les dépenses."])

    # -------------------------------------------------------------------------------- conclusion
    H1("Conclusion", "conclu")
    P("Le Printemps des vendeurs a tenu ses promesses sur le volume : 268 leads vendeurs et 34 mandats en dix semaines. Il nous a aussi appris que tous les leads ne se valent pas : les exclusifs viennent des notaires et des anciens clients, les campagnes payantes remplissent l'agenda. Nos pages secteurs passent désormais devant les réseaux sur la plupart des requêtes de quartier. Prochaine étape : la campagne d'automne.")
    P("Pour moi, ce dossier a surtout été l'occasion de mettre des chiffres sur des intuitions d'agence. Quand je suis arrivée, on disait « Internet, ça ramène des curieux ». Aujourd'hui, Sonia ouvre le tableau de bord avant le lundi matin.")


def fmt(n):
    s = "%d" % n
    out = ""
    while len(s) > 3:
        out = "\u00a0" + s[-3:] + out
        s = s[:-3]
    return s + out


def dec(x, d=1):
    return ("%.*f" % (d, x)).replace(".", ",")


# ================================================================================================ mise en page
def cover():
    C = [Spacer(1, 1.2 * cm),
         Paragraph(fr("CLAPAS IMMOBILIER"), ParagraphStyle("ck", fontName="Helvetica-Bold", fontSize=11, leading=14,
                                                          textColor=GREY_SUB, spaceAfter=18)),
         Paragraph(fr("Faire rentrer des mandats grâce au digital"), title_s),
         Paragraph(fr("Dossier professionnel — blocs 2 et 3 : animer et convertir, être visible sur nos secteurs"), sub_s),
         Spacer(1, 0.6 * cm),
         PhotoBox(UW, 8.2 * cm, "[photo de la vitrine]"),
         Spacer(1, 1.4 * cm)]
    for line in ["<b>Julie Roques</b>", "Responsable marketing et développement, Clapas Immobilier",
                 "Titre RNCP Chef de projet e-commerce — Mastère en formation continue — session 2026",
                 "Tuteur : Frédéric Soulier, gérant de Clapas Immobilier SARL",
                 "Montpellier, mai 2026"]:
        C.append(Paragraph(fr(line), ParagraphStyle("cv", parent=body, spaceAfter=4)))
    return C


def story(pages):
    st = cover()
    st.append(NextPageTemplate("main"))
    st.append(PageBreak())
    st.append(Paragraph("Sommaire", toc_title))
    for lvl, text, key in TOC_ENTRIES:
        st.append(TOCLine(text, key, pages.get(key, 0), lvl))
    st.append(PageBreak())
    return st + S


def deco(c, d):
    c.saveState()
    c.setFont("Helvetica", 9)
    c.setFillColor(colors.HexColor("#999999"))
    c.drawString(LM, PH - 1.27 * cm - 4, HEADER)
    c.setFillColor(BLACK)
    c.setFont("Helvetica", 10)
    c.drawRightString(PW - RM, 1.27 * cm, str(c.getPageNumber()))
    c.restoreState()


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Heading):
            HEAD_PAGES[f.key] = self.page
            self.canv.bookmarkPage(f.key)


def build(target, pages):
    doc = Doc(target, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title=TITLE, author=AUTHOR, creator="Google Docs", producer="Skia/PDF m124 Google Docs Renderer",
              subject="", invariant=1)
    fr_cover = Frame(LM, BM, UW, PH - TM - BM, id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fr_main = Frame(LM, BM, UW, PH - TM - BM, id="main", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="cover", frames=[fr_cover]),
                          PageTemplate(id="main", frames=[fr_main], onPage=deco)])
    HEAD_PAGES.clear()
    del S[:], TOC_ENTRIES[:], SPLIT_TABLES[:]
    TABLES[0] = 0
    content()
    doc.build(story(pages))
    return dict(HEAD_PAGES), doc.page


def main():
    os.makedirs(OUT, exist_ok=True)
    pages, _ = build(io.BytesIO(), {})
    pages, _ = build(io.BytesIO(), pages)
    pages2, last = build(PDF, pages)
    assert pages2 == pages, "pagination instable"
    print("PDF", PDF, "pages:", last, "tableaux:", TABLES[0], "titres:", len(TOC_ENTRIES))
    print("page du titre « Notre choix » :", pages["p1h3"], "— partie II :", pages["p2"])


if __name__ == "__main__":
    main()
