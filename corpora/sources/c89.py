# Générateur du dossier du candidat c89 (Atlantal Menuiseries, fabricant de menuiseries aluminium, Les Herbiers) — blocs 4 et 5.
# Un seul ODT rédigé comme une procédure industrielle : cartouche en page 1 (Rédigé / Vérifié / Approuvé / Indice B),
# AUCUN style de titre (titres tapés en gras, niveau 1 en capitales), sommaire manuel sans numéros de page,
# en-tête « ATLANTAL — Projet Portail Pro … », pied « Réf. DOC-ECOM-026 — Page n / N », tableaux légendés au-dessus,
# certains avec cellules d'en-tête fusionnées. Déterministe : métadonnées figées, zip reconditionné à date fixe.
import os, zipfile
from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties, HeaderStyle,
                       FooterStyle, HeaderFooterProperties, MasterPage, Header, Footer)
from odf.text import P, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.meta import InitialCreator, CreationDate, Generator
from odf.dc import Creator, Date, Title, Subject

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c89-menuiseries-alu-vendee")
os.makedirs(OUT, exist_ok=True)
FILE = os.path.join(OUT, "atlantal-portail-pro-blocs-4-5.odt")
AUTHOR = "Jérémy Caillaud"
STAMP = "2026-04-22T17:10:00"

doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'", fontfamilygeneric="swiss", fontpitch="variable"))
doc.meta.addElement(Title(text="Projet Portail Pro — Dossier blocs 4 et 5 — DOC-ECOM-026 indice B"))
doc.meta.addElement(Subject(text="Titre Chef de projet e-commerce — blocs 4 et 5"))
doc.meta.addElement(Creator(text=AUTHOR))
doc.meta.addElement(InitialCreator(text=AUTHOR))
doc.meta.addElement(CreationDate(text="2026-02-09T08:30:00"))
doc.meta.addElement(Date(text=STAMP))

# ------------------------------------------------------------------ styles (aucun style de titre)
st_std = Style(name="Standard", family="paragraph")
st_std.addElement(TextProperties(fontname="Liberation Sans", fontsize="10pt"))
doc.styles.addElement(st_std)
st_body = Style(name="Text_20_body", displayname="Text body", family="paragraph", parentstylename="Standard")
st_body.addElement(ParagraphProperties(marginbottom="0.2cm", textalign="justify", lineheight="118%"))
doc.styles.addElement(st_body)

pl = PageLayout(name="PL1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
                                   margintop="1.3cm", marginbottom="1.3cm", marginleft="2.2cm", marginright="2.0cm"))
hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.5cm", borderbottom="0.5pt solid #000000", paddingbottom="0.1cm")); pl.addElement(hs)
fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.5cm", bordertop="0.5pt solid #000000", paddingtop="0.1cm")); pl.addElement(fs)
doc.automaticstyles.addElement(pl)


def astyle(name, parent="Text_20_body", pp=None, **tp):
    s = Style(name=name, family="paragraph", parentstylename=parent)
    if pp:
        s.addElement(ParagraphProperties(**pp))
    if tp:
        s.addElement(TextProperties(**tp))
    doc.automaticstyles.addElement(s)
    return s


S_HEAD = astyle("HeadP", parent="Standard", pp={"textalign": "center"}, fontsize="8.5pt")
S_FOOT = astyle("FootP", parent="Standard", pp={"textalign": "end"}, fontsize="8.5pt")
mp = MasterPage(name="Standard", pagelayoutname=pl)
h = Header(); h.addElement(P(stylename=S_HEAD, text="ATLANTAL — Projet Portail Pro — J. Caillaud — Indice B")); mp.addElement(h)
f = Footer(); fp = P(stylename=S_FOOT, text="Réf. DOC-ECOM-026 — Page ")
fp.addElement(PageNumber(selectpage="current", text="1")); fp.addElement(Span(text=" / ")); fp.addElement(PageCount(text="18"))
f.addElement(fp); mp.addElement(f)
doc.masterstyles.addElement(mp)

S_T1 = astyle("Titre1Manuel", pp={"margintop": "0.45cm", "marginbottom": "0.2cm", "keepwithnext": "always", "textalign": "start"}, fontsize="11.5pt", fontweight="bold")
S_T1P = astyle("Titre1ManuelPage", pp={"breakbefore": "page", "marginbottom": "0.25cm", "keepwithnext": "always", "textalign": "start"}, fontsize="12pt", fontweight="bold")
S_T2 = astyle("Titre2Manuel", pp={"margintop": "0.3cm", "marginbottom": "0.15cm", "keepwithnext": "always", "textalign": "start"}, fontsize="10.5pt", fontweight="bold")
S_CAP = astyle("LegendeDessus", pp={"margintop": "0.2cm", "marginbottom": "0.1cm", "keepwithnext": "always", "textalign": "start"}, fontsize="9pt", fontweight="bold")
S_VUE = astyle("LegendeVue", pp={"textalign": "center", "marginbottom": "0.2cm"}, fontsize="9pt", fontstyle="italic")
S_LI = astyle("Tiret", pp={"marginleft": "0.6cm", "marginbottom": "0.08cm"})
S_LI2 = astyle("Tiret2", pp={"marginleft": "1.3cm", "marginbottom": "0.05cm"})
S_SOM = astyle("SomLigne", pp={"marginbottom": "0.06cm"})
S_SOM2 = astyle("SomLigne2", pp={"marginbottom": "0.06cm", "marginleft": "0.7cm"})
S_BIG = astyle("CartoucheTitre", pp={"textalign": "center", "margintop": "2.2cm", "marginbottom": "0.3cm"}, fontsize="17pt", fontweight="bold")
S_MID = astyle("CartoucheSous", pp={"textalign": "center", "marginbottom": "0.25cm"}, fontsize="11.5pt")
S_PB = astyle("SautPage", pp={"breakbefore": "page"})
S_CELL = astyle("Cell", parent="Standard", fontsize="8.5pt")
S_CELLH = astyle("CellHead", parent="Standard", pp={"textalign": "center"}, fontsize="8.5pt", fontweight="bold")
T_BOLD = Style(name="Gras", family="text"); T_BOLD.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(T_BOLD)

cs = Style(name="CellBox", family="table-cell")
cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
doc.automaticstyles.addElement(cs)
csh = Style(name="CellBoxHead", family="table-cell")
csh.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm", backgroundcolor="#D9D9D9"))
doc.automaticstyles.addElement(csh)

body = doc.text


def para(t, st=st_body):
    body.addElement(P(stylename=st, text=t))


def t1(t, page=False):
    para(t, S_T1P if page else S_T1)


def t2(t):
    para(t, S_T2)


def li(t, lvl=1):
    para(t, S_LI if lvl == 1 else S_LI2)


def nota(t):
    p = P(stylename=st_body)
    p.addElement(Span(stylename=T_BOLD, text="NOTA : "))
    p.addElement(Span(text=t))
    body.addElement(p)


def vue(t):
    para(t, S_VUE)


_tn = [0]
_tid = [0]


def table(caption, rows, widths, head=1):
    """rows : listes de cellules ; une cellule peut être (texte, nb_colonnes) pour une fusion horizontale
    ou None pour une cellule couverte (fusion verticale déclarée par (texte, 1, nb_lignes))."""
    _tid[0] += 1
    if caption:
        _tn[0] += 1
        para("Tableau n° %d : %s" % (_tn[0], caption), S_CAP)
    name = "Tab%d" % _tid[0]
    tst = Style(name=name, family="table")
    tst.addElement(TableProperties(width="%.2fcm" % sum(widths), align="center"))
    doc.automaticstyles.addElement(tst)
    tb = Table(name=name, stylename=tst)
    for k, w in enumerate(widths):
        cst = Style(name="%s.C%d" % (name, k), family="table-column")
        cst.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
        doc.automaticstyles.addElement(cst)
        tb.addElement(TableColumn(stylename=cst))
    for i, r in enumerate(rows):
        tr = TableRow()
        for v in r:
            if v is None:
                tr.addElement(CoveredTableCell())
                continue
            span, rspan = 1, 1
            if isinstance(v, tuple):
                rspan = v[2] if len(v) > 2 else 1
                v, span = v[0], v[1]
            ishead = i < head
            kw = {"stylename": csh if ishead else cs, "valuetype": "string"}
            if span > 1:
                kw["numbercolumnsspanned"] = span
            if rspan > 1:
                kw["numberrowsspanned"] = rspan
            tc = TableCell(**kw)
            for line in str(v).split("\n"):
                tc.addElement(P(stylename=S_CELLH if ishead else S_CELL, text=line))
            tr.addElement(tc)
            for _ in range(span - 1):
                tr.addElement(CoveredTableCell())
        tb.addElement(tr)
    body.addElement(tb)


# ================================================================== PAGE 1 — CARTOUCHE
para("ATLANTAL MENUISERIES SAS", S_BIG)
para("Menuiseries aluminium sur mesure — ZI du Bois Joly — 85500 Les Herbiers", S_MID)
para("DOSSIER PROFESSIONNEL — PROJET PORTAIL PRO", S_BIG)
para("Titre Chef de projet e-commerce — Blocs de compétences 4 et 5", S_MID)
para("Contenus et transformation du portail « Atlantal Pro » — Pilotage du projet Portail Pro V2 et des flux sortants", S_MID)
para("", S_MID)
table(None, [
    ["", "Nom", "Fonction", "Date", "Visa"],
    ["Rédigé par", "Jérémy Caillaud", "Chef de projet portail pro", "20/04/2026", "J.C."],
    ["Vérifié par", "Olivier Chaigneau", "Directeur commercial (tuteur)", "21/04/2026", "O.C."],
    ["Approuvé par", "Stéphanie Rabreau-Guérin", "Directrice générale", "22/04/2026", "S.R.G."],
    ["Indice A", ("09/02/2026 — Création du document, première diffusion au tuteur", 4), None, None, None],
    ["Indice B", ("22/04/2026 — Ajout des chapitres 5.5 à 5.7, mise à jour des résultats de mars, reprise des tableaux n° 6 et 14", 4), None, None, None],
], [3.0, 4.4, 4.8, 2.6, 2.0])
para("")
para("Référence : DOC-ECOM-026 — Indice B — Diffusion : candidat, tuteur, organisme de formation, jury", S_MID)
para("Classement : document interne Atlantal — ne pas diffuser aux clients poseurs", S_MID)

# ================================================================== PAGE 2 — SOMMAIRE MANUEL
para("SOMMAIRE", S_T1P)
for ln, lvl in [
    ("1 - OBJET ET DOMAINE D'APPLICATION", 1),
    ("2 - PRÉSENTATION D'ATLANTAL MENUISERIES", 1),
    ("3 - LE PORTAIL ATLANTAL PRO (SITUATION INITIALE)", 1),
    ("4 - CONTENUS ET TRANSFORMATION DU PORTAIL", 1),
    ("4.1 - VISUELS DES GAMMES", 2),
    ("4.2 - FICHE ARTICLE DU PORTAIL", 2),
    ("4.3 - INTÉRÊT DES POSEURS POUR LE CONFIGURATEUR", 2),
    ("4.5 - OBJECTIFS DE TRANSFORMATION", 2),
    ("4.6 - LE TUNNEL", 2),
    ("4.7 - ÉLÉMENTS PERTURBATEURS ET ACTIONS CORRECTIVES", 2),
    ("5 - PILOTAGE DU PROJET PORTAIL PRO V2 ET DES FLUX", 1),
    ("Grille d'évaluation — Bloc 5", 2),
    ("5.1 - EXPRESSION DE BESOIN — PORTAIL PRO V2", 2),
    ("5.2 - CHOIX DE L'INTÉGRATEUR", 2),
    ("5.3 - CONDITIONS GÉNÉRALES DE VENTE AUX PROFESSIONNELS", 2),
    ("5.4 - SUIVI DE L'ACTIVITÉ ADV", 2),
    ("5.5 - STOCK, ORDONNANCEMENT ET FLUX SORTANTS", 2),
    ("5.6 - SIMPLIFICATION DU TRAITEMENT DES COMMANDES", 2),
    ("5.7 - AFFRÈTEMENT ET MESSAGERIE", 2),
    ("5.8 - SATISFACTION À LA LIVRAISON", 2),
    ("6 - CONCLUSION", 1),
]:
    para(ln, S_SOM if lvl == 1 else S_SOM2)

# ================================================================== PAGE 3 — DOCUMENTS DE RÉFÉRENCE
para("DOCUMENTS DE RÉFÉRENCE", S_T1P)
for d in [
    "[R1] DOC-ECOM-011 indice C — Procédure de création d'un article au portail Atlantal Pro (bureau d'études / ADV).",
    "[R2] DOC-ECOM-014 indice A — Charte de désignation normalisée des articles (Y. Girard, J. Caillaud).",
    "[R3] DOC-ECOM-019 indice B — Expression de besoin — Portail Pro V2 (diffusée aux intégrateurs le 14/10/2025).",
    "[R4] DOC-ECOM-021 indice A — Grille de cotation des intégrateurs et compte rendu de choix (04/12/2025).",
    "[R5] CGV Atlantal Menuiseries aux professionnels, version 2024-2, annexées aux ARC.",
    "[R6] PRO-LOG-003 indice D — Ordonnancement des tournées et chargement des camions (C. Bonnin).",
    "[R7] PRO-QUA-007 indice F — Plan de contrôle fabrication (essai d'eau, vitrage, laquage).",
    "[R8] Rapports Matomo « Portail Pro » (objectifs 1 à 4) et rapports de ventes OroCommerce, période 01/01/2025 – 31/03/2026.",
    "[R9] Proposition technique et financière Bocage Data, réf. BD-2025-118, du 21/11/2025.",
    "[R10] Déclarations de performance (DoP) des gammes Horizon, Lumia et Galandage Sirocco, 2025.",
]:
    li(d)
para("")
para("ABRÉVIATIONS", S_T2)
for a in [
    "ADV : administration des ventes — ARC : accusé de réception de commande — OF : ordre de fabrication.",
    "ERP : progiciel de gestion intégré (Sage X3 chez Atlantal) — PL : poids lourd.",
    "Uw : coefficient de transmission thermique de la fenêtre [W/m².K] — Sw : facteur solaire de la fenêtre.",
    "AEV : classement air, eau, vent d'une menuiserie — RPT : rupture de pont thermique.",
    "DoP : déclaration de performance (marquage CE) — CCTP : cahier des clauses techniques particulières d'un marché.",
    "RAL : référentiel de teintes des laques — DWG : format de fichier de dessin (AutoCAD).",
]:
    li(a)

# ================================================================== 1 - OBJET
t1("1 - OBJET ET DOMAINE D'APPLICATION", page=True)
para("Le présent document décrit les travaux réalisés par le rédacteur entre septembre 2025 et avril 2026 sur le portail professionnel « Atlantal Pro ». Il est établi dans le cadre d'une formation continue (CPF et plan de développement des compétences de l'entreprise) préparant le titre Chef de projet e-commerce, blocs 4 et 5.")
para("Le domaine d'application couvre : les contenus du portail (visuels, fiches article, configurateur), la chaîne devis → commande et ses objectifs, puis le pilotage du projet Portail Pro V2 avec l'intégrateur, le cadre contractuel des ventes aux poseurs, l'activité de l'ADV, l'organisation du stock, des flux sortants et du transport. Les sujets traités par d'autres services ou par des prestataires sont signalés comme tels.")
para("Le rédacteur, Jérémy Caillaud, 38 ans, a été technicien au bureau d'études d'Atlantal de 2011 à 2022 (mise en plan, nomenclatures, fiches de fabrication). Il occupe depuis mars 2022 la fonction de chef de projet portail pro, rattaché au directeur commercial, M. Olivier Chaigneau, tuteur de la formation.")
nota("Les montants sont exprimés en euros hors taxes, tarif poseur. Les unités sont indiquées entre crochets dans les tableaux. Les données d'audience proviennent de Matomo (hébergé chez l'intégrateur), les données de ventes d'OroCommerce et de Sage X3.")

# ================================================================== 2 - PRÉSENTATION
t1("2 - PRÉSENTATION D'ATLANTAL MENUISERIES")
para("Atlantal Menuiseries SAS a été fondée en 1996 aux Herbiers (85) par M. Patrick Rabreau. L'entreprise est dirigée depuis 2017 par Mme Stéphanie Rabreau-Guérin, directrice générale. Elle emploie 86 personnes sur un site de production de 9 500 m² qui regroupe le débit des profilés, l'usinage, l'assemblage et le vitrage. Le thermolaquage des profilés est sous-traité à un laqueur de la région.")
para("Atlantal fabrique exclusivement sur mesure des fenêtres, portes-fenêtres, coulissants et galandages en aluminium à rupture de pont thermique. La vente se fait uniquement aux professionnels : environ 620 comptes poseurs actifs dans le Grand Ouest (Vendée, Loire-Atlantique, Maine-et-Loire, Deux-Sèvres, Charente-Maritime, Bretagne sud). Aucun prix public n'est communiqué ; chaque poseur dispose d'un palier de remise négocié avec son commercial.")
para("Quelques repères pour 2025 : chiffre d'affaires de 14,8 M€ HT ; 21 % des commandes passées par le portail, soit 3,1 M€ HT ; 48 % des devis établis par le portail ; délai standard de fabrication de 3 semaines ; 38 teintes RAL au catalogue ; Uw à partir de 1,3 W/m².K selon la gamme et le vitrage.")
para("Les articles représentatifs de la gamme sont les suivants (tarif poseur de base, avant palier de remise) : le coulissant « Horizon 2 vantaux 2 400 × 2 150 » à partir de 1 240 € HT, la fenêtre oscillo-battante « Lumia OB 1 vantail » à partir de 412 € HT et le galandage « Sirocco » à partir de 2 380 € HT. Les livraisons sont assurées par les camions de l'entreprise en tournées hebdomadaires.")
para("Le marché régional est disputé par trois acteurs principaux : Menuiseries Océanes (Cholet), fabricant de taille comparable ; Alunéo Grand Ouest, réseau de fabrication et de pose ; ProFenêtre Direct, vendeur en ligne qui affiche ses prix et livre par transporteur. Ce dernier a amené plusieurs poseurs à réclamer un portail plus rapide, avec un délai affiché dès le devis.")
para("Organisation concernée par le projet : Mme Stéphanie Rabreau-Guérin (DG), M. Olivier Chaigneau (directeur commercial), Mme Aurélie Pineau (responsable ADV, équipe de 4 personnes), M. Cédric Bonnin (logistique et expéditions), M. Yannick Girard (bureau d'études), Mme Manon Gautreau (communication). Les échanges internes se font sur Teams.")

# ================================================================== 3 - PORTAIL
t1("3 - LE PORTAIL ATLANTAL PRO (SITUATION INITIALE)")
para("Le portail « Atlantal Pro » a été mis en service en 2021. Il repose sur OroCommerce (édition B2B) et est relié à l'ERP Sage X3 par l'intégrateur Bocage Data, qui en assure aussi la maintenance. Le configurateur « Config'Alu », développé sur mesure, est appelé depuis chaque fiche article : le poseur saisit les cotes, l'ouverture, la teinte, le vitrage et les options, et obtient un prix net à son palier de remise.")
para("En 2025, 48 % des devis ont été établis par le portail, mais seulement 21 % des commandes y ont été passées. Le reste des commandes arrive par e-mail ou par téléphone à l'ADV, souvent à partir d'un devis du portail imprimé, annoté puis renvoyé. Ce constat est à l'origine des deux volets du présent dossier : rendre les contenus du portail utiles à la décision du poseur (chapitre 4) et conduire la refonte Portail Pro V2 ainsi que l'organisation des flux en aval (chapitre 5).")

# ================================================================== 4 - BLOC 4
t1("4 - CONTENUS ET TRANSFORMATION DU PORTAIL", page=True)
t1("4.1 - VISUELS DES GAMMES")
t2("4.1.1 Choix du prestataire de visuels")
para("Jusqu'en 2024, les visuels des fiches article étaient des photographies de chantiers fournies par les poseurs ou prises sur le stand du salon. Elles étaient hétérogènes (cadrage, lumière, teinte) et ne montraient souvent qu'une seule couleur, le plus souvent le RAL 7016 gris anthracite. Il a été décidé en septembre 2025 de refaire l'ensemble des visuels des trois gammes principales.")
para("Deux solutions ont été consultées : un photographe professionnel de La Roche-sur-Yon, habitué des prises de vue d'architecture, et un studio de rendu 3D nantais, « Studio Volumique », qui travaille à partir des fichiers de conception du bureau d'études. La comparaison a porté sur le coût par vue, la possibilité de décliner les teintes, le délai et la réutilisation des fichiers.")
table("Comparaison des deux prestataires de visuels (devis de septembre 2025)", [
    ["Critère", "Photographe (prise de vue réelle)", "Studio Volumique (rendu 3D)"],
    ["Coût par vue [€ HT]", "95", "38"],
    ["Déclinaison des 38 teintes RAL", "Nouvelle prise de vue par teinte, menuiserie à fabriquer et laquer", "Changement de matière dans le fichier, sans nouvelle prise de vue"],
    ["Coût estimé pour 3 gammes × 6 vues × 38 teintes [€ HT]", "Non chiffrable (fabrication des échantillons)", "≈ 26 000 (tarif dégressif au-delà de 200 vues)"],
    ["Délai de livraison première série [jours ouvrés]", "20 à 25 (météo, disponibilité des chantiers)", "10"],
    ["Données d'entrée", "Menuiseries fabriquées et posées", "Fichiers 3D du bureau d'études (export STEP)"],
    ["Mise à jour en cas d'évolution produit", "Nouvelle séance", "Modification du modèle, rendu relancé"],
    ["Cession des droits", "Usage web et print, 5 ans", "Usage illimité, fichiers sources remis"],
], [5.2, 5.8, 5.8])
para("Le studio 3D a été retenu. Le critère déterminant est la déclinaison des teintes : avec 38 RAL, une prise de vue réelle aurait imposé de fabriquer et de laquer des échantillons pour chaque teinte, ce qui n'est pas envisageable. Le coût par vue est divisé par 2,5 et les évolutions de gamme (nouvelle poignée, nouveau profil de traverse) n'imposent qu'un nouveau rendu. Le photographe reste sollicité pour les photos de chantier utilisées par la communication (Mme Gautreau).")
t2("4.1.2 Production des visuels")
para("Les visuels sont faits par le studio, à partir des fichiers fournis par le bureau d'études. Aucune retouche ni montage n'est réalisé en interne.")
t2("4.1.3 Adaptation des visuels et documents au portail")
para("Les poseurs consultent le portail au bureau, mais aussi sur tablette ou téléphone sur chantier, parfois avec une connexion 4G faible en zone rurale. Les règles suivantes ont donc été fixées au studio et à l'intégrateur pour tous les fichiers publiés :")
table("Règles de publication des médias sur le portail", [
    ["Média", "Format", "Dimensions", "Poids maximal", "Remarque"],
    ["Vue principale et vues de détail", "WebP", "1 600 px de large", "< 200 Ko", "Chargement différé des vues secondaires"],
    ["Vignettes de liste et de panier", "WebP", "400 × 400 px", "< 40 Ko", "Générées automatiquement par Oro"],
    ["Visionneuse 360°", "36 images WebP", "800 px", "< 2,5 Mo au total", "Visionneuse légère, chargée au clic uniquement"],
    ["Déclaration de performance (DoP)", "PDF", "A4", "< 2 Mo", "PDF texte, pas de scan"],
    ["Guide de pose", "PDF", "A4", "< 2 Mo", "Schémas vectoriels, photos compressées"],
    ["Plan de coupe", "DWG compressé (zip)", "—", "< 1 Mo", "Version AutoCAD 2013 pour compatibilité"],
], [3.8, 2.6, 2.6, 2.6, 5.2])
para("Avant cette règle, certains guides de pose dépassaient 15 Mo, car ils étaient obtenus par numérisation de la version papier. Ils ont été régénérés par le bureau d'études à partir des fichiers d'origine. La visionneuse 360° retenue ne charge aucune image tant que le poseur n'a pas cliqué sur « Voir à 360° », de façon à ne pas alourdir l'ouverture de la fiche.")
vue("Vue 1 : rendu Lumia OB 1 vantail RAL 9016, vue intérieure")
vue("Vue 2 : rendu Galandage Sirocco RAL 7022, vantail ouvert dans la cloison")
vue("Vue 3 : rendu Horizon RAL 7016")

# ---------------------------------------------------------------- 4.2
t1("4.2 - FICHE ARTICLE DU PORTAIL")
t2("4.2.1 Structure de la fiche")
para("La fiche article d'origine reprenait la fiche technique papier : une photo, un paragraphe de présentation et un lien vers le catalogue. Elle ne répondait pas à la manière dont un poseur prépare un devis pour son client ou répond à un appel d'offres. Une structure commune aux trois gammes a été définie avec le bureau d'études (M. Girard) et l'ADV (Mme Pineau), puis décrite dans la procédure DOC-ECOM-011. L'ordre des blocs suit l'ordre des questions posées par les poseurs au téléphone, relevées par l'ADV pendant deux semaines en octobre 2025 (312 appels classés).")
table("Structure de la fiche article (ordre d'affichage)", [
    ["N°", "Bloc de la fiche", "Contenu", "Source / responsable"],
    ["1", "Désignation normalisée", "Gamme, type, nombre de vantaux, ouverture, matériau", "Charte DOC-ECOM-014 / J. Caillaud"],
    ["2", "Visuels", "Vue principale, vues de détail, visionneuse 360°, sélecteur de teinte", "Studio Volumique"],
    ["3", "Dimensions", "Largeur et hauteur mini / maxi [mm], poids maxi du vantail [kg]", "Bureau d'études"],
    ["4", "Performances", "Uw [W/m².K], Sw, classement AEV, affaiblissement acoustique [dB]", "DoP / bureau d'études"],
    ["5", "Vitrage", "Composition standard et options (feuilleté, phonique, contrôle solaire)", "Bureau d'études"],
    ["6", "Délai", "Délai de fabrication [semaines] et semaine de livraison estimée selon la tournée", "Logistique / C. Bonnin"],
    ["7", "Prix", "Prix net au palier de remise du poseur connecté, options chiffrées", "Sage X3 (tarif)"],
    ["8", "Documents", "DoP, guide de pose, plan de coupe DWG, fiche d'entretien", "Bureau d'études"],
    ["9", "Configurer", "Accès à Config'Alu avec les cotes pré-remplies", "Bocage Data"],
], [1.0, 3.4, 7.4, 5.0])
para("Le prix n'apparaît qu'une fois le poseur connecté : c'est une consigne de la direction, qui ne souhaite pas de prix public. Pour un visiteur non connecté, le bloc « Prix » est remplacé par un bouton « Ouvrir un compte poseur ».")
t2("4.2.2 Règles de rédaction de la désignation et du descriptif")
para("Six règles de rédaction ont été fixées dans la charte DOC-ECOM-014. Elles s'appliquent à la désignation normalisée et au descriptif de chaque fiche article :")
li("Règle 1 — La désignation normalisée suit toujours le même ordre : nom de gamme, type de menuiserie, nombre de vantaux, type d'ouverture, matériau. Exemple : « Horizon — Coulissant 2 vantaux 2 rails — Aluminium RPT ».")
li("Règle 2 — Le descriptif ne dépasse pas 120 mots et commence par l'usage principal de la menuiserie (neuf, rénovation en dépose totale, rénovation sur dormant existant).")
li("Règle 3 — Toute performance citée est accompagnée de sa valeur et de son unité, issue de la DoP en vigueur (« Uw = 1,4 W/m².K avec vitrage 4/20/4 argon »).")
li("Règle 4 — Aucun superlatif commercial (« le meilleur », « exceptionnel ») : le poseur attend des valeurs, pas des adjectifs.")
li("Règle 5 — Le vocabulaire est celui du glossaire du bureau d'études : dormant, ouvrant, traverse, montant chicane, seuil PMR. Les termes de catalogue grand public (« baie », « châssis ») ne sont pas utilisés dans le descriptif.")
li("Règle 6 — Chaque fiche est relue par le bureau d'études avant publication ; la date de relecture et l'indice de la DoP sont inscrits dans le champ interne de la fiche.")
para("Ces règles ont été appliquées aux 46 fiches des trois gammes entre novembre 2025 et janvier 2026. La relecture par le bureau d'études a fait corriger 19 valeurs de performance qui ne correspondaient plus aux DoP 2025.")
t2("4.2.3 Termes de recherche des poseurs")
para("Les termes ci-dessous ont été relevés dans le moteur de recherche interne du portail (rapport « Recherche sur le site » de Matomo, octobre 2025 à mars 2026) et complétés par les formulations relevées par l'ADV au téléphone.")
table("Termes de recherche des poseurs relevés (octobre 2025 – mars 2026)", [
    ["N°", "Terme relevé", "Recherches [nb]", "Gamme concernée"],
    ["1", "baie coulissante alu à galandage", "214", "Galandage Sirocco"],
    ["2", "menuiserie alu RPT sur mesure pro", "187", "Toutes"],
    ["3", "coulissant 2 vantaux 2400", "176", "Horizon"],
    ["4", "fenêtre oscillo-battante alu", "158", "Lumia"],
    ["5", "galandage", "149", "Galandage Sirocco"],
    ["6", "porte-fenêtre alu seuil PMR", "97", "Lumia"],
    ["7", "RAL 7016 sablé", "93", "Toutes"],
    ["8", "coulissant 3 rails", "81", "Horizon"],
    ["9", "fenêtre alu rénovation sur dormant", "74", "Lumia"],
    ["10", "Uw 1,3", "62", "Toutes"],
    ["11", "baie vitrée alu grande dimension", "58", "Horizon"],
    ["12", "galandage simple rail cloison", "47", "Galandage Sirocco"],
    ["13", "menuiserie bicolore", "41", "Toutes"],
    ["14", "vitrage feuilleté 44.2", "36", "Toutes"],
    ["15", "fenêtre soufflet alu", "29", "Lumia"],
], [1.0, 7.0, 3.0, 5.8])
para("Il est constaté que les poseurs utilisent souvent les termes de leurs clients (« baie », « galandage ») plutôt que les désignations du catalogue.")
t2("4.2.4 Éléments d'aide à la décision du poseur")
para("Chaque élément de la fiche a été examiné du point de vue de la décision du poseur, qui achète pour le compte de son client et doit souvent justifier son choix. Les éléments retenus sont commentés ci-après.")
li("Classement AEV : il est affiché en clair (par exemple « A*4 E*7B V*C3 ») dans le bloc Performances. Un poseur qui répond à un marché doit recopier ce classement dans sa réponse au CCTP ; auparavant, il appelait l'ADV pour l'obtenir, ce qui représentait près d'un appel sur dix relevés en octobre 2025.")
li("Délai affiché avant le panier : la semaine de livraison estimée apparaît sur la fiche et dans le configurateur, avant l'ajout au panier. Le délai est le premier critère de choix cité par les poseurs face à ProFenêtre Direct ; le découvrir après la commande conduisait à des annulations.")
li("Uw et Sw : ces valeurs conditionnent l'éligibilité des clients particuliers du poseur aux aides à la rénovation (Uw ≤ 1,3 et Sw ≥ 0,3 pour une fenêtre). La fiche indique, par vitrage, si le seuil est atteint.")
li("Dimensions mini / maxi : elles évitent la saisie de cotes hors fabrication. Config'Alu bloque les valeurs hors plage et affiche la limite.")
li("Prix net au palier : le poseur voit directement son prix d'achat, options comprises, ce qui lui permet de chiffrer sa marge sans attendre un devis de l'ADV.")
li("DoP et guide de pose téléchargeables : la DoP est exigée par les maîtres d'œuvre et les contrôleurs techniques ; le guide de pose réduit les appels au bureau d'études sur chantier.")
li("Plan DWG : le poseur l'insère dans les plans remis à l'architecte ; c'est une demande récurrente des poseurs qui travaillent sur des marchés de logements collectifs.")

# ---------------------------------------------------------------- 4.3
t1("4.3 - INTÉRÊT DES POSEURS POUR LE CONFIGURATEUR")
para("Pour vérifier que les nouvelles fiches et le nouveau configurateur (visionneuse 360°, sélecteur de teinte) retiennent davantage l'attention des poseurs, le temps passé dans Config'Alu a été suivi dans Matomo, segment « poseurs connectés », sur deux périodes de trois mois.")
table("Temps moyen passé dans le configurateur", [
    ["Période", "Sessions avec configurateur [nb]", "Temps moyen dans Config'Alu [min:s]"],
    ["Septembre – novembre 2025 (ancienne fiche)", "4 120", "2 min 40"],
    ["Janvier – mars 2026 (nouvelle fiche)", "4 460", "4 min 10"],
], [7.0, 4.6, 5.2])
para("Le temps passé dans le configurateur a augmenté de 1 min 30, soit + 56 %. Les poseurs utilisent davantage la visionneuse 360° et comparent plusieurs teintes avant de générer leur devis.")

# ---------------------------------------------------------------- 4.5
t1("4.5 - OBJECTIFS DE TRANSFORMATION")
para("Deux objectifs de transformation ont été fixés avec M. Chaigneau pour l'année 2026. Ils portent sur la capacité du portail à transformer un devis en commande et sur la place du portail dans l'établissement des devis.")
table("Objectifs de transformation 2026 et moyens de vérification", [
    ["Objectif", "Valeur 2025", "Cible au 31/12/2026", "Point au 31/03/2026", "Outil de vérification"],
    ["Taux de transformation des devis du portail en commandes [%]", "38", "45", "40,5", "Matomo : objectif 3 « Devis validé » et objectif 4 « Commande confirmée » ; rapport Oro « Quotes to orders »"],
    ["Part des devis établis par le portail [%]", "48", "60", "53", "Rapport Oro « Quotes » rapproché des devis saisis dans Sage X3"],
], [4.6, 2.0, 2.4, 2.4, 5.4])
para("Les objectifs Matomo ont été paramétrés en novembre 2025 : l'objectif 3 est déclenché par l'affichage de la page de confirmation de devis, l'objectif 4 par la page de confirmation de commande. Le taux de transformation Matomo est rapproché chaque mois du rapport Oro, qui fait foi, car une partie des poseurs refuse le suivi statistique. Au 31/03/2026, l'écart entre les deux sources est de 1,8 point.")
nota("La part des devis du portail est calculée sur l'ensemble des devis de l'entreprise, y compris ceux saisis directement dans Sage X3 par l'ADV. Les devis de chantiers spéciaux (cintrés, hors gamme) sont exclus, car ils ne sont pas configurables.")

# ---------------------------------------------------------------- 4.6
t1("4.6 - LE TUNNEL")
para("Chez Atlantal, le mot « tunnel » désigne d'abord le four tunnel de thermolaquage du sous-traitant, par lequel passent tous les profilés avant assemblage. Ses caractéristiques conditionnent le délai de fabrication affiché sur le portail :")
li("vitesse de la chaîne de convoyage : 6 m/min ;")
li("cuisson de la poudre à 200 °C pendant une dizaine de minutes, après prétraitement et séchage ;")
li("changements de teinte regroupés sur des créneaux fixes : RAL 7016 et 9016 tous les jours, autres teintes par créneaux hebdomadaires, teintes spéciales le vendredi ;")
li("délai de retour des profilés laqués : 5 jours ouvrés en teinte standard, 8 jours en teinte hors créneau.")
para("C'est cette organisation par créneaux de teinte qui explique qu'une menuiserie RAL 7016 puisse être livrée en 3 semaines alors qu'une teinte rare demande une semaine supplémentaire.")
para("La chaîne devis → commande du portail, depuis la connexion du poseur jusqu'à la livraison, comprend les sept étapes suivantes :")
li("1. Connexion du poseur à son compte Atlantal Pro ;")
li("2. Configuration de la menuiserie dans Config'Alu (cotes, ouverture, teinte, vitrage, options) ;")
li("3. Génération du devis au prix net du poseur ;")
li("4. Validation du devis par le poseur, qui le transforme en commande ;")
li("5. Versement de l'acompte ;")
li("6. Émission de l'ARC par l'ADV ;")
li("7. Communication de la semaine de livraison.")

# ---------------------------------------------------------------- 4.7
t1("4.7 - ÉLÉMENTS PERTURBATEURS ET ACTIONS CORRECTIVES")
para("Trois perturbations de la chaîne devis → commande ont été relevées à partir des réclamations reçues par l'ADV, des enregistrements de sessions du configurateur et d'un test réalisé par le rédacteur avec cinq poseurs volontaires en janvier 2026. Pour chacune, une action corrective a été décidée avec un responsable et une échéance.")
table("Perturbations de la chaîne devis → commande et actions correctives", [
    ["Perturbation constatée", "Effet observé", "Action corrective", "Responsable", "Échéance", "État au 20/04"],
    ["Le configurateur se réinitialise quand le poseur change de teinte (cotes et options perdues)", "Devis abandonnés en cours de saisie ; 41 réclamations entre octobre et décembre 2025", "Conservation des cotes et options en session lors d'un changement de teinte ; seules les options incompatibles sont signalées", "Bocage Data (recette : J. Caillaud)", "15/03/2026", "Soldé le 11/03"],
    ["La semaine de livraison n'apparaît que sur l'ARC, après la commande", "Poseurs qui commandent sans connaître la date puis annulent ; 17 annulations au 4e trimestre 2025", "Affichage de la semaine estimée sur la fiche, dans le configurateur et au panier, calculée d'après le calendrier des tournées et les créneaux de laquage", "C. Bonnin et Bocage Data", "30/05/2026", "En cours (recette en mai)"],
    ["Le devis PDF pèse 9 Mo (vues non compressées, logo en haute définition)", "Devis bloqués par les messageries des poseurs ; impression lente sur chantier", "Vues WebP 800 px intégrées, logo vectoriel, une seule vue par ligne de devis ; cible < 1 Mo", "J. Caillaud", "31/01/2026", "Soldé : 620 Ko en moyenne"],
], [3.4, 3.2, 3.8, 2.2, 1.8, 2.2])
para("L'efficacité de ces corrections sera suivie sur le taux de transformation des devis (chapitre 4.5) et sur le nombre de réclamations ADV liées au portail, relevé chaque mois.")

# ================================================================== 5 - BLOC 5
t1("5 - PILOTAGE DU PROJET PORTAIL PRO V2 ET DES FLUX", page=True)
para("Grille d'évaluation — Bloc 5", S_T2)
para("(grille reprise du kit de l'organisme de formation — à joindre au dossier)")
grille = [
    "Le cahier des charges est rédigé en respectant un plan détaillé.",
    "Les objectifs sont segmentés en objectifs généraux, spécifiques et techniques.",
    "Les objectifs sont formulés et sont nécessaires et suffisants pour la réalisation du projet.",
    "Les directives de la direction générale ou commerciale sont respectées et incluses dans le cahier des charges.",
    "Une liste de critères objectifs de sélection de prestataires démontre la pertinence des choix dans le contexte d'activité.",
    "Les mentions légales sont visibles sur le site.",
    "Les CGV sont conformes à la réglementation et vérifiées par des juristes.",
    "Les CGV ou CGU sont analysées.",
    "Des adaptations visant une mise en conformité par rapport au RGPD sont proposées dans le respect des recommandations de la CNIL.",
    "Les objectifs des réunions ou entretiens individuels sont clairement énoncés",
    "Les actions positives des collaborateurs sont reconnues et valorisées",
    "L'analyse de l'activité de production de l'équipe est précisé par les indicateurs de performance individuelle",
    "Les choix d'organisation du stock, de gestion de flux et de traitement des commandes devront être argumentés et critériés (conditions de traçabilité, critères de contrôles pour chaque type de traitement)",
    "L'étude de la réduction des étapes inutiles montre l'optimisation du processus de traitement des commandes",
    "Les solutions de stockage (rayonnages pour picking, rayonnages dynamique (FIFO), rayonnage à palette push-back, transstockeurs, convoyeurs...) sont adaptées à l'activité",
    "La liste des prestataires de transport sélectionnés est classée par ordre de performance de coût (frais de port) et d'impact RSE",
    "La mesure de la satisfaction client sur la livraison est démontrée",
]
table("Grille d'évaluation — Bloc 5 : Piloter un projet e-commerce", [["Critères d'évaluation", "Acquis", "Non acquis", "Observations du jury"]] + [[g, "", "", ""] for g in grille],
      [9.6, 1.6, 1.8, 3.8])

# ---------------------------------------------------------------- 5.1
t1("5.1 - EXPRESSION DE BESOIN — PORTAIL PRO V2")
t2("5.1.1 Plan de l'expression de besoin")
para("Le portail de 2021 arrive en fin de version (OroCommerce 4.2, configurateur non maintenu). Il a été décidé en septembre 2025 de lancer une version 2. L'expression de besoin DOC-ECOM-019 a été rédigée par le rédacteur entre septembre et octobre 2025, relue par M. Chaigneau, Mme Pineau et M. Girard, puis diffusée à trois intégrateurs le 14/10/2025. Son plan détaillé est le suivant :")
for ln, lvl in [
    ("1. Contexte", 1),
    ("1.1 Présentation d'Atlantal, de ses gammes et de ses clients poseurs", 2),
    ("1.2 Portail actuel : architecture, volumes (620 comptes, 48 % des devis, 21 % des commandes), limites constatées", 2),
    ("1.3 Enjeux du projet et consignes de la direction générale", 2),
    ("2. Périmètre", 1),
    ("2.1 Inclus : portail poseurs, configurateur, devis, commande, acompte, suivi de commande, documents techniques", 2),
    ("2.2 Exclus : site vitrine grand public, application de pose, module SAV (projet 2027)", 2),
    ("3. Besoins fonctionnels", 1),
    ("3.1 Comptes poseurs : multi-utilisateurs par entreprise, droits (chiffrage seul / commande), palier de remise", 2),
    ("3.2 Configurateur : reprise des règles de Config'Alu, contrôle des cotes mini / maxi, sélecteur de teinte, visionneuse 360°", 2),
    ("3.3 Devis : génération PDF légère, duplication, transformation en commande sans ressaisie", 2),
    ("3.4 Commande et acompte : paiement de l'acompte par carte ou virement, encours autorisé pour les comptes à terme", 2),
    ("3.5 Suivi : statut de l'OF, semaine de livraison, ARC et factures téléchargeables", 2),
    ("3.6 Documents techniques : DoP, guides de pose, plans DWG par article", 2),
    ("4. Interface avec l'ERP Sage X3", 1),
    ("4.1 Flux descendants : articles, tarifs, paliers de remise, encours clients", 2),
    ("4.2 Flux montants : devis validés, commandes, acomptes", 2),
    ("4.3 Retours d'état : OF lancé, fabriqué, chargé, livré", 2),
    ("4.4 Fréquence des échanges, gestion des erreurs et des rejets", 2),
    ("5. Reprise des données", 1),
    ("5.1 Comptes et utilisateurs, historique des devis sur 24 mois, fiches article et médias", 2),
    ("6. Planning et jalons", 1),
    ("7. Budget", 1),
    ("8. Recette et acceptation", 1),
    ("8.1 Cahier de recette, scénarios poseurs, jeux de données", 2),
    ("8.2 Critères d'acceptation, vérification d'aptitude puis vérification de service régulier sur 4 semaines", 2),
]:
    li(ln, lvl)
para("Chaque partie comporte un tableau d'exigences numérotées, classées « indispensable » ou « souhaitable », auquel les intégrateurs ont répondu ligne par ligne (conforme, partiellement conforme, non conforme, avec chiffrage).")
t2("5.1.2 Consignes de la direction générale")
para("Les consignes de Mme Rabreau-Guérin ont été données lors du lancement du projet le 08/09/2025 et reportées dans la partie 1.3 de l'expression de besoin. Elles ont été appliquées comme suit :")
li("Plafond de budget de 180 k€ HT, intégration, reprise des données et première année de maintenance comprises : le plafond figure dans la partie 7 et toute proposition au-dessus a été écartée ou renégociée (voir 5.2).")
li("Mise en service avant le salon professionnel d'automne, où le portail V2 doit être présenté aux poseurs : le jalon de mise en service est fixé au 15/09/2026 dans la partie 6, avec une vérification de service régulier terminée avant le salon.")
li("Conservation de Sage X3 : aucun changement d'ERP n'est envisagé ; la partie 4 impose un connecteur au X3 existant, sans modification du paramétrage de production.")
li("Aucun prix public : le portail reste fermé aux non-clients pour les prix ; la partie 3.1 impose un affichage des prix uniquement après connexion et au palier du compte.")
t2("5.1.3 Objectifs du projet")
para("Les objectifs du projet ont été classés en trois niveaux dans l'expression de besoin :")
table("Objectifs du projet Portail Pro V2", [
    [("Objectifs", 3), None, None],
    ["Généraux", "Spécifiques", "Techniques"],
    ["Fluidifier la chaîne devis → commande", "Améliorer la prise de commande en ligne par les poseurs", "voir Bocage Data"],
    ["Développer l'usage du portail par les poseurs du Grand Ouest", "Rendre le configurateur plus rapide et plus simple", ""],
    ["Réduire les ressaisies à l'ADV", "Mieux informer le poseur sur sa date de livraison", ""],
    ["Renforcer l'image d'Atlantal face aux vendeurs en ligne", "Faciliter l'accès aux documents techniques", ""],
], [5.6, 5.6, 5.6], head=2)
nota("Les objectifs techniques seront précisés avec l'intégrateur retenu lors de l'atelier de conception.")

# ---------------------------------------------------------------- 5.2
t1("5.2 - CHOIX DE L'INTÉGRATEUR")
para("Trois intégrateurs ont répondu à l'expression de besoin : Bocage Data (La Roche-sur-Yon), intégrateur actuel ; Ligéris Commerce (Nantes), spécialiste du commerce B2B ; Oxalia Digital (Rennes), agence généraliste. Une grille de cotation à huit critères pondérés a été établie avant l'ouverture des offres et validée par M. Chaigneau, afin que le choix ne repose pas sur le seul prix. Chaque critère est noté de 1 à 5 à partir des réponses écrites et d'une soutenance de deux heures par intégrateur (semaine 47).")
table("Grille de cotation des intégrateurs (notes de 1 à 5, pondération en %)", [
    ["Critère", "Poids [%]", "Bocage Data", "Ligéris Commerce", "Oxalia Digital"],
    ["Expérience OroCommerce (projets livrés, certification)", "20", "4", "5", "2"],
    ["Connecteur Sage X3 éprouvé", "20", "5", "3", "3"],
    ["Références dans l'industrie et le négoce du bâtiment", "10", "4", "4", "2"],
    ["Prix total dans le plafond de 180 k€ HT", "15", "4 (168 k€)", "5 (142 k€)", "1 (195 k€)"],
    ["Planning compatible avec le salon d'automne", "10", "4", "3", "3"],
    ["Maintenance et délais d'intervention", "10", "4", "3", "4"],
    ["Méthode de reprise de données et de recette", "10", "5", "3", "3"],
    ["Proximité et disponibilité sur site", "5", "5", "4", "2"],
    ["Note pondérée [/5]", "100", "4,35", "3,85", "2,45"],
], [6.6, 1.8, 2.8, 2.8, 2.8])
para("Bocage Data a été retenu le 04/12/2025. Ligéris Commerce était le moins cher et le plus expérimenté sur OroCommerce, mais sa réponse sur le connecteur Sage X3 reposait sur un développement à faire, ce qui faisait porter le risque principal du projet sur l'interface ERP. Bocage Data maintient déjà le connecteur actuel, connaît les règles de Config'Alu et propose une reprise des devis sur 24 mois. Oxalia Digital dépassait le plafond fixé par la direction et n'avait pas de référence B2B comparable. Le prix de Bocage Data a été ramené de 176 à 168 k€ HT en négociation, par le retrait de la visionneuse 360° de leur périmètre (elle est fournie par le studio).")

# ---------------------------------------------------------------- 5.3
t1("5.3 - CONDITIONS GÉNÉRALES DE VENTE AUX PROFESSIONNELS")
para("Les CGV d'Atlantal (version 2024-2) sont jointes à chaque ARC et acceptées par case à cocher lors de la première commande sur le portail. Dans le cadre du projet V2, les clauses qui concernent directement la commande en ligne de menuiseries sur mesure ont été relues et comparées aux situations rencontrées par l'ADV en 2025.")
table("Analyse des principales clauses des CGV professionnelles", [
    ["Clause", "Contenu actuel", "Analyse", "Suite donnée"],
    ["Fabrication sur mesure — retours", "Aucune reprise ni échange d'une menuiserie fabriquée aux cotes du client", "Clause justifiée : une menuiserie sur mesure n'est pas revendable. Elle doit être rappelée avant la validation, car 9 demandes de reprise en 2025 venaient d'erreurs de cotes du poseur", "Rappel affiché au panier, case « cotes vérifiées » obligatoire en V2"],
    ["Réserve de propriété", "Atlantal reste propriétaire jusqu'au paiement complet du prix", "Clause protectrice face aux défaillances de poseurs (2 en 2025). Elle doit figurer dans un écrit accepté au plus tard à la livraison : c'est le cas par l'ARC", "Maintenue"],
    ["Pénalités de retard de paiement", "Trois fois le taux d'intérêt légal et indemnité forfaitaire de 40 € pour frais de recouvrement", "Mentions obligatoires entre professionnels, présentes et conformes. L'indemnité de 40 € n'était jamais appliquée par la comptabilité", "Application à partir du 01/01/2026, information des comptes à terme"],
    ["Transfert des risques", "Transfert à la livraison sur chantier (camion Atlantal) ou à l'enlèvement en usine", "Le cas de l'affréteur pour la Bretagne n'était pas prévu : la clause visait les seuls camions Atlantal", "Ajout du cas « livraison par transporteur mandaté » en version 2026-1"],
    ["Réserves à la livraison", "Réserves écrites sur le bon de livraison, confirmées sous 48 h", "Délai court mais connu des poseurs ; les réserves par photo sur téléphone ne sont pas prévues", "Dépôt des réserves avec photos depuis le suivi de commande du portail V2"],
], [3.0, 3.8, 6.0, 4.0])
para("La version 2026-1 des CGV intégrant ces modifications a été transmise au cabinet juridique de l'entreprise.")
nota("Les questions de protection des données personnelles liées au portail sont traitées par notre cabinet juridique et ne sont pas développées dans ce dossier.")

# ---------------------------------------------------------------- 5.4
t1("5.4 - SUIVI DE L'ACTIVITÉ ADV")
para("L'équipe ADV, animée par Mme Aurélie Pineau, compte quatre personnes. Elle reçoit les commandes (portail, e-mail, téléphone), les saisit ou les contrôle dans Sage X3, encaisse les acomptes et émet les ARC. Le nombre de commandes saisies par personne a été extrait de Sage X3 pour le mois de mars 2026.")
table("Commandes saisies par jour et par personne — mars 2026 (moyenne journalière par semaine)", [
    ["Personne", "S10 [cdes/j]", "S11 [cdes/j]", "S12 [cdes/j]", "S13 [cdes/j]", "Total mars [cdes]"],
    ["A. Pineau", "6,2", "5,8", "6,6", "5,4", "123"],
    ["L. Boisseau", "11,4", "12,0", "10,8", "11,6", "231"],
    ["K. Gaborit", "9,8", "10,4", "11,2", "9,0", "208"],
    ["M. Robin", "8,6", "7,2", "9,4", "10,2", "183"],
    ["Total équipe", "36,0", "35,4", "38,0", "36,2", "745"],
], [3.6, 2.4, 2.4, 2.4, 2.4, 3.0])
para("Source : Sage X3, requête « Commandes par utilisateur de création », 21 jours ouvrés.")

# ---------------------------------------------------------------- 5.5
t1("5.5 - STOCK, ORDONNANCEMENT ET FLUX SORTANTS")
t2("5.5.1 Organisation retenue")
para("Atlantal fabrique uniquement à la commande : il n'y a pas de stock de produits finis. Les seuls stocks sont les profilés bruts (barres de 6,5 m), les vitrages commandés au verrier par OF, et les accessoires (poignées, crémones, joints, visserie). L'organisation des flux a été revue avec M. Bonnin dans la perspective du portail V2, qui doit afficher une semaine de livraison fiable. Les choix suivants ont été faits :")
li("Ordonnancement par tournée et non par date de commande : les OF sont regroupés par tournée de livraison (6 tournées hebdomadaires : Vendée nord, Vendée sud, Loire-Atlantique, Maine-et-Loire, Deux-Sèvres / Charente-Maritime, et le départ de l'affréteur pour la Bretagne). Une commande validée avant le jeudi 12 h de la semaine S est affectée à la tournée de S+3. Ce choix évite qu'une menuiserie fabriquée attende une semaine dans l'usine et permet d'annoncer au poseur la semaine exacte dès la commande.")
li("Regroupement des laquages par teinte : les profilés d'une même teinte et d'une même tournée sont envoyés ensemble au laqueur dans le créneau correspondant, ce qui limite les changements de teinte facturés.")
li("Traçabilité par étiquette code-barres de l'OF : chaque menuiserie reçoit au débit une étiquette portant le numéro d'OF, le numéro de commande, le poseur et la tournée. L'étiquette est scannée à chaque poste (débit, usinage, assemblage, vitrage, contrôle, chargement). Le poseur voit l'avancement sur le portail et, en cas de réclamation, on retrouve le lot de profilés, le lot de laquage et le vitrage posé. Cette traçabilité est aussi exigée pour les DoP.")
li("Contrôle au chargement : le chef de quai scanne chaque menuiserie chargée ; une commande incomplète bloque l'édition du bon de livraison.")
t2("5.5.2 Contrôles par type de fabrication")
para("Les contrôles ont été définis par type de produit en fonction du risque de non-conformité et du coût d'un retour sur chantier, qui est estimé entre 180 et 450 € HT selon la distance (déplacement, dépose, refabrication).")
table("Contrôles par type de traitement", [
    ["Type", "Contrôle", "Fréquence", "Critère d'acceptation", "Justification"],
    ["Coulissants et galandages", "Essai d'eau au banc (arrosage sous pression)", "1 menuiserie par série et toutes les dimensions > 3 m", "Aucune infiltration après 15 min", "Les seuils de coulissants concentrent les réclamations d'étanchéité (62 % en 2025)"],
    ["Toutes menuiseries vitrées", "Contrôle du vitrage : composition, intercalaire, cales", "100 %", "Composition conforme à l'OF, étiquette verrier lisible", "Un vitrage non conforme change l'Uw annoncé sur la fiche et la DoP"],
    ["Profilés laqués (réception)", "Épaisseur de laque, adhérence, teinte", "1 barre par lot de laquage", "60 à 80 µm, test de quadrillage sans arrachement, teinte comparée au nuancier", "Défaut de laque visible par le client final, non reprenable sur chantier"],
    ["Fenêtres et portes-fenêtres OB", "Manœuvre de la quincaillerie (ouverture, oscillo, fermeture)", "100 %", "Manœuvre sans point dur, réglage des gâches", "Contrôle rapide qui évite les déplacements du SAV"],
    ["Chargement", "Rapprochement scan / bon de livraison", "100 %", "Toutes les étiquettes de la commande scannées", "Évite les livraisons incomplètes et un second passage"],
], [2.8, 3.4, 2.8, 3.6, 4.2])
t2("5.5.3 Moyens de stockage")
para("Les moyens de stockage actuellement en place dans l'usine sont les suivants :")
li("chevalets en A pour les menuiseries finies en attente de chargement, rangés par tournée dans la zone d'expédition ;")
li("racks cantilever pour les barres de profilés bruts et laqués ;")
li("bacs à bec sur étagères pour les accessoires de quincaillerie et la visserie, à proximité des postes d'assemblage.")

# ---------------------------------------------------------------- 5.6
t1("5.6 - SIMPLIFICATION DU TRAITEMENT DES COMMANDES")
para("Le traitement d'une commande passée par le portail a été décrit étape par étape en décembre 2025, avec chronométrage sur 20 commandes à l'ADV. Le processus comptait 12 étapes et demandait en moyenne 22 min de travail administratif par commande. Les étapes sans valeur ajoutée ont été supprimées ou automatisées ; le processus cible compte 8 étapes, dont une partie est déjà en service depuis février 2026.")
table("Processus de traitement d'une commande portail : avant / après", [
    ["N°", "Avant (décembre 2025)", "Temps [min]", "Après (cible V2)", "Temps [min]"],
    ["1", "Réception du devis validé par e-mail (PDF)", "1", "Validation du devis sur le portail", "0"],
    ["2", "Ressaisie du devis dans Sage X3", "5", "Import automatique de la commande dans X3", "0"],
    ["3", "Vérification technique par le bureau d'études", "3", "Vérification technique des seuls hors-standard", "1,5"],
    ["4", "Appel au poseur pour confirmer cotes et teinte", "3", "Acompte payé en ligne (carte ou virement)", "0,5"],
    ["5", "Relance de l'acompte", "1,5", "ARC généré automatiquement et déposé sur le portail", "1,5"],
    ["6", "Rédaction manuelle de l'ARC", "2", "OF numérique transmis aux tablettes d'atelier", "1"],
    ["7", "Envoi de l'ARC par e-mail", "0,5", "Affectation automatique à la tournée", "1,5"],
    ["8", "Impression de l'OF papier", "0,5", "Facturation à la livraison", "3"],
    ["9", "Signature de l'OF par le chef d'atelier", "0,5", "—", "—"],
    ["10", "Saisie de la tournée sur tableur", "1", "—", "—"],
    ["11", "Appel du poseur pour la date de livraison", "1", "—", "—"],
    ["12", "Facturation", "3", "—", "—"],
    ["", "Total", "22", "Total", "9"],
], [1.0, 5.6, 2.0, 6.2, 2.0])
para("Les suppressions principales sont la ressaisie des devis dans X3, l'appel de confirmation des cotes (remplacé par la case « cotes vérifiées » et les contrôles du configurateur), l'OF papier et l'appel pour la date de livraison, désormais visible sur le portail. Sur 745 commandes par mois, le gain est d'environ 160 heures d'ADV, qui seront consacrées au suivi des chantiers spéciaux et à l'accompagnement des poseurs sur le portail.")

# ---------------------------------------------------------------- 5.7
t1("5.7 - AFFRÈTEMENT ET MESSAGERIE")
para("Trois modes de transport sont utilisés pour les flux sortants. Ils ont été comparés sur le coût moyen par livraison en 2025 et sur le bilan carbone par livraison, calculé avec les facteurs d'émission de la Base Carbone de l'ADEME pour les camions Atlantal et à partir des déclarations des prestataires pour les autres.")
table("Classement des modes de transport par coût et bilan carbone par livraison (2025)", [
    [("Rang", 1, 2), ("Mode de transport", 1, 2), ("Périmètre", 1, 2), ("Coût par livraison", 2), None, ("Livraisons 2025 [nb]", 1, 2)],
    [None, None, None, "[€ HT]", "[kg CO2]", None],
    ["1", "Messagerie (Messagerie Atlantique Express)", "Accessoires, pièces détachées, colis < 30 kg", "14", "2,1", "1 860"],
    ["2", "Camions Atlantal (2 PL 19 t et 1 porteur 12 t, tournées hebdomadaires)", "Vendée, Loire-Atlantique, Maine-et-Loire, Deux-Sèvres, Charente-Maritime", "52", "14,5", "6 940"],
    ["3", "Affréteur (Transports Le Goff Affrètement)", "Bretagne sud (Morbihan, Finistère sud), groupage 1 fois par semaine", "96", "27,0", "610"],
], [1.2, 4.4, 4.6, 1.8, 1.8, 2.6], head=2)
para("Le classement place la messagerie en tête pour les petits colis, mais elle n'est pas utilisable pour les menuiseries (casse, dimensions). Pour les menuiseries, les camions Atlantal restent le mode le moins coûteux et le moins émetteur par livraison, grâce au regroupement par tournée décrit au 5.5. L'affréteur n'est retenu que pour la Bretagne, où le volume ne justifie pas une tournée propre ; le regroupement des livraisons bretonnes sur un seul départ hebdomadaire a fait baisser son coût de 118 à 96 € HT par livraison entre 2024 et 2025.")

t1("5.8 - SATISFACTION À LA LIVRAISON")

# ================================================================== 6 - CONCLUSION
t1("6 - CONCLUSION")
para("Les travaux menés depuis septembre 2025 ont porté en priorité sur ce qui bloquait les poseurs dans leur usage du portail : des fiches article complètes et fiables, des visuels déclinés dans les 38 teintes, un configurateur qui ne perd plus la saisie et un devis qui se transmet sans difficulté. Le taux de transformation des devis progresse (40,5 % à fin mars contre 38 % en 2025) et la part des devis du portail atteint 53 %.")
para("Côté pilotage, l'expression de besoin du Portail Pro V2 a permis de consulter trois intégrateurs sur une base commune et de retenir Bocage Data dans le plafond fixé par la direction. La simplification du traitement des commandes et l'ordonnancement par tournée préparent l'affichage d'une semaine de livraison fiable, qui était la première demande des poseurs.")
para("Les prochaines étapes sont la recette de l'affichage du délai en mai 2026, l'atelier de conception avec Bocage Data en juin, puis la mise en service du portail V2 avant le salon d'automne.")

doc.save(FILE)

# reconditionnement avec horodatage fixe (déterminisme)
with zipfile.ZipFile(FILE) as z:
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(FILE, "w") as z:
    for name, data in items:
        zi = zipfile.ZipInfo(name, date_time=(2026, 4, 22, 17, 10, 0))
        zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
print("ok", FILE)
