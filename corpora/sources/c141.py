# -*- coding: utf-8 -*-
# Générateur du dossier du candidat c141 (Thibaut Roeckel, chef de projet digital MOA chez Rhénalab Distribution SAS,
# distributeur B2B de fournitures de laboratoire, Illkirch-Graffenstaden) — blocs 3 et 5, niveau solide, session 2026.
# Un seul DOCX : le vrai cahier des charges « Projet NEO » v1.2 (consultation restreinte pour la refonte de la
# plateforme e-commerce B2B), remis tel quel, sans note au jury. Environ 31 pages / 11 000 mots (tableaux
# compris), 24 tableaux, 115 exigences.
# Page de garde, page 2 = tableau de suivi des versions + liste de diffusion, sommaire Word (champ TOC sur 3 niveaux,
# résultat en cache), titres 1 / 1.1 / 1.1.1 bleu foncé (numéros saisis dans le titre), tableaux d'exigences
# ID | Exigence | Priorité (MoSCoW, cellules colorées) | Critère d'acceptation, encadrés « Point d'attention ».
# En-tête « Rhénalab Distribution — Projet NEO — CDC v1.2 », pied « Diffusion restreinte — page X/Y » (champs).
# La matrice de traçabilité et le décompte MoSCoW sont calculés à partir des tableaux d'exigences eux-mêmes.
# Déterministe : propriétés du document figées, archive zip ré-horodatée dans un ordre fixe, aucun aléa.
import datetime
import os
import re
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c141-cahier-des-charges-fournitures-labo")
FILE = os.path.join(OUT, "CDC_Refonte_eshop_B2B_Rhenalab_NEO_v1.2.docx")
AUTHOR = "Thibaut Roeckel"
FIXED = datetime.datetime(2026, 3, 16, 18, 42, 0)
ZIPSTAMP = (2026, 3, 16, 18, 42, 0)

NAVY = RGBColor(0x1F, 0x38, 0x64)
NAVY_HEX = "1F3864"
INK = RGBColor(0x26, 0x26, 0x26)
GREY = RGBColor(0x59, 0x59, 0x59)
ZEBRA = "F2F5FA"
GROUP_FILL = "D9E2F3"
MOSCOW_FILL = {"Must": "F4B6A6", "Should": "FFE08A", "Could": "C9E3B5", "Won't": "D9D9D9"}

# pages du sommaire et nombre de pages (relevés sur le rendu LibreOffice du document, polices Arial / Liberation)
PAGES = {
    '1 Objet de la consultation': '5',
    '1.1 Contexte et raisons de la refonte': '5',
    '1.2 Périmètre de la consultation': '5',
    '1.3 Organisation du document': '5',
    '1.4 Confidentialité': '5',
    '2 Glossaire': '6',
    "3 Description de l'existant": '7',
    '3.1 Rhénalab Distribution': '7',
    '3.2 Offre, clients et concurrence': '7',
    "3.3 Système d'information actuel": '7',
    '3.4 Bilan 2025 du canal web': '7',
    '3.4.1 Outils de mesure en place': '7',
    '3.4.2 Visibilité dans les moteurs de recherche': '7',
    '3.4.3 Sites prescripteurs et liens entrants': '8',
    '3.4.4 Liens sponsorisés': '8',
    '3.4.5 Indicateurs de fréquentation et de vente': '8',
    '3.4.6 Objectifs 2025 : ce qui a été atteint': '9',
    '3.5 Chaîne de commande': '9',
    '3.5.1 Chaîne actuelle (14 étapes)': '9',
    '3.5.2 Chaîne cible (8 étapes)': '9',
    '3.6 Entrepôt et solutions de rangement': '10',
    '3.7 Transport et satisfaction livraison': '10',
    '3.8 Administration des ventes': '10',
    '4 Objectifs du projet NEO': '12',
    '4.1 Objectifs généraux, spécifiques et techniques': '12',
    '4.2 Matrice de traçabilité': '12',
    '4.3 Note de cadrage de la Direction générale': '13',
    '4.4 Justification économique': '13',
    '5 Allotissement': '14',
    '5.1 Découpage en lots': '14',
    '5.2 Règles de candidature par lot': '14',
    '6 Exigences fonctionnelles (EXF)': '15',
    "6.1 Lecture des tableaux d'exigences": '15',
    '6.2 Exigences fonctionnelles EXF-01 à EXF-48': '15',
    '7 Exigences techniques (EXT)': '18',
    '7.1 Architecture et hébergement': '18',
    '7.2 Intégrations': '18',
    '7.3 Plan de marquage et outils de mesure': '18',
    '7.4 Stockage': '18',
    '7.5 Tableau des exigences techniques': '18',
    "8 Exigences de référencement et d'acquisition (EXS)": '20',
    '8.1 Hiérarchie et séquencement des chantiers': '20',
    '8.2 Arborescence et règles de liens': '20',
    '8.3 Liens sponsorisés': '20',
    '8.4 Réseaux sociaux': '21',
    '8.5 Tableau des exigences de référencement': '21',
    '8.6 Actions correctives issues du bilan 2025': '21',
    '9 Exigences juridiques (EXJ)': '22',
    '9.1 Mentions légales': '22',
    '9.2 Conditions générales de vente': '22',
    '9.3 Données personnelles': '22',
    '9.4 Tableau des exigences juridiques': '22',
    '10 Exigences logistiques (EXL)': '24',
    '10.1 Traçabilité des lots et péremption': '24',
    '10.2 Produits sous température dirigée': '24',
    '10.3 Marchandises dangereuses': '24',
    '10.4 Contrôles par type de préparation': '24',
    '10.5 Tableau des exigences logistiques': '24',
    '11 Planning et gouvernance': '25',
    '11.1 Planning prévisionnel': '25',
    '11.2 Instances de gouvernance': '25',
    '11.3 Recette': '25',
    '11.4 Risques identifiés': '25',
    '12 Modalités de réponse': '27',
    '12.1 Calendrier de la consultation': '27',
    '12.2 Contenu attendu des offres': '27',
    "12.3 Grille d'analyse des offres": '27',
    '12.4 Conditions éliminatoires': '27',
    'Annexe A — Référentiel de requêtes': '28',
    'Annexe B — Suivi mensuel des campagnes SEA 2025': '30',
    'Annexe C — Fiche des indicateurs': '30',
    'Annexe D — Tableaux de bord existants': '31',
    'Annexe E — Cadre de réponse': '31',
}
NUMPAGES = "31"


# ------------------------------------------------------------------------------------------------ outils XML
def fld(paragraph, kind):
    r = OxmlElement("w:r")
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    r.append(el)
    paragraph._p.append(r)


def instr(paragraph, text):
    r = OxmlElement("w:r")
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = " %s " % text
    r.append(el)
    paragraph._p.append(r)


def add_field(paragraph, code, cached, size=None, color=None):
    fld(paragraph, "begin")
    instr(paragraph, code)
    fld(paragraph, "separate")
    r = paragraph.add_run(cached)
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    fld(paragraph, "end")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para_box(p, fill="EAF0F8", color="1F3864", left_only=False):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "18" if side == "left" else "4")
        e.set(qn("w:space"), "6")
        e.set(qn("w:color"), color)
        bdr.append(e)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    e.set(qn("w:val"), "true")
    trPr.append(e)


TOKEN = re.compile(r"(\*\*.*?\*\*|__.*?__)")


def rich(p, text, size=None, italic=False, color=None, bold=False):
    """Texte avec **gras** et __italique__."""
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
        elif part.startswith("__"):
            r = p.add_run(part[2:-2])
            r.italic = True
        else:
            r = p.add_run(part)
        if bold:
            r.bold = True
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    return p


def fix_app(data, words):
    t = data.decode("utf-8")
    for tag, val in (("TotalTime", "1840"), ("Pages", NUMPAGES), ("Words", str(words)),
                     ("Application", "Microsoft Office Word"), ("AppVersion", "16.0000"),
                     ("Characters", str(words * 6)), ("Paragraphs", "479"), ("Lines", "1190")):
        t = re.sub(r"<%s>[^<]*</%s>" % (tag, tag), "<%s>%s</%s>" % (tag, val, tag), t)
    t = t.replace("<Company/>", "<Company>Rhénalab Distribution SAS</Company>")
    return t.encode("utf-8")


def count_words(doc):
    n = sum(len(p.text.split()) for p in doc.paragraphs)
    for t in doc.tables:
        for tc in t._tbl.iter(qn("w:tc")):
            for p_ in tc.iter(qn("w:p")):
                n += len("".join(x.text or "" for x in p_.iter(qn("w:t"))).split())
    return n


def repack(path, words=0):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items = [(n, fix_app(d, words) if n == "docProps/app.xml" else d) for n, d in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------------------------------------ styles
def setup_styles(doc):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.font.size = Pt(10.5)
    st.font.color.rgb = INK
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.1
    spec = {1: (15, 14, 6), 2: (12.5, 10, 4), 3: (11, 8, 3)}
    for lvl, (size, before, after) in spec.items():
        hs = doc.styles["Heading %d" % lvl]
        hs.font.name = "Arial"
        rf = hs.element.rPr.find(qn("w:rFonts"))
        if rf is not None:
            for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if rf.get(qn(a)) is not None:
                    del rf.attrib[qn(a)]
            rf.set(qn("w:ascii"), "Arial")
            rf.set(qn("w:hAnsi"), "Arial")
        hs.font.size = Pt(size)
        hs.font.color.rgb = NAVY
        hs.font.bold = True
        hs.font.italic = False
        hs.paragraph_format.space_before = Pt(before)
        hs.paragraph_format.space_after = Pt(after)
        hs.paragraph_format.keep_with_next = True
    for lvl, indent in ((1, 0.0), (2, 0.5), (3, 1.0)):
        name = "TOC %d" % lvl
        try:
            ts = doc.styles[name]
        except KeyError:
            ts = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        ts.base_style = doc.styles["Normal"]
        pf = ts.paragraph_format
        pf.left_indent = Cm(indent)
        pf.space_before = Pt(3 if lvl == 1 else 0)
        pf.space_after = Pt(0)
        pf.line_spacing = 1.0
        pf.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        ts.font.size = Pt(9.5 if lvl == 1 else 9)
        ts.font.bold = lvl == 1
    cap = doc.styles["Caption"]
    cap.font.size = Pt(9)
    cap.font.italic = False
    cap.font.bold = True
    cap.font.color.rgb = NAVY
    cap.paragraph_format.space_before = Pt(6)
    cap.paragraph_format.space_after = Pt(3)


# ================================================================================================== CONTENU
# ("h1"|"h2"|"h3", titre) ; ("p", texte) ; ("ul", [..]) ; ("ol", [..]) ; ("t", légende, lignes, largeurs_cm, opts) ;
# ("req", légende, famille) ; ("pa", titre, [lignes]) ; ("tree", [(niveau, texte)]) ; ("matrix",) ; ("moscow",) ;
# ("annexe", titre)
C = []

# ------------------------------------------------------------------------------------------------ 1 Objet
C += [
    ("h1", "1 Objet de la consultation"),
    ("h2", "1.1 Contexte et raisons de la refonte"),
    ("p", "Rhénalab Distribution SAS distribue depuis 1987 des fournitures et petits équipements de laboratoire "
          "auprès des laboratoires publics et privés du Grand Est et du Bade-Wurtemberg. Le canal web représente en "
          "2025 **27 % du chiffre d'affaires (5,9 M€ HT sur 21,8 M€ HT)**, dont 1,9 M€ HT en punchout pour 14 grands "
          "comptes."),
    ("p", "La boutique repose sur PrestaShop 1.6 (2014), personnalisé par trois prestataires successifs, et sur un "
          "module punchout OCI développé en interne. Cette version n'est plus maintenue, le module ne traite pas le "
          "cXML demandé par deux comptes pharmaceutiques, chaque commande web est ressaisie dans l'ERP Divalto et les "
          "38 000 références sont décrites dans des fichiers Excel, sans PIM."),
    ("p", "Le Projet NEO remplace cette plateforme par une solution e-commerce B2B intégrée à Divalto, capable de "
          "servir nos acheteurs en direct comme depuis leurs systèmes d'achat, sans perte de visibilité dans les "
          "moteurs de recherche. Le présent document constitue l'expression de besoin de Rhénalab (MOA), adressée "
          "aux soumissionnaires de la consultation restreinte."),
    ("h2", "1.2 Périmètre de la consultation"),
    ("p", "Inclus : plateforme B2B (site FR/DE, espace client, back-office), punchout OCI et cXML, authentification "
          "unique des grands comptes, PIM et reprise du catalogue, connecteur Divalto, plan de marquage, migration "
          "du référencement, hébergement, TMA sur trois ans et réversibilité (lots au chapitre 5). Exclus : l'ERP "
          "Divalto (conservé), la gestion d'entrepôt, la gestion des campagnes payantes (agence SEA actuelle) et la "
          "création graphique de la marque."),
    ("h2", "1.3 Organisation du document"),
    ("p", "Le document comprend douze chapitres ; chaque chapitre d'exigences rappelle le contexte utile puis "
          "présente un tableau d'exigences numérotées."),
    ("ol", ["Objet de la consultation ;",
            "Glossaire ;",
            "Description de l'existant, dont le bilan 2025 du canal web ;",
            "Objectifs, matrice de traçabilité, note de cadrage, justification économique ;",
            "Allotissement ;",
            "Exigences fonctionnelles (EXF) ;",
            "Exigences techniques (EXT) ;",
            "Exigences de référencement et d'acquisition (EXS) ;",
            "Exigences juridiques (EXJ) ;",
            "Exigences logistiques (EXL) ;",
            "Planning et instances de gouvernance ;",
            "Modalités de réponse et grille d'analyse des offres."]),
    ("p", "Annexes : A référentiel de requêtes, B suivi mensuel SEA 2025, C fiche des indicateurs, D tableaux de "
          "bord existants, E cadre de réponse."),
    ("h2", "1.4 Confidentialité"),
    ("p", "Le document est réservé aux soumissionnaires consultés et à leurs sous-traitants déclarés. Les accès aux "
          "outils de mesure et tableaux de bord internes (annexe D) ne sont ouverts qu'après signature de l'accord "
          "de confidentialité."),
]

# ------------------------------------------------------------------------------------------------ 2 Glossaire
GLOSSAIRE = [
    ("ADR", "Accord européen sur le transport routier des marchandises dangereuses."),
    ("ADV", "Administration des ventes : saisie, contrôle et suivi des commandes."),
    ("cXML", "Protocole d'échange punchout et de bons de commande (systèmes Ariba, Coupa)."),
    ("Divalto", "ERP de Rhénalab, conservé dans le projet."),
    ("ERP", "Progiciel de gestion intégré, référentiel des clients, prix nets et stocks."),
    ("FDS", "Fiche de données de sécurité d'un produit chimique dangereux."),
    ("FEFO", "First Expired, First Out : le lot qui périme le premier sort le premier."),
    ("Lot (allotissement)", "Partie de la consultation faisant l'objet d'une offre distincte."),
    ("Lot de fabrication", "Série de production identifiée par le fabricant, avec date de péremption."),
    ("MOA", "Maîtrise d'ouvrage : Rhénalab."),
    ("MOE", "Maîtrise d'œuvre : le ou les Titulaires."),
    ("MoSCoW", "Priorités Must, Should, Could, Won't."),
    ("OCI", "Open Catalog Interface, protocole punchout SAP (version 4.0)."),
    ("PIM", "Outil de gestion centralisée des données produit."),
    ("Punchout", "Commande sur notre catalogue depuis le système d'achat du client."),
    ("Recette", "Vérifications de la MOA avant et après mise en production."),
    ("Réversibilité", "Capacité à reprendre données et paramétrages pour changer de prestataire."),
    ("RPO / RTO", "Perte de données admissible / délai de rétablissement après incident."),
    ("SSO SAML", "Authentification unique via l'annuaire du client (SAML 2.0)."),
    ("TMA", "Tierce maintenance applicative."),
    ("VABF", "Vérification d'aptitude au bon fonctionnement (recette avant production)."),
    ("VSR", "Vérification de service régulier (8 semaines en production)."),
]
C += [
    ("h1", "2 Glossaire"),
    ("p", "« Le Titulaire » désigne le soumissionnaire retenu pour un lot."),
    ("t", "Glossaire", [("Terme", "Définition retenue")] + GLOSSAIRE, [3.6, 12.4], {"first_bold": True}),
]

# ------------------------------------------------------------------------------------------------ 3 Existant
C += [
    ("h1", "3 Description de l'existant"),
    ("h2", "3.1 Rhénalab Distribution"),
    ("p", "Fondée en 1987 par Bernard Schaeffer, dirigée depuis 2019 par Claire Schaeffer-Meyer (Directrice "
          "générale), Rhénalab emploie 64 personnes au Parc d'Innovation d'Illkirch-Graffenstaden, avec un entrepôt "
          "de 3 200 m² (chambre froide 2–8 °C, armoires ADR). Chiffres 2025 : **21,8 M€ HT** de chiffre d'affaires, "
          "dont **5,9 M€ HT** en ligne ; **2 600 comptes** professionnels, dont 8 % en Bade-Wurtemberg ; 17 800 "
          "commandes web ; 38 000 références."),
    ("p", "Interlocuteurs : Thibaut Roeckel (chef de projet digital, MOA), Olivier Kuntz (DSI), Sandrine Obrecht "
          "(directrice commerciale), Patrick Frey (logistique), Nathalie Weber (ADV), Laura Muller (marketing) ; DPO "
          "externe : Lex Numerica."),
    ("h2", "3.2 Offre, clients et concurrence"),
    ("p", "Huit familles : Pipetage, Verrerie, Consommables plastiques, Biologie moléculaire, Chimie et réactifs, "
          "Équipements de paillasse, Protection et hygiène, Sécurité et stockage. Exemples : « Micropipette "
          "monocanal 100-1000 µL Rhénapette » (189 € HT, marque propre), « Cônes 1000 µL sans filtre, rack de 96 » "
          "(6,40 € HT), « Bécher forme basse 250 mL borosilicaté 3.3, lot de 10 » (28,90 € HT), « Gants nitrile non "
          "poudrés M, boîte de 100 » (7,20 € HT)."),
    ("p", "Les clients (université et organismes de recherche, hôpitaux, pharmacie, biotechs, laboratoires "
          "d'analyses) achètent sous contraintes : référencement, bons de commande, validations, prix négociés. Les "
          "laboratoires publics concentrent leurs commandes de mi-septembre à mi-décembre. LaboStock Europe, "
          "Verrerie Meunier et BioConso Direct occupent les requêtes génériques ; notre avantage tient au conseil "
          "technique, au froid local et au punchout."),
    ("h2", "3.3 Système d'information actuel"),
    ("ul", ["**PrestaShop 1.6.1.24** (PHP 7.1), serveur dédié, 46 modules dont 11 spécifiques ;",
            "**module punchout OCI « maison »** (2017) pour 14 comptes, sans cXML ni réception des bons de commande ;",
            "**ERP Divalto** : clients, prix nets, stocks, lots ; échanges par CSV deux fois par jour ;",
            "**catalogue** : 23 fichiers Excel, photos et FDS sur un partage réseau."]),
    ("pa", "Point d'attention", [
        "PrestaShop 1.6 ne reçoit plus de correctifs de sécurité ; sa montée de version coûterait autant qu'une "
        "refonte. Son maintien au-delà de mi-2027 n'est pas envisagé."]),
    ("h2", "3.4 Bilan 2025 du canal web"),
    ("p", "Résultats présentés au comité de direction de janvier 2026 ; ils fondent les objectifs du chapitre 4."),
    ("h3", "3.4.1 Outils de mesure en place"),
    ("ul", ["**Google Analytics 4** : fréquentation, sources, ventes hors punchout ;",
            "**Google Search Console** (FR et DE) : impressions, clics, positions ;",
            "**Semrush** : positions de 300 requêtes, domaines référents, veille concurrentielle ;",
            "**Google Ads** et **Microsoft Advertising** : coûts et conversions des campagnes ;",
            "**Looker Studio** : rapport mensuel ; **Divalto BI** : chiffre d'affaires facturé, y compris punchout."]),
    ("h3", "3.4.2 Visibilité dans les moteurs de recherche"),
    ("p", "Les 180 pages catégories les plus visitées ont été réécrites entre mars et juin 2025. Second semestre "
          "2025 comparé au second semestre 2024 (Search Console) : impressions de ces pages **+46 %** ; requêtes "
          "avec une page Rhénalab dans les 10 premiers résultats : **38 → 71** ; « cônes de pipette 1000 µl » : "
          "**14e → 4e position**."),
    ("p", "Sur l'ensemble du site, les sessions issues de la recherche naturelle progressent de **+31 %** et la "
          "part du chiffre d'affaires web attribuée au référencement naturel passe de **18 % à 24 %** (GA4). C'est ce "
          "capital que la migration doit protéger."),
    ("h3", "3.4.3 Sites prescripteurs et liens entrants"),
    ("p", "Trois fabricants listent Rhénalab sur leur page « où acheter » ; le portail achats de l'université "
          "renvoie vers notre catalogue."),
    ("t", "Sites prescripteurs — trafic et commandes 2025 (GA4 + Divalto BI)",
     [("Site prescripteur", "Nature du lien", "Sessions 2025", "Commandes 2025", "CA HT 2025"),
      ("Kesselmann Laborglas (verrerie)", "Page « où acheter » FR/DE → famille Verrerie", "3 840", "96", "41 200 €"),
      ("Volumetrix (pipettes)", "Page « Händler » → Micropipettes", "2 960", "71", "38 900 €"),
      ("NordSafe Protect (gants, EPI)", "Liste des distributeurs → accueil", "1 420", "38", "9 700 €"),
      ("Portail achats de l'université", "Fiche fournisseur → catalogue", "5 310", "212", "86 400 €"),
      ("Total", "", "13 530", "417", "176 200 €")],
     [4.4, 5.4, 2.0, 2.1, 2.1], {"num_cols": [2, 3, 4], "total": True}),
    ("p", "Domaines référents (Semrush) : **214 en décembre 2025** ; 2024 : **non mesuré**."),
    ("h3", "3.4.4 Liens sponsorisés"),
    ("p", "Campagnes opérées par l'agence SEA actuelle : **4 200 € HT par mois** (50 400 € HT en 2025)."),
    ("t", "Organisation des campagnes payantes 2025",
     [("Campagne", "Ciblage et mots-clés", "Exclusions et audiences", "Budget mensuel"),
      ("Shopping — une campagne par famille (8)", "Groupes de produits par famille puis sous-famille",
       "Négatifs « jouet », « cuisine », « cours », « gratuit »", "1 900 €"),
      ("Search générique", "« cônes pipette 1000 µl », « bécher borosilicaté », « gants nitrile boîte 100 »",
       "Mêmes négatifs + « TP lycée » ; audience « acheteurs clients »", "1 350 €"),
      ("Search marque", "« Rhénalab », « Rhénapette » et variantes", "Exclusion des requêtes emploi", "250 €"),
      ("Microsoft Advertising", "Import des campagnes Search", "Liste « acheteurs clients » (Customer Match)", "700 €")],
     [3.6, 5.6, 4.8, 2.0], {}),
    ("p", "Les mots-clés viennent du référentiel de requêtes (annexe A) ; deux listes d'audience issues de Divalto "
          "complètent le ciblage : les 1 850 acheteurs actifs sur 24 mois et les acheteurs inactifs depuis 12 mois "
          "(enchères +30 %). Microsoft Advertising est conservé car les postes des hôpitaux et de la pharmacie "
          "utilisent Edge et Bing par défaut."),
    ("p", "Lecture 2025 (annexe B) : coût par commande de **48,88 € HT** en moyenne, au plus bas en "
          "septembre–octobre, au plus haut en août ; **412 000 € HT** de chiffre d'affaires attribué, soit 8,2 € par "
          "euro investi. Retour sur investissement calculé sur la marge brute du canal (27 %) : 412 000 € × 27 % = "
          "**111 200 €** de marge ; coût **50 400 €** ; (111,2 − 50,4) / 50,4 = **+121 %**."),
    ("h3", "3.4.5 Indicateurs de fréquentation et de vente"),
    ("t", "Indicateurs du canal web 2025",
     [("Indicateur", "Valeur 2025", "Évolution / 2024", "Commentaire"),
      ("Sessions (GA4)", "318 400", "+19 %", "Hausse portée par la recherche naturelle ; le direct stagne, les "
       "fidèles passent au punchout."),
      ("Taux de rebond (GA4)", "44 %", "+2 pts", "61 % sur les fiches atteintes depuis Shopping : conditionnement "
       "inadapté, l'internaute repart."),
      ("Durée moyenne de visite", "non mesuré", "—", ""),
      ("Temps de chargement (LCP mobile)", "3,9 s", "+0,4 s", "Au-delà du seuil de 2,5 s : pages famille trop "
       "lourdes, thème impossible à corriger."),
      ("Abandon aux étapes (compte, formulaire, panier, paiement)", "non mesuré", "—", ""),
      ("Chiffre d'affaires web (Divalto BI)", "5,9 M€ HT", "+14 %", "Croissance portée par le punchout (+22 %) ; "
       "les petites commandes stagnent.")],
     [4.2, 2.1, 2.0, 7.7], {}),
    ("h3", "3.4.6 Objectifs 2025 : ce qui a été atteint"),
    ("ul", ["**Chiffre d'affaires web de 5,6 M€ HT** — réalisé 5,9 M€ HT (Divalto BI) : **atteint** ;",
            "**Part du référencement naturel de 22 %** — réalisé 24 % (GA4) : **atteint** ;",
            "**« +500 comptes actifs »** sur le site."]),
    ("h2", "3.5 Chaîne de commande"),
    ("p", "Observation de 312 commandes web chronométrées par l'ADV en novembre 2025 ; chaîne actuelle et chaîne "
          "cible présentées par couloir d'acteur."),
    ("h3", "3.5.1 Chaîne actuelle (14 étapes)"),
    ("t", "Chaîne de commande actuelle — couloirs par acteur",
     [("N°", "Client", "Site (PrestaShop)", "ADV", "Divalto", "Entrepôt"),
      ("1", "Valide son panier ou transfère son panier punchout", "", "", "", ""),
      ("2", "", "Envoie un e-mail de commande à l'ADV", "", "", ""),
      ("3", "", "", "Retrouve le compte client", "", ""),
      ("4", "", "", "Contrôle le prix avec la grille Excel", "", ""),
      ("5", "", "", "Ressaisit la commande", "Crée la commande", ""),
      ("6", "", "", "Vérifie le stock, appelle l'entrepôt", "", ""),
      ("7", "", "", "Vérifie le statut pro (produits dangereux)", "", ""),
      ("8", "", "", "Recopie le n° de bon de commande", "", ""),
      ("9", "", "", "Envoie l'accusé de réception", "Édite l'AR", ""),
      ("10", "", "", "", "Édite le bon de préparation", ""),
      ("11", "", "", "", "", "Prépare ; signale les ruptures par téléphone"),
      ("12", "Est prévenu de la rupture", "", "Modifie la commande", "", ""),
      ("13", "", "", "", "Enregistre le n° de suivi", "Expédie"),
      ("14", "Reçoit le n° de suivi", "", "Copie le n° de suivi dans un e-mail", "", "")],
     [0.9, 3.0, 3.0, 3.8, 2.7, 2.6], {"center_cols": [0], "fs": 8.5, "lanes": True}),
    ("p", "Temps ADV : **11 minutes par commande** en moyenne, soit près de 3 260 heures par an. Les étapes 3 à 9, 12 "
          "et 14 sont des ressaisies ou des contrôles qu'un système intégré fait seul."),
    ("h3", "3.5.2 Chaîne cible (8 étapes)"),
    ("t", "Chaîne de commande cible — couloirs par acteur",
     [("N°", "Client", "Plateforme NEO", "ADV", "Divalto", "Entrepôt"),
      ("1", "Commande au prix de son compte", "Applique prix nets et contrôles pro / ADR", "", "", ""),
      ("2", "", "Transmet commande et n° de BC (≤ 15 min)", "", "Intègre la commande", ""),
      ("3", "Reçoit l'AR", "", "", "Contrôle encours et stock, réserve les lots FEFO", ""),
      ("4", "", "", "Traite les seules exceptions", "", ""),
      ("5", "", "", "", "Édite le bon de préparation", ""),
      ("6", "Est notifié d'une rupture", "Notifie le client", "", "", "Prépare par scan"),
      ("7", "", "", "", "Enregistre le suivi", "Expédie"),
      ("8", "Suit son colis en ligne", "Envoie l'e-mail d'expédition", "", "", "")],
     [0.9, 3.2, 3.2, 2.8, 3.3, 2.6], {"center_cols": [0], "fs": 8.5, "lanes": True}),
    ("p", "Sont supprimées la recherche du compte, le contrôle manuel des prix, la ressaisie, la recopie du bon de "
          "commande, l'envoi manuel de l'AR et du suivi ; stock et statut pro sont contrôlés par le système. Seules "
          "les exceptions (encours, devis, hors catalogue : environ 15 %) passent par un assistant. Temps ADV "
          "attendu : **4 minutes par commande**, soit environ 2 080 heures libérées par an."),
    ("h2", "3.6 Entrepôt et solutions de rangement"),
    ("p", "Hors périmètre des lots, l'entrepôt conditionne les données à afficher. Rangement réorganisé en 2024 :"),
    ("ul", ["**rayonnages à accumulation (push-back) pour la verrerie à forte rotation**, près des quais : la "
            "verrerie ne périme pas, l'ordre de sortie importe peu et on gagne 40 % de surface au sol ;",
            "**étagères de picking** (1 850 emplacements) pour les petites références, classées par fréquence de "
            "sortie : 80 % des lignes y sont prélevées ;",
            "**rayonnages dynamiques par gravité pour les réactifs** : chargement à l'arrière, prélèvement à "
            "l'avant ; le lot le plus ancien se présente toujours en premier (FEFO sans manipulation) ;",
            "**chambre froide 2–8 °C** (38 m², sondes enregistrées, alarme d'astreinte), lots séparés par bacs "
            "datés ;",
            "**armoires de sécurité ventilées** pour les produits dangereux, inflammables, acides et bases séparés."]),
    ("h2", "3.7 Transport et satisfaction livraison"),
    ("t", "Transporteurs — classement par coût (colis standard 5 kg)",
     [("Rang", "Transporteur", "Usage chez Rhénalab", "Coût moyen / colis", "Engagements RSE"),
      ("1", "Kieffer Messagerie", "Messagerie régionale, colis lourds", "6,80 €",
       "Porteurs GNV sur Strasbourg ; bilan CO2 trimestriel"),
      ("2", "Colis Est Express", "Colis standard Grand Est et Bade-Wurtemberg", "8,40 €", "—"),
      ("3", "Chronopost", "Express national J+1", "11,90 €", "—"),
      ("4", "TransFroid Rhénan", "Colis 2–8 °C et ADR", "24,50 €", "Groupes froids électriques, caisses isothermes "
       "réutilisées")],
     [1.2, 3.0, 4.6, 2.4, 4.8], {"center_cols": [0], "num_cols": [3]}),
    ("p", "Enquête de satisfaction livraison 2025 (un client sur cinq, quatre jours après livraison) : **612 "
          "réponses**, note de **8,1 / 10** (7,6 en 2024), **94 %** de livraisons à la date annoncée, **1,8 %** de "
          "casse, surtout de la verrerie mêlée à d'autres produits. D'où les exigences EXL-08 et EXF-32."),
    ("h2", "3.8 Administration des ventes"),
    ("p", "Quatre collaborateurs saisissent les commandes sous la responsabilité de Nathalie Weber."),
    ("t", "Activité de saisie ADV 2025 (journal Divalto)",
     [("Collaborateur", "Lignes saisies / jour", "Commandes / jour", "Taux d'erreur (lignes corrigées)"),
      ("Céline Haegel", "212", "19,4", "1,6 %"),
      ("Julien Ott", "188", "17,1", "2,4 %"),
      ("Mélanie Rieffel", "241", "21,8", "1,9 %"),
      ("Sophie Wendling", "164", "15,2", "3,1 %"),
      ("Moyenne ADV", "201", "18,4", "2,3 %")],
     [5.0, 3.6, 3.4, 4.0], {"num_cols": [1, 2, 3], "total": True}),
]

# ------------------------------------------------------------------------------------------------ 4 Objectifs
OBJECTIFS = [
    ("OG1", "Général", "Faire du site le premier canal de commande : web porté de 27 % à 40 % du CA en 2028.",
     "Divalto BI"),
    ("OG2", "Général", "Réduire le coût de traitement des commandes et tracer chaque livraison par lot.",
     "Journal ADV"),
    ("OG3", "Général", "Disposer d'une plateforme maintenue, mesurable et réversible avant mi-2027.", "PV de recette"),
    ("OS1", "Spécifique", "CA web de 7,4 M€ HT en 2027 et 8,7 M€ HT en 2028 (5,9 M€ en 2025).", "Divalto BI"),
    ("OS2", "Spécifique", "CA punchout de 2,8 M€ HT en 2028 ; 22 comptes raccordés au 31/12/2027 (14 en 2025).",
     "Divalto BI"),
    ("OS3", "Spécifique", "Part du naturel dans le CA web de 30 % au 31/12/2027 ; perte de trafic < 10 % après "
     "bascule.", "GA4, GSC"),
    ("OS4", "Spécifique", "Temps ADV par commande de 11 à 4 minutes au 30/06/2027.", "Chronométrage"),
    ("OS5", "Spécifique", "Taux d'erreur de saisie de 2,3 % à moins de 1 % au 31/12/2027.", "Journal Divalto"),
    ("OS6", "Spécifique", "Comptes actifs en Bade-Wurtemberg de 208 à 300 au 31/12/2027.", "Divalto BI"),
    ("OT1", "Technique", "Disponibilité mensuelle de 99,8 %.", "Supervision"),
    ("OT2", "Technique", "LCP inférieur à 2,5 s (75e centile).", "CrUX"),
    ("OT3", "Technique", "Synchronisation Divalto en 15 minutes au plus.", "Connecteur"),
    ("OT4", "Technique", "Punchout OCI 4.0 et cXML 1.2, SSO SAML 2.0.", "Recette"),
    ("OT5", "Technique", "38 000 références gérées dans un PIM, FR et DE.", "PIM"),
    ("OT6", "Technique", "Mesure de toutes les commandes, punchout compris, avec consentement.", "GA4"),
    ("OT7", "Technique", "Hébergement UE, RPO 4 h, RTO 8 h.", "Tests"),
    ("OT8", "Technique", "Réversibilité complète en formats ouverts.", "Plan de réversibilité"),
]
C += [
    ("h1", "4 Objectifs du projet NEO"),
    ("h2", "4.1 Objectifs généraux, spécifiques et techniques"),
    ("p", "Trois niveaux : les objectifs généraux portent l'ambition de la Direction, les spécifiques sont chiffrés "
          "et datés, les techniques fixent les niveaux de service. OS1, OS2, OS3 et OS6 servent OG1 ; OS4 et OS5 "
          "servent OG2 ; OT1 à OT8 servent OG3."),
    ("t", "Objectifs du projet NEO",
     [("Code", "Niveau", "Objectif", "Mesuré par")] + OBJECTIFS, [1.3, 2.1, 9.9, 2.7],
     {"center_cols": [0], "fs": 9}),
    ("h2", "4.2 Matrice de traçabilité"),
    ("p", "Chaque objectif spécifique ou technique est relié aux exigences qui y contribuent. **Aucune exigence "
          "n'est orpheline** et aucun objectif n'est dépourvu d'exigence."),
    ("matrix",),
    ("p", "En v1.1, quatre exigences qui ne servaient aucun objectif ont été retirées et la numérotation resserrée : "
          "configurateur de paillasse 3D, programme de fidélité à points, messagerie instantanée avec les "
          "commerciaux, application mobile native."),
    ("h2", "4.3 Note de cadrage de la Direction générale"),
    ("p", "La note de cadrage du 8 janvier 2026 fixe cinq directives, toutes traduites en exigences ; leur "
          "non-respect est éliminatoire (§ 12.4)."),
    ("t", "Directives de la note de cadrage et exigences correspondantes",
     [("Directive", "Motif", "Traduction dans le document"),
      ("Budget plafond de 380 k€ HT sur 3 ans", "Autofinancement ; retour attendu en moins de 4 ans",
       "Lots § 5.1 ; bordereau de prix (annexe E) ; critère prix"),
      ("Hébergement dans l'Union européenne", "Exigence de nos clients hospitaliers et pharmaceutiques",
       "EXT-02, EXT-15, EXJ-08"),
      ("Conservation de l'ERP Divalto", "Investissement de 2022, référentiel unique prix et stocks",
       "EXT-05, EXT-06, EXF-08, EXF-12"),
      ("Aucune mise en production du 15/09 au 15/12", "Commandes de fin d'exercice des laboratoires publics (38 % du "
       "CA web)", "Planning § 11.1 ; bascule au 02/03/2027"),
      ("Tarifs des comptes inchangés", "Les grilles négociées engagent Rhénalab", "EXF-12, EXF-43 ; recette des prix "
       "sur 200 comptes")],
     [5.0, 5.0, 6.0], {}),
    ("h2", "4.4 Justification économique"),
    ("p", "Coût complet sur trois ans : 380 k€ HT, dont **263 k€ de réalisation** (lots 1 à 4) et **39 k€ par an "
          "d'exploitation** (lot 5). Gains annuels prudents : temps ADV libéré, 7 min × 17 800 commandes = 2 077 h × "
          "34 € = **70,6 k€** ; fin de la maintenance PrestaShop et OCI : **14,4 k€** ; marge sur 144 k€ de CA "
          "additionnel (punchout, site allemand) × 27 % = **38,9 k€**. Gain net : 123,9 − 39,0 = **84,9 k€ par an** ; "
          "retour sur l'investissement de réalisation : 263 / 84,9 = **3,1 ans**."),
]

# ------------------------------------------------------------------------------------------------ 5 Lots
C += [
    ("h1", "5 Allotissement"),
    ("h2", "5.1 Découpage en lots"),
    ("p", "Les enveloppes sont indicatives et ne constituent pas un prix de référence."),
    ("t", "Lots de la consultation",
     [("Lot", "Intitulé", "Contenu principal", "Exigences", "Enveloppe HT"),
      ("1", "Plateforme e-commerce B2B", "Solution, site FR/DE, espace client, back-office, connecteur Divalto",
       "EXF (hors punchout), EXT-01 à 07, 10, 11, 17, 22, EXJ, EXL", "150 k€"),
      ("2", "Punchout et authentification", "OCI 4.0, cXML 1.2, bons de commande, SSO SAML", "EXF-19 à 24, "
       "EXT-08, 09", "38 k€"),
      ("3", "PIM et reprise du catalogue", "PIM, modèle par famille, reprise des 38 000 références et FDS",
       "EXF-01 à 06, EXT-07", "45 k€"),
      ("4", "Mesure et migration du référencement", "Marquage serveur, consentement, redirections, recette SEO",
       "EXT-12 à 14, EXS", "30 k€"),
      ("5", "Hébergement, TMA et réversibilité", "Hébergement UE, sauvegardes, supervision, TMA 3 ans",
       "EXT-15, 16, 18 à 21", "117 k€")],
     [1.0, 3.4, 5.6, 4.0, 2.0], {"center_cols": [0]}),
    ("h2", "5.2 Règles de candidature par lot"),
    ("p", "Un soumissionnaire peut répondre à un ou plusieurs lots ; les lots 1 et 5 sont indissociables. Si les lots "
          "3 ou 4 sont confiés à un spécialiste, le Titulaire du lot 1 intègre leurs livrables et reste "
          "l'interlocuteur unique pour la mise en production. Groupements et sous-traitance déclarée admis."),
]

# ------------------------------------------------------------------------------------------------ exigences
# (id, exigence, priorité, critère d'acceptation, objectifs)  ; ("G", titre de groupe)
EXF = [
    ("G", "Catalogue, recherche et fiches produit"),
    ("EXF-01", "Catalogue complet (38 000 références) alimenté par le PIM, selon l'arborescence du § 8.2.", "Must",
     "100 % des références actives Divalto en ligne.", ["OT5", "OS1"]),
    ("EXF-02", "Recherche tolérante aux fautes : références fabricant et Rhénalab, n° CAS, synonymes FR/DE.", "Must",
     "Étant donné le site allemand, quand l'acheteur saisit « Becherglas 250 ml », alors des béchers 250 mL "
     "figurent dans les 5 premiers résultats.", ["OS1", "OS6"]),
    ("EXF-03", "Filtres propres à chaque famille : volume, matériau, stérilité, norme, température.", "Must",
     "Facettes modifiables dans le PIM sans développement.", ["OT5", "OS1"]),
    ("EXF-04", "Fiche produit : caractéristiques, unité de vente, documents (FDS, certificats, notices).", "Must",
     "Contrôle de 50 fiches dans les 8 familles.", ["OS1", "OT5"]),
    ("EXF-05", "FDS en vigueur affichée en FR et DE pour toute référence dangereuse.", "Must",
     "Publication bloquée sans FDS.", ["OT5", "OS6"]),
    ("EXF-06", "Bloc « accessoires compatibles » alimenté par le PIM, seul lien entre familles.", "Should",
     "Liens croisés = relations PIM uniquement.", ["OS3", "OS1"]),
    ("EXF-07", "Comparaison de quatre références d'une même sous-famille.", "Could", "Tableau généré depuis le PIM.",
     ["OS1"]),
    ("EXF-08", "Disponibilité issue de Divalto : en stock, sous 48 h, sur commande.", "Must",
     "Étant donné un stock passé à zéro, quand 15 minutes se sont écoulées, alors la fiche affiche « sur "
     "commande ».", ["OT3", "OS1"]),
    ("EXF-09", "Références équivalentes proposées en cas de rupture.", "Should",
     "Alternative pour 90 % des ruptures testées.", ["OS1"]),
    ("EXF-10", "Commande rapide par saisie de références ou import CSV / Excel de 200 lignes.", "Must",
     "Import de 200 lignes en moins de 10 s.", ["OS1", "OS4"]),
    ("G", "Comptes, tarifs et droits"),
    ("EXF-11", "Compte entreprise multi-utilisateurs : acheteur, valideur, administrateur.", "Must",
     "Chaque rôle n'accède qu'à ses fonctions.", ["OS1", "OS2"]),
    ("EXF-12", "Prix nets lus dans Divalto, sans recalcul par la plateforme.", "Must",
     "Prix affiché = prix Divalto sur 200 comptes.", ["OT3", "OS5"]),
    ("EXF-13", "Validation obligatoire au-delà d'un seuil paramétrable par compte.", "Should",
     "Étant donné un seuil de 1 500 € HT, quand un panier de 1 800 € est validé, alors il part en attente du "
     "valideur.", ["OS2"]),
    ("EXF-14", "Adresses de livraison multiples (bâtiment, laboratoire, pièce).", "Must",
     "Synchronisées avec Divalto.", ["OS4", "OT3"]),
    ("EXF-15", "Encours et factures PDF consultables dans l'espace client.", "Should", "24 mois de factures.",
     ["OS4"]),
    ("EXF-16", "Devis demandé depuis le panier, transformé en commande en un clic.", "Must",
     "Étant donné un devis validé, quand l'acheteur clique sur « Commander », alors prix et quantités sont "
     "repris.", ["OS1", "OS4"]),
    ("EXF-17", "Historique de 36 mois et recommande en un clic.", "Must", "Historique repris sur 20 comptes.",
     ["OS1"]),
    ("EXF-18", "N° d'engagement obligatoire pour les comptes publics paramétrés.", "Must",
     "Commande impossible sans numéro.", ["OS2", "OS5"]),
    ("G", "Punchout"),
    ("EXF-19", "Punchout OCI 4.0 avec codes UNSPSC.", "Must", "Recette avec les 14 comptes.", ["OS2", "OT4"]),
    ("EXF-20", "Punchout cXML 1.2.", "Must", "Recette avec les 2 comptes demandeurs.", ["OS2", "OT4"]),
    ("EXF-21", "Bons de commande électroniques intégrés dans Divalto sans ressaisie.", "Must",
     "Étant donné un bon cXML valide, quand il est reçu, alors la commande existe dans Divalto sous 15 min.",
     ["OS4", "OS5"]),
    ("EXF-22", "Paramétrage des comptes punchout par l'ADV.", "Should", "Nouveau compte en moins d'un jour.",
     ["OS2"]),
    ("EXF-23", "Environnement de test punchout ouvert aux acheteurs.", "Should", "Accès sous 48 h.", ["OS2"]),
    ("EXF-24", "Journal des échanges punchout consultable par l'ADV.", "Must", "Erreurs visibles avec leur message.",
     ["OS5", "OT3"]),
    ("G", "Panier, commande et paiement"),
    ("EXF-25", "Panier conservé entre sessions et appareils.", "Must", "Panier retrouvé sur un autre poste.",
     ["OS1"]),
    ("EXF-26", "N° de bon de commande et référence interne par ligne.", "Must", "Repris sur la facture.", ["OS5"]),
    ("EXF-27", "Produits réservés aux professionnels bloqués pour les comptes non validés.", "Must",
     "Étant donné un compte non validé, quand il ajoute un solvant au panier, alors l'ajout est refusé.",
     ["OS5", "OS4"]),
    ("EXF-28", "Paiement : virement à 30 jours, carte avec authentification forte, mandat administratif.", "Must",
     "Mode proposé selon le compte.", ["OS1"]),
    ("EXF-29", "Frais de port affichés dès le panier (franco 250 € HT, supplément isotherme).", "Must",
     "30 cas conformes à la grille.", ["OS1"]),
    ("EXF-30", "Contraintes des produits 2–8 °C et date d'expédition affichées avant validation.", "Must",
     "Étant donné un réactif froid, quand l'acheteur valide un jeudi, alors l'expédition affichée est le lundi.",
     ["OS5"]),
    ("EXF-31", "Confirmation par e-mail avec HT / TVA, n° de BC et date d'expédition.", "Must", "Contrôlée en FR "
     "et DE.", ["OS4", "OS6"]),
    ("EXF-32", "Suivi transporteur dans l'espace client.", "Should", "Suivi pour les 4 transporteurs.", ["OS4"]),
    ("G", "Campagnes et pages d'atterrissage"),
    ("EXF-33", "Toute campagne payante atterrit sur une page famille ou sous-famille filtrée, jamais sur l'accueil "
               "ou la recherche interne.", "Must",
     "Étant donné une annonce « cônes 1000 µL » vers /pipetage/cones-de-pipette?volume=1000-ul, quand "
     "l'internaute clique, alors la sous-famille s'affiche filtrée, produits en stock d'abord, canonique vers la "
     "page non filtrée.", ["OS1", "OS3"]),
    ("EXF-34", "Flux Google et Microsoft Merchant Center (FR/DE) générés depuis le PIM.", "Must",
     "Flux sans erreur bloquante.", ["OS1", "OT5"]),
    ("EXF-35", "Pages d'atterrissage créées par la marketing sans développement.", "Should", "Page créée en moins "
     "d'une heure.", ["OS1", "OS3"]),
    ("EXF-36", "Paramètres de campagne conservés jusqu'à la commande.", "Must", "Commande test attribuée dans GA4.",
     ["OT6"]),
    ("G", "Listes et réassort"),
    ("EXF-37", "Listes de commande partagées entre les utilisateurs d'un compte.", "Should",
     "à compléter (atelier du 24/03)", ["OS1", "OS2"]),
    ("EXF-38", "Commande récurrente programmée pour les consommables.", "Could", "Commande générée à la date "
     "prévue.", ["OS1"]),
    ("EXF-39", "Rappel de réachat à 90 jours.", "Could", "Envoyé aux seuls utilisateurs consentants.", ["OS1"]),
    ("EXF-40", "Favoris par utilisateur.", "Should", "Conservés après migration.", ["OS1"]),
    ("G", "Back-office, contenus et ergonomie"),
    ("EXF-41", "Circuit brouillon → relecture → publication des contenus.", "Must", "Publication réservée aux "
     "profils habilités.", ["OS3"]),
    ("EXF-42", "Rôles du back-office : ADV, marketing, logistique, administrateur.", "Must", "Matrice des droits "
     "vérifiée.", ["OT8", "OS4"]),
    ("EXF-43", "Promotions appliquées seulement si plus favorables que le prix net du compte.", "Should",
     "Étant donné un compte à -22 %, quand une promotion de -15 % est active, alors le prix du compte reste "
     "appliqué.", ["OS1", "OS5"]),
    ("EXF-44", "Import / export CSV des comptes et utilisateurs.", "Should", "Reprise des 2 600 comptes.", ["OT8"]),
    ("EXF-45", "Tableau de bord ADV des commandes en exception.", "Must", "Commande bloquée visible sous 15 min.",
     ["OS4"]),
    ("EXF-46", "Site entièrement en français et en allemand.", "Must", "Gabarits relus par un germanophone.",
     ["OS6"]),
    ("EXF-47", "Site utilisable sur tablette et smartphone.", "Must", "Parcours complet testé sur les deux.",
     ["OT2", "OS1"]),
    ("EXF-48", "Parcours de commande visant le niveau AA du RGAA.", "Could", "Audit remis avec la VABF.", ["OS1"]),
]

EXT = [
    ("EXT-01", "Solution maintenue au moins cinq ans, feuille de route publique.", "Must", "Politique de support "
     "publiée.", ["OT8"]),
    ("EXT-02", "Données, sauvegardes et journaux hébergés dans l'UE ; sous-traitants listés.", "Must",
     "Liste annexée au contrat.", ["OT7"]),
    ("EXT-03", "Disponibilité mensuelle de 99,8 % hors maintenance (mardi 6 h–8 h).", "Must", "Rapport mensuel, "
     "pénalités.", ["OT1"]),
    ("EXT-04", "LCP < 2,5 s, INP < 200 ms, CLS < 0,1 au 75e centile.", "Must", "Lighthouse sur 10 pages, puis CrUX "
     "à M+2.", ["OT2"]),
    ("EXT-05", "Connecteur Divalto bidirectionnel (articles, stocks, prix, clients, commandes, lots, factures), "
               "15 min au plus.", "Must",
     "Étant donné un prix net modifié, quand 15 minutes se sont écoulées, alors le compte voit le nouveau prix.",
     ["OT3"]),
    ("EXT-06", "File d'attente, rejeu et alerte si Divalto est indisponible.", "Must", "Coupure de 2 h : aucune "
     "commande perdue.", ["OT3", "OS5"]),
    ("EXT-07", "PIM : modèle par famille, FR/DE, enrichissement, import Excel initial.", "Must",
     "Attributs obligatoires renseignés ≥ 95 %.", ["OT5"]),
    ("EXT-08", "SSO SAML 2.0 pour les grands comptes demandeurs.", "Should", "Testé avec l'université et un "
     "hôpital.", ["OT4", "OS2"]),
    ("EXT-09", "Conformité OCI 4.0 et cXML 1.2.", "Must", "Tests avec SAP SRM, Ariba, Coupa.", ["OT4"]),
    ("EXT-10", "API REST documentée (OpenAPI).", "Should", "Documentation et bac à sable.", ["OT8"]),
    ("EXT-11", "Environnements : développement, recette, préproduction, production.", "Must", "Préproduction "
     "iso-production.", ["OT1"]),
    ("EXT-12", "Google Tag Manager côté serveur, hébergé UE, sous-domaine Rhénalab.", "Must", "Balises vérifiées "
     "en préproduction.", ["OT6"]),
    ("EXT-13", "Consent Mode v2 alimenté par la CMP (EXJ-06).", "Must", "Aucun traceur avant consentement.",
     ["OT6", "OT7"]),
    ("EXT-14", "Transfert de panier et bon de commande punchout rattachés à la session d'origine.", "Must",
     "Étant donné une session ouverte depuis SAP SRM, quand le bon arrive deux jours plus tard, alors la commande "
     "est attribuée à la source d'origine.", ["OT6"]),
    ("EXT-15", "Sauvegardes : RPO 4 h, RTO 8 h, copie chiffrée sur un second site UE, 35 jours.", "Must",
     "Restauration testée avant production.", ["OT7"]),
    ("EXT-16", "Test de restauration semestriel avec procès-verbal.", "Should", "PV remis à la DSI.", ["OT7"]),
    ("EXT-17", "OWASP ASVS niveau 2 ; test d'intrusion avant production.", "Must", "Aucune faille critique "
     "ouverte.", ["OT7"]),
    ("EXT-18", "Supervision 24 h / 24 de la disponibilité et du connecteur.", "Must", "Alerte en moins de 5 min.",
     ["OT1", "OT3"]),
    ("EXT-19", "Réversibilité : export complet CSV / JSON, plan, assistance de 3 mois.", "Must", "Export relu "
     "pendant la VSR.", ["OT8"]),
    ("EXT-20", "TMA : bloquant 4 h, majeur 1 jour ouvré, mineur 5 jours ouvrés.", "Must", "Délais suivis en COPIL.",
     ["OT1", "OT8"]),
    ("EXT-21", "Documentation technique et d'exploitation en français.", "Must", "Relue par la DSI.", ["OT8"]),
    ("EXT-22", "Tenue de charge à trois fois la pointe de septembre.", "Should", "Test à 7 200 sessions "
     "simultanées.", ["OT1", "OT2"]),
]

EXS = [
    ("G", "Vague 1 — avant la mise en production"),
    ("EXS-01", "Plan de redirections 301 de toutes les URL indexées ou visitées en 2025 (≈ 46 000), validé par la "
               "MOA.", "Must", "100 % de l'échantillon redirigé en un saut.", ["OS3"]),
    ("EXS-02", "URL des 180 catégories réécrites et des 500 fiches les plus vues conservées.", "Must",
     "Écart nul entre les listes.", ["OS3"]),
    ("EXS-03", "Reprise des title, méta-descriptions, H1 et textes existants.", "Must", "Crawl comparatif "
     "identique.", ["OS3"]),
    ("EXS-04", "Balises hreflang FR / DE réciproques.", "Must", "Aucune erreur au crawl.", ["OS6", "OS3"]),
    ("EXS-05", "Canonique sur les pages filtrées ; combinaisons inutiles non indexables.", "Must",
     "Pages indexables ≤ 1,2 × le plan.", ["OS3"]),
    ("EXS-06", "Liens internes conformes au § 8.2.", "Must", "Aucun lien hors règles au crawl.", ["OS3"]),
    ("EXS-07", "Sitemaps par langue et robots.txt soumis le jour J.", "Must", "Acceptés à J+1.", ["OS3"]),
    ("EXS-08", "Recette SEO complète en préproduction.", "Must", "0 erreur 404, 0 chaîne de redirections.",
     ["OS3"]),
    ("EXS-09", "Suivi de J+1 à J+60, corrections sous 48 h.", "Must", "Rapport hebdomadaire au COPROJ.", ["OS3"]),
    ("G", "Vague 2 — de M+1 à M+3"),
    ("EXS-10", "Gabarit éditorial des pages famille et sous-famille (120–180 mots, questions fréquentes).",
     "Should", "Utilisé sur les 8 familles à M+1.", ["OS3"]),
    ("EXS-11", "Textes des 240 sous-familles restantes, fondés sur l'annexe A.", "Should", "Publiés à M+3.",
     ["OS3"]),
    ("EXS-12", "Textes allemands rédigés pour 60 sous-familles prioritaires.", "Should", "Relus par un natif.",
     ["OS6", "OS3"]),
    ("EXS-13", "Guides d'achat liés à leur seule famille.", "Should", "12 guides contrôlés.", ["OS3"]),
    ("EXS-14", "Textes alternatifs des images générés depuis le PIM.", "Should", "< 2 % d'images sans texte.",
     ["OS3", "OT5"]),
    ("G", "Vague 3 — à partir de M+3"),
    ("EXS-15", "Données structurées Product et Offer sur les fiches.", "Could", "Validées sans erreur.", ["OS3"]),
    ("EXS-16", "Données structurées BreadcrumbList.", "Could", "Validées sur 3 niveaux.", ["OS3"]),
    ("EXS-17", "Données structurées FAQPage sur les familles.", "Could", "Validées sur 8 pages.", ["OS3"]),
    ("EXS-18", "Données structurées Organization.", "Could", "Validées.", ["OS3"]),
    ("EXS-19", "Blog d'actualités bilingue.", "Won't", "Hors périmètre.", ["OS3"]),
]

EXJ = [
    ("EXJ-01", "Mentions légales complètes et identiques en FR et DE (capital, RCS, TVA, directeur de publication, "
               "hébergeur avec adresse).", "Must", "Relecture des deux versions par la MOA.", ["OT7"]),
    ("EXJ-02", "CGV acceptées à la création du compte et à chaque version, preuve conservée.", "Must",
     "Preuve consultable par compte.", ["OT7"]),
    ("EXJ-03", "Paiement à 30 jours, pénalités et indemnité de 40 € sur CGV, AR et factures.", "Must",
     "Trois documents contrôlés.", ["OS5"]),
    ("EXJ-04", "Réserve de propriété reproduite sur l'AR.", "Should", "Présente sur l'AR.", ["OS5"]),
    ("EXJ-05", "Mention « réservé aux professionnels » sur les fiches concernées.", "Must", "100 % des fiches.",
     ["OS5"]),
    ("EXJ-06", "CMP avec « Refuser » au même niveau qu'« Accepter », choix par finalité, preuve, nouvelle demande "
               "à 6 mois.", "Must",
     "Étant donné un premier visiteur, quand il clique sur « Refuser », alors aucun traceur n'est déposé.",
     ["OT6", "OT7"]),
    ("EXJ-07", "Durées de conservation par type de données, purge automatique.", "Must", "Purge vérifiée sur jeu "
     "de test.", ["OT7"]),
    ("EXJ-08", "Contrat de sous-traitance (article 28 du RGPD), sous-traitants ultérieurs dans l'UE.", "Must",
     "Signé avant le lot 1.", ["OT7"]),
    ("EXJ-09", "Formulaire d'exercice des droits, réponse sous un mois, suivi.", "Must", "Demande test traitée.",
     ["OT7"]),
    ("EXJ-10", "Fiche « plateforme NEO » au registre des traitements.", "Must", "Validée par le DPO.", ["OT7"]),
    ("EXJ-11", "Politique de confidentialité FR / DE réécrite.", "Must", "Validée par le DPO.", ["OT7", "OS6"]),
    ("EXJ-12", "Archivage 10 ans des bons de commande et preuves d'acceptation.", "Should", "Restitution testée.",
     ["OS5", "OT7"]),
]

EXL = [
    ("EXL-01", "Lot et date de péremption reçus de Divalto, rattachés à chaque ligne expédiée.", "Must",
     "Étant donné une ligne préparée avec le lot 24K118, quand le colis part, alors le lot et sa péremption "
     "s'affichent dans l'espace client.", ["OS5", "OT3"]),
    ("EXL-02", "Allocation FEFO ; durée de vie résiduelle minimale par compte.", "Must", "Aucun lot sous le seuil.",
     ["OS5"]),
    ("EXL-03", "Produits 2–8 °C expédiés du lundi au mercredi seulement.", "Must", "Règle vérifiée sur 7 jours.",
     ["OS5"]),
    ("EXL-04", "Caisses isothermes et accumulateurs selon un profil été / hiver.", "Must", "Profil appliqué "
     "automatiquement.", ["OS5"]),
    ("EXL-05", "Enregistreur de température pour les comptes qui l'exigent.", "Should", "Relevé consultable sous "
     "48 h.", ["OS5"]),
    ("EXL-06", "Produits ADR en quantités limitées, incompatibles jamais regroupés.", "Must", "Colis acide + base "
     "bloqué.", ["OS5"]),
    ("EXL-07", "FDS jointe à la première livraison et à chaque révision.", "Must", "Envoi tracé.", ["OS5", "OT5"]),
    ("EXL-08", "Verrerie calée et emballée séparément, contrôlée avant fermeture.", "Should", "Casse < 1 % en VSR.",
     ["OS5"]),
    ("EXL-09", "Contrôles par type de préparation dans la liste scannée.", "Must", "Expédition bloquée si liste "
     "incomplète.", ["OS5"]),
    ("EXL-10", "Retours froids et dangereux sans remise en stock.", "Must", "Procédure testée.", ["OS5"]),
    ("EXL-11", "Rappel de lot : comptes livrés retrouvés en 15 minutes.", "Must", "Exercice pendant la VABF.",
     ["OS5", "OT3"]),
    ("EXL-12", "Statuts de préparation visibles en temps réel.", "Should", "Mise à jour ≤ 15 min.", ["OS4", "OT3"]),
    ("EXL-13", "Transporteur choisi selon le type de colis.", "Should", "Règles paramétrables.", ["OS4"]),
    ("EXL-14", "Étiquettes transporteurs générées automatiquement.", "Could", "Pour les 4 transporteurs.", ["OS4"]),
]

# ------------------------------------------------------------------------------------------------ 6 EXF
C += [
    ("h1", "6 Exigences fonctionnelles (EXF)"),
    ("h2", "6.1 Lecture des tableaux d'exigences"),
    ("p", "Chaque exigence porte un identifiant continu, un énoncé, une priorité et un critère d'acceptation repris "
          "tel quel en recette, parfois rédigé « Étant donné… Quand… Alors… ». Priorités : **Must**, indispensable "
          "à la mise en production (non couverte = offre éliminée pour le lot) ; **Should**, attendue, livrable en "
          "VSR ; **Could**, chiffrée en option ; **Won't**, hors périmètre de cette version."),
    ("moscow",),
    ("p", "Il est attendu que le soumissionnaire indique pour chaque exigence, dans le cadre de réponse (annexe E), "
          "si elle est couverte en standard, par paramétrage, par développement ou non couverte."),
    ("h2", "6.2 Exigences fonctionnelles EXF-01 à EXF-48"),
    ("req", "Exigences fonctionnelles", "EXF"),
    ("pa", "Point d'attention", [
        "Divalto reste le seul référentiel des prix (EXF-12, EXF-43). Toute solution imposant une double gestion "
        "des grilles tarifaires sera écartée."]),
]

# ------------------------------------------------------------------------------------------------ 7 EXT
C += [
    ("h1", "7 Exigences techniques (EXT)"),
    ("h2", "7.1 Architecture et hébergement"),
    ("p", "Rhénalab n'impose pas de solution (SaaS B2B ou open source hébergée), sous réserve de pérennité (EXT-01), "
          "d'hébergement dans l'UE (EXT-02) et des niveaux de service attendus (EXT-03, EXT-04). Les développements "
          "spécifiques doivent rester hors du cœur de la solution : c'est ce qui a figé notre PrestaShop 1.6."),
    ("h2", "7.2 Intégrations"),
    ("p", "**Divalto** reste maître des clients, prix nets, stocks, lots et factures ; la plateforme, des comptes "
          "utilisateurs, paniers et contenus ; le PIM, des données descriptives. Les échanges CSV actuels sont "
          "remplacés par l'API de Divalto. Le **punchout** couvre OCI 4.0 (SAP SRM, Ariba) et cXML 1.2 (Coupa), "
          "réception des bons de commande comprise. Le **SSO SAML** concerne d'abord l'université et deux hôpitaux."),
    ("h2", "7.3 Plan de marquage et outils de mesure"),
    ("p", "Les outils ont été choisis à partir des questions de la Direction (quelles sources amènent des "
          "commandes, quels comptes commandent, combien coûte une commande) et de ce que chaque outil mesure "
          "réellement dans notre contexte B2B :"),
    ("ul", ["**GA4** est conservé : déjà relié à Google Ads et à la Search Console, son historique 2023–2025 est "
            "indispensable pour mesurer l'effet de la migration ;",
            "**Google Tag Manager côté serveur** est imposé (EXT-12) : une session punchout commence dans le système "
            "d'achat du client, souvent dans une fenêtre intégrée où nos cookies sont bloqués, et le bon de commande "
            "arrive ensuite de serveur à serveur, parfois des jours plus tard. Seule une collecte serveur avec un "
            "identifiant de session transmis dans le flux (EXT-14) rattache ces commandes à leur source ; "
            "aujourd'hui, 1,9 M€ de chiffre d'affaires est invisible dans GA4 ;",
            "**le mode consentement** (EXT-13) respecte le choix de l'internaute tout en gardant des mesures "
            "agrégées ;",
            "**Divalto BI** reste la référence du chiffre d'affaires facturé ; **Search Console, Semrush et Looker "
            "Studio** sont conservés pour la continuité des séries. Aucun outil supplémentaire n'est souhaité."]),
    ("h2", "7.4 Stockage"),
    ("p", "Il s'agit ici du stockage des données de la plateforme : bases, médias (images, FDS, factures PDF) et "
          "journaux, hébergés dans l'UE et chiffrés au repos (180 Go de médias et 12 Go de base aujourd'hui, +30 % "
          "par an). Sauvegarde des bases toutes les 4 heures (**RPO de 4 h**), rétablissement complet en **8 heures "
          "au plus (RTO)**, copies chiffrées sur un second site UE, rétention de 35 jours et copie mensuelle gardée "
          "12 mois, test de restauration semestriel (EXT-16)."),
    ("h2", "7.5 Tableau des exigences techniques"),
    ("req", "Exigences techniques", "EXT"),
]

# ------------------------------------------------------------------------------------------------ 8 EXS
TREE = [
    (0, "Accueil (FR / DE)"),
    (1, "Pipetage — famille"),
    (2, "Micropipettes monocanal — sous-famille"),
    (3, "Fiche « Micropipette monocanal 100-1000 µL Rhénapette »"),
    (2, "Cônes de pipette — sous-famille"),
    (3, "Fiche « Cônes 1000 µL sans filtre, rack de 96 »"),
    (2, "Guide : choisir et vérifier sa micropipette (ISO 8655) — rattaché à la famille"),
    (1, "Verrerie — famille"),
    (2, "Béchers — sous-famille"),
    (3, "Fiche « Bécher forme basse 250 mL borosilicaté 3.3, lot de 10 »"),
    (2, "Fioles jaugées classe A — sous-famille"),
    (1, "Consommables plastiques — famille"),
    (1, "Biologie moléculaire — famille"),
    (2, "Plaques PCR, enzymes et kits (2–8 °C) — sous-familles"),
    (1, "Chimie et réactifs — famille"),
    (2, "Solvants, acides et bases, tampons — sous-familles"),
    (1, "Équipements de paillasse — famille"),
    (1, "Protection et hygiène — famille"),
    (2, "Gants — sous-famille"),
    (3, "Fiche « Gants nitrile non poudrés M, boîte de 100 »"),
    (1, "Sécurité et stockage — famille"),
]
C += [
    ("h1", "8 Exigences de référencement et d'acquisition (EXS)"),
    ("h2", "8.1 Hiérarchie et séquencement des chantiers"),
    ("p", "Les exigences sont classées MoSCoW et ordonnées en trois vagues ; aucun travail de la vague 2 n'est "
          "accepté tant que la vague 1 n'est pas recettée."),
    ("ol", ["**Vague 1, avant la mise en production (Must)** : redirections 301 et parité des URL, reprise des "
            "balises et textes, hreflang, canoniques, règles de liens, recette SEO, suivi post-bascule. C'est la "
            "protection des 24 % du chiffre d'affaires web venus du naturel ;",
            "**Vague 2, de M+1 à M+3 (Should)** : textes des catégories, le levier qui a produit les résultats de "
            "2025 (§ 3.4.2) ;",
            "**Vague 3, à partir de M+3 (Could)** : données structurées, gain plus incertain, une fois le site "
            "stabilisé."]),
    ("pa", "Point d'attention", [
        "Pas de mise en production sans plan de redirections validé (EXS-01) ni recette SEO (EXS-08) : deux "
        "conditions du go / no-go (§ 11.2)."]),
    ("h2", "8.2 Arborescence et règles de liens"),
    ("p", "Trois niveaux : famille, sous-famille, fiche (8 familles, 300 sous-familles). Extrait :"),
    ("tree", TREE),
    ("p", "Règles appliquées automatiquement (EXS-06) :"),
    ("ul", ["une fiche ne renvoie que vers sa sous-famille et sa famille ;",
            "une sous-famille renvoie vers ses fiches, sa famille et ses sous-familles sœurs ;",
            "un guide d'achat ne renvoie que vers sa famille et les sous-familles de celle-ci ;",
            "aucun lien entre Chimie et réactifs et Biologie moléculaire, sauf le bloc « accessoires compatibles » "
            "du PIM (EXF-06), par exemple d'un tampon de lyse vers les plaques PCR compatibles."]),
    ("p", "Chaque famille doit former un ensemble cohérent pour les moteurs, ce que le maillage « tout vers tout » "
          "de PrestaShop empêche (310 liens par fiche en moyenne)."),
    ("h2", "8.3 Liens sponsorisés"),
    ("p", "Les campagnes restent gérées par l'agence SEA actuelle ; le Titulaire du lot 1 fournit flux Merchant "
          "Center (EXF-34), pages d'atterrissage filtrées (EXF-33) et conservation des paramètres (EXF-36). "
          "Structure, mots-clés et exclusions du § 3.4.4 sont maintenus."),
    ("p", "Les annonces sont rédigées par l'agence SEA actuelle ; Rhénalab n'en fournit pas d'exemple."),
    ("h2", "8.4 Réseaux sociaux"),
    ("p", "Sans objet pour cette consultation."),
    ("h2", "8.5 Tableau des exigences de référencement"),
    ("req", "Exigences de référencement et d'acquisition", "EXS"),
    ("h2", "8.6 Actions correctives issues du bilan 2025"),
    ("p", "Écarts du bilan 2025 classés en P1 (dans le projet, avant la fin de la VSR) et P2 (six mois après la "
          "réception) :"),
    ("ol", ["**P1** — LCP mobile de 3,9 s : gabarits allégés, images optimisées (EXT-04) ; Titulaire lot 1 ;",
            "**P1** — 1,9 M€ de CA punchout sans source : collecte serveur (EXT-12, EXT-14) ; Titulaire lot 4 ;",
            "**P1** — rebond de 61 % depuis Shopping : atterrissage filtré (EXF-33), alternatives (EXF-09) ;",
            "**P1** — aucun texte de catégorie en allemand : 60 textes (EXS-12) ; marketing ;",
            "**P2** — domaines référents non suivis avant 2026 : relevé mensuel Semrush ; marketing ;",
            "**P2** — trois sites prescripteurs seulement : démarche auprès de cinq fabricants ; direction "
            "commerciale ;",
            "**P2** — 240 sous-familles sans texte : plan de rédaction (EXS-11) ; marketing."]),
]

# ------------------------------------------------------------------------------------------------ 9 EXJ
C += [
    ("h1", "9 Exigences juridiques (EXJ)"),
    ("h2", "9.1 Mentions légales"),
    ("p", "Relecture de février 2026 : la version française est complète. **La version allemande (« Impressum ») ne "
          "mentionne ni l'adresse de l'hébergeur ni le numéro RCS** et cite l'ancienne directrice de la "
          "publication. D'où EXJ-01 : deux versions identiques, accessibles en pied de page."),
    ("h2", "9.2 Conditions générales de vente"),
    ("p", "Analyse des CGV de janvier 2024 avec la direction commerciale :"),
    ("ul", ["**paiement** (art. 7) : 30 jours date de facture, dans le plafond légal entre professionnels ; à "
            "afficher au choix du mode de paiement (EXF-28, EXJ-03) ;",
            "**pénalités de retard** (art. 8) : trois fois le taux d'intérêt légal ; conformes mais absentes des AR "
            "et factures web (EXJ-03) ;",
            "**indemnité forfaitaire de recouvrement de 40 €** : absente, à ajouter dans les CGV 2026 et sur les "
            "documents (EXJ-03) ;",
            "**réserve de propriété** (art. 10) : conforme, à reproduire sur l'AR (EXJ-04) ;",
            "**produits dangereux** (art. 12) : réservés aux professionnels ; contrôle manuel aujourd'hui, bloquant "
            "demain (EXF-27, EXJ-05)."]),
    ("h2", "9.3 Données personnelles"),
    ("p", "Adaptations définies avec Lex Numerica, d'après les lignes directrices et la recommandation de la CNIL "
          "sur les cookies et autres traceurs (2020) et son référentiel sur la gestion commerciale :"),
    ("ul", ["**consentement** : bouton « Refuser » aussi visible que « Accepter », choix par finalité, retrait aussi "
            "simple, preuve conservée, nouvelle demande à 6 mois (EXJ-06) ; le bandeau actuel n'a qu'un « OK » ;",
            "**conservation** : comptes, 3 ans après la dernière commande ; prospects, 3 ans après le dernier "
            "contact ; pièces comptables, 10 ans ; journaux, 1 an (EXJ-07) ;",
            "**sous-traitance** : contrat article 28, sous-traitants ultérieurs dans l'UE (EXJ-08) ;",
            "**droits** : formulaire dédié, réponse sous un mois, suivi par le DPO (EXJ-09) ;",
            "**registre** : fiche « plateforme NEO » décrivant punchout, SSO et collecte serveur (EXJ-10)."]),
    ("h2", "9.4 Tableau des exigences juridiques"),
    ("req", "Exigences juridiques", "EXJ"),
]

# ------------------------------------------------------------------------------------------------ 10 EXL
C += [
    ("h1", "10 Exigences logistiques (EXL)"),
    ("h2", "10.1 Traçabilité des lots et péremption"),
    ("p", "40 % des références sont gérées par lot avec péremption. Divalto connaît le lot de chaque ligne, mais "
          "l'information s'arrête au bon de livraison papier : il est attendu qu'elle remonte jusqu'à la ligne de "
          "commande (EXL-01), demande des services qualité hospitaliers et condition d'un rappel rapide (EXL-11). "
          "Allocation FEFO, avec durée de vie résiduelle minimale par compte (6 mois pour les hôpitaux, EXL-02)."),
    ("h2", "10.2 Produits sous température dirigée"),
    ("p", "Réactifs 2–8 °C expédiés du lundi au mercredi uniquement, pour ne jamais passer un week-end chez un "
          "transporteur, en caisses isothermes (profil été / hiver) par TransFroid Rhénan ; règle affichée avant "
          "validation (EXF-30, EXL-03)."),
    ("h2", "10.3 Marchandises dangereuses"),
    ("p", "Quantités limitées au sens de l'ADR, étiquetage, transporteur habilité ; produits incompatibles jamais "
          "regroupés (EXL-06) ; FDS jointe à la première livraison et à chaque révision (EXL-07)."),
    ("h2", "10.4 Contrôles par type de préparation"),
    ("ul", ["**verrerie** : calage individuel, carton double cannelure, contrôle visuel avant fermeture ;",
            "**2–8 °C** : accumulateurs conformes au profil, enregistreur pour les comptes qui l'exigent ;",
            "**dangereux** : étiquettes ADR, compatibilité du colis, FDS jointe ;",
            "**consommables courants** : contrôle par scan, sans contrôle supplémentaire."]),
    ("h2", "10.5 Tableau des exigences logistiques"),
    ("req", "Exigences logistiques", "EXL"),
]

# ------------------------------------------------------------------------------------------------ 11 Planning
C += [
    ("h1", "11 Planning et gouvernance"),
    ("h2", "11.1 Planning prévisionnel"),
    ("p", "Planning de la MOA, à confirmer ou amender par les soumissionnaires dans le respect du gel du 15/09 au "
          "15/12."),
    ("t", "Planning prévisionnel du Projet NEO",
     [("Phase", "Début", "Fin", "Jalon / livrable"),
      ("Notification et lancement", "05/06/2026", "19/06/2026", "Plan d'assurance qualité"),
      ("Ateliers et conception détaillée", "22/06/2026", "31/07/2026", "Spécifications validées"),
      ("PIM et reprise du catalogue", "01/07/2026", "30/10/2026", "Catalogue repris à 95 %"),
      ("Réalisation lots 1 et 2 (sprints de 3 semaines)", "01/09/2026", "27/11/2026", "Démonstrations de sprint"),
      ("Marquage, redirections, recette SEO", "02/11/2026", "29/01/2027", "Plan 301 validé"),
      ("VABF", "04/01/2027", "12/02/2027", "PV sans anomalie bloquante"),
      ("Formation utilisateurs clés et ADV", "25/01/2027", "19/02/2027", "Supports remis"),
      ("Go / no-go", "23/02/2027", "23/02/2027", "Décision du COPIL"),
      ("Mise en production", "02/03/2027", "02/03/2027", "Bascule hors gel"),
      ("VSR et raccordement punchout", "02/03/2027", "30/04/2027", "Réception"),
      ("Exploitation et TMA (lot 5)", "01/05/2027", "28/02/2030", "Rapports mensuels")],
     [6.2, 2.2, 2.2, 5.4], {"center_cols": [1, 2]}),
    ("pa", "Point d'attention", [
        "Du 15 septembre au 15 décembre (38 % du CA web annuel), aucune mise en production, même partielle ; seules "
        "les corrections bloquantes sont admises."]),
    ("h2", "11.2 Instances de gouvernance"),
    ("t", "Instances de gouvernance du projet",
     [("Instance", "Fréquence", "Objet", "Participants", "Production"),
      ("Comité de pilotage (COPIL)", "Mensuelle", "Arbitrer périmètre et budget, valider les jalons, prononcer le "
       "go / no-go", "C. Schaeffer-Meyer, S. Obrecht, O. Kuntz, T. Roeckel, directeurs de projet des Titulaires",
       "Relevé de décisions sous 48 h"),
      ("Comité de projet (COPROJ)", "Hebdomadaire, le mardi", "Suivre avancement, risques et anomalies ; préparer "
       "les arbitrages", "T. Roeckel, O. Kuntz, chefs de projet des Titulaires, référents métier",
       "Suivi des actions, registre des risques"),
      ("Ateliers utilisateurs clés", "12 ateliers planifiés", "Valider parcours et paramétrages métier",
       "N. Weber, P. Frey, L. Muller, 2 commerciaux, équipe du Titulaire", "Règles de gestion validées")],
     [3.0, 2.4, 4.0, 3.8, 2.8], {"fs": 8.5}),
    ("p", "Conditions du go / no-go : VABF sans anomalie bloquante, recette des prix réussie, plan de redirections "
          "validé, restauration testée, test d'intrusion sans faille critique, ADV formée."),
    ("h2", "11.3 Recette"),
    ("p", "La MOA conduit la recette avec les utilisateurs clés, sur les critères d'acceptation du document. **VABF** "
          "(6 semaines) en préproduction, prononcée sans anomalie bloquante et avec 5 majeures au plus ; **recette "
          "des prix** sur 200 comptes ; **VSR** de 8 semaines en production avant réception."),
    ("h2", "11.4 Risques identifiés"),
    ("ul", ["**données produit** incomplètes (22 % sans volume ou matériau) : reprise dès juillet, Pipetage et "
            "Verrerie d'abord ;",
            "**disponibilité de l'ADV** à la rentrée : ateliers en juin–juillet, intérimaire pendant la VABF ;",
            "**raccordement punchout** dépendant des services informatiques clients : contacts dès octobre, "
            "bascule compte par compte ;",
            "**perte de trafic** : alerte à -10 % de sessions naturelles sur deux semaines, revue des redirections "
            "sous 48 h ;",
            "**dérive budgétaire** : évolutions arbitrées en COPIL, réserve de 5 % conservée par la MOA."]),
]

# ------------------------------------------------------------------------------------------------ 12 Modalités
C += [
    ("h1", "12 Modalités de réponse"),
    ("h2", "12.1 Calendrier de la consultation"),
    ("p", "Envoi du dossier le 20/03/2026 ; questions écrites jusqu'au 03/04 (neo@rhenalab.fr), réponses à tous le "
          "08/04 ; remise des offres le 17/04/2026 à 12 h ; soutenances du 05 au 07/05 ; décision le 29/05 ; "
          "notification le 05/06/2026."),
    ("h2", "12.2 Contenu attendu des offres"),
    ("ol", ["présentation du soumissionnaire et CV des intervenants principaux ;",
            "cadre de réponse (annexe E) complété ;",
            "mémoire technique : solution, intégrations, hébergement, sécurité, réversibilité ;",
            "méthode et planning détaillé, charge MOA attendue ;",
            "deux références B2B avec punchout, avec contact client ;",
            "proposition financière sur trois ans par lot ;",
            "engagements RSE du soumissionnaire et de son hébergeur."]),
    ("h2", "12.3 Grille d'analyse des offres"),
    ("t", "Grille d'analyse des offres",
     [("Critère", "Poids", "Éléments examinés", "Justification du poids"),
      ("Valeur technique", "40 %", "Couverture Must / Should, intégration Divalto, PIM, performances, sécurité",
       "Le projet échoue d'abord sur les intégrations : mal reliée à Divalto, la plateforme recrée la ressaisie"),
      ("Prix", "30 %", "Coût complet sur 3 ans par lot, options", "Budget plafonné ; l'exploitation pèse autant "
       "que la réalisation sur 3 ans"),
      ("Méthode et planning", "15 %", "Recette, migration SEO, respect du gel", "La bascule est le moment le plus "
       "risqué et le planning n'a pas de marge"),
      ("Références B2B punchout", "10 %", "Raccordements OCI et cXML en production, avis clients", "Compétence "
       "rare ; 1,9 M€ de CA en dépend dès le premier jour"),
      ("Engagements RSE", "5 %", "Hébergement, écoconception, politique sociale", "Attente de nos clients publics, "
       "mais peu différenciant")],
     [3.2, 1.4, 5.4, 6.0], {"center_cols": [1]}),
    ("h2", "12.4 Conditions éliminatoires"),
    ("ul", ["données hébergées hors de l'Union européenne ;",
            "remplacement de Divalto ou double gestion des prix nets ;",
            "coût complet sur trois ans supérieur à 380 k€ HT ;",
            "mise en production prévue entre le 15/09 et le 15/12 ;",
            "exigence Must du lot sans réponse ;",
            "refus du contrat article 28 ou du plan de réversibilité."]),
]

# ------------------------------------------------------------------------------------------------ Annexe A
REQUETES = """cônes de pipette 1000 µl|Pipetage|Achat|/pipetage/cones-de-pipette|FR
cônes 1000 µl sans filtre|Pipetage|Achat|/pipetage/cones-de-pipette?filtre=sans|FR
cônes à filtre 200 µl stériles|Pipetage|Achat|/pipetage/cones-a-filtre|FR
micropipette monocanal 100-1000 µl|Pipetage|Achat|/pipetage/micropipettes-monocanal|FR
micropipette multicanal 8 canaux|Pipetage|Achat|/pipetage/micropipettes-multicanal|FR
pipette automatique réglable|Pipetage|Achat|/pipetage/micropipettes-monocanal|FR
étalonnage micropipette iso 8655|Pipetage|Info|Guide micropipette (ISO 8655)|FR
vérification gravimétrique micropipette|Pipetage|Info|Guide micropipette (ISO 8655)|FR
pipette sérologique 10 ml stérile|Pipetage|Achat|/pipetage/pipettes-serologiques|FR
propipette électrique|Pipetage|Achat|/pipetage/aides-au-pipetage|FR
poire à pipeter|Pipetage|Achat|/pipetage/aides-au-pipetage|FR
cônes universels compatibles|Pipetage|Comparaison|/pipetage/cones-de-pipette|FR
micropipette ou pipette jaugée|Pipetage|Info|Guide micropipette (ISO 8655)|FR
rack cônes 96 recharge|Pipetage|Achat|/pipetage/cones-de-pipette|FR
cônes pipette vrac sachet 1000|Pipetage|Achat|/pipetage/cones-de-pipette|FR
Pipettenspitzen 1000 µl|Pipetage|Achat|/de/pipettieren/pipettenspitzen|DE
Filterspitzen steril 200 µl|Pipetage|Achat|/de/pipettieren/filterspitzen|DE
Einkanalpipette 100-1000 µl|Pipetage|Achat|/de/pipettieren/einkanalpipetten|DE
Mehrkanalpipette 8 Kanal|Pipetage|Achat|/de/pipettieren/mehrkanalpipetten|DE
Pipette kalibrieren ISO 8655|Pipetage|Info|/de/ratgeber/pipetten|DE
serologische Pipetten 10 ml|Pipetage|Achat|/de/pipettieren/serologische-pipetten|DE
Pipettierhilfe Akku|Pipetage|Achat|/de/pipettieren/pipettierhilfen|DE
bécher forme basse 250 ml|Verrerie|Achat|/verrerie/bechers|FR
bécher borosilicaté 3.3|Verrerie|Achat|/verrerie/bechers|FR
bécher gradué verre lot de 10|Verrerie|Achat|/verrerie/bechers|FR
fiole jaugée classe a 100 ml|Verrerie|Achat|/verrerie/fioles-jaugees|FR
fiole jaugée classe a ou b|Verrerie|Info|Guide verrerie volumétrique|FR
éprouvette graduée 100 ml classe a|Verrerie|Achat|/verrerie/eprouvettes|FR
erlenmeyer col large 500 ml|Verrerie|Achat|/verrerie/erlenmeyers|FR
flacon verre bouchon bleu 1 l|Verrerie|Achat|/verrerie/flacons|FR
flacon laboratoire gl45|Verrerie|Achat|/verrerie/flacons|FR
verre borosilicaté résistance thermique|Verrerie|Info|Guide verrerie volumétrique|FR
burette graduée classe as|Verrerie|Achat|/verrerie/burettes|FR
pipette jaugée 2 traits classe a|Verrerie|Achat|/verrerie/pipettes-jaugees|FR
cristallisoir verre|Verrerie|Achat|/verrerie/cristallisoirs|FR
verrerie de laboratoire professionnel|Verrerie|Achat|/verrerie|FR
Becherglas niedrige Form 250 ml|Verrerie|Achat|/de/laborglas/becherglaeser|DE
Borosilikatglas 3.3 Becher|Verrerie|Achat|/de/laborglas/becherglaeser|DE
Messkolben Klasse A 100 ml|Verrerie|Achat|/de/laborglas/messkolben|DE
Messzylinder 100 ml|Verrerie|Achat|/de/laborglas/messzylinder|DE
Laborflasche GL45 1000 ml|Verrerie|Achat|/de/laborglas/laborflaschen|DE
Erlenmeyerkolben Weithals|Verrerie|Achat|/de/laborglas/erlenmeyerkolben|DE
Laborglas kaufen|Verrerie|Achat|/de/laborglas|DE
Klasse A Klasse B Unterschied|Verrerie|Info|/de/ratgeber/volumenmessglas|DE
microtubes 1,5 ml|Plastiques|Achat|/plastiques/microtubes|FR
tubes eppendorf 2 ml|Plastiques|Achat|/plastiques/microtubes|FR
tubes falcon 50 ml|Plastiques|Achat|/plastiques/tubes-a-centrifuger|FR
tube à centrifuger 15 ml stérile|Plastiques|Achat|/plastiques/tubes-a-centrifuger|FR
boîte de petri 90 mm|Plastiques|Achat|/plastiques/boites-de-petri|FR
boîte de petri stérile ventilée|Plastiques|Achat|/plastiques/boites-de-petri|FR
cryotubes 2 ml|Plastiques|Achat|/plastiques/cryotubes|FR
portoir microtubes|Plastiques|Achat|/plastiques/portoirs|FR
pissette 500 ml|Plastiques|Achat|/plastiques/pissettes|FR
plaque 96 puits fond plat|Plastiques|Achat|/plastiques/microplaques|FR
cuve spectrophotomètre plastique|Plastiques|Achat|/plastiques/cuves|FR
polypropylène autoclavable|Plastiques|Info|Guide consommables plastiques|FR
consommables laboratoire pas cher|Plastiques|Comparaison|/plastiques|FR
Reaktionsgefäße 1,5 ml|Plastiques|Achat|/de/kunststoff/reaktionsgefaesse|DE
Zentrifugenröhrchen 50 ml|Plastiques|Achat|/de/kunststoff/zentrifugenroehrchen|DE
Petrischalen steril 90 mm|Plastiques|Achat|/de/kunststoff/petrischalen|DE
Kryoröhrchen 2 ml|Plastiques|Achat|/de/kunststoff/kryoroehrchen|DE
Spritzflasche Labor|Plastiques|Achat|/de/kunststoff/spritzflaschen|DE
plaque pcr 96 puits|Biologie mol.|Achat|/biologie-moleculaire/plaques-pcr|FR
tubes pcr 0,2 ml barrette|Biologie mol.|Achat|/biologie-moleculaire/tubes-pcr|FR
film adhésif plaque pcr|Biologie mol.|Achat|/biologie-moleculaire/films|FR
taq polymérase|Biologie mol.|Achat|/biologie-moleculaire/enzymes|FR
kit extraction adn|Biologie mol.|Achat|/biologie-moleculaire/kits-extraction|FR
marqueur de taille adn|Biologie mol.|Achat|/biologie-moleculaire/marqueurs|FR
agarose électrophorèse|Biologie mol.|Achat|/biologie-moleculaire/electrophorese|FR
stockage réactifs pcr température|Biologie mol.|Info|Guide réactifs froids|FR
eau sans nucléase|Biologie mol.|Achat|/biologie-moleculaire/eau-pcr|FR
plaque pcr compatible thermocycleur|Biologie mol.|Comparaison|/biologie-moleculaire/plaques-pcr|FR
PCR Platte 96 well|Biologie mol.|Achat|/de/molekularbiologie/pcr-platten|DE
PCR Tubes 0,2 ml|Biologie mol.|Achat|/de/molekularbiologie/pcr-tubes|DE
Taq Polymerase kaufen|Biologie mol.|Achat|/de/molekularbiologie/enzyme|DE
DNA Extraktion Kit|Biologie mol.|Achat|/de/molekularbiologie/extraktion|DE
Agarose Gelelektrophorese|Biologie mol.|Achat|/de/molekularbiologie/elektrophorese|DE
nukleasefreies Wasser|Biologie mol.|Achat|/de/molekularbiologie/wasser|DE
éthanol absolu laboratoire|Chimie|Achat|/chimie/solvants|FR
acétone pour analyse|Chimie|Achat|/chimie/solvants|FR
acide chlorhydrique 37 %|Chimie|Achat|/chimie/acides-et-bases|FR
soude 1 mol/l solution titrée|Chimie|Achat|/chimie/solutions-titrees|FR
tampon pbs 10x|Chimie|Achat|/chimie/tampons|FR
solution tampon ph 7 étalonnage|Chimie|Achat|/chimie/tampons|FR
fiche de données de sécurité éthanol|Chimie|Info|/chimie/solvants (FDS)|FR
qualité analytique ou technique|Chimie|Info|Guide grades de pureté|FR
isopropanol 70 %|Chimie|Achat|/chimie/solvants|FR
eau déminéralisée bidon 5 l|Chimie|Achat|/chimie/eaux|FR
acheter produits chimiques professionnel|Chimie|Achat|/chimie|FR
solvant anhydre|Chimie|Achat|/chimie/solvants|FR
Ethanol absolut Labor|Chimie|Achat|/de/chemikalien/loesungsmittel|DE
Salzsäure 37 %|Chimie|Achat|/de/chemikalien/saeuren-basen|DE
PBS Puffer 10x|Chimie|Achat|/de/chemikalien/puffer|DE
pH Pufferlösung 7|Chimie|Achat|/de/chemikalien/puffer|DE
Sicherheitsdatenblatt Aceton|Chimie|Info|/de/chemikalien/loesungsmittel (SDB)|DE
Isopropanol 70 % Labor|Chimie|Achat|/de/chemikalien/loesungsmittel|DE
agitateur magnétique chauffant|Équipements|Achat|/equipements/agitateurs|FR
centrifugeuse de paillasse microtubes|Équipements|Achat|/equipements/centrifugeuses|FR
vortex laboratoire|Équipements|Achat|/equipements/agitateurs|FR
balance de précision 0,01 g|Équipements|Achat|/equipements/balances|FR
bain-marie laboratoire|Équipements|Achat|/equipements/bains|FR
ph-mètre de paillasse|Équipements|Achat|/equipements/ph-metres|FR
plaque chauffante laboratoire|Équipements|Achat|/equipements/plaques-chauffantes|FR
choisir une centrifugeuse de paillasse|Équipements|Info|Guide équipements de paillasse|FR
agitateur orbital|Équipements|Achat|/equipements/agitateurs|FR
minuteur de laboratoire|Équipements|Achat|/equipements/petit-materiel|FR
Magnetrührer mit Heizung|Équipements|Achat|/de/geraete/magnetruehrer|DE
Tischzentrifuge|Équipements|Achat|/de/geraete/zentrifugen|DE
Vortex Mischer|Équipements|Achat|/de/geraete/mischer|DE
Präzisionswaage 0,01 g|Équipements|Achat|/de/geraete/waagen|DE
gants nitrile non poudrés|Protection|Achat|/protection/gants|FR
gants nitrile taille m boîte 100|Protection|Achat|/protection/gants|FR
gants nitrile en iso 374|Protection|Info|Guide gants de laboratoire|FR
gants latex ou nitrile laboratoire|Protection|Comparaison|Guide gants de laboratoire|FR
blouse de laboratoire coton|Protection|Achat|/protection/blouses|FR
lunettes de protection laboratoire|Protection|Achat|/protection/lunettes|FR
masque ffp2 boîte|Protection|Achat|/protection/masques|FR
surchaussures jetables|Protection|Achat|/protection/salles-propres|FR
gants cryogéniques|Protection|Achat|/protection/gants|FR
gants nitrile pas cher professionnel|Protection|Comparaison|/protection/gants|FR
manchettes de protection jetables|Protection|Achat|/protection/blouses|FR
Nitrilhandschuhe puderfrei|Protection|Achat|/de/schutz/handschuhe|DE
Nitrilhandschuhe Größe M 100 Stück|Protection|Achat|/de/schutz/handschuhe|DE
Laborkittel Baumwolle|Protection|Achat|/de/schutz/laborkittel|DE
Schutzbrille Labor|Protection|Achat|/de/schutz/schutzbrillen|DE
EN ISO 374 Handschuhe Chemikalien|Protection|Info|/de/ratgeber/handschuhe|DE
armoire produits inflammables|Sécurité|Achat|/securite/armoires|FR
armoire acides bases ventilée|Sécurité|Achat|/securite/armoires|FR
douche oculaire laboratoire|Sécurité|Achat|/securite/douches-oculaires|FR
absorbant produits chimiques|Sécurité|Achat|/securite/absorbants|FR
bac de rétention laboratoire|Sécurité|Achat|/securite/retention|FR
stockage produits chimiques règles|Sécurité|Info|Guide stockage des produits chimiques|FR
Sicherheitsschrank brennbare Flüssigkeiten|Sécurité|Achat|/de/sicherheit/sicherheitsschraenke|DE
Augendusche Labor|Sécurité|Achat|/de/sicherheit/augenduschen|DE
rhénalab|Marque|Marque|Accueil|FR
rhénapette|Marque|Marque|/pipetage/micropipettes-monocanal|FR
rhenalab punchout|Marque|Marque|/punchout (page achats)|FR
fournisseur laboratoire strasbourg|Marque|Local|Qui sommes-nous|FR
Laborbedarf Straßburg|Marque|Local|/de (Startseite)|DE
Laborbedarf Baden-Württemberg Lieferant|Marque|Local|/de (Startseite)|DE"""
REQ_ROWS = [tuple(l.split("|")) for l in REQUETES.strip().split("\n")]
N_DE = sum(1 for r in REQ_ROWS if r[4] == "DE")

C += [
    ("annexe", "Annexe A — Référentiel de requêtes"),
    ("p", "**Méthode.** Le référentiel a été constitué d'octobre à décembre 2025 à partir de cinq sources :"),
    ("ul", ["les **48 000 recherches du moteur interne** en 2025, mots réels des acheteurs connectés ;",
            "les **requêtes de la Search Console** sur 12 mois (9 400 requêtes) ;",
            "le **vocabulaire des commerciaux** : entretiens avec les 11 commerciaux, dont 2 germanophones "
            "(« cônes » plutôt que « pointes », « tubes Falcon ») ;",
            "les **références et normes des fabricants** : ISO 8655 (pipetage), verrerie classe A, borosilicaté 3.3, "
            "EN ISO 374 (gants) ;",
            "les **termes allemands** de nos clients du Bade-Wurtemberg, vérifiés dans Semrush."]),
    ("p", "Les 61 000 expressions brutes ont été regroupées (2 300 uniques), qualifiées (famille, intention, langue, "
          "volume, position des concurrents), puis réduites à **140 expressions** (dont %d en allemand) : volume "
          "suffisant ou valeur stratégique, intention correspondant à une page, chance réelle de première page. "
          "LaboStock Europe, Verrerie Meunier et BioConso Direct tenant les génériques (« gants nitrile », "
          "« bécher »), le référentiel privilégie les expressions qualifiées par un volume, une norme ou une classe "
          "(« fiole jaugée classe a 100 ml », « étalonnage micropipette iso 8655 ») et les requêtes allemandes, où "
          "la concurrence française est absente. Une expression = une seule page cible. Revue chaque janvier." % N_DE),
    ("t", "Référentiel de requêtes (140 expressions)",
     [("N°", "Expression", "Famille", "Intention", "Page cible", "Langue")]
     + [(str(i), r[0], r[1], r[2], r[3], r[4]) for i, r in enumerate(REQ_ROWS, 1)],
     [0.9, 4.8, 2.3, 2.1, 4.7, 1.5], {"center_cols": [0, 5], "fs": 7.5, "compact": True}),
]

# ------------------------------------------------------------------------------------------------ Annexe B
SEA = [  # mois, Google Ads, Microsoft Ads, clics, commandes, CA HT
    ("Janvier", 3470, 690, 5480, 84, 33100),
    ("Février", 3490, 700, 5610, 86, 34200),
    ("Mars", 3560, 710, 5820, 92, 36900),
    ("Avril", 3420, 680, 5300, 81, 32300),
    ("Mai", 3440, 690, 5350, 82, 32800),
    ("Juin", 3480, 700, 5460, 85, 34000),
    ("Juillet", 3350, 670, 4700, 70, 27900),
    ("Août", 3180, 640, 3900, 52, 20700),
    ("Septembre", 3760, 750, 6350, 108, 43500),
    ("Octobre", 3720, 740, 6240, 106, 42600),
    ("Novembre", 3610, 720, 6020, 99, 39800),
    ("Décembre", 3520, 710, 5070, 86, 34200),
]
assert sum(r[1] + r[2] for r in SEA) == 50400, sum(r[1] + r[2] for r in SEA)
assert sum(r[5] for r in SEA) == 412000, sum(r[5] for r in SEA)
SEA_ORDERS = sum(r[4] for r in SEA)


def eur(v, dec=0):
    s = ("{:,.%df}" % dec).format(v).replace(",", " ").replace(".", ",")
    return s + " €"


def sea_rows():
    rows = [("Mois 2025", "Coût Google Ads", "Coût Microsoft Ads", "Clics", "Commandes", "CA HT attribué",
             "Coût / commande", "CA / € investi")]
    for m, g, ms, cl, co, ca in SEA:
        rows.append((m, eur(g), eur(ms), "{:,}".format(cl).replace(",", " "), str(co), eur(ca),
                     eur((g + ms) / co, 2), ("%.1f" % (ca / (g + ms))).replace(".", ",")))
    tg, tm = sum(r[1] for r in SEA), sum(r[2] for r in SEA)
    tc, to, tca = sum(r[3] for r in SEA), SEA_ORDERS, sum(r[5] for r in SEA)
    rows.append(("Total 2025", eur(tg), eur(tm), "{:,}".format(tc).replace(",", " "), str(to), eur(tca),
                 eur((tg + tm) / to, 2), ("%.1f" % (tca / (tg + tm))).replace(".", ",")))
    return rows


C += [
    ("annexe", "Annexe B — Suivi mensuel des campagnes SEA 2025"),
    ("p", "Source : rapports mensuels de l'agence SEA (Google Ads, Microsoft Advertising), chiffre d'affaires "
          "attribué selon le modèle de conversion de Google Ads, contrôlé chaque trimestre avec Divalto BI."),
    ("t", "Suivi mensuel des campagnes payantes 2025", sea_rows(), [2.0, 2.1, 2.1, 1.6, 2.0, 2.3, 2.1, 1.9],
     {"num_cols": [1, 2, 3, 4, 5, 6, 7], "total": True, "fs": 8.5}),
]

# ------------------------------------------------------------------------------------------------ Annexe C
C += [
    ("annexe", "Annexe C — Fiche des indicateurs"),
    ("p", "Dans notre B2B, le même compte commande des dizaines de fois par an, souvent via son système d'achat : la "
          "fidélité des comptes et la part de commandes sans intervention disent plus que le taux de transformation "
          "d'une visite. Ces indicateurs alimentent le tableau de bord mensuel du COPIL."),
    ("t", "Indicateurs de pilotage du canal web",
     [("Indicateur", "Calcul", "Source", "Fréquence", "Pourquoi"),
      ("Comptes actifs commandeurs", "Comptes ayant commandé en ligne ou en punchout sur 12 mois glissants",
       "Divalto BI", "Mensuelle", "Mesure l'adoption du site par les comptes"),
      ("Part du punchout", "CA punchout / CA web", "Divalto BI", "Mensuelle", "Suit le raccordement (OS2)"),
      ("Panier moyen HT", "CA web HT / commandes, par type de compte", "Divalto BI", "Mensuelle",
       "Report des petites commandes vers le site"),
      ("Délai devis → commande", "Médiane en jours entre devis et commande", "Plateforme", "Mensuelle",
       "Les devis font 30 % du CA public ; un délai qui s'allonge annonce une perte"),
      ("Réachat à 90 jours", "Comptes ayant commandé en M qui recommandent sous 90 jours", "Divalto BI",
       "Trimestrielle", "Fidélité sur des consommables qui se rachètent"),
      ("Commandes sans intervention ADV", "Commandes intégrées sans exception / commandes web", "Plateforme",
       "Hebdomadaire", "Effet de la chaîne de commande cible (OS4)"),
      ("Part du naturel dans le CA web", "CA « Organic Search » / CA web mesuré", "GA4", "Mensuelle", "Objectif OS3")],
     [3.4, 4.6, 1.9, 2.0, 4.1], {"fs": 8.5}),
]

# ------------------------------------------------------------------------------------------------ Annexe D / E
C += [
    ("annexe", "Annexe D — Tableaux de bord existants"),
    ("p", "Hébergés sur le serveur décisionnel interne ; accès ou exports anonymisés **transmis après NDA**."),
    ("ul", ["Rapport mensuel web (Looker Studio) — \\\\srv-rhl-bi\\marketing\\web\\rapports-mensuels\\2025\\",
            "Positions et domaines référents (Semrush) — \\\\srv-rhl-bi\\marketing\\seo\\semrush\\",
            "CA par canal et par compte (Divalto BI) — \\\\srv-rhl-bi\\divalto-bi\\ventes\\ca-canal-compte.pbix",
            "Saisie ADV — \\\\srv-rhl-bi\\adv\\saisie-2025.xlsx",
            "Enquête livraison 2025 — \\\\srv-rhl-bi\\logistique\\enquete-livraison-2025.xlsx"]),
    ("annexe", "Annexe E — Cadre de réponse"),
    ("p", "Fourni au format tableur avec la lettre de consultation ; pour chaque exigence :"),
    ("ol", ["identifiant et lot (pré-remplis) ;",
            "couverture : standard / paramétrage / développement / non couvert ;",
            "réponse en 500 caractères au plus, avec renvoi au mémoire technique ;",
            "charge en jours des développements ; prix des options Could ;",
            "réserves ou hypothèses."]),
    ("p", "Un second onglet contient le bordereau de prix sur trois ans par lot. Une offre qui ne reprend pas ce "
          "cadre pourra être déclarée irrecevable."),
]


# ================================================================================================== RENDU
FAMILIES = {"EXF": EXF, "EXT": EXT, "EXS": EXS, "EXJ": EXJ, "EXL": EXL}
ALL_REQS = [r for fam in ("EXF", "EXT", "EXS", "EXJ", "EXL") for r in FAMILIES[fam] if r[0] != "G"]


def check_requirements():
    """Numérotation continue, objectifs existants, aucune exigence orpheline, aucun objectif sans exigence."""
    codes = {o[0] for o in OBJECTIFS}
    for fam, reqs in FAMILIES.items():
        ids = [r[0] for r in reqs if r[0] != "G"]
        assert ids == ["%s-%02d" % (fam, k) for k in range(1, len(ids) + 1)], fam
    for r in ALL_REQS:
        assert r[2] in MOSCOW_FILL, r[0]
        assert r[4] and all(o in codes for o in r[4]), r[0]
    for code in codes:
        if code.startswith("OG"):
            continue
        assert any(code in r[4] for r in ALL_REQS), code


def compress(ids):
    """EXF-01, EXF-02, EXF-03 → EXF-01 à 03."""
    out, run = [], []
    def flush():
        if not run:
            return
        if len(run) >= 3:
            out.append("%s à %s" % (run[0], run[-1].split("-")[1]))
        else:
            out.extend(run)
    for i in ids:
        if run and i.split("-")[0] == run[-1].split("-")[0] and int(i.split("-")[1]) == int(run[-1].split("-")[1]) + 1:
            run.append(i)
        else:
            flush()
            run = [i]
    flush()
    return ", ".join(out)


def matrix_rows():
    rows = [("Objectif", "Exigences qui y contribuent", "Nb")]
    for code, lvl, text, _ in OBJECTIFS:
        if code.startswith("OG"):
            continue
        ids = [r[0] for r in ALL_REQS if code in r[4]]
        short = text.split(" : ")[0]
        short = short if len(short) < 70 else short[:67].rsplit(" ", 1)[0] + "…"
        rows.append(("%s — %s" % (code, short), compress(ids), str(len(ids))))
    return rows


def moscow_sentence():
    parts = []
    tot = {k: 0 for k in MOSCOW_FILL}
    for fam in ("EXF", "EXT", "EXS", "EXJ", "EXL"):
        reqs = [r for r in FAMILIES[fam] if r[0] != "G"]
        c = {k: sum(1 for r in reqs if r[2] == k) for k in MOSCOW_FILL}
        for k in c:
            tot[k] += c[k]
        parts.append("%s : %d exigences (%s)" % (fam, len(reqs), ", ".join("%d %s" % (c[k], k) for k in MOSCOW_FILL
                                                                                if c[k])))
    return ("Le document compte %d exigences : %d Must, %d Should, %d Could et %d Won't. Détail par famille — %s."
            % (len(ALL_REQS), tot["Must"], tot["Should"], tot["Could"], tot["Won't"], " ; ".join(parts)))


class Writer:
    def __init__(self, doc):
        self.doc = doc
        self.ntab = 0

    def caption(self, text):
        self.ntab += 1
        p = self.doc.add_paragraph(style="Caption")
        p.add_run("Tableau %d – %s" % (self.ntab, text))
        p.paragraph_format.keep_with_next = True

    def table(self, cap, rows, widths, opts):
        fs = opts.get("fs", 9)
        self.caption(cap)
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        last = len(rows) - 1
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.width = Cm(widths[j])
                c.text = ""
                for k, line in enumerate(str(val).split("\n")):
                    cp_ = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    cp_.paragraph_format.space_after = Pt(0 if opts.get("compact") else 1)
                    cp_.paragraph_format.line_spacing = 1.0
                    if i > 0 and (j in opts.get("num_cols", []) or j in opts.get("center_cols", [])):
                        cp_.alignment = WD_ALIGN_PARAGRAPH.RIGHT if j in opts.get("num_cols", []) else \
                            WD_ALIGN_PARAGRAPH.CENTER
                    rich(cp_, line, size=fs, bold=(i == 0 or (opts.get("total") and i == last)
                                                   or (opts.get("first_bold") and j == 0)))
                if i == 0:
                    shade(c, NAVY_HEX)
                    for cp_ in c.paragraphs:
                        for rr in cp_.runs:
                            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                elif opts.get("total") and i == last:
                    shade(c, GROUP_FILL)
                elif opts.get("lanes") and val:
                    shade(c, "FBE5D6" if j == 0 else "EAF0F8")
                elif i % 2 == 0 and not opts.get("lanes"):
                    shade(c, ZEBRA)
            if not opts.get("compact"):
                cant_split(t.rows[i])
        repeat_header(t.rows[0])
        sp = self.doc.add_paragraph()
        sp.paragraph_format.space_after = Pt(2)
        return t

    def req_table(self, cap, fam):
        reqs = FAMILIES[fam]
        widths = [1.7, 6.6, 1.9, 6.4]
        self.caption(cap)
        t = self.doc.add_table(rows=1 + len(reqs), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for j, h in enumerate(("ID", "Exigence", "Priorité", "Critère d'acceptation")):
            c = t.cell(0, j)
            c.width = Cm(widths[j])
            c.text = ""
            rich(c.paragraphs[0], h, size=9, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
            shade(c, NAVY_HEX)
        for i, r in enumerate(reqs, 1):
            if r[0] == "G":
                a = t.cell(i, 0).merge(t.cell(i, 3))
                a.text = ""
                rich(a.paragraphs[0], r[1], size=9, bold=True, color=NAVY)
                a.paragraphs[0].paragraph_format.space_after = Pt(0)
                a.paragraphs[0].paragraph_format.keep_with_next = True
                shade(a, GROUP_FILL)
                cant_split(t.rows[i])
                continue
            vals = (r[0], r[1], r[2], r[3])
            for j, val in enumerate(vals):
                c = t.cell(i, j)
                c.width = Cm(widths[j])
                c.text = ""
                cp_ = c.paragraphs[0]
                cp_.paragraph_format.space_after = Pt(1)
                cp_.paragraph_format.line_spacing = 1.0
                if j == 2:
                    cp_.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    shade(c, MOSCOW_FILL[val])
                if j == 3 and val.startswith("à compléter"):
                    rr = cp_.add_run(val)
                    rr.font.size = Pt(8.5)
                    rr.italic = True
                    rr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
                    continue
                if j == 3 and val.startswith("Étant donné") and ", quand " in val and ", alors " in val:
                    g1, rest = val[len("Étant donné "):].split(", quand ", 1)
                    g2, g3 = rest.split(", alors ", 1)
                    for k, (kw, txt) in enumerate(zip(("Étant donné ", "Quand ", "Alors "), (g1, g2, g3))):
                        if k:
                            cp_.add_run().add_break()
                        r1 = cp_.add_run(kw)
                        r1.bold = True
                        r1.font.size = Pt(8.5)
                        r2 = cp_.add_run(txt + ("…" if k < 2 else ""))
                        r2.font.size = Pt(8.5)
                    continue
                rich(cp_, val, size=8.5, bold=(j == 0))
            cant_split(t.rows[i])
        repeat_header(t.rows[0])
        sp = self.doc.add_paragraph()
        sp.paragraph_format.space_after = Pt(2)

    def attention(self, title, lines):
        p = self.doc.add_paragraph()
        para_box(p)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.left_indent = Cm(0.3)
        p.paragraph_format.right_indent = Cm(0.3)
        r = p.add_run("⚠ " + title)
        r.bold = True
        r.font.size = Pt(10)
        r.font.color.rgb = NAVY
        for k, line in enumerate(lines):
            q = self.doc.add_paragraph()
            para_box(q)
            q.paragraph_format.left_indent = Cm(0.3)
            q.paragraph_format.right_indent = Cm(0.3)
            q.paragraph_format.space_after = Pt(10) if k == len(lines) - 1 else Pt(0)
            rich(q, line, size=9.5)

    def tree(self, items):
        for lvl, text in items:
            p = self.doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.6 + 0.9 * lvl)
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.line_spacing = 1.0
            mark = "" if lvl == 0 else ("└─ " if lvl < 3 else "→ ")
            r = p.add_run(mark + text)
            r.font.size = Pt(9.5)
            if lvl <= 1:
                r.bold = True
                r.font.color.rgb = NAVY
        self.doc.add_paragraph().paragraph_format.space_after = Pt(0)


def heads_list():
    out = []
    for item in C:
        if item[0] in ("h1", "h2", "h3"):
            out.append((int(item[0][1]), item[1]))
        elif item[0] == "annexe":
            out.append((1, item[1]))
    return out


def cover(doc):
    p = doc.add_paragraph()
    r = p.add_run("RHÉNALAB DISTRIBUTION")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = NAVY
    p = doc.add_paragraph()
    r = p.add_run("Parc d'Innovation — 67400 Illkirch-Graffenstaden")
    r.font.size = Pt(9.5)
    r.font.color.rgb = GREY
    for _ in range(7):
        doc.add_paragraph()
    for text, size, bold, col in [("Cahier des charges", 30, True, NAVY),
                                  ("Refonte de la plateforme e-commerce B2B", 18, False, INK),
                                  ("Projet NEO", 22, True, NAVY),
                                  ("Consultation restreinte", 13, False, GREY)]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.color.rgb = col
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    e = OxmlElement("w:top")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), "18")
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), NAVY_HEX)
    bdr.append(e)
    pPr.append(bdr)
    for _ in range(9):
        doc.add_paragraph()
    for k, v in [("Version", "1.2 du 16/03/2026"), ("Statut", "Validé — diffusion aux soumissionnaires"),
                 ("Rédaction", "Thibaut Roeckel, chef de projet digital (MOA)"),
                 ("Validation", "Claire Schaeffer-Meyer, Directrice générale"),
                 ("Classification", "Diffusion restreinte")]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
        r = p.add_run(k + "\t")
        r.bold = True
        r.font.size = Pt(10)
        r.font.color.rgb = NAVY
        r = p.add_run(v)
        r.font.size = Pt(10)
    doc.add_page_break()


def page2(doc, w):
    p = doc.add_paragraph()
    r = p.add_run("Suivi des versions")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = NAVY
    w.table("Suivi des versions du document",
            [("Version", "Date", "Objet des modifications", "Rédaction", "Validation"),
             ("0.1", "12/01/2026", "Première trame, reprise de la note de cadrage du 08/01", "T. Roeckel", "—"),
             ("0.2", "26/01/2026", "Existant, bilan 2025 du canal web, chaîne de commande", "T. Roeckel",
              "O. Kuntz"),
             ("0.3", "09/02/2026", "Exigences EXF et EXT après ateliers ADV et logistique", "T. Roeckel",
              "O. Kuntz, N. Weber"),
             ("1.0", "23/02/2026", "Version présentée en comité de direction", "T. Roeckel",
              "C. Schaeffer-Meyer"),
             ("1.1", "06/03/2026", "Matrice de traçabilité ; retrait de 4 exigences ; renumérotation continue",
              "T. Roeckel", "C. Schaeffer-Meyer"),
             ("1.2", "16/03/2026", "Exigences juridiques relues par Lex Numerica ; grille d'analyse des offres ; "
              "planning", "T. Roeckel", "C. Schaeffer-Meyer")],
            [1.8, 2.2, 7.0, 2.3, 2.9], {"center_cols": [0, 1], "fs": 9})
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Liste de diffusion")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = NAVY
    for line in ["Claire Schaeffer-Meyer, Directrice générale — pour validation",
                 "Olivier Kuntz, DSI ; Sandrine Obrecht, directrice commerciale ; Patrick Frey, responsable "
                 "logistique ; Nathalie Weber, responsable ADV ; Laura Muller, marketing — pour information",
                 "Lex Numerica, DPO externe — chapitre 9 uniquement",
                 "Soumissionnaires consultés (5 sociétés) — après signature de l'accord de confidentialité"]:
        q = doc.add_paragraph(style="List Bullet")
        rich(q, line)
        q.paragraph_format.space_after = Pt(2)
    doc.add_page_break()


def toc(doc):
    p = doc.add_paragraph()
    r = p.add_run("Sommaire")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = NAVY
    entries = heads_list()
    for k, (lvl, title) in enumerate(entries):
        tp = doc.add_paragraph(style="TOC %d" % lvl)
        if k == 0:
            fld(tp, "begin")
            instr(tp, 'TOC \\o "1-3" \\h \\z \\u')
            fld(tp, "separate")
        tp.add_run("%s\t%s" % (title, PAGES.get(title, "")))
        if k == len(entries) - 1:
            fld(tp, "end")
    doc.add_page_break()


def main():
    check_requirements()
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    setup_styles(doc)
    w = Writer(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(1.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Rhénalab Distribution — Projet NEO — CDC v1.2")
    r.font.size = Pt(8.5)
    r.font.color.rgb = GREY
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Diffusion restreinte — page ")
    r.font.size = Pt(8.5)
    r.font.color.rgb = GREY
    add_field(fp, "PAGE", "2", size=8.5, color=GREY)
    r = fp.add_run("/")
    r.font.size = Pt(8.5)
    r.font.color.rgb = GREY
    add_field(fp, "NUMPAGES", NUMPAGES, size=8.5, color=GREY)

    cover(doc)
    page2(doc, w)
    toc(doc)

    first_h1 = True
    first_annex = True
    for item in C:
        kind = item[0]
        if kind in ("h1", "h2", "h3"):
            h = doc.add_heading(item[1], level=int(kind[1]))
            if kind == "h1":
                if not first_h1:
                    h.paragraph_format.page_break_before = True
                first_h1 = False
        elif kind == "annexe":
            h = doc.add_heading(item[1], level=1)
            if first_annex:
                h.paragraph_format.page_break_before = True
                first_annex = False
        elif kind == "p":
            p = rich(doc.add_paragraph(), item[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "ul":
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Bullet"), line)
                lp.paragraph_format.space_after = Pt(3)
        elif kind == "ol":
            for k, line in enumerate(item[1], 1):
                lp = doc.add_paragraph()
                lp.paragraph_format.left_indent = Cm(0.9)
                lp.paragraph_format.first_line_indent = Cm(-0.6)
                lp.paragraph_format.space_after = Pt(3)
                lp.add_run("%d.\u00a0" % k)
                rich(lp, line)
        elif kind == "t":
            w.table(item[1], item[2], item[3], item[4])
        elif kind == "req":
            w.req_table(item[1], item[2])
        elif kind == "matrix":
            w.table("Matrice de traçabilité objectifs × exigences", matrix_rows(), [5.6, 9.4, 1.0],
                    {"center_cols": [2], "fs": 8.5})
        elif kind == "moscow":
            p = rich(doc.add_paragraph(), moscow_sentence())
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "pa":
            w.attention(item[1], item[2])
        elif kind == "tree":
            w.tree(item[1])

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Cahier des charges — Refonte de la plateforme e-commerce B2B — Projet NEO"
    cp.subject = "Consultation restreinte — version 1.2"
    cp.keywords = "Rhénalab; NEO; cahier des charges; B2B; punchout"
    cp.comments = ""
    cp.category = "Diffusion restreinte"
    cp.created = datetime.datetime(2026, 1, 12, 9, 5, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 41
    words = count_words(doc)
    doc.save(FILE)
    repack(FILE, words)
    print("ok", FILE, "tableaux:", w.ntab, "exigences:", len(ALL_REQS), "mots:", words)


if __name__ == "__main__":
    main()
