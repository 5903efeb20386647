import os
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, NextPageTemplate, KeepTogether)

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c58-velo-occasion-lyon")
OUT = os.path.join(OUT_DIR, "second-souffle-rapport.pdf")
AUTHOR = "Inès Berthomieu"

NAVY = colors.HexColor("#1F3A4D")
TEAL = colors.HexColor("#2E8B7A")
LIGHT = colors.HexColor("#EAF2F0")

sBody = ParagraphStyle("body", fontName="Helvetica", fontSize=9.8, leading=13.6, spaceAfter=6, alignment=4)
sSmall = ParagraphStyle("small", fontName="Helvetica", fontSize=8.2, leading=10.2)
sSmallB = ParagraphStyle("smallb", parent=sSmall, fontName="Helvetica-Bold", textColor=colors.white)
sH1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=NAVY, spaceBefore=6, spaceAfter=8)
sH2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=4)
sKey = ParagraphStyle("key", parent=sBody, backColor=LIGHT, borderPadding=6, leftIndent=6, rightIndent=6, spaceBefore=6, spaceAfter=10)
sCap = ParagraphStyle("cap", fontName="Helvetica-Oblique", fontSize=8.2, leading=10, textColor=colors.HexColor("#555555"), spaceAfter=8)
sChat = ParagraphStyle("chat", fontName="Courier", fontSize=8.2, leading=10.4, leftIndent=10)
sBul = ParagraphStyle("bul", parent=sBody, leftIndent=14, bulletIndent=4, spaceAfter=2)
sCoverT = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=26, leading=32, textColor=NAVY)
sCoverS = ParagraphStyle("cs", fontName="Helvetica", fontSize=13, leading=18, textColor=TEAL)


def tbl(rows, widths, head=True, zebra=True):
    data = []
    for i, r in enumerate(rows):
        st = sSmallB if (head and i == 0) else sSmall
        data.append([Paragraph(c, st) for c in r])
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1 if head else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA9B2")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), NAVY))
    if zebra:
        for i in range(1 if head else 0, len(rows)):
            if i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), LIGHT))
    t.setStyle(TableStyle(cmds))
    return t


S = []
def H1(t, newpage=False):
    if newpage: S.append(PageBreak())
    S.append(Paragraph(t, sH1))
def H2(t): S.append(Paragraph(t, sH2))
def P(t): S.append(Paragraph(t, sBody))
def KEY(t): S.append(Paragraph("<b>À retenir.</b> " + t, sKey))
def B(items):
    for it in items:
        S.append(Paragraph(it, sBul, bulletText="\u2022"))
def T(rows, widths, cap=None):
    S.append(tbl(rows, widths)); S.append(Spacer(1, 4))
    if cap: S.append(Paragraph(cap, sCap))
def CHAT(lines):
    for l in lines:
        S.append(Paragraph(l, sChat))
    S.append(Spacer(1, 6))

# ---------------- cover ----------------
S.append(Spacer(1, 5 * cm))
S.append(Paragraph("Second Souffle Cycles", sCoverT))
S.append(Spacer(1, 0.4 * cm))
S.append(Paragraph("Rapport de mission e-commerce – Acquisition, conversion et contenus", sCoverS))
S.append(Spacer(1, 0.3 * cm))
S.append(Paragraph("Plan de communication, partenaires, paiement et financement, fidélisation, fiches produits et tunnel de commande", sBody))
S.append(Spacer(1, 5 * cm))
S.append(Paragraph("Rédigé par Inès Berthomieu – cheffe de projet e-commerce (contrat de professionnalisation)", sBody))
S.append(Paragraph("Commanditaire : Nicolas Ferrand, co-fondateur et gérant – Second Souffle Cycles SAS, 42 rue Marietton, 69009 Lyon", sBody))
S.append(Paragraph("Période de mission : octobre 2025 – mars 2026 – Version 1.2 du 20 mars 2026", sBody))
S.append(PageBreak())

# ---------------- sommaire + synthèse ----------------
H1("Sommaire")
T([["Partie", "Contenu", "Page"],
   ["1", "Synthèse et contexte", "2"],
   ["2", "Plan de communication : objectifs, cibles, vecteurs", "3"],
   ["3", "Partenaires de diffusion et mesure de leurs apports", "4"],
   ["4", "Réseaux sociaux et communauté", "4"],
   ["5", "Chat en ligne (Crisp) : sessions et statistiques", "6"],
   ["6", "Merchandising sur Shopify", "7"],
   ["7", "Paiement, financement et fidélisation", "8"],
   ["8", "Contenus : prestataires, fiches produits, médias", "9"],
   ["9", "Tunnel de commande (page paysage) et plan de correction", "11"],
   ["Annexe", "Outils et accès", "12"]],
  [2, 11.5, 2])
H1("1. Synthèse et contexte")
P("Second Souffle Cycles rachète, révise et revend des vélos d'occasion (ville, VTC, gravel, cargo et VAE) depuis un atelier de 380 m² à Vaise. L'équipe compte 9 personnes : 2 fondateurs (Nicolas Ferrand, Julie Ortega), 4 mécaniciens, 1 responsable achats-reprises, 1 conseiller vente et moi-même sur l'e-commerce. Chaque vélo passe par un contrôle en 62 points et part avec une garantie de 12 mois (24 mois pour les VAE sur la batterie si elle a été remplacée).")
P("Le chiffre d'affaires 2025 est de 1,46 M€, dont 612 k€ via la boutique Shopify (plan Shopify, thème Dawn personnalisé). Le panier moyen en ligne est de 1 140 € (un VAE reconditionné se vend entre 1 290 et 2 400 €). Le projet d'entreprise à horizon 2027, présenté par Nicolas en septembre 2025, est clair : passer de 1 900 à 3 200 vélos remis en circulation par an, ouvrir un point de retrait à Villeurbanne et porter le web à 55 % du CA, en restant crédible sur l'argument écologique (un vélo reconditionné évite environ 150 kg de CO2e par rapport à un neuf, source ADEME).")
KEY("sur la période oct. 2025 – fév. 2026 (comparée à la même période un an plus tôt), le taux de conversion est passé de 0,92 % à 1,31 %, le CA en ligne de 221 k€ à 298 k€ (+35 %), et 31 % des paniers VAE passent désormais par un paiement en plusieurs fois. Les deux chantiers qui restent ouverts sont le blog (trop peu alimenté) et l'étape livraison du checkout.")

# ---------------- 2 plan de com ----------------
H1("2. Plan de communication : objectifs, cibles, vecteurs", True)
P("Le plan a été construit en partant du projet d'entreprise, pas des outils. Chaque objectif de campagne est rattaché à une des trois ambitions 2027 (volume, part du web, image écologique crédible). Nous avons ensuite associé à chaque objectif une cible précise et les vecteurs qui la touchent réellement, d'après les données GA4 et le questionnaire post-achat (412 réponses).")
T([["Ambition 2027", "Objectif de la campagne (SMART)", "Cible", "Vecteurs retenus"],
   ["Volume", "Vendre 260 VAE reconditionnés en ligne entre mars et juin 2026 (vs 171 en 2025)", "Actifs 30-50 ans, trajet domicile-travail 5-15 km, Lyon et 1re couronne", "Google Ads Search + Performance Max, Meta Ads (Reels), comparateur Trocvélo, newsletter Klaviyo"],
   ["Part du web", "Faire passer la part de commandes 100 % en ligne (sans visite atelier) de 38 % à 50 % d'ici fin 2026", "Acheteurs hors Lyon (Grenoble, Saint-Étienne, Annecy)", "SEO fiches produits, vidéos 360°, livraison Geodis en 72 h, chat Crisp"],
   ["Image écologique", "Atteindre 12 000 abonnés Instagram (7 400 en sept. 2025) et 60 retombées/mentions en 2026", "Communauté vélotaf, étudiants, associations", "Instagram, TikTok, club Strava, partenariats associatifs, presse locale"],
   ["Reprise (approvisionnement)", "Obtenir 400 vélos en reprise via le formulaire en ligne en 2026", "Propriétaires de vélos de 2 à 8 ans", "Emailing clients, page « Revendre mon vélo », partenariat entreprises (FMD)"]],
  [3, 4.6, 3.8, 4.6], "Tableau 1 : articulation objectifs / cibles / vecteurs (validé avec N. Ferrand le 14/10/2025).")
P("Le point de cohérence qui a demandé le plus d'arbitrage concerne la cible « hors Lyon » : ces clients ne peuvent pas essayer le vélo. Le vecteur principal n'est donc pas la publicité mais la réassurance sur le site (vidéo, chat, garantie, retour 14 jours) ; la publicité ne sert qu'à les amener sur une fiche produit suffisamment complète pour décider à distance. À l'inverse, pour les Lyonnais, les Ads renvoient sur la prise de rendez-vous d'essai à l'atelier, car le taux de transformation après essai est de 64 %.")

# ---------------- 3 partenaires ----------------
H1("3. Partenaires de diffusion et mesure de leurs apports", True)
P("Nous avons recensé 14 partenaires potentiels et en avons retenu 6. Le critère de tri : le partenaire doit parler à l'une de nos cibles du tableau 1 et son image doit être compatible avec un discours « réparer plutôt que jeter ». Nous avons par exemple écarté une grande enseigne de sport qui proposait une place sur sa marketplace : volume intéressant, mais positionnement prix bas et confusion avec le neuf.")
T([["Partenaire", "Type", "Pourquoi lui", "Dispositif", "Résultat mesuré (oct.-fév.)"],
   ["Trocvélo.fr", "Comparateur / place de marché occasion", "Acheteurs déjà décidés pour l'occasion, 280 000 visites/mois", "Flux produits Shopify via Google Sheet, commission 8 %", "3 140 sessions (UTM), 41 ventes, 46 200 € de CA"],
   ["La Ville à Vélo (asso lyonnaise)", "Réseau local associatif", "Cible vélotaf, forte légitimité écolo", "Atelier réparation mensuel, code LVAV -5 %", "612 sessions, 19 ventes, 1 100 adhérents touchés par mail"],
   ["@lyonavelo (créatrice, 38 k abonnés)", "Influence / blog", "Audience 25-40 ans Lyon, contenu trajets quotidiens", "2 Reels + 1 story à la une, VAE prêté 3 semaines", "Reach 96 000, 1 870 clics, 14 ventes (code LYONAVELO)"],
   ["Le Progrès / Lyon Capitale", "Presse", "Notoriété locale, audience 45+ (cible VAE)", "Communiqué « 2 000e vélo sauvé »", "2 articles, 1 lien dofollow, pic de 1 240 sessions le 18/11"],
   ["Geodis (livraison vélo monté)", "Prestataire/partenaire logistique", "Lever le frein « comment je le reçois »", "Livraison 72 h vélo prêt à rouler, 59 €", "Part des commandes hors Rhône : 21 % → 33 %"],
   ["FMD entreprises (Lyon Part-Dieu)", "Réseau B2B", "Forfait mobilités durables : les salariés ont un budget vélo", "Catalogue dédié, présentation en CE", "3 entreprises signées, 27 vélos"]],
  [2.9, 2.4, 3.6, 3.4, 3.7], "Tableau 2 : partenaires retenus. Sources : GA4 (UTM par partenaire), rapports de codes promo Shopify, export Trocvélo.")
P("Lecture critique : Trocvélo est de loin le partenaire le plus « rentable » en volume, mais la commission de 8 % sur un panier de 1 127 € coûte environ 90 € par vente, soit plus qu'une vente issue de Google Ads (coût par acquisition de 61 € sur la même période). Nous le conservons pour la visibilité auprès d'acheteurs déjà convaincus par l'occasion, mais nous avons limité le flux aux VAE et gravels, où notre marge absorbe la commission. L'influence (@lyonavelo) a un coût par vente correct (600 € de prestation pour 14 ventes, soit 43 € par vente hors prêt du vélo) et surtout un effet durable : +1 020 abonnés Instagram dans la semaine.")

# ---------------- 4 réseaux sociaux ----------------
H1("4. Réseaux sociaux et communauté")
P("Avant la mission, Instagram était alimenté « quand on avait le temps » (1 à 2 posts par semaine, photos d'atelier). Nous avons mis en place une ligne éditoriale en quatre rubriques, planifiée dans Notion et publiée via Meta Business Suite : <b>Avant/Après</b> (le vélo à la reprise et une fois révisé, format carrousel), <b>L'atelier</b> (Reels de 20-30 s d'un mécanicien qui explique un geste), <b>Vos trajets</b> (repost des clients avec #MonSecondSouffle) et <b>Le bon plan</b> (arrivages de la semaine, le jeudi 18 h, heure où l'engagement est le plus fort d'après les statistiques Instagram). Sur TikTok, nous reprenons les Reels atelier. Un club Strava « Second Souffle Rides » organise une sortie gravel le premier dimanche du mois.")
T([["Indicateur de notoriété", "Sept. 2025", "Fév. 2026", "Évolution", "Commentaire"],
   ["Abonnés Instagram", "7 400", "10 860", "+47 %", "Effet @lyonavelo + Reels atelier (3 Reels > 50 k vues)"],
   ["Taux d'engagement moyen / post", "2,1 %", "4,6 %", "+2,5 pts", "Les carrousels Avant/Après font 2x plus d'enregistrements"],
   ["Abonnés TikTok", "0", "3 250", "n.s.", "Ouvert en novembre ; audience plus jeune (18-24 ans 44 %)"],
   ["Membres club Strava", "0", "186", "n.s.", "Sorties mensuelles : 22 participants en moyenne"],
   ["UGC #MonSecondSouffle", "12", "148", "x12", "Repost hebdo, incitation par une carte glissée dans le colis"],
   ["Recherches de marque (Search Console)", "1 310 / mois", "2 480 / mois", "+89 %", "Meilleur indicateur de notoriété « réelle »"],
   ["Sessions issues des réseaux sociaux", "1 950 / mois", "4 120 / mois", "+111 %", "Taux de conversion faible (0,6 %) mais rôle d'entrée dans le tunnel"]],
  [3.8, 2, 2, 1.8, 6.5], "Tableau 3 : indicateurs de notoriété (Instagram Insights, TikTok Analytics, Strava, Google Search Console, GA4).")
P("Ce qui fédère la communauté, ce n'est pas la promotion mais la participation : les posts les plus commentés sont ceux où l'on demande aux abonnés de deviner l'année d'un vélo avant révision, et les reposts clients. La modération est faite par moi en semaine et par Julie le week-end, avec une règle de réponse sous 4 h. Nous n'avons pas réussi à faire décoller Facebook (audience vieillissante, 0,4 % d'engagement) et avons décidé de ne plus y produire de contenu spécifique.")

# ---------------- 5 chat ----------------
H1("5. Chat en ligne (Crisp) : sessions et statistiques", True)
P("Le widget Crisp (plan Pro, 25 €/mois) a été installé sur Shopify en octobre via l'app officielle. Il est visible sur les fiches produits et dans le panier, pas sur la page d'accueil (trop de messages « hors sujet » lors du test). Réponses de 9 h à 19 h du lundi au samedi par le conseiller vente et moi ; en dehors, un message automatique propose un rappel et un bot répond à 6 questions fréquentes (délais, garantie, taille, reprise, financement, essai). Nous utilisons les réponses enregistrées (shortcuts), les étiquettes par sujet et le transfert vers le mécanicien pour les questions techniques.")
H2("5.1 Session transformée – 12/01/2026, 20 h 47")
CHAT(["Visiteur (Lille, fiche « Gazelle Ultimate C380 – 2021 – M ») :",
      "  Bonjour, je fais 1m68, le M ira ? Et la batterie a combien de cycles ?",
      "Inès : Bonsoir ! Pour 1m68 le M (53 cm) est idéal, le S serait juste.",
      "  La batterie a été testée à 91 % de capacité (rapport Bosch en photo 7",
      "  de la fiche), environ 180 cycles.",
      "Visiteur : OK. Et vous livrez à Lille ? Il arrive monté ?",
      "Inès : Oui, Geodis livre monté et réglé en 72 h, 59 €. Et vous avez",
      "  14 jours pour le retourner s'il ne vous convient pas.",
      "Visiteur : Je peux payer en plusieurs fois ?",
      "Inès : Oui avec Alma en 3x ou 4x sans frais, ou jusqu'à 12x (avec frais),",
      "  c'est proposé directement à l'étape paiement.",
      "Visiteur : Parfait je commande en 4x.",
      "[21:06 – commande #SS-10482, 1 890 €, Alma 4x – étiquette « vente chat »]"])
H2("5.2 Session non transformée – 27/01/2026, 14 h 12")
CHAT(["Visiteur (Villeurbanne, fiche « Riverside 500 – 2022 – L ») :",
      "  Est-ce que je peux l'essayer avant ?",
      "Conseiller (Yanis) : Bien sûr, l'atelier est ouvert du mardi au samedi,",
      "  voulez-vous que je le réserve 48 h pour un essai ?",
      "Visiteur : Samedi c'est possible ? Et il est à 540, pas moyen de faire 480 ?",
      "Yanis : Samedi oui. Le prix est ferme, il inclut la révision et 12 mois",
      "  de garantie ; je peux ajouter un antivol U offert.",
      "Visiteur : Je vais réfléchir merci.",
      "[14:21 – pas de réservation – étiquette « prix » – pas de commande sous 30 j]"])
T([["Statistique Crisp (oct. 2025 – fév. 2026)", "Valeur", "Analyse"],
   ["Conversations ouvertes", "1 284", "Soit 1,6 % des sessions sur fiches produits"],
   ["Délai moyen de 1re réponse (heures ouvrées)", "2 min 40", "Objectif < 3 min tenu ; 11 min le samedi (à renforcer)"],
   ["Taux de conversation transformée (commande sous 7 j)", "14,8 %", "Contre 1,31 % pour l'ensemble des visiteurs : le chat touche des visiteurs déjà très avancés"],
   ["Panier moyen après chat", "1 420 €", "Supérieur de 25 % : surtout des VAE"],
   ["Sujets principaux (étiquettes)", "Taille 31 %, batterie 22 %, livraison 18 %, prix 12 %", "La taille et la batterie ont été intégrées aux fiches (cf. partie 8)"],
   ["Satisfaction (note post-chat)", "4,7 / 5 (312 notes)", "Les notes basses concernent les réponses hors heures"]],
  [5.5, 3.6, 6.9], "Tableau 4 : statistiques du chat, extraites du tableau de bord Crisp et croisées avec Shopify (étiquette de commande).")

# ---------------- 6 merchandising ----------------
H1("6. Merchandising sur Shopify", True)
P("Pour mettre en avant les bons vélos au bon endroit, nous utilisons les fonctions natives de Shopify et l'app gratuite Search & Discovery. Exemples de paramétrages réalisés :")
B(["<b>Collections automatisées</b> : « Arrivages de la semaine » (condition : date de publication &lt; 7 jours), « VAE à moins de 1 500 € », « Prêts pour le vélotaf » (tag vélotaf + garde-boue + porte-bagages).",
   "<b>Recommandations de produits complémentaires</b> (Search &amp; Discovery) : sur chaque VAE, antivol Abus Granit, casque et sacoche Ortlieb ; taux d'ajout 9,4 %.",
   "<b>Badges</b> via metafields : « Batterie testée &gt; 85 % », « Coup de cœur atelier », « Dernière taille M ».",
   "<b>Boosts de recherche</b> : les requêtes « vae » et « électrique » remontent d'abord les VAE révisés avec garantie batterie ; synonymes configurés (gravel = chemin, vtc = hybride).",
   "<b>Bannière de la page d'accueil</b> et bloc « mis en avant » pilotés par une collection manuelle que Julie met à jour chaque lundi."])
T([["Emplacement du site", "Ce qui y est mis en avant", "Pourquoi cet endroit"],
   ["Page d'accueil – 1er écran", "Arrivages de la semaine (carrousel 8 vélos)", "48 % des visiteurs récurrents reviennent pour voir les nouveautés"],
   ["Menu (méga-menu)", "« VAE à moins de 1 500 € », « Vélotaf »", "Les deux entrées les plus recherchées dans la barre de recherche"],
   ["Pages collections – 1re ligne", "Vélos avec badge « Coup de cœur atelier »", "Vélos à forte marge, rotation à accélérer"],
   ["Fiche produit – sous le prix", "Paiement en 4x Alma + garantie 12 mois", "Lever les freins prix et confiance au moment de la décision"],
   ["Fiche produit – bas de page", "Accessoires complémentaires, vélos similaires en taille", "Augmenter le panier et éviter la sortie si la taille ne convient pas"],
   ["Panier (tiroir)", "Antivol U à 39 € (cross-sell)", "Ajouté par 12 % des acheteurs de VAE"],
   ["Page de remerciement", "Inscription au club Strava, programme de parrainage", "Moment de plus forte satisfaction"]],
  [4, 5.5, 6.5], "Tableau 5 : emplacements de mise en avant retenus.")

# ---------------- 7 paiement financement fidélisation ----------------
H1("7. Paiement, financement et fidélisation", True)
H2("7.1 Moyens de paiement installés et tests")
P("Le paiement est assuré par Shopify Payments (CB, Visa, Mastercard, American Express, Apple Pay, Google Pay), PayPal et Alma (3x, 4x, 10x, 12x). 3-D Secure 2 est activé sur toutes les cartes ; le certificat SSL et les logos de paiement apparaissent dans le pied de page et sous le bouton d'achat. Le virement bancaire reste proposé pour les comités d'entreprise. Une recette a été menée le 6 novembre 2025 avec des commandes réelles à 1 € (produit test masqué) puis remboursées :")
T([["Moyen de paiement", "iPhone 13 (Safari)", "Android Pixel 7 (Chrome)", "iPad Air (Safari)", "PC Windows (Edge/Chrome)", "Mac (Safari)"],
   ["CB + 3DS", "OK", "OK", "OK", "OK", "OK"],
   ["Apple Pay", "OK", "non proposé (normal)", "OK", "non proposé", "OK"],
   ["Google Pay", "non proposé", "OK", "non proposé", "OK (Chrome)", "non proposé"],
   ["PayPal", "OK", "OK", "OK", "OK", "OK"],
   ["Alma 4x", "OK", "OK", "OK (redirection lente, 6 s)", "OK", "OK"]],
  [3.2, 2.5, 2.7, 2.8, 2.6, 2.2], "Tableau 6 : recette des paiements par terminal.")
H2("7.2 Partenaires financiers")
T([["Offre", "Conditions pour le client", "Coût pour Second Souffle", "Adapté à notre contexte ?"],
   ["Alma 3x/4x sans frais", "Paiement immédiat du 1er tiers, sans frais", "3,5 % à 4,2 % du montant", "Oui : panier 1 140 €, cible actifs"],
   ["Alma 10x/12x (avec frais)", "TAEG ~ 17 %, payé par le client", "1,9 %", "Oui pour les VAE &gt; 1 800 €"],
   ["Klarna", "3x sans frais, notoriété forte chez les 20-30 ans", "~ 4 %", "Redondant avec Alma, non retenu"],
   ["Cetelem (crédit affecté)", "Jusqu'à 48 mois, dossier plus lourd", "Variable", "Trop lourd pour des paniers &lt; 2 500 €"],
   ["Leasing vélo salarié (via FMD / Azfalte)", "Loyer mensuel déduit du salaire", "Marge sur vente à la société de leasing", "Oui pour le B2B uniquement"]],
  [3.8, 4.4, 3.4, 4.4], "Tableau 7 : offres de financement comparées.")
P("Analyse : pour l'internaute, le 4x sans frais ramène un VAE à 1 890 € à 472,50 € par mois, ce qui le rend comparable à un abonnement de transport + parking ; l'argument est repris dans la fiche produit. Pour le site, Alma représente 31 % des paniers VAE depuis novembre et le panier moyen des commandes Alma est de 1 610 € contre 980 € hors Alma. Le coût (environ 4 %) est inférieur au gain de conversion observé : sur les VAE, la conversion est passée de 0,71 % à 1,08 % après l'activation. Nous avons écarté Klarna pour ne pas multiplier les logos dans le checkout.")
H2("7.3 Fidélisation")
P("Un vélo s'achète rarement deux fois par an : la fidélité se construit sur l'entretien, les accessoires et la recommandation. Dispositifs étudiés : carte de points (app Smile), parrainage, forfait entretien annuel, programme de reprise (« trade-in »), newsletter, club communautaire. Choix retenus :")
B(["<b>Parrainage</b> (app ReferralCandy) : 50 € pour le parrain, 30 € pour le filleul. 44 % de nos clients disent avoir connu Second Souffle par un proche : c'est notre premier canal naturel.",
   "<b>Révision offerte à 6 mois</b> + forfait entretien à 79 €/an : ramène le client à l'atelier, où il achète des accessoires (panier moyen atelier 46 €).",
   "<b>Reprise garantie</b> : le vélo acheté chez nous est repris à 40 % de son prix pendant 3 ans, ce qui prépare la montée en gamme vers un VAE.",
   "La carte de points a été écartée : fréquence d'achat trop faible pour qu'elle ait un sens."])

# ---------------- 8 contenus ----------------
H1("8. Contenus : prestataires, fiches produits, médias", True)
H2("8.1 Choix des prestataires")
T([["Besoin", "Options étudiées", "Choix", "Justification"],
   ["Photos des vélos (30 à 40 par semaine)", "Photographe freelance (45 €/vélo), studio Packshot Lyon (28 €/vélo), interne", "Interne + formation d'une demi-journée par Léa Morin (photographe)", "Rotation trop rapide pour un prestataire ; mini-studio à 640 € (fond, 2 softbox) amorti en 3 semaines"],
   ["Vidéos 360° et Reels atelier", "Agence Plan Large (2 400 € les 6 vidéos), freelance motion, interne", "Interne (iPhone 15 + gimbal DJI OM 6, montage CapCut)", "Format court et authentique attendu sur Instagram/TikTok"],
   ["Vidéo de marque (page « Notre atelier »)", "Plan Large, Studio Kalo", "Studio Kalo (1 800 €)", "Portfolio dans l'économie circulaire, tournage en une journée sans bloquer l'atelier"],
   ["Rédaction des guides (tailles, VAE)", "Rédacteur SEO Malt (0,12 €/mot), interne", "Malt pour 3 guides longs, relus par le chef d'atelier", "Expertise technique indispensable, validée en interne"]],
  [3.4, 4.4, 3.6, 4.6], "Tableau 8 : prestataires de production de contenus.")
H2("8.2 Méthode de rédaction d'une fiche produit")
P("Chaque vélo étant unique, nous avons conçu un modèle de fiche que l'équipe remplit en 15 minutes à partir du rapport de contrôle. La méthode : (1) identifier la requête principale du modèle dans Semrush et Google Search Console (ex. « gazelle ultimate occasion », 390 recherches/mois), (2) une requête secondaire d'usage (« vélo électrique occasion lyon », « vae occasion garantie »), (3) placer la requête principale dans le title, le H1, le premier paragraphe et l'attribut alt de la photo 1, la secondaire dans un H2 et la meta description, (4) rédiger pour le lecteur : état réel, pour qui, pour quel trajet.")
T([["Élément de la fiche", "Exemple : Gazelle Ultimate C380 – 2021", "Rôle dans la décision"],
   ["Title (60 car.)", "Gazelle Ultimate C380 d'occasion reconditionné – Taille M | Second Souffle", "Requête principale + réassurance"],
   ["H1", "Gazelle Ultimate C380 (2021) – VAE d'occasion révisé", "Requête principale"],
   ["H2", "Un VAE d'occasion garanti 12 mois, livré prêt à rouler", "Requête secondaire"],
   ["Photos", "12 photos dont usure réelle (rayure cadre gauche), rapport Bosch batterie", "Transparence sur l'état"],
   ["Encart « État »", "Note 4/5, pièces changées : chaîne, plaquettes, pneus Schwalbe", "Justifie le prix"],
   ["Guide des tailles", "Tableau taille cycliste / taille cadre, lien vers le chat", "Premier sujet du chat (31 %)"],
   ["Prix et financement", "1 890 € (neuf 3 299 €) – ou 4 x 472,50 € avec Alma", "Ancrage prix + accessibilité"],
   ["Réassurance", "Garantie 12 mois, retour 14 j, livraison monté 72 h, avis Judge.me 4,8/5", "Lever les freins de l'achat à distance"]],
  [3.4, 7.2, 5.4], "Tableau 9 : structure d'une fiche produit et positionnement des mots-clés.")
H2("8.3 Production multimédia")
P("Les photos sont traitées dans Adobe Lightroom avec un preset maison (balance des blancs fixe, recadrage 4:3, correction de perspective) puis exportées en WebP 1 600 px, qualité 80 : une fiche est passée de 9,8 Mo à 1,4 Mo de médias. Les Reels sont montés dans CapCut (sous-titres automatiques corrigés à la main, car 80 % des vues se font sans le son), les vidéos 360° sont hébergées sur Shopify (format MP4 H.264, 720p, 6 à 8 Mo) avec une image de couverture pour ne pas ralentir le chargement. Figure 1 : avant/après retouche d'un Peugeot LR01 (capture Lightroom, curseurs exposition +0,35, ombres +40). Figure 2 : vignette TikTok « Changer une chaîne en 30 s », 71 000 vues.")
H2("8.4 Effet mesuré sur l'intérêt des internautes")
T([["Indicateur (fiches refaites vs anciennes, GA4)", "Avant (sept. 2025, 120 fiches)", "Après (fév. 2026, 140 fiches)", "Évolution"],
   ["Temps d'engagement moyen par fiche", "0 min 48", "1 min 36", "x2"],
   ["Lectures de vidéo 360° (% des vues de fiche)", "—", "27 %", "nouveau"],
   ["Ajouts au panier / vues de fiche", "3,1 %", "5,4 %", "+2,3 pts"],
   ["Commandes issues d'une fiche (30 j)", "142", "211", "+49 %"],
   ["Clics sur le guide des tailles", "—", "18 % des sessions fiche", "nouveau"]],
  [6, 3.6, 3.6, 2.8], "Tableau 10 : comparaison avant/après la refonte des fiches.")
H2("8.5 Blog")
P("Un blog existe via la fonction native « Articles de blog » de Shopify ; 4 articles ont été publiés (dont le guide « Choisir la taille de son vélo »). Il faudra définir un rythme de publication et un maillage vers les collections.")

# ---------------- 9 tunnel (landscape) ----------------
S.append(NextPageTemplate("land"))
S.append(PageBreak())
H1("9. Tunnel de commande : objectifs, mesure et points de friction")
P("Objectifs fixés en octobre avec Nicolas : taux de conversion global de 1,2 % (0,92 % au départ) et taux d'abandon du checkout (commandes / checkouts commencés) sous 38 % (41 % au départ). Le tunnel est suivi dans GA4 (exploration « entonnoir » sur les événements view_item, add_to_cart, begin_checkout, add_shipping_info, add_payment_info, purchase) et les comportements sont observés dans Microsoft Clarity (enregistrements de sessions et cartes de clics).", )
T([["Étape du tunnel", "Événement GA4", "Sessions oct.-fév. 2024/25", "Passage à l'étape suivante 2024/25", "Sessions oct.-fév. 2025/26", "Passage 2025/26", "Friction observée (Clarity, chat)", "Correction apportée", "Priorité"],
   ["Fiche produit", "view_item", "68 400", "3,1 %", "79 900", "5,4 %", "Taille introuvable, doute sur la batterie", "Guide des tailles, rapport batterie en photo", "1 – fait (nov.)"],
   ["Panier", "add_to_cart", "2 120", "50 %", "4 315", "46 %", "Frais de livraison découverts tard", "Coût livraison affiché sur la fiche", "2 – fait (fév.), effet à mesurer"],
   ["Checkout – coordonnées", "begin_checkout", "1 060", "78 %", "1 985", "80 %", "Création de compte perçue comme obligatoire", "Commande invité mise en avant", "3 – fait (déc.)"],
   ["Checkout – livraison", "add_shipping_info", "827", "79 %", "1 588", "69 %", "Depuis l'ajout de Geodis (nov.), choix retrait/livraison peu clair, 24 % de rage clicks", "Refonte des libellés + carte du point de retrait", "1 – en cours (avril)"],
   ["Checkout – paiement", "add_payment_info", "653", "96 %", "1 096", "95,5 %", "Redirection Alma lente sur iPad", "Ticket ouvert chez Alma", "4"],
   ["Achat", "purchase", "629", "—", "1 047", "—", "—", "—", "—"]],
  [3.2, 2.6, 2.4, 2.4, 2.4, 2, 4.4, 4.2, 2.2], "Tableau 11 : entonnoir de conversion GA4, même période sur deux saisons. Taux de conversion global : 629 / 68 400 = 0,92 % puis 1 047 / 79 900 = 1,31 %.")
P("Démonstration de l'interaction usager-site : dans Clarity, sur 200 enregistrements de sessions ayant atteint l'étape livraison, 48 montrent des allers-retours entre « Retrait atelier Vaise » et « Livraison Geodis » ; 21 de ces visiteurs cliquent ensuite sur le chat pour demander si le vélo est livré monté. Le lien entre l'objectif (réduire l'abandon à l'étape livraison) et le comportement est donc direct : l'information existait, mais pas au moment où l'internaute en a besoin. Le test A/B prévu en avril (libellé « Livré monté et réglé, prêt à rouler – 59 € ») sera mesuré sur le passage livraison → paiement, avec un objectif de 78 %.")
KEY("l'objectif de 1,2 % de conversion est dépassé (1,31 %). En revanche l'abandon du checkout s'est dégradé : 1 047 commandes pour 1 985 checkouts commencés, soit 47 % d'abandon contre 41 % un an plus tôt, loin des 38 % visés. La perte se concentre sur l'étape livraison (79 % → 69 % de passage), ce qui fait de sa refonte la priorité n° 1 du printemps.")
S.append(NextPageTemplate("port"))
S.append(PageBreak())
H1("Annexe – Outils et accès")
T([["Outil", "Usage", "Lien"],
   ["Shopify (admin)", "Catalogue, collections, Search & Discovery", "https://admin.shopify.com/store/second-souffle-cycles"],
   ["Google Analytics 4", "Entonnoir, UTM partenaires", "https://analytics.google.com – propriété 412908833"],
   ["Microsoft Clarity", "Enregistrements, cartes de clics", "https://clarity.microsoft.com/projects/view/ss-cycles"],
   ["Crisp", "Chat, statistiques", "https://app.crisp.chat"],
   ["Notion", "Calendrier éditorial", "Espace « Second Souffle – Com »"],
   ["Alma", "Financement, tableau de bord marchand", "https://dashboard.getalma.eu"]],
  [3.6, 5.4, 7])


def on_page(canv, doc):
    w, h = canv._pagesize
    canv.saveState()
    if doc.page > 1:
        canv.setFillColor(NAVY)
        canv.rect(0, h - 1.1 * cm, w, 1.1 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 8.5)
        canv.drawString(1.8 * cm, h - 0.72 * cm, "SECOND SOUFFLE CYCLES  |  Rapport de mission e-commerce")
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(1.8 * cm, 0.9 * cm, AUTHOR + " – Titre Chef de projet e-commerce – Mars 2026")
        canv.drawRightString(w - 1.8 * cm, 0.9 * cm, "Page %d" % doc.page)
    else:
        canv.setFillColor(TEAL)
        canv.rect(0, 0, 1.2 * cm, h, stroke=0, fill=1)
    canv.restoreState()


def build():
    os.makedirs(OUT_DIR, exist_ok=True)
    doc = BaseDocTemplate(OUT, pagesize=A4, invariant=1, title="Second Souffle Cycles – Rapport de mission",
                          author=AUTHOR, subject="Dossier Chef de projet e-commerce", creator=AUTHOR)
    pw, ph = A4
    fport = Frame(2.2 * cm, 1.7 * cm, pw - 4.4 * cm, ph - 3.4 * cm, id="p")
    lw, lh = landscape(A4)
    fland = Frame(1.8 * cm, 1.7 * cm, lw - 3.6 * cm, lh - 3.4 * cm, id="l")
    doc.addPageTemplates([PageTemplate(id="port", frames=[fport], onPage=on_page, pagesize=A4),
                          PageTemplate(id="land", frames=[fland], onPage=on_page, pagesize=landscape(A4))])
    doc.build(S)

if __name__ == "__main__":
    build()
