import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c19-sneakers-rebond")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Yanis Haddad"
GREEN = colors.HexColor("#1f7a4d")

body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=GREEN, spaceBefore=14, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=11)
cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
bul = ParagraphStyle("bu", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3)

story = []
def H1(t): story.append(Paragraph(t, h1))
def H2(t): story.append(Paragraph(t, h2))
def P(t): story.append(Paragraph(t, body))
def L(items, num=False):
    for k, i in enumerate(items, 1): story.append(Paragraph(i, bul, bulletText=(f"{k}." if num else "•")))
def T(rows, widths=None):
    data = [[Paragraph(str(v), cellb if i == 0 else cell) for v in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b0b0")),
                           ("BACKGROUND", (0, 0), (-1, 0), GREEN),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef6f1")]),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t); story.append(Spacer(1, 8))

story.append(Spacer(1, 4 * cm))
story.append(Paragraph("REBOND", ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=40, leading=46, textColor=GREEN)))
story.append(Paragraph("Growth & acquisition playbook – S2 2025", ParagraphStyle("s", fontName="Helvetica", fontSize=16, leading=22)))
story.append(Spacer(1, 1 * cm))
P("Visibilité organique, SEA, social ads et pilotage data du shop rebond-sneakers.com")
P("Yanis Haddad – Growth marketer (alternance) – dossier de certification, bloc 3")
P("Rebond SAS – 14 rue Paul Bellamy, Nantes")
story.append(PageBreak())

H1("01 — Le contexte en 30 secondes")
P("Rebond fabrique au Portugal des sneakers dont la semelle est faite à 62 % de pneus recyclés et la tige en PET recyclé. Trois modèles : la <b>Rebond One</b> (119 €), la <b>Rebond Trail</b> (139 €) et la <b>Rebond Kids</b> (69 €). La boîte a été lancée en 2023 par Léa et Baptiste, elle est 100 % DNVB : le site Shopify Plus fait 88 % des ventes, le reste vient de deux concept stores. CA 2024 : 1,42 M€. Nous sommes 9 dans l'équipe.")
P("Ma mission depuis juillet 2025 : faire grossir le trafic non payé (jusque-là quasi nul en dehors de la marque), rationaliser les campagnes payantes que les fondateurs lançaient « au feeling » et monter un vrai reporting. Les concurrents sont Veja et Faguo pour la notoriété, et surtout <b>Vanté</b> et <b>Greenstep</b>, deux marques françaises de sneakers responsables sur le même prix.")
H2("Nos OKR du semestre (validés par Léa le 1er juillet 2025)")
T([["Objective", "Key result", "Point de départ (juin 2025)", "Target (déc. 2025)"],
   ["Devenir trouvable hors marque", "Sessions organiques non-brand / mois", "3 100", "9 000"],
   ["", "Mots-clés non-brand en top 10 Google", "4", "25"],
   ["Rendre le paid rentable", "ROAS Google Ads (hors brand)", "1,9", "3,5"],
   ["", "CAC moyen blended", "41 €", "30 €"],
   ["Acheter mieux qu'au feeling", "Dashboard unique partagé et mis à jour chaque lundi", "non", "oui"],
   ["Convertir plus", "Taux de conversion global", "1,6 %", "2,2 %"]], [4 * cm, 5.6 * cm, 3.4 * cm, 3.4 * cm])

H1("02 — Roadmap SEO : ce qu'on attaque en premier")
P("J'ai fait un audit complet avec Screaming Frog (crawl de 412 URLs) et la Search Console. Résultat : 38 actions possibles. Impossible de tout faire avec un dev freelance deux jours par mois, donc j'ai scoré chaque action en <b>ICE</b> (Impact × Confidence × Ease, chacun noté sur 10) et je les ai rangées en trois vagues.")
T([["Vague", "Action", "I", "C", "E", "Score ICE", "Owner", "Deadline"],
   ["P0 – quick win", "Corriger les 57 pages en noindex hérité du thème (collections filtrées)", "9", "9", "8", "648", "Yanis", "15/07"],
   ["P0 – quick win", "Réécrire title + meta des 24 pages collection et produit", "8", "8", "9", "576", "Yanis", "31/07"],
   ["P0 – quick win", "Compresser les visuels (WebP) → LCP mobile de 4,8 s à < 2,5 s", "8", "8", "7", "448", "Dev freelance", "31/07"],
   ["P1", "Créer les 3 pages piliers + 14 articles satellites (topic clusters)", "9", "7", "4", "252", "Yanis + Inès (rédac)", "30/10"],
   ["P1", "Campagne de netlinking : 12 liens éditoriaux", "8", "6", "4", "192", "Yanis", "30/11"],
   ["P1", "Données structurées Product + Review (avis Judge.me)", "6", "8", "7", "336", "Dev freelance", "15/09"],
   ["P2", "Version anglaise du site (marché belge/suisse)", "7", "4", "2", "56", "—", "2026"],
   ["P2", "Page « magasins » avec fiches locales Nantes / Bordeaux", "4", "6", "6", "144", "Yanis", "déc."]], [2.3 * cm, 5.4 * cm, 0.6 * cm, 0.6 * cm, 0.6 * cm, 1.5 * cm, 2.4 * cm, 1.6 * cm])
P("Les P0 ont été livrées dans les temps. Les données structurées, pourtant bien scorées, ont été faites après les piliers parce que le dev n'était dispo qu'en septembre : le score ICE guide, mais la capacité de l'équipe tranche.")

H1("03 — Keyword research et mapping")
H2("La méthode, étape par étape")
L(["<b>Seed list</b> : brainstorm avec l'équipe SAV + export des questions posées sur Crisp et en commentaires Instagram (112 formulations brutes).",
   "<b>Expansion</b> dans Semrush (Keyword Magic Tool) et AnswerThePublic, plus les « People also ask » de Google : 1 340 requêtes.",
   "<b>Nettoyage</b> : suppression des requêtes hors sujet (« rebond basket ballon »), des marques concurrentes et des volumes < 20/mois : reste 286.",
   "<b>Gap analysis</b> : comparaison des positions de Veja, Vanté et Greenstep sur ces 286 requêtes pour repérer celles où aucun petit acteur n'est bien placé.",
   "<b>Scoring</b> : volume × intention (transactionnelle = 3, commerciale = 2, info = 1) ÷ KD Semrush. On garde les 60 meilleures.",
   "<b>Mapping</b> : une requête principale = une URL, jamais deux pages sur la même intention (pour éviter la cannibalisation)."], num=True)
H2("Extrait de la keyword matrix (20 requêtes sur 60)")
T([["Cluster", "Requête", "Vol./mois", "KD", "Intent", "URL cible", "Rôle"],
   ["Sneakers recyclées", "basket recyclée", "2 900", "38", "Commerciale", "/collections/sneakers-recyclees", "Pilier"],
   ["", "sneakers éco responsable", "1 600", "41", "Commerciale", "/collections/sneakers-recyclees", "Pilier"],
   ["", "basket made in europe", "880", "29", "Commerciale", "/blogs/guide/fabrication-portugal", "Satellite"],
   ["", "semelle en pneu recyclé", "260", "12", "Info", "/blogs/guide/semelle-pneu-recycle", "Satellite"],
   ["", "basket vegan homme", "1 300", "33", "Transac.", "/products/rebond-one-homme", "Produit"],
   ["", "basket vegan femme", "1 900", "35", "Transac.", "/products/rebond-one-femme", "Produit"],
   ["Trail & outdoor", "chaussure trail recyclée", "390", "18", "Transac.", "/collections/trail", "Pilier"],
   ["", "chaussure randonnée légère éco", "210", "15", "Commerciale", "/blogs/guide/randonnee-legere", "Satellite"],
   ["", "entretien chaussure trail", "720", "22", "Info", "/blogs/guide/entretien-trail", "Satellite"],
   ["Kids", "basket enfant durable", "480", "21", "Commerciale", "/collections/kids", "Pilier"],
   ["", "taille chaussure enfant par âge", "6 600", "34", "Info", "/blogs/guide/guide-tailles-enfant", "Satellite"],
   ["", "basket enfant scratch", "2 400", "40", "Transac.", "/products/rebond-kids", "Produit"],
   ["Impact", "impact environnemental chaussure", "590", "26", "Info", "/pages/notre-impact", "Satellite"],
   ["", "recyclage baskets usagées", "1 000", "24", "Info", "/pages/programme-reprise", "Satellite"],
   ["Local", "basket éthique nantes", "90", "8", "Transac.", "/pages/magasins", "Local"]], [2.3 * cm, 3.6 * cm, 1.3 * cm, 0.8 * cm, 1.7 * cm, 4.3 * cm, 1.5 * cm])
P("Pourquoi ces requêtes et pas « basket homme » (165 000/mois) ? Parce que sur les head terms, Nike, Zalando et Décathlon trustent la SERP avec une autorité de domaine 80+, contre 19 pour nous. Nos chances sont sur la longue traîne où le discours « recyclé / vegan / made in Europe » est exactement notre différence produit, et où nos concurrents directs (Vanté, Greenstep) sont eux aussi à portée. Le cluster Kids est prioritaire en été pour la rentrée scolaire, le cluster Trail au printemps.")

H1("04 — Topic clusters : l'architecture de liens")
P("Chaque pilier est une page collection enrichie (800 à 1 200 mots sous la grille produits). Les satellites sont des articles du blog « Guide ». Règles de maillage que j'ai imposées, et vérifiées au crawl Screaming Frog le 30 octobre :")
L(["un satellite pointe <b>toujours</b> vers son pilier, avec une ancre contenant la requête du pilier (ex. « nos baskets recyclées ») ;",
   "un satellite ne pointe vers un autre satellite <b>que s'il est dans le même cluster</b> : le guide des tailles enfant renvoie vers l'article sur le scratch vs lacets, jamais vers l'entretien trail ;",
   "le pilier liste tous ses satellites dans un bloc « Pour aller plus loin » ;",
   "pas de lien entre piliers dans le corps du texte, seulement via le menu : on garde des silos étanches ;",
   "les fiches produits reçoivent un lien depuis leur pilier et depuis 1 à 3 satellites du même univers."])
T([["Pilier", "Satellites liés (extraits)", "Liens internes entrants", "Liens hors silo"],
   ["/collections/sneakers-recyclees", "fabrication-portugal, semelle-pneu-recycle, basket-vegan-cuir, notre-impact, programme-reprise", "27", "0"],
   ["/collections/trail", "randonnee-legere, entretien-trail, choisir-trail-debutant, trail-pluie", "16", "0"],
   ["/collections/kids", "guide-tailles-enfant, scratch-ou-lacets, pieds-plats-enfant", "14", "0"]], [4 * cm, 7 * cm, 2.6 * cm, 2.4 * cm])

story.append(PageBreak())
H1("05 — Netlinking : des liens qui amènent aussi du monde")
P("Je n'ai pas acheté de liens sur des plateformes : j'ai ciblé des sites qui nous envoient de <b>vrais visiteurs</b>, donc déjà lus par notre audience. Critères : trafic organique du site > 5 000/mois (Semrush), thématique mode durable / outdoor / parentalité, lien do-follow dans un contenu éditorial.")
T([["Source", "Type de partenariat", "DR Ahrefs", "Sessions envoyées (sept.-déc.)", "Commandes attribuées"],
   ["Mode Durable Mag", "Test produit + article invité", "54", "1 940", "38"],
   ["Trail Session (blog)", "Test Rebond Trail sur 100 km", "47", "1 210", "21"],
   ["Maman Zéro Déchet", "Sélection rentrée + code KIDS10", "41", "2 380", "57"],
   ["Ouest-France (rubrique éco)", "RP – reportage usine", "91", "860", "9"],
   ["Annuaire Slow We Are", "Fiche marque", "38", "420", "6"],
   ["Podcast « Les Déclics » (show notes)", "Interview Léa", "35", "310", "4"]], [3.8 * cm, 4.6 * cm, 1.6 * cm, 3.3 * cm, 2.7 * cm])
T([["Métrique Ahrefs", "1er juillet 2025", "31 décembre 2025", "Delta"],
   ["Domain Rating", "19", "31", "+12"],
   ["Domaines référents", "64", "118", "+54"],
   ["Backlinks do-follow éditoriaux", "22", "49", "+27"],
   ["Trafic referral (GA4, sessions/mois)", "1 050", "2 870", "+173 %"]], [6 * cm, 3.4 * cm, 3.4 * cm, 3 * cm])

H1("06 — Ce que ça a donné sur Google")
T([["Indicateur SEO (Search Console + Semrush Position Tracking)", "Juin 2025", "Déc. 2025", "Delta"],
   ["Mots-clés non-brand en top 10", "4", "31", "+27"],
   ["Mots-clés non-brand en top 3", "0", "9", "+9"],
   ["« basket recyclée »", "pos. 46", "pos. 7", "+39"],
   ["« basket enfant durable »", "pos. 23", "pos. 2", "+21"],
   ["« taille chaussure enfant par âge »", "non classé", "pos. 5", "—"],
   ["« chaussure trail recyclée »", "pos. 31", "pos. 4", "+27"],
   ["Impressions Search Console / mois", "61 000", "248 000", "×4"],
   ["Clics organiques non-brand / mois", "1 900", "7 400", "+289 %"],
   ["Sessions organiques non-brand / mois", "3 100", "8 650", "+179 %"],
   ["CA organique non-brand / mois", "6 200 €", "19 900 €", "+221 %"]], [7.6 * cm, 2.6 * cm, 2.6 * cm, 2 * cm])
P("En cumulé, le trio technique + contenus + liens a multiplié par 2,8 le trafic non-brand. On reste un peu sous la target de 9 000 sessions : les articles Trail publiés fin octobre n'avaient pas encore pris leurs positions en décembre, ce qui est normal (délai moyen constaté de 9 semaines avant le top 10).")

story.append(PageBreak())
H1("07 — SEA & social ads")
H2("Structure du compte Google Ads (refonte du 1er septembre)")
T([["Campagne", "Ad groups", "Ciblage / keywords", "Landing page", "Budget/jour"],
   ["Search – Brand", "Rebond", "[rebond sneakers], [rebond baskets]", "Home", "8 €"],
   ["Search – Recyclé", "Basket recyclée ; Vegan ; Made in Europe", "\"basket recyclée\", \"sneakers vegan\", \"basket fabriquée en europe\" + 46 négatifs (gratuit, occasion, vinted…)", "/collections/sneakers-recyclees", "35 €"],
   ["Search – Kids", "Basket enfant", "\"basket enfant durable\", \"basket enfant scratch\"", "/collections/kids", "15 €"],
   ["Performance Max – Shopping", "Feed complet segmenté best-sellers / autres", "Signaux d'audience : visiteurs 30 j, liste clients", "Fiches produits", "30 €"],
   ["Meta – Prospecting", "Lookalike 2 % acheteurs ; intérêts « mode éthique »", "Femmes/hommes 25-44, FR/BE", "/pages/notre-impact puis produit", "25 €"],
   ["Meta – Retargeting", "Add to cart 14 j sans achat", "DPA catalogue", "Fiche produit vue", "10 €"]], [3 * cm, 3.3 * cm, 4.6 * cm, 3.4 * cm, 1.7 * cm])
H2("Les copies qui tournent (extraits)")
T([["Support", "Headline / accroche", "Description / texte"],
   ["Google RSA – Recyclé", "Baskets en pneus recyclés | Made in Portugal | Livraison & retours offerts", "62 % de la semelle vient de pneus usagés. Confort d'une running, look d'une sneaker. Dès 119 €."],
   ["Google RSA – Kids", "Basket enfant durable dès 69 € | Scratch & semelle increvable", "Pensées pour les cours de récré. Reprise de l'ancienne paire : -15 € sur la suivante."],
   ["Meta – vidéo UGC", "« J'ai roulé 800 km avec mes pneus… et maintenant je marche dessus »", "Rebond One. Un pneu recyclé = une paire. Découvre comment on les fabrique 👟♻️"],
   ["Meta – carrousel", "3 modèles, 0 plastique vierge", "One, Trail, Kids : trouve ta paire. Retours gratuits 60 jours."]], [3.2 * cm, 6 * cm, 6.8 * cm])
P("A/B test mené en octobre sur la landing Recyclé : version A = grille produits directe, version B = bloc vidéo usine + grille. B gagne : taux de conversion 3,1 % contre 2,4 % (4 100 sessions par variante, significatif à 95 % selon le calculateur AB Tasty).")

H1("08 — Dashboard de suivi campagnes (sept.-déc. 2025)")
T([["Campagne", "Dépense", "Impr.", "Clics", "CTR", "CPC", "Conv.", "CPA", "CA", "ROAS"],
   ["Search – Brand", "960 €", "18 200", "4 370", "24,0 %", "0,22 €", "388", "2,5 €", "47 300 €", "49,3"],
   ["Search – Recyclé", "4 200 €", "212 000", "6 890", "3,3 %", "0,61 €", "181", "23,2 €", "22 800 €", "5,4"],
   ["Search – Kids", "1 800 €", "96 000", "3 120", "3,3 %", "0,58 €", "74", "24,3 €", "5 900 €", "3,3"],
   ["PMax – Shopping", "3 600 €", "540 000", "7 450", "1,4 %", "0,48 €", "126", "28,6 €", "15 700 €", "4,4"],
   ["Meta – Prospecting", "3 000 €", "610 000", "5 200", "0,9 %", "0,58 €", "62", "48,4 €", "7 600 €", "2,5"],
   ["Meta – Retargeting", "1 200 €", "88 000", "1 640", "1,9 %", "0,73 €", "71", "16,9 €", "8 700 €", "7,3"],
   ["Total paid", "14 760 €", "1,56 M", "28 670", "1,8 %", "0,51 €", "902", "16,4 €", "108 000 €", "7,3"],
   ["Total hors brand", "13 800 €", "", "24 300", "", "", "514", "26,8 €", "60 700 €", "4,4"]],
  [2.8 * cm, 1.5 * cm, 1.4 * cm, 1.3 * cm, 1.2 * cm, 1.2 * cm, 1.1 * cm, 1.3 * cm, 1.7 * cm, 1.2 * cm])
P("Lecture : le brand gonfle artificiellement le ROAS global, je le sors donc toujours du calcul (ROAS hors brand 4,4, au-dessus de la target de 3,5). Sur Meta, le prospecting coûte cher par achat mais il nourrit le retargeting et les recherches brand : la part des nouveaux visiteurs qui reviennent via une recherche « rebond » est passée de 8 % à 14 %. Côté posts organiques Instagram, j'ai suivi les liens en UTM : les 38 posts du trimestre ont généré 2 300 sessions et 41 commandes (5 100 € de CA) pour 1 650 € de coût (temps de Clara, CM, + shooting), soit un ROI de +24 % sur la marge brute (2 050 € de marge pour 1 650 €) : rentable mais de peu.")

story.append(PageBreak())
H1("09 — La stack data et pourquoi")
P("Mes critères pour choisir les outils : (1) coût compatible avec une startup de 9 personnes, (2) données fiables sans sampling sur nos volumes, (3) connexion native à Shopify et aux régies, (4) lisible par Léa et Baptiste sans formation. J'ai comparé GA4, Matomo Cloud et Plausible pour l'analytics : GA4 gagne pour l'intégration Google Ads et le gratuit ; Plausible aurait été plus simple mais sans e-commerce avancé. Pour le SEO, Semrush (position tracking quotidien, 139 €/mois) plutôt qu'Ahrefs, que je n'utilise qu'en version Webmaster Tools gratuite pour le suivi des backlinks.")
T([["Outil", "Usage", "Lien"],
   ["Google Analytics 4", "Trafic, conversions, parcours", "https://analytics.google.com/analytics/web/#/p318840021/reports"],
   ["Google Search Console", "Impressions, clics, positions, indexation", "https://search.google.com/search-console?resource_id=sc-domain:rebond-sneakers.com"],
   ["Looker Studio – Weekly growth dashboard", "Synthèse SEO + paid + Shopify, MAJ lundi 8 h", "https://lookerstudio.google.com/reporting/5c2a9e1b-rebond-weekly"],
   ["Semrush Position Tracking", "Suivi des 60 requêtes de la matrice", "https://www.semrush.com/projects/ (projet « Rebond FR »)"],
   ["Ahrefs Webmaster Tools", "Backlinks, DR", "https://app.ahrefs.com/site-explorer"],
   ["Google Sheets – Suivi budget paid", "Dépenses vs budget par campagne", "https://docs.google.com/spreadsheets/d/1RbNdPaidTrack2025"]], [4.2 * cm, 4.3 * cm, 7.5 * cm])

H1("10 — Les metrics qu'on regarde chaque lundi")
T([["Metric", "Juin 2025", "Déc. 2025", "Ce que ça nous dit"],
   ["Sessions totales / mois", "21 400", "38 900", "Croissance portée à 60 % par l'organique ; le paid n'a augmenté que de 25 %."],
   ["Taux de rebond (GA4 : sessions non engagées)", "58 %", "47 %", "Les pages piliers retiennent mieux que les anciennes collections vides de texte."],
   ["Durée moyenne d'engagement", "0 min 52", "1 min 34", "Les guides (tailles enfant) sont lus ; attention, ça ne vend pas directement."],
   ["LCP mobile (PageSpeed)", "4,8 s", "2,1 s", "Gros gain après passage en WebP ; INP encore à 260 ms à cause des apps Shopify."],
   ["Création de compte → sortie", "34 %", "12 %", "On a rendu le compte facultatif : checkout invité par défaut."],
   ["Panier → checkout (abandon)", "71 %", "64 %", "Frais de port affichés dès le panier : moins de surprise."],
   ["Formulaire livraison → paiement (abandon)", "22 %", "18 %", "Autocomplétion d'adresse ajoutée."],
   ["Paiement → commande (abandon)", "9 %", "6 %", "Ajout de Shop Pay et Apple Pay."],
   ["Taux de conversion", "1,6 %", "2,3 %", "Target 2,2 % atteinte."],
   ["Chiffre d'affaires site / mois", "102 000 €", "168 000 €", "Décembre boosté par Noël : à comparer à déc. 2024 (131 000 €) soit +28 %."]], [4.6 * cm, 1.9 * cm, 1.9 * cm, 7.6 * cm])

H1("11 — Retour sur investissement et prochaines actions")
P("Calcul du ROI du semestre sur les actions d'acquisition hors brand, en marge brute (taux de marge brute moyen 58 %) :")
T([["Poste", "Coût S2", "CA incrémental attribué", "Marge brute (58 %)", "ROI"],
   ["SEO (Semrush, rédaction Inès, dev, temps Yanis valorisé)", "11 900 €", "64 500 € (delta organique non-brand)", "37 400 €", "+214 %"],
   ["Netlinking (produits offerts, frais)", "2 300 €", "17 100 €", "9 900 €", "+330 %"],
   ["Paid hors brand", "13 800 €", "60 700 €", "35 200 €", "+155 %"],
   ["Total", "28 000 €", "142 300 €", "82 500 €", "+195 %"]], [5.6 * cm, 2 * cm, 4 * cm, 2.6 * cm, 1.6 * cm])
P("ROI = (marge brute – coût) / coût. Bilan face aux OKR : 4 KR sur 6 atteints. Sessions non-brand à 8 650 pour 9 000 visés (96 %) ; CAC blended à 33 € pour 30 € visés : c'est le KR raté, à cause du prospecting Meta (CPA 48 €) et de la campagne Kids, lancée trop tard pour la rentrée.")
H2("Next steps, par ordre d'urgence")
L(["<b>Couper 40 % du budget Meta prospecting</b> et le basculer sur la campagne Search Recyclé (ROAS 5,4) — dès janvier.",
   "<b>Réduire l'INP</b> en désinstallant 3 apps Shopify non utilisées (gain estimé 100 ms) — janvier.",
   "<b>Relancer Kids en juillet</b> et non fin août, avec la landing « guide des tailles » déjà bien classée — à préparer en juin.",
   "<b>Ajouter 6 satellites Trail</b> pour accélérer le cluster avant le printemps — février-mars.",
   "<b>Tester Microsoft Ads</b> sur le brand et le Recyclé (CPC annoncés -30 %) — T2, si les trois premiers points sont faits."], num=True)

def deco(c, d):
    c.setAuthor(AUTHOR); c.setTitle("Rebond - Growth & acquisition playbook")
    if d.page > 1:
        c.setFont("Helvetica", 7.5); c.setFillColor(colors.grey)
        c.drawString(2 * cm, 1.1 * cm, "Rebond – Growth playbook S2 2025 – Yanis Haddad")
        c.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"{d.page}")

doc = SimpleDocTemplate(os.path.join(OUT, "rebond-acquisition.pdf"), pagesize=A4, invariant=1,
                        leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=1.8 * cm,
                        author=AUTHOR, title="Rebond - Growth & acquisition playbook")
doc.build(story, onFirstPage=deco, onLaterPages=deco)
print("ok")
