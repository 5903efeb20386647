import datetime, os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, ListFlowable, ListItem)
from pptx import Presentation
from pptx.util import Inches, Pt as PPt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c44-petits-pas-malins")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Aurélie Bompard"
FIXED = datetime.datetime(2026, 6, 2, 8, 0, 0)

MEMOIRE = [
    ("cover", None),
    ("toc", ["1. Contexte et enjeux", "2. Cahier des charges du projet « Relance 2026 »",
             "3. Pilotage du référencement naturel", "4. Campagnes de liens sponsorisés",
             "5. Mesure de la performance et ROI", "6. Conformité juridique du site",
             "7. Logistique : stock, préparation et transport", "8. Management de l'équipe",
             "Annexes"]),
    ("h1", "1. Contexte et enjeux"),
    ("p", "Petits Pas Malins (SAS, Rezé, Loire-Atlantique) rachète, contrôle, nettoie et revend en ligne du matériel de puériculture de seconde main : poussettes, lits à barreaux, chaises hautes, porte-bébés, transats, baignoires, et des lots de vêtements 0-3 ans. L'entreprise a été fondée en 2022 par Claire Perrot (présidente) et Mehdi Saïdi (directeur des opérations). Le site petitspasmalins.fr tourne sous Shopify (plan Advanced) et représente 92 % du chiffre d'affaires, le reste venant d'un dépôt-vente physique ouvert le samedi à l'entrepôt."),
    ("p", "En 2025 : 618 000 € de CA HT, 9 840 commandes, panier moyen 62,80 € HT, 38 % de clients réachat. L'équipe compte 8 personnes : Claire, Mehdi, Inès et Bastien (atelier de reconditionnement), Hugo (logistique), Sarah (service client), Yanis (photo et fiches produits) et moi-même, cheffe de projet e-commerce depuis mars 2025."),
    ("p", "Deux constats ont lancé le projet : le trafic organique stagnait depuis mi-2024 (autour de 21 000 sessions par mois) alors que les concurrents Bébé Reprise et Vinted progressaient ; et le délai entre la commande et l'expédition atteignait 3,4 jours ouvrés en moyenne, ce qui générait des avis négatifs. La direction m'a confié le projet « Relance 2026 » avec un budget de 38 000 € sur 12 mois."),
    ("h1", "2. Cahier des charges du projet « Relance 2026 »"),
    ("p", "Le cahier des charges complet a été validé par Claire et Mehdi le 14 octobre 2025. Je reprends ici son plan et ses éléments principaux."),
    ("h2", "2.1 Plan du cahier des charges"),
    ("tbl", [["Partie", "Contenu"],
             ["1. Présentation", "Entreprise, chiffres clés, organisation, outils en place (Shopify, GA4, Klaviyo, Gorgias)"],
             ["2. Contexte et problématique", "Stagnation du trafic SEO, délais d'expédition, taux d'abandon panier 74 %"],
             ["3. Objectifs", "Généraux, spécifiques, techniques (voir 2.2)"],
             ["4. Périmètre", "SEO, SEA, mesure, conformité, logistique ; hors périmètre : refonte graphique, appli mobile"],
             ["5. Contraintes", "Budget 38 k€, rester sous Shopify, pas de recrutement avant septembre 2026"],
             ["6. Livrables", "Matrice de mots-clés, cocon, campagnes Ads, tableaux de bord Looker Studio, procédure logistique"],
             ["7. Planning", "Octobre 2025 – septembre 2026, jalons trimestriels"],
             ["8. Prestataires et sélection", "Grille de critères pondérée (voir 2.4)"],
             ["9. Budget", "Ventilation par lot"],
             ["10. Gouvernance", "Comité mensuel avec la direction, point hebdo équipe"]]),
    ("h2", "2.2 Objectifs"),
    ("tbl", [["Niveau", "Objectif", "Indicateur / cible"],
             ["Général", "Faire de Petits Pas Malins la référence de la puériculture reconditionnée dans l'Ouest et en ligne", "CA 2026 : 780 k€ HT (+26 %)"],
             ["Spécifique", "Relancer le trafic organique", "30 000 sessions SEO/mois en juin 2026"],
             ["Spécifique", "Rentabiliser l'acquisition payante", "ROAS Google Ads ≥ 4"],
             ["Spécifique", "Réduire le délai d'expédition", "≤ 1,5 jour ouvré"],
             ["Spécifique", "Réduire l'abandon de panier", "de 74 % à 68 %"],
             ["Technique", "Temps de chargement mobile", "LCP < 2,5 s sur les fiches produits"],
             ["Technique", "Suivi e-commerce fiable", "100 % des achats remontés dans GA4 (écart Shopify/GA4 < 5 %)"],
             ["Technique", "Traçabilité des articles", "1 article = 1 SKU unique avec historique de contrôle"]]),
    ("p", "Consignes de la direction intégrées au cahier des charges : Claire a demandé que le positionnement « sécurité d'abord » reste central (aucun siège auto d'occasion vendu, tout article contrôlé selon une check-list), que le budget ne dépasse pas 38 000 € et que le SEO reste prioritaire sur la publicité payante. Mehdi a exigé qu'aucun changement logistique n'interrompe les expéditions plus d'une journée. Ces quatre points figurent en partie 5 « Contraintes »."),
    ("h2", "2.3 Pourquoi ces objectifs suffisent"),
    ("p", "Chaque objectif spécifique répond à un des constats de départ, et les objectifs techniques sont les conditions pour les atteindre : sans suivi e-commerce fiable, le ROAS ne peut pas être mesuré ; sans SKU unique, on ne peut pas réduire le temps de préparation. Nous avons écarté un objectif « réseaux sociaux » qui ne répondait à aucun des deux problèmes identifiés."),
    ("h2", "2.4 Sélection des prestataires"),
    ("p", "Deux prestations ont été externalisées : l'accompagnement netlinking et le transport. Pour l'agence SEO, trois devis ont été comparés avec une grille pondérée :"),
    ("tbl", [["Critère (poids)", "Pixel Nantais", "RankUp Agency", "Linkéo Conseil"],
             ["Références e-commerce Shopify (25 %)", "4/5", "5/5", "2/5"],
             ["Qualité des sites partenaires proposés – thématique parentalité (25 %)", "5/5", "3/5", "3/5"],
             ["Prix pour 12 mois (20 %)", "4/5 (7 800 €)", "2/5 (12 400 €)", "5/5 (5 900 €)"],
             ["Reporting mensuel (15 %)", "4/5", "5/5", "2/5"],
             ["Proximité / réunions sur site (15 %)", "5/5", "2/5", "3/5"],
             ["Score pondéré", "4,40", "3,45", "3,00"]]),
    ("p", "Pixel Nantais a été retenue : moins chère que RankUp pour une qualité de liens supérieure dans notre thématique. Linkéo était la moins chère mais ne montrait aucune référence e-commerce."),
    ("pb", None),
    ("h1", "3. Pilotage du référencement naturel"),
    ("h2", "3.1 Outils de mesure et pourquoi ceux-là"),
    ("p", "J'ai retenu quatre outils en partant d'une question simple : qu'est-ce que je dois savoir chaque semaine ? Le volume et la qualité du trafic (Google Analytics 4, gratuit, déjà branché à Shopify), les positions et les clics sur Google (Search Console, seule source des requêtes réelles), les positions sur nos 120 mots-clés cibles et ceux des concurrents (Semrush Pro, 140 €/mois, choisi face à Ahrefs pour son suivi de position quotidien inclus) et la vitesse (PageSpeed Insights). Tout est regroupé dans un tableau Looker Studio partagé avec la direction."),
    ("p", "Liens de suivi (accès équipe) :"),
    ("ul", ["Tableau de bord Looker Studio « Relance 2026 » : https://lookerstudio.google.com/reporting/ppm-relance-2026",
            "Search Console, propriété domaine : https://search.google.com/search-console?resource_id=sc-domain:petitspasmalins.fr",
            "Projet Semrush « PPM – suivi positions » : https://www.semrush.com/tracking/ppm-positions",
            "Rapport PageSpeed fiche produit type : https://pagespeed.web.dev/analysis?url=https://petitspasmalins.fr/products/poussette-yoyo-2"]),
    ("p", "J'ai vérifié tous les liens le 28 mai 2026 ; ils s'ouvrent avec un compte de l'équipe."),
    ("h2", "3.2 Priorisation des actions"),
    ("p", "Après l'audit de novembre 2025 (Semrush Site Audit : score santé 71 %), j'ai listé 14 actions et les ai classées selon l'impact estimé et l'effort (jours-homme) :"),
    ("tbl", [["Priorité", "Action", "Impact", "Effort", "Quand"],
             ["1", "Corriger les 312 pages produits vendus en 404 (redirection 301 vers la catégorie)", "Fort", "1 j", "Nov. 2025"],
             ["2", "Réécrire les balises title/meta des 18 catégories", "Fort", "2 j", "Nov. 2025"],
             ["3", "Créer le cocon « poussette d'occasion »", "Fort", "8 j", "Déc.–janv."],
             ["4", "Compresser les images (WebP, app TinyIMG)", "Moyen", "1 j", "Déc. 2025"],
             ["5", "Netlinking avec Pixel Nantais (4 liens/mois)", "Moyen", "Externe", "Janv.–sept."],
             ["6", "Cocon « chambre bébé »", "Moyen", "6 j", "Mars 2026"],
             ["7", "Données structurées Product + Offer (état « Used »)", "Moyen", "1 j", "Févr. 2026"],
             ["8–14", "Maillage blog ancien, FAQ, pages villes, etc.", "Faible", "—", "Second semestre"]]),
    ("h2", "3.3 Matrice de mots-clés"),
    ("p", "Méthode suivie : 1) extraction des requêtes actuelles dans Search Console (16 mois) ; 2) idées complémentaires avec Semrush Keyword Magic Tool à partir de 12 termes racines (poussette, lit bébé, chaise haute…) combinés avec « occasion », « reconditionné », « seconde main » ; 3) analyse des mots-clés des concurrents Bébé Reprise et Aubert Occasion (onglet Gap) ; 4) nettoyage : suppression des requêtes hors sujet (« siège auto occasion », exclu par choix de la direction) ; 5) classement par intention et par page cible, avec volume et difficulté. Extrait de la matrice (412 requêtes au total) :"),
    ("tbl", [["Mot-clé", "Vol./mois", "KD", "Intention", "Page cible", "Pos. nov. 25", "Pos. mai 26"],
             ["poussette occasion", "6 600", "38", "Transac.", "/collections/poussettes", "14", "6"],
             ["poussette yoyo occasion", "1 900", "24", "Transac.", "/collections/poussettes-babyzen", "9", "3"],
             ["lit bébé occasion", "2 400", "31", "Transac.", "/collections/lits", "22", "8"],
             ["chaise haute tripp trapp occasion", "1 300", "19", "Transac.", "/collections/stokke", "11", "2"],
             ["puériculture reconditionnée", "480", "12", "Navig./transac.", "Accueil", "5", "1"],
             ["comment nettoyer une poussette", "880", "9", "Info", "/blogs/conseils/nettoyer-poussette", "—", "4"],
             ["quelle poussette acheter d'occasion", "590", "14", "Info", "/blogs/conseils/choisir-poussette-occasion", "31", "5"],
             ["porte bébé physiologique occasion", "390", "16", "Transac.", "/collections/porte-bebes", "18", "7"],
             ["dépôt vente puériculture nantes", "320", "8", "Local", "/pages/depot-vente-nantes", "7", "2"]]),
    ("p", "Le choix privilégie les requêtes « occasion » longue traîne sur les marques premium (Babyzen, Stokke, Cybex), où notre offre est plus large que celle des concurrents et où Vinted ne se positionne pas avec des pages dédiées. Le local (Nantes, Rezé) sert le dépôt-vente."),
    ("h2", "3.4 Cocon sémantique « poussette d'occasion »"),
    ("p", "Page mère : /collections/poussettes. Pages filles : une par usage (poussette citadine, tout-terrain, double, canne) et une par marque premium. Pages petites-filles : articles de blog qui répondent à une question précise. Règle appliquée : une page ne fait un lien que vers sa mère, ses sœurs directes et ses filles, avec une ancre qui décrit la page de destination. Exemples : l'article « Poussette canne d'occasion : 7 points à vérifier » renvoie vers /collections/poussettes-canne (ancre « nos poussettes cannes contrôlées ») et vers l'article sœur « Poussette canne ou compacte ? », mais jamais vers la catégorie lits. Les liens du blog vers les catégories « chambre » ont été retirés de ce silo (43 liens supprimés)."),
    ("h2", "3.5 Netlinking"),
    ("p", "Pixel Nantais a obtenu 29 liens entre janvier et mai 2026, dont 11 sur des sites qui nous envoient un trafic réel mesuré dans GA4 (source/support referral) :"),
    ("tbl", [["Site partenaire", "Type", "Sessions envoyées (janv.–mai)", "Commandes"],
             ["mamanzen-blog.fr", "Blog parentalité", "1 240", "31"],
             ["lesptitsnantais.fr", "Agenda famille Nantes", "860", "22"],
             ["forum-futuresmamans.fr", "Forum", "610", "9"],
             ["zero-dechet-famille.com", "Blog écologie", "420", "11"],
             ["Autres (7 sites)", "—", "530", "8"]]),
    ("p", "Évolution mesurée dans Semrush (Backlink Analytics) : domaines référents 84 → 131, Authority Score 22 → 29 entre novembre 2025 et mai 2026."),
    ("h2", "3.6 Bilan SEO cumulé"),
    ("p", "Effet combiné des actions techniques, du cocon et des liens : sessions organiques 21 300 (nov. 2025) → 31 900 (mai 2026), soit +50 % ; mots-clés en top 10 : 64 → 148 ; clics Search Console : 14 800 → 23 600 par mois. L'objectif de 30 000 sessions est atteint un mois en avance. Une partie de la hausse d'avril-mai est saisonnière (+8 % l'an dernier sur la même période) : corrigée de cet effet, la progression reste d'environ +39 %."),
    ("pb", None),
    ("h1", "4. Campagnes de liens sponsorisés"),
    ("p", "Structure du compte Google Ads (refondu en janvier 2026) : une campagne Search par univers, un groupe d'annonces par famille de produits, plus une campagne Performance Max alimentée par le flux Shopify (Google & YouTube app), limitée aux produits de plus de 80 €."),
    ("tbl", [["Campagne", "Groupe d'annonces", "Mots-clés (exemples, correspondance)", "Page d'atterrissage"],
             ["Search – Poussettes", "Poussettes marques premium", "[poussette yoyo occasion], \"poussette cybex occasion\"", "/collections/poussettes-babyzen ; /collections/cybex"],
             ["Search – Poussettes", "Poussettes générique", "\"poussette reconditionnée\", \"poussette occasion garantie\"", "/collections/poussettes"],
             ["Search – Repas", "Chaises hautes", "[tripp trapp occasion], \"chaise haute évolutive occasion\"", "/collections/stokke"],
             ["Search – Marque", "Marque", "[petits pas malins]", "Accueil"],
             ["PMax – Flux", "Tous produits > 80 €", "Signaux d'audience : futurs parents, achat poussette", "Fiches produits"]]),
    ("p", "Mots-clés négatifs : « gratuit », « location », « siège auto », « vinted », « neuf ». Annonce responsive du groupe « Poussettes marques premium » (extraits) :"),
    ("ul", ["Titres : « Yoyo d'Occasion Contrôlée » / « Garantie 6 Mois Incluse » / « Jusqu'à -55 % vs Neuf » / « Livrée Propre et Prête à Rouler »",
            "Descriptions : « Chaque poussette est démontée, nettoyée et testée en 27 points dans notre atelier de Rezé. » / « Retour gratuit 30 jours. Paiement en 3x ou 4x sans frais. »",
            "Extensions : liens annexes (Comment on contrôle, Dépôt-vente, Garantie), accroches « Livraison 48 h »"]),
    ("p", "Le tableau de suivi hebdomadaire des campagnes et les résultats par campagne sont présentés dans le support de soutenance (diapositives 7 et 8)."),
    ("h1", "5. Mesure de la performance et ROI"),
    ("h2", "5.1 Les KPI suivis et ce qu'ils nous disent"),
    ("tbl", [["KPI", "Nov. 2025", "Mai 2026", "Commentaire"],
             ["Sessions totales / mois", "38 200", "52 700", "Hausse portée par le SEO (+10 600) et les Ads (+3 100)"],
             ["Taux de rebond (GA4 : 1 − taux d'engagement)", "58 %", "49 %", "Baisse nette sur les catégories retravaillées"],
             ["Durée moyenne d'engagement", "1 min 12", "1 min 41", "Les articles du cocon retiennent mieux"],
             ["LCP mobile fiche produit", "3,9 s", "2,3 s", "Objectif technique atteint après passage en WebP"],
             ["Abandon à la création de compte", "21 %", "6 %", "Commande sans compte activée en janvier"],
             ["Abandon au formulaire de livraison", "18 %", "14 %", "Autocomplétion d'adresse ajoutée"],
             ["Abandon panier (panier → checkout)", "74 %", "69 %", "Proche de la cible 68 %"],
             ["Abandon au paiement", "12 %", "9 %", "Ajout d'Alma et PayPal"],
             ["Taux de conversion", "1,9 %", "2,4 %", "—"],
             ["CA HT / mois", "49 800 €", "68 400 €", "+37 % (dont saisonnalité estimée +8 %)"]]),
    ("h2", "5.2 Calcul du ROI"),
    ("p", "Dépenses engagées de décembre 2025 à mai 2026 : Google Ads 9 600 €, agence netlinking 3 900 €, Semrush 840 €, rédaction d'articles (freelance) 2 100 €, temps interne valorisé (Yanis et moi, 22 jours) 4 400 €, soit 20 840 €. Marge brute additionnelle générée : le CA supplémentaire attribué aux actions (comparaison avec la même période 2024-2025 corrigée de la tendance) est de 96 500 € HT, avec un taux de marge brute de 48 %, soit 46 300 € de marge. ROI = (46 300 − 20 840) / 20 840 = 1,22, soit 122 %."),
    ("p", "Détail Google Ads seul : 9 600 € dépensés pour 41 300 € HT de CA attribué (modèle data-driven GA4), ROAS 4,3. La campagne Search – Repas a un ROAS de 2,1 seulement (voir plus bas)."),
    ("h2", "5.3 Analyse et actions correctives"),
    ("p", "Quatre objectifs sur six sont atteints au 31 mai (trafic SEO, ROAS global, LCP, suivi GA4 avec 3,2 % d'écart). Deux ne le sont pas encore : l'abandon panier (69 % pour 68 %) et le délai d'expédition (1,8 jour pour 1,5). Par ordre de priorité :"),
    ("nl", ["Délai d'expédition : passer la vague de préparation de l'après-midi à 14 h au lieu de 16 h (déjà testé 2 semaines, gain de 0,3 jour).",
            "Campagne Search – Repas : couper les requêtes génériques « chaise haute occasion » (CPC 1,40 €, taux de conversion 0,6 %) et réallouer 300 €/mois vers Poussettes.",
            "Abandon panier : afficher le coût de livraison dès la fiche produit (actuellement révélé au checkout) et relancer par Klaviyo à 1 h et 24 h.",
            "SEO : lancer le cocon « chambre bébé » prévu en mars et décalé faute de temps."]),
    ("pb", None),
    ("h1", "6. Conformité juridique du site"),
    ("h2", "6.1 Mentions légales"),
    ("p", "Les mentions légales sont accessibles en pied de page sur toutes les pages (lien « Mentions légales », page /pages/mentions-legales) : raison sociale, capital de 20 000 €, RCS Nantes 912 345 678, siège, directrice de la publication (Claire Perrot), hébergeur Shopify Inc. avec adresse, numéro de TVA intracommunautaire, contact."),
    ("h2", "6.2 Analyse des CGV"),
    ("p", "J'ai relu les CGV de 2022 article par article en les comparant au Code de la consommation. Points corrigés : le délai de rétractation de 14 jours n'indiquait pas le point de départ (réception du bien) ni le formulaire type ; la garantie légale de conformité n'était pas mentionnée alors qu'elle s'applique aussi aux biens d'occasion (durée réduite à 12 mois possible par accord, que nous n'avons pas retenue) ; la mention de la médiation de la consommation manquait (adhésion au CM2C en décembre 2025). Notre « garantie 6 mois » commerciale est désormais présentée comme s'ajoutant aux garanties légales et non comme les remplaçant. Ces corrections n'ont pas encore été relues par un avocat : la relecture par le cabinet de Me Lebrun est prévue en juin 2026."),
    ("h2", "6.3 RGPD"),
    ("p", "Audit mené avec la check-list de la CNIL pour les sites e-commerce. Mesures mises en place : bandeau cookies Axeptio avec bouton « Tout refuser » au même niveau que « Tout accepter » et aucun cookie publicitaire déposé avant consentement (Google Consent Mode v2) ; registre des traitements créé (7 traitements : commandes, SAV, newsletter, dépôt-vente, recrutement, vidéosurveillance de l'entrepôt, prospection) ; durées de conservation fixées (prospects 3 ans après le dernier contact, conformément à la recommandation CNIL) ; double opt-in pour la newsletter Klaviyo ; suppression du champ « date de naissance de l'enfant » du formulaire de dépôt-vente, qui n'était pas nécessaire ; politique de confidentialité réécrite."),
    ("h1", "7. Logistique : stock, préparation et transport"),
    ("h2", "7.1 Organisation du stock et traçabilité"),
    ("p", "Chaque article d'occasion est unique : il reçoit à son arrivée un SKU unique (ex. PPM-POU-26-00418) et une étiquette code-barres. Le logiciel de gestion d'entrepôt choisi (Stockeasy, connecté à Shopify) enregistre trois contrôles : contrôle à réception (complétude, rappel produit vérifié sur RappelConso), contrôle atelier (check-list 27 points pour une poussette, 14 pour une chaise haute, signée par le technicien) et contrôle avant emballage (photo du colis ouvert archivée 90 jours). Les articles sont rangés par emplacement adressé (allée-travée-niveau) et non par famille, pour optimiser l'espace car les volumes sont très différents."),
    ("h2", "7.2 Processus de commande simplifié"),
    ("p", "Le processus comptait 11 étapes en 2025. Après observation chronométrée de 40 commandes avec Hugo, 4 étapes ont été supprimées ou fusionnées : impression papier du bon de préparation (remplacée par la douchette), double saisie du poids dans Boxtal, validation manuelle de chaque commande par Sarah (seulement au-delà de 400 €), recherche de l'article dans l'ancien stockage par famille. Temps moyen de préparation : 14 min → 8 min par commande ; délai commande-expédition : 3,4 → 1,8 jour ouvré."),
    ("h2", "7.3 Solutions de stockage"),
    ("p", "Poussettes et lits (volumineux, 35 % des articles) : rayonnages à palettes classiques au niveau bas, sans push-back puisque chaque article est unique et qu'il n'y a pas de rotation FIFO à gérer. Petits articles et lots de vêtements : rayonnages légers de picking avec bacs, près de la zone d'emballage. Les rayonnages dynamiques et transstockeurs ont été étudiés et écartés : ils servent aux références identiques à forte rotation, ce qui n'est pas notre cas, et l'investissement (plus de 25 000 €) n'est pas justifié pour 400 m²."),
    ("h2", "7.4 Transporteurs"),
    ("tbl", [["Rang", "Transporteur / service", "Coût moyen colis 5 kg", "Coût colis volumineux (poussette 12 kg)", "Impact RSE"],
             ["1", "Mondial Relay (point relais)", "4,90 €", "11,50 €", "Faible : tournées mutualisées, 42 g CO2e/colis"],
             ["2", "Colissimo (domicile)", "7,20 €", "16,90 €", "Moyen : compensation, véhicules électriques en ville"],
             ["3", "Coursier à vélo Nantes (Les Coursiers Nantais)", "6,00 €", "Non proposé", "Très faible, mais zone limitée à 10 km"],
             ["4", "DPD Predict", "8,40 €", "14,80 €", "Moyen, 75 g CO2e/colis"],
             ["5", "GEODIS messagerie", "—", "29,00 €", "Élevé, réservé aux lits montés"]]),
    ("p", "La satisfaction sur la livraison est mesurée par un questionnaire envoyé par Klaviyo 3 jours après livraison (taux de réponse 19 %) : note moyenne 4,1/5 en novembre 2025, 4,5/5 en mai 2026 ; la part des avis Trustpilot qui citent un problème de livraison est passée de 23 % à 9 %."),
    ("h1", "8. Management de l'équipe"),
    ("p", "Un point hebdomadaire de 30 minutes a lieu le lundi à 9 h avec un ordre du jour envoyé la veille sur Notion, qui rappelle l'objectif de la réunion (ex. 12/01 : « valider la nouvelle implantation des allées et décider la date de bascule »). Les entretiens individuels mensuels suivent une trame : objectif du mois écoulé, résultats, difficultés, objectif du mois suivant."),
    ("p", "Indicateurs individuels suivis : Inès et Bastien, articles reconditionnés par jour (moyenne 9,5 et 8,2) et taux de retour SAV de leurs articles (1,1 % et 2,4 %) ; Hugo, commandes préparées par heure (7,4) et erreurs de préparation (0,3 %) ; Sarah, délai de première réponse Gorgias (2 h 10) et note CSAT (92 %) ; Yanis, fiches produits publiées par jour (22)."),
    ("p", "Hugo a proposé lui-même le rangement par emplacement adressé : je l'ai présenté comme son idée en comité de direction et il a animé la formation des autres. Les bons résultats de Sarah sur la CSAT ont été mis en avant dans la newsletter interne de mars."),
    ("h1", "Annexes"),
    ("p", "Annexe 1 : check-list de contrôle poussette (27 points). Annexe 2 : registre des traitements. Annexe 3 : export Semrush des positions au 31 mai 2026. (Fournis en fichiers séparés lors du dépôt.)"),
]

def esc(t):
    for a, b in (("→", "->"), ("−", "-"), ("≤", "<="), ("≥", ">="), ("↔", "<->")):
        t = t.replace(a, b)
    return t.replace("<", "&lt;").replace(">", "&gt;")

def widths(rows, total):
    lens = []
    for j in range(len(rows[0])):
        m = sum(min(len(r[j]), 60) for r in rows) / len(rows)
        lens.append(max(m, 6))
    s = sum(lens)
    return [total * x / s for x in lens]

def build_pdf():
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16, textColor=colors.HexColor("#2E6F5E"), spaceBefore=10)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, textColor=colors.HexColor("#2E6F5E"))
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=1)
    sub = ParagraphStyle("s", parent=body, fontSize=13, leading=18, alignment=1)

    def deco(c, d):
        if d.page == 1:
            return
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, 1.2 * cm, "Aurélie Bompard – Mémoire professionnel – Petits Pas Malins")
        c.drawRightString(19 * cm, 1.2 * cm, "Page %d" % d.page)
        c.restoreState()

    out = os.path.join(OUT, "memoire.pdf")
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                          invariant=1, author=AUTHOR, title="Mémoire – Petits Pas Malins")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)
    doc.addPageTemplates([PageTemplate(id="all", frames=[frame], onPage=deco)])
    story = []
    for kind, val in MEMOIRE:
        if kind == "cover":
            story += [Spacer(1, 6 * cm), Paragraph("Petits Pas Malins", title), Spacer(1, 0.6 * cm),
                      Paragraph("Projet « Relance 2026 » : visibilité, performance et organisation", sub), Spacer(1, 3 * cm),
                      Paragraph("Mémoire professionnel – Titre RNCP Chef de projet e-commerce", sub),
                      Paragraph("Aurélie Bompard – Juin 2026", sub), PageBreak()]
        elif kind == "toc":
            story.append(Paragraph("Sommaire", h1))
            for t in val:
                story.append(Paragraph(t, body))
            story.append(PageBreak())
        elif kind == "h1":
            story.append(Paragraph(esc(val), h1))
        elif kind == "h2":
            story.append(Paragraph(esc(val), h2))
        elif kind == "p":
            story.append(Paragraph(esc(val), body))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind in ("ul", "nl"):
            items = [ListItem(Paragraph(esc(x), body), leftIndent=14) for x in val]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1", start=None if kind == "ul" else 1, leftIndent=14))
        elif kind == "tbl":
            data = [[Paragraph(("<b>%s</b>" % esc(c)) if i == 0 else esc(c), cell) for c in row] for i, row in enumerate(val)]
            t = Table(data, repeatRows=1, colWidths=widths(val, doc.width))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D8EDE6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
    doc.build(story)

SLIDES = [
    {"title": "Petits Pas Malins – Projet « Relance 2026 »", "bullets": ["Aurélie Bompard – cheffe de projet e-commerce", "Soutenance RNCP – juin 2026"]},
    {"title": "Le point de départ", "bullets": ["618 k€ HT de CA 2025, 9 840 commandes", "Trafic SEO plat depuis mi-2024 : ~21 000 sessions/mois", "Expédition en 3,4 jours ouvrés, avis négatifs", "Abandon panier 74 %"],
     "notes": "Rappeler que la direction a fixé SEO prioritaire sur SEA et budget plafonné à 38 k€."},
    {"title": "Objectifs du projet", "bullets": ["Général : CA 2026 780 k€ HT", "Spécifiques : 30 000 sessions SEO, ROAS ≥ 4, expédition ≤ 1,5 j, abandon panier 68 %", "Techniques : LCP < 2,5 s, écart GA4/Shopify < 5 %, SKU unique"]},
    {"title": "Planning du projet",
     "table": [["Lot", "Oct.–déc. 2025", "Janv.–mars 2026", "Avr.–juin 2026", "Juil.–sept. 2026"],
               ["Cahier des charges, choix agence", "Oct. (3 sem.)", "", "", ""],
               ["SEO technique + balises", "Nov.–déc.", "", "", ""],
               ["Cocons sémantiques", "Déc.", "Poussettes (janv.)", "Chambre bébé (décalé mai)", ""],
               ["Netlinking Pixel Nantais", "", "4 liens/mois", "4 liens/mois", "4 liens/mois"],
               ["Google Ads refonte + PMax", "", "Janv. lancement", "Optimisation", "Bilan sept."],
               ["Conformité CGV / RGPD", "Déc. (Axeptio)", "CGV janv.", "Relecture avocat juin", ""],
               ["Réorganisation entrepôt", "", "Bascule 17-18 févr.", "Vague 14 h", ""]],
     "notes": "La bascule de l'entrepôt a été faite un week-end pour respecter la consigne de Mehdi (pas plus d'une journée sans expédition)."},
    {"title": "SEO : positions avant / après",
     "table": [["Indicateur", "Nov. 2025", "Mai 2026"],
               ["Sessions organiques / mois", "21 300", "31 900"],
               ["Mots-clés top 10 (Semrush)", "64", "148"],
               ["Mots-clés top 3", "12", "41"],
               ["Domaines référents", "84", "131"],
               ["Authority Score", "22", "29"]]},
    {"title": "Cocon « poussette d'occasion »",
     "group": [("Page mère", "/collections/poussettes"),
               ("Pages filles", "Citadine · Tout-terrain · Double · Canne · Babyzen · Cybex · Joolz"),
               ("Petites-filles (blog)", "7 points à vérifier sur une canne · Canne ou compacte ? · Nettoyer une poussette · Yoyo 1 ou Yoyo 2 ?"),
               ("Règle de liens", "Mère ↔ filles, sœurs entre elles, ancre descriptive, aucun lien vers un autre silo")],
     "notes": "43 liens hors silo supprimés dans les anciens articles."},
    {"title": "Suivi hebdomadaire Google Ads (extrait)",
     "table": [["Semaine", "Coût", "Clics", "CPC moy.", "Conv.", "CA HT", "ROAS"],
               ["S14", "402 €", "612", "0,66 €", "19", "1 780 €", "4,4"],
               ["S15", "388 €", "590", "0,66 €", "17", "1 610 €", "4,1"],
               ["S16", "415 €", "641", "0,65 €", "22", "2 050 €", "4,9"],
               ["S17", "397 €", "603", "0,66 €", "15", "1 390 €", "3,5"],
               ["S18", "420 €", "655", "0,64 €", "21", "1 960 €", "4,7"]],
     "notes": "S17 : vacances de printemps, baisse de conversion attendue. Tableau mis à jour chaque lundi dans Looker Studio."},
    {"title": "Résultats par campagne (janv.–mai 2026)",
     "table": [["Campagne", "Coût", "Conv.", "CA HT", "ROAS", "Décision"],
               ["Search – Poussettes", "4 100 €", "212", "21 900 €", "5,3", "Augmenter +300 €/mois"],
               ["Search – Repas", "1 700 €", "41", "3 570 €", "2,1", "Couper les génériques"],
               ["Search – Marque", "300 €", "96", "5 100 €", "17,0", "Maintenir"],
               ["PMax – Flux", "3 500 €", "118", "10 730 €", "3,1", "Exclure < 80 €, tester"],
               ["Total", "9 600 €", "467", "41 300 €", "4,3", ""]]},
    {"title": "Tableau de bord KPI site",
     "table": [["KPI", "Nov. 25", "Mai 26", "Cible"],
               ["Sessions / mois", "38 200", "52 700", "—"],
               ["Taux de rebond", "58 %", "49 %", "< 50 %"],
               ["LCP mobile", "3,9 s", "2,3 s", "< 2,5 s"],
               ["Abandon panier", "74 %", "69 %", "68 %"],
               ["Conversion", "1,9 %", "2,4 %", "2,5 %"],
               ["CA HT / mois", "49,8 k€", "68,4 k€", "65 k€"]]},
    {"title": "ROI du projet (déc. 2025 – mai 2026)", "bullets": ["Coûts : 20 840 € (Ads, agence, outils, rédaction, temps interne)", "Marge brute additionnelle : 46 300 €", "ROI = 122 %", "ROAS Google Ads : 4,3"]},
    {"title": "Logistique : avant / après",
     "table": [["", "2025", "Mai 2026"],
               ["Étapes du processus commande", "11", "7"],
               ["Temps de préparation / commande", "14 min", "8 min"],
               ["Délai commande → expédition", "3,4 j", "1,8 j"],
               ["Satisfaction livraison", "4,1 / 5", "4,5 / 5"],
               ["Avis Trustpilot citant la livraison", "23 %", "9 %"]]},
    {"title": "Équipe", "bullets": ["Point hebdo lundi 9 h avec objectif écrit dans Notion", "Entretiens mensuels : objectifs, résultats, difficultés", "Indicateurs individuels par poste (reconditionnement, préparation, SAV, fiches)", "Idée d'Hugo (emplacements adressés) reconnue en comité de direction"]},
    {"title": "Prochaines étapes", "bullets": ["Vague de préparation à 14 h pour atteindre 1,5 j", "Relecture des CGV par Me Lebrun (juin)", "Cocon « chambre bébé »", "Réallocation budget Ads Repas → Poussettes"],
     "notes": "Terminer en rappelant que 4 objectifs sur 6 sont déjà atteints."},
]

def build_pptx():
    prs = Presentation()
    cp = prs.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = "Soutenance – Petits Pas Malins"
    for i, s in enumerate(SLIDES):
        layout = prs.slide_layouts[0] if i == 0 else (prs.slide_layouts[1] if "bullets" in s else prs.slide_layouts[5])
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = s["title"]
        if "bullets" in s:
            tf = slide.placeholders[1].text_frame
            tf.text = s["bullets"][0]
            for b in s["bullets"][1:]:
                tf.add_paragraph().text = b
        if "table" in s:
            rows, cols = len(s["table"]), len(s["table"][0])
            shp = slide.shapes.add_table(rows, cols, Inches(0.3), Inches(1.5), Inches(9.4), Inches(0.45) * rows)
            for r, row in enumerate(s["table"]):
                for c, txt in enumerate(row):
                    cl = shp.table.cell(r, c)
                    cl.text = txt
                    for p in cl.text_frame.paragraphs:
                        for run in p.runs:
                            run.font.size = PPt(11)
        if "group" in s:
            grp = slide.shapes.add_group_shape()
            for k, (head, txt) in enumerate(s["group"]):
                tb = grp.shapes.add_textbox(Inches(0.5), Inches(1.5 + k * 1.3), Inches(9), Inches(1.2))
                tf = tb.text_frame
                tf.word_wrap = True
                tf.text = head
                tf.paragraphs[0].runs[0].font.bold = True
                p = tf.add_paragraph()
                p.text = txt
                p.runs[0].font.size = PPt(14)
        if "notes" in s:
            slide.notes_slide.notes_text_frame.text = s["notes"]
    prs.save(os.path.join(OUT, "soutenance.pptx"))

build_pdf()
build_pptx()
