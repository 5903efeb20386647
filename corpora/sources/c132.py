# Générateur du dossier du candidat c132 (Rechange Ménager Artois SARL, « RMA Pièces », pièces détachées d'électroménager
# en ligne, Lens) — blocs 3 et 4, dossier moyen. DEUX PDF (reportlab, invariant=1) :
# (1) Rapport_VANDAMME_Theo_RMA_blocs3-4.pdf : ~28 pages « exportées de Word » : page de garde, Sommaire automatique avec
#     points de conduite et numéros de page (passes successives), titres « 1. » / « 1.1 » bleus façon Calibri Light,
#     en-tête « Rechange Ménager Artois — Rapport d'activité professionnelle », pied « Théo Vandamme — 2025-2026 — p. X »,
#     9 petits tableaux, emplacements de captures « [capture PrestaShop — …] », un schéma d'arborescence dessiné,
#     renvois en italique « (voir annexe n) ». Le titre 3.9 est suivi directement de la partie 4.
# (2) Annexes.pdf : 10 pages, surtout en paysage, façon export Excel / Word, bandeau gris « ANNEXE n — titre »,
#     annexes 1 à 6 seulement (l'annexe 7 citée dans le rapport n'existe pas), sans numéros de page ni commentaire.
# Déterministe : invariant=1, métadonnées figées, aucune date courante.
import io, os, re
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, NextPageTemplate, Flowable, CondPageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily

FL = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("L", FL + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LB", FL + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LI", FL + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LBI", FL + "LiberationSans-BoldItalic.ttf"))
registerFontFamily("L", normal="L", bold="LB", italic="LI", boldItalic="LBI")
pdfmetrics.registerFont(TTFont("N", FL + "LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFont(TTFont("NB", FL + "LiberationSansNarrow-Bold.ttf"))
pdfmetrics.registerFont(TTFont("NI", FL + "LiberationSansNarrow-Italic.ttf"))
pdfmetrics.registerFont(TTFont("NBI", FL + "LiberationSansNarrow-BoldItalic.ttf"))
registerFontFamily("N", normal="N", bold="NB", italic="NI", boldItalic="NBI")

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "..", "c132-pieces-electromenager-lens")
PDF = os.path.join(OUT, "Rapport_VANDAMME_Theo_RMA_blocs3-4.pdf")
ANX = os.path.join(OUT, "Annexes.pdf")
AUTHOR = "Théo Vandamme"
HEADER = "Rechange Ménager Artois — Rapport d'activité professionnelle"
FOOTER = "Théo Vandamme — 2025-2026 — p. %d"
WORD = "Microsoft® Word pour Microsoft 365"

PW, PH = A4
LW, LH = landscape(A4)
LM = RM = 2.5 * cm
TM = 2.5 * cm
BM = 2.5 * cm
UW = PW - LM - RM

BLUE = colors.HexColor("#2F5496")
BLUE_D = colors.HexColor("#1F3864")
INK = colors.HexColor("#1A1A1A")
GRID = colors.HexColor("#8EAADB")
HEADBG = colors.HexColor("#D9E2F3")
GREY = colors.HexColor("#595959")

body = ParagraphStyle("body", fontName="L", fontSize=12, leading=23.2, alignment=TA_JUSTIFY, spaceAfter=12, textColor=INK)
bul = ParagraphStyle("bul", parent=body, leftIndent=0.9 * cm, bulletIndent=0.3 * cm, spaceAfter=3.5)
h1s = ParagraphStyle("h1", fontName="L", fontSize=17, leading=21, spaceBefore=0, spaceAfter=12, textColor=BLUE, keepWithNext=1)
h2s = ParagraphStyle("h2", fontName="L", fontSize=13.5, leading=17, spaceBefore=12, spaceAfter=6, textColor=BLUE, keepWithNext=1)
cap = ParagraphStyle("cap", fontName="LI", fontSize=9, leading=11.5, alignment=TA_LEFT, spaceBefore=2, spaceAfter=10,
                     textColor=BLUE_D)
cell = ParagraphStyle("cell", fontName="L", fontSize=9.8, leading=12.4, alignment=TA_LEFT)
cellb = ParagraphStyle("cellb", parent=cell, fontName="LB")
cellr = ParagraphStyle("cellr", parent=cell, alignment=TA_RIGHT)
adl = ParagraphStyle("adl", parent=body, fontSize=10, leading=13.5, leftIndent=0.9 * cm, spaceAfter=1.5, alignment=TA_LEFT)
adh = ParagraphStyle("adh", parent=body, fontName="LB", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2, keepWithNext=1)
phs = ParagraphStyle("ph", fontName="LI", fontSize=9.5, leading=12, alignment=TA_CENTER, textColor=GREY)


def fr(t):
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


def xr(t):
    """Renvoi en italique : « (voir annexe 4) »."""
    return "<i>%s</i>" % t


# ================================================================================================
# CONTENU DU RAPPORT
# ================================================================================================
C = []


def h1(t): C.append(("h1", t))
def h2(t): C.append(("h2", t))
def p(t): C.append(("p", t))
def ph(t, h=4.2): C.append(("ph", t, h))
def ul(items): C.append(("ul", items))
def ol(items): C.append(("ol", items))
def ad(title, lines): C.append(("ad", title, lines))
def cond(h): C.append(("cond", h))
def schema(): C.append(("schema",))


def tab(rows, widths, caption, right=(), bold_rows=()):
    C.append(("tab", rows, widths, caption, right, bold_rows))


# ---------------------------------------------------------------- partie 1
h1("1. L'entreprise")
h2("1.1 Une histoire de dépanneur")
p("Rechange Ménager Artois, que tout le monde appelle « RMA Pièces », est une SARL installée à Lens, dans le Pas-de-Calais. "
  "L'histoire commence en 1998 : Didier Wattebled, réparateur d'électroménager, se met à son compte et fait du dépannage à "
  "domicile dans le bassin minier, avec sa camionnette et un stock de pièces dans son garage. Très vite, des clients lui "
  "demandent s'il peut leur vendre juste la pièce, pour la changer eux-mêmes. Didier ouvre alors un petit comptoir de vente "
  "à côté de son atelier, rue de la Gare à Lens.")
p("En 2013, il lance le site marchand sous PrestaShop. Au début, c'était surtout pour montrer les pièces en stock au comptoir. "
  "Aujourd'hui, la boutique en ligne fait l'essentiel du chiffre d'affaires et l'atelier de dépannage est devenu une activité à "
  "côté. Le site tourne toujours sous PrestaShop 1.7.8, avec un catalogue de 58 000 références alimenté chaque nuit par notre "
  "grossiste, Europièces Service, qui nous envoie un fichier avec les prix, les stocks et les références constructeur.")
p("Ce fonctionnement a un gros avantage : on peut proposer presque toutes les pièces du marché sans les avoir en stock. "
  "Environ 6 000 références sont stockées dans notre dépôt de Lens, les plus vendues, et le reste part directement de "
  "chez Europièces Service en 48 heures. Par contre, il a aussi un inconvénient : les fiches créées automatiquement par le "
  "fichier du grossiste sont toutes identiques, avec un titre en majuscules et une description d'une ligne. C'est un "
  "problème qu'on retrouvera plus loin dans ce rapport.")
p("Nous sommes 11 personnes. Didier est le gérant et mon tuteur. Jérémy Lemaire est chef d'atelier : il s'occupe des "
  "dépannages, mais c'est aussi lui qui connaît le mieux les pièces, et c'est lui que tout le monde va voir quand une référence "
  "pose problème. Aurore Delattre est au service client : elle répond au téléphone, aux mails et au chat, et elle entend "
  "toute la journée les clients décrire leur panne. Le reste de l'équipe, ce sont les préparateurs de commandes, la "
  "comptabilité et deux techniciens.")
h2("1.2 RMA Pièces en chiffres")
p("Voici les chiffres principaux de l'entreprise pour l'année 2025, tirés de la comptabilité et des statistiques de "
  "PrestaShop et de Google Analytics :")
tab([["Indicateur", "2025"],
     ["Chiffre d'affaires total HT", "2,05 M€"],
     ["dont vente en ligne", "1,43 M€ (70 %)"],
     ["Références au catalogue", "58 000"],
     ["Panier moyen en ligne", "38 €"],
     ["Sessions par mois (moyenne)", "145 000"],
     ["Part des sessions sur mobile", "61 %"],
     ["Effectif", "11 personnes"]],
    [9.5, 6.5], "Tableau 1 – RMA Pièces en chiffres (année 2025)", right=(1,))
p("Nos produits sont des pièces détachées pour le gros électroménager : lave-linge, lave-vaisselle, sèche-linge, "
  "réfrigérateurs, fours. Quelques exemples parmi nos meilleures ventes : le « Joint de hublot lave-linge — réf. constructeur "
  "481246069917 » à 34,90 €, la « Pompe de vidange universelle 30 W » à 24,90 €, la « Courroie 1195 H7 » à 11,90 € et les "
  "« Charbons moteur (la paire) » à 9,90 €. Ce sont des petits prix, mais ce qu'on vend vraiment, c'est une machine qui "
  "repart et une facture de dépannage évitée.")
h2("1.3 Nos clients et nos concurrents")
p("Nos clients sont surtout des particuliers qui réparent eux-mêmes. Leur lave-linge fuit, ne vidange plus ou fait un bruit "
  "bizarre, ils cherchent sur Internet ce qui ne va pas, et ils veulent la bonne pièce, vite, pour pas cher. Beaucoup ne "
  "sont pas bricoleurs au départ : ils ont vu une vidéo, ils se lancent. Pour eux, la grande peur, c'est de commander la "
  "mauvaise pièce. Il y a aussi quelques petits réparateurs indépendants, mais ils ne représentent pas grand-chose dans le "
  "chiffre d'affaires en ligne.")
p("Les commandes en ligne viennent de toute la France : les Hauts-de-France ne pèsent qu'environ 12 % des colis, "
  "autant que l'Île-de-France. Le comptoir de Lens, lui, reste fréquenté par les gens du coin, qui viennent avec leur "
  "vieille pièce dans un sac plastique pour que Jérémy ou un technicien retrouve la bonne. Beaucoup de ces clients "
  "commandent ensuite en ligne la fois suivante, parce qu'ils ont compris comment trouver leur référence. Au téléphone, "
  "Aurore reçoit entre 60 et 80 appels par jour, et plus de la moitié portent sur la compatibilité d'une pièce.")
p("Nos trois principaux concurrents sont RéparPièces Direct, DépannShop et Ménagère Pièces. Ce sont des sites nationaux "
  "avec des catalogues plus gros que le nôtre et des budgets de publicité bien plus importants. Ils sont très bien placés sur "
  "les recherches générales comme « pièces détachées électroménager ». Par contre, leurs fiches produits sont souvent "
  "vides : une photo du constructeur, une référence, un prix. C'est là qu'on pense pouvoir faire la différence, avec "
  "l'expérience de l'atelier.")

# ---------------------------------------------------------------- partie 2
h1("2. Mes missions")
h2("2.1 Mon poste")
p("Je suis en 2e année de Bachelor « chef de projet e-commerce » au Campus Numérique de l'Artois, à Arras, et en alternance "
  "chez RMA Pièces depuis septembre 2024 : deux semaines en entreprise, une semaine à l'école. Mon poste, c'est assistant "
  "e-commerce. En pratique, je m'occupe de tout ce qui touche à la visibilité du site sur Google, des campagnes Ads et "
  "de la réécriture des fiches produits, avec l'aide de Jérémy pour la partie technique des pièces.")
p("Chaque lundi matin, on fait un point d'une demi-heure avec Didier. Je lui montre les chiffres de la semaine et on décide "
  "de ce que je fais ensuite. Didier n'est pas un spécialiste du web, mais il connaît très bien ses clients et il a souvent "
  "raison sur ce qui va marcher ou pas.")
p("Une semaine type en entreprise, ça ressemble à ça : le lundi, les chiffres et le point avec Didier ; le mardi et le "
  "mercredi, la réécriture de fiches, avec Jérémy qui passe vérifier les informations techniques ; le jeudi, les campagnes "
  "Ads et la Search Console ; le vendredi, ce qui reste, souvent des petites corrections sur le site demandées par Aurore "
  "après des appels de clients. Je ne suis pas développeur, donc pour les modifications du thème PrestaShop, on passe "
  "par un freelance qui intervient quelques heures par mois.")
p("Cette année, j'ai eu deux grandes missions, qui correspondent aux deux grandes parties de ce rapport. La première : "
  "faire en sorte que le site soit mieux trouvé sur Google, en naturel et avec des annonces. La seconde : refaire les "
  "fiches produits pour qu'elles donnent envie d'acheter et qu'elles rassurent les clients sur la compatibilité.")
h2("2.2 La feuille de route")
p("En septembre 2025, avec Didier, on a fait la liste de tout ce qu'il y avait à faire sur le site. On est arrivé à 14 "
  "actions : des actions de référencement, des campagnes Ads, du travail sur les fiches et des corrections techniques. Pour "
  "chaque action, j'ai mis une note d'effort de 1 à 5 (le temps et la difficulté) et une note d'impact de 1 à 5 (ce que ça "
  "peut rapporter). Le tableau complet est en annexe " + xr("(voir annexe 1)") + ".")
p("Au départ, on voulait tout faire en même temps, ce qui n'était pas possible avec une seule personne sur le web. Didier "
  "a tranché : on commence par les fiches joints. C'est ce qu'on a fait à partir d'octobre, et le reste a suivi au fur et à "
  "mesure, selon le temps disponible.")
p("La feuille de route a servi de fil rouge toute l'année. Je la relisais à chaque point du lundi avec Didier, pour voir "
  "ce qui avançait et ce qui était bloqué. Certaines actions ont pris beaucoup plus de temps que prévu, comme le "
  "vérificateur de modèle, qui demandait un module spécial, et d'autres beaucoup moins, comme la campagne marque.")

# ---------------------------------------------------------------- partie 3
h1("3. Être trouvé sur Google")
h2("3.1 Nos outils de mesure")
p("Pour suivre le trafic et la visibilité du site, on utilise cinq outils. Chacun nous donne une partie de l'information, "
  "et c'est en les regardant ensemble qu'on comprend ce qui se passe.")
tab([["Outil", "Ce qu'il nous donne"],
     ["Google Analytics 4", "Les sessions, d'où viennent les visiteurs (Google, Ads, sites référents, direct), les appareils, "
      "le taux de rebond, le temps passé par page, les ajouts au panier"],
     ["Google Search Console", "Les requêtes tapées dans Google qui affichent le site, les impressions, les clics, le CTR "
      "et la position moyenne, page par page ; les erreurs d'indexation"],
     ["Google Ads", "Pour chaque campagne : impressions, clics, coût par clic, conversions et chiffre d'affaires des "
      "commandes qui viennent des annonces"],
     ["Semrush", "Les volumes de recherche des expressions, la difficulté (KD), les positions de nos concurrents"],
     ["Statistiques PrestaShop", "Les commandes, le chiffre d'affaires, les meilleures ventes, les recherches faites dans "
      "le moteur interne du site, les paniers abandonnés"]],
    [4.2, 11.8], "Tableau 2 – Nos outils de mesure et ce qu'ils nous donnent")
p("En pratique, je regarde GA4 et Google Ads toutes les semaines, la Search Console tous les quinze jours, et Semrush "
  "surtout quand je prépare des nouvelles fiches ou des nouvelles campagnes. Les statistiques PrestaShop, c'est plutôt "
  "Didier qui les regarde, pour les ventes.")
h2("3.2 Où on en est sur Google")
p("Pour voir si le travail sur les fiches joints avait un effet, j'ai comparé les positions de la catégorie joints de "
  "hublot dans la Search Console entre janvier et avril 2026. Les tableaux complets sont en annexe " + xr("(voir annexe 6)") + ".")
tab([["Catégorie joints de hublot", "Janvier 2026", "Avril 2026"],
     ["Position moyenne", "18", "9"],
     ["Impressions", "43 900", "63 800"],
     ["Clics", "620", "2 140"],
     ["CTR", "1,4 %", "3,4 %"]],
    [7.0, 4.5, 4.5], "Tableau 3 – Catégorie joints de hublot dans la Search Console, janvier et avril 2026",
    right=(1, 2))
p("La position moyenne des requêtes joints est passée de 18 à 9 : on est passé de la deuxième page de Google à la "
  "première. C'est la catégorie sur laquelle on a travaillé en premier, avec les fiches réécrites, et ça se voit.")
h2("3.3 Le tableau des expressions")
p("Le cœur du travail de référencement, c'est le tableau des expressions : la liste des recherches sur lesquelles on veut "
  "que le site sorte, avec pour chacune la page qui doit répondre. Le tableau complet fait 60 lignes "
  + xr("(voir annexe 2)") + ". Voici comment je l'ai construit.")
p("<b>Première étape : partir de ce qu'on vend.</b> J'ai exporté de PrestaShop les 300 références les plus vendues sur "
  "les douze derniers mois. Ce sont ces pièces-là qui font le chiffre d'affaires, donc ce sont elles qu'il faut rendre "
  "visibles en premier.")
p("<b>Deuxième étape : partir de ce que disent les clients.</b> Pendant trois semaines, Aurore a noté sur un cahier les "
  "phrases exactes des clients au téléphone. Ils ne disent jamais « je cherche une pompe de vidange », ils disent « ma machine "
  "ne vidange plus », « il reste de l'eau au fond », « le lave-linge fuit par devant ». Ce sont les requêtes panne : la "
  "personne décrit un problème, pas une pièce. J'en ai tiré une quarantaine de formulations.")
p("Quelques exemples du cahier d'Aurore, recopiés tels quels : « ma machine fait de l'eau par terre à l'essorage », "
  "« le tambour tourne à vide, on entend le moteur », « le lave-vaisselle affiche E15 et ne démarre plus », « mon frigo "
  "fait de la glace au fond ». Chaque phrase a été rattachée à une panne, puis à une ou plusieurs pièces, avec l'aide de "
  "Jérémy, qui sait reconnaître une panne rien qu'à la description.")
p("<b>Troisième étape : construire les expressions.</b> Pour les requêtes référence, j'ai suivi le modèle pièce + marque "
  "+ référence : « joint hublot whirlpool 481246069917 », « courroie 1195 H7 ». Les gens qui tapent une référence "
  "constructeur ont la plaque signalétique ou l'ancienne pièce sous les yeux : ils sont prêts à acheter. Pour les requêtes "
  "panne, j'ai gardé la formulation des clients, avec l'appareil : « lave-linge ne vidange plus ».")
p("<b>Quatrième étape : mesurer.</b> J'ai passé toutes les expressions dans Semrush pour avoir le volume mensuel en France "
  "et la difficulté (KD, de 0 à 100). J'ai retiré celles qui n'avaient presque aucun volume, et celles qui ne nous "
  "concernaient pas (« notice lave-linge », « lave-linge pas cher »).")
p("<b>Cinquième étape : ranger.</b> J'ai classé les expressions par appareil (lave-linge, lave-vaisselle, sèche-linge, "
  "réfrigérateur, four), et pour chacune j'ai indiqué le type (référence, pièce + marque, pièce, panne, local) et la page "
  "visée. Au final, il reste 60 expressions : 18 requêtes panne, 37 requêtes pièce ou référence et 5 requêtes locales.")
p("<b>Pourquoi ces expressions et pas d'autres ?</b> Sur les recherches générales comme « pièces détachées électroménager » "
  "ou « joint de hublot lave-linge », nos concurrents nationaux sont installés depuis des années, avec des milliers de "
  "liens et des budgets qu'on n'a pas : les KD sont au-dessus de 40, parfois 60. On aurait pu y passer deux ans sans "
  "entrer dans la première page. Par contre, sur la longue traîne, c'est-à-dire les recherches longues et précises avec une "
  "référence constructeur ou une panne décrite, la concurrence est faible (KD souvent sous 20) et les gens qui cherchent "
  "sont presque sûrs d'acheter. Nos concurrents ont des fiches vides, sans explication de panne : c'est là qu'on peut "
  "gagner, parce qu'on a l'expérience de l'atelier derrière. Enfin, on a ajouté quelques requêtes locales comme "
  "« réparation électroménager Lens » : RMA Pièces est la seule entreprise du secteur à avoir à la fois un comptoir, un "
  "atelier et un site, et les gens du bassin minier viennent encore chercher leurs pièces au comptoir.")
h2("3.4 L'arborescence par panne")
p("Avec le tableau des expressions, on s'est rendu compte qu'il manquait des pages pour répondre aux requêtes panne. "
  "Quand quelqu'un tape « lave-linge ne vidange plus », il ne sait pas encore quelle pièce est en cause. Il faut donc une "
  "page qui l'aide à trouver, puis qui l'envoie vers la bonne pièce. J'ai construit une première arborescence par panne "
  "autour de la panne la plus cherchée : « Mon lave-linge ne vidange plus ».")
schema()
p("La page du haut, « Mon lave-linge ne vidange plus », explique la panne en quelques lignes et présente les quatre causes "
  "possibles, dans l'ordre où Jérémy les vérifie à l'atelier. Chaque cause a sa propre page : la pompe de vidange, le "
  "filtre de vidange, la durite et le pressostat. Sur chacune, on explique comment vérifier (par exemple, écouter si la "
  "pompe tourne, démonter le filtre en bas à droite de la façade), avec les outils nécessaires et le temps que ça prend.")
p("La règle que j'ai suivie pour les liens est stricte. Chaque page cause ne fait des liens que vers ses pages sœurs (les "
  "autres causes de la même panne) et vers la fiche de la pièce exacte. Pas de lien vers l'accueil, pas de lien vers d'autres "
  "catégories, pas de bloc « produits populaires » au milieu. Les ancres décrivent l'action, jamais « cliquez ici » : "
  "« vérifier la pompe de vidange », « nettoyer le filtre de vidange », « contrôler la durite », « tester le pressostat ». "
  "Sur la page pompe, le lien vers la fiche produit a l'ancre « pompe de vidange universelle 30 W ». Comme ça, Google "
  "comprend que ces pages parlent toutes de la même panne, et le client ne se perd pas dans le site.")
p("Les quatre pages ont été mises en ligne fin février 2026. La prochaine arborescence prévue, c'est « Mon lave-vaisselle "
  "ne vidange plus », qui fonctionne de la même manière.")
h2("3.5 Les liens entrants")
p("Pour que Google fasse confiance au site, il faut que d'autres sites parlent de nous. Plutôt que d'acheter des liens, "
  "j'ai cherché des sites qui parlent de réparation et qui ont une vraie audience de bricoleurs. On a aujourd'hui quatre "
  "partenaires qui nous envoient des liens entrants :")
tab([["Partenaire", "Type", "Lien posé", "Visites vers RMA (mars-avril 2026)"],
     ["Forum « Répar'Tout »", "Forum d'entraide réparation", "Signature + fiches pannes", "1 180"],
     ["Blog « Bricoler Malin 62 »", "Blog bricolage local", "Article sur le joint de hublot", "—"],
     ["Repair Café de Lens", "Association", "Page « Nos partenaires »", "—"],
     ["YouTube « Le Dépanneur du Nord »", "Chaîne de tutoriels", "Description de 3 vidéos", "640"]],
    [4.6, 3.8, 4.0, 3.6], "Tableau 4 – Nos partenaires de liens entrants", right=(3,))
p("Le forum Répar'Tout est le plus gros : quand un membre demande où trouver une pompe ou un joint, les modérateurs "
  "renvoient souvent vers nos fiches, et on a le droit de poster nos pages pannes dans la rubrique lave-linge. La chaîne « Le "
  "Dépanneur du Nord » met un lien vers la pièce utilisée dans la description de ses vidéos. Pour le blog Bricoler Malin 62 "
  "et le Repair Café de Lens, les liens sont en place depuis mars, mais je n'ai pas encore regardé les visites.")
p("Pour trouver ces partenaires, j'ai regardé d'où venaient déjà quelques visites dans GA4 (rapport "
  "« Acquisition de trafic », sites référents), et j'ai cherché sur Google les forums et les chaînes qui expliquent les "
  "pannes que nous traitons. J'ai ensuite contacté chaque site par mail ou par message, en proposant quelque chose en "
  "échange : des fiches pannes écrites par Jérémy pour le forum, des pièces prêtées pour les vidéos, et un bon de réduction "
  "pour les bénévoles du Repair Café.")
p("Le suivi détaillé des liens est dans l'annexe 7 " + xr("(voir annexe 7 — suivi des liens entrants (Ahrefs))") + ".")
h2("3.6 Les campagnes Ads")
p("En plus du référencement naturel, on a lancé des campagnes Google Ads à partir du 2 février 2026. Avant, RMA Pièces "
  "n'avait jamais fait de publicité en ligne, à part une campagne Shopping lancée par un prestataire en 2021 et arrêtée au "
  "bout de trois mois. J'ai construit trois campagnes, chacune avec un rôle différent.")
tab([["Campagne", "Rôle", "Budget / jour", "Dates"],
     ["Shopping", "Afficher nos pièces avec photo et prix sur les recherches de pièces", "14 €", "2 févr. – 26 avr. 2026"],
     ["Search « pannes »", "Répondre aux requêtes panne avec une annonce texte", "7,50 €", "2 févr. – 26 avr. 2026"],
     ["Marque", "Protéger les recherches « RMA Pièces » et « Rechange Ménager Artois »", "1 €", "2 févr. – 26 avr. 2026"]],
    [3.2, 7.3, 2.3, 3.2], "Tableau 5 – Les trois campagnes Ads", right=(2,))
ph("[capture Google Ads — vue d'ensemble des trois campagnes]", 5.0)
p("La campagne Shopping utilise le flux produits de PrestaShop, envoyé dans le Merchant Center avec les références "
  "constructeur dans les titres. Je l'ai limitée aux 1 200 références les plus vendues, pour ne pas payer des clics sur "
  "des pièces qu'on vend une fois par an. La campagne Search « pannes » est découpée en quatre groupes d'annonces, un par "
  "panne. La campagne marque est toute petite, mais elle évite que DépannShop achète notre nom, ce qui était arrivé en 2025.")
p("Pour chaque groupe d'annonces, j'ai choisi les mots-clés à partir du tableau des expressions, en correspondance "
  "d'expression ou exacte, et une page d'arrivée précise. Les mots-clés négatifs sont communs aux trois campagnes : "
  "« notice », « gratuit », « occasion », « mode d'emploi », « emploi », « formation », « tuto pdf ». On les a ajoutés après "
  "la première semaine, en regardant le rapport des termes de recherche : des gens cherchaient une notice gratuite ou un "
  "lave-linge d'occasion, et on payait leurs clics.")
p("Les trois campagnes ciblent la France métropolitaine, tous les jours de la semaine, de 7 h à 23 h : la nuit, on "
  "avait beaucoup de clics sans commandes. Les enchères sont en « maximiser les conversions » pour Shopping, et en CPC "
  "manuel pour les deux autres, pour garder la main sur les coûts au début. Le suivi des conversions passe par la balise "
  "Google Ads installée sur la page de confirmation de commande de PrestaShop, avec le montant de la commande.")
tab([["Groupe d'annonces", "Mots-clés (exemples)", "Page d'arrivée"],
     ["Vidange lave-linge", "\"lave linge ne vidange plus\", \"machine à laver ne vidange plus\", "
      "[pompe vidange lave linge]", "Page panne « Mon lave-linge ne vidange plus »"],
     ["Fuite hublot", "\"lave linge fuit par le hublot\", [joint hublot lave linge], \"changer joint hublot\"",
      "Catégorie joints de hublot (filtre par marque)"],
     ["Tambour ne tourne plus", "\"tambour ne tourne plus\", [courroie lave linge], \"charbons moteur lave linge\"",
      "Page panne « Le tambour ne tourne plus »"],
     ["Lave-vaisselle vidange", "\"lave vaisselle ne vidange plus\", [pompe vidange lave vaisselle]",
      "Catégorie pompes de lave-vaisselle"],
     ["Marque", "[rma pièces], [rechange ménager artois], \"rma lens\"", "Page d'accueil"]],
    [3.6, 7.4, 5.0], "Tableau 6 – Groupes d'annonces, mots-clés et pages d'arrivée")
p("Voici les quatre annonces que j'ai rédigées, telles qu'elles sont en ligne (annonces responsives, je donne les trois "
  "titres et les deux descriptions qui s'affichent le plus souvent) :")
ad("Annonce 1 — groupe « Vidange lave-linge »",
   ["Titre 1 : Lave-Linge Ne Vidange Plus ?", "Titre 2 : Trouvez La Pièce En Cause", "Titre 3 : Pompe Dès 24,90 €",
    "Description 1 : Pompe, filtre, durite ou pressostat : notre atelier vous explique comment vérifier avant de commander.",
    "Description 2 : Expédition le jour même avant 14 h. Retour gratuit si la pièce n'a pas été montée.",
    "URL affichée : rma-pieces.fr/panne/lave-linge-ne-vidange-plus"])
ad("Annonce 2 — groupe « Fuite hublot »",
   ["Titre 1 : Joint De Hublot Lave-Linge", "Titre 2 : Par Référence Constructeur", "Titre 3 : Livré En 24 h",
    "Description 1 : Trouvez le joint exact grâce au code modèle de votre plaque signalétique. Photo de la vraie pièce.",
    "Description 2 : Whirlpool, Bosch, Samsung, LG… Plus de 400 joints en stock à Lens.",
    "URL affichée : rma-pieces.fr/joints-de-hublot"])
ad("Annonce 3 — groupe « Tambour ne tourne plus »",
   ["Titre 1 : Le Tambour Ne Tourne Plus ?", "Titre 2 : Courroie Ou Charbons Moteur", "Titre 3 : Pièces Dès 9,90 €",
    "Description 1 : Nos techniciens vous aident à trouver la panne : courroie, charbons ou moteur. Tuto pas à pas.",
    "Description 2 : Commandé avant 14 h, expédié le jour même. Paiement sécurisé, retour gratuit.",
    "URL affichée : rma-pieces.fr/panne/tambour-ne-tourne-plus"])
ad("Annonce 4 — campagne « Marque »",
   ["Titre 1 : RMA Pièces — Site Officiel", "Titre 2 : Pièces Électroménager Depuis 1998", "Titre 3 : Comptoir À Lens",
    "Description 1 : 58 000 références pour lave-linge, lave-vaisselle, frigo et four. L'expertise d'un atelier de dépannage.",
    "Description 2 : Commandez en ligne ou retirez au comptoir à Lens. Expédition J+1 partout en France.",
    "URL affichée : rma-pieces.fr"])
h2("3.7 Le suivi des campagnes")
p("Chaque lundi matin, avant le point avec Didier, je remplis un tableau de suivi semaine par semaine à partir des "
  "rapports Google Ads : impressions, clics, CTR, coût par clic, conversions, coût et chiffre d'affaires, pour chacune des "
  "trois campagnes. Le tableau complet des douze semaines est en annexe " + xr("(voir annexe 4)") + ".")
p("C'est la campagne Shopping que j'ai le plus suivie, parce que c'est elle qui a le plus gros budget. Sur les douze "
  "semaines, le CTR est correct, autour de 1 %, ce qui est normal pour du Shopping où beaucoup de gens regardent les prix "
  "sans cliquer. Le CPC est bas, moins de 30 centimes en moyenne, parce que nos titres contiennent les références "
  "constructeur et tombent sur des recherches très précises, où il y a peu d'annonceurs. Donc pour Shopping : CTR correct, "
  "CPC bas. J'ai quand même exclu une quinzaine de produits qui prenaient des clics sans jamais vendre, surtout des "
  "accessoires d'aspirateur.")
p("Le tableau de suivi me sert aussi à préparer le point du lundi : je surligne en jaune les lignes qui bougent beaucoup "
  "d'une semaine sur l'autre, et on en parle avec Didier.")
h2("3.8 Les indicateurs de pilotage")
p("Avec Didier, on a choisi des indicateurs de pilotage qui collent à notre métier. Un site de pièces détachées ne "
  "fonctionne pas comme un site de vêtements : nos clients arrivent avec un problème précis, souvent une référence en "
  "main, et ils repartent dès qu'ils ont trouvé ou qu'ils ont compris qu'on n'a pas la pièce. Les indicateurs classiques "
  "ne suffisent pas, donc on en a ajouté qui parlent de notre activité.")
tab([["Indicateur", "Pourquoi chez nous", "Avril 2026"],
     ["Part des recherches internes par référence", "Montre si les clients arrivent avec la référence en main",
      "41 %"],
     ["Ajout au panier depuis la recherche interne", "Montre si la recherche trouve la bonne pièce", "12,4 %"],
     ["Retours pour « mauvaise pièce »", "Notre plus gros coût caché : port aller-retour et pièce invendable",
      "3,8 % des commandes"],
     ["Temps de chargement mobile (fiche produit)", "61 % des visites sont sur mobile", "4,1 s"],
     ["Sessions par mois", "Le volume de visites", "148 300"],
     ["Taux de rebond", "Les visiteurs qui repartent sans rien faire", "52 %"],
     ["Temps moyen par session", "L'intérêt pour le contenu", "2 min 05"]],
    [5.4, 7.4, 3.2], "Tableau 7 – Nos indicateurs de pilotage", right=(2,))
p("<b>Le trafic.</b> On est à 148 300 sessions en avril, à peu près le même niveau que la moyenne de 2025. Le trafic "
  "de RMA Pièces est assez régulier sur l'année, avec un petit creux en été quand les gens sont en vacances et une hausse "
  "en hiver, quand les machines tournent plus (et tombent plus en panne). Il n'y a pas eu de chute ni de pic anormal.")
p("<b>Le taux de rebond.</b> 52 %, c'est élevé, mais il faut le comprendre dans notre métier : beaucoup de visiteurs "
  "arrivent sur une fiche depuis Google, voient tout de suite que la pièce est la bonne (ou pas) et repartent. Un client "
  "qui a trouvé la mauvaise référence repart aussi, et ça, c'est plutôt une bonne chose pour nous : c'est un retour en "
  "moins. Le rebond est plus fort sur les pages pannes (64 %), ce qui montre qu'il faut encore améliorer les liens vers "
  "les pièces.")
p("<b>Le temps de visite.</b> 2 minutes 05 en moyenne par session. Sur les fiches réécrites, les gens restent plus "
  "longtemps, parce qu'ils lisent la partie « comment vérifier avant de commander ». C'est plutôt bon signe.")
p("<b>Le temps de chargement mobile.</b> C'est le point noir : 4,1 secondes pour afficher une fiche produit sur mobile, "
  "d'après PageSpeed Insights. Sur un site où six visiteurs sur dix sont sur téléphone, souvent à côté de leur machine "
  "en panne, c'est trop. Les causes principales sont les images (avant la conversion en WebP), les modules PrestaShop "
  "qui chargent tous leurs scripts sur toutes les pages, et le thème, qui date de 2017.")
p("On ne fait pas de réseaux sociaux : Didier pense que nos clients ne vont pas sur Facebook pour chercher une pompe de "
  "vidange, et on n'a pas le temps de s'en occuper.")
h2("3.9 Rentabilité globale")

# ---------------------------------------------------------------- partie 4
h1("4. Des fiches qui vendent")
h2("4.1 Le gabarit fiche pièce")
p("Avant mon arrivée, les fiches produits étaient remplies automatiquement avec le fichier d'Europièces Service : un titre "
  "du genre « JOINT HUBLOT 481246069917 », une photo du constructeur, quand il y en avait une, et une description d'une "
  "ligne. Impossible de savoir si la pièce allait sur sa machine. J'ai donc construit un gabarit fiche pièce, c'est-à-dire "
  "un modèle que toutes les fiches réécrites suivent, pour qu'elles soient à la fois bien placées dans Google et utiles pour "
  "le client.")
p("<b>Le titre.</b> Il suit toujours le même ordre : la pièce + « compatible » + la marque + la référence constructeur. "
  "Par exemple : « Joint de hublot compatible Whirlpool — réf. 481246069917 ». Le mot « compatible » est important, parce "
  "qu'on vend parfois des pièces adaptables, et parce que c'est un mot que les clients tapent.")
p("<b>L'expression principale.</b> Chaque fiche a une expression principale tirée du tableau des expressions. Elle est "
  "placée à quatre endroits : dans la balise title, dans le H1, dans la meta description et dans la première phrase du "
  "texte. Les expressions secondaires (la panne, les autres marques) sont placées dans les intertitres et dans le "
  "paragraphe des pannes.")
p("<b>Le paragraphe « pannes résolues ».</b> C'est la nouveauté du gabarit. Juste sous la description, un paragraphe "
  "explique quelles pannes cette pièce résout, avec les mots des clients : « votre lave-linge fuit par l'avant pendant "
  "le lavage », « il reste de l'eau dans le tambour ». C'est Jérémy qui me donne les pannes, et je les écris. Ça permet de "
  "placer les requêtes panne sur la fiche, et ça rassure le client qui ne connaît pas le nom de la pièce.")
p("Voici par exemple le paragraphe « pannes résolues » de la fiche du joint de hublot Whirlpool : <i>« Ce joint règle "
  "les fuites d'eau par l'avant de votre lave-linge, surtout pendant le lavage ou l'essorage. Si vous voyez une flaque "
  "devant la machine, une trace d'eau sous le hublot ou une odeur de moisi qui ne part pas, le joint est sans doute fendu, "
  "durci ou déchiré dans le pli du bas. Un joint qui sent mauvais ou qui a noirci peut aussi être changé pour éviter les "
  "fuites à venir. »</i>")
p("<b>La meta description.</b> 150 caractères environ, avec l'expression principale, le prix, et un argument concret "
  "(expédition le jour même avant 14 h, ou retour gratuit). Avant, la plupart des fiches n'en avaient pas, et Google "
  "prenait un bout du texte au hasard.")
p("À ce jour, 40 fiches ont été réécrites avec ce gabarit : tous les joints de hublot des grandes marques, et les pompes "
  "de vidange les plus vendues. C'est peu sur 58 000 références, mais ce sont les fiches qui font le plus de chiffre.")
h2("4.2 La fiche joint de hublot, avant et après")
p("La première fiche refaite, c'est celle du joint de hublot 481246069917, notre meilleure vente. Elle m'a servi de "
  "modèle pour toutes les autres. La méthode pour construire la page tient en trois idées, qui viennent de ce qu'on "
  "entend au téléphone.")
p("<b>L'éclaté avec le numéro de position.</b> Sur la fiche, on affiche l'éclaté constructeur de la machine (le dessin "
  "de toutes les pièces de la cuve et de la façade), avec le joint entouré et son numéro de position, ici le repère 12. "
  "Le client qui a déjà démonté sa machine reconnaît la pièce tout de suite.")
p("<b>La compatibilité par le code modèle.</b> Plutôt qu'une liste de 200 modèles que personne ne lit, on demande au "
  "client de lire le code modèle sur la plaque signalétique de sa machine (l'étiquette dans l'encadrement du hublot ou "
  "derrière la trappe du filtre). Une photo montre où la trouver. Le client tape ce code dans le vérificateur, et la fiche "
  "lui répond « compatible » ou « non compatible ».")
p("<b>Le bloc « comment vérifier avant de commander ».</b> Trois étapes courtes : relever le code modèle, comparer "
  "la forme du joint avec la photo de la vraie pièce, vérifier la position des trous d'évacuation. C'est Jérémy qui a "
  "écrit les étapes, moi j'ai fait la mise en forme.")
ph("[capture PrestaShop — fiche joint de hublot]", 6.0)
tab([["Élément", "Avant (septembre 2025)", "Après (novembre 2025)"],
     ["Balise title", "JOINT HUBLOT 481246069917", "Joint de hublot compatible Whirlpool — réf. 481246069917"],
     ["H1", "JOINT HUBLOT", "Joint de hublot lave-linge compatible Whirlpool 481246069917"],
     ["Meta description", "(vide)", "Joint de hublot lave-linge Whirlpool 481246069917 à 34,90 €. Vérifiez la "
      "compatibilité avec votre code modèle. Expédié le jour même avant 14 h."],
     ["Première phrase", "Joint de hublot d'origine.", "Ce joint de hublot pour lave-linge Whirlpool, réf. "
      "481246069917, remplace le joint d'origine fendu ou durci."],
     ["Texte", "1 ligne (12 mots)", "310 mots + paragraphe « pannes résolues »"],
     ["Images", "1 photo constructeur (JPEG 1,8 Mo)", "3 photos de la vraie pièce + éclaté (WebP, 95 Ko)"],
     ["Compatibilité", "Liste de modèles en PDF", "Vérificateur par code modèle"]],
    [3.2, 5.0, 7.8], "Tableau 8 – La fiche joint de hublot avant et après réécriture")
p("En plus de la méthode, j'ai ajouté sur la fiche les éléments qui aident le client à se décider. Je les ai discutés "
  "un par un avec Didier et Aurore :")
ul(["<b>le vérificateur de modèle</b> : c'est l'élément le plus important, parce qu'il répond à la peur numéro un de nos "
    "clients, se tromper de pièce. Aurore dit qu'elle a beaucoup moins d'appels « est-ce que ça va sur ma machine ? » "
    "depuis qu'il est en place ;",
    "<b>le stock affiché</b> : « En stock à Lens — 14 pièces ». Quand la machine est en panne, le client veut savoir si la "
    "pièce part aujourd'hui, pas dans trois semaines. Les pièces en commande chez Europièces affichent un délai précis ;",
    "<b>l'expédition J+1 avant 14 h</b> : un compte à rebours sous le prix indique « Commandez dans 2 h 35 pour une "
    "expédition aujourd'hui ». Pour quelqu'un qui n'a plus de lave-linge, chaque jour compte ;",
    "<b>le retour gratuit si la pièce n'est pas montée</b> : si le client s'est trompé malgré tout, il peut nous renvoyer "
    "la pièce sans frais tant qu'elle n'a pas été installée. Ça coûte un peu, mais ça lève le dernier doute ;",
    "<b>la photo de la vraie pièce</b> : on ne montre plus la photo générique du constructeur, mais la pièce qu'on a en "
    "stock, photographiée sous plusieurs angles. Les joints se ressemblent tous, et c'est souvent un détail (un ergot, "
    "un trou) qui fait la différence."])
h2("4.3 Le tableau de conversion")
p("Un des problèmes de notre métier, c'est que la même pièce peut avoir plusieurs références : la référence du "
  "constructeur, celle d'un autre constructeur du même groupe, et la référence d'une pièce universelle qui fait le même "
  "travail. Un client qui a une courroie marquée « 1195 J5 » ne sait pas qu'on la vend sous une autre référence. J'ai "
  "donc fait, avec Jérémy, un tableau de conversion qui donne les équivalences entre références constructeur et "
  "références universelles. Il est affiché sur les fiches concernées et dans la catégorie courroies.")
tab([["Référence constructeur / d'origine", "Équivalent chez RMA Pièces", "Remarque de l'atelier"],
     ["Courroie 1195 H7", "Courroie 1195 J5", "Même longueur, vérifier le nombre de dents"],
     ["Courroie 1270 J5", "Courroie 1270 J5 EL (élastique)", "Montage sans démonter le moteur"],
     ["Pompe Askoll M231XP", "Pompe de vidange universelle 30 W", "Adapter le connecteur fourni"],
     ["Charbons moteur 5 × 12,5 mm", "Charbons moteur (la paire)", "Vendus par deux, toujours changer les deux"],
     ["Joint Whirlpool 481246069917", "Joint 481246068617", "Ancienne référence, même joint"]],
    [5.2, 5.4, 5.4], "Tableau 9 – Le tableau de conversion des références")
p("Le tableau de conversion a aussi un intérêt pour le référencement : les anciennes références et les références "
  "équivalentes apparaissent sur la fiche, donc la fiche peut sortir dans Google quand quelqu'un tape l'une ou l'autre. "
  "Par exemple, la courroie 1195 H7 sort maintenant aussi sur « courroie 1195 J5 ».")
h2("4.4 Photos, éclatés et vidéo")
p("Comme 61 % de nos visiteurs sont sur mobile, souvent avec une connexion moyenne dans une buanderie ou une cave, les "
  "images doivent être légères. J'ai fixé des règles simples pour toutes les fiches réécrites :")
ul(["les photos font 1 000 pixels de large, au format WebP, et moins de 120 Ko chacune (avant, certaines photos "
    "constructeur faisaient presque 2 Mo) ;",
    "les éclatés sont redessinés au format SVG, ce qui permet de zoomer sur un téléphone sans que le dessin devienne flou, "
    "et qui pèse très peu ;",
    "le texte alternatif de chaque image reprend la référence de la pièce (par exemple « joint de hublot Whirlpool "
    "481246069917 vue de face »), ce qui aide aussi pour Google Images ;",
    "les photos sont chargées en différé (lazy loading), sauf la première, qui s'affiche tout de suite."])
ph("[capture PrestaShop — galerie photos et éclaté SVG de la fiche joint, vue mobile]", 5.5)
p("On prépare aussi une vidéo, « Changer le joint de hublot en 10 minutes ». L'idée vient d'Aurore : c'est la question "
  "qu'elle entend le plus au téléphone après « est-ce que c'est compatible ? ». J'ai écrit le script et dessiné le "
  "storyboard, plan par plan, et on a tourné les images à l'atelier avec Jérémy, sur une vraie machine. Le script, le "
  "storyboard et des exemples de photos sont en annexe " + xr("(voir annexe 3)") + ". La vidéo n'est pas encore en ligne : "
  "montage en cours.")
h2("4.5 Est-ce que les fiches intéressent plus ?")
p("Pour savoir si les fiches réécrites intéressent plus les visiteurs, j'ai comparé dans GA4 le temps moyen passé sur "
  "chacune des 40 fiches, avant (janvier 2026 pour les fiches réécrites ensuite, ou le mois avant la réécriture) et "
  "après (avril 2026). Le détail fiche par fiche est en annexe " + xr("(voir annexe 4)") + ".")
p("Sur la plupart des fiches, le temps passé a augmenté, souvent de plus d'une demi-minute. Les visiteurs lisent la "
  "partie « comment vérifier avant de commander » et utilisent le vérificateur. C'est positif.")
p("On n'a pas de blog : la rubrique Conseils n'a pas bougé depuis 2019. Les pages pannes de l'arborescence jouent un "
  "peu ce rôle pour l'instant.")
h2("4.6 Le parcours panier")
p("L'objectif que Didier m'a fixé pour le parcours panier est simple : faire passer le taux de transformation sur mobile "
  "de 1,6 % à 2,2 % d'ici juin. Sur ordinateur, les clients commandent assez bien ; c'est sur téléphone qu'on perd du monde.")
p("J'ai refait le parcours panier complet sur mon téléphone, étape par étape, en commandant un vrai joint de hublot, et "
  "j'ai fait une capture à chaque étape. PrestaShop 1.7.8 utilise une commande en quatre étapes sur une seule "
  "page, qui s'ouvrent l'une après l'autre.")
p("<b>Étape 1 — La fiche produit et l'ajout au panier.</b> Le client vérifie la compatibilité avec le code modèle, puis "
  "appuie sur « Ajouter au panier ». Une fenêtre s'ouvre avec deux boutons : « Continuer mes achats » et « Commander ».")
ph("[capture PrestaShop mobile — fenêtre « Produit ajouté au panier »]", 4.0)
p("<b>Étape 2 — Le panier.</b> Le panier affiche la pièce, la quantité, le sous-total et un champ pour le code promo. "
  "Le bouton « Commander » est en bas de la page.")
ph("[capture PrestaShop mobile — page panier]", 4.0)
p("<b>Étape 3 — Les informations personnelles.</b> Le client choisit entre « Commander en tant qu'invité » et « Se "
  "connecter ». Pour commander en invité, il faut remplir civilité, prénom, nom, e-mail, puis accepter les conditions.")
ph("[capture PrestaShop mobile — étape 1 Informations personnelles]", 4.0)
p("<b>Étape 4 — L'adresse et la livraison.</b> Le client remplit son adresse, puis choisit le mode de livraison : "
  "Colissimo à domicile, Mondial Relay en point relais, ou retrait gratuit au comptoir de Lens. C'est à ce moment que les "
  "frais de port apparaissent.")
ph("[capture PrestaShop mobile — étapes 2 et 3 Adresses et Mode de livraison]", 4.0)
p("<b>Étape 5 — Le paiement et la confirmation.</b> Le client choisit la carte bancaire ou PayPal, coche les conditions "
  "générales de vente et valide. Il arrive sur la page de confirmation avec le numéro de commande, et reçoit un e-mail "
  "dans la minute.")
ph("[capture PrestaShop mobile — étape 4 Paiement et page de confirmation]", 4.0)
h2("4.7 Les points de friction")
p("En refaisant le parcours plusieurs fois, et en écoutant Aurore, j'ai relevé cinq points de friction, c'est-à-dire "
  "des endroits où le client hésite, se trompe ou abandonne :")
ol(["<b>Les frais de port arrivent trop tard.</b> On ne les découvre qu'à l'étape de livraison, après avoir rempli son "
    "nom et son adresse. Beaucoup de clients appellent Aurore juste pour connaître le prix du port.",
    "<b>La commande en invité est peu visible.</b> Sur mobile, le bouton « Se connecter » est en haut et l'option invité "
    "est cachée en dessous : certains clients pensent qu'ils doivent créer un compte.",
    "<b>Le champ téléphone est obligatoire sans explication.</b> Des clients ne comprennent pas pourquoi on leur demande "
    "leur numéro (c'est pour le transporteur).",
    "<b>Le panier est lent sur mobile.</b> La page panier met plus de 4 secondes à s'afficher, à cause des modules de "
    "suggestions de produits.",
    "<b>La compatibilité n'est plus rappelée dans le panier.</b> Une fois la pièce dans le panier, plus rien ne rappelle "
    "au client qu'il a vérifié son modèle, et certains repartent vérifier sur la fiche… et ne reviennent pas."])
p("Pour deux d'entre eux, on a déjà une solution. Pour les frais de port, on a ajouté sur chaque fiche une ligne « Livraison "
  "dès 4,90 € — gratuite au comptoir de Lens », pour que le client connaisse le prix avant d'entrer dans le panier. Pour la "
  "commande en invité, on a inversé l'ordre des onglets à l'étape 1, pour que « Commander en tant qu'invité » soit affiché "
  "en premier. Pour les trois autres, on en a parlé avec Didier, mais rien n'est encore décidé.")

# ---------------------------------------------------------------- partie 5
h1("5. Bilan")
h2("5.1 Ce qu'on a fait cette année")
p("En un peu plus de huit mois, on a beaucoup avancé sur le site. Côté référencement naturel, on a un tableau des "
  "expressions de 60 lignes, une première arborescence par panne en ligne, quatre partenaires de liens entrants et des "
  "outils de mesure qu'on regarde toutes les semaines. Le suivi des liens est dans l'annexe 7 "
  + xr("(voir annexe 7 — suivi des liens entrants (Ahrefs))") + ".")
p("Côté fiches, 40 fiches suivent maintenant le gabarit fiche pièce, avec le vérificateur de modèle, les photos de la "
  "vraie pièce et le paragraphe « pannes résolues ». Le tableau de conversion est en place sur les courroies et les pompes. "
  "La vidéo du joint de hublot est presque terminée.")
p("Côté campagnes Ads, les trois campagnes tournent depuis le 2 février. Pour la rentabilité pub, d'après les chiffres "
  "du tableau de suivi, c'est très rentable " + xr("(voir annexe 5)") + ", surtout la campagne Shopping, et Didier a "
  "accepté de continuer les campagnes jusqu'à la fin de l'année.")
h2("5.2 Ce qu'il reste à corriger")
p("Il reste encore pas mal de choses à améliorer. Voici les actions correctives que j'ai notées :")
ul(["alléger la page panier sur mobile en désactivant les modules de suggestions inutiles ;",
    "réécrire les fiches courroies et charbons avec le gabarit fiche pièce ;",
    "rappeler la compatibilité vérifiée dans le panier ;",
    "retirer de la campagne Search « pannes » les mots-clés qui coûtent cher sans vendre ;",
    "créer l'arborescence « Mon lave-vaisselle ne vidange plus » ;",
    "terminer et mettre en ligne la vidéo du joint de hublot."])
h2("5.3 Ce que j'en retiens")
p("Cette année m'a appris que le référencement d'un site de pièces détachées ne se joue pas là où je le pensais. En "
  "arrivant, je voulais placer le site sur « pièces détachées électroménager ». Grâce au tableau des expressions, j'ai "
  "compris qu'on ne gagnerait jamais contre les gros sites sur ces recherches, et que notre force, c'était la précision : "
  "la bonne référence, la bonne panne, l'explication de l'atelier.")
p("J'ai aussi appris à travailler avec des gens qui ne sont pas du web. Les meilleures idées de ce rapport ne viennent "
  "pas de moi : le paragraphe « pannes résolues » vient d'Aurore et de son cahier, le bloc « comment vérifier avant de "
  "commander » vient de Jérémy, et c'est Didier qui a décidé de commencer par les joints. Mon travail, ça a été de "
  "transformer ce qu'ils savaient en pages que Google et les clients comprennent.")
p("Enfin, j'ai appris à m'organiser. Au début, je passais d'une tâche à l'autre selon les demandes de chacun, et rien "
  "n'avançait vraiment. Le point du lundi avec Didier m'a obligé à dire chaque semaine ce que j'avais fini et ce que je "
  "faisais ensuite. J'ai aussi pris l'habitude de tout noter dans un fichier partagé, les modifications faites sur le "
  "site, les dates de mise en ligne des fiches, les changements dans les campagnes, pour pouvoir retrouver plus tard ce "
  "qui avait changé quand un chiffre bouge. Ce fichier m'a beaucoup servi pour écrire ce rapport.")
p("L'année prochaine, je continue chez RMA Pièces en troisième année. J'aimerais m'attaquer au temps de chargement "
  "mobile, qui reste le gros point faible du site, et étendre le gabarit à toutes les pièces de lave-vaisselle.")


# ================================================================================================
# MISE EN PAGE DU RAPPORT
# ================================================================================================
HEAD_PAGES = {}
TAB_N = [0]
PH_N = [0]


class Heading(Paragraph):
    def __init__(self, text, st, key, level):
        Paragraph.__init__(self, fr(text), st)
        self.key, self.level = key, level


class TOCLine(Flowable):
    def __init__(self, text, page, level):
        Flowable.__init__(self)
        self.text, self.page, self.level = text, page, level
        self.fn = "L"
        self.fs = 11 if level == 0 else 10.5
        self.ind = [0, 0.55 * cm][level]

    def wrap(self, aw, ah):
        self.aw = aw
        self.h = 20 if self.level == 0 else 16.5
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFont(self.fn, self.fs)
        c.setFillColor(INK)
        c.drawString(self.ind, 4, self.text)
        x = self.ind + c.stringWidth(self.text, self.fn, self.fs) + 4
        pg = str(self.page)
        c.drawRightString(self.aw, 4, pg)
        end = self.aw - c.stringWidth(pg, self.fn, self.fs) - 4
        step = 3.3
        x = step * (int(x / step) + 1)
        while x < end:
            c.drawString(x, 4, ".")
            x += step


class Placeholder(Flowable):
    """Emplacement de capture d'écran : cadre gris clair et libellé entre crochets."""
    def __init__(self, text, h):
        Flowable.__init__(self)
        self.text, self.hh = text, h

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.hh

    def draw(self):
        c = self.canv
        w = self.aw * 0.78
        x0 = (self.aw - w) / 2
        c.saveState()
        c.setFillColor(colors.HexColor("#F2F2F2"))
        c.setStrokeColor(colors.HexColor("#A6A6A6"))
        c.setLineWidth(0.7)
        c.rect(x0, 0, w, self.hh, fill=1, stroke=1)
        c.setFillColor(GREY)
        c.setFont("LI", 9.5)
        c.drawCentredString(self.aw / 2, self.hh / 2 - 3, self.text)
        c.restoreState()


class Schema(Flowable):
    """Arborescence « Mon lave-linge ne vidange plus » : page panne, quatre pages causes sœurs, fiches pièces."""
    H = 8.45 * cm

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.H

    def box(self, c, x, y, w, h, lines, fill, bold=False, fs=8.6):
        c.setFillColor(fill)
        c.setStrokeColor(BLUE_D)
        c.setLineWidth(0.8)
        c.roundRect(x, y, w, h, 4, fill=1, stroke=1)
        c.setFillColor(INK)
        c.setFont("NB" if bold else "N", fs)
        n = len(lines)
        for i, ln in enumerate(lines):
            c.drawCentredString(x + w / 2, y + h / 2 + (n - 1) * (fs + 1.5) / 2 - i * (fs + 1.5) - fs / 3, ln)

    def arrow(self, c, x1, y1, x2, y2):
        c.line(x1, y1, x2, y2)
        c.line(x2, y2, x2 - 2.5, y2 + 4.5)
        c.line(x2, y2, x2 + 2.5, y2 + 4.5)

    def draw(self):
        c = self.canv
        aw = self.aw
        c.saveState()
        top_w, top_h = 7.6 * cm, 1.3 * cm
        py, phh = 0.75 * cm, 1.55 * cm
        by, bh = py + 3.4 * cm, 1.25 * cm
        ty = by + 2.7 * cm
        self.box(c, (aw - top_w) / 2, ty, top_w, top_h,
                 ["Page panne : « Mon lave-linge ne vidange plus »", "/panne/lave-linge-ne-vidange-plus"],
                 colors.HexColor("#D9E2F3"), bold=True, fs=9)
        causes = [["Vérifier la", "pompe de vidange"], ["Nettoyer le", "filtre de vidange"],
                  ["Contrôler", "la durite"], ["Tester le", "pressostat"]]
        parts = [["Fiche : Pompe de", "vidange universelle", "30 W — 24,90 €"], ["Fiche : Filtre de", "vidange — bouchon", "réf. 481248058105"],
                 ["Fiche : Durite de", "vidange coudée", "réf. 481253029466"], ["Fiche : Pressostat", "lave-linge", "réf. 481227128556"]]
        anchors = ["« pompe de vidange", "« filtre de vidange", "« durite de vidange", "« pressostat"]
        anchors2 = ["universelle 30 W »", "bouchon »", "coudée »", "lave-linge »"]
        n = 4
        gap = 0.45 * cm
        bw = (aw - (n - 1) * gap) / n
        c.setStrokeColor(BLUE_D)
        c.setLineWidth(0.8)
        mid_y = ty - 0.7 * cm
        c.line(aw / 2, ty, aw / 2, mid_y)
        xs = [i * (bw + gap) for i in range(n)]
        c.line(xs[0] + bw / 2, mid_y, xs[-1] + bw / 2, mid_y)
        for i in range(n):
            cx = xs[i] + bw / 2
            self.arrow(c, cx, mid_y, cx, by + bh)
            self.box(c, xs[i], by, bw, bh, ["Page cause :"] + causes[i], colors.HexColor("#EDF2F9"), fs=8.4)
            c.setStrokeColor(BLUE_D)
            self.arrow(c, cx, by, cx, py + phh)
            c.setFillColor(BLUE_D)
            c.setFont("NI", 7.6)
            c.drawString(cx + 4, by - 1.25 * cm, anchors[i])
            c.drawString(cx + 4, by - 1.25 * cm - 9, anchors2[i])
            self.box(c, xs[i], py, bw, phh, parts[i], colors.HexColor("#FFF2CC"), fs=8.2)
        # liens entre pages sœurs (pointillés)
        c.setDash(2.5, 2)
        c.setStrokeColor(colors.HexColor("#C55A11"))
        for i in range(n - 1):
            y = by + bh / 2
            c.line(xs[i] + bw, y, xs[i + 1], y)
        c.setDash()
        c.setFillColor(GREY)
        c.setFont("NI", 7.8)
        c.drawString(0, py - 0.6 * cm, "Pointillés : liens entre pages sœurs. Flèches pleines : liens vers la page du niveau "
                                       "en dessous, avec l'ancre indiquée. Aucun lien vers l'accueil ni vers d'autres catégories.")
        c.restoreState()


def table_flow(rows, widths, caption, right, bold_rows):
    TAB_N[0] += 1
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            st = cellb if (i == 0 or i in bold_rows) else (cellr if j in right else cell)
            if i == 0 and j in right:
                st = ParagraphStyle("hr", parent=cellb, alignment=TA_RIGHT)
            line.append(Paragraph(fr(str(v)), st))
        data.append(line)
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, GRID),
             ("BACKGROUND", (0, 0), (-1, 0), HEADBG),
             ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    t.setStyle(TableStyle(style))
    c = Paragraph(fr(caption), cap)
    assert caption.startswith("Tableau %d –" % TAB_N[0]), caption
    return [Spacer(1, 3), KeepTogether([t, c])]


def toc_entries():
    out, n = [], 0
    for it in C:
        if it[0] in ("h1", "h2"):
            n += 1
            out.append(("k%d" % n, 0 if it[0] == "h1" else 1, it[1]))
    return out


TOC = toc_entries()


def story(pages):
    TAB_N[0] = 0
    tit = ParagraphStyle("tit", fontName="L", fontSize=28, leading=34, alignment=TA_CENTER, textColor=BLUE)
    sub = ParagraphStyle("sub", fontName="L", fontSize=14, leading=19, alignment=TA_CENTER, textColor=INK)
    sm = ParagraphStyle("sm", fontName="L", fontSize=11, leading=16, alignment=TA_CENTER, textColor=INK)
    S = [Spacer(1, 2.6 * cm),
         Paragraph(fr("Bachelor Chef de projet e-commerce — 2e année — session 2026"), sm),
         Spacer(1, 2.2 * cm),
         Paragraph(fr("Rapport d'activité professionnelle"), tit), Spacer(1, 0.5 * cm),
         Paragraph(fr("Blocs 3 et 4 : être trouvé sur Google et des fiches qui vendent"), sub),
         Spacer(1, 2.0 * cm),
         Paragraph(fr("<b>Rechange Ménager Artois — RMA Pièces</b>"), sub),
         Paragraph(fr("Pièces détachées d'électroménager — Lens (62)"), sm),
         Spacer(1, 5.2 * cm),
         Paragraph(fr("<b>Théo Vandamme</b>"), sub),
         Paragraph(fr("Assistant e-commerce en alternance"), sm),
         Paragraph(fr("Tuteur : Didier Wattebled, gérant"), sm),
         Paragraph(fr("Campus Numérique de l'Artois — Arras"), sm),
         Spacer(1, 1.0 * cm),
         Paragraph(fr("Mai 2026"), sm),
         NextPageTemplate("body"), PageBreak()]
    S.append(Paragraph("Sommaire", h1s))
    S.append(Spacer(1, 4))
    for key, level, text in TOC:
        S.append(TOCLine(text, pages.get(key, 0), level))
    n_key = 0
    for it in C:
        k = it[0]
        if k in ("h1", "h2"):
            n_key += 1
            if k == "h1":
                S.append(PageBreak())
            S.append(Heading(it[1], h1s if k == "h1" else h2s, "k%d" % n_key, 0 if k == "h1" else 1))
        elif k == "p":
            S.append(Paragraph(fr(it[1]), body))
        elif k == "ph":
            S += [Spacer(1, 2), Placeholder(it[1], it[2] * cm), Spacer(1, 10)]
        elif k == "ul":
            for x in it[1]:
                S.append(Paragraph(fr(x), bul, bulletText="•"))
            S.append(Spacer(1, 4))
        elif k == "ol":
            for i, x in enumerate(it[1], 1):
                S.append(Paragraph(fr(x), bul, bulletText="%d." % i))
            S.append(Spacer(1, 4))
        elif k == "ad":
            block = [Paragraph(fr(it[1]), adh)]
            for ln in it[2]:
                lab, _, rest = ln.partition(" : ")
                block.append(Paragraph(fr("<i>%s :</i> %s" % (lab, rest)), adl))
            block.append(Spacer(1, 4))
            S.append(KeepTogether(block))
        elif k == "tab":
            S += table_flow(*it[1:])
        elif k == "schema":
            S += [Spacer(1, 4), Schema(),
                  Paragraph(fr("Schéma 1 – L'arborescence par panne « Mon lave-linge ne vidange plus »"), cap)]
        elif k == "cond":
            S.append(CondPageBreak(it[1]))
    return S


def deco(c, d):
    c.saveState()
    c.setFont("L", 8.5)
    c.setFillColor(GREY)
    c.drawString(LM, PH - 1.45 * cm, HEADER)
    c.drawCentredString(PW / 2, 1.3 * cm, FOOTER % c.getPageNumber())
    c.restoreState()


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Heading):
            HEAD_PAGES[f.key] = self.page


def build(target, pages):
    HEAD_PAGES.clear()
    doc = Doc(target, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title="Rapport d'activité professionnelle - RMA Pièces - blocs 3 et 4", author=AUTHOR, creator=WORD,
              producer=WORD, subject="Bachelor Chef de projet e-commerce - session 2026", invariant=1, lang="fr-FR")
    f_cover = Frame(LM, BM, UW, PH - TM - BM, id="cover")
    f_body = Frame(LM, BM, UW, PH - TM - BM, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="cover", frames=[f_cover], pagesize=A4),
                          PageTemplate(id="body", frames=[f_body], onPage=deco, pagesize=A4)])
    doc.build(story(pages))
    return dict(HEAD_PAGES), doc.page


# ================================================================================================
# ANNEXES.PDF
# ================================================================================================
acell = ParagraphStyle("acell", fontName="N", fontSize=9.4, leading=11.2)
acellb = ParagraphStyle("acellb", parent=acell, fontName="NB")
acellr = ParagraphStyle("acellr", parent=acell, alignment=TA_RIGHT)
acellbr = ParagraphStyle("acellbr", parent=acellb, alignment=TA_RIGHT)
acellc = ParagraphStyle("acellc", parent=acell, alignment=TA_CENTER)
acellbc = ParagraphStyle("acellbc", parent=acellb, alignment=TA_CENTER)
XL_GRID = colors.HexColor("#A6A6A6")
XL_HEAD = colors.HexColor("#D9D9D9")


class Band(Flowable):
    def __init__(self, text):
        Flowable.__init__(self)
        self.text = text

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 1.05 * cm

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(colors.HexColor("#BFBFBF"))
        c.rect(0, 0, self.aw, 0.85 * cm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("LB", 12)
        c.drawString(0.3 * cm, 0.28 * cm, self.text)
        c.restoreState()


class Photo(Flowable):
    def __init__(self, w, h, label, caption):
        Flowable.__init__(self)
        self.w, self.h, self.label, self.caption = w, h, label, caption

    def wrap(self, aw, ah):
        return self.w, self.h + 0.7 * cm

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(colors.HexColor("#EDEDED"))
        c.setStrokeColor(colors.HexColor("#7F7F7F"))
        c.rect(0, 0.7 * cm, self.w, self.h, fill=1, stroke=1)
        c.setFillColor(GREY)
        c.setFont("LI", 9)
        c.drawCentredString(self.w / 2, 0.7 * cm + self.h / 2, self.label)
        c.setFillColor(INK)
        c.setFont("L", 8.6)
        c.drawCentredString(self.w / 2, 0.2 * cm, self.caption)
        c.restoreState()


def xl_table(rows, widths, right=(), center=(), bold_rows=(), fs=None, head=1, zebra=False):
    st, stb, str_, stbr, stc, stbc = acell, acellb, acellr, acellbr, acellc, acellbc
    if fs:
        st = ParagraphStyle("s%s" % fs, parent=acell, fontSize=fs, leading=fs * 1.2)
        stb = ParagraphStyle("sb%s" % fs, parent=st, fontName="NB")
        str_ = ParagraphStyle("sr%s" % fs, parent=st, alignment=TA_RIGHT)
        stbr = ParagraphStyle("sbr%s" % fs, parent=stb, alignment=TA_RIGHT)
        stc = ParagraphStyle("sc%s" % fs, parent=st, alignment=TA_CENTER)
        stbc = ParagraphStyle("sbc%s" % fs, parent=stb, alignment=TA_CENTER)
    data = []
    for i, r in enumerate(rows):
        b = i < head or i in bold_rows
        line = []
        for j, v in enumerate(r):
            if j in right and i >= head:
                s = stbr if b else str_
            elif j in center or (j in right and i < head):
                s = stbc if b else stc
            else:
                s = stb if b else st
            line.append(Paragraph(fr(str(v)), s))
        data.append(line)
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=head, hAlign="LEFT")
    style = [("GRID", (0, 0), (-1, -1), 0.5, XL_GRID), ("BACKGROUND", (0, 0), (-1, head - 1), XL_HEAD),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.0),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for r in bold_rows:
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2")))
    if zebra:
        for r in range(head, len(rows)):
            if (r - head) % 2 == 1 and r not in bold_rows:
                style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F7F9FC")))
    t.setStyle(TableStyle(style))
    return t


def eur(v):
    return "{:,.2f}".format(v).replace(",", "\u00a0").replace(".", ",") + " €"


def num(v):
    return "{:,}".format(v).replace(",", "\u00a0")


def pct(v, d=1):
    return ("{:.%df}" % d).format(v * 100).replace(".", ",") + " %"


# ---------------------------------------------------------------- Annexe 1 : feuille de route
ACTIONS = [
    ("Réécrire les fiches joints de hublot avec le gabarit fiche pièce", "Fiches", 2, 5),
    ("Réécrire les fiches pompes de vidange les plus vendues", "Fiches", 2, 4),
    ("Créer l'arborescence par panne « lave-linge ne vidange plus »", "SEO", 3, 4),
    ("Convertir les images des fiches en WebP (moins de 120 Ko)", "Technique", 2, 3),
    ("Corriger les erreurs 404 des références retirées par Europièces", "Technique", 3, 3),
    ("Ajouter le vérificateur de modèle sur les fiches", "Fiches", 4, 5),
    ("Lancer la campagne Shopping (1 200 références)", "Ads", 2, 4),
    ("Lancer la campagne Search « pannes »", "Ads", 3, 3),
    ("Lancer la campagne marque", "Ads", 1, 2),
    ("Obtenir des liens du forum Répar'Tout et du Repair Café de Lens", "SEO", 2, 3),
    ("Tourner la vidéo « Changer le joint de hublot »", "Fiches", 4, 3),
    ("Réduire le temps de chargement mobile", "Technique", 4, 4),
    ("Améliorer la recherche interne (recherche par référence)", "Technique", 3, 4),
    ("Afficher les équivalences de références (courroies, pompes)", "Fiches", 2, 2),
]
assert len(ACTIONS) == 14

# ---------------------------------------------------------------- Annexe 2 : tableau des expressions (60)
EXPR = [
    # lave-linge
    ("joint de hublot lave-linge", "pièce", "Lave-linge", 6600, 41, "Catégorie joints de hublot"),
    ("joint hublot whirlpool", "pièce + marque", "Lave-linge", 1300, 24, "Fiche joint 481246069917"),
    ("481246069917", "référence", "Lave-linge", 480, 8, "Fiche joint 481246069917"),
    ("joint hublot 481246069917", "référence", "Lave-linge", 210, 6, "Fiche joint 481246069917"),
    ("joint de hublot bosch maxx 7", "pièce + marque", "Lave-linge", 590, 19, "Fiche joint Bosch 00354135"),
    ("joint hublot samsung eco bubble", "pièce + marque", "Lave-linge", 480, 17, "Fiche joint Samsung DC64-02750A"),
    ("changer joint hublot lave-linge", "panne", "Lave-linge", 1900, 22, "Page panne « fuite par le hublot »"),
    ("lave-linge fuit par le hublot", "panne", "Lave-linge", 880, 14, "Page panne « fuite par le hublot »"),
    ("lave linge ne vidange plus", "panne", "Lave-linge", 8100, 33, "Page panne « ne vidange plus »"),
    ("machine à laver ne vidange plus", "panne", "Lave-linge", 5400, 31, "Page panne « ne vidange plus »"),
    ("eau reste au fond du lave-linge", "panne", "Lave-linge", 590, 12, "Page panne « ne vidange plus »"),
    ("pompe de vidange lave-linge", "pièce", "Lave-linge", 4400, 36, "Catégorie pompes de vidange"),
    ("pompe de vidange universelle", "pièce", "Lave-linge", 1600, 27, "Fiche pompe universelle 30 W"),
    ("pompe vidange askoll m231xp", "référence", "Lave-linge", 720, 15, "Fiche pompe universelle 30 W"),
    ("lave-linge pompe de vidange bruit", "panne", "Lave-linge", 480, 10, "Page cause « pompe de vidange »"),
    ("filtre pompe vidange lave-linge", "pièce", "Lave-linge", 1000, 18, "Page cause « filtre de vidange »"),
    ("nettoyer filtre lave-linge bouché", "panne", "Lave-linge", 1300, 16, "Page cause « filtre de vidange »"),
    ("durite vidange lave-linge", "pièce", "Lave-linge", 1300, 21, "Page cause « durite »"),
    ("pressostat lave-linge", "pièce", "Lave-linge", 2400, 26, "Page cause « pressostat »"),
    ("pressostat lave-linge symptôme", "panne", "Lave-linge", 720, 9, "Page cause « pressostat »"),
    ("charbons moteur lave-linge", "pièce", "Lave-linge", 1900, 20, "Fiche charbons moteur (la paire)"),
    ("lave-linge tambour ne tourne plus", "panne", "Lave-linge", 2900, 25, "Page panne « tambour ne tourne plus »"),
    ("courroie lave-linge", "pièce", "Lave-linge", 3600, 34, "Catégorie courroies"),
    ("courroie 1195 h7", "référence", "Lave-linge", 1000, 11, "Fiche courroie 1195 H7"),
    ("courroie 1195 j5", "référence", "Lave-linge", 390, 9, "Fiche courroie 1195 H7"),
    ("courroie 1270 j5", "référence", "Lave-linge", 880, 12, "Fiche courroie 1270 J5 EL"),
    ("roulement tambour lave-linge", "pièce", "Lave-linge", 2400, 37, "Catégorie roulements"),
    ("lave-linge ne chauffe plus", "panne", "Lave-linge", 1600, 23, "Page panne « ne chauffe plus »"),
    ("résistance lave-linge 2000w", "pièce", "Lave-linge", 1000, 19, "Catégorie résistances"),
    # lave-vaisselle
    ("lave-vaisselle ne vidange plus", "panne", "Lave-vaisselle", 3600, 28, "Page panne LV « ne vidange plus »"),
    ("pompe de vidange lave-vaisselle", "pièce", "Lave-vaisselle", 1900, 29, "Catégorie pompes lave-vaisselle"),
    ("lave-vaisselle ne lave plus", "panne", "Lave-vaisselle", 1300, 20, "Page panne LV « ne lave plus »"),
    ("bras de lavage lave-vaisselle", "pièce", "Lave-vaisselle", 1600, 22, "Catégorie bras de lavage"),
    ("roulette panier lave-vaisselle", "pièce", "Lave-vaisselle", 2400, 19, "Catégorie paniers et roulettes"),
    ("roulette panier bosch", "pièce + marque", "Lave-vaisselle", 880, 12, "Fiche roulette Bosch 00165314"),
    ("joint de porte lave-vaisselle", "pièce", "Lave-vaisselle", 1000, 17, "Catégorie joints lave-vaisselle"),
    ("lave-vaisselle fuit sous la porte", "panne", "Lave-vaisselle", 720, 11, "Catégorie joints lave-vaisselle"),
    ("lave-vaisselle code erreur e15", "panne", "Lave-vaisselle", 4400, 30, "Page panne LV « erreur E15 »"),
    ("aquastop lave-vaisselle", "pièce", "Lave-vaisselle", 1300, 24, "Catégorie tuyaux aquastop"),
    # sèche-linge
    ("courroie sèche-linge", "pièce", "Sèche-linge", 2400, 26, "Catégorie courroies sèche-linge"),
    ("sèche-linge tambour ne tourne plus", "panne", "Sèche-linge", 1300, 18, "Page panne SL « tambour »"),
    ("sèche-linge ne sèche plus", "panne", "Sèche-linge", 2900, 27, "Page panne SL « ne sèche plus »"),
    ("filtre sèche-linge", "pièce", "Sèche-linge", 1900, 31, "Catégorie filtres sèche-linge"),
    ("thermostat sèche-linge", "pièce", "Sèche-linge", 880, 16, "Catégorie thermostats"),
    ("condenseur sèche-linge", "pièce", "Sèche-linge", 720, 14, "Catégorie condenseurs"),
    # réfrigérateur
    ("joint de porte réfrigérateur", "pièce", "Réfrigérateur", 3600, 33, "Catégorie joints frigo"),
    ("joint frigo liebherr", "pièce + marque", "Réfrigérateur", 590, 13, "Catégorie joints frigo (filtre Liebherr)"),
    ("thermostat réfrigérateur", "pièce", "Réfrigérateur", 2400, 30, "Catégorie thermostats frigo"),
    ("frigo ne refroidit plus", "panne", "Réfrigérateur", 4400, 35, "Page panne « ne refroidit plus »"),
    ("clayette frigo", "pièce", "Réfrigérateur", 1900, 25, "Catégorie clayettes"),
    ("bac à légumes réfrigérateur", "pièce", "Réfrigérateur", 1600, 21, "Catégorie bacs"),
    # four
    ("résistance four", "pièce", "Four", 3600, 32, "Catégorie résistances four"),
    ("four ne chauffe plus", "panne", "Four", 2400, 29, "Page panne four « ne chauffe plus »"),
    ("joint porte four", "pièce", "Four", 1300, 19, "Catégorie joints four"),
    ("lampe four 25w 300°", "pièce", "Four", 2900, 24, "Fiche lampe four 25 W"),
    # local
    ("pièces détachées électroménager lens", "local", "Tous", 320, 5, "Page magasin Lens"),
    ("réparation électroménager lens", "local", "Tous", 480, 9, "Page atelier Lens"),
    ("dépannage lave-linge lens", "local", "Lave-linge", 210, 6, "Page atelier Lens"),
    ("magasin pièces électroménager pas-de-calais", "local", "Tous", 140, 4, "Page magasin Lens"),
    ("pièces électroménager liévin", "local", "Tous", 90, 3, "Page magasin Lens"),
]
assert len(EXPR) == 60, len(EXPR)
_types = [e[1] for e in EXPR]
assert _types.count("panne") == 18, _types.count("panne")
assert _types.count("local") == 5
assert len(EXPR) - 18 - 5 == 37

# ---------------------------------------------------------------- Annexe 4 : temps passé sur les 40 fiches (s)
FICHES = [
    ("Joint hublot Whirlpool 481246069917", 41, 118), ("Joint hublot Whirlpool 481246068617", 38, 104),
    ("Joint hublot Bosch 00354135", 44, 121), ("Joint hublot Bosch 00680405", 39, 97),
    ("Joint hublot Samsung DC64-02750A", 47, 112), ("Joint hublot LG 4986ER0004C", 36, 88),
    ("Joint hublot Indesit C00111416", 42, 101), ("Joint hublot Indesit C00290158", 35, 79),
    ("Joint hublot Electrolux 3790201606", 40, 96), ("Joint hublot Electrolux 1327613003", 33, 71),
    ("Joint hublot Brandt 52X1683", 45, 109), ("Joint hublot Brandt 52X4470", 37, 85),
    ("Joint hublot Miele 5536631", 52, 126), ("Joint hublot Beko 2904520100", 34, 78),
    ("Joint hublot Candy 41021232", 39, 90), ("Joint hublot Haier 49022049", 31, 66),
    ("Joint hublot Siemens 00361127", 43, 99), ("Joint hublot AEG 132752600", 38, 87),
    ("Joint hublot Vedette 52X1685", 36, 34), ("Joint hublot Fagor LA9C000B0", 29, 61),
    ("Joint hublot Hotpoint C00145327", 41, 92), ("Joint hublot Whirlpool 481246668775", 37, 84),
    ("Joint hublot Zanussi 1240134017", 35, 80), ("Joint hublot Bosch 00772659", 40, 95),
    ("Pompe de vidange universelle 30 W", 58, 131), ("Pompe Askoll M231XP", 51, 117),
    ("Pompe Askoll M224XP", 46, 102), ("Pompe Whirlpool 481236018558", 49, 108),
    ("Pompe Bosch 00145787", 53, 119), ("Pompe Indesit C00266440", 44, 97),
    ("Pompe Samsung DC31-00181A", 47, 104), ("Pompe LG 5859EA1004B", 42, 95),
    ("Pompe Electrolux 1326630119", 45, 43), ("Pompe Brandt 52X2843", 48, 106),
    ("Pompe Candy 41018873", 39, 88), ("Pompe Beko 2880401900", 41, 92),
    ("Pompe Miele 6239402", 55, 122), ("Pompe Siemens 00142370", 50, 111),
    ("Pompe Haier 0024000128", 37, 82), ("Pompe Zanussi 1326630002", 43, 96),
]
assert len(FICHES) == 40


def mmss(s):
    return "%d min %02d s" % (s // 60, s % 60)


# ---------------------------------------------------------------- Annexe 5 : suivi hebdomadaire Ads
WEEKS = ["S06 (2-8 févr.)", "S07 (9-15 févr.)", "S08 (16-22 févr.)", "S09 (23 févr.-1er mars)", "S10 (2-8 mars)",
         "S11 (9-15 mars)", "S12 (16-22 mars)", "S13 (23-29 mars)", "S14 (30 mars-5 avr.)", "S15 (6-12 avr.)",
         "S16 (13-19 avr.)", "S17 (20-26 avr.)"]
# (coût €, CPC €, CTR, conversions, CA €) par semaine
SHOP = {"cost": [84.20, 91.60, 94.35, 96.10, 97.80, 98.45, 96.90, 99.70, 97.25, 98.60, 97.15, 97.90],
        "cpc": [0.31, 0.30, 0.29, 0.28, 0.28, 0.27, 0.28, 0.27, 0.28, 0.27, 0.27, 0.28],
        "ctr": [0.0096, 0.0101, 0.0104, 0.0108, 0.0110, 0.0112, 0.0109, 0.0113, 0.0111, 0.0114, 0.0112, 0.0113],
        "conv": [11, 13, 13, 14, 15, 14, 15, 15, 14, 16, 15, 15],
        "ca": [418.60, 492.30, 497.80, 531.40, 566.90, 532.10, 571.20, 569.80, 529.70, 608.40, 571.30, 590.50]}
SEARCH = {"cost": [42.30, 47.80, 49.10, 51.60, 52.40, 53.75, 51.20, 52.90, 50.35, 53.60, 52.30, 52.70],
          "cpc": [0.62, 0.58, 0.57, 0.55, 0.54, 0.55, 0.54, 0.53, 0.55, 0.54, 0.53, 0.54],
          "ctr": [0.041, 0.044, 0.045, 0.046, 0.047, 0.046, 0.047, 0.048, 0.046, 0.047, 0.048, 0.047],
          "conv": [4, 5, 6, 6, 6, 7, 6, 7, 6, 7, 6, 7],
          "ca": [152.40, 196.80, 221.30, 229.60, 218.90, 267.40, 226.10, 262.70, 231.80, 268.30, 224.50, 260.20]}
BRAND = {"cost": [5.60, 6.20, 6.90, 6.40, 7.10, 6.80, 6.60, 7.20, 6.90, 7.00, 6.70, 6.60],
         "cpc": [0.13, 0.12, 0.12, 0.12, 0.11, 0.12, 0.12, 0.12, 0.12, 0.11, 0.12, 0.12],
         "ctr": [0.172, 0.185, 0.190, 0.188, 0.194, 0.191, 0.189, 0.196, 0.192, 0.195, 0.193, 0.190],
         "conv": [0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1],
         "ca": [0.0, 34.90, 36.80, 24.90, 42.60, 0.0, 39.70, 29.80, 44.70, 46.10, 38.40, 42.10]}
CAMPS = [("Shopping", SHOP), ("Search « pannes »", SEARCH), ("Marque", BRAND)]


def ads_rows():
    rows, tots = [], {}
    for name, d in CAMPS:
        tots[name] = [0, 0, 0, 0.0, 0.0]
    for w, wk in enumerate(WEEKS):
        for name, d in CAMPS:
            cost = d["cost"][w]
            clicks = int(round(cost / d["cpc"][w]))
            impr = int(round(clicks / d["ctr"][w]))
            conv, ca = d["conv"][w], d["ca"][w]
            rows.append([wk, name, num(impr), num(clicks), pct(clicks / impr, 2), eur(cost / clicks), str(conv),
                         eur(cost), eur(ca)])
            t = tots[name]
            t[0] += impr
            t[1] += clicks
            t[2] += conv
            t[3] += cost
            t[4] += ca
    return rows, tots


ADS_ROWS, ADS_TOTS = ads_rows()
_tc = sum(t[3] for t in ADS_TOTS.values())
_tca = sum(t[4] for t in ADS_TOTS.values())
assert abs(_tc - 1840.0) < 0.005, _tc
assert abs(_tca - 9620.0) < 0.005, _tca

# ---------------------------------------------------------------- Annexe 6 : Search Console, catégorie joints
GSC_JAN = [("joint de hublot lave-linge", 96, 14820, 17.9), ("joint hublot whirlpool", 84, 4210, 14.2),
           ("joint hublot", 41, 5960, 24.6), ("481246069917", 88, 1120, 6.8), ("joint de hublot", 37, 3410, 21.3),
           ("joint hublot bosch", 29, 2280, 16.4), ("changer joint hublot lave linge", 18, 1970, 19.7),
           ("joint hublot samsung", 22, 1530, 15.1), ("joint hublot 481246069917", 54, 640, 5.9),
           ("joint de hublot bosch maxx 7", 19, 980, 12.8), ("joint hublot indesit", 31, 1240, 13.6),
           ("lave linge fuit par le hublot", 9, 1180, 22.4), ("joint hublot electrolux", 24, 970, 14.9),
           ("joint hublot lg", 17, 890, 18.2), ("joint hublot brandt", 21, 640, 11.7)]
GSC_APR = [("joint de hublot lave-linge", 402, 21340, 8.7), ("joint hublot whirlpool", 298, 6180, 5.4),
           ("joint hublot", 151, 8730, 12.9), ("481246069917", 203, 1460, 2.1), ("joint de hublot", 118, 4920, 10.8),
           ("joint hublot bosch", 139, 3350, 6.2), ("changer joint hublot lave linge", 121, 2910, 7.4),
           ("joint hublot samsung", 96, 2240, 5.9), ("joint hublot 481246069917", 117, 820, 1.8),
           ("joint de hublot bosch maxx 7", 88, 1420, 3.6), ("joint hublot indesit", 104, 1810, 4.8),
           ("lave linge fuit par le hublot", 73, 1960, 9.3), ("joint hublot electrolux", 82, 1390, 5.2),
           ("joint hublot lg", 61, 1280, 6.9), ("joint hublot brandt", 66, 930, 3.9)]


def gsc_table(data, total):
    rows = [["Requêtes les plus fréquentes", "Clics", "Impressions", "CTR", "Position"]]
    for q, cl, im, pos in data:
        rows.append([q, num(cl), num(im), pct(cl / im, 1), ("%.1f" % pos).replace(".", ",")])
    rows.append(total)
    return xl_table(rows, [9.5, 3.0, 3.4, 2.6, 2.6], right=(1, 2, 3, 4), bold_rows=(len(rows) - 1,), fs=10)


def annex_story():
    S = []
    # ---- Annexe 1 (paysage)
    S.append(Band("ANNEXE 1 — Feuille de route : les 14 actions (septembre 2025)"))
    S.append(Spacer(1, 10))
    rows = [["N°", "Action", "Domaine", "Effort (1 à 5)", "Impact (1 à 5)", "Priorité"]]
    for i, (a, dom, e, im) in enumerate(ACTIONS, 1):
        rows.append([str(i), a, dom, str(e), str(im), ""])
    S.append(xl_table(rows, [1.2, 13.8, 2.8, 2.7, 2.7, 2.8], center=(0, 2, 3, 4, 5), fs=10.5))
    # ---- Annexe 2 (paysage, 2 pages)
    S += [PageBreak(), Band("ANNEXE 2 — Tableau des expressions (60 expressions, volumes Semrush France, novembre 2025)"),
          Spacer(1, 8)]
    rows = [["N°", "Expression", "Type", "Appareil", "Volume", "KD", "Page visée"]]
    for i, (ex, ty, ap, vol, kd, page) in enumerate(EXPR, 1):
        rows.append([str(i), ex, ty, ap, num(vol), str(kd), page])
    S.append(xl_table(rows, [1.0, 7.6, 2.9, 3.0, 2.0, 1.4, 8.1], right=(4, 5), center=(0,), fs=9.0, zebra=True))
    # ---- Annexe 3 (portrait, 2 pages)
    S += [NextPageTemplate("portrait"), PageBreak(),
          Band("ANNEXE 3 — Vidéo « Changer le joint de hublot en 10 minutes »"), Spacer(1, 8)]
    sty = ParagraphStyle("a3t", fontName="LB", fontSize=11, leading=14, spaceBefore=4, spaceAfter=5)
    S.append(Paragraph("Script", sty))
    rows = [["Plan", "Durée", "Image", "Voix off / texte à l'écran"],
            ["1", "0:00-0:20", "Machine ouverte, hublot avec joint fendu (gros plan)",
             "« Votre lave-linge fuit par l'avant ? Le joint de hublot est sans doute fendu. On le change ensemble. »"],
            ["2", "0:20-1:00", "Plaque signalétique dans l'encadrement du hublot",
             "« D'abord, relevez le code modèle ici. C'est lui qui donne la bonne référence. »"],
            ["3", "1:00-1:40", "Outils posés sur l'établi : tournevis, pince, savon liquide",
             "Texte : « Outils : tournevis plat, pince à bec, eau savonneuse »"],
            ["4", "1:40-3:30", "Retrait du collier extérieur, puis du joint",
             "« Faites levier sur le ressort du collier, sans forcer. »"],
            ["5", "3:30-5:30", "Retrait du collier intérieur par le haut de la façade",
             "« Le collier intérieur est plus dur : passez par le haut. »"],
            ["6", "5:30-7:30", "Mise en place du joint neuf, repère vers le haut",
             "« Alignez le repère du joint avec le haut de la cuve, puis savonnez la lèvre. »"],
            ["7", "7:30-9:00", "Remise des deux colliers", "« Remettez le collier intérieur, puis l'extérieur. »"],
            ["8", "9:00-10:00", "Test : cycle rinçage, sol sec",
             "« Lancez un rinçage : plus une goutte. Le joint 481246069917 est sur rma-pieces.fr. »"]]
    S.append(xl_table(rows, [1.1, 1.9, 5.3, 7.7], center=(0, 1), fs=9.2))
    S.append(Spacer(1, 10))
    S.append(Paragraph("Storyboard", sty))
    fw, fh = 5.1 * cm, 3.0 * cm
    frames = [Photo(fw, fh, "[croquis plan %d]" % k, lab) for k, lab in enumerate(
        ["Plan 1 — gros plan joint fendu", "Plan 2 — plaque signalétique", "Plan 4 — collier extérieur",
         "Plan 5 — collier intérieur", "Plan 6 — repère du joint", "Plan 8 — test, sol sec"], 1)]
    grid = Table([frames[0:3], frames[3:6]], colWidths=[5.35 * cm] * 3)
    grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    S.append(grid)
    S += [PageBreak(), Band("ANNEXE 3 (suite) — Photos de la vraie pièce : avant / après"), Spacer(1, 14)]
    pw_, ph_ = 7.4 * cm, 5.6 * cm
    pairs = [[Photo(pw_, ph_, "[photo 1a]", "1a — joint 481246069917 brut, sur l'établi"),
              Photo(pw_, ph_, "[photo 1b]", "1b — même joint détouré, fond blanc, 1 000 px")],
             [Photo(pw_, ph_, "[photo 2a]", "2a — éclaté constructeur scanné (repère 12)"),
              Photo(pw_, ph_, "[photo 2b]", "2b — éclaté redessiné en SVG, repère 12 entouré")]]
    grid = Table(pairs, colWidths=[8.0 * cm, 8.0 * cm], rowHeights=[7.6 * cm, 7.6 * cm])
    grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(grid)
    # ---- Annexe 4 (paysage)
    S += [NextPageTemplate("land"), PageBreak(),
          Band("ANNEXE 4 — Temps moyen passé sur les 40 fiches réécrites (GA4)"), Spacer(1, 8)]
    half = []
    for part in (FICHES[:20], FICHES[20:]):
        rows = [["Fiche", "Avant (janv. 2026)", "Après (avril 2026)"]]
        for f, a, b in part:
            rows.append([f, mmss(a), mmss(b)])
        half.append(xl_table(rows, [6.6, 2.9, 2.9], right=(1, 2), fs=8.8))
    two = Table([half], colWidths=[12.8 * cm, 12.8 * cm])
    two.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(two)
    # ---- Annexe 5 (paysage, 2 pages)
    S += [PageBreak(), Band("ANNEXE 5 — Suivi hebdomadaire des campagnes Ads (2 février – 26 avril 2026)"), Spacer(1, 8)]
    head = ["Semaine", "Campagne", "Impr.", "Clics", "CTR", "CPC", "Conv.", "Coût", "CA"]
    widths = [4.4, 3.8, 2.4, 2.0, 2.0, 2.0, 1.6, 2.9, 2.9]
    S.append(xl_table([head] + ADS_ROWS[:18], widths, right=(2, 3, 4, 5, 6, 7, 8), fs=9.2))
    S += [PageBreak(), Band("ANNEXE 5 (suite) — Suivi hebdomadaire des campagnes Ads"), Spacer(1, 8)]
    tot_rows = []
    g = [0, 0, 0, 0.0, 0.0]
    for name, _ in CAMPS:
        t = ADS_TOTS[name]
        tot_rows.append(["Total 12 semaines", name, num(t[0]), num(t[1]), pct(t[1] / t[0], 2), eur(t[3] / t[1]),
                         str(t[2]), eur(t[3]), eur(t[4])])
        for k in range(5):
            g[k] += t[k]
    tot_rows.append(["TOTAL", "3 campagnes", num(g[0]), num(g[1]), pct(g[1] / g[0], 2), eur(g[3] / g[1]), str(g[2]),
                     eur(g[3]), eur(g[4])])
    rows = [head] + ADS_ROWS[18:] + tot_rows
    S.append(xl_table(rows, widths, right=(2, 3, 4, 5, 6, 7, 8), fs=9.2,
                      bold_rows=tuple(range(len(rows) - 4, len(rows)))))
    # ---- Annexe 6 (paysage, 2 pages)
    for label, data in (("janvier 2026 (1er-31 janv.)", GSC_JAN), ("avril 2026 (1er-30 avr.)", GSC_APR)):
        cl = sum(d[1] for d in data)
        im = sum(d[2] for d in data)
        pos = 18.2 if data is GSC_JAN else 9.1
        allcl, allim = (620, 43900) if data is GSC_JAN else (2140, 63800)
        total = ["Catégorie joints de hublot (toutes requêtes)", num(allcl), num(allim), pct(allcl / allim, 1),
                 ("%.1f" % pos).replace(".", ",")]
        assert cl < allcl and im < allim
        suite = "" if data is GSC_JAN else " (suite)"
        S += [PageBreak(), Band("ANNEXE 6%s — Search Console : requêtes « joint de hublot », %s" % (suite, label)),
              Spacer(1, 10), gsc_table(data, total)]
    return S


def build_annexes():
    doc = BaseDocTemplate(ANX, pagesize=landscape(A4), leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.6 * cm,
                          bottomMargin=1.5 * cm, title="Annexes - Rapport RMA Pièces - T. Vandamme", author=AUTHOR,
                          creator="Microsoft® Excel pour Microsoft 365", producer="Microsoft® Excel pour Microsoft 365",
                          invariant=1, lang="fr-FR")
    f_land = Frame(1.8 * cm, 1.5 * cm, LW - 3.6 * cm, LH - 3.1 * cm, id="land", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
    f_port = Frame(2.5 * cm, 2.0 * cm, PW - 5.0 * cm, PH - 4.0 * cm, id="portrait", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="land", frames=[f_land], pagesize=landscape(A4)),
                          PageTemplate(id="portrait", frames=[f_port], pagesize=A4)])
    doc.build(annex_story())
    return doc.page


def main():
    os.makedirs(OUT, exist_ok=True)
    pages, last = build(io.BytesIO(), {})
    pages, last = build(io.BytesIO(), pages)
    pages2, last2 = build(PDF, pages)
    assert pages2 == pages and last2 == last, "pagination instable"
    n_anx = build_annexes()
    print("rapport :", last, "pages,", TAB_N[0], "tableaux ; annexes :", n_anx, "pages")
    assert TAB_N[0] == 9, TAB_N[0]
    assert n_anx == 10, n_anx
    # 3.9 « Rentabilité globale » : dernier élément de sa page, la partie 4 commence à la page suivante
    k39 = [k for k, lvl, t in TOC if t.startswith("3.9 ")][0]
    k4 = [k for k, lvl, t in TOC if t.startswith("4. ")][0]
    assert pages[k4] == pages[k39] + 1, (pages[k39], pages[k4])


if __name__ == "__main__":
    main()
