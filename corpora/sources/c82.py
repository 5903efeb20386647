# Générateur du dossier de la candidate c82 (Soléo Kit, kits solaires prêts à brancher, Balma) :
# un seul rapport PDF A4 portrait (reportlab), titres numérotés « Partie I — … » / « 1.1 », bandeau d'en-tête,
# pied « n / 24 », sommaire paginé (deux passes), captures figurées par des cadres gris légendés.
# Produit : corpora/c82-kits-solaires-toulouse/soleo-kit-dossier.pdf. Déterministe (invariant=1).
import io, os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether, CondPageBreak)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c82-kits-solaires-toulouse")
PDF = os.path.join(OUT, "soleo-kit-dossier.pdf")
AUTHOR = "Inès Garrigues"

# ====================================================================== CONTENU
# ("part", titre) ("h2", titre) ("p", texte) ("t", légende, lignes, largeurs, options) ("swot", légende, grille)
# ("fig", légende) ("li", texte) ("pb",)
C = []
def part(x): C.append(("part", x))
def h2(x): C.append(("h2", x))
def p(x): C.append(("p", x))
def li(x): C.append(("li", x))
def t(caption, rows, widths, size=7.6): C.append(("t", caption, rows, widths, size))
def fig(x, h=4.2): C.append(("fig", x, h))
def pb(): C.append(("pb",))

# ---------------------------------------------------------------- Introduction
part("Introduction")
h2("Soléo Kit en quelques chiffres")
p("Soléo Kit SAS a été fondée en 2020 à Balma, aux portes de Toulouse, par Amandine Pujol (présidente) et Karim Haddad (directeur technique). "
  "L'entreprise conçoit et vend en ligne des kits solaires prêts à brancher pour balcons et jardins : le « Kit Balcon 800 W » (649 €), le « Kit Jardin 1,6 kW » "
  "(1 290 €), la batterie « SoléoBox 2 kWh » (990 €), ainsi que des kits de fixation et des micro-onduleurs vendus seuls. Nous sommes 26 salariés.")
p("En 2025, Soléo Kit a réalisé 4,9 M€ HT de chiffre d'affaires, dont 92 % en ligne (4,5 M€) sur une boutique Shopify Plus : 7 300 commandes, panier moyen de "
  "615 €, 88 000 sessions par mois. Le taux de conversion est de 0,83 % (commandes rapportées aux 880 000 visiteurs uniques de l'année), avec une "
  "considération longue : 19 jours médians entre la première visite et la commande. Les installateurs partenaires pèsent 8 % du CA. La demande suit deux "
  "saisons : février–juin (soleil et inquiétude sur les factures) et septembre (facture annuelle de régularisation).")
p("Nos concurrents directs sont trois pure players, Sunbox France, PlugEnergie et ÉcoWatt Direct, et l'enseigne de bricolage Maxi-Brico. Le contexte "
  "réglementaire pèse sur l'achat : le client doit déclarer son installation d'autoconsommation au gestionnaire du réseau, et la production varie "
  "beaucoup selon l'ensoleillement de sa région.")
h2("Ma mission")
p("Je suis alternante en Mastère chef de projet e-commerce depuis septembre 2024, chargée d'acquisition et de contenus, sous la tutelle de Julien Sarda, "
  "head of growth. Je travaille avec Chloé Bénazet (contenus), Karim Haddad pour les développements Shopify et le photographe Atelier Garonne. "
  "Ce dossier présente la stratégie 2026 (Partie I), le référencement et la mesure de performance (Partie II), puis la production de contenus et le "
  "tunnel de conversion (Partie III).")

# ---------------------------------------------------------------- Partie I
part("Partie I — Stratégie")
h2("1.1 Trois segments, leurs motivations et leurs freins")
p("En novembre 2025, nous avons interrogé nos clients et inscrits à la newsletter (1 030 réponses via un formulaire Klaviyo) et analysé 400 conversations "
  "du chat Shopify Inbox d'octobre et novembre. Trois segments se dégagent.")
t("Tableau 1 : motivations et freins par segment (enquête n = 1 030, 400 conversations analysées)",
  [["", "Citadins en appartement avec balcon (46 %)", "Propriétaires de maison avec jardin (34 %)", "Seniors retraités « facture » (20 %)"],
   ["Profil", "25–45 ans, Toulouse, Bordeaux, Lyon, Montpellier ; locataires pour 38 %", "35–60 ans, maison individuelle, périurbain", "62 ans et plus, propriétaires, revenus fixes"],
   ["Motivations", "Baisser la facture sans travaux (68 %) ; geste écologique visible (52 %) ; installation seul (47 %)", "Produire davantage (61 %) ; stocker avec une batterie (39 %) ; valoriser la maison (22 %)", "Se protéger des hausses de prix (74 %) ; être accompagné (58 %) ; produit durable (41 %)"],
   ["Freins", "Règlement de copropriété (44 %) ; production réelle sur un balcon mal orienté (41 %) ; déclaration (29 %)", "Prix avec batterie (48 %) ; comparaison avec une installation en toiture (35 %)", "Peur de l'arnaque (53 %) ; démarches administratives (49 %) ; achat en ligne (31 %)"],
   ["Questions au chat (400 conversations)", "Orientation, fixation sur garde-corps, copropriété", "Batterie, dimensionnement, raccordement", "Déclaration, garantie, qui installe"]],
  [3.0, 4.8, 4.6, 4.6])
h2("1.2 Le parcours d'achat des citadins avec balcon")
p("Le segment balcon représente 54 % de nos commandes. Nous avons reconstitué son parcours à partir de l'enquête, des chemins GA4 et des conversations. "
  "Le déclencheur est presque toujours la facture d'électricité : 38 % des répondants citent la facture de régularisation.")
t("Tableau 2 : les étapes du parcours balcon, avec taux de passage et durée médiane",
  [["Étape", "Ce que fait le client", "Points de contact", "Passage / durée"],
   ["Besoin", "Reçoit sa facture ou entend parler d'une hausse du tarif", "Facture, médias, entourage", "38 % citent la facture"],
   ["Recherche", "Regarde des vidéos, lit les forums, teste des simulateurs de production", "YouTube, forums, simulateurs, notre blog", "71 % utilisent un simulateur ; 6 jours"],
   ["Comparaison", "Compare 3 à 5 sites : prix, production annoncée, garantie, fixation", "Sites concurrents, avis, comparateurs", "22 % passent du simulateur à une fiche ; 8 jours"],
   ["Achat", "Commande le plus souvent sur ordinateur, après plusieurs visites", "Fiche produit, panier, paiement 4x", "31 % des paniers deviennent commandes ; 5 jours"],
   ["Après l'achat", "Installe le kit, déclare l'installation, suit sa production", "Guide, vidéo, application de suivi, e-mails", "64 % déclarent sous 30 jours ; 58 % activent l'application"]],
  [2.2, 5.4, 4.8, 4.6])
fig("Figure 1 : simulateur de production par ville, résultat pour un balcon plein sud à Toulouse", 2.6)
p("Les 19 jours médians se répartissent en 6 jours de recherche, 8 de comparaison et 5 d'hésitation avant l'achat. Le moment décisif est le passage du "
  "simulateur à la fiche produit : c'est là que nous perdons le plus de visiteurs.")
h2("1.3 Benchmark concurrentiel")
t("Tableau 3 : comparaison de quatre concurrents sur dix critères (relevés de décembre 2025)",
  [["Critère", "Soléo Kit", "Sunbox France", "PlugEnergie", "ÉcoWatt Direct", "Maxi-Brico"],
   ["Prix kit balcon 800 W", "649 €", "599 €", "689 €", "629 €", "549 € (600 W)"],
   ["Batterie proposée", "Oui, 2 kWh", "Oui, 1,6 kWh", "Non", "Oui, 2,2 kWh", "Non"],
   ["Garantie panneaux", "20 ans", "15 ans", "20 ans", "12 ans", "5 ans"],
   ["Délai de livraison", "48–72 h", "5–7 jours", "72 h", "48 h", "Retrait en magasin"],
   ["Simulateur de production", "Par ville", "Par région", "Non", "Par code postal", "Non"],
   ["Aide à la déclaration", "Guide + formulaire prérempli", "Guide", "Non", "Service payant (39 €)", "Non"],
   ["Installation", "Réseau de 42 installateurs", "Non", "Non", "Partenaire national", "Pose en option"],
   ["Avis clients", "4,6/5 (2 800)", "4,3/5", "4,5/5", "4,1/5", "3,8/5"],
   ["Présence SEO « kit solaire balcon »", "14e", "2e", "6e", "9e", "4e"],
   ["Paiement fractionné", "4x sans frais", "3x", "4x", "10x avec frais", "Carte enseigne"]],
  [3.6, 2.6, 2.6, 2.4, 2.8, 3.0])
p("Enseignements : Sunbox France gagne sur le prix et surtout sur la visibilité (2e sur « kit solaire balcon »), mais garantit moins et livre lentement. "
  "ÉcoWatt Direct copie notre simulateur et vend l'aide à la déclaration. Maxi-Brico attire par le prix d'un kit moins puissant. Notre avance tient à "
  "l'accompagnement (simulateur par ville, déclaration préremplie, réseau d'installateurs) et à la garantie ; notre retard est la visibilité naturelle.")
h2("1.4 SWOT et décisions")
C.append(("swot", "Tableau 4 : matrice SWOT de Soléo Kit",
  [["<b>Forces</b> — simulateur de production par ville ; garantie de 20 ans ; livraison 48–72 h ; réseau de 42 installateurs ; 2 800 avis à 4,6/5",
    "<b>Faiblesses</b> — faible visibilité naturelle sur les requêtes génériques ; conversion de 0,83 % ; simulateur lent sur mobile ; taux d'attache batterie de 12 %"],
   ["<b>Opportunités</b> — hausse durable des prix de l'électricité ; kits prêts à brancher autorisés et mieux connus ; immeubles avec balcons dans les métropoles du Sud ; aides locales à la rénovation",
    "<b>Menaces</b> — guerre des prix des pure players ; arrivée des enseignes de bricolage ; règlements de copropriété restrictifs ; méfiance après des démarchages abusifs dans le solaire"]]))
t("Tableau 5 : croisement des quadrants, décisions et priorités",
  [["Croisement", "Décision", "Priorité"],
   ["Forces × Opportunités", "Faire du simulateur par ville la porte d'entrée du site et des campagnes", "1"],
   ["Faiblesses × Opportunités", "Construire un cocon « autoconsommation » pour gagner les requêtes génériques", "1"],
   ["Forces × Menaces", "Répondre à la méfiance par la garantie, les avis et le guide de déclaration, pas par le prix", "2"],
   ["Faiblesses × Menaces", "Vendre la batterie en pack et préparer des arguments copropriété", "2"]],
  [3.8, 11.0, 2.0])
h2("1.5 Objectifs 2026 et segments ciblés")
t("Tableau 6 : les cinq objectifs de 2026, validés par les fondateurs en décembre 2025",
  [["Objectif", "2025", "Cible 2026", "Mesure"],
   ["Chiffre d'affaires total HT", "4,9 M€", "6,2 M€", "Shopify + facturation pro"],
   ["Taux de conversion (commandes / visiteurs uniques)", "0,83 %", "1,1 %", "GA4"],
   ["Taux d'attache de la batterie SoléoBox", "12 %", "20 %", "Shopify (commandes avec batterie)"],
   ["Part du CA réalisée par l'emailing", "14 %", "20 %", "Klaviyo + GA4"],
   ["Part du CA des comptes installateurs", "8 %", "12 %", "Shopify B2B"]],
  [7.4, 2.4, 2.4, 4.8])
p("Nous ciblons en priorité les citadins avec balcon, qui portent le volume et la conversion ; en deuxième les propriétaires avec jardin, dont le panier et "
  "l'attache batterie sont les plus élevés ; en troisième les seniors « facture », qui demandent plus d'accompagnement mais répondent très bien à "
  "l'e-mail. Les installateurs sont travaillés par des comptes dédiés, en dehors de la publicité grand public.")
h2("1.6 Les leviers en quatre vagues")
p("<b>Vague 1 — SEO et contenus, dès janvier.</b> Un contenu met deux à trois mois à se positionner : pour être visibles au pic de mars, les pages du cocon "
  "doivent être publiées en janvier. C'est aussi le levier qui corrige notre principale faiblesse.")
p("<b>Vague 2 — Google Ads, Microsoft Ads et Meta Ads, de février à juin, puis en septembre.</b> Le budget payant est concentré sur les deux saisons où "
  "l'intention existe ; hors saison, seules les campagnes de marque restent actives.")
p("<b>Vague 3 — Affiliation et emailing, à partir de mars.</b> Avec 19 jours de réflexion, il faut entretenir la relation : Klaviyo relance les visiteurs "
  "qui ont simulé leur production, et Affilae recrute des blogs énergie et des comparateurs une fois que le trafic payant a validé nos pages.")
p("<b>Vague 4 — Vidéo sociale, à partir de mai.</b> YouTube et Instagram servent à prouver que l'installation est simple ; la vidéo arrive en dernier car "
  "elle demande les photos et tournages prévus au printemps.")
h2("1.7 Calendrier 2026")
p("Le calendrier est tenu dans Asana selon le modèle de projet de l'entreprise : une section par trimestre, une tâche par action avec un responsable, "
  "une durée et une échéance, et des jalons (losanges) pour les dates de validation.")
fig("Figure 2 : projet Asana « Plan marketing 2026 », vue chronologie avec jalons", 2.6)
t("Tableau 7 : calendrier 2026 (projet Asana « Plan marketing 2026 »)",
  [["Période", "Tâche", "Durée", "Responsable", "Jalon", "Pourquoi cette période"],
   ["Janvier", "Publication du cocon autoconsommation (12 pages)", "4 sem.", "Chloé, Inès", "31/01 : cocon en ligne", "2 à 3 mois avant le pic de mars"],
   ["Février", "Refonte des campagnes Google et Microsoft Ads", "2 sem.", "Inès", "15/02 : lancement", "Début de la saison solaire"],
   ["Mars–avril", "Opération Printemps", "7 sem.", "Julien, Inès", "16/03 : lancement", "Pic de recherches, jours plus longs"],
   ["Mars", "Programme d'affiliation Affilae", "3 sem.", "Inès", "31/03 : 20 affiliés", "Trafic payant validé"],
   ["Avril", "Scénarios Klaviyo post-simulation", "2 sem.", "Inès", "15/04 : flux actifs", "Relance pendant les 19 jours"],
   ["Mai", "Tournage vidéo installation", "1 sem.", "Chloé, Atelier Garonne", "20/05 : vidéo publiée", "Lumière, balcons fleuris"],
   ["Juin", "Bilan de la première saison", "1 sem.", "Julien, Inès", "30/06 : revue fondateurs", "Fin de la saison de printemps"],
   ["Septembre", "Campagne « facture annuelle »", "4 sem.", "Inès", "01/09 : lancement", "Réception des régularisations"],
   ["Novembre", "Enquête clients, budget 2027", "3 sem.", "Inès, Julien", "15/12 : budget validé", "Période creuse"]],
  [2.0, 4.6, 1.4, 2.6, 3.0, 3.4])
h2("1.8 Alliances stratégiques")
t("Tableau 8 : partenaires d'alliance étudiés",
  [["Partenaire", "Cible commune", "Mode de consommation", "Image", "Décision"],
   ["Assur'Habitat Midi (assureur habitation)", "Propriétaires et locataires", "Contrat annuel, espace client en ligne", "Sérieux, protection", "Retenu : offre adhérents"],
   ["Balcon Bohème (mobilier de balcon)", "Citadins avec balcon", "Achat en ligne au printemps", "Design, urbain", "Retenu : co-marquage"],
   ["Conseil Rénov' Occitanie (réseau de conseil)", "Ménages qui veulent réduire leur facture", "Conseil gratuit avant un achat réfléchi", "Neutre, de confiance", "Retenu : prioritaire"],
   ["Coop'Énergie Garonne (coopérative)", "Sociétaires engagés", "Achat militant, bouche-à-oreille", "Engagée, locale", "Retenu"],
   ["Bons-Plans-Express (site de coupons)", "Très large", "Achat au code promo", "Discount", "Refusé"]],
  [4.2, 3.4, 3.8, 2.6, 3.0])
p("Le site de coupons a été refusé : « image discount incompatible avec un achat à 20 ans de garantie ». Ses utilisateurs viennent chercher un code, pas un "
  "conseil, et nos marges ne permettent pas une remise permanente. Conseil Rénov' Occitanie est prioritaire : ses conseillers rencontrent exactement nos "
  "seniors « facture », au moment où ils se renseignent.")
pb()
h2("1.9 Note aux fondateurs : Opération Printemps 2026 contre 2025")
p("Note remise à Amandine Pujol et Karim Haddad le 12 mai 2026. L'opération a couru du 16 mars au 30 avril dans les deux cas ; en 2026, elle associait le "
  "pack Kit Balcon + SoléoBox à 1 549 € au lieu de 1 639 €, le simulateur par ville mis en avant et les relances Klaviyo.")
t("Tableau 9 : Opération Printemps, 2025 et 2026 (16 mars – 30 avril)",
  [["Indicateur", "2025", "2026", "Évolution"],
   ["Sessions", "131 000", "168 000", "+28 %"],
   ["Simulations de production", "24 600", "41 800", "+70 %"],
   ["Commandes", "1 080", "1 510", "+40 %"],
   ["CA HT", "662 000 €", "963 000 €", "+45 %"],
   ["Attache batterie", "11 %", "19 %", "+8 pts"],
   ["Coût média et contenus", "74 000 €", "98 000 €", "+32 %"],
   ["Marge brute (34 %)", "225 100 €", "327 400 €", "+102 300 €"]],
  [6.0, 3.4, 3.4, 3.4])
p("Lecture critique. Une partie de la hausse ne vient pas de nous. L'annonce de la hausse du tarif réglementé au 1er février 2026 et le reportage national "
  "du 12 mars sur les kits de balcon ont fait bondir les recherches de la catégorie : +31 % pour l'ensemble du marché selon Google Trends. Pâques tombait "
  "le 5 avril 2026 contre le 20 avril 2025 : le long week-end, propice aux installations, est arrivé plus tôt et a avancé des achats. En retirant la hausse "
  "du marché, l'effet propre de l'opération est d'environ +14 % de CA ; la marge supplémentaire (102 300 €) reste très supérieure au surcoût (24 000 €). "
  "Nous recommandons de reconduire le pack batterie, qui explique l'essentiel de la hausse du panier.")
h2("1.10 Budget prévisionnel 2026")
t("Tableau 10 : budget prévisionnel par levier (dépenses et revenus attendus)",
  [["Levier", "Postes de dépense", "Dépenses", "Revenus attendus (CA HT)", "Marge (34 %)", "ROI"],
   ["SEO, contenus et vidéo", "Semrush 3 000 €, Screaming Frog 240 €, temps de Chloé 19 000 €, Atelier Garonne 6 400 €, articles partenaires 4 800 €", "33 440 €", "non estimés", "—", "—"],
   ["Google Ads", "Média 210 000 €, outil de flux 1 500 €", "211 500 €", "1 260 000 €", "428 400 €", "103 %"],
   ["Microsoft Ads", "Média 18 000 €", "18 000 €", "95 000 €", "32 300 €", "79 %"],
   ["Meta Ads", "Média 72 000 €, création vidéo 6 000 €", "78 000 €", "340 000 €", "115 600 €", "48 %"],
   ["Affiliation Affilae", "Plateforme 4 800 €, commissions 7 % provisionnées 14 000 €", "18 800 €", "non estimés", "—", "—"],
   ["Emailing Klaviyo", "Abonnement 9 600 €, modèles 2 500 €", "12 100 €", "1 240 000 €", "421 600 €", "3 384 %"],
   ["Total", "", "371 840 €", "", "", ""]],
  [2.8, 6.0, 1.8, 2.6, 1.8, 1.6])
p("Le ROI est calculé sur la marge brute de 34 % : (CA × 0,34 − dépenses) / dépenses. Pour Google Ads : (428 400 − 211 500) / 211 500 = 103 %. "
  "Le seuil de rentabilité d'une campagne est donc un ROAS de 2,94. L'emailing affiche un ROI très élevé car il s'adresse à des visiteurs déjà acquis "
  "par les autres leviers.")
h2("1.11 Écarts entre budget prévu et réalisé (janvier–septembre 2026)")
t("Tableau 11 : écarts de dépenses à fin septembre et préconisations",
  [["Levier", "Prévu", "Réel", "Écart", "Préconisation"],
   ["SEO, contenus et vidéo", "24 750 €", "22 900 €", "−7 %", "Reporter 1 850 € sur deux articles partenaires avant la saison de septembre"],
   ["Google Ads", "168 000 €", "181 400 €", "+8 %", "Plafonner la PMax en septembre et couper les requêtes « panneau solaire toiture »"],
   ["Microsoft Ads", "13 500 €", "9 800 €", "−27 %", "Volume insuffisant : ne garder que marque et kit balcon, basculer 3 000 € sur Google Shopping"],
   ["Meta Ads", "58 500 €", "66 200 €", "+13 %", "Hausse des CPM en septembre : réduire la prospection, garder le retargeting des simulateurs"],
   ["Affiliation", "14 100 €", "10 300 €", "−27 %", "Peu d'affiliés actifs : recruter 6 blogs énergie, relever la commission sur le pack batterie"],
   ["Emailing", "9 100 €", "9 400 €", "+3 %", "Écart dû à la croissance de la base : nettoyer les profils inactifs depuis 12 mois"]],
  [3.2, 1.8, 1.8, 1.2, 9.0])

# ---------------------------------------------------------------- Partie II
part("Partie II — Référencement et performance")
h2("2.1 Plan d'actions SEO priorisé")
p("L'audit de décembre 2025 (crawl Screaming Frog, Search Console, Semrush) a donné douze actions. Chacune est notée de 1 à 5 sur l'impact attendu, le "
  "trafic potentiel et l'effort ; le score vaut impact × trafic / effort.")
t("Tableau 12 : actions SEO notées et priorisées",
  [["Action", "Impact", "Trafic", "Effort", "Score", "Priorité"],
   ["Créer le cocon « autoconsommation » (12 pages)", "5", "5", "4", "6,3", "P1"],
   ["Pages « production par ville » pour 20 métropoles", "4", "5", "3", "6,7", "P1"],
   ["Réduire le LCP mobile (3,2 s)", "5", "3", "3", "5,0", "P1"],
   ["Réécrire les fiches des 4 kits", "5", "3", "2", "7,5", "P1"],
   ["Données structurées produit, avis, FAQ", "3", "3", "1", "9,0", "P1"],
   ["Netlinking auprès de partenaires énergie", "4", "3", "4", "3,0", "P2"],
   ["Corriger 140 liens internes cassés", "2", "2", "1", "4,0", "P2"],
   ["Fusionner les 9 articles en doublon", "3", "2", "2", "3,0", "P2"],
   ["Balises title des collections", "3", "2", "1", "6,0", "P2"],
   ["Textes alternatifs des 1 200 images", "2", "1", "2", "1,0", "P3"],
   ["Pages auteurs du blog", "2", "1", "1", "2,0", "P3"],
   ["Version anglaise du guide", "1", "2", "4", "0,5", "P3"]],
  [7.6, 1.5, 1.5, 1.5, 1.5, 1.6])
p("Les scores les plus élevés ne sont pas toujours les premiers traités : les données structurées (score 9,0) ont été posées en une demi-journée, mais le "
  "cocon, plus long, a été lancé en premier car il conditionne les pages « production par ville ».")
h2("2.2 Les outils de mesure et leur choix")
p("Nos outils de mesure du trafic sont GA4 (trafic, conversions, entonnoir), la Search Console (clics, impressions, positions), Semrush (suivi de positions, "
  "domaines référents), Screaming Frog (crawl technique), Microsoft Clarity (cartes de chaleur, enregistrements) et Looker Studio (synthèse).")
p("Méthode de choix : pour chaque besoin, nous avons listé les critères (fiabilité de la donnée, couverture du marché français, suivi par ville, coût pour "
  "trois utilisateurs, connecteur Looker Studio), testé deux outils pendant quatorze jours et noté chacun. Semrush l'a emporté sur Ahrefs : sa base "
  "française de mots-clés est plus large, le suivi de positions par ville sert nos requêtes d'ensoleillement régional, et sa licence à trois utilisateurs "
  "coûte moins cher ; Ahrefs restait meilleur sur l'index de liens, un avantage secondaire pour nous. Clarity l'a emporté sur Hotjar : gratuit, sans "
  "limite d'enregistrements, il détecte automatiquement les clics de rage et s'intègre à GA4 ; les sondages de Hotjar, son vrai plus, sont remplacés par "
  "le questionnaire post-achat Klaviyo.")
h2("2.3 Positions avant et après sur dix requêtes")
t("Tableau 13 : positions moyennes (Search Console), janvier et septembre 2026",
  [["Requête", "Janvier 2026", "Septembre 2026", "Évolution"],
   ["kit solaire balcon", "14", "4", "+10"],
   ["panneau solaire prise", "23", "9", "+14"],
   ["kit solaire plug and play", "8", "3", "+5"],
   ["kit solaire 800 w", "11", "2", "+9"],
   ["kit solaire jardin", "16", "7", "+9"],
   ["batterie kit solaire", "27", "12", "+15"],
   ["combien produit un panneau solaire balcon", "31", "6", "+25"],
   ["déclaration kit solaire autoconsommation", "19", "5", "+14"],
   ["production panneau solaire toulouse", "42", "8", "+34"],
   ["kit solaire sans déclaration", "35", "10", "+25"]],
  [7.8, 3.0, 3.0, 3.0])
fig("Figure 3 : suivi de positions Semrush du projet soleokit.fr, janvier–septembre 2026", 2.6)
h2("2.4 Méthode et matrice de mots-clés")
p("La matrice a été construite en cinq étapes : 1) collecte des requêtes réelles (Search Console, recherche interne Shopify, 400 conversations) ; "
  "2) extension dans Semrush (Keyword Magic Tool) et par les questions « Autres questions posées » ; 3) qualification par volume, difficulté, intention et "
  "saison ; 4) contextualisation : vocabulaire des clients (« kit solaire balcon » contre « panneau solaire prise », deux façons de chercher la même "
  "chose), requêtes régionales d'ensoleillement, requêtes réglementaires, concurrence de Sunbox France et ÉcoWatt Direct, clientèle installateurs ; "
  "5) affectation à une page unique.")
KW = [
 ["kit solaire balcon", "9 900", "38", "Achat", "Mars–juin", "Requête principale ; Sunbox 2e", "Collection balcon"],
 ["panneau solaire prise", "6 600", "31", "Achat", "Mars–juin", "Même besoin, vocabulaire des primo-acheteurs", "Collection balcon"],
 ["panneau solaire balcon", "5 400", "35", "Achat", "Mars–juin", "Variante", "Collection balcon"],
 ["kit solaire plug and play", "4 400", "29", "Achat", "Mars–juin", "Terme des connaisseurs", "Page kits"],
 ["kit solaire 800 w", "2 900", "24", "Achat", "Avril", "Puissance autorisée sans démarche lourde", "Fiche Kit Balcon 800 W"],
 ["kit solaire jardin", "2 400", "27", "Achat", "Avril–mai", "Segment maison", "Fiche Kit Jardin 1,6 kW"],
 ["kit solaire avec batterie", "1 900", "26", "Achat", "Sept.", "Objectif attache batterie", "Fiche SoléoBox"],
 ["batterie kit solaire", "1 600", "22", "Achat", "Sept.", "Objectif attache batterie", "Fiche SoléoBox"],
 ["micro onduleur", "3 600", "33", "Achat", "Mars", "Clientèle installateurs", "Collection onduleurs"],
 ["fixation panneau solaire balcon", "1 300", "12", "Achat", "Avril", "Question n° 2 du chat", "Kits de fixation"],
 ["combien produit un panneau solaire balcon", "2 400", "14", "Info", "Mars", "Frein : production réelle", "Article production"],
 ["rendement panneau solaire balcon", "1 000", "15", "Info", "Mars", "Frein : orientation", "Article production"],
 ["orientation panneau solaire balcon", "880", "11", "Info", "Avril", "Balcons est/ouest", "Article orientation"],
 ["autoconsommation solaire", "8 100", "41", "Info", "Toute l'année", "Page mère du cocon", "Guide autoconsommation"],
 ["autoconsommation sans batterie", "1 300", "18", "Info", "Sept.", "Argument batterie", "Article batterie"],
 ["déclaration kit solaire autoconsommation", "1 600", "9", "Réglementaire", "Avril", "Démarche obligatoire", "Guide déclaration"],
 ["convention autoconsommation sans injection", "720", "7", "Réglementaire", "Avril", "Terme administratif exact", "Guide déclaration"],
 ["kit solaire sans déclaration", "1 900", "10", "Réglementaire", "Mars", "Idée reçue à corriger", "Guide déclaration"],
 ["kit solaire copropriété", "1 300", "13", "Réglementaire", "Mars", "Frein n° 1 des citadins", "Article copropriété"],
 ["kit solaire locataire", "590", "8", "Réglementaire", "Mars", "38 % de locataires", "Article copropriété"],
 ["normes prise panneau solaire", "480", "9", "Réglementaire", "Avril", "Sécurité électrique", "FAQ installation"],
 ["production panneau solaire toulouse", "720", "6", "Local", "Mars", "Ensoleillement régional", "Page Toulouse"],
 ["ensoleillement toulouse kwh", "390", "5", "Local", "Mars", "Ensoleillement régional", "Page Toulouse"],
 ["production panneau solaire marseille", "880", "7", "Local", "Mars", "Ensoleillement régional", "Page Marseille"],
 ["production panneau solaire lyon", "720", "7", "Local", "Mars", "Ensoleillement régional", "Page Lyon"],
 ["production panneau solaire bordeaux", "590", "6", "Local", "Mars", "Ensoleillement régional", "Page Bordeaux"],
 ["production panneau solaire montpellier", "480", "5", "Local", "Mars", "Ensoleillement régional", "Page Montpellier"],
 ["panneau solaire balcon paris rentable", "720", "12", "Local", "Avril", "Ensoleillement faible : honnêteté", "Page Paris"],
 ["production panneau solaire lille", "390", "6", "Local", "Avril", "Ensoleillement faible", "Page Lille"],
 ["simulateur production solaire", "2 900", "34", "Outil", "Mars", "Notre simulateur par ville", "Simulateur"],
 ["kit solaire facture électricité", "1 000", "16", "Info", "Sept.", "Déclencheur : facture", "Article facture"],
 ["hausse prix électricité solution", "1 600", "21", "Info", "Févr., sept.", "Déclencheur : actualité", "Article facture"],
 ["kit solaire retraité", "210", "4", "Info", "Sept.", "Segment seniors", "Article seniors"],
 ["installer kit solaire balcon soi-même", "1 300", "10", "Info", "Mai", "Vidéo d'installation", "Article installation"],
 ["kit solaire installateur partenaire", "170", "5", "Pro", "Févr.", "Comptes installateurs", "Page pro"],
 ["grossiste kit solaire plug and play", "260", "11", "Pro", "Févr.", "Comptes installateurs", "Page pro"],
 ["kit solaire balcon avis", "1 300", "19", "Achat", "Avril", "Preuve sociale", "Page avis"],
 ["meilleur kit solaire balcon", "1 900", "28", "Comparaison", "Avril", "Face à Sunbox et PlugEnergie", "Comparatif"],
 ["kit solaire 800 w ou 600 w", "480", "8", "Comparaison", "Avril", "Face à Maxi-Brico (600 W)", "Comparatif"],
 ["garantie panneau solaire 20 ans", "320", "9", "Info", "Toute l'année", "Notre force", "Page garantie"],
]
t("Tableau 14 : matrice de 40 mots-clés (volumes mensuels au pic, difficulté Semrush)",
  [["Expression", "Volume", "Diff.", "Intention", "Saison", "Contexte", "Page cible"]] + KW,
  [4.3, 1.75, 1.2, 2.0, 1.9, 4.0, 3.0], size=6.4)
h2("2.5 Le cocon sémantique « autoconsommation »")
p("La page mère « Autoconsommation solaire : le guide » ouvre quatre branches : produire (combien produit un kit, orientation, production par ville), "
  "stocker (batterie ou pas), déclarer (guide de déclaration, copropriété, locataires) et installer (installation soi-même, normes). Chaque branche "
  "renvoie vers la fiche produit qui lui correspond.")
p("Règles de liens : un lien n'est placé que dans le texte, à l'endroit où le sujet de la page cible est traité ; l'ancre reprend l'expression visée par "
  "la page cible ; une page fille pointe vers sa mère et vers ses sœurs de la même branche, jamais vers une autre branche sauf par la page mère ; les "
  "fiches produits ne reçoivent de liens que depuis les pages dont l'intention mène à l'achat.")
t("Tableau 15 : liens du cocon (extrait, 14 liens sur 46)",
  [["Page source", "Ancre", "Page cible"],
   ["Guide autoconsommation", "combien produit un kit solaire balcon", "Article production"],
   ["Guide autoconsommation", "déclarer son kit solaire", "Guide déclaration"],
   ["Guide autoconsommation", "autoconsommation sans batterie", "Article batterie"],
   ["Guide autoconsommation", "installer un kit solaire soi-même", "Article installation"],
   ["Article production", "orientation du panneau sur un balcon", "Article orientation"],
   ["Article production", "production d'un panneau solaire à Toulouse", "Page Toulouse"],
   ["Article production", "Kit Balcon 800 W", "Fiche Kit Balcon 800 W"],
   ["Article orientation", "combien produit un kit solaire balcon", "Article production"],
   ["Article batterie", "batterie SoléoBox 2 kWh", "Fiche SoléoBox"],
   ["Guide déclaration", "convention d'autoconsommation sans injection", "FAQ déclaration"],
   ["Guide déclaration", "kit solaire en copropriété", "Article copropriété"],
   ["Article copropriété", "déclarer son kit solaire", "Guide déclaration"],
   ["Article installation", "normes de la prise pour panneau solaire", "FAQ installation"],
   ["Page Toulouse", "autoconsommation solaire", "Guide autoconsommation"]],
  [5.0, 6.4, 5.6])
h2("2.6 Netlinking et progression du référencement")
t("Tableau 16 : partenaires de liens (janvier–septembre 2026)",
  [["Partenaire", "Type de site", "DR (Semrush)", "Trafic apporté (GA4)"],
   ["Conseil Rénov' Occitanie", "Réseau de conseil en rénovation", "41", "1 860 sessions, 44 commandes"],
   ["Maison Autonome (blog)", "Blog énergie et maison", "38", "940 sessions, 17 commandes"],
   ["Coop'Énergie Garonne", "Coopérative d'énergie", "29", "liens nofollow, trafic non mesuré"],
   ["Bricolo Solaire (forum)", "Forum de bricoleurs", "52", "liens nofollow, trafic non mesuré"],
   ["Écolo Pratique (média)", "Média en ligne", "61", "liens nofollow, trafic non mesuré"]],
  [4.4, 4.6, 2.4, 5.6])
p("Semrush mesure la progression du profil de liens : 58 domaines référents en janvier 2026, 97 en septembre. Le tableau suivant additionne l'effet de "
  "l'ensemble des actions SEO.")
t("Tableau 17 : progression consolidée du SEO (Search Console, Semrush, GA4)",
  [["Indicateur", "Janv.–sept. 2025", "Janv.–sept. 2026", "Évolution"],
   ["Clics organiques hors marque", "182 000", "276 600", "+52 %"],
   ["Impressions hors marque", "6,8 M", "10,9 M", "+60 %"],
   ["Mots-clés dans le top 10 (Semrush)", "61", "148", "+87"],
   ["Domaines référents", "58 (janvier)", "97 (septembre)", "+39"],
   ["Sessions organiques", "241 000", "352 000", "+46 %"]],
  [6.8, 3.4, 3.4, 3.4])
h2("2.7 Campagnes de liens sponsorisés")
t("Tableau 18 : structure des campagnes, ciblage et pages d'atterrissage",
  [["Plateforme / campagne", "Mots-clés ou audiences", "Page d'atterrissage"],
   ["Google Search — Balcon", "[kit solaire balcon], \"panneau solaire prise\", \"kit solaire 800 w\"", "Collection balcon avec simulateur"],
   ["Google Search — Jardin", "\"kit solaire jardin\", [kit solaire 1,6 kw]", "Fiche Kit Jardin 1,6 kW"],
   ["Google Search — Batterie", "\"kit solaire avec batterie\", \"batterie kit solaire\"", "Fiche SoléoBox"],
   ["Google Search — Marque", "[soléo kit], [soleo kit avis]", "Accueil"],
   ["Google Shopping", "Flux des 4 kits et accessoires", "Fiches produits"],
   ["Performance Max", "Signaux : acheteurs, visiteurs du simulateur", "Fiches produits"],
   ["Microsoft Ads", "Import des campagnes Search (audience plus âgée)", "Idem Google"],
   ["Meta — Prospection", "25–45 ans, 12 métropoles, intérêts rénovation énergétique, appartement", "Simulateur par ville"],
   ["Meta — Sosies", "Similaires à 2 % des acheteurs", "Fiche Kit Balcon 800 W"],
   ["Meta — Retargeting", "Simulation faite depuis moins de 30 jours, sans achat", "Pack balcon + batterie"],
   ["Meta — Seniors", "62 ans et plus, propriétaires, Occitanie et Nouvelle-Aquitaine", "Guide déclaration + kit"]],
  [4.2, 7.6, 5.2])
p("Mots-clés négatifs : toiture, devis installation, aide de l'État, prime, emploi, occasion. Annonce Search du groupe balcon : titres « Kit solaire balcon "
  "800 W — 649 € », « Branchez, produisez dès aujourd'hui », « Simulez votre production par ville » ; description « Garantie 20 ans, livré en 48–72 h, "
  "guide de déclaration offert. Payez en 4x sans frais. » Annonce Meta retargeting : « Votre simulation annonce 620 kWh par an à Toulouse. Le pack "
  "Kit Balcon + SoléoBox est à 1 549 € jusqu'au 30 avril. »")
h2("2.8 Tableaux de suivi des campagnes")
GW = ["S11 (9 mars)", "S12 (16 mars)", "S13 (23 mars)", "S14 (30 mars)", "S15 (6 avril)", "S16 (13 avril)", "S17 (20 avril)", "S18 (27 avril)"]
GCOST = [6200, 7400, 8100, 8900, 9300, 8800, 8400, 7600]
GCLK = [9100, 10700, 11900, 13300, 13800, 13100, 12600, 11300]
GIMP = [212000, 243000, 262000, 286000, 297000, 281000, 270000, 248000]
GCONV = [41, 52, 60, 68, 73, 66, 61, 55]
GCA = [25700, 33000, 38400, 43900, 47400, 42600, 39300, 35200]
MCOST = [2100, 2600, 2900, 3200, 3300, 3100, 2900, 2600]
MCLK = [3900, 4700, 5100, 5600, 5800, 5500, 5100, 4600]
MCONV = [9, 12, 14, 16, 17, 15, 13, 11]
MCA = [5700, 7700, 9000, 10300, 11000, 9600, 8300, 7000]


def fr(x, dec=0):
    return ("{:,.%df}" % dec).format(x).replace(",", " ").replace(".", ",")


def weekly(cost, clk, conv, ca, imp=None):
    head = ["Semaine"] + (["Impr."] if imp else []) + ["Clics", "CTR" if imp else "CPC", "Coût", "Conv.", "CPA", "CA HT", "ROAS", "ROI"]
    rows = [head]
    for i in range(len(cost)):
        r = [GW[i]]
        if imp:
            r += [fr(imp[i]), fr(clk[i]), fr(clk[i] / imp[i] * 100, 1) + " %"]
        else:
            r += [fr(clk[i]), fr(cost[i] / clk[i], 2) + " €"]
        r += [fr(cost[i]) + " €", str(conv[i]), fr(cost[i] / conv[i]) + " €", fr(ca[i]) + " €", fr(ca[i] / cost[i], 1),
              fr((ca[i] * 0.34 - cost[i]) / cost[i] * 100) + " %"]
        rows.append(r)
    tc, tk, tv, ta = sum(cost), sum(clk), sum(conv), sum(ca)
    r = ["Total"]
    if imp:
        r += [fr(sum(imp)), fr(tk), fr(tk / sum(imp) * 100, 1) + " %"]
    else:
        r += [fr(tk), fr(tc / tk, 2) + " €"]
    r += [fr(tc) + " €", str(tv), fr(tc / tv) + " €", fr(ta) + " €", fr(ta / tc, 1), fr((ta * 0.34 - tc) / tc * 100) + " %"]
    rows.append(r)
    return rows


t("Tableau 19 : suivi hebdomadaire Google Ads (Search, Shopping, PMax), semaines 11 à 18 (9 mars – 3 mai 2026)",
  weekly(GCOST, GCLK, GCONV, GCA, GIMP), [2.4, 1.7, 1.5, 1.4, 1.7, 1.2, 1.5, 2.0, 1.3, 1.6], size=7.0)
t("Tableau 20 : suivi hebdomadaire Meta Ads, semaines 11 à 18 (9 mars – 3 mai 2026)",
  weekly(MCOST, MCLK, MCONV, MCA), [2.4, 1.7, 1.7, 1.8, 1.4, 1.6, 2.0, 1.5, 1.7], size=7.0)
fig("Figure 4 : tableau de bord Looker Studio « Campagnes payantes », vue hebdomadaire", 2.6)
p("Analyse. Sur ces huit semaines de printemps, Google Ads a coûté 64 700 € pour 305 500 € de CA, soit un ROAS de 4,7 et un coût par commande de 136 € pour un panier "
  "de 642 €. L'efficacité s'améliore jusqu'en S15 (ROAS 5,1) puis recule en fin d'opération, quand les acheteurs les plus décidés ont commandé : le coût "
  "par conversion passe de 127 € (S15) à 138 € (S18). Meta Ads a coûté 22 700 € pour 68 600 € de CA (ROAS 3,0) : la prospection seule est sous le seuil de 2,94, "
  "c'est le retargeting des visiteurs du simulateur qui la rend rentable. Le retour sur investissement calculé sur la marge de 34 % est de 61 % pour "
  "Google Ads ((305 500 × 0,34 − 64 700) / 64 700) et de 3 % pour Meta : nous avons donc déplacé 20 % du budget Meta de la prospection vers le "
  "retargeting dès mai.")
h2("2.9 Rentabilité des publications YouTube et Instagram")
t("Tableau 21 : publications mesurées par UTM et codes promo (mai–septembre 2026)",
  [["Publication", "Coût", "Sessions UTM", "Code", "Commandes", "CA HT", "ROI (34 %)"],
   ["YouTube « Installer son kit en 15 minutes »", "2 900 €", "6 400", "INSTALL15", "38", "24 300 €", "185 %"],
   ["Reel « Un balcon, 620 kWh par an »", "600 €", "2 100", "BALCON26", "11", "7 100 €", "302 %"],
   ["Reel « La SoléoBox expliquée en 40 s »", "450 €", "1 300", "BOX26", "6", "5 900 €", "346 %"],
   ["YouTube « Déclarer son kit pas à pas »", "1 100 €", "3 200", "—", "9", "5 800 €", "79 %"],
   ["Reel « Facture de septembre : et si ? »", "700 €", "2 600", "FACTURE", "14", "9 000 €", "337 %"]],
  [5.4, 1.4, 1.8, 1.8, 1.6, 1.7, 1.6])
p("Le coût comprend le temps de tournage et de montage valorisé, la part du forfait Atelier Garonne et la promotion payante. La vidéo d'installation a "
  "coûté le plus mais rapporte le plus en valeur ; la vidéo sur la déclaration, peu rentable en ventes directes, est la plus citée au chat.")
h2("2.10 Liens vers les tableaux de bord")
t("Tableau 22 : tableaux de bord et outils (liens vérifiés le 5 octobre 2026, accès lecture)",
  [["Tableau de bord", "Lien"],
   ["Looker Studio — Synthèse acquisition", "https://lookerstudio.google.com/reporting/7c1e04b2-5a9d-4f3e-b6c8-2d91e0a4f517"],
   ["Looker Studio — SEO et cocon", "https://lookerstudio.google.com/reporting/e3a8d6f1-0b42-4c7a-9e15-86f2c3d0b9a4"],
   ["Looker Studio — Campagnes payantes", "https://lookerstudio.google.com/reporting/1f5b9c3e-7d20-4a8b-a6e4-c09d2e7f3b18"],
   ["GA4 — Exploration « Entonnoir achat »", "https://analytics.google.com/analytics/web/#/analysis/p402817365/edit/entonnoir-achat"],
   ["Search Console — Performances", "https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Asoleokit.fr"],
   ["Microsoft Clarity — Tableau de bord", "https://clarity.microsoft.com/projects/view/n4k8soleo2/dashboard"]],
  [5.2, 11.8], size=7.2)
h2("2.11 Indicateurs de performance commentés")
t("Tableau 23 : KPI suivis, janvier–septembre 2025 et 2026",
  [["KPI", "2025", "2026", "Commentaire"],
   ["Sessions", "792 000", "968 000", "+22 %, porté par l'organique (+46 %)"],
   ["Taux de rebond", "58 %", "49 %", "Les pages « production par ville » retiennent"],
   ["Durée moyenne de visite", "1 min 48", "2 min 21", "Simulateur et vidéo"],
   ["LCP mobile", "3,2 s", "1,9 s", "Images allégées, scripts d'avis différés"],
   ["Abandon création de compte", "27 %", "12 %", "Compte rendu facultatif (voir 3.10)"],
   ["Abandon formulaire de livraison", "16 %", "11 %", "Autocomplétion d'adresse"],
   ["Abandon panier", "74 %", "69 %", "Date de livraison affichée"],
   ["Abandon paiement", "9 %", "7 %", "Paiement 4x mis en avant"],
   ["CA HT (janv.–sept.)", "3,98 M€", "5,05 M€", "+27 %"]],
  [4.4, 2.0, 2.0, 8.6])
h2("2.12 ROI, atteinte des objectifs et actions correctives")
p("De janvier à septembre 2026, les leviers payants et l'emailing ont coûté 257 300 € et généré 2 140 000 € de CA attribué, soit 727 600 € de marge : "
  "ROI de (727 600 − 257 300) / 257 300 = 183 %. Les objectifs annuels sont vérifiés au 30 septembre, date à laquelle 2025 avait réalisé 81 % de son CA.")
t("Tableau 24 : objectifs 2026 au 30 septembre",
  [["Objectif", "Cible 2026", "Réalisé à fin septembre", "Lecture"],
   ["CA total", "6,2 M€", "5,05 M€ (jalon 5,02 M€)", "En avance sur le jalon"],
   ["Conversion", "1,1 %", "1,02 %", "Non atteint"],
   ["Attache batterie", "20 %", "19 %", "Presque atteint"],
   ["Part de l'emailing", "20 %", "21 %", "Atteint"],
   ["Part installateurs", "12 %", "10,5 %", "Non atteint"]],
  [4.2, 2.6, 4.6, 5.6])
t("Tableau 25 : actions correctives classées",
  [["Rang", "Action", "Objectif", "Responsable", "Échéance"],
   ["1", "Accélérer le simulateur sur mobile", "Conversion", "Karim", "15/10/2026"],
   ["2", "Offre installateur « 5 kits + 1 batterie »", "Part installateurs", "Julien", "01/11/2026"],
   ["3", "Relance Klaviyo batterie à J+45", "Attache batterie", "Inès", "15/10/2026"],
   ["4", "Remplacer la prospection Meta par du retargeting", "Conversion", "Inès", "01/10/2026"],
   ["5", "Page comparatif 800 W / 600 W", "Conversion", "Chloé", "30/11/2026"]],
  [1.2, 7.0, 3.2, 2.6, 3.0])

# ---------------------------------------------------------------- Partie III
part("Partie III — Contenus et conversion")
h2("3.1 Le choix des prestataires multimédias")
p("Trois options ont été comparées pour les visuels de 2026. Atelier Garonne, photographe toulousain, facture 950 € HT la journée (25 à 30 images "
  "retouchées) et sait photographier un kit sur un vrai balcon avec une lumière naturelle : c'est ce qui rassure le segment balcon, qui doute que le kit "
  "« rende bien » chez lui. La production interne (Chloé, avec un hybride et un éclairage LED) ne coûte que du temps et convient aux tutoriels, aux "
  "réseaux sociaux et aux photos de détail, mais pas aux images d'ambiance. Un studio de rendu 3D, Pixel Ombre, proposait 180 € par image : imbattable "
  "pour montrer les six variantes de fixation du Kit Jardin sans tout photographier, mais ses images de balcon paraissaient artificielles lors du test "
  "auprès de 12 clients (8 sur 12 les ont jugées « fausses »). Décision : Atelier Garonne pour les images principales des fiches et des campagnes, la "
  "production interne pour les vidéos et le social, et le studio 3D uniquement pour les variantes de fixation.")
h2("3.2 Méthode de rédaction : « Kit solaire balcon : combien produit-il vraiment ? »")
p("Cet article répond au premier frein du segment balcon. La méthode suit quatre temps. D'abord l'intention : l'internaute veut un chiffre honnête, "
  "adapté à sa ville et à son orientation. Ensuite les expressions, tirées de la matrice : principale « kit solaire balcon » ; secondaires « combien produit "
  "un panneau solaire balcon », « rendement panneau solaire balcon », « orientation panneau solaire balcon » ; locales « production panneau solaire "
  "toulouse », « … marseille », « … lille ». Puis le plan, construit à partir des questions du chat : production annuelle selon la ville, effet de "
  "l'orientation, effet de l'ombre, ce que cela représente sur une facture. Enfin le placement.")
p("Placement : l'expression principale figure dans la balise title (« Kit solaire balcon : combien produit-il vraiment ? Chiffres par ville »), le H1, "
  "l'URL (/blogs/le-mag/kit-solaire-balcon-production), les 100 premiers mots et la méta-description ; « combien produit un panneau solaire balcon » "
  "ouvre le premier H2 ; « orientation panneau solaire balcon » est le H2 de la deuxième partie, avec l'ancre vers l'article orientation ; les requêtes "
  "locales sont les lignes d'un tableau de production par ville (Toulouse 1 030 kWh, Marseille 1 120 kWh, Lille 760 kWh par an pour un kit 800 W plein "
  "sud). Le texte fait 1 600 mots, avec un encadré qui ouvre le simulateur pré-rempli sur la ville de l'internaute.")
h2("3.3 Méthode de la fiche produit : le Kit Balcon 800 W")
p("La fiche doit lever les trois freins du segment (production, copropriété, déclaration) et permettre une décision sans appel au service client. "
  "Méthode : reprendre les questions du chat et des avis, affecter les mots-clés de la matrice, construire la fiche selon le gabarit Shopify commun aux "
  "kits (sections dynamiques et métachamps), puis la tester auprès de cinq clients.")
t("Tableau 26 : la fiche Kit Balcon 800 W, élément par élément",
  [["Élément", "Contenu"],
   ["Title et méta-description", "« Kit solaire balcon 800 W prêt à brancher | Soléo Kit » ; « 2 panneaux de 400 Wc, fixation garde-corps, livré en 48–72 h, garantie 20 ans. Simulez votre production. »"],
   ["H1 et H2", "Kit solaire balcon 800 W / Combien allez-vous produire ? / Ce que contient le kit / Installation et déclaration / Avis / Questions fréquentes"],
   ["Arguments (liste à puces)", "Jusqu'à 1 030 kWh par an à Toulouse ; retour sur investissement en 7 ans ; se branche sur une prise extérieure ; installation en 15 minutes"],
   ["Caractéristiques", "2 panneaux monocristallins 400 Wc ; micro-onduleur 800 W, rendement de conversion 96,5 % ; câble 5 m ; fixations pour garde-corps de 30 à 60 mm ; 21 kg par panneau"],
   ["Simulateur", "Production estimée selon la ville, l'orientation et l'inclinaison, affichée en kWh et en euros par an"],
   ["Garantie et livraison", "Panneaux 20 ans, micro-onduleur 12 ans ; date de livraison estimée sous le prix"],
   ["FAQ réglementaire", "Faut-il déclarer le kit ? En copropriété, qui autoriser ? Locataire, est-ce possible ? Mon kit est-il amorti rapidement ? (réponse : « amorti en 6 à 8 ans selon votre consommation en journée »)"],
   ["Avis et vidéo", "4,7/5 sur 1 240 avis, filtrables par orientation du balcon ; vidéo « Installer son kit en 15 minutes »"],
   ["Ventes complémentaires", "SoléoBox 2 kWh en pack (1 549 €), rallonge, fixation murale"]],
  [3.6, 13.4])
p("Les mots-clés sont positionnés sans bourrage : « kit solaire balcon » dans le title, le H1 et la première phrase ; « kit solaire 800 w » dans le title "
  "et les caractéristiques ; « panneau solaire prise » dans le paragraphe d'installation ; « déclaration kit solaire » dans la FAQ. Les éléments de "
  "décision sont commentés dans l'ordre où le client les cherche : le simulateur par ville répond au doute sur la production, la garantie rassure sur "
  "la durée, les avis filtrés par orientation montrent des cas proches du sien, la FAQ réglementaire traite la copropriété et la déclaration, et la date "
  "de livraison affichée lève la dernière incertitude.")
h2("3.4 Photomontage et vidéo")
p("Pour la photo principale, Atelier Garonne a photographié en RAW un balcon réel du quartier Saint-Cyprien. Dans Lightroom, j'ai corrigé la balance des "
  "blancs, la perspective verticale et récupéré les hautes lumières du ciel. Dans Photoshop, j'ai intégré le packshot du kit : détourage, déformation "
  "de la perspective pour l'aligner sur le garde-corps, ombre portée peinte sur un calque en produit, harmonisation des couleurs avec un calque de "
  "réglage Courbes écrêté, et reflet du ciel ajouté sur le verre des panneaux en mode Superposition à 30 %.")
fig("Figure 5 : photomontage du Kit Balcon 800 W sur un balcon de Saint-Cyprien, calques Photoshop", 3.6)
p("La vidéo « Installer son kit en 15 minutes » (3 min 40) a été montée dans Final Cut Pro : dérushage de 48 minutes de prises en mots-clés par étape, "
  "montage sur la timeline magnétique en six chapitres (déballage, fixation, serrage, câblage, branchement, application), plans de coupe connectés, voix "
  "off enregistrée par Karim, titres des étapes, correction colorimétrique, sous-titres, puis export 1080p pour YouTube et version verticale de "
  "60 secondes pour Instagram.")
fig("Figure 6 : timeline Final Cut Pro de la vidéo « Installer son kit en 15 minutes »", 3.6)
h2("3.5 Adaptation au web")
p("Les images sont chargées en 2 400 px sur Shopify, qui les sert en WebP ou AVIF à la taille de l'écran ; les vignettes des collections sont en "
  "chargement différé, la photo principale de la fiche est préchargée. Le poids moyen d'une fiche est passé de 4,1 à 1,6 Mo. Les vidéos sont hébergées "
  "sur YouTube et intégrées avec une image d'aperçu : le lecteur ne se charge qu'au clic. Toutes ont des sous-titres.")
h2("3.6 Effet mesuré sur dix pages")
t("Tableau 27 : dix pages refaites, avril–septembre 2025 et 2026",
  [["Page", "Temps sur la page", "Ajout au panier", "Commandes"],
   ["Fiche Kit Balcon 800 W", "1 min 32 → 2 min 48", "4,1 % → 6,3 %", "1 610 → 2 240"],
   ["Fiche Kit Jardin 1,6 kW", "1 min 40 → 2 min 35", "3,2 % → 4,4 %", "690 → 910"],
   ["Fiche SoléoBox 2 kWh", "1 min 05 → 2 min 10", "1,8 % → 3,5 %", "410 → 880"],
   ["Collection balcon", "0 min 58 → 1 min 31", "2,2 % → 3,0 %", "—"],
   ["Article production", "1 min 50 → 3 min 42", "0,4 % → 1,1 %", "38 → 121"],
   ["Guide autoconsommation", "2 min 10 → 3 min 05", "0,3 % → 0,6 %", "21 → 47"],
   ["Guide déclaration", "1 min 35 → 2 min 58", "0,2 % → 0,5 %", "12 → 36"],
   ["Article copropriété", "nouvelle → 2 min 27", "nouvelle → 0,7 %", "0 → 29"],
   ["Page Toulouse", "nouvelle → 2 min 02", "nouvelle → 1,4 %", "0 → 64"],
   ["Simulateur", "2 min 20 → 2 min 55", "1,3 % → 2,1 %", "—"]],
  [4.6, 4.2, 3.8, 4.0])
h2("3.7 Le blog « Le Mag » sur Shopify")
p("Le blog a été recréé en janvier dans Shopify sous le nom « Le Mag » (/blogs/le-mag). Paramétrage : cinq étiquettes servant de rubriques "
  "(Autoconsommation, Installation, Réglementation, Batterie, Témoignages) ; trois auteurs avec un compte collaborateur et une biographie en métaobjet "
  "(Chloé, Karim, moi) ; titre et méta-description saisis pour chaque article dans l'aperçu du moteur de recherche ; un modèle d'article dédié "
  "(article.le-mag) avec sommaire automatique, encadré produit et bouton vers le simulateur ; commentaires désactivés, car les questions passent par le "
  "chat, où elles sont traitées plus vite et reprises dans les FAQ.")
fig("Figure 7 : paramètres du blog « Le Mag » dans l'administration Shopify (commentaires désactivés)", 3.2)
h2("3.8 Objectifs de conversion et tunnel")
p("Nous avons fixé trois objectifs de conversion, vérifiés dans GA4 : 25 % des simulations doivent mener à une fiche produit (18 % en 2025, 26 % en 2026), "
  "6 % d'ajout au panier sur la fiche Kit Balcon (6,3 %), et moins de 65 % d'abandon du panier, c'est-à-dire de paniers qui n'arrivent pas au paiement (69 %, objectif non atteint). Le tunnel est "
  "suivi dans l'exploration « Entonnoir achat » (lien au tableau 22).")
fig("Figure 8 : entonnoir GA4 « Entonnoir achat », avril–septembre 2026", 3.8)
t("Tableau 28 : étapes du tunnel, avril–septembre 2026 (GA4)",
  [["Étape", "Utilisateurs", "Passage à l'étape suivante"],
   ["Simulation ou fiche produit", "150 000", "16,8 %"],
   ["Ajout au panier", "25 200", "31 %"],
   ["Début du paiement", "7 810", "82 %"],
   ["Informations de livraison", "6 400", "93 %"],
   ["Paiement validé", "5 950", "—"]],
  [7.0, 4.0, 6.0])
h2("3.9 Observations Microsoft Clarity")
p("Relevés Clarity d'avril à septembre 2026 (enregistrements et cartes de chaleur, 62 000 sessions) :")
li("clics de rage sur le champ « ville » du simulateur sur mobile (4,2 % des sessions du simulateur) ;")
li("profondeur de défilement de 40 % en moyenne sur la fiche Kit Balcon 800 W ;")
li("clics morts sur le badge « garantie 20 ans », qui n'est pas cliquable ;")
li("retours rapides depuis la page « livraison » vers la fiche ;")
li("zoom fréquent sur mobile sur le tableau des caractéristiques.")
fig("Figure 9 : carte de chaleur Clarity du simulateur", 3.8)
h2("3.10 Éléments perturbateurs du tunnel")
t("Tableau 29 : perturbateurs identifiés et corrections",
  [["Perturbateur", "Mesure", "Correction", "Responsable", "Date"],
   ["Simulateur lent sur mobile", "4,8 s pour afficher le résultat (PageSpeed, 4G)", "Calcul côté serveur et mise en cache par ville", "Karim", "15/10/2026"],
   ["Date de livraison cachée jusqu'au panier", "Question n° 3 du chat (11 %)", "Date estimée affichée sous le prix", "Chloé, Karim", "Fait le 02/06/2026"],
   ["Compte obligatoire pour enregistrer la garantie", "27 % d'abandon à la création de compte", "Garantie enregistrée avec le numéro de commande, compte facultatif", "Karim, Inès", "Fait le 14/04/2026"]],
  [3.8, 3.6, 4.6, 2.2, 2.8])

# ---------------------------------------------------------------- Conclusion
part("Conclusion")
p("La saison 2026 a montré que l'accompagnement est notre meilleur argument face à des concurrents moins chers : le simulateur par ville, le cocon "
  "autoconsommation et la vidéo d'installation ont porté la visibilité et le panier. Le CA est en avance sur le jalon et l'emailing dépasse son objectif ; "
  "la conversion et la part des installateurs restent en retrait. Les priorités de l'automne sont l'accélération du simulateur sur mobile, l'offre "
  "installateurs et le recentrage de Meta sur le retargeting. Pour 2027, il nous restera à estimer les recettes du SEO et de l'affiliation dans le budget "
  "et à mesurer le trafic de tous nos partenaires de liens.")


# ====================================================================== MISE EN PAGE
pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Oblique", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-BoldOblique", "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique", boldItalic="DejaVu-BoldOblique")

PW, PH = A4
LM = RM = 2.0 * cm
UW = PW - LM - RM
SUN = colors.HexColor("#E8891C")
NAVY = colors.HexColor("#1D3557")
PALE = colors.HexColor("#FCEBD5")

TSCALE = 1.14
FIGSCALE = 1.4
S_BODY = ParagraphStyle("b", fontName="DejaVu", fontSize=10.2, leading=16, spaceAfter=8, alignment=4)
S_PART = ParagraphStyle("part", fontName="DejaVu-Bold", fontSize=17, leading=21, textColor=SUN, spaceAfter=10)
S_H2 = ParagraphStyle("h2", fontName="DejaVu-Bold", fontSize=11.6, leading=14.5, textColor=NAVY, spaceBefore=12, spaceAfter=6)
S_CAP = ParagraphStyle("cap", fontName="DejaVu-Bold", fontSize=8.2, leading=10.5, textColor=NAVY, spaceBefore=3, spaceAfter=3)
S_FIG = ParagraphStyle("fig", fontName="DejaVu-Oblique", fontSize=8.2, leading=10.5, alignment=1, spaceAfter=8)
S_LI = ParagraphStyle("li", parent=S_BODY, leftIndent=14, bulletIndent=4, spaceAfter=2, bulletFontName="DejaVu")
S_TOC0 = ParagraphStyle("toc0", fontName="DejaVu-Bold", fontSize=10.2, leading=15, textColor=NAVY, spaceBefore=5)
S_TOC1 = ParagraphStyle("toc1", fontName="DejaVu", fontSize=9.2, leading=13, leftIndent=16)


class Heading(Paragraph):
    def __init__(self, text, style, level):
        Paragraph.__init__(self, text, style)
        self.toc_text = text
        self.toc_level = level


class Doc(BaseDocTemplate):
    def __init__(self, path, total, **kw):
        BaseDocTemplate.__init__(self, path, **kw)
        self.total = total
        cover = Frame(LM, 2 * cm, UW, PH - 4 * cm, id="cover")
        body = Frame(LM, 1.8 * cm, UW, PH - 1.8 * cm - 2.4 * cm, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="cover", frames=[cover], onPage=self.deco_cover),
                               PageTemplate(id="body", frames=[body], onPage=self.deco)])
        self.toc = []

    def afterFlowable(self, fl):
        if isinstance(fl, Heading):
            self.toc.append((fl.toc_level, fl.toc_text, self.page))

    def deco_cover(self, c, d):
        c.saveState()
        c.setFillColor(SUN)
        c.rect(0, PH - 3.2 * cm, PW, 3.2 * cm, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.rect(0, 0, PW, 1.2 * cm, stroke=0, fill=1)
        c.restoreState()

    def deco(self, c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, PH - 1.5 * cm, PW, 1.5 * cm, stroke=0, fill=1)
        c.setFillColor(SUN)
        c.rect(0, PH - 1.62 * cm, PW, 0.12 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVu-Bold", 9)
        c.drawString(LM, PH - 0.95 * cm, "Soléo Kit — Dossier de certification — I. Garrigues")
        c.setFillColor(NAVY)
        c.setStrokeColor(SUN)
        c.setLineWidth(0.7)
        c.line(LM, 1.3 * cm, PW - RM, 1.3 * cm)
        c.setFont("DejaVu", 8.5)
        c.drawRightString(PW - RM, 0.8 * cm, "%d / %d" % (d.page, self.total))
        c.restoreState()


def table(rows, widths, size, header=True, swot=False):
    size = size * TSCALE
    cs = ParagraphStyle("c", fontName="DejaVu", fontSize=size, leading=size * 1.32)
    ch = ParagraphStyle("ch", fontName="DejaVu-Bold", fontSize=size, leading=size * 1.32, textColor=colors.white)
    data = [[Paragraph(str(v), ch if (header and i == 0) else cs) for v in r] for i, r in enumerate(rows)]
    tw = sum(widths)
    tb = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=1 if header else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5B1")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 3.0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.4),
          ("LEFTPADDING", (0, 0), (-1, -1), 3.5), ("RIGHTPADDING", (0, 0), (-1, -1), 3.5)]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), NAVY))
        if rows[-1][0] == "Total":
            st.append(("BACKGROUND", (0, -1), (-1, -1), PALE))
    if swot:
        st += [("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
               ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
               ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#E3F1E3")), ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#FBE3E1")),
               ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#E2ECF7")), ("BACKGROUND", (1, 1), (1, 1), colors.HexColor("#FDF1DC"))]
    tb.setStyle(TableStyle(st))
    return tb


def grey_box(h):
    b = Table([[""]], colWidths=[UW * 0.8], rowHeights=[h * cm])
    b.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#D4D4D4")),
                           ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#9A9A9A"))]))
    return b


def story(toc):
    S = []
    # couverture
    S.append(Spacer(1, 3.2 * cm))
    S.append(Paragraph("Soléo Kit SAS", ParagraphStyle("ct", fontName="DejaVu-Bold", fontSize=30, leading=36, textColor=NAVY)))
    S.append(Spacer(1, 0.4 * cm))
    S.append(Paragraph("Développer la visibilité et la conversion d'un pure player des kits solaires prêts à brancher",
                       ParagraphStyle("cs", fontName="DejaVu", fontSize=15, leading=20, textColor=NAVY)))
    S.append(Spacer(1, 1.2 * cm))
    S.append(Paragraph("Dossier de certification — Titre Chef de projet e-commerce<br/>Blocs de compétences 1, 3 et 4 — session 2026",
                       ParagraphStyle("cb", fontName="DejaVu-Bold", fontSize=12, leading=17, textColor=SUN)))
    S.append(Spacer(1, 7.5 * cm))
    S.append(Paragraph("Inès Garrigues — Mastère chef de projet e-commerce, en alternance<br/>Chargée d'acquisition et de contenus<br/>"
                       "Tuteur : Julien Sarda, head of growth<br/>Soléo Kit SAS — Balma (Haute-Garonne)<br/>Octobre 2026",
                       ParagraphStyle("ci", fontName="DejaVu", fontSize=10.5, leading=15, textColor=NAVY)))
    from reportlab.platypus.doctemplate import NextPageTemplate
    S.append(NextPageTemplate("body"))
    S.append(PageBreak())
    # sommaire
    S.append(Paragraph("Sommaire", S_PART))
    for lvl, text, page in toc:
        st = S_TOC0 if lvl == 0 else S_TOC1
        row = Table([[Paragraph(text, st), Paragraph(str(page), ParagraphStyle("tr", parent=st, alignment=2, leftIndent=0))]], colWidths=[UW - 1.5 * cm, 1.5 * cm])
        row.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        S.append(row)
    for idx, item in enumerate(C):
        k = item[0]
        nxt = C[idx + 1][0] if idx + 1 < len(C) else None
        if k == "part":
            S.append(PageBreak())
            S.append(Heading(item[1], S_PART, 0))
        elif k == "h2":
            S.append(CondPageBreak((9.0 if nxt == "swot" else 3.2) * cm))
            S.append(Heading(item[1], S_H2, 1))
        elif k == "p":
            S.append(Paragraph(item[1], S_BODY))
        elif k == "li":
            S.append(Paragraph(item[1], S_LI, bulletText="•"))
        elif k == "t":
            cap_tb = [Paragraph(item[1], S_CAP), table(item[2], item[3], item[4])]
            if len(item[2]) <= 9:
                S.append(KeepTogether(cap_tb))
            else:
                S.append(CondPageBreak(3.5 * cm))
                S.extend(cap_tb)
            S.append(Spacer(1, 7))
        elif k == "swot":
            S.append(KeepTogether([Paragraph(item[1], S_CAP), table(item[2], [1, 1], 8.6 / TSCALE * 1.1, header=False, swot=True)]))
            S.append(Spacer(1, 7))
        elif k == "fig":
            S.append(KeepTogether([grey_box(item[2] * FIGSCALE), Spacer(1, 3), Paragraph(item[1], S_FIG)]))
        elif k == "pb":
            S.append(PageBreak())
    return S


def build(path, toc, total):
    doc = Doc(path, total, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=2 * cm, bottomMargin=2 * cm,
              title="Soléo Kit — Dossier de certification — Inès Garrigues", author=AUTHOR, creator=AUTHOR,
              subject="Titre Chef de projet e-commerce — blocs 1, 3 et 4", invariant=1)
    doc.build(story(toc))
    return doc


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    # passe 1 : sommaire provisoire pour mesurer les pages ; passe 2 et 3 : sommaire définitif
    toc = [(lvl, txt, 0) for (k, txt) in [(i[0], i[1]) for i in C if i[0] in ("part", "h2")] for lvl in [0 if k == "part" else 1]]
    total = 24
    for _ in range(3):
        buf = io.BytesIO()
        d = build(buf, toc, total)
        toc, total = d.toc, d.page
    build(PDF, toc, total)
    print("pages", total)
