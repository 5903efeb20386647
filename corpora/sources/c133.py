# Générateur du dossier de la candidate c133 (Ostrea — bijoux en argent faits main, Salomé Rieu, entreprise individuelle,
# établi aux « Établis du Faubourg », Boutonnet, Montpellier) — blocs 1, 4 et 5, dossier faible.
# (1) Dossier_RIEU_Salome_Ostrea.docx : une douzaine de pages (rendu LibreOffice), Georgia 11, trois Titre 1 bleu-vert
#     « Partie 1 : Mon marketing », « Partie 2 : Mes photos et mes annonces », « Partie 3 : L'organisation de l'atelier »,
#     sous-parties en simples lignes grasses, 4 petits tableaux, emplacements photo « [photo : …] », en-tête
#     « Ostrea — bijoux en argent faits main », ni pied de page, ni numéros de page, ni sommaire ; dernière page
#     « Ma grille d'auto-évaluation » (grille de l'école recopiée et cochée).
# (2) Ostrea_chiffres.xlsx : classeur écrit en ODS (odfpy) puis converti par LibreOffice : « Budget 2026 » (quelques
#     formules), « Concurrents » (3 lignes), « Stats Etsy » (export Etsy collé en valeurs, montants en texte avec €).
# Déterministe : propriétés figées, archives zip ré-horodatées.
import datetime
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TableCellProperties, TextProperties, ParagraphProperties, DefaultStyle
from odf.number import NumberStyle, Number, CurrencyStyle, CurrencySymbol, Text as NText
from odf.table import Table as OTable, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P as OP
from odf.meta import CreationDate, InitialCreator
from odf.dc import Creator, Date as DcDate, Title as DcTitle

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "..", "c133-createrice-bijoux-argent-montpellier")
DOCX = os.path.join(OUT, "Dossier_RIEU_Salome_Ostrea.docx")
XLSX = os.path.join(OUT, "Ostrea_chiffres.xlsx")
AUTHOR = "Salomé Rieu"
DOC_CREATED = datetime.datetime(2026, 3, 8, 20, 14, 0)
DOC_MODIFIED = datetime.datetime(2026, 4, 27, 22, 41, 0)
DOC_STAMP = (2026, 4, 27, 22, 41, 0)
XLSX_STAMP = (2026, 4, 26, 17, 5, 30)
XLSX_CREATED = "2026-01-11T15:22:08Z"
XLSX_MODIFIED = "2026-04-26T17:05:30Z"

TEAL = RGBColor(0x1B, 0x7A, 0x78)
GREY = RGBColor(0x6B, 0x6B, 0x6B)
FONT = "Georgia"

doc = None


# =====================================================================================================
# OUTILS DOCX
# =====================================================================================================
def rich(par, text, bold=False, italic=False, size=None, color=None):
    for part in re.split(r"(\*\*.+?\*\*)", text):
        if not part:
            continue
        b = bold
        if part.startswith("**"):
            part = part[2:-2]
            b = True
        r = par.add_run(part)
        r.bold = b or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    return par


def H1(t):
    doc.add_heading(t, level=1)


def B(t, new_page=False):
    """Sous-partie : simple ligne en gras (pas de style de titre)."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.page_break_before = new_page
    rich(p, t, bold=True)
    return p


def P(t, italic=False):
    p = doc.add_paragraph()
    rich(p, t, italic=italic)
    return p


def DASH(items):
    for it in items:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.4)
        p.paragraph_format.space_after = Pt(2)
        rich(p, "- " + it)
    doc.paragraphs[-1].paragraph_format.space_after = Pt(8)


def BUL(items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        p.paragraph_format.space_after = Pt(2)
        rich(p, it)
    doc.paragraphs[-1].paragraph_format.space_after = Pt(8)


def NUM(items):
    for i, it in enumerate(items, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.7)
        p.paragraph_format.first_line_indent = Cm(-0.5)
        p.paragraph_format.space_after = Pt(2)
        rich(p, "%d. %s" % (i, it))
    doc.paragraphs[-1].paragraph_format.space_after = Pt(8)


def PHOTO(t):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(18)
    p.paragraph_format.space_after = Pt(22)
    rich(p, "[photo : %s]" % t, italic=True, color=GREY)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcpr.append(sh)


def TABLE(rows, widths, size=10, head_fill="D9EDEC"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            par = c.paragraphs[0]
            par.paragraph_format.space_after = Pt(0)
            lines = val.split("\n")
            for k, ln in enumerate(lines):
                if k:
                    par = c.add_paragraph()
                    par.paragraph_format.space_after = Pt(0)
                rich(par, ln, bold=(i == 0), size=size)
            if i == 0 and head_fill:
                shade(c, head_fill)
    sp = doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(2)
    return t


def setup():
    global doc
    doc = Document()
    st = doc.styles
    rpr_default = st.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr_default.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr_default.append(lang)
    lang.set(qn("w:val"), "fr-FR")
    for rf in st.element.iter(qn("w:rFonts")):
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        rf.set(qn("w:ascii"), FONT)
        rf.set(qn("w:hAnsi"), FONT)
    normal = st["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(7)
    normal.paragraph_format.line_spacing = 1.15
    h1 = st["Heading 1"]
    h1.font.name = FONT
    h1.font.size = Pt(17)
    h1.font.bold = True
    h1.font.color.rgb = TEAL
    h1.paragraph_format.space_before = Pt(6)
    h1.paragraph_format.space_after = Pt(12)
    h1.paragraph_format.page_break_before = True
    lb = st["List Bullet"]
    lb.font.name = FONT
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sec.top_margin = Cm(2.4)
    sec.bottom_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rich(hp, "Ostrea — bijoux en argent faits main", italic=True, size=9, color=TEAL)


def fixed_zip(data, path, stamp):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            if name == "docProps/thumbnail.jpeg":
                continue
            d = src.read(name)
            if name == "_rels/.rels":
                d = re.sub(rb'<Relationship[^>]*thumbnail[^>]*/>', b"", d)
            if name == "[Content_Types].xml":
                d = d.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, d)


# =====================================================================================================
# DONNÉES (docx et classeur)
# =====================================================================================================
STATS = [
    # mois, visites, vues, favoris, commandes, revenu
    ("janv. 2025", 1480, 4900, 118, 22, 1562.00),
    ("févr. 2025", 2350, 7800, 176, 38, 2698.00),
    ("mars 2025", 1390, 4500, 109, 20, 1420.00),
    ("avr. 2025", 1240, 4020, 96, 11, 782.50),
    ("mai 2025", 1610, 5300, 141, 19, 1244.30),
    ("juin 2025", 1520, 4950, 122, 24, 1706.00),
    ("juil. 2025", 1580, 5100, 127, 26, 1838.00),
    ("août 2025", 1430, 4600, 114, 22, 1562.00),
    ("sept. 2025", 1510, 4880, 119, 25, 1787.00),
    ("oct. 2025", 2120, 7100, 168, 38, 2736.00),
    ("nov. 2025", 3480, 11900, 251, 72, 5112.00),
    ("déc. 2025", 4980, 17300, 342, 118, 8496.00),
    ("janv. 2026", 1620, 5400, 130, 24, 1716.00),
    ("févr. 2026", 2610, 8900, 184, 41, 2952.00),
    ("mars 2026", 1980, 6700, 212, 27, 1971.00),
]
assert len(STATS) == 15
assert 30500 < sum(s[5] for s in STATS[:12]) < 31500
assert STATS[12][3] == 130 and STATS[14][3] == 212
assert STATS[3][4] == 11 and STATS[4][4] == 19

BUDGET = [
    ("Abonnement Shopify (36 € par mois)", 432, "36*12"),
    ("Emplacements marchés de Noël (3 week-ends)", 360, "120*3"),
    ("Marché des créateurs du Peyrou", 250, None),
    ("Etsy Ads (novembre et décembre)", 300, None),
    ("Frais de mise en vente Etsy", 180, None),
    ("Argent 925 (plaques, fils, chaînes)", 4800, None),
    ("Pierres (pierres de lune, nacre)", 650, None),
    ("Écrins et pochettes", 480, None),
    ("Sachets anti-oxydation", 85, None),
    ("Cartes imprimées pour les colis", 95, None),
    ("Emballages d'envoi", 260, None),
    ("Canva Pro", 110, None),
    ("Nom de domaine", 15, None),
]
BUDGET_TOTAL = sum(b[1] for b in BUDGET)

CONCURRENTS = [
    ("ArgentMistral", "Etsy", "39 €", 1240),
    ("Atelier Bleu Calanque", "Etsy + son site", "58 €", 486),
    ("Lili Silver Shop", "Etsy", "29 €", 2870),
]


# =====================================================================================================
# CONTENU DU DOSSIER
# =====================================================================================================
def cover():
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(60)
    rich(p, "Ostrea", bold=True, size=30, color=TEAL)
    p = doc.add_paragraph()
    rich(p, "bijoux en argent faits main à Montpellier", italic=True, size=14)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(24)
    rich(p, "Dossier professionnel — Titre Chef de projet e-commerce", bold=True, size=12)
    P("Blocs 1, 4 et 5 — session 2026")
    P("Salomé Rieu — formation continue (CPF)")
    P("Formatrice : Mme Pagès")
    PHOTO("mon établi aux Établis du Faubourg, avec le mandrin et les limes")

    B("Pour commencer")
    P("Je m'appelle Salomé Rieu, j'ai 34 ans. J'ai été assistante en pharmacie pendant huit ans. En 2018 j'ai passé "
      "mon CAP bijouterie en reconversion, et en 2019 j'ai créé Ostrea, en entreprise individuelle.")
    P("Je travaille à un établi que je loue dans un atelier partagé, « Les Établis du Faubourg », dans le quartier "
      "Boutonnet à Montpellier. Nous sommes quatre artisans à partager l'atelier. J'ai mon propre poinçon de maître, "
      "enregistré auprès de la garantie, donc chaque bijou porte mon poinçon et le poinçon de l'argent 925.")
    P("Au début je vendais seulement sur les marchés et à des amies. J'ai ouvert ma boutique Etsy fin 2019, un peu "
      "par hasard, parce qu'une cliente d'un marché voulait recommander une bague pour sa sœur à Lyon. Ma boutique "
      "Shopify est arrivée en 2022, mais elle marche beaucoup moins bien qu'Etsy.")
    P("Ma sœur Margaux m'aide environ 10 heures par semaine : les colis, les marchés, un peu les photos.")
    P("En 2025 j'ai fait 58 000 € de chiffre d'affaires : 31 000 € sur Etsy, 12 000 € sur ma boutique Shopify et "
      "15 000 € sur les marchés. J'ai 312 avis sur Etsy avec une note de 4,9 sur 5, et 6 800 abonnés sur Instagram.")
    P("Quelques bijoux pour se faire une idée :")
    BUL(["« Bague Salicorne, argent 925 martelé » : 68 €",
         "« Boucles Coquille de Sète » : 54 €",
         "« Collier Étang — pièce unique, pierre de lune » : 145 €",
         "« Jonc fin gravé à votre prénom » : 42 €"])
    P("Je ne suis pas sûre que ce soit ça qu'on attend dans un dossier comme celui-ci. J'ai essayé de raconter ce que "
      "je fais vraiment, avec mes mots.")


def partie1():
    H1("Partie 1 : Mon marketing")

    B("Mes clientes")
    P("Pour mieux comprendre qui m'achète, j'ai relu les 40 derniers messages reçus sur Etsy (d'octobre à décembre "
      "2025) et j'ai repris le carnet où je note, après chaque marché, ce que les gens m'ont dit ou demandé.")
    P("Mes clientes sont surtout des femmes de 28 à 45 ans. La moitié achète pour elle-même, un petit cadeau qu'on se "
      "fait. L'autre moitié achète pour offrir : à une sœur, une amie, une maman, une témoin de mariage. Il y a aussi "
      "quelques hommes à Noël, mais c'est rare.")
    P("**Ce qui les fait craquer**, d'après les messages et les marchés :")
    BUL(["la pièce unique : « personne d'autre n'aura la même » revient souvent, surtout pour les colliers ;",
         "l'histoire de Montpellier et de Sète : les salicornes, les étangs, les coquillages. Les touristes l'adorent, "
         "les Montpelliéraines aussi ;",
         "les prix sous 80 € : au-dessus, elles hésitent beaucoup plus, sauf pour une pièce unique qu'elles ont eue "
         "en tête longtemps."])
    P("**Ce qui les retient** :")
    BUL(["le tour de doigt : 14 messages sur 40 parlent de la taille. Elles ont peur de se tromper et de devoir "
         "renvoyer la bague ;",
         "la peur de l'allergie : « est-ce que ça noircit ? », « est-ce que ça gratte ? » (9 messages) ;",
         "le délai de fabrication, de 5 à 8 jours pour les pièces faites à la commande (7 messages) ;",
         "les frais de port, surtout pour un petit bijou comme le jonc à 42 € (6 messages)."])
    P("Sur les marchés, c'est pareil : on me demande « vous faites les tailles ? » presque à chaque fois que quelqu'un "
      "essaie une bague.")
    P("Quelques phrases recopiées des messages, qui m'ont marquée :")
    BUL(["« Je fais un 52 ou un 53, je ne sais jamais, est-ce que vous pouvez l'agrandir si besoin ? »",
         "« C'est vraiment de l'argent massif ? J'ai les oreilles très sensibles. »",
         "« Est-ce que je peux l'avoir avant samedi ? C'est pour l'anniversaire de ma mère. »",
         "« Le collier avec la pierre de lune est vraiment unique ? Je l'adore mais j'hésite depuis une semaine. »"])

    B("Comment on m'achète un bijou")
    P("Pour moi ça se passe en trois temps :")
    NUM(["elle me découvre : une vidéo sur Instagram, une recherche sur Etsy, ou en passant devant mon stand ;",
         "elle me pose une question, presque toujours sur la taille (parfois sur l'allergie) ;",
         "elle achète : sur Etsy, sur ma boutique, ou directement au marché."])
    P("Je crois que c'est à peu près ça pour la plupart de mes clientes.")

    B("Les autres créatrices")
    P("J'ai regardé trois autres créatrices qui vendent des bijoux en argent sur Etsy, je les ai mises dans l'onglet "
      "Concurrents du tableur.")

    B("Mes plus et mes moins")
    TABLE([["Mes plus", "Mes moins"],
           ["Mon poinçon de maître et de l'argent 925 contrôlé", "Je suis seule à fabriquer, 10 à 12 bijoux par semaine au maximum"],
           ["Beaucoup de pièces uniques", "Plus de la moitié de mon chiffre vient d'Etsy"],
           ["312 avis à 4,9 sur 5", "Ma boutique Shopify est peu visitée"],
           ["L'histoire de Montpellier et de Sète", "Je n'ai pas le temps de m'occuper de la communication"],
           ["Je connais mes clientes grâce aux marchés", "Je n'ai pas toutes les tailles de bagues en stock"],
           ["Margaux m'aide toutes les semaines", "Mes anciennes photos étaient grises et tristes"]],
          [7.8, 8.2])
    P("On m'a expliqué qu'il faut aussi mettre les opportunités et les menaces. Je ne sais pas trop quoi mettre dans "
      "menaces, alors pour l'instant j'ai laissé les deux colonnes.")

    B("Ce que j'aimerais atteindre")
    P("Mon objectif, c'est de vendre plus sur ma boutique que sur Etsy. Sur Etsy je paie des frais sur chaque vente et "
      "je ne maîtrise pas grand-chose : si Etsy change ses règles, je perds mes ventes du jour au lendemain. Sur ma "
      "boutique, les clientes sont chez moi.")
    P("Et puis sur ma boutique je peux raconter mon travail comme je veux, avec mes photos de l'atelier, sans être "
      "à côté de centaines d'autres bagues en argent. C'est vraiment ce qui me tient à cœur pour les années qui "
      "viennent.")

    B("Me faire connaître")
    P("Voilà ce que je fais, ou ce que je voudrais faire plus :")
    BUL(["**Instagram** : des petites vidéos à l'établi (le martelage, le polissage), les nouveautés, les dates des "
         "marchés. C'est là que j'ai le plus de retours ;",
         "**la newsletter** : je voudrais en envoyer une par mois avec les nouvelles pièces uniques, aux adresses "
         "récupérées sur les marchés ;",
         "**Etsy Ads** : je l'active en novembre et décembre, environ 5 € par jour ;",
         "**les marchés** : le Marché des créateurs du Peyrou un dimanche par mois, les marchés de Noël, et Sète "
         "l'été."])
    P("Sur Instagram, ce qui marche le mieux ce sont les vidéos à l'établi : une vidéo où je martèle une bague Salicorne "
      "a été vue plus de 8 000 fois en octobre. Les photos posées marchent beaucoup moins.")
    P("Je fais un peu tout en même temps, selon le temps que j'ai.")

    B("Les temps forts de l'année")
    P("Mes ventes ne sont pas régulières du tout, il y a des moments où tout se joue. J'en ai retenu quatre :")
    BUL(["**La Saint-Valentin, à partir du 20 janvier.** Les premières commandes arrivent vers le 20 janvier, parce "
         "que les clientes savent qu'il y a un délai de fabrication et d'envoi. En février 2025 j'ai eu presque deux "
         "fois plus de commandes qu'en janvier. Après le 8 février, c'est trop tard pour les bagues à la taille.",
         "**La fête des mères (fin mai).** C'est le moment des joncs gravés au prénom des enfants et des boucles "
         "d'oreilles, des cadeaux faciles à offrir. Les commandes de gravure arrivent dès début mai.",
         "**Les marchés d'été avec les touristes à Sète.** En juillet et août les ventes Etsy sont calmes, mais les "
         "touristes achètent beaucoup sur les marchés, surtout les boucles Coquille de Sète, comme un souvenir qu'on "
         "porte. C'est là que je fais une grosse partie de mes 15 000 € de marchés.",
         "**Noël, à partir du 15 novembre.** Novembre et décembre font presque la moitié de mon chiffre Etsy. Je "
         "mets en avant les cadeaux dès le 15 novembre, et j'annonce un dernier envoi le 18 décembre, pour que les "
         "colis arrivent avant le 24 même avec les retards de La Poste en décembre."])

    B("Les boutiques amies")
    P("Je voudrais ne pas dépendre seulement d'Etsy et des marchés. J'ai pensé à plusieurs types de commerces qui "
      "pourraient vendre mes bijoux ou m'envoyer des clientes :")
    BUL(["**les concept stores de créateurs**, comme « Sous le Figuier » dans l'Écusson, qui prend des créateurs en "
         "dépôt-vente. Ça me ferait un point de vente en ville toute l'année, sans tenir un stand ;",
         "**les boutiques de mariage**, comme « Maison Blanche Mariage » : les mariées cherchent des bijoux pour le "
         "jour J et pour leurs témoins, souvent 4 à 6 pièces d'un coup ;",
         "**la boutique de l'office de tourisme de Sète**, qui vend des objets faits dans la région : mes boucles "
         "Coquille de Sète pourraient se vendre là toute la saison ;",
         "**les photographes de mariage**, qui voient les mariées des mois avant le mariage et qui pourraient parler "
         "de mes bijoux."])
    P("Je n'ai encore contacté personne, je voulais d'abord en parler avec Mme Pagès.")

    B("La fête des mères et le code MAMAN15")
    P("En mai 2025 j'ai fait un code promo MAMAN15 (−15 % sur toute la boutique Etsy), du 1er au 25 mai. Je l'ai "
      "annoncé sur Instagram, dans une story par semaine, et sur un petit carton au stand du Peyrou.")
    P("Pour préparer, j'avais fabriqué à l'avance une vingtaine de joncs sans gravure, pour n'avoir plus qu'à graver "
      "les prénoms à la commande, et Margaux avait préparé les écrins.")
    P("Je crois que ça a marché. J'ai eu l'impression d'avoir plus de commandes que d'habitude, Margaux aussi, on a "
      "fait beaucoup de colis de joncs gravés cette semaine-là.")
    P("(Mme Pagès : est-ce que je mets les stats Etsy ici ou le tableur suffit ?)", italic=True)

    B("Mon budget")
    P("Mon budget est dans le tableur, dans l'onglet Budget 2026. J'y ai mis ce que je vais dépenser cette année.")


def partie2():
    H1("Partie 2 : Mes photos et mes annonces")

    B("Qui fait quoi")
    P("Je fais tout moi-même : les photos, les textes des annonces, les petites vidéos. Margaux m'aide parfois à tenir "
      "le réflecteur.")

    B("Comment j'écris une annonce")
    P("J'écris toujours dans le même ordre : l'histoire, puis la matière, puis les dimensions. L'histoire d'abord, "
      "parce que c'est ce qui fait que les gens choisissent un bijou fait main plutôt qu'un bijou de chaîne.")
    P("Par exemple pour la Bague Salicorne :")
    P("« Sur les bords des étangs autour de Montpellier, les salicornes poussent en petites tiges rondes et "
      "noueuses. J'ai voulu retrouver cette texture sur une bague fine. Elle est en argent 925, martelée à la main sur "
      "le mandrin, puis polie. Largeur 3 mm, épaisseur 1,2 mm, poids environ 2,5 g. »", italic=True)

    P("Autre exemple, pour les Boucles Coquille de Sète :")
    P("« Petites, elles ramassaient les coquillages sur la plage de la Corniche à Sète. J'en ai moulé un, le plus "
      "petit, pour en faire une paire de boucles d'oreilles. Argent 925, crochets en argent. Hauteur 14 mm, poids "
      "1,8 g la paire. »", italic=True)

    B("Mon modèle d'annonce")
    P("Pour gagner du temps, je me suis fait un modèle que je recopie pour chaque nouvelle annonce Etsy :")
    DASH(["ligne 1 : le nom du bijou et la matière ;",
          "ligne 2 : l'histoire, d'où vient l'idée ;",
          "ligne 3 : les dimensions et le poids ;",
          "ligne 4 : le délai de fabrication et l'envoi."])

    B("Mes tags")
    P("Sur Etsy on a droit à 13 tags par annonce. Pour la Bague Salicorne j'ai mis :")
    P("bague argent 925 · bague martelée · bague fine femme · bijou fait main · bague minimaliste · cadeau pour elle · "
      "bague empilable · bijou montpellier · bague salicorne · argent massif · bague nature · bijou créateur · "
      "anneau argent")

    B("Ce qui aide à se décider")
    P("En relisant les messages, j'ai compris que beaucoup de questions revenaient, alors j'ai ajouté ces "
      "informations dans toutes mes annonces et sur ma boutique :")
    BUL(["**un baguier à imprimer** (PDF) pour mesurer son tour de doigt chez soi, avec une vidéo de 20 secondes qui "
         "montre comment faire. C'était la première peur des clientes ;",
         "**une photo du poinçon 925** à l'intérieur de l'anneau, en gros plan, pour rassurer sur l'argent et les "
         "allergies ;",
         "**la taille et le poids** de chaque bijou, avec une photo portée pour voir la taille réelle ;",
         "**la mention « pièce unique »** dans le titre quand c'en est une, et « fait à la commande » sinon ;",
         "**le délai de fabrication** écrit clairement (5 à 8 jours) ;",
         "**l'écrin cadeau** : chaque bijou part dans un écrin en carton kraft avec une pochette, donc on peut "
         "l'offrir directement ;",
         "**les conseils d'entretien** : un chiffon doux, le sachet anti-oxydation, enlever la bague pour la piscine."])

    B("La fiche produit")
    P("Dans chaque colis, je glisse une petite carte imprimée format A6. Dessus il y a : le nom du bijou et son "
      "numéro de pièce (par exemple O-2025-112), l'explication des deux poinçons (le 925 et mon poinçon de maître), "
      "les conseils d'entretien de l'argent, et un petit mot de remerciement avec mon compte Instagram. Les clientes "
      "me disent souvent qu'elles la gardent avec le bijou.")
    PHOTO("la fiche produit glissée dans l'écrin")

    B("Mes photos")
    P("Avant, je prenais mes photos sur la table de l'atelier, avec la lumière du néon. L'argent paraissait gris ou "
      "jaune. Depuis janvier, je photographie près de la fenêtre, sur un galet ou sur du papier blanc, avec mon "
      "téléphone, et je retouche avec Lightroom sur mon téléphone. Je fais toujours les mêmes étapes :")
    NUM(["**la balance des blancs** : je prends la pipette sur le papier blanc, pour que l'argent reste neutre, ni "
         "jaune ni bleu ;",
         "**l'exposition** : j'éclaircis un peu (autour de +0,5) et je baisse les hautes lumières pour ne pas brûler "
         "les reflets du métal poli ;",
         "**l'outil correcteur** : j'enlève les poussières et les petites traces de doigts sur le métal, une par une ;",
         "**le recadrage carré**, le bijou bien au centre ;",
         "**l'export** (voir plus bas)."])
    P("Le matériel est très simple : un galet ramassé à Palavas, des feuilles de papier blanc, un morceau de carton "
      "blanc comme réflecteur et un petit trépied pour le téléphone. Je fais les photos le matin, quand la lumière "
      "entre dans l'atelier sans soleil direct.")
    P("Voici la même photo avant et après :")
    PHOTO("Bague Salicorne sur galet — avant, lumière du néon")
    PHOTO("Bague Salicorne sur galet — après Lightroom")

    B("Pour le web")
    P("Je n'exporte pas de la même façon pour Etsy et pour ma boutique :")
    BUL(["pour **Etsy** : 2 000 pixels de côté, parce qu'Etsy permet de zoomer et les clientes aiment voir le "
         "martelage de près ;",
         "pour **Shopify** : 1 200 pixels en WebP, toujours sous 200 Ko, pour que la page s'affiche vite sur les "
         "téléphones ;",
         "sur Shopify j'écris aussi un **texte alternatif** pour chaque photo, par exemple « bague fine en argent 925 "
         "martelé posée sur un galet » ;",
         "et j'ai ajouté une **vidéo de 7 secondes en boucle** sur les annonces Etsy : la bague qui tourne doucement "
         "sur le galet, filmée au téléphone."])

    B("Est-ce que ça a changé quelque chose ?")
    P("Oui je pense. Après les nouvelles photos, j'ai eu 212 favoris en mars contre 130 en janvier. C'est "
      "encourageant.")

    B("Et un blog ?")
    P("Je n'ai pas de blog et je ne pense pas en faire, Instagram me suffit.")

    B("Les paniers abandonnés")
    P("Sur ma boutique Shopify, j'ai eu 23 paniers abandonnés entre janvier et mars. Je pense que c'est à cause des "
      "frais de port, qui n'apparaissent qu'à la fin, au moment de payer. Mais je ne sais pas comment corriger ça.")
    P("Quand je regarde la liste dans Shopify, ce sont souvent des petits paniers : un jonc, une paire de boucles. "
      "Deux clientes m'ont aussi écrit sur Instagram que la livraison était chère pour un bijou à 42 €.")


def partie3():
    H1("Partie 3 : L'organisation de l'atelier")

    B("Le projet nouvelle boutique")
    P("Je voudrais refaire ma boutique Shopify, qui a quatre ans. J'ai commencé à écrire ce que je veux :")
    P("**Pourquoi** : ma boutique est lente, le thème gratuit fait un peu vieux, et je voudrais que les clientes "
      "achètent chez moi plutôt que sur Etsy.")
    P("**Ce que je veux** :")
    BUL(["un site plus joli, qui ressemble à mes bijoux ;",
         "ne plus pouvoir vendre deux fois une pièce unique ;",
         "un guide des tailles avec le baguier à imprimer ;",
         "un champ pour écrire le prénom à graver ;",
         "le paiement en plusieurs fois pour les colliers ;",
         "que ça charge vite sur téléphone."])
    P("**Budget** : à compléter")
    P("**Quand** : à compléter")

    B("Les mentions légales")
    P("J'ai vérifié les mentions légales de ma boutique Shopify en février. Il y a un lien « Mentions légales » en "
      "bas de toutes les pages. J'ai contrôlé qu'il y avait bien :")
    BUL(["mon nom avec la mention « entrepreneur individuel » (Salomé Rieu EI) ;",
         "mon numéro SIRET ;",
         "l'adresse de l'atelier, aux Établis du Faubourg ;",
         "mon adresse e-mail et mon téléphone ;",
         "l'hébergeur du site (Shopify), avec son adresse ;",
         "le médiateur de la consommation auquel j'ai adhéré, avec son site."])
    P("Il manquait la mention EI et le médiateur, je les ai ajoutés.")

    B("Mes conditions de vente")
    P("Dans mes conditions de vente, j'ai surtout regardé un point : les joncs gravés au prénom ne peuvent pas être "
      "retournés, parce que ce sont des bijoux personnalisés. Je l'ai écrit plus clairement sur l'annonce du jonc "
      "et dans mes conditions, parce qu'une cliente avait voulu en renvoyer un l'an dernier.")

    B("Les adresses de la newsletter")
    P("Sur les marchés, je fais remplir une feuille aux personnes qui veulent recevoir mes nouveautés (nom, "
      "e-mail). Margaux tape ensuite les adresses dans un fichier Excel, nous en sommes à environ 420. Je voudrais "
      "ajouter une case à cocher sur la feuille et sur le site : « J'accepte de recevoir la newsletter d'Ostrea ».")

    B("Le point du lundi avec Margaux")
    P("Tous les lundis à 9 h, Margaux et moi faisons un point d'une demi-heure à l'atelier, avant qu'elle commence. "
      "On a trois objectifs à chaque fois :")
    DASH(["lister les colis de la semaine (commandes Etsy et boutique, pièces à la commande à terminer, date d'envoi "
          "promise pour chacune) ;",
          "choisir les bijoux à photographier dans la semaine (nouveautés, pièces uniques à mettre en ligne) ;",
          "préparer le prochain marché (quels bijoux emporter, le présentoir, la caisse, qui tient le stand)."])
    P("Margaux note tout dans un cahier, et on le relit le lundi suivant.")

    B("Mon stock et mes envois")
    P("Comme je fais beaucoup de pièces uniques, je ne peux pas me tromper de bijou. Voilà comment je m'organise :")
    TABLE([["Quoi", "Comment je fais"],
           ["Pièces uniques", "Chaque pièce a un numéro (ex. O-2025-112) écrit dans mon carnet et sur son annonce. "
            "Quand elle est vendue, je la raye dans le carnet et je retire l'annonce."],
           ["Rangement", "Sachets anti-oxydation, un par bijou, rangés par collection (Salicorne, Coquille, Étang, "
            "Joncs) dans des boîtes étiquetées."],
           ["Pièces à la commande", "Rangées à part, dans une boîte « commandes », avec le bon de commande imprimé et "
            "la date d'envoi promise."],
           ["Avant d'envoyer", "Je vérifie : poinçon bien visible ; poids sur la balance ; polissage ; taille "
            "contrôlée sur le mandrin ; gravure relue avec la commande ; photo du bijou dans l'écrin gardée."]],
          [4.2, 11.8])

    P("J'ai mis ça en place après une erreur en 2024 : j'avais vendu le même collier pièce unique sur Etsy et au "
      "marché du Peyrou le même dimanche. J'ai dû m'excuser auprès de la cliente Etsy et la rembourser. Depuis, "
      "Margaux raye le numéro dans le carnet dès qu'une pièce part au marché, et je mets l'annonce en pause.")
    PHOTO("les boîtes de rangement par collection et le carnet des numéros")

    B("Les envois")
    P("J'utilise trois façons d'envoyer, rangées de la moins chère à la plus chère :")
    TABLE([["Envoi", "Prix (petit colis)", "Délai", "Quand je l'utilise"],
           ["Lettre suivie (La Poste)", "2,76 €", "2 à 3 jours", "bagues et boucles seules"],
           ["Mondial Relay", "4,20 €", "3 à 5 jours", "quand la cliente choisit un point relais"],
           ["Colissimo (La Poste)", "5,85 €", "2 jours", "colliers et commandes de plus de 100 €"]],
          [4.4, 3.4, 2.6, 5.6])

    B("Ce que disent mes clientes")
    P("Sur Etsy, j'ai 312 avis et une note de 4,9 sur 5. Je suis contente de cette note, c'est ce qui rassure les "
      "nouvelles clientes.")


def fin():
    B("Pour finir")
    P("Ce dossier m'a obligée à regarder mon activité autrement. Je fabrique des bijoux depuis sept ans, mais je "
      "n'avais jamais vraiment écrit qui sont mes clientes ni pourquoi elles hésitent. Relire les messages Etsy m'a "
      "beaucoup appris, plus que je ne pensais.")
    P("Il y a encore des parties où je ne suis pas sûre d'avoir bien compris ce qui est demandé, surtout pour le "
      "marketing et les chiffres. Je préfère le dire franchement. Ce qui est sûr, c'est que je veux que ma boutique "
      "devienne mon premier point de vente, et que ce travail m'aide à y arriver.")


def grille():
    p = B("Ma grille d'auto-évaluation", new_page=True)
    P("J'ai recopié la grille que Mme Pagès nous a donnée, pour vérifier que je n'ai rien oublié.")
    rows = [["Élément demandé", "Où j'en suis"]]
    items = [("Clientèle (cible)", "✓ fait"), ("Parcours d'achat", "✓ fait"), ("Benchmark", "✓ fait"),
             ("SWOT", "✓ fait"), ("Objectifs", "✓ fait"), ("Ciblage", "✓ fait"), ("Leviers", "✓ fait"),
             ("Calendrier", "✓ fait"), ("Partenariats", "✓ fait"), ("Action promotionnelle", "✓ fait"),
             ("Budget", "✓ fait"), ("ROI", "✓ fait"), ("Prestataires", "✓ fait"), ("Rédaction web", "✓ fait"),
             ("Fiche produit", "✓ fait"), ("Mots-clés", "✓ fait"), ("Photos / vidéo", "✓ fait"),
             ("Blog", "pas concernée"), ("Tunnel de conversion", "✓ fait"), ("Cahier des charges", "✓ fait"),
             ("Objectifs du projet", "✓ fait"), ("Prestataires (choix)", "✓ fait"), ("Mentions légales", "✓ fait"),
             ("CGV", "✓ fait"), ("RGPD", "✓ fait"), ("Management / réunions", "✓ fait"), ("Stock", "✓ fait"),
             ("Process commandes", "✓ fait"), ("Transport", "✓ fait"), ("Satisfaction client", "✓ fait")]
    rows += [[a, b] for a, b in items]
    TABLE(rows, [8.0, 5.0], size=10)


def build_docx():
    setup()
    cover()
    partie1()
    partie2()
    partie3()
    fin()
    grille()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier Ostrea - Salomé Rieu"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.created = DOC_CREATED
    cp.modified = DOC_MODIFIED
    cp.last_printed = DOC_MODIFIED
    cp.revision = 23
    cp.language = "fr-FR"
    bio = io.BytesIO()
    doc.save(bio)
    fixed_zip(bio.getvalue(), DOCX, DOC_STAMP)


# =====================================================================================================
# CLASSEUR : ODS (odfpy) → XLSX (LibreOffice), ré-empaqueté à date fixe
# =====================================================================================================
class Book:
    def __init__(self):
        self.doc = OpenDocumentSpreadsheet()
        self.n = 0
        self.cache = {}
        ds = DefaultStyle(family="table-cell")
        ds.addElement(TextProperties(fontname="Liberation Sans", fontsize="10pt", language="fr", country="FR"))
        self.doc.styles.addElement(ds)
        s = NumberStyle(name="int")
        s.addElement(Number(decimalplaces="0", minintegerdigits="1", grouping="true"))
        self.doc.automaticstyles.addElement(s)
        s = CurrencyStyle(name="eur0", language="fr", country="FR")
        s.addElement(Number(decimalplaces="0", minintegerdigits="1", grouping="true"))
        s.addElement(NText(text=" "))
        s.addElement(CurrencySymbol(language="fr", country="FR", text="€"))
        self.doc.automaticstyles.addElement(s)

    def style(self, fmt=None, bold=False, bg=None, size=None):
        key = (fmt, bold, bg, size)
        if key in self.cache:
            return self.cache[key]
        self.n += 1
        kw = {"datastylename": fmt} if fmt else {}
        s = Style(name="ce%d" % self.n, family="table-cell", parentstylename="Default", **kw)
        if bg:
            s.addElement(TableCellProperties(backgroundcolor=bg))
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if size:
            tp["fontsize"] = size
        if tp:
            s.addElement(TextProperties(**tp))
        self.doc.automaticstyles.addElement(s)
        self.cache[key] = s
        return s

    def colstyle(self, w):
        key = ("col", w)
        if key not in self.cache:
            self.n += 1
            s = Style(name="co%d" % self.n, family="table-column")
            s.addElement(TableColumnProperties(columnwidth=w, breakbefore="auto"))
            self.doc.automaticstyles.addElement(s)
            self.cache[key] = s
        return self.cache[key]

    def sheet(self, name, widths, rows):
        t = OTable(name=name)
        for w in widths:
            t.addElement(TableColumn(stylename=self.colstyle(w)))
        for row in rows:
            tr = TableRow()
            for c in row:
                if c is None:
                    tr.addElement(TableCell())
                    continue
                kind, v = c[0], c[1]
                opt = c[2] if len(c) > 2 else {}
                st = self.style(opt.get("fmt"), opt.get("bold", False), opt.get("bg"), opt.get("size"))
                kw = {"stylename": st}
                if opt.get("f"):
                    kw["formula"] = "of:=" + opt["f"]
                if kind == "s":
                    cell = TableCell(valuetype="string", **kw)
                    disp = v
                elif kind == "n":
                    cell = TableCell(valuetype="float", value=str(v), **kw)
                    disp = str(v)
                else:
                    cell = TableCell(valuetype="currency", currency="EUR", value=str(v), **kw)
                    disp = "{:,}".format(v).replace(",", " ") + " €"
                cell.addElement(OP(text=disp))
                tr.addElement(cell)
            t.addElement(tr)
        self.doc.spreadsheet.addElement(t)

    def save(self, path):
        m = self.doc.meta
        m.addElement(DcTitle(text="Ostrea chiffres"))
        m.addElement(InitialCreator(text=AUTHOR))
        m.addElement(Creator(text=AUTHOR))
        m.addElement(CreationDate(text=XLSX_CREATED[:-1]))
        m.addElement(DcDate(text=XLSX_MODIFIED[:-1]))
        self.doc.save(path)


def fr_money(v):
    s = "{:,.2f}".format(v).replace(",", " ").replace(".", ",")
    return s + " €"


def build_xlsx():
    b = Book()
    # --- Budget 2026 : lignes de dépenses, deux multiplications et une somme
    rows = [[("s", "Budget 2026", {"bold": True, "size": "13pt"}), None, None],
            [None, None, None],
            [("s", "Dépense", {"bold": True, "bg": "#d9edec"}), ("s", "Montant", {"bold": True, "bg": "#d9edec"}),
             ("s", "Remarque", {"bold": True, "bg": "#d9edec"})]]
    notes = {0: "plan Basic", 1: "Noël : Comédie, Peyrou, Sète", 5: "à peu près comme 2025", 10: "cartons + papier de soie"}
    first = 4
    for i, (lab, val, f) in enumerate(BUDGET):
        opt = {"fmt": "eur0"}
        if f:
            opt["f"] = f
        rows.append([("s", lab), ("e", val, opt), ("s", notes[i]) if i in notes else None])
    last = first + len(BUDGET) - 1
    rows.append([("s", "Total", {"bold": True}), ("e", BUDGET_TOTAL, {"fmt": "eur0", "bold": True,
                                                                     "f": "SUM(B%d:B%d)" % (first, last)}), None])
    b.sheet("Budget 2026", ["7.6cm", "2.8cm", "5.4cm"], rows)
    # --- Concurrents : 3 lignes
    rows = [[("s", "Nom", {"bold": True}), ("s", "Plateforme", {"bold": True}), ("s", "Prix d'une bague", {"bold": True}),
             ("s", "Avis", {"bold": True})]]
    for c in CONCURRENTS:
        rows.append([("s", c[0]), ("s", c[1]), ("s", c[2]), ("n", c[3], {"fmt": "int"})])
    b.sheet("Concurrents", ["5.0cm", "3.6cm", "3.2cm", "2.0cm"], rows)
    # --- Stats Etsy : export collé en valeurs (montants et taux en texte)
    rows = [[("s", h) for h in ("Mois", "Visites", "Vues", "Favoris", "Commandes", "Revenu", "Taux de conversion")]]
    for m, vis, vues, fav, cmd, rev in STATS:
        taux = "%s %%" % ("{:.1f}".format(cmd / vis * 100).replace(".", ","))
        rows.append([("s", m), ("n", vis), ("n", vues), ("n", fav), ("n", cmd), ("s", fr_money(rev)), ("s", taux)])
    b.sheet("Stats Etsy", ["2.6cm", "2.0cm", "2.0cm", "2.0cm", "2.4cm", "2.6cm", "3.4cm"], rows)

    tmp = tempfile.mkdtemp(prefix="c133-")
    try:
        ods = os.path.join(tmp, "Ostrea_chiffres.ods")
        b.save(ods)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-c133-createrice-bijoux-argent-montpellier",
                        "--headless", "--convert-to", "xlsx", "--outdir", tmp, ods],
                       check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        repack_xlsx(os.path.join(tmp, "Ostrea_chiffres.xlsx"), XLSX)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CORE_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dc:creator>%s</dc:creator>'
            '<dc:description></dc:description><dc:language>fr-FR</dc:language><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified><cp:revision>9</cp:revision>'
            '<dc:subject></dc:subject><dc:title></dc:title></cp:coreProperties>')


def repack_xlsx(src, dst):
    zin = zipfile.ZipFile(src)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "docProps/core.xml":
                data = (CORE_XML % (XLSX_CREATED, AUTHOR, AUTHOR, XLSX_MODIFIED)).encode("utf-8")
            if name == "docProps/app.xml":
                data = re.sub(rb"<TotalTime>\d+</TotalTime>", b"<TotalTime>187</TotalTime>", data)
            zi = zipfile.ZipInfo(name, XLSX_STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    build_docx()
    build_xlsx()
    print("ok", DOCX, XLSX)


if __name__ == "__main__":
    main()
