# Générateur de la fiche de synthèse de la candidate c78 (Coopérative funéraire Loire-Océan, Saint-Nazaire).
# Un seul PDF A4 portrait de 4 pages, façon export Google Docs : un titre gras puis UN grand tableau à trois
# colonnes qui court sur toutes les pages. Reportlab, déterministe (invariant=1, aucune date courante).
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c78-funeraire-saint-nazaire")
FILE = "loire-ocean-fiche-bloc5.pdf"
NAME = "Maïwenn Le Floch"
PW, PH = A4
MARGIN = 2.2 * cm  # marges un peu réduites dans Google Docs
UW = PW - 2 * MARGIN
TOTAL = [4]

title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceAfter=10)
cell = ParagraphStyle("c", fontName="Helvetica", fontSize=10, leading=12.4, spaceAfter=2.5)
cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
cellh = ParagraphStyle("ch", parent=cell, fontName="Helvetica-Bold", fontSize=10)
consigne = ParagraphStyle("ci", parent=cell, fontName="Helvetica-Oblique", textColor=colors.HexColor("#8A8A8A"))
modele = ParagraphStyle("cm", parent=cell, fontName="Helvetica-Oblique", textColor=colors.HexColor("#444444"))


def cellflows(text, st=cell):
    """Une cellule : les paragraphes sont séparés par des lignes vides, '' donne une cellule vide."""
    if text == "":
        return ""
    return [Paragraph(part, st) for part in text.split("\n\n")]


# --------------------------------------------------------------------------------------------
# Les lignes du tableau : (point du dossier, ce que j'ai fait, preuve / pièce, style de la colonne 2)
# --------------------------------------------------------------------------------------------
ROWS = [
    ("Qui je suis",
     "Je m'appelle Maïwenn Le Floch, j'ai 41 ans. J'ai été vendeuse pendant 12 ans (prêt-à-porter à Saint-Nazaire, puis une "
     "boutique de décoration à Pornichet). Après le décès de mon père en 2021, j'ai eu envie de faire ce métier, parce que les "
     "personnes qui nous avaient accompagnés avaient été très humaines.\n\n"
     "Je suis entrée à la coopérative en avril 2023 comme conseillère funéraire, après la formation obligatoire. "
     "Je passe seulement le bloc 5 avec mon CPF, parce que c'est la partie organisation et c'est ce qui me sert le plus au quotidien. "
     "Ma tutrice est Hélène Rio, la directrice.",
     "Attestation employeur (à joindre)"),

    ("La coopérative",
     "SCIC Coopérative funéraire Loire-Océan, à Saint-Nazaire (44). Elle a été créée en 2019 par des habitants et deux anciens "
     "conseillers funéraires qui voulaient des obsèques plus simples, moins chères et avec des prix clairs. Ce sont les sociétaires "
     "qui décident (salariés, familles, habitants, la commune). Le président du conseil d'administration est Jean-Marc Bréhier.\n\n"
     "Une agence et une chambre funéraire avec deux salons. Nous sommes 9 : Hélène (directrice), 4 conseillers funéraires "
     "(Solène Tessier, Pascal Guérin, moi et un collègue à temps partiel), 3 porteurs-chauffeurs, Claudine Bouvier à "
     "l'administratif. Les soins de conservation sont faits par une thanatopractrice partenaire.\n\n"
     "En 2025 : 410 obsèques, 1,38 M€ HT de chiffre d'affaires. Habilitation préfectorale n° 19-44-0173.",
     "Rapport d'activité 2025 (sur le Drive je crois)"),

    ("Le site et la boutique",
     "Le site est sous WordPress avec WooCommerce, le paiement passe par Stripe. Il y a plusieurs parties :\n\n"
     "- la boutique : plaques commémoratives gravées (de 49 à 129 €) et urnes biodégradables (de 89 à 240 €), "
     "52 000 € de ventes en 2025 ;\n\n"
     "- le formulaire « devis obsèques » : 210 demandes en 2025, on rappelle la famille dans la journée ;\n\n"
     "- les avis de décès et les pages de condoléances, gratuits pour les familles.\n\n"
     "Les rendez-vous sont dans Google Agenda, les dossiers des défunts dans Funéplan (notre logiciel métier) et les "
     "chiffres de la boutique dans un fichier Excel que tient Claudine.",
     "Export des commandes WooCommerce 2025 (Excel)"),

    ("Cahier des charges — modèle",
     "<i>1. Présentation de l'entreprise [à remplir] — 2. Objectifs généraux [ex. : augmenter le CA de X %] — "
     "3. Objectifs spécifiques [à remplir] — 4. Objectifs techniques [à remplir]</i>",
     ""),

    ("Le projet d'espace familles",
     "C'est un projet d'Hélène et du CA pour 2026 : un « espace familles » en ligne. Les familles pourraient préparer les obsèques "
     "depuis chez elles, à leur rythme, souvent le soir quand elles sont réunies : choisir le type de cérémonie (civile, "
     "religieuse, au crématorium), le cercueil ou l'urne, la musique, et à la fin recevoir un devis détaillé au format "
     "du devis-type obligatoire, le même que celui qu'on donne en agence.\n\n"
     "J'ai commencé le cahier des charges. Mon plan :\n\n"
     "1. Contexte<br/>2. Besoin<br/>3. Fonctionnalités<br/>4. Budget<br/>5. Délais\n\n"
     "Les objectifs : que les familles puissent préparer sans se déplacer ; la transparence des prix.",
     "Mon brouillon du cahier des charges (version du 20/01/2026, 2 pages)"),

    ("Ce que demande le CA",
     "Le conseil d'administration en a parlé en novembre. Les consignes que j'ai notées : « pas de vente forcée, prix affichés "
     "comme en agence, budget 12 000 € ». Il y avait autre chose je crois, sur les délais ou sur les sociétaires… "
     "[retrouver le compte rendu du CA de novembre]",
     "—"),

    ("Les deux devis",
     "J'ai demandé deux devis en janvier :\n\n"
     "- Funéplan, notre logiciel métier, propose son module web : 6 900 € HT ;\n\n"
     "- Ouest Pixel, une agence web de Nantes : 11 400 € HT.\n\n"
     "Ce que je regarde : le prix, et s'ils connaissent le devis-type (Funéplan oui ; Ouest Pixel a dit qu'ils allaient se renseigner).",
     "Devis Funéplan du 14/01/2026, devis Ouest Pixel du 27/01/2026"),

    ("Nos prestataires",
     "Nos prestataires : la Mutuelle Atlantique Prévoyance pour les contrats obsèques (nous sommes intermédiaires, inscrits à "
     "l'ORIAS), la fleuriste « Au Jardin de l'Estuaire » à deux rues de l'agence pour les compositions, la thanatopractrice "
     "pour les soins, et la marbrerie pour les monuments. On travaille avec eux depuis le début et ça se passe bien, les "
     "familles sont contentes.",
     "Liste des partenaires (classeur de l'accueil)"),

    ("Les mentions du site",
     "Les mentions légales sont dans le pied de page du site, sur toutes les pages (lien « Mentions légales »). Je les ai "
     "vérifiées une par une. On y trouve : le nom de la SCIC, l'adresse et le SIRET, le numéro d'habilitation préfectorale "
     "19-44-0173, le numéro ORIAS 20 007 318 (parce qu'on propose les contrats obsèques de la Mutuelle Atlantique Prévoyance), "
     "l'hébergeur avec son adresse, et la directrice de la publication (Hélène Rio).\n\n"
     "Le numéro ORIAS n'y était pas. J'ai fait ajouter le numéro ORIAS qui manquait le 12/02/2026 : Claudine l'a mis dans le "
     "pied de page WordPress avec moi, et j'ai vérifié sur le téléphone que tout s'affiche.",
     "Capture du pied de page"),

    ("Les conditions de vente",
     "J'ai relu les CGV de la boutique (celles de WooCommerce, écrites à l'ouverture de la boutique). J'ai regardé 2 points :\n\n"
     "1) les plaques sont gravées au nom du défunt, c'est un produit personnalisé, donc il n'y a pas de droit de rétractation. "
     "C'est bien écrit à l'article 7.\n\n"
     "2) le délai : c'est écrit 3 semaines de fabrication, c'est ce que Gravure Brière nous fait en vrai.\n\n"
     "Le reste je ne l'ai pas regardé en détail. Hélène dit que c'est bon.",
     "CGV en ligne (page « Conditions de vente »)"),

    ("Les données des familles",
     "Sur les pages de condoléances il y a : le nom du défunt, ses dates, les messages des proches avec leur nom, et parfois "
     "des photos que les familles nous envoient. Ces pages restent en ligne pour toujours, il y en a depuis 2019. Je trouve "
     "que ce n'est pas forcément bien pour certaines familles, une dame m'a dit qu'elle retombait dessus sur Google.\n\n"
     "Ma proposition : mettre une durée.",
     "à vérifier : combien de pages en ligne (environ 1 500 ?)"),

    ("Le point du lundi",
     "Tous les lundis à 8 h 30 on fait le « point du lundi » avec Hélène et toute l'équipe, une demi-heure environ, dans la "
     "salle de l'accueil. On regarde le planning des cérémonies de la semaine dans Google Agenda, qui fait quel convoi, "
     "les salons de la chambre funéraire, les congés.\n\n"
     "Pas d'entretiens annuels chez nous.",
     "Capture de Google Agenda (semaine du 2 février)"),

    ("L'équipe",
     "Solène a réécrit tous les textes des pages de condoléances : le texte d'accueil, le message quand on dépose un mot, "
     "le mail que reçoit la famille. Avant ils étaient froids, on aurait dit un formulaire administratif. Elle l'a fait en "
     "janvier, sur son temps calme, avec beaucoup de délicatesse.\n\n"
     "Je l'ai remerciée par son nom devant toute l'équipe au point du lundi du 3 février. J'ai aussi demandé à Hélène qu'on "
     "en parle dans la lettre de la coopérative de mars : c'est fait, il y a un petit article « Merci Solène » en page 2, "
     "avec un exemple de ses nouveaux textes. Depuis, des familles nous disent que les mots sont justes.",
     "Lettre aux sociétaires n° 24, mars 2026, page 2"),

    ("Les chiffres de chacun",
     "On ne note pas les collègues, c'est une coopérative.",
     ""),

    ("Les urnes et les plaques",
     "Les urnes sont rangées sur 2 étagères dans le bureau du fond (une vingtaine, qui viennent de Terre &amp; Sel). Quand une "
     "urne est vendue sur le site, la personne de permanence la prépare pour la famille.\n\n"
     "Les plaques ne sont pas en stock : elles sont gravées à la commande par Gravure Brière. Avant la gravure, j'envoie "
     "un mail à la famille avec le texte exact (nom, prénoms, dates) et elle doit répondre « je valide ». On n'envoie rien "
     "à Gravure Brière sans cette réponse. En novembre il y avait une erreur sur une date de naissance, on l'a vue grâce à ça.",
     "Exemple de mail de validation (famille M., 08/12/2025)"),

    ("Les commandes",
     "—",
     ""),

    ("Le rangement",
     "",
     ""),

    ("Les envois",
     "Les plaques : soit envoyées par Colissimo (environ 9,50 €, je crois que ça dépend du poids), soit données à la famille "
     "le jour de la cérémonie ou à l'agence.\n\n"
     "Les urnes : jamais par la poste, toujours remises en main propre. C'est plus respectueux et elles sont fragiles.",
     "Tarifs Colissimo (à vérifier)"),

    ("Satisfaction",
     "Une famille nous a envoyé une carte en janvier : « merci pour la douceur de la cérémonie, vous avez été présents à chaque "
     "instant ». On l'a affichée dans la salle d'accueil, ça fait du bien à toute l'équipe.",
     "Photo de la carte (avec l'accord de la famille)"),

    ("Ce que j'ai appris",
     "Dans la vente je faisais déjà du conseil, mais ici il faut aller doucement, les familles ne sont pas des clients comme "
     "les autres. J'ai appris qu'un site aussi doit être écrit avec délicatesse, et qu'il y a beaucoup de règles (habilitation, "
     "devis-type, ORIAS). Je me sens plus à l'aise avec l'organisation qu'avec la technique.",
     ""),

    ("À faire avant le jury",
     "- retrouver le CR du CA de novembre<br/>- demander à Hélène pour la durée des pages<br/>- refaire la capture du pied de page "
     "en plus grand<br/>- relire les devis",
     ""),
]


def deco(c, d):
    c.saveState()
    c.setFont("Helvetica", 9)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawRightString(PW - MARGIN, 1.3 * cm, "page %d / %d" % (d.page, TOTAL[0]))
    c.restoreState()


def build():
    story = [Paragraph("Fiche de synthèse — Bloc 5 — M. Le Floch — Coopérative Loire-Océan", title)]
    data = [[Paragraph("Point du dossier (mes mots)", cellh), Paragraph("Ce que j'ai fait", cellh),
             Paragraph("Preuve / pièce", cellh)]]
    # ligne 1 : la consigne du modèle de l'école, restée en gris italique
    data.append([Paragraph("Pour chaque ligne, indiquez une preuve datée. Le jury vérifiera : cahier des charges, choix des "
                           "prestataires, mentions légales, CGV, RGPD, management, logistique, transport.", consigne), "", ""])
    for label, done, proof in ROWS:
        st = modele if label.startswith("Cahier des charges") else cell
        data.append([Paragraph(label, cellb), cellflows(done, st), cellflows(proof)])
    widths = [3.6 * cm, UW - 3.6 * cm - 4.0 * cm, 4.0 * cm]
    t = Table(data, colWidths=widths, splitInRow=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (0, 1), (-1, 1)),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EFEFEF")),
    ]))
    story.append(t)
    return story


def main():
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, FILE)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title="Fiche de synthèse bloc 5", author=NAME, creator=NAME,
                            subject="Titre Chef de projet e-commerce — bloc 5", invariant=1)
    doc.build(build(), onFirstPage=deco, onLaterPages=deco)
    print("pages:", doc.page)


if __name__ == "__main__":
    main()
