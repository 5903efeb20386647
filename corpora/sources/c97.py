# Générateur du dossier de la candidate c97 (Le Fournil du Robec, boulangerie bio à trois boutiques, Rouen) — blocs 1 et 3.
# Un seul DOCX « rapport interne » sur le modèle Word de l'entreprise : en-tête « LE FOURNIL DU ROBEC », pied de page
# « SARL Le Fournil du Robec — 76000 Rouen — page X », bloc mémo en page 1 (Objet / Rédigé par / Pour / Diffusion / Date),
# ni page de garde ni sommaire, AUCUN style de titre : titres de parties en gras souligné capitales dans le style Normal,
# sous-titres en gras souligné. Listes à puces partout, même dans les cellules ; 8 tableaux beiges ; chaque partie finit
# par « Ce que je propose : ». Le mémo annonce 7 parties, le rapport s'arrête après la 6e.
# Déterministe : propriétés du document figées, archive zip ré-horodatée, aucun aléa.
import datetime
import os
import re
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c97-boulangerie-bio-rouen")
FILE = os.path.join(OUT, "fournil-robec-rapport-commande-en-ligne.docx")
AUTHOR = "Chloé Lefrançois"
FIXED = datetime.datetime(2026, 3, 16, 18, 45, 0)
ZIPSTAMP = (2026, 3, 16, 18, 45, 0)

BEIGE_HEAD = "E3D3B3"
BEIGE_ROW = "F8F2E6"
BROWN = RGBColor(0x6B, 0x4A, 0x2B)

NTAB = 0


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


def page_field(par, size):
    r = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "begin"); r._r.append(e)
    r = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " PAGE "; r._r.append(t)
    r = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "separate"); r._r.append(e)
    r = par.add_run("1"); r.font.size = Pt(size)
    r = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)


def runs(par, text, size=None):
    for chunk in re.split(r"(\*\*[^*]+\*\*)", text):
        if not chunk:
            continue
        if chunk.startswith("**"):
            r = par.add_run(chunk[2:-2]); r.bold = True
        else:
            r = par.add_run(chunk)
        if size:
            r.font.size = Pt(size)
    return par


# ------------------------------------------------------------------------------------------------ briques de mise en page
def part(doc, text, new_page=False):
    """Titre de partie : paragraphe Normal, gras, souligné, capitales (pas de style de titre)."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.paragraph_format.space_after = Pt(8)
    p.paragraph_format.keep_with_next = True
    if new_page:
        p.paragraph_format.page_break_before = True
    r = p.add_run(text)
    r.bold = True
    r.underline = True
    r.font.size = Pt(12.5)
    r.font.color.rgb = BROWN


def sub(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.underline = True


def para(doc, text):
    p = doc.add_paragraph()
    runs(p, text)
    p.paragraph_format.space_after = Pt(6)
    return p


def bullets(doc, items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        runs(p, it)
        p.paragraph_format.space_after = Pt(2)


def numbered(doc, items, start=1):
    """Liste numérotée tapée à la main (numéros dans le texte, retrait suspendu)."""
    for k, it in enumerate(items):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.paragraph_format.space_after = Pt(2)
        p.add_run("%d.  " % (start + k))
        runs(p, it)


def propose(doc, items):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    r = p.add_run("Ce que je propose :")
    r.bold = True
    bullets(doc, items)


def table(doc, rows, widths, size=9, header=True, first_bold=False):
    """Tableau au style beige du modèle. Une cellule donnée sous forme de liste devient une liste à puces."""
    global NTAB
    NTAB += 1
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
            if isinstance(v, list):
                for k, item in enumerate(v):
                    q = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    q.paragraph_format.space_after = Pt(0)
                    if item.startswith("#"):          # intitulé de case, sans puce
                        rr = q.add_run(item[1:]); rr.bold = True; rr.font.size = Pt(size + 0.5)
                        q.paragraph_format.space_after = Pt(2)
                        continue
                    q.style = doc.styles["List Bullet"]
                    q.paragraph_format.left_indent = Cm(0.42)
                    q.paragraph_format.first_line_indent = Cm(-0.32)
                    runs(q, item, size=size)
            else:
                lines = str(v).split("\n")
                for k, line in enumerate(lines):
                    q = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    q.paragraph_format.space_after = Pt(0)
                    if header and i == 0:
                        rr = q.add_run(line); rr.bold = True; rr.font.size = Pt(size)
                    else:
                        runs(q, line, size=size)
                        if first_bold and j == 0:
                            for rr in q.runs:
                                rr.bold = True
            if header and i == 0:
                shade(c, BEIGE_HEAD)
            else:
                shade(c, BEIGE_ROW)
    for row in t.rows:
        cs = OxmlElement("w:cantSplit"); cs.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(cs)
    if header:
        trPr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
    sp = doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(4)
    return t


# ------------------------------------------------------------------------------------------------ données chiffrées
# Suivi hebdomadaire de la pub Google (retrait + farines) : semaine, clics, coût €, commandes, ventes TTC €
WEEKS = [
    ("du 03/11 au 09/11", 138, 52, 11, 152),
    ("du 10/11 au 16/11", 160, 61, 15, 210),
    ("du 17/11 au 23/11", 170, 64, 17, 236),
    ("du 24/11 au 30/11", 171, 66, 18, 251),
    ("du 01/12 au 07/12", 186, 70, 21, 298),
    ("du 08/12 au 14/12", 190, 70, 23, 336),
    ("du 15/12 au 21/12", 192, 70, 26, 412),
    ("du 22/12 au 28/12", 149, 58, 24, 398),
    ("du 29/12 au 04/01", 141, 55, 22, 374),
    ("du 05/01 au 11/01 (+ farines)", 228, 88, 29, 512),
    ("du 12/01 au 18/01", 243, 92, 28, 470),
    ("du 19/01 au 25/01", 245, 92, 27, 448),
    ("du 26/01 au 01/02", 224, 85, 23, 370),
    ("du 02/02 au 08/02", 216, 82, 22, 352),
    ("du 09/02 au 15/02", 208, 79, 22, 345),
    ("du 16/02 au 22/02", 207, 79, 21, 330),
    ("du 23/02 au 01/03", 195, 77, 22, 366),
]
T_CLICS = sum(w[1] for w in WEEKS)
T_COUT = sum(w[2] for w in WEEKS)
T_CMD = sum(w[3] for w in WEEKS)
T_VENTES = sum(w[4] for w in WEEKS)
assert (T_CLICS, T_COUT, T_CMD, T_VENTES) == (3263, 1240, 371, 5860)
MARGE = round(T_VENTES * 0.35, -1)          # 2 050 €
assert MARGE == 2050
RETOUR = round((MARGE - T_COUT) / T_COUT * 100)  # +65 %
assert RETOUR == 65


def eur(x):
    s = "{:,}".format(int(x)).replace(",", " ")
    return s + " €"


# Les trois annonces (titres 30 signes max, descriptions 90 signes max)
ADS = [
    ("Annonce 1 — campagne « retrait en boutique », groupe Rouen",
     ["Boulangerie bio à Rouen", "Commandez avant 18 h", "Retrait demain matin"],
     ["Pain au levain, tradition bio, viennoiseries. Commandez en ligne, retirez sans attendre.",
      "Rue Eau-de-Robec. Votre sac est prêt à votre nom dès 7 h 30. Minimum de commande 8 €."]),
    ("Annonce 2 — campagne « retrait en boutique », groupes Bois-Guillaume et Mont-Saint-Aignan",
     ["Boulangerie bio Bois-Guillaume", "Votre pain prêt à 7 h 30", "Pas de queue le dimanche"],
     ["Le Robec au levain, tradition bio, brioches. Commandez la veille avant 18 h sur le site.",
      "Trois boutiques : Rouen, Bois-Guillaume, Mont-Saint-Aignan. Paiement en ligne sécurisé."]),
    ("Annonce 3 — campagne « farines », toute la France",
     ["Farine T80 bio meule de pierre", "Moulue en Normandie", "Point Relais dès 4,90 €"],
     ["La farine de nos boulangers, moulue sur meule de pierre au Moulin de l'Andelle.",
      "Sachet de 1 kg à 3,20 €. Parfaite pour le pain au levain maison. Envoi en 48 h."]),
]
for _, titles, descs in ADS:
    for t_ in titles:
        assert len(t_) <= 30, t_
    for d_ in descs:
        assert len(d_) <= 90, (len(d_), d_)


# ------------------------------------------------------------------------------------------------ contenu
def memo(doc):
    p = doc.add_paragraph()
    r = p.add_run("NOTE INTERNE")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = BROWN
    p.paragraph_format.space_after = Pt(10)
    lines = [
        ("Objet", "La commande en ligne : ce qui s'est passé depuis le 03/11 et ce que je propose pour la suite"),
        ("Rédigé par", "Chloé Lefrançois, alternante (Bachelor e-commerce, 1re année) — commande en ligne et site"),
        ("Pour", "Sandrine et Thierry Lemonnier"),
        ("Diffusion", "Hugo (le site), Nadège Cavelier (Bois-Guillaume), les responsables de Rouen et de Mont-Saint-Aignan"),
        ("Date", "le 16/03/2026"),
    ]
    for k, v in lines:
        q = doc.add_paragraph()
        q.paragraph_format.space_after = Pt(2)
        q.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
        q.paragraph_format.left_indent = Cm(3.2)
        q.paragraph_format.first_line_indent = Cm(-3.2)
        rr = q.add_run(k + " :"); rr.bold = True
        q.add_run("\t" + v)
    rule = doc.add_paragraph()
    pPr = rule._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single"); bottom.set(qn("w:sz"), "8"); bottom.set(qn("w:space"), "1"); bottom.set(qn("w:color"), "8C6A43")
    bdr.append(bottom); pPr.append(bdr)

    para(doc, "Sandrine, Thierry,")
    para(doc, "Voici le point demandé. Depuis quatre mois, le site prend des commandes : la « commande à "
              "retirer » dans les trois boutiques (avant 18 h, retrait le lendemain, minimum 8 €) et la boutique en ligne "
              "des farines et des biscuits, en Colissimo ou Mondial Relay. J'ai écrit avec nos mots, pour les vendeuses aussi.")
    para(doc, "En gros, de novembre à mars, on tourne autour de **420 commandes à retirer par mois** (panier moyen 14,60 €), "
              "**90 colis par mois** (27 € en moyenne) et **3 800 visites par mois** sur le site. La commande en ligne pèse "
              "**4,1 % du chiffre** des boutiques sur la période. Ce n'est pas énorme, mais les vendeuses disent que le "
              "retrait a déjà soulagé la file du dimanche matin.")
    p = doc.add_paragraph()
    r = p.add_run("Ce que vous trouverez dans ce rapport :")
    r.bold = True
    numbered(doc, [
        "Nos clients",
        "Ce que font les autres boulangeries",
        "Ce qu'on vise et comment on s'y prend",
        "Les commerçants voisins",
        "Remonter dans Google et la pub Google",
        "Les chiffres du site",
        "Le bilan : est-ce que ça rapporte ?",
    ])


def part1(doc):
    part(doc, "1. NOS CLIENTS")
    para(doc, "Avant de parler du site, j'ai voulu savoir qui vient chez nous, ce qui les fait venir et ce qui les fait "
              "hésiter. Du 01/12 au 20/12, on a glissé un questionnaire de 8 questions dans les sacs à pain des trois "
              "boutiques, avec une urne à la caisse et un QR code. On en a récupéré **163** : 71 à Rouen, 54 à Bois-Guillaume et 38 à "
              "Mont-Saint-Aignan.")
    para(doc, "Il en sort deux groupes bien différents (les 14 réponses de moins de 30 ans sont seulement dans la "
              "colonne « ensemble »).")

    sub(doc, "Nos habitués (45–75 ans)")
    para(doc, "88 réponses sur 163. Ils viennent trois ou quatre fois par semaine, à pied, le matin avant 10 h. Ce qui "
              "les fait venir : le goût du levain et le pain qui se garde (« je le finis le surlendemain »), le bio, et le "
              "fait qu'on les connaît. Ce qui les fait hésiter : la **rupture de pain complet à 11 h** (la moitié d'entre "
              "eux !) et la queue du dimanche. Plusieurs ont écrit à la main « gardez-moi un complet ».")
    sub(doc, "Les actifs pressés et les parents (30–45 ans)")
    para(doc, "61 réponses. Ils passent le soir entre 18 h et 19 h 30 en rentrant du travail, et le samedi matin. Ce qui "
              "les fait venir : le bio (surtout pour les enfants) et la boutique sur leur trajet. Ce qui les fait hésiter : "
              "**la place pour se garer** (43 % d'entre eux, surtout à Rouen), la queue du dimanche et les vitrines vides "
              "le soir.")
    table(doc, [
        ["", "Nos habitués\n(88 réponses)", "Actifs pressés et parents\n(61 réponses)", "Ensemble\n(163 réponses)"],
        ["**Ce qui les fait venir**", "", "", ""],
        ["Le goût du levain, le pain qui se garde", "74 %", "52 %", "64 %"],
        ["C'est bio", "61 %", "69 %", "63 %"],
        ["On me connaît, on discute", "48 %", "15 %", "34 %"],
        ["C'est sur mon trajet", "22 %", "57 %", "37 %"],
        ["**Ce qui les fait hésiter**", "", "", ""],
        ["Plus de pain complet après 11 h", "50 %", "31 %", "41 %"],
        ["La queue le dimanche", "30 %", "49 %", "37 %"],
        ["Pas de place pour se garer", "20 %", "43 %", "29 %"],
        ["C'est un peu plus cher qu'ailleurs", "14 %", "26 %", "19 %"],
    ], [7.0, 3.0, 3.6, 3.0])
    para(doc, "Un troisième groupe n'est jamais en boutique : **les gens qui font leur pain** et achètent la T80 par "
              "colis. Ils ne sont pas dans le questionnaire, mais 62 % des colis partent hors de Normandie.")

    sub(doc, "Le trajet d'une commande")
    para(doc, "D'après les heures de commande dans Ecwid et ce que les clients me racontent à la caisse le samedi :")
    bullets(doc, [
        "**L'envie** : le soir, à la maison. « Plus de pain pour demain matin », « on a du monde dimanche midi », "
        "« des pains au chocolat pour le goûter de mercredi ».",
        "**La commande** : sur le téléphone (78 % des commandes), le soir : **64 % entre 19 h et "
        "23 h**, avec un pic vers 21 h. Le client choisit sa boutique et son jour, met 3 ou 4 articles dans le "
        "panier (14,60 €) et paie en ligne.",
        "**Le retrait** : le lendemain, il passe en boutique, donne son nom, et le sac est prêt avec son étiquette sur "
        "l'étagère derrière la caisse. Les retraits se font surtout entre 7 h 30 et 8 h 30 et entre 17 h et 19 h.",
    ])
    propose(doc, [
        "Garder chaque jour **6 pains complets réservés à la commande en ligne** dans chaque boutique, et l'écrire sur le "
        "site : « votre complet, même après 11 h ».",
        "Mettre l'étagère des commandes **à l'entrée** de la boutique de Bois-Guillaume, comme à Rouen.",
        "Refaire le questionnaire dans les sacs en juin, avec une question sur la commande en ligne.",
    ])


def part2(doc):
    part(doc, "2. CE QUE FONT LES AUTRES BOULANGERIES", new_page=True)
    para(doc, "Du 12/01 au 23/01, je suis allée en cliente chez quatre commerces qui vendent ce qu'on vend, et j'ai "
              "regardé leurs sites, fiches Google et pages Facebook. Notre colonne est à droite.")
    table(doc, [
        ["", "Maison Duclair", "Au Pain de Saint-Maclou", "Bio Seine Marché", "Farines & Co", "Nous"],
        ["Ce que c'est", "7 boulangeries", "boulangerie de quartier", "supermarché bio", "site de farines", "3 boutiques"],
        ["Bio", "non", "non", "oui, pain d'un fournil industriel", "60 % des farines", "oui, depuis 2016"],
        ["Commande en ligne", ["appli + site", "retrait 2 h après"], "non, galettes par téléphone",
         "non pour le pain", ["oui", "envoi seulement"], ["oui depuis le 03/11", "retrait le lendemain"]],
        ["Retrait / envoi", ["retrait minimum 5 €"], "—", "drive pour l'épicerie", ["Colissimo 7,90 €", "offert dès 60 €"],
         ["retrait minimum 8 €", "Mondial Relay 4,90 €", "Colissimo 6,90 €"]],
        ["Prix de la tradition", "1,30 €", "1,25 €", "—", "—", "1,45 €"],
        ["Gros pain / farine", "levain 1 kg 6,40 €", "pas de gros pain", "levain bio 1 kg 6,90 € (emballé)",
         "T80 bio 1 kg 3,60 €", ["Le Robec 1 kg 7,20 €", "T80 1 kg 3,20 €"]],
        ["Avis Google", "4,3 (1 240 avis sur 7 fiches)", "4,6 (212 avis)", "4,1 (380 avis)", "pas de fiche (4,5 sur leur site)",
         "4,6 (286 avis sur 3 fiches)"],
        ["Facebook, lettre, appli", ["page de 6 800 abonnés", "appli avec points"], "page de 900 abonnés",
         "lettre des promos chaque semaine", ["lettre + recettes", "blog"], ["page de 2 300 abonnés", "lettre : 140 inscrits"]],
    ], [2.4, 2.9, 2.5, 2.7, 2.6, 2.9], size=8, first_bold=True)

    sub(doc, "Ce qu'on en retient")
    bullets(doc, [
        "**La seule boulangerie de Rouen qui prend des commandes en ligne, c'est Maison Duclair, et elle n'est pas bio.** "
        "Sur « du pain bio qu'on commande la veille et qu'on retire sans attendre », on est seuls dans l'agglomération.",
        "Duclair est plus rapide (retrait deux heures après). On ne suivra pas : le Robec, c'est 18 heures de pousse.",
        "**Farines & Co fait payer 7,90 € de port** en dessous de 60 €. Avec le Mondial Relay à 4,90 €, un client qui "
        "prend 3 kg de T80 paie chez nous 14,50 € livré, contre 18,70 € chez eux. C'est un argument à mettre en avant.",
        "Saint-Maclou a une queue du dimanche pire que la nôtre, à 600 m de notre boutique de Rouen.",
        "Bio Seine Marché vend du pain bio moins cher, mais emballé, sans fournée sur place.",
    ])

    sub(doc, "Le tableau des atouts et des soucis")
    para(doc, "Rempli avec Sandrine et Nadège. En haut ce qui dépend de nous, en bas ce qui vient de l'extérieur.")
    table(doc, [
        [["#Nos atouts", "bio depuis 2016, levain maison", "farine du Moulin de l'Andelle, à 40 km",
          "3 boutiques bien placées", "4,6 sur Google, 286 avis", "des vendeuses qui connaissent les clients par leur prénom"],
         ["#Nos soucis", "rupture de complet à 11 h", "la queue du dimanche", "pas de parking à Rouen",
          "un site lent sur téléphone", "personne à plein temps sur le site (Hugo le fait le soir)", "des prix plus hauts que Duclair"]],
        [["#Ce qui peut nous aider", "de plus en plus de gens veulent du bio et du local",
          "les actifs font tout sur leur téléphone", "l'hiver, les gens font leur pain", "les galettes de janvier",
          "aucune autre boulangerie bio en ligne à Rouen"],
         ["#Ce qui peut nous gêner", "Duclair pourrait passer au bio", "le prix de la farine et de l'électricité",
          "Bio Seine Marché annonce un magasin à Bois-Guillaume", "les frais de port qui montent chaque 1er janvier"]],
    ], [8.2, 8.2], size=9, header=False)
    propose(doc, [
        "Écrire partout, sur le site et en boutique, ce qu'on est seuls à faire : **bio + commande la veille + retrait "
        "sans attendre**.",
        "Mettre le prix livré en Mondial Relay sur la page des farines (« 3 kg livrés pour 14,50 € »).",
    ])


def part3(doc):
    part(doc, "3. CE QU'ON VISE ET COMMENT ON S'Y PREND", new_page=True)
    sub(doc, "Ce qu'on vise")
    para(doc, "On en a parlé avec Sandrine et Thierry en février. On s'est mis d'accord sur trois choses :")
    bullets(doc, [
        "**10 % du chiffre en ligne** (commandes à retirer et colis ensemble). À ce niveau, on peut payer quelqu'un deux jours par "
        "semaine pour préparer les commandes.",
        "**200 kg de farine par mois** envoyés en colis. À 200 kg, le moulin nous fait un meilleur prix sur les sacs "
        "de 25 kg.",
        "**500 inscrits à la lettre**. Avec 500 inscrits, une lettre galettes remplit une fournée.",
    ])

    sub(doc, "Les clients qu'on veut aller chercher")
    para(doc, "On ne peut pas tout faire en même temps, donc j'ai mis un ordre :")
    numbered(doc, [
        "**Les actifs pressés et les parents (30–45 ans), autour des trois boutiques.** Parce que la commande à retirer "
        "répond à ce qui les fait hésiter : la queue et le parking. Ils passent déjà devant chez nous (57 %) et "
        "commandent le soir sur leur téléphone.",
        "**Nos habitués, mais pour les commandes de fêtes.** Pour le pain de tous les jours, ils aiment venir "
        "discuter. Mais pour Noël et les galettes, ils ont peur de la rupture et font la queue une demi-heure. La "
        "précommande les rassure, et ce sont les plus gros paniers (une galette, 24 €).",
        "**Les gens qui font leur pain, en dehors de Rouen.** Parce qu'ils n'ont pas besoin de venir en boutique : la "
        "farine se garde, s'envoie bien, et un colis fait 27 € en moyenne.",
    ])

    sub(doc, "Les façons de faire venir du monde sur le site")
    para(doc, "Je les ai classées de 1 à 5 :")
    numbered(doc, [
        "**Remonter dans Google** (le site et les trois fiches Google des boutiques). Parce que les gens tapent "
        "« boulangerie » + leur ville, et que ça demande du temps, pas d'argent. Nos fiches ont déjà 286 avis.",
        "**La pub Google.** Parce que ça marche tout de suite, pendant que Google met des mois, et qu'on peut la "
        "limiter à quelques kilomètres autour de chaque boutique.",
        "La lettre Brevo.",
        "Facebook.",
        "Les commerçants voisins et les sites qui parlent de nous.",
    ])

    sub(doc, "Le calendrier de l'année")
    para(doc, "Je suis partie de notre année à nous :")
    bullets(doc, [
        "**Lancement en novembre** (le 03/11) : on voulait que tout soit rodé avant les commandes de Noël. En novembre "
        "les boutiques sont calmes, les vendeuses avaient le temps d'apprendre, et l'hiver les gens commandent depuis le "
        "canapé.",
        "**Les galettes en janvier** : la galette des rois, c'est notre plus gros mois en pâtisserie. La précommande "
        "évite la queue et les invendus : Thierry sait la veille combien il en faut.",
        "**Rien pendant la fermeture d'août** : les trois boutiques ferment trois semaines (du 04/08 au 25/08 cette "
        "année) et le fournil est à l'arrêt. Site en pause, pas de pub.",
        "**Les farines d'octobre à février** : « quand il fait froid, les gens font leur pain ». Les recherches de farine "
        "doublent d'octobre à janvier (Ubersuggest), et le moulin fait 60 % de ses ventes aux particuliers sur ces "
        "cinq mois.",
    ])
    para(doc, "Ce qui donne, mois par mois, d'avril à mars :")
    table(doc, [
        ["Mois", "Ce qu'on fait", "Qui"],
        ["Avril", ["photos de Pâques sur les 3 fiches Google", "une page par boutique sur le site"], "Chloé, Hugo"],
        ["Mai", ["lettre « pains de printemps »", "premiers rendez-vous avec les commerçants voisins"], "Chloé, Sandrine"],
        ["Juin", ["questionnaire n° 2 dans les sacs à pain"], "Chloé, les vendeuses"],
        ["Juillet", ["lettre « avant les vacances »", "annonce de la fermeture sur le site et les fiches"], "Sandrine, Chloé"],
        ["Août", ["fermeture : site en pause, pas de pub"], "Hugo"],
        ["Septembre", ["affiches « commandez la veille » en vitrine", "sacs à pain avec le QR code"], "Nadège, Chloé"],
        ["Octobre", ["reprise de la pub farines", "lettre « la saison du pain maison »"], "Chloé"],
        ["Novembre", ["reprise de la pub retrait", "un an de commande en ligne : petit jeu en boutique"], "Chloé, Hugo"],
        ["Décembre", ["précommandes de Noël", "page galette en ligne le 15/12"], "Thierry, Hugo, Chloé"],
        ["Janvier", ["galettes en précommande", "lettre galettes"], "Thierry, Sandrine, Chloé"],
        ["Février", ["arrêt de la pub retrait fin février", "point de l'hiver avec Sandrine et Thierry"], "Chloé"],
        ["Mars", ["bilan de l'année", "calendrier de l'année suivante"], "Chloé, Sandrine"],
    ], [2.6, 9.8, 4.0], size=9)

    sub(doc, "Ce que ça coûte, ce que ça rapporte")
    para(doc, "Par mois, quand c'est en route, et en ventes TTC d'après cet hiver :")
    table(doc, [
        ["Façon de faire venir du monde", "Ce que ça coûte par mois", "Ce que ça devrait rapporter par mois"],
        ["Remonter dans Google (site + fiches)", ["Ubersuggest 29 € le mois où on s'en sert", "le temps de Chloé et Hugo"],
         ["environ 60 commandes à retirer en plus", "soit 880 €"]],
        ["Pub Google « retrait en boutique »", ["10 € par jour", "soit 300 €, de novembre à février"], ["environ 95 commandes", "soit 1 400 €"]],
        ["Pub Google « farines »", ["5 € par jour", "soit 150 €, d'octobre à février"], ["environ 22 colis", "soit 560 €"]],
        ["Lettre Brevo", ["0 € jusqu'à 300 mails par jour", "19 € par mois au-delà"], ["surtout les fêtes", "environ 450 €"]],
        ["Facebook", ["40 € de publications mises en avant"], ["environ 200 €"]],
        ["Sacs à pain avec QR code", ["95 € (surcoût d'impression)"], ["environ 300 €"]],
        ["Commerçants voisins", ["30 € de cartes et d'affichettes"], ["environ 150 €"]],
    ], [5.4, 5.6, 5.4], size=9, first_bold=True)
    para(doc, "Il faut ajouter ce que coûte le site lui-même : l'abonnement Ecwid (25 € par mois) et l'hébergement "
              "WordPress (9 € par mois).")
    propose(doc, [
        "Commencer par les actifs pressés autour des boutiques, avec la pub « retrait » et les fiches Google.",
        "Garder la pub farines seulement d'octobre à février.",
        "Ne rien dépenser en août.",
    ])


def part4(doc):
    part(doc, "4. LES COMMERÇANTS VOISINS", new_page=True)
    para(doc, "Avec Sandrine, on a retenu cinq commerçants autour de nos boutiques :")
    bullets(doc, [
        "**La Cave à Neufchâtel**, la fromagerie de la rue Saint-Romain, à 400 m de la boutique de Rouen. La "
        "patronne nous achète déjà du Robec pour ses dégustations.",
        "**Le Bocal Rouennais**, l'épicerie en vrac du quartier Saint-Marc. Pas de farine de meule, pas de biscuits bio "
        "rouennais.",
        "**L'AMAP des Coteaux**, à Bois-Guillaume : 70 paniers de légumes distribués chaque jeudi soir, à 300 m de "
        "notre boutique.",
        "**La cantine de l'école Sainte-Thérèse** (Mont-Saint-Aignan, 240 repas par jour) : avec la loi EGalim, elle doit "
        "servir 20 % de bio et cherche du pain bio local.",
        "**Le restaurant d'entreprise de Normandie Assurances Conseil**, à Bois-Guillaume (180 salariés), qui veut des "
        "produits locaux pour ses buffets.",
    ])
    para(doc, "Ce qu'on ferait ensemble :")
    table(doc, [
        ["Commerçant voisin", "Ce qu'on ferait ensemble", "Mêmes clients ?"],
        ["La Cave à Neufchâtel", ["un « panier du vendredi » pain + fromage", "nos cartes de commande en ligne à leur caisse"], "oui"],
        ["Le Bocal Rouennais", ["nos sablés et la Boîte du Robec en rayon", "notre T80 en vrac"], "oui, un peu plus jeunes"],
        ["AMAP des Coteaux", ["un pain au levain en option dans le panier du jeudi"], "oui"],
        ["Cantine Sainte-Thérèse", ["pain bio livré chaque matin"], "non, mais les parents oui"],
        ["Restaurant de Normandie Assurances Conseil", ["pain et biscuits pour les buffets", "affiche sur le retrait à Bois-Guillaume"], "en partie"],
    ], [5.0, 8.4, 3.0], size=9, first_bold=True)

    sub(doc, "Et ceux à qui on a dit non")
    para(doc, "En décembre, le directeur du **Super Éco Déville** (supermarché discount) voulait mettre nos sablés et la "
              "Boîte du Robec près de ses caisses pour les fêtes, 300 boîtes d'un coup. On a refusé, et je pense qu'on a eu raison. Comme l'a dit Sandrine : « nos biscuits bio à côté des paquets industriels, ça "
              "casse ce qu'on est ». Nos clients viennent pour une boulangerie bio de "
              "quartier, avec un levain et un moulin qu'on peut nommer. Un rayon discount ferait douter nos habitués et "
              "n'apporterait pas de clients au site.")
    propose(doc, [
        "Commencer par La Cave à Neufchâtel et l'AMAP des Coteaux, les deux plus faciles, dès le mois de mai.",
        "Garder la même règle que pour Super Éco Déville : pas de grande surface discount.",
    ])


def part5(doc):
    part(doc, "5. REMONTER DANS GOOGLE ET LA PUB GOOGLE", new_page=True)
    para(doc, "Quand quelqu'un tape « boulangerie bio Rouen », il doit tomber sur nous, et sur la bonne boutique.")
    sub(doc, "D'abord, ensuite, plus tard")
    para(doc, "**D'abord (mars–avril)** — ce qui est gratuit, rapide, et qui se voit tout de suite :")
    numbered(doc, [
        "Compléter les 3 fiches Google des boutiques : horaires des jours fériés, photos des fournées et de la vitrine, "
        "lien « commander pour demain » vers la page de retrait.",
        "Réécrire le titre et la petite description de chaque page du site avec le nom de la ville, « bio » et « levain ».",
        "Créer une page par boutique : adresse, horaires, parking le plus proche, ce qu'on y trouve.",
    ])
    para(doc, "**Ensuite (mai–septembre)** :")
    numbered(doc, start=4, items=[
        "Demander des avis Google aux clients du retrait, avec une petite carte et un QR code dans le sac.",
        "Rallonger les pages des farines : d'où vient le blé, la mouture sur meule de pierre, une recette de pain au levain "
        "de Thierry.",
        "Se faire citer par le moulin, l'office de tourisme et le blog « Rouen à croquer ».",
    ])
    para(doc, "**Plus tard (octobre–décembre)** :")
    numbered(doc, start=7, items=[
        "Mettre en ligne la page « galette des rois bio Rouen » dès le 15/12, parce que Google met du temps à la trouver.",
        "Ajouter nos produits avec leurs prix dans la rubrique « Produits » des fiches Google.",
    ])

    sub(doc, "Les outils qu'on regarde")
    bullets(doc, [
        "**Google Search Console** : les recherches qui font apparaître le site, le nombre de clics et la position moyenne.",
        "**Google Analytics (GA4)** : les visites, d'où viennent les gens, les pages vues, les paniers.",
        "**Les statistiques d'Ecwid** : les commandes, les ventes, les paniers abandonnés, les produits qui partent le mieux.",
        "**Les statistiques des 3 fiches Google** : les appels, les demandes d'itinéraire, les clics vers le site, boutique "
        "par boutique.",
    ])
    para(doc, "Pourquoi ceux-là ? Hugo les avait installés quand il a monté le site, alors on a pris ceux-là.")

    sub(doc, "Où on sort dans Google")
    para(doc, "J'ai noté notre position sur six recherches, en navigation privée, depuis l'ordinateur de la boutique de Rouen :")
    bullets(doc, [
        "« boulangerie bio rouen » : **14e le 05/11, 4e le 09/03**.",
        "« farine t80 meule de pierre » : **31e le 05/11, 12e le 09/03**.",
        "« pain au levain rouen » : 6e le 09/03 (pas noté en novembre).",
        "« boulangerie bois-guillaume » : 9e le 09/03 (pas noté en novembre).",
        "« boulangerie mont-saint-aignan » : 11e le 09/03 (pas noté en novembre).",
        "« galette des rois bio rouen » : 3e le 08/01 (pas noté en novembre).",
    ])

    sub(doc, "Les recherches des clients")
    para(doc, "Pour savoir ce que les gens tapent, j'ai demandé aux vendeuses des trois boutiques ce que les clients "
              "demandent au comptoir et au téléphone, puis j'ai tout mis dans Ubersuggest pour avoir le nombre de "
              "recherches par mois. Ça donne cette liste de 22 recherches, avec la page du site qui doit sortir et la "
              "boutique concernée :")
    table(doc, [
        ["Recherche", "Par mois", "Page du site", "Boutique"],
        ["boulangerie rouen", "1 600", "accueil", "les trois"],
        ["boulangerie bio rouen", "210", "accueil", "Rouen"],
        ["pain au levain rouen", "90", "le Robec", "Rouen"],
        ["pain complet bio rouen", "30", "pains du jour", "Rouen"],
        ["boulangerie ouverte dimanche rouen", "110", "page boutique Rouen", "Rouen"],
        ["boulangerie bois-guillaume", "170", "page boutique Bois-Guillaume", "Bois-Guillaume"],
        ["boulangerie bio bois-guillaume", "20", "page boutique Bois-Guillaume", "Bois-Guillaume"],
        ["boulangerie mont-saint-aignan", "140", "page boutique Mont-Saint-Aignan", "Mont-Saint-Aignan"],
        ["boulangerie bio mont saint aignan", "20", "page boutique Mont-Saint-Aignan", "Mont-Saint-Aignan"],
        ["commander pain en ligne rouen", "40", "commande à retirer", "les trois"],
        ["galette des rois bio rouen", "70 (déc.–janv.)", "page galette", "les trois"],
        ["galette des rois frangipane rouen", "260 (déc.–janv.)", "page galette", "les trois"],
        ["pain levain bio", "320", "le Robec", "envoi (biscuits) / les trois"],
        ["farine t80 bio", "880", "farine T80", "envoi"],
        ["farine meule de pierre", "590", "farine T80", "envoi"],
        ["farine pour pain au levain", "720", "farine T80", "envoi"],
        ["farine bio en ligne", "480", "boutique farines", "envoi"],
        ["farine t110 bio", "390", "farine T110", "envoi"],
        ["farine de sarrasin bio", "1 000", "farine de sarrasin", "envoi"],
        ["sablés sarrasin caramel", "50", "sablés sarrasin & caramel", "envoi + les trois"],
        ["biscuits bio normandie", "90", "Boîte du Robec", "envoi"],
        ["coffret biscuits bio cadeau", "140", "Boîte du Robec", "envoi"],
    ], [5.6, 2.4, 5.0, 3.4], size=8.5)
    para(doc, "Pourquoi ces recherches-là et pas d'autres :")
    bullets(doc, [
        "**Les noms de villes** : pour le pain, on cherche une boulangerie près de chez soi. Bois-Guillaume (170) et Mont-Saint-Aignan (140) sont moins disputées que Rouen.",
        "**« bio » et « levain » plutôt qu'« artisanal »** : « boulangerie artisanale rouen » ne fait que 30 recherches "
        "par mois, et tout le monde dit « artisanal », même Duclair. « Bio » et « levain », c'est ce qui nous distingue.",
        "**La galette, en saison** : « galette des rois bio rouen » n'existe qu'en décembre et janvier, par des gens prêts à commander.",
        "**Les farines dans toute la France** : pour les colis, la ville ne compte pas : « farine t80 bio » (880) "
        "ou « farine pour pain au levain » (720) sont tapées partout.",
        "**Duclair est premier sur « boulangerie rouen »** (1 600 recherches, 7 fiches Google, 1 240 avis). On ne les passera "
        "pas : on vise « boulangerie bio rouen » et les villes.",
    ])

    sub(doc, "Les sites qui parlent de nous")
    bullets(doc, [
        "**Le Moulin de l'Andelle** : sa page « Où trouver nos farines » a un lien vers notre page farines. C'est "
        "**38 visites par mois** chez nous (moyenne de décembre à février dans GA4).",
        "**L'office de tourisme de Rouen** : nous sommes dans sa liste des boulangeries et pâtisseries du centre, avec un "
        "lien vers le site, depuis janvier.",
        "**Le blog « Rouen à croquer »** : un article « 5 pains au levain à goûter à Rouen » (le 21/01), avec une photo du "
        "Robec et un lien.",
    ])
    para(doc, "On n'a pas encore regardé si les liens des autres sites nous font remonter dans Google.")

    sub(doc, "La pub Google")
    para(doc, "On a deux campagnes sur le réseau de recherche :")
    bullets(doc, [
        "**« Retrait en boutique »** : 5 km autour de chaque boutique (un groupe d'annonces par boutique), 10 € par jour, "
        "du 03/11 au 28/02, de 6 h à 23 h. Les annonces arrivent sur la page « commander pour demain » de la boutique.",
        "**« Farines »** : toute la France, 5 € par jour, depuis le 05/01. L'annonce arrive sur la page d'accueil du site "
        "(à changer).",
    ])
    para(doc, "Les recherches qu'on achète, avec la façon dont Google doit les reconnaître :")
    bullets(doc, [
        "Retrait : [boulangerie bio rouen] en exact ; « commander pain rouen » en expression ; « boulangerie "
        "bois-guillaume » et « boulangerie mont saint aignan » en expression ; [pain au levain rouen] en exact ; "
        "« galette des rois rouen » en expression, seulement du 15/12 au 31/01.",
        "Farines : « farine t80 bio » en expression ; [farine meule de pierre] en exact ; « farine pour pain au levain » "
        "en expression ; farine bio en ligne en large.",
        "Recherches exclues dans les deux campagnes : **recette, emploi, CAP boulanger**, formation, machine à pain.",
    ])
    para(doc, "Les trois annonces qui tournent :")
    for title, titles, descs in ADS:
        q = doc.add_paragraph()
        q.paragraph_format.space_before = Pt(6)
        q.paragraph_format.space_after = Pt(1)
        q.paragraph_format.keep_with_next = True
        rr = q.add_run(title); rr.bold = True; rr.italic = True
        for k, t_ in enumerate(titles):
            q = doc.add_paragraph(style="List Bullet")
            q.paragraph_format.space_after = Pt(0)
            runs(q, "Titre %d : « %s »" % (k + 1, t_))
        for k, d_ in enumerate(descs):
            q = doc.add_paragraph(style="List Bullet")
            q.paragraph_format.space_after = Pt(0)
            runs(q, "Description %d : « %s »" % (k + 1, d_))
    propose(doc, [
        "Faire les trois actions du « d'abord » avant Pâques.",
        "Demander au moulin s'il peut aussi mettre un lien vers la page de la T80.",
    ])


def part6(doc):
    part(doc, "6. LES CHIFFRES DU SITE", new_page=True)
    sub(doc, "Le tableau de suivi de la pub, semaine par semaine")
    para(doc, "Chaque lundi matin, je recopie les chiffres de Google Ads et d'Ecwid dans un tableau (les deux campagnes "
              "ensemble, la campagne farines à partir du 05/01) :")
    rows = [["Semaine", "Clics", "Coût", "Commandes", "Ventes TTC"]]
    for w in WEEKS:
        rows.append([w[0], str(w[1]), eur(w[2]), str(w[3]), eur(w[4])])
    rows.append(["**Total du 03/11 au 01/03**", "**%s**" % "{:,}".format(T_CLICS).replace(",", " "), "**%s**" % eur(T_COUT),
                 "**%d**" % T_CMD, "**%s**" % eur(T_VENTES)])
    table(doc, rows, [5.6, 2.4, 2.6, 2.6, 3.2], size=8.5)
    para(doc, "Ce que je lis dans ce tableau : en moyenne on paie **0,38 € le clic**, et la campagne farines a fait "
              "**41 commandes** depuis janvier.")

    sub(doc, "Les chiffres qui comptent pour une boulangerie")
    para(doc, "J'en suis quatre, qui parlent au fournil et aux boutiques :")
    bullets(doc, [
        "**Les commandes à retirer par boutique et par jour** : en février, 8,4 à Rouen, 4,6 à Bois-Guillaume et 3,2 à "
        "Mont-Saint-Aignan. C'est ce que Thierry ajoute à la fournée du lendemain.",
        "**Le panier moyen** : 14,60 € pour le retrait, 27 € pour les colis. Il dit si les gens prennent juste leur "
        "pain ou aussi les viennoiseries.",
        "**Les commandes pas retirées** : 13 en février sur 431 (3 %). Elles sont payées, mais le pain finit en invendus.",
        "**Les kilos de farine envoyés** : 86 kg en février. C'est ce qu'on commande en plus au moulin.",
    ])

    sub(doc, "Ce que dit Google Analytics")
    para(doc, "Les chiffres du site, de novembre à février :")
    bullets(doc, [
        "Visites : **3 800 par mois** en moyenne.",
        "Taux de rebond : 58 %.",
        "Temps moyen passé sur le site : 1 min 10.",
        "Temps de chargement sur téléphone : 4,8 s.",
        "Abandon de panier : 71 %.",
        "Chiffre en ligne : environ **8 560 € TTC par mois**, soit 4,1 % du chiffre des boutiques.",
    ])
    para(doc, "**Les visites** : elles montent le dimanche soir et le mercredi, comme les commandes. 81 % viennent d'un "
              "téléphone. Décembre a été le plus gros mois (4 600 visites), puis janvier. Février redescend à 3 400.")
    para(doc, "**Le chiffre** : 72 % vient du retrait en boutique et 28 % des colis. Janvier est le meilleur mois, avec "
              "4,6 % du chiffre des boutiques grâce aux galettes (Sandrine, tu peux vérifier les chiffres de caisse de "
              "janvier ?). Les colis ont surtout progressé à partir de janvier, quand la pub farines a démarré.")

    sub(doc, "LA CONVERSION")
    para(doc, "Un retour en arrière que Thierry m'a "
              "demandé d'écrire pour les nouveaux, et qui explique nos prix face à Duclair. Entre 2014 et 2016, le Fournil a fait sa "
              "conversion au bio. Il a fallu trouver une farine bio qui tienne au levain (presque un an "
              "d'essais), séparer le stockage au fournil, et passer les audits de l'organisme certificateur : un premier audit en mars 2015, des contrôles surprises, puis la certification "
              "en avril 2016. Pendant ces deux ans, le prix de la farine a pris **+18 %** et on a monté le prix du pain "
              "petit à petit (la tradition est passée de 1,20 € à 1,35 €). On a perdu des clients la première année, "
              "et on en a gagné d'autres, venus exprès pour le bio.")

    sub(doc, "Ce que la pub a rapporté")
    para(doc, "Du 03/11 au 01/03, on a dépensé **%s** en pub Google, et les commandes venues de la pub font **%s TTC**. "
              "Sandrine estime notre marge à environ 35 %% : ces ventes nous laissent donc %s × 0,35 = **%s**. "
              "Le retour de la pub, c'est (%s − %s) / %s = **+%d %%** : pour 1 € de pub, on récupère 1,65 €."
              % (eur(T_COUT), eur(T_VENTES), eur(T_VENTES), eur(MARGE), eur(MARGE).replace(" €", ""),
                 eur(T_COUT).replace(" €", ""), eur(T_COUT).replace(" €", ""), RETOUR))

    sub(doc, "Et les galettes ?")
    para(doc, "On a pris **212 galettes en précommande** sur le site entre le 26/12 et le 25/01. Thierry a pu prévoir les fournées. Est-ce que la commande en ligne nous a fait vendre plus de galettes ? Je ne peux pas le "
              "dire : l'an dernier on n'avait pas la commande en ligne.")

    sub(doc, "Où trouver les chiffres")
    bullets(doc, [
        "Google Analytics : https://analytics.google.com/analytics/web/#/p318274405/reports/intelligenthome",
        "Search Console : https://search.google.com/search-console?resource_id=sc-domain:fournil-robec.fr",
        "lien du tableau Looker : demander à Hugo",
    ])
    propose(doc, [
        "Faire arriver la pub farines sur la page des farines, et plus sur la page d'accueil.",
        "Baisser les enchères du groupe de Mont-Saint-Aignan, où une commande nous coûte le plus cher, pour laisser plus "
        "de budget à Rouen.",
    ])


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.4)
    sec.bottom_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("✽ ")
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0xB8, 0x86, 0x2E)
    r = hp.add_run("LE FOURNIL DU ROBEC")
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = BROWN
    r = hp.add_run(" — boulangerie bio depuis 2009")
    r.italic = True
    r.font.size = Pt(9)
    r.font.color.rgb = BROWN
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("SARL Le Fournil du Robec — 76000 Rouen — page ")
    r.font.size = Pt(8.5)
    page_field(fp, 8.5)

    memo(doc)
    part1(doc)
    part2(doc)
    part3(doc)
    part4(doc)
    part5(doc)
    part6(doc)

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Commande en ligne — point au 16/03/2026"
    cp.subject = "Rapport interne"
    cp.keywords = ""
    cp.comments = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 6
    doc.save(FILE)
    repack(FILE)
    print("ok", NTAB, "tableaux")


if __name__ == "__main__":
    main()
