# Générateur du dossier de la candidate c77 (Bleu Catalan, piscines et spas, Perpignan) : mémoire DOCX
# (titres « Chapitre n — … » en style Titre 1, tableaux Table Grid à en-tête turquoise) et annexes PDF A1 à A8.
# Produit : bleu-catalan-memoire.docx et bleu-catalan-annexes.pdf dans corpora/c77-piscines-perpignan/.
# Déterministe : dates fixes dans les propriétés, zip DOCX réécrit avec un horodatage fixe, reportlab invariant=1.
import datetime, os, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c77-piscines-perpignan")
DOCX = os.path.join(OUT, "bleu-catalan-memoire.docx")
PDF = os.path.join(OUT, "bleu-catalan-annexes.pdf")
AUTHOR = "Margaux Delmas"
STAMP = datetime.datetime(2026, 8, 24, 17, 30, 0)
TURQ = "1FA7A4"

# ====================================================================== CONTENU DU MÉMOIRE
# ("h1", titre) ("h2", titre) ("p", texte) ("t", légende, lignes, largeurs) ("swot", légende, 2x2)
# ("cap", légende de figure) ("li", texte, saut_de_page_avant) ("pb",)
C = []
def h1(x): C.append(("h1", x))
def h2(x): C.append(("h2", x))
def p(x): C.append(("p", x))
def t(caption, rows, widths): C.append(("t", caption, rows, widths))
def cap(x): C.append(("cap", x))
def li(x, brk=False): C.append(("li", x, brk))

# ---------------------------------------------------------------- Introduction
h1("Introduction — Bleu Catalan et ma mission")
h2("Une entreprise familiale de l'eau")
p("Bleu Catalan SAS a été créée en 2004 par Jordi Puig, zone du Mas Guérido à Perpignan. Partie d'un magasin de produits de traitement de l'eau, elle vend aujourd'hui tout l'équipement de la piscine et du spa. Elle compte deux magasins (Perpignan et Narbonne) et un entrepôt de 2 400 m² à Rivesaltes, 34 salariés et 4 préparateurs saisonniers d'avril à juillet.")
p("En 2025, le chiffre d'affaires a atteint 6,4 M€ HT, dont 2,05 M€ en ligne (32 %) sur bleucatalan.fr, un Magento 2 Open Source maintenu par l'agence Tramuntana Digital : 24 100 commandes, panier moyen de 85 € HT, 61 000 sessions par mois en moyenne (140 000 en mai) et un taux de conversion GA4 de 1,9 %. Les sessions et la conversion viennent de GA4 (visiteurs ayant accepté la mesure, environ 58 % du trafic), les commandes et le CA de Magento. Les professionnels (piscinistes, sociétés d'entretien) font 18 % du CA en ligne.")
p("Deux contraintes pèsent sur tout le mémoire. La saisonnalité : d'avril à juillet, nous faisons 63 % du CA en ligne, contre 22 % d'octobre à février. La réglementation : le chlore est une marchandise dangereuse au sens de l'ADR, expédiée en « quantités limitées » et jamais en point relais.")
t("Tableau 1 : produits phares du site",
  [["Produit", "Prix TTC", "Rôle dans l'offre", "Livraison"],
   ["Chlore lent galets 5 kg", "39,90 €", "Produit d'appel, racheté 3 à 4 fois par saison", "Colis ADR"],
   ["pH moins 6 kg", "24,90 €", "Complément du chlore", "Colis ADR"],
   ["Robot Tramontane R7", "749 €", "Équipement à forte marge", "Colis"],
   ["Pompe à chaleur CalorPool 9 kW", "1 890 €", "Vente conseil, souvent financée", "Palette (Geodis)"],
   ["Spa gonflable Canigou 4 places", "549 €", "Porte d'entrée des primo-équipés", "Colis lourd"],
   ["Couverture Cocon 4 saisons", "dès 289 €", "Vente d'automne, sur mesure", "Colis ou palette"]],
  [5.0, 2.2, 6.0, 3.4])
p("Nous offrons l'analyse d'eau en magasin et, depuis 2025, l'« analyse de bandelette par photo » en ligne. Nos concurrents sont Hydro-Sud (chaîne montpelliéraine), PiscineMarket.fr (pure player), Aquazur Pro (grossiste pour les pros) et le rayon piscine de Brico Soleil.")
h2("Ma place dans l'entreprise")
p("Je suis alternante depuis septembre 2024 (Mastère chef de projet e-commerce, quatre jours en entreprise, un jour à l'école), sous la tutelle de Sandrine Ferrer, directrice commerciale. Je coordonne Mehdi Sabri (service client et chat), Lucie Amiel (photos et contenus) et, en saison, les préparateurs avec Thomas Garcia (responsable entrepôt) et Nadia Bensaïd (cheffe d'équipe). Les développements Magento passent par un ticket chez Tramuntana, avec un forfait de 10 heures par mois.")
p("Ce mémoire suit l'ordre de mon travail de la saison 2026 : la stratégie et son budget (chapitre 1), l'animation des ventes et de la communauté (chapitre 2), la visibilité du site (chapitre 3), les contenus et le tunnel de commande (chapitre 4), puis le pilotage du projet de module photo, de l'équipe et de la logistique (chapitre 5). Les pièces longues (enquête, transcriptions de chat, matrice de mots-clés, tableau des liens, suivi Ads, liens des tableaux de bord, grille des CGV, enquête livraison) sont dans le fichier séparé bleu-catalan-annexes.pdf, annexes A1 à A8.")

# ---------------------------------------------------------------- Chapitre 1
h1("Chapitre 1 — Construire la stratégie webmarketing de la saison 2026")
p("Ce chapitre reprend le travail mené de décembre 2025 à février 2026 avec Sandrine : comprendre nos clients et nos concurrents, fixer des objectifs chiffrés, choisir les leviers et leur ordre, planifier l'année, chercher des alliances, puis construire et suivre le budget. Il se termine par la note de bilan remise à la direction après l'Opération remise en route et par le suivi des écarts du deuxième trimestre.")
h2("1.1 Deux segments de clients en ligne")
p("En janvier 2026, 536 clients ont répondu à notre questionnaire (annexe A1). Deux segments se dégagent, les professionnels étant traités à part : les propriétaires de piscine enterrée de 45 à 65 ans (58 % des répondants) et les primo-équipés en hors-sol et spa (31 %), plus jeunes et équipés depuis moins de trois ans.")
t("Tableau 2 : motivations et freins des deux segments (enquête n = 536, annexe A1)",
  [["", "Propriétaires de piscine enterrée 45–65 ans (n = 311)", "Primo-équipés hors-sol et spa (n = 166)"],
   ["Motivations", "Eau saine sans y passer du temps (72 %) ; conseil d'un spécialiste (64 %) ; gain de temps sur les produits lourds (51 %)", "Prix (66 %) ; tutoriels simples (59 %) ; livraison avant le week-end (48 %)"],
   ["Freins", "Frais de port (47 %) ; peur de se tromper (38 %) ; préfère le magasin (33 %)", "Ne sait pas quel produit choisir (71 %) ; peur d'abîmer le liner ou le spa (42 %) ; pas de point relais pour le chlore (29 %)"],
   ["Panier moyen HT", "104 €", "64 €"],
   ["Ce que nous en retenons", "Conseil, rachat automatique, équipements", "Kits prêts à l'emploi, vidéos, chat"]],
  [3.0, 6.8, 6.8])
h2("1.2 Le parcours d'achat d'un primo-équipé")
p("Nous avons formalisé le parcours du segment qui hésite le plus, à partir de l'enquête, de la Search Console, des chats et de Hotjar. Le déclencheur n'est presque jamais une envie : c'est le premier week-end chaud ou une eau verte après l'hiver.")
t("Tableau 3 : les cinq étapes du parcours d'un primo-équipé",
  [["Étape", "Ce que vit le client", "Points de contact", "Chiffres observés"],
   ["1. Besoin", "Premier week-end à 28 °C ou eau verte à l'ouverture", "Google, voisins, magasin", "Recherches « eau verte » x 6 la semaine suivante ; 44 % citent l'eau verte"],
   ["2. Information", "Veut comprendre chlore, pH, floculant", "YouTube, forums, blog, groupe Facebook", "63 % ont vu une vidéo ; 9 400 sessions sur l'article eau verte en mai 2025"],
   ["3. Comparaison", "Compare prix, délai, produit adapté", "Idealo, PiscineMarket.fr, Brico Soleil, chat", "3,4 sites consultés ; 52 % jugent le délai aussi important que le prix"],
   ["4. Achat", "Commande sur mobile, souvent le soir", "Site mobile, Payplug, Apple Pay", "Conversion 1,4 % ; 61 % des commandes du jeudi au samedi"],
   ["5. Après l'achat", "Eau trouble, doute sur le dosage, rachat", "Chat, e-mail, avis, magasin", "31 % des chats de juin ; 27 % rachètent sous 45 jours"]],
  [2.4, 4.4, 4.4, 5.4])
p("Nous perdons des clients à la comparaison (plus chers que Brico Soleil sur les basiques) et après l'achat (une eau qui reste trouble). D'où deux décisions : vendre des kits avec mode d'emploi et organiser un suivi après l'achat.")
h2("1.3 Benchmark de quatre concurrents")
t("Tableau 4 : benchmark concurrentiel (relevés du 9 au 13 février 2026)",
  [["Critère", "Bleu Catalan", "Hydro-Sud", "PiscineMarket.fr", "Aquazur Pro", "Brico Soleil"],
   ["Galets chlore 5 kg", "39,90 €", "42,50 €", "36,90 €", "34,00 € HT", "32,90 €"],
   ["Franco de port", "89 €", "120 €", "69 €", "300 € HT", "Retrait seul"],
   ["Délai (commande test)", "24 h", "72 h", "96 h", "48 h", "—"],
   ["Conseil en ligne", "Chat 8 h–20 h", "Téléphone", "Formulaire", "Commercial", "Aucun"],
   ["Analyse de l'eau", "Gratuite, aussi par photo", "5 € en magasin", "Non", "Non", "Non"],
   ["Offre pro", "Compte pro, 30 j", "Non", "Non", "Cœur de métier", "Non"],
   ["Avis clients", "4,7/5", "4,2/5", "4,4/5", "—", "3,9/5"],
   ["Contenus", "Blog, 38 vidéos", "Peu", "Guides très fournis", "Fiches techniques", "Non"],
   ["Paiement fractionné", "Oney, PayPal 4x", "Non", "Oney", "Non", "Carte enseigne"]],
  [3.4, 2.8, 2.3, 2.8, 2.6, 2.7])
p("Les prix ont été relevés sur les sites le 9 février et les délais mesurés par une commande test de galets de chlore livrée à Perpignan chez chacun. PiscineMarket.fr est notre vrai rival en ligne : prix et franco plus bas, guides bien positionnés sur Google, mais 96 h de délai et aucun conseil en direct. Aquazur Pro est imbattable en prix pour les pros ; il faut les gagner par le service. Brico Soleil ne vend pas en ligne. Notre avantage est le conseil rapide et la proximité ; notre faiblesse, le prix affiché et le franco.")
h2("1.4 SWOT et décisions")
C.append(("swot", "Tableau 5 : matrice SWOT de Bleu Catalan (février 2026)",
  [["Forces\n– Conseil d'experts en magasin et au chat\n– Analyse de l'eau gratuite, aussi par photo\n– Livraison en 24 h en Occitanie\n– Avis Vérifiés 4,7/5",
    "Faiblesses\n– Prix des basiques au-dessus des concurrents\n– Site lent sur mobile (LCP 3,8 s)\n– Frais ADR mal expliqués\n– 63 % du CA en ligne sur 4 mois"],
   ["Opportunités\n– Essor des hors-sol et des spas depuis 2020\n– Étés plus longs en Occitanie\n– Piscinistes locaux en quête d'un fournisseur fiable\n– Paiement fractionné des pompes à chaleur",
    "Menaces\n– Pure players agressifs sur le prix\n– Arrêtés sécheresse\n– Hausse des coûts ADR et palette\n– Dépendance à la météo de printemps"]]))
t("Tableau 6 : croisement de la SWOT et décisions",
  [["Croisement", "Décision", "Priorité"],
   ["Forces × Opportunités", "Faire du conseil un produit : kits « remise en route », chat renforcé, vidéos", "1"],
   ["Faiblesses × Opportunités", "Accélérer le site mobile (LCP < 2,5 s), expliquer l'ADR dès la fiche", "1"],
   ["Forces × Menaces", "Ne pas se battre sur le prix : livraison 24 h, avis, analyse gratuite", "2"],
   ["Faiblesses × Menaces", "Vendre hors saison (pompes à chaleur, couvertures) et aux pros", "2"]],
  [3.6, 11.0, 2.0])
h2("1.5 Objectifs 2026 et cibles prioritaires")
p("Les objectifs ont été validés par Jordi en décembre 2025. Le bilan se fait fin juillet sur douze mois glissants (août → juillet), période qui contient une saison entière.")
t("Tableau 7 : les cinq objectifs de la saison 2026",
  [["N°", "Objectif", "2025", "Cible au 31/07/2026", "Mesure"],
   ["O1", "CA en ligne HT", "2,05 M€", "2,5 M€", "Magento"],
   ["O2", "Part des pros dans le CA en ligne", "18 %", "24 %", "Magento"],
   ["O3", "Taux de conversion", "1,9 %", "2,3 %", "GA4"],
   ["O4", "Part du CA réalisée d'octobre à février", "22 %", "28 %", "Magento"],
   ["O5", "Taux de rachat des produits chimiques", "31 %", "38 %", "Looker Studio"]],
  [1.0, 6.6, 2.2, 3.4, 3.4])
p("Cibles, par ordre de priorité : 1) les primo-équipés, qui portent le volume et la conversion (O1, O3) ; 2) les propriétaires de piscine enterrée, qui portent le rachat et les ventes d'automne (O4, O5) ; 3) les professionnels (O2), travaillés par le réseau de piscinistes plutôt que par la publicité.")
h2("1.6 Les leviers et leur ordre de mise en œuvre")
p("Vague 1, février–mars : SEO et emailing « remise en route ». Une page réécrite en février met six à huit semaines à gagner des positions ; l'e-mail part vers nos 38 000 contacts au moment où ils préparent l'ouverture. Ces leviers coûtent peu et préparent les suivants.")
p("Vague 2, avril–juillet : Google Shopping, Performance Max et affiliation Effinity. La demande existe : on paie le clic quand il a de la valeur, et l'affiliation nous place sur les comparateurs et sites de bons plans des primo-équipés.")
p("Vague 3, septembre–décembre : retargeting Meta sur les pompes à chaleur et les couvertures, pour l'objectif O4. Un test d'octobre–novembre 2025 (2 400 €) a donné un ROAS de 4,1. Les réseaux sociaux organiques tournent toute l'année.")
h2("1.7 Le calendrier annuel")
p("Le calendrier reprend le modèle Trello de l'entreprise : une carte par action, une étiquette par levier, une charge en jours et un responsable. Les dates suivent l'activité : ouverture des piscines en avril, canicules en juin–juillet, fermeture en octobre, Salon Habitat de Perpignan en mars.")
t("Tableau 8 : calendrier 2026 (cartes Trello « Marketing 2026 »)",
  [["Mois", "Carte (action)", "Pourquoi à ce moment", "Charge (j)", "Responsable"],
   ["Janvier", "Enquête, audit SEO, budget", "Période calme, données 2025 complètes", "8", "Margaux"],
   ["Février", "Réécriture du silo et de 12 pages", "6 à 8 semaines avant le pic d'avril", "14", "Margaux, Lucie"],
   ["Mars", "Salon Habitat de Perpignan", "Projets d'équipement de l'année", "4", "Sandrine, Margaux"],
   ["Mars", "Emailing « remise en route » (3 envois)", "Préparation de l'ouverture", "3", "Margaux"],
   ["Avril", "Shopping, PMax, affiliation", "Ouverture des bassins", "6", "Margaux, Tramuntana"],
   ["Avril", "Chat 8 h–20 h, saisonniers", "Volume x 3", "2", "Mehdi, Thomas"],
   ["Mai", "Vidéo « Remise en route », reels", "Pic de sessions", "5", "Lucie"],
   ["Juin", "Plan canicule (+20 % Ads sur alerte)", "Achats d'urgence", "2", "Margaux"],
   ["Juillet", "Bilan de saison", "Fin de la haute saison", "4", "Margaux, Sandrine"],
   ["Septembre", "Retargeting Meta pompes à chaleur", "Prolonger la baignade", "3", "Margaux"],
   ["Octobre", "Campagne hivernage et couvertures", "Fermeture des bassins", "4", "Margaux, Lucie"],
   ["Nov.–déc.", "Idées cadeaux spa, budget 2027", "Noël, année suivante", "5", "Margaux, Sandrine"]],
  [2.0, 5.0, 4.6, 1.6, 3.4])
p("Charge totale : 60 jours, dont 30 pour moi, vérifiée avec Sandrine au regard de mon rythme d'alternance et du temps de Lucie.")
h2("1.8 Les alliances possibles")
t("Tableau 9 : partenaires d'alliance étudiés",
  [["Partenaire", "Clientèle commune", "Consommation compatible", "Image", "Décision"],
   ["Réseau Piscinistes du Roussillon (12)", "Propriétaires, pros", "Achats après construction, au printemps", "Caution technique", "Retenu, prioritaire"],
   ["Jardins de la Têt (mobilier de jardin)", "Propriétaires 45–65 ans", "Achats de printemps, paniers élevés", "Qualité, local", "Retenu"],
   ["Conciergerie Côte Vermeille", "Villas avec piscine", "Entretien régulier, commandes groupées", "Service", "Retenu (compte pro)"],
   ["SolarCat Énergie (solaire)", "Propriétaires voulant chauffer", "Projet réfléchi, financé", "Économies d'énergie", "À tester"],
   ["Spa Évasion Location", "Primo-équipés spa", "Essai avant achat", "Correcte", "Retenu"],
   ["Hyper Discount Roussillon (catalogue)", "Large", "Achat au plus bas prix", "Prix cassés, contraire au conseil", "Refusé"]],
  [4.0, 3.2, 3.8, 3.0, 2.6])
p("Le catalogue du supermarché discount offrait la plus grande audience (180 000 exemplaires) mais nous associait à des prix cassés : Jordi a confirmé le refus. Le réseau de piscinistes, lui, partage nos clients et nous apporte des comptes pros.")
h2("1.9 Note à la direction : « Opération remise en route » 2026 contre 2025")
p("Note remise à Jordi Puig et Sandrine Ferrer le 12 mai 2026. L'opération a couru du 1er au 30 avril (kits, emailing, Shopping, chat renforcé) ; celle d'avril 2025 se limitait à un e-mail et 10 % de remise.")
t("Tableau 10 : avant/après de l'Opération remise en route",
  [["Indicateur", "Avril 2025", "Avril 2026", "Évolution"],
   ["Sessions", "78 400", "101 200", "+29 %"],
   ["Commandes", "2 150", "3 020", "+40 %"],
   ["Taux de conversion (GA4)", "1,8 %", "2,1 %", "+0,3 pt"],
   ["CA en ligne HT", "176 300 €", "250 700 €", "+42 %"],
   ["Kits vendus", "—", "1 140", "—"],
   ["Coût de l'opération", "3 900 €", "14 600 €", "x 3,7"],
   ["Marge brute (36 %)", "63 500 €", "90 300 €", "+26 800 €"]],
  [6.0, 3.4, 3.4, 3.8])
p("Lecture critique : tout n'est pas dû à l'opération. Avril 2026 a compté quatre jours au-dessus de 27 °C contre aucun en 2025, ce qui a avancé l'ouverture des bassins. Pâques tombait le 5 avril contre le 20 avril en 2025 : le long week-end est arrivé au début de l'opération. Et une partie des achats a été prise sur mai (+11 % seulement). En retirant l'effet météo mesuré sur le trafic non payant (14 %), l'effet propre reste d'environ +25 % de CA, et la marge gagnée (26 800 €) dépasse le surcoût (10 700 €). Je recommande de reconduire l'opération en la calant sur Pâques.")
h2("1.10 Budget prévisionnel et retour sur investissement")
p("Les recettes d'un levier sont le CA en ligne qui lui est attribué dans GA4. Le ROI est calculé sur la marge brute (36 % en moyenne) : (marge − dépenses) / dépenses.")
t("Tableau 11 : budget prévisionnel 2026 par levier",
  [["Levier", "Postes de dépense", "Dépenses", "Recettes (CA HT)", "Marge brute", "ROI"],
   ["SEO", "Ahrefs, 40 j internes, 16 h Tramuntana", "13 550 €", "310 000 €", "111 600 €", "724 %"],
   ["Google Ads", "Média 96 000 €, outil de flux 1 200 €", "97 200 €", "620 000 €", "223 200 €", "130 %"],
   ["Meta Ads", "Média 18 000 €, visuels 2 000 €", "20 000 €", "95 000 €", "34 200 €", "71 %"],
   ["Affiliation", "Frais fixes 3 600 €, commissions 6 %", "12 000 €", "140 000 €", "50 400 €", "320 %"],
   ["Emailing", "Mailjet 1 020 €, temps interne 2 400 €", "3 420 €", "260 000 €", "93 600 €", "2 637 %"],
   ["Réseaux sociaux", "Matériel et temps vidéo", "4 500 €", "38 000 €", "13 680 €", "204 %"],
   ["Total", "", "150 670 €", "1 463 000 €", "526 680 €", "250 %"]],
  [2.6, 5.2, 2.0, 2.5, 2.3, 2.0])
p("Exemple : Google Ads, (223 200 − 97 200) / 97 200 = 130 %. Le ROI de l'emailing est surestimé par le dernier clic. Meta a le plus faible, mais il porte l'automne (O4). Seuil de rentabilité : un ROAS de 2,8 (1 / 0,36).")
h2("1.11 Suivi des écarts au deuxième trimestre")
t("Tableau 12 : budget prévu et réel, avril–juin 2026",
  [["Levier", "Prévu", "Réel", "Écart", "CA prévu / réel", "Préconisation"],
   ["Google Shopping + PMax", "38 000 €", "42 600 €", "+12 %", "260 / 271 k€", "Plafonner la PMax pompes à chaleur (ROAS 3,1), reporter 3 000 € sur le Shopping chimie (ROAS 7,4)"],
   ["Meta Ads", "4 500 €", "5 715 €", "+27 %", "21 / 19,8 k€", "à analyser avec Sandrine en septembre"],
   ["Affiliation Effinity", "5 200 €", "3 380 €", "−35 %", "61 / 39,5 k€", "à analyser avec Sandrine en septembre"],
   ["Emailing", "900 €", "1 026 €", "+14 %", "118 / 131 k€", "Forfait Premium d'avril à juillet seulement"],
   ["SEO", "6 200 €", "5 100 €", "−18 %", "92 / 104 k€", "Réaffecter 11 h Tramuntana à la vitesse des catégories"]],
  [3.0, 1.6, 1.6, 1.2, 2.4, 6.8])
p("Le dépassement Shopping/PMax vient du plan canicule de fin juin, prévu dans le principe mais pas chiffré ; le CA a suivi, mais la PMax pompes à chaleur frôle le seuil de rentabilité.")

# ---------------------------------------------------------------- Chapitre 2
h1("Chapitre 2 — Animer les ventes et la communauté en saison")
p("D'avril à juillet, le site réalise près des deux tiers de son chiffre d'affaires annuel. Ce chapitre décrit comment nous avons animé cette période : la campagne de printemps et ses relais, le chat, les réseaux sociaux, la mise en avant des produits dans Magento, puis le paiement, le financement et la fidélisation, qui transforment une visite en achat et un premier achat en habitude.")
h2("2.1 La campagne « remise en route » 2026")
p("Le projet d'entreprise de Jordi tient en une phrase : « devenir la référence conseil de l'eau en Occitanie ». La campagne « remise en route » (9 mars – 30 avril 2026) l'applique : au moment où chacun rouvre son bassin, nous voulons être celui qui explique avant d'être celui qui vend. Objectifs : 1 000 kits vendus, 1 500 analyses d'eau, 2 500 abonnés newsletter et 40 comptes pros.")
t("Tableau 13 : articulation objectifs, cibles, vecteurs et messages",
  [["Objectif", "Cible", "Vecteur", "Message", "Indicateur"],
   ["1 000 kits", "Primo-équipés", "Shopping, PMax, reels", "« Votre eau prête en 5 étapes »", "Ventes du kit"],
   ["1 500 analyses", "Propriétaires enterrée", "Emailing, magasins", "« Avant de traiter, analysez : c'est gratuit »", "Analyses comptées"],
   ["2 500 abonnés", "Tous visiteurs", "Salon Habitat, pop-in, groupe Facebook", "« Le calendrier d'entretien de votre bassin »", "Contacts Mailjet"],
   ["40 comptes pros", "Piscinistes", "Réseau, e-mail dédié", "« Vos produits toute la saison, facture à 30 jours »", "Comptes « Pro »"]],
  [2.6, 3.0, 3.6, 4.6, 2.8])
p("Résultats : 1 350 kits, 1 620 analyses (980 en magasin, 640 par photo), 2 780 abonnés et 46 comptes pros. Le calendrier a été tenu ; le deuxième e-mail a été avancé d'une semaine pour profiter de la chaleur du 18 avril.")
h2("2.2 Les relais de la campagne")
p("Les 12 piscinistes du réseau voient les propriétaires à l'ouverture du bassin et ont une autorité technique (flyer à QR code, commission de 5 %). Les chaînes YouTube « Piscine Facile » (84 000 abonnés) et « L'Atelier du Bassin » (31 000) touchent les primo-équipés. Idealo nous place à l'étape de comparaison. Le Journal du Roussillon parle aux 45–65 ans de notre zone de livraison en 24 h.")
t("Tableau 14 : résultats des relais par UTM et codes (9 mars – 30 avril 2026)",
  [["Relais", "Mesure", "Sessions", "Commandes", "CA HT", "Coût", "ROAS"],
   ["12 piscinistes partenaires", "QR code + code PISC26", "2 900", "412", "48 300 €", "3 015 €", "16,0"],
   ["YouTube « Piscine Facile »", "UTM + code FACILE10", "6 800", "214", "18 200 €", "1 800 €", "10,1"],
   ["YouTube « L'Atelier du Bassin »", "UTM + code BASSIN10", "2 100", "71", "6 400 €", "900 €", "7,1"],
   ["Idealo", "UTM du flux produits", "9 400", "188", "16 900 €", "2 350 €", "7,2"],
   ["Journal du Roussillon", "Bannière UTM + code JDR26", "1 600", "38", "3 300 €", "1 200 €", "2,8"]],
  [4.2, 3.8, 1.5, 1.7, 1.9, 1.7, 1.2])
p("Les piscinistes sont le meilleur relais : panier de 117 € et 19 des 46 comptes pros. Le Journal du Roussillon atteint tout juste le seuil de rentabilité en ligne, mais 37 clients ont présenté l'article en magasin, ce que l'UTM ne capte pas.")
h2("2.3 Le chat Crisp : paramétrage et statistiques")
p("J'ai repris le paramétrage de Crisp avec Mehdi : ouverture de 8 h à 20 h, 7 jours sur 7, du 1er avril au 31 juillet, avec un conseiller saisonnier en rotation ; hors horaires, un formulaire. Un bot de tri propose « mon eau est verte », « mon eau est trouble », « suivre ma commande », « pompe à chaleur » et « je suis professionnel » ; pour l'eau, il demande le volume, le traitement et une photo de bandelette avant de passer la main. Le module Crisp–Magento affiche les commandes et le suivi du client dans la conversation. 42 réponses enregistrées (« !choc », « !ph », « !adr ») harmonisent les conseils. Deux conversations enregistrées, transformée et non transformée, sont commentées en annexe A2.")
t("Tableau 15 : statistiques du chat, avril–juillet 2026",
  [["Indicateur", "Avril", "Mai", "Juin", "Juillet", "Saison"],
   ["Conversations", "420", "690", "720", "470", "2 300"],
   ["Première réponse", "1 min 20", "1 min 55", "2 min 15", "1 min 35", "1 min 50"],
   ["Traitées par le bot seul", "18 %", "23 %", "24 %", "21 %", "22 %"],
   ["Satisfaction", "4,7/5", "4,6/5", "4,4/5", "4,7/5", "4,6/5"],
   ["Conversion après chat (7 jours)", "15 %", "14 %", "13 %", "15 %", "14 %"]],
  [5.6, 2.2, 2.2, 2.2, 2.2, 2.2])
p("Les visiteurs qui ont chatté convertissent à 14 %, contre 1,9 % sur le site, avec un panier de 112 € contre 85 € : le conseiller propose le traitement complet. Ils sont certes déjà plus engagés. Juin est le point faible : pendant la canicule, la première réponse passe à 2 min 15 et la satisfaction à 4,4 ; 17 % des conversations tombent le vendredi de 18 h à 20 h. La question « pourquoi pas de point relais ? » (7 % des chats) nous a fait ajouter l'explication ADR sur les fiches.")
h2("2.4 Réseaux sociaux et communauté")
p("Trois techniques, une par plateforme : sur Instagram, les reels sous-titrés « La minute de Mehdi » deux fois par semaine et les photos avant/après des clients en stories ; sur YouTube, 38 tutoriels en playlists par moment de la saison, avec lien vers le kit ; sur le groupe Facebook « Club Bleu Catalan », une charte, la « question du lundi » de Mehdi et un concours du plus beau bassin en juin.")
t("Tableau 16 : indicateurs de notoriété, juillet 2025 et juillet 2026",
  [["Indicateur", "Juillet 2025", "Juillet 2026", "Évolution"],
   ["Abonnés Instagram", "6 400", "9 800", "+53 %"],
   ["Engagement des reels", "2,1 %", "3,8 %", "+1,7 pt"],
   ["Abonnés YouTube", "2 900", "5 200", "+79 %"],
   ["Membres du « Club Bleu Catalan »", "1 150", "2 480", "+116 %"],
   ["Publications de membres par semaine", "9", "31", "x 3,4"],
   ["Impressions des recherches de marque", "18 200", "27 500", "+51 %"]],
  [7.0, 3.2, 3.2, 3.2])
p("Le signe le plus fort n'est pas le nombre d'abonnés mais la vie du groupe : les membres publient trois fois plus et se répondent entre eux, preuve d'une communauté formée autour du conseil. La hausse des recherches « bleu catalan » montre que cette notoriété se traduit en visites.")
h2("2.5 La mise en avant des produits dans Magento")
p("Magento Open Source n'a pas de merchandising visuel : nous fixons à la main la position des produits par catégorie selon la saison (kits en tête de « Traitement de l'eau » en avril, pompes à chaleur en septembre). Le « Kit remise en route » est un produit groupé (chlore choc, pH moins, floculant, bandelettes) à 69,90 € au lieu de 81,60 €. Les ventes incitatives et croisées sont renseignées sur les 120 fiches les plus vues, le badge « Le conseil de Mehdi » distingue 24 produits, et les bannières saisonnières sont des widgets CMS programmés.")
cap("Figure 1 : ordre des produits dans la catégorie « Traitement de l'eau » (back-office Magento, avril 2026)")
t("Tableau 17 : emplacements de mise en avant retenus",
  [["Emplacement", "Mise en avant", "Pourquoi"],
   ["Bannière d'accueil", "Kit, puis plan canicule, puis hivernage", "Première page de 38 % des visiteurs"],
   ["Haut de « Traitement de l'eau »", "Kits et chlore choc", "31 % des pages vues"],
   ["Fiches chimie", "Badge « Le conseil de Mehdi »", "Rassure au moment du choix"],
   ["Panier", "Bandelettes, floculant", "Petit prix, ajout sans réflexion"],
   ["Confirmation de commande", "Carnet d'entretien", "Moment idéal pour le rachat"],
   ["Article « eau verte »", "Encadré vers le kit choc", "9 400 visiteurs en mai"]],
  [4.4, 5.6, 6.6])
h2("2.6 Les moyens de paiement")
p("Le site propose Payplug (carte avec 3D Secure 2, Apple Pay activé en janvier, Oney 3x/4x), PayPal (dont PayPal 4x) et, pour les comptes pros validés, le virement sur facture à 30 jours. Avant la saison, chaque moyen a été testé avec un paiement réel de 1 € remboursé.")
t("Tableau 18 : tests de paiement du 23 au 25 mars 2026",
  [["Moyen", "iPhone (Safari)", "Android (Chrome)", "PC (Chrome)", "Mac (Safari)", "PC (Firefox)", "Tablette"],
   ["Carte Payplug 3DS2", "OK", "OK", "OK", "OK", "OK", "non testé — pas de tablette disponible"],
   ["Apple Pay", "OK", "—", "—", "OK", "—", "non testé — pas de tablette disponible"],
   ["Oney 3x / 4x", "OK", "OK après correction", "OK", "OK", "OK", "non testé — pas de tablette disponible"],
   ["PayPal et PayPal 4x", "OK", "OK", "OK", "OK", "OK", "non testé — pas de tablette disponible"],
   ["Virement 30 jours (pro)", "OK", "OK", "OK", "OK", "OK", "non testé — pas de tablette disponible"]],
  [3.4, 1.9, 2.4, 1.8, 1.8, 1.8, 3.5])
p("Sur Android, le champ date de naissance d'Oney ouvrait le clavier texte ; Tramuntana l'a corrigé le 27 mars. Pour la confiance : 3D Secure 2, logos de paiement dès la fiche, widget Avis Vérifiés (4,7/5) et bandeau rappelant nos deux magasins où le conseil est gratuit. Le taux d'échec de paiement est passé de 3,1 % à 2,3 %.")
h2("2.7 Les offres de financement")
t("Tableau 19 : offres de financement comparées",
  [["Offre", "Pour le client", "Pour le site", "Usage 2026"],
   ["Oney 3x / 4x", "150 à 3 000 €, sans frais, réponse immédiate", "Commission 2,9 à 3,4 %, risque porté par Oney", "21 % des pompes à chaleur"],
   ["PayPal 4x", "30 à 2 000 €, sans frais", "Pas de surcoût", "6 % des spas"],
   ["Facture à 30 jours", "Le pro paie après son client", "Trésorerie et risque d'impayé", "62 % du CA pro"]],
  [3.0, 5.0, 5.0, 3.6])
p("Oney est l'offre la plus utile au client : elle couvre une CalorPool à 1 890 €. Elle coûte 64 € au site sur une pompe à chaleur en 4 fois, mais la conversion des fiches pompes à chaleur est passée de 0,9 % à 1,3 % depuis l'affichage des mensualités. La facture à 30 jours est indispensable aux pros (O2), avec un encours plafonné à 3 000 €.")
h2("2.8 La fidélisation : pourquoi un carnet d'entretien plutôt que des points")
p("Dispositifs étudiés : carte à points, club, parrainage, remises pros, réapprovisionnement automatique. Les points ont été écartés : sur une chimie à marge serrée, ils deviennent une remise permanente, et Magento Open Source exige une extension payante. Le parrainage convient mal à un achat de chlore. Nous avons choisi le « carnet d'entretien » : le client indique son bassin et reçoit ses produits à la fréquence choisie, avec 8 % de remise et une analyse gratuite par photo à chaque envoi. Il vise le rachat (O5), s'appuie sur notre conseil et lisse la préparation. Fin juillet : 1 240 carnets, 72 % de rachat.")

# ---------------------------------------------------------------- Chapitre 3
h1("Chapitre 3 — Gagner en visibilité et mesurer la performance")
p("La visibilité du site repose sur deux piliers complémentaires : le référencement naturel, travaillé dès février pour être prêt au pic d'avril, et Google Ads, qui prend le relais sur les requêtes où nous ne pouvons pas encore être en première page. Ce chapitre présente les actions, les outils de mesure, les résultats et les corrections décidées en fin de saison.")
h2("3.1 Audit SEO et plan d'actions")
p("L'audit de janvier 2026 (Screaming Frog, Search Console, PageSpeed Insights) a produit quinze actions, classées selon leur impact sur le trafic qualifié et l'effort demandé. Les P1 devaient être finies au 31 mars, les P2 au 30 juin ; les P3 sont prévues à l'automne.")
t("Tableau 20 : plan d'actions SEO (janvier 2026)",
  [["N°", "Action", "Constat", "Priorité"],
   ["1", "Accélérer catégories et fiches sur mobile", "LCP 3,8 s, images de 400 à 900 Ko", "P1"],
   ["2", "Réécrire les 12 pages du silo traitement de l'eau", "Textes de 2017", "P1"],
   ["3", "Désindexer les URL de filtres", "214 pages quasi identiques", "P1"],
   ["4", "Compléter titres et méta-descriptions", "340 fiches au titre par défaut", "P1"],
   ["5", "Données structurées produit et avis", "Pas d'étoiles dans Google", "P1"],
   ["6", "Maillage interne du silo", "Pages orphelines", "P2"],
   ["7", "Textes d'introduction des catégories", "18 catégories sans texte", "P2"],
   ["8", "Redirections 301", "96 URL en 404", "P2"],
   ["9", "Fiches Google des magasins", "Horaires de saison absents", "P2"],
   ["10", "Pages locales Perpignan et Narbonne", "Aucune page locale", "P2"],
   ["11", "Liens de partenaires", "Peu de liens locaux", "P2"],
   ["12", "Nettoyer le sitemap", "URL désactivées", "P3"],
   ["13", "Textes alternatifs des images", "2 100 images sans alt", "P3"],
   ["14", "FAQ sur les fiches équipements", "Questions du chat non reprises", "P3"],
   ["15", "URL du blog avec mots-clés", "URL du type /post/id/48", "P3"]],
  [0.9, 7.0, 6.6, 1.6])
p("Les P1 ont été réalisées entre le 12 février et le 27 mars ; toutes les P2 sont faites, sauf la page locale de Narbonne, en ligne le 8 juillet seulement.")
h2("3.2 Le choix des outils de mesure")
p("Chaque outil répond à une question : GA4 (relié à Magento) pour le trafic et les conversions, la Search Console pour la visibilité dans Google, Hotjar pour le comportement sur les pages, Looker Studio pour les synthèses partagées avec la direction. Pour les liens entrants et les mots-clés, nous avons comparé en mars trois outils sur cinq critères pondérés (index de liens 30 %, base française 25 %, prix 20 %, suivi local 15 %, prise en main 10 %). Ahrefs (129 €/mois) et Semrush (139,95 €) finissent à égalité (3,95/5), SE Ranking (65 €) à 3,80. Ahrefs l'emporte parce que notre faiblesse était les liens, où son index est le plus complet ; les fonctions publicitaires de Semrush doublonnent Google Ads ; SE Ranking, meilleur en suivi local, a des données de liens trop faibles. Abonnement démarré en avril 2026. Les six liens vers nos tableaux de bord, vérifiés, sont en annexe A6.")
h2("3.3 La méthode de construction de la matrice de mots-clés")
p("La matrice (35 expressions, annexe A3) a été construite en six étapes. 1) Partir des mots des clients : seize mois de requêtes Search Console, recherches internes Magento et questions du chat (« eau verte » plutôt qu'« algues »). 2) Élargir avec Ahrefs, les suggestions Google et les « autres questions posées ». 3) Qualifier : volume, difficulté, intention, mois de pic (« eau verte » en mai, « hivernage » en octobre). 4) Contextualiser : métier (TAC, stabilisant), zone (« pisciniste Perpignan », « magasin piscine Narbonne »), produits, concurrence (requêtes où PiscineMarket.fr est dans le top 3) et clientèle pro. 5) Prioriser par un score de potentiel ; les requêtes tenues par les pure players (« robot piscine ») sont laissées à Google Ads. 6) Affecter une expression à une seule page pour éviter la cannibalisation.")
h2("3.4 Maillage du silo traitement de l'eau")
p("Le silo s'organise autour d'une page pilier, « Traitement de l'eau de piscine : le guide complet », et de onze pages filles (pH, chlore lent, chlore choc, eau verte, eau trouble, sans chlore, électrolyse, analyse, stabilisant et TAC, hivernage, spa), chacune reliée à sa catégorie de produits.")
p("Règles strictes : lien uniquement dans le corps du texte, dans la phrase qui aborde le sujet cible ; ancre qui reprend l'expression de la page cible (« corriger un pH trop élevé », jamais « cliquez ici ») ; chaque page fille pointe vers le pilier et au plus deux sœurs liées à son sujet ; pas de lien vers un autre silo hors encadré produit ; une ancre pour une seule page. Le tableau des liens, avec la phrase qui porte chacun, est en annexe A4.")
cap("Figure 2 : schéma du silo traitement de l'eau (page pilier, onze pages filles, liens autorisés)")
h2("3.5 Les liens de partenaires")
t("Tableau 21 : partenaires de liens et trafic apporté (avril–juillet 2026)",
  [["Partenaire", "Page qui fait le lien", "Sessions (GA4)", "Commandes"],
   ["Réseau Piscinistes du Roussillon", "« Nos fournisseurs »", "1 240", "96"],
   ["Blog « Piscine Facile »", "« Ouvrir sa piscine en 5 étapes »", "2 860", "118"],
   ["Journal du Roussillon", "Article sécheresse et piscines", "610", "12"],
   ["Conciergerie Côte Vermeille", "« Nos partenaires entretien »", "380", "9"]],
  [5.0, 5.8, 3.0, 2.8])
p("Au 31 juillet 2026, Ahrefs compte 112 domaines référents. Nous n'avons pas de relevé « avant » : l'abonnement n'a démarré qu'en avril et le chiffre de départ n'a pas été noté. Les sessions montrent en revanche que ces partenaires apportent de vrais visiteurs.")
h2("3.6 Progression consolidée du référencement naturel")
t("Tableau 22 : référencement naturel, avril–juillet 2025 et 2026",
  [["Indicateur", "2025", "2026", "Évolution"],
   ["Clics hors marque (Search Console)", "96 400", "148 700", "+54 %"],
   ["Impressions hors marque", "3,1 M", "4,6 M", "+48 %"],
   ["Requêtes en première page", "212", "389", "+83 %"],
   ["CA HT attribué au SEO", "238 000 €", "331 000 €", "+39 %"],
   ["« eau verte piscine » (position)", "14", "3", "+11"],
   ["« kit remise en route piscine »", "22", "2", "+20"],
   ["« pisciniste Perpignan »", "9", "2", "+7"],
   ["« pompe à chaleur piscine 9 kW »", "31", "11", "+20"]],
  [7.0, 3.2, 3.2, 3.2])
p("La hausse ne vient pas seulement de la météo : les impressions hors marque progressent de 48 % quand la demande « piscine » dans Google Trends ne gagne que 9 %. Les pompes à chaleur restent hors de la première page et continuent d'être travaillées par Google Ads.")
h2("3.7 La campagne Google Ads de la saison")
t("Tableau 23 : structure, mots-clés et pages d'atterrissage",
  [["Campagne", "Mots-clés ou ciblage", "Page d'atterrissage", "Période"],
   ["Search — Marque", "[bleu catalan]", "Accueil", "Année"],
   ["Search — Eau verte", "\"eau verte piscine\", \"rattraper eau verte\"", "Article eau verte + kit", "Avril–août"],
   ["Search — Kit", "[kit remise en route piscine]", "Fiche du kit", "Mars–mai"],
   ["Search — Pompe à chaleur", "\"pompe à chaleur piscine\", [pac piscine 9 kw]", "Fiche CalorPool", "Mars–octobre"],
   ["Search — Local", "\"magasin piscine perpignan\", \"… narbonne\"", "Pages locales", "Année"],
   ["Search — Couvertures", "[couverture cocon 4 saisons], \"bâche 4 saisons piscine\"", "Fiche Couverture Cocon 4 saisons", "Sept.–nov."],
   ["Shopping — Chimie", "Flux produits, priorité haute", "Fiches produits", "Mars–sept."],
   ["PMax — Équipements", "Groupes d'assets par famille, audiences clients", "Fiches produits", "Avril–sept."]],
  [3.6, 6.0, 4.4, 2.6])
p("Mots-clés négatifs : gratuit, fabriquer, emploi, notice pdf, occasion, piscine municipale, location, noms des concurrents, et « intoxication » ou « enfant a avalé », qui relèvent de l'urgence. Une question arrive sur l'article qui y répond, une recherche de produit sur la fiche, une recherche locale sur la page du magasin.")
t("Tableau 24 : annonces responsives rédigées (extraits)",
  [["Groupe", "Titres", "Descriptions"],
   ["Eau verte", "Eau verte ? Réglé en 48 h | Kit choc + floculant + pH", "Envoyez la photo de votre bandelette, nos experts vous disent quoi faire. Livré en 24 h."],
   ["Kit", "Kit remise en route 69,90 € | Votre piscine prête en 5 étapes", "Tout pour rouvrir votre bassin. 4,7/5 sur 6 200 avis. Analyse gratuite en magasin."],
   ["Pompe à chaleur", "CalorPool 9 kW 1 890 € | En 4 fois sans frais", "Gagnez 2 mois de baignade. Un conseiller calcule la puissance adaptée à votre bassin."]],
  [2.6, 6.0, 8.0])
h2("3.8 Suivi des campagnes et analyse")
p("Le suivi hebdomadaire de mai à juillet (impressions, part d'impressions, clics, CTR, coût, CA, ROAS, ROI) est en annexe A5, alimenté dans Looker Studio et commenté chaque lundi.")
p("Efficacité : 58 300 € dépensés pour 412 000 € de CA HT, soit un ROAS de 7,1. Le Shopping chimie est le plus efficace (ROAS 8,6), la PMax équipements le moins (4,2), car elle dépense en découverte. Le CTR Search passe de 5,4 % à 7,2 % grâce à des titres qui reprennent le problème. Visibilité : la part d'impressions Search monte de 62 % à 71 %, mais tombe à 48 % pendant la canicule du 22 juin, faute de budget, d'où le plan canicule. Quand l'article « eau verte » atteint la 3e position organique, nous baissons les enchères de 30 % sans perdre de clics au total. ROI : 148 300 € de marge pour 58 300 € de dépense, soit (148 300 − 58 300) / 58 300 = 154 %.")
h2("3.9 Le rendement des reels Instagram")
t("Tableau 25 : coût et revenus UTM des reels (avril–juin 2026)",
  [["Reel", "Coût", "Sessions", "Commandes", "CA HT", "ROI sur marge"],
   ["« Eau verte : 48 h pour la rattraper »", "250 €", "1 480", "46", "3 900 €", "462 %"],
   ["« Le kit remise en route déballé »", "140 €", "820", "29", "2 030 €", "422 %"],
   ["« Bandelette : lire les 3 couleurs »", "105 €", "640", "14", "870 €", "198 %"],
   ["« Robot Tramontane R7 en bassin en L »", "310 €", "560", "6", "3 740 €", "334 %"],
   ["« Spa Canigou gonflé en 20 minutes »", "175 €", "410", "3", "1 370 €", "182 %"]],
  [5.6, 1.6, 1.8, 1.9, 2.0, 2.4])
p("Le coût inclut le temps de Lucie et de Mehdi (35 €/h) et la mise en avant payante. Les vidéos « problème » font beaucoup de petites commandes, les vidéos d'équipement peu mais à panier élevé ; le reel sur les bandelettes a en plus produit 112 analyses par photo la semaine suivante.")
h2("3.10 Les indicateurs de performance du site")
t("Tableau 26 : KPI commentés (avril–juillet 2025 et 2026)",
  [["Indicateur", "2025", "2026", "Commentaire"],
   ["Sessions", "412 000", "498 000", "+21 %, porté par le SEO et les relais"],
   ["Taux de rebond", "52 %", "46 %", "Pages plus rapides, réponses plus directes"],
   ["Durée d'engagement", "1 min 12", "1 min 31", "Vidéos intégrées"],
   ["LCP mobile", "3,8 s", "2,2 s", "WebP et chargement différé"],
   ["Abandon création de compte", "24 %", "11 %", "Commande sans compte mise en avant"],
   ["Abandon formulaire d'adresse", "14 %", "9 %", "Autocomplétion"],
   ["Abandon choix de livraison", "19 %", "8 %", "ADR expliqué dès le panier"],
   ["Abandon paiement", "12 %", "10 %", "Reste le champ code promo"],
   ["Conversion", "1,9 %", "2,2 %", "Sous l'objectif de 2,3 %"],
   ["CA HT en ligne", "1,29 M€", "1,61 M€", "+25 %"]],
  [4.8, 2.0, 2.0, 7.8])
cap("Figure 3 : évolution du LCP mobile, rapport Core Web Vitals de la Search Console, février–juillet 2026")
h2("3.11 ROI global, atteinte des objectifs et actions correctives")
p("Sur août 2025 – juillet 2026, 149 800 € de dépenses pour 1 512 000 € de CA attribué, soit 544 300 € de marge : ROI de (544 300 − 149 800) / 149 800 = 263 %, au-dessus des 250 % prévus.")
t("Tableau 27 : atteinte des objectifs (12 mois glissants au 31 juillet 2026)",
  [["Objectif", "Départ", "Cible", "Réalisé", "Statut"],
   ["O1 — CA en ligne", "2,05 M€", "2,5 M€", "2,53 M€", "Atteint"],
   ["O2 — Part des pros", "18 %", "24 %", "24,6 %", "Atteint"],
   ["O3 — Conversion", "1,9 %", "2,3 %", "2,2 %", "Non atteint"],
   ["O4 — Part hors saison", "22 %", "28 %", "28,1 %", "Atteint de justesse"],
   ["O5 — Rachat chimie", "31 %", "38 %", "38,6 %", "Atteint"]],
  [5.4, 2.4, 2.4, 2.4, 4.0])
p("Quatre objectifs sur cinq sont atteints ; O4 reste fragile et O3 bute sur trois points de friction du tunnel (chapitre 4). Les actions correctives sont classées selon leur effet attendu.")
t("Tableau 28 : actions correctives hiérarchisées",
  [["Rang", "Action", "Objectif", "Responsable", "Échéance"],
   ["1", "Afficher le supplément ADR dès la fiche et le panier", "O3", "Tramuntana, Margaux", "15/09/2026"],
   ["2", "Créneau de livraison palette dans le tunnel", "O3, O4", "Thomas, Tramuntana", "30/09/2026"],
   ["3", "Replier le champ code promo", "O3", "Tramuntana", "15/09/2026"],
   ["4", "Vague 3 Meta dès le 1er septembre", "O4", "Margaux", "01/09/2026"],
   ["5", "Recherche interne (11 % sans résultat)", "O3", "Margaux", "31/10/2026"]],
  [1.2, 7.0, 1.8, 3.6, 3.0])

# ---------------------------------------------------------------- Chapitre 4
h1("Chapitre 4 — Produire les contenus et fluidifier le tunnel de commande")
p("Notre positionnement de conseil n'a de valeur en ligne que s'il se voit sur les pages : articles qui répondent aux vraies questions, fiches produits complètes, photos et vidéos claires. Ce chapitre présente la façon dont nous avons produit ces contenus, mesuré leur effet, puis vérifié que le tunnel de commande ne faisait pas perdre les clients gagnés par le contenu.")
h2("4.1 Qui produit quoi : Lucie ou un studio ?")
p("Nous avions deux besoins : environ 320 photos de catalogue par saison et des images d'ambiance pour les spas, qui se vendent sur l'émotion. Lucie connaît les produits, sait quel détail montrer et livre en 48 h, sans coût supplémentaire ; mais elle n'a ni lieu, ni modèles, ni éclairage extérieur. Le studio perpignanais Objectif Têt demande 1 800 € HT la journée (40 photos, droits web et imprimé pour 5 ans) et un brief détaillé. Nous avons donc confié le catalogue, les tutoriels et les réseaux à Lucie, et la séance spa « lifestyle » du 14 mai au studio. Avec ces visuels, le taux de clic des publicités spa est passé de 0,9 % à 1,6 %.")
h2("4.2 La méthode de rédaction d'un article : « Eau verte : que faire en 48 h ? »")
p("Méthode appliquée à tous nos articles : 1) définir l'intention (un problème urgent, donc une marche à suivre, pas un cours de chimie) ; 2) choisir l'expression principale dans la matrice, ici « eau verte piscine » (6 600 recherches en mai), et les secondaires ; 3) bâtir le plan à partir des questions du chat ; 4) placer les expressions là où Google et le lecteur regardent d'abord.")
p("Placement : « eau verte piscine » dans le title, le H1, l'URL (/blog/eau-verte-piscine-48h), la première phrase, la méta-description et l'alt de l'image ; « rattraper une eau verte » dans un H2 et la conclusion ; « traitement choc piscine » dans le H2 de l'étape 2 et l'ancre vers la page chlore choc ; « floculant piscine » dans un H3 ; « eau verte après la pluie » et « quand se baigner après un traitement choc » dans la FAQ balisée. L'article fait 1 350 mots, en étapes numérotées, avec une vidéo et un encadré vers le kit. Il est 3e sur « eau verte piscine » début juin.")
h2("4.3 La méthode de création d'une fiche produit : le robot Tramontane R7")
p("À 749 €, le client ne commande pas sans être sûr que le robot convient à son bassin. Méthode : vérifier les données du fournisseur avec Mehdi, relever les questions du chat et des avis, choisir les mots-clés dans la matrice, suivre le gabarit commun aux robots.")
t("Tableau 29 : la fiche Tramontane R7 (refaite le 3 mars 2026)",
  [["Élément", "Contenu retenu"],
   ["Title", "Robot piscine fond, parois et ligne d'eau Tramontane R7 | Bleu Catalan"],
   ["Méta-description", "Bassins jusqu'à 12 × 6 m. 749 € ou 4 × 187,25 €. Livré en 24 h, garantie 3 ans."],
   ["H1 / H2", "Robot électrique Tramontane R7 / Pour quels bassins ? / Caractéristiques / Avis / Questions fréquentes / En vidéo"],
   ["Caractéristiques", "Cycles 1 h 30 à 2 h 30 ; filtres 100 et 50 µm ; câble flottant 18 m ; 9,5 kg ; garantie 3 ans"],
   ["Bassins compatibles", "Rectangulaire, ovale, forme libre, en L ; déconseillé pour les hors-sol à paroi souple"],
   ["FAQ", "Ligne d'eau carrelée ? Fond en pente ? Consommation ? Entretien du filtre ? Pièces détachées ?"],
   ["Avis, vidéo", "4,6/5 sur 212 avis, dont un négatif avec notre réponse ; vidéo de 45 s en bassin en L"],
   ["Ventes croisées, prix", "Chariot, filtre fin, brosses ; mensualités Oney sous le prix ; « expédié aujourd'hui avant 14 h »"]],
  [3.4, 13.2])
p("L'expression principale est dans le title, le H1 et la première phrase ; les variantes (« robot électrique piscine », « robot piscine ligne d'eau ») dans les H2 et les caractéristiques. Les éléments de décision sont ceux que le client compare : mensualité, compatibilité, garantie, avis, vidéo, disponibilité.")
h2("4.4 Retouche d'images et montage vidéo")
p("Lucie photographie sur fond blanc avec deux flashs. Dans Lightroom, un préréglage « catalogue » harmonise balance des blancs, exposition et netteté ; dans Photoshop, elle détoure à la plume (et par sélection du sujet affinée pour le câble du robot), ajoute une ombre portée sur un calque séparé et recadre en 1 600 × 1 600 px.")
cap("Figure 4 : détourage du robot Tramontane R7 dans Photoshop, calque d'ombre séparé")
p("La vidéo « Remise en route en 5 étapes » (60 s) a été tournée le 28 mars au magasin de Perpignan et montée dans Premiere Pro selon le script écrit avec Mehdi : 3 s sur l'eau verte, puis cinq séquences de 10 s (nettoyer, relancer la filtration, analyser, traitement choc, ajuster le pH) et le kit en fin. Lucie a stabilisé deux plans, étalonné avec Lumetri pour garder la même couleur d'eau, ajouté titres et musique à −18 dB, corrigé les sous-titres générés, puis exporté en 16:9 et 9:16.")
cap("Figure 5 : timeline Premiere Pro de la vidéo « Remise en route en 5 étapes »")
h2("4.5 L'adaptation des contenus à la consultation en ligne")
p("Visuels en WebP qualité 80 (une photo passe de 640 à 95 Ko), images responsives (srcset 480, 960 et 1 600 px), chargement différé sous la ligne de flottaison sauf l'image principale, préchargée car elle fixe le LCP. Vidéos en MP4 H.264 720p (2,4 Mo pour 60 s), intégrées avec une image d'aperçu légère, toutes sous-titrées car 70 % des vues mobiles se font sans le son.")
h2("4.6 L'effet des contenus réécrits sur les internautes")
t("Tableau 30 : avant/après sur les 12 pages réécrites (avril–juin 2025 et 2026)",
  [["Page", "Temps d'engagement", "Ajout au panier", "Commandes"],
   ["Article eau verte", "0 min 48 → 2 min 05", "1,2 % → 4,6 %", "74 → 281"],
   ["Article eau trouble", "0 min 41 → 1 min 38", "1,0 % → 3,2 %", "31 → 102"],
   ["Article pH", "0 min 55 → 1 min 44", "2,1 % → 3,9 %", "46 → 97"],
   ["Article chlore lent ou choc", "0 min 37 → 1 min 21", "2,4 % → 4,1 %", "52 → 108"],
   ["Article hivernage", "0 min 44 → 1 min 30", "0,8 % → 1,9 %", "9 → 21"],
   ["Guide pilier", "1 min 02 → 2 min 31", "1,5 % → 2,8 %", "38 → 84"],
   ["Fiche kit remise en route", "nouvelle → 1 min 26", "nouvelle → 9,4 %", "0 → 1 690"],
   ["Fiche galets 5 kg", "0 min 52 → 1 min 07", "8,1 % → 10,2 %", "2 930 → 3 610"],
   ["Fiche pH moins 6 kg", "0 min 39 → 0 min 58", "7,4 % → 8,8 %", "1 870 → 2 240"],
   ["Fiche Tramontane R7", "1 min 10 → 2 min 14", "3,1 % → 5,8 %", "118 → 207"],
   ["Fiche CalorPool 9 kW", "1 min 21 → 2 min 40", "0,9 % → 1,5 %", "61 → 104"],
   ["Fiche Spa Canigou", "0 min 58 → 1 min 49", "2,2 % → 3,6 %", "143 → 228"]],
  [5.0, 4.0, 3.8, 3.8])
p("Le temps d'engagement double en moyenne et l'ajout au panier progresse partout. Les pages non réécrites gagnent 12 % de commandes sur la période, contre 32 % pour les onze pages réécrites hors kit : l'écart traduit un intérêt réel pour les nouveaux contenus.")
h2("4.7 Le blog sous Magefan")
p("Le blog tourne sous l'extension Magefan Blog, sur le même domaine que les produits. Réglages repris en février : catégories calquées sur les silos (Traitement de l'eau, Équipements, Spa, Au fil des saisons) ; trois auteurs avec photo et biographie (Mehdi, Lucie, moi) ; clés d'URL avec l'expression principale et 301 depuis les anciennes ; titre SEO et méta-description propres à chaque article ; commentaires ouverts mais modérés par Mehdi sous 24 h ; flux RSS repris dans le bloc « À lire ce mois-ci » de la newsletter Mailjet ; articles et produits liés selon les règles du silo.")
cap("Figure 6 : réglages SEO d'un article dans Magefan Blog")
h2("4.8 Le tunnel de conversion, les attentes des internautes et les éléments perturbateurs")
p("Objectifs de transformation par catégorie d'attentes : le visiteur « problème d'eau » doit passer de l'article au kit (3 % des lecteurs achètent) ; le visiteur « équipement » doit ajouter au panier (5 % pour les robots, 1,5 % pour les pompes à chaleur) ; pour tous, moins de 35 % d'abandon entre le début de la commande et l'achat. Ils sont vérifiés dans une exploration en entonnoir GA4 (lien en annexe A6) et dans Hotjar.")
cap("Figure 7 : entonnoir GA4, avril–juin 2026")
t("Tableau 31 : le tunnel mesuré dans GA4 (avril–juin 2026)",
  [["Étape", "Sessions", "Abandon à l'étape"],
   ["Fiche produit vue", "170 000", "—"],
   ["Ajout au panier", "19 400", "35 % ne commencent pas la commande"],
   ["Identification / compte", "12 600", "11 %"],
   ["Adresse", "11 210", "9 %"],
   ["Choix de la livraison", "10 200", "8 %"],
   ["Paiement", "9 385", "10 %"],
   ["Achat confirmé", "8 450", "—"]],
  [6.0, 3.6, 7.0])
p("Du début de la commande à l'achat, 33 % d'abandon : objectif atteint de peu. L'article eau verte convertit 2,9 % de ses lecteurs (objectif 3 %), la fiche R7 5,8 %, la CalorPool 1,5 %.")
p("Hotjar relie ces chiffres aux comportements. Sur l'article eau verte, seuls 41 % des lecteurs atteignaient l'encadré du kit ; remonté après l'étape 2 (70 % de lecteurs), il a fait passer la conversion de 1,9 % à 2,9 %, au service de l'objectif « problème d'eau ». Sur la fiche CalorPool, 38 % des clics portent sur l'onglet livraison : pour l'objectif « équipement », le client veut savoir comment arrive une palette de 80 kg. Dans le tunnel, des visiteurs cliquaient sur l'option point relais grisée puis partaient : c'est l'abandon au choix de livraison visé par l'objectif commun. Le sondage de sortie du panier (412 réponses) cite les frais de port (31 %) et la recherche d'un code promo (18 %).")
cap("Figure 8 : carte de défilement Hotjar de l'article « Eau verte », avant et après déplacement de l'encadré")
t("Tableau 32 : éléments perturbateurs et corrections",
  [["Perturbateur", "Correction", "Responsable", "Date"],
   ["Supplément ADR affiché seulement au paiement", "Supplément et explication sur la fiche et au panier", "Tramuntana, Margaux", "15/09/2026"],
   ["Pas de créneau pour les palettes", "Rendez-vous Geodis dans le tunnel, SMS la veille", "Thomas, Tramuntana", "30/09/2026"],
   ["Champ code promo très visible", "Replié derrière un lien « J'ai un code »", "Tramuntana", "15/09/2026"],
   ["Point relais grisé sans explication", "Message sur la réglementation ADR", "Margaux", "Fait le 02/05/2026"]],
  [5.0, 6.0, 3.2, 2.4])

# ---------------------------------------------------------------- Chapitre 5
h1("Chapitre 5 — Piloter le projet, l'équipe et la logistique")
p("Le dernier chapitre porte sur ce qui se passe derrière l'écran : le projet de module d'analyse par photo, de son cahier des charges au choix du prestataire, le cadre juridique du site, l'animation de l'équipe pendant la saison, et l'organisation de l'entrepôt de Rivesaltes, du stockage des produits dangereux jusqu'à la livraison chez le client.")
h2("5.1 Le cahier des charges du module « analyse de bandelette par photo »")
p("Aujourd'hui, Mehdi lit à l'œil chaque photo de bandelette et répond par e-mail : 6 minutes par demande, 2 300 demandes en 2026. Jordi m'a demandé le cahier des charges d'un module externalisé qui lise la bandelette, calcule les valeurs, propose un dosage et ajoute les produits au panier, Mehdi ne traitant plus que les cas atypiques.")
p("Le document (22 pages, remis le 19 juin 2026) suit un plan en dix parties : 1. Contexte ; 2. Objectifs ; 3. Périmètre et utilisateurs ; 4. Description fonctionnelle ; 5. Contraintes techniques ; 6. Contraintes juridiques et données personnelles ; 7. Charte graphique et contenus ; 8. Budget et planning ; 9. Critères de sélection ; 10. Recette, maintenance et réversibilité.")
p("Les directives de Jordi Puig (réunion du 2 juin) sont citées dans la partie 8 : « 28 000 € HT tout compris, et pas un euro de plus sans mon accord » ; « en ligne avant le 1er mars 2027, parce que la remise en route commence là » ; « ça doit marcher dans notre Magento, je ne veux pas un site à côté » ; « les photos de nos clients restent hébergées en Europe ». Chacune devient une exigence vérifiable : plafond éliminatoire, recette au 15 février 2027, module intégré à Magento, hébergement UE au contrat.")
t("Tableau 33 : objectifs du projet",
  [["Niveau", "Objectif", "Indicateur"],
   ["Général", "Faire de l'analyse en ligne le point d'entrée du conseil Bleu Catalan", "Analyses par saison"],
   ["Spécifique", "Passer de 2 300 à 6 000 analyses en ligne en 2027", "Compteur du module"],
   ["Spécifique", "Ramener le temps de Mehdi de 6 à moins de 1 minute par analyse", "Temps sur 100 analyses"],
   ["Spécifique", "Transformer 25 % des analyses en commande sous 48 h", "Commandes Magento"],
   ["Technique", "Lire 6 plages avec au moins 92 % de concordance avec un expert", "Test sur 200 bandelettes"],
   ["Technique", "Réponse en moins de 5 s sur mobile (iOS 16+, Android 12+)", "Recette"],
   ["Technique", "Intégration à Magento 2.4.7 sans modifier le cœur", "Recette Tramuntana"],
   ["Technique", "Métadonnées supprimées, hébergement dans l'UE", "Audit, contrat"]],
  [2.4, 9.4, 4.8])
p("Ces objectifs sont nécessaires et suffisants : le général donne le sens, les spécifiques les attentes chiffrées, les techniques ce que le prestataire doit livrer. Les bandelettes de spa au brome sont volontairement exclues.")
h2("5.2 Le choix du prestataire")
p("Trois prestataires ont répondu le 22 juin et ont reçu 50 photos réelles de bandelettes, avec la lecture de Mehdi, pour tester leur concordance. Les poids ont été fixés avec Sandrine avant l'ouverture des offres.")
t("Tableau 34 : grille pondérée de sélection (notes sur 5)",
  [["Critère", "Poids", "Tramuntana Digital", "Visio Aqua Labs", "Nexora Studio"],
   ["Prix dans l'enveloppe de 28 000 €", "25 %", "3 (27 800 €)", "4 (26 400 € + 1 600 € d'intégration)", "2 (31 500 €)"],
   ["Concordance sur 50 bandelettes", "25 %", "2 (81 %)", "5 (94 %)", "4 (90 %)"],
   ["Intégration Magento", "15 %", "5", "4", "3"],
   ["Hébergement UE", "10 %", "5", "5", "4"],
   ["Délai avant le 1er mars 2027", "15 %", "4", "4", "3"],
   ["Maintenance, références", "10 %", "4", "3", "4"],
   ["Note pondérée", "100 %", "3,50", "4,25", "3,20"]],
  [4.6, 1.4, 3.0, 4.6, 3.0])
p("Visio Aqua Labs (Montpellier) est retenu : sa lecture est la plus fiable, et une mauvaise lecture donnerait un mauvais dosage. Nexora dépasse l'enveloppe de Jordi. Tramuntana, sans compétence en analyse d'image, assure l'intégration (1 600 €). La jeunesse de Visio Aqua Labs est couverte par une clause de réversibilité.")
h2("5.3 Le cadre juridique : mentions légales, CGV et données personnelles")
p("Les mentions légales, accessibles en pied de page, ont été vérifiées en mars : raison sociale, capital, siège, RCS, TVA, directeur de la publication, hébergeur, contact. J'ai corrigé l'adresse de l'hébergeur et ajouté le médiateur de la consommation. Nos CGV ont été analysées clause par clause (grille en annexe A7) ; les modifications ont été relues et validées par Maître Anne Costa, avocate de l'entreprise, le 14 avril 2026, puis publiées le 20 avril.")
t("Tableau 35 : adaptations RGPD (recommandations de la CNIL)",
  [["Sujet", "Constat", "Adaptation"],
   ["Photos de bandelettes", "Données EXIF conservées, dont la géolocalisation", "Suppression des métadonnées dès le téléversement"],
   ["Durée de conservation", "Aucune", "Photos supprimées à 30 jours, résultat gardé dans le carnet"],
   ["Registre", "Version 2019", "Mis à jour : 9 traitements, dont la photo et le chat"],
   ["Consentement Mailjet", "Case pré-cochée", "Case vide, consentements distincts (rappels, offres)"],
   ["Cookies", "Refus en petit texte", "Bouton « Tout refuser » identique à « Tout accepter »"],
   ["Sous-traitant", "—", "Contrat de sous-traitance avec Visio Aqua Labs"]],
  [3.6, 5.6, 7.4])
h2("5.4 Animer l'équipe pendant la saison")
p("Chaque lundi à 8 h 30, d'avril à juillet, le « point vague » (30 minutes) réunit Sandrine, Mehdi, Lucie, Thomas, Nadia et moi. Ses objectifs figurent dans l'invitation : comparer la semaine au plan, décider des budgets Ads selon la météo, ajuster le nombre de préparateurs, lever les blocages. En septembre, les entretiens annuels, conduits par Sandrine, ont des objectifs annoncés : bilan de la saison, souhaits de formation, objectifs 2027.")
p("Deux initiatives ont été reconnues. Nadia a créé des bacs de préparation de couleur par flux (rouge ADR, bleu Colissimo, vert DPD, jaune GLS, gris palettes) : Jordi l'a présentée comme « l'idée de la saison » au point vague du 5 mai, avec une prime de 400 €, et le système a été étendu à Narbonne. Mehdi a écrit les scripts du bot Crisp : son travail a été présenté dans la lettre interne de juin et il a formé le saisonnier.")
t("Tableau 36 : indicateurs individuels (semaines 15 à 30, 2026)",
  [["Collaborateur", "Lignes par heure", "Taux d'erreur", "Colis par jour"],
   ["Nadia Bensaïd", "78", "0,3 %", "142"],
   ["Préparateur permanent 1", "71", "0,5 %", "131"],
   ["Préparateur permanent 2", "64", "0,4 %", "118"],
   ["Saisonnier 1", "58", "1,1 %", "104"],
   ["Saisonnier 2", "61", "0,9 %", "109"],
   ["Saisonnier 3", "52", "1,4 %", "95"],
   ["Saisonnier 4 (palettes)", "—", "0,6 %", "22 palettes"],
   ["Mehdi Sabri", "indicateurs à définir", "indicateurs à définir", "indicateurs à définir"],
   ["Lucie Amiel", "indicateurs à définir", "indicateurs à définir", "indicateurs à définir"]],
  [4.8, 3.8, 3.8, 4.2])
p("Les chiffres des préparateurs viennent des scans. Le saisonnier 3, en binôme avec Nadia en juin, est passé de 2,2 % à 1,4 % d'erreurs.")
h2("5.5 L'organisation du stock et le traitement des flux")
p("Rivesaltes gère 3 100 références avec trois exigences : sécurité, traçabilité, vitesse. Les produits dangereux sont dans une cellule ADR séparée par un mur coupe-feu, ventilée, sur rétention, avec des zones distinctes pour les chlorés et les acides. Chaque palette de chimie est enregistrée avec son lot et sa date ; la chimie sort en FEFO (le chlore choc perd de son efficacité), le reste en FIFO. Depuis mai, le lot est scanné au prélèvement, ce qui relie chaque lot aux commandes.")
p("Contrôles par flux : pour les colis standard, pesée à l'emballage (un écart de plus de 5 % bloque l'étiquette) ; pour les colis ADR, en plus, plafond des quantités limitées, étiquette « LQ » et transporteur habilité, jamais de point relais ; pour les palettes, filmage, colisage, photo avant départ et rendez-vous confirmé avec Geodis.")
h2("5.6 Réduire les étapes du traitement des commandes")
p("En avril 2025, nous avons suivi 40 commandes avec Thomas et Nadia : quatorze étapes, 9 min 30 en moyenne.")
li("1. La commande attend que le service client valide le paiement à la main.")
li("2. Le service client imprime le bon de commande.")
li("3. Les bons vont dans la bannette de l'entrepôt à 10 h et à 15 h.")
li("4. Thomas trie les bons par transporteur, à la main.")
li("5. Le préparateur vérifie à l'écran si la commande contient de l'ADR.")
li("6. Il prélève dans l'ordre du bon, pas dans l'ordre des allées.")
li("7. Il note à la main le lot des produits chimiques.")
li("8. Il dépose les articles sur la table d'emballage.")
li("9. Un second préparateur recompte les articles.", True)
li("10. Emballage et pose à la main de l'étiquette « quantités limitées ».")
li("11. Saisie manuelle du poids et du transporteur.")
li("12. Impression de l'étiquette de transport.")
li("13. Copie du numéro de suivi dans Magento.")
li("14. Envoi manuel de l'e-mail d'expédition.")
p("Depuis mai 2026, neuf étapes : validation automatique du paiement ; vagues de préparation éditées toutes les heures par flux et transporteur ; prélèvement au terminal, parcours par allée ; scan du produit et du lot ; dépôt dans le bac de couleur ; contrôle par pesée à la place du recomptage ; emballage avec étiquette « LQ » automatique ; étiquette de transport par API ; suivi et e-mail envoyés par Magento. Le temps passe de 9 min 30 à 6 min 10 par commande, soit environ 1 500 heures sur 27 000 commandes par an, le travail d'un saisonnier sur la saison.")
h2("5.7 Stockage du chlore : le cadre réglementaire")
p("Les produits chlorés relèvent des installations classées (ICPE) : rubrique 4441, solides comburants (déclaration dès 2 t, autorisation dès 50 t), et rubrique 4510, dangereux pour l'environnement aquatique (déclaration dès 20 t, autorisation dès 100 t). Avec un stock maximal d'environ 31 t début mai, l'entrepôt est soumis à déclaration avec contrôle périodique ; le dernier contrôle date de juin 2023. Cela impose un plan des stockages à jour et un état des quantités consultable par les pompiers.")
h2("5.8 Les solutions de stockage")
t("Tableau 37 : solutions de stockage comparées",
  [["Solution", "Produits concernés chez nous", "Décision"],
   ["Rayonnage dynamique à rouleaux", "Chimie à forte rotation (24 références = 61 % des lignes en mai)", "Retenu : 6 travées en mars, FEFO garanti"],
   ["Étagères de picking", "Pièces détachées et accessoires (2 300 références)", "Retenu, réorganisé par famille"],
   ["Rayonnage à palettes classique", "Pompes à chaleur, spas, couvertures, réserve", "Retenu"],
   ["Rayonnage push-back", "Réserve de chimie", "Écarté : au plus 14 palettes par référence, incompatible avec le FEFO"],
   ["Transstockeur, convoyeurs", "—", "Écarté : sans rapport avec 27 000 commandes par an"]],
  [4.2, 6.6, 5.8])
p("Le rayonnage dynamique (11 200 € HT) a réduit d'environ 20 % le temps de prélèvement de la chimie et garde le lot le plus ancien à l'avant.")
h2("5.9 Les transporteurs et la satisfaction de livraison")
t("Tableau 38 : transporteurs classés par coût et impact carbone",
  [["Rang", "Transporteur", "Usage", "Coût moyen", "CO2e par envoi"],
   ["1", "Véhicule électrique Bleu Catalan", "Moins de 30 km de Rivesaltes", "3,20 €", "0,04 kg"],
   ["2", "Colissimo", "Colis sans chimie (non accepté pour l'ADR)", "6,90 €", "0,31 kg"],
   ["3", "DPD", "Colis chimie jusqu'à 30 kg", "8,40 €", "0,38 kg"],
   ["4", "GLS", "Renfort chimie en pic", "8,90 €", "0,45 kg"],
   ["5", "Geodis", "Palettes", "68 €", "6,8 kg par palette"]],
  [1.2, 4.6, 5.4, 2.4, 3.0])
p("Notre véhicule électrique, le moins cher et le moins émetteur, a vu sa zone étendue à Canet et Argelès en saison ; GLS ne sert plus qu'en débordement de DPD. L'enquête de satisfaction livraison de juin 2026 et l'action décidée pour les palettes sont présentées en annexe A8.")

# ---------------------------------------------------------------- Conclusion
h1("Conclusion")
p("La saison 2026 a validé notre choix : faire du conseil un produit plutôt que suivre les pure players sur le prix. Quatre objectifs sur cinq sont atteints, le ROI global des leviers est de 263 % et la communauté a doublé. La conversion reste sous l'objectif : les trois corrections du tunnel de septembre sont la priorité. Il me reste à analyser avec Sandrine les écarts sur Meta et l'affiliation, à tester le paiement sur tablette et à suivre nos liens entrants maintenant qu'Ahrefs est en place. Le module d'analyse par photo sera la prochaine étape du projet « référence conseil de l'eau en Occitanie ».")


# ====================================================================== CONSTRUCTION DU DOCX
def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2026, 8, 24, 17, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def add_field(par, instr, size):
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
        r.append(rpr)
        if kind in ("begin", "separate", "end"):
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " %s " % text
        else:
            el = OxmlElement("w:t")
            el.text = text
        r.append(el)
        par._p.append(r)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def caption(doc, text):
    cp = doc.add_paragraph()
    r = cp.add_run(text)
    r.bold = True
    r.font.size = Pt(9.5)
    r.font.color.rgb = RGBColor(0x0E, 0x5E, 0x5C)
    cp.paragraph_format.space_before = Pt(4)
    cp.paragraph_format.space_after = Pt(3)
    cp.paragraph_format.keep_with_next = True


def add_table(doc, cap_text, rows, widths):
    caption(doc, cap_text)
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
            run = c.paragraphs[0].add_run(v)
            run.font.size = Pt(9)
            if i == 0:
                run.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                shade(c, TURQ)
            elif row[0] in ("Total",):
                run.bold = True
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def add_swot(doc, cap_text, grid):
    caption(doc, cap_text)
    tb = doc.add_table(rows=2, cols=2)
    tb.style = "Table Grid"
    tb.autofit = False
    for i in range(2):
        for j in range(2):
            c = tb.cell(i, j)
            c.width = Cm(8.3)
            lines = grid[i][j].split("\n")
            c.text = ""
            r = c.paragraphs[0].add_run(lines[0])
            r.bold = True
            r.font.size = Pt(10)
            for ln in lines[1:]:
                q = c.add_paragraph()
                rr = q.add_run(ln)
                rr.font.size = Pt(9)
                q.paragraph_format.space_after = Pt(1)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


# Estimation des pages (rendu LibreOffice approximatif) pour le sommaire statique
PAGE_H = 24.6


def estimate_pages():
    page, y, pages = 4, 0.0, {}
    for item in C:
        k = item[0]
        if k == "h1":
            if y > 0:
                page += 1
            y = 1.8
            pages[item[1]] = page
            continue
        if k == "h2":
            h = 1.3
            if y + h + 1.5 > PAGE_H:
                page += 1; y = 0
            pages[item[1]] = page
            y += h
            continue
        if k == "p":
            h = -(-len(item[1]) // 88) * 0.59 + 0.32
        elif k == "cap":
            h = 0.7
        elif k == "li":
            if item[2]:
                page += 1; y = 0
            h = -(-len(item[1]) // 84) * 0.59 + 0.12
        elif k == "t":
            h = 1.2
            for row in item[2]:
                lines = max(-(-len(v) // max(1, int(w * 5.0 - 1))) for v, w in zip(row, item[3]))
                h += lines * 0.41 + 0.14
        elif k == "swot":
            h = 1.2 + 2 * 6 * 0.45
        else:
            h = 0
        y += h
        while y > PAGE_H:
            y -= PAGE_H
            page += 1
    return pages


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name, size in (("Heading 1", 16), ("Heading 2", 12.5)):
        hs = doc.styles[name]
        hs.font.name = "Calibri"
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor(0x0E, 0x5E, 0x5C)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Margaux Delmas — Mémoire professionnel — session 2026")
    r.font.size = Pt(8.5); r.italic = True; r.font.color.rgb = RGBColor(0x0E, 0x5E, 0x5C)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("page ").font.size = Pt(9)
    add_field(fp, "PAGE", 9)
    fp.add_run(" / ").font.size = Pt(9)
    add_field(fp, "NUMPAGES", 9)

    # Couverture
    for _ in range(5):
        doc.add_paragraph()
    for text, size, bold, italic in (
            ("Bleu Catalan SAS", 28, True, False),
            ("Faire du conseil de l'eau un moteur de vente en ligne", 17, False, False),
            ("Stratégie, animation, visibilité, contenus et pilotage du site bleucatalan.fr — saison 2026", 12, False, True)):
        pc = doc.add_paragraph(); pc.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = pc.add_run(text); rr.font.size = Pt(size); rr.bold = bold; rr.italic = italic
        if bold:
            rr.font.color.rgb = RGBColor(0x1F, 0xA7, 0xA4)
    for _ in range(3):
        doc.add_paragraph()
    pc = doc.add_paragraph(); pc.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = pc.add_run("Mémoire professionnel — Titre Chef de projet e-commerce\nBlocs de compétences 1 à 5 — session 2026")
    rr.bold = True; rr.font.size = Pt(13)
    for _ in range(5):
        doc.add_paragraph()
    pc = doc.add_paragraph(); pc.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pc.add_run("Margaux Delmas — Mastère chef de projet e-commerce, en alternance\n"
               "Tutrice : Sandrine Ferrer, directrice commerciale\n"
               "Bleu Catalan SAS — zone du Mas Guérido — 66000 Perpignan\n"
               "Août 2026 — Annexes A1 à A8 : fichier bleu-catalan-annexes.pdf").font.size = Pt(11)
    doc.add_page_break()

    # Sommaire statique
    pages = estimate_pages()
    pt = doc.add_paragraph()
    rr = pt.add_run("Sommaire"); rr.bold = True; rr.font.size = Pt(18); rr.font.color.rgb = RGBColor(0x0E, 0x5E, 0x5C)
    for item in C:
        if item[0] not in ("h1", "h2"):
            continue
        lvl = 0 if item[0] == "h1" else 1
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        q.paragraph_format.left_indent = Cm(0.7 * lvl)
        q.paragraph_format.space_after = Pt(1)
        run = q.add_run("%s\t%d" % (item[1], pages[item[1]]))
        run.font.size = Pt(10 if lvl else 10.5)
        if lvl == 0:
            run.bold = True
            q.paragraph_format.space_before = Pt(5)
    q = doc.add_paragraph()
    q.paragraph_format.space_before = Pt(5)
    run = q.add_run("Annexes A1 à A8 : fichier séparé bleu-catalan-annexes.pdf (8 pages)")
    run.bold = True; run.font.size = Pt(10.5)
    doc.add_page_break()

    first_h1 = True
    for item in C:
        k = item[0]
        if k == "h1":
            hd = doc.add_heading(item[1], level=1)
            if not first_h1:
                hd.paragraph_format.page_break_before = True
            first_h1 = False
        elif k == "h2":
            doc.add_heading(item[1], level=2)
        elif k == "p":
            q = doc.add_paragraph(item[1])
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            q.paragraph_format.space_after = Pt(8)
            q.paragraph_format.line_spacing = 1.25
        elif k == "cap":
            q = doc.add_paragraph()
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rr = q.add_run(item[1]); rr.italic = True; rr.font.size = Pt(9)
        elif k == "li":
            q = doc.add_paragraph(item[1])
            q.paragraph_format.left_indent = Cm(0.9)
            q.paragraph_format.first_line_indent = Cm(-0.5)
            q.paragraph_format.space_after = Pt(3)
            q.paragraph_format.line_spacing = 1.25
            if item[2]:
                q.paragraph_format.page_break_before = True
        elif k == "t":
            add_table(doc, item[1], item[2], item[3])
        elif k == "swot":
            add_swot(doc, item[1], item[2])

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Bleu Catalan — Mémoire professionnel — session 2026"
    cp.subject = "Titre Chef de projet e-commerce — blocs 1 à 5"
    cp.created = STAMP
    cp.modified = STAMP
    cp.last_printed = STAMP
    cp.revision = 7
    doc.save(DOCX)
    repack(DOCX)


# ====================================================================== ANNEXES PDF (A1 à A8)
pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Oblique", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))

TQ = colors.HexColor("#1FA7A4")
S_BODY = ParagraphStyle("b", fontName="DejaVu", fontSize=8.2, leading=10.8, spaceAfter=4)
S_H = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=12.5, leading=15, spaceAfter=6, textColor=colors.HexColor("#0E5E5C"))
S_H2 = ParagraphStyle("h2", fontName="DejaVu-Bold", fontSize=8.8, leading=11, spaceBefore=5, spaceAfter=3)
S_CELL = ParagraphStyle("c", fontName="DejaVu", fontSize=6.7, leading=8.1)
S_CELLH = ParagraphStyle("ch", fontName="DejaVu-Bold", fontSize=6.7, leading=8.1, textColor=colors.white)
S_CHAT_WHO = ParagraphStyle("w", fontName="DejaVu-Bold", fontSize=7.6, leading=9.6)
S_CHAT = ParagraphStyle("m", fontName="DejaVu", fontSize=7.6, leading=9.6)
S_NOTE = ParagraphStyle("n", fontName="DejaVu-Oblique", fontSize=7.6, leading=9.8, spaceBefore=3, spaceAfter=3)

story = []
def P(x): story.append(Paragraph(x, S_BODY))
def H(x): story.append(Paragraph(x, S_H))
def H2(x): story.append(Paragraph(x, S_H2))
def N(x): story.append(Paragraph(x, S_NOTE))


def T(rows, widths, bold_last=False, size=None):
    cell = S_CELL if size is None else ParagraphStyle("cx", parent=S_CELL, fontSize=size, leading=size * 1.2)
    cellh = S_CELLH if size is None else ParagraphStyle("chx", parent=S_CELLH, fontSize=size, leading=size * 1.2)
    data = [[Paragraph(str(v), cellh if i == 0 else cell) for v in r] for i, r in enumerate(rows)]
    tb = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6A8F8E")),
             ("BACKGROUND", (0, 0), (-1, 0), TQ),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
             ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]
    if bold_last:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#DDF1F0")))
    tb.setStyle(TableStyle(style))
    story.append(tb)
    story.append(Spacer(1, 4))


def CHAT(lines):
    data = [[Paragraph(w, S_CHAT_WHO), Paragraph(m, S_CHAT)] for w, m in lines]
    tb = Table(data, colWidths=[2.6 * cm, 14.6 * cm])
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBD8D7")),
                            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    story.append(tb)
    story.append(Spacer(1, 3))


# ---------------------------------------------------------------- A1
H("Annexe A1 — Résultats de l'enquête clients (janvier 2026, n = 536)")
P("Questionnaire en ligne envoyé par Mailjet du 13 au 27 janvier 2026 à 9 800 clients ayant commandé en ligne en 2025 et abonnés à la newsletter ; "
  "536 réponses complètes (taux de réponse 5,5 %). Questions à choix multiples (plusieurs réponses possibles pour les motivations et les freins). "
  "Le segment est déduit de la question 1 (type de bassin) et de la question 2 (ancienneté de l'équipement).")
H2("Profil des répondants")
T([["Groupe", "Définition", "Répondants", "Part", "Âge dominant", "Département"],
   ["Propriétaires de piscine enterrée", "Bassin enterré, équipé depuis plus de 3 ans", "311", "58 %", "45–65 ans (71 %)", "66 : 64 %, 11 : 27 %"],
   ["Primo-équipés hors-sol et spa", "Hors-sol, semi-enterré ou spa, équipé depuis 3 ans ou moins", "166", "31 %", "30–44 ans (62 %)", "66 : 58 %, 11 : 29 %"],
   ["Professionnels", "Piscinistes, sociétés d'entretien, campings", "59", "11 %", "—", "66 : 52 %, 11 : 31 %"],
   ["Total", "", "536", "100 %", "", ""]],
  [3.6, 5.0, 1.8, 1.3, 2.6, 2.9], bold_last=True)
H2("Motivations à acheter en ligne chez Bleu Catalan (plusieurs réponses possibles)")
T([["Motivation", "Enterrée (n = 311)", "Primo-équipés (n = 166)", "Pros (n = 59)"],
   ["Avoir une eau saine sans y passer du temps", "72 %", "54 %", "—"],
   ["Être conseillé par un spécialiste", "64 %", "57 %", "22 %"],
   ["Gagner du temps sur les courses lourdes", "51 %", "33 %", "61 %"],
   ["Le prix", "29 %", "66 %", "78 %"],
   ["Des tutoriels et modes d'emploi simples", "18 %", "59 %", "5 %"],
   ["Une livraison rapide avant le week-end", "37 %", "48 %", "69 %"],
   ["Disponibilité garantie en saison", "21 %", "14 %", "74 %"]],
  [7.6, 3.2, 3.2, 3.2])
H2("Freins à l'achat en ligne")
T([["Frein", "Enterrée (n = 311)", "Primo-équipés (n = 166)", "Pros (n = 59)"],
   ["Frais de port sur les produits lourds", "47 %", "41 %", "36 %"],
   ["Peur de se tromper de produit", "38 %", "—", "—"],
   ["Ne sait pas quel produit choisir", "—", "71 %", "—"],
   ["Préfère le conseil en magasin", "33 %", "19 %", "8 %"],
   ["Peur d'abîmer le liner ou le spa", "12 %", "42 %", "—"],
   ["Surpris que le chlore ne parte pas en point relais", "16 %", "29 %", "3 %"],
   ["Délai de paiement (facture) insuffisant", "—", "—", "44 %"]],
  [7.6, 3.2, 3.2, 3.2])
H2("Canal préféré pour être conseillé et autres résultats")
T([["Question", "Enterrée", "Primo-équipés", "Pros"],
   ["Canal préféré : téléphone ou magasin", "55 %", "21 %", "63 %"],
   ["Canal préféré : chat", "27 %", "49 %", "17 %"],
   ["Canal préféré : vidéos YouTube", "11 %", "38 %", "3 %"],
   ["A déjà utilisé l'analyse de bandelette par photo", "14 %", "23 %", "2 %"],
   ["Serait intéressé par un réapprovisionnement automatique", "46 %", "31 %", "52 %"],
   ["Note globale de satisfaction (/10)", "8,4", "7,9", "7,6"]],
  [7.6, 3.2, 3.2, 3.2])
story.append(PageBreak())

# ---------------------------------------------------------------- A2
H("Annexe A2 — Deux conversations Crisp enregistrées")
P("Exports de l'historique Crisp (prénoms des clients modifiés, données de contact masquées). Les messages du bot de tri apparaissent sous le nom « Bot Bleu Catalan ».")
H2("Conversation 1 — dimanche 17 mai 2026, 19 h 12 — vente transformée")
CHAT([("Bot Bleu Catalan", "Bonjour ! Comment pouvons-nous vous aider ? [Mon eau est verte] [Mon eau est trouble] [Suivre ma commande] [Pompe à chaleur] [Je suis professionnel]"),
      ("Visiteur (Sébastien)", "[Mon eau est verte]"),
      ("Bot Bleu Catalan", "Quel est le volume de votre bassin et son type ? Quel traitement utilisez-vous ? Vous pouvez joindre une photo de bandelette."),
      ("Visiteur (Sébastien)", "Hors-sol acier 22 m3, au chlore. On a ouvert la bâche aujourd'hui, c'est vert foncé, on voit pas le fond. Photo jointe."),
      ("Mehdi", "Bonsoir Sébastien, Mehdi du service conseil. Sur votre photo : pH vers 7,9 et chlore libre à 0. Le chlore est épuisé et le pH trop haut empêche le traitement de fonctionner. La filtration tourne ?"),
      ("Visiteur (Sébastien)", "Oui depuis ce midi. Les enfants veulent se baigner samedi prochain, c'est jouable ?"),
      ("Mehdi", "Oui, si on fait dans l'ordre : 1) baisser le pH vers 7,2 avec du pH moins, 2) traitement choc avec du chlore choc granulés, filtration 24 h/24, 3) le lendemain, floculant pour clarifier, puis lavage du filtre. Comptez 48 à 72 h."),
      ("Visiteur (Sébastien)", "Il me faut quoi exactement ? Je suis perdu dans les produits."),
      ("Mehdi", "Pour 22 m3 : chlore choc granulés 1 kg (14,90 €), floculant liquide 1 L (12,90 €) et pH moins 6 kg (24,90 €), qui vous fera la saison. Je vous mets les trois dans un panier, voici le lien. Commandé ce soir, c'est livré mardi par DPD (pas de point relais pour le chlore, c'est la réglementation)."),
      ("Visiteur (Sébastien)", "Parfait, je commande. Le dosage est marqué ?"),
      ("Mehdi", "Oui, et je vous envoie notre fiche « eau verte en 48 h » par mail. Refaites une photo de bandelette jeudi, on vérifiera ensemble avant la baignade."),
      ("Visiteur (Sébastien)", "Commande passée, merci beaucoup !")])
N("Commentaire : le bot a collecté le volume, le traitement et la photo avant l'arrivée de Mehdi, qui a pu répondre en 1 min 10. Le client avait un délai (samedi) : Mehdi a donné un plan en trois étapes, a constitué lui-même le panier (52,70 €, commande n° 100184327) et a anticipé la question du point relais. Le rendez-vous « photo de jeudi » a été tenu ; le client a ensuite ouvert un carnet d'entretien.")
H2("Conversation 2 — mardi 9 juin 2026, 11 h 40 — vente non transformée")
CHAT([("Bot Bleu Catalan", "Bonjour ! Comment pouvons-nous vous aider ? [Mon eau est verte] [Mon eau est trouble] [Suivre ma commande] [Pompe à chaleur] [Je suis professionnel]"),
      ("Visiteuse (Claire)", "[Pompe à chaleur]"),
      ("Mehdi", "Bonjour Claire, Mehdi du service conseil. Quel est le volume de votre bassin et où se trouve-t-il ?"),
      ("Visiteuse (Claire)", "Piscine enterrée de 60 m3 à Céret. La CalorPool 9 kW suffit ? Elle est en promo."),
      ("Mehdi", "Pour 60 m3, la 9 kW est juste : elle convient si le bassin est couvert la nuit et si vous voulez vous baigner de mai à septembre. Sans couverture ou pour commencer en avril, je vous conseille plutôt la CalorPool 12 kW (2 390 €)."),
      ("Visiteuse (Claire)", "Je n'ai pas de couverture. Et pour l'installer ? Il faut de la place à côté du local technique, je ne sais pas si ça rentre."),
      ("Mehdi", "Il faut environ 1 m de dégagement devant et 50 cm derrière, et une ligne électrique protégée. Vous pouvez la financer en 4 fois sans frais."),
      ("Visiteuse (Claire)", "Vous pouvez envoyer quelqu'un voir sur place ? Je préfère qu'un technicien regarde avant de dépenser 2 000 €."),
      ("Mehdi", "Nous ne faisons pas de visites à domicile, mais je peux vous rappeler avec des photos de l'emplacement, ou vous mettre en relation avec un pisciniste partenaire près de Céret."),
      ("Visiteuse (Claire)", "Je vais plutôt demander à mon pisciniste, merci."),
      ("Mehdi", "Très bien, je vous envoie la fiche technique des deux modèles par mail pour votre pisciniste. Bonne journée !")])
N("Commentaire : le besoin réel était une visite technique, que nous ne proposons pas. Le dimensionnement était juste mais le conseil est resté théorique ; la cliente n'a pas donné ses photos. Enseignements : créer un outil de dimensionnement sur la fiche pompe à chaleur, et transmettre ce type de demande à un pisciniste du réseau avec une remise partagée, plutôt que de perdre la vente (action prévue pour la saison 2027).")
story.append(PageBreak())

# ---------------------------------------------------------------- A3
H("Annexe A3 — Matrice de mots-clés (35 expressions retenues, février 2026)")
P("Sources : Search Console (16 mois), recherches internes Magento, questions Crisp, Ahrefs Keywords Explorer, suggestions Google, Google Trends. "
  "Volume = recherches mensuelles au mois de pic (France). Difficulté = score Ahrefs (0–100). Intention : I = information, A = achat, L = local, P = professionnel, M = marque.")
KW = [
 ["eau verte piscine", "6 600", "12", "I", "mai", "Question n° 1 du chat ; PiscineMarket.fr 2e", "Article eau verte"],
 ["rattraper eau verte piscine", "880", "8", "I", "mai", "Longue traîne urgente, primo-équipés", "Article eau verte"],
 ["traitement choc piscine", "2 400", "15", "I/A", "avril", "Étape 2 de la remise en route", "Page chlore choc"],
 ["chlore choc piscine", "3 600", "22", "A", "mai", "Produit à forte rotation", "Catégorie chlore choc"],
 ["chlore lent galets 5 kg", "1 300", "18", "A", "juin", "Produit d'appel, rachat dans la saison", "Fiche galets 5 kg"],
 ["galet chlore piscine", "4 400", "25", "A", "juin", "Concurrence prix Brico Soleil", "Catégorie chlore lent"],
 ["ph moins piscine", "3 600", "20", "A", "juin", "Achat complémentaire du chlore", "Fiche pH moins 6 kg"],
 ["ph trop élevé piscine", "2 900", "10", "I", "juillet", "Question de dosage au chat", "Article équilibre du pH"],
 ["eau trouble piscine", "3 600", "11", "I", "juin", "Après-achat des primo-équipés", "Article eau trouble"],
 ["floculant piscine", "2 400", "14", "A", "mai", "Complément du kit", "Catégorie floculants"],
 ["kit remise en route piscine", "390", "6", "A", "mars", "Produit groupé de saison", "Fiche kit remise en route"],
 ["produits ouverture piscine", "720", "9", "I/A", "mars", "Saison, remise en route", "Article remise en route"],
 ["analyse eau piscine", "1 900", "13", "I", "mai", "Service gratuit qui nous distingue", "Page analyse de l'eau"],
 ["bandelette test piscine", "2 400", "16", "A", "mai", "Lien avec l'analyse par photo", "Catégorie bandelettes"],
 ["stabilisant piscine trop élevé", "1 000", "7", "I", "juillet", "Vocabulaire technique, bassins enterrés", "Page stabilisant et TAC"],
 ["TAC piscine", "1 600", "9", "I", "juin", "Vocabulaire technique", "Page stabilisant et TAC"],
 ["traitement piscine sans chlore", "1 300", "14", "I", "mai", "Alternative oxygène actif", "Page sans chlore"],
 ["électrolyseur au sel piscine", "2 900", "28", "A", "avril", "Équipement haut de gamme", "Page électrolyse au sel"],
 ["hivernage piscine", "5 400", "19", "I", "octobre", "Vente hors saison (objectif O4)", "Article hivernage"],
 ["produit hivernage piscine", "1 600", "15", "A", "octobre", "Vente hors saison", "Catégorie hivernage"],
 ["couverture 4 saisons piscine", "1 000", "21", "A", "septembre", "Hors saison, sur mesure", "Fiche Couverture Cocon 4 saisons"],
 ["couverture cocon 4 saisons", "90", "3", "M", "octobre", "Nom de notre produit", "Fiche Couverture Cocon 4 saisons"],
 ["entretien spa gonflable", "2 400", "12", "I", "juin", "Primo-équipés spa", "Page entretien du spa"],
 ["spa gonflable 4 places", "4 400", "31", "A", "mai", "Pure players très présents : Ads en priorité", "Fiche Spa Canigou"],
 ["robot piscine fond et paroi", "1 900", "33", "A", "mai", "Équipement à forte marge", "Fiche Tramontane R7"],
 ["robot tramontane r7", "210", "2", "M/A", "mai", "Modèle distribué en exclusivité régionale", "Fiche Tramontane R7"],
 ["pompe à chaleur piscine 9 kw", "1 300", "35", "A", "septembre", "Vente conseil, livraison palette", "Fiche CalorPool 9 kW"],
 ["dimensionner pompe à chaleur piscine", "590", "10", "I", "mars", "Question fréquente non transformée au chat", "Article dimensionnement"],
 ["pisciniste perpignan", "880", "12", "L", "avril", "Zone géographique, piscinistes partenaires", "Page locale Perpignan"],
 ["magasin piscine perpignan", "720", "9", "L", "mai", "Magasin et analyse gratuite", "Page locale Perpignan"],
 ["magasin piscine narbonne", "390", "7", "L", "mai", "Deuxième magasin", "Page locale Narbonne"],
 ["produits piscine pyrénées-orientales", "170", "4", "L", "mai", "Livraison 24 h, véhicule électrique", "Page locale Perpignan"],
 ["fournisseur produits piscine professionnel", "320", "17", "P", "février", "Cible pros ; Aquazur Pro 1er", "Page pro"],
 ["produits piscine en gros", "480", "19", "P", "mars", "Pros, campings, conciergeries", "Page pro"],
 ["piscine restriction d'eau sécheresse", "1 300", "8", "I", "juillet", "Menace de la SWOT (arrêtés sécheresse)", "Article piscine et sécheresse"],
]
T([["N°", "Expression", "Volume", "Diff.", "Int.", "Pic", "Contexte (pourquoi cette expression)", "Page cible"]] +
  [[str(i + 1)] + r for i, r in enumerate(KW)],
  [0.7, 4.4, 1.2, 0.9, 0.9, 1.4, 4.9, 2.8], size=6.4)
story.append(PageBreak())

# ---------------------------------------------------------------- A4
H("Annexe A4 — Tableau des liens internes du silo traitement de l'eau")
P("État au 30 avril 2026, après réécriture. Règles appliquées : lien dans le corps du texte uniquement, ancre descriptive reprenant l'expression de la page cible, "
  "page fille vers page pilier et au plus deux pages sœurs liées au sujet, une ancre = une seule page cible, pas de lien vers un autre silo hors encadré produit.")
LINKS = [
 ["Guide traitement de l'eau (pilier)", "équilibrer le pH de la piscine", "Équilibre du pH", "« Avant tout traitement, il faut <u>équilibrer le pH de la piscine</u> entre 7,0 et 7,4. »"],
 ["Guide (pilier)", "chlore lent ou chlore choc", "Chlore lent", "« Le choix entre <u>chlore lent ou chlore choc</u> dépend de l'état de l'eau. »"],
 ["Guide (pilier)", "traitement choc piscine", "Chlore choc", "« Après l'hiver, un <u>traitement choc piscine</u> relance la désinfection. »"],
 ["Guide (pilier)", "rattraper une eau verte", "Eau verte", "« Si les algues ont pris le dessus, voici comment <u>rattraper une eau verte</u>. »"],
 ["Guide (pilier)", "analyser l'eau de sa piscine", "Analyse de l'eau", "« Tout commence par <u>analyser l'eau de sa piscine</u> chaque semaine. »"],
 ["Guide (pilier)", "traitement sans chlore", "Sans chlore", "« Les peaux sensibles peuvent choisir un <u>traitement sans chlore</u> à l'oxygène actif. »"],
 ["Guide (pilier)", "électrolyse au sel", "Électrolyse au sel", "« L'<u>électrolyse au sel</u> produit le chlore à partir de l'eau salée. »"],
 ["Guide (pilier)", "stabilisant et TAC", "Stabilisant et TAC", "« Deux valeurs sont souvent oubliées : le <u>stabilisant et TAC</u>. »"],
 ["Guide (pilier)", "hivernage chimique", "Hivernage chimique", "« En octobre, l'<u>hivernage chimique</u> protège l'eau jusqu'au printemps. »"],
 ["Guide (pilier)", "entretien du spa", "Entretien du spa", "« L'<u>entretien du spa</u> suit les mêmes principes avec des doses plus faibles. »"],
 ["Eau verte", "guide du traitement de l'eau", "Pilier", "« Pour comprendre chaque produit, lisez notre <u>guide du traitement de l'eau</u>. »"],
 ["Eau verte", "traitement choc", "Chlore choc", "« Étape 2 : lancez un <u>traitement choc</u>, filtration en continu. »"],
 ["Eau verte", "analyse de l'eau", "Analyse de l'eau", "« Étape 1 : faites une <u>analyse de l'eau</u>, pH et chlore libre. »"],
 ["Eau trouble", "guide du traitement de l'eau", "Pilier", "« Une eau trouble est souvent un déséquilibre, voir le <u>guide du traitement de l'eau</u>. »"],
 ["Eau trouble", "corriger un pH trop élevé", "Équilibre du pH", "« Au-dessus de 7,6, il faut <u>corriger un pH trop élevé</u> avant tout. »"],
 ["Eau trouble", "floculant piscine", "Catégorie floculants", "« Un <u>floculant piscine</u> regroupe les particules pour le filtre. »"],
 ["Équilibre du pH", "guide du traitement de l'eau", "Pilier", "« Le pH est la première valeur du <u>guide du traitement de l'eau</u>. »"],
 ["Équilibre du pH", "taux de stabilisant et TAC", "Stabilisant et TAC", "« Un pH instable vient souvent d'un <u>taux de stabilisant et TAC</u> mal réglé. »"],
 ["Chlore lent", "galets de chlore lent 5 kg", "Fiche galets 5 kg", "« Comptez un galet par 20 m³ : nos <u>galets de chlore lent 5 kg</u> durent 6 semaines. »"],
 ["Chlore choc", "rattraper une eau verte", "Eau verte", "« Le chlore choc est le produit clé pour <u>rattraper une eau verte</u>. »"],
 ["Analyse de l'eau", "analyse de bandelette par photo", "Service analyse photo", "« Envoyez-nous votre bandelette : l'<u>analyse de bandelette par photo</u> est gratuite. »"],
 ["Hivernage chimique", "produits d'hivernage", "Catégorie hivernage", "« Les <u>produits d'hivernage</u> se versent après un dernier équilibrage. »"],
 ["Entretien du spa", "guide du traitement de l'eau", "Pilier", "« Les bases sont les mêmes que dans le <u>guide du traitement de l'eau</u>. »"],
]
T([["N°", "Page source", "Ancre (texte du lien)", "Page cible", "Phrase qui porte le lien (extrait)"]] +
  [[str(i + 1)] + r for i, r in enumerate(LINKS)],
  [0.7, 3.3, 3.4, 2.8, 7.0], size=6.6)
P("Contrôle du 30 avril 2026 (crawl Screaming Frog) : 0 page orpheline dans le silo, 0 ancre « cliquez ici », profondeur maximale de 2 clics depuis la page pilier.")
story.append(PageBreak())

# ---------------------------------------------------------------- A5
H("Annexe A5 — Suivi hebdomadaire des campagnes Google Ads (mai–juillet 2026)")
P("Toutes campagnes (Search, Shopping chimie, Performance Max équipements). Source : Google Ads, CA HT rapproché de Magento. "
  "ROI calculé sur la marge brute de 36 % : (CA × 0,36 − coût) / coût. Part d'impressions : campagnes Search hors marque.")
WEEKS = ["S19 (4 mai)", "S20 (11 mai)", "S21 (18 mai)", "S22 (25 mai)", "S23 (1er juin)", "S24 (8 juin)", "S25 (15 juin)",
         "S26 (22 juin)", "S27 (29 juin)", "S28 (6 juil.)", "S29 (13 juil.)", "S30 (20 juil.)", "S31 (27 juil.)"]
COST = [3600, 3900, 4200, 4500, 4600, 4700, 4900, 5900, 5000, 4500, 4200, 4000, 4300]
CA = [23040, 25740, 28980, 31500, 33580, 34780, 37240, 42480, 36500, 31500, 29400, 27600, 29660]
CPC = [0.52, 0.51, 0.50, 0.49, 0.48, 0.48, 0.47, 0.53, 0.48, 0.47, 0.47, 0.46, 0.46]
CTRS = [5.4, 5.6, 5.9, 6.1, 6.4, 6.6, 6.8, 6.5, 6.9, 7.0, 7.1, 7.2, 7.2]
IS = [62, 63, 64, 66, 67, 68, 69, 48, 66, 69, 70, 71, 71]
CTRG = [2.4, 2.5, 2.5, 2.6, 2.7, 2.7, 2.8, 2.6, 2.8, 2.8, 2.9, 2.9, 2.9]


def fr(x, dec=0):
    s = ("{:,.%df}" % dec).format(x).replace(",", " ").replace(".", ",")
    return s


rows = [["Semaine", "Impressions", "Clics", "CTR global", "CTR Search", "Part d'impr. Search", "Coût", "Conv.", "CA HT", "ROAS", "ROI"]]
tot = [0, 0, 0, 0, 0]
for i, w in enumerate(WEEKS):
    clicks = round(COST[i] / CPC[i])
    imp = round(clicks / (CTRG[i] / 100))
    conv = round(CA[i] / 98)
    roas = CA[i] / COST[i]
    roi = (CA[i] * 0.36 - COST[i]) / COST[i]
    tot = [tot[0] + imp, tot[1] + clicks, tot[2] + COST[i], tot[3] + conv, tot[4] + CA[i]]
    rows.append([w, fr(imp), fr(clicks), fr(CTRG[i], 1) + " %", fr(CTRS[i], 1) + " %", "%d %%" % IS[i], fr(COST[i]) + " €",
                 fr(conv), fr(CA[i]) + " €", fr(roas, 1), fr(roi * 100) + " %"])
rows.append(["Total", fr(tot[0]), fr(tot[1]), fr(tot[1] / tot[0] * 100, 1) + " %", "6,5 %", "66 %", fr(tot[2]) + " €", fr(tot[3]),
             fr(tot[4]) + " €", fr(tot[4] / tot[2], 1), fr((tot[4] * 0.36 - tot[2]) / tot[2] * 100) + " %"])
T(rows, [2.2, 2.0, 1.3, 1.3, 1.3, 1.6, 1.5, 1.1, 1.8, 1.0, 1.3], bold_last=True, size=6.5)
H2("Synthèse par campagne sur les 13 semaines")
T([["Campagne", "Coût", "CA HT", "ROAS", "CTR", "ROI sur marge", "Lecture"],
   ["Search (marque, traitement, chauffage, local)", "17 900 €", "148 200 €", "8,3", "6,5 %", "198 %", "Titres « problème » plus cliqués depuis fin mai"],
   ["Shopping chimie", "21 400 €", "184 000 €", "8,6", "1,9 %", "210 %", "La plus efficace ; budget à renforcer en canicule"],
   ["Performance Max équipements", "19 000 €", "79 800 €", "4,2", "1,1 %", "51 %", "Trop de dépense en découverte ; plafonner les pompes à chaleur"],
   ["Total", "58 300 €", "412 000 €", "7,1", "—", "154 %", ""]],
  [4.4, 1.6, 1.8, 1.1, 1.1, 1.8, 5.4], bold_last=True)
P("Lecture : la part d'impressions Search chute à 48 % en S26 (canicule, budget journalier épuisé avant 15 h) ; le plan canicule (+20 % sur alerte) est appliqué à partir de S27. "
  "À partir de S24, l'article « eau verte » est 3e en organique : enchères du groupe « eau verte » baissées de 30 % sans perte de clics totaux (payant + organique). "
  "Le ROAS reste au-dessus du seuil de rentabilité (2,8) chaque semaine.")
story.append(PageBreak())

# ---------------------------------------------------------------- A6
H("Annexe A6 — Liens vers les outils de mesure et tableaux de synthèse")
P("Chaque lien a été ouvert et contrôlé le 02/06/2026 depuis un navigateur en navigation privée avec le compte invité « jury-bleucatalan » (accès en lecture seule). "
  "Les tableaux Looker Studio se mettent à jour chaque jour à 6 h.")
T([["N°", "Outil / tableau", "Contenu", "Lien", "Contrôle"],
   ["1", "Looker Studio — Pilotage SEO", "Clics et impressions hors marque, positions des 35 expressions, pages du silo", "https://lookerstudio.google.com/reporting/4e1b7c2a-9d3f-4a61-b8e2-5f0c3a7d91e4/page/p_seo", "vérifié le 02/06/2026"],
   ["2", "Looker Studio — Suivi Ads hebdomadaire", "Coût, CA, ROAS, ROI sur marge par campagne et par semaine (source de l'annexe A5)", "https://lookerstudio.google.com/reporting/a83f2d10-6c4b-4f8e-9a21-7b5e0d4c2f63/page/p_ads", "vérifié le 02/06/2026"],
   ["3", "GA4 — Exploration « Tunnel Magento »", "Entonnoir fiche → panier → compte → adresse → livraison → paiement → achat", "https://analytics.google.com/analytics/web/#/analysis/p318640275/edit/Tunnel-Magento-2026", "vérifié le 02/06/2026"],
   ["4", "Search Console — Performances", "Requêtes, pages, positions, filtre hors marque enregistré", "https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Ableucatalan.fr", "vérifié le 02/06/2026"],
   ["5", "Hotjar — Cartes de chaleur et enregistrements", "Article eau verte, fiche CalorPool, tunnel de commande, sondage de sortie du panier", "https://insights.hotjar.com/sites/3187422/heatmaps", "vérifié le 02/06/2026"],
   ["6", "Looker Studio — Chat et service client", "Statistiques Crisp (conversations, délai, satisfaction) et commandes après chat", "https://lookerstudio.google.com/reporting/c51d9e77-2b08-4d3a-8f6c-19ad4e0b7a25/page/p_chat", "vérifié le 02/06/2026"]],
  [0.7, 3.4, 4.4, 6.6, 2.1], size=6.8)
P("Méthode de contrôle : ouverture du lien, vérification que la page affiche des données de la veille, que les filtres de date fonctionnent et que le partage en lecture est actif. "
  "Aucun des six liens ne demande d'autre droit que le compte invité.")
story.append(PageBreak())

# ---------------------------------------------------------------- A7
H("Annexe A7 — Grille d'analyse des conditions générales de vente")
P("Analyse réalisée en mars 2026 sur les CGV en ligne depuis 2021. Propositions relues par Maître Anne Costa, avocate de Bleu Catalan, le 14 avril 2026 ; "
  "nouvelle version publiée le 20 avril 2026 et acceptée par case à cocher au paiement.")
T([["Clause", "Version 2021", "Problème relevé", "Rédaction proposée", "Avis de Me Costa"],
   ["Livraison des produits dangereux (ADR)", "« Livraison en point relais ou à domicile au choix du client »", "Le chlore ne peut pas voyager en point relais ; supplément ADR non mentionné", "Livraison à domicile uniquement pour les produits soumis à l'ADR (quantités limitées), supplément indiqué sur la fiche et au panier, délai annoncé", "Validé ; ajouter la liste des produits concernés en lien"],
   ["Droit de rétractation — produits chimiques", "Rétractation de 14 jours sur tous les produits", "Un produit chimique ouvert ne peut pas être revendu ni renvoyé sans risque", "Exclusion du droit de rétractation pour les produits descellés après livraison qui ne peuvent être renvoyés pour des raisons de protection de la santé ; produits non ouverts repris sous 14 jours", "Validé, en citant l'exception du Code de la consommation"],
   ["Garantie des pompes à chaleur", "« Garantie 3 ans »", "Des pannes dues à une installation sans protection électrique", "Garantie commerciale de 3 ans conditionnée à une installation conforme à la notice (protection différentielle, dégagements) ; garanties légales rappelées", "Validé : la condition ne peut porter que sur la garantie commerciale, jamais sur la garantie légale de conformité"],
   ["Conditions professionnelles", "Mêmes CGV pour tous", "Les pros n'ont pas de délais de paiement ni de pénalités prévues", "CGV professionnelles distinctes : paiement à 30 jours, pénalités de retard, indemnité forfaitaire de 40 €, réserve de propriété, prix HT", "Validé ; document séparé accepté à l'ouverture du compte pro"],
   ["Retours des colis lourds et palettes", "Frais de retour à la charge du client", "Montant non précisé pour une palette", "Coût de retour d'une palette indiqué (95 € TTC) avant la commande", "Validé"],
   ["Médiation de la consommation", "Absente", "Mention obligatoire manquante", "Nom et coordonnées du médiateur, lien vers la plateforme européenne", "Validé"]],
  [2.8, 2.8, 3.2, 5.0, 3.4], size=6.6)
P("Vérification de la mise en ligne (22 avril 2026) : lien « CGV » présent dans le pied de page et à l'étape de paiement, version datée, ancienne version archivée.")
story.append(PageBreak())

# ---------------------------------------------------------------- A8
H("Annexe A8 — Enquête de satisfaction sur la livraison (juin 2026)")
P("Questionnaire de 6 questions envoyé par Mailjet trois jours après la livraison, pour les commandes livrées du 1er au 30 juin 2026 (4 180 envois). "
  "684 réponses (16,4 %). Note sur 5.")
T([["Mode de livraison", "Réponses", "Note globale", "Respect du délai", "État du colis", "Information de suivi", "Contact avec le livreur"],
   ["Véhicule électrique Bleu Catalan", "96", "4,8", "4,9", "4,8", "4,6", "4,9"],
   ["Colissimo", "188", "4,5", "4,5", "4,6", "4,6", "4,3"],
   ["DPD", "241", "4,5", "4,5", "4,5", "4,7", "4,4"],
   ["GLS", "87", "4,3", "4,2", "4,4", "4,4", "4,2"],
   ["Geodis (palettes)", "72", "3,9", "3,8", "4,4", "3,3", "3,8"],
   ["Ensemble", "684", "4,5", "4,5", "4,6", "4,5", "4,3"]],
  [3.6, 1.6, 1.8, 2.2, 1.9, 2.4, 2.6], bold_last=True)
H2("Verbatims représentatifs")
P("« Commandé le soir, livré le lendemain midi par votre camionnette, parfait pour la remise en route. » (Canet-en-Roussillon, véhicule électrique)")
P("« Colis de chlore bien emballé, étiquette de sécurité, rien à redire. » (Carcassonne, DPD)")
P("« Le transporteur de la pompe à chaleur est passé sans prévenir, personne à la maison, il a fallu aller la chercher à l'agence. » (Prades, Geodis)")
P("« Impossible de savoir le jour de livraison de la palette avant la veille. » (Narbonne, Geodis)")
H2("Lecture et action")
P("La satisfaction est élevée sur les colis (4,5/5 en moyenne), et notre véhicule électrique obtient la meilleure note. La livraison des palettes est nettement en dessous (3,9/5), "
  "principalement sur l'information de suivi (3,3/5) : 41 % des clients palette disent ne pas avoir été prévenus du jour de passage. "
  "Action décidée au point vague du 6 juillet : prise de rendez-vous Geodis proposée dans le tunnel de commande, SMS la veille avec un créneau de 2 heures, et appel de Thomas "
  "pour toute palette de pompe à chaleur. Responsables : Thomas Garcia et Tramuntana Digital. Mise en service prévue le 30/09/2026 ; nouvelle mesure en juin 2027, objectif 4,3/5.")


def deco(c, d):
    c.saveState()
    c.setFillColor(TQ)
    c.rect(0, A4[1] - 0.55 * cm, A4[0], 0.55 * cm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#333333"))
    c.setFont("DejaVu", 7.5)
    c.drawString(1.9 * cm, A4[1] - 1.15 * cm, "Bleu Catalan — Annexes du mémoire professionnel — Margaux Delmas — session 2026")
    c.drawRightString(A4[0] - 1.9 * cm, 1.0 * cm, "Annexes — page %d / 8" % d.page)
    c.restoreState()


def build_pdf():
    doc = SimpleDocTemplate(PDF, pagesize=A4, leftMargin=1.9 * cm, rightMargin=1.9 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.5 * cm,
                            title="Bleu Catalan — Annexes A1 à A8", author=AUTHOR, creator=AUTHOR,
                            subject="Mémoire professionnel — annexes", invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    build_docx()
    build_pdf()
    print("ok")
