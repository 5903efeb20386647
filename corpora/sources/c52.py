# -*- coding: utf-8 -*-
"""Génère le dossier de pilotage (DOCX) et les annexes (PDF) de BricoPro Services (Julien Marchetti)."""
import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c52-bricopro-services")
DOCX_FILE = os.path.join(BASE, "bricopro-pilotage-projet.docx")
PDF_FILE = os.path.join(BASE, "bricopro-annexes.pdf")
AUTHOR = "Julien Marchetti"
FIXED = datetime.datetime(2026, 11, 16, 9, 0, 0)

# =====================================================================
# DOCX
# =====================================================================
doc = Document()
doc.core_properties.author = AUTHOR
doc.core_properties.last_modified_by = AUTHOR
doc.core_properties.created = FIXED
doc.core_properties.modified = FIXED
doc.core_properties.title = "Projet PRO+ – Dossier de pilotage"
doc.core_properties.revision = 1

normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
for lvl, size, col in [(1, 15, (0x9C, 0x3D, 0x00)), (2, 12, (0x40, 0x40, 0x40)), (3, 11, (0x40, 0x40, 0x40))]:
    st = doc.styles["Heading %d" % lvl]
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor(*col)
    st.font.name = "Calibri"

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = sec.bottom_margin = Cm(2)
sec.different_first_page_header_footer = True
hp = sec.header.paragraphs[0]
hp.text = "BricoPro Services – Projet PRO+ – Dossier de pilotage v2.0"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Julien Marchetti – Chef de projet e-commerce – Titre RNCP Chef de projet e-commerce, bloc 5"
fp.runs[0].font.size = Pt(8)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def p(txt, bold_prefix=None, style=None):
    para = doc.add_paragraph(style=style)
    if bold_prefix:
        para.add_run(bold_prefix).bold = True
    para.add_run(txt)
    return para


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def tab(header, rows, widths=None, size=9):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(size)
        shade(c, "F4D9C6")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(str(v))
            r.font.size = Pt(size)
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def h(txt, lvl):
    doc.add_heading(txt, level=lvl)


# ---------- couverture ----------
for _ in range(5):
    doc.add_paragraph()
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("BricoPro Services")
r.bold = True
r.font.size = Pt(26)
r.font.color.rgb = RGBColor(0x9C, 0x3D, 0x00)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("Projet PRO+ : refonte du portail B2B pro.bricopro.fr sous Magento 2.4")
r.font.size = Pt(15)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("Dossier de pilotage – cahier des charges, gouvernance, recette, juridique, supply chain").italic = True
doc.add_paragraph()
tab(["Champ", "Valeur"], [
    ["Rédacteur", "Julien Marchetti, chef de projet e-commerce"],
    ["Sponsor", "Hervé Lemoine, directeur général"],
    ["Version", "2.0 du 16/11/2026 (bilan à J+60 après mise en production)"],
    ["Diffusion", "COPIL PRO+, direction commerciale, DSI, responsable logistique"],
    ["Annexes", "Fichier séparé « bricopro-annexes.pdf » (A1 à A4)"],
], [5, 11])
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------- sommaire ----------
h("Sommaire", 1)
for s in ["1. Contexte et enjeux", "2. Cahier des charges", "3. Gouvernance du projet", "4. Consultation et choix de l’intégrateur",
          "5. Planning, jalons et recette", "6. Conformité juridique", "7. Pilotage de l’équipe e-commerce",
          "8. Supply chain : stock, préparation, transport", "9. Risques et budget", "10. Retour d’expérience", "Annexes (fichier PDF séparé)"]:
    doc.add_paragraph(s)

# ---------- 1 ----------
h("1. Contexte et enjeux", 1)
p("BricoPro Services (SAS, siège à Saran, près d’Orléans) distribue de l’outillage électroportatif, de la quincaillerie, de la fixation "
  "et des EPI aux artisans du bâtiment : plombiers-chauffagistes, électriciens, menuisiers, maçons. L’entreprise compte 118 salariés, "
  "3 agences comptoir (Saran, Tours-Nord, Blois) et un entrepôt central de 6 500 m² à Saran. Chiffre d’affaires 2025 : 23,4 M€, dont 3,1 M€ "
  "(13 %) réalisés sur le portail pro.bricopro.fr, ouvert en 2014 sous Magento 1.9.")
p("Trois constats ont déclenché le projet :")
bullets([
    "Magento 1 n’est plus maintenu depuis juin 2020 : correctifs de sécurité payants (OpenMage) et PCI-DSS de plus en plus difficile à tenir ;",
    "le portail ne gère pas les besoins B2B : pas de prix négociés par compte visibles en ligne (les commerciaux envoient des PDF), "
    "pas de devis, un seul identifiant par entreprise alors qu’un artisan emploie en moyenne 4,2 compagnons ;",
    "les concurrents bougent : Outiland Pro (Tours) propose la commande par scan de code-barres sur mobile, et le national ProFixe livre en J+1 "
    "sur chantier avant 8h.",
])
p("Le projet PRO+ consiste à reconstruire le portail sous Magento Open Source 2.4.7 avec les modules B2B de l’intégrateur, "
  "connecté à l’ERP Sage X3 et au PIM Akeneo, pour une mise en production le 14 septembre 2026.")

# ---------- 2 ----------
h("2. Cahier des charges", 1)
p("Le cahier des charges complet (38 pages, version 1.4 du 30/01/2026) a été envoyé à quatre intégrateurs le 2 février 2026. "
  "Son plan est reproduit ci-dessous ; les parties 2.1 à 2.6 en donnent les éléments structurants.")
tab(["Partie", "Contenu"], [
    ["1. Présentation de BricoPro", "Activité, chiffres, organisation, clients (9 600 comptes pros actifs)"],
    ["2. Existant", "Architecture Magento 1.9, flux ERP (imports CSV nuit), volumétrie : 31 000 SKU en ligne, 410 commandes/jour"],
    ["3. Objectifs", "Généraux, spécifiques, techniques (voir 2.2)"],
    ["4. Périmètre fonctionnel", "62 exigences classées MoSCoW, dont 41 « Must »"],
    ["5. Exigences techniques", "Hébergement, performance, sécurité, interfaces ERP/PIM/WMS, SEO (redirections)"],
    ["6. Reprise de données", "Comptes, adresses, historique de commandes 3 ans, listes d’achat"],
    ["7. Livrables attendus", "Spécifications, maquettes, environnement de recette, code, documentation, formation"],
    ["8. Calendrier", "Jalons J0 à J8, mise en production avant la rentrée des artisans"],
    ["9. Ressources et organisation", "Équipe BricoPro mobilisée, instances de pilotage, outils (Jira, Confluence)"],
    ["10. Budget et modalités", "Enveloppe, échéancier de paiement, pénalités, garantie"],
    ["11. Réponse attendue", "Format de réponse, grille d’évaluation, calendrier de consultation"],
], [5, 11])

h("2.1 Périmètre", 2)
p("Inclus : portail B2B (catalogue, prix client, commande rapide, devis, comptes multi-utilisateurs, listes chantier, retrait agence 1h), "
  "application web mobile (PWA) avec scan de code-barres, connecteurs Sage X3 et Akeneo, reprise de données. "
  "Exclus : marketplace, site grand public, refonte de l’ERP, application native iOS/Android (étudiée en 2027).")

h("2.2 Objectifs du projet", 2)
tab(["Niveau", "Objectif", "Indicateur / cible", "Échéance"], [
    ["Général", "Faire du portail le premier canal de commande des artisans clients", "Part web du CA : 13 % → 25 %", "Fin 2028"],
    ["Spécifique S1", "Afficher à chaque client ses conditions négociées", "100 % des 9 600 comptes avec prix nets ERP en ligne", "Mise en production"],
    ["Spécifique S2", "Réduire le temps de commande d’un artisan", "Commande rapide de 10 lignes en moins de 2 min (4 min 30 aujourd’hui)", "Mise en production"],
    ["Spécifique S3", "Dématérialiser les devis", "60 % des devis < 5 000 € traités en ligne", "Juin 2027"],
    ["Spécifique S4", "Développer le retrait comptoir", "Retrait agence en 1h pour 8 000 références stockées en agence", "Mise en production"],
    ["Spécifique S5", "Ouvrir le portail aux compagnons", "Moyenne de 2,5 utilisateurs actifs par compte", "Juin 2027"],
    ["Technique T1", "Synchroniser prix et stocks avec Sage X3", "Stock toutes les 5 min, prix client en temps réel (API)", "Mise en production"],
    ["Technique T2", "Centraliser la donnée produit dans Akeneo", "Taux de complétude des fiches ≥ 90 %", "Mise en production"],
    ["Technique T3", "Tenir la performance", "Temps de réponse < 1,5 s au 95e centile, 300 utilisateurs simultanés", "Recette"],
    ["Technique T4", "Sécuriser la plateforme", "PCI-DSS SAQ A (paiement externalisé Stripe), 2FA back-office, 0 faille critique au pentest", "Recette"],
    ["Technique T5", "Préserver le référencement", "100 % des URL Magento 1 redirigées en 301, trafic organique ≥ 90 % à J+30", "J+30"],
], [2.4, 4.8, 5.6, 3.2], size=8.5)
p("Contrôle de la couverture : chaque exigence « Must » du cahier des charges est rattachée à un objectif spécifique ou technique, et chaque "
  "objectif est couvert par au moins un lot de travaux (matrice de traçabilité dans Confluence, 62 lignes). Deux exigences sans objectif "
  "(configurateur d’échafaudage, blog) ont été sorties du périmètre ; à l’inverse, l’objectif S5 n’avait aucune exigence associée dans la v1.2 : "
  "la gestion des rôles acheteur / valideur a été ajoutée en v1.3. Le périmètre est ainsi ni plus large ni plus étroit que ce que les objectifs demandent.")

h("2.3 Cadre fixé par la direction", 2)
p("La note de cadrage du 9 janvier 2026, signée par Hervé Lemoine (DG) et Nathalie Cordier (directrice commerciale), fixe six consignes. "
  "Elles sont reprises telles quelles dans le cahier des charges :")
tab(["Consigne de la direction", "Traduction dans le cahier des charges"], [
    ["Enveloppe maximale de 420 k€ HT sur 3 ans (build + run)", "Partie 10 : offre au-delà éliminée ; coût total sur 3 ans demandé"],
    ["Mise en production avant le 15 septembre 2026 (rentrée des chantiers)", "Partie 8 : jalon J7 ferme, pénalité de 500 €/jour ouvré de retard"],
    ["Aucun prix public affiché : les prix ne sont visibles qu’après connexion", "Exigence F-03 « Must »"],
    ["Les commerciaux restent rémunérés sur les commandes web de leurs clients", "Exigence F-27 : rattachement commande → commercial dans l’ERP"],
    ["Données hébergées en France", "Partie 5 : hébergement en France, sous-traitants ultérieurs listés"],
    ["Pas de big bang pour les grands comptes", "Partie 6 : bascule des 120 comptes clés en 2 vagues avec accompagnement"],
], [7.5, 8.5])

h("2.4 Livrables, ressources et calendrier", 2)
tab(["Livrable", "Responsable", "Date contractuelle"], [
    ["Spécifications fonctionnelles détaillées", "Synaptik Commerce", "30/04/2026"],
    ["Maquettes Figma (desktop + mobile)", "Synaptik Commerce", "15/04/2026"],
    ["Environnement de recette + connecteurs", "Synaptik / DSI BricoPro", "30/06/2026"],
    ["Cahier de recette (412 cas de test)", "Julien Marchetti", "30/06/2026"],
    ["Reprise de données validée", "DSI BricoPro", "28/08/2026"],
    ["Documentation et formation (3 sessions)", "Synaptik Commerce", "07/09/2026"],
], [7, 5, 4])
p("Ressources internes mobilisées : chef de projet à 80 %, une chargée PIM à 100 % pendant 5 mois, DSI 40 jours, logistique 12 jours, "
  "10 commerciaux pilotes 2 jours chacun, service client 15 jours de recette.")

# ---------- 3 ----------
h("3. Gouvernance du projet", 1)
p("Trois instances, chacune avec un objectif écrit en tête de l’invitation, pour éviter les réunions « point d’avancement » sans décision.")
tab(["Instance", "Fréquence / durée", "Participants", "Objectif de la réunion"], [
    ["COPIL", "Mensuel, 1h30", "DG, directrice commerciale, DSI, resp. logistique, CP, directeur de projet Synaptik",
     "Arbitrer : budget, périmètre, planning, go/no-go des jalons ; valider les risques au-dessus de 20 k€"],
    ["Comité projet", "Hebdomadaire (mardi 14h), 1h", "CP, chef de projet Synaptik, DSI, chargée PIM, service client",
     "Suivre les tâches du sprint, lever les blocages de la semaine, mettre à jour le registre des risques"],
    ["Daily recette", "Quotidien en recette, 15 min", "CP, testeurs, Synaptik", "Trier les anomalies du jour (bloquante / majeure / mineure) et affecter un correcteur"],
    ["Entretien individuel de suivi", "Mensuel, 30 min", "CP + chaque membre de l’équipe e-commerce", "Faire le point sur les indicateurs individuels, la charge et les besoins de formation"],
], [2.8, 3, 5, 5.2], size=8.5)
p("La répartition des rôles est donnée dans la matrice RACI ci-dessous (R = réalise, A = approuve, C = consulté, I = informé).")

# section paysage pour le RACI
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = Cm(29.7), Cm(21)
tab(["Activité", "DG", "Dir. commerciale", "CP e-commerce", "DSI", "Logistique", "Chargée PIM", "Service client", "Synaptik", "Avocat"], [
    ["Note de cadrage", "A", "R", "C", "C", "I", "I", "I", "–", "–"],
    ["Cahier des charges", "I", "A", "R", "C", "C", "C", "C", "–", "–"],
    ["Choix de l’intégrateur", "A", "C", "R", "C", "I", "I", "I", "–", "–"],
    ["Spécifications détaillées", "I", "C", "A", "C", "C", "C", "C", "R", "–"],
    ["Connecteurs ERP / PIM", "–", "I", "A", "R", "I", "C", "–", "R", "–"],
    ["Enrichissement des fiches (Akeneo)", "–", "I", "A", "–", "–", "R", "–", "–", "–"],
    ["CGV, CGU, mentions, RGPD", "A", "C", "R", "C", "–", "–", "I", "C", "R"],
    ["Recette fonctionnelle", "I", "C", "A", "R", "R", "R", "R", "C", "–"],
    ["Processus préparation / transport", "I", "I", "C", "C", "A/R", "–", "C", "I", "–"],
    ["Go / no-go mise en production", "A", "C", "R", "C", "C", "I", "I", "C", "–"],
    ["Formation clients et commerciaux", "I", "A", "R", "–", "–", "C", "R", "C", "–"],
], [6, 1.6, 2.4, 2.4, 1.6, 2, 2.2, 2.2, 2, 1.6], size=8.5)
p("Règle appliquée : un seul A par ligne. La ligne « Processus préparation / transport » est volontairement portée par la logistique, "
  "le projet e-commerce n’y est que consulté.")

port = doc.add_section(WD_SECTION.NEW_PAGE)
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = Cm(21), Cm(29.7)

# ---------- 4 ----------
h("4. Consultation et choix de l’intégrateur", 1)
p("Quatre intégrateurs ont été consultés. Les critères et leurs poids ont été fixés avant l’ouverture des plis (COPIL du 27/01/2026), "
  "pour que la décision ne dépende pas de la présentation commerciale la plus séduisante. Chaque critère découle du contexte : "
  "l’interfaçage Sage X3 est le principal risque technique, la maîtrise du B2B conditionne les objectifs S1 à S5, et une équipe proche "
  "facilite les ateliers avec les agences.")
tab(["Critère", "Poids", "Pourquoi ce critère chez BricoPro"], [
    ["Expérience B2B Magento 2 (prix client, devis, multi-comptes)", "25 %", "Cœur des objectifs S1, S3, S5"],
    ["Maîtrise de l’interface Sage X3", "20 %", "Prix nets et stocks temps réel (T1) ; 2 échecs de connecteur chez des confrères"],
    ["Coût total sur 3 ans (build + TMA + hébergement)", "20 %", "Enveloppe DG de 420 k€"],
    ["Méthode et planning crédible pour le 14/09", "15 %", "Jalon ferme imposé par la direction"],
    ["Qualité de la TMA (SLA, astreinte)", "10 %", "Les artisans commandent dès 6h30 : incident bloquant à traiter en 2h"],
    ["Proximité et stabilité de l’équipe", "10 %", "Ateliers en agence, turnover des équipes parisiennes constaté en 2019"],
], [6.5, 1.5, 8])
tab(["Intégrateur", "Coût 3 ans (k€ HT)", "Note /100", "Synthèse de l’analyse de la réponse"], [
    ["Synaptik Commerce (Tours)", "376", "84", "2 références négoce B2B avec Sage X3, équipe de 6 nommée, planning réaliste avec marge de 3 semaines"],
    ["Adelis Digital (Paris)", "458", "71", "Très solide techniquement, hors enveloppe ; proposait Adobe Commerce sous licence"],
    ["Numeris Loire (Orléans)", "298", "58", "Moins cher, mais aucune référence B2B ; connecteur X3 à développer entièrement"],
    ["Hexa B2B (Lyon)", "341", "69", "Bonne expérience B2B, connecteur via middleware payant (18 k€/an), planning tendu"],
], [4, 2.8, 1.8, 7.4])
p("Synaptik Commerce a été retenue au COPIL du 6 mars 2026, contrat signé le 13 mars. Le détail des notes par critère et du chiffrage figure en annexe A1.")

# ---------- 5 ----------
h("5. Planning, jalons et recette", 1)
tab(["Jalon", "Contenu", "Prévu", "Réel"], [
    ["J0", "Lancement (kick-off)", "16/03/2026", "16/03/2026"],
    ["J1", "Maquettes validées", "15/04/2026", "22/04/2026"],
    ["J2", "Spécifications signées", "30/04/2026", "05/05/2026"],
    ["J3", "Connecteur Sage X3 en recette", "15/06/2026", "26/06/2026"],
    ["J4", "Fin du développement, début recette", "30/06/2026", "03/07/2026"],
    ["J5", "Fin de recette, PV sans réserve bloquante", "21/08/2026", "28/08/2026"],
    ["J6", "Bascule vague 1 (60 comptes clés pilotes)", "01/09/2026", "01/09/2026"],
    ["J7", "Mise en production générale", "14/09/2026", "14/09/2026"],
    ["J8", "Fin de l’hypercare, passage en TMA", "14/11/2026", "14/11/2026"],
], [1.5, 7.5, 3.5, 3.5])
p("Le retard du connecteur (11 jours) a été absorbé en recettant les parcours sans prix temps réel d’abord, puis en réduisant la phase "
  "de non-régression de 2 semaines à 1 semaine sur les parcours secondaires. Aucun glissement de la date de mise en production.")
h("5.1 Stratégie de recette", 2)
p("Cahier de recette de 412 cas de test rédigé dans Jira/Xray à partir des exigences, exécuté par 9 testeurs métier (service client, "
  "comptoirs, logistique) du 6 juillet au 26 août. Classement des anomalies : bloquante (parcours de commande impossible), majeure "
  "(contournement possible), mineure (affichage). Critère de passage en production : 0 bloquante, moins de 10 majeures avec contournement "
  "documenté.")
tab(["Indicateur de recette", "Valeur"], [
    ["Cas de test exécutés", "412 / 412 (2 campagnes)"],
    ["Anomalies ouvertes", "187 (14 bloquantes, 63 majeures, 110 mineures)"],
    ["Restant au PV du 28/08", "0 bloquante, 6 majeures contournées, 21 mineures"],
    ["Test de charge (Gatling, 300 utilisateurs)", "p95 = 1,2 s sur la page catégorie, 1,4 s sur la commande rapide"],
    ["Pentest (cabinet externe)", "1 faille haute corrigée (énumération de comptes), 0 critique"],
], [7, 9])
p("Un extrait de la grille de recette figure en annexe A2.")

# ---------- 6 ----------
h("6. Conformité juridique", 1)
h("6.1 Mentions légales", 2)
p("Contrôle réalisé sur l’environnement de production le 15/09/2026 : la page « Mentions légales » est accessible depuis le pied de page "
  "de toutes les pages, y compris avant connexion et sur la PWA mobile.")
tab(["Mention", "Contenu affiché", "Statut"], [
    ["Identité", "BricoPro Services SAS, capital 1 200 000 €, RCS Orléans 412 889 305", "Conforme"],
    ["Siège et contact", "ZA des Montaubans, 45770 Saran – 02 38 xx xx xx – contact@bricopro.fr", "Conforme"],
    ["TVA intracommunautaire", "FR 27 412 889 305", "Conforme"],
    ["Directeur de la publication", "Hervé Lemoine, directeur général", "Conforme"],
    ["Hébergeur", "Infogérant français, raison sociale, adresse et téléphone", "Conforme"],
    ["Lien CGV / CGU / politique de confidentialité", "Pied de page + rappel au panier", "Conforme"],
], [4.5, 8.5, 3])
h("6.2 CGV et CGU", 2)
p("Les anciennes CGV dataient de 2014 et ne mentionnaient ni l’indemnité forfaitaire de recouvrement ni le retrait en agence. "
  "Je les ai réécrites avec la directrice administrative et financière, puis elles ont été relues et validées par Me Claire Vasseur "
  "(cabinet Vasseur & Associés, Orléans, droit commercial) : lettre de validation du 14/04/2026, coût 2 400 € HT. Des CGU spécifiques "
  "encadrent désormais les comptes multi-utilisateurs.")
tab(["Clause", "Rédaction retenue", "Analyse"], [
    ["Champ d’application", "Ventes aux professionnels uniquement (SIRET vérifié à l’ouverture de compte)", "Le droit de rétractation de 14 jours ne s’applique pas entre professionnels ; la vérification du SIRET évite qu’un particulier s’y soumette sans le savoir"],
    ["Délais de paiement", "30 jours fin de mois par défaut, 45 jours fin de mois sur accord", "Dans la limite légale (60 jours date de facture ou 45 jours fin de mois, art. L441-10 C. com.)"],
    ["Pénalités de retard", "3 fois le taux d’intérêt légal + indemnité forfaitaire de 40 €", "Mentions obligatoires, absentes des CGV 2014"],
    ["Réserve de propriété", "Transfert de propriété au paiement intégral", "Protège BricoPro en cas de liquidation d’un client (fréquent dans le bâtiment)"],
    ["Retrait en agence 1h", "Commande préparée 1h après validation si passée avant 17h", "Engagement de moyens et non de résultat, pour ne pas ouvrir droit à indemnité"],
    ["Retours", "30 jours, produit non utilisé, emballage d’origine, avoir", "Geste commercial et non obligation légale : conditions précisées pour éviter les litiges"],
    ["Garantie", "Garanties légales + garantie constructeur (ex. 3 ans sur l’électroportatif)", "La garantie des vices cachés reste due entre professionnels"],
    ["Limitation de responsabilité", "Exclusion des dommages indirects (arrêt de chantier)", "Clause validée par l’avocat : licite entre professionnels si elle ne vide pas l’obligation essentielle"],
    ["CGU – comptes multi-utilisateurs", "L’administrateur du compte répond des commandes passées par ses compagnons dans leurs plafonds", "Point soulevé par la direction financière : imputabilité des commandes"],
], [3.4, 5.8, 6.8], size=8.5)

h("6.3 RGPD", 2)
p("Même en B2B, le RGPD s’applique : une grande partie de nos clients sont des entrepreneurs individuels et chaque compte contient des "
  "noms, e-mails et téléphones de personnes physiques (compagnons). Les adaptations suivantes ont été décidées avec notre DPO externe, "
  "en s’appuyant sur le référentiel de la CNIL relatif à la gestion commerciale et sur ses recommandations cookies de 2020.")
tab(["Sujet", "Adaptation mise en place"], [
    ["Registre des traitements", "7 traitements liés au portail ajoutés (comptes, commandes, devis, prospection, chat, mesure d’audience, sécurité) – extrait en annexe A4"],
    ["Minimisation", "Suppression de la date de naissance et du téléphone personnel demandés par l’ancien formulaire"],
    ["Durées de conservation", "Clients : durée de la relation + 3 ans ; prospects : 3 ans après le dernier contact ; factures : 10 ans (archivage intermédiaire) ; logs de connexion : 12 mois"],
    ["Consentement", "Prospection e-mail aux pros sur la base de l’intérêt légitime avec opposition en 1 clic ; cookies non essentiels soumis au consentement via Axeptio, « Refuser » aussi visible qu’« Accepter »"],
    ["Sous-traitants", "Clauses article 28 signées avec Synaptik, l’hébergeur, Brevo et Zendesk ; aucun transfert hors UE sans clauses types"],
    ["Sécurité", "Mots de passe hachés (Argon2), 2FA obligatoire sur le back-office, verrouillage après 5 échecs, TLS 1.2 minimum"],
    ["Droits des personnes", "Formulaire dédié + adresse dpo@bricopro.fr ; réponse sous 1 mois ; l’administrateur d’un compte peut supprimer un compagnon"],
    ["Violation de données", "Procédure de notification à la CNIL sous 72 h rédigée et testée (exercice du 8/10/2026)"],
], [4, 12])

# ---------- 7 ----------
h("7. Pilotage de l’équipe e-commerce", 1)
p("L’équipe e-commerce compte 4 personnes en plus de moi : Camille Roux (chargée PIM et contenus), Yanis Belkacem (service client web), "
  "Lucie Moreau (traffic manager) et Thomas Girard (alternant, support commercial). Chaque entretien mensuel commence par le rappel de son "
  "objectif : faire le point sur les indicateurs, la charge, et ce dont la personne a besoin.")
tab(["Collaborateur", "Indicateur individuel", "Cible", "Réalisé (juin-oct. 2026)"], [
    ["Camille Roux", "Fiches enrichies et validées dans Akeneo", "12 000 avant J7", "13 480 ; complétude 93 %"],
    ["Yanis Belkacem", "Tickets Zendesk traités / délai de 1re réponse", "< 4 h ouvrées", "2 310 tickets ; 2 h 50"],
    ["Yanis Belkacem", "Satisfaction après ticket (CSAT)", "≥ 85 %", "88 %"],
    ["Lucie Moreau", "Comptes activés sur le nouveau portail", "7 500 à J+60", "7 940"],
    ["Thomas Girard", "Cas de test exécutés en recette", "90", "104"],
], [3.5, 6, 3, 3.5])
tab(["Indicateur collectif", "Avant (2025)", "J+60 (nov. 2026)"], [
    ["Part web du CA", "13 %", "17,8 %"],
    ["Commandes web / jour", "410", "560"],
    ["Temps moyen d’une commande rapide de 10 lignes", "4 min 30", "1 min 40"],
    ["Devis < 5 000 € traités en ligne", "0 %", "34 %"],
    ["Utilisateurs actifs par compte", "1", "1,9"],
    ["Trafic organique vs avant migration", "100 %", "96 % à J+30, 104 % à J+60"],
], [8, 4, 4])
p("Reconnaissance : le travail de Camille sur Akeneo (1 480 fiches de plus que l’objectif) a été présenté par elle-même au COPIL du 12 mai et "
  "cité dans la lettre interne de juin ; elle a obtenu la prime projet maximale. Yanis a construit seul la base de connaissances Zendesk "
  "(64 articles) qui a fait baisser les tickets « mot de passe » de 40 % : il anime désormais la formation des comptoirs. Thomas a été "
  "remercié nommément dans le compte rendu du COPIL pour la campagne de recette (annexe A3).")

# ---------- 8 ----------
h("8. Supply chain : stock, préparation, transport", 1)
p("Le nouveau portail promet un retrait en agence en 1h et une livraison J+1 : il a fallu revoir l’organisation avec Marc Aubry, "
  "responsable logistique, car une promesse non tenue coûte plus cher à l’image qu’une promesse modeste.")
h("8.1 Organisation du stock et traitement des commandes", 2)
p("Choix retenus et critères :")
tab(["Choix", "Argument", "Traçabilité / contrôle"], [
    ["Classement ABC des 14 200 références stockées (A = 1 900 réf., 72 % des lignes)", "Les A sont placées au plus près de la zone de préparation pour réduire les déplacements", "Revue trimestrielle du classement à partir des sorties WMS"],
    ["Emplacements adressés et gérés par le WMS (Reflex)", "Fin des emplacements « de mémoire », nouvel arrivant opérationnel en 2 jours", "Chaque mouvement scanné (emplacement + article)"],
    ["Stock agences visible en ligne (8 000 réf.)", "Condition du retrait 1h", "Inventaire tournant hebdomadaire des A en agence ; écart toléré < 1 %"],
    ["Suivi par numéro de série de l’électroportatif", "Garantie constructeur et vols", "N° de série scanné à la sortie et imprimé sur la facture"],
    ["Suivi par lot des chevilles chimiques et mastics", "Dates de péremption", "FEFO imposé par le WMS, blocage des lots à moins de 3 mois"],
], [5, 5.5, 5.5], size=8.5)
tab(["Type de commande", "Traitement", "Critères de contrôle"], [
    ["Colis standard (< 30 kg)", "Vague de préparation toutes les 30 min jusqu’à 16h30", "Scan de chaque ligne, pesée automatique (écart > 5 % = contrôle manuel)"],
    ["Commande > 1 500 € ou électroportatif", "Même flux + poste de contrôle", "Double contrôle visuel, photo du colis fermé archivée"],
    ["Retrait agence 1h", "Ticket imprimé au comptoir dès validation", "Scan au retrait + signature tablette du client"],
    ["Palette / volumineux (> 30 kg)", "Préparation le jour même, expédition J+1 messagerie", "Film + étiquette palette, photo avant chargement"],
    ["Retour client", "Zone dédiée, traitement sous 48 h", "Contrôle état, remise en stock ou destruction, avoir émis par le service client"],
], [4, 5.5, 6.5], size=8.5)
h("8.2 Optimisation du processus de commande", 2)
p("Cartographie réalisée en atelier avec 2 préparateurs et 1 chef d’équipe (avril 2026). L’ancien circuit comptait 14 étapes entre la "
  "commande web et l’expédition ; 5 ont été supprimées :")
tab(["Étape supprimée", "Pourquoi elle existait", "Ce qui la remplace", "Gain"], [
    ["Ressaisie de la commande web dans Sage X3 par l’ADV", "Import CSV nocturne peu fiable", "Commande créée par API en temps réel", "1 ETP ADV réaffecté aux devis"],
    ["Impression du bon de préparation", "Pas de terminaux", "Terminaux Zebra TC52", "Papier et 6 min par vague"],
    ["Validation manuelle des encours clients", "Plafond non visible en ligne", "Contrôle d’encours automatique à la commande", "Commandes bloquées la nuit : –90 %"],
    ["Ressaisie du n° de suivi dans le portail", "Pas de lien transporteur", "Retour automatique du n° par l’API transporteur", "Appels « où est ma commande » : –35 %"],
    ["Double contrôle systématique", "Erreurs fréquentes (1,8 %)", "Contrôle par scan + pesée ; double contrôle réservé aux commandes > 1 500 €", "Taux d’erreur 0,4 %"],
], [4, 3.5, 5, 3.5], size=8.5)
p("Résultat : délai commande → quai passé de 3 h 10 à 1 h 25 en moyenne, coupure (cut-off) reculée de 15h à 16h30.")
h("8.3 Stockage", 2)
p("Zone petites pièces en rayonnages à picking (bacs) pour la quincaillerie, racks à palettes pour l’outillage volumineux et les consommables. "
  "Un rayonnage dynamique pour les consommables A est à l’étude pour 2027.")
h("8.4 Transporteurs", 2)
p("Comparaison réalisée en mai 2026 sur notre profil d’envoi réel (colis moyen 7,4 kg, 62 % vers des adresses de chantier ou d’entreprise). "
  "Le classement combine le coût (60 %) et l’impact RSE (40 %) : émissions déclarées par colis, part de la flotte à faibles émissions en zone "
  "urbaine, et politique de compensation / réduction.")
tab(["Rang", "Transporteur", "Coût moyen colis 7 kg (HT)", "gCO2e / colis déclaré", "Atouts RSE", "Score /100"], [
    ["1", "Messagerie régionale Loire Express", "7,90 €", "410", "Flotte GNV à 60 %, tournées mutualisées, Orléans-Tours-Blois", "86"],
    ["2", "DPD Predict", "8,40 €", "520", "Livraison électrique dans les centres-villes, reporting CO2 par envoi", "78"],
    ["3", "Colissimo Pro", "9,10 €", "480", "Neutralité carbone annoncée, livraison mutualisée avec le courrier", "72"],
    ["4", "GLS Business", "8,20 €", "640", "Peu de données RSE fournies", "66"],
    ["5", "Chronopost 8h chantier", "15,60 €", "910", "Express, véhicules dédiés : impact élevé", "41"],
], [1.2, 3.6, 2.8, 2.6, 4.6, 1.6], size=8.5)
p("Décision : Loire Express pour le Centre-Val de Loire (71 % des volumes), DPD Predict pour le reste de la France, Chronopost 8h "
  "uniquement sur option payante (19 € HT) pour les urgences chantier.")
h("8.5 Satisfaction client sur la livraison", 2)
p("Depuis le 1er octobre, un questionnaire de 3 questions est envoyé par Brevo 24 h après livraison (note de 1 à 5, respect du créneau, état du colis). "
  "Résultats du 1er octobre au 10 novembre :")
tab(["Mesure", "Résultat"], [
    ["Questionnaires envoyés / réponses", "6 850 / 1 124 (16,4 %)"],
    ["Note moyenne de la livraison", "4,3 / 5 (Loire Express 4,5 ; DPD 4,2 ; Colissimo 4,0)"],
    ["Livraison dans le créneau annoncé", "91 %"],
    ["Colis abîmés signalés", "1,2 % (dont 70 % de palettes)"],
    ["NPS livraison", "+41"],
    ["Principal reproche (verbatims)", "Livraison sur chantier sans appel préalable du chauffeur (58 mentions)"],
], [7, 9])
p("Action décidée : champ « contact sur chantier » obligatoire au panier, transmis au transporteur ; cerclage renforcé des palettes.")

# ---------- 9 ----------
h("9. Risques et budget", 1)
tab(["Risque", "Probabilité", "Impact", "Parade", "État"], [
    ["Retard du connecteur Sage X3", "Forte", "Fort", "Maquette de l’API dès avril, recette par parcours", "Survenu, absorbé"],
    ["Refus des commerciaux (peur de perdre leurs clients)", "Moyenne", "Fort", "Commissionnement web maintenu, 10 commerciaux pilotes", "Maîtrisé"],
    ["Perte de référencement à la migration", "Moyenne", "Moyen", "Plan de redirections 301 (18 400 URL), suivi Search Console", "Maîtrisé"],
    ["Données produit incomplètes", "Forte", "Moyen", "Chargée PIM dédiée, complétude ≥ 90 % comme critère de go", "Maîtrisé"],
    ["Pic d’appels au service client à la bascule", "Forte", "Moyen", "Bascule en 2 vagues, FAQ, renfort de 2 intérimaires", "Survenu, contenu"],
], [4.2, 2, 1.8, 5.6, 2.4], size=8.5)
tab(["Poste", "Budget (k€ HT)", "Réel à J+60 (k€ HT)"], [
    ["Build intégrateur (forfait)", "214", "221 (avenant rôles acheteur/valideur)"],
    ["Licences et modules (3 ans)", "38", "38"],
    ["Hébergement (3 ans)", "54", "54"],
    ["TMA (3 ans)", "70", "70"],
    ["Avocat, pentest, test de charge", "14", "12,4"],
    ["Total sur 3 ans", "390", "395,4 (enveloppe DG : 420)"],
], [7, 4, 5])
p("Bilan : les objectifs de mise en production sont atteints ; les objectifs à juin 2027 (devis en ligne, utilisateurs par compte) sont "
  "en bonne voie mais demanderont une animation commerciale que je prépare avec Nathalie Cordier pour le premier trimestre 2027.")

h("10. Retour d’expérience", 1)
p("Points à garder pour les prochains projets (application mobile native en 2027, ouverture de l’agence de Chartres) :")
tab(["Ce qui a marché", "Ce que je ferais autrement"], [
    ["Critères de choix de l’intégrateur pondérés avant l’ouverture des offres : décision rapide et incontestée en COPIL",
     "Exiger une maquette de l’API ERP dès la phase de consultation, pas après la signature"],
    ["Objectif écrit en tête de chaque invitation : COPIL tenus en 1h30 avec des décisions actées",
     "Associer les commerciaux dès le cahier des charges : le besoin « rôles acheteur / valideur » aurait été vu en janvier"],
    ["Recette par des utilisateurs métier (comptoirs, logistique) : 63 % des anomalies trouvées par eux",
     "Prévoir un testeur iOS dédié : l’anomalie bloquante du scan n’a été vue qu’en campagne 2"],
    ["Logistique embarquée tôt (ateliers d’avril) : promesse 1h et J+1 tenue dès la mise en production",
     "Lancer l’enquête de satisfaction livraison avant la bascule pour disposer d’un point de comparaison"],
], [8, 8])
p("Ce projet m’a appris que le rôle du chef de projet côté MOA est moins de tout savoir que de rendre les arbitrages possibles : "
  "poser les options, chiffrer, et faire décider la bonne instance au bon moment.")

os.makedirs(BASE, exist_ok=True)
doc.save(DOCX_FILE)

# =====================================================================
# PDF annexes
# =====================================================================
ss = getSampleStyleSheet()
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontSize=14, textColor=colors.HexColor("#9C3D00"), spaceAfter=6)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontSize=11, spaceAfter=4)
B = ParagraphStyle("b", parent=ss["BodyText"], fontSize=9, leading=11.5)
C = ParagraphStyle("c", parent=ss["BodyText"], fontSize=7.8, leading=9.5)


def ptab(data, widths, head_bg="#F4D9C6"):
    rows = [[Paragraph(str(x), C) for x in r] for r in data]
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def on_page(canvas, d):
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(40, 20, "BricoPro Services – Projet PRO+ – Annexes au dossier de pilotage – Julien Marchetti")
    canvas.drawRightString(555, 20, "page %d" % d.page)
    canvas.restoreState()


story = []
story.append(Paragraph("Projet PRO+ – Annexes", H1))
story.append(Paragraph("A1. Grille détaillée d’analyse des offres des intégrateurs (notes sur 10, pondérées)", H2))
story.append(ptab([
    ["Critère (poids)", "Synaptik Commerce", "Adelis Digital", "Numeris Loire", "Hexa B2B"],
    ["Expérience B2B Magento 2 (25 %)", "9 – 2 négociants matériaux, module devis maison", "9 – 4 références B2B", "4 – e-commerce B2C uniquement", "8 – 3 références industrie"],
    ["Interface Sage X3 (20 %)", "9 – connecteur API déjà en production", "8 – via middleware", "3 – à développer", "6 – middleware payant 18 k€/an"],
    ["Coût 3 ans (20 %)", "8 – 376 k€", "5 – 458 k€ (hors enveloppe)", "10 – 298 k€", "8 – 341 k€ + middleware"],
    ["Méthode / planning (15 %)", "8 – Scrum, sprints de 2 sem., marge 3 sem.", "8", "6 – planning sans marge", "6 – planning tendu"],
    ["TMA (10 %)", "8 – bloquant < 2 h, astreinte 6h-20h", "9 – 24/7", "6 – heures ouvrées", "7"],
    ["Proximité / équipe (10 %)", "9 – Tours, équipe nommée", "5 – Paris, équipe non nommée", "10 – Orléans", "5 – Lyon"],
    ["Note pondérée /100", "84", "71", "58", "69"],
    ["Décision COPIL 06/03/2026", "Retenu", "Écarté (budget)", "Écarté (risque X3)", "2e choix"],
], [95, 110, 100, 100, 100]))
story.append(Spacer(1, 6))
story.append(Paragraph("Détail du coût sur 3 ans de l’offre retenue (k€ HT) :", B))
story.append(ptab([
    ["Poste", "Année 1", "Année 2", "Année 3", "Total"],
    ["Build (forfait, 9 sprints)", "214", "–", "–", "214"],
    ["Modules B2B et connecteurs (licences)", "18", "10", "10", "38"],
    ["Hébergement infogéré France", "18", "18", "18", "54"],
    ["TMA (20 j/an)", "20", "25", "25", "70"],
    ["Total", "270", "53", "53", "376"],
], [170, 75, 75, 75, 70]))
story.append(Paragraph("Questions posées en soutenance intégrateur (12/02/2026) : reprise des 18 400 URL, gestion des prix "
                       "dégressifs par quantité, reprise des listes d’achat. Synaptik est le seul à avoir fait une démonstration "
                       "sur une copie de notre catalogue.", B))
story.append(PageBreak())

story.append(Paragraph("A2. Extrait de la grille de recette (campagne 2, août 2026)", H2))
story.append(ptab([
    ["Réf.", "Exig.", "Scénario de test", "Résultat attendu", "Statut", "Anomalie"],
    ["CT-014", "F-03", "Visiteur non connecté ouvre une fiche produit", "Aucun prix affiché, bouton « Se connecter pour voir vos prix »", "OK", "–"],
    ["CT-022", "F-05", "Client Martin Plomberie consulte la référence 48211", "Prix net ERP 38,40 € HT (remise 32 %)", "OK", "–"],
    ["CT-031", "F-09", "Commande rapide de 10 références par copier-coller", "Panier créé en < 5 s, références inconnues signalées", "OK", "–"],
    ["CT-047", "F-12", "Compagnon avec plafond 500 € commande 740 €", "Commande mise en attente de validation de l’administrateur", "KO puis OK", "PRO-1187 (majeure)"],
    ["CT-058", "F-15", "Demande de devis de 25 lignes", "Devis reçu par le commercial dans l’ERP, réponse en ligne", "OK", "–"],
    ["CT-066", "F-18", "Retrait agence Tours-Nord à 16h40", "Ticket imprimé au comptoir en < 2 min", "OK", "–"],
    ["CT-073", "F-19", "Retrait agence à 17h05", "Message « prêt demain 8h »", "KO puis OK", "PRO-1203 (mineure)"],
    ["CT-090", "F-22", "Scan code-barres sur PWA (Android)", "Produit ajouté au panier", "OK", "–"],
    ["CT-091", "F-22", "Scan code-barres sur PWA (iOS 17)", "Produit ajouté au panier", "KO puis OK", "PRO-1211 (bloquante)"],
    ["CT-112", "F-27", "Commande web d’un client du commercial R. Petit", "Commande rattachée au commercial dans Sage X3", "OK", "–"],
    ["CT-140", "T-05", "Ancienne URL /outillage/perceuse-xr18.html", "301 vers la nouvelle fiche", "OK", "–"],
    ["CT-151", "RGPD-02", "Refus de tous les cookies", "Aucun cookie de mesure déposé (vérifié DevTools)", "OK", "–"],
    ["CT-163", "RGPD-04", "Administrateur supprime un compagnon", "Compte anonymisé, commandes conservées", "OK", "–"],
], [42, 44, 115, 124, 45, 60]))
story.append(Spacer(1, 6))
story.append(Paragraph("PV de recette signé le 28/08/2026 par Julien Marchetti (MOA) et Sophie Tran (DSI), avec 6 réserves majeures "
                       "contournées, levées le 25/09/2026.", B))
story.append(PageBreak())

story.append(Paragraph("A3. Compte rendu du COPIL n° 4 – 12 mai 2026", H2))
story.append(Paragraph("<b>Présents :</b> Hervé Lemoine (DG), Nathalie Cordier (directrice commerciale), Sophie Tran (DSI), Marc Aubry "
                       "(logistique), Julien Marchetti (CP), Romain Dufresne (Synaptik), Camille Roux (invitée). <b>Excusé :</b> néant.", B))
story.append(Paragraph("<b>Objectifs de la réunion :</b> 1) valider les spécifications signées le 5 mai ; 2) décider de l’avenant « rôles "
                       "acheteur / valideur » ; 3) arbitrer la stratégie de bascule des grands comptes ; 4) revoir les risques.", B))
story.append(ptab([
    ["Point", "Échanges", "Décision"],
    ["1. Spécifications", "Retard de 5 jours sur J2 dû aux ateliers prix dégressifs ; aucun impact sur J7 selon Synaptik", "Spécifications validées"],
    ["2. Avenant rôles", "Besoin remonté par 3 commerciaux pilotes ; coût 7 k€ HT, 6 jours", "Accepté (enveloppe restant sous 420 k€)"],
    ["3. Bascule", "Option big bang écartée par la direction commerciale", "2 vagues : 60 comptes pilotes le 01/09, tous les comptes le 14/09"],
    ["4. Risques", "Connecteur X3 en retard probable", "Maquette d’API à livrer le 29/05 ; point spécifique au COPIL de juin"],
    ["5. Équipe", "Camille présente l’avancement Akeneo : 6 200 fiches enrichies, en avance de 3 semaines", "Le COPIL félicite Camille ; Thomas Girard remercié pour la préparation des jeux de test"],
], [70, 250, 160]))
story.append(Spacer(1, 6))
story.append(ptab([
    ["Action", "Porteur", "Échéance"],
    ["Envoyer l’avenant signé", "Julien Marchetti", "16/05/2026"],
    ["Livrer la maquette d’API Sage X3", "Synaptik / DSI", "29/05/2026"],
    ["Liste des 60 comptes pilotes", "Nathalie Cordier", "31/05/2026"],
    ["Chiffrer les terminaux Zebra", "Marc Aubry", "COPIL de juin"],
], [250, 130, 100]))
story.append(Paragraph("Prochain COPIL : 9 juin 2026, 10h, salle Loire.", B))
story.append(PageBreak())
story.append(Paragraph("A4. Extrait du registre des traitements (portail PRO+)", H2))
story.append(ptab([
    ["Traitement", "Finalité", "Base légale", "Données", "Durée", "Destinataires"],
    ["Comptes clients", "Gestion des comptes et des accès", "Contrat", "Identité, e-mail, tél. pro, rôle", "Relation + 3 ans", "Service client, commerciaux"],
    ["Commandes / factures", "Exécution et facturation", "Contrat, obligation légale", "Commandes, adresses chantier", "10 ans (factures)", "ADV, comptabilité, transporteurs"],
    ["Devis", "Établir des devis", "Mesures précontractuelles", "Lignes, contact", "3 ans", "Commerciaux"],
    ["Prospection", "Newsletters pro", "Intérêt légitime", "E-mail pro, secteur", "3 ans sans contact", "Marketing, Brevo (sous-traitant)"],
    ["Support", "Tickets Zendesk", "Contrat", "Échanges, pièces jointes", "2 ans", "Service client, Zendesk"],
    ["Mesure d’audience", "Statistiques", "Consentement", "Cookies GA4", "13 mois", "Marketing"],
    ["Sécurité", "Journalisation", "Intérêt légitime", "IP, logs", "12 mois", "DSI, hébergeur"],
], [62, 85, 70, 90, 70, 103]))

story.append(Spacer(1, 10))
story.append(Paragraph("A5. Planning du projet (état au 16/11/2026)", H2))
months = ["Déc.", "Janv.", "Févr.", "Mars", "Avr.", "Mai", "Juin", "Juil.", "Août", "Sept.", "Oct.", "Nov."]
lots = [
    ("Cadrage et note de direction", 0, 1),
    ("Cahier des charges et consultation", 1, 3),
    ("Maquettes et spécifications", 3, 5),
    ("Développement (sprints 1 à 9)", 3, 7),
    ("Connecteurs Sage X3 / Akeneo", 4, 7),
    ("Enrichissement Akeneo", 4, 8),
    ("CGV / CGU / RGPD", 2, 5),
    ("Recette et pentest", 7, 8),
    ("Reprise de données", 7, 8),
    ("Bascule vague 1 puis générale", 9, 9),
    ("Hypercare", 9, 11),
]
gdata = [["Lot"] + months] + [[name] + ["" for _ in months] for name, a, b in lots]
gt = Table([[Paragraph(str(x), C) for x in r] for r in gdata], colWidths=[140] + [31] * 12)
gstyle = [("GRID", (0, 0), (-1, -1), 0.4, colors.black),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F4D9C6"))]
for i, (name, a, b) in enumerate(lots):
    gstyle.append(("BACKGROUND", (1 + a, 1 + i), (1 + b, 1 + i), colors.HexColor("#9C3D00")))
gt.setStyle(TableStyle(gstyle))
story.append(gt)
story.append(Spacer(1, 6))
story.append(Paragraph("Jalons tenus : J7 (mise en production générale) le 14/09/2026 comme fixé par la direction ; "
                       "J3 (connecteur) avec 11 jours de retard, absorbés en recette.", B))

pdf = SimpleDocTemplate(PDF_FILE, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40,
                        title="Projet PRO+ - Annexes", author=AUTHOR, invariant=1)
pdf.build(story, onFirstPage=on_page, onLaterPages=on_page)
print("écrit :", os.path.abspath(DOCX_FILE))
print("écrit :", os.path.abspath(PDF_FILE))
