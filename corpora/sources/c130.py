# -*- coding: utf-8 -*-
# Générateur du dossier du candidat c130 (Cabanon Vintage SAS, friperie en ligne, atelier-entrepôt de Marseille 14e)
# — blocs 1, 3 et 4, session 2026, alternant Bachelor 3. Trois fichiers :
#   1) rapport_Nolan_Cabanon_v2.odt : rapport ODT écrit dans LibreOffice Writer (~22 pages), couverture « mood board »
#      (image de blocs de couleur), sommaire automatique (text:table-of-content, numéros de page calculés en deux passes
#      par une conversion PDF LibreOffice), « Titre 1 » orange en capitales, « Titre 2 » 1.1, lignes grasses « → »,
#      en-tête « Cabanon Vintage ✦ rapport d'alternance », 10 tableaux, 6 cadres image gris légendés,
#      3 commentaires de marge (office:annotation, auteur « Nolan ») laissés dans le fichier ;
#   2) Search_Console_requetes_comparaison.csv : export Search Console en mode comparaison (~260 requêtes) ;
#   3) stats_insta_lives_ads.xlsx : classeur construit en ODS (odfpy, vraies formules avec valeurs calculées)
#      puis converti en XLSX par LibreOffice (profil privé), onglets « Lives », « Reels », « Meta Ads », « Drops ».
# Déterministe : métadonnées figées, aléa à graine fixe, zips reconditionnés à date fixe.
import io, os, random, re, shutil, subprocess, tempfile, zipfile
from PIL import Image as PILImage, ImageDraw
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet, IS_IMAGE
from odf.style import (FontFace, Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties, PageLayout, PageLayoutProperties, HeaderStyle, FooterStyle, HeaderFooterProperties,
                       MasterPage, Header, Footer, ListLevelProperties, GraphicProperties, TabStops, TabStop,
                       TableRowProperties)
from odf.text import (P, H, Span, PageNumber, List, ListItem, ListStyle, ListLevelStyleBullet, Tab, TableOfContent,
                      TableOfContentSource, IndexTitleTemplate, TableOfContentEntryTemplate, IndexEntryLinkStart,
                      IndexEntryText, IndexEntryTabStop, IndexEntryPageNumber, IndexEntryLinkEnd, IndexBody, IndexTitle)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.draw import Frame, Image
from odf.office import Annotation
from odf.meta import InitialCreator, CreationDate, Generator
from odf.dc import Creator, Date, Title, Language
from odf import number as N

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "c130-friperie-en-ligne-marseille")
os.makedirs(OUT, exist_ok=True)
ODT = os.path.join(OUT, "rapport_Nolan_Cabanon_v2.odt")
CSV = os.path.join(OUT, "Search_Console_requetes_comparaison.csv")
XLSX = os.path.join(OUT, "stats_insta_lives_ads.xlsx")
AUTHOR = "Nolan Sabatier"
STAMP = "2026-03-09T23:52:00"
ZSTAMP = (2026, 3, 9, 23, 52, 0)
LO_PROFILE = "file:///tmp/lo-c130-friperie-en-ligne-marseille"


def repack(path, stamp, fix=None):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            if fix:
                data = fix(name, data)
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def soffice(args, cwd):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--norestore"] + args
    subprocess.run(cmd, cwd=cwd, check=True, timeout=240, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =====================================================================================================================
#                                                CONTENU DU RAPPORT
# =====================================================================================================================
OPS = []


def H1(t): OPS.append(("h1", t))
def H2(t): OPS.append(("h2", t))
def PP(t, comment=None): OPS.append(("p", t, comment))
def ARROW(t): OPS.append(("arrow", t))
def LI(items): OPS.append(("list", items))
def QUOTE(t): OPS.append(("quote", t))
def TBL(caption, rows, widths, size="9.5pt", grid2=False): OPS.append(("table", caption, rows, widths, size, grid2))
def IMG(caption, comment=None): OPS.append(("img", caption, comment))


# ------------------------------------------------------------------------------------------------------------- intro
H1("INTRO — CABANON VINTAGE EN DEUX MOTS")
PP("Cabanon Vintage, c'est une friperie en ligne née en 2020 dans un ancien entrepôt de pièces auto du 14e, pas loin de "
   "Saint-Barthélemy. Au départ c'étaient juste Inès Benhamou et Maxime Giordano qui revendaient des vestes sur Vinted. Aujourd'hui on est six dans l'atelier-entrepôt et la boîte a fait **610 k€ HT** "
   "de chiffre d'affaires en 2025.")
PP("Le modèle est simple à expliquer mais chaud à faire tourner. Maxime achète des ballots de 45 kg dans des centres de tri en "
   "Belgique et en Italie. On les ouvre, on trie, on lave, on répare ce qui se répare, Lina Ouali shoote, et les pièces partent "
   "en ligne. Chaque pièce est unique : il n'y a **pas de restock**. Et c'est justement ça qui fait venir les gens.")
ARROW("→ D'où vient l'argent")
LI(["**Shopify : 71 %** du CA, en comptant les commandes passées pendant les lives (elles passent par des liens de paiement Shopify) ;",
    "**Vinted Pro : 11 %**, surtout pour écouler les pièces qui ne partent pas au bout de trois drops ;",
    "**Pop-ups : 18 %**, les ventes physiques (cours Julien, Friche la Belle de Mai, marchés de créateurs)."])
ARROW("→ Les deux rendez-vous qui font tourner la boutique")
PP("Le **drop du jeudi à 19 h** : entre 120 et 180 pièces mises en ligne d'un coup sur le site, annoncées toute la semaine en "
   "story. Et le **live shopping du dimanche à 18 h** sur Instagram : Lina essaie les pièces en direct, les gens commentent "
   "« je prends », on leur envoie un lien de paiement. Au pic du live on tourne autour de 640 viewers, ce qui est "
   "énorme pour une fripe de notre taille.")
PP("Quelques pièces pour situer les prix : la « Veste Levi's trucker années 80 — M » à 55 €, la « Veste Carhartt Detroit délavée "
   "L » à 89 €, et notre best-seller de l'hiver, la « Mystery box workwear 5 pièces » à 49 €.")
ARROW("→ Et moi dans tout ça")
PP("Moi c'est Nolan Sabatier, 22 ans, en Bachelor 3 à la Massalia Digital School, en alternance « social media & e-commerce » "
   "chez Cabanon depuis septembre 2024 (trois jours à l'atelier, deux jours à l'école). Ma tutrice c'est Inès. Au quotidien je "
   "gère le compte Insta et TikTok, les pubs Meta, une partie des annonces Shopify et, depuis l'automne, le ref' du site.")
PP("Dans ce rapport je raconte la strat' qu'on a montée avec Inès (partie 1), un petit détour par l'atelier parce que sans ça "
   "on comprend rien à nos chiffres (partie 2), le ref' et les pubs (partie 3), et enfin comment on écrit et on shoote nos "
   "annonces (partie 4). Les chiffres bruts sont dans deux fichiers à côté du rapport : l'export de la Search Console "
   "(Search_Console_requetes_comparaison.csv) et le classeur stats_insta_lives_ads.xlsx.")

# ------------------------------------------------------------------------------------------------------------- partie 1
H1("PARTIE 1 — LA STRAT'")
H2("1.1 Les squads : ce qui les hype, ce qui les saoule")
PP("Avant de parler strat', il fallait savoir à qui on parle. Inès avait une idée (« nos clients c'est des étudiants »), Maxime "
   "une autre (« nos clients c'est des mecs qui connaissent les références par cœur »). Du coup, début octobre 2025, j'ai lancé "
   "une série de stories sondage pendant cinq jours : « Tu chines pour quoi ? », « Qu'est-ce qui te fait lâcher un panier ? », "
   "« Drop ou live ? », « Ton budget max pour une veste ? », plus une boîte à questions. Au total **812 réponses**, plus une "
   "soixantaine de DM qu'on a lus un par un avec Lina.")
PP("Il en sort deux squads très nettes (il y en a d'autres, genre les revendeurs qui achètent pour revendre sur Vinted, mais "
   "je les mets de côté ici).")
TBL("Tableau 1 – Les deux squads qui ressortent du sondage d'octobre 2025", [
    ["", "Les chineuses étudiantes", "Les collectionneurs workwear"],
    ["Qui", "18–24 ans, surtout des filles, étudiantes à Aix-Marseille, achètent sur téléphone", "25–40 ans, surtout des mecs, partout en France, connaissent les modèles et les étiquettes"],
    ["Part des réponses", "52 % des 812 réponses", "29 % des 812 réponses"],
    ["Panier moyen (Shopify, sept.–nov. 2025)", "31 €", "58 €"],
    ["Ce qui les hype", "la pièce que personne d'autre n'aura, l'adrénaline du drop, les prix doux, le style 90s / Y2K, les try-on", "les références rares (Detroit, chore jacket, Dickies 874), l'étiquette « made in USA », la patine d'une vraie veste de chantier"],
    ["Ce qui les saoule", "les tailles sans mesures (« un M des années 80 c'est pas un M de maintenant »), les frais de port, les pièces sold out en 3 minutes", "les défauts cachés (trou sous le bras découvert au déballage, tache pas montrée), les photos trop filtrées, les vendeurs qui répondent pas"],
    ["Où on les croise", "TikTok, stories, pop-ups", "lives du dimanche, DM, Vinted"],
], [3.6, 6.5, 6.5])
PP("Le truc qui m'a le plus marqué, c'est que les deux squads se plaignent de la même chose au fond : **ne pas savoir ce qu'elles "
   "vont recevoir**. Pour les chineuses c'est la taille, pour les collectionneurs c'est l'état. Ça a guidé pas mal de choses dans la partie 4.")
IMG("Figure 1 – Un des stickers sondage de la série d'octobre (812 réponses au total)")

H2("1.2 Le chemin jusqu'au colis (squad collectionneurs)")
PP("J'ai pris la squad des collectionneurs parce que c'est elle qu'on vise en premier (voir 1.6) et parce que leur chemin est "
   "plus long que celui des chineuses. Un collectionneur n'achète pas une Detroit à 89 € sur un coup de tête : il regarde, il "
   "compare, il pose des questions. Je l'ai reconstruit à partir des DM et de Shopify.")
TBL("Tableau 2 – Le chemin jusqu'au colis d'un collectionneur workwear", [
    ["Étape", "Ce qu'il fait", "Ce qui peut le saouler", "Ce qu'on fait"],
    ["1. Teaser reel (jeudi midi ou samedi)", "voit passer une Detroit en try-on dans son feed, enregistre le reel, check notre profil", "pas de taille ni de prix dans le reel", "on écrit taille + prix à l'écran et « dispo dimanche en live »"],
    ["2. Live try-on (dimanche 18 h)", "regarde Lina la porter, demande « elle tombe comment aux épaules ? », tape « je prends »", "quelqu'un d'autre la réserve avant lui", "le premier « je prends » a la pièce, le deuxième passe en backup"],
    ["3. DM pour les mesures", "demande les mesures à plat et une photo du défaut au poignet", "réponse lente, il va voir ailleurs", "Lina répond pendant ou juste après le live avec les 4 mesures et la photo"],
    ["4. Lien de paiement", "reçoit un lien Shopify, paie en Apple Pay ou PayPal", "devoir recréer un compte, frais de port surprise", "Maxime envoie le lien depuis Shopify dans la foulée"],
    ["5. Story unboxing", "reçoit le colis en 48–72 h, poste une story en nous identifiant", "colis mal plié, odeur de stock", "on repartage la story et on lui glisse une carte écrite à la main"],
], [3.3, 4.6, 4.0, 4.7])
PP("Ce que ça m'apprend : chez le collectionneur, **la décision se prend pendant le live et se confirme en DM**. Le site sert "
   "surtout à payer.")
IMG("Figure 2 – Live du dimanche : Lina en try-on d'une Detroit, commentaires « je prends » à droite")

H2("1.3 Le scan des autres fripes")
PP("J'ai regardé trois autres fripes en ligne qui jouent sur le même terrain que nous, plus Vinted parce qu'on peut pas faire "
   "comme s'il existait pas. J'ai passé une semaine à les suivre (drops, lives, fiches, frais de port).")
TBL("Tableau 3 – Le scan des autres fripes sur 8 critères (novembre 2025)", [
    ["Critère", "Cabanon Vintage", "Frip'Up Lyon", "Kilo Shop Nation", "Rétro Dock (Bordeaux)", "Vinted"],
    ["Prix d'une veste workwear", "55–89 €", "65–95 €", "35–60 € en ligne (au kilo en boutique)", "70–120 €", "25–70 € (particuliers)"],
    ["Rythme des nouveautés", "drop jeudi 19 h, 120–180 pièces", "2 drops / semaine", "au fil de l'eau, pas de rendez-vous", "1 gros drop / mois", "en continu"],
    ["Live shopping", "dimanche 18 h, ~640 viewers", "non", "TikTok, irrégulier", "non", "non"],
    ["Mesures à plat", "oui, 4 mesures", "oui, 2 mesures", "non", "oui", "selon le vendeur"],
    ["Défauts montrés", "photo + note /10", "écrits, pas photographiés", "non", "photo", "rarement"],
    ["Livraison", "4,90 €, offerte dès 80 €", "5,90 €", "6,50 €", "offerte dès 100 €", "selon transporteur + frais de protection"],
    ["Retours", "14 jours", "14 jours", "échange seulement", "30 jours", "non, sauf litige"],
    ["Communauté Instagram", "38 k abonnés", "91 k", "240 k", "22 k", "—"],
], [3.2, 2.7, 2.5, 2.8, 2.7, 2.7], size="8.5pt")
PP("**Ce que j'en retiens :** Frip'Up Lyon, c'est la référence du drop, ils ont une énorme commu et deux drops par semaine, "
   "mais leurs défauts sont juste écrits en une ligne.")
PP("**Ce que j'en retiens :** Kilo Shop Nation joue sur le volume et le prix, pas sur l'info. Zéro mesure, zéro photo de "
   "défaut.")
PP("**Ce que j'en retiens :** Rétro Dock, c'est le plus proche de nous sur le sérieux des fiches (mesures et photos des "
   "défauts), en plus cher. Par contre pas de live et un seul drop par mois.")
PP("**Ce que j'en retiens :** Vinted gagne sur le prix et le choix, de très loin. Mais l'acheteur n'a aucune garantie sur "
   "l'état et il attend des fois une semaine une réponse. Notre carte à jouer c'est tout ce que Vinted ne fait pas : le "
   "rendez-vous, le try-on en live, les mesures, les défauts montrés. Franchement, à Marseille, dégun fait ça sur de la "
   "fripe workwear.")

H2("1.4 La grille 4 cases")
PP("J'ai fait la grille avec Inès et Maxime un lundi matin, chacun avec ses post-it. Voilà ce qui est resté après avoir viré "
   "les doublons.")
TBL("Tableau 4 – La grille 4 cases de Cabanon Vintage (novembre 2025)", [
    ["FORCES\n• pièces triées, lavées, mesurées, défauts montrés\n• le live du dimanche et sa commu fidèle (~640 viewers)\n• prix d'achat au kilo bas, marge correcte\n• photos et vidéos faites en interne par Lina",
     "FAIBLESSES\n• chaque pièce est unique : une annonce à écrire à chaque fois, pas de restock\n• site peu visible sur Google en dehors du nom « Cabanon »\n• tout repose sur Instagram\n• panier mobile avec des bugs (voir 4.7)"],
    ["OPPORTUNITÉS\n• la seconde main qui monte chez les 18–34 ans\n• les recherches workwear / Carhartt qui grimpent d'octobre à janvier\n• TikTok Shop qui arrive en France\n• les festivals et les pop-ups à Marseille",
     "MENACES\n• Vinted : prix bas, audience énorme\n• ballots de moins bonne qualité (de plus en plus de fast fashion dedans) et plus chers\n• l'algo Insta qui change tous les quatre matins\n• l'ultra fast fashion qui copie le style vintage pour trois fois rien"],
], [8.3, 8.3], grid2=True)
PP("En gros : nos forces sont toutes du côté de la confiance (on montre tout), nos faiblesses du côté de la visibilité (on "
   "dépend d'Insta et on sort peu sur Google). La suite de la strat' part de là.")

H2("1.5 Les objectifs")
PP("Avec Inès on s'est fixé les objectifs suivants pour la saison automne-hiver :")
LI(["booster les lives du dimanche ;",
    "vendre plus de workwear ;",
    "faire connaître le site en dehors de Marseille ;",
    "moins dépendre de Vinted pour écouler le stock ;",
    "sortir sur Google sur nos produits phares."])
PP("On en reparle en 3.8.")

H2("1.6 Qui on vise en premier")
PP("On a choisi de viser **d'abord les collectionneurs workwear**, et les chineuses étudiantes ensuite. Ça peut paraître "
   "bizarre parce que les chineuses sont plus nombreuses dans le sondage (52 % contre 29 %), mais les chiffres Shopify ont "
   "tranché :")
LI(["**panier moyen de 58 € chez les collectionneurs contre 31 € chez les chineuses** : une commande collectionneur vaut presque deux commandes étudiantes, pour le même colis à préparer ;",
    "ils sont partout en France, donc ils ne dépendent pas des pop-ups marseillais et ils achètent toute l'année ;",
    "ce sont eux qui restent jusqu'au bout des lives et qui tapent « je prends » sur les pièces à 70–90 € ;",
    "ils sont moins sensibles au prix : ce qui les fait acheter, c'est la référence et l'état, deux trucs qu'on sait montrer."])
PP("Les chineuses restent importantes, mais on ne construit pas les drops autour d'elles pour l'instant.")

H2("1.7 Les leviers, dans l'ordre")
PP("Voilà l'ordre dans lequel on active les leviers :")
LI(["**1. Instagram** (drops annoncés en story, reels try-on, live du dimanche) ;",
    "**2. TikTok** ;",
    "**3. le ref'** ;",
    "**4. la newsletter**."])
PP("**Instagram en premier** parce que c'est là que sont nos collectionneurs et là qu'on vend vraiment : le live du dimanche, "
   "c'est une grosse partie des commandes Shopify. On a déjà la commu (38 k abonnés), le format live colle à la pièce unique "
   "(on la montre portée, on répond aux questions en direct) et ça ne coûte presque rien à part du temps. C'est aussi sur "
   "Insta qu'on peut pousser des pubs Meta qui renvoient vers les nouveautés.")
PP("**TikTok en deuxième** parce que c'est là que les chineuses découvrent des fripes, et que les try-on et les unboxing de "
   "ballots y tournent beaucoup mieux que sur Insta (un de nos TikTok « on ouvre un ballot de 45 kg » a fait 212 000 vues sans "
   "un euro de pub). TikTok nous ramène des nouveaux, Insta les transforme en clients.")
PP("Ensuite viennent le ref' et la newsletter.")

H2("1.8 Le calendrier des drops")
ARROW("→ Les dates qu'on a retenues, et pourquoi")
LI(["**La rentrée (septembre)** : les étudiants reviennent à Aix et Marseille, ils ont le budget des jobs d'été et ils refont leur garde-robe. C'est le moment des drops « campus » (sweats, jeans 90s, sacs) pour les chineuses.",
    "**Les vestes d'octobre à janvier** : c'est la période où les recherches « veste carhartt » et « veste vintage » montent (on le voit dans la Search Console, les impressions doublent entre septembre et novembre) et où les collectionneurs achètent. Du coup les drops workwear passent en tête d'octobre à fin janvier.",
    "**Le « Green Friday » (fin novembre)** : on ne fait pas de Black Friday à -50 % (ça n'a aucun sens pour de la seconde main), mais tout le monde cherche une affaire cette semaine-là. On fait donc un Green Friday : live spécial et un euro par commande reversé à une ressourcerie.",
    "**Les mystery boxes de Noël (1er au 18 décembre)** : c'est le cadeau facile pour quelqu'un dont on ne connaît pas la taille exacte, et le 18 décembre c'est la dernière date pour être livré avant le 24 avec Colissimo.",
    "**Les lives d'été à 21 h** : en juillet 2025 le live de 18 h est tombé à moins de 300 viewers, tout le monde est à la plage ou aux Calanques à cette heure-là. On a testé 21 h le 3 août et on est remontés à 590. L'été, les lives passent donc à 21 h."])
ARROW("→ Le calendrier de septembre-octobre")
TBL("Tableau 5 – Le calendrier des drops, septembre–octobre 2025", [
    ["Semaine", "Drop du jeudi 19 h", "Live du dimanche", "Reels / TikTok", "Pub Meta"],
    ["S36 (1–7 sept.)", "Drop « campus » : sweats, jeans 90s", "Live rentrée 18 h", "3 reels try-on + 2 TikTok", "—"],
    ["S37 (8–14 sept.)", "Drop denim : Levi's 501, trucker", "Live Levi's", "2 reels + unboxing ballot", "—"],
    ["S38 (15–21 sept.)", "Drop sacs & casquettes", "Live accessoires", "2 reels + 2 TikTok", "—"],
    ["S39 (22–28 sept.)", "Drop sportswear 90s", "Live sportswear", "3 reels", "—"],
    ["S40 (29 sept.–5 oct.)", "Premier drop workwear", "Live workwear", "2 reels + sondages squads", "—"],
    ["S41 (6–12 oct.)", "Drop Carhartt", "Live Carhartt", "2 reels + 2 TikTok", "—"],
    ["S42 (13–19 oct.)", "Drop chore jackets", "Live chore jackets", "3 reels", "catalogue"],
    ["S43 (20–26 oct.)", "Drop vestes en cuir", "Live cuir", "2 reels", "catalogue + rappel live"],
    ["S44 (27 oct.–2 nov.)", "Drop workwear noir", "Live « dark workwear »", "2 reels + 1 TikTok", "catalogue + rappel live"],
], [3.0, 4.2, 3.2, 3.4, 2.8])

H2("1.9 Les plans croisés")
PP("On a listé les secteurs et les boîtes avec qui on aurait un intérêt commercial à faire des choses ensemble. Pour "
   "l'instant c'est une liste de pistes, on n'a encore rien signé.")
LI(["**Les boutiques streetwear** (par exemple Maison Bitume, cours Julien) : elles ont du passage tous les jours et pas de "
    "seconde main. On pourrait y poser un portant de pièces Cabanon en dépôt-vente, ou y vendre nos mystery boxes.",
    "**Les couturières upcycling** (l'Atelier Raccommode à Noailles, et deux couturières qui vendent sur Etsy) : elles "
    "cherchent de la matière. Nos 12 % de pièces « upcycling » (voir 2.1) partent aujourd'hui presque pour rien ; on pourrait "
    "leur vendre au kilo.",
    "**Les disquaires** (Galette Records à la Plaine) : pendant le Disquaire Day et leurs soirées, ils font venir du monde. "
    "Un pop-up Cabanon dans la boutique, c'est des ventes en plus sur une journée avec peu de frais.",
    "**Le festival « Vague de Chaleur »** (trois jours en juillet sur les plages du Prado, environ 15 000 festivaliers) : ils "
    "cherchent des stands « village ». Un stand de trois jours nous a été proposé à 450 €, ce qui pourrait être notre plus gros "
    "pop-up de l'année."])

H2("1.10 Green Friday : le bilan")
PP("Pour le Green Friday, le vendredi 28 novembre, on a fait un drop spécial de 200 pièces, puis un live spécial le dimanche "
   "30 novembre avec Lina et Maxime, et un euro par commande reversé à une ressourcerie du 3e. On l'a annoncé toute la "
   "semaine en story et avec la campagne de rappel live.")
PP("Franchement, ça a cartonné.")

H2("1.11 Le budget")
PP("Voilà le budget prévisionnel que j'ai fait pour la saison septembre 2025 – février 2026, levier par levier, avec ce qu'on "
   "dépense et ce qu'on attend comme ventes en face. Les ventes attendues, je les ai estimées à partir de la même période "
   "l'année dernière et des commandes qu'on sait rattacher à chaque levier dans Shopify.", comment="demander à Inès le budget réel")
TBL("Tableau 6 – Budget prévisionnel par levier, septembre 2025 – février 2026", [
    ["Levier", "Postes de dépense", "Coût prévu", "Ventes attendues"],
    ["Instagram (posts, stories, lives)", "ring light + micro cravate + 2e téléphone (420 €), déco du coin live (150 €), heures de Lina sur les lives (1 560 €)", "2 130 €", "38 000 €"],
    ["TikTok", "boosts de vidéos (300 €)", "300 €", "6 000 €"],
    ["Pubs Meta", "campagne catalogue (1 400 €) + rappel live du dimanche (480 €)", "1 880 €", "7 000 €"],
    ["Ref'", "abonnement Ubersuggest (29 € × 6 mois)", "174 €", "4 500 €"],
    ["Newsletter", "Shopify Email + modèle Klaviyo (45 € × 6 mois)", "270 €", "3 000 €"],
    ["Pop-ups", "2 stands (2 × 350 €) + location camion (200 €)", "900 €", "9 000 €"],
    ["Total", "", "5 654 €", "67 500 €"],
], [3.4, 7.6, 2.6, 3.0])

# ------------------------------------------------------------------------------------------------------------- partie 2
H1("PARTIE 2 — DANS L'ATELIER")
H2("2.1 Notre taux de conversion")
PP("Chez Cabanon, le chiffre qu'on regarde tous les lundis, c'est notre taux de conversion. Sur un ballot de 45 kg, on arrive "
   "en moyenne à **38 % de pièces vendables**, 12 % qui partent en upcycling et le reste en recyclage textile. Un bon ballot "
   "c'est un ballot qui « convertit » au-dessus de 40 %.")
PP("Ça change pas mal selon la provenance : les ballots italiens convertissent mieux (41 % en moyenne sur 2025) que les "
   "belges (35 %), mais ils coûtent plus cher au kilo. C'est avec ce taux de conversion que Maxime décide où il commande le mois suivant. Sur un ballot workwear de 45 kg, 38 %, ça fait "
   "environ 17 kg de pièces vendables, soit une quarantaine de vestes et pantalons.")
H2("2.2 Du ballot à l'annonce")
PP("Une pièce passe par cinq étapes :")
LI(["**l'ouverture et le tri** (Maxime et Sofiane) : trois bacs, « vendable », « upcycling », « recyclage » ;",
    "**le lavage** : machine à 40 °C, séchage à plat ;",
    "**les petites réparations** : boutons, ourlets, reprises, faites par Aïcha deux après-midi par semaine ;",
    "**le shooting** : Lina shoote sur mannequin et à plat, sur le fond béton de l'atelier ;",
    "**l'annonce** : mesures, note d'état, texte, mise en ligne pour le drop du jeudi (voir partie 4)."])
PP("En tout on compte environ 25 minutes par pièce entre l'ouverture du ballot et la mise en ligne. C'est pour ça qu'on ne "
   "peut pas mettre plus de 180 pièces par drop avec l'équipe actuelle. L'équipe, c'est Inès (direction, finance, "
   "partenaires), Maxime (sourcing, tri, expéditions), Lina (photos, lives), Sofiane (tri, lavage, colis), Aïcha "
   "(réparations, à temps partiel) et moi.")

# ------------------------------------------------------------------------------------------------------------- partie 3
H1("PARTIE 3 — LE REF' ET LES PUBS")
H2("3.1 Les outils que j'ai sous la main")
PP("Je travaille avec cinq outils. Chacun a son rôle, je les mélange pas :")
LI(["**Google Search Console** : pour savoir sur quelles requêtes le site sort dans Google, à quelle position, avec combien "
    "d'impressions et de clics. C'est là que je vois si le ref' avance.",
    "**Shopify Analytics** : les ventes, le panier moyen, les commandes par canal (site, live, Vinted via l'appli) et les "
    "ventes par collection. C'est l'outil d'Inès, elle ne regarde que lui.",
    "**Google Analytics 4** : d'où viennent les visiteurs du site (Google, Insta, TikTok, direct), combien ils sont, ce "
    "qu'ils regardent, combien repartent direct.",
    "**Meta Business Suite** : les stats Insta (portée, vues des reels, stats des lives) et le gestionnaire de pubs pour les "
    "campagnes Meta.",
    "**Ubersuggest** : les volumes de recherche par mois et des idées de requêtes, pour construire la map des mots."])

H2("3.2 Le ref' : où on en est dans Google")
PP("Quand je suis arrivé sur le ref', le site sortait surtout sur « cabanon vintage » et pas grand-chose d'autre. Voilà ce "
   "que j'ai fait entre octobre et décembre 2025 :")
LI(["réécrire les titres et méta-descriptions des 12 collections ;",
    "créer une page « Friperie en ligne à Marseille » avec l'histoire de l'atelier ;",
    "renommer les URL des nouvelles annonces (marque-modèle-époque-taille) ;",
    "remplir les textes alternatifs de toutes les photos des drops ;",
    "ajouter un texte de présentation en haut des collections workwear ;",
    "créer la fiche Google Business Profile de l'atelier (retrait sur place) ;",
    "supprimer une centaine de vieilles annonces vendues qui faisaient des erreurs 404 ;",
    "relier les annonces workwear entre elles (voir 3.4)."])
PP("Pour voir l'effet, j'ai comparé dans la Search Console les trois derniers mois (décembre à février) aux trois mois "
   "d'avant (septembre à novembre). Trois requêtes qui montrent bien le mouvement :")
LI(["« friperie en ligne marseille » : position moyenne **14,2 → 4,8** ;",
    "« veste carhartt detroit vintage » : **22,6 → 9,1** ;",
    "« friperie marseille » : **11,7 → 6,3**."])
PP("Le reste est dans l'export Search Console (fichier Search_Console_requetes_comparaison.csv), avec les clics, les "
   "impressions, le CTR et la position de chaque requête sur les deux périodes.")
IMG("Figure 3 – Search Console, performances : comparaison 3 derniers mois / 3 mois précédents", comment="refaire la capture GSC")

H2("3.3 La map des mots")
PP("Pour la map des mots, j'ai tapé nos produits dans Ubersuggest.")
TBL("Tableau 7 – La map des mots : 32 requêtes rangées en 4 univers (volumes Ubersuggest, novembre 2025)", [
    ["N°", "Requête", "Univers", "Vol. / mois", "Page visée"],
    ["1", "veste carhartt vintage", "Workwear", "2 900", "/collections/workwear-carhartt"],
    ["2", "veste carhartt occasion", "Workwear", "880", "/collections/workwear-carhartt"],
    ["3", "veste carhartt detroit", "Workwear", "1 600", "/collections/carhartt-detroit"],
    ["4", "veste carhartt detroit vintage", "Workwear", "480", "/collections/carhartt-detroit"],
    ["5", "carhartt vintage homme", "Workwear", "590", "/collections/workwear-carhartt"],
    ["6", "chore jacket vintage", "Workwear", "390", "/collections/chore-jackets"],
    ["7", "veste de travail vintage", "Workwear", "320", "/collections/chore-jackets"],
    ["8", "pantalon dickies 874 vintage", "Workwear", "210", "/collections/pantalons-workwear"],
    ["9", "jean levi's 501 vintage", "Vintage 80s–90s", "1 900", "/collections/levis-501"],
    ["10", "veste levi's vintage", "Vintage 80s–90s", "1 300", "/collections/vestes-jean"],
    ["11", "veste jean levi's trucker", "Vintage 80s–90s", "720", "/collections/vestes-jean"],
    ["12", "levi's trucker années 80", "Vintage 80s–90s", "170", "/collections/vestes-jean"],
    ["13", "sweat vintage 90s", "Vintage 80s–90s", "1 000", "/collections/sweats-90s"],
    ["14", "sweat champion vintage", "Vintage 80s–90s", "260", "/collections/sweats-90s"],
    ["15", "coupe vent vintage 90s", "Vintage 80s–90s", "480", "/collections/coupe-vent"],
    ["16", "veste ralph lauren vintage", "Vintage 80s–90s", "390", "/collections/vestes-vintage"],
    ["17", "friperie marseille", "Fripe à Marseille", "3 600", "/pages/friperie-marseille"],
    ["18", "friperie en ligne", "Fripe à Marseille", "2 400", "/ (accueil)"],
    ["19", "friperie en ligne marseille", "Fripe à Marseille", "170", "/pages/friperie-marseille"],
    ["20", "friperie vintage marseille", "Fripe à Marseille", "320", "/pages/friperie-marseille"],
    ["21", "vide dressing marseille", "Fripe à Marseille", "480", "/pages/pop-ups"],
    ["22", "friperie au kilo marseille", "Fripe à Marseille", "210", "/pages/pop-ups"],
    ["23", "vêtements seconde main marseille", "Fripe à Marseille", "140", "/pages/friperie-marseille"],
    ["24", "thrift shop marseille", "Fripe à Marseille", "90", "/pages/friperie-marseille"],
    ["25", "mystery box vêtements", "Mystery box & cadeaux", "1 000", "/products/mystery-box-workwear"],
    ["26", "lot vêtements vintage", "Mystery box & cadeaux", "590", "/collections/mystery-box"],
    ["27", "mystery box vintage", "Mystery box & cadeaux", "320", "/collections/mystery-box"],
    ["28", "idée cadeau vintage homme", "Mystery box & cadeaux", "210", "/collections/mystery-box"],
    ["29", "box vêtements seconde main", "Mystery box & cadeaux", "140", "/collections/mystery-box"],
    ["30", "mystery box friperie", "Mystery box & cadeaux", "110", "/collections/mystery-box"],
    ["31", "carte cadeau friperie", "Mystery box & cadeaux", "70", "/products/carte-cadeau"],
    ["32", "mystery box workwear", "Mystery box & cadeaux", "50", "/products/mystery-box-workwear"],
], [1.0, 5.2, 3.6, 2.0, 4.8], size="8.5pt")
ARROW("→ Pourquoi ces requêtes-là et pas d'autres")
PP("**« friperie marseille »** : c'est la plus grosse requête locale (3 600 recherches par mois) et elle est tenue par des "
   "fripes physiques et des listes de blogs. Comme on a un vrai atelier à Marseille et un retrait sur place, on a toute "
   "légitimité à la viser. Sur « friperie en ligne » tout court, on est face à Vinted, donc on vise la version avec « marseille ».")
PP("**« thrift » ou « friperie » ?** Sur TikTok et Insta, les chineuses disent « thrift », « thrifting », « thrift haul ». "
   "Mais sur Google en France, « thrift shop marseille » c'est 90 recherches par mois contre 3 600 pour « friperie "
   "marseille ». Du coup on écrit « friperie » dans les titres, les URL et les textes du site, et on garde « thrift » pour "
   "les hashtags et les légendes des réseaux.")
PP("**Marque + époque + modèle** : sur « veste carhartt » tout court, impossible de passer devant Carhartt, Vinted et les "
   "grands sites de revente. Par contre quelqu'un qui tape « veste carhartt detroit vintage » ou « levi's trucker années 80 » "
   "sait exactement ce qu'il veut : c'est notre squad collectionneurs. Ces requêtes ont moins de volume mais beaucoup moins "
   "de concurrence, et elles collent à ce qu'on vend (des pièces précises, d'une époque précise). C'est d'ailleurs là qu'on a "
   "le plus gagné de places (voir 3.2).")

H2("3.4 Les univers du site et les liens entre les pages")
PP("Le site est rangé en quatre univers, les mêmes que dans la map des mots : Workwear, Vintage 80s–90s, Fripe à Marseille "
   "et Mystery box & cadeaux. J'ai commencé à organiser les liens internes par l'univers Workwear, parce que c'est celui qui "
   "vend le plus et celui de nos collectionneurs.")
ARROW("→ Les règles de liens de l'univers Workwear")
LI(["la page mère « Workwear vintage » fait un lien vers ses trois sous-pages : « Vestes Carhartt » (et sa page "
    "« Carhartt Detroit »), « Chore jackets », « Pantalons de travail » ;",
    "chaque sous-page renvoie vers la page mère et vers les deux autres sous-pages, pas ailleurs ;",
    "chaque annonce workwear fait un lien vers sa sous-page et vers trois pièces du même univers (bloc « Dans le même esprit ») ;",
    "le texte du lien reprend la requête visée (« vestes Carhartt Detroit vintage », pas « cliquez ici ») ;",
    "pas de lien d'une annonce workwear vers l'univers Vintage 80s–90s, pour ne pas mélanger les sujets."])
PP("Pour les trois autres univers, c'est pas encore fait, les annonces sont juste rangées dans leurs collections.")

H2("3.5 Les liens qui viennent d'ailleurs")
PP("Deux blogs de mode éthique parlent de nous avec un lien vers le site : « Le Dressing Lent », qui nous a mis dans son "
   "article « 10 friperies en ligne où acheter sans culpabiliser », et « Seconde Peau Mag », qui a fait un portrait "
   "d'Inès en janvier avec un lien vers la collection workwear. Les deux ont des lecteurs qui achètent de la seconde main, "
   "et après l'article de Seconde Peau, Inès a reçu des messages de gens qui nous découvraient.",
   comment="TODO mettre les chiffres netlinking avant/après")
PP("Pour être honnête, j'ai pas encore fait de vrai netlinking, c'est prévu pour l'été.")

H2("3.6 Les pubs Meta")
PP("On a lancé deux campagnes Meta cet automne, sur Facebook et Instagram (en vrai presque tout part sur Insta).")
TBL("Tableau 8 – Les deux campagnes Meta de l'automne 2025", [
    ["", "Advantage+ catalogue « Drops »", "Rappel « Live du dimanche »"],
    ["But", "vendre les pièces des drops directement depuis la pub", "faire venir du monde au live du dimanche 18 h"],
    ["Dates", "13 octobre – 21 décembre 2025 (10 semaines)", "26 octobre – 21 décembre 2025 (8 semaines, samedi et dimanche)"],
    ["Budget", "20 € / jour, soit 1 400 €", "60 € / semaine, soit 480 €"],
    ["Audience", "18–34 ans en PACA, intérêts vintage, streetwear, friperie, seconde main + audience similaire 1 % de nos acheteurs Shopify (France)", "18–34 ans en PACA, intérêts vintage et streetwear + audience similaire 1 % de nos acheteurs"],
    ["Page d'arrivée", "collection « Nouveautés » du site", "le profil Instagram @cabanon.vintage"],
], [3.0, 6.8, 6.8])
ARROW("→ Les trois textes de pub que j'ai écrits")
QUOTE("Pub 1 (catalogue) : « Drop du jeudi 19 h 🔥 160 pièces uniques, lavées, mesurées, défauts montrés. Pas de restock : "
      "quand c'est parti, c'est parti. » Bouton : Acheter.")
QUOTE("Pub 2 (catalogue, version workwear) : « Carhartt Detroit, chore jackets, Dickies… Du vrai workwear vintage trié à "
      "Marseille, avec les mesures à plat sur chaque pièce. » Bouton : Voir la sélection.")
QUOTE("Pub 3 (rappel live) : « Ce dimanche 18 h, Lina essaie 40 vestes en live. Tu tapes « je prends », on t'envoie le "
      "lien. Rendez-vous sur @cabanon.vintage. » Bouton : En savoir plus.")
IMG("Figure 4 – Gestionnaire de publicités Meta : les deux campagnes actives en novembre 2025")
ARROW("→ Le suivi et ce que ça rapporte")
PP("Je remplis le suivi tous les lundis, semaine par semaine et campagne par campagne : dépense, clics, achats, CA attribué "
   "par Meta. Tout est dans le classeur stats_insta_lives_ads.xlsx (cf. onglet Meta Ads). Comme on vend de la fripe, je ne "
   "regarde pas le CA brut mais la marge : on compte 62 % de marge sur le prix de vente, et je calcule le retour comme "
   "(marge − dépense) / dépense.")
PP("Sur les 10 semaines, les deux campagnes ensemble ont coûté **1 880 €** et rapporté **7 277 € de CA**, soit **4 512 € de "
   "marge**. Le retour est de (4 512 − 1 880) / 1 880 = **140 %**. Dit autrement : **pour 1 € mis, 2,40 € de marge**.")
PP("Les deux campagnes ne jouent pas dans la même cour. Le catalogue fait l'essentiel : 1 400 € dépensés, 5 901 € de CA, un "
   "retour de 161 %, avec un gros pic la semaine du Green Friday. Le rappel live est moins rentable sur le papier (480 € "
   "dépensés, 1 376 € de CA, un retour de 78 %), mais c'est normal : la pub renvoie vers le profil Insta, donc Meta ne voit "
   "qu'une partie des achats faits pendant le live. Le catalogue marche mieux quand il y a une pièce phare dans le drop (une Detroit, une chore jacket).")

H2("3.7 Les KPI que je suis")
PP("Les chiffres « classiques » ne disent pas grand-chose sur une boutique où chaque produit est unique. Du coup j'ai choisi "
   "des indicateurs qui collent à notre façon de vendre :")
LI(["**le sell-through par drop** : pièces vendues 24 h après le drop / pièces mises en ligne (cf. onglet Drops). C'est LE "
    "chiffre du jeudi : un drop à 70 % à H+24 c'est un bon drop, en dessous de 55 % c'est que la sélection ou les photos "
    "n'étaient pas bonnes ;",
    "**le temps avant sold out** de la pièce phare (la Detroit, la trucker) : je le note à la main le jeudi soir. Ça nous dit si le prix est bien placé ;",
    "**le passage live → commandes** : commandes passées pendant le live et dans l'heure qui suit / viewers moyens. Ça me dit "
    "si le live vend ou s'il fait juste du spectacle."])
ARROW("→ Et les KPI du site")
PP("**Le trafic** (GA4) : 21 400 sessions par mois en moyenne sur décembre-février, avec un énorme pic chaque jeudi entre 19 h "
   "et 20 h. 58 % des visites viennent d'Instagram, 19 % de Google. Ça confirme qu'on dépend encore beaucoup d'Insta.")
PP("**Le taux de rebond** (GA4) : 46 % sur l'ensemble du site, mais 61 % sur les annonces déjà vendues. Logique : les gens "
   "arrivent de Google sur une pièce qui n'existe plus et repartent.")
PP("**Le chiffre d'affaires** (Shopify) : environ 36 k€ par mois sur le site, avec décembre tout en haut (61 k€) grâce aux "
   "mystery boxes de Noël.")
PP("**Le temps de chargement** : aucune idée, j'ai jamais regardé.")

H2("3.8 Est-ce qu'on a atteint les objectifs ?")
PP("Par rapport à l'an dernier sur la même période (septembre-février), on est plutôt bien :")
LI(["CA Shopify : + 19 % ;",
    "viewers au pic des lives : autour de 640 contre 430 l'an dernier ;",
    "pièces workwear vendues : + 31 % ;",
    "part du CA faite sur Vinted : 11 % contre 17 % l'an dernier ;",
    "clics venant de Google : presque trois fois plus que l'an dernier à la même époque."])
PP("Donc oui, par rapport à l'an dernier, ça avance sur tous les points.")

# ------------------------------------------------------------------------------------------------------------- partie 4
H1("PARTIE 4 — L'ANNONCE PIÈCE UNIQUE")
H2("4.1 Qui fait les photos ?")
PP("Question posée par Inès en septembre : est-ce qu'on garde Lina sur les photos ou est-ce qu'on passe par un photographe "
   "freelance pour avoir des images « plus pro » ? J'ai fait le calcul sur le coût :")
LI(["**Lina en interne** : elle shoote environ 160 pièces par semaine sur ses jours photo. Rapporté à son salaire chargé, "
    "ça fait à peu près **2,10 € par pièce**, matériel déjà amorti ;",
    "**un photographe freelance** (devis de Jules Ferracci, photographe mode à Marseille) : **180 € la demi-journée pour "
    "40 pièces**, soit **4,50 € par pièce**, plus 60 € de location de studio, donc plus de deux fois plus cher pour le même "
    "nombre de pièces."])
PP("Sur un an, ça fait plus de 15 000 € d'écart. On garde Lina.")

H2("4.2 Écrire l'annonce pièce unique")
PP("Une annonce chez nous, c'est une pièce qui ne reviendra jamais. Donc pas de texte copié-collé du fournisseur (il n'y en a "
   "pas) : tout est écrit à la main. J'ai posé une méthode que toute l'équipe suit.")
ARROW("→ Le titre : marque + modèle + époque + taille")
PP("Toujours dans cet ordre, parce que c'est l'ordre dans lequel les collectionneurs tapent leurs recherches : « Veste Carhartt "
   "Detroit délavée années 90 — L », « Veste Levi's trucker années 80 — M », « Sweat Champion reverse weave 90s — XL ».")
ARROW("→ L'histoire en 3 lignes")
PP("Sous le titre, trois lignes maximum : d'où vient la pièce (ballot italien, ancien vêtement de chantier…), ce qu'elle a de "
   "spécial (patine, étiquette, couleur rare), et comment la porter. Exemple pour la Detroit : « Sortie d'un ballot belge, "
   "délavage naturel couleur sable, col en velours d'origine. Une vraie veste de chantier des années 90, à porter large sur un "
   "hoodie. Pièce unique, pas de restock. »")
ARROW("→ Les expressions de la map des mots")
PP("Avant d'écrire, je regarde dans la map des mots (tableau 7) les requêtes de l'univers de la pièce. Pour une Detroit : "
   "« veste carhartt detroit vintage » va dans le titre (forcément, vu la formule), « carhartt vintage homme » dans la "
   "première ligne de l'histoire, « veste de travail vintage » dans les étiquettes de la collection.")

H2("4.3 La page d'une pièce de seconde main")
PP("Une annonce de seconde main, c'est pas une fiche produit classique : pas de taille standard, pas de stock, pas d'avis. "
   "Ce qui fait acheter, c'est la confiance sur la taille et sur l'état. Du coup notre méthode tourne autour de trois trucs :")
LI(["**les mesures à plat** : quatre mesures en centimètres prises à plat sur la table (aisselle à aisselle, longueur dos, "
    "épaules, manche), parce que les tailles des années 80 ne correspondent plus à rien ;",
    "**l'état noté sur 10**, avec ce qui fait baisser la note écrit en clair (« 8/10 : petite reprise au poignet gauche ») ;",
    "**les défauts photographiés** en gros plan, toujours, même quand c'est minuscule."])
TBL("Tableau 9 – Ce qu'on met sur une annonce pièce unique (exemple : la Detroit du drop du 13 novembre)", [
    ["Zone de la page", "Ce qu'on y met", "Exemple"],
    ["Titre (H1)", "marque + modèle + époque + taille", "Veste Carhartt Detroit délavée années 90 — L"],
    ["URL", "les mêmes mots, sans accents", "/products/veste-carhartt-detroit-vintage-90s-l"],
    ["Photos", "8 photos : face, dos, détails, étiquette, défauts ; texte alternatif avec la requête", "alt : « veste carhartt detroit vintage délavée taille L, dos »"],
    ["Histoire", "3 lignes (voir 4.2)", "Sortie d'un ballot belge, délavage naturel couleur sable…"],
    ["Mesures à plat", "4 mesures en cm", "aisselles 63 / longueur 71 / épaules 54 / manche 62"],
    ["État", "note /10 + défauts écrits", "8/10 — délavage naturel, petite reprise au poignet gauche"],
    ["Guide des tailles", "lien « Comment mesurer ta veste » + tableau mesures ↔ taille actuelle", "« Tu fais du M aujourd'hui ? Vise 58–61 cm d'aisselle à aisselle »"],
    ["Retours", "rappel sous le bouton d'achat", "14 jours pour changer d'avis"],
    ["Pièces similaires", "bloc « Dans le même esprit » : 4 pièces du même univers, même taille", "2 Detroit en L, 1 chore jacket L, 1 Dickies 34"],
], [3.2, 6.4, 7.0])
PP("Côté mots-clés, la règle est simple : la requête principale de la pièce (celle de la map) est **dans le titre, dans "
   "l'URL et dans le texte alternatif** de la première photo. Les autres photos ont un alt descriptif (« dos », « détail "
   "étiquette », « défaut poignet »).")
IMG("Figure 5 – Une annonce pièce unique sur le site (mobile) : mesures et note d'état sous les photos")

H2("4.4 Les photos et les reels")
ARROW("→ La retouche photo : un preset Lightroom maison")
PP("Lina et moi on a créé un preset Lightroom, « Cabanon Soleil », pour que toutes les photos aient le même rendu : "
   "balance des blancs un peu chaude, ombres relevées, saturation baissée sur les oranges pour que le béton du fond reste "
   "gris, légère netteté sur les textures. On l'applique à tout le shooting d'un coup, puis je fais les retouches à la main "
   "sur les pièces délicates (une tache de la table à enlever, un fil qui dépasse). Par contre on ne retouche **jamais** "
   "un défaut de la pièce : ce serait mentir sur l'état.")
ARROW("→ Le montage : les reels try-on dans CapCut")
PP("Les reels try-on, je les monte dans CapCut à partir des rushs filmés par Lina au téléphone : coupes calées sur le son, "
   "zoom sur les détails (étiquette, patine), sous-titres automatiques que je corrige à la main (beaucoup de gens regardent "
   "sans le son), et un écran de fin avec la taille, le prix et « dispo jeudi 19 h ».")
ARROW("→ Des formats pensés pour l'écran")
LI(["photos du site exportées en **WebP, 1 200 px** de large (une annonce passe de 4,8 Mo à 650 Ko avec les 8 photos) ;",
    "photos du feed Insta en **4:5** (1 080 × 1 350), le format qui prend le plus de place dans le fil ;",
    "reels et TikTok en **9:16** (1 080 × 1 920), avec le texte gardé au centre pour ne pas passer sous les boutons."])
ARROW("→ Est-ce que les reels intéressent ?")
PP("J'ai suivi les interactions de nos reels pendant 6 semaines, du 12 janvier au 22 février 2026 (12 reels, cf. onglet "
   "Reels). En moyenne un reel fait autour de 18 000 vues, 980 likes, 310 enregistrements et 140 partages. Les try-on workwear font près de cinq fois plus d'enregistrements que les reels « ambiance atelier », ce qui colle avec ce que disait le "
   "sondage : les collectionneurs enregistrent les pièces pour le live.")
IMG("Figure 6 – Montage d'un reel try-on dans CapCut : sous-titres et écran de fin")

H2("4.5 Le blog")
H2("4.6 Le tunnel")
PP("Pour le tunnel, Shopify gère tout le checkout, du coup j'y ai pas touché.")
PP("L'objectif qu'on s'est donné avec Inès, c'est un **taux de conversion du site de 3 %** d'ici l'été.")
H2("4.7 Les bugs du panier")
PP("En préparant les lives et en passant des commandes tests sur mon téléphone, j'ai repéré trois trucs qui font perdre des "
   "ventes :")
TBL("Tableau 10 – Les bugs du panier repérés (janvier–février 2026)", [
    ["Bug", "Où", "Ce que ça fait", "Comment je l'ai vu"],
    ["Pas de guide des tailles sur mobile", "annonce, version téléphone : le lien « Comment mesurer ta veste » disparaît sous les photos", "les chineuses ajoutent au panier sans être sûres de la taille, puis abandonnent ou renvoient", "DM de clientes + test sur iPhone et Android"],
    ["Frais de port affichés seulement au paiement", "dernière étape du checkout", "mauvaise surprise de 4,90 € au dernier moment", "réponses du sondage + commentaires en live"],
    ["Lien de panier du live qui expire au bout de 15 min", "liens de paiement envoyés pendant le live", "les gens qui finissent de regarder le live avant de payer perdent la pièce", "plaintes en DM après chaque live (4 à 6 par dimanche)"],
], [3.6, 4.2, 5.0, 3.8])
PP("Je les ai notés dans notre Notion d'équipe.")

# ------------------------------------------------------------------------------------------------------------- fin
H1("LE MOT DE LA FIN")
PP("Cette année chez Cabanon m'a appris que dans la fripe, tout part de la confiance. Nos clients achètent une pièce qu'ils "
   "ne pourront jamais retrouver ailleurs, sans l'avoir touchée : ce qui les décide, c'est ce qu'on leur montre (les "
   "mesures, les défauts, la pièce portée en live).")
PP("Merci à Inès, à Maxime et à Lina.")
PP("Nolan")


# =====================================================================================================================
#                                           CONSTRUCTION DE L'ODT (deux passes)
# =====================================================================================================================
def placeholder_png():
    """Cadre image gris (emplacement de capture), sans texte."""
    W, Hh = 1200, 640
    img = PILImage.new("RGB", (W, Hh), (217, 217, 217))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W - 1, Hh - 1], outline=(150, 150, 150), width=4)
    d.line([(0, 0), (W - 1, Hh - 1)], fill=(190, 190, 190), width=3)
    d.line([(0, Hh - 1), (W - 1, 0)], fill=(190, 190, 190), width=3)
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def moodboard_png():
    """Couverture « mood board » : blocs de couleurs (béton, denim, sable, ocre, olive), sans texte."""
    W, Hh = 1500, 900
    img = PILImage.new("RGB", (W, Hh), (244, 239, 230))
    d = ImageDraw.Draw(img)
    blocks = [((30, 30, 520, 470), (196, 98, 45)), ((540, 30, 980, 300), (64, 92, 128)), ((1000, 30, 1470, 380), (214, 190, 150)),
              ((540, 320, 980, 870), (128, 128, 120)), ((30, 490, 520, 870), (110, 122, 74)), ((1000, 400, 1470, 620), (232, 160, 50)),
              ((1000, 640, 1470, 870), (46, 56, 70))]
    for box, col in blocks:
        d.rectangle(box, fill=col)
    d.ellipse((150, 560, 400, 810), fill=(232, 160, 50))
    d.ellipse((640, 420, 880, 660), fill=(244, 239, 230))
    for k in range(6):
        d.line([(1030, 60 + 50 * k), (1440, 60 + 50 * k)], fill=(190, 160, 120), width=6)
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


PNG_GREY = placeholder_png()
PNG_MOOD = moodboard_png()
ORANGE = "#E06A1B"


def build_odt(path, toc_pages):
    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'", fontfamilygeneric="swiss", fontpitch="variable"))
    doc.fontfacedecls.addElement(FontFace(name="DejaVu Sans", fontfamily="'DejaVu Sans'", fontfamilygeneric="swiss", fontpitch="variable"))
    doc.meta.addElement(Title(text="Rapport d'alternance - Cabanon Vintage - Nolan Sabatier (v2)"))
    doc.meta.addElement(Creator(text=AUTHOR))
    doc.meta.addElement(InitialCreator(text=AUTHOR))
    doc.meta.addElement(CreationDate(text="2026-01-18T14:06:00"))
    doc.meta.addElement(Date(text=STAMP))
    doc.meta.addElement(Generator(text="LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"))

    st_std = Style(name="Standard", family="paragraph")
    st_std.addElement(TextProperties(fontname="Liberation Sans", fontsize="11pt", language="fr", country="FR"))
    doc.styles.addElement(st_std)
    st_heading = Style(name="Heading", family="paragraph", parentstylename="Standard", nextstylename="Text_20_body")
    st_heading.addElement(ParagraphProperties(margintop="0.42cm", marginbottom="0.21cm", keepwithnext="always"))
    st_heading.addElement(TextProperties(fontname="Liberation Sans", fontsize="14pt"))
    doc.styles.addElement(st_heading)
    st_body = Style(name="Text_20_body", displayname="Text body", family="paragraph", parentstylename="Standard")
    st_body.addElement(ParagraphProperties(marginbottom="0.22cm", lineheight="118%"))
    doc.styles.addElement(st_body)
    h1s = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph", parentstylename="Heading",
                nextstylename="Text_20_body", defaultoutlinelevel="1")
    h1s.addElement(ParagraphProperties(breakbefore="page", marginbottom="0.4cm"))
    h1s.addElement(TextProperties(fontsize="18pt", fontweight="bold", color=ORANGE, texttransform="uppercase"))
    doc.styles.addElement(h1s)
    h2s = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph", parentstylename="Heading",
                nextstylename="Text_20_body", defaultoutlinelevel="2")
    h2s.addElement(ParagraphProperties(margintop="0.55cm", marginbottom="0.2cm"))
    h2s.addElement(TextProperties(fontsize="13.5pt", fontweight="bold", color="#3A3A3A"))
    doc.styles.addElement(h2s)
    st_cap = Style(name="Caption", family="paragraph", parentstylename="Standard")
    st_cap.addElement(ParagraphProperties(textalign="center", margintop="0.12cm", marginbottom="0.35cm"))
    st_cap.addElement(TextProperties(fontsize="9.5pt", fontstyle="italic", color="#595959"))
    doc.styles.addElement(st_cap)
    st_cont_h = Style(name="Contents_20_Heading", displayname="Contents Heading", family="paragraph", parentstylename="Heading")
    st_cont_h.addElement(TextProperties(fontsize="18pt", fontweight="bold", color=ORANGE))
    doc.styles.addElement(st_cont_h)
    conts = {}
    for lvl, ind in ((1, "0cm"), (2, "0.5cm")):
        s = Style(name="Contents_20_%d" % lvl, displayname="Contents %d" % lvl, family="paragraph", parentstylename="Standard")
        pp = ParagraphProperties(marginleft=ind, marginbottom="0.12cm" if lvl == 1 else "0.05cm", margintop="0.18cm" if lvl == 1 else "0cm")
        ts = TabStops()
        ts.addElement(TabStop(position="%.2fcm" % (16.6 - float(ind[:-2])), type="right", leaderstyle="dotted", leadertext="."))
        pp.addElement(ts)
        s.addElement(pp)
        s.addElement(TextProperties(fontsize="11pt", fontweight="bold" if lvl == 1 else "normal"))
        doc.styles.addElement(s)
        conts[lvl] = s
    st_ann = Style(name="Annotation_20_text", displayname="Comment", family="paragraph", parentstylename="Standard")
    st_ann.addElement(TextProperties(fontsize="10pt"))
    doc.styles.addElement(st_ann)

    pl = PageLayout(name="PL1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
                                       margintop="1.4cm", marginbottom="1.4cm", marginleft="2.2cm", marginright="2.2cm"))
    hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.5cm")); pl.addElement(hs)
    fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.4cm")); pl.addElement(fs)
    doc.automaticstyles.addElement(pl)
    pl0 = PageLayout(name="PL0")
    pl0.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
                                        margintop="1.8cm", marginbottom="1.8cm", marginleft="2.2cm", marginright="2.2cm"))
    doc.automaticstyles.addElement(pl0)

    def astyle(name, parent="Text_20_body", pp=None, **tp):
        master = tp.pop("master", None)
        kw = {"masterpagename": master} if master else {}
        s = Style(name=name, family="paragraph", parentstylename=parent, **kw)
        if pp:
            s.addElement(ParagraphProperties(**pp))
        if tp:
            s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s

    S_HEAD = astyle("HeadP", parent="Standard", pp={"textalign": "center"}, fontsize="9pt", color=ORANGE, letterspacing="0.04cm")
    S_FOOT = astyle("FootP", parent="Standard", pp={"textalign": "end"}, fontsize="9pt", color="#7F7F7F")
    mp0 = MasterPage(name="First_20_Page", displayname="First Page", pagelayoutname=pl0, nextstylename="Standard")
    doc.masterstyles.addElement(mp0)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    h = Header(); h.addElement(P(stylename=S_HEAD, text="Cabanon Vintage ✦ rapport d'alternance")); mp.addElement(h)
    f = Footer(); fp = P(stylename=S_FOOT); fp.addElement(PageNumber(selectpage="current", text="1")); f.addElement(fp); mp.addElement(f)
    doc.masterstyles.addElement(mp)

    S_C0 = astyle("Cover0", master="First_20_Page", pp={"textalign": "center", "margintop": "0cm", "marginbottom": "0.3cm"}, fontsize="10.5pt", color="#7F7F7F")
    S_C1 = astyle("Cover1", pp={"textalign": "center", "margintop": "0.2cm", "marginbottom": "0.1cm"}, fontsize="13pt", fontweight="bold", color=ORANGE)
    S_C2 = astyle("Cover2", pp={"textalign": "center", "marginbottom": "0.2cm"}, fontsize="34pt", fontweight="bold", color="#2E2E2E")
    S_C3 = astyle("Cover3", pp={"textalign": "center", "marginbottom": "0.5cm"}, fontsize="13pt", fontstyle="italic", color="#595959")
    S_C4 = astyle("Cover4", pp={"textalign": "center", "marginbottom": "0.12cm"}, fontsize="11pt")
    S_IMGP = astyle("ImageP", parent="Standard", pp={"textalign": "center", "margintop": "0.25cm", "keepwithnext": "always"})
    S_ARROW = astyle("Fleche", pp={"margintop": "0.3cm", "marginbottom": "0.15cm", "keepwithnext": "always"}, fontweight="bold", fontsize="11.5pt")
    S_QUOTE = astyle("Citation", pp={"marginleft": "0.9cm", "marginright": "0.6cm", "marginbottom": "0.18cm", "borderleft": "0.06cm solid #E06A1B", "padding": "0.15cm"}, fontstyle="italic")
    S_CELL = astyle("Cell", parent="Standard", fontsize="9.5pt")
    S_CELL85 = astyle("Cell85", parent="Standard", fontsize="8.5pt")
    S_CELLH = astyle("CellHead", parent="Standard", fontsize="9.5pt", fontweight="bold", color="#FFFFFF")
    S_CELLH85 = astyle("CellHead85", parent="Standard", fontsize="8.5pt", fontweight="bold", color="#FFFFFF")
    S_CELLG = astyle("CellGrille", parent="Standard", pp={"marginbottom": "0.08cm"}, fontsize="10pt")
    S_CELLGB = astyle("CellGrilleTitre", parent="Standard", pp={"marginbottom": "0.12cm"}, fontsize="10.5pt", fontweight="bold", color=ORANGE)
    T_BOLD = Style(name="T1", family="text"); T_BOLD.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(T_BOLD)
    cs = Style(name="CellBox", family="table-cell")
    cs.addElement(TableCellProperties(border="0.5pt solid #BFBFBF", padding="0.1cm"))
    doc.automaticstyles.addElement(cs)
    csh = Style(name="CellBoxHead", family="table-cell")
    csh.addElement(TableCellProperties(border="0.5pt solid #BFBFBF", padding="0.1cm", backgroundcolor=ORANGE))
    doc.automaticstyles.addElement(csh)
    csg = Style(name="CellGrid", family="table-cell")
    csg.addElement(TableCellProperties(border="1pt solid #E06A1B", padding="0.25cm", backgroundcolor="#FDF1E8"))
    doc.automaticstyles.addElement(csg)
    LBUL = ListStyle(name="L1")
    lb = ListLevelStyleBullet(level=1, bulletchar="•")
    lb.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.5cm"))
    LBUL.addElement(lb)
    doc.automaticstyles.addElement(LBUL)
    fr_style = Style(name="fr1", family="graphic", parentstylename="Graphics")
    fr_style.addElement(GraphicProperties(wrap="none", horizontalpos="center", horizontalrel="paragraph", verticalpos="top", verticalrel="paragraph"))
    doc.automaticstyles.addElement(fr_style)

    body = doc.text

    def rich(p, text):
        for part in re.split(r"(\*\*.*?\*\*)", text):
            if not part:
                continue
            if part.startswith("**"):
                p.addElement(Span(stylename=T_BOLD, text=part[2:-2]))
            else:
                p.addElement(Span(text=part))
        return p

    ann_n = [0]

    def annotate(p, text):
        ann_n[0] += 1
        a = Annotation()
        a.addElement(Creator(text="Nolan"))
        a.addElement(Date(text=["2026-02-27T22:14:00", "2026-03-04T00:31:00", "2026-03-08T19:05:00"][ann_n[0] % 3]))
        a.addElement(P(stylename=st_ann, text=text))
        p.addElement(a)

    img_n = [0]

    def image(name_key, data, width, height, caption=None, comment=None):
        img_n[0] += 1
        href = "Pictures/%s.png" % name_key
        doc.Pictures[href] = (IS_IMAGE, data, "image/png")
        ip = P(stylename=S_IMGP)
        fr = Frame(stylename=fr_style, width=width, height=height, anchortype="as-char", name="Image%d" % img_n[0], zindex="0")
        fr.addElement(Image(href=href, type="simple", show="embed", actuate="onLoad"))
        ip.addElement(fr)
        body.addElement(ip)
        if caption:
            cp = P(stylename=st_cap, text=caption)
            if comment:
                annotate(cp, comment)
            body.addElement(cp)

    tab_n = [0]

    def table(caption, rows, widths, size, grid2):
        tab_n[0] += 1
        body.addElement(P(stylename=st_cap, text=caption))
        name = "Tableau%d" % tab_n[0]
        tst = Style(name=name, family="table")
        tst.addElement(TableProperties(width="%.2fcm" % sum(widths), align="center", marginbottom="0.3cm"))
        doc.automaticstyles.addElement(tst)
        tb = Table(name=name, stylename=tst)
        for k, w in enumerate(widths):
            cst = Style(name="%s.C%d" % (name, k), family="table-column")
            cst.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
            doc.automaticstyles.addElement(cst)
            tb.addElement(TableColumn(stylename=cst))
        small = size == "8.5pt"
        for i, r in enumerate(rows):
            tr = TableRow()
            for v in r:
                if grid2:
                    tc = TableCell(stylename=csg, valuetype="string")
                    lines = str(v).split("\n")
                    tc.addElement(P(stylename=S_CELLGB, text=lines[0]))
                    for line in lines[1:]:
                        tc.addElement(P(stylename=S_CELLG, text=line))
                else:
                    head = i == 0
                    tc = TableCell(stylename=csh if head else cs, valuetype="string")
                    bold_row = str(r[0]) == "Total"
                    for line in str(v).split("\n"):
                        if head:
                            st = S_CELLH85 if small else S_CELLH
                        else:
                            st = S_CELL85 if small else S_CELL
                        p = P(stylename=st)
                        if bold_row and not head:
                            p.addElement(Span(stylename=T_BOLD, text=line))
                        else:
                            rich(p, line)
                        tc.addElement(p)
                tr.addElement(tc)
            tb.addElement(tr)
        body.addElement(tb)

    # ---------------------------------------------------------------- couverture « mood board »
    body.addElement(P(stylename=S_C0, text="MASSALIA DIGITAL SCHOOL — BACHELOR 3 — TITRE CHEF DE PROJET E-COMMERCE — SESSION 2026"))
    image("1000000000000384000001C2MOODBOARD", PNG_MOOD, "16.6cm", "9.96cm")
    body.addElement(P(stylename=S_C1, text="RAPPORT D'ALTERNANCE"))
    body.addElement(P(stylename=S_C2, text="Cabanon Vintage"))
    body.addElement(P(stylename=S_C3, text="Fripe en ligne, drops du jeudi et lives du dimanche — blocs 1, 3 et 4"))
    body.addElement(P(stylename=S_C4, text="Nolan Sabatier — alternant social media & e-commerce"))
    body.addElement(P(stylename=S_C4, text="Tutrice : Inès Benhamou, co-fondatrice"))
    body.addElement(P(stylename=S_C4, text="Cabanon Vintage SAS — atelier-entrepôt, Marseille 14e"))
    body.addElement(P(stylename=S_C4, text="Version 2 — mars 2026"))

    # ---------------------------------------------------------------- sommaire automatique
    heads = [(1 if o[0] == "h1" else 2, o[1]) for o in OPS if o[0] in ("h1", "h2")]
    toc = TableOfContent(name="Table des matières1", protected="true")
    src = TableOfContentSource(outlinelevel="2")
    itt = IndexTitleTemplate(stylename=st_cont_h, text="Sommaire")
    src.addElement(itt)
    for lvl in (1, 2):
        et = TableOfContentEntryTemplate(outlinelevel=str(lvl), stylename=conts[lvl])
        et.addElement(IndexEntryLinkStart(stylename="Index_20_Link"))
        et.addElement(IndexEntryText())
        et.addElement(IndexEntryTabStop(type="right", leaderchar="."))
        et.addElement(IndexEntryPageNumber())
        et.addElement(IndexEntryLinkEnd())
        src.addElement(et)
    toc.addElement(src)
    ib = IndexBody()
    it = IndexTitle(name="Table des matières1_Head")
    tp = P(stylename=astyle("SommaireTitre", parent="Contents_20_Heading", pp={"breakbefore": "page"}), text="Sommaire")
    it.addElement(tp)
    ib.addElement(it)
    for k, (lvl, t) in enumerate(heads):
        p = P(stylename=conts[lvl])
        p.addElement(Span(text=t))
        p.addElement(Tab())
        p.addElement(Span(text=str(toc_pages[k]) if toc_pages else "0"))
        ib.addElement(p)
    toc.addElement(ib)
    body.addElement(toc)

    # ---------------------------------------------------------------- corps
    img_k = 0
    for o in OPS:
        kind = o[0]
        if kind == "h1":
            body.addElement(H(outlinelevel=1, stylename=h1s, text=o[1]))
        elif kind == "h2":
            body.addElement(H(outlinelevel=2, stylename=h2s, text=o[1]))
        elif kind == "p":
            p = rich(P(stylename=st_body), o[1])
            if o[2]:
                annotate(p, o[2])
            body.addElement(p)
        elif kind == "arrow":
            body.addElement(P(stylename=S_ARROW, text=o[1]))
        elif kind == "quote":
            body.addElement(rich(P(stylename=S_QUOTE), o[1]))
        elif kind == "list":
            l = List(stylename=LBUL)
            for i in o[1]:
                li = ListItem()
                li.addElement(rich(P(stylename=st_body), i))
                l.addElement(li)
            body.addElement(l)
        elif kind == "table":
            table(o[1], o[2], o[3], o[4], o[5])
        elif kind == "img":
            img_k += 1
            image("10000000000004B000000280CAPT%02d" % img_k, PNG_GREY, "14cm", "7.47cm", o[1], o[2])
    doc.save(path)
    repack(path, ZSTAMP)
    return heads


def pdf_page_texts(odt_path):
    import pypdfium2 as pdfium
    tmp = tempfile.mkdtemp(prefix="c130-")
    try:
        soffice(["--convert-to", "pdf", "--outdir", tmp, odt_path], tmp)
        pdf = pdfium.PdfDocument(os.path.join(tmp, os.path.basename(odt_path)[:-4] + ".pdf"))
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        pdf.close()
        return texts
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\r", " ").replace("\n", " ").replace("\u2019", "'")).strip().lower()


def compute_pages(heads, texts):
    pages, start = [], 2  # pages 1 (couverture) et 2 (sommaire) sautées
    for lvl, t in heads:
        key = norm(t)
        found = None
        for i in range(start, len(texts)):
            if key in norm(texts[i]):
                found = i
                break
        if found is None:
            found = start
        pages.append(found + 1)
        start = found
    return pages


heads = build_odt(ODT, None)
texts = pdf_page_texts(ODT)
pages = compute_pages(heads, texts)
build_odt(ODT, pages)
texts2 = pdf_page_texts(ODT)
assert compute_pages(heads, texts2) == pages
print("ok", ODT, "pages:", len(texts2), "sommaire:", pages)


# =====================================================================================================================
#                                   EXPORT SEARCH CONSOLE (mode comparaison)
# =====================================================================================================================
rnd = random.Random(130)
# (requête, clics récents, clics précédents, impressions récentes, impressions précédentes, position récente, position précédente)
FIXED = [
    ("cabanon vintage", 1186, 902, 2410, 1980, 1.1, 1.2),
    ("cabanon vintage marseille", 244, 187, 512, 430, 1.0, 1.1),
    ("friperie marseille", 231, 58, 6120, 4480, 6.3, 11.7),
    ("friperie en ligne marseille", 96, 6, 402, 311, 4.8, 14.2),
    ("veste carhartt detroit vintage", 71, 3, 1130, 880, 9.1, 22.6),
    ("cabanon friperie", 88, 71, 190, 166, 1.2, 1.3),
    ("mystery box workwear", 64, 12, 210, 98, 2.4, 7.9),
    ("friperie en ligne", 41, 9, 5980, 4720, 18.4, 31.2),
    ("veste carhartt vintage", 38, 7, 4870, 3260, 16.8, 27.5),
    ("veste carhartt detroit", 35, 4, 2690, 2110, 14.1, 26.3),
    ("mystery box vintage", 31, 8, 640, 310, 5.6, 12.4),
    ("friperie vintage marseille", 29, 6, 530, 400, 5.2, 12.9),
    ("chore jacket vintage", 24, 5, 810, 620, 8.7, 17.1),
    ("levi's trucker années 80", 22, 4, 260, 190, 4.1, 10.6),
    ("mystery box vêtements", 19, 6, 1720, 1310, 11.2, 19.8),
    ("cabanon vintage avis", 18, 11, 44, 30, 1.3, 1.5),
    ("thrift shop marseille", 14, 3, 190, 150, 3.9, 8.8),
    ("friperie au kilo marseille", 13, 7, 420, 390, 8.1, 9.4),
    ("vide dressing marseille", 9, 5, 880, 700, 12.6, 15.1),
    ("carhartt vintage homme", 12, 2, 990, 760, 12.3, 24.8),
]
BRANDS = ["carhartt", "levi's", "levis", "dickies", "ralph lauren", "champion", "nike", "adidas", "lacoste", "tommy hilfiger",
          "the north face", "patagonia", "lee", "wrangler", "columbia", "fila", "kappa", "schott", "harley davidson", "stussy"]
ITEMS = ["veste", "jean", "sweat", "chemise", "pantalon", "polo", "doudoune", "coupe vent", "veste en jean", "sweat à capuche",
         "veste de travail", "salopette", "t shirt", "polaire", "blouson"]
MODS = ["vintage", "vintage homme", "vintage femme", "années 90", "90s", "années 80", "occasion", "seconde main", "y2k", "oversize"]
EXTRA = ["friperie marseille 13014", "friperie marseille cours julien", "friperie marseille noailles", "friperie aix en provence",
         "friperie en ligne homme", "friperie en ligne femme", "friperie en ligne pas cher", "friperie workwear",
         "workwear vintage", "workwear vintage france", "veste workwear vintage", "chore jacket", "french work jacket vintage",
         "veste bleu de travail vintage", "dickies 874 vintage", "pantalon dickies 874", "carhartt detroit", "carhartt detroit jacket",
         "carhartt detroit jacket vintage", "carhartt active jacket vintage", "carhartt double knee vintage", "levi's 501 vintage",
         "levi's type 3 trucker", "levi's trucker vintage", "sweat champion reverse weave", "mystery box", "mystery box homme",
         "mystery box friperie", "box friperie", "lot vêtements vintage", "idée cadeau vintage", "idée cadeau vintage homme",
         "carte cadeau friperie", "live shopping friperie", "live shopping vintage", "drop friperie", "drop vintage jeudi",
         "vinted pro friperie", "friperie instagram", "friperie tiktok", "thrift marseille", "thrifting marseille", "thrift haul",
         "vintage shop marseille", "boutique vintage marseille", "magasin vintage marseille", "vêtements seconde main marseille",
         "pop up friperie marseille", "friche belle de mai pop up", "friperie upcycling marseille", "vêtements upcycling marseille",
         "cabanon vintage drop", "cabanon vintage live", "cabanon vintage instagram", "cabanon vintage code promo",
         "cabanon vintage mystery box", "cabanon marseille friperie", "friperie 13014", "friperie 13015", "friperie 13003"]
queries = set(q for q, *_ in FIXED)
rows = list(FIXED)


def add_query(q):
    if q in queries:
        return
    queries.add(q)
    pos_new = round(rnd.uniform(3.5, 48), 1)
    imp_new = int(rnd.lognormvariate(4.2, 1.0)) + 3
    new_only = rnd.random() < 0.12
    if new_only:
        pos_old, imp_old = None, 0
    else:
        pos_old = round(min(95.0, pos_new * rnd.uniform(1.05, 2.2) + rnd.uniform(0, 4)), 1) if rnd.random() < 0.82 else round(max(1.5, pos_new * rnd.uniform(0.75, 0.98)), 1)
        imp_old = max(1, int(imp_new * rnd.uniform(0.45, 1.15)))
    ctr_base = max(0.0, 0.32 / (1 + pos_new / 3.2))
    clk_new = int(imp_new * ctr_base * rnd.uniform(0.3, 1.2))
    clk_old = int(imp_old * (max(0.0, 0.32 / (1 + (pos_old or 99) / 3.2))) * rnd.uniform(0.3, 1.2)) if pos_old else 0
    rows.append((q, clk_new, clk_old, imp_new, imp_old, pos_new, pos_old))


for q in EXTRA:
    add_query(q)
combos = [(b, i, m) for b in BRANDS for i in ITEMS for m in MODS]
rnd.shuffle(combos)
for b, i, m in combos:
    if len(rows) >= 262:
        break
    add_query("%s %s %s" % (i, b, m))


def ctr(c, i):
    if i == 0:
        return "0%"
    return ("%.2f%%" % (100.0 * c / i)).replace(".00%", "%")


rows.sort(key=lambda r: (-r[1], -r[3], r[0]))
with open(CSV, "w", encoding="utf-8", newline="") as fh:
    fh.write("Requêtes les plus fréquentes,Clics 3 derniers mois,Clics 3 mois précédents,Impressions 3 derniers mois,"
             "Impressions 3 mois précédents,CTR 3 derniers mois,CTR 3 mois précédents,Position 3 derniers mois,"
             "Position 3 mois précédents\n")
    for q, cn, co, in_, io_, pn, po in rows:
        qq = '"%s"' % q if "," in q else q
        fh.write("%s,%d,%d,%d,%d,%s,%s,%s,%s\n" % (qq, cn, co, in_, io_, ctr(cn, in_), ctr(co, io_),
                                                    ("%.2f" % pn).rstrip("0").rstrip("."),
                                                    ("%.2f" % po).rstrip("0").rstrip(".") if po else "0"))
print("ok", CSV, "lignes:", len(rows))


# =====================================================================================================================
#                    CLASSEUR stats_insta_lives_ads : ODS (odfpy, formules + valeurs) -> XLSX (LibreOffice)
# =====================================================================================================================
ods = OpenDocumentSpreadsheet()
ods.meta.addElement(Creator(text=AUTHOR))
ods.meta.addElement(InitialCreator(text=AUTHOR))
ods.meta.addElement(CreationDate(text="2025-11-03T10:12:00"))
ods.meta.addElement(Date(text="2026-03-02T09:41:00"))
ods.meta.addElement(Language(text="fr-FR"))


def numstyle(name, decimals, grouping=True):
    ns = N.NumberStyle(name=name, language="fr", country="FR")
    ns.addElement(N.Number(decimalplaces=decimals, minintegerdigits=1, grouping="true" if grouping else "false"))
    ods.styles.addElement(ns)
    return name


def eurstyle(name, decimals):
    cs_ = N.CurrencyStyle(name=name, language="fr", country="FR")
    cs_.addElement(N.Number(decimalplaces=decimals, minintegerdigits=1, grouping="true"))
    cs_.addElement(N.Text(text="\u00a0"))
    cs_.addElement(N.CurrencySymbol(language="fr", country="FR", text="€"))
    ods.styles.addElement(cs_)
    return name


def pctstyle(name, decimals):
    ps = N.PercentageStyle(name=name, language="fr", country="FR")
    ps.addElement(N.Number(decimalplaces=decimals, minintegerdigits=1))
    ps.addElement(N.Text(text="\u00a0%"))
    ods.styles.addElement(ps)
    return name


def datestyle(name):
    ds = N.DateStyle(name=name, language="fr", country="FR")
    ds.addElement(N.Day(style="long")); ds.addElement(N.Text(text="/"))
    ds.addElement(N.Month(style="long")); ds.addElement(N.Text(text="/"))
    ds.addElement(N.Year(style="long"))
    ods.styles.addElement(ds)
    return name


DS = {"n0": numstyle("N0", 0), "n1": numstyle("N1", 1), "e0": eurstyle("E0", 0), "e2": eurstyle("E2", 2),
      "p0": pctstyle("P0", 0), "p1": pctstyle("P1", 1), "d": datestyle("D1")}
_cell_styles = {}


def cstyle(fmt=None, bold=False, fill=None, italic=False, size=None, color=None, wrap=False):
    key = (fmt, bold, fill, italic, size, color, wrap)
    if key in _cell_styles:
        return _cell_styles[key]
    name = "ce%d" % (len(_cell_styles) + 1)
    kw = {"datastylename": DS[fmt]} if fmt else {}
    s = Style(name=name, family="table-cell", parentstylename="Default", **kw)
    cp = {}
    if fill:
        cp["backgroundcolor"] = fill
    if wrap:
        cp["wrapoption"] = "wrap"
    if cp:
        s.addElement(TableCellProperties(**cp))
    tp = {}
    if bold:
        tp["fontweight"] = "bold"
    if italic:
        tp["fontstyle"] = "italic"
    if size:
        tp["fontsize"] = size
    if color:
        tp["color"] = color
    if tp:
        s.addElement(TextProperties(**tp))
    ods.automaticstyles.addElement(s)
    _cell_styles[key] = s
    return s


def fr_num(v, dec):
    s = "{:,.{d}f}".format(v, d=dec).replace(",", "\u00a0").replace(".", ",")
    return s


def disp(v, fmt):
    if fmt in ("n0", "n1"):
        return fr_num(v, 0 if fmt == "n0" else 1)
    if fmt in ("e0", "e2"):
        return fr_num(v, 0 if fmt == "e0" else 2) + "\u00a0€"
    if fmt in ("p0", "p1"):
        return fr_num(v * 100, 0 if fmt == "p0" else 1) + "\u00a0%"
    return str(v)


def S(text, **st):
    return {"t": "s", "v": text, "st": st}


def V(value, fmt="n0", f=None, **st):
    return {"t": "n", "v": value, "fmt": fmt, "f": f, "st": st}


def Dt(iso, **st):
    return {"t": "d", "v": iso, "st": st}


def make_sheet(name, rows_, widths, merge_title=0):
    colst = []
    for k, w in enumerate(widths):
        cs_ = Style(name="co%s%d" % (re.sub(r"\W", "", name), k), family="table-column")
        cs_.addElement(TableColumnProperties(columnwidth="%.2fcm" % w, breakbefore="auto"))
        ods.automaticstyles.addElement(cs_)
        colst.append(cs_)
    t = Table(name=name)
    for cs_ in colst:
        t.addElement(TableColumn(stylename=cs_, defaultcellstylename="Default"))
    for r, row in enumerate(rows_):
        tr = TableRow()
        for c, cell in enumerate(row):
            if cell is None:
                if r == 0 and merge_title and 0 < c < merge_title:
                    tr.addElement(CoveredTableCell())
                else:
                    tr.addElement(TableCell())
                continue
            st = dict(cell.get("st", {}))
            if cell["t"] == "s":
                kw = {}
                if r == 0 and c == 0 and merge_title:
                    kw["numbercolumnsspanned"] = merge_title
                tc = TableCell(valuetype="string", stylename=cstyle(**st), **kw)
                tc.addElement(P(text=cell["v"]))
            elif cell["t"] == "d":
                y, m, d = cell["v"].split("-")
                tc = TableCell(valuetype="date", datevalue=cell["v"], stylename=cstyle(fmt="d", **st))
                tc.addElement(P(text="%s/%s/%s" % (d, m, y)))
            else:
                fmt = cell["fmt"]
                kw = {"formula": "of:=" + cell["f"]} if cell["f"] else {}
                if fmt.startswith("e"):
                    tc = TableCell(valuetype="currency", currency="EUR", value=repr(round(cell["v"], 10)), stylename=cstyle(fmt=fmt, **st), **kw)
                elif fmt.startswith("p"):
                    tc = TableCell(valuetype="percentage", value=repr(round(cell["v"], 10)), stylename=cstyle(fmt=fmt, **st), **kw)
                else:
                    tc = TableCell(valuetype="float", value=repr(round(cell["v"], 10)), stylename=cstyle(fmt=fmt, **st), **kw)
                tc.addElement(P(text=disp(cell["v"], fmt)))
            tr.addElement(tc)
        t.addElement(tr)
    ods.spreadsheet.addElement(t)


HB = dict(bold=True, fill="#F4B183")
YEL = "#FFFF00"

# ------------------------------------------------------------------ onglet Lives
LIVES = [("2025-11-02", 690, 412, 820, 34, 1870), ("2025-11-09", 655, 398, 790, 31, 1705), ("2025-11-16", 702, 431, 860, 37, 2090),
         ("2025-11-23", 640, 402, 770, 30, 1640), ("2025-11-30", 1140, 722, 1480, 61, 3420), ("2025-12-07", 980, 611, 1190, 48, 2610),
         ("2025-12-14", 1020, 656, 1260, 52, 2840), ("2025-12-21", 1210, 764, 1530, 66, 3690)]
R = [[S("Lives du dimanche 18 h — 4 avant / 4 après le Green Friday (28/11/2025)", bold=True, size="12pt"), None, None, None, None, None],
     [None] * 6,
     [S("Date", **HB), S("Viewers max", **HB), S("Viewers moyen", **HB), S("Commentaires", **HB), S("Pièces vendues", **HB), S("CA live", **HB)]]
for k, (d, vmax, vmoy, com, pcs, ca) in enumerate(LIVES):
    st = {"fill": YEL} if k >= 4 else {}
    R.append([Dt(d, **st), V(vmax, **st), V(vmoy, **st), V(com, **st), V(pcs, **st), V(ca, "e0", **st)])
R.append([None] * 6)


def avg(vals):
    return sum(vals) / len(vals)


R.append([S("Moyenne avant", bold=True)] + [V(avg([l[j] for l in LIVES[:4]]), "e0" if j == 5 else "n0", "AVERAGE([.%s4:.%s7])" % (col, col), bold=True)
                                             for j, col in zip(range(1, 6), "BCDEF")])
R.append([S("Moyenne après", bold=True)] + [V(avg([l[j] for l in LIVES[4:]]), "e0" if j == 5 else "n0", "AVERAGE([.%s8:.%s11])" % (col, col), bold=True)
                                             for j, col in zip(range(1, 6), "BCDEF")])
R.append([S("Évolution", italic=True)] + [V(avg([l[j] for l in LIVES[4:]]) / avg([l[j] for l in LIVES[:4]]) - 1, "p0", "[.%s14]/[.%s13]-1" % (col, col), italic=True)
                                          for j, col in zip(range(1, 6), "BCDEF")])
R.append([None] * 6)
R.append([S("En jaune : les 4 lives après le Green Friday. Source : Meta Business Suite (stats des lives) + commandes Shopify taguées « live ».", italic=True, size="9pt"), None, None, None, None, None])
make_sheet("Lives", R, [2.6, 2.4, 2.6, 2.7, 2.7, 2.4], merge_title=6)

# ------------------------------------------------------------------ onglet Reels
REELS = [("2026-01-13", "Try-on Carhartt Detroit x3", 24800, 1320, 520, 210, 19100),
         ("2026-01-16", "Ouverture ballot Belgique 45 kg", 17600, 890, 210, 160, 14200),
         ("2026-01-20", "3 façons de porter une chore jacket", 21300, 1150, 460, 170, 16900),
         ("2026-01-23", "Ambiance atelier : lavage du lundi", 9800, 540, 90, 60, 8100),
         ("2026-01-27", "Try-on Levi's trucker 80s", 19900, 1040, 380, 150, 15600),
         ("2026-01-30", "Avant / après détachage", 15200, 830, 240, 120, 12300),
         ("2026-02-03", "Try-on vestes cuir", 16400, 870, 300, 110, 13200),
         ("2026-02-06", "Lina répond à vos DM (mesures)", 12100, 650, 180, 90, 10000),
         ("2026-02-10", "Try-on Dickies 874 x4", 22700, 1210, 470, 190, 17800),
         ("2026-02-13", "Ambiance atelier : tri du ballot", 10300, 560, 110, 70, 8600),
         ("2026-02-17", "Try-on Carhartt Active jacket", 26100, 1390, 540, 230, 20400),
         ("2026-02-20", "Mystery box : on remplit la vôtre", 17500, 1300, 220, 160, 14000)]
R = [[S("Reels Instagram — 6 semaines (12/01 → 22/02/2026)", bold=True, size="12pt"), None, None, None, None, None, None],
     [None] * 7,
     [S("Date", **HB), S("Reel", **HB), S("Vues", **HB), S("Likes", **HB), S("Saves", **HB), S("Partages", **HB), S("Reach", **HB)]]
for d, t_, *vals in REELS:
    R.append([Dt(d), S(t_)] + [V(v) for v in vals])
n = len(REELS)
R.append([S("Moyenne", bold=True, fill="#FBE5D6"), S("", fill="#FBE5D6")] +
         [V(avg([r_[j] for r_ in REELS]), "n0", "AVERAGE([.%s4:.%s%d])" % (col, col, 3 + n), bold=True, fill="#FBE5D6")
          for j, col in zip(range(2, 7), "CDEFG")])
R.append([None] * 7)
R.append([S("Source : Meta Business Suite > Contenu > Reels, export du 23/02/2026", italic=True, size="9pt"), None, None, None, None, None, None])
make_sheet("Reels", R, [2.5, 6.4, 2.1, 1.9, 1.9, 2.1, 2.1], merge_title=7)

# ------------------------------------------------------------------ onglet Meta Ads
CAT = [("S42 (13/10)", 140, 212, 7, 356), ("S43 (20/10)", 140, 236, 9, 468), ("S44 (27/10)", 140, 251, 10, 512),
       ("S45 (03/11)", 140, 228, 8, 431), ("S46 (10/11)", 140, 264, 11, 597), ("S47 (17/11)", 140, 259, 10, 546),
       ("S48 (24/11)", 140, 342, 19, 1012), ("S49 (01/12)", 140, 301, 15, 823), ("S50 (08/12)", 140, 288, 13, 694),
       ("S51 (15/12)", 140, 246, 9, 462)]
LIVE = [("S44 (27/10)", 60, 118, 3, 152), ("S45 (03/11)", 60, 124, 3, 161), ("S46 (10/11)", 60, 131, 4, 168),
        ("S47 (17/11)", 60, 127, 3, 149), ("S48 (24/11)", 60, 176, 6, 274), ("S49 (01/12)", 60, 142, 4, 176),
        ("S50 (08/12)", 60, 138, 4, 158), ("S51 (15/12)", 60, 149, 5, 138)]
assert sum(c[1] for c in CAT) == 1400 and sum(c[1] for c in LIVE) == 480
assert sum(c[4] for c in CAT) == 5901 and sum(c[4] for c in LIVE) == 1376
R = [[S("Suivi Meta Ads — automne 2025 (semaine par semaine)", bold=True, size="12pt")] + [None] * 7,
     [None] * 8,
     [S("Semaine", **HB), S("Campagne", **HB), S("Dépense", **HB), S("Clics", **HB), S("Achats", **HB), S("CA", **HB),
      S("Marge", **HB), S("Retour", **HB)]]
line = 4
for camp, data in (("Advantage+ catalogue", CAT), ("Rappel live du dimanche", LIVE)):
    for wk, dep, clk, ach, ca in data:
        R.append([S(wk), S(camp), V(dep, "e0"), V(clk), V(ach), V(ca, "e0"), V(ca * 0.62, "e2", "[.F%d]*0.62" % line),
                  V((ca * 0.62 - dep) / dep, "p0", "([.G%d]-[.C%d])/[.C%d]" % (line, line, line))])
        line += 1
last = line - 1
tot_dep, tot_ca = 1880, 7277
tot_clk = sum(c[2] for c in CAT + LIVE)
tot_ach = sum(c[3] for c in CAT + LIVE)
R.append([S("Total", bold=True, fill="#FBE5D6"), S("", fill="#FBE5D6"),
          V(tot_dep, "e0", "SUM([.C4:.C%d])" % last, bold=True, fill="#FBE5D6"),
          V(tot_clk, "n0", "SUM([.D4:.D%d])" % last, bold=True, fill="#FBE5D6"),
          V(tot_ach, "n0", "SUM([.E4:.E%d])" % last, bold=True, fill="#FBE5D6"),
          V(tot_ca, "e0", "SUM([.F4:.F%d])" % last, bold=True, fill="#FBE5D6"),
          V(tot_ca * 0.62, "e2", "SUM([.G4:.G%d])" % last, bold=True, fill="#FBE5D6"),
          V((tot_ca * 0.62 - tot_dep) / tot_dep, "p0", "([.G%d]-[.C%d])/[.C%d]" % (line, line, line), bold=True, fill="#FBE5D6")])
tl = line
R.append([None] * 8)
R.append([S("Par campagne", bold=True)] + [None] * 7)
R.append([S("Campagne", **HB), S("", **HB), S("Dépense", **HB), S("Clics", **HB), S("Achats", **HB), S("CA", **HB), S("Marge", **HB), S("Retour", **HB)])
r0 = tl + 4
for k, (camp, data) in enumerate((("Advantage+ catalogue", CAT), ("Rappel live du dimanche", LIVE))):
    rr = r0 + k
    dep = sum(c[1] for c in data); clk = sum(c[2] for c in data); ach = sum(c[3] for c in data); ca = sum(c[4] for c in data)
    R.append([S(camp), S(""),
              V(dep, "e0", 'SUMIF([.B4:.B%d];"%s";[.C4:.C%d])' % (last, camp, last)),
              V(clk, "n0", 'SUMIF([.B4:.B%d];"%s";[.D4:.D%d])' % (last, camp, last)),
              V(ach, "n0", 'SUMIF([.B4:.B%d];"%s";[.E4:.E%d])' % (last, camp, last)),
              V(ca, "e0", 'SUMIF([.B4:.B%d];"%s";[.F4:.F%d])' % (last, camp, last)),
              V(ca * 0.62, "e2", "[.F%d]*0.62" % rr),
              V((ca * 0.62 - dep) / dep, "p0", "([.G%d]-[.C%d])/[.C%d]" % (rr, rr, rr))])
R.append([None] * 8)
R.append([S("Marge = CA × 62 % (marge moyenne fripe). Retour = (marge − dépense) / dépense. Source : Gestionnaire de publicités Meta, achats attribués 7 j clic / 1 j vue.", italic=True, size="9pt")] + [None] * 7)
make_sheet("Meta Ads", R, [2.8, 4.6, 2.3, 1.8, 1.8, 2.3, 2.5, 2.0], merge_title=8)

# ------------------------------------------------------------------ onglet Drops
DROPS = [("2025-10-02", 150, 98), ("2025-10-09", 162, 117), ("2025-10-16", 158, 111), ("2025-10-23", 171, 109),
         ("2025-10-30", 144, 103), ("2025-11-06", 166, 121), ("2025-11-13", 175, 133), ("2025-11-20", 160, 104),
         ("2025-11-28", 200, 164), ("2025-12-04", 178, 139), ("2025-12-11", 169, 128), ("2025-12-18", 142, 107)]
R = [[S("Drops du jeudi 19 h — sell-through à H+24", bold=True, size="12pt"), None, None, None],
     [S("date", bold=True), S("pièces en ligne", bold=True), S("vendues à H+24", bold=True), S("sell-through", bold=True)]]
for k, (d, on, sold) in enumerate(DROPS):
    rr = k + 3
    R.append([Dt(d), V(on), V(sold), V(sold / on, "p0", "[.C%d]/[.B%d]" % (rr, rr))])
e = 2 + len(DROPS)
R.append([S("total", bold=True), V(sum(d[1] for d in DROPS), "n0", "SUM([.B3:.B%d])" % e, bold=True),
          V(sum(d[2] for d in DROPS), "n0", "SUM([.C3:.C%d])" % e, bold=True),
          V(sum(d[2] for d in DROPS) / sum(d[1] for d in DROPS), "p0", "[.C%d]/[.B%d]" % (e + 1, e + 1), bold=True)])
R.append([None] * 4)
R.append([S("le 28/11 = drop Green Friday (vendredi)", italic=True, size="9pt"), None, None, None])
make_sheet("Drops", R, [2.6, 2.9, 3.1, 2.6])

tmpd = tempfile.mkdtemp(prefix="c130x-")
try:
    ods_path = os.path.join(tmpd, "stats_insta_lives_ads.ods")
    ods.save(ods_path)
    soffice(["--convert-to", "xlsx", "--outdir", tmpd, ods_path], tmpd)
    shutil.copyfile(os.path.join(tmpd, "stats_insta_lives_ads.xlsx"), XLSX)
finally:
    shutil.rmtree(tmpd, ignore_errors=True)


def fix_xlsx(name, data):
    if name == "docProps/core.xml":
        s = data.decode("utf-8")
        s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-11-03T10:12:00Z\2", s)
        s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2026-03-02T09:41:00Z\2", s)
        return s.encode("utf-8")
    if name == "docProps/app.xml":
        s = data.decode("utf-8")
        s = re.sub(r"<TotalTime>\d+</TotalTime>", "<TotalTime>214</TotalTime>", s)
        return s.encode("utf-8")
    return data


repack(XLSX, (2026, 3, 2, 9, 41, 0), fix_xlsx)
print("ok", XLSX)
