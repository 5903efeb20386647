import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c64-cosmetique-solide")
FILE = "savonnerie-aube-copie.pdf"
NAME = "Yanis Bertrand"

body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=6)
qn = ParagraphStyle("q", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=12, spaceAfter=4)
small = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=11.5)
title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=8)

story = []
def P(t): story.append(Paragraph(t, body))
def Q(n): story.append(Paragraph(n, qn))
def T(rows, widths=None):
    data = [[Paragraph(str(c), small) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t); story.append(Spacer(1, 8))
def LI(items):
    for i in items: P("- " + i)

story.append(Paragraph("Titre professionnel Chef de projet e-commerce — Étude de cas", title))
T([["Candidat", NAME, "N° candidat", "CPE-2026-0417"],
   ["Entreprise support", "Savonnerie Aube (Dijon)", "Date", "12 mars 2026"],
   ["Épreuve", "Copie — blocs 3 et 5", "Durée", "Dossier rendu"]], widths=[3.2*cm, 5.3*cm, 2.8*cm, 5.2*cm])
P("Contexte (rappel) : la Savonnerie Aube fabrique des cosmétiques solides (savons saponifiés à froid, shampoings solides, "
  "déodorants en baume, après-shampoings) dans un atelier de 180 m² à Dijon, quartier des Grésilles. 6 personnes. "
  "Site WooCommerce savonnerie-aube.fr ouvert en 2021, CA 2025 : 612 000 € dont 58 % sur le site, le reste en boutique "
  "rue Musette et chez 40 revendeurs (épiceries vrac, pharmacies). Je suis en alternance comme assistant e-commerce "
  "depuis septembre 2025, mon responsable est Thomas (gérant). Je réponds aux questions dans l'ordre.")

Q("Q1.1")
P("Les actions SEO qu'on peut faire sur le site :")
LI(["réécrire les balises title et meta description des 64 fiches produits (beaucoup sont vides ou reprennent juste le nom du produit)",
    "compresser les photos (certaines font 3 Mo)",
    "créer un blog avec des articles sur la cosmétique solide",
    "ajouter des avis clients sur les fiches produits (plugin)",
    "corriger les 38 erreurs 404 signalées dans la Search Console",
    "faire des liens internes entre les produits",
    "remplir la fiche Google Business de la boutique",
    "obtenir des liens depuis des blogs zéro déchet",
    "passer le site en HTTPS partout (il reste du contenu mixte)",
    "faire une page par type de cheveux pour les shampoings",
    "mettre les données structurées Produit (prix, avis)",
    "etc."])
P("Toutes ces actions sont utiles et il faudrait les faire cette année.")

Q("Q1.2")
P("Pour mesurer le trafic on utilise :")
LI(["Google Analytics 4 (installé avec le plugin Site Kit) : nombre de sessions, sources de trafic, pages vues, conversions e-commerce grâce au module WooCommerce GA4 ;",
    "Google Search Console : clics, impressions, position moyenne par requête, erreurs d'indexation ;",
    "Ubersuggest (version gratuite) pour suivre les positions de quelques mots-clés et voir les concurrents ;",
    "les statistiques WooCommerce (commandes, CA) pour faire le lien avec les ventes."])
P("GA4 donne le comportement des visiteurs, la Search Console donne ce qui se passe avant le clic dans Google. Les deux sont gratuits, "
  "ce qui compte pour une petite structure. On a regardé Semrush mais l'abonnement (environ 130 € par mois) est trop cher pour nous.")

Q("Q1.3")
P("J'ai suivi la position du mot-clé « shampoing solide cheveux gras » après la réécriture de la fiche produit « Shampoing Ortie & Argile » "
  "le 10 novembre 2025 (nouveau titre, texte de 450 mots, FAQ) :")
T([["Date", "Position moyenne (Search Console)", "Clics / semaine", "Impressions / semaine"],
   ["03/11/2025", "23,4", "6", "1 210"],
   ["01/12/2025", "14,8", "19", "2 040"],
   ["05/01/2026", "9,6", "47", "2 880"],
   ["02/03/2026", "7,1", "71", "3 150"]], widths=[3*cm, 5*cm, 3.5*cm, 4*cm])
P("On est passé de la 3e page à la première page de Google. Je n'ai pas fait le même suivi pour les autres produits.")

Q("Q1.4")
P("Méthode que j'ai suivie pour construire la liste de mots-clés :")
LI(["1. Brainstorming avec Thomas et Léa (production) : comment les clientes parlent des produits en boutique (elles disent « savon pour les cheveux », « shampoing en pain »).",
    "2. Récupération des requêtes qui nous amènent déjà des impressions dans la Search Console (export des 3 derniers mois, 1 400 requêtes).",
    "3. Élargissement avec Ubersuggest et les suggestions Google (« autres questions posées »), et en regardant les titres de Lamazuna et de Respire.",
    "4. Pour chaque mot-clé : volume mensuel, difficulté (sur 100), intention (info ou achat), et la page du site qui doit se positionner.",
    "5. Tri : on garde les mots avec intention d'achat et difficulté inférieure à 40, plus quelques mots d'info pour le futur blog.",
    "6. Regroupement par famille de produits (cheveux, corps, aisselles, visage) et ajout d'une dimension locale (Dijon) pour la boutique."])

Q("Q1.5")
T([["Famille", "Mot-clé", "Volume/mois", "Difficulté", "Intention", "Page cible"],
   ["Cheveux", "shampoing solide", "33 100", "62", "Achat", "Catégorie Cheveux"],
   ["Cheveux", "shampoing solide cheveux gras", "2 900", "31", "Achat", "Fiche Ortie & Argile"],
   ["Cheveux", "shampoing solide cheveux bouclés", "1 300", "24", "Achat", "Fiche Coco & Karité"],
   ["Cheveux", "shampoing solide naturel fabrication française", "390", "18", "Achat", "Catégorie Cheveux"],
   ["Cheveux", "comment utiliser un shampoing solide", "4 400", "22", "Info", "Article blog (à créer)"],
   ["Corps", "savon saponifié à froid", "6 600", "38", "Achat", "Catégorie Savons"],
   ["Corps", "savon surgras peau sèche", "1 000", "20", "Achat", "Fiche Avoine & Calendula"],
   ["Aisselles", "déodorant solide efficace", "2 400", "35", "Achat", "Fiche Baume Palmarosa"],
   ["Aisselles", "déodorant naturel sans bicarbonate", "1 600", "27", "Achat", "Fiche Baume Douceur"],
   ["Visage", "nettoyant visage solide", "880", "21", "Achat", "Fiche Pain Rose & Kaolin"],
   ["Local", "savonnerie Dijon", "320", "9", "Local", "Page Boutique"],
   ["Local", "cosmétique zéro déchet Dijon", "110", "6", "Local", "Page Boutique"]],
  widths=[2*cm, 5.2*cm, 2*cm, 1.8*cm, 1.8*cm, 3.7*cm])
P("Le mot « shampoing solide » seul est trop concurrentiel (Lamazuna, Cosmo Naturel, les grandes surfaces) : on ne le vise que par la "
  "catégorie. Les mots longs (cheveux gras, bouclés) et « saponifié à froid » sont plus accessibles et correspondent à notre vraie "
  "différence : fabrication artisanale à Dijon. Les requêtes locales sont petites mais on est presque seuls dessus.")

Q("Q1.6")
P("Le cocon sémantique consiste à organiser les pages d'un site en silos thématiques reliés par des liens internes, avec une page mère "
  "et des pages filles, pour renforcer la pertinence aux yeux de Google. C'est une technique inventée par Laurent Bourrelly.")

Q("Q1.7")
P("Partenaires pour le netlinking :")
LI(["le blog « Zéro Déchet Bourgogne »",
    "l'épicerie vrac « Le Bocal Dijonnais » (revendeur, a un site)",
    "l'annuaire des artisans de Côte-d'Or (CMA)",
    "Instagram de deux créatrices (liens en bio)",
    "un article invité sur « Slow Cosmétique » (demande envoyée, pas de réponse)"])
P("Ces partenaires sont cohérents avec notre cible. Pour l'instant on a obtenu 3 liens (blog, épicerie, annuaire). On n'a pas encore "
  "mesuré ce qu'ils apportent.")

Q("Q1.8")

story.append(PageBreak())
Q("Q2.1")
P("Campagne Google Ads lancée le 6 janvier 2026, budget 25 € par jour. Structure :")
T([["Campagne", "Groupe d'annonces", "Mots-clés (correspondance)", "Page d'atterrissage"],
   ["Search — Cheveux", "Shampoings cheveux gras", "[shampoing solide cheveux gras], \"shampoing solide ortie\"", "/produit/shampoing-ortie-argile"],
   ["Search — Cheveux", "Shampoings cheveux secs / bouclés", "\"shampoing solide cheveux secs\", \"shampoing solide cheveux bouclés\"", "/categorie/cheveux"],
   ["Search — Aisselles", "Déodorants", "\"déodorant solide\", [déodorant naturel sans bicarbonate]", "/categorie/deodorants"],
   ["Search — Marque", "Savonnerie Aube", "[savonnerie aube]", "Accueil"],
   ["Shopping", "Tous produits (flux via plugin Google Listings & Ads)", "—", "Fiches produits"]],
  widths=[3.2*cm, 4*cm, 5.5*cm, 3.8*cm])
P("Mots-clés négatifs : « fabriquer », « recette », « DIY », « pas cher », « Lidl ». On a exclu les recherches pour faire soi-même son savon "
  "car elles dépensaient le budget sans vendre.")
P("Annonce du groupe « Shampoings cheveux gras » :")
T([["Élément", "Texte"],
   ["Titre 1", "Shampoing Solide Cheveux Gras"],
   ["Titre 2", "Ortie & Argile Verte, Fait à Dijon"],
   ["Titre 3", "Livraison Offerte dès 35 €"],
   ["Description 1", "Saponifié à froid, sans sulfates ni parfum de synthèse. Jusqu'à 80 lavages par pain."],
   ["Description 2", "Artisans savonniers depuis 2018. Commandez avant 13h, expédié le jour même."]], widths=[3.5*cm, 13*cm])
P("Les annonces des autres groupes sont sur le même modèle.")

Q("Q2.2")
T([["Mois", "Impressions", "Clics", "CTR", "CPC moyen", "Coût", "Conversions", "CA", "ROAS"],
   ["Janvier 2026", "18 420", "612", "3,3 %", "0,71 €", "435 €", "19", "798 €", "1,8"],
   ["Février 2026", "21 050", "804", "3,8 %", "0,66 €", "531 €", "31", "1 364 €", "2,6"],
   ["Total", "39 470", "1 416", "3,6 %", "0,68 €", "966 €", "50", "2 162 €", "2,2"]],
  widths=[2.3*cm, 2*cm, 1.4*cm, 1.4*cm, 1.7*cm, 1.5*cm, 2*cm, 1.8*cm, 1.4*cm])
P("Février est meilleur que janvier : le CTR monte et le coût par clic baisse, parce qu'on a ajouté les mots-clés négatifs le 20 janvier. "
  "Le groupe Déodorants est celui qui marche le moins bien (CTR 1,9 %). La campagne Marque convertit très bien mais ce sont des gens qui nous connaissaient déjà.")

Q("Q2.3")
P("Les KPI à suivre pour le site :")
T([["KPI", "Valeur actuelle", "Commentaire"],
   ["Sessions / mois", "14 300 (février 2026)", "Stable par rapport à février 2025 (13 900)"],
   ["Taux de conversion", "1,4 %", "Moyenne cosmétique autour de 2 %, on est en dessous"],
   ["Panier moyen", "31,50 €", "Juste sous le seuil de livraison offerte (35 €)"],
   ["Taux de rebond", "", ""],
   ["Temps de visite", "1 min 48", ""],
   ["Temps de chargement", "", "À mesurer avec PageSpeed"],
   ["Abandon de panier", "", ""],
   ["Part du trafic mobile", "71 %", ""]], widths=[4*cm, 4.5*cm, 8*cm])
P("Le panier moyen juste sous 35 € montre qu'il faudrait pousser un petit produit en plus au panier (porte-savon, mini-savon).")

Q("Q2.4")
P("Calcul du ROI de la campagne Google Ads (janvier-février 2026) :")
P("Marge brute moyenne sur nos produits : 68 % (un shampoing vendu 11,90 € coûte environ 3,80 € en matières et emballage). "
  "Marge générée = 2 162 € × 0,68 = 1 470 €. Coût = 966 € de clics + 120 € de mon temps de gestion estimé = 1 086 €. "
  "ROI = (1 470 − 1 086) / 1 086 = 0,35, soit 35 %.")
P("La campagne est rentable mais de peu. L'objectif fixé par Thomas était un ROAS de 3, on est à 2,2 : objectif non atteint. "
  "Si on enlève la campagne Marque (qui vend à des clients déjà acquis), le ROAS tombe à 1,6.")
P("Actions correctives possibles :")
LI(["baisser les enchères sur le groupe Déodorants",
    "créer une page d'atterrissage pack découverte à 34 €",
    "ajouter des extensions d'annonce (avis, prix)",
    "tester une campagne Performance Max",
    "améliorer les photos des fiches produits"])

Q("Q2.6")
P("En plus de Google Ads, on publie sur Instagram (@savonnerie.aube, 6 700 abonnés) 3 fois par semaine, et on a sponsorisé 4 publications "
  "en février 2026 (40 € chacune, ciblage femmes 25-45 ans, centres d'intérêt zéro déchet et cosmétique bio, rayon 300 km autour de Dijon).")
T([["Publication", "Date", "Portée", "Interactions", "Clics vers le site", "Ventes (UTM, GA4)"],
   ["Réel « Découpe des savons »", "03/02/2026", "21 400", "1 310", "288", "6"],
   ["Carrousel « Quel shampoing pour mes cheveux ? »", "10/02/2026", "14 900", "620", "402", "14"],
   ["Photo coffret Saint-Valentin", "12/02/2026", "11 200", "240", "133", "9"],
   ["Réel « Avant/après cheveux bouclés » (cliente)", "24/02/2026", "26 800", "2 050", "517", "11"]],
  widths=[5*cm, 2.2*cm, 1.8*cm, 2.2*cm, 2.4*cm, 2.9*cm])
P("Les 4 publications ont amené 40 ventes pour 160 € dépensés. Le carrousel pédagogique est celui qui vend le plus alors que ce n'est pas "
  "celui qui a la plus grosse portée : les gens qui se posent la question du type de cheveux sont plus proches de l'achat. Les réels font "
  "de la visibilité mais vendent moins.")

Q("Q2.5")
P("Liens vers les outils utilisés :")
LI(["Google Analytics 4 : https://analytics.google.com (propriété « Savonnerie Aube — GA4 »)",
    "Search Console : https://search.google.com/search-console (domaine savonnerie-aube.fr)",
    "Google Ads : https://ads.google.com (compte 482-117-9036)",
    "Tableau de bord Looker Studio : lien partagé à Thomas par mail (à ajouter)"])

story.append(PageBreak())
Q("Q3.1")
P("Cahier des charges pour le projet de refonte de la boutique en ligne (migration vers un nouveau thème WooCommerce et ajout de l'abonnement) :")
T([["Partie", "Contenu"],
   ["1. Présentation de l'entreprise", "Savonnerie Aube, 6 salariés, CA 612 k€, 58 % en ligne, 4 200 commandes en ligne en 2025, 64 références"],
   ["2. Contexte du projet", "Thème actuel (Astra + Elementor) lourd, 5,8 s de chargement sur mobile, pas de vente par abonnement"],
   ["3. Objectifs", "Voir ci-dessous"],
   ["4. Cibles", "Femmes 25-45 ans sensibles au zéro déchet, urbaines ; revendeurs (espace pro)"],
   ["5. Périmètre fonctionnel", "Catalogue, fiches produits avec avis, abonnement mensuel (WooCommerce Subscriptions), espace revendeur avec tarifs HT, paiement CB + PayPal, suivi de colis"],
   ["6. Contraintes techniques", "Garder WooCommerce et l'hébergeur o2switch, compatibilité avec le plugin Colissimo et Dolibarr (stock)"],
   ["7. Charte graphique", "Garder le logo et les couleurs (sable, vert sauge), nouvelles photos produits fournies"],
   ["8. Planning", "Consultation en avril, développement mai-juin, mise en ligne début juillet 2026 (période calme)"],
   ["9. Budget", "8 000 € HT maximum"],
   ["10. Modalités de réponse", "Devis détaillé, références, planning, avant le 15 avril 2026"]], widths=[4.5*cm, 12*cm])
P("Objectifs du projet : avoir un site plus rapide, vendre des abonnements, augmenter le taux de conversion, faciliter les commandes des "
  "revendeurs, être mieux référencé.")
P("Thomas a demandé que le budget ne dépasse pas 8 000 € et que la mise en ligne ne se fasse pas avant la fête des mères (31 mai) : c'est "
  "pour ça que la date est en juillet.")

Q("Q3.2")
P("Trois agences ont répondu. Critères de choix et notes sur 5 :")
T([["Critère (poids)", "Pixel Moutarde (Dijon)", "WooExpert (Lyon, freelance)", "Agence Novaweb (Paris)"],
   ["Expérience WooCommerce + abonnement (25 %)", "4", "5", "4"],
   ["Prix (25 %) — devis HT", "4 (7 400 €)", "5 (5 900 €)", "2 (11 200 €)"],
   ["Délai (15 %)", "4 (8 sem.)", "3 (10 sem.)", "5 (6 sem.)"],
   ["Références dans la cosmétique / artisanat (15 %)", "3", "4", "5"],
   ["Maintenance après mise en ligne (10 %)", "5 (sur place)", "3", "4"],
   ["Proximité / réunions en présentiel (10 %)", "5", "3", "1"],
   ["Note pondérée", "4,05", "4,15", "3,45"]], widths=[5.5*cm, 3.7*cm, 3.7*cm, 3.6*cm])
P("WooExpert a la meilleure note mais c'est une personne seule : si elle est malade le projet s'arrête. Pixel Moutarde est juste derrière, "
  "à 15 minutes de l'atelier, et assure la maintenance. J'ai recommandé Pixel Moutarde à Thomas, qui a validé.")

Q("Q3.3")
P("Mentions légales : elles sont accessibles depuis le pied de page de toutes les pages (lien « Mentions légales »), avec la raison sociale "
  "SAS Savonnerie Aube, capital 15 000 €, RCS Dijon 842 317 559, siège 14 rue Musette, directeur de publication Thomas Garnier, "
  "hébergeur o2switch (Clermont-Ferrand), téléphone et mail. Il manque le numéro de TVA intracommunautaire, je l'ai signalé.")
P("CGV : je les ai relues. Points remarqués :")
LI(["Le droit de rétractation est bien indiqué (14 jours), mais les CGV disent que les produits cosmétiques ouverts ne peuvent pas être "
    "retournés sans préciser que c'est pour raison d'hygiène : à reformuler en citant l'exception du code de la consommation (biens descellés).",
    "Les frais de retour à la charge du client sont mentionnés, c'est correct.",
    "La médiation de la consommation : il n'y a aucun médiateur indiqué, or c'est obligatoire."])
P("Les CGV ont été écrites en 2021 à partir d'un modèle trouvé en ligne, elles n'ont jamais été relues par un avocat.")

Q("Q3.4")
P("RGPD — ce que je propose :")
LI(["Remplacer le bandeau cookies actuel (un simple bouton « OK ») par Complianz, avec les boutons « Tout accepter » et « Tout refuser » au même niveau, comme demandé par la CNIL, et ne charger GA4 et le pixel Meta qu'après consentement.",
    "Décocher par défaut la case d'inscription à la newsletter dans le tunnel de commande (elle est précochée aujourd'hui).",
    "Ajouter une page « Politique de confidentialité » qui dit quelles données on garde, combien de temps (3 ans après le dernier achat pour les prospects), et comment exercer ses droits (adresse mail dédiée).",
    "Supprimer les comptes clients inactifs depuis plus de 3 ans (environ 1 900 comptes).",
    "Tenir un registre des traitements simple (modèle CNIL) : commandes, newsletter Brevo, revendeurs."])

story.append(PageBreak())
Q("Q4.1")
P("Je ne suis pas manager mais j'anime la réunion e-commerce du lundi matin (30 minutes) avec Léa (production), Manon (préparation des "
  "commandes) et Thomas. Ordre du jour fixe : 1) chiffres de la semaine (commandes, CA, ruptures), 2) commandes de la semaine à venir "
  "(promos, revendeurs), 3) problèmes rencontrés. Le but est que la production sache quoi fabriquer avant le mercredi (temps de cure des savons : 4 semaines).")
P("Quand quelque chose marche bien je le dis pendant la réunion, par exemple Manon a proposé en janvier de préparer les colis revendeurs "
  "le mardi au lieu du vendredi, ce qui a supprimé les retards : je l'ai remerciée devant l'équipe et Thomas l'a noté pour son entretien annuel.")

P("Autre exemple : Léa a eu l'idée du format « mini-savon 25 g » pour les échantillons, qu'on glisse maintenant dans toutes les commandes "
  "de plus de 35 €. On a mis son prénom dans la newsletter de février qui présentait le format (« une idée de Léa »). Les retours des clientes "
  "ont été très positifs et plusieurs ont recommandé le savon en taille normale ensuite.")
P("Pour les entretiens individuels, c'est Thomas qui les fait une fois par an. Je lui ai proposé d'ajouter un point de 15 minutes par mois avec "
  "Manon pendant la haute saison (novembre-décembre) pour voir sa charge de travail.")

Q("Q4.2")

story.append(PageBreak())
Q("Q5.1")
P("Organisation du stock : le stock de produits finis est dans une réserve de 25 m² derrière l'atelier, sur des étagères métalliques classées "
  "par famille (cheveux, corps, aisselles, visage). Les savons en cure sont sur des claies à part, avec une étiquette indiquant le numéro de lot "
  "et la date de fabrication : c'est obligatoire pour les cosmétiques (traçabilité, DLUO). Le stock est suivi dans Dolibarr, synchronisé avec WooCommerce toutes les 15 minutes.")
P("Contrôles : à la réception des matières premières (huiles, beurres, argiles), Léa vérifie le certificat d'analyse du fournisseur et note le "
  "numéro de lot dans le cahier de fabrication. Après fabrication, chaque lot de savon est pesé à la sortie de cure (perte d'eau normale : "
  "8 à 12 %) et on garde 2 savons témoins par lot pendant la durée de vie du produit, au cas où un client se plaindrait d'une réaction. "
  "Pour les commandes, le contrôle se fait à l'emballage : Manon vérifie la référence et le lot avec le bon de préparation. Si un lot est "
  "rappelé, Dolibarr permet de retrouver les clients qui l'ont reçu.")
P("Les produits qui se vendent le plus (shampoings Ortie et Coco, déodorant Palmarosa : 45 % des ventes) sont mis sur les étagères les plus "
  "proches de la table d'emballage. On sort toujours le lot le plus ancien en premier.")

Q("Q5.2")
P("Processus de traitement d'une commande avant et après les changements faits en janvier 2026 :")
T([["Étape", "Avant", "Après"],
   ["1", "Manon imprime chaque commande depuis WooCommerce", "Impression groupée des bons de préparation à 11 h et 15 h"],
   ["2", "Elle cherche les produits dans la réserve", "Préparation par vague, liste triée par emplacement"],
   ["3", "Elle emballe et écrit l'adresse à la main sur le bon Colissimo", "Étiquette générée automatiquement par le plugin Colissimo"],
   ["4", "Elle saisit le numéro de suivi dans WooCommerce", "Numéro de suivi envoyé automatiquement au client"],
   ["5", "Thomas vérifie les colis avant de partir", "Supprimé : contrôle seulement des colis > 80 €"]], widths=[1.5*cm, 7.5*cm, 7.5*cm])
P("Temps moyen par commande : 9 minutes avant, 5 minutes après (mesuré sur 2 semaines). Les étagères actuelles suffisent pour notre volume "
  "(environ 18 commandes par jour), pas besoin de rayonnages dynamiques ou de convoyeur.")

Q("Q5.3")
P("Transporteurs utilisés ou étudiés :")
LI(["Colissimo (actuel, domicile et point retrait)",
    "Mondial Relay",
    "Chronopost (pour l'express)",
    "Coursier à vélo « Les Coursiers Dijonnais » pour Dijon intra-muros",
    "Boxtal pour comparer les tarifs"])
P("Mondial Relay est moins cher que Colissimo pour les petits colis. Le coursier à vélo est le plus écologique.")

Q("Q5.4")
P("La satisfaction sur la livraison sera mesurée plus tard avec un questionnaire après réception.")

def deco(c, d):
    c.saveState(); c.setFont("Helvetica", 8)
    c.drawString(2*cm, A4[1]-1.2*cm, "Copie de " + NAME + " — CPE-2026-0417")
    c.drawRightString(A4[0]-2*cm, 1.2*cm, "Page %d" % d.page)
    c.restoreState()

os.makedirs(OUT, exist_ok=True)
doc = SimpleDocTemplate(os.path.join(OUT, FILE), pagesize=A4, leftMargin=2.2*cm, rightMargin=2.2*cm,
                        topMargin=2*cm, bottomMargin=2*cm, title="Copie étude de cas", author=NAME,
                        creator=NAME, producer="ReportLab", invariant=1)
doc.build(story, onFirstPage=deco, onLaterPages=deco)
print("ok")
