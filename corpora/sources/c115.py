# Générateur du dossier du candidat c115 (Atalaye Surf Co., surf shop, location et école de surf, Biarritz) — blocs 3, 4 et 5.
# Un seul PDF de 16 pages « exporté de Word » (reportlab, invariant=1) : page de garde, sommaire avec numéros de page en p. 2,
# titres « 1. » / « 1.1 » / « 1.1.1 », en-tête et pied « Page X sur 16 », notes de bas de page numérotées en continu,
# tableaux larges coupés entre deux pages avec ligne d'en-tête répétée (grille d'expressions pp. 4-5, tableau hebdo pp. 7-8),
# liste numérotée coupée par un saut de page (actions 1-6 p. 3, 7-12 p. 4), page 13 seule en paysage (planning type Gantt).
# Contrôles de mise en page par assertions ; aucune date courante, métadonnées figées (déterminisme).
import io, os, re
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, NextPageTemplate, Flowable, CondPageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("W", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("WB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("WI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("WBI", FD + "DejaVuSans-BoldOblique.ttf"))
registerFontFamily("W", normal="W", bold="WB", italic="WI", boldItalic="WBI")
pdfmetrics.registerFont(TTFont("WC", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("WCB", FD + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("WCI", FD + "DejaVuSansCondensed-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("WCBI", FD + "DejaVuSansCondensed-BoldOblique.ttf"))
registerFontFamily("WC", normal="WC", bold="WCB", italic="WCI", boldItalic="WCBI")

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "..", "c115-surf-shop-biarritz")
PDF = os.path.join(OUT, "atalaye-surf-dossier-blocs-3-4-5.pdf")
AUTHOR = "Théo Dufau"
HEADER = "Atalaye Surf Co. — Dossier blocs 3, 4, 5 — T. Dufau"
TOTAL_PAGES = 16

PW, PH = A4
LW, LH = landscape(A4)
LM = RM = 2.2 * cm
TM = 2.2 * cm
BM = 1.9 * cm
FN_ZONE = 2.9 * cm
UW = PW - LM - RM
LUW = LW - 2 * 1.8 * cm

BLUE = colors.HexColor("#1F4E79")
INK = colors.HexColor("#1A1A1A")
GRID = colors.HexColor("#8EA9C1")
HEADBG = colors.HexColor("#DCE6F0")
SHADE = colors.HexColor("#2E75B6")

body = ParagraphStyle("body", fontName="W", fontSize=10.2, leading=15.0, alignment=TA_JUSTIFY, spaceAfter=5.5, textColor=INK)
bul = ParagraphStyle("bul", parent=body, leftIndent=0.75 * cm, bulletIndent=0.2 * cm, spaceAfter=2.6)
h1s = ParagraphStyle("h1", fontName="WB", fontSize=14.5, leading=18, spaceBefore=8, spaceAfter=6, textColor=BLUE, keepWithNext=1)
h2s = ParagraphStyle("h2", fontName="WB", fontSize=11.4, leading=14.5, spaceBefore=7, spaceAfter=3.5, textColor=BLUE, keepWithNext=1)
h3s = ParagraphStyle("h3", fontName="WBI", fontSize=10, leading=13, spaceBefore=5, spaceAfter=2.5, textColor=BLUE, keepWithNext=1)
cap = ParagraphStyle("cap", fontName="WI", fontSize=8.4, leading=10.5, alignment=TA_CENTER, spaceBefore=3, spaceAfter=7,
                     textColor=colors.HexColor("#404040"))
cell = ParagraphStyle("cell", fontName="WC", fontSize=9, leading=10.9, alignment=TA_LEFT)
cellr = ParagraphStyle("cellr", parent=cell, alignment=TA_RIGHT)
cellb = ParagraphStyle("cellb", parent=cell, fontName="WCB")
cellbr = ParagraphStyle("cellbr", parent=cellb, alignment=TA_RIGHT)
fns = ParagraphStyle("fn", fontName="W", fontSize=7.1, leading=8.6, leftIndent=0.3 * cm, firstLineIndent=-0.3 * cm)
ph = ParagraphStyle("ph", parent=body, alignment=TA_CENTER, fontName="WI", textColor=colors.HexColor("#555555"),
                    spaceBefore=4, spaceAfter=6)
capture = ParagraphStyle("capt", parent=body, leftIndent=0.75 * cm, fontName="WI", textColor=colors.HexColor("#333333"))
adst = ParagraphStyle("ad", parent=body, leftIndent=0.75 * cm, spaceAfter=1.5)


def fr(t):
    t = re.sub(r"(\d) (\d{3})\b", "\\1\u00a0\\2", t)
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


# ---------------------------------------------------------------- notes de bas de page (numérotation continue)
FN_PAGES = {}
FN_TEXT = {}
FN_COUNT = [0]


class FNMark(Flowable):
    def __init__(self, num, text):
        Flowable.__init__(self)
        self.num, self.text = num, text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        FN_PAGES.setdefault(self.canv.getPageNumber(), []).append((self.num, self.text))


def notes_in(text):
    notes = []

    def rep(m):
        FN_COUNT[0] += 1
        notes.append((FN_COUNT[0], m.group(1)))
        FN_TEXT[FN_COUNT[0]] = m.group(1)
        return "<super>%d</super>" % FN_COUNT[0]
    return re.sub(r"\{\{(.+?)\}\}", rep, text), notes


def draw_notes(c, d):
    notes = FN_PAGES.get(c.getPageNumber(), [])
    if not notes:
        return
    paras = [Paragraph(fr("<super>%d</super>\u00a0%s" % (n, t)), fns) for n, t in notes]
    hs = [p.wrap(UW, 400)[1] for p in paras]
    total = sum(hs) + 1.5 * (len(hs) - 1)
    assert total < FN_ZONE - 0.45 * cm, "notes trop longues page %d" % c.getPageNumber()
    top = BM + 0.1 * cm + total
    c.saveState()
    c.setStrokeColor(INK)
    c.setLineWidth(0.4)
    c.line(LM, top + 4, LM + 4 * cm, top + 4)
    yy = top
    for p, h in zip(paras, hs):
        yy -= h
        p.drawOn(c, LM, yy)
        yy -= 1.5
    c.restoreState()


# ---------------------------------------------------------------- titres, sommaire, repères de page
HEAD_PAGES = {}
MARKS = {}


class Heading(Paragraph):
    def __init__(self, text, st, key, level, toc_text):
        Paragraph.__init__(self, fr(text), st)
        self.key, self.level, self.toc_text = key, level, toc_text


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
        self.fn = "WB" if level == 0 else "W"
        self.fs = 9.6 if level == 0 else 9.0
        self.ind = [0, 0.6 * cm, 1.2 * cm][level]

    def wrap(self, aw, ah):
        self.aw = aw
        self.h = 17 if self.level == 0 else 13.4
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFont(self.fn, self.fs)
        c.drawString(self.ind, 3, self.text)
        x = self.ind + c.stringWidth(self.text, self.fn, self.fs) + 5
        pg = str(self.page)
        c.drawRightString(self.aw, 3, pg)
        end = self.aw - c.stringWidth(pg, self.fn, self.fs) - 5
        c.setFont("W", self.fs)
        step = 4.6
        x = step * (int(x / step) + 1)
        while x < end:
            c.drawString(x, 3, ".")
            x += step


# ---------------------------------------------------------------- constructeurs de contenu
C = []          # liste d'éléments (type, ...), transformée en flowables à chaque passe
TAB_N = [0]


def h1(t): C.append(("h1", t))
def h2(t): C.append(("h2", t))
def h3(t): C.append(("h3", t))
def p(t): C.append(("p", t))
def mark(k): C.append(("mark", k))
def photo(t): C.append(("photo", t))
def capt(t): C.append(("capture", t))
def ad(t): C.append(("ad", t))
def pb(): C.append(("pb",))
def cond(h): C.append(("cond", h))


def ol(items, start=1, marks=None):
    C.append(("ol", items, start, marks or {}))


def ul(items):
    C.append(("ul", items))


def tab(rows, widths, caption, right=(), bold_rows=(), head=1, fs=None, keep=True, land=False):
    C.append(("tab", rows, widths, caption, right, bold_rows, head, fs, keep, land))


# ================================================================================================
# CONTENU
# ================================================================================================
h1("1. Atalaye Surf Co. et ma mission")
h2("1.1 L'entreprise")
p("Atalaye Surf Co. est une SARL fondée en <b>2004</b> à Biarritz par Patxi Etcheverry, ancien compétiteur. Elle a trois métiers : "
  "un surf shop avec e-shop Shopify, la location dans une cabane au pied de la Côte des Basques{{Pour le jury : la Côte des Basques est "
  "le spot historique du surf en France, une longue plage sous la falaise.}}, et une école de surf. 5 permanents, 7 saisonniers, "
  "<b>1,05 M€ HT</b> de CA en 2025{{Source : Shopify Analytics, export du 12/01/2026, et statistiques Bookalot.}} :")
tab([["Activité", "CA 2025 HT", "Part", "Remarque"],
     ["Surf shop (magasin)", "540 k€", "51 %", "planches, combinaisons, textile"],
     ["E-shop Shopify", "190 k€", "18 %", "expéditions France et Espagne"],
     ["Location planche + combinaison", "140 k€", "13 %", "71 % réservés en ligne"],
     ["École de surf", "180 k€", "17 %", "78 % réservés en ligne"],
     ["Total", "1 050 k€", "100 %", ""]],
    [5.2, 2.4, 1.6, 6.0], "Tableau 1 : chiffre d'affaires 2025 par activité", right=(1, 2), bold_rows=(5,))
p("Location et cours se réservent par Bookalot{{Bookalot est une application de réservation ajoutée à Shopify : "
  "créneaux, places, paiement et SMS de confirmation.}}. Location : 25 € la demi-journée, 35 € la journée, 150 € la semaine ; "
  "cours collectif de 1 h 30 : 45 €, pack de 5 cours : 199 €, cours particulier : 85 €. Concurrents : Basque Glisse, Océane Surf "
  "School et Ttipi Surf Shop.")
h2("1.2 Ma mission")
p("Alternant en 2e année de Mastère, je suis assistant web chez Atalaye depuis 2024, avec Patxi (gérant et tuteur), Maitane "
  "Irigoyen (responsable de l'école), les moniteurs Lucas et Enzo, et Chloé (commandes web).")

h1("2. Visibilité Google")
h2("2.1 Les actions à mener, par priorité")
p("Après un audit en janvier 2025 (Search Console, Screaming Frog), j'ai classé les actions selon ce qu'elles rapportent (les "
  "cours d'abord, meilleure marge) et leur durée :")
ol([
    "<b>Créer une vraie page « cours de surf Biarritz »</b> : la requête la plus cherchée, alors que les cours étaient noyés "
    "dans l'accueil.",
    "<b>Réécrire les title et meta des 40 pages principales</b> : 31 pages portaient le même titre « Atalaye Surf Co. | Shop ».",
    "<b>Alléger les pages</b> : 3,4 s de chargement sur mobile{{Source : PageSpeed Insights, test mobile du 8/01/2026 sur la page d'accueil.}}, "
    "alors que 74 % des visites de l'été viennent d'un téléphone.",
    "<b>Créer la page anglaise des cours</b> (/en/surf-lessons) : un tiers des élèves de l'été sont étrangers.",
    "<b>Compléter la fiche Google Business Profile de la cabane</b> : les recherches « location planche » se font près de la plage.",
    "<b>Créer la page « location planche Biarritz »</b> : la location n'avait qu'une fiche sans texte.",
    "<b>Créer une page par spot</b> (Grande Plage, Côte des Basques, Marbella, Milady) : les touristes cherchent le nom de leur plage.",
    "<b>Réécrire les fiches articles des 30 planches les plus vendues</b> : textes du fournisseur copiés à l'identique ailleurs.",
    "<b>Obtenir des liens entrants</b> des campings et auberges qui reçoivent nos clients : peu de sites parlaient de nous.",
    "<b>Renseigner les textes alternatifs</b> des 600 images : moins de 10 % en avaient un.",
    "<b>Corriger les 38 erreurs 404</b> apparues après le changement de thème de 2024.",
    "<b>Publier des articles conseils</b> (spots, marées, volume de planche) pour les débutants : l'action la plus longue.",
], marks={6: "act6", 7: "act7"})

h2("2.2 Mes outils de mesure")
p("J'utilise Google Analytics 4{{GA4 est relié à la boutique par l'application Google &amp; YouTube de Shopify ; la Search Console "
  "est validée sur le domaine depuis 2022.}} pour le trafic et les sources, la Search Console pour les requêtes, les positions et "
  "les erreurs, Shopify Analytics pour les ventes de l'e-shop et les statistiques de Bookalot pour les réservations. Pourquoi ceux-là ? "
  "Ce sont les outils fournis avec Shopify.")

h2("2.3 La grille d'expressions")
h3("2.3.1 Ma méthode en quatre étapes")
ol([
    "<b>Recueillir</b> : questions des clients notées par Maitane et Chloé à la cabane et en boutique, requêtes de la Search "
    "Console sur 12 mois, recherches internes du site.",
    "<b>Élargir</b> : Keyword Planner et suggestions de Google, en français, anglais et espagnol, avec « Biarritz » ou un nom de spot.",
    "<b>Qualifier</b> : volume mensuel moyen, difficulté{{Difficulté : score de 0 à 100 donné par Ubersuggest ; au-dessus de 45, il faut "
    "beaucoup de liens entrants pour entrer dans le top 10.}} et mois de pic{{Pic : mois où l'expression est la plus recherchée sur "
    "Google Trends (5 dernières années).}}.",
    "<b>Attribuer</b> : une page cible par expression, pour que deux pages ne se battent pas sur la même requête, et retrait de "
    "ce qui ne nous concerne pas (« surf Hossegor »).",
])
h3("2.3.2 La grille")
mark("grid_start")
GRID_ROWS = [
    ("cours de surf biarritz", "FR", "2 900", "42", "juillet", "/cours-de-surf-biarritz"),
    ("école de surf biarritz", "FR", "1 600", "45", "juillet", "/cours-de-surf-biarritz"),
    ("surf lessons biarritz", "EN", "1 300", "38", "août", "/en/surf-lessons"),
    ("surf school biarritz", "EN", "880", "40", "juillet", "/en/surf-lessons"),
    ("surf camp biarritz", "EN", "480", "34", "juillet", "/en/surf-lessons"),
    ("clases de surf biarritz", "ES", "320", "18", "août", "/cours-de-surf-biarritz (page ES à faire)"),
    ("stage de surf biarritz", "FR", "1 300", "44", "juillet", "/cours-de-surf-biarritz/stage-5-cours"),
    ("cours de surf enfant biarritz", "FR", "590", "30", "juillet", "/cours-de-surf-biarritz/enfants"),
    ("surf débutant biarritz", "FR", "320", "22", "juin", "/cours-de-surf-biarritz/debutant"),
    ("cours particulier surf biarritz", "FR", "210", "20", "août", "/cours-de-surf-biarritz/particulier"),
    ("surf côte des basques", "FR", "1 900", "35", "juillet", "/spots/cote-des-basques"),
    ("cours de surf côte des basques", "FR", "480", "24", "juillet", "/spots/cote-des-basques"),
    ("cours de surf grande plage biarritz", "FR", "210", "15", "juillet", "/spots/grande-plage"),
    ("surf marbella biarritz", "FR", "260", "14", "juin", "/spots/marbella"),
    ("spot surf milady", "FR", "170", "12", "août", "/spots/milady"),
    ("location planche de surf biarritz", "FR", "1 000", "28", "août", "/location-planche-biarritz"),
    ("location surf biarritz", "FR", "720", "26", "août", "/location-planche-biarritz"),
    ("surf rental biarritz", "EN", "390", "22", "août", "/en/surf-rental (à créer)"),
    ("location planche mousse", "FR", "170", "16", "août", "/location-planche-biarritz"),
    ("location combinaison surf biarritz", "FR", "140", "10", "juillet", "/location-planche-biarritz"),
    ("surf shop biarritz", "FR", "1 000", "48", "juillet", "/ (accueil)"),
    ("magasin de surf biarritz", "FR", "390", "36", "juillet", "/ (accueil)"),
    ("surfboard shop biarritz", "EN", "170", "30", "août", "/ (accueil)"),
    ("planche mousse débutant", "FR", "1 300", "41", "mai", "/collections/planches-mousse"),
    ("planche de surf mousse 7'0", "FR", "880", "33", "mai", "/products/planche-mousse-atalaye-7-0"),
    ("shortboard 5'10", "FR", "390", "27", "mars", "/products/harri-shapes-5-10"),
    ("harri shapes", "FR", "110", "5", "mars", "/collections/harri-shapes"),
    ("shaper pays basque", "FR", "140", "12", "avril", "/collections/harri-shapes"),
    ("combinaison surf 4/3", "FR", "2 400", "52", "octobre", "/products/atalaye-thermo-4-3"),
    ("combinaison surf 4/3 homme", "FR", "1 000", "47", "octobre", "/products/atalaye-thermo-4-3"),
    ("quel volume planche de surf", "FR", "1 600", "29", "avril", "/conseils/volume-planche (à créer)"),
    ("quel spot pour débuter à biarritz", "FR", "90", "8", "juin", "/conseils/spot-debuter-biarritz"),
    ("marée biarritz surf", "FR", "1 300", "31", "juillet", "/conseils/marees (à créer)"),
    ("avis école de surf biarritz", "FR", "170", "9", "juillet", "/cours-de-surf-biarritz (bloc avis)"),
    ("carte cadeau cours de surf", "FR", "320", "19", "décembre", "/products/carte-cadeau-cours"),
]
assert len(GRID_ROWS) == 35
tab([["N°", "Expression cible", "Langue", "Volume / mois", "Difficulté", "Pic", "Page cible"]] +
    [[str(i + 1)] + list(r) for i, r in enumerate(GRID_ROWS)],
    [0.7, 4.5, 1.6, 1.5, 2.0, 1.75, 4.75], "Tableau 2 : grille d'expressions cibles (volumes Keyword Planner, décembre 2025)",
    right=(0, 3, 4), keep=False)
mark("grid_end")
p("Cette grille part de notre situation. La saison d'abord : les expressions des cours et de la location ont leur pic entre avril "
  "et août, quand arrivent les vacanciers et que la houle{{Pour le jury : la houle (ou swell) est l'ondulation créée par les tempêtes "
  "au large, qui devient vague en arrivant sur la côte.}} d'été permet de débuter ; il faut être bien placé dès mars. Les combinaisons "
  "4/3 sont cherchées en octobre, la carte cadeau en décembre. La clientèle ensuite : beaucoup d'élèves sont étrangers et tapent "
  "« surf lessons Biarritz » ou « clases de surf ». La géographie enfin : les vacanciers cherchent le nom de leur plage, et ces "
  "expressions peu disputées sont à notre portée, alors que « surf shop biarritz » (48) est tenu par Basque Glisse et Ttipi Surf Shop. "
  "Sur l'expression principale, le travail de 2025 a payé{{« cours de surf Biarritz » : 18e position moyenne en janvier 2025, 6e en "
  "décembre 2025 (Search Console).}}.")

h2("2.4 Le silo des cours")
p("J'ai construit un silo{{Silo : pages d'un même thème qui ne se font des liens qu'entre elles, pour montrer à Google qu'on couvre le sujet.}} autour de la page mère /cours-de-surf-biarritz, avec quatre pages filles : "
  "débutant, enfants, particulier, stage de 5 cours. Chaque fille renvoie vers la mère (ancre « cours de surf à Biarritz ») et vers deux "
  "sœurs au plus, avec des ancres précises (« stage de 5 cours pour progresser »). Les pages spots ne renvoient qu'au niveau qui leur "
  "correspond : Marbella et Milady vers le stage, Côte des Basques et Grande Plage vers débutant et enfants. Aucun lien ne sort du silo, "
  "sauf un encart « louer une planche ». Les pages de la location ne sont pas encore faites.")

h2("2.5 Les liens entrants")
p("Nos clients de l'été dorment dans les campings et auberges du coin. Quatre établissements ont mis un lien vers notre page cours "
  "sur leur page « activités », en échange d'un code de 10 % : les campings Erreka et Les Goélands à Bidart, le Camping du Lac à "
  "Anglet et l'auberge Gaztelu Surf Hostel à Biarritz. "
  "J'ai suivi les visites envoyées par le Camping Erreka : <b>412 sessions</b> entre juin et septembre et 23 réservations de cours avec "
  "le code{{Source : GA4, rapport Acquisition de trafic, source « campingerreka.fr », 1er juin-30 septembre 2025.}}.")

h1("3. Annonces sponsorisées et chiffres clés")
h2("3.1 Deux campagnes Google Ads")
p("Deux campagnes sur le Réseau de recherche, de mars à septembre (presque pas de cours le reste de l'année), ciblant Biarritz "
  "et 30 km autour, plus les personnes qui recherchent Biarritz depuis la France, l'Espagne, le Royaume-Uni et l'Allemagne{{D'après le rapport « Lieux » de Google Ads 2024, 38 % des clics venaient "
  "de l'étranger.}}. Les groupes d'annonces sont séparés par langue et par spot.")
tab([["Campagne", "Groupe d'annonces", "Exemples d'expressions", "Page d'atterrissage", "Budget / jour"],
     ["Cours", "Cours FR", "[cours de surf biarritz], \"école de surf biarritz\"", "/cours-de-surf-biarritz", "14 €"],
     ["Cours", "Cours EN", "[surf lessons biarritz], \"surf school biarritz\"", "/en/surf-lessons", "6 €"],
     ["Cours", "Spots", "\"cours de surf côte des basques\", \"surf marbella\"", "pages spots", "3 €"],
     ["Cours", "Stages", "[stage de surf biarritz], \"stage surf 5 jours\"", "/cours-de-surf-biarritz/stage-5-cours", "3 €"],
     ["Location", "Location FR", "[location planche de surf biarritz], \"location surf\"", "/location-planche-biarritz", "6 €"],
     ["Location", "Location EN", "\"surf rental biarritz\", \"board rental biarritz\"", "/location-planche-biarritz", "2 €"]],
    [2.0, 2.3, 5.4, 4.4, 1.6], "Tableau 3 : structure des campagnes (budgets moyens ; doublés en juillet-août)", right=(4,))
h2("3.2 Correspondances et mots-clés négatifs")
p("Les expressions à fort volume sont en correspondance exacte{{Exacte [entre crochets] : la requête ou une variante très proche ; expression \"entre guillemets\" : une requête qui la contient.}}, "
  "les autres en correspondance d'expression ; pas de requête large, trop coûteuse. Mots-clés négatifs, tirés du rapport des termes "
  "de recherche : « emploi moniteur », « BPJEPS » et « saisonnier » (des personnes "
  "qui cherchent du travail), « occasion » (planches d'occasion), « Bali », « Maroc » et « Hossegor » (autres destinations), « gratuit ».")
h2("3.3 Les pages d'atterrissage")
p("Trois pages d'atterrissage : /cours-de-surf-biarritz (niveaux, tarifs, créneaux du jour, bouton de réservation visible sans "
  "défiler sur mobile), /location-planche-biarritz (tarifs, plan d'accès à la cabane) et /en/surf-lessons. Jamais la page d'accueil, "
  "qui parle d'abord de la boutique.")
h2("3.4 Les annonces")
p("J'ai écrit quatre annonces responsives ; voici pour chacune deux titres et la description principale :")
ad("<b>A1 — Cours FR</b> : « Cours de Surf à Biarritz » | « Dès 45 € le cours de 1 h 30 » — « Moniteurs diplômés, planche et "
   "combinaison fournies. Créneaux selon la marée, réservez en ligne en 2 minutes. »")
ad("<b>A2 — Cours EN</b> : « Surf Lessons in Biarritz » | « English-Speaking Instructors » — « Small groups at Côte des Basques. Board "
   "and wetsuit included. Book online, SMS confirmation. »")
ad("<b>A3 — Stages</b> : « Stage Surf 5 Cours 199 € » | « Progressez en une semaine » — « Du mousse{{Pour le jury : une « mousse » est "
   "une planche en mousse souple, stable et sans danger, utilisée pour débuter.}} au premier virage, suivi par le même moniteur. »")
ad("<b>A4 — Location</b> : « Location Planche Biarritz » | « Demi-journée 25 € tout compris » — « Planche + combinaison au pied de la "
   "Côte des Basques. Réservez en ligne, on prépare votre matériel. »")
cond(3 * cm)
h2("3.5 Le tableau hebdo")
p("Chaque lundi, je remplis un tableau hebdo à partir des rapports Google Ads et de Bookalot{{Source : Google Ads, rapport par semaine, "
  "export du 12/01/2026 ; réservations : Bookalot, filtre « source = Google Ads ».}} :")

# données hebdomadaires de la saison 2025 (semaines 10 à 39)
COURS_COST = [30, 32, 35, 38, 48, 62, 66, 55, 52, 58, 60, 64, 70, 78, 84, 90, 96, 118, 124, 130, 126, 128, 122, 120, 110, 92, 80, 70, 55, 47]
COURS_CPC = [0.52, 0.55, 0.55, 0.58, 0.61, 0.64, 0.66, 0.63, 0.66, 0.68, 0.70, 0.72, 0.75, 0.82, 0.86, 0.90, 0.95, 1.05, 1.10, 1.14,
             1.16, 1.18, 1.18, 1.16, 1.12, 1.02, 0.90, 0.84, 0.78, 0.70]
COURS_RES = [0, 0, 0, 1, 1, 2, 3, 1, 1, 2, 1, 2, 2, 2, 2, 3, 3, 4, 4, 5, 4, 4, 4, 3, 3, 0, 2, 1, 1, 0]
LOC_COST = [12, 12, 14, 15, 20, 26, 28, 22, 20, 22, 24, 26, 28, 34, 38, 42, 46, 58, 62, 66, 64, 66, 64, 60, 52, 40, 30, 26, 22, 18]
LOC_CPC = [0.38, 0.38, 0.40, 0.40, 0.42, 0.45, 0.46, 0.44, 0.44, 0.46, 0.48, 0.50, 0.52, 0.58, 0.62, 0.66, 0.70, 0.76, 0.78, 0.80,
           0.80, 0.80, 0.80, 0.78, 0.74, 0.66, 0.58, 0.52, 0.48, 0.44]
LOC_RES = [0, 0, 1, 0, 1, 2, 2, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 6, 6, 7, 6, 6, 6, 5, 4, 2, 2, 1, 1, 0]
assert sum(COURS_COST) == 2340 and sum(COURS_RES) == 61, (sum(COURS_COST), sum(COURS_RES))
assert sum(LOC_COST) == 1057 and sum(LOC_RES) == 81
assert all(len(x) == 30 for x in (COURS_COST, COURS_CPC, COURS_RES, LOC_COST, LOC_CPC, LOC_RES))


def eur(v):
    return ("%.2f" % v).replace(".", ",") + " €"


def thousands(v):
    return "{:,}".format(v).replace(",", "\u00a0")


rows = [["Sem.", "Cours\nclics", "Cours\nCPC", "Cours\ncoût", "Cours\nrésas", "Cours\ncoût / résa",
         "Location\nclics", "Location\nCPC", "Location\ncoût", "Location\nrésas"]]
tc = tl = 0
for i in range(30):
    cc = round(COURS_COST[i] / COURS_CPC[i]); lc = round(LOC_COST[i] / LOC_CPC[i])
    tc += cc; tl += lc
    cr = COURS_RES[i]
    rows.append(["S%d" % (10 + i), str(cc), eur(COURS_COST[i] / cc), "%d €" % COURS_COST[i], str(cr),
                 ("%d €" % round(COURS_COST[i] / cr)) if cr else "—",
                 str(lc), eur(LOC_COST[i] / lc), "%d €" % LOC_COST[i], str(LOC_RES[i])])
rows.append(["Total", thousands(tc), eur(2340 / tc), "2\u00a0340 €", "61", "%d €" % round(2340 / 61),
             thousands(tl), eur(1057 / tl), "1\u00a0057 €", "81"])
WEEKLY_CLICKS = (tc, tl)
mark("weekly_start")
tab(rows, [1.1, 1.5, 1.5, 1.5, 1.3, 1.8, 1.6, 1.6, 1.6, 1.5],
    "Tableau 4 : tableau hebdo des annonces sponsorisées, saison 2025 (semaines 10 à 39)", right=tuple(range(1, 10)),
    bold_rows=(31,), keep=False, fs=8.2)
mark("weekly_end")
p("Lecture semaine par semaine. En mars, le CPC des cours reste sous 0,60 € mais il n'y a presque pas de réservations : l'eau est "
  "à 13 °C. Pâques (S15-S17) donne les premières réservations. À partir de la S23, le CPC monte jusqu'à <b>1,18 €</b> en S31-S32 : "
  "Basque Glisse et Océane Surf School enchérissent sur les mêmes expressions, mais les réservations suivent (4 à 5 par semaine). La "
  "S35 est à zéro : une semaine de flat{{Pour le jury : « flat » veut dire sans vagues ; les cours sont alors annulés ou reportés.}}. "
  "La location suit le même rythme avec un CPC plus bas (0,38 à 0,80 €). Sur toute la saison, la campagne Cours a coûté <b>2 340 €</b> pour <b>61 réservations</b>"
  "{{Rentabilité de la campagne Cours : les 61 réservations ont rapporté 9 150 € de CA ; j'enlève le coût des moniteurs pour ces "
  "cours (3 200 €) et la dépense Ads (2 340 €), il reste 3 610 €. Rentabilité = 3 610 / 2 340 = 1,54, soit 154 % : chaque euro "
  "dépensé en annonces a rapporté 1,54 € de marge.}}.")

h2("3.6 Les chiffres clés")
h3("3.6.1 Des indicateurs adaptés à une école et à une location")
p("Un cours dépend des vagues et de la marée : j'ai ajouté trois indicateurs qui collent à l'activité :")
ul(["<b>Taux de remplissage des cours</b> : places vendues / places ouvertes{{Un moniteur prend 8 élèves au maximum ; on ouvre 2 à 4 "
    "créneaux par jour selon la marée.}}. Il montre si on paie des annonces pour des cours déjà "
    "complets : <b>81 %</b> en juillet-août, 38 % en avril.",
    "<b>Réservations annulées pour flat ou mer trop grosse</b> : 6 % des cours en 2025. Quand les prévisions sont mauvaises, on baisse les budgets.",
    "<b>Jours de location par planche</b> : jours loués / planches du parc. En août, une mousse est louée <b>24 jours sur 31</b>, "
    "un hardboard 11 : de quoi décider s'il faut racheter des mousses."])
h3("3.6.2 Les chiffres clés du site")
p("Voici les chiffres clés que je suis chaque mois{{Source : GA4 et Shopify Analytics, 1er janvier-31 décembre 2025.}}, avec mon commentaire :")
tab([["Chiffre clé", "2025", "Commentaire"],
     ["Trafic", "214 300 sessions", "+18 % sur 2024, dont 61 % de mai à août."],
     ["Taux de rebond", "46 %", "58 % sur les fiches articles, 34 % sur les pages cours."],
     ["Temps de visite", "1 min 52 s", "Les pages spots sont lues le plus longtemps (2 min 40 s)."],
     ["Temps de chargement", "3,4 s (mobile)", "Trop lent : les photos produits pèsent jusqu'à 4 Mo ; objectif sous 2 s."],
     ["Taux d'abandon", "72 %", "Paniers et réservations commencés mais non payés."],
     ["Chiffre d'affaires en ligne", "430 k€", "E-shop 190 k€ + réservations en ligne (99 k€ de location et 140 k€ de cours)."]],
    [3.4, 2.8, 10.0], "Tableau 5 : chiffres clés du site en 2025")
h3("3.6.3 Les objectifs de 2025")
p("En mars 2025, Patxi et moi avions fixé quatre objectifs : +20 % de réservations de cours en ligne par rapport à 2024, 200 k€ de CA sur "
  "l'e-shop, le top 5 sur « cours de surf Biarritz », et un chargement mobile sous 2 secondes. Je reviens ici sur le premier, celui que "
  "Patxi suit de plus près : on est passé de <b>1 120</b> réservations de cours en ligne en 2024 à <b>1 378</b> en 2025, soit "
  "<b>+23 %</b>. L'objectif est atteint, surtout grâce à juillet (+31 %), alors que septembre est stable.")

h1("4. Contenus et tunnel de résa")
h2("4.1 L'article « Quel spot pour débuter à Biarritz ? »")
p("C'est la question la plus posée à la cabane. Voici le plan de l'article, à écrire avec Maitane :")
ul(["Introduction : débuter à Biarritz, oui, mais pas n'importe où ni n'importe quand.",
    "La Côte des Basques : la plage des débutants à marée basse.",
    "La Grande Plage : pratique, mais très fréquentée l'été.",
    "Marbella et Milady : plus exposées, pour la deuxième semaine de stage.",
    "Lire la marée{{Pour le jury : à Biarritz, la marée change complètement les vagues ; la plupart des spots ne marchent qu'à certaines "
    "heures, d'où des créneaux de cours différents chaque jour.}} et la météo avant d'y aller.",
    "Les règles de priorité au pic{{Pour le jury : le pic est l'endroit où la vague commence à déferler ; le surfeur le plus proche du pic "
    "a la priorité.}} et au line-up{{Pour le jury : le line-up est la zone, derrière la barre, où les surfeurs attendent les vagues.}}.",
    "Conclusion : pourquoi prendre un premier cours."])
h2("4.2 Les fiches articles des planches")
h3("4.2.1 Ma méthode")
p("Nos articles phares sont la « Planche mousse Atalaye 7'0 » (289 €), le shortboard 5'10 de Harri Shapes (720 €) et la "
  "combinaison « Atalaye Thermo 4/3 » (289 €). Pour une planche, le client doit savoir si elle correspond à son poids, à son niveau "
  "et à ses vagues. Pour chaque planche :")
ol(["<b>Relever les dimensions</b> au format des surfeurs, par exemple 5'10 × 19 ¼ × 2 7/16 (longueur, largeur, épaisseur en pouces), "
    "et le <b>volume en litres</b> (30,5 L pour le shortboard Harri Shapes 5'10), la donnée la plus utile pour choisir.",
    "<b>Placer la planche dans un tableau niveau / poids</b> : débutant, intermédiaire, confirmé, et tranche de poids conseillée.",
    "<b>Dire pour quelles vagues</b> : petites vagues molles de l'été ou vagues creuses de l'hiver.",
    "<b>Présenter le shaper</b>{{Pour le jury : le shaper est l'artisan qui dessine et façonne les planches ; Harri Shapes travaille à "
    "Anglet.}} et la fabrication, argument fort pour les surfeurs locaux.",
    "<b>Faire trois photos</b> sur fond blanc : deck, bottom et rail{{Pour le jury : le deck est le dessus de la planche, le bottom le "
    "dessous, le rail le bord ; la forme du rail change la façon dont la planche tourne.}}, plus une photo dans l'eau quand on l'a.",
    "<b>Écrire le texte</b> : usage, sensations, entretien."])
h3("4.2.2 Les expressions dans les pages")
p("Pour trois pages, j'ai placé l'expression cible de la grille dans le titre, le H1, l'URL et le texte alternatif de la photo principale :")
tab([["Page", "Balise title", "H1", "URL", "Texte alternatif"],
     ["Shortboard Harri Shapes 5'10", "Shortboard 5'10 Harri Shapes, shaper basque | Atalaye", "Shortboard 5'10 Harri Shapes",
      "/products/harri-shapes-5-10", "shortboard 5'10 Harri Shapes vu de dessus (deck)"],
     ["Planche mousse 7'0", "Planche de surf mousse 7'0 débutant | Atalaye Surf Co.", "Planche de surf mousse Atalaye 7'0",
      "/products/planche-mousse-atalaye-7-0", "planche de surf mousse 7'0 bleue pour débutant"],
     ["Page cours", "Cours de surf à Biarritz dès 45 € | École Atalaye", "Cours de surf à Biarritz",
      "/cours-de-surf-biarritz", "cours de surf à Biarritz, groupe de débutants à la Côte des Basques"]],
    [2.8, 4.2, 3.0, 3.3, 3.5], "Tableau 6 : placement des expressions cibles sur trois pages", fs=8.0)
h3("4.2.3 Ce qui aide le client à décider")
p("Quatre éléments sont en place sur chaque fiche planche : le <b>tableau des volumes</b> selon le poids et le niveau (28 à 32 L pour "
  "un surfeur confirmé de 70 kg) ; la mention « <b>à essayer en boutique</b> » ; les <b>ailerons inclus</b>, que beaucoup de sites "
  "vendent à part ; le <b>stock par taille</b> (5'8, 5'10, 6'0).")
h2("4.3 La vidéo « Première session à Marbella »")
p("J'ai réalisé une vidéo de 40 secondes à partir de rushes filmés à la GoPro par Lucas pendant un stage débutants, une matinée glassy"
  "{{Pour le jury : « glassy » désigne une mer lisse comme du verre, sans vent, idéale pour surfer ; l'inverse est le vent onshore, "
  "qui souffle de la mer et abîme les vagues.}} à Marbella. Elle suit Inès, 14 ans, de l'échauffement sur le sable à sa première vague debout, et se termine "
  "sur le logo et « Réserve ton premier cours ». Le montage s'est fait dans DaVinci Resolve, étape par étape :")
ol(["<b>Dérusher</b> : import des 46 minutes de rushes dans la page « Media », marqueurs sur les meilleurs passages.",
    "<b>Couper</b> : dans la page « Cut », 14 plans de 2 à 4 secondes sur le rythme de la musique.",
    "<b>Stabiliser</b> : dans l'inspecteur, outil « Stabilization » sur les plans filmés depuis l'eau, qui bougeaient trop.",
    "<b>Étalonner</b> : dans la page « Color », balance des blancs sur le sable, contraste remonté, saturation des bleus baissée.",
    "<b>Sous-titrer</b> : piste de sous-titres en français et en anglais, incrustés car la vidéo est regardée sans le son.",
    "<b>Exporter</b> : en H.264 1080p pour le site et en 1080 × 1920 pour Instagram."])
h2("4.4 Les formats pour le web")
p("La vidéo a été compressée pour le site : H.264 en 1080p à 8 Mbit/s, 40 secondes pour 6,8 Mo, lecture automatique sans son "
  "sur la page cours, avec une image de couverture choisie pour ne pas afficher un plan flou au chargement. Pour Instagram, une version "
  "verticale 1080 × 1920 a été recadrée dans DaVinci pour les Reels. Les photos produits, elles, sont toujours en JPEG de 4 Mo sortis de l'appareil photo : c'est à reprendre.")
h2("4.5 L'intérêt pour la vidéo")
p("La vidéo a fait <b>12 400 vues</b> sur Instagram en un mois{{Source : Instagram Insights, 30 jours après la publication du 14/08/2025.}}.")
h2("4.6 Le tunnel de résa des cours")
p("J'ai paramétré le tunnel de résa des cours dans Bookalot en mars 2025 : formulaire personnalisé pour les participants, créneaux "
  "créés chaque semaine d'après l'horaire des marées, modèle de SMS de confirmation, paiement par Shopify Payments. Pour vérifier qu'il "
  "fonctionne, je fais chaque lundi une réservation test sur mobile avec un code à 100 %, que j'annule ensuite. Cinq étapes sur une seule page :")
capt("[Capture 1 : étape « Niveau » — trois cases : Jamais surfé / Quelques sessions / Je tiens debout ; âge minimum 7 ans.]")
capt("[Capture 2 : étape « Créneau » — calendrier de la semaine, créneaux calés sur la marée (9 h 30, 11 h 15, 16 h 45), places restantes.]")
capt("[Capture 3 : étape « Participants » — prénom, âge, taille et poids de chacun, case « sait nager 25 m ».]")
capt("[Capture 4 : étape « Paiement » — récapitulatif, code promo, carte ou Apple Pay, acceptation des conditions.]")
capt("[Capture 5 : étape « SMS » — écran de confirmation et SMS reçu : « Rdv 9 h 15 à la cabane Atalaye, Côte des Basques. Maillot + serviette. »]")
h2("4.7 Ce qui peut bloquer les réservations")
p("Avec Maitane, j'ai relevé quatre points qui gênent :")
mark("dis_start")
ol(["<b>La règle en cas de mauvais temps n'est pas claire</b> : le client ne sait pas s'il sera remboursé ou recevra un avoir, et "
    "beaucoup appellent avant de payer.",
    "<b>Les horaires changent chaque jour</b> avec la marée, ce qui surprend ceux qui veulent réserver « tous les jours à 10 h ».",
    "<b>L'étape « Participants » est longue</b> sur mobile pour une famille de quatre (taille et poids pour chacun).",
    "<b>La page de paiement reste en français</b> même quand le client vient de la page anglaise."], marks={1: "dis1", 4: "dis4"})
p("Pour la règle de mauvais temps, j'ai rédigé avec Patxi une phrase affichée dès l'étape « Créneau » : « Pas de vagues ou mer trop "
  "grosse : votre cours est reporté ou transformé en avoir valable un an. » Elle sera en ligne pour Pâques.")

h1("5. Le projet de module de location en ligne")
h2("5.1 Le brief prestataire")
p("Bookalot gère des créneaux, pas un parc de planches, et la caution se prend à la cabane. Patxi veut un module de location en "
  "ligne avec caution pour 2026 ; j'ai rédigé le brief prestataire en neuf parties :")
ol(["<b>Présentation d'Atalaye</b> : activités, chiffres, saison.",
    "<b>Contexte</b> : 71 % de la location réservée en ligne, file d'attente l'été, cautions en chèque ou en liquide.",
    "<b>Objectifs du projet</b> (voir ci-dessous).",
    "<b>Périmètre</b> : mousses, hardboards et combinaisons, à la demi-journée, à la journée, à la semaine.",
    "<b>Fonctionnalités</b> : choix de la planche selon le poids et le niveau, disponibilité par planche numérotée, caution par empreinte "
    "bancaire, signature des conditions en ligne, QR code de retrait.",
    "<b>Contraintes techniques</b> : rester sur Shopify, compatibilité avec Bookalot pour l'historique des planches, site mobile d'abord.",
    "<b>Contenus fournis par Atalaye</b> : photos, textes, conditions de location, liste du parc.",
    "<b>Budget et planning</b> : enveloppe et date de mise en ligne (voir le planning ci-après).",
    "<b>Recette et maintenance</b> : scénarios de test, corrections pendant la saison, formation."])
p("Les objectifs sont séparés en deux niveaux. Objectifs généraux : faire passer la location réservée en ligne de 71 % à 85 % en 2027, "
  "supprimer la file d'attente du matin à la cabane et ne plus manipuler de cautions en papier. Objectifs techniques : module intégré au "
  "thème Shopify, empreinte bancaire par Stripe, synchronisation du parc avec Bookalot en moins de 5 minutes, page de réservation "
  "chargée en moins de 2 secondes sur mobile.")
p("Patxi a donné cinq directives, reprises telles quelles dans le brief : un budget de <b>12 000 € maximum</b> ; une mise en ligne "
  "<b>avant le 1er mai 2026</b>, début de la saison de location ; on <b>reste sur Shopify</b>, pas de second site ; la caution se "
  "prend <b>par empreinte de carte bancaire</b> (300 €) ; et <b>plus aucun paiement en liquide</b> à la cabane.")
mark("before_gantt")

# ---- page paysage : planning type Gantt
C.append(("land_start",))
GANTT = [
    ("Rédaction du brief prestataire", "Théo", 2, 3),
    ("Validation du brief", "Patxi", 4, 4),
    ("Consultation des trois prestataires", "Théo", 4, 6),
    ("Choix du prestataire et commande", "Patxi", 7, 7),
    ("Rédaction des CGL location 2026", "Théo, Patxi", 6, 8),
    ("Numérotation et photos du parc", "Maitane, Lucas", 8, 10),
    ("Paramétrage du module et du catalogue", "Prestataire", 8, 12),
    ("Empreinte bancaire (Stripe)", "Prestataire", 10, 12),
    ("Synchronisation avec Bookalot", "Prestataire", 11, 13),
    ("Recette (tests internes)", "Théo, Chloé", 13, 15),
    ("Formation de l'équipe de la cabane", "Maitane", 15, 16),
    ("Mise en ligne", "Prestataire, Théo", 17, 17),
    ("Jalon : ouverture de la saison (1er mai)", "Patxi", 18, 18),
    ("Suivi et corrections", "Théo", 17, 20),
]
WEEKS = list(range(2, 21))
C.append(("gantt", GANTT, WEEKS))
C.append(("land_end",))

h2("5.2 Le choix du prestataire")
p("J'ai consulté trois prestataires Shopify. Voici les critères que j'ai relevés pour chacun ; le choix sera fait avec Patxi en "
  "semaine 7 :")
tab([["Critère", "Kanpo Digital (Bayonne)", "Marea Studio (Anglet)", "Shopimix (Bordeaux)"],
     ["Montant du devis", "9 800 € HT", "11 500 € HT", "14 200 € HT"],
     ["Expérience Shopify", "Partenaire Shopify, 40 boutiques", "12 boutiques", "Partenaire Shopify Plus"],
     ["Référence en location", "location de vélos à Hendaye", "aucune", "location de kayaks en Dordogne"],
     ["Caution par empreinte", "oui, via Stripe", "à étudier", "oui, module maison"],
     ["Délai annoncé", "10 semaines", "8 semaines", "12 semaines"],
     ["Maintenance", "60 € / mois", "90 € / mois", "incluse 6 mois puis 120 € / mois"],
     ["Distance", "8 km", "5 km", "190 km"]],
    [3.4, 4.3, 4.1, 4.4], "Tableau 7 : critères relevés pour les trois prestataires")

h2("5.3 Données personnelles (RGPD){{Voir la politique de confidentialité Shopify.}}")

h2("5.4 Mentions légales et CGL")
h3("5.4.1 Les mentions légales")
p("Les mentions légales sont accessibles par un lien dans le pied de page de toutes les pages du site et dans le SMS de confirmation. "
  "Elles indiquent : SARL Atalaye Surf Co., capital de 20 000 €, RCS Bayonne, SIRET, numéro de TVA intracommunautaire, siège au "
  "4 rue du Port-Vieux à Biarritz, téléphone et adresse e-mail, directeur de la publication Patxi Etcheverry, hébergeur Shopify "
  "International Ltd (Dublin, Irlande), et pour l'école les numéros de carte professionnelle des moniteurs.")
h3("5.4.2 Les CGL")
p("Nos conditions générales de location (CGL) datent de 2019 ; je les ai analysées avant le nouveau module :")
ul(["<b>Flat ou houle de plus de 2,5 m</b> : avoir valable un an. Le texte ne dit pas qui décide ni à quelle heure : j'ai proposé « décision de la cabane à 8 h, SMS envoyé au client ».",
    "<b>Caution de 300 €</b> : aujourd'hui en chèque ou en espèces, demain par empreinte bancaire ; les CGL doivent préciser qu'elle "
    "n'est pas débitée et qu'elle est libérée 7 jours après le retour.",
    "<b>Grille des dings</b>{{Pour le jury : un ding est un choc ou une fissure sur la planche ; l'eau peut entrer dans la mousse et "
    "l'abîmer.}} : petit ding 40 €, ding avec entrée d'eau 90 €, aileron cassé 25 €, planche cassée au prix neuf. La grille est claire, "
    "mais il manque les combinaisons (déchirure, fermeture).",
    "<b>Mineurs</b> : location interdite aux moins de 16 ans sans un adulte, attestation « sait nager 25 m » signée par le parent. "
    "Il faut ajouter que le parent signe en ligne au moment de la réservation."])

h2("5.5 Le parc de location")
p("Le parc compte 40 planches mousse (M01 à M40), 20 hardboards (H01 à H20) et 70 combinaisons. Chaque planche a un numéro peint sur le "
  "deck et enregistré dans Bookalot, ce qui donne un historique par planche : dates de location, dings signalés, réparations. Au retour, "
  "les contrôles dépendent du type de matériel :")
ul(["<b>Mousse</b> : deck arraché, leash et ailerons souples ; rincée à l'eau douce.",
    "<b>Hardboard</b> : tour de la planche à la main pour trouver les dings, ailerons et dérives ; tout ding est noté sur la fiche de la "
    "planche et la planche sort du parc jusqu'à réparation.",
    "<b>Combinaison</b> : rinçage à l'eau douce, contrôle des coutures, des déchirures et de la fermeture."])
p("J'ai aussi réduit les étapes du retrait. Avant, il y en avait neuf : chercher la réservation, remplir une fiche papier, photocopier la "
  "pièce d'identité, prendre le chèque de caution, choisir la taille de planche, essayer les combinaisons, noter le numéro, faire signer "
  "les conditions, donner les conseils. Depuis juillet 2025, il en reste cinq : scanner le QR code de la réservation, vérifier "
  "l'identité, prendre l'empreinte au terminal, remettre le matériel préparé la veille, scanner le numéro de la planche. Le retrait est passé de <b>7 minutes à 3 minutes</b> par client (chronométré sur 20 retraits en mai et 20 "
  "en juillet).")
p("Dans la cabane, les planches sont rangées par numéro sur des racks muraux à trois niveaux, les mousses en bas, les "
  "hardboards en haut. Les combinaisons sèchent sur des barres de séchage à l'ombre, classées par taille.")
photo("[photo : racks du parc]")
photo("[photo : racks du parc — barres de séchage des combinaisons]")
h2("5.6 Transport")
p("Quand la Côte des Basques est trop grosse ou trop chargée, l'école emmène les élèves sur les plages d'Anglet (Sables d'Or) ou de "
  "Bidart (Erretegia) avec le minibus Trafic 9 places. En juillet-août, il y a deux rotations par jour : départ de la cabane à 8 h 45 et "
  "retour vers 11 h 30, puis départ à 15 h 30 et retour vers 18 h 30, en fonction de la marée. Enzo conduit le minibus. Le carburant "
  "représente environ 95 € par semaine l'été, pour 1 100 km par mois.")
h2("5.7 Les transporteurs de l'e-shop")
p("Pour les colis de l'e-shop, nous utilisons trois transporteurs, classés du moins cher au plus cher pour un envoi type :")
tab([["Rang", "Transporteur", "Envoi type", "Prix pour nous"],
     ["1", "Mondial Relay", "colis de 2 kg en point relais (textile, accessoires)", "4,90 €"],
     ["2", "Colissimo", "colis de 2 kg à domicile (tarif négocié)", "6,40 €"],
     ["3", "Boardpost", "planche jusqu'à 7'0 en housse, à domicile", "39,00 €"]],
    [1.3, 3.2, 8.3, 3.4], "Tableau 8 : transporteurs classés par prix", right=(0, 3))
p("Je n'ai pas encore mis en place de questionnaire de satisfaction après livraison, les clients nous le disent en boutique.")

h1("Conclusion")
p("Cette saison m'a appris à relier la visibilité Google, les annonces et les réservations réelles, avec des indicateurs qui parlent "
  "de surf plutôt que de simples visites. Il reste du travail : les pages location, la reprise des photos produits et le choix du "
  "prestataire pour le module, qui doit être en ligne avant le 1er mai.")


# ================================================================================================
# MISE EN PAGE
# ================================================================================================
def table_flow(rows, widths, caption, right, bold_rows, head, fs, keep, avail):
    TAB_N[0] += 1
    st = cell if fs is None else ParagraphStyle("c%s" % fs, parent=cell, fontSize=fs, leading=fs * 1.2)
    str_ = ParagraphStyle("cr%s" % fs, parent=st, alignment=TA_RIGHT)
    stb = ParagraphStyle("cb%s" % fs, parent=st, fontName="WCB")
    stbr = ParagraphStyle("cbr%s" % fs, parent=stb, alignment=TA_RIGHT)
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            b = i < head or i in bold_rows
            s = (stbr if b else str_) if (j in right and i >= head) else (stb if b else st)
            line.append(Paragraph(fr(str(v)).replace("\n", "<br/>"), s))
        data.append(line)
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * avail / tw for w in widths], repeatRows=head)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, GRID),
             ("BACKGROUND", (0, 0), (-1, head - 1), HEADBG),
             ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for r in bold_rows:
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2")))
    t.setStyle(TableStyle(style))
    caption = re.sub(r"^Tableau \d+ : ", "", caption)
    c = Paragraph(fr("Tableau %d : %s" % (TAB_N[0], caption)), cap)
    if keep:
        return [Spacer(1, 2), KeepTogether([t, c])]
    return [Spacer(1, 2), t, c]


def gantt_flow(tasks, weeks):
    TAB_N[0] += 1
    hdr = ["Tâche", "Qui"] + ["S%d" % w for w in weeks]
    stc = ParagraphStyle("gc", parent=cell, fontSize=8.4, leading=10)
    sth = ParagraphStyle("gh", parent=stc, fontName="WCB", alignment=TA_CENTER)
    sthl = ParagraphStyle("ghl", parent=stc, fontName="WCB")
    data = [[Paragraph(hdr[0], sthl), Paragraph(hdr[1], sthl)] + [Paragraph(x, sth) for x in hdr[2:]]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEADBG),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for i, (name, who, a, b) in enumerate(tasks, start=1):
        bold = name.startswith("Jalon")
        row = [Paragraph(fr(name), ParagraphStyle("gb", parent=stc, fontName="WCB") if bold else stc), Paragraph(fr(who), stc)]
        for k, w in enumerate(weeks):
            row.append("◆" if (bold and a <= w <= b) else "")
            if a <= w <= b:
                style.append(("BACKGROUND", (2 + k, i), (2 + k, i), colors.HexColor("#C00000") if bold else SHADE))
                if bold:
                    style.append(("TEXTCOLOR", (2 + k, i), (2 + k, i), colors.white))
                    style.append(("ALIGN", (2 + k, i), (2 + k, i), "CENTER"))
        data.append(row)
    wk = (LUW - 6.6 * cm - 3.2 * cm) / len(weeks)
    t = Table(data, colWidths=[6.6 * cm, 3.2 * cm] + [wk] * len(weeks), repeatRows=1)
    t.setStyle(TableStyle(style))
    S = [Paragraph(fr("5.1.1 Planning du projet de module de location (semaines 2 à 20 de 2026)"), h3s), Spacer(1, 4), t,
         Paragraph(fr("Tableau %d : planning du projet, semaine par semaine (S2 = 5 janvier 2026, S18 = 27 avril 2026)" % TAB_N[0]), cap),
         Paragraph(fr("Les cases colorées indiquent les semaines où la tâche est en cours. Le jalon du 1er mai est imposé par Patxi : "
                      "la mise en ligne est prévue une semaine avant pour garder une marge."), body)]
    return S


def story(pages):
    FN_COUNT[0] = 0
    TAB_N[0] = 0
    FN_PAGES.clear()
    FN_TEXT.clear()
    tit = ParagraphStyle("tit", fontName="WB", fontSize=26, leading=32, alignment=TA_CENTER, textColor=BLUE)
    sub = ParagraphStyle("sub", fontName="W", fontSize=13, leading=18, alignment=TA_CENTER, textColor=INK)
    sm = ParagraphStyle("sm", fontName="W", fontSize=10.5, leading=15, alignment=TA_CENTER, textColor=INK)
    S = [Spacer(1, 3.2 * cm),
         Paragraph("Titre RNCP « Chef de projet e-commerce » — session 2026", sm),
         Spacer(1, 1.6 * cm),
         Paragraph("Atalaye Surf Co.", tit), Spacer(1, 0.4 * cm),
         Paragraph(fr("Surf shop, location et école de surf — Biarritz"), sub),
         Spacer(1, 1.8 * cm),
         Paragraph(fr("Dossier professionnel — blocs 3, 4 et 5"), ParagraphStyle("t2", parent=sub, fontName="WB", fontSize=15)),
         Spacer(1, 0.3 * cm),
         Paragraph(fr("Visibilité Google et annonces sponsorisées — Contenus et tunnel de résa — Projet de module de location en ligne"), sm),
         Spacer(1, 4.2 * cm),
         Paragraph(fr("Théo Dufau"), ParagraphStyle("n", parent=sub, fontName="WB")),
         Paragraph(fr("Assistant web en alternance — Mastère 2e année"), sm),
         Paragraph(fr("Tuteur : Patxi Etcheverry, gérant d'Atalaye Surf Co."), sm),
         Spacer(1, 1.2 * cm),
         Paragraph(fr("Février 2026"), sm),
         NextPageTemplate("body"), PageBreak()]
    S.append(Paragraph("Sommaire", h1s))
    S.append(Spacer(1, 6))
    for key, level, text in TOC:
        S.append(TOCLine(text, pages.get(key, 0), level))
    S.append(PageBreak())
    n_key = [0]
    for it in C:
        k = it[0]
        if k in ("h1", "h2", "h3"):
            n_key[0] += 1
            lvl = {"h1": 0, "h2": 1, "h3": 2}[k]
            txt, notes = notes_in(it[1])
            toc_txt = re.sub(r"\{\{.+?\}\}", "", it[1])
            st = {"h1": h1s, "h2": h2s, "h3": h3s}[k]
            if k == "h1":
                S.append(CondPageBreak(4 * cm))
            S.append(Heading(txt, st, "k%d" % n_key[0], lvl, toc_txt))
            S += [FNMark(n, t) for n, t in notes]
        elif k == "photo":
            box = Table([[Paragraph(fr(it[1]), ph)]], colWidths=[UW * 0.62], rowHeights=[3.1 * cm])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                     ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F6F8"))]))
            S += [Spacer(1, 3), box, Spacer(1, 6)]
        elif k in ("p", "capture", "ad"):
            txt, notes = notes_in(it[1])
            st = {"p": body, "capture": capture, "ad": adst}[k]
            S.append(Paragraph(fr(txt), st))
            S += [FNMark(n, t) for n, t in notes]
        elif k == "ol":
            items, start, marks = it[1], it[2], it[3]
            for i, x in enumerate(items):
                txt, notes = notes_in(x)
                para_ = Paragraph(fr(txt), bul, bulletText="%d." % (start + i))
                if (start + i) in marks:
                    para_._mark = marks[start + i]
                S.append(para_)
                S += [FNMark(n, t) for n, t in notes]
            S.append(Spacer(1, 2))
        elif k == "ul":
            for x in it[1]:
                txt, notes = notes_in(x)
                S.append(Paragraph(fr(txt), bul, bulletText="•"))
                S += [FNMark(n, t) for n, t in notes]
            S.append(Spacer(1, 2))
        elif k == "tab":
            rows, widths, caption, right, bold_rows, head, fs, keep, land = it[1:]
            S += table_flow(rows, widths, caption, right, bold_rows, head, fs, keep, UW)
        elif k == "mark":
            S.append(Mark(it[1]))
        elif k == "cond":
            S.append(CondPageBreak(it[1]))
        elif k == "pb":
            S.append(PageBreak())
        elif k == "land_start":
            S += [NextPageTemplate("land"), PageBreak(), Mark("gantt")]
        elif k == "gantt":
            S += gantt_flow(it[1], it[2])
        elif k == "land_end":
            S += [NextPageTemplate("body"), PageBreak()]
    return S


def toc_entries():
    out = []
    n = 0
    for it in C:
        if it[0] in ("h1", "h2", "h3"):
            n += 1
            lvl = {"h1": 0, "h2": 1, "h3": 2}[it[0]]
            if lvl <= 1:
                out.append(("k%d" % n, lvl, re.sub(r"\{\{.+?\}\}", "", it[1])))
            if it[1].startswith("5.1 "):
                out.append(("gantt_h", 2, "5.1.1 Planning du projet de module de location"))
    return out


TOC = toc_entries()


def deco_page(c, width, height, lm, rm):
    c.saveState()
    c.setFont("WI", 8)
    c.setFillColor(colors.HexColor("#404040"))
    c.drawString(lm, height - 1.35 * cm, HEADER)
    c.setStrokeColor(GRID)
    c.setLineWidth(0.5)
    c.line(lm, height - 1.5 * cm, width - rm, height - 1.5 * cm)
    c.setFont("W", 8.5)
    c.setFillColor(INK)
    c.drawRightString(width - rm, 1.0 * cm, "Page %d sur %d" % (c.getPageNumber(), TOTAL_PAGES))
    c.restoreState()


def deco(c, d):
    deco_page(c, PW, PH, LM, RM)


def deco_land(c, d):
    deco_page(c, LW, LH, 1.8 * cm, 1.8 * cm)


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Heading):
            HEAD_PAGES[f.key] = self.page
        if isinstance(f, Mark):
            MARKS[f.key] = self.page
        if getattr(f, "_mark", None):
            MARKS[f._mark] = self.page


def build(target, pages):
    HEAD_PAGES.clear()
    MARKS.clear()
    doc = Doc(target, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title="Atalaye Surf Co. — Dossier blocs 3, 4, 5", author=AUTHOR, creator="Microsoft Word",
              subject="Titre RNCP Chef de projet e-commerce — session 2026", invariant=1)
    f_cover = Frame(LM, BM, UW, PH - TM - BM, id="cover")
    f_body = Frame(LM, BM + FN_ZONE, UW, PH - TM - BM - FN_ZONE, id="body", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
    f_land = Frame(1.8 * cm, 1.6 * cm, LUW, LH - 2.0 * cm - 1.6 * cm, id="land", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="cover", frames=[f_cover], pagesize=A4),
                          PageTemplate(id="body", frames=[f_body], onPage=deco, onPageEnd=draw_notes, pagesize=A4),
                          PageTemplate(id="land", frames=[f_land], onPage=deco_land, pagesize=landscape(A4))])
    doc.build(story(pages))
    pg = dict(HEAD_PAGES)
    pg["gantt_h"] = MARKS.get("gantt", 0)
    return pg, doc.page


def main():
    os.makedirs(OUT, exist_ok=True)
    pages, last = build(io.BytesIO(), {})
    pages, last = build(io.BytesIO(), pages)
    pages2, last2 = build(PDF, pages)
    assert pages2 == pages and last2 == last, "pagination instable"
    print("pages:", last, "tableaux:", TAB_N[0], "notes:", FN_COUNT[0])
    print("repères:", dict(sorted(MARKS.items())))
    roi = [n for n, t in FN_TEXT.items() if t.startswith("Rentabilité")]
    print("note ROI n°", roi, "clics hebdo", WEEKLY_CLICKS)
    return last, roi


if __name__ == "__main__":
    last, roi = main()
    problems = []
    if last != TOTAL_PAGES:
        problems.append("pages %d != %d" % (last, TOTAL_PAGES))
    if roi != [17]:
        problems.append("note ROI = %s" % roi)
    exp = {"act6": 3, "act7": 4, "grid_start": 4, "grid_end": 5, "weekly_start": 7, "weekly_end": 8, "gantt": 13}
    for k, v in exp.items():
        if MARKS.get(k) != v:
            problems.append("%s p.%s (attendu %d)" % (k, MARKS.get(k), v))
    if MARKS.get("dis1") is None or MARKS.get("dis1") == MARKS.get("dis4"):
        problems.append("liste des perturbateurs non coupée")
    print("PROBLÈMES :", problems if problems else "aucun")
    if problems:
        raise SystemExit(1)
