# -*- coding: utf-8 -*-
# Générateur du dossier du candidat c138 (Yanis Merabet, alternant chargé de communication digitale à la
# Brasserie La Filature SAS, Lille-Fives) — blocs 2 et 4, dossier moyen, session 2026.
# Un seul DOCX (python-docx) écrit comme un vrai plan de communication pour les fondateurs :
#  « Plan_com_2026_La_Filature_YMerabet.docx », ~5 000 mots, ~20 pages, 9 tableaux.
#  Page de garde avec un emplacement gris « visuel cuves », « v1.3 — document interne » ; sommaire tapé à la main
#  (points de conduite) ; titres Word (Titre 1 / Titre 2) couleur cuivre numérotés 1 à 11 ; encadrés latéraux
#  « Le saviez-vous ? » (brassin, IPA, fût, houblon, DDM, sortie de brassin) ; section 9 sur une page PAYSAGE
#  (planning édito mois × canaux) ; en-tête « Brasserie La Filature — Plan de com 2026 » ; pied « v1.3 — page X »
#  (champ PAGE) ; annexe 1 = conversation Messenger en bulles, annexe 2 = tableau du bilan T1 (avril).
# Déterministe : propriétés du document figées, archive zip ré-horodatée, aucun aléa.
import datetime
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

SLUG = "c138-plan-communication-brasserie-lille"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
FILE = os.path.join(OUT, "Plan_com_2026_La_Filature_YMerabet.docx")
AUTHOR = "Yanis Merabet"
FIXED = datetime.datetime(2026, 4, 14, 18, 26, 0)
ZIPSTAMP = (2026, 4, 14, 18, 26, 0)

COPPER = RGBColor(0xA8, 0x5A, 0x24)
COPPER_HEX = "A85A24"
BEIGE = "F6EBDD"
GREY = RGBColor(0x66, 0x66, 0x66)
FONT = "Calibri"

doc = None


# ================================================================================================ utilitaires
def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def field(par, code, size=8.5, color=None):
    def fc(kind):
        r = par.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    fc("begin")
    r = par.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " %s " % code
    r._r.append(t)
    fc("separate")
    r = par.add_run("1")
    r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    fc("end")


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def par_box(par, fill, border=None, sz="8"):
    pPr = par._p.get_or_add_pPr()
    if border:
        bdr = OxmlElement("w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            b = OxmlElement("w:%s" % side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), sz)
            b.set(qn("w:space"), "4")
            b.set(qn("w:color"), border)
            bdr.append(b)
        pPr.append(bdr)
    if fill:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        pPr.append(shd)


def table_borders(tbl, color="BFBFBF", sz="4", outer=None):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:%s" % side)
        e.set(qn("w:val"), "single")
        if outer and side in ("top", "left", "bottom", "right"):
            e.set(qn("w:sz"), "12")
            e.set(qn("w:color"), outer)
        else:
            e.set(qn("w:sz"), sz)
            e.set(qn("w:color"), color)
        e.set(qn("w:space"), "0")
        b.append(e)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def add_text(par, text, size=None, bold=False, italic=False, color=None):
    """**gras** dans le texte."""
    parts = text.split("**")
    for k, chunk in enumerate(parts):
        if not chunk:
            continue
        r = par.add_run(chunk)
        r.bold = bold or (k % 2 == 1)
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    return par


def P(text, after=6, size=None, italic=False, align=None, color=None, before=0, bold=False):
    par = doc.add_paragraph()
    add_text(par, text, size=size, italic=italic, color=color, bold=bold)
    par.paragraph_format.space_after = Pt(after)
    par.paragraph_format.space_before = Pt(before)
    if align is not None:
        par.alignment = align
    return par


def H1(text, new_page=True):
    h = doc.add_heading(text, level=1)
    if new_page:
        h.paragraph_format.page_break_before = True
    return h


def H2(text):
    return doc.add_heading(text, level=2)


def BUL(items, size=None):
    for it in items:
        par = doc.add_paragraph(style="List Bullet")
        add_text(par, it, size=size)
        par.paragraph_format.space_after = Pt(2)


def NUM(items):
    for it in items:
        par = doc.add_paragraph(style="List Number")
        add_text(par, it)
        par.paragraph_format.space_after = Pt(2)


def SAVIEZ(title, text):
    """Encadré latéral « Le saviez-vous ? » calé à droite de la page."""
    p1 = doc.add_paragraph()
    add_text(p1, "🍺 Le saviez-vous ? — " + title, size=9, bold=True, color=COPPER)
    p2 = doc.add_paragraph()
    add_text(p2, text, size=8.5, italic=True)
    for k, par in enumerate((p1, p2)):
        par.paragraph_format.left_indent = Cm(8.6)
        par.paragraph_format.space_after = Pt(0 if k == 0 else 8)
        par.paragraph_format.space_before = Pt(4 if k == 0 else 0)
        par_box(par, BEIGE, COPPER_HEX, sz="6")
    p1.paragraph_format.keep_with_next = True


def COURSE_BOX(lines):
    for k, (kind, text) in enumerate(lines):
        par = doc.add_paragraph(style="List Bullet" if kind == "b" else None)
        add_text(par, text, size=9.5, bold=(kind == "t"))
        par.paragraph_format.space_after = Pt(3)
        par_box(par, "EDEDED", "8C8C8C", sz="4")


def TABLE(rows, widths, size=9, head=True, bold_rows=(), right=(), center=(), head_fill=COPPER_HEX, zebra=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.paragraphs[0].text = ""
            lines = str(val).split("\n")
            for k, line in enumerate(lines):
                par = c.paragraphs[0] if k == 0 else c.add_paragraph()
                par.paragraph_format.space_after = Pt(1)
                ishead = head and i == 0
                add_text(par, line, size=size, bold=ishead or i in bold_rows,
                         color=RGBColor(0xFF, 0xFF, 0xFF) if ishead else None)
                if j in right and not ishead:
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if j in center and not ishead:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if head and i == 0:
                shade_cell(c, head_fill)
            elif zebra and i % 2 == 0:
                shade_cell(c, "F8F1E9")
    if head:
        repeat_header(t.rows[0])
    if len(rows) <= 8:
        for row in t.rows[:-1]:
            for c in row.cells:
                for par in c.paragraphs:
                    par.paragraph_format.keep_with_next = True
    sp = doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(2)
    return t


def CAPTION(text):
    P(text, after=10, size=8.5, italic=True, color=GREY)


def set_heading_styles():
    for name, size, before in (("Heading 1", 17, 0), ("Heading 2", 12.5, 10)):
        st = doc.styles[name]
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.color.rgb = COPPER
        st.font.name = FONT
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf is not None and rf.get(qn(att)) is not None:
                del rf.attrib[qn(att)]
        st.paragraph_format.space_before = Pt(before)
        st.paragraph_format.space_after = Pt(6)
    n = doc.styles["Normal"]
    n.font.name = FONT
    n.font.size = Pt(11)


def new_section(landscape):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.different_first_page_header_footer = False
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(2.0), Cm(1.8), Cm(1.8), Cm(1.8)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(2.3), Cm(2.0), Cm(2.3), Cm(2.3)
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(0.9)
    return sec


def bubble(who, time, text, ours):
    meta = doc.add_paragraph()
    add_text(meta, "%s · %s" % (who, time), size=7.5, color=GREY)
    meta.paragraph_format.space_after = Pt(1)
    meta.paragraph_format.keep_with_next = True
    b = doc.add_paragraph()
    add_text(b, text, size=9.5, color=RGBColor(0xFF, 0xFF, 0xFF) if ours else None)
    b.paragraph_format.space_after = Pt(7)
    if ours:
        for par in (meta, b):
            par.paragraph_format.left_indent = Cm(6.0)
        meta.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        par_box(b, "0084FF", "0084FF", sz="6")
    else:
        for par in (meta, b):
            par.paragraph_format.right_indent = Cm(6.0)
        par_box(b, "E4E6EB", "E4E6EB", sz="6")


# ================================================================================================ contenu
def cover():
    P("Brasserie La Filature", size=13, bold=True, color=COPPER, after=2, before=10)
    P("Lille-Fives — brassée dans l'ancienne filature de lin de la rue Pierre-Legrand", size=9.5, color=GREY, after=18)
    ph = doc.add_paragraph()
    ph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = ph.add_run()
    for _ in range(5):
        r.add_break()
    add_text(ph, "[ visuel cuves ]", size=14, color=RGBColor(0x59, 0x59, 0x59))
    r = ph.add_run()
    for _ in range(6):
        r.add_break()
    par_box(ph, "BFBFBF", "A6A6A6")
    ph.paragraph_format.space_after = Pt(26)
    P("Plan de communication 2026", size=30, bold=True, color=COPPER, after=4)
    P("Taproom · boutique en ligne · Club Filature", size=14, color=GREY, after=30)
    P("v1.3 — document interne", size=11, bold=True, after=4)
    P("Version de janvier 2026, complétée en avril 2026 (bilan T1 en annexe 2)", size=10, after=22)
    P("Rédaction : Yanis Merabet, chargé de communication digitale (alternance)", size=10, after=2)
    P("Relecture et validation : Aurore Pruvost (associée, commerce) et Jérôme Vandenbussche (associé, brasseur)",
      size=10, after=2)
    P("Diffusion : associés et équipe taproom — merci de ne pas transférer en dehors de la brasserie", size=9,
      italic=True, color=GREY)


TOC = [
    ("1. Contexte", "3", 0), ("1.1 Qu'est-ce qu'un plan de communication ?", "3", 1),
    ("1.2 La Filature en 2025", "3", 1), ("1.3 Autour de nous", "4", 1),
    ("2. Objectifs 2026", "5", 0), ("3. Cibles", "6", 0), ("4. Plateforme de messages", "7", 0),
    ("5. Points de contact et contenus", "8", 0), ("5.1 Nos points de contact", "8", 1),
    ("5.2 Territoires de contenu", "8", 1), ("5.3 Rythme, formats et communauté", "9", 1),
    ("5.4 Le chat", "9", 1), ("5.5 Photo et vidéo", "9", 1),
    ("6. Relais locaux", "11", 0), ("7. Site et boutique", "12", 0),
    ("7.1 Mise en vitrine dans WooCommerce", "12", 1), ("7.2 Où mettre en vitrine", "12", 1),
    ("7.3 Passage en caisse et paiement", "12", 1), ("7.4 Modèle de fiche bière", "13", 1),
    ("7.5 Le Carnet de brassage (blog)", "14", 1), ("7.6 Conversion et retours du taproom", "14", 1),
    ("8. Le Club", "15", 0), ("9. Planning édito 2026", "16", 0), ("10. Budget par action", "17", 0),
    ("11. Mesure et indicateurs", "18", 0), ("Annexe 1 — Conversation Messenger (commande mariage)", "19", 0),
    ("Annexe 2 — Bilan T1 (avril 2026)", "20", 0),
]


def sommaire():
    p = P("Sommaire", size=17, bold=True, color=COPPER, after=12)
    p.paragraph_format.page_break_before = True
    for text, page, lvl in TOC:
        par = doc.add_paragraph()
        par.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        par.paragraph_format.left_indent = Cm(0.8 * lvl)
        par.paragraph_format.space_after = Pt(3 if lvl else 5)
        r = par.add_run(text + "\t" + page)
        r.bold = (lvl == 0)
        r.font.size = Pt(10.5 if lvl == 0 else 10)


CA = [("Fûts pour bars et restaurants", 621000), ("Taproom (pinte, planches, ventes à emporter)", 297000),
      ("Cavistes et épiceries fines", 243000), ("En ligne : e-shop + Club Filature", 189000)]


def eur(v):
    return "{:,}".format(v).replace(",", "\u202f") + " €"


def s1():
    H1("1. Contexte")
    H2("1.1 Qu'est-ce qu'un plan de communication ?")
    COURSE_BOX([
        ("t", "Rappel de cours — module « Stratégie de communication », Bachelor 3"),
        ("p", "Un plan de communication est un document de pilotage qui organise dans le temps l'ensemble des actions de "
              "communication d'une organisation. Il part d'un diagnostic, fixe des objectifs, définit des cibles, "
              "formule des messages, choisit des moyens, les planifie et les budgète, puis prévoit leur évaluation."),
        ("p", "La grille des 5 W (Harold Lasswell, 1948) résume tout acte de communication en cinq questions :"),
        ("b", "Who — qui parle ? (l'émetteur)"),
        ("b", "Says what — pour dire quoi ? (le message)"),
        ("b", "To whom — à qui ? (le récepteur, la cible)"),
        ("b", "In which channel — par quel canal ? (le média, le support)"),
        ("b", "With what effect — avec quel effet ? (le résultat attendu)"),
        ("p", "La copy strategy est le document de référence de la création publicitaire, formalisé chez Procter & "
              "Gamble dans les années 1960. Elle tient en cinq rubriques : la promesse (le bénéfice principal mis en "
              "avant), la preuve ou « support » de la promesse (ce qui la rend crédible), le bénéfice consommateur "
              "(ce que la cible y gagne concrètement), le ton (la manière de parler) et les contraintes (légales, "
              "graphiques, budgétaires). Elle garantit la cohérence de toutes les créations d'une même campagne."),
    ])
    P("", after=4)
    H2("1.2 La Filature en 2025")
    P("La Brasserie La Filature SAS a été créée en 2018 par **Jérôme Vandenbussche** (brasseur, ancien ingénieur "
      "agro) et **Aurore Pruvost** (commerce, anciennement chez un distributeur de boissons). Nous brassons dans une "
      "partie de l'ancienne filature de lin de Fives : salle de brassage 15 hl, six cuves de fermentation, une "
      "ligne d'embouteillage semi-automatique et, depuis 2021, le **taproom** ouvert du mercredi au samedi "
      "(17 h – minuit) avec 12 tireuses.")
    P("Quelques repères :")
    BUL([
        "9 personnes : 2 associés, 2 brasseurs, 1 commercial CHR, 3 au taproom, 1 alternant (moi, depuis septembre "
        "2025) ;",
        "1 800 hl brassés en 2025 ;",
        "une gamme permanente de trois bières : **Navette** (IPA, 6,2 %, 33 cl à 3,40 €), **Bobine** (blanche, 4,8 %, "
        "2,90 €), **Métier** (imperial stout, 10 %, 5,90 €) ;",
        "une **sortie de brassin** par mois : une édition limitée numérotée (ex. « Navette #12 », « Métier #4 ») ;",
        "la boutique en ligne sous **WooCommerce** avec **WooCommerce Subscriptions** pour le Club, paiements "
        "**Stripe** et **PayPal** ;",
        "les offres phares en ligne : la **Box dégustation 6 bières + verre** (24,90 €), le **Club Filature** "
        "(« Découverte » 6 bières/mois à 22 €, « Houblonné » 12 bières/mois à 39 €) et le **Brassin partagé** "
        "(une journée de brassage avec Jérôme, 79 €).",
    ])
    P("Répartition du chiffre d'affaires 2025 (1,35 M€ HT) :", before=4)
    rows = [["Canal", "CA 2025 HT", "Part"]]
    for name, v in CA:
        rows.append([name, eur(v), "%d %%" % round(v * 100 / 1350000)])
    rows.append(["Total", eur(sum(v for _, v in CA)), "100 %"])
    assert sum(v for _, v in CA) == 1350000
    TABLE(rows, [9.0, 3.5, 2.5], size=9.5, right=(1, 2), bold_rows=(5,))
    CAPTION("Tableau 1 — CA 2025 par canal (source : Aurore, clôture comptable). En ligne : e-shop 121 k€ et Club 68 k€ "
            "(environ 390 membres actifs en janvier 2026).")
    SAVIEZ("Brassin",
           "Un brassin, c'est une « fournée » de bière : tout ce qui est brassé en une fois dans la cuve. Chez nous, "
           "un brassin = 15 hl, soit environ 4 500 bouteilles de 33 cl.")
    H2("1.3 Autour de nous")
    P("La métropole lilloise compte aujourd'hui plus d'une vingtaine de brasseries artisanales. Celles que nous "
      "croisons le plus souvent chez les cavistes et sur les mêmes événements :")
    BUL([
        "**Brasserie des Trois Canaux** (Roubaix) : très présente chez les cavistes, Instagram soigné, pas de taproom ;",
        "**Houblonnière de la Deûle** : gros volumes, bières plus classiques, forte présence en grande distribution "
        "régionale ;",
        "**Malterie Bleue** (Tourcoing) : taproom avec concerts, communauté fidèle, e-shop simple sans abonnement.",
    ])
    P("Ce qui nous distingue : le lieu (la filature, les cuves visibles depuis le taproom), une sortie de brassin "
      "tous les mois et un Club par abonnement que les trois autres ne proposent pas.")


def s2():
    H1("2. Objectifs 2026")
    P("Point de départ : près de la moitié de notre chiffre d'affaires dépend des fûts livrés aux bars. En 2025, deux "
      "bars clients de Wazemmes ont fermé et un troisième a changé de brasserie du jour au lendemain. Jérôme et Aurore "
      "l'ont dit clairement en réunion de rentrée : **ils veulent moins dépendre des fûts** et développer ce que nous "
      "vendons nous-mêmes, au taproom et en ligne, là où la marge est la meilleure et où le client nous connaît.")
    P("Le plan de communication 2026 sert donc trois objectifs :")
    NUM([
        "**Faire connaître le Club Filature** au-delà des habitués du taproom ;",
        "**Remplir le taproom**, en particulier les soirs de semaine ;",
        "**Vendre plus en ligne** : box dégustation, bouteilles des sorties de brassin, Brassin partagé.",
    ])
    P("Ces trois objectifs se tiennent : le taproom est notre meilleure porte d'entrée vers le Club, et le Club fait "
      "revenir au taproom à chaque sortie de brassin. La boutique en ligne, elle, prolonge le lien pour ceux qui "
      "n'habitent pas Fives ou qui cherchent un cadeau.")
    P("Hors périmètre de ce plan : la prospection des bars et des cavistes, suivie directement par Aurore et "
      "Maxime (commercial CHR).", italic=True, color=GREY)
    SAVIEZ("Sortie de brassin",
           "Le jour où une édition limitée est mise en vente : ouverture des fûts au taproom à 18 h, bouteilles en "
           "ligne le même soir. Les sorties sont numérotées, la collection compte.")


def s3():
    H1("3. Cibles")
    P("Nous distinguons deux **cœurs de cible**, à qui nous vendons directement, et des **cibles relais**, qui "
      "parlent de nous ou servent nos bières à leurs propres clients.")
    H2("Cœur de cible n° 1 — Les amateurs de bière lillois, 25–40 ans")
    BUL([
        "Habitent Lille intra-muros, Fives, Hellemmes, La Madeleine ; étudiants en fin de cursus et jeunes actifs ;",
        "Curieux, aiment goûter une nouveauté, notent leurs bières sur **Untappd** (check-in) et suivent les "
        "brasseries sur Instagram ;",
        "Sortent en semaine, en petits groupes ; viennent pour une sortie de brassin, un quiz, un match ;",
        "Attentes : du neuf régulièrement, un lieu où l'on est bien reçu, le sentiment d'être « dans la confidence ».",
    ])
    P("Portrait type : **Thomas, 29 ans**, développeur chez un éditeur de logiciels d'EuraTechnologies, habite "
      "Fives depuis deux ans. Il a 600 check-in sur Untappd, suit une quinzaine de brasseries sur Instagram et vient "
      "au taproom le jeudi avec ses collègues. Il connaît la Navette mais n'a jamais entendu parler du Club : il "
      "pense que c'est « un truc de cadeau ».", italic=True, size=9.5)
    H2("Cœur de cible n° 2 — Les acheteurs de cadeaux")
    BUL([
        "Plutôt 35–60 ans, pas forcément amateurs de bière eux-mêmes ; achètent pour un père, un collègue, un "
        "anniversaire ;",
        "Pics très nets : fête des pères, fin d'année, Saint-Nicolas chez les familles du Nord ;",
        "Cherchent un cadeau « qui a une histoire », facile à offrir, livré à temps ou à retirer ;",
        "Produits concernés : box dégustation, Brassin partagé (bon cadeau), abonnement Club offert pour 3 mois.",
    ])
    P("Portrait type : **Nathalie, 52 ans**, infirmière à Marcq-en-Barœul, cherche chaque année un cadeau pour son "
      "mari et son beau-frère « qui aiment la bière ». Elle passe par Facebook et par la fromagerie de son quartier, "
      "lit la newsletter quand l'objet l'intéresse, et veut être sûre que le colis arrive avant le 24 décembre, ou "
      "pouvoir passer le chercher en rentrant du travail.", italic=True, size=9.5)
    H2("Cibles relais")
    BUL([
        "**Bars et restaurants clients** : ils servent nos fûts, ce sont nos premières vitrines à Lille ;",
        "**Cavistes et épiceries fines** : ils conseillent nos bouteilles au comptoir ;",
        "**Relais locaux** (blog, fromagerie, café-concert, presse, voir partie 6) : ils nous font découvrir à un "
        "public qui ne nous connaît pas encore.",
    ])
    SAVIEZ("IPA",
           "India Pale Ale : style de bière très houblonné, né au XIXᵉ siècle pour les longues traversées vers "
           "l'Inde. Amertume marquée, arômes d'agrumes ou de fruits tropicaux. Notre Navette en est une.")


def s4():
    H1("4. Plateforme de messages")
    P("Signature retenue avec Aurore et Jérôme : **« Brassée à Fives, bue à Lille. »**")
    P("Promesse générale : une bière fraîche, brassée à quelques rues de chez vous, avec une nouveauté tous les mois et "
      "des gens qui aiment en parler.")
    P("Messages clés :")
    BUL([
        "**Local et vrai** : les cuves sont visibles depuis le bar, le brasseur est souvent au comptoir ;",
        "**Toujours du nouveau** : une sortie de brassin par mois, numérotée ;",
        "**Le Club, c'est être servi en premier** : les membres reçoivent chaque brassin avant tout le monde ;",
        "**Fives, quartier ouvrier** : la filature, les métiers du lin, les noms de nos bières (Navette, Bobine, "
        "Métier) racontent cette histoire.",
    ])
    P("Ton : tutoiement sur Instagram, vouvoiement dans la newsletter et sur le site ; chaleureux, un peu d'humour, "
      "jamais d'incitation excessive à boire (mention « L'abus d'alcool est dangereux pour la santé, à consommer "
      "avec modération » sur tout support payant, loi Évin oblige).")
    P("Articulation cible × promesse × points de contact :", before=6)
    TABLE([
        ["Cible", "Promesse et messages clés", "Points de contact", "Objectif visé"],
        ["Amateurs lillois 25–40 ans (cœur de cible)",
         "« Tous les mois, un brassin que personne n'a encore goûté. »\nLe Club = être servi en premier.",
         "Instagram (stories compte à rebours, reels)\nUntappd\nTaproom : ardoise, sous-bocks QR\nNewsletter Brevo",
         "Faire venir aux sorties de brassin ; faire adhérer au Club"],
        ["Acheteurs de cadeaux (cœur de cible saisonnier)",
         "« Le cadeau lillois qui a une histoire. »\nBox prête à offrir, retrait gratuit à Fives.",
         "Site (page d'accueil, catégorie Coffrets)\nFacebook événements\nNewsletter Brevo\nFromagerie relais",
         "Vendre la box dégustation et le Brassin partagé en ligne"],
        ["Bars et restaurants (cible relais)",
         "« Une pression locale qui fait venir du monde. »\nOn communique pour vous à chaque sortie.",
         "Visites d'Aurore et Maxime\nUntappd (lieux où la trouver)\nLa Voix du Nord\nSous-bocks QR au comptoir",
         "Faire de leurs comptoirs des vitrines du Club et du taproom"],
    ], [3.4, 4.8, 4.6, 3.6], size=8.5)
    CAPTION("Tableau 2 — Plateforme de messages par cible")
    SAVIEZ("Fût",
           "Le fût inox de 20 ou 30 litres que nous livrons aux bars, branché sur leur tireuse. Il est consigné "
           "et revient à la brasserie pour être lavé puis rempli au brassin suivant.")


def s5():
    H1("5. Points de contact et contenus")
    H2("5.1 Nos points de contact")
    BUL([
        "**Instagram** (@lafilature.brasserie) : notre vitrine principale ; posts, stories, reels ;",
        "**Facebook** : surtout les **événements** du taproom (sorties de brassin, quiz, concerts), que les Lillois "
        "consultent encore beaucoup pour sortir ; Messenger reçoit aussi des demandes de fûts pour des fêtes privées "
        "(exemple en annexe 1) ;",
        "**Newsletter Brevo** : 4 100 contacts (clients e-shop, membres du Club, inscrits au taproom), un envoi "
        "toutes les deux semaines ;",
        "**Taproom** : l'ardoise des bières à la pression (mise à jour à chaque fût), les **sous-bocks avec QR code** "
        "vers la page du Club, les affiches des temps forts ;",
        "**Untappd** : page brasserie à jour, chaque nouveauté créée le jour de la sortie, taproom déclaré comme lieu "
        "pour les check-in ;",
        "**La Voix du Nord** : communiqué à chaque temps fort (Braderie, fête des pères, fin d'année), rubrique "
        "Sortir de l'édition de Lille ;",
        "**Le site** lafilature-brasserie.fr : boutique, Club, agenda du taproom, Carnet de brassage (blog).",
    ])
    P("Ce que nous arrêtons en 2026 : le compte X (Twitter), ouvert en 2019 et qui n'est plus alimenté depuis deux "
      "ans, et les flyers en boîte aux lettres dans Fives, chers et impossibles à suivre. Le compte TikTok est réservé "
      "mais pas lancé : nous n'avons pas le temps de produire pour une troisième plateforme vidéo, les reels "
      "Instagram passent en priorité.")
    H2("5.2 Territoires de contenu")
    P("Quatre territoires, qui reviennent chaque semaine et qui découlent des messages clés :")
    BUL([
        "**Coulisses du brassin** : le concassage du malt, l'ajout du houblon, le nettoyage des cuves, Jérôme qui "
        "goûte ; ce qu'on ne voit pas depuis le bar ;",
        "**Sortie de brassin** : compte à rebours en stories de J-7 à J (photo floutée de l'étiquette, indice sur le "
        "houblon, vidéo du remplissage des fûts, « ce soir 18 h ») ;",
        "**Agenda du taproom** : quiz du mercredi, match du samedi, concert, food truck de la semaine ;",
        "**Accords bière-fromage** : avec Le Cellier Wazemmes, un accord par mois (Bobine + chèvre frais, Métier + "
        "vieille mimolette, Navette + Maroilles).",
    ])
    P("Exemples de posts rédigés (janvier–avril) :", before=4)
    for t in [
        "« J-3 avant Navette #12 🍺 Cette fois Jérôme a doublé le Citra en fin d'ébullition. Tu devines le nez ? "
        "Réponse vendredi 18 h au taproom. #SortieDeBrassin #LaFilature »",
        "« Le mercredi c'est quiz 🧠🍺 Équipes de 2 à 6, inscription au bar dès 19 h, la table gagnante repart avec "
        "une box dégustation. »",
        "« Bobine + chèvre frais du Cellier Wazemmes : l'acidité du fromage, la douceur de la blanche. Essayé, "
        "approuvé 🍺🧀 »",
    ]:
        par = P(t, size=9.5, italic=True, after=4)
        par.paragraph_format.left_indent = Cm(1.0)
    H2("5.3 Rythme, formats et communauté")
    P("Rythme Instagram : **4 posts par semaine**, plus des stories tous les jours d'ouverture du taproom.")
    BUL([
        "Lundi : coulisses du brassin (photo ou carrousel) ;",
        "Mercredi : la bière de la semaine ou l'accord bière-fromage ;",
        "Vendredi : agenda du week-end au taproom ;",
        "Dimanche : repost d'un contenu client (UGC).",
    ])
    P("Formats :")
    BUL([
        "**Reels des jours de brassage** : 30 à 45 secondes, un brassin raconté du sac de malt au fût ;",
        "**Reposts UGC** : photos des clients au taproom ou de leurs check-in Untappd ; on demande toujours "
        "l'autorisation en message privé et on crédite le compte ;",
        "**Stories à sondage** (« Navette ou Bobine ce soir ? ») pour faire réagir la communauté ;",
        "**Réponses aux commentaires** dans la journée, par moi en semaine et par l'équipe du taproom le week-end.",
    ])
    P("Hashtags fixes (à chaque post) : #LaFilature #BrasséeàFives #BièreLilloise #BrasserieLille. Hashtags "
      "tournants selon le sujet : #SortieDeBrassin #CraftBeerFrance #BièreArtisanale #Taproom #Fives "
      "#AccordBièreFromage #Untappd.")
    P("Premier retour : les likes ont explosé sur le reel du brassin de la Navette #11 publié en décembre, de loin "
      "notre post le plus liké depuis l'ouverture du compte.")
    SAVIEZ("Houblon",
           "La fleur d'une plante grimpante qui donne l'amertume et les arômes. Citra, Mosaic, Strisselspalt… "
           "chaque variété a son parfum. Une bonne partie de notre houblon vient des Flandres.")
    H2("5.4 Le chat")
    P("Malt, notre chat roux, vit à la brasserie depuis 2020 et a plus de fans que certains d'entre nous. Il est "
      "devenu une série Instagram à part entière : **« Les tournées de Malt »**.")
    BUL([
        "Un post par mois où Malt « inspecte » : les sacs de malt, la ligne d'embouteillage, la caisse du taproom ;",
        "Des stories « Où est Malt ? » : on le cache dans une photo de la salle de brassage, les abonnés le cherchent ;",
        "Une idée pour la fin d'année : un sous-bock collector « Malt » offert avec la box de Noël.",
    ])
    P("Règle d'or : Malt n'apparaît jamais à côté d'un verre ni d'une bière, pour rester dans les clous de la loi "
      "Évin et ne pas associer l'animal à l'alcool.")
    H2("5.5 Photo et vidéo")
    P("Nos photos produit datent de 2021, avec les anciennes étiquettes. Pour la refonte des fiches bière et les "
      "réseaux, j'ai comparé trois solutions :")
    TABLE([
        ["Critère", "Studio Briques (photographe pro, Lille)", "Étudiant en photographie", "En interne (téléphone)"],
        ["Prestation", "Packshots des 3 bières + 6 éditions + box, fond blanc, et 20 photos d'ambiance au taproom",
         "Packshots uniquement, à domicile", "Photos faites par moi au taproom"],
        ["Coût", "1 400 € HT", "environ 450 €", "0 €"],
        ["Qualité", "Studio lumière, verre et bouteille sans reflet parasite, rendu homogène",
         "Bon cadrage mais pas d'éclairage studio : reflets sur les bouteilles brunes", "Correct pour les stories, "
         "insuffisant pour la boutique"],
        ["Droits", "Cession écrite : web, réseaux, print, 5 ans, tous supports", "À négocier, pas de contrat type",
         "Aucun problème"],
        ["Délai", "Shooting d'une demi-journée, fichiers livrés sous 10 jours", "Selon ses disponibilités (examens)",
         "Immédiat"],
    ], [2.6, 5.2, 4.2, 4.2], size=8.5)
    CAPTION("Tableau 3 — Choix du prestataire photo")
    P("Choix : **Studio Briques** pour les packshots et l'ambiance. Le surcoût se justifie par la qualité (nos "
      "bouteilles brunes sont difficiles à éclairer), par une cession de droits écrite qui couvre aussi le print des "
      "étiquettes de box, et par un délai tenu avant la sortie de février. Le téléphone reste notre outil pour le "
      "quotidien (stories, coulisses). L'étudiant aurait été moins cher, mais sans garantie sur les droits ni sur "
      "la date.")
    P("**Ce que je produis moi-même :**")
    BUL([
        "**Montage des reels de brassage dans CapCut** : dérushage des 40 minutes filmées au téléphone, coupes calées "
        "sur le rythme de la musique, sous-titres automatiques puis corrigés à la main (les noms de houblon sont "
        "toujours mal reconnus), niveaux sonores réglés pour que la voix de Jérôme passe devant la musique, "
        "titre animé « Brassin #12 » en ouverture ;",
        "**Retouche des packshots dans Lightroom** : balance des blancs, suppression des reflets et des poussières sur "
        "le verre, recadrage identique pour toutes les bouteilles, préréglage « Filature » appliqué à toute la série "
        "pour garder la même teinte cuivrée.",
    ])
    P("Formats de diffusion :")
    BUL([
        "reels en **9:16** (1 080 × 1 920), **sous-titrés** car la plupart des gens regardent sans le son, 45 secondes "
        "maximum ;",
        "packshots exportés en **WebP, 1 200 px** de large, moins de 200 Ko, pour que les fiches bière chargent vite "
        "sur téléphone ;",
        "photos d'ambiance en 1 080 × 1 350 (4:5) pour le fil Instagram.",
    ])


def s6():
    H1("6. Relais locaux")
    P("Cinq relais locaux retenus pour 2026. L'idée : toucher des gens qui partagent nos valeurs (le local, le "
      "fait-main, Lille) mais qui ne sont pas encore venus à Fives.")
    TABLE([
        ["Relais", "Type", "Pourquoi eux"],
        ["Le Cellier Wazemmes", "Fromagerie (place de la Nouvelle-Aventure)",
         "Même clientèle que la nôtre : des Lillois qui achètent local et mettent un peu plus pour la qualité. Le "
         "moment de consommation est le même, l'apéritif et le plateau du week-end. Un accord bière-fromage par mois "
         "et une soirée accords au taproom par trimestre."],
        ["Bulles & Houblons", "Caviste (Vieux-Lille)",
         "Ses clients viennent chercher un conseil et une bouteille à offrir : c'est exactement notre cœur de cible "
         "cadeau. Le caviste peut vendre la box dégustation en dépôt et parler du Club au comptoir."],
        ["Lille en Mousse", "Blog bière lillois", ""],
        ["Le Métallo", "Café-concert (Fives)", ""],
        ["La Voix du Nord", "Presse quotidienne régionale, rubrique Sortir", ""],
    ], [3.5, 4.2, 8.5], size=9)
    CAPTION("Tableau 4 — Relais locaux 2026")
    P("Ce que nous faisons avec chacun (à préciser au fil de l'année) :")
    BUL([
        "Le Cellier Wazemmes : soirées accords en mars, juin et novembre, fiche « accord du mois » en boutique ;",
        "Bulles & Houblons : box dégustation en dépôt, dégustation sur place pour chaque sortie de brassin ;",
        "Lille en Mousse : invitation à un Brassin partagé au printemps ;",
        "Le Métallo : fût de Bobine pour la soirée Fête de la musique ;",
        "La Voix du Nord : communiqués pour la Braderie et la fin d'année.",
    ])
    P("Pour chaque relais, un petit kit préparé à l'avance : deux photos Studio Briques libres de droits, un texte "
      "de présentation de 80 mots, le calendrier des sorties de brassin et le contact direct d'Aurore. Le but est "
      "qu'ils puissent parler de nous sans avoir à nous demander quoi que ce soit.")


def s7():
    H1("7. Site et boutique")
    H2("7.1 Mise en vitrine dans WooCommerce")
    P("Ce qui est en place depuis février sur la boutique (WooCommerce 8.x, thème Storefront personnalisé) :")
    BUL([
        "**Catégorie « Nouveau brassin » épinglée** : elle est passée en tête de l'ordre des catégories et la bière "
        "du mois est cochée « mise en avant » (l'étoile dans la liste des produits) ; à chaque sortie je remplace le "
        "produit, l'ancien repasse dans « Bières » ;",
        "**Badge « Édition limitée »** : créé avec l'extension YITH WooCommerce Badge Management, couleur cuivre, "
        "affiché sur la vignette de toutes les éditions numérotées ;",
        "**Vente croisée « Complétez avec un verre »** : dans l'onglet Produits liés de chaque bière, le verre "
        "Filature 33 cl (4,50 €) est ajouté en vente croisée, avec ce titre personnalisé ;",
        "**Barre d'annonce** en haut de toutes les pages : « Navette #12 dispo vendredi 18 h — retrait gratuit au "
        "taproom », changée à chaque sortie de brassin.",
    ])
    H2("7.2 Où mettre en vitrine")
    P("Les deux endroits où la mise en vitrine compte le plus pour nous :")
    BUL([
        "**La page d'accueil** : c'est là qu'arrivent les gens qui viennent d'Instagram ou du QR des sous-bocks. En "
        "haut, le bloc « Nouveau brassin » (photo, nom, date de sortie, bouton « Je la veux ») ; juste en dessous, "
        "la box dégustation et le Club ;",
        "**La page catégorie Bières** : la bière du mois en premier, avec le badge, puis la gamme permanente ; en "
        "décembre, la catégorie Coffrets prendra la première place.",
    ])
    H2("7.3 Passage en caisse et paiement")
    P("Moyens de paiement installés :")
    BUL([
        "**Carte bancaire via Stripe** (extension WooCommerce Stripe Payment Gateway) ;",
        "**Apple Pay**, activé dans la même extension Stripe ;",
        "**PayPal** (PayPal Payments) pour ceux qui ne veulent pas saisir leur carte ;",
        "**Prélèvement SEPA** via Stripe, réservé aux abonnements du Club (WooCommerce Subscriptions gère le "
        "renouvellement mensuel le 5 de chaque mois).",
    ])
    P("Ce qui rassure au moment de payer :")
    BUL([
        "une **vérification de l'âge** à la première visite (« Avez-vous 18 ans ou plus ? »), obligatoire pour vendre "
        "de l'alcool en ligne ;",
        "**3-D Secure** activé sur tous les paiements par carte (validation dans l'appli de la banque) ;",
        "sous le bouton « Commander », la mention **« Paiement sécurisé »** avec les logos CB, Visa, Mastercard, "
        "Apple Pay et PayPal ;",
        "les frais de port et le retrait gratuit expliqués dans la FAQ, et un numéro de téléphone de la brasserie en "
        "pied de page.",
    ])
    P("Je n'ai pas encore testé le paiement sur téléphone ni sur tablette.")
    H2("7.4 Modèle de fiche bière")
    P("Toutes les fiches bière vont être refaites sur le même modèle avant l'été. Voici la maquette validée avec "
      "Jérôme, sur l'exemple de la Navette :")
    t = doc.add_table(rows=9, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, color="E0C9B3", outer=COPPER_HEX)
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Cm(4.0), Cm(11.5)
    top = t.cell(0, 0).merge(t.cell(0, 1))
    top.paragraphs[0].text = ""
    add_text(top.paragraphs[0], "NAVETTE — IPA — 6,2 % — 33 cl — 3,40 €", size=12, bold=True, color=COPPER)
    add_text(top.add_paragraph(), "[photo bouteille — packshot Studio Briques]      [photo verre — ambiance taproom]",
             size=8.5, color=GREY)
    add_text(top.add_paragraph(), "Badge « Édition limitée » si brassin numéroté · Note Untappd : 3,86/5 "
             "(1 240 notes)", size=9)
    shade_cell(top, BEIGE)
    lines = [
        ("Style / degré", "IPA (India Pale Ale) — 6,2 % vol."),
        ("Amertume / couleur", "IBU 55 — dorée, légèrement trouble (EBC 12)"),
        ("Houblons", "Citra, Mosaic, Simcoe — houblonnage à cru"),
        ("En bouche", "Nez d'agrumes et de mangue, bouche ronde, finale sèche et amère"),
        ("Accord", "Maroilles, poulet tandoori, fish & chips"),
        ("DDM / conservation", "DDM 6 mois après embouteillage (date sur la capsule) — à garder au frais, debout"),
        ("Distinctions", "Médaille d'argent, Concours des bières des Hauts-de-France 2024"),
        ("Format et livraison", "Bouteille 33 cl — carton de 6, 12 ou 24 bouteilles (frais de port : 6,90 € / "
                                "9,90 € / 14,90 €) — retrait gratuit au taproom du mercredi au samedi"),
    ]
    for i, (k, v) in enumerate(lines, start=1):
        a, b = t.cell(i, 0), t.cell(i, 1)
        a.width, b.width = Cm(4.0), Cm(11.5)
        a.paragraphs[0].text = ""
        b.paragraphs[0].text = ""
        add_text(a.paragraphs[0], k, size=9, bold=True)
        add_text(b.paragraphs[0], v, size=9)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    CAPTION("Tableau 5 — Maquette de la fiche bière (exemple : Navette)")
    P("Pourquoi ces éléments : la personne qui achète en ligne ne peut pas goûter. Elle doit savoir en un coup d'œil "
      "ce qu'elle achète (style, degré, amertume), si la bière va tenir jusqu'à l'occasion prévue (la DDM), combien "
      "lui coûtera la livraison selon le carton choisi, et qu'elle peut venir la chercher gratuitement à Fives. La "
      "note Untappd rassure : c'est l'avis des buveurs, pas le nôtre.")
    P("**Rédaction des descriptions** — un gabarit commun pour que toutes les fiches parlent de la même voix :")
    BUL([
        "une accroche d'une phrase, au présent, qui raconte la bière (« La Navette, c'est le va-et-vient de la navette "
        "sur le métier à tisser : une IPA qui fait des allers-retours entre les agrumes et l'amertume. ») ;",
        "les notes de dégustation dans l'ordre **Nez / Bouche / Finale**, avec des mots simples (agrumes, pain grillé, "
        "café) plutôt que du jargon ;",
        "une phrase sur le brassin (qui l'a brassée, quand, ce qui change cette fois) ;",
        "une ligne d'accord mets-bière ;",
        "pas plus de 120 mots, « nous » pour la brasserie, vouvoiement.",
    ])
    P("Côté Google, l'expression « bière artisanale lille » a été placée dans la balise titre et dans le H1 de la "
      "page d'accueil (« Bière artisanale à Lille — Brasserie La Filature, Fives »).")
    SAVIEZ("DDM",
           "Date de durabilité minimale (l'ancienne « à consommer de préférence avant »). Passée la DDM, la bière "
           "reste buvable, mais une IPA perd vite ses arômes de houblon : mieux vaut la boire jeune.")
    H2("7.5 Le Carnet de brassage (blog)")
    P("Le blog « Carnet de brassage » a été installé en janvier sur le WordPress qui porte déjà la boutique "
      "(lafilature-brasserie.fr/carnet). Réglages faits :")
    BUL([
        "**Catégories** : Coulisses, Sorties de brassin, Accords, Le quartier (Fives et la filature) ;",
        "**Auteurs** : un compte « Auteur » pour Jérôme (il écrit les articles techniques, je relis et je publie), mon "
        "compte « Éditeur » ; biographie et photo affichées en bas de chaque article ;",
        "**Yoast SEO** : titre SEO, méta-description et slug renseignés pour chaque article, aperçu Google vérifié "
        "avant publication, plan du site XML activé et envoyé ;",
        "**Commentaires modérés** : premier commentaire d'un visiteur validé à la main, filtre anti-spam Akismet, "
        "liens interdits dans les commentaires ;",
        "permaliens en /carnet/nom-de-l-article/, lien « Carnet » ajouté au menu principal, formulaire "
        "d'inscription Brevo en fin d'article.",
    ])
    P("Premiers articles publiés : « Pourquoi la Navette change à chaque brassin », « Fives, la filature et nous », "
      "« Trois accords bière-fromage avec Le Cellier Wazemmes ».")
    H2("7.6 Conversion et retours du taproom")
    P("Objectif pour la boutique : **atteindre 2 % de conversion**.")
    P("Deux remarques entendues au comptoir du taproom, de la part de clients qui avaient commandé ou essayé de "
      "commander en ligne :")
    NUM([
        "**« La fenêtre de l'âge revient à chaque page »** : le cookie de la vérification d'âge ne se gardait pas. "
        "Corrigé en février : la réponse est gardée 30 jours, la fenêtre ne s'affiche plus qu'une fois.",
        "**« On découvre les frais de port tout à la fin »** : les frais ne s'affichent qu'à la dernière étape. "
        "À voir.",
    ])


def s8():
    H1("8. Le Club")
    P("Pour faire revenir les clients, nous avons passé en revue tout ce qui existe ou pourrait exister chez nous :")
    TABLE([
        ["Dispositif", "Principe", "Ce que ça apporte", "Limites"],
        ["Club Filature (abonnement)", "Découverte 22 €/mois (6 bières) ou Houblonné 39 €/mois (12 bières), "
         "prélèvement mensuel", "Revenu récurrent, lien mensuel, priorité sur les éditions limitées",
         "Demande de la logistique chaque mois ; il faut renouveler l'intérêt"],
        ["Carte de fidélité taproom", "Carte tamponnée, 10ᵉ pinte offerte", "Simple, déjà connue des habitués",
         "Ne touche que ceux qui viennent déjà ; aucun lien avec le site"],
        ["Parrainage", "Un membre qui fait entrer un ami reçoit un verre + une bouteille de Métier",
         "Recrutement par le bouche-à-oreille", "Marche seulement si le Club existe déjà"],
        ["E-mail d'anniversaire", "Envoi automatique Brevo avec une pinte offerte au taproom",
         "Attention personnelle, coût faible", "Il faut la date de naissance (on l'a déjà pour l'âge)"],
        ["Application à points", "Points à chaque achat, boutique et taproom, convertibles en bons",
         "Mesure fine des habitudes", "Abonnement à l'appli (≈ 60 €/mois), caisse à connecter, gadget pour 9 salariés"],
    ], [3.2, 4.4, 4.4, 4.2], size=8.5)
    CAPTION("Tableau 6 — Dispositifs de fidélisation envisagés")
    P("**Notre choix : miser sur le Club plutôt que sur une application à points.** Trois raisons :")
    NUM([
        "**Le revenu récurrent** : 68 k€ en 2025 avec un simple onglet sur le site ; chaque membre en plus est du "
        "chiffre d'affaires prévisible tous les mois, ce qui compte quand on veut moins dépendre des fûts ;",
        "**Il colle au rythme de la brasserie** : nous sortons un brassin par mois, le Club livre une box par mois. "
        "Chaque colis contient l'édition du mois avant tout le monde, c'est notre argument le plus fort ;",
        "**Les membres viennent aux sorties** : le colis peut être retiré au taproom le soir de la sortie de brassin, "
        "et la plupart des membres lillois le font. Le Club remplit donc aussi le taproom.",
    ])
    P("La carte du taproom (10ᵉ pinte offerte) est gardée telle quelle, car elle ne coûte rien et les habitués y "
      "tiennent. Le parrainage et l'e-mail d'anniversaire seront ajoutés au Club comme bonus, l'application à points "
      "est abandonnée.")
    P("Ce qui change pour le Club en 2026 :")
    BUL([
        "une page Club refaite sur le site : les deux formules côte à côte, le contenu type d'un colis, les dates de "
        "retrait au taproom, et les réponses aux questions qu'on nous pose au bar (« je peux suspendre un mois ? », "
        "« je peux offrir un abonnement ? ») ;",
        "les sous-bocks QR au taproom et dans les bars clients qui renvoient directement vers cette page ;",
        "un colis qui raconte le brassin : une carte avec l'histoire de la bière du mois, écrite par Jérôme ;",
        "un abonnement « offert » de 3 mois pour la fin d'année, qui sert de porte d'entrée aux acheteurs de cadeaux.",
    ])


PLANNING = [
    ["Janv.", "Dry January : focus taproom sans alcool (kombucha maison)",
     "Coulisses du brassin #12 ; lancement « Les tournées de Malt »", "Bilan 2025 + vœux", "Quiz du mercredi",
     "Mise en ligne du Carnet de brassage", "—"],
    ["Févr.", "Sortie Métier #4 ; Saint-Valentin", "Stories compte à rebours Métier #4", "Box duo Saint-Valentin",
     "Sortie Métier #4 — 18 h", "Shooting Studio Briques ; badge Édition limitée", "—"],
    ["Mars", "Sortie Bobine #9", "Reel brew day Bobine", "Newsletter Club", "Soirée accords Cellier",
     "Nouvelles fiches bière", "Le Cellier Wazemmes"],
    ["Avril", "Sortie Navette #12", "Compte à rebours J-7 ; UGC check-in", "Sortie Navette #12", "Sortie Navette #12",
     "Barre d'annonce ; verres sérigraphiés", "Bulles & Houblons : dégustation"],
    ["Mai", "Brassin partagé (printemps)", "Reel Brassin partagé", "Offre Brassin partagé",
     "Concert Le Métallo hors les murs", "Bon cadeau Brassin partagé", "Lille en Mousse invité"],
    ["Juin", "Fête des pères ; Fête de la musique", "Posts cadeau fête des pères", "Box fête des pères",
     "Soirée accords Cellier", "Coffrets en tête de la page d'accueil", "Le Métallo : fût de Bobine"],
    ["Juil.", "Sortie Bobine d'été", "Stories terrasse", "Newsletter été", "Terrasse tous les soirs",
     "Retrait gratuit mis en avant", "—"],
    ["Août", "Vacances (taproom fermé 2 sem.)", "Best of des reels", "—", "Fermeture 4–17 août", "—", "—"],
    ["Sept.", "Braderie de Lille", "Braderie : fût spécial", "Spécial Braderie", "Braderie : fût spécial",
     "Édition Braderie en ligne", "La Voix du Nord : communiqué"],
    ["Oct.", "Sortie Métier #5 ; récolte du houblon", "Coulisses houblon frais", "Sortie Métier #5",
     "Soirée houblon frais", "Précommande box de Noël", "—"],
    ["Nov.", "Sortie Navette #13", "Compte à rebours Navette #13", "Calendrier de l'Avent", "Soirée accords Cellier",
     "Catégorie Coffrets en tête", "Le Cellier Wazemmes"],
    ["Déc.", "Saint-Nicolas ; Noël", "Posts cadeaux ; Malt de Noël", "Box de Noël + Club offert",
     "Marché de Noël au taproom", "Box de Noël ; Club offert 3 mois", "La Voix du Nord : idées cadeaux"],
]


def s9():
    new_section(landscape=True)
    h = H1("9. Planning édito 2026", new_page=False)
    P("Vue d'ensemble des temps forts et de ce qui passe sur chaque point de contact, mois par mois.", size=9.5,
      after=4)
    rows = [["Mois", "Temps forts", "Instagram / Facebook", "Newsletter Brevo", "Taproom", "Boutique en ligne",
             "Relais & presse"]] + PLANNING
    TABLE(rows, [1.4, 4.4, 4.3, 3.5, 3.6, 4.3, 4.0], size=8)
    CAPTION("Tableau 7 — Planning édito 2026 (mis à jour en avril)")


BUDGET = [
    ("Extension badges + barre d'annonce (licences annuelles)", 170, "Janvier"),
    ("Shooting Studio Briques : packshots + ambiance", 1400, "Février"),
    ("Sous-bocks QR Club (5 000 exemplaires)", 650, "Mars"),
    ("Soirées accords avec Le Cellier Wazemmes (3 soirées)", 900, "Mars, juin, novembre"),
    ("Verres sérigraphiés Filature (600 pièces)", 1500, "Avril"),
    ("Brassin partagé offert au blog Lille en Mousse + presse", 480, "Mai"),
    ("Partenariat concert Le Métallo (cachet + fût)", 1200, "Juin"),
    ("Sponsorisation Instagram des sorties de brassin (12 × 150 €)", 1800, "Toute l'année"),
    ("Publicité Facebook événements du taproom", 900, "Toute l'année"),
    ("Abonnement Brevo (65 €/mois)", 780, "Toute l'année"),
    ("Ardoises, affiches et flyers du taproom", 720, "Toute l'année"),
    ("Fût spécial et stand Braderie", 2200, "Septembre"),
    ("Étuis imprimés box de Noël (800 exemplaires)", 1900, "Octobre"),
]


def s10():
    new_section(landscape=False)
    H1("10. Budget par action", new_page=False)
    P("Budget validé par Aurore en janvier. Les montants sont HT ; les bières offertes (échantillons, fûts de "
      "partenariat) sont comptées au coût de revient.")
    total = sum(c for _, c, _ in BUDGET)
    assert total == 14600, total
    rows = [["Action", "Coût", "Mois"]] + [[a, eur(c), m] for a, c, m in BUDGET] + [["Total", eur(total), ""]]
    TABLE(rows, [9.6, 2.6, 4.0], size=9, right=(1,), bold_rows=(len(rows) - 1,))
    CAPTION("Tableau 8 — Budget communication 2026 par action")
    P("Plus des deux tiers du budget partent dans des actions ponctuelles (shooting, Braderie, box de Noël) ; le "
      "reste est étalé sur l'année. Aurore a demandé qu'on garde une réserve non affectée pour une opportunité "
      "(festival, collaboration avec une autre brasserie) : elle n'est pas comptée ici.")
    H1("11. Mesure et indicateurs")
    P("TODO : définir les KPI avec Aurore", color=RGBColor(0xC0, 0x00, 0x00), bold=True)


def annexes():
    H1("Annexe 1 — Conversation Messenger (commande mariage)")
    P("Conversation reçue sur la page Facebook de la brasserie en mars 2026, reproduite avec l'accord de la cliente "
      "(prénom modifié).", size=9, italic=True, color=GREY, after=10)
    conv = [
        ("Camille", "jeu. 5 mars, 21:14",
         "Bonjour ! On se marie le 13 juin à Lambersart et on adore votre Bobine. Est-ce que vous faites des fûts "
         "pour les particuliers ? On sera environ 90.", False),
        ("Brasserie La Filature", "jeu. 5 mars, 21:31",
         "Bonsoir Camille, félicitations ! 🎉 Oui, on fait des fûts pour les mariages. Pour 90 personnes on conseille "
         "en général 2 fûts de 20 L de Bobine (environ 160 verres de 25 cl), et si vous voulez varier, 1 fût de "
         "Navette à la place du deuxième.", True),
        ("Camille", "jeu. 5 mars, 21:36", "Super. Et pour la tireuse ? On n'a rien du tout 😅", False),
        ("Brasserie La Filature", "jeu. 5 mars, 21:40",
         "On vous prête une tireuse 2 becs avec le CO₂ (caution de 150 €, rendue au retour). Le fût de 20 L de Bobine "
         "est à 98 € TTC, la Navette à 112 € TTC. Livraison à Lambersart le vendredi 12 juin : 25 €, ou retrait "
         "gratuit à la brasserie.", True),
        ("Camille", "jeu. 5 mars, 21:52",
         "Parfait, on prend 1 Bobine + 1 Navette avec livraison. Et si on ne finit pas tout ?", False),
        ("Brasserie La Filature", "jeu. 5 mars, 21:55",
         "Les fûts entamés ne sont pas repris, mais un fût ouvert se garde 2–3 jours au frais, vos invités du "
         "dimanche seront contents 😉 Je vous envoie un lien de paiement pour l'acompte de 30 % ? Le solde est réglé à "
         "la livraison.", True),
        ("Camille", "jeu. 5 mars, 21:57", "Oui merci !", False),
        ("Brasserie La Filature", "jeu. 5 mars, 22:03",
         "Voici le lien Stripe pour l'acompte de 70,50 € (sur 235 € : 98 + 112 + 25). Vous recevrez la confirmation "
         "par e-mail, et on vous appelle la semaine du mariage pour caler l'heure de livraison. 🍺", True),
        ("Camille", "jeu. 5 mars, 22:11", "C'est payé, merci beaucoup, à très vite !", False),
    ]
    assert 98 + 112 + 25 == 235 and round(235 * 0.30, 2) == 70.5
    for who, tm, text, ours in conv:
        bubble(who, tm, text, ours)
    P("Issue : commande confirmée, acompte reçu le 5 mars, livraison prévue le 12 juin.", size=9.5, before=6,
      bold=True)
    H1("Annexe 2 — Bilan T1 (avril 2026)")
    P("Point fait avec Aurore le 10 avril sur les actions prévues de janvier à mars.", after=8)
    actions = [
        ("Janvier", "Mise en ligne du Carnet de brassage", True),
        ("Janvier", "Newsletter bilan 2025 + vœux", True),
        ("Janvier", "Lancement « Les tournées de Malt »", True),
        ("Février", "Shooting Studio Briques", True),
        ("Février", "Badge « Édition limitée » + catégorie Nouveau brassin", True),
        ("Février", "Sortie Métier #4 : stories compte à rebours", True),
        ("Février", "Newsletter box duo Saint-Valentin", False),
        ("Février", "Communiqué La Voix du Nord (Métier #4)", False),
        ("Mars", "Reel brew day Bobine", True),
        ("Mars", "Soirée accords au taproom avec Le Cellier Wazemmes", True),
        ("Mars", "Sous-bocks QR Club dans les bars clients", True),
        ("Mars", "Newsletter Club de mars", False),
        ("Mars", "Nouvelles fiches bière en ligne", True),
        ("Mars", "Article invité sur Lille en Mousse", False),
    ]
    assert len(actions) == 14 and sum(1 for a in actions if not a[2]) == 4
    rows = [["Mois", "Prévu", "Fait"]] + [[m, a, "✓" if ok else "✗"] for m, a, ok in actions]
    TABLE(rows, [2.4, 11.0, 2.0], size=9, center=(2,))
    CAPTION("Tableau 9 — Bilan T1 : prévu / fait")


def main():
    global doc
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    set_heading_styles()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(2.3), Cm(2.0), Cm(2.3), Cm(2.3)
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(0.9)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_text(hp, "Brasserie La Filature — Plan de com 2026", size=8.5, color=COPPER)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_text(fp, "v1.3 — page ", size=8.5, color=GREY)
    field(fp, "PAGE", 8.5, GREY)

    cover()
    sommaire()
    s1()
    s2()
    s3()
    s4()
    s5()
    s6()
    s7()
    s8()
    s9()
    s10()
    annexes()

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Plan de communication 2026 — Brasserie La Filature"
    cp.subject = "Plan de com 2026 v1.3"
    cp.keywords = "brasserie, taproom, Club, Lille, communication"
    cp.comments = ""
    cp.created = datetime.datetime(2026, 1, 12, 9, 40, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 23
    doc.save(FILE)
    repack(FILE)
    print("ok", FILE)


if __name__ == "__main__":
    main()
