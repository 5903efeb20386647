"""Génère le dossier de la candidate « Perle de Lune » (PDF)."""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c23-bijoux-perle-de-lune")
AUTHOR = "Inès Ferrand"

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, spaceBefore=10, spaceAfter=8,
                    textColor=colors.HexColor("#5b3a6e"))
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, spaceBefore=8, spaceAfter=5)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)
TITLE = ParagraphStyle("title", parent=BODY, fontSize=26, leading=32, alignment=TA_CENTER, fontName="Helvetica-Bold",
                       textColor=colors.HexColor("#5b3a6e"))
SUB = ParagraphStyle("sub", parent=BODY, fontSize=13, leading=18, alignment=TA_CENTER)
TOC = ParagraphStyle("toc", parent=BODY, fontSize=11, leading=17, spaceAfter=0)

SOMMAIRE = [
    ("1. Présentation de Perle de Lune", "3"),
    ("2. Analyse du marché et de la cible", "4"),
    ("     2.1 Motivations et freins de la cliente", "4"),
    ("     2.2 Le parcours d'achat", "4"),
    ("     2.3 Benchmark concurrentiel", "4"),
    ("     2.4 Analyse SWOT", "4"),
    ("3. Stratégie webmarketing", "6"),
    ("     3.1 Objectifs", "6"),
    ("     3.2 Cibles", "6"),
    ("     3.3 Leviers retenus", "6"),
    ("4. Planning des actions", "6"),
    ("5. Partenariats", "6"),
    ("6. Budget prévisionnel et ROI", "6"),
    ("7. Référencement naturel (SEO)", "8"),
    ("     7.1 Audit de visibilité", "8"),
    ("     7.2 Matrice de mots-clés", "8"),
    ("     7.3 Cocon sémantique", "8"),
    ("     7.4 Netlinking", "8"),
    ("8. Référencement payant (Google Ads)", "8"),
    ("9. Mesure de la performance", "10"),
    ("     9.1 Outils de mesure", "10"),
    ("     9.2 Indicateurs clés (KPI)", "10"),
    ("     9.3 ROI et actions correctives", "10"),
    ("10. Glossaire", "11"),
]

GLOSSAIRE = [
    ("CA", "Chiffre d'affaires"), ("CPC", "Coût par clic"), ("CTR", "Click-through rate, taux de clic"),
    ("CTA", "Call to action, bouton d'appel à l'action"), ("GA4", "Google Analytics 4"),
    ("KPI", "Key performance indicator, indicateur clé de performance"), ("ROI", "Return on investment"),
    ("ROAS", "Return on ad spend, revenu publicitaire / dépense publicitaire"),
    ("SEA", "Search engine advertising, référencement payant"),
    ("SEO", "Search engine optimization, référencement naturel"),
    ("SERP", "Search engine result page, page de résultats"),
    ("SWOT", "Strengths, Weaknesses, Opportunities, Threats"), ("UGC", "User generated content"),
    ("UX", "User experience, expérience utilisateur"),
]


def p(text, style=BODY):
    return Paragraph(text, style)


def grid(data, widths, header=True, style_extra=None):
    rows = [[p(c, CELL) for c in r] for r in data]
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eadff0")))
    if style_extra:
        cmds += style_extra
    t.setStyle(TableStyle(cmds))
    return t


def story():
    s = []
    s += [Spacer(1, 5 * cm), p("Perle de Lune", TITLE), Spacer(1, 0.6 * cm),
          p("Dossier professionnel — Stratégie webmarketing et référencement du site perledelune.fr", SUB),
          Spacer(1, 3 * cm), p("Inès Ferrand", SUB), p("Assistante e-commerce en alternance", SUB),
          p("Titre professionnel Chef de projet e-commerce — promotion 2025-2026", SUB), PageBreak()]

    s.append(p("Sommaire", H1))
    s.append(grid([[a, b] for a, b in SOMMAIRE], [13 * cm, 2 * cm], header=False,
                  style_extra=[("GRID", (0, 0), (-1, -1), 0, colors.white)]))
    s.append(PageBreak())

    s.append(p("1. Présentation de Perle de Lune", H1))
    s.append(p("Perle de Lune est une marque nantaise de bijoux fantaisie créée en 2021 par Aurélie Morin. "
               "Les bijoux (boucles d'oreilles, colliers, bagues ajustables, bracelets) sont en laiton doré "
               "à l'or fin 3 microns et en perles d'eau douce, assemblés dans l'atelier de la rue "
               "Kervégan. Les prix vont de 25 à 59 €, panier moyen 47 €. La boutique tourne sous Shopify "
               "(thème Dawn modifié) ; le compte Instagram @perledelune.bijoux compte 14 200 abonnées. "
               "Chiffre d'affaires 2025 : 186 000 €, dont 64 % en ligne, le reste sur les marchés de "
               "créateurs et chez 9 revendeurs (concept-stores de l'Ouest)."))
    s.append(p("J'ai rejoint l'entreprise en septembre 2025 en alternance. Mes missions : animation du site, "
               "référencement, newsletters et suivi des campagnes publicitaires."))

    s.append(PageBreak())
    s.append(p("2. Analyse du marché et de la cible", H1))
    s.append(p("2.1 Motivations et freins de la cliente", H2))
    s.append(p("Portrait type établi à partir des 412 réponses au questionnaire envoyé aux clientes en "
               "novembre 2025 (Typeform, lien dans la newsletter, 10 % offerts en échange) :"))
    s.append(p("<b>Camille, 29 ans</b>, chargée de communication à Rennes, achète 3 à 4 bijoux par an, "
               "souvent pour offrir (anniversaire, fête des mères) ou pour se faire plaisir après une "
               "paie."))
    s.append(grid([
        ["Ce qui la pousse à acheter", "Ce qui la retient"],
        ["Bijou « qui ne fait pas bazar » pour moins de 60 € (cité par 71 %)",
         "Peur que le doré noircisse ou donne de l'allergie (54 %)"],
        ["Fabrication française, petite marque qu'elle « suit » sur Instagram (63 %)",
         "Frais de port de 4,90 € pour un bijou à 29 € (38 %)"],
        ["Idée cadeau prête à offrir, pochette en coton incluse (47 %)",
         "Taille des bagues incertaine, difficile à voir en photo (31 %)"],
        ["Nouveautés fréquentes, collections capsules (35 %)",
         "Délai de livraison avant une date précise (Noël, fête des mères) (22 %)"],
    ], [8 * cm, 8 * cm]))
    s.append(Spacer(1, 6))

    s.append(p("2.2 Le parcours d'achat", H2))
    s.append(p("Le processus de décision d'achat du consommateur se décompose classiquement en cinq étapes. "
               "La reconnaissance du besoin correspond au moment où le consommateur perçoit un écart entre "
               "sa situation actuelle et une situation désirée. Vient ensuite la recherche d'information, "
               "interne (mémoire, expériences passées) ou externe (proches, publicité, internet). "
               "L'évaluation des alternatives consiste à comparer les offres selon des critères de choix "
               "pondérés. La décision d'achat est l'acte d'achat proprement dit, qui peut être influencé "
               "par l'attitude d'autrui ou des facteurs situationnels imprévus. Enfin, le comportement "
               "post-achat détermine la satisfaction ou la dissonance cognitive, et conditionne le "
               "réachat et le bouche-à-oreille."))
    s.append(p("2.3 Benchmark concurrentiel", H2))
    s.append(p("Le benchmark est une démarche d'observation et d'analyse des pratiques utilisées par les "
               "concurrents ou par des entreprises d'autres secteurs, afin de s'en inspirer et d'en tirer "
               "le meilleur. Il permet de se situer par rapport au marché, d'identifier les bonnes "
               "pratiques et de définir des axes d'amélioration. On distingue le benchmark concurrentiel, "
               "le benchmark fonctionnel et le benchmark générique."))
    s.append(p("Nous n'avons pas encore réalisé de benchmark détaillé. Les marques Maison Ondine, "
               "Les Petites Lunes et Atelier Sirène seront étudiées au prochain trimestre."))

    s.append(p("2.4 Analyse SWOT", H2))
    s.append(p("L'analyse SWOT (Strengths, Weaknesses, Opportunities, Threats) est un outil de diagnostic "
               "stratégique qui croise l'analyse interne de l'entreprise (forces et faiblesses) et "
               "l'analyse de son environnement externe (opportunités et menaces). Elle permet de "
               "dégager des axes stratégiques en s'appuyant sur les forces pour saisir les "
               "opportunités et en corrigeant les faiblesses pour limiter les menaces."))
    s.append(grid([
        ["<b>Forces</b><br/>à compléter", "<b>Faiblesses</b><br/>à compléter"],
        ["<b>Opportunités</b><br/>à compléter", "<b>Menaces</b><br/>à compléter"],
    ], [8 * cm, 8 * cm], header=False))
    s.append(Spacer(1, 6))

    s.append(PageBreak())
    s.append(p("3. Stratégie webmarketing", H1))
    s.append(p("3.1 Objectifs", H2))
    s.append(p("L'objectif principal est d'augmenter les ventes en ligne et de développer la notoriété de "
               "la marque au niveau national. Les objectifs chiffrés seront définis avec Aurélie lors du "
               "point de janvier."))
    s.append(p("3.2 Cibles", H2))
    s.append(p("Femmes de 25 à 45 ans."))
    s.append(p("3.3 Leviers retenus", H2))
    s.append(p("Plusieurs leviers webmarketing sont à la disposition d'une marque en ligne :"))
    for lev in [
        "<b>Le référencement naturel (SEO)</b> : ensemble des techniques visant à améliorer la position "
        "d'un site dans les résultats non payants des moteurs de recherche.",
        "<b>Le référencement payant (SEA)</b> : achat de mots-clés auprès des moteurs de recherche pour "
        "apparaître dans les liens sponsorisés, facturé au clic.",
        "<b>L'e-publicité (display)</b> : diffusion de bannières sur des sites tiers.",
        "<b>L'affiliation</b> : rémunération de sites partenaires à la commission sur les ventes générées.",
        "<b>L'emailing</b> : envoi de messages commerciaux à une base d'abonnés ayant donné leur accord.",
        "<b>Les réseaux sociaux</b> : animation de communautés sur Instagram, Facebook, TikTok, Pinterest.",
    ]:
        s.append(p("• " + lev))
    s.append(p("Tous ces leviers sont pertinents pour Perle de Lune."))

    s.append(p("4. Planning des actions", H1))
    s.append(p("Le planning sera établi en septembre, après validation du budget."))
    s.append(p("5. Partenariats", H1))
    s.append(Spacer(1, 1.2 * cm))

    s.append(p("6. Budget prévisionnel et ROI", H1))
    s.append(p("Le retour sur investissement se calcule selon la formule : ROI = (gain généré − coût de "
               "l'investissement) / coût de l'investissement × 100. Un ROI positif signifie que l'action "
               "rapporte plus qu'elle ne coûte."))
    s.append(grid([
        ["Levier", "Budget prévu", "Budget réel", "CA généré", "ROI"],
        ["Google Ads", "", "", "", ""],
        ["Instagram Ads", "", "", "", ""],
        ["Emailing (Brevo)", "", "", "", ""],
        ["Influence", "", "", "", ""],
        ["Total", "", "", "", ""],
    ], [4 * cm, 3 * cm, 3 * cm, 3 * cm, 3 * cm]))
    s.append(Spacer(1, 6))
    s.append(p("Le ROI de chaque levier sera calculé à la fin de la campagne de Noël."))

    s.append(PageBreak())
    s.append(p("7. Référencement naturel (SEO)", H1))
    s.append(p("7.1 Audit de visibilité", H2))
    s.append(p("Le référencement naturel regroupe les techniques permettant de positionner un site dans "
               "les premiers résultats des moteurs de recherche. Il repose sur trois piliers : la "
               "technique, le contenu et la popularité (liens entrants)."))
    s.append(p("Nous n'avons pas pu mesurer l'évolution des positions du site : la Search Console n'a été "
               "installée qu'en mai 2026, l'historique est donc insuffisant."))
    s.append(p("7.2 Matrice de mots-clés", H2))
    s.append(p("Méthode suivie : liste de départ tirée des catégories du site et des mots utilisés par les "
               "clientes dans les avis, élargie avec le Keyword Planner de Google Ads et l'essai gratuit "
               "de Semrush (volumes mensuels France), puis tri en ne gardant que les expressions à "
               "intention d'achat et de difficulté inférieure à 40, et affectation d'une page du site à "
               "chaque groupe."))
    s.append(grid([
        ["Mot-clé", "Volume / mois", "Difficulté", "Intention", "Page cible"],
        ["boucles d'oreilles dorées", "9 900", "52", "Achat", "Collection Boucles d'oreilles"],
        ["créoles dorées fantaisie", "1 300", "31", "Achat", "Sous-catégorie Créoles"],
        ["boucles d'oreilles perles d'eau douce", "880", "24", "Achat", "Fiche « Ondée »"],
        ["bague ajustable dorée femme", "1 600", "29", "Achat", "Collection Bagues"],
        ["collier prénom doré", "2 400", "45", "Achat", "Non retenu (pas de gravure)"],
        ["bijoux fabriqués à Nantes", "170", "8", "Local", "Page « L'atelier »"],
        ["bijou laiton doré allergie", "390", "12", "Information", "Article de blog (à écrire)"],
        ["idée cadeau bijou moins de 50 euros", "720", "19", "Achat", "Page Cadeaux"],
        ["bracelet jonc doré fin", "590", "22", "Achat", "Collection Bracelets"],
    ], [5.2 * cm, 2.3 * cm, 2 * cm, 2.3 * cm, 4.4 * cm]))
    s.append(Spacer(1, 6))
    s.append(p("7.3 Cocon sémantique", H2))
    s.append(p("Le cocon sémantique est une méthode d'organisation des contenus théorisée par Laurent "
               "Bourrelly. Elle consiste à structurer les pages d'un site en arborescence autour d'une "
               "page mère et de pages filles, reliées par des liens internes contextualisés, afin de "
               "répondre à toutes les intentions de recherche d'un sujet et de renforcer la pertinence "
               "sémantique du site aux yeux de Google."))
    s.append(p("7.4 Netlinking", H2))
    s.append(p("Aucune action de netlinking n'a encore été menée pour le site."))

    s.append(p("8. Référencement payant (Google Ads)", H1))
    s.append(p("Campagne Search « PDL – Boucles d'oreilles – Noël » préparée en novembre 2026 (non lancée "
               "à la date du dossier). Mots-clés en correspondance expression : \"boucles d'oreilles "
               "dorées\", \"créoles dorées\", \"boucles d'oreilles perles\" ; mots-clés négatifs : or "
               "massif, 18 carats, homme, pas cher. Pages d'atterrissage : à définir."))
    s.append(grid([
        ["Annonce", "Titres (30 car. max)", "Descriptions (90 car. max)"],
        ["A", "Créoles dorées à l'or fin | Fabriquées à Nantes | Livrées avant Noël",
         "Laiton doré 3 microns, sans nickel. Pochette cadeau offerte. Dès 29 €."],
        ["B", "Boucles d'oreilles perles | Perles d'eau douce | Perle de Lune",
         "Bijoux faits main dans notre atelier nantais. Livraison offerte dès 50 €."],
    ], [1.8 * cm, 7 * cm, 7.4 * cm]))
    s.append(Spacer(1, 6))
    s.append(p("Tableau de suivi de campagne : TODO."))

    s.append(PageBreak())
    s.append(p("9. Mesure de la performance", H1))
    s.append(p("9.1 Outils de mesure", H2))
    s.append(p("Outils en place sur perledelune.fr : Google Analytics 4 (installé via l'application "
               "Google &amp; YouTube de Shopify), Google Search Console (depuis mai 2026), rapports "
               "Shopify Analytics, statistiques Brevo pour les newsletters."))
    s.append(p("9.2 Indicateurs clés (KPI)", H2))
    s.append(grid([
        ["KPI", "Définition", "Valeur"],
        ["Trafic", "Nombre de sessions sur le site", "à compléter"],
        ["Taux de rebond", "Part des sessions sans interaction", "à compléter"],
        ["Temps de visite", "Durée moyenne d'une session", "à compléter"],
        ["Temps de chargement", "Délai d'affichage d'une page", "à compléter"],
        ["Taux d'abandon panier", "Paniers créés non transformés en commande", "à compléter"],
        ["Taux de conversion", "Commandes / sessions", "à compléter"],
        ["Chiffre d'affaires", "Ventes en ligne TTC", "à compléter"],
    ], [4 * cm, 8 * cm, 4 * cm]))
    s.append(p("9.3 ROI et actions correctives", H2))
    s.append(p("Le ROI sera calculé et les actions correctives seront déterminées une fois les résultats "
               "de la campagne connus."))

    s.append(PageBreak())
    s.append(p("10. Glossaire", H1))
    s.append(grid([["Abréviation", "Signification"]] + [[a, b] for a, b in GLOSSAIRE], [4 * cm, 12 * cm]))
    return s


def on_page(canvas, doc):
    if doc.page == 1:
        return
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(2 * cm, 1.2 * cm, "Inès Ferrand — Perle de Lune — Dossier professionnel")
    canvas.drawRightString(19 * cm, 1.2 * cm, f"Page {doc.page}")
    canvas.restoreState()


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    path = os.path.join(OUT_DIR, "dossier-perle-de-lune.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, title="Dossier Perle de Lune", author=AUTHOR, invariant=1)
    doc.build(story(), onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    main()
