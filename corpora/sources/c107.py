# Générateur du dossier de la candidate c107 (Océane Kremer, Pharmacie du Sablon, Metz) — blocs 1 et 2.
# Un seul DOCX qui COMPILE cinq vrais documents de travail derrière une page de présentation : chaque pièce
# commence sur une nouvelle page (section propre), avec une étiquette grise « Pièce n° X », et garde son propre
# bloc de titre, sa police, ses marges, ses puces et sa numérotation (note, e-mail Outlook, compte rendu,
# fiche comparative en paysage, synthèse d'enquête). En-tête commun, pied de page « X / Y ».
# Déterministe : propriétés du document figées, archive zip ré-horodatée, aucun aléa.
import datetime
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c107-parapharmacie-metz")
FILE = os.path.join(OUT, "kremer-blocs-1-2-pharmacie-sablon.docx")
AUTHOR = "Océane Kremer"
FIXED = datetime.datetime(2026, 5, 11, 21, 5, 0)
ZIPSTAMP = (2026, 5, 11, 21, 5, 0)

GREEN = RGBColor(0x1E, 0x7B, 0x4F)
GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x1F, 0x4E, 0x79)

doc = None


# ------------------------------------------------------------------------------------------- utilitaires
def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def field(par, code, font, size):
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
    r.font.name = font
    r.font.size = Pt(size)
    fc("end")


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_par(par, fill, border=None):
    pPr = par._p.get_or_add_pPr()
    if border:
        bdr = OxmlElement("w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            b = OxmlElement("w:%s" % side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), "4")
            b.set(qn("w:space"), "3")
            b.set(qn("w:color"), border)
            bdr.append(b)
        pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def bottom_rule(par, size="12", color="000000"):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), size)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


TOKEN = re.compile(r"(\*\*[^*]+\*\*|__[^_]+__)")


def runs(par, text, font, size, bold=False, italic=False, color=None):
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
        r.font.name = font
        r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    return par


class Style:
    """Police, taille, puces et interlignes propres à une pièce."""

    def __init__(self, font, size, bullet, after=4, justify=False, line=None):
        self.font = font
        self.size = size
        self.bullet = bullet
        self.after = after
        self.justify = justify
        self.line = line

    def p(self, text, bold=False, italic=False, size=None, color=None, align=None, after=None, before=0,
          indent=None, keep=False):
        par = doc.add_paragraph()
        runs(par, text, self.font, size or self.size, bold, italic, color)
        pf = par.paragraph_format
        pf.space_after = Pt(self.after if after is None else after)
        pf.space_before = Pt(before)
        if self.line:
            pf.line_spacing = self.line
        if align is not None:
            par.alignment = align
        elif self.justify:
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent is not None:
            pf.left_indent = Cm(indent)
        if keep:
            pf.keep_with_next = True
        return par

    def bullets(self, items, indent=0.9, size=None, after=2):
        for it in items:
            par = doc.add_paragraph()
            pf = par.paragraph_format
            pf.left_indent = Cm(indent)
            pf.first_line_indent = Cm(-0.45)
            pf.space_after = Pt(after)
            if self.line:
                pf.line_spacing = self.line
            pf.tab_stops.add_tab_stop(Cm(indent))
            r = par.add_run(self.bullet + "\t")
            r.font.name = self.font
            r.font.size = Pt(size or self.size)
            runs(par, it, self.font, size or self.size)

    def table(self, rows, widths, size=None, head_fill="D9D9D9", head_color=None, first_bold=False,
              zebra=None, merge_rows=None, center_cols=()):
        size = size or (self.size - 1.5)
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, wd in enumerate(widths):
            t.columns[j].width = Cm(wd)
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
                    runs(par, line, self.font, size, bold=(i == 0 and head_fill is not None) or (first_bold and j == 0),
                         color=head_color if (i == 0 and head_color is not None) else None)
                if i == 0 and head_fill:
                    shade_cell(c, head_fill)
                elif zebra and i % 2 == 0:
                    shade_cell(c, zebra)
        if head_fill:
            trPr = t.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            th.set(qn("w:val"), "true")
            trPr.append(th)
        if merge_rows:
            for (ri, c0, c1) in merge_rows:
                m = t.cell(ri, c0).merge(t.cell(ri, c1))
                for par in m.paragraphs[1:]:
                    if not par.text.strip():
                        par._p.getparent().remove(par._p)
        return t

    def gap(self, pts=4):
        par = doc.add_paragraph()
        par.paragraph_format.space_after = Pt(0)
        par.paragraph_format.space_before = Pt(0)
        r = par.add_run("")
        r.font.size = Pt(pts)
        return par


def page_break():
    par = doc.add_paragraph()
    par.add_run().add_break(WD_BREAK.PAGE)
    par.paragraph_format.space_after = Pt(0)


def new_section(landscape=False, margins=(2.0, 2.0, 2.0, 2.0)):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins]
    sec.header_distance = Cm(0.9)
    sec.footer_distance = Cm(0.9)
    return sec


def label(n, font="Arial"):
    par = doc.add_paragraph()
    r = par.add_run("Pièce n° %d" % n)
    r.bold = True
    r.font.name = font
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    shade_par(par, "D9D9D9")
    par.paragraph_format.space_after = Pt(10)
    par.paragraph_format.right_indent = Cm(13.2)


# ------------------------------------------------------------------------------------- page 1 : présentation
def presentation():
    s = Style("Calibri", 11, "•", after=6, justify=True)
    s.p("Présentation de mon dossier", bold=True, size=17, color=GREEN, after=10, align=WD_ALIGN_PARAGRAPH.LEFT)
    s.p("Je m'appelle Océane Kremer, j'ai 28 ans et je suis préparatrice en pharmacie (BP obtenu en 2017). Je travaille à la "
        "**Pharmacie du Sablon**, à Metz, depuis 2018, et je suis depuis septembre 2025 « référente para et e-shop » de "
        "l'officine. Je prépare le titre Chef de projet e-commerce en formation continue (CPF), session 2026, pour les blocs 1 "
        "et 2. Ma tutrice est le Dr Claire Schmitt, pharmacien titulaire.")
    s.p("En 2025, notre parapharmacie a perdu 9 % de son chiffre d'affaires au profit des sites discount. Le Dr Schmitt m'a "
        "confié l'ouverture d'une vitrine web de parapharmacie sur OffiShop : elle est en ligne depuis le **mardi 14 avril "
        "2026**, avec 1 400 références et le retrait en 2 h.")
    s.p("Plutôt qu'un mémoire, je vous présente les documents que j'ai réellement produits entre janvier et avril 2026, tels "
        "qu'ils ont circulé à la pharmacie, avec leur mise en page d'origine. J'ai seulement ajouté une étiquette grise "
        "« Pièce n° » en haut de chacun.")
    s.p("Les pièces du dossier :", bold=True, before=4)
    s.bullets([
        "**Pièce 1** — Note au Dr Schmitt « La parapharmacie en ligne à Metz » (16 janvier 2026).",
        "**Pièce 2** — E-mail du 3 février 2026 : objectifs, profils patients-clients, canaux et budget.",
        "**Pièce 3** — Compte rendu de la réunion d'équipe du 12 mars 2026.",
        "**Pièce 4** — Fiche comparative fournisseurs et paramétrage de la vitrine web dans OffiShop.",
        "**Pièce 5** — Synthèse de l'enquête clientèle d'avril 2026 et deux conversations du chat.",
        "**Pièce 6** — Tableau de bord du premier mois d'e-shop (14 avril – 14 mai 2026).",
    ], after=4)
    s.p("Les noms des clientes du chat ont été retirés.", italic=True, size=10, before=6, color=GREY)
    s.p("Océane Kremer — Metz, mai 2026", size=10.5, before=14, align=WD_ALIGN_PARAGRAPH.RIGHT)


# ------------------------------------------------------------------------------------- pièce 1 : la note
def piece1():
    new_section(margins=(2.2, 2.0, 2.6, 2.4))
    label(1)
    s = Style("Cambria", 11.5, "–", after=7, justify=True, line=1.3)
    s.p("NOTE", bold=True, size=20, color=BLUE, after=2)
    s.p("La parapharmacie en ligne à Metz", bold=True, size=14, after=10)
    for k, v in [("De :", "Océane Kremer, préparatrice — référente para et e-shop"),
                 ("À :", "Dr Claire Schmitt, titulaire"),
                 ("Copie :", "Marc Lentz, pharmacien adjoint"),
                 ("Objet :", "où en est la para en ligne à Metz, ce que font les autres, ce que nous pourrions faire"),
                 ("Date :", "Metz, le 16 janvier 2026")]:
        par = doc.add_paragraph()
        par.paragraph_format.space_after = Pt(1)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))
        runs(par, "**%s**\t%s" % (k, v), "Cambria", 10.5)
    rule = s.p("", after=10)
    bottom_rule(rule, "8", "1F4E79")

    s.p("Vous m'avez demandé en décembre de regarder « sérieusement » la parapharmacie en ligne avant de décider quoi que "
        "ce soit. Voici ce que j'ai relevé début janvier : nos chiffres, la façon dont nos clientes achètent, ce que font les "
        "autres et les relais du quartier. Je n'ai pas encore chiffré de projet.")

    s.p("I. Pourquoi en parler maintenant", bold=True, size=12.5, color=BLUE, before=8, keep=True)
    s.p("A. Ce que nous perdons", bold=True, italic=True, size=11, keep=True)
    s.p("En 2025, l'officine a fait **3,2 M€ HT** de chiffre d'affaires, dont **470 k€ HT** en parapharmacie. C'est **9 % de "
        "moins** qu'en 2024 (516 k€), alors que le chiffre sur ordonnance a progressé. Autrement dit, environ **46 k€** de para "
        "sont partis ailleurs en un an. Les rayons les plus touchés sont ceux que nous connaissons tous au comptoir : les soins "
        "visage de marque (−14 %), les solaires (−12 %) et le rayon bébé hors lait (−10 %). Le rayon conseil (pieds, "
        "cicatrisation, douleurs) tient, lui, presque à l'identique.")
    s.p("Au comptoir, on entend plusieurs fois par semaine « je l'ai vue moins chère sur internet ». Sandrine a noté, sur "
        "trois semaines de novembre, 27 clientes qui nous ont montré un prix sur leur téléphone, dont 19 fois ParaExpress.fr. "
        "Elles viennent toujours pour leurs ordonnances, mais achètent leur crème ailleurs, le soir.")
    s.p("B. Comment une maman du quartier achète aujourd'hui", bold=True, italic=True, size=11, keep=True)
    s.p("Pour comprendre ce qui nous échappe, j'ai reconstitué le chemin jusqu'au panier d'une cliente que nous connaissons "
        "bien (maman d'un bébé de 8 mois, carte fidélité depuis 2021), à partir de ce qu'elle m'a raconté au comptoir :")
    s.bullets([
        "**22 h, le besoin.** Le bébé a les fesses rouges au moment du coucher ; la pharmacie est fermée depuis 19 h 30 et elle "
        "n'a plus de liniment.",
        "**La recherche.** Sur son téléphone, elle tape « rougeurs fesses bébé que faire » sur Google. Elle lit un forum de "
        "mamans et une page de conseils de ParaExpress.fr qui recommande le liniment et une crème au zinc.",
        "**La comparaison.** Elle compare le liniment Avéline 500 ml : 4,99 € sur ParaExpress, 6,90 € chez nous (elle connaît "
        "notre prix par cœur). Elle regarde aussi Amazon, mais « on ne sait pas d'où ça vient ».",
        "**L'achat.** Elle ajoute deux liniments et une crème pour atteindre la livraison gratuite et paie par carte sur "
        "ParaExpress, à 22 h 20.",
    ])
    s.p("Ce qui me frappe dans cet exemple, c'est qu'à aucun moment nous n'étions sur son chemin, alors qu'elle passe devant "
        "la pharmacie tous les jours.")

    s.p("II. Le tour des officines en ligne", bold=True, size=12.5, color=BLUE, before=8, keep=True)
    s.p("J'ai regardé trois concurrents : le site discount qui nous prend le plus de clientes (**ParaExpress.fr**), la "
        "**Pharmacie des Arènes**, qui a ouvert un site de click & collect en 2024, et **Beauté Santé Moselle**, la grande "
        "parapharmacie de la zone commerciale d'Augny. Les prix ont été relevés le 9 janvier 2026, sur cinq références que nous "
        "vendons beaucoup.")
    s.p("A. Les prix", bold=True, italic=True, size=11, keep=True)
    s.table([
        ["Référence", "Sablon\n(prix comptoir)", "ParaExpress.fr", "Pharmacie des Arènes\n(site)", "Beauté Santé Moselle\n(Augny)"],
        ["Dermalys Hydra-Confort 40 ml", "15,90 €", "11,90 €", "14,90 €", "13,50 €"],
        ["Thermaline spray enfants SPF50+ 200 ml", "18,50 €", "13,95 €", "17,90 €", "16,20 €"],
        ["Avéline liniment 500 ml", "6,90 €", "4,99 €", "6,50 €", "5,95 €"],
        ["Coffret « Rituel Avéline »", "29,90 €", "24,90 €", "non référencé", "27,50 €"],
        ["Hydréva eau micellaire 400 ml", "9,90 €", "6,99 €", "9,50 €", "8,40 €"],
        ["**Écart moyen avec nous**", "—", "**−25 %**", "**−5 %** (4 réf.)", "**−13 %**"],
    ], [5.0, 2.6, 2.6, 3.0, 3.0], size=9.5, head_fill="DCE6F1", center_cols=(1, 2, 3, 4))
    s.p("Tableau 1 — Prix relevés le 9 janvier 2026", italic=True, size=9, color=GREY, after=8)
    s.p("B. Les services", bold=True, italic=True, size=11, keep=True)
    s.table([
        ["", "ParaExpress.fr", "Pharmacie des Arènes", "Beauté Santé Moselle"],
        ["Références en ligne", "environ 18 000", "environ 600", "environ 4 500"],
        ["Frais d'envoi", "5,90 € (point relais 3,90 €)", "Colissimo 6,50 €", "Colissimo 5,50 €, point relais 3,90 €"],
        ["Envoi gratuit à partir de", "69 €", "60 €", "59 €"],
        ["Délai annoncé", "48 à 72 h (entrepôt près de Lyon)", "72 h", "48 h"],
        ["Retrait en magasin", "non", "oui, le lendemain", "oui, sous 24 h à Augny"],
        ["Chat / conseil", "robot + formulaire, réponse sous 48 h", "téléphone aux heures d'ouverture", "chat 10 h–18 h (conseillère beauté)"],
        ["Fiches conseil", "nombreuses, bien référencées", "aucune", "une dizaine"],
        ["Avis clients", "4,3/5 (12 000 avis)", "non", "4,6/5 (830 avis Google)"],
    ], [4.0, 4.2, 4.0, 4.0], size=9.5, head_fill="DCE6F1", first_bold=True)
    s.p("Tableau 2 — Services comparés (relevé du 9 au 13 janvier 2026)", italic=True, size=9, color=GREY, after=8)
    s.p("C. Ce qu'on peut faire mieux : le conseil", bold=True, italic=True, size=11, keep=True)
    s.p("Sur le prix, nous ne suivrons pas ParaExpress, qui achète par palettes et vend certaines références à prix coûtant. "
        "En revanche, aucun des trois ne donne un vrai conseil au moment où la cliente en a besoin : ParaExpress répond sous "
        "48 h par formulaire, les Arènes au téléphone, Augny avec une conseillère beauté qui n'est pas du métier.")
    s.p("Notre carte à jouer, c'est ce que nous faisons déjà au comptoir : une préparatrice qui répond le soir à « qu'est-ce "
        "que je mets sur les fesses de mon bébé ? », qui vérifie qu'une crème va avec un traitement, qui dit quand consulter. "
        "Ajoutons le retrait en 2 h (personne ne le fait à Metz) et des fiches conseil écrites par nous. Sur les produits "
        "d'appel (liniment, eau micellaire), il suffit d'être raisonnables.")

    page_break()
    s.p("III. Bilan atouts-fragilités-ouvertures-dangers", bold=True, size=12.5, color=BLUE, before=8, keep=True)
    s.p("J'ai repris la méthode vue en formation avec quatre cases : ce qui dépend de nous (atouts et fragilités) et ce qui "
        "vient de l'extérieur (ouvertures et dangers).")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j in range(2):
        t.columns[j].width = Cm(8.0)
    boxes = [
        [("ATOUTS", "E2EFDA", [
            "Une officine installée depuis 2012, connue dans tout le Sablon",
            "5 préparatrices formées en dermocosmétique, dont 2 avec la formation Dermalys",
            "3 900 cartes fidélité actives",
            "Du stock sur place : un retrait possible en 2 h",
            "De bonnes relations avec les délégués labo (échantillons, animations)"]),
         ("FRAGILITÉS", "FCE4D6", [
            "Des prix 13 à 25 % plus chers que ceux des concurrents en ligne",
            "Personne n'est formé au web (je commence la formation)",
            "Une page Facebook endormie : 310 abonnés, dernier post en 2023",
            "Une équipe tendue en juillet-août",
            "Pas de photos de nos produits, pas de fiches conseil écrites"])],
        [("OUVERTURES", "DDEBF7", [
            "Un quartier jeune : nouveaux logements autour de la gare et 3 crèches à moins d'1 km",
            "Des clientes qui achètent le soir, après la fermeture",
            "Des solutions e-shop « clés en main » pour pharmacies, avec un catalogue déjà rempli",
            "Des labos prêts à suivre (échantillons, visuels)",
            "Le conseil : personne ne le propose vraiment en ligne à Metz"]),
         ("DANGERS", "EDEDED", [
            "ParaExpress.fr et ses prix d'appel",
            "Beauté Santé Moselle à Augny : 8 minutes en voiture, parking gratuit",
            "La Pharmacie des Arènes, déjà en ligne depuis 2024",
            "Les contrefaçons sur les places de marché, qui abîment la confiance",
            "La baisse de passage au comptoir en dehors des ordonnances"])],
    ]
    for i in range(2):
        for j in range(2):
            title, fill, items = boxes[i][j]
            c = t.cell(i, j)
            c.width = Cm(8.0)
            shade_cell(c, fill)
            c.text = ""
            runs(c.paragraphs[0], title, "Cambria", 10.5, bold=True)
            for it in items:
                q = c.add_paragraph()
                q.paragraph_format.space_after = Pt(1)
                runs(q, "– " + it, "Cambria", 9.5)
    s.p("Tableau 3 — Bilan de l'officine face à la para en ligne", italic=True, size=9, color=GREY, after=6, before=4)
    s.p("En résumé : nos atouts (conseil, proximité, stock) sont ce qui manque aux sites qui nous prennent des clientes. "
        "Notre vraie fragilité n'est pas le prix, c'est notre absence totale en ligne.")

    s.p("IV. Les relais de proximité", bold=True, size=12.5, color=BLUE, before=8, keep=True)
    s.p("Plusieurs acteurs du quartier voient chaque jour des personnes qui pourraient devenir nos clientes en ligne. J'en "
        "ai repéré quatre.")
    s.table([
        ["Relais", "Qui / où", "Clientèle en commun avec nous", "Première idée"],
        ["Sages-femmes de Sainte-Thérèse", "Cabinet de 3 sages-femmes libérales, à 300 m de l'officine",
         "Les mamans qu'elles suivent après l'accouchement (une quarantaine par mois) : ce sont exactement nos clientes du "
         "rayon bébé", "Déposer un flyer « e-shop » dans leur salle d'attente"],
        ["Crèche « Les P'tits Loups »", "Multi-accueil associatif, 45 berceaux, rue Saint-Pierre",
         "Les parents des 0-3 ans du quartier, les mêmes familles que celles de notre rayon bébé",
         "Affiche et flyers dans les casiers des parents"],
        ["Salle « Fit'Sablon »", "Salle de sport, environ 900 abonnés", "à voir", "Vitrine solaires et produits sport à l'accueil"],
        ["Groupe Facebook « Metz Mamans »", "Groupe privé, 8 400 membres", "à voir", "Annoncer l'ouverture (avec l'accord de l'administratrice)"],
     ], [3.4, 3.4, 5.4, 3.6], size=9.5, head_fill="DCE6F1", first_bold=True)
    s.p("Tableau 4 — Quatre relais repérés dans le quartier", italic=True, size=9, color=GREY, after=8)
    s.p("Je n'ai contacté personne pour l'instant : j'attends votre accord.")
    s.p("Si cette note vous convainc, je vous propose de préparer pour début février les objectifs, les profils de "
        "clientes à viser et un premier budget.", before=4)
    s.p("Océane", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)


# ------------------------------------------------------------------------------------- pièce 2 : l'e-mail
def piece2():
    new_section(margins=(1.8, 1.9, 1.9, 1.9))
    label(2, font="Calibri")
    s = Style("Calibri", 11, "•", after=6)
    top = s.p("Océane Kremer", bold=True, size=13, after=2)
    bottom_rule(top, "18", "000000")
    for k, v in [("De :", "Océane Kremer <para@pharmacie-sablon-metz.fr>"),
                 ("Envoyé :", "lundi 3 février 2026 09:14"),
                 ("À :", "Claire Schmitt <c.schmitt@pharmacie-sablon-metz.fr>"),
                 ("Cc :", "Marc Lentz <m.lentz@pharmacie-sablon-metz.fr>"),
                 ("Objet :", "E-shop para : objectifs, profils, canaux et budget (à valider avant la réunion de mars)")]:
        par = doc.add_paragraph()
        par.paragraph_format.space_after = Pt(0)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))
        runs(par, "**%s**\t%s" % (k, v), "Calibri", 11)
    s.gap(10)
    s.p("Bonjour Claire,")
    s.p("Comme convenu mercredi, voici par écrit ce que je propose pour la première année de l'e-shop, en 4 points. Je "
        "reprendrai tout pour la réunion d'équipe du 12 mars.")
    s.p("**1) Les objectifs**", after=2)
    s.p("Je propose trois objectifs pour les 12 premiers mois (ouverture mi-avril 2026 → avril 2027) :")
    s.bullets([
        "**55 000 € TTC de ventes en ligne sur 12 mois**, soit un peu plus que les 46 k€ de para perdus en 2025. L'idée est "
        "que l'e-shop nous ramène ce que ParaExpress nous a pris, pas plus pour la première année ;",
        "**150 commandes par mois en décembre 2026** (on partira plutôt de 40 à 50 par mois au début) ; avec un panier moyen "
        "visé de 32 €, cela fait environ 4 800 € par mois en fin d'année ;",
        "**40 % des commandes en retrait à l'officine** : une cliente qui vient chercher son colis repart souvent avec autre chose, "
        "on lui donne un conseil, et on n'a pas de frais d'envoi à payer.",
    ])
    s.p("**2) Les profils patients-clients**", after=2, before=4)
    s.p("Je propose de viser trois profils, dans cet ordre :")
    s.bullets([
        "**1. Les jeunes mamans (enfants de 0 à 3 ans).** C'est le profil qui nous a le plus quittés : liniment, change, "
        "solaires enfants, ce sont des achats qui reviennent tous les mois et qu'elles font le soir, quand le bébé est couché. "
        "Ce sont aussi celles qui ont le plus besoin de conseil (premiers boutons, rougeurs, soleil). Si on les récupère, on "
        "récupère un achat régulier.",
        "**2. Les actifs qui passent après 19 h.** Nous fermons à 19 h 30 et ils arrivent en courant, pour une ordonnance, "
        "rarement pour la dermo. En ligne, ils commanderaient dans la journée et passeraient prendre le sachet. Ce sont les plus "
        "gros paniers en soins du visage.",
        "**3. Les seniors du quartier.** Ils sont fidèles et viennent déjà au comptoir, donc ce n'est pas eux qu'on risque de "
        "perdre. Mais certains ne peuvent plus se déplacer facilement, et leurs enfants commandent pour eux. Je les mets en "
        "dernier parce que l'e-shop leur apportera surtout du confort, pas forcément des ventes en plus.",
    ])
    s.p("**3) Les canaux**", after=2, before=4)
    s.p("Pour faire connaître l'e-shop, je vois 6 canaux :")
    s.bullets([
        "la fiche **Google Business** de la pharmacie (lien vers l'e-shop, photos, posts) ;",
        "une petite campagne **Google Ads** sur Metz et 10 km autour ;",
        "la page **Facebook** : 2 posts par semaine ;",
        "des **SMS aux porteurs de la carte** (on a environ 2 600 numéros de portable sur 3 900 cartes) ;",
        "un **flyer glissé dans les sachets** au comptoir ;",
        "la boucle de l'**écran de la vitrine**.",
    ])
    s.p("Pour l'ordre, je propose qu'on lance tout à l'ouverture, le 14 avril, comme ça on ne perd pas de temps et tout le "
        "monde est au courant en même temps.")
    s.p("**4) Le budget**", after=2, before=4)
    s.p("Voici ce que j'ai chiffré pour les 12 premiers mois (prix HT, devis ou tarifs relevés la semaine dernière) :")
    s.table([
        ["Canal / poste", "Détail", "Dépense sur 12 mois"],
        ["Solution OffiShop", "Abonnement 149 € HT × 12 mois (mise en service offerte)", "1 788 €"],
        ["Google Ads", "100 € par mois, Metz + 10 km", "1 200 €"],
        ["Flyers pour les sachets", "5 000 flyers A6 recto-verso (Imprimerie du Pontiffroy)", "350 €"],
        ["SMS porteurs de carte", "4 envois × 2 600 numéros × 0,045 €", "468 €"],
        ["Facebook", "Posts faits par nous + 2 publications sponsorisées à 50 €", "100 €"],
        ["Écran vitrine", "Boucle faite par nous, écran déjà en place", "0 €"],
        ["Google Business", "Gratuit", "0 €"],
        ["**Total**", "", "**3 906 €**"],
    ], [4.2, 9.0, 3.4], size=10, head_fill="D9E2F3", center_cols=(2,))
    s.p("Je n'ai pas encore calculé ce que chaque canal doit rapporter.", before=6)
    s.p("Dites-moi si ça vous va, surtout pour l'ordre des profils et le budget Google.")
    s.p("Bonne journée,", before=4)
    s.p("Océane", after=10)
    for line, sz, b, col in [("Océane Kremer", 10, True, None),
                             ("Préparatrice — référente para & e-shop", 9.5, False, GREY),
                             ("[image001.png]", 9.5, False, None),
                             ("Pharmacie du Sablon — SELARL", 9.5, True, GREEN),
                             ("Metz-Sablon (57) — Tél. 03 87 66 xx xx", 9.5, False, GREY),
                             ("Ouvert du lundi au samedi, 8 h 30 – 19 h 30", 9.5, False, GREY)]:
        s.p(line, bold=b, size=sz, color=col, after=0)
    s.p("Pensez à l'environnement avant d'imprimer ce message.", italic=True, size=8.5, color=GREY, before=10)


# ------------------------------------------------------------------------------------- pièce 3 : compte rendu
def piece3():
    new_section(margins=(2.0, 2.0, 2.0, 2.0))
    label(3)
    s = Style("Arial", 10, "•", after=4, line=1.1)
    s.p("PHARMACIE DU SABLON", bold=True, size=9, color=GREEN, after=0)
    s.p("Compte rendu de réunion du 12 mars 2026", bold=True, size=15, after=6)
    for k, v in [("Objet", "préparation de l'ouverture de l'e-shop parapharmacie (ouverture prévue le mardi 14 avril 2026)"),
                 ("Lieu, horaire", "bureau du back-office, jeudi 12 mars 2026, 13 h 30 – 15 h 10"),
                 ("Présents", "Dr Claire Schmitt (titulaire), Marc Lentz (adjoint), Océane Kremer, Julie Becker, Kévin Muller, "
                              "Laura Hoffmann (préparatrices et préparateur)"),
                 ("Excusée", "Sandrine Weber (préparatrice, en formation orthopédie)"),
                 ("Rédactrice", "Océane Kremer"),
                 ("Diffusion", "toute l'équipe (affiché en salle de pause)")]:
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.space_after = Pt(1)
        pf.left_indent = Cm(3.0)
        pf.first_line_indent = Cm(-3.0)
        pf.tab_stops.add_tab_stop(Cm(3.0))
        runs(par, "**%s :**\t%s" % (k, v), "Arial", 9.5)
    rule = s.p("", after=4)
    bottom_rule(rule, "6", "1E7B4F")
    s.gap(6)
    s.p("Ordre du jour : 1. Calendrier de l'année — 2. Opération lancement — 3. Relais de proximité — 4. Partenariats — "
        "5. Programme carte — Rétroplanning et relevé de décisions.", italic=True, size=9.5)

    s.p("Point 1 — Calendrier de l'année", bold=True, size=11, color=GREEN, before=6, keep=True)
    s.p("Océane a présenté les temps forts proposés pour l'e-shop, discutés un par un :")
    s.bullets([
        "**Ouverture le mardi 14 avril**, après Pâques : être en ligne **avant** les pollens (graminées dès fin avril en "
        "Moselle) et avant le soleil. En ouvrant en juin, on raterait deux rayons qui ont baissé en 2025.",
        "**Temps fort solaire la semaine du 25 mai** : week-end de Pentecôte, premières sorties au plan d'eau ; au comptoir, "
        "c'est chaque année la semaine où les solaires démarrent.",
        "**Poux en septembre** (rentrée le 1er) : les alertes des écoles arrivent dès la deuxième semaine, anti-poux en avant "
        "fin août.",
        "**Coffrets à partir du 15 novembre** : livrés par les labos début novembre, en ligne le 15 pour la Saint-Nicolas "
        "(très suivie à Metz) puis Noël.",
        "**Rien en août** : équipe réduite (deux préparatrices en congés), impossible d'assurer retraits en 2 h et chat.",
    ])

    s.p("Point 2 — Opération lancement", bold=True, size=11, color=GREEN, before=6, keep=True)
    s.p("But de l'opération : **regagner la parapharmacie perdue en 2025** (−9 %, environ 46 k€). Le Dr Schmitt a insisté : "
        "il s'agit de faire revenir les clientes parties sur ParaExpress, pas de « faire du bruit ». Objectif du 14 avril au "
        "14 juin : **300 commandes en ligne, dont au moins 40 % en retrait**.")
    s.p("Les supports retenus :")
    s.bullets([
        "**flyer dans les sachets** (5 000 ex. : « Votre para, commandée le soir, prête en 2 h », QR code, -5 € dès 30 €) ;",
        "**écran de la vitrine** : boucle de 20 secondes sur l'ouverture, puis sur les solaires à partir du 25 mai ;",
        "**SMS aux porteurs de la carte** le 14 avril à 11 h (2 600 numéros) ;",
        "**page Facebook** : relance de la page, 2 posts par semaine (Julie et Océane) ;",
        "**Google Business** : lien vers l'e-shop, nouvelles photos de l'officine, post « ouverture ».",
    ])
    s.p("Qui vise quoi, et par quel support :", keep=True)
    s.bullets([
        "**Jeunes mamans** → objectif : une première commande en retrait sur le rayon bébé (liniment, change, solaires "
        "enfants) → supports : flyer glissé dans les sachets du rayon bébé et des ordonnances pédiatriques, SMS carte (message "
        "« votre liniment prêt en 2 h »), flyers chez les sages-femmes et à la crèche → message : le conseil d'une préparatrice, "
        "même le soir ;",
        "**Actifs après 19 h** → idem ;",
        "**Seniors** → idem.",
    ])

    s.p("Point 3 — Relais de proximité", bold=True, size=11, color=GREEN, before=6, keep=True)
    s.p("Relais retenus pour l'ouverture :")
    s.bullets([
        "**Sages-femmes de Sainte-Thérèse** : le relais le plus logique. Elles voient les mamans dans les premières semaines, "
        "quand les questions sont les plus nombreuses (cordon, érythème fessier, allaitement), et nous envoient déjà une partie "
        "de leurs patientes avec ordonnance. Les mamans étant notre profil n° 1, un flyer dans leur salle d'attente touche les "
        "bonnes personnes au bon moment. Accord de principe le 9 mars.",
        "**Crèche « Les P'tits Loups »**, **salle Fit'Sablon** et **groupe Facebook « Metz Mamans »** : ça peut marcher.",
        "**Délégué Dermalys** (M. Thomas Régnier, visite du 5 mars) : **200 échantillons Hydra-Confort 5 ml** pour les "
        "commandes en retrait et deux testeurs, livrés le 10 avril.",
    ])

    s.p("Point 4 — Partenariats", bold=True, size=11, color=GREEN, before=6, keep=True)
    s.p("Le Dr Schmitt a présenté l'accord de coopération commerciale 2026 avec les **Laboratoires Avéline**, signé le "
        "20 mars pour l'année civile :")
    s.bullets([
        "remise de 12 % sur facture, plus 3 % de remise de fin d'année si nos achats Avéline dépassent **18 000 € HT** "
        "(16 400 € en 2025) ;",
        "**tête de gondole** Avéline en juin (gamme bébé) et en octobre (coffrets « Rituel ») ;",
        "**journée d'animation** avec une conseillère Avéline le samedi 23 mai.",
    ])

    s.p("Point 5 — Programme carte", bold=True, size=11, color=GREEN, before=6, keep=True)
    s.p("Ce qu'on peut proposer aux clientes de l'e-shop pour qu'elles reviennent :")
    s.bullets([
        "les **points de la carte** (1 point par euro, un bon de 5 € tous les 100 points) : OffiShop peut reprendre le numéro "
        "de carte au moment de la commande ;",
        "des **échantillons** dans chaque commande (Dermalys pour commencer, puis les autres labos) ;",
        "un **e-mail d'anniversaire** avec un bon de 5 € (OffiShop l'envoie automatiquement si la date est renseignée) ;",
        "le **module « club web »** d'OffiShop (option à 19 € HT par mois) : points propres au site, paliers, parrainage.",
    ])
    s.p("Décision : on garde la carte du comptoir.")

    page_break()
    s.p("Rétroplanning jusqu'à l'ouverture", bold=True, size=11, color=GREEN, before=8, keep=True)
    s.table([
        ["N°", "Action", "Qui", "Quand"],
        ["1", "Valider le catalogue OffiShop (1 400 références, prix, stock)", "Océane", "ASAP"],
        ["2", "Photos et textes des 120 références sans visuel", "Julie", "27 mars"],
        ["3", "Ouvrir et paramétrer Stripe et PayPal", "Océane", "ASAP"],
        ["4", "Relire les conditions de vente et mentions du site", "Dr Schmitt", "3 avril"],
        ["5", "Former l'équipe au back-office (retraits, chat)", "Océane", "7 et 8 avril"],
        ["6", "Commander les 5 000 flyers", "Marc", "ASAP"],
        ["7", "Préparer la boucle de l'écran vitrine", "Kévin", "10 avril"],
        ["8", "Mettre à jour la fiche Google Business", "Océane", "ASAP"],
        ["9", "Créer la campagne Google Ads", "Océane", "13 avril"],
        ["10", "Relancer la page Facebook (posts d'ouverture)", "Julie", "14 avril"],
        ["11", "Envoyer le SMS aux porteurs de la carte", "Marc", "14 avril"],
        ["12", "Déposer les flyers chez les sages-femmes et à la crèche", "Océane", "ASAP"],
        ["13", "Récupérer les échantillons Dermalys", "Dr Schmitt", "10 avril"],
        ["14", "Ouverture de l'e-shop", "Toute l'équipe", "14 avril"],
    ], [1.0, 10.0, 3.0, 3.0], size=9, head_fill="D9D9D9", center_cols=(0,))

    s.p("Relevé de décisions", bold=True, size=11, color=GREEN, before=10, keep=True)
    s.table([
        ["N°", "Décision", "Responsable", "Échéance"],
        ["D1", "Ouverture de l'e-shop maintenue au mardi 14 avril 2026", "Dr Schmitt", "14/04"],
        ["D2", "Temps fort solaire semaine du 25 mai : -20 % sur le 2e solaire Thermaline", "Océane", "25/05"],
        ["D3", "Aucune opération en ligne au mois d'août", "Dr Schmitt", "—"],
        ["D4", "Flyers déposés chez les sages-femmes de Sainte-Thérèse et à la crèche", "Océane", "avant le 14/04"],
        ["D5", "200 échantillons Dermalys glissés dans les commandes en retrait", "Marc", "dès l'ouverture"],
        ["D6", "Coopération commerciale Avéline 2026 signée", "Dr Schmitt", "20/03"],
        ["D7", "On garde la carte du comptoir", "Dr Schmitt", "—"],
        ["D8", "Prochaine réunion : mardi 28 avril, 13 h 30", "Tous", "28/04"],
    ], [1.2, 10.4, 3.0, 2.4], size=9, head_fill="FFE600", center_cols=(0,))
    s.p("Compte rendu validé par le Dr Schmitt le 13 mars 2026.", italic=True, size=8.5, color=GREY, before=6)


# ------------------------------------------------------------------------------------- pièce 4 : fiche comparative
def piece4():
    new_section(landscape=True, margins=(1.6, 1.6, 1.8, 1.8))
    label(4, font="Arial Narrow")
    s = Style("Arial Narrow", 10.5, "►", after=3)
    s.p("Fiche comparative fournisseurs", bold=True, size=18, color=RGBColor(0xC0, 0x50, 0x4D), after=0)
    s.p("Projet e-shop parapharmacie — Pharmacie du Sablon — établie par Océane Kremer le 20 mars 2026, mise à jour le "
        "16 avril 2026 (après l'ouverture)", italic=True, size=10, color=GREY, after=8)
    s.p("Légende : ✔ = oui / inclus      ✘ = non / pas possible", size=9.5, after=6)

    s.p("Tableau A — Solution e-shop", bold=True, size=12, after=3, keep=True)
    s.table([
        ["Critère", "OffiShop", "PharmaClic", "WooCommerce + agence « Web'Officine Lorraine »", "ParaBox Pro"],
        ["Abonnement", "149 € HT / mois", "119 € HT / mois", "hébergement 25 € + maintenance 90 € HT / mois", "189 € HT / mois"],
        ["Mise en service", "offerte", "490 € HT", "3 800 € HT (création du site)", "250 € HT"],
        ["Catalogue para déjà rempli (photos + fiches)", "✔ 22 000 réf.", "✔ 9 000 réf.", "✘", "✔ 15 000 réf."],
        ["Liaison avec notre logiciel d'officine (stock en temps réel)", "✔", "✘ import manuel", "✘ à développer", "✔"],
        ["Retrait à l'officine", "✔", "✔", "✔ (extension)", "✘"],
        ["Chat intégré", "✔", "✘", "✔ (extension)", "✔"],
        ["Mise en avant (blocs, bannières, ventes croisées)", "✔", "✔ limitée", "✔", "✔"],
        ["Stripe / PayPal", "✔ / ✔", "✔ / ✘", "✔ / ✔", "✔ / ✔"],
        ["Paiement en plusieurs fois", "✔ Alma, Oney, PayPal 4×", "✘", "✔ (extensions)", "✔ Oney"],
        ["Durée d'engagement", "12 mois", "24 mois", "aucune", "36 mois"],
        ["Assistance", "hotline officines 9 h–19 h", "e-mail", "agence (Metz)", "e-mail"],
    ], [6.2, 4.3, 4.3, 5.6, 4.3], size=9.5, head_fill="F2DCDB", first_bold=True, center_cols=(1, 2, 3, 4))
    s.p("**Choix retenu : OffiShop** — seule solution qui réunit le catalogue déjà rempli, la liaison avec notre stock (sans "
        "elle, on vendrait en ligne des produits qu'on n'a plus) et le retrait à l'officine, pour un engagement de 12 mois "
        "seulement. Contrat signé le 23 mars 2026.", before=4, after=8)

    page_break()
    s.p("Tableau B — Encaissement en ligne", bold=True, size=12, after=3, keep=True)
    s.table([
        ["Critère", "Stripe", "PayPal", "Monetis (vente à distance de notre banque)"],
        ["Commission par paiement", "1,5 % + 0,25 € (cartes européennes)", "2,9 % + 0,35 €", "0,8 % + 0,15 €"],
        ["Abonnement", "0 €", "0 €", "25 € HT / mois"],
        ["Branché sur OffiShop", "✔", "✔", "✘ (développement 600 € HT)"],
        ["CB, Visa, Mastercard", "✔", "✔ (sans compte PayPal)", "✔"],
        ["Apple Pay / Google Pay", "✔", "✘", "✘"],
        ["Versement sur notre compte", "J+7 au début, puis J+2", "sur le compte PayPal, virement gratuit", "J+1"],
        ["Sécurité", "cadenas + 3D Secure", "", ""],
    ], [6.2, 6.0, 6.0, 6.5], size=9.5, head_fill="F2DCDB", first_bold=True, center_cols=(1, 2, 3),
        merge_rows=[(7, 1, 3)])
    s.p("**Choix retenu : Stripe + PayPal**, en service depuis le mardi 14 avril 2026 (première commande payée par carte à "
        "9 h 42, première commande PayPal à 12 h 15).", before=4, after=8)

    s.p("Tableau C — Paiement en plusieurs fois", bold=True, size=12, after=3, keep=True)
    s.table([
        ["Critère", "Alma", "Oney", "PayPal 4×"],
        ["Formules", "2×, 3×, 4×", "3×, 4×", "4×"],
        ["Frais pour la pharmacie", "3× : 3,8 % du panier\n4× : 4,3 % du panier", "3× : 2,9 % du panier\n4× : 3,4 % du panier",
         "commission PayPal habituelle (2,9 % + 0,35 €), rien en plus"],
        ["Panier minimum", "50 €", "100 €", "30 €"],
        ["Branché sur OffiShop", "✔", "✔", "✔"],
        ["Versement à la pharmacie", "en une fois, J+2", "en une fois, J+3", "en une fois"],
        ["Démarches", "contrat en ligne, 48 h", "contrat + validation Oney, 2 semaines", "rien (déjà inclus dans PayPal)"],
    ], [6.2, 6.0, 6.0, 6.5], size=9.5, head_fill="F2DCDB", first_bold=True, center_cols=(1, 2, 3))
    s.p("**Choix retenu : pas de paiement en plusieurs fois pour l'instant.** Les frais mangent la marge sur un panier à "
        "32 € : avec une marge moyenne de 30 % en para, il nous reste 9,60 € par panier ; Alma en 3× nous en prendrait 1,22 €, "
        "soit près de 13 % de la marge, et Oney n'est possible qu'à partir de 100 €. À revoir si le panier moyen dépasse "
        "60 € (coffrets de Noël).", before=4, after=6)

    page_break()
    s.p("Paramétrage de la vitrine web dans OffiShop", bold=True, size=14, color=RGBColor(0xC0, 0x50, 0x4D), after=4)
    s.p("1. Les fonctions de mise en avant que j'utilise", bold=True, size=12, after=3, keep=True)
    s.bullets([
        "**« Coup de cœur de l'équipe »** : une case à cocher dans la fiche produit du back-office (Catalogue › Produit › "
        "onglet Mise en avant). Le produit reçoit un badge vert et remonte dans le bloc du même nom sur la page d'accueil. J'ai "
        "coché 12 produits, choisis par les préparatrices (par exemple le Dermalys Hydra-Confort 40 ml, le liniment Avéline "
        "500 ml, le spray Thermaline enfants SPF50+).",
        "**« Souvent acheté avec »** : des associations de produits saisies à la main (onglet Ventes associées). Exemples : "
        "liniment Avéline 500 ml → cotons carrés bébé et crème change ; spray Thermaline enfants → lait après-soleil et "
        "chapeau UV ; Hydra-Confort → eau micellaire Hydréva. OffiShop affiche ces produits sous la fiche et dans le panier.",
        "**Bannière promotionnelle** : bandeau en haut de toutes les pages (Apparence › Bannières), programmé avec une date de "
        "début et de fin. Pour l'ouverture : « Ouverture : -5 € dès 30 € avec le code SABLON5 » du 14 avril au 31 mai ; "
        "déjà programmée : « -20 % sur le 2e solaire Thermaline » du 25 mai au 7 juin.",
    ], indent=0.8)
    s.p("2. Les six endroits du site où je mets les produits en avant", bold=True, size=12, after=3, before=6, keep=True)
    s.table([
        ["Emplacement", "Ce que j'y mets", "Pourquoi à cet endroit"],
        ["1. Carrousel de la page d'accueil", "3 visuels : ouverture / retrait en 2 h / temps fort du moment",
         "Première chose vue sur téléphone ; on y explique ce qui nous différencie (retrait en 2 h, conseil)"],
        ["2. Haut de la catégorie Bébé", "liniment, change, solaires enfants en « Coup de cœur »",
         "Le rayon de notre profil n° 1 ; les mamans cherchent vite, le soir, avec le bébé dans les bras"],
        ["3. Encart « L'avis de la préparatrice » sur la fiche produit", "2 ou 3 lignes de conseil signées par une préparatrice",
         "C'est notre différence avec ParaExpress : le conseil, au moment où la cliente hésite"],
        ["4. Panier", "« Souvent acheté avec » + petits prix de moins de 5 €",
         "Moment où la cliente a déjà décidé ; on complète avec ce qui va avec (cotons, après-soleil)"],
        ["5. Page de résultats de recherche", "produits « Coup de cœur » remontés en premier",
         "Beaucoup cherchent par besoin (« rougeurs », « poux »), pas par marque"],
        ["6. Bandeau promotionnel en haut de page", "l'offre du moment (ouverture, puis solaires)",
         "Visible sur toutes les pages, même quand on arrive par Google sur une fiche produit"],
    ], [6.4, 7.4, 10.8], size=9.5, head_fill="F2DCDB", first_bold=True)
    page_break()
    s.p("3. Tests de paiement sur les différents appareils", bold=True, size=12, after=3, before=8, keep=True)
    s.p("Tests réalisés le 15 avril 2026 avec de vraies commandes (remboursées ensuite), sur le site en service :", after=3)
    s.table([
        ["Appareil (navigateur)", "Carte bancaire (Stripe)", "PayPal", "Apple Pay / Google Pay", "N° de commande test"],
        ["iPhone 13 (Safari)", "OK", "OK", "OK (Apple Pay)", "SAB-0031 à 0033"],
        ["Samsung Galaxy A54 (Chrome)", "OK", "OK", "OK (Google Pay)", "SAB-0034 à 0036"],
        ["iPad 9e génération (Safari)", "OK", "OK", "OK (Apple Pay)", "SAB-0037 à 0039"],
        ["PC du comptoir, Windows 11 (Chrome)", "OK", "OK", "OK (Google Pay)", "SAB-0040 à 0042"],
    ], [6.8, 4.2, 3.4, 4.6, 5.6], size=9.5, head_fill="F2DCDB", first_bold=True, center_cols=(1, 2, 3, 4))
    s.p("Les 12 paiements sont passés du premier coup ; les confirmations sont arrivées par e-mail et dans le "
        "back-office OffiShop, et les remboursements ont été faits le jour même.", before=4)


# ------------------------------------------------------------------------------------- pièce 5 : enquête
BAR = "■"


def piece5():
    new_section(margins=(2.0, 2.0, 2.3, 2.3))
    label(5, font="Trebuchet MS")
    s = Style("Trebuchet MS", 10, "▪", after=3)
    s.p("Synthèse de l'enquête clientèle — avril 2026", bold=True, size=16, color=RGBColor(0x7B, 0x2C, 0x83), after=2)
    s.p("Pharmacie du Sablon — e-shop parapharmacie", size=10.5, color=GREY, after=4)
    s.p("Enquête menée du 1er au 25 avril 2026 : questionnaire papier au comptoir et formulaire en ligne par QR code (sur "
        "les sachets et l'écran de la vitrine). **212 réponses** : 131 au comptoir, 81 par QR code. Synthèse rédigée par "
        "Océane Kremer le 30 avril 2026, saisie avec l'aide de Julie Becker.", size=9.5, after=8)

    def q(num, title, items, n=None):
        s.p("Q%d — %s" % (num, title) + ("  (%s)" % n if n else ""), bold=True, size=10, before=4, after=1, keep=True)
        for lab, pct in items:
            par = doc.add_paragraph()
            par.paragraph_format.space_after = Pt(0)
            par.paragraph_format.left_indent = Cm(0.5)
            par.paragraph_format.tab_stops.add_tab_stop(Cm(6.8))
            par.paragraph_format.tab_stops.add_tab_stop(Cm(14.2))
            r = par.add_run(lab + "\t")
            r.font.name = "Trebuchet MS"
            r.font.size = Pt(9)
            r = par.add_run(BAR * max(1, round(pct / 4)))
            r.font.name = "Trebuchet MS"
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x7B, 0x2C, 0x83)
            r = par.add_run("\t%d %%" % pct)
            r.font.name = "Trebuchet MS"
            r.font.size = Pt(9)
            r.bold = True

    q(1, "Vous êtes…", [("Parent d'un enfant de 0 à 3 ans", 35), ("Actif(ve), passage après 19 h", 33),
                        ("Senior (65 ans et plus)", 24), ("Autre", 8)])
    q(2, "Avez-vous déjà acheté de la parapharmacie sur internet ?", [("Oui", 58), ("Non", 42)])
    q(3, "Si oui, où ?", [("ParaExpress.fr", 46), ("Amazon", 21), ("Beauté Santé Moselle", 14),
                          ("Site d'une marque", 11), ("Autre", 8)], "123 réponses")
    q(4, "Ce qui vous ferait commander chez nous en ligne (plusieurs réponses)",
      [("Gagner du temps", 61), ("Pas de file d'attente", 44), ("Retrait en 2 h", 39),
       ("Pouvoir commander le soir", 35), ("Les prix", 22)])
    q(5, "Ce qui vous freine (plusieurs réponses)",
      [("Plus de conseil au comptoir", 38), ("Frais d'envoi", 33), ("Peur des contrefaçons", 27),
       ("Payer en ligne", 16), ("Rien", 14)])
    q(6, "Vous préférez…", [("Le retrait en 2 h à l'officine", 47), ("L'envoi en Colissimo", 31), ("Les deux selon les cas", 22)])
    q(7, "Quand commanderiez-vous ?", [("Après 19 h", 54), ("Pendant la pause déjeuner", 23), ("Le matin", 12), ("Le week-end", 11)])
    q(8, "Moyen de paiement préféré", [("Carte bancaire", 64), ("PayPal", 17), ("Apple Pay / Google Pay", 11),
                                       ("Au comptoir, au retrait", 5), ("En plusieurs fois", 3)])
    q(9, "Les rayons qui vous intéressent (plusieurs réponses)",
      [("Bébé", 41), ("Solaires", 37), ("Soins du visage", 34), ("Hygiène", 22), ("Sport, minceur", 9)])
    q(10, "Votre panier habituel en para", [("Moins de 20 €", 24), ("De 20 à 40 €", 49), ("De 40 à 60 €", 19), ("Plus de 60 €", 8)])
    q(11, "Un chat avec une préparatrice, le soir, ce serait…", [("Utile", 52), ("Je préfère téléphoner", 27), ("Inutile", 21)])
    s.p("Q12 — Un mot pour nous (quelques réponses, recopiées telles quelles)", bold=True, size=10, before=4, after=1, keep=True)
    s.bullets([
        "« Si je peux commander le liniment à 22 h et le récupérer en allant au travail, je ne vais plus ailleurs. »",
        "« Sur internet on ne sait jamais si c'est du vrai. Chez vous, je sais. »",
    ], indent=0.9, size=9.5)

    s.p("Ce qui les fait venir, ce qui les freine : détail par profil", bold=True, size=11.5, color=RGBColor(0x7B, 0x2C, 0x83),
        before=8, keep=True)
    s.table([
        ["Profil", "Ce qui les fait venir (3 premières réponses)", "Ce qui les freine (3 premières réponses)"],
        ["Jeunes mamans\n(n = 74)", "Gagner du temps 72 % — pas de file d'attente avec la poussette 58 % — retrait en 2 h 47 %",
         "Frais d'envoi 35 % — peur des contrefaçons 31 % — plus de conseil au comptoir 29 %"],
        ["Actifs après 19 h\n(n = 69)", "Gagner du temps 68 % — commander le soir 55 % — retrait le lendemain matin 41 %",
         "Frais d'envoi 39 % — plus de conseil au comptoir 33 % — délai d'envoi 22 %"],
        ["Seniors\n(n = 51)", "Pas de file d'attente 36 % — livraison à domicile 33 % — gagner du temps 38 %",
         "Plus de conseil au comptoir 57 % — payer en ligne 41 % — peur des contrefaçons 24 %"],
        ["Autres\n(n = 18)", "Gagner du temps 56 % — les prix 33 % — commander le soir 28 %",
         "Plus de conseil au comptoir 39 % — frais d'envoi 28 % — rien 22 %"],
    ], [3.0, 6.9, 6.9], size=9, head_fill="E4DFEC", first_bold=True)
    s.p("Ce que j'en retiens : le temps fait venir tout le monde (61 %), surtout les mamans et les actifs. Le frein le plus "
        "partagé est le manque de conseil (38 %), qui grimpe à 57 % chez les seniors. Les mamans craignent surtout les "
        "frais d'envoi et les contrefaçons : là, le retrait en 2 h et le fait d'être une vraie pharmacie jouent pour nous.", before=6)

    s.p("Le chat en chiffres (du 14 au 30 avril 2026)", bold=True, size=11.5, color=RGBColor(0x7B, 0x2C, 0x83), before=8, keep=True)
    s.bullets(["64 conversations", "71 % après 19 h", "Délai moyen de première réponse : 4 min"], indent=0.9)
    s.p("Et l'avant / après de l'opération lancement ? Trop tôt : l'e-shop n'a que deux semaines.", before=6)

    s.p("Annexe — Deux conversations du chat", bold=True, size=11.5, color=RGBColor(0x7B, 0x2C, 0x83), before=10, keep=True)
    s.p("Export du chat OffiShop, recopié sans les noms. « Préparatrice » = Océane.", italic=True, size=9, color=GREY)

    def chat(title, lines):
        s.p(title, bold=True, size=10, before=6, after=2, keep=True)
        for who, hour, msg in lines:
            par = doc.add_paragraph()
            par.paragraph_format.left_indent = Cm(0.6)
            par.paragraph_format.space_after = Pt(1)
            runs(par, "[%s] %s : " % (hour, who), "Trebuchet MS", 9, bold=True,
                 color=RGBColor(0x7B, 0x2C, 0x83) if who == "Préparatrice" else None)
            runs(par, msg, "Trebuchet MS", 9)

    chat("Conversation 1 — jeudi 16 avril 2026, 21 h 12 — vente conclue (commande SAB-0087, 18,50 €, retrait)", [
        ("Cliente", "21:12", "Bonsoir, on part à Fréjus samedi avec ma fille de 2 ans et demi, il me faut une crème solaire pour elle. Laquelle vous conseillez ?"),
        ("Préparatrice", "21:14", "Bonsoir ! Je vous conseille le spray Thermaline enfants SPF50+ : très haute protection, résistant à l'eau, il s'étale vite. Elle a la peau claire ?"),
        ("Cliente", "21:15", "Oui très claire, elle a déjà rougi l'été dernier."),
        ("Préparatrice", "21:17", "Alors SPF50+ sans hésiter, à remettre toutes les 2 heures et après chaque baignade, pas d'exposition entre 12 h et 16 h, et chapeau + tee-shirt."),
        ("Cliente", "21:18", "D'accord. Je peux l'avoir avant samedi ? Je ne veux pas payer l'envoi pour un seul produit."),
        ("Préparatrice", "21:19", "Oui : si vous commandez ce soir en « retrait en officine », il sera prêt demain dès 9 h. Vous payez en ligne et vous n'avez plus qu'à passer le prendre."),
        ("Cliente", "21:22", "C'est fait ! Merci beaucoup."),
        ("Préparatrice", "21:23", "Merci à vous, c'est bien reçu. Je vous glisse un échantillon d'après-soleil dans le sachet. Bonnes vacances !"),
    ])
    chat("Conversation 2 — dimanche 19 avril 2026, 20 h 47 — pas de vente", [
        ("Cliente", "20:47", "Bonjour, je voudrais commander de l'amoxicilline pour mon fils, j'ai l'ordonnance du médecin, je peux vous l'envoyer en photo ?"),
        ("Préparatrice", "20:49", "Bonsoir. Je suis désolée, l'amoxicilline est un médicament sur ordonnance : la loi ne nous permet pas de le vendre en ligne, et notre e-shop ne propose que de la parapharmacie."),
        ("Cliente", "20:50", "Même avec l'ordonnance ? Et la livraison ?"),
        ("Préparatrice", "20:52", "Même avec l'ordonnance, il faut venir à l'officine. Si c'est urgent ce soir, la pharmacie de garde est indiquée sur le 3237. Sinon, nous ouvrons demain à 8 h 30, et vous pouvez déposer l'ordonnance tôt pour qu'elle soit prête."),
        ("Cliente", "20:53", "Ok tant pis, je vais voir la garde."),
        ("Préparatrice", "20:53", "Bon rétablissement à votre fils. Bonne soirée."),
    ])


# ------------------------------------------------------------------------------------- assemblage
def main():
    global doc
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(2.4), Cm(2.2), Cm(2.5), Cm(2.5)
    sec.header_distance = Cm(0.9)
    sec.footer_distance = Cm(0.9)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Océane Kremer — RNCP Chef de projet e-commerce — blocs 1 et 2")
    r.font.name = "Calibri"
    r.font.size = Pt(8.5)
    r.font.color.rgb = GREY
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field(fp, "PAGE", "Calibri", 9)
    r = fp.add_run(" / ")
    r.font.name = "Calibri"
    r.font.size = Pt(9)
    field(fp, "NUMPAGES", "Calibri", 9)

    presentation()
    piece1()
    piece2()
    piece3()
    piece4()
    piece5()

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier blocs 1 et 2 — Pharmacie du Sablon"
    cp.subject = "RNCP Chef de projet e-commerce — session 2026"
    cp.keywords = "parapharmacie, officine, e-shop, Metz"
    cp.created = datetime.datetime(2026, 4, 30, 20, 15, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 14
    doc.save(FILE)
    repack(FILE)
    print("ok", FILE)


if __name__ == "__main__":
    main()
