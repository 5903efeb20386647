"""Générateur du dossier de Sarah Benali (ReBureau) — PDF."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                KeepTogether)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c40-rebureau")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Sarah Benali"

ss = getSampleStyleSheet()
body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14.5,
                      spaceAfter=6, alignment=4)
h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=15, leading=19,
                    textColor=colors.HexColor("#1f5c4a"), spaceBefore=12, spaceAfter=8, alignment=0)
h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=11.5, spaceBefore=8,
                    spaceAfter=4, alignment=0)
cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0, alignment=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
capt = ParagraphStyle("capt", parent=body, fontName="Helvetica-Oblique", fontSize=8.5,
                      textColor=colors.HexColor("#555555"))
bul = ParagraphStyle("bul", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2)
cover_t = ParagraphStyle("ct", parent=body, fontName="Helvetica-Bold", fontSize=30, leading=36,
                         alignment=1, textColor=colors.HexColor("#1f5c4a"), spaceBefore=160)
cover_s = ParagraphStyle("cs", parent=body, fontSize=13, leading=18, alignment=1)

story = []


def H1(t):
    story.append(Paragraph(t, h1))


def H2(t):
    story.append(Paragraph(t, h2))


def P(t):
    story.append(Paragraph(t, body))


def B(items):
    for it in items:
        story.append(Paragraph(it, bul, bulletText="•"))


def C(t):
    story.append(Paragraph(t, capt))


def T(rows, widths):
    data = [[Paragraph(str(v), cellb if i == 0 else cell) for v in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8a3")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcebe5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(t)
    story.append(Spacer(1, 4))


# ---------------- Cover ----------------
story.append(Paragraph("ReBureau", cover_t))
story.append(Paragraph("Le mobilier de bureau reconditionné pour les entreprises", cover_s))
story.append(Spacer(1, 30))
story.append(Paragraph("Rapport d'activité — contenus du site, parcours client,<br/>pilotage du projet "
                       "« ReBureau Pro » et opérations", cover_s))
story.append(Spacer(1, 30))
story.append(Paragraph("Sarah Benali — Product Owner e-commerce (contrat de professionnalisation)<br/>"
                       "ReBureau SAS — Roubaix — promotion 2025-2026", cover_s))
story.append(PageBreak())

# ---------------- Executive summary ----------------
H1("Executive summary")
P("ReBureau rachète le mobilier des entreprises qui déménagent ou ferment (fauteuils de marque, plans de "
  "travail, caissons, cloisons acoustiques), le remet en état dans son atelier de Roubaix et le revend à des "
  "start-ups, PME, cabinets et collectivités. 2025 : 2,3 M€ HT de revenus, dont 41 % via la plateforme "
  "rebureau.pro (Shopify Plus, fonctionnalités B2B activées en 2025), 1 180 comptes clients actifs, "
  "ticket moyen de 3 900 € HT. Best-seller : le fauteuil Steelcase Leap V2 remis à neuf, 390 € HT au lieu de "
  "1 250 € HT neuf, garanti 3 ans.")
P("Ce rapport couvre deux chantiers que j'ai portés entre octobre 2025 et mars 2026 : (1) la remise à plat "
  "des contenus et du parcours « demande de devis → commande » sur la plateforme, (2) le pilotage du "
  "projet « ReBureau Pro » (espace client entreprise) et l'amélioration des opérations de l'entrepôt : "
  "compliance, équipe, logistique inbound/outbound.")
T([
    ["Scope", "Owner", "Status"],
    ["Contenus et pages articles", "Sarah + Inès (rédaction)", "Done — 120 pages revues sur 340"],
    ["Funnel devis / commande", "Sarah + agence Kuma", "Done — sprint 4 livré le 20/01"],
    ["Projet ReBureau Pro (kick-off 6/11)", "Sarah (PO), Antoine (sponsor)", "En cours — go-live prévu 14/04"],
    ["Compliance T&amp;C / privacy", "Sarah + Maître Delcourt", "Done"],
    ["Entrepôt et expéditions", "Lucas (warehouse lead) + Sarah", "En cours"],
], [6, 5, 5.6])

# ---------------- Part 1 ----------------
H1("1. Visuels et textes : produire des pages qui vendent à des acheteurs pros")
H2("1.1 Shooting et vidéo : quel partenaire ?")
P("Nos acheteurs (office managers, DAF, responsables services généraux) ont une objection n°1 : « du "
  "reconditionné, c'est abîmé ». Les visuels devaient donc montrer l'état réel, de près, sous une lumière "
  "neutre, et le process atelier. J'ai fait un mini-appel d'offres auprès de trois studios avec un brief "
  "identique (40 références, packshots fond blanc + 6 mises en situation + 1 film atelier de 60 s).")
T([
    ["Critère", "Poids", "Studio Nord Image (Lille)", "Packshot Factory (Paris)", "Freelance vidéaste (Tourcoing)"],
    ["Coût total HT", "30 %", "6 400 € — 3/5", "4 100 € — 4/5", "2 300 € (vidéo seule) — 5/5"],
    ["Capacité à shooter sur place à l'atelier", "25 %", "Oui — 5/5", "Non, envoi des pièces — 1/5", "Oui — 5/5"],
    ["Expérience mobilier / B2B", "20 %", "Vitra, Moore — 5/5", "E-commerce mode — 2/5", "Industrie — 3/5"],
    ["Délai", "15 %", "3 semaines — 4/5", "10 jours — 5/5", "2 semaines — 4/5"],
    ["Droits et formats livrés", "10 %", "Cession totale, 4 formats — 5/5", "Web 3 ans — 3/5", "Cession totale — 5/5"],
    ["Score", "", "4,25", "2,95", "4,60 (vidéo)"],
], [4, 1.4, 3.8, 3.6, 3.8])
C("Décision : Studio Nord Image pour les photos, freelance de Tourcoing pour le film atelier (budget total "
  "8 700 € HT, sous l'enveloppe de 10 k€ validée par Antoine).")
H2("1.2 Comment nous écrivons une page article")
P("Avant, chaque page reprenait la fiche technique du fabricant. J'ai écrit un playbook interne (Notion) "
  "que suit Inès, notre rédactrice freelance :")
B([
    "<b>Partir de la demande réelle.</b> Dans Semrush et Google Search Console, on identifie la requête "
    "principale tapée par les acheteurs pour ce type de produit (« fauteuil ergonomique reconditionné », "
    "1 600/mois) et 3 à 5 variantes longue traîne (« steelcase leap occasion », « mobilier bureau "
    "reconditionné entreprise », « bureau assis debout occasion lille »).",
    "<b>Un emplacement pour chaque expression.</b> Requête principale dans le titre H1, le slug, la balise "
    "title (&lt; 60 caractères) et les 100 premiers mots ; variantes dans les H2, les textes alternatifs des "
    "photos et la FAQ ; nom de la marque d'origine toujours présent, car c'est ce que tapent les acheteurs.",
    "<b>Répondre aux questions d'un acheteur pro</b> : état (grade A/B), garantie, délai, quantité "
    "disponible, prix dégressif, économie de CO2 par rapport au neuf, facture avec TVA récupérable.",
    "<b>Relecture</b> par moi puis par Kevin (chef d'atelier) pour les données techniques.",
])
H2("1.3 Exemple : la page « Fauteuil Steelcase Leap V2 — grade A »")
T([
    ["Bloc de la page", "Contenu"],
    ["Title / meta", "Fauteuil ergonomique reconditionné Steelcase Leap V2 | ReBureau — « 390 € HT, garanti 3 ans, "
                     "reconditionné à Roubaix. Devis en 2 min, livraison 5 jours. »"],
    ["H1", "Fauteuil ergonomique reconditionné Steelcase Leap V2 — grade A"],
    ["Galerie", "8 photos dont 2 macros de l'assise et des accoudoirs + photo « avant atelier » ; vidéo 25 s réglages"],
    ["Prix", "390 € HT l'unité — 365 € HT dès 10 — 340 € HT dès 30 ; prix neuf barré 1 250 € HT"],
    ["Disponibilité", "Compteur en temps réel (« 142 disponibles ») — point clé pour un aménagement de 50 postes"],
    ["Preuves", "Garantie 3 ans pièces et main-d'œuvre, note 4,8/5 (212 avis Trustpilot), logos clients (Decathlon Digital, "
                "Région Hauts-de-France)"],
    ["Impact", "Bloc « 72 kg de CO2 évités par rapport au neuf » (méthode ADEME)"],
    ["Appel à l'action", "« Ajouter au devis » + « Commander » ; chat avec un conseiller"],
    ["FAQ", "Différence grade A / grade B ? Possible de changer le tissu ? Livraison en étage ? Reprise de l'ancien mobilier ?"],
], [3.6, 13])
H2("1.4 Post-production et formats")
P("Les RAW du studio sont développés dans Lightroom Classic (preset « atelier » pour garder des blancs "
  "neutres), puis détourés dans Photoshop (Sélectionner le sujet + masque affiné sur les mailles des "
  "dossiers) ; les défauts d'usure ne sont pas gommés : c'est un choix de transparence, le grade doit "
  "correspondre à la photo. Le film atelier est monté sous DaVinci Resolve (étalonnage, titrages, "
  "sous-titres) et décliné en 16:9 pour la page « Notre méthode », 1:1 pour LinkedIn et 9:16 en 15 s.")
P("Optimisation pour le web : export WebP 1 600 px, qualité 80 (poids moyen 140 Ko au lieu de 2,4 Mo), "
  "lazy-loading sous la ligne de flottaison, vidéos hébergées sur Vimeo avec vignette légère, textes "
  "alternatifs descriptifs. Score Lighthouse mobile de la page Leap : 39 → 84.")
C("Figure 1 — Avant/après Photoshop du caisson Bisley 3 tiroirs (détourage, correction de la dominante verte).")
C("Figure 2 — Timeline DaVinci Resolve du film « De la benne au bureau » (62 s).")
H2("1.5 Le magazine ReBureau")
P("Le magazine (rebureau.pro/magazine) tourne sur le module d'articles natif de Shopify. Set-up réalisé : trois "
  "rubriques (Aménagement, RSE &amp; achats responsables, Ergonomie), template d'article avec sommaire "
  "ancré, bloc auteur, encart « produits cités » alimenté par métachamps, balises Open Graph pour le partage "
  "LinkedIn, sitemap vérifié dans Search Console, commentaires désactivés (peu de valeur en B2B, "
  "risque de spam). Rythme : 2 articles par mois. Le plus lu, « Loi AGEC : ce que les entreprises doivent "
  "savoir sur leurs achats de mobilier », capte 1 900 visites/mois.")
H2("1.6 Est-ce que ça marche ? Les métriques d'engagement")
T([
    ["Métrique (pages refondues, n = 120)", "Q3 2025 (avant)", "Q1 2026 (après)", "Delta"],
    ["Temps d'engagement moyen par page (GA4)", "41 s", "1 min 26 s", "+110 %"],
    ["Clics sur la galerie / vidéo", "12 % des sessions", "37 % des sessions", "x 3"],
    ["Ajouts au devis", "3,9 %", "6,8 %", "+2,9 pts"],
    ["Commandes directes issues de ces pages", "148", "231", "+56 %"],
    ["Ouvertures du chat depuis ces pages", "210", "168", "-20 % (moins de questions)"],
], [6.2, 3.4, 3.4, 3.6])
P("Lecture : les visiteurs restent plus longtemps, regardent les photos de près et passent davantage à "
  "l'action. La baisse des ouvertures de chat est une bonne nouvelle : les réponses sont désormais sur la "
  "page. Les 220 pages restantes seront traitées au Q2.")

# ---------------- Part 2 ----------------
H1("2. Du devis à la commande : le funnel B2B")
H2("2.1 Ce que nous visons")
P("En B2B, deux chemins coexistent : la commande directe (petits volumes, carte ou virement) et la "
  "demande de devis (aménagement complet). Targets validés en comité de direction le 2 octobre : taux de "
  "demande de devis de 2,5 % des sessions qualifiées, taux de transformation devis → commande de 30 % "
  "(22 % en 2025), délai moyen d'envoi du devis sous 24 h ouvrées.")
P("Pour vérifier ce que les acheteurs attendent, nous avons mené 8 interviews clients (30 min en visio) et "
  "mis un sondage Hotjar sur la page devis (« Qu'est-ce qui vous manque pour envoyer votre demande ? », 264 "
  "réponses). Top 3 : voir un prix indicatif avant de demander (44 %), pouvoir ajouter des produits "
  "différents dans une même demande (31 %), connaître le délai de livraison (18 %).")
H2("2.2 Le funnel instrumenté")
P("Événements GA4 envoyés via Google Tag Manager : view_item, add_to_quote, quote_form_start, "
  "quote_submit, puis, côté CRM HubSpot, passage de l'opportunité à « Devis envoyé » puis « Gagné ». Recette "
  "réalisée dans GTM Preview et DebugView, puis rapprochement HubSpot / GA4 via un identifiant de demande.")
T([
    ["Étape", "Nov. 2025", "Abandon", "Fév. 2026", "Abandon"],
    ["Vue d'une page article", "100", "—", "100", "—"],
    ["Ajout au devis", "3,9", "96 %", "6,8", "93 %"],
    ["Formulaire commencé", "2,4", "38 %", "5,1", "25 %"],
    ["Demande envoyée", "1,3", "46 %", "3,6", "29 %"],
    ["Commande (HubSpot « Gagné »)", "0,29", "78 %", "1,12", "69 %"],
], [5.6, 2.6, 2.6, 2.6, 2.6])
C("Tableau — Funnel en base 100 visiteurs d'une page article (GA4 exploration « Entonnoir » + HubSpot).")
H2("2.3 Ce que font vraiment les visiteurs")
P("Sessions Microsoft Clarity, filtrées sur les acheteurs qui abandonnent le formulaire : ils scrollent "
  "jusqu'au champ « Budget envisagé », hésitent, puis ferment l'onglet. D'autres ouvrent trois pages "
  "produits dans des onglets, ajoutent un article, puis ne retrouvent plus leur sélection. Ces deux "
  "comportements expliquent l'essentiel de la perte entre « ajout » et « envoi » et recoupent exactement "
  "le sondage : l'internaute veut un prix et une sélection multi-produits.")
H2("2.4 Frictions et backlog de corrections")
T([
    ["#", "Friction", "Fix", "Sprint", "Impact mesuré"],
    ["1", "Champ « budget » obligatoire", "Supprimé ; estimation automatique affichée", "S1", "Form start → submit : +14 pts"],
    ["2", "Pas de panier devis multi-produits", "« Liste devis » persistante (app Quote Snap)", "S2", "Ajouts au devis x 1,7"],
    ["3", "Création de compte avant devis", "Compte créé après envoi", "S2", "—"],
    ["4", "Délai de livraison absent", "Délai calculé selon disponibilité affiché sur la page", "S3", "Non isolé"],
    ["5", "Devis envoyé en 3 jours en moyenne", "Template HubSpot + alerte Slack", "S3", "Délai : 3 j → 19 h"],
    ["6", "Paiement par mandat administratif absent", "Option ajoutée pour les collectivités", "S4", "11 commandes publiques"],
], [0.7, 4.2, 5, 1.3, 5.4])

story.append(PageBreak())
# ---------------- Part 3 ----------------
H1("3. Projet « ReBureau Pro » : cadrage et gouvernance")
H2("3.1 Le document de cadrage (specs)")
P("Antoine (CEO) m'a confié en octobre la rédaction des specs de l'espace client entreprise : comptes "
  "multi-utilisateurs, circuits de validation interne, prix négociés par contrat, suivi des reprises de "
  "mobilier. Le document fait 24 pages ; voici son squelette :")
B([
    "1. Contexte et enjeux business (chiffres 2025, pain points remontés par Nadia et l'équipe sales)",
    "2. Goals — finalité, buts opérationnels, exigences techniques (voir 3.2)",
    "3. Personas : office manager, acheteur public, DAF validateur",
    "4. User stories priorisées (MoSCoW) — 46 stories, dont 19 « Must »",
    "5. Parcours et wireframes (Figma)",
    "6. Intégrations : Shopify Plus B2B, HubSpot, Pennylane, Chorus Pro",
    "7. Exigences non fonctionnelles : performance, sécurité, accessibilité RGAA niveau AA, privacy",
    "8. Contraintes fixées par la direction",
    "9. Gouvernance : RACI, rituels, critères d'acceptation, planning",
    "10. Budget et conditions de consultation des vendors",
])
H2("3.2 Trois niveaux de goals")
T([
    ["Niveau", "Formulation", "Mesure de succès"],
    ["Finalité (business)", "Faire de la plateforme le premier canal de vente aux grands comptes", "Part des revenus grands comptes via rebureau.pro : 18 % → 40 % fin 2026"],
    ["Buts opérationnels", "Permettre à un acheteur de commander sans passer par un commercial ; donner à Nadia du temps pour la prospection", "70 % des réorders passés en self-service ; 6 h/semaine libérées côté sales"],
    ["Exigences techniques", "Comptes multi-utilisateurs avec rôles, circuits d'approbation, catalogues à prix contractuels, export factures Chorus Pro, SSO Google/Microsoft", "19 user stories « Must » acceptées en recette ; temps de réponse &lt; 2 s"],
], [3.2, 7, 6.4])
P("Nous avons vérifié que chaque but opérationnel est porté par au moins une exigence technique, et que "
  "chaque exigence sert un but : deux stories « nice to have » (configurateur 3D, chat vidéo) ont été "
  "sorties du scope pour cette raison.")
H2("3.3 Ce que la direction a imposé")
P("Section 8 des specs, reprise mot pour mot du brief d'Antoine du 14 octobre : budget plafonné à "
  "38 k€ HT ; go-live avant le 15 avril (renouvellement des contrats des collectivités) ; rester sur Shopify "
  "Plus (pas de re-platforming) ; aucune donnée client hébergée hors UE ; l'équipe sales garde la main sur "
  "les prix contractuels.")
H2("3.4 Sélection du vendor")
P("Quatre agences consultées. Scoring défini avant réception des propositions, pour éviter de choisir « au "
  "feeling » :")
T([
    ["Critère", "Poids", "Kuma (Lille)", "Shop Partners (Paris)", "Onepixel (Lyon)", "Freelance"],
    ["Expertise Shopify Plus B2B (références vérifiées)", "25 %", "5", "4", "3", "2"],
    ["Coût vs budget 38 k€", "20 %", "4 (34,5 k€)", "2 (46 k€)", "4 (33 k€)", "5 (21 k€)"],
    ["Méthode agile / sprints de 2 semaines", "15 %", "5", "4", "3", "2"],
    ["Capacité à tenir le go-live 15/04", "15 %", "4", "4", "2", "2"],
    ["Intégration Chorus Pro déjà réalisée", "15 %", "5", "3", "1", "1"],
    ["Proximité / ateliers sur site", "10 %", "5", "2", "2", "4"],
    ["Score pondéré", "", "4,65", "3,35", "2,65", "2,60"],
], [5, 1.4, 2.4, 2.8, 2.6, 2.4])
H2("3.5 Gouvernance et rituels")
P("Kick-off le 6 novembre (objectifs : partager le scope, valider le RACI et le planning des 5 sprints). "
  "Ensuite : sprint planning un lundi sur deux (objectif : engager le backlog du sprint), daily de 15 min "
  "avec l'agence (objectif : lever les blocages), sprint review le vendredi de fin de sprint (objectif : "
  "démo et acceptation des stories), rétro d'équipe (objectif : améliorer notre façon de travailler).")
T([
    ["Activité", "Antoine (CEO)", "Sarah (PO)", "Kuma (dev)", "Nadia (sales)", "Lucas (ops)"],
    ["Priorisation du backlog", "C", "A/R", "C", "C", "I"],
    ["Développement", "I", "C", "R", "I", "I"],
    ["Recette utilisateur", "I", "A", "C", "R", "R"],
    ["Go/no-go mise en ligne", "A", "R", "C", "C", "C"],
    ["Suivi du budget (burn rate)", "A", "R", "C", "I", "I"],
], [4, 2.4, 2.4, 2.4, 2.6, 2.4])
P("Budget tracking : au sprint 3, burn rate de 9,8 k€ par sprint pour 8,6 k€ prévus (stories Chorus Pro "
  "sous-estimées). Mitigation décidée en review : passage du configurateur d'approbation à 2 niveaux au lieu "
  "de 3, retour sous le plafond (projection 37,2 k€).")

# ---------------- Part 4 ----------------
H1("4. Compliance : informations légales, T&amp;C, privacy")
H2("4.1 Informations éditeur")
P("La page « Informations légales » est accessible depuis le footer de chaque page et depuis le footer des "
  "e-mails transactionnels : raison sociale, capital, RCS Lille Métropole 891 204 377, TVA "
  "intracommunautaire, siège, directeur de publication (Antoine Verhaeghe), hébergeur (Shopify Inc., "
  "adresse complète), contact. J'ai ajouté le médiateur, inutile en B2B pur mais utile pour les "
  "associations et les quelques particuliers qui commandent.")
H2("4.2 Revue des T&amp;C B2B")
P("Nos conditions commerciales dataient de 2021 et étaient calquées sur un modèle B2C. Points relevés lors "
  "de mon audit, puis validés par Maître Claire Delcourt (cabinet Delcourt Avocats, Lille) le 9 janvier "
  "2026 :")
T([
    ["Clause", "Problème", "Nouvelle rédaction"],
    ["Délais de paiement", "« 60 jours » sans précision, pénalités absentes", "30 jours date de facture ; pénalités = taux BCE + 10 pts ; indemnité forfaitaire de 40 € (art. L441-10 C. com.)"],
    ["Garantie", "Confusion entre garantie commerciale 3 ans et garanties légales", "Garantie commerciale décrite séparément ; garantie des vices cachés maintenue"],
    ["Grades A/B", "Pas de définition contractuelle", "Définition avec photos de référence en annexe"],
    ["Transfert de propriété", "Absence de clause de réserve", "Réserve de propriété jusqu'au paiement complet"],
    ["Reprise du mobilier client", "Non encadrée", "Conditions de reprise, filière REP (Valdelia) mentionnée"],
    ["Rétractation", "14 jours accordés à tous, y compris pros", "Réservée aux clients non professionnels ; geste commercial de 7 jours pour les pros"],
], [3.2, 5.4, 8])
H2("4.3 Privacy")
P("Audit réalisé avec la grille de l'autorité française de protection des données. Actions : remplacement "
  "du bandeau cookies par Axeptio avec « Continuer sans accepter » visible au même niveau que l'acceptation ; "
  "blocage de Clarity et du pixel LinkedIn tant que le consentement n'est pas donné ; privacy policy réécrite "
  "(finalités, bases légales, durées : prospects 3 ans après le dernier contact, données de facturation 10 "
  "ans) ; registre des traitements tenu dans Notion ; DPA signés avec HubSpot, Brevo et Kuma ; point de "
  "contact privacy désigné (Antoine, pas d'obligation de DPO à notre taille, à revoir si le volume de "
  "données évolue).")

# ---------------- Part 5 ----------------
H1("5. Équipe : rituels et performance")
P("L'équipe ops compte 9 personnes : Lucas (warehouse lead), Kevin (chef d'atelier) et 4 techniciens, 2 "
  "préparateurs, 1 chauffeur. J'anime avec Lucas un point hebdomadaire ops de 20 minutes le mardi à 8 h 30, "
  "avec un objectif écrit en haut de l'ordre du jour (ex. 13/01 : « décider du plan de rangement de la "
  "nouvelle travée C »). Les entretiens individuels trimestriels ont un objectif double annoncé à l'avance : "
  "faire le bilan des indicateurs du trimestre et fixer un objectif de progression.")
T([
    ["Collaborateur", "Indicateur suivi", "Q4 2025", "Cible", "Commentaire"],
    ["Mehdi (technicien)", "Fauteuils remis en état / jour", "14,2", "12", "Au-dessus ; forme les nouveaux"],
    ["Julie (technicienne)", "Taux de reprise après contrôle qualité", "1,8 %", "&lt; 3 %", "Meilleur taux de l'atelier"],
    ["Karim (préparateur)", "Lignes préparées / heure", "31", "28", "Bon niveau, quelques erreurs d'étiquetage"],
    ["Emma (préparatrice)", "Erreurs de préparation", "0,4 %", "&lt; 1 %", "Stable"],
    ["Sébastien (chauffeur)", "Livraisons à l'heure", "93 %", "95 %", "Tournées trop chargées le lundi"],
], [3.4, 4.2, 1.8, 1.8, 5.4])
P("Reconnaissance : chaque vendredi, le « shout-out » de la semaine est affiché sur l'écran de l'atelier "
  "et relayé sur le Slack interne ; en janvier, Julie a présenté à toute l'équipe sa méthode de contrôle des "
  "mécanismes d'inclinaison, adoptée comme standard ; Mehdi a obtenu une prime d'objectif et la "
  "responsabilité du tutorat des deux nouveaux techniciens.")

# ---------------- Part 6 ----------------
H1("6. Entrepôt, préparation et livraison")
H2("6.1 Organisation de l'inventaire")
P("Entrepôt de 2 400 m² à Roubaix, environ 6 500 pièces en inventaire. Trois zones suivant le cycle du "
  "produit : réception et tri (grade provisoire), atelier, zone « prêt à vendre ». Chaque pièce reçoit à "
  "l'arrivée une étiquette QR (numéro unique, lot fournisseur, date d'entrée) scannée à chaque changement de "
  "zone dans notre WMS (Sylob Lite connecté à Shopify) : on sait à tout moment où est une pièce, qui l'a "
  "reconditionnée et avec quelles pièces détachées.")
T([
    ["Flux", "Contrôle", "Qui", "Trace"],
    ["Réception d'un lot de reprise", "Comptage vs bordereau d'enlèvement ; grade provisoire", "Préparateur", "Scan QR + photo"],
    ["Sortie atelier", "Check-list 22 points (mécanisme, tissu, stabilité) ; test de charge 120 kg", "Technicien + contrôle croisé", "Fiche QC liée au QR"],
    ["Préparation commande", "Scan de chaque pièce vs bon de prélèvement", "Préparateur", "Historique WMS"],
    ["Chargement", "Comptage colis + photo de la palette filmée", "Chauffeur / transporteur", "Photo jointe à la commande"],
], [3.6, 6.4, 3.2, 3.4])
H2("6.2 Moins d'étapes dans le traitement d'une commande")
P("J'ai cartographié le process avec Lucas (value stream mapping sur un tableau blanc, chronométrage de "
  "20 commandes). Avant : 11 étapes, 2 saisies manuelles, 3 jours entre paiement et départ. Étapes "
  "supprimées : ressaisie de la commande dans le WMS (connecteur Shopify), impression puis re-saisie du bon "
  "de livraison, validation par e-mail du responsable pour toute commande de plus de 5 000 € (remplacée par "
  "un contrôle automatique du paiement), déplacement des fauteuils vers une zone tampon avant emballage. "
  "Après : 7 étapes, 0 ressaisie, 1,4 jour en moyenne.")
H2("6.3 Où ranger quoi : racks et étagères")
P("Le mobilier volumineux (plans de travail, armoires) est rangé sur palettier classique à accès direct "
  "(racks de 3 niveaux) ; les plateaux de bureaux de 160 cm sur cantilever, plus adapté aux charges longues ; "
  "les fauteuils, notre référence la plus rotative, sur étagères dynamiques à rouleaux (gravity flow racks) côté zone de "
  "préparation (le premier entré est le premier sorti, ce qui évite de laisser vieillir une pièce) ; les "
  "pièces détachées (vérins, roulettes, accoudoirs) en bacs sur étagères de picking devant l'atelier. Un "
  "magasin automatisé (AS/RS) n'aurait aucun sens à notre échelle ni pour des pièces aux dimensions aussi variables.")
H2("6.4 Transport : classement des carriers")
T([
    ["Rang", "Carrier", "Coût moyen (commande 10 fauteuils, Paris)", "Émissions estimées", "Note"],
    ["1", "Tournées internes (camion 20 m³, Hauts-de-France)", "95 € HT", "Faible (tournées optimisées)", "Coût et RSE au top, zone limitée"],
    ["2", "Kuehne+Nagel messagerie palette", "168 € HT", "Moyenne", "Bon compromis national"],
    ["3", "Geodis Calberson", "182 € HT", "Moyenne, flotte GNV partielle", "Livraison en étage en option"],
    ["4", "DB Schenker", "176 € HT", "Élevée (pas de mutualisation régionale)", "Délais plus longs"],
    ["5", "Coursier express (Stuart)", "310 € HT", "Élevée", "Urgences uniquement"],
], [1.1, 4.4, 4, 3.8, 3.3])
P("Classement établi sur une pondération 60 % coût / 40 % émissions (outil EcoTransIT pour les estimations).")
H2("6.5 Ce que les clients pensent de la livraison")
P("Questionnaire de 3 questions envoyé par Brevo 48 h après livraison (taux de réponse 31 %, 402 réponses au "
  "Q4 2025) : note moyenne 4,4/5, ponctualité 4,2/5, état des produits 4,7/5. Le CSAT livraison des "
  "commandes Geodis (3,9) est nettement sous la moyenne : créneaux de rendez-vous non respectés. Un point "
  "mensuel avec leur chargé de compte a été mis en place et les commandes d'Île-de-France ont été "
  "basculées chez Kuehne+Nagel en février.")

H1("Annexes (sur demande)")
B(["Specs ReBureau Pro v1.3 (24 p.)", "RACI complet et planning des sprints",
   "Playbook rédactionnel Notion", "T&amp;C B2B version 2026 annotées par Maître Delcourt"])


def deco(canvas, d):
    if d.page == 1:
        return
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#666666"))
    canvas.drawString(2 * cm, 28.7 * cm, "ReBureau — Sarah Benali")
    canvas.drawRightString(19 * cm, 1.2 * cm, "%d" % d.page)
    canvas.restoreState()


pdf = SimpleDocTemplate(os.path.join(OUT, "rebureau.pdf"), pagesize=A4, leftMargin=2.2 * cm,
                        rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                        title="ReBureau - rapport d'activite", author=AUTHOR, invariant=1)
pdf.build(story, onFirstPage=deco, onLaterPages=deco)
print("ok")
