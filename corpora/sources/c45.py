import datetime, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from docx.enum.section import WD_ORIENT

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c45-grain-pro")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Nicolas Ferrand"
FIXED = datetime.datetime(2026, 4, 27, 17, 45, 0)

C = [
    ("cover", ["GRAIN PRO", "Dossier de certification – Chef de projet e-commerce", "Blocs 2, 3 et 4",
               "Nicolas Ferrand – E-commerce & growth manager", "Grain Pro SAS – Villeurbanne – Avril 2026"]),
    ("toc", ["Partie 1 – Contexte", "Partie 2 – Promotion et relation client (bloc 2)", "Partie 3 – Visibilité, SEO/SEA et performance (bloc 3)",
             "Partie 4 – Contenus et conversion (bloc 4)", "Conclusion", "Annexes"]),
    ("H", "Partie 1 – Contexte"),
    ("b", "1.1 Grain Pro en bref"),
    ("p", "Grain Pro est un torréfacteur de cafés de spécialité qui ne vend qu'aux entreprises. Fondée en 2019 par Romain Tessier (ex-barista, champion de France latte art 2016) et Élodie Marchal (ex-acheteuse chez un grand distributeur de fournitures de bureau), la société torréfie à Villeurbanne environ 38 tonnes de café vert par an, sourcé en direct au Pérou, en Éthiopie et au Honduras."),
    ("p", "Le business model repose sur trois offres : (1) l'abonnement « Office » – café en grains livré tous les 15 jours, à partir de 89 € HT/mois pour 5 kg ; (2) l'offre « Office + Machine » – abonnement café + location d'une machine automatique Jura ou La Marzocco Linea Mini, de 149 € à 420 € HT/mois ; (3) la vente à l'unité sur le webshop pro (sacs de 1 kg de 24 € à 41 € HT, accessoires, thés). Les clients : PME de 20 à 250 salariés, coworkings, cabinets d'avocats et d'architectes, hôtels-boutiques et quelques restaurants."),
    ("p", "CA 2025 : 1,21 M€ HT (+19 % vs 2024), dont 72 % en abonnements récurrents (MRR fin 2025 : 73 400 €). 318 comptes actifs, churn mensuel 1,9 %. Panier moyen webshop : 186 € HT. L'équipe : 14 personnes, dont 3 commerciaux terrain (Lyon, Grenoble, Annecy), 2 techniciens machines, 4 personnes en torréfaction/expédition, un pôle marketing de deux personnes (moi et Jade, alternante content)."),
    ("b", "1.2 Stack technique"),
    ("tbl", [["Besoin", "Outil", "Remarque"],
             ["Webshop B2B", "PrestaShop 8.1 + module B2B « Pro Accounts »", "Prix HT, tarifs par groupe client, paiement différé"],
             ["CRM", "HubSpot Sales Starter", "Pipeline devis « Office + Machine »"],
             ["Emailing / automation", "Brevo", "Newsletter mensuelle + séquences d'onboarding"],
             ["Chat / support", "Zendesk Suite Team (chat + tickets)", "Installé en septembre 2025"],
             ["Analytics", "Google Analytics 4, Search Console", "—"],
             ["SEO", "Semrush Guru (partagé avec une agence)", "—"],
             ["Paiement", "Stripe, GoCardless (prélèvement SEPA)", "—"]]),
    ("b", "1.3 Mon rôle"),
    ("p", "J'ai rejoint Grain Pro en février 2025 comme e-commerce & growth manager. Ma mission : générer des leads qualifiés pour les commerciaux (offre Machine) et faire croître le webshop en self-service pour les petits comptes (moins de 20 salariés) que les commerciaux ne visitent plus."),
    ("pb", None),
    ("H", "Partie 2 – Promotion et relation client"),
    ("b", "2.1 La campagne « Le café, c'est RH »"),
    ("p", "Contexte : la direction veut que l'offre Office + Machine représente 50 % du MRR fin 2026 (38 % fin 2025). Le projet d'entreprise 2026 s'appelle « Grain Pro partout au bureau ». Notre insight : pour les DRH et office managers, le café est un argument de marque employeur et de retour au bureau, pas une ligne de frais généraux. D'où la campagne « Le café, c'est RH », lancée le 12 janvier 2026 pour 10 semaines."),
    ("p", "Objectifs de la campagne :"),
    ("bl", ["générer 120 leads qualifiés (MQL) sur l'offre Office + Machine ;",
            "signer 25 nouveaux contrats Machine d'ici fin mars ;",
            "faire connaître Grain Pro auprès des office managers de la région lyonnaise."]),
    ("p", "Cibles : DRH et office managers d'entreprises de 30 à 250 salariés en Auvergne-Rhône-Alpes, secteurs tertiaires (conseil, tech, cabinets)."),
    ("p", "Vecteurs / canaux :"),
    ("tbl", [["Canal", "Rôle dans la campagne", "Format"],
             ["LinkedIn Ads", "Acquisition de leads", "Sponsored content + formulaire Lead Gen"],
             ["LinkedIn organique (page + profil de Romain)", "Notoriété, crédibilité", "3 posts/semaine, vidéos torréfaction"],
             ["Emailing Brevo", "Nurturing des leads", "Séquence de 4 emails"],
             ["Salon « Office Day » Lyon (5 février)", "Rencontres physiques, dégustation", "Stand 9 m²"],
             ["Landing page", "Conversion", "/cafe-entreprise-marque-employeur"],
             ["Livre blanc", "Aimant à leads", "« 7 raisons de soigner le café au bureau » (PDF 12 p.)"]]),
    ("p", "Le tout forme le plan de communication du premier trimestre : chaque canal pousse vers la landing page et le livre blanc, les leads remontent dans HubSpot et sont rappelés par un commercial sous 48 h."),
    ("p", "Séquence de nurturing Brevo envoyée aux leads qui ont téléchargé le livre blanc :"),
    ("tbl", [["Envoi", "Objet", "Contenu", "Taux d'ouverture", "Taux de clic"],
             ["J0", "Votre guide « 7 raisons de soigner le café au bureau »", "Lien de téléchargement + présentation courte de Grain Pro", "71 %", "38 %"],
             ["J+3", "Ce que vos salariés pensent vraiment du café au bureau", "Résultats du sondage LinkedIn, 3 chiffres clés", "49 %", "9 %"],
             ["J+7", "Comment Kolibri Conseil a fait revenir ses équipes au bureau", "Cas client (80 salariés, Lyon 2e) + photo de la machine installée", "44 %", "12 %"],
             ["J+12", "Une dégustation chez vous, sans engagement ?", "CTA prise de rendez-vous (Calendly du commercial du secteur)", "41 %", "14 %"]]),
    ("p", "Les leads qui cliquent sur le dernier email sont marqués « chauds » dans HubSpot et remontent en haut de la liste d'appels des commerciaux."),
    ("b", "Le salon Office Day"),
    ("p", "Stand de 9 m² avec une Linea Mini en fonctionnement et Romain au comptoir : 340 cafés servis dans la journée, 62 contacts scannés avec l'appli du salon, 14 rendez-vous de dégustation pris sur place. Coût total (stand, transport de la machine, goodies, 2 jours de deux personnes) : 3 150 € HT. Le salon a aussi fourni la matière de 6 posts LinkedIn."),
    ("b", "2.2 Partenaires"),
    ("p", "Les partenaires identifiés pour relayer l'offre :"),
    ("bl", ["le réseau de coworkings « Les Ruches Lyonnaises » (9 espaces) – installation de machines Grain Pro dans les espaces, visibles par les 1 400 membres ;",
            "l'association des office managers « OM Club Lyon » – newsletter de 2 300 abonnés ;",
            "le comparateur B2B Appvizer / catégorie services aux entreprises (en test) ;",
            "le blog « Bureau Heureux » (QVT, bien-être au travail) ;",
            "des fournisseurs de mobilier de bureau (ex. Bureau Design Lyon) pour des offres couplées."]),
    ("p", "Pourquoi eux : les coworkings et l'OM Club touchent exactement notre cible (office managers de PME tertiaires) au moment où elles équipent leurs espaces. Bureau Heureux partage notre angle QVT. Le comparateur est moins cohérent (beaucoup de SaaS, peu de services physiques) : on le garde en test jusqu'en juin."),
    ("p", "Les retombées de ces partenariats seront mesurées avec des UTM dédiés dès le prochain trimestre."),
    ("b", "2.3 Chat et conversation en ligne"),
    ("p", "Le chat Zendesk est affiché sur le webshop et la landing page de la campagne, du lundi au vendredi de 8 h 30 à 18 h. Il est tenu par Maëlle (ADV) et moi. Hors horaires, un formulaire prend le relais et crée un ticket. Nous avons créé 14 macros (réponses enregistrées) : délais de livraison, choix d'une machine, tarifs volume, engagement de durée, etc. Les conversations sont taguées (« lead-machine », « sav », « commande ») pour pouvoir les filtrer."),
    ("p", "Session 1 – transformée (export Zendesk, 21/01/2026, 10 h 42) :"),
    ("q", ["Visiteur (Camille, office manager, agence web 45 personnes) : Bonjour, on a une Nespresso pro et tout le monde râle. Vous faites quoi pour 45 personnes ?",
           "Nicolas : Bonjour Camille ! Pour 45 personnes on part en général sur une Jura GIGA X3 en location + 8 kg de grains par mois. Vous êtes plutôt espresso ou café filtre chez vous ?",
           "Visiteur : Un peu des deux, et beaucoup de cappuccinos.",
           "Nicolas : La GIGA X3 fait les deux boissons lactées en un bouton. Formule Office + Machine à 289 € HT/mois, café compris, entretien inclus. Je peux vous proposer une dégustation sur place la semaine prochaine ?",
           "Visiteur : Oui, jeudi ?",
           "Nicolas : Jeudi 29 à 10 h, c'est noté, Thibault (commercial Lyon) vous confirme par mail."]),
    ("p", "Résultat : contrat signé le 3 février (289 € HT/mois, engagement 24 mois)."),
    ("p", "Session 2 – non transformée (09/02/2026, 16 h 15) :"),
    ("q", ["Visiteur : Bonjour, le prix de la machine Linea Mini à l'achat ?",
           "Maëlle : Bonjour ! Nous ne vendons pas la Linea Mini, elle est proposée en location avec l'abonnement café, à partir de 420 € HT/mois. Combien de personnes êtes-vous ?",
           "Visiteur : On est 6, c'est trop cher pour nous. Merci.",
           "Maëlle : Je comprends. Pour 6 personnes l'abonnement Office seul (89 € HT/mois) avec un moulin en prêt peut convenir, je vous envoie la fiche ?",
           "Visiteur : Non merci, bonne journée."]),
    ("p", "Analyse : le visiteur cherchait un achat de machine, que nous ne proposons pas ; la conversation aurait pu être mieux qualifiée dès le départ (taille de l'équipe)."),
    ("p", "Stats Zendesk (septembre 2025 – mars 2026) :"),
    ("tbl", [["Indicateur", "Valeur"],
             ["Conversations", "642"],
             ["Temps de première réponse moyen", "48 s"],
             ["Durée moyenne", "6 min 30"],
             ["CSAT", "94 %"],
             ["Conversations taguées lead-machine", "118"],
             ["Dont transformées en devis", "41"]]),
    ("b", "2.4 Réseaux sociaux et communauté"),
    ("p", "Notre réseau principal est LinkedIn, logique en B2B. Les techniques utilisées : posts « employee advocacy » sur le profil de Romain (qui a 4 800 abonnés, beaucoup plus que la page entreprise), carrousels PDF pédagogiques (« Arabica vs robusta en 6 slides »), vidéos courtes de la torréfaction, sondages (« Combien de cafés buvez-vous par jour au bureau ? » : 1 120 votes). Instagram est utilisé secondairement pour les coulisses. Planification avec Metricool."),
    ("tbl", [["KPI notoriété LinkedIn", "Déc. 2025", "Mars 2026"],
             ["Abonnés page Grain Pro", "1 310", "2 040"],
             ["Impressions mensuelles (page)", "18 500", "61 200"],
             ["Taux d'engagement moyen", "2,4 %", "4,1 %"],
             ["Mentions de la marque", "9", "34"]]),
    ("p", "La forte hausse vient surtout des posts de Romain repartagés par la page : les posts « incarnés » font 3 fois plus d'engagement que les posts corporate. Le sondage et les carrousels ont créé des échanges en commentaires avec des office managers, dont plusieurs sont devenus des leads. On a aussi remarqué que les vidéos de plus de 45 s sont peu regardées jusqu'au bout."),
    ("b", "2.5 Mise en avant des produits sur le webshop"),
    ("p", "Dans PrestaShop, j'utilise : le module « Produits phares » (ps_featuredproducts) pour afficher les 8 cafés de saison sur la home ; les « Accessoires » dans la fiche produit (ex. le filtre Brita et le détartrant sont proposés sur chaque fiche machine) ; les « Règles de prix panier » pour l'offre « 3 kg achetés = 1 kg de découverte offert » ; les étiquettes « Nouveau » et « Promo » générées automatiquement ; et le module « Produits de la même catégorie » sur les fiches café."),
    ("p", "Emplacements les plus pertinents pour nous : (1) le bandeau de la home (l'offre Machine du moment) ; (2) la page catégorie « Cafés en grains » (tri par défaut sur « meilleures ventes ») ; (3) la fiche produit (accessoires) ; (4) le panier (rappel de la règle 3+1) ; (5) l'espace client « Recommander » pour les comptes récurrents ; (6) l'email de confirmation de commande."),
    ("b", "2.6 Paiement"),
    ("p", "Moyens installés : carte bancaire via Stripe (module officiel, 3D Secure 2), prélèvement SEPA pour les abonnements via GoCardless, virement à 30 jours pour les comptes validés (option du module B2B). Tests réalisés en mars 2026 sur ordinateur (Windows/Chrome, Mac/Safari), tablette (iPad) et smartphone (Android/Chrome, iPhone/Safari) : tunnel OK sur les 5 configurations, sauf un bug d'affichage du mandat SEPA sur petit écran Android, corrigé par l'agence le 14 mars. Éléments de réassurance : logos et mention « paiement sécurisé », affichage du SIRET et de l'adresse de la torréfacterie dans le footer, avis Google (4,9/5, 126 avis) intégrés sur les fiches."),
    ("b", "2.7 Offres des partenaires financiers"),
    ("p", "Pistes identifiées pour faciliter les achats des pros : location financière de machines (Grenke, Locam), paiement à 30/60 jours garanti (Hokodo, Defacto), paiement fractionné B2B (Alma Pro). Nous n'avons pas encore comparé les conditions de ces offres."),
    ("b", "2.8 Fidélisation"),
    ("p", "Leviers possibles en B2B : remises sur volume, programme de points, abonnement avec engagement, parrainage entre entreprises, service premium (formation barista), contenus exclusifs. Notre choix : l'abonnement est déjà notre outil de fidélisation principal ; on y a ajouté un parrainage B2B (1 mois de café offert au parrain et au filleul) parce que les office managers se connaissent et échangent beaucoup entre elles (OM Club), et une formation barista offerte à la signature d'un contrat Machine de 24 mois, qui crée un lien avec l'équipe du client."),
    ("pb", None),
    ("H", "Partie 3 – Visibilité, SEO/SEA et performance"),
    ("b", "3.1 Actions SEO identifiées"),
    ("p", "Suite à un audit Semrush en octobre 2025 (health score 68 %), voici les actions à mener :"),
    ("bl", ["corriger les 57 balises title dupliquées (variantes de poids) ;",
            "ajouter des meta descriptions aux 40 fiches produit qui n'en ont pas ;",
            "créer des pages « café pour entreprise + ville » (Lyon, Grenoble, Annecy, Saint-Étienne) ;",
            "réduire le poids des images des fiches machines ;",
            "écrire 2 articles de blog par mois ;",
            "travailler le maillage interne ;",
            "obtenir des backlinks de sites RH/QVT ;",
            "passer le site en HTTPS partout (quelques ressources mixtes) ;",
            "créer un fichier sitemap propre ;",
            "optimiser la fiche Google Business Profile."]),
    ("p", "Outils de suivi du trafic : GA4 et Google Search Console, plus Semrush pour les positions."),
    ("b", "3.2 Mots-clés"),
    ("p", "Liste des mots-clés que nous visons (volumes Semrush France) :"),
    ("tbl", [["Mot-clé", "Volume", "Position actuelle"],
             ["café entreprise", "1 600", "18"],
             ["machine à café entreprise location", "1 300", "27"],
             ["café en grains professionnel", "720", "9"],
             ["torréfacteur lyon", "880", "6"],
             ["café de spécialité entreprise", "210", "4"],
             ["location machine à café bureau lyon", "170", "11"],
             ["abonnement café bureau", "390", "15"],
             ["café pour bureau", "480", "22"]]),
    ("p", "Ces mots-clés combinent notre métier (café, torréfacteur), la cible B2B (entreprise, bureau, professionnel) et la zone géographique (Lyon) où nos commerciaux peuvent installer des machines."),
    ("b", "3.3 Maillage et cocon"),
    ("p", "Un cocon sémantique autour de « café en entreprise » est prévu pour le second semestre."),
    ("b", "3.4 Netlinking"),
    ("p", "Partenaires de liens : Bureau Heureux (article invité publié en février avec lien vers la landing page), OM Club Lyon (annuaire des fournisseurs), Les Ruches Lyonnaises (page partenaires), un article dans Lyon Entreprises (« les torréfacteurs qui montent »). Au total 6 nouveaux backlinks depuis janvier. Nous ne suivons pas encore leur impact."),
    ("b", "3.5 Campagne LinkedIn Ads"),
    ("p", "C'est l'action payante principale de la campagne « Le café, c'est RH ». Structure :"),
    ("tbl", [["Campagne", "Ciblage (profils)", "Format", "Landing / conversion", "Budget"],
             ["LI-01 Lead Gen DRH", "Fonctions : RH (senior, manager, directeur) ; taille entreprise 51-200 et 201-500 ; région Auvergne-Rhône-Alpes ; secteurs : services, tech, juridique", "Single image + formulaire Lead Gen", "Formulaire natif → livre blanc", "2 400 €"],
             ["LI-02 Office managers", "Intitulés : office manager, happiness manager, responsable services généraux ; 11-200 salariés ; Lyon + 50 km", "Carrousel 5 cartes", "/cafe-entreprise-marque-employeur", "1 800 €"],
             ["LI-03 Retargeting", "Visiteurs de la landing page (Insight Tag) + ouvertures vidéo > 50 %", "Vidéo 30 s témoignage client", "Demande de dégustation", "800 €"]]),
    ("p", "Annonce LI-02 (texte) : « Vos équipes reviennent au bureau pour… le café ? 67 % des salariés disent qu'un bon café améliore leur journée au bureau (sondage Grain Pro, 1 120 réponses). Grain Pro installe une machine et livre un café de spécialité torréfié à Lyon, entretien compris, dès 149 € HT/mois. » CTA : « Demander une dégustation »."),
    ("p", "Annonce LI-01 (texte) : « Marque employeur : et si le café faisait partie de votre stratégie RH ? Téléchargez notre guide gratuit : 7 raisons de soigner le café au bureau. » CTA : « Télécharger »."),
    ("b", "3.6 Suivi de campagne"),
    ("tbl", [["Campagne", "Impressions", "Clics", "CTR", "CPC", "Leads", "CPL", "Contrats signés"],
             ["LI-01", "48 200", "410", "0,85 %", "5,85 €", "71", "33,8 €", "6"],
             ["LI-02", "31 700", "352", "1,11 %", "5,11 €", "38", "47,4 €", "9"],
             ["LI-03", "9 400", "188", "2,00 %", "4,26 €", "17", "47,1 €", "4"],
             ["Total", "89 300", "950", "1,06 %", "5,26 €", "126", "39,7 €", "19"]]),
    ("p", "ROI de la campagne LinkedIn : 5 000 € dépensés. 19 contrats Machine signés, valeur moyenne 245 € HT/mois sur 24 mois d'engagement, avec une marge brute de 41 % : marge sur la durée d'engagement = 19 × 245 × 24 × 0,41 = 45 800 €. ROI = (45 800 − 5 000) / 5 000 = 8,2, soit 816 %. Même en ne comptant que la première année, le ROI reste positif (ROI de 358 %)."),
    ("p", "On a dépassé l'objectif de leads (126 pour 120) mais pas celui des contrats (19 pour 25), en partie parce que les commerciaux ont mis en moyenne 4 jours à rappeler les leads au lieu de 48 h."),
    ("b", "3.7 Indicateurs de performance"),
    ("p", "Les KPIs que je suis chaque mois dans GA4 :"),
    ("tbl", [["KPI", "Mars 2026", "Commentaire"],
             ["Sessions", "14 800", "+31 % vs décembre, effet campagne"],
             ["Taux de rebond", "46 %", "Correct pour du B2B"],
             ["Chiffre d'affaires webshop", "41 200 € HT", "Stable"],
             ["Demandes de devis Machine", "96", "Dont 41 via le chat"]]),
    ("p", "Choix des outils : GA4 parce qu'il est gratuit et relié à PrestaShop, Semrush parce que l'agence l'utilise déjà."),
    ("b", "3.8 Bilan et actions correctives"),
    ("p", "Le trafic et les leads progressent, le SEO reste le point faible. À faire : accélérer le rappel des leads par les commerciaux, lancer les pages villes, revoir le budget Ads, corriger les balises, tester Google Ads sur « location machine à café entreprise »."),
    ("pb", None),
    ("H", "Partie 4 – Contenus et conversion"),
    ("b", "4.1 Choix des prestataires photo/vidéo"),
    ("p", "Pour renouveler les visuels (les photos produits dataient de 2020 et étaient sur fond gris), j'ai consulté trois prestataires en novembre 2025 :"),
    ("tbl", [["", "Studio Pépite (Lyon)", "Hugo Lemaire (freelance)", "Agence Kadrage"],
             ["Spécialité", "Packshot e-commerce", "Photo culinaire / food", "Vidéo corporate"],
             ["Devis 40 packshots + 1 journée ambiance", "2 900 € HT", "1 850 € HT", "4 200 € HT"],
             ["Vidéo 30 s + 3 formats courts", "Non", "Oui, 1 100 € HT", "Inclus"],
             ["Délai", "3 semaines", "2 semaines", "6 semaines"],
             ["Connaissance du café", "Non", "Oui (a shooté pour 2 coffee shops)", "Non"]]),
    ("p", "Choix : Hugo Lemaire pour les photos et la vidéo (2 950 € HT au total). Il connaît les contraintes du café (fumée, crema qui disparaît en 20 secondes, grains qui brillent trop), il était le moins cher et le plus rapide, et son style « food » colle au positionnement premium. Studio Pépite aurait été bon pour le packshot pur mais ne fait pas de vidéo."),
    ("b", "4.2 Rédiger un article de blog qui se positionne"),
    ("p", "Méthode utilisée par Jade et moi pour chaque article :"),
    ("nl", ["partir d'une question réelle (chat, commerciaux, People Also Ask de Google) ;",
            "choisir UNE expression principale et 3-5 expressions secondaires dans Semrush (volume, difficulté) ;",
            "regarder le top 5 Google pour la structure et la longueur ;",
            "placer l'expression principale dans le title, le H1, l'URL, l'intro (100 premiers mots) et un H2 ; les secondaires dans les H2/H3 ;",
            "ajouter 2 liens internes vers une fiche produit et une page offre ;",
            "écrire la meta description avec un bénéfice + CTA."]),
    ("p", "Exemple : article « Quelle machine à café pour 50 salariés ? » – expression principale « machine à café pour entreprise » ; secondaires « machine à café bureau 50 personnes », « location machine café », « café en grains bureau ». Title : « Machine à café pour entreprise : laquelle choisir pour 50 salariés ? | Grain Pro ». URL : /blog/machine-a-cafe-pour-entreprise-50-salaries. Publié le 3 mars, positionné 14e au 20 avril."),
    ("b", "4.3 Fiche produit"),
    ("p", "Méthode de création d'une fiche café (gabarit PrestaShop revu en janvier) : nom = origine + nom du lot + profil (« Éthiopie Guji – fruité, notes de pêche ») ; mots-clés placés dans le nom, le résumé court et la description longue (« café en grains de spécialité », « café éthiopien pour entreprise ») ; attributs filtrables (intensité 1-5, méthode conseillée, origine) ; bloc « Pour qui ? » (taille d'équipe, type de machine) ; prix HT au kilo et prix dégressif affiché à partir de 5 kg ; délai de livraison ; 4 photos (sac, grains, tasse, ambiance bureau)."),
    ("p", "Éléments qui aident à décider : le prix dégressif, la compatibilité machine et les avis. Les avis produits ne sont pas encore installés sur les fiches."),
    ("b", "4.4 Production des visuels"),
    ("p", "Retouche des photos de Hugo dans Lightroom Classic par Jade : correction de la balance des blancs (lumière de l'atelier trop jaune), suppression des poussières de café au pinceau correcteur, recadrage 1:1 pour les fiches et 4:5 pour Instagram. Montage de la vidéo 30 s dans CapCut avec sous-titres incrustés (80 % des vidéos LinkedIn sont vues sans le son)."),
    ("p", "Figure 4 : photo ambiance « Linea Mini dans un open space » avant / après retouche (balance des blancs et recadrage)."),
    ("p", "Adaptation au web : exports WebP en 1 200 px de large (poids moyen passé de 1,8 Mo à 140 Ko), attribut alt renseigné, vidéo hébergée sur YouTube (non répertoriée) pour ne pas alourdir le serveur, versions 9:16 pour mobile."),
    ("b", "4.5 Effet sur les visiteurs"),
    ("p", "Depuis la mise en ligne des nouveaux visuels, les fiches café semblent mieux fonctionner, les commerciaux ont eu de bons retours des clients."),
    ("b", "4.6 Le blog"),
    ("p", "Le blog tourne sur le module PrestaShop « SmartBlog » installé en juin 2025 par l'agence et paramétré par moi : URL en /blog/, catégories (Guides machines, Origines, QVT au bureau), auteurs (Jade, Romain), balises meta par article, partage LinkedIn automatique, bloc « Derniers articles » sur la home, et affichage des produits liés en bas d'article. Les articles sont intégrés au sitemap via le module Google Sitemap. 19 articles publiés à ce jour."),
    ("b", "4.7 Tunnel de conversion"),
    ("p", "Nous avons deux tunnels : achat direct sur le webshop (panier → connexion/création de compte pro → adresse → livraison → paiement) et demande de devis Machine (landing page → formulaire → appel commercial → dégustation → contrat)."),
    ("p", "Objectifs de transformation : 2 % de taux de conversion webshop (actuellement 1,6 %), 12 % des visiteurs de la landing page qui demandent une dégustation (actuellement 8,9 %). Ces objectifs ont été fixés avec Élodie."),
    ("p", "Le tunnel est suivi dans GA4 avec une exploration « entonnoir » :"),
    ("tbl", [["Étape webshop (mars 2026)", "Utilisateurs", "Passage à l'étape suivante"],
             ["Vue panier", "1 420", "58 %"],
             ["Connexion / création compte pro", "824", "49 %"],
             ["Adresse et livraison", "404", "82 %"],
             ["Paiement", "331", "71 %"],
             ["Achat", "235", "—"]]),
    ("p", "Le point noir est la création de compte pro : le module B2B demande le SIRET et une validation manuelle avant la première commande (délai jusqu'à 24 h). Autres éléments perturbateurs repérés : frais de livraison affichés seulement à l'étape 3, pas de devis téléchargeable pour les acheteurs qui doivent faire valider en interne, formulaire de la landing page trop long (11 champs)."),
    ("pb", None),
    ("H", "Conclusion"),
    ("p", "En un peu plus d'un an, Grain Pro a structuré son acquisition B2B : la campagne « Le café, c'est RH » a dépassé son objectif de leads et s'est révélée très rentable, LinkedIn est devenu un vrai canal de notoriété et le chat est une source de devis à part entière. Restent deux chantiers : le SEO, encore peu travaillé, et la fluidité du tunnel webshop pour les nouveaux comptes. Je souhaite les porter en 2026 avec l'arrivée d'un second alternant."),
    ("H", "Annexes"),
    ("p", "Annexe A – Livre blanc « 7 raisons de soigner le café au bureau » (PDF joint)."),
    ("p", "Annexe B – Exports Zendesk des deux conversations (PDF joint)."),
    ("p", "Annexe C – Rapport LinkedIn Campaign Manager janvier-mars 2026 (PDF joint)."),
    ("p", "Annexe D – Calendrier éditorial du premier semestre 2026 :"),
    ("tbl", [["Semaine", "Blog", "LinkedIn page", "LinkedIn Romain", "Newsletter"],
             ["S2", "—", "Teaser campagne", "Pourquoi le café est un sujet RH", "—"],
             ["S3", "7 raisons de soigner le café au bureau (résumé du livre blanc)", "Carrousel arabica/robusta", "Vidéo torréfaction", "—"],
             ["S5", "—", "Live depuis Office Day", "Retour sur le salon", "Janvier : nouveautés de saison"],
             ["S7", "Café filtre ou espresso au bureau ?", "Sondage consommation", "Témoignage Kolibri Conseil", "—"],
             ["S9", "Quelle machine à café pour 50 salariés ?", "Cas client coworking", "Visite d'une ferme au Honduras (photos)", "Février : Honduras Finca La Ceiba"],
             ["S11", "Entretenir une machine automatique", "Tuto détartrage", "Le métier de technicien machine", "—"],
             ["S13", "Café et télétravail : les chiffres 2026", "Infographie", "Bilan de la campagne", "Mars : Éthiopie Guji"],
             ["S15", "Décaféiné : les méthodes sans solvant", "Carrousel déca", "Pourquoi on refuse les capsules", "—"],
             ["S17", "Le café au bureau et la RSE", "Bilan carbone de Grain Pro", "Nos emballages compostables", "Avril : origines d'été"],
             ["S19", "Cold brew pour l'été au bureau", "Recette cold brew", "Arrivée du nouvel alternant", "—"],
             ["S21", "Guide : préparer un séminaire avec un bar à café", "Offre événementiel", "—", "Mai : offre séminaires"],
             ["S23", "—", "Best-of semestre", "Bilan du semestre", "Juin : pause estivale"]]),
    ("p", "Annexe E – Liste complète des macros Zendesk : délais de livraison ; choix machine selon effectif ; tarifs dégressifs ; engagement de durée ; résiliation ; panne machine ; détartrage ; changement d'adresse ; facture manquante ; mandat SEPA ; ajout d'un utilisateur au compte pro ; échantillons ; café décaféiné ; thés et chocolats."),

]

def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.title = "Grain Pro – dossier"
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.line_spacing = 1.25
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Nicolas Ferrand – Grain Pro – Dossier RNCP"
    sec.footer.paragraphs[0].text = "Document confidentiel – Grain Pro SAS"
    for kind, val in C:
        if kind == "cover":
            for _ in range(6):
                doc.add_paragraph()
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i < 2
                r.font.size = Pt(32 if i == 0 else 16 if i < 3 else 12)
                p.alignment = 1
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            p = doc.add_paragraph()
            p.add_run("Sommaire").bold = True
            for line in val:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "H":
            doc.add_heading(val, 1)
        elif kind == "b":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(12.5)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bl":
            for x in val:
                doc.add_paragraph(x, style="List Bullet")
        elif kind == "nl":
            for x in val:
                doc.add_paragraph(x, style="List Number")
        elif kind == "q":
            for x in val:
                p = doc.add_paragraph(x)
                p.paragraph_format.left_indent = Cm(1.2)
                p.paragraph_format.space_after = Pt(2)
                p.runs[0].font.size = Pt(10)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "tbl":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Light Grid Accent 1"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            doc.add_paragraph()
    doc.save(os.path.join(OUT, "grain-pro-dossier.docx"))

build()
