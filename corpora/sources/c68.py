# Générateur de la copie d'examen du candidat c68 (La Remise, ressourcerie de Redon).
# Déterministe : reportlab invariant=1, aucune date courante.
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c68-ressourcerie-redon")
FILE = "la-remise-copie-examen.pdf"
NAME = "Lucas Perrin"

body = ParagraphStyle("b", fontName="Helvetica", fontSize=11, leading=17, spaceAfter=5)
dash = ParagraphStyle("d", parent=body, leftIndent=14, spaceAfter=2)
ital = ParagraphStyle("i", parent=body, fontName="Helvetica-Oblique", fontSize=10, leading=14, textColor=colors.HexColor("#333333"),
                      spaceBefore=4)
qn = ParagraphStyle("q", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=20, spaceAfter=6)
small = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=12)

story = []


def P(t):
    story.append(Paragraph(t, body))


def Q(n):
    story.append(Paragraph(n, qn))


def D(items):
    for i in items:
        story.append(Paragraph("- " + i, dash))
    story.append(Spacer(1, 4))


def I(t):
    story.append(Paragraph(t, ital))


box = Table([[Paragraph("Candidat n° 2026-0613", small), Paragraph("Nom : PERRIN Lucas", small)],
             [Paragraph("<b>Épreuve écrite — Blocs 4 et 5 — Étude de cas</b>", small), Paragraph("Date : 9 juin 2026 — durée 4 h", small)]],
            colWidths=[8.2 * cm, 5.2 * cm], hAlign="LEFT")
box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                         ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                         ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
story.append(box)
story.append(Spacer(1, 6))

# ----------------------------------------------------------------- bloc 4
Q("Q4.1")
P("Je prends l'exemple de La Remise (ressourcerie du Pays de Redon, ACI) où je suis encadrant technique. On vend en ligne depuis mars 2025 "
  "sur notre site WooCommerce laremise-redon.fr (environ 140 objets en ligne) et sur Label Emmaüs.")
P("Pour les photos des objets on avait 2 possibilités :")
D(["Gérard, bénévole retraité, il faisait de la photo avant, il vient le mardi et le jeudi matin",
   "un photographe professionnel : on a demandé un devis, 450 € la journée"])
P("On a pris Gérard parce que c'est gratuit.")

Q("Q4.2")
P("Nos objets sont tous uniques (on n'a jamais 2 fois le même), donc pour la description je fais comme ça :")
D(["titre = objet + matière + époque",
   "les dimensions (L x l x h en cm)",
   "l'état : A = très bon, B = bon avec traces d'usage, C = à restaurer",
   "3 photos (face, côté, un détail)"])
P("Exemple : « Buffet Henri II chêne » — 2 corps, 148 x 52 x 205 cm, état B (une porte ferme mal), 3 photos. Prix 180 €.")
P("Mots-clés : vintage, chêne, salle à manger, années 50")
P("(c'est les mots-clés qu'on met dans WooCommerce, dans la case étiquettes)")
I("(Barème : 3 pts — attendu : méthodologie + expressions positionnées dans la fiche)")

Q("Q4.3")
P("Sur la fiche produit on met :")
D(["le prix",
   "les dimensions",
   "l'état (A, B ou C)",
   "« retrait en boutique uniquement » pour les meubles",
   "le numéro d'étiquette de l'objet (cf. Q5.5)"])
P("Les avis clients : pas possible pour des pièces uniques ? [revoir]")

story.append(PageBreak())
Q("Q4.4")
P("Les photos sont retouchées sur le téléphone avec Snapseed (recadrage, luminosité). Les photos font 4 Mo, il faudra les réduire.")

Q("Q4.5")
P("Pas encore de statistiques sur les fiches. [demander à Sandrine si WooCommerce peut le faire]")

Q("Q4.6")
P("Nous n'avons pas de blog, la page Actualités du site sert à ça (on y met les ventes spéciales, par ex. la braderie vélos d'avril, "
  "et les horaires d'été).")

Q("Q4.7")
P("« Un tunnel de conversion est l'ensemble des étapes que parcourt un internaute depuis son arrivée sur le site jusqu'à la "
  "validation de sa commande. » Chez nous c'est pareil.")
P("Chiffres WooCommerce de mars :")
P("fiches produits 2 400 vues -> ajout au panier 96 -> paiement 41 (Stripe) -> commandes 38")
P("Problème : les clients ne voient pas que les meubles c'est retrait en boutique uniquement. Ils mettent au panier et quand ils "
  "voient qu'il n'y a pas de livraison ils abandonnent -> paniers abandonnés.")
P("À corriger.")

# ----------------------------------------------------------------- bloc 5
story.append(PageBreak())
Q("Q5.1")
P("Rappel : La Remise collecte 420 t par an, 2 boutiques (Redon et Guémené-Penfao) = 286 k€ de CA en 2025, en ligne 12 k€ sur le site + "
  "9 k€ sur Label Emmaüs. 11 permanents, 24 salariés en insertion, une quarantaine de bénévoles.")
P("Projet : un nouveau site avec le stock relié aux boutiques. Aujourd'hui quand un objet est vendu en "
  "boutique il reste parfois en ligne, on a eu 3 commandes d'objets déjà partis en février.")
P("Plan du cahier des charges :")
P("1. contexte<br/>2. besoins<br/>3. budget")
P("Objectifs : vendre plus en ligne et faire connaître l'association.")
P("Consignes du CA (conseil d'administration, président M. Lorand), réunion du 14 avril :")
D(["budget maximum 3 000 €, qui vient de la subvention d'une fondation pour le numérique",
   "pas de livraison des meubles à domicile (pas de camion dispo, pas d'assurance pour ça)",
   "« pas de prix au-dessus de 300 € en ligne » : les pièces plus chères restent en boutique"])

Q("Q5.2")
P("On a reçu 2 devis :")
D(["agence Breizh Web : 5 800 €",
   "un freelance de Redon : 2 400 €"])
P("L'agence dépasse le budget de 3 000 €, donc on prendrait le freelance.")
P("à compléter")

story.append(PageBreak())
Q("Q5.3")
P("Mentions légales : je pense qu'elles sont en bas de page, avec le numéro RNA.")
P("CGV : dans nos CGV c'est écrit « objets vendus en l'état, sans garantie ». Je crois que ce n'est pas possible : même pour de "
  "l'occasion, la garantie légale de conformité s'applique quand c'est une structure qui vend et pas un particulier, sauf que pour "
  "un bien d'occasion le défaut est présumé exister pendant 12 mois au lieu de 24. À vérifier avec quelqu'un.")
P("RGPD : le fichier des adhérents est dans un Excel partagé.")
I("(Le correcteur vérifiera la présence des mentions légales, CGV, RGPD)")

Q("Q5.4")
P("On fait une réunion tous les lundis à 9 h, 30 min, avec Yvette (encadrante technique), les salariés en insertion du pôle "
  "mise en ligne et moi. Les objectifs de la réunion :")
D(["voir les arrivages de la semaine (apports en déchèterie et dépôts à la boutique)",
   "choisir les objets à photographier et à mettre en ligne dans la semaine",
   "les problèmes (commandes pas retirées, casse, objets vendus 2 fois)"])
P("Quand quelque chose marche je le dis en réunion devant tout le monde. Kévin a eu l'idée des photos sur fond blanc, ça a changé les "
  "ventes. Fatou a repris toutes les fiches vinyles avec la bonne année de sortie, je l'ai remerciée aussi et Sandrine (directrice) "
  "l'a mis dans son suivi de parcours.")
P("Indicateur : objets photographiés par personne : Kévin 42, Fatou 35 (semaine 12).")

story.append(PageBreak())
Q("Q5.5")
P("Chaque objet qui arrive est étiqueté avec une étiquette numérotée (ex. R-0457). Il est rangé dans la réserve par catégorie "
  "(meubles, vaisselle, vinyles, vélos, etc.). Le code est noté dans l'Excel « registre des objets » avec la catégorie et le prix. "
  "Quand l'objet est vendu on le raye dans l'Excel.")

Q("Q5.6")
story.append(Spacer(1, 40))

Q("Q5.7")
P("Retrait sur place pour les meubles, Colissimo pour le reste.")
P("Satisfaction : on n'a jamais eu de plainte.")
P("[je n'ai pas eu le temps]")


def deco(c, d):
    c.saveState()
    c.setFont("Helvetica", 8.5)
    c.drawString(2.3 * cm, A4[1] - 1.3 * cm, "Copie — L. Perrin")
    c.drawRightString(A4[0] - 2.3 * cm, A4[1] - 1.3 * cm, "Candidat n° 2026-0613")
    c.drawCentredString(A4[0] / 2, 1.2 * cm, "Page %d" % d.page)
    if d.page == 3:
        c.setFont("Helvetica-Oblique", 10)
        c.drawRightString(A4[0] - 2.5 * cm, 2.2 * cm, "(suite au verso)")
    c.restoreState()


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = SimpleDocTemplate(os.path.join(OUT, FILE), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.8 * cm, title="Copie étude de cas blocs 4 et 5",
                            author=NAME, creator=NAME, producer="ReportLab", invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    print("ok")


if __name__ == "__main__":
    main()
