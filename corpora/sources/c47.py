"""Génère le dossier de Léa Guérin pour L'Atelier Végétal (DOCX)."""
import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm, RGBColor

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c47-atelier-vegetal")
OUT = os.path.join(OUT_DIR, "atelier-vegetal-strategie.docx")
AUTHOR = "Léa Guérin"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.3)
    s.top_margin = s.bottom_margin = Cm(2.2)

hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "L'Atelier Végétal – Dossier stratégie webmarketing & communication – Léa Guérin"
hdr.runs[0].font.size = Pt(8)
hdr.runs[0].font.color.rgb = RGBColor(0x55, 0x77, 0x55)
ftr = doc.sections[0].footer.paragraphs[0]
ftr.text = "Titre RNCP Chef de projet e-commerce – session 2026 – document confidentiel"
ftr.runs[0].font.size = Pt(8)
ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER


def bold(text, size=12, color=(0x2E, 0x5E, 0x3A), space_before=10):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(*color)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.keep_with_next = True
    return p


def para(text):
    p = doc.add_paragraph(text)
    p.paragraph_format.space_after = Pt(6)
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def table(rows, widths=None, header=True, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    if widths is None:
        n = len(rows[0])
        widths = [16.4 / n] * n
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(str(val))
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ couverture
for _ in range(5):
    doc.add_paragraph()
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("L'ATELIER VÉGÉTAL")
r.bold = True
r.font.size = Pt(28)
r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x3A)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Plantes d'intérieur & céramiques faites main – Nantes")
r.italic = True
r.font.size = Pt(14)
doc.add_paragraph()
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Stratégie webmarketing 2026 et plan de communication digitale")
r.font.size = Pt(16)
r.bold = True
for _ in range(6):
    doc.add_paragraph()
for line in [
    "Dossier professionnel présenté par Léa Guérin",
    "Chargée de marketing digital (alternance) – L'Atelier Végétal SAS",
    "Tutrice entreprise : Justine Morvan, co-fondatrice",
    "Blocs de compétences 1 et 2 – Titre Chef de projet e-commerce",
    "Nantes, mars 2026",
]:
    p = doc.add_paragraph(line)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
page_break()

# ------------------------------------------------------------------ intro
bold("Sommaire", 14)
for line in [
    "1. Présentation de l'entreprise",
    "2. Comprendre nos clients",
    "3. Les concurrents",
    "4. SWOT",
    "5. Stratégie webmarketing 2026",
    "6. Planning",
    "7. Partenariats",
    "8. Budget",
    "9. Plan de communication : campagne « Mon balcon, ma jungle »",
    "10. Chat, réseaux sociaux, merchandising, paiement, fidélisation",
    "Annexes",
]:
    para(line)

bold("1. Présentation de l'entreprise", 14)
para(
    "L'Atelier Végétal a été créé en 2021 par Justine Morvan et Hugo Le Bihan, deux anciens "
    "paysagistes nantais. L'idée de départ : vendre en ligne des plantes d'intérieur faciles à vivre, "
    "livrées dans un pot en céramique tourné à la main par Élodie, la céramiste de l'équipe, dans "
    "l'atelier du quartier Chantenay. La boutique tourne sous Shopify (thème Dawn personnalisé) "
    "depuis l'ouverture, avec un petit showroom ouvert le samedi à Nantes."
)
para(
    "L'équipe compte aujourd'hui 6 personnes : les deux fondateurs, Élodie (céramique), Malik "
    "(logistique et préparation des commandes), Inès (service client, à mi-temps) et moi-même en "
    "alternance sur le marketing digital. Le chiffre d'affaires 2025 s'élève à 412 000 € HT, dont 81 % "
    "en ligne, pour 7 350 commandes et un panier moyen (AOV) de 56 €. Le best-seller reste le duo "
    "« Monstera Deliciosa + pot Loire 17 cm » à 49 €. Environ 38 % des commandes viennent de "
    "Loire-Atlantique et de Bretagne, le reste de toute la France métropolitaine (livraison Colissimo "
    "et coursier vélo à Nantes)."
)
para(
    "Ma mission pour 2026 : structurer la stratégie d'acquisition et de rétention, qui jusqu'ici "
    "reposait surtout sur Instagram et le bouche-à-oreille, et préparer la campagne de printemps, "
    "la plus importante de l'année pour le végétal."
)

# ------------------------------------------------------------------ clients
bold("2. Comprendre nos clients", 14)
bold("2.1 Le segment prioritaire : les « plant parents » urbains", 12)
para(
    "D'après l'export clients Shopify (7 350 commandes 2025) et un questionnaire envoyé via Brevo "
    "en janvier 2026 (412 réponses sur 5 900 contacts, soit 7 % de taux de réponse), notre cœur de "
    "cible est composé de femmes et d'hommes de 25 à 38 ans, vivant en appartement dans une grande "
    "ville (Nantes, Rennes, Paris, Lyon, Bordeaux), souvent sans balcon ou avec un petit balcon. "
    "63 % des répondants disent avoir « tué au moins une plante » l'année dernière."
)
bold("Ce qui les motive", 11, (0, 0, 0))
bullets([
    "Ramener de la nature dans un appartement jugé « trop minéral » (cité par 71 % des répondants).",
    "L'esthétique : la plante est un objet déco, elle doit être « instagrammable » avec son pot.",
    "Le côté local et artisanal : 54 % connaissent l'atelier de Chantenay ou l'ont découvert via "
    "un marché de créateurs.",
    "Offrir : 29 % des commandes contiennent un message cadeau (crémaillère, anniversaire, fête des mères).",
])
bold("Ce qui les freine", 11, (0, 0, 0))
bullets([
    "La peur que la plante arrive abîmée (frein n°1, 48 % des réponses).",
    "Le prix du pot artisanal, perçu comme cher face aux pots de jardinerie (un pot Loire coûte "
    "24 € seul contre 8 € en grande surface).",
    "Le manque de confiance dans leur « main verte » : peur de ne pas savoir l'entretenir.",
    "Les frais de port (6,90 €) sur les petits paniers.",
])
bold("2.2 Parcours d'achat", 12)
para(
    "J'ai reconstitué le parcours type d'une cliente, Clara, 29 ans, qui vient d'emménager à Rennes :"
)
table([
    ["Étape", "Ce que fait Clara", "Où ça se passe"],
    ["Déclencheur", "Elle emménage, trouve son salon vide, voit une plante chez une amie.",
     "Vie réelle, Instagram"],
    ["Recherche d'infos", "Elle tape « plante facile d'entretien peu de lumière », regarde des "
     "Reels et des tableaux Pinterest.", "Google, Pinterest, Instagram"],
    ["Comparaison", "Elle compare 3 sites sur le prix livré et les avis, hésite avec une jardinerie "
     "près de chez elle.", "Sites e-commerce, avis Google"],
], widths=[3, 8.5, 4.5])
para("Le moment de l'achat et ce qui se passe ensuite sont à détailler avec les données de retour SAV d'Inès.")

# ------------------------------------------------------------------ benchmark
bold("3. Les concurrents", 14)
para(
    "Le marché français de la plante d'intérieur en ligne s'est beaucoup développé depuis 2020. "
    "J'ai choisi de comparer L'Atelier Végétal aux deux acteurs que nos clientes citent le plus "
    "dans le questionnaire."
)
table([
    ["Critère", "L'Atelier Végétal", "Pousse Urbaine (Paris)", "Feuillage & Co (Lyon)"],
    ["Positionnement", "Plante + pot artisanal local", "Abonnement et gros volume", "Grandes plantes premium"],
    ["Prix d'entrée", "29 € (pothos + pot 12 cm)", "19,90 €", "45 €"],
    ["Frais de port", "6,90 €, offerts dès 70 €", "Offerts dès 49 €", "9,90 €, offerts dès 120 €"],
    ["Avis (Trustpilot / Google)", "4,8/5 (612 avis Google)", "4,3/5 (3 400 avis Trustpilot)", "4,6/5 (890 avis)"],
    ["Instagram", "18 200 abonnés", "142 000 abonnés", "37 500 abonnés"],
    ["Paiement fractionné", "Non", "Oui (Alma)", "Oui (Klarna)"],
    ["Contenu / blog", "12 articles", "Blog très fourni, guide d'entretien", "Peu de contenu"],
    ["Point fort", "Pots uniques, ancrage nantais", "Prix, notoriété, logistique", "Taille des plantes, livraison soignée"],
], widths=[3.4, 4.2, 4.2, 4.2])
para(
    "En résumé, Pousse Urbaine écrase le marché sur le prix et la notoriété, mais son offre est "
    "standardisée. Feuillage & Co est sur un créneau premium que nous ne visons pas. Notre carte à "
    "jouer est clairement la différenciation par le pot artisanal et la proximité."
)

# ------------------------------------------------------------------ SWOT
bold("4. SWOT", 14)
t = doc.add_table(rows=2, cols=2)
t.style = "Table Grid"
cells = [
    ("Forces : ", "céramiques uniques faites à Nantes ; très bonne note clients (4,8/5) ; taux de "
     "réachat de 27 % ; équipe polyvalente ; communauté Instagram engagée (taux d'engagement 4,1 %)."),
    ("Faiblesses : ", "notoriété limitée hors Grand Ouest ; pas de paiement en plusieurs fois ; "
     "dépendance à Instagram (52 % du trafic social) ; casse à la livraison (2,3 % des colis) ; "
     "petite équipe, peu de temps pour le contenu."),
    ("Opportunités : ", "engouement durable pour le végétal d'intérieur ; recherche de produits "
     "locaux et durables ; marché du cadeau d'entreprise (crémaillère, onboarding) ; Pinterest "
     "sous-exploité par les concurrents."),
    ("Menaces : ", "guerre des prix menée par Pousse Urbaine ; hausse des tarifs Colissimo 2026 ; "
     "saisonnalité forte (creux juillet-août) ; arrivée des jardineries (Truffaut, Jardiland) sur "
     "le e-commerce."),
]
for k, (title, txt) in enumerate(cells):
    c = t.cell(k // 2, k % 2)
    c.text = ""
    pr = c.paragraphs[0]
    rr = pr.add_run(title)
    rr.bold = True
    rr.font.size = Pt(10)
    r2 = pr.add_run(txt)
    r2.font.size = Pt(10)
doc.add_paragraph()

# ------------------------------------------------------------------ stratégie
bold("5. Stratégie webmarketing 2026", 14)
bold("5.1 Objectifs", 12)
para("Avec les fondateurs, nous avons retenu les objectifs suivants :")
bullets([
    "Faire passer le CA en ligne de 334 000 € à 420 000 € HT (+26 %).",
    "Augmenter le taux de conversion du site de 1,6 % à 2,2 %.",
    "Faire baisser le CAC (coût d'acquisition client) sous les 18 € sur les canaux payants.",
    "Améliorer la retention : passer de 27 % à 33 % de clients qui recommandent.",
    "Développer la notoriété hors Grand Ouest, notamment à Paris et Lyon.",
])
bold("5.2 Cibles", 12)
para(
    "Nous adressons en priorité les « plant parents » urbains 25-38 ans décrits plus haut "
    "(environ 70 % du CA). Deux segments secondaires sont visés :"
)
bullets([
    "Les « offreurs » : personnes qui achètent une plante comme cadeau (crémaillère, naissance, "
    "fête des mères). Ils sont moins sensibles au prix mais très sensibles au délai de livraison et "
    "à la présentation (carte, emballage).",
    "Les petites entreprises nantaises (agences, cabinets, coworkings) qui veulent végétaliser "
    "leurs bureaux ou offrir des plantes à leurs salariés : panier moyen estimé à 380 €.",
])
bold("5.3 Leviers et ordre de mise en œuvre", 12)
para(
    "Vu la taille de l'équipe, impossible de tout lancer en même temps. J'ai classé les leviers en "
    "trois vagues, en partant de ceux qui coûtent peu et rapportent sur la durée :"
)
table([
    ["Vague", "Levier", "Pourquoi", "Ce qu'on fait concrètement"],
    ["1 (T1)", "Emailing (Brevo)", "5 900 contacts déjà opt-in, coût quasi nul, meilleur ROI historique",
     "Newsletter bimensuelle + 3 scénarios automatisés (bienvenue, panier abandonné, réachat à 90 jours)"],
    ["1 (T1)", "SEO", "Le trafic organique ne représente que 21 % des sessions ; requêtes « entretien » très recherchées",
     "Refonte des fiches produits, 2 articles guides par mois, optimisation des collections"],
    ["2 (T2)", "Réseaux sociaux (Instagram, Pinterest, TikTok)", "Communauté existante, fort potentiel UGC",
     "Reels hebdo, épingles Pinterest sur chaque produit, test TikTok"],
    ["2 (T2)", "Social ads (Meta)", "Ciblage fin des urbains 25-38, retargeting",
     "Campagnes Advantage+ sur Paris/Lyon + retargeting des visiteurs 30 jours"],
    ["3 (T3-T4)", "SEA (Google Ads)", "Utile sur les requêtes cadeau à Noël, mais CPC élevés",
     "Shopping + campagne marque, uniquement novembre-décembre"],
    ["3 (T4)", "Affiliation", "Intéressant pour toucher les blogs déco sans avance de budget",
     "Programme via Shopify Collabs, 10 % de commission"],
], widths=[1.6, 3, 5.4, 6])
para(
    "L'idée générale est de remplir le haut du funnel avec Pinterest et Instagram, de convertir avec "
    "des fiches produits rassurantes (SEO + avis), puis de faire revenir les clients avec l'emailing, "
    "qui reste notre canal le plus rentable."
)

# ------------------------------------------------------------------ planning
bold("6. Planning", 14)
para(
    "L'activité du végétal est très saisonnière : le pic de ventes se situe entre mi-mars et fin mai "
    "(rempotage, arrivée du printemps, fête des mères le 31 mai 2026), puis un second pic de "
    "mi-novembre à Noël (cadeaux). Juillet-août est le creux de l'année (−40 % de CA par rapport à "
    "la moyenne mensuelle), car les gens partent en vacances et n'osent pas acheter une plante "
    "qu'ils ne pourront pas arroser. La rentrée de septembre correspond aux emménagements, ce qui "
    "nous intéresse pour la cible crémaillère."
)
table([
    ["Action", "Jan", "Fév", "Mar", "Avr", "Mai", "Juin", "Juil", "Août", "Sept", "Oct", "Nov", "Déc"],
    ["Scénarios emailing Brevo", "X", "X", "", "", "", "", "", "", "", "", "", ""],
    ["Refonte fiches produits SEO", "X", "X", "X", "", "", "", "", "", "", "", "", ""],
    ["Articles blog", "", "X", "X", "X", "X", "X", "", "", "X", "X", "X", ""],
    ["Campagne « Mon balcon, ma jungle »", "", "", "X", "X", "X", "", "", "", "", "", "", ""],
    ["Fête des mères", "", "", "", "", "X", "", "", "", "", "", "", ""],
    ["Meta ads Paris / Lyon", "", "", "X", "X", "X", "", "", "", "X", "X", "X", "X"],
    ["Opération rentrée / crémaillère", "", "", "", "", "", "", "", "X", "X", "", "", ""],
    ["Google Ads Noël", "", "", "", "", "", "", "", "", "", "", "X", "X"],
    ["Lancement affiliation", "", "", "", "", "", "", "", "", "", "X", "X", "X"],
], widths=[4.4] + [1.0] * 12, size=8)
para(
    "Ce planning est partagé dans Notion avec l'équipe, chaque action y a un responsable. Le détail "
    "jour par jour sera fait au fur et à mesure dans Trello."
)

# ------------------------------------------------------------------ partenariats
bold("7. Partenariats", 14)
para(
    "Plusieurs types d'acteurs peuvent nous intéresser pour toucher de nouveaux clients. Voici ceux "
    "que nous avons identifiés avec Justine :"
)
bullets([
    "Concept-stores déco nantais : Maison Garance (rue Kervégan), Le Comptoir de Lulu.",
    "Fleuristes indépendants : Les Fleurs de Mathilde à Rennes.",
    "Coworkings : La Cantine Numérique, Le Solilab.",
    "Agences immobilières et home-stagers : Nantes Habitat Conseil.",
    "Cafés / restaurants : Le Café Fougère (café-plantes à Nantes).",
    "Créateurs de linge de maison et de bougies artisanales : Atelier Mèche.",
    "Etc.",
])
para(
    "Pour la campagne de printemps, nous avons aussi contacté trois micro-influenceuses plantes "
    "(@lajunglededaphne, 24 k abonnés ; @monpetitpotager_ ; @plantes.et.moi, 11 k) et le blog "
    "« Vert Intérieur ». Le site comparateur de cadeaux « Idée Cadeau Local » a également été "
    "contacté. Nous verrons en fin d'année quels partenariats ont été les plus intéressants."
)

# ------------------------------------------------------------------ budget
bold("8. Budget", 14)
para(
    "Le budget marketing 2026 validé par Hugo est de 38 000 € HT, soit environ 9 % du CA visé. "
    "Voici sa répartition par levier et les recettes attendues :"
)
table([
    ["Levier", "Dépenses prévues", "Détail des postes", "CA attendu", "Commentaire"],
    ["Emailing", "1 900 €", "Abonnement Brevo Business (≈ 65 €/mois), templates, 1 jour de freelance design",
     "68 000 €", "Canal le plus rentable en 2025 : 1 € investi = 36 € de CA"],
    ["SEO", "7 200 €", "Rédaction freelance (2 articles/mois x 180 €), Semrush Pro (≈ 130 €/mois), photos",
     "45 000 €", "Effet surtout en fin d'année"],
    ["Social ads Meta", "14 000 €", "Budget média 12 000 €, création de visuels et vidéos UGC 2 000 €",
     "48 000 €", "Objectif ROAS 3,4"],
    ["Google Ads", "6 000 €", "Budget média Shopping + marque (nov.-déc.)", "21 000 €", ""],
    ["Influence", "5 400 €", "Produits offerts + rémunération de 3 micro-influenceuses", "?", "Difficile à estimer"],
    ["Affiliation", "1 500 €", "Commissions Shopify Collabs (10 %)", "15 000 €", ""],
    ["Outils divers", "2 000 €", "Apps Shopify (avis, cross-sell), Canva Pro", "", ""],
    ["Total", "38 000 €", "", "197 000 €", ""],
], widths=[2.3, 2.2, 5.6, 2.2, 4])
para(
    "Si les dépenses réelles dépassent ce qui est prévu, nous en discuterons lors du point mensuel "
    "avec les fondateurs."
)

# ------------------------------------------------------------------ bilan fête des mères
bold("8.1 Retour sur l'opération Fête des mères 2025", 12)
para(
    "Pour avoir une base de comparaison, j'ai analysé l'opération de l'an dernier (code FETEMAMAN15, "
    "−15 % du 19 au 25 mai 2025, relayé par 2 newsletters et 4 stories Instagram) en comparant la "
    "semaine de l'opération à la semaine précédente :"
)
table([
    ["Indicateur", "12-18 mai 2025 (avant)", "19-25 mai 2025 (opération)", "Évolution"],
    ["Sessions", "5 820", "9 940", "+71 %"],
    ["Taux de conversion", "1,5 %", "2,4 %", "+0,9 pt"],
    ["Commandes", "87", "238", "+174 %"],
    ["Panier moyen", "54 €", "61 €", "+13 %"],
    ["CA TTC", "4 698 €", "14 518 €", "+209 %"],
    ["Nouveaux clients", "41", "132", "+222 %"],
    ["Remises accordées", "0 €", "2 180 €", ""],
], widths=[4, 4, 4.5, 3])
para(
    "L'opération a clairement fonctionné : le CA a été multiplié par trois, et surtout elle a "
    "recruté 132 nouveaux clients, dont 31 ont recommandé depuis (23 %). La remise de 15 % a coûté "
    "2 180 € mais la marge restait positive. Le point noir : la préparation a débordé, Malik a dû "
    "faire appel à un intérimaire deux jours, et 9 commandes sont parties avec 48 h de retard. Pour "
    "2026, je propose de garder la mécanique mais de commencer les envois une semaine plus tôt et "
    "de limiter le code aux paniers de plus de 45 €, pour éviter les petites commandes peu "
    "rentables. Je présenterai ces chiffres à Justine et Hugo lors du comité d'avril."
)

# ------------------------------------------------------------------ plan de com
page_break()
bold("9. Plan de communication : campagne « Mon balcon, ma jungle »", 14)
para(
    "La campagne de printemps 2026 s'inscrit dans le projet de l'entreprise : devenir la marque "
    "de référence du « végétal + artisanat » au-delà du Grand Ouest, sans entrer dans la guerre "
    "des prix. Elle se déroule du 16 mars au 31 mai 2026 et met en avant la nouvelle collection "
    "de pots « Estuaire » (émail bleu-vert, 4 tailles, de 18 à 54 €) et une sélection de 12 plantes "
    "adaptées aux balcons et rebords de fenêtres."
)
table([
    ["Objectif", "Cible", "Message", "Vecteurs", "Indicateur suivi"],
    ["Notoriété à Paris et Lyon", "Plant parents 25-38 ans hors Grand Ouest",
     "« Une jungle sur 4 m², c'est possible »", "Reels Instagram, épingles Pinterest, Meta ads, influenceuses",
     "Portée, nouveaux abonnés"],
    ["Lancer la collection Estuaire", "Clients existants",
     "« Nouvelle collection, en avant-première pour vous »", "Newsletter Brevo, SMS, page d'accueil",
     "Ventes collection Estuaire"],
    ["Ventes cadeaux fête des mères", "Offreurs", "« Offrez une plante qui dure »",
     "Google Shopping, newsletter, bannière site, carte cadeau", "CA cadeau, messages cadeau"],
    ["Générer de l'UGC", "Communauté Instagram", "« Montrez-nous votre jungle #MaJungleNantaise »",
     "Concours Instagram, stories, emailing post-achat", "Nombre de publications du hashtag"],
], widths=[3, 3.2, 3.6, 3.8, 2.6])
para(
    "Chaque objectif est relié à une cible et à des vecteurs précis : les clients existants sont "
    "touchés par nos canaux propriétaires (newsletter, site), alors que les nouveaux publics "
    "parisiens et lyonnais sont touchés par les canaux payants et l'influence. Le concours UGC sert "
    "de liant : il crée du contenu qu'on réutilise dans les publicités et sur les fiches produits."
)

# ------------------------------------------------------------------ chat
bold("10. Chat, réseaux sociaux, merchandising, paiement, fidélisation", 14)
bold("10.1 Chat en ligne", 12)
para(
    "Depuis octobre 2025, le site est équipé de Shopify Inbox (gratuit), géré par Inès du lundi au "
    "vendredi de 9 h à 17 h. En dehors de ces horaires, un message automatique renvoie vers la FAQ "
    "« entretien ». Voici un exemple de conversation du 12 février 2026 (anonymisé) :"
)
chat = [
    ("Visiteuse (14:02)", "Bonjour, je cherche une plante pour une salle de bain sans fenêtre, c'est possible ?"),
    ("Inès (14:03)", "Bonjour ! Sans aucune lumière naturelle c'est compliqué, mais s'il y a une petite "
     "fenêtre ou une lampe allumée souvent, le pothos ou la fougère de Boston s'en sortent très bien. "
     "Il y a une fenêtre même petite ?"),
    ("Visiteuse (14:04)", "Oui une petite fenêtre en verre dépoli."),
    ("Inès (14:05)", "Parfait, dans ce cas je vous conseille le pothos doré avec le pot Loire 14 cm, il "
     "adore l'humidité. Voici le lien : latelier-vegetal.fr/products/pothos-dore-pot-loire-14"),
    ("Visiteuse (14:07)", "Et s'il arrive cassé ?"),
    ("Inès (14:07)", "Chaque pot est calé dans du carton alvéolé, et si jamais il y a de la casse on "
     "renvoie un pot neuf sous 48 h, il suffit d'une photo."),
    ("Visiteuse (14:08)", "Ok je commande, merci !"),
]
t = table([["Auteur", "Message"]] + [[a, m] for a, m in chat], widths=[3.5, 12.5])
para("Commande n°#8841 passée à 14:11 (41,90 €).")
para("Statistiques Shopify Inbox, octobre 2025 - février 2026 :")
table([
    ["Conversations", "Temps de 1re réponse", "Conversations suivies d'un achat", "CA associé", "Note moyenne"],
    ["486", "3 min 40 s", "19 %", "6 950 €", "—"],
], size=9)

bold("10.2 Réseaux sociaux et communauté", 12)
para(
    "Instagram est notre réseau principal. Depuis septembre 2025, j'ai mis en place une ligne "
    "éditoriale en 4 piliers : « Sauve ta plante » (conseils d'entretien en carrousel), « Dans "
    "l'atelier » (tournage des pots par Élodie, en Reels), « Chez vous » (repost d'UGC de clients, "
    "avec leur accord) et « Coulisses » (préparation des colis par Malik). On publie 4 fois par "
    "semaine, les Reels le mardi et le jeudi à 18 h 30, d'après les statistiques d'audience."
)
para(
    "Sur Pinterest, chaque fiche produit a été épinglée avec une description optimisée et 14 "
    "tableaux thématiques ont été créés (« plantes salle de bain », « petit appartement », "
    "« déco japandi »…). Nous avons aussi commencé à répondre systématiquement à tous les commentaires "
    "dans les 24 h et à organiser un live mensuel « SOS plantes » avec Justine."
)
table([
    ["Indicateur", "Sept. 2025", "Fév. 2026", "Évolution"],
    ["Abonnés Instagram", "14 900", "18 200", "+22 %"],
    ["Taux d'engagement moyen", "2,9 %", "4,1 %", "+1,2 pt"],
    ["Portée moyenne d'un Reel", "6 300", "15 800", "+151 %"],
    ["Publications avec #MaJungleNantaise", "37", "214", "x 5,8"],
    ["Impressions mensuelles Pinterest", "22 000", "96 000", "x 4,4"],
    ["Sessions issues de Pinterest (GA4)", "410", "1 870", "x 4,6"],
], widths=[6, 3, 3, 3])
para(
    "La croissance vient surtout des Reels « Dans l'atelier » : la vidéo d'Élodie qui émaille un pot "
    "Estuaire a fait 212 000 vues en janvier, et a été notre meilleure source d'abonnés. Les "
    "carrousels conseils ont un taux d'enregistrement élevé (jusqu'à 9 %), ce qui montre qu'ils "
    "servent vraiment. Le repost d'UGC motive les clientes à poster : le hashtag a été multiplié par "
    "près de 6 en cinq mois. Point faible : TikTok n'a pas encore été lancé faute de temps."
)

bold("10.3 Mise en avant des produits sur Shopify", 12)
para(
    "Nous utilisons plusieurs fonctionnalités de Shopify pour pousser certains produits :"
)
bullets([
    "Section « Coups de cœur de l'atelier » sur la page d'accueil, alimentée par une collection "
    "manuelle que je mets à jour chaque lundi (6 produits).",
    "Collections automatisées avec conditions (ex. « Plantes faciles » = tag facile + stock > 0), "
    "triées par meilleures ventes.",
    "Application « Frequently Bought Together » sur la fiche produit : propose l'engrais bio (6,50 €) "
    "et la soucoupe assortie. Depuis l'installation, 14 % des paniers contiennent un produit ajouté "
    "via ce bloc.",
    "Badges « Nouveau » et « Dernières pièces » via les métachamps, et barre d'annonce en haut de page "
    "pour les opérations.",
    "Upsell dans le tiroir panier : « Plus que 12 € pour la livraison offerte », avec 3 petits produits.",
])
para("Les emplacements les plus efficaces pour notre activité, d'après les rapports Shopify et GA4 :")
table([
    ["Emplacement", "Usage chez nous", "Pourquoi c'est pertinent"],
    ["Page d'accueil (hero + Coups de cœur)", "Nouvelle collection, opérations saisonnières",
     "38 % des sessions arrivent par l'accueil (trafic Instagram)"],
    ["Fiche produit (bloc complémentaire)", "Pot assorti, engrais, soucoupe",
     "Moment où la cliente est déjà convaincue par la plante"],
    ["Tiroir panier", "Petits produits < 15 €", "Aide à atteindre le seuil de 70 € de livraison offerte"],
    ["Page collection « Plantes faciles »", "Best-sellers en tête", "Répond au frein « je n'ai pas la main verte »"],
    ["Page de remerciement / email de confirmation", "Kit d'entretien", "Client chaud, fort taux d'ouverture"],
], widths=[4.5, 5, 6.5])

bold("10.4 Paiement", 12)
para(
    "Le site utilise Shopify Payments (CB, Visa, Mastercard, American Express), avec Apple Pay, "
    "Google Pay et Shop Pay activés, ainsi que PayPal. Le 3D Secure est actif sur tous les paiements. "
    "J'ai testé le tunnel de paiement sur iPhone 13 (Safari) et sur ordinateur (Chrome et Firefox) : "
    "tout fonctionne, Apple Pay réduit le paiement à deux clics. Pour rassurer les clients, les logos "
    "de paiement et la mention « paiement 100 % sécurisé » sont affichés sous le bouton d'ajout au "
    "panier et dans le pied de page, avec le badge des avis Google (4,8/5)."
)
bold("10.5 Paiement fractionné et partenaires financiers", 12)
para("Nous n'avons pas encore de solution de paiement en plusieurs fois. Les offres étudiées :")
table([
    ["Solution", "Offre", "Coût marchand (indicatif)", "Intégration Shopify"],
    ["Alma", "Paiement en 2x, 3x, 4x à partir de 50 €", "≈ 3,5 % à 4 % selon le nombre d'échéances", "App officielle"],
    ["Klarna", "Paiement en 3x sans frais, paiement à 30 jours", "≈ 3 % à 4 %", "Via Shopify Payments"],
    ["PayPal 4X", "Paiement en 4x de 30 € à 2 000 €", "Inclus dans la commission PayPal", "Déjà actif via PayPal"],
    ["Oney", "3x/4x, plutôt gros paniers", "Non communiqué", "App"],
], widths=[2.5, 5, 4.5, 4])
para(
    "Je pense qu'Alma serait le meilleur choix car c'est une entreprise française connue de nos "
    "clients et Pousse Urbaine l'utilise déjà."
)

bold("10.6 Fidélisation", 12)
para(
    "Avec un taux de réachat de 27 % et une LTV moyenne de 94 €, la retention est un vrai levier "
    "de croissance : il nous coûte environ 5 fois moins cher de faire revenir une cliente que d'en "
    "recruter une nouvelle (CAC Meta 2025 : 21 €). Les dispositifs possibles sont :"
)
bullets([
    "Programme de points (Smile.io, Loyalty Lion) ;",
    "Abonnement / box (Recharge) ;",
    "Newsletter et scénarios automatisés (Brevo) ;",
    "Parrainage ;",
    "Service après-vente et garantie ;",
    "Carte cadeau ;",
    "Communauté (lives, groupe privé).",
])
para(
    "Nous retenons deux dispositifs. D'abord un abonnement « Kit de saison » (engrais, terreau, "
    "conseils, 19 €/trimestre via Recharge), parce que nos clientes ont besoin d'être accompagnées "
    "dans l'entretien et que cela crée un contact régulier avec la marque, quatre fois par an. "
    "Ensuite la garantie « Plante heureuse 30 jours » : si la plante dépérit dans le mois, on la "
    "remplace sur photo. Cela répond directement au frein n°1 (la peur de tuer la plante) et nous "
    "coûte peu (taux de remplacement estimé à 1,5 %). Nous avons écarté le programme de points : "
    "avec un achat moyen tous les 7 mois, les clientes mettraient trop de temps à cumuler des "
    "points, et l'outil coûte 49 $/mois."
)

# ------------------------------------------------------------------ annexes
page_break()
bold("Annexes", 14)
bold("Annexe 1 – Extrait du questionnaire clients (janvier 2026)", 11, (0, 0, 0))
table([
    ["Question", "Réponse majoritaire", "%"],
    ["Où vivez-vous ?", "Appartement sans jardin", "78 %"],
    ["Comment nous avez-vous connus ?", "Instagram", "44 %"],
    ["Qu'est-ce qui vous a fait hésiter ?", "Peur que la plante arrive abîmée", "48 %"],
    ["Pour qui était votre dernier achat ?", "Pour moi", "71 %"],
    ["Seriez-vous intéressé(e) par un paiement en 3 fois ?", "Oui, pour les grandes plantes", "34 %"],
    ["Recommanderiez-vous L'Atelier Végétal ?", "Oui (NPS = 58)", "—"],
], widths=[7, 6, 3])
bold("Annexe 2 – Scénarios emailing Brevo", 11, (0, 0, 0))
table([
    ["Scénario", "Déclencheur", "Contenu", "Taux d'ouverture", "Taux de clic"],
    ["Bienvenue (3 emails)", "Inscription newsletter", "Histoire de l'atelier, guide entretien PDF, code -10 %", "61 %", "12,4 %"],
    ["Panier abandonné", "Panier non validé après 2 h", "Rappel + rassurance livraison", "48 %", "9,8 %"],
    ["Réachat 90 jours", "90 jours après la commande", "Rempotage, engrais, nouveautés", "42 %", "5,1 %"],
], widths=[3.2, 3.4, 5.4, 2, 2])
bold("Annexe 3 – Figure 1 : capture de la page d'accueil avec la section « Coups de cœur de l'atelier »", 11, (0, 0, 0))
para("[Capture d'écran non reproduite dans cette version du dossier]")

# ------------------------------------------------------------------ properties
cp = doc.core_properties
cp.author = AUTHOR
cp.last_modified_by = AUTHOR
cp.title = "L'Atelier Végétal – Stratégie webmarketing 2026"
cp.created = datetime.datetime(2026, 3, 20, 9, 0, 0)
cp.modified = datetime.datetime(2026, 3, 27, 18, 30, 0)
cp.revision = 3

os.makedirs(OUT_DIR, exist_ok=True)
doc.save(OUT)

# ré-emballage avec des dates fixes pour un fichier identique à chaque exécution
import zipfile
with zipfile.ZipFile(OUT) as zin:
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for name, data in items:
        zi = zipfile.ZipInfo(name, date_time=(2026, 3, 27, 18, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)
print("écrit :", OUT)
