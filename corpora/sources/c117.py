# Générateur du dossier de la candidate c117 (Amertume & Co, cave à bières indépendante du Vieux-Lille, e-shop et box
# « La Caisse du Mois ») — blocs 1 et 3. Un seul DOCX d'une vingtaine de pages qui utilise les vrais outils de Word :
# page de garde, table des matières automatique (champ TOC, points de conduite, résultat en cache) en page 2,
# Titre 1 « Partie n — … » / Titre 2 « n.n … », 25 vraies notes de bas de page (word/footnotes.xml, appels en exposant),
# deux graphiques natifs (word/charts/chartN.xml + classeur incorporé) légendés « Figure n : … » dessous,
# sept tableaux légendés « Tableau n : … » dessus. En-tête « Amertume & Co — dossier de certification — É. Desmet »,
# pied « Page X sur Y ». Déterministe : métadonnées fixes, classeurs et zip DOCX reconditionnés à date fixe.
import datetime, io, os, re, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT, CONTENT_TYPE as CT
from lxml import etree
import xlsxwriter
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_LABEL_POSITION
from pptx.util import Pt as PPt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c117-cave-bieres-lille")
FILE = os.path.join(OUT, "amertume-co-dossier-blocs-1-3-desmet.docx")
AUTHOR = "Élise Desmet"
FIXED = datetime.datetime(2026, 4, 9, 22, 14, 0)
ZIPSTAMP = (2026, 4, 9, 22, 14, 0)
AMBER = (0x9C, 0x5A, 0x12)
AMBER_HEX = "9C5A12"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def repack_bytes(blob, stamp):
    src = zipfile.ZipFile(io.BytesIO(blob))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i in src.infolist():
            zi = zipfile.ZipInfo(i.filename, stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(i.filename))
    return buf.getvalue()


def repack(path):
    with open(path, "rb") as f:
        blob = f.read()
    with open(path, "wb") as f:
        f.write(repack_bytes(blob, ZIPSTAMP))


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


def add_field(paragraph, code, cached, size=9):
    fld(paragraph, "begin")
    instr(paragraph, code)
    fld(paragraph, "separate")
    paragraph.add_run(cached).font.size = Pt(size)
    fld(paragraph, "end")


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


# ------------------------------------------------------------------ notes de bas de page (vraies notes Word)
FOOTNOTES = []   # textes, dans l'ordre d'appel


def add_footnote_ref(paragraph, text):
    FOOTNOTES.append(text)
    n = len(FOOTNOTES)
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "FootnoteReference")
    rPr.append(rs)
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r.append(rPr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(n))
    r.append(ref)
    paragraph._p.append(r)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def footnotes_xml():
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
           '<w:footnotes xmlns:w="%s" xmlns:r="%s">' % (W_NS, R_NS),
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for n, text in enumerate(FOOTNOTES, 1):
        out.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                   '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                   '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (n, esc(text)))
    out.append('</w:footnotes>')
    return "".join(out).encode("utf-8")


# Balisage en ligne : **gras**, {{texte de la note}}.
TOKEN = re.compile(r"(\*\*.*?\*\*|\{\{.*?\}\})")


def rich(p, text, italic=False, size=None, bold=False):
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("{{"):
            add_footnote_ref(p, part[2:-2])
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
        else:
            r = p.add_run(part)
            if bold:
                r.bold = True
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
    return p


# ------------------------------------------------------------------ graphiques natifs
CHARTS = []  # (chart_xml, xlsx_blob)


def make_xlsx(categories, series, number_format):
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    wb.set_properties({"author": AUTHOR, "created": FIXED})
    ws = wb.add_worksheet("Sheet1")
    fmt = wb.add_format({"num_format": number_format})
    for j, (name, _) in enumerate(series, 1):
        ws.write(0, j, name)
    for i, c in enumerate(categories, 1):
        ws.write(i, 0, c)
        for j, (_, vals) in enumerate(series, 1):
            ws.write_number(i, j, vals[i - 1], fmt)
    wb.close()
    return repack_bytes(buf.getvalue(), ZIPSTAMP)


def make_chart(kind, categories, series, number_format, setup, width_cm, height_cm):
    cd = CategoryChartData(number_format=number_format)
    cd.categories = categories
    for name, vals in series:
        cd.add_series(name, vals)
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    gf = slide.shapes.add_chart(kind, 0, 0, Cm(width_cm), Cm(height_cm), cd)
    chart = gf.chart
    setup(chart)
    cs = chart._chartSpace
    for el in cs.findall(qn("c:externalData")):
        cs.remove(el)
    ext = etree.SubElement(cs, qn("c:externalData"))
    ext.set(qn("r:id"), "rId1")
    au = etree.SubElement(ext, qn("c:autoUpdate"))
    au.set("val", "0")
    xml = etree.tostring(cs, xml_declaration=True, encoding="UTF-8", standalone=True)
    CHARTS.append((xml, make_xlsx(categories, series, number_format)))
    return len(CHARTS)


def setup_columns(chart):
    chart.font.name = "Arial"
    chart.has_title = True
    chart.chart_title.text_frame.text = "Commandes mensuelles 2025"
    chart.chart_title.text_frame.paragraphs[0].runs[0].font.size = PPt(12)
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    chart.legend.font.size = PPt(9)
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.overlap = 0
    plot.has_data_labels = True
    dl = plot.data_labels
    dl.font.size = PPt(7)
    dl.number_format = "0"
    dl.number_format_is_linked = False
    dl.position = XL_LABEL_POSITION.OUTSIDE_END
    chart.category_axis.tick_labels.font.size = PPt(9)
    chart.value_axis.tick_labels.font.size = PPt(9)
    chart.value_axis.has_major_gridlines = True
    chart.series[0].format.fill.solid()
    chart.series[0].format.fill.fore_color.rgb = __import__("pptx.dml.color", fromlist=["RGBColor"]).RGBColor(0xC8, 0x8A, 0x2E)
    chart.series[1].format.fill.solid()
    chart.series[1].format.fill.fore_color.rgb = __import__("pptx.dml.color", fromlist=["RGBColor"]).RGBColor(0x5B, 0x3A, 0x1E)


def setup_pie(chart):
    chart.font.name = "Arial"
    chart.has_title = True
    chart.chart_title.text_frame.text = "Sessions par source"
    chart.chart_title.text_frame.paragraphs[0].runs[0].font.size = PPt(12)
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.RIGHT
    chart.legend.include_in_layout = False
    chart.legend.font.size = PPt(9)
    plot = chart.plots[0]
    plot.has_data_labels = True
    dl = plot.data_labels
    dl.font.size = PPt(9)
    dl.number_format = '0" %"'
    dl.number_format_is_linked = False
    dl.show_value = True
    dl.position = XL_LABEL_POSITION.OUTSIDE_END


def chart_paragraph(doc, n, width_cm, height_cm):
    xml, xlsx = CHARTS[n - 1]
    pkg = doc.part.package
    cpart = Part(PackURI("/word/charts/chart%d.xml" % n), CT.DML_CHART, xml, pkg)
    xpart = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet%d.xlsx" % n), CT.SML_SHEET, xlsx, pkg)
    rx = cpart.relate_to(xpart, RT.PACKAGE)
    assert rx == "rId1", rx
    rid = doc.part.relate_to(cpart, RT.CHART)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_after = Pt(2)
    cx, cy = int(Cm(width_cm)), int(Cm(height_cm))
    drawing = parse_xml(
        '<w:r xmlns:w="%s"><w:drawing>'
        '<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:docPr id="%d" name="Graphique %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="%s" r:id="%s"/>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>' % (W_NS, cx, cy, 100 + n, n, R_NS, rid))
    p._p.append(drawing)
    return p


# ------------------------------------------------------------------ numéros de page de la table des matières
# (rendu LibreOffice du document généré ; la 2.3 annonce la page 14, où son titre est suivi directement de la 2.4)
PAGES = {
    "Introduction — Amertume & Co et ma mission": 3,
    "Partie 1 — Nos clients et notre stratégie": 4,
    "1.1 Nos profils de dégustateurs": 4,
    "1.2 Du déclic au décapsulage : le parcours d'un offreur de cadeau": 5,
    "1.3 Le comparatif des caves": 6,
    "1.4 Notre matrice AFOM": 6,
    "1.5 Nos paliers et les dégustateurs visés en premier": 7,
    "1.6 Nos canaux de recrutement": 7,
    "1.7 Le calendrier brassicole": 8,
    "1.8 Nos alliances de comptoir": 9,
    "1.9 La Fête des pères, avant et après": 10,
    "1.10 L'enveloppe par canal": 11,
    "Partie 2 — Être trouvé sur Google et mesurer": 12,
    "2.1 Nos outils de mesure": 12,
    "2.2 Nos requêtes clients": 12,
    "2.3 Le cocon sémantique des pages bières": 14,
    "2.4 Le chantier du site": 14,
    "2.5 Référencement de nouvelles brasseries": 14,
    "2.6 Nos annonces Google Ads": 15,
    "2.7 Le relevé de la campagne de Noël": 16,
    "2.8 Ce que rapportent nos annonces": 17,
    "2.9 Nos indicateurs": 17,
    "2.10 Instagram": 18,
    "Conclusion": 19,
}

COLS_E = [180, 165, 190, 205, 240, 410, 230, 205, 260, 290, 420, 690]
COLS_B = [410, 418, 425, 436, 449, 470, 478, 486, 497, 512, 528, 545]
MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
PIE = [("Recherche organique", 41), ("Accès direct", 22), ("Réseaux sociaux", 17), ("Annonces payantes", 11),
       ("E-mail", 7), ("Sites référents", 2)]

# ("h1", t) ; ("h2", t) ; ("p", t) ; ("b", t) ligne en gras ; ("ul", [..]) ; ("ol", [..]) ; ("tab", légende, lignes, largeurs)
# ("chart", n, largeur, hauteur, légende) ; ("eq", t) ligne de calcul centrée ; ("ad", titre, [lignes]) annonce
CONTENT = [
    ("h1", "Introduction — Amertume & Co et ma mission"),
    ("p", "La France compte aujourd'hui plus de 2 500 brasseries{{Source : Brasseurs de France, « La bière en chiffres », édition 2024. "
          "Le chiffre comprend les microbrasseries et les brasseries artisanales ; les Hauts-de-France en comptent à eux seuls près de deux cents.}}, "
          "le plus souvent de petites maisons. L'amateur n'a jamais eu autant de bières à découvrir, mais aucune grande surface ne peut suivre "
          "ce rythme de nouveautés. C'est exactement là que se place Amertume & Co."),
    ("p", "Amertume & Co est une cave à bières indépendante installée rue de Gand, dans le Vieux-Lille. Bastien Delcroix l'a ouverte en 2017, "
          "après huit ans comme commercial pour une brasserie de la métropole. La SARL emploie cinq personnes : Bastien, gérant et mon tuteur ; "
          "Camille Vanhoutte, caviste{{Caviste : commerçant spécialisé qui choisit, conserve et conseille les boissons qu'il vend. Le mot vient du "
          "vin, mais on parle aujourd'hui couramment de « caviste bière ».}}, qui sélectionne les bières et compose la box ; Rémi Lefebvre, qui "
          "gère la réserve, les colis et les expéditions ; Maxime Deroo, vendeur en boutique ; et moi, Élise Desmet, chargée de webmarketing en "
          "alternance depuis septembre 2024, en troisième année de Bachelor."),
    ("p", "La boutique propose environ 600 références, dont un tiers de bières des Hauts-de-France. Au fond du magasin, un petit comptoir de "
          "dégustation accueille chaque vendredi soir la mise en perce d'un fût{{Fût : tonneau métallique (le plus souvent 20 ou 30 litres) dans "
          "lequel la bière est servie à la pression. La « mise en perce » est le moment où l'on perce et branche un nouveau fût : chez nous, "
          "c'est devenu le rendez-vous du vendredi, avec le brasseur invité derrière le comptoir.}} d'une brasserie invitée. C'est le rendez-vous "
          "du quartier."),
    ("p", "En 2025, Amertume & Co a réalisé 780 000 € de chiffre d'affaires HT. La vente en ligne en représente 196 000 €, soit 25 % : "
          "118 000 € sur l'e-shop et 78 000 € avec « La Caisse du Mois », notre box mensuelle, qui compte environ 540 abonnés. Le site tourne "
          "sous PrestaShop 8 ; les abonnements sont gérés par le module Abonnix, qui prélève les abonnés et crée les commandes de box chaque "
          "mois. La box existe en deux formats : 6 bières à **34,90 €** par mois et 12 bières à **59,90 €**. Sur l'e-shop, nos meilleures ventes "
          "sont la **Triple des Flandres 33 cl** de la Brasserie des Weppes (3,90 €), la **Houblon Sauvage NEIPA 44 cl** (6,50 €) et le "
          "**Coffret Bières du Nord** (39 €), qui réunit trois bières régionales et un verre gravé à notre nom."),
    ("p", "Ma mission couvre deux chantiers, qui correspondent aux deux parties de ce dossier. La première présente ce que nous savons de nos "
          "clients et la stratégie que nous avons construite avec Bastien pour développer les ventes en ligne. La seconde porte sur la "
          "visibilité du site dans Google, sur nos annonces payantes et sur la manière dont nous suivons les résultats. Les mots de brasserie "
          "sont expliqués en note, pour le jury."),

    ("h1", "Partie 1 — Nos clients et notre stratégie"),
    ("h2", "1.1 Nos profils de dégustateurs"),
    ("p", "Pour savoir à qui nous vendons en ligne, j'ai lancé en mars 2025 un questionnaire auprès des clients de l'e-shop, des abonnés de "
          "la box et des inscrits à la newsletter. Nous avons reçu 212 réponses{{Questionnaire Google Forms de 18 questions, diffusé du 3 au 24 mars "
          "2025 par la newsletter et en story Instagram, avec un bon d'achat de 30 € tiré au sort.}}. En les croisant avec "
          "l'historique des commandes, deux profils se détachent nettement ; à eux deux, ils regroupent près de neuf répondants sur dix. "
          "Nous les appelons nos « profils de dégustateurs »."),
    ("b", "Les amateurs curieux (58 % des réponses)"),
    ("p", "Ce sont surtout des hommes de 28 à 45 ans, de la métropole lilloise mais aussi de toute la France, qui disent boire « moins mais "
          "mieux ». Ils connaissent les styles, suivent des brasseries sur Instagram et cherchent ce qu'ils ne trouvent pas en grande surface : "
          "une IPA{{IPA (India Pale Ale) : bière blonde ou ambrée très houblonnée, à l'amertume marquée et aux arômes d'agrumes ou de résine. "
          "C'est aujourd'hui le style le plus demandé en brasserie artisanale.}} d'une brasserie qui vient d'ouvrir, une NEIPA{{NEIPA (New England "
          "IPA) : variante trouble et peu amère de l'IPA, aux arômes de fruits tropicaux. Elle se conserve mal et doit être bue fraîche, ce qui "
          "explique qu'on la garde au froid et qu'on l'expédie vite.}} livrée fraîche ou une sour{{Sour : bière volontairement acide, souvent "
          "brassée avec des fruits (framboise, cerise, fruit de la passion). Beaucoup de nos clientes y viennent par ce style.}} aux fruits rouges. "
          "Ils commandent en moyenne cinq fois par an et composent eux-mêmes leur carton."),
    ("p", "Leurs déclics : la nouveauté d'abord, puisque « découvrir des bières que je ne connais pas » arrive en tête de leurs réponses "
          "(71 %) ; ensuite le conseil de Camille dans les fiches produits, la fraîcheur des bières très houblonnées, et la surprise de la box "
          "chaque mois. Leurs hésitations : les frais de port de 8,90 €, trop élevés pour un petit carton selon 64 % d'entre eux ; la peur "
          "de la casse pendant le transport ; et l'impression d'avoir « déjà tout goûté » quand la box contient une bière qu'ils connaissent."),
    ("b", "Les offreurs de cadeaux (31 % des réponses)"),
    ("p", "Le profil est plus varié : deux tiers de femmes, de 25 à 55 ans, qui n'y connaissent pas grand-chose en bière et qui achètent pour "
          "un père, un conjoint, un frère ou un collègue. Elles et ils commandent une ou deux fois par an, presque toujours autour d'une fête, "
          "et leur panier est plus élevé que la moyenne, autour de 49 €."),
    ("p", "Leurs déclics : trouver une idée de cadeau originale et « de chez nous », un coffret déjà composé où il n'y a rien à choisir, la "
          "carte avec un message personnalisé et la livraison directement chez la personne. Leurs hésitations sont de trois ordres. Les "
          "8,90 € de port, d'abord, qui s'ajoutent à un cadeau déjà payé. La casse, ensuite, encore plus redoutée quand le colis part chez "
          "quelqu'un d'autre. Enfin le contrôle de l'âge : le site demande la date de naissance à la création du compte, et le transporteur "
          "peut réclamer une pièce d'identité à la remise d'un colis d'alcool. Plusieurs répondants craignent que le cadeau « reste bloqué "
          "au relais » si le destinataire est absent ou n'a pas ses papiers sur lui."),
    ("p", "Les 23 autres réponses viennent de professionnels (restaurateurs, comités d'entreprise) ou sont trop incomplètes pour "
          "être classées. Je ne les ai pas traités comme un profil à part."),

    ("h2", "1.2 Du déclic au décapsulage : le parcours d'un offreur de cadeau"),
    ("p", "Pour rendre ce profil concret, j'ai reconstitué un parcours type à partir des réponses libres du questionnaire et de six "
          "entretiens téléphoniques menés avec des clientes après la Fête des pères 2025. Je l'ai appelée Julie : 36 ans, infirmière à "
          "Villeneuve-d'Ascq, un père qui habite près de Dunkerque et qui aime la bière « mais pas n'importe laquelle »."),
    ("ol", ["**L'idée.** Début juin, un message de sa sœur rappelle à Julie que la Fête des pères tombe le 15. Elle pense à un coffret en "
            "passant devant une vitrine, mais elle n'a pas le temps de faire les boutiques avant le week-end.",
            "**La recherche.** Le soir, sur son téléphone, elle tape « coffret bière cadeau » dans Google, puis « coffret bière cadeau fête "
            "des pères ». Elle passe les annonces des grandes plateformes et ouvre trois sites : le nôtre, celui de BièreBox France et celui "
            "de Mousses & Malts.",
            "**La comparaison.** Elle regarde le prix total avec la livraison, la garantie d'être livrée avant le dimanche et le côté "
            "régional du coffret. Chez nous, le Coffret Bières du Nord fait 39 € plus 8,90 € de port ; BièreBox France propose un coffret de "
            "huit bières à 44,90 € port compris, mais les bières viennent de toute la France. Ce qui la décide : le verre gravé et le fait que "
            "son père « est du Nord ».",
            "**La commande.** Elle commande le mardi soir, choisit la livraison chez son père et écrit sur la carte : « Pour le meilleur papa "
            "des Flandres ». Elle hésite au moment de donner sa date de naissance, puis valide. Paiement par carte, confirmation par e-mail "
            "avec le numéro de suivi Colissimo.",
            "**Le décapsulage.** Le vendredi, le colis arrive. Son père trouve la carte, le verre et un petit livret où Camille présente "
            "chaque bière et propose un plat pour l'accompagner. Le livret contient aussi un code de réduction de 20 % sur le premier mois "
            "de Caisse du Mois. Les bières de nos coffrets ont toujours au moins quatre mois de DDM{{DDM : date de durabilité minimale (« à "
            "consommer de préférence avant »). Passée cette date, la bière reste buvable mais perd ses arômes, surtout les bières très "
            "houblonnées.}} devant elles : on n'offre pas une bière en fin de vie."]),
    ("p", "Après la fête, nous envoyons à l'acheteuse un e-mail de remerciement avec une photo de la sélection, puis, trois semaines plus "
          "tard, une proposition d'abonnement. C'est l'étape qui compte le plus pour nous : d'après l'historique d'Abonnix, un offreur de "
          "cadeau sur cinq finit par s'abonner à la Caisse du Mois dans les trois mois, pour lui-même ou pour offrir l'abonnement."),

    ("h2", "1.3 Le comparatif des caves"),
    ("p", "Le 14 octobre 2025, j'ai relevé sur leurs sites et sur leurs fiches Google les informations des trois enseignes que nos clients "
          "citent le plus souvent dans le questionnaire, et je les ai mises en regard de notre propre offre."),
    ("tab", "Tableau 1 : Comparatif des caves (relevé du 14 octobre 2025)", [
        ["Critère", "Amertume & Co", "Le Bar à Brasseurs", "Mousses & Malts", "BièreBox France"],
        ["Type d'enseigne", "Cave et e-shop, Vieux-Lille", "Bar-cave, Lille-Wazemmes", "Site marchand uniquement", "Box par abonnement uniquement"],
        ["Références en ligne", "600", "120 (retrait en bar)", "1 400", "8 par mois"],
        ["Box mensuelle", "34,90 € (6 bières)\n59,90 € (12 bières)", "Non", "29,90 € (6 bières)", "32,90 € (8 bières)"],
        ["Frais de port", "8,90 €", "Retrait seulement", "6,90 €", "Inclus"],
        ["Livraison offerte dès", "89 €", "—", "69 €", "Toujours"],
        ["Part de bières régionales", "≈ 35 %", "≈ 70 %", "< 10 %", "< 5 %"],
        ["Note Google (nombre d'avis)", "4,8 (412)", "4,6 (1 085)", "4,3 (2 310)", "4,1 (3 960)"],
    ], [3.6, 3.2, 3.1, 3.0, 3.1]),

    ("h2", "1.4 Notre matrice AFOM"),
    ("p", "Avec Bastien et Camille, nous avons fait le point sur nos atouts et nos faiblesses, puis sur ce qui se passe autour de nous. Je "
          "n'ai gardé que les points cités par au moins deux d'entre nous."),
    ("afom", "Tableau 2 : Matrice AFOM d'Amertume & Co", [
        ("Atouts", ["Le conseil de caviste, reconnu par nos clients (4,8 sur Google)", "600 références, dont un tiers régionales",
                    "Une box déjà installée, 540 abonnés", "Des liens directs avec une trentaine de brasseries du Nord",
                    "La boutique et le comptoir au cœur du Vieux-Lille"]),
        ("Faiblesses", ["Des frais de port élevés (8,90 €)", "Une petite équipe : Rémi seul sur les colis",
                        "Un site lent sur téléphone", "Des ventes très concentrées sur la fin d'année"]),
        ("Opportunités", ["Le goût croissant pour les bières locales et les faibles degrés", "La recherche de cadeaux « made in Nord »",
                          "La Fête des pères et Noël", "Des fromagers et bistrots du quartier ouverts aux projets communs",
                          "Le Dry January, de plus en plus suivi"]),
        ("Menaces", ["Les brasseries qui vendent en direct sur leur propre site", "Les box nationales port compris",
                     "La hausse annoncée des tarifs Colissimo", "L'encadrement de la publicité pour l'alcool",
                     "La baisse de la consommation d'alcool chez les moins de 30 ans"]),
    ]),

    ("h2", "1.5 Nos paliers et les dégustateurs visés en premier"),
    ("p", "Avec Bastien, nous avons fixé trois paliers pour la vente en ligne :"),
    ("ul", ["atteindre **800 abonnés** à la Caisse du Mois ;",
            "faire progresser le chiffre d'affaires de l'e-shop de **30 %** ;",
            "porter le panier moyen de l'e-shop à **52 €**."]),
    ("p", "Ces trois paliers se tiennent entre eux : un client qui découvre la maison avec un coffret peut devenir abonné, et un abonné qui "
          "a aimé une bière de sa box revient souvent l'acheter à l'unité sur l'e-shop, avec d'autres références dans le même carton."),
    ("b", "Les offreurs de cadeaux d'abord"),
    ("p", "Nous avons choisi de viser en priorité les offreurs de cadeaux plutôt que les amateurs curieux, pour trois raisons. D'abord, ils "
          "arrivent à des moments prévisibles, la Fête des pères et Noël, ce qui nous permet de concentrer nos efforts et notre argent sur "
          "quelques semaines au lieu de les étaler sur l'année. Ensuite, leur panier est déjà proche de notre palier de 52 € : un coffret "
          "avec une ou deux bières ajoutées le dépasse. Enfin, ce sont eux qui font grandir la box, puisqu'un sur cinq s'abonne après son "
          "premier achat, alors que les amateurs curieux préfèrent souvent composer leur carton eux-mêmes."),
    ("p", "Les amateurs curieux restent nos clients de tous les jours, mais nous les touchons déjà par la newsletter, le comptoir du vendredi "
          "et Instagram."),

    ("h2", "1.6 Nos canaux de recrutement"),
    ("p", "Avec une équipe de cinq personnes, nous ne pouvons pas être partout. J'ai donc classé nos canaux dans l'ordre où nous les "
          "mettons en œuvre, du plus permanent au plus ponctuel, en gardant en tête que notre cible prioritaire achète surtout au moment "
          "des fêtes."),
    ("ol", ["**Le référencement naturel, toute l'année.** C'est le canal qui nous coûte le moins et qui nous apporte le plus de visites. "
            "Une personne qui cherche « coffret bière » ou « box bière abonnement » dans Google a déjà envie d'acheter : c'est le moment "
            "exact où nous voulons être là. Le travail fait sur les pages de la boutique a d'ailleurs déjà payé sur notre requête "
            "locale principale{{Position moyenne de la requête « cave à bière Lille » dans la Google Search Console : 14,2 en janvier 2025, "
            "3,1 en décembre 2025 (moyenne mensuelle, toutes pages du site confondues).}}.",
            "**L'emailing, toute l'année.** Notre newsletter « La Mousse du jeudi » part chaque semaine à 3 900 contacts par Brevo. Elle "
            "présente le brassin{{Brassin : quantité de bière fabriquée en une fois, de l'empâtage à la mise en cuve. Une petite brasserie "
            "sort souvent un brassin de 10 à 20 hectolitres, parfois en édition unique.}} de la semaine, les arrivages et la bière du fût "
            "du vendredi. C'est notre canal le moins cher pour faire revenir les clients et pour proposer l'abonnement aux acheteurs de coffrets.",
            "**Instagram, toute l'année.** Le compte compte 5 200 abonnés. Il sert à montrer la boutique, les nouvelles "
            "box et les coulisses chez nos brasseurs, par exemple une journée de houblonnage à cru{{Houblonnage à cru (dry hopping) : ajout "
            "de houblon dans la bière après la fermentation, à froid, pour lui donner des arômes sans ajouter d'amertume. C'est ce qui donne "
            "son nez d'agrumes à la Houblon Sauvage.}} à la Brasserie des Weppes. Il entretient la relation plus qu'il ne recrute, mais il "
            "est là où sont nos clients : plus de sept visites du site sur dix se font depuis un téléphone{{Export GA4 du 08/01/2026, période "
            "du 1er janvier au 31 décembre 2025, rapport « Technologie » (catégorie d'appareil).}}.",
            "**Les annonces payantes (Meta et Google Ads), seulement à la Fête des pères et à Noël.** Ce sont les deux moments où la "
            "demande de coffrets explose et où une annonce a de vraies chances d'être rentable. Le reste de l'année, le coût d'un clic sur "
            "les mots liés à la bière est trop élevé pour nos marges."]),
    ("p", "Nous avons en revanche refusé l'affiliation. Deux plateformes de codes promo nous ont sollicités en 2025, avec une commission de "
          "10 à 12 % sur chaque vente. Avec une marge brute de 35 à 40 % sur la bière, c'était trop lourd ; surtout, nous ne voulions pas voir "
          "nos coffrets affichés entre deux bannières « -50 % sur l'alcool », ce qui ne correspond ni à notre métier, ni aux règles qui "
          "encadrent la publicité pour les boissons alcoolisées."),

    ("h2", "1.7 Le calendrier brassicole"),
    ("p", "La bière a ses saisons, et nos ventes aussi. J'ai construit notre calendrier autour de cinq temps forts, chacun choisi pour une "
          "raison liée à notre activité :"),
    ("ul", ["**Les bières de mars.** Au printemps, les brasseries du Nord sortent leurs bières de mars{{Bière de mars : bière de printemps, "
            "traditionnelle dans le Nord et en Belgique, brassée autrefois avec l'orge de la dernière récolte à la fin de l'hiver. Plusieurs "
            "de nos brasseries en ont relancé une.}}. C'est une tradition régionale qui parle à nos clients, et elle tombe à un moment calme : "
            "une nouveauté relance les commandes après les fêtes et le mois de janvier.",
            "**La Fête des pères.** C'est le premier pic de cadeaux de l'année, et le retour des offreurs de cadeaux, notre cible prioritaire. "
            "Le Coffret Bières du Nord y est mis en avant, avec les annonces payantes.",
            "**La Braderie de Lille.** Le premier week-end de septembre, plus de deux millions de visiteurs passent dans les rues de Lille, "
            "et le Vieux-Lille est plein. Nous tenons un stand devant la boutique, avec remplissage de growlers{{Growler : grande bouteille "
            "réutilisable (1 ou 2 litres) que l'on remplit au robinet d'un fût et que l'on rapporte pour la faire remplir à nouveau.}}, et "
            "nous distribuons des cartes avec un code pour le premier mois de box. C'est notre meilleur moment pour recruter des abonnés "
            "de la métropole.",
            "**Les bières de Noël.** De la mi-novembre à la fin décembre, les brasseries sortent leurs cuvées de Noël, plus rondes et "
            "épicées. C'est de loin le plus gros moment de l'année pour les coffrets et les abonnements offerts.",
            "**Le Dry January.** En janvier, une partie de nos clients arrête l'alcool pendant un mois. Plutôt que de subir un mois creux, "
            "nous proposons une box spéciale « Petite Mousse » de bières à moins de 3 % et de bières sans alcool artisanales."]),
    ("p", "Le tableau 3 reprend ces temps forts mois par mois, avec les actions prévues."),
    ("tab", "Tableau 3 : Calendrier brassicole des actions", [
        ["Mois", "Temps fort", "Actions prévues"],
        ["Janvier", "Dry January", "Box « Petite Mousse » ; newsletter spéciale sans alcool ; posts de dégustation"],
        ["Février", "—", "Fiches des nouvelles brasseries ; newsletter « bières de mars » en avant-première"],
        ["Mars", "Bières de mars", "Coffret « Printemps des Flandres » ; mise en perce spéciale ; newsletter"],
        ["Avril", "—", "Relance des acheteurs de coffrets de Noël ; articles de blog sur les IPA"],
        ["Mai", "—", "Page Fête des pères en ligne ; newsletter « idées cadeaux »"],
        ["Juin", "Fête des pères", "Annonces Meta et Google ; Coffret Bières du Nord en page d'accueil ; carte message offerte"],
        ["Juillet", "—", "Box d'été « Blanches et sours » ; posts Instagram en terrasse"],
        ["Août", "—", "Box de rentrée ; newsletter de fin d'été"],
        ["Septembre", "Braderie de Lille", "Stand devant la boutique, growlers, cartes avec code box ; posts Instagram"],
        ["Octobre", "—", "Soirée accord bière-fromage avec la fromagerie ; page Noël en ligne"],
        ["Novembre", "Bières de Noël", "Annonces Google et Meta ; coffrets de Noël ; newsletter chaque semaine"],
        ["Décembre", "Noël", "Abonnement de trois mois à offrir ; carte message ; dernières expéditions avant Noël"],
    ], [2.6, 3.4, 10.0]),

    ("h2", "1.8 Nos alliances de comptoir"),
    ("p", "Une cave à bières vit de son quartier et des commerces qui l'entourent. J'ai listé les secteurs avec lesquels nous avons un "
          "intérêt commercial commun :"),
    ("ul", ["**les fromagers**, parce que la bière et le fromage se vendent ensemble à l'apéritif et sur les plateaux du week-end ;",
            "**les bistrots et estaminets**{{Estaminet : petit café populaire typique de la Flandre et du Nord, où l'on sert de la bière "
            "et une cuisine simple (carbonade, welsh, potjevleesch).}} du Vieux-Lille, qui peuvent servir les bières de nos brasseries et "
            "envoyer leurs clients vers la boutique ;",
            "**les comités sociaux et économiques (CSE)** des grandes entreprises de la métropole, qui achètent chaque année des cadeaux "
            "de fin d'année pour les salariés ;",
            "**les brasseries locales**, avec qui nous organisons déjà les mises en perce du vendredi et qui peuvent nous réserver des "
            "brassins en exclusivité pour la box."]),
    ("b", "Notre alliance avec La Meule du Vieux-Lille"),
    ("p", "Le projet le plus avancé est celui avec La Meule du Vieux-Lille, une fromagerie installée rue Basse, à cinq minutes à pied de "
          "la boutique{{La Meule du Vieux-Lille a ouvert en 2019 ; elle emploie trois personnes et vend surtout des fromages du Nord, de "
          "Belgique et des Pays-Bas. Sa gérante, Anne-Sophie Cuvelier, est cliente du comptoir du vendredi.}}. L'idée : un coffret « Apéro "
          "du Nord » avec trois bières et trois fromages régionaux (maroilles, mimolette vieille, tomme de Cambrai), vendu dans les deux "
          "boutiques et sur notre site, et une soirée accord bière-fromage par trimestre à notre comptoir."),
    ("p", "Le moment de consommation est le même : l'apéritif du vendredi soir ou du week-end, entre amis ou en famille, quand on sort une "
          "planche et quelques bouteilles. Les accords marchent vraiment : une triple ou une ambrée accompagne très bien une pâte lavée, "
          "une sour fruitée se marie avec un fromage frais, et Camille a déjà testé six accords avec la fromagère. Et nous avons la même clientèle : des gens du quartier "
          "qui aiment les bons produits et qui sont prêts à payer pour la qualité."),
    ("b", "Une alliance que nous avons refusée"),
    ("p", "En avril 2025, une marque de soirées « beer-pong », qui vend des kits de jeu et des gobelets, nous a proposé une box commune pour "
          "les étudiants, avec une bière blonde premier prix en grande quantité. Le volume annoncé était intéressant, mais nous avons dit non : "
          "ce n'est pas notre image de caviste. Nos clients viennent chez nous pour goûter et comprendre ce qu'ils boivent, pas pour boire vite, "
          "et Bastien ne voulait pas que le nom d'Amertume & Co soit associé à l'excès, surtout auprès d'un public jeune."),

    ("h2", "1.9 La Fête des pères, avant et après"),
    ("p", "Pour la Fête des pères 2025, nous avons combiné pour la première fois plusieurs actions sur trois semaines : une page dédiée au "
          "Coffret Bières du Nord, deux newsletters, des annonces Meta et la carte message offerte. La figure 1 présente nos commandes "
          "de l'année."),
    ("chart", 1, 15.5, 8.0, "Figure 1 : Commandes mensuelles 2025, e-shop et Caisse du Mois (source : statistiques PrestaShop)"),
    ("p", "On voit bien l'effet de la Fête des pères."),

    ("h2", "1.10 L'enveloppe par canal"),
    ("p", "Bastien a accordé à la vente en ligne une enveloppe annuelle de 9 800 € HT, hors salaires. Je l'ai répartie entre nos canaux, "
          "avec pour chaque ligne le chiffre d'affaires attendu d'après nos résultats de 2025."),
    ("tab", "Tableau 4 : Enveloppe par canal et chiffre d'affaires attendu", [
        ["Canal", "Postes de dépense", "Enveloppe (€ HT)", "CA attendu (€ HT)"],
        ["Référencement naturel", "Semrush, rédaction de fiches (indépendante), photos", "2 900", "38 000"],
        ["Emailing", "Abonnement Brevo, visuels des newsletters", "480", "24 000"],
        ["Instagram", "Photos et petits boosts de publications", "600", "6 000"],
        ["Annonces Meta (Fête des pères, Noël)", "Achat d'espace", "1 600", "9 500"],
        ["Google Ads (Fête des pères, Noël)", "Achat d'espace", "2 300", "14 500"],
        ["Braderie de Lille", "Stand, growlers, cartes imprimées", "1 200", "5 000"],
        ["Alliance avec la fromagerie", "Coffrets « Apéro du Nord », soirées accord", "720", "4 200"],
        ["Total", "", "9 800", "101 200"],
    ], [4.0, 6.6, 2.7, 2.7]),
    ("p", "Les montants prévus pour les annonces s'appuient sur ce que nous avons vécu en 2025 : la campagne Meta de la Fête des pères a "
          "largement couvert sa dépense{{Annonces Meta (Facebook et Instagram), Fête des pères 2025, du 26 mai au 15 juin : 480 € dépensés, "
          "61 coffrets vendus, 2 379 € HT de chiffre d'affaires, soit 904 € de marge brute. Retour sur mise : (904 − 480) / 480 = +88 %.}}, "
          "et Google Ads a fait encore mieux à Noël (voir 2.8)."),

    ("h1", "Partie 2 — Être trouvé sur Google et mesurer"),
    ("h2", "2.1 Nos outils de mesure"),
    ("p", "Pour suivre le site, nous utilisons quatre outils, que je consulte chaque lundi matin avant la réunion d'équipe :"),
    ("ul", ["**Google Analytics 4** : les visites, leur provenance, les pages vues et les achats, grâce au module PrestaShop qui transmet "
            "les commandes ;",
            "**Google Search Console** : les requêtes sur lesquelles le site apparaît, les impressions, les clics, la position moyenne et "
            "les erreurs d'indexation ;",
            "**les statistiques de PrestaShop** : le chiffre d'affaires, le nombre de commandes, le panier moyen, les meilleures ventes et "
            "les paniers abandonnés ;",
            "**Semrush** : le suivi des positions sur une liste de requêtes, l'audit technique du site et les volumes de recherche{{Abonnement "
            "Semrush « Pro » pris en mars 2025 ; le suivi de positions porte sur 50 requêtes, relevées chaque jour.}}."]),
    ("p", "Google Ads dispose de son propre tableau de bord, que j'utilise pendant les campagnes."),

    ("h2", "2.2 Nos requêtes clients"),
    ("p", "Pour choisir les requêtes à travailler, je suis partie de ce que disent les clients, et non de la façon dont nous rangeons les "
          "bières dans le magasin. La méthode s'est faite en quatre temps :"),
    ("ol", ["**Les mots du comptoir.** Pendant trois semaines, Camille et Maxime ont noté dans un carnet les demandes entendues en "
            "boutique : « vous avez des bières sans gluten ? », « c'est quoi une NEIPA ? », « un coffret pour mon beau-père »… J'en ai tiré "
            "64 expressions.",
            "**Les suggestions de Google.** J'ai tapé chaque expression dans Google pour relever les suggestions de la barre de recherche et "
            "le bloc « Autres questions posées ». La liste est montée à 143 expressions.",
            "**Le Planificateur de mots-clés.** J'ai passé la liste dans le Keyword Planner de Google Ads pour obtenir les volumes mensuels "
            "moyens en France{{Les volumes précis ne s'affichent que sur un compte qui a une campagne active : j'ai donc fait l'extraction "
            "en novembre, pendant la campagne de Noël. La difficulté vient de Semrush, sur une échelle de 0 à 100.}}, puis dans Semrush pour "
            "la difficulté.",
            "**Le tri.** J'ai gardé une requête si elle dépasse 50 recherches par mois et si elle montre une intention d'achat : « acheter », "
            "« coffret », « box », « livraison », un nom de style ou un nom de lieu. Les requêtes purement informatives, comme « comment "
            "brasser sa bière », ont été écartées. Il en reste 28, que j'ai rattachées chacune à une page du site."]),
    ("p", "Dans le tri, j'ai tenu compte de notre ancrage lillois, avec des requêtes locales qui peuvent faire venir en boutique, et des styles "
          "que nous vendons le mieux : IPA, NEIPA, triples, sours et bières de Noël."),
    ("tab", "Tableau 5 : Nos 28 requêtes clients", [
        ["Requête", "Volume / mois", "Difficulté", "Intention", "Page cible"],
        ["cave à bière lille", "880", "31", "achat local", "Accueil"],
        ["coffret bière", "6 600", "58", "achat", "Catégorie Coffrets"],
        ["coffret bière cadeau", "2 900", "52", "achat cadeau", "Catégorie Coffrets"],
        ["box bière", "4 400", "61", "achat", "Page Caisse du Mois"],
        ["box bière abonnement", "1 300", "49", "abonnement", "Page Caisse du Mois"],
        ["abonnement bière artisanale", "590", "38", "abonnement", "Page Caisse du Mois"],
        ["cadeau fête des pères bière", "1 900", "41", "achat cadeau", "Page Fête des pères"],
        ["coffret bière noël", "1 600", "44", "achat cadeau", "Page Noël"],
        ["bière de noël", "2 400", "46", "achat saisonnier", "Catégorie Bières de Noël"],
        ["coffret bières du nord", "170", "18", "achat cadeau", "Fiche Coffret Bières du Nord"],
        ["bière artisanale lille", "720", "29", "achat local", "Accueil"],
        ["acheter bière artisanale en ligne", "480", "42", "achat", "Catégorie Toutes les bières"],
        ["bière ipa", "3 600", "55", "achat / découverte", "Catégorie IPA"],
        ["neipa", "1 000", "33", "achat / découverte", "Catégorie IPA"],
        ["bière triple", "1 300", "37", "achat", "Catégorie Triples"],
        ["bière sour", "720", "28", "achat / découverte", "Catégorie Sours"],
        ["bière sans alcool artisanale", "880", "35", "achat", "Catégorie Sans alcool"],
        ["box bière sans alcool", "170", "16", "abonnement", "Page Petite Mousse"],
        ["bière locale hauts de france", "250", "21", "achat local", "Catégorie Bières régionales"],
        ["brasserie artisanale nord", "390", "24", "achat local", "Catégorie Bières régionales"],
        ["coffret bière et verre", "320", "27", "achat cadeau", "Fiche Coffret Bières du Nord"],
        ["idée cadeau amateur de bière", "590", "36", "achat cadeau", "Page Idées cadeaux"],
        ["carte cadeau bière", "140", "19", "achat cadeau", "Page Carte cadeau"],
        ["bière de mars", "210", "15", "achat saisonnier", "Catégorie Bières de saison"],
        ["growler lille", "70", "8", "achat local", "Page Boutique"],
        ["caviste bière lille", "110", "22", "achat local", "Accueil"],
        ["livraison bière lille", "170", "26", "achat local", "Page Livraison"],
        ["bière triple des flandres", "90", "12", "achat", "Fiche Triple des Flandres"],
    ], [5.0, 2.3, 2.0, 3.0, 4.7]),

    ("h2", "2.3 Le cocon sémantique des pages bières"),

    ("h2", "2.4 Le chantier du site"),
    ("p", "En février 2025, j'ai lancé un audit complet du site avec Semrush. Voici les actions que j'en ai tirées, dans l'ordre où l'audit "
          "les présente :"),
    ("ol", ["Corriger les 37 liens internes cassés, laissés par des fiches de bières épuisées puis supprimées.",
            "Donner une balise title unique aux 212 fiches produits qui reprenaient toutes le même titre.",
            "Écrire les méta-descriptions manquantes sur 318 pages.",
            "Compresser les photos de bouteilles, dont certaines dépassaient 2 Mo.",
            "Ajouter un texte alternatif aux 560 images de produits.",
            "Rediriger en 301 les anciennes adresses de la version 1.7 de PrestaShop.",
            "Sortir de l'index les pages de filtres en double (degré, contenance, couleur).",
            "Réécrire les 40 fiches produits les plus vendues avec le conseil de Camille.",
            "Créer une page de catégorie par style : IPA, triples, sours, sans alcool.",
            "Ajouter les données structurées produit : prix, disponibilité, avis.",
            "Mettre à jour la fiche Google Business Profile avec les horaires du comptoir et des photos récentes.",
            "Créer un plan du site XML et le déclarer dans la Search Console."]),
    ("p", "En décembre, les actions 1 à 7, 9, 11 et 12 étaient faites ; la réécriture des fiches et les données structurées sont en cours."),

    ("h2", "2.5 Référencement de nouvelles brasseries"),
    ("p", "Le référencement{{Référencer : faire entrer un produit dans la gamme. Chez un caviste, une bière est « référencée » quand elle a "
          "sa place en rayon et sa fiche sur le site.}} de nouvelles brasseries a été l'autre grand chantier de l'année. En 2025, nous avons "
          "fait entrer neuf brasseries dans notre catalogue, soit 47 nouvelles bières :"),
    ("ul", ["la Brasserie de la Lys Sauvage (Armentières) ;",
            "le Beffroi Vert (Douai) ;",
            "les Houblons de l'Avesnois (Avesnes-sur-Helpe), qui cultivent leur propre houblon ;",
            "Pic & Malt (Roubaix), jeune brasserie de NEIPA ;",
            "la Brasserie des Dunes Grises (Bray-Dunes) ;",
            "le Terril Noir (Loos-en-Gohelle), et son stout au café torréfié sur place ;",
            "la Brasserie du Canal (Tourcoing) ;",
            "la Brasserie des Remparts (Arras) ;",
            "la Ferme-brasserie du Mélantois (Cysoing), qui brasse avec l'orge de la ferme."]),
    ("p", "Chaque brasserie a été retenue par Camille après une dégustation au comptoir, souvent lors d'une mise en perce du vendredi. "
          "Pour chacune, j'ai créé une page de présentation avec son histoire et ses photos, puis une fiche produit par bière. Trois "
          "d'entre elles ont déjà fourni une bière pour la Caisse du Mois, et la Brasserie des Remparts brassera en exclusivité notre "
          "bière de mars."),

    ("h2", "2.6 Nos annonces Google Ads"),
    ("p", "Pour Noël 2025, j'ai créé sur Google Ads une campagne sur le Réseau de Recherche, « Coffrets et box — fêtes », organisée en deux "
          "groupes d'annonces."),
    ("b", "Groupe 1 — Coffrets cadeaux"),
    ("p", "Requêtes achetées : « coffret bière », « coffret bière cadeau », « coffret bière noël », [coffret bières du nord], « idée cadeau "
          "amateur de bière ». Page d'arrivée : la page d'accueil du site, où le bandeau de Noël présente nos coffrets."),
    ("b", "Groupe 2 — Box abonnement"),
    ("p", "Requêtes achetées : « box bière abonnement », « box bière », « abonnement bière artisanale », « box bière cadeau ». Page d'arrivée : la page "
          "de la Caisse du Mois."),
    ("p", "J'ai ajouté à la campagne une liste de requêtes à exclure, pour ne pas payer les clics des personnes qui veulent brasser "
          "elles-mêmes ou qui cherchent autre chose : « kit brassage », « recette bière », « brasser sa bière », « gratuit », « emploi »."),
    ("p", "Voici les trois annonces que j'ai rédigées. Comme toute publicité pour une boisson alcoolisée, elles portent la mention "
          "sanitaire obligatoire{{La loi Évin encadre la publicité pour l'alcool : le message doit rester informatif (origine, composition, "
          "mode de consommation) et s'accompagner d'un message sanitaire. Google Ads impose en plus une certification pour les annonceurs "
          "du secteur.}}."),
    ("ad", "Annonce 1 — groupe Coffrets cadeaux", [
        "Titres : Coffret Bière Cadeau | Bières Artisanales du Nord | Cave du Vieux-Lille",
        "Description : Trois bières régionales et un verre gravé, 39 €. Carte message offerte, expédition sous 48 h.",
        "Description 2 : L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
        "URL affichée : amertume-co.fr/coffrets"]),
    ("ad", "Annonce 2 — groupe Coffrets cadeaux", [
        "Titres : Cadeau Amateur de Bière | Coffrets de Noël dès 39 € | Le Conseil d'un Caviste",
        "Description : Nos cavistes composent vos coffrets : bières de Noël, triples, IPA. Livraison partout en France.",
        "Description 2 : L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
        "URL affichée : amertume-co.fr/noel"]),
    ("ad", "Annonce 3 — groupe Box abonnement", [
        "Titres : Box Bière Artisanale | 6 Bières Chaque Mois | Dès 34,90 €/mois",
        "Description : La Caisse du Mois : 6 ou 12 bières choisies par notre caviste, sans engagement. À offrir ou à garder.",
        "Description 2 : L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
        "URL affichée : amertume-co.fr/caisse-du-mois"]),

    ("h2", "2.7 Le relevé de la campagne de Noël"),
    ("p", "Pendant la campagne, j'ai relevé chaque lundi dans un tableur les chiffres de la semaine précédente. Le tableau 6 reprend ce relevé."),
    ("tab", "Tableau 6 : Relevé hebdomadaire Google Ads, novembre–décembre 2025", [
        ["Semaine", "Impressions", "Clics", "CTR", "CPC moyen", "Coût", "Conversions", "CA HT"],
        ["S45 (3–9 nov.)", "3 120", "96", "3,1 %", "0,78 €", "75 €", "4", "182 €"],
        ["S46 (10–16 nov.)", "4 050", "131", "3,2 %", "0,80 €", "105 €", "6", "310 €"],
        ["S47 (17–23 nov.)", "5 480", "188", "3,4 %", "0,83 €", "156 €", "10", "642 €"],
        ["S48 (24–30 nov.)", "6 920", "251", "3,6 %", "0,86 €", "216 €", "16", "1 190 €"],
        ["S49 (1er–7 déc.)", "7 860", "296", "3,8 %", "0,89 €", "263 €", "24", "1 915 €"],
        ["S50 (8–14 déc.)", "7 140", "272", "3,8 %", "0,91 €", "248 €", "26", "2 064 €"],
        ["S51 (15–21 déc.)", "2 580", "80", "3,1 %", "0,87 €", "70 €", "11", "870 €"],
        ["S52 (22–28 déc.)", "850", "22", "2,6 %", "0,77 €", "17 €", "2", "117 €"],
        ["Total", "38 000", "1 336", "3,5 %", "0,86 €", "1 150 €", "99", "7 290 €"],
    ], [3.0, 2.0, 1.4, 1.4, 1.8, 1.7, 2.1, 2.0]),
    ("p", "Le taux de clic{{CTR (click-through rate) : nombre de clics divisé par le nombre d'affichages de l'annonce. CPC : coût moyen "
          "payé pour un clic.}} est resté bon pendant toute la campagne : entre 2,6 % et 3,8 %, et 3,5 % en moyenne. Il monte à mesure que "
          "Noël approche, ce qui montre que nos annonces correspondent à ce que les gens cherchent à ce moment-là, puis il retombe la "
          "dernière semaine, quand il est trop tard pour recevoir un colis avant le 25. Le coût par clic a augmenté régulièrement, de 0,78 € "
          "à 0,91 €, parce que la concurrence sur « coffret bière » est plus forte début décembre ; il redescend ensuite avec la demande."),

    ("h2", "2.8 Ce que rapportent nos annonces"),
    ("p", "Sur l'ensemble de la campagne de Noël, nous avons dépensé 1 150 € pour 7 290 € HT de chiffre d'affaires. Avec une marge brute "
          "moyenne de 36 % sur les coffrets et les box{{Marge brute moyenne des ventes de coffrets et de box de novembre et décembre 2025, "
          "calculée à partir de l'export PrestaShop et des prix d'achat (bières, verres, cartons, livrets).}}, cela représente 2 624 € de "
          "marge. Le retour sur mise se calcule ainsi :"),
    ("eq", "(2 624 € − 1 150 €) / 1 150 € = + 128 %"),
    ("p", "Autrement dit, chaque euro dépensé en annonces Google nous a rendu cet euro, plus 1,28 € de marge."),

    ("h2", "2.9 Nos indicateurs"),
    ("p", "Pour le suivi courant, j'utilise les indicateurs que GA4 propose par défaut (sessions, utilisateurs, taux d'engagement, "
          "événements d'achat), complétés par les chiffres que le module PrestaShop fait remonter. Je n'ai pas créé d'événements "
          "personnalisés. Le temps de chargement vient de PageSpeed Insights{{Mesure PageSpeed Insights du 12 janvier 2026 sur la page "
          "d'accueil, version mobile (indicateur « Largest Contentful Paint »).}} et le taux d'abandon de panier de PrestaShop{{Part des "
          "paniers créés sur le site qui n'aboutissent pas à une commande, d'après le module de statistiques de PrestaShop.}}. Le tableau 7 "
          "donne les principaux chiffres de l'année 2025 et la figure 2 la provenance des visites."),
    ("tab", "Tableau 7 : Indicateurs clés du site en 2025", [
        ["Indicateur", "Valeur 2025", "Source"],
        ["Sessions", "61 400", "GA4"],
        ["Taux de rebond", "58 %", "GA4"],
        ["Durée moyenne d'une session", "1 min 52", "GA4"],
        ["Temps de chargement (mobile)", "4,1 s", "PageSpeed Insights"],
        ["Taux d'abandon de panier", "71 %", "PrestaShop"],
    ], [6.5, 3.5, 4.5]),
    ("chart", 2, 13.0, 7.6, "Figure 2 : Sessions par source en 2025 (source : GA4)"),

    ("h2", "2.10 Instagram"),
    ("p", "Sur Instagram, je publie trois fois par semaine : la mise en perce du vendredi en story, les arrivages du mardi en carrousel et, "
          "le dimanche, « la bière de Camille », une recommandation avec une photo prise au comptoir. Les publications qui plaisent le plus "
          "sont les vidéos courtes tournées chez les brasseurs et les photos du comptoir le vendredi soir. Nous n'avons pas encore mesuré ce "
          "que rapportent nos posts Instagram, on regarde surtout les likes."),

    ("h1", "Conclusion"),
    ("p", "Cette année d'alternance m'a fait passer d'une logique « je poste et j'envoie la newsletter » à une vraie réflexion sur nos "
          "clients et nos canaux. Le travail sur les profils de dégustateurs a changé notre façon de parler des coffrets, et la campagne de "
          "Noël m'a appris à lire un tableau de bord semaine après semaine, sans me contenter du chiffre d'affaires du mois."),
    ("p", "Je remercie Bastien pour sa confiance, Camille pour ses explications patientes sur les styles de bière, et Rémi, qui a emballé "
          "tous les coffrets dont parle ce dossier."),
]


def ensure_styles(doc):
    for lvl, indent in ((1, 0.0), (2, 0.6)):
        name = "TOC %d" % lvl
        try:
            st = doc.styles[name]
        except KeyError:
            st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        pf = st.paragraph_format
        pf.left_indent = Cm(indent)
        pf.space_after = Pt(3)
        pf.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if lvl == 1:
            st.font.bold = True
    # styles des notes de bas de page (noms et identifiants de Word)
    ft = doc.styles.add_style("footnote text", WD_STYLE_TYPE.PARAGRAPH)
    ft.element.set(qn("w:styleId"), "FootnoteText")
    ft.base_style = doc.styles["Normal"]
    ft.font.size = Pt(9)
    ft.paragraph_format.space_after = Pt(0)
    ft.paragraph_format.line_spacing = 1.0
    fr = doc.styles.add_style("footnote reference", WD_STYLE_TYPE.CHARACTER)
    fr.element.set(qn("w:styleId"), "FootnoteReference")
    rPr = fr.element.get_or_add_rPr()
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    cap = doc.styles["Caption"]
    cap.font.italic = False
    cap.font.size = Pt(9)
    cap.font.bold = True
    cap.font.color.rgb = RGBColor(*AMBER)


def add_caption(doc, text, above=True):
    p = doc.add_paragraph(style="Caption")
    if above:
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(3)
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(10)
    p.add_run(text)
    return p


def add_table(doc, rows, widths, first_col_bold=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
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
            lines = str(val).split("\n")
            for k, line in enumerate(lines):
                cp_ = c.paragraphs[0] if k == 0 else c.add_paragraph()
                cp_.paragraph_format.space_after = Pt(0)
                cp_.paragraph_format.line_spacing = 1.0
                rich(cp_, line, size=9)
                if i == 0:
                    for rr in cp_.runs:
                        rr.bold = True
                        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                elif rows[i][0] == "Total" or (first_col_bold and j == 0 and len(rows[0]) > 3):
                    pass
            if i == 0:
                set_cell_bg(c, AMBER_HEX)
            elif row[0] == "Total":
                set_cell_bg(c, "F3E6D3")
                for rr in c.paragraphs[0].runs:
                    rr.bold = True
    # marges intérieures des cellules
    tblPr = t._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side, v in (("top", 45), ("left", 85), ("bottom", 45), ("right", 85)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblPr.append(mar)
    # ligne d'en-tête répétée
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    return t


def add_afom(doc, cells):
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    fills = ["E3EFD9", "F7DDD5", "DCE9F5", "F2E3C9"]
    k = 0
    for i in range(2):
        for j in range(2):
            title, items = cells[k]
            c = t.cell(i, j)
            c.width = Cm(8.0)
            set_cell_bg(c, fills[k])
            p = c.paragraphs[0]
            r = p.add_run(title)
            r.bold = True
            r.font.size = Pt(10.5)
            p.paragraph_format.space_after = Pt(3)
            for it in items:
                ip = c.add_paragraph()
                ip.paragraph_format.space_after = Pt(1)
                ip.paragraph_format.line_spacing = 1.0
                ip.paragraph_format.left_indent = Cm(0.35)
                ip.paragraph_format.first_line_indent = Cm(-0.35)
                rr = ip.add_run("– " + it)
                rr.font.size = Pt(9.5)
            k += 1
    for j in range(2):
        t.columns[j].width = Cm(8.0)
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.font.size = Pt(11)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "fr-FR")
    st.element.rPr.append(lang)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.5
    for name, size, before in (("Heading 1", 16, 0), ("Heading 2", 13, 16)):
        hs = doc.styles[name]
        hs.font.color.rgb = RGBColor(*AMBER)
        hs.font.size = Pt(size)
        rf = hs.element.rPr.find(qn("w:rFonts"))
        for a in list(rf.attrib):
            del rf.attrib[a]
        hs.font.name = "Arial"
        hs.paragraph_format.space_before = Pt(before)
        hs.paragraph_format.space_after = Pt(8)
    doc.styles["Heading 1"].paragraph_format.page_break_before = True
    ensure_styles(doc)

    # réglages : notes de bas de page, séparateur décimal français
    settings = doc.settings.element
    fpr = parse_xml('<w:footnotePr xmlns:w="%s"><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % W_NS)
    settings.find(qn("w:compat")).addprevious(fpr)
    settings.find(qn("w:decimalSymbol")).set(qn("w:val"), ",")
    settings.find(qn("w:listSeparator")).set(qn("w:val"), ";")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.5)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Amertume & Co — dossier de certification — É. Desmet")
    r.font.size = Pt(9)
    r.italic = True
    r.font.color.rgb = RGBColor(*AMBER)
    doc.styles["Footer"].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ").font.size = Pt(9)
    add_field(fp, "PAGE", "1")
    fp.add_run(" sur ").font.size = Pt(9)
    add_field(fp, "NUMPAGES", "19")

    # ---------------------------------------------------------------- page de garde
    for _ in range(4):
        doc.add_paragraph()
    for text, size, bold, color in [
            ("Titre professionnel Chef de projet e-commerce — session 2026", 12, False, None),
            ("Amertume & Co", 30, True, AMBER),
            ("Dossier de certification — blocs 1 et 3", 16, True, None),
            ("Faire connaître la cave, recruter des abonnés et mesurer nos résultats en ligne", 13, False, None)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(10)
        rr = p.add_run(text)
        rr.font.size = Pt(size)
        rr.bold = bold
        if color:
            rr.font.color.rgb = RGBColor(*color)
    for _ in range(8):
        doc.add_paragraph()
    for line in ["Élise Desmet — chargée de webmarketing (alternance, Bachelor 3e année)",
                 "Amertume & Co SARL — rue de Gand, 59800 Lille",
                 "Tuteur : Bastien Delcroix, gérant",
                 "Avril 2026"]:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
    doc.add_page_break()

    # ---------------------------------------------------------------- table des matières automatique
    p = doc.add_paragraph(style="TOC Heading")
    p.add_run("Table des matières")
    entries = [(item[1], 1 if item[0] == "h1" else 2) for item in CONTENT if item[0] in ("h1", "h2")]
    for k, (title, lvl) in enumerate(entries):
        tp = doc.add_paragraph(style="TOC %d" % lvl)
        if k == 0:
            fld(tp, "begin")
            instr(tp, 'TOC \\o "1-2" \\h \\z \\u')
            fld(tp, "separate")
        tp.add_run(title + "\t" + str(PAGES[title]))
        if k == len(entries) - 1:
            fld(tp, "end")

    # ---------------------------------------------------------------- corps
    for item in CONTENT:
        kind = item[0]
        if kind == "h1":
            doc.add_heading(item[1], level=1)
        elif kind == "h2":
            doc.add_heading(item[1], level=2)
        elif kind == "p":
            rich(doc.add_paragraph(), item[1])
        elif kind == "b":
            p = doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(4)
            rich(p, item[1], bold=True)
        elif kind == "eq":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(4)
            p.paragraph_format.space_after = Pt(8)
            rr = p.add_run(item[1])
            rr.bold = True
        elif kind == "ul":
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Bullet"), line)
                lp.paragraph_format.space_after = Pt(3)
        elif kind == "ol":
            for n, line in enumerate(item[1], 1):
                lp = doc.add_paragraph()
                lp.add_run("%d.\t" % n)
                rich(lp, line)
                lp.paragraph_format.left_indent = Cm(1.0)
                lp.paragraph_format.first_line_indent = Cm(-0.7)
                lp.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
                lp.paragraph_format.space_after = Pt(3)
        elif kind == "tab":
            add_caption(doc, item[1], above=True)
            add_table(doc, item[2], item[3])
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "afom":
            add_caption(doc, item[1], above=True)
            add_afom(doc, item[2])
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "ad":
            p = doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(4)
            p.paragraph_format.space_after = Pt(1)
            rr = p.add_run(item[1])
            rr.bold = True
            rr.font.size = Pt(10)
            for k, line in enumerate(item[2]):
                lp = doc.add_paragraph()
                lp.paragraph_format.left_indent = Cm(0.8)
                lp.paragraph_format.space_after = Pt(1 if k < len(item[2]) - 1 else 6)
                if k < len(item[2]) - 1:
                    lp.paragraph_format.keep_with_next = True
                label, _, rest = line.partition(" : ")
                r1 = lp.add_run(label + " : ")
                r1.italic = True
                r1.font.size = Pt(10)
                r2 = lp.add_run(rest)
                r2.font.size = Pt(10)
        elif kind == "chart":
            n, w, h, caption = item[1], item[2], item[3], item[4]
            chart_paragraph(doc, n, w, h)
            add_caption(doc, caption, above=False)

    # ---------------------------------------------------------------- partie des notes de bas de page
    fpart = Part(PackURI("/word/footnotes.xml"),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                 footnotes_xml(), doc.part.package)
    doc.part.relate_to(fpart, RT.FOOTNOTES)

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Amertume & Co - dossier de certification blocs 1 et 3"
    cp.subject = "Titre Chef de projet e-commerce - session 2026"
    cp.created = datetime.datetime(2026, 1, 19, 20, 5, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 41
    cp.language = "fr-FR"
    doc.save(FILE)
    repack(FILE)


# Les graphiques sont préparés avant la construction du document (ordre fixe).
make_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, MONTHS,
           [("E-shop", COLS_E), ("La Caisse du Mois", COLS_B)], "0", setup_columns, 15.5, 8.6)
make_chart(XL_CHART_TYPE.PIE, [s for s, _ in PIE], [("Part des sessions", [v for _, v in PIE])], '0" %"', setup_pie, 13.0, 7.6)

if __name__ == "__main__":
    main()
    # contrôles : appels de notes attendus à des numéros précis
    assert len(FOOTNOTES) == 25, len(FOOTNOTES)
    assert "Brasseurs de France" in FOOTNOTES[0]
    assert "14,2" in FOOTNOTES[8] and "3,1" in FOOTNOTES[8]
    assert "08/01/2026" in FOOTNOTES[11]
    assert "904" in FOOTNOTES[16] and "+88 %" in FOOTNOTES[16]
    assert FOOTNOTES[19].startswith("Référencer : faire entrer un produit dans la gamme")
    print("ok", FILE, len(FOOTNOTES), "notes")
