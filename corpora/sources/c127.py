# Générateur du dossier de la candidate c127 (Café Nautilus SAS, torréfacteur de café de spécialité, Bas-Chantenay,
# Nantes) — blocs 1 et 2, dossier moyen, DOSSIER EN DEUX FICHIERS :
# (1) Dossier_pro_QUEMENER_Anais.docx : ~18 pages, page de garde, table des matières automatique (champ TOC avec
#     résultat en cache), Titre 1 « 1. Comprendre nos buveurs » en brun, Titre 2 « 1.2 … », lignes d'attaque en gras,
#     7 tableaux, 3 encadrés gris « capture d'écran » (paragraphes bordés, pas des tableaux) légendés en italique,
#     en-tête « Café Nautilus — Dossier professionnel — A. Quéméner », pied « page X sur Y », « Liste des annexes » finale.
# (2) Annexes_chiffres.xlsx : classeur construit comme LibreOffice Calc l'enregistre (fichier ODS plat écrit ici, puis
#     converti par soffice), onglets « Concurrents », « Budget prévi », « Objectifs 2026 », « ROI » (ce dernier ne contient
#     qu'une ligne d'en-tête), lignes d'en-tête brunes figées, formats €, vraies formules (#DIV/0! là où le coût est nul).
# Déterministe : métadonnées fixes, zips DOCX et XLSX reconditionnés à date fixe.
import datetime, io, os, re, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c127-torrefacteur-cafe-nantes")
DOCX = os.path.join(OUT, "Dossier_pro_QUEMENER_Anais.docx")
XLSX = os.path.join(OUT, "Annexes_chiffres.xlsx")
AUTHOR = "Anaïs Quéméner"
FIXED = datetime.datetime(2026, 2, 23, 21, 37, 0)
ZIPSTAMP = (2026, 2, 23, 21, 37, 0)
XL_CREATED = "2025-10-06T18:12:00Z"
XL_MODIFIED = "2026-02-22T17:05:00Z"
BROWN = (0x6B, 0x3E, 0x26)
BROWN_HEX = "6B3E26"
CREAM_HEX = "F4EBDD"


# ====================================================================== outils communs
def repack_file(path, fix=None):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if fix:
                data = fix(name, data)
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fld(paragraph, kind):
    r = OxmlElement("w:r")
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    r.append(el)
    paragraph._p.append(r)


def instr(paragraph, text):
    r = OxmlElement("w:r")
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = " %s " % text
    r.append(el)
    paragraph._p.append(r)


def add_field(paragraph, code, cached, size=9):
    fld(paragraph, "begin")
    instr(paragraph, code)
    fld(paragraph, "separate")
    paragraph.add_run(cached).font.size = Pt(size)
    fld(paragraph, "end")


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def grey_frame(paragraph):
    """Bordure + trame grise : des paragraphes consécutifs ainsi réglés forment un seul encadré dans Word."""
    pPr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), "A6A6A6")
        bdr.append(e)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "D9D9D9")
    pPr.append(shd)


TOKEN = re.compile(r"(\*\*.*?\*\*|__.*?__)")


def fr(t):
    """Espaces insécables de la correction automatique française de Word."""
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


def rich(p, text, size=None, bold=False, italic=False, color=None):
    text = fr(text)
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
        elif part.startswith("__"):
            r = p.add_run(part[2:-2])
            r.italic = True
        else:
            r = p.add_run(part)
            if bold:
                r.bold = True
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    return p


# ====================================================================== contenu du dossier
# ("h1", t) ; ("h2", t) ; ("p", t) ; ("lead", gras, suite) ; ("ul", [..]) ; ("ol", [..]) ; ("tab", légende, lignes, largeurs)
# ("shot", texte de l'encadré, légende) ; ("chat", [(heure, qui, texte)]) ; ("bold", t)
N_PAGES = 18
PAGES = {}   # numéros de page de la table des matières (rendu LibreOffice du document généré), remplis plus bas

CONTENT = [
    ("h1", "Introduction"),
    ("p", "Chez Café Nautilus, la journée commence par une odeur : celle du premier lot qui sort du torréfacteur, vers 7 h 30, "
          "quand Bastien ouvre la trappe et que les grains tombent dans le bac de refroidissement. Le reste de l'équipe arrive "
          "à peu près à ce moment-là, et c'est souvent là, devant le bac, qu'on se dit ce qu'il y a à faire dans la journée."),
    ("p", "Café Nautilus SAS est un atelier-comptoir de torréfaction installé dans une ancienne fabrique de conserves du "
          "Bas-Chantenay, à Nantes. Il a été fondé en 2017 par Gwenaëlle Rivoal, ancienne barista, et Bastien Le Moal, "
          "torréfacteur. On est sept : Gwenaëlle (présidente, et ma tutrice), Bastien (torréfaction et achats de café vert), "
          "Inès Barreau au comptoir, Théo Gautier aux expéditions, deux personnes en renfort à la production et au "
          "conditionnement, et moi. En 2025, l'entreprise a fait 980 k€ de chiffre d'affaires HT, dont 314 k€ en ligne, soit "
          "environ un tiers. Le reste vient du comptoir et surtout des cafés-restaurants que Bastien livre lui-même."),
    ("p", "La boutique en ligne tourne sous WooCommerce, avec l'extension Subscriptions pour les abonnements. Notre "
          "abonnement « L'Escale » (deux sachets de 250 g toutes les deux ou quatre semaines, 21,90 €) compte 610 abonnés et "
          "représente à lui seul plus de la moitié des ventes du site. Le reste, ce sont les sachets à l'unité : "
          "l'**Éthiopie Guji natural 250 g** (11,50 €), le **Blend Quai de la Fosse 1 kg** (26 €), notre **Déca Colombie "
          "procédé eau** (12,90 €) et, pour les grandes occasions, le grand cru **Geisha de Boquete lot 12** en 125 g (24 €). "
          "Chaque café est proposé en grains ou moulu (espresso, filtre ou piston), et on moud à la commande."),
    ("p", "Je m'appelle Anaïs Quéméner, j'ai 22 ans et je suis en Bachelor 3 à l'Erdre Business School, en alternance chez "
          "Café Nautilus depuis septembre 2024. Je m'occupe de la boutique en ligne, de la newsletter, d'Instagram et de tout "
          "ce qui touche au site. Ce dossier raconte mon travail en deux temps : d'abord comprendre qui achète notre café en "
          "ligne et construire notre stratégie (partie 1), puis faire connaître l'atelier, vendre et garder nos clients "
          "(partie 2). Les chiffres détaillés sont dans le classeur Annexes_chiffres.xlsx, que je cite au fil du texte."),

    ("h1", "1. Comprendre nos buveurs"),
    ("h2", "1.1 Nos profils de tasse"),
    ("p", "Au printemps 2025, j'ai glissé un petit questionnaire papier dans chaque colis, avec un QR code pour ceux qui "
          "préfèrent répondre en ligne et un sachet de 125 g à gagner. En six semaines, on a reçu 142 réponses exploitables. "
          "Je les ai saisies dans un tableur, puis je les ai croisées avec l'historique des commandes WooCommerce. Deux "
          "profils de tasse se détachent nettement ; on les appelle maintenant comme ça dans l'équipe."),
    ("lead", "Les filtreux.", " Ce sont nos clients les plus fidèles : 28 à 45 ans, souvent cadres ou profs, qui préparent "
          "leur café à la V60, à la Chemex ou à l'AeroPress, pèsent leur mouture et parlent d'acidité et de notes de fruits "
          "rouges. Ce qui les fait craquer : l'origine traçable (le nom de la ferme ou de la station, l'altitude, le procédé), "
          "la date de torréfaction imprimée sur le sachet, et les cafés qui changent au fil des récoltes. Ce qui les refroidit : "
          "le prix au kilo quand ils le calculent (un grand cru à 24 € les 125 g, ça fait réfléchir), et surtout la mauvaise "
          "mouture. Trois réponses racontent la même histoire : un sachet moulu « filtre » reçu alors qu'ils voulaient du "
          "grain, et une semaine de café gâché."),
    ("lead", "Les pressés de l'espresso.", " Ils ont une machine à espresso à la maison, souvent achetée depuis peu, et "
          "veulent surtout un café régulier, qui ne change pas de goût d'un sachet à l'autre et qui passe bien avec du lait. "
          "Ce qui les fait craquer : un blend stable, le 1 kg, la livraison rapide. Ce qui les refroidit : devoir re-régler "
          "leur moulin à chaque nouveau café, et les fiches produits trop techniques (« je ne sais pas ce qu'est un natural »)."),
    ("tab", "Tableau 1 – Ce qui ressort des 142 questionnaires (plusieurs réponses possibles)", [
        ["", "Filtreux (81 réponses)", "Pressés de l'espresso (47 réponses)"],
        ["Méthode principale", "V60 / Chemex (58 %), AeroPress (24 %)", "Machine à espresso (89 %)"],
        ["Ce qui les fait craquer", "Origine traçable (77 %)\nDate de torréfaction (69 %)", "Goût régulier (72 %)\nFormat 1 kg (51 %)"],
        ["Ce qui les refroidit", "Prix au kilo (46 %)\nErreur de mouture (21 %)", "Re-réglage du moulin (44 %)\nFiches trop techniques (30 %)"],
        ["Achat sur le site", "4 à 6 fois par an ou abonnés", "2 à 3 fois par an, en 1 kg"],
    ], [4.2, 5.9, 5.9]),
    ("p", "Les 14 autres réponses viennent de clients qui achètent pour offrir ou qui boivent surtout du déca ; c'est trop "
          "peu pour en faire un profil."),

    ("h2", "1.2 Du grain à la tasse : le parcours d'un filtreux"),
    ("p", "Pour que toute l'équipe voie comment un filtreux arrive jusqu'à nous, j'ai reconstitué son parcours à partir des "
          "réponses libres du questionnaire et de quatre discussions au comptoir avec des clients. Je l'ai appelé Yann, "
          "34 ans, prof de physique à Rezé."),
    ("ol", ["**Le sachet vide.** Un dimanche matin, Yann racle le fond de son sachet. Il lui reste deux tasses, et il sait "
            "déjà qu'il ne veut pas racheter le café du supermarché, qu'il trouve « plat ».",
            "**Le reel de cupping.** Le soir, il tombe sur une vidéo Instagram de Bastien en train de goûter trois cafés à la "
            "cuillère, en cupping, avec les notes de dégustation en légende. Il s'abonne au compte et clique sur le lien.",
            "**La comparaison des dates.** Sur le site, il regarde les origines, puis compare avec deux autres brûleries. Ce "
            "qu'il vérifie avant tout : la date de torréfaction. Chez nous, chaque fiche indique le jour du dernier lot.",
            "**Le premier 250 g.** Il commande un Éthiopie Guji en grains. Il hésite sur les frais de port, puis valide, et "
            "reçoit son colis deux jours plus tard.",
            "**L'e-mail d'infusion.** Trois jours après la livraison, Brevo lui envoie un e-mail avec la recette V60 de "
            "Bastien pour ce café (15 g pour 250 ml, eau à 94 °C, 3 minutes) et une question : « Alors, cette tasse ? »",
            "**L'abonnement… ou pas.** Si le café lui plaît, il passe à L'Escale pour ne plus jamais tomber en panne. Sinon, "
            "il recommande à l'unité de temps en temps, ou il disparaît. D'après mes calculs, un peu plus d'un filtreux sur "
            "quatre s'abonne dans les deux mois qui suivent sa première commande."]),
    ("p", "Ce parcours m'a surtout montré que l'e-mail d'infusion est un moment clé : c'est là que le client décide s'il "
          "continue avec nous."),

    ("h2", "1.3 La grille des brûleries et notre radar"),
    ("p", "En octobre 2025, j'ai fait le tour des sites des quatre brûleries que nos clients citent le plus souvent dans le "
          "questionnaire : la Brûlerie des Ducs, Kaffa Atelier à Angers, Moka Express Club et Grains d'Ouest à Rennes. J'ai "
          "relevé pour chacune neuf points que nos buveurs regardent, du prix au kilo à l'emballage. Le détail est dans "
          "la grille (cf. onglet Concurrents)."),
    ("p", "Premier constat, et c'est celui qui m'a le plus surprise : chez les quatre autres, personne n'affiche la date de "
          "torréfaction sur la fiche produit. C'est pourtant la deuxième chose qui fait craquer nos filtreux ! Deuxième "
          "constat : on se situe dans la moyenne sur le prix au kilo, ni les moins chers ni les plus chers, mais notre "
          "livraison offerte arrive plus tard que chez Kaffa Atelier et Moka Express Club. Moka Express Club est le plus "
          "visible sur Instagram et celui qui a le plus d'avis, mais ses fiches restent très courtes. Enfin, deux brûleries "
          "utilisent déjà un sachet compostable, ce que nos clients nous demandent de plus en plus au comptoir, et nous pas "
          "encore."),
    ("p", "Après la grille, on a fait avec Gwenaëlle et Bastien notre radar forces / faiblesses, un après-midi autour de la "
          "table de cupping."),
    ("tab", "Tableau 2 – Notre radar forces / faiblesses (octobre 2025)", [
        ["Forces", "Faiblesses"],
        ["Torréfaction sur place, date du lot affichée sur chaque sachet et chaque fiche",
         "Livraison offerte à partir d'un montant plus élevé que nos concurrents"],
        ["Un abonnement installé : 610 abonnés, et le planning de torréfaction calé dessus",
         "Sachets encore en kraft doublé aluminium, non compostables"],
        ["Le savoir de Bastien (cupping, profils de torréfaction), qui rassure les filtreux",
         "Peu d'avis clients en ligne par rapport à Moka Express Club"],
        ["Mouture à la commande, trois moutures au choix", "Erreurs de mouture encore trop fréquentes à l'expédition"],
        ["Un comptoir connu dans le quartier", "Une seule personne aux expéditions, Théo"],
    ], [8.0, 8.0]),

    ("h2", "1.4 Nos repères chiffrés et les buveurs visés en premier"),
    ("p", "Avec Gwenaëlle, on s'est fixé quatre repères chiffrés pour la boutique en ligne. Le premier, c'est de faire "
          "grandir nettement L'Escale, parce que c'est l'abonnement qui fait tourner le torréfacteur de façon régulière. Le "
          "deuxième, de faire peser le site plus lourd dans notre chiffre d'affaires total. Le troisième, de garder nos "
          "abonnés plus longtemps, c'est-à-dire d'avoir moins de désabonnements chaque mois. Le quatrième, de faire monter "
          "le panier moyen, notamment avec le 1 kg et les moulins. Tous les quatre sont à atteindre d'ici la fin de cette "
          "année ; les valeurs de départ et les cibles sont dans le classeur (cf. onglet Objectifs 2026)."),
    ("p", "Pour y arriver, on a décidé de viser en priorité les filtreux. Ce sont eux qui s'abonnent le plus et qui restent "
          "le plus longtemps, et ce sont aussi eux qui sont sensibles à ce qu'on fait de mieux : l'origine, la fraîcheur, les "
          "récoltes. Les pressés de l'espresso ne sont pas oubliés, mais on les touchera surtout avec le Blend Quai de la "
          "Fosse et le format 1 kg, sans action dédiée pour l'instant."),
    ("p", "Les cafés-restaurants, eux, restent hors ligne. Ce sont de gros volumes, des prix négociés et des livraisons "
          "que Bastien fait lui-même en camionnette le mardi et le vendredi : les faire passer par la vitrine WooCommerce "
          "n'aurait aucun sens. Gwenaëlle préfère garder cette relation en direct."),

    ("h2", "1.5 Les portes d'entrée vers le site et le calendrier des récoltes"),
    ("p", "Voici nos cinq portes d'entrée vers le site, dans l'ordre de notre budget prévi :"),
    ("ol", ["**Google Ads** : des annonces sur les recherches du type « café en grain Nantes » ou « abonnement café », et "
            "une campagne Shopping sur nos sachets.",
            "**L'e-mailing avec Brevo** : la newsletter du jeudi « Le Quart de Veille », envoyée à 3 400 contacts, et les "
            "e-mails automatiques (bienvenue, e-mail d'infusion, relance de panier).",
            "**Instagram** : le compte de l'atelier, avec quelques publications sponsorisées au moment des temps forts.",
            "**Le référencement naturel** : les fiches origines réécrites, avec l'histoire de chaque lot, et l'extension "
            "Yoast sur le site.",
            "**Les boutiques complices et les relais** : des épiceries fines et des partenaires qui parlent de nous et "
            "renvoient vers le site."]),
    ("p", "Pour caler tout ça dans l'année, j'ai construit ce que j'appelle notre calendrier des récoltes. Le café a ses "
          "saisons, et nos ventes aussi ; chaque date a été choisie pour une raison précise."),
    ("lead", "Les arrivées de récolte.", " Le café vert arrive par bateau plusieurs mois après la récolte. Les "
             "éthiopiens récoltés de novembre à janvier arrivent chez nous au printemps ; les brésiliens, récoltés de mai à "
             "septembre, arrivent en fin d'automne. Chaque arrivée est une nouveauté à raconter aux filtreux, qui attendent "
             "justement les nouveaux lots."),
    ("lead", "La Fête des pères.", " Mi-juin, c'est notre premier pic de cadeaux : le coffret « Papa Torréfacteur » "
             "(deux origines et un moulin manuel) se vend surtout les deux semaines d'avant."),
    ("lead", "La rentrée.", " En septembre, tout le monde reprend ses habitudes, y compris celle du café du matin. C'est le "
             "meilleur moment pour proposer un abonnement : c'est pour ça que la Cargaison d'automne démarre début septembre."),
    ("lead", "Les coffrets de Noël.", " De mi-novembre à mi-décembre, les coffrets font l'essentiel des ventes du site, "
             "avec le grand cru en vedette. Il faut que tout soit prêt avant la dernière date d'expédition."),
    ("lead", "Le cold brew d'été.", " En juillet et août, les ventes de café chaud baissent. Plutôt que de subir ce creux, "
             "on pousse le cold brew : recette, sachet « spécial infusion à froid », et posts en terrasse."),
    ("p", "Mois par mois, ça donne ceci :"),
    ("ul", ["**Janvier** : soldes du café de Noël restant ; e-mail « bonnes résolutions café » ; bilan des abonnés.",
            "**Février** : annonce des premiers lots éthiopiens ; sondage Instagram sur la prochaine origine.",
            "**Mars** : arrivée des éthiopiens ; nouvelles fiches origines ; cupping ouvert au comptoir.",
            "**Avril** : mise en ligne du coffret Fête des pères ; relance des clients de Noël.",
            "**Mai** : campagne Google Ads Fête des pères ; newsletter idées cadeaux.",
            "**Juin** : Fête des pères ; coffret en avant sur le site ; sponsorisation Instagram.",
            "**Juillet** : lancement du cold brew ; recette en reel.",
            "**Août** : préparation de la Cargaison d'automne ; flyers à imprimer.",
            "**Septembre** : Cargaison d'automne (rentrée) ; ardoise au comptoir ; renfort Google Ads.",
            "**Octobre** : suite de la Cargaison ; grille des brûleries mise à jour.",
            "**Novembre** : arrivée des brésiliens ; mise en ligne des coffrets de Noël.",
            "**Décembre** : coffrets de Noël ; grand cru en vedette ; dernière date d'expédition le 19."]),

    ("h2", "1.6 Nos boutiques complices"),
    ("p", "Un petit torréfacteur ne peut pas tout faire seul. J'ai listé les secteurs avec lesquels on a un intérêt "
          "commercial commun à Nantes :"),
    ("ul", ["**les magasins de moulins et de machines à espresso**, parce que leurs clients repartent avec un appareil "
            "neuf… et sans café pour le faire tourner ;",
            "**les boulangeries de quartier**, où l'on passe tous les matins et où un sachet de 250 g trouve facilement sa "
            "place près de la caisse ;",
            "**les épiceries fines**, dont les clients cherchent déjà des produits d'artisans avec une histoire ;",
            "**les coworkings**, qui consomment beaucoup de café en grain pour leurs espaces communs et dont les membres "
            "sont souvent des filtreux en puissance."]),
    ("lead", "Notre alliance avec Espresso Service Atlantique.", " Le projet le plus avancé est celui avec Espresso "
             "Service Atlantique, un magasin de machines et de moulins installé boulevard de la Prairie-au-Duc, à dix "
             "minutes de l'atelier. Leur gérant, Kévin Jaouen, vend et répare des machines à espresso et des moulins pour "
             "les particuliers. Ses clients, ce sont exactement nos deux profils de tasse : des pressés de l'espresso qui "
             "viennent d'acheter leur première vraie machine, et des filtreux qui montent en gamme sur leur moulin. Il nous "
             "a confirmé que près de la moitié de ses clients habitent la métropole nantaise, comme la majorité de nos "
             "abonnés livrés. L'idée : un bon de découverte de L'Escale glissé dans chaque carton de machine, et notre Blend "
             "Quai de la Fosse utilisé pour ses démonstrations en magasin. En retour, on renvoie vers lui les clients qui "
             "nous demandent conseil sur un moulin."),

    ("h2", "1.7 Le budget prévi"),
    ("p", "J'ai monté le budget prévi de l'exercice dans le classeur (cf. onglet Budget prévi), porte d'entrée par porte "
          "d'entrée, avec pour chacune les lignes de dépense, le nombre de mois et le chiffre d'affaires qu'on en attend. "
          "Au total, on est un peu en dessous de 8 000 € sur l'exercice."),
    ("p", "Le poste le plus lourd, de loin, c'est Google Ads : à lui seul, il représente environ la moitié de l'enveloppe, "
          "surtout à cause du budget de clics mensuel et des deux renforts (Cargaison d'automne et Noël). Viennent ensuite "
          "les boutiques complices et les relais (colis aux YouTubeurs, échantillons, présentoirs, encart dans le "
          "magazine), puis Instagram, où le shooting photo des lots coûte plus cher que les posts sponsorisés. Brevo et le "
          "référencement naturel coûtent peu en argent : ce sont surtout des abonnements à des outils et beaucoup de "
          "temps, le mien en particulier, que je n'ai pas chiffré."),
    ("p", "Le retour de chaque canal est détaillé dans l'onglet ROI."),
    ("p", "Je n'ai pas encore pu comparer le prévu et le réel, l'exercice se termine en mars."),

    ("h2", "1.8 Retour sur la Fête des pères 2025"),
    ("p", "Pour la Fête des pères 2025, on a mis en avant le coffret « Papa Torréfacteur » du 2 au 15 juin : "
          "newsletter spéciale, deux posts sponsorisés et une petite campagne Google Ads. J'ai comparé ces deux "
          "semaines avec les deux semaines d'avant."),
    ("tab", "Tableau 3 – Fête des pères 2025 : avant / après", [
        ["Indicateur", "Avant (19 mai – 1er juin)", "Opération (2 – 15 juin)"],
        ["Sessions sur le site", "3 120", "5 480"],
        ["Commandes", "96", "171"],
        ["Chiffre d'affaires TTC", "2 980 €", "6 140 €"],
        ["Panier moyen", "31,04 €", "35,91 €"],
        ["Coffrets « Papa Torréfacteur » vendus", "0", "58"],
        ["Inscriptions à la newsletter", "41", "133"],
        ["Nouveaux abonnés L'Escale", "9", "22"],
    ], [6.4, 4.8, 4.8]),
    ("p", "Les chiffres parlent d'eux-mêmes !"),

    ("h1", "2. Faire venir, vendre et garder"),
    ("h2", "2.1 La Cargaison d'automne"),
    ("p", "La Cargaison d'automne, c'est la campagne dont je suis la plus fière. Le point de départ vient de Gwenaëlle : "
          "elle voulait des volumes de torréfaction plus réguliers. Aujourd'hui, Bastien torréfie beaucoup en novembre et "
          "en décembre, puis le torréfacteur tourne à moitié vide en janvier. Plus on a d'abonnés, plus le planning de "
          "torréfaction est prévisible d'une semaine à l'autre, et moins on jette de café vert qui vieillit en sac. "
          "L'objectif de la campagne découle de là : recruter des abonnés à L'Escale à la rentrée, pour que l'hiver soit "
          "déjà rempli."),
    ("p", "Le principe : du 8 septembre au 9 novembre 2025, la première livraison de L'Escale était à 9,90 € au lieu de "
          "21,90 €, avec le code CARGAISON. Les livraisons suivantes repassaient au prix normal, et l'abonné pouvait arrêter "
          "quand il voulait."),
    ("p", "Pour la faire connaître, on a utilisé cinq vecteurs :"),
    ("ul", ["**Brevo** : trois e-mails à toute la base (lancement, rappel à mi-parcours, « dernière semaine ») ;",
            "**Instagram** : un reel de lancement avec Bastien au torréfacteur, puis des stories chaque semaine ;",
            "**Google Ads** : le renfort de septembre et octobre, sur les recherches « abonnement café » ;",
            "**le flyer colis** : un flyer format carte postale glissé dans toutes les commandes à l'unité ;",
            "**l'ardoise du comptoir** : Inès a écrit l'offre à la craie sur la grande ardoise, à côté de la caisse."]),
    ("tab", "Tableau 4 – Ce que chaque vecteur devait apporter à la Cargaison", [
        ["Objectif", "Brevo", "Instagram", "Google Ads", "Flyer colis", "Ardoise comptoir"],
        ["Faire connaître l'offre", "✓", "✓", "✓", "", "✓"],
        ["Transformer les acheteurs à l'unité en abonnés", "✓", "", "", "✓", "✓"],
        ["Amener de nouveaux visiteurs sur la page L'Escale", "", "✓", "✓", "", ""],
        ["Faire revenir les anciens abonnés", "✓", "", "", "", ""],
    ], [5.2, 2.0, 2.1, 2.2, 2.2, 2.3]),

    ("h2", "2.2 Nos partenaires"),
    ("p", "Un café, c'est d'abord une chaîne de gens, de la ferme jusqu'à la tasse. Nos premiers partenaires sont ceux qui "
          "nous fournissent le café vert, et Bastien les connaît presque tous personnellement."),
    ("lead", "La station de lavage de Gerba Dogo, en Éthiopie.", " Notre Éthiopie Guji natural vient d'une station "
             "située dans la zone Guji, à environ 2 100 mètres d'altitude. Elle achète les cerises à près de 600 petits "
             "producteurs des collines alentour et les fait sécher entières sur des lits africains, pendant trois à quatre "
             "semaines : c'est ce qu'on appelle le procédé natural, qui donne au café ses notes de fraise et de myrtille. "
             "Bastien y est allé en janvier 2024 et on achète le même lot depuis trois récoltes."),
    ("lead", "La Fazenda Boa Vista do Sul, au Brésil.", " Cette ferme familiale du Sul de Minas fournit la base de notre "
             "Blend Quai de la Fosse. C'est un café rond, chocolaté, très régulier d'une année à l'autre, exactement ce qu'il "
             "faut pour un blend espresso. La famille Carvalho nous envoie chaque année des échantillons de pré-récolte, et "
             "Bastien choisit ses lots par cupping avant la mise en sac."),
    ("lead", "Le Comptoir Maritime des Cafés Verts, au Havre.", " C'est notre importateur. Il réceptionne les conteneurs, "
             "stocke les sacs de jute dans son entrepôt sous douane et nous livre par palette, en général trois fois par an. "
             "Sans lui, un atelier de notre taille ne pourrait pas acheter en direct : il avance les frais de transport, "
             "gère le dédouanement et nous envoie des échantillons de tout ce qui arrive au port."),
    ("bold", "Et côté vente ?"),
    ("p", "Pour faire connaître l'atelier et le site, on s'appuie sur d'autres partenaires, côté clients cette fois :"),
    ("tab", "Tableau 5 – Nos relais côté vente", [
        ["Relais", "Type", "Ce qu'on fait ensemble"],
        ["« Extraction Lente » (Léo Drouet)", "Chaîne YouTube barista, 38 000 abonnés", "Test de deux origines en vidéo, code promo"],
        ["« Mouture & Méthode » (Clara Moysan)", "Chaîne YouTube barista, 21 000 abonnés", "Recette V60 du Guji, lien vers la fiche"],
        ["Espresso Service Atlantique", "Magasin de machines et moulins", "Bon L'Escale dans les cartons, démonstrations"],
        ["5 épiceries fines (Talensac, Sainte-Croix, Zola, Vertou, Clisson)", "Revendeurs", "Présentoir de sachets avec QR code"],
        ["Nantes Côté Ville", "Magazine local", "Encart et portrait de Bastien (numéro d'octobre)"],
    ], [5.2, 5.0, 5.8]),
    ("p", "Le choix des deux YouTubeurs a été mûrement réfléchi. Léo et Clara parlent exactement à nos filtreux : leurs "
          "vidéos comparent des moulins, détaillent des recettes V60 à la seconde près et goûtent des cafés de torréfacteurs "
          "indépendants, jamais de la grande distribution. D'après les statistiques qu'ils nous ont partagées, plus de 70 % "
          "de leur audience a entre 25 et 44 ans, et Clara vit à Rennes, ce qui lui donne beaucoup d'abonnés dans l'Ouest. "
          "Surtout, une vidéo YouTube continue de tourner pendant des mois : quelqu'un qui cherche « recette V60 Éthiopie » "
          "tombera encore sur la vidéo de Clara l'an prochain, avec notre lien en description. Enfin, ni l'un ni l'autre ne "
          "travaille avec la Brûlerie des Ducs ou Moka Express Club, ce qui nous laisse la place."),

    ("h2", "2.3 La bulle Tidio"),
    ("p", "Depuis juin 2025, une bulle Tidio s'affiche en bas à droite de toutes les pages du site. C'est moi qui l'ai "
          "installée (extension WordPress, puis réglage des horaires et du message d'accueil) ; Inès et moi répondons du "
          "lundi au samedi, de 9 h à 19 h, et le soir quand on peut. Voici une conversation du 16 septembre 2025, pendant la "
          "Cargaison, recopiée telle quelle depuis l'historique Tidio :"),
    ("chat", [("21:14", "Visiteur", "Bonsoir ! je regarde votre abonnement, vous moulez pour Chemex ? j'ai un moulin mais il "
                                    "est en panne"),
              ("21:16", "Anaïs – Café Nautilus", "Bonsoir ! Oui, on moud à la commande. Pour la Chemex, choisissez « moulu "
                                                 "filtre » : c'est une mouture moyenne-grosse, parfaite pour ce filtre épais."),
              ("21:17", "Visiteur", "ok top. et si je pars en vacances je peux décaler ?"),
              ("21:18", "Anaïs – Café Nautilus", "Tout à fait, depuis votre compte vous pouvez sauter une livraison ou mettre "
                                                 "l'abonnement en pause, sans frais."),
              ("21:18", "Visiteur", "et le code cargaison marche pour le rythme 4 semaines ?"),
              ("21:19", "Anaïs – Café Nautilus", "Oui, pour les deux rythmes : première livraison à 9,90 €. Et quand votre "
                                                 "moulin sera réparé, vous pourrez passer en grains quand vous voulez."),
              ("21:22", "Visiteur", "c'est fait, merci !!"),
              ("21:22", "Anaïs – Café Nautilus", "Merci à vous, belle découverte et bonne dégustation ☕")]),
    ("p", "La commande est arrivée à 21 h 21 : abonnement L'Escale, rythme 4 semaines, moulu filtre, code CARGAISON."),
    ("p", "L'autre conversation que j'avais gardée, une dame qui cherchait un cadeau pour un amateur d'espresso, n'a rien "
          "donné : elle a quitté le site avant ma deuxième réponse."),

    ("h2", "2.4 Instagram : raconter l'atelier"),
    ("p", "Instagram est notre réseau principal : c'est là que sont nos filtreux, et c'est là qu'on peut montrer ce qu'un "
          "site ne montre pas, le bruit et l'odeur de la torréfaction. Depuis septembre 2025, je suis une méthode assez "
          "simple, que j'ai construite au fil des semaines :"),
    ("ul", ["**des reels au torréfacteur** : Bastien qui lance un lot, le « premier crack », les grains qui tombent dans le "
            "bac. Un reel par semaine, 20 à 30 secondes, filmé au téléphone ;",
            "**des stories de cupping** : chaque jeudi, on goûte les nouveaux lots à la cuillère et je filme les réactions "
            "de l'équipe, avec les notes de dégustation en texte ;",
            "**des sondages sur la prochaine origine** : « Kenya ou Colombie pour mars ? ». Le Kenya l'a emporté à 64 %, et "
            "Bastien l'a vraiment commandé, ce que les abonnés ont adoré ;",
            "**des republications** : quand un client publie sa tasse avec #CaféNautilus, je la reposte en story avec son "
            "accord ;",
            "**des horaires choisis** : je publie aux créneaux où nos abonnés sont le plus actifs d'après les statistiques "
            "Meta, le mardi et le jeudi vers 7 h 45, et le dimanche vers 10 h."]),
    ("shot", "[capture d'écran – Meta Business Suite > Statistiques > Audience > Heures les plus actives]",
             "Capture 1 — heures d'activité de nos abonnés (Meta Business Suite, relevé du 5 janvier 2026)"),
    ("p", "Résultat entre le 1er septembre 2025 et le 31 janvier 2026 : 4 180 → 5 620 abonnés, portée mensuelle passée de "
          "12 900 à 31 400 comptes."),

    ("h2", "2.5 La vitrine WooCommerce"),
    ("p", "Dans WooCommerce, j'utilise trois fonctions pour mettre des produits en valeur, que j'ai réglées moi-même en "
          "octobre 2025."),
    ("lead", "Le drapeau « mis en avant ».", " Dans la liste des produits, une petite étoile permet de marquer un produit "
             "comme mis en avant. Le bloc « Produits mis en avant » de WooCommerce les affiche ensuite automatiquement. "
             "Je l'active sur l'origine du moment et sur le coffret de la saison, et je la retire quand le lot est épuisé."),
    ("shot", "[capture d'écran – Produits > Tous les produits, colonne étoile « mis en avant » cochée sur le Guji et le "
             "coffret de Noël]",
             "Capture 2 — le drapeau « mis en avant » dans la liste des produits"),
    ("lead", "La vente croisée sur le grand cru.", " Sur la fiche du Geisha de Boquete, j'ai ajouté en « ventes croisées » "
             "notre moulin manuel à meules coniques (69 €) : le grand cru est souvent acheté par des filtreux qui veulent le "
             "moudre eux-mêmes juste avant l'infusion, et le moulin apparaît dans le panier au moment de valider."),
    ("lead", "La montée en gamme 250 g → 1 kg.", " Sur les fiches en 250 g, le format 1 kg du même café est proposé en "
             "« produits suggérés », juste sous le bouton d'ajout au panier. Sur le Guji, le 1 kg revient à 10,50 € les 250 g "
             "au lieu de 11,50 €."),
    ("shot", "[capture d'écran – fiche Éthiopie Guji natural 250 g, encart « Vous aimerez peut-être aussi… » avec le "
             "format 1 kg]",
             "Capture 3 — ventes incitatives sur la fiche Guji"),

    ("h2", "2.6 Payer en quelques secondes"),
    ("p", "En septembre 2025, on a remplacé l'ancien module de paiement par WooPayments, la solution de paiement "
          "intégrée à WooCommerce, qui accepte la carte bancaire, Apple Pay et Google Pay. J'ai aussi installé "
          "l'extension PayPal officielle, parce qu'une partie de nos clients la demandait au comptoir. J'ai fait le "
          "paramétrage avec Gwenaëlle, qui avait les accès bancaires."),
    ("p", "Le 14 octobre 2025, avant le gros de la Cargaison, j'ai testé le paiement sur trois appareils, avec de vraies "
          "commandes d'un sachet de 250 g, remboursées ensuite :"),
    ("tab", "Tableau 6 – Tests de paiement du 14 octobre 2025", [
        ["Appareil", "Navigateur", "Moyen de paiement", "Résultat"],
        ["iPhone 13 (iOS 18)", "Safari", "Carte Visa / Apple Pay / PayPal", "OK – 3 commandes validées"],
        ["Tablette Samsung Galaxy Tab A8 (Android 14)", "Chrome", "Carte Mastercard / Google Pay / PayPal", "OK – 3 commandes validées"],
        ["PC portable (Windows 11)", "Firefox et Chrome", "Carte Visa / PayPal", "OK – 4 commandes validées"],
    ], [5.0, 2.8, 4.8, 3.4]),
    ("p", "Sur la tablette, le bouton PayPal s'affichait sous le pied de page la première fois ; après vidage du cache, "
          "tout est rentré dans l'ordre."),

    ("h2", "2.7 Garder nos buveurs"),
    ("p", "Un client qui revient nous coûte beaucoup moins cher qu'un nouveau. J'ai fait la liste de tout ce qu'on pouvait "
          "mettre en place pour garder nos buveurs :"),
    ("tab", "Tableau 7 – Les façons de garder nos buveurs", [
        ["Dispositif", "Comment ça marche", "Chez nous aujourd'hui"],
        ["Abonnement L'Escale", "2 × 250 g toutes les 2 ou 4 semaines, 21,90 €", "En place, 610 abonnés"],
        ["Pause / saut de livraison", "L'abonné décale ou saute une livraison depuis son compte", "En place (WooCommerce Subscriptions)"],
        ["Parrainage", "Un code à partager : 5 € pour le filleul et pour le parrain", "Pas en place"],
        ["Points", "1 € dépensé = 1 point ; 100 points = 5 € de réduction", "En cours d'installation"],
        ["Carte à tampons", "10 cafés bus au comptoir = 1 sachet de 250 g offert", "Au comptoir seulement, sur carton"],
    ], [3.8, 7.2, 5.0]),
    ("p", "Pour l'instant, on a choisi les points. L'extension est installée sur la version de test du site ; les points "
          "s'afficheront sur chaque fiche produit et dans le compte client, et seront utilisables dès 100 points. La mise "
          "en ligne est prévue pour le printemps."),

    ("h1", "Conclusion"),
    ("p", "Ces dix-huit mois chez Café Nautilus m'ont appris une chose : dans un petit atelier, le webmarketing n'est pas "
          "un service à part. Un reel ne se fait pas sans Bastien au torréfacteur, une campagne d'abonnement ne se lance "
          "pas sans savoir combien de kilos Théo pourra expédier le lundi, et la meilleure fiche produit ne vaut rien si la "
          "mouture est mauvaise à l'arrivée."),
    ("p", "J'ai aussi appris à partir de nos buveurs plutôt que de nos envies. Le questionnaire dans les colis a changé "
          "notre façon de parler des cafés : on met maintenant la date de torréfaction et l'origine en premier, parce que "
          "c'est ce que les filtreux regardent."),
    ("p", "Pour la suite, trois chantiers m'attendent : la mise en ligne des points, la nouvelle grille des brûleries au "
          "printemps, et le passage au sachet compostable, que Gwenaëlle étudie avec notre fournisseur d'emballages. Et "
          "j'ai hâte de voir arriver les premiers lots du Kenya choisis par nos abonnés !"),

    ("h1", "Liste des annexes"),
    ("p", "Toutes les annexes chiffrées sont réunies dans un seul classeur, **Annexes_chiffres.xlsx**, joint à ce dossier :"),
    ("ul", ["onglet **Concurrents** : la grille des brûleries (relevé d'octobre 2025) ;",
            "onglet **Budget prévi** : le budget de l'exercice par porte d'entrée ;",
            "onglet **Objectifs 2026** : nos repères chiffrés ;",
            "onglet **ROI** : le retour par canal."]),
]

PAGES = {
    "Introduction": 3,
    "1. Comprendre nos buveurs": 4,
    "1.1 Nos profils de tasse": 4,
    "1.2 Du grain à la tasse : le parcours d'un filtreux": 5,
    "1.3 La grille des brûleries et notre radar": 5,
    "1.4 Nos repères chiffrés et les buveurs visés en premier": 6,
    "1.5 Les portes d'entrée vers le site et le calendrier des récoltes": 7,
    "1.6 Nos boutiques complices": 8,
    "1.7 Le budget prévi": 9,
    "1.8 Retour sur la Fête des pères 2025": 9,
    "2. Faire venir, vendre et garder": 11,
    "2.1 La Cargaison d'automne": 11,
    "2.2 Nos partenaires": 12,
    "2.3 La bulle Tidio": 13,
    "2.4 Instagram : raconter l'atelier": 13,
    "2.5 La vitrine WooCommerce": 14,
    "2.6 Payer en quelques secondes": 15,
    "2.7 Garder nos buveurs": 16,
    "Conclusion": 17,
    "Liste des annexes": 18,
}


# ====================================================================== construction du DOCX
def ensure_styles(doc):
    for lvl, indent in ((1, 0.0), (2, 0.6)):
        name = "TOC %d" % lvl
        try:
            st = doc.styles[name]
        except KeyError:
            st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        pf = st.paragraph_format
        pf.left_indent = Cm(indent)
        pf.space_after = Pt(3)
        pf.line_spacing = 1.15
        pf.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if lvl == 1:
            st.font.bold = True
    cap = doc.styles["Caption"]
    cap.font.size = Pt(9)
    cap.font.bold = True
    cap.font.italic = False
    cap.font.color.rgb = RGBColor(*BROWN)


def add_table(doc, rows, widths):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            for k, line in enumerate(str(val).split("\n")):
                cp_ = c.paragraphs[0] if k == 0 else c.add_paragraph()
                cp_.paragraph_format.space_after = Pt(0)
                cp_.paragraph_format.line_spacing = 1.0
                if len(row) > 4 and j > 0:
                    cp_.alignment = WD_ALIGN_PARAGRAPH.CENTER
                rich(cp_, line, size=9)
                if i == 0:
                    for rr in cp_.runs:
                        rr.bold = True
                        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                elif j == 0:
                    for rr in cp_.runs:
                        rr.bold = True
            if i == 0:
                set_cell_bg(c, BROWN_HEX)
            elif i % 2 == 0:
                set_cell_bg(c, CREAM_HEX)
    tblPr = t._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side, v in (("top", 50), ("left", 90), ("bottom", 50), ("right", 90)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblPr.append(mar)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:tblHeader"))
    for row in t.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    return t


def add_shot(doc, text, caption):
    lines = ["", text, ""]
    for k, line in enumerate(lines):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = 1.0
        pf.keep_with_next = True
        pf.left_indent = Cm(1.5)
        pf.right_indent = Cm(1.5)
        if k != 1:
            pf.space_before = Pt(30)
        grey_frame(p)
        if line:
            r = p.add_run(line)
            r.font.size = Pt(9)
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    cp = doc.add_paragraph()
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp.paragraph_format.space_before = Pt(4)
    cp.paragraph_format.space_after = Pt(10)
    r = cp.add_run(caption)
    r.italic = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)


def add_chat(doc, lines):
    for k, (hh, who, text) in enumerate(lines):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(0.8)
        pf.space_after = Pt(1 if k < len(lines) - 1 else 8)
        pf.line_spacing = 1.0
        pf.keep_with_next = k < len(lines) - 1
        r = p.add_run("[%s] %s : " % (hh, who))
        r.bold = True
        r.font.size = Pt(9.5)
        r.font.name = "Courier New"
        r2 = p.add_run(text)
        r2.font.size = Pt(9.5)
        r2.font.name = "Courier New"


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    st.font.size = Pt(11)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "fr-FR")
    st.element.rPr.append(lang)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.4
    for name, size, before in (("Heading 1", 17, 0), ("Heading 2", 13, 14)):
        hs = doc.styles[name]
        hs.font.color.rgb = RGBColor(*BROWN)
        hs.font.size = Pt(size)
        rf = hs.element.rPr.find(qn("w:rFonts"))
        for a in list(rf.attrib):
            del rf.attrib[a]
        hs.font.name = "Calibri"
        hs.paragraph_format.space_before = Pt(before)
        hs.paragraph_format.space_after = Pt(8)
    doc.styles["Heading 1"].paragraph_format.page_break_before = True
    ensure_styles(doc)
    settings = doc.settings.element
    settings.find(qn("w:decimalSymbol")).set(qn("w:val"), ",")
    settings.find(qn("w:listSeparator")).set(qn("w:val"), ";")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Café Nautilus — Dossier professionnel — A. Quéméner")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(*BROWN)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("page ").font.size = Pt(9)
    add_field(fp, "PAGE", "2")
    fp.add_run(" sur ").font.size = Pt(9)
    add_field(fp, "NUMPAGES", str(N_PAGES))

    # ---------------------------------------------------------------- page de garde
    for _ in range(5):
        doc.add_paragraph()
    for text, size, bold, color in [
            ("Erdre Business School — Bachelor Chef de projet e-commerce — session 2026", 11, False, None),
            ("Café Nautilus", 34, True, BROWN),
            ("Dossier professionnel — blocs 1 et 2", 16, True, None),
            ("Du grain à la tasse : faire connaître l'atelier, vendre et garder nos buveurs en ligne", 12.5, False, None)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(12)
        rr = p.add_run(text)
        rr.font.size = Pt(size)
        rr.bold = bold
        if color:
            rr.font.color.rgb = RGBColor(*color)
    for _ in range(9):
        doc.add_paragraph()
    for line in ["Anaïs Quéméner — alternante chargée de la boutique en ligne",
                 "Café Nautilus SAS — atelier-comptoir de torréfaction, Bas-Chantenay, 44100 Nantes",
                 "Tutrice : Gwenaëlle Rivoal, présidente",
                 "Février 2026"]:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
    doc.add_page_break()

    # ---------------------------------------------------------------- table des matières automatique
    p = doc.add_paragraph(style="TOC Heading")
    p.add_run("Sommaire")
    entries = [(item[1], 1 if item[0] == "h1" else 2) for item in CONTENT if item[0] in ("h1", "h2")]
    for k, (title, lvl) in enumerate(entries):
        tp = doc.add_paragraph(style="TOC %d" % lvl)
        if k == 0:
            fld(tp, "begin")
            instr(tp, 'TOC \\o "1-2" \\h \\z \\u')
            fld(tp, "separate")
        tp.add_run(title + "\t" + str(PAGES.get(title, 0)))
        if k == len(entries) - 1:
            fld(tp, "end")

    # ---------------------------------------------------------------- corps
    tab_n = 0
    for item in CONTENT:
        kind = item[0]
        if kind == "h1":
            doc.add_heading(item[1], level=1)
        elif kind == "h2":
            doc.add_heading(item[1], level=2)
        elif kind == "p":
            rich(doc.add_paragraph(), item[1])
        elif kind == "bold":
            p = doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(8)
            r = p.add_run(item[1])
            r.bold = True
            r.font.size = Pt(12)
            r.font.color.rgb = RGBColor(*BROWN)
        elif kind == "lead":
            p = doc.add_paragraph()
            r = p.add_run(item[1])
            r.bold = True
            rich(p, item[2])
        elif kind == "ul":
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Bullet"), line)
                lp.paragraph_format.space_after = Pt(3)
        elif kind == "ol":
            for n, line in enumerate(item[1], 1):
                lp = doc.add_paragraph()
                lp.add_run("%d.\t" % n)
                rich(lp, line)
                lp.paragraph_format.left_indent = Cm(1.0)
                lp.paragraph_format.first_line_indent = Cm(-0.7)
                lp.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
                lp.paragraph_format.space_after = Pt(3)
        elif kind == "tab":
            tab_n += 1
            cp = doc.add_paragraph(style="Caption")
            cp.paragraph_format.keep_with_next = True
            cp.paragraph_format.space_before = Pt(6)
            cp.add_run(item[1])
            add_table(doc, item[2], item[3])
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "shot":
            add_shot(doc, item[1], item[2])
        elif kind == "chat":
            add_chat(doc, item[1])

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier professionnel - Café Nautilus - blocs 1 et 2"
    cp.subject = "Bachelor Chef de projet e-commerce - session 2026"
    cp.created = datetime.datetime(2025, 11, 3, 19, 12, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 57
    cp.language = "fr-FR"
    doc.save(DOCX)
    words = sum(len(p.text.split()) for p in doc.paragraphs) + sum(
        len(c.text.split()) for t in doc.tables for r in t.rows for c in r.cells)
    chars = sum(len(p.text.replace(" ", "")) for p in doc.paragraphs)

    def fix(name, data):
        if name != "docProps/app.xml":
            return data
        t = data.decode("utf-8")
        for tag, val in (("TotalTime", "1484"), ("Pages", str(N_PAGES)), ("Words", str(words)),
                         ("Characters", str(chars)), ("Lines", str(words // 11)), ("Paragraphs", str(len(doc.paragraphs))),
                         ("Application", "Microsoft Office Word"), ("AppVersion", "16.0000"),
                         ("CharactersWithSpaces", str(chars + words))):
            t = re.sub(r"<%s>[^<]*</%s>" % (tag, tag), "<%s>%s</%s>" % (tag, val, tag), t)
        t = t.replace("<Template>Normal.dotm</Template>", "<Template>Normal.dotm</Template>")
        return t.encode("utf-8")
    repack_file(DOCX, fix)
    return tab_n


# ====================================================================== classeur : ODS plat → XLSX par LibreOffice
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')

STYLES_XML = """
<office:styles>
 <style:default-style style:family="table-cell">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="fr" fo:country="FR"/>
 </style:default-style>
 <style:style style:name="Default" style:family="table-cell"/>
</office:styles>
<office:automatic-styles>
 <number:currency-style style:name="N_EUR0" number:language="fr" number:country="FR">
  <number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>
  <number:text> </number:text><number:currency-symbol number:language="fr" number:country="FR">€</number:currency-symbol>
 </number:currency-style>
 <number:currency-style style:name="N_EUR2" number:language="fr" number:country="FR">
  <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>
  <number:text> </number:text><number:currency-symbol number:language="fr" number:country="FR">€</number:currency-symbol>
 </number:currency-style>
 <number:percentage-style style:name="N_PCT1" number:language="fr" number:country="FR">
  <number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/>
  <number:text> %</number:text>
 </number:percentage-style>
 <number:percentage-style style:name="N_PCT0" number:language="fr" number:country="FR">
  <number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/>
  <number:text> %</number:text>
 </number:percentage-style>
 <number:number-style style:name="N_INT" number:language="fr" number:country="FR">
  <number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>
 </number:number-style>
 <number:date-style style:name="N_MOIS" number:language="fr" number:country="FR">
  <number:month number:style="long" number:textual="true"/><number:text> </number:text><number:year number:style="long"/>
 </number:date-style>
 <style:style style:name="co_a" style:family="table-column"><style:table-column-properties style:column-width="6.4cm"/></style:style>
 <style:style style:name="co_b" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
 <style:style style:name="co_c" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="co_d" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
 <style:style style:name="ro_t" style:family="table-row"><style:table-row-properties style:row-height="0.75cm" style:use-optimal-row-height="false"/></style:style>
 <style:style style:name="ro_h" style:family="table-row"><style:table-row-properties style:row-height="0.9cm" style:use-optimal-row-height="false"/></style:style>
 <style:style style:name="ce_title" style:family="table-cell" style:parent-style-name="Default">
  <style:table-cell-properties style:vertical-align="middle"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#6b3e26"/>
 </style:style>
 <style:style style:name="ce_head" style:family="table-cell" style:parent-style-name="Default">
  <style:table-cell-properties fo:background-color="#6b3e26" fo:border="0.74pt solid #3d2314" fo:wrap-option="wrap" style:vertical-align="middle"/>
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="ce_txt" style:family="table-cell" style:parent-style-name="Default">
  <style:table-cell-properties fo:border="0.74pt solid #bfa58a" fo:wrap-option="wrap" style:vertical-align="middle"/>
 </style:style>
 <style:style style:name="ce_blk" style:family="table-cell" style:parent-style-name="Default">
  <style:table-cell-properties fo:background-color="#f4ebdd" fo:border="0.74pt solid #bfa58a" style:vertical-align="middle"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="ce_sub" style:family="table-cell" style:parent-style-name="Default">
  <style:table-cell-properties fo:border="0.74pt solid #bfa58a"/>
  <style:paragraph-properties fo:margin-left="0.4cm"/>
 </style:style>
 <style:style style:name="ce_mid" style:family="table-cell" style:parent-style-name="Default">
  <style:table-cell-properties fo:border="0.74pt solid #bfa58a" style:vertical-align="middle"/>
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="ce_eur0" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_EUR0">
  <style:table-cell-properties fo:border="0.74pt solid #bfa58a"/>
 </style:style>
 <style:style style:name="ce_eur2" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_EUR2">
  <style:table-cell-properties fo:border="0.74pt solid #bfa58a" style:vertical-align="middle"/>
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="ce_eur0b" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_EUR0">
  <style:table-cell-properties fo:background-color="#f4ebdd" fo:border="0.74pt solid #bfa58a"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="ce_int" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_INT">
  <style:table-cell-properties fo:border="0.74pt solid #bfa58a" style:vertical-align="middle"/>
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="ce_intb" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_INT">
  <style:table-cell-properties fo:background-color="#f4ebdd" fo:border="0.74pt solid #bfa58a"/>
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="ce_pct" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_PCT1">
  <style:table-cell-properties fo:border="0.74pt solid #bfa58a"/>
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="ce_pctb" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_PCT1">
  <style:table-cell-properties fo:background-color="#f4ebdd" fo:border="0.74pt solid #bfa58a"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="ce_pct0" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_PCT0">
  <style:table-cell-properties fo:border="0.74pt solid #bfa58a" style:vertical-align="middle"/>
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="ce_date" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_MOIS">
  <style:table-cell-properties fo:border="0.74pt solid #bfa58a" style:vertical-align="middle"/>
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="ce_tot" style:family="table-cell" style:parent-style-name="Default">
  <style:table-cell-properties fo:background-color="#e2cdb3" fo:border="0.74pt solid #3d2314"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="ce_tot_eur" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_EUR0">
  <style:table-cell-properties fo:background-color="#e2cdb3" fo:border="0.74pt solid #3d2314"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="ce_src" style:family="table-cell" style:parent-style-name="Default">
  <style:text-properties fo:font-size="8pt" fo:font-style="italic" fo:color="#595959"/>
 </style:style>
</office:automatic-styles>
"""


def fmt_eur(v, dec=0):
    s = ("{:,.%df}" % dec).format(v).replace(",", "\u202f").replace(".", ",")
    return s + "\u00a0€"


def fmt_pct(v, dec=1):
    return ("{:.%df}" % dec).format(v * 100).replace(".", ",") + "\u00a0%"


def c_str(text, style="ce_txt", span=1):
    a = ' table:number-columns-spanned="%d"' % span if span > 1 else ""
    cell = '<table:table-cell table:style-name="%s" office:value-type="string"%s><text:p>%s</text:p></table:table-cell>' % (
        style, a, escape(text))
    if span > 1:
        cell += '<table:covered-table-cell/>' * (span - 1)
    return cell


def c_num(v, style, shown, formula=None, vtype="float"):
    f = ' table:formula="%s"' % escape(formula, {'"': "&quot;"}) if formula else ""
    if vtype == "percentage":
        return ('<table:table-cell table:style-name="%s"%s office:value-type="percentage" office:value="%s">'
                '<text:p>%s</text:p></table:table-cell>' % (style, f, repr(v), shown))
    if vtype == "currency":
        return ('<table:table-cell table:style-name="%s"%s office:value-type="currency" office:currency="EUR" '
                'office:value="%s"><text:p>%s</text:p></table:table-cell>' % (style, f, repr(v), shown))
    return ('<table:table-cell table:style-name="%s"%s office:value-type="float" office:value="%s">'
            '<text:p>%s</text:p></table:table-cell>' % (style, f, repr(v), shown))


def c_err(style, formula, shown="#DIV/0!"):
    return ('<table:table-cell table:style-name="%s" table:formula="%s" office:value-type="string" office:string-value="" '
            'calcext:value-type="error"><text:p>%s</text:p></table:table-cell>' % (style, escape(formula), shown))


def c_date(iso, style, shown):
    return ('<table:table-cell table:style-name="%s" office:value-type="date" office:date-value="%s">'
            '<text:p>%s</text:p></table:table-cell>' % (style, iso, shown))


def c_empty(style=None):
    if style:
        return '<table:table-cell table:style-name="%s"/>' % style
    return '<table:table-cell/>'


def row(cells, rstyle=None):
    a = ' table:style-name="%s"' % rstyle if rstyle else ""
    return "<table:table-row%s>%s</table:table-row>" % (a, "".join(cells))


def sheet(name, cols, rows):
    return ('<table:table table:name="%s">%s%s</table:table>' % (
        escape(name), "".join('<table:table-column table:style-name="%s"/>' % c for c in cols), "".join(rows)))


# ---------------------------------------------------------------- onglet Concurrents
COMP_HEAD = ["Critère", "Café Nautilus", "Brûlerie des Ducs", "Kaffa Atelier (Angers)", "Moka Express Club",
             "Grains d'Ouest (Rennes)"]
COMP = [
    ("Prix au kilo (origine d'entrée de gamme)", [46.0, 39.6, 52.0, 44.8, 48.0], "eur2"),
    ("Date de torréfaction affichée sur la fiche", ["✓", "✗", "✗", "✗", "✗"], "s"),
    ("Abonnement (prix par envoi)", ["✓ 21,90 €", "✗", "✓ 24,50 €", "✓ 19,90 €", "✗"], "s"),
    ("Frais de port (Colissimo)", [5.9, 6.5, 4.9, 5.5, 6.9], "eur2"),
    ("Livraison offerte dès", [45.0, 60.0, 39.0, 35.0, 50.0], "eur2"),
    ("Moulu à la demande", ["✓ 3 moutures", "✓ 2 moutures", "✗", "✓ 4 moutures", "✗"], "s"),
    ("Avis clients (note / nombre)", ["4,8 / 326", "4,5 / 1 140", "4,9 / 88", "4,2 / 2 030", "4,6 / 410"], "s"),
    ("Instagram (abonnés)", [4180, 9800, 2300, 21500, 6700], "int"),
    ("Sachet compostable", ["✗", "✗", "✓", "✗", "✓"], "s"),
]


def sheet_concurrents():
    rows = [row([c_str("Grille des brûleries — relevé sur les sites le 6 octobre 2025", "ce_title", 6)], "ro_t"),
            row([c_empty()]),
            row([c_str(h, "ce_head") for h in COMP_HEAD], "ro_h")]
    for label, vals, kind in COMP:
        cells = [c_str(label, "ce_txt")]
        for v in vals:
            if kind == "eur2":
                cells.append(c_num(v, "ce_eur2", fmt_eur(v, 2), vtype="currency"))
            elif kind == "int":
                cells.append(c_num(v, "ce_int", "{:,}".format(v).replace(",", "\u202f")))
            else:
                cells.append(c_str(v, "ce_mid"))
        rows.append(row(cells))
    rows.append(row([c_empty()]))
    rows.append(row([c_str("Source : sites et fiches Google des brûleries, compte Instagram public, relevé d'Anaïs "
                           "le 06/10/2025. Prix au kilo calculé sur le sachet de 250 g.", "ce_src")]))
    return sheet("Concurrents", ["co_a", "co_d", "co_d", "co_d", "co_d", "co_d"], rows)


# ---------------------------------------------------------------- onglet Budget prévi
# (libellé, coût mensuel, nb mois, CA attendu, type) ; type "blk" = ligne de tête de bloc (avec CA et rentabilité)
BUDGET = [
    ("Google Ads — campagnes Search et Shopping", 320, 10, 9600, "blk"),
    ("renfort Cargaison d'automne (sept.-oct.)", 250, 2, None, "sub"),
    ("renfort coffrets de Noël (déc.)", 300, 1, None, "sub"),
    None,
    ("Brevo — abonnement Starter (newsletter + automatisations)", 29, 12, 5200, "blk"),
    ("Canva Pro (part e-mails)", 11, 12, None, "sub"),
    None,
    ("Instagram", None, None, 4200, "blk"),
    ("posts sponsorisés (temps forts)", 90, 8, None, "sub"),
    ("shooting photo des nouveaux lots", 380, 1, None, "sub"),
    ("concours (sachets offerts)", 45, 4, None, "sub"),
    None,
    ("Référencement naturel", None, None, 3000, "blk"),
    ("Yoast SEO Premium", 9, 12, None, "sub"),
    ("fiches origines (rédactrice freelance)", 160, 4, None, "sub"),
    None,
    ("Boutiques complices et relais", None, None, 5500, "blk"),
    ("colis YouTubeurs (café + moulin prêté)", 48, 6, None, "sub"),
    ("présentoirs épiceries fines (x5)", 175, 1, None, "sub"),
    ("échantillons 50 g", 55, 10, None, "sub"),
    ("encart Nantes Côté Ville (octobre)", 420, 1, None, "sub"),
]


def sheet_budget():
    rows = [row([c_str("Budget prévisionnel webmarketing — exercice avril 2025 à mars 2026", "ce_title", 6)], "ro_t"),
            row([c_empty()]),
            row([c_str(h, "ce_head") for h in ["Porte d'entrée / poste", "Coût mensuel", "Nb mois", "Coût total",
                                                "CA attendu", "Rentabilité"]], "ro_h")]
    first = 4
    r = first
    tot_d = tot_e = 0.0
    for item in BUDGET:
        if item is None:
            rows.append(row([c_empty()]))
            r += 1
            continue
        label, b, c, e, kind = item
        blk = kind == "blk"
        cells = [c_str(label, "ce_blk" if blk else "ce_sub")]
        st_eur = "ce_eur0b" if blk else "ce_eur0"
        cells.append(c_num(float(b), st_eur, fmt_eur(b), vtype="currency") if b is not None else c_empty(st_eur))
        st_int = "ce_intb" if blk else "ce_int"
        cells.append(c_num(float(c), st_int, str(c)) if c is not None else c_empty(st_int))
        d = (b or 0) * (c or 0)
        tot_d += d
        cells.append(c_num(float(d), st_eur, fmt_eur(d), formula="of:=[.B%d]*[.C%d]" % (r, r), vtype="currency"))
        if e is not None:
            tot_e += e
            cells.append(c_num(float(e), st_eur, fmt_eur(e), vtype="currency"))
        else:
            cells.append(c_empty(st_eur))
        if blk:
            f = "of:=([.E%d]-[.D%d])/[.D%d]" % (r, r, r)
            if d:
                v = (e - d) / d
                cells.append(c_num(v, "ce_pctb", fmt_pct(v), formula=f, vtype="percentage"))
            else:
                cells.append(c_err("ce_pctb", f))
        else:
            cells.append(c_empty("ce_pct"))
        rows.append(row(cells))
        r += 1
    last = r - 1
    rows.append(row([c_empty()]))
    r += 1
    rows.append(row([c_str("TOTAL", "ce_tot"), c_empty("ce_tot"), c_empty("ce_tot"),
                     c_num(tot_d, "ce_tot_eur", fmt_eur(tot_d), formula="of:=SUM([.D%d:.D%d])" % (first, last), vtype="currency"),
                     c_num(tot_e, "ce_tot_eur", fmt_eur(tot_e), formula="of:=SUM([.E%d:.E%d])" % (first, last), vtype="currency"),
                     c_empty("ce_tot")]))
    rows.append(row([c_empty()]))
    rows.append(row([c_str("Source : devis et factures 2024-2025, tarifs Brevo, Canva et Yoast relevés en avril 2025. "
                           "CA attendu : estimation avec Gwenaëlle.", "ce_src")]))
    return sheet("Budget prévi", ["co_a", "co_b", "co_c", "co_b", "co_b", "co_b"], rows), tot_d, tot_e


# ---------------------------------------------------------------- onglet Objectifs 2026
def sheet_objectifs():
    rows = [row([c_str("Nos repères chiffrés — boutique en ligne", "ce_title", 4)], "ro_t"),
            row([c_empty()]),
            row([c_str(h, "ce_head") for h in ["Indicateur", "Aujourd'hui", "Cible", "Échéance"]], "ro_h")]
    d = ("2026-12-31", "ce_date", "décembre 2026")
    rows.append(row([c_str("Abonnés L'Escale", "ce_txt"), c_num(610.0, "ce_int", "610"), c_num(900.0, "ce_int", "900"),
                     c_date(*d)]))
    rows.append(row([c_str("Part du CA réalisée en ligne", "ce_txt"),
                     c_num(0.32, "ce_pct0", "32\u00a0%", vtype="percentage"),
                     c_num(0.40, "ce_pct0", "40\u00a0%", vtype="percentage"), c_date(*d)]))
    rows.append(row([c_str("Désabonnements par mois (churn)", "ce_txt"),
                     c_num(0.074, "ce_pct", "7,4\u00a0%", vtype="percentage"),
                     c_str("< 6 %", "ce_mid"), c_date(*d)]))
    rows.append(row([c_str("Panier moyen (hors abonnement)", "ce_txt"),
                     c_num(29.6, "ce_eur2", "29,60\u00a0€", vtype="currency"),
                     c_num(34.0, "ce_eur2", "34,00\u00a0€", vtype="currency"), c_date(*d)]))
    rows.append(row([c_empty()]))
    rows.append(row([c_str("Source : WooCommerce Analytics et export Subscriptions au 31/12/2025 ; churn = moyenne "
                           "sept.-déc. 2025.", "ce_src")]))
    return sheet("Objectifs 2026", ["co_a", "co_b", "co_b", "co_d"], rows)


def sheet_roi():
    rows = [row([c_str(h, "ce_head") for h in ["Canal", "Coût", "CA", "ROI"]], "ro_h")]
    return sheet("ROI", ["co_a", "co_b", "co_b", "co_b"], rows)


def settings_xml():
    def entry(name, nrows, ncols=0):
        items = [("CursorPositionX", "int", 0), ("CursorPositionY", "int", nrows),
                 ("HorizontalSplitMode", "short", 2 if ncols else 0), ("VerticalSplitMode", "short", 2),
                 ("HorizontalSplitPosition", "int", ncols), ("VerticalSplitPosition", "int", nrows),
                 ("ActiveSplitRange", "short", 2), ("PositionLeft", "int", 0), ("PositionRight", "int", ncols),
                 ("PositionTop", "int", 0), ("PositionBottom", "int", nrows)]
        return ('<config:config-item-map-entry config:name="%s">%s</config:config-item-map-entry>' % (
            escape(name), "".join('<config:config-item config:name="%s" config:type="%s">%s</config:config-item>' % i
                                  for i in items)))
    return ('<office:settings><config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
            '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
            '<config:config-item-map-named config:name="Tables">%s%s%s%s</config:config-item-map-named>'
            '<config:config-item config:name="ActiveTable" config:type="string">Concurrents</config:config-item>'
            '</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings>'
            % (entry("Concurrents", 3, 1), entry("Budget prévi", 3), entry("Objectifs 2026", 3), entry("ROI", 1)))


# Volets figés : soffice sans interface ne crée pas de vue et perd les réglages de vue du fichier ODS ; on réécrit donc
# la balise <pane> telle que Calc l'écrit pour des lignes (et colonnes) figées.
FREEZE = {1: (1, 3), 2: (0, 3), 3: (0, 3), 4: (0, 1)}   # feuille : (colonnes figées, lignes figées)


def col_letter(n):
    return "ABCDEFGHIJ"[n]


def freeze_pane(xml, xs, ys):
    tl = "%s%d" % (col_letter(xs), ys + 1)
    if xs:
        pane = ('<pane xSplit="%d" ySplit="%d" topLeftCell="%s" activePane="bottomRight" state="frozen"/>'
                '<selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/>'
                '<selection pane="topRight" activeCell="%s1" activeCellId="0" sqref="%s1"/>'
                '<selection pane="bottomLeft" activeCell="A%d" activeCellId="0" sqref="A%d"/>'
                '<selection pane="bottomRight" activeCell="%s" activeCellId="0" sqref="%s"/>'
                % (xs, ys, tl, col_letter(xs), col_letter(xs), ys + 1, ys + 1, tl, tl))
    else:
        pane = ('<pane xSplit="0" ySplit="%d" topLeftCell="A%d" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/>'
                '<selection pane="bottomLeft" activeCell="A%d" activeCellId="0" sqref="A%d"/>'
                % (ys, ys + 1, ys + 1, ys + 1))
    new, n = re.subn(r'<selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/>', pane, xml, count=1)
    assert n == 1
    return new


def build_xlsx():
    s_budget, tot_d, tot_e = sheet_budget()
    fods = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:meta><meta:initial-creator>%s</meta:initial-creator><meta:creation-date>%s</meta:creation-date>'
            '<dc:creator>%s</dc:creator><dc:date>%s</dc:date><dc:title>Annexes chiffrées — Café Nautilus</dc:title>'
            '</office:meta>%s%s<office:body><office:spreadsheet>%s%s%s%s</office:spreadsheet></office:body></office:document>'
            % (NS, AUTHOR, XL_CREATED[:-1], AUTHOR, XL_MODIFIED[:-1], settings_xml(), STYLES_XML,
               sheet_concurrents(), s_budget, sheet_objectifs(), sheet_roi()))
    tmp = tempfile.mkdtemp(prefix="c127-")
    try:
        src = os.path.join(tmp, "Annexes_chiffres.fods")
        with open(src, "w", encoding="utf-8") as f:
            f.write(fods)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-c127-torrefacteur-cafe-nantes", "--headless",
                        "--convert-to", "xlsx", "--outdir", tmp, src], check=True, timeout=180,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, "Annexes_chiffres.xlsx"), XLSX)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def fix(name, data):
        if name == "docProps/core.xml":
            t = data.decode("utf-8")
            t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % XL_CREATED, t)
            t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % XL_MODIFIED, t)
            t = re.sub(r"<cp:revision>[^<]*</cp:revision>", "<cp:revision>14</cp:revision>", t)
            t = t.replace("<dc:language>en-US</dc:language>", "<dc:language>fr-FR</dc:language>")
            return t.encode("utf-8")
        m = re.match(r"xl/worksheets/sheet(\d)\.xml$", name)
        if m and int(m.group(1)) in FREEZE:
            return freeze_pane(data.decode("utf-8"), *FREEZE[int(m.group(1))]).encode("utf-8")
        if name == "docProps/app.xml":
            t = data.decode("utf-8")
            t = re.sub(r"<TotalTime>[^<]*</TotalTime>", "<TotalTime>312</TotalTime>", t)
            return t.encode("utf-8")
        return data
    repack_file(XLSX, fix)
    return tot_d, tot_e


def main():
    os.makedirs(OUT, exist_ok=True)
    n_tab = build_docx()
    tot_d, tot_e = build_xlsx()
    assert n_tab == 7, n_tab
    assert abs(tot_d - 7941) < 0.01, tot_d
    print("ok", DOCX, XLSX, n_tab, "tableaux", tot_d, tot_e)


if __name__ == "__main__":
    main()
