"""Génère le dossier du candidat « Vert Tige » (pépinière en ligne)."""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak)

OUT = Path(__file__).resolve().parent.parent / "c27-pepiniere-vert-tige"
OUT.mkdir(parents=True, exist_ok=True)
AUTHOR = "Julien Marchais"

SOMMAIRE = [
    "1. Présentation de Vert Tige",
    "2. Analyse du marché et des clients",
    "3. Concurrence",
    "4. Diagnostic",
    "5. Stratégie webmarketing",
    "6. Planning",
    "7. Partenariats",
    "8. Budget",
    "9. Bilan de l'opération « Fête des mères »",
    "10. Campagne d'automne et communication",
    "11. Chat en ligne",
    "12. Réseaux sociaux",
    "13. Mise en avant des produits",
    "14. Paiement et financement",
    "15. Fidélisation",
]

C = []  # (kind, value)


def h(t):
    C.append(("h", t))


def p(t):
    C.append(("p", t))


def bl(items):
    C.append(("bullets", items))


def tb(rows, widths=None):
    C.append(("table", (rows, widths)))


def pb():
    C.append(("pb", None))


h("1. Présentation de Vert Tige")
p("Vert Tige est une pépinière familiale installée depuis 1987 à Saint-Julien-de-Concelles (44), en bord de Loire. "
  "Reprise en 2019 par Claire et Antoine Guérin, elle a lancé sa boutique en ligne sur Shopify en 2021. "
  "L'entreprise compte 9 salariés (dont 3 saisonniers au printemps) et cultive elle-même environ 60 % des "
  "végétaux vendus : arbustes, arbres fruitiers, vivaces et plantes de haie, en godets et en conteneurs de 2 à 15 litres.")
p("En 2025 le chiffre d'affaires est de 684 000 €, dont 41 % réalisés en ligne (vertige-pepiniere.fr) et le reste "
  "sur place et sur deux marchés nantais. Le panier moyen en ligne est de 58 €. Les plantes sont expédiées en "
  "colis renforcés via Colissimo et un transporteur spécialisé pour les grands sujets.")
p("J'occupe le poste de chargé de projet e-commerce en alternance depuis septembre 2025. Je travaille avec Claire "
  "(gérante), Léa (préparation des commandes et service client) et une agence nantaise pour les photos.")

h("2. Analyse du marché et des clients")
p("Le marché du jardin en France pèse environ 8 milliards d'euros. La vente en ligne de végétaux progresse mais "
  "reste freinée par la peur que la plante arrive abîmée. Notre clientèle principale est constituée de "
  "propriétaires de maisons avec jardin, entre 30 et 55 ans, en zone périurbaine, qui aménagent ou renouvellent "
  "leur jardin. J'ai étudié ce segment en m'appuyant sur 212 réponses à un questionnaire envoyé par Brevo en "
  "novembre 2025 et sur les avis clients Trustpilot.")
tb([["Motivations", "Freins"],
    ["Trouver des variétés introuvables en jardinerie (fruitiers anciens, vivaces rustiques)",
     "Peur de recevoir une plante abîmée ou morte"],
    ["Acheter à un producteur local, plantes « élevées dehors » et donc robustes",
     "Frais de port élevés sur les grands sujets (jusqu'à 29 €)"],
    ["Gagner du temps : ne pas transporter de gros pots en voiture",
     "Difficulté à juger la taille réelle de la plante sur photo"],
    ["Être conseillé sur l'exposition et le type de sol",
     "Délais en haute saison (jusqu'à 10 jours en mars)"]], [8 * cm, 8 * cm])
p("Le processus d'achat de nos clients suit les étapes classiques :")
bl(["Naissance du besoin : souvent un projet (nouvelle maison, haie à remplacer, envie d'un verger). "
    "Chez nous le besoin apparaît surtout en septembre-octobre et en mars.",
    "Recherche d'informations : Google, Pinterest, forums de jardinage, chaînes YouTube.",
    "Comparaison des offres : à détailler.",
    "Achat : à détailler.",
    "Après l'achat : à détailler."])
p("Je n'ai pas eu le temps de compléter les trois dernières étapes avec nos données, je le ferai pour la soutenance.")

h("3. Concurrence")
p("Notre concurrent le plus direct est Jardins de Loire Direct, pépinière angevine qui vend aussi en ligne "
  "et cible la même région. J'ai comparé nos deux sites en décembre 2025.")
tb([["Critère", "Vert Tige", "Jardins de Loire Direct"],
    ["Nombre de références en ligne", "environ 780", "environ 1 450"],
    ["Prix d'un pommier 'Reinette grise du Canada' (conteneur 10 L)", "34,90 €", "31,50 €"],
    ["Frais de port (colis standard)", "8,90 €, offerts dès 89 €", "9,50 €, offerts dès 120 €"],
    ["Garantie de reprise", "1 an", "6 mois"],
    ["Avis clients", "4,7/5 (1 120 avis)", "4,4/5 (2 300 avis)"],
    ["Blog / conseils", "12 articles", "Plus de 200 fiches conseils"],
    ["Paiement en plusieurs fois", "Oui (Alma)", "Non"],
    ["Présence Instagram", "4 800 abonnés", "11 200 abonnés"]], [7 * cm, 4.5 * cm, 4.5 * cm])
p("Jardins de Loire Direct a un catalogue plus large et un contenu conseil beaucoup plus fourni, ce qui lui donne "
  "une meilleure visibilité sur Google. Nous sommes meilleurs sur la garantie et les avis.")

h("4. Diagnostic")
p("Pour résumer la situation de Vert Tige, voici ses points forts et ses points faibles :")
tb([["Points forts", "Points faibles"],
    ["Production propre (60 %), plantes rustiques", "Catalogue en ligne plus petit que les concurrents"],
    ["Garantie de reprise 1 an", "Très peu de contenus conseils sur le site"],
    ["Très bons avis clients (4,7/5)", "Ventes très saisonnières (70 % sur 5 mois)"],
    ["Emballage renforcé maison, casse < 2 %", "Pas de responsable marketing à temps plein"],
    ["Image familiale et locale", "Fiches produits incomplètes (pas de taille adulte sur 30 % des fiches)"]],
   [8 * cm, 8 * cm])
p("Ce diagnostic montre qu'il faut surtout travailler le contenu et la visibilité du site.")

pb()
h("5. Stratégie webmarketing")
p("<b>Objectifs</b>")
bl(["Augmenter les ventes en ligne.",
    "Améliorer la notoriété de Vert Tige au-delà des Pays de la Loire.",
    "Lisser un peu la saisonnalité.",
    "Fidéliser les clients existants."])
p("<b>Cibles</b>")
tb([["Segment", "Description", "Ce qu'on leur propose"],
    ["Les « nouveaux jardiniers »", "30-40 ans, premier jardin, peu de connaissances",
     "Packs prêts à planter, conseils simples, garantie"],
    ["Les passionnés", "45-65 ans, collectionneurs de variétés",
     "Variétés rares, fruitiers anciens, newsletter spécialisée"],
    ["Les paysagistes indépendants", "Petites entreprises du Grand Ouest",
     "Tarifs pro, commandes en volume"]], [4.2 * cm, 5.8 * cm, 6 * cm])
p("<b>Leviers</b>")
p("Les leviers que nous pouvons utiliser sont :")
bl(["le référencement naturel (SEO) avec des articles de blog et l'amélioration des fiches ;",
    "Google Ads, notamment Google Shopping ;",
    "l'emailing avec Brevo (5 900 contacts) ;",
    "Instagram et Pinterest ;",
    "l'affiliation avec des blogs de jardinage ;",
    "les publicités Facebook/Instagram (Meta Ads)."])
p("Tous ces leviers sont intéressants pour Vert Tige et se complètent.")

h("6. Planning")
p("Les périodes de plantation conditionnent tout : on plante les arbres et arbustes à racines nues de novembre à "
  "mars, les conteneurs presque toute l'année sauf en pleine chaleur. Les deux pics de commandes sont donc "
  "l'automne (« à la Sainte-Catherine tout bois prend racine ») et le début du printemps. Les actions doivent "
  "démarrer environ trois semaines avant chaque pic pour que les annonces et le contenu soient en place.")
tb([["Période", "Action", "Responsable", "Durée estimée"],
    ["Janv. 2026", "Refonte de 50 fiches produits prioritaires", "Julien", "3 semaines"],
    ["Févr. 2026", "Campagne Google Shopping printemps", "Julien + agence", "Lancement 1 jour, suivi 8 semaines"],
    ["Mars 2026", "Newsletter « Printemps au verger » (2 envois)", "Julien", "2 jours"],
    ["Avril-mai 2026", "Opération Fête des mères (vivaces fleuries)", "Claire, Julien", "4 semaines"],
    ["Juin-août 2026", "Rédaction d'articles de blog (8 articles)", "Julien", "1 article / semaine"],
    ["Sept. 2026", "Lancement campagne d'automne", "Toute l'équipe", "10 semaines"],
    ["Nov. 2026", "Sainte-Catherine : vente flash racines nues", "Julien, Léa", "1 semaine"]],
   [2.8 * cm, 6.4 * cm, 3 * cm, 3.8 * cm])

h("7. Partenariats")
p("Plusieurs types d'entreprises pourraient être intéressants pour Vert Tige : fabricants de terreau et "
  "d'engrais bio, outillage de jardin, paysagistes, blogs et influenceurs jardin.")
p("Nous envisageons un partenariat avec la marque de terreau Or Brun.")

h("8. Budget")
p("Budget prévisionnel marketing 2026 (hors salaires) :")
tb([["Levier", "Poste de dépense", "Montant prévu"],
    ["SEO", "Rédaction freelance (8 articles) + Semrush (abonnement Pro)", "2 400 €"],
    ["Google Ads", "Budget clics Shopping + Search", "9 000 €"],
    ["Emailing", "Brevo (plan Business)", "780 €"],
    ["Réseaux sociaux", "Meta Ads + création de visuels", "3 600 €"],
    ["Affiliation", "Commissions blogs (estimation)", "1 200 €"],
    ["Photos", "Agence (2 shootings)", "1 800 €"],
    ["Total", "", "18 780 €"]], [3.5 * cm, 8.5 * cm, 4 * cm])
p("Ce budget représente environ 6,5 % du chiffre d'affaires en ligne prévu. Il pourra être ajusté en cours d'année.")

h("9. Bilan de l'opération « Fête des mères » 2025")
p("En mai 2025 nous avons mis en avant une sélection de 15 vivaces fleuries avec un code promo -10 % diffusé par "
  "newsletter et Instagram, du 12 au 25 mai.")
tb([["Indicateur", "12-25 mai 2024 (sans opération)", "12-25 mai 2025 (opération)"],
    ["Sessions (GA4)", "6 240", "9 870"],
    ["Commandes", "118", "187"],
    ["Taux de conversion", "1,89 %", "1,89 %"],
    ["Panier moyen", "52 €", "49 €"],
    ["CA en ligne", "6 136 €", "9 163 €"]], [5.5 * cm, 5.2 * cm, 5.3 * cm])
p("L'opération a bien marché puisque le chiffre d'affaires a augmenté.")

pb()
h("10. Campagne d'automne 2026 et communication")
p("La campagne « Planter à l'automne » est la plus importante de l'année. Elle doit servir le projet de Claire et "
  "Antoine : faire de Vert Tige la pépinière de référence pour les fruitiers et les haies champêtres dans l'Ouest, "
  "en mettant en avant la production locale et la garantie de reprise.")
p("Objectifs de la campagne : faire connaître notre gamme de racines nues, recruter de nouveaux clients et faire "
  "revenir les clients du printemps.")
p("Cible : en priorité les « nouveaux jardiniers » et les passionnés de fruitiers.")
p("Vecteurs de communication retenus :")
tb([["Vecteur", "Utilisation prévue"],
    ["Newsletter Brevo", "3 envois : lancement (15 sept.), conseils plantation (10 oct.), Sainte-Catherine (20 nov.)"],
    ["Instagram / Facebook", "Posts et reels en pépinière, 3 par semaine, + Meta Ads ciblées 35-60 ans Grand Ouest"],
    ["Pinterest", "Épingles « haie champêtre », « petit verger »"],
    ["Google Ads", "Shopping sur les fruitiers et les haies"],
    ["Flyers dans les colis", "Code -5 € sur la prochaine commande"],
    ["Presse locale", "Communiqué à Ouest-France pour la Sainte-Catherine"]], [4.5 * cm, 11.5 * cm])
p("Partenaires de diffusion : nous avons contacté deux blogueuses jardin (« Le jardin de Mélie », 38 000 abonnés "
  "Instagram, et « Potager Malin »), le comparateur Idealo pour quelques références d'outils, et la Jeune "
  "Chambre économique de Nantes pour les réseaux locaux. « Le jardin de Mélie » parle surtout de jardin naturel "
  "et de haies pour la biodiversité, ce qui correspond à notre gamme de haies champêtres. "
  "Pour les autres partenaires le choix reste à valider.")

h("11. Chat en ligne")
p("Nous avons installé Crisp sur le site en octobre 2025 (widget en bas à droite, plan Pro à 25 €/mois). "
  "Léa répond du lundi au vendredi de 9 h à 17 h ; en dehors de ces heures un message automatique propose de laisser "
  "son e-mail. Les réponses rapides (« shortcuts ») sont configurées pour les questions les plus fréquentes : "
  "délais, garantie, exposition.")
p("Exemple de conversation (17 octobre 2025, 14 h 12) :")
tb([["Qui", "Message"],
    ["Visiteuse", "Bonjour, je voudrais planter une haie de 12 m le long d'une clôture, plein soleil, sol argileux. "
                  "Vous me conseillez quoi ?"],
    ["Léa", "Bonjour ! Pour un sol argileux en plein soleil, notre haie champêtre « Bocage » (charme, cornouiller, "
            "noisetier, viorne) marche très bien. Comptez 3 plants par mètre, donc 36 plants."],
    ["Visiteuse", "D'accord, et ça arrive comment ?"],
    ["Léa", "En racines nues à partir de mi-novembre, en colis, livré sous 5 jours. Je vous mets le lien du pack 36 "
            "plants : il est à 149 € avec la garantie reprise 1 an."],
    ["Visiteuse", "Parfait, je commande."],
    ["Note", "Commande n°VT-18842 passée à 14 h 31, 149 € + 12,90 € de port."]], [3 * cm, 13 * cm])
p("Statistiques Crisp (oct.-déc. 2025) : 412 conversations, délai moyen de première réponse 3 min 40, "
  "note de satisfaction 4,8/5.")

h("12. Réseaux sociaux")
p("Instagram est notre réseau principal (4 800 abonnés). Nous publions des photos de la pépinière, des avant/après "
  "de plantations de clients et des reels courts « 1 minute pour bien planter ». Pinterest sert surtout à amener du "
  "trafic vers les fiches produits. Sur Facebook (2 100 abonnés) nous relayons les mêmes contenus.")
tb([["Indicateur", "Janv. 2025", "Déc. 2025"],
    ["Abonnés Instagram", "3 100", "4 800"],
    ["Taux d'engagement moyen", "3,2 %", "4,1 %"],
    ["Mentions @vertige_pepiniere", "22 / mois", "57 / mois"],
    ["Clics Pinterest vers le site", "310 / mois", "890 / mois"]], [7 * cm, 4.5 * cm, 4.5 * cm])

h("13. Mise en avant des produits")
p("Sur Shopify nous utilisons plusieurs fonctionnalités :")
bl(["la collection automatisée « Coups de cœur de Claire » (balise « coup-de-coeur »), affichée en page d'accueil ;",
    "l'application Shopify Search & Discovery pour les « produits complémentaires » (ex. : tuteur et terreau proposés "
    "avec un fruitier) ;",
    "des badges « Produit de notre pépinière » et « Stock limité » via le thème Dawn ;",
    "une bannière saisonnière en haut de page d'accueil."])
p("Emplacements du site les plus adaptés pour mettre en avant nos plantes :")
bl(["la page d'accueil (bannière + carrousel de saison) ;",
    "les pages collections, en tête de liste (tri manuel) ;",
    "la fiche produit (bloc « Pour accompagner votre plante ») ;",
    "le panier (suggestion d'un sac de terreau à 9,90 €) ;",
    "l'e-mail de confirmation de commande."])

h("14. Paiement et financement")
p("Le site accepte la carte bancaire via Shopify Payments (avec 3D Secure), Apple Pay, Google Pay et PayPal. "
  "J'ai testé le paiement sur ordinateur et sur iPhone, tout fonctionne. Les logos de paiement et la mention "
  "« Paiement 100 % sécurisé » apparaissent dans le pied de page et sur la page panier.")
p("Pour les grosses commandes (haies, vergers complets) nous proposons Alma en 3 et 4 fois sans frais à partir de "
  "100 €. Il existe aussi Klarna, Oney et Floa Bank.")

h("15. Fidélisation")
p("Les dispositifs possibles pour fidéliser nos clients :")
bl(["programme de points (application Smile.io ou Loyoly) ;",
    "parrainage (-10 € pour le parrain et le filleul) ;",
    "newsletter saisonnière avec conseils ;",
    "garantie de reprise 1 an (déjà en place) ;",
    "carte cadeau ;",
    "ventes privées pour les meilleurs clients."])
p("Nous allons mettre en place le programme de points en 2026.")


def deco(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#2f6b3a"))
    canvas.drawString(2 * cm, 28.6 * cm, "Vert Tige – Dossier professionnel – Blocs 1 et 2")
    canvas.setFillColor(colors.black)
    canvas.drawString(2 * cm, 1.2 * cm, AUTHOR)
    canvas.drawRightString(19 * cm, 1.2 * cm, f"Page {doc.page}")
    canvas.restoreState()


def cover(canvas, doc):
    pass


def build():
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontSize=10.5, leading=14.5, spaceAfter=6)
    cell = ParagraphStyle("c", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
    hs = ParagraphStyle("h", parent=ss["Heading2"], fontSize=14, textColor=colors.HexColor("#2f6b3a"),
                        spaceBefore=12, spaceAfter=6)
    story = [Spacer(1, 6 * cm),
             Paragraph("VERT TIGE", ParagraphStyle("t", parent=ss["Title"], fontSize=34,
                                                   textColor=colors.HexColor("#2f6b3a"))),
             Paragraph("Pépinière en ligne – Saint-Julien-de-Concelles", ss["Title"]),
             Spacer(1, 2 * cm),
             Paragraph("Dossier professionnel – Titre Chef de projet e-commerce", ss["Heading3"]),
             Paragraph("Blocs de compétences 1 et 2", ss["Heading3"]),
             Spacer(1, 4 * cm),
             Paragraph(f"{AUTHOR} – Promotion 2025-2026", body),
             Paragraph("Tuteur entreprise : Claire Guérin, gérante", body),
             PageBreak(),
             Paragraph("Sommaire", hs)]
    for s in SOMMAIRE:
        story.append(Paragraph(s, body))
    story.append(PageBreak())
    for kind, val in C:
        if kind == "h":
            story.append(Paragraph(val, hs))
        elif kind == "p":
            story.append(Paragraph(val, body))
        elif kind == "bullets":
            for b in val:
                story.append(Paragraph("• " + b, body, ))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths = val
            data = [[Paragraph(("<b>%s</b>" % c) if i == 0 else c, cell) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcebd9")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(str(OUT / "vert-tige.pdf"), pagesize=A4, invariant=1,
                            title="Vert Tige – Dossier professionnel", author=AUTHOR,
                            leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.3 * cm, bottomMargin=2 * cm)
    doc.build(story, onFirstPage=cover, onLaterPages=deco)


if __name__ == "__main__":
    build()
