# -*- coding: utf-8 -*-
# Générateur du mémoire de la candidate c91 (Malt & Fût, caviste whisky en ligne, Rennes) :
# un mémoire PDF A4 portrait d'allure LaTeX (reportlab, invariant=1 : serif 11 pt justifié, sections numérotées « 3.2.1 »,
# tableaux « booktabs » sans filets verticaux, légendes « Table n — … » sous les tableaux, notes de bas de page,
# sommaire à points de conduite, épigraphes d'avis clients) et un support de soutenance PPTX de 15 diapositives 16:9.
# Les chapitres sont produits à partir de données structurées ; métadonnées et dates figées (déterminisme).
import datetime, io, os, re, zipfile
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, NextPageTemplate, Flowable, CondPageBreak)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("S", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SI", FD + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("SBI", FD + "DejaVuSerif-BoldItalic.ttf"))
registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SBI")
pdfmetrics.registerFont(TTFont("SC", FD + "DejaVuSerifCondensed.ttf"))
pdfmetrics.registerFont(TTFont("SCB", FD + "DejaVuSerifCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SCI", FD + "DejaVuSerifCondensed-Italic.ttf"))
pdfmetrics.registerFont(TTFont("SCBI", FD + "DejaVuSerifCondensed-BoldItalic.ttf"))
registerFontFamily("SC", normal="SC", bold="SCB", italic="SCI", boldItalic="SCBI")

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "..", "c91-whisky-en-ligne-rennes")
PDF = os.path.join(OUT, "malt-et-fut-memoire.pdf")
PPTX = os.path.join(OUT, "malt-et-fut-soutenance.pptx")
AUTHOR = "Clémence Ropars"
HEADER = "Malt & Fût — Mémoire — C. Ropars"
FIXED = datetime.datetime(2026, 3, 27, 18, 30, 0)

PW, PH = A4
LM = RM = 2.4 * cm
TM = 2.3 * cm
BM = 2.0 * cm
FN_ZONE = 2.3 * cm
UW = PW - LM - RM

INK = colors.HexColor("#111111")
body = ParagraphStyle("body", fontName="S", fontSize=10.5, leading=13.2, alignment=TA_JUSTIFY, firstLineIndent=0.55 * cm,
                      spaceAfter=2.5, textColor=INK)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
bul = ParagraphStyle("bul", parent=body, firstLineIndent=0, leftIndent=0.9 * cm, bulletIndent=0.35 * cm, spaceAfter=1.5)
h1s = ParagraphStyle("h1", fontName="SB", fontSize=19, leading=24, spaceBefore=10, spaceAfter=10, textColor=INK)
h1lab = ParagraphStyle("h1lab", fontName="S", fontSize=13, leading=16, spaceBefore=40, spaceAfter=4, textColor=colors.HexColor("#444444"))
h2s = ParagraphStyle("h2", fontName="SB", fontSize=12.6, leading=16, spaceBefore=12, spaceAfter=5, textColor=INK)
h3s = ParagraphStyle("h3", fontName="SB", fontSize=10.8, leading=14, spaceBefore=8, spaceAfter=3, textColor=INK)
epis = ParagraphStyle("epi", fontName="SI", fontSize=9.6, leading=12.6, alignment=TA_RIGHT, leftIndent=6 * cm, spaceAfter=2)
episrc = ParagraphStyle("episrc", fontName="S", fontSize=8.6, leading=11, alignment=TA_RIGHT, leftIndent=6 * cm, spaceAfter=16,
                        textColor=colors.HexColor("#555555"))
cap = ParagraphStyle("cap", fontName="S", fontSize=9.2, leading=11.5, alignment=TA_CENTER, spaceBefore=4, spaceAfter=10,
                     leftIndent=1 * cm, rightIndent=1 * cm)
cell = ParagraphStyle("cell", fontName="SC", fontSize=8.5, leading=10.4, alignment=TA_LEFT)
cellb = ParagraphStyle("cellb", parent=cell, fontName="SCB")
fns = ParagraphStyle("fn", fontName="S", fontSize=7.9, leading=9.6, leftIndent=0.35 * cm, firstLineIndent=-0.35 * cm)
tocs = {0: ParagraphStyle("t0", fontName="SB", fontSize=10.4, leading=13),
        1: ParagraphStyle("t1", fontName="S", fontSize=10, leading=12.6)}
quote = ParagraphStyle("quote", parent=body0, fontName="SI", leftIndent=1 * cm, rightIndent=1 * cm, fontSize=10, leading=13.2,
                       spaceBefore=3, spaceAfter=6)
mono = ParagraphStyle("mono", fontName="SC", fontSize=8.8, leading=11.4, leftIndent=0.6 * cm, spaceAfter=1)


def fr(t):
    t = t.replace("& ", "&amp; ").replace("M&F", "M&amp;F")
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


# ---------------------------------------------------------------- notes de bas de page
FN_PAGES = {}
FN_COUNT = [0]


class FNMark(Flowable):
    def __init__(self, num, text):
        Flowable.__init__(self)
        self.num, self.text = num, text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        FN_PAGES.setdefault(self.canv.getPageNumber(), []).append((self.num, self.text))


def para(text, st=body):
    """Paragraphe avec notes {{…}} : numéro en exposant + marqueur de note."""
    notes = []

    def rep(m):
        FN_COUNT[0] += 1
        notes.append((FN_COUNT[0], m.group(1)))
        return "<super>%d</super>" % FN_COUNT[0]
    txt = re.sub(r"\{\{(.+?)\}\}", rep, text)
    out = [Paragraph(fr(txt), st)]
    for n, t in notes:
        out.append(FNMark(n, t))
    return out


def draw_notes(c, d):
    notes = FN_PAGES.get(c.getPageNumber(), [])
    if not notes:
        return
    y = BM + 0.55 * cm
    paras = [Paragraph(fr("<super>%d</super>\u00a0%s" % (n, t)), fns) for n, t in notes]
    hs = [p.wrap(UW, 200)[1] for p in paras]
    total = sum(hs) + 2 * (len(hs) - 1)
    top = y + total
    c.saveState()
    c.setLineWidth(0.4)
    c.line(LM, top + 5, LM + 4.5 * cm, top + 5)
    yy = top
    for p, h in zip(paras, hs):
        yy -= h
        p.drawOn(c, LM, yy)
        yy -= 2
    c.restoreState()


# ---------------------------------------------------------------- titres, sommaire
HEAD_PAGES = {}


class Heading(Paragraph):
    def __init__(self, text, st, key, level):
        Paragraph.__init__(self, fr(text), st)
        self.key, self.level = key, level


class TOCLine(Flowable):
    """Ligne de sommaire sur une ligne : titre, points de conduite, numéro de page."""
    def __init__(self, text, page, level):
        Flowable.__init__(self)
        self.text, self.page, self.level = text.replace("&amp;", "&"), page, level
        self.fn = "SB" if level == 0 else "S"
        self.fs = 10.2 if level == 0 else 9.8
        self.ind = 0 if level == 0 else 0.9 * cm

    def wrap(self, aw, ah):
        self.aw = aw
        self.h = 17 if self.level == 0 else 13.2
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFont(self.fn, self.fs)
        c.drawString(self.ind, 3, self.text)
        x = self.ind + c.stringWidth(self.text, self.fn, self.fs) + 6
        pg = str(self.page)
        c.drawRightString(self.aw, 3, pg)
        end = self.aw - c.stringWidth(pg, self.fn, self.fs) - 6
        c.setFont("S", self.fs)
        step = 5.2
        x = step * (int(x / step) + 1)
        while x < end:
            c.drawString(x, 3, ".")
            x += step


# ---------------------------------------------------------------- tableaux booktabs
TAB_N = [0]


def booktabs(rows, widths, cap_text, header=True, fs=None, bold_first=False, bold_rows=()):
    TAB_N[0] += 1
    stc = cell if fs is None else ParagraphStyle("c%s" % fs, parent=cell, fontSize=fs, leading=fs * 1.22)
    stb = ParagraphStyle("cb%s" % fs, parent=stc, fontName="SCB")
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(fr(str(v)), stb if (header and i == 0) or (bold_first and j == 0) or i in bold_rows else stc)
                     for j, v in enumerate(r)])
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=1 if header else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
             ("LEFTPADDING", (0, 0), (-1, -1), 3.5), ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
             ("LINEABOVE", (0, 0), (-1, 0), 1.0, INK), ("LINEBELOW", (0, -1), (-1, -1), 1.0, INK)]
    if header:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.5, INK))
    for r in bold_rows:
        style.append(("LINEABOVE", (0, r), (-1, r), 0.5, INK))
    t.setStyle(TableStyle(style))
    c = Paragraph(fr("Table %d — %s" % (TAB_N[0], cap_text)), cap)
    if len(rows) <= 14:
        return [Spacer(1, 3), KeepTogether([t, c])]
    return [Spacer(1, 3), t, c]


# ======================================================================================
# Contenu du mémoire : données structurées (chapitres, sections, paragraphes, tableaux)
# ======================================================================================
C = []


def ch(title, epi, src):
    C.append(("ch", title, epi, src))


def sec(title):
    C.append(("sec", title))


def sub(title):
    C.append(("sub", title))


def p(text):
    C.append(("p", text))


def p0(text):
    C.append(("p0", text))


def ul(items):
    C.append(("ul", items))


def tab(caption, rows, widths, **kw):
    C.append(("tab", caption, rows, widths, kw))


def qt(text):
    C.append(("quote", text))


def mono_lines(lines):
    C.append(("mono", lines))


def un(title):
    C.append(("un", title))


def annex(letter, title):
    C.append(("annex", letter, title))


def fmt(x, d=0):
    s = ("{:,.%df}" % d).format(x).replace(",", " ").replace(".", ",")
    return s.replace(" ", "\u00a0")


# --------------------------------------------------------------------------------------
# Pages liminaires (résumé, introduction)
# --------------------------------------------------------------------------------------
RESUME = [
    "Ce mémoire rend compte de quatre années de travail comme cheffe de projet e-commerce chez Malt & Fût, caviste rennais spécialisé dans le "
    "whisky et les spiritueux, qui réalise 80 % de ses 4,6 M€ de chiffre d'affaires en ligne. Il suit l'ordre des responsabilités exercées : "
    "comprendre les amateurs et fixer un plan de conquête, faire connaître et vendre, être trouvé sur les moteurs de recherche, produire des "
    "contenus qui transforment, piloter les projets, l'équipe et la logistique.",
    "Les travaux présentés couvrent l'exercice 2025 et le début de 2026 : le « Mois de l'Islay » d'octobre 2025, la campagne « Noël des Drams », "
    "la réécriture des fiches produits, la réorganisation de la préparation de commandes et le cahier des charges de la refonte du Club des Fûts. "
    "Les chiffres proviennent de Sylius, de GA4, de la Search Console, d'Ahrefs, de Contentsquare, de Zendesk et de la comptabilité ; ils sont "
    "arrêtés à fin janvier 2026.",
    "Le fil conducteur est une conviction : un caviste en ligne ne gagne pas contre les places de marché par le prix, mais par le conseil et "
    "par la qualité de la livraison. Chaque chapitre teste cette conviction contre les chiffres.",
    "<b>Mots-clés</b> : e-commerce, spiritueux, Sylius, loi Évin, référencement, abonnement, logistique du verre.",
]

INTRO = [
    "Lorsque j'ai rejoint Malt & Fût en 2021, le site réalisait 2,1 M€ de ventes et la boutique en réalisait presque autant. La croissance en "
    "ligne était réelle mais subie : nous répondions à la demande de Noël sans l'avoir préparée, et les décisions se prenaient sur l'intuition "
    "de Gwénaël, excellente pour choisir un whisky, moins pour arbitrer un budget publicitaire.",
    "Mon rôle a consisté à installer de la méthode sans perdre ce qui fait la maison : le conseil. Ce mémoire en présente les étapes. Le "
    "premier chapitre expose l'analyse de nos clients et de nos concurrents et le plan de conquête 2026. Le deuxième rend compte de la campagne "
    "de Noël 2025 et des dispositifs de vente (chat, mise en avant, paiement, fidélisation). Le troisième est consacré au référencement et à "
    "la mesure. Le quatrième traite des contenus et de l'entonnoir de commande. Le cinquième porte sur le pilotage : cahier des charges, cadre "
    "juridique, équipe, stock et transport.",
    "Une précision de vocabulaire : nous employons dans ce mémoire les termes en usage chez Malt & Fût, définis à leur première occurrence. "
    "Les montants sont hors taxes, sauf mention contraire.",
]

CONCLUSION = [
    "Au terme de cet exercice, le site a progressé de 16 %, la conversion de 0,1 point et le référencement naturel a changé d'échelle, avec "
    "quatre-vingt-huit requêtes suivies dans le top 10. Les leviers les plus rentables se révèlent les moins spectaculaires : l'emailing, les "
    "fiches réécrites, le référencement. À l'inverse, les liens sponsorisés de décembre coûtent presque ce qu'ils rapportent en marge ; ils "
    "restent utiles pour recruter, à condition d'être mieux répartis entre Search et Shopping.",
    "Trois chantiers structurent 2026. La simplification de l'entonnoir mobile doit porter la conversion à 3,2 %. La refonte du Club, dont le "
    "cahier des charges est chez Ker Digital, doit faire de l'abonnement le revenu régulier qui manque à une maison dont 41 % des ventes en "
    "ligne tiennent en deux mois. Enfin, la logistique doit garder son avance : un colis intact et livré à temps reste, d'après nos clients, "
    "la meilleure publicité qu'un caviste puisse se permettre sous la loi Évin.",
    "À titre personnel, ces années m'ont appris à présenter un chiffre avec sa limite. Le Mois de l'Islay avait l'air d'un triomphe ; il "
    "était surtout une leçon sur ce qu'une remise coûte. C'est cette prudence que je souhaite transmettre à l'équipe.",
]

BIBLIO = [
    "Code de la santé publique, articles L3323-2 à L3323-6 (publicité en faveur des boissons alcooliques), version en vigueur au 1er janvier 2026.",
    "Code de la consommation, articles L221-18 et suivants (droit de rétractation).",
    "CNIL, délibération n° 2020-091 du 17 septembre 2020 portant lignes directrices relatives aux cookies et autres traceurs, et recommandation associée.",
    "Direction générale des douanes et droits indirects, « Droits d'accise sur les alcools : tarifs 2025 », bulletin officiel des douanes.",
    "Sylius, documentation officielle : <i>Taxons</i>, <i>Product associations</i>, <i>Promotions</i>, version 1.13.",
    "Google, aide Google Ads : « Politique relative aux boissons alcoolisées » et « Types de correspondance des mots clés ».",
    "Google, aide Analytics : « Explorations de l'entonnoir » (GA4).",
    "Ahrefs, guide « Keyword Difficulty : how it works », 2024.",
    "Adobe, aide Lightroom Classic : « Upright et correction de la perspective ».",
    "Blackmagic Design, <i>DaVinci Resolve 19 — Reference Manual</i>, chapitres « Cut page » et « Color page ».",
    "Malt & Fût, note stratégique « Cap 2027 », G. Le Bihan, janvier 2025 (document interne).",
    "Malt & Fût, enquête clients et prospects, septembre 2025, n = 1 040 (annexe A).",
]


# --------------------------------------------------------------------------------------
# Chapitre 1 — amateurs, cartographie, plan de conquête, alliances, budget
# --------------------------------------------------------------------------------------
ch("Connaître nos amateurs et bâtir le plan de conquête",
   "« J'ai offert le coffret tourbé à mon beau-père sans rien y connaître : la fiche m'a tout expliqué, et le mot manuscrit a fait le reste. »",
   "Avis client, Avis vérifiés, 14 décembre 2025 — 5/5")

sec("Malt & Fût en 2025 : un caviste devenu marchand en ligne")
p("Malt & Fût SAS a été fondée en 2014 à Rennes par Gwénaël Le Bihan, ancien sommelier, et Aurélien Fouquet, venu du contrôle de gestion. "
  "L'entreprise réunit aujourd'hui seize personnes autour d'un entrepôt de 1 100 m² route de Lorient{{Bâtiment loué depuis 2019 ; 640 m² de stockage, 180 m² de préparation, le reste en réserve et bureaux.}} et d'une salle de dégustation, « Le Chai », "
  "qui accueille quarante convives pour nos soirées commentées. En onze ans, la part du site dans l'activité est passée d'un complément de "
  "boutique à 80 % du chiffre d'affaires : c'est ce basculement, et ce qu'il exige de méthode, qui fait l'objet de ce mémoire.")
p("Le site tourne sur Sylius, un socle e-commerce libre que l'agence rennaise Ker Digital maintient et fait évoluer dans le cadre d'un contrat "
  "annuel{{Contrat-cadre signé en mars 2023 et renouvelé en mars 2025 : 22 jours de développement par trimestre, correctifs de sécurité inclus.}}. "
  "J'y occupe depuis 2021 le poste de cheffe de projet e-commerce ; j'encadre Maëlle Jaouen (rédaction et contenus), Tanguy Riou (événements et "
  "communauté) et Soizic Hamon (service client), et je travaille au quotidien avec Loïc Perrot, responsable logistique, et ses trois préparateurs.")
tab("Chiffres clés de Malt & Fût, exercice 2025 (source : comptabilité, GA4, Sylius)", [
    ["Indicateur", "2024", "2025", "Lecture"],
    ["Chiffre d'affaires total HT", "4,1 M€", "4,6 M€", "+12 % ; le site porte l'essentiel de la hausse"],
    ["dont ventes en ligne", "3,2 M€", "3,7 M€", "80 % du total en 2025"],
    ["dont boutique « Le Chai »", "680 k€", "690 k€", "Stable ; clientèle rennaise fidèle"],
    ["dont événements payants", "190 k€", "210 k€", "62 soirées, taux de remplissage 91 %"],
    ["Commandes en ligne", "34 100", "38 000", "Panier moyen 96 € (94 € en 2024)"],
    ["Sessions mensuelles moyennes", "97 000", "110 000", "Pic à 236 000 en décembre"],
    ["Taux de conversion", "2,7 %", "2,8 %", "Mobile 2,1 %, ordinateur 4,0 %"],
    ["Part de novembre–décembre dans le CA en ligne", "39 %", "41 %", "Dépendance forte à la saison des cadeaux"],
    ["Abonnés du Club des Fûts (janvier)", "310", "480", "Box mensuelle à 39 €"],
], [4.2, 1.5, 1.5, 5.2], bold_first=True)
p("Trois contraintes structurent tout ce qui suit. La loi Évin{{Code de la santé publique, articles L3323-2 et suivants : la publicité en faveur des "
  "boissons alcooliques est limitée à des informations objectives (origine, composition, mode d'élaboration, modalités de vente) et doit porter le "
  "message sanitaire.}} encadre strictement notre communication : pas d'association à la fête, à la performance ou à la séduction. La vente à distance "
  "impose ensuite un contrôle d'âge à l'entrée du site et une remise contre signature. Enfin, le verre casse : le taux de casse en transport, de 0,9 % "
  "en 2023, conditionne nos choix d'emballage et de transporteurs. Les droits d'accise, acquittés en amont auprès de nos distributeurs, pèsent "
  "fortement sur la marge des spiritueux les plus accessibles.")

sec("Les profils d'amateurs, leurs mobiles et leurs réticences")
p("Nous appelons <i>profil d'amateur</i> un groupe de clients qui partagent une même raison d'acheter et un même rapport au whisky, indépendamment "
  "de leur âge ou de leur revenu. Les trois profils retenus sortent du croisement de l'historique Sylius (38 000 commandes 2025) et d'une enquête "
  "menée en septembre 2025 auprès de 1 040 clients et prospects (annexe A){{Marge d'erreur d'environ ±3 points à 95 % sur l'ensemble ; les sous-échantillons par profil sont plus fragiles.}}.")
p("Les <i>initiés tourbe</i> connaissent les distilleries, lisent le degré et le type de fût avant le prix, et achètent pour eux-mêmes, souvent "
  "des éditions brutes de fût. Les <i>offreurs de cadeaux</i> n'y connaissent presque rien : ils cherchent un présent sûr pour un père, un client ou "
  "un collègue, et concentrent leurs achats entre mi-novembre et Noël, puis autour de la fête des pères. Les <i>curieux du Club</i>, enfin, veulent "
  "apprendre en goûtant : ils préfèrent trois échantillons de 3 cl à une bouteille de 70 cl qu'ils ne sont pas sûrs d'aimer.")
tab("Profils d'amateurs : poids, comportement d'achat, mobiles et réticences (enquête n = 1 040 et historique Sylius 2025)", [
    ["", "Initiés tourbe", "Offreurs de cadeaux", "Curieux du Club"],
    ["Poids dans le CA en ligne", "34 %", "46 %", "12 % (boutique et box)"],
    ["Panier moyen", "138 €", "104 €", "47 €"],
    ["Fréquence", "4,1 commandes/an", "1,3 commande/an", "abonnement ou 2,2 commandes/an"],
    ["Mobiles principaux", "rareté des embouteillages, brut de fût, finish sherry cask (71 %)", "cadeau qui « fait effet » (68 %), emballage, mot personnalisé, livraison garantie avant une date", "découvrir sans se tromper (74 %), comprendre le nosing, vidéo de dégustation"],
    ["Réticences principales", "prix en hausse, stocks épuisés en 48 h sur les single casks", "peur de mal choisir (62 %), casse, date de livraison incertaine", "engagement mensuel (44 %), peur de payer pour des échantillons « trop tourbés »"],
    ["Verbatim typique", "« Je veux le degré exact et le fût avant le prix. »", "« Je ne sais pas ce qu'il aime, aidez-moi. »", "« Je veux comprendre pourquoi j'aime un whisky. »"],
], [2.8, 3.6, 3.6, 3.6], bold_first=True)
p("La lecture de l'enquête nous a surpris sur un point : chez les offreurs de cadeaux, la première réticence n'est pas le prix (cité par 29 % "
  "seulement) mais la peur de mal choisir. Cela a réorienté notre travail éditorial vers des repères de goût simples (« doux et fruité », « fumé "
  "et iodé ») plutôt que vers des remises.")

sec("Le chemin de décision des offreurs de cadeaux")
p("Nous désignons par <i>chemin de décision</i> la suite d'étapes que parcourt un client entre le moment où l'idée d'achat naît et celui où il "
  "juge son achat après coup. Nous l'avons reconstitué pour le profil prioritaire à partir de vingt entretiens téléphoniques{{Entretiens de 20 minutes menés par Soizic et moi en novembre 2024 auprès de clients ayant passé une première commande cadeau.}}, des parcours GA4 et "
  "des conversations du chat.")
tab("Chemin de décision de l'offreur de cadeau : étapes, points de contact et taux observés (T4 2025)", [
    ["Étape", "Ce que vit le client", "Points de contact", "Taux observé"],
    ["1. Déclic", "Un anniversaire, la fête des pères, Noël, un pot de départ", "recherche Google « cadeau whisky », bouche-à-oreille, vitrine du Chai", "58 % des visites cadeau commencent par une recherche"],
    ["2. Recherche d'idées", "Il ne connaît ni les régions ni les fûts", "guide « Quel whisky offrir ? », pages coffrets, vidéos YouTube", "taux de poursuite vers une fiche : 46 %"],
    ["3. Comparaison", "Il compare 3 à 5 bouteilles, puis les prix chez Spirits Corner", "fiches produits, avis, chat (pic à 18 h–21 h)", "ajout au panier : 9,8 % des vues de fiche"],
    ["4. Commande", "Il veut une date de livraison sûre et un emballage", "panier, option coffret et mot manuscrit, paiement en 3 fois", "74 % des paniers cadeaux sont payés"],
    ["5. Après l'achat", "Il attend la réaction du destinataire", "suivi Colissimo, mail d'accord mets-whisky, demande d'avis J+10", "taux de réachat à 12 mois : 27 %"],
], [2.2, 3.8, 4.2, 3.6], bold_first=True)
p("Le goulet se situe entre la recherche d'idées et la fiche : plus de la moitié des visiteurs qui arrivent sur le guide ne vont pas plus loin. "
  "C'est l'une des raisons pour lesquelles le guide a été réécrit en octobre 2025 avec trois entrées par budget (moins de 60 €, 60 à 120 €, plus de "
  "120 €) plutôt que par région.")

sec("La cartographie concurrentielle")
p("Nous avons comparé Malt & Fût à quatre concurrents que nos clients citent spontanément dans l'enquête : Dram Factory, pure player parisien ; "
  "Spirits Corner, chaîne nationale de cavistes ; la Cave de l'Estuaire, caviste nantais très actif en ligne ; et Whiskyrama, place de marché. "
  "La grille compte onze critères relevés entre le 2 et le 6 septembre 2025 par deux commandes tests et une navigation complète de chaque site{{Commandes tests du Glen Arvoch 12 ans ou d'un équivalent, livrées à Rennes ; les délais constatés portent donc sur une seule expédition.}}.")
tab("Cartographie concurrentielle : quatre concurrents sur onze critères (relevé du 2 au 6 septembre 2025)", [
    ["Critère", "Dram Factory", "Spirits Corner", "Cave de l'Estuaire", "Whiskyrama"],
    ["Références whisky", "1 900", "850", "620", "4 300 (vendeurs tiers)"],
    ["Prix « Glen Arvoch 12 ans »", "49,90 €", "54,00 €", "52,50 €", "47,80 € + port"],
    ["Franco de port", "dès 150 €", "dès 99 €", "dès 120 €", "selon vendeur"],
    ["Délai annoncé / constaté", "48 h / 72 h", "72 h / 96 h", "48 h / 48 h", "3–7 j / 6 j"],
    ["Emballage anti-casse", "alvéoles carton", "film bulle", "calage papier", "variable"],
    ["Notes de dégustation sur fiche", "complètes", "succinctes", "complètes + accords", "copiées du producteur"],
    ["Échantillons / coffrets", "oui, 60 réf.", "non", "2 coffrets", "quelques vendeurs"],
    ["Abonnement", "box mensuelle 45 €", "box trimestrielle 79 €", "non", "non"],
    ["Événements", "masterclass Paris", "non", "dégustations en cave", "non"],
    ["Paiement fractionné", "oui (4x)", "oui (3x)", "non", "non"],
    ["Note moyenne des avis", "4,6/5 (8 200)", "4,1/5 (21 000)", "4,7/5 (1 300)", "3,8/5 (5 600)"],
], [3.2, 2.6, 2.6, 2.6, 2.6], bold_first=True)
p("Trois enseignements ressortent. Dram Factory est notre vrai rival sur les initiés : profondeur de gamme, échantillons et box, avec un "
  "panier moyen vraisemblablement supérieur au nôtre. Spirits Corner gagne les offreurs de cadeaux pressés par sa notoriété et son franco bas, "
  "mais ses fiches sont pauvres et sa livraison lente. Whiskyrama tire les prix vers le bas sans rien garantir sur l'emballage ni le délai. "
  "Notre position défendable est donc celle du caviste qui conseille et qui livre bien : fiches complètes, emballage maîtrisé, événements et "
  "Club. C'est cette lecture qui alimente le diagnostic croisé ci-dessous.")

sec("Le diagnostic croisé")
p("Le <i>diagnostic croisé</i> confronte ce que nous maîtrisons (forces et faiblesses internes) à ce que le marché nous impose ou nous offre. "
  "Nous l'avons construit en atelier avec Gwénaël et Aurélien le 18 septembre 2025, puis traduit en décisions.")
tab("Diagnostic croisé de Malt & Fût (atelier du 18 septembre 2025)", [
    ["Forces", "Faiblesses"],
    ["Conseil d'un ancien sommelier ; 1 140 fiches avec notes de dégustation ; embouteillages maison (Single Cask n° 7) ; taux de casse ramené à 0,4 % ; note de 4,7/5 sur 6 900 avis",
     "41 % du CA en ligne sur deux mois ; conversion mobile à 2,1 % ; Club encore confidentiel (480 abonnés) ; dépendance à une seule agence pour le développement"],
    ["Opportunités", "Menaces"],
    ["Essor des whiskies du monde et du whisky breton ; demande de cadeaux d'entreprise expérientiels ; recherches « coffret dégustation » en hausse de 34 % sur un an (Google Trends){{Comparaison des moyennes d'octobre à décembre 2024 et 2023, France.}}",
     "Hausse des droits d'accise au 1er janvier ; guerre des prix des places de marché ; durcissement possible de l'encadrement publicitaire ; concurrence de Dram Factory sur les box"],
], [1, 1], fs=8.6, bold_rows=(2,))
p("La grille seule ne décide de rien ; nous l'avons donc prolongée par un tableau de croisement qui associe chaque couple à une décision datée.")
tab("Du diagnostic croisé aux décisions : croisements retenus", [
    ["Croisement", "Décision", "Échéance"],
    ["Force conseil × essor des whiskies du monde", "Réécrire 120 fiches avec repères de goût simples, 40 en priorité", "fin janvier 2026 (40), juin 2026 (80)"],
    ["Force embouteillages maison × cadeaux d'entreprise", "Offre « coffret entreprise » personnalisé autour du Single Cask n° 7", "novembre 2025"],
    ["Faiblesse mobile × guerre des prix", "Simplifier l'entonnoir de commande mobile plutôt que baisser les prix", "mars 2026"],
    ["Faiblesse saisonnalité × demande de coffrets", "Faire du Club un revenu récurrent (objectif 1 000 abonnés)", "décembre 2026"],
    ["Faiblesse dépendance agence × menace publicitaire", "Rédiger un cahier des charges précis pour la refonte du Club", "février 2026"],
], [4.6, 6.0, 3.0], bold_first=True)

sec("Le plan de conquête 2026")
p("Le <i>plan de conquête</i> rassemble les objectifs de développement en ligne, les profils visés et l'ordre de déploiement des leviers. Il a "
  "été présenté au comité de direction du 9 décembre 2025 et validé avec une réserve d'Aurélien sur le budget publicitaire{{Aurélien a demandé un point d'étape en juin 2026 avant d'engager le budget de la troisième vague.}}.")
sub("Cinq objectifs datés et chiffrés")
tab("Objectifs du plan de conquête 2026", [
    ["Objectif", "Point de départ", "Cible", "Échéance", "Mesure"],
    ["Chiffre d'affaires en ligne HT", "3,7 M€ (2025)", "4,3 M€", "31 décembre 2026", "Sylius, hors frais de port"],
    ["Abonnés actifs du Club des Fûts", "480 (janvier 2026)", "1 000", "31 décembre 2026", "Stripe Billing, abonnés payants"],
    ["Taux de conversion global", "2,8 %", "3,2 %", "30 septembre 2026", "GA4, sessions / commandes"],
    ["CA cadeaux d'entreprise", "290 k€ (saison 2025)", "400 k€", "31 décembre 2026", "commandes « pro » Sylius"],
    ["Part du trafic naturel", "38 % des sessions", "45 %", "30 juin 2026", "GA4, canal « organic search »"],
], [3.8, 2.6, 1.4, 2.6, 3.2], bold_first=True)
sub("Des profils hiérarchisés")
p("Les trois profils ne méritent pas le même effort. Nous les avons classés selon leur contribution potentielle à la marge 2026, leur "
  "accessibilité par nos leviers et leur cohérence avec la promesse de conseil.")
p("Les offreurs de cadeaux, particuliers et entreprises, passent en premier et reçoivent 52 % du budget : ils pèsent 46 % du CA avec un panier de 104 €, et le conseil qu'ils attendent est précisément ce que nos concurrents donnent mal. Les curieux du Club viennent ensuite (28 % du budget) : leur abonnement est un revenu récurrent qui lisse la saisonnalité, et 31 % des abonnés achètent une bouteille de 70 cl dans l'année. Les initiés tourbe, enfin (20 %), sont déjà fidèles et peu sensibles à la publicité ; nous les servons par l'emailing et par les sorties de single casks plutôt que par l'achat d'espace.")
sub("Trois vagues de leviers")
p("Nous avons ordonné les leviers en trois vagues. La logique est simple : d'abord ce qui améliore la transformation du trafic existant et "
  "coûte peu, ensuite ce qui achète de la visibilité, enfin ce qui joue la notoriété au moment où la demande est la plus forte.")
tab("Ordre de déploiement des leviers en 2026", [
    ["Vague", "Période", "Leviers", "Raison de l'ordre"],
    ["1", "janvier–avril", "référencement naturel (architecture sémantique, fiches), emailing segmenté par profil", "effets lents à venir : il faut démarrer tôt ; coût marginal faible ; prépare les pages d'atterrissage de la vague 2"],
    ["2", "mai–août", "liens sponsorisés Google (Search et Shopping), affiliation vers les comités d'entreprise, alliances locales", "la fête des pères (21 juin) teste les annonces sur des pages déjà optimisées"],
    ["3", "septembre–décembre", "e-publicité de reciblage, relais (podcast, YouTube), réseaux sociaux dans le cadre de la loi Évin, campagne de Noël", "41 % du CA sur deux mois : la notoriété doit être au plus haut à ce moment-là"],
], [0.8, 2.0, 5.0, 6.0])

sec("Les temps forts et le calendrier")
p("Le calendrier commercial d'un caviste spécialisé suit quelques dates qui ne se discutent pas. La <i>Burns Night</i>, le 25 janvier, est devenue "
  "une petite fête écossaise en France : en 2025, nos ventes de blends et de single malts des Lowlands ont progressé de 22 % la semaine "
  "précédente{{Semaine du 18 au 24 janvier 2025 comparée à la moyenne des quatre semaines précédentes.}}. La fête des pères concentre 9 % du CA annuel sur quinze jours, avec un panier inférieur à Noël (82 €). Les salons — Whisky Live "
  "Paris fin septembre et le salon rennais des spiritueux en novembre — servent à la fois à rencontrer les initiés et à repérer les sorties de "
  "l'année. Noël, enfin, commence pour nous le 10 novembre : au-delà du 15 décembre, la promesse de livraison devient fragile et les paniers "
  "passent en retrait. C'est pourquoi la campagne de Noël démarre un mois avant ses concurrents habituels.")
tab("Calendrier 2026 des actions et responsables", [
    ["Mois", "Actions", "Responsable"],
    ["janvier", "Burns Night (newsletter, sélection Lowlands), lancement de l'architecture sémantique", "Clémence, Maëlle"],
    ["février", "réécriture des fiches (lot 2), cahier des charges « Refonte du Club »", "Maëlle, Clémence"],
    ["mars", "simplification de l'entonnoir mobile, préparation des alliances fromagers", "Clémence, Tanguy"],
    ["avril", "lancement de la nouvelle offre Club, vidéos de nosing", "Tanguy, Maëlle"],
    ["mai", "campagne Google Ads fête des pères, affiliation comités d'entreprise", "Clémence"],
    ["juin", "fête des pères, soirée « Brut de fût » au Chai", "Clémence, Tanguy"],
    ["juillet–août", "bilan mi-année, préparation des coffrets entreprise", "Clémence, Aurélien"],
    ["septembre", "Whisky Live Paris, lancement du reciblage", "Tanguy, Clémence"],
    ["octobre", "Mois de l'Islay, épisodes du podcast partenaire", "Tanguy, Maëlle"],
    ["novembre", "salon de Rennes, campagne de Noël (10 novembre)", "Clémence, toute l'équipe"],
    ["décembre", "Noël, bilan de campagne", "Clémence"],
], [2.2, 8.6, 3.2], bold_first=True)

sec("Les alliances")
p("Nous appelons <i>alliances</i> les partenariats commerciaux qui nous ouvrent la clientèle d'une autre entreprise en échange de la nôtre. "
  "Trois secteurs ont été explorés en 2025 : les fromagers affineurs, les chocolatiers artisans et les agences de cadeaux d'affaires. Les "
  "deux premiers partagent notre positionnement d'artisan conseil ; le troisième nous donne accès aux acheteurs des entreprises, que nous "
  "touchons mal seuls.")
tab("Grille d'évaluation des alliances envisagées (octobre 2025)", [
    ["Partenaire envisagé", "Secteur", "Clientèle commune", "Décision"],
    ["Fromagerie Le Gall Affinage (Rennes, 2 boutiques)", "fromager affineur", "forte : clientèle de 35–60 ans, CSP+, achat plaisir et cadeau", "retenu : coffret « Tourbe et Comté 24 mois »{{Coffret vendu 49 € chez le fromager et sur notre site : un Menhir 8 ans en 20 cl et 200 g de comté 24 mois.}}"],
    ["Chocolaterie Kerhéol (Saint-Malo)", "chocolatier artisan", "forte : pics identiques à Noël et à la fête des pères", "retenu : dégustation accords au Chai"],
    ["Cadeaux d'Armor (agence, 140 clients entreprises)", "agence de cadeaux d'affaires", "moyenne : acheteurs en entreprise, budgets par salarié", "retenu : catalogue B2B 2025"],
    ["Brasserie Skoaz (Lorient)", "brasserie artisanale", "moyenne : amateurs de houblon, plus jeunes", "reporté à 2026"],
    ["VoltR (boisson énergisante)", "boissons sans alcool", "faible : 18–25 ans", "refusé"],
], [4.2, 2.8, 4.6, 3.2], bold_first=True)
p("La demande de VoltR mérite une explication. La marque nous a proposé en juillet 2025 un coffret « cocktail » associant une canette et un "
  "whisky blend, avec une diffusion sur ses réseaux. Nous l'avons refusé : l'association d'un spiritueux à une boisson énergisante contredit "
  "notre image de dégustation attentive, vise un public plus jeune que le nôtre et nous aurait exposés à une communication incompatible avec la "
  "loi Évin{{Une association à la performance ou à l'énergie est précisément ce que le texte proscrit.}}. Gwénaël a tranché en une réunion : "
  "une alliance doit pouvoir figurer sans gêne sur la page « Qui sommes-nous ».")

sec("Le « Mois de l'Islay » : mesure avant/après")
p("En octobre 2025, nous avons consacré un mois entier à l'île d'Islay : page dédiée, coffret tourbé mis en avant, deux soirées « Soirée Islay » "
  "au Chai, remise de 10 % sur une sélection de douze références et trois newsletters. Nous comparons ci-dessous octobre 2025 à octobre 2024, "
  "où la même sélection était vendue sans animation.")
tab("Mois de l'Islay : octobre 2025 comparé à octobre 2024", [
    ["Indicateur", "Octobre 2024", "Octobre 2025", "Évolution"],
    ["Sessions sur les pages Islay", "9 800", "15 400", "+57 %"],
    ["Commandes contenant un Islay", "402", "590", "+47 %"],
    ["CA des références Islay (HT)", "41 k€", "63 k€", "+54 %"],
    ["Coffrets Tourbé 5 × 3 cl vendus", "96", "310", "×3,2"],
    ["Nouveaux clients sur la sélection", "140", "236", "+69 %"],
    ["Taux de marge brute de la sélection", "35 %", "31 %", "−4 points"],
    ["Places vendues « Soirée Islay » (45 €)", "—", "80 / 80", "complet"],
], [5.4, 2.6, 2.6, 2.4], bold_first=True)
p("Ces chiffres sont flatteurs ; ils doivent être lus avec prudence avant d'être présentés à la direction. D'abord, le site entier a progressé "
  "de 9 % en sessions entre les deux mois : une partie de la hausse aurait eu lieu sans animation. Ensuite, l'Ardmór Peat Cask Strength, lancé "
  "en septembre 2025{{Embouteillage brut de fût à 57,1 %, vieilli en ex-bourbon ; 84 € les 70 cl.}}, n'existait pas en 2024 ; il représente à lui seul 8,4 k€ du CA d'octobre. Enfin, la remise a coûté quatre points de marge et "
  "une partie des achats a sans doute été avancée de novembre. En retirant l'effet de tendance et la nouveauté, nous estimons l'effet propre "
  "de l'opération à environ +28 % de CA, avec une marge brute supplémentaire de l'ordre de 3,9 k€ pour 2,6 k€ de coûts directs. L'opération est "
  "rentable, mais de peu : nous la reconduirons en 2026 sans remise, en misant sur les soirées et le coffret.")

sec("Budget par levier et retour sur marge")
p("Le budget de l'exercice 2025 a été construit levier par levier, avec pour chacun ses postes de dépense et la recette attendue. Le tableau "
  "suivant en détaille les postes principaux.")
tab("Postes de dépense et de recette du budget 2025 par levier", [
    ["Levier", "Postes de dépense principaux", "Recette attendue"],
    ["Référencement naturel", "jours Ker Digital (architecture, maillage), licence Ahrefs, temps de rédaction de Maëlle", "CA des visites naturelles, hausse du trafic non payant"],
    ["Liens sponsorisés Google", "achat média Search et Shopping, flux produits, pages d'atterrissage", "CA des campagnes, nouveaux clients cadeaux"],
    ["Emailing", "outil d'envoi (Brevo), création des gabarits, segmentation", "CA des newsletters et relances de panier"],
    ["Alliances et affiliation", "commissions (8 % sur Cadeaux d'Armor), coffrets co-conçus, PLV chez les partenaires", "CA B2B et coffrets partenaires"],
    ["Relais et influence", "échantillons envoyés, parrainage d'épisodes du podcast, frais de tournage", "CA et notoriété attribués aux relais"],
    ["Contenus", "studio de packshots, montage vidéo, sous-titrage", "hausse de la transformation des fiches réécrites"],
], [3.2, 6.4, 4.4], bold_first=True)

LEVERS = [
    # levier, prévu k€, réel k€, CA attribué k€
    ("Référencement naturel", 27.0, 28.0, 430.0),
    ("Liens sponsorisés Google", 52.0, 61.8, 334.0),
    ("Emailing", 10.0, 9.6, 265.0),
    ("Alliances et affiliation", 15.0, 14.0, 96.0),
    ("Relais et influence", 13.0, 12.5, 58.0),
    ("Contenus (photo, vidéo)", 14.0, 18.1, 120.0),
]
MARGIN_RATE = 0.34
rows = [["Levier", "Budget prévu", "Dépense réelle", "CA attribué", "Marge brute (34 %)", "Retour sur marge"]]
tot_p = tot_r = tot_ca = 0.0
for name, prev, real, ca in LEVERS:
    m = ca * MARGIN_RATE
    rows.append([name, fmt(prev, 1) + " k€", fmt(real, 1) + " k€", fmt(ca) + " k€", fmt(m, 1) + " k€", fmt((m - real) / real, 1)])
    tot_p += prev; tot_r += real; tot_ca += ca
RSM = (tot_ca * MARGIN_RATE - tot_r) / tot_r
assert round(RSM, 1) == 2.1, RSM
rows.append(["Ensemble", fmt(tot_p, 1) + " k€", fmt(tot_r, 1) + " k€", fmt(tot_ca) + " k€", fmt(tot_ca * MARGIN_RATE, 1) + " k€", fmt(RSM, 1)])
p("Nous mesurons la rentabilité d'un levier par son <i>retour sur marge</i> : la marge brute qu'il a générée, diminuée de ce qu'il a coûté, "
  "rapportée à ce coût. Nous raisonnons en marge et non en chiffre d'affaires, parce que les droits d'accise et le prix d'achat laissent en "
  "moyenne 34 % de marge brute sur nos ventes en ligne ; un euro de CA ne vaut donc que 34 centimes pour couvrir la dépense{{L'attribution "
  "retenue est celle de GA4 (modèle basé sur les données), corrigée pour les alliances par les codes de commande des partenaires.}}.")
tab("Budget 2025 par levier, dépense réelle et retour sur marge", rows, [3.6, 1.9, 1.9, 1.9, 2.2, 1.9], bold_first=True)
p("Sur l'ensemble, chaque euro dépensé a rapporté %s € de marge nette de la dépense, soit un retour sur marge de %s. Les écarts entre leviers "
  "sont considérables : l'emailing et le référencement naturel portent la rentabilité, tandis que les liens sponsorisés et les relais restent "
  "tout juste positifs ; ils se justifient par l'acquisition de nouveaux clients, que le calcul sur l'année ne valorise pas." % (fmt(RSM, 2), fmt(RSM, 1)))
p("Deux écarts entre prévu et réel ressortent du tableau. Les liens sponsorisés ont dépassé leur enveloppe de 9,8 k€, essentiellement en "
  "décembre, quand les coûts par clic sur « coffret whisky » ont doublé. Les contenus ont coûté 4,1 k€ de plus que prévu, la vidéo de nosing "
  "ayant demandé deux journées de tournage au lieu d'une. Pour l'exercice 2026, il faudra mieux suivre les dépenses chaque mois.")


# --------------------------------------------------------------------------------------
# Chapitre 2 — campagne « Noël des Drams », relais, chat, Sylius, paiement, fidélisation
# --------------------------------------------------------------------------------------
ch("Faire connaître et vendre : la campagne « Noël des Drams »",
   "« Commandé le 19 décembre à 22 h, livré le 22 avec un emballage digne d'une bouteille à 300 €. Le chat m'a évité une erreur de fût. »",
   "Avis client, Avis vérifiés, 23 décembre 2025 — 5/5")

sec("Une campagne au service du projet de l'entreprise")
p("Le projet de Malt & Fût, tel que Gwénaël le formule dans la note stratégique de janvier 2025, tient en une phrase : devenir le caviste en "
  "ligne de référence pour ceux qui veulent être conseillés, et réduire la dépendance à la saison des fêtes. La campagne « Noël des Drams » "
  "(10 novembre – 24 décembre 2025) devait servir les deux moitiés de cette phrase : vendre davantage pendant la saison, mais en recrutant des "
  "clients qui reviendront, notamment vers le Club.")
p("Nous lui avons fixé quatre objectifs : porter le CA en ligne de novembre–décembre de 1,25 M€ à 1,50 M€ ; vendre 1 800 coffrets (dont 250 "
  "coffrets entreprise){{Résultat : 1 964 coffrets, dont 271 coffrets entreprise, soit 83 k€ pour les seuls coffrets entreprise de la campagne.}} ; recruter 3 500 nouveaux clients ; convertir 120 d'entre eux au Club avant fin janvier. Le tableau d'articulation "
  "ci-dessous relie chaque objectif à sa cible, à ses vecteurs et au message, de façon que chaque action du plan de communication ait une raison "
  "d'être.")
tab("Articulation objectifs – cibles – vecteurs de la campagne « Noël des Drams »", [
    ["Objectif", "Cible", "Vecteurs", "Message (loi Évin)", "Indicateur"],
    ["1,50 M€ de CA en ligne sur novembre–décembre", "offreurs de cadeaux", "Google Ads Search et Shopping, newsletter, guide cadeaux", "« Un whisky choisi pour lui, expliqué pour vous »", "CA Sylius par canal"],
    ["1 800 coffrets dont 250 entreprise", "acheteurs en entreprise, comités d'entreprise", "catalogue Cadeaux d'Armor, clubs d'affaires, LinkedIn de Gwénaël", "coffret personnalisé, facture unique, livraison groupée", "commandes « pro »"],
    ["3 500 nouveaux clients", "offreurs de cadeaux, curieux", "podcast partenaire, YouTube, alliances fromagers et chocolatiers", "origine, fût, accords mets-whisky", "premières commandes"],
    ["120 abonnés Club issus de la campagne", "nouveaux clients de décembre", "carte glissée dans le colis, mail J+15, vidéo masterclass offerte", "« apprendre en trois drams par mois »", "abonnements Stripe"],
], [3.0, 2.6, 3.6, 3.2, 2.2], fs=8.2)
p("Les <i>vecteurs</i> désignent ici les canaux par lesquels le message atteint la cible. Nous avons exclu les réseaux sociaux payants de la "
  "campagne : la publicité pour l'alcool y est possible en France mais le cadre de la loi Évin rend les formats créatifs presque inutilisables ; "
  "nous y avons publié un contenu informatif, sans achat d'espace.")

sec("Les relais de la campagne")
p("Quatre familles de relais ont été mobilisées, choisies pour leur proximité avec les profils visés et avec les secteurs identifiés dans nos "
  "alliances.")
tab("Relais retenus pour « Noël des Drams » et justification", [
    ["Relais", "Exemple", "Pourquoi lui", "Contrepartie"],
    ["Cavistes indépendants hors zone", "Cave du Port (Vannes), Le Comptoir des Alambics (Brest)", "clientèle d'initiés hors Rennes, sans concurrence directe sur nos embouteillages", "Single Cask n° 7 en dépôt-vente, 25 % de remise"],
    ["Podcast spécialisé", "« Le Dram du Dimanche » (18 000 écoutes par épisode){{Audience déclarée par l'animateur, d'après les statistiques de son hébergeur.}}", "auditeurs curieux, exactement le profil du Club", "parrainage de deux épisodes, 1 400 €"],
    ["Dégustateurs YouTube", "« Tonton Tourbe » (48 000 abonnés), « Nosing Club » (21 000)", "la vidéo de dégustation rassure l'offreur de cadeau qui ne connaît pas les fûts", "échantillons, pas de rémunération"],
    ["Clubs d'affaires", "Club Entreprises Rennes Ouest, réseau des dirigeants de Cesson", "acheteurs de cadeaux d'entreprise, cohérents avec l'agence Cadeaux d'Armor", "dégustation offerte au Chai pour 30 dirigeants"],
], [2.8, 3.8, 4.6, 3.0], bold_first=True)
p("Les relais ont produit des effets visibles. Le cas du podcast illustre cependant la limite de notre mesure. L'épisode du 16 novembre, "
  "consacré aux whiskies bretons, mentionnait le Menhir Single Malt 8 ans et le Club ; la semaine suivante, les sessions directes et de "
  "marque ont atteint 31 200, contre 26 400 la semaine précédente, et les ventes du Menhir ont doublé. Nous en concluons que le parrainage a "
  "porté ses fruits et nous le renouvellerons en 2026.")

sec("Le chat en ligne")
p("Le chat Zendesk est ouvert de 10 h à 21 h, six jours sur sept, et tenu par Soizic avec un renfort en décembre. Deux transcriptions "
  "complètes sont reproduites en annexe B : une conversation qui aboutit à une commande de 320 € (un coffret cadeau composé avec le client) et "
  "une conversation qui n'aboutit pas, un client suisse auquel nous ne pouvons pas livrer{{Nous ne livrons pas hors Union européenne : les "
  "formalités douanières et d'accise pour la Suisse rendent l'envoi d'une bouteille seule non rentable.}}.")
tab("Activité du chat, novembre–décembre 2025 comparé à 2024", [
    ["Indicateur", "Nov.–déc. 2024", "Nov.–déc. 2025", "Commentaire"],
    ["Conversations", "1 920", "2 740", "+43 %, dont 61 % entre 18 h et 21 h"],
    ["Délai médian de première réponse", "2 min 40 s", "48 s", "réponses enregistrées et renfort du soir"],
    ["Durée médiane d'une conversation", "7 min 10 s", "6 min 05 s", "questions plus simples grâce aux fiches réécrites"],
    ["Conversations sans réponse (hors horaires)", "14 %", "6 %", "horaire étendu à 21 h"],
    ["Satisfaction après conversation", "4,4/5", "4,7/5", "questionnaire Zendesk, 812 réponses"],
], [4.6, 2.4, 2.4, 4.6], bold_first=True)
p("Le volume a progressé plus vite que le trafic (+43 % contre +18 %), signe que le chat est devenu un réflexe pour les offreurs de cadeaux. "
  "Le délai de première réponse a été divisé par plus de trois grâce à vingt-deux réponses enregistrées{{Les réponses enregistrées sont relues chaque trimestre par Soizic et moi ; trois ont été réécrites en janvier 2026.}} (délais de livraison, emballage, "
  "différence entre ex-bourbon et sherry cask) et à la présence de Soizic et d'un saisonnier le soir, où se concentrent 61 % des demandes.")

sec("La mise en œuvre et l'animation de la communauté")
tab("Exécution de la campagne comparée au plan", [
    ["Action prévue", "Prévu", "Réalisé", "Écart et explication"],
    ["Newsletters", "6 envois", "7 envois", "un envoi « dernière minute » le 17 décembre"],
    ["Campagnes Google Ads", "3 campagnes, 30 k€", "3 campagnes, 39,8 k€", "CPC doublés en décembre"],
    ["Épisodes de podcast parrainés", "2", "2", "conforme"],
    ["Vidéos de dégustateurs", "4", "3", "une vidéo repoussée en janvier par le créateur"],
    ["Dégustation clubs d'affaires", "1 soirée", "1 soirée (34 dirigeants)", "conforme"],
    ["Publications Instagram informatives", "24", "27", "trois portraits de distillateurs ajoutés"],
], [4.0, 2.6, 3.0, 4.4], bold_first=True)
p("Au bilan, la campagne a porté le CA en ligne de novembre–décembre à 1,52 M€, au-dessus de l'objectif de 1,50 M€ ; elle a recruté 3 720 nouveaux clients et vendu 1 964 coffrets. Le seul objectif manqué est celui du Club : 96 abonnés issus de la campagne au 31 janvier, pour 120 visés.")
p("Sur les réseaux, nous nous interdisons toute mise en scène festive. Nous publions des contenus d'information : portrait d'une distillerie, "
  "différence entre un finish et un vieillissement complet en fût de sherry, coulisses de l'embouteillage du Single Cask n° 7. Tanguy anime "
  "le groupe privé des abonnés du Club (290 membres){{Groupe réservé aux abonnés majeurs, sans publicité ni lien de vente, modéré par Tanguy.}}, où chaque mois un vote choisit l'un des trois drams de la box suivante ; il répond sous "
  "deux heures et relaie les notes de dégustation des membres. Sur YouTube, nos vidéos de nosing sont publiées avec le message sanitaire.")
p("Côté notoriété, les recherches de marque « malt et fût » ont progressé de 36 % entre novembre 2024 et novembre 2025 (Search Console), "
  "le compte Instagram est passé de 11 200 à 13 900 abonnés et le taux d'engagement moyen de 3,1 % à 4,4 %. Nous lisons surtout dans ces "
  "chiffres la force des formats participatifs : le vote mensuel du Club génère à lui seul 38 % des commentaires du trimestre. La communauté "
  "se fédère autour de ce qu'elle goûte, non autour de ce que nous vendons.")

sec("Mettre les produits en vitrine dans Sylius")
p("Sylius offre plusieurs mécanismes de mise en avant que nous avons utilisés pendant la campagne : l'ordre des produits dans une taxonomie "
  "(le coffret tourbé épinglé en première position de « Coffrets »), les associations de produits (« souvent offert avec » : verre Glencairn et "
  "coffret bois), les promotions de catalogue (coffret entreprise à partir de dix unités), et les blocs de contenu du plugin CMS{{Plugin CMS de BitBag, installé par Ker Digital en 2023.}} pour les bannières "
  "de la page d'accueil. La liste des emplacements a été arrêtée selon le trafic et le rôle de chaque page.")
tab("Emplacements de mise en avant retenus sur le site", [
    ["Emplacement", "Ce qui y est mis en avant", "Pourquoi cet emplacement"],
    ["Bannière d'accueil", "« Noël des Drams » puis Single Cask n° 7", "31 % des sessions y commencent"],
    ["Haut de la taxonomie « Coffrets »", "Coffret Tourbé 5 × 3 cl", "page la plus visitée par les offreurs de cadeaux"],
    ["Fiche produit, bloc « souvent offert avec »", "verre de dégustation, étui bois", "panier moyen +11 € quand le bloc est cliqué"],
    ["Panier", "option coffret et mot manuscrit (4,90 €)", "moment où l'offreur pense à la présentation"],
    ["Page de confirmation", "découverte du Club, premier mois à 29 €", "client satisfait, attention disponible"],
    ["Guide « Quel whisky offrir ? »", "trois sélections par budget", "porte d'entrée n° 1 depuis Google"],
], [4.0, 4.6, 5.4], bold_first=True)

sec("Le paiement : moyens installés et confiance")
p("Trois moyens de paiement sont installés : Stripe pour la carte bancaire, Apple Pay et Google Pay ; PayPal ; et Alma pour le paiement en "
  "plusieurs fois. L'authentification forte (3-D Secure 2) est active sur toutes les cartes{{Exigée par la deuxième directive européenne sur les services de paiement ; Stripe applique les exemptions pour les petits montants.}}. Avant la campagne, nous avons testé chaque moyen "
  "sur trois appareils avec de vraies commandes remboursées.")
tab("Tests de paiement du 28 octobre 2025 (commandes réelles remboursées)", [
    ["Moyen", "iPhone 13, Safari", "Tablette Galaxy Tab S8, Chrome", "PC Windows 11, Firefox"],
    ["Carte (Stripe, 3-D Secure)", "validé", "validé", "validé"],
    ["Apple Pay / Google Pay", "validé (Apple Pay)", "validé (Google Pay)", "non proposé (normal)"],
    ["PayPal", "validé", "validé", "validé"],
    ["Alma 3x / 4x", "validé", "validé après correctif du 30 octobre", "validé"],
], [3.6, 3.2, 3.8, 3.4], bold_first=True)
p("La confiance tient à plusieurs signes visibles : logos des moyens de paiement dès la fiche produit, mention de la sécurisation par Stripe, "
  "cadenas et adresse en https, rappel des frais de port avant le paiement, note de 4,7/5 affichée avec le nombre d'avis, et coordonnées "
  "complètes de la boutique de Rennes. Le taux d'échec de paiement est de 1,8 % en décembre 2025, contre 3,2 % un an plus tôt.")

sec("Le paiement fractionné avec Alma")
p("Trois offres de financement ont été comparées : Alma, Oney et le paiement en 4 fois de PayPal{{Oney imposait un volume minimal incompatible avec notre taille ; le 4x PayPal ne permettait pas de fixer un seuil de panier.}}. Nous avons retenu Alma en 3 et 4 fois, "
  "proposé uniquement au-dessus de 150 € pour ne pas encourager l'achat d'alcool à crédit sur de petits montants.")
tab("Paiement fractionné Alma, novembre–décembre 2025", [
    ["", "3 fois", "4 fois", "Lecture"],
    ["Commandes", "284", "128", "412 commandes, 6,4 % des paniers de plus de 150 €"],
    ["Panier moyen", "208 €", "228 €", "contre 176 € pour les paniers de plus de 150 € payés comptant"],
    ["Coût pour le client", "sans frais", "sans frais", "frais pris en charge par Malt & Fût"],
    ["Commission pour la boutique", "3,1 %", "3,8 %", "contre 1,4 % pour la carte"],
    ["Impayés supportés", "0", "0", "risque porté par Alma"],
], [3.2, 2.0, 2.0, 6.8], bold_first=True)
p("Pour le client, l'intérêt est réel sur les achats de single casks et de coffrets entreprise : étaler 258 € sans frais rend accessible une "
  "bouteille d'exception offerte à plusieurs. Pour nous, la commission supplémentaire (environ 1,9 point de plus qu'une carte, soit 1 630 € sur "
  "la période) est compensée si le fractionnement fait monter le panier ou sauve une vente ; le panier moyen supérieur de 32 à 52 € le suggère, "
  "même si une partie de ces clients auraient acheté de toute façon. Nous maintenons le seuil de 150 €, cohérent avec une consommation "
  "responsable.")

sec("La fidélisation")
p("Nous avons recensé les dispositifs de fidélisation accessibles à un site comme le nôtre :")
ul(["un programme à points classique (un point par euro, bon d'achat au palier) ;",
    "l'abonnement « Club des Fûts » (39 € par mois : trois échantillons et une masterclass vidéo) ;",
    "le parrainage (10 € offerts au parrain et au filleul) ;",
    "l'accès en avant-première aux sorties de single casks pour les meilleurs clients ;",
    "les invitations aux soirées du Chai et le tarif réduit sur les masterclasses ;",
    "les attentions personnalisées (mot manuscrit, échantillon glissé dans le colis, anniversaire de première commande)."])
p("Nous avons choisi de faire du Club des Fûts notre <i>programme de préférence</i> principal : nos concurrents en ont un, Dram Factory avec sa "
  "box à 45 € et Spirits Corner avec sa box trimestrielle, et nous ne pouvions pas être le seul acteur de la cartographie sans abonnement.")


# --------------------------------------------------------------------------------------
# Chapitre 3 — référencement naturel, architecture sémantique, liens, Google Ads, mesure
# --------------------------------------------------------------------------------------
ch("Être trouvé : référencement, liens sponsorisés et tableau de pilotage",
   "« Je cherchais “whisky tourbé pas trop cher” : premier résultat, et la fiche disait exactement ce que j'allais boire. »",
   "Avis client, Avis vérifiés, 3 février 2026 — 5/5")

sec("Un plan d'actions de référencement naturel hiérarchisé")
p("L'audit de janvier 2025, conduit avec Ahrefs, la Search Console et un crawl Screaming Frog{{Crawl de 14 200 adresses, dont 5 600 paramètres de filtres indexables, désindexés depuis.}}, a fait ressortir dix-sept chantiers. Nous les "
  "avons classés selon l'effet attendu sur les requêtes qui rapportent (cadeaux, coffrets, tourbé) et selon l'effort, en jours de Ker Digital "
  "ou en heures de rédaction. Les quatre premiers ont été traités en priorité au premier semestre.")
tab("Actions de référencement naturel classées par priorité (audit de janvier 2025)", [
    ["Rang", "Action", "Effet attendu", "Effort", "Statut février 2026"],
    ["1", "Corriger 1 300 fiches en double (variantes 50 cl / 70 cl indexées séparément)", "fort", "4 j Ker Digital", "fait (mars 2025)"],
    ["2", "Réécrire les titres et H1 des 60 catégories selon la matrice", "fort", "3 j rédaction", "fait (avril 2025)"],
    ["3", "Construire l'architecture sémantique « coffrets » et « tourbé »", "fort", "6 j + 20 articles", "fait en partie"],
    ["4", "Réduire le LCP mobile (3,9 s) : images WebP, chargement différé", "moyen", "3 j Ker Digital", "fait (LCP 2,2 s)"],
    ["5", "Réécrire 120 fiches produits (40 d'abord)", "moyen", "80 h rédaction", "40 faites"],
    ["6", "Données structurées Product et Review sur toutes les fiches", "moyen", "2 j Ker Digital", "fait"],
    ["7", "Obtenir des liens depuis des sites spécialisés", "moyen", "continu", "en cours"],
    ["8", "Fiche Google Business Profile du Chai (événements)", "faible", "2 h", "fait"],
    ["9", "Traduire le guide cadeaux en anglais", "faible", "—", "abandonné"],
], [0.8, 6.0, 1.6, 2.4, 2.8], fs=8.2)
p("Cinq objectifs de visibilité avaient été fixés en janvier 2025 pour l'année : augmenter de 30 % les clics Google hors marque ; placer 70 des 180 requêtes suivies dans le top 10 ; porter le taux de conversion global à 3,0 % ; atteindre 40 % de sessions issues de la recherche naturelle ; maintenir le coût par commande Google Ads sous 30 €.")
p("Quatre outils servent à mesurer le trafic et la visibilité : GA4 pour les sessions et les conversions, la Search Console pour les "
  "impressions, les clics et les positions moyennes, Ahrefs pour le suivi quotidien de 180 requêtes{{Les 180 requêtes représentent 61 % des clics non liés à la marque en 2024.}} et les liens entrants, Looker Studio "
  "pour assembler ces sources dans un tableau de pilotage unique.")
tab("Positions moyennes sur douze requêtes stratégiques (Search Console, moyenne mensuelle)", [
    ["Requête", "Volume mensuel", "Janvier 2025", "Janvier 2026", "Page positionnée"],
    ["whisky tourbé", "6 600", "18", "6", "catégorie Tourbés"],
    ["coffret dégustation whisky", "4 400", "24", "4", "Coffret Tourbé 5 × 3 cl"],
    ["cadeau whisky homme", "5 400", "31", "8", "guide « Quel whisky offrir ? »"],
    ["whisky breton", "2 900", "9", "3", "catégorie Bretagne"],
    ["whisky brut de fût", "1 300", "14", "5", "catégorie Brut de fût"],
    ["whisky sherry cask", "1 000", "22", "7", "article « Sherry cask : ce que le fût apporte »"],
    ["abonnement whisky", "1 600", "27", "9", "page Club des Fûts"],
    ["box whisky", "2 400", "19", "6", "page Club des Fûts"],
    ["whisky islay", "8 100", "35", "14", "catégorie Islay"],
    ["masterclass whisky", "880", "12", "2", "page Événements"],
    ["caviste whisky rennes", "720", "4", "1", "page Le Chai"],
    ["whisky 12 ans cadeau", "1 900", "hors top 50", "11", "sélection 12 ans"],
], [4.2, 2.0, 2.0, 2.0, 4.2], bold_first=True)

sec("La matrice des mots-clés")
p("La matrice a été construite en cinq temps. Nous avons d'abord recueilli le vocabulaire de nos clients : 2 740 conversations de chat et "
  "les 1 040 réponses de l'enquête, qui donnent des formulations comme « whisky qui sent la fumée » ou « whisky doux pour débuter ». Nous "
  "avons ensuite élargi ce vocabulaire avec Ahrefs et les suggestions Google, puis relevé les requêtes sur lesquelles nos quatre concurrents se "
  "positionnent. Chaque expression a été qualifiée par son volume, sa difficulté et son intention (information, comparaison, achat). Enfin, "
  "chaque expression a été affectée à une seule page, pour éviter que deux pages du site se concurrencent.")
p("Le contexte pèse sur les choix : comme caviste, nous ne pouvons pas viser les requêtes génériques « whisky » (difficulté 78{{Indice de difficulté Ahrefs, de 0 à 100, fondé sur les liens des dix premiers résultats.}}) tenues par les "
  "grandes surfaces et les places de marché ; nous visons des requêtes de conseil et de cadeau, des requêtes de caractère (tourbé, brut de fût, "
  "sherry cask) où notre expertise se voit, et des requêtes locales (« caviste whisky rennes », « dégustation whisky rennes ») qui servent le "
  "Chai. La matrice complète (64 expressions) est reproduite en annexe C ; chaque ligne y donne le volume mensuel, la difficulté, l'intention et la page cible.")

sec("L'architecture sémantique")
p("Nous appelons <i>architecture sémantique</i> l'organisation des pages en familles thématiques reliées entre elles par des liens dont le texte "
  "d'ancre décrit précisément la page de destination. Deux familles ont été construites : « tourbé » (une page mère, six pages filles) et "
  "« coffrets et cadeaux » (une page mère, cinq pages filles). Chaque page mère renvoie vers ses filles depuis le corps du texte, avec une "
  "ancre contextuelle (« nos single malts d'Islay au caractère iodé », et non « cliquez ici ») ; chaque fille remonte vers sa mère dans son "
  "introduction. Le détail des liens figure en annexe D. Les liens entre pages sœurs (par exemple de « tourbé doux » vers « tourbé brut de fût ») "
  "restent à définir.")

sec("Les liens entrants")
p("La recherche de liens a privilégié les sites qui nous envoient des visiteurs, et non la seule autorité : un lien qui n'apporte aucune visite "
  "n'apporte en général pas grand-chose d'autre. Le tableau suivant recense les partenaires qui ont fait un lien vers nous en 2025, avec le "
  "trafic qu'ils ont apporté.")
tab("Principaux sites partenaires faisant un lien vers Malt & Fût et visites apportées en 2025 (GA4, canal « referral »)", [
    ["Site", "Nature du lien", "Page liée", "Sessions 2025", "Commandes"],
    ["ledramdudimanche.fr (podcast)", "notes d'épisode", "catégorie Bretagne", "3 480", "71"],
    ["Fromagerie Le Gall Affinage", "page « Nos partenaires »", "coffret Tourbe et Comté", "1 920", "58"],
    ["blog « Carnets de malt » (amateur)", "article de dégustation", "Ardmór Peat Cask Strength", "1 410", "39"],
    ["Cadeaux d'Armor", "catalogue en ligne", "page entreprises", "1 260", "44"],
    ["Office de tourisme de Rennes", "agenda des sorties", "page Événements", "980", "12 (+ 64 places)"],
    ["Chocolaterie Kerhéol", "article accords", "page Le Chai", "640", "9"],
], [4.0, 2.8, 3.4, 1.8, 1.8], bold_first=True)
p("Côté mesure, le nombre de domaines référents suivi dans Ahrefs{{Domaines distincts faisant au moins un lien « dofollow » vers maltetfut.fr.}} est passé de 84 en janvier 2025 à 131 en janvier 2026.")
p("La progression globale du référencement naturel s'apprécie en additionnant l'ensemble des actions de l'année, sans chercher à "
  "attribuer chaque gain à une action précise.")
tab("Progression cumulée du référencement naturel, 2024 et 2025 (Search Console, GA4)", [
    ["Indicateur", "2024", "2025", "Évolution"],
    ["Clics depuis Google (hors marque)", "312 000", "468 000", "+50 %"],
    ["Impressions", "9,8 M", "15,1 M", "+54 %"],
    ["Requêtes en top 10 (suivi Ahrefs, 180 requêtes)", "41", "88", "+47 requêtes"],
    ["Position moyenne pondérée des 180 requêtes", "21,4", "11,8", "−9,6"],
    ["Sessions issues de la recherche naturelle", "426 000", "502 000", "+18 %"],
    ["CA attribué à la recherche naturelle", "352 k€", "430 k€", "+22 %"],
], [5.6, 2.4, 2.4, 2.4], bold_first=True)

sec("Les liens sponsorisés")
p("Les campagnes Google Ads sont structurées par intention, et non par produit. Le cadre de la loi Évin impose des annonces informatives : "
  "origine, degré, type de fût, prix et conditions de livraison, sans promesse d'ambiance.")
tab("Structure des campagnes Google Ads 2025", [
    ["Campagne", "Groupes d'annonces", "Mots-clés (correspondance)", "Page d'atterrissage", "Budget / jour"],
    ["Cadeaux", "cadeau homme ; cadeau père ; coffret", "[cadeau whisky homme], \"coffret whisky\", \"whisky à offrir\"", "guide « Quel whisky offrir ? », catégorie Coffrets", "120 € (déc. : 260 €)"],
    ["Caractère", "tourbé ; brut de fût ; sherry cask", "\"whisky tourbé\", [whisky brut de fût], \"whisky sherry\"", "catégories correspondantes", "45 €"],
    ["Club", "abonnement ; box", "[abonnement whisky], \"box whisky\"", "page Club des Fûts", "25 €"],
    ["Shopping", "par catégorie du flux", "flux de 1 140 produits, exclusions des ruptures", "fiches produits", "80 € (déc. : 180 €)"],
    ["Marque", "malt et fût", "[malt et fût], [maltetfut]", "accueil", "10 €"],
], [1.8, 3.0, 4.2, 3.4, 1.8], fs=8.1)
p("Les mots-clés négatifs écartent les intentions sans valeur pour nous : « gratuit », « recette », « cocktail », « distillerie emploi »{{Liste complète : 46 mots-clés négatifs au niveau du compte, revue chaque mois dans le rapport des termes de recherche.}}, "
  "« alambic », « fabriquer ». Chaque groupe renvoie vers la page qui répond exactement à la requête, jamais vers l'accueil. Trois annonces "
  "responsives ont été rédigées pour la campagne « Cadeaux » ; en voici les versions principales.")
tab("Annonces rédigées pour la campagne « Cadeaux » (titres / descriptions)", [
    ["Annonce", "Titres (30 caractères max.)", "Descriptions (90 caractères max.)"],
    ["A — Conseil", "Whisky à offrir : on vous guide | Caviste spécialiste depuis 2014 | Coffret et mot manuscrit", "Trois sélections par budget, notes de dégustation expliquées. Livraison avant Noël garantie."],
    ["B — Coffret", "Coffret dégustation whisky | 5 drams de 3 cl à 34,90 € | Tourbés d'Islay et de Bretagne", "Cinq single malts tourbés à découvrir. Expédié sous 24 h, emballage anti-casse."],
    ["C — Entreprise", "Cadeaux d'affaires whisky | Coffrets personnalisés | Facture unique, livraison groupée", "Dès 10 coffrets : étiquette à votre nom, devis sous 24 h. Conseil d'un ancien sommelier."],
], [2.0, 6.0, 6.0], fs=8.2)
p("Toutes les annonces renvoient vers des pages qui portent le message sanitaire{{« L'abus d'alcool est dangereux pour la santé, à consommer "
  "avec modération » figure en pied de chaque page du site.}} et le contrôle d'âge.")

sec("Les tableaux de suivi et leur lecture")
p("Pendant la campagne de Noël, le suivi est hebdomadaire ; le tableau ci-dessous reprend les sept semaines de la campagne « Cadeaux » et du "
  "Shopping réunis.")
tab("Suivi hebdomadaire Google Ads, campagnes « Cadeaux » et Shopping, novembre–décembre 2025", [
    ["Semaine", "Impressions", "Clics", "CPC moyen", "Coût", "Commandes", "CA HT", "Part d'impressions"],
    ["10–16 nov.", "182 000", "4 110", "0,71 €", "2 918 €", "118", "12 270 €", "64 %"],
    ["17–23 nov.", "214 000", "4 880", "0,74 €", "3 611 €", "142", "14 910 €", "61 %"],
    ["24–30 nov.", "268 000", "6 020", "0,83 €", "4 997 €", "171", "18 640 €", "58 %"],
    ["1–7 déc.", "301 000", "6 540", "1,02 €", "6 671 €", "198", "21 780 €", "52 %"],
    ["8–14 déc.", "322 000", "6 910", "1,31 €", "9 052 €", "226", "25 310 €", "47 %"],
    ["15–21 déc.", "246 000", "5 220", "1,44 €", "7 517 €", "167", "18 870 €", "49 %"],
    ["22–24 déc.", "58 000", "1 090", "1,18 €", "1 286 €", "21", "2 180 €", "55 %"],
    ["Total", "1 591 000", "34 770", "1,04 €", "36 052 €", "1 043", "113 960 €", "—"],
], [1.8, 1.7, 1.3, 1.4, 1.6, 1.6, 1.8, 1.9], fs=8.0)
p("La lecture de ce tableau porte sur trois dimensions. L'efficacité d'abord : le coût par commande passe de 24,7 € la première semaine à "
  "40,1 € la semaine du 8 décembre, sous l'effet de la hausse des enchères. La visibilité ensuite : notre part d'impressions recule de 64 % à "
  "47 % au moment où la demande culmine ; nous perdons des enchères faute de budget, ce que confirme la Search Console, où nos positions "
  "naturelles sur « coffret whisky » restent stables (5e) et compensent en partie. Le retour enfin : sur la campagne, 113 960 € de CA pour "
  "36 052 € de dépense, soit 3,16 € de CA par euro investi{{CA hors taxes et hors frais de port, attribution Google Ads basée sur les données, fenêtre de 30 jours.}} ; en marge brute (34 %), 38 750 € pour 36 052 €, un retour de 0,07 seulement sur la "
  "campagne de Noël. Le Shopping dégage l'essentiel de la marge ; la campagne « Cadeaux » en Search, prise seule, est déficitaire en décembre.")

sec("Les publications sur les réseaux sociaux")
p("Nous ne calculons pas de retour financier pour nos publications sociales : sous la loi Évin, sans lien d'achat ni offre commerciale dans "
  "les publications, leur effet sur les ventes est impossible à isoler des autres leviers.")

sec("Le choix des outils de mesure")
p("Chaque outil a été retenu pour répondre à une question précise, en évitant les doublons coûteux.")
tab("Outils de mesure : question traitée, raison du choix, limite", [
    ["Outil", "Question à laquelle il répond", "Raison du choix", "Limite connue"],
    ["GA4", "D'où viennent les visiteurs et que font-ils jusqu'à la commande ?", "gratuit, relié à Google Ads, événements e-commerce déjà posés par Ker Digital", "consentement : 22 % des visites non mesurées{{Estimation à partir de l'écart entre les commandes Sylius et les achats enregistrés dans GA4.}}"],
    ["Search Console", "Sur quelles requêtes sommes-nous vus et cliqués ?", "seule source fiable des impressions Google", "données agrégées, 16 mois d'historique"],
    ["Ahrefs", "Où en sont nos positions et nos liens face aux concurrents ?", "suivi quotidien et comparaison avec Dram Factory", "licence 129 $/mois"],
    ["Contentsquare", "Où les visiteurs hésitent-ils sur une page ?", "cartes de clics par zone, rejeu de sessions sur mobile", "échantillon de 30 % des sessions"],
    ["Looker Studio", "Comment partager une vue unique avec la direction ?", "connecteurs natifs GA4, Search Console, Google Sheets", "lenteur sur les gros volumes"],
], [2.2, 4.4, 4.6, 3.2], fs=8.2)
p("Les liens vers les tableaux de pilotage et les rapports sont recensés en annexe F.")

sec("Les indicateurs suivis")
p("Les indicateurs retenus suivent le parcours : venir, rester, commander, revenir. Chacun est commenté au regard de l'activité d'un caviste "
  "en ligne très saisonnier.")
tab("Indicateurs de performance retenus et commentaire (moyennes 2025)", [
    ["Indicateur", "Valeur 2025", "Commentaire"],
    ["Sessions mensuelles", "110 000", "la moyenne masque un rapport de 1 à 3 entre août et décembre ; on lit donc l'évolution d'une année sur l'autre"],
    ["Taux de rebond", "41 %", "élevé sur le guide cadeaux (52 %) : le visiteur trouve l'idée et part acheter ailleurs"],
    ["Temps moyen d'engagement", "2 min 34 s", "3 min 50 s sur les fiches réécrites : les notes de dégustation sont lues"],
    ["Temps de chargement (LCP mobile)", "2,2 s", "ramené de 3,9 s ; au-delà de 2,5 s la conversion mobile chute nettement"],
    ["Taux de conversion", "2,8 %", "mobile 2,1 %, ordinateur 4,0 % : l'écart est le principal gisement"],
    ["Chiffre d'affaires en ligne", "3,7 M€", "+16 % ; 41 % réalisé en novembre–décembre"],
    ["Taux d'abandon par étape", "voir table suivante", "mesuré étape par étape dans l'entonnoir GA4"],
], [3.6, 2.2, 8.2], bold_first=True)
tab("Abandon à chaque étape de l'entonnoir de commande, T4 2025 (exploration d'entonnoir GA4)", [
    ["Étape", "Sessions entrantes", "Abandon à l'étape", "Principale cause identifiée"],
    ["Panier", "61 200", "38 %", "frais de port découverts, comparaison de prix"],
    ["Identification / création de compte", "37 900", "19 %", "création de compte longue (9 champs)"],
    ["Adresse et livraison", "30 700", "14 %", "choix du transporteur, champ « société »"],
    ["Confirmation de l'âge", "26 400", "4 %", "date de naissance redemandée sur mobile"],
    ["Paiement", "25 300", "12 %", "lenteur du module de paiement fractionné, refus 3-D Secure"],
    ["Confirmation", "22 300", "—", "—"],
], [4.2, 2.4, 2.2, 5.2], bold_first=True)

sec("Retour sur investissement, objectifs et corrections")
p("Le retour sur investissement des deux grands leviers de visibilité a été calculé sur l'année 2025, en marge brute, selon la même méthode "
  "que le retour sur marge du premier chapitre{{Le calcul porte sur l'année entière ; il diffère donc du calcul restreint à la campagne de Noël présenté plus haut.}}.")
tab("Calcul du retour sur investissement du référencement naturel et des liens sponsorisés, 2025", [
    ["", "Référencement naturel", "Google Ads (toutes campagnes)"],
    ["Dépense (k€)", "28,0", "61,8"],
    ["CA attribué (k€)", "430", "334"],
    ["Marge brute à 34 % (k€)", "146,2", "113,6"],
    ["Marge nette de la dépense (k€)", "118,2", "51,8"],
    ["Retour (marge nette / dépense)", "4,2", "0,84"],
    ["Chiffre d'affaires par euro dépensé", "15,4 €", "5,4 €"],
], [5.2, 4.0, 4.0], bold_first=True)
p("Les objectifs fixés en janvier 2025 pour la visibilité étaient au nombre de cinq. Nous en faisons ici le bilan chiffré.")
tab("Bilan des objectifs de visibilité 2025", [
    ["Objectif 2025", "Cible", "Résultat", "Atteint ?"],
    ["Hausse des clics Google hors marque", "+30 %", "+50 %", "oui, largement"],
    ["Requêtes suivies en top 10", "70", "88", "oui"],
    ["Taux de conversion global", "3,0 %", "2,8 %", "non : le mobile freine"],
], [5.6, 2.4, 2.4, 3.6], bold_first=True)
p("Deux objectifs sur trois sont dépassés. La conversion reste en deçà, ce qui justifie que la simplification de l'entonnoir mobile soit "
  "la première action corrective.")
tab("Actions correctives hiérarchisées pour 2026", [
    ["Rang", "Action corrective", "Écart visé", "Effet attendu"],
    ["1", "Réduire la création de compte à 4 champs et autoriser la commande sans compte", "conversion mobile 2,1 %", "+0,3 point de conversion mobile"],
    ["2", "Afficher les frais de port et la date de livraison dès la fiche", "abandon panier 38 %", "−5 points d'abandon"],
    ["3", "Redéployer 15 % du budget Search « Cadeaux » vers le Shopping en décembre", "retour Ads 0,84", "retour supérieur à 1"],
    ["4", "Poursuivre la réécriture : 80 fiches restantes", "part du trafic naturel", "+4 points de trafic naturel"],
    ["5", "Lier les pages sœurs de l'architecture sémantique", "positions « whisky islay » (14e)", "entrée en top 10"],
], [0.8, 6.4, 3.0, 3.8])


# --------------------------------------------------------------------------------------
# Chapitre 4 — contenus, fiches produits, photo et vidéo, blog, entonnoir de commande
# --------------------------------------------------------------------------------------
ch("Des contenus qui font vendre : fiches, images et entonnoir de commande",
   "« Enfin une fiche qui dit si c'est un ex-bourbon ou un sherry cask, et à quel degré. J'ai commandé sans poser de question. »",
   "Avis client, Avis vérifiés, 22 janvier 2026 — 5/5")

sec("Le choix du studio de prises de vue")
p("Jusqu'en 2024, les photos de bouteilles venaient des distributeurs : fonds hétérogènes, reflets, étiquettes parfois anciennes. Pour les 140 "
  "références les plus vendues, nous avons fait appel à un studio de packshots. Trois devis ont été demandés en février 2025.")
p("Studio Lumen (Rennes) proposait 14 € par référence, soit 1 960 € HT pour le lot ; l'Atelier Packshot Ouest (Nantes) 19 €, soit 2 660 € ; un photographe indépendant de Saint-Brieuc, rencontré par Maëlle, 22 €, soit 3 080 €. Nous avons retenu Studio Lumen, le moins cher des trois.")

sec("La méthode de rédaction d'une fiche")
p("Maëlle et moi avons formalisé en mars 2025 une méthode de rédaction en six temps{{La méthode est consignée dans un guide de douze pages partagé sur le Drive de l'équipe.}}, appliquée depuis à toutes les fiches réécrites. Elle "
  "part de la matrice des mots-clés (chapitre 3) : chaque fiche reçoit une expression principale et deux ou trois expressions secondaires, "
  "qui doivent apparaître naturellement, jamais en liste.")
ul(["<b>Choisir l'expression</b> : pour le Glen Arvoch 12 ans, « whisky écossais 12 ans » (1 300 recherches) et, en secondaire, « single "
    "malt speyside » et « whisky doux à offrir ».",
    "<b>Placer l'expression principale</b> dans le titre de la page (balise title), le H1, la première phrase et le texte alternatif de la "
    "photo principale.",
    "<b>Écrire l'accroche</b> en deux phrases : ce que l'on boit, pour qui. « Un single malt du Speyside tout en rondeur, vieilli douze ans en "
    "fûts ex-bourbon : le whisky à offrir à qui découvre. »",
    "<b>Rédiger les notes de dégustation</b> (nez, bouche, finale) avec des mots concrets — miel de bruyère, poire cuite, vanille — et un "
    "repère de goût simple sur une échelle de tourbe de 0 à 5.",
    "<b>Ajouter le contexte</b> : la distillerie, le fût, le service conseillé, un accord mets (chocolat au lait, tarte Tatin).",
    "<b>Relire</b> avec l'outil de suivi de contenu d'Ahrefs pour vérifier la présence des expressions secondaires et la longueur (350 à 450 mots)."])
p("Les mêmes principes s'appliquent aux articles du carnet de dégustation, avec une expression d'information (« différence entre whisky "
  "tourbé et fumé ») au lieu d'une expression d'achat.")

sec("La page produit : méthode, mots-clés et éléments de décision")
p("Une page produit de spiritueux doit répondre à deux publics à la fois : l'initié qui veut des faits (degré, fût, âge, embouteilleur) et "
  "l'offreur de cadeau qui veut être rassuré (« va-t-il aimer ? », « sera-t-il livré à temps ? »). Nous avons donc organisé la fiche en trois "
  "niveaux : ce que l'on voit sans défiler, ce que l'on lit, ce qui rassure.")
tab("Ce que montre la fiche pour aider à choisir (modèle appliqué au Glen Arvoch 12 ans 70 cl)", [
    ["Zone", "Élément", "Exemple", "Rôle dans la décision"],
    ["Sans défiler", "titre avec expression principale, prix, degré, contenance", "Glen Arvoch 12 ans — 52 € — 43 % — 70 cl", "identifier le produit et le budget"],
    ["Sans défiler", "état du stock et date de livraison estimée", "« En stock — livré mardi 16 décembre »", "lever la peur du retard"],
    ["Sans défiler", "échelle de tourbe et profil", "tourbe 0/5 — doux, fruité", "rassurer l'offreur de cadeau"],
    ["Texte", "notes de dégustation nez / bouche / finale", "miel de bruyère, poire cuite ; finale moyenne, épicée", "se projeter dans le goût"],
    ["Texte", "fût et vieillissement", "ex-bourbon de premier remplissage, 12 ans", "répondre à l'initié"],
    ["Texte", "vidéo de nosing (45 s)", "Tanguy commente le nez, verre en main", "voir avant d'acheter"],
    ["Réassurance", "avis clients, emballage anti-casse, option coffret", "4,8/5 (214 avis)", "confiance et présentation"],
    ["Réassurance", "message sanitaire, contrôle d'âge", "pied de page et entrée du site", "obligation légale"],
], [2.2, 4.2, 4.6, 3.2], fs=8.2)

sec("Retouche des packshots et vidéo de nosing")
sub("Les packshots sous Lightroom")
p("Le studio livre des fichiers RAW ; la retouche est faite en interne dans Lightroom Classic{{Version 13, licence Creative Cloud Photographie de l'entreprise.}}, avec un préréglage commun pour que toutes les "
  "bouteilles aient le même rendu. La procédure suivie pour chaque série est la suivante :")
ul(["import du lot dans un catalogue « Packshots 2025 », renommage automatique au format <i>reference-contenance-vue</i> (par exemple "
    "glen-arvoch-12-70cl-face) ;",
    "application du préréglage « Fond blanc M&F » : balance des blancs à 5 200 K, exposition +0,35, blancs à +40 pour obtenir un fond pur ;",
    "correction de la perspective (outil Upright, vertical) pour redresser les bouteilles hautes ;",
    "retouche locale au pinceau sur l'étiquette (clarté +15) et au correcteur sur les reflets du studio ;",
    "recadrage au format carré 1:1, bouteille à 85 % de la hauteur ;",
    "export en WebP, 1 600 × 1 600 px, qualité 80 : 140 à 190 Ko par image, contre 1,2 Mo pour les JPEG d'origine."])
sub("La vidéo de nosing sous DaVinci Resolve")
p("La première vidéo de nosing, consacrée à l'Ardmór Peat Cask Strength, a été tournée au Chai avec un hybride Sony{{Sony A7 IV, objectif 50 mm, deux panneaux LED à 5 600 K.}} et montée dans DaVinci "
  "Resolve. Les étapes du montage :")
ul(["dérushage de 38 minutes de prises dans la page « Cut », sélection de six plans (verre, robe, nez, commentaire de Tanguy) ;",
    "montage sur la timeline de 45 secondes, rythme calé sur le commentaire, sans musique de fond ;",
    "étalonnage dans la page « Color » : correction de la dominante jaune de l'éclairage du Chai, puis un nœud pour saturer légèrement "
    "l'ambre du whisky ;",
    "titres et sous-titres incrustés (80 % des vidéos sont vues sans le son sur mobile), mention sanitaire en dernière image ;",
    "deux exports : 1 080 × 1 920 en H.264 à 8 Mb/s pour la fiche et les formats verticaux, 1 920 × 1 080 pour YouTube ; poids de 11 Mo pour "
    "la version fiche, chargée seulement au clic."])
p("Sur la fiche, la vidéo est remplacée par une vignette WebP de 40 Ko tant que le visiteur ne la lance pas, pour ne pas dégrader le "
  "temps de chargement mobile.")

sec("Les 40 fiches réécrites : mesure avant/après")
p("Le premier lot de 40 fiches réécrites (octobre–novembre 2025) a été mesuré sur les quatre semaines précédant la réécriture et sur les "
  "quatre semaines suivantes, en retirant le mois de décembre{{Fenêtres : 6 octobre–2 novembre et 3–30 novembre 2025 selon la date de publication de chaque fiche.}} pour ne pas confondre l'effet des fiches avec celui de Noël.")
tab("Intérêt des internautes pour les 40 fiches réécrites, quatre semaines avant et après", [
    ["Mesure (40 fiches)", "Avant", "Après", "Évolution"],
    ["Temps moyen d'engagement par vue", "1 min 12 s", "2 min 05 s", "+74 %"],
    ["Taux de défilement jusqu'aux notes de dégustation", "38 %", "61 %", "+23 points"],
    ["Lectures de la vidéo de nosing (6 fiches équipées)", "—", "1 140", "—"],
    ["Taux d'ajout au panier", "7,9 %", "10,6 %", "+2,7 points"],
    ["Commandes contenant une des 40 références", "1 210", "1 530", "+26 %"],
    ["Questions au chat sur ces références", "164", "97", "−41 %"],
], [5.6, 2.4, 2.4, 2.4], bold_first=True)
p("Sur les mêmes semaines, le site entier progresse de 8 % en commandes ; l'écart de dix-huit points est attribuable aux fiches. La baisse "
  "des questions au chat est un effet que nous n'attendions pas : les fiches répondent aux questions que les clients posaient à Soizic.")

sec("Le carnet de dégustation")
p("Le blog « Carnet de dégustation » accompagne les fiches. Il s'agit d'un WordPress installé par Ker Digital sur le sous-domaine "
  "carnet.maltetfut.fr en mai 2025 ; Maëlle y publie deux articles par mois (« Ex-bourbon ou sherry cask : ce que le fût change », « Cinq "
  "drams pour découvrir la tourbe »), chacun relié aux catégories correspondantes de la boutique.")

sec("L'entonnoir de commande")
p("Nous appelons <i>entonnoir de commande</i> la suite des étapes entre la fiche produit et la confirmation. Chaque étape a reçu en octobre "
  "2025 un objectif de passage à l'étape suivante, fondé sur les moyennes de 2025 et sur les attentes exprimées dans l'enquête.")
tab("Objectifs de passage par étape et événements GA4 associés", [
    ["Étape", "Événement GA4", "Passage T4 2025", "Objectif 2026", "Attente exprimée par les clients"],
    ["Fiche → panier", "view_item → add_to_cart", "9,8 %", "11 %", "connaître la date de livraison avant d'ajouter"],
    ["Panier → identification", "view_cart → begin_checkout", "62 %", "68 %", "voir les frais de port tout de suite"],
    ["Identification → livraison", "begin_checkout → add_shipping_info", "81 %", "88 %", "commander sans créer de compte"],
    ["Livraison → âge", "add_shipping_info → age_confirmed", "86 %", "90 %", "ne confirmer son âge qu'une fois"],
    ["Âge → paiement", "age_confirmed → add_payment_info", "96 %", "97 %", "—"],
    ["Paiement → confirmation", "add_payment_info → purchase", "88 %", "92 %", "un paiement rapide, y compris en 3 fois"],
], [3.0, 3.8, 1.8, 1.7, 4.2], fs=8.2)
p("L'entonnoir est vérifiable dans l'exploration « Entonnoir de commande » de GA4 (lien en annexe F), où chaque événement a été posé par Ker "
  "Digital et contrôlé avec l'outil de débogage{{DebugView de GA4, sur une commande test par moyen de paiement.}}. Contentsquare complète cette lecture par les parcours : l'analyse des parcours de novembre "
  "montre que 23 % des visiteurs mobiles qui quittent le panier reviennent d'abord sur la fiche pour chercher la date de livraison, ce qui "
  "rattache directement cet abandon à l'objectif « voir la date de livraison avant d'ajouter ». La carte des clics du panier montre aussi que "
  "le lien « Ajouter un mot manuscrit » est cliqué par 17 % des offreurs de cadeaux, contre 3 % des autres visiteurs.")
p("Quatre éléments perturbateurs ont été identifiés dans les rejeux de sessions et les données d'abandon :")
tab("Éléments perturbateurs de l'entonnoir et corrections", [
    ["Élément perturbateur", "Constat", "Correction"],
    ["Date de naissance redemandée à chaque étape sur mobile", "cookie du contrôle d'âge perdu entre le panier et la livraison sous iOS", "corrigée en janvier 2026 : vérification conservée pour la session"],
    ["Frais de port affichés seulement à l'étape « livraison »", "38 % d'abandon au panier, retours fréquents vers la fiche", "corrigée en janvier 2026 : estimation affichée dans le panier"],
    ["Champ « société » obligatoire dans le formulaire d'adresse", "particuliers bloqués, 2,1 % d'erreurs de formulaire", "—"],
    ["Module Alma lent à s'afficher (2,4 s)", "clics répétés sur « payer », doubles tentatives", "—"],
], [4.4, 5.0, 4.6], bold_first=True)


# --------------------------------------------------------------------------------------
# Chapitre 5 — cahier des charges, cadre juridique, équipe, stock, préparation, transport
# --------------------------------------------------------------------------------------
ch("Piloter le projet, l'équipe et la chaîne logistique",
   "« Bouteille arrivée intacte, calée comme un objet d'art. Le livreur m'a demandé une signature : c'est rassurant pour un cadeau à ce prix. »",
   "Avis client, Avis vérifiés, 9 janvier 2026 — 5/5")

sec("Le cahier des charges « Refonte du Club »")
p("Le Club des Fûts fonctionne aujourd'hui avec des moyens de fortune : abonnements gérés dans Stripe Billing, choix des échantillons par "
  "tableur, vidéos hébergées sur une chaîne YouTube non répertoriée. Pour tenir l'objectif de 1 000 abonnés, il fallait une vraie fonction "
  "d'abonnement dans Sylius. J'ai rédigé en janvier et février 2026 le cahier des charges de cette refonte, selon le plan suivant :")
ul(["1. Contexte et enjeux : le Club en chiffres (480 abonnés, désabonnement mensuel de 6,8 %{{Moyenne de septembre 2025 à janvier 2026, calculée sur les abonnés payants au premier jour du mois.}}), la concurrence des box ;",
    "2. Objectifs généraux, spécifiques et techniques ;",
    "3. Périmètre : ce qui est inclus (espace abonné, paiement récurrent, choix du trio, masterclass vidéo) et exclu (application mobile) ;",
    "4. Parcours utilisateurs : souscription, pause, changement de formule, résiliation, cadeau d'abonnement ;",
    "5. Spécifications fonctionnelles détaillées, écran par écran ;",
    "6. Contraintes : loi Évin, contrôle d'âge, compatibilité Sylius 1.13{{La migration vers Sylius 2 est hors périmètre et fera l'objet d'un projet distinct.}}, accessibilité ;",
    "7. Directives de la direction ;",
    "8. Planning et jalons de recette ;",
    "9. Critères de recette et indicateurs de succès ;",
    "10. Annexes : maquettes, exemples de box, statistiques Stripe."])
tab("Objectifs du projet « Refonte du Club », par niveau", [
    ["Niveau", "Objectif", "Indicateur de réussite"],
    ["Général", "faire du Club un revenu récurrent qui lisse la saisonnalité", "1 000 abonnés au 31 décembre 2026"],
    ["Général", "fidéliser les nouveaux clients de Noël", "15 % des clients de décembre abonnés sous 60 jours"],
    ["Spécifique", "permettre la pause d'un à trois mois sans résiliation", "désabonnement mensuel sous 5 %"],
    ["Spécifique", "laisser l'abonné choisir un dram sur trois chaque mois", "60 % des abonnés votent"],
    ["Spécifique", "vendre l'abonnement en cadeau (3, 6 ou 12 mois)", "200 abonnements cadeaux à Noël 2026"],
    ["Technique", "gérer l'abonnement dans Sylius avec Stripe Billing (webhooks)", "zéro saisie manuelle mensuelle"],
    ["Technique", "servir les masterclasses en vidéo privée dans l'espace abonné", "chargement inférieur à 2 s sur mobile"],
    ["Technique", "exporter chaque mois la liste de préparation vers l'entrepôt", "fichier prêt le 25 de chaque mois"],
], [2.2, 6.8, 5.0], bold_first=True)
p("La partie « Directives » reprend les consignes de la direction. La principale vient de Gwénaël : pas de marketplace. Le Club doit rester "
  "une sélection de Malt & Fût ; il n'est pas question d'ouvrir l'espace abonné à des vendeurs tiers ni à des box de marques extérieures, même "
  "rémunératrices. Les autres consignes portent sur la charte graphique, le respect de la loi Évin dans les vidéos et la mise en service avant "
  "le 1er septembre 2026, pour préparer la saison des cadeaux.")

sec("Le prestataire de développement")
p("Pour la réalisation, nous n'avons pas lancé de consultation : Ker Digital est sous contrat-cadre et connaît notre installation Sylius. Le "
  "cahier des charges lui a été transmis le 16 février 2026 ; le chiffrage est attendu pour mars.")

sec("Le cadre juridique du site")
p("J'ai vérifié en décembre 2025 la page des mentions légales : dénomination et forme sociale, capital de 120 000 €, siège, numéro RCS de "
  "Rennes, numéro de TVA intracommunautaire, nom du directeur de la publication (Gwénaël Le Bihan), coordonnées de l'hébergeur (OVHcloud, "
  "Roubaix), numéro de la licence de vente à emporter, message sanitaire. Le lien est présent dans le pied de chaque page, y compris dans "
  "l'entonnoir de commande, où il manquait jusqu'en novembre{{Le gabarit des pages de commande de Sylius n'affichait pas le pied de page "
  "complet ; Ker Digital l'a corrigé le 27 novembre 2025.}}.")
p("Les conditions générales de vente ont été relues point par point au regard de notre activité ; le tableau ci-dessous résume les clauses "
  "analysées et les modifications proposées.")
tab("Analyse des conditions générales de vente (version du 1er septembre 2025)", [
    ["Clause", "Constat", "Proposition"],
    ["Vente aux majeurs", "l'âge est déclaré à l'entrée et à la commande", "rappeler que le transporteur peut refuser la remise en l'absence de justificatif"],
    ["Droit de rétractation", "14 jours, retour aux frais du client", "préciser l'exclusion des bouteilles gravées ou personnalisées"],
    ["Casse et avaries", "réserves à formuler « dans les meilleurs délais »", "délai de 48 h, photo du colis, remplacement à nos frais"],
    ["Zone de livraison", "« France et Europe »", "limiter à la France métropolitaine, Belgique et Luxembourg"],
    ["Club des Fûts", "résiliation par courrier", "résiliation en ligne en trois clics, pause possible"],
    ["Événements", "absence de clause d'annulation", "remboursement jusqu'à 72 h avant la soirée"],
], [3.0, 5.2, 5.8], bold_first=True)
p("La version annotée des conditions, avec les formulations exactes proposées, figure en annexe.")
p("Côté données personnelles, la bannière de consentement a été revue en octobre 2025 selon les recommandations de la CNIL sur les "
  "traceurs : bouton « Tout refuser » au même niveau que « Tout accepter », aucun traceur de mesure publicitaire déposé avant le choix, "
  "consentement redemandé au bout de six mois, durée de vie des cookies limitée à treize mois, et page « Gérer mes choix » accessible en pied "
  "de page. Le taux d'acceptation est passé de 84 % à 78 %, ce qui explique une part des visites que GA4 ne mesure plus.")

sec("L'équipe : réunions et indicateurs")
p("Le <i>point du lundi</i> réunit à 9 h 30 Maëlle, Tanguy, Soizic et Loïc pendant quarante-cinq minutes. Ses objectifs sont écrits en tête "
  "de chaque compte rendu : arbitrer les priorités de la semaine, lever les blocages entre le site, le service client et l'entrepôt, et "
  "vérifier l'avancement des chantiers du plan de conquête. L'ordre du jour est fixe : chiffres de la semaine écoulée (dix minutes), "
  "chantiers en cours (vingt minutes), problèmes clients remontés par Soizic (dix minutes), décisions (cinq minutes).")
p("Pour le suivi de la production de l'équipe, deux séries d'indicateurs individuels sont tenues chaque semaine (annexe E) : pour les "
  "préparateurs, le nombre de lignes préparées par heure, le taux d'erreur et le nombre de colis ; pour le chat, le nombre de conversations "
  "traitées, le délai de première réponse et la satisfaction. En décembre, les trois préparateurs ont tenu une moyenne de 74 lignes par heure "
  "pour un taux d'erreur de 0,3 %, et Soizic a traité 1 610 conversations avec une satisfaction de 4,7/5.")

sec("Le stock")
p("Depuis 2022, Malt & Fût possède six fûts qui vieillissent dans un chai de la région du Speyside, sous la garde d'un entrepositaire "
  "écossais{{Les fûts restent sous douane en Écosse ; aucun droit n'est dû avant leur mise en bouteille et leur importation.}} : deux ex-bourbon de 2018, trois sherry casks de 2019 et un fût de porto de 2020. Ils sont destinés aux futurs embouteillages "
  "maison, sur le modèle du Single Cask n° 7 (280 bouteilles) ; un échantillon de chaque fût nous est envoyé tous les six mois pour décider du "
  "moment de la mise en bouteille.")
p("Le stock commercial, lui, est à Rennes. Il compte 1 440 références actives et environ 21 000 bouteilles en pic de novembre. Il est organisé "
  "par <i>classe de rotation</i> : les références qui sortent le plus sont placées au plus près du poste d'emballage.")
tab("Organisation du stock par classe de rotation (inventaire d'octobre 2025)", [
    ["Classe", "Références", "Part des sorties", "Emplacement", "Réapprovisionnement"],
    ["A", "140", "64 %", "rayonnage dynamique, à 8 m du poste d'emballage", "hebdomadaire, stock de sécurité de 3 semaines"],
    ["B", "380", "27 %", "étagères de picking, allées 3 à 6", "bimensuel"],
    ["C", "920", "9 %", "étagères hautes, allées 7 à 11", "à la commande, certaines en flux tendu fournisseur"],
    ["Valeur (plus de 300 €)", "64", "2 % des sorties, 11 % du CA", "cage grillagée fermée à clé", "à l'unité, contrôle de Loïc"],
], [2.4, 1.6, 2.6, 4.2, 3.6], bold_first=True)
p("La traçabilité repose sur le numéro de lot de l'embouteilleur, saisi à la réception pour chaque carton et rattaché à l'emplacement. Pour les "
  "embouteillages numérotés, comme le Single Cask n° 7, chaque bouteille est suivie individuellement : le numéro (de 1 à 280) est scanné à "
  "l'expédition et enregistré sur la commande, ce qui permet de répondre à un rappel ou à une réclamation. Les contrôles varient selon le type "
  "de commande :")
tab("Contrôles appliqués par type de traitement", [
    ["Type de commande", "Contrôles", "Pourquoi"],
    ["Commande standard", "scan de chaque bouteille contre la commande, pesée du colis (écart toléré 3 %)", "erreur de référence ou de contenance"],
    ["Coffret cadeau avec mot manuscrit", "relecture du message par un second préparateur, absence de prix dans le colis", "un cadeau ne pardonne pas l'erreur"],
    ["Commande entreprise (plus de 10 coffrets)", "liste de colisage signée, étiquettes personnalisées vérifiées sur un premier exemplaire", "volumes et personnalisation"],
    ["Box du Club", "contrôle des lots d'échantillons 3 cl (date de remplissage), pesée", "traçabilité des flacons reconditionnés"],
    ["Bouteille de plus de 300 €", "sortie de cage par Loïc, photo du colis fermé, numéro de bouteille enregistré", "valeur et litiges de casse"],
], [3.6, 6.2, 4.2], bold_first=True)

sec("Le traitement des commandes et le stockage")
p("En 2024, une commande passait par dix étapes entre son arrivée et son expédition. L'étude des gestes, chronométrée sur deux journées de "
  "décembre{{Relevés des 9 et 10 décembre 2024 sur 212 commandes, puis des 8 et 9 décembre 2025 sur 236 commandes.}}, a permis d'en supprimer trois.")
tab("Étapes du traitement d'une commande, avant et après réorganisation", [
    ["Avant (10 étapes)", "Après (7 étapes)"],
    ["1. Impression du bon de commande", "1. Vague de préparation éditée par Sylius, triée par emplacement"],
    ["2. Lecture du bon et recherche de l'emplacement", "(supprimée : l'emplacement figure sur la liste)"],
    ["3. Prélèvement des bouteilles", "2. Prélèvement au scanner"],
    ["4. Contrôle visuel au poste", "3. Contrôle par scan au poste d'emballage"],
    ["5. Pesée et ressaisie du poids", "(supprimée : la balance transmet le poids)"],
    ["6. Choix manuel du transporteur", "(supprimée : règle automatique selon poids, valeur et destination)"],
    ["7. Emballage et calage", "4. Emballage et calage alvéolé"],
    ["8. Impression de l'étiquette", "5. Impression de l'étiquette"],
    ["9. Dépôt en zone d'expédition", "6. Dépôt en zone d'expédition par transporteur"],
    ["10. Envoi manuel du mail d'expédition", "7. Mail d'expédition automatique au scan de l'étiquette"],
], [1, 1], fs=8.4)
p("Le temps moyen de traitement est passé de 6 min 40 s à 4 min 10 s par commande, ce qui a permis d'absorber le pic de décembre (1 480 "
  "commandes le 15 décembre) sans intérimaire supplémentaire.")
p("Les solutions de stockage ont suivi la même logique. Les références de classe A sont sur un <i>rayonnage dynamique</i> à rouleaux, chargé "
  "par l'arrière et prélevé par l'avant : la première bouteille entrée est la première sortie, ce qui compte pour les coffrets à échantillons "
  "dont les flacons sont datés. Les classes B et C sont sur des étagères de picking à hauteur d'homme, avec des bacs compartimentés pour "
  "éviter le contact verre contre verre. Les bouteilles de plus de 300 € sont dans une cage grillagée fermée à clé, dont seuls Loïc et moi "
  "avons la clé. Les palettes de réassort restent sur des racks classiques en fond d'entrepôt.")

sec("Le transport")
p("Nous travaillons avec Colissimo et DPD, et depuis 2025 avec un coursier à vélo pour Rennes. Le tableau classe les offres utilisées selon "
  "le coût d'un colis type (une bouteille de 70 cl, 1,8 kg emballée) et les émissions déclarées par les transporteurs{{Valeurs issues des attestations d'émissions fournies par Colissimo et DPD pour 2025 ; le coursier déclare des livraisons sans motorisation.}}.")
tab("Offres de transport classées par coût et par émissions (colis type 1,8 kg, tarifs 2025)", [
    ["Rang", "Offre", "Coût HT", "Émissions (g CO₂e / colis)", "Usage"],
    ["1", "Coursier à vélo « Roule Ma Poule Rennes »", "5,90 €", "≈ 0", "Rennes intra-rocade, remise signée"],
    ["2", "DPD Relais", "6,10 €", "210", "offre par défaut hors Rennes"],
    ["3", "Colissimo point retrait", "6,45 €", "230", "alternative relais"],
    ["4", "DPD Predict (domicile, créneau d'une heure)", "7,80 €", "340", "cadeaux et colis de valeur"],
    ["5", "Colissimo domicile contre signature", "8,95 €", "370", "bouteilles de plus de 300 €, entreprises"],
], [0.8, 4.6, 1.6, 2.6, 4.4])
p("La satisfaction sur la livraison est mesurée par un questionnaire envoyé deux jours après la remise. Au quatrième trimestre 2025, 1 212 "
  "clients ont répondu{{Taux de réponse de 11 % ; question « Recommanderiez-vous notre livraison à un proche ? » notée de 0 à 10.}} : le score de recommandation net sur la livraison s'établit à 68, contre 59 un an plus tôt. Les détracteurs citent d'abord "
  "le délai Colissimo en décembre (41 % des commentaires négatifs), puis l'absence de créneau en point relais ; la casse ne représente plus "
  "que 6 % des motifs.")


un("Conclusion")
for t in CONCLUSION:
    p(t)
un("Bibliographie")
C.append(("biblio", BIBLIO))


# --------------------------------------------------------------------------------------
# Annexes A à F
# --------------------------------------------------------------------------------------
annex("A", "Enquête clients et prospects (n = 1 040)")
p0("Questionnaire en ligne diffusé du 8 au 26 septembre 2025 auprès de la base clients (lien dans la newsletter) et de visiteurs du site "
   "(fenêtre après 90 secondes de navigation). 1 040 réponses complètes, dont 812 clients et 228 prospects. Durée médiane : 6 min 20 s. "
   "Un bon de 5 € était offert à la fin du questionnaire.")
tab("Annexe A — Résultats des trois questions principales", [
    ["Question et réponse", "Effectif", "Part"],
    ["<b>Pour qui achetez-vous le plus souvent ? (n = 1 040)</b>", "", ""],
    ["Pour moi-même", "432", "41,5 %"],
    ["Pour offrir à un proche", "478", "46,0 %"],
    ["Pour offrir dans un cadre professionnel", "62", "6,0 %"],
    ["Je découvre, je ne sais pas encore", "68", "6,5 %"],
    ["<b>Ce qui vous ferait renoncer à un achat (offreurs de cadeaux, n = 478, plusieurs réponses)</b>", "", ""],
    ["Peur de mal choisir pour quelqu'un d'autre", "296", "62 %"],
    ["Date de livraison incertaine", "243", "51 %"],
    ["Risque de casse", "172", "36 %"],
    ["Prix trop élevé", "139", "29 %"],
    ["Frais de port", "134", "28 %"],
    ["Paiement en une seule fois", "57", "12 %"],
    ["<b>Intérêt pour un abonnement de découverte (non-abonnés, n = 962)</b>", "", ""],
    ["Très intéressé", "118", "12,3 %"],
    ["Plutôt intéressé", "287", "29,8 %"],
    ["Pas intéressé : je préfère une bouteille entière", "251", "26,1 %"],
    ["Pas intéressé : l'engagement mensuel me freine", "231", "24,0 %"],
    ["Sans avis", "75", "7,8 %"],
], [7.0, 1.6, 1.6])
p0("Lecture : les réticences des offreurs de cadeaux portent davantage sur le choix et la livraison que sur le prix. Parmi les non-abonnés, "
   "42 % se disent intéressés par un abonnement de découverte, mais près d'un quart citent l'engagement mensuel comme frein, ce qui a conduit "
   "à prévoir la pause d'abonnement dans le cahier des charges du Club.")

annex("B", "Transcriptions de deux conversations du chat")
p0("Conversations exportées de Zendesk, reproduites sans modification hormis l'anonymisation des clients. Horaires en heure de Paris.")
C.append(("h3x", "B.1 — Conversation aboutie : coffret cadeau de 320 € (12 décembre 2025)"))
mono_lines([
    "18:42 Visiteur — Bonjour, je cherche un cadeau pour mon père, 65 ans, il aime le whisky mais je n'y connais rien. Budget autour de 300 €.",
    "18:42 Soizic (Malt & Fût) — Bonsoir ! Avec plaisir. Savez-vous ce qu'il boit d'habitude ? Une marque, une bouteille vue chez lui ?",
    "18:44 Visiteur — Il a un Talisker sur son bar je crois, et il dit toujours qu'il aime « quand ça sent le feu de bois ».",
    "18:45 Soizic (Malt & Fût) — Alors il aime la tourbe. Je vous propose de composer un coffret : l'Ardmór Peat Cask Strength (84 €), brut de fût, très fumé, et notre Single Cask n° 7 (129 €), plus rond, vieilli en sherry cask.",
    "18:47 Visiteur — Le Single Cask, c'est quoi exactement ?",
    "18:48 Soizic (Malt & Fût) — C'est un seul fût, mis en bouteille par nous : 280 bouteilles numérotées. Il ne sera jamais refait, c'est ce qui plaît aux amateurs.",
    "18:49 Visiteur — Parfait. Il me reste environ 100 €.",
    "18:50 Soizic (Malt & Fût) — Le Menhir Single Malt breton 8 ans (58 €) pour la touche locale, et le Coffret Tourbé 5 × 3 cl (34,90 €) pour qu'il compare. Avec l'étui bois et le mot manuscrit, vous êtes à 320,70 €.",
    "18:53 Visiteur — Il sera là avant le 20 ? On fête Noël en avance.",
    "18:53 Soizic (Malt & Fût) — Oui : commande ce soir, expédition demain en Colissimo contre signature, livraison prévue mardi 16.",
    "18:58 Visiteur — C'est commandé, merci beaucoup !",
    "18:58 Soizic (Malt & Fût) — Merci à vous, bonne dégustation à votre père (avec modération) !",
])
C.append(("h3x", "B.2 — Conversation non aboutie : livraison en Suisse (3 décembre 2025)"))
mono_lines([
    "20:11 Visiteur — Bonsoir, je suis à Lausanne. Vous livrez en Suisse ? Je voudrais le Glen Arvoch 12 ans et le coffret tourbé.",
    "20:12 Soizic (Malt & Fût) — Bonsoir, merci pour votre message. Malheureusement, nous ne livrons pas en Suisse : les formalités de douane et d'accise rendent l'envoi impossible à un prix raisonnable.",
    "20:13 Visiteur — Même en payant les frais ? J'ai un compte chez un transitaire.",
    "20:15 Soizic (Malt & Fût) — Je comprends. Nous ne pouvons pas expédier vers un transitaire hors Union européenne. Si vous passez par la France, nous pouvons livrer une adresse française ou un point relais, par exemple à Annemasse ou à Pontarlier.",
    "20:17 Visiteur — Je ne passe pas la frontière avant janvier. Tant pis.",
    "20:17 Soizic (Malt & Fût) — Je suis désolée. Je vous laisse le lien de notre newsletter : nous vous préviendrons si nous ouvrons la Suisse.",
    "20:18 Visiteur — Merci, bonne soirée.",
])

annex("C", "Matrice des mots-clés (64 expressions)")
KW = [
    # expression, volume, difficulté, intention, page cible
    ("whisky islay", 8100, 44, "comparaison", "catégorie Islay"), ("whisky tourbé", 6600, 38, "comparaison", "catégorie Tourbés"),
    ("cadeau whisky homme", 5400, 34, "comparaison", "guide cadeaux"), ("coffret dégustation whisky", 4400, 21, "achat", "Coffret Tourbé"),
    ("coffret whisky", 3600, 29, "achat", "catégorie Coffrets"), ("whisky breton", 2900, 17, "comparaison", "catégorie Bretagne"),
    ("box whisky", 2400, 14, "achat", "Club des Fûts"), ("whisky 12 ans cadeau", 1900, 19, "achat", "sélection 12 ans"),
    ("abonnement whisky", 1600, 12, "achat", "Club des Fûts"), ("whisky écossais 12 ans", 1300, 26, "comparaison", "Glen Arvoch 12 ans"),
    ("whisky brut de fût", 1300, 15, "comparaison", "catégorie Brut de fût"), ("idée cadeau whisky", 1300, 27, "comparaison", "guide cadeaux"),
    ("whisky sherry cask", 1000, 16, "information", "article sherry cask"), ("whisky fumé", 1000, 22, "comparaison", "catégorie Tourbés"),
    ("masterclass whisky", 880, 9, "achat", "page Événements"), ("single malt breton", 880, 11, "comparaison", "Menhir 8 ans"),
    ("coffret whisky entreprise", 720, 8, "achat", "page entreprises"), ("caviste whisky rennes", 720, 4, "achat local", "page Le Chai"),
    ("mignonettes whisky", 720, 10, "achat", "Coffret Tourbé"), ("whisky à offrir", 720, 25, "comparaison", "guide cadeaux"),
    ("whisky tourbé pas cher", 590, 13, "achat", "catégorie Tourbés"), ("dégustation whisky rennes", 590, 6, "achat local", "page Le Chai"),
    ("whisky ex bourbon", 480, 12, "information", "article ex-bourbon"), ("cadeau fête des pères whisky", 480, 18, "achat", "guide cadeaux"),
    ("whisky doux pour débuter", 480, 14, "comparaison", "sélection découverte"), ("single malt speyside", 480, 20, "comparaison", "catégorie Speyside"),
    ("whisky single cask", 390, 11, "comparaison", "Single Cask n° 7"), ("box dégustation mensuelle", 390, 9, "achat", "Club des Fûts"),
    ("whisky cask strength", 390, 17, "comparaison", "catégorie Brut de fût"), ("soirée whisky rennes", 320, 3, "achat local", "page Événements"),
    ("cadeau d'affaires whisky", 320, 7, "achat", "page entreprises"), ("whisky finish sherry", 320, 12, "information", "article sherry cask"),
    ("coffret découverte whisky", 320, 16, "achat", "Coffret Tourbé"), ("différence whisky tourbé et fumé", 260, 8, "information", "article tourbe"),
    ("whisky de bretagne", 260, 10, "comparaison", "catégorie Bretagne"), ("ardmór peat cask strength", 260, 3, "achat", "fiche Ardmór"),
    ("verre dégustation whisky", 260, 22, "achat", "catégorie Accessoires"), ("cours whisky rennes", 210, 2, "achat local", "page Événements"),
    ("whisky tourbé doux", 210, 9, "comparaison", "sélection tourbé doux"), ("whisky port cask", 210, 10, "information", "article fûts de vin"),
    ("coffret whisky personnalisé", 210, 11, "achat", "page entreprises"), ("whisky 70 cl cadeau", 170, 15, "achat", "guide cadeaux"),
    ("nosing whisky", 170, 5, "information", "article nosing"), ("glen arvoch 12 ans", 170, 2, "achat", "fiche Glen Arvoch"),
    ("menhir single malt", 170, 2, "achat", "fiche Menhir 8 ans"), ("whisky japonais cadeau", 170, 24, "comparaison", "catégorie Japon"),
    ("whisky rare à offrir", 140, 13, "comparaison", "sélection éditions limitées"), ("livraison whisky rapide", 140, 12, "achat", "page Livraison"),
    ("accord fromage whisky", 140, 6, "information", "article accords"), ("accord chocolat whisky", 140, 6, "information", "article accords"),
    ("burns night whisky", 110, 4, "information", "article Burns Night"), ("whisky de noël", 110, 15, "comparaison", "guide cadeaux"),
    ("whisky pour débutant", 110, 16, "comparaison", "sélection découverte"), ("whisky lowlands", 110, 9, "comparaison", "catégorie Lowlands"),
    ("comment déguster un whisky", 110, 18, "information", "article dégustation"), ("échantillon whisky 3 cl", 90, 5, "achat", "catégorie Échantillons"),
    ("whisky embouteillage indépendant", 90, 7, "information", "article embouteilleurs"), ("whisky iodé", 90, 8, "comparaison", "catégorie Islay"),
    ("whisky tourbé brut de fût", 70, 6, "comparaison", "sélection tourbé brut de fût"), ("caviste spiritueux en ligne", 70, 21, "achat", "accueil"),
    ("dram whisky", 70, 4, "information", "article vocabulaire"), ("whisky fût de sherry", 70, 9, "comparaison", "catégorie Sherry cask"),
    ("coffret whisky islay", 50, 5, "achat", "Coffret Tourbé"), ("abonnement whisky cadeau", 50, 4, "achat", "Club des Fûts"),
]
assert len(KW) == 64
tab("Annexe C — Matrice complète des mots-clés (volumes mensuels Ahrefs, France, septembre 2025)",
    [["Expression", "Volume", "Difficulté", "Intention", "Page cible"]] +
    [[k, fmt(v), str(d), i, pg] for k, v, d, i, pg in KW], [5.0, 1.4, 1.5, 2.2, 4.2], fs=7.6)

annex("D", "Liens internes de l'architecture sémantique")
LINKS = [
    ("Tourbés (mère)", "Islay", "nos single malts d'Islay au caractère iodé"),
    ("Tourbés (mère)", "Tourbé doux", "des whiskies légèrement fumés pour débuter"),
    ("Tourbés (mère)", "Tourbé brut de fût", "les tourbés brut de fût, à allonger d'une goutte d'eau"),
    ("Tourbés (mère)", "Bretagne tourbée", "le whisky breton tourbé, entre landes et embruns"),
    ("Tourbés (mère)", "Coffret Tourbé 5 × 3 cl", "comparer cinq tourbés en 3 cl"),
    ("Tourbés (mère)", "article « Tourbé ou fumé ? »", "la différence entre tourbé et fumé"),
    ("Coffrets et cadeaux (mère)", "Coffrets dégustation", "nos coffrets de dégustation à offrir"),
    ("Coffrets et cadeaux (mère)", "Whisky à offrir moins de 60 €", "un whisky à offrir pour moins de 60 €"),
    ("Coffrets et cadeaux (mère)", "Éditions limitées", "une édition limitée pour marquer le coup"),
    ("Coffrets et cadeaux (mère)", "Cadeaux d'entreprise", "des coffrets personnalisés pour vos clients"),
    ("Coffrets et cadeaux (mère)", "Club des Fûts en cadeau", "offrir trois mois de dégustation"),
]
tab("Annexe D — Liens de la page mère vers les pages filles et liens entre pages sœurs", [["Page mère", "Page fille", "Ancre contextuelle (lien descendant)", "Retour vers la mère", "Liens vers les sœurs"]] +
    [[a, b, "« %s »" % c, "oui, dans l'introduction", "à définir"] for a, b, c in LINKS], [3.2, 3.4, 4.8, 2.4, 1.8], fs=7.8)

annex("E", "Indicateurs de l'équipe (décembre 2025)")
tab("Annexe E — Préparation de commandes, moyennes hebdomadaires de décembre 2025", [
    ["Préparateur", "Lignes préparées / heure", "Colis expédiés / semaine", "Taux d'erreur", "Casse signalée"],
    ["Yannick", "79", "1 210", "0,2 %", "1"],
    ["Morgane", "76", "1 160", "0,3 %", "0"],
    ["Erwan (arrivé en septembre)", "67", "1 020", "0,5 %", "2"],
    ["Moyenne", "74", "1 130", "0,3 %", "—"],
], [4.0, 2.6, 2.6, 2.0, 2.0])
tab("Annexe E — Chat, décembre 2025", [
    ["Conseiller", "Conversations", "Délai médian de 1re réponse", "Satisfaction", "Conversations par heure de présence"],
    ["Soizic Hamon", "1 610", "41 s", "4,7/5", "6,8"],
    ["Renfort saisonnier", "520", "1 min 04 s", "4,6/5", "5,1"],
], [3.6, 2.2, 3.0, 2.0, 3.4])

annex("F", "Liens vers les tableaux de pilotage et rapports")
tab("Annexe F — Liens recensés (février 2026)", [
    ["N°", "Outil", "Objet", "Adresse", "Accès"],
    ["1", "Looker Studio", "Tableau de pilotage mensuel (CA, conversion, canaux)", "https://lookerstudio.google.com/reporting/7c1f-maltetfut-pilotage", "lien de partage en lecture"],
    ["2", "Looker Studio", "Tableau de campagne « Noël des Drams »", "https://lookerstudio.google.com/reporting/a93e-noel-des-drams-2025", "lien de partage en lecture"],
    ["3", "GA4", "Exploration « Entonnoir de commande »", "https://analytics.google.com/analytics/web/#/p318204455/explorer", "compte invité jury"],
    ["4", "Search Console", "Rapport de performances, requêtes hors marque", "https://search.google.com/search-console/performance?resource_id=sc-domain:maltetfut.fr", "compte invité jury"],
    ["5", "Ahrefs", "Suivi des 180 requêtes (Rank Tracker)", "https://app.ahrefs.com/rank-tracker/overview/4471820", "export PDF joint au dossier"],
    ["6", "Looker Studio", "Indicateurs de l'entrepôt et du chat", "https://lookerstudio.google.com/reporting/e51d-maltetfut-equipe", "privé — accès sur demande"],
    ["7", "Looker Studio", "Budget et retour sur marge par levier", "https://lookerstudio.google.com/reporting/0b7a-maltetfut-budget", "privé — accès sur demande"],
], [0.6, 1.8, 3.6, 5.6, 2.4], fs=7.8)


# ======================================================================================
# Assemblage du PDF (deux passes : la première relève les pages des titres pour le sommaire)
# ======================================================================================
def toc_entries():
    out, n_ch, n_sec = [], 0, 0
    for it in C:
        if it[0] == "ch":
            n_ch += 1; n_sec = 0
            out.append(("ch%d" % n_ch, "%d   %s" % (n_ch, it[1]), 0))
        elif it[0] == "sec":
            n_sec += 1
            out.append(("s%d.%d" % (n_ch, n_sec), "%d.%d   %s" % (n_ch, n_sec, it[1]), 1))
        elif it[0] == "un":
            out.append(("un-" + it[1], it[1], 0))
        elif it[0] == "annex":
            out.append(("annex" + it[1], "Annexe %s — %s" % (it[1], it[2]), 0))
            if it[1] == "F":
                # entrée restée au sommaire alors que l'annexe n'a jamais été intégrée
                out.append(("annexG", "Annexe G — Grille CGV annotée", 0))
    return [("intro", "Introduction", 0)] + out


def title_page():
    st = lambda **k: ParagraphStyle("tp%d" % len(k), fontName=k.get("f", "S"), fontSize=k.get("s", 12), leading=k.get("s", 12) * 1.3,
                                    alignment=TA_CENTER, spaceAfter=k.get("a", 6), textColor=k.get("c", INK))
    S = [Spacer(1, 1.2 * cm),
         Paragraph("Institut supérieur du commerce numérique de Rennes", st(s=11, c=colors.HexColor("#444444"))),
         Paragraph("Mastère Chef de projet e-commerce — formation continue", st(s=11, c=colors.HexColor("#444444"), a=2)),
         Paragraph("Titre RNCP « Chef de projet e-commerce » — session 2026", st(s=11, c=colors.HexColor("#444444"))),
         Spacer(1, 3.2 * cm),
         Paragraph("MÉMOIRE PROFESSIONNEL", st(s=12, f="S", a=14)),
         Paragraph(fr("Du conseil au colis"), st(s=24, f="SB", a=8)),
         Paragraph(fr("Piloter la croissance en ligne d'un caviste spécialisé en whisky : plan de conquête, visibilité, contenus et "
                      "logistique chez Malt & Fût (Rennes)"), st(s=13.5, f="SI", a=10)),
         Spacer(1, 3.4 * cm),
         Paragraph("Présenté par <b>Clémence Ropars</b>", st(s=12)),
         Paragraph("Cheffe de projet e-commerce, Malt &amp; Fût SAS", st(s=11)),
         Spacer(1, 0.6 * cm),
         Paragraph("Tuteur en entreprise : Gwénaël Le Bihan, président", st(s=11)),
         Spacer(1, 3.0 * cm),
         Paragraph("Rennes, février 2026", st(s=11)),
         Paragraph(fr("L'abus d'alcool est dangereux pour la santé, à consommer avec modération."), st(s=8.5, f="SI", c=colors.HexColor("#555555")))]
    return S


def story(pages, last_page):
    FN_COUNT[0] = 0
    TAB_N[0] = 0
    FN_PAGES.clear()
    S = title_page() + [NextPageTemplate("main"), PageBreak()]
    S.append(Heading("Résumé", h1s, "resume", -1))
    for t in RESUME:
        S += para(t)
    S.append(PageBreak())
    S.append(Heading("Table des matières", h1s, "toc", -1))
    for key, text, lvl in toc_entries():
        pg = pages.get(key, last_page + 1 if key == "annexG" else 0)
        S.append(TOCLine(text, pg, lvl))
    S.append(PageBreak())
    S.append(Heading("Introduction", h1s, "intro", 0))
    for t in INTRO:
        S += para(t)
    n_ch = n_sec = n_sub = 0
    for it in C:
        k = it[0]
        if k == "ch":
            n_ch += 1; n_sec = 0
            S += [PageBreak(), Paragraph("Chapitre %d" % n_ch, h1lab), Heading(it[1], h1s, "ch%d" % n_ch, 0),
                  Paragraph(fr(it[2]), epis), Paragraph(fr("— " + it[3]), episrc)]
        elif k == "sec":
            n_sec += 1; n_sub = 0
            S += [CondPageBreak(3 * cm), Heading("%d.%d\u2003%s" % (n_ch, n_sec, it[1]), h2s, "s%d.%d" % (n_ch, n_sec), 1)]
        elif k == "sub":
            n_sub += 1
            S += [CondPageBreak(2.5 * cm), Heading("%d.%d.%d\u2003%s" % (n_ch, n_sec, n_sub, it[1]), h3s, "ss%d.%d.%d" % (n_ch, n_sec, n_sub), 2)]
        elif k == "p":
            S += para(it[1])
        elif k == "p0":
            S += para(it[1], body0)
        elif k == "ul":
            for x in it[1]:
                S.append(Paragraph(fr(x), bul, bulletText="•"))
            S.append(Spacer(1, 3))
        elif k == "tab":
            S += booktabs(it[2], it[3], it[1], **it[4])
        elif k == "quote":
            S += para(it[1], quote)
        elif k == "mono":
            for x in it[1]:
                S.append(Paragraph(fr(x), mono))
            S.append(Spacer(1, 8))
        elif k == "h3x":
            S += [CondPageBreak(3 * cm), Paragraph(fr(it[1]), h3s)]
        elif k == "un":
            S += [PageBreak(), Heading(it[1], h1s, "un-" + it[1], 0)]
        elif k == "annex":
            S += [PageBreak(), Heading("Annexe %s — %s" % (it[1], it[2]), h1s, "annex" + it[1], 0)]
        elif k == "biblio":
            for x in it[1]:
                S.append(Paragraph(fr(x), ParagraphStyle("bib", parent=body0, leftIndent=0.6 * cm, firstLineIndent=-0.6 * cm, spaceAfter=4)))
    return S


def deco(c, d):
    c.saveState()
    c.setFont("SI", 8.6)
    c.setFillColor(colors.HexColor("#333333"))
    c.drawCentredString(PW / 2, PH - 1.55 * cm, HEADER)
    c.setLineWidth(0.4)
    c.line(LM, PH - 1.7 * cm, PW - RM, PH - 1.7 * cm)
    c.setFont("S", 9.5)
    c.setFillColor(INK)
    c.drawCentredString(PW / 2, 1.1 * cm, str(c.getPageNumber()))
    c.restoreState()


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Heading):
            HEAD_PAGES[f.key] = self.page


def build_pdf(target, pages, last_page):
    doc = Doc(target, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title="Du conseil au colis — mémoire professionnel — Malt & Fût", author=AUTHOR, creator=AUTHOR,
              subject="Titre RNCP Chef de projet e-commerce — session 2026", invariant=1)
    f_title = Frame(LM, BM, UW, PH - TM - BM, id="t")
    f_main = Frame(LM, BM + FN_ZONE, UW, PH - TM - BM - FN_ZONE, id="m", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="title", frames=[f_title]),
                          PageTemplate(id="main", frames=[f_main], onPage=deco, onPageEnd=draw_notes)])
    HEAD_PAGES.clear()
    doc.build(story(pages, last_page))
    return dict(HEAD_PAGES), doc.page


def main_pdf():
    os.makedirs(OUT, exist_ok=True)
    pages, last = build_pdf(io.BytesIO(), {}, 0)
    pages, last = build_pdf(io.BytesIO(), pages, last)
    pages2, last2 = build_pdf(PDF, pages, last)
    assert pages2 == pages and last2 == last, "pagination instable"
    print("PDF", PDF, "pages:", last, "tables:", TAB_N[0], "notes:", FN_COUNT[0])


# ======================================================================================
# Support de soutenance PPTX : 15 diapositives 16:9, fond anthracite, titres ambre
# ======================================================================================
from pptx import Presentation
from pptx.util import Inches, Pt, Emu
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN

CHAR = RGBColor(0x2A, 0x2B, 0x2E)
AMBER = RGBColor(0xE3, 0x9B, 0x2F)
LIGHT = RGBColor(0xEE, 0xEA, 0xE2)
MUTED = RGBColor(0xA8, 0xA3, 0x9A)
ROWA = RGBColor(0x36, 0x37, 0x3B)
ROWB = RGBColor(0x30, 0x31, 0x35)

SLIDES = [
    {"t": "Du conseil au colis", "cover": ["Malt & Fût — caviste whisky et spiritueux en ligne, Rennes",
                                            "Soutenance du titre RNCP Chef de projet e-commerce — session 2026",
                                            "Clémence Ropars, cheffe de projet e-commerce — tuteur : Gwénaël Le Bihan",
                                            "L'abus d'alcool est dangereux pour la santé, à consommer avec modération."]},
    {"t": "Malt & Fût en 2025", "big": "4,6 M€ HT", "sub": "dont 3,7 M€ en ligne (80 %) — 38 000 commandes — panier moyen 96 € — 41 % du CA en ligne en novembre–décembre"},
    {"t": "Trois profils d'amateurs", "tbl": [["Profil", "Poids CA en ligne", "Panier moyen", "Réticence n° 1"],
                                             ["Offreurs de cadeaux", "46 %", "104 €", "peur de mal choisir (62 %)"],
                                             ["Initiés tourbe", "34 %", "138 €", "single casks épuisés en 48 h"],
                                             ["Curieux du Club", "12 %", "47 €", "engagement mensuel (44 %)"]]},
    {"t": "Chemin de décision de l'offreur de cadeau", "tbl": [["Déclic", "Recherche", "Comparaison", "Commande", "Après-achat"],
                                                             ["58 % partent d'une recherche Google", "46 % vont du guide à une fiche", "9,8 % d'ajout au panier", "74 % des paniers payés", "27 % de réachat à 12 mois"]]},
    {"t": "Cartographie et diagnostic croisé", "tbl": [["Forces", "Faiblesses"],
                                                       ["conseil, 1 140 fiches, Single Cask n° 7, casse 0,4 %", "41 % du CA sur 2 mois, conversion mobile 2,1 %"],
                                                       ["Opportunités", "Menaces"],
                                                       ["whiskies du monde, cadeaux d'entreprise, « coffret dégustation » +34 %", "accises, places de marché, box de Dram Factory"]]},
    {"t": "Plan de conquête 2026 : cinq objectifs", "tbl": [["Objectif", "Départ", "Cible", "Échéance"],
                                                           ["CA en ligne", "3,7 M€", "4,3 M€", "31/12/2026"],
                                                           ["Abonnés du Club", "480", "1 000", "31/12/2026"],
                                                           ["Conversion", "2,8 %", "3,2 %", "30/09/2026"],
                                                           ["Cadeaux d'entreprise", "290 k€", "400 k€", "31/12/2026"],
                                                           ["Trafic naturel", "38 %", "45 %", "30/06/2026"]]},
    {"t": "« Noël des Drams » 2025", "big": "1,52 M€", "sub": "CA en ligne novembre–décembre (objectif 1,50 M€) — 1 964 coffrets dont 271 entreprise — chat : réponse en 48 s"},
    {"t": "Référencement naturel", "tbl": [["Requête", "Janv. 2025", "Janv. 2026"],
                                           ["coffret dégustation whisky", "24", "4"],
                                           ["cadeau whisky homme", "31", "8"],
                                           ["whisky tourbé", "18", "6"],
                                           ["caviste whisky rennes", "4", "1"]], "sub": "88 requêtes sur 180 en top 10 (41 en 2024) — clics hors marque +50 %"},
    {"t": "Liens sponsorisés de Noël", "big": "36 052 €", "sub": "investis sur « Cadeaux » et Shopping — 1 043 commandes — part d'impressions de 64 % à 47 % au pic"},
    {"t": "40 fiches réécrites", "tbl": [["Mesure", "Avant", "Après"],
                                        ["Temps d'engagement", "1 min 12 s", "2 min 05 s"],
                                        ["Ajout au panier", "7,9 %", "10,6 %"],
                                        ["Questions au chat", "164", "97"]]},
    {"t": "Club des Fûts", "big": "612 abonnés", "sub": "Club des Fûts : 612 abonnés fin mars 2026 — cahier des charges « Refonte du Club » transmis à Ker Digital le 16 février"},
    {"t": "Entonnoir de commande", "big": "3,1 %", "sub": "conversion T1 2026 : 3,1 % — contrôle d'âge et frais de port corrigés en janvier"},
    {"t": "Retour sur investissement", "big": "ROI 5,4", "sub": "Google Ads 2025 : 334 k€ de CA pour 61,8 k€ investis"},
    {"t": "Logistique et livraison", "big": "NPS 72", "sub": "NPS livraison T1 2026 : 72 — commande traitée en 7 étapes au lieu de 10 — casse 0,4 %"},
    {"t": "Perspectives 2026", "tbl": [["Chantier", "Échéance"],
                                      ["Entonnoir mobile sans création de compte obligatoire", "mars 2026"],
                                      ["Nouvelle offre du Club dans Sylius", "1er septembre 2026"],
                                      ["80 fiches restantes", "juin 2026"],
                                      ["Noël 2026 : Shopping renforcé, Search resserré", "novembre 2026"]]},
]


def fixed_zip(data, path, dt):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=dt)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(name))


def txt(slide, x, y, w, h, text, size, color, bold=False, align=PP_ALIGN.LEFT, italic=False):
    box = slide.shapes.add_textbox(x, y, w, h)
    tf = box.text_frame
    tf.word_wrap = True
    para_ = tf.paragraphs[0]
    para_.text = text
    para_.alignment = align
    r = para_.runs[0]
    r.font.size = Pt(size); r.font.color.rgb = color; r.font.bold = bold; r.font.italic = italic
    r.font.name = "Georgia"
    return box


def deck_table(slide, rows, top, size=18):
    nr, nc = len(rows), len(rows[0])
    shape = slide.shapes.add_table(nr, nc, Inches(0.9), top, Inches(11.5), Inches(0.6 * nr))
    tb = shape.table
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cl = tb.cell(r, c)
            cl.text = val
            cl.fill.solid()
            cl.fill.fore_color.rgb = AMBER if r == 0 else (ROWA if r % 2 else ROWB)
            for para_ in cl.text_frame.paragraphs:
                for run in para_.runs:
                    run.font.size = Pt(size); run.font.name = "Georgia"
                    run.font.bold = (r == 0)
                    run.font.color.rgb = CHAR if r == 0 else LIGHT
    return shape


def build_pptx():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    n = len(SLIDES)
    assert n == 15
    for i, s in enumerate(SLIDES):
        num = i + 1
        sl = prs.slides.add_slide(prs.slide_layouts[6])
        bg = sl.background.fill
        bg.solid(); bg.fore_color.rgb = CHAR
        if "cover" in s:
            txt(sl, Inches(0.9), Inches(1.8), Inches(11.5), Inches(1.2), s["t"], 48, AMBER, bold=True)
            for k, line in enumerate(s["cover"]):
                txt(sl, Inches(0.9), Inches(3.3 + 0.6 * k), Inches(11.5), Inches(0.5), line,
                    14 if k == 3 else 20, MUTED if k == 3 else LIGHT, italic=(k == 3))
        else:
            txt(sl, Inches(0.9), Inches(0.45), Inches(11.5), Inches(0.9), s["t"], 34, AMBER, bold=True)
            ln = sl.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.9), Inches(1.35), Inches(1.4), Inches(0.06))
            ln.fill.solid(); ln.fill.fore_color.rgb = AMBER; ln.line.fill.background()
            if "big" in s:
                txt(sl, Inches(0.9), Inches(2.3), Inches(11.5), Inches(1.8), s["big"], 96, AMBER, bold=True, align=PP_ALIGN.CENTER)
                txt(sl, Inches(1.4), Inches(4.5), Inches(10.5), Inches(1.2), s["sub"], 22, LIGHT, align=PP_ALIGN.CENTER)
            if "tbl" in s:
                deck_table(sl, s["tbl"], Inches(1.9), 18 if len(s["tbl"][0]) < 5 else 15)
                if "sub" in s:
                    txt(sl, Inches(0.9), Inches(5.6), Inches(11.5), Inches(0.8), s["sub"], 18, LIGHT)
        txt(sl, Inches(0.9), Inches(6.9), Inches(11.5), Inches(0.4), "Soutenance — C. Ropars — %d/%d" % (num, n), 11, MUTED,
            align=PP_ALIGN.RIGHT)
    cp = prs.core_properties
    cp.author = AUTHOR; cp.last_modified_by = AUTHOR
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED
    cp.revision = 7
    cp.title = "Malt & Fût — soutenance — C. Ropars"
    buf = io.BytesIO()
    prs.save(buf)
    fixed_zip(buf.getvalue(), PPTX, (2026, 3, 27, 18, 30, 0))
    print("PPTX", PPTX, "slides:", n)


if __name__ == "__main__":
    main_pdf()
    build_pptx()
