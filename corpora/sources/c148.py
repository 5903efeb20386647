# -*- coding: utf-8 -*-
# Générateur du dossier du candidat c148 (Théo Chassagne, Bachelor 3 « Chef de projet e-commerce » à l'ESC Auvergne
# Digital, stagiaire chez Rayon Arverne SAS, boutique en ligne de pièces détachées vélo à Aubière) — blocs 1, 2 et 3,
# niveau moyen, session 2026.
# Un seul DOCX : rapport de stage scolaire classique (stage du 5 janvier au 24 avril 2026), environ 40 pages :
# couverture (emplacement du logo de l'école, dates, deux tuteurs), remerciements, sommaire statique à points de
# conduite, introduction, Partie I (entreprise), Partie II (missions 1 à 5), Partie III (apports et difficultés),
# conclusion, lexique, liste des annexes puis annexes 1 à 17 (l'annexe 11 annoncée n'existe pas).
# Times New Roman 12, interligne 1,5, texte justifié, titres « I. », « A. », « 1. » en styles Titre 1 à 3.
# En-tête : nom de l'école ; pied de page : « Théo Chassagne — Rapport de stage 2026 » + numéro de page.
# 19 tableaux Word (2 dans le corps, 17 en annexes).
# Déterministe : propriétés du document figées, zip DOCX réécrit avec un horodatage fixe.
import datetime
import os
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "c148-rapport-stage-pieces-velo-clermont")
DOCX = os.path.join(OUT, "Rapport_de_stage_Chassagne_RayonArverne.docx")
AUTHOR = "Théo Chassagne"
STAMP = datetime.datetime(2026, 5, 4, 21, 47, 0)
ZIPSTAMP = (2026, 5, 4, 21, 47, 0)
FONT = "Times New Roman"

# Numéros de page du sommaire (relevés sur le rendu du document, comme le ferait Word lors de la mise à jour)
PAGES = {'Introduction': 4,
         "I. Présentation de l'entreprise Rayon Arverne": 5,
         'A. Historique': 5,
         'B. Chiffres clés': 5,
         'C. Organisation': 6,
         'D. Les outils du pôle e-commerce': 6,
         'II. Les missions réalisées': 7,
         'Mission 1 : Étude du marché': 7,
         "Mission 2 : Plan d'actions printemps": 10,
         'Mission 3 : Référencement naturel': 13,
         'Mission 4 : Google Ads': 16,
         'Mission 5 : Communication et site': 18,
         'III. Apports et difficultés du stage': 21,
         "A. Ce que le stage m'a apporté": 21,
         'B. Les difficultés rencontrées': 21,
         'Conclusion': 23,
         'Lexique': 24,
         'Liste des annexes': 25,
         'Annexe 1': 26,
         'Annexe 2': 27,
         'Annexe 3': 28,
         'Annexe 4': 29,
         'Annexe 5': 30,
         'Annexe 6': 31,
         'Annexe 7': 32,
         'Annexe 8': 33,
         'Annexe 9': 34,
         'Annexe 10': 35,
         'Annexe 12': 36,
         'Annexe 13': 37,
         'Annexe 14': 38,
         'Annexe 15': 40,
         'Annexe 16': 41,
         'Annexe 17': 42,
         'Annexes': 26,
         'Annexe 11': 36}

# ============================================================================== CONTENU
# ("h1", t) ("h2", t) ("h3", t) ("p", t) ("b", t) puce ("t", légende, lignes, largeurs) ("pb",) ("pre", t) schéma
C = []


def h1(x): C.append(("h1", x))
def h2(x): C.append(("h2", x))
def h3(x): C.append(("h3", x))
def p(x): C.append(("p", x))
def b(x): C.append(("b", x))
def t(cap, rows, widths): C.append(("t", cap, rows, widths))
def pb(): C.append(("pb",))
def pre(x): C.append(("pre", x))


# ------------------------------------------------------------------------------ Remerciements
h1("Remerciements")
p("Avant de commencer ce rapport, je tiens à remercier toutes les personnes qui m'ont accompagné pendant ces seize semaines de stage chez Rayon Arverne.")
p("Je remercie tout d'abord Monsieur Julien Fayet, gérant et fondateur de Rayon Arverne, de m'avoir accueilli dans son entreprise et de m'avoir fait confiance en me laissant participer à la préparation du printemps, qui est la période la plus importante de l'année pour un vendeur de pièces de vélo.")
p("Je remercie tout particulièrement Madame Laurence Vidal, responsable e-commerce et ma tutrice de stage, pour sa disponibilité, ses conseils et sa patience. Elle a toujours pris le temps de m'expliquer le fonctionnement de PrestaShop et de relire mes propositions, même pendant les semaines chargées.")
p("Je remercie également Maxime Roux, chargé du référencement naturel et payant, qui m'a formé à Google Ads et à la Search Console, ainsi que toute l'équipe de l'atelier et du comptoir, qui a répondu à mes nombreuses questions sur les transmissions, les freins et les compatibilités, et qui m'a laissé observer les échanges avec les clients.")
p("Enfin, je remercie Monsieur Besse, mon tuteur pédagogique à l'ESC Auvergne Digital, pour son suivi et ses conseils lors de la visite de mi-stage, ainsi que l'équipe pédagogique du Bachelor.")

# ------------------------------------------------------------------------------ Introduction
h1("Introduction")
p("Dans le cadre de ma troisième année de Bachelor « Chef de projet e-commerce » à l'ESC Auvergne Digital, j'ai effectué un stage de seize semaines, du 5 janvier au 24 avril 2026, au sein de l'entreprise Rayon Arverne, située à Aubière, dans la périphérie de Clermont-Ferrand. Rayon Arverne est une entreprise spécialisée dans la vente en ligne de pièces détachées et d'accessoires pour vélo, avec une boutique sous PrestaShop qui réalise l'essentiel de son chiffre d'affaires, un comptoir et un atelier de réparation.")
p("J'ai choisi ce stage parce que je pratique le vélo de route depuis le lycée et que je voulais découvrir un site marchand de l'intérieur, avec un catalogue technique où le client doit trouver la bonne pièce parmi des milliers de références. Je voulais aussi travailler dans une entreprise de taille moyenne, où un stagiaire peut toucher à plusieurs sujets au lieu d'être limité à une seule tâche.")
p("Le stage avait un objectif principal fixé par ma tutrice : préparer et suivre la saison de printemps, qui commence début mars quand les cyclistes ressortent leur vélo après l'hiver. Cette période a pris le nom d'opération « Remise en route » dans l'équipe. Pour cela, j'ai eu l'opportunité de mener cinq missions : une étude du marché sur les cyclistes qui entretiennent eux-mêmes leur vélo, un plan d'actions pour le printemps, un travail de référencement naturel sur la catégorie transmission, une campagne Google Ads sur les pièces d'usure et enfin plusieurs actions de communication et d'amélioration du site.")
p("Ce rapport présente d'abord l'entreprise Rayon Arverne, son histoire, ses chiffres et son organisation. La deuxième partie décrit les cinq missions que j'ai réalisées, dans l'ordre où je les ai menées. La troisième partie fait le point sur ce que ce stage m'a apporté et sur les difficultés rencontrées. Les tableaux détaillés sont placés en annexes, auxquelles le texte renvoie au fur et à mesure.")

# ------------------------------------------------------------------------------ Partie I
h1("I. Présentation de l'entreprise Rayon Arverne")
h2("A. Historique")
p("Rayon Arverne SAS a été créée en 2013 par Julien Fayet. Ancien mécanicien dans un magasin de cycles de Clermont-Ferrand pendant huit ans, il avait remarqué que beaucoup de clients venaient au comptoir avec une référence trouvée sur Internet et repartaient sans la pièce, faute de stock. Il a donc ouvert un petit local à Aubière avec un atelier et un premier site marchand, d'abord sur une solution hébergée, avec environ 2 000 références de transmission et de freinage.")
p("L'entreprise a grandi surtout grâce à la vente en ligne. En 2017, le site a été refait sous PrestaShop et le stock a été déplacé dans un entrepôt de 1 200 m² sur la zone d'activité d'Aubière, où se trouvent aujourd'hui les bureaux, l'atelier et le comptoir. En 2020 et 2021, la forte demande liée au vélo pendant la crise sanitaire a fait presque doubler le chiffre d'affaires. Depuis 2022, l'entreprise développe les pièces pour vélos à assistance électrique (VAE) : batteries, chargeurs, plaquettes renforcées et chaînes adaptées. La boutique est passée sous PrestaShop 8 en 2024.")
p("Aujourd'hui, Rayon Arverne se présente comme « le magasin de pièces tenu par des mécaniciens » : chaque fiche produit est relue par l'atelier et l'entreprise insiste sur son conseil technique, notamment sur les questions de compatibilité entre les groupes, les cassettes et les chaînes.")
h2("B. Chiffres clés")
p("En 2025, Rayon Arverne a réalisé un chiffre d'affaires de 5,4 millions d'euros hors taxes. La boutique en ligne en représente 4,6 millions d'euros, soit environ 85 %, et le comptoir et l'atelier 0,8 million d'euros. Le site propose environ 14 000 références, dont une grande partie de pièces d'usure : chaînes, cassettes, plaquettes, pneus, câbles et gaines. Quelques exemples de produits phares permettent de se rendre compte de l'offre : la cassette Shimano 105 CS-R7101 12 vitesses 11-34 à 64,90 €, la chaîne SRAM GX Eagle 126 maillons à 34,90 €, les plaquettes Shimano J05A résine à 21,90 €, le pneu Michelin Power Cup 700x28 à 49,90 € ou encore la batterie Bosch PowerTube 625 à 849 €.")
p("Les commandes passées avant 15 heures sont expédiées le jour même, et la livraison est offerte à partir de 59 € d'achat en France métropolitaine. L'activité est très saisonnière : les mois de mars à juin concentrent à eux seuls près de 41 % des ventes en ligne de l'année. Les chiffres principaux et la répartition mensuelle des ventes 2025 sont présentés en annexe 1.")
h2("C. Organisation")
p("Rayon Arverne compte 17 salariés. L'organisation est simple et assez peu hiérarchisée, ce qui est typique d'une entreprise de cette taille. Au sommet se trouve Julien Fayet, le gérant, qui prend les décisions importantes sur le catalogue, les fournisseurs et les investissements. Il reste très présent au quotidien et passe encore régulièrement à l'atelier.")
p("Sous sa direction, l'entreprise est organisée en quatre pôles. Le pôle e-commerce compte quatre personnes : Laurence Vidal, responsable e-commerce et ma tutrice, qui gère le site, les promotions et le service client en ligne ; Maxime Roux, chargé du référencement naturel et payant ; une chargée de contenus qui réalise les photos et les fiches produits ; et un conseiller client qui répond au téléphone, aux e-mails et aux conversations client sur le site. Le pôle logistique, le plus important en effectif, compte sept personnes : un responsable d'entrepôt, cinq préparateurs de commandes et une personne chargée de la réception et des retours. Le pôle atelier-comptoir regroupe trois mécaniciens qui assurent les réparations, l'accueil des clients au comptoir et les conseils techniques, y compris pour le pôle e-commerce quand une question est trop pointue. Enfin, le pôle administration compte deux personnes, pour la comptabilité, les achats et les ressources humaines.")
p("Pendant mon stage, j'étais rattaché au pôle e-commerce, dans le bureau partagé avec Laurence et Maxime, mais j'ai travaillé très souvent avec l'atelier et le comptoir, notamment pour mon étude du marché.")
h2("D. Les outils du pôle e-commerce")
p("Le site fonctionne sous PrestaShop 8, hébergé chez un prestataire clermontois qui assure aussi la maintenance des modules. Les commandes sont transmises automatiquement au logiciel de gestion de stock de l'entrepôt. Le pôle utilise Google Analytics 4 et la Search Console pour suivre le trafic, Ubersuggest pour les recherches de mots-clés, Google Ads pour les annonces, Brevo pour la newsletter envoyée à environ 21 000 abonnés, et Crisp pour la fenêtre de conversation client présente sur toutes les pages du site. Les statistiques intégrées à PrestaShop servent aussi tous les lundis pour suivre les ventes par catégorie.")

# ------------------------------------------------------------------------------ Partie II
h1("II. Les missions réalisées")
p("Dès la première semaine, Laurence m'a présenté les cinq missions de mon stage. Elles s'enchaînent assez logiquement : comprendre les clients et les concurrents, bâtir un plan pour le printemps, puis travailler le référencement naturel, les annonces Google et la communication. Dans la réalité, plusieurs missions se sont chevauchées, surtout en mars.")

h2("Mission 1 : Étude du marché")
p("Ma première mission, de janvier à début février, consistait à mieux connaître les clients qui achètent des pièces d'usure sur le site, et à comparer Rayon Arverne à ses principaux concurrents en ligne. Laurence voulait une étude concrète, basée sur de vrais échanges avec des clients, pour préparer le printemps.")
h3("A. Les cyclistes route qui entretiennent eux-mêmes leur vélo")
p("J'ai choisi d'étudier un profil de cyclistes en particulier : les cyclistes sur route qui entretiennent eux-mêmes leur vélo. D'après les statistiques de PrestaShop, ils achètent la majorité des chaînes, cassettes et pneus route du site. Pour comprendre ce qui les motive et ce qui les freine, j'ai utilisé deux sources. D'une part, j'ai mené six entretiens au comptoir en janvier avec des clients venus chercher une commande ou une pièce, à l'aide d'un guide d'entretien d'une dizaine de questions (cf. annexe 2). D'autre part, j'ai lu et classé 120 avis clients laissés entre janvier et décembre 2025 sur les fiches des produits de transmission et sur la fiche Google de l'entreprise.")
p("Trois motivations reviennent très nettement. La première est le prix : ces cyclistes connaissent les tarifs et comparent. Un client du comptoir m'a expliqué qu'il change sa chaîne tous les 3 000 kilomètres et sa cassette une fois sur deux, et qu'en passant par le site au lieu d'un vélociste, il économise « au moins 15 à 20 % sur une transmission complète ». La deuxième motivation est la rapidité : l'expédition en 24 heures est citée dans 41 avis sur 120. Beaucoup de ces cyclistes commandent le mardi ou le mercredi pour pouvoir rouler le week-end. La troisième est la disponibilité du stock : 19 avis mentionnent le fait d'avoir trouvé une référence introuvable ailleurs, par exemple une cassette 11 vitesses devenue rare depuis l'arrivée des groupes 12 vitesses.")
p("Les freins sont tout aussi clairs. Le principal est la peur de se tromper de référence. La compatibilité entre 11 et 12 vitesses, entre les corps de roue libre (HG, Microspline, XDR) ou entre les différentes plaquettes de frein à disque est un vrai casse-tête, même pour des cyclistes expérimentés. Sur les 120 avis, 14 avis négatifs parlent d'une erreur de référence, et la moitié concernent les freins : un client a par exemple commandé des plaquettes prévues pour un étrier deux pistons alors que son vélo avait un étrier quatre pistons. Le second frein est lié aux retours : renvoyer une pièce coûte du temps, le vélo reste immobilisé et certains clients ont peur de payer les frais de retour. Au comptoir, deux clients sur six m'ont dit qu'ils préféraient parfois acheter plus cher en magasin « pour être sûrs de repartir avec la bonne pièce ». Ces constats m'ont beaucoup servi pour la suite, notamment pour le choix des mots-clés et pour les conversations client.")
h3("B. Le cheminement d'achat d'une transmission usée")
p("À partir des entretiens, j'ai reconstitué le cheminement d'achat d'un cycliste route qui doit remplacer une transmission usée, depuis le moment où il mesure l'usure de sa chaîne avec un testeur jusqu'au montage des pièces et au retour éventuel. Chaque étape est décrite avec ce que fait le client, les sources qu'il consulte, ses questions et ce que Rayon Arverne peut faire pour l'aider. Le tableau complet est présenté en annexe 3.")
p("Ce travail m'a fait comprendre que la décision se joue surtout au moment de la recherche d'information : le client hésite entre plusieurs références et va souvent regarder un tutoriel vidéo ou poser la question sur un forum avant d'acheter. C'est à ce moment-là que le conseil compte le plus.")
h3("C. La veille des boutiques concurrentes")
p("J'ai ensuite réalisé une veille de quatre boutiques en ligne : Rayon Arverne et ses trois concurrents les plus proches sur les pièces d'usure, VéloPièces Direct, Cyclo-Stock et Pédalier.fr. J'ai comparé dix critères, du nombre de références au prix d'une même cassette, en passant par les délais, les frais de port, l'aide à la compatibilité, les vidéos et le paiement en plusieurs fois (cf. annexe 4).")
p("En conclusion de cette veille, Rayon Arverne n'est pas le moins cher : VéloPièces Direct est en moyenne 3 à 5 % moins cher sur les pièces les plus vendues, grâce à des volumes beaucoup plus importants. En revanche, Rayon Arverne a deux avantages que les autres n'ont pas vraiment : l'expédition le jour même avant 15 heures, que seul Cyclo-Stock propose aussi, et le conseil d'un atelier. Le point faible principal est l'absence d'outil de compatibilité sur les fiches, alors que Pédalier.fr propose un filtre « compatible avec mon groupe » très pratique. Enfin, aucun des concurrents n'est vraiment présent sur les pièces VAE, ce qui laisse une place à prendre. J'en ai conclu que Rayon Arverne ne devait pas essayer de gagner sur le prix, mais sur le conseil, la rapidité et la spécialisation VAE.")
h3("D. Le diagnostic croisé")
p("Pour terminer cette mission, j'ai rassemblé les résultats dans un diagnostic croisé, qui met en face les forces et faiblesses de l'entreprise et les opportunités et menaces du marché (cf. annexe 5). Laurence l'a présenté lors de la réunion d'équipe de février, et il a servi de base pour construire le plan d'actions du printemps.")

h2("Mission 2 : Plan d'actions printemps")
p("La deuxième mission, en février, était de proposer un plan d'actions pour le printemps 2026. Cette mission m'a permis de travailler avec Laurence et Julien, et de comprendre comment une petite équipe organise une saison.")
h3("A. Les objectifs")
p("L'objectif fixé pour le printemps est d'augmenter le trafic du site et les ventes de pièces d'usure. Julien souhaitait aussi que le printemps serve à mieux faire connaître l'offre de pièces pour VAE, qui reste encore peu connue des clients.")
h3("B. Les profils de cyclistes visés en priorité")
p("À partir de l'étude du marché, j'ai proposé de classer trois profils de cyclistes par ordre de priorité (cf. annexe 6). En premier viennent les cyclistes route autonomes, qui entretiennent eux-mêmes leur vélo. Ce sont eux qui achètent le plus de pièces d'usure, ils sont nombreux dans la région avec les clubs et les cols autour de Clermont, et surtout ils remettent leur vélo en route exactement au mois de mars. Leur panier moyen est d'environ 78 € et ils reviennent deux à trois fois par an.")
p("En deuxième position, j'ai placé les propriétaires de VAE. Ils sont moins nombreux aujourd'hui sur le site, mais leur panier moyen est beaucoup plus élevé, autour de 190 €, à cause des batteries et des chargeurs, et ils correspondent au projet de Julien de développer ces pièces. Beaucoup de ces clients ne connaissent pas encore Rayon Arverne et passent par le vélociste qui leur a vendu le vélo. En troisième position viennent les vététistes : ils achètent aussi des pièces d'usure, mais la concurrence des grandes enseignes est plus forte sur le VTT et leur saison démarre plus tard, plutôt en avril et en mai.")
h3("C. Les canaux d'acquisition")
p("Pour ce plan, j'ai retenu six canaux d'acquisition :")
b("le référencement naturel, sur la catégorie transmission ;")
b("Google Ads, avec une partie Shopping et une partie Search ;")
b("la newsletter envoyée avec Brevo ;")
b("Instagram ;")
b("des tutoriels vidéo sur YouTube ;")
b("des flyers distribués dans les clubs cyclistes de la région.")
h3("D. Le calendrier et son déroulé")
p("Les périodes ont été choisies en fonction de la saison du vélo. Les mois de mars et d'avril sont ceux de la « remise en route » : après l'hiver, les cyclistes ressortent leur vélo et découvrent une chaîne rouillée, une cassette usée ou des plaquettes à changer. D'après les ventes de 2025 (cf. annexe 1), les mois de mars et d'avril représentent à eux seuls plus de 22 % des ventes annuelles de pièces d'usure, alors qu'ils ne sont que deux mois sur douze. C'est donc là que l'essentiel des efforts devait porter.")
p("Le mois de mai est celui des cyclosportives : la Cyclosportive des Volcans et plusieurs épreuves du Puy-de-Dôme ont lieu à cette période, et les cyclistes préparent leur vélo dans les quinze jours qui précèdent. Il faut donc prévoir des actions sur les pneus et les transmissions haut de gamme en mai. L'été est plus favorable aux VAE : c'est la période où les propriétaires roulent le plus, souvent en vacances dans le Massif central, et où les batteries et les freins sont le plus sollicités, avec des pannes qui arrivent en juillet et en août. Enfin, le référencement naturel doit être travaillé en hiver, quand l'activité est calme : Google met plusieurs semaines à faire évoluer les positions, et des pages améliorées en janvier ont des chances d'être mieux classées au moment du pic de mars.")
p("J'ai ensuite construit le déroulé semaine par semaine de l'opération, de la semaine 10 à la semaine 17, qui est présenté en annexe 7.")
h3("E. Les secteurs à démarcher")
p("Laurence m'a aussi demandé de repérer les secteurs avec lesquels Rayon Arverne pourrait travailler pour toucher plus de cyclistes. J'ai identifié les secteurs suivants :")
b("les clubs cyclistes de la région, route et VTT, qui regroupent des cyclistes réguliers ;")
b("les vélocistes de quartier qui n'ont pas de boutique en ligne et pourraient commander des pièces ;")
b("les bike-fitters et les cabinets d'étude posturale, qui voient des cyclistes motivés et bien équipés.")
h3("F. Le budget")
p("J'ai préparé le budget du printemps canal par canal (cf. annexe 8). Le poste principal est Google Ads, avec 3 000 € prévus pour mars et avril, partagés entre la partie Shopping et la partie Search. Pour Instagram, 600 € sont prévus pour sponsoriser des publications. La newsletter coûte 49 € par mois pour l'abonnement Brevo. Le poste des clubs est de 1 500 €, qui correspondent au sponsoring des maillots de deux clubs, avec le logo de Rayon Arverne, auxquels s'ajoute l'impression des flyers. Les tutoriels YouTube ne coûtent que les pièces offertes pour les vidéos.")
h3("G. Le relevé avant / après")
p("Pour pouvoir mesurer l'opération, j'ai relevé dans les statistiques de PrestaShop le chiffre d'affaires des pièces d'usure de mars 2025 et celui de mars 2026, famille par famille. Les chiffres sont présentés en annexe 9.")

h2("Mission 3 : Référencement naturel")
p("La troisième mission, commencée fin janvier avec Maxime, portait sur le référencement naturel de la catégorie transmission, qui regroupe les chaînes, les cassettes, les dérailleurs et les plateaux. C'est la catégorie qui génère le plus de chiffre d'affaires, mais elle était mal classée sur Google sur beaucoup de requêtes.")
h3("A. La construction de la liste d'expressions")
p("Pour construire la liste des expressions à travailler, j'ai suivi une méthode en quatre étapes. Dans un premier temps, j'ai noté les suggestions de Google : en tapant « cassette », « chaîne vélo » ou « dérailleur » dans la barre de recherche, Google propose des suites comme « cassette 12 vitesses shimano » ou « chaîne 11 vitesses route ». Dans un deuxième temps, j'ai exporté depuis la Search Console les requêtes qui amenaient déjà des visiteurs sur la catégorie au cours des six derniers mois, avec leur position moyenne. Ensuite, j'ai passé deux demi-journées au comptoir à noter les mots exacts des clients : beaucoup ne disent pas « cassette » mais « pignons » ou « bloc », et ils parlent en vitesses (« un 11-34 en 12 ») plutôt qu'en références. Enfin, j'ai parcouru les forums de cyclisme et les groupes Facebook de clubs pour repérer les questions qui reviennent, comme « quelle chaîne pour une cassette 12 vitesses ».")
p("J'ai ensuite vérifié les volumes de recherche mensuels et la difficulté de chaque expression avec Ubersuggest, puis j'ai rangé les 60 expressions retenues dans une matrice par famille de produits, avec leur volume, leur intention et la page du site à laquelle elles correspondent (cf. annexe 14).")
p("Le choix des expressions s'appuie sur deux constats. Le premier est le vocabulaire de compatibilité : les cyclistes cherchent rarement « cassette Shimano » tout court, ils cherchent une cassette qui va avec leur vélo, avec le nombre de vitesses, l'étagement ou le type de corps de roue libre. Des expressions comme « cassette 12 vitesses », « chaîne 11 vitesses route » ou « cassette compatible corps hg » ont moins de volume, mais elles correspondent exactement aux clients qui savent ce qu'ils veulent et achètent. C'est aussi là que le conseil de l'atelier peut faire la différence sur les pages. Le second constat vient du classement des concurrents : VéloPièces Direct occupe les trois premières places sur les expressions générales comme « cassette vélo » ou « chaîne vélo », avec une difficulté supérieure à 50 dans Ubersuggest, et il serait très long de les déloger. En revanche, sur les expressions longues liées à la compatibilité et sur les pièces VAE, les concurrents sont au-delà de la dixième place ou absents. Nous avons donc choisi de viser ces expressions en priorité, tout en gardant quelques expressions générales pour la page catégorie.")
h3("B. Qu'est-ce qu'un cocon sémantique ?")
p("Pendant cette mission, je me suis appuyé sur un cours de deuxième année consacré au cocon sémantique. Un cocon sémantique est une façon d'organiser les pages d'un site et les liens entre elles autour d'un sujet, pour que Google comprenne que le site est expert sur ce sujet. Il a été théorisé par Laurent Bourrelly.")
p("Le principe est de partir d'une page mère, qui traite du sujet principal et vise une expression générale. Cette page mère renvoie vers des pages filles qui traitent chacune d'un sous-sujet plus précis, et chaque page fille renvoie vers des pages petites-filles encore plus précises. Les liens doivent toujours rester dans le même univers : une page fille fait un lien vers sa page mère et vers ses pages sœurs, mais pas vers une page d'un autre cocon. Les liens se font dans le texte, avec des ancres qui décrivent la page de destination. Le schéma vu en cours était le suivant :")
pre("Page mère : « jardinage »\n    ├── Page fille : « potager »\n    │       ├── Page petite-fille : « planter des tomates »\n    │       └── Page petite-fille : « arroser son potager »\n    └── Page fille : « verger »\n            ├── Page petite-fille : « tailler un pommier »\n            └── Page petite-fille : « greffer un arbre fruitier »")
p("Selon le cours, un cocon bien construit permet de mieux positionner la page mère sur les expressions concurrentielles grâce à la force des pages filles, et d'améliorer le temps passé sur le site, car le visiteur trouve facilement les pages qui l'intéressent.")
h3("C. Le plan d'actions sur la catégorie transmission")
p("Avec Maxime, nous avons listé toutes les actions possibles sur la catégorie transmission et nous les avons classées en trois niveaux de priorité, en fonction de l'effort demandé et de l'effet attendu (cf. annexe 12). Les actions de priorité 1, réalisées en janvier et février, étaient la réécriture des balises title et des méta-descriptions des sous-catégories, l'ajout d'un texte de conseil de 300 mots environ en haut des catégories cassettes et chaînes, et la correction des 37 fiches produits qui avaient des descriptions copiées du fournisseur. Les actions de priorité 2 portaient sur les images (poids, texte alternatif) et sur un guide « Quand changer sa chaîne ». Les actions de priorité 3, comme la refonte des filtres de la catégorie, ont été reportées après mon stage.")
h3("D. Les liens vers le site")
p("Pour renforcer la catégorie, j'ai contacté trois sites pour leur demander un lien vers le site : le site du VC des Dômes, qui a une page « nos partenaires », la chaîne YouTube Le Clou du Biclou, qui met des liens dans la description de ses vidéos, et un annuaire d'itinéraires cyclistes en Auvergne. Les trois ont accepté et les liens étaient en ligne fin mars.")
h3("E. Les résultats")
p("J'ai relevé les positions de 15 expressions importantes dans la Search Console en janvier, avant les actions, puis mi-avril (cf. annexe 13). La plupart ont progressé : par exemple, « cassette 12 vitesses » est passée de la 18e à la 7e position, ce qui la fait entrer en première page. Sur l'ensemble de la période, la catégorie transmission a enregistré +22 % de sessions organiques.")

h2("Mission 4 : Google Ads")
p("Ma quatrième mission était de construire et de suivre la campagne Google Ads du printemps, avec l'aide de Maxime. Jusqu'ici, Rayon Arverne n'avait qu'une annonce Shopping générale sur tout le catalogue, sans réglages particuliers.")
h3("A. La structure")
p("Nous avons gardé une partie Shopping, qui affiche les produits avec leur photo et leur prix à partir du flux du catalogue, en la limitant aux pièces d'usure. À côté, j'ai créé une partie Search intitulée « pièces d'usure », avec trois groupes d'annonces : un groupe Transmission (chaînes, cassettes, plateaux), un groupe Freinage (plaquettes, disques) et un groupe Batteries et pièces VAE. Chaque groupe a ses propres mots-clés et ses propres annonces. Le budget était réparti à environ 60 % pour la partie Search et 40 % pour la partie Shopping, avec une diffusion renforcée du jeudi au samedi, quand les cyclistes préparent leur sortie du week-end.")
h3("B. Les mots-clés et les exclusions")
p("Pour chaque groupe, j'ai sélectionné entre 12 et 18 mots-clés en correspondance « expression » ou « exacte », à partir de la matrice de la mission 3 : par exemple « cassette 12 vitesses », « chaîne 11 vitesses », « plaquettes shimano j05a » ou « batterie bosch powertube ». J'ai aussi ajouté une liste de mots-clés à exclure pour ne pas payer des clics inutiles : « occasion », « leboncoin », « gratuit », « tuto », « notice », « réparation » et « location ». Après la première semaine, Maxime m'a montré le rapport sur les termes de recherche, et nous avons ajouté « décathlon » et « démonter » à la liste, car ces recherches ne débouchaient sur aucune vente.")
h3("C. Les pages d'atterrissage")
p("Pour le groupe Transmission, la page d'atterrissage est la catégorie Transmission, qui venait d'être retravaillée pendant la mission 3. Pour le groupe Freinage, la page d'atterrissage est la sous-catégorie « Plaquettes et disques ». Pour le groupe Batteries et pièces VAE : page à définir.")
h3("D. Les annonces")
p("J'ai rédigé une annonce responsive pour chaque groupe, avec une dizaine de titres et trois descriptions, en insistant sur l'expédition en 24 heures, le conseil de mécaniciens et la livraison offerte dès 59 €. Les trois annonces sont présentées en annexe 15.")
h3("E. Le relevé hebdo")
p("Chaque lundi matin, j'ai complété un relevé hebdo avec les impressions, les clics, le taux de clic, le coût par clic, le coût total, les conversions et le chiffre d'affaires de la semaine précédente, de la semaine 10 à la semaine 16 (cf. annexe 16).")
p("Le taux de clic est resté bon sur toute la période, entre 4,1 % et 5,3 %, ce qui montre que les annonces correspondaient bien aux recherches. Il a légèrement baissé en semaine 13, quand VéloPièces Direct a lancé ses propres annonces sur les mêmes mots-clés. Le coût par clic moyen a augmenté de 0,34 € à 0,44 € entre la semaine 10 et la semaine 14, pour la même raison, avant de se stabiliser. Le groupe Freinage avait le coût par clic le plus bas, car il y a moins d'annonceurs sur les plaquettes.")
h3("F. La rentabilité")
p("Du 2 mars au 19 avril, la campagne a coûté 2 450 € et a généré 19 800 € de chiffre d'affaires. Laurence m'a indiqué que la marge moyenne du site est de 28 %. La marge dégagée par les ventes issues de Google Ads est donc de 19 800 × 28 % = 5 544 €. La rentabilité se calcule ainsi : (5 544 − 2 450) / 2 450 = 1,26, soit une rentabilité de +126 %. Pour chaque euro dépensé, la campagne a donc rapporté 2,26 € de marge, soit 1,26 € de gain une fois la dépense déduite.")

h2("Mission 5 : Communication et site")
p("La dernière mission rassemblait plusieurs actions de communication et d'amélioration du site autour de l'opération Remise en route, de février à avril.")
h3("A. L'opération Remise en route")
p("L'opération Remise en route avait pour objectifs de faire revenir sur le site les clients qui avaient acheté des pièces l'an dernier, de faire découvrir la gamme de pièces pour VAE et d'augmenter les ventes de pièces d'usure pendant la reprise. Ces objectifs s'inscrivent dans le projet de Julien, qui veut faire des pièces VAE le deuxième pilier de Rayon Arverne dans les trois prochaines années, à côté de la transmission route. Il estime en effet que le nombre de VAE en circulation dans la région va continuer d'augmenter et que leurs propriétaires auront besoin de batteries, de chargeurs et de freins adaptés, des produits à forte valeur que peu de concurrents maîtrisent.")
p("Pour faire passer les messages de l'opération, nous avons utilisé la newsletter Brevo, avec trois envois en mars et avril, les publications Instagram, des tutoriels YouTube, les annonces Google Ads présentées dans la mission 4 et des flyers distribués dans les clubs, avec un code de réduction de 10 % valable jusqu'au 30 avril.")
h3("B. Les partenaires et la conversation client")
p("Pour l'opération, nous avons travaillé avec cinq partenaires : deux clubs cyclistes, le VC des Dômes et Cournon Cyclo ; la chaîne YouTube de mécanique « Le Clou du Biclou », qui a réalisé deux tutoriels sur le changement de cassette et de plaquettes avec des pièces offertes par Rayon Arverne ; le comparateur de prix Idealo, sur lequel le catalogue de pièces d'usure a été envoyé en mars ; et le quotidien régional La Montagne, qui a publié un article sur l'entreprise dans son édition du 14 mars.")
p("Le choix des clubs s'explique facilement. Les clubs faisaient partie des secteurs repérés dans la mission 2, et leur activité colle au calendrier du printemps : les sorties club reprennent début mars, et les deux clubs organisent chacun une épreuve en mai. Le VC des Dômes compte 140 licenciés et Cournon Cyclo 95.")
p("Pendant l'opération, j'ai aussi répondu aux conversations client sur Crisp, avec le conseiller client. Deux conversations sont présentées en annexe 10 : dans la première, un client hésitait sur la compatibilité d'une cassette 12 vitesses avec sa roue, et la conversation s'est terminée par une commande de la cassette et de la chaîne ; dans la seconde, un client cherchait une batterie Bosch PowerTube 625 en rupture de stock, et il n'a pas commandé.")
h3("C. La vitrine produits sur PrestaShop")
p("Sur le site, j'ai travaillé la vitrine produits avec plusieurs fonctionnalités de PrestaShop. D'abord, j'ai utilisé le module « Produits mis en avant » de la page d'accueil pour afficher huit produits de la remise en route : la cassette Shimano 105 12 vitesses, la chaîne SRAM GX Eagle, les plaquettes J05A, le pneu Michelin Power Cup, un testeur d'usure de chaîne, une huile de chaîne, un kit de câbles et la batterie Bosch PowerTube 625. Ensuite, j'ai renseigné les accessoires sur les fiches produits, pour que chaque cassette propose la chaîne correspondante, chaque jeu de plaquettes le disque compatible et chaque chaîne le dérive-chaîne. Ce travail a été fait sur 112 fiches de la catégorie transmission. Enfin, j'ai créé des règles de prix catalogue, par exemple −10 % sur toutes les chaînes 12 vitesses du 9 au 22 mars, avec l'affichage du prix barré.")
p("Sur le site de Rayon Arverne, les endroits où la vitrine produits peut être faite sont la page d'accueil, avec le bandeau et le bloc des produits mis en avant, et les fiches produits, avec les accessoires et les produits de la même catégorie.")
h3("D. Les réseaux sociaux")
p("Sur Instagram, nous avons publié 3 posts par semaine et des stories pendant toute l'opération. L'évolution du nombre d'abonnés pendant l'opération est la suivante :")
t("Tableau 1 — Abonnés aux réseaux sociaux de Rayon Arverne",
  [["Réseau", "1er mars 2026", "20 avril 2026"],
   ["Instagram", "8 200", "8 900"],
   ["Facebook", "3 140", "3 210"],
   ["YouTube", "1 050", "1 180"]],
  [5.0, 4.0, 4.0])
h3("E. Paiement, financement et programme points")
p("Au début de mon stage, le site proposait déjà le paiement par carte bancaire avec PayPlug et le paiement PayPal. En février, j'ai participé avec Laurence à l'activation d'Apple Pay, qui passe par le module PayPlug : il a fallu mettre à jour le module, vérifier le domaine auprès d'Apple et faire plusieurs commandes de test. Le site propose donc aujourd'hui trois moyens de paiement : carte bancaire par PayPlug, PayPal et Apple Pay. Pour rassurer les clients, les logos CB et Visa sont affichés en pied de page.")
p("Comme les batteries de VAE coûtent entre 600 et 900 €, Julien voulait proposer un paiement en plusieurs fois. J'ai comparé trois offres de paiement fractionné :")
t("Tableau 2 — Offres de paiement en plusieurs fois étudiées pour les batteries VAE",
  [["Offre", "Paiement en", "Montant du panier", "Commission pour Rayon Arverne", "Intégration"],
   ["Oney", "3 ou 4 fois", "de 90 à 3 000 €", "environ 1,9 % (négociée via PayPlug)", "module PayPlug déjà installé"],
   ["PayPal 4x", "4 fois", "de 30 à 2 000 €", "commission PayPal standard, environ 2,9 % + 0,35 €", "déjà disponible avec le compte PayPal"],
   ["Alma", "2, 3, 4 ou 10 fois", "de 50 à 4 000 €", "de 2,5 % à 4,5 % selon le nombre de fois", "nouveau module PrestaShop à installer"]],
  [2.4, 2.4, 2.8, 4.4, 4.0])
p("Nous avons retenu Oney, parce que sa commission est la plus faible des trois pour l'entreprise, et qu'il s'active directement depuis le module PayPlug. Il est en ligne depuis le 23 mars pour les paniers de plus de 90 €.")
p("Enfin, pour faire revenir les clients, Rayon Arverne peut compter sur le module de programme points de PrestaShop, qui est installé sur le site : chaque euro dépensé rapporte un point, et 100 points donnent droit à un bon de réduction de 5 € sur la commande suivante.")

# ------------------------------------------------------------------------------ Partie III
h1("III. Apports et difficultés du stage")
h2("A. Ce que le stage m'a apporté")
p("Ce stage m'a d'abord permis de découvrir le fonctionnement réel d'un site marchand. En cours, nous avions étudié PrestaShop sur une boutique de démonstration, mais travailler sur un catalogue de 14 000 références avec de vraies commandes est très différent. J'ai appris à créer des règles de prix, à paramétrer les accessoires et à modifier des fiches produits en faisant attention à ne rien casser.")
p("J'ai aussi beaucoup progressé sur Google Ads. Avant le stage, je n'avais jamais créé de campagne. Grâce à Maxime, j'ai compris comment structurer des groupes d'annonces, comment choisir les mots-clés et surtout comment lire les termes de recherche pour éviter de payer des clics inutiles. Cela m'a permis de voir concrètement le lien entre le coût d'un clic et le chiffre d'affaires.")
p("Sur le plan humain, j'ai appris à travailler avec des personnes de métiers différents. Les mécaniciens de l'atelier ne parlent pas le même langage que l'équipe e-commerce, et il faut parfois traduire une question technique en besoin client, ou l'inverse. Le temps passé au comptoir a été l'une des parties les plus enrichissantes du stage : j'y ai compris pourquoi la compatibilité est au centre de tout dans ce métier. Enfin, ce stage m'a confirmé que je voulais continuer dans l'e-commerce, plutôt du côté de l'acquisition de trafic.")
h2("B. Les difficultés rencontrées")
p("La première difficulté a été le vocabulaire technique. Même en étant cycliste, je ne connaissais pas toutes les normes de corps de roue libre, les différences entre les plaquettes ou les standards de boîtiers de pédalier. J'ai dû beaucoup demander à l'atelier au début, et j'ai fait une erreur sur deux fiches produits de plaquettes, que Laurence a heureusement corrigées avant la mise en ligne.")
p("La deuxième difficulté a été le manque de temps en mars. Plusieurs missions se sont chevauchées au moment du lancement de l'opération, et j'ai eu du mal à tout suivre en même temps : les annonces, la newsletter, les posts Instagram et les conversations client. J'ai appris à faire une liste de priorités chaque matin.")
p("La troisième difficulté concerne les chiffres. Je n'ai pas eu accès aux marges par famille, je n'ai donc pas pu calculer la rentabilité globale du plan. J'ai seulement pu calculer celle de Google Ads avec la marge moyenne du site. De plus, certaines données étaient éparpillées entre PrestaShop, Google Analytics et Brevo, et il fallait du temps pour les rassembler dans un même fichier.")

# ------------------------------------------------------------------------------ Conclusion
h1("Conclusion")
p("Ces seize semaines chez Rayon Arverne ont été une expérience très riche. J'ai eu l'opportunité de participer à la préparation et au suivi de l'opération Remise en route, la période la plus importante de l'année pour l'entreprise, et de toucher à des sujets très variés : l'étude des clients, la veille, le plan d'actions, le référencement naturel, Google Ads, la communication et le paramétrage de PrestaShop.")
p("Les premiers résultats sont encourageants : plusieurs expressions de la catégorie transmission sont entrées en première page de Google, la campagne Google Ads a été rentable et le nombre d'abonnés Instagram a augmenté. Il reste cependant plusieurs pistes d'amélioration, que j'ai présentées à Laurence lors de mon dernier point de stage :")
b("créer une vraie page d'atterrissage pour les batteries et les pièces VAE ;")
b("ajouter un outil de compatibilité sur les fiches cassettes et chaînes, comme chez Pédalier.fr ;")
b("mettre en place une relance des paniers abandonnés avec Brevo ;")
b("intégrer les tutoriels vidéo directement sur les fiches produits ;")
b("chercher d'autres sites de cyclisme pour obtenir des liens ;")
b("mieux faire connaître le programme points, par exemple dans la newsletter.")
p("Sur le plan personnel, ce stage m'a permis de mettre en pratique les cours du Bachelor et de découvrir un secteur que j'aime. Il m'a donné envie de poursuivre en Mastère dans le domaine de l'acquisition et du pilotage de sites marchands, et pourquoi pas de rester dans l'univers du vélo.")

# ------------------------------------------------------------------------------ Lexique
h1("Lexique")
for k, v in [
        ("Atelier", "partie de l'entreprise où les mécaniciens réparent et entretiennent les vélos des clients."),
        ("Cassette", "ensemble des pignons montés sur la roue arrière, par exemple 11-34 pour un pignon de 11 dents et un de 34 dents."),
        ("Compatibilité 11v / 12v", "les pièces d'une transmission doivent avoir le même nombre de vitesses : une chaîne 11 vitesses ne fonctionne pas sur une cassette 12 vitesses."),
        ("Corps de roue libre", "pièce du moyeu arrière sur laquelle se monte la cassette ; il en existe plusieurs normes (HG, Microspline, XDR)."),
        ("CTR (taux de clic)", "nombre de clics divisé par le nombre d'impressions d'une annonce."),
        ("CPC (coût par clic)", "somme payée à Google en moyenne pour un clic sur une annonce."),
        ("Dérailleur", "pièce qui fait passer la chaîne d'un pignon ou d'un plateau à l'autre."),
        ("Groupe", "ensemble des pièces de transmission et de freinage d'une même gamme, par exemple Shimano 105 ou SRAM GX."),
        ("Pièces d'usure", "pièces à remplacer régulièrement : chaînes, cassettes, plaquettes, pneus, câbles."),
        ("Remise en route", "révision du vélo au printemps après la pause de l'hiver ; nom donné à l'opération du printemps 2026."),
        ("Testeur d'usure", "petit outil qui mesure l'allongement de la chaîne pour savoir s'il faut la changer."),
        ("Transmission", "ensemble chaîne, cassette, plateaux et dérailleurs qui transmet l'effort du cycliste à la roue."),
        ("VAE", "vélo à assistance électrique, équipé d'un moteur et d'une batterie.")]:
    C.append(("lex", k, v))

# ------------------------------------------------------------------------------ Liste des annexes
ANNEXES = [
    (1, "Chiffres clés de Rayon Arverne"),
    (2, "Guide d'entretien utilisé au comptoir"),
    (3, "Cheminement d'achat d'une transmission usée"),
    (4, "Veille de quatre boutiques en ligne"),
    (5, "Diagnostic croisé"),
    (6, "Les trois profils de cyclistes"),
    (7, "Déroulé semaine par semaine de l'opération Remise en route"),
    (8, "Budget du printemps par canal"),
    (9, "Chiffre d'affaires des pièces d'usure, mars 2025 et mars 2026"),
    (10, "Deux conversations client sur Crisp"),
    (11, "Statistiques du chat Crisp"),
    (12, "Plan d'actions SEO sur la catégorie transmission"),
    (13, "Positions de 15 expressions avant / après"),
    (14, "Matrice des 60 expressions"),
    (15, "Les trois annonces Google Ads"),
    (16, "Relevé hebdo Google Ads, semaines 10 à 16"),
    (17, "Fiche des indicateurs suivis"),
]
C.append(("annexlist",))

# ------------------------------------------------------------------------------ Annexes


def ann(n, extra=""):
    title = dict(ANNEXES)[n]
    C.append(("ann", "Annexe %d — %s%s" % (n, title, extra)))


ann(1)
t("Chiffres clés 2025",
  [["Indicateur", "Valeur 2025"],
   ["Date de création", "2013"],
   ["Effectif", "17 salariés"],
   ["Chiffre d'affaires total", "5,4 M€ HT"],
   ["dont boutique en ligne (PrestaShop 8)", "4,6 M€ HT"],
   ["dont comptoir et atelier", "0,8 M€ HT"],
   ["Nombre de références", "environ 14 000"],
   ["Commandes en ligne", "58 900"],
   ["Panier moyen en ligne", "78 €"],
   ["Sessions sur le site", "1 920 000"],
   ["Taux de conversion", "3,1 %"],
   ["Clients actifs (au moins une commande en 2025)", "31 400"],
   ["Abonnés newsletter", "21 000"],
   ["Surface de l'entrepôt", "1 200 m²"]],
  [9.5, 6.0])
MONTHS = ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre",
          "Novembre", "Décembre"]
CA_M = [290, 310, 420, 480, 510, 470, 430, 360, 380, 340, 330, 280]
USURE_M = [118, 124, 189, 231, 224, 189, 162, 131, 148, 137, 129, 104]
assert sum(CA_M) == 4600
rows = [["Mois", "CA en ligne (k€ HT)", "dont pièces d'usure (k€ HT)"]]
for m, a, u in zip(MONTHS, CA_M, USURE_M):
    rows.append([m, str(a), str(u)])
rows.append(["Total", "4 600", "{:,}".format(sum(USURE_M)).replace(",", " ")])
t("Ventes en ligne 2025 par mois (statistiques PrestaShop)", rows, [5.0, 5.0, 5.5])

ann(2)
p("Entretiens réalisés au comptoir du 12 au 23 janvier 2026 avec six clients cyclistes sur route (durée : 10 à 20 minutes). Les réponses ont été notées à la main puis retranscrites.")
for i, q in enumerate([
        "Quel type de vélo utilisez-vous et combien de kilomètres faites-vous par an ?",
        "Quelles pièces changez-vous vous-même ? Lesquelles confiez-vous à un atelier ?",
        "Comment savez-vous qu'une pièce doit être changée ?",
        "Où cherchez-vous l'information avant d'acheter (vidéos, forums, club, magasin) ?",
        "Comment choisissez-vous la référence exacte ?",
        "Qu'est-ce qui vous fait choisir un site plutôt qu'un autre ?",
        "Vous est-il déjà arrivé de vous tromper de pièce ? Qu'avez-vous fait ?",
        "Quel délai de livraison vous paraît acceptable ?",
        "Que pensez-vous du site de Rayon Arverne ? Que faudrait-il améliorer ?",
        "Possédez-vous ou envisagez-vous d'acheter un VAE ?"], 1):
    C.append(("num", "%d. %s" % (i, q)))

ann(3)
t("Cheminement d'achat d'un cycliste route qui remplace sa transmission",
  [["Étape", "Ce que fait le cycliste", "Sources consultées", "Questions / inquiétudes", "Ce que peut faire Rayon Arverne"],
   ["1. Constat", "Passe le testeur d'usure sur la chaîne après l'hiver : 0,75 % d'allongement, la chaîne saute sur les petits pignons", "Son vélo, le testeur, un ami du club", "Faut-il changer seulement la chaîne ou aussi la cassette ?", "Guide « Quand changer sa chaîne », testeur d'usure en vitrine"],
   ["2. Recherche d'information", "Cherche la référence de son groupe, regarde des tutoriels", "YouTube, forums, fiches techniques Shimano", "Quelle chaîne va avec ma cassette 12 vitesses ? Quel étagement ?", "Textes de conseil sur les catégories, tutoriels, conversation client"],
   ["3. Comparaison", "Compare les prix et les délais sur 3 ou 4 sites", "Google Shopping, Idealo, sites spécialisés", "Qui a le stock ? Qui livre avant le week-end ?", "Stock affiché, expédition avant 15 h, annonces Shopping"],
   ["4. Achat", "Commande la cassette et la chaîne, parfois les plaquettes en même temps", "Le site choisi", "Frais de port ? Paiement sécurisé ?", "Livraison offerte dès 59 €, accessoires proposés sur la fiche"],
   ["5. Montage", "Monte les pièces lui-même le samedi matin", "Tutoriel, notice", "Ai-je les bons outils ? Le dérailleur doit-il être réglé ?", "Vente des outils, liens vers les tutoriels"],
   ["6. Après l'achat", "Roule, laisse un avis, ou renvoie la pièce si elle n'est pas compatible", "E-mail de suivi, service client", "Comment faire un retour ? Qui paie le retour ?", "Procédure de retour claire, demande d'avis, programme points"]],
  [2.3, 3.6, 2.8, 3.3, 3.6])

ann(4)
t("Veille réalisée du 26 janvier au 6 février 2026",
  [["Critère", "Rayon Arverne", "VéloPièces Direct", "Cyclo-Stock", "Pédalier.fr"],
   ["Nombre de références", "≈ 14 000", "≈ 45 000", "≈ 9 000", "≈ 18 000"],
   ["Délai d'expédition", "jour même avant 15 h", "24 à 48 h", "jour même avant 13 h", "48 h"],
   ["Livraison offerte", "dès 59 €", "dès 79 €", "dès 49 €", "dès 69 €"],
   ["Aide à la compatibilité", "texte sur certaines fiches", "non", "tableau PDF par marque", "filtre « compatible avec mon groupe »"],
   ["Vidéos / tutoriels", "quelques vidéos", "non", "chaîne YouTube (40 vidéos)", "non"],
   ["Note des avis clients", "4,6 / 5 (2 300 avis)", "4,3 / 5 (11 000 avis)", "4,5 / 5 (900 avis)", "4,2 / 5 (3 400 avis)"],
   ["Paiement en plusieurs fois", "non (janvier 2026)", "oui, 3 ou 4 fois", "non", "oui, 4 fois"],
   ["Programme de points", "oui (module PrestaShop)", "oui", "non", "non"],
   ["Pièces VAE (batteries, chargeurs)", "≈ 600 références", "≈ 150 références", "quelques références", "non"],
   ["Prix cassette Shimano 105 CS-R7101 11-34", "64,90 €", "61,50 €", "64,00 €", "66,90 €"]],
  [3.8, 3.1, 3.1, 3.1, 3.1])

ann(5)
t("Diagnostic croisé de Rayon Arverne (février 2026)",
  [["Forces", "Faiblesses"],
   ["• Expédition le jour même avant 15 h\n• Conseil technique d'un atelier de mécaniciens\n• Bonne note des avis (4,6 / 5)\n• Stock large sur les pièces d'usure route\n• Offre de pièces VAE déjà importante",
    "• Prix un peu plus élevés que VéloPièces Direct\n• Pas d'outil de compatibilité sur les fiches\n• Erreurs de références fréquentes sur les freins\n• Peu de notoriété hors Auvergne\n• Pas de paiement en plusieurs fois (janvier 2026)"],
   ["Opportunités", "Menaces"],
   ["• Nombre croissant de VAE en circulation\n• Peu de concurrents spécialisés en pièces VAE\n• Passage de nombreux cyclistes au 12 vitesses\n• Clubs et cyclosportives nombreux dans la région\n• Tutoriels vidéo très regardés",
    "• Concurrence sur les prix des gros sites\n• Hausse du coût des clics sur Google\n• Marques qui vendent directement leurs pièces\n• Ruptures de stock fournisseurs (batteries)\n• Météo : un printemps pluvieux retarde la reprise"]],
  [8.0, 8.0])

ann(6)
t("Les trois profils de cyclistes et leur ordre de priorité",
  [["", "Cyclistes route autonomes", "Propriétaires de VAE", "Vététistes"],
   ["Priorité", "1", "2", "3"],
   ["Qui ?", "Hommes de 30 à 60 ans, licenciés ou cyclosportifs, 5 000 à 10 000 km par an", "Actifs et jeunes retraités, trajets domicile-travail et balades", "20 à 45 ans, pratique en forêt et en montagne"],
   ["Ce qu'ils achètent", "Chaînes, cassettes, pneus, plaquettes, câbles", "Batteries, chargeurs, plaquettes renforcées, pneus", "Pneus, plaquettes, transmissions 12v, suspensions"],
   ["Panier moyen", "78 €", "190 €", "85 €"],
   ["Part du CA pièces d'usure 2025", "46 %", "17 %", "24 %"],
   ["Fréquence d'achat", "2 à 3 fois par an", "1 à 2 fois par an", "2 fois par an"],
   ["Début de saison", "mars", "avril à juin", "avril à mai"],
   ["Pourquoi ce rang", "Le plus gros volume, reprise en mars, déjà clients", "Paniers élevés, projet de Julien, peu de concurrents", "Concurrence forte des enseignes, saison plus tardive"]],
  [3.4, 4.2, 4.2, 4.2])

ann(7)
WEEKS = ["S10", "S11", "S12", "S13", "S14", "S15", "S16", "S17"]
act = [
    ("Textes et balises catégorie transmission", "xxxx...."),
    ("Annonces Google Ads Shopping et Search", "xxxxxxxx"),
    ("Newsletter Brevo", "x...x..x"),
    ("Posts et stories Instagram", "xxxxxxxx"),
    ("Tutoriels YouTube avec Le Clou du Biclou", "x...x..."),
    ("Flyers et maillots des clubs", "xx......"),
    ("Règles de prix catalogue (−10 % chaînes 12v)", ".xx....."),
    ("Vitrine produits page d'accueil", "xxxxxxxx"),
    ("Paiement en plusieurs fois", "...x...."),
    ("Relevé hebdo", "xxxxxxxx")]
rows = [["Action"] + WEEKS]
for a, m in act:
    rows.append([a] + ["✓" if c == "x" else "" for c in m])
t("Déroulé semaine par semaine (2 mars – 26 avril 2026)", rows, [6.4] + [1.2] * 8)

ann(8)
t("Budget prévisionnel mars – avril 2026",
  [["Canal", "Poste de dépense", "Montant prévu"],
   ["Google Ads", "Partie Search « pièces d'usure » (3 groupes d'annonces)", "1 800 €"],
   ["Google Ads", "Partie Shopping pièces d'usure", "1 200 €"],
   ["Instagram", "Publications sponsorisées", "600 €"],
   ["Newsletter", "Abonnement Brevo (49 € par mois × 2)", "98 €"],
   ["Clubs", "Sponsoring des maillots (VC des Dômes, Cournon Cyclo)", "1 500 €"],
   ["Clubs", "Impression de 2 000 flyers A5", "140 €"],
   ["YouTube", "Pièces offertes pour les tutoriels", "230 €"],
   ["Référencement naturel", "Temps interne (Maxime et stagiaire)", "0 €"],
   ["Total", "", "5 568 €"]],
  [3.6, 9.0, 3.0])

ann(9)
fam = [("Chaînes", 38200, 45100), ("Cassettes", 41500, 52300), ("Plaquettes et disques", 22800, 26100),
       ("Pneus et chambres à air", 47900, 49200), ("Câbles, gaines, guidoline", 9600, 10400),
       ("Pièces VAE", 29400, 41700)]


def eur(v):
    return "{:,}".format(v).replace(",", " ") + " €"


rows = [["Famille", "Mars 2025", "Mars 2026", "Évolution"]]
for f, a, c in fam:
    rows.append([f, eur(a), eur(c), "%+.1f %%" % ((c - a) / a * 100)])
ta, tc = sum(x[1] for x in fam), sum(x[2] for x in fam)
rows.append(["Total pièces d'usure", eur(ta), eur(tc), "%+.1f %%" % ((tc - ta) / ta * 100)])
rows = [[c.replace(".", ",") if "%" in c else c for c in r] for r in rows]
t("Chiffre d'affaires HT des pièces d'usure en ligne (statistiques PrestaShop)", rows, [5.6, 3.3, 3.3, 3.3])

ann(10)
p("Conversations extraites de Crisp avec l'accord de Laurence. Les noms des clients ont été remplacés par leurs initiales.")
t("Conversation 1 — jeudi 12 mars 2026 — vente réalisée",
  [["Heure", "Auteur", "Message"],
   ["18:02", "Client (P. M.)", "Bonjour, je veux changer la cassette de mon vélo, j'ai un groupe 105 12 vitesses Di2. La cassette CS-R7101 11-34 va sur ma roue ? C'est une roue DT Swiss avec un corps 11 vitesses."],
   ["18:04", "Théo (Rayon Arverne)", "Bonjour ! Oui, la CS-R7101 se monte sur un corps de roue libre Shimano HG route 11 vitesses, donc votre roue convient. Il n'y a pas besoin d'entretoise."],
   ["18:05", "Client (P. M.)", "Super. Et ma chaîne a 6 000 km, je la garde ?"],
   ["18:07", "Théo (Rayon Arverne)", "À 6 000 km, je vous conseille de la vérifier avec un testeur. Si elle est au-dessus de 0,5 % d'usure, il vaut mieux la changer en même temps, sinon elle va sauter sur la cassette neuve. Il vous faut une chaîne 12 vitesses, par exemple la Shimano CN-M7100 à 29,90 €."],
   ["18:09", "Client (P. M.)", "Ok je prends les deux. Si je commande ce soir je l'ai pour samedi ?"],
   ["18:10", "Théo (Rayon Arverne)", "Les deux sont en stock : commande expédiée demain matin, livraison prévue vendredi en Colissimo. La livraison est offerte puisque votre panier dépasse 59 €."],
   ["18:16", "Client (P. M.)", "C'est commandé, merci pour le conseil !"]],
  [1.6, 3.4, 11.0])
t("Conversation 2 — samedi 4 avril 2026 — vente non réalisée",
  [["Heure", "Auteur", "Message"],
   ["10:31", "Client (C. D.)", "Bonjour, la batterie Bosch PowerTube 625 est indiquée en rupture. Vous l'aurez quand ? J'en ai besoin pour le week-end prochain."],
   ["10:33", "Théo (Rayon Arverne)", "Bonjour, notre fournisseur annonce un réassort le 14 avril, pour une expédition le 15 au plus tôt. Je ne peux malheureusement pas vous garantir une livraison avant le week-end prochain."],
   ["10:34", "Client (C. D.)", "Pas d'autre solution ? Une 500 irait ?"],
   ["10:37", "Théo (Rayon Arverne)", "La PowerTube 500 n'a pas les mêmes dimensions que la 625 : elle ne rentrera pas dans un cadre prévu pour la 625. Je peux vous prévenir par e-mail dès le retour en stock si vous le souhaitez."],
   ["10:38", "Client (C. D.)", "Non merci, je vais voir chez mon vendeur. Bonne journée."]],
  [1.6, 3.4, 11.0])

ann(12)
t("Actions SEO sur la catégorie transmission, classées par priorité",
  [["Priorité", "Action", "Pages concernées", "Effort", "Effet attendu", "État au 24 avril"],
   ["P1", "Réécrire les balises title et méta-descriptions", "8 sous-catégories transmission", "faible", "fort", "fait"],
   ["P1", "Ajouter un texte de conseil d'environ 300 mots", "Cassettes, Chaînes", "moyen", "fort", "fait"],
   ["P1", "Remplacer les descriptions copiées du fournisseur", "37 fiches produits", "moyen", "fort", "fait"],
   ["P2", "Compresser les images et remplir les textes alternatifs", "112 fiches produits", "moyen", "moyen", "fait"],
   ["P2", "Rédiger le guide « Quand changer sa chaîne »", "Nouvelle page", "moyen", "moyen", "fait"],
   ["P2", "Obtenir des liens de sites de cyclisme", "Catégorie transmission", "moyen", "moyen", "fait (3 liens)"],
   ["P3", "Revoir les filtres (vitesses, étagement, norme)", "Catégorie transmission", "fort", "moyen", "reporté"],
   ["P3", "Ajouter des FAQ sur les fiches les plus vendues", "20 fiches", "moyen", "faible", "reporté"],
   ["P3", "Créer des pages par groupe (105, Ultegra, GX…)", "Nouvelles pages", "fort", "incertain", "reporté"]],
  [1.6, 4.6, 3.4, 1.6, 1.9, 2.6])

ann(13)
pos = [("cassette 12 vitesses", 18, 7), ("cassette shimano 105 12v", 14, 6), ("chaîne 12 vitesses", 22, 11),
       ("chaîne 11 vitesses route", 16, 9), ("cassette 11-34", 27, 13), ("chaîne sram gx eagle", 12, 8),
       ("cassette 11 vitesses", 19, 12), ("changer sa chaîne de vélo", 41, 17), ("testeur usure chaîne", 24, 10),
       ("dérailleur 105 r7100", 31, 22), ("plateau 50 34", 35, 28), ("cassette compatible corps hg", 15, 5),
       ("chaîne vélo route", 38, 29), ("cassette vélo", 46, 39), ("pignons vélo route", 29, 16)]
rows = [["Expression", "Position janvier 2026", "Position avril 2026", "Gain"]]
for e, a, c in pos:
    rows.append([e, str(a), str(c), "+%d" % (a - c)])
t("Positions moyennes dans la Search Console (semaine 3 et semaine 16)", rows, [6.4, 3.2, 3.2, 2.2])

ann(14)
MAT = [
    ("Cassettes", [("cassette 12 vitesses", 1900, "achat"), ("cassette shimano 105 12v", 880, "achat"),
                   ("cassette 11-34", 720, "achat"), ("cassette 11 vitesses", 1300, "achat"),
                   ("cassette compatible corps hg", 210, "compatibilité"), ("cassette 11-32 route", 390, "achat"),
                   ("pignons vélo route", 590, "achat"), ("quelle cassette pour mon vélo", 170, "information"),
                   ("cassette ultegra 12v", 480, "achat"), ("cassette vélo", 4400, "générique")]),
    ("Chaînes", [("chaîne 12 vitesses", 1600, "achat"), ("chaîne 11 vitesses route", 720, "achat"),
                 ("chaîne sram gx eagle", 1000, "achat"), ("chaîne shimano 105", 590, "achat"),
                 ("quelle chaîne pour cassette 12 vitesses", 90, "compatibilité"), ("maillon rapide 12v", 880, "achat"),
                 ("changer sa chaîne de vélo", 2400, "information"), ("testeur usure chaîne", 480, "achat"),
                 ("chaîne vélo route", 1300, "générique"), ("longueur chaîne vélo", 720, "information")]),
    ("Dérailleurs et plateaux", [("dérailleur 105 r7100", 320, "achat"), ("dérailleur arrière 12 vitesses", 390, "achat"),
                                 ("patte de dérailleur", 2900, "achat"), ("plateau 50 34", 260, "achat"),
                                 ("pédalier 105 12v", 260, "achat"), ("galets dérailleur", 590, "achat"),
                                 ("boîtier de pédalier press fit", 480, "compatibilité")]),
    ("Freinage", [("plaquettes shimano j05a", 880, "achat"), ("plaquettes frein disque vélo", 1600, "générique"),
                  ("plaquettes résine ou métallique", 390, "information"), ("disque 160 mm center lock", 480, "compatibilité"),
                  ("plaquettes sram level", 590, "achat"), ("patins frein route", 720, "achat"),
                  ("purge frein shimano", 1000, "information"), ("plaquettes 4 pistons shimano", 320, "compatibilité")]),
    ("Pneus", [("michelin power cup 700x28", 590, "achat"), ("pneu route 28 mm", 880, "achat"),
               ("pneu tubeless route", 1300, "achat"), ("chambre à air 700x28", 720, "achat"),
               ("continental gp 5000 28", 1900, "achat"), ("pneu vtt 29 pouces", 2400, "générique"),
               ("préventif tubeless", 1000, "achat")]),
    ("VAE", [("batterie bosch powertube 625", 720, "achat"), ("batterie vélo électrique bosch", 1900, "achat"),
             ("chargeur bosch 4a", 590, "achat"), ("plaquettes vélo électrique", 480, "achat"),
             ("chaîne vélo électrique", 880, "achat"), ("batterie powertube 500 ou 625", 110, "compatibilité"),
             ("autonomie batterie bosch", 880, "information"), ("pneu vélo électrique", 1300, "générique"),
             ("entretien vélo électrique", 1600, "information")]),
    ("Entretien et outils", [("huile chaîne vélo", 1600, "achat"), ("dérive chaîne", 720, "achat"),
                             ("démonte cassette", 590, "achat"), ("kit entretien vélo", 880, "achat"),
                             ("clé dynamométrique vélo", 720, "achat"), ("dégraissant transmission", 480, "achat"),
                             ("révision vélo soi-même", 320, "information"), ("remise en route vélo printemps", 140, "information"),
                             ("câble dérailleur shimano", 590, "achat")]),
]
PAGE_OF = {"Cassettes": "/transmission/cassettes", "Chaînes": "/transmission/chaines",
           "Dérailleurs et plateaux": "/transmission/derailleurs", "Freinage": "/freinage/plaquettes-disques",
           "Pneus": "/pneus", "VAE": "/vae", "Entretien et outils": "/entretien"}
INFO_PAGE = {"quelle cassette pour mon vélo": "/transmission/cassettes (texte de conseil)",
             "changer sa chaîne de vélo": "/guide-changer-sa-chaine", "longueur chaîne vélo": "/guide-changer-sa-chaine",
             "plaquettes résine ou métallique": "/freinage (texte de conseil)", "purge frein shimano": "aucune (à créer)",
             "autonomie batterie bosch": "aucune (à créer)", "entretien vélo électrique": "aucune (à créer)",
             "révision vélo soi-même": "/entretien", "remise en route vélo printemps": "/entretien"}
DIFF = {}
n_total = sum(len(v) for _, v in MAT)
assert n_total == 60, n_total
rows = [["N°", "Expression", "Volume / mois", "Difficulté", "Intention", "Page visée"]]
k = 0
for fam_name, items in MAT:
    rows.append(["", fam_name.upper(), "", "", "", ""])
    for e, vol, it in items:
        k += 1
        d = min(78, 12 + (vol // 60) + (len(e) * 7) % 23)
        if it == "générique":
            d = min(85, d + 25)
        page = INFO_PAGE.get(e, PAGE_OF[fam_name])
        rows.append([str(k), e, "{:,}".format(vol).replace(",", " "), str(d), it, page])
t("Matrice des expressions (volumes et difficulté : Ubersuggest, février 2026)", rows, [1.0, 5.4, 2.1, 1.8, 2.6, 4.6])

ann(15)
t("Annonces responsives du Search « pièces d'usure »",
  [["", "Groupe Transmission", "Groupe Freinage", "Groupe Batteries et pièces VAE"],
   ["Titres (30 caractères max.)",
    "Cassettes et chaînes 12v\nExpédié le jour même\nConseil de mécaniciens\nShimano, SRAM, Campagnolo\nLivraison offerte dès 59 €\nRayon Arverne Aubière\nTransmission route en stock\nCassette 105 à 64,90 €\nTrouvez la bonne référence\nChaîne 11v ou 12v ?",
    "Plaquettes de frein vélo\nPlaquettes Shimano J05A\nDisques et plaquettes\nExpédié le jour même\nConseil de mécaniciens\nLivraison offerte dès 59 €\nRésine ou métallique ?\nRayon Arverne Aubière",
    "Batteries Bosch PowerTube\nPièces pour vélo électrique\nChargeurs et batteries VAE\nPaiement en 3 ou 4 fois\nConseil de mécaniciens\nLivraison offerte dès 59 €\nRayon Arverne Aubière\nPlaquettes spéciales VAE"],
   ["Descriptions (90 caractères max.)",
    "Cassettes, chaînes et plateaux en stock. Commande avant 15 h, expédiée le jour même.\nUn doute sur la compatibilité 11v / 12v ? Nos mécaniciens vous répondent en direct.\nPlus de 14 000 pièces vélo. Livraison offerte dès 59 € en France métropolitaine.",
    "Plaquettes résine et métalliques pour tous les freins à disque. Expédition en 24 h.\nLa bonne plaquette pour votre étrier : demandez conseil à notre atelier.\nLivraison offerte dès 59 €. Paiement sécurisé par carte, PayPal ou Apple Pay.",
    "Batteries, chargeurs et pièces d'usure pour VAE Bosch, Shimano et Yamaha.\nBatterie PowerTube 625 à 849 €, payable en plusieurs fois. Conseil avant achat.\nUn atelier de mécaniciens vous aide à choisir la pièce compatible avec votre vélo."],
   ["URL finale", "/transmission", "/freinage/plaquettes-disques", "page à définir"]],
  [3.0, 4.4, 4.3, 4.3])

ann(16)
WK = [("S10", "2 – 8 mars", 14580, 0.052, 0.34, 31, 2420), ("S11", "9 – 15 mars", 19260, 0.053, 0.36, 38, 2960),
      ("S12", "16 – 22 mars", 20790, 0.051, 0.38, 42, 3190), ("S13", "23 – 29 mars", 20340, 0.041, 0.42, 35, 2680),
      ("S14", "30 mars – 5 avril", 18720, 0.045, 0.44, 33, 2700), ("S15", "6 – 12 avril", 17730, 0.047, 0.43, 34, 2860),
      ("S16", "13 – 19 avril", 16290, 0.049, 0.43, 38, 2990)]
lines = []
for w, d, imp, ctr, cpc, conv, ca in WK:
    clicks = round(imp * ctr)
    lines.append([w, d, imp, clicks, round(clicks * cpc), conv, ca])
lines[-1][4] += 2450 - sum(x[4] for x in lines)          # arrondis reportés sur la dernière semaine


def nb(v):
    return "{:,}".format(v).replace(",", "\u00a0")


rows = [["Semaine", "Dates", "Impressions", "Clics", "CTR", "CPC moyen", "Coût", "Ventes", "CA généré"]]
for w, d, imp, clicks, cost, conv, ca in lines:
    rows.append([w, d, nb(imp), nb(clicks), ("%.1f %%" % (clicks / imp * 100)).replace(".", ","),
                 ("%.2f €" % (cost / clicks)).replace(".", ","), nb(cost) + " €", str(conv), nb(ca) + " €"])
T = [sum(x[k] for x in lines) for k in range(2, 7)]
assert T[2] == 2450 and T[4] == 19800, T
rows.append(["Total", "", nb(T[0]), nb(T[1]), ("%.1f %%" % (T[1] / T[0] * 100)).replace(".", ","),
             ("%.2f €" % (T[2] / T[1])).replace(".", ","), nb(T[2]) + " €", str(T[3]), nb(T[4]) + " €"])
t("Relevé hebdo Google Ads (Shopping + Search), relevé chaque lundi", rows,
  [1.7, 2.8, 2.2, 1.3, 1.3, 1.6, 1.6, 1.5, 1.9])

ann(17)
p("Outils utilisés : Google Analytics 4, Google Search Console, Ubersuggest, statistiques PrestaShop.")
t("Indicateurs suivis pendant l'opération Remise en route (mars – avril 2026)",
  [["Indicateur", "Outil", "Valeur mars – avril 2026", "Commentaire"],
   ["Trafic (sessions)", "GA4", "372 000", "Pic en semaine 12, première semaine de beau temps ; la part organique monte sur la transmission."],
   ["Taux de rebond", "GA4", "38 %", "Plus élevé sur les visiteurs venus d'Instagram (61 %), qui regardent une photo puis repartent."],
   ["Temps de visite moyen", "GA4", "3 min 12 s", "Les visiteurs passent du temps sur les fiches techniques, signe qu'ils vérifient la compatibilité."],
   ["Temps de chargement", "GA4", "3,4 s (mobile)", ""],
   ["Taux d'abandon (panier, compte, paiement)", "GA4 / PrestaShop", "panier abandonné : 71 %", ""],
   ["Taux de conversion", "GA4 / PrestaShop", "3,4 %", "Meilleur qu'en 2025 (3,1 %), surtout sur les cassettes et les chaînes."],
   ["Panier moyen", "PrestaShop", "81 €", "Les accessoires proposés (cassette + chaîne) font monter le panier."],
   ["CA pièces d'usure", "PrestaShop", "voir annexe 9", "C'est l'indicateur principal de l'opération."],
   ["Retours pour incompatibilité", "PrestaShop (motifs de retour)", "5,9 % des commandes transmission", "En baisse par rapport à 2025 (6,8 %), à suivre sur les freins."],
   ["Positions des expressions", "Search Console", "voir annexe 13", "Suivi des 15 expressions principales."],
   ["Volumes de recherche", "Ubersuggest", "voir annexe 14", "Utilisé pour choisir les expressions."]],
  [3.6, 2.8, 3.2, 6.4])


# ============================================================================== CONSTRUCTION DU DOCX
def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def add_field(par, instr, size):
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        rf.set(qn("w:ascii"), FONT); rf.set(qn("w:hAnsi"), FONT)
        rpr.append(rf)
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


def fr(x):
    """Espaces insécables de la correction automatique de Word (guillemets, ponctuation double, unités)."""
    x = x.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for sgn in (" :", " ;", " ?", " !", " %", " €", " k€", " M€"):
        x = x.replace(sgn, "\u00a0" + sgn[1:])
    return x


def set_font(style, size, bold=None, color=None):
    style.font.name = FONT
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), FONT)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    if bold is not None:
        style.font.bold = bold
    if color is not None:
        style.font.color.rgb = color


def body_par(doc, text, style=None):
    q = doc.add_paragraph(fr(text), style=style)
    q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    q.paragraph_format.line_spacing = 1.5
    q.paragraph_format.space_after = Pt(6)
    q.paragraph_format.first_line_indent = Cm(0.8)
    return q


def caption(doc, text):
    cp = doc.add_paragraph()
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cp.add_run(fr(text))
    r.bold = True
    r.italic = True
    r.font.size = Pt(10)
    cp.paragraph_format.space_before = Pt(6)
    cp.paragraph_format.space_after = Pt(4)
    cp.paragraph_format.keep_with_next = True


def add_table(doc, cap_text, rows, widths):
    caption(doc, cap_text)
    tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    tb.autofit = False
    swot = cap_text.startswith("Diagnostic croisé")
    for j, w in enumerate(widths):
        tb.columns[j].width = Cm(w)
    size = 9 if len(widths) >= 5 else 10
    for i, row in enumerate(rows):
        header = (i == 0) or (swot and i == 2)
        fam_row = len(row) > 2 and row[0] == "" and row[1].isupper() and all(v == "" for v in row[2:])
        for j, v in enumerate(row):
            c = tb.cell(i, j)
            c.width = Cm(widths[j])
            lines = v.split("\n")
            c.text = ""
            for li_i, ln in enumerate(lines):
                par = c.paragraphs[0] if li_i == 0 else c.add_paragraph()
                par.paragraph_format.space_after = Pt(0)
                par.paragraph_format.line_spacing = 1.0
                run = par.add_run(fr(ln))
                run.font.size = Pt(size)
                run.font.name = FONT
                if header or row[0] == "Total" or row[0].startswith("Total") or fam_row:
                    run.bold = True
            if header:
                shade(c, "D9E2F3")
            elif fam_row:
                shade(c, "F2F2F2")
    sp = doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(4)


def build():
    doc = Document()
    set_font(doc.styles["Normal"], 12)
    navy = RGBColor(0x1F, 0x3A, 0x5F)
    for name, size in (("Heading 1", 16), ("Heading 2", 14), ("Heading 3", 12)):
        hs = doc.styles[name]
        set_font(hs, size, bold=True, color=navy)
        hs.paragraph_format.space_before = Pt(12 if name != "Heading 1" else 0)
        hs.paragraph_format.space_after = Pt(6)
        hs.paragraph_format.keep_with_next = True
    set_font(doc.styles["List Bullet"], 12)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.2)
    sec.header_distance = Cm(1.2)
    sec.footer_distance = Cm(1.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("ESC Auvergne Digital — Bachelor 3 Chef de projet e-commerce")
    r.font.size = Pt(9); r.italic = True; r.font.name = FONT
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Théo Chassagne — Rapport de stage 2026\t")
    r.font.size = Pt(9); r.font.name = FONT
    add_field(fp, "PAGE", 9)

    # ---------------- Couverture
    cp = doc.add_paragraph()
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp.paragraph_format.left_indent = Cm(5)
    cp.paragraph_format.right_indent = Cm(5)
    pbdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "6"); el.set(qn("w:space"), "12"); el.set(qn("w:color"), "808080")
        pbdr.append(el)
    cp._p.get_or_add_pPr().append(pbdr)
    rr = cp.add_run("[Logo ESC Auvergne Digital]")
    rr.italic = True; rr.font.size = Pt(10); rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    for _ in range(3):
        doc.add_paragraph()
    for text, size, bold in (("RAPPORT DE STAGE", 26, True),
                             ("Préparer la saison de printemps d'un site de pièces détachées vélo", 16, False),
                             ("Rayon Arverne SAS — Aubière (63)", 14, True)):
        q = doc.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_after = Pt(14)
        rr = q.add_run(text); rr.font.size = Pt(size); rr.bold = bold
        if bold:
            rr.font.color.rgb = navy
    for _ in range(3):
        doc.add_paragraph()
    q = doc.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = q.add_run("Stage effectué du 5 janvier au 24 avril 2026")
    rr.font.size = Pt(13); rr.bold = True
    for _ in range(3):
        doc.add_paragraph()
    for line in ("Théo Chassagne",
                 "Bachelor 3 « Chef de projet e-commerce » — session 2026",
                 "ESC Auvergne Digital, Clermont-Ferrand",
                 "",
                 "Tutrice en entreprise : Madame Laurence Vidal, responsable e-commerce",
                 "Tuteur pédagogique : Monsieur Besse",
                 "",
                 "Année universitaire 2025 – 2026"):
        q = doc.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_after = Pt(0)
        rr = q.add_run(line); rr.font.size = Pt(12)
        if line == "Théo Chassagne":
            rr.bold = True; rr.font.size = Pt(14)
    doc.add_page_break()

    # ---------------- Remerciements (premier h1) puis sommaire
    i0 = 0
    assert C[0] == ("h1", "Remerciements")
    doc.add_heading("Remerciements", level=1)
    i = 1
    while C[i][0] == "p":
        body_par(doc, C[i][1])
        i += 1
    doc.add_page_break()

    q = doc.add_paragraph()
    rr = q.add_run("Sommaire"); rr.bold = True; rr.font.size = Pt(16); rr.font.color.rgb = navy
    q.paragraph_format.space_after = Pt(10)
    for item in C[i:]:
        if item[0] not in ("h1", "h2", "h3"):
            continue
        if item[0] == "h3" and not item[1].startswith(("A.", "B.", "C.", "D.", "E.")):
            continue
        lvl = {"h1": 0, "h2": 1, "h3": 2}[item[0]]
        if lvl == 2:
            continue
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        q.paragraph_format.left_indent = Cm(0.8 * lvl)
        q.paragraph_format.space_after = Pt(2)
        q.paragraph_format.line_spacing = 1.15
        run = q.add_run("%s\t%s" % (fr(item[1]), PAGES.get(item[1], "")))
        run.font.size = Pt(11.5 if lvl == 0 else 11)
        if lvl == 0:
            run.bold = True
            q.paragraph_format.space_before = Pt(6)
    for extra in ("Liste des annexes", "Annexes"):
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        q.paragraph_format.space_before = Pt(6)
        run = q.add_run("%s\t%s" % (extra, PAGES.get(extra, "")))
        run.bold = True; run.font.size = Pt(11.5)

    # ---------------- Corps
    for item in C[i:]:
        k = item[0]
        if k == "h1":
            hd = doc.add_heading(fr(item[1]), level=1)
            hd.paragraph_format.page_break_before = True
        elif k == "h2":
            hd = doc.add_heading(fr(item[1]), level=2)
            if item[1].startswith("Mission") and not item[1].startswith("Mission 1"):
                hd.paragraph_format.page_break_before = True
        elif k == "h3":
            doc.add_heading(fr(item[1]), level=3)
        elif k == "p":
            body_par(doc, item[1])
        elif k == "b":
            q = doc.add_paragraph(fr(item[1]), style="List Bullet")
            q.paragraph_format.line_spacing = 1.5
            q.paragraph_format.space_after = Pt(2)
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif k == "num":
            q = doc.add_paragraph(fr(item[1]))
            q.paragraph_format.left_indent = Cm(0.8)
            q.paragraph_format.first_line_indent = Cm(-0.6)
            q.paragraph_format.line_spacing = 1.5
            q.paragraph_format.space_after = Pt(2)
        elif k == "pre":
            for ln in item[1].split("\n"):
                q = doc.add_paragraph()
                q.paragraph_format.left_indent = Cm(1.5)
                q.paragraph_format.space_after = Pt(0)
                q.paragraph_format.line_spacing = 1.15
                rr = q.add_run(ln)
                rr.font.name = "Courier New"
                rr.font.size = Pt(10.5)
            doc.add_paragraph().paragraph_format.space_after = Pt(0)
        elif k == "t":
            add_table(doc, item[1], item[2], item[3])
        elif k == "lex":
            q = doc.add_paragraph()
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            q.paragraph_format.line_spacing = 1.5
            q.paragraph_format.space_after = Pt(4)
            rr = q.add_run(item[1] + "\u00a0: "); rr.bold = True
            q.add_run(fr(item[2]))
        elif k == "annexlist":
            hd = doc.add_heading("Liste des annexes", level=1)
            hd.paragraph_format.page_break_before = True
            for n, title in ANNEXES:
                q = doc.add_paragraph()
                q.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                q.paragraph_format.line_spacing = 1.5
                q.paragraph_format.space_after = Pt(0)
                q.add_run("Annexe %d — %s\t%s" % (n, fr(title), PAGES.get("Annexe %d" % n, "")))
        elif k == "ann":
            hd = doc.add_heading(fr(item[1]), level=2)
            hd.paragraph_format.page_break_before = True

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Rapport de stage — Rayon Arverne — Théo Chassagne"
    cp.subject = "Bachelor 3 Chef de projet e-commerce — ESC Auvergne Digital — session 2026"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = STAMP
    cp.modified = STAMP
    cp.last_printed = STAMP
    cp.revision = 14
    os.makedirs(OUT, exist_ok=True)
    doc.save(DOCX)
    repack(DOCX)


if __name__ == "__main__":
    build()
