"""Générateur du dossier de Nicolas Perrin (Toque Academy) — PDF."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c41-toque-academy")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Nicolas Perrin"

ss = getSampleStyleSheet()
body = ParagraphStyle("body", parent=ss["Normal"], fontName="Times-Roman", fontSize=12, leading=17,
                      spaceAfter=7, alignment=4)
h1 = ParagraphStyle("h1", parent=body, fontName="Times-Bold", fontSize=17, leading=22, spaceBefore=14,
                    spaceAfter=8, alignment=0, textColor=colors.HexColor("#8b1a1a"))
h2 = ParagraphStyle("h2", parent=body, fontName="Times-Bold", fontSize=13, spaceBefore=10, spaceAfter=5,
                    alignment=0)
toc = ParagraphStyle("toc", parent=body, fontSize=12, leading=20, spaceAfter=0, alignment=0)
toc2 = ParagraphStyle("toc2", parent=toc, leftIndent=18)
mono = ParagraphStyle("mono", parent=body, fontName="Courier", fontSize=9.5, leading=13, spaceAfter=1,
                      alignment=0, leftIndent=12)
cell = ParagraphStyle("cell", parent=body, fontSize=10, leading=12, spaceAfter=0, alignment=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Times-Bold")
bul = ParagraphStyle("bul", parent=body, leftIndent=16, bulletIndent=5, spaceAfter=2)
ctitle = ParagraphStyle("ctitle", parent=body, fontName="Times-Bold", fontSize=30, leading=36, alignment=1,
                        spaceBefore=150, textColor=colors.HexColor("#8b1a1a"))
csub = ParagraphStyle("csub", parent=body, fontSize=14, leading=20, alignment=1)
capt = ParagraphStyle("capt", parent=body, fontName="Times-Italic", fontSize=10)

story = []


def H1(t):
    story.append(Paragraph(t, h1))


def H2(t):
    story.append(Paragraph(t, h2))


def P(t, st=body):
    story.append(Paragraph(t, st))


def B(items):
    for it in items:
        story.append(Paragraph(it, bul, bulletText="•"))


def T(rows, widths):
    data = [[Paragraph(str(v), cellb if i == 0 else cell) for v in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * cm for w in widths])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2dede")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(t)
    story.append(Spacer(1, 8))


# ---------- couverture ----------
P("TOQUE ACADEMY", ctitle)
P("Apprendre la cuisine avec des chefs, depuis chez soi", csub)
story.append(Spacer(1, 40))
P("Dossier professionnel — Bloc 2<br/>Promotion de l'offre et relation client en ligne", csub)
story.append(Spacer(1, 40))
P("Nicolas Perrin<br/>Chargé de marketing digital — Toque Academy SAS, Lyon<br/>Mars 2026", csub)
story.append(PageBreak())

# ---------- sommaire ----------
H1("Sommaire")
for lvl, t in [
    (1, "1. Présentation de Toque Academy ............................................................ 3"),
    (1, "2. Plan de communication de la campagne « Printemps gourmand » ..................... 3"),
    (2, "2.1 Objectifs de la campagne ........................................................................ 3"),
    (2, "2.2 Cibles ..................................................................................................... 3"),
    (2, "2.3 Vecteurs de communication ................................................................... 3"),
    (1, "3. Partenaires ................................................................................................. 3"),
    (2, "3.1 Identification des partenaires .............................................................. 3"),
    (2, "3.2 Mesure des retombées ........................................................................ 3"),
    (1, "4. Réseaux sociaux et communauté ........................................................... 4"),
    (2, "4.1 Stratégie éditoriale ............................................................................... 4"),
    (2, "4.2 Animation de la communauté ................................................................ 4"),
    (2, "4.3 Indicateurs de notoriété ....................................................................... 4"),
    (1, "5. Communication instantanée (chat) ......................................................... 5"),
    (1, "6. Mise en avant des cours sur le site ....................................................... 5"),
    (1, "7. Paiement en ligne ................................................................................... 7"),
    (1, "8. Fidélisation ............................................................................................ 7"),
    (1, "Conclusion ................................................................................................... 7"),
]:
    P(t, toc if lvl == 1 else toc2)
story.append(PageBreak())

# ---------- 1 ----------
H1("1. Présentation de Toque Academy")
P("Toque Academy est une plateforme lyonnaise de cours de cuisine en vidéo créée en 2023 par le chef "
  "Romain Delmas (ancien second de cuisine dans un restaurant étoilé) et Claire Nguyen. Le site "
  "toque-academy.fr fonctionne sous WordPress avec WooCommerce et l'extension LearnDash pour les cours. "
  "L'offre comprend des cours à l'unité (de 29 € à 89 €, par exemple « Les bases de la pâtisserie » à 79 €) "
  "et un abonnement « Toque+ » à 14,90 € par mois donnant accès à l'ensemble du catalogue (64 cours). "
  "En 2025, la plateforme compte 3 100 abonnés actifs et a réalisé 620 000 € de chiffre d'affaires.")

# ---------- 2 ----------
H1("2. Plan de communication de la campagne « Printemps gourmand »")
H2("2.1 Objectifs de la campagne")
P("Les objectifs de la campagne seront définis avec Claire lors de la réunion de lancement. Ils devront "
  "être SMART : spécifiques, mesurables, atteignables, réalistes et temporellement définis. Ils seront "
  "alignés sur le projet d'entreprise.")
H2("2.2 Cibles")
H2("2.3 Vecteurs de communication")
P("Un vecteur de communication est un moyen ou un support permettant de transmettre un message à une "
  "cible. On distingue les médias (télévision, radio, presse, affichage, cinéma, internet) et le hors-média "
  "(marketing direct, promotion des ventes, relations publiques, événementiel, salons). Sur internet, les "
  "principaux vecteurs sont le site web, les réseaux sociaux, l'e-mailing, le référencement naturel et "
  "payant, l'affiliation et les marketplaces. Le choix des vecteurs dépend de la cible, du budget et des "
  "objectifs.")
P("Le choix des vecteurs pour la campagne « Printemps gourmand » sera fait une fois les cibles validées.")

# ---------- 3 ----------
H1("3. Partenaires")
H2("3.1 Identification des partenaires")
P("Les partenaires possibles d'un site e-commerce sont nombreux : revendeurs, blogueurs et influenceurs, "
  "agences de presse, comparateurs, réseaux locaux, marketplaces, associations, etc. Pour Toque Academy, "
  "nous n'avons pas encore arrêté de liste de partenaires. Une prise de contact avec des influenceurs "
  "culinaires est envisagée pour le deuxième trimestre.")
H2("3.2 Mesure des retombées")
P("[À compléter après la campagne]")

# ---------- 4 ----------
H1("4. Réseaux sociaux et communauté")
H2("4.1 Stratégie éditoriale")
P("Toque Academy est présente sur Instagram, Facebook, TikTok et YouTube. La stratégie éditoriale "
  "consistera à publier régulièrement des contenus variés (recettes, coulisses, astuces du chef) afin "
  "d'engager la communauté. Un calendrier éditorial sera mis en place dans Notion.")
H2("4.2 Animation de la communauté")
H2("4.3 Indicateurs de notoriété")
P("Les indicateurs suivants seront suivis pour mesurer la notoriété :")
T([
    ["Indicateur", "Avant campagne", "Après campagne", "Évolution"],
    ["Nombre d'abonnés Instagram", "à renseigner", "à renseigner", ""],
    ["Taux d'engagement", "à renseigner", "à renseigner", ""],
    ["Portée moyenne des publications", "à renseigner", "à renseigner", ""],
    ["Mentions de la marque", "à renseigner", "à renseigner", ""],
    ["Vues YouTube", "à renseigner", "à renseigner", ""],
], [6, 3.3, 3.3, 3.3])
P("L'analyse de ces indicateurs permettra de mesurer l'efficacité des actions de fédération de la "
  "communauté.")

# ---------- 5 ----------
story.append(PageBreak())
H1("5. Communication instantanée (chat)")
P("Un module de chat en direct va être installé sur le site (solution envisagée : Crisp ou Tidio, version "
  "gratuite). Il permettra de répondre aux questions des visiteurs sur le contenu des cours et sur "
  "l'abonnement. Voici le script de conversation qui sera utilisé par l'équipe :")
for line in [
    "Agent : Bonjour [Prénom] ! Je suis [Nom de l'agent] de Toque Academy. Comment puis-je vous aider ?",
    "Client : [Question du client]",
    "Agent : Bien sûr ! Le cours [Nom du cours] dure [durée] et comprend [nombre] vidéos.",
    "Client : [Réponse / objection]",
    "Agent : Je comprends. [Argument adapté]. Vous pouvez aussi essayer Toque+ gratuitement [X] jours.",
    "Client : [Décision]",
    "Agent : [Si achat : remerciement + lien d'accès] / [Si pas d'achat : proposition newsletter]",
    "Agent : Merci [Prénom], bonne cuisine !",
]:
    P(line, mono)
story.append(Spacer(1, 8))
P("Exemple de conversation ayant abouti à une vente : à insérer.")
P("Exemple de conversation n'ayant pas abouti : à insérer.")
P("Statistiques du chat :", ParagraphStyle("b", parent=body, fontName="Times-Bold"))
T([
    ["Indicateur", "Valeur", "Commentaire"],
    ["Nombre de conversations", "", ""],
    ["Temps moyen de première réponse", "", ""],
    ["Taux de conversion après chat", "", ""],
    ["Satisfaction", "", ""],
], [6, 3.5, 6.4])
P("TODO : exporter les stats une fois l'outil en place.")

# ---------- 6 ----------
H1("6. Mise en avant des cours sur le site")
P("Les fonctionnalités de mise en avant de WooCommerce (produits mis en avant, ventes croisées, produits "
  "suggérés) seront paramétrées lors de la refonte de la page d'accueil.")
P("En attendant, voici les emplacements du site que j'ai repérés comme les plus utiles pour notre "
  "activité, à partir des données de Google Analytics 4 (janvier 2026) :")
T([
    ["Emplacement", "Pourquoi pour Toque Academy", "Ce qu'on y met"],
    ["Page d'accueil, premier écran", "38 % des sessions commencent ici ; les visiteurs découvrent l'offre", "Le cours vedette du mois + essai gratuit Toque+ 7 jours"],
    ["Fin de chaque vidéo (écran de fin LearnDash)", "Moment où l'élève est satisfait : 71 % terminent les vidéos", "Le cours suivant logique (ex. après « Pâte brisée » → « Tartes de saison »)"],
    ["Page « Nos chefs »", "2e page la plus vue, les gens viennent pour un chef précis", "Les 3 cours les plus vendus de chaque chef"],
    ["Panier", "Ticket moyen de 46 € : marge pour un complément", "Le kit d'ustensiles partenaire ou un cours à 29 €"],
    ["E-mail de bienvenue (Brevo)", "Taux d'ouverture de 62 %", "Parcours « Débutant » en 3 cours"],
], [4.2, 6, 5.7])

# ---------- 7 ----------
story.append(PageBreak())
H1("7. Paiement en ligne")
P("Le paiement est géré par l'extension officielle WooCommerce Stripe Gateway (version 8.2), que j'ai "
  "installée et configurée en septembre 2025 en remplacement de l'ancien module de la banque : clés API en "
  "mode test puis en mode live, webhooks Stripe pour la confirmation des paiements et les renouvellements "
  "d'abonnement (WooCommerce Subscriptions), activation de 3-D Secure, d'Apple Pay et de Google Pay (boutons "
  "de paiement express). PayPal est également proposé via PayPal Payments. J'ai testé le parcours complet "
  "avec la carte de test Stripe puis avec une vraie carte (remboursée) :")
T([
    ["Appareil / navigateur", "Carte + 3-D Secure", "Apple Pay / Google Pay", "PayPal", "Abonnement Toque+"],
    ["iPhone 14 / Safari", "OK", "Apple Pay OK", "OK", "OK"],
    ["Samsung S22 / Chrome", "OK", "Google Pay OK", "OK", "OK"],
    ["iPad Air / Safari", "OK", "Apple Pay OK", "OK", "OK"],
    ["PC Windows / Edge", "OK", "Google Pay OK", "OK", "OK"],
    ["MacBook / Firefox", "OK", "Non affiché (normal)", "OK", "OK"],
], [4.2, 3, 3.6, 2.4, 2.9])
P("Pour rassurer les acheteurs, la page de commande affiche les logos des cartes, le cadenas « Paiement "
  "100 % sécurisé par Stripe », la garantie « satisfait ou remboursé 14 jours » et l'absence d'engagement sur "
  "l'abonnement. Depuis la mise en place, le taux d'échec de paiement est passé de 7,8 % à 2,9 % (tableau "
  "de bord Stripe, octobre 2025 – janvier 2026).")
P("Le paiement en plusieurs fois (Alma, Klarna, Oney) sera étudié pour les formations longues, mais aucune "
  "offre n'a encore été comparée.")

# ---------- 8 ----------
H1("8. Fidélisation")
P("La fidélisation désigne l'ensemble des actions marketing visant à créer une relation durable entre une "
  "marque et ses clients afin qu'ils renouvellent leurs achats. Les principaux outils de fidélisation sont "
  "les programmes de points, les cartes de fidélité, le parrainage, les newsletters, les offres "
  "personnalisées, le service client et les communautés de marque. Fidéliser un client coûte cinq fois "
  "moins cher que d'en conquérir un nouveau.")
P("Le choix des dispositifs adaptés à Toque Academy sera argumenté dans une prochaine version du dossier.")
H1("Conclusion")
P("Ce dossier sera complété au fur et à mesure de l'avancement de la campagne « Printemps gourmand ». Le "
  "bilan chiffré sera présenté à la direction en juin 2026.")


def deco(canvas, d):
    if d.page == 1:
        return
    canvas.saveState()
    canvas.setFont("Times-Italic", 9)
    canvas.drawString(2.2 * cm, 1.2 * cm, "Nicolas Perrin — Toque Academy — Bloc 2")
    canvas.drawRightString(18.8 * cm, 1.2 * cm, "Page %d" % d.page)
    canvas.restoreState()


pdf = SimpleDocTemplate(os.path.join(OUT, "toque-academy.pdf"), pagesize=A4, leftMargin=2.2 * cm,
                        rightMargin=2.2 * cm, topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                        title="Toque Academy - dossier bloc 2", author=AUTHOR, invariant=1)
pdf.build(story, onFirstPage=deco, onLaterPages=deco)
print("ok")
