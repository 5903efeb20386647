# Générateur du dossier de la candidate c73 (Kraftéo, emballages B2B).
# Produit : krafteo-visibilite-contenus.docx (corps du dossier) et krafteo-annexes.pdf (annexes A1 à A7).
import datetime, os, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c73-emballages-b2b")
DOCX = os.path.join(OUT, "krafteo-visibilite-contenus.docx")
PDF = os.path.join(OUT, "krafteo-annexes.pdf")
AUTHOR = "Mathilde Royer"
STAMP = datetime.datetime(2026, 5, 15, 8, 30, 0)

# ====================================================================== DOCX
# Contenu : ("h1", titre) ("h2", titre) ("p", texte) ("t", légende, lignes, largeurs) ("cap", texte) ("pb",)

C = []
def h1(t): C.append(("h1", t))
def h2(t): C.append(("h2", t))
def p(t): C.append(("p", t))
def t(caption, rows, widths=None, size=8.5): C.append(("t", caption, rows, widths, size))
def cap(x): C.append(("cap", x))
def pb(): C.append(("pb",))

# ---------------------------------------------------------------- 1
h1("1. Kraftéo et le cadre de la mission")
h2("1.1 Une PME de l'emballage qui vend d'abord en ligne")
p("Kraftéo SAS est installée depuis 2009 dans la zone d'activités du Royeux, à Saint-Quentin (Aisne). L'entreprise est partie d'un négoce d'emballages industriels et s'est spécialisée, à partir de 2016, dans les fournitures d'expédition pour les vendeurs en ligne : cartons simple et double cannelure, boîtes postales (mailer box), calage en papier kraft, ruban adhésif kraft imprimé et, depuis 2021, boîtes imprimées à la marque du client à partir de 500 exemplaires. Elle emploie 46 personnes, dont 19 à l'entrepôt de 6 500 m² qui expédie partout en France métropolitaine en 24/48 h.")
p("En 2025, Kraftéo a réalisé 8,7 M€ HT de chiffre d'affaires, dont 4,1 M€ HT sur le site krafteo.fr, soit 47 % du total. Le reste passe par les commerciaux sédentaires (grands comptes logistiques, appels d'offres) et par un petit comptoir de retrait sur place. Le site ne s'adresse qu'aux professionnels : l'ouverture d'un compte suppose un numéro SIRET et donne accès aux prix dégressifs par paliers de quantité.")
t("Tableau 1 – Kraftéo en chiffres (exercice 2025)", [
  ["Indicateur", "Valeur 2025", "Commentaire"],
  ["Chiffre d'affaires total", "8,7 M€ HT", "+9 % par rapport à 2024"],
  ["dont vente en ligne (krafteo.fr)", "4,1 M€ HT (47 %)", "Part en hausse de 5 points sur deux ans"],
  ["Références actives", "2 100", "Dont 340 formats de cartons et 120 boîtes postales"],
  ["Comptes professionnels actifs", "5 800", "Au moins une commande dans les 12 derniers mois"],
  ["Panier moyen", "342 € HT", "Commandes web, hors devis d'impression"],
  ["Sessions mensuelles moyennes", "58 000", "GA4, moyenne janvier–décembre 2025"],
  ["Répartition du CA web", "E-marchands 61 % / 3PL 24 % / artisans 15 %", "Segmentation par code NAF du compte"],
], [5, 4.5, 7])
p("Les clients du site sont de trois types. Les e-marchands (boutiques Shopify, WooCommerce ou Shopware de 1 à 30 salariés) commandent par 100 à 500 unités et cherchent le bon format au meilleur prix unitaire. Les logisticiens 3PL commandent à la palette, avec des exigences de régularité et de résistance (ECT). Les artisans (céramistes, savonniers, ébénistes) achètent de petites quantités mais demandent beaucoup de conseil sur le calage des objets fragiles. Face à eux, quatre concurrents occupent le terrain : PackExpress, généraliste très présent sur les requêtes génériques, Cartonia et EmbaloDirect, positionnés sur le prix, et BoxUp, spécialiste de la boîte imprimée personnalisée.")

h2("1.2 Le site krafteo.fr sous Shopware 6")
p("Le site a migré de Magento 2 vers Shopware 6 en mars 2022. La plateforme gère nativement les prix avancés : chaque référence porte quatre paliers (à partir de 25, 100, 500 unités et la palette) et le Rule Builder applique des remises supplémentaires aux comptes 3PL. Le formulaire de demande de devis pour l'impression personnalisée est relié à HubSpot, où Sofiane Amrani, product manager, et l'équipe commerciale suivent les devis jusqu'à la signature. C'est ce lien entre Shopware, HubSpot et GA4 qui permet de mesurer un taux de transformation des devis en commandes (quote-to-order), indispensable dans notre activité où une partie du chiffre ne passe pas par le panier.")
p("Les données produits sont saisies par l'équipe achats puis enrichies par le marketing. L'export ci-dessous montre la forme des fiches au moment de mon arrivée : désignations très courtes, pas de description rédigée pour une grande partie des cartons, et un champ de tags interne.")
t("Tableau 2 – Extrait de l'export catalogue Shopware (décembre 2025)", [
  ["Numéro produit", "Désignation", "Catégorie", "Prix palier 1 (HT)", "Stock", "Mots-clés (tags)"],
  ["KR-DC-403020", "Carton DC 40x30x20", "Cartons > Double cannelure", "1,42 €", "18 400", "double-cannelure ; 40x30x20 ; ECT-7"],
  ["KR-SC-302015", "Carton SC 30x20x15", "Cartons > Simple cannelure", "0,58 €", "42 150", "simple-cannelure ; 30x20x15 ; ECT-4"],
  ["KR-MB-312210", "Mailer box 31x22x10 brune", "Boîtes postales", "0,79 €", "9 800", "mailer ; 31x22x10 ; fermeture-auto"],
  ["KR-CA-FRI10", "Frisure kraft 10 kg", "Calage", "24,90 €", "610", "calage ; frisure ; kraft"],
  ["KR-AD-IMP50", "Adhésif kraft imprimé 50 mm", "Adhésif", "3,85 €", "2 300", "adhesif ; impression ; 50mm"],
], [2.6, 3.6, 3.3, 2.2, 1.5, 4.0], size=8)
p("La colonne « Mots-clés (tags) » alimente les filtres de la navigation à facettes (cannelure, format, niveau d'ECT). Elle n'a pas de rôle dans le référencement ; la recherche de mots-clés proprement dite est présentée en 3.3 et en annexe A1.")

h2("1.3 Ma mission")
p("Je suis alternante chez Kraftéo depuis septembre 2025, en Mastère 2, au poste de chargée SEO et contenus, sous la responsabilité de Grégory Lefèvre, responsable e-commerce et tuteur. Je travaille au quotidien avec Sofiane Amrani pour tout ce qui touche au paramétrage de Shopware, avec Élodie Vasseur, graphiste, pour les visuels, et je coordonne deux rédacteurs freelances ainsi que deux prestataires externes retenus pendant la mission (Studio Nord Packshot à Lille et l'agence vidéo Moteur Prod).")
p("La mission couvre deux chantiers liés : rendre le site plus visible sur les requêtes qui amènent des acheteurs professionnels (référencement naturel, Google Ads, LinkedIn) et produire des contenus qui transforment mieux (fiches produits, guide, vidéos, blog, tunnel de devis). La période de mesure court de janvier à avril 2026, janvier servant de point de départ.")
p("Ce dossier présente la démarche, les choix et les conclusions. Les pièces chiffrées de travail sont regroupées dans le fichier krafteo-annexes.pdf : matrice de mots-clés (A1), carte des liens du cocon (A2), relevés avant/après Search Console et Semrush (A3), suivi hebdomadaire des campagnes et calculs de ROI (A4), liens vers les outils (A5), check-list du blog (A6) et captures d'écran (A7).")

# ---------------------------------------------------------------- 2
h1("2. Les objectifs fixés en janvier")
p("Les objectifs ont été fixés le 12 janvier 2026 avec Grégory Lefèvre, à partir de l'audit de décembre et des résultats 2025. Nous avons volontairement limité leur nombre à six, chacun rattaché à un outil de mesure unique pour éviter les discussions sur la source du chiffre. L'échéance commune est la fin avril 2026.")
t("Tableau 3 – Les six objectifs de la mission et leur source de mesure", [
  ["N°", "Objectif", "Cible fin avril 2026", "Outil de mesure"],
  ["O1", "Faire progresser les clics organiques hors marque", "+50 % (avril vs janvier)", "Google Search Console, filtre requêtes hors « krafteo »"],
  ["O2", "Augmenter le nombre de mots-clés positionnés en première page", "≥ 180 mots-clés en top 10", "Semrush, Organic Research"],
  ["O3", "Renforcer la popularité du domaine", "≥ 150 domaines référents", "Semrush, Backlink Analytics"],
  ["O4", "Rentabiliser Google Ads (Search + Shopping)", "ROAS ≥ 4 sur la période", "Google Ads + HubSpot (devis signés)"],
  ["O5", "Générer des leads qualifiés sur LinkedIn Ads", "Coût par MQL ≤ 60 €", "Campaign Manager + HubSpot"],
  ["O6", "Rendre le formulaire de devis moins dissuasif", "Taux de complétion ≥ 55 %", "GA4 (form_start / form_submit) + Hotjar"],
], [1, 6, 3.8, 5.7])
p("L'objectif O6 part d'un taux de complétion de 41 % mesuré en décembre 2025 : moins d'un visiteur sur deux qui commençait une demande de devis la terminait. C'est l'objectif le plus directement lié au chiffre d'affaires, puisque les boîtes imprimées représentent la plus forte marge du catalogue.")

# ---------------------------------------------------------------- 3
h1("3. Rendre Kraftéo visible : référencement naturel et payant")
h2("3.1 Audit de départ et plan d'actions")
p("L'audit a été réalisé entre le 1er et le 12 décembre 2025. J'ai croisé un crawl complet avec Screaming Frog (version 20, rendu JavaScript activé) et les rapports de Google Search Console sur les seize mois disponibles. Le crawl a remonté 6 840 URL pour 2 100 produits : les paramètres des filtres de dimensions (?format=, ?cannelure=) généraient près de 3 900 URL indexables au contenu quasi identique. La Search Console confirmait le problème : 2 300 pages « explorées, actuellement non indexées » et une dilution visible sur les requêtes de format.")
p("D'autres constats ont suivi : 96 URL héritées de Magento en erreur 404 et encore liées depuis des sites externes, 184 chaînes de redirections, 412 balises title dupliquées sur des variantes de couleur, 1 260 fiches sans meta description, des images PNG de plus de 1 Mo sur les catégories (LCP mobile à 3,4 s au 75e centile dans le rapport Core Web Vitals), aucune donnée structurée Product, un sitemap qui listait des pages en noindex et 71 % des images sans texte alternatif. Enfin, le site n'avait aucun contenu de conseil alors que le service client répond chaque jour aux mêmes questions sur les cannelures et la résistance des cartons.")
p("Pour hiérarchiser, j'ai noté chaque action sur son impact attendu (1 à 5, trafic qualifié et chiffre d'affaires) et sur l'effort (1 à 5, jours de travail internes et coût). Le score retenu est impact × (6 – effort) : une action à fort impact et faible effort atteint 20 ou plus. Au-dessus de 15, l'action est classée P1 ; de 10 à 14, P2 ; en dessous, P3. Les semaines indiquées sont celles de 2026, validées avec Sofiane Amrani en fonction de sa charge sur Shopware.")
t("Tableau 4 – Les 14 actions issues de l'audit, notées et priorisées", [
  ["#", "Action", "Impact", "Effort", "Score", "Priorité", "Semaines 2026"],
  ["1", "Canonical et noindex sur les URL de facettes (paramètres de format)", "5", "2", "20", "P1", "S3–S4"],
  ["2", "Redirections 301 des 96 URL en 404 et aplatissement des 184 chaînes", "4", "1", "20", "P1", "S2"],
  ["3", "Images des catégories en WebP, lazy loading, préchargement de l'image LCP", "4", "2", "16", "P1", "S5–S7"],
  ["4", "Réécriture title / meta des 60 catégories et des 300 produits les plus vendus", "5", "3", "15", "P1", "S3–S8"],
  ["5", "Nettoyage du sitemap XML (exclusion des pages noindex et des variantes)", "3", "1", "15", "P1", "S2"],
  ["6", "Maillage interne du cocon « carton d'expédition »", "4", "3", "12", "P2", "S11–S13"],
  ["7", "Données structurées Product / Offer avec prix par palier et stock", "4", "3", "12", "P2", "S9–S10"],
  ["8", "Textes d'introduction des 24 catégories principales (150 à 250 mots)", "4", "3", "12", "P2", "S6–S11"],
  ["9", "Réécriture complète de 15 fiches best-sellers au format fiche technique B2B", "4", "3", "12", "P2", "S6–S12"],
  ["10", "Création du blog et du guide pilier « Comment choisir son carton d'expédition »", "5", "4", "10", "P2", "S8–S14"],
  ["11", "Fil d'Ariane balisé (BreadcrumbList)", "2", "1", "10", "P2", "S9"],
  ["12", "Campagne de netlinking auprès de cinq partenaires", "4", "4", "8", "P3", "S10–S18"],
  ["13", "Réduction de la profondeur (produits à plus de quatre clics de l'accueil)", "3", "3", "9", "P3", "S14–S16"],
  ["14", "Textes alternatifs des images (71 % vides)", "2", "2", "8", "P3", "S12–S16"],
], [0.7, 8.2, 1.3, 1.3, 1.2, 1.5, 2.3], size=8)
p("Les actions 1, 2 et 5 ont été traitées en premier parce qu'elles conditionnent toutes les autres : tant que Google perdait son budget de crawl sur des milliers d'URL de filtres, réécrire des balises ou créer des contenus n'aurait eu qu'un effet limité. Le netlinking arrive en P3 non par manque d'intérêt, mais parce qu'il demande un temps de prospection important et qu'il fallait d'abord disposer de contenus méritant d'être cités, c'est-à-dire le guide et les articles.")

h2("3.2 Choix des outils de mesure")
p("Kraftéo utilisait déjà GA4 et la Search Console, gratuits et indispensables : la Search Console est la seule source fiable pour les clics et impressions réels sur Google, GA4 pour le comportement sur le site et les événements de conversion. Il manquait un outil de suivi de positions et d'analyse concurrentielle, et un moyen de relier un lead à une commande signée plusieurs semaines plus tard.")
p("J'ai défini trois critères, pondérés avec Grégory Lefèvre : la profondeur des données sur le marché français (taille de la base de mots-clés FR, fraîcheur, données de backlinks), la capacité à servir l'attribution des leads B2B (export et connecteur vers Looker Studio pour croiser avec HubSpot), et le coût annuel pour deux utilisateurs. J'ai testé les trois outils pendant leur période d'essai sur le même échantillon de 40 requêtes et sur les domaines de nos quatre concurrents.")
t("Tableau 5 – Comparaison des outils de suivi SEO (notes sur 5, essais de novembre 2025)", [
  ["Critère (poids)", "Semrush Guru", "Ahrefs Standard", "Sistrix SEO + Links"],
  ["Profondeur des données FR (40 %)", "5 – base FR la plus large, volumes proches de Google Ads sur notre échantillon", "4 – très bon sur les backlinks, volumes FR plus faibles sur la longue traîne de formats", "3 – indice de visibilité de référence, mais base de mots-clés FR plus restreinte"],
  ["Attribution des leads B2B (35 %)", "5 – connecteur Looker Studio natif, export API, suivi de positions quotidien par tag", "3 – export CSV, pas de connecteur Looker natif", "3 – API disponible mais payante en crédits"],
  ["Coût annuel, 2 utilisateurs (25 %)", "3 – environ 3 900 € HT", "4 – environ 2 900 € HT", "5 – environ 2 300 € HT"],
  ["Note pondérée", "4,50", "3,65", "3,50"],
], [4, 4.3, 4.3, 4.3], size=8)
p("Semrush l'emporte parce qu'il est le meilleur sur les deux critères les plus lourds. Il est aussi le plus cher, mais l'écart de 1 000 € par an représente moins de trois commandes moyennes de boîtes imprimées. L'attribution des leads, elle, repose sur un dispositif et non sur un outil : les paramètres UTM de chaque campagne sont capturés par le formulaire Shopware, transmis à HubSpot avec la demande de devis, puis remontés avec le statut « signé » dans Looker Studio. Screaming Frog reste l'outil d'audit technique (crawls mensuels), et Hotjar (offre Business) sert à l'analyse du formulaire de devis et aux enregistrements de sessions. Les liens vers les tableaux de bord et rapports sont recensés en annexe A5.")

h2("3.3 Construire la matrice de mots-clés")
p("La méthode suivie compte six étapes. Elle part volontairement des mots des clients plutôt que d'un outil, parce que les acheteurs d'emballages cherchent avec des dimensions et des caractéristiques techniques qu'aucune liste générique ne fait apparaître.")
t("Tableau 6 – Méthode de construction de la matrice en six étapes", [
  ["Étape", "Ce que j'ai fait", "Source", "Résultat"],
  ["1. Semences issues du service client", "Lecture des questions posées au service client et dans les demandes de devis de 2025 ; extraction des formulations récurrentes", "HubSpot (1 340 tickets et devis)", "182 expressions de départ"],
  ["2. Écart concurrentiel", "Requêtes sur lesquelles au moins deux concurrents sont dans le top 20 et Kraftéo absent", "Semrush Keyword Gap (PackExpress, Cartonia, EmbaloDirect, BoxUp)", "+2 600 expressions brutes, 410 retenues après tri"],
  ["3. Intention de recherche", "Classement informationnel / commercial / transactionnel / navigationnel d'après la SERP réelle", "Lecture des 10 premiers résultats", "Élimination des requêtes de particuliers (déménagement, loisirs créatifs)"],
  ["4. Modificateurs B2B", "Ajout des déclinaisons « pro », « en gros », « par 100 », « fournisseur », « professionnel »", "Semrush, suggestions Google Ads", "Repérage des requêtes d'acheteurs réguliers"],
  ["5. Dimensions et caractéristiques", "Croisement des formats les plus vendus avec les requêtes « carton + dimensions » et « + cannelure / ECT »", "Export des ventes Shopware 2025 + Semrush", "Longue traîne très transactionnelle, KD faible"],
  ["6. Affectation aux pages", "Une expression principale par page, contrôle de cannibalisation, cluster, priorité et position de départ", "Search Console + Semrush Position Tracking", "Matrice de 40 expressions suivies (annexe A1)"],
], [3.3, 5.8, 3.8, 3.8], size=8)
p("Le contexte de Kraftéo a orienté chaque arbitrage. D'abord, nous vendons à des professionnels : une requête comme « carton 40x30x20 » tapée par un e-marchand qui connaît déjà ses formats vaut bien plus qu'une requête générique « carton » dominée par les particuliers et par PackExpress. Les requêtes de dimensions ont des volumes modestes (100 à 1 000 recherches par mois), une difficulté (KD Semrush) souvent inférieure à 25 et un taux de conversion très supérieur à la moyenne du site. Ensuite, les concurrents n'ont pas le même profil : PackExpress tient les têtes de requêtes avec des KD supérieurs à 50, que nous ne visons qu'à moyen terme ; BoxUp domine la boîte personnalisée, où nous pouvons nous distinguer par le petit tirage (500 exemplaires).")
p("Enfin, la géographie n'est pas un critère dans notre cas, et c'est un choix assumé. Kraftéo livre toute la France métropolitaine au même tarif et dans les mêmes délais ; nos concurrents sont des sites nationaux. Les requêtes associant carton et nom de ville (« carton Lille », « carton Amiens ») représentent moins de 20 recherches par mois chacune et sont presque toutes liées au déménagement de particuliers. Nous n'avons donc créé aucune page locale. La seule exception est la fiche Google Business Profile du comptoir de Saint-Quentin, qui relève de la marque et non de la matrice.")
p("La matrice finale de 40 expressions est en annexe A1. Pour chaque expression, elle indique le volume mensuel, le KD, l'intention, le cluster, la page cible, la priorité et la position en janvier et en avril 2026. Elle se répartit en huit clusters : carton d'expédition, double cannelure, dimensions, boîtes postales, impression personnalisée, achat professionnel, calage et adhésif.")

h2("3.4 Le cocon sémantique « carton d'expédition »")
p("Le cluster « carton d'expédition » représente à lui seul 38 % du chiffre d'affaires web : c'est là que j'ai construit le premier cocon. La page mère est la catégorie Cartons d'expédition ; au-dessus d'elle, le guide pilier joue le rôle de page d'entrée informationnelle et de hub. Les pages filles sont les sous-catégories par cannelure et les boîtes postales ; les pages petites-filles sont les articles de blog et les fiches produits des formats phares.")
t("Tableau 7 – Pages du cocon et rôle de chacune", [
  ["Niveau", "Page", "URL", "Rôle dans le cocon"],
  ["Hub", "Guide « Comment choisir son carton d'expédition »", "/guide/choisir-carton-expedition", "Répond à l'intention informationnelle, distribue vers toutes les pages du cocon et, seul, vers les silos voisins"],
  ["Mère", "Catégorie Cartons d'expédition", "/cartons-expedition", "Page transactionnelle principale du cluster"],
  ["Fille", "Cartons simple cannelure", "/cartons-expedition/simple-cannelure", "Colis légers, jusqu'à 10 kg"],
  ["Fille", "Cartons double cannelure", "/cartons-expedition/double-cannelure", "Colis lourds et palettisation"],
  ["Fille", "Boîtes postales", "/boites-postales", "Envoi e-commerce, présentation soignée"],
  ["Petite-fille", "Article « Simple ou double cannelure ? »", "/blog/simple-ou-double-cannelure", "Aide au choix, renvoie vers les deux sous-catégories"],
  ["Petite-fille", "Article « Comprendre l'ECT d'un carton »", "/blog/ect-carton-resistance", "Explique la résistance, renvoie vers la double cannelure"],
  ["Petite-fille", "Article « Dimensions intérieures ou extérieures ? »", "/blog/dimensions-interieures-carton", "Renvoie vers les fiches de formats"],
  ["Petite-fille", "Fiche carton double cannelure 40x30x20", "/carton-double-cannelure-40x30x20", "Format le plus vendu du site"],
  ["Petite-fille", "Fiche mailer box 31x22x10", "/boite-postale-31x22x10", "Boîte postale la plus vendue"],
], [2, 5, 4.6, 5.1], size=8)
p("Les règles de liaison ont été écrites avant la rédaction, puis appliquées par les deux rédacteurs freelances. Un lien n'est posé que dans le corps du texte, au sein d'une phrase qui justifie le passage d'une page à l'autre, avec une ancre descriptive et jamais générique (« cliquez ici » est proscrit). Chaque page fille renvoie vers sa mère et vers une ou deux sœurs au maximum ; chaque petite-fille renvoie vers sa mère directe. Aucun lien ne traverse les silos : un article sur la double cannelure ne pointe pas vers le calage ou l'adhésif, même si le sujet s'y prête. Seul le guide hub a le droit de sortir du cocon, vers les silos Calage et Adhésif, parce que l'intention « préparer un colis » les justifie. Les liens de menu et de pied de page ne comptent pas dans ce schéma. La carte complète des liens, avec pour chacun la page source, l'ancre, la page cible et la phrase de contexte, est en annexe A2.")

h2("3.5 Netlinking : cinq partenaires apporteurs de trafic")
p("Mon critère principal n'a pas été l'autorité affichée des domaines mais le trafic réel qu'ils peuvent nous envoyer : un lien qui amène des visiteurs professionnels est à la fois un signal pour Google et une source de leads. J'ai donc estimé l'audience de chaque site candidat avec Semrush (trafic organique estimé) et vérifié la cohérence avec notre cible, puis proposé à chacun un contenu utile à ses lecteurs plutôt qu'un lien acheté.")
t("Tableau 8 – Partenaires retenus pour le netlinking", [
  ["Partenaire", "Type", "Audience estimée (visites / mois)", "Pourquoi ce partenaire", "Contenu et lien obtenu"],
  ["CCI Aisne", "Institution locale", "14 000", "Lectorat de chefs d'entreprise de l'Aisne, forte confiance", "Portrait d'entreprise « Kraftéo, l'emballage made in Saint-Quentin », lien vers l'accueil"],
  ["Le Journal du E-marchand", "Blog e-commerce", "85 000", "Cœur de cible : créateurs de boutiques en ligne", "Article invité sur le coût caché du vide dans les colis, lien vers le guide"],
  ["Boutique en Ligne Facile", "Blog e-commerce", "42 000", "Audience de petites boutiques, ton pédagogique", "Interview sur le choix des emballages, lien vers les boîtes postales"],
  ["Shopware Communauté FR", "Site communautaire Shopware", "9 500", "Marchands Shopware, proches de nos clients 3PL", "Retour d'expérience sur les prix dégressifs B2B, lien vers la catégorie cartons"],
  ["Logistique Hebdo Pro", "Magazine professionnel logistique", "61 000", "Responsables d'entrepôt et de 3PL", "Tribune sur la standardisation des formats, lien vers la double cannelure"],
], [3.2, 2.6, 2.5, 4, 4.4], size=8)
p("Les liens ont été obtenus entre la semaine 10 et la semaine 16. Les sessions de référence envoyées par chaque partenaire et l'évolution du nombre de domaines référents sont détaillées en annexe A3 ; le partenaire qui a le plus apporté en visites n'est pas celui qui a le plus apporté en devis, ce que je commente dans cette annexe.")

h2("3.6 Mesurer l'effet cumulé des actions SEO")
p("Chaque action prise isolément est difficile à mesurer : la correction des facettes, la réécriture des balises, le cocon et les liens ont produit leurs effets sur les mêmes semaines. J'ai donc construit une mesure consolidée sur trois indicateurs complémentaires, relevés au même moment (premier lundi de janvier et dernier lundi d'avril) : l'indice de visibilité Semrush calculé sur les 40 expressions de la matrice, les clics organiques hors marque dans la Search Console, et le nombre de mots-clés en top 10 sur l'ensemble du domaine. Les tableaux avant/après sont en annexe A3. La lecture d'ensemble est nette : les trois indicateurs progressent dans le même sens, et l'essentiel du gain vient des clusters dimensions et double cannelure, ceux où la concurrence était la plus faible au départ.")

h2("3.7 Google Ads : Search et Shopping")
p("Avant ma mission, Kraftéo avait une seule campagne Search « tout le catalogue », en requête large, avec une page d'atterrissage unique (l'accueil). J'ai restructuré le compte le 2 février 2026 selon la logique de la matrice : une campagne par famille de produits, des groupes d'annonces par dimension ou par caractéristique, et une page d'atterrissage qui correspond exactement à la requête. Le budget total est de 1 400 € HT par semaine, réparti à 70 % sur le Search et 30 % sur le Shopping.")
t("Tableau 9 – Structure du compte Google Ads à partir du 2 février 2026", [
  ["Campagne", "Groupes d'annonces", "Types de correspondance", "Page d'atterrissage", "Enchères"],
  ["Search – Cartons d'expédition", "Carton 30x20x15 ; Carton 40x30x20 ; Carton 60x40x40 ; Double cannelure ; Carton en gros", "Exact et expression", "Fiche format ou sous-catégorie correspondante", "CPA cible 28 €"],
  ["Search – Boîtes postales", "Mailer box ; Boîte postale A4 ; Boîte postale 31x22x10", "Exact et expression", "Catégorie Boîtes postales ou fiche format", "CPA cible 25 €"],
  ["Search – Impression personnalisée", "Boîte personnalisée logo ; Mailer box personnalisée ; Adhésif imprimé", "Expression", "Page Impression personnalisée avec formulaire de devis", "Maximiser les conversions (devis)"],
  ["Search – Calage et adhésif", "Calage kraft ; Adhésif kraft", "Exact", "Catégories Calage / Adhésif", "CPC manuel"],
  ["Shopping – Catalogue", "Groupes de produits par famille : cartons, boîtes postales, calage, adhésif", "Flux Merchant Center (titres réécrits avec dimensions)", "Fiche produit", "ROAS cible 450 %"],
], [3.3, 4.8, 2.5, 3.8, 2.3], size=8)
p("Les mots-clés négatifs ont été définis au niveau du compte, à partir du rapport des termes de recherche de 2025 : déménagement, gratuit, récupérer, occasion, fabriquer, DIY, carton à dessin, pizza, emploi, recyclage. Ils écartent les recherches de particuliers qui consommaient 23 % du budget en 2025 sans aucune commande. Les annonces sont des annonces responsives (RSA) ; voici celle du groupe « Carton 40x30x20 », qui a servi de modèle aux autres.")
t("Tableau 10 – Annonce responsive du groupe « Carton 40x30x20 »", [
  ["Élément", "Texte (limite de caractères respectée)"],
  ["Titres (extrait, 8 sur 15)", "Carton 40x30x20 Double Cannelure | Prix Pro Dès 25 Cartons | Expédié en 24/48 h | ECT 7 kN/m, Colis Lourds | Dégressif Jusqu'à -40 % | Fabricant à Saint-Quentin | Stock Réel Affiché | Compte Pro en 2 Minutes"],
  ["Descriptions", "Carton double cannelure 40x30x20 pour vos colis jusqu'à 30 kg. Prix dégressifs dès 25 unités. / Stock affiché en temps réel, livraison 24/48 h partout en France. Fiche technique PDF. / Ouvrez votre compte pro et commandez à la palette au meilleur prix unitaire."],
  ["Chemin d'URL affiché", "krafteo.fr/cartons/40x30x20"],
  ["Extensions", "Liens annexes (Boîtes postales, Calage kraft, Devis impression), accroches (Sans minimum de commande, Paiement à 30 jours), extrait de site structuré (Formats : 30x20x15, 40x30x20, 60x40x40)"],
], [4, 12.7], size=8)

h2("3.8 LinkedIn Ads : viser les décideurs plutôt que des mots-clés")
p("Sur LinkedIn, on ne choisit pas des mots-clés mais des profils. La campagne, lancée le 2 mars 2026, porte sur l'offre la plus rentable et la plus difficile à vendre par la recherche : la boîte imprimée à la marque du client dès 500 exemplaires. Les prospects ne cherchent pas encore ce produit ; il faut le leur montrer au moment où ils réfléchissent à leur image de marque.")
t("Tableau 11 – Audiences LinkedIn (Campaign Manager)", [
  ["Audience", "Critères de ciblage", "Taille estimée", "Page d'atterrissage"],
  ["A – Logistique e-commerce", "Intitulés de poste : responsable logistique e-commerce, responsable supply chain, responsable d'entrepôt ; taille d'entreprise 2–50 salariés ; secteurs commerce de détail et vente en ligne ; France", "41 000", "Page Impression personnalisée (version « pro de la logistique »)"],
  ["B – Fondateurs d'e-shop", "Intitulés de poste : fondateur, fondatrice, gérant, co-fondateur ; compétence « e-commerce » ; taille d'entreprise 2–50 ; France", "68 000", "Formulaire Lead Gen natif puis page Impression personnalisée"],
  ["C – Reciblage", "Visiteurs des pages Impression personnalisée et Boîtes postales (Insight Tag, 90 jours)", "6 200", "Page Impression personnalisée"],
], [3.3, 7.5, 2, 3.9], size=8)
t("Tableau 12 – Post sponsorisé et formulaire de l'audience B", [
  ["Élément", "Texte"],
  ["Texte d'introduction", "Votre colis est la première chose que votre client touche. Avec Kraftéo, vos boîtes postales portent votre logo dès 500 exemplaires, imprimées à Saint-Quentin et livrées en 10 jours ouvrés. Demandez votre maquette gratuite."],
  ["Visuel", "Mailer box kraft imprimée une couleur, ouverte sur un produit, photographiée par Studio Nord Packshot (format 1:1)"],
  ["Titre", "Vos boîtes à votre marque, dès 500 exemplaires"],
  ["Bouton", "Demander un devis"],
  ["Formulaire Lead Gen", "Prénom, nom, entreprise, e-mail professionnel (pré-remplis) + une question : « Combien de colis expédiez-vous par mois ? » (< 500 / 500–2 000 / > 2 000)"],
], [4, 12.7], size=8)
p("La question du formulaire sert à qualifier : un lead devient MQL dans HubSpot s'il expédie plus de 500 colis par mois ou s'il a visité la page tarifs. Seuls les MQL sont transmis aux commerciaux, ce qui évite de noyer l'équipe sous des contacts sans projet.")

h2("3.9 Tableaux de suivi et analyse des campagnes")
p("Le suivi est hebdomadaire. Chaque lundi matin, un rapport Looker Studio agrège Google Ads, Campaign Manager et les statuts HubSpot ; je le commente en réunion avec Grégory Lefèvre et Sofiane Amrani. Les indicateurs suivis sont les mêmes pour les deux plateformes, pour pouvoir les comparer : impressions, clics, CTR, CPC moyen, coût, conversions (commandes en ligne et demandes de devis), taux de conversion, taux de transformation des devis en commandes (quote-to-order), chiffre d'affaires attribué et ROAS. Le ROI est calculé sur la marge brute moyenne de 31 % et non sur le chiffre d'affaires, sans quoi toutes les campagnes paraîtraient rentables.")
p("Les tableaux semaine par semaine, leur analyse et le calcul du ROI sont en annexe A4. L'analyse a conduit à quatre décisions pendant la période : passage en correspondance exacte seule pour le groupe « Carton en gros » dont le taux de conversion était faible ; transfert de 150 € par semaine du Shopping vers la campagne Impression personnalisée à partir de la semaine 11 ; arrêt de l'audience LinkedIn A en semaine 14, trop chère pour un volume de MQL faible ; ajout d'un deuxième visuel (vidéo de pliage) pour l'audience B.")

h2("3.10 Publications LinkedIn organiques")
p("En parallèle des campagnes payantes, je publie deux posts par semaine sur la page LinkedIn de Kraftéo (4 300 abonnés en janvier) : coulisses de l'entrepôt, vidéos « pliage en 20 secondes », conseils d'emballage tirés du guide. Pour mesurer leur rentabilité, chaque lien porte un paramètre UTM dédié (utm_source=linkedin, utm_medium=organic), ce qui permet de suivre dans HubSpot les leads issus de ces posts, les commandes qui en découlent et la marge générée. En face, j'ai compté le temps passé (rédaction, montage, réponses aux commentaires) valorisé au coût horaire chargé. Le calcul est détaillé en annexe A4. Pour les articles du blog, le ROI n'est pas isolé : leur effet se confond avec celui des autres actions SEO sur la même période, et je n'ai pas trouvé de méthode honnête pour le séparer sur quatre mois.")

h2("3.11 Les indicateurs suivis")
p("Les indicateurs ont été choisis pour une activité B2B où une partie des ventes passe par un devis. Le taux de rebond seul ne dit pas grand-chose sur un site où un acheteur régulier entre, commande et sort ; c'est pourquoi je le lis avec le taux d'engagement de GA4. De même, l'étape de création de compte est obligatoire chez nous (SIRET exigé) et doit être suivie comme une étape du tunnel à part entière.")
t("Tableau 13 – Liste commentée des KPI (relevé du 27 avril 2026, GA4 et Search Console)", [
  ["KPI", "Valeur avril 2026", "Commentaire"],
  ["Trafic (sessions / mois)", "71 400", "Hausse portée par l'organique hors marque ; le trafic direct reste stable, signe de fidélité des comptes existants"],
  ["Taux de rebond / taux d'engagement", "39 % / 61 %", "Rebond élevé sur les articles de blog (lecture puis sortie), normal pour du contenu informationnel ; faible sur les catégories"],
  ["Durée moyenne d'engagement", "2 min 48 s", "En hausse sur les fiches réécrites ; un acheteur qui compare les paliers de prix reste plus longtemps"],
  ["Temps de chargement (LCP mobile, 75e centile)", "2,1 s (3,4 s en décembre)", "Passage sous le seuil « bon » de 2,5 s grâce au WebP et au préchargement de l'image principale"],
  ["Abandon à la création de compte", "31 %", "Étape obligatoire en B2B ; encore le premier point de fuite du tunnel (voir 4.8)"],
  ["Abandon du formulaire de devis", "42 %", "Complément du taux de complétion (58 %) ; le formulaire a été raccourci en mars"],
  ["Abandon de panier", "64 %", "Dans la moyenne B2B : beaucoup de paniers servent de devis provisoire partagé en interne"],
  ["Abandon au paiement", "9 %", "Faible ; le paiement à 30 jours par virement rassure les comptes récurrents"],
  ["Chiffre d'affaires web", "392 000 € HT (avril)", "Contre 331 000 € HT en avril 2025 ; à lire avec la saisonnalité (pic d'octobre à décembre)"],
], [4.4, 3.4, 8.9], size=8)

h2("3.12 Retour sur investissement, atteinte des objectifs et corrections")
p("Le retour sur investissement des campagnes payantes est calculé en annexe A4 selon la formule (marge brute générée – coût) / coût, la marge brute étant de 31 % du chiffre d'affaires attribué, devis signés inclus. Les deux plateformes sont rentables sur la période, Google Ads nettement plus que LinkedIn Ads dont le cycle de vente est long.")
t("Tableau 14 – Atteinte des objectifs fin avril 2026", [
  ["N°", "Objectif", "Cible", "Statut", "Détail"],
  ["O1", "Clics organiques hors marque", "+50 %", "Atteint", "Annexe A3, tableau A3.1"],
  ["O2", "Mots-clés en top 10", "≥ 180", "Atteint", "Annexe A3, tableau A3.2"],
  ["O3", "Domaines référents", "≥ 150", "Atteint", "Annexe A3, tableau A3.3"],
  ["O4", "ROAS Google Ads", "≥ 4", "Atteint", "Annexe A4, tableau A4.1"],
  ["O5", "Coût par MQL LinkedIn Ads", "≤ 60 €", "Non atteint", "Annexe A4, tableau A4.2"],
  ["O6", "Complétion du formulaire de devis", "≥ 55 %", "Atteint (58 %)", "Partie 4.8 et annexe A7"],
], [1, 5.5, 2.2, 3, 5], size=8)
p("Cinq objectifs sur six sont atteints. Le sixième, le coût par MQL sur LinkedIn, reste au-dessus de la cible : l'audience « logistique e-commerce » s'est révélée trop étroite et trop chère, et le formulaire natif a produit des leads de moindre qualité que la page d'atterrissage. Je nuance aussi deux réussites : une partie de la hausse des clics hors marque tient à la saisonnalité de printemps (reprise des ventes en ligne après janvier), et le ROAS Google Ads intègre des devis signés dont certains auraient pu l'être sans publicité, par des clients déjà en compte. Les actions correctives ont été classées avec Grégory Lefèvre par effet attendu sur les objectifs et par urgence.")
t("Tableau 15 – Actions correctives classées", [
  ["Rang", "Action corrective", "Objectif visé", "Responsable", "Échéance"],
  ["1", "Recentrer LinkedIn Ads sur les audiences B et C, tester la page d'atterrissage au lieu du formulaire natif", "O5", "Mathilde Royer", "S20"],
  ["2", "Afficher un prix « à partir de » sans compte pour réduire l'abandon à la création de compte", "Conversion", "Sofiane Amrani", "S22"],
  ["3", "Exclure les comptes clients existants des audiences Search de marque (liste HubSpot)", "O4 (fiabilité du ROAS)", "Mathilde Royer", "S19"],
  ["4", "Étendre le cocon aux boîtes postales avec trois articles supplémentaires", "O1, O2", "Mathilde Royer + rédacteurs", "S20–S26"],
  ["5", "Relancer deux partenaires de netlinking supplémentaires (fédération e-commerce, blog 3PL)", "O3", "Mathilde Royer", "S24"],
  ["6", "Activer le module d'avis clients B2B sur les fiches", "Conversion", "Sofiane Amrani", "T3 2026"],
], [1.2, 8, 2.6, 3, 1.9], size=8)

# ---------------------------------------------------------------- 4
h1("4. Produire des contenus qui transforment")
h2("4.1 Le choix des prestataires photo et vidéo")
p("Les photos d'origine étaient des images fournisseurs sur fond gris, souvent sans échelle, qui ne permettaient pas de distinguer une simple d'une double cannelure. Pour les 300 références prioritaires, j'ai consulté trois studios de packshot avec le même cahier des charges : quatre vues par référence (face, trois-quarts, détail de la tranche, boîte montée avec objet pour l'échelle), fond blanc, fichiers RAW et JPEG.")
t("Tableau 16 – Comparaison des studios de packshot (devis de janvier 2026, 300 références)", [
  ["Critère", "Studio Nord Packshot (Lille)", "Atelier Objet (Amiens)", "Lumen Studio (Reims)"],
  ["Prix par référence (4 vues)", "14 € HT", "11 € HT", "19 € HT + déplacement"],
  ["Délai de livraison par lot de 50", "48 h", "10 jours ouvrés", "5 jours ouvrés"],
  ["Retouche incluse", "Détourage et colorimétrie", "Non (en option à 4 €)", "Oui, complète"],
  ["Logistique des échantillons", "Enlèvement par notre navette Lille hebdomadaire", "Envoi par transporteur", "Prise de vue sur site"],
  ["Coût total estimé", "4 200 € HT", "4 500 € HT avec retouche", "6 100 € HT"],
], [4.2, 4.2, 4.2, 4.1], size=8)
p("Studio Nord Packshot a été retenu pour deux raisons : le prix par référence le plus bas une fois la retouche comptée, et surtout le délai de 48 heures, qui nous permettait de photographier au rythme de la réécriture des fiches (50 par semaine) sans bloquer la mise en ligne. Le studio d'Amiens était moins cher en apparence mais son délai de dix jours aurait décalé tout le planning.")
t("Tableau 17 – Comparaison des agences vidéo pour la série « pliage en 20 secondes »", [
  ["Critère", "Moteur Prod", "Clap Hauts-de-France"],
  ["Offre", "Forfait 12 vidéos de démonstration, tournage en une journée à l'entrepôt", "Tournage à la vidéo, 2 vidéos par demi-journée"],
  ["Prix", "3 600 € HT (300 € la vidéo)", "5 400 € HT pour 12 vidéos"],
  ["Formats livrés", "16:9 master + rushes bruts pour déclinaisons", "16:9 uniquement, rushes non cédés"],
  ["Références", "Démonstrations produit pour des marques d'outillage", "Films institutionnels"],
], [3.8, 6.5, 6.4], size=8)
p("Moteur Prod a été choisie pour la série « pliage en 20 secondes » : son forfait couvre les douze références les plus vendues en une journée de tournage et, point décisif, l'agence nous cède les rushes, ce qui me permet de monter en interne les formats courts verticaux et carrés pour les fiches produits et LinkedIn.")

h2("4.2 Rédiger le guide « Comment choisir son carton d'expédition »")
p("Le guide est la pièce centrale du cocon. Avant d'écrire, j'ai analysé l'intention : la SERP de « comment choisir carton expédition » ne montre que des contenus informationnels longs (2 000 mots en moyenne), un extrait optimisé en tableau et des questions « Autres questions posées » sur le poids maximal et la différence entre cannelures. L'internaute est un e-marchand qui prépare ses premiers envois ou qui a eu des colis abîmés ; il veut comprendre puis acheter. Le guide doit donc répondre complètement et proposer le bon produit au bon moment, sans se transformer en page catalogue.")
p("L'expression principale « carton d'expédition » est placée dans le title, la balise H1, l'URL, la meta description et les cent premiers mots. Les expressions secondaires (« choisir carton expédition », « carton double cannelure », « dimensions carton colis », « ECT carton ») ont chacune un H2 ou une section dédiée. Les liens internes suivent les règles du cocon ; la FAQ finale reprend les questions de la SERP et celles du service client, balisée en FAQPage.")
t("Tableau 18 – Plan du guide et placement des expressions", [
  ["Niveau", "Intitulé", "Expression travaillée", "Lien interne posé"],
  ["H1", "Comment choisir son carton d'expédition : le guide des e-marchands", "carton d'expédition", "—"],
  ["H2", "Simple ou double cannelure : partir du poids du colis", "carton double cannelure", "/cartons-expedition/simple-cannelure et /double-cannelure"],
  ["H2", "Lire l'ECT pour connaître la résistance réelle", "ECT carton", "/blog/ect-carton-resistance"],
  ["H2", "Dimensions intérieures : mesurer sans se tromper", "dimensions carton colis", "/blog/dimensions-interieures-carton"],
  ["H2", "Boîte postale ou carton classique ?", "boîte postale carton", "/boites-postales"],
  ["H2", "Caler et fermer : les deux oublis qui coûtent cher", "calage colis", "/calage-kraft et /adhesif-kraft-imprime (sortie de silo autorisée au hub)"],
  ["H2", "FAQ (5 questions)", "poids maximal carton, carton recyclé, etc.", "Fiche 40x30x20 dans la réponse sur les colis de 15 kg"],
], [1.5, 6, 4, 5.2], size=8)
p("Le texte fait 2 350 mots, illustrés par un tableau « poids du colis / cannelure conseillée / ECT minimal » qui vise l'extrait optimisé, et par une vidéo de pliage. Il a été relu par Sofiane Amrani pour les données techniques.")

h2("4.3 Une fiche produit pensée pour l'acheteur professionnel")
p("Un acheteur professionnel ne lit pas une fiche carton comme un particulier lit une fiche mode : il vérifie des caractéristiques, calcule un prix unitaire et veut savoir quand il sera livré. La méthode de réécriture des fiches part de ces questions. Chaque fiche suit le même ordre : un titre normalisé [type] [cannelure] [dimensions intérieures] – [ECT], un paragraphe d'usage de 60 à 80 mots (quels produits, quel poids), la fiche technique (cannelure, ECT en kN/m, dimensions intérieures et extérieures, grammage, poids à vide, couleur), le tableau des prix dégressifs par palier, le stock en temps réel, le délai de livraison 24/48 h, la fiche technique PDF téléchargeable et les accessoires compatibles (calage, adhésif, étiquettes).")
p("L'exemple ci-dessous montre le positionnement des mots-clés sur la fiche la plus vendue du site, réécrite en semaine 6.")
t("Tableau 19 – Positionnement des mots-clés sur la fiche « carton double cannelure 40x30x20 »", [
  ["Emplacement", "Contenu publié"],
  ["Expression principale", "carton double cannelure 40x30x20 (secondaires : carton 40x30x20, carton colis lourd)"],
  ["Balise title", "Carton double cannelure 40x30x20 cm – ECT 7 | Prix pro dégressifs | Kraftéo"],
  ["H1", "Carton double cannelure 40x30x20 cm – ECT 7 kN/m"],
  ["URL", "/carton-double-cannelure-40x30x20"],
  ["Meta description", "Carton double cannelure 40x30x20 cm pour colis jusqu'à 30 kg. ECT 7 kN/m, prix dégressifs dès 25 unités, expédié en 24/48 h. Fiche technique PDF."],
  ["Premier paragraphe", "« Ce carton double cannelure 40x30x20 est le format de référence pour expédier des colis lourds… » (expression dans la première phrase)"],
  ["Attribut alt de l'image principale", "Carton double cannelure 40x30x20 brun monté, vue trois-quarts"],
], [4.2, 12.5], size=8)
p("Les éléments utiles à la décision ont été passés en revue un par un avec Grégory Lefèvre, en partant des questions reçues par le service client.")
t("Tableau 20 – Éléments de décision sur la fiche produit", [
  ["Élément", "État", "Commentaire"],
  ["Prix par palier (25 / 100 / 500 / palette)", "En place", "Tableau visible sans défilement ; le prix unitaire du palier suivant est mis en avant (« économisez 17 % dès 100 »)"],
  ["Stock en temps réel", "En place", "Relié à l'ERP toutes les 15 minutes ; mention « plus que 3 palettes » sous 5 palettes"],
  ["Délai de livraison", "En place", "« Commandé avant 14 h, expédié aujourd'hui », livraison 24/48 h"],
  ["Fiche technique PDF", "En place", "Générée par Shopware depuis les attributs, utile pour les services achats"],
  ["Photos 4 vues et vidéo de pliage", "En place", "Packshots Studio Nord, short vertical de 20 secondes"],
  ["Accessoires compatibles", "En place", "Calage et adhésif proposés selon le format (règle de cross-selling)"],
  ["FAQ produit", "En place", "Trois questions par famille, issues du service client"],
  ["Avis clients", "Non en place", "Shopware ne propose pas d'avis adaptés aux comptes B2B dans notre configuration ; module d'avis B2B choisi, activation prévue T3"],
], [4.6, 2.2, 9.9], size=8)

h2("4.4 Retouche photo et montage vidéo")
p("Les images livrées par Studio Nord arrivent en RAW par lots de 50. Le traitement se fait en deux temps. Dans Lightroom, j'applique un préréglage commun au lot : balance des blancs calée sur une charte grise pour que le kraft ait la même teinte sur toutes les fiches, exposition, suppression des poussières ; c'est l'étape qui donne l'homogénéité du catalogue. Dans Photoshop, je détoure ensuite chaque vue principale à la plume (le carton a des arêtes droites, la sélection automatique bave sur les rabats), je place le produit sur un fond blanc pur et j'ajoute une ombre portée douce (opacité 25 %, flou 40 px) pour garder du relief. Enfin, une action enregistrée ajoute sur la vue de face les cotes intérieures (flèches et mentions L × l × h) à partir d'un gabarit créé par Élodie Vasseur, qui assure la cohérence graphique.")
cap("Figure 1 : détourage et calque de cotes dans Photoshop sur le carton 40x30x20 (annexe A7).")
p("Pour la vidéo, Moteur Prod nous a livré un master 16:9 par référence et l'ensemble des rushes. Dans Premiere Pro, j'ai monté pour chaque référence un format court de 20 secondes : recadrage en 9:16 pour les fiches et en 1:1 pour LinkedIn avec la fonction de recadrage automatique corrigée à la main, coupe au rythme du pliage, ajout d'un carton final avec le format et le prix « dès », puis sous-titres générés par la transcription de Premiere, corrigés et exportés en fichier SRT pour le site et incrustés pour LinkedIn, où la majorité des vidéos sont vues sans le son.")
cap("Figure 2 : timeline Premiere Pro du short « pliage en 20 secondes » de la mailer box 31x22x10 (annexe A7).")

h2("4.5 Adapter les médias à la consultation en ligne")
p("Toutes les images sont exportées en WebP (qualité 80) en trois largeurs, 1 600, 800 et 400 pixels, déclarées dans un attribut srcset pour que le navigateur charge la taille adaptée à l'écran ; une vue principale pèse désormais 90 Ko en moyenne contre 640 Ko auparavant. Le lazy loading est actif sur toutes les images sauf la première, qui est préchargée puisqu'elle détermine le LCP. Chaque image porte un texte alternatif descriptif. Les vidéos sont encodées en MP4 H.264, 720p, sans piste audio pour les fiches (lecture en boucle au survol) : chaque short pèse moins de 4 Mo, entre 2,6 et 3,8 Mo selon la référence, avec une image de couverture et des sous-titres SRT pour la version avec voix.")

h2("4.6 Les contenus réécrits suscitent-ils plus d'intérêt ?")
p("Pour vérifier l'effet des contenus, j'ai suivi les 15 fiches réécrites en premier, sur huit semaines avant et huit semaines après leur mise en ligne, avec quatre critères : la durée moyenne d'engagement sur la page, le taux d'ajout au panier, le nombre de demandes de devis initiées depuis la page et le nombre de commandes contenant la référence. Comparer des périodes de même durée évite de conclure trop vite sur une semaine exceptionnelle ; j'ai aussi vérifié que les prix de ces 15 références n'avaient pas changé entre les deux périodes. Le tableau complet, page par page, est en annexe A3 (tableau A3.5). Les fiches dont la vidéo de pliage est en place progressent plus que les autres, ce qui a justifié d'étendre les vidéos à douze références.")
cap("Figure 3 : fiche carton 40x30x20 avant / après réécriture (annexe A7).")

h2("4.7 Le blog sous Shopware")
p("Shopware 6 n'ayant pas de blog natif dans notre version, nous avons installé en semaine 8 le plugin « Blog & Ratgeber » du Shopware Store (licence 19 € HT par mois), après l'avoir testé sur l'environnement de recette. Le paramétrage a porté sur quatre catégories (Guides d'emballage, Expédition et transporteurs, Marque et packaging, Vie de l'entreprise), trois fiches auteurs avec photo et courte biographie (moi-même et les deux rédacteurs freelances), un schéma d'URL /blog/{slug-article} sans date ni identifiant, et /guide/{slug} pour les contenus piliers. Chaque article porte une balise canonical vers lui-même, les pages de catégories du blog paginées sont en noindex à partir de la page 2, le sitemap du blog est déclaré dans l'index des sitemaps et dans la Search Console, et un flux RSS est publié à l'adresse /blog/rss pour les agrégateurs et pour LinkedIn. Les modèles d'article intègrent un bloc « produits associés » alimenté manuellement, pour respecter les règles du cocon. La check-list complète utilisée à l'installation et avant chaque publication est en annexe A6.")

h2("4.8 Objectifs de transformation et tunnel de commande")
p("Trois objectifs de transformation ont été fixés et vérifiés avec GA4 et Hotjar. Le premier est l'objectif O6 : faire passer le taux de complétion du formulaire de devis de 41 % à au moins 55 %. Il est mesuré par le rapport entre les événements form_submit et form_start dans GA4 et recoupé avec l'analyse de formulaire de Hotjar, qui donne le taux d'abandon champ par champ. En avril, le taux est de 58 % dans GA4 et de 57 % dans Hotjar, l'écart tenant au consentement aux cookies. Le deuxième objectif vise un taux de passage de la fiche produit au panier ou au devis d'au moins 16 % (14,2 % en décembre) : il est de 17,6 % en avril. Le troisième vise un abandon à la création de compte inférieur à 30 % (46 % en décembre) : il est de 31 %, presque atteint.")
p("Le tunnel a été modélisé dans une exploration d'entonnoir GA4 en cinq étapes, ouverte (l'utilisateur peut entrer à n'importe quelle étape), sur les sessions d'avril 2026. Il est consultable par le lien indiqué en annexe A5.")
cap("Figure 4 : exploration de l'entonnoir GA4 « Tunnel B2B » du 1er au 27 avril 2026 (annexe A7).")
t("Tableau 21 – Tunnel de commande B2B (GA4, 1er–27 avril 2026)", [
  ["Étape", "Événement GA4", "Utilisateurs", "Passage à l'étape suivante", "Abandon"],
  ["1. Liste de produits (catégorie)", "view_item_list", "31 800", "63,2 %", "36,8 %"],
  ["2. Fiche produit", "view_item", "20 100", "17,6 %", "82,4 %"],
  ["3. Panier ou demande de devis", "add_to_cart / form_start", "3 540", "81,0 %", "19,0 %"],
  ["4. Compte (connexion ou création)", "login / sign_up", "2 868", "69,0 %", "31,0 %"],
  ["5. Paiement", "add_payment_info", "1 979", "91,0 % (commande)", "9,0 %"],
], [4.6, 3.8, 2.4, 3.4, 2.5], size=8)
p("Les enregistrements Hotjar ont servi à comprendre ce que les chiffres ne disaient pas. Sur 220 sessions enregistrées contenant une ouverture du formulaire de devis, j'ai étiqueté les comportements : hésitation longue sur le champ « quantité » (les paliers d'impression n'étaient pas rappelés), abandon au champ « fichier de marquage » sur mobile, allers-retours vers la fiche produit pour vérifier les dimensions. La carte de chaleur du formulaire montrait aussi que le bouton d'envoi se trouvait sous la ligne de flottaison sur un écran de portable. Chacune de ces observations a été reliée à l'objectif O6 et a donné une correction.")
cap("Figure 5 : carte de chaleur Hotjar du formulaire de devis, version à 14 champs (annexe A7).")
t("Tableau 22 – Éléments perturbateurs du tunnel et plan de correction", [
  ["Élément perturbateur", "Constat", "Correction", "Responsable", "Date"],
  ["Mur de compte avant l'affichage du prix", "Prix masqués aux visiteurs non connectés ; 46 % d'abandon à la création de compte en décembre", "Affichage du prix du premier palier sans compte, compte exigé seulement à la commande", "Sofiane Amrani", "Mise en ligne S22 (prévue)"],
  ["Formulaire de devis à 14 champs", "Abandon massif aux champs « budget » et « fichier de marquage »", "Réduction à 7 champs, fichier facultatif (envoyable après), paliers rappelés à côté de la quantité", "Mathilde Royer / Sofiane Amrani", "Fait le 9 mars 2026"],
  ["Erreur de validation du numéro de TVA", "Le service VIES expire et rejette des numéros valides (14 % des créations de compte en erreur en janvier)", "Validation asynchrone avec repli : compte créé puis vérifié en arrière-plan", "Sofiane Amrani + intégrateur", "Fait le 23 mars 2026"],
  ["Bouton d'envoi sous la ligne de flottaison", "Carte de chaleur Hotjar : clics sur la zone vide", "Bouton fixe en bas du formulaire sur mobile", "Élodie Vasseur", "Fait le 9 mars 2026"],
], [3.4, 4.4, 4.6, 2.5, 1.8], size=8)

# ---------------------------------------------------------------- 5
h1("5. Bilan")
p("Quatre mois après l'audit, krafteo.fr est plus visible sur les requêtes qui comptent pour un acheteur professionnel, et ses contenus transforment mieux. Les fondations techniques ont été posées avant les contenus, ce qui a permis au guide, au cocon et aux fiches réécrites de produire leur effet rapidement. Les campagnes payantes sont rentables, Google Ads nettement plus que LinkedIn, dont le cycle de vente long demande encore des ajustements.")
p("Plusieurs chantiers restent ouverts : l'affichage du prix sans compte, l'activation des avis clients B2B au troisième trimestre, l'extension du cocon aux boîtes postales et une méthode pour isoler la rentabilité des articles de blog. Sur le plan personnel, cette mission m'a appris à justifier chaque choix par un chiffre vérifiable et à travailler avec des prestataires externes dans des délais serrés.")


# ----------------------------------------------------------------- sommaire
# Numéros de page relevés sur le rendu LibreOffice (couverture = page 1).
TOC = [
 ("1. Kraftéo et le cadre de la mission", 3, 0),
 ("1.1 Une PME de l'emballage qui vend d'abord en ligne", 3, 1),
 ("1.2 Le site krafteo.fr sous Shopware 6", 3, 1),
 ("1.3 Ma mission", 4, 1),
 ("2. Les objectifs fixés en janvier", 4, 0),
 ("3. Rendre Kraftéo visible : référencement naturel et payant", 6, 0),
 ("3.1 Audit de départ et plan d'actions", 6, 1),
 ("3.2 Choix des outils de mesure", 7, 1),
 ("3.3 Construire la matrice de mots-clés", 7, 1),
 ("3.4 Le cocon sémantique « carton d'expédition »", 8, 1),
 ("3.5 Netlinking : cinq partenaires apporteurs de trafic", 9, 1),
 ("3.6 Mesurer l'effet cumulé des actions SEO", 10, 1),
 ("3.7 Google Ads : Search et Shopping", 10, 1),
 ("3.8 LinkedIn Ads : viser les décideurs plutôt que des mots-clés", 11, 1),
 ("3.9 Tableaux de suivi et analyse des campagnes", 11, 1),
 ("3.10 Publications LinkedIn organiques", 12, 1),
 ("3.11 Les indicateurs suivis", 12, 1),
 ("3.12 Retour sur investissement, atteinte des objectifs et corrections", 12, 1),
 ("4. Produire des contenus qui transforment", 14, 0),
 ("4.1 Le choix des prestataires photo et vidéo", 14, 1),
 ("4.2 Rédiger le guide « Comment choisir son carton d'expédition »", 14, 1),
 ("4.3 Une fiche produit pensée pour l'acheteur professionnel", 15, 1),
 ("4.4 Retouche photo et montage vidéo", 16, 1),
 ("4.5 Adapter les médias à la consultation en ligne", 16, 1),
 ("4.6 Les contenus réécrits suscitent-ils plus d'intérêt ?", 16, 1),
 ("4.7 Le blog sous Shopware", 17, 1),
 ("4.8 Objectifs de transformation et tunnel de commande", 17, 1),
 ("5. Bilan", 18, 0),
 ("Annexes A1 à A7 : fichier séparé krafteo-annexes.pdf", None, 0),
]


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2026, 5, 15, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def page_field(par):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    tx = OxmlElement("w:t")
    tx.text = "1"
    r.append(tx)
    fld.append(r)
    par._p.append(fld)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def add_table(doc, caption, rows, widths, size):
    cp = doc.add_paragraph()
    r = cp.add_run(caption)
    r.bold = True
    r.font.size = Pt(9)
    cp.paragraph_format.space_after = Pt(3)
    cp.paragraph_format.keep_with_next = True
    tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tb.style = "Table Grid"
    if widths:
        tb.autofit = False
        for j, w in enumerate(widths):
            tb.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = tb.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(v)
            run.font.size = Pt(size)
            if i == 0:
                run.bold = True
                shade(c, "D9E2D0")
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name, size in (("Heading 1", 15), ("Heading 2", 12)):
        hs = doc.styles[name]
        hs.font.name = "Calibri"
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor(0x5B, 0x3A, 0x1E)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "Kraftéo — Dossier Blocs 3 & 4 — M. Royer"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ").font.size = Pt(9)
    page_field(fp)

    # couverture
    for _ in range(6):
        doc.add_paragraph()
    pc = doc.add_paragraph(); pc.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = pc.add_run("Kraftéo SAS"); r.bold = True; r.font.size = Pt(26); r.font.color.rgb = RGBColor(0x5B, 0x3A, 0x1E)
    pc = doc.add_paragraph(); pc.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = pc.add_run("Visibilité et contenus du site krafteo.fr"); r.font.size = Pt(17)
    pc = doc.add_paragraph(); pc.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = pc.add_run("Référencement naturel et payant, mesure de la performance, production de contenus et tunnel de conversion B2B"); r.italic = True; r.font.size = Pt(12)
    for _ in range(3):
        doc.add_paragraph()
    pc = doc.add_paragraph(); pc.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = pc.add_run("Dossier professionnel – Titre Chef de projet e-commerce\nBlocs de compétences 3 et 4"); r.bold = True; r.font.size = Pt(13)
    for _ in range(5):
        doc.add_paragraph()
    pc = doc.add_paragraph(); pc.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pc.add_run("Mathilde Royer – Mastère 2, alternance, chargée SEO & contenus\n"
               "Tuteur : Grégory Lefèvre, responsable e-commerce\n"
               "Kraftéo SAS – ZA du Royeux – 02100 Saint-Quentin\n"
               "Mai 2026 – Annexes : fichier krafteo-annexes.pdf").font.size = Pt(11)
    doc.add_page_break()

    # sommaire statique
    pt = doc.add_paragraph()
    r = pt.add_run("Sommaire"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x5B, 0x3A, 0x1E)
    for title, page, lvl in TOC:
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        q.paragraph_format.left_indent = Cm(0.7 * lvl)
        q.paragraph_format.space_after = Pt(2)
        run = q.add_run(title + ("\t%d" % page if page else ""))
        run.font.size = Pt(10.5)
        if lvl == 0:
            run.bold = True
            q.paragraph_format.space_before = Pt(6)
    doc.add_page_break()

    for item in C:
        kind = item[0]
        if kind == "h1":
            hd = doc.add_heading(item[1], level=1)
            if item[1][0] in "34":
                hd.paragraph_format.page_break_before = True
        elif kind == "h2":
            doc.add_heading(item[1], level=2)
        elif kind == "p":
            q = doc.add_paragraph(item[1])
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            q.paragraph_format.space_after = Pt(6)
        elif kind == "cap":
            q = doc.add_paragraph()
            r = q.add_run(item[1]); r.italic = True; r.font.size = Pt(9)
        elif kind == "t":
            add_table(doc, item[1], item[2], item[3], item[4])
        elif kind == "pb":
            doc.add_page_break()

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Kraftéo – Visibilité et contenus – Dossier blocs 3 et 4"
    cp.created = STAMP
    cp.modified = STAMP
    cp.last_printed = STAMP
    cp.revision = 3
    doc.save(DOCX)
    repack(DOCX)


# ====================================================================== PDF (annexes)
pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Oblique", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))

S_BODY = ParagraphStyle("b", fontName="DejaVu", fontSize=8.3, leading=11, spaceAfter=4)
S_H = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=12, leading=15, spaceAfter=5, textColor=colors.HexColor("#5B3A1E"))
S_H2 = ParagraphStyle("h2", fontName="DejaVu-Bold", fontSize=8.8, leading=11, spaceBefore=5, spaceAfter=3)
S_CELL = ParagraphStyle("c", fontName="DejaVu", fontSize=6.6, leading=7.9)
S_CELLB = ParagraphStyle("cb", fontName="DejaVu-Bold", fontSize=6.6, leading=7.9)
S_CAP = ParagraphStyle("cap", fontName="DejaVu-Oblique", fontSize=7.8, leading=9.5, spaceBefore=3)

story = []
def P(x): story.append(Paragraph(x, S_BODY))
def H(x): story.append(Paragraph(x, S_H))
def H2(x): story.append(Paragraph(x, S_H2))
def T(rows, widths, bold_last=False):
    data = [[Paragraph(str(c), S_CELLB if (i == 0 or (bold_last and i == len(rows) - 1)) else S_CELL) for c in r]
            for i, r in enumerate(rows)]
    tb = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#555555")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4DCCD")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 1.3), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.3),
                            ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]))
    story.append(tb)
    story.append(Spacer(1, 5))

def fr(x, dec=0):
    s = ("{:,.%df}" % dec).format(x).replace(",", " ").replace(".", ",")
    return s

# ------------------------------------------------------------------ A1
H("Annexe A1 – Matrice des mots-clés suivis (40 expressions)")
P("Volumes : Semrush, base France, moyenne mensuelle sur 12 mois. KD : difficulté Semrush (0–100). Intention : I informationnelle, "
  "C commerciale, T transactionnelle, N navigationnelle. Positions : Semrush Position Tracking, relevés du 5 janvier et du 27 avril 2026 "
  "(« — » : hors top 100).")
KW = [
 ("carton d'expédition", 6600, 52, "C", "Carton d'expédition", "/cartons-expedition", "P1", None, None, 34, 12),
 ("carton expédition colis", 2400, 41, "T", "Carton d'expédition", "/cartons-expedition", "P1", None, None, 28, 9),
 ("comment choisir carton expédition", 390, 18, "I", "Carton d'expédition", "/guide/choisir-carton-expedition", "P1", None, None, None, 3),
 ("carton d'expédition pas cher pro", 320, 29, "T", "Achat pro", "/cartons-expedition", "P2", None, None, 41, 15),
 ("carton double cannelure", 2900, 38, "C", "Double cannelure", "/cartons-expedition/double-cannelure", "P1", None, None, 19, 6),
 ("carton double cannelure 40x30x20", 260, 14, "T", "Dimensions", "/carton-double-cannelure-40x30x20", "P1", None, None, 22, 2),
 ("carton simple cannelure", 1300, 31, "C", "Carton d'expédition", "/cartons-expedition/simple-cannelure", "P2", None, None, 17, 7),
 ("différence simple double cannelure", 480, 12, "I", "Double cannelure", "/blog/simple-ou-double-cannelure", "P1", None, None, None, 4),
 ("ect carton", 590, 16, "I", "Carton d'expédition", "/blog/ect-carton-resistance", "P2", None, None, 58, 5),
 ("carton 30x20x15", 1000, 22, "T", "Dimensions", "/carton-simple-cannelure-30x20x15", "P1", None, None, 13, 4),
 ("carton 60x40x40", 880, 24, "T", "Dimensions", "/carton-double-cannelure-60x40x40", "P1", None, None, 16, 5),
 ("carton 40x30x30", 720, 21, "T", "Dimensions", "/carton-double-cannelure-40x30x30", "P2", None, None, 24, 8),
 ("carton format a4 expédition", 590, 19, "T", "Dimensions", "/carton-format-a4", "P2", None, None, 31, 11),
 ("dimensions intérieures carton", 210, 9, "I", "Dimensions", "/blog/dimensions-interieures-carton", "P3", None, None, None, 6),
 ("boîte postale carton", 2400, 36, "C", "Boîtes postales", "/boites-postales", "P1", None, None, 26, 10),
 ("mailer box", 3600, 44, "C", "Boîtes postales", "/boites-postales", "P1", None, None, 38, 14),
 ("boîte postale 31x22x10", 110, 6, "T", "Dimensions", "/boite-postale-31x22x10", "P2", None, None, 18, 3),
 ("enveloppe carton expédition", 1300, 32, "T", "Boîtes postales", "/enveloppes-carton", "P2", None, None, 23, 12),
 ("mailer box personnalisée", 1900, 39, "C", "Impression perso", "/impression-personnalisee/mailer-box", "P1", None, None, 47, 13),
 ("boîte carton personnalisée logo", 1600, 42, "C", "Impression perso", "/impression-personnalisee", "P1", None, None, 52, 18),
 ("carton imprimé personnalisé petite quantité", 170, 15, "T", "Impression perso", "/impression-personnalisee", "P2", None, None, None, 7),
 ("boîte expédition personnalisée 500 exemplaires", 90, 8, "T", "Impression perso", "/impression-personnalisee", "P2", None, None, None, 3),
 ("carton en gros", 880, 33, "T", "Achat pro", "/cartons-expedition", "P1", None, None, 29, 11),
 ("fournisseur carton emballage", 1000, 37, "T", "Achat pro", "/fournisseur-emballage-professionnel", "P1", None, None, 36, 9),
 ("carton emballage professionnel", 720, 35, "T", "Achat pro", "/fournisseur-emballage-professionnel", "P2", None, None, 21, 8),
 ("emballage e-commerce", 1300, 46, "C", "Achat pro", "/emballage-e-commerce", "P2", None, None, 44, 19),
 ("carton palette", 720, 27, "T", "Achat pro", "/cartons-palettes", "P3", None, None, 48, 27),
 ("calage kraft", 480, 17, "T", "Calage", "/calage-kraft", "P2", None, None, 11, 4),
 ("papier kraft calage colis", 390, 15, "T", "Calage", "/calage-kraft", "P2", None, None, 15, 6),
 ("frisure papier kraft", 320, 13, "T", "Calage", "/calage-kraft/frisure", "P3", None, None, 9, 7),
 ("réduire vide colis", 140, 7, "I", "Calage", "/blog/reduire-vide-colis", "P3", None, None, None, 5),
 ("emballage colis fragile", 590, 26, "I", "Calage", "/guide/choisir-carton-expedition", "P3", None, None, None, 14),
 ("ruban adhésif kraft imprimé", 880, 28, "C", "Adhésif", "/adhesif-kraft-imprime", "P1", None, None, 18, 5),
 ("scotch personnalisé logo", 1600, 34, "C", "Adhésif", "/adhesif-kraft-imprime", "P2", None, None, 42, 16),
 ("adhésif papier kraft", 590, 20, "T", "Adhésif", "/adhesif-kraft", "P2", None, None, 14, 6),
 ("dévidoir adhésif pro", 390, 23, "T", "Adhésif", "/devidoir-adhesif", "P3", None, None, 27, 19),
 ("carton bouteille expédition", 1000, 30, "T", "Carton d'expédition", "/cartons-bouteilles", "P3", None, None, 33, 21),
 ("carton kraft brun", 480, 18, "C", "Carton d'expédition", "/cartons-expedition", "P3", None, None, 39, 22),
 ("carton recyclé expédition", 320, 21, "C", "Carton d'expédition", "/cartons-expedition/recycles", "P3", None, None, 30, 17),
 ("kraftéo", 480, None, "N", "Marque", "/", "—", None, None, 1, 1),
]
rows = [["#", "Expression", "Vol./mois", "KD", "Int.", "Cluster", "Page cible", "Prio.", "Pos. janv.", "Pos. avr."]]
for i, k in enumerate(KW, 1):
    rows.append([str(i), k[0], fr(k[1]), "—" if k[2] is None else str(k[2]), k[3], k[4], k[5], k[6],
                 "—" if k[9] is None else str(k[9]), str(k[10])])
T(rows, [0.6, 4.4, 1.2, 0.7, 0.7, 2.4, 4.5, 0.8, 1.1, 1.0])
hm = [k for k in KW if k[6] != "—"]
top_j = sum(1 for k in hm if k[9] is not None and k[9] <= 10)
top_a = sum(1 for k in hm if k[10] <= 10)
P("Lecture : %d des %d expressions hors marque sont en première page fin avril, contre %d en janvier. Les expressions de dimensions "
  "(KD inférieur à 25) ont gagné le plus vite ; les têtes de requêtes « mailer box » et « carton d'expédition » restent en deuxième page." % (top_a, len(hm), top_j))
story.append(PageBreak())

# ------------------------------------------------------------------ A2
H("Annexe A2 – Carte des liens contextuels du cocon « carton d'expédition »")
P("Règles appliquées : liens dans le corps du texte uniquement ; ancre descriptive ; une page fille renvoie vers sa mère et une ou deux "
  "sœurs au plus ; une petite-fille renvoie vers sa mère directe ; aucun lien entre silos, sauf depuis le guide hub vers Calage et Adhésif. "
  "Liens de menu, fil d'Ariane et pied de page exclus. Relevé Screaming Frog (extraction du contenu principal) du 20 avril 2026.")
LM = [
 ["Page source", "Ancre", "Page cible", "Phrase de contexte"],
 ["Guide (hub)", "cartons d'expédition", "Catégorie Cartons d'expédition", "« Une fois le poids et les dimensions connus, vous trouverez le format adapté parmi nos cartons d'expédition. »"],
 ["Guide (hub)", "carton simple cannelure", "Sous-cat. simple cannelure", "« Jusqu'à 10 kg, un carton simple cannelure suffit dans la plupart des cas. »"],
 ["Guide (hub)", "carton double cannelure", "Sous-cat. double cannelure", "« Au-delà, ou pour un envoi palettisé, passez au carton double cannelure. »"],
 ["Guide (hub)", "boîtes postales", "Boîtes postales", "« Pour un objet plat et une belle ouverture, les boîtes postales remplacent avantageusement le carton. »"],
 ["Guide (hub)", "calage en papier kraft", "Calage kraft (autre silo)", "« Le vide est la première cause de casse : comblez-le avec un calage en papier kraft. »"],
 ["Guide (hub)", "adhésif kraft", "Adhésif kraft imprimé (autre silo)", "« Fermez en H avec un adhésif kraft de 50 mm pour les colis de plus de 5 kg. »"],
 ["Guide (hub)", "comprendre l'ECT", "Article ECT", "« Pour aller plus loin sur la résistance, lisez notre article pour comprendre l'ECT. »"],
 ["Catégorie Cartons d'expédition", "guide pour choisir son carton", "Guide (hub)", "« Vous hésitez entre deux formats ? Notre guide pour choisir son carton répond en cinq minutes. »"],
 ["Catégorie Cartons d'expédition", "cartons double cannelure", "Sous-cat. double cannelure", "« Pour les colis lourds, filtrez directement nos cartons double cannelure. »"],
 ["Sous-cat. simple cannelure", "tous nos cartons d'expédition", "Catégorie Cartons d'expédition", "« Retrouvez tous nos cartons d'expédition, toutes cannelures confondues. »"],
 ["Sous-cat. simple cannelure", "version double cannelure", "Sous-cat. double cannelure", "« Colis de plus de 10 kg ? Choisissez la version double cannelure du même format. »"],
 ["Sous-cat. double cannelure", "cartons d'expédition", "Catégorie Cartons d'expédition", "« La double cannelure fait partie de notre gamme de cartons d'expédition fabriqués en France. »"],
 ["Sous-cat. double cannelure", "boîtes postales", "Boîtes postales", "« Pour un envoi léger et soigné, comparez avec nos boîtes postales. »"],
 ["Boîtes postales", "cartons d'expédition", "Catégorie Cartons d'expédition", "« Objet trop lourd pour une boîte postale ? Passez à nos cartons d'expédition. »"],
 ["Article Simple ou double cannelure ?", "cartons double cannelure", "Sous-cat. double cannelure", "« Au-dessus de 10 kg, nos cartons double cannelure évitent l'écrasement en transit. »"],
 ["Article ECT", "carton double cannelure", "Sous-cat. double cannelure", "« Un ECT de 7 kN/m, courant sur un carton double cannelure, supporte un gerbage sur palette. »"],
 ["Article Dimensions intérieures", "carton 40x30x20", "Fiche carton DC 40x30x20", "« Un objet de 38 x 28 x 18 cm entre dans un carton 40x30x20 avec 1 cm de calage par face. »"],
 ["Fiche carton DC 40x30x20", "cartons double cannelure", "Sous-cat. double cannelure", "« Besoin d'un autre format ? Voir tous nos cartons double cannelure. »"],
 ["Fiche mailer box 31x22x10", "boîtes postales", "Boîtes postales", "« Cette référence existe en six tailles dans nos boîtes postales. »"],
]
T(LM, [3.5, 3.0, 3.4, 7.3])
P("Contrôle : aucun lien contextuel sortant vers un autre silo n'a été relevé ailleurs que sur le guide hub. Trois liens non conformes "
  "(article ECT vers Calage, fiche 40x30x20 vers Adhésif, article Dimensions vers Enveloppes) ont été supprimés le 20 avril après le crawl de contrôle.")
story.append(PageBreak())

# ------------------------------------------------------------------ A3
H("Annexe A3 – Relevés avant / après : Search Console, Semrush, netlinking, pages réécrites")
H2("A3.1 – Google Search Console, requêtes hors marque (filtre : ne contient pas « krafteo »)")
T([["Indicateur", "Janvier 2026", "Avril 2026", "Évolution"],
   ["Clics organiques", "5 140", "8 790", "+71 %"],
   ["Impressions", "312 000", "498 000", "+60 %"],
   ["CTR moyen", "1,65 %", "1,77 %", "+0,12 pt"],
   ["Position moyenne", "24,6", "17,9", "–6,7 places"],
   ["Pages indexées valides", "2 410", "2 690", "+280 (URL de facettes exclues, nouvelles pages de contenu)"]],
  [4.5, 3, 3, 6.7])
H2("A3.2 – Semrush : visibilité et positionnement du domaine krafteo.fr")
T([["Indicateur", "5 janvier 2026", "27 avril 2026", "Évolution"],
   ["Indice de visibilité (Position Tracking, 40 expressions de A1)", "6,8 %", "14,9 %", "+8,1 pts"],
   ["Mots-clés en top 3", "21", "58", "+37"],
   ["Mots-clés en top 10", "84", "203", "+119 (objectif O2 : ≥ 180)"],
   ["Mots-clés en top 100", "1 940", "2 860", "+47 %"],
   ["Trafic organique estimé (visites/mois)", "9 800", "16 100", "+64 %"]],
  [6.5, 3, 3, 4.7])
H2("A3.3 – Netlinking : domaines référents et trafic de référence par partenaire")
T([["Indicateur (Semrush Backlink Analytics)", "Janvier 2026", "Avril 2026", "Évolution"],
   ["Domaines référents", "112", "168", "+56 (objectif O3 : ≥ 150)"],
   ["Backlinks", "1 480", "2 110", "+630"],
   ["Authority Score", "22", "28", "+6"]],
  [6.5, 3, 3, 4.7])
T([["Partenaire", "Lien en ligne le", "Sessions de référence (GA4, jusqu'au 27/04)", "Taux d'engagement", "Demandes de devis", "Commandes"],
   ["CCI Aisne", "04/03/2026", "96", "71 %", "2", "1"],
   ["Le Journal du E-marchand", "11/03/2026", "612", "58 %", "9", "6"],
   ["Boutique en Ligne Facile", "18/03/2026", "388", "62 %", "4", "5"],
   ["Shopware Communauté FR", "25/03/2026", "274", "74 %", "6", "3"],
   ["Logistique Hebdo Pro", "08/04/2026", "451", "66 %", "11", "2"],
   ["Total", "", "1 821", "63 %", "32", "17"]],
  [4.2, 2.3, 3.4, 2.3, 2.4, 2.6], bold_last=True)
P("Le Journal du E-marchand apporte le plus de visites et de commandes directes ; Logistique Hebdo Pro, mis en ligne plus tard, apporte déjà "
  "le plus de demandes de devis (lecteurs 3PL, gros volumes). La CCI Aisne pèse peu en trafic mais compte pour la notoriété locale.")
H2("A3.4 – Consolidation des actions SEO (synthèse de A3.1 à A3.3)")
P("Les trois mesures convergent : visibilité sur la matrice ×2,2, clics hors marque +71 %, mots-clés en top 10 de 84 à 203, domaines référents "
  "de 112 à 168. Sur la même période, le trafic organique hors marque passe de 31 % à 39 % des sessions du site.")
H2("A3.5 – Les 15 fiches réécrites : 8 semaines avant / 8 semaines après mise en ligne (GA4, HubSpot)")
PG = [
 ["Fiche", "Durée d'engagement av. / ap.", "Ajout panier av. / ap.", "Devis av. / ap.", "Commandes av. / ap."],
 ["Carton DC 40x30x20", "0:41 / 1:36", "6,1 % / 9,8 %", "3 / 5", "212 / 298"],
 ["Carton SC 30x20x15", "0:37 / 1:12", "7,4 % / 10,2 %", "1 / 2", "264 / 331"],
 ["Carton DC 60x40x40", "0:44 / 1:29", "5,2 % / 8,1 %", "2 / 4", "98 / 141"],
 ["Carton DC 40x30x30", "0:39 / 1:18", "5,8 % / 7,9 %", "1 / 3", "87 / 112"],
 ["Carton format A4", "0:33 / 1:04", "6,9 % / 8,8 %", "0 / 1", "143 / 171"],
 ["Mailer box 31x22x10", "0:46 / 1:41", "8,3 % / 12,6 %", "6 / 11", "188 / 259"],
 ["Mailer box 25x18x8", "0:42 / 1:22", "7,7 % / 10,4 %", "4 / 7", "121 / 158"],
 ["Mailer box A4", "0:40 / 1:15", "6,6 % / 9,1 %", "3 / 6", "96 / 124"],
 ["Enveloppe carton C4", "0:29 / 0:58", "5,1 % / 6,3 %", "0 / 0", "77 / 85"],
 ["Frisure kraft 10 kg", "0:35 / 1:08", "4,9 % / 7,2 %", "0 / 1", "64 / 89"],
 ["Papier kraft calage 50 m", "0:31 / 1:02", "5,5 % / 7,0 %", "0 / 0", "91 / 108"],
 ["Adhésif kraft imprimé 50 mm", "0:38 / 1:27", "4,2 % / 6,9 %", "5 / 12", "52 / 79"],
 ["Adhésif kraft 48 mm", "0:27 / 0:49", "6,0 % / 6,8 %", "0 / 0", "133 / 141"],
 ["Carton bouteille x3", "0:36 / 1:10", "4,4 % / 6,1 %", "1 / 1", "38 / 52"],
 ["Dévidoir adhésif pro", "0:24 / 0:45", "3,9 % / 4,6 %", "0 / 0", "29 / 33"],
 ["Moyenne / total", "0:37 / 1:14", "5,9 % / 8,3 %", "26 / 53", "1 693 / 2 181"],
]
T(PG, [4.4, 3.6, 3.2, 2.6, 3.4], bold_last=True)
P("Les huit fiches dotées d'une vidéo de pliage (lignes 1 à 8 et 12) progressent en moyenne de +49 % en commandes contre +19 % pour les autres. "
  "Prix inchangés sur les deux périodes.")
story.append(PageBreak())

# ------------------------------------------------------------------ A4
H("Annexe A4 – Suivi hebdomadaire des campagnes et calcul du ROI")
H2("A4.1 – Google Ads (Search + Shopping), semaines 6 à 17 de 2026")
GA = [  # semaine, impressions, clics, coût, conversions, devis, CA attribué
 ("S6", 61200, 1480, 1392, 24, 6, 6100),
 ("S7", 63900, 1590, 1405, 27, 7, 6900),
 ("S8", 66100, 1660, 1398, 29, 8, 7300),
 ("S9", 64800, 1710, 1401, 31, 9, 7600),
 ("S10", 68300, 1820, 1396, 34, 11, 8200),
 ("S11", 70900, 1890, 1410, 36, 13, 8700),
 ("S12", 72400, 1950, 1402, 38, 14, 8900),
 ("S13", 71100, 1930, 1399, 39, 15, 9400),
 ("S14", 69800, 1880, 1404, 37, 14, 8800),
 ("S15", 73600, 2010, 1395, 41, 16, 9600),
 ("S16", 75200, 2070, 1408, 43, 15, 9900),
 ("S17", 74900, 2050, 1401, 44, 14, 9800),
]
rows = [["Sem.", "Impressions", "Clics", "CTR", "CPC moy.", "Coût (€)", "Conv. (cmd + devis)", "Tx conv.", "dont devis", "CA attribué (€)", "ROAS"]]
ti = tc = tco = tv = td = tca = 0
for s, imp, clk, cost, conv, dev, ca in GA:
    rows.append([s, fr(imp), fr(clk), fr(100 * clk / imp, 2) + " %", fr(cost / clk, 2) + " €", fr(cost), str(conv),
                 fr(100 * conv / clk, 2) + " %", str(dev), fr(ca), fr(ca / cost, 1)])
    ti += imp; tc += clk; tco += cost; tv += conv; td += dev; tca += ca
rows.append(["Total", fr(ti), fr(tc), fr(100 * tc / ti, 2) + " %", fr(tco / tc, 2) + " €", fr(tco), str(tv),
             fr(100 * tv / tc, 2) + " %", str(td), fr(tca), fr(tca / tco, 1)])
T(rows, [0.9, 1.8, 1.2, 1.3, 1.4, 1.4, 1.9, 1.4, 1.3, 1.9, 1.0], bold_last=True)
SIGNED = 41
P("Analyse : le CTR passe de %s %% à %s %% après la restructuration par dimension et l'ajout des négatifs ; le CPC baisse de %s € à %s €. "
  "Le taux de conversion progresse surtout à partir de S11 (transfert de budget vers l'impression personnalisée, formulaire de devis raccourci le 9 mars). "
  "Sur %d demandes de devis issues d'Ads, %d ont été signées au 27 avril : quote-to-order de %s %%. Le ROAS de la période est de %s, au-dessus de "
  "l'objectif O4 (≥ 4). Split : Search 70 %% du coût et 74 %% du CA attribué ; Shopping 30 %% du coût et 26 %% du CA."
  % (fr(100 * GA[0][2] / GA[0][1], 2), fr(100 * GA[-1][2] / GA[-1][1], 2), fr(GA[0][3] / GA[0][2], 2), fr(GA[-1][3] / GA[-1][2], 2),
     td, SIGNED, fr(100 * SIGNED / td, 1), fr(tca / tco, 1)))

H2("A4.2 – LinkedIn Ads (Campaign Manager + HubSpot), semaines 10 à 17")
LI = [  # semaine, impressions, clics, coût, leads, MQL
 ("S10", 21400, 118, 612, 11, 5),
 ("S11", 22900, 131, 598, 13, 6),
 ("S12", 20100, 109, 605, 10, 6),
 ("S13", 23800, 142, 601, 14, 8),
 ("S14", 18600, 121, 596, 12, 8),
 ("S15", 17900, 127, 603, 13, 9),
 ("S16", 18300, 134, 599, 12, 8),
 ("S17", 18800, 139, 604, 13, 9),
]
rows = [["Sem.", "Impressions", "Clics", "CTR", "CPC moy.", "Coût (€)", "Leads", "MQL", "Coût / MQL"]]
li_i = li_c = li_co = li_l = li_m = 0
for s, imp, clk, cost, ld, mql in LI:
    rows.append([s, fr(imp), str(clk), fr(100 * clk / imp, 2) + " %", fr(cost / clk, 2) + " €", fr(cost), str(ld), str(mql), fr(cost / mql, 1) + " €"])
    li_i += imp; li_c += clk; li_co += cost; li_l += ld; li_m += mql
rows.append(["Total", fr(li_i), fr(li_c), fr(100 * li_c / li_i, 2) + " %", fr(li_co / li_c, 2) + " €", fr(li_co), str(li_l), str(li_m), fr(li_co / li_m, 1) + " €"])
T(rows, [1.0, 2.0, 1.4, 1.5, 1.8, 1.8, 1.5, 1.5, 2.0], bold_last=True)
LI_SIGNED, LI_CA = 7, 28400
P("Analyse : le coût par MQL baisse nettement après l'arrêt de l'audience A en S14 (%s € sur S10–S13 contre %s € sur S14–S17), mais la moyenne "
  "de la période reste au-dessus de la cible de 60 € : objectif O5 non atteint. %d MQL ont abouti à une commande signée au 27 avril (CA %s €)."
  % (fr(sum(x[3] for x in LI[:4]) / sum(x[5] for x in LI[:4]), 1), fr(sum(x[3] for x in LI[4:]) / sum(x[5] for x in LI[4:]), 1), LI_SIGNED, fr(LI_CA)))

H2("A4.3 – Calcul du ROI (marge brute moyenne 31 %)")
MG = 0.31
g_m = tca * MG
l_m = LI_CA * MG
T([["Levier", "Coût (€ HT)", "CA attribué (€ HT)", "Marge brute 31 % (€)", "ROI = (marge – coût) / coût"],
   ["Google Ads S6–S17", fr(tco), fr(tca), fr(g_m), fr(100 * (g_m - tco) / tco, 0) + " %"],
   ["LinkedIn Ads S10–S17", fr(li_co), fr(LI_CA), fr(l_m), fr(100 * (l_m - li_co) / li_co, 0) + " %"],
   ["Total payant", fr(tco + li_co), fr(tca + LI_CA), fr(g_m + l_m), fr(100 * (g_m + l_m - tco - li_co) / (tco + li_co), 0) + " %"]],
  [3.8, 2.3, 3, 3.2, 4.9], bold_last=True)
H2("A4.4 – ROI des publications LinkedIn organiques (janvier–avril 2026)")
POSTS, HOURS, RATE = 32, 41, 36
ORG_LEADS, ORG_ORD, ORG_CA = 23, 8, 17600
org_cost = HOURS * RATE
org_m = ORG_CA * MG
T([["Posts publiés", "Temps passé", "Coût du temps (36 €/h chargé)", "Leads (UTM organic)", "Commandes", "CA (€ HT)", "Marge 31 % (€)", "ROI"],
   [str(POSTS), "%d h" % HOURS, fr(org_cost) + " €", str(ORG_LEADS), str(ORG_ORD), fr(ORG_CA), fr(org_m), fr(100 * (org_m - org_cost) / org_cost, 0) + " %"]],
  [1.7, 1.6, 2.6, 2.2, 1.9, 1.8, 2.1, 1.4])
P("ROI des articles de blog : non isolé sur la période (effet confondu avec les autres actions SEO).")
story.append(PageBreak())

# ------------------------------------------------------------------ A5, A6
H("Annexe A5 – Liens vers les outils de mesure et tableaux de synthèse")
P("Accès en lecture partagés avec le tuteur et le jury (compte invité jury-rncp@krafteo.fr). Chaque lien a été ouvert depuis une session "
  "de navigation privée.")
T([["#", "Outil / tableau", "Lien", "Contrôle"],
   ["1", "Looker Studio – Tableau de bord SEO Kraftéo (GSC + Semrush)", "https://lookerstudio.google.com/reporting/7c1f4e2a-9b3d-4f6e-a1c8-2d5e9f0b6a13/page/p_seo01", "testé le 12/05/2026"],
   ["2", "GA4 – Exploration d'entonnoir « Tunnel B2B »", "https://analytics.google.com/analytics/web/#/analysis/p318452907/edit/Wq4tR7sPQy2mZ1vK", "testé le 12/05/2026"],
   ["3", "Google Search Console – Performances, domaine krafteo.fr", "https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Akrafteo.fr", "testé le 12/05/2026"],
   ["4", "Semrush – Projet Position Tracking « Kraftéo matrice A1 »", "https://www.semrush.com/tracking/overview/?projectId=11482907", "testé le 12/05/2026"],
   ["5", "Google Ads – Rapport hebdomadaire Search + Shopping", "https://ads.google.com/aw/reporting/reporteditor/view?ocid=784512096&amp;reportId=902114563", "testé le 12/05/2026"],
   ["6", "HubSpot – Tableau de bord « Devis & MQL »", "https://app-eu1.hubspot.com/reports-dashboard/25874103/view/14870362", "testé le 12/05/2026"],
   ["7", "Looker Studio – Suivi Ads & LinkedIn (rapport hebdomadaire)", "https://lookerstudio.google.com/reporting/b84d0c6e-3e12-47a9-9f55-6c0a1d7e2f48/page/p_ads01", "lien expiré — rapport Looker régénéré le 14/05"]],
  [0.5, 4.6, 9.2, 2.9])
story.append(PageBreak())
H("Annexe A6 – Check-list d'installation et de publication du blog Shopware")
CL = [
 ["Étape", "Point de contrôle", "Fait le", "Par"],
 ["Installation", "Plugin « Blog & Ratgeber » testé en recette, compatibilité Shopware 6.5 vérifiée, sauvegarde avant installation", "17/02/2026", "S. Amrani"],
 ["Installation", "Plugin activé en production, droits éditeur créés pour les deux rédacteurs freelances", "19/02/2026", "S. Amrani"],
 ["Structure", "Quatre catégories créées : Guides d'emballage, Expédition et transporteurs, Marque et packaging, Vie de l'entreprise", "19/02/2026", "M. Royer"],
 ["Structure", "Fiches auteurs (photo, biographie, lien LinkedIn) pour M. Royer, C. Dumont, H. Perrin", "20/02/2026", "M. Royer"],
 ["URL", "Schéma /blog/{slug} pour les articles, /guide/{slug} pour les piliers, sans date ni identifiant", "20/02/2026", "S. Amrani"],
 ["SEO technique", "Canonical auto-référente sur chaque article ; pages de catégories paginées en noindex à partir de la page 2", "23/02/2026", "M. Royer"],
 ["SEO technique", "Sitemap du blog ajouté à l'index des sitemaps et soumis dans la Search Console", "23/02/2026", "M. Royer"],
 ["SEO technique", "Données structurées Article et FAQPage validées (test des résultats enrichis)", "24/02/2026", "M. Royer"],
 ["Diffusion", "Flux RSS /blog/rss publié et testé dans un lecteur de flux", "24/02/2026", "M. Royer"],
 ["Mesure", "Événements GA4 « lecture 75 % » et clic « produit associé » créés via Google Tag Manager", "25/02/2026", "M. Royer"],
 ["Avant chaque article", "Expression principale dans title, H1, URL, meta, 100 premiers mots ; liens conformes à la carte A2 ; images WebP avec alt ; relecture technique", "à chaque publication", "Rédacteur + M. Royer"],
]
T(CL, [2.6, 10.1, 2.2, 2.3])
story.append(PageBreak())

# ------------------------------------------------------------------ A7
H("Annexe A7 – Captures d'écran")
P("Captures réalisées entre le 9 mars et le 27 avril 2026 ; elles sont reproduites ici sous forme d'emplacements légendés, les fichiers "
  "originaux (PNG) étant fournis sur la clé remise au jury.")
FIGS = [
 "Figure 1 : détourage à la plume et calque de cotes intérieures dans Photoshop, carton 40x30x20.",
 "Figure 2 : timeline Premiere Pro du short « pliage en 20 secondes », mailer box 31x22x10, recadrage 9:16 et piste de sous-titres.",
 "Figure 3 : fiche carton double cannelure 40x30x20 avant / après réécriture (prix par palier, fiche technique, vidéo).",
 "Figure 4 : exploration de l'entonnoir GA4 « Tunnel B2B » (liste, fiche, panier/devis, compte, paiement), 1er–27 avril 2026.",
 "Figure 5 : carte de chaleur Hotjar du formulaire de devis, version à 14 champs (clics sur la zone vide sous le formulaire, abandon au champ « fichier de marquage »).",
 "Figure 6 : tableau de bord Looker Studio SEO (clics hors marque, visibilité Semrush, domaines référents), semaine 17.",
]
class Box(Table):
    pass
cells = []
for f in FIGS:
    inner = Table([[Paragraph("[capture]", ParagraphStyle("g", fontName="DejaVu-Oblique", fontSize=8, textColor=colors.HexColor("#777777"), alignment=1))]],
                  colWidths=[8 * cm], rowHeights=[5.2 * cm])
    inner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#CFCFCF")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888"))]))
    cells.append([inner, Paragraph(f, S_CAP)])
grid = []
for k in range(0, 6, 2):
    grid.append([cells[k][0], cells[k + 1][0]])
    grid.append([cells[k][1], cells[k + 1][1]])
gt = Table(grid, colWidths=[8.6 * cm, 8.6 * cm])
gt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
story.append(gt)


def deco(c, d):
    c.saveState()
    c.setFont("DejaVu", 7.5)
    c.drawString(2 * cm, A4[1] - 1.1 * cm, "Kraftéo — Annexes du dossier Blocs 3 & 4 — Mathilde Royer")
    c.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Annexes – page %d" % d.page)
    c.restoreState()


def build_pdf():
    doc = SimpleDocTemplate(PDF, pagesize=A4, leftMargin=1.9 * cm, rightMargin=1.9 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.6 * cm,
                            title="Kraftéo – Annexes A1 à A7", author=AUTHOR, creator=AUTHOR,
                            subject="Dossier blocs 3 et 4 – annexes", invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    build_docx()
    build_pdf()
    print("ok")
