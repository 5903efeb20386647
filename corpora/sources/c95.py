# Générateur du dossier de la candidate c95 (Maison Perron SRL, thés et infusions bio, Liège-Outremeuse, Belgique) :
# un DOCX d'environ 4 300 mots en français de Belgique, blocs 2 et 4. Page de garde, table des matières automatique
# (champ TOC avec résultat en cache), Titre 1 « Partie 1 — … » / « Partie 2 — … », Titre 2 « 1.1 … », neuf tableaux
# « Light Grid » à ligne d'en-tête brune, une ligne « En résumé : » en italique à la fin de chaque section, photos en
# emplacements entre crochets, noms de produits en gras. En-tête « Maison Perron — Manon Collignon — Certification 2026 »,
# pied de page « Page X de Y ». Déterministe : métadonnées fixes, zip DOCX reconditionné à date fixe.
import datetime, os, re, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c95-the-bio-liege")
FILE = os.path.join(OUT, "maison-perron-dossier-blocs-2-4.docx")
AUTHOR = "Manon Collignon"
FIXED = datetime.datetime(2026, 4, 24, 16, 35, 0)
ZIPSTAMP = (2026, 4, 24, 16, 35, 0)
BROWN = "6F4E37"


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
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


def add_field(paragraph, code, cached):
    fld(paragraph, "begin")
    instr(paragraph, code)
    fld(paragraph, "separate")
    paragraph.add_run(cached)
    fld(paragraph, "end")


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def box_border(paragraph):
    pPr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), "A68A64")
        bdr.append(e)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "F6F0E6")
    pPr.append(shd)


# Balisage en ligne : **gras** (noms de produits).
BOLD = re.compile(r"(\*\*.*?\*\*)")


def rich(p, text, italic=False, size=None):
    for part in BOLD.split(text):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
        else:
            r = p.add_run(part)
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
    return p


# Numéros de page de la table des matières (rendu LibreOffice du document généré).
PAGES = {
    "Introduction — La Maison Perron et ma mission": 3,
    "Partie 1 — Animer les ventes de la Maison": 4,
    "1.1 L'opération Drache": 4,
    "1.2 Nos relais": 5,
    "1.3 La discussion en direct": 5,
    "1.4 Notre plan de communication": 6,
    "1.5 Instagram et Facebook": 6,
    "1.6 La mise en vitrine": 7,
    "1.7 Les moyens d'encaissement": 8,
    "1.8 Éco-chèques et paiement étalé": 9,
    "1.9 Garder nos clients": 9,
    "Partie 2 — Les contenus": 11,
    "2.1 Écrire pour être trouvés": 11,
    "2.2 La fiche thé": 11,
    "2.3 Les visuels": 12,
    "2.4 Le parcours de commande": 13,
    "Conclusion": 14,
}

# ("h1", t) ; ("h2", t) ; ("p", t) ; ("sum", t) ligne « En résumé : » ; ("ul", [..]) ; ("ol", [..]) ;
# ("b", t) paragraphe gras ; ("ph", t) emplacement de photo ; ("tab", légende, lignes, largeurs) ;
# ("chat", titre, [(qui, heure, message)], issue) ; ("box", titre, [lignes]) ; ("pb",)
CONTENT = [
    ("h1", "Introduction — La Maison Perron et ma mission"),
    ("p", "La Maison Perron, c'est une boutique de thés et d'infusions bio installée rue Puits-en-Sock, en plein cœur d'Outremeuse, à Liège. "
          "Nathalie Dethier l'a fondée en 2018, après quinze ans dans la distribution alimentaire, avec une idée simple : proposer des thés et des "
          "tisanes bio de qualité, avec des recettes qui parlent aux gens d'ici. La société est une SRL et nous sommes cinq : Nathalie, qui gère "
          "tout et compose les mélanges ; Jérôme Lambotte, vendeur en boutique et meilleur dégustateur de la maison ; Fatima Ouali, qui prépare "
          "et emballe les colis ; notre comptable, deux jours par semaine ; et moi."),
    ("p", "En 2025, le chiffre d'affaires a atteint 640.000 € HTVA, dont 262.000 € sur l'e-shop, soit quarante et un pour cent. L'e-shop tourne sur "
          "Lightspeed eCom. Nous avons traité 6.900 commandes en ligne l'an dernier, avec un panier moyen de 38 €. 62 % des commandes viennent de "
          "Belgique, 31 % de France et 7 % du Grand-Duché de Luxembourg. Nos prix sont affichés TVAC : 6 % de TVA sur les thés et infusions, 21 % "
          "sur les théières et les accessoires. Tous nos thés sont certifiés bio (code de l'organisme de contrôle BE-BIO-01), et ce code figure sur "
          "chaque sachet."),
    ("p", "Quelques produits que vous croiserez dans ce dossier : le **Sencha des Fagnes** (thé vert, 100 g, 9,90 €), l'infusion **Fagne Fleurie** "
          "(80 g, 8,50 €), le **Rooibos Spéculoos** (100 g, 8,90 €), la **Tisane du Carré** (citron-gingembre, 8,20 €), le coffret **Nonante jours "
          "de thé** (trois mois de dégustation, 69 €), la **box mensuelle** à 24,90 € et la **théière en fonte** à 39,90 €."),
    ("p", "Côté outils, nous encaissons avec Mollie, nous expédions avec bpost et PostNL, nous discutons avec les clients via Smartsupp, "
          "nous envoyons la newsletter avec MailerLite (7.800 contacts) et nous sommes surtout présents sur Instagram (5.600 abonnés). Les visuels "
          "sont retouchés dans Photopea. En face de nous, il y a Théodore Bruxelles, Les Jardins de Namur, Tea-Lux au Luxembourg et toutes les "
          "boutiques en ligne françaises qui livrent en Belgique."),
    ("p", "Moi, c'est Manon Collignon, j'ai 26 ans et je suis Liégeoise. Après mon bachelier en marketing dans une haute école de Liège, j'ai rejoint "
          "la Maison en 2024 comme « chargée e-shop ». Je m'occupe de l'e-shop, de la newsletter, des réseaux et de la discussion en direct, et "
          "j'aide Jérôme au comptoir le samedi. Je prépare la certification à distance avec une école française, pour les blocs 2 et 4 (session "
          "2026). Ma tutrice est Nathalie."),
    ("ph", "[photo : la façade de la Maison Perron, rue Puits-en-Sock]"),
    ("sum", "une petite maison liégeoise, cinq personnes, et un e-shop qui pèse déjà quarante et un pour cent des ventes."),
    ("pb",),

    ("h1", "Partie 1 — Animer les ventes de la Maison"),
    ("h2", "1.1 L'opération Drache"),
    ("p", "Chez nous, quand il drache, les gens restent à la maison… et boivent des infusions. Nathalie a eu l'idée d'en faire une opération : "
          "l'« Opération Drache », du 6 octobre au 30 novembre 2025, autour de nos infusions pour les soirées pluvieuses (**Fagne Fleurie**, "
          "**Tisane du Carré**, **Rooibos Spéculoos**) et d'une box spéciale « Soirée drache » à 29,90 € (trois infusions, une bougie et un carnet "
          "de recettes)."),
    ("p", "Le projet de Nathalie pour la Maison, elle le répète souvent : « devenir la référence du thé bio en Wallonie ». Aujourd'hui, on nous "
          "connaît bien à Liège, mais beaucoup moins à Namur, à Charleroi ou à Mons. L'opération Drache devait servir ce projet : faire connaître "
          "nos infusions au-delà de Liège avec un thème que tous les Wallons comprennent, et recruter de nouveaux clients wallons sur l'e-shop, "
          "plutôt que de faire une promotion de plus pour nos habitués. C'est pour ça que nous n'avons pas fait de remise générale : un sachet "
          "découverte offert dès 30 € d'achat et la box « Soirée drache » mise en avant partout."),
    ("p", "Nos objectifs pour l'opération :"),
    ("ul", ["400 nouveaux clients en Wallonie, hors province de Liège ;",
            "600 box « Soirée drache » vendues ;",
            "faire connaître nos infusions comme une spécialité de la Maison, pas seulement nos thés."]),
    ("p", "Notre cible :"),
    ("ul", ["les femmes de 25 à 55 ans qui achètent déjà bio, en Wallonie ;",
            "les clients actuels qui ne connaissent que nos thés ;",
            "les personnes qui cherchent une alternative au café le soir."]),
    ("p", "Nos canaux :"),
    ("tab", "Tableau 1 — Les canaux de l'opération Drache",
     [["Canal", "Ce que nous avons fait", "Audience"],
      ["MailerLite", "3 newsletters (6 octobre, 27 octobre, 17 novembre), une recette d'infusion dans chacune", "7.800 contacts"],
      ["Instagram", "12 posts, 3 reels, des stories chaque jour de pluie (« il drache, on infuse quoi ? »)", "5.600 abonnés"],
      ["Facebook", "reprise des posts Instagram et un événement pour la dégustation du 15 novembre", "page de la Maison"],
      ["Radio Meuse", "interview de Nathalie dans la chronique du matin, le 21 octobre", "auditeurs de la région liégeoise"],
      ["Flyers", "2.500 flyers déposés dans les magasins du réseau Coopéra Wallonie", "14 magasins"]],
     [3.0, 9.6, 4.0]),
    ("ph", "[photo : la vitrine de la boutique pendant l'opération Drache]"),
    ("sum", "une opération pensée pour nous faire connaître en Wallonie, avec cinq canaux."),

    ("h2", "1.2 Nos relais"),
    ("p", "Pour l'opération, nous avons travaillé avec quatre relais extérieurs :"),
    ("tab", "Tableau 2 — Nos relais",
     [["Relais", "Type", "Ce qu'ils ont fait pour l'opération"],
      ["Liège Gourmande", "blog culinaire liégeois", "un article sur la box « Soirée drache » avec trois recettes"],
      ["Radio Meuse", "radio locale", "l'interview de Nathalie le 21 octobre"],
      ["Coopéra Wallonie", "réseau de 14 magasins coopératifs bio", "flyers à la caisse et un petit présentoir dans six magasins"],
      ["Shanti Outremeuse", "studio de yoga du quartier", "une dégustation de **Fagne Fleurie** après le cours du jeudi soir"]],
     [3.6, 4.6, 8.4]),
    ("p", "Le relais que nous avons vraiment choisi, c'est Coopéra Wallonie. Leurs magasins ont la même clientèle bio que nous : des gens qui lisent "
          "les étiquettes, qui acceptent de payer un peu plus pour un produit certifié et qui boivent déjà des tisanes. Surtout, le réseau est "
          "présent à Namur, à Mons, à Charleroi et à Arlon, exactement là où on ne nous connaît pas encore. Un flyer posé à côté de leur caisse, "
          "c'est un client bio wallon qui découvre la Maison, sans que nous ayons besoin d'ouvrir une boutique. Et comme ils ne vendent pas de "
          "thé en vrac, nous ne leur faisons pas concurrence."),
    ("p", "Les trois autres relais sont le blog Liège Gourmande, Radio Meuse et le studio Shanti Outremeuse."),
    ("sum", "quatre relais, dont un réseau de magasins bio wallons qui colle à notre projet."),

    ("h2", "1.3 La discussion en direct"),
    ("p", "Nous avons installé Smartsupp en septembre 2025, par l'application disponible dans la boutique d'applications de Lightspeed (formule "
          "Standard, deux agents). Voici comment nous l'avons paramétrée :"),
    ("ul", ["horaires : du lundi au samedi de 9 h à 20 h ; en dehors, la fenêtre se transforme en formulaire et nous répondons par e-mail endéans les 24 heures ;",
            "message automatique après 30 secondes sur les fiches thé : « Une question sur l'infusion ou le dosage ? Je suis là ! » ;",
            "réponses enregistrées pour les questions fréquentes (frais de port par pays, délais bpost et PostNL, éco-chèques, théine) ;",
            "Jérôme et moi répondons depuis l'application Smartsupp sur GSM, ce qui permet de répondre même depuis le comptoir ;",
            "chaque conversation qui se termine par une commande reçoit l'étiquette « vendu », les autres « pas vendu »."]),
    ("p", "Voici deux discussions enregistrées, recopiées telles quelles (prénoms des clientes retirés)."),
    ("chat", "Discussion 1 — mardi 14 octobre 2025, 19 h 41 — cliente de Verviers",
     [("Cliente", "19:41", "Bonsoir, je cherche une infusion pour le soir mais je suis enceinte de cinq mois, je ne sais pas trop ce que je peux boire."),
      ("Manon", "19:42", "Bonsoir et félicitations ! Pendant la grossesse, on évite les mélanges avec de la réglisse, de la sauge ou beaucoup de gingembre. "
                         "Je vous conseillerais la Fagne Fleurie : tilleul, camomille et mélisse, sans théine. Demandez quand même l'avis de votre "
                         "sage-femme, c'est plus prudent."),
      ("Cliente", "19:44", "La camomille ça me va bien. Le paquet fait combien de tasses ?"),
      ("Manon", "19:44", "Le paquet de 80 g fait une quarantaine de tasses : 2 g par tasse, 5 minutes dans une eau à 90 °C."),
      ("Cliente", "19:46", "Et si je commande ce soir, je l'ai quand ? Je travaille en journée."),
      ("Manon", "19:47", "Vous pouvez choisir un point relais bpost, il y en a plusieurs à Verviers. Fatima prépare les colis le matin, vous l'aurez endéans les 48 heures."),
      ("Cliente", "19:49", "Parfait, j'en prends deux alors. Merci beaucoup !"),
      ("Manon", "19:50", "Avec plaisir, et belle fin de grossesse ! Si vous avez encore une question, je suis là. À tantôt !")],
     "Résultat : commande n° 24.817 passée à 19 h 53, 2 × Fagne Fleurie, 17,00 € TVAC + 3,90 € de livraison en point relais. Étiquette « vendu »."),
    ("chat", "Discussion 2 — jeudi 6 novembre 2025, 12 h 18 — client de Lille",
     [("Client", "12:18", "Bonjour, j'ai 3 Rooibos Spéculoos dans mon panier et on m'annonce 7,90 € de livraison pour la France, c'est normal ?"),
      ("Manon", "12:19", "Bonjour ! Oui, c'est notre tarif bpost pour la France. La livraison devient gratuite à partir de 59 € d'achat."),
      ("Client", "12:20", "7,90 € pour 300 g de thé, c'est presque le prix d'un paquet. Je ne l'ai vu qu'à la fin de la commande."),
      ("Manon", "12:21", "Je comprends. Vous pouvez ajouter une Tisane du Carré ou la théière pour approcher des 59 €, ou passer par un point relais PostNL à 6,50 €."),
      ("Client", "12:23", "Non merci, je vais voir ailleurs. Bonne journée.")],
     "Résultat : pas de commande, panier abandonné (26,70 €). Étiquette « pas vendu »."),
    ("p", "S'il vous plaît, les chiffres de Smartsupp pour les trois premiers mois :"),
    ("tab", "Tableau 3 — Statistiques Smartsupp, septembre à novembre 2025",
     [["Mois", "Conversations", "Délai moyen de première réponse", "Conversations hors horaires", "Commandes liées"],
      ["Septembre 2025", "118", "7 min", "21", "15"],
      ["Octobre 2025", "149", "5 min", "33", "24"],
      ["Novembre 2025", "145", "6 min", "30", "19"],
      ["Total", "412", "6 min", "84", "58"]],
     [3.4, 2.8, 4.0, 3.6, 2.8]),
    ("sum", "la discussion en direct tourne depuis septembre et nous avons deux discussions enregistrées, une vendue et une perdue."),

    ("h2", "1.4 Notre plan de communication"),
    ("p", "(voir avec Nathalie)"),

    ("h2", "1.5 Instagram et Facebook"),
    ("p", "Instagram, c'est notre réseau principal : c'est là que nos clientes nous suivent et nous écrivent, et près de nonante messages privés nous y arrivent chaque mois. J'ai mis en place une routine que je "
          "tiens depuis janvier 2025 :"),
    ("ul", ["le lundi, « le thé du lundi » : une photo d'un thé de la gamme, avec la température, le temps d'infusion et une petite histoire "
            "(d'où il vient, qui l'a goûté en premier à la boutique) ;",
            "le mercredi, un quiz en stories (« Vrai ou faux : le thé vert s'infuse à l'eau bouillante ? », « Quel thé es-tu ? ») avec les "
            "réponses le lendemain, ce qui fait revenir les gens ;",
            "le vendredi, un reel court : une infusion en quinze secondes, Fatima qui ferme les colis, la boutique qui ouvre le samedi matin ;",
            "je réponds à tous les commentaires et messages le jour même, et je repartage les stories des clientes qui nous identifient."]),
    ("p", "Nous avons aussi une page Facebook et un groupe « Les amis de la Maison Perron »."),
    ("p", "Je n'ai pas noté le nombre d'abonnés avant l'opération, donc je ne sais pas dire combien l'opération Drache nous en a apporté."),
    ("sum", "une routine Instagram en trois rendez-vous par semaine, tenue depuis plus d'un an."),

    ("h2", "1.6 La mise en vitrine"),
    ("p", "Lightspeed eCom propose plusieurs fonctions pour mettre des produits en avant. Voici celles que nous utilisons, avec un exemple réel "
          "de l'automne 2025 :"),
    ("tab", "Tableau 4 — Les fonctions de mise en vitrine utilisées dans Lightspeed",
     [["Fonction Lightspeed", "Comment nous l'utilisons", "Exemple"],
      ["Produits en vedette", "huit produits choisis à la main, affichés sur la page d'accueil ; je les change à chaque opération",
       "pendant l'opération Drache : la box « Soirée drache », **Fagne Fleurie**, **Tisane du Carré**, **Rooibos Spéculoos**…"],
      ["Produits liés", "trois produits associés encodés sur chaque fiche thé (accessoire, thé proche, format plus grand)",
       "**Sencha des Fagnes** → **théière en fonte**, filtre inox, Sencha en 250 g"],
      ["Badges", "étiquettes « Nouveau », « Promo » et des badges personnalisés", "badge « Spécial drache » sur six infusions d'octobre à novembre"],
      ["« Coup de cœur de Jérôme »", "une étiquette personnalisée et un bloc de texte signé Jérôme, changé chaque mois",
       "novembre 2025 : le **Rooibos Spéculoos**, « à boire devant le feu »"]],
     [3.8, 6.2, 6.6]),
    ("ph", "[capture : la page d'accueil avec les produits en vedette de l'opération Drache]"),
    ("b", "Les meilleures places pour la mise en vitrine"),
    ("p", "À la boutique, nous avons trois places : la vitrine qui donne sur la rue Puits-en-Sock, la grande place avec le comptoir de dégustation "
          "et les étagères de vrac, et la place du fond où Fatima ensache et prépare les colis. La vitrine change à chaque saison ; le comptoir "
          "accueille toujours le thé du mois, que Jérôme fait goûter ; la place du fond n'est pas ouverte aux clients, mais c'est là que nous glissons "
          "les échantillons dans les colis."),
    ("p", "Sur l'e-shop, les meilleures places sont :"),
    ("ul", ["le slider de la page d'accueil : c'est la première chose que l'on voit, nous y mettons l'opération en cours ;",
            "le haut des pages catégorie (« Thés verts », « Infusions »…) : sur la page « Infusions », les trois premiers produits font à eux seuls septante pour cent des ajouts au panier de la catégorie ;",
            "la fiche thé, avec les produits liés juste sous le bouton « Ajouter au panier » ;",
            "le panier, où Lightspeed propose un produit complémentaire (souvent un filtre ou un petit format) ;",
            "l'e-mail de confirmation de commande, où nous glissons le « Coup de cœur de Jérôme »."]),
    ("sum", "quatre fonctions de Lightspeed utilisées pour de vrai et cinq emplacements du site."),

    ("h2", "1.7 Les moyens d'encaissement"),
    ("p", "Depuis 2021, tous les paiements de l'e-shop passent par Mollie, installé via l'application Mollie pour Lightspeed. Nous avons activé "
          "les moyens que nos clients belges, français et luxembourgeois utilisent le plus."),
    ("p", "S'il vous plaît, le tableau des moyens de paiement :"),
    ("tab", "Tableau 5 — Les moyens d'encaissement activés dans Mollie (commandes 2025)",
     [["Moyen d'encaissement", "Part des commandes", "Frais Mollie par transaction"],
      ["Bancontact", "52 %", "0,39 €"],
      ["Cartes Visa / Mastercard", "21 %", "1,80 % + 0,25 €"],
      ["PayPal", "12 %", "0,10 € (+ frais PayPal)"],
      ["KBC/CBC Payment Button", "6 %", "0,25 €"],
      ["Belfius Pay Button", "4 %", "0,25 €"],
      ["Éco-chèques (Monizze, Pluxee)", "3 %", "selon l'émetteur"],
      ["Klarna (paiement étalé)", "2 %", "selon le montant"]],
     [6.4, 4.0, 6.2]),
    ("p", "Avant l'opération Drache, j'ai testé tout le parcours de paiement sur les appareils que nous avons à la boutique, avec de vraies "
          "petites commandes remboursées ensuite :"),
    ("tab", "Tableau 6 — Tests de paiement sur GSM, tablette et ordinateur (29 septembre 2025)",
     [["Appareil", "Navigateur", "Moyens testés", "Résultat"],
      ["GSM Samsung Galaxy A52", "Chrome", "Bancontact (ouverture de l'app), carte Visa, PayPal", "OK, paiement validé en moins d'une minute"],
      ["GSM iPhone 13", "Safari", "Bancontact, KBC/CBC Payment Button", "OK"],
      ["iPad (9e génération)", "Safari", "carte Mastercard, Belfius Pay Button", "OK"],
      ["PC portable de la boutique", "Edge et Firefox", "Bancontact par code QR, carte Visa, PayPal, Klarna", "OK, voir explication ci-dessous"]],
     [4.0, 2.8, 5.4, 4.4]),
    ("p", "Sur ordinateur, Bancontact fonctionne autrement que sur GSM : Mollie affiche un code QR que le client scanne avec l'application "
          "Bancontact de son GSM, puis il confirme avec son code. Plusieurs clients nous ont écrit qu'ils pensaient que « ça ne marchait pas » "
          "parce qu'ils attendaient un lecteur de carte. J'ai donc ajouté une phrase sur la page de paiement : « Sur ordinateur, scannez le code QR "
          "avec l'app Bancontact, ou cliquez sur \u00ab carte Bancontact \u00bb pour encoder le numéro de votre carte. »"),
    ("p", "Pour la confiance, nous avons misé sur ce que les gens connaissent :"),
    ("ul", ["Bancontact : pour un Belge, c'est le paiement de tous les jours. Septante-cinq pour cent de nos clients belges choisissent "
            "Bancontact ou un bouton de leur banque ;",
            "3D Secure sur toutes les cartes, géré par Mollie : le client confirme dans l'application de sa banque ;",
            "le label SafeShops.be, affiché dans le pied de page et sur la page de paiement, que les clients belges reconnaissent ;",
            "le code bio BE-BIO-01 sur chaque page du site, qui montre que nous sommes contrôlés ;",
            "les logos des moyens de paiement sur chaque fiche thé et dans le panier, pour que le client sache dès le début comment il va payer."]),
    ("sum", "Mollie est installé, testé sur trois types d'appareils, et les moyens proposés sont ceux que nos clients connaissent."),

    ("h2", "1.8 Éco-chèques et paiement étalé"),
    ("p", "Deux offres de partenaires financiers nous semblent intéressantes pour vendre plus, et nous les avons activées :"),
    ("tab", "Tableau 7 — Éco-chèques et paiement étalé",
     [["Offre", "Partenaire", "Conditions", "Pour quels produits"],
      ["Éco-chèques électroniques", "Monizze (via Mollie)", "le client se connecte à son compte Monizze ; seuls les produits éco-responsables sont payables, "
       "pas les frais de port ; complément par Bancontact ou carte", "thés et infusions bio"],
      ["Éco-chèques électroniques", "Pluxee (via Mollie)", "même principe que Monizze, avec la carte Pluxee Eco", "thés et infusions bio"],
      ["Paiement étalé en trois fois", "Klarna (via Mollie)", "à partir de 35 € TVAC, sans frais pour le client, acceptation par Klarna en quelques secondes",
       "coffret **Nonante jours de thé**, **théière en fonte**, grosses commandes"]],
     [3.6, 3.2, 6.4, 3.4]),
    ("p", "Pour le client, les éco-chèques sont une vraie bonne nouvelle. Beaucoup de salariés belges en reçoivent chaque année (jusqu'à 250 € "
          "par an) et ne savent pas où les dépenser : ce sont des éco-chèques qui dorment dans le tiroir et qui finissent par expirer. Nos thés "
          "bio entrent dans la liste des produits autorisés, donc le client peut se faire plaisir « gratuitement ». Plusieurs clientes nous l'ont "
          "dit au comptoir : elles ont découvert la Maison en cherchant où utiliser leurs éco-chèques. Le paiement étalé de Klarna, lui, "
          "permet de s'offrir le coffret à 69 € en trois fois 23 €, ce qui est plus facile juste après les fêtes."),
    ("sum", "éco-chèques Monizze et Pluxee, plus Klarna en trois fois, pour aider nos clients à se faire plaisir."),

    ("h2", "1.9 Garder nos clients"),
    ("p", "Pour que nos clients reviennent, nous avons quatre possibilités :"),
    ("ul", ["une carte de points dans le compte client : 1 point par euro, 100 points = 5 € de réduction ;",
            "la **box mensuelle** à 24,90 € : trois thés ou infusions choisis par Nathalie, livrés chaque mois ;",
            "un échantillon glissé dans chaque colis par Fatima, souvent une nouveauté ;",
            "un code d'anniversaire (-10 %) envoyé automatiquement par MailerLite le mois de l'anniversaire."]),
    ("p", "Nous avons choisi de pousser la **box mensuelle**, parce que Théodore Bruxelles en fait une."),
    ("sum", "quatre façons de garder nos clients, et la box mensuelle mise en avant."),
    ("pb",),

    ("h1", "Partie 2 — Les contenus"),
    ("p", "Chez nous, tout le contenu est fait maison : j'écris les textes avec Nathalie, je fais les photos dans la place du fond avec notre "
          "Canon EOS 250D et une boîte à lumière, et je les retouche moi-même."),
    ("h2", "2.1 Écrire pour être trouvés"),
    ("p", "En novembre 2025, j'ai écrit l'article « Quelle tisane pour mieux dormir ? » pour la rubrique « Conseils » de l'e-shop. L'idée venait des "
          "questions en discussion en direct : une conversation sur cinq, le soir, parle de sommeil. Voici ma méthode, étape par étape."),
    ("ol", ["Choisir les termes de recherche. Dans Google Keyword Planner (zone Belgique et France, langue française), j'ai comparé une quinzaine "
            "d'expressions. J'ai gardé « tisane pour dormir » (3.600 recherches par mois) comme terme principal et « tisane sommeil bio » (260) "
            "comme terme secondaire, plus précis et plus proche de ce que nous vendons.",
            "Placer le terme principal dans le titre H1 : « Quelle tisane pour dormir ? Nos 5 infusions bio pour des nuits calmes ».",
            "L'utiliser dans l'introduction, dans les 100 premiers mots, de façon naturelle : « Vous cherchez une tisane pour dormir sans "
            "somnifère ? »",
            "Placer le terme secondaire dans un sous-titre H2 : « Tisane sommeil bio : les plantes qui aident vraiment » (tilleul, mélisse, "
            "camomille, verveine, passiflore).",
            "Remplir le texte alternatif des quatre photos, par exemple « tisane sommeil bio Fagne Fleurie dans une tasse en grès ».",
            "Écrire la balise titre (58 caractères) : « Tisane pour dormir : 5 infusions bio | Maison Perron Liège », et la méta-description "
            "(152 caractères) : « Quelle tisane pour dormir ? Tilleul, mélisse, camomille : nos conseils et nos 5 infusions bio préférées, "
            "préparées à Liège. Livraison en 48 h. »",
            "Créer des liens vers les fiches **Fagne Fleurie** et **Tisane du Carré**, et une URL courte : /conseils/tisane-pour-dormir."]),
    ("p", "L'article fait un peu moins de 900 mots. Je l'ai relu avec Nathalie pour vérifier les propriétés des plantes : pas de promesse "
          "médicale, seulement des conseils d'infusion."),
    ("sum", "une méthode en sept étapes pour que chaque article serve à être trouvé sur des recherches précises."),

    ("h2", "2.2 La fiche thé"),
    ("p", "Une fiche thé n'est pas une fiche produit comme une autre : le client veut savoir d'où vient le thé, comment l'infuser et combien de "
          "tasses il va boire. J'ai donc construit un modèle de fiche pour toute la gamme (une septantaine de références), que j'applique fiche "
          "par fiche depuis décembre. Voici le modèle, avec l'exemple du **Sencha des Fagnes** :"),
    ("tab", "Tableau 8 — Le modèle de fiche thé, exemple du Sencha des Fagnes",
     [["Bloc de la fiche", "Ce que nous y mettons", "Sencha des Fagnes"],
      ["Titre", "nom du thé + type + « bio » + terme de recherche", "Sencha des Fagnes — thé vert bio"],
      ["Accroche", "deux phrases sur le goût et le moment de la journée", "un sencha frais et herbacé, relevé de myrtille, pour le matin"],
      ["Origine", "pays, région, jardin ou coopérative", "Kagoshima (Japon), petite coopérative familiale"],
      ["Récolte", "saison et année de la récolte", "première récolte, printemps 2025"],
      ["Certification", "code de l'organisme de contrôle", "BE-BIO-01"],
      ["Infusion", "température et temps", "75 °C, 2 minutes (deux infusions possibles)"],
      ["Dosage", "grammes par tasse et nombre de tasses", "2,5 g pour 20 cl, environ 40 tasses"],
      ["Prix", "prix du paquet et prix au 100 g", "9,90 € les 100 g"]],
     [3.2, 6.4, 7.0]),
    ("p", "Pour cette fiche, les termes de recherche sont « thé vert bio Belgique » et « sencha bio ». Je les ai placés dans le titre de la fiche, "
          "dans l'URL (/the-vert/sencha-des-fagnes-the-vert-bio), dans la première phrase de la description (« Notre Sencha des Fagnes est un "
          "thé vert bio importé du Japon et conditionné à Liège, l'un des rares sencha bio préparés en Belgique »), dans le texte alternatif de "
          "la photo et dans la méta-description. J'ai choisi « thé vert bio Belgique » parce que nos clients belges ajoutent souvent le pays "
          "pour être sûrs d'être livrés vite et sans douane, et que les grosses boutiques françaises ne se positionnent pas dessus."),
    ("p", "Pour aider le client à se décider, la fiche affiche aujourd'hui le prix au 100 g (pratique pour comparer les formats), le guide "
          "d'infusion avec trois petits pictogrammes (température, temps, dosage) et l'origine du thé, avec une photo du jardin."),
    ("ph", "[capture : la fiche Sencha des Fagnes en ligne]"),
    ("sum", "un modèle de fiche thé pensé pour le thé, et des termes de recherche placés aux bons endroits."),

    ("h2", "2.3 Les visuels"),
    ("p", "En octobre, j'ai refait les packshots des nouvelles références et de la box « Soirée drache ». Les photos sont prises sur fond blanc "
          "dans la boîte à lumière, puis retouchées dans Photopea. Mes étapes :"),
    ("ol", ["corriger la balance des blancs : Image > Réglages > Niveaux, pipette de gris sur la carte grise photographiée au début de chaque séance ;",
            "détourer le sachet : Sélection > Sélection du sujet, puis Affiner le contour sur les bords du kraft, qui sont toujours un peu flous ;",
            "placer le sachet sur un calque blanc pur (#FFFFFF) ;",
            "créer l'ombre : copie du calque remplie en noir, flou gaussien de 12 px, opacité 30 %, décalée de quelques pixels vers le bas ;",
            "recadrer au carré en laissant 10 % de marge, puis exporter."]),
    ("ph", "[capture avant/après à insérer]"),
    ("p", "Chaque visuel est ensuite adapté à l'endroit où il sera vu, pour que les pages restent rapides sur GSM :"),
    ("tab", "Tableau 9 — Formats des visuels pour le web",
     [["Usage", "Format", "Dimensions", "Poids maximum"],
      ["Photo principale de la fiche thé", "WebP", "1.000 × 1.000 px", "150 Ko"],
      ["Slider de la page d'accueil", "WebP", "1.920 × 700 px", "250 Ko"],
      ["Post et reel Instagram", "JPEG / MP4", "1.080 × 1.350 px (4:5)", "—"],
      ["Newsletter MailerLite", "JPEG", "600 px de large", "100 Ko"]],
     [5.6, 2.6, 4.6, 3.8]),
    ("p", "Depuis que nous publions les nouvelles photos (mi-octobre), les posts Instagram qui les utilisent ont en moyenne 40 % de likes en plus "
          "que les anciens : 212 contre 151 sur les dix derniers posts de chaque type."),
    ("sum", "des packshots retouchés maison dans Photopea et des formats adaptés à chaque usage."),

    ("h2", "2.4 Le parcours de commande"),
    ("box", "Le tunnel de conversion — définition du syllabus",
     ["Le tunnel de conversion désigne le chemin suivi par l'internaute entre son arrivée sur un site marchand et la validation de sa commande. "
      "Il comprend généralement cinq étapes :",
      "1. La découverte du produit (page d'accueil, catégorie, fiche produit).",
      "2. L'ajout au panier.",
      "3. L'identification ou la création de compte.",
      "4. Le choix de la livraison et le paiement.",
      "5. La confirmation de commande.",
      "À chaque étape, une partie des internautes abandonne : l'objectif est de réduire ces abandons."]),
    ("p", "Ce que je peux présenter pour la Maison, ce sont les accrocs que nos clients nous ont signalés par e-mail entre septembre 2025 et "
          "février 2026 :"),
    ("ol", ["Sur les anciens GSM Android, la redirection vers l'application Bancontact ne se fait pas : le client ne savait pas payer et restait "
            "bloqué sur une page blanche. Correction : avec le support de Mollie, nous avons laissé la possibilité d'encoder la carte Bancontact "
            "à la main quand l'application ne s'ouvre pas, et ajouté une phrase d'aide sur la page de paiement (en ligne depuis le 12 janvier 2026).",
            "Les frais de livraison pour la France n'apparaissaient qu'à la dernière étape, comme dans la discussion avec le client de Lille. "
            "Correction : un bandeau « Belgique, France, Luxembourg : nos frais de livraison » sur chaque fiche thé, avec un lien vers le tableau "
            "des tarifs, et le pays de livraison demandé dès le panier (en ligne depuis le 3 février 2026).",
            "Le seuil de livraison gratuite à 35 € n'est pas clair : les clients ne savent pas s'il vaut pour la France ou seulement pour la "
            "Belgique.",
            "La création de compte est obligatoire pour commander, et plusieurs clients nous disent qu'ils abandonnent à cette étape."]),
    ("p", "Pour les objectifs de conversion, le suivi du parcours dans les statistiques et l'analyse du comportement des visiteurs sur le site : "
          "pas eu le temps, c'est pour l'an prochain. Nathalie a aussi préféré postposer ce chantier après la saison des fêtes."),
    ("sum", "quatre accrocs repérés grâce à nos clients, dont deux déjà corrigés."),

    ("h1", "Conclusion"),
    ("p", "Cette année m'a permis de prendre en main l'e-shop de A à Z : l'opération Drache, la discussion en direct, la mise en vitrine, les moyens "
          "d'encaissement, et surtout les contenus, que je fais entièrement moi-même. Je suis fière de la méthode de fiche thé, que nous allons "
          "appliquer à toute la gamme d'ici l'été, et de la routine Instagram, qui fait vivre la Maison entre deux visites à la boutique."),
    ("p", "Il reste du travail : mesurer mieux ce que nous faisons, et corriger les deux derniers accrocs du parcours de commande."),
    ("sum", "une première année complète sur l'e-shop, et une liste claire de ce qu'il reste à faire."),
]


def ensure_toc_styles(doc):
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
        pf.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if lvl == 1:
            st.font.bold = True


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.15
    for name, size in (("Heading 1", 16), ("Heading 2", 13)):
        hs = doc.styles[name]
        hs.font.color.rgb = RGBColor(0x6F, 0x4E, 0x37)
        hs.font.size = Pt(size)
        hs.font.name = "Calibri"
    ensure_toc_styles(doc)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.2)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("Maison Perron — Manon Collignon — Certification 2026")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x6F, 0x4E, 0x37)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Page ")
    add_field(fp, "PAGE", "1")
    fp.add_run(" de ")
    add_field(fp, "NUMPAGES", "14")
    for run in fp.runs:
        run.font.size = Pt(9)

    # Page de garde
    for _ in range(5):
        doc.add_paragraph()
    for text, size, bold, color in [
            ("Certification professionnelle Chef de projet e-commerce — session 2026", 12, False, None),
            ("Dossier professionnel", 26, True, (0x6F, 0x4E, 0x37)),
            ("Blocs 2 et 4", 18, True, (0x6F, 0x4E, 0x37)),
            ("Animer les ventes et créer les contenus de l'e-shop de la Maison Perron", 14, False, None)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(text)
        rr.font.size = Pt(size)
        rr.bold = bold
        if color:
            rr.font.color.rgb = RGBColor(*color)
    doc.add_paragraph()
    p = doc.add_paragraph("[photo : la boutique et le comptoir de dégustation]")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].italic = True
    for _ in range(6):
        doc.add_paragraph()
    for line in ["Manon Collignon — chargée e-shop",
                 "Maison Perron SRL — rue Puits-en-Sock, 4020 Liège (Outremeuse)",
                 "Tutrice : Nathalie Dethier, fondatrice et gérante",
                 "Avril 2026"]:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
    doc.add_page_break()

    # Table des matières automatique (champ TOC avec résultat en cache)
    p = doc.add_paragraph(style="TOC Heading")
    p.add_run("Table des matières")
    entries = [(item[1], 1 if item[0] == "h1" else 2) for item in CONTENT if item[0] in ("h1", "h2")]
    for k, (title, lvl) in enumerate(entries):
        tp = doc.add_paragraph(style="TOC %d" % lvl)
        if k == 0:
            fld(tp, "begin")
            instr(tp, 'TOC \\o "1-2" \\h \\z \\u')
            fld(tp, "separate")
        tp.add_run(title + "\t" + str(PAGES[title]))
        if k == len(entries) - 1:
            fld(tp, "end")
    doc.add_page_break()

    for item in CONTENT:
        kind = item[0]
        if kind == "h1":
            doc.add_heading(item[1], level=1)
        elif kind == "h2":
            doc.add_heading(item[1], level=2)
        elif kind == "p":
            rich(doc.add_paragraph(), item[1])
        elif kind == "b":
            p = doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            rr = p.add_run(item[1])
            rr.bold = True
        elif kind == "sum":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(4)
            p.paragraph_format.space_after = Pt(10)
            rr = p.add_run("En résumé : ")
            rr.italic = True
            rr.bold = True
            rich(p, item[1], italic=True)
        elif kind == "ph":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rr = p.add_run(item[1])
            rr.italic = True
            rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        elif kind == "ul":
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Bullet"), line)
                lp.paragraph_format.space_after = Pt(3)
        elif kind == "ol":
            for n, line in enumerate(item[1], 1):
                lp = rich(doc.add_paragraph(), "%d.\t%s" % (n, line))
                lp.paragraph_format.left_indent = Cm(0.9)
                lp.paragraph_format.first_line_indent = Cm(-0.6)
                lp.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
                lp.paragraph_format.space_after = Pt(3)
        elif kind == "tab":
            cap = doc.add_paragraph()
            cap.paragraph_format.keep_with_next = True
            cap.paragraph_format.space_before = Pt(4)
            cap.paragraph_format.space_after = Pt(3)
            rc = cap.add_run(item[1])
            rc.bold = True
            rc.font.size = Pt(9.5)
            rc.font.color.rgb = RGBColor(0x6F, 0x4E, 0x37)
            rows, widths = item[2], item[3]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Light Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = Cm(w)
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j)
                    c.width = Cm(widths[j])
                    c.text = ""
                    cp_ = c.paragraphs[0]
                    cp_.paragraph_format.space_after = Pt(0)
                    cp_.paragraph_format.line_spacing = 1.0
                    rich(cp_, val, size=9.5)
                    if i == 0:
                        set_cell_bg(c, BROWN)
                        for rr in cp_.runs:
                            rr.bold = True
                            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "chat":
            p = doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(6)
            rr = p.add_run(item[1])
            rr.bold = True
            for who, hour, msg in item[2]:
                lp = doc.add_paragraph()
                lp.paragraph_format.left_indent = Cm(0.8)
                lp.paragraph_format.space_after = Pt(2)
                rw = lp.add_run("%s (%s) : " % (who, hour))
                rw.bold = True
                rw.font.size = Pt(10)
                rw.font.color.rgb = RGBColor(0x6F, 0x4E, 0x37) if who == "Manon" else RGBColor(0x33, 0x33, 0x33)
                rm = lp.add_run(msg)
                rm.font.size = Pt(10)
            lp = doc.add_paragraph()
            lp.paragraph_format.left_indent = Cm(0.8)
            rr = lp.add_run(item[3])
            rr.font.size = Pt(10)
            rr.underline = True
        elif kind == "box":
            p = doc.add_paragraph()
            box_border(p)
            p.paragraph_format.space_after = Pt(0)
            rr = p.add_run(item[1])
            rr.bold = True
            rr.italic = True
            for line in item[2]:
                bp = doc.add_paragraph()
                box_border(bp)
                bp.paragraph_format.space_after = Pt(0)
                rr = bp.add_run(line)
                rr.italic = True
                rr.font.size = Pt(10)
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "pb":
            doc.add_page_break()

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier professionnel blocs 2 et 4 - Maison Perron"
    cp.created = datetime.datetime(2025, 12, 2, 9, 12, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 23
    doc.save(FILE)
    repack(FILE)


if __name__ == "__main__":
    main()
