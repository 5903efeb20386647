# -*- coding: utf-8 -*-
# Générateur du dossier du candidat c109 (Lucas Castan, consultant SEO junior chez Brique & Clic, Toulouse)
# pour le client L'Ombre du Patio (mobilier de jardin en ligne, Montauban) : deux livrables client.
#  - audit-seo-ombre-du-patio-fev2026.pdf : audit d'allure « export Google Docs » (reportlab, invariant=1),
#    ~20 pages, surtout des exports d'outils collés bruts (en-têtes anglais, 8 pt, URL tronquées, cellules
#    colorées Erreur / Avertissement / OK, tableaux plus larges que le texte, coupés à droite, scindés entre pages),
#    pied de page « Brique & Clic — confidentiel — p. X/N », sommaire 1 à 9 (numéros calculés en deux passes).
#  - plan-actions-ombre-du-patio.docx : plan d'actions (python-docx, styles Word par défaut), tableau des chantiers,
#    calendrier mars–juillet en cellules colorées sans légende, budget, réseaux sociaux et partenaires, paiement.
# Déterministe : propriétés figées, zip DOCX réécrit avec un horodatage fixe, reportlab invariant=1.
import datetime, os, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable,
                                KeepTogether)

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "..", "c109-audit-seo-agence-toulouse")
PDF = os.path.join(OUT, "audit-seo-ombre-du-patio-fev2026.pdf")
DOCX = os.path.join(OUT, "plan-actions-ombre-du-patio.docx")
AUTHOR = "Lucas Castan"
STAMP = datetime.datetime(2026, 5, 12, 17, 40, 0)
ZIPSTAMP = (2026, 5, 12, 17, 40, 0)

# ====================================================================== POLICES ET STYLES PDF
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("A", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("AB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("AI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("ABI", FD + "DejaVuSans-BoldOblique.ttf"))
registerFontFamily("A", normal="A", bold="AB", italic="AI", boldItalic="ABI")
pdfmetrics.registerFont(TTFont("C", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("CB", FD + "DejaVuSansCondensed-Bold.ttf"))
registerFontFamily("C", normal="C", bold="CB", italic="C", boldItalic="CB")

LM = RM = 2.54 * cm          # marges Google Docs par défaut
TW = A4[0] - LM - RM         # largeur utile : 15,92 cm
GREEN = "#38761D"
RED = "#CC0000"
BG_ERR = colors.HexColor("#F4CCCC")
BG_WARN = colors.HexColor("#FCE5CD")
BG_OK = colors.HexColor("#D9EAD3")
HEAD_BG = colors.HexColor("#EFEFEF")

S_BODY = ParagraphStyle("body", fontName="A", fontSize=10.5, leading=15.5, spaceAfter=8)
S_SMALL = ParagraphStyle("small", fontName="A", fontSize=8.5, leading=11, spaceAfter=4,
                         textColor=colors.HexColor("#434343"))
S_BUL = ParagraphStyle("bul", parent=S_BODY, leftIndent=0.7 * cm, bulletIndent=0.2 * cm, spaceAfter=3)
S_H1 = ParagraphStyle("h1", fontName="A", fontSize=18, leading=23, spaceBefore=4, spaceAfter=10,
                      textColor=colors.HexColor("#1C4587"))
S_H2 = ParagraphStyle("h2", fontName="AB", fontSize=12, leading=16, spaceBefore=10, spaceAfter=5,
                      textColor=colors.HexColor("#434343"))
S_CELL = ParagraphStyle("cell", fontName="C", fontSize=8, leading=9.6)
S_CELLB = ParagraphStyle("cellb", fontName="CB", fontSize=8, leading=9.6)
S_TOC = ParagraphStyle("toc", fontName="A", fontSize=11, leading=20)


class Mark(Flowable):
    """Marqueur invisible : retient la page où commence une section (pour le sommaire)."""
    def __init__(self, key):
        Flowable.__init__(self)
        self.key = key

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        PAGES[self.key] = self.canv.getPageNumber()


class Cocon(Flowable):
    """Schéma générique de cocon (page mère, pages filles, petites-filles) : formes + textes extractibles."""
    def wrap(self, aw, ah):
        return TW, 6.4 * cm

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor("#666666"))
        c.setLineWidth(0.8)

        def box(x, y, w, h, txt, fill):
            c.setFillColor(colors.HexColor(fill))
            c.roundRect(x, y, w, h, 4, stroke=1, fill=1)
            c.setFillColor(colors.black)
            c.setFont("A", 8)
            c.drawCentredString(x + w / 2, y + h / 2 - 3, txt)

        mx, my = TW / 2 - 2.2 * cm, 5.0 * cm
        fills = [(0.3 * cm, "Page fille A"), (TW / 2 - 1.9 * cm, "Page fille B"), (TW - 4.1 * cm, "Page fille C")]
        for fx, _ in fills:
            c.line(mx + 2.2 * cm, my, fx + 1.9 * cm, 3.4 * cm)
        for i, (fx, _) in enumerate(fills[:-1]):
            c.setDash(2, 2)
            c.line(fx + 3.8 * cm, 3.0 * cm, fills[i + 1][0], 3.0 * cm)
            c.setDash()
        for fx, lab in fills:
            for k in range(2):
                px = fx - 0.3 * cm + k * 2.3 * cm
                c.line(fx + 1.9 * cm, 2.6 * cm, px + 1.0 * cm, 1.0 * cm)
        box(mx, my, 4.4 * cm, 0.9 * cm, "Page mère (sujet large)", "#CFE2F3")
        for fx, lab in fills:
            box(fx, 2.6 * cm, 3.8 * cm, 0.8 * cm, lab, "#D9EAD3")
            for k in range(2):
                px = fx - 0.3 * cm + k * 2.3 * cm
                box(px, 0.2 * cm, 2.0 * cm, 0.8 * cm, "Petite-fille %s%d" % (lab[-1], k + 1), "#FFF2CC")


PAGES = {}
TOTAL = [20]


# ====================================================================== HELPERS PDF
def P(txt, st=S_BODY):
    return Paragraph(txt, st)


def bullets(items, st=S_BUL):
    return [Paragraph(x, st, bulletText="•") for x in items]


def fit(v, w, font, size):
    """Coupe le texte d'une cellule trop étroite avec « … », comme un export collé tel quel."""
    if pdfmetrics.stringWidth(v, font, size) <= w:
        return v
    while v and pdfmetrics.stringWidth(v + "…", font, size) > w:
        v = v[:-1]
    return v.rstrip() + "…"


STATUS_BG = {"Erreur": BG_ERR, "Avertissement": BG_WARN, "OK": BG_OK}


def export(rows, widths, size=8, status_cols=(), head_bg=HEAD_BG, wrap_cols=(), repeat=0, bold_rows=()):
    """Tableau d'export collé brut : police condensée 8 pt, en-tête gris, cellules de statut colorées."""
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            if i == 0 and v:
                line.append(Paragraph(v, ParagraphStyle("hd", parent=S_CELLB, fontSize=size, leading=size * 1.2)))
            elif j in wrap_cols and i > 0:
                line.append(Paragraph(v, S_CELL))
            else:
                line.append(fit(v, widths[j] * cm - 5, "CB" if i in bold_rows else "C", size))
        data.append(line)
    t = Table(data, colWidths=[w * cm for w in widths], hAlign="LEFT", repeatRows=repeat)
    st = [("FONT", (0, 0), (-1, -1), "C", size),
          ("FONT", (0, 0), (-1, 0), "CB", size),
          ("BACKGROUND", (0, 0), (-1, 0), head_bg),
          ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#B7B7B7")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 3.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.4),
          ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]
    for i, r in enumerate(rows[1:], start=1):
        for j, v in enumerate(r):
            if j in status_cols and v in STATUS_BG:
                st.append(("BACKGROUND", (j, i), (j, i), STATUS_BG[v]))
            if v == "✖":
                st.append(("TEXTCOLOR", (j, i), (j, i), colors.HexColor(RED)))
                st.append(("ALIGN", (j, i), (j, i), "CENTER"))
            elif v == "✔":
                st.append(("TEXTCOLOR", (j, i), (j, i), colors.HexColor(GREEN)))
                st.append(("ALIGN", (j, i), (j, i), "CENTER"))
        if i in bold_rows:
            st.append(("FONT", (0, i), (-1, i), "CB", size))
            st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F3F3F3")))
    t.setStyle(TableStyle(st))
    return t


def quick(txt):
    return '<font name="AB" color="%s">[Quick win]</font> %s' % (GREEN, txt)


def score_boxes():
    def cellp(label, val, col):
        return [Paragraph('<font name="A" size="9" color="#434343">%s</font>' % label,
                          ParagraphStyle("x", alignment=TA_CENTER, leading=12)),
                Paragraph('<font name="AB" size="22" color="%s">%s</font><font name="A" size="11" color="#434343">/100</font>'
                          % (col, val), ParagraphStyle("y", alignment=TA_CENTER, leading=28))]
    data = [[cellp("Technique", "54", "#E69138"), "", cellp("Contenu", "61", "#BF9000"), "",
             cellp("Expérience d'achat", "66", "#6AA84F")]]
    t = Table(data, colWidths=[4.6 * cm, 0.8 * cm, 4.6 * cm, 0.8 * cm, 4.6 * cm], rowHeights=[2.2 * cm])
    t.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 1.2, colors.HexColor("#E69138")),
                           ("BOX", (2, 0), (2, 0), 1.2, colors.HexColor("#BF9000")),
                           ("BOX", (4, 0), (4, 0), 1.2, colors.HexColor("#6AA84F")),
                           ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#FDF1E4")),
                           ("BACKGROUND", (2, 0), (2, 0), colors.HexColor("#FFF8E1")),
                           ("BACKGROUND", (4, 0), (4, 0), colors.HexColor("#EEF6EA")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


# ====================================================================== CONTENU DE L'AUDIT
SECTIONS = [("s1", "1. Synthèse de l'audit"),
            ("s2", "2. Le SEO en bref"),
            ("s3", "3. Outils utilisés et méthode"),
            ("s4", "4. Audit technique (crawl et vitesse)"),
            ("s5", "5. Univers de requêtes"),
            ("s6", "6. Search Console et suivi de positions"),
            ("s7", "7. Profil de liens"),
            ("s8", "8. Tunnel, paiement et réassurance"),
            ("s9", "9. Indicateurs de perf et rapports")]
TITLES = dict(SECTIONS)


def H1(key):
    return [Mark(key), P(TITLES[key], S_H1)]


def story():
    s = []
    # ------------------------------------------------------------ couverture
    s.append(Spacer(1, 3.2 * cm))
    s.append(P('<font name="AB" size="11" color="#1C4587">BRIQUE &amp; CLIC</font>'
               '<font name="A" size="9" color="#666666">  ·  agence web · Toulouse Saint-Cyprien</font>'))
    s.append(Spacer(1, 2.2 * cm))
    s.append(P("Audit SEO &amp; acquisition", ParagraphStyle("c1", fontName="AB", fontSize=28, leading=34,
                                                             textColor=colors.HexColor("#1C4587"))))
    s.append(P("L'Ombre du Patio", ParagraphStyle("c2", fontName="A", fontSize=22, leading=28, spaceBefore=6)))
    s.append(P("lombredupatio.fr — février 2026", ParagraphStyle("c3", fontName="A", fontSize=13, leading=18,
                                                                  textColor=colors.HexColor("#666666"))))
    s.append(Spacer(1, 0.8 * cm))
    s.append(P('<font name="AB" color="#CC0000">Confidentiel</font> — document réservé à L\'Ombre du Patio SAS',
               ParagraphStyle("c4", fontName="A", fontSize=11, leading=15)))
    s.append(Spacer(1, 6.5 * cm))
    s.append(P("Réalisé par Lucas Castan, consultant SEO junior — relu par Sébastien Py, gérant<br/>"
               "Interlocuteurs client : Nathalie et Franck Delpech<br/>"
               "Version 1.2 — remise le 24/02/2026 — colonne « Mai » du suivi de positions ajoutée le 12/05/2026<br/>"
               "Brique &amp; Clic SARL — 27 avenue Étienne Billières — 31300 Toulouse", S_SMALL))
    s.append(PageBreak())

    # ------------------------------------------------------------ sommaire
    s.append(P("Sommaire", S_H1))
    for key, title in SECTIONS:
        s.append(P('%s <font color="#999999">%s</font> %d' % (title, "." * max(4, 70 - len(title)), PAGES.get(key, 0)),
                   S_TOC))
    s.append(Spacer(1, 1 * cm))
    s.append(P("Les tableaux de ce document sont des exports bruts des outils (en-têtes d'origine en anglais). "
               "Les fichiers complets sont dans le dossier Drive partagé (liens en partie 9). "
               "Code couleur des cellules : rouge = Erreur, orange = Avertissement, vert = OK.", S_SMALL))
    s.append(PageBreak())

    # ------------------------------------------------------------ 1. synthèse
    s += H1("s1")
    s.append(P("L'Ombre du Patio vend en ligne du mobilier de jardin haut de gamme depuis Montauban (showroom et entrepôt). "
               "Le site WooCommerce réalise 96 % du chiffre d'affaires, avec une saisonnalité très forte : 38 000 sessions par mois "
               "d'avril à juin contre 6 000 en novembre, pour un panier moyen de 610 €. Le client nous a demandé un état des lieux "
               "avant la saison 2026."))
    s.append(Spacer(1, 0.2 * cm))
    s.append(score_boxes())
    s.append(Spacer(1, 0.15 * cm))
    s.append(P("Notes calculées avec la grille interne Brique &amp; Clic (15 points de contrôle technique, 12 points de contenu, "
               "10 points sur le parcours d'achat). Le score de popularité n'est pas calculé (voir partie 7).", S_SMALL))
    s.append(P("Ce qu'il faut retenir", S_H2))
    s += bullets([
        quick("29 pages produits en 404 (anciennes collections 2024), dont 14 encore liées depuis le menu « Nouveautés »."),
        quick("374 balises title de plus de 60 caractères, 19 H1 vides et 41 H1 dupliqués (pagination des catégories)."),
        quick("Les pages étiquettes (/produit-etiquette/…) sont indexées : 46 pages quasi vides en concurrence avec les catégories."),
        "Fiches produits très lentes sur mobile : LCP de 4,8 s sur la fiche Alhambra, 5,2 s sur la pergola Lauragais "
        "(photos PNG de 1,5 à 3 Mo).",
        "Catégories sans texte ; la page pergolas n'a pas de H1.",
        "Pergolas et parasols en page 2 ou 3 sur les requêtes principales ; bonnes positions sur les noms de produits.",
        "Points forts : HTTPS, 3D Secure actif via Stripe, Alma déjà en ligne, 212 avis Google à 4,6/5 (non affichés sur le site).",
    ])
    s.append(PageBreak())

    # ------------------------------------------------------------ 2. SEO en bref (définitions de cours)
    s += H1("s2")
    s.append(P("Le SEO (Search Engine Optimization), ou référencement naturel, désigne l'ensemble des techniques qui permettent "
               "d'améliorer la position d'un site dans les résultats non payants des moteurs de recherche. Il repose sur trois piliers :"))
    s += bullets(["<b>la technique</b> : le robot du moteur doit pouvoir explorer (crawl) et indexer les pages rapidement et sans erreur ;",
                  "<b>le contenu</b> : chaque page doit répondre à une intention de recherche précise, avec des balises Hn et un title adaptés ;",
                  "<b>la popularité</b> : les liens reçus d'autres sites (netlinking) sont un signal de confiance pour Google."])
    s.append(P("Le SEA désigne au contraire le référencement payant (Google Ads, Shopping)."))
    s.append(P("Qu'est-ce qu'un cocon sémantique ?", S_H2))
    s.append(P("Le cocon sémantique est une méthode d'organisation des contenus d'un site théorisée par Laurent Bourrelly. "
               "Les pages sont rangées en arborescence : une page mère traite un sujet large, des pages filles traitent chacune un "
               "sous-sujet, et des pages petites-filles descendent encore plus loin dans la longue traîne. Les liens internes "
               "suivent des règles strictes : une page fille fait un lien vers sa mère et éventuellement vers ses sœurs, la mère fait "
               "un lien vers chacune de ses filles, et on ne fait pas de lien vers un autre cocon. Le but est de faire circuler la "
               "popularité (le « jus ») et de montrer au moteur la cohérence thématique du site."))
    s.append(Cocon())
    s.append(P("Schéma 1 — principe du cocon sémantique : liens descendants (mère vers filles), liens entre sœurs en pointillés "
               "(support de formation Brique &amp; Clic).", ParagraphStyle("cap", parent=S_SMALL, alignment=TA_CENTER)))
    s.append(PageBreak())

    # ------------------------------------------------------------ 3. outils et méthode
    s += H1("s3")
    s.append(P("L'audit a été réalisé du 2 au 20 février 2026. Franck Delpech nous a donné un accès aux comptes Google du site le "
               "2 février ; les outils payants sont ceux de l'agence."))
    s.append(export([
        ["Outil", "Ce que nous en avons tiré pour l'audit", "Accès", "Coût"],
        ["Google Search Console", "Requêtes, impressions, clics, position moyenne, pages indexées ou exclues, erreurs d'exploration", "Propriétaire délégué (domaine)", "Gratuit"],
        ["Google Analytics 4", "Sessions par canal, taux d'engagement, ajouts au panier (événements WooCommerce via GTM), part du mobile", "Lecteur", "Gratuit"],
        ["Screaming Frog SEO Spider 20", "Crawl complet du site (1 146 URL) : codes réponse, title, H1, canonical, profondeur, poids des images", "Licence agence", "239 £ / an"],
        ["PageSpeed Insights", "Vitesse mobile et ordinateur, Core Web Vitals (données terrain Chrome quand elles existent)", "Libre", "Gratuit"],
        ["Semrush (Guru)", "Positions, volumes, difficulté (KD), intentions, concurrents sur les mêmes requêtes", "Licence agence", "249,95 $ / mois"],
        ["Ahrefs Webmaster Tools", "Domaines référents et liens entrants (domaine vérifié via la Search Console)", "Compte gratuit", "Gratuit"],
        ["Looker Studio", "Rapport de suivi partagé avec le client (sources GSC + GA4)", "Éditeur : agence", "Gratuit"],
    ], [3.4, 8.0, 3.0, 2.0], wrap_cols=(1, 2)))
    s.append(P("Pourquoi ces outils", S_H2))
    s.append(P("Nous partons toujours des données de Google lui-même. La Search Console et GA4 mesurent le vrai site et les vrais "
               "visiteurs : ce sont les seules sources qui disent combien de fois L'Ombre du Patio apparaît dans les SERP, sur "
               "quelles requêtes, et ce que font ensuite les visiteurs. Quand un chiffre de la Search Console et un chiffre de "
               "Semrush ne concordent pas, c'est la Search Console qui fait foi."))
    s.append(P("Semrush sert à ce que Google ne donne pas : le volume des requêtes sur lesquelles le site n'apparaît pas encore, "
               "la difficulté, et les positions des concurrents (Jardiline Direct, Patio Discount, Maison &amp; Terrasse). Ce sont "
               "des estimations (volumes arrondis, positions relevées sur un échantillon de requêtes) : nous les utilisons pour "
               "comparer et choisir, pas comme résultat. Screaming Frog voit le site comme le robot de Google "
               "et trouve ce que l'audience ne montre pas (404 liées dans le menu, H1 vides)."))
    s.append(P("Enfin, le client ne doit rien payer pour suivre ses résultats : tout ce qui sert au suivi (Search Console, GA4, "
               "PageSpeed, Ahrefs Webmaster Tools, Looker Studio) est gratuit. Un abonnement Semrush ne se justifie pas pour une "
               "équipe de 9 personnes ; nous gardons les licences payantes côté agence et le client consulte le rapport Looker Studio."))
    s.append(PageBreak())

    # ------------------------------------------------------------ 4. audit technique
    s += H1("s4")
    s.append(P("Crawl Screaming Frog du 5 février 2026 (mode Spider, user-agent Googlebot Smartphone, rendu JavaScript désactivé). "
               "Score technique : 54/100."))
    s.append(export([
        ["Indicateur (crawl du 05/02/2026)", "Valeur", "Statut"],
        ["URL explorées (toutes ressources)", "1 146", "OK"],
        ["Pages HTML", "612", "OK"],
        ["Réponses 200", "531", "OK"],
        ["Redirections 301", "52", "Avertissement"],
        ["Erreurs 404", "29", "Erreur"],
        ["Pages non indexables (noindex, canonicalisées)", "118", "Avertissement"],
        ["Title de plus de 60 caractères", "374", "Erreur"],
        ["Title manquant", "3", "Erreur"],
        ["H1 manquant / dupliqué", "19 / 41", "Erreur"],
        ["Profondeur maximale (clics depuis l'accueil)", "7", "Avertissement"],
        ["Images de plus de 500 Ko", "488", "Erreur"],
        ["Images sans attribut alt", "1 120", "Avertissement"],
    ], [8.0, 2.4, 2.8], status_cols=(2,)))
    s.append(Spacer(1, 0.3 * cm))
    s.append(P("Export « Internal — HTML » (extrait, 30 lignes sur 612 ; domaine https://www.lombredupatio.fr retiré)", S_H2))
    sf = [["Address", "Status Code", "Indexability", "Title 1 Length", "H1-1", "Statut B&C", "Indexability Status", "Crawl Depth"]]
    rows_sf = [
        ("/", "200", "Indexable", "38", "L'Ombre du Patio, mobilier de jardin", "OK", "", "0"),
        ("/categorie/salons-de-jardin/", "200", "Indexable", "71", "Salons de jardin", "Avertissement", "", "1"),
        ("/categorie/parasols/", "200", "Indexable", "64", "Parasols", "Avertissement", "", "1"),
        ("/categorie/pergolas-bioclimatiques/", "200", "Indexable", "83", "", "Erreur", "", "1"),
        ("/categorie/bains-de-soleil/", "200", "Indexable", "58", "Bains de soleil", "OK", "", "1"),
        ("/produit/salon-de-jardin-alhambra-6-pl…", "200", "Indexable", "92", "Salon de jardin Alhambra 6 places alu", "Avertissement", "", "2"),
        ("/produit/parasol-deporte-cap-ferret-3x…", "200", "Indexable", "77", "Parasol déporté Cap Ferret 3×3 m", "Avertissement", "", "2"),
        ("/produit/bain-de-soleil-biarritz/", "200", "Indexable", "54", "Bain de soleil Biarritz", "OK", "", "2"),
        ("/produit/pergola-bioclimatique-laurag…", "200", "Indexable", "96", "Pergola bioclimatique Lauragais 3×4 m", "Avertissement", "", "2"),
        ("/produit/salon-bas-collioure-5-places/", "404", "Non-Indexable", "0", "", "Erreur", "Client Error", "3"),
        ("/produit/parasol-droit-hossegor-2-5m/", "404", "Non-Indexable", "0", "", "Erreur", "Client Error", "3"),
        ("/produit/table-extensible-gaillac-180…", "200", "Indexable", "67", "Table extensible Gaillac 180/240", "Avertissement", "", "2"),
        ("/categorie/salons-de-jardin/page/2/", "200", "Indexable", "71", "Salons de jardin", "Erreur", "", "2"),
        ("/categorie/salons-de-jardin/?filter_ma…", "200", "Non-Indexable", "71", "Salons de jardin", "OK", "noindex", "3"),
        ("/collection-2024/", "301", "Non-Indexable", "0", "", "Avertissement", "Redirected", "1"),
        ("/panier/", "200", "Non-Indexable", "24", "Panier", "OK", "noindex", "1"),
        ("/blog/", "200", "Indexable", "19", "Blog", "Avertissement", "", "1"),
        ("/blog/comment-choisir-son-parasol-depo…", "200", "Indexable", "74", "Comment choisir son parasol déporté ?", "Avertissement", "", "2"),
        ("/blog/entretien-salon-de-jardin-alumin…", "200", "Indexable", "66", "Entretenir un salon de jardin en alu", "Avertissement", "", "2"),
        ("/blog/pergola-bioclimatique-autorisat…", "200", "Indexable", "81", "", "Erreur", "", "2"),
        ("/showroom-montauban/", "200", "Indexable", "31", "Notre showroom", "OK", "", "1"),
        ("/livraison-et-installation/", "200", "Indexable", "40", "Livraison", "OK", "", "2"),
        ("/produit/coussin-bain-de-soleil-biarr…", "200", "Indexable", "58", "Coussin pour bain de soleil Biarritz", "OK", "", "3"),
        ("/produit/pergola-adossee-minervois-3x…", "200", "Indexable", "97", "Pergola adossée Minervois 3×5 m", "Avertissement", "", "2"),
        ("/produit/bain-de-soleil-arcachon-tec…", "404", "Non-Indexable", "0", "", "Erreur", "Client Error", "3"),
        ("/produit-etiquette/promo/", "200", "Indexable", "22", "Promo", "Erreur", "", "2"),
        ("/produit-etiquette/aluminium/", "200", "Indexable", "27", "aluminium", "Erreur", "", "2"),
        ("/?s=pergola", "200", "Non-Indexable", "35", "Résultats pour « pergola »", "OK", "noindex", "1"),
        ("/nos-realisations/", "200", "Indexable", "35", "Réalisations", "OK", "", "1"),
        ("/produit/fauteuil-biarritz-empilable/", "301", "Non-Indexable", "0", "", "Avertissement", "Redirected", "3"),
    ]
    for r in rows_sf:
        sf.append(list(r))
    s.append(export(sf, [5.3, 1.6, 2.0, 1.8, 4.6, 2.0, 2.6, 1.6], status_cols=(5,)))
    s.append(PageBreak())
    s.append(P("Export « Response Codes — Client Error (4xx) » (extrait, 7 lignes sur 29)", S_H2))
    s.append(export([
        ["Address", "Status Code", "Status", "Inlinks", "First found at"],
        ["/produit/salon-bas-collioure-5-places/", "404", "Not Found", "37", "/ (menu Nouveautés)"],
        ["/produit/parasol-droit-hossegor-2-5m/", "404", "Not Found", "37", "/ (menu Nouveautés)"],
        ["/produit/bain-de-soleil-arcachon-tec…", "404", "Not Found", "12", "/categorie/bains-de-soleil/"],
        ["/produit/salon-lounge-banyuls-resine/", "404", "Not Found", "9", "/blog/entretien-salon-de-jardin-alu…"],
        ["/produit/parasol-deporte-biscarrosse…", "404", "Not Found", "6", "/categorie/parasols/page/2/"],
        ["/produit/table-basse-collioure/", "404", "Not Found", "37", "/ (menu Nouveautés)"],
        ["/produit/coussin-dehoussable-colliour…", "404", "Not Found", "37", "/ (menu Nouveautés)"],
    ], [5.6, 1.7, 1.8, 1.4, 5.4]))
    s.append(P("Le menu « Nouveautés » pointe toujours vers la collection 2024 retirée du catalogue (37 liens par URL)."))
    s.append(PageBreak())
    s.append(P("PageSpeed Insights (tests du 9 février 2026, médiane de 3 passages)", S_H2))
    s.append(export([
        ["URL", "Device", "Performance", "Largest Contentful Paint", "Interaction to Next Paint", "Cumulative Layout Shift", "Statut"],
        ["/", "Mobile", "38", "4,1 s", "240 ms", "0,12", "Erreur"],
        ["/", "Desktop", "71", "1,9 s", "90 ms", "0,04", "OK"],
        ["/categorie/salons-de-jardin/", "Mobile", "44", "3,9 s", "210 ms", "0,21", "Erreur"],
        ["/categorie/salons-de-jardin/", "Desktop", "76", "1,8 s", "80 ms", "0,08", "OK"],
        ["/produit/salon-de-jardin-alhambra-6-pl…", "Mobile", "31", "4,8 s", "280 ms", "0,09", "Erreur"],
        ["/produit/salon-de-jardin-alhambra-6-pl…", "Desktop", "63", "2,7 s", "110 ms", "0,03", "Avertissement"],
        ["/produit/pergola-bioclimatique-laurag…", "Mobile", "29", "5,2 s", "310 ms", "0,15", "Erreur"],
        ["/produit/pergola-bioclimatique-laurag…", "Desktop", "58", "2,9 s", "120 ms", "0,05", "Avertissement"],
        ["/panier/", "Mobile", "55", "3,1 s", "190 ms", "0,02", "Avertissement"],
        ["/panier/", "Desktop", "82", "1,4 s", "60 ms", "0,01", "OK"],
    ], [5.2, 1.5, 1.8, 2.9, 2.9, 2.9, 2.0], status_cols=(6,)))
    s.append(Spacer(1, 0.2 * cm))
    s.append(P("Fiches : 6 à 9 photos PNG de 1,5 à 3 Mo. 62 % des sessions sont sur mobile (GA4, avril–juin 2025)."))
    s.append(PageBreak())

    # ------------------------------------------------------------ 5. univers de requêtes
    s += H1("s5")
    s.append(P("Méthode : export Semrush (Organic Research + Keyword Magic Tool, base France, février 2026) filtré à la main, "
               "puis regroupé par univers. Score contenu : 61/100."))
    s.append(P("Colonne « Mai » : positions relevées le 12/05/2026 dans Semrush Position Tracking.", S_SMALL))
    kw = [["Keyword", "Position", "Mai", "Search Volume", "KD %", "Intent", "URL"]]
    groups = [
        ("Univers salons de jardin", [
            ("salon de jardin", "47", "", "90 500", "78", "C", "/categorie/salons-de-jardin/"),
            ("salon de jardin aluminium", "18", "", "14 800", "52", "C", "/categorie/salons-de-jardin/"),
            ("salon de jardin aluminium 6 places", "9", "5", "1 900", "31", "C, T", "/produit/salon-de-jardin-alhambra-6-pl…"),
            ("salon de jardin 6 places", "22", "", "6 600", "44", "C", "/produit/salon-de-jardin-alhambra-6-pl…"),
            ("salon de jardin haut de gamme", "14", "", "1 600", "36", "C", "/categorie/salons-de-jardin/"),
            ("salon de jardin teck", "38", "", "4 400", "41", "C", "/categorie/salons-de-jardin/"),
            ("salon de jardin résine tressée", "-", "", "8 100", "46", "C", "-"),
            ("table de jardin aluminium extensible", "27", "", "3 600", "38", "C, T", "/produit/table-extensible-gaillac-180…"),
            ("salon de jardin alhambra", "1", "", "170", "8", "N", "/produit/salon-de-jardin-alhambra-6-pl…"),
            ("salon de jardin promo", "64", "", "5 400", "55", "T", "/produit-etiquette/promo/"),
        ]),
        ("Univers parasols", [
            ("parasol déporté", "31", "", "27 100", "58", "C", "/categorie/parasols/"),
            ("parasol déporté 3x3", "12", "7", "4 400", "34", "C, T", "/produit/parasol-deporte-cap-ferret-3x…"),
            ("parasol déporté 3x4", "16", "", "2 400", "29", "C, T", "/categorie/parasols/"),
            ("parasol déporté inclinable", "19", "", "1 300", "27", "C", "/categorie/parasols/"),
            ("parasol de jardin", "52", "", "18 100", "61", "C", "/categorie/parasols/"),
            ("pied de parasol déporté", "26", "", "2 900", "33", "C, T", "/produit/pied-lest-parasol-120-kg/"),
            ("housse parasol déporté", "11", "", "1 600", "22", "T", "/produit/housse-parasol-deporte/"),
            ("parasol déporté led", "8", "4", "880", "19", "C", "/produit/parasol-deporte-cap-ferret-3x…"),
            ("parasol cap ferret", "1", "", "90", "5", "N", "/produit/parasol-deporte-cap-ferret-3x…"),
            ("meilleur parasol déporté", "17", "", "720", "24", "I", "/blog/comment-choisir-son-parasol-depo…"),
        ]),
        ("Univers pergolas bioclimatiques", [
            ("pergola bioclimatique", "28", "", "40 500", "66", "C", "/categorie/pergolas-bioclimatiques/"),
            ("pergola bioclimatique 3x4", "13", "8", "3 600", "37", "C, T", "/produit/pergola-bioclimatique-laurag…"),
            ("pergola bioclimatique prix", "21", "", "6 600", "49", "C", "/categorie/pergolas-bioclimatiques/"),
            ("pergola bioclimatique toulouse", "15", "6", "880", "24", "C", "/showroom-montauban/"),
            ("pergola bioclimatique adossée", "24", "", "2 900", "35", "C", "/produit/pergola-adossee-minervois-3x…"),
            ("pergola bioclimatique autoportante", "30", "", "2 400", "33", "C", "/categorie/pergolas-bioclimatiques/"),
            ("pergola aluminium", "44", "", "22 200", "57", "C", "/categorie/pergolas-bioclimatiques/"),
            ("pergola bioclimatique montauban", "4", "", "170", "9", "C", "/showroom-montauban/"),
            ("pergola bioclimatique avis", "-", "", "1 000", "28", "I", "-"),
            ("pergola bioclimatique autorisation", "33", "", "720", "21", "I", "/blog/pergola-bioclimatique-autorisat…"),
        ]),
        ("Univers bains de soleil", [
            ("bain de soleil", "36", "", "33 100", "55", "C", "/categorie/bains-de-soleil/"),
            ("bain de soleil aluminium", "14", "10", "2 900", "31", "C, T", "/categorie/bains-de-soleil/"),
            ("bain de soleil réglable", "20", "", "1 600", "26", "C", "/categorie/bains-de-soleil/"),
            ("transat jardin", "57", "", "12 100", "48", "C", "/categorie/bains-de-soleil/"),
            ("bain de soleil avec roulettes", "9", "", "1 300", "23", "C", "/produit/bain-de-soleil-biarritz/"),
            ("bain de soleil haut de gamme", "12", "", "590", "22", "C", "/categorie/bains-de-soleil/"),
            ("chaise longue jardin", "61", "", "9 900", "47", "C", "/categorie/bains-de-soleil/"),
            ("bain de soleil biarritz", "2", "", "50", "3", "N", "/produit/bain-de-soleil-biarritz/"),
            ("bain de soleil teck", "42", "", "2 400", "35", "C", "/categorie/bains-de-soleil/"),
            ("coussin bain de soleil", "33", "", "4 400", "39", "T", "/produit/coussin-bain-de-soleil-biarr…"),
        ]),
    ]
    bold_rows = []
    for gname, rows in groups:
        bold_rows.append(len(kw))
        kw.append([gname, "", "", "", "", "", ""])
        for r in rows:
            kw.append(list(r))
    s.append(export(kw, [5.2, 1.4, 1.0, 2.0, 1.2, 1.3, 5.6], bold_rows=bold_rows))
    s.append(Spacer(1, 0.2 * cm))
    s.append(P("Intent (Semrush) : C = commerciale, T = transactionnelle, I = informationnelle, N = navigationnelle. "
               "« - » = site absent du top 100.", S_SMALL))
    s.append(PageBreak())
    s.append(P("Pourquoi ces requêtes", S_H2))
    s.append(P("<b>La longue traîne sur les matériaux et les dimensions.</b> Les clients de L'Ombre du Patio savent ce qu'ils veulent "
               "avant d'acheter un salon à 1 290 € : ils tapent la matière et le nombre de places. « salon de jardin aluminium 6 places » "
               "ne fait que 1 900 recherches par mois, mais avec un KD de 31 et une intention d'achat claire, et il correspond "
               "exactement au salon Alhambra. À l'inverse, « salon de jardin » (90 500 recherches, KD 78) mélange toutes les gammes "
               "et tous les budgets : nous ne le visons pas en priorité. Même logique pour « parasol déporté 3x3 » ou « bain de soleil aluminium »."))
    s.append(P("<b>Le local.</b> Les pergolas sont livrées et posées par l'équipe du client en Occitanie, avec un showroom à "
               "Montauban. « pergola bioclimatique toulouse » (880 recherches) et « pergola bioclimatique montauban » sont peu "
               "disputées (KD 24 et 9) parce que les vendeurs nationaux n'ont pas de page locale, alors que c'est le produit à "
               "4 490 € où le client veut voir le produit avant d'acheter."))
    s.append(P("<b>La saison.</b> Les volumes du tableau sont des moyennes annuelles : sur Google Trends, « parasol déporté » et "
               "« bain de soleil » sont multipliés par 5 à 6 entre novembre et mai, les pergolas montent dès février (projets de "
               "travaux). Une page doit être positionnée en mars pour profiter d'avril–juin : c'est pour cela que nous retenons "
               "d'abord des requêtes où le site est déjà entre la 9e et la 25e place."))
    s.append(P("<b>La concurrence.</b> Jardiline Direct tient le top 3 sur 14 des 20 requêtes génériques de notre liste "
               "(« salon de jardin », « parasol de jardin », « transat jardin ») avec un site de 9 000 pages et des centaines de "
               "domaines référents. Patio Discount occupe les requêtes de prix (« salon de jardin promo ») et Maison &amp; Terrasse "
               "le teck. Le client ne gagnera pas sur ces terrains en une saison : nous laissons les génériques et le prix au SEA / "
               "Shopping et concentrons le SEO sur l'aluminium haut de gamme, les dimensions, les pergolas et le local."))
    s.append(PageBreak())

    # ------------------------------------------------------------ 6. Search Console
    s += H1("s6")
    s.append(P("Export Search Console « Performance » — requêtes, du 1er novembre 2025 au 31 janvier 2026 (3 mois, basse saison), "
               "web, France, toutes les requêtes."))
    s.append(export([
        ["Top queries", "Clicks", "Impressions", "CTR", "Position"],
        ["l'ombre du patio", "1 284", "2 910", "44,1 %", "1,2"],
        ["ombre du patio", "402", "1 120", "35,9 %", "1,4"],
        ["pergola bioclimatique", "61", "24 800", "0,2 %", "27,6"],
        ["parasol déporté 3x3", "52", "3 140", "1,7 %", "12,4"],
        ["salon de jardin aluminium", "48", "9 870", "0,5 %", "18,3"],
        ["salon de jardin aluminium 6 places", "39", "1 410", "2,8 %", "9,1"],
        ["pergola bioclimatique 3x4", "33", "2 050", "1,6 %", "13,2"],
        ["parasol déporté", "29", "15 300", "0,2 %", "31,0"],
        ["comment choisir un parasol déporté", "22", "2 480", "0,9 %", "11,7"],
        ["pergola bioclimatique toulouse", "17", "690", "2,5 %", "15,3"],
        ["pergola bioclimatique montauban", "11", "96", "11,5 %", "3,8"],
        ["pergola bioclimatique prix", "9", "4 210", "0,2 %", "21,4"],
    ], [7.0, 2.0, 2.4, 2.0, 2.0]))
    s.append(Spacer(1, 0.3 * cm))
    s.append(P("Export Search Console « Performance » — pages, même période", S_H2))
    s.append(export([
        ["Top pages", "Clicks", "Impressions", "CTR", "Position"],
        ["https://www.lombredupatio.fr/", "1 912", "6 840", "28,0 %", "3,1"],
        ["https://www.lombredupatio.fr/produit/salon-de-jardin-alhambra-6-pl…", "214", "9 230", "2,3 %", "14,8"],
        ["https://www.lombredupatio.fr/categorie/pergolas-bioclimatiques/", "131", "41 600", "0,3 %", "26,2"],
        ["https://www.lombredupatio.fr/produit/parasol-deporte-cap-ferret-3x…", "118", "7 910", "1,5 %", "13,6"],
        ["https://www.lombredupatio.fr/blog/comment-choisir-son-parasol-depo…", "97", "8 450", "1,1 %", "12,9"],
        ["https://www.lombredupatio.fr/categorie/salons-de-jardin/", "88", "28 700", "0,3 %", "24,5"],
        ["https://www.lombredupatio.fr/produit/pergola-bioclimatique-laurag…", "74", "5 320", "1,4 %", "16,1"],
        ["https://www.lombredupatio.fr/showroom-montauban/", "41", "1 280", "3,2 %", "9,4"],
    ], [10.2, 1.6, 2.0, 1.8, 1.8]))
    s.append(Spacer(1, 0.3 * cm))
    s.append(P("Rapport « Pages » (indexation) au 10/02/2026", S_H2))
    s.append(export([
        ["Reason", "Source", "Validation", "Pages"],
        ["Not found (404)", "Website", "Not Started", "27"],
        ["Page with redirect", "Website", "N/A", "49"],
        ["Excluded by 'noindex' tag", "Website", "N/A", "71"],
        ["Alternate page with proper canonical tag", "Website", "N/A", "33"],
        ["Duplicate without user-selected canonical", "Google systems", "Not Started", "18"],
        ["Crawled - currently not indexed", "Google systems", "N/A", "62"],
        ["Discovered - currently not indexed", "Google systems", "N/A", "24"],
    ], [7.4, 3.0, 2.6, 1.6]))
    s.append(P("Pages indexées : 458."))
    s.append(P("Suivi de positions : les 40 requêtes de la partie 5 sont suivies chaque semaine dans Semrush Position Tracking "
               "(projet « Ombre du Patio 2026 », créé le 20/02/2026, mobile, localisation France). Les positions de février "
               "sont celles de la colonne « Position » ; le relevé de mai est dans la colonne « Mai »."))
    s.append(PageBreak())

    # ------------------------------------------------------------ 7. profil de liens (vide)
    s += H1("s7")
    s.append(export([["Referring domain", "DR", "Backlinks", "First seen"],
                     ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], [7.0, 2.0, 2.6, 3.2]))
    s.append(Spacer(1, 0.3 * cm))
    s.append(P('<font color="#CC0000">Données Majestic à récupérer</font>'))
    s.append(PageBreak())

    # ------------------------------------------------------------ 8. tunnel, paiement, réassurance
    s += H1("s8")
    s.append(P("Commande test et moyens de paiement", S_H2))
    s.append(P("Commande test n° 10482 passée le 11 février 2026 sur la « Housse pour parasol déporté » (39 €), puis remboursée "
               "le 12. Trois modules de paiement sont en production (mode live, pas en mode test) dans WooCommerce : "
               "<b>Stripe</b> (WooCommerce Stripe Gateway : cartes CB, Visa, Mastercard avec 3D Secure 2, Apple Pay et Google Pay), "
               "<b>PayPal</b> (PayPal Payments) et <b>Alma</b> (paiement en 3 ou 4 fois sans frais pour le client, de 100 à 3 000 €). "
               "Alma a été testé sur le parasol Cap Ferret (349 €, 3 fois), commande annulée ensuite avec Franck."))
    s.append(export([
        ["Étape / moyen", "Ordinateur — Chrome 121, Windows 11", "Mobile — iPhone 13, Safari", "Mobile — Galaxy A54, Chrome", "Remarque"],
        ["Ajout au panier depuis la fiche", "✔", "✔", "✔", "Bouton sous la ligne de flottaison sur mobile"],
        ["Panier → validation", "✔", "✔", "✔", "Frais de livraison affichés seulement à l'étape 2"],
        ["Carte Stripe + 3D Secure", "✔", "✔", "✔", "Validation banque en 18 s en moyenne"],
        ["Apple Pay / Google Pay", "—", "✔", "✖", "Google Pay absent : domaine non vérifié dans Stripe"],
        ["PayPal", "✔", "✔", "✔", ""],
        ["Alma 3 fois", "✔", "✔", "✖", "Retour sur le site en « commande en attente » pendant 40 s"],
        ["E-mail de confirmation", "✔", "✔", "✔", "Arrive en spam sur Outlook.com"],
    ], [3.6, 3.0, 2.7, 2.7, 5.6], wrap_cols=(0, 4)))
    s.append(PageBreak())
    s.append(P("Réassurance", S_H2))
    s.append(export([
        ["Élément", "Constat (février 2026)", "Statut", "Correction proposée"],
        ["HTTPS / certificat", "Certificat Let's Encrypt valide ; 3 images de l'accueil encore appelées en http (contenu mixte)", "Avertissement",
         "Remplacer les URL en https dans le slider"],
        ["3D Secure", "Actif via Stripe (3DS2) mais jamais mentionné ; aucun logo de paiement avant la dernière étape", "Avertissement",
         "Logos CB / Visa / Mastercard / PayPal / Alma et mention « paiement sécurisé 3D Secure » sous le bouton Ajouter au panier"],
        ["Avis clients", "212 avis Google à 4,6/5 invisibles sur le site ; 9 fiches sur 64 ont un avis WooCommerce", "Erreur",
         "Widget d'avis Google en pied de page et sur les fiches ; e-mail de demande d'avis 15 jours après livraison"],
        ["Téléphone SAV", "Numéro (05 63 …) seulement sur la page contact, sans horaires", "Erreur",
         "Numéro et horaires (lun.–sam. 9 h–18 h) dans l'en-tête et sur chaque fiche produit"],
        ["Délais de livraison", "Pergolas : « 4 à 6 semaines » uniquement dans les CGV", "Erreur",
         "Délai et mode (livraison + pose) affichés sur la fiche, près du prix"],
        ["Garantie", "Garantie 5 ans sur les structures alu non mentionnée sur les fiches", "Avertissement",
         "Pictogramme « Structure garantie 5 ans » sous le prix"],
        ["Mentions légales / CGV / retours", "Complètes, à jour (2025)", "OK", "—"],
        ["Showroom", "Adresse du showroom de Montauban en pied de page", "OK",
         "Ajouter « Venez l'essayer à Montauban » sur les fiches salons et pergolas"],
    ], [3.0, 5.6, 2.0, 6.4], status_cols=(2,), wrap_cols=(1, 3)))
    s.append(PageBreak())
    s.append(P("Où mettre les produits en avant", S_H2))
    s.append(export([
        ["Emplacement", "Ce que nous proposons d'y mettre", "Pourquoi"],
        ["Slider de l'accueil", "3 visuels max : pergola Lauragais en mars, salon Alhambra en avril–mai, parasols en juin", "Première page vue par 34 % des sessions ; aujourd'hui 6 visuels dont 2 hors saison"],
        ["En-tête de catégorie", "Produit phare de l'univers + argument (alu, garantie 5 ans) au-dessus de la grille", "Les catégories reçoivent le trafic des requêtes génériques et du Shopping"],
        ["Fiche produit : bloc « Complétez votre salon »", "Parasol Cap Ferret, coussins, housse sous la fiche des salons", "Le client qui achète un salon à 1 290 € équipe toute la terrasse"],
        ["Panier", "Accessoires à petit prix (housse, pied lesté, coussins)", "Ajout sans réflexion, hausse du panier sans freiner la commande"],
        ["Page 404", "Les 4 best-sellers + recherche", "29 URL en 404 reçoivent encore des visites depuis Google et le menu"],
    ], [4.2, 6.4, 6.4], wrap_cols=(0, 1, 2)))
    s.append(Spacer(1, 0.2 * cm))
    s.append(P("Exemple dans WooCommerce : sur la fiche du salon Alhambra 6 places, onglet « Produits liés » des données produit, "
               "nous avons renseigné en montée en gamme (upsell) le salon Alhambra 8 places à 1 690 € : il s'affiche sous la "
               "description avec le titre « Vous aimerez peut-être aussi… », modifié en « Besoin de 2 places de plus ? »."))
    s.append(PageBreak())

    # ------------------------------------------------------------ 9. indicateurs
    s += H1("s9")
    s.append(P("Indicateurs retenus pour L'Ombre du Patio", S_H2))
    s.append(export([
        ["Indicateur", "Pourquoi pour ce site", "Source", "Fréquence"],
        ["Sessions organiques (hors marque)", "La saison se joue sur Google de mars à juin ; le hors-marque montre les nouveaux clients, la marque les clients déjà convaincus", "Search Console + GA4", "Hebdo"],
        ["Taux d'ajout au panier des fiches produits", "Panier de 610 € : l'achat se fait en plusieurs visites, parfois 3 semaines plus tard. L'ajout au panier est le premier signal d'intention mesurable tout de suite", "GA4 (add_to_cart)", "Hebdo"],
        ["Part des commandes payées avec Alma", "Sur des paniers de 349 à 4 490 €, le paiement en plusieurs fois est un argument de vente : si la part monte, la mise en avant fonctionne", "WooCommerce (moyen de paiement)", "Mensuel"],
        ["Vitesse des fiches produits (LCP mobile)", "Fiches très chargées en photos, 62 % du trafic sur mobile", "PageSpeed Insights", "Mensuel"],
        ["Positions des 40 requêtes", "Voir si les pages montent avant le pic d'avril", "Semrush Position Tracking", "Hebdo"],
    ], [4.0, 7.6, 3.2, 1.8], wrap_cols=(0, 1, 2)))
    s.append(Spacer(1, 0.3 * cm))
    s.append(export([
        ["Session default channel group", "Sessions", "Engagement rate", "Add to carts"],
        ["Organic Search", "49 870", "61,2 %", "2 410"],
        ["Direct", "22 140", "58,4 %", "1 380"],
        ["Paid Shopping", "18 920", "49,7 %", "1 020"],
        ["Paid Search", "8 310", "44,1 %", "390"],
        ["Organic Social", "6 440", "38,2 %", "160"],
        ["Referral", "4 980", "55,0 %", "270"],
        ["Email", "3 120", "66,8 %", "310"],
        ["Unassigned", "220", "12,3 %", "4"],
        ["Total", "114 000", "56,0 %", "5 944"],
    ], [6.0, 2.6, 3.0, 2.6], bold_rows=(9,)))
    s.append(P("GA4, 1er avril – 30 juin 2025.", S_SMALL))
    s.append(P("Commentaires", S_H2))
    s.append(P("<b>Trafic.</b> 114 000 sessions d'avril à juin 2025, soit 38 000 par mois, contre 6 000 en novembre. Le naturel pèse "
               "44 % du total, en grande partie sur la marque : le hors-marque est le vrai réservoir de croissance."))
    s.append(P("<b>Taux de rebond.</b> GA4 ne donne plus qu'un taux d'engagement ; le rebond est son inverse, soit 44 % en moyenne. "
               "Il monte à 58 % sur mobile contre 41 % sur ordinateur, et il est le plus fort sur le Paid Search (56 %), "
               "ce qui rejoint la lenteur des fiches sur mobile."))
    s.append(P("<b>Temps de chargement.</b> LCP mobile de 4,8 s sur la fiche Alhambra, alors que Google considère une page comme "
               "« bonne » sous 2,5 s. Ce sont les pages d'arrivée du Shopping."))
    s.append(P("<b>Abandon aux étapes du tunnel :</b> non communiqué (les événements begin_checkout et add_payment_info ne "
               "remontent pas dans GA4)."))
    s.append(P("<b>Chiffre d'affaires par canal :</b> non communiqué."))
    s.append(PageBreak())
    s.append(P("Liens vers les rapports et exports", S_H2))
    s.append(export([
        ["Document", "Lien"],
        ["Rapport Looker Studio « Ombre du Patio — suivi SEO & acquisition »",
         "https://lookerstudio.google.com/reporting/7c2e91f4-3b8a-4d6e-a1f0-52d9e8b4c317/page/p_k3x9mq2ld"],
        ["Dossier Drive « Audit février 2026 » (tous les exports)",
         "https://drive.google.com/drive/folders/1qH7vZ3kLmT9pR2sXw8YbN4cD6eF0gJuA"],
        ["Crawl Screaming Frog (Internal HTML, 612 lignes)",
         "https://docs.google.com/spreadsheets/d/1Xr4TqB7mPz2KcV9eLw3JhN6sD8fA0uGyQ5iRoE1tH2k/edit"],
        ["Export Semrush — 40 requêtes et positions",
         "https://docs.google.com/spreadsheets/d/1bN8cW2xZr5TmQ7vLp4KjH9sF3dY6gA1eU0iPo2RtE4w/edit"],
        ["Export Search Console — requêtes et pages (nov. 2025 – janv. 2026)",
         "https://docs.google.com/spreadsheets/d/1kP3mY7vQz9RtB2xNc5LwH8jD4sF6gA0eU1iTo3WrE5q/edit"],
        ["Tests PageSpeed (captures PDF)",
         "https://drive.google.com/file/d/1Tz6hK9pW3mQ8rN2vX5cL7bJ4sD1fG0aY/view"],
    ], [6.0, 10.8], wrap_cols=(0, 1)))
    s.append(P("Accès en lecture donnés à nathalie@lombredupatio.fr et franck@lombredupatio.fr le 24/02/2026.", S_SMALL))
    return s


def deco(c, d):
    c.saveState()
    if d.page > 1:
        c.setFont("A", 7.5)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawCentredString(A4[0] / 2, 1.2 * cm, "Brique & Clic — confidentiel — p. %d/%d" % (d.page, TOTAL[0]))
    c.restoreState()


def build_pdf():
    def make():
        doc = SimpleDocTemplate(PDF, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=2.3 * cm, bottomMargin=2.2 * cm,
                                title="Audit SEO & acquisition — L'Ombre du Patio — février 2026", author=AUTHOR,
                                creator="Google Docs Renderer", producer="Skia/PDF m121 Google Docs Renderer",
                                subject="Audit SEO — Brique & Clic", invariant=1)
        doc.build(story(), onFirstPage=deco, onLaterPages=deco)
        return doc.page
    make()
    n = make()                       # deuxième passe : numéros du sommaire
    TOTAL[0] = n
    n = make()                       # troisième passe : total de pages dans le pied
    return n


# ====================================================================== PLAN D'ACTIONS DOCX
def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def dtable(doc, rows, widths, size=9, header=True, colors_map=None):
    tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tb.style = "Table Grid"
    tb.autofit = False
    for j, w in enumerate(widths):
        tb.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = tb.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            par = c.paragraphs[0]
            if v == "Quick win":
                r = par.add_run(v); r.bold = True; r.font.color.rgb = RGBColor(0x38, 0x76, 0x1D)
            else:
                r = par.add_run(v)
                if header and i == 0:
                    r.bold = True
            r.font.size = Pt(size)
            if colors_map and (i, j) in colors_map:
                shade(c, colors_map[(i, j)])
    return tb


def build_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.5)

    doc.add_heading("Plan d'actions SEO & acquisition — L'Ombre du Patio", level=0)
    doc.add_paragraph("Brique & Clic — mars 2026 — suite de l'audit SEO de février (document client, complété en mai 2026)")

    # ---------------------------------------------------------------- contexte
    doc.add_heading("Contexte (pour le jury)", level=1)
    doc.add_paragraph(
        "Je m'appelle Lucas Castan, j'ai 26 ans et je suis consultant SEO junior chez Brique & Clic, une agence web de 7 personnes "
        "installée à Saint-Cyprien (Toulouse) et dirigée par Sébastien Py, mon tuteur. Je suis en contrat de professionnalisation "
        "depuis 2024 et je présente les blocs 2 et 3 du titre à la session 2026.")
    doc.add_paragraph(
        "L'Ombre du Patio est un client de l'agence depuis 2023 (site WooCommerce, maintenance). C'est une SAS de Montauban créée en "
        "2017 par Nathalie et Franck Delpech : 9 salariés, un showroom et un entrepôt, 2,3 M€ HT de chiffre d'affaires en 2025 dont "
        "96 % en ligne. Les produits sont chers (panier moyen de 610 €) et la saison est courte : tout se joue d'avril à juin.")
    doc.add_paragraph(
        "J'ai réalisé seul l'audit de février (fichier PDF joint) et ce plan d'actions, remis aux clients le 17 mars 2026 après "
        "relecture de Sébastien. Le document est présenté tel qu'il a été livré, en « nous » (l'agence) ; j'ai seulement ajouté "
        "en mai quelques chiffres (positions, première semaine de suivi).")

    # ---------------------------------------------------------------- objectifs et leviers
    doc.add_heading("Rappel des constats de l'audit", level=1)
    doc.add_paragraph(
        "L'audit remis le 24 février (scores : technique 54/100, contenu 61/100, expérience d'achat 66/100) a relevé trois "
        "familles de problèmes. Côté technique : 29 pages en 404 dont certaines liées depuis le menu, 374 balises title trop "
        "longues, des H1 vides ou dupliqués, des pages étiquettes indexées et des fiches produits très lentes sur mobile "
        "(LCP de 4,8 s sur l'Alhambra). Côté contenu : des catégories sans texte, aucune page pour les requêtes locales sur "
        "les pergolas, des positions en page 2 ou 3 sur la plupart des requêtes de l'univers de requêtes. Côté achat : un "
        "tunnel qui fonctionne (Stripe, PayPal et Alma en ligne) mais peu de réassurance visible (avis, téléphone, délais).")

    doc.add_heading("1. Objectifs de la saison 2026", level=1)
    doc.add_paragraph(
        "Lors de la réunion de restitution de l'audit (3 mars 2026, showroom de Montauban), nous avons retenu avec Nathalie et "
        "Franck deux objectifs pour la saison :")
    doc.add_paragraph("gagner en visibilité avant la saison ;", style="List Bullet")
    doc.add_paragraph("développer les ventes.", style="List Bullet")
    doc.add_paragraph(
        "Les chantiers ci-dessous reprennent les constats de l'audit. Les quick wins sont à faire en mars, avant que les volumes de "
        "recherche ne montent.")

    doc.add_heading("2. Leviers d'acquisition retenus", level=1)
    for t in [
        "SEO : corrections techniques, textes des catégories, page locale pergolas, vitesse des fiches (chantiers 1 à 22).",
        "SEA / Shopping : trois campagnes Google Ads d'avril à juillet (Shopping, Search pergolas, marque), voir partie 5.",
        "Pinterest : le mobilier de jardin est l'un des univers les plus recherchés sur Pinterest au printemps (inspiration terrasse).",
        "Instagram : compte du client (@lombredupatio) et collaboration avec le compte @terrasse_occitane.",
        "Newsletter : 11 800 contacts dans Brevo, envois aujourd'hui irréguliers (4 en 2025).",
        "Comparajardin : comparateur de mobilier de jardin, flux produits au coût par clic.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    # ---------------------------------------------------------------- chantiers
    doc.add_heading("3. Chantiers SEO", level=1)
    doc.add_paragraph("Charge en jours/homme. Qui : BC = Brique & Clic (LC = Lucas, MT = Mathieu, développeur, SP = Sébastien) ; "
                      "client = L'Ombre du Patio.")
    ch = [["N°", "Chantier", "Détail", "Priorité", "Qui", "Charge (j)", "Échéance"],
          ["1", "Corriger les 404", "29 URL en 404 : redirection 301 vers le produit équivalent ou la catégorie", "Quick win", "LC", "1,5", "20/03"],
          ["2", "Chaînes de redirection", "52 URL en 301 : mettre à jour les liens internes vers l'URL finale", "", "LC", "1", "31/03"],
          ["3", "Balises title", "374 title > 60 caractères : modèle par type de page dans Rank Math", "Quick win", "LC", "2", "27/03"],
          ["4", "Balises Hn", "19 H1 vides, 41 H1 dupliqués (pagination), H2 des fiches", "Quick win", "LC", "1", "27/03"],
          ["5", "Pages étiquettes", "Passer /produit-etiquette/ en noindex et les retirer du sitemap", "Quick win", "LC", "0,5", "20/03"],
          ["6", "Images des fiches", "488 images > 500 Ko : conversion WebP + compression (ShortPixel)", "Haute", "MT", "2", "10/04"],
          ["7", "Lazy loading", "Chargement différé des images secondaires, préchargement de l'image principale", "", "MT", "1", "10/04"],
          ["8", "Cache et CDN", "WP Rocket + Cloudflare, retirer Slider Revolution de l'accueil", "", "MT", "1,5", "17/04"],
          ["9", "Textes des catégories", "4 univers : introduction de 250 à 300 mots, H1, FAQ courte", "Quick win", "LC + Nathalie", "2", "03/04"],
          ["10", "Fiches top 20", "Matériaux, dimensions, entretien, garantie, FAQ sur les 20 fiches les plus vues", "", "LC", "4", "30/04"],
          ["11", "Page pergolas Toulouse", "Créer « Pergola bioclimatique à Toulouse et en Occitanie » (pose, réalisations, showroom)", "Haute", "LC", "1,5", "10/04"],
          ["12", "Showroom et fiche Google", "Page showroom + fiche Google Business Profile (horaires, photos, catégorie)", "Quick win", "LC + Franck", "0,5", "20/03"],
          ["13", "Données structurées", "Product, Offer, AggregateRating sur les fiches (Rank Math)", "", "MT", "1", "17/04"],
          ["14", "Pagination des catégories", "Title et H1 distincts pour les pages 2 et suivantes", "", "MT", "0,5", "24/04"],
          ["15", "Sitemap", "Retirer les URL en 404 et en noindex du sitemap", "", "LC", "0,5", "27/03"],
          ["16", "Menu « Nouveautés »", "Retirer les produits de la collection 2024", "", "Franck", "0,5", "20/03"],
          ["17", "Articles de saison", "3 articles : choisir sa pergola, entretien de l'alu, parasol déporté ou droit", "", "LC", "3", "15/05"],
          ["18", "Liens internes", "Liens depuis le blog vers les fiches et catégories concernées", "", "LC", "1", "15/05"],
          ["19", "Attributs alt", "1 120 images sans alt", "", "Client", "2", "31/05"],
          ["20", "Profil de liens", "Articles et liens sur les 8 sites listés en partie 6", "", "SP", "3", "30/06"],
          ["21", "Flux Merchant Center", "Titres produits, GTIN, attributs matière / couleur / dimensions", "", "LC", "1,5", "01/04"],
          ["22", "Suivi", "Rapport Looker Studio + suivi de positions hebdomadaire", "", "LC", "1", "20/03"]]
    dtable(doc, ch, [0.8, 3.0, 6.0, 1.7, 1.9, 1.3, 1.5], size=8.5)
    doc.add_paragraph()
    doc.add_paragraph("Total : 32,5 jours, dont 30 jours pour l'agence.")

    # ---------------------------------------------------------------- calendrier
    land = doc.add_section()
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21)
    land.left_margin = land.right_margin = Cm(2.5)
    land.top_margin = land.bottom_margin = Cm(2.0)
    doc.add_heading("4. Calendrier mars – juillet", level=1)
    doc.add_paragraph("Calendrier par quinzaine (1 = du 1er au 15, 2 = du 16 à la fin du mois).")
    cols = ["", "Mars 1", "Mars 2", "Avr. 1", "Avr. 2", "Mai 1", "Mai 2", "Juin 1", "Juin 2", "Juil. 1", "Juil. 2"]
    G, B, P_, O, Y = "B6D7A8", "9FC5E8", "EAD1DC", "F9CB9C", "FFE599"
    plan = [("Corrections techniques (1 à 5, 15, 16)", G, [1, 2]),
            ("Vitesse des fiches (6 à 8)", G, [2, 3, 4]),
            ("Textes catégories, page Toulouse (9, 11)", G, [2, 3]),
            ("Fiches top 20, données structurées", G, [3, 4, 5, 6]),
            ("Articles de saison et liens internes", G, [5, 6]),
            ("Profil de liens", Y, [5, 6, 7, 8]),
            ("Flux Merchant Center", B, [2, 3]),
            ("Shopping", B, [3, 4, 5, 6, 7, 8, 9, 10]),
            ("Search pergolas", B, [3, 4, 5, 6, 7, 8, 9, 10]),
            ("Marque", B, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
            ("Pinterest", P_, [2, 3, 4, 5, 6]),
            ("Instagram @terrasse_occitane", P_, [5, 6]),
            ("Newsletter", O, [2, 4, 6, 8]),
            ("Comparajardin", O, [3, 4, 5, 6, 7, 8]),
            ("Article Maison Sud-Ouest", O, [4])]
    rows = [cols] + [[n] + [""] * 10 for n, _, _ in plan]
    cmap = {}
    for i, (_, col, cells) in enumerate(plan, start=1):
        for k in cells:
            cmap[(i, k)] = col
    dtable(doc, rows, [7.0] + [1.7] * 10, size=9, colors_map=cmap)
    doc.add_paragraph()
    doc.add_paragraph("Jalons : restitution de l'audit le 3 mars ; quick wins terminés le 27 mars ; lancement des campagnes "
                      "Google Ads le 1er avril ; portes ouvertes du showroom les 11 et 12 avril ; fin des chantiers SEO le 30 juin.")
    port = doc.add_section()
    port.orientation = WD_ORIENT.PORTRAIT
    port.page_width, port.page_height = Cm(21), Cm(29.7)
    port.left_margin = port.right_margin = Cm(2.5)
    port.top_margin = port.bottom_margin = Cm(2.5)

    # ---------------------------------------------------------------- SEA
    doc.add_heading("5. SEA / Shopping", level=1)
    doc.add_paragraph(
        "Nous n'avons pas encore eu accès au compte Google Ads du client : les performances actuelles ne sont pas analysées. "
        "Les nouvelles campagnes seront créées dans un compte rattaché à notre MCC, avec le flux Merchant Center corrigé "
        "(chantier 21).")
    dtable(doc, [
        ["Campagne", "Type", "Budget", "Période", "Ciblage", "Page cible"],
        ["Shopping — Catalogue", "Shopping standard", "2 500 €/mois (avril–juin), 1 500 € en juillet", "1er avril – 31 juillet",
         "France métropolitaine ; groupes de produits par univers, enchères plus hautes sur salons et pergolas", "Fiches produits (via le flux)"],
        ["Search — Pergolas", "Réseau de recherche", "1 200 €/mois", "1er avril – 31 juillet",
         "Occitanie + Nouvelle-Aquitaine (zone de pose) ; mobile et ordinateur", "Page « Pergola bioclimatique à Toulouse et en Occitanie » et fiche Lauragais"],
        ["Search — Marque", "Réseau de recherche", "150 €/mois", "1er mars – 31 juillet",
         "France ; protège la marque face aux annonces de Jardiline Direct", "Accueil"],
    ], [3.0, 2.3, 3.2, 2.2, 3.8, 3.0], size=8.5)
    doc.add_paragraph()
    doc.add_paragraph(
        "Structure de la campagne Shopping : un groupe de produits par univers (salons, parasols, pergolas, bains de soleil, "
        "accessoires), avec une enchère de départ plus élevée sur les salons et les pergolas, où la marge en euros est la plus "
        "forte. Les accessoires à moins de 40 € sont exclus en avril et mai (coût du clic trop élevé par rapport au panier). "
        "Les produits en rupture de stock sortent automatiquement du flux. La campagne Search — Pergolas est découpée en "
        "trois groupes d'annonces : « pergola 3x4 et prix », « pergola locale » (Toulouse, Montauban, Occitanie) et "
        "« pergola adossée / autoportante ».")
    doc.add_paragraph("Mots-clés de la campagne Search — Pergolas :")
    for t in ["[pergola bioclimatique 3x4] — exact", "\"pergola bioclimatique toulouse\" — expression",
              "\"pergola bioclimatique prix\" — expression", "\"pergola bioclimatique adossée\" — expression",
              "\"pergola bioclimatique montauban\" — expression", "[pergola bioclimatique aluminium] — exact"]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph("Mots-clés de la campagne Marque : [l'ombre du patio], [ombre du patio], [lombredupatio].")
    doc.add_paragraph("Mots-clés négatifs (liste partagée, appliquée aux trois campagnes) : gratuit, occasion, leboncoin, plan, "
                      "notice, bois, toile, pdf.")
    doc.add_paragraph("Pages cibles retenues :")
    for t in ["/pergola-bioclimatique-toulouse/ (page créée au chantier 11) pour les requêtes locales ;",
              "/produit/pergola-bioclimatique-lauragais-3x4-m/ pour « pergola bioclimatique 3x4 » et « prix » ;",
              "/ (accueil) pour la campagne marque."]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph(
        "La page Toulouse sera construite ainsi : un H1 « Pergola bioclimatique à Toulouse et en Occitanie », un paragraphe "
        "sur la pose par l'équipe de L'Ombre du Patio (délai, zone, démarches en mairie), six photos de réalisations près de "
        "Toulouse avec la ville en légende, le bloc showroom (adresse, horaires, itinéraire depuis Toulouse : 45 minutes par "
        "l'A62), les trois modèles avec leur prix et un formulaire de demande de devis. La fiche Lauragais reçoit le délai de "
        "livraison et de pose, la garantie et l'affichage du paiement en plusieurs fois près du prix.")
    doc.add_paragraph("Annonces responsives (Search — Pergolas) :")
    doc.add_paragraph("Annonce 1 — titres : Pergola Bioclimatique 3x4 m | Fabriquée en Aluminium | Pose en Occitanie | "
                      "Showroom à Montauban | Lames Orientables Motorisées | Payez en 10 fois | Devis Gratuit en 48 h | "
                      "Structure Garantie 5 ans")
    doc.add_paragraph("Annonce 2 — titres : Pergola Bioclimatique Toulouse | Essayez-la au Showroom | Livraison et Pose Incluses | "
                      "Pergola Adossée ou Autoportante | L'Ombre du Patio | Dès 4 490 € | Paiement en Plusieurs Fois")
    doc.add_paragraph("ROI attendu ×4 sur Shopping.")
    doc.add_paragraph("Tableau de suivi hebdomadaire (rempli chaque lundi à partir de l'export Google Ads) :")
    trk = [["Semaine", "Campagne", "Impr.", "Clics", "CTR", "CPC moy.", "Coût", "Conv.", "Valeur conv.", "ROAS"],
           ["S15 (6–12/04)", "Shopping", "21 480", "402", "1,9 %", "0,51 €", "205 €", "2", "1 639 €", "8,0"],
           ["S16 (13–19/04)", "", "", "", "", "", "", "", "", ""],
           ["S17 (20–26/04)", "", "", "", "", "", "", "", "", ""],
           ["S18 (27/04–03/05)", "", "", "", "", "", "", "", "", ""],
           ["S19 (04–10/05)", "", "", "", "", "", "", "", "", ""]]
    dtable(doc, trk, [2.4, 1.9, 1.4, 1.1, 1.1, 1.4, 1.3, 1.1, 1.7, 1.1], size=8)

    # ---------------------------------------------------------------- budget
    doc.add_heading("6. Budget", level=1)
    dtable(doc, [
        ["Poste", "Détail", "Montant HT"],
        ["Chantiers SEO Brique & Clic", "30 jours × 450 € (hors tâches réalisées par le client)", "13 500,00 €"],
        ["Google Shopping", "2 500 € × 3 mois + 1 500 € en juillet", "9 000,00 €"],
        ["Search — Pergolas", "1 200 € × 4 mois", "4 800,00 €"],
        ["Search — Marque", "150 € × 5 mois", "750,00 €"],
        ["Gestion des campagnes", "15 % du budget média (14 550 €)", "2 182,50 €"],
        ["Comparajardin", "Coût par clic 0,45 €, environ 4 000 clics", "1 800,00 €"],
        ["Article sponsorisé Maison Sud-Ouest", "1 article + lien vers la catégorie pergolas", "450,00 €"],
        ["Collaboration @terrasse_occitane", "2 publications + stories, salon Alhambra prêté pour la saison", "600,00 €"],
        ["Pinterest", "Tableaux et épingles créés par l'équipe du client", "0,00 €"],
        ["Total", "", "33 082,50 €"],
    ], [5.0, 8.0, 3.0], size=9)

    doc.add_paragraph()
    doc.add_paragraph(
        "Organisation : un point téléphonique tous les quinze jours avec Franck (le mardi à 9 h), un accès au rapport Looker "
        "Studio pour Nathalie et Franck, et un compte rendu par e-mail après chaque point. Les textes rédigés par l'agence sont "
        "validés par Nathalie avant mise en ligne.")

    # ---------------------------------------------------------------- réseaux sociaux et partenaires
    doc.add_heading("7. Réseaux sociaux et partenaires", level=1)
    doc.add_heading("7.1 Les comptes du client", level=2)
    dtable(doc, [["Réseau", "Compte", "Abonnés (mars 2026)"],
                 ["Instagram", "@lombredupatio", "3 400"],
                 ["Facebook", "L'Ombre du Patio", "5 200"],
                 ["Pinterest", "lombredupatio", "1 100"]], [4.0, 5.0, 4.0], size=9)
    doc.add_heading("7.2 Pinterest", level=2)
    doc.add_paragraph(
        "Le compte Pinterest existe depuis 2021 mais il contient un seul tableau (« Nos produits ») avec les photos du catalogue. "
        "Nous recommandons de le réorganiser en tableaux par univers et par ambiance :")
    for t in ["« Salons de jardin en aluminium »", "« Parasols déportés »", "« Pergolas bioclimatiques : avant / après »",
              "« Bains de soleil et coin piscine »", "« Terrasses du Sud-Ouest » (photos de réalisations clients)"]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph(
        "Nous recommandons aussi d'activer les épingles enrichies (rich pins) de type produit : Pinterest lit les balises Open Graph "
        "générées par Rank Math et affiche automatiquement le prix et la disponibilité sous l'épingle. Il faut valider le domaine "
        "lombredupatio.fr dans le compte professionnel, puis demander l'activation. Le catalogue produits peut ensuite être importé "
        "à partir du même flux que le Merchant Center.")
    doc.add_heading("7.3 Relais et partenaires", level=2)
    doc.add_paragraph("Relais retenus pour la saison :")
    for t in ["Comparajardin (comparateur de mobilier de jardin) : flux produits au coût par clic ;",
              "le blog « Maison Sud-Ouest » (décoration et maison dans le grand Sud-Ouest) : un article sponsorisé en avril sur les pergolas ;",
              "le compte Instagram @terrasse_occitane (aménagement de terrasses, Toulouse) : le salon Alhambra prêté pour la saison, 2 publications et des stories ;",
              "La Gazette du 82 (actualité du Tarn-et-Garonne) : communiqué sur les portes ouvertes du showroom en avril."]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph(
        "Pour Comparajardin, le flux est le même que celui du Merchant Center (extension Product Feed PRO déjà installée), "
        "limité aux quatre univers principaux ; le coût par clic est de 0,45 € et le budget plafonné à 450 € par mois. "
        "Pour Maison Sud-Ouest, l'article portera sur « Aménager une terrasse ombragée dans le Sud-Ouest » avec un lien vers la "
        "catégorie pergolas ; il sera relu par Nathalie avant publication.")
    doc.add_paragraph(
        "Nous avons retenu ces relais parce que ce sont les sites qui ont le meilleur Domain Rating (Ahrefs) dans la liste que nous "
        "avions préparée : Comparajardin 48, La Gazette du 82 42, Maison Sud-Ouest 36 et le blog de @terrasse_occitane 29. "
        "Les autres sites envisagés (deux blogs de jardinage et un annuaire local) étaient sous 20.")
    doc.add_heading("7.4 Profil de liens : sites visés", level=2)
    dtable(doc, [
        ["Site", "Type", "DR (Ahrefs)", "Page du client visée", "Coût"],
        ["comparajardin.fr", "Comparateur", "48", "Fiches produits (flux)", "CPC"],
        ["decotendance-magazine.fr", "Magazine déco en ligne", "45", "/categorie/salons-de-jardin/", "690 €"],
        ["lagazettedu82.fr", "Média local", "42", "/showroom-montauban/", "Gratuit (communiqué)"],
        ["forum-maison-jardin.fr", "Forum", "38", "Articles du blog", "Gratuit"],
        ["maison-sud-ouest.fr", "Blog maison / déco", "36", "/categorie/pergolas-bioclimatiques/", "450 €"],
        ["jardins-et-piscines-du-sud.fr", "Annuaire de pros régional", "31", "/pergola-bioclimatique-toulouse/", "Gratuit"],
        ["terrasse-occitane.fr", "Blog (compte @terrasse_occitane)", "29", "/produit/salon-de-jardin-alhambra…", "Inclus dans la collaboration"],
        ["guide-pergola.fr", "Site d'information", "27", "/produit/pergola-bioclimatique-lauragais…", "250 €"],
    ], [4.2, 3.6, 1.8, 4.6, 2.6], size=8.5)

    # ---------------------------------------------------------------- paiement en plusieurs fois
    doc.add_heading("8. Paiement en plusieurs fois", level=1)
    doc.add_paragraph(
        "Alma est déjà en ligne sur le site (3 et 4 fois sans frais pour le client, de 100 à 3 000 €) mais il n'apparaît qu'à "
        "l'étape de paiement. Nous proposons de l'afficher sur les fiches (« ou 3 × 430 € sans frais » sous le prix de l'Alhambra) "
        "et d'ajouter deux offres :")
    for t in ["Oney 10 fois pour les pergolas : de 800 à 6 000 €, avec frais pour le client selon le barème Oney (TAEG fixe "
              "indiqué dans la simulation), réponse immédiate, contrat signé en ligne. C'est la seule offre qui couvre la pergola "
              "Lauragais à 4 490 € ;",
              "PayPal 4 fois : de 30 à 2 000 €, sans frais pour le client, sans surcoût pour le marchand au-delà de la commission "
              "PayPal habituelle ; il suffit d'activer le message « Payez en 4X » dans le module PayPal Payments déjà installé."]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph("Frais pour le site (tarifs du contrat Alma du client, grilles Oney et PayPal de février 2026) :")
    dtable(doc, [
        ["Offre", "Montants", "Frais client", "Commission marchand", "Sur le salon Alhambra (1 290 €)", "Sur la pergola Lauragais (4 490 €)"],
        ["Carte (Stripe), pour comparer", "—", "0 €", "1,5 % + 0,25 €", "19,60 €", "67,60 €"],
        ["Alma 3 fois", "100 – 3 000 €", "0 €", "2,90 %", "37,41 €", "Non éligible"],
        ["Alma 4 fois", "100 – 3 000 €", "0 €", "3,60 %", "46,44 €", "Non éligible"],
        ["Oney 10 fois", "800 – 6 000 €", "Oui (TAEG)", "2,10 %", "27,09 €", "94,29 €"],
        ["PayPal 4 fois", "30 – 2 000 €", "0 €", "2,9 % + 0,35 €", "37,76 €", "Non éligible"],
    ], [3.2, 2.4, 1.9, 2.6, 2.7, 2.9], size=8.5)

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Plan d'actions SEO & acquisition — L'Ombre du Patio"
    cp.subject = "Brique & Clic — mars 2026"
    cp.created = datetime.datetime(2026, 3, 16, 10, 5, 0)
    cp.modified = STAMP
    cp.revision = 9
    doc.save(DOCX)
    repack(DOCX)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    n = build_pdf()
    build_docx()
    print("ok — audit %d pages" % n)
