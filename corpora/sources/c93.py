# Générateur du dossier de la candidate c93 (La Pelote Planèze, laines et tricot, Saint-Flour) — blocs 1 et 4.
# Un DOCX court, sans page de garde ni sommaire ni saut de page : « BLOC 1 » / « BLOC 4 » en gras souligné,
# des lignes-questions en gras comme titres, puis des bouts de phrases et des listes à tirets. Exactement 2 tableaux
# (le 1er sans bordure, le 2e avec bordures). Pas d'en-tête ; pied de page « Cindy B. — stage Pelote Planèze — juin 2026 ».
# Déterministe : métadonnées fixes, zip reconditionné à date fixe.
import datetime, os, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c93-laine-tricot-auvergne")
FILE = os.path.join(OUT, "pelote-planeze-cindy.docx")
AUTHOR = "Cindy Bouyssou"
FIXED = datetime.datetime(2026, 6, 18, 22, 15, 0)


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2026, 6, 18, 22, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ("bloc", texte) gras souligné ; ("q", texte) ligne-question en gras ; ("p", texte) ligne simple ;
# ("d", [tirets]) liste à tirets ; ("red", texte) ligne en rouge ; ("t1",) / ("t2",) les deux tableaux.
CONTENT = [
    ("p", "La Pelote Planèze, rue des Lacs à Saint-Flour… ma boutique de stage ! 10 semaines, d'avril à juin 2026."),
    ("d", ["ouverte en 2017 par Martine Rouchy (ancienne prof de SVT) = ma tutrice",
           "Élodie Bastide à mi-temps + Martine + moi",
           "CA 2025 : 186 k€ TTC, dont 41 k€ en ligne (22 %)",
           "site Shopify (forfait Basic), ~900 commandes, panier moyen 45 €, 2 300 visites / mois",
           "Insta 2 100 abonnés, Facebook, Mailchimp 640 contacts, Canva pour tout le reste"]),
    ("p", "Ce qu'on vend : la laine maison « Laine d'Aubrac » (100 g, 12,90 €, filée à la Filature du Lioran avec des moutons "
          "du coin), le mohair-soie « Brume » (25 g, 9,50 €), le kit « Bonnet du Plomb » à 34 € (laine + patron), des aiguilles "
          "circulaires de 8 à 14 €, des patrons PDF à 5,50 € et l'atelier « tricot-thé » le samedi (15 €)."),
    ("p", "Moi : Cindy, 29 ans, avant j'étais auxiliaire de vie, reconversion avec mon CPF. Et je tricote depuis mes 15 ans, "
          "donc franchement ce stage c'était le rêve !"),
    ("p", "Mes missions pendant le stage :"),
    ("d", ["la boutique le mardi + le samedi (et le tricot-thé)", "les posts Insta + les stories",
           "refaire des fiches sur le site", "les photos des écheveaux", "préparer les colis avec Élodie"]),

    ("bloc", "BLOC 1"),

    ("q", "Qui achète ?"),
    ("p", "3 groupes, dans l'ordre où on s'en occupe :"),
    ("d", ["1 → les tricoteuses confirmées du coin, 45–70 ans : le gros du CA boutique, elles viennent au tricot-thé, "
           "elles connaissent leur échantillon 10 × 10 par cœur",
           "2 → les débutantes 25–40 ans trouvées sur Instagram : elles commencent par un bonnet ou un snood au point mousse, "
           "elles achètent les kits",
           "3 → les touristes de l'été (Garabit, le Plomb du Cantal, les lacs) : ils passent en juillet-août… "
           "et ils reviennent commander en hiver !"]),
    ("p", "Pourquoi cet ordre : les confirmées = celles qui achètent déjà + qui en parlent. Les débutantes = l'avenir de la "
          "boutique. Les touristes = bonus, mais un bonus qui tombe pile dans la saison creuse de la boutique."),

    ("q", "Les envies / ce qui bloque"),
    ("p", "Pour les tricoteuses confirmées 45–70 ans. J'ai posé les questions à 25 clientes au tricot-thé (3 samedis de mai) :"),
    ("p", "Les envies :"),
    ("d", ["de la laine locale, qui vient d'ici → 18 sur 25 !",
           "des conseils : quel métrage pour un pull, quelles aiguilles, quel coloris avec quoi → 15 sur 25",
           "voir + toucher avant d'acheter (elles aiment venir)"]),
    ("p", "Ce qui bloque (surtout pour commander en ligne) :"),
    ("d", ["6,90 € de frais de port pour un seul écheveau → 14 sur 25",
           "les couleurs à l'écran pas pareilles qu'en vrai → 9 sur 25",
           "« je ne sais pas si j'en aurai assez » (peur de manquer de laine du même bain)"]),
    ("p", "(les débutantes je n'ai pas eu le temps de leur demander… elles ne viennent pas trop au tricot-thé)"),

    ("q", "Comment elles achètent ?"),
    ("p", "voit un modèle sur Insta → cherche la laine → commande"),
    ("q", "Le parcours de la laine"),
    ("p", "mouton → tonte → filature du Lioran → boutique → aiguilles"),
    ("p", "(les moutons sont à 20 km, Martine connaît l'éleveur, trop bien pour les photos)"),

    ("q", "Les autres boutiques"),
    ("p", "J'ai regardé les autres boutiques sur leur site (le 22 avril), prix pour 100 g d'une laine « normale » "
          "pour pull, en aiguilles 4 à 5 :"),
    ("t1",),
    ("q", "Les 5 forces (cours)"),
    ("d", ["la rivalité entre les concurrents du secteur",
           "la menace des nouveaux entrants",
           "la menace des produits de substitution",
           "le pouvoir de négociation des clients",
           "le pouvoir de négociation des fournisseurs"]),

    ("q", "Les + et les –"),
    ("p", "Nos + :"),
    ("d", ["laine locale, on est les seules à avoir l'Aubrac", "Martine + ses conseils", "le tricot-thé",
           "les clientes fidèles"]),
    ("p", "Nos – :"),
    ("d", ["frais de port chers", "petite équipe (2 personnes + stagiaire…)", "photos pas top sur le site",
           "peu de coloris en Aubrac (8)"]),
    ("p", "Ce qui peut nous aider :"),
    ("d", ["la mode du tricot revient chez les jeunes", "les touristes l'été", "le « fait en France »"]),
    ("p", "Ce qui peut nous embêter :"),
    ("d", ["???"]),

    ("q", "Ce qu'on veut"),
    ("d", ["vendre plus en ligne", "toucher des plus jeunes", "moins de frais de port"]),
    ("red", "(à revoir)"),

    ("q", "Les moyens pour se faire connaître"),
    ("p", "1. Instagram"), ("p", "2. la newsletter"), ("p", "3. la fiche Google de la boutique"), ("p", "4. Pinterest"),

    ("q", "Quand ?"),
    ("d", ["octobre → la rentrée des tricoteuses : il fait froid, tout le monde relance un pull, c'est là que la boutique redémarre",
           "novembre-décembre → les kits cadeaux (Bonnet du Plomb !) : les gens cherchent des cadeaux faits main, "
           "et il faut commander avant le 15 décembre pour avoir le temps de tricoter",
           "janvier → « on tricote au chaud » : il neige à Saint-Flour, les clientes sortent moins → c'est le moment "
           "de pousser le site + les patrons PDF",
           "été → les touristes passent à la boutique, on leur donne la carte + l'adresse du site… "
           "et les commandes en ligne arrivent plus tard, à l'automne"]),

    ("q", "Le calendrier des pelotes"),
    ("d", ["septembre : photos des nouveaux coloris", "octobre : newsletter de rentrée", "novembre : kits cadeaux sur Insta",
           "décembre : concours Instagram", "janvier : patrons PDF en avant", "février : soldes fin de séries",
           "mars : nouveau kit printemps", "juin : flyers pour les touristes"]),

    ("q", "Les copains du coin"),
    ("p", "gîtes ? office de tourisme ? fromageries ?"),
    ("p", "→ je n'ai pas encore appelé les gîtes"),

    ("q", "Est-ce que ça marche ?"),
    ("p", "Post Instagram du 12 mai : le Bonnet du Plomb porté par Élodie devant le Plomb du Cantal (carrousel 4 photos)."),
    ("p", "→ 11 kits vendus la semaine d'après ! :)"),

    ("q", "Budget"),
    ("p", "TODO demander à Martine"),

    ("bloc", "BLOC 4"),

    ("q", "Les fiches"),
    ("p", "Ce que je mets dans une fiche :"),
    ("d", ["le titre = nom de la laine + la matière", "les mots que les gens tapent", "une petite histoire (d'où vient la laine)",
           "les infos techniques", "les photos", "le prix + le lien vers le kit qui va avec"]),
    ("p", "Fait pour la Laine d'Aubrac. Les autres… plus tard."),

    ("q", "Ce qu'elles ont besoin de voir"),
    ("p", "Sur la fiche Laine d'Aubrac j'ai ajouté tout ça, parce que sinon elles m'écrivent pour demander !"),
    ("d", ["le métrage : 220 m / 100 g → elles calculent combien d'écheveaux pour leur pull",
           "la taille d'aiguilles : 4,5 à 5 mm",
           "l'échantillon 10 × 10 : 18 mailles × 24 rangs en jersey",
           "la composition : 100 % laine de mouton d'Aubrac, non superwash",
           "le lavage : à la main, 30° max, sécher à plat",
           "une photo à la lumière du jour, près de la fenêtre → le vrai coloris, pas celui de l'écran"]),

    ("q", "Les mots que les gens tapent"),
    ("p", "J'ai tapé dans Google + regardé ce qu'il propose en dessous : « laine locale Auvergne » et « laine de mouton "
          "française » reviennent tout le temps. Je les ai mis dans la fiche :"),
    ("t2",),

    ("q", "Un article pour le blog ?"),
    ("p", "Idée : « Quelle laine pour un premier pull ? »"),
    ("d", ["choisir une laine épaisse (aiguilles 5 ou 6)", "éviter le mohair pour commencer", "un patron simple + la laine qui va avec"]),
    ("p", "Mots à mettre : laine débutant, pull facile, laine épaisse"),
    ("p", "Pas encore écrit… après le stage peut-être."),

    ("q", "La photo propre"),
    ("p", "Photos avec mon téléphone, le matin près de la vitrine (la meilleure lumière de la boutique !)."),
    ("p", "J'ai détouré avec Canva et mis un fond blanc."),
    ("p", "Pour le site, toutes les photos maintenant :"),
    ("d", ["1 200 px de large → assez net pour zoomer sur la maille",
           "moins de 200 Ko → ça charge vite sur le téléphone (et ici la 4G…)",
           "texte alternatif rempli (ex. « écheveau laine d'Aubrac coloris bruyère »)",
           "format carré → pareil sur Shopify et sur Insta, la grille est propre"]),

    ("q", "Et la fiche, ça marche ?"),
    ("p", "Les vues de la fiche ont doublé ! :)"),
    ("p", "Franchement j'ai adoré faire la fiche Aubrac, j'aimerais refaire toutes les autres…"),
]

T1 = [
    ["", "Prix / 100 g", "Frais de port", "Coloris"],
    ["Laines du Velay (Le Puy)", "11,40 €", "5,90 € (offerts dès 60 €)", "34"],
    ["Tricot Express (en ligne)", "4,80 € (acrylique)", "3,99 € (offerts dès 35 €)", "120"],
    ["Maison Pelote (Clermont)", "14,50 €", "6,50 €", "48"],
]

T2 = [
    ["Laine d'Aubrac", "Avant", "Après"],
    ["Titre", "Laine d'Aubrac 100g", "Laine d'Aubrac – laine locale Auvergne, 100 g"],
    ["URL", "/products/aubrac-100", "/products/laine-locale-auvergne-aubrac"],
    ["1re ligne", "Belle laine douce.", "Une laine de mouton française, filée à la Filature du Lioran avec la toison des brebis d'Aubrac."],
    ["Texte alt. photo", "(vide)", "écheveau laine locale Auvergne Aubrac coloris bruyère"],
]


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def add_table(doc, rows, bordered, widths):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if bordered:
        t.style = "Table Grid"
    else:
        no_borders(t)
    t.autofit = False
    for j, wd in enumerate(widths):
        t.columns[j].width = wd
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = widths[j]
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(10)
            c.paragraphs[0].paragraph_format.space_after = Pt(1)
            if i == 0 or j == 0:
                r.bold = True
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    st.font.size = Pt(12)
    st.paragraph_format.space_after = Pt(5)
    st.paragraph_format.line_spacing = 1.15
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.2)
    fp = sec.footer.paragraphs[0]
    fp.text = "Cindy B. — stage Pelote Planèze — juin 2026"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(9)
    fp.runs[0].font.color.rgb = RGBColor(0x60, 0x60, 0x60)

    for item in CONTENT:
        kind = item[0]
        if kind == "bloc":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(14)
            p.paragraph_format.space_after = Pt(8)
            r = p.add_run(item[1])
            r.bold = True
            r.underline = True
            r.font.size = Pt(14)
        elif kind == "q":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(13)
            p.paragraph_format.space_after = Pt(3)
            p.add_run(item[1]).bold = True
        elif kind == "p":
            doc.add_paragraph(item[1])
        elif kind == "red":
            p = doc.add_paragraph()
            r = p.add_run(item[1])
            r.font.color.rgb = RGBColor(0xE0, 0x10, 0x10)
        elif kind == "d":
            for line in item[1]:
                p = doc.add_paragraph("- " + line)
                p.paragraph_format.left_indent = Cm(0.7)
                p.paragraph_format.space_after = Pt(1)
            doc.paragraphs[-1].paragraph_format.space_after = Pt(6)
        elif kind == "t1":
            add_table(doc, T1, False, [Cm(5.2), Cm(3.6), Cm(4.6), Cm(2.4)])
        elif kind == "t2":
            add_table(doc, T2, True, [Cm(3.2), Cm(4.4), Cm(8.4)])

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier stage Pelote Planèze"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 7
    doc.save(FILE)
    repack(FILE)


if __name__ == "__main__":
    main()
