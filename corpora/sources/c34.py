"""Générateur du dossier de Léa Fontaine (Encre Vive, papeterie créative) - PDF."""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, ListFlowable, ListItem)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "c34-papeterie-encre-vive")
OUT = os.path.join(OUT_DIR, "encre-vive.pdf")
AUTHOR = "Léa Fontaine"

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5,
                      leading=14.5, alignment=TA_JUSTIFY, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15,
                    textColor=colors.HexColor("#7A1F5C"), spaceBefore=10, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12,
                    textColor=colors.HexColor("#333333"), spaceBefore=8, spaceAfter=5)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.8, leading=11, alignment=0, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=28,
                       leading=34, alignment=TA_CENTER, textColor=colors.HexColor("#7A1F5C"))
SUBT = ParagraphStyle("subt", parent=BODY, fontSize=13, leading=18, alignment=TA_CENTER)

story = []


def p(t):
    story.append(Paragraph(t, BODY))


def h1(t):
    story.append(Paragraph(t, H1))


def h2(t):
    story.append(Paragraph(t, H2))


def bl(items):
    story.append(ListFlowable([ListItem(Paragraph(i, BODY), leftIndent=12) for i in items],
                              bulletType="bullet", start="•", leftIndent=14))


def tbl(rows, widths, header=True):
    data = [[Paragraph(c, CELLB if (header and i == 0) else CELL) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F3E3EE")))
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(Spacer(1, 8))


def on_page(canvas, doc_):
    if doc_.page == 1:
        return
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(2 * cm, 1.2 * cm, "Léa Fontaine – Encre Vive – Dossier blocs 1 et 4")
    canvas.drawRightString(19 * cm, 1.2 * cm, "page %d" % doc_.page)
    canvas.restoreState()


# ------------------------------------------------------------------ couverture
story += [Spacer(1, 5 * cm), Paragraph("ENCRE VIVE", TITLE), Spacer(1, 0.6 * cm),
          Paragraph("Papeterie créative &amp; loisirs d'écriture – encre-vive.fr", SUBT),
          Spacer(1, 1.5 * cm),
          Paragraph("Stratégie webmarketing et contenus de la boutique en ligne", SUBT),
          Spacer(1, 3 * cm),
          Paragraph("Léa Fontaine<br/>Titre RNCP Chef de projet e-commerce<br/>Stage de 4 mois – janvier à avril 2026", SUBT),
          PageBreak()]

# ------------------------------------------------------------------ 1
h1("1. Présentation d'Encre Vive")
p("Encre Vive est une boutique de papeterie créative fondée en 2020 à Bordeaux (quartier "
  "Saint-Pierre) par Aurélie et Nicolas Perrin. L'entreprise vend des carnets en papier "
  "recyclé (bullet journal, carnets pointillés 160 g), des feutres pinceaux pour le "
  "lettering, des tampons, des washi tapes et des kits créatifs. Elle conçoit elle-même "
  "ses carnets, imprimés par un atelier de Mérignac. La boutique en ligne (Shopify, thème "
  "Dawn) représente 55 % d'un chiffre d'affaires de 480 000 € en 2025 ; le reste se fait "
  "en magasin et lors d'ateliers de lettering (25 € la séance de 2 h).")
p("L'équipe compte 5 personnes : les deux fondateurs, une vendeuse-animatrice d'ateliers "
  "(Chloé), un préparateur de commandes (Yanis) et moi en stage. Les produits stars sont "
  "le carnet « Pointillé Nature » A5 (16,90 €), le kit « Mes premiers lettrages » (34 €) et "
  "le coffret de 12 feutres pinceaux « Aquarelle » (27,50 €).")

# ------------------------------------------------------------------ 2
story.append(PageBreak())
h1("2. Analyse du marché et de la cible")
h2("2.1 Le marché de la papeterie créative")
p("Le marché français de la papeterie représente environ 2,3 milliards d'euros et il est "
  "plutôt stable, mais le segment « loisirs créatifs / papeterie plaisir » progresse depuis "
  "2020 avec la mode du bullet journal, du lettering et du scrapbooking, portée par "
  "Instagram, Pinterest et TikTok (#bujo, #lettering). Les achats se font de plus en plus "
  "en ligne, avec deux pics : la rentrée (août-septembre) et Noël (novembre-décembre), "
  "plus un petit pic en janvier (« bonnes résolutions », nouvel agenda).")

h2("2.2 Segment étudié : les « bujoteuses » 18-35 ans")
p("Le segment principal d'Encre Vive (62 % des clientes en ligne d'après les données "
  "Shopify) est composé de femmes de 18 à 35 ans, étudiantes ou jeunes actives, qui tiennent "
  "un bullet journal ou pratiquent le lettering. Elles suivent des créatrices sur Instagram "
  "et YouTube et achètent souvent après avoir vu un produit dans une vidéo.")
tbl([
    ["Motivations", "Freins"],
    ["Se détendre, avoir une activité créative loin des écrans<br/>"
     "S'organiser (agenda, suivi d'habitudes)<br/>"
     "Avoir du beau matériel, « instagrammable »<br/>"
     "Acheter responsable (papier recyclé, fabriqué en France)<br/>"
     "Se faire plaisir / offrir",
     "Prix plus élevé que les carnets de grande surface (16,90 € contre 5 € chez Action)<br/>"
     "Frais de livraison sur de petits paniers (4,90 €)<br/>"
     "Ne pas pouvoir toucher le papier, tester le grammage<br/>"
     "Peur que les feutres « bavent » ou traversent<br/>"
     "Délais de livraison vs Amazon"],
], [8, 8])

h2("2.3 Le parcours d'achat de ce segment")
tbl([
    ["Étape", "Ce qui se passe pour la cliente Encre Vive"],
    ["1. Déclenchement du besoin", "Elle voit une « spread » de bullet journal sur Instagram, ou son carnet est bientôt fini ; rentrée ou nouvel an."],
    ["2. Recherche d'information", "Recherches Google (« meilleur carnet bullet journal », « feutre pinceau débutant »), vidéos YouTube de comparatifs, avis sur Pinterest et groupes Facebook."],
    ["3. Comparaison des offres", "Compare grammage (papier qui ne traverse pas), prix, origine, avis clients ; hésite entre Encre Vive, Le Carnet Bleu et un carnet Amazon."],
    ["4. Achat", "Achat en ligne surtout le soir sur mobile (71 % des commandes), panier moyen 38 € ; utilise souvent un code d'influenceuse."],
    ["5. Après l'achat", "Poste une photo du colis et du carnet (si l'emballage est joli), laisse un avis si on la relance, revient pour les recharges et nouveautés."],
], [4, 12])

h2("2.4 Benchmark concurrentiel")
p("J'ai comparé Encre Vive à trois concurrents directs et à Amazon :")
tbl([
    ["Critère", "Encre Vive", "Le Carnet Bleu (Lyon)", "Atelier Plume (Nantes)", "Papeterie Colibri", "Amazon"],
    ["Positionnement", "Créatif, éco-responsable, made in France", "Minimaliste, haut de gamme", "Lettering / calligraphie", "Généraliste, prix bas", "Prix, rapidité"],
    ["Prix carnet A5 pointillé", "16,90 €", "22 €", "18,50 €", "9,90 €", "6 à 15 €"],
    ["Livraison offerte dès", "45 €", "60 €", "39 €", "29 €", "Prime"],
    ["Blog / tutos", "Non", "Oui, 2 articles/mois", "Oui, très riche", "Non", "—"],
    ["Instagram (abonnés)", "14 200", "48 000", "31 500", "6 800", "—"],
    ["Avis clients sur fiches", "Non", "Oui (Judge.me)", "Oui", "Oui", "Oui"],
    ["Ateliers physiques", "Oui", "Non", "Oui (en ligne)", "Non", "—"],
], [2.6, 2.7, 2.7, 2.7, 2.6, 2.2])
p("Ce qu'on retient : Encre Vive est bien placée en prix et en valeurs, mais elle est très "
  "en retard sur les contenus (pas de blog, pas d'avis sur les fiches), alors que c'est "
  "justement ce qui rassure à l'étape de comparaison.")

h2("2.5 SWOT")
tbl([
    ["Forces", "Faiblesses"],
    ["Carnets conçus en interne, fabriqués en Gironde<br/>Ateliers en magasin, lien avec la communauté<br/>Bonne image sur Instagram",
     "Pas d'avis clients sur le site<br/>Pas de blog ni de tutoriels<br/>Petite équipe, peu de temps pour le contenu"],
    ["Opportunités", "Menaces"],
    ["Tendance bujo / lettering toujours forte<br/>Recherche de produits responsables<br/>Ateliers en ligne (visio)",
     "Concurrence des grandes enseignes et d'Amazon<br/>Hausse du prix du papier (+18 % en 2 ans)<br/>Effet de mode qui peut retomber"],
], [8, 8])

# ------------------------------------------------------------------ 3
story.append(PageBreak())
h1("3. Stratégie webmarketing")
h2("3.1 Objectifs")
p("Avec Aurélie, nous avons fixé les objectifs suivants pour 2026 :")
bl(["Faire passer le CA en ligne de 264 000 € à 320 000 € (+21 %).",
    "Augmenter le taux de conversion de 1,6 % à 2,2 %.",
    "Atteindre 20 000 abonnés Instagram.",
    "Développer la notoriété en dehors de la Nouvelle-Aquitaine."])
h2("3.2 Cibles")
p("Cible principale : les bujoteuses 18-35 ans (voir 2.2). Cible secondaire : les "
  "personnes qui cherchent un cadeau créatif (coffrets, cartes cadeaux), plutôt 35-55 ans. "
  "Cible à tester : les enseignants et animateurs (commandes de kits en lot).")
h2("3.3 Leviers")
p("Les leviers que nous pouvons utiliser :")
bl(["Référencement naturel (blog, fiches produits optimisées)",
    "Instagram et TikTok (tutos courts, collaborations avec des créatrices)",
    "E-mailing avec Klaviyo (newsletter, relance panier abandonné)",
    "Google Ads Shopping",
    "Affiliation avec des créatrices de contenu (codes promo)",
    "Pinterest"])
p("Tous ces leviers sont complémentaires et devront être activés pour atteindre les "
  "objectifs.")

h2("3.4 Calendrier")
tbl([
    ["Période", "Actions", "Pourquoi à ce moment"],
    ["Janvier", "Campagne « nouvel agenda », newsletter", "Bonnes résolutions, pic des recherches « bullet journal »"],
    ["Mars - juin", "Lancement du blog, optimisation des fiches", "Période creuse : on a le temps de produire du contenu pour la rentrée"],
    ["Août - septembre", "Google Shopping, collabs Instagram", "Rentrée scolaire et universitaire"],
    ["Novembre - décembre", "Coffrets cadeaux, Black Friday, e-mailing", "Noël = 30 % des ventes annuelles"],
], [3.5, 6, 6.5])

h2("3.5 Partenariats")
p("Pistes de partenariats identifiées : les créatrices Instagram spécialisées lettering "
  "(comme @lettres_de_lune, 22 k abonnés), les magasins de beaux-arts Le Géant des Beaux-"
  "Arts et Rougier &amp; Plé (revente des carnets), et les box créatives mensuelles. Ces "
  "partenaires touchent la même cible et leur image artisanale correspond à la nôtre.")

h2("3.6 Budget")
tbl([
    ["Levier", "Postes de dépense", "Budget annuel estimé"],
    ["SEO / blog", "Rédaction (interne), app Shopify pour le blog, Semrush (2 mois)", "600 €"],
    ["Réseaux sociaux", "Envois de produits aux créatrices, Meta Ads", "3 600 €"],
    ["E-mailing", "Abonnement Klaviyo", "900 €"],
    ["Google Ads Shopping", "Budget clics", "4 800 €"],
    ["Affiliation", "Commissions 10 % sur ventes", "selon ventes"],
    ["Total", "", "9 900 € + commissions"],
], [3.5, 8.5, 4])

# ------------------------------------------------------------------ 4
story.append(PageBreak())
h1("4. Contenus et fiches produits")
h2("4.1 Méthode de rédaction d'une fiche produit")
p("Les fiches actuelles sont très courtes (2 lignes + prix). Voici la méthode que j'ai "
  "appliquée sur les 25 fiches les plus vendues :")
bl(["Choisir une expression principale par fiche à partir de Google Suggest et de Ubersuggest "
    "(ex. « carnet bullet journal papier recyclé », 390 recherches/mois).",
    "Placer l'expression dans le titre du produit, l'URL, la première phrase de la "
    "description et le texte alternatif de la première photo.",
    "Ajouter 2 ou 3 expressions secondaires dans le corps du texte (« carnet pointillé A5 », "
    "« papier 160 g qui ne traverse pas »).",
    "Répondre dans la description aux freins identifiés (grammage, test des feutres, origine).",
    "Rédiger une meta description de 150 caractères avec un bénéfice et un appel à l'action."])
h2("4.2 Exemple : fiche « Carnet Pointillé Nature A5 »")
tbl([
    ["Élément", "Avant", "Après"],
    ["Titre", "Carnet Nature", "Carnet bullet journal A5 pointillé – papier recyclé 160 g"],
    ["URL", "/products/carnet-nature-1", "/products/carnet-bullet-journal-a5-papier-recycle"],
    ["Description", "Joli carnet pour vos notes. 16,90 €.",
     "Le carnet bullet journal pensé par Encre Vive à Bordeaux : 192 pages pointillées en papier "
     "recyclé 160 g/m², testé avec nos feutres pinceaux – l'encre ne traverse pas. Couverture "
     "lin, dos cousu qui s'ouvre à plat, marque-page et pochette. Imprimé en Gironde."],
    ["Photos", "1 photo détourée", "5 photos : couverture, intérieur, test feutres, à plat, en situation"],
    ["Réassurance", "—", "Livraison offerte dès 45 €, retours 30 jours, fabriqué en France"],
    ["Avis clients", "—", "Prévu (application Judge.me)"],
], [3, 5, 8])
h2("4.3 Photos et vidéos")
p("Les photos sont faites en interne par Chloé avec un Canon EOS 250D. J'ai retouché les "
  "visuels sous Photoshop (recadrage carré 1:1, balance des blancs, export WebP en 1200 px "
  "à moins de 200 Ko) et monté deux vidéos courtes « test des feutres » avec CapCut pour "
  "les fiches et Instagram. Pour le shooting de la collection de rentrée on a demandé deux "
  "devis à des photographes bordelais, mais le choix n'est pas encore fait.")
h2("4.4 Blog")
p("Shopify intègre un module de blog basique. Nous voulons lancer un blog « L'Atelier "
  "Encre Vive » avec des tutos lettering et des idées de mise en page. Trois sujets sont "
  "prévus : « Débuter le bullet journal », « 5 alphabets pour débuter le lettering », "
  "« Choisir son papier ».")
h2("4.5 Tunnel de conversion")
p("Le tunnel actuel sur Shopify : fiche produit → panier → informations → livraison → "
  "paiement → confirmation. D'après Shopify Analytics (février 2026), sur 100 sessions avec "
  "ajout au panier, 58 arrivent au checkout et 31 finissent la commande. Les points qui "
  "gênent : les frais de port affichés seulement à l'étape livraison, l'absence de Shop Pay "
  "/ Apple Pay, et un pop-up newsletter qui s'ouvre sur mobile en plein milieu de la fiche.")

# ------------------------------------------------------------------ 5
story.append(PageBreak())
h1("5. Aspects juridiques du site")
h2("5.1 Mentions légales")
p("La page mentions légales doit comporter :")
bl(["la dénomination sociale (Encre Vive SARL), l'adresse du siège et le capital",
    "le numéro RCS et le numéro de TVA intracommunautaire",
    "le nom du directeur de publication",
    "les coordonnées de l'hébergeur (Shopify International Ltd, Dublin)",
    "un moyen de contact (e-mail et téléphone)"])
p("Sur encre-vive.fr, la page existe dans le pied de page, mais le numéro de TVA et "
  "l'adresse de l'hébergeur manquent.")
h2("5.2 CGV")
p("Les CGV actuelles sont un modèle Shopify traduit. Il faudrait vérifier au moins : le "
  "droit de rétractation de 14 jours, les frais de retour, les garanties légales, le "
  "médiateur de la consommation.")
h2("5.3 RGPD")
p("Le site utilise Klaviyo et Google Analytics, donc il collecte des données personnelles. "
  "Il faut un bandeau cookies conforme et une politique de confidentialité. Le RGPD "
  "s'applique aussi aux fichiers clients des ateliers.")

# ------------------------------------------------------------------ 6
h1("6. Conclusion")
p("Ce stage m'a permis de mieux comprendre la cible d'Encre Vive et de poser une stratégie "
  "pour 2026. Les fiches produits prioritaires sont réécrites, le reste (blog, partenariats, "
  "Google Shopping) démarrera au printemps. Je pense que le plus gros levier est le "
  "contenu, parce que c'est là qu'Encre Vive est le plus en retard sur ses concurrents.")

# ------------------------------------------------------------------ annexes
story.append(PageBreak())
h1("Annexe 1 – Mini-enquête auprès des clientes")
p("Questionnaire Google Forms envoyé à 600 abonnées de la newsletter le 3 février 2026 ; "
  "87 réponses en une semaine. Principaux résultats :")
tbl([
    ["Question", "Réponse la plus fréquente", "%"],
    ["Où avez-vous découvert Encre Vive ?", "Instagram", "54 %"],
    ["Pour quel usage achetez-vous nos carnets ?", "Bullet journal / agenda", "61 %"],
    ["Qu'est-ce qui vous fait hésiter avant d'acheter en ligne ?", "Les frais de port", "47 %"],
    ["Qu'est-ce qui vous ferait commander plus souvent ?", "Des tutos / idées d'utilisation", "39 %"],
    ["Auriez-vous confiance avec des avis clients sur le site ?", "Oui, ça me rassure", "82 %"],
    ["Achetez-vous aussi sur Amazon pour la papeterie ?", "Parfois", "58 %"],
], [7.5, 6, 2.5])
p("Verbatims : « J'adore les carnets mais 4,90 € de port pour un seul carnet ça me freine » ; "
  "« J'aimerais voir une vidéo du papier avec différents feutres » ; « Je ne savais pas que "
  "vous faisiez des ateliers en visio ».")

h1("Annexe 2 – Deuxième fiche retravaillée : coffret 12 feutres pinceaux")
tbl([
    ["Élément", "Contenu"],
    ["Expression principale", "feutre pinceau lettering (1 300 recherches/mois)"],
    ["Expressions secondaires", "feutres aquarellables, kit lettering débutant, brush pen"],
    ["Titre", "Coffret 12 feutres pinceaux lettering – pointe souple aquarellable"],
    ["Description (extrait)", "Nos 12 feutres pinceaux à pointe souple en nylon permettent des pleins et déliés "
     "réguliers dès les premiers essais. Encre à base d'eau, aquarellable avec un pinceau à réservoir : "
     "idéal pour le lettering, le bullet journal et l'illustration. Testés sur nos carnets 160 g, ils ne "
     "traversent pas."],
    ["Visuels", "Photo du coffret, nuancier des 12 couleurs, vidéo CapCut de 20 s (tracé d'un « Bonjour »)"],
    ["Éléments de décision", "Prix 27,50 €, couleurs disponibles, compatibilité papier, délai 48 h, lien vers le kit débutant"],
], [4.5, 11.5])

h1("Annexe 3 – Plan du premier article de blog")
p("<b>Titre :</b> Débuter le bullet journal : le guide pas à pas (et le matériel qu'il faut "
  "vraiment). <b>Expression visée :</b> « débuter bullet journal » (2 400 recherches/mois).")
bl(["Introduction : qu'est-ce qu'un bullet journal, pourquoi ça aide à s'organiser",
    "Le matériel minimum : un carnet pointillé, un stylo fin, une règle (liens vers 3 produits)",
    "Les pages de base : index, future log, monthly log, daily log",
    "5 idées de pages à ajouter (suivi d'habitudes, lectures, humeur…)",
    "Les erreurs de débutante à éviter",
    "Conclusion + encart « Atelier bullet journal en visio » + inscription newsletter"])
p("Longueur visée : 1 500 mots, 6 photos, publication prévue en avril 2026.")

os.makedirs(OUT_DIR, exist_ok=True)
doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                        topMargin=2 * cm, bottomMargin=2 * cm, title="Encre Vive",
                        author=AUTHOR, invariant=1)
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
print("écrit :", OUT)
