# Générateur du dossier de la candidate c112 (Claire Monteil, Mutuelle Solidarité Berry-Sologne, Bourges) —
# blocs 1, 3 et 5. Un seul DOCX : page 1 = note de couverture « Pièce justificative » (section sans en-tête),
# puis le vrai « Dossier de programme » interne (section avec en-tête et pied « Page X / Y ») : fiche de gestion documentaire,
# sommaire automatique (champ TOC pré-rempli, trois niveaux), titres numérotés sur quatre niveaux (Titre 1 à 4),
# ligne « Objet du chapitre » en italique, tableaux légendés au-dessus (« Tableau n° X — … ») avec « Source : »
# en dessous, encadrés gris « Point de vigilance », renvois « cf. § », glossaire et annexes A à C.
# Registre administratif impersonnel. Déterministe : propriétés figées, archive zip ré-horodatée, aucun aléa.
import datetime
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c112-mutuelle-devis-en-ligne")
FILE = os.path.join(OUT, "msbs-programme-adhesion-en-ligne-v1-3.docx")
AUTHOR = "Claire Monteil"
FIXED = datetime.datetime(2026, 6, 1, 18, 20, 0)
ZIPSTAMP = (2026, 6, 1, 18, 20, 0)

FONT = "Arial"
NAVY = RGBColor(0x1F, 0x38, 0x64)
GREY = RGBColor(0x59, 0x59, 0x59)
HEAD_FILL = "D6DCE5"

doc = None
NTAB = [0]


# ------------------------------------------------------------------------------------------- utilitaires
def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fc(par, kind):
    r = par.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), kind)
    r._r.append(e)


def instr(par, code):
    r = par.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " %s " % code
    r._r.append(t)


def field(par, code, size=8):
    fc(par, "begin")
    instr(par, code)
    fc(par, "separate")
    r = par.add_run("1")
    r.font.name = FONT
    r.font.size = Pt(size)
    fc(par, "end")


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def box_par(par, fill="EDEDED", border="7F7F7F"):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        b = OxmlElement("w:%s" % side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "4")
        b.set(qn("w:color"), border)
        bdr.append(b)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


TOKEN = re.compile(r"(\*\*[^*]+\*\*|__[^_]+__)")


def runs(par, text, size=10, bold=False, italic=False, color=None):
    for chunk in TOKEN.split(text):
        if not chunk:
            continue
        if chunk.startswith("**"):
            r = par.add_run(chunk[2:-2])
            r.bold = True
        elif chunk.startswith("__"):
            r = par.add_run(chunk[2:-2])
            r.italic = True
        else:
            r = par.add_run(chunk)
            if bold:
                r.bold = True
        if italic:
            r.italic = True
        r.font.name = FONT
        r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    return par


def P(text, size=11, bold=False, italic=False, color=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=8, before=0,
      keep=False, indent=None):
    par = doc.add_paragraph()
    runs(par, text, size, bold, italic, color)
    pf = par.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    pf.line_spacing = 1.3
    if align is not None:
        par.alignment = align
    if keep:
        pf.keep_with_next = True
    if indent is not None:
        pf.left_indent = Cm(indent)
    return par


def BUL(items, size=11, sym="–", indent=0.9, after=2):
    for it in items:
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.left_indent = Cm(indent)
        pf.first_line_indent = Cm(-0.45)
        pf.space_after = Pt(after)
        pf.line_spacing = 1.3
        pf.tab_stops.add_tab_stop(Cm(indent))
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = par.add_run(sym + "\t")
        r.font.name = FONT
        r.font.size = Pt(size)
        runs(par, it, size)


def NUM(items, size=11, indent=0.9, after=2, fmt="%d)"):
    for k, it in enumerate(items, 1):
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.left_indent = Cm(indent)
        pf.first_line_indent = Cm(-0.6)
        pf.space_after = Pt(after)
        pf.line_spacing = 1.3
        pf.tab_stops.add_tab_stop(Cm(indent))
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = par.add_run((fmt % k) + "\t")
        r.font.name = FONT
        r.font.size = Pt(size)
        runs(par, it, size)


def H(level, text):
    h = doc.add_heading("", level=level)
    runs(h, text, {1: 15, 2: 12.5, 3: 11, 4: 10.5}[level], color=NAVY)
    pf = h.paragraph_format
    pf.space_before = Pt({1: 0, 2: 18, 3: 12, 4: 10}[level])
    pf.space_after = Pt({1: 6, 2: 6, 3: 4, 4: 3}[level])
    pf.keep_with_next = True
    if level == 1:
        pf.page_break_before = True
    if level == 4:
        for r in h.runs:
            r.italic = True
    return h


def OBJ(text):
    P("**Objet du chapitre :** " + text, italic=True, size=10, color=GREY, after=10)


def VIG(text):
    par = doc.add_paragraph()
    runs(par, "Point de vigilance — ", 9.5, bold=True)
    runs(par, text, 9.5)
    box_par(par)
    pf = par.paragraph_format
    pf.space_before = Pt(6)
    pf.space_after = Pt(10)
    pf.left_indent = Cm(0.3)
    pf.right_indent = Cm(0.3)
    pf.line_spacing = 1.1
    par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def TAB(caption, rows, widths, source, size=8.5, first_bold=False, center_cols=(), total=False, numbered=True):
    if numbered:
        NTAB[0] += 1
        cap = doc.add_paragraph()
        runs(cap, "Tableau n° %d — %s" % (NTAB[0], caption), 9, bold=True, color=NAVY)
        cap.paragraph_format.space_before = Pt(6)
        cap.paragraph_format.space_after = Pt(3)
        cap.paragraph_format.keep_with_next = True
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, wd in enumerate(widths):
        t.columns[j].width = Cm(wd)
    last = len(rows) - 1
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            for k, line in enumerate(str(v).split("\n")):
                par = c.paragraphs[0] if k == 0 else c.add_paragraph()
                par.paragraph_format.space_after = Pt(0)
                if j in center_cols and i > 0:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                runs(par, line, size + 1, bold=(i == 0) or (first_bold and j == 0) or (total and i == last))
            if i == 0:
                shade_cell(c, HEAD_FILL)
            elif total and i == last:
                shade_cell(c, "F2F2F2")
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    if source:
        src = doc.add_paragraph()
        runs(src, "Source : " + source, 8, italic=True, color=GREY)
        src.paragraph_format.space_before = Pt(2)
        src.paragraph_format.space_after = Pt(8)
    return t


def page_break():
    par = doc.add_paragraph()
    par.add_run().add_break(WD_BREAK.PAGE)
    par.paragraph_format.space_after = Pt(0)


# ------------------------------------------------------------------------------------------- sommaire
# (niveau, intitulé, page) — pages relevées sur le rendu LibreOffice de la version 1.3
TOC = [
    (1, '1 Diagnostic', "5"),
    (2, '1.1 Contexte et périmètre du programme', "5"),
    (3, '1.1.1 La Mutuelle Solidarité Berry-Sologne', "5"),
    (3, '1.1.2 Le constat : une adhésion encore conduite sur papier', "5"),
    (3, '1.1.3 Périmètre du présent dossier', "6"),
    (2, "1.2 Profils d'adhérents, facteurs d'adhésion et facteurs de renoncement", "6"),
    (3, "1.2.1 Méthode de l'enquête", "6"),
    (3, "1.2.2 Les jeunes retraités sortant d'un contrat collectif", "6"),
    (3, '1.2.3 Les travailleurs non salariés', "6"),
    (3, '1.2.4 Les jeunes actifs', "6"),
    (2, '1.3 Parcours de souscription du jeune retraité', "7"),
    (3, '1.3.1 Le déclencheur : la fin du contrat collectif', "7"),
    (3, '1.3.2 Les cinq étapes du parcours', "7"),
    (2, '1.4 Parangonnage des offres senior', "8"),
    (3, '1.4.1 Périmètre et méthode', "8"),
    (3, '1.4.2 Conclusions du parangonnage', "8"),
    (2, '1.5 Matrice FFOM', "9"),
    (2, "1.6 Retour d'expérience : l'action « Retraite sereine » de l'automne 2025", "9"),
    (1, '2 Stratégie de conquête', "11"),
    (2, '2.1 Cibles de performance 2026', "11"),
    (2, "2.2 Profils d'adhérents prioritaires", "11"),
    (2, '2.3 Offre et tarification proposées en ligne', "12"),
    (3, '2.3.1 Gamme et tarifs', "12"),
    (3, '2.3.2 Règles de souscription en ligne', "12"),
    (2, '2.4 Canaux de conquête et séquencement en trois vagues', "12"),
    (2, '2.5 Conventions de partenariat', "13"),
    (3, '2.5.1 Les communes : le dispositif de « mutuelle communale »', "13"),
    (3, "2.5.2 Les cabinets d'experts-comptables", "13"),
    (3, '2.5.3 Les associations de retraités', "14"),
    (2, '2.6 Calendrier', "14"),
    (3, '2.6.1 Périodes retenues', "14"),
    (3, '2.6.2 Échéancier et charge de travail', "14"),
    (2, '2.7 Budget prévisionnel', "15"),
    (3, '2.7.1 Dépenses et cotisations attendues par canal', "15"),
    (3, '2.7.2 Coût par adhésion', "16"),
    (3, '2.7.3 Écarts entre budget prévisionnel et réalisé, mesures proposées', "16"),
    (1, '3 Visibilité et acquisition', "17"),
    (2, "3.1 Plan d'actions de visibilité", "17"),
    (3, '3.1.1 Hiérarchisation des actions', "17"),
    (3, '3.1.2 Outils de mesure du trafic', "17"),
    (3, '3.1.3 Évolution de la visibilité dans les résultats de recherche', "17"),
    (2, '3.2 Mots-clés', "18"),
    (3, '3.2.1 Méthode de construction de la matrice', "18"),
    (3, '3.2.2 Contexte lexical et concurrentiel', "18"),
    (3, '3.2.3 Matrice des mots-clés', "19"),
    (3, '3.2.4 Maillage thématique', "20"),
    (2, '3.3 Partenaires apporteurs de trafic', "21"),
    (3, '3.3.1 Sites des communes, des CCAS et des associations', "21"),
    (3, '3.3.2 Domaines référents et positions', "21"),
    (3, '3.3.3 Bilan consolidé des actions de référencement naturel', "22"),
    (2, '3.4 Campagne de liens sponsorisés', "22"),
    (3, '3.4.1 Structure de la campagne', "22"),
    (3, '3.4.2 Mots-clés retenus et exclusions', "22"),
    (3, "3.4.3 Pages d'atterrissage", "23"),
    (3, '3.4.4 Annonces', "23"),
    (1, '4 Pilotage', "24"),
    (2, '4.1 Outils de mesure', "24"),
    (3, "4.1.1 Méthode de choix de l'outil de mesure d'audience", "24"),
    (3, '4.1.2 Tableaux de bord', "24"),
    (2, '4.2 Indicateurs de pilotage (IdP)', "25"),
    (3, '4.2.1 Liste commentée des IdP', "25"),
    (3, "4.2.2 Lecture de l'entonnoir de souscription", "25"),
    (2, '4.3 Suivi des campagnes et taux de retour sur dépense', "26"),
    (3, '4.3.1 Tableau de suivi mensuel', "26"),
    (3, '4.3.2 Taux de retour sur dépense', "26"),
    (2, '4.4 Atteinte des cibles de performance', "27"),
    (2, '4.5 Actions correctives', "27"),
    (1, '5 Expression de besoins et organisation', "28"),
    (2, '5.1 Expression de besoins du module de souscription', "28"),
    (3, "5.1.1 Plan de l'expression de besoins", "28"),
    (3, '5.1.2 Cadrage fixé par la directrice générale', "28"),
    (3, '5.1.3 Objectifs du module', "29"),
    (2, '5.2 Sélection du prestataire', "29"),
    (2, '5.3 Conformité juridique', "30"),
    (3, '5.3.1 Mentions légales', "30"),
    (3, '5.3.2 Règlement mutualiste et vente à distance', "30"),
    (3, '5.3.3 Protection des données personnelles', "31"),
    (2, "5.4 Organisation et pilotage de l'équipe projet", "32"),
    (3, '5.4.1 Instances de suivi', "32"),
    (3, '5.4.2 Entreposage et archivage', "32"),
    (3, '5.4.3 Activité du plateau conseil', "32"),
    (3, "5.4.4 Organisation du traitement des dossiers d'adhésion", "32"),
    (2, '5.5 Du devis à la carte de tiers payant', "33"),
    (3, '5.5.1 Réduction des étapes du processus', "33"),
    (3, "5.5.2 Modes d'envoi de la carte de tiers payant", "34"),
    (3, '5.5.3 Satisfaction des adhérents', "34"),
    (1, '6 Glossaire', "35"),
    (1, "Annexe A — Questionnaire de l'enquête d'octobre 2025", "36"),
    (1, 'Annexe B — Calendrier des instances de gouvernance 2026', "37"),
    (1, 'Annexe C — Règlement mutualiste : rédaction proposée', "38"),
]


def toc():
    P("Sommaire", size=15, bold=True, color=NAVY, align=WD_ALIGN_PARAGRAPH.LEFT, after=10)
    first = doc.add_paragraph()
    fc(first, "begin")
    instr(first, 'TOC \\o "1-3" \\h \\z \\u')
    fc(first, "separate")
    paras = [first]
    for k, (lvl, title, page) in enumerate(TOC):
        par = first if k == 0 else doc.add_paragraph()
        if k:
            paras.append(par)
        pf = par.paragraph_format
        pf.space_after = Pt(1 if lvl > 1 else 2)
        pf.space_before = Pt(5 if lvl == 1 else 0)
        pf.left_indent = Cm({1: 0, 2: 0.6, 3: 1.2}[lvl])
        pf.tab_stops.add_tab_stop(Cm(16.4), alignment=2, leader=1)
        r = par.add_run("%s\t%s" % (title, page))
        r.font.name = FONT
        r.font.size = Pt({1: 10, 2: 9.5, 3: 9}[lvl])
        if lvl == 1:
            r.bold = True
    fc(paras[-1], "end")


# ------------------------------------------------------------------------------------------- page 1 : note de couverture
def cover_note():
    P("Titre professionnel Chef de projet e-commerce — session 2026", size=9, color=GREY, align=WD_ALIGN_PARAGRAPH.LEFT, after=2)
    P("Pièce justificative — blocs 1, 3 et 5", size=17, bold=True, color=NAVY, align=WD_ALIGN_PARAGRAPH.LEFT, after=14)
    for k, v in [("Candidate", "Claire Monteil, chargée de projets digitaux"),
                 ("Structure", "Mutuelle Solidarité Berry-Sologne (MSBS), Direction du Développement — Bourges (Cher)"),
                 ("Tuteur", "Hervé Pasquier, directeur du développement"),
                 ("Parcours", "formation continue, blocs 1, 3 et 5"),
                 ("Pièce remise", "« Programme ADHÉSION 100 % EN LIGNE — Dossier de programme », réf. DDEV/2026/014, version 1.3")]:
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.left_indent = Cm(3.2)
        pf.first_line_indent = Cm(-3.2)
        pf.tab_stops.add_tab_stop(Cm(3.2))
        pf.space_after = Pt(2)
        runs(par, "**%s**\t%s" % (k, v), 10)
    P("", after=6)
    P("Chargée de projets digitaux à la Mutuelle Solidarité Berry-Sologne depuis 2019, après six années comme "
      "gestionnaire prestations, je présente le document de programme que j'ai rédigé entre décembre 2025 et mai "
      "2026 pour le Comité de direction. Il est remis tel qu'il circule dans l'entreprise, dans sa version 1.3 "
      "examinée en Comité de direction le mardi 2 juin 2026.")
    P("Le programme vise à permettre à un futur adhérent de faire son devis, de souscrire et de signer son adhésion"
      " entièrement en ligne. En 2024, seules 7 % des adhésions individuelles nouvelles ont été conclues de bout en"
      " bout sur le site.")
    P("Correspondance entre les chapitres du dossier et les blocs présentés :", bold=True, after=3)
    BUL([
        "**Bloc 1** — chapitre 1 « Diagnostic » et chapitre 2 « Stratégie de conquête » ;",
        "**Bloc 3** — chapitre 3 « Visibilité et acquisition » et chapitre 4 « Pilotage » ;",
        "**Bloc 5** — chapitre 5 « Expression de besoins et organisation » ;",
        "le glossaire (chapitre 6) et les annexes A à C complètent l'ensemble.",
    ])
    P("Document classé « Diffusion restreinte » : sa transmission au jury a été autorisée par la Direction générale le "
      "20 mai 2026.", before=6)
    P("Bourges, le 1er juin 2026", align=WD_ALIGN_PARAGRAPH.RIGHT, before=16, after=0)
    P("Claire Monteil", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)


# ------------------------------------------------------------------------------------------- page de titre du programme
def title_page():
    P("MUTUELLE SOLIDARITÉ BERRY-SOLOGNE", size=10, bold=True, color=GREY, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    P("Mutuelle régie par le livre II du Code de la mutualité — Direction du Développement (DDEV)", size=8.5, color=GREY,
      align=WD_ALIGN_PARAGRAPH.LEFT, after=40)
    P("Programme ADHÉSION 100 % EN LIGNE", size=24, bold=True, color=NAVY, align=WD_ALIGN_PARAGRAPH.LEFT, after=4)
    P("Dossier de programme", size=16, color=NAVY, align=WD_ALIGN_PARAGRAPH.LEFT, after=6)
    P("Diagnostic, stratégie de conquête, visibilité, pilotage et expression de besoins du module de souscription en ligne",
      size=11, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=40)
    P("Fiche de gestion documentaire", size=11, bold=True, color=NAVY, align=WD_ALIGN_PARAGRAPH.LEFT, after=2)
    P("Référence : DDEV/2026/014 — Statut : soumis au Comité de direction (CoDir) du mardi 2 juin 2026 — Classification : "
      "diffusion restreinte, ne pas transmettre hors de la mutuelle.", size=9, align=WD_ALIGN_PARAGRAPH.LEFT, after=4)
    TAB("", [
        ["Version", "Date", "Rédactrice", "Vérificateur / approbateur", "Diffusion", "Objet de la révision"],
        ["1.0", "lundi 15 décembre 2025", "Claire Monteil (DDEV)", "Hervé Pasquier / Catherine Auclair (DG)",
         "CoDir", "Diagnostic et stratégie de conquête (chapitres 1 et 2)"],
        ["1.1", "lundi 2 février 2026", "Claire Monteil (DDEV)", "Hervé Pasquier",
         "CoDir, DSI", "Visibilité et acquisition (chapitre 3), première expression de besoins du module"],
        ["1.2", "lundi 23 mars 2026", "Claire Monteil (DDEV)", "Hervé Pasquier / Catherine Auclair (DG)",
         "CoDir, DSI, DPO", "Choix du prestataire, conformité juridique, organisation (chapitre 5)"],
        ["1.3", "vendredi 29 mai 2026", "Claire Monteil (DDEV)", "Hervé Pasquier / Catherine Auclair (DG)",
         "CoDir, DSI, DPO, plateau conseil, responsables d'agence",
         "Résultats de janvier à avril 2026, pilotage (chapitre 4), écarts budgétaires, glossaire"],
    ], [1.8, 2.4, 2.3, 3.1, 3.0, 3.8], None, size=8.5, numbered=False, center_cols=(0,))
    P("Membres de la diffusion nominative : Laurence Dubreuil, déléguée à la protection des données (DPO) ; Mathieu "
      "Berthon, directeur des systèmes d'information (DSI) ; Sabrina Lemoine, responsable du plateau conseil.",
      size=8.5, italic=True, color=GREY, before=4)


# ------------------------------------------------------------------------------------------- chapitre 1
def chapter1():
    H(1, "1 Diagnostic")
    OBJ("établir l'état des lieux de l'adhésion individuelle à la mutuelle, caractériser les profils d'adhérents à "
        "conquérir et leur parcours de souscription, situer l'offre senior face à la concurrence et tirer les "
        "enseignements de la dernière action de conquête.")
    H(2, "1.1 Contexte et périmètre du programme")
    H(3, "1.1.1 La Mutuelle Solidarité Berry-Sologne")
    P("La Mutuelle Solidarité Berry-Sologne (MSBS), mutuelle régie par le livre II du Code de la mutualité dont le "
      "siège est à Bourges, est issue de la société de secours mutuels fondée en 1927 par les cheminots du dépôt de"
      " Vierzon. Elle couvre aujourd'hui les particuliers et les entreprises du Cher, de l'Indre et du "
      "Loir-et-Cher, sous le contrôle de l'Autorité de contrôle prudentiel et de résolution (ACPR).")
    P("La mutuelle emploie 58 salariés, au siège, dans six agences (Bourges, Vierzon, Châteauroux, Issoudun, "
      "Saint-Amand-Montrond, Romorantin-Lanthenay) et sur un plateau conseil téléphonique de sept positions. Elle "
      "protège 39 600 personnes (23 400 adhérents) pour 38,6 M€ de cotisations hors taxes en 2025, dont 41 % en "
      "contrats collectifs ; le programme ne porte que sur les contrats individuels.")
    TAB("Chiffres clés de la mutuelle et de l'adhésion individuelle (2023-2025)", [
        ["Indicateur", "2023", "2024", "2025"],
        ["Adhérents (au 31 décembre)", "23 900", "23 650", "23 400"],
        ["Personnes protégées (adhérents et ayants droit)", "40 300", "39 900", "39 600"],
        ["Cotisations hors taxes", "37,1 M€", "37,9 M€", "38,6 M€"],
        ["Adhésions individuelles nouvelles", "2 870", "2 940", "3 080"],
        ["dont conclues intégralement en ligne", "172", "206", "293"],
        ["Part des adhésions conclues en ligne", "6,0 %", "7,0 %", "9,5 %"],
        ["Résiliations de contrats individuels", "3 120", "3 190", "3 310"],
        ["Délai moyen du devis à l'adhésion", "21 jours", "20 jours", "19 jours"],
    ], [8.6, 2.5, 2.5, 2.5], "Assurtis G3, états de production au 31 décembre ; rapport de gestion 2025.", center_cols=(1, 2, 3),
        first_bold=True)
    H(3, "1.1.2 Le constat : une adhésion encore conduite sur papier")
    P("Le site de la mutuelle, sous Drupal 10 depuis sa refonte de 2024, propose un devis en ligne qui n'aboutit "
      "qu'exceptionnellement à une souscription : le parcours type enchaîne simulation, rappel par le plateau "
      "conseil, rendez-vous en agence, bulletin papier et photocopies transmis au siège par navette, puis saisie "
      "manuelle dans le logiciel de gestion Assurtis G3. En 2024, 68 % des devis en ligne n'ont donné lieu à aucun "
      "contact ultérieur.")
    P("Dans le même temps, les résiliations dépassent les adhésions nouvelles depuis trois exercices, sous l'effet "
      "de la résiliation infra-annuelle (RII), ouverte depuis le 1er décembre 2020, et des acteurs entièrement "
      "numériques. Le mardi 14 octobre 2025, le CoDir a confié le programme « ADHÉSION 100 % EN LIGNE » à la "
      "Direction du Développement (DDEV), sous la responsabilité de M. Hervé Pasquier ; la conduite opérationnelle "
      "revient à Mme Claire Monteil, chargée de projets digitaux.")
    H(3, "1.1.3 Périmètre du présent dossier")
    P("Le dossier couvre les contrats individuels de complémentaire santé, le parcours de devis et de souscription,"
      " les canaux de conquête et le traitement des adhésions jusqu'à l'émission de la carte de tiers payant (TP). "
      "Les contrats collectifs, la prévoyance et l'espace adhérent sont hors périmètre.")

    H(2, "1.2 Profils d'adhérents, facteurs d'adhésion et facteurs de renoncement")
    H(3, "1.2.1 Méthode de l'enquête")
    P("Une enquête a été conduite du lundi 6 au vendredi 31 octobre 2025, en ligne et par téléphone, auprès des "
      "adhérents entrés entre 2023 et 2025 (512 réponses), des personnes ayant fait un devis sans adhérer (441) et "
      "d'habitants des trois départements (227), soit **1 180 répondants** (marge d'erreur de ± 2,9 points). Le "
      "questionnaire figure en annexe A.")
    P("Trois profils d'adhérents se détachent ; 174 répondants n'entrent dans aucun d'eux.")
    H(3, "1.2.2 Les jeunes retraités sortant d'un contrat collectif")
    P("Âgés de 60 à 67 ans (402 répondants), ils perdent à la liquidation de leur pension le contrat collectif de "
      "leur employeur et la participation patronale. Le maintien de garanties proches de celles de l'entreprise les"
      " motive (71 %) ; le niveau de cotisation les retient (63 %), suivi de la complexité des démarches papier (44"
      " %).")
    H(3, "1.2.3 Les travailleurs non salariés")
    P("Artisans, commerçants et professions libérales (travailleurs non salariés, TNS, 286 répondants) privilégient"
      " la déductibilité « Madelin » (62 %) et une souscription sans rendez-vous (57 %) ; le manque de temps pour "
      "comparer (47 %) les freine après le prix.")
    H(3, "1.2.4 Les jeunes actifs")
    P("Âgés de 18 à 30 ans, en contrat court, en intérim ou sans emploi (318 répondants), ils sont sensibles au "
      "prix d'entrée (74 %) et à une souscription depuis un téléphone (66 %). Près d'un sur deux reste couvert par "
      "le contrat de ses parents (48 %).")
    TAB("Facteurs d'adhésion et facteurs de renoncement par profil d'adhérents", [
        ["Profil (effectif)", "Facteurs d'adhésion (part des répondants)", "Facteurs de renoncement (part des répondants)"],
        ["Jeunes retraités sortant d'un contrat collectif (n = 402)",
         "Garanties proches du contrat d'entreprise : 71 %\nInterlocuteur local, agence de proximité : 58 %\n"
         "Tarif lisible, sans hausse brutale avec l'âge : 54 %\nTiers payant optique, dentaire et audition : 49 %",
         "Cotisation jugée élevée face à l'ancien contrat : 63 %\nDémarches papier jugées complexes : 44 %\n"
         "Maintien proposé par l'assureur de l'entreprise : 38 %\nCrainte d'un délai de carence : 21 %"],
        ["Travailleurs non salariés (n = 286)",
         "Déductibilité « Madelin » des cotisations : 62 %\nSouscription rapide, sans rendez-vous : 57 %\n"
         "Couverture de toute la famille : 46 %\nConseiller joignable par téléphone : 41 %",
         "Prix : 52 %\nManque de temps pour comparer : 47 %\nContrats jugés illisibles : 33 %\n"
         "Passage par un comparateur : 29 %"],
        ["Jeunes actifs de 18 à 30 ans (n = 318)",
         "Prix d'entrée bas : 74 %\nSouscription entièrement sur téléphone : 66 %\n"
         "Remboursements rapides : 51 %\nPrise en charge des médecines douces : 28 %",
         "Couvert par le contrat des parents : 48 %\nContrat collectif de l'employeur : 39 %\n"
         "Méconnaissance du fonctionnement d'une mutuelle : 35 %\nPréférence pour un assureur numérique : 31 %"],
    ], [4.2, 6.0, 6.0], "enquête DDEV d'octobre 2025 (n = 1 180), questions 7 et 8, réponses multiples.", first_bold=True)

    H(2, "1.3 Parcours de souscription du jeune retraité")
    H(3, "1.3.1 Le déclencheur : la fin du contrat collectif")
    P("Le parcours du jeune retraité commence par un événement administratif : la fin de son contrat collectif à la"
      " liquidation de sa retraite. L'ancien salarié peut demander dans les six mois le maintien de sa couverture "
      "auprès de l'assureur de l'entreprise (article 4 de la loi n° 89-1009 du 31 décembre 1989, dite « loi Évin "
      "»), avec une cotisation plafonnée à 100 %, 125 % puis 150 % du tarif des actifs. Selon l'enquête, 57 % des "
      "jeunes retraités découvrent le montant de cette cotisation au premier avis d'échéance, deux mois après leur "
      "départ.")
    P("Les trois mois qui précèdent le départ et le mois qui suit la réception du courrier de fin de contrat constituent "
      "donc les moments décisifs du parcours (cf. § 2.6.1).")
    H(3, "1.3.2 Les cinq étapes du parcours")
    TAB("Parcours de souscription du jeune retraité", [
        ["Étape", "Ce que vit le futur adhérent", "Points de contact", "Facteurs en jeu", "Réponse du programme"],
        ["1. Prise de conscience\n(J - 90 à J + 60)", "Annonce du départ, courrier de fin de contrat, premier "
         "avis d'échéance du maintien « loi Évin »",
         "Service RH de l'employeur, assureur de l'entreprise, entourage", "Perte de la participation patronale, "
         "crainte de la hausse avec l'âge", "Action « Retraite sereine » ; réunions d'information ; contenus « fin de "
         "contrat collectif »"],
        ["2. Recherche d'information", "Recherche sur internet (« mutuelle retraité », « garder sa mutuelle "
         "d'entreprise à la retraite »), questions aux proches", "Moteur de recherche, forums, associations de "
         "retraités, mairie", "Besoin d'un interlocuteur local, vocabulaire mal maîtrisé", "Maillage thématique senior "
         "(cf. § 3.2.4) ; pages locales ; conventions communales"],
        ["3. Comparaison des offres", "Deux à quatre devis, dont celui de l'assureur de "
         "l'entreprise", "Comparateur Assurimo, sites des mutuelles, agence", "Prix, niveau dentaire et "
         "audition, délais de carence", "Devis comparable, exemples de remboursement, rappel "
         "sous 24 heures ouvrées"],
        ["4. Souscription", "Saisie des bénéficiaires, du numéro de sécurité sociale, dépôt des pièces, mandat de "
         "prélèvement, signature", "Site, plateau conseil, agence", "Complexité, peur de l'erreur, besoin d'être "
         "accompagné", "Parcours en ligne en sept étapes, signature électronique, assistance téléphonique"],
        ["5. Après la souscription", "Carte de tiers payant, premiers remboursements, "
         "résiliation possible après un an", "Courrier, espace adhérent, agence", "Rapidité des "
         "remboursements, tiers payant accepté chez l'opticien et le dentiste", "Carte dématérialisée, message de "
         "bienvenue, appel à trois mois"],
    ], [2.6, 3.6, 3.2, 3.2, 3.6], "entretiens avec 14 adhérents entrés en 2025, enquête d'octobre 2025, relevés du plateau conseil.",
        size=8, first_bold=True)

    H(2, "1.4 Parangonnage des offres senior")
    H(3, "1.4.1 Périmètre et méthode")
    P("Le parangonnage porte sur l'offre senior, première offre en volume de cotisations, pour un profil type "
      "(personne seule de 70 ans à Bourges, garanties intermédiaires). Cinq offres ont été comparées : « Sérénité "
      "Senior niveau 3 », celles de Mutuelle Centre-Val Prévoyance, de l'assureur numérique Néomut et de Ligéria "
      "Santé, et l'offre classée première sur le comparateur Assurimo (« Prévia Senior Confort »). Les dix critères"
      " découlent des facteurs d'adhésion et de renoncement des jeunes retraités (cf. § 1.2.2) ; relevés du lundi "
      "12 janvier 2026.")
    TAB("Parangonnage des offres senior", [
        ["Critère", "MSBS\nSérénité Senior 3", "Mutuelle Centre-Val Prévoyance\nHorizon Retraite 3", "Néomut\nSenior+",
         "Ligéria Santé\nSenior Confort", "Prévia (via Assurimo)\nSenior Confort"],
        ["Cotisation mensuelle à 70 ans", "112,40 €", "118,90 €", "96,50 €", "109,70 €", "99,80 €"],
        ["Chambre particulière (par jour)", "70 €", "60 €", "50 €", "65 €", "45 €"],
        ["Prothèses dentaires hors 100 % Santé", "300 % BR", "250 % BR", "200 % BR", "275 % BR", "200 % BR"],
        ["Optique hors 100 % Santé (tous les 2 ans)", "350 €", "300 €", "250 €", "320 €", "200 €"],
        ["Aides auditives hors 100 % Santé (par oreille)", "600 €", "500 €", "400 €", "550 €", "350 €"],
        ["Médecines douces (par an)", "150 €", "120 €", "200 €", "100 €", "80 €"],
        ["Délai de carence", "aucun", "3 mois (dentaire)", "aucun", "6 mois (dentaire, audition)", "3 mois"],
        ["Souscription et signature en ligne", "non (papier)", "oui", "oui", "partielle (devis seul)", "oui"],
        ["Agence ou conseiller de proximité", "6 agences", "4 agences (45, 37)", "non", "9 agences (région)", "non"],
        ["Tiers payant et carte dématérialisée", "carte papier", "carte papier + application", "application",
         "carte papier", "application"],
    ], [3.9, 2.4, 2.6, 2.2, 2.5, 2.6], "sites des organismes et comparateur Assurimo, relevés du 12 janvier 2026 ; "
        "BR : base de remboursement de la Sécurité sociale.", size=8, first_bold=True, center_cols=(1, 2, 3, 4, 5))
    H(3, "1.4.2 Conclusions du parangonnage")
    P("L'offre « Sérénité Senior niveau 3 » présente le meilleur niveau de garanties sur les quatre postes qui "
      "préoccupent le plus les jeunes retraités, ceux où le reste à charge (RAC) est le plus lourd (hospitalisation, dentaire, optique et audition) et n'applique aucun délai "
      "de carence. Elle se situe en revanche dans la moitié haute des cotisations : 15,90 € de plus par mois que Néomut et "
      "12,60 € de plus que l'offre la mieux classée sur le comparateur, dont les garanties sont nettement inférieures.")
    P("L'écart décisif tient donc au parcours : la MSBS est le seul organisme de l'échantillon à imposer un "
      "bulletin papier, alors que trois concurrents sur quatre permettent de souscrire et signer en ligne. Elle est"
      " aussi, avec Ligéria Santé, le seul acteur doté d'agences dans les trois départements. Il est proposé de "
      "faire de la combinaison garanties élevées, proximité et souscription en ligne l'axe de différenciation du "
      "programme, plutôt qu'une baisse tarifaire que les comptes techniques de l'offre senior ne permettent pas.")

    H(2, "1.5 Matrice FFOM")
    P("La matrice des forces, faiblesses, opportunités et menaces (FFOM) ci-dessous synthétise le diagnostic ; elle a été "
      "discutée en CoDir le lundi 15 décembre 2025.")
    NTAB[0] += 1
    cap = doc.add_paragraph()
    runs(cap, "Tableau n° %d — Matrice FFOM de l'adhésion individuelle" % NTAB[0], 9, bold=True, color=NAVY)
    cap.paragraph_format.keep_with_next = True
    cap.paragraph_format.space_after = Pt(3)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j in range(2):
        t.columns[j].width = Cm(8.1)
    cells = [
        [("Forces (internes)", "E2EFDA", [
            "Niveau de garanties senior supérieur à la concurrence (cf. § 1.4.2)",
            "Six agences et un plateau conseil : proximité reconnue (58 % des jeunes retraités)",
            "Ancienneté et identité mutualiste depuis 1927, absence de délai de carence",
            "41 % des cotisations en collectif : accès direct aux salariés proches de la retraite"]),
         ("Faiblesses (internes)", "FCE4D6", [
            "Souscription sur papier, délai moyen de 19 jours entre devis et adhésion",
            "Cotisations senior dans la moitié haute du marché",
            "68 % des devis en ligne sans suite, absence de relance structurée",
            "Saisie manuelle dans Assurtis G3, carte de tiers payant uniquement papier"])],
        [("Opportunités (externes)", "DDEBF7", [
            "2 600 départs en retraite par an dans les entreprises couvertes par un contrat collectif MSBS",
            "Dispositifs de « mutuelle communale » recherchés par les communes rurales",
            "Recherches locales peu concurrencées (« mutuelle senior Bourges »)",
            "Signature électronique et mandat SEPA en ligne désormais usuels"]),
         ("Menaces (externes)", "EDEDED", [
            "Résiliation infra-annuelle : portefeuille exposé en permanence",
            "Assureurs numériques (Néomut) à cotisations inférieures",
            "Comparateurs orientant les prospects vers les offres les moins chères",
            "Maintien « loi Évin » proposé par les assureurs des entreprises"])],
    ]
    for i in range(2):
        for j in range(2):
            title, fill, items = cells[i][j]
            c = t.cell(i, j)
            c.width = Cm(8.1)
            shade_cell(c, fill)
            c.text = ""
            runs(c.paragraphs[0], title, 9.5, bold=True)
            for it in items:
                q = c.add_paragraph()
                q.paragraph_format.space_after = Pt(1)
                runs(q, "– " + it, 8.5)
    src = doc.add_paragraph()
    runs(src, "Source : DDEV, à partir des § 1.1 à 1.4.", 8, italic=True, color=GREY)
    src.paragraph_format.space_after = Pt(8)
    P("Trois orientations en découlent : appuyer la conquête sur le réseau et les garanties en supprimant le "
      "parcours papier ; cibler d'abord les départs en retraite issus des contrats collectifs gérés par la mutuelle"
      " ; n'acheter sur les comparateurs que des contacts qualifiés (cf. § 2.4).")

    H(2, "1.6 Retour d'expérience : l'action « Retraite sereine » de l'automne 2025")
    P("Du lundi 15 septembre au dimanche 30 novembre 2025, la DDEV a conduit l'action « Retraite sereine » auprès des "
      "3 960 salariés âgés de 59 à 64 ans couverts par les 41 contrats collectifs gérés par la mutuelle. L'action "
      "comprenait un courrier personnalisé, deux courriels, une page dédiée sur le site avec devis pré-rempli et douze "
      "réunions d'information en agence. Son coût s'est élevé à 21 300 €.")
    TAB("Action « Retraite sereine » — mesure avant / après", [
        ["Indicateur", "Avant (automne 2024)", "Après (automne 2025)", "Lecture"],
        ["Visites de la page senior", "donnée non disponible (changement d'outil de mesure en mars 2025)", "9 420 visites",
         "62 % des visites issues du courrier (code de suivi)"],
        ["Devis senior réalisés", "donnée non disponible (changement d'outil de mesure en mars 2025)", "1 130 devis",
         "Un devis pour 3,5 salariés contactés, 71 % dans les 10 jours suivant le courrier"],
        ["Participants aux réunions d'information", "donnée non disponible (changement d'outil de mesure en mars 2025)",
         "286 participants", "Bourges et Vierzon concentrent 64 % des participants"],
        ["Adhésions senior issues de l'action", "donnée non disponible (changement d'outil de mesure en mars 2025)",
         "298 adhésions", "Taux de transformation du devis de 26 % ; 81 % signées en agence après réunion"],
        ["Part des sortants conservés", "donnée non disponible (changement d'outil de mesure en mars 2025)", "38 %",
         "Les autres ont choisi le maintien « loi Évin » (34 %) ou un autre organisme (28 %)"],
        ["Coût par adhésion", "donnée non disponible (changement d'outil de mesure en mars 2025)", "71 €",
         "Coût bas, porté par l'accès direct aux salariés des contrats collectifs"],
    ], [3.4, 4.2, 2.6, 6.0], "Matomo (depuis mars 2025), Assurtis G3, feuilles d'émargement des réunions.", size=8, first_bold=True)
    P("L'action a produit un volume d'adhésions significatif pour un coût maîtrisé et confirme trois éléments du "
      "diagnostic : le courrier nominatif déclenche la démarche, la réunion en agence rassure et fait signer, et "
      "près d'un tiers des sortants reste chez l'assureur de l'entreprise par inertie. Mais 81 % des adhésions ont "
      "été signées sur papier : l'action n'a pas fait progresser la souscription en ligne. La comparaison avec "
      "l'automne 2024 est impossible, l'ancien outil de mesure ayant été désactivé en mars 2025 sans export des "
      "historiques.")
    VIG("tout changement d'outil de mesure doit désormais être précédé d'un export complet des historiques et d'une "
        "période de double marquage d'au moins trois mois. La mesure avant / après des prochaines actions en dépend.")


# ------------------------------------------------------------------------------------------- chapitre 2
def chapter2():
    H(1, "2 Stratégie de conquête")
    OBJ("fixer les cibles de performance 2026, désigner les profils d'adhérents prioritaires, arrêter l'offre "
        "proposée en ligne, le séquencement des canaux de conquête, les conventions de partenariat, le "
        "calendrier et le budget du programme.")
    H(2, "2.1 Cibles de performance 2026")
    P("Les cibles ci-dessous ont été arrêtées par le CoDir du lundi 15 décembre 2025, dans la perspective du plan "
      "stratégique « Cap 2028 » (solde positif d'adhérents individuels dès 2027). Le volume total d'adhésions "
      "individuelles nouvelles visé pour 2026 est de 4 000 (+ 30 %).")
    TAB("Cibles de performance 2026", [
        ["Cible", "Situation de départ", "Valeur visée 2026", "Mode de mesure", "Responsable"],
        ["Part des adhésions individuelles nouvelles conclues intégralement en ligne", "9,5 % en 2025 (7 % en 2024)",
         "35 % sur l'année", "Assurtis G3 : canal de souscription « web »", "H. Pasquier"],
        ["Nombre d'adhésions conclues en ligne", "293 en 2025", "1 400", "Assurtis G3, rapproché de Matomo", "C. Monteil"],
        ["Coût d'acquisition par adhésion conclue en ligne", "non mesuré", "inférieur à 150 €",
         "Dépenses de conquête / adhésions en ligne", "C. Monteil"],
        ["Durée de souscription, du début de saisie à la signature", "19 jours (parcours papier)", "moins de 20 minutes",
         "Mesure de durée dans le module de souscription", "M. Berthon"],
    ], [4.6, 3.0, 2.6, 3.8, 2.2], "décision du CoDir du 15 décembre 2025.", size=8.5, first_bold=True)

    H(2, "2.2 Profils d'adhérents prioritaires")
    P("Il est proposé de concentrer les moyens de 2026 sur deux profils, dans l'ordre suivant :")
    NUM([
        "**Les jeunes retraités sortant d'un contrat collectif**, en priorité. Ce profil réunit le volume (environ 2 600 "
        "départs en retraite par an dans les seules entreprises couvertes par un contrat collectif de la mutuelle), la "
        "cotisation annuelle moyenne la plus élevée (1 350 € par adhésion) et l'avantage concurrentiel le plus net "
        "(garanties senior et proximité, cf. § 1.4.2). Son principal facteur de renoncement, la complexité du papier, est "
        "précisément celui que le programme supprime.",
        "**Les travailleurs non salariés**, en second rang. Les trois départements comptent environ 27 000 TNS ; leur "
        "propension à souscrire en ligne est la plus forte de l'enquête (57 % souhaitent une souscription sans "
        "rendez-vous) et l'offre « TNS Confort » est éligible au dispositif Madelin. Leur sensibilité au prix impose "
        "toutefois un ciblage précis.",
    ])
    P("Les jeunes actifs ne constituent pas une cible de conquête prioritaire en 2026 : cotisation moyenne faible, "
      "concurrence frontale des assureurs numériques et, surtout, couverture fréquente par le contrat des parents. Ils "
      "seront approchés en tant qu'ayants droit d'adhérents, lors de la troisième vague (cf. § 2.4).")

    H(2, "2.3 Offre et tarification proposées en ligne")
    H(3, "2.3.1 Gamme et tarifs")
    H(4, "2.3.1.1 Garanties ouvertes à la souscription en ligne")
    P("Toutes les garanties ci-dessous sont des contrats responsables intégrant le panier « 100 % Santé ». Les "
      "cotisations indiquées sont celles de 2026 pour une personne seule domiciliée dans le Cher :")
    BUL([
        "**« Essentielle »** : à partir de 24,80 € par mois (30 ans) ;",
        "**« Équilibre »** : 41,60 € par mois (30 ans) ;",
        "**« Sérénité Senior niveau 3 »** : 112,40 € par mois (70 ans) ;",
        "**« Jeunes Actifs 18-30 »** : 17,90 € par mois ;",
        "**« TNS Confort »** : 68,00 € par mois (40 ans), cotisations déductibles au titre de la loi Madelin ;",
        "**option « Renfort Hospi »** : 7,20 € par mois et par bénéficiaire, ajoutable à toutes les garanties.",
    ])
    H(4, "2.3.1.2 Segmentation tarifaire")
    P("La grille tarifaire individuelle est segmentée en sept tranches d'âge : un coefficient s'applique à la "
      "cotisation de référence des 26-35 ans, complété par un coefficient de zone (Cher 1,00 ; Indre 0,98 ; "
      "Loir-et-Cher 1,02). La grille est révisée chaque 1er janvier par le conseil d'administration.")
    TAB("Segmentation tarifaire de la gamme individuelle", [
        ["Tranche d'âge", "Coefficient d'âge", "« Équilibre » (€ / mois, Cher)", "« Essentielle » (€ / mois, Cher)"],
        ["18-25 ans", "0,78", "32,45", "19,34"],
        ["26-35 ans", "1,00 (référence)", "41,60", "24,80"],
        ["36-45 ans", "1,16", "48,26", "28,77"],
        ["46-55 ans", "1,42", "59,07", "35,22"],
        ["56-65 ans", "1,81", "75,30", "44,89"],
        ["66-75 ans", "2,27", "94,43", "56,30"],
        ["76 ans et plus", "2,64", "109,82", "65,47"],
    ], [3.6, 3.6, 4.4, 4.4], "délibération du conseil d'administration du 27 novembre 2025 (grille 2026).", center_cols=(1, 2, 3),
        first_bold=True)
    H(3, "2.3.2 Règles de souscription en ligne")
    P("La souscription en ligne est ouverte jusqu'à 85 ans, sans questionnaire de santé, pour l'adhérent, son "
      "conjoint et ses enfants jusqu'à 26 ans. La date d'effet se situe entre le lendemain de la signature et le "
      "premier jour du troisième mois suivant (cf. § 5.3.2). Aucun délai de carence, sauf pour l'option « Renfort "
      "Hospi » (trois mois).")

    H(2, "2.4 Canaux de conquête et séquencement en trois vagues")
    P("Il est proposé d'ouvrir les canaux de conquête en trois vagues. Le référencement naturel, qui demande quatre"
      " à six mois pour produire ses effets, est engagé en premier ; les canaux payants ne sont ouverts qu'une fois"
      " les pages d'atterrissage et le parcours transitoire de souscription disponibles (lundi 5 janvier 2026) ; "
      "les canaux relationnels attendent le module définitif, pour ne pas inviter à souscrire sur un parcours "
      "encore imparfait.")
    TAB("Canaux de conquête en trois vagues", [
        ["Vague", "Période", "Canaux de conquête", "Profils visés", "Justification"],
        ["1", "à partir de novembre 2025", "Référencement naturel : refonte des pages garanties, pages locales, maillage "
         "thématique, liens depuis les sites partenaires", "Jeunes retraités, TNS", "Délai de montée en charge ; coût "
         "marginal faible ; prépare la visibilité des vagues suivantes"],
        ["2", "à partir du lundi 2 février 2026", "Liens sponsorisés Google Ads ; comparateur Assurimo, rémunéré au "
         "contact qualifié", "Jeunes retraités (Ads), TNS (Ads et comparateur)", "Volume immédiat pendant la période de "
         "montée du référencement naturel ; dépense pilotable chaque semaine"],
        ["3", "à partir du mardi 15 septembre 2026", "Courriels aux ayants droit de 18 à 26 ans des adhérents ; "
         "publications et annonces Facebook", "Jeunes actifs (ayants droit), jeunes retraités", "Coïncide avec la mise "
         "en service du module et la saison des devis de fin d'année"],
        ["transversal", "toute l'année", "Conventions de partenariat (cf. § 2.5)", "Jeunes retraités, TNS",
         "Relais de proximité et sources de liens entrants"],
    ], [1.7, 2.6, 5.0, 3.0, 3.9], "DDEV, arbitrage du CoDir du 15 décembre 2025.", size=8.5, center_cols=(0,))

    H(2, "2.5 Conventions de partenariat")
    P("Trois familles de partenaires ont été examinées au regard de deux critères : la communauté de profil entre leur "
      "public et les profils prioritaires, et la compatibilité de leur mode de fonctionnement avec la souscription en "
      "ligne.")
    H(3, "2.5.1 Les communes : le dispositif de « mutuelle communale »")
    P("Une commune peut, sans participation financière, conclure une convention avec un organisme complémentaire pour "
      "proposer à ses habitants une offre négociée. La mutuelle a conclu neuf conventions à ce jour (dont "
      "Mehun-sur-Yèvre, Saint-Florent-sur-Cher, Aubigny-sur-Nère, Lamotte-Beuvron et Salbris) ; six sont en discussion.")
    BUL([
        "**Communauté de profil** : les habitants concernés sont ceux qui ne bénéficient pas d'un contrat collectif, "
        "c'est-à-dire majoritairement des retraités (61 % des participants aux réunions publiques de 2025) et des "
        "travailleurs non salariés (14 %).",
        "**Compatibilité du mode de souscription** : la commune informe (bulletin, site, réunion publique) et renvoie vers "
        "un devis en ligne portant son code ; une permanence en mairie aide les personnes peu à l'aise avec le numérique.",
        "**Cohérence avec l'image de la mutuelle** : le dispositif prolonge l'identité mutualiste de la MSBS — "
        "organisme à but non lucratif, ancré dans le territoire depuis 1927. Le risque d'une perception de "
        "« démarchage » en réunion publique est traité par une charte d'information neutre, validée par chaque commune, "
        "et par l'absence de toute souscription sur place.",
    ])
    H(3, "2.5.2 Les cabinets d'experts-comptables")
    BUL([
        "**Communauté de profil** : les clients des cabinets sont, pour l'essentiel, des TNS, deuxième profil prioritaire.",
        "**Compatibilité du mode de souscription** : le TNS confie déjà ses démarches à son cabinet, qui transmet un lien "
        "de devis personnalisé et reçoit chaque année, avec l'accord de l'adhérent, l'attestation « Madelin ».",
    ])
    H(3, "2.5.3 Les associations de retraités")
    BUL([
        "**Communauté de profil** : l'Union des retraités du Cher et l'Amicale des cheminots retraités de Vierzon "
        "réunissent environ 4 200 membres, dont une forte proportion de jeunes retraités.",
        "**Compatibilité du mode de souscription** : leurs ateliers numériques permettent de pratiquer le devis et la "
        "souscription en ligne ; leur bulletin trimestriel relaie les réunions d'information.",
    ])
    VIG("les réunions publiques organisées avec les communes ont été suspendues pendant la période préélectorale des "
        "élections municipales des 15 et 22 mars 2026. Les conventions sont non exclusives : une commune reste libre de "
        "conventionner avec d'autres organismes, ce qui doit être rappelé dans chaque support.")

    H(2, "2.6 Calendrier")
    H(3, "2.6.1 Périodes retenues")
    P("Le calendrier du programme est construit à partir de la saisonnalité propre à la complémentaire santé :")
    BUL([
        "**de septembre à décembre** : 46 % des devis annuels, les ménages préparant un changement d'organisme au 1er "
        "janvier ; la mise en service du module au plus tard le mardi 15 septembre 2026 (cf. § 5.1.2) ouvre cette saison "
        "avec le parcours définitif ;",
        "**les dates de départ en retraite** : pointes au 1er janvier et au 1er juillet (39 % des départs dans les contrats "
        "collectifs de la mutuelle) ; les courriers aux futurs retraités partent 90 jours avant, début octobre et début avril ;",
        "**la résiliation infra-annuelle** : elle atténue la saisonnalité, mais les avis d'échéance de janvier restent le "
        "premier déclencheur de comparaison ; les canaux payants sont renforcés de mi-décembre à fin janvier ;",
        "**pour les TNS** : la fin de l'exercice fiscal (décembre) et la période de déclaration des revenus (mai) ;",
        "**août** : aucune action nouvelle, en raison des effectifs réduits du plateau conseil.",
    ])
    H(3, "2.6.2 Échéancier et charge de travail")
    TAB("Échéancier du programme et charge estimée", [
        ["Lot", "Tâche", "Début", "Fin", "Charge (jours-homme)", "Responsable"],
        ["L1", "Refonte des pages garanties et pages locales", "03/11/2025", "30/01/2026", "22", "C. Monteil"],
        ["L1", "Maillage thématique et rédaction de 18 contenus", "17/11/2025", "27/02/2026", "26", "C. Monteil + rédacteur"],
        ["L1", "Conventions communales : liens et pages partenaires", "01/12/2025", "30/06/2026", "12", "H. Pasquier"],
        ["L2", "Parcours transitoire (formulaire + signature Yousign)", "17/11/2025", "02/01/2026", "18", "M. Berthon"],
        ["L2", "Campagnes Google Ads : création et paramétrage", "12/01/2026", "30/01/2026", "6", "C. Monteil"],
        ["L2", "Contrat et intégration du comparateur Assurimo", "05/01/2026", "30/01/2026", "5", "H. Pasquier"],
        ["L3", "Expression de besoins du module et consultation", "01/12/2025", "13/03/2026", "24", "C. Monteil"],
        ["L3", "Développement et intégration du module Tarifix", "06/04/2026", "24/07/2026", "85", "Tarifix / DSI"],
        ["L3", "Recette fonctionnelle et tests utilisateurs", "24/08/2026", "09/09/2026", "20", "C. Monteil + plateau"],
        ["L3", "Analyse d'impact relative à la protection des données", "02/02/2026", "29/05/2026", "8", "L. Dubreuil"],
        ["L4", "Formation du plateau conseil et des agences", "31/08/2026", "11/09/2026", "14", "S. Lemoine"],
        ["L4", "Mise en service du module", "15/09/2026", "15/09/2026", "2", "M. Berthon"],
        ["L5", "Vague 3 : courriels aux ayants droit, Facebook", "15/09/2026", "18/12/2026", "16", "C. Monteil"],
        ["", "Total", "", "", "258", ""],
    ], [1.0, 6.6, 2.0, 2.0, 2.2, 2.6], "DDEV, planification du 23 mars 2026 (charges internes et prestataire).", size=8.5,
        center_cols=(0, 2, 3, 4), total=True)
    P("La charge interne de la DDEV (hors prestataire et DSI) est estimée à 131 jours-homme sur la période, soit "
      "environ 40 % du temps de la chargée de projets digitaux ; la période de recette est placée après les congés "
      "d'été pour disposer de l'ensemble du plateau conseil.")

    H(2, "2.7 Budget prévisionnel")
    H(3, "2.7.1 Dépenses et cotisations attendues par canal")
    P("Le budget de conquête 2026 (hors investissement dans le module, cf. § 5.1.2) s'élève à 174 300 €. Les "
      "cotisations attendues correspondent à la première année de cotisations des adhésions en ligne prévues pour chaque "
      "canal.")
    TAB("Budget prévisionnel 2026 par canal de conquête", [
        ["Canal", "Principaux postes de dépense", "Dépenses 2026", "Adhésions en ligne attendues",
         "Cotisation annuelle moyenne", "Cotisations attendues (1re année)"],
        ["Référencement naturel", "Rédaction, outil de suivi de positions, prestations de liens", "24 000 €", "420", "980 €", "411 600 €"],
        ["Google Ads", "Achat de mots-clés (5 000 € par mois de février à décembre), création d'annonces", "60 000 €", "380",
         "1 020 €", "387 600 €"],
        ["Comparateur Assurimo", "1 500 contacts qualifiés à 38 €", "57 000 €", "300", "940 €", "282 000 €"],
        ["Courriels aux ayants droit", "Routage, création des gabarits", "4 500 €", "120", "760 €", "91 200 €"],
        ["Facebook", "Annonces locales, création de visuels", "12 000 €", "60", "700 €", "42 000 €"],
        ["Conventions de partenariat", "Supports, réunions publiques, ateliers", "9 000 €", "120", "1 180 €", "141 600 €"],
        ["Outils transverses", "Hébergement Matomo, signature Yousign", "7 800 €", "—", "—", "—"],
        ["Total", "", "174 300 €", "1 400", "969 €", "1 356 000 €"],
    ], [3.0, 5.0, 2.0, 2.0, 2.0, 2.3], "DDEV ; cotisations moyennes par canal issues des adhésions 2025 de profil comparable.",
        size=8.5, first_bold=True, center_cols=(2, 3, 4, 5), total=True)
    H(3, "2.7.2 Coût par adhésion")
    P("De janvier à avril 2026, les dépenses de conquête engagées s'élèvent à 49 360 € pour 301 adhésions conclues en "
      "ligne, soit un **coût par adhésion de 164 €**, supérieur à la cible de 150 € (cf. § 2.1) et au coût de 124 € "
      "retenu dans le budget prévisionnel (174 300 € pour 1 400 adhésions). L'écart provient principalement des deux "
      "canaux payants ouverts en février (cf. § 2.7.3).")
    H(3, "2.7.3 Écarts entre budget prévisionnel et réalisé, mesures proposées")
    TAB("Budget prévisionnel et réalisé de janvier à avril 2026", [
        ["Canal", "Prévu (janvier-avril)", "Réalisé (janvier-avril)", "Écart", "Cause principale"],
        ["Référencement naturel", "8 000 €", "7 650 €", "- 350 €", "Un contenu reporté en mai"],
        ["Google Ads", "15 000 €", "20 650 €", "+ 5 650 €", "Coût par clic supérieur de 38 % aux hypothèses sur les "
         "requêtes « mutuelle senior » en février"],
        ["Comparateur Assurimo", "11 400 €", "15 960 €", "+ 4 560 €", "420 contacts facturés au lieu de 300, dont une part "
         "hors cible (âge, département)"],
        ["Conventions de partenariat", "3 000 €", "2 200 €", "- 800 €", "Réunions suspendues en période préélectorale"],
        ["Outils transverses", "2 600 €", "2 900 €", "+ 300 €", "Volume de signatures supérieur"],
        ["Total", "40 000 €", "49 360 €", "+ 9 360 € (+ 23 %)", ""],
    ], [3.4, 2.6, 2.6, 2.6, 5.0], "comptabilité analytique DDEV, arrêté au 30 avril 2026.", size=8.5, first_bold=True,
        center_cols=(1, 2, 3), total=True)
    P("Deux mesures correctrices ont été décidées par le directeur du développement le mardi 5 mai 2026 :")
    NUM([
        "**abaissement du plafond de dépense Google Ads** de 230 € à 140 € par jour, avec suspension des requêtes "
        "génériques nationales (« mutuelle senior » sans mention géographique) au profit des requêtes locales, dont le coût "
        "par adhésion est inférieur de moitié (cf. § 4.3.1) ;",
        "**renégociation du contrat avec le comparateur Assurimo** : passage de 38 € à 29 € par contact à compter du "
        "vendredi 1er mai 2026, restriction aux contacts domiciliés dans les départements 18, 36 et 41 et âgés de 55 ans "
        "et plus ou déclarés TNS, et avoir automatique sur les contacts invalides.",
    ])
    P("Avec ces deux mesures, la projection de fin d'année ramène la dépense totale à 163 000 € environ, dans l'enveloppe "
      "prévue, sous réserve d'un volume d'adhésions conforme à la trajectoire de la vague 3.")
    P("La période de forte concurrence sur les enchères (mi-décembre à fin janvier) coïncide avec la saison de "
        "résiliation. Le plafond abaissé devra être réexaminé en novembre 2026 pour ne pas priver la mutuelle de "
        "visibilité au moment le plus utile.")


# ------------------------------------------------------------------------------------------- chapitre 3
KEYWORDS = [
    ("mutuelle senior", "JR", "transactionnelle", "9 900", "forte", "/mutuelle-senior"),
    ("mutuelle retraité", "JR", "transactionnelle", "6 600", "forte", "/mutuelle-senior"),
    ("complémentaire santé retraité", "JR", "informationnelle", "1 900", "moyenne", "/mutuelle-senior/quitter-contrat-entreprise"),
    ("mutuelle senior Bourges", "JR", "locale", "170", "faible", "/agences/bourges/mutuelle-senior"),
    ("mutuelle retraité Cher", "JR", "locale", "90", "faible", "/mutuelle-senior/cher"),
    ("mutuelle senior Vierzon", "JR", "locale", "70", "faible", "/agences/vierzon"),
    ("mutuelle senior Châteauroux", "JR", "locale", "110", "faible", "/agences/chateauroux"),
    ("mutuelle après 60 ans", "JR", "informationnelle", "1 300", "moyenne", "/mutuelle-senior"),
    ("garder sa mutuelle d'entreprise à la retraite", "JR", "informationnelle", "720", "faible", "/mutuelle-senior/loi-evin-maintien"),
    ("loi Évin mutuelle retraite", "JR", "informationnelle", "880", "moyenne", "/mutuelle-senior/loi-evin-maintien"),
    ("résiliation mutuelle entreprise retraite", "JR", "informationnelle", "260", "faible", "/mutuelle-senior/quitter-contrat-entreprise"),
    ("mutuelle senior dentaire", "JR", "transactionnelle", "1 000", "forte", "/mutuelle-senior/dentaire-audition"),
    ("mutuelle appareil auditif retraité", "JR", "transactionnelle", "480", "moyenne", "/mutuelle-senior/dentaire-audition"),
    ("mutuelle senior hospitalisation", "JR", "transactionnelle", "390", "moyenne", "/garanties/renfort-hospi"),
    ("devis mutuelle senior", "JR", "transactionnelle", "590", "forte", "/devis-mutuelle-senior"),
    ("mutuelle 70 ans prix", "JR", "transactionnelle", "320", "moyenne", "/mutuelle-senior/tarifs"),
    ("mutuelle retraité Indre", "JR", "locale", "50", "faible", "/mutuelle-senior/indre"),
    ("mutuelle senior Romorantin", "JR", "locale", "40", "faible", "/agences/romorantin"),
    ("mutuelle TNS", "TNS", "transactionnelle", "2 400", "forte", "/mutuelle-tns"),
    ("mutuelle indépendant", "TNS", "transactionnelle", "2 900", "forte", "/mutuelle-tns"),
    ("mutuelle artisan", "TNS", "transactionnelle", "880", "moyenne", "/mutuelle-tns/artisans"),
    ("mutuelle commerçant", "TNS", "transactionnelle", "590", "moyenne", "/mutuelle-tns/commercants"),
    ("mutuelle Madelin", "TNS", "informationnelle", "1 600", "forte", "/mutuelle-tns/loi-madelin"),
    ("déduction mutuelle Madelin", "TNS", "informationnelle", "480", "moyenne", "/mutuelle-tns/loi-madelin"),
    ("mutuelle profession libérale", "TNS", "transactionnelle", "720", "forte", "/mutuelle-tns/professions-liberales"),
    ("mutuelle auto-entrepreneur", "TNS", "transactionnelle", "1 900", "forte", "/mutuelle-tns/micro-entrepreneurs"),
    ("mutuelle TNS Centre-Val de Loire", "TNS", "locale", "30", "faible", "/mutuelle-tns"),
    ("mutuelle artisan Bourges", "TNS", "locale", "20", "faible", "/agences/bourges"),
    ("devis mutuelle TNS", "TNS", "transactionnelle", "210", "moyenne", "/devis-mutuelle-tns"),
    ("mutuelle famille indépendant", "TNS", "transactionnelle", "170", "moyenne", "/mutuelle-tns"),
    ("mutuelle jeune actif", "JA", "transactionnelle", "880", "forte", "/mutuelle-jeunes-actifs"),
    ("mutuelle pas chère jeune", "JA", "transactionnelle", "1 300", "forte", "/mutuelle-jeunes-actifs"),
    ("mutuelle 25 ans", "JA", "informationnelle", "590", "moyenne", "/mutuelle-jeunes-actifs"),
    ("quitter la mutuelle de ses parents", "JA", "informationnelle", "210", "faible", "/mutuelle-jeunes-actifs/sortie-contrat-parents"),
    ("mutuelle intérimaire", "JA", "transactionnelle", "390", "moyenne", "/mutuelle-jeunes-actifs"),
    ("mutuelle demandeur d'emploi", "JA", "transactionnelle", "720", "moyenne", "/mutuelle-jeunes-actifs"),
    ("mutuelle jeune actif Bourges", "JA", "locale", "20", "faible", "/agences/bourges"),
    ("mutuelle étudiant salarié", "JA", "transactionnelle", "260", "moyenne", "/mutuelle-jeunes-actifs"),
    ("mutuelle Bourges", "tous", "locale", "590", "moyenne", "/agences/bourges"),
    ("mutuelle Vierzon", "tous", "locale", "260", "faible", "/agences/vierzon"),
    ("mutuelle communale Bourges", "JR", "locale", "90", "faible", "/mutuelle-communale"),
    ("mutuelle communale Cher", "JR", "locale", "70", "faible", "/mutuelle-communale"),
    ("mutuelle Sologne", "tous", "locale", "50", "faible", "/agences/romorantin"),
    ("mutuelle solidarité berry sologne", "tous", "marque", "320", "nulle", "/ (accueil)"),
    ("complémentaire santé 100 % santé", "tous", "informationnelle", "1 000", "forte", "/garanties/100-sante"),
    ("reste à charge dentaire mutuelle", "JR", "informationnelle", "390", "moyenne", "/mutuelle-senior/dentaire-audition"),
    ("tiers payant mutuelle carte", "tous", "informationnelle", "480", "moyenne", "/adherents/carte-tiers-payant"),
    ("mutuelle sans délai de carence", "JR", "transactionnelle", "880", "moyenne", "/mutuelle-senior"),
]


def rsa(title, heads, descs, path):
    par = doc.add_paragraph()
    runs(par, title, 9, bold=True, color=NAVY)
    for h in heads:
        runs(par, "\nTitre : " + h, 8.5)
    for d in descs:
        runs(par, "\nDescription : " + d, 8.5)
    runs(par, "\nChemin d'affichage : msbs-mutuelle.fr" + path, 8.5, italic=True)
    box_par(par, fill="F7F9FC", border="B4C6E7")
    par.paragraph_format.space_after = Pt(8)
    par.paragraph_format.left_indent = Cm(0.3)
    par.paragraph_format.right_indent = Cm(0.3)


def chapter3():
    H(1, "3 Visibilité et acquisition")
    OBJ("hiérarchiser les actions de visibilité, décrire la méthode et la matrice de mots-clés, le maillage thématique, "
        "les partenaires apporteurs de trafic et la campagne de liens sponsorisés, et mesurer l'évolution du "
        "référencement entre décembre 2025 et avril 2026.")
    H(2, "3.1 Plan d'actions de visibilité")
    H(3, "3.1.1 Hiérarchisation des actions")
    P("Neuf actions ont été notées de 1 à 5 sur trois critères pondérés : impact attendu sur les devis des profils "
      "prioritaires (× 3), facilité de mise en œuvre (× 2) et rapidité des effets (× 1). Les actions atteignant 25 "
      "points sur 30 sont déclarées prioritaires.")
    TAB("Hiérarchisation des actions de visibilité", [
        ["Rang", "Action", "Impact (× 3)", "Facilité (× 2)", "Rapidité (× 1)", "Score", "Statut"],
        ["1", "A1 — Refonte des pages garanties senior et TNS (contenus, balisage, données structurées)", "5", "4", "4", "27", "prioritaire"],
        ["2", "A2 — Pages locales des six agences et des communes conventionnées", "4", "5", "4", "26", "prioritaire"],
        ["3", "A3 — Campagne Google Ads locale « seniors »", "4", "4", "5", "25", "prioritaire"],
        ["4", "A5 — Liens depuis les sites des communes, des centres communaux d'action sociale (CCAS) et des associations", "4", "3", "4", "22", "vague 1"],
        ["5", "A4 — Maillage thématique senior (cf. § 3.2.4)", "4", "3", "3", "21", "vague 1"],
        ["6", "A6 — Campagne Google Ads « TNS »", "3", "3", "5", "20", "vague 2"],
        ["7", "A7 — Présence sur le comparateur Assurimo", "3", "3", "4", "19", "vague 2"],
        ["8", "A9 — Fiches d'établissement des agences et avis d'adhérents", "2", "4", "3", "17", "continu"],
        ["9", "A8 — Réduction du temps de chargement des pages (Drupal 10)", "3", "2", "3", "16", "continu"],
    ], [1.1, 7.6, 1.6, 1.6, 1.6, 1.2, 1.7], "atelier DDEV-DSI du jeudi 20 novembre 2025.", size=8.5,
        center_cols=(0, 2, 3, 4, 5, 6))
    H(3, "3.1.2 Outils de mesure du trafic")
    P("Le suivi repose sur cinq outils, dont la méthode de choix est exposée au § 4.1.1 :")
    BUL([
        "**Matomo**, installé sur l'infrastructure de la mutuelle, pour l'audience, les sources de trafic, les objectifs "
        "(devis, début et fin de souscription) et l'entonnoir de souscription ;",
        "**Positio**, outil de suivi quotidien des positions sur 120 requêtes, avec un indice de visibilité ;",
        "**Lienscope**, outil d'analyse des liens entrants et des domaines référents ;",
        "**la console Google Ads**, pour les impressions, clics, coûts et conversions des liens sponsorisés ;",
        "**le portail partenaire d'Assurimo**, pour les contacts transmis et leur statut.",
    ])
    H(3, "3.1.3 Évolution de la visibilité dans les résultats de recherche")
    TAB("Positions sur les requêtes suivies, avant et après les actions de la vague 1", [
        ["Requête", "Page positionnée", "Position au 1er décembre 2025", "Position au 30 avril 2026"],
        ["mutuelle senior Bourges", "/agences/bourges/mutuelle-senior", "14", "3"],
        ["mutuelle retraité Cher", "/mutuelle-senior/cher", "22", "5"],
        ["complémentaire santé retraité", "/mutuelle-senior/quitter-contrat-entreprise", "61", "18"],
        ["garder sa mutuelle d'entreprise à la retraite", "/mutuelle-senior/loi-evin-maintien", "au-delà de 100", "7"],
        ["mutuelle communale Bourges", "/mutuelle-communale", "6", "1"],
        ["mutuelle Vierzon", "/agences/vierzon", "9", "2"],
        ["mutuelle artisan Bourges", "/agences/bourges", "27", "4"],
        ["mutuelle TNS Centre-Val de Loire", "/mutuelle-tns", "au-delà de 100", "11"],
        ["Indice de visibilité Positio (120 requêtes)", "—", "3,2", "11,8"],
    ], [5.0, 5.6, 2.8, 2.8], "Positio, relevés des 1er décembre 2025 et 30 avril 2026 (navigation privée, localisation Bourges).",
        size=8.5, first_bold=True, center_cols=(2, 3))
    P("Sur la même période, les sessions issues des moteurs de recherche sont passées de 11 400 en décembre 2025 à "
      "15 900 en avril 2026 (+ 39 %). La progression la plus nette concerne les requêtes locales et les requêtes "
      "d'information liées à la fin du contrat collectif, sur lesquelles la concurrence nationale est faible.")

    H(2, "3.2 Mots-clés")
    H(3, "3.2.1 Méthode de construction de la matrice")
    P("La matrice de mots-clés a été construite en cinq étapes entre le lundi 3 et le vendredi 28 novembre 2025 :")
    NUM([
        "**Collecte** : formulations des appelants du plateau conseil, verbatims de l'enquête (cf. § 1.2.1), suggestions "
        "de Positio, termes de recherche d'une campagne test de deux semaines ; 612 expressions.",
        "**Qualification** : pour chaque expression, volume mensuel estimé, niveau de concurrence et intention de "
        "recherche (informationnelle, transactionnelle, locale, marque).",
        "**Filtrage** : élimination des expressions hors périmètre (complémentaire santé solidaire, prévoyance, emploi, "
        "animaux) et des doublons ; 148 expressions conservées.",
        "**Regroupement** : rattachement de chaque expression à un profil d'adhérents et à une intention ; sélection de "
        "48 expressions selon le rapport entre volume, concurrence et adéquation au profil.",
        "**Affectation** : une page cible unique par expression, pour que deux pages ne se concurrencent pas ; révision "
        "trimestrielle.",
    ])
    H(3, "3.2.2 Contexte lexical et concurrentiel")
    P("Le vocabulaire des organismes complémentaires n'est pas celui des internautes. La mutuelle parle de « "
      "complémentaire santé individuelle » ou de « maintien de couverture » ; le futur retraité tape « mutuelle "
      "retraité » ou « garder sa mutuelle d'entreprise à la retraite ». L'expression « loi Évin », familière des "
      "services de ressources humaines, n'apparaît que dans 11 % des recherches du profil. La matrice retient donc "
      "les formulations des adhérents, le vocabulaire technique restant dans le corps des pages.")
    P("Sur les requêtes génériques nationales (« mutuelle senior », « mutuelle indépendant »), les dix premières "
      "positions sont tenues par des comparateurs, des assureurs nationaux et Néomut. La matrice privilégie donc "
      "les requêtes qualifiées par un lieu (Bourges, Vierzon, Cher, Sologne), par une situation (fin de contrat "
      "collectif, sortie du contrat des parents) ou par un poste de garanties (dentaire, audition), où l'offre de "
      "la mutuelle est la plus forte (cf. § 1.4.2).")
    H(3, "3.2.3 Matrice des mots-clés")
    rows = [["N°", "Expression", "Profil", "Intention", "Volume / mois", "Concurrence", "Page cible"]]
    for k, (kw, prof, inten, vol, conc, page) in enumerate(KEYWORDS, 1):
        rows.append([str(k), kw, prof, inten, vol, conc, page])
    TAB("Matrice des mots-clés (48 expressions)", rows, [0.8, 4.6, 1.1, 2.3, 1.6, 1.8, 4.6],
        "DDEV, matrice arrêtée le 28 novembre 2025, volumes estimés par Positio ; JR : jeunes retraités ; "
        "TNS : travailleurs non salariés ; JA : jeunes actifs.", size=7.5, center_cols=(0, 2, 4, 5))
    H(3, "3.2.4 Maillage thématique")
    P("Le site est organisé en trois ensembles thématiques, un par profil d'adhérents, chacun composé d'une page "
      "mère portant l'expression la plus large et de pages filles traitant chacune une question précise. L'ensemble"
      " « senior », engagé en priorité, compte sept pages filles : quitter le contrat collectif à la retraite ; "
      "maintien « loi Évin » ou changement d'organisme ; dentaire et audition après 60 ans ; hospitalisation ; "
      "tarifs par âge ; mutuelle senior dans le Cher ; dans l'Indre.")
    H(4, "3.2.4.1 Règles d'ancrage des liens")
    BUL([
        "un lien interne n'est placé qu'entre deux pages d'un même ensemble thématique ; le passage d'un ensemble à "
        "l'autre se fait uniquement par les pages mères ;",
        "chaque page fille renvoie vers sa page mère et vers deux pages sœurs au plus, choisies pour la continuité de la "
        "question traitée (par exemple : « quitter le contrat collectif » renvoie vers « maintien loi Évin ou "
        "changement » et vers « dentaire et audition après 60 ans ») ;",
        "le lien est placé dans le corps du texte, dans la phrase qui introduit le sujet de la page cible, et non en pied "
        "de page ou en liste de liens ;",
        "le texte d'ancrage décrit le contenu de la page cible (« ce que devient votre mutuelle d'entreprise à la "
        "retraite ») ; l'expression exacte de la page cible n'est employée qu'une fois par page ;",
        "les boutons « Faire un devis » ne sont pas comptés comme liens thématiques et pointent tous vers le simulateur "
        "du profil concerné.",
    ])
    H(4, "3.2.4.2 Mise en œuvre dans Drupal 10")
    P("Les ensembles sont matérialisés par un vocabulaire de taxonomie « Thème » et un fil d'Ariane reprenant la "
      "hiérarchie. Les liens sont saisis selon les règles d'ancrage (cf. § 3.2.4.1) et contrôlés chaque mois par un export des "
      "liens internes ; quatre liens non conformes ont été corrigés en mars 2026.")

    H(2, "3.3 Partenaires apporteurs de trafic")
    H(3, "3.3.1 Sites des communes, des CCAS et des associations")
    P("Les conventions de partenariat (cf. § 2.5) prévoient un lien, sur le site du partenaire, vers la page « "
      "mutuelle communale » ou vers le devis ; son texte d'ancrage est proposé par la mutuelle selon les mêmes "
      "règles que les liens internes (cf. § 3.2.4.1). Mis en ligne entre janvier et mars 2026, ces liens sont "
      "suivis dans Matomo par source de trafic.")
    TAB("Trafic apporté par les sites partenaires (janvier-avril 2026)", [
        ["Site partenaire", "Emplacement du lien", "Mise en ligne", "Sessions apportées", "Devis réalisés"],
        ["Commune de Mehun-sur-Yèvre", "page « Mutuelle communale »", "12/01/2026", "412", "61"],
        ["Commune de Saint-Florent-sur-Cher", "page « Santé — mutuelle communale »", "19/01/2026", "356", "48"],
        ["Commune d'Aubigny-sur-Nère", "actualité et page « Solidarités »", "26/01/2026", "298", "39"],
        ["Commune de Lamotte-Beuvron", "page « Mutuelle communale »", "09/02/2026", "241", "30"],
        ["Commune de Salbris", "bulletin municipal en ligne", "16/02/2026", "187", "22"],
        ["CCAS de Vierzon", "guide « Bien vieillir à Vierzon »", "03/03/2026", "264", "27"],
        ["CCAS de Bourges", "annuaire des aides aux retraités", "17/03/2026", "198", "19"],
        ["Union des retraités du Cher", "page « Nos partenaires »", "02/02/2026", "305", "41"],
        ["Cabinets d'experts-comptables (4)", "espaces clients", "février-mars 2026", "126", "18"],
        ["Total", "", "", "2 387", "305"],
    ], [5.0, 4.6, 2.4, 2.1, 2.1], "Matomo, rapport « Sites référents », 1er janvier-30 avril 2026.", size=8.5,
        center_cols=(2, 3, 4), total=True, first_bold=True)
    P("Les sites communaux et les CCAS apportent un trafic modeste en volume mais très qualifié : un devis pour 6,8 "
      "sessions, contre un pour 13 sessions en moyenne sur le site. Ils apportent surtout des liens depuis des domaines "
      "publics de confiance, qui pèsent sur le positionnement local.")
    H(3, "3.3.2 Domaines référents et positions")
    P("Selon Lienscope, les domaines référents sont passés de 31 au 1er décembre 2025 à 58 au 30 avril 2026, dont "
      "14 domaines publics (3 auparavant), les liens entrants de 212 à 391 et le score d'autorité de 18 à 27 sur "
      "100. Les pages visées ont progressé : « mutuelle communale Bourges » de la 6e à la 1re position, « mutuelle "
      "communale Cher » de la 12e à la 2e, « mutuelle retraité Cher » de la 22e à la 5e (cf. tableau n° 14).")
    H(3, "3.3.3 Bilan consolidé des actions de référencement naturel")
    TAB("Bilan des actions de référencement naturel", [
        ["Action", "Indicateur suivi", "Décembre 2025", "Avril 2026", "Évolution"],
        ["A1 — Pages garanties", "Sessions organiques mensuelles des pages garanties", "2 100", "3 650", "+ 74 %"],
        ["A2 — Pages locales", "Sessions organiques mensuelles des pages agences et communes", "640", "1 910", "× 3,0"],
        ["A4 — Maillage thématique", "Pages vues par session dans l'ensemble « senior »", "1,6", "2,4", "+ 0,8"],
        ["A5 — Liens partenaires", "Domaines référents", "31", "58", "+ 27"],
        ["A8 — Temps de chargement", "Temps médian de chargement sur mobile", "4,1 s", "2,3 s", "- 1,8 s"],
        ["A9 — Fiches d'établissement", "Appels et itinéraires depuis les fiches des agences", "85", "210", "× 2,5"],
        ["Total — effet cumulé", "Sessions organiques et devis issus du référencement naturel", "à consolider au T2 2026",
         "à consolider au T2 2026", "à consolider au T2 2026"],
    ], [3.6, 5.6, 2.4, 2.4, 2.2], "Matomo, Positio, Lienscope ; relevés mensuels DDEV.", size=8.5, first_bold=True,
        center_cols=(2, 3, 4), total=True)

    H(2, "3.4 Campagne de liens sponsorisés")
    H(3, "3.4.1 Structure de la campagne")
    P("La campagne Google Ads, ouverte le lundi 2 février 2026, comprend trois campagnes et six groupes d'annonces,"
      " chacun rattaché à un profil et à une page d'atterrissage ; diffusion dans le Cher, l'Indre et le "
      "Loir-et-Cher, du lundi au samedi de 7 heures à 22 heures.")
    TAB("Structure de la campagne Google Ads", [
        ["Campagne", "Groupe d'annonces", "Exemples de mots-clés (type de correspondance)", "Page d'atterrissage",
         "Plafond / jour (avant le 5 mai)"],
        ["C1 — Seniors (18, 36, 41)", "G1 — Mutuelle senior locale", "[mutuelle senior bourges] ; \"mutuelle retraité cher\" ; "
         "\"mutuelle senior vierzon\"", "/devis-mutuelle-senior", "150 €"],
        ["", "G2 — Fin de contrat collectif", "\"mutuelle retraite entreprise\" ; \"garder mutuelle entreprise retraite\" ; "
         "\"loi évin retraite\"", "/mutuelle-senior/quitter-contrat-entreprise", "(partagé C1)"],
        ["", "G3 — Senior générique", "\"mutuelle senior\" ; \"mutuelle retraité\" (suspendu le 5 mai 2026)",
         "/devis-mutuelle-senior", "(partagé C1)"],
        ["C2 — Travailleurs non salariés", "G4 — Indépendants", "\"mutuelle tns\" ; \"mutuelle indépendant\" ; "
         "\"mutuelle artisan\"", "/mutuelle-tns", "70 €"],
        ["", "G5 — Madelin", "\"mutuelle madelin\" ; \"déduction mutuelle madelin\"", "/mutuelle-tns/loi-madelin",
         "(partagé C2)"],
        ["C3 — Marque", "G6 — Marque", "[msbs mutuelle] ; [mutuelle solidarité berry sologne]", "/ (accueil)", "10 €"],
    ], [3.2, 3.2, 5.0, 3.4, 1.8], "console Google Ads, paramétrage au 30 avril 2026 ; [ ] : expression exacte, \" \" : "
        "expression.", size=8, first_bold=True)
    H(3, "3.4.2 Mots-clés retenus et exclusions")
    P("Les mots-clés sont issus de la matrice (cf. § 3.2.3), 8 à 15 par groupe, en correspondance « expression » ou"
      " « exacte » ; la correspondance large n'est pas utilisée. Le rapport des termes de recherche est analysé "
      "chaque lundi. Une liste de 64 exclusions s'applique au compte, dont « gratuite », « emploi », « recrutement "
      "», « complémentaire santé solidaire », « CSS », « CMU », « définition », « animaux » : les seuls termes « "
      "gratuite » et « emploi » avaient généré 9 % des clics de la campagne test de novembre 2025 sans aucun devis.")
    H(3, "3.4.3 Pages d'atterrissage")
    P("Trois pages d'atterrissage ont été créées (« /devis-mutuelle-senior », « /mutuelle-tns », « "
      "/mutuelle-senior/quitter-contrat-entreprise »), selon des règles communes : simulateur visible sans "
      "défilement sur mobile, trois arguments propres au profil, numéro du plateau conseil cliquable, chargement en"
      " moins de deux secondes, pas de menu de navigation. La page d'accueil ne sert qu'à la campagne « marque ».")
    H(3, "3.4.4 Annonces")
    P("Quatre annonces responsives sur le Réseau de Recherche (RSA) sont actives ; les textes ci-dessous sont "
      "reproduits tels que paramétrés.")
    rsa("Annonce 1 — groupe G1 « Mutuelle senior locale »",
        ["Mutuelle Senior à Bourges", "Devis en ligne en 2 minutes", "6 agences dans le Berry", "Sans délai de carence",
         "Mutuelle depuis 1927"],
        ["Dentaire, optique et audition renforcés. Un conseiller près de chez vous si besoin.",
         "Comparez en ligne, souscrivez sans papier. Mutuelle à but non lucratif du Berry."],
        "/senior/bourges")
    rsa("Annonce 2 — groupe G2 « Fin de contrat collectif »",
        ["Départ à la retraite ?", "Après la mutuelle d'entreprise", "Gardez de bonnes garanties",
         "Devis gratuit en 2 minutes"],
        ["Votre contrat collectif s'arrête : comparez le maintien et notre offre Sérénité Senior.",
         "Aucun délai de carence. Souscription en ligne, accompagnement en agence ou au téléphone."],
        "/retraite/devis")
    rsa("Annonce 3 — groupe G4 « Indépendants »",
        ["Mutuelle TNS Confort", "Cotisations déduites (Madelin)", "Souscription sans rendez-vous",
         "Toute la famille couverte"],
        ["Artisans, commerçants, libéraux : une mutuelle locale, un devis en ligne en 2 minutes.",
         "Attestation Madelin envoyée chaque année. Conseillers joignables jusqu'à 19 h."],
        "/tns/devis")
    rsa("Annonce 4 — groupe G6 « Marque »",
        ["MSBS — Site officiel", "Mutuelle Berry-Sologne", "Devis et adhésion en ligne"],
        ["Mutuelle du Cher, de l'Indre et du Loir-et-Cher depuis 1927. 39 600 personnes couvertes.",
         "Faites votre devis en ligne ou trouvez l'agence la plus proche de chez vous."],
        "/devis")
    VIG("les annonces relatives à la complémentaire santé ne doivent comporter aucune promesse de gratuité des "
        "garanties ni de remboursement intégral ; la mention « devis gratuit » est admise, la mention « mutuelle "
        "gratuite » est proscrite. Toute nouvelle annonce est relue par la DDEV avant activation.")


# ------------------------------------------------------------------------------------------- chapitre 4
def chapter4():
    H(1, "4 Pilotage")
    OBJ("présenter les outils de mesure et leur méthode de choix, les tableaux de bord, les indicateurs de pilotage "
        "(IdP) commentés, le suivi mensuel des campagnes, les taux de retour sur dépense, l'atteinte des cibles de "
        "performance et les actions correctives.")
    H(2, "4.1 Outils de mesure")
    H(3, "4.1.1 Méthode de choix de l'outil de mesure d'audience")
    P("Le remplacement de l'ancien outil de mesure d'audience, décidé en février 2025, a donné lieu à une comparaison de "
      "trois solutions sur cinq critères, arrêtés avec la déléguée à la protection des données (DPO) et la DSI :")
    NUM([
        "**conformité** : possibilité de mesurer l'audience sans recueil préalable du consentement, dans les conditions "
        "d'exemption définies par la Commission nationale de l'informatique et des libertés (CNIL) ;",
        "**maîtrise des données** : hébergement en France, absence de transfert hors de l'Union européenne, aucune "
        "réutilisation des données par l'éditeur ;",
        "**capacité fonctionnelle** : suivi d'objectifs et d'entonnoirs, segmentation par source, intégration à Drupal 10 ;",
        "**exhaustivité** : une mesure soumise au consentement perd en moyenne 30 à 45 % des visites, ce qui rend "
        "l'entonnoir de souscription inexploitable ;",
        "**coût complet** sur trois ans, y compris l'hébergement.",
    ])
    P("La solution gratuite d'un grand éditeur américain a été écartée : pas d'exemption de consentement possible, "
      "transferts de données hors de l'Union. La solution française « Mesurio » était conforme mais sans entonnoir "
      "personnalisable dans sa formule de base. **Matomo**, installé sur les serveurs de la mutuelle, satisfait aux"
      " cinq critères pour 2 100 € par an. Sa configuration respecte les conditions d'exemption de la CNIL : "
      "finalité limitée à la mesure d'audience, adresse IP tronquée, cookie propre au site de 13 mois, conservation"
      " de 25 mois, aucun recoupement avec d'autres traitements, lien d'opposition. Les valeurs saisies dans les "
      "formulaires ne sont jamais collectées.")
    P("Les outils spécialisés (Positio pour les positions, Lienscope pour les liens, console Google Ads, portail "
      "Assurimo) ont été retenus pour leur couverture fonctionnelle ; ils ne traitent aucune donnée personnelle "
      "d'internaute.")
    H(3, "4.1.2 Tableaux de bord")
    TAB("Tableaux de bord du programme", [
        ["N°", "Tableau de bord", "Outil", "Fréquence", "Accès"],
        ["1", "Conquête — synthèse hebdomadaire (sessions, devis, souscriptions par canal)", "Matomo", "hebdomadaire",
         "https://stats.msbs-mutuelle.fr/index.php?module=CoreHome&action=index&idSite=1&period=week#?idDashboard=4"],
        ["2", "Entonnoir de souscription (abandons par étape)", "Matomo", "hebdomadaire",
         "https://stats.msbs-mutuelle.fr/index.php?module=CoreHome&action=index&idSite=1&period=month#?category=Goals_Goals&subcategory=Funnels_Souscription"],
        ["3", "Liens sponsorisés (coûts, clics, conversions par groupe)", "Google Ads", "quotidienne",
         "https://ads.google.com/aw/overview?ocid=418275093"],
        ["4", "Positions et indice de visibilité", "Positio", "hebdomadaire", "lien communiqué sur demande (intranet)"],
        ["5", "Contacts transmis par le comparateur", "Assurimo", "hebdomadaire", "lien communiqué sur demande (intranet)"],
        ["6", "Synthèse mensuelle pour le CoDir", "classeur partagé (GED)", "mensuelle", "lien communiqué sur demande (intranet)"],
    ], [0.8, 5.0, 2.4, 2.2, 5.8], "DDEV, recensement au 29 mai 2026 ; GED : gestion électronique des documents.", size=8,
        center_cols=(0,))

    H(2, "4.2 Indicateurs de pilotage (IdP)")
    H(3, "4.2.1 Liste commentée des IdP")
    P("Les valeurs portent sur la période du 1er janvier au 30 avril 2026, avec le parcours transitoire (formulaire et "
      "signature électronique) en service depuis le lundi 5 janvier 2026.")
    TAB("Indicateurs de pilotage commentés (janvier-avril 2026)", [
        ["IdP", "Valeur", "Commentaire"],
        ["Trafic (sessions)", "108 100 (27 000 par mois)", "+ 34 % de janvier à avril ; moteurs 52 %, liens sponsorisés 11 % depuis février."],
        ["Taux de rebond", "48 % (36 % sur les pages d'atterrissage)", "Élevé sur les pages d'information ; les pages "
         "d'atterrissage, sans menu, retiennent mieux."],
        ["Temps de visite", "2 min 41 s (6 min 10 s sur le parcours de devis)", "Cohérent avec les dix champs du devis ; au-delà de "
         "9 minutes, l'abandon double."],
        ["Temps de chargement", "2,3 s en médiane sur mobile (4,1 s en décembre)", "Compression des images et mise en cache ; le "
         "simulateur reste à 3,4 s."],
        ["Abandon du simulateur", "32,6 % (9 840 devis commencés, 6 630 obtenus)", "Abandon concentré sur la saisie des "
         "bénéficiaires (ajout du conjoint et des enfants)."],
        ["Abandon : numéro de sécurité sociale", "21 %", "Premier point de rupture du parcours de souscription : "
         "l'internaute n'a pas sa carte Vitale ou son attestation à portée de main."],
        ["Abandon : dépôt des pièces", "34 %", "Le plus fort taux d'abandon ; l'attestation de fin de contrat collectif "
         "manque souvent aux jeunes retraités."],
        ["Abandon : mandat de prélèvement SEPA", "15 %", "Hésitation sur la date de premier prélèvement ; ajout d'une "
         "explication prévu."],
        ["Abandon : signature", "21 %", "Code de validation par SMS non reçu ou expiré, notamment sur les lignes fixes "
         "déclarées par les plus de 70 ans."],
        ["Transformation devis → adhésion en ligne", "4,5 % (301 adhésions)", "Objectif de 8 % avec le module définitif."],
        ["Cotisations annuelles souscrites en ligne", "304 000 €", "Équivalent du chiffre d'affaires de la période ; "
         "cotisation moyenne de 1 010 € par adhésion."],
        ["Coût par adhésion en ligne", "164 €", "Au-dessus de la cible de 150 € (cf. § 2.7.2 et § 4.5)."],
    ], [4.0, 4.4, 7.8], "Matomo (objectifs et entonnoir), Assurtis G3 ; 860 souscriptions commencées sur la période.",
        size=8.5, first_bold=True)
    H(3, "4.2.2 Lecture de l'entonnoir de souscription")
    P("Sur 860 souscriptions commencées, 301 ont été signées (35 %). Les pertes se concentrent sur trois étapes du "
      "parcours transitoire : numéro de sécurité sociale, pièces et signature. L'expression de besoins du module en"
      " tient compte (cf. § 5.1.3) ; les actions du § 4.5 traitent ce qui peut l'être avant.")

    H(2, "4.3 Suivi des campagnes et taux de retour sur dépense")
    H(3, "4.3.1 Tableau de suivi mensuel")
    TAB("Suivi mensuel de la visibilité et des campagnes", [
        ["Mois 2026", "Sessions", "dont moteurs", "Clics Ads", "Taux de clic", "Coût par clic", "Coût Ads", "Devis",
         "Adhésions en ligne", "Part en ligne"],
        ["Janvier", "21 400", "12 300", "—", "—", "—", "—", "1 310", "58", "19,6 %"],
        ["Février", "27 900", "13 100", "3 420", "6,1 %", "2,05 €", "7 010 €", "1 720", "71", "22,8 %"],
        ["Mars", "30 200", "14 600", "3 280", "6,6 %", "2,14 €", "7 020 €", "1 840", "82", "25,3 %"],
        ["Avril", "28 600", "15 900", "3 050", "7,2 %", "2,17 €", "6 620 €", "1 760", "90", "28,6 %"],
        ["Total", "108 100", "55 900", "9 750", "6,6 %", "2,12 €", "20 650 €", "6 630", "301", "24,2 %"],
    ], [1.7, 1.6, 1.6, 1.5, 1.5, 1.6, 1.7, 1.4, 1.8, 1.7], "Matomo, console Google Ads, Assurtis G3.", size=8,
        first_bold=True, center_cols=(1, 2, 3, 4, 5, 6, 7, 8, 9), total=True)
    P("La campagne de liens sponsorisés a produit 1 020 devis (10,5 % des clics) et 142 adhésions attribuées, dont "
      "96 en ligne et 46 signées en agence à partir d'un devis en ligne. Le coût par adhésion, de 145 € en moyenne,"
      " varie de 98 € (« mutuelle senior locale ») à 231 € (« senior générique »), d'où la suspension de ce dernier"
      " groupe le 5 mai 2026. La hausse du taux de clic (6,1 % à 7,2 %) traduit l'effet des annonces locales. Les "
      "sessions issues des moteurs progressent de 29 % entre janvier et avril et apportent 41 % des devis : le "
      "référencement naturel prend le relais de la dépense publicitaire.")
    H(3, "4.3.2 Taux de retour sur dépense")
    H(4, "4.3.2.1 Méthode de calcul")
    P("Le taux de retour sur dépense d'un canal rapporte à la dépense la marge technique de première année des "
      "adhésions attribuées au canal d'origine du devis (dernier clic), qu'elles soient signées en ligne ou en "
      "agence. La marge technique correspond aux cotisations de première année diminuées des prestations, estimées "
      "par le ratio prestations / cotisations (P/C) de 81 % observé en 2025. Par prudence, les années suivantes ne "
      "sont pas comptées.")
    H(4, "4.3.2.2 Liens sponsorisés Google Ads")
    BUL([
        "cotisations de première année des 142 adhésions attribuées : 142 × 1 060 € = **150 520 €** ;",
        "prestations estimées (81 %) : 121 921 € ; marge technique : **28 599 €** ;",
        "dépense de février à avril : **20 650 €** ;",
        "taux de retour sur dépense : 28 599 / 20 650 = **1,38**, soit un gain net de 7 949 € (+ 38 %).",
    ])
    P("Par groupe d'annonces, le taux atteint 2,31 pour « mutuelle senior locale » et 1,62 pour « fin de contrat "
      "collectif », mais seulement 0,61 pour « senior générique ».")
    H(4, "4.3.2.3 Comparateur Assurimo")
    P("Les 420 contacts transmis de février à avril ont donné 38 adhésions (9 %), pour une cotisation annuelle moyenne de "
      "890 €, soit 33 820 € de cotisations et 6 426 € de marge technique pour une dépense de 15 960 € : le taux de retour "
      "sur dépense est de 0,40. Ce résultat a conduit à la renégociation décrite au § 2.7.3.")
    H(4, "4.3.2.4 Rentabilité des publications sociales")
    P("Le retour sur investissement d'une publication se calcule selon la formule : ROI = (gain − coût) / coût.")
    P("Exemple : pour 1 000 € investis dans une publication sponsorisée ayant généré 1 500 € de ventes, le ROI est de "
      "(1 500 − 1 000) / 1 000 = 0,5, soit 50 %.")

    H(2, "4.4 Atteinte des cibles de performance")
    P("Au 30 avril 2026, trois des quatre cibles fixées au § 2.1 peuvent être mesurées :")
    BUL([
        "**Part des adhésions conclues en ligne** : 24,2 % sur quatre mois pour une cible annuelle de 35 % ; trajectoire "
        "ascendante (19,6 % en janvier, 28,6 % en avril) et projection annuelle de 33 à 36 % avec le module au 15 "
        "septembre. Cible **atteignable mais non acquise**.",
        "**Nombre d'adhésions en ligne** : 301, soit 21,5 % de la cible de 1 400 après un tiers de l'année ; le plan "
        "prévoyant 55 % des adhésions entre septembre et décembre, le retard à fin avril est de 64 adhésions (365 "
        "attendues). Cible **atteignable sous condition** du respect de la date de mise en service.",
        "**Coût par adhésion** : 164 € pour une cible inférieure à 150 €. La cible **n'est pas atteinte** ; après les "
        "mesures du 5 mai 2026, la projection de fin d'année est de 141 €.",
    ])
    P("La quatrième cible (durée de souscription inférieure à 20 minutes) ne pourra être mesurée qu'après la mise en "
      "service du module ; le parcours transitoire ne permet pas de mesurer la durée de façon fiable.")

    H(2, "4.5 Actions correctives")
    P("Les actions correctives ci-dessous ont été arrêtées au point cellule du mardi 12 mai 2026. Elles sont présentées "
      "par direction pilote, avec l'indicateur visé, le pilote et l'échéance.")
    for direction, items in [
        ("Direction du Développement", [
            "réaffecter le budget Google Ads des requêtes génériques vers les requêtes locales et « fin de contrat "
            "collectif » — coût par adhésion — C. Monteil — 5 mai 2026 (réalisé) ;",
            "renégocier le prix et le ciblage des contacts du comparateur — coût par adhésion — H. Pasquier — 1er mai "
            "2026 (réalisé)."]),
        ("Direction des systèmes d'information", [
            "permettre la lecture automatique du numéro de sécurité sociale à partir de l'attestation de droits "
            "téléversée — abandon à la saisie du numéro — M. Berthon — 15 septembre 2026 ;",
            "proposer, au choix, un code de signature par courriel en plus du SMS — abandon à la signature — M. Berthon "
            "— 30 juin 2026."]),
        ("Plateau conseil", [
            "rappeler sous 24 heures ouvrées toute souscription interrompue à l'étape des pièces — abandon au dépôt des "
            "pièces, nombre d'adhésions — S. Lemoine — 1er juin 2026 ;",
            "proposer aux plus de 70 ans un rendez-vous téléphonique d'aide à la souscription — part des adhésions en "
            "ligne — S. Lemoine — 15 juin 2026."]),
    ]:
        P(direction, bold=True, after=2, before=4, keep=True)
        BUL(items)


# ------------------------------------------------------------------------------------------- chapitre 5
def chapter5():
    H(1, "5 Expression de besoins et organisation")
    OBJ("présenter l'expression de besoins (EdB) du module de souscription en ligne, le choix du prestataire, les "
        "adaptations juridiques et de protection des données, l'organisation de l'équipe et du traitement des dossiers, "
        "et la simplification du processus du devis à la carte de tiers payant.")
    H(2, "5.1 Expression de besoins du module de souscription")
    H(3, "5.1.1 Plan de l'expression de besoins")
    P("L'EdB, référencée DDEV/2026/003 (version 2 du vendredi 13 février 2026), a servi de base à la consultation de "
      "trois prestataires. Elle est organisée en onze parties :")
    NUM([
        "**Contexte et enjeux** : situation de l'adhésion individuelle, constat du parcours papier (cf. § 1.1.2) ;",
        "**Objectifs** : objectifs déclinés en trois niveaux (cf. § 5.1.3) ;",
        "**Périmètre** : garanties et options ouvertes en ligne (cf. § 2.3.1.1), profils, exclusions (contrats "
        "collectifs, prévoyance) ;",
        "**Parcours cible** : description des sept étapes, du devis à la carte de tiers payant (cf. § 5.5.1) ;",
        "**Exigences fonctionnelles** : tarification instantanée, gestion des bénéficiaires, téléversement des pièces, "
        "mandat SEPA électronique, signature électronique, reprise d'une souscription interrompue, espace conseiller ;",
        "**Exigences techniques et d'intégration** : intégration au site Drupal 10, interface avec le logiciel de gestion "
        "Assurtis G3, service de signature Yousign, marquage Matomo ;",
        "**Sécurité, conformité et hébergement** : hébergement certifié pour les données de santé (HDS), exigences de "
        "protection des données, réversibilité ;",
        "**Performance et accessibilité** : temps de réponse, compatibilité mobile, conformité au référentiel général "
        "d'amélioration de l'accessibilité (RGAA) ;",
        "**Planning et jalons** : mise en service au plus tard le mardi 15 septembre 2026 ;",
        "**Budget et modalités financières** : enveloppe, échéancier de paiement, pénalités de retard ;",
        "**Modalités de réponse et critères de sélection** : contenu attendu des offres, grille de notation pondérée "
        "(cf. § 5.2).",
    ], fmt="%d.")
    H(3, "5.1.2 Cadrage fixé par la directrice générale")
    P("La note de cadrage de la directrice générale, Mme Catherine Auclair, en date du mardi 18 novembre 2025, fixe "
      "quatre directives, reprises intégralement dans l'EdB :")
    BUL([
        "une enveloppe d'investissement de **180 000 € TTC** pour le module, sur trois ans, intégration et maintenance "
        "comprises ;",
        "un **hébergement certifié HDS** pour l'ensemble des données collectées lors de la souscription ;",
        "une **mise en service au plus tard le mardi 15 septembre 2026**, afin d'ouvrir la saison des devis de fin "
        "d'année ;",
        "**aucun document papier** dans le parcours nominal : ni bulletin, ni photocopie, ni envoi postal obligatoire.",
    ])
    H(3, "5.1.3 Objectifs du module")
    P("Objectifs généraux :", bold=True, after=2, keep=True)
    BUL([
        "porter à 35 % la part des adhésions individuelles nouvelles conclues intégralement en ligne (cf. § 2.1) ;",
        "supprimer le papier du processus d'adhésion, conformément à la note de cadrage de la directrice générale ;",
        "réduire le délai entre le devis et la remise de la carte de tiers payant de 19 jours à 3 jours.",
    ])
    P("Objectifs spécifiques :", bold=True, after=2, keep=True)
    BUL([
        "permettre une souscription complète, signature comprise, en moins de 20 minutes ;",
        "limiter le parcours à sept étapes, accessibles et reprenables depuis un téléphone ;",
        "calculer instantanément la cotisation des six garanties et de l'option, pour tous les bénéficiaires ;",
        "proposer la lecture automatique du numéro de sécurité sociale et des pièces téléversées, pour réduire les "
        "abandons constatés (cf. § 4.2.2) ;",
        "permettre au plateau conseil de reprendre une souscription interrompue avec l'accord de l'internaute.",
    ])
    P("Objectifs techniques :", bold=True, after=2, keep=True)
    BUL([
        "intégration au site Drupal 10 sans rupture graphique, sous le domaine de la mutuelle ;",
        "hébergement HDS en France, chiffrement des données au repos et en transit ;",
        "appel au service Yousign pour la signature électronique avancée et le mandat SEPA ;",
        "temps de réponse inférieur à deux secondes pour 95 % des pages, conformité RGAA niveau AA ;",
        "marquage de chaque étape dans Matomo pour l'entonnoir de souscription ;",
        "échanges avec le logiciel de gestion Assurtis G3 pour la création de l'adhérent et des bénéficiaires : format, "
        "fréquence et contrôles à préciser avec la DSI.",
    ])
    H(2, "5.2 Sélection du prestataire")
    P("Trois offres ont été reçues le vendredi 6 mars 2026 et analysées selon la grille pondérée publiée dans l'EdB. La "
      "notation, de 1 à 5, a été réalisée séparément par la DDEV, la DSI et la DPO puis consolidée en séance le mardi 10 "
      "mars 2026.")
    TAB("Grille pondérée d'analyse des offres", [
        ["Critère", "Pondération", "Tarifix", "Souscripto", "Kalista Assur"],
        ["Couverture fonctionnelle (tarification, bénéficiaires, pièces, SEPA, signature, reprise)", "25 %", "5", "4", "4"],
        ["Intégration à Drupal 10 et échanges avec Assurtis G3", "20 %", "4", "3", "3"],
        ["Hébergement HDS et sécurité", "15 %", "5", "5", "3"],
        ["Coût complet sur trois ans", "20 %", "4 (164 k€)", "4 (158 k€)", "3 (196 k€)"],
        ["Délai de mise en service", "10 %", "4 (14 semaines)", "2 (24 semaines)", "4 (12 semaines)"],
        ["Références auprès de mutuelles", "5 %", "4", "3", "5"],
        ["Assistance et réversibilité", "5 %", "3", "4", "3"],
        ["Note pondérée sur 5", "100 %", "4,35", "3,70", "3,45"],
    ], [7.0, 2.0, 2.4, 2.4, 2.4], "séance de consolidation du 10 mars 2026 (DDEV, DSI, DPO).", size=8.5, first_bold=True,
        center_cols=(1, 2, 3, 4), total=True)
    P("L'offre de Tarifix est retenue : seule à réunir couverture fonctionnelle complète, hébergement HDS déjà "
      "certifié et délai compatible avec le 15 septembre, pour un coût complet de 164 k€ TTC sur trois ans, dans "
      "l'enveloppe de 180 k€. Souscripto ne tenait pas la date ; Kalista Assur dépassait l'enveloppe et recourait à"
      " un hébergeur non certifié. Contrat signé le lundi 23 mars 2026.")

    H(2, "5.3 Conformité juridique")
    H(3, "5.3.1 Mentions légales")
    P("Les mentions légales sont accessibles depuis le pied de page de toutes les pages du site, y compris celles du "
      "module de souscription, par un lien « Mentions légales » visible sans défilement horizontal sur mobile. Leur "
      "présence a été contrôlée le mercredi 27 mai 2026 sur ordinateur, tablette et téléphone. Elles comportent :")
    BUL([
        "la dénomination « Mutuelle Solidarité Berry-Sologne », mutuelle régie par le livre II du Code de la mutualité, "
        "immatriculée au répertoire SIRENE sous le numéro SIREN 779 245 118 ;",
        "l'adresse du siège social (14 avenue Jean-Jaurès, 18000 Bourges), le téléphone et l'adresse électronique de "
        "contact ;",
        "le nom de la directrice de la publication, Mme Catherine Auclair, directrice générale ;",
        "l'autorité de contrôle : Autorité de contrôle prudentiel et de résolution (ACPR), 4 place de Budapest, CS 92459, "
        "75436 Paris Cedex 09 ;",
        "l'identité et l'adresse de l'hébergeur du site et de l'hébergeur certifié HDS du module ;",
        "les coordonnées de la DPO et le lien vers la politique de protection des données et la politique de cookies ;",
        "les modalités de réclamation et de saisine du médiateur.",
    ])
    H(3, "5.3.2 Règlement mutualiste et vente à distance")
    P("Le règlement mutualiste en vigueur a été rédigé pour une adhésion signée en agence. Sa lecture article par "
      "article au regard de la souscription à distance conduit à proposer les adaptations suivantes, soumises à "
      "l'assemblée générale du samedi 20 juin 2026 (rédaction proposée en annexe C) :")
    BUL([
        "**article 6 — Adhésion** : seule la signature manuscrite est prévue ; il est proposé de reconnaître la signature "
        "électronique (article 1367 du Code civil) et de dater l'adhésion du jour de cette signature ;",
        "**article 7 — Date d'effet** : aujourd'hui le premier jour du mois suivant la réception du bulletin ; il est "
        "proposé de l'ouvrir, à la demande expresse de l'adhérent, dès le lendemain de la signature et au plus tard le "
        "premier jour du troisième mois ;",
        "**article 9 — Renonciation** : l'article ne vise que le démarchage à domicile. À distance, l'adhérent dispose de "
        "quatorze jours calendaires pour renoncer, à compter de la conclusion ou de la réception des conditions "
        "contractuelles si elle est postérieure (article L221-18 du Code de la mutualité). Il est proposé d'y joindre un "
        "modèle de lettre, d'accepter la renonciation par courriel et de préciser que seule reste due la cotisation de la "
        "période couverte si la garantie a pris effet à sa demande ;",
        "**information précontractuelle** : le document d'information normalisé sur le produit d'assurance (IPID), le "
        "tableau de garanties avec exemples de remboursement et le règlement sont remis sur support durable ; le module "
        "impose leur téléchargement avant la signature ;",
        "**article 14 — Résiliation** : ajout de la résiliation en ligne (« résilier mon contrat ») et de la faculté de "
        "résilier à tout moment après un an.",
    ])
    H(3, "5.3.3 Protection des données personnelles")
    P("Le module collecte des données sensibles : le numéro d'inscription au répertoire (NIR, numéro de sécurité "
      "sociale) et des données de santé figurant sur certaines pièces. L'analyse d'impact relative à la protection "
      "des données (AIPD), conduite par la DPO de février à mai 2026, conclut le vendredi 29 mai 2026 à des risques"
      " résiduels acceptables sous réserve des mesures ci-dessous, conformes aux recommandations de la CNIL. Le "
      "registre des traitements est à jour et les contrats avec Tarifix et Yousign comportent les clauses de "
      "l'article 28 du règlement général sur la protection des données (RGPD).")
    TAB("Mesures de protection des données du parcours de souscription", [
        ["Donnée ou traitement", "Finalité et base légale", "Mesures", "Durée de conservation"],
        ["Devis non suivis d'adhésion (identité, âge, coordonnées)", "Relance commerciale ; intérêt légitime pour le "
         "rappel demandé, consentement pour la prospection par courriel", "Case de consentement non pré-cochée ; "
         "désinscription dans chaque message ; aucune donnée de santé dans le devis",
         "3 ans à compter du dernier contact, puis suppression"],
        ["NIR des bénéficiaires", "Gestion du tiers payant et des échanges avec l'assurance maladie ; cadre du décret "
         "n° 2019-341 du 19 avril 2019", "Collecte à l'étape de souscription seulement ; chiffrement ; accès restreint "
         "aux gestionnaires habilités ; jamais transmis par courriel", "Durée de l'adhésion, puis 5 ans"],
        ["Données de santé (mentions figurant sur les pièces)", "Gestion du contrat ; exception de l'article 9.2 du "
         "RGPD relative à la protection sociale", "Hébergement HDS ; aucun questionnaire de santé ; seules les pièces "
         "nécessaires sont demandées", "Durée de l'adhésion, puis 5 ans"],
        ["Pièces d'une souscription non signée", "Reprise de la souscription", "Accès limité à l'internaute et au "
         "conseiller qu'il a sollicité", "90 jours, puis suppression automatique"],
        ["Signature électronique et mandat SEPA", "Preuve de l'adhésion et du mandat ; exécution du contrat",
         "Signature électronique avancée ; conservation du mandat", "Durée de l'adhésion, puis 5 ans"],
        ["Mesure d'audience (Matomo)", "Statistiques de fréquentation ; exemption de consentement", "Adresse IP tronquée ; "
         "cookie de 13 mois ; aucune valeur de formulaire collectée", "25 mois"],
    ], [3.6, 4.4, 5.0, 3.2], "AIPD du 29 mai 2026 (DPO) ; registre des traitements.", size=8, first_bold=True)
    VIG("le NIR et les données de santé ne peuvent être hébergés que par un prestataire certifié HDS. Toute évolution "
        "du module (nouvelle pièce demandée, nouveau sous-traitant, outil de relance) doit être soumise à la DPO avant "
        "sa mise en production.")

    H(2, "5.4 Organisation et pilotage de l'équipe projet")
    H(3, "5.4.1 Instances de suivi")
    P("Un « point cellule » réunit chaque mardi de 9 h 30 à 10 h 15 la chargée de projets digitaux, le directeur du"
      " développement, le DSI et la responsable du plateau conseil, la DPO étant invitée selon l'ordre du jour. Ses"
      " objectifs figurent en tête de chaque ordre du jour :")
    NUM([
        "examiner les IdP de la semaine écoulée au regard de la trajectoire des cibles de performance ;",
        "arbitrer les anomalies du parcours de souscription remontées par le plateau conseil et les agences ;",
        "valider les contenus et les annonces à publier la semaine suivante ;",
        "préparer les décisions à soumettre au comité de pilotage mensuel.",
    ])
    P("Le compte rendu est diffusé dans les 24 heures. Le comité de pilotage, présidé par la directrice générale, se "
      "réunit le premier jeudi de chaque mois ; le CoDir examine l'avancement du programme chaque trimestre (annexe B).")
    H(3, "5.4.3 Activité du plateau conseil")
    P("Le plateau conseil assure le rappel des devis en ligne et l'accompagnement des souscriptions. Son activité de "
      "janvier à avril 2026 s'établit comme suit :")
    BUL([
        "14 860 appels entrants, taux de décroché de 91 % ;",
        "2 410 rappels de devis en ligne, délai moyen de rappel de 26 heures ouvrées (cible : 24 heures) ;",
        "412 adhésions finalisées après un rappel, dont 118 en ligne avec accompagnement téléphonique ;",
        "durée moyenne de communication de 7 min 40 s ; satisfaction après appel de 4,3 sur 5 (1 260 réponses).",
    ])
    P("Résultats individuels non présentés (confidentialité).", italic=True)
    H(3, "5.4.4 Organisation du traitement des dossiers d'adhésion")
    P("Les dossiers issus du module sont orientés vers une cellule « adhésions » de trois gestionnaires au siège. Les "
      "dossiers sans anomalie sont intégrés directement ; les autres sont contrôlés selon le type de dossier, chaque type "
      "appelant des pièces et des contrôles propres :")
    TAB("Contrôles par type de dossier d'adhésion", [
        ["Type de dossier", "Pièces exigées", "Contrôles automatiques (module)", "Contrôles du gestionnaire",
         "Délai de traitement visé"],
        ["Salarié (sans contrat collectif ou dispensé d'adhésion)", "Attestation de droits ; justificatif de dispense ou "
         "attestation de l'employeur", "Cohérence NIR / date de naissance ; format de l'IBAN ; âge des enfants "
         "inférieur à 26 ans", "Validité du motif de dispense ; date d'effet postérieure à la fin de toute autre "
         "couverture", "48 heures"],
        ["Travailleur non salarié", "Attestation de droits ; avis de situation SIRENE ; attestation d'affiliation aux "
         "régimes des indépendants", "Format du numéro SIREN ; cohérence NIR / date de naissance ; IBAN",
         "Éligibilité au dispositif Madelin ; statut du conjoint collaborateur", "48 heures"],
        ["Senior (fin de contrat collectif)", "Attestation de droits ; attestation de fin de contrat collectif ou "
         "notification de retraite", "Âge inférieur ou égal à 85 ans ; cohérence NIR / date de naissance ; IBAN",
         "Date de fin du contrat collectif et date d'effet sans double couverture ; renonciation au maintien proposé par "
         "l'assureur de l'entreprise", "72 heures"],
    ], [3.0, 3.6, 3.6, 4.0, 2.0], "DDEV et cellule adhésions, procédure du 4 mai 2026.", size=8, first_bold=True)
    P("L'objectif est que 70 % des dossiers soient intégrés sans intervention du gestionnaire. Les dossiers senior, "
      "plus souvent incomplets, disposent d'un délai de traitement supérieur.")

    H(2, "5.5 Du devis à la carte de tiers payant")
    H(3, "5.5.1 Réduction des étapes du processus")
    P("Le processus actuel compte quatorze étapes entre le devis et la réception de la carte de tiers payant :", after=2)
    NUM([
        "devis en ligne", "envoi du devis par courriel", "rappel par le plateau conseil", "prise de rendez-vous en agence",
        "rendez-vous en agence", "édition du bulletin papier", "signature manuscrite", "photocopie des pièces",
        "envoi du dossier au siège par navette interne", "contrôle par le gestionnaire", "saisie manuelle dans Assurtis G3",
        "numérisation et classement dans la GED", "émission de la carte de tiers payant", "envoi postal de la carte et du courrier de bienvenue",
    ], size=9.5, after=0, fmt="%d.")
    P("Le processus cible en compte sept :", before=6, after=2)
    NUM([
        "devis en ligne ;",
        "souscription en ligne : identité, bénéficiaires, NIR (lecture automatique de l'attestation) ;",
        "téléversement des pièces ;",
        "mandat SEPA électronique ;",
        "signature électronique ;",
        "contrôles automatiques, contrôle du gestionnaire sur les seuls dossiers en anomalie et intégration dans Assurtis G3 ;",
        "mise à disposition immédiate de la carte de tiers payant dématérialisée, envoi postal sur demande.",
    ], size=9.5, after=0, fmt="%d.")
    P("Sont supprimés le rendez-vous obligatoire, l'impression, la photocopie, le transport interne, la ressaisie "
      "et la numérisation. Le délai entre devis et carte passe de 19 jours à 3 jours au plus ; le coût de "
      "traitement d'un dossier est estimé à 11 € contre 38 €.", before=6)
    H(3, "5.5.2 Modes d'envoi de la carte de tiers payant")
    TAB("Modes d'envoi de la carte, classés par coût et par impact environnemental", [
        ["Rang", "Mode d'envoi", "Coût unitaire", "Émissions estimées", "Délai", "Usage retenu"],
        ["1", "Carte dématérialisée dans l'application et l'espace adhérent", "0,06 €", "0,4 g CO2e", "immédiat",
         "mode par défaut"],
        ["2", "Lettre verte (impression, enveloppe, affranchissement)", "1,74 €", "27 g CO2e", "3 jours ouvrés",
         "sur demande de l'adhérent"],
        ["3", "Lettre suivie", "2,62 €", "31 g CO2e", "2 à 3 jours ouvrés", "réémission après retour de courrier"],
    ], [1.2, 5.6, 2.2, 2.6, 2.4, 3.0], "DDEV, tarifs 2026 du contrat d'affranchissement ; émissions : estimation du "
        "prestataire de routage.", size=8.5, center_cols=(0, 2, 3, 4))
    P("Le recommandé (6,10 €) n'est pas retenu : la carte ne nécessite pas de preuve de réception. Le classement par "
      "coût et par émissions est identique, ce qui conforte le choix de la carte dématérialisée par défaut.")
    H(3, "5.5.3 Satisfaction des adhérents")
    P("Un questionnaire court est proposé à l'issue du devis en ligne depuis le lundi 2 mars 2026 : sur 412 "
      "réponses, le score de recommandation (NPS) atteint + 31 et la facilité perçue 8,1 sur 10. Pour l'envoi des "
      "cartes, seul le taux de retour de courrier est suivi : 2,1 % des cartes envoyées de janvier à avril 2026 "
      "sont revenues pour adresse erronée.")
    VIG("la date du 15 septembre 2026 ne laisse que trois semaines de recette après les congés d'été. Tout retard de "
        "livraison du prestataire au-delà du vendredi 24 juillet 2026 doit être signalé au comité de pilotage, qui "
        "arbitrera entre le maintien de la date et le report de la vague 3.")


# ------------------------------------------------------------------------------------------- glossaire et annexes
GLOSSARY = [
    ("ACPR", "Autorité de contrôle prudentiel et de résolution, autorité de contrôle des mutuelles."),
    ("AIPD", "Analyse d'impact relative à la protection des données, obligatoire pour les traitements à risque élevé."),
    ("Ayant droit", "Personne couverte par le contrat d'un adhérent (conjoint, enfant)."),
    ("Carte de tiers payant (carte TP)", "Carte permettant à l'adhérent de ne pas avancer la part complémentaire des frais."),
    ("CCAS", "Centre communal d'action sociale."),
    ("CNIL", "Commission nationale de l'informatique et des libertés."),
    ("CoDir", "Comité de direction de la mutuelle."),
    ("Contrat responsable", "Contrat respectant les planchers et plafonds de prise en charge fixés par le Code de la sécurité sociale."),
    ("Date d'effet", "Date à partir de laquelle les garanties s'appliquent."),
    ("DDEV", "Direction du Développement."),
    ("DPO", "Délégué(e) à la protection des données."),
    ("DSI", "Direction (ou directeur) des systèmes d'information."),
    ("EdB", "Expression de besoins : document décrivant ce qui est attendu d'un prestataire."),
    ("FFOM", "Forces, faiblesses, opportunités, menaces."),
    ("GED", "Gestion électronique des documents."),
    ("HDS", "Hébergeur (ou hébergement) de données de santé, certification obligatoire."),
    ("IdP", "Indicateurs de pilotage."),
    ("IPID", "Document d'information normalisé sur le produit d'assurance."),
    ("Loi Évin (article 4)", "Droit au maintien de la couverture collective à titre individuel après la fin du contrat de travail."),
    ("Loi Madelin", "Dispositif permettant aux TNS de déduire leurs cotisations de leur revenu imposable."),
    ("Maillage thématique", "Organisation des liens internes entre pages traitant d'un même thème."),
    ("Mandat SEPA", "Autorisation de prélèvement bancaire donnée par l'adhérent."),
    ("Mutuelle communale", "Offre négociée par une commune avec un organisme complémentaire au profit de ses habitants."),
    ("NIR", "Numéro d'inscription au répertoire, dit numéro de sécurité sociale."),
    ("NPS", "Score de recommandation : part de promoteurs moins part de détracteurs."),
    ("P/C", "Ratio des prestations versées rapportées aux cotisations encaissées."),
    ("Parangonnage", "Comparaison méthodique avec les offres concurrentes."),
    ("RAC", "Reste à charge : part des frais de santé non remboursée."),
    ("Règlement mutualiste", "Document contractuel définissant les droits et obligations des adhérents."),
    ("Renonciation", "Faculté pour l'adhérent de revenir sur son adhésion dans un délai légal."),
    ("RGAA", "Référentiel général d'amélioration de l'accessibilité."),
    ("RGPD", "Règlement général sur la protection des données (règlement européen 2016/679)."),
    ("RII", "Résiliation infra-annuelle : résiliation possible à tout moment après un an d'adhésion."),
    ("RSA", "Annonce responsive sur le Réseau de Recherche de Google Ads."),
    ("TNS", "Travailleur non salarié (artisan, commerçant, profession libérale)."),
]


def chapter6():
    H(1, "6 Glossaire")
    OBJ("définir les sigles et termes employés dans le présent dossier.")
    rows = [["Sigle ou terme", "Définition"]] + [[a, b] for a, b in GLOSSARY]
    TAB("", rows, [4.4, 11.8], None, size=8.5, first_bold=True, numbered=False)


def annexes():
    H(1, "Annexe A — Questionnaire de l'enquête d'octobre 2025")
    P("Questionnaire administré en ligne et par téléphone du 6 au 31 octobre 2025 (n = 1 180). Questions fermées sauf "
      "mention contraire.", italic=True, color=GREY)
    NUM([
        "Quel est votre âge ?",
        "Quelle est votre situation professionnelle (salarié, indépendant, retraité, en recherche d'emploi, étudiant) ?",
        "Êtes-vous actuellement couvert par une complémentaire santé ? Si oui, à quel titre (contrat d'entreprise, contrat "
        "individuel, contrat de vos parents) ?",
        "Prévoyez-vous un changement de situation dans les douze prochains mois (départ en retraite, création "
        "d'entreprise, fin de contrat) ?",
        "Comment avez-vous cherché votre complémentaire santé la dernière fois (agence, internet, comparateur, proche) ?",
        "Combien de devis avez-vous comparés ?",
        "Qu'est-ce qui vous a décidé, ou vous déciderait, à adhérer à une mutuelle ? (plusieurs réponses)",
        "Qu'est-ce qui vous a fait renoncer, ou vous ferait renoncer, à adhérer ? (plusieurs réponses)",
        "Seriez-vous prêt à souscrire et signer entièrement en ligne ?",
        "Quelles pièces auriez-vous des difficultés à fournir en ligne ?",
        "Souhaitez-vous pouvoir joindre un conseiller pendant la souscription ? Par quel moyen ?",
        "Question ouverte : que devrait améliorer la mutuelle pour faciliter votre adhésion ?",
    ], size=9.5, fmt="Q%d.")

    H(1, "Annexe B — Calendrier des instances de gouvernance 2026")
    BUL([
        "Comité de direction : mardi 3 mars, mardi 2 juin, mardi 8 septembre et mardi 1er décembre 2026 ;",
        "comité de pilotage mensuel : premier jeudi de chaque mois, à l'exception du mois d'août ;",
        "point cellule : chaque mardi de 9 h 30 à 10 h 15 (cf. § 5.4.1) ;",
        "assemblée générale : samedi 20 juin 2026 (modification du règlement mutualiste, cf. § 5.3.2) ;",
        "conseil d'administration : jeudi 26 novembre 2026 (grille tarifaire 2027) ;",
        "jalons du module : recette du lundi 24 août au mercredi 9 septembre 2026, mise en service le mardi 15 septembre "
        "2026, bilan à trois mois le mardi 15 décembre 2026.",
    ])

    H(1, "Annexe C — Règlement mutualiste : rédaction proposée")
    P("Extrait des articles modifiés, soumis à l'assemblée générale du samedi 20 juin 2026. Les ajouts sont indiqués "
      "en italique.", italic=True, color=GREY)
    for art, txt in [
        ("Article 6 — Adhésion",
         "L'adhésion résulte de la signature du bulletin d'adhésion __ou de la signature électronique du bulletin "
         "dématérialisé au terme du parcours de souscription en ligne. L'adhésion est alors conclue à la date de la "
         "signature électronique__. Elle emporte acceptation des statuts et du présent règlement, remis préalablement à "
         "l'adhérent __sur un support durable__."),
        ("Article 7 — Date d'effet",
         "Les garanties prennent effet au premier jour du mois suivant la réception du bulletin d'adhésion complet. "
         "__En cas d'adhésion en ligne, l'adhérent peut demander une date d'effet au plus tôt le lendemain de la "
         "signature électronique et au plus tard le premier jour du troisième mois suivant.__"),
        ("Article 9 — Renonciation",
         "__Lorsque l'adhésion est conclue à distance, l'adhérent peut y renoncer dans un délai de quatorze jours "
         "calendaires révolus à compter de la date de conclusion de l'adhésion ou, si elle est postérieure, de la date de "
         "réception des conditions contractuelles. La renonciation est adressée par lettre, par courriel ou depuis "
         "l'espace adhérent, selon le modèle annexé. Si les garanties ont pris effet à la demande de l'adhérent avant la "
         "fin de ce délai, la cotisation correspondant à la période de couverture reste due ; le solde est remboursé dans "
         "un délai de trente jours.__"),
        ("Article 14 — Résiliation",
         "L'adhérent peut résilier son adhésion à l'échéance annuelle __et, après un an d'adhésion, à tout moment. La "
         "résiliation peut être notifiée en ligne au moyen de la fonction « résilier mon contrat » accessible depuis le "
         "site de la mutuelle.__"),
    ]:
        P(art, bold=True, size=10, after=2, keep=True)
        P(txt, size=9.5, indent=0.5, after=8)


# ------------------------------------------------------------------------------------------- assemblage
def main():
    global doc
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10)
    for lvl in range(1, 5):
        hs = doc.styles["Heading %d" % lvl]
        hs.font.name = FONT
        hs.font.color.rgb = NAVY
    s0 = doc.sections[0]
    s0.page_width, s0.page_height = Cm(21.0), Cm(29.7)
    s0.top_margin, s0.bottom_margin, s0.left_margin, s0.right_margin = Cm(2.5), Cm(2.2), Cm(2.4), Cm(2.4)
    cover_note()

    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.top_margin, s1.bottom_margin, s1.left_margin, s1.right_margin = Cm(2.3), Cm(2.2), Cm(2.3), Cm(2.3)
    s1.header_distance = Cm(1.0)
    s1.footer_distance = Cm(1.0)
    s1.header.is_linked_to_previous = False
    s1.footer.is_linked_to_previous = False
    hp = s1.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    runs(hp, "MSBS — Direction du Développement — Diffusion restreinte", 8, color=GREY)
    fp = s1.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    runs(fp, "Réf. DDEV/2026/014 — Version 1.3 — Page ", 8, color=GREY)
    field(fp, "PAGE")
    runs(fp, " / ", 8, color=GREY)
    field(fp, "NUMPAGES")
    title_page()
    page_break()
    toc()
    chapter1()
    chapter2()
    chapter3()
    chapter4()
    chapter5()
    chapter6()
    annexes()

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Programme ADHÉSION 100 % EN LIGNE — Dossier de programme (v1.3)"
    cp.subject = "DDEV/2026/014 — Diffusion restreinte"
    cp.keywords = "mutuelle, adhésion en ligne, devis, souscription"
    cp.category = "Dossier de programme"
    cp.created = datetime.datetime(2025, 12, 1, 9, 0, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 37
    doc.save(FILE)
    repack(FILE)
    print("ok", FILE, NTAB[0], "tableaux numérotés")


if __name__ == "__main__":
    main()
