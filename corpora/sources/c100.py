# Générateur des livrables du candidat c100 (Reflex Garonne SAS, matériel photo d'occasion, Bordeaux-Bacalan) :
# (1) un dossier DOCX stylé d'environ 10 000 mots, blocs 1 à 5 : page de garde « [photo atelier] », table des matières
# automatique (champ TOC avec résultat en cache), Titre 1 « PARTIE n — … », Titre 2 « n.n », Titre 3 « n.n.n »,
# encadré « En bref » de trois lignes en tête de chaque partie, 18 tableaux légendés en dessous, renvois en gras
# « → annexe n », glossaire final ; en-tête « Reflex Garonne — Dossier professionnel — B. Lacoste », pied « page X sur Y ».
# (2) une annexe PDF A4 paysage de 12 pages (reportlab, invariant=1) faite uniquement de tableaux, tuiles et d'un Gantt,
# avec un bandeau « ANNEXE n — … » et une ligne de source par annexe.
# Déterministe : métadonnées fixes, zip DOCX reconditionné à date fixe, PDF invariant.
import datetime, os, re, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c100-materiel-photo-occasion-bordeaux")
FILE = os.path.join(OUT, "reflex-garonne-dossier.docx")
AUTHOR = "Benjamin Lacoste"
FIXED = datetime.datetime(2026, 5, 18, 21, 40, 0)
ZIPSTAMP = (2026, 5, 18, 21, 40, 0)
NAVY = "1D3557"
AMBER = "E9A23B"


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


def box(paragraph, fill="FDF3E1", color=AMBER):
    pPr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8")
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), color)
        bdr.append(e)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


BOLD = re.compile(r"(\*\*.*?\*\*)")


def rich(p, text, italic=False, size=None):
    for part in BOLD.split(text):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
            if part.startswith("**→"):
                r.font.color.rgb = RGBColor(0x1D, 0x35, 0x57)
        else:
            r = p.add_run(part)
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------------------------------------------------------
# Contenu. ("h1", t) ; ("h2", t) ; ("h3", t) ; ("p", t) ; ("bref", [3 lignes]) ; ("ul", [..]) ; ("ol", [..]) ;
# ("t", lignes, largeurs_cm, légende) — légende placée SOUS le tableau ; ("gl", terme, définition) ; ("pb",)
# ---------------------------------------------------------------------------------------------------------------
CONTENT = [
    ("h1", "Introduction"),
    ("h2", "Reflex Garonne en quelques mots"),
    ("p", "Le rachat se fait en quatre temps : photos envoyées par le formulaire du site, offre sous 48 heures, étiquette assurée "
          "à imprimer, paiement après inspection par virement ou en avoir majoré de 10 %. En 2025, nous avons racheté 7 900 articles : "
          "sans rachat, pas de stock, et sans stock, pas de ventes."),
    ("t", [["Indicateur", "2025", "Commentaire"],
           ["Chiffre d'affaires total HT", "5,4 M€", "+14 % par rapport à 2024"],
           ["dont ventes en ligne (Shopware 6)", "4,7 M€", "site refondu par l'agence Estuaire Web en 2023"],
           ["dont showroom de Bacalan", "0,4 M€", "clientèle bordelaise, souvent des pros"],
           ["dont commissions de la place de marché", "0,3 M€", "12 % du prix de vente"],
           ["Articles revendus", "9 600", "boîtiers 38 %, optiques 47 %, divers 15 %"],
           ["Panier moyen", "560 €", "820 € pour les boîtiers plein format"],
           ["Sessions par mois (moyenne)", "96 000", "GA4, tous canaux"],
           ["Taux de conversion", "1,4 %", "GA4, achats / sessions"],
           ["Taux de retour", "3,8 %", "retours sous 14 jours et garantie"],
           ["Articles rachetés", "7 900", "dont 41 % payés en avoir"],
           ["Effectif", "19 salariés", "dont 6 à l'atelier"]],
     [6.2, 2.6, 7.6], "Tableau 1 — Reflex Garonne, chiffres clés 2025 (source : Shopware, GA4, comptabilité)"),
    ("h2", "Ma mission"),
    ("p", "Je suis en deuxième année de Mastère à distance et je travaille chez Reflex Garonne en alternance depuis septembre 2024, "
          "comme chef de projet e-commerce junior. Ma tutrice est Sophie Duprat, directrice générale. Je travaille tous les jours avec "
          "Théo Marchal, chef d'atelier, Zoé Lartigue, photographe et responsable des visuels, et Samir Haddou, qui tient le tchat conseil. "
          "L'agence bordelaise Estuaire Web assure la maintenance du site et les développements, et je suis son interlocuteur au quotidien."),
    ("p", "Mes missions couvrent la stratégie et la feuille de route 2026, les campagnes, le référencement naturel et Google Ads, "
          "les contenus et le pilotage du projet de module de rachat instantané. Ce dossier suit cet ordre en cinq parties ; les "
          "tableaux de chiffres les plus lourds sont dans le document d'annexes, signalé par une flèche (**→ annexe n**)."),
    # ------------------------------------------------------------------------------------------------ PARTIE 1
    ("h1", "PARTIE 1 — STRATÉGIE"),
    ("bref", ["Trois familles de clients, une veille sur trois concurrents et notre grille atouts-risques.",
              "Le cap 2026 : 6,3 M€ de chiffre d'affaires, 10 000 rachats et moins de 3 % de retours.",
              "Feuille de route, synergies locales, bilan de novembre et budget (→ annexes 1, 2 et 3)."]),
    ("h2", "1.1 Nos familles de clients"),
    ("h3", "1.1.1 Trois familles, trois manières d'acheter"),
    ("p", "En octobre 2025, nous avons envoyé un questionnaire à tous les clients des dix-huit derniers mois (4 870 envois). Nous avons "
          "reçu 640 réponses complètes, ce qui est assez pour lire des tendances par famille. Le détail des réponses est en "
          "**→ annexe 1**. En croisant ces réponses avec l'historique des commandes dans Shopware, trois familles de clients ressortent "
          "nettement. Les pourcentages du tableau ci-dessous sont la part des répondants de chaque famille qui ont coché l'attente ou la "
          "crainte (plusieurs réponses possibles)."),
    ("t", [["Famille", "Poids", "Attentes", "Craintes"],
           ["Les experts qui montent en gamme (amateurs avancés, 30–55 ans)", "44 % des répondants, 54 % du CA en ligne",
            "Payer 30 à 40 % de moins que le neuf (81 %) ; connaître l'état réel de la pièce (72 %) ; revendre l'ancien boîtier au même endroit (58 %)",
            "Défaut caché sur le capteur ou l'autofocus (66 %) ; compteur de déclenchements trafiqué (37 %) ; attendre trop longtemps le paiement du rachat (29 %)"],
           ["Les débutants et les étudiants (18–30 ans)", "38 % des répondants, 27 % du CA en ligne",
            "Un kit complet sous 800 € (74 %) ; être conseillé pour choisir (69 %) ; payer en plusieurs fois (41 %)",
            "Se tromper de monture ou de format (55 %) ; pas de garantie sur l'occasion (61 %) ; tomber sur une arnaque (34 %)"],
           ["Les pros de la vidéo (vidéastes, mariages, entreprise)", "18 % des répondants, 19 % du CA en ligne",
            "Matériel disponible tout de suite (77 %) ; facture avec TVA et nom de société (70 %) ; lots boîtier + optiques (44 %)",
            "Panne en plein tournage (59 %) ; SAV trop long (52 %) ; batteries fatiguées (40 %)"]],
     [3.6, 2.7, 5.2, 5.2], "Tableau 2 — Attentes et craintes des trois familles de clients (enquête octobre 2025, n = 640)"),
    ("p", "Les experts sont nos meilleurs clients et nos meilleurs vendeurs : ils comparent les prix au centime et nous revendent "
          "souvent leur ancien boîtier en même temps. Leur crainte numéro un n'est pas le prix mais la mauvaise surprise (capteur rayé, "
          "autofocus qui patine), d'où l'affichage des déclenchements et de la note du technicien."),
    ("p", "Les débutants et les étudiants arrivent avec un budget serré et beaucoup de questions : beaucoup ne savent pas pourquoi "
          "un objectif Canon EF ne va pas directement sur un boîtier Sony. Ils ont peur de mal choisir plus que de mal acheter et "
          "passent très souvent par le tchat conseil."),
    ("p", "Les pros de la vidéo achètent gros (deux boîtiers identiques, trois optiques, des batteries), souvent la veille d'un "
          "tournage. Ils veulent une facture propre et craignent la panne plus que tout : la garantie de 12 mois pèse lourd pour eux."),
    ("h3", "1.1.2 Le cycle d'achat d'un expert"),
    ("p", "J'ai détaillé le cycle d'achat pour la famille qui pèse le plus, les experts. Pour le rendre concret, je suis le parcours "
          "type que nous voyons passer toutes les semaines : un photographe amateur de 40 ans qui a un Fujifilm X-T2 et deux optiques, "
          "et qui veut passer sur un boîtier plus récent."),
    ("t", [["Étape", "Ce qui se passe pour lui", "Où ça se passe", "Ce que nous faisons à ce moment"],
           ["1. Le déclic", "Fujifilm annonce un nouveau boîtier ; son X-T2 lui paraît lent en suivi AF, il commence à y penser",
            "YouTube, newsletters des sites de tests, groupes Facebook de marque", "Vidéos « grading en 60 s », newsletter « sortis de l'atelier »"],
           ["2. La recherche", "Il regarde ce que vaut un X-T3 ou un X-T4 d'occasion et ce que vaut son X-T2 à la revente",
            "Google (« x-t3 occasion », « prix x-t2 occasion »), Leboncoin, forums", "Fiches optimisées, page /vendre-mon-materiel"],
           ["3. La comparaison", "Il compare le prix, le grade, les déclenchements, la garantie et l'offre de reprise chez trois ou quatre vendeurs",
            "Notre site, Objectif Seconde Main, PhotoTroc, Mister Boîtier, Comparo-Photo", "Déclenchements affichés, photos réelles, tchat"],
           ["4. L'achat", "Il commande le X-T3 grade A et déclare son X-T2 en rachat dans la même semaine, souvent en payant en 3 fois",
            "Notre site (80 % sur ordinateur pour cette famille)", "Younited Pay, avoir +10 % utilisable tout de suite"]],
     [2.6, 5.2, 4.3, 4.6], "Tableau 3 — Cycle d'achat d'un expert qui monte en gamme"),
    ("p", "L'étape de comparaison est la plus longue : 11 jours en moyenne entre la première visite et la commande pour cette famille "
          "(GA4, chemin d'exploration sur les acheteurs de boîtiers de septembre à novembre 2025). C'est aussi là que nous sommes "
          "mis en concurrence directement, d'où l'importance de la veille qui suit."),
    ("h2", "1.2 Veille concurrentielle"),
    ("p", "En septembre 2025, j'ai fait un achat test et une demande de rachat test chez nos trois concurrents directs, avec le même "
          "matériel à chaque fois (achat d'un Canon EF 50 mm f/1.8 STM, rachat d'un Nikon D750 à 48 000 déclenchements), complétés par "
          "les pages d'aide, les avis clients et Semrush."),
    ("t", [["Critère", "Reflex Garonne", "Objectif Seconde Main", "PhotoTroc", "Mister Boîtier"],
           ["Modèle", "Rachat, atelier, revente + place de marché contrôlée", "Rachat et revente, gros volume", "Place de marché entre particuliers, sans contrôle",
            "Revente de boîtiers reconditionnés, peu d'optiques"],
           ["Prix du 50 mm f/1.8 STM (grade A)", "109 €", "115 €", "89 € (vendeur particulier)", "non vendu"],
           ["Garantie", "12 mois", "6 mois", "aucune (litige via la plateforme)", "12 mois"],
           ["Grades affichés", "4 grades, avec photos réelles", "3 grades, photos génériques", "état déclaré par le vendeur", "2 grades"],
           ["Déclenchements affichés", "oui, sur tous les boîtiers", "sur demande", "parfois, déclaré par le vendeur", "oui"],
           ["Offre de rachat pour le D750", "48 h, 520 €", "24 h, 480 €", "pas de rachat", "72 h, 505 €"],
           ["Paiement du rachat", "virement ou avoir +10 %", "virement", "—", "virement"],
           ["Paiement en plusieurs fois", "3x à 10x (Younited Pay)", "3x et 4x", "non", "3x"],
           ["Avis clients (Google / Trustpilot)", "4,7 / 5 (1 240 avis)", "4,4 / 5 (5 800 avis)", "3,9 / 5 (2 100 avis)", "4,6 / 5 (610 avis)"]],
     [3.6, 3.4, 3.3, 3.2, 3.2], "Tableau 4 — Veille concurrentielle, septembre 2025"),
    ("p", "Ce que je retiens de cette veille : Objectif Seconde Main est le plus gros acteur et gagne sur la vitesse de l'offre de "
          "rachat (24 heures) et sur la notoriété, avec presque cinq fois plus d'avis. Mais il offre 40 € de moins sur le D750, ne "
          "garantit que 6 mois et montre des photos génériques. PhotoTroc est moins cher sur les petites optiques parce qu'il n'y a aucun "
          "contrôle, ce qui est exactement la peur des débutants. Mister Boîtier est proche de nous sur la qualité mais ne vend presque "
          "pas d'optiques."),
    ("p", "Nous sommes donc les seuls à combiner photos de la pièce réelle, compteur affiché, 12 mois de garantie et offre de "
          "rachat bien payée. Nos points faibles sont le délai de l'offre et le nombre d'avis : ils ont nourri le projet de module de "
          "rachat instantané (partie 5) et la collecte d'avis prévue en 2026."),
    ("h2", "1.3 Grille atouts-risques"),
    ("t", [["", "Positif", "Négatif"],
           ["Interne", "ATOUTS\n• Atelier intégré de 6 techniciens, contrôle pièce par pièce\n• Photos de l'article réel et déclenchements affichés\n"
                       "• Garantie 12 mois, le double d'Objectif Seconde Main\n• Avoir +10 % qui garde l'argent chez nous\n• Showroom à Bordeaux pour les pros",
            "POINTS FAIBLES\n• Offre de rachat en 48 h, trop lente\n• Peu d'avis clients (1 240)\n• Taux de retour de 3,8 %, surtout sur le grade C\n"
            "• Stock de boîtiers d'entrée de gamme à sec chaque mois de septembre\n• Showroom fermé le samedi"],
           ["Externe", "OPPORTUNITÉS\n• Chaque nouveau boîtier lancé fait arriver l'ancien modèle sur le marché de l'occasion\n"
                       "• Retour de l'argentique chez les 20–30 ans\n• Vidéo : les créateurs s'équipent en hybride\n• Écoles et clubs photo en Gironde",
            "RISQUES\n• Objectif Seconde Main investit fortement en publicité\n• Places de marché entre particuliers moins chères\n"
            "• Vols de matériel revendu en ligne\n• Hausse des tarifs transporteurs pour les colis assurés"]],
     [2.0, 7.3, 7.3], "Tableau 5 — Grille atouts-risques de Reflex Garonne, octobre 2025"),
    ("p", "La lecture de la grille donne trois décisions pour 2026 : accélérer l'offre de rachat pour répondre à la concurrence sur la "
          "vitesse (partie 5), utiliser les lancements de nouveaux boîtiers comme moments forts de rachat, et faire baisser les retours en "
          "resserrant le contrôle du grade C. Les clubs et écoles sont la piste pour compenser notre faible notoriété sans dépenser autant "
          "qu'Objectif Seconde Main en publicité."),
    ("h2", "1.4 Cap 2026"),
    ("h3", "1.4.1 Nos chiffres à atteindre"),
    ("p", "Le cap 2026 a été validé avec Sophie et Nicolas en décembre 2025. Il part de la même idée que la grille : plus de rachats pour "
          "plus de stock, et un stock mieux contrôlé pour moins de retours."),
    ("t", [["Indicateur", "2025 (réel)", "Cap 2026", "Écart"],
           ["Chiffre d'affaires total HT", "5,4 M€", "6,3 M€", "+17 %"],
           ["dont ventes en ligne", "4,7 M€", "5,5 M€", "+17 %"],
           ["Articles rachetés", "7 900", "10 000", "+27 %"],
           ["Taux de retour", "3,8 %", "moins de 3 %", "−0,8 point au moins"],
           ["Taux de conversion du site", "1,4 %", "1,8 %", "+0,4 point"],
           ["Panier moyen", "560 €", "590 €", "+5 %"]],
     [6.2, 3.2, 3.2, 4.0], "Tableau 6 — Cap 2026 validé par la direction"),
    ("h3", "1.4.2 Objectifs 2026 à racheter en priorité"),
    ("p", "Côté atelier, Nicolas a établi la liste des objectifs que nous devons racheter en priorité en 2026, parce qu'ils partent en "
          "moins de dix jours et qu'il en manque en permanence. Ce sont d'abord les zooms transstandards et les télézooms lumineux, "
          "très demandés par les photographes de mariage et les vidéastes."),
    ("t", [["Objectif", "Montures", "Quantité à racheter en 2026", "Prix de rachat moyen visé", "Délai de revente 2025"],
           ["24-70 mm f/2.8", "Canon EF, Canon RF, Nikon F, Sony FE", "420", "640 €", "7 jours"],
           ["70-200 mm f/2.8", "Canon EF, Nikon F, Sony FE", "360", "780 €", "8 jours"],
           ["16-35 mm f/4", "Canon EF, Sony FE", "180", "410 €", "12 jours"],
           ["50 mm f/1.8", "toutes", "500", "60 €", "5 jours"],
           ["XF 23 mm f/2 et XF 35 mm f/2", "Fujifilm X", "260", "190 €", "6 jours"],
           ["85 mm f/1.8", "Sony FE, Nikon Z", "150", "290 €", "9 jours"]],
     [3.8, 4.4, 2.8, 3.0, 2.7], "Tableau 7 — Objectifs 2026"),
    ("h3", "1.4.3 Les familles que nous visons en priorité"),
    ("p", "Nous ne pouvons pas parler à tout le monde avec la même force, j'ai donc classé les familles avec Sophie :"),
    ("ol", ["**Les experts qui montent en gamme**, en premier. Ils font 54 % du chiffre en ligne, leur panier moyen est le plus élevé "
            "(780 €) et surtout ils sont aussi nos vendeurs : 62 % des rachats de 2025 viennent de clients de cette famille. Les viser, "
            "c'est travailler à la fois les ventes et le cap de 10 000 rachats.",
            "**Les débutants et les étudiants**, en deuxième. Leur panier est plus petit (390 €) mais ils sont nombreux, ils arrivent en "
            "masse en septembre et un débutant bien servi devient l'expert qui montera en gamme dans trois ans. Ils demandent plus de "
            "conseil, ce que le tchat et les guides couvrent.",
            "**Les pros de la vidéo**, en troisième. Ils achètent beaucoup par commande mais ils sont moins nombreux, plus exigeants sur "
            "la disponibilité, et le showroom les sert déjà bien. Nous les travaillons surtout avant la saison des mariages."]),
    ("h3", "1.4.4 Les canaux d'acquisition et leur ordre"),
    ("p", "Les canaux sont mis en route en trois phases sur l'année 2026 :"),
    ("t", [["Phase", "Période", "Canaux lancés", "Pourquoi à ce moment-là"],
           ["Phase 1", "janvier – avril", "Référencement naturel (fiches, guides, arborescence des objectifs) ; Google Ads Shopping",
            "Budget disponible en début d'année : 9 000 € par mois"],
           ["Phase 2", "mai – août", "Google Ads Search « rachat » et Performance Max ; e-mailing (newsletter et relance des anciens vendeurs) ; réseaux sociaux (reels, YouTube, Discord)",
            "Budget disponible plus important à partir de mai : 14 000 € par mois"],
           ["Phase 3", "septembre – décembre", "Affiliation avec le comparateur Comparo-Photo ; e-publicité display sur des sites photo ; opérations Black Friday et Noël",
            "Budget disponible restant, 16 000 € par mois sur la fin d'année"]],
     [1.8, 2.8, 6.8, 5.2], "Tableau 8 — Canaux d'acquisition 2026 en trois phases"),
    ("h2", "1.5 Feuille de route 2026"),
    ("h3", "1.5.1 Les temps forts de notre année"),
    ("p", "Notre activité a un calendrier très marqué, qui ne ressemble pas à celui d'une boutique classique. Les dates de la feuille "
          "de route viennent de quatre moments que nous connaissons bien :"),
    ("ul", ["**Les lancements de nouveaux modèles (février – mars, puis septembre – octobre).** Quand une marque annonce le "
            "successeur d'un boîtier, les propriétaires de l'ancien modèle le revendent : en 2025, dans les trois semaines après "
            "l'annonce d'un nouveau Fujifilm, nos demandes de rachat de l'ancien modèle ont été multipliées par 2,4. C'est le moment "
            "d'être visibles sur le rachat, et le salon CP+ de fin février concentre les annonces.",
            "**La rentrée de septembre.** Les étudiants reçoivent leur liste de matériel fin août ; en 2025, les boîtiers d'entrée de "
            "gamme (Canon 250D, Nikon D5600, Sony A6400, Fujifilm X-T30) étaient épuisés le 12 septembre. Il faut racheter en août "
            "pour vendre en septembre.",
            "**La saison des mariages (mai à septembre).** Photographes et vidéastes s'équipent en mars et avril (deuxième boîtier, "
            "70-200, batteries) : 31 % des achats annuels des pros de la vidéo tombent entre mars et mai.",
            "**Noël et le Black Friday.** Objectifs fixes, compacts et argentique (Pentax MX révisé à 189 €) : novembre et décembre "
            "font 22 % du chiffre annuel."]),
    ("p", "L'été (juillet jusqu'à mi-août) est calme : le showroom réduit ses horaires et c'est la période choisie pour les gros "
          "chantiers sur le site. La feuille de route détaillée tâche par tâche est en **→ annexe 2**."),
    ("h2", "1.6 Synergies"),
    ("h3", "1.6.1 Les secteurs qui nous intéressent"),
    ("p", "Quatre secteurs voisins touchent nos clients au bon moment sans nous faire concurrence :"),
    ("ul", ["**Les écoles photo et audiovisuelles** : elles prescrivent une liste de matériel à des étudiants au budget serré, "
            "nos débutants de septembre, et chaque promotion se renouvelle tous les ans.",
            "**Les clubs photo** : une trentaine en Gironde, qui réunissent des amateurs avancés, c'est-à-dire nos experts, avec souvent "
            "de l'ancien matériel à revendre.",
            "**Les réparateurs indépendants** : ils voient passer du matériel dont la réparation coûte plus cher que la valeur ; pour "
            "nous c'est une source de rachat, et nous pouvons leur confier les réparations que notre atelier ne fait pas.",
            "**Les laboratoires argentiques** : leur public, jeune et passionné, cherche des boîtiers argentiques révisés."]),
    ("h3", "1.6.2 Six synergies possibles"),
    ("t", [["Structure", "Secteur", "Clientèle commune", "Façons d'acheter compatibles", "Action envisagée"],
           ["École d'Images de Bordeaux", "École photo et vidéo", "Étudiants de 1re année, 140 par an, budget 600–900 €",
            "Achat groupé en août sur liste de l'école, paiement en plusieurs fois", "Kit rentrée à prix école, code dédié"],
           ["Photo-Club de Mérignac", "Club photo", "Amateurs avancés, 85 adhérents, matériel plein format",
            "Achat en ligne après conseil, revente de l'ancien boîtier", "Soirée « grading » au club, rachat groupé"],
           ["Atelier Répar'Focus (Bastide)", "Réparateur indépendant", "", "", "Orientation croisée rachat / réparation"],
           ["Labo Grain d'Argent (Saint-Michel)", "Laboratoire argentique", "", "", "Présentoir de boîtiers révisés"],
           ["Association Vidéastes de Gironde", "Réseau de pros vidéo", "", "", "Démonstration au showroom"],
           ["Loc'Ciné Sud-Ouest", "Loueur de matériel", "", "", "Reprise du parc en fin de location"]],
     [3.6, 2.6, 3.6, 3.6, 3.2], "Tableau 9 — Synergies possibles : clientèle et façons d'acheter"),
    ("p", "Les deux premières lignes ont été travaillées avec les responsables concernés, que j'ai rencontrés en novembre. Pour les "
          "quatre autres, les premiers contacts sont pris."),
    ("h2", "1.7 Bilan de l'opération de novembre 2025"),
    ("p", "En novembre 2025, nous avons lancé « Novembre Déclic » : −10 % sur une sélection de 400 articles de grade B et livraison "
          "offerte dès 300 €, du 3 au 30 novembre, avec une newsletter par semaine et un budget Google Ads augmenté de 30 %. Voici les "
          "chiffres comparés à novembre 2024, où nous n'avions pas fait d'opération :"),
    ("t", [["Indicateur", "Novembre 2024", "Novembre 2025", "Évolution"],
           ["Sessions", "88 400", "121 300", "+37 %"],
           ["Taux de conversion", "1,3 %", "1,5 %", "+0,2 point"],
           ["Chiffre d'affaires en ligne HT", "402 000 €", "541 000 €", "+35 %"],
           ["Panier moyen", "548 €", "571 €", "+4 %"],
           ["Articles de grade B vendus", "310", "505", "+63 %"],
           ["Demandes de rachat", "610", "780", "+28 %"]],
     [5.8, 3.4, 3.4, 3.0], "Tableau 10 — Novembre 2025 comparé à novembre 2024 (source : GA4 et Shopware)"),
    ("p", "Très bon résultat."),
    ("h2", "1.8 Budget et retour sur investissement"),
    ("p", "Le budget 2026 a été construit canal par canal, avec pour chacun les dépenses et les recettes attendues. Il est présenté en "
          "**→ annexe 3**."),
    ("p", "Pour mesurer le retour, je suis parti du seul canal où je connais précisément la dépense et les ventes qu'il a générées : "
          "Google Ads. En 2025, nous avons dépensé 62 400 € HT en Google Ads (Shopping, Search et Performance Max) et GA4 attribue à ces "
          "campagnes 461 800 € de ventes HT. Chaque euro investi a donc rapporté 7,40 € de ventes. Le calcul détaillé par campagne est "
          "repris en partie 3."),

    # ------------------------------------------------------------------------------------------------ PARTIE 2
    ("h1", "PARTIE 2 — ANIMATION ET VENTE"),
    ("bref", ["« Rachat Bonus Rentrée » : +15 % en avoir pour remplir le stock avant septembre.",
              "Apporteurs d'audience, tchat conseil, réseaux sociaux et mise en avant dans Shopware.",
              "Paiement testé sur trois appareils, financement Younited Pay, avoir +10 %."]),
    ("h2", "2.1 La campagne « Rachat Bonus Rentrée »"),
    ("h3", "2.1.1 Pourquoi cette campagne"),
    ("p", "Le problème de septembre revient chaque année : les étudiants veulent des boîtiers d'entrée de gamme et des objectifs "
          "de kit, et nous n'en avons plus. En septembre 2025, Samir a noté 186 demandes pour un boîtier absent du stock. Nous ne "
          "pouvons pas commander chez un fournisseur : notre stock, c'est ce que les particuliers nous revendent. La campagne la plus "
          "utile pour la rentrée est donc une campagne de rachat."),
    ("p", "« Rachat Bonus Rentrée » se déroulera du 17 août au 30 septembre 2026. Pendant cette période, le bonus sur l'avoir passe de "
          "10 % à 15 % pour tout matériel racheté, et à 20 % pour une liste de boîtiers d'entrée de gamme et d'objectifs de kit. L'objectif "
          "est de racheter 1 300 articles sur la période, dont 450 boîtiers et objectifs d'entrée de gamme, pour que les étudiants "
          "trouvent du stock jusqu'à la mi-octobre. C'est une étape concrète vers les 10 000 rachats du cap 2026."),
    ("h3", "2.1.2 Les vecteurs de communication"),
    ("ul", ["la newsletter (28 000 abonnés), deux envois dédiés ;",
            "un e-mail aux 3 200 clients qui ont acheté un boîtier chez nous entre 2021 et 2023 ;",
            "Instagram (reels et stories avec compte à rebours), YouTube (une vidéo « Combien vaut votre boîtier ? » et trois Shorts) "
            "et le Discord « Club Reflex » ;",
            "la campagne Google Ads Search « rachat », au budget doublé pendant la période ;",
            "le site (bannière d'accueil, page /vendre-mon-materiel avec le barème du bonus) et des affichettes au showroom et dans les clubs."]),
    ("h3", "2.1.3 Articulation objectifs, cible et vecteurs"),
    ("t", [["Objectif", "Cible", "Vecteurs", "Message", "Période"],
           ["Racheter 450 boîtiers et objectifs d'entrée de gamme", "tous", "E-mail anciens acheteurs, newsletter, Search « rachat »",
            "« Votre ancien boîtier vaut plus en août : +20 % en avoir »", "17 août – 15 sept."],
           ["Racheter 850 autres articles", "tous", "Instagram, YouTube, Discord", "« +15 % sur tout le matériel racheté »", "17 août – 30 sept."],
           ["Faire connaître le bonus", "tous", "Site, affichettes, clubs", "« Rachat Bonus Rentrée : offre sous 48 h »", "toute la période"],
           ["Transformer l'avoir en achat", "tous", "E-mail de confirmation de rachat", "« Votre avoir est disponible tout de suite »", "à chaque rachat"]],
     [3.8, 1.6, 3.8, 4.4, 2.8], "Tableau 11 — Articulation de la campagne « Rachat Bonus Rentrée 2026 »"),
    ("h2", "2.2 Les apporteurs d'audience"),
    ("p", "Pour faire circuler la campagne et plus largement faire connaître Reflex Garonne, nous nous appuyons sur quatre types "
          "d'apporteurs d'audience :"),
    ("ul", ["**Des chaînes YouTube photo** : « Pixels & Pellicule » (84 000 abonnés), « Le Déclencheur » (41 000) et « Focale Fixe » (23 000) ;",
            "**12 clubs photo** de Gironde et des Landes, dont Mérignac, Pessac, Talence, Arcachon, Libourne et Mont-de-Marsan ;",
            "**l'École d'Images de Bordeaux**, qui transmet nos offres à ses étudiants de première année ;",
            "**le comparateur Comparo-Photo**, qui reçoit notre flux produits et affiche nos prix à côté de ceux des concurrents."]),
    ("p", "Le choix des YouTubeurs est celui que nous avons le plus réfléchi. Leur public, c'est exactement nos deux premières "
          "familles : des amateurs avancés qui regardent des tests avant d'acheter, et des débutants qui cherchent quoi acheter pour "
          "commencer. Sur les trois chaînes, 60 à 75 % des vidéos parlent de matériel, et les commentaires posent sans arrêt la question "
          "de l'occasion. Surtout, ces créateurs montrent l'objet : quand l'un d'eux déballe un boîtier grade A acheté chez nous et "
          "montre qu'il est conforme à la fiche, il répond à la crainte principale des experts mieux qu'une publicité. Nous avons "
          "choisi des chaînes moyennes, plus proches de leur public et moins chères (450 à 1 200 € la vidéo avec code promo)."),
    ("h2", "2.3 Le tchat conseil"),
    ("p", "Le tchat conseil tourne sur Gorgias, branché sur Shopware : Samir voit le panier du client, son historique et ses "
          "demandes de rachat pendant qu'il répond. Il est ouvert du mardi au samedi de 9 h 30 à 19 h. J'ai paramétré une invitation "
          "automatique sur les fiches boîtiers au bout de 40 secondes et une trentaine de macros (montures, grades, garantie, étiquette "
          "de rachat) ; les questions trop techniques partent à Théo par une étiquette « atelier »."),
    ("p", "Deux conversations réelles, une qui a abouti à une vente et une qui n'a pas abouti, sont reproduites en **→ annexe 4**."),
    ("p", "Octobre 2025 : 1 180 conversations, délai moyen de première réponse 1 min 50 s."),
    ("p", "Satisfaction après conversation : 4,6 / 5 (312 notes)."),
    ("h2", "2.4 Réseaux sociaux et communauté"),
    ("p", "Nos réseaux servent à une chose : montrer ce que personne d'autre ne montre, c'est-à-dire le travail de l'atelier. "
          "Trois formats portent cette idée."),
    ("h3", "2.4.1 Les reels avant / après sur Instagram"),
    ("p", "Chaque mardi et vendredi, Zoé publie un reel de 15 à 25 secondes : l'article à son arrivée (poussiéreux, caoutchouc "
          "décollé) puis le même après reconditionnement. L'avant apparaît dans la première seconde pour accrocher, la transition se fait "
          "sur le clic d'obturateur, la fin montre le grade et le prix. Tout est sous-titré, car la plupart des reels sont regardés sans "
          "le son, et la légende pose une question (« Vous l'auriez acheté dans cet état ? ») pour lancer les commentaires, auxquels "
          "nous répondons dans l'heure."),
    ("h3", "2.4.2 « Le grading en 60 s » sur YouTube"),
    ("p", "Une fois par semaine, un Short de 60 secondes montre Théo en train de grader une pièce : compteur, capteur, optique à "
          "la lampe, puis le grade et pourquoi. La série donne un rendez-vous, chaque Short renvoie vers la fiche de l'article, et une "
          "vidéo longue mensuelle reprend une question fréquente du tchat (« Grade B : faut-il avoir peur ? »), avec les expressions de "
          "notre grille dans le titre et le grade en gros sur la miniature."),
    ("h3", "2.4.3 Le Discord « Club Reflex »"),
    ("p", "Ouvert en mars 2025, le Discord réunit les clients qui veulent aller plus loin, dans six salons (#conseils-achat, "
          "#rachat-et-estimation, #photo-de-la-semaine, #argentique, #bons-plans, #annonces). Samir et moi l'animons avec un défi photo "
          "mensuel et une séance de questions-réponses avec Théo ; les règles sont affichées à l'entrée (pas de vente entre membres), et "
          "les membres qui aident les autres reçoivent le rôle « Œil de lynx »."),
    ("p", "L'évolution de nos abonnés sur les trois plateformes : **→ annexe 8**."),
    ("h2", "2.5 Mettre les bons articles en vitrine dans Shopware"),
    ("h3", "2.5.1 Les fonctions utilisées"),
    ("p", "Nous utilisons quatre fonctions de Shopware 6 :"),
    ("ul", ["**Le cross-selling par monture.** Dans chaque fiche boîtier, un bloc « Compatible avec votre boîtier » est alimenté "
            "par un groupe de produits dynamique qui filtre les optiques en stock de la même monture (propriété « monture »). Un second "
            "bloc propose batteries, filtres et cartes du bon format.",
            "**Le badge « Prix en baisse ».** Une règle du Rule Builder baisse le prix de 5 % après 45 jours en stock et affiche le badge "
            "orange sur la vignette et la fiche, ce qui fait tourner le stock sans brader les arrivées récentes.",
            "**Les badges de grade.** Un badge de couleur par grade (A+ vert foncé, A vert, B jaune, C gris) sur la vignette, réglé par "
            "une propriété ; le listing se filtre par grade.",
            "**Les Shopping Experiences.** Accueil et catégories sont construites avec des blocs réutilisables : « Sortis de l'atelier "
            "cette semaine », « Moins de 300 € », « Le coin argentique »."]),
    ("h3", "2.5.2 Les emplacements qui comptent"),
    ("ol", ["La page d'accueil : « Sortis de l'atelier cette semaine » en haut, pour les habitués.",
            "Les listings : tri par arrivées récentes, badges de grade et « Prix en baisse ».",
            "La fiche produit : cross-selling par monture sous le prix.",
            "Le panier : batteries et cartes du bon format, ce que les clients oublient.",
            "La confirmation d'une demande de rachat : des boîtiers de gamme supérieure, payables avec l'avoir.",
            "La recherche sans résultat : alerte de disponibilité et modèles équivalents.",
            "L'e-mail d'avoir disponible : trois articles compatibles avec le matériel revendu."]),
    ("h2", "2.6 Le paiement"),
    ("p", "Trois moyens de paiement sont installés sur le site : Stripe (carte bancaire, Apple Pay et Google Pay), par le plugin "
          "officiel Stripe pour Shopware, PayPal, par l'extension PayPal de Shopware, et le virement bancaire, proposé à partir de 1 500 € "
          "pour les professionnels et les gros paniers (l'article est réservé 72 heures). Le paiement en plusieurs fois est traité à part "
          "(2.7)."),
    ("p", "Le 14 octobre 2025, après la mise à jour de Shopware en 6.6, j'ai refait une série de commandes réelles sur trois appareils, "
          "remboursées ensuite :"),
    ("t", [["Appareil", "Navigateur", "Carte (Stripe)", "Apple Pay / Google Pay", "PayPal", "Virement", "Remarque"],
           ["iPhone 13", "Safari (iOS 18)", "OK", "Apple Pay OK", "OK", "OK", "Validation bancaire dans l'appli, retour au site OK"],
           ["Samsung Galaxy Tab S7", "Chrome (Android 14)", "OK", "Google Pay OK", "OK", "OK", "Bouton PayPal tronqué en mode portrait, corrigé le 16/10"],
           ["PC portable Windows 11", "Firefox 131 et Edge", "OK", "non proposé (normal)", "OK", "OK", "RAS"]],
     [3.0, 2.6, 1.8, 2.5, 1.5, 1.6, 4.0], "Tableau 12 — Tests de paiement du 14 octobre 2025"),
    ("p", "Côté confiance, tous les paiements par carte passent par 3-D Secure : le client valide le paiement dans l'application de "
          "sa banque, ce qui le protège si sa carte est utilisée par quelqu'un d'autre."),
    ("h2", "2.7 Le financement"),
    ("p", "Depuis janvier 2025, nous proposons le paiement en plusieurs fois avec Younited Pay, intégré au tunnel de paiement. "
          "Les offres disponibles :"),
    ("ul", ["**3x et 4x sans frais** pour le client, de 150 € à 3 000 € de panier ; la commission (2,9 % du montant) est à notre charge ;",
            "**de 5x à 10x**, avec des frais pour le client (TAEG fixe de 17,9 % en 10x à ce jour), de 300 € à 5 000 € de panier ;",
            "conditions pour le client : être majeur, résider en France, avoir une carte bancaire valable jusqu'à la dernière échéance ; "
            "la réponse est immédiate, après une vérification faite par Younited ;",
            "l'article est expédié dès l'accord, et nous sommes payés en une fois par Younited sous 48 heures."]),
    ("h2", "2.8 La fidélisation"),
    ("p", "Aujourd'hui, notre dispositif de fidélisation est le bonus de 10 % sur l'avoir : quand un client nous revend du matériel, "
          "il peut être payé par virement ou recevoir un avoir majoré de 10 %, valable 12 mois sur le site et au showroom. L'avoir est "
          "crédité dans son compte client dès que l'inspection est terminée. En 2025, 41 % des vendeurs ont choisi l'avoir."),

    # ------------------------------------------------------------------------------------------------ PARTIE 3
    ("h1", "PARTIE 3 — VISIBILITÉ"),
    ("bref", ["Neuf actions de référencement classées et une grille de 60 mots-clés (→ annexe 5).",
              "Google Ads : Shopping avec le grade dans le flux, Search « rachat » et Performance Max, quatre annonces.",
              "Des indicateurs adaptés à l'occasion, un ROI de 7,4 et trois corrections sur les campagnes."]),
    ("h2", "3.1 Le plan d'action du référencement naturel"),
    ("h3", "3.1.1 Neuf actions classées"),
    ("p", "Le référencement naturel apporte 46 % de nos sessions. En janvier 2025, j'ai fait un audit avec Semrush (Site Audit) et la "
          "Search Console, qui a fait ressortir beaucoup de chantiers. Je les ai classés selon leur impact sur le trafic et les ventes et "
          "selon l'effort pour l'atelier et pour l'agence :"),
    ("t", [["Rang", "Action", "Impact attendu", "Effort", "Quand"],
           ["1", "Réécrire les balises title et H1 des fiches avec modèle + « occasion » + grade", "fort", "faible (modèle automatique Shopware)", "février 2025"],
           ["2", "Rediriger en 301 les fiches d'articles vendus vers la page du modèle au lieu d'une 404", "fort", "moyen (agence)", "mars 2025"],
           ["3", "Créer une page par modèle regroupant tous les exemplaires en stock", "fort", "moyen", "avril – juin 2025"],
           ["4", "Organiser la rubrique « Objectifs d'occasion » par monture", "fort", "moyen", "juin 2025"],
           ["5", "Publier deux guides par mois sur le blog", "moyen", "fort (rédaction)", "en continu"],
           ["6", "Compresser les images et passer en WebP", "moyen", "faible", "mai 2025"],
           ["7", "Corriger les 1 300 URL en double créées par les filtres du listing", "moyen", "faible (agence)", "mars 2025"],
           ["8", "Obtenir des liens depuis des sites photo", "moyen", "moyen", "à partir de septembre 2025"],
           ["9", "Ajouter les données structurées Product avec l'état « occasion »", "faible", "faible", "octobre 2025"]],
     [1.2, 7.0, 2.4, 3.4, 2.8], "Tableau 13 — Plan d'action du référencement naturel, par ordre de priorité"),
    ("p", "Les actions 1 à 3 étaient prioritaires parce qu'elles touchent toutes les fiches à la fois. Sur un site d'occasion, chaque "
          "article est unique et disparaît une fois vendu : sans page modèle ni redirection, tout le travail de référencement d'une fiche "
          "était perdu à la vente."),
    ("h3", "3.1.2 Nos outils de mesure"),
    ("p", "Nous suivons le trafic et la visibilité avec Google Analytics 4 (sessions, sources, conversions, ventes), la Google Search "
          "Console (requêtes, impressions, clics, indexation), Semrush (suivi de positions et audit technique) et Looker Studio, où sont "
          "réunis les tableaux de bord hebdomadaires. Les statistiques de Shopware complètent pour les ventes par catégorie et par grade."),
    ("h3", "3.1.3 Évolution des positions"),
    ("t", [["Requête", "Janvier 2025", "Juin 2025", "Décembre 2025"],
           ["reflex garonne", "1", "1", "1"],
           ["fujifilm x-t3 occasion", "14", "9", "6"],
           ["canon 70-200 2.8 occasion", "22", "15", "11"]],
     [6.4, 3.2, 3.2, 3.2], "Tableau 14 — Positions Google (Semrush, suivi de positions, desktop France)"),
    ("p", "Les deux requêtes modèles gagnent 8 et 11 places en un an ; la marque reste en première position."),
    ("h2", "3.2 Les mots-clés"),
    ("h3", "3.2.1 La méthode en cinq étapes"),
    ("ol", ["**Inventaire** : marques, modèles, optiques et montures du catalogue, plus les 320 questions du tchat exportées de "
            "Gorgias sur trois mois.",
            "**Extraction** : expressions associées dans le Keyword Magic Tool de Semrush et requêtes qui nous donnent déjà des "
            "impressions dans la Search Console.",
            "**Qualification** : volume, difficulté, intention (achat, rachat, information) et position ; les expressions hors "
            "occasion (« prix neuf », « notice ») sont écartées.",
            "**Regroupement** par page cible (fiche ou page modèle, page monture, page rachat, guide), une page par groupe pour "
            "éviter que deux pages se battent sur la même requête.",
            "**Priorisation** par un score (volume × poids de l'intention ÷ difficulté) ; les 20 premiers groupes sont traités "
            "d'abord, et la grille est revue chaque trimestre."]),
    ("h3", "3.2.2 La grille"),
    ("p", "La grille compte 60 expressions réparties en quatre groupes (boîtiers, objectifs, rachat, guides), avec volume, difficulté, "
          "intention et page cible : **→ annexe 5**."),
    ("h3", "3.2.3 Pourquoi ces expressions"),
    ("p", "Sur l'occasion photo, les clients ne cherchent presque jamais « appareil photo d'occasion » : ils cherchent un modèle précis. "
          "« Fujifilm x-t3 occasion », « sony a7 iii occasion » ou « 70-200 2.8 occasion » ont des volumes modestes (de 300 à 1 900 "
          "recherches par mois) mais une intention d'achat très forte, alors que la requête générique « appareil photo occasion » (8 100) "
          "mélange tous les budgets et toutes les intentions. Nous avons donc construit la grille autour des noms de modèles et des "
          "références d'optiques, avec le mot « occasion » ou « reconditionné », et autour des expressions du rachat avec la marque "
          "(« revendre sony a7 iii », « rachat objectif canon »)."),
    ("h2", "3.3 L'arborescence thématique des objectifs"),
    ("p", "La rubrique « Objectifs d'occasion » était une seule page de 1 100 articles, impossible à parcourir et impossible à "
          "positionner. Depuis juin 2025, elle est organisée par monture :"),
    ("ul", ["/objectifs-occasion (page principale, texte d'introduction sur le choix d'une optique d'occasion) ;",
            "/objectifs-occasion/canon-ef et /objectifs-occasion/canon-rf ;",
            "/objectifs-occasion/nikon-f et /objectifs-occasion/nikon-z ;",
            "/objectifs-occasion/sony-e (APS-C et plein format) ;",
            "/objectifs-occasion/fujifilm-x ;",
            "/objectifs-occasion/micro-4-3 ;",
            "/objectifs-occasion/pentax-k ;",
            "/objectifs-occasion/vintage-m42 (optiques anciennes à adapter)."]),
    ("p", "Chaque page de monture a un texte de 300 à 400 mots écrit par Théo et moi (histoire de la monture, boîtiers compatibles, "
          "points à contrôler), un filtre par focale et un filtre par grade."),
    ("h2", "3.4 Les liens entrants"),
    ("p", "Depuis septembre 2025, nous avons obtenu cinq liens vers notre site :"),
    ("ol", ["la page « Partenaires » du Photo-Club de Mérignac, vers la page d'accueil ;",
            "un article invité sur le blog « Chroniques argentiques » sur la révision d'un Pentax MX, vers /objectifs-occasion/pentax-k ;",
            "la page « Ressources étudiants » de l'École d'Images de Bordeaux, vers le guide « Quel objectif pour débuter en Fuji ? » ;",
            "l'annuaire des commerces de Bacalan de l'association des commerçants du quartier, vers la page d'accueil ;",
            "un fil épinglé du forum « Photo-Débat » sur le grading de l'occasion, vers la page « Nos grades »."]),
    ("h2", "3.5 Google Ads"),
    ("h3", "3.5.1 Structure des campagnes"),
    ("p", "Notre compte Google Ads est organisé en trois campagnes, pour un budget de 62 400 € HT en 2025 :"),
    ("ul", ["**Shopping** (52 % du budget) : tout le catalogue, envoyé par le flux Shopware vers le Merchant Center. Le titre du "
            "flux reprend le grade et le compteur (« Fujifilm X-T3 boîtier nu – occasion grade A – 12 400 déclenchements ») ; le grade "
            "est aussi une étiquette personnalisée, pour enchérir plus haut sur A+ et A, qui convertissent mieux.",
            "**Search « rachat »** (18 %) : pour trouver des vendeurs, avec trois groupes d'annonces (rachat boîtier, rachat objectif, "
            "rachat par marque). C'est la seule campagne qui cherche à acheter du stock.",
            "**Performance Max** (30 %) : lancée en avril 2025 avec un groupe d'éléments par famille de clients (experts, débutants, "
            "vidéastes), chacun avec ses textes, ses visuels d'atelier et ses signaux d'audience."]),
    ("h3", "3.5.2 Mots-clés et exclusions"),
    ("p", "La campagne Search « rachat » travaille en correspondance exacte et d'expression : [rachat appareil photo], "
          "\"revendre son appareil photo\", \"rachat objectif canon\", \"vendre boîtier sony\", \"estimation appareil photo occasion\", "
          "\"reprise appareil photo\". La liste d'exclusions commune contient notamment « notice », « mode d'emploi », « réparation », "
          "« neuf », « location », « gratuit » et « pièces détachées ». « Réparation » et « notice » étaient les deux requêtes qui nous "
          "coûtaient le plus sans aucune conversion début 2025 ; « neuf » attirait des clients qui voulaient la garantie constructeur."),
    ("h3", "3.5.3 Pages d'atterrissage"),
    ("ul", ["**/vendre-mon-materiel** pour la campagne « rachat » : barème indicatif, les quatre étapes, l'avoir +10 %, formulaire "
            "de demande d'offre en haut de page et avis de vendeurs ;",
            "**/objectifs-occasion** et ses pages de monture pour les annonces Search liées aux optiques et pour une partie de Performance Max ;",
            "**les fiches produit** pour Shopping, puisque l'annonce montre un article précis."]),
    ("h3", "3.5.4 Les annonces"),
    ("p", "Voici les quatre annonces responsives actives en décembre 2025 (titres de 30 caractères maximum, descriptions de 90) :"),
    ("t", [["Annonce", "Titres (extrait)", "Descriptions"],
           ["RSA 1 — rachat boîtier", "Revendez votre boîtier | Offre de rachat en 48 h | +10 % si vous prenez un avoir",
            "Envoyez des photos, recevez une offre en 48 h. Étiquette assurée offerte. | Payé après contrôle à l'atelier, par virement ou en avoir majoré."],
           ["RSA 2 — rachat objectif", "Rachat d'objectifs photo | Canon, Nikon, Sony, Fuji | Estimation gratuite en 48 h",
            "Zooms, focales fixes, optiques anciennes : nous rachetons tout le matériel en état de marche. | Atelier à Bordeaux depuis 2016."],
           ["RSA 3 — objectifs d'occasion", "Objectifs photo d'occasion | Garantie 12 mois | Photos de l'objectif réel",
            "Chaque optique est contrôlée à la lampe et testée sur banc. Grade affiché, photos réelles. | Paiement en 3x ou 4x sans frais."],
           ["RSA 4 — boîtiers d'occasion", "Boîtiers photo d'occasion | Déclenchements affichés | Grades A+, A, B et C",
            "Boîtiers reconditionnés par nos techniciens, capteur nettoyé, garantis 12 mois. | Livraison 48 h ou retrait à Bordeaux."]],
     [3.4, 6.4, 6.9], "Tableau 15 — Les quatre annonces responsives du Réseau de Recherche"),
    ("h3", "3.5.5 Suivi et analyse"),
    ("p", "Le suivi hebdomadaire des trois campagnes : **→ annexe 7**."),
    ("p", "La campagne Shopping est notre meilleure campagne. De septembre à novembre 2025 (13 semaines), elle a coûté 9 870 € pour "
          "96 600 € de ventes, avec un taux de clic moyen de 1,9 % et un coût par clic de 0,31 €. L'ajout du grade dans le titre du flux, "
          "le 8 septembre, se voit nettement : le taux de clic est passé de 1,5 % à 2,1 % en deux semaines, et la part des ventes en "
          "grade A+ et A est montée de 58 % à 66 %. Les semaines 47 et 48 (Black Friday) sont les plus fortes, avec 11,6 € de ventes par "
          "euro dépensé ; les semaines 38 et 39 sont faibles, car le stock d'entrée de gamme était vide et les annonces tournaient sur "
          "des articles plus chers."),
    ("h2", "3.6 Les indicateurs de performance"),
    ("h3", "3.6.1 Des indicateurs propres à l'occasion"),
    ("p", "Les indicateurs classiques d'un site marchand ne suffisent pas chez nous, parce que notre activité a deux côtés : acheter "
          "du stock et le revendre. J'ai donc ajouté au tableau de bord Looker des indicateurs qui correspondent à notre métier :"),
    ("t", [["Indicateur", "Calcul", "Valeur 2025", "Pourquoi il compte"],
           ["Taux d'acceptation des offres de rachat", "offres acceptées ÷ offres envoyées", "56 %", "Mesure si nos prix de rachat sont compétitifs ; s'il baisse, le stock baisse trois semaines plus tard"],
           ["Délai de revente", "jours entre la mise en ligne et la vente", "19 jours (médiane)", "Un article qui dort coûte de la place et perd de la valeur ; déclenche le badge « Prix en baisse »"],
           ["Répartition des ventes par grade", "part des ventes en A+, A, B, C", "A+ 14 %, A 48 %, B 29 %, C 9 %", "Les grades C font 31 % des retours : on suit la part pour ne pas la laisser monter"],
           ["Délai rachat → mise en ligne", "jours entre réception et publication", "6,5 jours", "Conditionne le stock disponible en période forte"],
           ["Part d'avoir choisi", "avoirs ÷ rachats payés", "41 %", "L'avoir revient en ventes, le virement non"]],
     [3.8, 3.6, 3.0, 6.3], "Tableau 16 — Indicateurs adaptés à notre activité"),
    ("h3", "3.6.2 Les indicateurs du site"),
    ("p", "Le trafic moyen est de 96 000 sessions par mois en 2025, en hausse de 18 % sur un an, surtout grâce au référencement naturel "
          "(46 % des sessions, contre 39 % en 2024). Le taux de rebond est de 41 % en moyenne, mais il monte à 63 % sur les fiches "
          "d'articles déjà vendus, ce qui montre que les redirections vers les pages modèles étaient nécessaires. Le chiffre d'affaires "
          "en ligne est de 4,7 M€, porté par les boîtiers plein format et les zooms lumineux. Durée des visites, vitesse de chargement et "
          "abandons étape par étape : **→ annexe 8**."),
    ("h2", "3.7 Retour sur investissement et corrections"),
    ("p", "Le retour sur investissement de Google Ads en 2025 :"),
    ("p", "**ROI = ventes attribuées ÷ dépenses = 461 800 € ÷ 62 400 € = 7,4**"),
    ("p", "Par campagne, le ROI est de 9,6 pour Shopping (310 600 € de ventes pour 32 400 €) et de 6,2 pour Performance Max (116 100 € "
          "pour 18 700 €)."),
    ("p", "Trois corrections sont prévues pour 2026, dans cet ordre :"),
    ("ol", ["Passer la campagne Shopping en ROAS cible (objectif 900 %) au lieu de « Maximiser les clics », maintenant qu'elle a assez de conversions ;",
            "Exclure de Performance Max les articles de grade C, qui sont ceux qu'on nous retourne le plus ;",
            "Ajouter des extensions d'accroche « Garantie 12 mois » et « Déclenchements affichés » sur toutes les annonces du Réseau de Recherche."]),

    # ------------------------------------------------------------------------------------------------ PARTIE 4
    ("h1", "PARTIE 4 — CONTENUS"),
    ("bref", ["Une méthode d'article et une méthode de fiche d'occasion, mots-clés placés.",
              "Des packshots retouchés dans Lightroom et une vidéo CapCut « On reconditionne un 70-200 ».",
              "Un objectif de conversion à 1,8 % et trois points qui freinent la commande."]),
    ("h2", "4.1 Qui produit nos visuels"),
    ("p", "Jusqu'en 2024, une partie des packshots était confiée à un studio externe, le Studio Packshot Mériadeck, au tarif de 12 € "
          "par article. Depuis janvier 2025, Zoé fait toutes les photos en interne, dans une boîte à lumière de 80 cm équipée de deux "
          "panneaux LED, pour un coût que nous estimons à 2,50 € par article (temps de Zoé compris, matériel amorti sur trois ans). Avec "
          "9 600 articles par an, la différence est de plus de 90 000 € : nous avons donc gardé la boîte à lumière."),
    ("h2", "4.2 Méthode d'écriture d'un article : « Quel objectif pour débuter en Fuji ? »"),
    ("p", "Cet article du blog a été choisi parce que la question revient toutes les semaines au tchat en septembre et que l'expression "
          "« objectif fuji débutant » et ses variantes n'ont pas de contenu sérieux en français sur la première page de Google. Ma méthode :"),
    ("ol", ["**Choisir l'expression principale et ses satellites** dans la grille : « objectif fuji débutant » (1 300 recherches "
            "par mois) ; satellites « meilleur objectif fujifilm », « xf 35mm f2 occasion », « xf 18-55 occasion ».",
            "**Lire la première page de Google** : des listes, des prix, des photos d'exemple, mais aucun résultat sur l'occasion.",
            "**Écrire le plan en titres qui répondent aux questions** : H1 « Quel objectif pour débuter en Fuji ? Nos 5 choix "
            "d'occasion » ; H2 « Le zoom de kit XF 18-55 », « XF 35 mm f/2 ou XF 23 mm f/2 ? », « Le portrait à petit prix : XF 50 mm "
            "f/2 », « Ce que vaut chaque objectif en occasion », « Les pièges à éviter ».",
            "**Placer l'expression principale** dans la balise title, le H1, l'URL (/blog/objectif-fuji-debutant), les 100 premiers "
            "mots, un H2 et la méta-description ; les satellites une fois chacun dans les H2 et le texte, sans forcer.",
            "**Écrire pour un débutant** : phrases courtes, chaque terme technique expliqué à sa première apparition, un tableau de "
            "prix par grade, une photo d'exemple par objectif.",
            "**Relier aux fiches** : chaque objectif cité renvoie vers sa page modèle.",
            "**Relire avec Théo**, publier et suivre la position dans Semrush."]),
    ("p", "L'article fait 1 650 mots. La méta-description retenue : « Débuter en Fuji avec un objectif d'occasion : nos 5 choix testés "
          "par l'atelier, du XF 18-55 au XF 35 mm f/2, avec les prix par grade. »"),
    ("h2", "4.3 La fiche produit d'occasion"),
    ("h3", "4.3.1 Méthode"),
    ("p", "Une fiche d'occasion n'a rien à voir avec une fiche de produit neuf : nous vendons un exemplaire, pas un modèle. La méthode "
          "suivie pour chaque article, de l'atelier à la mise en ligne :"),
    ("ol", ["Le technicien remplit la fiche de contrôle dans Shopware : numéro de série, grade, nombre de déclenchements, accessoires "
            "fournis, défauts constatés et une note libre de deux ou trois phrases.",
            "Zoé photographie l'article réel sous six angles minimum, plus un gros plan de chaque défaut visible mentionné dans la note.",
            "La fiche hérite de la page modèle les caractéristiques techniques et le texte de présentation du modèle, pour ne pas réécrire ce "
            "qui ne change pas.",
            "Je complète ce qui est propre à l'exemplaire : le titre avec le grade, le résumé d'état en haut de page et le prix comparé au neuf.",
            "La fiche est publiée avec l'encadré de garantie et les options de livraison et de retrait."]),
    ("h3", "4.3.2 Exemple : Fujifilm X-T3 boîtier nu, grade A, 689 €"),
    ("p", "Les mots-clés de cette fiche sont « fujifilm x-t3 occasion » (1 900 recherches par mois) et « x-t3 boîtier nu ». Ils sont placés :"),
    ("ul", ["dans la balise title : « Fujifilm X-T3 occasion – boîtier nu grade A | Reflex Garonne » ;",
            "dans l'URL : /boitiers-occasion/fujifilm-x-t3-boitier-nu-grade-a-rg24817 (le suffixe est la référence interne de l'exemplaire) ;",
            "dans le H1 : « Fujifilm X-T3 boîtier nu d'occasion – grade A » ;",
            "dans le texte alternatif de chaque photo : « Fujifilm X-T3 d'occasion grade A vu de face », « … vu de dessus, molettes », etc. ;",
            "dans le premier paragraphe du résumé d'état."]),
    ("h3", "4.3.3 Ce qui aide à décider"),
    ("p", "Sur la fiche, les éléments qui font décider sont placés au-dessus de la ligne de flottaison ou juste en dessous, dans cet ordre :"),
    ("ul", ["**Le grade et sa définition en une ligne** (« A : très bon état, micro-traces invisibles à 30 cm ») : la première "
            "chose qu'un expert regarde.",
            "**Le nombre de déclenchements** (12 400 pour ce X-T3, pour 150 000 annoncés) : il rassure sur l'usure réelle, et les "
            "concurrents le cachent souvent.",
            "**Les photos de l'article réel**, défauts compris : le client achète ce qu'il voit, ce qui limite les retours.",
            "**La note du technicien** signée de son prénom (« Capteur nettoyé, AF testé sur mire, légère trace sur le capot, photo 4 ») : "
            "elle répond à la peur du défaut caché.",
            "**Les accessoires fournis** (batterie, chargeur, courroie, pas de boîte), question fréquente au tchat.",
            "**Le prix comparé au neuf**, le paiement en 3x ou 4x et la garantie de 12 mois dans un encadré.",
            "**La livraison et le retrait** : Colissimo ou Chronopost assuré, ou retrait au showroom."]),
    ("h2", "4.4 Packshots et vidéo"),
    ("h3", "4.4.1 Les packshots dans Lightroom"),
    ("p", "Zoé et moi avons écrit la procédure pour que toutes les photos aient le même rendu. Prise au Fujifilm X-T4 avec le "
          "XF 60 mm macro, en RAW, dans la boîte à lumière, puis traitement dans Lightroom Classic :"),
    ("ol", ["import dans un catalogue par semaine, avec la référence interne en mot-clé ;",
            "paramètre prédéfini « RG Packshot » : balance des blancs prise sur la charte grise du début de séance, exposition +0,3, "
            "blancs +25 pour un fond blanc pur, netteté 40 avec masque à 60 ;",
            "synchronisation des réglages sur toute la série de l'article ;",
            "outil Suppression pour les poussières du fond uniquement, jamais sur l'objet : une rayure reste visible ;",
            "recadrage 1:1 avec une marge régulière, puis export avec le préréglage « Web Shopware » (4.4.3)."]),
    ("h3", "4.4.2 La vidéo « On reconditionne un 70-200 »"),
    ("p", "Pour la campagne de rentrée et pour la fiche du Canon EF 70-200 f/2.8L IS II (1 090 € en grade A), j'ai monté dans CapCut "
          "une vidéo de 45 secondes au format vertical 9:16, à partir de 38 minutes de rushes tournés par Zoé à l'atelier :"),
    ("ol", ["0–3 s : l'objectif sale sur l'établi, titre animé « Il arrive comme ça » ;",
            "3–12 s : Théo contrôle l'optique à la lampe, macro sur la lentille frontale, coupes sur le rythme de la musique ;",
            "12–22 s : démontage et nettoyage accélérés à 4x avec une courbe de vitesse « Montage » (début et fin à vitesse normale) ;",
            "22–32 s : test de la stabilisation et de l'autofocus sur mire, écran du boîtier en incrustation ;",
            "32–40 s : plan final sur fond blanc, filtre « Vif » à 40 % et balance des blancs corrigée pour coller aux packshots ;",
            "40–45 s : carton « Grade A — 1 090 € — garanti 12 mois » et logo ;",
            "sous-titres automatiques corrigés à la main, musique de la bibliothèque CapCut à −18 dB sous la voix de Théo, export "
            "1080 × 1920 à 30 images/s pour Instagram, YouTube Shorts et la fiche produit."]),
    ("h3", "4.4.3 Des visuels adaptés au site"),
    ("p", "Toutes les photos du site sont exportées en WebP, 1 600 pixels sur le grand côté (assez pour le zoom de la fiche), qualité "
          "80, ce qui donne des fichiers de 120 à 180 Ko au lieu de 600 Ko à 1,2 Mo en JPEG auparavant. Shopware génère ensuite les "
          "miniatures en 400 et 800 pixels pour les listings. Toutes les images sous la ligne de flottaison sont chargées en différé "
          "(lazy loading natif), et la vidéo de la fiche ne se charge qu'au clic sur sa vignette."),
    ("h2", "4.5 L'intérêt des internautes pour les nouvelles fiches"),
    ("p", "Pour mesurer l'effet de la nouvelle méthode de fiche, j'ai comparé dans GA4 le temps passé sur 20 fiches refaites en avril "
          "2025 (10 boîtiers et 10 objectifs) avec le temps passé sur les fiches des mêmes modèles en 2024 : 1 min 58 s en moyenne, contre "
          "1 min 12 s. Pour les commandes, la comparaison n'est pas possible : chaque fiche correspond à un article unique, qui est vendu "
          "une seule fois, donc il n'y a pas de « avant / après » sur une même fiche."),
    ("h2", "4.6 Le blog"),
    ("p", "Le blog a été installé et paramétré par Estuaire Web au moment de la refonte de 2023, sur le module blog de Shopware. "
          "Je m'occupe uniquement de la publication des articles."),
    ("h2", "4.7 Conversion"),
    ("p", "Notre objectif est de passer le taux de conversion de 1,4 % à 1,8 % d'ici fin 2026, ce qui correspond à environ 0,7 M€ de "
          "ventes en plus à trafic égal."),
    ("p", "Trois éléments freinent aujourd'hui la commande, d'après les remarques du tchat et les messages reçus :"),
    ("ol", ["**Les frais d'assurance du transport, affichés trop tard.** Pour les colis de plus de 500 €, une assurance obligatoire de 1,2 % "
            "s'ajoutait à la dernière étape, au moment du paiement. Des clients quittaient le tunnel en pensant à une erreur. Correction "
            "faite le 2 octobre 2025 : l'assurance est incluse dans les frais de port affichés dès la fiche et dans le panier.",
            "**La création de compte obligatoire** avant la livraison, qui gêne les clients qui n'achètent qu'une fois.",
            "**La carte des points relais** qui met plusieurs secondes à s'afficher sur mobile."]),

    # ------------------------------------------------------------------------------------------------ PARTIE 5
    ("h1", "PARTIE 5 — PILOTAGE"),
    ("bref", ["Le cahier des charges du module « offre de rachat instantanée » et le choix du prestataire.",
              "Mentions légales et CGV vérifiées, stock tracé à la pièce, contrôles par type de matériel.",
              "Un rachat en 8 étapes au lieu de 13, le stockage et le transport (→ annexes 8b, 9 et 10)."]),
    ("h2", "5.1 Cahier des charges : le module « offre de rachat instantanée »"),
    ("p", "Aujourd'hui, un vendeur attend 48 heures une offre de rachat, et Objectif Seconde Main répond en 24 heures. Le projet consiste "
          "à afficher une offre immédiatement sur le site, à partir des informations saisies par le vendeur. J'ai rédigé le cahier des "
          "charges en neuf parties, envoyé à trois agences en janvier 2026."),
    ("h3", "5.1.1 Contexte"),
    ("p", "Reflex Garonne a racheté 7 900 articles en 2025 et vise 10 000 en 2026. Le formulaire actuel (photos + description) oblige "
          "Nicolas ou un technicien à estimer chaque demande à la main : 14 000 demandes en 2025, 56 % d'offres acceptées, un délai moyen "
          "de réponse de 31 heures, jusqu'à 70 heures en période de lancement. Les vendeurs qui attendent comparent et partent chez la "
          "concurrence."),
    ("h3", "5.1.2 Directives de la direction"),
    ("p", "Sophie Duprat a fixé trois conditions, qui s'imposent au projet :"),
    ("ul", ["un budget maximum de 45 000 € HT, développement, recette et première année de maintenance compris ;",
            "une mise en ligne avant le 1er septembre 2026, pour que le module serve dès la campagne « Rachat Bonus Rentrée » de fin août ;",
            "chaque prix proposé doit être confirmé par un technicien : aucune offre ne part sans qu'un membre de l'atelier l'ait validée."]),
    ("h3", "5.1.3 Objectifs"),
    ("ol", ["Afficher une offre de rachat en moins de 10 secondes après la saisie du vendeur.",
            "Atteindre 10 000 articles rachetés en 2026.",
            "Faire passer le taux d'acceptation des offres de 56 % à 62 %.",
            "Couvrir les 600 modèles les plus rachetés, soit 85 % des demandes.",
            "Calculer le prix à partir de notre historique de revente et du grade déclaré.",
            "Générer l'étiquette Colissimo assurée dès l'acceptation de l'offre.",
            "Proposer l'avoir majoré au même écran que le virement.",
            "Être utilisable sur mobile, où arrivent 58 % des demandes.",
            "S'intégrer à Shopware 6.6 sans modifier le tunnel d'achat.",
            "Permettre à Nicolas de modifier la grille de prix sans développeur.",
            "Suivre chaque demande dans Looker Studio (demandes, offres, acceptations)."]),
    ("h3", "5.1.4 Périmètre"),
    ("p", "Le module couvre les boîtiers numériques, les optiques autofocus et les flashs des marques Canon, Nikon, Sony, Fujifilm, "
          "Panasonic et Olympus/OM System. Restent hors périmètre, avec le formulaire actuel : l'argentique, le moyen format, les "
          "optiques manuelles anciennes et les lots de plus de cinq articles."),
    ("h3", "5.1.5 Parcours du vendeur"),
    ("ol", ["choix de la catégorie puis du modèle dans une liste avec recherche (saisie semi-automatique) ;",
            "grade déclaré à partir de quatre descriptions illustrées ;",
            "nombre de déclenchements pour les boîtiers, avec une aide pour le trouver selon la marque ;",
            "accessoires fournis (cases à cocher) ;",
            "affichage de l'offre en virement et en avoir majoré ;",
            "acceptation, création ou connexion au compte, impression de l'étiquette."]),
    ("h3", "5.1.6 Exigences fonctionnelles"),
    ("ul", ["grille de prix par modèle et par grade, avec décote selon les déclenchements et bonus par accessoire, modifiable "
            "dans l'administration et importable en CSV ;",
            "périodes de bonus (+15 % ou +20 %) avec dates de début et de fin ;",
            "e-mail récapitulatif au vendeur avec l'offre, l'étiquette et les consignes d'emballage ;",
            "tableau des demandes dans l'administration, et relance si l'étiquette n'est pas utilisée sous sept jours."]),
    ("h3", "5.1.7 Exigences techniques"),
    ("ul", ["plugin Shopware 6.6 sans modification du cœur ;",
            "calcul de l'offre en moins de 2 secondes ;",
            "étiquettes générées par l'API Colissimo, assurance ad valorem selon le montant ;",
            "événements envoyés dans GA4 (demande, offre affichée, offre acceptée) ;",
            "code livré sur notre dépôt Git, avec la documentation d'installation et d'administration."]),
    ("h3", "5.1.8 Livrables et calendrier"),
    ("ul", ["maquettes validées : fin mars 2026 ;",
            "version de test sur le serveur de préproduction : fin mai 2026 ;",
            "recette par l'équipe e-commerce et l'atelier : juin 2026 ;",
            "mise en ligne : 7 juillet 2026, pendant la période calme ;",
            "garantie de correction des anomalies : trois mois après la mise en ligne."]),
    ("h3", "5.1.9 Budget et critères de recette"),
    ("p", "L'enveloppe est de 45 000 € HT. La recette sera prononcée quand 50 demandes tests couvrant les six marques auront été "
          "passées sans anomalie bloquante, que le calcul aura été comparé aux estimations manuelles de Nicolas sur 100 demandes réelles "
          "de 2025 (écart moyen inférieur à 5 %), et que les étiquettes auront été générées et scannées par Colissimo en conditions réelles."),
    ("h2", "5.2 Le choix du prestataire"),
    ("p", "Trois agences ont répondu : Estuaire Web, Pixelmare et Studio Kobalt. La grille de comparaison sur sept critères pondérés est "
          "en **→ annexe 6**. Nous avons retenu **Estuaire Web**, pour 41 800 € HT, avec une mise en ligne prévue le 7 juillet 2026."),
    ("h2", "5.3 Le cadre juridique du site"),
    ("h3", "5.3.1 Mentions légales"),
    ("p", "J'ai vérifié en octobre 2025 la page « Mentions légales ». Elle est accessible depuis le pied de page de toutes les pages du "
          "site, y compris dans le tunnel de commande, en un clic. Elle contient :"),
    ("ul", ["la dénomination, la forme et le capital : Reflex Garonne SAS au capital de 60 000 € ;",
            "l'adresse du siège à Bordeaux (33300), le numéro RCS de Bordeaux et le SIRET ;",
            "le numéro de TVA intracommunautaire (absent avant ma vérification, ajouté le 21 octobre 2025) ;",
            "la directrice de la publication : Sophie Duprat ;",
            "l'hébergeur : nom, adresse et téléphone de la société qui héberge le site pour Estuaire Web ;",
            "un contact : adresse e-mail et numéro de téléphone du service client ;",
            "la mention d'inscription au registre des revendeurs d'objets mobiliers tenu par la préfecture, obligatoire pour notre activité."]),
    ("h3", "5.3.2 Conditions générales de vente"),
    ("p", "J'ai relu nos CGV de vente article par article. Les points importants :"),
    ("ul", ["**Prix** : les articles relèvent de la TVA sur la marge ; les CGV le disent, mais les factures ne portaient pas la "
            "mention attendue. Le modèle de facture a été corrigé en novembre 2025.",
            "**Garanties** : garantie commerciale de 12 mois et garanties légales bien distinguées ; le paragraphe sur la conformité "
            "citait encore six mois de présomption au lieu de douze pour l'occasion : corrigé.",
            "**Rétractation** : 14 jours à compter de la réception, retour à la charge du client sauf non-conformité ; le formulaire type "
            "n'était pas téléchargeable, il l'est depuis novembre.",
            "**Grades** : les CGV renvoient vers la page « Nos grades », ce qui rend la définition de chaque grade contractuelle."]),
    ("h2", "5.4 L'équipe"),
    ("p", "Autour du site travaillent au quotidien Théo Marchal et les cinq techniciens de l'atelier pour le contrôle et le "
          "reconditionnement, Zoé Lartigue pour les photos et les vidéos, Samir Haddou pour le tchat conseil, deux préparateurs à "
          "l'expédition et moi. Les indicateurs suivis chaque mois pour l'équipe sont en **→ annexe 9**."),
    ("h2", "5.5 Le stock et l'atelier"),
    ("h3", "5.5.1 Un stock suivi pièce par pièce"),
    ("p", "Nous n'avons presque jamais deux articles identiques, et chaque article a son propre état. Le stock est donc géré à "
          "l'unité, par numéro de série, et non par référence : c'est ce qui nous permet d'honorer la garantie (nous savons quel "
          "exemplaire a été vendu à qui, et qui l'a contrôlé) et de répondre à la police en cas de doute. Chaque article reçoit :"),
    ("ul", ["une référence interne (RG + numéro) liée au numéro de série, inscrite au registre des objets achetés, obligatoire pour "
            "un revendeur d'occasion ;",
            "un grade, attribué après contrôle, qui fixe le prix ;",
            "un emplacement (zone, étagère, bac) scanné à chaque mouvement : réception, atelier, studio, stock, préparation ;",
            "une vérification du numéro de série dans le fichier des matériels déclarés volés (base communautaire Stolen Gear FR et "
            "liste des commissariats de la métropole) : un numéro signalé bloque l'article. Quatre articles ont été bloqués en 2025."]),
    ("p", "La tenue par numéro de série demande plus de temps à la réception, environ deux minutes par article, mais elle évite les "
          "erreurs de préparation : quand deux X-T3 grade A sont en stock, le client reçoit bien celui dont il a vu les photos."),
    ("h3", "5.5.2 Des contrôles différents selon le type de matériel"),
    ("p", "Le contrôle n'est pas le même pour tout le matériel, parce que les défauts qui coûtent cher ne sont pas les mêmes :"),
    ("ul", ["**Boîtiers numériques** : lecture du nombre de déclenchements par logiciel, inspection du capteur à la loupe et photo "
            "test à f/16 sur fond uni pour les poussières, autofocus sur mire, écran et molettes. Au-delà de 70 % de la durée de vie "
            "annoncée, le boîtier ne peut pas être classé mieux que B.",
            "**Optiques** : chaque lentille inspectée à la lampe torche, par l'avant et l'arrière, pour les champignons, le voile et "
            "les rayures ; huile sur les lamelles ; autofocus, stabilisation et décentrement sur mire. Un champignon actif entraîne un "
            "refus ou un nettoyage complet, car il contamine le stock voisin.",
            "**Boîtiers argentiques** : remplacement systématique des joints de lumière, presque toujours dégradés après trente ans, "
            "mesure des vitesses au testeur et contrôle de la cellule. C'est ce travail qui justifie un Pentax MX révisé à 189 €.",
            "**Flashs et accessoires** : test de charge, d'éclair et de communication avec un boîtier de la marque."]),
    ("p", "La file d'attente de l'atelier, avec le nombre d'articles à chaque étape et les délais de reconditionnement, est suivie dans "
          "le tableau de bord de l'atelier (**→ annexe 8b**)."),
    ("h2", "5.6 Le traitement des rachats et le stockage"),
    ("h3", "5.6.1 Un rachat en 8 étapes au lieu de 13"),
    ("p", "En juin 2025, j'ai chronométré avec Théo le traitement de 40 colis de rachat, de l'ouverture du carton à la proposition "
          "de prix définitive : 13 étapes et 26 minutes en moyenne, avec beaucoup de doubles saisies et d'allers-retours entre l'établi "
          "et l'ordinateur. Voici ce que nous avons changé :"),
    ("t", [["Avant (13 étapes, 26 min)", "Après (8 étapes, 14 min)", "Ce qui a changé"],
           ["1. Ouvrir le colis, 2. Photographier le contenu", "1. Ouvrir et photographier le contenu (une seule photo, tablette à l'établi)", "Tablette à l'établi"],
           ["3. Chercher la demande dans la boîte mail, 4. Imprimer la demande", "2. Scanner l'étiquette : la demande s'ouvre dans Shopware", "Plus d'impression"],
           ["5. Saisir le numéro de série à la main, 6. Vérifier le fichier des objets volés", "3. Scanner le numéro de série : vérification automatique", "Lecteur de codes"],
           ["7. Déplacer l'article vers l'établi de contrôle", "4. Contrôle sur le même établi", "Réception et contrôle fusionnés"],
           ["8. Contrôler, 9. Noter les résultats sur papier", "5. Contrôler en cochant la check-list sur la tablette", "Check-list par type de matériel"],
           ["10. Ressaisir les résultats dans Shopware", "—", "Supprimée (saisie directe)"],
           ["11. Calculer le prix avec Nicolas", "6. Prix calculé par la grille, ajusté si besoin", "Grille de prix par modèle et par grade"],
           ["12. Envoyer le prix au vendeur par e-mail", "7. Envoi automatique de la proposition", "Modèle d'e-mail Shopware"],
           ["13. Ranger l'article en attente", "8. Ranger en zone « attente vendeur » avec emplacement scanné", "Emplacement tracé"]],
     [5.6, 6.0, 5.0], "Tableau 17 — Traitement d'un colis de rachat, avant et après (mesure sur 40 colis, juin et octobre 2025)"),
    ("p", "Mesuré de nouveau sur 40 colis en octobre 2025 : 14 minutes en moyenne par colis. Sur 7 900 rachats par an, cela libère "
          "environ 1 580 heures de technicien, soit presque un poste à temps plein, qui sert à absorber la hausse des rachats prévue en "
          "2026 sans recruter."),
    ("h3", "5.6.2 Les solutions de stockage"),
    ("p", "Avec 10 000 rachats visés, le stock va grossir et nous manquons déjà de place. J'ai listé les solutions possibles pour "
          "chaque type de matériel :"),
    ("t", [["Solution", "Pour quel matériel", "Capacité", "Avantages", "Limites", "Coût"],
           ["Armoires déshumidifiantes (40 % d'humidité)", "Optiques, surtout anciennes", "80 à 120 optiques par armoire",
            "Empêchent les champignons de se développer", "Encombrantes, électricité", ""],
           ["Rayonnages de picking avec bacs étiquetés", "Boîtiers, flashs, accessoires", "600 emplacements pour 4 travées",
            "Préparation rapide, emplacements scannables", "Pas de contrôle de l'humidité", ""],
           ["Vitrines fermant à clé", "Articles de plus de 1 500 €, showroom", "40 articles", "Sécurité, mise en valeur au showroom",
            "Faible capacité, accès plus lent", ""],
           ["Étagères mobiles sur rails", "Stock en attente vendeur", "+35 % de capacité au sol", "Gain de place", "Accès un par un", ""]],
     [3.6, 3.0, 2.8, 3.2, 3.0, 1.2], "Tableau 18 — Solutions de stockage étudiées"),
    ("h2", "5.7 Le transport"),
    ("p", "Nous expédions environ 800 colis par mois, quasiment tous assurés. Le classement de nos transporteurs est en **→ annexe 10**."),
    ("p", "Pour la satisfaction de nos clients sur la livraison, voir annexe 11."),

    # ------------------------------------------------------------------------------------------------ GLOSSAIRE
    ("h1", "Glossaire"),
    ("gl", "Boîtier", "le corps de l'appareil photo, sans objectif (« boîtier nu »)."),
    ("gl", "Objectif, optique", "ce qui se monte sur le boîtier (zoom ou focale fixe)."),
    ("gl", "Monture", "le système de fixation entre boîtier et objectif, propre à chaque marque (Canon EF ou RF, Nikon F ou Z, Sony E, Fujifilm X…)."),
    ("gl", "Feed / flux", "le fichier des produits envoyé au Google Merchant Center pour les annonces Shopping."),
    ("gl", "Shopping", "les annonces Google avec photo, prix et nom du marchand, alimentées par le flux."),
]

# Numéros de page de la table des matières (mesurés sur le rendu LibreOffice du document généré).
PAGES = {
    'Introduction': 4,
    'Reflex Garonne en quelques mots': 4,
    'Ma mission': 4,
    'PARTIE 1 — STRATÉGIE': 5,
    '1.1 Nos familles de clients': 5,
    '1.2 Veille concurrentielle': 6,
    '1.3 Grille atouts-risques': 7,
    '1.4 Cap 2026': 8,
    '1.5 Feuille de route 2026': 9,
    '1.6 Synergies': 10,
    "1.7 Bilan de l'opération de novembre 2025": 11,
    '1.8 Budget et retour sur investissement': 11,
    'PARTIE 2 — ANIMATION ET VENTE': 12,
    '2.1 La campagne « Rachat Bonus Rentrée »': 12,
    "2.2 Les apporteurs d'audience": 13,
    '2.3 Le tchat conseil': 13,
    '2.4 Réseaux sociaux et communauté': 14,
    '2.5 Mettre les bons articles en vitrine dans Shopware': 14,
    '2.6 Le paiement': 15,
    '2.7 Le financement': 16,
    '2.8 La fidélisation': 16,
    'PARTIE 3 — VISIBILITÉ': 17,
    "3.1 Le plan d'action du référencement naturel": 17,
    '3.2 Les mots-clés': 18,
    "3.3 L'arborescence thématique des objectifs": 19,
    '3.4 Les liens entrants': 19,
    '3.5 Google Ads': 19,
    '3.6 Les indicateurs de performance': 21,
    '3.7 Retour sur investissement et corrections': 22,
    'PARTIE 4 — CONTENUS': 23,
    '4.1 Qui produit nos visuels': 23,
    "4.2 Méthode d'écriture d'un article : « Quel objectif pour débuter en Fuji ? »": 23,
    "4.3 La fiche produit d'occasion": 24,
    '4.4 Packshots et vidéo': 25,
    "4.5 L'intérêt des internautes pour les nouvelles fiches": 26,
    '4.6 Le blog': 26,
    '4.7 Conversion': 27,
    'PARTIE 5 — PILOTAGE': 28,
    '5.1 Cahier des charges : le module « offre de rachat instantanée »': 28,
    '5.2 Le choix du prestataire': 30,
    '5.3 Le cadre juridique du site': 30,
    "5.4 L'équipe": 31,
    "5.5 Le stock et l'atelier": 31,
    '5.6 Le traitement des rachats et le stockage': 32,
    '5.7 Le transport': 33,
    'Glossaire': 34,
}
NUMPAGES = "34"


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
        pf.space_after = Pt(2 if lvl == 2 else 4)
        pf.space_before = Pt(0 if lvl == 2 else 4)
        pf.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if lvl == 1:
            st.font.bold = True


def add_table(doc, rows, widths, caption):
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
            lines = val.split("\n")
            for k, line in enumerate(lines):
                cp_ = c.paragraphs[0] if k == 0 else c.add_paragraph()
                cp_.paragraph_format.space_after = Pt(0)
                cp_.paragraph_format.line_spacing = 1.0
                rich(cp_, line, size=9.5)
            if i == 0:
                set_cell_bg(c, NAVY)
                for cp_ in c.paragraphs:
                    for rr in cp_.runs:
                        rr.bold = True
                        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            elif j == 0 and len(rows[0]) > 2:
                set_cell_bg(c, "EEF2F7")
    cap = doc.add_paragraph()
    cap.paragraph_format.space_before = Pt(3)
    cap.paragraph_format.space_after = Pt(10)
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cap.add_run(caption)
    r.italic = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    st.font.size = Pt(11.5)
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.line_spacing = 1.3
    for name, size, color in (("Heading 1", 17, (0x1D, 0x35, 0x57)), ("Heading 2", 13.5, (0x1D, 0x35, 0x57)),
                              ("Heading 3", 11.5, (0xB5, 0x6F, 0x10))):
        hs = doc.styles[name]
        hs.font.color.rgb = RGBColor(*color)
        hs.font.size = Pt(size)
        hs.font.name = "Calibri"
    ensure_toc_styles(doc)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.4)
    sec.bottom_margin = Cm(2.2)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Reflex Garonne — Dossier professionnel — B. Lacoste")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x1D, 0x35, 0x57)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("page ").font.size = Pt(9)
    add_field(fp, "PAGE", "2")
    fp.add_run(" sur ").font.size = Pt(9)
    add_field(fp, "NUMPAGES", NUMPAGES)

    # Page de garde
    for _ in range(3):
        doc.add_paragraph()
    for text, size, bold, color in [
            ("Titre RNCP Chef de projet e-commerce — session 2026", 11.5, False, None),
            ("Reflex Garonne", 30, True, (0x1D, 0x35, 0x57)),
            ("Dossier professionnel", 20, True, (0xB5, 0x6F, 0x10)),
            ("Développer la vente en ligne de matériel photo d'occasion : stratégie, animation, visibilité, contenus et pilotage",
             13, False, None),
            ("Blocs de compétences 1 à 5", 12, False, None)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(text)
        rr.font.size = Pt(size)
        rr.bold = bold
        if color:
            rr.font.color.rgb = RGBColor(*color)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run("[photo atelier]")
    rr.italic = True
    rr.font.size = Pt(12)
    rr.font.color.rgb = RGBColor(0x88, 0x88, 0x88)
    for _ in range(7):
        doc.add_paragraph()
    for line in ["Benjamin Lacoste — chef de projet e-commerce junior (alternance)",
                 "Mastère Chef de projet e-commerce, formation à distance, 2e année",
                 "Reflex Garonne SAS — Bordeaux-Bacalan (33)",
                 "Tutrice : Sophie Duprat, directrice générale",
                 "Annexes : document séparé « reflex-garonne-annexes.pdf »",
                 "Mai 2026"]:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
    doc.add_page_break()

    # Table des matières automatique (champ TOC avec résultat en cache)
    p = doc.add_paragraph(style="TOC Heading")
    p.add_run("Sommaire")
    entries = [(item[1], 1 if item[0] == "h1" else 2) for item in CONTENT if item[0] in ("h1", "h2")]
    for k, (title, lvl) in enumerate(entries):
        tp = doc.add_paragraph(style="TOC %d" % lvl)
        if k == 0:
            fld(tp, "begin")
            instr(tp, 'TOC \\o "1-2" \\h \\z \\u')
            fld(tp, "separate")
        tp.add_run(title + "\t" + str(PAGES.get(title, "")))
        if k == len(entries) - 1:
            fld(tp, "end")
    doc.add_page_break()

    first_h1 = True
    for item in CONTENT:
        kind = item[0]
        if kind == "h1":
            h = doc.add_heading(item[1], level=1)
            if not first_h1:
                h.paragraph_format.page_break_before = True
            first_h1 = False
        elif kind == "h2":
            doc.add_heading(item[1], level=2)
        elif kind == "h3":
            doc.add_heading(item[1], level=3)
        elif kind == "p":
            rich(doc.add_paragraph(), item[1]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "bref":
            p = doc.add_paragraph()
            box(p)
            p.paragraph_format.space_after = Pt(0)
            rr = p.add_run("En bref")
            rr.bold = True
            rr.font.color.rgb = RGBColor(0xB5, 0x6F, 0x10)
            for line in item[1]:
                bp = doc.add_paragraph()
                box(bp)
                bp.paragraph_format.space_after = Pt(0)
                rich(bp, "• " + line, size=10)
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
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
        elif kind == "t":
            add_table(doc, item[1], item[2], item[3])
        elif kind == "gl":
            gp = doc.add_paragraph()
            gp.paragraph_format.space_after = Pt(3)
            rr = gp.add_run(item[1] + " : ")
            rr.bold = True
            gp.add_run(item[2])
        elif kind == "pb":
            doc.add_page_break()

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Reflex Garonne — Dossier professionnel — Benjamin Lacoste"
    cp.subject = "Titre Chef de projet e-commerce — blocs 1 à 5 — session 2026"
    cp.created = datetime.datetime(2025, 11, 3, 19, 5, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 31
    doc.save(FILE)
    repack(FILE)
    print("ok", FILE)


# ================================================================================ annexes PDF (A4 paysage, tableaux seuls)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DS", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DSB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DSC", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DSCB", FD + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DSO", FD + "DejaVuSans-Oblique.ttf"))
PDF = os.path.join(OUT, "reflex-garonne-annexes.pdf")
LW, LH = landscape(A4)
M = 1.3 * cm
UW = LW - 2 * M
C_NAVY = colors.HexColor("#1D3557")
C_AMBER = colors.HexColor("#E9A23B")
C_LIGHT = colors.HexColor("#EEF2F7")
C_GRID = colors.HexColor("#9AA5B1")
band_st = ParagraphStyle("band", fontName="DSB", fontSize=12.5, leading=15, textColor=colors.white)
src_st = ParagraphStyle("src", fontName="DSO", fontSize=7.6, leading=9.5, textColor=colors.HexColor("#555555"), spaceBefore=4)
sub_st = ParagraphStyle("sub", fontName="DSB", fontSize=9, leading=11, textColor=C_NAVY, spaceBefore=6, spaceAfter=3)


def cst(fs, bold=False, cond=False, align=0, color=colors.black):
    name = ("DSCB" if bold else "DSC") if cond else ("DSB" if bold else "DS")
    return ParagraphStyle("c%s%s%s%s" % (fs, bold, cond, align), fontName=name, fontSize=fs, leading=fs * 1.22,
                          alignment=align, textColor=color)


def nb(x):
    return "{:,}".format(x).replace(",", "\u00a0")


def eur(x):
    return nb(int(round(x))) + "\u00a0€"


def band(title):
    t = Table([[Paragraph(title, band_st)]], colWidths=[UW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), C_NAVY), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                           ("LINEBELOW", (0, 0), (-1, -1), 3, C_AMBER)]))
    return [t, Spacer(1, 8)]


def grid(rows, widths, fs=8.2, cond=False, num_cols=(), extra=None, first_col_bold=False, pad=(1.6, 2.2)):
    hs = cst(fs, True, cond, color=colors.white)
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            if i == 0:
                line.append(Paragraph(str(v), hs))
            else:
                line.append(Paragraph(str(v), cst(fs, first_col_bold and j == 0, cond, 2 if j in num_cols else 0)))
        data.append(line)
    t = Table(data, colWidths=[w * UW / sum(widths) for w in widths], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.4, C_GRID), ("BACKGROUND", (0, 0), (-1, 0), C_NAVY),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), pad[0]),
             ("BOTTOMPADDING", (0, 0), (-1, -1), pad[1]), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), C_LIGHT))
    if extra:
        style += extra
    t.setStyle(TableStyle(style))
    return t


def source(text):
    return Paragraph("Source : " + text, src_st)


def deco(c, d):
    c.saveState()
    c.setFont("DS", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(M, LH - 0.85 * cm, "Reflex Garonne — annexes du dossier professionnel — B. Lacoste — session 2026")
    c.drawRightString(LW - M, 0.65 * cm, "page %d / 12" % d.page)
    c.restoreState()


S = []

# ---------------------------------------------------------------- ANNEXE 1
S += band("ANNEXE 1 — Enquête clients, octobre 2025 (n = 640)")
S.append(grid([["Famille de clients", "Répondants", "Part", "Âge médian", "Achats chez nous (médiane)", "Panier moyen déclaré", "Ont déjà revendu chez nous"],
               ["Experts qui montent en gamme", "282", "44 %", "43 ans", "3", "780 €", "61 %"],
               ["Débutants et étudiants", "243", "38 %", "23 ans", "1", "390 €", "9 %"],
               ["Pros de la vidéo", "115", "18 %", "34 ans", "4", "1 240 €", "37 %"],
               ["Ensemble", "640", "100 %", "32 ans", "2", "640 €", "35 %"]],
              [5.2, 2.2, 1.6, 2.0, 3.2, 2.8, 3.2], num_cols=(1, 2, 3, 4, 5, 6), first_col_bold=True))
S.append(Spacer(1, 6))
att = [["Attentes (plusieurs réponses)", "Experts", "Débutants", "Pros vidéo"],
       ["Payer 30 à 40 % de moins que le neuf", "81 %", "66 %", "38 %"],
       ["Connaître l'état réel de la pièce", "72 %", "58 %", "63 %"],
       ["Revendre l'ancien matériel au même endroit", "58 %", "12 %", "35 %"],
       ["Un kit complet sous 800 €", "9 %", "74 %", "3 %"],
       ["Être conseillé pour choisir", "22 %", "69 %", "14 %"],
       ["Payer en plusieurs fois", "27 %", "41 %", "18 %"],
       ["Matériel disponible tout de suite", "31 %", "20 %", "77 %"],
       ["Facture avec TVA et nom de société", "4 %", "2 %", "70 %"],
       ["Lots boîtier + optiques", "11 %", "29 %", "44 %"]]
cra = [["Craintes (plusieurs réponses)", "Experts", "Débutants", "Pros vidéo"],
       ["Défaut caché (capteur, autofocus)", "66 %", "48 %", "51 %"],
       ["Compteur de déclenchements trafiqué", "37 %", "12 %", "30 %"],
       ["Attendre le paiement du rachat", "29 %", "5 %", "14 %"],
       ["Se tromper de monture ou de format", "8 %", "55 %", "6 %"],
       ["Pas de garantie sur l'occasion", "33 %", "61 %", "47 %"],
       ["Tomber sur une arnaque", "21 %", "34 %", "9 %"],
       ["Panne en plein tournage", "12 %", "3 %", "59 %"],
       ["SAV trop long", "25 %", "18 %", "52 %"],
       ["Batteries fatiguées", "15 %", "9 %", "40 %"]]
ta = grid(att, [5.4, 1.5, 1.6, 1.6], fs=7.9, num_cols=(1, 2, 3))
tc = grid(cra, [5.4, 1.5, 1.6, 1.6], fs=7.9, num_cols=(1, 2, 3))
pair = Table([[ta, tc]], colWidths=[UW / 2, UW / 2])
pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), 6),
                          ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
ta._argW = [w * (UW / 2 - 6) / 10.1 for w in (5.4, 1.5, 1.6, 1.6)]
tc._argW = [w * (UW / 2) / 10.1 for w in (5.4, 1.5, 1.6, 1.6)]
S.append(pair)
S.append(Spacer(1, 6))
S.append(grid([["Comment nous avez-vous découverts ?", "Google", "YouTube", "Bouche-à-oreille", "École ou club", "Instagram", "Comparateur", "Showroom"],
               ["Experts", "41 %", "18 %", "14 %", "6 %", "9 %", "8 %", "4 %"],
               ["Débutants et étudiants", "35 %", "22 %", "9 %", "21 %", "10 %", "2 %", "1 %"],
               ["Pros de la vidéo", "33 %", "12 %", "21 %", "3 %", "6 %", "4 %", "21 %"]],
              [5.2, 1.6, 1.6, 2.2, 2.0, 1.6, 1.8, 1.7], fs=7.9, num_cols=(1, 2, 3, 4, 5, 6, 7), first_col_bold=True))
S.append(source("questionnaire en ligne envoyé du 6 au 24 octobre 2025 à 4 870 clients (achats des 18 derniers mois) ; 640 réponses complètes ; "
                "familles attribuées d'après les réponses et l'historique Shopware ; traitement B. Lacoste."))
S.append(PageBreak())

# ---------------------------------------------------------------- ANNEXE 2 (Gantt sur deux pages)
MONTHS1 = [("janv.", 1, 5), ("févr.", 6, 9), ("mars", 10, 13), ("avril", 14, 18), ("mai", 19, 22), ("juin", 23, 26)]
MONTHS2 = [("juil.", 27, 31), ("août", 32, 35), ("sept.", 36, 40), ("oct.", 41, 44), ("nov.", 45, 48), ("déc.", 49, 52)]
TASKS = [
    # (tâche, responsable, [(début, fin)], couleur)
    ("Cahier des charges du module de rachat instantané", "Benjamin", [(2, 5)], "P"),
    ("Consultation de trois agences et choix", "Benjamin, Sophie", [(4, 8)], "P"),
    ("Maquettes du module", "Estuaire Web", [(10, 13)], "P"),
    ("Développement du module", "Estuaire Web", [(14, 22)], "P"),
    ("Recette du module (50 demandes tests)", "Benjamin, Théo", [(23, 26)], "P"),
    ("Mise en ligne et garantie de correction", "Estuaire Web", [(28, 40)], "P"),
    ("Pages monture « Objectifs d'occasion » (textes)", "Benjamin, Théo", [(3, 9)], "S"),
    ("Guides du blog (deux par mois)", "Benjamin", [(2, 50)], "S"),
    ("Liens entrants (sites photo, clubs)", "Benjamin", [(10, 44)], "S"),
    ("Google Ads Shopping (phase 1)", "Benjamin", [(1, 52)], "A"),
    ("Search « rachat » et Performance Max (phase 2)", "Benjamin", [(19, 52)], "A"),
    ("Rachat « lancements » autour du salon CP+", "Benjamin, Zoé", [(8, 12)], "C"),
    ("Campagne pros de la vidéo avant les mariages", "Benjamin, Zoé", [(10, 18)], "C"),
    ("Newsletter et relance des anciens vendeurs (phase 2)", "Benjamin", [(19, 52)], "A"),
    ("Reels, Shorts « grading en 60 s », Discord", "Zoé, Samir", [(19, 52)], "A"),
    ("Synergies clubs et École d'Images", "Sophie, Benjamin", [(6, 14), (30, 35)], "C"),
    ("Collecte d'avis clients", "Samir", [(12, 52)], "S"),
    ("Réaménagement du stockage", "Théo", [(27, 31)], "L"),
    ("« Rachat Bonus Rentrée » : préparation", "Benjamin, Zoé", [(30, 33)], "C"),
    ("« Rachat Bonus Rentrée » : campagne", "Benjamin, Samir", [(34, 40)], "C"),
    ("Affiliation Comparo-Photo (phase 3)", "Benjamin", [(36, 52)], "A"),
    ("Display sur des sites photo (phase 3)", "Benjamin", [(40, 52)], "A"),
    ("« Novembre Déclic » et Black Friday", "Benjamin, équipe", [(45, 48)], "C"),
    ("Noël : sélection cadeaux et argentique", "Benjamin, Zoé", [(49, 52)], "C"),
    ("Bilan de l'année et cap 2027", "Benjamin, Sophie", [(50, 52)], "P"),
]
TCOL = {"P": colors.HexColor("#1D3557"), "S": colors.HexColor("#2A9D8F"), "A": colors.HexColor("#457B9D"),
        "C": colors.HexColor("#E9A23B"), "L": colors.HexColor("#8D6E63")}


def gantt(w0, w1, months):
    n = w1 - w0 + 1
    h = cst(6.8, True, True, 1, colors.white)
    c = cst(6.9, False, True)
    r1 = [Paragraph("Tâche", cst(7.2, True, True, color=colors.white)), Paragraph("Responsable", cst(7.2, True, True, color=colors.white)),
          Paragraph("Durée", cst(7.2, True, True, 1, colors.white))]
    r1 += [""] * n
    r2 = ["", "", ""] + [Paragraph("S%d" % w, cst(5.6, True, True, 1, colors.white)) for w in range(w0, w1 + 1)]
    for m, a, b in months:
        r1[3 + a - w0] = Paragraph(m, h)
    data = [r1, r2]
    style = [("GRID", (0, 0), (-1, -1), 0.3, C_GRID), ("BACKGROUND", (0, 0), (-1, 1), C_NAVY),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
             ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1))]
    for m, a, b in months:
        style.append(("SPAN", (3 + a - w0, 0), (3 + b - w0, 0)))
    for i, (task, who, spans, kind) in enumerate(TASKS):
        dur = sum(b - a + 1 for a, b in spans)
        row = [Paragraph(task, c), Paragraph(who, c), Paragraph("%d sem." % dur, cst(6.9, False, True, 1))] + [""] * n
        data.append(row)
        for a, b in spans:
            a2, b2 = max(a, w0), min(b, w1)
            if a2 <= b2:
                style.append(("BACKGROUND", (3 + a2 - w0, i + 2), (3 + b2 - w0, i + 2), TCOL[kind]))
    tw = [7.4, 3.0, 1.3]
    rest = UW / cm - sum(tw)
    widths = [x * cm for x in tw] + [rest * cm / n] * n
    t = Table(data, colWidths=widths, repeatRows=2)
    t.setStyle(TableStyle(style))
    return t


def legend():
    cells = []
    for k, lab in (("P", "Projet module de rachat"), ("S", "Référencement naturel"), ("A", "Canaux d'acquisition"),
                   ("C", "Campagnes et temps forts"), ("L", "Atelier et stock")):
        cells += ["", Paragraph(lab, cst(7, False, True))]
    t = Table([cells], colWidths=[0.5 * cm, 4.3 * cm] * 5)
    st = [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for i, k in enumerate("PSACL"):
        st.append(("BACKGROUND", (2 * i, 0), (2 * i, 0), TCOL[k]))
    t.setStyle(TableStyle(st))
    t.hAlign = "LEFT"
    return t


S += band("ANNEXE 2 — Feuille de route 2026 (1/2) : semaines 1 à 26")
S.append(gantt(1, 26, MONTHS1))
S.append(Spacer(1, 5))
S.append(legend())
S.append(source("feuille de route validée avec Sophie Duprat le 15 décembre 2025 ; semaines ISO 2026 ; durée = nombre total de semaines de la tâche."))
S.append(PageBreak())
S += band("ANNEXE 2 — Feuille de route 2026 (2/2) : semaines 27 à 52")
S.append(gantt(27, 52, MONTHS2))
S.append(Spacer(1, 5))
S.append(legend())
S.append(source("feuille de route validée avec Sophie Duprat le 15 décembre 2025 ; semaines ISO 2026 ; durée = nombre total de semaines de la tâche."))
S.append(PageBreak())

# ---------------------------------------------------------------- ANNEXE 3
BUD = [
    ("Référencement naturel", [("Abonnement Semrush Guru", 1680), ("Rédaction de guides (24 × 180 €, pigiste)", 4320),
                               ("Articles invités et liens entrants", 3000), ("Pages modèles et redirections (Estuaire Web)", 6500)], 310000,
     "trafic organique +15 %, conversion 1,4 %"),
    ("Google Ads Shopping", [("Achat de clics", 42000)], 400000, "ROAS 950 %"),
    ("Google Ads Search « rachat »", [("Achat de clics", 16000)], 52000, "valeur de revente des articles rachetés"),
    ("Performance Max", [("Achat de clics et d'affichages", 26000)], 160000, "ROAS 615 %"),
    ("E-mailing", [("Outil d'envoi (abonnement annuel)", 1300), ("Création des gabarits", 1800)], 95000, "2 envois par mois, 28 000 abonnés"),
    ("Réseaux sociaux", [("CapCut Pro", 96), ("Publications sponsorisées Instagram", 6000), ("Vidéos YouTubeurs (5 vidéos)", 4500)], 48000,
     "codes promo YouTubeurs et liens suivis"),
    ("Affiliation Comparo-Photo", [("Clics facturés (20 000 × 0,35 €)", 7000)], 70000, "conversion 0,9 % sur les clics"),
    ("Display sur des sites photo", [("Emplacements bannières (4 mois)", 8000)], 30000, "campagne Noël et argentique"),
    ("Synergies clubs et école", [("Remises accordées (kits rentrée)", 3500), ("Soirées « grading » dans les clubs", 1200)], 36000,
     "140 étudiants, 12 clubs"),
    ("Tchat conseil", [("Abonnement Gorgias", 3600)], 0, "pas de recette directe comptée"),
]
rows = [["Canal", "Poste de dépense", "Dépense 2026 HT", "Total canal", "Recette attendue HT", "Hypothèse de recette"]]
tot_d = tot_r = 0
extra = []
for canal, postes, rec, hyp in BUD:
    sub = sum(x for _, x in postes)
    tot_d += sub
    tot_r += rec
    start = len(rows)
    for k, (poste, x) in enumerate(postes):
        rows.append([canal if k == 0 else "", poste, eur(x), eur(sub) if k == 0 else "", (eur(rec) if rec else "—") if k == 0 else "",
                     hyp if k == 0 else ""])
    if len(postes) > 1:
        for col in (0, 3, 4, 5):
            extra.append(("SPAN", (col, start), (col, start + len(postes) - 1)))
rows.append(["Total", "", eur(tot_d), eur(tot_d), eur(tot_r), ""])
extra.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#FDF3E1")))
S += band("ANNEXE 3 — Budget prévisionnel 2026 par canal")
S.append(grid(rows, [3.8, 5.6, 2.2, 2.0, 2.4, 4.6], fs=8, num_cols=(2, 3, 4), extra=extra, first_col_bold=True))
S.append(Spacer(1, 8))
S.append(grid([["Hors canaux", "Poste", "Montant HT", "Étalement"],
               ["Projet module de rachat instantané", "Développement, recette et 1re année de maintenance (Estuaire Web)", eur(41800), "40 % à la commande, 60 % à la recette"],
               ["Répartition des canaux par phase", "Phase 1 : 9 000 €/mois ; phase 2 : 14 000 €/mois ; phase 3 : 16 000 €/mois", eur(9000 * 4 + 14000 * 4 + 16000 * 4), "janvier à décembre"]],
              [4.4, 8.4, 2.4, 5.4], fs=8, num_cols=(2,), first_col_bold=True))
S.append(source("budget construit par B. Lacoste à partir des dépenses réelles 2025 (comptabilité, Google Ads) et des devis reçus ; validé le 15 décembre 2025."))
S.append(PageBreak())

# ---------------------------------------------------------------- ANNEXE 4
C1 = [["Heure", "Qui", "Message"],
      ["20:12", "Client", "Bonsoir, je regarde le Fujinon 55 mm f/1.8. Je suis sur un Sony A7 III, ça marche ?"],
      ["20:13", "Samir", "Bonsoir ! Oui : c'est un objectif Fuji ancien en monture M42 (vis de 42 mm). Il se monte sur votre A7 III avec une bague M42 → Sony E, sans lentille, donc sans perte de qualité, et vous gardez la mise au point à l'infini."],
      ["20:14", "Client", "Et l'autofocus ?"],
      ["20:15", "Samir", "Pas d'autofocus, tout se fait à la main. Sur l'A7 III, activez le focus peaking (Menu > Mise au point > Réglage d'intensification) : les zones nettes s'entourent de couleur, c'est très confortable."],
      ["20:16", "Client", "Ok. Il est dans quel état ? J'ai peur des champignons sur les vieux objectifs."],
      ["20:18", "Samir", "Théo l'a contrôlé à la lampe le 9 octobre : pas de champignon, pas de voile, diaphragme sec. Petite marque sur la bague de mise au point, photo 3 de la fiche. Garanti 12 mois comme le reste."],
      ["20:19", "Client", "Vous avez la bague ?"],
      ["20:19", "Samir", "Oui, bague M42 → Sony E en laiton à 24 €. Je vous mets le lien. Avec les deux articles, vous passez les 100 € et la livraison Colissimo est offerte."],
      ["20:24", "Client", "C'est commandé, merci !"],
      ["20:24", "Samir", "Merci à vous ! Le colis part demain avant 13 h. Bonnes photos !"],
      ["Issue", "", "Commande n° 100-48217 : Fujinon 55 mm f/1.8 grade A (79 €) + bague M42 → Sony E (24 €) = 103 € TTC, livraison offerte."]]
C2 = [["Heure", "Qui", "Message"],
      ["17:41", "Client", "Bonjour, le 70-200 f/2.8 IS II est visible au magasin ? Je voudrais l'essayer sur mon boîtier avant d'acheter."],
      ["17:42", "Samir", "Bonjour ! Oui, il est à Bacalan. Le showroom est ouvert du mardi au vendredi de 10 h à 18 h 30, il vous reste 50 minutes aujourd'hui."],
      ["17:43", "Client", "Impossible, je travaille. Je pensais passer samedi matin."],
      ["17:44", "Samir", "Le samedi le showroom est fermé, désolé. Je peux vous le réserver jusqu'à mardi, ou vous pouvez le commander et le retourner sous 14 jours s'il ne vous convient pas."],
      ["17:46", "Client", "1 090 € sans l'avoir eu en main, je préfère pas. Et mardi je ne peux pas non plus."],
      ["17:47", "Samir", "Je comprends. Je peux vous envoyer les photos du test sur mire à 70 et à 200 mm. Le paiement en 4 fois sans frais est aussi possible."],
      ["17:49", "Client", "Merci mais je vais voir si je trouve quelqu'un qui ouvre le samedi. Bonne soirée."],
      ["17:49", "Samir", "Bonne soirée, n'hésitez pas à revenir vers nous."],
      ["Issue", "", "Pas de vente. L'objectif a été vendu le 24 octobre à un autre client."]]
S += band("ANNEXE 4 — Tchat conseil : deux conversations et statistiques")
t1 = grid(C1, [1.1, 1.2, 10.5], fs=7.2, cond=True, extra=[("BACKGROUND", (0, len(C1) - 1), (-1, len(C1) - 1), colors.HexColor("#DFF3E4"))])
t2 = grid(C2, [1.1, 1.2, 10.5], fs=7.2, cond=True, extra=[("BACKGROUND", (0, len(C2) - 1), (-1, len(C2) - 1), colors.HexColor("#FBE3E1"))])
hw = (UW - 0.4 * cm) / 2
t1._argW = [w * hw / 12.8 for w in (1.1, 1.2, 10.5)]
t2._argW = [w * hw / 12.8 for w in (1.1, 1.2, 10.5)]
hd = Table([[Paragraph("Conversation 1 — mardi 14 octobre 2025, fiche « Fujinon 55 mm f/1.8 M42, grade A, 79 € » — vendue", sub_st),
             Paragraph("Conversation 2 — vendredi 17 octobre 2025, fiche « Canon EF 70-200 f/2.8L IS II, grade A, 1 090 € » — non vendue", sub_st)],
            [t1, t2]], colWidths=[hw + 0.4 * cm, hw])
hd.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (0, -1), 0.4 * cm)]))
S.append(hd)
S.append(Spacer(1, 6))
S.append(grid([["Mois (2025)", "Conversations", "Dont hors horaires (formulaire)", "Délai moyen de 1re réponse", "Durée moyenne", "Transférées à l'atelier", "Note de satisfaction", "Notes reçues"],
               ["Juillet", "620", "14 %", "2 min 40 s", "6 min 10 s", "9 %", "4,5 / 5", "151"],
               ["Août", "840", "17 %", "2 min 55 s", "6 min 30 s", "8 %", "4,4 / 5", "198"],
               ["Septembre", "1 410", "19 %", "3 min 20 s", "7 min 05 s", "7 %", "4,4 / 5", "342"],
               ["Octobre", "1 180", "15 %", "1 min 50 s", "6 min 40 s", "10 %", "4,6 / 5", "312"],
               ["Novembre", "1 350", "16 %", "2 min 05 s", "6 min 20 s", "9 %", "4,6 / 5", "330"],
               ["Décembre", "1 120", "18 %", "2 min 10 s", "5 min 50 s", "8 %", "4,7 / 5", "261"]],
              [2.2, 2.0, 3.2, 2.8, 2.2, 2.4, 2.4, 1.8], fs=7.8, num_cols=(1, 2, 3, 4, 5, 6, 7), first_col_bold=True))
S.append(source("export Gorgias (conversations anonymisées, prénom du conseiller conservé) ; statistiques Gorgias, juillet à décembre 2025."))
S.append(PageBreak())

# ---------------------------------------------------------------- ANNEXE 5
KW = [
    ("Boîtiers", "appareil photo occasion", 8100, 62, "Achat", "/boitiers-occasion"),
    ("Boîtiers", "appareil photo reconditionné", 2900, 55, "Achat", "/boitiers-occasion"),
    ("Boîtiers", "hybride occasion", 1600, 41, "Achat", "/boitiers-occasion/hybrides"),
    ("Boîtiers", "reflex occasion", 2400, 47, "Achat", "/boitiers-occasion/reflex"),
    ("Boîtiers", "fujifilm x-t3 occasion", 1900, 28, "Achat", "/modele/fujifilm-x-t3"),
    ("Boîtiers", "fujifilm x-t4 occasion", 1300, 27, "Achat", "/modele/fujifilm-x-t4"),
    ("Boîtiers", "fujifilm x-t30 occasion", 880, 22, "Achat", "/modele/fujifilm-x-t30"),
    ("Boîtiers", "sony a7 iii occasion", 2400, 36, "Achat", "/modele/sony-a7-iii"),
    ("Boîtiers", "sony a6400 occasion", 1000, 25, "Achat", "/modele/sony-a6400"),
    ("Boîtiers", "sony a7s ii occasion", 480, 21, "Achat", "/modele/sony-a7s-ii"),
    ("Boîtiers", "canon eos r6 occasion", 1300, 31, "Achat", "/modele/canon-eos-r6"),
    ("Boîtiers", "canon 5d mark iv occasion", 1000, 33, "Achat", "/modele/canon-5d-mark-iv"),
    ("Boîtiers", "canon 250d occasion", 720, 19, "Achat", "/modele/canon-250d"),
    ("Boîtiers", "nikon d750 occasion", 1000, 29, "Achat", "/modele/nikon-d750"),
    ("Boîtiers", "nikon z6 ii occasion", 590, 24, "Achat", "/modele/nikon-z6-ii"),
    ("Boîtiers", "nikon d5600 occasion", 590, 18, "Achat", "/modele/nikon-d5600"),
    ("Boîtiers", "panasonic gh5 occasion", 390, 20, "Achat", "/modele/panasonic-gh5"),
    ("Boîtiers", "boîtier plein format occasion", 320, 26, "Achat", "/boitiers-occasion/plein-format"),
    ("Boîtiers", "appareil photo argentique", 6600, 45, "Achat", "/argentique"),
    ("Boîtiers", "pentax mx", 880, 18, "Achat", "/modele/pentax-mx"),
    ("Objectifs", "objectif photo occasion", 1300, 38, "Achat", "/objectifs-occasion"),
    ("Objectifs", "objectif canon occasion", 880, 30, "Achat", "/objectifs-occasion/canon-ef"),
    ("Objectifs", "objectif sony fe occasion", 480, 24, "Achat", "/objectifs-occasion/sony-e"),
    ("Objectifs", "objectif fujifilm occasion", 590, 22, "Achat", "/objectifs-occasion/fujifilm-x"),
    ("Objectifs", "objectif nikon z occasion", 260, 17, "Achat", "/objectifs-occasion/nikon-z"),
    ("Objectifs", "70-200 2.8 occasion", 720, 26, "Achat", "/objectifs-occasion (filtre 70-200)"),
    ("Objectifs", "canon 70-200 2.8 occasion", 480, 24, "Achat", "/modele/canon-ef-70-200-f28l-is-ii"),
    ("Objectifs", "24-70 2.8 occasion", 590, 27, "Achat", "/objectifs-occasion (filtre 24-70)"),
    ("Objectifs", "sigma 18-35 1.8 occasion", 320, 19, "Achat", "/modele/sigma-18-35-f18"),
    ("Objectifs", "xf 35mm f2 occasion", 210, 12, "Achat", "/modele/fujifilm-xf-35-f2"),
    ("Objectifs", "xf 18-55 occasion", 260, 14, "Achat", "/modele/fujifilm-xf-18-55"),
    ("Objectifs", "sony 85mm 1.8 occasion", 210, 15, "Achat", "/modele/sony-fe-85-f18"),
    ("Objectifs", "50mm 1.8 occasion", 480, 20, "Achat", "/objectifs-occasion (filtre 50 mm)"),
    ("Objectifs", "objectif m42", 1300, 21, "Achat", "/objectifs-occasion/vintage-m42"),
    ("Objectifs", "helios 44-2", 1600, 23, "Achat", "/modele/helios-44-2"),
    ("Objectifs", "objectif vintage sony", 390, 18, "Achat", "/objectifs-occasion/vintage-m42"),
    ("Objectifs", "objectif pentax k occasion", 170, 11, "Achat", "/objectifs-occasion/pentax-k"),
    ("Objectifs", "objectif micro 4/3 occasion", 210, 13, "Achat", "/objectifs-occasion/micro-4-3"),
    ("Objectifs", "téléobjectif occasion", 170, 16, "Achat", "/objectifs-occasion (filtre télé)"),
    ("Objectifs", "objectif macro occasion", 260, 19, "Achat", "/objectifs-occasion (filtre macro)"),
    ("Rachat", "rachat appareil photo", 1900, 41, "Rachat", "/vendre-mon-materiel"),
    ("Rachat", "revendre son appareil photo", 1000, 35, "Rachat", "/vendre-mon-materiel"),
    ("Rachat", "rachat objectif photo", 480, 28, "Rachat", "/vendre-mon-materiel/objectifs"),
    ("Rachat", "vendre matériel photo", 720, 33, "Rachat", "/vendre-mon-materiel"),
    ("Rachat", "estimation appareil photo occasion", 590, 30, "Rachat", "/vendre-mon-materiel/estimation"),
    ("Rachat", "reprise appareil photo", 880, 38, "Rachat", "/vendre-mon-materiel"),
    ("Rachat", "revendre sony a7 iii", 140, 12, "Rachat", "/vendre-mon-materiel/sony"),
    ("Rachat", "rachat objectif canon", 170, 15, "Rachat", "/vendre-mon-materiel/canon"),
    ("Rachat", "cote appareil photo occasion", 480, 26, "Rachat", "/vendre-mon-materiel/estimation"),
    ("Rachat", "vendre objectif fuji", 110, 10, "Rachat", "/vendre-mon-materiel/fujifilm"),
    ("Guides", "objectif fuji débutant", 1300, 24, "Information", "/blog/objectif-fuji-debutant"),
    ("Guides", "meilleur objectif fujifilm", 880, 31, "Information", "/blog/objectif-fuji-debutant"),
    ("Guides", "quel appareil photo pour débuter", 4400, 48, "Information", "/blog/quel-boitier-pour-debuter"),
    ("Guides", "nombre de déclenchements appareil photo", 1600, 22, "Information", "/blog/nombre-de-declenchements"),
    ("Guides", "comment connaître le nombre de déclenchements", 720, 18, "Information", "/blog/nombre-de-declenchements"),
    ("Guides", "acheter un objectif d'occasion conseils", 210, 15, "Information", "/blog/acheter-objectif-occasion"),
    ("Guides", "champignon objectif photo", 590, 17, "Information", "/blog/champignons-objectif"),
    ("Guides", "joints de lumière argentique", 170, 9, "Information", "/blog/joints-de-lumiere"),
    ("Guides", "adapter un objectif m42 sur sony", 260, 14, "Information", "/blog/adapter-objectif-m42"),
    ("Guides", "différence hybride reflex", 1900, 39, "Information", "/blog/hybride-ou-reflex"),
]
assert len(KW) == 60
kw_rows = [["n°", "Groupe", "Expression", "Volume / mois", "Difficulté", "Intention", "Page cible"]]
for i, (g, k, v, d, it, pg) in enumerate(KW, 1):
    kw_rows.append([str(i), g, k, nb(v), "%d %%" % d, it, pg])
S += band("ANNEXE 5 — Grille de mots-clés (60 expressions) et positions")
S.append(grid(kw_rows, [0.8, 1.9, 7.0, 2.0, 1.8, 2.1, 7.6], fs=6.9, cond=True, num_cols=(0, 3, 4)))
S.append(Spacer(1, 8))
S.append(Paragraph("Positions Google, 1er de chaque mois, 2025", sub_st))
POS = [("reflex garonne", [1] * 12), ("fujifilm x-t3 occasion", [14, 13, 11, 11, 10, 9, 9, 8, 8, 7, 7, 6]),
       ("canon 70-200 2.8 occasion", [22, 21, 19, 18, 16, 15, 15, 14, 13, 12, 12, 11])]
S.append(grid([["Requête", "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]] +
              [[q] + [str(x) for x in vals] for q, vals in POS],
              [5.0] + [1.2] * 12, fs=7.6, num_cols=tuple(range(1, 13)), first_col_bold=True))
S.append(source("Semrush (Keyword Magic Tool, base France, volumes moyens sur 12 mois ; suivi de positions, desktop France) ; "
                "Search Console ; grille établie en janvier 2025, revue en octobre 2025."))
S.append(PageBreak())

# ---------------------------------------------------------------- ANNEXE 6
PROV = [("Expérience Shopware 6 (plugins publiés)", 25, 5, 3, 4),
        ("Prix dans l'enveloppe de 45 000 € HT", 20, 4, 5, 2),
        ("Mise en ligne avant septembre", 15, 5, 3, 4),
        ("Compréhension du métier du rachat", 15, 4, 2, 4),
        ("Maintenance et réactivité", 10, 5, 3, 3),
        ("Références e-commerce comparables", 10, 4, 3, 5),
        ("Méthode de recette et documentation", 5, 3, 4, 4)]
prow = [["Critère", "Poids", "Estuaire Web — note /5", "pondéré", "Pixelmare — note /5", "pondéré", "Studio Kobalt — note /5", "pondéré"]]
tots = [0, 0, 0]
for crit, w, a, b, c in PROV:
    line = [crit, "%d %%" % w]
    for k, x in enumerate((a, b, c)):
        tots[k] += x * w / 100
        line += [str(x), ("%.2f" % (x * w / 100)).replace(".", ",")]
    prow.append(line)
prow.append(["Total pondéré /5", "100 %", "", ("%.2f" % tots[0]).replace(".", ","), "", ("%.2f" % tots[1]).replace(".", ","), "",
             ("%.2f" % tots[2]).replace(".", ",")])
prow.append(["Prix proposé HT", "", "41 800 €", "", "36 500 €", "", "48 900 €", ""])
prow.append(["Mise en ligne proposée", "", "7 juillet 2026", "", "25 août 2026", "", "21 juillet 2026", ""])
prow.append(["Décision", "", "RETENU", "", "non retenu", "", "non retenu (hors budget)", ""])
S += band("ANNEXE 6 — Grille de choix du prestataire, module « offre de rachat instantanée »")
n = len(prow)
S.append(grid(prow, [6.2, 1.3, 2.6, 1.4, 2.6, 1.4, 2.8, 1.4], fs=8.4, num_cols=(1, 2, 3, 4, 5, 6, 7), first_col_bold=True,
              extra=[("BACKGROUND", (0, n - 4), (-1, n - 4), colors.HexColor("#FDF3E1")),
                     ("BACKGROUND", (2, n - 1), (3, n - 1), colors.HexColor("#DFF3E4")),
                     ("SPAN", (2, n - 3), (3, n - 3)), ("SPAN", (4, n - 3), (5, n - 3)), ("SPAN", (6, n - 3), (7, n - 3)),
                     ("SPAN", (2, n - 2), (3, n - 2)), ("SPAN", (4, n - 2), (5, n - 2)), ("SPAN", (6, n - 2), (7, n - 2)),
                     ("SPAN", (2, n - 1), (3, n - 1)), ("SPAN", (4, n - 1), (5, n - 1)), ("SPAN", (6, n - 1), (7, n - 1))]))
S.append(Spacer(1, 10))
S.append(grid([["Agence", "Ville", "Équipe", "Réponse reçue le", "Soutenance", "Durée de garantie", "Maintenance annuelle incluse"],
               ["Estuaire Web", "Bordeaux", "14 personnes", "6 février 2026", "12 février 2026", "3 mois", "oui (1re année)"],
               ["Pixelmare", "Nantes", "6 personnes", "9 février 2026", "13 février 2026", "1 mois", "non (3 200 €/an)"],
               ["Studio Kobalt", "Toulouse", "22 personnes", "5 février 2026", "12 février 2026", "6 mois", "oui (1re année)"]],
              [3.0, 2.2, 2.2, 2.8, 2.8, 2.6, 3.6], fs=8.2, first_col_bold=True))
S.append(source("réponses des agences à la consultation du 19 janvier 2026 ; notes attribuées par B. Lacoste, S. Duprat et T. Marchal après soutenance."))
S.append(PageBreak())

# ---------------------------------------------------------------- ANNEXE 7
SH_COST = [640, 650, 700, 700, 720, 720, 730, 740, 760, 800, 760, 950, 1000]
SH_VAL = [5760, 6110, 4270, 4410, 6624, 7056, 7700, 7326, 7768, 8900, 8056, 11020, 11600]
SH_CPC = [0.30, 0.31, 0.32, 0.32, 0.31, 0.31, 0.30, 0.31, 0.31, 0.31, 0.30, 0.32, 0.33]
SH_CTR = [1.5, 1.7, 2.0, 2.0, 2.1, 2.1, 2.1, 2.0, 2.1, 2.0, 2.0, 2.1, 2.1]
RA_COST = [820, 830, 850, 860, 870, 860, 880, 870, 860, 880, 890, 900, 910]
RA_CPC = [1.18, 1.21, 1.26, 1.30, 1.28, 1.31, 1.34, 1.33, 1.36, 1.38, 1.41, 1.44, 1.47]
RA_CTR = [4.6, 4.4, 4.3, 4.1, 4.2, 4.0, 3.9, 3.9, 3.8, 3.7, 3.6, 3.4, 3.3]
RA_CONV = [9, 8, 7, 7, 6, 7, 6, 6, 5, 6, 5, 5, 4]
RA_VAL = [3150, 2640, 2310, 2170, 1980, 2240, 1920, 1860, 1600, 1860, 1500, 1550, 1240]
PM_COST = [1300, 1320, 1360, 1380, 1400, 1420, 1420, 1440, 1460, 1500, 1520, 1700, 1780]
PM_VAL = [7900, 8050, 6120, 6350, 8400, 8660, 8800, 8780, 9050, 9600, 9580, 11400, 11570]
PM_CPC = [0.42, 0.43, 0.44, 0.44, 0.43, 0.43, 0.44, 0.44, 0.45, 0.45, 0.46, 0.48, 0.49]
PM_CTR = [1.1, 1.1, 1.0, 1.0, 1.1, 1.1, 1.1, 1.1, 1.1, 1.2, 1.2, 1.2, 1.2]
assert sum(SH_COST) == 9870 and sum(SH_VAL) == 96600


def fr(x, d=2):
    return ("%.*f" % (d, x)).replace(".", ",")


arow = [["Semaine 2025", "Campagne", "Impressions", "Clics", "CTR", "CPC moyen", "Coût HT", "Conversions", "Valeur conv. HT", "ROAS"]]
extra7 = []
for i in range(13):
    wk = "S%d" % (36 + i)
    for name, cost, val, cpc, ctr, conv in (
            ("Shopping", SH_COST[i], SH_VAL[i], SH_CPC[i], SH_CTR[i], None),
            ("Search « rachat »", RA_COST[i], RA_VAL[i], RA_CPC[i], RA_CTR[i], RA_CONV[i]),
            ("Performance Max", PM_COST[i], PM_VAL[i], PM_CPC[i], PM_CTR[i], None)):
        clicks = int(round(cost / cpc))
        imp = int(round(clicks / (ctr / 100) / 10.0)) * 10
        if conv is None:
            conv = int(round(val / 560))
        arow.append([wk if name == "Shopping" else "", name, nb(imp), nb(clicks), fr(ctr, 1) + " %", fr(cpc) + " €", eur(cost), str(conv),
                     eur(val), "%d %%" % round(val / cost * 100)])
    r0 = 1 + 3 * i
    extra7.append(("SPAN", (0, r0), (0, r0 + 2)))
    extra7.append(("LINEABOVE", (0, r0), (-1, r0), 0.9, C_NAVY))
tot = lambda L: sum(L)
arow.append(["Total S36–S48", "Shopping", "", "", "", "", eur(tot(SH_COST)), "", eur(tot(SH_VAL)), "%d %%" % round(tot(SH_VAL) / tot(SH_COST) * 100)])
arow.append(["", "Search « rachat »", "", "", "", "", eur(tot(RA_COST)), str(tot(RA_CONV)), eur(tot(RA_VAL)), "%d %%" % round(tot(RA_VAL) / tot(RA_COST) * 100)])
arow.append(["", "Performance Max", "", "", "", "", eur(tot(PM_COST)), "", eur(tot(PM_VAL)), "%d %%" % round(tot(PM_VAL) / tot(PM_COST) * 100)])
nr = len(arow)
extra7 += [("SPAN", (0, nr - 3), (0, nr - 1)), ("BACKGROUND", (0, nr - 3), (-1, nr - 1), colors.HexColor("#FDF3E1")),
           ("LINEABOVE", (0, nr - 3), (-1, nr - 3), 1.2, C_NAVY)]
for i in range(1, nr - 3):
    extra7.append(("BACKGROUND", (0, i), (-1, i), colors.white if ((i - 1) // 3) % 2 == 0 else C_LIGHT))
S += band("ANNEXE 7 — Suivi hebdomadaire Google Ads, semaines 36 à 48 (septembre – novembre 2025)")
S.append(grid(arow, [1.9, 2.9, 2.0, 1.5, 1.3, 1.6, 1.9, 1.7, 2.2, 1.4], fs=6.4, cond=True, num_cols=(2, 3, 4, 5, 6, 7, 8, 9), extra=extra7, pad=(0.7, 1.3)))
S.append(source("Google Ads (rapport hebdomadaire exporté dans Looker Studio) ; conversions Shopping et PMax = commandes ; conversions "
                "« rachat » = offres acceptées, valorisées au prix de revente estimé ; titre du flux avec le grade depuis le 8 septembre (S37)."))
S.append(PageBreak())

# ---------------------------------------------------------------- ANNEXE 8 (tuiles)


def tile(value, label, sub="", color=C_NAVY, fs=19):
    return [Paragraph(value, ParagraphStyle("tv%s" % fs, fontName="DSB", fontSize=fs, leading=fs * 1.18, alignment=1, textColor=color)),
            Paragraph(label, ParagraphStyle("tl", fontName="DSB", fontSize=8, leading=10, alignment=1, textColor=colors.HexColor("#333333"))),
            Paragraph(sub, ParagraphStyle("ts", fontName="DS", fontSize=7, leading=8.6, alignment=1, textColor=colors.HexColor("#666666")))]


def tiles(items, color=C_NAVY, bg="#F4F7FB", fs=19):
    n = len(items)
    t = Table([[tile(*it, color=color, fs=fs) for it in items]], colWidths=[UW / n] * n, rowHeights=[3.0 * cm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, C_GRID), ("INNERGRID", (0, 0), (-1, -1), 3, colors.white),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


S += band("ANNEXE 8 — Tableau de bord du site, année 2025")
S.append(Paragraph("Audience et ventes", sub_st))
S.append(tiles([("96 000", "Sessions par mois", "moyenne 2025"), ("41 %", "Taux de rebond", "tous canaux"),
                ("2 min 36 s", "Temps moyen de visite", "sessions engagées"), ("3,4 s", "Chargement mobile", "LCP, 75e centile"),
                ("1,8 s", "Chargement ordinateur", "LCP, 75e centile"), ("1,4 %", "Taux de conversion", "achats / sessions"),
                ("4,7 M€", "CA en ligne HT", "Shopware")], fs=15))
S.append(Paragraph("Abandons par étape du tunnel (part des sessions qui quittent à l'étape)", sub_st))
S.append(tiles([("68 %", "Panier", "panier créé → étape suivante"), ("34 %", "Création de compte", "compte obligatoire"),
                ("21 %", "Formulaire de livraison", "adresse et mode"), ("12 %", "Paiement", "page de paiement → confirmation")],
               color=colors.HexColor("#B5452E"), bg="#FBF1EE"))
S.append(Paragraph("Communauté : abonnés en janvier 2025 → décembre 2025", sub_st))
S.append(tiles([("8 400 → 12 900", "Instagram", "@reflexgaronne"), ("1 900 → 4 700", "YouTube", "chaîne Reflex Garonne"),
                ("0 → 1 150", "Discord « Club Reflex »", "ouvert en mars 2025"), ("22 500 → 28 000", "Newsletter", "abonnés actifs")],
               color=colors.HexColor("#2A9D8F"), bg="#EEF8F6"))
S.append(source("GA4 (exploration d'entonnoir, janvier à décembre 2025) ; PageSpeed Insights, données de terrain CrUX ; Shopware ; "
                "Instagram et YouTube Studio ; Discord (statistiques du serveur) ; outil d'e-mailing."))
S.append(PageBreak())

# ---------------------------------------------------------------- ANNEXE 8b (tableau de bord atelier)
S += band("ANNEXE 8b — Tableau de bord")
S.append(tiles([("264", "Articles en file d'atelier", "au 12 décembre 2025"), ("6,5 j", "Réception → mise en ligne", "moyenne sur 4 semaines"),
                ("38", "Articles attendant le vendeur", "accord sur prix définitif"), ("11", "Pièces détachées en commande", "dont 4 > 15 jours")],
               color=colors.HexColor("#8D6E63"), bg="#F7F2EF"))
S.append(Spacer(1, 8))
S.append(grid([["Étape de l'atelier", "Articles en attente", "Ancienneté moyenne", "Article le plus ancien", "Poste", "Seuil d'alerte", "État"],
               ["Réception et contrôle d'entrée", "64", "1,2 jour", "3 jours", "Réception", "80 articles", "OK"],
               ["Attente accord du vendeur", "38", "2,4 jours", "9 jours", "Réception", "40 articles", "à surveiller"],
               ["Nettoyage (capteur, optiques, boîtier)", "41", "1,6 jour", "5 jours", "Établis 1 et 2", "50 articles", "OK"],
               ["Réparation", "22", "6,8 jours", "24 jours", "Établi 3", "20 articles", "dépassé"],
               ["Remplacement des joints (argentique)", "9", "4,1 jours", "12 jours", "Établi 4", "10 articles", "OK"],
               ["Test final et grade", "17", "0,8 jour", "3 jours", "Établi 5", "30 articles", "OK"],
               ["Studio photo", "53", "1,9 jour", "6 jours", "Studio", "40 articles", "dépassé"],
               ["Fiche et mise en ligne", "20", "0,7 jour", "2 jours", "E-commerce", "40 articles", "OK"]],
              [5.6, 2.4, 2.6, 2.8, 2.6, 2.4, 2.2], fs=8, num_cols=(1, 2, 3, 5), first_col_bold=True,
              extra=[("TEXTCOLOR", (6, 4), (6, 4), colors.red), ("TEXTCOLOR", (6, 7), (6, 7), colors.red)]))
S.append(Spacer(1, 8))
S.append(grid([["Durée de reconditionnement par type", "Boîtiers numériques", "Optiques", "Boîtiers argentiques", "Flashs et accessoires"],
               ["Durée moyenne (jours ouvrés)", "5,8", "6,9", "11,4", "3,2"],
               ["Articles sortis par semaine", "71", "89", "9", "24"],
               ["Part refusée au contrôle", "3 %", "6 %", "8 %", "2 %"]],
              [6.4, 3.4, 3.0, 3.4, 3.4], fs=8, num_cols=(1, 2, 3, 4), first_col_bold=True))
S.append(source("tableau de l'atelier tenu par Théo Marchal (Shopware, statut des articles scannés), semaine 50, 2025."))
S.append(PageBreak())

# ---------------------------------------------------------------- ANNEXES 9 et 10
S += band("ANNEXE 9 — Indicateurs de l'équipe, moyenne octobre – décembre 2025")
S.append(grid([["Personne", "Rôle", "Indicateur 1", "Indicateur 2", "Indicateur 3"],
               ["Théo Marchal", "Chef d'atelier", "12 articles gradés / jour", "Retours sur ses grades : 2,1 %", "Réparations terminées : 31 / mois"],
               ["Lucas Berthomé", "Technicien", "16 articles contrôlés / jour", "Retours sur ses grades : 3,4 %", "Refus au contrôle : 5 %"],
               ["Inès Castaing", "Technicienne", "14 articles contrôlés / jour", "Retours sur ses grades : 2,6 %", "Refus au contrôle : 7 %"],
               ["Karim Benali", "Technicien argentique", "4 boîtiers révisés / jour", "Retours : 4,9 %", "Joints remplacés : 58 / mois"],
               ["Manon Legrand", "Technicienne", "15 articles contrôlés / jour", "Retours sur ses grades : 4,8 %", "Refus au contrôle : 4 %"],
               ["Yannick Porte", "Technicien réparation", "3,1 réparations / jour", "Retours après réparation : 3,9 %", "Attente pièces : 11 articles"],
               ["Zoé Lartigue", "Photo et vidéo", "36 articles photographiés / jour", "Délai studio : 1,9 jour", "Vidéos publiées : 11 / mois"],
               ["Samir Haddou", "Tchat conseil", "52 conversations / jour", "1re réponse : 2 min 00 s", "Satisfaction : 4,6 / 5"],
               ["Préparation (2 pers.)", "Expédition", "38 colis / jour", "Erreurs de préparation : 0,4 %", "Colis partis avant 13 h : 91 %"],
               ["Benjamin Lacoste", "E-commerce", "62 fiches publiées / semaine", "Guides publiés : 2 / mois", "Tickets agence ouverts : 7"]],
              [3.6, 3.6, 4.6, 4.6, 4.6], fs=7.8, first_col_bold=True))
S.append(source("Shopware (statuts scannés), Gorgias, Lightroom (catalogues), tableau des retours ; relevé du 5 janvier 2026."))
S.append(Spacer(1, 10))
S += band("ANNEXE 10 — Transporteurs classés par émissions de CO2")
S.append(grid([["Rang", "Transporteur et service", "Zone", "Émissions par colis (g CO2e)", "Délai annoncé", "Assurance", "Part de nos envois 2025"],
               ["1", "Vélo Express Garonne (coursier à vélo)", "Bordeaux Métropole", "40", "jour même", "jusqu'à 2 000 €", "3 %"],
               ["2", "Colissimo, livraison en point retrait", "France", "190", "48 h", "ad valorem", "27 %"],
               ["3", "Colissimo, livraison à domicile avec signature", "France", "310", "48 h", "ad valorem", "46 %"],
               ["4", "Chronopost Relais", "France", "340", "24 à 48 h", "jusqu'à 1 000 €", "6 %"],
               ["5", "Chronopost 13h, domicile", "France", "610", "24 h", "ad valorem", "18 %"]],
              [1.1, 6.2, 3.0, 3.6, 2.2, 2.6, 3.0], fs=8, num_cols=(0, 3, 6)))
S.append(source("déclarations environnementales des transporteurs 2025 (colis de 2 kg, Bordeaux → Lyon, coursier : trajet moyen de 9 km) ; Shopware."))


def build_pdf():
    doc = BaseDocTemplate(PDF, pagesize=(LW, LH), leftMargin=M, rightMargin=M, topMargin=1.25 * cm, bottomMargin=1.05 * cm,
                          title="Reflex Garonne — Annexes du dossier professionnel", author=AUTHOR, creator=AUTHOR,
                          subject="Titre Chef de projet e-commerce — session 2026", invariant=1)
    fr_ = Frame(M, 1.05 * cm, UW, LH - 2.3 * cm, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr_], onPage=deco)])
    doc.build(S)
    print("ok", PDF, "pages:", doc.page)


if __name__ == "__main__":
    main()
    build_pdf()
