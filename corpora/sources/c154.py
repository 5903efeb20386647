# -*- coding: utf-8 -*-
# Générateur du dossier de la candidate c154 (Lison Faivre, alternante « CRM & e-mailing » au Pinceau Comtois SARL,
# magasin familial de beaux-arts et atelier d'encadrement, rue Battant, Besançon) — blocs 2 et 3, dossier solide,
# session 2026. Un seul DOCX : le bilan de campagne e-mailing « Rentrée Palette » & « Noël des artistes » (programme
# de fidélité Carte Palette), avec les huit e-mails eux-mêmes en « fiches e-mail » (tableau 2 colonnes + corps du
# message dans un encadré italique grisé).
# Page de garde avec tableau des versions (v1.0 du 02/02/2026, v1.1 après relecture de Claire Jeunet), sommaire Word
# (champ TOC, résultat en cache, pages relevées sur le rendu LibreOffice), titres numérotés (numéros saisis),
# « Synthèse en une page » grisée, en-tête et pied « Diffusion interne — page X/22 » (champs PAGE / NUMPAGES).
# 16 tableaux. Les chiffres des envois sont posés une seule fois (ENVOIS) et repris dans les fiches, en 9.1 et en 9.4.
# Déterministe : propriétés du document figées, archive zip ré-horodatée dans un ordre fixe.
import datetime
import os
import re
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

SLUG = "c154-campagne-emailing-beaux-arts-besancon"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
FILE = os.path.join(OUT, "Bilan_campagne_Palette_Pinceau-Comtois.docx")
AUTHOR = "Lison Faivre"
FIXED = datetime.datetime(2026, 2, 9, 17, 26, 0)
ZIPSTAMP = (2026, 2, 9, 17, 26, 0)
NUMPAGES = "22"

OCRE = RGBColor(0x8A, 0x4B, 0x1F)
OCRE_HEX = "8A4B1F"
INK = RGBColor(0x22, 0x22, 0x22)
GREY = RGBColor(0x66, 0x66, 0x66)
LIGHT = "F6EFE7"
LABEL = "EADBC8"
BOX = "F2F2F2"

# ------------------------------------------------------------------------------------------ chiffres de référence
# envoi : (code, titre court, semaine, date, segment, délivrés, ouvertures, clics, désinscriptions, CA GA4, commandes)
ENVOIS = [
    ("E1", "Lancement Carte Palette", "S37", "lun. 08/09", "Tous actifs", 9412, 4348, 470, 38, 5940, 112),
    ("E2", "Palette Étudiant", "S38", "mar. 16/09", "Étudiants", 1622, 874, 128, 6, 3120, 71),
    ("E3", "Papiers & live Jeanne", "S40", "jeu. 02/10", "Amateurs aquarelle", 4890, 2541, 230, 14, 4680, 83),
    ("E4", "Palette Atelier", "S42", "mar. 14/10", "Enseignants & associations", 604, 371, 52, 1, 2860, 19),
    ("E5", "Noël des artistes", "S45", "jeu. 06/11", "Tous actifs", 9903, 4456, 330, 41, 6850, 128),
    ("E6", "Encadrement de Noël", "S46", "mer. 12/11", "Clients encadrement", 1365, 740, 70, 3, 3410, 21),
    ("E7", "Points doublés", "S49", "mer. 03/12", "Membres Palette + acheteurs 12 mois", 4310, 2240, 205, 9, 5120,
     98),
    ("E8", "Dernière minute", "S51", "lun. 15/12", "Tous actifs", 10480, 4610, 260, 47, 3940, 77),
]
AUTOMATIONS = [("Relance panier", 3420, 71), ("Bienvenue Palette", 1560, 33), ("Seuil de points atteint", 700, 14)]
DELIV = sum(e[5] for e in ENVOIS)
OPENS = sum(e[6] for e in ENVOIS)
CLICS = sum(e[7] for e in ENVOIS)
UNSUB = sum(e[8] for e in ENVOIS)
CA_ENVOIS = sum(e[9] for e in ENVOIS)
CA_AUTO = sum(a[1] for a in AUTOMATIONS)
CA_TOTAL = CA_ENVOIS + CA_AUTO
CMD_TOTAL = sum(e[10] for e in ENVOIS) + sum(a[2] for a in AUTOMATIONS)
assert CA_TOTAL == 41600 and CA_AUTO == 5680
assert round(CLICS / DELIV * 100, 1) == 4.1
MARGE_TX = 0.42
MARGE = round(CA_TOTAL * MARGE_TX, -1)
assert MARGE == 17470
COUTS = [("Abonnement Brevo (offre Business, 4 mois × 78 €)", 312),
         ("Impression des cartes Palette (2 000 ex.) et présentoir comptoir avec QR code", 428),
         ("Bons Palette utilisés pendant la période (126 bons × 10 €)", 1260),
         ("Lots du concours Instagram et du live avec Jeanne (prix d'achat)", 420),
         ("Kits de démonstration envoyés aux relais (prix d'achat + port)", 360),
         ("Shooting photo des produits par un photographe indépendant", 700)]
COUT = sum(c[1] for c in COUTS)
assert COUT == 3480
ROI = (MARGE - COUT) / COUT
assert round(ROI, 1) == 4.0


def n(v):
    return "{:,}".format(v).replace(",", "\u00a0")


def eur(v):
    return n(v) + "\u00a0€"


def pc(v, d=1):
    return ("%.*f" % (d, v)).replace(".", ",") + "\u00a0%"


# pages du sommaire (relevées sur le rendu LibreOffice du document)
PAGES = {
    '1 Contexte et objectifs': '4',
    '1.1 Le Pinceau Comtois': '4',
    "1.2 Objectifs de l'opération": '4',
    '1.3 Les vecteurs retenus': '4',
    '2 Base et segments': '5',
    '2.1 Remise en état de la base': '5',
    '2.2 Segments': '5',
    '3 Programme Palette': '6',
    '3.1 Mécaniques étudiées': '6',
    '3.2 Le choix : des points et un statut par profil': '6',
    "4 Calendrier d'envoi": '7',
    '5 Les e-mails E1 à E8': '8',
    '5.1 E1 — Lancement de la Carte Palette': '8',
    '5.2 E2 — Palette Étudiant': '8',
    '5.3 E3 — Papiers et live avec Jeanne': '9',
    '5.4 E4 — Palette Atelier': '9',
    '5.5 E5 — Noël des artistes': '10',
    '5.6 E6 — Encadrement de Noël': '10',
    '5.7 E7 — Points doublés': '11',
    '5.8 E8 — Dernière minute': '11',
    '6 Automations': '12',
    '6.1 Bienvenue Palette': '12',
    '6.2 Relance panier': '12',
    '6.3 Seuil de points atteint': '12',
    '7 Dispositif autour des e-mails': '13',
    '7.1 Relais': '13',
    '7.2 Instagram et Pinterest': '13',
    "7.3 Pages d'atterrissage et requêtes": '13',
    '7.4 Maillage et cocon': '14',
    '7.5 Annonces Search': '14',
    '7.6 Messagerie du site': '14',
    '7.7 Vitrines': '15',
    '7.8 Moyens et facilités de règlement': '15',
    '8 Plan de marquage': '16',
    '8.1 Outils utilisés': '16',
    '8.2 Pourquoi ces outils': '16',
    '8.3 Règles de marquage': '16',
    '9 Résultats': '17',
    '9.1 Envois': '17',
    '9.2 Site et référencement': '17',
    '9.3 Lecture des publications Instagram': '18',
    "9.4 Rentabilité de l'opération": '18',
    '10 Enseignements': '19',
    '10.1 Les objectifs : trois sur cinq': '19',
    '10.2 Hiérarchie des chantiers': '19',
    '10.3 Actions correctives': '19',
    'Annexe A — Grille de requêtes': '20',
    'Annexe B — Deux conversations de la messagerie du site': '20',
    'Annexe C — Liens vers les outils et tableaux de suivi': '21',
    "Annexe D — Grille d'auto-évaluation (modèle de l'école)": '21',
}


# ------------------------------------------------------------------------------------------ outils XML
def fld(paragraph, kind):
    r = OxmlElement("w:r")
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    r.append(el)
    paragraph._p.append(r)


def instr(paragraph, text):
    r = OxmlElement("w:r")
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = " %s " % text
    r.append(el)
    paragraph._p.append(r)


def add_field(paragraph, code, cached, size=None, color=None):
    fld(paragraph, "begin")
    instr(paragraph, code)
    fld(paragraph, "separate")
    r = paragraph.add_run(cached)
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    fld(paragraph, "end")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para_box(p, fill=BOX, color="BFBFBF", sz="4"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "6")
        e.set(qn("w:color"), color)
        bdr.append(e)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    e.set(qn("w:val"), "true")
    trPr.append(e)


TOKEN = re.compile(r"(\*\*.*?\*\*|__.*?__)")


NUM = re.compile(r"(?<=\d) (?=\d{3}\b)")


def typo(text):
    """Espaces insécables de la typographie française (comme l'autocorrection de Word)."""
    text = NUM.sub("\u00a0", text)
    text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    text = re.sub(r" (€|%|:|;|\?|!)", "\u00a0\\1", text)
    return text


def rich(p, text, size=None, italic=False, color=None, bold=False):
    """Texte avec **gras** et __italique__."""
    text = typo(text)
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
        elif part.startswith("__"):
            r = p.add_run(part[2:-2])
            r.italic = True
        else:
            r = p.add_run(part)
        if bold:
            r.bold = True
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    return p


# ================================================================================================== CONTENU
C = []


def h1(t):
    C.append(("h1", t))


def h2(t):
    C.append(("h2", t))


def p(t):
    C.append(("p", t))


def ul(items):
    C.append(("ul", items))


def ol(items):
    C.append(("ol", items))


def tab(cap, rows, widths, **opts):
    C.append(("t", cap, rows, widths, opts))


# ------------------------------------------------------------------ 1
h1("1 Contexte et objectifs")
h2("1.1 Le Pinceau Comtois")
p("Le Pinceau Comtois est une SARL familiale installée rue Battant depuis 1962, dirigée aujourd'hui par Claire "
  "Jeunet. Neuf personnes se partagent le magasin (aquarelle, huile, acrylique, dessin, gravure) et l'atelier "
  "d'encadrement. Le chiffre d'affaires 2025 s'élève à 1,35 M€ HT, dont 243 k€ en ligne sur le site WooCommerce "
  "(18 %). La base Brevo comptait 11 400 contacts opt-in au 1er septembre 2025.")
p("Trois publics cohabitent : étudiants, amateurs (surtout des aquarellistes de plus de 45 ans), enseignants et "
  "associations. Face à Pigments & Cie (Dijon) et à ArtStock Direct, très agressif sur les prix en ligne, le "
  "magasin mise sur le conseil, les marques régionales et l'encadrement sur mesure.")
h2("1.2 Objectifs de l'opération")
p("Le plan présenté par Claire en juin 2025 fixe deux priorités : porter la part du web de 18 % à 25 % du "
  "chiffre d'affaires d'ici 2027, et faire revenir plus souvent les clients existants. La Carte Palette, lancée "
  "le 8 septembre 2025, en est la première brique ; « Rentrée Palette » (septembre–octobre) et « Noël des "
  "artistes » (novembre–décembre) devaient la faire connaître et utiliser. Objectifs validés le 28 août :")
ol(["**O1** — 1 500 membres Palette au 31 décembre 2025 ;",
    "**O2** — dont 40 % d'étudiants (Palette Étudiant) ;",
    "**O3** — 35 000 € de chiffre d'affaires attribué aux e-mails et automations du 8 septembre au 31 décembre ;",
    "**O4** — un taux de clics moyen d'au moins 3,5 % sur les campagnes ;",
    "**O5** — au moins 22 % du chiffre d'affaires du quatrième trimestre réalisé en ligne."])
p("O1 et O2 servent la fidélité voulue par le plan, O3 et O4 mesurent ce que les e-mails apportent en visites et "
  "en ventes, O5 relie l'opération à la trajectoire 2027.")
h2("1.3 Les vecteurs retenus")
p("L'e-mail est le cœur du dispositif : la base existe, qualifiée, et un envoi ne coûte presque rien. Autour :")
ul(["**la carte comptoir avec QR code**, remise en caisse, qui renvoie vers /carte-palette et fait entrer dans la "
    "base les clients qui n'y étaient pas ;",
    "**Instagram** (et Pinterest en appui), pour montrer les produits et annoncer chaque envoi ;",
    "**les relais** : une créatrice de contenu, deux associations, un blog local, un collectif de dessinateurs "
    "(voir 7.1) ;",
    "**les annonces Search**, pour capter les recherches locales pendant les deux temps forts (voir 7.5)."])

# ------------------------------------------------------------------ 2
h1("2 Base et segments")
h2("2.1 Remise en état de la base")
p("Les envois du printemps tombaient en courrier indésirable chez Orange et Gmail. En août 2025, nous avons : publié les enregistrements SPF, DKIM et DMARC du domaine (DMARC en « none » "
  "deux semaines, puis « quarantine ») ; supprimé 612 adresses en hard bounce et 128 adresses invalides ; placé "
  "dans un segment « sommeil », exclu des campagnes, 1 180 contacts sans ouverture ni achat depuis 24 mois. La "
  "base active au premier envoi comptait donc 9 480 contacts, et le taux de hard bounce est passé de 3,8 % (avril "
  "2025) à 0,4 % en moyenne sur la campagne.")
h2("2.2 Segments")
p("Les segments viennent de l'historique d'achat WooCommerce, du fichier caisse (clients encadrement) et d'un "
  "champ « profil » ajouté au formulaire d'adhésion Palette. Le tableau relie chaque objectif à son segment, aux "
  "vecteurs qui le touchent et au message qui lui est adressé.")
tab("Objectifs, segments, vecteurs et messages",
    [("Objectif", "Segment (contacts actifs en sept.)", "Vecteurs", "Message clé"),
     ("O2 — recruter des étudiants Palette", "Étudiants : école d'art, prépas, arts appliqués (1 640)",
      "E2, association étudiante « Les Godets », carte comptoir, reels Instagram, Search « Rentrée »",
      "« −10 % toute l'année + tes points »"),
     ("O1, O3 — faire adhérer et racheter", "Amateurs aquarelle, surtout 45 ans et plus (4 950)",
      "E3, E5, live avec Jeanne, Aquarellistes du Doubs, blog Besançon en Couleurs",
      "« Des papiers et des pigments d'ici, et un vrai conseil »"),
     ("O1, O3 — commandes groupées", "Enseignants, associations, ateliers (610)", "E4, appel de Claire, "
      "collectif Croqueurs de Besançon", "« Tarif atelier, devis et retrait préparé »"),
     ("O3 — vendre l'encadrement de Noël", "Clients encadrement des 3 dernières années (1 380)", "E6, "
      "vitrine du magasin, Search « Noël »", "« Commandez avant le 6 décembre »"),
     ("O1, O3, O5 — activer les points et le cadeau", "Tous actifs ; membres Palette + acheteurs 12 mois",
      "E1, E5, E7, E8, Instagram, carte comptoir", "« Vos achats vous rapportent ; offrez de la couleur »")],
    [3.4, 3.9, 4.9, 4.4], fs=8.5)
p("Environ 900 contacts actifs sans profil ni achat ne reçoivent que les envois « tous actifs ».")

# ------------------------------------------------------------------ 3
h1("3 Programme Palette")
h2("3.1 Mécaniques étudiées")
p("En juin 2025, nous avons comparé cinq mécaniques possibles pour le programme Palette, au regard de nos "
  "paniers : 46 € en moyenne sur le site, 23 € en boutique, et des étudiants qui passent 2,7 fois par mois "
  "pendant l'année scolaire.")
tab("Comparaison des mécaniques possibles pour le programme Palette",
    [("Dispositif", "Principe", "Pour nous", "Contre nous", "Verdict"),
     ("Carte à tampons", "10 passages = 1 cadeau", "Très simple en caisse", "Aucun lien avec le site ; ignore "
      "le montant ; pas de données", "Écarté"),
     ("Points", "1 € = 1 point, seuil converti en bon", "Récompense fréquence et montant ; même compte en ligne "
      "et en caisse ; données d'achat", "Coût à piloter (5 % rendus)", "Retenu"),
     ("Club payant", "Abonnement annuel à avantages", "Revenu récurrent", "Frein pour les étudiants ; trop peu "
      "de gros acheteurs réguliers", "Écarté"),
     ("Box", "Sélection envoyée chaque mois", "Panier garanti", "Logistique lourde ; les artistes choisissent "
      "leurs couleurs eux-mêmes", "Écarté"),
     ("Paliers", "Avantages selon le cumul annuel", "Valorise les meilleurs clients", "Les petits paniers "
      "n'atteignent jamais le palier", "Retenu, simplifié (statut par profil)")],
    [2.4, 3.4, 4.0, 4.4, 2.4], fs=8.5)
h2("3.2 Le choix : des points et un statut par profil")
p("Nos clients les plus fréquents dépensent le moins à chaque passage : un étudiant achète deux demi-godets "
  "Loue à 6,40 € et revient dix jours plus tard. Une carte à tampons l'aurait récompensé sans rien nous "
  "apprendre ; un club payant l'aurait fait fuir. Les points récompensent fréquence et montant, sur un même "
  "compte en caisse et en ligne (extension WooCommerce Points and Rewards reliée à Brevo), et les 5 % rendus "
  "restent supportables avec 42 % de marge brute. Les paliers deviennent des statuts par profil :")
ul(["**Carte Palette** : 1 point par euro, 200 points = bon de 10 €, 50 points offerts à l'adhésion jusqu'au "
    "30 septembre ;",
    "**Palette Étudiant** : −10 % toute l'année en plus des points, la réponse aux petits paniers fréquents et aux "
    "prix d'ArtStock Direct ;",
    "**Palette Atelier** : enseignants, associations, ateliers ; −12 % dès 150 €, devis, facture et retrait "
    "préparé."])

# ------------------------------------------------------------------ 4
h1("4 Calendrier d'envoi")
p("Le calendrier suit le rythme du magasin : rentrée scolaire, reprise des associations, délais de l'atelier, "
  "achats de cadeaux. La semaine du Black Friday a été évitée, notre offre n'étant pas une offre de remise.")
tab("Calendrier des envois de la campagne",
    [("Semaine", "Envoi", "Segment", "Pourquoi cette semaine"),
     ("S37 — lun. 08/09", "E1 Lancement Carte Palette", "Tous actifs", "Jour du lancement en caisse"),
     ("S38 — mar. 16/09", "E2 Palette Étudiant", "Étudiants", "Lendemain de la rentrée de l'école d'art : les "
      "listes de fournitures circulent"),
     ("S40 — jeu. 02/10", "E3 Papiers & live Jeanne", "Amateurs aquarelle", "Reprise des associations ; live "
      "une semaine après"),
     ("S42 — mar. 14/10", "E4 Palette Atelier", "Enseignants & associations", "Avant la Toussaint, quand les "
      "ateliers préparent les stages"),
     ("S45 — jeu. 06/11", "E5 Noël des artistes", "Tous actifs", "Premières recherches de cadeaux, avant le "
      "Black Friday"),
     ("S46 — mer. 12/11", "E6 Encadrement de Noël", "Clients encadrement", "Trois semaines de délai atelier avant "
      "le 6 décembre"),
     ("S49 — mer. 03/12", "E7 Points doublés", "Membres Palette + acheteurs 12 mois", "Juste après le Black "
      "Friday"),
     ("S51 — lun. 15/12", "E8 Dernière minute", "Tous actifs", "Dernière expédition le 18/12 ; ensuite retrait "
      "et carte cadeau")],
    [2.9, 3.7, 3.5, 6.5], fs=8.5)

# ------------------------------------------------------------------ 5 les e-mails
h1("5 Les e-mails E1 à E8")
p("Chaque envoi est présenté sous la même forme : la fiche, puis le texte du message tel qu'il est parti. Les "
  "tests A/B portent sur l'objet : 2 × 15 % du segment, gagnant choisi à l'ouverture après quatre heures. Sur les "
  "petits segments (E4, E6), le test s'est fait à 50/50 et n'est qu'indicatif. Modèles en une colonne de 600 px "
  "dans l'éditeur Brevo, avec version texte.")

FICHES = [
    {"code": "E1", "titre": "5.1 E1 — Lancement de la Carte Palette",
     "A": "Votre Carte Palette est arrivée : 1 € = 1 point",
     "B": "Nouveau : vos achats beaux-arts vous rapportent enfin quelque chose",
     "pre": "200 points = 10 € offerts, en boutique rue Battant comme sur le site",
     "exp": "Claire — Le Pinceau Comtois <bonjour@lepinceaucomtois.fr>",
     "seg": "Tous actifs — 9 412 délivrés", "envoi": "Lundi 08/09/2025, test à 9 h 30, gagnant à 13 h 30",
     "cta": "« J'active ma Carte Palette » → /carte-palette",
     "bloc": "Kit aquarelle débutant ; Bloc Moulin de Vuillafans 300 g grain fin 24×32, 20 f. ; demi-godet Loue",
     "ab": "A gagnant (47,9 % contre 41,3 %) : l'objet concret l'emporte sur la promesse vague.",
     "corps": ["Bonjour {{ contact.PRENOM }},",
               "Depuis 1962, vous poussez la porte de la rue Battant pour un godet, un bloc ou un conseil. "
               "Aujourd'hui, nous voulons vous remercier autrement : la Carte Palette est lancée.",
               "Le principe est simple : chaque euro dépensé, en boutique ou sur le site, vous rapporte un point. À "
               "200 points, un bon de 10 € vous attend, valable sur tout le magasin, encadrement compris.",
               "Vous êtes étudiant ? La Palette Étudiant vous donne en plus −10 % toute l'année. Vous animez un "
               "atelier ou une association ? Demandez la Palette Atelier.",
               "Pour fêter le lancement, 50 points sont offerts à chaque adhésion avant le 30 septembre.",
               "À très vite,",
               "Claire et toute l'équipe du Pinceau Comtois"]},
    {"code": "E2", "titre": "5.2 E2 — Palette Étudiant",
     "A": "Ta liste de fournitures, 10 % moins chère toute l'année",
     "B": "Rentrée aux Beaux-Arts : on a préparé ta liste",
     "pre": "Palette Étudiant : −10 % + tes points, sur présentation de ta carte étudiante",
     "exp": "Le Pinceau Comtois <bonjour@lepinceaucomtois.fr>",
     "seg": "Étudiants — 1 622 délivrés (tutoiement)", "envoi": "Mardi 16/09/2025, test à 11 h, gagnant à 12 h 15",
     "cta": "« Je prends ma Palette Étudiant » → /rentree-etudiants",
     "bloc": "Bloc Moulin de Vuillafans 300 g grain fin ; Pinceau petit-gris n° 6 ; demi-godet Loue ; carnet A5",
     "ab": "B gagnant (56,2 % contre 51,5 %) : « ta liste » parle plus que la remise.",
     "corps": ["Salut {{ contact.PRENOM }},",
               "La rentrée est là, ta liste de fournitures aussi, et on l'a déjà rangée pour toi : sur notre "
               "page Rentrée, tu retrouves par promo ce que demandent les enseignants.",
               "Avec la Palette Étudiant, tu paies 10 % de moins toute l'année, en boutique comme en ligne, et tu "
               "cumules quand même tes points : 200 points = 10 € à dépenser où tu veux.",
               "Pour l'activer, il suffit d'une photo de ta carte étudiante au moment de l'inscription. Tu peux "
               "aussi passer rue Battant, on la scanne en deux minutes.",
               "Un doute entre grain fin et grain torchon ? Écris-nous sur la messagerie du site, on répond vite.",
               "Bonne rentrée,",
               "L'équipe du Pinceau Comtois"]},
    {"code": "E3", "titre": "5.3 E3 — Papiers et live avec Jeanne",
     "A": "Grain fin, grain torchon : lequel pour vos ciels ?",
     "B": "Le 9 octobre, Jeanne peint en direct avec nos papiers",
     "pre": "Le bloc Moulin de Vuillafans 300 g est de retour, et il se teste en direct",
     "exp": "Claire — Le Pinceau Comtois <bonjour@lepinceaucomtois.fr>",
     "seg": "Amateurs aquarelle — 4 890 délivrés", "envoi": "Jeudi 02/10/2025, test à 8 h, gagnant à 12 h",
     "cta": "« Je m'inscris au live » (principal) ; « Voir les papiers » (secondaire)",
     "bloc": "Bloc Moulin de Vuillafans 300 g grain fin ; même bloc grain torchon ; Pinceau petit-gris n° 6",
     "ab": "A gagnant (53,4 % contre 50,5 %), écart faible.",
     "corps": ["Bonjour {{ contact.PRENOM }},",
               "C'est la question que l'on nous pose le plus au comptoir : grain fin ou grain torchon ? Le grain "
               "fin garde des lavis lisses et des détails nets, idéal pour le botanique ou les ciels dégradés. Le "
               "torchon accroche le pigment et donne de la matière aux paysages.",
               "Le plus simple reste d'essayer. Le jeudi 9 octobre à 18 h, Jeanne, de la chaîne « L'Atelier de "
               "Jeanne », peindra en direct sur notre compte Instagram un même paysage du Doubs sur les deux "
               "grains du Moulin de Vuillafans, avec les aquarelles Loue.",
               "Les membres Palette qui commandent un bloc pendant la semaine du live reçoivent 30 points en plus.",
               "À jeudi prochain,",
               "Claire"]},
    {"code": "E4", "titre": "5.4 E4 — Palette Atelier",
     "A": "Vos commandes d'atelier, simplifiées (et 12 % moins chères)",
     "B": "Professeurs, associations : la Palette Atelier est ouverte",
     "pre": "Tarif atelier dès 150 €, devis en 24 h, retrait préparé en boutique",
     "exp": "Claire Jeunet — Le Pinceau Comtois <claire@lepinceaucomtois.fr>",
     "seg": "Enseignants & associations — 604 délivrés", "envoi": "Mardi 14/10/2025, 17 h 30 (test 50/50)",
     "cta": "« Demander mon accès Palette Atelier » → formulaire /carte-palette#atelier",
     "bloc": "Kit aquarelle débutant (lot de 10) ; demi-godets Loue ; Bloc Moulin de Vuillafans",
     "ab": "B gagnant, indicatif (63,9 % contre 58,9 %).",
     "corps": ["Bonjour {{ contact.PRENOM }},",
               "Vous animez des cours, un atelier associatif ou des stages ? Vous nous avez souvent dit que "
               "préparer la commande du groupe prenait du temps : comparer, faire valider, récupérer la facture.",
               "La Palette Atelier est faite pour cela. Dès 150 € de commande, vous bénéficiez du tarif atelier "
               "(−12 %). Nous vous envoyons un devis sous 24 h, la facture au nom de votre structure, et nous "
               "préparons la commande pour un retrait en boutique à l'heure qui vous arrange.",
               "Vos achats comptent aussi en points Palette, au nom de la structure.",
               "Pour ouvrir votre accès, il suffit de remplir le formulaire : je vous rappelle personnellement "
               "dans la semaine.",
               "Bien à vous,",
               "Claire Jeunet, gérante"]},
    {"code": "E5", "titre": "5.5 E5 — Noël des artistes",
     "A": "Noël des artistes : 40 idées pour ceux qui peignent",
     "B": "Le cadeau qu'un peintre n'achète jamais pour lui-même",
     "pre": "De 6,40 € à 180 €, emballage cadeau offert en boutique et sur le site",
     "exp": "Le Pinceau Comtois <bonjour@lepinceaucomtois.fr>",
     "seg": "Tous actifs — 9 903 délivrés", "envoi": "Jeudi 06/11/2025, test à 9 h, gagnant à 13 h",
     "cta": "« Voir les idées cadeaux » → /idees-cadeaux-artistes",
     "bloc": "Kit aquarelle débutant ; Pinceau petit-gris n° 6 ; Bloc Moulin de Vuillafans ; carte cadeau",
     "ab": "B gagnant (46,8 % contre 42,1 %) : l'objet qui raconte une situation.",
     "corps": ["Bonjour {{ contact.PRENOM }},",
               "Il y a toujours, autour de nous, quelqu'un qui peint, qui dessine ou qui voudrait s'y mettre. Et "
               "il y a toujours ce pinceau trop cher, ce papier d'exception ou ce coffret qu'il ne s'offrira "
               "jamais lui-même.",
               "Notre sélection « Noël des artistes » réunit 40 idées, classées par budget et par niveau : le "
               "kit aquarelle débutant pour se lancer, le pinceau petit-gris pour celui qui a déjà tout, les "
               "papiers du Moulin de Vuillafans pour les exigeants.",
               "L'emballage cadeau est offert, en boutique comme sur le site. Et si vous hésitez, la carte cadeau "
               "laisse choisir la couleur.",
               "Commandes expédiées jusqu'au 18 décembre, retrait rue Battant jusqu'au 24 à 17 h.",
               "Joyeuses fêtes créatives,",
               "L'équipe du Pinceau Comtois"]},
    {"code": "E6", "titre": "5.6 E6 — Encadrement de Noël",
     "A": "Encadrement pour Noël : commandez avant le 6 décembre",
     "B": "Votre dessin mérite mieux qu'un tiroir",
     "pre": "Trois semaines de délai à l'atelier : il est encore temps, sur rendez-vous",
     "exp": "L'atelier du Pinceau Comtois <atelier@lepinceaucomtois.fr>",
     "seg": "Clients encadrement des 3 dernières années — 1 365 délivrés",
     "envoi": "Mercredi 12/11/2025, 18 h (test 50/50)",
     "cta": "« Prendre rendez-vous à l'atelier » → /encadrement#rendez-vous",
     "bloc": "Encadrement sur mesure (dès 45 €) ; caisse américaine ; carte cadeau encadrement",
     "ab": "A gagnant, indicatif (56,1 % contre 52,3 %) : la date limite a joué.",
     "corps": ["Bonjour {{ contact.PRENOM }},",
               "Une aquarelle de vacances, le dessin d'un enfant, une affiche qui attend depuis des mois : "
               "encadrée, elle devient un vrai cadeau.",
               "Notre atelier travaille sur mesure, à la main, rue Battant. Pour une remise avant Noël, il nous "
               "faut environ trois semaines : les commandes passées jusqu'au samedi 6 décembre seront prêtes à "
               "temps.",
               "Le plus simple est de prendre rendez-vous en ligne : venez avec votre œuvre, nous choisissons "
               "ensemble la moulure, la couleur du passe-partout et le verre. Comptez une vingtaine de minutes.",
               "Vous ne savez pas ce qu'il ou elle aimerait encadrer ? La carte cadeau encadrement laisse le "
               "choix.",
               "À bientôt à l'atelier,",
               "Mathieu, encadreur"]},
    {"code": "E7", "titre": "5.7 E7 — Points doublés",
     "A": "Du 3 au 14 décembre, vos points comptent double",
     "B": "{{ contact.PRENOM }}, doublez vos points Palette avant Noël",
     "pre": "Votre solde actuel : {{ contact.POINTS }} points. Chaque euro en vaut deux jusqu'au 14/12",
     "exp": "Le Pinceau Comtois <bonjour@lepinceaucomtois.fr>",
     "seg": "Membres Palette + acheteurs des 12 derniers mois — 4 310 délivrés",
     "envoi": "Mercredi 03/12/2025, test à 8 h, gagnant à 12 h",
     "cta": "« Voir mon solde de points » → /mon-compte/points",
     "bloc": "Carte cadeau ; Kit aquarelle débutant ; Pinceau petit-gris n° 6",
     "ab": "B gagnant (54,6 % contre 49,2 %) : prénom et solde personnel.",
     "corps": ["Bonjour {{ contact.PRENOM }},",
               "Vous avez aujourd'hui {{ contact.POINTS }} points sur votre Carte Palette. Du mercredi 3 au "
               "dimanche 14 décembre, chaque euro dépensé vous en rapporte deux, en boutique comme sur le site.",
               "Concrètement : un kit aquarelle débutant à 59 € offert à Noël vous rapporte 118 points, soit plus "
               "de la moitié d'un bon de 10 €.",
               "Les cartes cadeaux comptent aussi. Elles existent de 20 à 150 €, en carte imprimée ou envoyée par "
               "e-mail à la date de votre choix.",
               "Vos bons déjà disponibles sont utilisables pendant l'opération : pensez à les présenter en caisse "
               "ou à les saisir dans votre panier.",
               "Merci de votre fidélité,",
               "Claire et l'équipe"]},
    {"code": "E8", "titre": "5.8 E8 — Dernière minute",
     "A": "Trop tard pour la livraison ? Pas pour la carte cadeau",
     "B": "Dernière minute : retrait en boutique jusqu'au 24 à 17 h",
     "pre": "Carte cadeau envoyée par e-mail en 5 minutes, ou commande prête en 2 h rue Battant",
     "exp": "Le Pinceau Comtois <bonjour@lepinceaucomtois.fr>",
     "seg": "Tous actifs — 10 480 délivrés", "envoi": "Lundi 15/12/2025, test à 7 h, gagnant à 11 h",
     "cta": "« Offrir une carte cadeau » ; « Commander et retirer rue Battant »",
     "bloc": "Carte cadeau e-mail ; Kit aquarelle débutant ; demi-godet Loue",
     "ab": "A gagnant (45,1 % contre 42,6 %).",
     "corps": ["Bonjour {{ contact.PRENOM }},",
               "Les derniers colis partent le jeudi 18 décembre. Passé cette date, deux solutions restent ouvertes "
               "jusqu'au bout.",
               "La carte cadeau par e-mail : choisissez le montant, écrivez votre message, elle arrive dans la "
               "boîte de la personne de votre choix le jour que vous fixez, même le 24 au soir.",
               "Le retrait en boutique : commandez sur le site, nous préparons votre commande en deux heures, "
               "emballage cadeau compris, et vous la récupérez rue Battant jusqu'au mercredi 24 décembre à 17 h.",
               "Et vos points Palette continuent de s'ajouter sur chaque achat.",
               "Belles fêtes à vous,",
               "L'équipe du Pinceau Comtois"]},
]
EIDX = {e[0]: e for e in ENVOIS}
for f in FICHES:
    assert n(EIDX[f["code"]][5]).replace("\u00a0", " ") in f["seg"], f["code"]
    C.append(("h2", f["titre"]))
    C.append(("fiche", f))

# ------------------------------------------------------------------ 6
h1("6 Automations")
p("Trois scénarios tournent en continu dans Brevo à côté des campagnes, activés le 8 septembre. Chacun s'arrête "
  "dès que le contact a commandé.")
h2("6.1 Bienvenue Palette")
ol(["Déclencheur : adhésion à la Carte Palette (formulaire du site ou QR de la carte comptoir) ;",
    "immédiatement : carte numérique, solde de points et rappel du barème ;",
    "J+3 : « Nos conseils pour bien commencer », selon le profil (étudiant, amateur, atelier) ;",
    "J+10, sans achat : rappel des 50 points offerts et des trois produits les plus achetés par le profil."])
h2("6.2 Relance panier")
ol(["Déclencheur : panier abandonné par un contact identifié (extension Brevo pour WooCommerce) ;",
    "1 heure après : « Votre panier vous attend », photo et prix des produits, sans remise ;",
    "24 heures après : proposition d'un conseil par la messagerie du site ou par téléphone."])
h2("6.3 Seuil de points atteint")
ol(["Déclencheur : solde Palette ≥ 200 points ;",
    "e-mail « Votre bon de 10 € est disponible », code à usage unique valable 6 mois ;",
    "30 jours avant l'expiration, si le bon n'est pas utilisé : rappel."])
p("Chiffre d'affaires des trois scénarios sur la période : 5 680 € (détail en 9.1).")

# ------------------------------------------------------------------ 7
h1("7 Dispositif autour des e-mails")
h2("7.1 Relais")
p("Cinq relais, choisis parce que leur public recoupe l'un de nos segments, pas pour leur audience :")
ul(["**« L'Atelier de Jeanne »** (YouTube, 38 000 abonnés) : aquarelliste du Haut-Doubs dont le public, selon "
    "ses statistiques, a surtout plus de 45 ans et peint à l'aquarelle — notre segment « amateurs ». Elle "
    "utilisait déjà les aquarelles Loue. Live du 09/10, vidéo, code JEANNE10 ;",
    "**les Aquarellistes du Doubs** : 120 adhérents, même public que Jeanne mais local et prescripteur dans les "
    "clubs ; annonce dans leur lettre et démonstration au magasin ;",
    "**l'association étudiante « Les Godets »** de l'école d'art : touche les étudiants au moment où la liste de "
    "fournitures circule ; code GODETS10 ;",
    "**le blog « Besançon en Couleurs »** : lecteurs bisontins amateurs d'expositions, acheteurs de cadeaux qui "
    "ne nous connaissent pas encore ; article sur le magasin et l'atelier ;",
    "**le collectif Croqueurs de Besançon** : dessinateurs urbains, relais naturel de la Palette Atelier auprès "
    "des animateurs d'ateliers."])
p("Trafic apporté (GA4, sessions de septembre à décembre, liens marqués) : « L'Atelier de Jeanne » **612 "
  "sessions**, Aquarellistes du Doubs **148**, Besançon en Couleurs **95**. Les liens de l'association "
  "étudiante et du collectif n'étaient pas marqués.")
p("Ventes : seuls deux relais avaient un code dédié. JEANNE10 figure dans **84 commandes** et GODETS10 dans **46 "
  "commandes** (site et boutique). Pour les trois autres, nous n'avons pas de mesure des ventes.")
h2("7.2 Instagram et Pinterest")
p("Le planning prévoyait 24 publications Instagram calées sur les envois (une la veille de chaque e-mail, une "
  "dans les deux jours, plus les rendez-vous propres au réseau). **22 ont été publiées** ; les deux de la semaine "
  "47 ont sauté pendant l'inventaire.")
ul(["**« 1 minute, 1 pigment »** : six reels tournés au comptoir, un pigment Loue par épisode (terre de Sienne "
    "brûlée, bleu de Prusse…), sous-titrés pour une lecture sans le son ;",
    "**le live avec Jeanne** du 9 octobre, annoncé par E3, rediffusion épinglée sur le profil ;",
    "**le concours « Ma palette de rentrée »** (abonnement + mention d'un ami, kit débutant à gagner), du 22/09 "
    "au 05/10 ;",
    "**trois tableaux Pinterest** (« Aquarelle du Doubs », « Idées cadeaux pour artistes », « Encadrements de "
    "l'atelier ») alimentés avec les visuels des e-mails."])
p("Le compte est passé de **3 100 à 3 950 abonnés** (+850), en deux marches : +310 pendant le concours, +240 la "
  "semaine du live. Le concours a aussi attiré des chasseurs de cadeaux, avec 120 désabonnements dans les dix "
  "jours suivant le tirage ; les abonnés venus du live sont restés.")
h2("7.3 Pages d'atterrissage et requêtes")
p("Trois pages reçoivent le trafic des e-mails, des relais et des annonces : **/carte-palette** (formules, "
  "adhésion, questions fréquentes), **/rentree-etudiants** (listes de fournitures par école, inscription Palette "
  "Étudiant) et **/idees-cadeaux-artistes** (sélection de Noël par budget), chacune avec une seule action "
  "principale.")
p("La grille de requêtes (annexe A, 48 requêtes) a été construite en cinq étapes :")
ol(["**graines de l'équipe** : pendant une semaine, chaque vendeur a noté les mots exacts des clients (« papier "
    "aquarelle épais », « petit-gris », « caisse américaine ») — 63 expressions ;",
    "**Keyword Planner** de Google Ads : élargissement et volumes mensuels France, puis rayon de 40 km quand le "
    "volume local était exploitable ;",
    "**Search Console** : requêtes où le site apparaissait déjà entre la 8e et la 30e position ;",
    "**« Autres questions posées »** dans Google : questions réelles (« quel papier pour l'aquarelle », « grain fin "
    "ou torchon ») pour les pages et les e-mails de conseil ;",
    "**qualification** : intention, volume, modificateur local (« Besançon », « Doubs »), page cible, priorité ; "
    "les requêtes sans page possible ou tenues par les enseignes nationales ont été écartées."])
p("Les requêtes prioritaires sont celles où le magasin a un avantage réel : le local (« magasin beaux-arts "
  "Besançon », « encadreur Besançon »), où aucun des deux concurrents n'a de boutique, et le conseil sur nos "
  "marques régionales (« papier aquarelle grain fin 300 g », « pinceau petit-gris »), où une page experte peut "
  "se classer malgré des volumes modestes.")
h2("7.4 Maillage et cocon")
p("Nous n'avons pas travaillé de cocon pendant la campagne ; prévu au printemps.")
h2("7.5 Annonces Search")
p("Deux campagnes Google Ads Search, sur un rayon de **40 km autour de Besançon** (au-delà, les clients achètent "
  "chez les acteurs nationaux et le clic ne se rentabilise pas) :")
ul(["**« Rentrée »** (08/09 – 12/10, 25 €/jour), trois groupes d'annonces : « Papier aquarelle » → catégorie "
    "papiers ; « Fournitures étudiants » → /rentree-etudiants ; « Magasin beaux-arts Besançon » → accueil ;",
    "**« Noël »** (10/11 – 21/12, 20 €/jour), deux groupes : « Cadeaux artistes » → /idees-cadeaux-artistes ; "
    "« Encadrement » → /encadrement."])
p("Correspondances exactes et expressions uniquement. Requêtes exclues (mots clés négatifs), complétées chaque "
  "semaine d'après les termes de recherche : « gratuit », "
  "« tuto », « cours », « dessin facile », « emploi », « occasion », et les noms des enseignes nationales. "
  "Dépense : 1 960 € (1 080 € « Rentrée », 880 € « Noël »). Trois des annonces, dans l'aperçu Google Ads :")
C.append(("apercu", ["Annonce · www.lepinceaucomtois.fr/rentree-etudiants",
                     "**Fournitures Beaux-Arts Besançon | −10 % Étudiants Toute l'Année | Rue Battant depuis "
                     "1962**",
                     "Listes de fournitures par école et par année. Papiers, godets, pinceaux, carnets. Commandez "
                     "en ligne, retirez en 2 h en boutique. Carte Palette : 1 € = 1 point."]))
C.append(("apercu", ["Annonce · www.lepinceaucomtois.fr/papiers-aquarelle",
                     "**Papier Aquarelle 300 g Grain Fin | Moulin de Vuillafans | Conseil d'Aquarellistes**",
                     "Bloc 24×32, 20 feuilles, 24,90 €. Grain fin ou torchon : nos vendeurs peignent et vous "
                     "conseillent. Livraison ou retrait à Besançon."]))
C.append(("apercu", ["Annonce · www.lepinceaucomtois.fr/encadrement",
                     "**Encadreur à Besançon | Sur Mesure, Fait à la Main | Prêt pour Noël**",
                     "Moulures, passe-partout, verre anti-reflet. Commandez avant le 6 décembre pour Noël. "
                     "Rendez-vous en ligne à l'atelier de la rue Battant."]))
h2("7.6 Messagerie du site")
p("La messagerie du site (Brevo Conversations) est tenue par Inès Bourgeois en semaine et par les vendeurs le "
  "samedi. De septembre à décembre : **264 conversations**, délai médian de première réponse de **6 minutes** "
  "aux heures d'ouverture, et **18 %** des conversations (48) suivies d'une commande dans les sept jours, contre "
  "2,1 % de transformation moyenne des visites. Sujets : choix d'un produit (41 %), encadrement (23 %), livraison "
  "et retrait (21 %), Carte Palette (15 %).")
p("La répartition par heure a montré un trou : le dimanche entre 18 h et 23 h, 22 conversations sont restées "
  "sans réponse jusqu'au lundi, au moment où les étudiants préparent leur semaine. Depuis le 2 novembre, une "
  "réponse automatique annonce l'heure de réponse et propose les trois guides les plus demandés. Deux "
  "conversations commentées figurent en annexe B.")
h2("7.7 Vitrines")
p("Les fonctions de mise en avant de WooCommerce ont servi de quatre façons :")
ul(["**produits vedettes** : huit produits par temps fort, remontés dans le bloc « Le choix de l'équipe » et "
    "dans les e-mails ;",
    "**ventes croisées « Complétez votre kit »** : à chaque papier un pinceau et deux godets, à chaque kit un "
    "bloc ;",
    "**catégories temporaires** « Sélection Rentrée » puis « Noël des artistes », qui regroupent les produits des "
    "e-mails ;",
    "**lots** (extension Product Bundles) : « Kit aquarelle débutant » à 59 € et deux lots de rentrée par école."])
p("Emplacements retenus : la **bannière d'accueil**, qui reprend le visuel de l'e-mail en cours, et le **panier**, "
  "où « Complétez votre kit » a été ajouté à 11 % des commandes de la période.")
h2("7.8 Moyens et facilités de règlement")
p("Le site accepte **PayPlug** (carte bancaire et Apple Pay, depuis 2023) et **PayPal** (ajouté en août 2025 pour "
  "les clients qui ne veulent pas saisir leur carte). Comme **64 % des clics** des e-mails se font sur mobile, les "
  "deux moyens ont été testés avant le 8 septembre sur trois types d'appareils, avec une vraie commande "
  "remboursée :")
ul(["**téléphone** : iPhone 13 (Safari, Apple Pay) et Samsung Galaxy A52 (Chrome, carte et PayPal) — le bouton "
    "PayPal était masqué par le pied de page du thème sur le Samsung, corrigé par Inès le 3 septembre ;",
    "**tablette** : iPad (Safari) — carte, Apple Pay et PayPal validés ;",
    "**ordinateur** : PC Windows (Firefox, Edge) et MacBook (Safari) — validés."])
p("Trois éléments rassurent l'acheteur :")
ul(["**3-D Secure** : le client voit sa propre banque valider l'achat dans son application, ce qui compte pour une "
    "clientèle âgée méfiante envers la saisie de carte ;",
    "**le paiement au retrait en boutique** : voir la teinte ou le grain avant de payer ; 19 % des commandes "
    "l'ont choisi ;",
    "**les avis clients vérifiés** (312 avis, 4,8/5, beaucoup citent le conseil) : ils répondent à la question "
    "« qui sont ces gens ? » d'un acheteur qui ne connaît pas le magasin."])
p("Facilités de règlement proposées :")
ul(["**Oney 3x / 4x** via PayPlug dès 150 € : chevalets, coffrets, grands encadrements ;",
    "**PayPal en 4 fois**, de 30 € à 2 000 €, pour les comptes éligibles ;",
    "**Pass Culture** : magasin référencé depuis octobre 2025, réservation sur l'application et retrait en "
    "boutique ;",
    "**cartes cadeaux**, imprimées ou par e-mail, de 20 à 150 €."])
p("Sur la période, **41 paniers** ont été réglés avec Oney, pour un montant moyen de **212 €** contre **46 €** pour "
  "l'ensemble des commandes du site : la facilité accompagne les plus gros achats, ceux qui font la marge de "
  "l'atelier.")

# ------------------------------------------------------------------ 8
h1("8 Plan de marquage")
h2("8.1 Outils utilisés")
ul(["**Brevo** : envois, délivrabilité, ouvertures, clics, désinscriptions, scénarios, solde de points ;",
    "**GA4 + paramètres UTM** : visites, engagement et chiffre d'affaires par envoi, relais et campagne Search ;",
    "**Google Search Console** : positions et clics sur les requêtes de la grille, liens ;",
    "**WooCommerce Analytics** : commandes, paniers, utilisation des codes et des bons Palette ;",
    "**Google Ads** : dépenses, clics, coût par clic, termes de recherche ;",
    "**Ubersuggest** (un mois payant) : sites référents et suivi de positions complémentaire."])
h2("8.2 Pourquoi ces outils")
p("Trois critères. **Le coût** : un magasin de neuf personnes ne paie pas Semrush toute l'année ; outils "
  "gratuits ou inclus d'abord, Ubersuggest payé un mois pour les liens. **Le lien avec la vente** : chaque indicateur doit pouvoir être rattaché à une commande WooCommerce, "
  "d'où le marquage de tous les liens et le rapprochement des codes. **La fiabilité** : un chiffre connu pour "
  "être biaisé ne sert pas de référence.")
p("C'est le cas du taux d'ouverture. La protection de la confidentialité de Mail d'Apple précharge les images "
  "des messages et déclenche le pixel d'ouverture même si le message n'est pas lu ; 38 % de nos ouvertures "
  "viennent d'Apple Mail. Les ouvertures servent donc seulement à départager deux objets d'un même test A/B. "
  "**Les clics (Brevo) et le chiffre d'affaires attribué (GA4) sont les chiffres de référence** de ce bilan.")
h2("8.3 Règles de marquage")
ul(["utm_source = brevo ; utm_medium = email ou automation ; utm_campaign = aaaa-mm_code_sujet (ex. "
    "2025-09_e1_lancement-palette) ; utm_content = emplacement du lien (cta-haut, bloc-produit-2) ;",
    "relais : utm_source = nom du relais, utm_medium = relais ;",
    "événements GA4 : purchase, add_to_cart, adhesion_palette, conversation_messagerie ;",
    "attribution : dernier clic non direct, fenêtre de 7 jours, identique pour tous les envois."])

# ------------------------------------------------------------------ 9
h1("9 Résultats")
h2("9.1 Envois")
p("Le suivi hebdo est tenu chaque lundi dans un classeur Google Sheets (un onglet par semaine, exports Brevo et "
  "GA4) relié à Looker Studio (annexe C). Ci-dessous, la consolidation ; « Ventes » = CA TTC attribué par GA4 "
  "et commandes.")
rows = [("Envoi", "Délivrés", "Ouverture", "CTOR", "Clics", "Désinscriptions", "Ventes")]
for e in ENVOIS:
    rows.append(("%s %s (%s)" % (e[0], e[1], e[2]), n(e[5]), pc(e[6] / e[5] * 100), pc(e[7] / e[6] * 100),
                 "%s (%s)" % (n(e[7]), pc(e[7] / e[5] * 100)), "%s (%s)" % (e[8], pc(e[8] / e[5] * 100, 2)),
                 "%s\n%d cmd" % (eur(e[9]), e[10])))
rows.append(("Scénarios (relance panier, bienvenue, seuil de points)", "—", "—", "—", "—", "—",
             "%s\n%d cmd" % (eur(CA_AUTO), sum(a[2] for a in AUTOMATIONS))))
rows.append(("Total", n(DELIV), pc(OPENS / DELIV * 100), pc(CLICS / OPENS * 100),
             "%s (%s)" % (n(CLICS), pc(CLICS / DELIV * 100)), "%d (%s)" % (UNSUB, pc(UNSUB / DELIV * 100, 2)),
             "%s\n%d cmd" % (eur(CA_TOTAL), CMD_TOTAL)))
tab("Résultats par envoi (Brevo pour les envois, GA4 pour les ventes)", rows, [4.4, 1.7, 1.8, 1.6, 2.3, 2.5, 2.3],
    fs=8, num_cols=[1, 2, 3, 4, 5, 6], total=True)
p("**Indicateurs suivis.** Pour un magasin qui vend surtout à des clients déjà connus, ils relient l'e-mail à "
  "l'achat et au retour : **taux de clics** et **CTOR** (intérêt réel, les "
  "ouvertures étant gonflées) ; **chiffre d'affaires et commandes** par envoi ; **adhésions Palette** et part "
  "d'étudiants (O1, O2) ; **désinscriptions** (fatigue de la base, alerte à 0,5 %) ; **hard bounces** "
  "(délivrabilité, alerte à 2 %) ; **taux de réachat à 60 jours** des membres, qui dit si la carte fait revenir.")
ul(["**Trafic** : 2 310 sessions issues des e-mails (1 745 clics), 9 % des sessions du site ; les envois « tous "
    "actifs » font les pics, les envois segmentés un trafic plus acheteur ;",
    "**taux d'engagement** (GA4) : 71 % des visites venues des e-mails, contre 58 % sur le site : les "
    "destinataires arrivent avec une intention ;",
    "**durée d'engagement** : 2 min 41 s depuis les e-mails contre 1 min 52 s en moyenne ; 3 min 30 s sur E3 "
    "(conseil), 1 min 20 s sur E8 (pratique) ;",
    "**abandon de panier** : 68 % des paniers créés n'ont pas abouti ; la relance en a récupéré 71 (3 420 €), "
    "c'est le scénario le plus rentable ;",
    "**chiffre d'affaires** : 41 600 € TTC attribués, avec de forts écarts entre envois segmentés (E4 : 4,74 € "
    "par contact délivré ; E6 : 2,50 €) et envois larges (E8 : 0,38 €)."])
p("Au 31 décembre, la Carte Palette compte **1 720 membres**, dont **533 Palette Étudiant** (31 %) et **64 "
  "structures Palette Atelier**. À 60 jours, 38 % des membres ont racheté, contre 21 % des autres clients.")
h2("9.2 Site et référencement")
p("Positions de la page /carte-palette (Search Console, position moyenne) :")
ul(["« carte fidélité beaux-arts » : 27e avant, **6e** au relevé du 26/01/2026 ;",
    "« programme fidélité magasin beaux-arts » : hors des 50 premiers avant, **18e** au relevé du 26/01/2026."])
p("**Sites référents.** Ubersuggest, recoupé avec le rapport « Liens » de la Search Console : **21 domaines "
  "référents** au 1er septembre 2025, **29** au 26 janvier 2026. Les huit nouveaux viennent de l'opération (site "
  "de Jeanne, Aquarellistes du Doubs, Besançon en Couleurs, « Les Godets », annuaire Pass Culture, office de "
  "tourisme, deux blogs d'aquarellistes) : des sites thématiques ou locaux.")
p("Les sessions organiques ont progressé de 21 % entre septembre–décembre 2024 et septembre–décembre 2025.")
p("**Communauté Instagram.** Le passage de 3 100 à 3 950 abonnés (+27 %) s'est fait sur les deux rendez-vous "
  "prévus : la communauté se construit autour des événements plus que des publications isolées. Le concours a "
  "gonflé le chiffre sans fidéliser (120 départs rapides).")
h2("9.3 Lecture des publications Instagram")
h2("9.4 Rentabilité de l'opération")
p("La rentabilité est calculée sur la marge, puisque c'est elle qui paie les dépenses : chiffre d'affaires "
  "attribué par GA4 aux e-mails et scénarios, ramené à la marge brute moyenne de 42 % (cabinet comptable, 2025).")
ul(["chiffre d'affaires attribué : %s (envois %s + scénarios %s) ;" % (eur(CA_TOTAL), eur(CA_ENVOIS),
                                                                      eur(CA_AUTO)),
    "marge brute : 41 600 € × 42 % = **17 470 €** (arrondi) ;",
    "coûts de l'opération, hors temps interne : **%s**, soit :" % eur(COUT)]
   + ["%s : %s ;" % (lab, eur(v)) for lab, v in COUTS]
   + ["rentabilité de l'opération : (17 470 − 3 480) / 3 480 = **4,0** — chaque euro dépensé a rapporté 4 € de "
      "marge en plus de ce qu'il a coûté."])
p("**Efficacité.** Les envois segmentés rapportent le plus par contact : 4,74 € pour E4, 1,92 € pour E2, "
  "contre 0,63 € pour E1 et 0,38 € pour E8. Le CTOR dit la même chose : au-dessus de 14 % sur E4 et E2, sous "
  "7,5 % sur E5 et E8. La base entière sert à faire connaître la carte, les segments à vendre.")
p("**Visibilité.** Le suivi hebdo montre que les semaines d'envoi sont aussi celles où les recherches sur le nom "
  "du magasin augmentent dans la Search Console (+35 % d'impressions en moyenne) : les e-mails font aussi "
  "revenir les clients par Google.")
p("**Retour.** Au-delà du 4,0 de l'opération, les annonces Search suivies à part ont coûté 1 960 € pour "
  "9 140 € de chiffre d'affaires, soit 3 840 € de marge : rentables sur « Rentrée », à l'équilibre sur « Noël », "
  "où le coût par clic a doublé la semaine du 15 décembre.")

# ------------------------------------------------------------------ 10
h1("10 Enseignements")
h2("10.1 Les objectifs : trois sur cinq")
ul(["**O1 — atteint** : 1 720 membres pour 1 500 ; la carte comptoir a fait 58 % des adhésions ;",
    "**O2 — non atteint** : 31 % d'étudiants pour 40 %. Beaucoup avaient acheté leur liste dès la journée "
    "d'accueil du 11 septembre, avant E2 ; « Les Godets » n'a relayé qu'en octobre ; la photo de carte "
    "étudiante demandée en ligne a fait abandonner des formulaires ;",
    "**O3 et O4 — atteints** : 41 600 € pour 35 000 €, porté par les envois segmentés et la relance panier ; "
    "4,1 % de clics pour 3,5 % ;",
    "**O5 — non atteint** : 20,4 % du chiffre d'affaires du trimestre en ligne pour 22 %. La boutique a aussi "
    "profité de la carte, ce qui dilue la part du web : objectif mal formulé pour une opération qui sert les "
    "deux canaux."])
h2("10.2 Hiérarchie des chantiers")
p("Un chantier P1 conditionne tous les autres : sans domaine authentifié ni base nettoyée, les e-mails finissent "
  "en indésirables ; sans marquage, aucune vente n'est attribuable. Ils ont été faits en premier, en août.")
tab("Chantiers classés par priorité",
    [("Priorité", "Chantier", "Pourquoi à ce rang", "État"),
     ("P1", "Authentification du domaine (SPF, DKIM, DMARC)", "Condition de délivrabilité de tout le reste",
      "Fait — août 2025"),
     ("P1", "Nettoyage de la base", "Protège la réputation d'envoi",
      "Fait — août 2025"),
     ("P1", "Plan de marquage UTM et événements GA4", "Sans lui, pas d'attribution des ventes", "Fait — août 2025"),
     ("P2", "Segments et champ « profil »", "Rapportent 3 à 12 fois plus par contact",
      "Fait — sept. 2025"),
     ("P2", "Scénarios (relance panier, bienvenue, points)", "Revenu régulier sans nouvel envoi", "Fait — sept. 2025"),
     ("P2", "Codes dédiés pour les 5 relais", "Mesurer les ventes de chaque relais", "Partiel — 2 sur 5"),
     ("P3", "Annonces Search locales", "Complément de trafic sur les temps forts", "Fait — sept. et nov. 2025"),
     ("P3", "Pages de conseil (requêtes informationnelles)", "Visibilité à moyen terme",
      "Engagé — 3 pages sur 9")],
    [1.8, 5.3, 5.7, 3.8], fs=8.5, center_cols=[0])
h2("10.3 Actions correctives")
p("Validées avec Claire le 30 janvier 2026, classées par effet attendu sur les objectifs manqués et par coût.")
tab("Actions correctives classées",
    [("Rang", "Action", "Objectif visé", "Responsable", "Échéance"),
     ("1", "Envoyer l'e-mail étudiants avant la journée d'accueil et signer le relais étudiant dès juin", "O2",
      "Lison", "25/08/2026"),
     ("2", "Remplacer la photo de carte étudiante par une vérification en boutique au premier retrait", "O2",
      "Inès", "30/04/2026"),
     ("3", "Donner un code dédié et des liens marqués aux cinq relais", "Mesure des relais", "Lison",
      "31/03/2026"),
     ("4", "Fixer l'objectif web en chiffre d'affaires en ligne plutôt qu'en part du total", "O5", "Claire",
      "31/03/2026"),
     ("5", "Limiter les envois « tous actifs » à quatre par an, multiplier les envois segmentés", "O3, O4",
      "Lison", "dès mars 2026"),
     ("6", "Plafonner le coût par clic de la campagne « Noël » la semaine du 15 décembre", "Rentabilité",
      "Lison", "nov. 2026"),
     ("7", "Remplacer le concours Instagram par un deuxième live", "Communauté", "Lison", "sept. 2026")],
    [1.3, 7.3, 2.3, 2.9, 2.4], fs=8.5, center_cols=[0])

# ------------------------------------------------------------------ annexes
C.append(("annexe", "Annexe A — Grille de requêtes"))
p("48 requêtes retenues. Volumes : Keyword Planner, moyenne mensuelle France (septembre 2025). Intention : L = "
  "locale (modificateur « Besançon », « Doubs » ou adresse), T = transactionnelle, C = commerciale, I = "
  "informationnelle. P1 : à travailler d'abord.")
REQ = [
    ("magasin beaux-arts besançon", "L", 320, "oui", "/", "P1"),
    ("fournitures beaux-arts besançon", "L", 170, "oui", "/", "P1"),
    ("magasin peinture artiste besançon", "L", 90, "oui", "/", "P2"),
    ("boutique aquarelle besançon", "L", 40, "oui", "/papiers-aquarelle", "P2"),
    ("encadreur besançon", "L", 390, "oui", "/encadrement", "P1"),
    ("encadrement sur mesure besançon", "L", 140, "oui", "/encadrement", "P1"),
    ("magasin dessin doubs", "L", 30, "oui", "/", "P3"),
    ("beaux-arts rue battant", "L", 20, "oui", "/", "P3"),
    ("papier aquarelle grain fin 300 g", "T", 880, "non", "/papiers-aquarelle", "P1"),
    ("bloc aquarelle 300g", "T", 1300, "non", "/papiers-aquarelle", "P1"),
    ("papier aquarelle grain torchon", "T", 590, "non", "/papiers-aquarelle", "P2"),
    ("papier aquarelle 100 % coton", "C", 720, "non", "/papiers-aquarelle", "P2"),
    ("quel papier pour l'aquarelle", "I", 1000, "non", "/guide-papiers", "P2"),
    ("bloc aquarelle 24x32", "T", 210, "non", "/papiers-aquarelle", "P2"),
    ("papier aquarelle grain fin ou torchon", "I", 260, "non", "/guide-papiers", "P1"),
    ("grammage papier aquarelle", "I", 480, "non", "/guide-papiers", "P3"),
    ("aquarelle extra-fine demi-godet", "T", 390, "non", "/aquarelle-godets", "P1"),
    ("demi-godet aquarelle à l'unité", "T", 170, "non", "/aquarelle-godets", "P1"),
    ("palette aquarelle débutant", "C", 1600, "non", "/kit-aquarelle-debutant", "P2"),
    ("kit aquarelle débutant", "C", 2400, "non", "/kit-aquarelle-debutant", "P1"),
    ("coffret aquarelle adulte", "C", 1900, "non", "/idees-cadeaux-artistes", "P2"),
    ("aquarelle fabriquée en france", "C", 210, "non", "/aquarelle-godets", "P1"),
    ("pigment aquarelle bleu de prusse", "T", 90, "non", "/aquarelle-godets", "P3"),
    ("comment choisir sa peinture aquarelle", "I", 320, "non", "/guide-aquarelle", "P3"),
    ("pinceau petit-gris", "T", 720, "non", "/pinceaux", "P1"),
    ("pinceau aquarelle petit gris n°6", "T", 90, "non", "/pinceaux", "P1"),
    ("pinceau aquarelle synthétique ou naturel", "I", 170, "non", "/guide-pinceaux", "P3"),
    ("meilleur pinceau aquarelle", "C", 590, "non", "/pinceaux", "P2"),
    ("pinceau à lavis", "T", 260, "non", "/pinceaux", "P3"),
    ("entretien pinceau petit-gris", "I", 110, "non", "/guide-pinceaux", "P3"),
    ("liste fournitures école d'art", "I", 260, "non", "/rentree-etudiants", "P1"),
    ("fournitures beaux-arts étudiant", "T", 140, "non", "/rentree-etudiants", "P1"),
    ("réduction étudiant beaux-arts", "C", 50, "non", "/carte-palette", "P2"),
    ("matériel prépa art", "C", 210, "non", "/rentree-etudiants", "P2"),
    ("carnet de croquis a5", "T", 1300, "non", "/carnets", "P3"),
    ("fournitures arts appliqués lycée", "I", 70, "non", "/rentree-etudiants", "P3"),
    ("caisse américaine sur mesure", "T", 880, "non", "/encadrement", "P2"),
    ("passe-partout sur mesure", "T", 590, "non", "/encadrement", "P2"),
    ("prix encadrement sur mesure", "C", 320, "non", "/encadrement", "P2"),
    ("encadrer une aquarelle", "I", 390, "non", "/guide-encadrement", "P2"),
    ("encadrement toile 100x70", "T", 260, "non", "/encadrement", "P3"),
    ("verre anti-reflet encadrement", "C", 140, "non", "/encadrement", "P3"),
    ("carte fidélité beaux-arts", "C", 30, "non", "/carte-palette", "P1"),
    ("programme fidélité magasin beaux-arts", "C", 20, "non", "/carte-palette", "P1"),
    ("idée cadeau peintre aquarelle", "C", 480, "non", "/idees-cadeaux-artistes", "P1"),
    ("cadeau pour artiste peintre", "C", 1000, "non", "/idees-cadeaux-artistes", "P2"),
    ("carte cadeau magasin beaux-arts", "T", 90, "non", "/cartes-cadeaux", "P2"),
    ("cadeau aquarelliste", "C", 170, "non", "/idees-cadeaux-artistes", "P2"),
]
assert len(REQ) == 48
tab("Grille de requêtes",
    [("#", "Requête", "Intention", "Vol./mois", "Page cible", "Prio.")]
    + [(str(i + 1), r[0], r[1], n(r[2]), r[4], r[5]) for i, r in enumerate(REQ)],
    [0.8, 6.8, 1.8, 1.8, 4.6, 1.2], fs=8, compact=True, num_cols=[3], center_cols=[0, 2, 5])

C.append(("annexe", "Annexe B — Deux conversations de la messagerie du site"))
p("Exports de Brevo Conversations, prénoms des clients modifiés.")
C.append(("h3", "B.1 — Vente conclue : le papier d'une étudiante (mardi 23/09/2025)"))
C.append(("dialog", [
    ("18:02 Manon", "Bonjour, je suis en 1re année à l'école d'art et on nous demande un « papier aquarelle 300 g » "
                    "pour le cours de botanique. Grain fin ou torchon ? Il y a les deux sur votre site."),
    ("18:05 Inès", "Bonjour Manon ! Pour la botanique, prenez le grain fin : la surface est plus lisse, vos "
                   "détails restent nets. Le torchon convient mieux aux paysages."),
    ("18:06 Manon", "Le bloc Moulin de Vuillafans 24×32 c'est bien ? Il me faut aussi « vert de vessie et "
                    "sépia »."),
    ("18:09 Inès", "Oui, c'est celui que recommandent vos enseignants, et les deux demi-godets Loue sont en "
                   "stock. Pensez au ruban de masquage pour tendre la feuille. Avec la Palette Étudiant, −10 % sur "
                   "le tout."),
    ("18:15 Manon", "Parfait je commande, retrait demain en boutique."),
]))
p("__Commentaire__ : commande n° 10 482 passée à 18 h 14 : bloc Moulin de Vuillafans 300 g grain fin (24,90 €), "
  "deux demi-godets Loue (12,80 €), ruban de masquage (4,50 €), soit 42,20 € moins 10 % Palette Étudiant = "
  "37,98 €. Réponse en trois minutes, conseil fondé sur l'usage, remise étudiante rappelée au bon moment.")
C.append(("h3", "B.2 — Vente perdue : un encadrement à livrer à Lyon (samedi 15/11/2025)"))
C.append(("dialog", [
    ("10:41 M. Roche", "Bonjour, je voudrais faire encadrer une huile de 1 m × 70 cm pour l'offrir à ma fille à "
                       "Lyon. Vous pouvez la livrer là-bas ?"),
    ("10:52 Paul", "Bonjour ! L'atelier peut tout à fait l'encadrer, mais nous ne livrons pas les encadrements "
                   "au-delà de 80 cm : le transporteur ne garantit pas le verre ni les angles de la moulure."),
    ("10:53 M. Roche", "Et sans verre ?"),
    ("10:58 Paul", "Sans verre, une caisse américaine serait possible, mais l'envoi reste à vos risques. Le plus "
                   "sûr est un retrait rue Battant, ou que votre fille passe la prendre."),
    ("11:00 M. Roche", "Elle n'habite pas à Besançon, je vais voir sur place à Lyon. Merci."),
]))
p("__Commentaire__ : vente perdue (environ 280 €). Réponse en onze minutes un samedi d'affluence, et aucune "
  "solution d'expédition pour les grands formats : Claire a depuis demandé un devis à un transporteur d'œuvres "
  "d'art.")

C.append(("annexe", "Annexe C — Liens vers les outils et tableaux de suivi"))
ol(["Tableau de bord Looker Studio « Palette — suivi hebdo » : [lien Looker Studio à insérer]",
    "Tableau de bord Looker Studio « Rentabilité de l'opération » : [lien Looker Studio à insérer]",
    "Classeur Google Sheets du suivi hebdo : https://docs.google.com/spreadsheets/d/"
    "1qZ7kPalette2025SuiviHebdoBrevoGA4xT3/edit#gid=0",
    "Brevo — rapports des campagnes envoyées : https://app.brevo.com/camp/listing#sent",
    "GA4 — exploration « E-mails Palette » : https://analytics.google.com/analytics/web/#/p318274551/reports/"
    "explorer?params=_u..nav%3Dmaui&r=2025-palette-emails",
    "Search Console — performances de /carte-palette : https://search.google.com/search-console/performance/"
    "search-analytics?resource_id=sc-domain%3Alepinceaucomtois.fr&page=*%2Fcarte-palette"])

C.append(("annexe", "Annexe D — Grille d'auto-évaluation (modèle de l'école)"))
C.append(("grille", [
    "Objectifs de campagne", "Vecteurs de communication", "Articulation objectifs / cibles / vecteurs",
    "Choix des partenaires", "Résultats des partenaires", "Clic to chat : exemples", "Clic to chat : statistiques",
    "Réseaux sociaux", "Communauté", "Mise en avant produits", "Emplacements de mise en avant",
    "Paiement installé", "Paiement multi-supports", "Confiance paiement", "Offres de financement",
    "Analyse financement", "Dispositifs de fidélisation", "Choix de fidélisation", "Priorisation des actions",
    "Outils de mesure", "Évolution de la visibilité", "Matrice de mots-clés", "Cocon sémantique", "Netlinking",
    "Bilan SEO", "Campagne SEA", "Tableaux de suivi", "ROI des publications", "Méthode outils de mesure",
    "Liens vers les outils", "KPI", "Calcul du ROI", "Atteinte des objectifs", "Actions correctives"]))


# ================================================================================================== RENDU
def fix_app(data, words):
    t = data.decode("utf-8")
    for tag, val in (("TotalTime", "2310"), ("Pages", NUMPAGES), ("Words", str(words)),
                     ("Application", "Microsoft Office Word"), ("AppVersion", "16.0000"),
                     ("Characters", str(words * 6)), ("Paragraphs", "412"), ("Lines", "1020")):
        t = re.sub(r"<%s>[^<]*</%s>" % (tag, tag), "<%s>%s</%s>" % (tag, val, tag), t)
    t = t.replace("<Company/>", "<Company>Le Pinceau Comtois</Company>")
    return t.encode("utf-8")


def count_words(doc):
    n_ = sum(len(p_.text.split()) for p_ in doc.paragraphs)
    for t in doc.tables:
        for tc in t._tbl.iter(qn("w:tc")):
            for p_ in tc.iter(qn("w:p")):
                n_ += len("".join(x.text or "" for x in p_.iter(qn("w:t"))).split())
    return n_


def repack(path, words=0):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items = [(nm, fix_app(d, words) if nm == "docProps/app.xml" else d) for nm, d in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def setup_styles(doc):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.font.size = Pt(10.5)
    st.font.color.rgb = INK
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.12
    spec = {1: (16, 6, 8), 2: (12.5, 12, 4), 3: (11, 8, 3)}
    for lvl, (size, before, after) in spec.items():
        hs = doc.styles["Heading %d" % lvl]
        hs.font.name = "Arial"
        rf = hs.element.rPr.find(qn("w:rFonts"))
        if rf is not None:
            for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if rf.get(qn(a)) is not None:
                    del rf.attrib[qn(a)]
            rf.set(qn("w:ascii"), "Arial")
            rf.set(qn("w:hAnsi"), "Arial")
        hs.font.size = Pt(size)
        hs.font.color.rgb = OCRE if lvl < 3 else INK
        hs.font.bold = True
        hs.font.italic = False
        hs.paragraph_format.space_before = Pt(before)
        hs.paragraph_format.space_after = Pt(after)
        hs.paragraph_format.keep_with_next = True
    for lvl, indent in ((1, 0.0), (2, 0.6)):
        name = "TOC %d" % lvl
        try:
            ts = doc.styles[name]
        except KeyError:
            ts = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        ts.base_style = doc.styles["Normal"]
        pf = ts.paragraph_format
        pf.left_indent = Cm(indent)
        pf.space_before = Pt(4 if lvl == 1 else 0)
        pf.space_after = Pt(0)
        pf.line_spacing = 1.0
        pf.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        ts.font.size = Pt(10 if lvl == 1 else 9.5)
        ts.font.bold = lvl == 1
    cap = doc.styles["Caption"]
    cap.font.size = Pt(9)
    cap.font.italic = True
    cap.font.bold = False
    cap.font.color.rgb = GREY
    cap.paragraph_format.space_before = Pt(6)
    cap.paragraph_format.space_after = Pt(3)


class Writer:
    def __init__(self, doc):
        self.doc = doc
        self.ntab = 0

    def caption(self, text):
        self.ntab += 1
        p_ = self.doc.add_paragraph(style="Caption")
        p_.add_run("Tableau %d — %s" % (self.ntab, text))
        p_.paragraph_format.keep_with_next = True

    def table(self, cap, rows, widths, opts):
        fs = opts.get("fs", 9)
        if cap:
            self.caption(cap)
        else:
            self.ntab += 1
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        last = len(rows) - 1
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.width = Cm(widths[j])
                c.text = ""
                for k, line in enumerate(str(val).split("\n")):
                    cp_ = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    cp_.paragraph_format.space_after = Pt(0 if opts.get("compact") else 1)
                    cp_.paragraph_format.line_spacing = 1.0
                    if i > 0 and j in opts.get("num_cols", []):
                        cp_.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    elif i > 0 and j in opts.get("center_cols", []):
                        cp_.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    rich(cp_, line, size=fs, bold=(i == 0 or (opts.get("total") and i == last)))
                if i == 0:
                    shade(c, OCRE_HEX)
                    for cp_ in c.paragraphs:
                        for rr in cp_.runs:
                            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                elif opts.get("total") and i == last:
                    shade(c, LABEL)
                elif i % 2 == 0:
                    shade(c, LIGHT)
            if not opts.get("compact"):
                cant_split(t.rows[i])
        repeat_header(t.rows[0])
        sp = self.doc.add_paragraph()
        sp.paragraph_format.space_after = Pt(2)
        return t

    def fiche(self, f):
        e = EIDX[f["code"]]
        self.caption("Fiche e-mail %s" % f["code"])
        rows = [("Objet A", f["A"]), ("Objet B", f["B"]), ("Pré-header", f["pre"]), ("Expéditeur", f["exp"]),
                ("Segment", f["seg"]), ("Envoi", f["envoi"]), ("CTA", f["cta"]), ("Bloc produits", f["bloc"])]
        t = self.doc.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, w in enumerate((3.2, 13.4)):
            t.columns[j].width = Cm(w)
        for i, (k, v) in enumerate(rows):
            for j, val in enumerate((k, v)):
                c = t.cell(i, j)
                c.width = Cm((3.2, 13.4)[j])
                c.text = ""
                cp_ = c.paragraphs[0]
                cp_.paragraph_format.space_after = Pt(0)
                cp_.paragraph_format.line_spacing = 1.0
                rich(cp_, val, size=9, bold=(j == 0))
                if j == 0:
                    shade(c, LABEL)
            cant_split(t.rows[i])
        lab = self.doc.add_paragraph()
        lab.paragraph_format.space_before = Pt(6)
        lab.paragraph_format.space_after = Pt(2)
        lab.paragraph_format.keep_with_next = True
        r = lab.add_run("Corps du message")
        r.bold = True
        r.font.size = Pt(9)
        r.font.color.rgb = GREY
        for k, line in enumerate(f["corps"]):
            bp = self.doc.add_paragraph()
            bp.paragraph_format.space_after = Pt(3 if k < len(f["corps"]) - 1 else 4)
            bp.paragraph_format.space_before = Pt(0)
            bp.paragraph_format.left_indent = Cm(0.4)
            bp.paragraph_format.right_indent = Cm(0.4)
            rich(bp, line, size=10, italic=True)
            para_box(bp)
        rp = self.doc.add_paragraph()
        rp.paragraph_format.space_before = Pt(4)
        rich(rp, "**Test A/B** : %s Résultats de l'envoi en 9.1." % f["ab"])

    def apercu(self, lines):
        for k, line in enumerate(lines):
            ap = self.doc.add_paragraph()
            ap.paragraph_format.left_indent = Cm(0.6)
            ap.paragraph_format.right_indent = Cm(1.2)
            ap.paragraph_format.space_before = Pt(0)
            ap.paragraph_format.space_after = Pt(0 if k < len(lines) - 1 else 8)
            col = RGBColor(0x1A, 0x0D, 0xAB) if k == 1 else (GREY if k == 0 else INK)
            rich(ap, line, size=9.5 if k != 1 else 11, color=col)
            para_box(ap, fill="E7E6E6", color="A6A6A6")
        gap = self.doc.add_paragraph()
        gap.paragraph_format.space_after = Pt(0)
        gap.paragraph_format.line_spacing = 0.6

    def dialog(self, turns):
        for who, txt in turns:
            dp = self.doc.add_paragraph()
            dp.paragraph_format.left_indent = Cm(2.6)
            dp.paragraph_format.first_line_indent = Cm(-2.6)
            dp.paragraph_format.space_after = Pt(3)
            dp.paragraph_format.tab_stops.add_tab_stop(Cm(2.6))
            r = dp.add_run(who + "\t")
            r.bold = True
            r.font.size = Pt(9.5)
            r = dp.add_run(txt)
            r.font.size = Pt(9.5)

    def grille(self, items):
        for it in items:
            gp = self.doc.add_paragraph()
            gp.paragraph_format.space_after = Pt(2)
            gp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            r = gp.add_run(it + "\t")
            r.font.size = Pt(10)
            r = gp.add_run("✔ acquis")
            r.font.size = Pt(10)


def heads_list():
    out = []
    for item in C:
        if item[0] in ("h1", "h2"):
            out.append((int(item[0][1]), item[1]))
        elif item[0] == "annexe":
            out.append((1, item[1]))
    return out


def cover(doc, w):
    p_ = doc.add_paragraph()
    r = p_.add_run("LE PINCEAU COMTOIS")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = OCRE
    p_ = doc.add_paragraph()
    r = p_.add_run("Beaux-arts & encadrement depuis 1962 — rue Battant, 25000 Besançon")
    r.font.size = Pt(9.5)
    r.font.color.rgb = GREY
    for _ in range(6):
        doc.add_paragraph()
    for text, size, bold, col in [("Bilan de campagne e-mailing", 26, True, OCRE),
                                  ("« Rentrée Palette » & « Noël des artistes »", 17, False, INK),
                                  ("Lancement et animation du programme Palette — septembre à décembre 2025", 12,
                                   False, GREY)]:
        p_ = doc.add_paragraph()
        p_.paragraph_format.space_after = Pt(6)
        r = p_.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.color.rgb = col
    for _ in range(5):
        doc.add_paragraph()
    for k, v in [("Rédaction", "Lison Faivre, alternante CRM & e-mailing"),
                 ("Relecture", "Claire Jeunet, gérante (tutrice)"),
                 ("Diffusion", "Interne — équipe du magasin et de l'atelier")]:
        p_ = doc.add_paragraph()
        p_.paragraph_format.space_after = Pt(1)
        p_.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
        r = p_.add_run(k + "\t")
        r.bold = True
        r.font.size = Pt(10)
        r.font.color.rgb = OCRE
        r = p_.add_run(v)
        r.font.size = Pt(10)
    doc.add_paragraph()
    w.table("Suivi des versions",
            [("Version", "Date", "Auteur", "Modifications"),
             ("1.0", "02/02/2026", "L. Faivre", "Première version complète, remise à Claire pour relecture"),
             ("1.1", "09/02/2026", "L. Faivre", "Après relecture de Claire : marge brute corrigée (42 % au lieu de "
              "45 %) et rentabilité recalculée en 9.4 ; conversations de la messagerie ajoutées en annexe B ; "
              "actions correctives classées en 10.3")],
            [1.6, 2.2, 2.4, 10.4], {"fs": 9, "center_cols": [0, 1]})
    doc.add_page_break()


def toc(doc):
    p_ = doc.add_paragraph()
    r = p_.add_run("Sommaire")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = OCRE
    entries = [e for e in heads_list()]
    for k, (lvl, title) in enumerate(entries):
        tp = doc.add_paragraph(style="TOC %d" % lvl)
        if k == 0:
            fld(tp, "begin")
            instr(tp, 'TOC \\o "1-2" \\h \\z \\u')
            fld(tp, "separate")
        tp.add_run("%s\t%s" % (title, PAGES.get(title, "")))
        if k == len(entries) - 1:
            fld(tp, "end")
    doc.add_page_break()


def synthese(doc):
    p_ = doc.add_paragraph()
    r = p_.add_run("Synthèse en une page")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = OCRE
    lines = [
        "**L'opération.** De septembre à décembre 2025, « Rentrée Palette » et « Noël des artistes » ont lancé "
        "la Carte Palette : huit campagnes e-mail, trois scénarios, cinq relais, 22 publications Instagram, deux "
        "campagnes Search locales.",
        "**Avant d'envoyer.** Domaine authentifié et base nettoyée en août : 9 480 contacts actifs sur 11 400, "
        "hard bounces ramenés de 3,8 % à 0,4 %.",
        "**Les envois.** %s e-mails délivrés, %s clics, taux de clics moyen de %s (objectif 3,5 %%) ; les "
        "envois segmentés rapportent jusqu'à 12 fois plus par contact." % (n(DELIV), n(CLICS),
                                                                           pc(CLICS / DELIV * 100)),
        "**Les ventes.** %s TTC attribués par GA4 aux e-mails et scénarios (objectif 35 000 €), dont %s pour la "
        "seule relance panier." % (eur(CA_TOTAL), eur(AUTOMATIONS[0][1])),
        "**La carte.** 1 720 membres au 31 décembre (objectif 1 500), mais 31 % d'étudiants seulement (objectif "
        "40 %). À 60 jours, 38 % des membres ont racheté, contre 21 % des autres clients.",
        "**La rentabilité.** 17 470 € de marge pour 3 480 € de coûts : chaque euro investi a rapporté 4,0 € de "
        "marge nette.",
        "**Bilan.** Trois objectifs sur cinq atteints ; les deux manqués tiennent à un calendrier étudiant trop "
        "tardif et à un objectif web mal formulé.",
        "**Priorités 2026.** E-mail étudiants fin août, carte étudiante vérifiée en boutique, codes pour tous "
        "les relais, plus d'envois segmentés (10.3).",
    ]
    for k, line in enumerate(lines):
        bp = doc.add_paragraph()
        bp.paragraph_format.space_before = Pt(0)
        bp.paragraph_format.space_after = Pt(0)
        bp.paragraph_format.line_spacing = 1.25
        rich(bp, line, size=10.5)
        para_box(bp, fill="F6EFE7", color="C9A27E")
        if k < len(lines) - 1:
            sp = doc.add_paragraph()
            sp.paragraph_format.space_before = Pt(0)
            sp.paragraph_format.space_after = Pt(0)
            sp.paragraph_format.line_spacing = 0.8
            para_box(sp, fill="F6EFE7", color="C9A27E")
    doc.add_page_break()


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    setup_styles(doc)
    w = Writer(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(1.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run('Le Pinceau Comtois — Bilan "Rentrée Palette" & "Noël des artistes"')
    r.font.size = Pt(8.5)
    r.font.color.rgb = GREY
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Diffusion interne — page ")
    r.font.size = Pt(8.5)
    r.font.color.rgb = GREY
    add_field(fp, "PAGE", "2", size=8.5, color=GREY)
    r = fp.add_run("/")
    r.font.size = Pt(8.5)
    r.font.color.rgb = GREY
    add_field(fp, "NUMPAGES", NUMPAGES, size=8.5, color=GREY)

    cover(doc, w)
    toc(doc)
    synthese(doc)

    first_h1 = True
    first_annex = True
    for item in C:
        kind = item[0]
        if kind in ("h1", "h2", "h3"):
            h = doc.add_heading(item[1], level=int(kind[1]))
            if kind == "h1":
                if not first_h1 and item[1][:2] not in BREAK_NOT:
                    h.paragraph_format.page_break_before = True
                first_h1 = False
            elif kind == "h2" and item[1] in BREAK_H2:
                h.paragraph_format.page_break_before = True
        elif kind == "annexe":
            h = doc.add_heading(item[1], level=1)
            if first_annex or item[1] in BREAK_ANNEX:
                h.paragraph_format.page_break_before = True
                first_annex = False
        elif kind == "p":
            pp = rich(doc.add_paragraph(), item[1])
            pp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "ul":
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Bullet"), line)
                lp.paragraph_format.space_after = Pt(3)
        elif kind == "ol":
            for k, line in enumerate(item[1], 1):
                lp = doc.add_paragraph()
                lp.paragraph_format.left_indent = Cm(0.9)
                lp.paragraph_format.first_line_indent = Cm(-0.6)
                lp.paragraph_format.space_after = Pt(3)
                lp.add_run("%d.\u00a0" % k)
                rich(lp, line)
        elif kind == "t":
            w.table(item[1], item[2], item[3], item[4])
        elif kind == "fiche":
            w.fiche(item[1])
        elif kind == "apercu":
            w.apercu(item[1])
        elif kind == "dialog":
            w.dialog(item[1])
        elif kind == "grille":
            w.grille(item[1])

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Bilan de campagne e-mailing — Rentrée Palette & Noël des artistes"
    cp.subject = "Le Pinceau Comtois — programme Palette, septembre–décembre 2025"
    cp.keywords = "Brevo; e-mailing; Carte Palette; fidélité; bilan"
    cp.comments = ""
    cp.category = "Diffusion interne"
    cp.created = datetime.datetime(2026, 1, 12, 9, 40, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 37
    words = count_words(doc)
    doc.save(FILE)
    repack(FILE, words)
    print("ok", FILE, "tableaux:", w.ntab, "mots:", words)


BREAK_NOT = ("6 ", "8 ")
BREAK_H2 = ()
BREAK_ANNEX = ()

if __name__ == "__main__":
    main()
