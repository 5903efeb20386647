"""Générateur du mémoire professionnel de Maëlle Guérin (Cargo Lib) - DOCX."""
import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "c32-cargo-lib")
OUT = os.path.join(OUT_DIR, "cargo-lib-memoire.docx")
AUTHOR = "Maëlle Guérin"

doc = Document()
cp = doc.core_properties
cp.author = AUTHOR
cp.last_modified_by = AUTHOR
cp.title = "Mémoire professionnel - Cargo Lib"
cp.subject = "Titre RNCP Chef de projet e-commerce"
cp.created = datetime.datetime(2026, 6, 2, 8, 0, 0)
cp.modified = datetime.datetime(2026, 6, 19, 22, 10, 0)
cp.revision = 14

normal = doc.styles["Normal"]
normal.font.name = "Cambria"
normal.font.size = Pt(11)
normal.paragraph_format.space_after = Pt(6)
normal.paragraph_format.line_spacing = 1.15
for name, size, color in (("Heading 1", 17, "1F5C4A"), ("Heading 2", 13.5, "2B7A63"),
                          ("Heading 3", 11.5, "333333")):
    s = doc.styles[name]
    s.font.size = Pt(size)
    s.font.color.rgb = RGBColor.from_string(color)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
sec.different_first_page_header_footer = True
sec.header.paragraphs[0].text = "Cargo Lib – Mémoire professionnel – Maëlle Guérin"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = "Titre RNCP niveau 6 « Chef de projet e-commerce » – session 2026"



def _normalise_zip(path, when):
    """Réécrit l'archive avec des dates fixes pour un résultat reproductible."""
    import zipfile
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    os.replace(tmp, path)


def para(txt, bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(txt)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def paras(*txts):
    for t in txts:
        para(t)


def h(txt, level=1):
    doc.add_heading(txt, level=level)


def bullets(items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


def table(rows, widths=None, size=9.5, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(c)
            run.font.size = Pt(size)
            if header and i == 0:
                run.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def caption(txt):
    para(txt, italic=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ================================================================ COUVERTURE
for _ in range(4):
    doc.add_paragraph()
para("CARGO LIB", bold=True, size=34, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Pièces, accessoires et entretien pour vélos cargo", italic=True, size=14,
     align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()
para("Gagner en visibilité et industrialiser la boutique en ligne :", bold=True, size=16,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("référencement, campagnes payantes et pilotage du projet « Trouver ma pièce »",
     bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
for _ in range(3):
    doc.add_paragraph()
para("Mémoire professionnel présenté par Maëlle Guérin", size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Titre RNCP « Chef de projet e-commerce » – Blocs 3 et 5", size=12,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Alternance chez Cargo Lib SAS, Rezé (44) – septembre 2025 à juin 2026", size=12,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Tutrice entreprise : Samia Haddad, co-fondatrice et directrice commerciale", size=11,
     align=WD_ALIGN_PARAGRAPH.CENTER)
page_break()

# ================================================================ REMERCIEMENTS
h("Remerciements", 1)
paras(
    "Je remercie en premier lieu Samia Haddad et Pierre-Yves Kerbrat, fondateurs de Cargo Lib, "
    "qui m'ont confié dès mon arrivée des sujets bien plus larges que ce que j'imaginais pour une "
    "alternance. Merci à Samia pour sa disponibilité, ses relectures du dimanche soir et sa "
    "franchise quand mes tableaux de bord étaient « jolis mais inutiles ».",
    "Merci à toute l'équipe de l'entrepôt de Rezé, en particulier Youssef et Bérénice, qui ont "
    "accepté que je chronomètre leurs préparations de commandes pendant deux semaines sans "
    "(trop) protester, et à Hugo, notre technicien atelier, qui m'a appris la différence entre "
    "une chaîne de 1/8e et une chaîne de 3/32e – ce qui s'est révélé très utile pour les "
    "mots-clés.",
    "Enfin, merci à Clément, de l'agence Ouest Pixel, pour sa patience pendant les recettes du "
    "module de compatibilité.",
)
page_break()

# ================================================================ SOMMAIRE
h("Sommaire", 1)
toc = [
    ("Introduction", "4"),
    ("1. Cargo Lib et son marché", "5"),
    ("   1.1 Une entreprise née d'un atelier de réparation", "5"),
    ("   1.2 Le marché du vélo cargo en France", "6"),
    ("   1.3 Le site cargolib.fr en septembre 2025", "7"),
    ("2. Le projet « Trouver ma pièce » : cahier des charges", "8"),
    ("   2.1 Directives de la direction", "8"),
    ("   2.2 Objectifs généraux, spécifiques et techniques", "9"),
    ("   2.3 Plan détaillé du cahier des charges", "10"),
    ("   2.4 Sélection des prestataires", "11"),
    ("3. Conformité juridique du site", "12"),
    ("   3.1 Mentions légales", "12"),
    ("   3.2 Analyse des CGV", "13"),
    ("   3.3 Mise en conformité RGPD", "14"),
    ("4. Animer l'équipe", "15"),
    ("5. Logistique : stock, préparation, transport", "17"),
    ("6. Référencement naturel", "21"),
    ("7. Campagnes sponsorisées et réseaux sociaux", "26"),
    ("8. Mesure de la performance", "29"),
    ("9. Bilan, ROI et actions correctives", "31"),
    ("Conclusion", "33"),
    ("Annexes", "34"),
]
t = doc.add_table(rows=len(toc), cols=2)
for i, (a, b) in enumerate(toc):
    t.cell(i, 0).text = a
    t.cell(i, 1).text = b
    t.cell(i, 0).width = Cm(14)
    t.cell(i, 1).width = Cm(2)
page_break()

# ================================================================ INTRODUCTION
h("Introduction", 1)
paras(
    "Quand je suis arrivée chez Cargo Lib en septembre 2025, l'entreprise sortait d'une année "
    "paradoxale : un chiffre d'affaires en hausse de 22 %, mais un site qui ne suivait plus. "
    "Le catalogue était passé de 1 100 à 3 400 références en dix-huit mois, les clients "
    "appelaient l'atelier pour savoir si tel pneu allait sur leur Urban Arrow ou leur "
    "Babboe, et près d'un colis sur vingt partait avec une erreur. Côté visibilité, le site "
    "vivait essentiellement de son trafic direct et du bouche-à-oreille des vélocistes "
    "partenaires ; Google ne nous connaissait que pour notre nom.",
    "Ma mission d'alternance a été construite autour de deux chantiers qui se recoupent : "
    "d'une part faire monter la visibilité de cargolib.fr sur les moteurs de recherche, par le "
    "référencement naturel et par des campagnes sponsorisées mesurées ; d'autre part piloter "
    "le projet « Trouver ma pièce », un moteur de compatibilité qui permet au client de "
    "sélectionner son modèle de vélo cargo et de ne voir que les pièces qui lui conviennent, "
    "avec tout ce que cela implique en cahier des charges, choix de prestataires, conformité "
    "juridique, organisation de l'équipe et de l'entrepôt.",
    "Ce mémoire suit à peu près l'ordre chronologique de ma mission. Après une présentation "
    "de Cargo Lib et de son marché (partie 1), je détaille le cadrage du projet (partie 2), la "
    "remise à niveau juridique du site (partie 3), l'animation de l'équipe (partie 4) et la "
    "logistique (partie 5). Les parties 6 à 8 sont consacrées à la visibilité : SEO, SEA, "
    "réseaux sociaux et mesure. La partie 9 fait le bilan chiffré et propose des corrections. "
    "Les tableaux les plus volumineux (matrice de mots-clés complète, tableaux de bord, "
    "planning, budget) sont en annexe.",
    "Une précision de vocabulaire : dans tout le document, j'appelle « pièce » aussi bien une "
    "pièce détachée (plaquettes, pneus, chaînes, moyeux) qu'un accessoire (capote de pluie, "
    "banquette enfant, sacoche). C'est la façon dont on parle en interne, même si ce n'est pas "
    "très rigoureux.",
)
page_break()

# ================================================================ 1
h("1. Cargo Lib et son marché", 1)
h("1.1 Une entreprise née d'un atelier de réparation", 2)
paras(
    "Cargo Lib a été créée en 2021 par Pierre-Yves Kerbrat, mécanicien cycle passé par deux "
    "magasins nantais, et Samia Haddad, ancienne acheteuse dans la grande distribution "
    "sportive. Au départ, c'était un atelier de réparation spécialisé dans les vélos cargo, "
    "installé dans un ancien garage de la rue de la Commune à Rezé. Très vite, les clients ont "
    "demandé à acheter les pièces pour réparer eux-mêmes, et surtout des vélocistes "
    "généralistes de toute la France ont commencé à commander des pièces spécifiques qu'ils "
    "ne trouvaient pas chez leurs grossistes habituels.",
    "Aujourd'hui, l'entreprise compte 9 salariés (hors alternants) : les deux fondateurs, "
    "trois personnes à l'entrepôt (Youssef, Bérénice et Loïc), Hugo à l'atelier, Inès au "
    "service client, Théo pour les achats et Nadia en comptabilité à temps partiel. Le "
    "chiffre d'affaires 2025 est de 1,24 M€, dont 71 % en ligne (B2C et B2B confondus), "
    "19 % à l'atelier et 10 % en ventes directes aux professionnels par téléphone.",
    "Le site cargolib.fr tourne sous PrestaShop 1.7.8 depuis 2022, hébergé chez o2switch. "
    "Les paiements passent par Stripe et PayPal, le paiement en 3 et 4 fois par Alma (très "
    "utilisé sur les kits d'électrification à 1 490 €). Le service client utilise Zendesk, "
    "les newsletters Brevo, et l'équipe s'organise sur Notion.",
)
h("1.2 Le marché du vélo cargo en France", 2)
paras(
    "Le vélo cargo est passé en quelques années d'objet de niche à véritable alternative à "
    "la seconde voiture pour les familles urbaines. Selon l'Union Sport & Cycle, il s'est "
    "vendu environ 48 000 vélos cargo en France en 2024, dont une très large majorité à "
    "assistance électrique, avec un prix moyen autour de 5 000 €. La fin ou la réduction de "
    "plusieurs aides locales en 2025 a un peu ralenti les ventes de vélos neufs, mais pour "
    "nous c'est plutôt une bonne nouvelle : le parc installé vieillit et a besoin de pièces.",
    "Petite digression, mais qui a beaucoup compté dans nos choix : un vélo cargo s'use "
    "beaucoup plus vite qu'un vélo classique. Un biporteur chargé de deux enfants et des "
    "courses pèse facilement 120 à 150 kg ; les plaquettes, les pneus et les transmissions "
    "durent deux à trois fois moins longtemps. Hugo estime qu'un cargo utilisé tous les jours "
    "consomme entre 250 et 400 € de pièces par an. C'est ce constat qui justifie le "
    "positionnement de Cargo Lib sur la pièce plutôt que sur la vente de vélos neufs, où les "
    "marges sont faibles et la concurrence des marques en direct très forte.",
    "Nos concurrents se répartissent en trois familles :",
)
bullets([
    "les sites des marques elles-mêmes (Urban Arrow, Babboe, Tern, Yuba), qui vendent surtout "
    "les accessoires d'origine, souvent plus chers et peu disponibles ;",
    "les grands sites de cycle généralistes (Probikeshop, Alltricks, Bike24) qui ont un "
    "catalogue énorme mais ne savent pas dire quelle pièce va sur quel cargo ;",
    "deux spécialistes directs : Cargoparts.de (Allemagne, très bon catalogue mais site en "
    "allemand/anglais, livraison 5-8 jours) et Vélo Famille Pièces (Lyon, lancé en 2024, "
    "catalogue plus petit mais très actif sur Instagram).",
])
h("1.3 Le site cargolib.fr en septembre 2025", 2)
paras(
    "L'état des lieux fait en septembre a servi de point de départ à tous les chiffres « avant » "
    "de ce mémoire. En résumé :",
)
table([
    ["Indicateur (sept. 2025)", "Valeur", "Source"],
    ["Sessions mensuelles", "21 400", "GA4"],
    ["Part du trafic organique (hors marque)", "18 %", "GA4 + Search Console"],
    ["Mots-clés positionnés en top 10", "64", "Semrush"],
    ["Domaines référents", "112", "Semrush / Ahrefs Webmaster Tools"],
    ["Taux de conversion global", "1,7 %", "GA4"],
    ["Panier moyen B2C", "87 €", "PrestaShop"],
    ["Temps de chargement fiche produit (LCP mobile)", "4,6 s", "PageSpeed Insights"],
    ["Taux d'erreur de préparation", "4,8 %", "Zendesk (tickets « mauvaise pièce »)"],
    ["Part des contacts SAV sur la compatibilité", "38 %", "Zendesk"],
], widths=[8, 3, 5])
paras(
    "Le chiffre qui a le plus frappé la direction est le dernier : plus d'un tiers des "
    "demandes au service client portaient sur la compatibilité d'une pièce. C'est ce chiffre "
    "qui a déclenché le projet « Trouver ma pièce ».",
)
page_break()
# ================================================================ 2
h("2. Le projet « Trouver ma pièce » : cahier des charges", 1)
paras(
    "Le projet consiste à ajouter au site un sélecteur de vélo (marque → modèle → année) qui "
    "filtre le catalogue pour n'afficher que les pièces compatibles, à enrichir les fiches "
    "d'un tableau de compatibilité, et à profiter du chantier pour migrer vers PrestaShop 8.1. "
    "J'en ai été la cheffe de projet côté Cargo Lib, de la rédaction du cahier des charges "
    "jusqu'à la mise en production le 14 avril 2026.",
)
h("2.1 Directives de la direction", 2)
paras(
    "Lors du comité de direction du 29 septembre 2025, Pierre-Yves et Samia ont fixé un cadre "
    "que j'ai repris tel quel en tête du cahier des charges. Je le reproduis ici car chaque "
    "choix ultérieur s'y réfère :",
)
table([
    ["Directive", "Formulation retenue dans le CDC", "Conséquence pour le projet"],
    ["Budget", "Enveloppe maximale de 38 000 € HT, hors temps interne", "Exclut un développement 100 % sur mesure ; on part d'un module existant adapté"],
    ["Délai", "Mise en ligne avant le 30 avril 2026, avant la saison printemps-été", "Planning rétro-calculé, recette en mars"],
    ["Plateforme", "Rester sur PrestaShop (compétences internes, 200 modules payés)", "Pas de migration Shopify étudiée en détail"],
    ["Données", "La base de compatibilité appartient à Cargo Lib et doit être exportable en CSV", "Clause de réversibilité dans le contrat agence"],
    ["Hébergement", "Hébergement en France", "Maintien o2switch ou équivalent"],
    ["B2B", "Les vélocistes doivent garder leurs prix et leur compte pro", "Reprise des groupes clients et tarifs spécifiques obligatoire"],
], widths=[2.8, 6.5, 6.5])
h("2.2 Objectifs généraux, spécifiques et techniques", 2)
paras(
    "J'ai volontairement limité le nombre d'objectifs : la première version en comptait dix-"
    "sept, et Samia m'a fait remarquer qu'on ne pourrait jamais tous les suivre. La version "
    "validée en comité du 13 octobre est la suivante.",
)
table([
    ["Niveau", "Objectif", "Indicateur", "Valeur de départ", "Cible (sept. 2026)"],
    ["Général", "Faire de cargolib.fr la référence française de la pièce pour vélo cargo", "CA en ligne annuel", "880 k€", "1,1 M€"],
    ["Spécifique", "Réduire les erreurs de commande liées à la compatibilité", "Taux d'erreur de préparation + retours « ne va pas »", "4,8 %", "< 1,5 %"],
    ["Spécifique", "Désengorger le service client", "Part des tickets « compatibilité »", "38 %", "< 15 %"],
    ["Spécifique", "Améliorer la conversion des visiteurs qui connaissent leur vélo", "Taux de conversion des sessions avec sélecteur", "— (n'existe pas)", "> 3 %"],
    ["Technique", "Migrer vers PrestaShop 8.1 sans perte SEO", "Trafic organique J+30 vs J-30", "—", "≥ 95 %"],
    ["Technique", "Module de compatibilité alimenté par import CSV", "Nombre de références reliées à au moins un modèle", "0", "100 % des pièces spécifiques (≈ 2 100)"],
    ["Technique", "Fiches produits rapides", "LCP mobile", "4,6 s", "< 2,5 s"],
], widths=[2.2, 5, 4, 2.3, 2.5], size=9)
paras(
    "Chaque objectif technique est là parce qu'un objectif spécifique en dépend : sans base "
    "de compatibilité complète, le sélecteur ne sert à rien ; sans migration propre, on "
    "perd le trafic gagné par ailleurs. À l'inverse, nous avons retiré des objectifs qui "
    "n'étaient pas nécessaires au projet, comme la refonte graphique complète (repoussée en "
    "2027) ou l'application mobile que Pierre-Yves voulait « un jour ».",
)
h("2.3 Plan détaillé du cahier des charges", 2)
paras(
    "Le cahier des charges complet fait 26 pages (Notion, exporté en PDF le 20 octobre 2025). "
    "Son plan détaillé est le suivant :",
)
bullets([
    "1. Présentation de Cargo Lib – 1.1 Activité et chiffres clés – 1.2 Organisation et interlocuteurs",
    "2. Contexte et enjeux du projet – 2.1 Constat (SAV, erreurs, SEO) – 2.2 Directives de la direction",
    "3. Objectifs – 3.1 Généraux – 3.2 Spécifiques – 3.3 Techniques – 3.4 Indicateurs de réussite",
    "4. Périmètre fonctionnel – 4.1 Sélecteur marque/modèle/année (header + page dédiée) – "
    "4.2 Filtre du catalogue – 4.3 Tableau de compatibilité sur fiche – 4.4 Mémorisation du vélo "
    "dans le compte client – 4.5 Back-office d'import CSV – 4.6 Hors périmètre",
    "5. Exigences techniques – 5.1 PrestaShop 8.1 / PHP 8.1 – 5.2 Reprise des données (3 400 produits, "
    "11 200 clients, groupes B2B) – 5.3 Redirections 301 – 5.4 Performance – 5.5 Sécurité et sauvegardes",
    "6. Contraintes – 6.1 Budget – 6.2 Calendrier – 6.3 Juridiques (RGPD, accessibilité)",
    "7. Organisation du projet – 7.1 Gouvernance et comités – 7.2 Recette – 7.3 Garantie et maintenance",
    "8. Modalités de réponse – 8.1 Contenu attendu des offres – 8.2 Grille de sélection – 8.3 Calendrier de consultation",
    "Annexes – maquettes fil de fer (Figma), extrait de la base de compatibilité, arborescence actuelle",
], style="List Bullet")
h("2.4 Sélection des prestataires", 2)
paras(
    "Quatre agences PrestaShop ont reçu le cahier des charges le 21 octobre ; trois ont "
    "répondu dans les délais. J'ai construit la grille de sélection avec Samia avant de "
    "recevoir les offres, pour ne pas être influencée par les présentations commerciales. "
    "Les pondérations reflètent les directives : le prix compte, mais moins que la capacité "
    "à tenir le délai et la maîtrise de PrestaShop 8.",
)
table([
    ["Critère", "Poids", "Ouest Pixel (Nantes)", "Kreativ Commerce (Rennes)", "Digit'Alpes (Annecy)"],
    ["Prix total (devis HT)", "25 %", "16/20 (31 800 €)", "18/20 (27 400 €)", "11/20 (41 900 €)"],
    ["Expertise PrestaShop 8 (certifications, références)", "20 %", "17/20 – partenaire PrestaShop, 3 migrations 8.x", "12/20 – 1 référence 8.x", "18/20"],
    ["Compréhension du besoin compatibilité", "15 %", "18/20 – a proposé un module existant adapté", "13/20", "15/20"],
    ["Délai et planning proposé", "15 %", "16/20 – livraison 27/03", "14/20 – livraison 15/04 (peu de marge)", "12/20"],
    ["Maintenance / TMA après livraison", "10 %", "15/20 – 8 h/mois incluses 3 mois", "14/20", "16/20"],
    ["Proximité / ateliers sur place", "10 %", "19/20 – 15 min de Rezé", "14/20", "8/20"],
    ["Réversibilité des données", "5 %", "20/20", "15/20", "18/20"],
    ["Note pondérée", "100 %", "16,9", "14,6", "13,8"],
], widths=[4.5, 1.5, 3.5, 3.3, 3])
paras(
    "Ouest Pixel a été retenue le 10 novembre. Kreativ Commerce était moins chère, mais son "
    "planning ne laissait que deux semaines entre la livraison et la date butoir fixée par la "
    "direction, et l'agence n'avait qu'une seule référence en PrestaShop 8. Nous avons "
    "négocié le devis d'Ouest Pixel à 30 600 € HT en retirant la reprise des articles de "
    "blog, que j'ai faite moi-même.",
    "Pour les autres prestataires du projet (hébergement et solution de consentement cookies), "
    "la même logique a été appliquée en plus léger : o2switch conservé (hébergement en "
    "France, offre Cloud à 7 € HT/mois, support réactif) et Axeptio choisi contre Didomi et "
    "Cookiebot pour son prix (à partir de 0 € jusqu'à 200 visiteurs/jour puis formule Start) "
    "et son module PrestaShop natif.",
)
page_break()

# ================================================================ 3
h("3. Conformité juridique du site", 1)
paras(
    "La migration était l'occasion de reprendre les pages légales, qui dataient de 2022 et "
    "n'avaient pas suivi l'ouverture de la vente aux professionnels ni l'arrivée d'Alma.",
)
h("3.1 Mentions légales", 2)
paras(
    "La page est accessible depuis le pied de page de toutes les pages du site (lien « Mentions "
    "légales » à côté des CGV) et depuis le tunnel de commande. Contrôle effectué le 4 novembre "
    "2025, corrigé le 18 novembre :",
)
table([
    ["Élément", "Avant", "Après correction"],
    ["Dénomination, forme, capital", "Cargo Lib SAS, capital non indiqué", "Cargo Lib SAS au capital de 20 000 €"],
    ["Siège social", "OK", "12 rue de la Commune, 44400 Rezé"],
    ["RCS / SIREN", "OK", "RCS Nantes 898 412 357"],
    ["TVA intracommunautaire", "Absent", "FR 61 898412357"],
    ["Directeur de la publication", "« La direction »", "Pierre-Yves Kerbrat, Président"],
    ["Hébergeur", "Nom seulement", "o2switch, Chemin des Pardiaux, 63000 Clermont-Ferrand, 04 44 44 60 40"],
    ["Contact", "Formulaire uniquement", "Formulaire + contact@cargolib.fr + 02 40 xx xx xx"],
    ["Médiateur de la consommation", "Absent", "CM2C, avec lien (renvoyé aussi dans les CGV)"],
], widths=[4.5, 4.5, 7])
h("3.2 Analyse des CGV", 2)
paras(
    "J'ai relu les CGV article par article en les comparant au Code de la consommation et aux "
    "fiches pratiques de la DGCCRF. Les points non conformes ou ambigus ont été listés, puis "
    "la nouvelle version a été relue et validée par Maître Élodie Renaud (cabinet Renaud "
    "Avocats, Nantes, droit de la consommation et du numérique) le 9 janvier 2026, pour "
    "650 € HT. Ses remarques portaient surtout sur la distinction B2C / B2B.",
)
table([
    ["Article / sujet", "Constat dans l'ancienne version", "Correction apportée"],
    ["Champ d'application", "Une seule version pour particuliers et professionnels", "Deux jeux de CGV : CGV consommateurs et CGV professionnelles (acceptées à la création du compte pro)"],
    ["Prix", "« Prix indicatifs susceptibles de modification »", "Prix TTC ferme au moment de la commande, frais de port affichés avant validation"],
    ["Droit de rétractation", "14 jours, mais « pièces montées non reprises » sans précision", "14 jours à compter de la réception ; formulaire type en annexe ; exclusion limitée aux pièces personnalisées (coupes de câbles sur mesure)"],
    ["Frais de retour", "Non précisés", "À la charge du client, sauf erreur de Cargo Lib ou non-conformité"],
    ["Garanties légales", "Seule la « garantie constructeur » citée", "Garantie légale de conformité (2 ans) et garantie des vices cachés reproduites, avec les articles du Code"],
    ["Paiement fractionné", "Absent", "Article dédié Alma (3x, 4x), renvoi aux conditions du prêteur"],
    ["Médiation", "Absent", "Coordonnées du médiateur CM2C"],
    ["Compatibilité", "—", "Clause nouvelle : si le sélecteur indique une pièce compatible et qu'elle ne l'est pas, retour gratuit et échange"],
], widths=[3.5, 5.5, 7], size=9)
paras(
    "Cette dernière clause était une demande de Samia : elle voulait que la promesse du "
    "sélecteur soit garantie noir sur blanc. Maître Renaud l'a reformulée pour ne pas "
    "l'étendre aux erreurs de saisie du client (mauvais modèle sélectionné).",
)
h("3.3 Mise en conformité RGPD", 2)
paras(
    "Le site collectait des données à plusieurs endroits sans que personne en ait une vue "
    "d'ensemble. J'ai commencé par créer le registre des traitements à partir du modèle de "
    "la CNIL (tableur), puis j'ai listé les adaptations.",
)
table([
    ["Traitement", "Base légale", "Durée de conservation", "Adaptation réalisée"],
    ["Gestion des commandes et clients", "Exécution du contrat", "Durée de la relation + 3 ans (prospection), pièces comptables 10 ans", "Purge automatique des comptes inactifs depuis 3 ans (script mensuel) après e-mail de prévenance"],
    ["Newsletter Brevo", "Consentement", "3 ans sans interaction", "Case non pré-cochée, double opt-in activé, lien de désinscription vérifié"],
    ["Mesure d'audience GA4", "Consentement", "14 mois (paramètre GA4)", "Bandeau Axeptio avec « Tout refuser » au même niveau que « Tout accepter », GA4 en Consent Mode v2"],
    ["Pixels Meta et Google Ads", "Consentement", "13 mois max (cookies)", "Déposés uniquement après consentement ; vérifié avec l'extension Tag Assistant"],
    ["Service client Zendesk", "Intérêt légitime", "3 ans après le dernier ticket", "Clause de sous-traitance (DPA) Zendesk signée et archivée"],
    ["Vélo mémorisé dans le compte", "Exécution du contrat", "Durée du compte", "Information dans la politique de confidentialité"],
], widths=[3.5, 2.5, 4, 6], size=9)
paras(
    "La politique de confidentialité a été réécrite en langage simple, avec un tableau "
    "reprenant ces traitements. Le formulaire de contact ne demande plus le téléphone de "
    "façon obligatoire (minimisation). Enfin, une adresse dédiée rgpd@cargolib.fr renvoie "
    "vers Inès pour les demandes d'accès ou de suppression, avec un délai interne de "
    "réponse de 15 jours (le délai légal est d'un mois).",
)
page_break()

# ================================================================ 4
h("4. Animer l'équipe", 1)
paras(
    "Cargo Lib est une petite structure et je n'ai pas de lien hiérarchique avec l'équipe. "
    "Pendant le projet, j'ai pourtant dû animer des réunions, répartir des tâches et faire le "
    "point individuellement avec chacun. Samia m'a délégué l'animation des réunions projet et "
    "le suivi des indicateurs de l'entrepôt à partir de janvier.",
)
h("4.1 Les réunions et leurs objectifs", 2)
table([
    ["Réunion", "Fréquence / durée", "Participants", "Objectif annoncé en début de réunion"],
    ["Lancement projet", "Une fois, 2 h (17 nov. 2025)", "Toute l'équipe + Ouest Pixel", "Présenter le projet, le calendrier et qui fait quoi ; recueillir les craintes de l'entrepôt et du SAV"],
    ["Comité de pilotage", "Toutes les 3 semaines, 1 h", "Fondateurs, Maëlle, chef de projet agence", "Valider l'avancement, arbitrer budget et périmètre"],
    ["Point projet hebdo", "Lundi 9 h 30, 30 min", "Maëlle, Théo, Inès, Hugo", "Suivre les tâches Notion de la semaine, lever les blocages"],
    ["Point entrepôt", "Mardi 8 h 15, 15 min debout", "Youssef, Bérénice, Loïc, Maëlle", "Revoir les erreurs de la semaine précédente et les volumes attendus"],
    ["Entretien individuel", "Une fois par mois, 20 min", "Maëlle + chaque membre du projet", "Faire le point sur la charge, les difficultés et les réussites de chacun"],
], widths=[3, 3, 3.5, 6.5], size=9)
paras(
    "J'ai pris l'habitude d'écrire l'objectif de chaque réunion en première ligne de l'ordre "
    "du jour Notion, sous la forme « À la fin de cette réunion, nous aurons… ». Cela paraît "
    "scolaire mais ça a réduit la durée des points hebdo de 45 à 30 minutes en moyenne.",
)
h("4.2 Reconnaître le travail de chacun", 2)
paras(
    "Le gros du travail de saisie de la base de compatibilité (2 140 pièces × modèles) a été "
    "fait par Hugo et Théo, en plus de leur travail habituel. À chaque comité de pilotage, "
    "une partie « ce qui a bien marché » citait nommément les contributions : par exemple, "
    "Hugo a eu l'idée de relier les pièces par « famille de fourche » plutôt que modèle par "
    "modèle, ce qui a divisé par trois le temps de saisie. Samia a repris cette idée dans "
    "le mail d'équipe de janvier et une prime exceptionnelle de 300 € a été versée à Hugo et "
    "Théo à la mise en ligne.",
)
h("4.3 Indicateurs individuels de l'entrepôt", 2)
paras(
    "Pour l'entrepôt, nous avons mis en place en janvier 2026 trois indicateurs individuels, "
    "discutés avec l'équipe avant d'être affichés (l'idée n'était pas de classer les gens "
    "mais de voir où le processus coince).",
)
table([
    ["Préparateur", "Lignes préparées / heure (janv.)", "Lignes / heure (mai)", "Taux d'erreur (janv.)", "Taux d'erreur (mai)", "Commentaire"],
    ["Youssef", "38", "46", "2,1 %", "0,6 %", "Référent emballage vrac / colis volumineux"],
    ["Bérénice", "41", "49", "3,4 %", "0,9 %", "Forte baisse après le contrôle par scan"],
    ["Loïc (temps partiel)", "29", "40", "6,2 %", "1,4 %", "Arrivé en déc. ; formé au nouvel adressage en février"],
    ["Moyenne équipe", "37", "46", "3,9 %", "0,9 %", ""],
], widths=[2.8, 2.6, 2.3, 2.3, 2.3, 4], size=9)
paras(
    "Le taux d'erreur est calculé à partir des tickets Zendesk étiquetés « erreur "
    "préparation » rapportés au nombre de lignes préparées par chacun (extrait du journal "
    "de scan). Je reviens sur les causes de l'amélioration dans la partie logistique.",
)
page_break()
# ================================================================ 5
h("5. Logistique : stock, préparation, transport", 1)
paras(
    "L'entrepôt de Rezé fait 600 m², dont 420 m² de stockage. Il contient environ 3 400 "
    "références actives, des plus petites (patins de frein à 6,90 €) aux plus encombrantes "
    "(caisses de biporteur en bois, capotes, roues de 20 pouces montées). C'est ce mélange de "
    "petites pièces très nombreuses et de pièces volumineuses qui rend l'organisation difficile.",
)
h("5.1 Organisation du stock et traçabilité", 2)
paras(
    "En septembre, le stock était rangé par marque de vélo (une allée Urban Arrow, une allée "
    "Babboe…). C'était logique pour l'atelier mais catastrophique pour la préparation : une "
    "même chaîne KMC compatible avec dix modèles était rangée à un seul endroit, que les "
    "préparateurs devaient connaître par cœur. J'ai proposé et mis en place avec Youssef une "
    "organisation différente, validée en décembre :",
)
bullets([
    "Classement ABC des références sur 12 mois de ventes : les 340 références A (10 % du "
    "catalogue, 68 % des lignes de commande) sont rapprochées de la zone d'emballage.",
    "Adressage systématique allée-module-niveau-case (ex. B-04-2-C) saisi dans PrestaShop via "
    "le module Stock Manager, imprimé sur le bon de préparation dans l'ordre du parcours.",
    "Rangement par famille de pièce (freinage, transmission, pneumatique, électrique, "
    "confort enfant, protection pluie) et non plus par marque de vélo.",
    "Zone séparée et fermée pour les batteries et chargeurs (risque incendie, stockage "
    "conforme aux recommandations de notre assureur).",
])
paras("Les critères de traçabilité et de contrôle dépendent du type de produit :")
table([
    ["Type de produit", "Traçabilité", "Contrôle à la réception", "Contrôle à la préparation"],
    ["Petites pièces (classe A et B)", "Référence + emplacement", "Comptage par échantillon (1 carton sur 5)", "Scan code-barres de chaque ligne"],
    ["Batteries et chargeurs", "N° de série + lot fournisseur enregistrés à l'entrée et à la sortie", "Contrôle visuel + tension de stockage (30-60 %)", "Scan du n° de série rattaché à la commande ; étiquette UN3480"],
    ["Kits d'électrification", "N° de série moteur", "Déballage et test sur banc par Hugo", "Double contrôle (préparateur + Hugo)"],
    ["Pièces volumineuses (caisses, roues, capotes)", "Référence", "Contrôle des chocs à réception", "Photo du colis fermé jointe à la commande (litiges transport)"],
    ["Pièces sur mesure (câbles coupés)", "Commande liée", "—", "Mesure vérifiée par l'atelier"],
], widths=[3.5, 4, 4, 4.5], size=9)
h("5.2 Simplifier le traitement des commandes", 2)
paras(
    "J'ai chronométré 120 préparations en octobre (avant) et 120 en mai (après), sur des "
    "commandes de 1 à 4 lignes. Le tableau ci-dessous compare les étapes.",
)
table([
    ["Étape (avant)", "Durée moy.", "Étape (après)", "Durée moy.", "Ce qui a changé"],
    ["1. Impression du bon au bureau", "0:40", "1. Bon imprimé automatiquement par vague de 10 en zone emballage", "0:05", "Impression par lot (module PrestaShop + imprimante en zone)"],
    ["2. Recherche de l'emplacement (mémoire / demande à un collègue)", "1:50", "2. Parcours dans l'ordre des adresses du bon", "0:55", "Adressage + tri des lignes par parcours"],
    ["3. Vérification de compatibilité avec l'atelier si doute", "1:10", "—", "0:00", "Supprimée : la compatibilité est contrôlée à la commande par le sélecteur"],
    ["4. Retour au bureau pour saisir le prélèvement", "0:35", "3. Scan de la pièce (douchette)", "0:10", "Scan = contrôle + décrément du stock"],
    ["5. Emballage", "1:30", "4. Emballage (cartons pré-formatés en 4 tailles)", "1:05", "Gamme de cartons réduite de 9 à 4 formats"],
    ["6. Saisie transporteur et étiquette", "0:50", "5. Étiquette générée automatiquement (Boxtal)", "0:15", "Connecteur Boxtal-PrestaShop"],
    ["7. Mail de suivi envoyé à la main", "0:20", "—", "0:00", "Automatique"],
    ["Total", "6:55", "Total", "2:30", "− 64 %"],
], widths=[4, 1.4, 4.5, 1.4, 4.7], size=9)
paras(
    "Le gain le plus important vient de la suppression des allers-retours au bureau et de "
    "l'étape de vérification avec l'atelier. À volume constant, cela représente environ "
    "14 heures par semaine économisées à l'entrepôt, qui ont permis d'absorber le pic "
    "d'avril sans intérimaire.",
)
h("5.3 Solutions de stockage", 2)
paras(
    "Nous n'avons évidemment pas besoin de transstockeurs ni de convoyeurs à notre échelle "
    "(80 à 140 commandes par jour). Les choix ont été faits en fonction des trois grandes "
    "familles de produits :",
)
table([
    ["Solution", "Produits concernés", "Pourquoi", "Coût"],
    ["Rayonnages légers à bacs (picking)", "Petites pièces A et B : plaquettes, câbles, chambres à air, visserie", "Accès direct, bacs étiquetés, hauteur limitée à 1,80 m pour éviter l'escabeau", "2 400 € (réemploi de 60 % des étagères existantes)"],
    ["Rayonnage dynamique à rouleaux (FIFO)", "Pneus et chambres à air les plus vendus, liquide préventif", "Rotation rapide, le caoutchouc vieillit : le premier entré doit sortir en premier", "1 850 € (2 modules)"],
    ["Rack à palettes classique", "Caisses de biporteur, capotes, stocks de réserve", "Produits volumineux à faible rotation, réapprovisionnement du picking", "Existant"],
    ["Cantilever mural", "Roues montées, garde-boue longs, tubes", "Objets longs ou circulaires qui ne tiennent pas en bac", "690 €"],
    ["Armoire de sécurité batteries", "Batteries lithium", "Risque incendie, exigence assureur", "1 300 €"],
], widths=[3.5, 4, 5.5, 3], size=9)
paras(
    "Le push-back a été envisagé pour les palettes de caisses mais nous n'avons pas assez de "
    "palettes par référence (souvent une seule) pour qu'il soit utile.",
)
h("5.4 Choix des transporteurs", 2)
paras(
    "Nous expédions trois profils de colis : petits colis (< 2 kg, 62 % des envois), colis "
    "moyens (2 à 15 kg, 31 %) et colis volumineux (caisses, roues : 7 %). Les tarifs ci-dessous "
    "sont nos tarifs négociés via Boxtal en janvier 2026 pour un colis moyen de 5 kg en France "
    "métropolitaine ; l'impact RSE combine les émissions déclarées par colis et les engagements "
    "vérifiables du transporteur.",
)
table([
    ["Rang coût", "Transporteur / service", "Coût HT (5 kg)", "gCO2e / colis déclarés", "Engagements RSE", "Note RSE /5", "Usage retenu"],
    ["1", "Mondial Relay (point relais)", "5,10 €", "≈ 350", "Livraison mutualisée en points relais, véhicules électriques en centre-ville", "4", "Offre par défaut B2C petits et moyens colis"],
    ["2", "Colissimo (domicile)", "7,35 €", "≈ 470", "Livraison neutre en carbone (compensation) + flotte électrique La Poste", "3,5", "Domicile B2C, colis avec batterie"],
    ["3", "GLS Business Parcel", "7,90 €", "≈ 520", "Climate Protect (compensation), peu de données vérifiables", "2,5", "Vélocistes B2B (livraison en 24-48 h)"],
    ["4", "DPD Predict", "8,40 €", "≈ 500", "Objectif -43 % CO2 d'ici 2030, véhicules bas carbone", "3", "Secours B2C si rupture GLS"],
    ["5", "Les Coursiers Nantais (vélo cargo)", "9,00 € (forfait métropole)", "≈ 0", "Livraison à vélo, SCOP locale", "5", "Nantes Métropole, retrait le jour même"],
    ["6", "Geodis messagerie (colis volumineux)", "38,00 €", "≈ 2 800", "Plan climat publié, pas d'option bas carbone sur notre flux", "2", "Caisses et roues montées uniquement"],
], widths=[1.3, 3.2, 2, 2, 4, 1.4, 3], size=8.5)
paras(
    "La hiérarchie proposée au client suit cet ordre : le point relais est mis en avant en "
    "premier (moins cher et meilleur bilan carbone), le domicile est proposé ensuite, et la "
    "livraison à vélo est affichée automatiquement pour les codes postaux de la métropole "
    "nantaise. C'est un clin d'œil qui plaît : 61 % des clients nantais la choisissent.",
)
h("5.5 Satisfaction client sur la livraison", 2)
paras(
    "Depuis février 2026, un e-mail Brevo est envoyé 3 jours après la livraison avec deux "
    "questions : une note de 1 à 5 sur la livraison et un champ libre. Les avis produits "
    "passent, eux, par Avis Vérifiés. Résultats sur février-mai (1 412 réponses, taux de "
    "réponse 19 %) :",
)
table([
    ["Transporteur", "Réponses", "Note moyenne /5", "% de notes ≤ 2", "Motif principal des mauvaises notes"],
    ["Mondial Relay", "684", "4,3", "5 %", "Point relais saturé ou fermé"],
    ["Colissimo", "402", "4,5", "3 %", "Avis de passage sans tentative"],
    ["GLS (B2B)", "188", "4,4", "4 %", "Livraison hors horaires d'ouverture"],
    ["Les Coursiers Nantais", "96", "4,9", "0 %", "—"],
    ["Geodis", "42", "3,6", "19 %", "Rendez-vous non respecté, carton abîmé"],
    ["Global", "1 412", "4,4", "5 %", ""],
], widths=[3.5, 2, 2.5, 2.5, 5.5], size=9)
paras(
    "Geodis est clairement le point faible. Nous avons ouvert une discussion avec Heppner "
    "pour les colis volumineux ; en attendant, chaque caisse est désormais photographiée "
    "emballée et sanglée sur palette, ce qui a facilité deux indemnisations en avril.",
)
page_break()

# ================================================================ 6
h("6. Référencement naturel", 1)
paras(
    "C'était la partie de ma mission que j'attendais le plus, et celle sur laquelle j'ai le "
    "plus appris, notamment que le SEO d'un site de pièces détachées ne ressemble pas du tout "
    "aux exemples de cours (blogs de voyage et recettes de cuisine…).",
)
h("6.1 Outils de mesure : méthode de choix", 2)
paras(
    "Avant de choisir les outils, j'ai listé ce que je devais mesurer : (1) le trafic et son "
    "origine, (2) les positions sur des mots-clés précis, (3) les liens entrants, (4) la santé "
    "technique du site, (5) les conversions par source. Pour chaque besoin, j'ai comparé deux "
    "ou trois outils sur quatre critères : fiabilité de la donnée, coût, temps de prise en "
    "main, et possibilité d'export vers un tableau de bord commun.",
)
table([
    ["Besoin", "Outil retenu", "Écarté(s)", "Justification"],
    ["Trafic, conversions, sources", "Google Analytics 4 (avec Consent Mode v2)", "Matomo Cloud", "Déjà en place, connecteur natif Looker Studio et Google Ads ; Matomo plus respectueux mais 29 €/mois et pas de lien Ads"],
    ["Positions, requêtes réelles", "Google Search Console", "—", "Seule source de données réelles de Google, gratuite"],
    ["Suivi de positions quotidien, concurrence", "Semrush Pro (mensuel, 139,95 $)", "Ubersuggest, Ranxplorer", "Meilleure base FR sur nos requêtes techniques, outil Position Tracking sur 150 mots-clés"],
    ["Backlinks", "Semrush + Ahrefs Webmaster Tools (gratuit)", "Majestic", "Recoupement de deux sources gratuites/déjà payées"],
    ["Audit technique", "Screaming Frog (licence 239 €/an)", "Audit Semrush seul", "Crawl complet des 3 400 fiches + variations, impossible en version gratuite"],
    ["Vitesse", "PageSpeed Insights + rapport Core Web Vitals GSC", "GTmetrix", "Données terrain CrUX"],
    ["Synthèse", "Looker Studio", "Excel", "Mise à jour automatique, partage avec la direction"],
], widths=[3.3, 3.7, 2.5, 6.5], size=9)
h("6.2 Priorisation des actions SEO", 2)
paras(
    "L'audit Screaming Frog + Semrush d'octobre a fait ressortir 27 problèmes. Je les ai "
    "regroupés en 10 actions et classés avec une note d'impact (1 à 5) et d'effort (1 à 5), "
    "la priorité étant le rapport impact/effort, corrigé par la dépendance au projet de "
    "migration (inutile d'optimiser des URL qui allaient changer).",
)
table([
    ["#", "Action", "Impact", "Effort", "Priorité", "Réalisé"],
    ["1", "Plan de redirections 301 pour la migration (3 400 URL produits + 140 catégories)", "5", "3", "P1 – bloquant", "Avril 2026"],
    ["2", "Créer les pages « pièces pour [modèle] » (une par modèle de cargo, 38 pages)", "5", "3", "P1", "Avril 2026"],
    ["3", "Réécrire les balises title/meta des 300 fiches les plus vues", "4", "2", "P1", "Nov.-déc. 2025"],
    ["4", "Optimiser les images (WebP, dimensions) – LCP", "4", "2", "P1", "Janv. 2026"],
    ["5", "Supprimer le contenu dupliqué des déclinaisons (canonical)", "4", "2", "P2", "Avril 2026"],
    ["6", "Maillage interne en cocon autour des modèles", "4", "3", "P2", "Avril-mai 2026"],
    ["7", "Netlinking auprès d'associations et médias vélo", "3", "4", "P2", "Continu"],
    ["8", "Données structurées Product + Offer + AggregateRating", "3", "2", "P2", "Mai 2026"],
    ["9", "Guides d'entretien (blog)", "3", "4", "P3", "6 guides publiés"],
    ["10", "Version anglaise (Belgique, Suisse)", "2", "5", "P3", "Reporté 2027"],
], widths=[0.7, 7.5, 1.4, 1.4, 2.5, 2.5], size=9)
h("6.3 Construction de la matrice de mots-clés", 2)
paras(
    "Le piège, sur un site de pièces, est de travailler des mots-clés génériques (« pneu "
    "vélo », « plaquette de frein ») sur lesquels il est impossible de passer devant "
    "Decathlon et Alltricks. Notre avantage est la spécialisation : la combinaison « pièce "
    "+ modèle de cargo ». La méthode, en six étapes :",
)
bullets([
    "Étape 1 – Inventaire : export des 38 modèles de cargo présents dans la base de "
    "compatibilité et des 22 familles de pièces du catalogue.",
    "Étape 2 – Recueil : requêtes réelles de la Search Console (16 mois), questions posées au "
    "service client dans Zendesk (export des 1 800 tickets de 2025, analysés par mots), "
    "suggestions Google et « Autres questions posées », groupes Facebook de propriétaires "
    "(« Urban Arrow France », 9 000 membres).",
    "Étape 3 – Élargissement avec Semrush Keyword Magic Tool (base FR) et l'analyse d'écart "
    "de mots-clés contre Cargoparts.de, Vélo Famille Pièces et Alltricks.",
    "Étape 4 – Qualification : volume mensuel, difficulté (KD %), intention (transactionnelle, "
    "informationnelle, navigationnelle), position actuelle.",
    "Étape 5 – Regroupement en clusters et attribution à une page unique (fiche, catégorie, "
    "page modèle ou guide) pour éviter la cannibalisation.",
    "Étape 6 – Priorisation : score = volume × taux de conversion estimé de l'intention / KD, "
    "avec un bonus pour les requêtes déjà entre la 8e et la 20e position.",
])
paras(
    "Sur 1 240 expressions collectées, 186 ont été retenues. Voici la matrice organisée par "
    "cluster (extrait ; la liste complète des 60 premières est en annexe A) :",
)
table([
    ["Cluster", "Mot-clé principal", "Vol.", "KD", "Intention", "Page cible"],
    ["Modèle Urban Arrow", "pièces urban arrow", "390", "18", "Transac.", "/pieces-urban-arrow"],
    ["", "capote urban arrow", "880", "22", "Transac.", "/capote-pluie-urban-arrow-family"],
    ["", "batterie urban arrow", "590", "27", "Transac.", "/batterie-bosch-urban-arrow"],
    ["Modèle Babboe", "pièces babboe", "320", "15", "Transac.", "/pieces-babboe"],
    ["", "banc babboe", "260", "9", "Transac.", "/banquette-babboe-big"],
    ["", "babboe curve problème direction", "90", "4", "Info", "/guide/reglage-direction-babboe-curve"],
    ["Modèle Tern GSD", "accessoires tern gsd", "480", "24", "Transac.", "/pieces-tern-gsd"],
    ["Générique cargo", "pièces vélo cargo", "720", "21", "Transac.", "/ (accueil) + /catalogue"],
    ["", "plaquette frein vélo cargo", "210", "12", "Transac.", "/freinage/plaquettes-cargo"],
    ["", "pneu vélo cargo 20 pouces", "170", "14", "Transac.", "/pneus-20-pouces-cargo"],
    ["Entretien", "entretien vélo cargo", "1 300", "19", "Info", "/guide/entretien-velo-cargo"],
    ["", "changer chaîne vélo cargo", "140", "8", "Info", "/guide/changer-chaine-cargo"],
    ["Électrification", "kit électrique vélo cargo", "1 000", "31", "Transac.", "/kits-electrification"],
], widths=[3, 4.8, 1.2, 1.1, 1.8, 5], size=9)
paras(
    "On voit que les volumes sont modestes, mais le taux de conversion d'une requête comme "
    "« capote urban arrow » est de 6,8 % (contre 1,7 % en moyenne sur le site) : ce sont des "
    "gens qui ont le vélo et un besoin précis. C'est aussi cohérent géographiquement : nous "
    "ciblons la France entière pour la vente en ligne, sauf pour le mot-clé « réparation vélo "
    "cargo nantes » (170 recherches) qui renvoie vers la page atelier.",
)
h("6.4 Cocon sémantique autour des modèles", 2)
paras(
    "Le maillage interne a été reconstruit en avril, au moment de la migration, selon une "
    "logique de cocon : chaque modèle de vélo forme un cocon dont la page mère est « Pièces "
    "pour [modèle] ». Exemple pour l'Urban Arrow Family :",
)
table([
    ["Niveau", "Page", "Liens sortants autorisés (ancre)"],
    ["Page cible (N1)", "Pièces pour Urban Arrow Family", "Vers chaque page N2 du cocon, ancre exacte (« freins de l'Urban Arrow Family », « capote de pluie Urban Arrow »…) ; aucun lien vers un autre modèle"],
    ["N2", "Freinage Urban Arrow Family", "Vers la page mère (« pièces Urban Arrow Family »), vers les pages N3 freinage du même modèle, vers la page sœur « Roues et pneus Urban Arrow Family » uniquement (thème proche : sécurité)"],
    ["N2", "Protection pluie Urban Arrow Family", "Vers la mère, vers ses N3 (capote, tablier), vers « Confort enfant Urban Arrow Family »"],
    ["N3", "Guide : changer les plaquettes d'un Urban Arrow", "Vers la page N2 freinage (ancre « plaquettes pour Urban Arrow »), vers 2 fiches produits citées dans le guide ; pas de lien vers l'accueil dans le corps de texte"],
    ["N3", "Fiche plaquettes Magura MT5 (compatibles UA)", "Vers N2 freinage ; les liens vers les autres modèles compatibles sont dans le tableau de compatibilité, en nofollow pour ne pas diluer le cocon"],
], widths=[2.5, 5, 8.5], size=9)
paras(
    "La règle de base que j'ai fixée avec Clément : un lien ne sort d'un cocon que s'il y a une "
    "raison pour l'utilisateur, jamais « pour le SEO ». Le menu principal reste accessible "
    "partout, mais les liens contextuels dans les textes respectent strictement cette "
    "arborescence. Trois cocons sont terminés (Urban Arrow Family, Babboe Big, Tern GSD) ; "
    "les 35 autres modèles ont une page mère mais un maillage encore standard.",
)
h("6.5 Netlinking", 2)
paras(
    "Je n'ai pas acheté de liens sur des plateformes : le secteur est petit et les sites "
    "d'intérêt sont identifiables. J'ai cherché des partenaires qui nous apportent aussi des "
    "visiteurs, pas seulement de l'autorité :",
)
table([
    ["Partenaire", "Type de lien", "Date", "Sessions référentes / mois (mai 2026)", "Commandes attribuées (fév.-mai)"],
    ["Place au Vélo Nantes (association)", "Page « partenaires » + article sur l'entretien hivernal", "Déc. 2025", "140", "11"],
    ["Blog « Famille à vélo » (18 k visites/mois)", "Article invité : « 10 pièces qui s'usent sur un cargo »", "Janv. 2026", "410", "37"],
    ["Réseau de 14 vélocistes revendeurs", "Lien « pièces cargo » sur leur site", "Janv.-mars 2026", "260 (cumulé)", "22"],
    ["Forum Cyclurba", "Profil + signature modérée", "Fév. 2026", "90", "5"],
    ["Ouest-France (article sur l'économie du vélo à Nantes)", "Citation avec lien", "Mars 2026", "55 (pic à 900 le jour de parution)", "8"],
    ["Annuaire de la CCI / Made in Nantes", "Fiche entreprise", "Nov. 2025", "12", "0"],
], widths=[4, 4, 2, 3, 3], size=9)
table([
    ["Mesure de netlinking", "Sept. 2025", "Mai 2026", "Outil"],
    ["Domaines référents", "112", "171", "Semrush"],
    ["Authority Score", "14", "22", "Semrush"],
    ["Domain Rating", "11", "19", "Ahrefs Webmaster Tools"],
    ["Sessions issues de sites référents", "520 / mois", "1 380 / mois", "GA4"],
], widths=[6, 3, 3, 4])
h("6.6 Évolution de la visibilité", 2)
paras(
    "Le suivi de positions Semrush porte sur 150 mots-clés depuis le 1er octobre 2025. La "
    "migration du 14 avril a provoqué une baisse pendant dix jours (environ -12 % de clics), "
    "rattrapée fin avril grâce au plan de redirections – c'était la grande crainte de la "
    "direction et je suis assez fière de ce point.",
)
table([
    ["Mot-clé", "Position oct. 2025", "Position janv. 2026", "Position mai 2026"],
    ["capote urban arrow", "17", "6", "2"],
    ["pièces urban arrow", "24", "9", "3"],
    ["banc babboe", "non classé", "14", "4"],
    ["pièces vélo cargo", "38", "19", "7"],
    ["entretien vélo cargo", "non classé", "22", "5"],
    ["kit électrique vélo cargo", "46", "31", "18"],
    ["accessoires tern gsd", "29", "12", "6"],
    ["plaquette frein vélo cargo", "33", "15", "8"],
], widths=[6, 3, 3, 3])
caption("Figure 4 : suivi de positions Semrush (projet « cargolib.fr – FR »), 1er oct. 2025 – 31 mai 2026, "
        "courbe de visibilité passée de 3,1 % à 14,8 %")
paras(
    "Au total, en additionnant l'effet de toutes les actions SEO, le nombre de mots-clés en "
    "top 10 est passé de 64 à 212, les clics organiques hors marque de 3 850 à 11 900 par "
    "mois (Search Console, mai 2025 vs mai 2026 pour neutraliser la saisonnalité : +209 %) et "
    "le chiffre d'affaires attribué au canal organique (GA4, dernier clic non direct) de "
    "11 200 € à 34 600 € par mois.",
)
page_break()
# ================================================================ 7
h("7. Campagnes sponsorisées et réseaux sociaux", 1)
paras(
    "Avant mon arrivée, Cargo Lib dépensait environ 600 € par mois en Google Ads sur une seule "
    "campagne Performance Max lancée par un ancien stagiaire, sans suivi fiable des "
    "conversions (le tag d'achat se déclenchait deux fois). Après correction du suivi en "
    "novembre, j'ai mis cette campagne en pause et reconstruit le compte.",
)
h("7.1 Structure des campagnes Google Ads", 2)
table([
    ["Campagne", "Objectif", "Groupes d'annonces / ciblage", "Budget / jour", "Page d'atterrissage"],
    ["SEARCH – Modèles", "Capter les propriétaires qui cherchent une pièce pour leur vélo", "1 groupe par modèle (Urban Arrow, Babboe, Tern GSD, Yuba, Douze) – mots-clés « pièces + modèle », « capote + modèle »", "18 €", "Page « Pièces pour [modèle] » avec sélecteur pré-rempli"],
    ["SEARCH – Kits électriques", "Vendre les kits (panier 1 490 €)", "« kit électrique vélo cargo », « électrifier biporteur »", "12 €", "/kits-electrification (avec simulateur Alma 4x)"],
    ["SHOPPING – Catalogue", "Vendre les références A", "Flux Merchant Center, 340 produits, 3 groupes par marge", "15 €", "Fiches produits"],
    ["SEARCH – Marque", "Protéger la marque face à Vélo Famille Pièces", "« cargo lib », « cargolib »", "2 €", "Accueil"],
    ["META – Retargeting", "Faire revenir les visiteurs des pages modèles", "Visiteurs 30 jours des pages modèles, exclusion acheteurs 7 jours", "6 €", "Page modèle visitée"],
], widths=[3, 3.5, 5, 1.7, 3.5], size=9)
paras(
    "Mots-clés négatifs communs : occasion, leboncoin, gratuit, notice, pdf, forum, "
    "plan, fabriquer, diy. Les correspondances sont en expression et en exact ; la requête "
    "large n'est utilisée que sur la campagne kits, avec un budget plafonné.",
)
h("7.2 Annonces rédigées", 2)
table([
    ["Groupe", "Titres (3 sur 15)", "Descriptions (2 sur 4)"],
    ["Urban Arrow", "Pièces pour Urban Arrow | Compatibilité Garantie | Expédié en 24 h depuis Nantes",
     "Sélectionnez votre Urban Arrow, on affiche uniquement les pièces qui vont dessus. / Capotes, freins, pneus, batteries : stock en France, retour gratuit si ça ne va pas."],
    ["Babboe", "Pièces Babboe Big, Curve, City | Banc, Capote, Freins | Spécialiste Cargo",
     "Le spécialiste français de la pièce pour vélo cargo. / Conseils d'un atelier qui répare des Babboe tous les jours."],
    ["Kits électriques", "Électrifiez Votre Vélo Cargo | Kit Bafang M420 Cargo | Dès 373 €/mois en 4x",
     "Kit testé sur banc par notre atelier avant envoi. / Paiement en 4x avec Alma, montage possible à Rezé."],
], widths=[2.5, 6.5, 7], size=9)
paras("Posts sponsorisés Meta (Instagram / Facebook), deux exemples de textes :")
bullets([
    "« Votre capote a pris l'eau cet hiver ? 🌧️ On a la version 2026 pour Urban Arrow Family, "
    "fenêtres renforcées, en stock à Nantes. Livraison en 48 h, retour gratuit si elle ne "
    "va pas sur votre cargo. »",
    "« 3 000 km sur votre Babboe ? Vos plaquettes sont probablement à changer. Notre guide en "
    "5 étapes + le kit plaquettes compatible, à 24,90 €. »",
])
h("7.3 Tableau de suivi des campagnes", 2)
paras(
    "Le suivi est fait chaque lundi dans Looker Studio (données Google Ads, Meta via "
    "connecteur Supermetrics, chiffre d'affaires GA4). Synthèse mensuelle depuis la "
    "restructuration :",
)
table([
    ["Mois", "Campagne", "Impr.", "Clics", "CTR", "CPC", "Coût", "Conv.", "CA", "ROAS"],
    ["Fév.", "Search Modèles", "24 800", "1 610", "6,5 %", "0,33 €", "531 €", "52", "5 930 €", "11,2"],
    ["Fév.", "Search Kits", "9 200", "310", "3,4 %", "1,12 €", "347 €", "2", "2 980 €", "8,6"],
    ["Fév.", "Shopping", "61 400", "1 120", "1,8 %", "0,37 €", "414 €", "29", "2 150 €", "5,2"],
    ["Fév.", "Meta Retargeting", "48 300", "520", "1,1 %", "0,32 €", "168 €", "9", "760 €", "4,5"],
    ["Mars", "Search Modèles", "29 100", "1 880", "6,5 %", "0,30 €", "564 €", "66", "7 420 €", "13,2"],
    ["Mars", "Search Kits", "11 400", "402", "3,5 %", "0,93 €", "374 €", "3", "4 470 €", "12,0"],
    ["Mars", "Shopping", "72 900", "1 390", "1,9 %", "0,34 €", "473 €", "38", "2 890 €", "6,1"],
    ["Mars", "Meta Retargeting", "52 100", "610", "1,2 %", "0,30 €", "183 €", "12", "1 010 €", "5,5"],
    ["Avril", "Search Modèles", "33 600", "2 050", "6,1 %", "0,29 €", "595 €", "71", "8 160 €", "13,7"],
    ["Avril", "Search Kits", "12 800", "455", "3,6 %", "0,86 €", "391 €", "4", "5 960 €", "15,2"],
    ["Avril", "Shopping", "81 000", "1 560", "1,9 %", "0,31 €", "484 €", "44", "3 320 €", "6,9"],
    ["Avril", "Meta Retargeting", "55 700", "640", "1,1 %", "0,29 €", "186 €", "13", "1 120 €", "6,0"],
    ["Total fév.-avril", "", "492 300", "12 547", "2,5 %", "0,38 €", "4 710 €", "343", "46 170 €", "9,8"],
], widths=[1.3, 2.6, 1.5, 1.3, 1.2, 1.2, 1.4, 1.1, 1.7, 1.2], size=8)
h("7.4 Analyse et retour sur investissement", 2)
paras(
    "Un ROAS moyen de 9,8 paraît excellent, mais il faut le ramener à la marge : sur nos "
    "pièces, la marge brute moyenne est de 38 % (24 % seulement sur les kits électriques). "
    "Le calcul du ROI sur la période février-avril est donc le suivant :",
)
table([
    ["Campagne", "CA", "Taux de marge brute", "Marge brute", "Coût média", "ROI = (marge − coût) / coût"],
    ["Search Modèles", "21 510 €", "38 %", "8 174 €", "1 690 €", "+384 %"],
    ["Search Kits", "13 410 €", "24 %", "3 218 €", "1 112 €", "+189 %"],
    ["Shopping", "8 360 €", "38 %", "3 177 €", "1 371 €", "+132 %"],
    ["Meta Retargeting", "2 890 €", "38 %", "1 098 €", "537 €", "+104 %"],
    ["Total", "46 170 €", "—", "15 667 €", "4 710 €", "+233 %"],
], widths=[3, 2.2, 2.2, 2.4, 2.2, 4])
paras(
    "Si l'on ajoute les 1 200 € d'abonnements (Semrush, Supermetrics) et environ 20 h "
    "de mon temps par mois valorisées à 25 € chargé, le coût complet passe à 7 410 € et le ROI global reste de +111 %.",
    "Deux remarques critiques : les campagnes modèles profitent de la montée SEO des mêmes "
    "pages (une partie des ventes se serait peut-être faite en organique) ; et le retargeting "
    "Meta est sans doute surévalué par le modèle d'attribution de Meta, c'est pourquoi je ne "
    "prends que les conversions GA4 dans ce tableau.",
)
h("7.5 Efficacité des publications organiques", 2)
paras(
    "Sur Instagram (6 200 abonnés) et Facebook, Inès et moi publions 3 fois par semaine. J'ai "
    "voulu savoir si ce temps (environ 5 h par semaine à deux) était rentable. Sur mars-avril, "
    "avec des liens UTM dans la bio et les stories :",
)
table([
    ["Type de publication", "Nb", "Portée moy.", "Clics UTM", "Commandes", "CA", "Temps passé", "CA / heure"],
    ["Tuto vidéo (Reel) atelier", "6", "8 400", "520", "19", "1 640 €", "12 h", "137 €"],
    ["Nouveauté produit (photo)", "10", "2 100", "190", "8", "610 €", "5 h", "122 €"],
    ["Photo client / repost", "8", "1 600", "45", "1", "90 €", "3 h", "30 €"],
    ["Jeu concours (capote à gagner)", "1", "14 900", "380", "3", "240 €", "4 h + 189 € de lot", "—"],
], widths=[3.8, 0.8, 1.6, 1.5, 1.6, 1.6, 2.6, 1.8], size=9)
paras(
    "En valorisant le temps à 25 €/h, les tutos en vidéo dégagent le meilleur retour : "
    "1 640 € de CA, soit 623 € de marge, pour 300 € de temps, soit un ROI de +108 %. Le jeu "
    "concours a fait beaucoup d'abonnés (+740) mais un ROI négatif sur la période (marge "
    "91 € pour 289 € de coût, soit -69 %). Nous avons réduit les reposts et doublé les tutos.",
)
page_break()

# ================================================================ 8
h("8. Mesure de la performance", 1)
h("8.1 Les KPI suivis et ce qu'ils nous disent", 2)
paras(
    "J'ai choisi les indicateurs en partant des objectifs (partie 2.2) et en vérifiant qu'ils "
    "soient mesurables sans retraitement lourd. Ils sont tous dans le tableau de bord Looker "
    "Studio partagé avec la direction.",
)
table([
    ["KPI", "Sept. 2025", "Mai 2026", "Commentaire"],
    ["Trafic (sessions / mois)", "21 400", "38 900", "+82 % ; l'organique hors marque passe de 18 % à 36 % du trafic"],
    ["Taux de rebond (GA4)", "54 %", "41 %", "Les pages modèles gardent mieux les visiteurs que l'ancien catalogue à plat"],
    ["Durée moyenne d'engagement", "1 min 08", "2 min 02", "Hausse liée au sélecteur et aux guides ; attention, une durée élevée sur une fiche peut aussi signaler un doute"],
    ["Temps de chargement (LCP mobile, fiches)", "4,6 s", "2,2 s", "Objectif < 2,5 s atteint (images WebP, PrestaShop 8, cache)"],
    ["Abandon à la création de compte", "31 %", "17 %", "Commande invité activée en avril ; le compte est proposé après paiement"],
    ["Abandon au formulaire adresse / livraison", "22 %", "15 %", "Autocomplétion d'adresse + frais de port affichés dès le panier"],
    ["Abandon panier (panier → début commande)", "71 %", "64 %", "Encore élevé ; relance Brevo à 1 h et 24 h (taux de récupération 9 %)"],
    ["Abandon à l'étape paiement", "12 %", "7 %", "Ajout d'Apple Pay / Google Pay via Stripe"],
    ["Taux de conversion", "1,7 %", "2,6 %", "Sessions avec sélecteur utilisé : 4,1 %"],
    ["Chiffre d'affaires en ligne (mois)", "71 800 €", "112 400 €", "+57 % sur un an (mai 2025 : 71 600 €)"],
], widths=[4.5, 2.2, 2.2, 7], size=9)
h("8.2 Liens vers les outils et tableaux de synthèse", 2)
paras(
    "Liens vérifiés le 15 juin 2026 (accès en lecture ouvert au jury avec l'adresse "
    "jury.rncp@cargolib.fr) :",
)
bullets([
    "Tableau de bord de pilotage Looker Studio : https://lookerstudio.google.com/reporting/7c1e9a42-cargolib-pilotage",
    "Tableau de suivi des campagnes (Looker Studio, page 2 du même rapport) : https://lookerstudio.google.com/reporting/7c1e9a42-cargolib-pilotage/page/p_ads",
    "Search Console (propriété de domaine cargolib.fr) : https://search.google.com/search-console?resource_id=sc-domain:cargolib.fr",
    "Suivi de positions Semrush, projet partagé : https://www.semrush.com/projects/ (projet « cargolib.fr – FR »)",
    "Registre RGPD et matrice de mots-clés complète (Notion, lecture seule) : https://cargolib.notion.site/memoire-annexes",
])
page_break()

# ================================================================ 9
h("9. Bilan, ROI et actions correctives", 1)
h("9.1 Les objectifs sont-ils atteints ?", 2)
table([
    ["Objectif (cf. 2.2)", "Cible sept. 2026", "Réalisé mai 2026", "Statut"],
    ["CA en ligne annuel", "1,1 M€", "Projection 1,04 M€ (12 mois glissants : 962 k€)", "En bonne voie, légèrement en dessous"],
    ["Taux d'erreur de préparation", "< 1,5 %", "0,9 %", "Atteint"],
    ["Part des tickets « compatibilité »", "< 15 %", "17 %", "Presque atteint"],
    ["Conversion des sessions avec sélecteur", "> 3 %", "4,1 %", "Atteint"],
    ["Trafic organique J+30 / J-30 migration", "≥ 95 %", "104 %", "Atteint"],
    ["Références reliées à un modèle", "≈ 2 100", "2 140", "Atteint"],
    ["LCP mobile", "< 2,5 s", "2,2 s", "Atteint"],
], widths=[5, 3, 5, 3.5])
paras(
    "Le point qui reste en dessous est le chiffre d'affaires : il progresse fortement, mais "
    "l'objectif de 1,1 M€ supposait une hausse du panier moyen qui n'est pas venue (88 € "
    "contre 95 € espérés). Les tickets compatibilité ont beaucoup baissé mais restent au-"
    "dessus de la cible : une bonne partie concerne des modèles anciens (Babboe avant 2019) "
    "absents de la base.",
)
h("9.2 Retour sur investissement du projet", 2)
paras(
    "Coût total du projet « Trouver ma pièce » (hors campagnes) : 30 600 € d'agence, 650 € "
    "de juriste, 6 240 € d'équipement d'entrepôt, 1 560 € d'outils, soit 39 050 € HT, "
    "auxquels j'ajoute 210 heures de temps interne (Hugo, Théo) valorisées à 32 € chargés, "
    "soit 6 720 €. Total : 45 770 €.",
    "Gains mesurés sur 12 mois (projection à partir de février-mai) : marge brute "
    "supplémentaire liée à la hausse du CA en ligne attribuable au projet et au SEO (j'ai "
    "retenu prudemment 50 % de la hausse, l'autre moitié étant due au marché et aux "
    "campagnes) : 0,5 × 160 000 € × 38 % = 30 400 € ; économies d'erreurs de préparation "
    "(renvois, frais de port, temps SAV) : 9 800 € ; 14 h par semaine gagnées à l'entrepôt : "
    "environ 16 000 €. Total : 56 200 €.",
    "ROI à 12 mois = (56 200 − 45 770) / 45 770 = +23 %. Le projet est remboursé en un "
    "peu moins de 10 mois, ce qui est cohérent avec un projet de fond qui continuera à "
    "produire ses effets en 2027.",
)
h("9.3 Budget : prévu / réel", 2)
paras(
    "Le détail est en annexe D. Le budget réel (39 050 € HT) dépasse l'enveloppe de 38 000 € "
    "de 1 050 € (+2,8 %). Le dépassement vient de l'entrepôt (rayonnage dynamique non prévu "
    "au départ) et a été en grande partie compensé par la négociation du devis agence. "
    "Pour la phase 2, je recommande : (1) de provisionner 10 % d'imprévus dès le départ au "
    "lieu de 5 %, (2) de faire chiffrer l'équipement logistique avant le comité de lancement "
    "et non pendant, (3) de passer l'abonnement Semrush en annuel (-16 %).",
)
h("9.4 Actions correctives, par ordre de priorité", 2)
table([
    ["Priorité", "Action", "Problème visé", "Responsable", "Échéance"],
    ["1", "Compléter la base de compatibilité avec les 11 modèles anciens les plus demandés (Babboe < 2019, Christiania)", "Tickets compatibilité à 17 %", "Hugo + Théo", "Juillet 2026"],
    ["2", "Ventes complémentaires sur fiche (« souvent acheté avec » : plaquettes + disques, pneu + chambre) et seuil de port gratuit relevé de 60 à 69 €", "Panier moyen stagnant", "Maëlle", "Juin 2026"],
    ["3", "Remplacer Geodis pour les colis volumineux (test Heppner)", "Satisfaction livraison 3,6/5", "Youssef", "Sept. 2026"],
    ["4", "Étendre le cocon sémantique aux 10 modèles suivants", "Visibilité des modèles hors top 3", "Maëlle", "Oct. 2026"],
    ["5", "Réduire le budget Meta Retargeting au profit des Reels tutos", "ROI le plus faible", "Inès", "Juin 2026"],
    ["6", "Tester une version belge (.be) en anglais/néerlandais", "Croissance hors France", "Direction", "2027"],
], widths=[1.5, 6.5, 3.5, 2.2, 2.3], size=9)
page_break()

# ================================================================ CONCLUSION
h("Conclusion", 1)
paras(
    "En dix mois, cargolib.fr est passé d'un catalogue difficile à utiliser, connu surtout de "
    "ceux qui avaient déjà le nom en tête, à un site où le client trouve sa pièce en trois "
    "clics et que Google commence à considérer comme une référence sur la pièce pour vélo "
    "cargo. Le projet a tenu son délai (mise en ligne le 14 avril, pour une date butoir au "
    "30) et à peu près son budget.",
    "Ce que je retiens surtout, c'est que la partie « visibilité » et la partie « pilotage » "
    "ne sont pas séparables : la meilleure campagne Google Ads du compte n'aurait rien donné "
    "sans les pages modèles, qui n'existaient que grâce au travail de saisie de l'atelier, qui "
    "lui-même n'aurait pas été possible sans réorganiser l'entrepôt pour libérer du temps. "
    "C'est un peu la morale de ce mémoire, et je l'ai déjà dit dans l'introduction, mais je "
    "crois que c'est ce que j'ai le plus appris.",
    "Si c'était à refaire, je commencerais le netlinking plus tôt (c'est long), et je "
    "fixerais les objectifs de panier moyen avec des actions dédiées plutôt que d'espérer "
    "qu'ils suivent mécaniquement.",
)
page_break()
# ================================================================ ANNEXES
h("Annexes", 1)
bullets([
    "Annexe A – Matrice de mots-clés (60 premiers mots-clés par score)",
    "Annexe B – Tableau de bord mensuel (septembre 2025 – mai 2026)",
    "Annexe C – Planning du projet « Trouver ma pièce »",
    "Annexe D – Budget prévisionnel et réel",
    "Annexe E – Compte rendu type de point projet hebdomadaire",
])
page_break()

h("Annexe A – Matrice de mots-clés", 2)
paras("Score = volume × coefficient d'intention (Transac. 1, Commercial 0,6, Info 0,3) / KD ; "
      "positions Semrush, base France, mobile.")
KW = [
    ("capote urban arrow", 880, 22, "Transac.", "Urban Arrow", "/capote-pluie-urban-arrow-family", "17", "2"),
    ("pièces urban arrow", 390, 18, "Transac.", "Urban Arrow", "/pieces-urban-arrow", "24", "3"),
    ("batterie urban arrow", 590, 27, "Transac.", "Urban Arrow", "/batterie-bosch-urban-arrow", "31", "9"),
    ("urban arrow family accessoires", 210, 14, "Transac.", "Urban Arrow", "/pieces-urban-arrow", "—", "4"),
    ("housse urban arrow", 170, 11, "Transac.", "Urban Arrow", "/capote-pluie-urban-arrow-family", "—", "3"),
    ("siège bébé urban arrow", 320, 16, "Transac.", "Urban Arrow", "/maxi-cosi-adaptateur-urban-arrow", "22", "5"),
    ("pneu urban arrow", 140, 10, "Transac.", "Urban Arrow", "/pneus-urban-arrow", "—", "6"),
    ("pièces babboe", 320, 15, "Transac.", "Babboe", "/pieces-babboe", "19", "4"),
    ("banc babboe", 260, 9, "Transac.", "Babboe", "/banquette-babboe-big", "—", "4"),
    ("capote babboe big", 590, 19, "Transac.", "Babboe", "/capote-babboe-big", "12", "3"),
    ("babboe curve pièces", 110, 8, "Transac.", "Babboe", "/pieces-babboe-curve", "—", "2"),
    ("frein babboe", 170, 12, "Transac.", "Babboe", "/freinage-babboe", "28", "7"),
    ("babboe curve problème direction", 90, 4, "Info", "Babboe", "/guide/reglage-direction-babboe-curve", "—", "1"),
    ("accessoires tern gsd", 480, 24, "Transac.", "Tern", "/pieces-tern-gsd", "29", "6"),
    ("tern gsd sacoche", 260, 20, "Transac.", "Tern", "/sacoches-tern-gsd", "—", "8"),
    ("tern hsd accessoires", 210, 17, "Transac.", "Tern", "/pieces-tern-hsd", "—", "11"),
    ("yuba mundo pièces", 70, 5, "Transac.", "Yuba", "/pieces-yuba-mundo", "—", "3"),
    ("yuba spicy curry accessoires", 110, 9, "Transac.", "Yuba", "/pieces-yuba-spicy-curry", "—", "5"),
    ("douze cycles pièces", 90, 6, "Transac.", "Douze", "/pieces-douze-cycles", "14", "2"),
    ("christiania bike pièces", 50, 4, "Transac.", "Christiania", "/pieces-christiania", "—", "—"),
    ("pièces vélo cargo", 720, 21, "Transac.", "Générique", "/catalogue", "38", "7"),
    ("accessoires vélo cargo", 1300, 29, "Transac.", "Générique", "/accessoires-velo-cargo", "41", "12"),
    ("capote vélo cargo", 1600, 26, "Transac.", "Générique", "/protection-pluie", "27", "9"),
    ("banc vélo cargo", 390, 15, "Transac.", "Générique", "/confort-enfant", "—", "10"),
    ("plaquette frein vélo cargo", 210, 12, "Transac.", "Générique", "/freinage/plaquettes-cargo", "33", "8"),
    ("pneu vélo cargo 20 pouces", 170, 14, "Transac.", "Générique", "/pneus-20-pouces-cargo", "—", "6"),
    ("pneu vélo cargo", 480, 23, "Transac.", "Générique", "/pneumatiques-cargo", "35", "11"),
    ("béquille vélo cargo", 260, 13, "Transac.", "Générique", "/bequilles-cargo", "—", "5"),
    ("chaîne vélo cargo", 110, 9, "Transac.", "Générique", "/transmission/chaines-cargo", "—", "7"),
    ("disque frein 203 mm cargo", 70, 7, "Transac.", "Générique", "/freinage/disques-203", "—", "4"),
    ("kit électrique vélo cargo", 1000, 31, "Transac.", "Électrification", "/kits-electrification", "46", "18"),
    ("électrifier vélo cargo", 320, 18, "Commercial", "Électrification", "/guide/electrifier-son-cargo", "—", "9"),
    ("moteur bafang vélo cargo", 210, 22, "Transac.", "Électrification", "/kit-bafang-m420-cargo", "—", "13"),
    ("batterie vélo cargo", 880, 34, "Transac.", "Électrification", "/batteries", "—", "21"),
    ("chargeur bosch vélo", 1900, 41, "Transac.", "Électrification", "/chargeurs-bosch", "—", "27"),
    ("entretien vélo cargo", 1300, 19, "Info", "Entretien", "/guide/entretien-velo-cargo", "—", "5"),
    ("changer chaîne vélo cargo", 140, 8, "Info", "Entretien", "/guide/changer-chaine-cargo", "—", "3"),
    ("usure plaquettes vélo cargo", 90, 5, "Info", "Entretien", "/guide/usure-plaquettes-cargo", "—", "2"),
    ("pression pneu vélo cargo", 260, 11, "Info", "Entretien", "/guide/pression-pneus-cargo", "—", "4"),
    ("vélo cargo grince", 70, 3, "Info", "Entretien", "/guide/bruits-velo-cargo", "—", "3"),
    ("réparation vélo cargo nantes", 170, 12, "Transac.", "Local", "/atelier-reze", "9", "2"),
    ("atelier vélo cargo nantes", 90, 8, "Transac.", "Local", "/atelier-reze", "—", "1"),
    ("vélociste vélo cargo", 210, 25, "Commercial", "Local", "/revendeurs", "—", "16"),
    ("meilleure capote vélo cargo", 110, 10, "Commercial", "Comparatif", "/guide/choisir-capote-cargo", "—", "4"),
    ("biporteur ou triporteur", 590, 17, "Info", "Comparatif", "/guide/biporteur-ou-triporteur", "—", "8"),
]
rows = [["Mot-clé", "Vol.", "KD", "Intention", "Cluster", "Page cible", "Pos. oct.", "Pos. mai"]]
for k in KW:
    rows.append([k[0], str(k[1]), str(k[2]), k[3], k[4], k[5], k[6], k[7]])
table(rows, widths=[4.2, 1.1, 0.9, 1.7, 2.2, 4.6, 1.2, 1.2], size=8)
page_break()

h("Annexe B – Tableau de bord mensuel", 2)
table([
    ["Mois", "Sessions", "% organique hors marque", "Taux de conv.", "CA en ligne", "Panier moyen", "Tickets compat. (%)", "Erreurs prépa. (%)", "Dépense média"],
    ["Sept. 25", "21 400", "18 %", "1,7 %", "71 800 €", "87 €", "38 %", "4,8 %", "610 €"],
    ["Oct. 25", "22 900", "19 %", "1,6 %", "74 300 €", "86 €", "37 %", "4,6 %", "590 €"],
    ["Nov. 25", "24 100", "22 %", "1,8 %", "83 900 €", "85 €", "36 %", "4,1 %", "0 € (pause)"],
    ["Déc. 25", "26 800", "23 %", "2,0 %", "98 200 €", "91 €", "35 %", "3,9 %", "0 € (pause)"],
    ["Janv. 26", "23 700", "25 %", "1,9 %", "79 400 €", "84 €", "33 %", "2,6 %", "420 €"],
    ["Févr. 26", "25 900", "27 %", "2,0 %", "86 100 €", "86 €", "31 %", "1,9 %", "1 460 €"],
    ["Mars 26", "30 200", "29 %", "2,2 %", "96 700 €", "87 €", "28 %", "1,5 %", "1 594 €"],
    ["Avr. 26", "34 800", "33 %", "2,4 %", "104 900 €", "88 €", "21 %", "1,1 %", "1 656 €"],
    ["Mai 26", "38 900", "36 %", "2,6 %", "112 400 €", "88 €", "17 %", "0,9 %", "1 690 €"],
], widths=[1.6, 1.6, 1.9, 1.5, 2, 1.6, 1.8, 1.8, 2], size=8.5)
paras("Sources : GA4 (sessions, conversion), PrestaShop (CA, panier), Zendesk (tickets), "
      "journal de scan (erreurs), Google Ads + Meta (dépenses). Export Looker Studio du 3 juin 2026.")

# ------------------------------------------------------------ annexe C en paysage
from docx.enum.section import WD_SECTION
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = sec.page_height, sec.page_width
land.left_margin = land.right_margin = Cm(1.8)
h("Annexe C – Planning du projet « Trouver ma pièce »", 2)
paras("Charges estimées en jours-homme à partir des chiffrages de l'agence et des "
      "chronométrages de saisie (1 pièce reliée ≈ 2 min en moyenne après l'idée des familles "
      "de fourches). ■ = période prévue ; ✔ = réalisé dans la période.")
months = ["Oct.", "Nov.", "Déc.", "Janv.", "Févr.", "Mars", "Avr.", "Mai"]
tasks = [
    ("Cadrage, rédaction du CDC", "Maëlle", "8 j", [1, 0, 0, 0, 0, 0, 0, 0], "✔ 20/10"),
    ("Consultation et choix de l'agence", "Maëlle, Samia", "4 j", [1, 1, 0, 0, 0, 0, 0, 0], "✔ 10/11"),
    ("Réunion de lancement", "Toute l'équipe", "0,5 j", [0, 1, 0, 0, 0, 0, 0, 0], "✔ 17/11"),
    ("Maquettes Figma + validation", "Ouest Pixel", "6 j", [0, 1, 1, 0, 0, 0, 0, 0], "✔ 12/12"),
    ("Saisie base de compatibilité (2 140 pièces)", "Hugo, Théo", "18 j", [0, 0, 1, 1, 1, 0, 0, 0], "✔ 20/02"),
    ("Développement module + migration PS 8.1", "Ouest Pixel", "35 j", [0, 0, 1, 1, 1, 1, 0, 0], "✔ 13/03"),
    ("CGV, mentions légales, RGPD", "Maëlle + avocate", "5 j", [0, 1, 1, 1, 0, 0, 0, 0], "✔ 09/01"),
    ("Réorganisation entrepôt (adressage, rayonnages)", "Youssef, Maëlle", "10 j", [0, 0, 1, 1, 1, 0, 0, 0], "✔ 28/02"),
    ("Plan de redirections 301", "Maëlle", "4 j", [0, 0, 0, 0, 1, 1, 0, 0], "✔ 20/03"),
    ("Recette (320 cas de test)", "Maëlle, Inès, Hugo", "8 j", [0, 0, 0, 0, 0, 1, 1, 0], "✔ 08/04 (+6 j)"),
    ("Mise en production", "Ouest Pixel", "1 j", [0, 0, 0, 0, 0, 0, 1, 0], "✔ 14/04"),
    ("Suivi post-migration, corrections", "Maëlle, Ouest Pixel", "6 j", [0, 0, 0, 0, 0, 0, 1, 1], "En cours"),
]
rows = [["Tâche", "Responsable", "Charge"] + months + ["Fin réelle"]]
for name, who, load, marks, end in tasks:
    rows.append([name, who, load] + ["■" if m else "" for m in marks] + [end])
table(rows, widths=[6.5, 3.2, 1.4] + [1.2] * 8 + [2.6], size=8.5)
paras(
    "Le seul glissement notable est la recette (+6 jours) : 41 anomalies dont 3 bloquantes "
    "sur la reprise des prix B2B. La marge de deux semaines prévue entre la fin de recette et "
    "la date butoir du 30 avril a joué son rôle.",
)

# ------------------------------------------------------------ retour portrait
port = doc.add_section(WD_SECTION.NEW_PAGE)
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = sec.page_width, sec.page_height
port.left_margin = port.right_margin = Cm(2.3)
h("Annexe D – Budget prévisionnel et réel", 2)
table([
    ["Poste (projet)", "Prévisionnel (€ HT)", "Réel (€ HT)", "Écart", "Explication"],
    ["Agence Ouest Pixel (module, migration, TMA 3 mois)", "31 000", "30 600", "−400", "Reprise du blog faite en interne"],
    ["Avocate (CGV B2C/B2B)", "800", "650", "−150", ""],
    ["Équipement entrepôt (rayonnages, douchettes, imprimante)", "2 700", "6 240", "+3 540", "Rayonnage dynamique FIFO et armoire batteries ajoutés en janvier"],
    ["Outils (Semrush, Screaming Frog, Axeptio, Supermetrics)", "1 600", "1 560", "−40", ""],
    ["Imprévus (5 %)", "1 900", "0", "−1 900", "Consommés par le poste entrepôt"],
    ["Total projet", "38 000", "39 050", "+1 050 (+2,8 %)", ""],
], widths=[5.5, 2.5, 2, 2.5, 4.5], size=9)
table([
    ["Levier média (fév.-avril 2026)", "Prévisionnel", "Réel", "Écart", "Décision"],
    ["Google Ads Search (modèles + kits + marque)", "2 700 €", "2 802 €", "+102 €", "Maintenu : meilleur ROI"],
    ["Google Shopping", "1 350 €", "1 371 €", "+21 €", "Maintenu"],
    ["Meta Retargeting", "540 €", "537 €", "−3 €", "Réduit de 30 % à partir de juin"],
    ["Total", "4 590 €", "4 710 €", "+120 € (+2,6 %)", ""],
], widths=[5.5, 2.3, 2.3, 2.6, 4.3], size=9)

h("Annexe E – Compte rendu type de point projet hebdomadaire", 2)
paras("Point projet du lundi 2 mars 2026 – 9 h 30-10 h 00 – présents : Maëlle, Théo, Inès, Hugo.")
paras("Objectif : « À la fin de ce point, nous aurons validé la liste des 38 pages modèles et "
      "réparti la rédaction des textes d'introduction. »")
table([
    ["Sujet", "Décision / avancement", "Qui", "Pour quand"],
    ["Liste des pages modèles", "Validée (38) ; Christiania fusionnée avec « autres triporteurs »", "Maëlle", "Fait"],
    ["Textes d'introduction (150 mots / page)", "Hugo rédige la partie technique, Maëlle optimise", "Hugo, Maëlle", "13/03"],
    ["Anomalies de recette B2B", "3 bloquantes remontées à Ouest Pixel", "Théo", "06/03"],
    ["Réponses type SAV sur le sélecteur", "Inès prépare 5 macros Zendesk", "Inès", "09/03"],
    ["Bravo de la semaine", "Théo a terminé la saisie des pièces Tern avec 4 jours d'avance", "—", "—"],
], widths=[4, 7, 2.5, 2.5], size=9)

os.makedirs(OUT_DIR, exist_ok=True)
doc.save(OUT)
_normalise_zip(OUT, (2026, 6, 19, 22, 10, 0))
print("écrit :", OUT)
