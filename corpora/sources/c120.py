# Générateur du dossier du candidat c120 (Kayaks Lavagne SAS, fabricant de kayaks de randonnée, Uzès) — blocs 1, 2 et 5.
# Un seul PDF A4 d'une trentaine de pages « exporté de Word » (reportlab, invariant=1) : page de garde, sommaire tapé à la main
# avec numéros de page (passes successives), Titre 1 « PARTIE n – … » en petites capitales, Titre 2 « 1.1 », Titre 3 « 1.1.1 »,
# en-tête « Kayaks Lavagne – Dossier de certification – F. Caizergues », pied « – n – », légendes au-dessus des tableaux
# « Tableau n – … », notes de bas de page numérotées en continu (8 pt, filet de séparation, appels surélevés), tableaux coupés
# entre deux pages avec ligne d'en-tête répétée (tableau 3 pp. 7-8, tableau 11 pp. 27-28), listes coupées par un saut de page
# (calendrier 1-6 / 7-14 pp. 12-13, étapes de commande 1-4 / 5-7 pp. 24-25). Contrôles de mise en page par assertions ;
# aucune date courante, métadonnées figées (déterminisme).
import io
import os
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", FD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSBI", FD + "LiberationSans-BoldItalic.ttf"))
registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFont(TTFont("LN", FD + "LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LNB", FD + "LiberationSansNarrow-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LNI", FD + "LiberationSansNarrow-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LNBI", FD + "LiberationSansNarrow-BoldItalic.ttf"))
registerFontFamily("LN", normal="LN", bold="LNB", italic="LNI", boldItalic="LNBI")

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "..", "c120-kayaks-gard")
PDF = os.path.join(OUT, "kayaks-lavagne-dossier-blocs-1-2-5-caizergues.pdf")
AUTHOR = "Florian Caizergues"
HEADER = "Kayaks Lavagne – Dossier de certification – F. Caizergues"

PW, PH = A4
LM = RM = 2.5 * cm
TM = 2.5 * cm
BM = 2.0 * cm
FN_ZONE = 3.3 * cm
UW = PW - LM - RM

NAVY = colors.HexColor("#1F3864")
BLUE = colors.HexColor("#2F5496")
INK = colors.HexColor("#000000")
GRID = colors.HexColor("#8EAADB")
HEADBG = colors.HexColor("#D9E2F3")

body = ParagraphStyle("body", fontName="LS", fontSize=12, leading=21.6, alignment=TA_JUSTIFY, spaceAfter=10, textColor=INK)
num = ParagraphStyle("num", parent=body, leftIndent=0.9 * cm, bulletIndent=0.25 * cm, spaceAfter=3.5)
sub_ = ParagraphStyle("sub", parent=body, leftIndent=1.6 * cm, bulletIndent=0.95 * cm, spaceAfter=2.5)
chat_s = ParagraphStyle("chat", parent=body, fontSize=9.8, leading=13.6, leftIndent=0.9 * cm, spaceAfter=3, alignment=TA_LEFT)
h1s = ParagraphStyle("h1", fontName="LSB", fontSize=15, leading=20, spaceBefore=0, spaceAfter=14, textColor=NAVY)
h2s = ParagraphStyle("h2", fontName="LSB", fontSize=13, leading=17, spaceBefore=16, spaceAfter=8, textColor=BLUE, keepWithNext=1)
h3s = ParagraphStyle("h3", fontName="LSBI", fontSize=12, leading=16, spaceBefore=10, spaceAfter=5, textColor=BLUE, keepWithNext=1)
cap = ParagraphStyle("cap", fontName="LSB", fontSize=9, leading=11.5, alignment=TA_LEFT, spaceBefore=4, spaceAfter=3,
                     textColor=NAVY, keepWithNext=1)
cap_nk = ParagraphStyle("capnk", parent=cap, keepWithNext=0)
cell = ParagraphStyle("cell", fontName="LN", fontSize=10, leading=12.6, alignment=TA_LEFT)
fns = ParagraphStyle("fn", fontName="LS", fontSize=8, leading=9.6, leftIndent=0.32 * cm, firstLineIndent=-0.32 * cm)


def fr(t):
    t = re.sub(r"(\d) (\d{3})\b", "\\1\u00a0\\2", t)
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


def smallcaps(text, size):
    """Petites capitales façon Word : minuscules en capitales réduites à 80 %."""
    out = []
    for ch in text:
        if ch.islower():
            out.append("<font size='%.1f'>%s</font>" % (size * 0.8, ch.upper()))
        else:
            out.append(ch)
    return "".join(out)


def call(n):
    """Appel de note surélevé (corps réduit, ligne de base remontée d'un tiers environ)."""
    return "<super size='6.8' rise='3.6'>%d</super>" % n


# ---------------------------------------------------------------- notes de bas de page (numérotation continue)
FN_PAGES = {}
FN_TEXT = {}
FN_COUNT = [0]


class FNMark(Flowable):
    def __init__(self, n, text):
        Flowable.__init__(self)
        self.n, self.text = n, text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        FN_PAGES.setdefault(self.canv.getPageNumber(), []).append((self.n, self.text))


def notes_in(text):
    notes = []

    def rep(m):
        FN_COUNT[0] += 1
        notes.append((FN_COUNT[0], m.group(1)))
        FN_TEXT[FN_COUNT[0]] = m.group(1)
        return call(FN_COUNT[0])
    return re.sub(r"\{\{(.+?)\}\}", rep, text), notes


NOTE_RES = {}     # page -> hauteur réservée aux notes (pt), issue de la passe précédente
NOTE_NEED = {}    # page -> hauteur nécessaire mesurée pendant la passe courante
NOTE_HIST = {}    # page -> historique des réservations (pour détecter une oscillation)
NOTE_GAP = 0.45 * cm


def note_paras(notes):
    return [Paragraph(fr("<super size='5.8' rise='2.8'>%d</super>\u00a0%s" % (n, t)), fns) for n, t in notes]


def draw_notes(c, d):
    pg = c.getPageNumber()
    notes = FN_PAGES.get(pg, [])
    if not notes:
        return
    paras = note_paras(notes)
    hs = [p_.wrap(UW, 500)[1] for p_ in paras]
    total = sum(hs) + 2 * (len(hs) - 1)
    NOTE_NEED[pg] = total + NOTE_GAP
    top = BM + total
    c.saveState()
    c.setStrokeColor(INK)
    c.setLineWidth(0.5)
    c.line(LM, top + 5, LM + 5 * cm, top + 5)
    yy = top
    for p_, h in zip(paras, hs):
        yy -= h
        p_.drawOn(c, LM, yy)
        yy -= 2
    c.restoreState()


# ---------------------------------------------------------------- titres, repères
HEAD_PAGES = {}
MARKS = {}
MARKY = {}   # hauteur restante dans le cadre (cm) au passage du repère


class Heading(Paragraph):
    def __init__(self, text, st, key):
        Paragraph.__init__(self, text, st)
        self.key = key


class Mark(Flowable):
    def __init__(self, key):
        Flowable.__init__(self)
        self.key = key

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        MARKS[self.key] = self.canv.getPageNumber()


class TOCLine(Flowable):
    def __init__(self, text, page, level):
        Flowable.__init__(self)
        self.text, self.page, self.level = text, page, level
        self.fn = "LSB" if level == 0 else "LS"
        self.fs = 10 if level == 0 else 9.6
        self.ind = [0, 0.7 * cm, 1.4 * cm][level]

    def wrap(self, aw, ah):
        self.aw = aw
        self.h = 22 if self.level == 0 else 15.5
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFont(self.fn, self.fs)
        c.drawString(self.ind, 4, self.text)
        x = self.ind + c.stringWidth(self.text, self.fn, self.fs) + 4
        pg = str(self.page)
        c.drawRightString(self.aw, 4, pg)
        end = self.aw - c.stringWidth(pg, self.fn, self.fs) - 4
        c.setFont("LS", self.fs)
        step = 3.2
        x = step * (int(x / step) + 1)
        while x < end:
            c.drawString(x, 4, ".")
            x += step


# ---------------------------------------------------------------- constructeurs de contenu
C = []
TAB_N = [0]


def h1(t): C.append(("h1", t))
def h2(t): C.append(("h2", t))
def h3(t): C.append(("h3", t))
def p(t): C.append(("p", t))
def mark(k): C.append(("mark", k))
def pb(): C.append(("pb",))
def cond(h): C.append(("cond", h))
def sp(h): C.append(("sp", h))
def chat(who, t): C.append(("chat", who, t))


def ol(items, start=1, marks=None, style="num", fmt="%d."):
    C.append(("ol", items, start, marks or {}, style, fmt))


def tab(rows, widths, caption, right=(), bold_rows=(), fs=None, keep=True, key=None, first_bold=False):
    C.append(("tab", rows, widths, caption, right, bold_rows, fs, keep, key, first_bold))


# =================================================================================================
# CONTENU
# =================================================================================================
h1("Introduction")
p("1. Le présent dossier rend compte des travaux que nous avons conduits chez Kayaks Lavagne SAS entre septembre 2025 et "
  "avril 2026, dans le cadre de la préparation du titre « Chef de projet e-commerce » (session 2026). Salarié de l'entreprise "
  "depuis 2022 au poste de responsable web et marketing, nous avons suivi la formation en cours du soir, financée par notre "
  "compte personnel de formation. Les chiffres sont issus de la comptabilité, des deux boutiques Shopware et de Google "
  "Analytics 4, sauf mention contraire en note.")
p("2. Kayaks Lavagne fabrique à Uzès des kayaks de randonnée en polyéthylène thermoformé et les vend par trois voies : un "
  "réseau de revendeurs en France, un distributeur en Allemagne et deux boutiques en ligne, l'une française, l'autre "
  "allemande. La question qui a guidé l'année est la suivante : comment vendre davantage en direct, notamment outre-Rhin, "
  "sans désorganiser un atelier qui travaille à pleine capacité pendant l'été ?")
p("3. Le dossier est organisé en quatre parties :")
ol(["<b>Partie 1 – Marchés, familles de pagayeurs et calendrier de saison</b> : les deux clientèles étudiées, le parcours "
    "d'achat allemand, le panorama des marques, le diagnostic, les ambitions, le calendrier et le budget de la saison ;",
    "<b>Partie 2 – L'opération de printemps « Frühjahrsaktion 2026 »</b> : vecteurs, relais, discussion en direct, mise en "
    "avant des produits, paiement, financement et programme propriétaires ;",
    "<b>Partie 3 – La refonte de la boutique allemande et la chaîne logistique</b> : note de cadrage, choix de l'agence, "
    "stock, traitement des commandes, stockage, expéditeurs hors gabarit et cadre juridique ;",
    "<b>Partie 4 – L'équipe : réunions et suivi individuel</b> : organisation des réunions d'atelier et de l'équipe web, "
    "entretiens individuels et indicateurs de production par poste."], fmt="%d)")
p("4. Les montants sont exprimés en euros hors taxes (HT), sauf les prix publics des kayaks, donnés toutes taxes comprises "
  "(TTC) comme sur les boutiques ; les conversions pour l'Allemagne (TVA de 19 %) figurent en note de bas de page.")

h1("Partie 1 – Marchés, familles de pagayeurs et calendrier de saison")
h2("1.1 Kayaks Lavagne en quelques chiffres")
h3("1.1.1 Historique et organisation")
p("Kayaks Lavagne SAS a été fondée en 1998 par Gilles Lavagne, ancien moniteur de canoë-kayak sur le Gardon, dans un "
  "atelier de la zone artisanale de la Garrigue à Uzès (Gard). Depuis 2019, l'entreprise est dirigée par sa fille, Claire "
  "Lavagne, qui est également notre tutrice. L'effectif est de 14 salariés, dont 9 à l'atelier sous la responsabilité de "
  "Thomas Reboul et Katrin Weber pour le service client germanophone.")
p("Les coques sont fabriquées par thermoformage{{Thermoformage : une plaque de plastique est chauffée jusqu'à devenir souple, "
  "puis plaquée par aspiration (vide d'air) sur un moule ; elle garde la forme du moule en refroidissant.}} de plaques de "
  "polyéthylène haute densité{{PEHD (polyéthylène haute densité) : plastique rigide, résistant aux chocs et aux UV, "
  "recyclable ; c'est le matériau des kayaks de location, réputé « inusable ».}} : le pont et la carène sont formés "
  "séparément, les deux demi-coques sont soudées bord à bord, puis le bateau est équipé à la main (hiloire, cloisons, "
  "trappes, cale-pieds, safran selon le modèle). L'atelier a produit environ 2 700 kayaks en 2025.")
h3("1.1.2 La gamme")
p("La gamme compte quatre modèles, vendus au même prix public TTC en France et en Allemagne{{Les prix TTC étant identiques sur "
  "les deux boutiques, le prix HT diffère selon le pays : une Tramontane 4.60 à 1 290 € TTC vaut 1 075,00 € HT en France "
  "(TVA 20 %) et 1 084,03 € HT en Allemagne (TVA 19 % : 1 290 / 1,19).}} :")
ol(["<b>Tramontane 4.60</b> : monoplace de randonnée polyvalent, 4,60 m, 24 kg, 1 290 € ;",
    "<b>Mistral 5.20</b> : monoplace de randonnée en mer avec safran, 5,20 m, 26 kg, 1 690 € ;",
    "<b>Garrigue Duo 5.40</b> : biplace de randonnée, 5,40 m, 36 kg, 1 890 € ;",
    "<b>Cèze 3.90</b> : kayak de rivière court et manœuvrant, 3,90 m, 21 kg, 890 €."])
h3("1.1.3 Les canaux de vente")
p("Le chiffre d'affaires 2025 s'élève à 2,4 M€ HT{{Source : comptes annuels 2025 (clôture au 31 décembre) et export des "
  "commandes Shopware du 8 janvier 2026.}}. Il se répartit comme suit :")
tab([["Canal", "CA 2025 HT", "Part", "Kayaks vendus"],
     ["Revendeurs France (40 points de vente)", "1 320,0 k€", "55,0 %", "1 640"],
     ["Paddelhaus Rheinland (distributeur, Allemagne)", "576,0 k€", "24,0 %", "735"],
     ["Boutique en ligne française (Shopware)", "342,7 k€", "14,3 %", "244"],
     ["Boutique en ligne allemande (Shopware)", "161,3 k€", "6,7 %", "128"],
     ["Total", "2 400,0 k€", "100,0 %", "2 747"]],
    [7.6, 2.8, 2.0, 2.6], "Répartition du chiffre d'affaires 2025 par canal", right=(1, 2, 3), bold_rows=(5,), keep=False)
p("La vente directe en ligne représente donc 504 k€, soit 21 % du total, dont 68 % réalisés en France et 32 % en "
  "Allemagne. Quatre modes de livraison sont proposés : le retrait à l'atelier, la livraison gratuite chez le revendeur le "
  "plus proche (avec sa commande de réassort), la livraison à domicile en France par le transporteur TransGabarit (149 €) "
  "et le groupage sur palette vers l'Allemagne avec Rhône-Rhein Fret (240 €).")
h2("1.2 Les familles de pagayeurs")
p("Deux familles ont été étudiées à partir de trois sources : une enquête en ligne auprès des acheteurs des deux "
  "boutiques{{Enquête Brevo envoyée à 1 160 acheteurs 2022-2024 : 212 réponses (138 en français, 74 en "
  "allemand), soit 18,3 % de retour.}}, les 1 140 demandes reçues par le service client en 2025 et les forums "
  "germanophones.")
h3("1.2.1 Les randonneurs marins allemands de 45 à 65 ans")
p("Il s'agit majoritairement d'hommes (71 % des réponses allemandes), souvent membres d'un club, qui pratiquent la "
  "randonnée nautique{{Randonnée nautique : navigation à la journée ou sur plusieurs jours, avec bivouac, le long d'une côte "
  "ou sur un lac ; en allemand on parle de « Seekajak-Touren ».}} sur la Baltique (baie de Kiel, île de Rügen), la mer des "
  "Wadden et les lacs du Mecklembourg. Ils possèdent souvent déjà un bateau et cherchent un Seekajak{{Seekajak : « kayak de "
  "mer » en allemand ; le terme désigne un bateau long (plus de 4,80 m), avec cloisons étanches et souvent un safran.}} "
  "plus long ou plus léger. Leur budget se situe entre 1 500 et 2 500 €.")
p("<b>Attentes.</b> (1) Un bateau « made in France », fabriqué dans un atelier identifiable : 64 % citent l'origine comme "
  "critère important. (2) La légèreté : un kayak que l'on charge seul sur le toit de sa voiture à 60 ans. (3) La robustesse "
  "du polyéthylène sur les plages de galets et les mises à l'eau rocheuses de la Baltique.")
p("<b>Objections.</b> (1) Le transport d'un bateau de 5,20 m depuis le Gard : prix, délai et peur de la casse (cité dans 41 % "
  "des demandes allemandes). (2) L'impossibilité d'essayer avant d'acheter, alors que la position assise et la stabilité se "
  "jugent sur l'eau. (3) Le service après-vente à plus de 1 000 km.")
h3("1.2.2 Les familles françaises de rivière")
p("Parents de 35 à 50 ans avec un ou deux enfants, ils descendent la Cèze, l'Ardèche, le Gardon ou le Tarn pendant les "
  "vacances et louent depuis plusieurs années avant d'envisager un premier achat.")
p("<b>Attentes.</b> (1) Un bateau solide qui supporte les échouages et les seuils. (2) La stabilité pour naviguer avec un "
  "enfant, d'où l'intérêt du biplace. (3) Une fabrication française, souvent régionale : « c'est fait à Uzès » est un "
  "argument entendu chez les revendeurs. <b>Objections.</b> (1) Le rangement d'un bateau de plus de 4 m en appartement ou "
  "au garage. (2) Le transport sur le toit. (3) Le prix comparé à la location, de l'ordre de 25 € par personne et par jour.")
tab([["", "Randonneurs marins allemands (45-65 ans)", "Familles françaises de rivière"],
     ["Attente n° 1", "Fabrication française identifiable (64 %)", "Solidité en rivière (71 %)"],
     ["Attente n° 2", "Légèreté, chargement seul (58 %)", "Stabilité avec un enfant (62 %)"],
     ["Attente n° 3", "Robustesse sur galets (47 %)", "Fabrication régionale (39 %)"],
     ["Objection n° 1", "Transport d'un bateau de 5 m (41 %)", "Rangement à la maison (48 %)"],
     ["Objection n° 2", "Pas d'essai possible (36 %)", "Transport sur le toit (33 %)"],
     ["Objection n° 3", "Service après-vente éloigné (22 %)", "Prix face à la location (30 %)"]],
    [3.0, 6.3, 5.7], "Attentes et objections des deux familles (part des répondants qui les citent)", first_bold=True,
    keep=False)

h2("1.3 De l'envie à la mise à l'eau : le parcours du randonneur allemand")
p("Le parcours a été reconstitué à partir de vingt commandes allemandes de 2025, pour lesquelles Katrin Weber a conservé "
  "l'historique des échanges, et de l'enquête. Il comporte six étapes :")
ol(["<b>L'envie.</b> Elle naît le plus souvent l'hiver, en préparant les sorties de l'été, après une ou deux saisons sur un "
    "bateau de club ou de location. Le déclencheur cité : « ne plus dépendre du club ».",
    "<b>La recherche sur les forums.</b> Le pagayeur ouvre un fil du type « Welches Seekajak bis 2 000 € ? » et lit les "
    "retours. Kayaks Lavagne a été cité dans 14 fils de discussion en 2025 (relevé manuel sur les trois principaux forums "
    "germanophones), souvent pour la Mistral 5.20.",
    "<b>L'essai chez un revendeur.</b> 61 % des acheteurs allemands ont essayé un bateau avant de commander, en général "
    "lors des journées d'essai de Paddelhaus Rheinland sur le lac de Fühlingen, près de Cologne.",
    "<b>La comparaison avec Nordpaddel.</b> La marque de Lübeck est citée dans 17 commandes sur 20 : même prix, livraison "
    "gratuite en Allemagne, mais garantie de deux ans seulement.",
    "<b>La commande et la livraison sur palette.</b> La commande se fait sur la boutique allemande, le plus souvent avec "
    "paiement sur facture. Le bateau part en groupage sur palette et arrive en 8 à 12 jours, sur rendez-vous.",
    "<b>La première sortie et l'avis.</b> Elle a lieu dans les deux semaines. L'acheteur publie souvent des photos sur le "
    "forum où il a posé sa question, et un avis sur la boutique lorsqu'il y est invité."])
p("Deux étapes ont été identifiées comme des points de rupture : l'essai (aucun revendeur dans le sud et l'est de "
  "l'Allemagne) et la livraison, dont le coût de 240 € est comparé à la livraison gratuite de Nordpaddel.")

cond(6 * cm)
h2("1.4 Panorama des marques")
p("Cinq marques ont été comparées sur huit critères, en retenant pour chacune le modèle le plus proche de la Mistral 5.20 "
  "et une livraison à Cologne{{Prix et délais relevés sur les sites des marques le 12 janvier 2026, simulation de commande "
  "avec livraison au code postal 50667 (Cologne).}}. Le tableau fait apparaître les points forts de chacune et la place "
  "que nous occupons.")
mark("t3_before")
tab([["Critère", "Kayaks Lavagne", "Nordpaddel (DE)", "Kayaks Armorique", "Rivéo Outdoor", "Baltyk Kayaks (PL)"],
     ["1. Origine et fabrication", "Uzès (Gard), atelier de 9 personnes", "Lübeck, usine de 60 personnes",
      "Lorient, atelier de 12 personnes", "Lyon ; bateaux importés d'Asie", "Gdańsk, usine sous-traitante"],
     ["2. Procédé et matériau", "PEHD thermoformé, deux demi-coques soudées", "Polyéthylène rotomoulé, une pièce",
      "Composite (verre-polyester) et PE rotomoulé", "PE rotomoulé", "PE rotomoulé"],
     ["3. Modèle comparable", "Mistral 5.20", "Ostsee 520",
      "Glénan 5.10 (composite)", "Explorer 500", "Hel 515"],
     ["4. Prix public TTC", "1 690 €", "1 790 €", "2 650 €", "1 190 €", "1 090 €"],
     ["5. Poids annoncé", "26 kg", "27,5 kg", "22 kg", "29 kg", "30 kg"],
     ["6. Vente en ligne", "Boutiques FR et DE, service client en allemand", "Boutique DE, AT, CH",
      "Boutique FR uniquement", "Boutique FR, livraison UE", "Marketplaces (Amazon, eBay)"],
     ["7. Livraison à Cologne", "Palette, 240 €, 8 à 12 jours", "Gratuite, 5 jours", "Non livré", "189 €, 10 jours",
      "99 €, 3 semaines"],
     ["8. Garantie et essai", "Coque 5 ans ; essai chez Paddelhaus", "2 ans ; 35 revendeurs d'essai",
      "2 ans ; essai à Lorient", "2 ans ; pas d'essai", "2 ans ; pas d'essai"]],
    [3.0, 2.9, 2.55, 2.5, 2.35, 2.35], "Panorama des marques", fs=8.6, keep=False, key="t3", first_bold=True)
mark("t3_after")
h3("1.4.1 Conclusion du panorama")
p("1. Kayaks Lavagne est la seule marque qui réunit une fabrication française, une garantie de coque de cinq ans et un poids "
  "inférieur à 27 kg en polyéthylène. 2. Nordpaddel reste le concurrent direct en Allemagne : prix voisin, réseau de 35 "
  "revendeurs et livraison gratuite ; c'est sur la livraison et l'essai que nous perdons des ventes. 3. Kayaks Armorique "
  "vise une clientèle plus aisée avec le composite et ne vend pas en Allemagne. 4. Rivéo Outdoor et Baltyk Kayaks se placent "
  "sur le prix, avec des bateaux plus lourds et sans essai. En résumé, notre positionnement est défendable à condition de "
  "répondre aux deux objections relevées au 1.2.1 : le coût de la livraison et l'absence d'essai. Enfin, aucune marque ne "
  "met en avant le paiement sur facture ni une garantie supérieure à deux ans dans sa communication : c'est un terrain "
  "que nous pouvons occuper seuls.")

h2("1.5 Diagnostic interne et externe")
p("Le diagnostic reprend les éléments des sections précédentes et les données transmises par notre distributeur sur le "
  "marché allemand{{Note pour Claire : chiffres Allemagne 2025 à confirmer avec Paddelhaus avant envoi.}} :")
tab([["", "Points positifs", "Points négatifs"],
     ["Interne", "<b>Forces</b> : fabrication française maîtrisée de bout en bout ; bateaux légers pour du PE ; garantie "
      "de coque de 5 ans ; service client en allemand ; 28 ans de notoriété chez les loueurs.",
      "<b>Faiblesses</b> : coût de livraison élevé ; aucun lieu d'essai en dehors de Cologne et des revendeurs français ; "
      "boutique allemande traduite mot à mot ; atelier saturé en juillet-août."],
     ["Externe", "<b>Opportunités</b> : marché allemand du kayak de randonnée estimé à 38 000 bateaux par an, en hausse de "
      "6 % ; recherche de produits européens ; clubs qui renouvellent leur flotte ; paiement sur facture encore peu proposé "
      "par les fabricants.",
      "<b>Menaces</b> : Nordpaddel et sa livraison gratuite ; bateaux importés à moins de 1 200 € ; hausse du prix du "
      "polyéthylène (+11 % en 2025) ; étés secs qui ferment certaines rivières du Gard."]],
    [2.0, 6.6, 6.4], "Diagnostic interne / externe", first_bold=True)
p("La lecture du tableau conduit à trois constats :")
ol(["nos forces portent sur le produit et sur la relation (langue, garantie), nos faiblesses sur la distance : livraison, "
    "essai, boutique traduite mot à mot ;",
    "l'opportunité la plus immédiate est le paiement sur facture, déjà possible chez nous et encore rare chez les "
    "fabricants ; elle répond directement à la prudence de l'acheteur allemand ;",
    "la menace principale, Nordpaddel, ne peut pas être combattue sur le prix, mais sur la garantie, l'origine et la "
    "qualité du service en allemand."])
p("La stratégie de la saison doit donc rapprocher le bateau du pagayeur allemand (essai, livraison, langue) plutôt que "
  "modifier l'offre ou baisser les prix, ce qui dégraderait une marge déjà entamée par la hausse de la matière.")

h2("1.6 Ambitions chiffrées et familles prioritaires")
h3("1.6.1 Les ambitions chiffrées de la saison 2026")
p("Les ambitions ont été fixées pour la boutique allemande, en janvier 2026, à l'horizon du 31 décembre 2026. Elles "
  "reposent sur trois éléments : 1) la tendance des deux dernières années (+18 % de kayaks vendus en 2024, +27 % en "
  "2025) ; 2) les 640 contacts recueillis au salon Paddle Expo, qui n'existaient pas l'an dernier ; 3) la capacité de "
  "l'atelier, qui peut fabriquer une soixantaine de Mistral supplémentaires entre février et avril sans retarder les "
  "commandes des revendeurs.")
tab([["Indicateur (boutique allemande)", "Réalisé 2025", "Ambition 2026", "Évolution"],
     ["Kayaks vendus en ligne", "128", "180", "+40 %"],
     ["Chiffre d'affaires en ligne HT", "161,3 k€", "225,8 k€{{225,8 k€ HT correspondent à environ 268,7 k€ TTC au taux "
      "allemand de 19 % (225,8 × 1,19).}}", "+40 %"],
     ["Sessions sur la boutique", "64 200", "80 000", "+24,6 %"],
     ["Taux de transformation (commandes / sessions)", "0,31 %", "0,34 %", "+0,03 pt"],
     ["Avis clients publiés", "46", "100", "×2,2"]],
    [6.6, 2.6, 3.0, 2.4], "Ambitions chiffrées pour l'Allemagne", right=(1, 2, 3))
h3("1.6.2 Les familles prioritaires")
p("Les randonneurs marins allemands sont traités en priorité, pour quatre raisons : 1) leur panier est plus élevé, la Mistral "
  "5.20 représentant 52 % des kayaks vendus en ligne en Allemagne{{Export Shopware, canal de vente allemand, 2025 : 67 "
  "Mistral 5.20 sur 128 kayaks.}} ; 2) ils sont moins sensibles au prix qu'à la qualité, ce "
  "qui correspond à nos forces ; 3) ils commandent de février à avril, avant le pic de l'atelier ; 4) leurs livraisons "
  "peuvent être groupées sur palette, ce qui réduit le coût unitaire. Les familles françaises de rivière viennent en "
  "second : elles achètent surtout en mai et juin, au moment où l'atelier commence à se remplir, et elles sont déjà "
  "bien servies par le réseau de revendeurs, que la boutique en ligne ne doit pas concurrencer frontalement. Ce choix a "
  "une conséquence pratique : les contenus sont désormais produits d'abord en allemand, puis adaptés en français, et non "
  "l'inverse comme jusqu'en 2025.")
h3("1.6.3 Le mix d'actions")
p("Pour la France, les actions ont été retenues et ordonnées comme suit :")
ol(["<b>Référencement naturel de la boutique française</b> : pages « kayak de randonnée fabriqué en France » et fiches "
    "produits réécrites, parce que les requêtes de marque et d'origine apportent déjà 38 % des ventes{{Google Analytics 4, boutique "
    "française, 2025 : ventes dont la session d'entrée vient d'une recherche non payante sur la marque ou sur "
    "« fabriqué en France ».}} ;",
    "<b>Newsletter Brevo</b> aux 4 300 contacts français : action la moins coûteuse, lancée dès janvier ;",
    "<b>Google Ads (Shopping)</b> sur les quatre modèles, limité de février à juin ;",
    "<b>Instagram</b> : contenus d'atelier et de mise à l'eau, en appui des revendeurs ; cette action vient après la "
    "publicité payante parce qu'elle prépare la vente plus qu'elle ne la déclenche ;",
    "<b>Affiliation</b> avec deux sites de matériel de plein air, en dernier, car elle suppose des commissions à négocier."])
p("Cet ordre suit le coût et la dépendance entre les actions : les deux premières sont presque gratuites et commencent "
  "dès janvier ; la publicité payante n'est engagée qu'une fois les fiches réécrites, pour ne pas acheter des clics vers "
  "des pages faibles ; l'affiliation demande un accord commercial et ne peut venir qu'en fin de saison.")
p("Pour l'Allemagne, le mix d'actions reste à définir avec Katrin.")

h2("1.7 Le calendrier de saison")
h3("1.7.1 Les temps forts de l'année")
p("Les dates retenues découlent du rythme de l'activité, observé sur les commandes des trois dernières saisons et sur "
  "le planning de l'atelier :")
ol(["<b>Janvier à mars : les salons.</b> Les pagayeurs préparent leur saison en hiver ; le salon boot de Düsseldorf "
    "(janvier) et le salon Destinations Nature à Paris (mars) concentrent les visites et les premières demandes de devis.",
    "<b>Février à avril : les commandes.</b> 58 % des kayaks vendus en ligne en 2025 l'ont été sur ces trois mois{{Export "
    "Shopware des commandes 2025, filtre « kayaks », les deux canaux de vente confondus.}} : le bateau doit être livré "
    "avant les premières sorties. En Allemagne, les vacances de Pâques et le week-end de Pentecôte ouvrent la saison ; "
    "compte tenu des 8 à 12 jours de livraison sur palette, une commande passée après la mi-avril arrive trop tard pour "
    "la Pentecôte.",
    "<b>Mai et juin : les familles françaises.</b> Les ponts de mai et la fin de l'année scolaire déclenchent les achats "
    "des familles, principalement chez les revendeurs ; la boutique en ligne se limite alors aux rappels par newsletter.",
    "<b>Juillet et août : aucune action commerciale.</b> L'atelier est plein avec les réassorts des revendeurs et les "
    "commandes de Paddelhaus pour les flottes de location ; une commande en ligne passée en juillet est livrée en "
    "septembre, ce qui génère des annulations.",
    "<b>Septembre-octobre : la fin de saison.</b> Le salon Paddle Expo de Nuremberg (octobre) sert à préparer l'année "
    "suivante avec les revendeurs et les clubs ; les loueurs, qui viennent de fermer leur saison, passent alors leurs "
    "commandes de flotte pour bénéficier des conditions de présaison.",
    "<b>Novembre-décembre : les accessoires.</b> Pagaies, jupes et bons cadeaux pour Noël ; peu de bateaux.",
    "<b>Dans la semaine : le dimanche soir.</b> 31 % des commandes allemandes sont passées entre le dimanche 18 h et le "
    "lundi midi ; les newsletters partent donc le dimanche à 17 h et les budgets publicitaires sont renforcés le "
    "week-end."])
p("Ces temps forts ont été validés avec Thomas Reboul en décembre 2025 : l'atelier peut absorber jusqu'à 25 kayaks de "
  "plus par mois de février à avril, mais aucune commande supplémentaire en juillet-août sans recourir à l'intérim.")
h3("1.7.2 Les quatorze actions de la saison 2026-2027")
p("Le calendrier de saison recense les actions dans l'ordre chronologique, avec la durée estimée lorsqu'elle est connue :")
mark("cal_before")
ol(["Mise à jour des fiches produits françaises et allemandes (photos, poids, vidéos) – durée : 3 semaines.",
    "Tournage à l'atelier de la vidéo « de la plaque au bateau » – durée : 2 jours{{Durée estimée avec Thomas Reboul : une "
    "journée de thermoformage et une journée de soudure et d'équipement.}}.",
    "Préparation du stand partagé avec Paddelhaus au salon boot{{boot Düsseldorf : salon nautique international de janvier, "
    "avec un hall entier consacré au canoë et au kayak.}} de Düsseldorf.",
    "Création des pages de printemps dans les Erlebniswelten{{Erlebniswelten (« mondes d'expérience », Shopping Experiences "
    "dans la version anglaise) : l'éditeur de mise en page de Shopware 6, qui assemble des blocs de texte, d'images et de "
    "produits.}} de Shopware – durée : 5 jours.",
    "Lancement de la campagne Google Ads « Seekajak » sur la boutique allemande.",
    "Envoi des newsletters de janvier (France et Allemagne) – durée : 2 jours."], marks={1: "cal1", 6: "cal6"})
mark("cal_mid")
cond(14 * cm)
ol(["Journées d'essai chez six revendeurs – durée : 4 week-ends.",
    "Opération de printemps (1er février – 30 avril).",
    "Relance des devis des clubs allemands.",
    "Mise à jour des CGV et de l'Impressum.",
    "Pause commerciale de juillet-août.",
    "Bilan de saison avec Claire Lavagne – durée : 1 jour.",
    "Stand au salon Paddle Expo (octobre).",
    "Opération de Noël sur les accessoires."], start=7, marks={7: "cal7", 14: "cal14"})

h2("1.8 Les secteurs d'activité à fort intérêt commercial")
p("En dehors des particuliers, quatre secteurs représentent un volume d'affaires significatif :")
ol(["<b>Les loueurs de canoës-kayaks.</b> Environ 120 bases de location entre l'Ardèche, la Cèze et le Gardon renouvellent "
    "leur flotte tous les quatre à cinq ans, par lots de 20 à 60 bateaux. Le Cèze 3.90 et le Garrigue Duo 5.40 "
    "correspondent à leurs besoins.",
    "<b>Les guides de randonnée nautique.</b> Ils achètent 2 à 6 bateaux et orientent l'achat de leurs clients.",
    "<b>Les campings au bord de l'eau.</b> Ceux du Gard et de l'Ardèche commandent 10 à 20 bateaux avant l'ouverture "
    "d'avril.",
    "<b>Les clubs de kayak allemands.</b> Les Kanu-Vereine achètent des bateaux de club et négocient des tarifs pour leurs "
    "membres ; six demandes de devis ont été reçues en 2025, pour 8 à 15 bateaux chacune."])

h2("1.9 Le salon Paddle Expo : avant / après")
p("Nous avons exposé sur le stand de Paddelhaus au salon Paddle Expo de Nuremberg, du 2 au 4 octobre 2025{{Coût du stand pour Kayaks Lavagne : 6 800 € HT (part du stand, transport de six bateaux, deux nuits d'hôtel pour "
  "trois personnes).}}. Les visites et commandes de la boutique allemande ont été relevées sur les quatre semaines qui "
  "précèdent et les quatre semaines qui suivent le salon{{Source : Google Analytics 4, propriété « Shop DE », et export des "
  "commandes Shopware ; sessions toutes sources confondues.}} :")
tab([["Période", "Sessions boutique DE", "Commandes de kayaks DE"],
     ["Avant : 1er au 28 septembre 2025", "4 870", "7"],
     ["Après : 6 octobre au 2 novembre 2025", "7 930", "13"],
     ["Évolution", "+62,8 %", "+6"]],
    [7.0, 4.0, 4.0], "Paddle Expo : sessions et commandes allemandes avant et après le salon", right=(1, 2), bold_rows=(3,))
p("Le salon a été suivi d'une nette hausse des visites et des commandes sur la boutique allemande.")

h2("1.10 Le budget par action")
p("Le budget de la saison 2026 a été construit action par action, avec les ventes attendues (estimées sur 2025 ou, pour "
  "les actions nouvelles, avec Katrin Weber) :")
tab([["Action", "Poste de dépense", "Budget HT", "Kayaks attendus", "CA attendu HT"],
     ["Google Ads DE (Search et Shopping)", "Achat de clics", "7 200 €", "26", "32 500 €"],
     ["Newsletters Brevo FR et DE", "Abonnement annuel", "1 080 €", "18", "21 600 €"],
     ["Instagram FR et DE", "Publications sponsorisées", "2 400 €", "6", "7 200 €"],
     ["Salon Paddle Expo", "Part du stand, transport", "6 800 €", "20", "23 000 €"],
     ["Salon boot Düsseldorf", "Part du stand partagé", "4 200 €", "12", "15 000 €"],
     ["Kanu Journal (une page, avril)", "Achat d'espace", "2 650 €", "8", "10 400 €"],
     ["Vidéastes (trois chaînes)", "Prêt de bateaux, défraiement", "3 300 €", "10", "13 200 €"],
     ["Contenus des fiches (FR et DE)", "Rédactrice germanophone", "2 800 €", "9", "11 000 €"],
     ["Journées d'essai chez les revendeurs", "Kits, transport des bateaux", "1 900 €", "14", "15 400 €"],
     ["Total", "", "32 330 €", "123", "149 300 €"]],
    [5.0, 4.1, 2.2, 2.0, 2.5], "Budget prévisionnel par action et ventes attendues (saison 2026)", right=(2, 3, 4),
    bold_rows=(10,))

h1("Partie 2 – L'opération de printemps « Frühjahrsaktion 2026 »")
h2("2.1 Les ambitions de l'opération")
p("En janvier 2025, Claire Lavagne a présenté à l'équipe le projet « Cap 30 » : porter la vente directe en ligne de 21 % à "
  "30 % du chiffre d'affaires d'ici 2028, pour mieux valoriser les bateaux (marge supérieure de 22 points sur une vente "
  "directe) et moins dépendre des commandes des revendeurs. Un kayak vendu à un revendeur laisse une marge de 31 %, contre "
  "53 % en vente directe, livraison déduite. L'opération de printemps en est la première étape. Du 1er "
  "février au 30 avril 2026, la livraison sur palette en Allemagne est offerte pour tout kayak commandé sur la "
  "boutique allemande{{La livraison offerte représente 240 € TTC pour le client, soit 201,68 € HT (240 / 1,19).}}, et la "
  "livraison TransGabarit est ramenée de 149 € à 49 € en France.")
p("Les ambitions de l'opération ont été fixées en cohérence avec ce projet :")
ol(["vendre 70 kayaks sur la boutique allemande en trois mois, contre 48 sur la même période de 2025 ;",
    "recueillir 1 200 nouveaux abonnés allemands à la newsletter ;",
    "porter la part de la vente directe dans les ventes de printemps de 21 % à 26 %."])
p("Ces trois ambitions ont été validées par Claire Lavagne le 12 janvier 2026.")
h2("2.2 Les vecteurs de communication")
p("Cinq vecteurs ont été retenus :")
ol(["<b>La newsletter Brevo</b>, en deux versions : 4 300 contacts français et 1 900 contacts allemands ;",
    "<b>Instagram</b>, compte unique bilingue (légendes en français et en allemand), pour montrer l'atelier et les mises "
    "à l'eau ;",
    "<b>Les forums de randonnée nautique</b> germanophones, où Katrin Weber répond aux questions en se présentant comme "
    "salariée de la marque ;",
    "<b>Google Ads</b> sur la boutique allemande : une campagne Search sur « Seekajak kaufen » et ses variantes, une campagne "
    "Shopping sur les quatre modèles ;",
    "<b>Le stand du salon Paddle Expo</b>, où l'opération a été annoncée aux revendeurs et aux visiteurs, avec inscription "
    "à la newsletter sur tablette (640 adresses recueillies)."])
p("Le message est le même sur tous les vecteurs : « fabriqué à Uzès, livré chez vous, garanti cinq ans ». Seul le ton "
  "change : technique sur les forums, visuel sur Instagram, direct dans les annonces et les newsletters.")
h2("2.3 Ambitions, cibles et vecteurs")
p("Le tableau suivant croise, pour l'Allemagne, chaque ambition avec la cible visée et les vecteurs choisis :")
tab([["Ambition", "Cible", "Vecteurs", "Message principal"],
     ["70 kayaks vendus sur la boutique DE", "Randonneurs marins 45-65 ans prêts à acheter",
      "Google Ads Search et Shopping ; newsletter DE", "« Palettenversand geschenkt » : la livraison est offerte"],
     ["1 200 nouveaux abonnés DE", "Visiteurs de salon, lecteurs des forums", "Stand Paddle Expo ; forums ; Instagram",
      "Les coulisses de l'atelier et les dates d'essai"],
     ["26 % de vente directe au printemps", "Acheteurs 2023-2025 (deuxième bateau, accessoires)", "Newsletter DE",
      "Garantie de coque de 5 ans, paiement sur facture"]],
    [3.6, 3.8, 3.8, 3.8], "Ambitions, cibles et vecteurs de l'opération (Allemagne)")
p("Un calendrier d'envoi a été fixé pour chaque ligne avec Katrin Weber : les annonces et la newsletter du 2 février "
  "ouvrent l'opération, les relances de mars visent les visiteurs du salon, celles d'avril les anciens acheteurs.")
h2("2.4 Les relais de l'opération")
p("Les relais ont été choisis pour l'audience qu'ils touchent. Chacun correspond à une des familles ou à un des secteurs "
  "identifiés en partie 1 :")
tab([["Relais", "Audience", "Raison du choix"],
     ["Les 40 revendeurs français", "Familles de rivière, loueurs, campings du Sud-Est",
      "Ce sont eux que les familles consultent avant d'acheter ; kits d'affichage et code revendeur."],
     ["Paddelhaus Rheinland", "Pagayeurs de Rhénanie, clubs, 9 200 abonnés à sa newsletter",
      "Seul lieu d'essai en Allemagne ; son fichier couvre précisément les randonneurs marins."],
     ["Küstenpaddler Jens (YouTube, DE)", "41 000 abonnés, randonnée sur la Baltique",
      "Son public correspond à notre famille prioritaire : âge, pratique, budget."],
     ["SeeKajak mit Sophie (YouTube, DE)", "18 000 abonnés, débutants en mer, davantage de femmes",
      "Montre le chargement seul du bateau : répond à l'objection du poids."],
     ["Rivières & Bivouacs (YouTube, FR)", "27 000 abonnés, descentes en famille",
      "Touche les familles de rivière ; tournage sur la Cèze."],
     ["Kanu Journal (magazine, DE)", "22 000 exemplaires, lectorat de clubs",
      "Lu par les responsables de clubs, qui achètent des flottes et conseillent leurs membres."]],
    [4.0, 5.0, 6.0], "Relais de l'opération de printemps et leur audience")
p("Les vidéastes ont reçu chacun un bateau en prêt pour la saison (une Mistral 5.20 pour les deux chaînes allemandes, un "
  "Garrigue Duo 5.40 pour Rivières & Bivouacs) et un défraiement ; ils restaient libres de leur avis. Paddelhaus a relayé "
  "l'opération dans sa newsletter de février et sur son site. Kanu Journal a reçu un dossier de presse en allemand, "
  "préparé avec Katrin Weber.")
h2("2.5 Les visites apportées par les revendeurs")
p("Des liens suivis par UTM{{UTM : paramètres ajoutés à l'adresse d'un lien (source, support, campagne) pour que Google "
  "Analytics reconnaisse d'où vient la visite.}} ont été placés sur les sites de trois revendeurs, chacun avec son propre "
  "lien (source = nom du revendeur, support = partenaire, campagne = fruehjahrsaktion26), sur la page des marques et dans "
  "la newsletter. Du 1er "
  "février au 30 avril 2026, ils ont apporté{{Source : Google Analytics 4, rapport « Acquisition de trafic », filtre "
  "« campagne = fruehjahrsaktion26 ».}} :")
ol(["<b>Paddelhaus Rheinland</b> (paddelhaus-rheinland.de) : 1 840 sessions, 3,4 pages vues par session, 2 min 51 s en "
    "moyenne ;",
    "<b>Gardon Canoë Sports</b> (Remoulins) : 420 sessions, 2,8 pages vues par session, 1 min 58 s ;",
    "<b>Ardèche Pagaie</b> (Vallon-Pont-d'Arc) : 310 sessions, 2,1 pages vues par session, 1 min 22 s."])
h2("2.6 La discussion en direct")
p("Un module de discussion en direct (Userlike{{Userlike : logiciel allemand de discussion en ligne, hébergé en "
  "Allemagne, relié aux deux boutiques par une extension Shopware.}}) est installé sur les deux boutiques depuis mars 2025 ; Katrin Weber répond "
  "en allemand, nous répondons en français. La fenêtre s'ouvre au bout de 40 secondes sur les fiches produits et dans "
  "le panier ; en dehors des horaires (9 h-18 h, jusqu'à 21 h pendant l'opération), elle propose de laisser un "
  "message. La session ci-dessous, traduite de l'allemand, date du 12 mars 2026 (20 h 14 "
  "– 20 h 41) :")
chat("Client", "Bonsoir, j'hésite entre la Tramontane et la Mistral. Je pagaie surtout sur la baie de Kiel, parfois deux ou "
     "trois jours avec bivouac.")
chat("Katrin", "Bonsoir ! Pour plusieurs jours en mer, je vous conseille la Mistral 5.20 : 5,20 m, deux cloisons étanches "
     "et un safran{{Safran : petit gouvernail relevable fixé à l'arrière, manœuvré avec les pieds ; il aide à garder le cap "
     "par vent de travers.}}, ce qui compte par vent de travers. Quelle est votre taille ?")
chat("Client", "1,86 m, 88 kg. Et le poids du bateau ? Je le charge seul.")
chat("Katrin", "26 kg. Le siège et le cale-pieds se règlent pour votre taille. Pendant la Frühjahrsaktion, la livraison "
     "sur palette est offerte.")
chat("Client", "Je ne peux pas l'essayer avant ? Nordpaddel a un revendeur à Kiel.")
chat("Katrin", "Notre revendeur est à Cologne. En revanche, la coque est garantie 5 ans, et vous avez 14 jours pour "
     "changer d'avis après la livraison.")
chat("Client", "D'accord. Je peux payer sur facture ?")
chat("Katrin", "Oui, avec Klarna, à 30 jours. Je vous envoie le lien de la Mistral en coloris « lagune ».")
p("La commande DE-26-0417 (Mistral 5.20, paiement sur facture, livraison offerte) a été passée à 20 h 52. La "
  "conversation a été rattachée à la fiche du client dans Userlike, avec le numéro de commande, pour que l'atelier "
  "connaisse le réglage du cale-pieds demandé.")
h2("2.7 Ce qui a été publié pendant l'opération")
p("Entre le 26 janvier et le 30 avril 2026, les publications suivantes ont été réalisées, dans l'ordre de leur première "
  "diffusion :")
ol(["envoi des kits d'affichage aux 40 revendeurs (kakémono, 200 dépliants) le 26 janvier ;",
    "six newsletters : en allemand les 2 février, 2 mars et 1er avril, en français le lendemain ;",
    "21 publications et 6 vidéos courtes sur Instagram (soudure des coques, mises à l'eau sur le Gardon) ;",
    "quatre réponses de Katrin Weber sur les forums allemands ;",
    "deux campagnes Google Ads lancées le 3 février et arrêtées le 30 avril ;",
    "trois vidéos : Küstenpaddler Jens (14 février et 21 mars), Rivières & Bivouacs (4 avril) ;",
    "une page de publicité et une brève dans le numéro d'avril de Kanu Journal."])
h2("2.8 La mise en avant des produits")
h3("2.8.1 Erlebniswelten et slider des meilleures ventes")
p("Deux fonctions de Shopware 6 ont été utilisées pour l'opération :")
ol(["<b>Une Erlebniswelt « Frühjahrsaktion »</b> affectée à la page d'accueil de la boutique allemande : bandeau plein "
    "écran (mise à l'eau sur la Baltique), bloc texte « Palettenversand geschenkt bis 30. April », bloc « produit mis en "
    "avant » pour la Mistral 5.20, puis un bloc vidéo de l'atelier. La même mise en page, traduite, a été créée pour la "
    "boutique française. Le 1er mai, la page d'accueil a retrouvé sa mise en page habituelle.",
    "<b>Un slider de produits trié sur les meilleures ventes</b> (« Topseller »), dans lequel la Tramontane 4.60 a été "
    "épinglée en première position, suivi des accessoires les plus vendus avec les bateaux (jupe, pagaie, gilet)."])
h3("2.8.2 Les emplacements retenus")
p("La mise en avant a été placée sur la page d'accueil des deux boutiques et sur les pages de catégories « Seekajak / "
  "Randonnée en mer » et « Tourenkajak / Randonnée ». La page d'accueil reçoit 38 % des entrées de la boutique "
  "allemande et ces deux catégories 46 % : ce sont les pages par lesquelles arrivent les visiteurs venus des annonces, "
  "des newsletters et des forums.")
h2("2.9 Le paiement")
h3("2.9.1 Les moyens de paiement installés")
p("Le module Mollie pour Shopware 6 a été installé en 2024 sur les deux canaux de vente. Il propose :")
ol(["la carte bancaire (CB, Visa, Mastercard), 22 % des paiements allemands ;",
    "PayPal, 31 % ;",
    "le prélèvement SEPA, 13 % ;",
    "Klarna « Rechnung »{{Kauf auf Rechnung (achat sur facture) : le client reçoit la marchandise et paie sous 30 jours ; "
    "Klarna règle le marchand et porte le risque d'impayé.}}, le paiement sur facture à 30 jours, 34 %."])
h3("2.9.2 Les tests")
p("Seize commandes de test ont été passées en mode test Mollie sur ordinateur (Chrome, Firefox, Edge sous Windows, Safari "
  "sous macOS), avec chacun des quatre moyens de paiement : toutes ont abouti, y compris l'authentification forte et le "
  "retour vers la page de confirmation. Chaque test a suivi le même scénario : ajout d'une Tramontane au panier, choix "
  "de la livraison, saisie d'une adresse allemande, paiement, puis vérification de la commande dans l'administration "
  "Shopware et de la transaction dans le tableau de bord Mollie. Pour le mobile, Shopware est responsive.")
h3("2.9.3 La mise en confiance")
p("Quatre éléments ont été mis en place pour rassurer l'acheteur : 1) l'authentification 3-D Secure{{3-D Secure : "
  "vérification de l'identité du porteur de carte par sa banque (code ou validation dans l'application), obligatoire en "
  "Europe depuis la DSP2.}} pour toutes les cartes ; 2) le paiement sur facture, que l'acheteur allemand considère comme "
  "le plus sûr puisqu'il paie après réception ; 3) le label Trusted Shops et sa garantie acheteur, affichés sur toutes "
  "les pages de la boutique allemande ; 4) la garantie de coque de cinq ans, rappelée dans le panier et sur la page de "
  "paiement. Les logos des moyens de paiement acceptés sont affichés dans le pied de page et sur chaque fiche produit, à "
  "côté du prix.")
h2("2.10 Le financement")
p("Depuis mars 2026, le paiement en plusieurs fois Klarna (« Finanzierung », de 6 à 24 mois) est proposé sur la boutique "
  "allemande à partir de 500 € d'achat{{Exemple affiché : Mistral 5.20 en 12 mensualités de 145,33 €, TAEG de 9,9 % "
  "(simulation Klarna du 4 mars 2026).}}. Le montant des mensualités est affiché sous le prix, sur les fiches des quatre "
  "kayaks. Pour la France, Alma est à l'étude.")
h2("2.11 Le programme propriétaires")
p("Un kayak dure dix à quinze ans : le propriétaire rachète rarement un bateau, mais il achète des accessoires, recommande "
  "la marque et revient parfois pour un deuxième modèle (un biplace pour la famille, un bateau de mer après un bateau de "
  "rivière). Les dispositifs suivants ont été recensés à partir des pratiques d'autres fabricants de plein air et des "
  "demandes reçues par le service client :")
ol(["le club des propriétaires : newsletter dédiée, conseils d'entretien, avant-premières ;",
    "une remise de 10 % sur les accessoires sur présentation du numéro de coque ;",
    "le parrainage : bon de 50 € pour le parrain et le filleul ;",
    "la reprise de l'ancien kayak lors de l'achat d'un nouveau ;",
    "une journée des propriétaires à l'atelier, avec mise à l'eau sur le Gardon ;",
    "l'extension de la garantie de coque à 7 ans si le bateau est enregistré en ligne ;",
    "un programme de points avec le module « Bonussystem » de Shopware."])

h1("Partie 3 – La refonte de la boutique allemande et la chaîne logistique")
h2("3.1 Cahier des charges de la Tramontane 4.60")
p("La Tramontane 4.60 change de moule en 2026. Le cahier des charges transmis au moulier, Outillages du Vivarais, a été "
  "rédigé avec Thomas Reboul :")
ol(["<b>Objet</b> : fabrication de deux moules (carène et pont) en aluminium pour le thermoformage de la Tramontane 4.60, "
    "version 2026.",
    "<b>Matière mise en forme</b> : plaque de PEHD de 6 mm d'épaisseur (tolérance ± 0,3 mm), format 4 800 × 1 000 mm.",
    "<b>Dimensions du bateau</b> : longueur 4 600 mm, largeur 600 mm, hauteur au pont 320 mm ; tolérance de ± 2 mm sur "
    "toutes les cotes du moule.",
    "<b>Poids cible</b> : 24 kg équipé (carène 11,2 kg, pont 8,1 kg, accastillage 4,7 kg).",
    "<b>Hiloire</b>{{Hiloire : rebord surélevé qui entoure l'ouverture où s'assoit le pagayeur ; c'est sur elle que "
    "se fixe la jupe qui empêche l'eau d'entrer.}} : ouverture de 820 × 440 mm, compatible avec les jupes de taille L du marché.",
    "<b>Réservations et délai</b> : logement des trappes, des cloisons et du safran ; moules livrés en semaine 38."])
h2("3.2 Note de cadrage de la refonte de la boutique allemande")
p("La boutique allemande a été ouverte en 2021 comme une traduction de la boutique française. Les textes ont été traduits "
  "par un prestataire, les catégories sont françaises (« randonnée », « rivière ») alors que le pagayeur allemand cherche "
  "par type de bateau (Seekajak, Tourenkajak, Wildwasser), et les fiches ne donnent pas les données techniques attendues "
  "(volume, charge maximale). La note de cadrage suit un plan en six parties :")
h3("3.2.1 Contexte et existant")
p("Shopware 6.5, deux canaux de vente, 14 extensions dont Mollie, Trusted Shops et Userlike. Boutique allemande "
  "en 2025 : 64 200 sessions, 198 commandes, 71 % des sessions sur mobile.")
h3("3.2.2 Objectifs")
p("<b>Objectifs généraux</b> : 1) faire de la boutique allemande une boutique pensée pour l'Allemagne et non une "
  "traduction ; 2) contribuer au projet « Cap 30 » ; 3) réduire les questions d'avant-vente traitées par Katrin Weber.")
p("<b>Objectifs techniques</b> : 1) migration vers Shopware 6.6 ; 2) nouveau thème commun aux deux canaux ; 3) fiches "
  "produits avec tableau de données techniques ; 4) temps de chargement mobile inférieur à 2,5 s (4,1 s aujourd'hui) ; "
  "5) reprise des redirections de toutes les anciennes adresses.")
h3("3.2.3 Périmètre fonctionnel")
p("Arborescence par type de bateau ; comparateur des modèles ; calcul des frais de livraison par code postal ; "
  "rendez-vous d'essai ; espace propriétaire.")
h3("3.2.4 Contraintes techniques")
p("Conservation de Mollie et de Klarna ; compatibilité avec l'export des commandes vers le logiciel de production de "
  "l'atelier ; textes rédigés directement en allemand ; accessibilité des formulaires.")
h3("3.2.5 Budget")
p("À compléter.")
h3("3.2.6 Planning")
p("À compléter.")

h2("3.3 Le choix de l'agence Shopware")
p("Trois agences ont répondu à la consultation de décembre 2025. Elles ont été notées de 1 à 5 sur six critères pondérés, "
  "définis avant l'ouverture des offres :")
tab([["Critère (pondération)", "Rheinufer Commerce (Cologne)", "Cévenne Web (Nîmes)", "Netzwerk Süd Digital (Fribourg)"],
     ["1. Expérience Shopware 6 et certification (25 %)", "5", "3", "4"],
     ["2. Rédaction native en allemand (20 %)", "5", "2", "5"],
     ["3. Références en sport et plein air (15 %)", "3", "4", "4"],
     ["4. Prix du devis (20 %)", "2 (38 500 €)", "5 (22 900 €)", "3 (31 200 €)"],
     ["5. Délai annoncé (10 %)", "3 (20 sem.)", "4 (14 sem.)", "4 (15 sem.)"],
     ["6. Maintenance et support (10 %)", "4", "4", "3"],
     ["Note pondérée sur 5", "3,80", "3,55", "3,90"]],
    [5.6, 3.2, 3.0, 3.2], "Grille de choix de l'agence Shopware", right=(1, 2, 3), bold_rows=(7,))
p("Netzwerk Süd Digital obtient la meilleure note : partenaire Shopware, rédacteurs allemands. Rheinufer Commerce est "
  "23 % plus chère ; Cévenne Web, la moins chère, n'a pas de rédaction en allemand.")

h2("3.4 Le traitement des commandes en ligne")
p("En 2025, une commande de kayak passée en ligne suivait onze étapes : réception de la commande, impression, vérification du paiement, saisie dans le logiciel "
  "de production, recherche du bateau en stock, étiquetage manuel, demande de devis au transporteur, réservation de "
  "l'enlèvement, emballage, facture saisie en comptabilité, courriel de suivi envoyé à la main. Délai moyen entre la "
  "commande et l'enlèvement : 4,2 jours ouvrés{{Mesure sur les 60 premières commandes en ligne de 2025.}}.")
p("Après la réorganisation de septembre 2025, il n'en reste que sept :")
mark("steps_before")
ol(["<b>Commande validée et payée</b> : Mollie confirme le paiement, la commande passe automatiquement au statut "
    "« à préparer ».",
    "<b>Export automatique</b> vers le logiciel de production, qui réserve un bateau en stock par son numéro de coque.",
    "<b>Préparation</b> : le bateau est sorti du rack, les accessoires sont prélevés sur les étagères de picking.",
    "<b>Contrôle final et gravure vérifiée</b> : le numéro de coque est scanné et rattaché à la commande."],
   marks={1: "st1", 4: "st4"})
cond(10 * cm)
ol(["<b>Emballage</b> : housse, mousse sur la coque et le safran, carton aux extrémités.",
    "<b>Enlèvement</b> : réservé en ligne sur l'espace du transporteur, l'étiquette est éditée depuis Shopware.",
    "<b>Facture et suivi</b> : la facture part en comptabilité par export, le courriel de suivi est envoyé "
    "automatiquement."], start=5, marks={5: "st5", 7: "st7"})
p("Le délai moyen entre la commande et l'enlèvement est descendu à 1,6 jour ouvré{{Mesure sur les 80 commandes en ligne de "
  "janvier-février 2026.}}. Les étapes supprimées sont les ressaisies (impression, saisie dans le logiciel de production, "
  "facture saisie) et les demandes de devis au transporteur, remplacées par des tarifs négociés à l'année.")

h2("3.5 Stock, fabrication et traçabilité")
h3("3.5.1 Ce qui est fabriqué sur stock et sur commande")
p("Les deux meilleures ventes sont fabriquées sur stock : la Tramontane 4.60 (stock minimum de 40 bateaux, trois "
  "coloris) et la Mistral 5.20 (stock minimum de 25). Le Garrigue Duo 5.40, le Cèze 3.90 et les coloris spéciaux sont "
  "fabriqués à la commande, en 3 à 5 semaines. Lorsque le stock d'un modèle passe sous son minimum, le logiciel de "
  "production le signale et Thomas Reboul programme une série de vingt coques. Ce choix s'explique par trois raisons : 1) les deux modèles représentent "
  "74 % des ventes en ligne et doivent partir sous 48 heures ; 2) un moule n'est rentable que sur des séries d'au moins "
  "vingt coques ; 3) la place disponible permet de stocker 96 coques au maximum.")
h3("3.5.2 La traçabilité")
p("Chaque coque reçoit un numéro gravé dans le polyéthylène au niveau du cale-pieds, par exemple KL-T460-26-0412 (modèle, "
  "année, rang de fabrication). Le numéro du lot de plaques de polyéthylène fourni par le plasturgiste est enregistré "
  "avec le numéro de coque dans le logiciel de production{{En cas de défaut de matière, on retrouve ainsi toutes les coques "
  "issues d'un même lot ; un lot correspond à 60 plaques environ.}}, puis reporté sur le bon de livraison et la facture. "
  "Le numéro de coque sert aussi à enregistrer la garantie. En cas de retour ou de réclamation, il permet de retrouver en "
  "quelques secondes la date de fabrication, le lot de matière, le monteur et les résultats des contrôles ; en 2025, "
  "deux réclamations sur des trappes ont ainsi été reliées à une même série, dont les huit autres coques ont été "
  "vérifiées avant expédition.")
h3("3.5.3 Les contrôles à chaque étape")
ol(["<b>Réception des plaques</b> : contrôle du certificat du lot et de l'épaisseur sur cinq points par plaque.",
    "<b>Thermoformage</b> : mesure de l'épaisseur de la coque en douze points (au moins 5,2 mm partout, sinon rebut).",
    "<b>Soudure</b> : contrôle visuel du cordon sur toute la longueur et essai à la lame sur une coque par série.",
    "<b>Pesée</b> : la coque nue doit peser le poids cible à ± 0,8 kg.",
    "<b>Étanchéité des cloisons</b> : chaque compartiment est rempli d'eau pendant 30 minutes ; aucune goutte ne doit "
    "passer.",
    "<b>Équipement et contrôle final</b> : fiche de contrôle signée par le monteur (safran, trappes, siège, gravure)."])

h2("3.6 Le stockage")
p("Les solutions de stockage ont été choisies selon la forme des produits, leur poids et leur fréquence de sortie :")
ol(["<b>Les coques</b> sont rangées sur trois rayonnages cantilever{{Cantilever : rayonnage à bras en porte-à-faux, sans "
    "montant à l'avant, conçu pour les charges longues (tubes, profilés, bateaux).}} de quatre niveaux, bras garnis de "
    "mousse, soit 96 emplacements. Le bateau est posé sur sa carène, sans point de pression, et se sort à deux personnes "
    "sans engin de levage. Le rayonnage à palettes a été écarté : une coque de 5,20 m dépasse de 2 m d'une palette.",
    "<b>Les accessoires</b> (pagaies, jupes, gilets, trappes de rechange) sont rangés sur des étagères de picking à bacs, "
    "240 emplacements, classés selon la fréquence de sortie : les jupes et pagaies les plus vendues à hauteur de main, "
    "près du poste d'emballage.",
    "<b>Les plaques de polyéthylène</b> restent à plat sur palettes, à l'abri des UV, dans le local matière ; elles sont "
    "consommées dans l'ordre d'arrivée des lots.",
    "<b>Les bateaux en retour ou à reprendre</b> sont isolés sur un rack signalé en rouge, avec leur fiche de non-"
    "conformité, pour ne jamais repartir par erreur avec une commande."])
p("Cette organisation a été dessinée avec Thomas Reboul en août 2025 et mise en place pendant la fermeture de fin "
  "d'année : le rack des bateaux prêts à partir est désormais à six mètres du poste d'emballage, contre vingt-cinq "
  "auparavant, ce qui évite de traverser l'atelier avec une coque de cinq mètres.")

h2("3.7 Les expéditeurs hors gabarit")
p("Un kayak de 4,60 à 5,40 m, emballé, mesure jusqu'à 5,60 m et pèse près de 40 kg : il ne peut pas être confié à un "
  "transporteur de colis classique, dont la limite est en général de 2 à 3 m. Il faut donc des expéditeurs hors gabarit, "
  "capables de manipuler un colis long à deux personnes et de livrer sur rendez-vous. Les solutions utilisées ou "
  "testées ont été classées selon le coût réel par kayak et les émissions de CO<sub>2</sub> par kayak transporté{{Émissions "
  "calculées à partir des informations CO2 transmises par les transporteurs pour 2025 (obligation d'information GES des "
  "prestations de transport), ramenées à un kayak.}} :")
mark("t11_before")
tab([["Rang", "Solution", "Zone", "Prix pour le client (TTC)", "Coût réel par kayak (HT)", "CO2 par kayak", "Délai",
      "Observations"],
     ["1", "Retrait à l'atelier d'Uzès", "France, Allemagne", "0 €", "0 €", "0 kg (trajet du client non compté)",
      "Immédiat", "Souvent couplé à un essai sur le Gardon."],
     ["2", "Livraison chez le revendeur (tournée de réassort)", "France", "0 €", "22 €", "6 kg", "1 à 3 semaines",
      "Le bateau voyage avec la commande du revendeur ; délai variable."],
     ["3", "TransGabarit, messagerie hors gabarit", "France", "149 €", "132 €", "24 kg", "4 à 6 jours",
      "Livraison à domicile sur rendez-vous, deux livreurs."],
     ["4", "Rhône-Rhein Fret, groupage sur palette", "Allemagne", "240 €", "205 €", "31 kg", "8 à 12 jours",
      "Palette de 4 kayaks ; départ le mardi, livraison sur rendez-vous."],
     ["5", "TransGabarit vers l'Allemagne (test 2024)", "Allemagne", "—", "289 €", "44 kg", "6 à 9 jours",
      "Abandonné : coût trop élevé pour un envoi unitaire."],
     ["6", "Messagerie express dédiée (test 2024)", "France, Allemagne", "—", "310 €", "58 kg", "2 à 3 jours",
      "Véhicule dédié ; réservé aux urgences (casse, remplacement)."]],
    [1.0, 3.0, 1.9, 1.9, 1.9, 2.0, 1.7, 3.4], "Expéditeurs hors gabarit classés par coût et par émissions",
    fs=8.4, keep=False, key="t11")
mark("t11_after")
p("Le classement est le même selon les deux critères : plus le bateau voyage groupé, moins il coûte et moins il émet. "
  "C'est pourquoi la livraison chez le revendeur est proposée en premier sur la boutique française et le groupage sur "
  "palette reste la seule solution affichée sur la boutique allemande. Depuis avril 2025, un court questionnaire est "
  "envoyé aux clients après chaque livraison à domicile{{Questionnaire Brevo envoyé 3 jours après la livraison, avril-"
  "décembre 2025 : 38 réponses, note moyenne de 4,1/5 ; clients livrés en France uniquement.}}.")

h2("3.8 Le cadre juridique des deux boutiques")
h3("3.8.1 Mentions légales et Impressum")
p("Un lien « Mentions légales » figure dans le pied de page de toutes les pages de la boutique française, et un lien "
  "« Impressum »{{Impressum : page d'identification de l'éditeur obligatoire sur les sites allemands (§ 5 du Digitale-"
  "Dienste-Gesetz, qui a remplacé le § 5 TMG en 2024) ; elle doit être accessible en un clic depuis chaque page.}} dans "
  "celui de la boutique allemande. Les deux pages indiquent : la raison sociale Kayaks Lavagne SAS, le capital, l'adresse "
  "du siège à Uzès, le RCS de Nîmes, le numéro de TVA intracommunautaire, le téléphone et l'adresse électronique, la "
  "directrice de la publication (Claire Lavagne) et l'hébergeur{{Obligations françaises : article 6 de la loi pour la "
  "confiance dans l'économie numérique (LCEN) du 21 juin 2004.}}. L'Impressum précise en plus la personne responsable du "
  "contenu (« Verantwortlich nach § 18 MStV ») et le lien vers la plateforme européenne de règlement des litiges{{Plateforme de règlement en ligne des litiges "
  "de la Commission européenne (règlement UE n° 524/2013).}}.")
h3("3.8.2 Analyse des conditions générales de vente")
p("Les CGV datent de 2021 et ont été rédigées pour des colis ordinaires. Leur relecture clause par clause a fait apparaître "
  "les points suivants :")
tab([["Clause", "Texte actuel", "Point relevé", "Proposition"],
     ["Droit de rétractation", "14 jours à compter de la réception", "Conforme{{Article L221-18 du code de la "
      "consommation ; en Allemagne, § 355 BGB.}}", "Conserver."],
     ["Frais de retour", "« à la charge du client »", "Le retour d'un kayak de 5 m coûte 149 à 240 € : le client doit en "
      "être informé avant l'achat.", "Indiquer le coût estimé du retour par mode de livraison."],
     ["Version allemande", "Traduction du texte français", "La formulation du droit de rétractation ne suit pas le modèle "
      "légal allemand (Widerrufsbelehrung{{Widerrufsbelehrung : information sur le droit de rétractation, dont le "
      "modèle officiel figure en annexe de la loi d'introduction au code civil (EGBGB).}}).",
      "Reprendre le modèle officiel et joindre le formulaire type."],
     ["Garantie de coque", "5 ans", "Ne distingue pas la garantie commerciale des garanties légales.",
      "Rappeler la garantie légale de conformité de 2 ans."],
     ["Réserves à la livraison", "Absentes", "Les dommages de transport sont fréquents sur les grandes longueurs.",
      "Demander au client d'inspecter le bateau en présence du livreur."]],
    [2.6, 2.9, 4.6, 4.9], "Analyse des CGV des deux boutiques")
h3("3.8.3 Les données personnelles")
p("Un bandeau de gestion des cookies a été installé sur les deux boutiques en février 2026, en français et en allemand. "
  "Il propose trois boutons de même taille au premier niveau : « Tout accepter », « Tout refuser » et « Personnaliser », "
  "conformément aux recommandations de la CNIL{{CNIL, lignes directrices et recommandation « cookies et autres traceurs » "
  "du 17 septembre 2020.}} et au droit allemand{{§ 25 du TDDDG (ex-TTDSG) : consentement préalable pour tout traceur non "
  "indispensable.}}. Les cookies sont classés en quatre catégories (nécessaires, statistiques, marketing, confort) ; "
  "Google Analytics 4 et Google Ads ne se déclenchent qu'après accord, et le choix est conservé six mois. La bannière a "
  "été paramétrée avec l'outil de consentement de Shopware et reliée au mode de consentement de Google ; les textes "
  "allemands ont été relus par Katrin Weber.")

h2("Conclusion")
p("Cette année a permis de structurer notre approche du marché allemand : deux familles de pagayeurs clairement "
  "décrites, un parcours d'achat reconstitué, une opération de printemps menée avec ses relais, et une chaîne logistique "
  "raccourcie de onze à sept étapes. La refonte de la boutique allemande, confiée à Netzwerk Süd Digital, en sera la "
  "prochaine étape, avec un objectif de mise en ligne avant la saison 2027.")
p("Plusieurs chantiers restent ouverts pour la saison 2026-2027 : le paiement en plusieurs fois pour la France, la "
  "finalisation de la note de cadrage avec l'agence retenue, la mise à jour des CGV allemandes d'après le modèle "
  "officiel et l'ouverture de nouveaux lieux d'essai dans le nord de l'Allemagne, demandée par les randonneurs "
  "de la Baltique rencontrés au salon.")
p("Sur un plan personnel, ce travail nous a conduit à passer du rôle d'exécutant des outils web à celui de coordinateur, "
  "entre l'atelier, le service client allemand et la direction. Nous remercions Claire Lavagne pour sa confiance, "
  "ainsi que Thomas Reboul et Katrin Weber pour leur disponibilité.")


# =================================================================================================
# MISE EN PAGE
# =================================================================================================
def table_flow(rows, widths, caption, right, bold_rows, fs, keep, key, first_bold):
    TAB_N[0] += 1
    st = cell if fs is None else ParagraphStyle("c%s" % fs, parent=cell, fontSize=fs, leading=fs * 1.22)
    str_ = ParagraphStyle("cr%s" % fs, parent=st, alignment=TA_RIGHT)
    stb = ParagraphStyle("cb%s" % fs, parent=st, fontName="LNB")
    stbr = ParagraphStyle("cbr%s" % fs, parent=stb, alignment=TA_RIGHT)
    data, notes = [], []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            txt, nn = notes_in(str(v))
            notes += nn
            b = i == 0 or i in bold_rows or (first_bold and j == 0)
            s = (stbr if b else str_) if (j in right and i >= 1) else (stb if b else st)
            line.append(Paragraph(fr(txt), s))
        data.append(line)
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, GRID),
             ("BACKGROUND", (0, 0), (-1, 0), HEADBG),
             ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
             ("LEFTPADDING", (0, 0), (-1, -1), 3.5), ("RIGHTPADDING", (0, 0), (-1, -1), 3.5)]
    for r in bold_rows:
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2")))
    t.setStyle(TableStyle(style))
    c = Paragraph(fr("Tableau %d – %s" % (TAB_N[0], caption)), cap if keep else cap_nk)
    out = [Spacer(1, 2)]
    if key:
        out.append(Mark(key + "_cap"))
    if keep:
        out.append(KeepTogether([c, t]))
    else:
        out += [c, t]
    out += [FNMark(n, tt) for n, tt in notes]
    if key:
        out.append(Mark(key + "_end"))
    out.append(Spacer(1, 8))
    return out


def story(pages):
    FN_COUNT[0] = 0
    TAB_N[0] = 0
    FN_PAGES.clear()
    FN_TEXT.clear()
    sm = ParagraphStyle("sm", fontName="LS", fontSize=11, leading=16, alignment=TA_CENTER)
    big = ParagraphStyle("big", fontName="LSB", fontSize=26, leading=32, alignment=TA_CENTER, textColor=NAVY)
    mid = ParagraphStyle("mid", fontName="LS", fontSize=14, leading=19, alignment=TA_CENTER, textColor=BLUE)
    S = [Spacer(1, 1.6 * cm),
         Paragraph(fr("Titre professionnel RNCP « Chef de projet e-commerce » – Session 2026"), sm),
         Paragraph(fr("Dossier de certification – Blocs de compétences 1, 2 et 5"), sm),
         Spacer(1, 3.2 * cm),
         Paragraph("KAYAKS LAVAGNE SAS", big), Spacer(1, 0.3 * cm),
         Paragraph(fr("Fabricant de kayaks de randonnée – Uzès (Gard)"), mid),
         Spacer(1, 1.4 * cm),
         Paragraph(fr("Vendre en direct en France et en Allemagne : stratégie de saison, opération de printemps 2026, "
                      "refonte de la boutique allemande et chaîne logistique"),
                   ParagraphStyle("t2", parent=sm, fontName="LSB", fontSize=12.5, leading=18)),
         Spacer(1, 5.0 * cm),
         Paragraph("Florian Caizergues", ParagraphStyle("n", parent=sm, fontName="LSB", fontSize=13)),
         Paragraph("Responsable web et marketing, Kayaks Lavagne SAS", sm),
         Paragraph("Tutrice : Claire Lavagne, directrice générale", sm),
         Paragraph(fr("Formation suivie en cours du soir – financement CPF"), sm),
         Spacer(1, 1.2 * cm),
         Paragraph("Version du 11 mai 2026", sm),
         NextPageTemplate("body"), PageBreak()]
    S.append(Paragraph(smallcaps("Sommaire", 15), h1s))
    S.append(Spacer(1, 4))
    for key, level, text in TOC:
        S.append(TOCLine(text, pages.get(key, 0), level))
    S.append(PageBreak())
    nk = [0]
    first_h1 = [True]
    for it in C:
        k = it[0]
        if k in ("h1", "h2", "h3"):
            nk[0] += 1
            txt, notes = notes_in(it[1])
            if k == "h1":
                if not first_h1[0]:
                    S.append(PageBreak())
                first_h1[0] = False
                S.append(Heading(smallcaps(fr(txt), 15), h1s, "k%d" % nk[0]))
            else:
                S.append(Heading(fr(txt), h2s if k == "h2" else h3s, "k%d" % nk[0]))
            S += [FNMark(n, t) for n, t in notes]
        elif k == "p":
            txt, notes = notes_in(it[1])
            S.append(Paragraph(fr(txt), body))
            S += [FNMark(n, t) for n, t in notes]
        elif k == "chat":
            txt, notes = notes_in(it[2])
            S.append(Paragraph(fr("<b>%s</b> : %s" % (it[1], txt)), chat_s))
            S += [FNMark(n, t) for n, t in notes]
        elif k == "ol":
            items, start, marks, style, fmt = it[1:]
            for i, x in enumerate(items):
                txt, notes = notes_in(x)
                n_ = start + i
                if n_ in marks:
                    S.append(Mark(marks[n_]))
                S.append(Paragraph(fr(txt), num, bulletText=fmt % n_))
                S += [FNMark(n, t) for n, t in notes]
                if n_ in marks:
                    S.append(Mark(marks[n_] + "e"))
            S.append(Spacer(1, 3))
        elif k == "tab":
            S += table_flow(*it[1:])
        elif k == "mark":
            S.append(Mark(it[1]))
        elif k == "cond":
            S.append(CondPageBreak(it[1]))
        elif k == "sp":
            S.append(Spacer(1, it[1]))
        elif k == "pb":
            S.append(PageBreak())
    return S


def toc_entries():
    out, n = [], 0
    for it in C:
        if it[0] in ("h1", "h2", "h3"):
            n += 1
            lvl = {"h1": 0, "h2": 1, "h3": 2}[it[0]]
            txt = re.sub(r"\{\{.+?\}\}", "", it[1])
            if lvl == 0 or (lvl == 1 and txt != "Conclusion"):
                out.append(("k%d" % n, lvl, txt))
            elif txt == "Conclusion":
                out.append(("k%d" % n, 0, txt))
    return out


TOC = toc_entries()


def deco(c, d):
    c.saveState()
    c.setFont("LS", 8.5)
    c.setFillColor(colors.HexColor("#595959"))
    c.drawCentredString(PW / 2, PH - 1.45 * cm, HEADER)
    c.setStrokeColor(colors.HexColor("#BFBFBF"))
    c.setLineWidth(0.5)
    c.line(LM, PH - 1.6 * cm, PW - RM, PH - 1.6 * cm)
    c.setFont("LS", 9.5)
    c.setFillColor(INK)
    c.drawCentredString(PW / 2, 1.05 * cm, "– %d –" % c.getPageNumber())
    c.restoreState()


class Doc(BaseDocTemplate):
    def beforePage(self):
        f = self.pageTemplate.frames[0]
        if f.id == "body":
            h = NOTE_RES.get(self.page, 0)
            f.y1 = BM + h
            f.height = PH - TM - BM - h
            f._reset()

    def afterFlowable(self, f):
        if isinstance(f, Heading):
            HEAD_PAGES[f.key] = self.page
            MARKY["H:" + f.key] = round((self.frame._y - self.frame._y1) / cm, 1)
        if isinstance(f, Mark):
            MARKS[f.key] = self.page
            MARKY[f.key] = round((self.frame._y - self.frame._y1) / cm, 1)


def build(target, pages):
    HEAD_PAGES.clear()
    MARKS.clear()
    doc = Doc(target, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title="Kayaks Lavagne – Dossier de certification – blocs 1, 2 et 5", author=AUTHOR,
              creator="Microsoft® Word pour Microsoft 365", subject="Titre RNCP Chef de projet e-commerce – session 2026",
              invariant=1)
    f_cover = Frame(LM, BM, UW, PH - TM - BM, id="cover")
    f_body = Frame(LM, BM, UW, PH - TM - BM, id="body", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="cover", frames=[f_cover], pagesize=A4),
                          PageTemplate(id="body", frames=[f_body], onPage=deco, onPageEnd=draw_notes, pagesize=A4)])
    doc.build(story(pages))
    return dict(HEAD_PAGES), doc.page


def build_stable():
    """Passes successives : la réserve de notes de chaque page suit les notes réellement posées (comme Word)."""
    NOTE_RES.clear()
    NOTE_HIST.clear()
    pages = {}
    for it in range(40):
        NOTE_NEED.clear()
        pages2, last = build(io.BytesIO(), pages)
        new = {}
        for pg in set(NOTE_NEED) | set(NOTE_RES):
            need = NOTE_NEED.get(pg, 0)
            hist = NOTE_HIST.setdefault(pg, [])
            if len(hist) >= 4 and len(set(round(x) for x in hist[-4:])) > 1:
                need = max(need, max(hist))          # oscillation : on garde la plus grande réserve
            new[pg] = need
        if all(abs(new.get(k, 0) - NOTE_RES.get(k, 0)) < 0.5 for k in set(new) | set(NOTE_RES)) and pages2 == pages:
            return pages, last
        for pg, v in new.items():
            NOTE_HIST.setdefault(pg, []).append(v)
        NOTE_RES.clear()
        NOTE_RES.update({k: v for k, v in new.items() if v > 0})
        pages = pages2
    raise SystemExit("mise en page instable")


def main():
    os.makedirs(OUT, exist_ok=True)
    pages, last = build_stable()
    NOTE_NEED.clear()
    pages3, last3 = build(PDF, pages)
    assert pages3 == pages and last3 == last, "pagination instable"
    for pg, need in NOTE_NEED.items():
        assert need <= NOTE_RES.get(pg, 0) + 0.5, "notes page %d débordent" % pg
    fnp = {n: pg for pg, lst in FN_PAGES.items() for n, _ in lst}
    print("pages:", last, "tableaux:", TAB_N[0], "notes:", FN_COUNT[0])
    print("repères:", {k: (v, MARKY.get(k)) for k, v in sorted(MARKS.items())})
    print("notes par page:", {pg: [n for n, _ in lst] for pg, lst in sorted(FN_PAGES.items())})
    return last, fnp


if __name__ == "__main__":
    last, fnp = main()
    M = MARKS
    problems = []
    checks = [("pages", last, 30), ("tableaux", TAB_N[0], 12), ("notes", FN_COUNT[0], 40),
              ("t3 début", M.get("t3_cap"), 7), ("t3 fin", M.get("t3_end"), 8),
              ("t11 début", M.get("t11_cap"), 27), ("t11 fin", M.get("t11_end"), 28),
              ("cal1", M.get("cal1"), 12), ("cal6", M.get("cal6"), 12), ("cal7", M.get("cal7"), 13),
              ("st1", M.get("st1"), 24), ("st4", M.get("st4"), 24), ("st4e", M.get("st4e"), 24), ("cal6e", M.get("cal6e"), 12), ("st5", M.get("st5"), 25),
              ("note 14", fnp.get(14), 12), ("note 16", fnp.get(16), 12), ("note 13", fnp.get(13) != 12, True),
              ("note 17", fnp.get(17) != 12, True)]
    for name, got, exp in checks:
        if got != exp:
            problems.append("%s = %s (attendu %s)" % (name, got, exp))
    if not FN_TEXT.get(9, "").startswith("Note pour Claire"):
        problems.append("note 9 = %s" % FN_TEXT.get(9, "")[:40])
    if "38 réponses" not in FN_TEXT.get(33, ""):
        problems.append("note 33 = %s" % FN_TEXT.get(33, "")[:40])
    print("PROBLÈMES :", problems if problems else "aucun")
    if problems:
        raise SystemExit(1)
