"""Générateur du dossier de Maxime Girard (Seconde Note) — PDF."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c39-seconde-note")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Maxime Girard"

ss = getSampleStyleSheet()
body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=11.5, leading=16.5,
                      spaceAfter=6)
t1 = ParagraphStyle("t1", parent=body, fontName="Helvetica-Bold", fontSize=15, spaceBefore=10,
                    spaceAfter=8)
t2 = ParagraphStyle("t2", parent=body, fontName="Helvetica-Bold", fontSize=12, spaceBefore=8)
note = ParagraphStyle("note", parent=body, fontName="Helvetica-Oblique", textColor=colors.HexColor("#8a4b00"))
bul = ParagraphStyle("bul", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2)

CONTENT = [
    ("t1", "Seconde Note — référencement du site (bloc 3)"),
    ("p", "Maxime Girard — stage chez Seconde Note, Lyon 7e — version du 19/01"),
    ("t2", "Contexte"),
    ("p", "Seconde Note vend des instruments de musique d'occasion révisés en atelier (guitares, basses, "
          "claviers, quelques cuivres). Magasin rue de Marseille + site PrestaShop secondenote.fr depuis 2023. "
          "Le patron (Karim) veut que le site « sorte plus sur Google », aujourd'hui presque toutes les ventes "
          "en ligne viennent de gens qui connaissent déjà le magasin ou de Leboncoin."),
    ("t2", "Ce que je compte faire"),
    ("b", "améliorer le SEO du site"),
    ("b", "faire des articles de blog (sur quoi ? demander à Karim)"),
    ("b", "travailler les fiches produits, elles sont très courtes"),
    ("b", "avoir des liens d'autres sites"),
    ("b", "regarder les stats"),
    ("n", "→ il faudrait mettre un ordre à tout ça, voir avec le tuteur."),
    ("t2", "Mots-clés"),
    ("p", "J'ai cherché quelques mots-clés avec Ubersuggest (version gratuite, 3 recherches par jour…) :"),
    ("table", None),
    ("p", "Les mots avec « occasion » ont du volume mais Leboncoin, Audiofanzine et Thomann sont devant sur "
          "tout. Peut-être viser « lyon » ? On a le magasin physique, ça peut être un avantage."),
    ("n", "faire une vraie matrice ? je ne sais pas trop comment on la construit, revoir le cours."),
    ("t2", "Ce que j'ai vu sur le site (tour rapide)"),
    ("b", "beaucoup de fiches avec juste le nom de l'instrument et le prix, pas de description de l'état"),
    ("b", "les balises title sont toutes « Seconde Note - Accueil » sur certaines pages ?? à vérifier"),
    ("b", "photos prises au téléphone, très lourdes (3-4 Mo), le site met du temps à charger"),
    ("b", "les produits vendus sont supprimés → pages en erreur 404 (Karim dit qu'il y en a des centaines)"),
    ("b", "pas de blog, pas de page « qui sommes-nous » ni de page sur l'atelier de révision"),
    ("n", "idée : garder les pages des produits vendus avec « vendu » + des produits similaires ? demander si c'est bien pour le SEO."),
    ("t2", "Idées d'articles"),
    ("b", "comment choisir sa première guitare d'occasion"),
    ("b", "les points à vérifier avant d'acheter un ampli à lampes"),
    ("b", "Fender Mexique ou Squier : lequel choisir ?"),
    ("b", "présentation de l'atelier et de Bruno, le luthier"),
    ("p", "Pas encore rédigés. Il faut d'abord installer un module blog sur PrestaShop (lequel ? il y en a "
          "des gratuits et des payants à 80 €)."),
    ("t2", "Outils"),
    ("p", "Le site a Google Analytics (l'ancien, installé par le prestataire, je ne sais pas s'il marche "
          "encore depuis le passage à GA4). Pas de Search Console → à créer, il faut l'accès au DNS "
          "que Karim n'a pas."),
    ("t2", "Netlinking"),
    ("p", "Idées : écoles de musique de Lyon, salles de concert (Le Marché Gare, le Ninkasi), forums "
          "(Audiofanzine), luthiers. Je n'ai contacté personne pour l'instant."),
    ("t2", "Publicité"),
    ("p", "Faut-il faire du SEA ? Karim a un budget de 300 €/mois max. Google Ads ou plutôt Facebook "
          "Marketplace / Instagram ? Je ne sais pas si les annonces Shopping marchent pour des produits "
          "uniques (chaque guitare est une pièce unique, donc le flux change tout le temps)."),
    ("n", "question à poser au formateur."),
    ("t2", "Indicateurs à suivre"),
    ("b", "le trafic"),
    ("b", "le taux de rebond"),
    ("b", "les ventes"),
    ("b", "la position sur Google"),
    ("b", "etc."),
    ("p", "Je n'ai pas encore les chiffres car je n'ai pas l'accès à Analytics (demande faite au prestataire "
          "le 12/01)."),
    ("t2", "ROI"),
    ("p", "À calculer quand on aura fait les actions."),
    ("t2", "Prochaines étapes"),
    ("b", "récupérer les accès (Analytics, PrestaShop admin, DNS)"),
    ("b", "réécrire 10 fiches produits pour tester"),
    ("b", "choisir les mots-clés définitifs"),
    ("b", "voir si on fait de la pub"),
    ("n", "Reste à faire pour le dossier : cocon sémantique, tableau de bord, annonces. Manque de temps."),
]

KW = [
    ["Mot-clé", "Volume / mois", "Difficulté"],
    ["guitare occasion", "14 800", "61"],
    ["guitare électrique occasion", "5 400", "54"],
    ["magasin musique lyon", "1 300", "28"],
    ["guitare occasion lyon", "390", "19"],
    ["ampli guitare occasion", "2 900", "47"],
    ["piano numérique occasion", "3 600", "50"],
]


def deco(canvas, doc_):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(2 * cm, 1.2 * cm, "M. Girard — Seconde Note — brouillon")
    canvas.drawRightString(19 * cm, 1.2 * cm, "p. %d" % doc_.page)
    canvas.restoreState()


story = []
for kind, text in CONTENT:
    if kind == "t1":
        story.append(Paragraph(text, t1))
    elif kind == "t2":
        story.append(Paragraph(text, t2))
    elif kind == "p":
        story.append(Paragraph(text, body))
    elif kind == "n":
        story.append(Paragraph(text, note))
    elif kind == "b":
        story.append(Paragraph(text, bul, bulletText="•"))
    elif kind == "table":
        t = Table(KW, colWidths=[7 * cm, 3.5 * cm, 3 * cm])
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ("FONTSIZE", (0, 0), (-1, -1), 10),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ]))
        story.append(t)
        story.append(Spacer(1, 8))

pdf = SimpleDocTemplate(os.path.join(OUT, "seconde-note.pdf"), pagesize=A4, leftMargin=2.2 * cm,
                        rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                        title="Seconde Note - referencement", author=AUTHOR, invariant=1)
pdf.build(story, onFirstPage=deco, onLaterPages=deco)
print("ok")
