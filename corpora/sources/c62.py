import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c62-bijoux-argent")
os.makedirs(OUT, exist_ok=True)
FILE = os.path.join(OUT, "argentine-dossier.pdf")
AUTHOR = "Camille Dumas"

base = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=6)
h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=10, spaceAfter=8, textColor=colors.HexColor("#5b4a7a"))
h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("s", parent=base, fontSize=9, leading=11.5, spaceAfter=0)
smallb = ParagraphStyle("sb", parent=small, fontName="Helvetica-Bold")
ital = ParagraphStyle("i", parent=base, fontName="Helvetica-Oblique", fontSize=9.5, textColor=colors.HexColor("#444444"))
title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=1, spaceBefore=150, textColor=colors.HexColor("#5b4a7a"))
center = ParagraphStyle("c", parent=base, alignment=1, fontSize=12, leading=17)
toc = ParagraphStyle("toc", parent=base, spaceAfter=2)
toc2 = ParagraphStyle("toc2", parent=toc, leftIndent=18)

S = []
def H1(t): S.append(Paragraph(t, h1))
def H2(t): S.append(Paragraph(t, h2))
def P(t, st=base): S.append(Paragraph(t, st))
def I(t): S.append(Paragraph(t, ital))
def BL(items):
    for i in items: S.append(Paragraph("• " + i, ParagraphStyle("bl", parent=base, leftIndent=14, firstLineIndent=-8, spaceAfter=2)))
def T(rows, widths=None, empty_rows=0):
    data = [[Paragraph(str(c), smallb if i == 0 else small) for c in r] for i, r in enumerate(rows)]
    for _ in range(empty_rows): data.append(["" for _ in rows[0]])
    t = Table(data, colWidths=widths, repeatRows=1, rowHeights=None)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e0f0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    S.append(t); S.append(Spacer(1, 8))

def deco(c, d):
    c.saveState()
    if d.page > 1:
        c.setFont("Helvetica", 8); c.setFillColor(colors.grey)
        c.drawString(2 * cm, A4[1] - 1.2 * cm, "Argentine Créations – Dossier Blocs 3 et 4 – Camille Dumas")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "page %d" % d.page)
    c.restoreState()

# ------------------------------------------------------------ couverture
P("Argentine Créations", title)
P("Bijoux en argent 925 faits main – atelier à Annecy", center)
P("Boutique Etsy ArgentineCreations et site argentine-creations.fr (Shopify)", center)
S.append(Spacer(1, 40))
P("<b>Dossier professionnel – Titre Chef de projet e-commerce</b>", center)
P("Bloc 3 : référencement et mesure de la performance<br/>Bloc 4 : contenus et conversion", center)
S.append(Spacer(1, 40))
P("Camille Dumas – assistante marketing digital en alternance<br/>Tutrice : Inès Favre, créatrice et gérante<br/>Mai 2026", center)
S.append(PageBreak())

# ------------------------------------------------------------ sommaire
H1("Sommaire")
for t, st in [("Introduction : Argentine Créations ............................................ 3", toc),
              ("Partie 1 – Référencement naturel (SEO) ....................................... 3", toc),
              ("1.1 Plan d'actions SEO ....................................................... 3", toc2),
              ("1.2 Outils de mesure du trafic ............................................... 3", toc2),
              ("1.3 Matrice de mots-clés ...................................................... 3", toc2),
              ("1.4 Cocon sémantique .......................................................... 4", toc2),
              ("1.5 Netlinking ................................................................ 4", toc2),
              ("Partie 2 – Liens sponsorisés (SEA et social ads) ......................... 5", toc),
              ("2.1 Structure de la campagne Google Ads ....................................... 5", toc2),
              ("2.2 Tableau de suivi de campagne .............................................. 5", toc2),
              ("Partie 3 – Mesure de la performance ............................................ 5", toc),
              ("3.1 Choix des outils de mesure ................................................ 5", toc2),
              ("3.2 KPI ....................................................................... 5", toc2),
              ("3.3 ROI et actions correctives ................................................ 6", toc2),
              ("Partie 4 – Contenus ................................................................. 7", toc),
              ("4.1 Prestataires multimédia .................................................. 7", toc2),
              ("4.2 Méthode de rédaction d'une fiche produit ................................. 7", toc2),
              ("4.3 Photos et vidéos ......................................................... 7", toc2),
              ("4.4 Le blog ................................................................... 7", toc2),
              ("Partie 5 – Tunnel de conversion .................................................. 7", toc),
              ("Annexes ............................................................................... 8", toc)]:
    P(t, st)
S.append(PageBreak())

# ------------------------------------------------------------ intro
H1("Introduction : Argentine Créations")
P("Argentine Créations est la marque d'Inès Favre, bijoutière formée à l'école Boulle, installée depuis 2019 dans un atelier-boutique de la rue Sainte-Claire, dans la vieille ville d'Annecy. Tous les bijoux sont en argent 925 recyclé, façonnés à la main : bagues martelées, boucles d'oreilles « Lac » (inspirées des reflets du lac d'Annecy), colliers « Semnoz », gourmettes gravées. Prix de 39 € à 220 €, panier moyen en ligne 68 €.")
P("Ventes 2025 : 186 000 € TTC, dont 52 % en boutique (forte saison touristique de juin à septembre), 31 % sur Etsy et 17 % sur le site Shopify ouvert en 2022. L'objectif fixé par Inès pour 2026 : que le site Shopify dépasse Etsy, parce que la commission Etsy (6,5 % + frais de paiement + Etsy Ads) pèse de plus en plus. Concurrents en ligne : Atelier Lou Argent, Les Petites Emplettes, Medecine Douce, Gemmyo pour le haut de gamme, et des milliers de vendeurs Etsy.")

H1("Partie 1 – Référencement naturel (SEO)")
H2("1.1 Plan d'actions SEO")
P("Voici les actions que nous avons listées avec Inès après l'audit du site :")
BL(["Réécrire les balises title et meta description des 140 fiches produits",
    "Ajouter du texte sur les pages collections (actuellement uniquement des photos)",
    "Compresser les images (certaines font plus de 3 Mo)",
    "Créer un blog",
    "Trouver des liens entrants",
    "Corriger les erreurs 404 signalées par la Search Console",
    "Travailler le référencement local (Google Business Profile)",
    "Ajouter des données structurées produit",
    "Améliorer le maillage interne"])
P("Toutes ces actions sont importantes pour le référencement du site.")
H2("1.2 Outils de mesure du trafic")
I("Google Analytics est un service gratuit d'analyse d'audience de sites web proposé par Google. Il permet de mesurer le nombre de visiteurs, leur provenance, les pages consultées et le taux de conversion. Google Search Console est un service gratuit qui permet de surveiller la présence d'un site dans les résultats de recherche Google. Semrush est une plateforme SaaS de marketing digital qui permet d'analyser le positionnement des mots-clés.")
P("Nous utiliserons ces outils. L'évolution du positionnement du site sera mesurée à la fin de l'alternance.")

H2("1.3 Matrice de mots-clés")
P("Méthode suivie : 1) brainstorming avec Inès à partir des mots que les clientes utilisent en boutique (« bague fine », « bijou du lac ») ; 2) extraction des requêtes réelles de la Search Console (3 derniers mois) ; 3) volumes et difficulté dans Semrush (base France) ; 4) vérification des pages qui se classent pour chaque requête, pour voir si ce sont des artisans (atteignable) ou des grandes marques (inaccessible) ; 5) regroupement par intention et affectation d'une page du site à chaque groupe.")
T([["Mot-clé", "Volume / mois", "KD Semrush", "Intention", "Page cible", "Priorité"],
   ["bague argent femme fait main", "1 300", "31", "Achat", "Collection Bagues", "1"],
   ["bague martelée argent", "590", "22", "Achat", "Collection Bagues martelées", "1"],
   ["boucles d'oreilles argent artisanales", "880", "28", "Achat", "Collection Boucles", "1"],
   ["bijoux annecy", "720", "19", "Local / achat", "Page Atelier", "1"],
   ["créatrice bijoux annecy", "210", "12", "Local", "Page Atelier", "2"],
   ["gourmette gravée argent", "2 400", "44", "Achat", "Fiche Gourmette Émilie", "2"],
   ["argent 925 recyclé", "320", "17", "Info / achat", "Page Engagements", "2"],
   ["cadeau bijou fête des mères", "3 600 (saison.)", "52", "Achat saisonnier", "Landing Fête des mères", "2"],
   ["comment nettoyer bijoux argent", "6 600", "38", "Information", "Article de blog", "3"],
   ["bague empilable argent", "1 000", "29", "Achat", "Collection Bagues", "3"]],
  widths=[4.3 * cm, 2.2 * cm, 1.7 * cm, 2.4 * cm, 3.6 * cm, 1.5 * cm])
P("Nous avons laissé de côté « bijoux argent » (49 500 recherches, KD 78) : la première page est occupée par Histoire d'Or, Agatha et Pandora, hors de portée. Les requêtes avec « Annecy » sont celles où un petit atelier peut vraiment passer devant les marques, d'autant que les touristes cherchent souvent depuis leur téléphone dans la vieille ville.")

H2("1.4 Cocon sémantique")
I("Le cocon sémantique est une technique de maillage interne théorisée par Laurent Bourrelly. Il s'agit d'organiser les pages d'un site de façon hiérarchique autour d'une page mère et de pages filles, en reliant entre elles les pages qui traitent de sujets proches, afin de renforcer la pertinence sémantique aux yeux des moteurs de recherche.")
P("[Schéma du cocon – à compléter]")

H2("1.5 Netlinking")
P("Pistes : blogs mode et mariage, annuaire des artisans d'art de Haute-Savoie, Office de tourisme du lac d'Annecy, le magazine Ateliers d'Art. Voir avec Léo ? (il avait des contacts chez Annecy Mag).")
P("Les résultats du netlinking seront mesurés avec Ahrefs ou Majestic.")

S.append(PageBreak())
H1("Partie 2 – Liens sponsorisés (SEA et social ads)")
H2("2.1 Structure de la campagne Google Ads")
P("Campagne « Fête des mères 2026 », du 4 au 31 mai, budget 15 €/jour (465 € au total), réseau de recherche uniquement, ciblage France, enchères « Maximiser les conversions ».")
T([["Groupe d'annonces", "Mots-clés (type)", "Annonce (titres / description)"],
   ["Bagues", "[bague argent fait main], \"bague martelée argent\", \"bague argent artisanale\"",
    "Bagues en Argent Faites Main | Atelier à Annecy | Livraison Offerte dès 60 € — Argent 925 recyclé, martelé à la main dans notre atelier. Écrin cadeau offert pour la fête des mères."],
   ["Boucles d'oreilles", "\"boucles d'oreilles argent artisanales\", [créoles argent fait main]",
    "Boucles d'Oreilles Artisanales | Collection Lac | Argent 925 Recyclé — Des pièces uniques inspirées du lac d'Annecy. Commandez avant le 26 mai, livré à temps."],
   ["Cadeau fête des mères", "\"cadeau bijou fête des mères\", \"bijou personnalisé maman\"",
    "Un Bijou Fait Main pour Maman | Gravure Offerte | Argentine Créations — Gourmettes et colliers gravés à la main à Annecy. Emballage cadeau et petit mot inclus."]],
  widths=[3.2 * cm, 5.3 * cm, 7.2 * cm])
P("Mots-clés négatifs : gratuit, pas cher, pandora, or, plaqué, tuto, DIY.")
P("Pages d'atterrissage : à définir (page d'accueil en attendant ?).")

H2("2.2 Tableau de suivi de campagne")
T([["Semaine", "Impressions", "Clics", "CTR", "CPC moyen", "Conversions", "Coût", "CA"]],
  widths=[2 * cm, 2.1 * cm, 1.6 * cm, 1.6 * cm, 2 * cm, 2.2 * cm, 1.8 * cm, 1.8 * cm], empty_rows=4)
P("Le tableau sera rempli au fur et à mesure de la campagne.")

H1("Partie 3 – Mesure de la performance")
H2("3.1 Choix des outils de mesure")
P("Nous avons choisi Google Analytics 4, la Search Console, Semrush et les statistiques Shopify car ce sont les outils les plus utilisés et les plus complets du marché.")
P("Liens vers les tableaux de bord : à compléter.")

H2("3.2 KPI")
P("Les indicateurs que nous allons suivre :")
T([["KPI", "Valeur actuelle", "Objectif 2026", "Commentaire"],
   ["Trafic (sessions / mois)", "", "", ""],
   ["Taux de rebond", "", "", ""],
   ["Temps moyen de visite", "", "", ""],
   ["Temps de chargement", "", "", ""],
   ["Taux d'abandon de panier", "", "", ""],
   ["Taux de conversion", "", "", ""],
   ["Panier moyen", "68 €", "", ""]],
  widths=[4.5 * cm, 3.2 * cm, 3.2 * cm, 4.8 * cm])

H2("3.3 ROI et actions correctives")
I("Le ROI (Return On Investment) est un indicateur financier qui mesure la rentabilité d'un investissement. Il se calcule selon la formule : ROI = (gain de l'investissement – coût de l'investissement) / coût de l'investissement × 100.")
P("Le ROI de la campagne Google Ads sera calculé à la fin du mois de mai. Les actions correctives seront définies ensuite en fonction des résultats.")

S.append(PageBreak())
H1("Partie 4 – Contenus")
H2("4.1 Prestataires multimédia")
P("À compléter (photographe ? Inès fait les photos elle-même pour l'instant).")

H2("4.2 Méthode de rédaction d'une fiche produit")
P("J'ai réécrit en avril les 20 fiches qui font 70 % des ventes en ligne. Méthode : je pars du mot-clé principal de la matrice (1.3) affecté à la fiche, je le place dans le titre H1, dans les 100 premiers mots, dans la balise title et dans le nom du fichier image ; j'ajoute 2 ou 3 expressions secondaires dans la description ; puis je vérifie que la fiche répond aux questions que les clientes posent le plus sur Etsy (taille, entretien, délai, emballage). Exemple avant/après :")
T([["Élément", "Avant", "Après (en ligne depuis le 14 avril 2026)"],
   ["Title", "Bague Lila – Argentine Créations", "Bague martelée argent 925 fait main – Bague Lila | Argentine Créations Annecy"],
   ["Meta description", "(vide)", "Bague fine martelée à la main dans notre atelier d'Annecy, argent 925 recyclé. Taille 48 à 60, livrée en écrin sous 48 h."],
   ["H1", "Lila", "Bague Lila, bague martelée en argent fait main"],
   ["Description", "Jolie bague en argent.", "180 mots : histoire de la pièce, façonnage (martelage au marteau à planer), poids 2,1 g, largeur 2 mm, finition brillante ou satinée, conseils d'entretien"],
   ["Guide des tailles", "Non", "Oui, tableau + astuce « mesurer avec un fil »"],
   ["Réassurance", "Non", "Livraison offerte dès 60 €, retours 30 jours, gravure offerte, paiement Shop Pay / PayPal"],
   ["Avis clients", "Non affichés", "Application Judge.me : 4,9/5 (112 avis, dont les avis Etsy importés)"],
   ["Photos", "2", "5 : portée, détail martelage, sur fond lin, à côté d'une pièce de 1 € pour l'échelle, écrin"],
   ["Nom de l'image", "IMG_4412.jpg", "bague-martelee-argent-lila.webp"]],
  widths=[3 * cm, 4.2 * cm, 8.5 * cm])

H2("4.3 Photos et vidéos")
P("Les photos sont faites par Inès avec un iPhone 14 Pro dans une boîte à lumière et retouchées dans Lightroom. Des vidéos seront réalisées pour Instagram et TikTok.")
P("Figure 2 : (capture à insérer)")

H2("4.4 Le blog")
P("Nous n'avons pas encore mis en place le blog. Shopify propose un module de blog intégré, il faudra choisir entre ce module et un WordPress en sous-domaine.")

H1("Partie 5 – Tunnel de conversion")
I("Le tunnel de conversion désigne le parcours que suit un internaute depuis son arrivée sur un site jusqu'à la réalisation de l'objectif fixé (achat, inscription). Chaque étape du tunnel peut entraîner des abandons ; l'objectif est de réduire ces frictions pour améliorer le taux de conversion.")
T([["Étape du tunnel", "Taux de passage", "Points de friction", "Correction prévue"],
   ["Fiche produit → panier", "", "", ""],
   ["Panier → checkout", "", "", ""],
   ["Checkout → paiement", "", "", ""],
   ["Paiement → commande", "", "", ""]],
  widths=[4 * cm, 3 * cm, 4.5 * cm, 4.2 * cm])
P("TODO : récupérer les chiffres dans Shopify Analytics (rapport « Comportement »).")

H1("Annexes")
P("Annexe 1 – Export Semrush des mots-clés (à joindre)<br/>Annexe 2 – Captures Google Ads (à joindre)<br/>Annexe 3 – Fiche produit Bague Lila (voir 4.2)")

doc = SimpleDocTemplate(FILE, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                        title="Dossier Argentine Créations", author=AUTHOR, invariant=1)
doc.build(S, onFirstPage=deco, onLaterPages=deco)
