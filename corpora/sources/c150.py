# Générateur du dossier de la candidate c150 (Petit Mirabelle SAS, boutique en ligne de puériculture, Metz / Woippy) —
# bloc 5 seul, dossier solide, session 2026. Un seul PDF de 18 pages (reportlab, invariant=1) : audit interne de
# conformité juridique du site petitmirabelle.fr, registre juridique neutre à la troisième personne.
#  - p. 1 couverture « Diffusion restreinte » ; p. 2 suivi des versions, avertissement, sommaire paginé ;
#    p. 3 synthèse (tableau domaine × statut, 87 exigences) ; § 1 contexte, § 2 périmètre et méthode (entretiens),
#    § 3 synthèse des écarts ; § 4 matrices de conformité sur pages PAYSAGE (ML, CGV, CK, DP, SP, AC) ;
#    § 5 logistique et retours (circuit retour en couloirs, notes de transport, voix du client avec histogramme) ;
#    § 6 plan de remédiation (26 actions) ; § 7 procédure sécurité produit ; § 8 cahier des exigences de mise en
#    conformité et consultation CMP ; annexes A (textes) et B (compte rendu de lancement).
#  - 14 tableaux, 40 notes de bas de page numérotées en continu, pied « Petit Mirabelle — Audit de conformité v1.0 —
#    Diffusion restreinte — p. X/18 ».
# Déterministe : aucune date courante, métadonnées figées, invariant=1 ; la mise en page est contrôlée par assertions.
import io
import os
import re

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

FL = "/usr/share/fonts/truetype/liberation/"
for name, f in (("S", "LiberationSans-Regular.ttf"), ("SB", "LiberationSans-Bold.ttf"),
                ("SI", "LiberationSans-Italic.ttf"), ("SBI", "LiberationSans-BoldItalic.ttf"),
                ("N", "LiberationSansNarrow-Regular.ttf"), ("NB", "LiberationSansNarrow-Bold.ttf"),
                ("NI", "LiberationSansNarrow-Italic.ttf"), ("NBI", "LiberationSansNarrow-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(name, FL + f))
registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SBI")
registerFontFamily("N", normal="N", bold="NB", italic="NI", boldItalic="NBI")

BASE = os.path.dirname(os.path.abspath(__file__))
SLUG = "c150-audit-conformite-puericulture-metz"
OUT = os.path.join(BASE, "..", SLUG)
PDF = os.path.join(OUT, "Audit_conformite_PetitMirabelle_v1.0.pdf")
AUTHOR = "Sarah Kieffer"
TOTAL_PAGES = 18
FOOT = "Petit Mirabelle — Audit de conformité v1.0 — Diffusion restreinte — p. %d/%d"

PW, PH = A4
LW, LH = landscape(A4)
LM = RM = 2.0 * cm
TM = 2.0 * cm
BM = 1.7 * cm
UW = PW - LM - RM
LLM = 1.5 * cm
LUW = LW - 2 * LLM

NAVY = colors.HexColor("#1F3550")
PLUM = colors.HexColor("#6B2D5C")
INK = colors.HexColor("#1B1B1B")
GRID = colors.HexColor("#9AA6B4")
HEADBG = colors.HexColor("#DDE3EA")
GREY = colors.HexColor("#555555")
PRIO_BG = {"P1": colors.HexColor("#F4C7C3"), "P2": colors.HexColor("#FBE3C0"), "P3": colors.HexColor("#FFF5C2")}

body = ParagraphStyle("body", fontName="S", fontSize=10, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=4.6,
                      textColor=INK)
bul = ParagraphStyle("bul", parent=body, leftIndent=0.6 * cm, bulletIndent=0.15 * cm, spaceAfter=2.2)
h1s = ParagraphStyle("h1", fontName="SB", fontSize=13.2, leading=16.5, spaceBefore=6, spaceAfter=5, textColor=NAVY,
                     keepWithNext=1)
h2s = ParagraphStyle("h2", fontName="SB", fontSize=10.6, leading=13.4, spaceBefore=5, spaceAfter=3, textColor=PLUM,
                     keepWithNext=1)
cap = ParagraphStyle("cap", fontName="SI", fontSize=7.8, leading=9.6, alignment=TA_LEFT, spaceBefore=2, spaceAfter=6,
                     textColor=GREY)
cell = ParagraphStyle("cell", fontName="N", fontSize=8.2, leading=9.7, alignment=TA_LEFT)
fns = ParagraphStyle("fn", fontName="S", fontSize=6.9, leading=8.2, leftIndent=0.32 * cm, firstLineIndent=-0.32 * cm)
boxst = ParagraphStyle("box", parent=body, alignment=TA_CENTER, fontName="SI", textColor=GREY)


def fr(t):
    t = re.sub(r"(\d) (\d{3})\b", "\\1\u00a0\\2", t)
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t.replace("CO2", "CO<sub>2</sub>")


# ---------------------------------------------------------------- notes de bas de page (numérotation continue)
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


def notes_in(text):
    notes = []

    def rep(m):
        FN_COUNT[0] += 1
        notes.append((FN_COUNT[0], m.group(1)))
        return "<super>%d</super>" % FN_COUNT[0]
    return re.sub(r"\{\{(.+?)\}\}", rep, text), notes


FN_HEIGHT = {}


def note_paras(num_text, width):
    return [Paragraph(fr("<super>%d</super>\u00a0%s" % (n, t)), fns) for n, t in num_text]


def draw_notes(c, width, lm):
    notes = FN_PAGES.get(c.getPageNumber(), [])
    if not notes:
        return
    paras = note_paras(notes, width)
    hs = [p.wrap(width, 400)[1] for p in paras]
    total = sum(hs) + 1.2 * (len(hs) - 1)
    FN_HEIGHT[c.getPageNumber()] = total
    top = BM + 0.05 * cm + total
    c.saveState()
    c.setStrokeColor(INK)
    c.setLineWidth(0.4)
    c.line(lm, top + 4, lm + 4 * cm, top + 4)
    yy = top
    for p, h in zip(paras, hs):
        yy -= h
        p.drawOn(c, lm, yy)
        yy -= 1.2
    c.restoreState()


# ---------------------------------------------------------------- titres, sommaire, repères
HEAD_PAGES = {}
MARKS = {}


class Heading(Paragraph):
    def __init__(self, text, st, key):
        Paragraph.__init__(self, fr(text), st)
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

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, (14.5 if self.level == 0 else 12.2)

    def draw(self):
        c = self.canv
        fn, fs = ("SB", 9.2) if self.level == 0 else ("S", 8.6)
        ind = 0 if self.level == 0 else 0.55 * cm
        c.setFont(fn, fs)
        c.drawString(ind, 3, self.text)
        x = ind + c.stringWidth(self.text, fn, fs) + 4
        pg = str(self.page)
        c.drawRightString(self.aw, 3, pg)
        end = self.aw - c.stringWidth(pg, fn, fs) - 4
        c.setFont("S", fs)
        step = 4.4
        x = step * (int(x / step) + 1)
        while x < end:
            c.drawString(x, 3, ".")
            x += step


# ---------------------------------------------------------------- constructeurs de contenu
C = []
TAB_N = [0]


def h1(t, key=None): C.append(("h1", t, key))
def h2(t, key=None): C.append(("h2", t, key))
def p(t): C.append(("p", t))
def ul(items): C.append(("ul", items))
def ol(items): C.append(("ol", items))
def mark(k): C.append(("mark", k))
def pb(): C.append(("pb",))
def cond(h): C.append(("cond", h))
def land(): C.append(("land",))
def port(): C.append(("port",))
def box(t, h=2.6): C.append(("box", t, h))
def chart(): C.append(("chart",))
def tab(rows, widths, caption, right=(), bold_rows=(), fs=None, keep=True, prio_col=None, center=()):
    C.append(("tab", rows, widths, caption, right, bold_rows, fs, keep, prio_col, center))


def matrix(rows, caption, keep=False):
    head = [["Exigence", "Référence", "Constat", "Écart", "Action", "Priorité"]]
    data = [["<b>%s</b> %s" % (r[0], r[1]), r[2], r[3], r[4], r[5], r[6]] for r in rows]
    tab(head + data, [4.7, 3.7, 7.6, 5.3, 1.9, 1.4], caption, fs=8.7, keep=keep, prio_col=5, center=(5,))


# ================================================================================================
# CONTENU
# ================================================================================================
# ---------------------------------------------------------------- p. 3 synthèse
h1("Synthèse", "synth")
p("L'audit a porté sur <b>87 exigences</b> applicables au site petitmirabelle.fr et aux processus qui le servent, "
  "réparties en sept domaines. Au 16 mars 2026, <b>41 exigences sont conformes, 29 partiellement conformes et 17 non "
  "conformes</b>. Les 46 écarts se répartissent en 9 écarts P1, 27 écarts P2 et 10 écarts P3.")
tab([["Domaine", "Exigences", "Conformes", "Partielles", "Non conformes", "dont P1", "dont P2", "dont P3"],
     ["ML — Mentions légales", "9", "7", "2", "0", "0", "0", "2"],
     ["CGV — Conditions générales de vente", "22", "11", "7", "4", "3", "7", "1"],
     ["CK — Cookies et traceurs", "12", "3", "5", "4", "3", "4", "2"],
     ["DP — Protection des données", "17", "8", "6", "3", "1", "5", "3"],
     ["SP — Sécurité des produits", "10", "4", "3", "3", "2", "4", "0"],
     ["AC — Accessibilité numérique", "3", "0", "0", "3", "0", "3", "0"],
     ["LR — Livraison et retours", "14", "8", "6", "0", "0", "4", "2"],
     ["Total", "87", "41", "29", "17", "9", "27", "10"]],
    [5.4, 1.6, 1.6, 1.6, 1.8, 1.3, 1.3, 1.3], "Synthèse par domaine et par statut (état au 16/03/2026)",
    right=(1, 2, 3, 4, 5, 6, 7), bold_rows=(8,), fs=8.8)
p("Les neuf écarts P1, à corriger sous 30 jours, relèvent de trois sujets :")
ul(["<b>droit de rétractation</b> : exception d'hygiène appliquée hors de son champ, formulaire type absent, "
    "remboursements tardifs (CGV-14, CGV-18, CGV-19) ;",
    "<b>cookies</b> : dépôt avant tout choix, refus impossible au premier niveau, aucune preuve des consentements "
    "(CK-02, CK-03, CK-09) ;",
    "<b>données et produits</b> : date prévue d'accouchement collectée sans consentement explicite (DP-04), informations "
    "de sécurité absentes des fiches (SP-04), lots non rattachés aux commandes (SP-06)."])
p("Il est recommandé de traiter ces écarts dans un projet unique (§ 8), avec pour objectif général <b>« zéro écart P1 "
  "au 30/06/2026 »</b>, et de suivre les autres écarts dans le plan de remédiation (§ 6). Les trois exigences AC, non "
  "évaluées, sont comptées comme non conformes{{Convention de cotation, § 2.4 : une conformité non démontrée à la date "
  "de l'audit est cotée non conforme.}}.")

# ---------------------------------------------------------------- § 1
pb()
h1("1. Contexte", "s1")
h2("1.1 La société")
p("Petit Mirabelle SAS, fondée en 2016 à Metz par Camille Thiriet, ancienne pharmacienne, vend des articles de "
  "puériculture : sièges auto, poussettes, porte-bébés, textiles en coton biologique, jouets d'éveil, articles de repas. "
  "La société compte 13 salariés, un showroom à Metz et un stock de 600 m² à Woippy. Son chiffre d'affaires 2025 atteint "
  "2,7 M€ HT, dont 78 % en ligne{{Source : comptes annuels 2025 et statistiques du back-office.}} sur WiziShop{{WiziShop : "
  "solution française de commerce électronique en mode SaaS.}}, maintenu par l'agence Pixel Moselle. Les livraisons "
  "couvrent la France, le Luxembourg et la Belgique. Les listes de naissance, ouvertes avec la date prévue "
  "d'accouchement, portent 14 % des commandes en ligne.")
h2("1.2 Éléments déclencheurs")
p("En juin 2025, le « Hochet en hêtre » (12,90 €) a fait l'objet d'un rappel publié sur Rappel Conso par son fabricant, "
  "l'anneau pouvant se détacher{{Fiche Rappel Conso du 17 juin 2025, risque d'étouffement ; site "
  "rappel.conso.gouv.fr.}}. Faute de lot rattaché aux commandes, la société a dû contacter les 212 acheteurs depuis "
  "2023 au lieu des seuls acheteurs des lots visés.")
p("Le 14 octobre 2025, l'Association Consommateurs de Lorraine a contesté le refus d'une rétractation portant sur un "
  "« Porte-bébé physiologique Nidou » (119 €) déballé, refus fondé sur l'exception d'hygiène. Le courrier, qui n'est pas "
  "une mise en demeure, annonçait une saisine du médiateur{{Client remboursé le 24 octobre 2025 ; la clause à l'origine "
  "du refus reste en vigueur.}}.")
h2("1.3 Objet de l'audit")
p("La présidence a demandé un état des lieux de la conformité du site avant la saison 2026, une hiérarchisation des "
  "écarts et un cahier des exigences. Deux acteurs du secteur servent de repères : Bébé Quetsche, qui propose un "
  "formulaire de rétractation en ligne, et Nid d'Ange Shop, qui affiche le fabricant sur chaque fiche produit{{Relevés "
  "effectués sur les deux sites le 12 février 2026.}}.")

# ---------------------------------------------------------------- § 2
h1("2. Périmètre et méthode", "s2")
h2("2.1 Périmètre")
p("L'audit couvre le site (1 340 fiches actives, tunnel de commande, comptes, listes de naissance), ses documents "
  "contractuels, les traitements de données, les prestataires ayant accès aux données, le circuit retour et la "
  "traçabilité des produits. Les équipements de stockage de l'entrepôt de Woippy sont hors périmètre de l'audit.")
p("L'audit n'a pas porté sur la performance individuelle des collaborateurs, qui ne relève pas d'une démarche de "
  "conformité.")
h2("2.2 Méthode")
p("J'ai traduit chaque obligation des textes de l'annexe A en exigence vérifiable, identifiée par domaine (ML, CGV, CK, "
  "DP, SP, AC, LR). Pour chacune, j'ai recherché une preuve datée{{Preuves conservées dans le dossier partagé « Audit "
  "2026 / Preuves ».}} : copie d'écran, export WiziShop, exploration Screaming Frog{{Exploration du 9 février 2026 : "
  "1 847 URL.}}, relevé des traceurs{{Navigation privée, cache vidé, aucun choix exprimé ; outils de développement du "
  "navigateur.}}, lecture des contrats et entretiens d'audit.")
h2("2.3 Entretiens d'audit")
tab([["Interlocuteur", "Date", "Objectif de l'entretien"],
     ["Pauline Schmitt, service client", "10/02/2026",
      "Comprendre le traitement des rétractations : canaux, motifs de refus, délais de remboursement."],
     ["Hugo Weber, logistique", "11/02/2026",
      "Vérifier l'enregistrement des lots à la réception et le traitement physique des retours."],
     ["Julien Marchal, Pixel Moselle", "13/02/2026",
      "Établir ce que permettent le module CMP et le gabarit de fiche WiziShop sans développement."],
     ["Camille Thiriet, présidente", "16/02/2026",
      "Reconstituer le rappel du hochet et le dossier de l'association ; valider la cotation."],
     ["Nadia Becker, comptabilité", "17/02/2026",
      "Mesurer le délai réel entre réception d'un retour et remboursement (avoirs 2025)."],
     ["Lucas Hoffmann, marketing et CRM", "18/02/2026",
      "Inventorier les usages Klaviyo, la collecte des consentements et les durées de conservation."]],
    [4.4, 1.9, 10.7], "Entretiens d'audit (50 minutes en moyenne)", fs=8.6)
h2("2.4 Cotation")
ul(["<b>Conforme (C)</b> : exigence satisfaite, preuve datée conservée.",
    "<b>Partiel (P)</b> : exigence traitée de façon incomplète ou sans preuve suffisante.",
    "<b>Non conforme (NC)</b> : exigence non satisfaite, contredite par une pratique ou non évaluée.",
    "<b>Priorité</b> : P1, risque avéré de litige ou de sanction, sous 30 jours ; P2, sous 90 jours ; P3, à la "
    "prochaine évolution du site."])

# ---------------------------------------------------------------- § 3
h1("3. Synthèse des écarts", "s3")
p("Les <b>mentions légales</b> sont conformes sur l'essentiel depuis le 20 février. Les <b>CGV</b> sont complètes sur "
  "l'information précontractuelle, mais l'opposabilité de plusieurs clauses sur la rétractation et la livraison "
  "n'est pas assurée. Les "
  "<b>cookies</b>, les <b>données des listes de naissance</b> et la <b>traçabilité</b> concentrent les risques les plus "
  "élevés{{La CNIL sanctionne régulièrement des sites marchands pour absence de refus aussi simple que "
  "l'acceptation.}}. Le domaine LR ne comporte aucune non-conformité mais six exigences partielles (§ 5).")

# ---------------------------------------------------------------- § 4 matrices (paysage)
land()
h1("4. Matrices de conformité", "s4")
h2("4.1 Mentions légales (ML)", "s41")
p("Les mentions de l'éditeur relèvent de l'article 1-1 de la LCEN{{Loi n° 2004-575 du 21 juin 2004 (LCEN), art. 1-1, "
  "issu de la loi n° 2024-449 du 21 mai 2024 (ancien art. 6, III).}}, complété pour les sites marchands par son "
  "article 19{{LCEN, art. 19 : identification du vendeur en ligne, adresse électronique, numéro de TVA.}}. Chaque "
  "mention obligatoire a été vérifiée sur la page et dans le pied de page.")
matrix([
    ("ML-01", "Accès depuis toutes les pages", "LCEN art. 1-1",
     "Lien dans le pied de page des 1 847 URL.", "Aucun — conforme", "—", "—"),
    ("ML-02", "Identification de l'éditeur", "LCEN art. 1-1 et 19",
     "Dénomination, capital, siège, RCS, téléphone présents.", "Aucun — conforme", "—", "—"),
    ("ML-03", "Directeur de la publication", "LCEN art. 1-1",
     "Absent au 09/02 ; ajouté le 20/02/2026.", "Écart levé le 20/02 — conforme", "—", "—"),
    ("ML-04", "Coordonnées de l'hébergeur", "LCEN art. 1-1",
     "WiziShop cité sans adresse ni téléphone au 09/02 ; complété le 20/02/2026.", "Écart levé le 20/02 — conforme",
     "—", "—"),
    ("ML-05", "Numéro de TVA", "LCEN art. 19", "Présent.", "Aucun — conforme", "—", "—"),
    ("ML-06", "Adresse électronique", "LCEN art. 19", "Formulaire de contact seul.",
     "Partiel : adresse absente", "A25", "P3"),
    ("ML-07", "Renvoi aux données personnelles", "RGPD art. 13", "Lien présent.", "Aucun — conforme", "—", "—"),
    ("ML-08", "Standard ouvert", "LCEN art. 1-1", "Page HTML.", "Aucun — conforme", "—", "—"),
    ("ML-09", "Règlement des litiges", "Règl. (UE) 2024/3228",
     "Lien vers la plateforme européenne de RLL, fermée le 20/07/2025.", "Partiel : lien obsolète", "A25", "P3"),
], "Matrice ML (9 exigences : 7 C, 2 P)", keep=True)
box("[Capture d'écran — pied de page et page « Mentions légales » après correction du 20/02/2026]", 1.6)

pb()
h2("4.2 Conditions générales de vente (CGV)", "s42")
p("Les CGV du 3 mai 2023 ont été analysées clause par clause{{C. consom., art. L111-1, L112-1, L221-5 à L221-28, "
  "L216-1 à L216-4, L217-3 s., L612-1.}} ; CGV-15 à CGV-22 portent sur la livraison, les retours et les transporteurs. "
  "Le refus d'octobre 2025 procède de l'article 9.4, qui étend l'exception d'hygiène à « tout article de puériculture "
  "déballé »{{L'exception vise les biens descellés ne pouvant être renvoyés pour des raisons d'hygiène ; elle est "
  "d'interprétation stricte : CJUE, 27 mars 2019, aff. C-681/17.}}.")
matrix([
    ("CGV-01", "Identification du vendeur", "L221-5 ; L111-1", "Article 1 complet.", "Aucun — conforme", "—", "—"),
    ("CGV-02", "Caractéristiques essentielles", "L111-1, 1°", "Renvoi aux fiches produit.", "Aucun — conforme",
     "—", "—"),
    ("CGV-03", "Prix TTC et frais", "L112-1 ; L221-5", "Frais par zone affichés au panier.", "Aucun — conforme",
     "—", "—"),
    ("CGV-04", "Annonce de réduction", "L112-1-1",
     "Soldes 2026 : 14 prix barrés égaux au prix conseillé.", "Partiel : prix de référence erroné", "A10", "P2"),
    ("CGV-05", "Bouton de commande", "C. civ. 1127-1 ; L221-14", "« Commander et payer ».", "Aucun — conforme",
     "—", "—"),
    ("CGV-06", "Confirmation sur support durable", "L221-13",
     "Lien vers la page CGV, sans copie jointe.", "Partiel : CGV non remises", "A11", "P2"),
    ("CGV-07", "Garantie légale de conformité", "L217-3 s. ; D211-2",
     "Présomption de 6 mois citée ; encadré absent.", "Partiel : mention obsolète", "A12", "P2"),
    ("CGV-08", "Vices cachés", "C. civ. 1641 s.", "Mention complète.", "Aucun — conforme", "—", "—"),
    ("CGV-09", "Médiation", "L612-1 ; L616-1", "Médiateur et site indiqués.", "Aucun — conforme", "—", "—"),
    ("CGV-10", "Clients LU et BE", "Règl. (CE) 593/2008 art. 6",
     "« Droit français exclusivement applicable ».", "Partiel : protection du pays de résidence omise", "A26", "P3"),
    ("CGV-11", "Renvoi aux données", "RGPD art. 13", "Article 14.", "Aucun — conforme", "—", "—"),
    ("CGV-12", "Délai de 14 jours", "L221-5, 2° ; L221-18", "Article 9.1.", "Aucun — conforme", "—", "—"),
    ("CGV-13", "Point de départ du délai", "L221-18",
     "Livraisons en plusieurs colis non traitées.", "Partiel : cas omis", "A01", "P2"),
    ("CGV-14", "Formulaire type", "L221-5, 2° ; R221-1",
     "Absent des CGV et du site.", "Non conforme : modèle absent", "A02", "P1"),
    ("CGV-15", "Exercice par toute déclaration", "L221-21", "E-mail, courrier, formulaire acceptés.",
     "Aucun — conforme", "—", "—"),
    ("CGV-16", "Frais de retour", "L221-23 ; L221-5, 3°",
     "Étiquette prépayée en France ; coût estimé annoncé pour LU et BE.", "Aucun — conforme", "—", "—"),
    ("CGV-17", "Produit manipulé", "L221-23, al. 2",
     "« Tout produit ouvert sera refusé » : la loi prévoit une dépréciation.", "Non conforme : clause contraire",
     "A01", "P2"),
    ("CGV-18", "Exceptions au droit", "L221-28, 5°",
     "Étendue aux porte-bébés et textiles ; seuls biberons et tétines scellés en relèvent.",
     "Non conforme : exception hors champ", "A01", "P1"),
    ("CGV-19", "Remboursement sous 14 jours", "L221-24",
     "2025 : 19 jours en moyenne, 31 % hors délai ; avoir par défaut.", "Non conforme : délai et moyen de "
     "paiement", "A03", "P1"),
    ("CGV-20", "Délai de livraison", "L216-1", "Délai par transporteur affiché.", "Aucun — conforme", "—", "—"),
    ("CGV-21", "Retard de livraison", "L216-1 à L216-3",
     "« Délais indicatifs, aucune annulation ».", "Partiel : clause inopposable", "A13", "P2"),
    ("CGV-22", "Risques et avaries transport", "L216-4",
     "Réclamation exigée « sous 48 h ».", "Partiel : délai inopposable", "A13", "P2"),
], "Matrice CGV (22 exigences : 11 C, 7 P, 4 NC) — articles du Code de la consommation sauf mention")

pb()
h2("4.3 Cookies et traceurs (CK)", "s43")
p("Le dépôt de traceurs relève de l'article 82 de la loi Informatique et Libertés{{Loi n° 78-17 du 6 janvier 1978, "
  "art. 82 (directive 2002/58/CE, art. 5, § 3).}} et des textes de la CNIL du 17 septembre 2020{{Délibérations CNIL "
  "n° 2020-091 (lignes directrices) et n° 2020-092 (recommandation).}}. Le relevé du 9 février 2026 compte 27 "
  "traceurs, dont 11 déposés par des tiers.")
matrix([
    ("CK-01", "Inventaire des traceurs", "Délib. 2020-091", "Aucun inventaire ; 4 traceurs sans finalité connue.",
     "Partiel : inventaire à établir", "A24", "P2"),
    ("CK-02", "Aucun dépôt avant choix", "Loi 78-17 art. 82", "_ga, _fbp et __kla_id déposés dès l'arrivée.",
     "Non conforme : dépôt préalable", "A04, A05", "P1"),
    ("CK-03", "Refuser aussi simplement qu'accepter", "Délib. 2020-091",
     "Refus accessible seulement via « Personnaliser ».", "Non conforme : pas de « Tout refuser »", "A04", "P1"),
    ("CK-04", "Finalités annoncées", "Délib. 2020-092", "« Améliorer votre expérience ».",
     "Partiel : finalités floues", "A04", "P2"),
    ("CK-05", "Liste des tiers", "Délib. 2020-092", "Hors bannière.", "Partiel : accès indirect", "A04", "P2"),
    ("CK-06", "Retrait à tout moment", "RGPD art. 7.3", "Aucun lien de réouverture.",
     "Non conforme : retrait impossible", "A04", "P2"),
    ("CK-07", "Durée du choix", "Délib. 2020-092", "13 mois (6 mois recommandés).", "Partiel : trop longue", "A24", "P3"),
    ("CK-08", "Durée de vie des traceurs", "Délib. 2020-091", "_ga à 24 mois.", "Partiel : au-delà de 13 mois",
     "A24", "P3"),
    ("CK-09", "Preuve du consentement", "RGPD art. 7.1", "Aucun journal.", "Non conforme : preuve impossible",
     "A06", "P1"),
    ("CK-10", "Traceurs exemptés", "Loi 78-17 art. 82", "Panier et session bien qualifiés.", "Aucun — conforme",
     "—", "—"),
    ("CK-11", "Pas de « cookie wall »", "Délib. 2020-091", "Site consultable sans choix.", "Aucun — conforme",
     "—", "—"),
    ("CK-12", "Politique cookies datée", "RGPD art. 13", "Page du 12/09/2023.", "Aucun — conforme", "—", "—"),
], "Matrice CK (12 exigences : 3 C, 5 P, 4 NC)", keep=True)

pb()
h2("4.4 Protection des données personnelles (DP)", "s44")
p("Le registre des traitements{{RGPD, art. 30 ; l'exemption des structures de moins de 250 salariés ne joue pas, les "
  "traitements clients n'étant pas occasionnels.}}, inexistant, a été établi le 27 février 2026. Il recense neuf "
  "traitements, avec base légale{{RGPD, art. 6, § 1 : consentement (a), contrat (b), obligation légale (c), intérêt "
  "légitime (f).}} et durée de conservation fixée d'après le référentiel de la CNIL{{Référentiel CNIL « gestion des "
  "activités commerciales » (2021) : prospects conservés 3 ans après le dernier contact.}} : commandes (contrat, 5 ans) ; "
  "comptes (contrat, 3 ans d'inactivité) ; listes de naissance (contrat ; date prévue sur consentement explicite, "
  "3 mois après le terme) ; prospection Klaviyo (consentement ou intérêt légitime{{CPCE, art. L34-5 : clients "
  "sollicités pour des produits analogues, opposition simple.}}, 3 ans) ; service client (contrat, 5 ans) ; avis "
  "(intérêt légitime) ; mesure d'audience (consentement, 13 mois) ; comptabilité (obligation légale, 10 ans{{C. com., "
  "art. L123-22.}}) ; traçabilité lot (obligation légale, 5 ans).")
p("La date prévue d'accouchement révèle une grossesse, que la CNIL rattache aux données de santé{{RGPD, art. 4, 15) et "
  "art. 9, § 1 ; la qualification d'une simple date reste discutée, le parti retenu est le plus protecteur.}} : elle "
  "n'est admise que sur consentement explicite (art. 9, § 2, a), par une case distincte, le champ restant facultatif.")
matrix([
    ("DP-01", "Registre des traitements", "RGPD art. 30", "Établi le 27/02/2026.", "Aucun — conforme", "—", "—"),
    ("DP-02", "Base légale par traitement", "RGPD art. 6", "Documentée au registre.", "Aucun — conforme", "—", "—"),
    ("DP-03", "Information des personnes", "RGPD art. 13", "Politique de 2019 sans durées ni droits détaillés.",
     "Partiel : incomplète", "A14", "P2"),
    ("DP-04", "Date prévue d'accouchement", "RGPD art. 9",
     "Champ obligatoire ; segment Klaviyo « J-30 avant terme ».", "Non conforme : pas de consentement explicite",
     "A07", "P1"),
    ("DP-05", "Consentement à la prospection", "CPCE L34-5", "Case pré-cochée au tunnel.",
     "Non conforme : consentement non libre", "A15", "P2"),
    ("DP-06", "Durées de conservation", "RGPD art. 5.1.e",
     "Aucune purge : 48 200 comptes, 61 % inactifs depuis 3 ans.", "Non conforme : conservation illimitée", "A16", "P2"),
    ("DP-07", "Sous-traitant WiziShop", "RGPD art. 28", "Accord annexé au contrat.", "Aucun — conforme", "—", "—"),
    ("DP-08", "Sous-traitant Klaviyo", "RGPD art. 28 et 45", "Accord signé ; transferts encadrés.",
     "Aucun — conforme", "—", "—"),
    ("DP-09", "Transporteurs", "RGPD art. 28", "Clauses non archivées.", "Partiel : preuve absente", "A26", "P3"),
    ("DP-10", "Avis Vérifiés", "RGPD art. 28", "Accord signé en 2022.", "Aucun — conforme", "—", "—"),
    ("DP-11", "Agence Pixel Moselle", "RGPD art. 28", "Accès administrateur sans clause.",
     "Partiel : contrat à compléter", "A17", "P2"),
    ("DP-12", "Sécurité des accès", "RGPD art. 32", "Trois comptes « admin » partagés.",
     "Partiel : comptes non nominatifs", "A17", "P2"),
    ("DP-13", "Exercice des droits", "RGPD art. 12", "Pas de procédure.", "Partiel : à formaliser", "A14", "P3"),
    ("DP-14", "Violations de données", "RGPD art. 33", "Pas de registre.", "Partiel : à formaliser", "A26", "P3"),
    ("DP-15", "Données bancaires", "RGPD art. 5.1.c", "Jamais stockées.", "Aucun — conforme", "—", "—"),
    ("DP-16", "Transferts hors UE", "RGPD art. 44 s.", "Recensés et encadrés.", "Aucun — conforme", "—", "—"),
    ("DP-17", "Formulaire de contact", "RGPD art. 5.1.c", "Données minimales.", "Aucun — conforme", "—", "—"),
], "Matrice DP (17 exigences : 8 C, 6 P, 3 NC)")

pb()
h2("4.5 Sécurité des produits (SP)", "s45")
p("Depuis le 13 décembre 2024, le vendeur à distance affiche sur chaque offre le fabricant et ses coordonnées, "
  "l'identification du produit et les avertissements{{Règlement (UE) 2023/988 relatif à la sécurité générale des "
  "produits, art. 19.}}. Les fiches ont été contrôlées sur l'export du catalogue WiziShop{{Export du 19 février "
  "2026 : 1 340 fiches actives, 38 fournisseurs.}}.")
matrix([
    ("SP-01", "Dossiers fournisseurs", "Règl. 2023/988 art. 12", "29 dossiers complets sur 38.",
     "Partiel : 9 incomplets", "A18", "P2"),
    ("SP-02", "Opérateur responsable dans l'UE", "Règl. 2019/1020 art. 4", "Identifié pour les 2 marques hors UE.",
     "Aucun — conforme", "—", "—"),
    ("SP-03", "Jouets : CE et EN 71", "Dir. 2009/48/CE", "40 références contrôlées.", "Aucun — conforme", "—", "—"),
    ("SP-04", "Mentions légales obligatoires", "Règl. 2023/988 art. 9 et 19",
     "Emballages et fiches : adresse du fabricant absente de 61 % des fiches, avertissement d'âge manquant sur "
     "23 jouets, lot non repris.", "Non conforme : informations de sécurité absentes", "A08", "P1"),
    ("SP-05", "Sièges auto homologués", "Règlement ONU n° 129", "i-Size ; plus aucun R44.", "Aucun — conforme",
     "—", "—"),
    ("SP-06", "Traçabilité lot", "Règl. 2023/988 art. 12 ; L423-3",
     "Lot non saisi à la réception (rappel de juin 2025).", "Non conforme : rappel ciblé impossible", "A09", "P1"),
    ("SP-07", "Textiles", "Règl. (UE) 1007/2011", "Certificats OEKO-TEX par fournisseur, un périmé.",
     "Partiel : non vérifiés par livraison", "A18", "P2"),
    ("SP-08", "Procédure de rappel", "Règl. 2023/988 art. 35 à 37", "Rappel 2025 sans procédure écrite.",
     "Partiel : à formaliser", "A19", "P2"),
    ("SP-09", "Sièges auto retournés", "C. consom. L421-3", "4 sièges revendus en « seconde chance » en 2025.",
     "Non conforme : revente à proscrire", "A20", "P2"),
    ("SP-10", "Biberons et tétines", "NF EN 14350", "Verre, tétines scellées, sans bisphénol A.",
     "Aucun — conforme", "—", "—"),
], "Matrice SP (10 exigences : 4 C, 3 P, 3 NC)", keep=True)
p("SP-04 reprend le vocabulaire des fournisseurs : il vise l'étiquetage et les informations de sécurité sur "
  "l'emballage et l'offre en ligne, non la page « Mentions légales » du site (§ 4.1).")

pb()
h2("4.6 Accessibilité numérique", "s46")
p("Avec 13 salariés et 2,7 M€ de chiffre d'affaires, la société dépasse le seuil de la microentreprise{{Directive (UE) "
  "2019/882 ; loi n° 2023-171 du 9 mars 2023 ; décret n° 2023-931 du 9 octobre 2023. Obligations applicables depuis le "
  "28 juin 2025 ; exemption : moins de 10 personnes et 2 M€.}}.")
matrix([
    ("AC-01", "Conformité au RGAA", "Dir. (UE) 2019/882",
     "Constat : non évalué — audit RGAA confié à un prestataire, intégration en v1.1", "—", "A21", "P2"),
    ("AC-02", "Déclaration d'accessibilité", "Décret n° 2023-931",
     "Constat : non évalué — audit RGAA confié à un prestataire, intégration en v1.1", "—", "A21", "P2"),
    ("AC-03", "Parcours de commande", "Dir. (UE) 2019/882, ann. I",
     "Constat : non évalué — audit RGAA confié à un prestataire, intégration en v1.1", "—", "A21", "P2"),
], "Matrice AC (3 exigences)", keep=True)
port()

# ---------------------------------------------------------------- § 5
h1("5. Logistique et retours", "s5")
h2("5.1 Circuit retour", "s51")
p("Le circuit retour a été reconstitué en entretien puis vérifié sur 20 dossiers de 2025{{Tirage au sort parmi les "
  "1 046 retours de l'année.}}. Il compte 12 étapes, 5 acteurs et dure 19 jours en moyenne.")
X = "●"
tab([["N°", "Étape", "Client", "Service client", "Entrepôt", "Compta.", "Présid.", "Jours"],
     ["1", "Demande de retour par e-mail ou formulaire de contact", X, "", "", "", "", "0"],
     ["2", "<b>Envoi d'un formulaire papier à imprimer et signer</b> — inutile", "", X, "", "", "", "1"],
     ["3", "Renvoi du formulaire scanné", X, "", "", "", "", "2,5"],
     ["4", "Contrôle du délai et de l'éligibilité ; saisie au tableur", "", X, "", "", "", "0,5"],
     ["5", "<b>Seconde validation par la présidence au-delà de 100 €</b> — inutile", "", "", "", "", X, "1,5"],
     ["6", "Envoi de l'étiquette (FR) ou des instructions (LU, BE)", "", X, "", "", "", "0,5"],
     ["7", "Dépôt du colis", X, "", "", "", "", "3"],
     ["8", "Réception à Woippy, contrôle, photographie", "", "", X, "", "", "2"],
     ["9", "Décision : stock, seconde chance ou rebut", "", "", X, "", "", "0,5"],
     ["10", "Information du service client", "", "", X, "", "", "1"],
     ["11", "Demande de remboursement à la comptabilité", "", X, "", "", "", "1,5"],
     ["12", "<b>Remboursement saisi manuellement</b> — inutile", "", "", "", X, "", "5"],
     ["", "<b>Durée moyenne totale</b>", "", "", "", "", "", "<b>19</b>"]],
    [0.8, 7.4, 1.3, 1.8, 1.5, 1.4, 1.3, 1.3], "Circuit retour actuel en couloirs d'acteurs",
    right=(7,), center=(2, 3, 4, 5, 6), fs=8.5)
p("Trois étapes sont inutiles : le formulaire papier (2), qu'aucun texte n'impose ; la seconde validation (5), "
  "l'éligibilité étant contrôlée à l'étape 4 ; la saisie manuelle du remboursement (12), WiziShop permettant de "
  "rembourser depuis la commande. Le flux cible : à définir avec la logistique (action A22).")
h2("5.2 Notes de transport", "s52")
p("Les transporteurs sont classés selon le prix d'un colis de 5 kg{{Tarifs négociés 2026, hors surcharge "
  "carburant.}} et les émissions déclarées par colis{{C. transports, art. L1431-3 ; valeurs des attestations 2025 "
  "des transporteurs, non vérifiées.}} ; la note pondère le coût à 60 % et les émissions à 40 %.")
tab([["Rang", "Transporteur et service", "Zones", "Prix 5 kg HT", "g CO2 / colis", "Rang coût", "Rang CO2", "Note /10"],
     ["1", "Mondial Relay — point relais", "FR, BE, LU", "6,90 €", "210", "1", "1", "9,4"],
     ["2", "Colissimo — domicile", "FR", "9,85 €", "390", "2", "2", "7,8"],
     ["3", "DPD Predict — domicile sur créneau", "FR, BE", "10,40 €", "470", "3", "3", "6,9"],
     ["4", "Chronopost — Classic International", "LU", "21,50 €", "1 150", "4", "4", "3,1"]],
    [1.1, 5.4, 2.0, 2.0, 2.0, 1.6, 1.6, 1.4], "Notes de transport (colis de 5 kg, tarifs 2026)",
    right=(3, 4, 5, 6, 7), fs=8.6)
p("Le point relais est à mettre en avant au panier ; poussettes et sièges auto, encombrants, partent en Colissimo ou "
  "DPD.")
h2("5.3 Voix du client livraison", "s53")
p("Les 1 214 avis Avis Vérifiés de 2025{{C. consom. L111-7-2 et D111-16 s. : information sur le contrôle des avis "
  "publiés.}} donnent 4,6/5 au global et 4,3/5 en sous-note livraison. Les 112 avis notant la livraison 2 ou moins ont "
  "été lus et classés :")
chart()
p("Deux actions en découlent, rattachées à l'action A23 :")
ul(["Luxembourg : afficher un délai réaliste de 3 à 4 jours ouvrés et confier les envois à Chronopost ;",
    "alerter la logistique lorsqu'un colis reste 48 heures sans scan, afin de prévenir le client avant sa "
    "réclamation."])
h2("5.4 Exigences livraison et retours (LR)", "s54")
ul(["<b>Conformes</b> : LR-01 expédition à J+1 (98,1 % des commandes) ; LR-02 lien de suivi envoyé ; LR-03 "
    "information de tri sur les emballages ; LR-04 étiquette retour prépayée en France ; LR-08 information CO2 "
    "disponible ; LR-10 points relais en Belgique ; LR-11 assurance des colis de plus de 300 € ; LR-13 colis perdus "
    "traités sous 10 jours.",
    "<b>Partielles</b> : LR-05 circuit retour non documenté ; LR-06 contrôle des retours avant remise en stock ; LR-07 "
    "information sur le contrôle des avis ; LR-09 délais annoncés pour le Luxembourg ; LR-12 contrats transporteurs non "
    "archivés ; LR-14 remboursement non déclenché à la preuve d'expédition{{C. consom. L221-24 : remboursement différé "
    "possible jusqu'à récupération des biens ou preuve de leur expédition.}}."])

# ---------------------------------------------------------------- § 6
pb()
h1("6. Plan de remédiation", "s6")
p("Les 46 écarts sont regroupés en 26 actions ; coûts HT estimés{{Devis Pixel Moselle n° 2026-031 du 6 mars 2026 et "
  "tarifs publics des éditeurs.}}.")
PLAN = [
    ("A01", "Réécrire l'art. 9 des CGV (exceptions, dépréciation, livraisons fractionnées)", "CGV-13, 17, 18", "P1",
     "S. Kieffer", "31/03", "650 €"),
    ("A02", "Formulaire de rétractation en ligne et modèle type", "CGV-14", "P1", "Pixel Moselle", "30/04", "1 400 €"),
    ("A03", "Remboursement sous 14 jours par le moyen de paiement initial", "CGV-19, LR-14", "P1", "N. Becker",
     "15/04", "—"),
    ("A04", "CMP avec « Tout refuser » au premier niveau et lien de retrait", "CK-02 à 06", "P1", "Pixel Moselle",
     "30/04", "1 900 €"),
    ("A05", "Consent Mode v2 ; blocage conditionnel Meta et Klaviyo", "CK-02", "P1", "Pixel Moselle", "30/04", "600 €"),
    ("A06", "Journal des consentements archivé", "CK-09", "P1", "S. Kieffer", "30/04", "inclus"),
    ("A07", "Date prévue facultative, consentement explicite, purge", "DP-04", "P1", "L. Hoffmann", "30/04", "700 €"),
    ("A08", "Champs de sécurité dans le gabarit ; reprise des 1 340 fiches", "SP-04", "P1", "Pixel Moselle", "31/05",
     "2 100 €"),
    ("A09", "Saisie du lot à la réception, lien lot ↔ commande", "SP-06", "P1", "H. Weber", "31/05", "950 €"),
    ("A10", "Prix de référence des réductions", "CGV-04", "P2", "C. Thiriet", "30/04", "—"),
    ("A11", "CGV en PDF jointes à la confirmation", "CGV-06", "P2", "Pixel Moselle", "30/04", "150 €"),
    ("A12", "Encadré de garantie légale", "CGV-07", "P2", "S. Kieffer", "30/04", "—"),
    ("A13", "Supprimer « délais indicatifs » et « 48 h »", "CGV-21, 22", "P2", "S. Kieffer", "30/04", "—"),
    ("A14", "Politique de confidentialité ; procédure des droits", "DP-03, 13", "P2", "S. Kieffer", "31/05", "—"),
    ("A15", "Case newsletter décochée", "DP-05", "P2", "Pixel Moselle", "30/04", "150 €"),
    ("A16", "Purge des comptes et prospects inactifs", "DP-06", "P2", "L. Hoffmann", "30/06", "—"),
    ("A17", "Avenant Pixel Moselle ; comptes nominatifs", "DP-11, 12", "P2", "C. Thiriet", "31/05", "—"),
    ("A18", "Dossiers fournisseurs ; OEKO-TEX par livraison", "SP-01, 07", "P2", "H. Weber", "30/06", "—"),
    ("A19", "Procédure écrite de rappel (§ 7.4)", "SP-08", "P2", "S. Kieffer", "31/05", "—"),
    ("A20", "Sièges auto retournés jamais remis en vente", "SP-09, LR-06", "P2", "H. Weber", "31/03", "—"),
    ("A21", "Audit RGAA et déclaration d'accessibilité", "AC-01 à 03", "P2", "C. Thiriet", "15/06", "3 200 €"),
    ("A22", "Atelier circuit retour", "LR-05, 14", "P2", "H. Weber", "30/04", "—"),
    ("A23", "Luxembourg : délai et transporteur ; alerte 48 h", "LR-09", "P2", "H. Weber", "30/04", "—"),
    ("A24", "Inventaire et durées des traceurs", "CK-01, 07, 08", "P2", "Pixel Moselle", "30/04", "inclus"),
    ("A25", "Mentions légales : e-mail, lien RLL, avis", "ML-06, 09, LR-07", "P3", "S. Kieffer", "30/06", "—"),
    ("A26", "Loi applicable LU/BE ; contrats ; violations", "CGV-10, DP-09, 14, LR-12", "P3", "S. Kieffer", "30/09",
     "—"),
]
assert len(PLAN) == 26
tab([["N°", "Action", "Écarts", "Prio.", "Responsable", "Échéance", "Coût HT"]] + [list(r) for r in PLAN],
    [0.9, 7.6, 3.2, 0.9, 2.2, 1.5, 1.6], "Plan de remédiation (26 actions, échéances 2026)", right=(6,), fs=8.3,
    keep=False, prio_col=3, center=(3, 5))
p("Les actions relevant des lots du cahier des exigences (A02, A04, A05, A07, A08, A11, A15) représentent "
  "7 000 € HT ; A01, A09 et A21 sont financées hors projet.")

# ---------------------------------------------------------------- § 7
h1("7. Procédure de sécurité produit", "s7")
p("Applicable au 1er avril 2026, la procédure organise la traçabilité lot et les contrôles{{Règlement (UE) 2023/988, "
  "art. 12 (distributeurs) et art. 9, § 5 à 7 (identification du produit et du fabricant).}}.")
h2("7.1 Traçabilité lot")
p("Chaque ligne de réception est saisie avec le lot du carton fournisseur (scan GS1-128 ou saisie). Un emplacement ne "
  "mélange pas deux lots d'une même référence. À la préparation, le lot prélevé est scanné sur la commande ; une requête "
  "WiziShop extrait alors les clients d'un lot.")
h2("7.2 Contrôles par famille")
ul(["<b>Sièges auto</b> : étiquette UN R129 (i-Size, 40–105 cm pour le Bastia 360), carton intact, notice en "
    "français{{La vente des sièges homologués R44 est interdite dans l'UE depuis le 1er septembre 2024.}}.",
    "<b>Poussettes et porte-bébés</b> : norme (NF EN 1888-1, NF EN 13209-2), notice et avertissements.",
    "<b>Textiles</b> : certificat OEKO-TEX en cours de validité à chaque livraison ; gigoteuses : indice TOG.",
    "<b>Jouets</b> : marquage CE, essais EN 71, avertissement d'âge ; test de traction des petits éléments.",
    "<b>Biberons et tétines</b> : scellé intact, NF EN 14350."])
h2("7.3 Retours et rappels")
p("Un siège auto retourné n'est jamais remis en vente : un choc peut altérer la coque sans trace visible. Il est mis en "
  "quarantaine puis recyclé{{C. env., art. L541-15-8 : destruction des invendus non alimentaires encadrée ; recyclage "
  "admis en cas de risque pour la sécurité.}}. En cas d'alerte (fabricant, Rappel Conso, Safety Gate{{Système d'alerte "
  "rapide de l'UE pour les produits non alimentaires dangereux.}}), la présidence décide sous 24 heures ; les clients du "
  "lot sont informés et l'autorité avisée{{C. consom. L423-3.}}.")

# ---------------------------------------------------------------- § 8
pb()
h1("8. Cahier des exigences de mise en conformité", "s8")
h2("8.1 Contexte et périmètre")
p("Le cahier décrit la correction des écarts P1 qui exigent une intervention sur le site. Il sert à la commande passée "
  "à Pixel Moselle et à la consultation CMP. Quatre lots : <b>L1</b> plateforme de gestion du consentement ; <b>L2</b> "
  "formulaire de rétractation en ligne ; <b>L3</b> pages légales et consentement de la liste de naissance ; <b>L4</b> "
  "informations de sécurité dans les fiches produit.")
h2("8.2 Objectifs")
p("<b>Objectif général</b> : zéro écart P1 au 30/06/2026.")
p("<b>Objectifs spécifiques</b> : OS1, 100 % des remboursements en 14 jours au plus ; OS2, taux de consentement "
  "mesuré chaque mois{{Part des visiteurs acceptant au moins une finalité non exemptée, lue dans le journal de la "
  "CMP.}} ; OS3, 100 % des fiches actives avec informations de sécurité ; OS4, aucun refus de rétractation hors "
  "exception légale ; OS5, date prévue collectée sur consentement explicite seulement.")
p("<b>Objectifs techniques</b> : OT1, CMP avec « Tout refuser » au même niveau et de même apparence que « Tout "
  "accepter » ; OT2, Consent Mode v2{{Exigé par Google depuis mars 2024 pour les annonceurs de l'Espace économique "
  "européen.}} ; OT3, formulaire de rétractation en ligne avec accusé de réception{{Fonction de rétractation "
  "obligatoire à compter du 19 juin 2026 : directive (UE) 2023/2673, art. 11 bis de la directive 2011/83/UE.}} ; OT4, "
  "champs de sécurité dans le gabarit de fiche produit.")
h2("8.3 Traçabilité objectifs – écarts")
tab([["Objectif", "Niveau", "Écarts P1", "Écarts P2", "Lot"],
     ["Zéro écart P1 au 30/06/2026", "Général", "Les 9", "—", "L1 à L4, A03, A09"],
     ["OS1 Remboursement ≤ 14 jours", "Spécifique", "CGV-19", "LR-14", "A03"],
     ["OS2 Consentement mesuré", "Spécifique", "CK-02, CK-09", "CK-06", "L1"],
     ["OS3 Fiches avec sécurité, commandes liées à un lot", "Spécifique", "SP-04, SP-06", "SP-01, SP-07", "L4, A09"],
     ["OS4 Aucun refus hors exception", "Spécifique", "CGV-18", "CGV-13, CGV-17", "L3"],
     ["OS5 Date prévue sur consentement", "Spécifique", "DP-04", "DP-05, DP-06", "L3"],
     ["OT1 « Tout refuser » au même niveau", "Technique", "CK-03", "CK-01, 04, 05", "L1"],
     ["OT2 Consent Mode v2", "Technique", "CK-02", "—", "L1"],
     ["OT3 Formulaire de rétractation", "Technique", "CGV-14", "—", "L2"],
     ["OT4 Champs de sécurité", "Technique", "SP-04", "—", "L4"]],
    [5.4, 1.9, 2.9, 3.3, 1.6], "Traçabilité objectifs – écarts", fs=8.4)
p("Contrôle : les 9 écarts P1 sont couverts ; 11 écarts P2 le sont par un objectif, les 16 autres par le plan de "
  "remédiation ; aucun objectif sans écart.")
h2("8.4 Exigences par lot")
ul(["<b>L1</b> : « Tout accepter », « Tout refuser », « Personnaliser » au premier niveau ; aucun traceur avant choix ; "
    "lien de retrait ; journal exportable ; choix conservé 6 mois.",
    "<b>L2</b> : formulaire avec ou sans compte (commande + e-mail), choix des articles, accusé daté.",
    "<b>L3</b> : textes validés (A01, A12 à A14) ; case distincte et décochée pour la date prévue ; CGV en PDF.",
    "<b>L4</b> : bloc « Informations de sécurité » (fabricant, adresse, e-mail, opérateur UE, avertissements, "
    "référence) ; import par fichier."])
h2("8.5 Contraintes et arbitrages de la présidence")
ul(["Budget plafonné à <b>9 000 € HT</b> pour les lots L1 à L4, abonnements de la première année compris.",
    "<b>Pas de refonte</b> : thème WiziShop conservé, modules et paramétrage uniquement."])
h2("8.6 Planning, livrables et recette")
p("Validation du cahier le 20/03 ; commande le 27/03 ; L1 et L3 en préproduction le 17/04, L2 le 24/04 ; mise en "
  "ligne le 30/04 ; L4 et reprise des fiches en mai ; bilan le 15/06. Livrables : CMP documentée, formulaire, pages "
  "publiées, gabarit, fichier de reprise, procès-verbal de recette. Tests : aucun traceur avant choix ; « Tout "
  "refuser » sans _ga ni _fbp ; signaux « denied » transmis ; choix horodaté au journal ; accusé de rétractation en "
  "moins de 5 minutes ; bloc de sécurité complet sur 20 fiches tirées au sort.")
h2("8.7 Consultation CMP")
tab([["Critère (pondération)", "Axeptio", "Didomi", "Cookiebot"],
     ["Lignes directrices CNIL : refus au 1er niveau, granularité (30 %)", "5", "5", "4"],
     ["Module WiziShop sans développement (20 %)", "5", "3", "4"],
     ["Journal des consentements (15 %)", "4", "5", "4"],
     ["Hébergement dans l'UE (15 %)", "5", "5", "4"],
     ["Consent Mode v2 (10 %)", "4", "5", "5"],
     ["Prix annuel HT (10 %)", "4 (540 €)", "1 (2 400 €)", "4 (460 €)"],
     ["Note pondérée /5", "4,75", "4,20", "4,10"]],
    [8.6, 2.6, 2.6, 2.6], "Consultation CMP (notes de 1 à 5)", right=(1, 2, 3), bold_rows=(7,), fs=8.6)
p("Axeptio est retenue{{Tarifs publics relevés le 2 mars 2026, offre adaptée à 60 000 visites mensuelles.}} : meilleure "
  "note, module WiziShop, données hébergées dans l'UE. Didomi dépasse le budget ; Cookiebot s'intègre moins bien.")

# ---------------------------------------------------------------- annexes
pb()
h1("Annexe A — Textes de référence", "ann_a")
ul(["Code de la consommation : L111-1, L111-7-2, L112-1, L112-1-1, L216-1 à L216-4, L217-3 s., L221-5 à L221-28, "
    "L421-3, L423-3, L612-1, L616-1, R221-1, D211-2.",
    "Code civil, art. 1127-1 et 1641 ; C. com., art. L123-22 ; C. transports, art. L1431-3 ; CPCE, art. L34-5.",
    "LCEN, art. 1-1 et 19 ; loi n° 78-17, art. 82 ; délibérations CNIL n° 2020-091 et 2020-092.",
    "Règlements (UE) 2016/679, 2023/988, 2019/1020, 1007/2011, 2024/3228 ; règlement (CE) 593/2008.",
    "Directives 2009/48/CE, 2011/83/UE, (UE) 2019/882 ; Règlement ONU n° 129."])
h1("Annexe B — Compte rendu de la réunion de lancement du 5 février 2026", "ann_b")
p("Présents : Camille Thiriet, Hugo Weber, Pauline Schmitt, Lucas Hoffmann, Sarah Kieffer.")
ol(["Objet : audit de conformité du site après le rappel du hochet et le courrier de l'association ; livrable le 16/03.",
    "Budget : plafond de 9 000 € HT pour les corrections confiées à l'extérieur.",
    "Pas de refonte : « on garde WiziShop et le thème, on corrige ».",
    "C. Thiriet demande qu'aucune baisse du taux de conversion (2,1 % en 2025) ne résulte des modifications, notamment "
    "de la bannière cookies et des champs de la liste de naissance.",
    "Entretiens du 10 au 18/02 ; accès au back-office en lecture pour S. Kieffer."])


# ================================================================================================
# MISE EN PAGE
# ================================================================================================
def table_flow(rows, widths, caption, right, bold_rows, fs, keep, prio_col, center, avail):
    TAB_N[0] += 1
    fs = fs or 8.2
    st = ParagraphStyle("c%s" % fs, parent=cell, fontSize=fs, leading=fs * 1.19)
    stc = ParagraphStyle("cc%s" % fs, parent=st, alignment=TA_CENTER)
    str_ = ParagraphStyle("cr%s" % fs, parent=st, alignment=TA_RIGHT)
    stb = ParagraphStyle("cb%s" % fs, parent=st, fontName="NB")
    stbr = ParagraphStyle("cbr%s" % fs, parent=stb, alignment=TA_RIGHT)
    stbc = ParagraphStyle("cbc%s" % fs, parent=stb, alignment=TA_CENTER)
    data = []
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.45, GRID),
             ("BACKGROUND", (0, 0), (-1, 0), HEADBG),
             ("TOPPADDING", (0, 0), (-1, -1), 1.7), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.3),
             ("LEFTPADDING", (0, 0), (-1, -1), 2.8), ("RIGHTPADDING", (0, 0), (-1, -1), 2.8)]
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            b = i == 0 or i in bold_rows
            if j in center:
                s = stbc if b else stc
            elif j in right and i > 0:
                s = stbr if b else str_
            else:
                s = stb if b else st
            line.append(Paragraph(fr(str(v)).replace("\n", "<br/>"), s))
            if prio_col is not None and j == prio_col and i > 0 and v in PRIO_BG:
                style.append(("BACKGROUND", (j, i), (j, i), PRIO_BG[v]))
        data.append(line)
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * avail / tw for w in widths], repeatRows=1)
    for r in bold_rows:
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#EEF1F4")))
    t.setStyle(TableStyle(style))
    c = Paragraph(fr("Tableau %d — %s" % (TAB_N[0], caption)), cap)
    if keep:
        return [KeepTogether([Spacer(1, 2), t, c])]
    return [Spacer(1, 2), t, c]


def chart_flow(avail):
    data = [("Retards de livraison au Luxembourg", 38), ("Colis endommagé", 21), ("Point relais saturé ou fermé", 19),
            ("Suivi non mis à jour", 17), ("Autres motifs", 17)]
    w, h = avail, 4.4 * cm
    d = Drawing(w, h)
    bc = HorizontalBarChart()
    bc.x, bc.y, bc.width, bc.height = 5.8 * cm, 0.45 * cm, w - 7.6 * cm, h - 0.75 * cm
    bc.data = [[v for _, v in reversed(data)]]
    bc.categoryAxis.categoryNames = [k for k, _ in reversed(data)]
    bc.categoryAxis.labels.fontName = "S"
    bc.categoryAxis.labels.fontSize = 8
    bc.categoryAxis.labels.dx = -4
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 40, 10
    bc.valueAxis.labels.fontName = "S"
    bc.valueAxis.labels.fontSize = 7.5
    bc.bars[0].fillColor = PLUM
    bc.bars[0].strokeColor = None
    bc.barLabelFormat = "%d"
    bc.barLabels.fontName = "SB"
    bc.barLabels.fontSize = 7.5
    bc.barLabels.nudge = 8
    d.add(bc)
    d.add(String(w, h - 0.3 * cm, "n = 112", fontName="SI", fontSize=7.5, textAnchor="end"))
    c = Paragraph(fr("Figure 1 — Motifs des 112 avis 2025 dont la sous-note livraison est ≤ 2 (Avis Vérifiés, "
                     "1 214 avis au total)"), cap)
    return [KeepTogether([d, c])]


def story(pages):
    FN_COUNT[0] = 0
    TAB_N[0] = 0
    FN_PAGES.clear()
    tit = ParagraphStyle("tit", fontName="SB", fontSize=22, leading=28, alignment=TA_LEFT, textColor=NAVY)
    sub = ParagraphStyle("sub", fontName="S", fontSize=12.5, leading=17, alignment=TA_LEFT, textColor=INK)
    sm = ParagraphStyle("sm", fontName="S", fontSize=9.6, leading=13.5, alignment=TA_LEFT, textColor=INK)
    S = [Spacer(1, 1.2 * cm),
         Paragraph("PETIT MIRABELLE SAS", ParagraphStyle("brand", fontName="SB", fontSize=11, leading=14,
                                                          textColor=PLUM)),
         Paragraph(fr("Puériculture — Metz (57)"), sm),
         Spacer(1, 5.0 * cm),
         Paragraph(fr("Audit de conformité juridique du site petitmirabelle.fr"), tit),
         Spacer(1, 0.5 * cm),
         Paragraph(fr("Version 1.0 — 16 mars 2026"), sub),
         Spacer(1, 0.3 * cm),
         Paragraph(fr("<b>Diffusion restreinte</b>"), ParagraphStyle("dr", parent=sub, textColor=PLUM)),
         Spacer(1, 5.6 * cm),
         Paragraph(fr("<b>Rédaction</b> : Sarah Kieffer, chargée de projet e-commerce &amp; conformité (alternance)"), sm),
         Paragraph(fr("<b>Commanditaire</b> : Camille Thiriet, présidente"), sm),
         Paragraph(fr("<b>Périmètre</b> : site petitmirabelle.fr (WiziShop), service client, entrepôt de Woippy — "
                      "France, Luxembourg, Belgique"), sm),
         Spacer(1, 1.4 * cm),
         Paragraph(fr("Document présenté dans le cadre du titre RNCP « Chef de projet e-commerce » — Bachelor, Lorraine "
                      "Business School Digital, session 2026"), ParagraphStyle("rn", parent=sm, fontName="SI",
                                                                             fontSize=8.6, textColor=GREY)),
         NextPageTemplate("body"), PageBreak()]
    # p. 2
    S.append(Paragraph("Suivi du document", h1s))
    S += table_flow([["Version", "Date", "Auteur", "Objet"],
                     ["0.1", "09/02/2026", "S. Kieffer", "Projet : référentiel d'exigences, matrices ML et CGV"],
                     ["0.9", "02/03/2026", "S. Kieffer", "Relecture par Camille Thiriet ; cotation validée"],
                     ["1.0", "16/03/2026", "S. Kieffer", "Version diffusée ; écarts ML-03 et ML-04 levés le 20/02"]],
                    [1.5, 2.2, 2.4, 10.9], "Suivi des versions", (), (), 8.4, True, None, (), UW)
    S.append(Paragraph(fr("<b>Diffusion</b> : C. Thiriet, H. Weber, P. Schmitt ; extraits des § 4.3 et 8 à Pixel "
                          "Moselle."), body))
    dis = ParagraphStyle("dis", parent=body, fontName="SI", fontSize=8.8, leading=12, borderColor=GRID,
                         borderWidth=0.6, borderPadding=6, backColor=colors.HexColor("#F5F6F8"), spaceBefore=6,
                         spaceAfter=12)
    S.append(Paragraph(fr("Le présent document ne constitue pas une consultation juridique. Il a été établi en interne à "
                          "partir des textes en vigueur au 16 mars 2026 et des éléments communiqués lors des entretiens "
                          "d'audit. Les clauses et procédures proposées doivent être validées avant leur mise en "
                          "application."), dis))
    S.append(Paragraph("Sommaire", h1s))
    for key, level, text in TOC:
        S.append(TOCLine(text, pages.get(key, 0), level))
    S.append(PageBreak())
    avail = [UW]
    for it in C:
        k = it[0]
        if k in ("h1", "h2"):
            txt, notes = notes_in(it[1])
            st = h1s if k == "h1" else h2s
            S.append(CondPageBreak(4.5 * cm if k == "h1" else 3.2 * cm))
            S.append(Heading(txt, st, it[2] or ""))
            S += [FNMark(n, t) for n, t in notes]
        elif k == "p":
            txt, notes = notes_in(it[1])
            S.append(Paragraph(fr(txt), body))
            S += [FNMark(n, t) for n, t in notes]
        elif k in ("ul", "ol"):
            for i, x in enumerate(it[1]):
                txt, notes = notes_in(x)
                S.append(Paragraph(fr(txt), bul, bulletText="•" if k == "ul" else "%d." % (i + 1)))
                S += [FNMark(n, t) for n, t in notes]
            S.append(Spacer(1, 2))
        elif k == "tab":
            S += table_flow(*it[1:], avail=avail[0])
        elif k == "box":
            b = Table([[Paragraph(fr(it[1]), boxst)]], colWidths=[avail[0] * 0.7], rowHeights=[it[2] * cm])
            b.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F6F8"))]))
            S += [Spacer(1, 2), b, Spacer(1, 6)]
        elif k == "chart":
            S += chart_flow(avail[0])
        elif k == "mark":
            S.append(Mark(it[1]))
        elif k == "cond":
            S.append(CondPageBreak(it[1]))
        elif k == "pb":
            S.append(PageBreak())
        elif k == "land":
            S += [NextPageTemplate("land"), PageBreak()]
            avail[0] = LUW
        elif k == "port":
            S += [NextPageTemplate("body"), PageBreak()]
            avail[0] = UW
    S.append(Mark("end"))
    return S


def toc_entries():
    out = []
    for it in C:
        if it[0] in ("h1", "h2") and it[2]:
            out.append((it[2], 0 if it[0] == "h1" else 1, re.sub(r"\{\{.+?\}\}", "", it[1])))
    return out


TOC = toc_entries()


def deco_page(c, width, height, lm, rm):
    c.saveState()
    c.setFont("S", 7.4)
    c.setFillColor(GREY)
    c.drawString(lm, height - 1.15 * cm, "Audit de conformité juridique — petitmirabelle.fr")
    c.drawRightString(width - rm, height - 1.15 * cm, "DIFFUSION RESTREINTE")
    c.setStrokeColor(GRID)
    c.setLineWidth(0.4)
    c.line(lm, height - 1.3 * cm, width - rm, height - 1.3 * cm)
    c.line(lm, 1.25 * cm, width - rm, 1.25 * cm)
    c.setFillColor(INK)
    c.drawCentredString(width / 2, 0.85 * cm, FOOT % (c.getPageNumber(), TOTAL_PAGES))
    c.restoreState()


def deco(c, d):
    deco_page(c, PW, PH, LM, RM)


def deco_land(c, d):
    deco_page(c, LW, LH, LLM, LLM)


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Heading) and f.key:
            HEAD_PAGES.setdefault(f.key, self.page)
        if isinstance(f, Mark):
            MARKS[f.key] = self.page


def build(target, pages, note_h):
    HEAD_PAGES.clear()
    MARKS.clear()
    FN_HEIGHT.clear()
    doc = Doc(target, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title="Audit de conformité juridique du site petitmirabelle.fr — v1.0", author=AUTHOR,
              creator="Microsoft® Word pour Microsoft 365", subject="Petit Mirabelle — Diffusion restreinte",
              invariant=1)

    def frames(width, height, lm, key):
        return Frame(lm, BM, width - 2 * lm, height - TM - BM, id=key, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)

    def _shrink(d, height):
        # le cadre du corps est raccourci de la hauteur des notes de la page, mesurée à la passe précédente
        fr_ = d.pageTemplate.frames[0]
        h = note_h.get(d.page, 0)
        fr_._y1 = BM + (h + 0.45 * cm if h else 0)
        fr_._height = height - TM - fr_._y1
        fr_._geom()

    def on_page_body(c, d):
        deco(c, d)
        _shrink(d, PH)

    def on_page_land(c, d):
        deco_land(c, d)
        _shrink(d, LH)

    f_cover = Frame(LM, BM, UW, PH - TM - BM, id="cover")
    doc.addPageTemplates([
        PageTemplate(id="cover", frames=[f_cover], pagesize=A4),
        PageTemplate(id="body", frames=[frames(PW, PH, LM, "body")], onPage=on_page_body,
                     onPageEnd=lambda c, d: draw_notes(c, UW, LM), pagesize=A4),
        PageTemplate(id="land", frames=[frames(LW, LH, LLM, "land")], onPage=on_page_land,
                     onPageEnd=lambda c, d: draw_notes(c, LUW, LLM), pagesize=landscape(A4))])
    doc.build(story(pages))
    return dict(HEAD_PAGES), doc.page, dict(FN_HEIGHT)


def main():
    os.makedirs(OUT, exist_ok=True)
    pages, note_h = {}, {}
    for _ in range(6):
        pages2, last, nh = build(io.BytesIO(), pages, note_h)
        if pages2 == pages and nh == note_h:
            break
        pages, note_h = pages2, nh
    pages3, last3, nh3 = build(PDF, pages, note_h)
    assert pages3 == pages and nh3 == note_h, "pagination instable"
    print("pages:", last3, "tableaux:", TAB_N[0], "notes:", FN_COUNT[0])
    print("titres:", sorted(pages.items(), key=lambda x: x[1]))
    return last3


if __name__ == "__main__":
    last = main()
    problems = []
    if last != TOTAL_PAGES:
        problems.append("pages %d != %d" % (last, TOTAL_PAGES))
    if TAB_N[0] != 14:
        problems.append("tableaux %d" % TAB_N[0])
    if FN_COUNT[0] != 40:
        problems.append("notes %d" % FN_COUNT[0])
    print("PROBLÈMES :", problems if problems else "aucun")
    if problems:
        raise SystemExit(1)
