# Générateur du dossier de la candidate c90 (La Passerelle Équitable, association de commerce équitable, Grenoble-Berriat) :
# un DOCX brouillon « v2 » d'environ 3 000 mots, blocs 1, 2 et 3 en Titre 1, sous-parties tapées en gras souligné « 1.2) »,
# sommaire tapé en haut, notes au tuteur surlignées en jaune, questions à elle-même en rouge italique, un paragraphe
# collé du rapport moral en Times New Roman, puces qui changent de style, cinq petits tableaux (dont un avec une ligne vide).
# Pas d'en-tête ; pied de page « Yasmina B. — version du 12 mars — » + numéro de page.
# Déterministe : métadonnées fixes, zip DOCX reconditionné à date fixe.
import datetime, os, re, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c90-commerce-equitable-grenoble")
FILE = os.path.join(OUT, "passerelle-equitable-dossier-v2.docx")
AUTHOR = "Yasmina Belkacem"
FIXED = datetime.datetime(2026, 3, 12, 23, 14, 0)
ZIPSTAMP = (2026, 3, 12, 23, 14, 0)


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def add_field(paragraph, instr, size=9):
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
        paragraph._p.append(r)


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


# Balisage en ligne : [[...]] = note au tuteur (crochets, surlignée jaune) ; {{...}} = question à soi-même (rouge italique).
TOKEN = re.compile(r"(\[\[.*?\]\]|\{\{.*?\}\})")


def rich(p, text, font=None, size=None):
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("[["):
            r = p.add_run("[" + part[2:-2] + "]")
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif part.startswith("{{"):
            r = p.add_run(part[2:-2])
            r.italic = True
            r.font.color.rgb = RGBColor(0xE0, 0x00, 0x00)
        else:
            r = p.add_run(part)
        if font:
            r.font.name = font
            r.element.rPr.rFonts.set(qn("w:eastAsia"), font)
            r.element.rPr.rFonts.set(qn("w:hAnsi"), font)
        if size:
            r.font.size = Pt(size)
    return p


SOMMAIRE = [
    "Présentation de l'association et de ma mission",
    "Bloc 1 : la stratégie",
    "      1.1) Nos consom'acteurs",
    "      1.2) Le chemin d'achat",
    "      1.3) Tour d'horizon des boutiques",
    "      1.4) Diagnostic partagé",
    "      1.5) Orientations, publics et outils de com",
    "      1.6) Les structures amies",
    "      1.7) La Quinzaine 2025 et le budget",
    "Bloc 2 : animer la boutique en ligne",
    "      2.1) Le temps fort de mai",
    "      2.2) Les relais",
    "      2.3) Facebook et Instagram",
    "      2.4) Le site : mise en avant et paiement",
    "      2.5) Fidéliser par l'adhésion",
    "Bloc 3 : être trouvé sur internet",
    "      3.1) Le référencement",
    "      3.2) Les mots de recherche",
    "      3.3) Les liens et les chiffres du site",
    "      3.4) Campagne Google Ad Grants",
    "      3.5) Tableau de bord",
]

# ("h1", t) Titre 1 ; ("sp", t) sous-partie tapée gras souligné ; ("p", t) paragraphe ; ("tnr", t) paragraphe collé en Times ;
# ("ul", [items]) puces Word ; ("mix", [(style, item)]) liste dont le style de puce change ; ("tab", légende, lignes, largeurs) ;
# ("pb",) saut de page.
CONTENT = [
    ("sp", "Présentation de l'association et de ma mission"),
    ("p", "La Passerelle Équitable est une association loi 1901 créée en 1998 par un petit groupe de militants du quartier Berriat, à Grenoble. "
          "Notre boutique fait 48 m², rue Nicolas-Chorier, et elle vit grâce à 35 bénévoles actifs et à deux salariés : Marc Chabert, "
          "coordinateur à temps plein (et mon tuteur), et Nadia, vendeuse à 0,6 ETP. L'association compte 212 adhérents, avec une cotisation "
          "à 15 € (8 € en tarif réduit). La présidente est Odile Ravel, professeure des écoles à la retraite, qui est là presque tous les samedis."),
    ("p", "En 2025 la boutique a fait 148 k€ de ventes et le site seulement 9,2 k€, soit à peu près 6 % du total. Le site a été monté en 2021 "
          "sur WooCommerce par Samuel, un bénévole informaticien, après les confinements. On reçoit en moyenne 22 commandes par mois, en click & collect "
          "(retrait le mercredi ou le samedi) ou envoyées en Colissimo. Les cotisations et les dons passent par HelloAsso. L'association "
          "reçoit aussi des subventions : 6 000 € de la Ville, 4 000 € de la Métropole et 2 500 € d'une fondation. "
          "[[Marc : je peux mettre les montants des subventions ?]]"),
    ("p", "Ce qu'on vend vient de nos partenaires solidaires : le Café Sidama bio 250 g à 6,40 € de la coopérative Yirga Union en Éthiopie "
          "(notre meilleure vente, de loin), le quinoa royal de Bolivie 500 g à 5,90 €, le savon à l'huile d'olive de Palestine à 5,50 €, "
          "les paniers tressés du Burkina Faso de 24 à 45 €, et aussi des produits « Nord-Nord » de chez nous, comme l'huile de noix du Vercors. "
          "Nos deux grands moments de l'année sont la Quinzaine du commerce équitable en mai et le marché de Noël en décembre."),
    ("p", "Je suis arrivée en octobre 2025 en alternance, en 1re année de Bachelor e-commerce après mon BTS. Marc m'a confié le site et la "
          "communication en ligne. Pour moi ce n'est pas qu'un travail : je crois vraiment au prix juste, et je voudrais que le site serve enfin "
          "à quelque chose, pour les ventes mais aussi pour notre plaidoyer. Pour montrer l'esprit de la maison, je recopie un passage du rapport "
          "moral qu'Odile a lu à la dernière AG :"),
    ("tnr", "« Vingt-sept ans après sa création, La Passerelle Équitable reste fidèle à son projet associatif : permettre à chacune et à chacun, "
            "dans le quartier et au-delà, d'acheter des produits au prix juste, payés correctement aux producteurs du Sud comme d'ici. Notre boutique "
            "n'est pas un commerce comme les autres : c'est un lieu de rencontre, de débat et de plaidoyer pour un autre modèle d'échanges. Cette année "
            "encore, nos bénévoles ont porté la Quinzaine du commerce équitable, le marché de Noël et de nombreuses animations dans les écoles. Le conseil "
            "d'administration souhaite que nous allions davantage vers les jeunes et que nos outils numériques soient mieux mis au service de notre "
            "mission. » (rapport moral, AG du 14 juin 2025)"),
    ("p", "{{(je mets le rapport moral en entier en annexe ?)}}"),
    ("pb",),

    ("h1", "Bloc 1 : la stratégie"),
    ("sp", "1.1) Nos consom'acteurs"),
    ("p", "Pour mieux connaître les gens qui viennent à la boutique, j'ai fait un petit questionnaire papier que Nadia et les bénévoles ont "
          "proposé à la caisse du 17 novembre au 6 décembre 2025. On en a récupéré 48. Il y avait 6 questions : pourquoi vous achetez équitable, "
          "qu'est-ce qui vous retient d'acheter plus, est-ce que vous connaissez notre site, est-ce que vous êtes adhérent, votre tranche d'âge "
          "et une question libre. Plusieurs réponses étaient possibles, donc le total dépasse 100 %."),
    ("tab", "Tableau 1 – Ce qui motive et ce qui freine nos consom'acteurs (48 questionnaires)",
     [["Ce qui les motive", "%", "Ce qui les freine", "%"],
      ["Raisons éthiques (payer correctement les producteurs)", "71 %", "Les prix, jugés élevés", "63 %"],
      ["La qualité et le goût des produits", "52 %", "« Je ne savais pas qu'il y avait un site »", "58 %"],
      ["Soutenir une association du quartier", "44 %", "Les horaires (fermé le lundi, pause de midi)", "31 %"],
      ["Les produits bio", "38 %", "Le choix limité en épicerie", "19 %"],
      ["L'accueil et les conseils des bénévoles", "27 %", "Pas de place pour se garer", "15 %"]],
     [6.2, 1.4, 6.2, 1.4]),
    ("p", "Ce qui m'a le plus marquée, c'est que plus de la moitié des gens ne savaient pas qu'on avait un site ! Les gens viennent d'abord "
          "pour l'éthique et la qualité, mais le prix reste le premier frein, même chez des personnes déjà convaincues. Plusieurs ont écrit dans la "
          "question libre « c'est cher mais c'est pour la bonne cause ». Sur les 48, 31 avaient plus de 45 ans et 9 seulement moins de 30 ans. "
          "[[Marc : tu valides le tableau ?]] {{(est-ce que 48 questionnaires c'est assez ??)}}"),

    ("sp", "1.2) Le chemin d'achat"),
    ("p", "J'ai essayé de décrire le chemin d'achat d'un consom'acteur qui vient chez nous. Je l'ai découpé en trois moments :"),
    ("ul", ["Le besoin : il n'a plus de café, ou il cherche un cadeau qui a du sens (surtout à Noël, les paniers du Burkina partent très bien).",
            "L'achat : il vient à la boutique (c'est le cas de la grande majorité), ou il commande sur le site en click & collect. Il paie en carte, "
            "en espèces, ou par carte sur le site.",
            "L'après : s'il a aimé il revient, il parle de nous autour de lui, et parfois il devient adhérent ou même bénévole."]),
    ("p", "Pour les commandes sur le site c'est à peu près pareil, sauf que le client reçoit le mail de confirmation de WooCommerce et vient "
          "chercher son sac le mercredi ou le samedi. [[Marc : il faut plus d'étapes ? la prof en a montré cinq en cours mais je ne vois pas ce "
          "qu'on mettrait chez nous]]"),

    ("sp", "1.3) Tour d'horizon des boutiques"),
    ("p", "Je suis allée voir quatre endroits à Grenoble qui vendent aussi du café équitable. J'ai pris le café parce que c'est notre produit "
          "phare et qu'on le trouve partout. Je suis passée en boutique les 13 et 14 janvier et j'ai noté les prix et les horaires."),
    ("tab", "Tableau 2 – Le café équitable dans les boutiques de Grenoble (janvier 2026)",
     [["Boutique", "Type", "Café équitable (prix)", "Horaires"],
      ["Nature Alpes", "supermarché bio", "5,95 € les 250 g (Pérou, bio)", "lun–sam 9 h–19 h 30"],
      ["L'Épicerie Vrac & Co", "épicerie vrac", "2,90 € les 100 g (≈ 7,25 € les 250 g)", "mar–sam 10 h–19 h"],
      ["Grenoble Éthique Store", "boutique éthique (mode + épicerie)", "6,90 € les 250 g", "mar–sam 10 h 30–19 h"],
      ["Rayon équitable d'un hypermarché (Fontaine)", "grande surface", "3,85 € les 250 g (marque distributeur)", "lun–sam 8 h 30–21 h, dim. matin"],
      ["La Passerelle Équitable (nous)", "association", "6,40 € les 250 g (Sidama bio)", "mar–sam 10 h–13 h / 14 h 30–19 h"]],
     [4.4, 3.4, 4.6, 4.2]),
    ("p", "{{(comparer aussi les sites internet ? pas eu le temps)}}"),

    ("sp", "1.4) Diagnostic partagé"),
    ("p", "J'ai commencé le diagnostic partagé avec Marc et Nadia un mardi matin avant l'ouverture. On a listé ce qui va bien et ce qui va moins bien."),
    ("p", "Nos forces :"),
    ("mix", [("ul", "27 ans d'existence et une vraie confiance dans le quartier"),
             ("ul", "35 bénévoles motivés et 212 adhérents"),
             ("ul", "des produits de qualité, tracés, avec des labels sérieux"),
             ("dash", "un lien direct avec les partenaires solidaires (Marc a visité Yirga Union en 2023)"),
             ("dash", "la Quinzaine et le marché de Noël qui attirent du monde"),
             ("dash", "un site qui existe déjà, avec le paiement en ligne")]),
    ("p", "Nos faiblesses :"),
    ("ul", ["une boutique petite (48 m²) et ouverte seulement du mardi au samedi",
            "un site peu connu (58 % des gens interrogés ne savaient pas qu'il existait), des photos faites au téléphone, des fiches sans texte",
            "des adhérents vieillissants : d'après le fichier, la moyenne d'âge tourne autour de 58 ans",
            "des prix plus élevés qu'en grande surface, difficiles à expliquer en deux phrases",
            "personne n'est vraiment chargé du numérique à part moi, et Samuel le soir quand il peut",
            "presque pas de budget pour la communication"]),
    ("p", "Opportunités et menaces : à faire avec le CA. [[Marc : on peut le mettre à l'ordre du jour du CA du 2 avril ?]]"),

    ("sp", "1.5) Orientations, publics et outils de com"),
    ("p", "À partir de ce qu'on a vu, je propose quatre orientations pour le numérique de l'association :"),
    ("ul", ["Rajeunir les adhérents.",
            "Faire connaître le site aux clients de la boutique.",
            "Vendre plus en ligne, surtout en dehors du quartier.",
            "Mieux faire passer notre message de plaidoyer : pourquoi le prix juste, et pourquoi ça coûte un peu plus cher."]),
    ("p", "{{(il faut mettre des chiffres ? combien d'adhérents en plus ?)}}"),
    ("p", "Les publics que je veux toucher sont les étudiants (il y en a beaucoup à Berriat et le tram va directement au campus), "
          "les familles du quartier, et nos adhérents, qui sont déjà convaincus mais qui n'achètent presque pas en ligne. "
          "{{(les adhérents, c'est un public ou pas ??)}}"),
    ("p", "Pour y arriver, nos outils de com sont : la page Facebook, la newsletter et le site."),

    ("sp", "1.6) Les structures amies"),
    ("p", "Je me suis demandé avec qui on pourrait travailler pour vendre plus et pour se faire connaître. Voici les structures amies que j'ai repérées "
          "autour de nous :"),
    ("ul", ["les AMAP de l'agglomération (une dizaine), dont celle de Berriat qui distribue ses paniers le jeudi soir à 200 m de la boutique ;",
            "les cafés associatifs, qui pourraient servir notre café et avoir un petit présentoir ;",
            "les ressourceries, qui ont le même public que nous et font aussi de la sensibilisation ;",
            "les CSE des entreprises et des collectivités, pour les colis de Noël et les cadeaux des salariés ;",
            "les associations étudiantes (BDE, associations de solidarité internationale), pour toucher les jeunes."]),
    ("tab", "Tableau 3 – Structures amies",
     [["Structure", "Valeurs communes"],
      ["AMAP de Berriat", "circuit court, soutien aux paysans"],
      ["Café associatif La Tasse Ronde", "lien social, consommation responsable"],
      ["Ressourcerie du Drac", "réemploi, économie sociale et solidaire"],
      ["CSE d'une entreprise de l'agglo (à trouver)", "achats responsables"],
      ["Association Campus Solidaire", "solidarité internationale, engagement des jeunes"],
      ["", ""]],
     [7.0, 9.0]),
    ("p", "Il y a aussi une proposition que je veux raconter ici. En janvier, le directeur d'un supermarché de la périphérie a appelé Marc pour "
          "installer un « corner Passerelle » dans son magasin, avec nos produits et notre logo. Le CA a refusé, car contraire à notre charte : on "
          "ne veut pas servir de caution éthique à la grande distribution, qui met la pression sur les prix des producteurs. Ça aurait pu "
          "rapporter des ventes, mais ça aurait abîmé notre image auprès des adhérents et des partenaires solidaires, et c'est notre image qui "
          "fait que les gens nous font confiance. Je suis d'accord avec cette décision. [[Marc : je peux citer le nom du magasin ou pas ?]]"),

    ("sp", "1.7) La Quinzaine 2025 et le budget"),
    ("p", "La Quinzaine du commerce équitable 2025 a eu lieu du 10 au 25 mai. Je n'étais pas encore là, mais d'après Nadia les ventes ont fait +30 % "
          "je crois par rapport à une quinzaine normale. Il y avait une dégustation de café à la boutique, un stand au marché du quartier et une "
          "soirée-débat avec un producteur de quinoa venu de Bolivie. {{(où trouver les ventes de mai 2024 ? dans la caisse ?)}}"),
    ("p", "Pour la Quinzaine 2026, voici les dépenses que je prévois :"),
    ("mix", [("ul", "impression des flyers et des affiches A3 : 180 €"),
             ("ul", "boost des publications Facebook et Instagram : 50 €"),
             ("arrow", "dégustation (café, gobelets compostables) : 60 €"),
             ("arrow", "total : 290 €")]),
    ("p", "[[Marc : il y a un budget com prévu dans le budget prévisionnel 2026 ?]]"),
    ("p", "Pour le calendrier des actions, je ferai le planning quand le CA aura validé les orientations."),
    ("pb",),

    ("h1", "Bloc 2 : animer la boutique en ligne"),
    ("sp", "2.1) Le temps fort de mai"),
    ("p", "Le grand temps fort de l'année pour nous, c'est la Quinzaine du commerce équitable. En 2026 elle aura lieu du 9 au 24 mai. "
          "Mon objectif pour ce temps fort, c'est de faire connaître l'asso, et le site en même temps."),
    ("p", "Les objectifs :"),
    ("ul", ["faire connaître l'asso ;", "faire venir de nouvelles personnes à la boutique ;", "avoir plus de commandes sur le site."]),
    ("p", "Les publics :"),
    ("ul", ["les étudiants ;", "les familles ;", "les adhérents."]),
    ("p", "Les outils de com :"),
    ("ul", ["la page Facebook (1 410 abonnés) ;",
            "le compte Instagram (860 abonnés), ouvert en 2022 ;",
            "la newsletter mensuelle (1 300 inscrits), envoyée avec MailPoet depuis le site ;",
            "les affiches chez les commerçants du quartier (une trentaine en A3) ;",
            "l'émission associative du mercredi sur Radio Alpes Solidaire."]),
    ("p", "{{(je relie comment les trois listes ??)}}"),

    ("sp", "2.2) Les relais"),
    ("p", "Pour qu'on parle de la Quinzaine et du site ailleurs que chez nous, j'ai listé nos relais :"),
    ("ul", ["la Maison des associations de Grenoble, qui a un agenda en ligne et un écran dans le hall ;",
            "le blog « Grenoble en transition », qui publie chaque semaine un agenda des initiatives écolos et solidaires ;",
            "le réseau des AMAP, qui peut faire passer un mail à toutes les AMAP de l'agglo ;",
            "Radio Alpes Solidaire, qui nous invite une fois par an."]),
    ("p", "Pourquoi eux ? Parce qu'ils partagent nos valeurs. [[Marc : tu as le contact de la personne qui tient le blog ?]]"),

    ("sp", "2.3) Facebook et Instagram"),
    ("p", "Depuis novembre, j'ai mis en place une habitude : chaque mardi je publie un « portrait d'un partenaire solidaire », avec une photo, "
          "cinq lignes sur la coopérative ou l'artisan, et le lien vers le produit sur le site. J'ai déjà fait Yirga Union, la coopérative de "
          "quinoa, la savonnerie de Naplouse et le moulin qui fait notre huile de noix dans le Vercors. Pendant les événements je fais des stories "
          "en direct (14 stories pendant le marché de Noël : installation, dégustation de chocolat chaud, tirage de la tombola). Et je repartage "
          "les publications de nos producteurs quand ils postent des photos de récolte, ça fait du contenu vrai et ça montre le lien avec eux."),
    ("p", "Pour la Quinzaine 2026, le plan c'est : deux publications par semaine pendant la Quinzaine et une story par jour d'animation. "
          "Annonce dans la newsletter du 1er mai. J'ai déjà préparé et programmé les 6 publications dans Meta Business Suite :"),
    ("ul", ["9 mai : lancement de la Quinzaine, affiche et programme ;",
            "12 mai : portrait spécial Yirga Union, « d'où vient ton café ? » ;",
            "14 mai : invitation à la dégustation du samedi ;",
            "17 mai : vidéo courte « le prix juste en 30 secondes » tournée avec Odile ;",
            "20 mai : la soirée-débat à la Maison des associations ;",
            "23 mai : dernier week-end, -10 % sur le café en click & collect."]),
    ("p", "Entre octobre 2025 et février 2026, la page Facebook est passée de 1 240 à 1 410 abonnés."),

    ("sp", "2.4) Le site : mise en avant et paiement"),
    ("p", "Pour mettre en avant les produits de la Quinzaine sur le site, on va utiliser la bannière de la page d'accueil. Samuel m'a montré "
          "comment changer l'image et le lien, je mettrai une photo du café Sidama avec « Quinzaine : découvrez nos partenaires »."),
    ("p", "Sur le site, le paiement se fait par carte bancaire avec Stripe (l'extension WooCommerce installée par Samuel en 2021). Les adhésions "
          "et les dons passent par HelloAsso, avec un lien dans le menu « Adhérer / soutenir ». J'ai testé une commande de café en février : "
          "sur mon téléphone ça marche. Pour la confiance, HelloAsso c'est connu, les gens ont confiance."),
    ("p", "Pour répondre aux clients en direct, on n'a que Messenger et je n'ai pas gardé les conversations."),

    ("sp", "2.5) Fidéliser par l'adhésion"),
    ("p", "Ce qu'on a aujourd'hui pour que les gens reviennent :"),
    ("mix", [("ul", "la carte tampon : 10 paquets de café achetés, le 11e offert (en boutique seulement) ;"),
             ("ul", "l'adhésion : -5 % sur tout, toute l'année, et une voix à l'AG ;"),
             ("dash", "la newsletter mensuelle, avec les nouveaux produits et l'agenda ;"),
             ("dash", "le « panier suspendu » : un client paie un panier de produits de base qui sera donné à une famille par l'épicerie "
                      "solidaire du quartier.")]),
    ("p", "Je pense que la carte tampon c'est mieux ? à discuter. [[Marc : on pourrait mettre la carte tampon sur le site ?]]"),
    ("pb",),

    ("h1", "Bloc 3 : être trouvé sur internet"),
    ("sp", "3.1) Le référencement"),
    ("p", "Chez nous, le référencement c'est d'abord le travail de la commission produits : c'est elle qui décide si un nouveau produit entre à la "
          "boutique. Un produit doit venir d'une organisation membre de la WFTO, ou porter le label SPP (le label des petits producteurs), ou un "
          "label équivalent reconnu. La commission (quatre bénévoles et Marc) goûte, compare, vérifie comment le prix payé au producteur a été "
          "fixé et si on peut remonter jusqu'à la coopérative. En 2025 elle a référencé 14 nouveaux produits, dont l'huile de noix du Vercors, "
          "et en a déréférencé 6 qui ne se vendaient pas ou dont on n'avait plus de nouvelles du producteur."),
    ("p", "Sur Google c'est autre chose : il faut que notre site sorte quand quelqu'un cherche du commerce équitable à Grenoble. Aujourd'hui "
          "notre visibilité sur Google est faible."),
    ("p", "Mes idées pour l'améliorer :"),
    ("ul", ["refaire les fiches produits avec de vrais textes ;",
            "mettre à jour la fiche Google de la boutique (les horaires sont faux depuis 2023) ;",
            "écrire des articles sur nos producteurs ;",
            "demander des liens aux structures amies ;",
            "mettre les mots de recherche dans les titres des pages."]),
    ("p", "Pour mesurer, on a Google Analytics 4 (installé par Samuel en 2023), la Search Console, les statistiques de WooCommerce et Meta Business "
          "Suite pour Facebook et Instagram. [[Marc : Samuel dit que la Search Console est à son nom, on peut me rajouter ?]]"),
    ("p", "Sur la recherche « commerce équitable Grenoble », le site est passé de la 14e à la 9e place."),

    ("sp", "3.2) Les mots de recherche"),
    ("p", "Pour les mots de recherche, j'ai tapé des mots dans Ubersuggest et j'ai gardé ceux qui avaient du volume. Je les ai rangés en trois thèmes."),
    ("tab", "Tableau 4 – Mots de recherche (volumes mensuels Ubersuggest, février 2026)",
     [["Thème", "Mot de recherche", "Volume / mois"],
      ["Café", "café équitable", "2 400"],
      ["Café", "café bio équitable", "880"],
      ["Café", "café éthiopie bio", "320"],
      ["Café", "café sidama", "210"],
      ["Épicerie et artisanat", "savon huile d'olive", "6 600"],
      ["Épicerie et artisanat", "quinoa bio", "4 400"],
      ["Épicerie et artisanat", "huile de noix", "2 900"],
      ["Épicerie et artisanat", "panier artisanal", "1 900"],
      ["Commerce équitable", "commerce équitable", "9 900"],
      ["Commerce équitable", "boutique commerce équitable", "390"],
      ["Commerce équitable", "commerce équitable grenoble", "110"],
      ["Commerce équitable", "épicerie équitable grenoble", "40"]],
     [4.6, 6.6, 3.2]),

    ("sp", "3.3) Les liens et les chiffres du site"),
    ("p", "La Maison des associations et le réseau des AMAP ont chacun une page où ils présentent la boutique, avec un lien vers notre site. "
          "{{(est-ce que ça nous amène des visites ? à regarder)}}"),
    ("p", "Les indicateurs que je veux suivre sont : les visites du site, les commandes en ligne, les adhésions faites par le site (HelloAsso) "
          "et les ouvertures de la newsletter. Voici les chiffres que j'ai pu récupérer :"),
    ("tab", "Tableau 5 – Les chiffres du site",
     [["Indicateur", "Chiffre"],
      ["Visites par mois (moyenne)", "1 100"],
      ["Taux de rebond", "68 %"],
      ["Commandes en ligne par mois", "22"],
      ["Chiffre d'affaires en ligne 2025", "9 200 €"],
      ["Adhésions faites par le site en 2025", "19"],
      ["Taux d'ouverture de la newsletter", "41 %"]],
     [8.0, 4.0]),
    ("p", "Je n'ai pas encore fait de suivi des résultats, c'est prévu pour juin."),

    ("sp", "3.4) Campagne Google Ad Grants"),
    ("p", "Google offre aux associations de la publicité gratuite sur le moteur de recherche (jusqu'à 10 000 dollars par mois). J'ai envoyé "
          "la demande le 24 février, avec les statuts et le numéro RNA de l'association ; on attend la réponse. En attendant, j'ai préparé "
          "10 mots-clés : commerce équitable grenoble, café équitable grenoble, boutique éthique grenoble, cadeau éthique grenoble, adhérer "
          "association commerce équitable, quinoa bio équitable, épicerie solidaire grenoble, panier burkina faso, savon palestine, quinzaine du "
          "commerce équitable. [[Marc : c'est toi qui dois signer la demande en tant que représentant légal, ou Odile ?]]"),

    ("sp", "3.5) Tableau de bord"),
    ("p", "(à compléter quand Samuel m'aura donné les accès Analytics)"),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.line_spacing = 1.15
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Yasmina B. — version du 12 mars — ")
    r.font.size = Pt(9)
    add_field(fp, "PAGE", 9)

    # En-tête du document (pas de page de garde)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("DOSSIER PROFESSIONNEL – Chef de projet e-commerce")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Yasmina Belkacem – alternance à La Passerelle Équitable (Grenoble) – brouillon v2")
    r.font.size = Pt(12)
    rich(doc.add_paragraph(), "[[Marc : j'ai repris tes remarques de la v1 sauf pour le bloc 3, je n'ai pas encore eu le temps]]")

    p = doc.add_paragraph()
    r = p.add_run("Sommaire")
    r.bold = True
    r.font.size = Pt(13)
    for line in SOMMAIRE:
        sp = doc.add_paragraph(line)
        sp.paragraph_format.space_after = Pt(1)
        if not line.startswith(" "):
            sp.runs[0].bold = True
    doc.add_paragraph()

    for item in CONTENT:
        kind = item[0]
        if kind == "h1":
            doc.add_heading(item[1], level=1)
        elif kind == "sp":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(item[1])
            r.bold = True
            r.underline = True
        elif kind == "p":
            rich(doc.add_paragraph(), item[1])
        elif kind == "tnr":
            p = rich(doc.add_paragraph(), item[1], font="Times New Roman", size=12)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.left_indent = Cm(0.5)
        elif kind == "ul":
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Bullet"), line)
                lp.paragraph_format.space_after = Pt(2)
            doc.paragraphs[-1].paragraph_format.space_after = Pt(8)
        elif kind == "mix":
            for style, line in item[1]:
                if style == "ul":
                    lp = rich(doc.add_paragraph(style="List Bullet"), line)
                else:
                    mark = "- " if style == "dash" else "→ "
                    lp = rich(doc.add_paragraph(), mark + line)
                    lp.paragraph_format.left_indent = Cm(0.4)
                lp.paragraph_format.space_after = Pt(2)
            doc.paragraphs[-1].paragraph_format.space_after = Pt(8)
        elif kind == "tab":
            cap = doc.add_paragraph()
            cap.paragraph_format.keep_with_next = True
            cap.paragraph_format.space_after = Pt(3)
            rc = cap.add_run(item[1])
            rc.italic = True
            rc.font.size = Pt(10)
            rows, widths = item[2], item[3]
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
                    cr = c.paragraphs[0].add_run(val)
                    cr.font.size = Pt(10)
                    c.paragraphs[0].paragraph_format.space_after = Pt(0)
                    c.paragraphs[0].paragraph_format.line_spacing = 1.0
                    if i == 0:
                        cr.bold = True
                        set_cell_bg(c, "E2EFD9")
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "pb":
            doc.add_page_break()

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier pro v2 - Passerelle Equitable"
    cp.created = datetime.datetime(2026, 1, 8, 20, 2, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 14
    doc.save(FILE)
    repack(FILE)


if __name__ == "__main__":
    main()
