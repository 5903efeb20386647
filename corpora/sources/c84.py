# Générateur du dossier du candidat c84 (Le Comptoir Marin, accastillage, Lorient-La Base) : un DOCX de deux pages,
# sans aucun style de titre (une ligne de titre en gras, paragraphes simples, listes à tirets, un seul tableau),
# en-tête avec le nom du candidat, pas de pied de page. Déterministe : métadonnées fixes, zip reconditionné à date fixe.
import datetime, os, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c84-accastillage-lorient")
FILE = os.path.join(OUT, "comptoir-marin-bloc4.docx")
AUTHOR = "Maël Guillou"
FIXED = datetime.datetime(2026, 5, 29, 21, 40, 0)


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2026, 5, 29, 21, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


TITLE = "Bloc 4 — mon travail sur les fiches produits du Comptoir Marin"

# ("p", texte) paragraphe simple ; ("k", MOT, texte) paragraphe qui commence par un mot en capitales suivi de deux-points ;
# ("d", [tirets]) liste à tirets ; ("t",) le tableau avant / après ; ("b", texte) ligne en gras simple.
CONTENT = [
    ("p", "Je m'appelle Maël Guillou, je suis en alternance au Comptoir Marin depuis septembre 2025, en 1re année de Bachelor après un BTS MCO. "
          "Mon tuteur est Yann Le Goff, le gérant, qui a ouvert le magasin en 2006 sur le port de plaisance de Lorient-La Base. On est 6 : Yann, "
          "Anne-Laure Kerhervé au magasin, Erwan Jégo qui fait le gréement à l'atelier, deux vendeurs et moi. Le magasin fait 220 m² avec l'atelier "
          "de gréement à côté."),
    ("p", "En 2025 le chiffre d'affaires était de 1,12 M€ HT, dont 158 k€ sur le site (14 %). Le site est sur Wix eCommerce, avec 2 100 références "
          "en ligne sur les 9 000 du magasin. On vend de l'accastillage (manilles et poulies inox, taquets, winchs), des cordages à la coupe, des gilets "
          "de sauvetage de 89 à 189 €, de l'antifouling pour les carènes (l'Antifouling Glénan 2,5 L à 119 € part très bien) et un peu d'électronique. "
          "La grosse période c'est de mars à juin quand les plaisanciers arment leur bateau, puis juillet pour la navigation. En ligne on a en face "
          "Marine Shop Atlantique, Voile & Quai et Nautic-Discount."),
    ("p", "Yann m'a demandé de refaire les fiches produits du site parce que beaucoup avaient juste le nom du fournisseur et une photo du catalogue. "
          "J'ai commencé par les cordages parce qu'avant la saison tout le monde change ses drisses et ses écoutes."),
    ("k", "FICHES", "j'ai refait 15 fiches de cordages (drisses, écoutes, amarres) entre le 10 mars et le 18 avril. Sur chaque fiche j'ai mis :"),
    ("d", ["le titre (type de cordage + matière + diamètre)", "le diamètre", "la charge de rupture",
           "la matière (polyester, Dyneema, polyamide)", "le prix au mètre"]),
    ("p", "J'ai pris les infos dans les catalogues des fournisseurs, et Erwan m'a donné les charges de rupture quand elles n'y étaient pas."),
    ("k", "MOTS-CLÉS", "pour la drisse polyester 10 mm (3,20 € le mètre), j'ai regardé sur Ubersuggest comment les gens la cherchent. "
                       "« drisse polyester 10 mm » a un volume de 170 recherches par mois, c'est plus que « drisse 10mm » (90) ou « cordage drisse voilier » (40). "
                       "J'ai mis cette expression dans le titre de la fiche, dans l'URL, dans la première ligne de la description et dans le texte "
                       "alternatif de la photo. Voilà la fiche avant et après :"),
    ("t",),
    ("p", "[ajouter capture Wix]"),
    ("k", "PHOTOS", "j'ai refait les photos des cordages et de l'accastillage inox moi-même dans une boîte à lumière avec mon téléphone, retouchées "
                    "avec l'appli Photos (recadrage, luminosité). Toutes les nouvelles photos sont redimensionnées à 1 000 px de large et compressées "
                    "avec TinyPNG pour faire moins de 150 Ko, parce que les anciennes photos des fournisseurs faisaient plus de 1 Mo et les pages étaient "
                    "longues à charger sur le téléphone, au ponton avec une mauvaise connexion. J'ai aussi rempli le texte alternatif de chaque photo, "
                    "par exemple « manille lyre inox 8 mm » pour la manille à 6,90 €. En tout ça fait 62 photos."),
    ("b", "Méthode AIDA (cours)"),
    ("d", ["Attention : attirer l'attention du client.", "Intérêt : susciter l'intérêt pour le produit.",
           "Désir : donner envie de posséder le produit.", "Action : pousser le client à passer à l'achat."]),
    ("k", "RÉSULTATS", "après la mise en ligne des nouvelles fiches, on a eu 12 commandes de cordage en mai contre 7 en avril sur le site. "
                       "Les nouvelles fiches marchent donc bien."),
    ("k", "PROBLÈMES", "plusieurs clients ont appelé le magasin parce que pour les cordages coupés à la longueur, ils ne voient les frais de port "
                       "qu'à la dernière étape de la commande. Une cliente qui voulait 25 m d'écoute m'a dit qu'elle avait failli laisser tomber. "
                       "À voir avec Yann. Je n'ai pas encore regardé le tunnel de conversion dans Wix."),
    ("k", "BLOG", "Wix propose un blog mais on n'a pas le temps en saison."),
    ("k", "RESTE À FAIRE", "les autres familles du site :"),
    ("d", ["les gilets de sauvetage et les antifoulings (avant l'été)", "les taquets, poulies et manilles (photos déjà faites)",
           "les 5 fiches d'électronique, qui n'ont même pas de description"]),
    ("p", "NB pour Yann : je complèterai la partie vidéo après le salon du Mille Sabords"),
]

TABLE = [
    ["", "Avant", "Après"],
    ["Titre", "DRISSE 10 – réf. LIR-4410", "Drisse polyester 10 mm – vendue au mètre"],
    ["URL", "/product-page/drisse-10", "/product-page/drisse-polyester-10-mm"],
    ["Début de la description", "Cordage de qualité marine.", "Drisse polyester 10 mm double tresse, pour grand-voile ou génois, bateaux de 7 à 10 m."],
    ["Diamètre", "pas indiqué", "10 mm"],
    ["Charge de rupture", "pas indiquée", "2 300 kg"],
    ["Matière", "pas indiquée", "polyester haute ténacité (gaine et âme)"],
    ["Prix", "3,20 €", "3,20 € le mètre"],
    ["Photo", "photo du fournisseur, 2 400 px, 1,2 Mo, pas de texte alternatif", "boîte à lumière, 1 000 px, 128 Ko, texte alternatif « drisse polyester 10 mm »"],
]


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.line_spacing = 1.0
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.6)
    sec.header_distance = Cm(0.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Maël Guillou"
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(8)
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(13)

    for item in CONTENT:
        kind = item[0]
        if kind == "p":
            doc.add_paragraph(item[1])
        elif kind == "b":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            p.add_run(item[1] + " :").bold = True
        elif kind == "k":
            p = doc.add_paragraph()
            p.add_run(item[1] + " : ").bold = True
            p.add_run(item[2])
        elif kind == "d":
            for line in item[1]:
                p = doc.add_paragraph("- " + line)
                p.paragraph_format.left_indent = Cm(0.6)
                p.paragraph_format.space_after = Pt(0)
            doc.paragraphs[-1].paragraph_format.space_after = Pt(4)
        elif kind == "t":
            t = doc.add_table(rows=len(TABLE), cols=3)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Cm(3.4), Cm(5.6), Cm(8.0)]
            for i, row in enumerate(TABLE):
                for j, val in enumerate(row):
                    c = t.cell(i, j)
                    c.width = widths[j]
                    c.text = ""
                    run = c.paragraphs[0].add_run(val)
                    run.font.size = Pt(9.5)
                    c.paragraphs[0].paragraph_format.space_after = Pt(0)
                    if i == 0 or j == 0:
                        run.bold = True
                    if i == 0:
                        set_cell_bg(c, "DCE6F0")
            doc.add_paragraph().paragraph_format.space_after = Pt(0)

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Bloc 4 - fiches produits Comptoir Marin"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    doc.save(FILE)
    repack(FILE)


if __name__ == "__main__":
    main()
