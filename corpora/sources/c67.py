# Générateur du mémoire professionnel du candidat c67 (Coutellerie Vernière, Thiers).
# Déterministe : aucune date courante, aucun aléa ; horodatages zip figés.
import datetime, os, re, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c67-coutellerie-thiers")
FILE = os.path.join(OUT, "verniere-memoire-professionnel.docx")
AUTHOR = "Romain Chabrier"
FIXED = datetime.datetime(2026, 5, 18, 8, 30, 0)
HEAD_FILL = "5B4636"

doc = None
tcount = [0]


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2026, 5, 18, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def runs(par, text, size=None, italic=False):
    """Ajoute du texte avec **gras** en ligne."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2]); r.bold = True
        else:
            r = par.add_run(part)
        if size:
            r.font.size = Pt(size)
        if italic:
            r.italic = True
    return par


def H1(t):
    h = doc.add_heading(t, level=1)
    if t.startswith("Partie"):
        h.paragraph_format.page_break_before = True


def H2(t):
    doc.add_heading(t, level=2)


def P(t, after=5):
    p = doc.add_paragraph()
    runs(p, t)
    p.paragraph_format.space_after = Pt(after)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def BUL(items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        runs(p, it)
        p.paragraph_format.space_after = Pt(2)


def CAP(t):
    p = doc.add_paragraph()
    r = p.add_run(t); r.italic = True; r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(6)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def T(rows, widths=None, title=None, size=8.5, header=True, bold_first_col=False):
    if title:
        tcount[0] += 1
        p = doc.add_paragraph()
        r = p.add_run("Tableau %d – %s" % (tcount[0], title)); r.bold = True; r.font.size = Pt(9)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            par = c.paragraphs[0]
            par.paragraph_format.space_after = Pt(0)
            lines = str(v).split("\n")
            for k, line in enumerate(lines):
                if k:
                    par = c.add_paragraph(); par.paragraph_format.space_after = Pt(0)
                runs(par, line, size=size)
            if header and i == 0:
                if j == 0:
                    trPr = t.rows[0]._tr.get_or_add_trPr()
                    th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
                shade(c, HEAD_FILL)
                for pp in c.paragraphs:
                    for r in pp.runs:
                        r.bold = True; r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            elif bold_first_col and j == 0:
                for pp in c.paragraphs:
                    for r in pp.runs:
                        r.bold = True
            if widths:
                c.width = Cm(widths[j])
    sp = doc.add_paragraph(); sp.paragraph_format.space_after = Pt(2)
    return t


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    r4 = par.add_run("1")
    r5 = par.add_run()
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r5._r.append(f3)


# ---------------------------------------------------------------- sommaire
# (numéros de page relevés sur le rendu LibreOffice de la version finale)
SOMMAIRE = [
    (0, "Introduction : l'entreprise et ma mission", 3),
    (0, 'Partie 1 — Stratégie webmarketing 2026', 4),
    (1, '1.1 Connaître nos clients : segments, motivations et freins', 4),
    (1, "1.2 Le parcours d'achat de l'offreur de cadeau", 4),
    (1, '1.3 Benchmark de quatre concurrents', 4),
    (1, '1.4 SWOT et décisions', 5),
    (1, '1.5 Objectifs, cibles et leviers 2026', 5),
    (1, '1.6 Calendrier annuel 2026', 6),
    (1, '1.7 Alliances et co-marquage', 7),
    (1, '1.8 Note à la direction : Fête des pères 2025 contre 2024', 7),
    (1, '1.9 Budget prévisionnel, ROI et écarts du premier trimestre', 8),
    (0, 'Partie 2 — Animer les ventes et la communauté', 9),
    (1, '2.1 La campagne Fête des pères', 9),
    (1, "2.2 Les relais d'information", 9),
    (1, '2.3 Le chat en direct avec Gorgias', 10),
    (1, '2.4 Réseaux sociaux et communauté', 10),
    (1, '2.5 Mise en avant des produits dans Shopify', 10),
    (1, '2.6 Paiement et confiance', 11),
    (1, '2.7 Paiement fractionné : quel partenaire ?', 11),
    (1, '2.8 Fidélisation', 12),
    (0, 'Partie 3 — Visibilité, campagnes et mesure', 13),
    (1, '3.1 Audit SEO et priorités', 13),
    (1, '3.2 Choix des outils de mesure', 13),
    (1, '3.3 Méthode de construction de la matrice de mots-clés', 13),
    (1, '3.4 Cocon sémantique « couteau de cuisine »', 14),
    (1, '3.5 Netlinking', 14),
    (1, '3.6 Progression SEO consolidée', 14),
    (1, '3.7 Campagnes Google Ads de Noël', 15),
    (1, '3.8 Tableau de suivi hebdomadaire et analyse', 15),
    (1, '3.9 Rentabilité des publications Instagram', 16),
    (1, '3.10 Indicateurs de performance du site', 16),
    (1, '3.11 ROI, atteinte des objectifs et actions correctives', 16),
    (0, "Partie 4 — Contenus et parcours d'achat", 18),
    (1, '4.1 Photographe : studio ou interne ?', 18),
    (1, "4.2 Méthode de rédaction d'un article", 18),
    (1, '4.3 La fiche produit Forge 63 chef 20 cm', 18),
    (1, '4.4 Retouche photo et vidéo « De la forge à la table »', 19),
    (1, '4.5 Effet des fiches réécrites', 19),
    (1, '4.6 Paramétrage du blog Shopify', 19),
    (1, '4.7 Tunnel de conversion', 20),
    (0, "Partie 5 — Piloter le projet et l'organisation", 21),
    (1, '5.1 Cahier des charges du configurateur de gravure', 21),
    (1, "5.2 Sélection de l'agence", 21),
    (1, '5.3 Mentions légales, CGV et RGPD', 22),
    (1, "5.4 Animation de l'équipe e-commerce", 22),
    (1, '5.5 Organisation du stock et traçabilité', 23),
    (1, '5.6 Traitement des commandes : de 12 à 8 étapes', 23),
    (1, '5.7 Solutions de stockage', 24),
    (1, '5.8 Transporteurs et satisfaction livraison', 24),
    (0, 'Conclusion', 25),
    (0, 'Annexes A à F', 26),
]


def part_intro():
    H1("Introduction : l'entreprise et ma mission")
    P("La Coutellerie Vernière SAS est installée depuis 1952 dans la zone du Moutier, à Thiers (Puy-de-Dôme). Entreprise familiale dirigée par Pascal Vernière (PDG, troisième génération), elle emploie 23 personnes : forgerons, émouleurs, monteurs, administration et boutique d'usine, et un pôle e-commerce de quatre personnes dont je fais partie. Claire Vernière, directrice commerciale, est ma tutrice.")
    P("Le catalogue repose sur le couteau de poche « Le Thiers Vernière » (manche genévrier, 89 €), la gamme de cuisine « Forge 63 » (couteau de chef 20 cm à 129 €), le coffret de six couteaux de table « Durolle » (159 €) et un service d'affûtage payant. Depuis 2021, l'entreprise vend aussi des cadeaux d'affaires : couteaux gravés au nom ou au logo d'une entreprise, sur devis puis commande.")
    T([["Indicateur", "2024", "2025"],
       ["Chiffre d'affaires total HT", "2,58 M€", "2,74 M€"],
       ["dont vente en ligne (Shopify)", "0,89 M€ (34,5 %)", "1,03 M€ (37,6 %)"],
       ["dont cadeaux d'affaires B2B (sur devis)", "151 k€", "186 k€"],
       ["Commandes en ligne / panier moyen", "8 010 / 111 €", "9 180 / 112 €"],
       ["Sessions par mois (moyenne janvier–octobre)", "29 500", "34 000"],
       ["Taux de conversion B2C", "1,5 %", "1,6 %"],
       ["Part de Noël dans le CA en ligne", "43 %", "41 %"]],
      widths=[8.5, 3.6, 3.6], title="Chiffres clés (Shopify, GA4, comptabilité)")
    P("Le site coutellerie-verniere.fr tourne sous Shopify (thème Impulse). En 2025, 8 864 commandes B2C ont été passées sur le site et 316 commandes B2B ont été créées à partir de devis acceptés, soit 9 180 commandes ; le trafic monte à 96 000 sessions en novembre et 118 000 en décembre. Noël pèse 41 % du chiffre d'affaires en ligne : c'est notre force et notre fragilité.")
    P("Alternant en Mastère chef de projet e-commerce depuis septembre 2024 (trois semaines en entreprise, une semaine à l'école), je coordonne sur les sujets e-commerce Inès Bouchet (service client et chat), Bastien Roux (préparation et expédition) et Océane Pradier (photos et fiches produits). Ce mémoire suit les cinq blocs : stratégie 2026, animation des ventes, visibilité et mesure, contenus, pilotage. Les chiffres sont arrêtés au 30 avril 2026.")


def part1():
    H1("Partie 1 — Stratégie webmarketing 2026")
    H2("1.1 Connaître nos clients : segments, motivations et freins")
    P("En février 2025, un questionnaire Klaviyo de 14 questions envoyé à 6 200 clients a recueilli 418 réponses complètes. Deux segments nets en ressortent : les « passionnés de cuisine 35–55 ans », qui achètent pour eux-mêmes (46 % des répondants), et les « offreurs de cadeau », qui achètent pour un proche (39 %).")
    T([["Segment", "Motivations (% du segment)", "Freins (% du segment)"],
       ["Passionnés de cuisine 35–55 ans (n = 192)",
        "Qualité de coupe et tenue du fil : 78 %\nFabrication à Thiers : 64 %\nRéaffûtage et garantie : 41 %",
        "Prix face aux couteaux japonais : 47 %\nPeur de l'entretien du carbone : 33 %\nPas de prise en main avant achat : 29 %"],
       ["Offreurs de cadeau (n = 163)",
        "Objet durable et symbolique : 71 %\nGravure personnalisée : 58 %\nCoffret cadeau : 52 %",
        "Peur d'être livré après la date : 49 %\nNe pas savoir quel modèle choisir : 44 %\nSuperstition du couteau qui « coupe l'amitié » : 18 %"]],
      widths=[3.8, 6, 6], title="Motivations et freins (enquête clients, 418 réponses)")
    P("Le passionné juge la lame et veut des preuves ; l'offreur juge le risque de se tromper ou d'être livré trop tard. La superstition, elle, a été retournée : une pièce « Vernière » glissée dans chaque coffret permet au destinataire de la rendre au donateur, selon la tradition.")

    H2("1.2 Le parcours d'achat de l'offreur de cadeau")
    P("Le processus d'achat de ce segment a été formalisé en croisant l'enquête, les explorations de parcours GA4 (1 812 commandes cadeau de 2025) et les motifs de contact relevés dans Gorgias.")
    T([["Étape", "Points de contact", "Chiffres observés (2025)", "Notre réponse"],
       ["1. Manifestation du besoin : une date approche (Fête des pères, anniversaire, retraite, Noël)", "Instagram, newsletter, bouche-à-oreille", "62 % des achats liés à une date ; 58 % passés moins de 10 jours avant", "Relances Klaviyo J-21 et J-10 calées sur les temps forts"],
       ["2. Recherche d'information : « idée cadeau homme fabriqué en France »", "Google (44 %), Pinterest et Instagram (19 %)", "3,4 sessions avant l'achat", "Guides cadeaux par budget, annonces Search"],
       ["3. Évaluation et comparaison : Thiers ou Laguiole, prix, gravure, délai", "Fiches, avis Judge.me, chat, Idealo", "2,1 sites concurrents visités ; 27 % des chats portent sur le délai", "Date de livraison estimée, chat proactif"],
       ["4. Acte d'achat", "Tunnel Shopify, Apple Pay, Alma", "Gravure dans 37 % des commandes cadeau ; 64 % sur mobile", "Champ gravure simplifié, paiement express"],
       ["5. Conséquences post-achat : le cadeau est offert, partagé, noté", "Email de suivi, demande d'avis J+12, Instagram", "31 % laissent un avis ; 22 % de réachat à 12 mois", "Affûtage offert à vie, #ForgéÀThiers"]],
      widths=[4.6, 3.4, 4.2, 3.6], size=8, title="Processus d'achat du segment « offreurs de cadeau »")
    P("L'étape fragile est la troisième : la page « Livraison » est la deuxième page la plus vue en décembre. Afficher une date de livraison estimée sur chaque fiche est donc devenu une priorité 2026.")

    H2("1.3 Benchmark de quatre concurrents")
    P("Relevés faits du 6 au 10 janvier 2026 sur les sites, Semrush et Instagram de deux couteliers artisanaux, d'un pure player multimarque et d'un importateur de couteaux japonais.")
    T([["Critère", "Vernière", "Forges de la Durolle", "Coutellerie Margeride", "Couteaux-Direct.fr", "Atelier Kiriko"],
       ["Couteau de poche d'entrée", "89 €", "74 €", "95 €", "29 € (multimarque)", "—"],
       ["Couteau de chef 20 cm", "129 €", "119 €", "145 €", "49 à 180 €", "139 à 320 €"],
       ["Fabrication", "Thiers, intégrale", "Thiers, lames sous-traitées", "Aubrac, atelier", "Revente", "Import Japon"],
       ["Largeur de gamme", "64 réf.", "120 réf.", "38 réf.", "2 400 réf.", "210 réf."],
       ["Gravure en ligne", "Texte libre", "Par email", "Aperçu visuel", "20 % des produits", "Non"],
       ["Délai annoncé", "48 h (72 h gravé)", "5 jours", "7 à 10 jours", "24 h", "3 jours"],
       ["Avis clients", "4,8/5 (2 140)", "4,5/5 (310)", "4,9/5 (860)", "4,3/5 (9 800)", "4,7/5 (1 150)"],
       ["Contenus", "Blog, YouTube", "Aucun", "Blog, vidéos forge", "Guides d'achat", "Blog entretien"],
       ["Offre cadeaux d'affaires", "Sur devis", "Non", "Catalogue PDF", "Remises volume", "Non"]],
      widths=[3.2, 2.5, 2.6, 2.6, 2.6, 2.3], size=8, title="Benchmark concurrentiel (janvier 2026)")
    P("Seule Margeride nous dépasse sur la réputation, et son aperçu visuel de gravure rassure bien plus que notre champ de texte. Couteaux-Direct.fr gagne sur la gamme, le prix et le délai, et ses guides d'achat passent devant nous sur les requêtes génériques ; nous ne le suivrons pas sur le prix, mais nous pouvons lui opposer la preuve de fabrication. Kiriko capte une partie des passionnés avec des contenus d'entretien bien référencés. Forges de la Durolle, moins cher, est absent du cadeau d'affaires et du contenu. Le benchmark nous pousse donc à combler notre retard sur l'aperçu de gravure et sur les contenus de conseil plutôt qu'à baisser nos prix.")

    H2("1.4 SWOT et décisions")
    P("La matrice reprend l'enquête, le benchmark et nos résultats 2025 ; chaque case commence par le nom de son quadrant.")
    T([["**Forces** — Fabrication intégrale à Thiers depuis 1952 ; avis 4,8/5 sur 2 140 avis ; garantie à vie et affûtage ; B2B déjà rentable (186 k€) ; photo réalisée en interne.",
        "**Faiblesses** — 41 % du CA en ligne à Noël ; conversion de 1,6 % ; gravure saisie en texte libre, source d'erreurs ; frais de port affichés tard ; peu de mesure des relais."],
       ["**Opportunités** — Demande de made in France et de cadeaux d'affaires responsables ; paiement fractionné pour les paniers de plus de 150 € ; requêtes d'entretien et d'affûtage peu disputées ; tourisme industriel à Thiers.",
        "**Menaces** — Couteaux japonais importés en forte croissance ; hausse des CPC en fin d'année ; pure players livrant en 24 h ; contrefaçons « style Thiers » sur les marketplaces."]],
      widths=[8, 8], header=False, size=9, title="Matrice SWOT de la vente en ligne (janvier 2026)")
    P("Pour que la matrice serve à décider, chaque croisement a reçu une décision et une priorité, validées avec Pascal et Claire le 20 janvier 2026.")
    T([["Croisement", "Décision", "Priorité"],
       ["Forces × Opportunités : légitimité « Thiers » et savoir-faire de gravure face à la demande de cadeaux d'affaires", "Développer le B2B gravé avec un configurateur en ligne (partie 5)", "P1"],
       ["Faiblesses × Opportunités : conversion faible alors que le paiement fractionné est attendu", "Refondre le champ gravure, afficher la date de livraison, Alma dès 100 €", "P1"],
       ["Forces × Menaces : garantie et avis face aux couteaux japonais", "Contenus « japonais ou français », affûtage offert à vie mis en avant", "P2"],
       ["Faiblesses × Menaces : dépendance à Noël quand les CPC montent", "Lisser : Fête des pères, B2B d'automne, emailing de réachat", "P2"]],
      widths=[7.8, 6.1, 2.0], title="Croisement SWOT → décisions")

    H2("1.5 Objectifs, cibles et leviers 2026")
    P("La direction veut faire de la vente en ligne un canal autonome et moins saisonnier, sans toucher au positionnement prix. J'ai traduit ce cap en cinq objectifs chiffrés et datés.")
    T([["Objectif 2026", "Indicateur", "Réel 2025", "Cible", "Échéance", "Responsable"],
       ["Augmenter le CA en ligne", "CA HT Shopify", "1,03 M€", "1,30 M€", "31/12/2026", "Claire"],
       ["Développer les cadeaux d'affaires", "CA B2B sur devis", "186 k€", "260 k€", "31/12/2026", "Claire"],
       ["Mieux convertir", "Taux de conversion B2C", "1,6 %", "2,0 %", "30/11/2026", "Romain"],
       ["Faire de l'emailing un moteur", "Part du CA Klaviyo", "18 %", "24 %", "31/12/2026", "Romain"],
       ["Fidéliser", "Réachat à 12 mois", "22 %", "28 %", "31/12/2026", "Inès"]],
      widths=[4.2, 3.4, 1.9, 1.8, 2.2, 2.3], title="Objectifs webmarketing 2026")
    P("Trois cibles sont retenues, par ordre de priorité. **1. Les offreurs de cadeau** (particuliers 30–60 ans) : 48 % du CA en ligne, ce sont eux qui font la saisonnalité, c'est donc sur eux que se gagne le lissage. **2. Les entreprises** (CSE, cabinets, PME de la région) : panier moyen de 589 €, +23 % en 2025, marge supérieure grâce à la gravure. **3. Les passionnés de cuisine 35–55 ans** : fidèles et prescripteurs, travaillés surtout par le contenu et l'emailing, à faible coût.")
    T([["Vague", "Leviers", "Pourquoi à ce moment"],
       ["1 — T1", "Référencement naturel (audit, fiches, contenus, liens) ; emailing (flows Klaviyo bienvenue, panier, réachat, anniversaire)", "Leviers lents : lancés tôt, ils seront efficaces à la Fête des pères et à Noël, et ils améliorent la conversion du trafic payant à venir."],
       ["2 — T2", "Référencement payant (Search toute l'année, Shopping/PMax) ; affiliation (Awin)", "Pages et suivi prêts ; la Fête des pères (21 juin) sert de test de montée en budget ; l'affiliation se paie au résultat."],
       ["3 — T3–T4", "Réseaux sociaux payants (Meta, Pinterest) ; e-publicité display en reciblage", "Pinterest est consulté 6 à 8 semaines avant Noël ; le reciblage suppose des audiences nourries par les vagues 1 et 2."]],
      widths=[1.8, 6.8, 7.2], title="Sélection et ordre de mise en œuvre des leviers")

    H2("1.6 Calendrier annuel 2026")
    P("Le calendrier est rédigé au format du modèle Notion de l'entreprise (base « Plan marketing » : nom, période, levier, responsable, charge, statut). Les dates suivent l'activité : soldes de janvier, salon Coutellia à Thiers les 16 et 17 mai, Fête des pères le 21 juin, saison touristique, commandes de cadeaux d'affaires en octobre–novembre (trois semaines d'atelier pour la gravure B2B), Noël avec une date limite de gravure au 14 décembre. Les charges sont estimées à partir des temps réellement passés en 2025.")
    T([["Nom de l'action", "Période", "Levier", "Responsable", "Charge (j)", "Statut", "Pourquoi cette période"],
       ["Audit SEO, réécriture de 40 fiches", "Janvier", "SEO", "Romain, Océane", "12", "Terminé", "Creux après Noël"],
       ["Flows Klaviyo", "Février", "Emailing", "Romain", "8", "Terminé", "2 900 inscrits de Noël"],
       ["Articles conseil, 4 liens partenaires", "Mars", "SEO", "Océane, Romain", "10", "Terminé", "Indexation avant juin"],
       ["Search toute l'année, lancement Awin", "Avril", "SEA, affiliation", "Romain", "6", "Terminé", "CPC bas hors pic"],
       ["Salon Coutellia : stories, emails", "16–17 mai", "Social", "Claire, Océane", "5", "En cours", "4 000 visiteurs passionnés"],
       ["Fête des pères (30 mai → 21 juin)", "Mai–juin", "Email, SEA, social", "Romain, Inès, Bastien", "14", "Planifié", "Même durée qu'en 2025"],
       ["Visite d'atelier, couteaux de poche", "Juillet", "Social, Pinterest", "Océane", "6", "Planifié", "Pic touristique"],
       ["Recette du configurateur", "Août", "Site", "Romain", "9", "Planifié", "Forge fermée, laser libre"],
       ["Prospection cadeaux d'affaires", "Septembre", "Email B2B", "Claire, Romain", "8", "Planifié", "Budgets des CSE votés"],
       ["Clôture B2B gravé (15 nov.)", "Octobre", "B2B", "Claire, Bastien", "12", "Planifié", "3 semaines d'atelier"],
       ["Meta, Pinterest, reciblage", "Novembre", "Social payant, display", "Romain, Océane", "10", "Planifié", "Recherche cadeau J-50"],
       ["Noël : gravure jusqu'au 14/12", "Décembre", "Tous", "Équipe", "15", "Planifié", "41 % du CA en ligne"]],
      widths=[4.1, 1.7, 2.3, 2.5, 1.2, 1.5, 2.9], size=7.5, title="Calendrier 2026 (export de la base Notion « Plan marketing »)")
    P("La charge totale est de 115 jours-personne, dont environ 58 pour moi et 27 pour Océane. Les deux points de tension (19 jours entre mi-mai et fin juin ; octobre–décembre) sont anticipés : visuels de juin produits dès avril, intérimaire au conditionnement du 1er novembre au 20 décembre.")

    H2("1.7 Alliances et co-marquage")
    P("Nous avons cherché des entreprises non concurrentes qui parlent aux mêmes clients, au même moment de consommation, avec trois filtres : clientèle commune, modalités de consommation compatibles, cohérence avec notre image artisanale et durable.")
    T([["Partenaire (secteur)", "Clientèle commune", "Consommation compatible", "Image", "Action", "Décision"],
       ["Maison Chassagne, boucherie premium (Clermont)", "Amateurs de belle viande, CSP+", "Achat du week-end, barbecue de juin", "Artisan, cohérente", "Coffret Durolle + bon pour une côte de bœuf", "Retenu"],
       ["Les Grappes d'Allier, caviste (Vichy)", "Offreurs de cadeau, CSE", "Coffrets de fin d'année, 80–150 €", "Indépendant, régional", "Coffret couteau de poche + saint-pourçain", "Retenu"],
       ["Fromagerie du Livradois (saint-nectaire AOP)", "Amateurs de terroir", "Vente en ligne, panier 45 €", "AOP fermière", "Couteau à fromage co-marqué", "Retenu"],
       ["Thomas Vidal, chef du Comptoir Vidal (Clermont)", "Passionnés de cuisine", "Cours de cuisine mensuels", "Cuisine locale exigeante", "Vidéos recettes, cours « couteau en main »", "Retenu"],
       ["Atelier Sellier Rochas, maroquinerie (Riom)", "Offreurs de cadeau homme", "Cadeau 50–150 € en ligne", "Cuir végétal, fait main", "Étui cuir co-développé", "Retenu"],
       ["Catalogue de fidélité d'une enseigne de supermarché", "Large public", "2 400 couteaux à 38 € en points", "Discount", "Référencement du couteau de poche", "Refusé"]],
      widths=[3.4, 2.6, 2.8, 2.2, 3.2, 1.6], size=7.5, title="Tableau des alliances étudiées")
    P("L'offre du supermarché représentait 91 200 € de chiffre d'affaires. Nous l'avons refusée : notre couteau aurait côtoyé du petit électroménager d'entrée de gamme, le prix de cession de 38 € aurait décrédibilisé notre prix public de 89 €, et nos revendeurs coutellerie l'auraient vécu comme une concurrence déloyale. L'image a pesé plus lourd que le volume.")

    H2("1.8 Note à la direction : Fête des pères 2025 contre 2024")
    P("Note remise à Pascal et Claire Vernière le 30 juin 2025. **Objet : bilan de la Fête des pères.** En 2024, l'opération avait duré 16 jours (1er–16 juin, trois week-ends) avec un seul emailing. En 2025, elle a duré 23 jours (24 mai–15 juin, quatre week-ends) avec trois emailings, une page dédiée, Google et Meta Ads, des relais et la gravure offerte jusqu'au 11 juin.")
    T([["Indicateur (période de campagne)", "2024", "2025", "Évolution"],
       ["Sessions", "21 400", "31 900", "+49 %"],
       ["Commandes / taux de conversion", "318 / 1,49 %", "512 / 1,61 %", "+61 % / +0,12 pt"],
       ["Chiffre d'affaires HT / panier moyen", "29 600 € / 93 €", "50 200 € / 98 €", "+70 % / +5 %"],
       ["Part des commandes gravées", "24 %", "37 %", "+13 pts"],
       ["CA attribué à l'emailing", "4 100 €", "11 300 €", "×2,8"],
       ["Coût de la campagne", "2 100 €", "4 300 €", "+105 %"],
       ["CA moyen par jour de campagne", "1 850 €", "2 183 €", "+18 %"]],
      widths=[7, 3, 3, 3], title="Fête des pères : comparaison avant / après")
    P("**Lecture critique.** Les +70 % de chiffre d'affaires sont flatteurs mais ne mesurent pas l'effet de la campagne. La campagne 2025 comptait un week-end de plus : ramené au jour, le CA ne progresse que de 18 %. La météo a aussi joué : le week-end pluvieux des 7–8 juin 2025 a fait baisser de 22 % la fréquentation de la boutique d'usine, et une partie des achats s'est reportée sur le site. Deux résultats sont en revanche imputables à nos actions : la part de commandes gravées (+13 points), liée à la gravure offerte, et le CA de l'emailing, multiplié par 2,8 avec trois envois segmentés. **Propositions :** garder en 2026 exactement quatre week-ends, créer dans Klaviyo un groupe témoin de 10 % qui ne recevra pas les emails, et plafonner le budget média à 4 500 €, puisque le coût a doublé pour +18 % de CA par jour.")

    H2("1.9 Budget prévisionnel, ROI et écarts du premier trimestre")
    P("Le budget 2026 est construit levier par levier : postes de dépense (abonnements, achat média, prestations, temps interne valorisé à 200 € par jour) et CA attendu, attribué selon le modèle GA4 basé sur les données. Dans le tableau, le ROI est calculé sur le chiffre d'affaires, (CA − dépense) / dépense, l'indicateur que Claire suit habituellement.")
    T([["Levier", "Postes de dépense", "Dépense 2026", "CA attendu 2026", "ROI sur CA"],
       ["Référencement naturel", "Semrush 1 548 € ; netlinking 2 400 € ; rédaction 1 200 € ; temps interne 4 000 €", "9 148 €", "380 000 €", "40,5"],
       ["Emailing", "Klaviyo 2 280 € ; maquettes 900 € ; temps interne 2 800 €", "5 980 €", "312 000 €", "51,2"],
       ["Référencement payant", "Achat média 24 600 € ; application de flux 108 €", "24 708 €", "205 000 €", "7,3"],
       ["Affiliation (Awin)", "Entrée 1 500 € ; commissions 3 800 € ; frais plateforme 1 140 €", "6 440 €", "38 000 €", "4,9"],
       ["Réseaux sociaux payants", "Achat média 11 800 € ; visuels 1 200 €", "13 000 €", "92 000 €", "6,1"],
       ["Display (reciblage)", "Achat média 3 600 € ; bannières 400 €", "4 000 €", "24 000 €", "5,0"],
       ["Total", "", "63 276 €", "1 051 000 €", "15,6"]],
      widths=[3.2, 6.8, 2, 2.2, 1.6], size=8, title="Budget prévisionnel 2026 par levier")
    P("Le reste de l'objectif de 1,30 M€ vient du trafic direct et des devis B2B. Ce ROI sur CA surestime la rentabilité, car une vente coûte aussi l'acier, le bois et le temps des émouleurs. Je l'ai donc recalculé sur la marge brute (61 % en ligne) : ROI = (CA × 61 % − dépense) / dépense. Sur l'ensemble, la marge attendue de 641 110 € donne un ROI sur marge de 9,1. Par levier, l'emailing (30,8) et le SEO (24,3) restent très rentables, Google Ads tombe à 4,1, Meta et Pinterest à 3,3, le display à 2,7 et l'affiliation à 2,6 : ce sont ces deux derniers que nous réduirons en premier si le budget se resserre.")
    T([["Levier", "Dépense prévue / réelle T1", "CA prévu / réel T1", "Écart CA", "Préconisation"],
       ["Référencement naturel", "2 290 € / 2 540 €", "68 000 € / 71 400 €", "+5,0 %", "Maintenir ; surcoût dû à un article sponsorisé avancé en mars"],
       ["Emailing", "1 500 € / 1 460 €", "52 000 € / 44 300 €", "−14,8 %", "Relancer le flow panier (désactivé par erreur du 3 au 24 février), segmenter les envois par famille"],
       ["Google Ads", "4 200 € / 5 150 €", "30 000 € / 31 800 €", "+6,0 %", "ROAS tombé de 7,1 à 6,2 : exclure la marque de PMax, 46 mots-clés négatifs, plafond 30 €/jour hors temps forts"],
       ["Meta / Pinterest", "1 800 € / 1 200 €", "9 000 € / 7 900 €", "−12,2 %", "Sous-dépense volontaire ; reporter 600 € sur la Fête des pères"],
       ["Total", "9 790 € / 10 350 €", "159 000 € / 155 400 €", "−2,3 %", "Écart maîtrisé ; corriger l'emailing avant mai"]],
      widths=[2.8, 3.2, 3.4, 1.5, 5.1], size=8, title="Budget prévu / réalisé, premier trimestre 2026")
    P("L'écart de l'emailing est de notre fait : la panne du flow de relance a coûté environ 4 800 € de CA. La vérification des flows est désormais un point fixe de la réunion du lundi.")


def part2():
    H1("Partie 2 — Animer les ventes et la communauté")
    H2("2.1 La campagne Fête des pères")
    P("La Fête des pères 2025 est la première campagne que j'ai conduite de bout en bout. Ses objectifs découlent du projet de l'entreprise : réduire la dépendance à Noël et valoriser l'atelier de gravure, savoir-faire maison et source de marge. Trois objectifs ont été fixés : 45 000 € de CA sur la période, 35 % de commandes gravées, 1 000 nouveaux abonnés pour le second semestre. La cible principale était l'offreur de cadeau (25–45 ans, pour un père de 50 à 75 ans). Vecteurs retenus : emailing Klaviyo, page d'atterrissage, Google Ads Search, Meta Ads, Instagram et Pinterest organiques, chat et relais.")
    T([["Objectif", "Cible", "Vecteur", "Message", "KPI (objectif → réel)"],
       ["CA de 45 000 €", "Clients existants offreurs", "Emailing J-21, J-10, J-4 ; page /pages/fete-des-peres", "« Forgé à Thiers, gravé à son nom, livré avant dimanche »", "45 000 € → 50 200 €"],
       ["35 % de commandes gravées", "Nouveaux visiteurs offreurs", "Meta Ads carrousel ; Search « cadeau fête des pères couteau »", "« Gravure offerte jusqu'au 11 juin »", "35 % → 37 %"],
       ["1 000 abonnés", "Passionnés et curieux", "Jeu Instagram, Pinterest, blogs", "« Gagnez un Thiers Vernière gravé »", "1 000 → 1 240"],
       ["Rassurer sur le délai", "Offreurs de dernière minute", "Chat proactif, bandeau, email J-4", "« Commandé avant jeudi 12 h, livré samedi »", "214 chats ; conversion 13 %"]],
      widths=[2.8, 2.8, 3.9, 3.8, 2.6], size=8, title="Articulation objectifs / cibles / vecteurs (Fête des pères 2025)")
    P("La mise en œuvre a suivi le plan validé le 12 mai 2025, avec une seule adaptation : 300 € de budget Meta basculés le 5 juin vers Google Ads, dont le ROAS était deux fois meilleur.")

    H2("2.2 Les relais d'information")
    P("Huit relais ont été activés, chacun en contact avec un secteur que nous visons : coutellerie spécialisée, cuisine amateur, comparaison de prix, tourisme à Thiers, presse régionale. Les couteliers indépendants sont appelés « partenaires revendeurs » : ils nous achètent des couteaux pour leur boutique et relaient notre image dans des villes où nous avons peu de clients en ligne.")
    T([["Relais", "Type", "Pourquoi ce relais", "Effet mesuré (24 mai – 15 juin 2025)"],
       ["Coutellerie Gaubert (Lyon)", "Partenaire revendeur", "Amateurs de couteaux, forte affluence en juin", "Non traçable à ce stade"],
       ["Au Fil d'Argent (Bordeaux)", "Partenaire revendeur", "Cadeaux haut de gamme pour homme", "Non traçable à ce stade"],
       ["La Lame d'Or (Annecy)", "Partenaire revendeur", "Clientèle touristique, couteaux de poche", "Non traçable à ce stade"],
       ["Le Fil du Chef", "Blog cuisine (38 000 visites/mois)", "Passionnés 30–55 ans", "UTM : 1 240 sessions, 19 commandes, 2 110 € HT pour 78 € de produit offert"],
       ["La Popote de Jules", "Blog cuisine familiale", "Offreurs, guide cadeau annuel", "UTM : 860 sessions, 11 commandes, 1 180 € HT pour 96 € de produit offert"],
       ["Idealo", "Comparateur", "Étape de comparaison du parcours", "Non traçable à ce stade (flux sans UTM)"],
       ["Office de tourisme de Thiers", "Réseau local", "Visiteurs de la vallée des Usines", "Non traçable à ce stade"],
       ["Auvergne Presse Agence", "Agence de presse", "Reprise par la presse régionale", "Non traçable à ce stade"]],
      widths=[3.6, 3.2, 4.4, 4.6], size=8, title="Relais activés et effets mesurés")
    P("La mesure est donc partielle : seuls les deux blogs avaient des liens tagués. Nous savons seulement que les trois revendeurs ont réassorti 46 coffrets en juin. En 2026, chaque relais aura son lien UTM ou son code dédié.")

    H2("2.3 Le chat en direct avec Gorgias")
    P("Gorgias a remplacé le formulaire de contact en septembre 2024. Avec Inès, je l'ai paramétré ainsi : ouverture du lundi au vendredi (9 h–12 h, 13 h 30–18 h) et le samedi matin en décembre, formulaire hors horaires ; message proactif après 40 secondes sur les fiches (« Une question sur la gravure ou le délai ? ») ; 14 macros (délais, gravure, entretien, retours, affûtage, B2B) qui insèrent le prénom et, via l'intégration Shopify, le statut et le suivi de la commande ; routage des messages contenant « devis », « entreprise » ou « logo » vers Claire, et des numéros de commande vers Inès, qui peut modifier une adresse ou un texte de gravure depuis la barre latérale. Deux conversations, l'une transformée, l'autre non, figurent en annexe A.")
    T([["Indicateur Gorgias", "T3 2025", "T4 2025"],
       ["Conversations de chat", "640", "1 120"],
       ["Délai médian de première réponse", "5 min", "3 min"],
       ["Satisfaction (CSAT)", "4,6/5", "4,7/5"],
       ["Conversion des visiteurs ayant chatté (site : 1,6 %)", "9 %", "11 %"],
       ["Commandes assistées / CA assisté", "58 / 10 100 €", "123 / 22 400 €"],
       ["Part des chats « délai de livraison »", "19 %", "27 %"]],
      widths=[9, 3.4, 3.4], title="Statistiques du chat (Gorgias, 2025)")
    P("Le taux de 11 % est sept fois supérieur à la moyenne, mais le visiteur qui ouvre le chat est déjà engagé : une partie de ces ventes aurait eu lieu sans nous. L'indicateur le plus solide est le panier des commandes assistées (182 €, +62 % sur le panier moyen), car Inès conseille souvent la gravure ou un second couteau. Le poids des questions de délai confirme le parcours d'achat : la date de livraison sur la fiche doit libérer Inès pour les conversations à forte valeur.")

    H2("2.4 Réseaux sociaux et communauté")
    P("**Instagram** est la vitrine de l'atelier (Reels de forge, carrousels pédagogiques, stories à sondage, republication des photos clients #ForgéÀThiers) ; **Pinterest** sert la recherche d'idées cadeaux (épingles produits synchronisées avec Shopify) ; **YouTube** accueille les tutoriels d'affûtage et les Shorts. Rythme fixé dans Notion : trois posts Instagram par semaine, dix épingles le dimanche, une vidéo par mois ; Océane produit, je rédige, Inès répond aux commentaires dans Gorgias.")
    T([["Indicateur de notoriété", "Janvier 2025", "Décembre 2025", "Évolution"],
       ["Abonnés Instagram", "12 400", "15 900", "+28 %"],
       ["Portée mensuelle Instagram", "61 000", "148 000", "×2,4"],
       ["Taux d'engagement moyen", "3,1 %", "4,4 %", "+1,3 pt"],
       ["Vues mensuelles Pinterest", "48 000", "131 000", "×2,7"],
       ["Abonnés YouTube", "2 100", "3 050", "+45 %"],
       ["Publications clients #ForgéÀThiers (cumul)", "86", "241", "+155"],
       ["Clics mensuels sur la marque (Search Console)", "3 900", "5 300", "+36 %"]],
      widths=[7.6, 2.8, 2.8, 2.6], title="Indicateurs de notoriété avant / après")
    P("Le résultat le plus parlant est le contenu client : 155 nouvelles publications #ForgéÀThiers sans concours, parce que nous republions chaque photo avec le prénom du client et la date de forge de son couteau. Cette reconnaissance fédère des propriétaires qui se répondent en commentaire, et la notoriété se retrouve dans Google (+36 % de clics sur la marque). Les abonnés progressent moins vite depuis septembre : il faudra renouveler les formats.")

    H2("2.5 Mise en avant des produits dans Shopify")
    P("J'utilise quatre fonctionnalités : des **collections automatiques** à règles (« Idées cadeaux moins de 100 € » : étiquette cadeau et prix inférieur à 100 €) ; l'application **Search & Discovery** pour booster la Forge 63 sur « couteau chef », déclarer des synonymes (« canif » = « couteau de poche ») et proposer la pierre à aiguiser avec chaque couteau de cuisine ; un **badge « Forgé main »** alimenté par un métachamp sur les vignettes du thème Impulse ; des **lots Shopify Bundles**, comme le « Trio Forge 63 » à 329 € au lieu de 367 €.")
    T([["Emplacement", "Mise en avant", "Résultat observé"],
       ["Accueil, bannière principale", "Temps fort en cours, sinon Forge 63", "Taux de clic 6,8 %"],
       ["Menu principal", "« Idées cadeaux » par budget (frein « quel modèle »)", "12 % des clics du menu"],
       ["Pages collections", "Meilleures ventes, badge « Forgé main »", "+9 % de clics vers les fiches badgées"],
       ["Fiche produit", "Recommandations complémentaires (pierre, étui)", "Pierre dans 7 % des paniers « chef »"],
       ["Tiroir panier", "Gravure et emballage cadeau", "Emballage dans 29 % des commandes"],
       ["Recherche interne", "Boosts et synonymes", "Recherches sans résultat : 9 % → 3 %"]],
      widths=[4, 6.8, 5], size=8, title="Emplacements de mise en avant sur coutellerie-verniere.fr")

    H2("2.6 Paiement et confiance")
    P("Trois solutions sont installées : Shopify Payments (cartes, Apple Pay, Google Pay) avec 3-D Secure 2, PayPal et Alma. Avant chaque temps fort, je rejoue une grille de tests sur les appareils de nos clients (61 % mobile, 7 % tablette, 32 % ordinateur), en mode test puis avec une commande réelle remboursée.")
    T([["Appareil / navigateur", "Carte 3DS2", "Apple / Google Pay", "PayPal", "Alma 3×", "Remarque"],
       ["iPhone 14, iOS 17, Safari", "OK", "OK", "OK", "OK", "—"],
       ["Galaxy A54, Android 14, Chrome", "OK", "OK", "OK", "OK", "Clavier masquant « Payer » en paysage"],
       ["iPad Air, Safari", "OK", "OK", "OK", "Corrigé", "Widget Alma coupé, corrigé le 5 mars (CSS)"],
       ["PC Windows 11, Chrome et Edge", "OK", "Google Pay", "OK", "OK", "—"],
       ["Mac, Safari et Firefox", "OK", "Apple Pay (Safari)", "OK", "OK", "Pas d'Apple Pay sous Firefox, normal"]],
      widths=[4, 1.6, 2.6, 1.4, 1.6, 4.6], size=8, title="Grille de tests des paiements (3 et 5 mars 2026)")
    P("La confiance se construit aussi autour du paiement : logos des moyens acceptés, mention « Paiement sécurisé 3-D Secure », note Judge.me 4,8/5 sur 2 140 avis vérifiés, garantie à vie, téléphone de l'atelier dans le tunnel. Le taux d'échec des paiements par carte est tombé de 3,4 % à 2,1 % en un an.")

    H2("2.7 Paiement fractionné : quel partenaire ?")
    T([["Critère", "Alma", "Klarna", "PayPal 4×"],
       ["Formules / montants", "2× à 4× sans frais, 50 € à 3 000 €", "3× sans frais, 35 € à 1 500 €", "4× sans frais, 30 € à 2 000 €"],
       ["Frais marchand", "3,9 % (3×) à 4,5 % (4×)", "3,29 % + 0,35 €", "Commission PayPal standard"],
       ["Intégration", "Application déjà installée", "Via Shopify Payments", "Automatique avec PayPal"],
       ["Image et risque", "Fintech française, plafonds prudents", "Image « mode rapide », critiques sur le surendettement", "Marque connue"]],
      widths=[3.2, 4.3, 4.3, 4], size=8, title="Offres de paiement fractionné comparées")
    P("**Pour l'internaute**, un coffret Durolle ou un trio Forge 63 devient accessible en trois mensualités de 53 € ou 110 € sans frais ; pour limiter le risque d'achat au-delà de ses moyens, Alma n'apparaît qu'à partir de 100 € et le 10× avec frais est refusé. **Pour le site**, sur une commande de 214 € (panier moyen des commandes Alma), Alma 3× coûte 8,35 € contre 3,46 € par carte, soit 4,89 € de plus pour 130 € de marge brute : l'option est rentable dès qu'une commande Alma sur 27 n'aurait pas eu lieu sans elle. Le test A/B de novembre 2025 a donné 2,3 % de conversion avec affichage contre 1,9 % sans, sur les produits de plus de 150 €. Nous gardons Alma, laissons PayPal 4× (sans surcoût) et écartons Klarna, qui ferait doublon et dont l'image ne convient pas à un couteau que l'on garde quarante ans.")

    H2("2.8 Fidélisation")
    P("Nos clients achètent 1,3 fois par an et un bon couteau ne se remplace pas : la fidélité ne peut pas reposer sur la fréquence. J'ai recensé six dispositifs : points convertibles en remise (Smile.io, 2 400 €/an), statuts VIP par niveau de dépense, parrainage à 10 €, affûtage offert à vie, email d'anniversaire avec gravure offerte, et la newsletter « carnet d'atelier » déjà en place. Smile.io, testé un mois, a été rejeté : sur 612 clients inscrits automatiquement, 4 ont utilisé leurs points, qui n'atteignent jamais de palier utile ; les statuts VIP concernent trop peu de clients ; le parrainage est reporté à 2027.")
    P("Nous avons choisi l'**affûtage offert à vie** (environ 9 € de coût par affûtage) parce qu'il prolonge la promesse de durabilité et recrée un contact avec l'atelier : 18 % des affûtages de 2025 ont été suivis d'une commande dans les 30 jours. L'**email d'anniversaire** offre une gravure sur la prochaine commande plutôt qu'une remise : l'avantage valorise notre savoir-faire sans abîmer le prix.")



ADS_WEEKS = [
    ("S40 (29/09)", 38200, 1150, 590, 31, 3720, 41), ("S41 (06/10)", 40100, 1230, 620, 34, 4010, 43),
    ("S42 (13/10)", 42800, 1320, 655, 37, 4290, 44), ("S43 (20/10)", 45500, 1410, 700, 40, 4720, 46),
    ("S44 (27/10)", 51300, 1620, 790, 47, 5450, 48), ("S45 (03/11)", 58900, 1880, 880, 56, 6380, 49),
    ("S46 (10/11)", 66200, 2150, 960, 64, 7290, 52), ("S47 (17/11)", 74800, 2470, 1050, 71, 8100, 53),
    ("S48 (24/11)", 88600, 2990, 1240, 94, 10250, 55), ("S49 (01/12)", 92300, 3120, 1310, 99, 11380, 54),
    ("S50 (08/12)", 96700, 3260, 1420, 104, 12170, 52), ("S51 (15/12)", 71400, 2260, 1150, 61, 6990, 47),
]


def fr(x, d=0):
    s = ("{:,.%df}" % d).format(x).replace(",", " ").replace(".", ",")
    return s


def part3():
    H1("Partie 3 — Visibilité, campagnes et mesure")
    H2("3.1 Audit SEO et priorités")
    P("L'audit de janvier 2026 (Semrush, 2 140 URL explorées, Search Console, PageSpeed Insights) a relevé 34 problèmes, regroupés en douze actions : P1 pour ce qui bloque l'indexation ou touche les pages qui vendent, P2 pour le positionnement à moyen terme, P3 pour le confort.")
    T([["Priorité", "Action", "Constat", "Échéance"],
       ["P1", "Canoniser les 214 pages de variantes indexées en double", "Filtres de collection indexés", "Janvier"],
       ["P1", "Réécrire title et meta des 40 fiches les plus vendues", "31 titles en double, 22 metas vides", "Janvier"],
       ["P1", "Alléger les images des fiches (WebP, 1 600 px)", "LCP mobile 3,8 s", "Février"],
       ["P1", "Corriger les 63 liens internes en 404", "Anciennes URL de 2022", "Janvier"],
       ["P1", "Créer la page « Cadeaux d'entreprise »", "Aucune page pour les requêtes B2B", "Février"],
       ["P2", "Structurer le silo « couteau de cuisine »", "Articles isolés, sans lien vers les produits", "Mars"],
       ["P2", "Données structurées Produit et FAQ", "Pas d'étoiles dans Google", "Février"],
       ["P2", "Publier 6 articles d'entretien et d'affûtage", "Requêtes peu disputées", "Mars–mai"],
       ["P2", "Obtenir 4 liens de partenaires", "112 domaines référents, autorité 24", "Mars"],
       ["P3", "Supprimer 3 applications Shopify inutilisées", "Scripts chargés sans usage", "Avril"],
       ["P3", "Compléter les textes alternatifs", "41 % d'images sans alt", "Avril"],
       ["P3", "Harmoniser les URL du blog", "Handles automatiques", "Mai"]],
      widths=[1.5, 6.6, 5.6, 2.1], size=8, title="Plan d'actions SEO hiérarchisé")

    H2("3.2 Choix des outils de mesure")
    P("GA4 mesure ce qui se passe sur le site (sessions, sources, tunnel, CA) et la Search Console ce qui se passe dans Google avant le clic (impressions, positions, requêtes) : tous deux gratuits, ils sont indispensables. Il manquait un outil de suivi de positions et d'analyse concurrentielle. J'ai testé Semrush Pro (129 € HT par mois) et Ahrefs Lite (119 €) pendant leurs essais, avec une grille pondérée validée par Claire : base de mots-clés France (25 %), suivi de positions inclus (20 %), audit technique (15 %), analyse des liens (15 %), prise en main par l'équipe (10 %), coût (15 %). Semrush obtient 4,6 sur 5 contre 3,7 : son suivi quotidien de 500 mots-clés et son interface en français l'emportent sur la meilleure base de liens d'Ahrefs, dont le suivi n'est qu'hebdomadaire et les crédits limités. Microsoft Clarity (gratuit) complète le dispositif pour les cartes de chaleur et les enregistrements de sessions, et Looker Studio consolide GA4, Search Console et Google Ads. Les liens sont recensés en annexe F.")

    H2("3.3 Méthode de construction de la matrice de mots-clés")
    P("La matrice de l'annexe E (30 expressions) a été construite en six étapes. **1. Les mots des clients** : expressions extraites de Gorgias par Inès, termes du métier listés par Mathieu, l'émouleur. **2. L'existant** : export des 1 000 premières requêtes de la Search Console sur 16 mois. **3. L'élargissement** : Keyword Magic de Semrush et écarts de mots-clés avec Couteaux-Direct.fr, Forges de la Durolle et Atelier Kiriko. **4. La qualification** : volume, difficulté (KD), intention, lecture de la première page. **5. Le filtre de contexte** : nous gardons les expressions où notre légitimité est réelle (Thiers, fabrication française, forge, gravure, cadeau d'affaires) et affectons une seule expression principale par page pour éviter la cannibalisation. **6. La priorisation** : score = volume × (100 − KD) / 100, pondéré par l'intention d'achat, puis suivi quotidien dans Semrush.")
    P("Ce filtre est décisif : sur « couteau de cuisine » (33 100 recherches, KD 71), nous sommes 28e face aux grandes enseignes. Sur « couteau de cuisine forgé », « couteau thiers artisanal » ou « cadeau d'affaires couteau gravé », la concurrence est faible et l'intention forte : c'est là que notre métier, notre ville et notre fabrication nous font gagner des places.")

    H2("3.4 Cocon sémantique « couteau de cuisine »")
    P("Le silo s'organise autour d'une page mère (/collections/couteaux-de-cuisine), de pages filles (collections et fiches Forge 63) et d'articles. Règles de maillage : lien placé uniquement dans le corps du texte, dans une phrase qui traite vraiment du sujet de la page cible ; ancre reprenant l'expression principale de la cible ; un article ne renvoie qu'à sa mère, à ses sœurs et au produit qu'il cite ; aucune sortie du silo sauf par la mère ; trois liens au plus par article ; jamais « cliquez ici ».")
    T([["Page source", "Phrase et ancre (en gras)", "Page cible"],
       ["Article « Couteau japonais ou français ? »", "« …un **couteau de cuisine forgé** à Thiers supporte mieux les chocs… »", "/collections/couteaux-de-cuisine"],
       ["Article « Couteau japonais ou français ? »", "« …pour un premier achat, le **couteau de chef 20 cm** reste le plus polyvalent… »", "/products/forge-63-chef-20-cm"],
       ["Article « Entretenir un couteau en acier carbone »", "« …pour retrouver le tranchant, suivez notre guide pour **affûter un couteau** à la pierre… »", "/blogs/conseils/affuter-un-couteau"],
       ["Article « Affûter un couteau »", "« …une **pierre à aiguiser 1000/6000** couvre l'affûtage et la finition… »", "/products/pierre-a-aiguiser-1000-6000"],
       ["Collection (page mère)", "« …notre **couteau santoku** forgé, pensé pour les légumes… »", "/products/forge-63-santoku"],
       ["Collection (page mère)", "« …nos conseils pour **entretenir un couteau en acier carbone**… »", "/blogs/conseils/entretenir-couteau-acier-carbone"],
       ["Fiche Forge 63 chef 20 cm", "« …complétez avec le **couteau d'office** Forge 63 pour les petites découpes… »", "/products/forge-63-office-10-cm"],
       ["Fiche Forge 63 santoku", "« …vous hésitez ? Lisez notre comparatif **couteau japonais ou français**… »", "/blogs/conseils/couteau-japonais-ou-francais"]],
      widths=[4, 7.8, 4], size=8, title="Les 8 liens internes du cocon")

    H2("3.5 Netlinking")
    P("Nous voulions des partenaires qui apportent de l'autorité et des visiteurs réels. Quatre liens ont été obtenus en mars 2026 ; la mesure compare décembre–février à mars–avril (moyennes mensuelles GA4, autorité Semrush).")
    T([["Partenaire", "Lien", "Sessions référentes / mois avant", "après", "Autorité"],
       ["Office de tourisme de Thiers", "Page « savoir-faire »", "40", "310", "38"],
       ["Le Fil du Chef (blog)", "Test Forge 63 → fiche", "120", "460", "31"],
       ["Auvergne Gourmande (magazine)", "Portrait de Mathieu → vidéo", "0", "220", "42"],
       ["Comptoir Vidal (restaurant)", "« Nos couteaux » → collection", "0", "95", "18"]],
      widths=[4.2, 4.4, 3.2, 2, 2], size=8, title="Partenaires de netlinking : trafic apporté")
    P("Les quatre partenaires envoient désormais 1 085 sessions par mois contre 160. Sur tout le site, les domaines référents passent de 112 à 139 et l'autorité Semrush de 24 à 29.")

    H2("3.6 Progression SEO consolidée")
    T([["Indicateur (Semrush, Search Console, GA4)", "Avril 2025", "Octobre 2025", "Avril 2026"],
       ["Mots-clés suivis en top 3 / top 10 (sur 30)", "3 / 9", "6 / 15", "9 / 20"],
       ["Visibilité Semrush", "6,2 %", "9,8 %", "13,4 %"],
       ["Clics organiques mensuels hors marque", "5 800", "7 900", "9 600"],
       ["Sessions organiques mensuelles", "11 200", "13 400", "15 700"],
       ["CA organique mensuel HT", "22 900 €", "24 600 €", "28 400 €"],
       ["Domaines référents", "96", "110", "139"]],
      widths=[7.4, 2.8, 2.8, 2.8], title="Progression additionnée de toutes les actions SEO")
    P("Entre octobre 2025 (avant l'audit) et avril 2026, les expressions en première page passent de 15 à 20 et le CA organique mensuel progresse de 15 % ; à saisonnalité comparable (avril contre avril), la hausse est de 24 %. Les expressions très génériques bougent peu.")

    H2("3.7 Campagnes Google Ads de Noël")
    P("Pour Noël 2025, j'ai restructuré le compte en quatre campagnes à budgets séparés.")
    T([["Campagne", "Mots-clés (correspondance) ou signaux", "Page d'atterrissage", "Budget / jour"],
       ["Search — Couteaux de cuisine", "[couteau de chef 20 cm] exact ; « couteau de cuisine forgé » expression ; « couteau cuisine made in france » expression", "/collections/forge-63 ; fiche chef 20 cm", "35 €"],
       ["Search — Cadeaux gravés", "« couteau gravé personnalisé » expression ; [cadeau d'affaires couteau gravé] exact ; « cadeau entreprise made in france » expression", "/pages/gravure ; /pages/cadeaux-entreprise", "30 €"],
       ["Search — Marque", "[coutellerie vernière] exact ; [vernière thiers] exact", "Accueil", "8 €"],
       ["Performance Max — Catalogue Noël", "Signaux : visiteurs 90 jours, acheteurs, intérêt cuisine ; groupes Poche, Cuisine, Coffrets", "Fiches produits (flux Shopping)", "45 €"]],
      widths=[3.4, 6.6, 4.2, 1.6], size=8, title="Structure du compte Google Ads (octobre–décembre 2025)")
    P("**Mots-clés négatifs** : pas cher, occasion, lidl, ikea, suisse, dessin, tuto, militaire, papillon, lancer, cran d'arrêt (les derniers évitent toute association avec les armes). **Annonce responsive du groupe « Couteau forgé » (extrait).** Titres : « Couteau de cuisine forgé » ; « Forgé à Thiers depuis 1952 » ; « Forge 63 : chef 20 cm 129 € » ; « Affûtage offert à vie » ; « Gravure à son nom » ; « Noté 4,8/5 par 2 140 clients ». Descriptions : « Lame forgée et émoulue à la main dans notre atelier de Thiers. Garantie à vie. » ; « Offrez un couteau qui dure : gravure, coffret, livraison avant Noël. » ; « 3× sans frais dès 100 € avec Alma. Gravure jusqu'au 14 décembre. »")

    H2("3.8 Tableau de suivi hebdomadaire et analyse")
    P("Chaque lundi, j'alimente ce tableau depuis Google Ads et GA4 ; il est relié au tableau de bord Looker Studio.")
    rows = [["Semaine", "Impr.", "Clics", "CTR", "CPC", "Coût", "Conv.", "CA", "ROAS", "Part d'impr."]]
    S = [0, 0, 0, 0, 0]
    for w, im, cl, co, cv, ca, isr in ADS_WEEKS:
        rows.append([w, fr(im), fr(cl), fr(cl / im * 100, 2) + " %", fr(co / cl, 2) + " €", fr(co) + " €", str(cv),
                     fr(ca) + " €", fr(ca / co, 2), "%d %%" % isr])
        for k, v in enumerate((im, cl, co, cv, ca)):
            S[k] += v
    rows.append(["**Total**", fr(S[0]), fr(S[1]), fr(S[1] / S[0] * 100, 2) + " %", fr(S[2] / S[1], 2) + " €", fr(S[2]) + " €",
                 str(S[3]), fr(S[4]) + " €", fr(S[4] / S[2], 2), "—"])
    T(rows, widths=[2, 1.5, 1.3, 1.3, 1.3, 1.6, 1.1, 1.8, 1.2, 1.5], size=7.5,
      title="Suivi hebdomadaire Google Ads, Noël 2025 (Search + Performance Max)")
    P("**Visibilité** : les impressions sont multipliées par 2,5 et la part d'impressions passe de 41 % à 55 % au Black Friday, puis recule à 47 % faute de budget face aux enchères de décembre. **Efficacité** : le CTR monte de 3,01 % à 3,38 % et le CPC baisse de 0,51 € à 0,41 € grâce au niveau de qualité. Le ROAS dépasse 8 en semaines 48 à 50 puis chute à 6,08 en semaine 51 : les annonces « gravure » tournaient encore après la date limite du 14 décembre. **Rentabilité** : 11 365 € dépensés pour 84 750 € de CA, soit un ROAS de 7,46 et un ROI sur CA de 6,46 ; sur la marge (61 %), ROI = (51 698 − 11 365) / 11 365 = 3,55. **Référencement** : sur la même période, les clics organiques hors marque progressent de 21 % ; les annonces n'ont pas cannibalisé le SEO, sauf peut-être la campagne Marque.")

    H2("3.9 Rentabilité des publications Instagram")
    P("Chaque lien en bio et chaque sticker de story porte des UTM propres à la publication ; le coût inclut le temps de production (200 € par jour) et la sponsorisation éventuelle.")
    T([["Publication (nov.–déc. 2025)", "Portée", "Sessions UTM", "Commandes", "CA HT", "Coût", "ROI"],
       ["Reel « Le martelage de la Forge 63 »", "41 200", "980", "14", "1 820 €", "250 €", "6,3"],
       ["Carrousel « 5 idées cadeaux < 100 € »", "18 600", "720", "15", "1 290 €", "100 €", "11,9"],
       ["Story « Gravure : date limite 14/12 »", "9 800", "410", "11", "1 460 €", "25 €", "57,4"],
       ["Reel « Mathieu à la meule »", "52 300", "640", "6", "810 €", "200 €", "3,1"],
       ["Carrousel « Cadeaux d'entreprise »", "5 900", "95", "1 devis signé", "1 640 €", "100 €", "15,4"]],
      widths=[5.4, 1.6, 1.8, 2, 1.8, 1.6, 1.4], size=8, title="Mesure ROIste des publications Instagram")
    P("Les Reels font la notoriété plus que la vente : « Mathieu à la meule » a la plus grande portée et le plus faible ROI. Les formats utilitaires (date limite, sélection par budget) convertissent beaucoup mieux ; en 2026, un Reel d'atelier par semaine pour la notoriété, et des stories de rappel aux temps forts.")

    H2("3.10 Indicateurs de performance du site")
    P("Ces indicateurs couvrent toute la chaîne, de l'arrivée au chiffre d'affaires ; ils sont comparés sur le premier trimestre pour neutraliser Noël.")
    T([["KPI (source)", "T1 2025", "T1 2026", "Commentaire"],
       ["Trafic, sessions / mois (GA4)", "30 100", "33 800", "+12 %, porté par le SEO ; le payant est stable."],
       ["Taux de rebond (GA4)", "47 %", "43 %", "Baisse sur les fiches réécrites ; 61 % sur le blog, normal pour du conseil."],
       ["Durée moyenne d'engagement (GA4)", "1 min 12", "1 min 31", "2 min 40 sur la fiche Forge 63 avec vidéo."],
       ["Temps de chargement, LCP mobile (CrUX)", "3,8 s", "2,4 s", "Images WebP, 3 applications supprimées ; objectif < 2,5 s atteint."],
       ["Abandon à la création de compte", "34 %", "12 %", "Compte facultatif, connexion par code email."],
       ["Abandon au formulaire adresse / livraison", "41 %", "35 %", "Premier point de fuite : frais de port découverts à cette étape."],
       ["Abandon du panier (Shopify)", "72 %", "69 %", "Flow de relance coupé trois semaines en février."],
       ["Abandon au paiement", "14,8 %", "11,2 %", "Effet d'Apple Pay et du correctif Alma."],
       ["Chiffre d'affaires en ligne HT", "171 k€", "203 k€", "+19 % ; conversion 1,5 % → 1,7 %."]],
      widths=[5.2, 1.8, 1.8, 7], size=8, title="Liste commentée des KPI")

    H2("3.11 ROI, atteinte des objectifs et actions correctives")
    P("En 2025, les leviers ont coûté 41 800 € et se sont vu attribuer 729 000 € de CA : ROI sur CA = (729 000 − 41 800) / 41 800 = 16,4 ; ROI sur marge = (444 690 − 41 800) / 41 800 = 9,6.")
    T([["Objectif 2025", "Cible", "Réalisé", "Atteint ?", "Point T1 2026"],
       ["CA en ligne", "0,98 M€", "1,03 M€", "Oui", "203 k€, dans la trajectoire de 1,30 M€"],
       ["CA cadeaux d'affaires", "170 k€", "186 k€", "Oui", "31 k€ ; tout se joue en octobre–novembre"],
       ["Taux de conversion", "1,8 %", "1,6 %", "Non", "1,7 % pour 2,0 % visés"],
       ["Part du CA email", "20 %", "18 %", "Non", "21,8 % pour 24 % visés"],
       ["ROAS Google Ads", "≥ 7", "7,5", "Oui", "6,2, à corriger"],
       ["Abandon au paiement", "≤ 12 %", "14,8 %", "Non", "11,2 %, atteint"]],
      widths=[3.6, 1.8, 2, 1.8, 6.6], size=8, title="Atteinte des objectifs")
    P("L'acquisition atteint ses objectifs ; la transformation et la fidélisation non : le tunnel laisse fuir les offreurs au moment des frais de port et de la gravure, et l'emailing a subi une panne évitable. Les actions correctives sont classées par effet attendu : **1.** afficher date de livraison et frais de port dès la fiche (15 mai) ; **2.** corriger le champ gravure en attendant le configurateur (31 mai) ; **3.** contrôler chaque semaine les flows Klaviyo et segmenter les campagnes (en cours) ; **4.** exclure la marque de Performance Max (fait le 30 avril) ; **5.** donner un lien UTM à chaque relais (Fête des pères 2026) ; **6.** tester le paiement express sur la fiche (septembre).")


def part4():
    H1("Partie 4 — Contenus et parcours d'achat")
    H2("4.1 Photographe : studio ou interne ?")
    P("Une lame polie reflète tout et doit être nette de la pointe au talon. Pour la relance de la Forge 63 (mars 2026), j'ai comparé Océane, notre photographe interne, et le Studio Lumen de Clermont-Ferrand, spécialiste du packshot métallique. Océane maîtrise les lames satinées et suit le rythme des réassorts, mais le poli miroir la met en difficulté. Le studio facture 1 450 € HT la journée (25 images) avec diffuseurs, banc de focus stacking motorisé et styliste culinaire, et livre à dix jours.")
    P("Nous avons retenu une solution mixte : Océane garde le catalogue courant, où la régularité compte plus que la perfection ; le Studio Lumen a réalisé en février la séance de lancement de la Forge 63 (sept couteaux, visuels de campagne réutilisés en publicité). Confier tout le catalogue au studio aurait coûté près de 9 000 € pour un gain que rien ne garantit sur des produits déjà bien photographiés.")

    H2("4.2 Méthode de rédaction d'un article")
    P("L'article « Entretenir un couteau en acier carbone » (17 mars 2026) vise l'expression « entretien couteau acier carbone » (1 300 recherches, KD 16), complétée par « patine couteau carbone », « couteau carbone qui rouille » et « huile pour couteau », issues de Semrush et des questions du chat. La méthode, désormais appliquée à tout le blog :")
    BUL(["**Plan** : réponse courte dès l'introduction, puis une section par question réelle des clients.",
         "**Placement des expressions** : l'expression principale dans le title, le H1, les 100 premiers mots, l'URL et la meta description ; chaque expression secondaire donne son titre à un H2.",
         "**Double lecture** : paragraphes courts, encadré « l'essentiel en 30 secondes », textes alternatifs qui décrivent l'action.",
         "**Maillage et preuve** : trois liens selon les règles du cocon, deux citations de Mathieu, FAQ balisée en données structurées."])
    P("Six semaines après publication, l'article (1 420 mots) est 3e sur son expression principale et a généré 2 900 sessions, dont 4,1 % ont consulté une fiche produit.")

    H2("4.3 La fiche produit Forge 63 chef 20 cm")
    P("Nos fiches suivent cinq temps : une expression principale tirée de la matrice, les données techniques recueillies à l'atelier, une rédaction pour les deux segments (preuves pour le passionné, réassurance pour l'offreur), les éléments de décision au-dessus de la ligne de flottaison sur mobile, et une relecture par Mathieu.")
    T([["Élément", "Contenu de la fiche"],
       ["Expressions", "Principale : couteau de chef 20 cm ; secondaires : couteau de cuisine forgé, couteau de chef français"],
       ["Title / meta", "Couteau de chef 20 cm forgé à Thiers – Forge 63 | Vernière / « Forgé et émoulu à Thiers. Acier X50CrMoV15, manche frêne. Garantie à vie, affûtage offert. Livré en 48 h. »"],
       ["URL, H1, H2", "/products/forge-63-chef-20-cm ; H1 « Couteau de chef 20 cm Forge 63 » ; H2 : Un couteau de cuisine forgé pour tout faire / Caractéristiques / Entretien / Questions fréquentes / Avis"],
       ["Caractéristiques", "Lame 20 cm, 2,5 mm, acier X50CrMoV15 à 57 HRC, mitre forgée, manche frêne stabilisé, 212 g, fabriqué à Thiers"],
       ["Entretien", "Lavage à la main, séchage immédiat, pierre 1000/6000 ou affûtage offert par l'atelier"],
       ["FAQ", "Convient-il aux gauchers ? (oui, émouture symétrique) ; Gravure ? (15 €, 72 h) ; Lave-vaisselle ? (non, et pourquoi)"],
       ["Avis et preuves", "Judge.me 4,8/5 (64 avis), photos clients, badge « Forgé main »"],
       ["Produits associés", "Couteau d'office, pierre à aiguiser, planche en noyer, Trio Forge 63"],
       ["Prix et réassurance", "129 € ; 3× sans frais avec Alma ; livraison offerte dès 80 € ; date de livraison estimée"]],
      widths=[3.2, 12.6], size=8, title="Fiche « Forge 63 chef 20 cm » : contenu et mots-clés positionnés")
    P("Tous les éléments ne pèsent pas pareil dans la décision. Clarity montre que 58 % des visiteurs mobiles descendent jusqu'aux avis avant d'ajouter au panier : la note en étoiles a été remontée sous le prix. La FAQ « gaucher » vient de la conversation non transformée de l'annexe A. La date de livraison répond au premier frein des offreurs, et l'affûtage offert à vie, placé près du bouton d'achat, justifie l'écart de prix avec les couteaux importés.")

    H2("4.4 Retouche photo et vidéo « De la forge à la table »")
    P("**Retouche.** Océane photographie en RAW. Dans Lightroom : balance des blancs sur charte grise, hautes lumières de la lame récupérées (−60), pinceau local sur le veinage du manche, suppression des poussières. Dans Photoshop : fusion des neuf images de focus stacking, détourage à la plume sur fond blanc pur, ombre portée recréée sur un calque séparé.")
    CAP("Figure 1 : retouche Lightroom de la lame, avant / après (hautes lumières récupérées, dominante bleue corrigée)")
    CAP("Figure 2 : focus stacking de 9 images dans Photoshop, netteté de la pointe au talon")
    P("**Vidéo.** Le film de 90 secondes « De la forge à la table » a été monté dans DaVinci Resolve : découpage en huit plans (forge, martelage, trempe, émouture par Mathieu, montage, affûtage, découpe chez le chef Vidal, couteau sur la table) ; tournage en 4K à 25 images par seconde ; montage sur la page Edit avec des coupes calées sur les coups de marteau ; étalonnage sur la page Color (correction primaire puis look chaud commun) ; mixage du son d'atelier et d'une musique libre de droits dans Fairlight ; sous-titres.")
    CAP("Figure 3 : timeline DaVinci Resolve du film « De la forge à la table », 8 plans, 1 min 30 s")
    P("**Adaptation au web.** Images exportées en WebP, 1 600 px, qualité 80 (120 à 180 Ko au lieu de 1,2 Mo), chargement différé par le thème Impulse sous la ligne de flottaison. Vidéo hébergée sur YouTube et affichée en 720p sur la fiche, suffisant sur téléphone sans ralentir la page ; déclinaison verticale 9:16 de 30 secondes pour Reels et Shorts, sous-titres incrustés (la plupart des vidéos sont vues sans le son) et fichier SRT sur YouTube.")

    H2("4.5 Effet des fiches réécrites")
    P("Huit fiches ont été réécrites en janvier 2026. Comparaison sur 60 jours avant (1er septembre – 30 octobre 2025) et 60 jours après (15 janvier – 15 mars 2026), GA4 et Shopify.")
    T([["Fiche", "Engagement avant → après", "Ajout au panier avant → après", "Commandes avant → après"],
       ["Forge 63 chef 20 cm", "0:58 → 2:40", "4,1 % → 6,3 %", "38 → 61"],
       ["Forge 63 santoku", "0:51 → 1:47", "3,6 % → 5,2 %", "17 → 26"],
       ["Forge 63 office 10 cm", "0:44 → 1:12", "5,0 % → 6,1 %", "22 → 29"],
       ["Le Thiers Vernière genévrier", "1:05 → 1:39", "6,2 % → 7,4 %", "96 → 112"],
       ["Coffret Durolle", "0:49 → 1:21", "3,3 % → 4,5 %", "41 → 47"],
       ["Pierre à aiguiser 1000/6000", "0:37 → 0:59", "5,8 % → 6,4 %", "30 → 38"],
       ["Couteau à fromage Livradois", "0:41 → 1:03", "2,9 % → 3,8 %", "9 → 14"],
       ["Service d'affûtage", "0:55 → 1:30", "7,1 % → 9,6 %", "64 → 89"],
       ["Total / moyenne", "0:50 → 1:32", "4,8 % → 6,2 %", "317 → 416"]],
      widths=[4.8, 3.6, 3.8, 3.6], size=8, title="Indicateurs avant / après sur les 8 fiches réécrites")
    P("Les commandes de ces fiches progressent de 31 % quand le trafic du site n'augmente que de 12 % : l'intérêt des visiteurs ne s'explique pas par le seul volume. Le temps d'engagement double presque, surtout sur la fiche qui porte la vidéo, et les avis photo ont suscité 46 interactions en deux mois. Les soldes de janvier biaisent un peu la période « après » : la mesure est répétée sur avril–mai.")

    H2("4.6 Paramétrage du blog Shopify")
    P("Le blog « Conseils du coutelier » est le blog natif de Shopify, qui garde le trafic sur le domaine. Paramétrage : handle /blogs/conseils ; quatre catégories gérées par étiquettes et affichées en filtres (Entretien, Affûtage, Choisir son couteau, Savoir-faire) ; auteur nommé avec biographie (Mathieu pour la technique, moi pour les guides) ; handles réécrits à la main ; title et meta renseignés dans l'aperçu moteur de recherche ; image principale WebP avec texte alternatif ; commentaires désactivés, les questions arrivant déjà dans Gorgias ; modèle d'article avec un bloc « produits cités ». Le flux RSS (/blogs/conseils.atom) alimente le bloc « dernier article » de la newsletter Klaviyo.")

    H2("4.7 Tunnel de conversion")
    P("Le tunnel Shopify est suivi dans une exploration « entonnoir » de GA4. Chaque étape a un objectif de passage pour fin novembre 2026, cohérent avec la cible de 2,0 %.")
    T([["Étape (événement GA4)", "Volume T1 2026", "Passage à l'étape suivante", "Objectif"],
       ["Sessions", "101 400", "52 % voient une fiche", "55 %"],
       ["view_item", "52 700", "10,6 % ajoutent au panier", "12 %"],
       ["add_to_cart", "5 580", "57 % commencent la commande", "60 %"],
       ["begin_checkout", "3 190", "65 % renseignent la livraison", "75 %"],
       ["add_shipping_info", "2 070", "94 % passent au paiement", "95 %"],
       ["add_payment_info", "1 940", "88,8 % finalisent", "90 %"],
       ["purchase", "1 723", "Conversion globale 1,70 %", "2,0 %"]],
      widths=[4.4, 3, 5.4, 3], size=8, title="Entonnoir de conversion GA4 et objectifs par étape")
    P("Ces objectifs ont été confrontés au comportement réel des internautes avec Microsoft Clarity (4 800 sessions enregistrées en mars 2026). Sur les fiches avec gravure, 23 % des sessions montrent des clics de rage sur « Ajouter au panier » : le texte dépasse 20 caractères ou contient un accent, et l'erreur s'affiche en haut de page, hors de vue sur mobile. C'est une cause directe du faible passage fiche → panier. À l'étape livraison, 19 % des sessions reviennent au panier juste après l'affichage des frais de port, ce qui explique le décrochage de 35 %. Enfin, la date de livraison, en bas de fiche, n'est vue que par 31 % des visiteurs mobiles.")
    T([["Élément perturbateur", "Correction", "Responsable", "Date"],
       ["Erreur du champ gravure (longueur, accents)", "Compteur de caractères, conversion des accents, message sous le champ", "Romain, agence Volcan Digital", "31 mai 2026"],
       ["Frais de port affichés à l'étape livraison", "Frais et seuil de gratuité sur la fiche et le panier", "Romain", "15 mai 2026"],
       ["Date de livraison peu visible", "Remontée sous le prix, calcul selon l'heure de commande", "Océane, Romain", "15 mai 2026"],
       ["Fenêtre newsletter masquant le bouton d'achat sur mobile", "Déclenchement à 50 % de défilement, jamais sur les fiches", "Océane", "Fait le 30 avril"]],
      widths=[4.6, 6, 3, 2.2], size=8, title="Éléments perturbateurs du tunnel et plan de correction")


def part5():
    H1("Partie 5 — Piloter le projet et l'organisation")
    H2("5.1 Cahier des charges du configurateur de gravure")
    P("Le SWOT et le tunnel ont fait de la gravure le chantier prioritaire de 2026 : nous externalisons un configurateur où le client choisit couteau, zone et police, saisit son texte ou dépose son logo, et voit l'aperçu. Le cahier des charges, rédigé en février 2026, suit un plan en dix parties : 1. contexte et présentation (2 870 commandes gravées en 2025, dont 316 B2B) ; 2. objectifs ; 3. périmètre fonctionnel (parcours B2C, parcours B2B avec logo, quantités et BAT, back-office de l'atelier) ; 4. contraintes techniques (thème Impulse, export vers le logiciel du laser) ; 5. directives de la direction ; 6. livrables (maquettes, module, documentation, formation) ; 7. planning et jalons (maquettes le 15 juin, développement en juillet–août, recette en septembre, mise en ligne le 20 octobre) ; 8. ressources et gouvernance (chef de projet : moi ; validation : Claire ; comité mensuel avec Pascal) ; 9. recette et critères d'acceptation (120 cas de test, zéro anomalie bloquante) ; 10. modalités de réponse et de sélection.")
    T([["Niveau", "Objectifs"],
       ["Généraux", "Rendre la gravure visible et fiable ; porter les cadeaux d'affaires à 260 k€ ; contribuer à 2,0 % de conversion."],
       ["Spécifiques", "Part des commandes gravées de 31 % à 40 % ; erreurs de gravure expédiées de 0,9 % à moins de 0,3 % ; commande B2B en ligne jusqu'à 200 pièces sans devis manuel ; chats sur la gravure divisés par deux."],
       ["Techniques", "Aperçu en moins d'une seconde sur mobile ; contrôle de saisie (longueur par modèle, caractères acceptés par le laser) ; logo SVG ou PNG 300 dpi contrôlé automatiquement ; fichier de gravure nommé par numéro de commande ; aucune application payante de plus de 50 €/mois ; LCP de la fiche < 2,5 s ; champs accessibles (RGAA AA)."]],
      widths=[2.6, 13.2], size=8, title="Objectifs du projet de configurateur")
    P("La partie 5 reprend mot pour mot les directives de Pascal Vernière : « Le budget total ne dépasse pas 24 000 € HT, développement et formation compris. Le configurateur doit être en ligne avant le 1er novembre, sinon il ne sert à rien pour les commandes d'entreprise. Et je ne veux pas d'une application de plus qui coûte plus de 50 € par mois. » Ces trois contraintes sont devenues des critères éliminatoires de la consultation.")

    H2("5.2 Sélection de l'agence")
    P("Trois agences partenaires Shopify ont répondu. Critères et poids ont été fixés avec Claire avant l'ouverture des offres.")
    T([["Critère", "Poids", "Volcan Digital (Clermont-Ferrand)", "Partoo Studio (Lyon)", "Kodama Commerce (Paris)"],
       ["Solution sans application > 50 €/mois", "20 %", "4 — extension sur mesure, hébergement 19 €/mois", "5 — extension, sans coût récurrent", "3 — application à 69 €/mois"],
       ["Prix dans l'enveloppe de 24 000 €", "20 %", "5 — 22 600 €", "3 — 27 900 €", "2 — 34 500 €"],
       ["Mise en ligne avant le 1er novembre", "20 %", "4 — 20 octobre", "4 — 27 octobre", "5 — 30 septembre"],
       ["Références Shopify et personnalisation", "15 %", "4", "5", "5"],
       ["Maintenance et réversibilité", "10 %", "4", "4", "3"],
       ["Performance et accessibilité mobile", "10 %", "4", "5", "4"],
       ["Proximité (tests sur notre laser)", "5 %", "5", "3", "2"],
       ["Note pondérée sur 5", "100 %", "4,25", "4,20", "3,55"]],
      widths=[4.2, 1.3, 3.6, 3.4, 3.3], size=8, title="Grille de sélection pondérée des agences")
    P("Partoo avait la meilleure solution technique, mais dépassait le plafond de 3 900 € ; réduire le périmètre aurait sacrifié le parcours B2B, raison d'être du projet. Kodama proposait une application payante contraire à la directive. Volcan Digital est retenue : 1 400 € de marge pour les imprévus, tests possibles sur notre laser, et dix jours de sécurité avant le 1er novembre.")

    H2("5.3 Mentions légales, CGV et RGPD")
    P("**Mentions légales.** Le 14 avril 2026, j'ai vérifié sur le site en production, sur ordinateur et sur téléphone, que la page est accessible en un clic depuis le pied de page de toutes les pages, tunnel compris. Elle indique la dénomination et le capital (Coutellerie Vernière SAS, 150 000 €), le siège (ZA du Moutier, 63300 Thiers), le RCS de Clermont-Ferrand, la TVA intracommunautaire, le directeur de la publication (Pascal Vernière), les contacts et l'hébergeur, dont l'adresse (Shopify International Limited, Dublin) manquait : elle a été ajoutée le 15 avril.")
    P("**CGV.** L'analyse clause par clause figure en annexe C. Trois points propres à notre activité : la vente de couteaux est interdite aux mineurs, ce que les CGV prévoient désormais, avec une case « Je certifie avoir 18 ans ou plus » dans le tunnel ; les articles gravés, confectionnés selon les spécifications du client, sont exclus du droit de rétractation (article L221-28 du Code de la consommation), ce que la fiche rappelle avant l'ajout de la gravure ; la « garantie à vie » est une garantie commerciale qui ne doit pas laisser croire qu'elle remplace la garantie légale de conformité de deux ans, et sa rédaction précise maintenant ce qu'elle couvre (défaut de fabrication, manche décollé, lame cassée hors choc) et exclut (usure, lave-vaisselle). Le médiateur de la consommation a été ajouté. Les CGV révisées ont été validées par notre expert-comptable, le cabinet Fayolle & Associés, le 22 avril 2026, puis mises en ligne le 24 avril.")
    P("**RGPD.** J'ai confronté nos pratiques aux recommandations de la CNIL (lignes directrices cookies, référentiel « gestion commerciale ») et proposé les adaptations suivantes, validées par Claire.")
    T([["Point de contrôle", "Constat", "Adaptation proposée", "État"],
       ["Bandeau cookies", "Refus caché dans les paramètres", "Bouton « Tout refuser » au même niveau que « Accepter » ; choix conservé 6 mois", "Fait"],
       ["Durées de conservation", "Aucune durée définie", "Prospects : 3 ans après le dernier contact ; clients : relation + 3 ans ; factures : 10 ans ; chats : 3 ans ; purge automatique", "En cours"],
       ["Registre des traitements", "Inexistant", "Registre Notion sur le modèle CNIL, 9 traitements", "Fait"],
       ["Consentement Klaviyo", "Case pré-cochée au paiement", "Case décochée, double opt-in, preuve du consentement conservée", "Fait"],
       ["Droits des personnes", "Pas d'adresse dédiée", "rgpd@coutellerie-verniere.fr, réponse sous un mois", "Fait"],
       ["Sous-traitants hors UE", "Klaviyo, Gorgias (États-Unis)", "Vérification Data Privacy Framework et clauses types", "Fait"]],
      widths=[3, 3.4, 7.6, 1.8], size=8, title="Adaptations RGPD proposées")

    H2("5.4 Animation de l'équipe e-commerce")
    P("Inès, Bastien et Océane dépendent de Claire ; je coordonne leur travail sur le site. La **réunion du lundi** (9 h – 9 h 30, à l'atelier d'expédition) a quatre objectifs annoncés en début de séance : relire les chiffres de la semaine, fixer trois priorités, lever les blocages entre l'atelier et le site, vérifier les automatisations Klaviyo. Les **entretiens annuels**, menés par Claire en janvier et préparés avec moi pour la partie e-commerce, visent à faire le bilan des objectifs individuels, fixer ceux de l'année avec leurs indicateurs, recueillir les besoins de formation et les souhaits d'évolution.")
    P("Les réussites sont dites et rendues visibles. Inès a rédigé seule les 14 macros Gorgias et la FAQ des délais (première réponse de 5 à 3 minutes) : elle les a présentées elle-même en réunion générale et Pascal l'a citée dans la lettre interne. Bastien a proposé en octobre de trier les commandes gravées dans des bacs rouges dédiés, ce qui a fait passer les erreurs de gravure expédiées de 2,4 % à 0,9 % en pleine saison ; la procédure porte son nom (« tri Bastien ») et l'idée a été retenue dans son entretien annuel pour sa prime. Océane a été remerciée publiquement pour ses douze fiches par semaine pendant la réécriture.")
    T([["Collaborateur", "Indicateur individuel", "Objectif", "T4 2025", "T1 2026", "Analyse"],
       ["Inès (service client)", "Première réponse chat (médiane)", "≤ 4 min", "3 min", "3 min", "Tenu même en décembre"],
       ["", "Satisfaction (CSAT)", "≥ 4,5", "4,7", "4,8", "Les macros n'ont pas dégradé la qualité"],
       ["Bastien (expédition)", "Commandes préparées par heure", "≥ 7", "7,4", "6,8", "Baisse : formation de l'intérimaire"],
       ["", "Taux d'erreur de préparation", "< 0,5 %", "0,4 %", "0,3 %", "Effet des bacs et du scan"],
       ["Océane (photo, fiches)", "Fiches produites par semaine", "≥ 10", "8", "12", "Réécriture de janvier"],
       ["", "Photos retouchées par semaine", "≥ 40", "52", "47", ""]],
      widths=[2.8, 4.2, 1.6, 1.5, 1.5, 4.2], size=8, title="Indicateurs de performance individuelle")
    P("Ces indicateurs ne classent pas les personnes : ils montrent où l'organisation aide ou freine. La baisse de Bastien au T1 traduit le temps passé à former, et la charge de chat d'Inès, divisée par deux hors saison, permet de lui confier les premiers devis B2B simples.")

    H2("5.5 Organisation du stock et traçabilité")
    P("Deux stocks sont volontairement séparés. Les **encours de la forge** (lames en attente d'émouture, manches débités) restent à l'atelier, sur le tableau de fabrication, et n'apparaissent jamais dans Shopify, pour ne pas promettre une disponibilité qui dépend encore de trois semaines de travail. Les **produits finis** (64 références, environ 1 840 pièces) sont au magasin attenant à l'expédition et seuls synchronisés avec Shopify, avec un stock tampon de couteaux vierges pour la gravure, dimensionné sur quatre semaines de ventes gravées. La traçabilité repose sur le numéro de série gravé au laser au montage : Bastien le scanne à l'emballage et il est enregistré dans la commande (métachamp). Il sert à retrouver date de forge et émouleur lors d'un retour sous garantie, à authentifier un couteau face aux contrefaçons et à rappeler un lot en cas de défaut d'acier.")
    T([["Type de commande", "Part", "Contrôles", "Trace conservée"],
       ["Standard", "69 %", "Scan EAN contre la commande ; contrôle visuel ; test de coupe sur papier (Bastien)", "Scan horodaté, n° de série"],
       ["Gravée (particulier)", "28 %", "Texte comparé caractère par caractère avant gravure ; second contrôle par une autre personne après gravure ; photo", "Photo archivée 1 an, n° de série"],
       ["B2B (cadeaux d'affaires)", "3 %", "BAT du logo signé avant production ; contrôle d'une pièce sur 10 ; comptage et liste de colisage signée", "BAT, colisage, n° de série par pièce"]],
      widths=[3, 1.2, 8, 3.6], size=8, title="Critères de contrôle par type de traitement")

    H2("5.6 Traitement des commandes : de 12 à 8 étapes")
    P("En septembre 2025, Bastien et moi avons chronométré 40 commandes et décrit chaque étape. Le processus en comptait douze :")
    steps = [
        "Réception de la commande dans Shopify et impression du bon de commande complet.",
        "Saisie manuelle de la commande dans le fichier Excel de suivi de l'atelier.",
        "Vérification manuelle du paiement dans l'administration Shopify.",
        "Pour une gravure, recopie à la main du texte sur une fiche papier pour le graveur.",
        "Déplacement au magasin de produits finis, commande par commande.",
        "Passage à l'atelier de gravure et attente de la pièce gravée.",
        "Retour au poste d'emballage.",
        "Contrôle visuel et recopie du numéro de série dans le fichier Excel.",
        "Emballage, calage et mise en coffret.",
        "Création de l'étiquette sur le site Colissimo, avec nouvelle saisie de l'adresse.",
        "Copie du numéro de suivi dans Shopify.",
        "Envoi manuel d'un email au client pour annoncer l'expédition.",
    ]
    for i, st in enumerate(steps):
        p = doc.add_paragraph(style="List Number")
        p.add_run(st)
        p.paragraph_format.space_after = Pt(1)
        if i == 8:
            p.paragraph_format.page_break_before = True
    P("Cinq étapes ne faisaient que recopier une information existante (2, 4, 8, 10, 11), deux pouvaient être automatisées (3 et 12) et les allers-retours (5 à 7) se regroupent. Depuis octobre 2025, le processus compte huit étapes : (1) import automatique des commandes payées dans Sendcloud et impression des bons par vague, à 9 h et 14 h, triés par emplacement ; (2) prélèvement en bacs pour toute la vague ; (3) bons de gravure imprimés avec le texte, déposés chez le graveur dans un bac rouge ; (4) contrôle selon le type de commande ; (5) scan du numéro de série dans la commande ; (6) emballage ; (7) étiquette Sendcloud avec transporteur choisi par règle ; (8) suivi envoyé automatiquement au client.")
    P("Le temps moyen passe de 11 minutes à 6 min 20 s pour une commande standard (gains : 1 min 30 sur la double saisie, 1 min 10 sur l'étiquette et le suivi, 1 min sur les déplacements, 1 min sur le paiement et l'email) et de 19 à 11 minutes pour une commande gravée (plus 3 min 20 sur la recopie et l'attente au graveur). Sur les volumes de 2025, l'économie est d'environ 870 heures par an, près d'un demi-poste, et les erreurs de préparation sont passées de 1,1 % à 0,4 %.")

    H2("5.7 Solutions de stockage")
    P("Nos produits sont petits, lourds pour leur taille et coupants ; 20 références sur 64 font 80 % des ventes, avec un fort pic saisonnier.")
    T([["Solution", "Usage envisagé", "Coût", "Analyse", "Décision"],
       ["Rayonnages de picking avec bacs à bec", "Produits finis, un bac par référence, les 20 meilleures ventes à hauteur de main", "2 300 €", "Accès direct, adapté aux petites pièces, réorganisable avant Noël", "Retenu"],
       ["Rayonnage dynamique à rouleaux (FIFO)", "Consommables d'emballage : coffrets, cartons, calage", "3 100 €", "Premier entré, premier sorti ; réassort par l'arrière sans gêner la préparation", "Retenu"],
       ["Rayonnage à palettes push-back", "Coffrets en palette", "6 800 €", "Trois palettes reçues par an, chariot élévateur nécessaire", "Rejeté"],
       ["Armoire rotative automatique", "Produits finis", "38 000 €", "Sans rapport avec 9 180 commandes par an", "Rejeté"]],
      widths=[3.6, 4.4, 1.4, 5, 1.4], size=8, title="Comparaison des solutions de stockage")

    H2("5.8 Transporteurs et satisfaction livraison")
    P("Nous expédions via Sendcloud avec quatre transporteurs, classés pour un colis type de 800 g en France (tarifs négociés d'avril 2026, émissions déclarées par les transporteurs).")
    T([["Transporteur", "Frais de port", "Rang coût", "Émissions / colis", "Engagements RSE", "Rang RSE", "Part des envois"],
       ["Mondial Relay (point relais)", "4,60 €", "1", "≈ 140 g CO2e", "Livraison mutualisée, pas de second passage", "1", "38 %"],
       ["Colissimo (domicile, retrait)", "6,95 €", "2", "≈ 210 g CO2e", "Flotte électrique urbaine, compensation", "2", "49 %"],
       ["UPS Standard (B2B, lourds)", "8,90 €", "3", "≈ 390 g CO2e", "Véhicules alternatifs en ville", "3", "9 %"],
       ["DHL Express (international)", "16,80 €", "4", "≈ 1 150 g CO2e", "Option GoGreen payante", "4", "4 %"]],
      widths=[3.6, 1.7, 1.3, 2.3, 4.1, 1.3, 1.5], size=8, title="Transporteurs classés par coût et par impact RSE")
    P("Les deux classements concordent : Mondial Relay est proposé en premier et offert dès 80 €, Colissimo reste la livraison à domicile par défaut, UPS sert aux colis B2B de plus de 5 kg et DHL Express à l'international et aux urgences payées par le client. Objectif 2026 : 45 % d'envois en point relais.")
    P("La satisfaction livraison est mesurée par un questionnaire Klaviyo envoyé sept jours après l'expédition (annexe D). Entre octobre 2025 et mars 2026, 512 clients ont répondu : 4,6/5 en moyenne, 94 % de colis arrivés à la date annoncée, 4,8/5 pour l'emballage. Le point faible est l'information en cas de retard (3,9/5) : les notifications de retard de Sendcloud ont été activées.")


def conclusion():
    H1("Conclusion")
    P("En dix-huit mois, la vente en ligne est passée de 0,89 à 1,03 M€ et le premier trimestre 2026 progresse de 19 %. L'acquisition fonctionne et reste rentable même calculée sur la marge. L'enjeu de 2026 est la transformation : configurateur de gravure, frais et délais affichés plus tôt, emailing de fidélisation, pour atteindre 2,0 % de conversion et un Noël sous 40 % de l'année. La mesure des relais hors blogs reste à construire. Ce projet m'a appris à relier les chiffres à des décisions que Pascal et Claire peuvent prendre, et à coordonner des collègues plus expérimentés sans autorité hiérarchique. Je remercie toute l'équipe, et Claire Vernière pour sa confiance.")


KEYWORDS = [
    ("couteau de thiers", "12 100", "38", "Transactionnelle", "/collections/couteau-de-thiers", "6", "Thiers"),
    ("couteau thiers artisanal", "1 300", "24", "Transactionnelle", "/collections/couteau-de-thiers", "3", "Thiers, artisanat"),
    ("couteau de poche fabrication française", "1 000", "29", "Transactionnelle", "/collections/couteaux-de-poche", "8", "Made in France"),
    ("couteau pliant manche genévrier", "390", "12", "Transactionnelle", "/products/le-thiers-verniere", "2", "Produit phare"),
    ("couteau de poche personnalisé gravure", "480", "17", "Transactionnelle", "/products/le-thiers-verniere", "5", "Gravure"),
    ("couteau de cuisine", "33 100", "71", "Mixte", "/collections/couteaux-de-cuisine", "28", "Générique, grandes enseignes"),
    ("couteau de cuisine forgé", "880", "27", "Transactionnelle", "/collections/couteaux-de-cuisine", "5", "Forge"),
    ("couteau de cuisine made in france", "1 600", "35", "Transactionnelle", "/collections/forge-63", "9", "Made in France"),
    ("couteau de cuisine français haut de gamme", "590", "31", "Transactionnelle", "/collections/forge-63", "4", "Positionnement"),
    ("couteau de chef", "14 800", "58", "Transactionnelle", "/collections/couteaux-de-chef", "14", "Générique"),
    ("couteau de chef 20 cm", "1 900", "33", "Transactionnelle", "/products/forge-63-chef-20-cm", "7", "Produit"),
    ("couteau santoku", "6 600", "42", "Transactionnelle", "/products/forge-63-santoku", "19", "Concurrence japonaise"),
    ("couteau d'office", "2 900", "30", "Transactionnelle", "/products/forge-63-office-10-cm", "12", "Produit"),
    ("couteau à pain", "4 400", "37", "Transactionnelle", "/products/forge-63-pain-22-cm", "16", "Produit"),
    ("couteau japonais ou français", "480", "14", "Informationnelle", "/blogs/conseils/couteau-japonais-ou-francais", "11", "Concurrence japonaise"),
    ("coffret couteaux de table", "1 300", "26", "Transactionnelle", "/products/coffret-durolle-6", "6", "Cadeau"),
    ("couteaux de table fabrication française", "720", "22", "Transactionnelle", "/collections/couteaux-de-table", "4", "Made in France"),
    ("couteau à steak thiers ou laguiole", "260", "9", "Informationnelle", "/blogs/conseils/thiers-ou-laguiole", "7", "Thiers face à l'Aubrac"),
    ("cadeau fête des pères couteau", "1 000", "18", "Transactionnelle", "/pages/fete-des-peres", "5", "Temps fort juin"),
    ("couteau gravé personnalisé", "2 400", "28", "Transactionnelle", "/pages/gravure", "6", "Gravure"),
    ("cadeau d'affaires couteau gravé", "210", "11", "Transactionnelle", "/pages/cadeaux-entreprise", "3", "B2B"),
    ("cadeau entreprise made in france", "880", "34", "Transactionnelle", "/pages/cadeaux-entreprise", "15", "B2B, made in France"),
    ("cadeau départ retraite couteau", "170", "8", "Transactionnelle", "/pages/gravure", "4", "Occasion"),
    ("entretien couteau acier carbone", "1 300", "16", "Informationnelle", "/blogs/conseils/entretenir-couteau-acier-carbone", "3", "Conseil"),
    ("comment affûter un couteau", "8 100", "41", "Informationnelle", "/blogs/conseils/affuter-un-couteau", "13", "Conseil"),
    ("affûtage couteau professionnel", "590", "19", "Transactionnelle", "/pages/service-affutage", "5", "Service"),
    ("pierre à aiguiser", "9 900", "47", "Transactionnelle", "/products/pierre-a-aiguiser-1000-6000", "24", "Générique"),
    ("coutelier thiers", "1 600", "21", "Locale", "/pages/notre-histoire", "4", "Thiers"),
    ("coutellerie thiers visite", "880", "12", "Locale", "/pages/visiter-l-atelier", "2", "Tourisme Thiers"),
    ("acier carbone ou inox couteau", "720", "15", "Informationnelle", "/blogs/conseils/carbone-ou-inox", "6", "Conseil"),
]


def annexes():
    doc.add_page_break()
    H1("Annexes A à F")
    H2("Annexe A – Deux conversations de chat Gorgias")
    P("Conversations exportées de Gorgias (prénoms des clients modifiés). La première a abouti à une commande, la seconde non.")
    T([["Heure", "Auteur", "Message"],
       ["", "", "**Conversation 1 – vente transformée (9 décembre 2025)**"],
       ["10:42", "Client (Julien)", "Bonjour, je voudrais offrir le Thiers genévrier à mon père pour ses 70 ans, le 14 décembre. Vous pouvez graver « Pour Papa – 70 ans » ?"],
       ["10:44", "Inès", "Bonjour Julien ! Oui, bien sûr. Sur ce modèle, la gravure se fait sur la lame, 20 caractères maximum : « Pour Papa – 70 ans » en fait 18, c'est parfait."],
       ["10:45", "Client (Julien)", "Super. Et je l'aurai à temps ? Je suis à Nantes."],
       ["10:46", "Inès", "Une commande gravée passée aujourd'hui part jeudi ; avec Colissimo, vous la recevez vendredi ou samedi, donc avant le 14. Je vous conseille aussi le coffret en hêtre (+12 €), prévu pour ce modèle."],
       ["10:48", "Client (Julien)", "Ok je prends le coffret. On dit qu'il faut donner une pièce quand on offre un couteau, c'est vrai ?"],
       ["10:49", "Inès", "C'est la tradition ! Nous glissons une pièce Vernière dans chaque coffret : votre père n'aura qu'à vous la rendre."],
       ["10:53", "Système", "Commande n° 48317 – 116,00 € TTC (couteau 89 €, gravure 15 €, coffret 12 €) – étiquette chat_assiste"],
       ["", "", "**Conversation 2 – vente non transformée (3 février 2026)**"],
       ["15:10", "Client (Marc)", "Bonjour, est-ce que la Forge 63 existe pour gaucher ? J'ai un couteau japonais avec un biseau pour droitier et c'est une galère."],
       ["15:13", "Inès", "Bonjour Marc. L'émouture de la Forge 63 est symétrique : elle convient aussi bien aux gauchers qu'aux droitiers."],
       ["15:14", "Client (Marc)", "Ah ok. Mais je cherche surtout un yanagiba gaucher pour le poisson, à biseau simple."],
       ["15:16", "Inès", "Nous ne fabriquons pas de couteau à biseau simple, c'est une technique japonaise. Pour le poisson, notre filet de sole 18 cm est symétrique et très fin : voulez-vous le lien ?"],
       ["15:18", "Client (Marc)", "Non merci, il me faut vraiment un biseau simple. Bonne journée."],
       ["15:18", "Inès", "Je comprends. Bonne journée Marc, et pensez à nous pour l'affûtage de vos couteaux actuels."],
       ["15:19", "Système", "Conversation fermée – pas de commande – motif : produit non fabriqué (gaucher, biseau simple)"]],
      widths=[1.4, 2.6, 11.8], size=8)
    P("Analyse : la première conversation lève les deux freins de l'offreur (délai, choix) et fait monter le panier de 89 € à 116 € TTC grâce à la gravure et au coffret. La seconde ne pouvait pas aboutir, mais elle a eu deux effets : la précision « convient aux gauchers » a été ajoutée à toutes les fiches Forge 63, et la demande de biseau simple a été transmise à Pascal (4 demandes similaires en 2025).")

    H2("Annexe B – Email Klaviyo « Fête des pères », envoi J-10")
    P("**Objet :** Gravé à son nom, livré avant dimanche   **Pré-en-tête :** Gravure offerte jusqu'au 11 juin")
    P("Bonjour {{ first_name|default:'' }},")
    P("Certains cadeaux s'oublient avant l'été. Un couteau forgé à Thiers, lui, se transmet. Cette année, pour la Fête des pères, nos graveurs inscrivent gratuitement le prénom, une date ou un petit mot sur la lame de votre choix, jusqu'au mercredi 11 juin à midi.")
    P("Le Thiers Vernière, manche genévrier, 89 € – le couteau de poche que l'on garde toute une vie. La Forge 63 chef 20 cm, 129 € – pour le père qui cuisine le dimanche. Le coffret Durolle, 159 € – six couteaux de table pour la grande tablée.")
    P("Commandé avant jeudi 12 juin à midi, livré avant dimanche. Affûtage offert à vie. [Bouton : Je choisis son couteau]")
    P("Pascal, Claire et toute l'équipe de l'atelier — Coutellerie Vernière, Thiers depuis 1952. Vous recevez cet email car vous êtes inscrit à notre newsletter. Se désinscrire.")

    H2("Annexe C – Grille d'analyse des CGV")
    T([["Clause", "Version précédente", "Référence", "Conforme ?", "Modification"],
       ["Identification du vendeur", "Complète", "L221-5 C. conso.", "Oui", "—"],
       ["Prix et frais de livraison", "Frais indiqués « au moment de la commande »", "L112-1", "Partiel", "Grille de frais et seuil de gratuité détaillés"],
       ["Vente aux mineurs", "Absente", "Réglementation des armes blanches", "Non", "Vente réservée aux majeurs, case de certification"],
       ["Droit de rétractation", "14 jours sans exception", "L221-18 et L221-28", "Non", "Exclusion explicite des articles gravés ou personnalisés"],
       ["Formulaire de rétractation", "Absent", "Annexe à l'article R221-1", "Non", "Formulaire type ajouté"],
       ["Garantie légale de conformité", "Mentionnée sans détail", "L217-3 et suivants", "Partiel", "Durée de 2 ans et modalités rappelées"],
       ["Garantie commerciale « à vie »", "« Garantie à vie sur tous nos couteaux »", "L217-21 et suivants", "Partiel", "Contenu, exclusions et distinction avec la garantie légale"],
       ["Médiation de la consommation", "Absente", "L612-1", "Non", "Médiateur CM2C désigné"],
       ["Données personnelles", "Renvoi à la politique de confidentialité", "RGPD", "Oui", "Lien mis à jour"]],
      widths=[3.2, 3.6, 3, 1.7, 4.5], size=8)

    H2("Annexe D – Questionnaire de satisfaction livraison et résultats")
    P("Questionnaire Klaviyo envoyé 7 jours après l'expédition (1er octobre 2025 – 31 mars 2026 ; 2 940 envois, 512 réponses, soit 17,4 %).")
    T([["Question", "Échelle", "Résultat"],
       ["1. Votre colis est-il arrivé à la date annoncée ?", "Oui / Non", "Oui : 94 %"],
       ["2. Comment jugez-vous le délai de livraison ?", "1 à 5", "4,5"],
       ["3. Dans quel état votre couteau est-il arrivé (emballage, protection) ?", "1 à 5", "4,8"],
       ["4. Avez-vous été bien informé du suivi, et en cas de retard ?", "1 à 5", "3,9"],
       ["5. Globalement, êtes-vous satisfait de la livraison ?", "1 à 5", "4,6"],
       ["Satisfaction globale par transporteur", "1 à 5", "Mondial Relay 4,6 ; Colissimo 4,6 ; UPS 4,5 ; DHL Express 4,7"]],
      widths=[8.5, 2.5, 5], size=8)

    H2("Annexe E – Matrice des 30 mots-clés")
    rows = [["#", "Mot-clé", "Volume / mois", "KD", "Intention", "Page cible", "Position (avril 2026)", "Contexte"]]
    for i, k in enumerate(KEYWORDS, 1):
        rows.append([str(i), k[0], k[1], k[2], k[3], k[4], k[5], k[6]])
    T(rows, widths=[0.7, 4, 1.5, 0.9, 2.2, 4.4, 1.4, 2.4], size=7.5)

    H2("Annexe F – Liens vers les outils de mesure et tableaux de bord")
    BUL(["Google Analytics 4 – propriété coutellerie-verniere.fr : https://analytics.google.com/analytics/web/#/p318274551/reports/intelligenthome",
         "Google Search Console – domaine coutellerie-verniere.fr : https://search.google.com/search-console?resource_id=sc-domain%3Acoutellerie-verniere.fr",
         "Semrush – projet « Vernière », suivi des positions : https://www.semrush.com/position-tracking/campaigns/8814502/overview",
         "Microsoft Clarity – projet coutellerie-verniere.fr : https://clarity.microsoft.com/projects/view/k7q2vb9x1m/dashboard",
         "Klaviyo – tableau de bord des flows et campagnes : https://www.klaviyo.com/dashboard",
         "Looker Studio – tableau de bord consolidé « Vernière e-commerce » : https://lookerstudio.google.com/reporting/3f9a1c52-7e4d-4b0a-9d61-2c8e5f7a4b13 — accès restreint (compte Google de l'entreprise)"])
    P("Les cinq premiers liens ont été vérifiés le 30 avril 2026 ; un accès en lecture peut être ouvert au jury sur demande.")


def setup():
    global doc
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    for name, size, color in (("Heading 1", 15, RGBColor(0x5B, 0x46, 0x36)), ("Heading 2", 12, RGBColor(0x7A, 0x4E, 0x2D))):
        hs = doc.styles[name]
        hs.font.name = "Calibri"
        hs.font.size = Pt(size)
        hs.font.color.rgb = color
        hs.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 9)
        hs.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.1)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "Romain Chabrier — Session juin 2026"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8.5); r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("page ")
    field(fp, "PAGE")
    fp.add_run(" / ")
    field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8.5)


def cover():
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Mastère Chef de projet e-commerce — Titre RNCP"); r.font.size = Pt(12)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("MÉMOIRE PROFESSIONNEL"); r.bold = True; r.font.size = Pt(24)
    r.font.color.rgb = RGBColor(0x5B, 0x46, 0x36)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Forgé à Thiers, vendu en ligne :\nstratégie, animation, visibilité, contenus et pilotage\nde la vente en ligne de la Coutellerie Vernière"); r.font.size = Pt(15)
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Coutellerie Vernière SAS — ZA du Moutier, 63300 Thiers — coutellerie-verniere.fr"); r.italic = True
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Romain Chabrier\nAlternant, chef de projet e-commerce (septembre 2024 – juin 2026)\n\nTutrice : Claire Vernière, directrice commerciale\n\nBlocs de compétences 1 à 5 — Session juin 2026\nDocument arrêté au 18 mai 2026")
    doc.add_page_break()


def sommaire():
    p = doc.add_paragraph()
    r = p.add_run("Sommaire"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x5B, 0x46, 0x36)
    for level, text, page in SOMMAIRE:
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(0)
        pf.space_before = Pt(3 if level == 0 else 0)
        pf.line_spacing = 1.0
        pf.left_indent = Cm(0.6 * level)
        pf.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        r = p.add_run("%s\t%d" % (text, page))
        r.font.size = Pt(9 if level else 9.5)
        if level == 0:
            r.bold = True
    doc.add_page_break()


def main():
    os.makedirs(OUT, exist_ok=True)
    setup()
    cover()
    sommaire()
    part_intro()
    part1()
    part2()
    part3()
    part4()
    part5()
    conclusion()
    annexes()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Mémoire professionnel – Coutellerie Vernière"
    cp.subject = "Mastère Chef de projet e-commerce – session juin 2026"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    doc.save(FILE)
    repack(FILE)
    print("ok", FILE, "tableaux titrés :", tcount[0])


if __name__ == "__main__":
    main()
