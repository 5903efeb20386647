"""Génère le dossier de gestion de projet du candidat « Abysse Shop » (matériel de plongée)."""
from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Footer, Header)
from odf.text import P, H, List, ListItem, ListStyle, ListLevelStyleBullet
from odf.style import ListLevelProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.meta import Generator, InitialCreator, CreationDate
from odf.dc import Creator, Date, Title

OUT = Path(__file__).resolve().parent.parent / "c28-plongee-abysse"
OUT.mkdir(parents=True, exist_ok=True)
AUTHOR = "Romain Texier"

D = []


def h1(t):
    D.append(("h1", t))


def h2(t):
    D.append(("h2", t))


def p(t):
    D.append(("p", t))


def ul(items):
    D.append(("ul", items))


def tab(rows, gantt=False):
    D.append(("tab", (rows, gantt)))


def brk():
    D.append(("brk", None))


# ---------------------------------------------------------------- contenu
p("Abysse Shop – Projet « Cap 2026 »")
p("Refonte du site abysse-shop.fr et réorganisation de l'entrepôt de Marseille")
p("Dossier de gestion de projet – Romain Texier, chef de projet e-commerce – novembre 2025 à avril 2026")
brk()
h1("1. Contexte et commande de la direction")
p("Abysse Shop vend du matériel de plongée sous-marine et d'apnée depuis 2009 : combinaisons, détendeurs, "
  "gilets stabilisateurs, ordinateurs de plongée, masques, palmes, lampes et accessoires. L'entreprise est basée "
  "à Marseille (quartier de la Pointe-Rouge) avec un magasin de 220 m² et un entrepôt de 650 m² attenant. "
  "Elle emploie 14 personnes. CA 2024-2025 : 2,36 M€ dont 68 % en ligne ; 19 800 commandes web ; panier moyen 81 €. "
  "Le site tourne sous PrestaShop 1.6, plus maintenu, et l'entrepôt n'a jamais été réorganisé depuis 2014.")
p("Le 6 octobre 2025, Frédéric Alvarez (gérant) et Nathalie Ruiz (directrice commerciale) m'ont confié le projet "
  "avec une note de cadrage qui fixe les directives suivantes :")
ul(["mise en ligne du nouveau site au plus tard le 16 mars 2026, avant l'ouverture de la saison (avril-septembre = 64 % du CA) ;",
    "budget total plafonné à 92 000 € HT (site + entrepôt), hors temps interne ;",
    "aucune interruption des ventes en ligne de plus de 4 heures pendant la bascule ;",
    "conservation des URL des 200 fiches produits qui génèrent le plus de trafic (redirections 301 pour les autres) ;",
    "délai de préparation des commandes ramené à 24 h maximum en haute saison ;",
    "maintien des deux préparateurs actuels, pas d'embauche supplémentaire en CDI."])
p("Ces directives sont reprises telles quelles dans le cahier des charges (§ 2.6 « Contraintes ») et servent de "
  "critères de validation au comité de pilotage.")

h1("2. Cahier des charges du site")
p("Le cahier des charges (34 pages, version 1.3 du 3 novembre 2025) a été envoyé à cinq agences. En voici le plan "
  "détaillé et l'essentiel de chaque partie.")
tab([["Partie", "Contenu"],
     ["2.1 Présentation de l'entreprise", "Historique, chiffres clés, organisation, clientèle (plongeurs loisirs 60 %, clubs et "
      "structures 25 %, moniteurs 15 %)"],
     ["2.2 Existant technique", "PrestaShop 1.6.1.24, hébergement OVH mutualisé, 4 200 références, 37 modules dont 11 "
      "obsolètes, ERP Sage 100, connecteur Boxtal"],
     ["2.3 Objectifs du projet", "Objectifs généraux, spécifiques et techniques (voir § 3)"],
     ["2.4 Périmètre fonctionnel", "Catalogue avec déclinaisons (tailles/couleurs), configurateur « pack plongeur », espace "
      "club avec tarifs dégressifs, réservation de révision de détendeur, avis clients, multi-entrepôt"],
     ["2.5 Design et ergonomie", "Charte existante conservée, maquettes mobile first, accessibilité RGAA niveau AA visé"],
     ["2.6 Contraintes", "Directives de la direction (§ 1), RGPD, hébergement en France"],
     ["2.7 Reprise de données", "Clients (31 000), commandes (5 ans), produits, avis (6 800), redirections"],
     ["2.8 Livrables et recette", "Plan de recette, 140 cas de test, environnement de pré-production"],
     ["2.9 Planning et budget indicatifs", "Jalons, enveloppe maximale"],
     ["2.10 Modalités de réponse", "Date limite 24/11/2025, grille de notation communiquée aux candidats"]])

h1("3. Objectifs du projet")
tab([["Niveau", "Objectif", "Indicateur / seuil"],
     ["Général", "Moderniser le canal web pour soutenir la croissance", "CA web 2026 : 1,85 M€ (+15 %)"],
     ["Général", "Réduire les coûts et les délais logistiques", "Coût de préparation par commande < 3,20 €"],
     ["Spécifique", "Améliorer la conversion mobile", "Taux de conversion mobile de 0,9 % à 1,5 %"],
     ["Spécifique", "Développer la clientèle des clubs", "120 comptes club actifs (contre 48)"],
     ["Spécifique", "Expédier plus vite", "95 % des commandes expédiées en J+1 en saison"],
     ["Spécifique", "Réduire les erreurs de préparation", "Taux d'erreur < 0,5 % (1,8 % aujourd'hui)"],
     ["Technique", "Migrer vers PrestaShop 8.1 sur hébergement dédié", "Temps de chargement < 2 s (LCP mobile)"],
     ["Technique", "Synchroniser stocks et commandes avec Sage 100", "Synchronisation toutes les 15 min, 0 survente"],
     ["Technique", "Reprendre les données sans perte", "100 % des clients et commandes migrés, 200 URL conservées"],
     ["Technique", "Connecter un WMS léger et le scan des colis", "100 % des colis scannés avant fermeture"]])
p("Chaque objectif spécifique est rattaché à au moins un objectif général et chaque objectif technique à au moins "
  "un objectif spécifique : aucune fonctionnalité du périmètre n'existe « pour elle-même ». Le configurateur 3D de "
  "combinaisons proposé par une agence a été écarté car il ne sert aucun des objectifs listés.")

h1("4. Sélection des prestataires")
p("Cinq agences consultées, quatre réponses. Grille de notation sur 100 points, validée avec Nathalie avant "
  "l'ouverture des offres.")
tab([["Critère (pondération)", "Kalanka (Marseille)", "Pixel Sud (Aix)", "Webforge (Lyon)", "Agence Corail (Toulon)"],
     ["Expérience PrestaShop 8 et migrations (25)", "22", "18", "24", "15"],
     ["Références e-commerce sport / loisirs (15)", "13", "9", "11", "12"],
     ["Compréhension du besoin, qualité de la réponse (15)", "14", "11", "12", "10"],
     ["Prix (20)", "16 (58 400 €)", "19 (49 900 €)", "11 (71 000 €)", "18 (52 000 €)"],
     ["Délais compatibles avec le 16 mars (10)", "9", "6", "8", "5"],
     ["Maintenance / TMA et proximité (10)", "9", "8", "5", "8"],
     ["Solidité (effectif, ancienneté) (5)", "4", "3", "5", "2"],
     ["Total /100", "87", "74", "76", "70"]])
p("Kalanka est retenue : elle n'est pas la moins chère, mais c'est la seule qui a chiffré la reprise des avis et le "
  "connecteur Sage, et elle peut venir sur site en une demi-heure. Pour le WMS, même démarche sur trois "
  "solutions : Mobile Stock (retenu, 190 €/mois), Sylob et le module WMS de Sage.")

brk()
h1("5. Planning")
p("Planning établi sous GanttProject, mis à jour chaque lundi. Ci-dessous la vue par quinzaine (S45 = semaine du "
  "3 novembre 2025). Le chemin critique passe par la reprise de données et la recette.")
G = ["Tâche", "Resp.", "Début", "Fin"] + [f"S{n}" for n in (45, 47, 49, 51, 1, 3, 5, 7, 9, 11, 13)]


def bar(start, end):
    weeks = [45, 47, 49, 51, 53, 55, 57, 59, 61, 63, 65]
    return ["■" if start <= w <= end else "" for w in weeks]


tab([G,
     ["Cahier des charges + consultation", "RT", "03/11/25", "24/11/25"] + bar(45, 47),
     ["Choix agence, contrat", "RT/FA", "25/11/25", "05/12/25"] + bar(48, 49),
     ["Maquettes et validation", "Kalanka", "08/12/25", "09/01/26"] + bar(49, 54),
     ["Développement front + back", "Kalanka", "05/01/26", "20/02/26"] + bar(53, 60),
     ["Connecteur Sage 100", "Kalanka", "19/01/26", "13/02/26"] + bar(55, 59),
     ["Reprise de données (2 passes)", "RT/Kalanka", "26/01/26", "06/03/26"] + bar(57, 62),
     ["Réimplantation entrepôt", "RT/Karim", "12/01/26", "30/01/26"] + bar(55, 57),
     ["Mise en route WMS + scan", "Karim", "02/02/26", "13/02/26"] + bar(58, 59),
     ["Recette (140 cas)", "RT/Julie", "23/02/26", "11/03/26"] + bar(61, 63),
     ["Bascule (nuit du 15 au 16/03)", "Kalanka", "15/03/26", "16/03/26"] + bar(63, 63),
     ["Hypercare + bilan", "RT", "16/03/26", "10/04/26"] + bar(63, 65)], gantt=True)
p("Jalons : J1 contrat signé (05/12), J2 maquettes validées (09/01), J3 entrepôt réimplanté (30/01), "
  "J4 recette validée (11/03), J5 mise en ligne (16/03). Une marge de 4 jours ouvrés est gardée avant J5.")

h1("6. Budget")
tab([["Poste", "Prévisionnel (HT)", "Engagé au 15/01/26", "Commentaire"],
     ["Agence Kalanka (développement, migration)", "58 400 €", "58 400 €", "Forfait, 30 % versés"],
     ["Connecteur Sage (licence + paramétrage)", "4 800 €", "4 800 €", ""],
     ["Hébergement dédié OVH (12 mois)", "3 360 €", "3 360 €", "280 €/mois"],
     ["Thème + modules PrestaShop", "2 100 €", "1 740 €", "Un module remplacé par un gratuit"],
     ["WMS Mobile Stock (12 mois) + 3 terminaux Zebra", "5 880 €", "5 880 €", ""],
     ["Rayonnages et réimplantation entrepôt", "11 500 €", "12 650 €", "+10 % : renfort des étagères bouteilles"],
     ["Relecture juridique CGV", "900 €", "0 €", "Prévu en février"],
     ["Photos produits (300 références)", "2 700 €", "1 350 €", ""],
     ["Provision pour imprévus (5 %)", "2 360 €", "0 €", ""],
     ["Total", "92 000 €", "88 180 €", "Reste 3 820 € dont la provision"]])
p("L'écart sur les rayonnages (+1 150 €) est absorbé par l'économie sur les modules (-360 €) et par la "
  "provision. Si un nouvel écart apparaît, la séance photo de la deuxième vague (150 références) sera reportée "
  "à mai : c'est le seul poste non critique pour la date du 16 mars.")

h1("7. Équipe et rôles")
tab([["Personne", "Fonction", "Rôle dans le projet", "Temps alloué"],
     ["Frédéric Alvarez", "Gérant", "Sponsor, arbitre budget, préside le COPIL", "2 h / 15 jours"],
     ["Nathalie Ruiz", "Directrice commerciale", "Valide les parcours clients et les offres clubs", "3 h / semaine"],
     ["Romain Texier", "Chef de projet e-commerce", "Pilotage, cahier des charges, recette, reprise de données", "100 %"],
     ["Julie Benhamou", "Webmarketing / contenus", "Fiches produits, redirections SEO, recette front", "50 %"],
     ["Karim Haddad", "Responsable logistique", "Réimplantation, WMS, formation des préparateurs", "40 %"],
     ["Lucas et Mélanie", "Préparateurs de commandes", "Tests de la nouvelle implantation, remontée terrain", "10 %"],
     ["Sofia Marin", "Service client", "Recette des e-mails transactionnels et du SAV", "10 %"],
     ["Kalanka (Hugo, Inès)", "Agence", "Développement, migration, bascule", "Forfait"]])

h1("8. Réunions et suivi de l'équipe")
tab([["Réunion", "Fréquence", "Participants", "Objectif annoncé dans l'invitation"],
     ["Kick-off", "Une fois (08/12/25)", "Tous + agence", "Partager les objectifs, le planning et les règles de travail"],
     ["Point projet", "Lundi 9 h, 30 min", "RT, Julie, Karim, agence en visio", "Avancement, blocages, tâches de la semaine"],
     ["COPIL", "Tous les 15 jours, 1 h", "FA, NR, RT", "Décisions budget / périmètre, validation des jalons"],
     ["Point terrain entrepôt", "Jeudi 16 h, 15 min", "Karim, Lucas, Mélanie, RT", "Remonter les problèmes de la nouvelle implantation"],
     ["Entretien individuel", "Mensuel, 30 min", "RT + chaque membre", "Faire le point sur la charge, les difficultés, les réussites et les besoins de formation"]])
p("Extrait du compte rendu du point projet du 12 janvier 2026 : « Objectif de la réunion : valider l'ordre de "
  "reprise des données. Décisions : clients puis produits puis commandes ; Julie livre le fichier de 200 URL à "
  "conserver le 16/01. Blocage : le champ « taille de combinaison » n'existe pas dans Sage, Karim propose un "
  "attribut libre. Action : Hugo (Kalanka) teste la passe 1 le 26/01. »")
h2("Indicateurs individuels et reconnaissance")
tab([["Collaborateur", "Indicateur", "Avant (oct. 2025)", "Après (fév. 2026)", "Objectif"],
     ["Lucas", "Lignes préparées / heure", "38", "57", "55"],
     ["Lucas", "Taux d'erreur de préparation", "1,6 %", "0,4 %", "< 0,5 %"],
     ["Mélanie", "Lignes préparées / heure", "41", "60", "55"],
     ["Mélanie", "Taux d'erreur de préparation", "2,0 %", "0,6 %", "< 0,5 %"],
     ["Sofia", "Tickets traités / jour", "34", "42", "40"],
     ["Sofia", "Satisfaction tickets (Zendesk)", "91 %", "94 %", "92 %"],
     ["Julie", "Fiches produits enrichies / semaine", "—", "46", "40"]])
p("Lecture : les deux préparateurs dépassent l'objectif de productivité ; Mélanie reste légèrement au-dessus du "
  "seuil d'erreur, principalement sur les tailles de combinaisons (inversion 3 mm / 5 mm), d'où l'ajout d'une "
  "étiquette de couleur par épaisseur. Reconnaissance : le COPIL du 4 février a salué nommément Lucas et Mélanie "
  "pour leurs propositions d'implantation (dont le regroupement masques-tubas qui a supprimé 120 m de "
  "déplacement par jour) ; une prime de 300 € chacun a été accordée par Frédéric. Julie présentera elle-même "
  "le travail sur les redirections au COPIL de mars.")

brk()
h1("9. Volet juridique et données personnelles")
h2("Mentions légales")
p("Un lien « Mentions légales » figure dans le pied de page de toutes les pages du nouveau site. La page indique : "
  "raison sociale (Abysse Shop SARL, capital 40 000 €), siège (14 avenue de la Pointe-Rouge, 13008 Marseille), "
  "RCS Marseille 512 345 678, TVA intracommunautaire, directeur de la publication (Frédéric Alvarez), téléphone "
  "et e-mail, hébergeur (OVH SAS, 2 rue Kellermann, 59100 Roubaix).")
h2("Analyse des CGV")
tab([["Article des CGV 2019", "Constat", "Correction apportée"],
     ["Droit de rétractation", "Délai de 7 jours indiqué (erroné)", "14 jours à compter de la réception, formulaire type en annexe"],
     ["Exceptions à la rétractation", "Absentes", "Produits descellés pour raisons d'hygiène (embouts, masques ouverts) ; révisions de détendeurs réalisées"],
     ["Garanties légales", "Seule la garantie constructeur est citée", "Garantie légale de conformité (2 ans) et vices cachés, reproduction des articles du Code de la consommation"],
     ["Frais de retour", "Non précisés", "À la charge du client sauf produit non conforme"],
     ["Médiation", "Absente", "Médiateur CM2C désigné, lien vers la plateforme européenne RLL"],
     ["Bouteilles de plongée", "Rien sur le transport", "Livraison uniquement vides, par transporteur spécialisé"]])
p("Les nouvelles CGV ont été rédigées par mes soins à partir des modèles de la FEVAD et relues par Nathalie. "
  "La relecture par l'avocat de l'entreprise (cabinet Ferrand, Marseille) est budgétée mais pas encore faite : "
  "elle est programmée pour la semaine du 9 février, avant la recette.")
h2("Mise en conformité RGPD")
ul(["Bandeau cookies Axeptio avec bouton « Tout refuser » aussi visible que « Tout accepter », aucun traceur "
    "publicitaire déposé avant consentement, choix conservé 6 mois (recommandations CNIL de 2020).",
    "Cases de consentement newsletter non pré-cochées ; distinction entre newsletter et e-mails de commande.",
    "Registre des traitements créé (7 traitements : commandes, compte client, newsletter, SAV, espace club, "
    "réservation d'atelier, vidéosurveillance du magasin).",
    "Durées de conservation : prospects 3 ans après le dernier contact, clients 3 ans après la dernière commande, "
    "pièces comptables 10 ans ; purge automatique paramétrée dans PrestaShop.",
    "Contrats de sous-traitance vérifiés (Kalanka, OVH, Brevo, Mobile Stock) ; hébergement en France.",
    "Page « Données personnelles » expliquant les droits et une adresse dédiée donnees@abysse-shop.fr."])

h1("10. Organisation de l'entrepôt et des commandes")
h2("Organisation du stock")
p("Analyse ABC des 4 200 références sur 12 mois : 420 références (classe A) font 78 % des lignes préparées. "
  "Elles sont désormais implantées dans la zone la plus proche du poste d'emballage. Adressage de tous les "
  "emplacements (allée-colonne-niveau, ex. B-04-2) et gestion des emplacements dans le WMS.")
tab([["Type de produit", "Traçabilité", "Contrôle à réception", "Contrôle à l'expédition"],
     ["Détendeurs, ordinateurs de plongée", "N° de série saisi dans le WMS et sur la facture",
      "Vérification du n° de série, scellé d'usine intact", "Scan du n° de série, contrôle visuel du scellé"],
     ["Gilets stabilisateurs (EPI)", "Lot fabricant + date de fabrication", "Notice et marquage CE présents",
      "Scan EAN + vérification de la taille"],
     ["Combinaisons", "EAN par taille/épaisseur", "Comptage, contrôle de 1 carton sur 10",
      "Scan EAN, étiquette couleur épaisseur"],
     ["Consommables (piles, graisse silicone, antibuée)", "Lot + date limite", "Date limite > 12 mois",
      "FIFO, scan EAN"],
     ["Bouteilles de plongée (vides)", "N° de bouteille + date de réépreuve", "Date de réépreuve valide",
      "Bouchon de protection, étiquette transporteur spécialisé"]])
h2("Simplification du traitement des commandes")
tab([["Étape avant (PrestaShop 1.6)", "Après"],
     ["1. Impression manuelle des commandes du jour", "Supprimée : vagues de préparation générées par le WMS"],
     ["2. Tri des bons par zone à la main", "Supprimée : tri automatique par adresse"],
     ["3. Vérification du stock dans Sage", "Supprimée : stock synchronisé toutes les 15 min"],
     ["4. Prélèvement (sans ordre de parcours)", "Prélèvement guidé sur terminal, parcours optimisé"],
     ["5. Contrôle visuel des articles", "Remplacé par le scan de chaque article"],
     ["6. Saisie manuelle de l'étiquette Boxtal", "Supprimée : étiquette générée au scan du dernier article"],
     ["7. Saisie du n° de suivi dans PrestaShop", "Supprimée : remontée automatique"],
     ["8. E-mail d'expédition envoyé à la main", "Supprimée : e-mail automatique"],
     ["9. Emballage", "Emballage (cartons en 4 formats au lieu de 9)"],
     ["10. Dépôt au transporteur", "Enlèvement quotidien à 16 h 30"]])
p("Résultat mesuré sur les 3 premières semaines de février : temps moyen de traitement d'une commande de "
  "11 min 40 à 6 min 10, 4 étapes sur 10 supprimées, 95,8 % des commandes expédiées en J+1.")
h2("Solutions de stockage retenues")
ul(["Rayonnages légers à tablettes pour le picking des petits articles de classe A et B (masques, ordinateurs, lampes) : "
    "accès direct, adressage simple.",
    "Rayonnage dynamique à rouleaux (FIFO) pour les consommables datés (piles, graisse, antibuée) : le plus ancien "
    "sort en premier, réapprovisionnement par l'arrière.",
    "Penderies mobiles pour les 1 100 combinaisons, classées par épaisseur puis taille, pour éviter les plis.",
    "Râteliers à bouteilles avec sangles pour les 60 bouteilles en stock.",
    "Rayonnage à palettes classique pour le stock de réserve (cartons fournisseurs). Un rayonnage push-back ou un "
    "transstockeur a été écarté : volume trop faible (moins de 40 palettes) pour justifier l'investissement."])
h2("Transporteurs")
tab([["Rang", "Transporteur", "Coût moyen colis 2 kg (négocié)", "Émissions estimées / colis", "Engagements RSE", "Usage"],
     ["1", "Mondial Relay (point relais)", "4,35 €", "≈ 0,15 kg CO2e", "Livraison mutualisée en points relais, rapport carbone", "Offre par défaut"],
     ["2", "Colissimo (domicile)", "6,90 €", "≈ 0,30 kg CO2e", "Compensation et véhicules électriques en ville", "Domicile"],
     ["3", "GLS", "6,40 €", "≈ 0,35 kg CO2e", "Programme Climate Protect", "Clubs (colis lourds)"],
     ["4", "Chronopost", "11,80 €", "≈ 0,55 kg CO2e", "Flotte électrique partielle", "Express 24 h"],
     ["5", "Geodis (messagerie)", "38 € / bouteille", "n.c.", "Peu d'informations publiées", "Bouteilles uniquement"]])
p("Le classement combine le coût (70 %) et l'impact environnemental (30 %). Mondial Relay arrive en tête sur les "
  "deux critères ; il est désormais proposé en premier au paiement.")
h2("Satisfaction sur la livraison")
p("Depuis le 1er février, un e-mail Brevo est envoyé 2 jours après la livraison avec une seule question notée "
  "de 1 à 5 et un champ libre. Sur 612 réponses (taux de réponse 21 %) : 4,5/5 en moyenne ; Mondial Relay 4,6, "
  "Colissimo 4,4, Chronopost 4,7, GLS 4,0. Les notes basses de GLS concernent surtout des retards vers la Corse : "
  "la Corse est repassée sur Colissimo. Les avis Avis Vérifiés mentionnant la livraison sont passés de 72 % à 86 % "
  "de positifs entre novembre et février.")

h1("11. Risques")
tab([["Risque", "Probabilité", "Impact", "Mesure prévue", "Responsable"],
     ["Retard de l'agence sur le développement", "Moyenne", "Fort", "Point hebdo, pénalités au contrat, 4 jours de marge", "RT"],
     ["Perte de positions SEO après bascule", "Moyenne", "Fort", "Plan de 1 900 redirections 301, suivi Search Console J+1 à J+30", "Julie"],
     ["Erreurs dans la reprise des commandes", "Faible", "Moyen", "Deux passes de reprise, contrôle de 200 commandes", "RT"],
     ["Préparateurs perdus dans la nouvelle implantation", "Moyenne", "Moyen", "Plan papier affiché, formation 2 × 2 h, binôme", "Karim"],
     ["Indisponibilité du site le jour de la bascule", "Faible", "Fort", "Bascule la nuit de dimanche, retour arrière prévu", "Kalanka"],
     ["Dépassement budgétaire", "Moyenne", "Moyen", "Provision 5 %, report de la 2e séance photo", "RT / FA"]])

h1("12. Tableau de bord du projet (au 20 février 2026)")
tab([["Indicateur", "Valeur", "Cible", "État"],
     ["Avancement global (tâches terminées)", "78 %", "75 % à cette date", "Vert"],
     ["Budget engagé", "88 180 € / 92 000 €", "≤ 92 000 €", "Orange"],
     ["Cas de recette passés (1re campagne)", "96 / 140", "140 au 11/03", "Vert"],
     ["Anomalies bloquantes ouvertes", "3", "0 avant bascule", "Orange"],
     ["Commandes expédiées en J+1", "95,8 %", "95 %", "Vert"],
     ["Taux d'erreur de préparation", "0,5 %", "< 0,5 %", "Orange"],
     ["LCP mobile en pré-production", "1,8 s", "< 2 s", "Vert"]])
p("Prochaine étape : COPIL du 2 mars pour décider du « go / no go » de la bascule sur la base de ce tableau.")

brk()
h1("Annexe 1 – Extrait du plan de recette")
tab([["N°", "Cas de test", "Résultat attendu", "Testeur", "Statut au 20/02"],
     ["R-012", "Commande invité, CB, Mondial Relay, sur mobile Android", "Commande créée, e-mail reçu, stock Sage décrémenté", "Julie", "OK"],
     ["R-013", "Même cas sur iPhone (Safari)", "Idem", "Sofia", "OK"],
     ["R-027", "Compte club : tarif dégressif à partir de 10 combinaisons", "Remise de 12 % appliquée au panier", "Nathalie", "KO – remise appliquée dès 5"],
     ["R-041", "Réservation d'une révision de détendeur", "Créneau bloqué, confirmation envoyée", "Romain", "OK"],
     ["R-058", "Redirection d'une ancienne URL produit", "301 vers la nouvelle fiche", "Julie", "OK (1 870 / 1 900)"],
     ["R-066", "Produit épuisé dans Sage", "Bouton « Prévenez-moi » sous 15 min", "Karim", "OK"],
     ["R-074", "Retour produit via l'espace client", "Étiquette de retour générée", "Sofia", "En cours"],
     ["R-089", "Refus des cookies dans le bandeau", "Aucun cookie Meta / Google Ads déposé", "Romain", "OK"],
     ["R-102", "Export des données d'un client (droit d'accès)", "Fichier complet en moins de 5 min", "Romain", "OK"],
     ["R-117", "Bouteille de plongée dans le panier", "Seul le transporteur Geodis est proposé", "Karim", "KO – Colissimo proposé"]])
h1("Annexe 2 – Relevé de décisions du COPIL")
tab([["Date", "Décision", "Motif"],
     ["21/11/2025", "Lancement de la consultation auprès de 5 agences", "Cahier des charges v1.3 validé"],
     ["05/12/2025", "Choix de Kalanka (87/100)", "Meilleure note, seule offre incluant le connecteur Sage"],
     ["09/01/2026", "Abandon du configurateur 3D", "Non rattaché à un objectif, +9 000 €"],
     ["23/01/2026", "Acceptation du surcoût rayonnages (+1 150 €)", "Sécurité du stockage des bouteilles"],
     ["04/02/2026", "Prime de 300 € pour Lucas et Mélanie", "Propositions d'implantation, productivité +45 %"],
     ["18/02/2026", "Report de la 2e séance photo en mai si nouvel écart budgétaire", "Protection de la date du 16 mars"]])
p("Les comptes rendus complets sont rangés dans le Notion du projet (espace « Cap 2026 / COPIL »).")


# ---------------------------------------------------------------- rendu
def build():
    doc = OpenDocumentText()
    doc.meta.addElement(InitialCreator(text=AUTHOR))
    doc.meta.addElement(Creator(text=AUTHOR))
    doc.meta.addElement(Title(text="Abysse Shop – Dossier de gestion de projet"))
    doc.meta.addElement(CreationDate(text="2026-02-20T10:00:00"))
    doc.meta.addElement(Date(text="2026-02-20T10:00:00"))

    pl = PageLayout(name="PL")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.8cm",
                                       marginbottom="1.6cm", marginleft="2cm", marginright="2cm"))
    doc.automaticstyles.addElement(pl)
    fst = Style(name="FooterP", family="paragraph")
    fst.addElement(TextProperties(fontsize="8pt", color="#555555"))
    doc.styles.addElement(fst)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hd = Header()
    hd.addElement(P(stylename=fst, text="Abysse Shop – Projet Cap 2026 – Bloc 5"))
    mp.addElement(hd)
    ft = Footer()
    ft.addElement(P(stylename=fst, text=f"{AUTHOR} – Dossier de gestion de projet – diffusion interne"))
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)

    body = Style(name="Body", family="paragraph")
    body.addElement(TextProperties(fontsize="10.5pt", fontfamily="Liberation Sans"))
    body.addElement(ParagraphProperties(marginbottom="0.18cm", textalign="justify"))
    doc.styles.addElement(body)
    h1s = Style(name="Heading 1", family="paragraph")
    h1s.addElement(TextProperties(fontsize="15pt", fontweight="bold", color="#0b4f6c"))
    h1s.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1s)
    h2s = Style(name="Heading 2", family="paragraph")
    h2s.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#1b7fa3"))
    h2s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
    doc.styles.addElement(h2s)
    cover = Style(name="Cover", family="paragraph")
    cover.addElement(TextProperties(fontsize="20pt", fontweight="bold", color="#0b4f6c"))
    cover.addElement(ParagraphProperties(textalign="center", margintop="1.5cm"))
    doc.automaticstyles.addElement(cover)
    brs = Style(name="Brk", family="paragraph")
    brs.addElement(ParagraphProperties(breakafter="page"))
    doc.automaticstyles.addElement(brs)
    cellp = Style(name="CellP", family="paragraph")
    cellp.addElement(TextProperties(fontsize="8.5pt", fontfamily="Liberation Sans"))
    doc.automaticstyles.addElement(cellp)
    cellh = Style(name="CellH", family="paragraph")
    cellh.addElement(TextProperties(fontsize="8.5pt", fontweight="bold", fontfamily="Liberation Sans"))
    doc.automaticstyles.addElement(cellh)
    cellg = Style(name="CellG", family="paragraph")
    cellg.addElement(TextProperties(fontsize="7pt", fontfamily="Liberation Sans"))
    doc.automaticstyles.addElement(cellg)
    cs = Style(name="Cell", family="table-cell")
    cs.addElement(TableCellProperties(border="0.5pt solid #777777", padding="0.08cm"))
    doc.automaticstyles.addElement(cs)
    csh = Style(name="CellHead", family="table-cell")
    csh.addElement(TableCellProperties(border="0.5pt solid #777777", padding="0.08cm", backgroundcolor="#d6ebf2"))
    doc.automaticstyles.addElement(csh)
    csg = Style(name="CellGantt", family="table-cell")
    csg.addElement(TableCellProperties(border="0.5pt solid #777777", padding="0.05cm", backgroundcolor="#1b7fa3"))
    doc.automaticstyles.addElement(csg)
    ts = Style(name="Tbl", family="table")
    ts.addElement(TableProperties(width="17cm", align="center"))
    doc.automaticstyles.addElement(ts)
    bullet_style = ListStyle(name="Bul")
    lvl = ListLevelStyleBullet(level=1, bulletchar="•")
    lvl.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.5cm"))
    bullet_style.addElement(lvl)
    doc.automaticstyles.addElement(bullet_style)

    first = True
    n_table = 0
    for kind, val in D:
        if kind == "p" and first and val.startswith("Abysse Shop – Projet"):
            doc.text.addElement(P(stylename=cover, text=val))
            continue
        if kind == "h1":
            first = False
            doc.text.addElement(H(outlinelevel=1, stylename=h1s, text=val))
        elif kind == "h2":
            doc.text.addElement(H(outlinelevel=2, stylename=h2s, text=val))
        elif kind == "p":
            doc.text.addElement(P(stylename=body, text=val))
        elif kind == "ul":
            lst = List(stylename=bullet_style)
            for it in val:
                li = ListItem()
                li.addElement(P(stylename=body, text=it))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif kind == "brk":
            doc.text.addElement(P(stylename=brs, text=""))
        elif kind == "tab":
            rows, gantt = val
            n_table += 1
            ncol = len(rows[0])
            t = Table(name=f"Tableau{n_table}", stylename=ts)
            if gantt:
                widths = [3.6, 1.5, 1.6, 1.6] + [0.79] * (ncol - 4)
            else:
                widths = [17.0 / ncol] * ncol
            for j, w in enumerate(widths):
                cst = Style(name=f"T{n_table}C{j}", family="table-column")
                cst.addElement(TableColumnProperties(columnwidth=f"{w:.2f}cm"))
                doc.automaticstyles.addElement(cst)
                t.addElement(TableColumn(stylename=cst))
            for i, r in enumerate(rows):
                tr = TableRow()
                for j, c in enumerate(r):
                    style = csh if i == 0 else cs
                    if gantt and i > 0 and c == "■":
                        style = csg
                    tc = TableCell(stylename=style, valuetype="string")
                    tc.addElement(P(stylename=(cellg if gantt else (cellh if i == 0 else cellp)), text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P(stylename=body, text=""))
    doc.save(str(OUT / "abysse-gestion-projet.odt"))
    normalize_zip(OUT / "abysse-gestion-projet.odt")


def normalize_zip(path):
    """Réécrit l'archive avec des dates fixes pour un résultat identique à chaque exécution."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w") as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


if __name__ == "__main__":
    build()
