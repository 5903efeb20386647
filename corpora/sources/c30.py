"""Génère le livrable de la candidate « Zéro Gramme » (épicerie vrac)."""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent.parent / "c30-vrac-zero-gramme"
OUT.mkdir(parents=True, exist_ok=True)
AUTHOR = "Manon Lefeuvre"

CONTENT = [
    ("title", "Zéro Gramme – épicerie vrac en ligne"),
    ("sub", "Dossier bloc 4 – contenus du site – Manon Lefeuvre"),
    ("h", "Contexte"),
    ("p", "Zéro Gramme est une petite épicerie vrac à Angers (rue Saint-Laud) qui vend aussi en ligne "
          "depuis 2025 sur WooCommerce. On vend des légumineuses, des pâtes, du café, des produits d'entretien "
          "à la pesée et quelques bocaux consignés. Je suis en alternance et je m'occupe du site avec la gérante, Sophie."),
    ("p", "Le but c'est d'avoir un site plus joli et qui vend mieux, parce que pour l'instant les ventes en ligne "
          "restent faibles par rapport à la boutique."),
    ("h", "1. Les contenus"),
    ("p", "On a beaucoup de photos des produits, elles sont faites avec le téléphone de Sophie dans la boutique. "
          "Il faudrait sûrement les retravailler un peu. Pour l'instant les photos sont mises telles quelles sur le site."),
    ("p", "Pour le stockage, on a tout mis sur un Google Drive partagé : un dossier « Photos produits », un dossier "
          "« Étiquettes » et un dossier « Factures fournisseurs ». C'est plus pratique que les clés USB qu'on avait avant. "
          "Le Drive fait 15 Go et on en utilise à peu près la moitié."),
    ("p", "Les textes des produits sont souvent copiés depuis le catalogue des fournisseurs. Certains sont trop longs, "
          "d'autres n'ont presque rien. L'idée serait de réécrire les plus importants."),
    ("h", "2. Les fiches produits"),
    ("p", "Une fiche produit chez nous c'est : le nom, le prix au kilo, une photo et une description. "
          "Il manque souvent l'origine et parfois le prix n'est pas à jour."),
    ("p", "J'ai fait des correctifs dans le fichier Excel d'import des produits : il y avait des doublons (le riz "
          "basmati était présent trois fois), des prix avec des virgules au lieu de points qui cassaient l'import, "
          "et des catégories mal écrites (« Epicerie sucrée » / « Épicerie sucrée »). Environ 40 lignes corrigées "
          "sur 310."),
    ("p", "Pour les mots-clés, dans WooCommerce on a les étiquettes produits : j'ai ajouté des mots-clés comme "
          "« bio », « local », « sans gluten », « nouveauté », « promo » pour que les clients puissent filtrer. "
          "Il y en a une vingtaine maintenant."),
    ("table", [["Mot-clé (étiquette)", "Nombre de produits"],
               ["bio", "182"], ["local", "47"], ["sans gluten", "23"], ["nouveauté", "12"], ["promo", "8"]]),
    ("p", "Exemple de fiche actuelle (copiée du site) :"),
    ("table", [["Champ", "Contenu actuel"],
               ["Nom", "Lentilles vertes"],
               ["Prix", "4,20 € / kg"],
               ["Photo", "1 photo (bac en boutique)"],
               ["Description", "Lentilles vertes de qualité, idéales pour vos plats."],
               ["Origine", "—"]]),
    ("p", "On voit bien qu'il manque des choses. Il faudrait ajouter plus d'informations mais je ne sais pas encore "
          "lesquelles seraient les plus utiles pour nos clients, je dois en parler avec Sophie."),
    ("h", "3. Les partenaires"),
    ("p", "Nos partenaires principaux sont nos fournisseurs : Ethiquable pour le café et le chocolat, "
          "la Ferme du Louroux pour les lentilles et les farines, et Biocoop Restauration pour le reste. "
          "On travaille avec eux depuis l'ouverture, ils livrent toutes les deux semaines. On a choisi la Ferme "
          "du Louroux parce qu'elle est à 30 km et que ses prix sont corrects."),
    ("h", "4. Vidéo et réseaux"),
    ("p", "On aimerait faire des petites vidéos pour montrer comment on remplit un bocal en boutique. "
          "Je pense utiliser CapCut car c'est gratuit. Rien n'est encore tourné."),
    ("p", "On a un compte Instagram (1 200 abonnés) où Sophie poste quand elle a le temps."),
    ("h", "5. Le blog"),
    ("p", "On voudrait ouvrir un blog avec des recettes zéro déchet. WordPress le permet puisque le site est déjà "
          "sur WooCommerce. Ce sera à voir après l'été."),
    ("h", "6. Les ventes sur le site"),
    ("p", "Les gens mettent des produits dans le panier mais ne vont pas toujours jusqu'au bout. Je pense que c'est "
          "à cause des frais de livraison (6,90 €) ou parce que le retrait en boutique n'est pas assez visible. "
          "Il faudrait regarder ça de plus près. On n'a pas encore installé d'outil de statistiques à part ce que "
          "WooCommerce affiche dans le tableau de bord (environ 25 commandes par mois)."),
    ("p", "Sophie pense aussi que les clients en ligne ne sont pas les mêmes que ceux de la boutique : en boutique "
          "ce sont surtout des habitués du quartier, en ligne ce sont plutôt des gens qui découvrent le vrac. "
          "On n'a pas vraiment de chiffres pour le vérifier."),
    ("h", "Pistes pour la suite"),
    ("bullets", ["refaire des photos plus propres (fond blanc ?)",
                 "réécrire les descriptions des 20 produits les plus vendus",
                 "mettre le retrait en boutique plus en avant",
                 "faire le ménage dans le Drive",
                 "voir pour le blog",
                 "etc."]),
    ("p", "Conclusion : il y a beaucoup de choses à améliorer, on avance petit à petit en fonction du temps "
          "disponible en plus de la boutique."),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(2 * cm, 1.2 * cm, f"{AUTHOR} – Zéro Gramme")
    canvas.drawRightString(19 * cm, 1.2 * cm, str(doc.page))
    canvas.restoreState()


def build():
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontSize=11.5, leading=16.5, spaceAfter=9)
    h = ParagraphStyle("h", parent=ss["Heading3"], fontSize=12.5, spaceBefore=10)
    story = []
    for kind, val in CONTENT:
        if kind == "title":
            story.append(Paragraph(val, ss["Title"]))
        elif kind == "sub":
            story.append(Paragraph(val, ss["Italic"]))
            story.append(Spacer(1, 12))
        elif kind == "h":
            story.append(Paragraph(val, h))
        elif kind == "p":
            story.append(Paragraph(val, body))
        elif kind == "bullets":
            for b in val:
                story.append(Paragraph("- " + b, body))
        elif kind == "table":
            t = Table(val, colWidths=[7 * cm, 5 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
            story.append(t)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(str(OUT / "zero-gramme.pdf"), pagesize=A4, invariant=1,
                            title="Zéro Gramme – contenus", author=AUTHOR,
                            leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.5 * cm, bottomMargin=2.5 * cm)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
