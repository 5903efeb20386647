# Générateur du dossier de la candidate c140 (Garde-Robe d'un Soir, SASU en cours d'immatriculation, location en ligne
# de robes de soirée et d'invitée avec cabine d'essayage sur rendez-vous, île Feydeau, Nantes) — blocs 1 et 5, dossier
# faible, DEUX FICHIERS :
# (1) BP_Garde-Robe-dun-Soir_Kervella.docx : business plan bancaire (~15 pages) : page de garde, « Résumé » d'une page
#     avec encadré bleu marine des chiffres clés (paragraphes tramés, pas un tableau), table des matières Word (champ TOC
#     avec résultat en cache), Titre 1 numérotés 1 à 10 en bleu marine, Titre 2 « 6.3 … », 8 tableaux en grille par
#     défaut (montants alignés à droite avec « € »), pied de page « Garde-Robe d'un Soir — confidentiel — X/15 »,
#     pas d'en-tête ; une note à la tutrice surlignée en jaune restée dans le texte.
# (2) Previsionnel_3ans.xlsx : classeur écrit en ODS plat ici puis converti par LibreOffice (soffice), onglets
#     « Hypothèses », « Compte de résultat », « Plan de financement », « Seuil de rentabilité », « Budget lancement »,
#     vraies formules (références entre onglets, SUM, PMT/CUMIPMT/CUMPRINC) avec leurs valeurs calculées.
# Déterministe : métadonnées fixes, zips DOCX et XLSX reconditionnés à date fixe.
import datetime, os, re, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_COLOR_INDEX
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c140-business-plan-location-robes-nantes")
DOCX = os.path.join(OUT, "BP_Garde-Robe-dun-Soir_Kervella.docx")
XLSX = os.path.join(OUT, "Previsionnel_3ans.xlsx")
AUTHOR = "Salomé Kervella"
FIXED = datetime.datetime(2026, 2, 26, 22, 14, 0)
ZIPSTAMP = (2026, 2, 26, 22, 14, 0)
XL_CREATED = "2025-12-08T20:41:00Z"
XL_MODIFIED = "2026-02-25T18:52:00Z"
NAVY = (0x1F, 0x38, 0x64)
NAVY_HEX = "1F3864"
N_PAGES = 15


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


def add_field(paragraph, code, cached, size=8.5):
    fld(paragraph, "begin")
    instr(paragraph, code)
    fld(paragraph, "separate")
    r = paragraph.add_run(cached)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fld(paragraph, "end")


def para_frame(paragraph, fill, border):
    pPr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8")
        e.set(qn("w:space"), "6")
        e.set(qn("w:color"), border)
        bdr.append(e)
    pPr.append(bdr)
    if fill:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        pPr.append(shd)


TOKEN = re.compile(r"(\*\*.*?\*\*|__.*?__|==.*?==)")


def fr(t):
    """Espaces insécables de la correction automatique française de Word."""
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
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
        elif part.startswith("=="):
            r = p.add_run(part[2:-2])
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
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


# ====================================================================== chiffres du prévisionnel (mêmes valeurs que le classeur)
PRICE = 50.0                      # prix moyen d'une location HT
VAR = {"pressing": 9.0, "envoi": 7.5, "paiement": 1.0}
VAR_UNIT = sum(VAR.values())      # 17,50 €
BASE = 100                        # locations par mois au coefficient 1 (an 1)
MONTHS = [("Avril 2026", 0.55), ("Mai 2026", 1.00), ("Juin 2026", 1.45), ("Juillet 2026", 1.35), ("Août 2026", 1.20),
          ("Septembre 2026", 1.25), ("Octobre 2026", 0.70), ("Novembre 2026", 0.75), ("Décembre 2026", 1.40),
          ("Janvier 2027", 0.60), ("Février 2027", 0.65), ("Mars 2027", 0.78)]
RENT_Y1 = sum(round(BASE * c) for _, c in MONTHS)           # 1 168
RENT_Y2_MONTH = 160
RENT_Y2 = RENT_Y2_MONTH * 12                                 # 1 920
RENT_Y3 = 2620
FIXED_LINES = [  # (libellé, an 1, an 2, an 3)
    ("Loyer réserve + cabine (sous-location, 14 rue Kervégan)", 4200, 4200, 4320),
    ("Assurances (RC pro, stock de robes)", 540, 560, 600),
    ("Expert-comptable", 1320, 1380, 1440),
    ("Site : hébergement, extensions, maintenance", 660, 700, 760),
    ("Banque, TPE et frais de tenue de compte", 300, 300, 320),
    ("Téléphone et internet", 420, 420, 440),
    ("Logiciels (Canva, facturation)", 264, 264, 300),
    ("Déplacements (grossistes Paris, salons)", 600, 700, 800),
    ("Consommables (housses, cintres, étiquettes)", 480, 720, 960),
    ("Divers et imprévus", 620, 700, 800),
    ("Rémunération de la dirigeante (charges comprises)", 0, 18000, 24000),
    ("Renfort saisonnier (mai à septembre)", 0, 0, 6500),
]
COMM = (None, 3000, 3600)        # an 1 = total de l'onglet « Budget lancement »
INVEST = [  # (libellé, montant, durée d'amortissement, année d'achat)
    ("Stock de départ : 120 robes", 21000, 3, 1),
    ("Site WooCommerce (développeuse freelance)", 4800, 3, 1),
    ("Aménagement de la cabine d'essayage", 3500, 5, 1),
    ("Défroisseur vapeur, portants et housses", 1200, 5, 1),
    ("Renouvellement de robes (an 2)", 6000, 3, 2),
    ("Renouvellement de robes (an 3)", 9000, 3, 3),
]
IS_RATE = 0.15
LAUNCH = [  # (action, période, détail, coût, locations attendues)
    ("Publicités Instagram (Meta)", "avril-juin 2026, relance décembre",
     "3 campagnes : ouverture, saison des mariages, fêtes de fin d'année", 1800, 60),
    ("3 micro-influenceuses nantaises", "avril-mai 2026",
     "3 × 400 € : robe prêtée pour un mariage, 1 post + 3 stories, code de réduction", 1200, 45),
    ("Google Ads (réseau de recherche)", "avril-septembre 2026",
     "« location robe soirée Nantes », « robe invitée mariage location »", 1000, 35),
    ("Stand au salon du mariage de Nantes", "octobre 2026",
     "stand 6 m², portant de 15 robes, flyers et cartes (bon de 10 €)", 1000, 40),
]
LAUNCH_TOTAL = sum(l[3] for l in LAUNCH)
LOAN, LOAN_RATE, LOAN_N = 20500.0, 0.039, 60


def loan_years():
    r = LOAN_RATE / 12
    m = LOAN * r / (1 - (1 + r) ** -LOAN_N)
    bal, out = LOAN, []
    for _ in range(3):
        i = c = 0.0
        for _ in range(12):
            ii = bal * r
            cc = m - ii
            bal -= cc
            i += ii
            c += cc
        out.append((i, c))
    return m, out


MENS, LOAN_Y = loan_years()


def forecast():
    rents = [RENT_Y1, RENT_Y2, RENT_Y3]
    res = []
    for y in range(3):
        n = rents[y]
        ca = n * PRICE
        cv = n * VAR_UNIT
        mcv = ca - cv
        fixed = sum(l[y + 1] for l in FIXED_LINES) + LOAN_Y[y][0]
        comm = LAUNCH_TOTAL if y == 0 else COMM[y]
        amort = sum(a[1] / a[2] for a in INVEST if a[3] <= y + 1)
        rai = mcv - fixed - comm - amort
        imp = max(0.0, rai * IS_RATE)
        net = rai - imp
        res.append(dict(n=n, ca=ca, cv=cv, mcv=mcv, fixed=fixed, comm=comm, amort=amort, rai=rai, imp=imp, net=net,
                        caf=net + amort))
    return res


FC = forecast()
SEUIL_CA = FC[0]["fixed"] / (FC[0]["mcv"] / FC[0]["ca"])
SEUIL_N = SEUIL_CA / PRICE


def r100(v):
    return int(round(v / 100.0) * 100)


def eur(v):
    return "{:,.0f}".format(v).replace(",", "\u202f") + " €"


# ====================================================================== contenu du business plan
# ("h1", t) ; ("h2", t) ; ("p", t) ; ("ul", [..]) ; ("ol", [..]) ; ("tab", légende, lignes, largeurs)
# ("box", titre, [lignes]) ; ("sketch", [lignes]) ; ("note", t)
CONTENT = [
    ("h1", "1. Le projet"),
    ("p", "Garde-Robe d'un Soir est une entreprise de location de robes de soirée et de tenues d'invitée. L'activité sera "
          "d'abord en ligne, avec une cabine d'essayage sur rendez-vous au 14 rue Kervégan, sur l'île Feydeau, à Nantes. "
          "L'ouverture est prévue le 15 avril 2026."),
    ("p", "Une invitée à un mariage achète souvent une robe entre 150 et 300 € pour une seule journée. Garde-Robe d'un "
          "Soir proposera la même robe pour environ 20 % de son prix en boutique."),
    ("p", "**Le fonctionnement prévu :**"),
    ("ul", ["la cliente choisit sa robe sur le site et réserve une date ;",
            "la location dure 4 jours, par exemple du vendredi au lundi pour un mariage le samedi ;",
            "le prix est d'environ 20 % du prix boutique ;",
            "le pressing est compris dans le prix, la cliente n'a rien à laver ;",
            "une caution de 150 € est prise par empreinte bancaire, sans être encaissée ;",
            "la robe est livrée (coursier à vélo dans Nantes, point relais ou Colissimo ailleurs) ou retirée à la cabine."]),
    ("p", "**Quelques robes du stock de départ :**"),
    ("ul", ["« Robe Loire », satin vert sauge : 49 € la location (229 € en boutique) ;",
            "« Robe Erdre », longue à sequins : 69 € ;",
            "« Combinaison Graslin », en crêpe : 45 € ;",
            "« Robe Feydeau », dos nu : 59 €."]),
    ("p", "Le stock de départ comptera 120 robes, du 34 au 48, pour 21 000 € d'achat (environ 175 € par robe), auprès de "
          "deux grossistes parisiens et en fins de série de marques. J'ai déjà acheté 34 robes pendant les soldes de "
          "janvier 2026 avec une partie de mon apport."),
    ("p", "L'entreprise sera une SASU au capital de 8 000 €, dont je serai la présidente (immatriculation déposée en "
          "février 2026). Je sous-loue au 14 rue Kervégan une arrière-boutique de 25 m² et un coin d'essayage. Le site sera "
          "construit sous WooCommerce avec l'extension WooCommerce Bookings, qui gère les réservations par dates."),

    ("h1", "2. La porteuse du projet"),
    ("p", "Je m'appelle Salomé Kervella, j'ai 31 ans et j'habite Nantes depuis 2014. Après un BTS, j'ai travaillé sept "
          "ans comme assistante acheteuse au siège d'une enseigne de prêt-à-porter féminin de l'Ouest, chargée des robes "
          "et des tenues de cérémonie."),
    ("p", "**Ce que ce parcours m'apporte pour le projet :**"),
    ("ul", ["la connaissance des grossistes du Sentier et des showrooms de marques, où j'achetais chaque saison ;",
            "la négociation des prix d'achat et des fins de série ;",
            "le suivi des tailles : je sais quelles tailles partent en premier et lesquelles restent ;",
            "la gestion d'un stock par référence, avec des tableaux de suivi des ventes."]),
    ("p", "En 2025, j'ai quitté mon poste par une rupture conventionnelle pour préparer ce projet. Je suis une formation "
          "« Chef de projet e-commerce » à distance, financée dans le cadre de ma reconversion. Ce business plan sert aussi "
          "de dossier professionnel pour ma certification (session 2026) ; ma tutrice de formation est Mme Rio."),
    ("p", "Je perçois l'ARE jusqu'au printemps 2027. Cela me permet de ne pas me verser de rémunération la première année et "
          "de laisser la trésorerie dans l'entreprise (voir prévisionnel)."),

    ("h1", "3. Le marché"),
    ("h2", "3.1 Quelques chiffres"),
    ("p", "On célèbre environ 240 000 mariages par an en France (INSEE, ordre de grandeur des dernières années), en grande "
          "majorité entre mai et septembre, avec une centaine d'invités en moyenne, dont la moitié de femmes."),
    ("p", "La Loire-Atlantique compte environ 1,5 million d'habitants (INSEE) et Nantes Métropole près de 680 000, avec "
          "une population jeune."),
    ("p", "La seconde main et la location se sont installées dans la mode : Vinted a habitué les femmes à acheter et "
          "revendre leurs vêtements. Le budget des ménages reste serré depuis 2022. En face, des acteurs nationaux de la "
          "location livrent déjà partout en France, et la fast-fashion vend des robes de soirée à 40 €."),
    ("h2", "3.2 Ce que disent les futures clientes"),
    ("p", "En décembre 2025, j'ai diffusé un questionnaire Google Forms auprès de mon entourage : amies, anciennes "
          "collègues, abonnées de mon compte Instagram personnel. 64 femmes de 23 à 52 ans ont répondu."),
    ("tab", "Tableau 1 – Sondage de décembre 2025 (64 réponses)", [
        ["Question", "Réponse", "Part"],
        ["Invitée à au moins un mariage en 2025", "oui", "78 %"],
        ["A déjà acheté une robe pour une seule occasion", "oui", "69 %"],
        ["Pourquoi louer plutôt qu'acheter ? (plusieurs choix)", "payer moins cher qu'un achat", "81 %"],
        ["", "ne pas porter deux fois la même robe (photos, réseaux)", "72 %"],
        ["", "éviter d'acheter du neuf, geste pour la planète", "47 %"],
        ["", "porter une plus belle robe que ce que j'achèterais", "41 %"],
        ["Prix acceptable pour une location de 4 jours", "entre 40 et 70 €", "58 %"],
        ["Intention de louer pour la prochaine occasion", "oui certainement ou probablement", "66 %"],
    ], [6.4, 7.0, 2.4]),
    ("p", "Les attentes des clientes tiennent en trois mots : ne jamais porter deux fois la même robe, payer moins cher, "
          "consommer plus responsable. Le « jamais deux fois » revient le plus dans les commentaires libres."),
    ("h2", "3.3 Le processus d'achat (Kotler)"),
    ("box", "Rappel : les cinq étapes du processus d'achat", [
        "Selon Philip Kotler, le processus d'achat du consommateur se déroule en cinq étapes :",
        "1. La reconnaissance du besoin : le consommateur prend conscience d'un écart entre sa situation actuelle et la "
        "situation qu'il souhaite.",
        "2. La recherche d'information : il rassemble des informations auprès de sources personnelles, commerciales, "
        "publiques ou issues de sa propre expérience.",
        "3. L'évaluation des alternatives : il compare les offres selon les attributs qui comptent pour lui.",
        "4. La décision d'achat : il choisit un produit et un point de vente, mais l'avis de son entourage ou un imprévu "
        "peuvent encore modifier sa décision.",
        "5. Le comportement post-achat : il est satisfait ou déçu, ce qui influence le rachat et le bouche-à-oreille.",
        "(d'après P. Kotler et K. Keller, Marketing Management)"]),

    ("h1", "4. La concurrence"),
    ("p", "J'ai étudié les trois acteurs de la location de robes les plus proches du projet, ainsi que Vinted comme "
          "concurrence indirecte. Les relevés ont été faits sur leurs sites et par téléphone en janvier 2026."),
    ("tab", "Tableau 2 – Concurrence directe et indirecte (relevé de janvier 2026)", [
        ["", "Prix d'une location", "Durée", "Tailles", "Essayage", "Livraison"],
        ["Soirée Louée (Paris, national)", "59 à 129 €", "4 ou 8 jours", "34 à 46", "à Paris seulement, sur rendez-vous",
         "Colissimo 48 h, retour prépayé"],
        ["Dressing Nomade (Bordeaux)", "39 à 89 €", "3 jours, + 10 € par jour", "36 à 44", "à Bordeaux seulement",
         "Mondial Relay"],
        ["La Penderie Partagée (Rennes)", "35 à 75 €", "week-end (3 jours)", "36 à 48", "oui, en boutique",
         "non, boutique seulement"],
        ["Vinted (indirect)", "achat d'occasion, 15 à 80 €", "achat, revente possible", "toutes", "non",
         "point relais ou domicile"],
        ["Garde-Robe d'un Soir", "45 à 69 €", "4 jours", "34 à 48", "oui, à Nantes sur rendez-vous",
         "vélo-cargo à Nantes, point relais, Colissimo"],
    ], [3.4, 2.4, 2.4, 1.6, 3.0, 3.2]),
    ("p", "**Conclusion.** Aucun acteur ne propose aujourd'hui d'essayage à Nantes : une Nantaise doit commander sans "
          "essayer, ou aller à Rennes. Soirée Louée a le plus grand choix mais reste chère. Dressing Nomade s'arrête au 44. "
          "La Penderie Partagée n'a pas de site marchand. Vinted oblige à revendre la robe ensuite. Garde-Robe d'un Soir "
          "aura un prix proche de Dressing Nomade, la cabine d'essayage en plus, et la livraison à vélo dans Nantes."),

    ("h1", "5. Forces et fragilités du projet"),
    ("p", "**Les forces du projet**"),
    ("ul", ["sept ans d'expérience des achats de robes et de tenues de cérémonie ;",
            "un accès direct aux grossistes et aux fins de série, donc des prix d'achat bas (environ 175 € par robe) ;",
            "la seule cabine d'essayage de location de robes à Nantes ;",
            "le pressing compris dans le prix, un vrai confort pour la cliente ;",
            "des charges fixes faibles grâce à la sous-location de la réserve ;",
            "un apport personnel et un prêt d'honneur qui couvrent près de la moitié du besoin ;",
            "des tailles du 34 au 48."]),
    ("p", "**Les fragilités du projet**"),
    ("ul", ["je porte le projet seule, sans associée ;",
            "je n'ai jamais créé d'entreprise ;",
            "le stock est limité à 120 robes : une robe très demandée ne peut pas être louée deux fois le même week-end ;",
            "la marque part de zéro : aucune notoriété à l'ouverture ;",
            "le site dépend d'une seule prestataire pour la maintenance ;",
            "le nettoyage dépend d'un seul pressing."]),

    ("h1", "6. Stratégie commerciale"),
    ("h2", "6.1 La clientèle visée"),
    ("p", "La clientèle visée : les femmes de 25 à 45 ans invitées à un mariage, à Nantes pour l'essayage ou ailleurs "
          "en France grâce à la livraison. Elles achètent en ligne et suivent des comptes mode sur Instagram."),
    ("p", "Les mêmes clientes pourront louer pour d'autres occasions : un gala, un réveillon, une remise de diplôme."),
    ("h2", "6.2 Les actions de lancement"),
    ("p", "Pour me faire connaître à l'ouverture, je prévois quatre actions de lancement :"),
    ("ul", ["**Instagram** : un compte professionnel avec les robes portées, et des publicités ciblées sur Nantes ;",
            "**des micro-influenceuses nantaises** : leur prêter une robe pour un mariage en échange de publications ;",
            "**Google** : des annonces sur les recherches du type « location robe soirée Nantes » ;",
            "**un salon du mariage** : un stand avec un portant de robes et des cartes."]),
    ("p", "L'ordre dépendra du budget disponible après l'accord de financement."),
    ("h2", "6.3 La saisonnalité et les dates retenues"),
    ("p", "L'activité est très saisonnière, et les dates du projet ont été choisies en fonction."),
    ("p", "**Ouverture mi-avril, avant la saison des mariages.** La plupart des mariages ont lieu de mai à septembre. "
          "Les invitées cherchent leur tenue trois à six semaines avant la date. Un site en ligne le 1er avril et une "
          "ouverture le 15 avril permettent de capter les réservations des mariages de mai."),
    ("p", "**Juin, les bals de fin d'études.** Les écoles nantaises organisent leurs bals et remises de diplômes en "
          "juin, en plus des mariages : c'est le mois le plus chargé du prévisionnel."),
    ("p", "**Décembre, le deuxième pic.** Galas, soirées d'entreprise et Nouvel An font une seconde saison, de fin "
          "novembre au 31 décembre, surtout pour les robes à sequins et les robes longues."),
    ("p", "**Janvier à mars, la période d'achat.** L'activité est calme, mais c'est le moment des soldes d'hiver et des "
          "fins de série chez les grossistes : j'achète les robes au meilleur prix pour la saison suivante, comme en "
          "janvier 2026 pour les 34 premières robes."),
    ("p", "Ces variations sont reprises dans le prévisionnel sous la forme d'un coefficient de saisonnalité par mois "
          "(de 0,55 en avril, mois d'ouverture, à 1,45 en juin) (voir prévisionnel)."),
    ("h2", "6.4 Le calendrier de lancement"),
    ("tab", "Tableau 3 – Calendrier de lancement", [
        ["N°", "Tâche", "Date cible", "Remarque"],
        ["1", "Immatriculation de la SASU", "6 mars 2026", "dossier déposé en février"],
        ["2", "Accord de financement (banque et prêt d'honneur)", "20 mars 2026", "comité Initiative le 12 mars"],
        ["3", "Achat du reste du stock (86 robes)", "27 mars 2026", "deux grossistes, fins de série"],
        ["4", "Mise en ligne du site", "1er avril 2026", "saisie des robes : quelques jours"],
        ["5", "Aménagement de la cabine et de la réserve", "10 avril 2026", "portants, miroir, rideau"],
        ["6", "Ouverture officielle", "15 avril 2026", "lancement sur Instagram"],
    ], [1.0, 6.6, 3.0, 5.2]),
    ("p", "Pour le site, la saisie des 120 robes (photos, tailles, prix) prendra quelques jours, une fois le stock complet."),
    ("h2", "6.5 Mes partenaires"),
    ("p", "Le projet s'appuie sur quatre partenaires :"),
    ("ul", ["**ma banque**, avec M. Tessier, conseiller des professionnels, à qui ce dossier est destiné ;",
            "**le réseau Initiative**, qui étudie ma demande de prêt d'honneur de 10 000 € (comité du 12 mars 2026) ;",
            "**Bpifrance**, sollicitée pour garantir une partie du prêt bancaire ;",
            "**un cabinet d'expertise comptable** nantais, qui m'a aidée pour le prévisionnel."]),
    ("p", "**Les métiers du mariage.** Au-delà du financement, plusieurs métiers sont en contact avec ma clientèle et "
          "présentent un intérêt commercial pour l'entreprise :"),
    ("ul", ["les wedding planners, qui conseillent les mariés et parfois leurs proches ;",
            "les photographes de mariage ;",
            "les coiffeuses et maquilleuses qui préparent les invitées le jour J ;",
            "les boutiques de robes de mariée, dont les clientes ont des témoins et des demoiselles d'honneur à habiller."]),
    ("p", "Je prendrai contact avec eux après l'ouverture."),
    ("h2", "6.6 Le budget de lancement"),
    ("p", "Le budget des actions de lancement est de 5 000 € (détail dans le prévisionnel, onglet « Budget lancement »). "
          "Il est compris dans le besoin de financement de 38 500 €."),
    ("p", "Je n'ai pas encore lancé de campagne test, je n'ai donc pas de résultats à présenter."),

    ("h1", "7. Le site"),
    ("h2", "7.1 Ce que le site doit permettre"),
    ("p", "Le site permettra aux clientes de réserver seules, à toute heure. Il doit :"),
    ("ul", ["présenter les 120 robes avec des photos portées et à plat ;",
            "filtrer les robes par taille, couleur, longueur et prix ;",
            "afficher un calendrier de disponibilité pour chaque robe ;",
            "réserver une robe pour 4 jours à une date choisie ;",
            "payer en ligne par carte bancaire ;",
            "prendre la caution de 150 € par empreinte bancaire ;",
            "prendre rendez-vous pour un essayage à la cabine ;",
            "choisir le mode de livraison : coursier, point relais, Colissimo ou retrait ;",
            "envoyer des e-mails automatiques : confirmation, rappel de la date de retour ;",
            "gérer un compte cliente avec l'historique de ses locations ;",
            "me permettre de bloquer une robe pendant le pressing ou une réparation."]),
    ("p", "Mon cadre pour le site : un budget de 4 800 € au maximum, et une mise en ligne au plus tard le 1er avril 2026."),
    ("h2", "7.2 Le choix du prestataire"),
    ("p", "J'ai comparé trois solutions en janvier 2026, à partir de devis et des pages tarifs."),
    ("tab", "Tableau 4 – Comparaison des solutions pour le site", [
        ["", "Freelance WooCommerce", "Shopify + application de location", "Place de marché de location"],
        ["Prix de création", "4 800 €", "1 500 € (thème et paramétrage)", "0 €"],
        ["Calendrier de réservation", "WooCommerce Bookings, réservation par dates", "dépend de l'application",
         "fourni par la plateforme"],
        ["Gestion de la caution", "empreinte bancaire par Stripe, paramétrée", "possible, options limitées",
         "gérée par la plateforme"],
        ["Frais mensuels", "environ 45 € (hébergement, extensions)", "environ 85 € (abonnement + application)",
         "25 % de commission par location"],
        ["Propriété des données", "oui, site et fichier clientes à mon nom", "chez Shopify, export possible",
         "non, les clientes appartiennent à la plateforme"],
    ], [3.4, 4.2, 4.2, 4.0]),
    ("p", "**Choix : la développeuse freelance WooCommerce** (Maëlle Guérin, à Rezé). Son devis entre dans mon budget, "
          "elle a déjà paramétré une caution par empreinte bancaire pour un autre site de location, et les frais mensuels "
          "sont les plus bas. Surtout, le site et le fichier clientes m'appartiennent. La commission de 25 % de la place "
          "de marché est trop lourde pour la marge."),
    ("h2", "7.3 Les mentions légales"),
    ("p", "Le site devra afficher les mentions suivantes :"),
    ("ul", ["la dénomination sociale : Garde-Robe d'un Soir ;",
            "la forme juridique et le capital : SASU au capital de 8 000 € ;",
            "l'adresse du siège : 14 rue Kervégan, 44000 Nantes ;",
            "le numéro RCS de Nantes et le numéro SIRET (en cours) ;",
            "le numéro de TVA intracommunautaire ;",
            "le nom de la directrice de la publication : Salomé Kervella ;",
            "une adresse e-mail et un numéro de téléphone de contact ;",
            "un lien vers le règlement de location."]),
    ("h2", "7.4 Le règlement de location"),
    ("p", "Le règlement de location sera accepté par la cliente au moment de la réservation. Ses principales règles :"),
    ("ul", ["**Caution** : 150 € par empreinte bancaire, prise deux jours avant l'envoi. Elle n'est pas encaissée et est "
            "libérée après le contrôle de la robe au retour.",
            "**Retard** : 15 € par jour de retard, prélevés sur la caution.",
            "**Pressing** : compris dans le prix. La cliente ne doit pas laver ni repasser la robe elle-même.",
            "**Dommages** : une retenue selon le barème ci-dessous, après photo envoyée à la cliente."]),
    ("tab", "Tableau 5 – Barème des dommages", [
        ["Dommage constaté au retour", "Retenue"],
        ["Petite tache qui part au pressing", "0 €"],
        ["Ourlet décousu", "15 €"],
        ["Tache nécessitant un détachage spécial", "25 €"],
        ["Fermeture éclair cassée", "35 €"],
        ["Sequins ou perles arrachés sur une zone visible", "40 €"],
        ["Accroc ou déchirure réparable", "60 €"],
        ["Robe perdue, brûlée ou irréparable", "150 € (caution entière)"],
    ], [11.0, 4.8]),
    ("note", "==[Mme Rio : faut-il parler du RGPD dans un business plan ?]=="),

    ("h1", "8. Organisation"),
    ("p", "Je travaillerai seule la première année : réservations, essayages, envois et contrôle des robes. Le nettoyage "
          "est confié à un pressing du centre-ville, à 9 € par robe."),
    ("h2", "8.1 Le cycle d'une robe"),
    ("ol", ["Chaque robe reçoit un numéro (GR-001 à GR-120) sur une étiquette cousue à l'intérieur, et une ligne dans le "
            "tableau de stock avec un compteur de locations.",
            "La cliente réserve sur le site : la robe est bloquée dans le calendrier pour les 4 jours de location, plus 3 "
            "jours de battement pour l'envoi, le retour et le pressing.",
            "Deux jours avant la date, la robe est mise sous housse et envoyée, ou préparée pour le retrait à la cabine.",
            "La cliente porte la robe et la renvoie avec l'étiquette retour prépayée, ou la rapporte le lendemain de la "
            "location.",
            "Au retour, je contrôle la robe : taches, fermeture éclair, ourlet, coutures et sequins.",
            "Si un dommage est constaté, je le photographie et j'applique le barème (voir 7.4) ; sinon la caution est "
            "libérée.",
            "La robe part au pressing.",
            "La robe revient en zone « prête à louer » et son compteur de locations augmente de 1.",
            "Au-delà d'une douzaine de locations, ou si elle est trop abîmée, la robe est retirée du stock et revendue sur "
            "Vinted."]),
    ("h2", "8.2 La réserve"),
    ("p", "La réserve est l'arrière-boutique de 25 m², derrière la cabine d'essayage, organisée en trois zones qui se "
          "suivent."),
    ("sketch", ["PLAN DE LA RÉSERVE (25 m²)",
                "Porte de la cour  →  ZONE RETOUR : étagère à colis + bac des robes à contrôler",
                "↓",
                "ZONE CONTRÔLE : table de 1,60 m, lampe lumière du jour, défroisseur vapeur",
                "↓",
                "ZONE PRÊTE À LOUER : 4 portants par taille  |  34-36  |  38-40  |  42-44  |  46-48  |",
                "Portant haut (1,80 m) pour les robes longues  —  housses en coton respirant",
                "Porte vers la cabine d'essayage (rideau, miroir en pied, pouf)"]),
    ("ul", ["**Portants par taille** : on va directement au bon portant ; une taille vide se voit tout de suite.",
            "**Housses respirantes** : en coton, jamais en plastique, pour éviter l'humidité et le jaunissement du satin.",
            "**Robes à sequins** : toujours suspendues, jamais pliées, car le pliage casse les fils et marque les sequins.",
            "**Robes longues** : sur le portant haut, pour que l'ourlet ne traîne pas au sol.",
            "**Zones séparées** : une robe en zone retour, pas encore contrôlée ni nettoyée, ne peut pas être louée par "
            "erreur."]),
    ("h2", "8.3 Le transport"),
    ("p", "J'ai comparé trois solutions pour un colis d'environ 1 kg (une robe sous housse dans une boîte). Je les classe "
          "par coût par colis et par émissions de CO₂, à partir des tarifs et des informations publiés par les "
          "transporteurs en janvier 2026."),
    ("tab", "Tableau 6 – Transporteurs retenus, classés", [
        ["Ordre d'usage", "Transporteur", "Zone", "Coût par colis (aller)", "Rang coût", "CO₂ estimé par colis",
         "Rang CO₂", "Délai"],
        ["1", "Triporteur Express (vélo-cargo)", "Nantes et communes limitrophes", "6,50 €", "2", "≈ 0 g", "1",
         "dans la journée"],
        ["2", "Mondial Relay (point relais)", "France", "4,90 €", "1", "≈ 140 g", "2", "3 à 5 jours"],
        ["3", "Colissimo (domicile, suivi)", "France", "8,60 €", "3", "≈ 280 g", "3", "48 h"],
    ], [1.6, 3.0, 2.6, 2.0, 1.4, 2.0, 1.4, 1.8]),
    ("p", "Dans Nantes, Triporteur Express passe en premier : un coût proche, presque pas de CO₂. Hors de Nantes, "
          "Mondial Relay est le moins cher et le moins émetteur des deux nationaux. Colissimo est réservé aux "
          "réservations de dernière minute."),

    ("h1", "9. Les prévisions"),
    ("p", "Les chiffres ci-dessous sont arrondis (voir prévisionnel)."),
    ("tab", "Tableau 7 – Prévisions sur trois ans (arrondies)", [
        ["", "An 1 (avr. 2026 – mars 2027)", "An 2", "An 3"],
        ["Nombre de locations", "environ %s" % "{:,}".format(r100(FC[0]["n"])).replace(",", "\u202f"),
         "environ %s" % "{:,}".format(r100(FC[1]["n"])).replace(",", "\u202f"),
         "environ %s" % "{:,}".format(r100(FC[2]["n"])).replace(",", "\u202f")],
        ["Chiffre d'affaires HT", eur(FC[0]["ca"]), eur(FC[1]["ca"]), eur(FC[2]["ca"])],
        ["Marge sur coûts variables", eur(r100(FC[0]["mcv"])), eur(r100(FC[1]["mcv"])), eur(r100(FC[2]["mcv"]))],
        ["Charges fixes (dont ma rémunération)", eur(r100(FC[0]["fixed"])), eur(r100(FC[1]["fixed"])),
         eur(r100(FC[2]["fixed"]))],
        ["Résultat net", eur(r100(FC[0]["net"])), eur(r100(FC[1]["net"])), eur(r100(FC[2]["net"]))],
    ], [5.4, 4.2, 3.1, 3.1]),
    ("p", "La première année, le CA prévisionnel est d'environ 58 000 € HT : environ 1 200 locations à 50 € HT en "
          "moyenne. Chaque robe serait louée une dizaine de fois dans l'année (taux de rotation). En année 3, le stock "
          "passe à environ 200 robes."),
    ("p", "**Point mort.** Le pressing, l'envoi et les frais de paiement coûtent environ 17,50 € par location : la marge "
          "sur coûts variables est donc d'environ 65 % du CA. Avec environ 10 000 € de charges fixes "
          "la première année, le seuil de rentabilité est atteint vers 15 600 € de chiffre d'affaires, soit environ 26 "
          "locations par mois, ou 6 par semaine (voir prévisionnel, onglet « Seuil de rentabilité »). Ce calcul tient "
          "compte du fait que je ne me verse pas de salaire la première année."),

    ("h1", "10. Le financement demandé"),
    ("p", "Le besoin total du projet est de 38 500 €. Il est couvert par mon apport, un prêt d'honneur et le prêt bancaire "
          "que je sollicite."),
    ("tab", "Tableau 8 – Plan de financement initial", [
        ["Besoins", "Montant", "Ressources", "Montant"],
        ["Stock de départ (120 robes)", "21 000 €", "Apport personnel", "8 000 €"],
        ["Site WooCommerce", "4 800 €", "Prêt d'honneur (réseau Initiative)", "10 000 €"],
        ["Cabine d'essayage", "3 500 €", "Prêt bancaire (5 ans)", "20 500 €"],
        ["Défroisseur, portants et housses", "1 200 €", "", ""],
        ["Actions de lancement", "5 000 €", "", ""],
        ["Besoin en fonds de roulement (BFR)", "3 000 €", "", ""],
        ["Total", "38 500 €", "Total", "38 500 €"],
    ], [5.4, 2.5, 5.4, 2.5]),
    ("p", "Je sollicite donc un **prêt bancaire de 20 500 € sur 5 ans**. Au taux indicatif de 3,9 %, la mensualité serait "
          "d'environ 380 € (voir prévisionnel). Une garantie Bpifrance sera demandée sur une partie du prêt."),
    ("p", "Le BFR reste faible : les clientes paient à la réservation, le pressing et les transporteurs en fin de mois. "
          "Les 3 000 € servent de réserve pour les premiers mois."),
    ("p", "Le plan de financement sur trois ans figure dans l'onglet « Plan de financement » (voir prévisionnel)."),
    ("p", "Je reste à votre disposition pour vous présenter le projet et le stock déjà acheté."),
    ("p", "Salomé Kervella"),
]

NEW_PAGE = {"1", "3", "6", "7", "8", "9"}   # chapitres qui commencent sur une nouvelle page
PAGES = {   # numéros de page de la table des matières, relevés sur le rendu LibreOffice du document généré
    "1. Le projet": 4, "2. La porteuse du projet": 4, "3. Le marché": 6, "3.1 Quelques chiffres": 6,
    "3.2 Ce que disent les futures clientes": 6, "3.3 Le processus d'achat (Kotler)": 7, "4. La concurrence": 7,
    "5. Forces et fragilités du projet": 7, "6. Stratégie commerciale": 9, "6.1 La clientèle visée": 9,
    "6.2 Les actions de lancement": 9, "6.3 La saisonnalité et les dates retenues": 9,
    "6.4 Le calendrier de lancement": 10, "6.5 Mes partenaires": 10, "6.6 Le budget de lancement": 10,
    "7. Le site": 11, "7.1 Ce que le site doit permettre": 11, "7.2 Le choix du prestataire": 11,
    "7.3 Les mentions légales": 11, "7.4 Le règlement de location": 12, "8. Organisation": 13,
    "8.1 Le cycle d'une robe": 13, "8.2 La réserve": 13, "8.3 Le transport": 14, "9. Les prévisions": 15,
    "10. Le financement demandé": 15,
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
        pf.line_spacing = 1.1
        pf.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if lvl == 1:
            st.font.bold = True
    cap = doc.styles["Caption"]
    cap.font.size = Pt(9)
    cap.font.bold = True
    cap.font.italic = False
    cap.font.color.rgb = RGBColor(*NAVY)


AMOUNT = re.compile(r"^(environ |≈ )?[\d\s\u202f,]+ ?(€|%|g)?$")


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
            cp_ = c.paragraphs[0]
            cp_.paragraph_format.space_after = Pt(0)
            cp_.paragraph_format.line_spacing = 1.0
            if i > 0 and AMOUNT.match(str(val)):
                cp_.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rich(cp_, str(val), size=9.5)
            if i == 0 or (rows[i][0] == "Total") or (rows[i][0] == "" and False):
                for rr in cp_.runs:
                    rr.bold = True
    trPr = t.rows[0]._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:tblHeader"))
    for row in t.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    return t


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
    st.paragraph_format.line_spacing = 1.15
    for name, size, before in (("Heading 1", 16, 0), ("Heading 2", 13, 12)):
        hs = doc.styles[name]
        hs.font.color.rgb = RGBColor(*NAVY)
        hs.font.size = Pt(size)
        rf = hs.element.rPr.find(qn("w:rFonts"))
        for a in list(rf.attrib):
            del rf.attrib[a]
        hs.font.name = "Calibri"
        hs.paragraph_format.space_before = Pt(before)
        hs.paragraph_format.space_after = Pt(8)
    doc.styles["Heading 1"].paragraph_format.keep_with_next = True
    ensure_styles(doc)
    settings = doc.settings.element
    settings.find(qn("w:decimalSymbol")).set(qn("w:val"), ",")
    settings.find(qn("w:listSeparator")).set(qn("w:val"), ";")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.2)
    sec.different_first_page_header_footer = True
    fst = doc.styles["Footer"]
    fst.font.size = Pt(8.5)
    fst.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Garde-Robe d'un Soir — confidentiel — ")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    add_field(fp, "PAGE", "2")
    r = fp.add_run("/")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    add_field(fp, "NUMPAGES", str(N_PAGES))

    # ---------------------------------------------------------------- page de garde
    for _ in range(6):
        doc.add_paragraph()
    for text, size, bold, color in [
            ("Business plan", 16, False, NAVY),
            ("Garde-Robe d'un Soir", 34, True, NAVY),
            ("Location de robes de soirée et d'invitée", 15, False, None),
            ("Dossier de demande de financement", 13, True, None),
            ("Février 2026", 12, False, None)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(14)
        rr = p.add_run(text)
        rr.font.size = Pt(size)
        rr.bold = bold
        if color:
            rr.font.color.rgb = RGBColor(*color)
    for _ in range(10):
        doc.add_paragraph()
    for line in ["Salomé Kervella — fondatrice",
                 "Garde-Robe d'un Soir, SASU en cours d'immatriculation",
                 "14 rue Kervégan, île Feydeau, 44000 Nantes",
                 "À l'attention de M. Tessier, conseiller des professionnels"]:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
    doc.add_page_break()

    # ---------------------------------------------------------------- résumé (une page)
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(12)
    r = p.add_run("Résumé")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(*NAVY)
    for t in [
        "Garde-Robe d'un Soir proposera, à partir du 15 avril 2026, la location en ligne de robes de soirée et de tenues "
        "d'invitée, avec une cabine d'essayage sur rendez-vous au 14 rue Kervégan, sur l'île Feydeau, à Nantes.",
        "Le principe est simple. La cliente choisit sa robe sur le site et la réserve pour 4 jours. Elle paie environ "
        "20 % du prix boutique, pressing compris. Une caution de 150 € est bloquée par empreinte bancaire. La robe est "
        "livrée ou retirée sur place.",
        "Le stock de départ compte 120 robes, achetées auprès de deux grossistes parisiens et en fins de série de marques.",
        "Je porte seule le projet, après sept ans comme assistante acheteuse dans le prêt-à-porter féminin.",
        "**Mon ambition : faire de Garde-Robe d'un Soir la référence nantaise de la location de robes.**"]:
        rich(doc.add_paragraph(), t)
    box = [("Chiffres clés", True, 13),
           ("Besoin de financement : 38 500 €", True, 11),
           ("Apport personnel : 8 000 €", False, 11),
           ("Prêt d'honneur (réseau Initiative) : 10 000 €", False, 11),
           ("Prêt bancaire demandé : 20 500 € sur 5 ans", True, 11),
           ("CA prévisionnel an 1 : environ 58 000 € HT (voir prévisionnel)", False, 11),
           ("Point mort : environ 26 locations par mois (voir prévisionnel)", False, 11),
           ("Ouverture : 15 avril 2026", False, 11)]
    for k, (t, b, s) in enumerate(box):
        bp = doc.add_paragraph()
        bp.paragraph_format.left_indent = Cm(1.5)
        bp.paragraph_format.right_indent = Cm(1.5)
        bp.paragraph_format.space_after = Pt(0)
        bp.paragraph_format.space_before = Pt(10 if k == 0 else 0)
        bp.paragraph_format.line_spacing = 1.35
        para_frame(bp, NAVY_HEX, NAVY_HEX)
        rr = bp.add_run(fr(t))
        rr.bold = b
        rr.font.size = Pt(s)
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    rich(p, "Le détail des chiffres figure dans le fichier joint __Previsionnel_3ans.xlsx__.")

    # ---------------------------------------------------------------- table des matières Word
    p = doc.add_paragraph(style="TOC Heading")
    p.paragraph_format.page_break_before = True
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
            hp = doc.add_heading(item[1], level=1)
            if item[1].split(".")[0] in NEW_PAGE:
                hp.paragraph_format.page_break_before = True
        elif kind == "h2":
            doc.add_heading(item[1], level=2)
        elif kind == "p":
            rich(doc.add_paragraph(), item[1])
        elif kind == "note":
            rich(doc.add_paragraph(), item[1])
        elif kind == "ul":
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Bullet"), line)
                lp.paragraph_format.space_after = Pt(2)
        elif kind == "ol":
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Number"), line)
                lp.paragraph_format.space_after = Pt(3)
        elif kind == "tab":
            tab_n += 1
            cp = doc.add_paragraph(style="Caption")
            cp.paragraph_format.keep_with_next = True
            cp.paragraph_format.space_before = Pt(6)
            cp.add_run(item[1])
            add_table(doc, item[2], item[3])
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "box":
            lines = [item[1]] + item[2]
            for k, line in enumerate(lines):
                bp = doc.add_paragraph()
                bp.paragraph_format.left_indent = Cm(0.8)
                bp.paragraph_format.right_indent = Cm(0.8)
                bp.paragraph_format.space_after = Pt(2 if k < len(lines) - 1 else 10)
                bp.paragraph_format.keep_with_next = k < len(lines) - 1
                para_frame(bp, "DEEAF6", NAVY_HEX)
                rr = bp.add_run(fr(line))
                rr.font.size = Pt(10)
                if k == 0:
                    rr.bold = True
                    rr.font.color.rgb = RGBColor(*NAVY)
                if k == len(lines) - 1:
                    rr.italic = True
        elif kind == "sketch":
            for k, line in enumerate(item[1]):
                bp = doc.add_paragraph()
                bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                bp.paragraph_format.left_indent = Cm(0.5)
                bp.paragraph_format.right_indent = Cm(0.5)
                bp.paragraph_format.space_after = Pt(1 if k < len(item[1]) - 1 else 10)
                bp.paragraph_format.keep_with_next = k < len(item[1]) - 1
                para_frame(bp, None, "7F7F7F")
                rr = bp.add_run(fr(line))
                rr.font.size = Pt(9.5)
                if k == 0:
                    rr.bold = True

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Business plan - Garde-Robe d'un Soir"
    cp.subject = "Dossier de demande de financement - février 2026"
    cp.created = datetime.datetime(2025, 11, 17, 9, 40, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 43
    cp.language = "fr-FR"
    doc.save(DOCX)
    words = sum(len(p.text.split()) for p in doc.paragraphs) + sum(
        len(c.text.split()) for t in doc.tables for r in t.rows for c in r.cells)
    chars = sum(len(p.text.replace(" ", "")) for p in doc.paragraphs)

    def fix(name, data):
        if name != "docProps/app.xml":
            return data
        t = data.decode("utf-8")
        for tag, val in (("TotalTime", "1912"), ("Pages", str(N_PAGES)), ("Words", str(words)),
                         ("Characters", str(chars)), ("Lines", str(words // 11)), ("Paragraphs", str(len(doc.paragraphs))),
                         ("Application", "Microsoft Office Word"), ("AppVersion", "16.0000"),
                         ("CharactersWithSpaces", str(chars + words))):
            t = re.sub(r"<%s>[^<]*</%s>" % (tag, tag), "<%s>%s</%s>" % (tag, val, tag), t)
        return t.encode("utf-8")
    repack_file(DOCX, fix)
    return tab_n, words


# ====================================================================== classeur : ODS plat → XLSX par LibreOffice
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')

BORDER = "0.74pt solid #8eaadb"


def cell_style(name, data=None, bold=False, fill=None, align=None, size=None, italic=False, color=None, border=True,
               wrap=False, indent=None):
    ds = ' style:data-style-name="%s"' % data if data else ""
    cp = []
    if fill:
        cp.append('fo:background-color="%s"' % fill)
    if border:
        cp.append('fo:border="%s"' % BORDER)
    if wrap:
        cp.append('fo:wrap-option="wrap"')
    cp.append('style:vertical-align="middle"')
    tp = []
    if bold:
        tp.append('fo:font-weight="bold"')
    if italic:
        tp.append('fo:font-style="italic"')
    if size:
        tp.append('fo:font-size="%s"' % size)
    if color:
        tp.append('fo:color="%s"' % color)
    pp = []
    if align:
        pp.append('fo:text-align="%s"' % align)
    if indent:
        pp.append('fo:margin-left="%s"' % indent)
    return ('<style:style style:name="%s" style:family="table-cell" style:parent-style-name="Default"%s>'
            '<style:table-cell-properties %s/>%s%s</style:style>' % (
                name, ds, " ".join(cp), '<style:paragraph-properties %s/>' % " ".join(pp) if pp else "",
                '<style:text-properties %s/>' % " ".join(tp) if tp else ""))


NAVYX = "#1f3864"
LIGHT = "#deeaf6"
CELL_STYLES = [
    cell_style("ce_title", bold=True, size="13pt", color=NAVYX, border=False),
    cell_style("ce_head", bold=True, fill=NAVYX, color="#ffffff", align="center", wrap=True),
    cell_style("ce_sec", bold=True, fill=LIGHT),
    cell_style("ce_txt", wrap=True),
    cell_style("ce_sub", indent="0.4cm"),
    cell_style("ce_eur0", data="N_EUR0"),
    cell_style("ce_eur2", data="N_EUR2"),
    cell_style("ce_eur0b", data="N_EUR0", bold=True, fill=LIGHT),
    cell_style("ce_eur2b", data="N_EUR2", bold=True, fill=LIGHT),
    cell_style("ce_int", data="N_INT", align="end"),
    cell_style("ce_intb", data="N_INT", align="end", bold=True, fill=LIGHT),
    cell_style("ce_dec", data="N_DEC2", align="end"),
    cell_style("ce_decb", data="N_DEC2", align="end", bold=True, fill=LIGHT),
    cell_style("ce_dec1", data="N_DEC1", align="end"),
    cell_style("ce_pct", data="N_PCT1", align="end"),
    cell_style("ce_pctb", data="N_PCT1", align="end", bold=True, fill=LIGHT),
    cell_style("ce_bold", bold=True, fill=LIGHT),
    cell_style("ce_src", italic=True, size="8pt", color="#595959", border=False),
]

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
  <number:text> %%</number:text>
 </number:percentage-style>
 <number:number-style style:name="N_INT" number:language="fr" number:country="FR">
  <number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>
 </number:number-style>
 <number:number-style style:name="N_DEC1" number:language="fr" number:country="FR">
  <number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1" number:grouping="true"/>
 </number:number-style>
 <number:number-style style:name="N_DEC2" number:language="fr" number:country="FR">
  <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/>
 </number:number-style>
 <style:style style:name="co_a" style:family="table-column"><style:table-column-properties style:column-width="7.6cm"/></style:style>
 <style:style style:name="co_b" style:family="table-column"><style:table-column-properties style:column-width="3.3cm"/></style:style>
 <style:style style:name="co_c" style:family="table-column"><style:table-column-properties style:column-width="5.6cm"/></style:style>
 <style:style style:name="co_d" style:family="table-column"><style:table-column-properties style:column-width="8.4cm"/></style:style>
 <style:style style:name="ro_t" style:family="table-row"><style:table-row-properties style:row-height="0.75cm" style:use-optimal-row-height="false"/></style:style>
 <style:style style:name="ro_h" style:family="table-row"><style:table-row-properties style:row-height="0.95cm" style:use-optimal-row-height="false"/></style:style>
%s
</office:automatic-styles>
""" % "\n".join(CELL_STYLES)


def fmt_num(v, dec=0, unit=""):
    s = ("{:,.%df}" % dec).format(v).replace(",", "\u202f").replace(".", ",")
    return s + ("\u00a0" + unit if unit else "")


def c_str(text, style="ce_txt", span=1):
    a = ' table:number-columns-spanned="%d"' % span if span > 1 else ""
    cell = '<table:table-cell table:style-name="%s" office:value-type="string"%s><text:p>%s</text:p></table:table-cell>' % (
        style, a, escape(text))
    if span > 1:
        cell += '<table:covered-table-cell/>' * (span - 1)
    return cell


def c_num(v, style, formula=None, kind="float"):
    """kind : eur0, eur2, pct, int, dec1, dec2 (détermine le texte affiché et le type de valeur)."""
    f = ' table:formula="%s"' % escape(formula, {'"': "&quot;"}) if formula else ""
    if kind in ("eur0", "eur2"):
        shown = fmt_num(v, 0 if kind == "eur0" else 2, "€")
        return ('<table:table-cell table:style-name="%s"%s office:value-type="currency" office:currency="EUR" '
                'office:value="%s"><text:p>%s</text:p></table:table-cell>' % (style, f, repr(float(v)), shown))
    if kind == "pct":
        shown = fmt_num(v * 100, 1, "%")
        return ('<table:table-cell table:style-name="%s"%s office:value-type="percentage" office:value="%s">'
                '<text:p>%s</text:p></table:table-cell>' % (style, f, repr(float(v)), shown))
    dec = {"int": 0, "dec1": 1, "dec2": 2}.get(kind, 0)
    return ('<table:table-cell table:style-name="%s"%s office:value-type="float" office:value="%s">'
            '<text:p>%s</text:p></table:table-cell>' % (style, f, repr(float(v)), fmt_num(v, dec)))


def c_empty(style=None):
    return '<table:table-cell table:style-name="%s"/>' % style if style else '<table:table-cell/>'


def row(cells, rstyle=None):
    a = ' table:style-name="%s"' % rstyle if rstyle else ""
    return "<table:table-row%s>%s</table:table-row>" % (a, "".join(cells))


def sheet(name, cols, rows):
    return ('<table:table table:name="%s">%s%s</table:table>' % (
        escape(name), "".join('<table:table-column table:style-name="%s"/>' % c for c in cols), "".join(rows)))


H = "$'Hypothèses'"
CR = "$'Compte de résultat'"
PF = "$'Plan de financement'"
BL = "$'Budget lancement'"


def ref(sheet_, cell):
    return "[%s.%s]" % (sheet_, cell)


# ---------------------------------------------------------------- onglet Hypothèses
# Repères de lignes (numérotation du tableur, 1 = première ligne)
HY = {}


def sheet_hypotheses():
    R = []

    def add(cells, rs=None):
        R.append(row(cells, rs))
        return len(R)

    add([c_str("Hypothèses du prévisionnel — Garde-Robe d'un Soir", "ce_title", 3)], "ro_t")
    add([c_str("Montants HT. An 1 = avril 2026 à mars 2027 (ouverture le 15 avril 2026).", "ce_src", 3)])
    add([c_str(h, "ce_head") for h in ["Prix et coûts par location", "Valeur", "Commentaire"]], "ro_h")
    HY["prix"] = add([c_str("Prix moyen d'une location (HT)"), c_num(PRICE, "ce_eur2", kind="eur2"),
                      c_str("robes de 45 à 69 € TTC, moyenne des prix affichés 60 € TTC")])
    HY["duree"] = add([c_str("Durée d'une location (jours)"), c_num(4, "ce_int", kind="int"),
                       c_str("+ 3 jours de battement : envoi, retour, pressing")])
    HY["caution"] = add([c_str("Caution (empreinte bancaire, non encaissée)"), c_num(150, "ce_eur2", kind="eur2"),
                         c_str("pas de recette, pour mémoire")])
    HY["pressing"] = add([c_str("Pressing par location"), c_num(VAR["pressing"], "ce_eur2", kind="eur2"),
                          c_str("tarif négocié avec le pressing du centre-ville")])
    HY["envoi"] = add([c_str("Envoi par location (moyenne, retraits compris)"), c_num(VAR["envoi"], "ce_eur2", kind="eur2"),
                       c_str("vélo-cargo, Mondial Relay, Colissimo, retour prépayé")])
    HY["paiement"] = add([c_str("Frais de paiement en ligne par location"), c_num(VAR["paiement"], "ce_eur2", kind="eur2"),
                          c_str("Stripe, environ 1,5 % + 0,25 €")])
    p0, p1 = HY["pressing"], HY["paiement"]
    HY["cv"] = add([c_str("Coût variable par location", "ce_bold"),
                    c_num(VAR_UNIT, "ce_eur2b", "of:=SUM([.B%d:.B%d])" % (p0, p1), "eur2"), c_empty("ce_bold")])
    add([c_empty()])
    add([c_str(h, "ce_head") for h in ["Locations par mois — an 1", "Coefficient saisonnier", "Locations"]], "ro_h")
    HY["base"] = add([c_str("Rythme de base (locations par mois au coefficient 1)"), c_empty("ce_txt"),
                      c_num(BASE, "ce_int", kind="int")])
    first = len(R) + 1
    for m, c in MONTHS:
        n = len(R) + 1
        add([c_str(m, "ce_sub"), c_num(c, "ce_dec", kind="dec2"),
             c_num(round(BASE * c), "ce_int", "of:=ROUND([.$C$%d]*[.B%d];0)" % (HY["base"], n), "int")])
    last = len(R)
    HY["m_first"], HY["m_last"] = first, last
    HY["y1"] = add([c_str("Total an 1", "ce_bold"),
                    c_num(sum(c for _, c in MONTHS), "ce_decb", "of:=SUM([.B%d:.B%d])" % (first, last), "dec2"),
                    c_num(RENT_Y1, "ce_intb", "of:=SUM([.C%d:.C%d])" % (first, last), "int")])
    n = len(R) + 1
    HY["y2"] = add([c_str("An 2 : moyenne mensuelle / total de l'année"), c_num(RENT_Y2_MONTH, "ce_int", kind="int"),
                    c_num(RENT_Y2, "ce_int", "of:=[.B%d]*12" % n, "int")])
    n = len(R) + 1
    HY["y3"] = add([c_str("An 3 : moyenne mensuelle / total (stock porté à 200 robes)"),
                    c_num(RENT_Y3 / 12, "ce_dec1", "of:=[.C%d]/12" % n, "dec1"), c_num(RENT_Y3, "ce_int", kind="int")])
    add([c_empty()])
    add([c_str(h, "ce_head") for h in ["Charges fixes (hors intérêts, voir Plan de financement)", "An 1", "An 2",
                                       "An 3"]], "ro_h")
    f0 = len(R) + 1
    HY["fixed_rows"] = []
    for lab, a, b, c in FIXED_LINES:
        HY["fixed_rows"].append(add([c_str(lab), c_num(a, "ce_eur0", kind="eur0"), c_num(b, "ce_eur0", kind="eur0"),
                                     c_num(c, "ce_eur0", kind="eur0")]))
    f1 = len(R)
    tots = [sum(l[k] for l in FIXED_LINES) for k in (1, 2, 3)]
    HY["fixed_tot"] = add([c_str("Total charges fixes hors intérêts", "ce_bold")] + [
        c_num(tots[k], "ce_eur0b", "of:=SUM([.%s%d:.%s%d])" % (col, f0, col, f1), "eur0")
        for k, col in enumerate("BCD")])
    add([c_empty()])
    HY["comm"] = add([c_str("Communication après le lancement"), c_str("voir Budget lancement", "ce_txt"),
                      c_num(COMM[1], "ce_eur0", kind="eur0"), c_num(COMM[2], "ce_eur0", kind="eur0")])
    HY["is"] = add([c_str("Taux d'impôt sur les sociétés (taux réduit PME)"), c_num(IS_RATE, "ce_pct", kind="pct"),
                    c_empty("ce_txt"), c_empty("ce_txt")])
    add([c_empty()])
    add([c_str(h, "ce_head") for h in ["Investissements", "Montant", "Durée d'amortissement (ans)", "Année d'achat"]],
        "ro_h")
    HY["inv_rows"] = []
    for lab, amt, dur, yr in INVEST:
        HY["inv_rows"].append(add([c_str(lab), c_num(amt, "ce_eur0", kind="eur0"), c_num(dur, "ce_int", kind="int"),
                                   c_num(yr, "ce_int", kind="int")]))
    add([c_empty()])
    add([c_str("Source : devis (site, cabine), factures des grossistes, tarifs transporteurs et pressing de janvier 2026, "
               "échanges avec le cabinet comptable.", "ce_src", 4)])
    return sheet("Hypothèses", ["co_d", "co_b", "co_b", "co_b"], R)


# ---------------------------------------------------------------- onglet Plan de financement
PFR = {}


def sheet_plan():
    R = []

    def add(cells, rs=None):
        R.append(row(cells, rs))
        return len(R)

    add([c_str("Plan de financement sur trois ans", "ce_title", 4)], "ro_t")
    add([c_empty()])
    add([c_str(h, "ce_head") for h in ["Emprunt bancaire", "Valeur", "", ""]], "ro_h")
    PFR["capital"] = add([c_str("Montant emprunté"), c_num(LOAN, "ce_eur0", kind="eur0"), c_empty(), c_empty()])
    PFR["taux"] = add([c_str("Taux annuel (indicatif)"), c_num(LOAN_RATE, "ce_pct", kind="pct"), c_empty(), c_empty()])
    PFR["duree"] = add([c_str("Durée (mois)"), c_num(LOAN_N, "ce_int", kind="int"), c_empty(), c_empty()])
    cap, tx, du = PFR["capital"], PFR["taux"], PFR["duree"]
    PFR["mens"] = add([c_str("Mensualité", "ce_bold"),
                       c_num(MENS, "ce_eur2b", "of:=PMT([.B%d]/12;[.B%d];-[.B%d])" % (tx, du, cap), "eur2"),
                       c_empty(), c_empty()])
    add([c_empty()])
    add([c_str(h, "ce_head") for h in ["Remboursements", "An 1", "An 2", "An 3"]], "ro_h")
    cells = [c_str("Intérêts")]
    for y, col in enumerate("BCD"):
        s, e = 12 * y + 1, 12 * y + 12
        cells.append(c_num(LOAN_Y[y][0], "ce_eur2",
                           "of:=-CUMIPMT([.$B$%d]/12;[.$B$%d];[.$B$%d];%d;%d;0)" % (tx, du, cap, s, e), "eur2"))
    PFR["int"] = add(cells)
    cells = [c_str("Capital remboursé")]
    for y, col in enumerate("BCD"):
        s, e = 12 * y + 1, 12 * y + 12
        cells.append(c_num(LOAN_Y[y][1], "ce_eur2",
                           "of:=-CUMPRINC([.$B$%d]/12;[.$B$%d];[.$B$%d];%d;%d;0)" % (tx, du, cap, s, e), "eur2"))
    PFR["cap"] = add(cells)
    add([c_str("Prêt d'honneur Initiative : prêt personnel à taux zéro, apporté à l'entreprise ; remboursé par moi à "
               "titre personnel (167 € par mois à partir d'octobre 2026).", "ce_src", 4)])
    add([c_empty()])
    add([c_str(h, "ce_head") for h in ["Besoins", "An 1", "An 2", "An 3"]], "ro_h")
    b0 = len(R) + 1
    return R, add, b0


def sheet_plan_full(hy_inv_rows):
    R, add, b0 = sheet_plan()
    inv_y = [sum(a[1] for a in INVEST if a[3] == y) for y in (1, 2, 3)]
    i0, i1 = hy_inv_rows[0], hy_inv_rows[-1]
    cells = [c_str("Investissements (robes, site, cabine, matériel)")]
    for y, col in enumerate("BCD"):
        cells.append(c_num(inv_y[y], "ce_eur0", "of:=SUMIF(%s;%d;%s)" % (
            "[%s.$D$%d:.$D$%d]" % (H, i0, i1), y + 1, "[%s.$B$%d:.$B$%d]" % (H, i0, i1)), "eur0"))
    r_inv = add(cells)
    r_lanc = add([c_str("Actions de lancement"), c_num(LAUNCH_TOTAL, "ce_eur0", "of:=%s" % ref(BL, "D%d" % BLR["tot"]), "eur0"),
                  c_num(0, "ce_eur0", kind="eur0"), c_num(0, "ce_eur0", kind="eur0")])
    r_bfr = add([c_str("Besoin en fonds de roulement"), c_num(3000, "ce_eur0", kind="eur0"),
                 c_num(0, "ce_eur0", kind="eur0"), c_num(0, "ce_eur0", kind="eur0")])
    cells = [c_str("Remboursement du capital de l'emprunt")]
    for y, col in enumerate("BCD"):
        cells.append(c_num(LOAN_Y[y][1], "ce_eur0", "of:=[.%s%d]" % (col, PFR["cap"]), "eur0"))
    r_remb = add(cells)
    tb = [inv_y[y] + (LAUNCH_TOTAL + 3000 if y == 0 else 0) + LOAN_Y[y][1] for y in range(3)]
    PFR["tb"] = add([c_str("Total besoins", "ce_bold")] + [
        c_num(tb[y], "ce_eur0b", "of:=SUM([.%s%d:.%s%d])" % (col, r_inv, col, r_remb), "eur0")
        for y, col in enumerate("BCD")])
    add([c_empty()])
    add([c_str(h, "ce_head") for h in ["Ressources", "An 1", "An 2", "An 3"]], "ro_h")
    r_app = add([c_str("Apport personnel"), c_num(8000, "ce_eur0", kind="eur0"), c_num(0, "ce_eur0", kind="eur0"),
                 c_num(0, "ce_eur0", kind="eur0")])
    add([c_str("Prêt d'honneur (réseau Initiative)"), c_num(10000, "ce_eur0", kind="eur0"), c_num(0, "ce_eur0", kind="eur0"),
         c_num(0, "ce_eur0", kind="eur0")])
    add([c_str("Emprunt bancaire"), c_num(LOAN, "ce_eur0", "of:=[.B%d]" % PFR["capital"], "eur0"),
         c_num(0, "ce_eur0", kind="eur0"), c_num(0, "ce_eur0", kind="eur0")])
    cells = [c_str("Capacité d'autofinancement")]
    for y, col in enumerate("BCD"):
        cells.append(c_num(FC[y]["caf"], "ce_eur0", "of:=%s" % ref(CR, "%s%d" % (col, CRR["caf"])), "eur0"))
    r_caf = add(cells)
    tr = [(8000 + 10000 + LOAN if y == 0 else 0) + FC[y]["caf"] for y in range(3)]
    PFR["tr"] = add([c_str("Total ressources", "ce_bold")] + [
        c_num(tr[y], "ce_eur0b", "of:=SUM([.%s%d:.%s%d])" % (col, r_app, col, r_caf), "eur0")
        for y, col in enumerate("BCD")])
    add([c_empty()])
    solde = [tr[y] - tb[y] for y in range(3)]
    r_solde = add([c_str("Solde de l'année", "ce_bold")] + [
        c_num(solde[y], "ce_eur0b", "of:=[.%s%d]-[.%s%d]" % (col, PFR["tr"], col, PFR["tb"]), "eur0")
        for y, col in enumerate("BCD")])
    cum = [sum(solde[:y + 1]) for y in range(3)]
    cells = [c_str("Trésorerie cumulée en fin d'année", "ce_bold"),
             c_num(cum[0], "ce_eur0b", "of:=[.B%d]" % r_solde, "eur0"),
             c_num(cum[1], "ce_eur0b", "of:=[.B%d]+[.C%d]" % (len(R) + 1, r_solde), "eur0"),
             c_num(cum[2], "ce_eur0b", "of:=[.C%d]+[.D%d]" % (len(R) + 1, r_solde), "eur0")]
    add(cells)
    PFR["cum"] = cum
    return sheet("Plan de financement", ["co_d", "co_b", "co_b", "co_b"], R)


# ---------------------------------------------------------------- onglet Compte de résultat
CRR = {}


def sheet_cr():
    R = []

    def add(cells, rs=None):
        R.append(row(cells, rs))
        return len(R)

    add([c_str("Compte de résultat prévisionnel (en €, HT)", "ce_title", 4)], "ro_t")
    add([c_str("An 1 = avril 2026 à mars 2027 ; an 2 = avril 2027 à mars 2028 ; an 3 = avril 2028 à mars 2029.",
               "ce_src", 4)])
    add([c_str(h, "ce_head") for h in ["", "An 1", "An 2", "An 3"]], "ro_h")
    ycell = ["C%d" % HY["y1"], "C%d" % HY["y2"], "C%d" % HY["y3"]]
    CRR["n"] = add([c_str("Nombre de locations")] + [
        c_num(FC[y]["n"], "ce_int", "of:=%s" % ref(H, ycell[y]), "int") for y in range(3)])
    CRR["prix"] = add([c_str("Prix moyen d'une location HT")] + [
        c_num(PRICE, "ce_eur2", "of:=%s" % ref(H, "$B$%d" % HY["prix"]), "eur2") for _ in range(3)])
    CRR["ca"] = add([c_str("Chiffre d'affaires", "ce_bold")] + [
        c_num(FC[y]["ca"], "ce_eur0b", "of:=[.%s%d]*[.%s%d]" % (col, CRR["n"], col, CRR["prix"]), "eur0")
        for y, col in enumerate("BCD")])
    rows_v = []
    for key, lab in (("pressing", "Pressing"), ("envoi", "Envois (aller et retour)"), ("paiement", "Frais de paiement")):
        rows_v.append(add([c_str(lab, "ce_sub")] + [
            c_num(FC[y]["n"] * VAR[key], "ce_eur0", "of:=[.%s%d]*%s" % (col, CRR["n"], ref(H, "$B$%d" % HY[key])), "eur0")
            for y, col in enumerate("BCD")]))
    CRR["cv"] = add([c_str("Total coûts variables", "ce_bold")] + [
        c_num(FC[y]["cv"], "ce_eur0b", "of:=SUM([.%s%d:.%s%d])" % (col, rows_v[0], col, rows_v[-1]), "eur0")
        for y, col in enumerate("BCD")])
    CRR["mcv"] = add([c_str("Marge sur coûts variables", "ce_bold")] + [
        c_num(FC[y]["mcv"], "ce_eur0b", "of:=[.%s%d]-[.%s%d]" % (col, CRR["ca"], col, CRR["cv"]), "eur0")
        for y, col in enumerate("BCD")])
    CRR["taux"] = add([c_str("Taux de marge sur coûts variables")] + [
        c_num(FC[y]["mcv"] / FC[y]["ca"], "ce_pct", "of:=[.%s%d]/[.%s%d]" % (col, CRR["mcv"], col, CRR["ca"]), "pct")
        for y, col in enumerate("BCD")])
    add([c_str("Charges fixes", "ce_sec"), c_empty("ce_sec"), c_empty("ce_sec"), c_empty("ce_sec")])
    fr_rows = []
    for k, (lab, a, b, c) in enumerate(FIXED_LINES):
        hr = HY["fixed_rows"][k]
        vals = (a, b, c)
        fr_rows.append(add([c_str(lab, "ce_sub")] + [
            c_num(vals[y], "ce_eur0", "of:=%s" % ref(H, "%s%d" % (col, hr)), "eur0") for y, col in enumerate("BCD")]))
    fr_rows.append(add([c_str("Intérêts d'emprunt", "ce_sub")] + [
        c_num(LOAN_Y[y][0], "ce_eur0", "of:=%s" % ref(PF, "%s%d" % (col, PFR["int"])), "eur0")
        for y, col in enumerate("BCD")]))
    CRR["fixed"] = add([c_str("Total charges fixes", "ce_bold")] + [
        c_num(FC[y]["fixed"], "ce_eur0b", "of:=SUM([.%s%d:.%s%d])" % (col, fr_rows[0], col, fr_rows[-1]), "eur0")
        for y, col in enumerate("BCD")])
    CRR["comm"] = add([c_str("Actions de lancement / communication"),
                       c_num(LAUNCH_TOTAL, "ce_eur0", "of:=%s" % ref(BL, "D%d" % BLR["tot"]), "eur0"),
                       c_num(COMM[1], "ce_eur0", "of:=%s" % ref(H, "C%d" % HY["comm"]), "eur0"),
                       c_num(COMM[2], "ce_eur0", "of:=%s" % ref(H, "D%d" % HY["comm"]), "eur0")])
    i0, i1 = HY["inv_rows"][0], HY["inv_rows"][-1]
    cells = [c_str("Dotations aux amortissements")]
    for y, col in enumerate("BCD"):
        f = "of:=SUMPRODUCT((%s<=%d)*%s/%s)" % ("[%s.$D$%d:.$D$%d]" % (H, i0, i1), y + 1,
                                                "[%s.$B$%d:.$B$%d]" % (H, i0, i1), "[%s.$C$%d:.$C$%d]" % (H, i0, i1))
        cells.append(c_num(FC[y]["amort"], "ce_eur0", f, "eur0"))
    CRR["amort"] = add(cells)
    CRR["rai"] = add([c_str("Résultat avant impôt", "ce_bold")] + [
        c_num(FC[y]["rai"], "ce_eur0b", "of:=[.%s%d]-[.%s%d]-[.%s%d]-[.%s%d]" % (
            col, CRR["mcv"], col, CRR["fixed"], col, CRR["comm"], col, CRR["amort"]), "eur0")
        for y, col in enumerate("BCD")])
    CRR["is"] = add([c_str("Impôt sur les sociétés")] + [
        c_num(FC[y]["imp"], "ce_eur0", "of:=MAX(0;[.%s%d]*%s)" % (col, CRR["rai"], ref(H, "$B$%d" % HY["is"])), "eur0")
        for y, col in enumerate("BCD")])
    CRR["net"] = add([c_str("Résultat net", "ce_bold")] + [
        c_num(FC[y]["net"], "ce_eur0b", "of:=[.%s%d]-[.%s%d]" % (col, CRR["rai"], col, CRR["is"]), "eur0")
        for y, col in enumerate("BCD")])
    add([c_empty()])
    CRR["caf"] = add([c_str("Capacité d'autofinancement (résultat net + amortissements)")] + [
        c_num(FC[y]["caf"], "ce_eur0", "of:=[.%s%d]+[.%s%d]" % (col, CRR["net"], col, CRR["amort"]), "eur0")
        for y, col in enumerate("BCD")])
    add([c_empty()])
    add([c_str("Rémunération de la dirigeante : 0 € en an 1 (ARE jusqu'au printemps 2027).", "ce_src", 4)])
    return sheet("Compte de résultat", ["co_d", "co_b", "co_b", "co_b"], R)


# ---------------------------------------------------------------- onglet Seuil de rentabilité (B4/B7 comme dans le brief)
def sheet_seuil():
    R = []

    def add(cells, rs=None):
        R.append(row(cells, rs))
        return len(R)

    fc = FC[0]
    taux = fc["mcv"] / fc["ca"]
    add([c_str("Seuil de rentabilité — an 1", "ce_title", 3)], "ro_t")
    add([c_empty()])
    add([c_str(h, "ce_head") for h in ["Élément", "An 1", "Calcul"]], "ro_h")
    add([c_str("Charges fixes de l'an 1 (intérêts compris)"),
         c_num(fc["fixed"], "ce_eur0", "of:=%s" % ref(CR, "B%d" % CRR["fixed"]), "eur0"),
         c_str("Compte de résultat")])                                             # ligne 4
    add([c_str("Chiffre d'affaires de l'an 1"), c_num(fc["ca"], "ce_eur0", "of:=%s" % ref(CR, "B%d" % CRR["ca"]), "eur0"),
         c_str("Compte de résultat")])                                             # ligne 5
    add([c_str("Marge sur coûts variables de l'an 1"),
         c_num(fc["mcv"], "ce_eur0", "of:=%s" % ref(CR, "B%d" % CRR["mcv"]), "eur0"), c_str("CA - coûts variables")])  # 6
    add([c_str("Taux de marge sur coûts variables"), c_num(taux, "ce_pct", "of:=[.B6]/[.B5]", "pct"),
         c_str("marge / CA")])                                                     # ligne 7
    add([c_empty()])
    add([c_str("Seuil de rentabilité (CA)", "ce_bold"), c_num(SEUIL_CA, "ce_eur0b", "of:=[.B4]/[.B7]", "eur0"),
         c_str("charges fixes / taux de marge", "ce_bold")])                       # ligne 9
    add([c_str("Prix moyen d'une location HT"),
         c_num(PRICE, "ce_eur2", "of:=%s" % ref(H, "$B$%d" % HY["prix"]), "eur2"), c_str("Hypothèses")])  # 10
    add([c_str("Locations nécessaires sur l'année"), c_num(SEUIL_N, "ce_dec1", "of:=[.B9]/[.B10]", "dec1"),
         c_str("seuil / prix moyen")])                                             # 11
    add([c_str("Locations nécessaires par mois", "ce_bold"), c_num(SEUIL_N / 12, "ce_decb", "of:=[.B11]/12", "dec1"),
         c_str("point mort", "ce_bold")])                                          # 12
    add([c_str("Locations nécessaires par semaine"), c_num(SEUIL_N / 52, "ce_dec1", "of:=[.B11]/52", "dec1"),
         c_empty("ce_txt")])                                                       # 13
    add([c_str("Marge de sécurité (CA prévu - seuil)"), c_num(fc["ca"] - SEUIL_CA, "ce_eur0", "of:=[.B5]-[.B9]", "eur0"),
         c_empty("ce_txt")])                                                       # 14
    add([c_empty()])
    add([c_str("Ma rémunération n'est pas comptée en an 1 (je perçois l'ARE).", "ce_src", 3)])
    return sheet("Seuil de rentabilité", ["co_d", "co_b", "co_c"], R)


# ---------------------------------------------------------------- onglet Budget lancement
BLR = {}


def sheet_budget():
    R = []

    def add(cells, rs=None):
        R.append(row(cells, rs))
        return len(R)

    add([c_str("Budget de lancement — actions de lancement 2026", "ce_title", 5)], "ro_t")
    add([c_empty()])
    add([c_str(h, "ce_head") for h in ["Action", "Période", "Détail", "Coût", "Locations attendues"]], "ro_h")
    first = len(R) + 1
    for a, per, det, cost, n in LAUNCH:
        add([c_str(a), c_str(per), c_str(det), c_num(cost, "ce_eur0", kind="eur0"), c_num(n, "ce_int", kind="int")])
    last = len(R)
    add([c_empty()])
    BLR["tot"] = add([c_str("Total", "ce_bold"), c_empty("ce_bold"), c_empty("ce_bold"),
                      c_num(LAUNCH_TOTAL, "ce_eur0b", "of:=SUM([.D%d:.D%d])" % (first, last), "eur0"),
                      c_num(sum(l[4] for l in LAUNCH), "ce_intb", "of:=SUM([.E%d:.E%d])" % (first, last), "int")])
    add([c_empty()])
    add([c_str("Devis et tarifs relevés en janvier 2026 ; locations attendues estimées par moi.", "ce_src", 5)])
    return sheet("Budget lancement", ["co_c", "co_c", "co_d", "co_b", "co_b"], R)


def build_xlsx():
    # l'ordre de calcul des repères : Hypothèses, Budget, Plan (intérêts), Compte de résultat, Plan complet
    s_h = sheet_hypotheses()
    s_b = sheet_budget()
    sheet_plan()            # fixe PFR["int"], PFR["cap"], etc.
    s_cr = sheet_cr()
    s_pf = sheet_plan_full(HY["inv_rows"])
    s_s = sheet_seuil()
    fods = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:meta><meta:initial-creator>%s</meta:initial-creator><meta:creation-date>%s</meta:creation-date>'
            '<dc:creator>%s</dc:creator><dc:date>%s</dc:date><dc:title>Prévisionnel 3 ans — Garde-Robe d\'un Soir</dc:title>'
            '</office:meta>%s<office:body><office:spreadsheet>%s%s%s%s%s</office:spreadsheet></office:body>'
            '</office:document>'
            % (NS, AUTHOR, XL_CREATED[:-1], AUTHOR, XL_MODIFIED[:-1], STYLES_XML, s_h, s_cr, s_pf, s_s, s_b))
    tmp = tempfile.mkdtemp(prefix="c140-")
    try:
        src = os.path.join(tmp, "Previsionnel_3ans.fods")
        with open(src, "w", encoding="utf-8") as f:
            f.write(fods)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-c140-business-plan-location-robes-nantes",
                        "--headless", "--convert-to", "xlsx", "--outdir", tmp, src], check=True, timeout=180,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, "Previsionnel_3ans.xlsx"), XLSX)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def fix(name, data):
        if name == "docProps/core.xml":
            t = data.decode("utf-8")
            t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % XL_CREATED, t)
            t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % XL_MODIFIED, t)
            t = re.sub(r"<cp:revision>[^<]*</cp:revision>", "<cp:revision>21</cp:revision>", t)
            t = t.replace("<dc:language>en-US</dc:language>", "<dc:language>fr-FR</dc:language>")
            return t.encode("utf-8")
        if name == "docProps/app.xml":
            t = data.decode("utf-8")
            t = re.sub(r"<TotalTime>[^<]*</TotalTime>", "<TotalTime>544</TotalTime>", t)
            return t.encode("utf-8")
        return data
    repack_file(XLSX, fix)


def main():
    os.makedirs(OUT, exist_ok=True)
    n_tab, words = build_docx()
    build_xlsx()
    assert n_tab == 8, n_tab
    assert RENT_Y1 == 1168 and FC[0]["ca"] == 58400 and FC[1]["ca"] == 96000 and FC[2]["ca"] == 131000
    assert LAUNCH_TOTAL == 5000
    assert round(SEUIL_N / 12) == 26, SEUIL_N
    print("ok", DOCX, XLSX, n_tab, "tableaux", words, "mots")
    for y in range(3):
        print("an", y + 1, {k: round(v, 2) for k, v in FC[y].items()})
    print("seuil", round(SEUIL_CA, 2), round(SEUIL_N, 1), "mens", round(MENS, 2), "tréso", PFR["cum"])


if __name__ == "__main__":
    main()
