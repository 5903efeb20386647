# -*- coding: utf-8 -*-
# Générateur du dossier de la candidate c153 (Morgane Tanguy, cheffe de projet e-shop chez Hydrel Distribution SAS,
# distributeur B2B de produits d'hygiène et d'entretien professionnels, Saint-Jacques-de-la-Lande) — blocs 4 et 5,
# niveau moyen, session 2026 (Bachelor en formation continue).
# Un seul PDF A4 de 16 pages : pages 1–2 « Note de présentation » (quatre paragraphes à attaque en gras), puis
# pages 3–16 l'export imprimé du tableau Trello « E-shop Pro Hydrel — Lancement 2026 » : en-tête Trello sur chaque
# page, pied « page n/14 » propre à l'export, légende des étiquettes, quatre listes ouvertes par un bandeau sombre
# avec leur compteur (À faire 9, En cours 8, En recette 4, Fait 19), cartes encadrées (titre, étiquettes, membres,
# échéance, description, checklists ☑/☐, pièces jointes non fournies, commentaires du plus récent au plus ancien).
# Reportlab (platypus), polices DejaVu (☑ ☐ ✓ →), déterministe : invariant=1, métadonnées figées.
import os
from collections import Counter

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("SA", "DejaVuSans.ttf"), ("SAB", "DejaVuSans-Bold.ttf"), ("SAI", "DejaVuSans-Oblique.ttf"),
               ("SABI", "DejaVuSans-BoldOblique.ttf"), ("CO", "DejaVuSansCondensed.ttf"),
               ("COB", "DejaVuSansCondensed-Bold.ttf"), ("COI", "DejaVuSansCondensed-Oblique.ttf"),
               ("COBI", "DejaVuSansCondensed-BoldOblique.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))
registerFontFamily("SA", normal="SA", bold="SAB", italic="SAI", boldItalic="SABI")
registerFontFamily("CO", normal="CO", bold="COB", italic="COI", boldItalic="COBI")

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "c153-board-projet-hygiene-b2b-rennes")
PDF = os.path.join(OUT, "Hydrel_eShopPro_tableau-projet_export.pdf")
BOARD = "E-shop Pro Hydrel — Lancement 2026"
PRINTED = "17/04/2026"
EXPORT_PAGES = 14

W, H = A4
INK = colors.HexColor("#172B4D")
MUTED = colors.HexColor("#5E6C84")
LINE = colors.HexColor("#C1C7D0")
CARDBG = colors.white
LISTBG = colors.HexColor("#EBECF0")
RED = colors.HexColor("#C9372C")
GREEN = colors.HexColor("#1F845A")

LABELS = {  # nom : (fond, texte, sens dans le tableau)
    "Catalogue": ("#4BCE97", "#0B3D26", "articles, fiches, imports, photos"),
    "Contenu": ("#579DFF", "#FFFFFF", "textes, termes de recherche, visuels & démos, cadrage"),
    "Tech": ("#9F8FEF", "#FFFFFF", "Sylius, Sage 100, Studio Vilaine, paiement"),
    "Juridique": ("#FEA362", "#3D1D00", "CGV, données personnelles, mentions"),
    "Logistique": ("#F5CD47", "#3D2E00", "flux prépa, transport, retours"),
    "Bloquant": ("#F87168", "#FFFFFF", "empêche la mise en ligne ou une commande"),
}
MEMBERS = {"MT": "Morgane Tanguy", "SL": "Sophie Lemoine-Rault", "DG": "Damien Gouédard", "LQ": "Laure Quéré",
           "YL": "Yohan Le Bihan", "SV": "Studio Vilaine (compte invité)"}


def fr(t):
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €", " Ko", " k€", " M€", " px", " mm", " m²"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


# ------------------------------------------------------------------------------------------------ styles
note_body = ParagraphStyle("nb", fontName="SA", fontSize=11, leading=17.6, textColor=INK, alignment=4,
                           spaceAfter=12)
note_title = ParagraphStyle("nt", fontName="SAB", fontSize=17, leading=21, textColor=INK, spaceAfter=3)
note_sub = ParagraphStyle("ns", fontName="SA", fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=14)
card_title = ParagraphStyle("ct", fontName="SAB", fontSize=11.5, leading=14.5, textColor=INK, spaceAfter=4)
small = ParagraphStyle("sm", fontName="CO", fontSize=9.2, leading=12.5, textColor=INK)
smallm = ParagraphStyle("smm", parent=small, textColor=MUTED)
sect = ParagraphStyle("se", fontName="COB", fontSize=8.2, leading=11, textColor=MUTED, spaceBefore=4, spaceAfter=1)
desc = ParagraphStyle("de", fontName="SA", fontSize=9.6, leading=13.4, textColor=INK)
check = ParagraphStyle("ck", fontName="SA", fontSize=9.4, leading=13, textColor=INK, leftIndent=11, firstLineIndent=-11)
comm = ParagraphStyle("cm", fontName="SA", fontSize=9.2, leading=12.8, textColor=INK)
cell = ParagraphStyle("ce", fontName="CO", fontSize=8.6, leading=10.6, textColor=INK)
cellb = ParagraphStyle("ceb", parent=cell, fontName="COB")
band = ParagraphStyle("ba", fontName="SAB", fontSize=11.5, leading=14, textColor=colors.white)


# ------------------------------------------------------------------------------------------------ cartes
def card(title, labels=(), members=(), due=None, state=None, desc_=None, table=None, table_w=None, after=None,
         checklists=(), files=(), comments=()):
    return dict(title=title, labels=list(labels), members=list(members), due=due, state=state, desc=desc_,
                table=table, table_w=table_w, after=after, checklists=list(checklists), files=list(files),
                comments=list(comments))


A_FAIRE = [
    card("Objectifs de transformation fin 2026", ["Contenu"], ["SL", "YL"], "30/04/2026", None,
         ["Chiffres posés avec Sophie au point du 30/03, à reprendre dans le bilan de juin :",
          "• 35 % de devis transformés en commande ;",
          "• 30 % des commandes passées en ligne fin 2026 (le reste arrive encore par téléphone, mail et fax à l'ADV)."],
         comments=[("Sophie Lemoine-Rault", "30/03/2026 17:42", "On garde ces deux chiffres pour le comité de juin, ce sont ceux que je présenterai aux associés."),
                   ("Yohan Le Bihan", "30/03/2026 16:10", "Les commerciaux trouvent 35 % ambitieux sur les collectivités, plus réaliste sur les entreprises de propreté.")]),
    card("Cahier de cadrage — ranger les objectifs", ["Contenu"], ["SL"], "10/04/2026", "late",
         ["Reprendre la partie 2 du cahier de cadrage v2 : les objectifs sont écrits en vrac, à classer avant le bilan.",
          "<b>Objectifs généraux</b> : faire passer les commandes répétitives des clients pros sur le web ; libérer l'ADV de la ressaisie des bons de commande ; garder la relation commerciale et les tarifs négociés de chaque compte.",
          "<b>Objectifs techniques</b> : synchro Sage 100 → Sylius toutes les 15 min (tarifs négociés, stock, encours client) ; fiche article affichée en moins de 2 s sur mobile en 4G ; commandes web remontées dans Sage sans ressaisie ; FDS toujours à la dernière version."],
         files=["cahier_cadrage_v2.pdf"],
         comments=[("Morgane Tanguy", "09/04/2026 18:20", "Pas eu le temps cette semaine, je décale après la recette des irritants.")]),
    card("Mentions légales", ["Juridique", "Bloquant"], ["SL"], "27/02/2026", "late",
         checklists=[("Mentions", [(False, "Raison sociale, capital, RCS, TVA intracom"), (False, "Hébergeur du site"),
                                   (False, "Directeur de la publication"), (False, "Lien en pied de page sur toutes les pages")])]),
    card("Blog conseils hygiène"),
    card("Retours & avoirs web — procédure", ["Logistique"], ["LQ", "DG"], "15/05/2026", None,
         ["Aujourd'hui les demandes de retour web arrivent par mail à l'ADV comme les autres. Écrire la procédure : qui accepte, bon de retour, avoir Sage."],
         comments=[("Damien Gouédard", "08/04/2026 11:05", "3 demandes de retour web depuis le 2 mars, toutes des erreurs de conditionnement (carton au lieu d'unité).")]),
    card("Bons de commande administratifs (collectivités)", ["Tech"], ["YL", "DG"], "22/05/2026", None,
         ["Les mairies et le CD35 envoient un bon de commande signé : prévoir le dépôt du PDF dans la commande web et le n° d'engagement."],
         comments=[("Yohan Le Bihan", "02/04/2026 14:30", "Rennes Métropole demande aussi le dépôt sur Chorus Pro pour les factures, à voir avec la compta.")]),
    card("Relance des comptes jamais connectés", ["Contenu"], ["YL"], "24/04/2026", None,
         ["96 comptes ouverts le 2 mars ne se sont jamais connectés. Liste extraite de Sylius, à répartir par commercial."],
         checklists=[("Relance", [(True, "Extraction des 96 comptes"), (False, "Mail de relance (modèle)"), (False, "Appel par le commercial du secteur")])]),
    card("Étiquettes transport automatiques", ["Logistique", "Tech"], ["LQ", "SV"], "29/05/2026", None,
         ["Éditer l'étiquette Heppner / Colissimo depuis la commande web au lieu de la ressaisir sur le portail du transporteur."],
         comments=[("Studio Vilaine", "10/04/2026 10:12", "Devis envoyé à Sophie : 1,5 jour pour Colissimo, l'API Heppner est à demander à leur agence de Rennes.")]),
    card("Fiches articles lot 3 : sacs poubelle, papier toilette", ["Catalogue", "Contenu"], ["DG"], "12/06/2026", None,
         ["320 réf. restantes après les détergents et l'essuyage. Même modèle de fiche que le lot 1."]),
]

EN_COURS = [
    card("Détourage packshots fournisseurs", ["Catalogue", "Contenu"], ["MT"], "30/04/2026", None,
         ["Images des fabricants pour les marques hors Hydrel Pro (fonds de couleurs différentes, ombres, logos) : détourage sur fond blanc avant intégration.",
          "Photoshop — 52/140 refs détourées."],
         files=["packshots_a_detourer.xlsx"]),
    card("Données personnelles — mise en conformité", ["Juridique"], ["SV", "SL"], "15/05/2026", None,
         ["Points relevés avec Studio Vilaine avant et après la mise en ligne."],
         checklists=[("Données perso", [(True, "Bannière cookies (refus aussi visible que l'acceptation)"),
                                        (True, "Contrat de sous-traitance (DPA) signé avec Studio Vilaine"),
                                        (True, "Page « Politique de confidentialité » en ligne"),
                                        (False, "Registre des traitements"),
                                        (False, "Durées de conservation (comptes, devis, prospects)"),
                                        (False, "Consentement des prospects (formulaire devis sans compte)")])],
         comments=[("Studio Vilaine", "25/03/2026 16:48", "Bannière passée en v2, le bouton « Tout refuser » est au même niveau que « Tout accepter ».")]),
    card("Flux prépa des commandes web", ["Logistique"], ["LQ", "DG"], "24/04/2026", None,
         ["Comment une commande web arrive à l'entrepôt :",
          "• cut-off à 15 h : commande validée (et encours OK) avant 15 h = préparée et partie le jour même, après 15 h = J+1 ;",
          "• bon de préparation édité depuis Sage avec la mention WEB, l'emplacement et le conditionnement ;",
          "• n° de lot relevé sur le bon pour tous les produits chimiques (détergents, désinfectants, décapants), pour pouvoir retrouver un lot en cas de rappel fabricant."],
         checklists=[("Mise en place", [(True, "Cut-off 15 h affiché sur le site et dans le mail de confirmation"),
                                        (True, "Mention WEB sur le bon de préparation"),
                                        (True, "Case n° de lot sur le bon"),
                                        (False, "Équipe du samedi matin informée")])],
         comments=[("Laure Quéré", "08/04/2026 07:55", "Les n° de lot sont bien notés depuis lundi, mais à la main. On verra pour la douchette plus tard.")]),
    None,  # Transport (construit plus bas : tableau)
    None,  # Point du lundi
    None,  # Charge par personne
    card("Comptes multi-sites (groupes d'EHPAD)", ["Tech"], ["SV", "YL"], "15/05/2026", None,
         ["Un groupe = un compte payeur + plusieurs adresses de livraison avec chacune son franco et son jour de tournée. Aujourd'hui un compte par établissement."],
         comments=[("Yohan Le Bihan", "14/04/2026 12:20", "Groupe Ker Avel (6 EHPAD) attend ça pour passer toutes ses commandes en ligne.")]),
    card("Encours client dépassé : blocage de la commande", ["Tech", "Bloquant"], ["SV", "DG"], "17/04/2026", None,
         ["Quand l'encours Sage est dépassé, la commande passe quand même côté site. Il faut la bloquer en « attente ADV » avec un message au client."],
         comments=[("Damien Gouédard", "15/04/2026 09:40", "Encore 2 commandes passées cette semaine par des comptes en retard de paiement, rattrapées à la main."),
                   ("Studio Vilaine", "13/04/2026 17:05", "Le champ encours remonte bien dans la synchro, reste à brancher la règle. Livraison prévue le 17.")]),
]

EN_RECETTE = [
    card("Irritants du chemin devis → commande", ["Tech"], ["MT", "YL", "SV"], "24/04/2026", None,
         ["Liste faite à partir des appels à l'ADV et des retours des commerciaux depuis le 2 mars."],
         checklists=[("Irritants", [(True, "Le PDF du devis n'affichait pas le tarif négocié — corrigé par SV le 24/03"),
                                    (True, "Bouton « Transformer en commande » invisible sur mobile — corrigé par SV le 26/03"),
                                    (True, "Franco non recalculé après modification des quantités — corrigé par SV le 31/03"),
                                    (False, "SIRET demandé deux fois (création du compte puis demande de devis)"),
                                    (False, "La recherche ignore les réf. fabricant (ex. Tork 100297)"),
                                    (False, "Frais de port affichés tantôt HT tantôt TTC"),
                                    (False, "Devis expiré : message d'erreur technique au lieu d'une explication")])],
         comments=[("Yohan Le Bihan", "09/04/2026 15:22", "Les 3 premiers sont OK chez mes clients. La recherche par réf. fabricant revient souvent : les acheteurs d'EHPAD tapent la réf. Tork ou Diversey qui est sur leur ancien bon."),
                   ("Morgane Tanguy", "30/03/2026 10:02", "Les 3 bloquants validés au point du lundi sont passés en recette.")]),
    card("Méthode de rédaction des fiches articles", ["Contenu"], ["MT", "DG"], "24/04/2026", None,
         ["Règles testées sur les 40 premières fiches du lot 1 (détergents) avant de les donner aux commerciaux pour le lot 3."],
         checklists=[("Règles de rédaction", [(True, "Titre : type de produit + usage + conditionnement + marque (ex. « Détergent désinfectant sols 5 L — Hydrel Pro »)"),
                                              (True, "Usages décrits par type de client (cuisine, sanitaires, sols de chambre)"),
                                              (True, "Dilution et coût d'utilisation calculés par l'ADV"),
                                              (True, "FDS jointe, dernière version"),
                                              (True, "Pas de superlatifs (« le meilleur », « ultra »)"),
                                              (True, "Relecture par une 2e personne de l'ADV")])],
         comments=[("Damien Gouédard", "07/04/2026 16:40", "Relu les 40 fiches, 6 corrections de dilution (on avait pris la dose « entretien » au lieu de « désinfection »).")]),
    card("Export des commandes web vers Sage 100", ["Tech"], ["SV", "DG"], "21/04/2026", None,
         ["Les commandes web doivent arriver dans Sage comme des bons de commande ADV (même numérotation, commercial du compte renseigné)."],
         comments=[("Damien Gouédard", "16/04/2026 10:15", "OK sur 25 commandes test. Reste le cas des reliquats : la ligne en reliquat ne doit pas être facturée.")]),
    card("Lien automatique vers la dernière FDS", ["Catalogue", "Juridique"], ["SV", "DG"], "24/04/2026", None,
         ["Quand un fabricant envoie une nouvelle FDS, la fiche article doit pointer vers la nouvelle version sans intervention."],
         comments=[("Studio Vilaine", "14/04/2026 11:30", "Testé sur 10 produits Diversey : le lien suit la version déposée dans le dossier partagé.")]),
]

# ---------------------------------------------------------------------------- Fait
FAIT = [
    card("Consignes de Sophie pour le projet", ["Contenu"], ["SL", "MT"], "15/10/2025", "done",
         ["Conditions posées par Sophie au lancement (comité du 8 octobre 2025). Chaque condition est cochée avec la carte qui la respecte."],
         checklists=[("Conditions de la direction", [
             (True, "Budget total ≤ 60 k€ HT → carte « Grille agences » (Studio Vilaine 48 k€ HT)"),
             (True, "Sage 100 reste le maître des articles, tarifs et clients → carte « Synchro Sage 100 : tarifs négociés »"),
             (True, "Chaque client voit ses tarifs négociés → carte « Modèle fiche article pro »"),
             (True, "Les commerciaux gardent leur commission sur les commandes web de leurs comptes → carte « Chemin devis → commande » (alerte au commercial, commande rattachée à son code)"),
             (True, "En ligne avant les appels d'offres de printemps des collectivités → carte « Mise en ligne 2 mars »")])],
         comments=[("Sophie Lemoine-Rault", "03/03/2026 08:30", "Les cinq sont tenues, merci. On garde cette carte en tête de Fait pour le comité.")]),
    card("Cahier de cadrage v2", ["Contenu"], ["MT", "SL"], "14/11/2025", "done",
         ["Version validée par Sophie le 14/11/2025, envoyée aux trois agences consultées. Plan en 9 parties :"],
         table=[["Partie", "Contenu"],
                ["1. Contexte", "Hydrel Distribution, 28 salariés, 7,8 M€ HT, clients pros du Grand Ouest, ventes par commerciaux + ADV"],
                ["2. Objectifs", "Ce que le site doit apporter à Hydrel et à ses clients pros"],
                ["3. Clients et comptes", "Entreprises de propreté, EHPAD, restaurants, collectivités ; comptes et utilisateurs"],
                ["4. Fonctionnel", "Compte client, tarifs négociés, demande de devis, « Transformer en commande », historique"],
                ["5. Catalogue", "1 850 réf., familles, modèle de fiche article, FDS, photos"],
                ["6. Technique", "Sylius, connecteur Sage 100, hébergement, performances, sauvegardes"],
                ["7. Juridique", "CGV pro, données personnelles, mentions"],
                ["8. Logistique", "Cut-off, préparation, transporteurs, franco"],
                ["9. Budget, calendrier, recette", "Enveloppe, jalons jusqu'au 2 mars 2026, cahier de recette"]],
         table_w=[38 * mm, 118 * mm],
         files=["cahier_cadrage_v2.pdf"]),
    card("Grille agences", ["Tech"], ["MT", "SL", "DG"], "12/12/2025", "done",
         ["Trois intégrateurs consultés sur le cahier de cadrage v2, soutenances le 9 et le 10 décembre. Notes sur 10, pondérées."],
         table=[["Critère", "Poids", "Studio Vilaine", "Kerweb", "Digital Armor"],
                ["Références B2B (tarifs par compte, devis)", "25 %", "9", "7", "7"],
                ["Connecteur Sage 100 déjà en production", "25 %", "9", "5", "7"],
                ["Prix (forfait + 1re année de maintenance)", "20 %", "6 (48 k€)", "8 (41 k€)", "9 (36 k€)"],
                ["Délai : en ligne avant mars 2026", "10 %", "8", "8", "6"],
                ["Maintenance et support", "10 %", "8", "7", "7"],
                ["Proximité (ateliers à Rennes)", "10 %", "9", "6", "8"],
                ["Note pondérée / 10", "", "8,2", "6,7", "7,4"]],
         table_w=[62 * mm, 15 * mm, 27 * mm, 26 * mm, 26 * mm],
         files=["grille_agences_v3.xlsx"],
         comments=[("Sophie Lemoine-Rault", "12/12/2025 18:02", "Validé Studio Vilaine. Le connecteur Sage déjà tourné chez un grossiste alimentaire de Vitré compte plus que les 7 k€ d'écart avec Kerweb."),
                   ("Morgane Tanguy", "11/12/2025 09:15", "Grille v3 : j'ai remonté le poids du connecteur Sage à 25 % après l'échange avec Damien.")]),
    card("Packshots — qui fait les photos ?", ["Contenu", "Catalogue"], ["MT", "SL"], "16/01/2026", "done",
         ["Photos pour les fiches de la marque propre Hydrel Pro (150 réf.) et des marques distribuées."],
         comments=[("Sophie Lemoine-Rault", "16/01/2026 12:40", "OK pour Erwan, 2 jours les 3 et 4 février. Laure prépare les produits."),
                   ("Morgane Tanguy", "15/01/2026 17:55", "Décision proposée : Erwan pour toute la marque Hydrel Pro (150 réf., 2 jours = 1 040 € HT, soit 6,93 € la réf.), et images fabricants pour les autres marques, détourées chez nous. Même photographe, même fond, même éclairage pour toute notre gamme : les fiches Hydrel Pro se ressemblent et on reconnaît la marque, ce qu'on n'aurait pas avec un mélange d'images fabricants."),
                   ("Morgane Tanguy", "14/01/2026 11:20", "Images fabricants : gratuites, déjà dans les catalogues Diversey, Tork, Kimberly-Clark, mais fonds mélangés (blanc, gris, mises en scène) et rien pour notre marque propre."),
                   ("Morgane Tanguy", "13/01/2026 16:05", "Erwan Le Dantec (photographe à Cesson) : 520 € HT la journée, environ 80 réf. par jour en studio mobile chez nous. On ne paie que les réf. dont on a besoin."),
                   ("Morgane Tanguy", "12/01/2026 10:30", "Option agence (devis reçu) : 1 900 € HT le forfait de 300 réf. minimum. Pour nos 150 réf. Hydrel Pro, ça revient à 12,67 € la réf. utile.")]),
    None,  # Modèle fiche article pro
    None,  # Termes de recherche par famille
    card("Visuels & démos : formats pour le web", ["Contenu", "Tech"], ["MT", "SV"], "20/02/2026", "done",
         ["Règles données à Studio Vilaine et à Erwan pour tout ce qui s'affiche sur les fiches articles :",
          "• photos : 1 200 px de large, format WebP, moins de 150 Ko, fond blanc, texte alternatif rempli (type de produit + conditionnement + marque) ;",
          "• 3 photos maxi par fiche : produit seul, produit en situation, étiquette / pictogrammes de danger lisibles ;",
          "• démos machines : vidéos de 60 s tournées par Yohan, mises en ligne sur YouTube en « non répertorié » et intégrées sur la fiche (autolaveuse compacte, monobrosse, aspirateur dorsal)."],
         checklists=[("Contrôle avant mise en ligne", [(True, "Poids des images vérifié (moyenne 96 Ko)"), (True, "Textes alternatifs remplis sur les 150 réf. Hydrel Pro"),
                                                        (True, "3 démos machines en ligne et intégrées"), (True, "Lecture des vidéos vérifiée en 4G")])]),
    card("Chemin devis → commande", ["Tech"], ["MT", "YL", "SV"], "20/02/2026", "done",
         ["Parcours d'un client pro qui demande un prix sur une machine ou un volume hors tarif, jusqu'à la commande."],
         checklists=[("Chemin devis → commande", [
             (True, "Formulaire de demande de devis (depuis la fiche ou le panier)"),
             (True, "Alerte au commercial du compte (mail + tâche dans Sylius)"),
             (True, "Devis PDF généré avec le tarif négocié et la date de validité"),
             (True, "Bouton « Transformer en commande » dans l'espace client"),
             (True, "Champ « n° de bon de commande client » obligatoire pour les collectivités"),
             (True, "Contrôle du franco (150 € HT) avant validation"),
             (True, "Paiement par LCR à 30 jours ou par carte"),
             (True, "Mail de confirmation avec jour de livraison prévu")])],
         comments=[("Yohan Le Bihan", "27/02/2026 17:30", "Testé de bout en bout sur 5 comptes réels (EHPAD Les Hortensias, Propreté Rennaise, mairie de Bruz, 2 restaurants) : devis, transformation, commande dans Sage. Tout passe."),
                   ("Studio Vilaine", "19/02/2026 14:00", "Champ n° de bon de commande ajouté, obligatoire pour les comptes de type collectivité.")]),
    card("CGV pro relues", ["Juridique"], ["MT", "SL"], "13/02/2026", "done",
         ["Relecture article par article des CGV pro (version papier de 2019) avant leur mise en ligne. Ce qui a été vu et ce qui a été demandé à Me Gaëlle Le Goff (cabinet à Rennes) :",
          "• <b>Art. 4 Paiement</b> : 30 jours date de facture, LCR ou virement ; rien sur la carte → ajout du paiement carte pour les commandes web ;",
          "• <b>Art. 5 Retard de paiement</b> : pénalités au taux BCE + 10 points bien présentes, mais l'indemnité forfaitaire de 40 € pour frais de recouvrement manquait → ajoutée ;",
          "• <b>Art. 7 Réserve de propriété</b> : la marchandise reste à Hydrel jusqu'au paiement complet ; en ligne il faut que le client l'accepte → case à cocher à la commande ;",
          "• <b>Art. 9 Retours</b> : pas de retour des produits chimiques ouverts (sécurité, traçabilité des lots) → garder, mais préciser l'exception en cas d'erreur de préparation de notre part ;",
          "• <b>Art. 3 Devis</b> : validité non précisée → 30 jours, écrit sur le devis PDF."],
         files=["CGV_pro_2026_v3_annotees.pdf"],
         comments=[("Sophie Lemoine-Rault", "13/02/2026 10:45", "Version de Me Le Goff reçue et signée, Studio Vilaine peut la mettre en ligne."),
                   ("Morgane Tanguy", "05/02/2026 16:20", "Envoyé les 5 points à Me Le Goff avec la version annotée.")]),
    None,  # Fiches perf. individuelles
    card("Synchro Sage 100 : tarifs négociés", ["Tech"], ["SV", "DG"], "06/02/2026", "done",
         ["Les 412 grilles de tarifs négociés restent dans Sage et descendent dans Sylius toutes les 15 min, avec le stock et l'encours."],
         comments=[("Damien Gouédard", "06/02/2026 15:10", "Contrôlé 30 comptes au hasard, prix au centime près. OK.")]),
    card("Import catalogue : 1 850 réf.", ["Catalogue"], ["DG", "SV"], "30/01/2026", "done",
         ["Import des articles actifs de Sage (hors références bloquées et fins de série), rangés en 11 familles."],
         checklists=[("Import", [(True, "Extraction Sage"), (True, "Nettoyage des libellés ADV abrégés"), (True, "Import Sylius"), (True, "Contrôle des conditionnements")])]),
    card("Séance photo Erwan — marque Hydrel Pro", ["Catalogue"], ["LQ", "DG"], "04/02/2026", "done",
         ["2 jours de studio mobile dans la salle de réunion, 150 réf. Laure sort les produits par famille, Damien vérifie les étiquettes."],
         comments=[("Laure Quéré", "04/02/2026 17:50", "150/150 photographiées, produits remis en stock.")]),
    card("Zones de livraison et jours de tournée", ["Logistique"], ["LQ", "DG"], "13/02/2026", "done",
         ["Chaque code postal du 35 et des départements voisins est rattaché à un jour de tournée de nos camions, affiché sur la fiche article et dans le panier."]),
    card("Mise en ligne 2 mars", ["Tech", "Bloquant"], ["SV", "SL"], "02/03/2026", "done",
         ["Go donné par Sophie le 27/02 après la recette finale."],
         comments=[("Studio Vilaine", "02/03/2026 07:12", "Site ouvert, redirections OK, 412 invitations parties à 7 h.")]),
    card("Formation des commerciaux au back-office", ["Tech"], ["YL"], "25/02/2026", "done",
         ["2 sessions d'1 h 30 (24 et 25 février) : suivre les devis web de ses comptes, transformer un devis, voir les commandes."]),
    card("Ouverture des comptes clients", ["Contenu"], ["YL", "DG"], "02/03/2026", "done",
         ["Invitations envoyées aux clients actifs 2025 avec leur identifiant et le nom de leur commercial."],
         checklists=[("Comptes", [(True, "Liste des clients actifs 2025"), (True, "Mail d'invitation"), (True, "412 comptes créés au 13/04")])]),
    card("Paiement carte et LCR", ["Tech"], ["SL", "DG"], "16/02/2026", "done",
         ["Contrat de paiement carte signé avec la banque, LCR conservée pour les comptes en compte."]),
    card("Import des FDS (PDF)", ["Catalogue", "Juridique"], ["DG"], "20/02/2026", "done",
         ["640 FDS récupérées chez les fabricants et rattachées aux articles chimiques."]),
]

# ------------------------------------------------------------------ cartes avec tableaux
TRANSPORT = card(
    "Transport — comparatif transporteurs", ["Logistique"], ["LQ", "DG"], "30/04/2026", None,
    ["Classement des solutions utilisées pour les commandes web, par coût (colis de 30 kg, palette de 300 kg, départ Saint-Jacques) et par émissions (g CO2e par colis de 30 kg, calculateurs des transporteurs, moyenne de nos envois de mars)."],
    table=[["Rang", "Transporteur", "Usage", "Colis 30 kg", "Palette 300 kg", "g CO2e / colis", "Rang coût", "Rang CO2e"],
           ["1", "Camions Hydrel", "Tournées 35 et limitrophes", "4,20 €", "38 €", "610", "1", "1"],
           ["2", "Heppner", "Messagerie Grand Ouest", "11,80 €", "62 €", "1 450", "2", "3"],
           ["3", "Colissimo Entreprise", "Petits colis ≤ 30 kg, France", "19,60 €", "—", "1 180", "4", "2"],
           ["4", "DB Schenker", "Palettes hors Grand Ouest", "14,90 €", "71 €", "1 920", "3", "4"]],
    table_w=[10 * mm, 27 * mm, 38 * mm, 18 * mm, 19 * mm, 18 * mm, 13 * mm, 13 * mm],
    after=["Classement retenu : rang coût × 60 % + rang CO2e × 40 % (Camions Hydrel 1,0 · Heppner 2,4 · Colissimo 3,2 · DB Schenker 3,4). Colissimo reste réservé aux colis de 30 kg maximum hors zones de tournée."],
    files=["comparatif_transport_mars.xlsx"],
    comments=[("Laure Quéré", "27/03/2026 08:40", "On n'a pas encore interrogé les clients sur la livraison, après Pâques."),
              ("Damien Gouédard", "24/03/2026 14:55", "Tarifs Heppner et Schenker mis à jour avec la surcharge gazole d'avril.")])

MONDAYS = [
    ("13/04/2026 09:05", "Objectif : bilan des 6 premières semaines (412 comptes, 318 commandes, 186 k€ HT) et choix des cartes à finir avant fin avril. → Données perso et encours en priorité."),
    ("07/04/2026 09:10", "Objectif : 1:1 Laure : organiser la prépa web (cut-off 15 h, bon de préparation, n° de lot). Point décalé au mardi (lundi de Pâques)."),
    ("30/03/2026 09:00", "Objectif : valider les 3 bloquants de la recette (PDF devis sans tarif négocié, bouton mobile, franco). → Validés, passés dans En recette."),
    ("23/03/2026 09:05", "Objectif : arbitrer le comparatif transport avec Laure et Damien avant la renégociation Heppner."),
    ("16/03/2026 09:00", "Objectif : 1:1 Yohan : retours des commerciaux sur les premiers devis web (délais de réponse, commission)."),
    ("09/03/2026 09:00", "Objectif : premier bilan J+7 : comptes activés (238), appels reçus à l'ADV, premières anomalies."),
    ("02/03/2026 08:30", "Objectif : go / no go de la mise en ligne à 7 h, répartition des appels clients de la journée."),
    ("23/02/2026 09:00", "Objectif : recette finale avec Studio Vilaine : trier les anomalies restantes en bloquantes / non bloquantes."),
    ("16/02/2026 09:00", "Objectif : 1:1 Damien : qui répond aux demandes de devis web à partir du 2 mars et sous quel délai."),
]
LUNDI = card("Point du lundi", [], ["MT", "SL"], None, None,
             ["Carte récurrente. Compte rendu en commentaire après chaque point (9 h, salle ADV, 30 min)."],
             comments=[("Morgane Tanguy", d, txt) for d, txt in MONDAYS])

MODELE = card(
    "Modèle fiche article pro", ["Catalogue", "Contenu"], ["MT", "DG", "SV"], "23/01/2026", "done",
    ["Modèle appliqué à toutes les fiches articles. Exemple sur « Détergent désinfectant sols 5 L — Hydrel Pro » :"],
    table=[["Élément", "Sur la fiche « Détergent désinfectant sols 5 L »"],
           ["Références", "Réf. Hydrel HP-DDS5 + réf. fabricant, code EAN"],
           ["Conditionnement", "Bidon 5 L — carton de 4 bidons"],
           ["Prix négocié", "Prix du compte connecté à l'unité (24,50 € HT) et au carton (94,00 € HT)"],
           ["Dilution et coût d'utilisation", "0,5 % (25 mL pour 5 L d'eau) → 0,12 € HT le seau"],
           ["FDS", "PDF téléchargeable, dernière version, date affichée"],
           ["Normes et labels", "EN 1276 (bactéricide), Ecolabel européen"],
           ["Matériel compatible", "Doseurs et centrales de dilution compatibles, autolaveuses"],
           ["Stock", "Quantité disponible à Saint-Jacques"],
           ["Livraison", "Jour de tournée selon l'adresse du compte"]],
    table_w=[42 * mm, 114 * mm],
    after=["<b>Pourquoi ces éléments</b> : la FDS est exigée par les EHPAD et les cuisines collectives avant tout premier achat, sans elle l'acheteur ne peut pas commander ; le coût d'utilisation montre qu'un produit plus cher au bidon revient moins cher au seau que ceux de Breizh Propreté Distribution ou NetPro Ouest ; les distributeurs et doseurs compatibles évitent les retours (essuie-mains qui ne rentrent pas dans le distributeur, bidon sans doseur) ; EN 1276 et Ecolabel sont demandés dans les appels d'offres des collectivités ; le prix au carton pousse à commander le carton complet ; le jour de livraison répond à la première question posée à l'ADV."],
    files=["modele_fiche_article_v4.docx"],
    comments=[("Damien Gouédard", "10/04/2026 16:35", "+14 % de commandes sur les détergents depuis les nouvelles fiches."),
              ("Studio Vilaine", "22/01/2026 11:00", "Champs dilution et coût d'utilisation créés comme attributs, calcul automatique à partir du prix négocié.")])

TERMES = card(
    "Termes de recherche par famille", ["Contenu"], ["MT"], "06/02/2026", "done",
    ["Un terme principal par famille, choisi avec les mots des clients au téléphone et les suggestions de Google, puis placé aux mêmes endroits sur chaque page de famille."],
    table=[["Famille", "Terme principal", "Titre", "H1", "URL", "Méta", "Alt"],
           ["Essuie-mains", "essuie-mains enchevêtrés", "✓", "✓", "✓", "✓", "✓"],
           ["Détergents sols", "détergent désinfectant sol EN 1276", "✓", "✓", "✓", "✓", "✓"],
           ["Machines", "autolaveuse compacte", "✓", "✓", "✓", "✓", "✓"],
           ["Sacs poubelle", "sac poubelle 110 L professionnel", "✓", "✓", "✓", "✓", "—"],
           ["Gants", "gants nitrile non poudrés", "✓", "✓", "✓", "✓", "✓"],
           ["Papier toilette", "papier toilette maxi jumbo", "✓", "✓", "✓", "—", "✓"],
           ["Distributeurs", "distributeur essuie-mains inox", "✓", "✓", "✓", "✓", "✓"]],
    table_w=[28 * mm, 62 * mm, 13 * mm, 13 * mm, 13 * mm, 13 * mm, 13 * mm],
    comments=[("Morgane Tanguy", "06/02/2026 17:10", "« Essuie-mains Z » ne sort presque pas dans Google, les acheteurs tapent « enchevêtrés » : on garde Z pliés dans le titre de la fiche article, enchevêtrés sur la famille.")])

PERF = card(
    "Fiches perf. individuelles", ["Catalogue"], ["YL", "DG"], "27/02/2026", "done",
    ["Une fiche de performances par autolaveuse, reprise des données constructeur et vérifiée en démo par Yohan, pour les comparer sur le site et dans les devis."],
    table=[["Machine", "Largeur de travail", "Rendement théorique", "Autonomie", "Réservoir propre / sale", "Prix"],
           ["Autolaveuse compacte 43 cm", "43 cm", "1 700 m²/h", "1 h 15 (batterie lithium)", "20 L / 22 L", "sur devis (≈ 4 900 € HT)"],
           ["Autolaveuse 50 cm autotractée", "50 cm", "2 200 m²/h", "2 h 30", "45 L / 47 L", "sur devis"],
           ["Autolaveuse autoportée 70 cm", "70 cm", "4 200 m²/h", "3 h", "100 L / 105 L", "sur devis"],
           ["Mini-autolaveuse 35 cm", "35 cm", "900 m²/h", "45 min", "4 L / 5 L", "sur devis"]],
    table_w=[42 * mm, 19 * mm, 23 * mm, 28 * mm, 24 * mm, 22 * mm],
    comments=[("Yohan Le Bihan", "26/02/2026 18:00", "Rendements constructeur un peu optimistes, j'ai noté en commentaire de devis le rendement réel mesuré en démo à l'EHPAD de Cesson (1 350 m²/h pour la 43 cm).")])

CHARGE_TABLE_POS = None  # rempli après le calcul
CHARGE = card("Charge par personne", [], ["MT"], None, None,
              ["Relevé au 17/04/2026 avec le filtre par membre du tableau."],
              table="CHARGE", table_w=[70 * mm, 40 * mm, 40 * mm])

EN_COURS[3] = TRANSPORT
EN_COURS[4] = LUNDI
EN_COURS[5] = CHARGE
FAIT[4] = MODELE
FAIT[5] = TERMES
FAIT[9] = PERF

LISTS = [("À faire", A_FAIRE), ("En cours", EN_COURS), ("En recette", EN_RECETTE), ("Fait", FAIT)]
assert [len(x) for _, x in LISTS] == [9, 8, 4, 19]

# charge par personne, calculée sur le tableau lui-même
assigned, done = Counter(), Counter()
for name, cards in LISTS:
    for c in cards:
        for m in c["members"]:
            assigned[m] += 1
            if name == "Fait":
                done[m] += 1
assert (assigned["MT"], done["MT"]) == (14, 9), (assigned["MT"], done["MT"])
assert (assigned["LQ"], done["LQ"]) == (6, 2), (assigned["LQ"], done["LQ"])
CHARGE["table"] = [["Membre", "Cartes assignées", "Cartes dans Fait"]] + [
    ["%s (%s)" % (MEMBERS[m], m), str(assigned[m]), str(done[m])]
    for m in ["MT", "DG", "YL", "SV", "LQ", "SL"]]


# ------------------------------------------------------------------------------------------------ rendu
def P(t, st):
    return Paragraph(fr(t), st)


def label_chips(labels):
    parts = []
    for lb in labels:
        bg, fg, _ = LABELS[lb]
        parts.append('<font backColor="%s" color="%s"><b>\u00a0%s\u00a0</b></font>' % (bg, fg, lb))
    return "\u2002".join(parts)


def inner_table(rows, widths):
    data = []
    for i, r in enumerate(rows):
        st = cellb if i == 0 or r[0].startswith("Note pondérée") else cell
        data.append([Paragraph(fr(v), st) for v in r])
    tb = Table(data, colWidths=widths, hAlign="LEFT")
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, LINE),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F1F2F4")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 1.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
                            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return tb


CW = W - 2 * 18 * mm


def render_card(c):
    rows = [[P(c["title"], card_title)]]
    if c["labels"]:
        rows.append([Paragraph(label_chips(c["labels"]), ParagraphStyle("lb", parent=small, spaceAfter=3))])
    meta = []
    if c["members"]:
        meta.append("Membres : " + ", ".join(c["members"]))
    if c["due"]:
        if c["state"] == "done":
            meta.append('Échéance : %s <font color="#1F845A">✓</font>' % c["due"])
        elif c["state"] == "late":
            meta.append('Échéance : %s <font color="#C9372C"><b>en retard</b></font>' % c["due"])
        else:
            meta.append("Échéance : %s" % c["due"])
    if meta:
        rows.append([P("\u2003·\u2003".join(meta), smallm)])
    if c["desc"]:
        rows.append([[P("DESCRIPTION", sect), P(c["desc"][0], desc)]])
        for d in c["desc"][1:]:
            rows.append([P(d, desc)])
    if c["table"]:
        rows.append([inner_table(c["table"], c["table_w"])])
    if c["after"]:
        for d in c["after"]:
            rows.append([P(d, desc)])
    for name, items in c["checklists"]:
        n = sum(1 for ok, _ in items if ok)
        head = P("Checklist — %s (%d/%d)" % (name, n, len(items)), sect)
        for k, (ok, it) in enumerate(items):
            line = P('<font color="#1F845A">☑</font> %s' % it if ok else "☐ %s" % it, check)
            rows.append([[head, line]] if k == 0 else [line])
    if c["files"]:
        rows.append([P("Pièces jointes : " + ", ".join(c["files"]), smallm)])
    if c["comments"]:
        for k, (who, when, txt) in enumerate(c["comments"]):
            line = P("<b>%s</b> · %s : %s" % (who, when, txt), comm)
            rows.append([[P("ACTIVITÉ", sect), line]] if k == 0 else [line])
    # en-tête de carte (titre, étiquettes, membres) gardé avec le premier bloc : pas de titre orphelin en bas de page
    nhead = 1 + (1 if c["labels"] else 0) + (1 if meta else 0)
    if len(rows) > nhead:
        nhead += 1
    flat = []
    for r in rows[:nhead]:
        flat += r[0] if isinstance(r[0], list) else [r[0]]
    rows = [[flat]] + rows[nhead:]
    tb = Table(rows, colWidths=[CW], hAlign="LEFT")
    st = [("BOX", (0, 0), (-1, -1), 0.9, LINE),
          ("BACKGROUND", (0, 0), (-1, -1), CARDBG),
          ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
          ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
          ("TOPPADDING", (0, 0), (0, 0), 7), ("BOTTOMPADDING", (0, 0), (0, 0), 5), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
]
    for i, r in enumerate(rows):
        f = r[0]
        if isinstance(f, list) and f[0].style is sect and i > 0:
            st.append(("TOPPADDING", (0, i), (0, i), 3))
    tb.setStyle(TableStyle(st))
    return tb


def list_band(name, n):
    tb = Table([[Paragraph(fr("%s (%d)" % (name, n)), band)]], colWidths=[CW], hAlign="LEFT")
    tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK),
                            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return tb


def legend():
    cnt = Counter(lb for _, cards in LISTS for c in cards for lb in c["labels"])
    rows = [["Étiquette", "Utilisée pour", "Cartes"]]
    data = [[Paragraph(fr(v), cellb) for v in rows[0]]]
    for lb, (bg, fg, meaning) in LABELS.items():
        data.append([Paragraph(label_chips([lb]), small), Paragraph(fr(meaning), cell), Paragraph(str(cnt[lb]), cell)])
    tb = Table(data, colWidths=[32 * mm, 100 * mm, 18 * mm], hAlign="LEFT")
    tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    return tb


# ------------------------------------------------------------------------------------------------ note
NOTE = [
    ("Le projet.", "Hydrel Distribution (Saint-Jacques-de-la-Lande, 28 salariés, 7,8 M€ HT en 2025) vend des produits d'hygiène et d'entretien aux professionnels : entreprises de propreté, EHPAD, restaurants et collectivités du Grand Ouest. Jusqu'en 2025, tout passait par les commerciaux et par l'ADV, où j'ai travaillé dix ans : commandes par téléphone, mail ou fax, ressaisies dans Sage 100 avec le tarif négocié de chaque client. En octobre 2025, Sophie Lemoine-Rault m'a confié le projet « Hydrel Pro » : une boutique B2B sous Sylius, réalisée par Studio Vilaine, où chaque client retrouve ses tarifs négociés, peut demander un devis et le transformer lui-même en commande. Le site est en ligne depuis le 2 mars 2026. Après six semaines, au 13 avril : 412 comptes ouverts, 318 commandes passées en ligne pour 186 k€ HT. Le catalogue compte 1 850 références, de l'« Essuie-mains Z pliés 2 plis, carton 3 750 f. » à 38,90 € HT au « Détergent désinfectant sols 5 L — Hydrel Pro » à 24,50 € HT, jusqu'à l'« Autolaveuse compacte 43 cm » vendue sur devis (environ 4 900 € HT)."),
    ("Pourquoi un tableau.", "Je n'ai pas rédigé de dossier à part : tout le projet a été mené dans un tableau Trello partagé avec Sophie (DG, ma tutrice), Damien Gouédard (ADV), Laure Quéré (entrepôt), Yohan Le Bihan (grands comptes) et un compte invité pour Studio Vilaine. C'est là que les décisions ont été prises, commentées et datées, au fil des points du lundi. Plutôt que de les réécrire après coup, je joins l'export du tableau tel qu'il était le 17 avril 2026, imprimé depuis Trello en PDF. Les pièces jointes citées sur les cartes (tableurs, PDF) ne sont pas reprises dans cet export ; elles sont disponibles sur demande."),
    ("Comment le lire.", "Le tableau compte quatre listes, de gauche à droite dans Trello et à la suite dans l'export : « À faire », « En cours », « En recette » (ce que Studio Vilaine a livré et que nous testons) et « Fait ». Chaque carte porte des étiquettes de couleur dont la légende est en tête de l'export (page 3 de ce PDF), les initiales des personnes assignées, une échéance (cochée quand la carte est terminée, en rouge quand elle est dépassée), une description, parfois des checklists, et les commentaires, du plus récent au plus ancien. Les décisions importantes sont souvent dans les commentaires plutôt que dans la description : c'est notre façon de travailler. La carte « Point du lundi » garde le compte rendu de chaque point d'équipe. L'entrepôt et les rayonnages sont traités dans la liste Logistique."),
    ("Ce qui manque.", "Tout n'est pas terminé. Le blog de conseils hygiène prévu dans le cahier de cadrage n'existe pas encore : la carte est créée mais vide, faute de temps et de quelqu'un pour écrire. Les mentions légales ne sont toujours pas en ligne, alors que la carte est marquée bloquante depuis février ; c'est le premier point à régler avant fin avril avec Sophie. Plusieurs cartes de la liste « En cours » (données personnelles, flux prépa, transport) sont à moitié faites, et les chiffres d'objectifs de fin d'année n'ont pas encore été rapprochés des résultats. Je préfère présenter le projet tel qu'il est, avec ses trous, plutôt que de le réécrire."),
]


def draw_note(cv, doc):
    cv.saveState()
    cv.setFillColor(MUTED)
    cv.setFont("SA", 8)
    cv.drawString(25 * mm, 12 * mm, fr("Morgane Tanguy — Hydrel Distribution — dossier projet, session 2026"))
    cv.drawRightString(W - 25 * mm, 12 * mm, "note · %d/2" % doc.page)
    cv.restoreState()


def draw_board(cv, doc):
    n = doc.page - 2
    cv.saveState()
    cv.setFillColor(colors.HexColor("#0C66E4"))
    cv.rect(0, H - 14 * mm, W, 14 * mm, fill=1, stroke=0)
    cv.setFillColor(colors.white)
    cv.setFont("SAB", 9)
    cv.drawString(18 * mm, H - 8.8 * mm, fr('Trello · Tableau "%s" · imprimé le %s' % (BOARD, PRINTED)))
    cv.setFillColor(MUTED)
    cv.setFont("SA", 7.5)
    cv.drawString(18 * mm, 9 * mm, "https://trello.com/b/hX4qP2nV/e-shop-pro-hydrel-lancement-2026")
    cv.drawRightString(W - 18 * mm, 9 * mm, "page %d/%d" % (n, EXPORT_PAGES))
    cv.restoreState()


def build():
    os.makedirs(OUT, exist_ok=True)
    doc = BaseDocTemplate(PDF, pagesize=A4, invariant=1, title="Hydrel — E-shop Pro — export du tableau projet",
                          author="Morgane Tanguy", subject="Dossier projet e-shop Pro Hydrel — session 2026", creator="Trello / Morgane Tanguy",
                          producer="Trello print export")
    fr_note = Frame(25 * mm, 22 * mm, W - 50 * mm, H - 47 * mm, id="note", leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0)
    fr_board = Frame(18 * mm, 15 * mm, W - 36 * mm, H - 33 * mm, id="board", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("note", [fr_note], onPage=draw_note),
                          PageTemplate("board", [fr_board], onPage=draw_board)])
    story = [Paragraph("Note de présentation", note_title),
             Paragraph(fr("Projet « Hydrel Pro » — boutique en ligne B2B de Hydrel Distribution SAS · Morgane Tanguy, "
                          "cheffe de projet e-shop · tutrice : Sophie Lemoine-Rault, directrice générale · avril 2026"), note_sub)]
    for lead, text in NOTE:
        story.append(Paragraph("<b>%s</b> %s" % (fr(lead), fr(text)), note_body))
    story.append(Spacer(1, 8))
    story.append(Paragraph(fr("Saint-Jacques-de-la-Lande, le 20 avril 2026 — Morgane Tanguy"),
                           ParagraphStyle("sig", parent=note_body, alignment=2, fontName="SAI")))
    story += [NextPageTemplate("board"), PageBreak()]
    # page 3 : en-tête du tableau + légende
    story.append(Paragraph(fr(BOARD), ParagraphStyle("bt", fontName="SAB", fontSize=15, leading=19, textColor=INK)))
    story.append(Paragraph(fr("Espace de travail : Hydrel Distribution · visibilité : membres du tableau · 40 cartes · "
                              "6 membres : " + ", ".join("%s (%s)" % (v, k) for k, v in MEMBERS.items())), smallm))
    story.append(Spacer(1, 5))
    story.append(Paragraph("Étiquettes", sect))
    story.append(Spacer(1, 2))
    story.append(legend())
    story.append(Spacer(1, 9))
    for k, (name, cards) in enumerate(LISTS):
        if name == "Fait":
            story.append(PageBreak())      # la liste Fait, imprimée à part, commence sur une nouvelle page
        story.append(KeepTogether([list_band(name, len(cards)), Spacer(1, 5), render_card(cards[0])]))
        story.append(Spacer(1, 12))
        for c in cards[1:]:
            story.append(render_card(c))
            story.append(Spacer(1, 12))
        story.append(Spacer(1, 6))
    doc.build(story)
    return doc.page


if __name__ == "__main__":
    n = build()
    print("pages :", n)
