"""Génère le rapport d'audit d'acquisition KinéSport Pro (PDF, reportlab)."""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, KeepTogether)

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c48-kinesport-pro")
OUT = os.path.join(OUT_DIR, "kinesport-audit-acquisition.pdf")
AUTHOR = "Antoine Vasseur"

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=9.6, leading=13,
                      spaceAfter=5, alignment=4)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, leading=19,
                    textColor=colors.HexColor("#0B3C5D"), spaceBefore=8, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                    textColor=colors.HexColor("#1D6FA3"), spaceBefore=7, spaceAfter=4)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=7.8, leading=9.6, spaceAfter=0, alignment=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
CAP = ParagraphStyle("cap", parent=BODY, fontSize=8, leading=10, textColor=colors.HexColor("#555555"),
                     fontName="Helvetica-Oblique", alignment=TA_CENTER, spaceAfter=8)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=14, bulletIndent=4)
RECO = ParagraphStyle("reco", parent=BODY, backColor=colors.HexColor("#EAF3FA"), borderPadding=5,
                      borderColor=colors.HexColor("#1D6FA3"), borderWidth=0.6, spaceBefore=4, spaceAfter=9)

story = []


def P(t):
    story.append(Paragraph(t, BODY))


def H(t, lvl=1):
    story.append(Paragraph(t, H1 if lvl == 1 else H2))


def B(items):
    for it in items:
        story.append(Paragraph(it, BUL, bulletText="•"))


def R(t):
    story.append(Paragraph("<b>Recommandation.</b> " + t, RECO))


def T(rows, widths, caption=None, align_right_from=None):
    data = []
    for i, row in enumerate(rows):
        data.append([Paragraph(str(v), CELLB if i == 0 else CELL) for v in row])
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    st = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#0B3C5D")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9DB4C6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F6F9")]),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    t.setStyle(TableStyle(st))
    story.append(t)
    if caption:
        story.append(Spacer(1, 3))
        story.append(Paragraph(caption, CAP))
    else:
        story.append(Spacer(1, 8))


def eur(x):
    s = f"{x:,.0f}".replace(",", " ")
    return s + " €"


def pct(x, d=1):
    return f"{x:.{d}f}".replace(".", ",") + " %"


# --------------------------------------------------------------------------- page templates
def deco(canvas, doc):
    canvas.saveState()
    w, h = canvas._pagesize
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#0B3C5D"))
    canvas.drawString(1.8 * cm, h - 1.2 * cm, "Beffroi Digital – Audit acquisition KinéSport Pro")
    canvas.drawRightString(w - 1.8 * cm, h - 1.2 * cm, "Confidentiel – mars 2026")
    canvas.setStrokeColor(colors.HexColor("#1D6FA3"))
    canvas.line(1.8 * cm, h - 1.35 * cm, w - 1.8 * cm, h - 1.35 * cm)
    canvas.drawString(1.8 * cm, 1.0 * cm, "Rédigé par Antoine Vasseur, chef de projet acquisition")
    canvas.drawRightString(w - 1.8 * cm, 1.0 * cm, f"Page {doc.page}")
    canvas.restoreState()


def cover(canvas, doc):
    canvas.saveState()
    w, h = canvas._pagesize
    canvas.setFillColor(colors.HexColor("#0B3C5D"))
    canvas.rect(0, h - 9 * cm, w, 9 * cm, fill=1, stroke=0)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 24)
    canvas.drawString(2 * cm, h - 4.5 * cm, "Audit & pilotage de l'acquisition")
    canvas.setFont("Helvetica", 15)
    canvas.drawString(2 * cm, h - 5.6 * cm, "KinéSport Pro – kinesport-pro.fr")
    canvas.setFont("Helvetica", 10.5)
    canvas.drawString(2 * cm, h - 6.6 * cm, "SEO, netlinking, Google Ads, LinkedIn Ads – septembre 2025 à février 2026")
    canvas.setFillColor(colors.HexColor("#0B3C5D"))
    canvas.setFont("Helvetica", 10)
    y = 9 * cm
    for line in [
        "Client : KinéSport Pro SAS – 14 rue de la Bassée, 59000 Lille",
        "Interlocutrice : Sophie Lemaire, directrice commerciale",
        "Agence : Beffroi Digital, Lille – Euratechnologies",
        "Rédaction : Antoine Vasseur, chef de projet acquisition",
        "Version 2.1 – 6 mars 2026",
        "Dossier présenté pour le titre Chef de projet e-commerce (bloc 3)",
    ]:
        canvas.drawString(2 * cm, y, line)
        y -= 0.65 * cm
    canvas.restoreState()


os.makedirs(OUT_DIR, exist_ok=True)
doc = BaseDocTemplate(OUT, pagesize=A4, invariant=1, author=AUTHOR,
                      title="Audit acquisition KinéSport Pro", subject="Rapport d'audit SEO/SEA",
                      creator="Beffroi Digital", leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                      topMargin=1.8 * cm, bottomMargin=1.6 * cm)
pw, ph = A4
portrait_frame = Frame(1.8 * cm, 1.5 * cm, pw - 3.6 * cm, ph - 3.4 * cm, id="p")
lw, lh = landscape(A4)
land_frame = Frame(1.6 * cm, 1.5 * cm, lw - 3.2 * cm, lh - 3.4 * cm, id="l")
doc.addPageTemplates([
    PageTemplate(id="cover", frames=[portrait_frame], onPage=cover, pagesize=A4),
    PageTemplate(id="portrait", frames=[portrait_frame], onPage=deco, pagesize=A4),
    PageTemplate(id="landscape", frames=[land_frame], onPage=deco, pagesize=landscape(A4)),
])

story.append(NextPageTemplate("portrait"))
story.append(PageBreak())

# --------------------------------------------------------------------------- sommaire
H("Sommaire")
for line in [
    "1. Contexte, périmètre et objectifs de la mission",
    "2. Dispositif de mesure : choix des outils et accès",
    "3. Diagnostic initial et hiérarchisation du plan d'action",
    "4. Stratégie de mots-clés",
    "5. Architecture en cocon sémantique",
    "6. Netlinking",
    "7. Campagnes de liens sponsorisés (Google Ads, LinkedIn Ads)",
    "8. Tableaux de suivi et résultats des campagnes",
    "9. Indicateurs de performance du site",
    "10. Retour sur investissement, atteinte des objectifs et actions correctives",
]:
    story.append(Paragraph(line, BODY))
story.append(Spacer(1, 10))

# --------------------------------------------------------------------------- 1
H("1. Contexte, périmètre et objectifs de la mission")
P("KinéSport Pro est un distributeur lillois de matériel de rééducation et de mobilier médical destiné "
  "aux masseurs-kinésithérapeutes, ostéopathes et centres de rééducation. L'entreprise (14 salariés, "
  "CA 2024 de 3,4 M€ HT dont 1,15 M€ réalisés sur le site) vend environ 1 450 références : tables de "
  "massage électriques et tables de Bobath, appareils d'électrothérapie et d'ultrasons, petit matériel "
  "(bandes élastiques, ballons, plateaux de proprioception, consommables). Le site tourne sous "
  "PrestaShop 8.1, avec des comptes professionnels obligatoires (numéro RPPS) pour accéder aux prix HT.")
P("La clientèle est exclusivement B2B : 3 800 cabinets clients actifs, dont 41 % dans les Hauts-de-France. "
  "Le panier moyen en ligne est de 312 € HT, avec une très forte dispersion : 68 € pour le petit "
  "matériel, 1 290 € pour une table électrique. Les principaux concurrents en ligne sont Physiomat "
  "Direct (leader national, catalogue de 6 000 références), RééducaStore et Medi-Équip, ainsi que les "
  "fabricants qui vendent en direct.")
P("En septembre 2025, KinéSport Pro a confié à Beffroi Digital une mission de six mois couvrant "
  "l'audit SEO, la mise en œuvre des optimisations, le netlinking et la gestion des campagnes payantes. "
  "Les objectifs fixés avec Sophie Lemaire lors du comité de lancement du 16 septembre 2025 sont les "
  "suivants :")
T([
    ["#", "Objectif", "Valeur de départ (sept. 2025)", "Cible au 28/02/2026"],
    ["O1", "Sessions organiques mensuelles", "6 210", "8 700 (+40 %)"],
    ["O2", "Mots-clés positionnés en top 10 Google (France)", "84", "150"],
    ["O3", "ROAS des campagnes Google Ads hors marque", "non mesuré (pas de campagne)", "6 minimum"],
    ["O4", "Taux de conversion global du site", "1,38 %", "2,0 %"],
    ["O5", "Taux d'abandon de panier", "74 %", "moins de 65 %"],
    ["O6", "Demandes de devis (tables, équipement de cabinet) / mois", "22", "40"],
], [1, 7.5, 4.3, 4.2], "Tableau 1 – Objectifs de la mission")

# --------------------------------------------------------------------------- 2
H("2. Dispositif de mesure : choix des outils et accès")
P("Avant toute action, nous avons vérifié ce que le site mesurait déjà. Le constat était préoccupant : "
  "le module GA4 PrestaShop installé en 2023 ne remontait pas les achats (événement <i>purchase</i> "
  "absent), Search Console n'était validée que sur la version http du domaine et aucune mesure de "
  "positions n'existait. Sans socle de mesure fiable, il était impossible de démontrer une progression ; "
  "c'est donc le premier chantier que nous avons mené (semaines 38 et 39).")
P("Le choix des outils a suivi quatre critères, pondérés avec le client : (1) fiabilité de la donnée "
  "e-commerce sur PrestaShop, (2) conformité RGPD et gestion du consentement, (3) coût annuel compatible "
  "avec un budget de PME, (4) capacité à mesurer l'avant/après sur le référencement naturel et les liens. "
  "Pour la plupart des besoins, deux outils ont été comparés sur ces critères :")
T([
    ["Besoin", "Outil retenu", "Alternative écartée", "Justification du choix", "Coût / an"],
    ["Trafic et conversions", "Google Analytics 4 + Google Tag Manager (data layer e-commerce)",
     "Matomo Cloud", "Intégration native avec Google Ads pour l'import des conversions ; Matomo "
     "plus respectueux RGPD mais coût et export Ads moins simples (note 17/20 contre 15/20)", "0 €"],
    ["Consentement", "Axeptio (Consent Mode v2)", "Bandeau natif PrestaShop",
     "Obligatoire pour conserver la modélisation des conversions dans GA4 et Ads", "708 €"],
    ["Visibilité organique", "Google Search Console", "—", "Seule source de données de clics et "
     "d'impressions issues de Google lui-même", "0 €"],
    ["Positions et mots-clés", "Semrush Guru (suivi de 500 requêtes)", "Ranks.fr",
     "Historique, indice de visibilité, analyse des écarts concurrentiels ; Ranks.fr moins cher "
     "mais sans base de mots-clés", "1 680 €"],
    ["Profil de liens", "Ahrefs Lite", "Majestic",
     "Domain Rating et suivi des domaines référents perdus/gagnés ; Majestic retenu en contrôle "
     "ponctuel", "1 188 €"],
    ["Performance technique", "PageSpeed Insights + CrUX", "GTmetrix",
     "Données terrain réelles (Core Web Vitals) et non seulement de laboratoire", "0 €"],
    ["Comportement", "Hotjar (plan Observe)", "Microsoft Clarity",
     "Entonnoirs d'enregistrement sur la création de compte ; Clarity conservé en test", "384 €"],
    ["Reporting", "Looker Studio", "Tableau Excel mensuel",
     "Mise à jour automatique, partage avec le client sans export manuel", "0 €"],
], [2.6, 3.6, 2.2, 6.6, 1.6], "Tableau 2 – Outils de mesure retenus et justification")
P("Les accès et tableaux de synthèse ci-dessous ont été partagés avec Sophie Lemaire et Mathieu "
  "(responsable web interne). Tous les liens ont été testés le 5 mars 2026 avec un compte client en lecture seule.")
T([
    ["Ressource", "Lien"],
    ["Tableau de bord Looker Studio – synthèse acquisition",
     "https://lookerstudio.google.com/reporting/7c1e2f4a-kinesport-acquisition"],
    ["Looker Studio – suivi SEA (Google Ads + LinkedIn)",
     "https://lookerstudio.google.com/reporting/9a03bd5e-kinesport-sea"],
    ["Propriété GA4 « kinesport-pro.fr – prod »", "https://analytics.google.com/analytics/web/#/p381204577"],
    ["Search Console (propriété domaine)", "https://search.google.com/search-console?resource_id=sc-domain:kinesport-pro.fr"],
    ["Projet Semrush – suivi de position", "https://www.semrush.com/position-tracking/?projectId=8841207"],
    ["Ahrefs – Site Explorer", "https://app.ahrefs.com/site-explorer/overview/v2/subdomains/live?target=kinesport-pro.fr"],
    ["Matrice de mots-clés (Google Sheets)", "https://docs.google.com/spreadsheets/d/1kSP-matrice-mc-2025"],
], [6, 11], "Tableau 3 – Recensement des liens vers les outils et tableaux de synthèse")

# --------------------------------------------------------------------------- 3
H("3. Diagnostic initial et hiérarchisation du plan d'action")
P("L'audit (crawl Screaming Frog de 4 870 URL, analyse Search Console sur 16 mois, revue des 40 pages "
  "les plus vendeuses) a fait ressortir 23 problèmes. Nous les avons regroupés en 11 actions, chacune "
  "notée sur l'impact attendu sur le CA (1 à 5) et l'effort (1 à 5, en jours-homme et dépendance au "
  "prestataire PrestaShop). Le score de priorité est le rapport impact² / effort, ce qui favorise les "
  "gains rapides sans écarter les chantiers lourds mais structurants.")
T([
    ["Rang", "Action", "Constat", "Impact", "Effort", "Score", "Priorité", "Échéance"],
    ["1", "Réparer le suivi e-commerce GA4 / Ads", "Aucun achat mesuré", "5", "1", "25,0", "P1", "S39"],
    ["2", "Supprimer les 1 120 URL de filtres indexées (noindex + canonical)", "Facettes indexées, budget de crawl gaspillé", "4", "2", "8,0", "P1", "S41"],
    ["3", "Réécrire les balises title/H1 des 60 catégories", "Titles dupliqués « Catégorie – KinéSport »", "4", "2", "8,0", "P1", "S42"],
    ["4", "Lancer Google Ads (hors marque) sur tables et électrothérapie", "Aucun SEA, concurrents présents", "5", "3", "8,3", "P1", "S44"],
    ["5", "Compression images WebP + lazy load", "LCP mobile 4,1 s", "3", "2", "4,5", "P2", "S45"],
    ["6", "Architecture en cocon sur les tables de soin", "Pages catégories orphelines de contenu", "4", "4", "4,0", "P2", "S47-S51"],
    ["7", "Campagne de netlinking ciblée « presse kiné »", "46 domaines référents, DR 17", "4", "4", "4,0", "P2", "S45-S8"],
    ["8", "Simplifier la création de compte pro", "46 % d'abandon au formulaire", "4", "4", "4,0", "P2", "2026"],
    ["9", "LinkedIn Ads lead generation cabinets", "Aucune présence payante B2B", "3", "3", "3,0", "P3", "S2"],
    ["10", "Fiches produits : FAQ et données structurées", "Pas de rich snippets", "2", "2", "2,0", "P3", "S6"],
    ["11", "Traduction du site en néerlandais (Belgique)", "Demande commerciale", "2", "5", "0,8", "Reporté", "—"],
], [1, 4.6, 3.8, 1.2, 1.2, 1.2, 1.4, 1.8], "Tableau 4 – Plan d'action hiérarchisé (S = semaine ISO)")
R("Traiter en priorité absolue les actions 1 à 4 : sans mesure fiable (action 1), aucune autre ne peut "
  "être évaluée, et les actions 2 à 4 combinent impact élevé et effort faible à modéré.")

# --------------------------------------------------------------------------- 4
H("4. Stratégie de mots-clés")
H("4.1 Méthodologie de construction de la matrice", 2)
P("La matrice a été construite en cinq étapes, entre le 22 septembre et le 10 octobre 2025 :")
B([
    "<b>Collecte des mots-clés « graines »</b> : deux ateliers avec les commerciaux terrain (vocabulaire réel "
    "des kinés : « table 3 plans », « proprio », « TENS », « Bobath ») et extraction des 120 familles du catalogue.",
    "<b>Extension</b> : Keyword Magic Tool de Semrush, requêtes réelles de la Search Console (16 mois, 11 400 requêtes), "
    "suggestions Google et « Autres questions posées ».",
    "<b>Analyse concurrentielle</b> : Keyword Gap face à Physiomat Direct, RééducaStore et Medi-Équip, pour repérer "
    "les 410 requêtes où au moins deux concurrents sont en top 10 et pas KinéSport Pro.",
    "<b>Nettoyage et classification</b> : suppression des requêtes grand public (« table de massage pas cher "
    "particulier », « élastique fitness »), regroupement par intention (transactionnelle, informationnelle, "
    "locale, marque) et par famille de produits.",
    "<b>Scoring</b> : score = volume × taux de conversion estimé de la famille × (1 – difficulté/100), puis "
    "affectation d'une seule page cible par groupe pour éviter la cannibalisation.",
])
P("Le contexte B2B change fortement la lecture des volumes : « table de massage » (14 800 recherches/mois) "
  "est majoritairement grand public et peu rentable, tandis que « table kiné électrique » (590) ou "
  "« table de bobath » (720) sont tapées presque exclusivement par des professionnels, avec des paniers de "
  "plus de 1 000 €. La dimension géographique a été intégrée pour le showroom de Lille (tables à essayer sur place).")
H("4.2 Extrait de la matrice (38 requêtes prioritaires sur 412)", 2)
T([
    ["Famille", "Mot-clé", "Vol./mois", "KD", "Intention", "Pos. sept. 25", "Page cible", "Prio."],
    ["Tables", "table kiné électrique", "590", "31", "Transac.", "24", "/tables-de-massage-electriques", "A"],
    ["Tables", "table de bobath", "720", "28", "Transac.", "17", "/tables-bobath", "A"],
    ["Tables", "table de massage électrique professionnelle", "480", "35", "Transac.", "31", "/tables-de-massage-electriques", "A"],
    ["Tables", "table massage pliante kiné domicile", "170", "19", "Transac.", "—", "/tables-pliantes", "B"],
    ["Tables", "hauteur table de massage kiné", "110", "12", "Info.", "—", "/blog/choisir-hauteur-table", "B"],
    ["Électrothérapie", "électrostimulateur professionnel kiné", "390", "38", "Transac.", "42", "/electrotherapie", "A"],
    ["Électrothérapie", "appareil ultrason kiné", "320", "27", "Transac.", "29", "/ultrasons", "A"],
    ["Électrothérapie", "TENS ou électrostimulation différence", "260", "14", "Info.", "—", "/blog/tens-ou-ems", "C"],
    ["Proprioception", "plateau de proprioception", "1 300", "22", "Mixte", "12", "/proprioception", "A"],
    ["Proprioception", "exercices proprioception cheville kiné", "880", "18", "Info.", "—", "/blog/proprio-cheville", "B"],
    ["Petit matériel", "bande élastique rééducation rouleau", "210", "16", "Transac.", "9", "/bandes-elastiques", "B"],
    ["Local", "matériel kiné Lille", "90", "8", "Local", "14", "/showroom-lille", "B"],
    ["Local", "fournisseur matériel kinésithérapie Hauts-de-France", "40", "5", "Local", "—", "/showroom-lille", "C"],
    ["Installation", "équiper cabinet kiné installation", "140", "11", "Info.", "—", "/guide-installation-cabinet", "A"],
], [2.3, 4.6, 1.3, 0.9, 1.5, 1.6, 4.0, 1.0],
   "Tableau 5 – Extrait de la matrice de mots-clés (source Semrush, base France, octobre 2025)")
P("Les requêtes de priorité A combinent intention professionnelle, difficulté inférieure à 40 (atteignable "
  "pour un site DR 17 en renforçant son netlinking) et panier élevé. La requête « équiper cabinet kiné "
  "installation » a été jugée stratégique malgré son volume : elle touche les jeunes diplômés qui achètent "
  "l'ensemble de leur équipement (panier moyen constaté : 6 800 € HT).")

# --------------------------------------------------------------------------- 5
H("5. Architecture en cocon sémantique")
P("Le cocon a été déployé sur l'univers « tables de soin », le plus rémunérateur (38 % du CA en ligne). "
  "Page mère : <i>/tables-de-massage</i>. Pages filles : tables électriques, tables de Bobath, tables "
  "pliantes. Pages petites-filles : six articles de blog répondant aux questions d'achat. La règle appliquée "
  "est stricte : un lien n'est posé que dans le corps de texte, dans une phrase qui traite précisément du "
  "sujet de la page liée, avec une ancre descriptive ; les liens transversaux vers un autre cocon "
  "(électrothérapie par exemple) sont interdits en dehors du menu principal. Chaque page fille remonte vers la "
  "mère et ne lie une page sœur que si le paragraphe compare explicitement les deux produits.")
T([
    ["Page source", "Page cible", "Ancre", "Phrase de contexte"],
    ["/tables-de-massage (mère)", "/tables-de-massage-electriques", "table de massage électrique",
     "« Pour un cabinet qui enchaîne 20 patients par jour, une table de massage électrique évite de "
     "travailler penché… »"],
    ["/tables-de-massage (mère)", "/tables-bobath", "table de Bobath",
     "« En neurologie et en pédiatrie, la largeur de 120 cm d'une table de Bobath permet… »"],
    ["/tables-de-massage-electriques", "/blog/choisir-hauteur-table", "choisir la hauteur de sa table",
     "« Pour bien choisir la hauteur de sa table, mesurez la distance entre le sol et votre poignet… »"],
    ["/tables-de-massage-electriques", "/tables-bobath", "tables de Bobath électriques",
     "« Si vous recevez des patients à mobilité réduite, comparez avec nos tables de Bobath électriques… »"],
    ["/blog/choisir-hauteur-table", "/tables-de-massage-electriques", "tables à hauteur variable électrique",
     "« Les tables à hauteur variable électrique descendent jusqu'à 45 cm, ce qui facilite… »"],
    ["/blog/table-2-ou-3-plans", "/tables-de-massage-electriques", "table électrique 3 plans",
     "« Une table électrique 3 plans permet la position déclive pour le drainage… »"],
    ["/blog/kine-domicile-table-pliante", "/tables-pliantes", "table pliante pour kiné à domicile",
     "« Sous 14 kg, une table pliante pour kiné à domicile tient dans le coffre… »"],
    ["/blog/entretien-skai-table", "/tables-de-massage", "entretien des tables de soin",
     "« L'entretien des tables de soin conditionne leur durée de vie… »"],
], [3.6, 3.6, 3.3, 6.5], "Tableau 6 – Maillage interne du cocon « tables de soin » (extrait : 8 liens sur 27)")
P("Avant la mise en place, les pages filles recevaient en moyenne 2 liens internes, tous issus du menu. "
  "Après, chacune en reçoit entre 5 et 7, tous contextuels. Le recrawl Screaming Frog du 12 janvier 2026 "
  "confirme l'absence de liens sortants hors cocon dans les contenus.")

# --------------------------------------------------------------------------- 6
H("6. Netlinking")
P("Plutôt que d'acheter des liens sur des plateformes généralistes, nous avons privilégié des sites lus "
  "par les kinés, capables d'apporter des visiteurs qualifiés et pas seulement de la popularité. Chaque "
  "partenaire potentiel a été vérifié sur son trafic estimé (Semrush), son audience (lecteurs "
  "professionnels) et sa thématique ; 14 sites de type PBN proposés par un vendeur de liens ont été écartés.")
T([
    ["Partenaire", "Type", "DR", "Trafic estimé/mois", "Nature du lien", "Coût", "Sessions référentes (nov.-fév.)", "Commandes"],
    ["kine-actu.fr", "Média pro kiné", "52", "85 000", "Article « Équiper son cabinet en 2026 »", "900 €", "642", "11"],
    ["Rééduc' & Sport (blog)", "Blog d'un kiné du sport lillois", "31", "14 000", "Test de 3 plateaux de proprio", "Matériel prêté", "388", "9"],
    ["Le Répertoire du Kiné", "Annuaire professionnel", "38", "22 000", "Fiche fournisseur premium", "290 €", "214", "3"],
    ["Salon Rééduca Lille", "Événement", "40", "9 000", "Page exposants", "Inclus stand", "126", "2"],
    ["IFMK Lille", "Institut de formation", "45", "11 000", "Page partenaires (kits étudiants)", "Partenariat", "97", "1"],
    ["Podcast Kiné Mouv'", "Podcast pro", "27", "4 500", "Notes d'épisode sponsorisé", "450 €", "71", "1"],
    ["Total", "", "", "", "", "1 640 € + matériel", "1 538", "27"],
], [3.1, 2.6, 0.8, 1.7, 3.3, 1.8, 2.2, 1.6], "Tableau 7 – Partenaires de netlinking et trafic apporté (GA4, source/support)")
T([
    ["Indicateur (Ahrefs / GA4)", "12 sept. 2025", "28 févr. 2026", "Évolution"],
    ["Domain Rating", "17", "28", "+11"],
    ["Domaines référents", "46", "88", "+42"],
    ["Domaines référents thématiques santé / sport", "9", "37", "x 4,1"],
    ["Sessions référentes / mois (GA4)", "310", "1 420", "+358 %"],
    ["Pages avec au moins un lien externe", "12", "31", "+19"],
], [7, 3, 3, 3], "Tableau 8 – Profil de liens avant / après")
P("<b>Progression cumulée du référencement.</b> L'effet combiné du nettoyage technique, de la réécriture "
  "des balises, du cocon et des liens se lit dans les indicateurs de visibilité globale :")
T([
    ["Indicateur", "Sept. 2025", "Nov. 2025", "Janv. 2026", "Févr. 2026", "Évolution"],
    ["Indice de visibilité Semrush (500 requêtes suivies)", "3,1 %", "4,4 %", "6,6 %", "7,8 %", "x 2,5"],
    ["Mots-clés en top 3", "19", "31", "52", "64", "+45"],
    ["Mots-clés en top 10", "84", "121", "176", "212", "+128"],
    ["Impressions Search Console / mois", "182 000", "231 000", "301 000", "342 000", "+88 %"],
    ["Clics Search Console / mois", "4 890", "5 960", "7 420", "8 130", "+66 %"],
    ["Sessions organiques (GA4) / mois", "6 210", "7 240", "8 960", "9 850", "+59 %"],
    ["Position « table de bobath »", "17", "9", "4", "3", "+14 places"],
    ["Position « table kiné électrique »", "24", "15", "8", "6", "+18 places"],
], [6, 2, 2, 2, 2, 3], "Tableau 9 – Évolution de la visibilité dans les résultats de Google")

# --------------------------------------------------------------------------- 7
H("7. Campagnes de liens sponsorisés (Google Ads, LinkedIn Ads)")
H("7.1 Structure des comptes", 2)
P("Le compte Google Ads a été structuré par famille de produits et par intention, avec un budget propre "
  "par campagne pour contrôler la répartition. Les requêtes grand public sont exclues par une liste de "
  "mots-clés négatifs partagée (112 termes : « particulier », « occasion », « leboncoin », « pas cher », "
  "« formation », « emploi », « salaire », « fitness »…). Stratégie d'enchères : CPC manuel amélioré "
  "pendant les 4 premières semaines, puis ROAS cible à 600 % une fois 30 conversions atteintes.")
T([
    ["Campagne", "Groupes d'annonces", "Mots-clés (exemples, types de correspondance)", "Page d'atterrissage", "Budget/jour"],
    ["S – Marque", "KinéSport", "[kinesport pro], [kinésport], \"kinesport lille\"", "Accueil", "5 €"],
    ["S – Tables", "Électriques ; Bobath ; Pliantes",
     "[table kiné électrique], \"table de massage électrique professionnelle\", [table de bobath], \"table pliante kiné\"",
     "/lp/tables-electriques-pro (page dédiée : prix HT, essai au showroom, devis 24 h)", "45 €"],
    ["S – Électrothérapie", "Électrostim ; Ultrasons ; Ondes de choc",
     "\"électrostimulateur professionnel\", [appareil ultrason kiné], \"ondes de choc radiales cabinet\"",
     "/electrotherapie (catégorie avec comparatif)", "32 €"],
    ["PMax – Petit matériel", "Groupe de composants par famille", "Flux Merchant Center (870 produits), signaux d'audience : clients, visiteurs 30 j",
     "Fiches produits", "40 €"],
], [2.6, 2.7, 5.4, 4.3, 1.6], "Tableau 10 – Structure du compte Google Ads")
P("Sur LinkedIn, l'objectif est la génération de demandes de devis d'équipement complet. Profils ciblés : "
  "intitulés de poste « Masseur-kinésithérapeute », « Kinésithérapeute du sport », « Ostéopathe D.O. », "
  "séniorité « Propriétaire » ou « Associé », France entière, exclusion des salariés des CHU (achats via "
  "appels d'offres). Audience estimée : 27 000 membres. Format : publication sponsorisée avec formulaire Lead Gen "
  "natif (nom, cabinet, téléphone, projet, échéance).")
H("7.2 Annonces rédigées", 2)
T([
    ["Support", "Élément", "Texte"],
    ["Google – RSA Tables", "Titres (extrait, 8 sur 15)",
     "Tables Kiné Électriques Pro | Prix Pro HT – Devis en 24 h | Livraison et Montage Offerts | "
     "Garantie Moteur 5 Ans | Essayez-les au Showroom Lille | Tables de Bobath 120 cm | "
     "Paiement en 3x pour les Pros | Fabrication Européenne"],
    ["Google – RSA Tables", "Descriptions",
     "Tables électriques 2 et 3 plans dès 1 090 € HT. Livraison et montage dans votre cabinet offerts. / "
     "Conseils d'un ancien kiné, devis sous 24 h, reprise de votre ancienne table possible."],
    ["Google – RSA Électrothérapie", "Titres (extrait)",
     "Électrostimulateurs Professionnels | Ultrasons 1 et 3 MHz | Formation à l'Utilisation Incluse | SAV en France 48 h"],
    ["LinkedIn – post sponsorisé", "Texte",
     "Vous installez ou renouvelez votre cabinet ? Tables électriques, électrothérapie, proprioception : "
     "nos conseillers (dont deux anciens kinés) vous préparent une proposition complète sous 48 h. "
     "Montage offert dans les Hauts-de-France. Demandez votre étude d'équipement gratuite."],
    ["LinkedIn – formulaire", "Accroche", "« Étude d'équipement de cabinet offerte – réponse sous 48 h »"],
], [3.3, 3.2, 10.5], "Tableau 11 – Annonces et publications sponsorisées")

# --------------------------------------------------------------------------- 8 (paysage)
camps = [
    # nom, période, coût, impressions, clics, commandes, devis, CA
    ("S – Marque", "nov.-févr.", 620, 9800, 2450, 118, 6, 41300),
    ("S – Tables", "nov.-févr.", 5400, 61000, 3380, 41, 27, 52900),
    ("S – Électrothérapie", "nov.-févr.", 3900, 48500, 2610, 36, 9, 21600),
    ("PMax – Petit matériel", "déc.-févr.", 4800, 312000, 6900, 214, 0, 25700),
    ("LinkedIn – Lead Gen", "janv.-févr.", 3600, 84000, 690, 9, 58, 11700),
]
MARGE = 0.38
rows = [["Campagne", "Période", "Coût média", "Impr.", "Clics", "CTR", "CPC moy.", "Cmdes",
         "Devis / leads", "Taux conv.", "Coût / conv.", "CA HT généré", "ROAS", "Marge brute (38 %)",
         "ROI média"]]
tot = [0] * 6
for n, per, cost, imp, clk, cmd, dev, ca in camps:
    mb = ca * MARGE
    rows.append([n, per, eur(cost), f"{imp:,}".replace(",", " "), f"{clk:,}".replace(",", " "),
                 pct(clk / imp * 100, 2), f"{cost / clk:.2f} €".replace(".", ","), str(cmd), str(dev),
                 pct((cmd + dev) / clk * 100, 2), f"{cost / (cmd + dev):.2f} €".replace(".", ","),
                 eur(ca), f"{ca / cost:.2f}".replace(".", ","), eur(mb),
                 pct((mb - cost) / cost * 100, 0)])
    for i, v in enumerate([cost, imp, clk, cmd, dev, ca]):
        tot[i] += v
cost, imp, clk, cmd, dev, ca = tot
mb = ca * MARGE
rows.append(["<b>Total</b>", "", eur(cost), f"{imp:,}".replace(",", " "), f"{clk:,}".replace(",", " "),
             pct(clk / imp * 100, 2), f"{cost / clk:.2f} €".replace(".", ","), str(cmd), str(dev),
             pct((cmd + dev) / clk * 100, 2), f"{cost / (cmd + dev):.2f} €".replace(".", ","),
             eur(ca), f"{ca / cost:.2f}".replace(".", ","), eur(mb), pct((mb - cost) / cost * 100, 0)])
HM_cost = cost - 620
HM_ca = ca - 41300 - 11700
HM_gads_cost = cost - 620 - 3600
ROAS_HM = HM_ca / HM_gads_cost
TOTAL_COST, TOTAL_CA, TOTAL_MB = cost, ca, mb

story.append(NextPageTemplate("landscape"))
story.append(PageBreak())
H("8. Tableaux de suivi et résultats des campagnes")
P("Le tableau de suivi ci-dessous consolide les données Google Ads, LinkedIn Campaign Manager et GA4 "
  "(attribution basée sur les données, fenêtre de 30 jours) du 4 novembre 2025 au 28 février 2026. "
  "Le CA des devis signés est rattaché à la campagne d'origine grâce au champ « source » du CRM (Axonaut). "
  "La marge brute utilise le taux moyen de 38 % communiqué par la direction financière.")
T(rows, [3.2, 1.7, 1.6, 1.6, 1.3, 1.5, 1.4, 1.4, 1.5, 1.5, 1.6, 1.9, 1.4, 2.0, 1.5],
  "Tableau 12 – Tableau de suivi consolidé des campagnes payantes (novembre 2025 – février 2026)")
T([
    ["Mois", "Coût total", "Clics", "Conversions (cmdes + devis)", "CA HT", "ROAS", "CPC moyen", "Commentaire"],
    ["Novembre 2025", "2 980 €", "2 940", "71", "22 400 €", "7,52", "1,01 €", "Phase d'apprentissage, enchères manuelles"],
    ["Décembre 2025", "4 410 €", "4 610", "129", "38 100 €", "8,64", "0,96 €", "Lancement PMax, achats de fin d'exercice des cabinets"],
    ["Janvier 2026", "5 620 €", "4 470", "161", "45 900 €", "8,17", "1,26 €", "Lancement LinkedIn, hausse des CPC tables"],
    ["Février 2026", "5 310 €", "4 010", "157", "46 800 €", "8,81", "1,32 €", "ROAS cible activé sur Tables"],
], [3, 2.2, 1.8, 3.2, 2.4, 1.6, 2, 9.4], "Tableau 13 – Suivi mensuel (toutes campagnes)")
P(f"<b>Analyse.</b> Avec {eur(TOTAL_COST)} investis en média, les campagnes ont généré {eur(TOTAL_CA)} "
  f"de CA HT, soit un ROAS global de {TOTAL_CA / TOTAL_COST:.2f}".replace(".", ",") +
  ". Ce chiffre flatteur est tiré par la campagne Marque, dont une bonne partie des ventes aurait eu lieu "
  "sans publicité : nous la conservons uniquement pour protéger la marque, Physiomat Direct enchérissant sur "
  f"« kinesport ». Hors marque et hors LinkedIn, le ROAS Google Ads s'établit à {ROAS_HM:.2f}".replace(".", ",") +
  ", au-dessus de l'objectif O3 (6 minimum). La campagne Tables est la plus rentable en valeur (panier de 1 290 € "
  "HT), la campagne PMax la plus efficace en volume mais à faible marge unitaire. LinkedIn reste derrière "
  "avec un ROAS de 3,25 et un coût par lead de 62 € : seuls 9 des 58 leads ont signé à fin février, mais "
  "23 devis sont encore en cours, le cycle de décision d'une installation de cabinet dépassant souvent "
  "deux mois. Côté visibilité, la part d'impressions sur les requêtes « tables » est passée de 41 % en "
  "novembre à 68 % en février, et les campagnes ont fait progresser les recherches de marque de 22 % "
  "(Search Console), ce qui bénéficie aussi au référencement naturel.", )

story.append(NextPageTemplate("portrait"))
story.append(PageBreak())

# --------------------------------------------------------------------------- 9
H("9. Indicateurs de performance du site")
P("Les indicateurs suivis ont été choisis pour un site B2B à cycle d'achat long : le volume de trafic compte "
  "moins que sa qualité et que les points de friction du parcours professionnel (création de compte avec "
  "vérification RPPS, demande de devis). Ils sont tous disponibles dans le tableau de bord Looker Studio.")
T([
    ["KPI", "Sept. 2025", "Févr. 2026", "Commentaire"],
    ["Trafic total (sessions/mois)", "14 300", "21 700",
     "+52 % ; la part organique passe de 43 % à 45 %, le payant représente 19 % du trafic."],
    ["Taux de rebond (GA4)", "58 %", "49 %",
     "Baisse liée aux pages d'atterrissage dédiées et au cocon ; reste élevé sur le blog (67 %), normal pour des lecteurs informationnels."],
    ["Durée moyenne d'engagement", "1 min 12 s", "1 min 38 s",
     "Les fiches tables dépassent 3 min : les kinés lisent les caractéristiques techniques en détail."],
    ["Temps de chargement (LCP mobile, CrUX)", "4,1 s", "2,6 s",
     "Gain dû au WebP et au lazy load ; encore au-dessus du seuil de 2,5 s sur les catégories à 48 produits."],
    ["Abandon à la création de compte pro", "46 %", "41 %",
     "Premier point de fuite du site : la saisie du RPPS et du justificatif bloque les jeunes diplômés (Hotjar : 38 % quittent sur ce champ)."],
    ["Abandon du formulaire de devis", "38 %", "24 %",
     "Formulaire ramené de 14 à 7 champs en décembre."],
    ["Abandon de panier", "74 %", "69 %",
     "Les frais de port des tables (affichés seulement à l'étape livraison) restent la 1re cause citée."],
    ["Abandon à l'étape paiement", "21 %", "18 %", "Absence de paiement à 30 jours fin de mois, habituel en B2B."],
    ["Taux de conversion global", "1,38 %", "1,71 %", "En progression mais sous la cible de 2 %."],
    ["Chiffre d'affaires en ligne HT / mois", "94 800 €", "131 600 €", "+39 % (février 2025 : 97 300 €, donc progression réelle hors saisonnalité)."],
], [4.2, 2, 2, 8.8], "Tableau 14 – KPI commentés")

# --------------------------------------------------------------------------- 10
H("10. Retour sur investissement, atteinte des objectifs et actions correctives")
H("10.1 Calcul du ROI", 2)
seo_cost = 14400 + 3200 + 1640 + 1200
seo_ca = 61800
seo_mb = seo_ca * MARGE
sea_fees = 4 * 950
sea_cost = TOTAL_COST + sea_fees
T([
    ["Poste", "SEA (Google + LinkedIn)", "SEO (technique, contenus, liens)"],
    ["Investissement", f"{eur(TOTAL_COST)} média + {eur(sea_fees)} de gestion = {eur(sea_cost)}",
     f"{eur(14400)} honoraires + {eur(3200)} rédaction + {eur(1640)} liens + {eur(1200)} outils = {eur(seo_cost)}"],
    ["CA HT attribué", eur(TOTAL_CA), f"{eur(seo_ca)} (CA organique incrémental oct.-févr. vs même période N-1, corrigé de la tendance)"],
    ["Marge brute (38 %)", eur(TOTAL_MB), eur(seo_mb)],
    ["ROI = (marge – investissement) / investissement", pct((TOTAL_MB - sea_cost) / sea_cost * 100, 0),
     pct((seo_mb - seo_cost) / seo_cost * 100, 0)],
], [5, 5.5, 6.5], "Tableau 15 – ROI de la mission sur la période")
P(f"Le SEA est rentable dès la période : chaque euro investi rapporte {TOTAL_MB / sea_cost:.2f} € de "
  "marge brute".replace(".", ",") + ". Le SEO affiche un ROI plus faible sur cinq mois, ce qui est attendu : "
  "les honoraires sont concentrés sur l'audit et la mise en place, tandis que le trafic gagné continuera de "
  "produire sans coût média. En projetant le niveau de février sur 12 mois, le ROI SEO dépasserait 150 %.")
P("Pour les publications organiques (LinkedIn de KinéSport Pro, 2 posts par semaine, et les 6 articles du "
  "blog), nous suivons l'engagement (taux moyen de 3,4 % sur LinkedIn, 1 150 lectures par article), mais le "
  "ROI de ces publications n'a pas encore été isolé des autres sources.")
H("10.2 Atteinte des objectifs", 2)
T([
    ["#", "Objectif", "Cible", "Réalisé", "Statut", "Lecture"],
    ["O1", "Sessions organiques", "8 700", "9 850", "Atteint", "+59 %, porté par les catégories tables et proprioception"],
    ["O2", "Mots-clés top 10", "150", "212", "Atteint", "Dépassé dès janvier"],
    ["O3", "ROAS Google Ads hors marque", "6 minimum", f"{ROAS_HM:.2f}".replace(".", ","), "Atteint", "Marge faible ; PMax à surveiller"],
    ["O4", "Taux de conversion", "2,0 %", "1,71 %", "Non atteint", "Freins à la création de compte et au paiement"],
    ["O5", "Abandon de panier", "moins de 65 %", "69 %", "Non atteint", "Frais de port affichés trop tard"],
    ["O6", "Demandes de devis / mois", "40", "46", "Atteint", "dont 58 leads LinkedIn sur 2 mois"],
], [0.8, 4, 1.6, 1.6, 1.9, 7.1], "Tableau 16 – Atteinte des objectifs au 28 février 2026")
P("Quatre objectifs sur six sont atteints. Les deux objectifs manqués ne relèvent pas de l'acquisition mais "
  "de la transformation : le site attire désormais davantage de professionnels qualifiés, mais une partie "
  "d'entre eux bute sur la création de compte et sur les conditions de paiement. C'est là que se trouve le "
  "principal gisement de CA pour le semestre suivant.")
H("10.3 Actions correctives hiérarchisées", 2)
T([
    ["Priorité", "Action corrective", "Objectif visé", "Gain estimé", "Responsable", "Délai"],
    ["1", "Permettre de commander puis vérifier le RPPS a posteriori (compte « en attente » avec prix HT visibles)",
     "O4", "+0,15 pt de conversion", "Mathieu + prestataire PrestaShop", "Avril 2026"],
    ["2", "Afficher les frais de port des tables dès la fiche produit (simulateur par code postal)",
     "O5", "-4 pts d'abandon panier", "Beffroi Digital", "Mars 2026"],
    ["3", "Ajouter le paiement à 30 jours fin de mois pour les comptes vérifiés (module Mondu) et le 3x sans frais",
     "O4, O5", "+8 % de CA tables", "Sophie Lemaire", "Mai 2026"],
    ["4", "Réduire PMax de 20 % et réaffecter vers S – Tables (ROAS 9,8)", "O3", "+0,6 de ROAS hors marque",
     "Beffroi Digital", "Mars 2026"],
    ["5", "Maintenir LinkedIn jusqu'à fin avril puis arbitrer selon les devis signés", "O6", "À mesurer",
     "Beffroi Digital", "Avril 2026"],
    ["6", "Étendre le cocon à l'électrothérapie", "O1, O2", "+1 200 sessions/mois à 6 mois",
     "Beffroi Digital", "T2 2026"],
], [1.5, 6.2, 1.6, 2.8, 3, 1.9], "Tableau 17 – Plan correctif")
R("Engager immédiatement les actions 1 et 2, qui traitent les deux objectifs non atteints pour un coût "
  "modéré (estimé à 3 jours de développement), avant d'augmenter les budgets d'acquisition : augmenter le "
  "trafic tant que ces freins subsistent reviendrait à payer des clics qui ne peuvent pas convertir.")

doc.build(story)
print("écrit :", OUT)
