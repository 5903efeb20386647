# -*- coding: utf-8 -*-
# Générateur du dossier de la candidate c142 (Clara Despréaux, alternante « assistante e-commerce » chez
# La Tanière Ludique, boutique indépendante de jeux de société du quartier Plumereau à Tours, avec soirées jeux,
# ludothèque et boutique en ligne PrestaShop) — blocs 1 et 2, dossier moyen, session 2026.
# Un seul PDF : « Memoire_Despreaux_Taniere-Ludique_2026.pdf », MÉMOIRE ACADÉMIQUE « exporté de Word » (reportlab,
# invariant=1) : Times 12 (Liberation Serif, mêmes chasses), interligne 1,5, texte justifié, numéros de page centrés
# en bas, page de garde, Remerciements, Résumé + Abstract, Sommaire paginé (points de conduite), Introduction avec
# problématique et hypothèses H1–H3, quatre parties aux titres numérotés sur trois niveaux, 13 tableaux légendés
# au-dessus (« Tableau n – … ») avec source en dessous, figures en tableaux de pourcentages, deux « Figure – Capture »
# en cadres gris, une trentaine de notes de bas de page (placées sur la page de leur appel, en plusieurs passes),
# Conclusion générale, Bibliographie APA (16 références), Annexes A à E.
# Le Sommaire annonce « 4.8 … 31 » : la page 31 ne porte que le titre et une ligne en italique.
# Déterministe : invariant=1, métadonnées figées, aucune date courante, aucun tirage aléatoire.
import io
import os
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

FL = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("T", FL + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("TB", FL + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("TI", FL + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("TBI", FL + "LiberationSerif-BoldItalic.ttf"))
registerFontFamily("T", normal="T", bold="TB", italic="TI", boldItalic="TBI")

BASE = os.path.dirname(os.path.abspath(__file__))
SLUG = "c142-memoire-jeux-de-societe-tours"
OUT = os.path.join(BASE, "..", SLUG)
PDF = os.path.join(OUT, "Memoire_Despreaux_Taniere-Ludique_2026.pdf")
AUTHOR = "Clara Despréaux"
WORD = "Microsoft® Word pour Microsoft 365"

PW, PH = A4
LM = RM = 2.5 * cm
TM = 2.5 * cm
BM = 2.5 * cm
UW = PW - LM - RM
FH = PH - TM - BM

INK = colors.black
GREY = colors.HexColor("#595959")
LEAD = 20.7  # Times 12, interligne 1,5 (Word)

body = ParagraphStyle("body", fontName="T", fontSize=12, leading=LEAD, alignment=TA_JUSTIFY, spaceAfter=6,
                      firstLineIndent=0.75 * cm, textColor=INK)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
verb = ParagraphStyle("verb", parent=body, fontName="TI", leftIndent=1.0 * cm, rightIndent=1.0 * cm,
                      firstLineIndent=0, fontSize=11.5, leading=18, spaceAfter=6)
bul = ParagraphStyle("bul", parent=body, firstLineIndent=0, leftIndent=1.0 * cm, bulletIndent=0.4 * cm,
                     spaceAfter=3, bulletFontName="T")
h1s = ParagraphStyle("h1", fontName="TB", fontSize=15, leading=20, spaceBefore=0, spaceAfter=16, textColor=INK,
                     keepWithNext=1)
h2s = ParagraphStyle("h2", fontName="TB", fontSize=13, leading=17, spaceBefore=12, spaceAfter=7, textColor=INK,
                     keepWithNext=1)
h3s = ParagraphStyle("h3", fontName="TBI", fontSize=12, leading=16, spaceBefore=8, spaceAfter=5, textColor=INK,
                     keepWithNext=1)
capst = ParagraphStyle("cap", fontName="TB", fontSize=10, leading=12.5, spaceBefore=6, spaceAfter=4,
                       alignment=TA_CENTER, keepWithNext=1)
srcst = ParagraphStyle("src", fontName="TI", fontSize=9.5, leading=11.5, spaceBefore=3, spaceAfter=10,
                       alignment=TA_LEFT)
cell = ParagraphStyle("cell", fontName="T", fontSize=10, leading=12, textColor=INK)
cellb = ParagraphStyle("cellb", parent=cell, fontName="TB")
celli = ParagraphStyle("celli", parent=cell, fontName="TI")
fnst = ParagraphStyle("fn", fontName="T", fontSize=10, leading=11.5, alignment=TA_JUSTIFY, leftIndent=0.3 * cm,
                      firstLineIndent=-0.3 * cm)
bib = ParagraphStyle("bib", parent=body, firstLineIndent=-1.0 * cm, leftIndent=1.0 * cm, alignment=TA_LEFT,
                     leading=15, spaceAfter=8)


def fr(t):
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


# =============================================================================== contenu (DSL)
C = []
FN = []  # textes des notes, dans l'ordre d'appel


def _fn(m):
    FN.append(m.group(1).strip())
    n = len(FN)
    return '<super>%d</super><onDraw name="fn" label="%d"/>' % (n, n)


def notes(t):
    return re.sub(r"\{\{(.+?)\}\}", _fn, t, flags=re.S)


def part(t, key): C.append(("h1", t, key))
def h2(t, key): C.append(("h2", t, key))
def h3(t): C.append(("h3", t))
def p(t): C.append(("p", notes(t)))
def p0(t): C.append(("p0", notes(t)))
def v(t): C.append(("v", t))
def ul(items): C.append(("ul", [notes(x) for x in items]))
def ol(items): C.append(("ol", [notes(x) for x in items]))
def pb(): C.append(("pb",))
def cond(h): C.append(("cond", h))
def sp(h): C.append(("sp", h))
def tab(caption, rows, widths, source=None, center=(), right=(), bold_rows=(), fs=10, head=1):
    C.append(("tab", caption, rows, widths, source, center, right, bold_rows, fs, head))
def capt(caption, lines, h=4.2):
    C.append(("capt", caption, lines, h))


# ------------------------------------------------------------------------------- Introduction
part("Introduction générale", "intro")
p("Le jeu de société vit, depuis une quinzaine d'années, un renouveau que ses amateurs qualifient volontiers "
  "d'« âge d'or ». Aux classiques familiaux se sont ajoutés des jeux d'auteurs, des jeux experts aux règles "
  "exigeantes, des party games pensés pour les soirées entre amis, et toute une culture de la précommande et de "
  "l'extension. Les ludistes{{Le terme « ludiste », usuel dans la communauté francophone, désigne un amateur de "
  "jeux de société modernes ; nous l'employons dans ce sens tout au long de ce mémoire.}} ne se contentent plus "
  "d'acheter un jeu : ils le découvrent en vidéo, l'essaient dans un bar ou une association, en discutent sur "
  "des serveurs Discord et attendent la sortie de son extension.")
p("La Tanière Ludique s'inscrit pleinement dans ce mouvement. Créée en 2015 par Céline et Arnaud Meunier, cette "
  "SARL tourangelle est installée au cœur du quartier Plumereau, dans le centre historique de Tours. Elle emploie "
  "cinq personnes{{Céline et Arnaud Meunier, cogérants ; Quentin Aubry, vendeur-animateur ; une vendeuse à temps "
  "partiel ; l'auteure, en alternance depuis septembre 2024.}} et se distingue par une arrière-salle où se "
  "tiennent, chaque vendredi, des « soirées jeux » ouvertes à tous. L'entrée coûte 5 €, remboursés en cas "
  "d'achat, et les participants puisent dans une ludothèque de 450 jeux de démonstration. En 2025, l'entreprise "
  "a réalisé un chiffre d'affaires de 820 k€ HT, dont une part encore modeste en ligne et une forte concentration "
  "sur la fin d'année{{Le site a réalisé 131 k€ HT en 2025, soit 16 % du chiffre d'affaires ; novembre et "
  "décembre concentrent à eux seuls 38 % du chiffre d'affaires annuel (source : comptabilité de la SARL, "
  "exercice 2025).}}.")
p("La boutique en ligne, ouverte en 2020 sous PrestaShop, est née de la crise sanitaire : il fallait alors "
  "continuer à vendre malgré la fermeture des commerces. Depuis, elle progresse lentement. Face à elle, les "
  "pure players spécialisés, les enseignes discount et surtout Amazon proposent les mêmes boîtes, souvent moins "
  "cher et livrées plus vite. La Tanière ne peut donc pas gagner sur le terrain du prix. En revanche, elle "
  "possède ce que ses concurrents en ligne n'ont pas : une communauté de joueurs qui se retrouve chaque semaine "
  "autour de ses tables.")
p("Assistante e-commerce en alternance, nous avons en charge l'animation du site, les fiches produits, la "
  "newsletter et une partie des publications sur les réseaux sociaux. Cette position nous a conduite à nous "
  "interroger sur un paradoxe : les clients les plus fidèles de la boutique, ceux qui viennent jouer chaque "
  "vendredi, achètent pourtant une partie de leurs jeux ailleurs, et notamment en ligne.")
p("Il convient dès lors de formuler la problématique suivante : <b>dans quelle mesure une boutique de jeux de "
  "société indépendante peut-elle s'appuyer sur sa communauté locale de joueurs pour développer ses ventes en "
  "ligne ?</b>")
p0("Pour y répondre, nous formulons trois hypothèses :")
ul(["<b>H1</b> : les joueurs experts achèteraient davantage en ligne auprès de La Tanière si le site prolongeait "
    "le conseil et l'expérience vécus en boutique ;",
    "<b>H2</b> : les partenariats locaux (bar à jeux, association, festival) augmentent les ventes de la "
    "boutique, y compris en ligne ;",
    "<b>H3</b> : un programme relationnel adossé aux soirées jeux renforcerait la fidélité des joueurs experts."])
p("Notre travail s'organise en quatre temps. Une première partie présente la revue de littérature mobilisée "
  "(comportement du consommateur, commerce indépendant face au numérique, relation client et communautés). La "
  "deuxième partie expose notre méthodologie, qui associe sept entretiens semi-directifs et un questionnaire "
  "auquel 112 personnes ont répondu. La troisième partie présente les résultats et le diagnostic de La Tanière. "
  "La quatrième partie, enfin, formule nos recommandations.")

# ------------------------------------------------------------------------------- Partie 1
pb()
part("Partie 1 – Revue de littérature", "p1")
h2("1.1 Comprendre le consommateur de jeux", "s11")
h3("1.1.1 De la segmentation à la typologie de ludistes")
p("La segmentation consiste à découper un marché en groupes de consommateurs homogènes, dont les attentes et les "
  "comportements sont suffisamment proches pour justifier une offre ou un discours spécifiques (Kotler et al., "
  "2019). Les auteurs distinguent classiquement des critères géographiques, sociodémographiques, psychographiques "
  "et comportementaux, et rappellent qu'un segment n'a d'intérêt que s'il est mesurable, accessible et "
  "suffisamment rentable. Pour un commerce de niche, ce sont souvent les critères comportementaux (fréquence "
  "d'usage, avantages recherchés, statut de fidélité) qui s'avèrent les plus discriminants.")
p("Lorsque les groupes sont construits à partir d'une enquête, et non à partir de critères fixés a priori, on "
  "parle plus volontiers de typologie. Filser (1994) souligne l'intérêt des variables psychographiques (styles de "
  "vie, valeurs, centres d'intérêt) pour comprendre des comportements que les seules variables "
  "sociodémographiques n'expliquent pas{{Nous employons « segment » et « profil » de manière équivalente, en "
  "réservant l'expression « typologie de ludistes » au résultat de notre propre enquête.}}. C'est "
  "particulièrement vrai du jeu de société : deux trentenaires de même profession peuvent avoir un rapport au jeu "
  "radicalement différent.")
h3("1.1.2 Mobiles d'achat et inhibitions")
p("Le comportement d'achat résulte d'une tension entre des forces qui poussent à acheter et des forces qui "
  "retiennent. Solomon (2018) rattache les mobiles d'achat à des besoins que le consommateur cherche à satisfaire, "
  "qu'ils soient utilitaires ou hédoniques, et insiste sur le rôle de l'implication : plus un produit est chargé "
  "de sens pour l'individu, plus la recherche d'information et l'évaluation sont poussées{{Solomon (2018) "
  "distingue notamment l'implication envers le produit, envers le message et envers la situation d'achat.}}. "
  "Le jeu de société, objet de loisir et de sociabilité, relève clairement de la dimension hédonique.")
p("Les inhibitions sont quant à elles liées au risque perçu : risque financier, risque de "
  "performance (le jeu ne plaira pas), risque social (le jeu offert décevra), mais aussi, dans le cas de l'achat "
  "en ligne, risque lié à la livraison{{Filser (1994) rappelle que les inhibitions ne sont pas seulement économiques : "
  "ils tiennent aussi à l'incertitude que le consommateur associe à l'achat.}}. Identifier les mobiles d'achat "
  "et inhibitions d'un groupe de clients revient donc à comprendre ce qui le fait venir, mais aussi ce qui "
  "l'empêche d'acheter.")
h3("1.1.3 Le modèle décisionnel en cinq temps")
p("Kotler et al. (2019) décrivent la décision d'achat comme une succession de cinq étapes : la reconnaissance "
  "d'un besoin, la recherche d'informations, l'évaluation des alternatives, la décision d'achat et le "
  "comportement après l'achat. Ce modèle, largement repris dans la littérature, a l'avantage de rappeler que "
  "l'achat commence bien avant le passage en caisse et se prolonge bien après{{Les auteurs soulignent que le "
  "consommateur ne parcourt pas nécessairement toutes les étapes, ni dans cet ordre, notamment pour les achats "
  "routiniers.}}.")
p("Solomon (2018) nuance ce schéma en distinguant les décisions étendues, limitées et routinières. Pour un jeu "
  "expert à plus de cinquante euros, la décision est plutôt étendue : le joueur se renseigne longuement, compare, "
  "et attend souvent l'avis de sa communauté. La phase post-achat y est également déterminante, puisqu'elle "
  "conditionne l'achat des extensions et accessoires.")

h2("1.2 Le commerce indépendant à l'heure du numérique", "s12")
h3("1.2.1 De la multicanalité à l'omnicanalité")
p("Rigby (2011) a popularisé l'idée d'un commerce omnicanal, dans lequel le client circule librement entre le "
  "magasin, le site et le mobile. Verhoef, Kannan et Inman (2015) prolongent cette réflexion en montrant que la "
  "gestion séparée des canaux laisse place à une gestion intégrée, centrée sur l'expérience globale du "
  "client{{Verhoef, Kannan et Inman (2015) insistent sur l'effacement des frontières entre canaux du point de vue "
  "du client.}}. Le magasin physique n'y est pas condamné : il devient un lieu d'expérience, de conseil et de "
  "retrait des commandes.")
p("Lendrevie et Lévy (2014) soulignent de leur côté que le numérique transforme moins le fond du marketing que "
  "ses modalités : les fondamentaux (connaissance du client, positionnement, relation) demeurent, mais les points "
  "de contact se multiplient et l'entreprise doit veiller à leur cohérence.")
h3("1.2.2 Avantage concurrentiel et différenciation")
p("Porter (1986) montre qu'une entreprise ne peut durablement surperformer ses concurrents qu'en disposant d'un "
  "avantage concurrentiel, fondé soit sur des coûts plus faibles, soit sur une différenciation valorisée par les "
  "clients{{Porter (1986) distingue trois stratégies génériques : la domination par les coûts, la différenciation "
  "et la concentration sur un segment.}}. Un commerce indépendant ne peut guère rivaliser sur les coûts avec les "
  "grandes plateformes ; sa voie naturelle est donc la différenciation, éventuellement combinée à une "
  "concentration sur un public précis. L'étude des offres concurrentes permet précisément de repérer les "
  "dimensions sur lesquelles cette différenciation est possible.")
h3("1.2.3 Le mix de communication digitale")
p("Chaffey et Ellis-Chadwick (2019) proposent de classer les leviers numériques selon la nature du média : les "
  "médias possédés par l'entreprise (site, newsletter, comptes sociaux), les médias achetés (publicité en ligne, "
  "liens sponsorisés, affiliation) et les médias gagnés (bouche-à-oreille, articles, recommandations){{Il "
  "s'agit de la classification usuelle en owned, paid et earned media.}}. Le choix de ces leviers et leur "
  "enchaînement dans le temps dépendent des objectifs, des cibles et des moyens de l'entreprise. Pour une petite structure, "
  "les médias possédés et gagnés offrent un rapport coût-efficacité souvent supérieur, à condition d'y consacrer "
  "du temps.")
p("Lendrevie et Lévy (2014) rappellent par ailleurs que les leviers ne se valent pas à toutes les étapes du "
  "parcours : certains servent à faire connaître, d'autres à convaincre, d'autres enfin à déclencher l'achat ou "
  "à faire revenir le client. Leur articulation dans le temps importe donc autant que leur choix. Kotler, "
  "Kartajaya et Setiawan (2017) insistent, dans le même esprit, sur le rôle croissant de la recommandation entre "
  "pairs : dans un environnement connecté, l'avis d'un proche ou d'une communauté pèse souvent davantage que le "
  "message de la marque elle-même.")

h2("1.3 Relation client et communauté", "s13")
h3("1.3.1 Marketing relationnel et fidélisation")
p("Berry (1983) a été l'un des premiers à définir le marketing relationnel comme le fait d'attirer, de maintenir "
  "et de renforcer la relation avec le client, plutôt que de se concentrer sur la seule transaction. "
  "Meyer-Waarden (2004) analyse en détail les outils de la fidélisation, des cartes de fidélité aux programmes "
  "de points, et invite à en évaluer l'efficacité réelle plutôt que de les multiplier{{L'auteur consacre une "
  "large part de son ouvrage à l'évaluation de l'efficacité des programmes de fidélisation.}}. Un programme "
  "relationnel pertinent doit, selon lui, être cohérent avec le positionnement de l'enseigne et apporter au "
  "client un bénéfice qu'il ne trouverait pas ailleurs.")
h3("1.3.2 Les communautés de consommation")
p("Cova (1995) a mis en évidence l'importance du lien social dans la consommation : dans certaines situations, "
  "le lien importe plus que le bien, et le produit devient le support d'une relation entre "
  "personnes{{Cova (1995) parle à ce propos de « valeur de lien ».}}. Muniz et O'Guinn (2001) décrivent quant à "
  "eux les communautés de marque à travers trois marqueurs : une conscience partagée d'appartenance, des rituels "
  "et traditions, et un sentiment de responsabilité morale envers les autres membres.")
p("Le monde du jeu de société illustre parfaitement ces analyses. Le jeu est, par nature, une activité sociale : "
  "on y joue à plusieurs, on en parle, on se transmet les règles. Une boutique qui organise des soirées régulières "
  "crée des rituels et un sentiment d'appartenance qui dépassent la simple relation commerciale.")
h3("1.3.3 La conversation en ligne au service de la relation client")
p("La conversation en ligne désigne les outils qui permettent à un internaute d'échanger par écrit, en temps "
  "réel, avec un conseiller depuis le site marchand{{Nous traduisons ainsi l'anglais live chat ; on parle aussi de "
  "dialogue en ligne ou de messagerie instantanée.}}. Kotler, Kartajaya et Setiawan (2017) inscrivent ces outils "
  "dans un parcours client devenu connecté, où le consommateur pose des questions, sollicite des avis et attend "
  "des réponses immédiates avant de passer à l'acte. Dans cette perspective, la conversation n'est plus un "
  "service annexe : elle fait partie du parcours lui-même.")
p("McLean et Osei-Frimpong (2017) ont étudié la satisfaction des internautes à l'égard des échanges en ligne avec "
  "un conseiller. Leurs travaux montrent que cette satisfaction dépend notamment de la réactivité perçue, de "
  "l'expertise de l'interlocuteur et du caractère personnalisé de l'échange, et qu'une expérience satisfaisante "
  "influence positivement l'intention de revenir sur le site. Chaffey et Ellis-Chadwick (2019) rangent pour leur "
  "part la conversation en ligne parmi les outils d'aide à la conversion, utiles au moment où l'internaute hésite, "
  "et soulignent l'intérêt d'en suivre les statistiques (nombre de conversations, délai de réponse, ventes "
  "consécutives).")
p("Lendrevie et Lévy (2014) rappellent enfin que la qualité de la relation en ligne repose sur la cohérence entre "
  "les canaux : un client qui pose une question par écrit attend le même niveau de conseil qu'en magasin. Pour "
  "un commerce spécialisé dont l'avantage repose sur l'expertise de ses vendeurs, la conversation en ligne "
  "apparaît ainsi, dans la littérature, comme un moyen de prolonger ce conseil au-delà des murs de la boutique.")

# ------------------------------------------------------------------------------- Partie 2
pb()
part("Partie 2 – Méthodologie", "p2")
h2("2.1 Objectifs de la recherche", "s21")
p("Notre recherche poursuit trois objectifs. Le premier est de comprendre les mobiles d'achat et inhibitions des "
  "clients de La Tanière, et en particulier de ceux qui achètent en ligne ou pourraient le faire. Le deuxième "
  "est d'identifier les grandes étapes de leur parcours d'achat et les moments où la boutique intervient. Le "
  "troisième est de tester les hypothèses H1 à H3 formulées en introduction. Ces objectifs de recherche ont "
  "orienté le choix d'une démarche mixte, associant une phase qualitative exploratoire et une phase quantitative.")
h2("2.2 L'étude qualitative : sept entretiens semi-directifs", "s22")
p("Nous avons conduit sept entretiens semi-directifs{{Entretiens menés entre le 8 et le 30 janvier 2026, en "
  "boutique ou par visioconférence, enregistrés avec l'accord des personnes puis retranscrits ; durée moyenne : "
  "38 minutes.}} à partir d'un guide commun (annexe A), organisé en quatre thèmes : le rapport au jeu, les "
  "habitudes d'achat, la perception de La Tanière et de son site, la place de la communauté. Les personnes ont "
  "été choisies pour couvrir à la fois l'entreprise, ses clients et son environnement local. Nous avons veillé à "
  "interroger des clients aux profils contrastés, du joueur expert habitué des soirées à l'étudiante qui joue "
  "surtout à des party games, afin de ne pas limiter l'analyse aux clients les plus engagés. Les deux "
  "entretiens menés avec des acteurs extérieurs, le président de l'association et le gérant du bar, visaient "
  "quant à eux à mieux comprendre l'environnement ludique tourangeau.")
tab("Tableau 1 – Profil des personnes interrogées",
    [["Code", "Personne interrogée", "Âge", "Lien avec La Tanière", "Durée"],
     ["E1", "Céline Meunier, cogérante", "44 ans", "Dirigeante, tutrice", "52 min"],
     ["E2", "Quentin Aubry, vendeur-animateur", "29 ans", "Anime les soirées jeux", "41 min"],
     ["E3", "Thomas, ingénieur", "34 ans", "Joueur expert, habitué des soirées", "37 min"],
     ["E4", "Nadia, enseignante", "41 ans", "Mère de famille, cliente occasionnelle", "33 min"],
     ["E5", "Président de « Touraine en Jeux »", "38 ans", "Association partenaire des soirées", "44 min"],
     ["E6", "Gérant du bar « Le Pion Rouge »", "36 ans", "Bar à jeux du centre-ville", "29 min"],
     ["E7", "Inès, étudiante", "20 ans", "Joueuse de party games", "30 min"]],
    [1.2, 5.0, 1.6, 5.4, 1.6], source="Source : enquête de l'auteure, janvier 2026.", center=(0, 2, 4))
h2("2.3 L'étude quantitative : un questionnaire auto-administré", "s23")
p("La phase qualitative a permis de construire un questionnaire de 19 questions{{Questionnaire administré sous "
  "Google Forms du 12 janvier au 9 février 2026 (annexe B).}}, portant sur les pratiques de jeu, les lieux "
  "d'achat, les critères de choix, la perception du site de La Tanière et la participation aux soirées. Il a "
  "été diffusé par trois canaux : un QR code en caisse et sur les tables de l'arrière-salle, une story "
  "Instagram relayée trois fois, et un message sur le serveur Discord de l'association « Touraine en "
  "Jeux »{{Le serveur Discord de l'association compte environ 1 300 membres.}}. Au total, 112 réponses "
  "exploitables ont été recueillies.")
p("Le questionnaire a fait l'objet d'un pré-test auprès de cinq clients, qui nous a conduite à reformuler deux "
  "questions jugées ambiguës et à limiter à trois le nombre de mobiles d'achat pouvant être cochés. Les réponses "
  "ont été traitées sous Excel, au moyen de tris à plat puis de tris croisés, notamment entre le profil de "
  "joueur et les lieux d'achat. Les réponses aux questions ouvertes ont fait l'objet d'un codage thématique, "
  "selon les mêmes thèmes que le guide d'entretien, ce qui a permis de rapprocher les deux volets de l'étude.")
tab("Figure 1 – Répartition des répondants selon le canal de recrutement",
    [["Canal de recrutement", "Effectif", "Part"],
     ["Boutique (QR code en caisse et en soirée)", "49", "44 %"],
     ["Instagram (story)", "36", "32 %"],
     ["Discord « Touraine en Jeux »", "27", "24 %"],
     ["Total", "112", "100 %"]],
    [8.5, 3.0, 3.0], source="Source : enquête de l'auteure, n = 112.", right=(1, 2), bold_rows=(4,))
h2("2.4 Limites de la démarche", "s24")
p("Plusieurs limites doivent être soulignées. L'échantillon n'est pas représentatif de la population des "
  "joueurs de Touraine : il a été recruté par des canaux proches de la boutique, ce qui surreprésente "
  "vraisemblablement les clients fidèles et les joueurs engagés. Les réponses sont déclaratives, et les "
  "intentions exprimées ne préjugent pas des comportements réels. Enfin, notre position d'alternante au sein de "
  "l'entreprise a pu influencer certaines réponses, notamment lors des entretiens menés en boutique. Nous avons "
  "tenté de limiter ce biais en garantissant l'anonymat des répondants et en formulant les questions de la "
  "manière la plus neutre possible.")

# ------------------------------------------------------------------------------- Partie 3
pb()
part("Partie 3 – Résultats et diagnostic", "p3")
h2("3.1 Typologie de ludistes, mobiles d'achat et inhibitions", "s31")
h3("3.1.1 Profil des répondants")
p("Les répondants sont majoritairement âgés de 25 à 49 ans et habitent Tours ou son agglomération. Les hommes "
  "sont légèrement majoritaires, ce qui correspond à ce que nous observons lors des soirées jeux.")
tab("Tableau 2 – Caractéristiques de l'échantillon",
    [["Variable", "Modalité", "Effectif", "Part"],
     ["Âge", "18 – 24 ans", "24", "21 %"], ["", "25 – 34 ans", "41", "37 %"], ["", "35 – 49 ans", "35", "31 %"],
     ["", "50 ans et plus", "12", "11 %"],
     ["Genre", "Homme", "63", "56 %"], ["", "Femme", "47", "42 %"], ["", "Autre / ne se prononce pas", "2", "2 %"],
     ["Lieu de résidence", "Tours", "58", "52 %"], ["", "Agglomération tourangelle", "38", "34 %"],
     ["", "Reste de l'Indre-et-Loire", "11", "10 %"], ["", "Hors département", "5", "4 %"]],
    [4.0, 6.0, 2.2, 2.2], source="Source : enquête de l'auteure, n = 112.", right=(2, 3))
tab("Figure 2 – Fréquence de jeu déclarée",
    [["Fréquence", "Part des répondants"],
     ["Plusieurs fois par semaine", "29 %"], ["Une fois par semaine", "34 %"],
     ["Une à trois fois par mois", "25 %"], ["Moins d'une fois par mois", "12 %"]],
    [9.0, 5.0], source="Source : enquête de l'auteure, n = 112.", right=(1,))
h3("3.1.2 Une typologie en quatre profils")
p("Le croisement des questions relatives à la fréquence de jeu, aux types de jeux pratiqués et au budget annuel "
  "nous conduit à distinguer quatre profils{{Typologie construite à partir des questions 4 à 8 du "
  "questionnaire : fréquence de jeu, types de jeux, budget annuel consacré aux jeux.}}.")
tab("Tableau 3 – Typologie de ludistes",
    [["Profil", "Effectif", "Part", "Traits dominants"],
     ["Joueurs experts", "46", "41 %", "Jeux longs et complexes, suivent les sorties, achètent les extensions, "
      "budget supérieur à 300 € par an"],
     ["Familles", "31", "28 %", "Jeux familiaux et enfants, achats réfléchis, sensibles au conseil"],
     ["Joueurs occasionnels et offreurs", "21", "19 %", "Achètent surtout pour offrir, en fin d'année"],
     ["Étudiants amateurs de party games", "14", "12 %", "Jeux courts et festifs, petit budget, très sensibles "
      "au prix"]],
    [4.2, 1.6, 1.4, 7.2], source="Source : enquête de l'auteure, n = 112.", right=(1, 2))
p("Les joueurs experts constituent le premier groupe de notre échantillon. Ils sont aussi, par leur budget et "
  "leur fréquence d'achat, les clients les plus précieux pour la boutique. C'est donc sur eux que nous "
  "concentrons l'analyse qui suit.")
h3("3.1.3 Les joueurs experts : mobiles d'achat et inhibitions")
p("Interrogés sur les raisons qui les conduisent à acheter un jeu, les joueurs experts citent en premier lieu la "
  "nouveauté. Ils suivent les annonces des éditeurs et les sorties du salon d'Essen{{Le salon international du "
  "jeu d'Essen (Allemagne), chaque mois d'octobre, concentre une grande partie des sorties de l'année.}}, et "
  "souhaitent disposer des jeux dès leur parution. Viennent ensuite le conseil d'un vendeur qui connaît réellement "
  "les jeux et la possibilité de les essayer avant de les acheter.")
tab("Tableau 4 – Mobiles d'achat des joueurs experts",
    [["Mobile d'achat cité", "Part des joueurs experts"],
     ["Découvrir les nouveautés dès leur sortie", "78 %"],
     ["Bénéficier du conseil d'un vendeur qui joue", "72 %"],
     ["Pouvoir tester le jeu en soirée avant l'achat", "65 %"],
     ["Précommander une extension ou une nouveauté", "54 %"],
     ["Soutenir une boutique indépendante locale", "48 %"],
     ["Disposer du jeu immédiatement", "30 %"]],
    [10.0, 4.4], source="Source : enquête de l'auteure, sous-échantillon des joueurs experts, n = 46 (plusieurs "
    "réponses possibles).", right=(1,))
v("« Ce que je viens chercher ici, c'est Quentin. Il sait si un jeu va me plaire avant moi. » (E3)")
v("« Le vendredi, je teste. Si le jeu me plaît, je le prends en repartant, ou je le commande le lendemain. » "
  "(répondant n° 23)")
p("Les inhibitions à l'achat en ligne chez La Tanière sont, à l'inverse, dominées par le prix. Les joueurs "
  "experts comparent systématiquement et constatent qu'Amazon affiche des prix inférieurs d'environ 15 % sur les "
  "mêmes références. Les frais de port des boîtes lourdes et la crainte de recevoir un jeu aux coins abîmés "
  "complètent ce tableau.")
tab("Tableau 5 – Inhibitions à l'achat en ligne des joueurs experts",
    [["Inhibition citée", "Part des joueurs experts"],
     ["Prix plus élevé que sur Amazon (environ 15 %)", "74 %"],
     ["Frais de port des boîtes lourdes", "61 %"],
     ["Crainte de coins abîmés à la livraison", "52 %"],
     ["Site de La Tanière peu connu", "35 %"],
     ["Délai de livraison", "28 %"]],
    [10.0, 4.4], source="Source : enquête de l'auteure, n = 46 (plusieurs réponses possibles).", right=(1,))
p("Il convient de noter que ces inhibitions ne portent pas sur la boutique elle-même, dont l'image est très "
  "positive, mais sur les conditions de l'achat à distance. Plusieurs répondants indiquent d'ailleurs qu'ils "
  "réservent leurs achats en ligne aux jeux qu'ils connaissent déjà, et qu'ils préfèrent voir ou essayer en "
  "boutique les jeux qu'ils découvrent.")
v("« Un coin enfoncé sur une boîte à soixante euros, pour un collectionneur, c'est rédhibitoire. » (E3)")
v("« Sur Amazon c'est moins cher, c'est sûr. Mais quand j'ai une question sur une règle, ce n'est pas Amazon qui "
  "me répond. » (répondant n° 71)")
tab("Figure 3 – Lieux d'achat habituels des joueurs experts",
    [["Lieu d'achat", "Part des joueurs experts"],
     ["Boutique spécialisée", "63 %"], ["Amazon", "59 %"], ["Sites spécialisés", "41 %"],
     ["Marché de l'occasion", "33 %"], ["Grandes surfaces", "9 %"]],
    [9.0, 5.0], source="Source : enquête de l'auteure, n = 46 (plusieurs réponses possibles).", right=(1,))

h2("3.2 Le modèle décisionnel en cinq temps des joueurs experts", "s32")
p("Les entretiens et les réponses ouvertes du questionnaire permettent de retracer le parcours type d'un joueur "
  "expert, depuis l'annonce d'une nouveauté jusqu'à l'achat de son extension. La figure 4 reprend les cinq temps "
  "du modèle décisionnel en les appliquant à l'exemple de « Forteresse de Brume », jeu expert vendu 54,90 €, et "
  "de son extension « Les Marais », proposée en précommande à 34,90 €.")
tab("Figure 4 – Le parcours d'achat d'un joueur expert en cinq temps",
    [["Temps", "Ce que vit le joueur", "Verbatim", "Point de contact de La Tanière"],
     ["1. Éveil du besoin", "Annonce d'un jeu ou d'une extension attendue", "« Quand Les Marais a été annoncée, "
      "je savais que je la prendrais. » (E3)", "Publication Instagram d'annonce ; discussion au comptoir"],
     ["2. Quête d'information", "Vidéos de règles, avis de la communauté, forums", "« Je regarde toujours La Règle "
      "en 5 minutes avant d'acheter. » (E3)", "Conseil de Quentin en boutique ; fiche produit du site"],
     ["3. Évaluation des alternatives", "Essai du jeu, comparaison des prix (Ludiprix, Amazon)", "« Je compare, "
      "mais si je l'ai essayé ici, je l'achète ici. » (répondant n° 57)", "Soirée jeux du vendredi ; ludothèque"],
     ["4. Décision et achat", "Précommande ou réservation", "« La précommande, c'est la garantie de l'avoir le "
      "jour de la sortie. » (E3)", "Étiquette « Précommande » du site ; retrait en boutique"],
     ["5. Après l'achat", "Premières parties, partage sur Discord, achat des protège-cartes puis de l'extension",
      "« On y a joué trois fois la première semaine, puis j'ai pris Les Marais. » (E5)",
      "Soirée de lancement ; serveur Discord de l'association"]],
    [2.9, 3.6, 4.4, 3.6], source="Source : entretiens et enquête de l'auteure, 2026.", fs=9.5)
p("Ce parcours fait apparaître le rôle central de la soirée jeux au troisième temps : c'est là que le joueur "
  "lève son incertitude sur le jeu lui-même. Il montre aussi que l'achat en ligne intervient surtout au quatrième "
  "temps, par la précommande, et au cinquième, pour les accessoires et extensions.")
p("Les entretiens menés avec des clientes occasionnelles laissent entrevoir un parcours sensiblement différent "
  "pour les familles. L'éveil du besoin y est souvent lié à une occasion (anniversaire, vacances, fêtes), la "
  "quête d'information passe davantage par le vendeur que par les vidéos, et l'évaluation porte moins sur le "
  "jeu lui-même que sur l'âge des enfants et la durée des parties. Ce parcours n'a pas été approfondi dans le "
  "cadre de ce mémoire, qui se concentre sur les joueurs experts, mais il mériterait une étude spécifique.")

h2("3.3 Étude des offres concurrentes", "s33")
p("Nous avons comparé l'offre de La Tanière à celle de quatre concurrents : Planète Plateau, pure player "
  "spécialisé ; Le Dé d'Ivoire, boutique indépendante d'Orléans disposant d'un site marchand ; Ludik'Mart, "
  "enseigne discount ; et Amazon, retenu comme référence de prix. La comparaison porte sur les prix de cinq "
  "jeux et sur quatre critères de service{{Prix relevés le 2 février 2026 sur les sites des "
  "enseignes et, pour Le Dé d'Ivoire, en boutique.}}.")
PRICES = [("Forteresse de Brume", [54.90, 49.90, 54.90, 47.90, 46.70]),
          ("Les Marais (extension)", [34.90, 31.90, 34.90, None, 29.70]),
          ("Cacophonie", [19.90, 17.90, 19.90, 15.90, 16.90]),
          ("Comptoirs d'Orient", [44.90, 40.90, 44.90, 39.90, 38.20]),
          ("Petits Monstres", [24.90, 22.90, 24.90, 21.90, 21.20])]


def _eur(x):
    return "—" if x is None else ("%.2f €" % x).replace(".", ",")


def _gap(j):
    base = [pr for name, pr in PRICES if "extension" not in name]
    r = sum(pr[j] / pr[0] for pr in base) / len(base) - 1
    return "0 %" if round(r * 100) == 0 else ("− %d %%" % round(-r * 100))


tab("Tableau 6 – Étude des offres concurrentes",
    [["Critère", "La Tanière", "Planète Plateau", "Le Dé d'Ivoire", "Ludik'Mart", "Amazon"]]
    + [[name] + [_eur(x) for x in pr] for name, pr in PRICES]
    + [["Livraison", "6,90 €, offerte dès 80 € ; retrait gratuit", "Offerte dès 49 €", "7,50 €, offerte dès 100 €",
        "4,99 €, offerte dès 35 €", "Offerte (Prime)"],
       ["Précommande", "Oui (site et boutique)", "Oui, avec acompte", "En boutique seulement", "Non",
        "Oui, prix garanti"],
       ["Conseil", "Vendeurs joueurs, en boutique", "Fiches détaillées", "En boutique", "Faible",
        "Avis clients"],
       ["Événements", "Soirées hebdomadaires, ludothèque de 450 jeux", "Aucun", "Tournois mensuels", "Aucun",
        "Aucun"]],
    [3.1, 2.5, 2.2, 2.3, 2.1, 2.2], source="Source : relevé de l'auteure, février 2026.", fs=9)
assert _gap(4) == "− 15 %"
tab("Figure 5 – Écart de prix moyen par rapport à La Tanière (quatre jeux)",
    [["Enseigne", "Écart moyen"],
     ["Planète Plateau", _gap(1)], ["Le Dé d'Ivoire", _gap(2)], ["Ludik'Mart", _gap(3)], ["Amazon", _gap(4)]],
    [9.0, 5.0], source="Source : calcul de l'auteure à partir du tableau 6 (hors extension).",
    right=(1,))
p("Le relevé montre que l'écart de prix avec Amazon est du même ordre sur toutes les gammes, autour de 15 %, "
  "alors que Ludik'Mart casse surtout les prix des party games, avec « Cacophonie » vendu 20 % moins cher qu'à "
  "La Tanière. Il révèle aussi que Planète Plateau compense son "
  "absence de lieu physique par des fiches produits très détaillées, comprenant une présentation vidéo et une "
  "estimation de la durée des parties, tandis que Ludik'Mart ne propose ni précommande ni extension récente.")
p0("<b>Synthèse.</b> La Tanière est plus chère que trois de ses quatre concurrents et ne peut pas espérer "
   "combler cet écart : ses volumes ne le permettent pas. Elle n'est pas non plus la mieux placée sur la "
   "livraison, même si le retrait gratuit en boutique constitue un atout local. En revanche, elle est la seule "
   "à combiner un conseil de joueurs, un lieu pour essayer les jeux et une communauté qui se retrouve chaque "
   "semaine. Le Dé d'Ivoire, qui s'en rapproche le plus, n'organise que des tournois mensuels et ne propose pas "
   "la précommande en ligne. La Tanière gagne donc sur le conseil et la communauté, pas sur le prix : c'est sur "
   "ce terrain que ses axes de préconisation en ligne doivent se construire.")

h2("3.4 Synthèse des facteurs internes et externes", "s34")
h3("3.4.1 La matrice")
p("La synthèse des facteurs internes et externes a été construite avec les gérants{{Atelier conduit avec Céline "
  "et Arnaud Meunier le 16 février 2026, dans l'arrière-salle de la boutique.}} à partir des entretiens et de "
  "nos observations. Elle est présentée dans le tableau 7.")
tab("Tableau 7 – Synthèse des facteurs internes et externes",
    [["Forces", "Faiblesses"],
     ["• Soirées jeux du vendredi, fréquentées et conviviales\n• Ludothèque de 450 jeux de démonstration\n"
      "• Conseil de vendeurs qui sont eux-mêmes joueurs\n• Emplacement au cœur du quartier Plumereau\n"
      "• Bonne image dans le milieu associatif local",
      "• Loyer élevé du centre historique\n• Surface de vente réduite, stockage limité des grosses boîtes\n"
      "• Stationnement difficile à proximité\n• Boutique fermée le lundi\n• Forte dépendance aux deux gérants"],
     ["Opportunités", "Menaces"],
     ["• Attractivité touristique du quartier\n• Essor des bars à jeux et de l'envie de « sortir jouer »\n"
      "• Festival « Les Dés de Loire » chaque mois de mars\n• Demande de soirées de la part des comités "
      "d'entreprise\n• Fréquentation étudiante du centre-ville",
      "• Hausse attendue des loyers commerciaux\n• Projet d'ouverture d'un Ludik'Mart en zone commerciale\n"
      "• Restrictions de circulation dans le centre\n• Baisse de fréquentation du centre-ville en semaine\n"
      "• Travaux de voirie annoncés rue du Commerce"]],
    [7.2, 7.2], source="Source : atelier avec les gérants et analyse de l'auteure, février 2026.", head=0,
    bold_rows=(0, 2))
p("La matrice confirme que la force de La Tanière réside dans son lieu et dans ce qui s'y passe. Elle met "
  "aussi en lumière les contraintes propres à un commerce de centre historique, qui pèsent sur sa capacité à "
  "accueillir davantage de clients. Les soirées du vendredi affichent souvent complet dès 20 h, et la surface "
  "de l'arrière-salle ne permet pas d'installer plus de quatorze tables. Le stationnement, régulièrement évoqué "
  "par les familles lors des entretiens, dissuade la venue des clients qui n'habitent pas le centre "
  "historique.")
h3("3.4.2 Les partenaires financiers")
p("Le développement de La Tanière s'est appuyé sur deux financements principaux, présentés dans le tableau 8. "
  "Le prêt d'honneur a permis le démarrage de l'activité en 2015 ; le prêt bancaire de 2022 a financé la "
  "rénovation de l'arrière-salle consacrée aux soirées jeux.")
tab("Tableau 8 – Les partenaires financiers de la SARL",
    [["Partenaire", "Nature du financement", "Montant", "Objet", "Échéance"],
     ["Plateforme d'initiative locale", "Prêt d'honneur aux créateurs, à taux zéro", "8 000 €",
      "Création de l'entreprise (2015)", "Remboursé en 2020"],
     ["Banque de la SARL", "Prêt professionnel sur sept ans", "45 000 €",
      "Rénovation de l'arrière-salle (2022)", "2029"]],
    [3.4, 3.8, 1.8, 3.6, 2.0], source="Source : Céline Meunier, cogérante (entretien E1).", right=(2,))
p("Ces partenaires ont joué un rôle déterminant dans la capacité de la boutique à proposer ses soirées dans de "
  "bonnes conditions. Le remboursement du prêt de 2022 limite toutefois les marges de manœuvre financières "
  "jusqu'en 2029.")

h2("3.5 Diagnostic du site", "s35")
h3("3.5.1 Audience et ventes")
p("La boutique en ligne fonctionne sous PrestaShop{{Boutique en ligne ouverte en 2020 ; migration vers "
  "PrestaShop 8 en 2023, avec un thème Classic personnalisé par un prestataire tourangeau.}} et propose environ "
  "1 800 références. Le panier moyen en ligne s'établit à 64 € en 2025, pour un taux de conversion de 1,3 %. "
  "Le trafic provient d'abord de la recherche naturelle et des accès directs, signe que le site est surtout "
  "utilisé par des clients qui connaissent déjà la boutique.")
p("Le catalogue est organisé en six catégories principales (jeux experts, jeux familiaux, jeux pour enfants, "
  "party games, accessoires, précommandes). Les fiches produits reprennent le plus souvent la description fournie "
  "par l'éditeur, complétée par le nombre de joueurs, l'âge conseillé et la durée d'une partie. Rares sont "
  "celles qui comportent un avis de l'équipe ou une indication sur le niveau de complexité, alors même que ce "
  "conseil constitue le premier atout de la boutique. Le moteur de recherche interne ne tolère pas les fautes de "
  "frappe, ce qui pénalise les recherches portant sur des titres étrangers.")
tab("Figure 6 – Sources de trafic du site en 2025",
    [["Source", "Part des sessions"],
     ["Recherche organique", "41 %"], ["Accès direct", "27 %"], ["Réseaux sociaux", "16 %"],
     ["Sites référents", "9 %"], ["E-mail", "7 %"]],
    [9.0, 5.0], source="Source : Google Analytics 4, année 2025.", right=(1,))
tab("Figure 7 – Mode de réception des commandes en ligne en 2025",
    [["Mode de réception", "Part des commandes"],
     ["Livraison à domicile (Colissimo)", "44 %"], ["Point relais", "23 %"], ["Retrait en boutique", "33 %"]],
    [9.0, 5.0], source="Source : back-office PrestaShop, commandes 2025.", right=(1,))
h3("3.5.2 Le marchandisage numérique")
p("Le site utilise plusieurs fonctionnalités natives de PrestaShop au service du marchandisage numérique. Le module "
  "« Produits phares » affiche sur la page d'accueil une sélection de huit produits, choisis dans une catégorie "
  "dédiée que nous mettons à jour chaque semaine. Sur les fiches produits, le champ « Accessoires » permet "
  "d'associer à un jeu les produits complémentaires : à « Forteresse de Brume » sont ainsi associés les "
  "« Protège-cartes 63,5 × 88 » (3,90 €) et la boîte de rangement.")
capt("Figure 8 – Capture : paramétrage du module « Produits phares » dans le back-office PrestaShop",
     ["Modules > Produits phares > Configurer", "Nombre de produits à afficher : 8",
      "Catégorie source : « Accueil – sélection de la semaine »"])
p("Pour les nouveautés annoncées, l'étiquette « Précommande » est activée sur la fiche, avec la date de "
  "disponibilité prévue, ce qui permet d'encaisser la commande avant la réception du stock. L'extension « Les "
  "Marais » est ainsi proposée en précommande depuis janvier. Enfin, nous avons créé en septembre 2025 une "
  "catégorie « Coups de cœur de Quentin », qui regroupe une vingtaine de jeux choisis par le vendeur-animateur, "
  "avec une phrase de conseil sur chaque fiche. Cette catégorie figure parmi les plus consultées du site depuis "
  "sa création, signe que le conseil de l'équipe intéresse aussi les clients en ligne.")
capt("Figure 9 – Capture : fiche « Les Marais » avec l'étiquette « Précommande » et le bloc « Accessoires »",
     ["Les Marais – extension de Forteresse de Brume – 34,90 €", "Étiquette : Précommande – disponible le 20/03/2026",
      "Accessoires : Protège-cartes 63,5 × 88 (3,90 €)"])
h3("3.5.3 Paiement et financement")
p("Trois solutions de paiement sont actuellement en place sur le site : le module PayPlug pour la carte bancaire, "
  "le module PayPal et le paiement au retrait en boutique, choisi par de nombreux clients tourangeaux. Le "
  "paiement est sécurisé par 3D Secure.")
p("Deux offres de paiement fractionné pourraient compléter ce dispositif : le paiement en quatre fois de PayPal, "
  "activable depuis le module déjà installé, et la solution Alma, qui dispose d'un module PrestaShop. Leurs "
  "conditions sont présentées dans le tableau 9{{Tarifs publics consultés sur les sites des prestataires le "
  "10 mars 2026 ; ils peuvent varier selon le volume de transactions.}}.")
tab("Tableau 9 – Solutions de paiement et de paiement fractionné",
    [["Solution", "Statut sur le site", "Frais pour le marchand"],
     ["PayPlug (carte bancaire)", "Installé depuis 2020", "Environ 1,2 % + 0,25 € par transaction"],
     ["PayPal", "Installé depuis 2020", "2,9 % + 0,35 € par transaction"],
     ["Paiement au retrait en boutique", "Actif", "Aucun (terminal de la boutique)"],
     ["PayPal – paiement en 4 fois", "Non activé", "Pas de frais supplémentaire au-delà du tarif PayPal"],
     ["Alma – paiement en 2, 3 ou 4 fois", "Non installé", "Commission variable selon le nombre d'échéances"]],
    [4.8, 3.4, 6.2], source="Source : sites des prestataires, mars 2026.")
p("La Tanière ne dispose pas encore d'outil de conversation en ligne ; les questions arrivent par "
  "Instagram.")

h2("3.6 Présence sociale actuelle", "s36")
p("La Tanière est présente sur Instagram depuis 2016. Le compte réunit 3 400 abonnés{{Compte @taniere.ludique ; "
  "statistiques Instagram du 1er septembre 2025 au 28 février 2026.}}, pour l'essentiel des Tourangeaux de 25 à "
  "44 ans. Nous y publions trois fois par semaine, selon une ligne éditoriale que nous avons formalisée à notre "
  "arrivée.")
p("Trois formats se sont imposés. Les reels d'unboxing, où Quentin ouvre une nouveauté et présente son matériel "
  "en moins d'une minute, obtiennent les meilleurs résultats. Les stories à sondage (« Quel jeu sort-on "
  "vendredi ? ») font participer la communauté au choix du programme des soirées. Les carrousels « sélection du "
  "mois » servent de vitrine aux coups de cœur. L'analyse des statistiques nous a conduite à fixer la publication "
  "principale au mardi à 18 h, créneau où l'engagement est le plus élevé, et à doubler chaque reel d'une story "
  "de rappel le vendredi. Les légendes adoptent un ton complice, emploient le vocabulaire des joueurs et se "
  "terminent par une question pour susciter les commentaires ; les mots-dièses se limitent à cinq, mêlant termes "
  "génériques et termes locaux. Les commentaires reçoivent une réponse dans la journée, le plus souvent de "
  "Quentin, dont la personnalité contribue à l'identité du compte.")
tab("Figure 10 – Taux d'engagement moyen par format sur Instagram",
    [["Format", "Taux d'engagement moyen"],
     ["Reels d'unboxing", "6,1 %"], ["Carrousels « sélection du mois »", "4,2 %"],
     ["Photos simples", "2,8 %"], ["Stories à sondage (taux de réponse)", "12,0 %"]],
    [9.0, 5.0], source="Source : statistiques Instagram, septembre 2025 – février 2026.", right=(1,))
p("Les reels présentent en outre l'intérêt d'atteindre des personnes qui ne suivent pas encore le compte : près "
  "de la moitié de leur audience est composée de non-abonnés. Le compte reste néanmoins peu utilisé pour "
  "renvoyer vers le site marchand, les liens n'étant présents que dans la biographie.")

# ------------------------------------------------------------------------------- Partie 4
pb()
part("Partie 4 – Recommandations", "p4")
p("Les recommandations qui suivent découlent du diagnostic. Elles n'ont pas encore été mises en œuvre et seront "
  "présentées aux gérants à l'issue de notre travail ; elles sont donc formulées au conditionnel.")
h2("4.1 Objectifs et cibles", "s41")
p("Au regard du diagnostic, trois objectifs pourraient guider les axes de préconisation de La Tanière : "
  "<b>accroître la notoriété</b> du site auprès des joueurs de Touraine, <b>développer les ventes en ligne</b> "
  "en s'appuyant sur la communauté, et <b>fidéliser</b> les joueurs experts en reliant la boutique et le "
  "site.")
p("Ces objectifs s'adresseraient à trois cibles, hiérarchisées dans le tableau 10. Les joueurs experts locaux "
  "seraient la cible prioritaire : ils représentent le premier groupe de l'échantillon, dépensent le plus et "
  "fréquentent déjà les soirées. Les familles viendraient en deuxième rang, pour leur sensibilité au conseil. "
  "Les acheteurs de cadeaux de Noël constitueraient une cible saisonnière, concentrée sur la fin d'année. Les "
  "étudiants amateurs de party games seraient en revanche écartés : leur budget est faible, ils sont très "
  "sensibles au prix et achètent déjà chez Ludik'Mart ou sur Amazon. Les écarter de la cible ne signifie pas "
  "les exclure des soirées, où ils restent les bienvenus : il s'agit seulement de ne pas leur consacrer de "
  "moyens de communication spécifiques.")
tab("Tableau 10 – Hiérarchisation des cibles",
    [["Rang", "Cible", "Part de l'échantillon", "Justification"],
     ["1", "Joueurs experts locaux", "41 %", "Budget élevé, achats d'extensions, déjà présents aux soirées"],
     ["2", "Familles", "28 %", "Sensibles au conseil, achats réguliers dans l'année"],
     ["3", "Acheteurs de cadeaux de Noël", "19 %", "Cible saisonnière, forte valeur en fin d'année"],
     ["Écartée", "Étudiants amateurs de party games", "12 %", "Petit budget, forte sensibilité au prix, "
      "concurrence frontale du discount"]],
    [1.6, 4.4, 2.6, 5.8], source="Source : enquête de l'auteure, n = 112.", center=(0, 2))

h2("4.2 Le mix de communication digitale", "s42")
p("Le mix de communication digitale pourrait être déployé en trois phases, de manière à construire d'abord une base durable avant "
  "d'investir dans des actions payantes :")
ol(["<b>Phase 1 (avril – juin 2026) : le référencement naturel.</b> Il s'agirait de réécrire les fiches des "
    "jeux experts les plus recherchés, de créer une page « Soirées jeux » et d'optimiser la fiche Google Business "
    "Profile de la boutique. Les fiches réécrites comporteraient systématiquement l'avis de l'équipe, le niveau "
    "de complexité et les extensions disponibles, afin de répondre aux recherches précises des joueurs experts. "
    "Ce levier, peu coûteux, travaillerait sur la durée.",
    "<b>Phase 1 également : l'emailing.</b> Une newsletter mensuelle serait adressée aux 1 900 contacts de la "
    "base clients via Brevo, avec les nouveautés, les précommandes et le programme des soirées. Chaque numéro "
    "mettrait en avant un « coup de cœur de Quentin » et renverrait vers la fiche correspondante.",
    "<b>Phase 2 (septembre – octobre 2026) : Instagram.</b> Les reels d'unboxing seraient systématisés au moment "
    "des sorties d'Essen, avec un lien direct vers la fiche produit en story. Un reel par nouveauté majeure, "
    "tourné en boutique par Quentin, serait complété par une story « disponible en précommande » renvoyant "
    "vers le site, afin de transformer l'intérêt suscité en réservations.",
    "<b>Phase 3 (novembre – décembre 2026) : Google Shopping.</b> Une campagne serait lancée pour la seule période "
    "de fin d'année, sur les jeux les plus offerts, lorsque la demande est la plus forte. Elle porterait sur une "
    "sélection resserrée d'une cinquantaine de références familiales et expertes, dont le stock est assuré."])
p("D'autres composantes du mix ont été examinées puis écartées. L'affiliation ne nous paraît pas adaptée : les commissions "
  "versées aux affiliés viendraient amputer des marges déjà faibles sur les jeux, et les sites affiliés "
  "spécialisés renvoient surtout vers les grandes plateformes, sans lien avec l'ancrage local de la boutique. La "
  "publicité display a également été écartée, son coût paraissant disproportionné au regard de la notoriété "
  "recherchée, essentiellement locale.")

h2("4.3 La temporalité ludique", "s43")
p("Le calendrier des actions devrait épouser le rythme propre au monde du jeu. Octobre est le mois des sorties "
  "annoncées au salon d'Essen : les joueurs experts y attendent les nouveautés et les précommandes. La fin "
  "d'année concentre une part considérable de l'activité, comme l'indiquent les chiffres de la boutique, et "
  "mobilise les acheteurs de cadeaux. Le mois de mars est marqué par le festival « Les Dés de Loire », qui réunit "
  "la communauté tourangelle. L'été, enfin, constitue un creux : les étudiants quittent la ville et les joueurs "
  "réguliers partent en vacances, même si le quartier accueille alors des touristes.")
tab("Tableau 11 – La temporalité ludique retenue",
    [["Période", "Événement ou contexte", "Enjeu pour La Tanière"],
     ["Octobre", "Sorties du salon d'Essen", "Précommandes, reels d'unboxing"],
     ["Novembre – décembre", "Fin d'année, cadeaux", "Pic de ventes, retrait en boutique"],
     ["Janvier – février", "Après les fêtes, « Nuit du jeu »", "Faire jouer les cadeaux reçus"],
     ["Mars", "Festival « Les Dés de Loire »", "Visibilité auprès de la communauté"],
     ["Avril – juin", "Sorties de printemps", "Référencement, newsletter"],
     ["Juillet – août", "Creux estival", "Maintenir le lien, jeux de vacances"]],
    [3.4, 5.0, 6.0], source="Source : analyse de l'auteure.")
p("Ce rythme plaide pour une montée en puissance progressive. Le printemps, période plus calme, serait mis à "
  "profit pour les chantiers de fond, comme la réécriture des fiches produits, dont les effets sur le "
  "référencement demandent plusieurs mois. L'automne concentrerait les actions de visibilité, au moment où les "
  "joueurs experts sont à l'affût des sorties. La fin d'année, enfin, justifierait la seule action payante "
  "envisagé, puisque c'est à ce moment que la demande est la plus forte et la plus large. Le festival de mars "
  "refermerait le cycle en réunissant la communauté autour de la boutique.")
p("Le calendrier détaillé des actions sur douze mois figure en annexe D.")

h2("4.4 L'écosystème ludique tourangeau", "s44")
p("Plusieurs secteurs d'activité pourraient ouvrir des débouchés à La Tanière. Les bars à jeux, d'abord, "
  "réunissent un public qui joue régulièrement. Les escape games attirent des groupes friands d'expériences "
  "ludiques. Les ludothèques publiques et les médiathèques prêtent des jeux et organisent des animations. Les "
  "comités d'entreprise recherchent des idées de soirées et de cadeaux pour les salariés. Les écoles, enfin, "
  "utilisent de plus en plus le jeu comme support pédagogique.")
p("Ces secteurs n'offrent pas tous le même potentiel. Les bars à jeux et les associations touchent des joueurs "
  "réguliers, proches de notre cible prioritaire. Les comités d'entreprise et les écoles représentent plutôt "
  "des commandes groupées, ponctuelles mais d'un montant élevé, notamment en fin d'année. Les escape games et les "
  "ludothèques publiques, enfin, contribuent surtout à faire découvrir le jeu moderne à un public nouveau, qui "
  "pourrait ensuite rejoindre les familles clientes de la boutique.")
p("Parmi ces acteurs, deux partenaires nous semblent prioritaires : le bar à jeux « Le Pion Rouge » et "
  "l'association « Touraine en Jeux ». Ils s'adressent aux mêmes joueurs que La Tanière, des joueurs experts et "
  "réguliers, et leurs habitudes de consommation sont compatibles avec celles de la boutique : on teste un jeu le "
  "soir au bar ou à l'association, on l'achète le lendemain en boutique ou en ligne. Un partenariat pourrait "
  "prendre la forme de soirées communes, d'un présentoir des nouveautés au bar et d'une remise pour les membres "
  "de l'association.")
p("À l'inverse, un rapprochement avec Ludik'Mart, qui a proposé en 2025 de distribuer des bons de réduction "
  "croisés, serait à écarter : l'image de conseil de La Tanière ne serait pas compatible avec celle d'une enseigne "
  "discount.")
p("Au-delà de ces deux partenaires prioritaires, l'écosystème de La Tanière pourrait associer six partenaires : "
  "la chaîne YouTube « La Règle en 5 minutes », l'association « Touraine en Jeux », le bar « Le Pion Rouge », le "
  "festival « Les Dés de Loire », le blog « Tours en Poche » et le comparateur « Ludiprix ».")
p("Le choix de la chaîne YouTube « La Règle en 5 minutes » mérite d'être argumenté. Cette chaîne tourangelle "
  "explique les règles des jeux en quelques minutes ; selon son créateur, 70 % de ses spectateurs ont entre 25 "
  "et 40 ans et la majorité d'entre eux jouent à des jeux experts. Son public correspond donc précisément à notre "
  "cible prioritaire, et la chaîne intervient au deuxième temps du parcours d'achat, celui de la quête "
  "d'information. Un partenariat pourrait consister à fournir les jeux présentés et à placer un lien vers la "
  "fiche du site sous chaque vidéo.")

h2("4.5 Le dispositif promotionnel de fin d'année", "s45")
p("Le projet des gérants est clair : faire de La Tanière « la référence du jeu en Touraine ». Le dispositif "
  "promotionnel de fin d'année en serait une étape. Il viserait, du 15 novembre au 24 décembre 2026, 350 "
  "commandes en ligne, dont 40 % retirées en boutique. Ces deux objectifs serviraient le projet de l'entreprise : "
  "le premier installerait le site comme un réflexe d'achat pour les joueurs tourangeaux ; le second ferait "
  "venir les clients en boutique, où le conseil et l'ambiance des soirées prennent le relais.")
p("La boutique dispose d'une première expérience en la matière : un code promotionnel avait été diffusé lors de "
  "la « Nuit du jeu » de février{{Code NUIT10 (−10 % sur le site) diffusé lors de la « Nuit du jeu » du 7 février "
  "2026 : 31 commandes, 1 240 €.}}.")
p("Pour atteindre ces objectifs, plusieurs vecteurs de communication pourraient être mobilisés : la newsletter "
  "adressée aux 1 900 contacts, le compte Instagram, le serveur Discord de l'association, la chaîne YouTube "
  "partenaire, des flyers distribués en boutique et lors des soirées, comportant un QR code vers le site, et les "
  "publications Google Business Profile de la boutique. Le retrait en boutique serait mis en avant à chaque "
  "prise de parole. Les flyers, distribués en caisse et sur les tables des soirées à partir de la mi-novembre, "
  "renverraient par QR code vers la sélection de Noël du site ; les publications Google Business Profile "
  "rappelleraient chaque semaine les horaires élargis de décembre et la possibilité de retirer sa commande en "
  "boutique{{Le retrait en boutique est gratuit et possible deux heures après la commande.}}.")
p("Le dispositif se déroulerait en trois temps. Du 15 au 30 novembre, il s'agirait d'annoncer la sélection de "
  "Noël de l'équipe et d'ouvrir les réservations. Du 1er au 15 décembre, le cœur de l'opération mettrait en avant "
  "le conseil personnalisé et le paquet cadeau offert. Du 16 au 24 décembre, enfin, la communication insisterait "
  "sur le retrait en boutique, seule solution garantissant la réception des jeux avant les fêtes. Une soirée "
  "spéciale « jeux à offrir » pourrait être organisée le vendredi 4 décembre pour faire tester les jeux de la "
  "sélection.")
p("L'articulation entre objectifs, cibles, vecteurs et messages est présentée en annexe E.")

h2("4.6 Le budget prévisionnel", "s46")
p("Le tableau 12 détaille les dépenses envisagées pour chaque composante du mix de "
  "communication digitale.")
tab("Tableau 12 – Budget prévisionnel du mix de communication digitale",
    [["Composante", "Poste de dépense", "Coût annuel estimé"],
     ["Référencement naturel", "Rédaction de 30 fiches de jeux experts par un rédacteur indépendant", "900 €"],
     ["Emailing", "Abonnement Brevo (25 € par mois)", "300 €"],
     ["Instagram", "Contenus réalisés en interne", "0 €"],
     ["Google Shopping", "Annonces du dispositif de fin d'année", "À définir"],
     ["YouTube", "Partenariat avec « La Règle en 5 minutes »", "À définir"],
     ["Total identifié", "", "1 200 €"]],
    [3.6, 7.6, 3.2], source="Source : devis et tarifs publics, mars 2026.", right=(2,), bold_rows=(6,))
p("Le coût du référencement naturel correspond à l'intervention d'un rédacteur indépendant spécialisé dans le "
  "jeu, rémunéré 30 € par fiche, qui travaillerait à partir des notes de l'équipe. L'abonnement Brevo couvre "
  "l'envoi de la newsletter mensuelle et des courriels de relance. Les contenus Instagram seraient réalisés en "
  "interne, sur le temps de travail de Quentin et de l'auteure, ce qui explique leur coût nul. Les montants "
  "consacrés à Google Shopping et au partenariat YouTube restent à arrêter avec les gérants.")
p("La rentabilité de chaque composante pourrait être appréciée à l'aide du retour sur investissement, qui rapporte "
  "le gain généré par une action à son coût{{Formule présentée en cours de pilotage webmarketing : ROI = (gain "
  "− coût de l'action) / coût de l'action.}} : ROI = (gain − coût) / coût. Un ROI positif signifie que l'action "
  "rapporte plus qu'elle ne coûte. Dans le cas de La Tanière, l'emailing est de loin le levier le plus rentable, "
  "puisque son coût est très faible au regard du nombre de contacts touchés.")

h2("4.7 Le programme relationnel", "s47")
p("La Tanière dispose déjà d'une carte de fidélité, la carte Tanière+, vendue 15 € par an, qui donne droit à "
  "5 % de remise et à l'entrée gratuite aux soirées{{212 porteurs de la carte Tanière+ au 31 décembre 2025.}}. "
  "D'autres dispositifs relationnels pourraient être envisagés ; ils sont recensés dans le tableau 13.")
tab("Tableau 13 – Dispositifs relationnels envisageables",
    [["Dispositif", "Principe", "Existant"],
     ["Carte Tanière+", "15 € par an, 5 % de remise, soirées gratuites", "Oui, en boutique"],
     ["Programme de points", "Points cumulés sur les achats en ligne, en boutique et aux soirées", "Non"],
     ["Priorité de précommande", "Réservation garantie des extensions pour les membres", "Partiellement"],
     ["Courriel d'anniversaire", "Bon d'achat de 5 € le mois de l'anniversaire", "Non"],
     ["Parrainage", "Bon d'achat offert au parrain et au filleul", "Non"]],
    [4.0, 7.4, 3.0], source="Source : analyse de l'auteure.")
p("Parmi ces dispositifs, le programme de points nous paraît le plus adapté. D'après notre enquête, 61 % des "
  "joueurs experts participent au moins une fois par mois aux soirées de La Tanière{{Question 14 : « À quelle "
  "fréquence participez-vous aux soirées jeux de La Tanière ? »}}. Des points gagnés à la fois lors des soirées et "
  "lors des achats en ligne créeraient un pont naturel entre la boutique et le site, en récompensant les "
  "comportements que l'entreprise souhaite encourager. Le programme pourrait s'appuyer sur le module de "
  "fidélité de PrestaShop et prolonger la carte Tanière+ plutôt que la remplacer. Le parrainage serait en "
  "revanche écarté : les marges sur les jeux sont trop faibles pour financer deux bons d'achat à chaque nouveau "
  "client.")
p("La priorité de précommande, déjà pratiquée de manière informelle en boutique, gagnerait à être intégrée au "
  "programme : les membres seraient informés les premiers des extensions à venir et assurés de les obtenir le "
  "jour de leur sortie. Cette mesure répond directement à l'un des premiers mobiles d'achat des joueurs experts, "
  "sans coût direct pour la boutique.")
p0("Le programme relationnel et les produits qui lui sont liés gagneraient enfin à bénéficier d'un marchandisage "
   "numérique ciblé, aux emplacements du site les plus appropriés :")
ul(["<b>le carrousel de la page d'accueil</b>, pour les nouveautés et précommandes, qui sont le premier mobile "
    "d'achat des joueurs experts ;",
    "<b>le haut de la catégorie « Jeux experts »</b>, où arrivent les joueurs venus des moteurs de recherche ;",
    "<b>le bloc « protège-cartes » des fiches de jeux experts</b>, puisque les protège-cartes s'achètent avec le "
    "jeu et protègent un investissement ;",
    "<b>le panier</b>, pour les petits accessoires achetés sur un coup de cœur ;",
    "<b>la newsletter</b>, qui touche chaque mois les clients les plus engagés."])

pb()
h2("4.8 Mesurer la notoriété de la communauté", "s48")
C.append(("it", "Cette partie sera développée lors de la soutenance."))

# ------------------------------------------------------------------------------- Conclusion
pb()
part("Conclusion générale", "concl")
p("Ce mémoire s'est attaché à comprendre comment une boutique de jeux de société indépendante peut s'appuyer sur "
  "sa communauté locale pour développer ses ventes en ligne. La revue de littérature nous a permis de mobiliser "
  "les notions de typologie, de parcours d'achat, d'omnicanalité, de différenciation et de communauté. Notre "
  "enquête, fondée sur sept entretiens et 112 réponses à un questionnaire, a mis en évidence le poids des joueurs "
  "experts dans la clientèle de La Tanière et le rôle central des soirées jeux dans leur décision d'achat.")
p("Au terme de ce travail, l'hypothèse H1 apparaît largement confirmée : les joueurs experts sont attachés au "
  "conseil et à la possibilité d'essayer, et se montrent prêts à acheter en ligne auprès de la boutique dès lors "
  "que le site prolonge cette expérience, notamment par la précommande. H2 est validée : les partenariats locaux "
  "augmentent les ventes{{Voir en particulier les sections 4.4 et 4.5.}}. L'hypothèse H3 ne peut être que "
  "partiellement validée : l'intérêt des joueurs experts pour un programme relationnel lié aux soirées est "
  "réel, mais seule sa mise en œuvre permettrait d'en mesurer les effets sur la fidélité.")
p("Nos recommandations s'organisent autour d'une idée simple : La Tanière ne gagnera pas sur le prix, mais sur "
  "le conseil et la communauté. Le mix de communication digitale proposé, le dispositif promotionnel de fin "
  "d'année, l'écosystème de partenaires et le programme relationnel visent tous à faire du site le prolongement "
  "de la boutique plutôt que son concurrent.")
p("Ce travail comporte des limites, liées notamment à la taille et au mode de recrutement de l'échantillon. Il "
  "ouvre aussi des perspectives : la réalisation des actions proposées, prévue au cours de l'année 2026, "
  "permettra d'en mesurer les effets{{Nous prévoyons de présenter un premier point d'étape lors de la "
  "soutenance.}}. À plus long terme, la question se posera de l'ouverture du site à des joueurs situés hors de "
  "Touraine, pour lesquels la communauté locale ne jouera plus le même rôle.")

# ------------------------------------------------------------------------------- Bibliographie
REFS = [
    "Berry, L. L. (1983). Relationship marketing. Dans L. L. Berry, G. L. Shostack et G. D. Upah (dir.), "
    "<i>Emerging perspectives on services marketing</i> (p. 25-28). American Marketing Association.",
    "Chaffey, D. et Ellis-Chadwick, F. (2019). <i>Digital marketing</i> (7e éd.). Pearson.",
    "Cova, B. (1995). <i>Au-delà du marché : quand le lien importe plus que le bien</i>. L'Harmattan.",
    "Filser, M. (1994). <i>Le comportement du consommateur</i>. Dalloz.",
    "Kotler, P., Kartajaya, H. et Setiawan, I. (2017). <i>Marketing 4.0 : moving from traditional to "
    "digital</i>. Wiley.",
    "Kotler, P., Keller, K. L., Manceau, D. et Hémonnet-Goujot, A. (2019). <i>Marketing management</i> (16e éd.). "
    "Pearson France.",
    "Lendrevie, J. et Lévy, J. (2014). <i>Mercator : tout le marketing à l'ère numérique</i> (11e éd.). Dunod.",
    "McLean, G. et Osei-Frimpong, K. (2017). Examining satisfaction with the experience during a live chat service "
    "encounter : implications for website providers. <i>Computers in Human Behavior</i>, <i>76</i>, 494-508.",
    "Meyer-Waarden, L. (2004). <i>La fidélisation client : stratégies, pratiques et efficacité des outils du "
    "marketing relationnel</i>. Vuibert.",
    "Muniz, A. M. et O'Guinn, T. C. (2001). Brand community. <i>Journal of Consumer Research</i>, <i>27</i>(4), "
    "412-432.",
    "Porter, M. E. (1986). <i>L'avantage concurrentiel</i>. InterÉditions.",
    "Rigby, D. (2011). The future of shopping. <i>Harvard Business Review</i>, <i>89</i>(12), 65-76.",
    "Solomon, M. R. (2018). <i>Consumer behavior : buying, having, and being</i> (12e éd.). Pearson.",
    "Verhoef, P. C., Kannan, P. K. et Inman, J. J. (2015). From multi-channel retailing to omni-channel "
    "retailing. <i>Journal of Retailing</i>, <i>91</i>(2), 174-181.",
    "Brevo. (s. d.). <i>Tarifs</i>. Consulté le 2 mars 2026, à l'adresse https://www.brevo.com/fr/pricing/",
    "PrestaShop. (s. d.). <i>Documentation utilisateur PrestaShop 8</i>. Consulté le 14 mars 2026, à l'adresse "
    "https://docs.prestashop-project.org/",
]
assert len(REFS) == 16

# ------------------------------------------------------------------------------- Annexes
MONTHS = ["Avr.", "Mai", "Juin", "Juil.", "Août", "Sept.", "Oct.", "Nov.", "Déc.", "Janv.", "Févr.", "Mars"]
CAL = [
    ("Réécriture des fiches de jeux experts", {0, 1, 2}),
    ("Newsletter mensuelle (Brevo)", set(range(12))),
    ("Page « Soirées jeux » et fiche Google Business", {0, 1}),
    ("Reels d'unboxing Instagram", {6, 7, 8, 11}),
    ("Partenariat YouTube « La Règle en 5 minutes »", {6, 7}),
    ("Soirées communes avec « Le Pion Rouge »", {5, 6, 9, 10}),
    ("Lancement du programme de points", {5, 6}),
    ("Google Shopping et dispositif de fin d'année", {7, 8}),
    ("Stand au festival « Les Dés de Loire »", {11}),
]
assert len(CAL) == 9

ARTIC = [
    ["Objectif", "Cible", "Vecteur", "Message"],
    ["Atteindre 350 commandes en ligne", "Joueurs experts locaux", "Newsletter, Discord",
     "« Vos jeux de Noël, conseillés par ceux qui y jouent »"],
    ["Porter à 40 % la part des retraits en boutique", "", "Flyers avec QR code, Google Business Profile",
     "« Commandez en ligne, retirez au chaud à Plumereau »"],
    ["Faire découvrir les nouveautés de la saison", "Joueurs experts", "YouTube, reels Instagram",
     "« Testées en soirée avant d'être sous le sapin »"],
    ["Toucher les acheteurs de cadeaux", "Acheteurs de cadeaux de Noël", "Instagram, Google Business Profile",
     "« Un conseil, un paquet cadeau, zéro erreur »"],
    ["Remplir les soirées de décembre", "", "Discord, flyers", "« Venez tester avant d'offrir »"],
]
assert sum(1 for r in ARTIC[1:] if not r[1]) == 2

GUIDE = [
    ("Thème 1 – Le rapport au jeu", ["Depuis quand jouez-vous aux jeux de société ?",
                                      "À quels types de jeux jouez-vous, avec qui et à quelle fréquence ?",
                                      "Qu'est-ce qu'un « bon » jeu pour vous ?"]),
    ("Thème 2 – Les habitudes d'achat", ["Où avez-vous acheté vos derniers jeux ? Pourquoi à cet endroit ?",
                                          "Comment vous informez-vous avant d'acheter un jeu ?",
                                          "Qu'est-ce qui pourrait vous faire renoncer à un achat ?"]),
    ("Thème 3 – La Tanière et son site", ["Comment avez-vous connu La Tanière ?",
                                          "Avez-vous déjà commandé sur le site ? Racontez-nous cette expérience.",
                                          "Que faudrait-il pour que vous achetiez davantage en ligne chez nous ?"]),
    ("Thème 4 – La communauté", ["Participez-vous aux soirées jeux ? Qu'y trouvez-vous ?",
                                 "Fréquentez-vous d'autres lieux ou groupes de joueurs en Touraine ?",
                                 "Quelle place tient le jeu dans votre vie sociale ?"]),
]

QUEST = [
    "Quel est votre âge ?", "Vous êtes : une femme / un homme / autre / ne se prononce pas.",
    "Où résidez-vous ?", "À quelle fréquence jouez-vous aux jeux de société ?",
    "À quels types de jeux jouez-vous le plus (plusieurs réponses possibles) ?",
    "Combien de jeux achetez-vous par an, environ ?", "Quel budget annuel consacrez-vous aux jeux de société ?",
    "Achetez-vous des extensions pour vos jeux ?", "Où achetez-vous habituellement vos jeux ?",
    "Qu'est-ce qui vous pousse à acheter un jeu (trois réponses maximum) ?",
    "Qu'est-ce qui pourrait vous retenir d'acheter un jeu en ligne chez La Tanière ?",
    "Avez-vous déjà commandé sur le site de La Tanière ?",
    "Si oui, comment évaluez-vous cette expérience (de 1 à 5) ?",
    "À quelle fréquence participez-vous aux soirées jeux de La Tanière ?",
    "Avez-vous déjà acheté un jeu après l'avoir essayé en soirée ?",
    "Êtes-vous titulaire de la carte Tanière+ ?",
    "Suivez-vous La Tanière sur les réseaux sociaux ? Lesquels ?",
    "Quels contenus aimeriez-vous recevoir de notre part ?",
    "Souhaitez-vous ajouter un commentaire ?",
]
assert len(QUEST) == 19

EXTRAITS = [
    ("Extrait de l'entretien E3 (Thomas, joueur expert)",
     ["<b>Q.</b> Où avez-vous acheté Forteresse de Brume ?",
      "<b>R.</b> Ici, en boutique. Je l'avais essayé deux vendredis de suite. Honnêtement, je l'avais vu moins cher "
      "en ligne, mais Quentin m'avait expliqué les deux variantes de règles, et on l'a joué ensemble. Ça vaut bien "
      "les quelques euros de différence.",
      "<b>Q.</b> Et pour l'extension ?",
      "<b>R.</b> Je l'ai précommandée sur le site, en janvier. C'est pratique, je la récupère en boutique le jour "
      "de la sortie. Par contre, si on me l'envoyait avec un coin abîmé, je serais furieux."]),
    ("Extrait de l'entretien E6 (gérant du bar « Le Pion Rouge »)",
     ["<b>Q.</b> Vos clients vous demandent-ils où acheter les jeux ?",
      "<b>R.</b> Tout le temps. Ils jouent chez nous le soir, ils adorent, et ils me demandent où le trouver. Je "
      "les envoie à La Tanière, c'est à cinq minutes. Souvent ils y passent le lendemain.",
      "<b>Q.</b> Seriez-vous prêt à organiser des soirées communes ?",
      "<b>R.</b> Oui, à condition que ce soit en semaine : le week-end, la salle est pleine."]),
]


# =============================================================================== flowables
HEAD_PAGES = {}
FN_PAGE = {}          # numéro de note -> page (passe courante)
FN_RESERVE = {}       # page -> hauteur réservée (passe précédente)
FN_NEED = {}          # page -> hauteur nécessaire (passe courante)
TAB_N = [0]


class Heading(Paragraph):
    def __init__(self, text, st, key):
        Paragraph.__init__(self, fr(text), st)
        self.key = key


class TOCLine(Flowable):
    def __init__(self, text, page, level):
        Flowable.__init__(self)
        self.text, self.page, self.level = fr(text), page, level

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 18 if self.level == 0 else 16.5

    def draw(self):
        c = self.canv
        fn = "TB" if self.level == 0 else "T"
        fs = 12 if self.level == 0 else 11.5
        ind = 0 if self.level == 0 else 0.6 * cm
        c.setFont(fn, fs)
        c.drawString(ind, 4, self.text)
        pg = str(self.page)
        c.drawRightString(self.aw, 4, pg)
        x = ind + c.stringWidth(self.text, fn, fs) + 4
        end = self.aw - c.stringWidth(pg, fn, fs) - 4
        c.setFont("T", fs)
        step = 3.4
        x = step * (int(x / step) + 1)
        while x < end - 2:
            c.drawString(x, 4, ".")
            x += step


class CaptureBox(Flowable):
    def __init__(self, lines, h):
        Flowable.__init__(self)
        self.lines, self.hh = lines, h

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.hh

    def draw(self):
        c = self.canv
        w = self.aw * 0.86
        x0 = (self.aw - w) / 2
        c.saveState()
        c.setFillColor(colors.HexColor("#D9D9D9"))
        c.setStrokeColor(colors.HexColor("#A6A6A6"))
        c.rect(x0, 0, w, self.hh, fill=1, stroke=1)
        c.setFillColor(colors.HexColor("#BFBFBF"))
        c.rect(x0, self.hh - 0.5 * cm, w, 0.5 * cm, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#262626"))
        n = len(self.lines)
        mid = (self.hh - 0.5 * cm) / 2
        for i, ln in enumerate(self.lines):
            c.setFont("T" if i else "TB", 10.5)
            c.drawCentredString(self.aw / 2, mid + (n - 1) * 8 - i * 16 - 3, fr(ln))
        c.restoreState()


def on_fn(canv, kind, label):
    n = int(label)
    pg = canv.getPageNumber()
    FN_PAGE[n] = pg


def fn_paras(page):
    nums = sorted(n for n, pg in FN_PAGE.items() if pg == page)
    return [(n, Paragraph(fr("<super>%d</super> %s" % (n, FN[n - 1])), fnst)) for n in nums]


def fn_height(paras):
    if not paras:
        return 0
    h = 0.45 * cm
    for n, para in paras:
        h += para.wrap(UW, FH)[1] + 1.5
    return h


def deco(c, d):
    c.saveState()
    c.setFont("T", 11)
    c.drawCentredString(PW / 2, 1.35 * cm, str(c.getPageNumber()))
    c.restoreState()


def deco_end(c, d):
    page = c.getPageNumber()
    paras = fn_paras(page)
    need = fn_height(paras)
    FN_NEED[page] = need
    if not paras:
        return
    y = BM
    hs = [para.wrap(UW, FH)[1] for n, para in paras]
    top = BM + sum(hs) + 1.5 * len(hs)
    c.saveState()
    c.setLineWidth(0.5)
    c.line(LM, top + 0.2 * cm, LM + 5 * cm, top + 0.2 * cm)
    c.restoreState()
    y = top
    for (n, para), h in zip(paras, hs):
        y -= h
        para.drawOn(c, LM, y)
        y -= 1.5


class Doc(BaseDocTemplate):
    def beforeDocument(self):
        self.canv.setNamedCB("fn", on_fn)

    def beforePage(self):
        f = self.pageTemplate.frames[0]
        if f.id == "body":
            r = FN_RESERVE.get(self.page, 0)
            f._y1 = BM + r
            f._height = FH - r
            f._geom()

    def afterFlowable(self, fl):
        if isinstance(fl, Heading):
            HEAD_PAGES[fl.key] = self.page


def table_flow(item):
    _, caption, rows, widths, source, center, right, bold_rows, fs, head = item
    if caption.startswith("Tableau"):
        TAB_N[0] += 1
        assert caption.startswith("Tableau %d –" % TAB_N[0]), caption
    st = ParagraphStyle("c%s" % fs, parent=cell, fontSize=fs, leading=fs * 1.2)
    stb = ParagraphStyle("cb%s" % fs, parent=st, fontName="TB")
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, val in enumerate(r):
            b = (i < head) or (i in bold_rows)
            s = stb if b else st
            if j in right:
                s = ParagraphStyle("r", parent=s, alignment=TA_RIGHT)
            elif j in center:
                s = ParagraphStyle("cc", parent=s, alignment=TA_CENTER)
            line.append(Paragraph(fr(str(val)).replace("\n", "<br/>"), s))
        data.append(line)
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=head, hAlign="CENTER")
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, head - 1), colors.HexColor("#D9D9D9")))
    for r in bold_rows:
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2")))
    t.setStyle(TableStyle(style))
    out = [Paragraph(fr(caption), capst), t]
    if source:
        out.append(Paragraph(fr(source), srcst))
    return [KeepTogether(out)]


TOC_KEYS = []


def toc_entries():
    out = []
    for it in C:
        if it[0] == "h1":
            out.append((it[2], it[1], 0))
        elif it[0] == "h2":
            out.append((it[2], it[1], 1))
    out += [("biblio", "Bibliographie", 0), ("annexes", "Annexes", 0)]
    return out


TOC = toc_entries()


def front():
    tit = ParagraphStyle("tit", fontName="TB", fontSize=26, leading=32, alignment=TA_CENTER)
    sub = ParagraphStyle("sub", fontName="TI", fontSize=14, leading=19, alignment=TA_CENTER)
    ctr = ParagraphStyle("ctr", fontName="T", fontSize=12.5, leading=17, alignment=TA_CENTER)
    ctrb = ParagraphStyle("ctrb", parent=ctr, fontName="TB")
    S = [Spacer(1, 0.6 * cm),
         Paragraph(fr("Institut Supérieur du Numérique Val de Loire"), ctrb),
         Paragraph(fr("Bachelor « Chef de projet e-commerce » — Session 2026"), ctr),
         Spacer(1, 3.2 * cm),
         Paragraph(fr("Mémoire professionnel"), ctr),
         Spacer(1, 0.5 * cm),
         Paragraph(fr("Du plateau à l'écran"), tit),
         Spacer(1, 0.5 * cm),
         Paragraph(fr("Comment une boutique de jeux de société indépendante peut-elle s'appuyer sur sa communauté "
                      "locale pour développer ses ventes en ligne ? Le cas de La Tanière Ludique, à Tours"), sub),
         Spacer(1, 3.6 * cm),
         Paragraph(fr("Présenté par <b>Clara Despréaux</b>"), ctr),
         Paragraph(fr("Alternante assistante e-commerce chez La Tanière Ludique"), ctr),
         Spacer(1, 1.4 * cm),
         Paragraph(fr("Directrice de mémoire : Mme Hélène Vasseur"), ctr),
         Paragraph(fr("Tutrice en entreprise : Mme Céline Meunier, cogérante de La Tanière Ludique"), ctr),
         Spacer(1, 2.0 * cm),
         Paragraph(fr("Année universitaire 2025-2026"), ctr),
         NextPageTemplate("body"), PageBreak()]
    S += [Paragraph("Remerciements", h1s),
          Paragraph(fr("Nous tenons à remercier en premier lieu Mme Céline Meunier, notre tutrice, ainsi que M. "
                       "Arnaud Meunier, pour leur confiance, leur disponibilité et la liberté qu'ils nous ont "
                       "laissée dans la conduite de ce travail. Leur passion pour le jeu et pour leur boutique a "
                       "été une source constante de motivation."), body),
          Paragraph(fr("Nous remercions également Mme Hélène Vasseur, notre directrice de mémoire, pour ses "
                       "conseils méthodologiques et ses relectures attentives, qui nous ont aidée à structurer "
                       "notre réflexion."), body),
          Paragraph(fr("Nos remerciements vont aussi à Quentin Aubry, pour sa patience et sa connaissance "
                       "encyclopédique des jeux, aux personnes qui ont accepté de nous accorder un entretien, aux "
                       "membres de l'association « Touraine en Jeux » et aux 112 répondants du questionnaire."),
                    body),
          Paragraph(fr("Enfin, merci à l'équipe pédagogique de l'Institut Supérieur du Numérique Val de Loire, "
                       "ainsi qu'à notre famille et à nos amis, partenaires fidèles de nombreuses parties."), body),
          PageBreak(),
          Paragraph(fr("Résumé"), h1s),
          Paragraph(fr("Ce mémoire étudie la manière dont une boutique indépendante de jeux de société peut "
                       "s'appuyer sur sa communauté locale pour développer ses ventes en ligne. À partir du cas de "
                       "La Tanière Ludique, boutique tourangelle qui organise chaque semaine des soirées jeux, nous "
                       "avons mené sept entretiens semi-directifs et une enquête par questionnaire auprès de 112 "
                       "personnes. Les résultats mettent en évidence le poids des joueurs experts, attachés au "
                       "conseil, à la nouveauté et à la possibilité d'essayer les jeux, mais retenus en ligne par "
                       "le prix et les frais de port. Nous formulons des axes de préconisation fondés sur le conseil et la "
                       "communauté plutôt que sur le prix : mix de communication digitale en trois phases, "
                       "partenariats locaux, dispositif promotionnel de fin d'année et programme relationnel."),
                    body),
          Paragraph(fr("<b>Mots-clés</b> : jeux de société, commerce indépendant, communauté, omnicanalité, "
                       "programme relationnel, PrestaShop."), body0),
          Spacer(1, 0.6 * cm),
          Paragraph("Abstract", h1s),
          Paragraph(fr("This thesis examines how an independent board game shop can rely on its local community "
                       "to grow its online sales. Based on the case of La Tanière Ludique, a shop in Tours that "
                       "hosts weekly game nights, we conducted seven semi-structured interviews and a survey of "
                       "112 respondents. The results highlight the weight of expert gamers, who value advice, new "
                       "releases and the opportunity to try games, but are held back online by prices and "
                       "shipping costs. We recommend a strategy built on advice and community rather than price: "
                       "a three-phase digital communication mix, local partnerships, a year-end promotional "
                       "campaign and a loyalty programme."), body),
          Paragraph(fr("<b>Keywords</b>: board games, independent retail, community, omnichannel, loyalty, "
                       "PrestaShop."), body0),
          PageBreak()]
    return S


def story(pages):
    TAB_N[0] = 0
    S = front()
    S.append(Paragraph("Sommaire", h1s))
    for key, text, lvl in TOC:
        S.append(TOCLine(text, pages.get(key, 0), lvl))
    S.append(PageBreak())
    for it in C:
        k = it[0]
        if k == "h1":
            S.append(Heading(it[1], h1s, it[2]))
        elif k == "h2":
            S.append(Heading(it[1], h2s, it[2]))
        elif k == "h3":
            S.append(Paragraph(fr(it[1]), h3s))
        elif k == "p":
            S.append(Paragraph(fr(it[1]), body))
        elif k == "p0":
            S.append(Paragraph(fr(it[1]), body0))
        elif k == "v":
            S.append(Paragraph(fr(it[1]), verb))
        elif k == "it":
            S.append(Paragraph(fr("<i>%s</i>" % it[1]), body0))
        elif k == "ul":
            for x in it[1]:
                S.append(Paragraph(fr(x), bul, bulletText="•"))
            S.append(Spacer(1, 4))
        elif k == "ol":
            for i, x in enumerate(it[1], 1):
                S.append(Paragraph(fr(x), bul, bulletText="%d." % i))
            S.append(Spacer(1, 4))
        elif k == "pb":
            S.append(PageBreak())
        elif k == "sp":
            S.append(Spacer(1, it[1]))
        elif k == "cond":
            S.append(CondPageBreak(it[1]))
        elif k == "tab":
            S += table_flow(it)
        elif k == "capt":
            S.append(KeepTogether([Spacer(1, 4), CaptureBox(it[2], it[3] * cm),
                                   Paragraph(fr(it[1]), ParagraphStyle("fc", parent=capst, spaceBefore=4,
                                                                       spaceAfter=10))]))
    # bibliographie
    S += [PageBreak(), Heading("Bibliographie", h1s, "biblio")]
    for r in REFS:
        S.append(Paragraph(fr(r), bib))
    # annexes
    S += [PageBreak(), Heading("Annexes", h1s, "annexes")]
    S.append(Paragraph(fr("Annexe A – Guide d'entretien"), h2s))
    S.append(Paragraph(fr("Présentation : objet de l'entretien, anonymat, durée estimée (40 minutes), accord pour "
                          "l'enregistrement."), body0))
    for th, qs in GUIDE:
        S.append(Paragraph(fr(th), h3s))
        for q in qs:
            S.append(Paragraph(fr(q), bul, bulletText="–"))
    S += [PageBreak(), Paragraph(fr("Annexe B – Questionnaire (19 questions)"), h2s)]
    qst = ParagraphStyle("q", parent=bul, leading=15.5, spaceAfter=1.5)
    for i, q in enumerate(QUEST, 1):
        S.append(Paragraph(fr(q), qst, bulletText="%d." % i))
    S += [PageBreak(), Paragraph(fr("Annexe C – Extraits d'entretiens"), h2s)]
    ext = ParagraphStyle("ext", parent=body0, fontSize=11, leading=16)
    for t, lines in EXTRAITS:
        S.append(Paragraph(fr(t), h3s))
        for ln in lines:
            S.append(Paragraph(fr(ln), ext))
    S += [PageBreak(), Paragraph(fr("Annexe D – Calendrier des actions (avril 2026 – mars 2027)"), h2s)]
    rows = [["Action"] + MONTHS]
    for name, ms in CAL:
        rows.append([name] + ["X" if i in ms else "" for i in range(12)])
    stc = ParagraphStyle("cal", parent=cell, fontSize=9, leading=10.8)
    stcb = ParagraphStyle("calb", parent=stc, fontName="TB", alignment=TA_CENTER)
    stcc = ParagraphStyle("calc", parent=stc, alignment=TA_CENTER)
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(fr(x), (stcb if i == 0 else (stc if j == 0 else stcc))) for j, x in enumerate(r)])
    t = Table(data, colWidths=[4.6 * cm] + [(UW - 4.6 * cm) / 12] * 12, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    S.append(t)
    S += [Spacer(1, 1.0 * cm), Paragraph(fr("Annexe E – Articulation du dispositif promotionnel de fin d'année"), h2s)]
    data = []
    for i, r in enumerate(ARTIC):
        data.append([Paragraph(fr(x), cellb if i == 0 else cell) for x in r])
    t = Table(data, colWidths=[4.2 * cm, 3.4 * cm, 3.6 * cm, UW - 11.2 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    S.append(t)
    return S


def build(target, pages):
    HEAD_PAGES.clear()
    FN_PAGE.clear()
    FN_NEED.clear()
    doc = Doc(target, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title="Du plateau à l'écran - Mémoire - Clara Despréaux", author=AUTHOR, creator=WORD,
              producer=WORD, subject="Mémoire professionnel - Bachelor Chef de projet e-commerce - session 2026",
              invariant=1, lang="fr-FR")
    f_cover = Frame(LM, BM, UW, FH, id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f_body = Frame(LM, BM, UW, FH, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="cover", frames=[f_cover], pagesize=A4),
                          PageTemplate(id="body", frames=[f_body], onPage=deco, onPageEnd=deco_end, pagesize=A4)])
    doc.build(story(pages))
    return dict(HEAD_PAGES), doc.page, dict(FN_PAGE), dict(FN_NEED)


def main():
    os.makedirs(OUT, exist_ok=True)
    pages = {}
    FN_RESERVE.clear()
    state = None
    for it in range(25):
        pages, last, fnp, need = build(io.BytesIO(), pages)
        new_state = (tuple(sorted(pages.items())), last, tuple(sorted(fnp.items())),
                     tuple(sorted((k, round(v, 2)) for k, v in FN_RESERVE.items())))
        # réserve monotone à partir de la 3e passe (évite les oscillations d'une note entre deux pages)
        for k, v in need.items():
            if v:
                want = v + 0.2 * cm
                FN_RESERVE[k] = max(FN_RESERVE.get(k, 0), want) if it >= 2 else want
        if it < 2:
            for k in list(FN_RESERVE):
                if not need.get(k):
                    del FN_RESERVE[k]
        if new_state == state:
            break
        state = new_state
    else:
        raise SystemExit("pagination instable")
    pages2, last2, fnp2, need2 = build(PDF, pages)
    assert pages2 == pages and last2 == last and fnp2 == fnp
    for pg, h in need2.items():
        assert h <= FN_RESERVE.get(pg, 0) + 0.01, (pg, h)
    print("pages :", last, "| tableaux :", TAB_N[0], "| notes :", len(FN), "| passes :", it + 1)
    print({k: pages[k] for k in ("intro", "p1", "p2", "p3", "p4", "s47", "s48", "concl", "biblio", "annexes")})
    assert TAB_N[0] == 13, TAB_N[0]
    assert "38 %" in FN[2] and "16 %" in FN[2], FN[2]
    assert "NUIT10" in FN[23] and sum("NUIT10" in f for f in FN) == 1
    assert pages["s48"] == 31, pages["s48"]


if __name__ == "__main__":
    main()
