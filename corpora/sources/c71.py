# Générateur du rapport du candidat c71 (Chocolaterie Maison Darrigade, Bayonne).
# PDF A4 paysage, reportlab, déterministe (invariant=1).
import os
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c71-chocolaterie-bayonne")
FILE = "darrigade-rapport.pdf"
NAME = "Léo Etchart"
PW, PH = landscape(A4)
LM = RM = 1.5 * cm
UW = PW - LM - RM

BROWN = colors.HexColor("#4A2C1A")
LIGHT = colors.HexColor("#EFE4D6")
GOLD = colors.HexColor("#B8893B")

body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
part = ParagraphStyle("p", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=BROWN,
                      spaceBefore=2, spaceAfter=3)
sub = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=9.5, leading=12, textColor=BROWN,
                     spaceBefore=4, spaceAfter=2)
cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=9.6)
cellb = ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=8, leading=9.6)
title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=24, leading=29, textColor=BROWN)
subtitle = ParagraphStyle("st", fontName="Helvetica", fontSize=13, leading=17, textColor=BROWN)


class PartTitle(Paragraph):
    def __init__(self, num, text):
        Paragraph.__init__(self, "%d. %s" % (num, text), part)
        self.part_num = num
        self.part_text = text


class Doc(BaseDocTemplate):
    def __init__(self, path, **kw):
        BaseDocTemplate.__init__(self, path, **kw)
        frame = Frame(LM, 1.25 * cm, UW, PH - 1.25 * cm - 1.65 * cm, id="f",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=deco)])
        self.parts = {}

    def afterFlowable(self, fl):
        if isinstance(fl, PartTitle):
            self.parts[fl.part_num] = self.page


TOTAL = [9]


def deco(c, d):
    c.saveState()
    c.setFillColor(BROWN)
    c.rect(0, PH - 1.25 * cm, PW, 1.25 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(LM, PH - 0.8 * cm, "Rapport d'activité e-commerce — Léo Etchart — 2026")
    c.setFont("Helvetica", 8.5)
    c.drawRightString(PW - RM, PH - 0.8 * cm, "Chocolaterie Maison Darrigade — Bayonne")
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    c.line(LM, 1.0 * cm, PW - RM, 1.0 * cm)
    c.setFillColor(BROWN)
    c.setFont("Helvetica", 8)
    c.drawRightString(PW - RM, 0.6 * cm, "page %d / %d" % (d.page, TOTAL[0]))
    c.restoreState()


def build(toc_pages):
    S = []

    def P(t):
        S.append(Paragraph(t, body))

    def H(t):
        S.append(Paragraph(t, sub))

    def T(rows, widths, header=True, first_col_bold=False, extra=None):
        data = []
        for i, r in enumerate(rows):
            line = []
            for j, v in enumerate(r):
                st = cellb if (header and i == 0) or (first_col_bold and j == 0) else cell
                line.append(Paragraph(v, st))
            data.append(line)
        tw = sum(widths)
        t = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=1 if header else 0)
        style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8C7B6B")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 3.5)]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
        if extra:
            style += extra
        t.setStyle(TableStyle(style))
        S.append(t)
        S.append(Spacer(1, 5))

    # ------------------------------------------------------------------ page 1
    S.append(Spacer(1, 0.6 * cm))
    S.append(Paragraph("Rapport d'activité e-commerce", title))
    S.append(Paragraph("Chocolaterie Maison Darrigade — Bayonne (64)<br/>"
                       "Stratégie webmarketing 2026 et contenus du site chocolaterie-darrigade.fr", subtitle))
    S.append(Spacer(1, 0.5 * cm))
    ident = [["Candidat", "Léo Etchart — Bachelor Chef de projet e-commerce, en alternance (septembre 2025 – août 2026)"],
             ["Entreprise d'accueil", "Chocolaterie Maison Darrigade SARL, rue du Port-Neuf, 64100 Bayonne"],
             ["Tuteur", "Jean-Baptiste Darrigade, chocolatier-gérant"],
             ["Blocs présentés", "Bloc 1 — stratégie webmarketing ; bloc 4 — contenus du site"],
             ["Période couverte", "septembre 2025 – avril 2026"],
             ["Date du rapport", "4 mai 2026"]]
    T(ident, [5, 21], header=False, first_col_bold=True,
      extra=[("BACKGROUND", (0, 0), (0, -1), LIGHT)])
    S.append(Spacer(1, 0.3 * cm))
    S.append(Paragraph("Sommaire", sub))
    toc_titles = [
        "La maison Darrigade et ma mission",
        "Nos clients : ce qui les fait acheter et comment ils achètent",
        "Concurrence en ligne",
        "Diagnostic de la maison",
        "Stratégie webmarketing 2026",
        "Calendrier commercial 2026",
        "Partenaires locaux",
        "Résultats de Pâques et budget",
        "Contenus : prestataires, rédaction, fiches produits, visuels",
        "Blog et tunnel de commande",
    ]
    toc = [["N°", "Partie", "Page"]]
    for i, t_ in enumerate(toc_titles, 1):
        toc.append([str(i), t_, str(toc_pages.get(i, 0))])
    T(toc, [1.5, 22, 2.5], extra=[("ALIGN", (2, 1), (2, -1), "CENTER"), ("ALIGN", (0, 1), (0, -1), "CENTER")])
    S.append(PageBreak())

    # ------------------------------------------------------------------ page 2
    S.append(PartTitle(1, toc_titles[0]))
    P("La maison fabrique et vend ses chocolats à Bayonne depuis 1921. Les chiffres ci-dessous servent de base à tout le "
      "rapport ; ils viennent du bilan 2025, des exports PrestaShop et de Google Analytics 4 (GA4).")
    T([["Élément", "Contenu", "Preuve / source", "Statut"],
       ["Structure", "SARL familiale, 4e génération, boutique-atelier rue du Port-Neuf (Bayonne)", "Extrait Kbis", "Vérifié"],
       ["Effectif", "12 salariés dont 4 chocolatiers, 3 vendeuses, 1 personne boutique + commandes web (Maite Etcheverry)",
        "Registre du personnel", "Vérifié"],
       ["Chiffre d'affaires 2025", "1,62 M€ HT, dont 308 k€ HT en ligne (19 %)", "Bilan 2025, export PrestaShop", "Vérifié"],
       ["Commandes en ligne 2025", "5 400 commandes, panier moyen 57 €", "PrestaShop > Statistiques", "Vérifié"],
       ["Saisonnalité", "Pâques + Noël = 58 % des ventes en ligne ; pas d'expédition de ganaches fraîches de juin à août (chaleur)",
        "Export mensuel PrestaShop 2025", "Vérifié"],
       ["Produits phares", "Tablette Xocolat 70 % (7,90 €), Coffret Basque 24 bouchées (32 €), Chocolat mousseux en poudre (14 €), "
        "figures de Pâques (9 à 45 €)", "Catalogue 2026", "Vérifié"],
       ["Site", "PrestaShop 8, thème Classic personnalisé, maintenance par l'agence Adour Web", "Contrat de maintenance", "Vérifié"],
       ["Trafic 2025", "300 000 sessions, taux de conversion 1,8 %, 64 % des sessions sur mobile", "GA4", "Vérifié"],
       ["Fichier clients", "6 800 contacts newsletter (Brevo), 46 comptes entreprises", "Brevo, PrestaShop", "Vérifié"]],
      [4, 12, 6, 2.5])
    P("Je suis alternant depuis septembre 2025, sous la responsabilité de Jean-Baptiste Darrigade. Mes missions sur la période :")
    T([["Mission", "Période", "Interlocuteur", "Statut"],
       ["Étude des clients et de la concurrence en ligne", "sept. – nov. 2025", "J.-B. Darrigade", "Réalisé"],
       ["Plan webmarketing 2026 (cibles, actions, calendrier, budget)", "déc. 2025 – janv. 2026", "J.-B. Darrigade", "Réalisé"],
       ["Réécriture des fiches produits et des visuels", "févr. – avril 2026", "Maite Etcheverry, Adour Web", "En cours"],
       ["Suivi du tunnel de commande (Pâques 2026)", "mars – avril 2026", "Adour Web", "En cours"]],
      [12, 5, 6, 2.5])

    S.append(PartTitle(2, toc_titles[1]))
    P("J'ai étudié en priorité les acheteurs de cadeaux, qui passent 72 % des commandes en ligne. Un questionnaire a été envoyé "
      "aux abonnés de la newsletter en janvier 2026 (214 réponses, plusieurs choix possibles).")
    H("2.1 Acheteurs de cadeaux : motivations et freins")
    T([["Motivation", "% des répondants", "Freins", "Preuve / source"],
       ["Offrir un produit artisanal, fabriqué sur place", "68 %", "—", "Questionnaire janv. 2026 (214 rép.)"],
       ["Le goût et la qualité du chocolat (« on sait ce qu'on offre »)", "61 %", "—", "Questionnaire janv. 2026"],
       ["Offrir un souvenir du Pays basque, une maison ancienne", "44 %", "—", "Questionnaire janv. 2026"],
       ["Un emballage prêt à offrir (coffret, ruban, carte)", "37 %", "—", "Questionnaire janv. 2026"]],
      [11, 3, 7, 5])
    S.append(PageBreak())

    # ------------------------------------------------------------------ page 3
    H("2.2 Les étapes de l'achat")
    P("Les étapes reprennent le modèle classique du processus de décision d'achat vu en cours ; la dernière colonne indique ce "
      "que j'ai observé chez nos clients.")
    T([["Étape", "Définition", "Pour nos clients"],
       ["Manifestation du besoin", "Le consommateur prend conscience d'un manque ou d'une envie entre sa situation réelle et "
        "la situation souhaitée.", ""],
       ["Recherche d'information", "Le consommateur rassemble des informations sur les produits et les vendeurs possibles "
        "(sources personnelles, commerciales, publiques, expérience).",
        "Recherche Google « chocolat Bayonne » ou « chocolat basque » (41 % des arrivées sur le site), Instagram, conseil "
        "d'un proche qui connaît la boutique ; beaucoup consultent la page « Notre histoire »."],
       ["Évaluation des alternatives", "Le consommateur compare les offres selon ses critères (prix, qualité, marque, délai) "
        "et forme ses préférences.", ""],
       ["Acte d'achat", "Le consommateur choisit le produit, le vendeur, le moment et le mode de paiement.",
        "Commande surtout le soir et le week-end, 64 % sur mobile, paiement par carte (83 %) ou PayPal ; pic 8 à 12 jours "
        "avant Pâques et avant le 15 décembre."],
       ["Comportement post-achat", "Le consommateur évalue sa satisfaction, ce qui influence le rachat et le "
        "bouche-à-oreille.", ""]],
      [4.5, 10, 11.5])
    S.append(PartTitle(3, toc_titles[2]))
    P("Quatre concurrents ont été retenus : deux artisans locaux, un site pure player et un réseau de franchise. Relevés faits "
      "sur les sites le 18 novembre 2025, prix TTC, notes publiques à la même date.")
    T([["Concurrent", "Type", "Prix repères", "Gamme en ligne", "Livraison", "Note clients", "Enseignements pour nous"],
       ["Chocolats Lartigue (Bayonne)", "Artisan, 2 boutiques", "Tablette 70 % : 8,50 € ; coffret 24 : 34 €",
        "env. 120 réf., glaces l'été", "Colissimo 7,90 €, offerte dès 60 €", "4,6/5 (410 avis Google)", ""],
       ["Chocolaterie Ibarra (Saint-Jean-de-Luz)", "Artisan, 1 boutique", "Tablette : 7,50 € ; coffret 25 : 29 €",
        "env. 60 réf.", "6,90 €, offerte dès 50 € ; caisson isotherme toute l'année", "4,4/5 (260 avis Google)", ""],
       ["Le Comptoir du Cacao", "Pure player multimarque", "Tablette : 6,90 € ; coffret 24 : 27 €", "env. 350 réf.",
        "Point relais 4,95 €, offerte dès 39 €, expédié en 24 h", "4,2/5 (3 100 avis Trustpilot)", ""],
       ["Chocolats Dufresne", "Réseau de franchise (48 boutiques)", "Tablette : 5,90 € ; coffret 24 : 26 €", "env. 200 réf.",
        "Offerte dès 45 €, retrait en boutique", "4,1/5 (8 900 avis vérifiés)", ""],
       ["Maison Darrigade (rappel)", "Artisan, 1 boutique", "Tablette : 7,90 € ; coffret 24 : 32 €", "env. 85 réf.",
        "Colissimo 8,90 €, offerte dès 70 €", "4,7/5 (520 avis Google)", ""]],
      [4.2, 3.6, 4.6, 3, 5.2, 3.4, 4.5], first_col_bold=True)
    S.append(PageBreak())

    # ------------------------------------------------------------------ page 4
    S.append(PartTitle(4, toc_titles[3]))
    P("Le diagnostic a été fait avec Jean-Baptiste Darrigade en décembre 2025, à partir de l'étude clients, de la concurrence "
      "et des chiffres du site.")
    T([["", "Positif", "Négatif"],
       ["Interne",
        "<b>Forces</b><br/>• Maison fondée en 1921, savoir-faire reconnu (chocolat mousseux, histoire du chocolat à Bayonne)<br/>"
        "• Tout est fabriqué sur place par 4 chocolatiers<br/>• Meilleure note clients du marché local (4,7/5)<br/>"
        "• Fichier de 6 800 abonnés newsletter et clientèle fidèle en boutique",
        "<b>Faiblesses</b><br/>• 58 % des ventes en ligne concentrées sur Pâques et Noël<br/>"
        "• Pas d'expédition de ganaches fraîches de juin à août<br/>• Conversion mobile faible (1,1 %) alors que 64 % des "
        "sessions sont sur mobile<br/>• Photos produits anciennes et hétérogènes"],
       ["Externe",
        "<b>Opportunités</b><br/>• Bayonne très fréquentée par les touristes (Fêtes, Journées du chocolat en mai)<br/>"
        "• Demande des entreprises pour des cadeaux locaux et artisanaux<br/>• Recherches « chocolat basque » en hausse "
        "(+22 % sur un an, Google Trends)<br/>• Touristes qui recommandent en ligne une fois rentrés",
        "<b>Menaces</b><br/>• Prix du cacao multiplié par 2,5 depuis 2023<br/>• Pure players avec livraison rapide et "
        "offerte dès 39 €<br/>• Épisodes de chaleur plus longs (mai à septembre)<br/>• Concurrents locaux très actifs sur "
        "Instagram"]],
      [2.5, 11.75, 11.75], first_col_bold=True,
      extra=[("BACKGROUND", (0, 1), (0, -1), LIGHT), ("ALIGN", (1, 0), (-1, 0), "CENTER")])
    S.append(PartTitle(5, toc_titles[4]))
    P("La stratégie a été présentée au gérant le 20 janvier 2026. Elle se lit en trois tableaux : ce que l'on veut obtenir, "
      "pour quels clients, avec quelles actions.")
    H("5.1 Objectifs")
    T([["Objectif", "Contenu", "Preuve / source", "Statut"],
       ["Augmenter les ventes en ligne", "Vendre davantage sur le site, en particulier en dehors des deux grandes fêtes",
        "Réunion de lancement avec le gérant", "Validé"],
       ["Développer les coffrets entreprises", "Faire connaître l'offre de coffrets personnalisés aux entreprises et aux CE de "
        "la région", "Réunion de lancement avec le gérant", "Validé"],
       ["Gagner en notoriété", "Être plus visible sur Internet, au-delà de la clientèle qui connaît déjà la boutique",
        "Réunion de lancement avec le gérant", "Validé"]],
      [5.5, 11, 6.5, 3])
    H("5.2 Clients visés")
    T([["Segment", "Description", "Taille", "Priorité", "Preuve / source"],
       ["Particuliers qui offrent", "Adultes 35–65 ans qui achètent pour offrir (fêtes, anniversaires, remerciements), "
        "souvent déjà clients de la boutique", "3 890 commandes en 2025 (72 % des commandes), panier moyen 48 €",
        "1 — cœur de l'activité en ligne", "Export PrestaShop 2025, questionnaire"],
       ["Entreprises et CE", "PME, cabinets, comités d'entreprise du Pays basque et des Landes qui offrent des coffrets à "
        "leurs clients ou salariés", "46 comptes, 310 commandes, panier moyen 190 € (19 % du CA en ligne)",
        "2 — panier élevé, commandes groupées en novembre", "Comptes clients PrestaShop"],
       ["Touristes de passage", "Visiteurs qui découvrent la boutique l'été ou pendant les Fêtes et recommandent une fois "
        "rentrés chez eux", "620 commandes (11 %) ; 38 % des tickets boutique en juillet-août", "3 — à réactiver hors saison",
        "Adresses de livraison hors 64/40, caisse"]],
      [4, 8.5, 6, 4, 4.5], first_col_bold=True)
    H("5.3 Leviers retenus")
    T([["Levier", "Description", "Cible principale", "Ordre de mise en œuvre"],
       ["Référencement naturel", "Réécriture des fiches et des catégories, page « Chocolat basque », fiche Google Business",
        "Particuliers, touristes", ""],
       ["Google Ads", "Campagnes Search et Shopping sur les requêtes produits, aux périodes de fêtes", "Particuliers", ""],
       ["Emailing", "Newsletter Brevo (6 800 contacts), relances panier abandonné, mailing dédié entreprises",
        "Particuliers, entreprises", ""],
       ["Instagram", "Publications de l'atelier, réels de fabrication, publicités ciblées Pays basque et Île-de-France",
        "Particuliers, touristes", ""],
       ["Affiliation", "Programme sur une plateforme d'affiliation avec des blogs gourmands et des sites de cadeaux",
        "Particuliers", ""]],
      [4.5, 12, 5, 4.5], first_col_bold=True)
    S.append(PageBreak())

    # ------------------------------------------------------------------ page 5
    S.append(PartTitle(6, toc_titles[5]))
    P("Le calendrier suit les temps forts de la chocolaterie. Chaque période est justifiée par nos ventes 2025 ou par une "
      "contrainte de fabrication et d'expédition.")
    T([["Mois", "Période retenue", "Action en ligne", "Justification"],
       ["Janvier", "Hiver", "Mise en avant du chocolat mousseux", "Produit de saison froide ; 31 % de ses ventes annuelles en janvier-février"],
       ["Février", "Saint-Valentin (14/02)", "Coffret cœur, newsletter", "Seule fête du 1er trimestre ; 6 % du CA en ligne du trimestre"],
       ["Mars", "Avant Pâques", "Mise en ligne des figures de Pâques début mars", "En 2025, 62 % des commandes de Pâques passées dans les 3 semaines avant la fête"],
       ["Avril", "Pâques (5 avril 2026)", "Campagne Pâques, dernière expédition garantie le 1er avril", "1re période de vente en ligne de l'année (24 % du CA en ligne 2025)"],
       ["Mai", "Fête des mères (31 mai), Journées du chocolat", "Coffrets fête des mères, relais de l'événement bayonnais",
        "2e fête la plus forte du printemps ; dernière fenêtre avant l'arrêt des ganaches"],
       ["Juin", "Fête des pères, début des chaleurs", "Tablettes et poudre uniquement à partir du 15 juin",
        "Au-delà de 25 °C, les ganaches blanchissent dans les colis (11 retours en juin 2025)"],
       ["Juillet – août", "Arrêt des ganaches fraîches", "Mise en avant de la boutique et des touristes ; tablettes, poudre",
        "Chaleur : aucun transporteur ne garantit le froid ; les touristes achètent sur place"],
       ["Septembre", "Reprise", "Retour des ganaches selon la météo, relance des clients de l'été", "Fin des fortes chaleurs ; clients touristes à réactiver"],
       ["Octobre", "Préparation de fin d'année", "Envoi du catalogue entreprises", "Les CE arrêtent leurs choix de cadeaux en octobre"],
       ["Novembre", "Cadeaux d'entreprise", "Commandes entreprises avant le 30 novembre", "74 % des commandes entreprises 2025 passées en novembre"],
       ["Décembre", "Noël", "Campagne Noël, dernière expédition garantie le 18 décembre", "1re période de l'année (34 % du CA en ligne 2025)"]],
      [3, 6, 8, 9], first_col_bold=True)
    S.append(PartTitle(7, toc_titles[6]))
    P("J'ai recherché des commerces et lieux de Bayonne et alentours qui pourraient vendre ou mettre en avant nos coffrets, "
      "ou proposer une offre commune sur le site.")
    T([["Partenaire", "Activité", "Cible commune", "Mode de consommation", "Image", "Statut"],
       ["Cave Haranburu (Petit Bayonne)", "Caviste", "Amateurs d'accords vin / chocolat, acheteurs de cadeaux de fin d'année", "", "", "Premier contact"],
       ["Maison Oihana", "Linge basque, boutique et site", "Acheteurs de cadeaux « made in Pays basque », touristes", "", "", "Rendez-vous pris"],
       ["Hôtel Errobi (Anglet)", "Hôtel 4 étoiles", "Touristes, séminaires d'entreprise", "", "", "Premier contact"],
       ["Hôtel des Arceaux (Bayonne)", "Hôtel 3 étoiles, centre-ville", "Touristes de passage", "", "", "À contacter"],
       ["Boutique du Musée Basque", "Boutique de musée", "Touristes, visiteurs intéressés par le patrimoine basque", "", "", "Premier contact"]],
      [5, 4.5, 7, 3.5, 3, 3], first_col_bold=True)
    S.append(PageBreak())

    # ------------------------------------------------------------------ page 6
    S.append(PartTitle(8, toc_titles[7]))
    P("Pâques 2025 a été la première opération promotionnelle suivie sur le site (3 newsletters, 4 publications Instagram "
      "sponsorisées, livraison offerte dès 49 €). Comparaison sur les 4 semaines précédant Pâques, source GA4 et PrestaShop.")
    T([["Indicateur", "Pâques 2024 (31 mars)", "Pâques 2025 (20 avril)", "Évolution"],
       ["Sessions", "21 300", "27 900", "+31 %"],
       ["Commandes", "612", "745", "+22 %"],
       ["Chiffre d'affaires HT", "34 900 €", "41 600 €", "+19 %"],
       ["Panier moyen HT", "57,0 €", "55,8 €", "-2 %"],
       ["Analyse", "à rédiger", "", ""]],
      [6, 6, 6, 8], first_col_bold=True, extra=[("SPAN", (1, 5), (3, 5))])
    H("8.1 Budget prévisionnel 2026 par levier")
    T([["Poste", "Levier", "Montant 2026 HT", "Preuve / source", "Statut"],
       ["Optimisation SEO des catégories et page « Chocolat basque »", "Référencement naturel", "1 800 €", "Devis Adour Web n° 2026-014", "Validé"],
       ["Campagnes Search et Shopping (mars-avril, novembre-décembre)", "Google Ads", "2 400 €", "Plafond fixé avec le gérant", "Validé"],
       ["Abonnement Brevo Starter (12 mois)", "Emailing", "468 €", "Tarif Brevo", "Validé"],
       ["Publicités Instagram", "Instagram", "à chiffrer", "—", "En cours"],
       ["Commissions et frais de plateforme", "Affiliation", "à chiffrer", "—", "En cours"],
       ["Séance photo produits", "Contenus", "à chiffrer", "—", "En cours"],
       ["Total connu", "", "4 668 €", "", ""]],
      [9, 4, 3.5, 6, 3.5])
    H("8.2 Rentabilité et suivi")
    T([["Élément", "Contenu", "Statut"],
       ["ROI Google Ads", "ROI = (… – 2 400) / 2 400", "En cours"],
       ["ROI référencement naturel", "ROI = (CA généré – coût) / coût", "—"],
       ["ROI emailing", "ROI = (CA généré – coût) / coût", "—"],
       ["Suivi des dépenses", "Tableau prévu / réel par levier, mis à jour chaque mois avec Maite Etcheverry", "En place"],
       ["En cas d'écart", "ajuster", "—"]],
      [6, 15, 5], first_col_bold=True)
    S.append(PageBreak())

    # ------------------------------------------------------------------ page 7
    S.append(PartTitle(9, toc_titles[8]))
    P("La refonte des fiches produits a commencé en février 2026. Deux photographes ont été consultés pour renouveler les "
      "visuels ; la rédaction suit une méthode commune que j'ai écrite pour Maite et moi.")
    H("9.1 Prestataires pour les photos et vidéos")
    T([["Prestataire", "Type", "Tarif", "Références", "Délai", "Choix retenu"],
       ["Iñaki Salaberry", "Photographe indépendant (Anglet)", "450 € HT la journée, retouche incluse",
        "Restaurants et artisans du Pays basque", "Disponible sous 2 semaines", ""],
       ["Studio Nive", "Agence photo et vidéo (Bayonne)", "780 € HT la journée, vidéo en option 600 €",
        "Marques de cosmétiques et de vins", "Disponible sous 5 semaines", ""]],
      [4, 5, 5, 6, 4, 3], first_col_bold=True)
    H("9.2 Méthode de rédaction d'une fiche produit")
    T([["Étape", "Ce que je rédige", "Expression visée"],
       ["1. Titre", "Nom du produit + type + origine, 70 caractères maximum", "« tablette chocolat noir 70 % » + « chocolat basque »"],
       ["2. Accroche", "Deux phrases qui donnent envie : goût, fabrication à Bayonne", ""],
       ["3. Description", "Origine du cacao, notes de dégustation, savoir-faire de la maison", ""],
       ["4. Conseils", "Conservation (entre 16 et 18 °C), accords, idées cadeaux", ""],
       ["5. Balises", "Balise title et meta description, texte alternatif des images", ""],
       ["6. Relecture", "Relecture par Jean-Baptiste (exactitude des recettes) puis mise en ligne", ""]],
      [4, 14, 8])
    H("9.3 Méthode de création d'une page produit")
    T([["Étape", "Contenu", "Adaptation à notre activité"],
       ["Choisir la fiche pilote", "Partir du produit le plus vendu en ligne", "Coffret Basque 24 bouchées : 1 210 ventes en 2025, acheté surtout pour offrir"],
       ["Recueillir les informations", "Composition, allergènes, poids, DLUO auprès de l'atelier", "Les recettes changent selon la saison (ganaches d'été) : validation par Jean-Baptiste"],
       ["Prévoir les visuels", "Photo du coffret fermé, ouvert, d'une bouchée coupée, mise en situation", "Le client offre : il doit voir l'emballage et le ruban avant tout"],
       ["Rédiger", "Suivre la méthode 9.2", "Ton chaleureux, histoire de la maison, sans jargon de chocolatier"],
       ["Informer sur l'expédition", "Bloc livraison sous le prix", "Message chaleur de juin à août, dates limites avant Pâques et Noël"],
       ["Relier aux autres produits", "Produits associés et coffrets de taille différente", "Proposer le coffret 12 ou 48 selon le nombre de personnes"]],
      [5, 9, 12], first_col_bold=True)
    S.append(PageBreak())

    # ------------------------------------------------------------------ page 8 (contenus suite)
    P("Suite de la partie 9 : mots-clés, éléments de décision et visuels des fiches réécrites.")
    H("9.4 Mots-clés des fiches")
    T([["Mot-clé", "Volume mensuel", "Concurrence", "Emplacement"],
       ["chocolat basque", "1 900", "Moyenne", ""],
       ["coffret chocolat Bayonne", "320", "Faible", ""],
       ["chocolat mousseux", "880", "Faible", ""]],
      [8, 5, 5, 8])
    H("9.5 Éléments utiles à la décision d'achat")
    T([["Élément", "Pourquoi", "En place ?"],
       ["Prix et prix au kilo", "Comparer avec les autres coffrets et concurrents", ""],
       ["Poids et nombre de pièces", "Savoir pour combien de personnes offrir", ""],
       ["Allergènes", "Obligation et question fréquente en boutique (fruits à coque, lait)", ""],
       ["DLUO", "Savoir si l'on peut commander à l'avance", ""],
       ["Saison d'expédition", "Ganaches fraîches non expédiées de juin à août", ""],
       ["Avis clients", "Rassurer l'acheteur qui ne connaît pas la boutique", ""]],
      [7, 14, 5])
    H("9.6 Visuels : retouche et adaptation au web")
    T([["Opération de retouche", "Logiciel", "Visuel concerné", "Résultat"],
       ["Détourage (sélection d'objet + masque de fusion)", "Photoshop", "Tablettes et coffrets sur fond blanc", "voir annexe 2"],
       ["Balance des blancs", "Photoshop (Camera Raw)", "Photos prises sous l'éclairage de l'atelier", "voir annexe 2"],
       ["Retouche des reflets sur le papier doré", "Photoshop (correcteur, tampon)", "Figures de Pâques et Coffret Basque", "voir annexe 2"]],
      [8, 5, 8, 5])
    T([["Support", "Réglage appliqué", "Pourquoi", "Statut"],
       ["Photos produits", "Export WebP, 1 600 px de large, moins de 200 Ko (ex. Coffret Basque : 2,4 Mo en JPEG, 164 Ko en WebP)",
        "64 % des visites sur mobile ; pages plus rapides, zoom encore net", "Fait (42 images)"],
       ["Textes alternatifs", "Chaque image décrite, ex. « Coffret Basque 24 bouchées ouvert, ganaches au piment d'Espelette »",
        "Accessibilité et référencement des images", "Fait"],
       ["Vidéo de fabrication", "MP4 720p, 25 s, sans son, lecture automatique en boucle, moins de 4 Mo", "La lecture automatique "
        "n'est permise par les navigateurs que sans son ; 720p suffit sur mobile", "Fait (page d'accueil)"]],
      [4, 10, 8, 4], first_col_bold=True)
    H("9.7 Mesure de l'intérêt pour les fiches réécrites")
    T([["Fiche réécrite", "Temps moyen sur la page (avant)", "Ajouts au panier / mois (avant)", "Commandes / mois (avant)", "Après"],
       ["Tablette Xocolat 70 %", "0 min 48 s", "96", "71", "mesure en cours"],
       ["Coffret Basque 24 bouchées", "1 min 05 s", "142", "88", "mesure en cours"],
       ["Chocolat mousseux", "0 min 52 s", "64", "49", "mesure en cours"],
       ["Coffret Basque 12 bouchées", "0 min 44 s", "58", "41", "mesure en cours"],
       ["Œufs de Pâques praliné", "0 min 39 s", "37", "26", "mesure en cours"]],
      [6, 5, 5, 5, 5], first_col_bold=True)
    S.append(PageBreak())

    # ------------------------------------------------------------------ page 9
    S.append(PartTitle(10, toc_titles[9]))
    P("Dernière partie : le blog ajouté au site et le suivi du tunnel de commande pendant la période de Pâques 2026 "
      "(du 1er mars au 30 avril).")
    H("10.1 Blog")
    T([["Élément", "Contenu", "Statut"],
       ["Module", "Module blog PrestaShop installé par Adour Web (version compatible PrestaShop 8)", "Installé"],
       ["Catégories", "« L'atelier » et « Recettes au chocolat »", "Créées"],
       ["Réécriture d'URL", "Adresses du type /blog/l-atelier/titre-de-l-article", "Activée"]],
      [5, 16, 5], first_col_bold=True)
    H("10.2 Objectifs de transformation")
    T([["Indicateur", "Valeur 2025", "Objectif", "Vérifié par"],
       ["Taux de conversion", "1,8 %", "2,5 %", ""],
       ["Taux d'abandon de panier", "58 %", "45 %", ""]],
      [8, 5, 5, 8], first_col_bold=True)
    H("10.3 Tunnel de commande mars-avril 2026")
    T([["Étape", "Mesure", "Volume", "Passage à l'étape suivante", "Preuve / source"],
       ["Vue d'une fiche produit", "Événement GA4 view_item", "18 400", "7,0 %", "Exploration GA4 « Tunnel Pâques 2026 »"],
       ["Ajout au panier", "Événement GA4 add_to_cart", "1 290", "58,9 %", "Exploration GA4"],
       ["Début de commande", "Événement GA4 begin_checkout (étape « Informations personnelles »)", "760", "71,1 %", "Exploration GA4"],
       ["Page de paiement", "Événement GA4 add_payment_info", "540", "92,2 %", "Exploration GA4"],
       ["Commande validée", "Événement GA4 purchase, contrôlé dans PrestaShop (statut « Paiement accepté »)", "498", "—",
        "GA4 + PrestaShop > Commandes (498 / 498)"]],
      [4.5, 8.5, 2.5, 4, 6.5], first_col_bold=True)
    T([["Outil d'observation", "Usage prévu", "Statut"],
       ["Hotjar", "Cartes de clics et enregistrements de sessions sur les fiches et le panier", "installation prévue"]],
      [5, 16, 5], first_col_bold=True)
    H("10.4 Points qui freinent la commande")
    T([["Point de friction", "Constat", "Correction / responsable / date"],
       ["Frais de port affichés à la dernière étape", "29 % des sorties du tunnel ont lieu à l'étape livraison (GA4)", ""],
       ["Message « chaleur » peu visible", "Information seulement dans les CGV ; 14 e-mails de clients en juin 2025", ""],
       ["Création de compte obligatoire", "Commande invité désactivée dans PrestaShop", ""],
       ["Page de paiement lente", "4,8 s de chargement sur mobile (PageSpeed Insights, 12/04/2026)", ""]],
      [7, 12, 7], first_col_bold=True)
    return S


def main():
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, FILE)
    pages = {}
    for _ in range(2):
        doc = Doc(path, pagesize=(PW, PH), leftMargin=LM, rightMargin=RM, topMargin=2 * cm, bottomMargin=1.3 * cm,
                  title="Rapport d'activité e-commerce — Chocolaterie Maison Darrigade", author=NAME, creator=NAME,
                  producer="ReportLab", subject="Titre Chef de projet e-commerce — blocs 1 et 4", invariant=1)
        doc.build(build(pages))
        pages = dict(doc.parts)
        TOTAL[0] = doc.page
    print("pages:", doc.page, "parts:", pages)


if __name__ == "__main__":
    main()
