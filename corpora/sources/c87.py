# Générateur du dossier de la candidate c87 (Maison Hurel, cidrerie du Pays d'Auge, Saint-Ouen-le-Pin) :
# un seul DOCX « Growth plan 2026 » (blocs 1 et 2), registre école de commerce plein d'anglicismes (en italique),
# vrais styles de titres (Heading 1 en capitales, Heading 2 numérotés), sommaire automatique (champ TOC pré-rempli),
# en-tête / pied de page, tableaux à en-tête vert pomme et lignes zébrées, encadrés « Key takeaways ».
# Déterministe : propriétés du document figées, archive zip ré-horodatée, aucun aléa.
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

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c87-cidrerie-pays-d-auge")
FILE = os.path.join(OUT, "maison-hurel-dossier-blocs-1-2.docx")
AUTHOR = "Léna Carpentier"
FIXED = datetime.datetime(2026, 6, 8, 21, 40, 0)
ZIPSTAMP = (2026, 6, 8, 21, 40, 0)

GREEN = "7FAF3B"      # vert pomme (en-têtes de tableaux)
ZEBRA = "F1F7E8"
BOX = "E4F0D4"
DARK = RGBColor(0x3E, 0x5F, 0x1C)


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def fld(paragraph, kind):
    r = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), kind)
    r._r.append(e)
    return r


def instr(paragraph, code):
    r = paragraph.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " %s " % code
    r._r.append(t)


def page_field(paragraph, size):
    fld(paragraph, "begin")
    instr(paragraph, "PAGE")
    fld(paragraph, "separate")
    r = paragraph.add_run("1")
    r.font.size = Pt(size)
    fld(paragraph, "end")


TOKEN = re.compile(r"(\*\*[^*]+\*\*|\*[^*]+\*)")


def runs(par, text, size=None, color=None):
    for chunk in TOKEN.split(text):
        if not chunk:
            continue
        if chunk.startswith("**"):
            r = par.add_run(chunk[2:-2]); r.bold = True
        elif chunk.startswith("*"):
            r = par.add_run(chunk[1:-1]); r.italic = True
        else:
            r = par.add_run(chunk)
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color


class W:
    def __init__(self, doc):
        self.doc = doc
        self.nfig = 0

    def h1(self, text, kicker):
        p = self.doc.add_paragraph()
        p.paragraph_format.page_break_before = True
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(kicker)
        r.font.small_caps = True
        r.bold = True
        r.font.size = Pt(10)
        r.font.color.rgb = RGBColor(0x7F, 0xAF, 0x3B)
        p.paragraph_format.keep_with_next = True
        self.doc.add_heading(text, level=1)

    def kicker(self, text):
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(14)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.font.small_caps = True
        r.bold = True
        r.font.size = Pt(10)
        r.font.color.rgb = RGBColor(0x7F, 0xAF, 0x3B)

    def h2(self, text):
        self.doc.add_heading(text, level=2)

    def h3(self, text):
        self.doc.add_heading(text, level=3)

    def p(self, text):
        para = self.doc.add_paragraph()
        runs(para, text)
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        para.paragraph_format.space_after = Pt(6)
        return para

    def bullets(self, items):
        for it in items:
            para = self.doc.add_paragraph(style="List Bullet")
            runs(para, it)
            para.paragraph_format.space_after = Pt(2)

    def chat(self, lines):
        for who, msg in lines:
            para = self.doc.add_paragraph()
            para.paragraph_format.left_indent = Cm(0.8)
            para.paragraph_format.space_after = Pt(2)
            r = para.add_run(who + " — ")
            r.bold = True
            r.font.size = Pt(9.5)
            runs(para, msg, size=9.5)

    def caption(self, text):
        self.nfig += 1
        para = self.doc.add_paragraph()
        r = para.add_run("Figure %d — %s" % (self.nfig, text))
        r.italic = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.paragraph_format.space_after = Pt(8)

    def table(self, rows, widths, caption, size=8.5, header=True, first_bold=False):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
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
                    para = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    para.paragraph_format.space_after = Pt(0)
                    if header and i == 0:
                        r = para.add_run(line)
                        r.bold = True
                        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                        r.font.size = Pt(size)
                    else:
                        runs(para, line, size=size)
                        if first_bold and j == 0:
                            for r in para.runs:
                                r.bold = True
                if header and i == 0:
                    shade(c, GREEN)
                elif i % 2 == 0:
                    shade(c, ZEBRA)
        if header:
            trPr = t.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            th.set(qn("w:val"), "true")
            trPr.append(th)
        self.caption(caption)
        return t

    def box(self, title, lines, fill=BOX, italic=False):
        t = self.doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = t.cell(0, 0)
        c.width = Cm(16.2)
        shade(c, fill)
        para = c.paragraphs[0]
        r = para.add_run(title)
        r.bold = True
        r.font.size = Pt(10.5)
        r.font.color.rgb = DARK
        for line in lines:
            q = c.add_paragraph()
            q.paragraph_format.space_after = Pt(2)
            runs(q, line, size=9.5)
            if italic:
                for rr in q.runs:
                    rr.italic = True
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def takeaways(self, items):
        self.box("Key takeaways", ["•  " + i for i in items])


# ---------------------------------------------------------------------------------------------- sommaire
TOC = [
    (1, "Executive summary", "2"),
    (1, "Introduction — Maison Hurel et ma mission", "4"),
    (1, "PARTIE 1 — COMPRENDRE LE MARCHÉ", "5"),
    (2, "1.1 Maison Hurel en chiffres", "5"),
    (2, "1.2 Insights & pain points : trois core targets", "5"),
    (2, "1.3 Competitive mapping", "6"),
    (2, "1.4 Customer journey du patron de bistrot", "7"),
    (2, "1.5 Matrice TOWS", "8"),
    (2, "1.6 North star & targets 2026", "8"),
    (2, "1.7 Core targets / personas prioritaires", "9"),
    (2, "1.8 Activation mix", "9"),
    (2, "1.9 Roadmap 2026", "9"),
    (2, "1.10 Co-branding / alliances", "10"),
    (2, "1.11 P&L marketing 2026", "11"),
    (1, "PARTIE 2 — ACTIVER ET CONVERTIR", "13"),
    (2, "2.1 Bilan de la campagne 2025", "13"),
    (2, "2.2 « Saison des Bolées » : le campaign brief", "13"),
    (2, "2.3 Pre/post : ce que la Saison des Bolées a changé", "14"),
    (2, "2.4 Relais & influence", "14"),
    (2, "2.5 Merchandising du site", "15"),
    (2, "2.6 Social media & communauté", "15"),
    (2, "2.7 Live chat : tawk.to", "16"),
    (2, "2.8 Paiement", "17"),
    (2, "2.9 Financement", "18"),
    (2, "2.10 Brand lovers programme", "18"),
    (1, "Conclusion & next steps", "20"),
    (1, "Annexe 1 — Questionnaire insights (octobre 2025)", "21"),
    (1, "Annexe 2 — Grille tarifaire CHR (B2BKing)", "22"),
    (1, "Annexe 3 — Verbatims clients", "23"),
]


def toc(doc):
    p = doc.add_paragraph()
    r = p.add_run("Sommaire")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = DARK
    first = doc.add_paragraph()
    fld(first, "begin")
    instr(first, 'TOC \\o "1-2" \\h \\z \\u')
    fld(first, "separate")
    paras = [first]
    for k, (lvl, title, page) in enumerate(TOC):
        para = first if k == 0 else doc.add_paragraph()
        if k:
            paras.append(para)
        para.paragraph_format.space_after = Pt(1)
        para.paragraph_format.left_indent = Cm(0 if lvl == 1 else 0.7)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), alignment=2, leader=1)
        r = para.add_run("%s\t%s" % (title, page))
        r.font.size = Pt(10.5 if lvl == 1 else 10)
        if lvl == 1:
            r.bold = True
    fld(paras[-1], "end")


# ---------------------------------------------------------------------------------------------- contenu
def content(w):
    d = w.doc
    # ------------------------------------------------------------------ executive summary
    p = d.add_paragraph()
    r = p.add_run("Executive summary")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = DARK
    w.p("*Growth plan* 2026 de Maison Hurel — ce qu'il faut retenir en une page, pour Claire et pour le jury.")
    w.bullets([
        "**1,74 M€ HT** de CA en 2025, dont **268 k€** en ligne (15 %) et **540 k€** auprès des cafés-hôtels-restaurants (31 %) : la maison vit sur deux jambes, B2C et CHR, et le *growth plan* doit servir les deux.",
        "Le vrai *pain point* du e-shop : **34 %** des ventes en ligne tombent en décembre. Le reste de l'année, le site dort pendant que la boutique à la ferme tourne.",
        "Nos *insights* viennent du terrain : **212 réponses** au questionnaire et **9 entretiens** avec des patrons de bistrot et de crêperie, de Honfleur à Paris 14e.",
        "*North star* 2026 : passer de **64 à 110 comptes CHR hors Normandie** et de **268 à 340 k€** de CA en ligne, avec une part hors décembre portée de 66 à 72 %.",
        "La campagne « **Saison des Bolées** » (mars–avril 2026) a apporté **21 nouveaux comptes CHR** hors Normandie et **+38 %** de commandes pro sur la période.",
        "*Activation mix* de 6 leviers et *P&L marketing* de **41 500 €** : **ROI ×4,2** attendu sur l'année.",
        "Côté conversion : *live chat* tawk.to (**14 %** des conversations finissent en commande), Stripe + PayPal testés sur 4 terminaux, Alma 3x et paiement à 30 jours pour les pros.",
        "*Brand lovers programme* : lancement du « Cidre Club » en septembre 2026, une box trimestrielle pour nos fans B2C.",
    ])
    d.add_page_break()
    toc(d)
    d.add_page_break()

    # ------------------------------------------------------------------ introduction
    d.add_heading("Introduction — Maison Hurel et ma mission", level=1)
    w.p("Saint-Ouen-le-Pin, à cinq minutes de Cambremer, en plein sur la Route du Cidre. C'est là que Bernard Hurel a planté ses premiers pommiers haute-tige en **1987**, sur une ancienne herbagère de 9 hectares. Trente-huit ans plus tard, Maison Hurel SAS exploite **28 ha de vergers haute-tige**, presse ses propres pommes et poires, et vend sous trois appellations : AOP Cidre Pays d'Auge, AOC Calvados Pays d'Auge et Pommeau de Normandie. Depuis 2015, c'est sa fille **Claire Hurel** qui préside la société ; Bernard reste aux presses et, surtout, il reste « la tête » de la marque : sur les salons, sur Instagram et dans les crêperies parisiennes, c'est lui qu'on reconnaît.")
    w.p("L'équipe compte **12 salariés permanents**, plus 6 saisonniers pour le ramassage en octobre et novembre. Julien Varin est maître de chai, Sophie Lesueur gère la boutique à la ferme et les visites, Kévin Daufresne est le commercial CHR (il couvre la côte, de Honfleur à Cabourg, et monte à Paris deux jours par quinzaine), Alice Morin prépare et expédie les commandes. Le e-shop tourne sous WooCommerce depuis 2019, avec le *plugin* B2BKing qui ouvre un portail réservé aux pros : prix par palier, minimum de commande de **120 € HT**, commande des fûts.")
    w.p("J'ai rejoint la maison en **septembre 2025**, en alternance, pour ma deuxième année de *Bachelor* Marketing digital & e-commerce dans une école de commerce caennaise. Ma fiche de mission tient en une phrase de Claire : « faire vivre le site toute l'année et nous ramener des bistrots hors de Normandie ». Ce dossier raconte comment j'ai construit le *growth plan* 2026 avec elle, puis comment nous l'avons activé au printemps. J'écris « nous » quand c'est un travail d'équipe, « je » quand c'est moi qui ai fait.")
    w.p("Un mot sur le cadre : nous vendons de l'alcool. La **loi Évin** encadre tout ce que nous publions : pas d'images de fête ou de « *lifestyle* », uniquement l'origine, l'appellation, le mode d'élaboration et les qualités gustatives, toujours avec la mention sanitaire « L'abus d'alcool est dangereux pour la santé, à consommer avec modération ». Le site est protégé par un contrôle d'âge à l'entrée. C'est une contrainte créative permanente, et vous la retrouverez dans chaque visuel cité.")

    # ================================================================== PARTIE 1
    w.h1("PARTIE 1 — COMPRENDRE LE MARCHÉ", "Insight")
    w.h2("1.1 Maison Hurel en chiffres")
    w.p("Avant de parler stratégie, j'ai voulu poser les chiffres sur la table. Claire les connaissait par cœur, mais personne ne les avait jamais mis côte à côte par canal. Le constat est net : le CHR pèse **deux fois** le e-shop, et la boutique à la ferme reste le premier canal B2C.")
    w.table([
        ["Canal", "CA 2025 HT", "Part", "Commentaire"],
        ["CHR (bistrots côte + Paris)", "540 k€", "31,0 %", "64 crêperies et bars parisiens + ~90 comptes sur la côte"],
        ["Boutique à la ferme & visites", "412 k€", "23,7 %", "pic juillet–août, 11 400 visiteurs"],
        ["Cavistes & épiceries fines", "276 k€", "15,9 %", "48 points de vente, surtout Calvados et Manche"],
        ["E-shop WooCommerce (B2C)", "268 k€", "15,4 %", "dont 19 k€ de frais de port refacturés"],
        ["Salons, foires, comités d'entreprise", "244 k€", "14,0 %", "Salon de l'Agriculture, marchés de Noël"],
        ["Total", "1 740 k€", "100 %", ""],
    ], [5.0, 2.3, 1.8, 7.1], "Répartition du CA 2025 par canal (source : comptabilité, clôture décembre 2025)")
    w.p("Sur le e-shop, les métriques de base : **3 150 commandes** en 2025, panier moyen (*AOV*) de **79 €**, **7 400 sessions** par mois en moyenne, taux de conversion de **1,4 %**. Et surtout, une saisonnalité brutale : décembre fait à lui seul **34 %** des ventes en ligne, porté par le « Coffret Découverte 3 × 75 cl » à 29,90 € et le Calvados Pays d'Auge 6 ans à 42 €.")
    w.table([
        ["Produit", "Prix TTC / HT", "Canal principal", "Rôle dans la gamme"],
        ["Cidre Pays d'Auge AOP Brut 75 cl", "6,90 €", "boutique, e-shop, cavistes", "produit d'appel, 41 % des bouteilles"],
        ["Cuvée des Hauts-Prés (monoparcellaire, bouché)", "9,80 €", "e-shop, cavistes", "cuvée premium, storytelling du verger"],
        ["Poiré fermier 75 cl", "8,20 €", "boutique, CHR", "curiosité, fort chez les néo-amateurs"],
        ["Pommeau de Normandie 70 cl", "19,50 €", "boutique, e-shop", "apéritif, cadeau"],
        ["Calvados Pays d'Auge 6 ans", "42,00 €", "e-shop (Noël), salons", "haut de gamme, cadeau"],
        ["Coffret Découverte 3 × 75 cl", "29,90 €", "e-shop", "best-seller de décembre"],
        ["Fût Bolée 20 L (CHR)", "78 € HT", "portail pro", "pompe prêtée gratuitement"],
    ], [5.6, 2.3, 3.6, 4.7], "Gamme et prix publics 2026")

    w.h2("1.2 Insights & pain points : trois core targets")
    w.p("En octobre 2025, j'ai lancé un questionnaire Google Forms (18 questions, 6 minutes) diffusé par la newsletter Brevo, par un QR code sur le comptoir de la boutique et en *story* Instagram. Résultat : **212 réponses** exploitables. En parallèle, j'ai accompagné Kévin en tournée et mené **9 entretiens** semi-directifs de 30 à 45 minutes avec des patrons de bistrot et de crêperie (4 sur la côte, 5 à Paris). Le croisement des deux m'a permis de dessiner trois *personas*.")
    w.table([
        ["Source", "Effectif", "Période", "Profil"],
        ["Questionnaire en ligne", "212 réponses", "6–27 octobre 2025", "58 % femmes ; 41 % en Île-de-France ; 33 % Normandie"],
        ["Dont clients e-shop", "96", "", "au moins une commande en 2024–2025"],
        ["Dont visiteurs de la ferme", "74", "", "QR code au comptoir"],
        ["Entretiens CHR", "9", "nov. 2025 – janv. 2026", "5 crêperies/bars Paris, 4 bistrots côte fleurie"],
    ], [4.6, 2.6, 3.6, 5.4], "Échantillon des études insights")
    w.h3("Persona 1 — « Néo-amateurs urbains 28–40 »")
    w.p("Ils ont découvert le cidre brut en crêperie ou chez un caviste, ils boivent moins mais mieux, et ils achètent en ligne sans problème. Ils représentent **44 %** des répondants. Leur *insight* central : « je veux comprendre ce que je bois ». Leur premier *pain point* : le prix du transport pour trois bouteilles.")
    w.table([
        ["Insights (motivations)", "%", "Pain points (freins)", "%"],
        ["Découvrir un produit artisanal, d'un verger précis", "71 %", "Frais de port jugés trop élevés sous 60 €", "64 %"],
        ["Offrir un produit « qui a une histoire »", "58 %", "Peur de la casse / du transport du verre", "37 %"],
        ["Accorder cidre et cuisine (galette, fromage)", "52 %", "Ne savent pas choisir entre brut, demi-sec, bouché", "41 %"],
        ["Soutenir un producteur indépendant", "49 %", "Site peu clair sur la différence AOP / non AOP", "29 %"],
    ], [5.8, 1.5, 7.4, 1.5], "Insights et pain points — néo-amateurs urbains (n = 93)")
    w.h3("Persona 2 — « Touristes Route du Cidre »")
    w.p("Ils passent à la ferme entre Pâques et la Toussaint, font la visite de Sophie, goûtent et repartent avec un carton. **31 %** des répondants. Ce sont des acheteurs d'impulsion à la boutique, qui pourraient devenir des acheteurs en ligne une fois rentrés à Lille, Lyon ou Paris… à condition qu'on garde le contact.")
    w.table([
        ["Insights (motivations)", "%", "Pain points (freins)", "%"],
        ["Retrouver chez soi le goût de la visite", "66 %", "Coffre plein, ne peuvent pas tout emporter", "48 %"],
        ["Acheter directement au producteur", "62 %", "Oublient le nom de la ferme une fois rentrés", "35 %"],
        ["Rapporter un cadeau local", "54 %", "Ne savent pas qu'un e-shop existe", "57 %"],
        ["Vivre le pressoir, le chai, les fûts", "47 %", "Horaires de visite mal connus", "22 %"],
    ], [5.8, 1.5, 7.4, 1.5], "Insights et pain points — touristes Route du Cidre (n = 66)")
    w.p("Le chiffre qui m'a le plus frappée : **57 %** des touristes interrogés ignoraient que nous vendions en ligne. C'est un *quick win* évident : la carte de visite glissée dans chaque carton et le QR code au comptoir.")
    w.h3("Persona 3 — « Patrons de bistrot & crêperies »")
    w.p("C'est le persona qui pèse le plus en CA. Les 9 entretiens montrent des patrons pressés, qui raisonnent en **prix à la bolée** et en rotation, et pour qui le cidre est un produit de différenciation sur la carte. Les pourcentages ci-dessous portent sur les 9 entretiens, complétés par les 53 réponses « professionnel » du questionnaire (soit 62 pros au total).")
    w.table([
        ["Insights (motivations)", "%", "Pain points (freins)", "%"],
        ["Avoir un cidre AOP « de producteur » à la carte", "77 %", "Rupture de fûts en pleine saison", "52 %"],
        ["Une marge confortable à la bolée", "69 %", "Minimum de commande et franco jugés hauts à Paris", "45 %"],
        ["Une histoire à raconter au client (le verger, Bernard)", "61 %", "Passer commande à des horaires impossibles (23 h)", "39 %"],
        ["Matériel fourni : pompe, ardoise, verres", "56 %", "Pas de visite commerciale régulière hors Normandie", "34 %"],
    ], [5.8, 1.5, 7.4, 1.5], "Insights et pain points — patrons de bistrot & crêperies (n = 62)")

    w.h2("1.3 Competitive mapping")
    w.p("J'ai comparé Maison Hurel à quatre concurrents très différents, volontairement : une ferme voisine sans e-shop, une grande maison familiale présente sur Amazon, une *start-up* de cidre en canette et une marque de supermarché. Dix critères, notés à partir de leurs sites, de leurs réseaux et de visites (avec mon carnet) en novembre 2025.")
    w.table([
        ["Critère", "Maison Hurel", "Ferme du Douet-Fleuri", "Cidrerie Vauquelin & Fils", "Normandie Craft Cider Co.", "Bolée d'Or"],
        ["Positionnement", "producteur AOP, verger haute-tige", "ferme artisanale", "grande maison familiale", "start-up urbaine", "marque de supermarché"],
        ["Gamme", "cidre, poiré, pommeau, calvados", "cidre, pommeau", "40 références", "3 cidres aromatisés", "brut, doux, rosé"],
        ["Prix brut 75 cl", "6,90 €", "5,50 €", "7,40 €", "4,90 € (canette 33 cl)", "2,95 €"],
        ["E-shop", "oui, WooCommerce", "non", "oui + Amazon", "oui, Shopify", "non (drive GMS)"],
        ["Offre CHR / fût", "fût 20 L, pompe prêtée", "non", "fût 30 L, pompe payante", "canettes, pas de fût", "non"],
        ["Appellation", "AOP / AOC", "AOP cidre", "AOP partielle", "aucune", "IGP cidre de Normandie"],
        ["Instagram", "3 900 abonnés", "600", "14 200", "22 000", "—"],
        ["Marketplaces", "non", "non", "Amazon, Cdiscount", "non", "—"],
        ["Livraison", "Colissimo 48 h, palette CHR", "retrait ferme", "48 h, gratuite dès 90 €", "24 h Paris", "GMS"],
        ["Visites / histoire", "visite du verger + chai", "visite gratuite", "musée du cidre", "aucune", "aucune"],
    ], [2.6, 2.7, 2.6, 2.8, 2.8, 2.7], "Competitive mapping — 4 concurrents × 10 critères (novembre 2025)", size=7.5, first_bold=True)
    w.p("Pour lire le marché d'un coup d'œil, j'ai ensuite placé chacun sur deux axes : le prix au litre et le niveau de premiumisation (appellation, mode d'élaboration, histoire).")
    w.table([
        ["", "Premiumisation faible", "Premiumisation forte"],
        ["Prix élevé (> 9 €/L)", "Normandie Craft Cider Co. (14,80 €/L en canette)", "Maison Hurel (Hauts-Prés 13,07 €/L)\nCidrerie Vauquelin & Fils (9,87 €/L)"],
        ["Prix moyen (6–9 €/L)", "—", "Ferme du Douet-Fleuri (7,33 €/L)\nMaison Hurel Brut (9,20 €/L)"],
        ["Prix bas (< 6 €/L)", "Bolée d'Or (3,93 €/L)", "—"],
    ], [3.6, 6.0, 6.6], "Mapping prix / premiumisation", size=8.5, first_bold=True)
    w.p("*So what ?* Trois enseignements. **Un** : personne ne fait sérieusement le fût pour les bistrots parisiens avec une vraie histoire de producteur — Vauquelin a le fût mais le facture avec sa pompe, la *start-up* n'a que des canettes. C'est notre *white space*. **Deux** : Vauquelin nous écrase en visibilité (Amazon, 14 200 abonnés), donc nous ne gagnerons pas sur le volume B2C national ; nous devons gagner sur la preuve d'origine et la relation. **Trois** : Normandie Craft Cider Co. éduque les néo-amateurs parisiens au cidre — c'est autant un concurrent qu'un allié objectif, qui fait grandir la catégorie chez nos *core targets*.")

    w.h2("1.4 Customer journey du patron de bistrot")
    w.box("Le consumer decision journey (McKinsey)", [
        "Modèle proposé en 2009 par des consultants de McKinsey pour remplacer l'entonnoir linéaire. Le consommateur part d'un ensemble initial de marques qu'il a en tête, puis l'évaluation active élargit ou réduit cet ensemble au fil des sources consultées. Vient ensuite le moment de l'achat, puis l'expérience post-achat qui nourrit une boucle de fidélité : soit le client rachète sans réévaluer, soit il revient à la phase d'évaluation.",
        "Ce qui change par rapport à l'entonnoir classique : les marques peuvent entrer dans la réflexion en cours de route, et l'expérience après l'achat pèse autant que la notoriété initiale.",
    ], fill="EDEDED", italic=True)
    w.p("J'ai appliqué cette logique de boucle à notre persona le plus rentable, le patron de bistrot ou de crêperie. J'ai reconstitué son parcours à partir des 9 entretiens et des 148 commandes pro passées sur le portail B2BKing entre septembre et décembre 2025.")
    w.table([
        ["Étape", "Ce qui se passe chez lui", "Touchpoints Maison Hurel", "Chiffres clés", "Ce qu'on améliore"],
        ["1. Déclic", "Changement de carte (mars et septembre), un cidre qui ne tourne pas, un client qui réclame du « vrai » cidre", "bouche-à-oreille entre patrons, visite de Kévin", "7 patrons sur 9 changent leur carte cidre en mars", "calendrier de visites calé sur mars"],
        ["2. Recherche", "Demande à son fournisseur, regarde Instagram, reçoit un catalogue", "visite de Kévin, catalogue PDF CHR, Instagram", "62 % des nouveaux comptes 2025 après une visite", "catalogue CHR refait, posts LinkedIn"],
        ["3. Évaluation", "Calcule le prix à la bolée, vérifie l'AOP, s'inquiète de la dispo des fûts", "fiche fût sur le portail, échantillon", "fût 20 L = 80 bolées de 25 cl, soit 0,98 € HT la bolée pour un prix de vente de 4 à 5,50 €", "simulateur de marge sur le portail"],
        ["4. Commande", "Portail B2BKing ou téléphone (Alice, Kévin)", "portail pro, téléphone, live chat", "58 % des commandes pro via portail, 42 % par téléphone ; minimum 120 € HT", "commande en 3 clics depuis le mobile"],
        ["5. Livraison & vie à la carte", "Réception, mise en perce, « cidre du moment » écrit sur l'ardoise, réassort", "transporteur palette (Paris), Kévin (côte), kit ardoise", "délai moyen 3,2 jours ; 71 % de réassort à 60 jours", "rappel de réassort automatique Brevo"],
    ], [2.2, 3.8, 3.4, 3.6, 3.2], "Customer journey du persona « Patrons de bistrot & crêperies »", size=7.5, first_bold=True)
    w.p("Le moment de vérité est clairement l'étape 3 : tant que le patron n'a pas fait son calcul de marge à la bolée, il ne commande pas. Et l'étape 5 est la clé de la boucle : quand notre cidre est inscrit sur l'ardoise du jour comme « cidre du moment », il se vend deux fois plus vite et le réassort part tout seul. C'est là que le kit ardoise (craie, pochoir Maison Hurel, sous-bocks) prend tout son sens.")

    w.h2("1.5 Matrice TOWS")
    w.p("Plutôt qu'un simple tableau à quatre cases, j'ai utilisé une **matrice TOWS** : on pose d'abord forces, faiblesses, opportunités et menaces, puis on les croise pour en tirer des décisions. C'est ce format que j'ai présenté à Claire en décembre.")
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = [[("Strengths (forces)", ["28 ha haute-tige, triple appellation AOP/AOC", "Bernard, visage crédible et reconnu", "Fût 20 L + pompe prêtée : offre CHR unique", "64 comptes parisiens déjà fidèles"]),
              ("Weaknesses (faiblesses)", ["34 % du CA en ligne en décembre", "Instagram modeste (3 900 abonnés)", "Un seul commercial CHR, 2 jours à Paris par quinzaine", "Frais de port élevés sous 60 €"])],
             [("Opportunities (opportunités)", ["Retour du cidre dans les bistrots parisiens", "Néo-amateurs éduqués par les cidres craft", "Tourisme Route du Cidre en hausse", "Alliances AOP avec les fromagers voisins"]),
              ("Threats (menaces)", ["Loi Évin : publicité très encadrée", "Vauquelin & Fils très visible (Amazon)", "Météo et récolte : alternance des pommiers", "Hausse du coût du verre et du transport"])]]
    for i in range(2):
        for j in range(2):
            name, lines = cells[i][j]
            c = t.cell(i, j)
            c.width = Cm(8.1)
            shade(c, ZEBRA if (i + j) % 2 == 0 else "FFFFFF")
            c.text = ""
            r = c.paragraphs[0].add_run(name)
            r.bold = True
            r.font.size = Pt(9.5)
            r.font.color.rgb = DARK
            for line in lines:
                q = c.add_paragraph()
                q.paragraph_format.space_after = Pt(0)
                rr = q.add_run("– " + line)
                rr.font.size = Pt(9)
    w.caption("Matrice TOWS — les quatre quadrants")
    w.table([
        ["Croisement", "Lecture", "Décision", "Priorité"],
        ["SO (forces × opportunités)", "Le fût + l'histoire de Bernard répondent au retour du cidre dans les bistrots parisiens", "Campagne CHR « Saison des Bolées » au moment des changements de carte", "1"],
        ["ST (forces × menaces)", "La loi Évin interdit le lifestyle, mais autorise l'origine et le savoir-faire : c'est notre force", "Contenus « verger et pressoir » avec Bernard, jamais de scènes de consommation", "2"],
        ["WO (faiblesses × opportunités)", "Le site dort hors décembre alors que les touristes et néo-amateurs sont là au printemps et en été", "Collecte d'e-mails à la ferme + offre d'été sur le e-shop", "2"],
        ["WT (faiblesses × menaces)", "Un seul commercial face à un concurrent très visible", "Portail pro et live chat pour soulager Kévin ; pas de bataille frontale sur Amazon", "3"],
    ], [3.4, 5.4, 5.6, 1.8], "Matrice TOWS — croisements et décisions", first_bold=True)

    w.kicker("Strategy")
    w.h2("1.6 North star & targets 2026")
    w.p("Notre *north star* tient en une phrase : **faire de Maison Hurel le cidre de producteur qu'on trouve sur l'ardoise des bistrots, et dans les placards toute l'année**. Je l'ai déclinée en quatre *targets* chiffrées, validées avec Claire le 9 janvier 2026.")
    w.table([
        ["Target 2026", "Point de départ (2025)", "Cible fin 2026", "Indicateur / outil"],
        ["CA en ligne (e-shop B2C)", "268 k€", "340 k€ (+27 %)", "WooCommerce + GA4"],
        ["Comptes CHR actifs hors Normandie", "64", "110", "B2BKing (comptes ayant commandé sur 6 mois)"],
        ["Base newsletter B2C", "5 200 contacts", "8 000 contacts", "Brevo"],
        ["Part du CA en ligne hors décembre", "66 %", "72 %", "WooCommerce, export mensuel"],
    ], [4.6, 3.6, 3.2, 4.8], "North star & targets 2026")
    w.p("Pourquoi ces quatre-là ? Parce qu'ils attaquent directement les deux faiblesses de la TOWS : la dépendance à décembre et la présence CHR limitée à la côte et à quelques adresses parisiennes. La base newsletter est un indicateur avancé : c'est elle qui nous permettra de vendre en avril, en juin ou en septembre.")

    w.h2("1.7 Core targets / personas prioritaires")
    w.p("Nous ne pouvons pas tout faire avec un budget de 41 500 € et une seule alternante. J'ai donc hiérarchisé les trois personas et réparti le budget en conséquence.")
    w.table([
        ["Rang", "Core target", "Pourquoi", "Part du budget"],
        ["1", "Patrons de bistrot & crêperies à Paris", "31 % du CA, panier de 420 € HT, réassort à 71 % ; offre fût sans équivalent ; objectif 110 comptes", "45 %"],
        ["2", "Néo-amateurs urbains 28–40", "cœur du e-shop hors décembre, sensibles à l'histoire du verger et aux accords", "35 %"],
        ["3", "Touristes Route du Cidre", "déjà convaincus à la ferme : il suffit de capter leur e-mail et de leur rappeler le site", "20 %"],
    ], [1.3, 4.3, 8.2, 2.4], "Priorisation des core targets")

    w.h2("1.8 Activation mix")
    w.p("Six leviers composent notre *activation mix* 2026. Chacun répond à au moins une *target* et à un *persona*.")
    w.table([
        ["Levier", "Ce qu'on fait", "Persona visé", "Target servie", "Démarrage"],
        ["SEO & contenus", "12 articles (accords cidre-fromage, verger, pressurage), refonte des fiches produits", "néo-amateurs", "CA en ligne hors décembre", "janvier 2026"],
        ["Google Ads (Search + Shopping)", "requêtes « cidre AOP Pays d'Auge », « coffret calvados », « fût cidre restaurant »", "néo-amateurs, CHR", "CA en ligne", "janvier 2026"],
        ["Instagram & Meta Ads", "Reels « 1 verger, 1 minute », UGC #MaBolée, ciblage Paris 25–45 ans", "néo-amateurs, touristes", "newsletter, CA en ligne", "janvier 2026"],
        ["Emailing Brevo", "newsletter B2C mensuelle, emailing CHR bimensuel, relance de réassort", "tous", "newsletter, comptes CHR", "janvier 2026"],
        ["LinkedIn CHR", "posts de Claire, sponsorisé ciblé restaurateurs Île-de-France", "patrons CHR", "comptes CHR hors Normandie", "janvier 2026"],
        ["Co-branding / alliances", "coffret cidre + Pont-l'Évêque, cavistes parisiens, gîtes", "touristes, néo-amateurs", "CA en ligne, notoriété", "janvier 2026"],
    ], [3.0, 5.4, 2.6, 3.0, 2.2], "Activation mix 2026 — les 6 leviers")
    w.p("Tous les leviers démarrent en janvier : c'est le moment où l'équipe est disponible, après le rush de Noël et avant les changements de carte de mars. Google Ads a déjà un compte actif depuis 2023, Brevo tourne depuis 2021, Instagram aussi : il s'agit surtout de remettre chaque levier à niveau en même temps.")

    w.h2("1.9 Roadmap 2026")
    w.p("La *roadmap* suit le calendrier de la maison, pas l'inverse. Une cidrerie a ses saisons, et chaque mois impose ses contraintes : pendant le pressurage, personne n'a le temps d'un tournage ; en décembre, Alice expédie jusqu'à 90 colis par jour. J'ai donc commencé par la lecture de l'activité, mois par mois.")
    w.table([
        ["Période", "Activité de la maison", "Conséquence pour la roadmap"],
        ["Janvier – février", "taille des pommiers, chai calme, inventaire", "on produit les contenus et le kit CHR pendant que tout le monde est disponible"],
        ["Mars – avril", "les bistrots changent leur carte de printemps, premières terrasses", "« Saison des Bolées » : tournée de Kévin, emailing et LinkedIn CHR"],
        ["Mai – juin", "terrasses, Fête du cidre de Cambremer (Ascension, 14–17 mai), floraison", "relance CHR « terrasses », collecte d'e-mails au stand de Cambremer"],
        ["Juillet – août", "pic de touristes, 11 400 visiteurs à la ferme, boutique à plein", "QR code newsletter, offre « retour de vacances » en ligne fin août"],
        ["Septembre", "deuxième changement de carte CHR, rentrée", "lancement du Cidre Club, relance CHR de rentrée"],
        ["Octobre – novembre", "ramassage et pressurage, 6 saisonniers, équipe débordée", "pas de nouveau projet ; uniquement les campagnes programmées"],
        ["Décembre", "pic de Noël, 34 % du CA en ligne, coffrets", "Google Shopping et emailing coffrets ; logistique Colissimo renforcée"],
    ], [3.0, 6.2, 7.0], "Lecture de l'activité et fenêtres marketing")
    w.p("À partir de là, j'ai construit le Gantt opérationnel. Chaque ligne a un responsable, une charge estimée en jours et ses dépendances ; les jours ont été validés avec chaque personne concernée (Julien a par exemple refusé toute journée de tournage après le 25 septembre).")
    months = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"]
    gantt = [
        ("T1 Audit SEO & plan éditorial", "Léna", "6", "—", "110000000000"),
        ("T2 Rédaction 12 articles + fiches", "Léna + freelance", "18", "T1", "011111100110"),
        ("T3 Google Ads Search / Shopping", "Léna", "10", "flux produits", "111111111111"),
        ("T4 Kit CHR « Saison des Bolées »", "Léna, Julien", "8", "—", "110000000000"),
        ("T5 Tournée CHR Paris + côte", "Kévin", "24", "T4", "001100000000"),
        ("T6 LinkedIn CHR (posts + sponsorisé)", "Léna, Claire", "9", "T4", "111111001000"),
        ("T7 Reels « 1 verger, 1 minute »", "Léna, Bernard", "12", "—", "111111111001"),
        ("T8 Emailing B2C + CHR", "Léna", "14", "—", "111111111111"),
        ("T9 Stand Fête du cidre Cambremer", "Sophie", "5", "T8 (QR)", "000010000000"),
        ("T10 Relance CHR « terrasses »", "Kévin", "6", "T5", "000011000000"),
        ("T11 Lancement Cidre Club", "Léna, Alice", "8", "T8", "000000011000"),
        ("T12 Coffret cidre + Pont-l'Évêque", "Claire, fromagerie", "6", "validation image", "100000001111"),
        ("T13 Préparation Noël (coffrets, Colissimo)", "Alice", "15", "T12", "000000000111"),
        ("T14 Bilan pre/post Saison des Bolées", "Léna", "3", "T5", "000010000000"),
    ]
    rows = [["Tâche", "Owner", "Jours", "Dépend de"] + months]
    for name, own, days, dep, pat in gantt:
        rows.append([name, own, days, dep] + ["■" if ch == "1" else "" for ch in pat])
    widths = [4.4, 2.2, 1.0, 1.8] + [0.57] * 12
    w.table(rows, widths, "Roadmap 2026 — Gantt opérationnel (charge totale : 144 jours)", size=7)
    w.p("La charge totale est de **144 jours**, dont **87** pour moi, ce qui colle à mon rythme d'alternance (3 jours par semaine en entreprise, soit environ 130 jours sur l'année). Le point de tension est mars : T5, T6, T7 et T8 tournent en même temps. C'est pour cela que le kit CHR (T4) doit impérativement être bouclé fin février — si l'imprimeur glisse d'une semaine, c'est toute la tournée de Kévin qui décale.")

    w.h2("1.10 Co-branding / alliances")
    w.p("Nos *alliances* doivent faire deux choses : nous ouvrir des clients qui nous ressemblent, et ne jamais abîmer l'image d'une maison AOP familiale. J'ai d'abord listé les secteurs qui ont un intérêt commercial pour nous.")
    w.table([
        ["Secteur", "Intérêt commercial", "Exemples repérés"],
        ["Fromagers AOP (Pont-l'Évêque, Livarot, Camembert)", "accord naturel, même client gourmet, même logique d'appellation", "Fromagerie de la Touques (Pont-l'Évêque AOP), Laiterie Saint-Loup"],
        ["Crêperies parisiennes", "le cidre est leur boisson n° 1 ; relais de notre histoire à table", "Les Galettes de Jeanne (6 adresses), Ty Breizh Montparnasse"],
        ["Gîtes & chambres d'hôtes du Pays d'Auge", "touristes sur place, panier d'accueil, achat de retour", "réseau « Les Clés du Pays d'Auge » (41 gîtes)"],
        ["Cavistes parisiens", "néo-amateurs conseillés, vitrine urbaine", "La Cave d'Édouard (11e), Le Comptoir des Pommes (17e)"],
        ["Livraison / applis apéritif", "volume potentiel à Paris", "ApéroFlash (livraison de nuit)"],
    ], [4.6, 6.0, 5.6], "Secteurs d'intérêt pour les alliances")
    w.p("Ensuite, chaque partenaire potentiel est passé dans une grille à trois filtres : la clientèle commune, la compatibilité des modes de consommation, et l'image.")
    w.table([
        ["Partenaire", "Clientèle commune", "Consommation compatible", "Image", "Décision"],
        ["Fromagerie de la Touques", "gourmets 30–60 ans, touristes", "oui : box « cidre + Pont-l'Évêque », apéritif à table", "AOP, familiale : renforce", "Go — coffret Noël 2026"],
        ["Les Galettes de Jeanne", "néo-amateurs parisiens", "oui : bolée avec la galette", "crêperie artisanale : renforce", "Go — cidre du moment au printemps"],
        ["Les Clés du Pays d'Auge", "touristes Route du Cidre", "oui : panier d'accueil, dégustation", "terroir : renforce", "Go — présentoir + QR code"],
        ["La Cave d'Édouard / Le Comptoir des Pommes", "néo-amateurs, CSP+", "oui : conseil, dégustation du samedi", "caviste indépendant : renforce", "Go — dégustations"],
        ["ApéroFlash", "25–35 ans urbains", "non : livraison de nuit, consommation festive immédiate", "promos « happy hour », image de fête : contraire à notre positionnement et délicat au regard de la loi Évin", "Refusé"],
    ], [3.4, 2.9, 3.6, 4.0, 2.3], "Grille de sélection des alliances", size=8)
    w.p("Le refus d'ApéroFlash a fait débat : leur commercial nous promettait 300 bouteilles par mois. Mais leurs visuels mettent en scène des soirées, leur argument principal est la livraison après 22 h et leurs codes promo poussent à la quantité. Pour une maison qui vend l'origine, la patience du chai et la dégustation, l'image ne colle pas. Claire a tranché en cinq minutes.")

    w.h2("1.11 P&L marketing 2026")
    w.p("Le *P&L marketing* reprend chaque levier de l'*activation mix* avec ses postes de dépense et les recettes que nous en attendons. Les recettes sont du CA additionnel attribué au levier (GA4 en dernier clic non direct pour le B2C, source de création de compte dans B2BKing pour le CHR).")
    w.table([
        ["Levier", "Postes de dépense", "Dépense", "Postes de recette", "Recette attendue"],
        ["SEO & contenus", "rédactrice freelance 2 400 € ; photos verger 1 200 € ; Yoast Premium 100 € ; shooting fiches 2 500 €", "6 200 €", "CA organique additionnel (articles, fiches)", "28 000 €"],
        ["Google Ads", "Search 5 400 € ; Shopping 3 600 € ; flux produits 600 €", "9 600 €", "ventes e-shop attribuées, comptes pros via « fût cidre restaurant »", "41 000 €"],
        ["Instagram & Meta Ads", "Meta Ads 4 800 € ; tournage Reels 1 800 € ; Canva Pro 300 € ; lots #MaBolée 900 €", "7 800 €", "ventes e-shop (code INSTABOLEE), inscriptions newsletter", "24 000 €"],
        ["Emailing Brevo", "abonnement Business 1 100 € ; templates 600 € ; jeu-concours collecte 1 700 €", "3 400 €", "ventes B2C newsletter 29 000 € ; réassorts CHR 18 000 €", "47 000 €"],
        ["LinkedIn CHR", "sponsorisé 3 600 € ; visuels 600 € ; Sales Navigator 1 000 €", "5 200 €", "CA des nouveaux comptes CHR", "21 000 €"],
        ["Co-branding / alliances", "coffret cidre + Pont-l'Évêque 4 200 € ; présentoirs gîtes 1 600 € ; dégustations cavistes 2 500 € ; commissions 1 000 €", "9 300 €", "ventes coffret, réassorts cavistes, ventes gîtes", "13 300 €"],
        ["Total dépenses", "", "41 500 €", "", ""],
    ], [2.8, 5.4, 1.8, 4.2, 2.0], "P&L marketing 2026 — dépenses et recettes par levier", size=8, first_bold=True)
    w.p("Avec ces hypothèses, le *growth plan* vise un **ROI ×4,2** sur l'année, ce qui place chaque euro investi bien au-dessus de ce que Claire dépensait jusqu'ici en salons. Le suivi du réalisé se fera ligne à ligne : le budget réel sera connu à la clôture de juillet.")
    w.takeaways([
        "Deux marchés, un même ADN : le CHR pèse deux fois le e-shop, et le fût 20 L avec pompe prêtée est notre *white space* face aux concurrents.",
        "Le patron de bistrot décide sur le **prix à la bolée** et revient quand le cidre est sur l'ardoise : tout le *customer journey* se joue à ces deux moments.",
        "Quatre *targets* chiffrées, un *activation mix* de 6 leviers, une *roadmap* calée sur le pressurage et les changements de carte, un *P&L* de 41 500 €.",
    ])

    # ================================================================== PARTIE 2
    w.h1("PARTIE 2 — ACTIVER ET CONVERTIR", "Activation")
    w.h2("2.1 Bilan de la campagne 2025")
    w.p("Avant d'activer quoi que ce soit, un retour sur la campagne 2025 — au sens cidricole du terme : la récolte et le pressurage d'octobre–novembre, qui conditionnent tout ce que nous aurons à vendre en 2026. Julien m'a ouvert ses registres de chai.")
    w.table([
        ["Indicateur", "Campagne 2024", "Campagne 2025", "Évolution"],
        ["Pommes ramassées", "368 t", "412 t", "+12 %"],
        ["Rendement moyen", "13,1 t/ha", "14,7 t/ha", "+1,6 t/ha"],
        ["Volume pressé (moût)", "2 540 hl", "2 860 hl", "+13 %"],
        ["Densité moyenne des moûts", "1 061", "1 058", "-3 points"],
        ["Poires (poiré fermier)", "34 t", "22 t", "-35 % (gel d'avril)"],
        ["Jours de pressurage", "31", "36", "+5"],
        ["Volume mis en fût de chêne (calvados)", "190 hl", "214 hl", "+13 %"],
    ], [5.6, 3.4, 3.4, 3.8], "Bilan de la campagne 2025 — récolte et pressurage (registre de chai)")
    w.p("Le bilan est bon en volume, un peu moins en sucre : la densité des moûts à 1 058 donnera des bruts légèrement plus secs. Le vrai point noir est le poiré : avec 22 t de poires, Julien prévoit 30 % de bouteilles en moins. C'est pour cela que le poiré n'apparaît dans aucune mise en avant de 2026.")

    w.h2("2.2 « Saison des Bolées » : le campaign brief")
    w.p("« Saison des Bolées », c'est la déclinaison directe du projet de Claire : **sortir le CHR de Normandie**. Elle veut que dans trois ans, un tiers des comptes pros soient à Paris, Lille ou Rennes. La campagne a tourné du **2 mars au 30 avril 2026**, pile au moment des changements de carte, avec deux piliers : un **kit CHR** (ardoise « cidre du moment », pochoir, 200 sous-bocks, fiche de marge à la bolée) offert avec le premier fût, et le lancement d'une nouvelle cuvée de printemps, la « Bolée des Hauts-Prés », tirée en fût exclusivement pour les pros.")
    w.p("Les canaux retenus : les **visites de Kévin** (deux tournées parisiennes de 5 jours), **LinkedIn** (posts de Claire + sponsorisé), un **emailing CHR** en trois vagues, **Instagram** pour la preuve sociale, et **Google Ads** sur les requêtes pros.")
    w.table([
        ["Objectif", "Cible", "Canal", "Message", "KPI"],
        ["Ouvrir des comptes CHR hors Normandie", "crêperies et bars parisiens non clients", "visites de Kévin + échantillon", "« Un cidre de producteur AOP, à 0,98 € HT la bolée, pompe prêtée »", "nouveaux comptes (cible 20)"],
        ["Faire connaître l'offre fût", "restaurateurs Île-de-France", "LinkedIn sponsorisé", "« 28 ha de haute-tige, un fût de 20 L, une pompe prêtée : notre cidre AOP à votre pression »", "clics portail, demandes d'échantillon"],
        ["Réactiver les comptes dormants", "CHR sans commande depuis 6 mois", "emailing CHR (3 vagues)", "« La Bolée des Hauts-Prés arrive en fût, pour le printemps uniquement »", "commandes de réactivation"],
        ["Prouver que ça marche", "néo-amateurs et pros", "Instagram (reposts CHR)", "« Où trouver une bolée Maison Hurel ? » — carte des bistrots partenaires", "portée, visites de la carte"],
        ["Capter la demande active", "pros qui cherchent un fournisseur", "Google Ads Search", "« Fût de cidre AOP pour restaurant — livraison Paris »", "comptes ouverts via Ads"],
    ], [3.2, 3.0, 2.8, 5.0, 2.2], "Campaign brief « Saison des Bolées » : objectif × cible × canal × message")
    w.p("Tous les messages respectent la loi Évin : ils parlent d'origine, d'appellation, de mode de service et de prix pro, jamais d'ambiance. Exemple de post LinkedIn validé : « Cidre Pays d'Auge AOP, pommes de nos 28 ha de vergers haute-tige, pressées à Saint-Ouen-le-Pin. Disponible en fût de 20 L pour les professionnels. L'abus d'alcool est dangereux pour la santé, à consommer avec modération. »")

    w.h2("2.3 Pre/post : ce que la Saison des Bolées a changé")
    w.p("J'ai comparé mars–avril 2026 à mars–avril 2025, à périmètre identique (mêmes prix, même portail), puis je l'ai présenté à Claire le 12 mai sous forme d'une page.")
    w.table([
        ["Indicateur", "Mars–avril 2025", "Mars–avril 2026", "Écart"],
        ["Commandes CHR (portail + téléphone)", "182", "251", "+38 %"],
        ["Nouveaux comptes CHR hors Normandie", "5", "21", "+16"],
        ["Fûts Bolée 20 L vendus", "96", "148", "+54 %"],
        ["CA CHR de la période", "71,2 k€", "94,6 k€", "+33 %"],
        ["CA e-shop B2C de la période", "31,4 k€", "36,2 k€", "+15 %"],
        ["Commandes e-shop B2C", "402", "446", "+11 %"],
        ["Sessions du site", "13 900", "17 600", "+27 %"],
    ], [6.0, 3.3, 3.3, 3.6], "Pre/post Saison des Bolées (sources : B2BKing, WooCommerce, GA4)")
    w.p("Ma lecture critique pour Claire, en quatre points. **1. Le résultat CHR est solide** : 21 nouveaux comptes pour une cible de 20, et +54 % de fûts. 14 des 21 nouveaux comptes ont reçu une visite de Kévin : c'est la visite qui signe, le digital prépare. **2. Le B2C progresse moins qu'il n'y paraît** : +15 % de CA, mais Pâques tombait le 20 avril en 2025 et le 5 avril en 2026. En 2025, les touristes de Pâques étaient dans la période ; en 2026, une partie des achats de Pâques a glissé sur fin mars. Il faut donc lire ce +15 % avec prudence. **3. La météo a joué contre nous** : avril 2026 a compté 19 jours de pluie à Caen-Carpiquet, les terrasses ont ouvert tard et plusieurs bistrots de la côte ont reporté leur premier fût en mai. **4. Le trafic progresse plus vite que les commandes** : une partie des sessions supplémentaires vient de LinkedIn et de Google Ads pros, des visiteurs qui ne commandent pas sur le e-shop B2C. Ma recommandation : reconduire la campagne en mars 2027, mais mesurer le CHR et le B2C séparément dès le départ.")

    w.h2("2.4 Relais & influence")
    w.p("Pour porter la Saison des Bolées et le site au-delà de nos propres comptes, j'ai sélectionné sept relais. Chacun a été choisi parce que son audience recoupe un de nos *personas*.")
    w.table([
        ["Relais", "Type", "Audience", "Pourquoi lui"],
        ["La Cave d'Édouard (Paris 11e)", "caviste", "néo-amateurs du 11e, 2 000 clients fichés", "conseille le cidre comme un vin ; dégustation un samedi par mois"],
        ["Le Comptoir des Pommes (Paris 17e)", "caviste spécialisé cidre", "amateurs éclairés, CHR du quartier", "prescripteur auprès des bistrots voisins"],
        ["Pauline, blog « Le Goût du Nord-Ouest »", "blogueuse food", "18 000 visites/mois, recettes normandes", "accords cidre-cuisine : exactement l'insight des néo-amateurs"],
        ["Mathis, « Bistrots & Bolées » (blog + Instagram)", "blogueur food", "9 400 abonnés, restaurateurs et curieux", "parle aux patrons ET aux clients des crêperies"],
        ["Guide « Bistrots de France »", "guide professionnel", "4 500 restaurateurs abonnés", "référence des patrons pour leurs fournisseurs"],
        ["Office de tourisme du Pays d'Auge", "réseau local", "touristes Route du Cidre", "brochure + site, relais des visites de Sophie"],
        ["L'Écho du Pays d'Auge", "presse régionale", "lecteurs locaux, CHR de la côte", "article sur la nouvelle cuvée et la Saison des Bolées"],
    ], [4.4, 2.6, 4.2, 5.0], "Relais retenus et argumentaire")
    w.p("Pour les deux blogueurs, chaque lien portait un paramètre UTM dédié (utm_source=goutnordouest et utm_source=bistrotsbolees) et un code de réduction personnel. Voici ce que GA4 et WooCommerce ont remonté du 2 mars au 31 mai 2026 :")
    w.table([
        ["Relais", "Sessions", "Commandes", "CA TTC", "Taux de conversion"],
        ["Le Goût du Nord-Ouest (Pauline)", "204", "13", "1 092 €", "6,4 %"],
        ["Bistrots & Bolées (Mathis)", "108", "6", "548 €", "5,6 %"],
        ["Total blogueurs", "312", "19", "1 640 €", "6,1 %"],
    ], [5.6, 2.4, 2.4, 2.6, 3.2], "Résultats UTM des blogueurs (GA4 + codes promo)")
    w.p("Les deux blogueurs convertissent **quatre fois mieux** que la moyenne du site : leur audience arrive déjà convaincue par la recette ou le bistrot présenté.")

    w.h2("2.5 Merchandising du site")
    w.h3("2.5.1 Démo back-office WooCommerce")
    w.p("(captures présentées à l'oral)")
    w.h3("2.5.2 Les emplacements qui vendent")
    w.p("J'ai listé les endroits du site où une mise en avant a le plus d'impact pour notre activité, en m'appuyant sur les cartes de clics et les taux de sortie GA4 de janvier–février 2026.")
    w.table([
        ["Emplacement", "Ce qu'on y met", "Pourquoi là"],
        ["Home — bandeau hero", "la cuvée ou l'offre du moment (Bolée des Hauts-Prés en mars, coffrets en décembre)", "62 % des sessions passent par la home ; c'est notre vitrine"],
        ["Bloc « Cuvée du mois » (home + catégories)", "une bouteille avec son verger, son accord et son prix", "répond à l'insight « je veux comprendre ce que je bois »"],
        ["Panier — cross-sell", "coffret ou pommeau à partir de 45 € de panier", "pousse le panier vers le seuil de 60 € où les frais de port baissent"],
        ["Page d'accueil du portail CHR", "fût du moment, kit ardoise, réassort en un clic", "les pros viennent pour recommander vite : on leur met l'essentiel devant"],
        ["Fiches produits — bloc « ils aiment aussi »", "produits complémentaires (brut → bouché → pommeau)", "36 % des visiteurs de fiches en consultent une deuxième"],
        ["Page « Nos vergers »", "Cuvée des Hauts-Prés (monoparcellaire)", "les lecteurs de l'histoire sont les plus réceptifs au premium"],
    ], [4.2, 6.0, 6.0], "Emplacements de mise en avant retenus")

    w.h2("2.6 Social media & communauté")
    w.p("Le *brief* social de la Saison des Bolées prévoyait trois formats : les Reels « 1 verger, 1 minute » avec Bernard, l'UGC autour du hashtag #MaBolée, et les reposts de nos clients CHR. J'ai tenu un tableau de suivi hebdomadaire ; voici l'exécution par rapport au plan, de janvier à mai 2026.")
    w.table([
        ["Format", "Prévu (janv.–mai)", "Réalisé", "Commentaire"],
        ["Reels « 1 verger, 1 minute » (Bernard)", "16", "14", "2 tournages annulés pour pluie en avril"],
        ["Posts CHR (reposts des bistrots)", "24", "27", "les nouveaux comptes nous taguent spontanément"],
        ["Stories « cidre du moment »", "40", "44", "une story par bistrot ayant affiché l'ardoise"],
        ["Jeu #MaBolée (UGC)", "1 (avril)", "1", "lots : visite du chai + coffret ; règlement conforme loi Évin"],
        ["Posts LinkedIn de Claire", "18", "17", "un post décalé par la clôture comptable"],
    ], [5.0, 2.8, 2.0, 6.4], "Exécution du plan social (janvier–mai 2026)")
    w.p("Les techniques qui ont marché : **1.** le format court et incarné — Bernard qui explique la greffe ou le pressurage en une minute, face caméra, sans musique d'ambiance ni verre levé ; **2.** l'UGC #MaBolée, où les clients photographient l'ardoise de leur bistrot et non la consommation (règle posée dans le jeu pour rester dans les clous de la loi Évin) ; **3.** le repost systématique des bistrots partenaires, qui transforme chaque nouveau compte CHR en relais : le patron partage, ses clients nous découvrent ; **4.** une carte « Où boire une bolée Maison Hurel ? » épinglée en *story* à la une.")
    w.table([
        ["Indicateur de notoriété", "Septembre 2025", "Mai 2026"],
        ["Abonnés Instagram", "3 900", "6 100"],
        ["Portée mensuelle Instagram", "18 000", "46 000"],
        ["Abonnés LinkedIn (page Maison Hurel)", "410", "960"],
        ["Mentions #MaBolée", "0", "186"],
        ["Citations presse / guides", "1", "4"],
    ], [7.0, 4.6, 4.6], "Indicateurs de notoriété")
    w.p("En termes de résultats, ces chiffres se sont traduits en ventes : le code INSTABOLEE a été utilisé **212 fois** depuis janvier pour **14 300 €** de CA, et les mois où la portée a dépassé 40 000 ont aussi été nos meilleurs mois hors décembre sur le e-shop. Le canal social rapporte donc directement du chiffre, et c'est ce qui a convaincu Claire de garder le budget Meta Ads au second semestre.")

    w.h2("2.7 Live chat : tawk.to")
    w.p("Nous avons installé tawk.to en novembre 2025, parce qu'il est gratuit, qu'il s'intègre à WooCommerce par un simple *plugin* et que son application mobile permet à Kévin de répondre depuis sa voiture. Mon paramétrage : widget sur les fiches produits, le panier et le portail CHR ; déclencheur proactif au bout de 40 secondes sur la page « Fût Bolée 20 L » ; 22 réponses rapides (raccourcis « /fut », « /franco », « /age ») ; horaires 9 h–18 h avec formulaire hors ligne envoyé à Alice ; étiquettes par *persona* pour les statistiques.")
    w.h3("Conversation 1 — convertie : un restaurant de Trouville commande 4 fûts")
    w.chat([
        ("Visiteur (14 mars 2026, 10 h 42)", "Bonjour, je tiens La Marée Haute à Trouville, on ouvre la terrasse le 1er avril. Vous livrez combien de fûts minimum ?"),
        ("Kévin (Maison Hurel)", "Bonjour ! Pas de minimum en nombre de fûts, seulement 120 € HT de commande. Un fût de 20 L est à 78 € HT, pompe prêtée gratuitement. Sur Trouville, c'est moi qui livre, le mardi ou le vendredi."),
        ("Visiteur", "On fait environ 150 bolées par week-end l'été. Ça fait combien de fûts ?"),
        ("Kévin (Maison Hurel)", "Un fût donne 80 bolées de 25 cl. Pour démarrer un week-end de Pâques, je vous conseille 4 fûts : deux en perce, deux en réserve. Je vous crée un compte pro tout de suite ?"),
        ("Visiteur", "Oui, et vous avez une ardoise ou quelque chose pour l'afficher ?"),
        ("Kévin (Maison Hurel)", "Le kit Saison des Bolées est offert avec le premier fût : ardoise, pochoir et sous-bocks. Compte créé, vous recevez l'e-mail d'activation. 4 fûts = 312 € HT, livraison vendredi 27 mars avec la pompe."),
        ("Visiteur", "Parfait, je valide sur le portail."),
    ])
    w.p("Commande de **312 € HT** passée 14 minutes après le début du chat. Ce qui a converti : la réponse en moins d'une minute, le calcul de fûts fait à sa place, et le kit qui lève la question de l'affichage.")
    w.h3("Conversation 2 — non convertie : livraison en Belgique")
    w.chat([
        ("Visiteur (2 février 2026, 19 h 05, formulaire repris le lendemain)", "Bonjour, je suis à Liège, j'ai goûté votre calvados 6 ans en vacances. Vous livrez en Belgique ? Je voudrais 6 bouteilles et 2 coffrets."),
        ("Léna (Maison Hurel)", "Bonjour et merci ! Malheureusement nous n'expédions pas encore hors de France : pour envoyer de l'alcool en Belgique, il faut acquitter les droits d'accises belges via un représentant fiscal, ce que nous n'avons pas mis en place."),
        ("Visiteur", "Même en payant un supplément ?"),
        ("Léna (Maison Hurel)", "Je comprends, mais le supplément ne suffit pas, c'est une démarche douanière. Je peux vous proposer une livraison en point relais côté français, à Jeumont ou à Givet, si cela vous arrange."),
        ("Visiteur", "C'est trop loin pour moi, tant pis. Prévenez-moi si ça change."),
    ])
    w.p("Vente perdue (environ **370 €**). J'ai tagué la conversation « export » : c'est la **9e** demande belge en six mois. Ce n'est pas encore un marché, mais c'est un signal à remonter à Claire.")
    w.h3("Statistiques sur six mois (novembre 2025 – avril 2026)")
    w.p("Sur six mois, **640 conversations**, un temps de première réponse médian de **3 minutes**, et **14 %** des conversations suivies d'une commande dans les 48 heures (90 commandes). Je les ai croisées par tranche horaire et par *persona*.")
    w.table([
        ["Tranche horaire", "Conversations", "Part", "Temps de réponse médian", "Taux de commande"],
        ["9 h – 12 h", "186", "29 %", "1 min 40", "18 %"],
        ["12 h – 14 h", "74", "12 %", "6 min", "9 %"],
        ["14 h – 18 h", "221", "35 %", "2 min 10", "16 %"],
        ["18 h – 9 h (formulaire hors ligne)", "159", "25 %", "réponse le lendemain", "8 %"],
    ], [5.4, 2.6, 1.6, 3.6, 3.0], "Live chat par tranche horaire")
    w.table([
        ["Persona (étiquette)", "Conversations", "Sujet n° 1", "Taux de commande"],
        ["Patrons CHR", "212", "disponibilité et prix des fûts", "24 %"],
        ["Néo-amateurs", "248", "choix entre brut, bouché et poiré", "11 %"],
        ["Touristes", "118", "horaires de visite, réservation", "6 % (mais 41 visites réservées)"],
        ["Autres (export, presse, emploi)", "62", "livraison hors France", "2 %"],
    ], [4.6, 2.8, 5.2, 3.6], "Live chat par persona")
    w.p("Lecture : le *live chat* est d'abord un outil CHR. Un quart des conversations pros finissent en commande, et c'est sur le créneau 9 h–12 h, quand les patrons préparent leur service, que tout se joue. À l'inverse, la pause de midi (12 h–14 h) double le temps de réponse et divise le taux de commande par deux : nous avons décidé que Sophie prendrait le relais de 12 h à 14 h depuis la boutique. Les 159 messages du soir montrent une vraie demande après la fermeture des restaurants ; c'est un argument pour un bot de prise de commande de fûts en 2027.")

    w.h2("2.8 Paiement")
    w.p("Le e-shop accepte **Stripe** (carte bancaire, Apple Pay, Google Pay) et **PayPal** ; les comptes CHR peuvent en plus payer sur facture (voir 2.9). Avant la Saison des Bolées, j'ai testé un parcours complet de commande sur quatre terminaux, en mode test Stripe puis avec une vraie commande remboursée.")
    w.table([
        ["Terminal", "Navigateur", "Carte", "Apple / Google Pay", "PayPal", "Remarque"],
        ["iPhone 13", "Safari", "OK", "Apple Pay OK", "OK", "contrôle d'âge bien affiché"],
        ["Samsung Galaxy A54", "Chrome", "OK", "Google Pay OK", "OK", "champ code postal trop petit, corrigé"],
        ["iPad 9e génération", "Safari", "OK", "Apple Pay masqué par la fenêtre d'âge", "OK", "bug corrigé le 24 février (z-index)"],
        ["PC portable Windows 11", "Chrome, Firefox", "OK", "Google Pay OK (Chrome)", "OK", "RAS"],
    ], [3.2, 2.4, 1.4, 3.8, 1.6, 3.8], "Tests de paiement sur mobile, tablette et ordinateur (février 2026)")
    w.p("Pour rassurer, nous affichons un bandeau « **paiement 100 % sécurisé** » au-dessus du bouton de commande, et les logos CB, Visa, Mastercard, Apple Pay et PayPal dans le panier et le pied de page.")

    w.h2("2.9 Financement")
    w.p("Deux solutions de financement, une par marché.")
    w.table([
        ["Solution", "Pour qui", "Fonctionnement", "Intérêt pour le client", "Intérêt pour Maison Hurel", "Point de vigilance"],
        ["Alma 3x sans frais", "B2C, paniers > 100 €", "paiement en 3 fois par carte, affiché sur fiche et panier", "étaler un achat de Noël (calvados + coffrets) sans frais", "paniers plus élevés ; Maison Hurel est payée tout de suite, Alma porte le risque", "commission d'environ 3,8 % à notre charge"],
        ["Paiement à 30 jours (B2BKing)", "comptes CHR validés", "facture payable à 30 jours fin de mois par virement", "le fût est vendu avant d'être payé : trésorerie du bistrot soulagée", "condition standard du secteur ; argument face aux grossistes", "besoin en fonds de roulement, risque d'impayé : plafond de 1 500 € par compte"],
    ], [2.4, 2.2, 3.0, 3.0, 3.2, 2.4], "Solutions de financement retenues", size=7.5)
    w.p("Alma a été activé le 1er novembre 2025. Sur décembre, **7,5 %** des commandes de plus de 100 € l'ont utilisé, avec un panier moyen de 164 € contre 118 € pour les autres commandes de la même tranche. Pour les pros, le paiement à 30 jours est surtout un argument de signature : 15 des 21 nouveaux comptes de la Saison des Bolées l'ont demandé. Le plafond de 1 500 € et la suspension automatique du compte au-delà de 15 jours de retard limitent notre exposition ; à fin avril, l'encours CHR était de 38 400 €, sans aucun impayé.")

    w.h2("2.10 Brand lovers programme")
    w.p("Dernière brique : fidéliser. J'ai comparé quatre dispositifs disponibles pour une maison comme la nôtre.")
    w.table([
        ["Dispositif", "Principe", "Pour", "Contre"],
        ["Programme de points (plugin WooCommerce)", "1 € = 1 point, 100 points = 5 €", "simple, automatique", "peu différenciant, coût de la remise sur tout le CA"],
        ["« Cidre Club » (box trimestrielle)", "3 bouteilles + 1 surprise, 39 € par trimestre, livrée aux changements de saison", "revenu récurrent, lisse la saisonnalité, raconte le verger", "logistique du verre, engagement à tenir 4 fois par an"],
        ["Parrainage", "10 € offerts au parrain et au filleul", "acquisition à coût maîtrisé", "peu adapté à un achat plaisir occasionnel"],
        ["Remises CHR de fin d'année", "2 % au-delà de 5 000 € HT, 4 % au-delà de 10 000 € HT", "récompense les gros comptes", "marge réduite, effet d'aubaine sur les comptes déjà fidèles"],
    ], [3.8, 4.2, 4.0, 4.2], "Dispositifs de fidélisation possibles")
    w.p("Mon choix pour le B2C : le **Cidre Club**. Il répond à notre premier problème, la dépendance à décembre, puisqu'il génère quatre livraisons réparties sur l'année (mars, juin, septembre, décembre). Il colle aux *insights* des néo-amateurs (« comprendre ce que je bois ») : chaque box contient une fiche verger écrite par Julien. Enfin, l'enquête montre que **38 %** des clients e-shop seraient intéressés par un abonnement à moins de 40 € ; avec 150 abonnés la première année, cela fait **23 400 €** de CA récurrent, et autant de contacts qui reçoivent une bouteille de la Cuvée des Hauts-Prés quatre fois par an. Lancement prévu en septembre 2026, avec une page dédiée et un emailing aux 5 200 abonnés de la newsletter.")
    w.takeaways([
        "La Saison des Bolées a tenu sa promesse CHR : **21 nouveaux comptes** hors Normandie et **+54 %** de fûts vendus, à lire avec la météo d'avril et le décalage de Pâques.",
        "Le *live chat* est un outil pro avant tout : **24 %** des conversations CHR finissent en commande, à condition de répondre vite le matin.",
        "Paiement testé sur 4 terminaux, Alma 3x et paiement à 30 jours en place, Cidre Club en septembre pour lisser la saisonnalité.",
    ])

    # ------------------------------------------------------------------ conclusion
    p = d.add_paragraph()
    p.paragraph_format.page_break_before = True
    d.add_heading("Conclusion & next steps", level=1)
    w.p("En neuf mois chez Maison Hurel, j'ai appris qu'on ne fait pas de *growth* dans une cidrerie comme dans une *start-up* : le calendrier est dicté par les pommiers, la communication par la loi Évin, et la relation par Bernard et Kévin. Le *growth plan* 2026 respecte ces trois contraintes. La Saison des Bolées a montré que le digital sait préparer le terrain pour la visite commerciale, et que les bistrots parisiens sont prêts à mettre un cidre de producteur sur leur ardoise.")
    w.bullets([
        "**Juin** : relance CHR « terrasses » et préparation du Cidre Club (fiches verger, emballage).",
        "**Juillet** : clôture semestrielle, point budget avec Claire.",
        "**Septembre** : lancement du Cidre Club et deuxième vague CHR au changement de carte d'automne.",
        "**Décembre** : coffret cidre + Pont-l'Évêque avec la Fromagerie de la Touques.",
    ])
    w.p("Merci à Claire pour sa confiance, à Bernard pour ses quatorze Reels tournés sous la pluie, et à Kévin pour m'avoir emmenée dans ses tournées.")

    # ------------------------------------------------------------------ annexes
    p = d.add_paragraph()
    p.paragraph_format.page_break_before = True
    d.add_heading("Annexe 1 — Questionnaire insights (octobre 2025)", level=1)
    w.p("Extrait des 18 questions (Google Forms, diffusion newsletter, QR code boutique, story Instagram).")
    w.bullets([
        "Q1. Où avez-vous découvert Maison Hurel ? (ferme, crêperie/bistrot, caviste, salon, Internet, autre)",
        "Q3. Quels produits avez-vous déjà achetés chez nous ?",
        "Q5. Qu'est-ce qui compte le plus pour vous quand vous choisissez un cidre ? (3 choix maximum)",
        "Q7. Qu'est-ce qui vous a déjà freiné au moment de commander en ligne ?",
        "Q9. Saviez-vous que Maison Hurel vend en ligne ?",
        "Q12. Seriez-vous intéressé(e) par une box trimestrielle ? À quel prix ?",
        "Q15. Vous êtes : particulier / professionnel de la restauration / caviste / autre",
        "Q18. Code postal",
    ])
    p = d.add_paragraph()
    p.paragraph_format.page_break_before = True
    d.add_heading("Annexe 2 — Grille tarifaire CHR (B2BKing)", level=1)
    w.table([
        ["Produit", "Prix public", "Palier 1 (< 500 € HT/mois)", "Palier 2 (500–1 500 €)", "Palier 3 (> 1 500 €)"],
        ["Fût Bolée 20 L", "—", "78,00 € HT", "74,00 € HT", "70,00 € HT"],
        ["Cidre Pays d'Auge AOP Brut 75 cl (carton de 6)", "6,90 € TTC", "3,95 € HT", "3,75 € HT", "3,55 € HT"],
        ["Cuvée des Hauts-Prés (carton de 6)", "9,80 € TTC", "5,60 € HT", "5,35 € HT", "5,10 € HT"],
        ["Pommeau 70 cl", "19,50 € TTC", "11,40 € HT", "10,90 € HT", "10,40 € HT"],
        ["Calvados Pays d'Auge 6 ans", "42,00 € TTC", "24,50 € HT", "23,40 € HT", "22,30 € HT"],
    ], [5.2, 2.4, 3.0, 2.8, 2.8], "Grille tarifaire pro par palier (minimum de commande 120 € HT, pompe prêtée)", size=8)
    p = d.add_paragraph()
    p.paragraph_format.page_break_before = True
    d.add_heading("Annexe 3 — Verbatims clients", level=1)
    w.p("à insérer")


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for name, size, color in (("Heading 1", 16, DARK), ("Heading 2", 13, RGBColor(0x5C, 0x8A, 0x2A)),
                              ("Heading 3", 11, RGBColor(0x44, 0x44, 0x44))):
        hs = doc.styles[name]
        hs.font.name = "Calibri"
        hs.font.size = Pt(size)
        hs.font.color.rgb = color
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Léna Carpentier — Dossier de certification Blocs 1 & 2 — Maison Hurel")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Confidentiel — usage pédagogique — p. ")
    r.font.size = Pt(8.5)
    page_field(fp, 8.5)

    # couverture
    for _ in range(5):
        doc.add_paragraph()
    for text, size, bold, color in [
        ("MAISON HUREL — CIDRERIE DU PAYS D'AUGE", 12, True, RGBColor(0x7F, 0xAF, 0x3B)),
        ("Growth plan 2026 — Maison Hurel", 28, True, DARK),
        ("Comprendre le marché, activer et convertir : B2C et cafés-hôtels-restaurants", 13, False, None),
        ("", 12, False, None),
        ("Dossier de certification — Chef de projet e-commerce — Blocs 1 & 2 — Session 2026", 11, False, None),
    ]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        if color:
            r.font.color.rgb = color
    for _ in range(9):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Léna Carpentier\nAlternante — Bachelor Marketing digital & e-commerce (2e année), Caen\n"
                  "Tutrice : Claire Hurel, présidente de Maison Hurel SAS\nSaint-Ouen-le-Pin (14) — juin 2026")
    r.font.size = Pt(11)
    doc.add_page_break()

    w = W(doc)
    content(w)

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Growth plan 2026 — Maison Hurel"
    cp.subject = "Dossier de certification Blocs 1 & 2"
    cp.keywords = "cidre, Pays d'Auge, CHR, e-commerce"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 9
    doc.save(FILE)
    repack(FILE)
    print("ok", w.nfig, "figures/tableaux")


if __name__ == "__main__":
    main()
