# -*- coding: utf-8 -*-
# Générateur du dossier du candidat c103 (DentaLor Distribution, distributeur de consommables dentaires B2B, Ludres).
# Un seul DOCX d'une douzaine de pages, blocs 1, 2 et 3, fait surtout de TABLEAUX souvent à moitié remplis
# (« NC » et « ? » en rouge, « à voir »), très peu de texte courant. Page de garde + sommaire automatique (champ TOC
# avec résultat en cache, resté figé : il annonce une section qui n'existe plus). Titres incohérents : vrais Titre 1 /
# Titre 2 bleus, titres tapés à la main en gras 14 pt, un titre en capitales, numérotation qui saute.
# En-tête « DentaLor — dossier e-commerce » sur la première section seulement (un saut de section le fait disparaître),
# pied de page « Document interne » sans numéro de page. Polices et largeurs de tableaux qui changent d'un tableau à l'autre.
# Déterministe : propriétés du document figées, archive zip ré-horodatée, aucun aléa.
import datetime
import os
import re
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c103-fournitures-dentaires-b2b")
FILE = os.path.join(OUT, "dentalor-dossier-blocs-1-2-3.docx")
AUTHOR = "Kévin Marchal"
FIXED = datetime.datetime(2026, 5, 18, 22, 14, 0)
ZIPSTAMP = (2026, 5, 18, 22, 14, 0)

RED = RGBColor(0xFF, 0x00, 0x00)
DARKBLUE = RGBColor(0x1F, 0x38, 0x64)


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


def instr(paragraph, code):
    r = paragraph.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " %s " % code
    r._r.append(t)


RED_TOKENS = ("NC", "?")


def add_text(par, text, font=None, size=None, bold=False, italic=False, redmarks=True):
    """Ajoute du texte ; les valeurs « NC » et « ? » (cellule entière ou mot isolé) passent en rouge."""
    groups = []
    for tok in re.split(r"(\s+)", text):
        if tok == "":
            continue
        red = redmarks and (not tok.isspace()) and tok.strip("«»,.;:()") in RED_TOKENS
        if tok.isspace() and groups:
            groups[-1][0] += tok
        elif groups and groups[-1][1] == red:
            groups[-1][0] += tok
        else:
            groups.append([tok, red])
    for t, red in groups:
        r = par.add_run(t)
        if font:
            r.font.name = font
            r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        if red:
            r.font.color.rgb = RED
    return par


class W:
    def __init__(self, doc):
        self.doc = doc

    # ---- titres (volontairement incohérents)
    def h1(self, text):
        self.doc.add_heading(text, level=1)

    def h2(self, text):
        self.doc.add_heading(text, level=2)

    def typed(self, text, size=14, underline=False, before=10):
        """Titre tapé à la main : paragraphe Normal en gras, hors sommaire."""
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        r.underline = underline

    def p(self, text, italic=False, size=None, red=False):
        par = self.doc.add_paragraph()
        add_text(par, text, italic=italic, size=size, redmarks=red)
        par.paragraph_format.space_after = Pt(4)
        return par

    def bullets(self, items, mark="-", red=False):
        for it in items:
            par = self.doc.add_paragraph()
            par.paragraph_format.left_indent = Cm(0.6)
            par.paragraph_format.first_line_indent = Cm(-0.4)
            par.paragraph_format.space_after = Pt(1)
            add_text(par, "%s %s" % (mark, it), redmarks=red)

    def caption(self, text):
        par = self.doc.add_paragraph()
        r = par.add_run(text)
        r.italic = True
        r.font.size = Pt(9)
        par.paragraph_format.space_after = Pt(6)

    def table(self, rows, widths, font="Calibri", size=10, head="D9D9D9", bold_first=False, align_center=False):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER if align_center else WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        for j, wd in enumerate(widths):
            t.columns[j].width = Cm(wd)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = t.cell(i, j)
                c.width = Cm(widths[j])
                c.text = ""
                lines = str(v).split("\n")
                for k, line in enumerate(lines):
                    par = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    par.paragraph_format.space_after = Pt(0)
                    add_text(par, line, font=font, size=size,
                             bold=(i == 0 and head is not None) or (bold_first and j == 0))
                if i == 0 and head:
                    shade(c, head)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t


# ---------------------------------------------------------------------------------------------- sommaire
# Résultat en cache du champ TOC, tel qu'il était à la dernière mise à jour (avant la suppression de 3.6).
TOC = [
    (1, "1. Présentation de DentaLor", "3"),
    (2, "2.1 Les assistantes qui commandent", "3"),
    (2, "2.3 Référencement", "4"),
    (2, "2.4 Comparatif confrères", "4"),
    (2, "2.5 Grille atouts-faiblesses", "4"),
    (1, "4 STRATÉGIE WEB 2026", "5"),
    (2, "3.1 Actions SEO", "9"),
    (2, "3.3 Mots-clés catalogue", "9"),
    (2, "3.4 Cocon sémantique", "9"),
    (2, "3.5 Google Ads", "10"),
    (2, "3.6 Netlinking", "10"),
    (2, "3.7 Indicateurs ADV", "11"),
]


def toc(doc):
    p = doc.add_paragraph()
    r = p.add_run("Sommaire")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = DARKBLUE
    first = doc.add_paragraph()
    fld(first, "begin")
    instr(first, 'TOC \\o "1-3" \\h \\z \\u')
    fld(first, "separate")
    paras = [first]
    for k, (lvl, title, page) in enumerate(TOC):
        para = first if k == 0 else doc.add_paragraph()
        if k:
            paras.append(para)
        para.paragraph_format.space_after = Pt(2)
        para.paragraph_format.left_indent = Cm(0 if lvl == 1 else 0.5)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), alignment=2, leader=1)
        r = para.add_run("%s\t%s" % (title, page))
        r.font.size = Pt(11)
    fld(paras[-1], "end")


# ---------------------------------------------------------------------------------------------- contenu
def section_break(doc):
    """Saut de section (page suivante) : la nouvelle section n'est plus liée à l'en-tête précédent (vide)."""
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.header.is_linked_to_previous = False
    sec.header.paragraphs[0].text = ""
    sec.footer.is_linked_to_previous = True


def content(w):
    d = w.doc
    # ---------------------------------------------------------------- 1
    w.h1("1. Présentation de DentaLor")
    w.p("DentaLor Distribution SAS vend des consommables dentaires aux cabinets de Lorraine, d'Alsace et de Franche-Comté. Créée en 1991 par Gérard Thiriet à Ludres (54), dirigée depuis 2016 par son fils Olivier Thiriet.")
    w.table([["DentaLor en chiffres (2025)", ""],
             ["CA total", "7,8 M€ HT"],
             ["dont boutique B2B en ligne", "2,1 M€ HT (27 %)"],
             ["Salariés", "23 (6 délégués, 5 ADV, 7 entrepôt, achats, direction)"],
             ["Cabinets clients", "1 450"],
             ["Comptes web actifs", "860"],
             ["Références", "5 800 (gants, composites, fraises, empreintes, hygiène…)"],
             ["Cabinets en commandes récurrentes", "180"],
             ["Franco", "150 € HT"],
             ["Livraison", "nos camionnettes en 24 h autour de Nancy – Metz, transporteur ailleurs"],
             ["Site", "Shopware 6 + module B2B, relié à Sage 100"],
             ["Grille tarifaire", "une grille par cabinet (4 niveaux) + contrats pour les centres dentaires"]],
            [6.0, 9.5], font="Calibri", size=10, head="BFBFBF", bold_first=True)
    w.p("Je suis assistant e-commerce en alternance, après deux ans de préparateur de commandes à l'entrepôt. Je fais les fiches produits, les promos, les mails Brevo et Google Ads avec Sandrine Colin (ma tutrice).")

    # ---------------------------------------------------------------- 2 (bloc 1)
    w.typed("2 Analyse du marché (bloc 1)", size=14)
    w.h2("2.1 Les assistantes qui commandent")
    w.p("Dans les cabinets, c'est l'assistante dentaire qui commande, pas le dentiste. En janvier 2026 j'ai écouté 40 appels ADV avec Laura Didier et noté ce qui les fait commander et ce qui les bloque.")
    w.table([["", "Ce qu'elles disent", "Nb d'appels (sur 40)"],
             ["Déclencheurs", "Rupture vue le matin en préparant les salles (« on n'a plus de gants en M pour la journée »)", "17"],
             ["", "Pas le temps : elles commandent entre deux patients", "12"],
             ["", "Inventaire de la réserve le vendredi / fin de mois", "6"],
             ["", "Promo reçue par mail", "5"],
             ["Blocages", "Un seul identifiant pour tout le cabinet : mot de passe perdu, compte au nom du dentiste", "14"],
             ["", "Préfèrent appeler (« c'est plus rapide d'appeler Laura »)", "10"],
             ["", "Prix cachés tant qu'on n'est pas connecté : elles vont comparer ailleurs", "9"],
             ["", "La recherche par référence fabricant ne trouve pas le produit", "7"]],
            [2.8, 10.2, 3.2], font="Arial", size=9, head="D9D9D9", bold_first=True)
    w.typed("2.2 Circuit de commande", size=12)
    w.table([["Étape", "Ce que fait l'assistante", "Canal"],
             ["Besoin", "Elle voit la rupture dans la réserve ou en préparant le plateau", "réserve, fauteuil"],
             ["Recherche", "Elle cherche le produit dans le catalogue papier ou sur le site (par référence)", "catalogue, site, appel ADV"],
             ["Comparaison", "?", "?"],
             ["Commande", "Sur le site (panier ou commande récurrente), par téléphone à l'ADV ou au délégué", "site, téléphone, délégué"],
             ["Après commande", "?", "?"]],
            [3.0, 9.0, 4.0], font="Calibri", size=11, head="D9D9D9")
    w.h2("2.3 Référencement")
    w.p("En février on a fait le référencement fournisseur d'un nouveau fabricant de gants nitrile, Protekta Medical (gants Sensi-Nit), parce que l'ancien avait trop de ruptures.")
    w.table([["Étape", "Détail", "Qui", "Fait"],
             ["Échantillons", "3 cartons (tailles S, M, L)", "Achats", "oui"],
             ["Test en cabinet", "3 cabinets tests (Nancy, Metz, Épinal) pendant 2 semaines", "Délégués", "oui"],
             ["Conformité", "Marquage CE, norme EN 455, fiche technique", "Achats", "oui"],
             ["Conditions", "Prix d'achat 3,90 € HT la boîte, remise 5 % à partir de 50 cartons, franco fournisseur 800 € HT", "Achats + Olivier", "oui"],
             ["Conditionnement / minimum", "boîte de 100, carton de 10 boîtes ; minimum 20 cartons", "Achats", "oui"],
             ["Création article", "Sage 100 + fiche Shopware, prix de vente 6,40 € HT la boîte de 100", "Moi", "oui"]],
            [3.4, 8.6, 2.6, 1.2], font="Times New Roman", size=10, head="E7E6E6")
    w.h2("2.4 Comparatif confrères")
    w.table([["Confrère", "Type", "Références", "Gants nitrile (boîte de 100)", "Franco", "Livraison", "Commande récurrente"],
             ["MegaDent France", "national, catalogue + site", "25 000", "5,90 € HT", "NC", "48 h", "NC"],
             ["Dentéo Direct", "pure player discount", "9 000", "4,95 € HT", "99 € HT", "NC", "non"],
             ["Groupe Odonto-Services", "groupement d'achat", "NC", "NC", "NC", "NC", "oui"],
             ["Alsadent", "régional (Strasbourg)", "NC", "6,20 € HT", "200 € HT", "24 h en Alsace", "NC"]],
            [3.0, 3.0, 2.0, 2.4, 1.8, 2.0, 2.2], font="Arial", size=8, head="BFBFBF", bold_first=True)
    w.h2("2.5 Grille atouts-faiblesses")
    w.table([["ATOUTS", "FAIBLESSES"],
             ["• livraison en 24 h avec nos camionnettes (Nancy – Metz)\n• 6 délégués qui connaissent les cabinets\n• grille tarifaire par cabinet\n• commandes récurrentes déjà en place\n• ADV joignable, chat sur le site",
              "• site peu connu des assistantes\n• prix cachés avant connexion\n• un seul identifiant par cabinet\n• fiches produits pauvres (pas de fiche technique)\n• pas d'appli mobile"],
             ["OPPORTUNITÉS", "MENACES"],
             ["à voir avec Sandrine", "à voir avec Sandrine"]],
            [8.0, 8.0], font="Calibri", size=10, head="D9D9D9")

    # ---------------------------------------------------------------- 4 stratégie
    d.add_page_break()
    w.h1("4 STRATÉGIE WEB 2026")
    w.p("Objectifs pour fin 2026 (validés avec Olivier et Sandrine en janvier) :")
    w.bullets(["passer la part du web de 27 % à 35 % du CA d'ici fin 2026",
               "1 000 comptes web actifs (860 aujourd'hui)",
               "400 cabinets en commandes récurrentes (180 aujourd'hui)"], mark="•")
    w.typed("Profils cabinets (par ordre de priorité)", size=11, underline=True)
    w.table([["Priorité", "Profil cabinet", "Nb de cabinets", "Pourquoi"],
             ["1", "Cabinets de groupe (3 praticiens et +) avec une assistante qui gère les commandes", "310", "Gros paniers, commandent souvent, l'assistante est déjà sur le site"],
             ["2", "Centres dentaires sous contrat", "42", "Volumes, grille contrat, commande récurrente facile à mettre en place"],
             ["3", "Cabinets de 1 ou 2 praticiens avec une assistante polyvalente", "780", "Nombreux mais commandent surtout par téléphone"],
             ["4", "Praticiens seuls sans assistante, orthodontistes", "318", "Petits paniers, souvent sous le franco"]],
            [1.6, 6.0, 2.2, 6.2], font="Calibri", size=10, head="D9D9D9")
    w.typed("Moyens d'action", size=11, underline=True)
    w.bullets(["emailing (Brevo)", "Google Ads", "LinkedIn", "SEO"], mark="-")
    w.typed("Calendrier", size=11, underline=True)
    X = "x"
    w.table([["Action", "J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
             ["Emailing Brevo", X, X, X, X, X, X, "", "", X, X, X, X],
             ["Google Ads", X, X, X, "", "", "", "", "", X, X, X, ""],
             ["LinkedIn", "", X, X, X, X, X, "", "", X, X, X, X],
             ["Semaine gants", "", X, "", "", "", "", "", "", "", "", "", ""],
             ["Opération réassort automatique", "", "", X, X, X, X, "", "", "", "", "", ""],
             ["Fiches produits (SEO)", X, X, X, X, X, X, X, "", "", "", "", ""],
             ["Dentexpo Est", "", "", "", "", "", "", "", "", "", X, "", ""]],
            [4.4] + [0.95] * 12, font="Calibri", size=9, head="A6A6A6", align_center=True)
    w.caption("Calendrier 2026 (copie Excel)")
    w.typed("Alliances", size=11, underline=True)
    w.p("Secteurs intéressants pour des partenariats :")
    w.bullets(["laboratoires de prothèse dentaire", "écoles d'assistants dentaires", "fabricants (gants, composites, instruments)"], mark="•")
    # ---------------------------------------------------------------- saut de section : plus d'en-tête
    section_break(d)
    w.typed("Semaine gants : avant / après", size=11, underline=True, before=0)
    w.p("Du 2 au 6 février 2026 : -15 % sur les gants nitrile Sensi-Nit (boîte de 100) sur le site.")
    w.table([["Période", "Boîtes vendues sur le site", "Boîtes vendues (tous canaux)"],
             ["4 semaines avant (5/01 – 1/02)", "1 840", "6 210"],
             ["4 semaines après (9/02 – 8/03)", "2 310", "6 480"]],
            [6.0, 4.5, 4.5], font="Arial", size=10, head="D9D9D9")
    w.typed("Budget 2026", size=11, underline=True)
    w.table([["Poste", "Dépenses", "Recettes"],
             ["Emailing Brevo (abonnement)", "1 200 €", ""],
             ["Stand « Dentexpo Est »", "4 500 €", ""],
             ["Google Ads", "?", ""],
             ["LinkedIn", "0 €", ""],
             ["Flyers dans les colis", "900 €", ""],
             ["SMS", "400 €", ""],
             ["Total", "?", ""]],
            [7.0, 3.5, 3.5], font="Calibri", size=11, head="D9D9D9", bold_first=False)

    d.add_page_break()

    # ---------------------------------------------------------------- 3.2 (bloc 2)
    w.typed("3.2 Opération réassort automatique (bloc 2)", size=14, before=0)
    w.p("Olivier veut un carnet de commandes plus régulier : les commandes arrivent par à-coups (le lundi, en fin de mois, presque rien pendant les vacances des cabinets). L'idée : que les cabinets programment leurs produits de base en commande récurrente.")
    w.p("Objectif : 400 cabinets en commandes récurrentes (opération de relance de mars à juin 2026).")
    w.bullets(["emailing Brevo : 3 mails aux 860 comptes web",
               "tablettes des délégués : ils créent la commande récurrente avec l'assistante pendant la visite",
               "flyer glissé dans les colis : « Ne tombez plus en rupture »",
               "SMS la veille de chaque commande programmée"], mark="•")
    w.table([["Objectif", "Moyen", "Message", "Quand"],
             ["Faire connaître la commande récurrente", "Emailing Brevo", "« Vos gants arrivent tout seuls »", "mars"],
             ["Créer les commandes en cabinet", "Tablettes des délégués", "démonstration en 5 minutes", "mars – juin"],
             ["Toucher ceux qui n'ouvrent pas les mails", "Flyer dans les colis", "« Ne tombez plus en rupture »", "avril – mai"],
             ["Éviter les annulations", "SMS", "« Votre commande part demain, modifiable avant 17 h »", "toute l'année"]],
            [5.0, 3.6, 5.2, 2.4], font="Arial", size=9, head="E7E6E6")
    w.typed("Partenaires", size=11, underline=True)
    w.bullets(["Labo Prothèse Thiébaut (Vandœuvre-lès-Nancy), prothésiste",
               "IFAD Lorraine, formation d'assistants dentaires (Nancy)",
               "?"], mark="-", red=True)
    w.typed("Chat du site (Zendesk)", size=11, underline=True)
    w.p("Laura répond au chat de 8 h à 17 h. Exemple (12 mars 2026) :")
    for who, msg in [("Assistante cab. Dr Masson (10:12)", "Bonjour, le ciment verre ionomère Ionofil qu'on a reçu l'an dernier, il périme quand ? Il nous reste 3 boîtes"),
                     ("Laura (10:13)", "Bonjour ! La date est sur la boîte à côté du sablier, vous pouvez me donner le n° de lot ?"),
                     ("Assistante (10:15)", "lot 24B117, 2025-11"),
                     ("Laura (10:16)", "Il est périmé depuis novembre, il ne faut plus l'utiliser. Je vous en mets 2 boîtes dans la commande de demain ? 24,60 € HT la boîte"),
                     ("Assistante (10:17)", "oui 2 boîtes, et des cotons salivaires aussi svp"),
                     ("Laura (10:18)", "C'est fait, commande 26-031845, livrée demain matin par notre camionnette.")]:
        par = d.add_paragraph()
        par.paragraph_format.space_after = Pt(0)
        par.paragraph_format.left_indent = Cm(0.5)
        r = par.add_run(who + " : ")
        r.bold = True
        r.font.size = Pt(10)
        r2 = par.add_run(msg)
        r2.font.size = Pt(10)
    w.p("→ commande de 86,40 € HT.")
    w.typed("LinkedIn", size=11, underline=True)
    w.p("J'ai créé la page LinkedIn DentaLor Distribution en février 2026. Les 3 premiers posts :")
    w.p("« Nouveau chez DentaLor : les gants nitrile Sensi-Nit, testés par 3 cabinets de la région. Boîte de 100 à 6,40 € HT. #dentaire #cabinetdentaire »", italic=True, size=10)
    w.p("« La commande récurrente est disponible pour tous les cabinets ! Programmez vos gants, votre aspiration et votre désinfection toutes les 2, 4 ou 6 semaines. »", italic=True, size=10)
    w.p("« On vous attend sur notre stand au salon Dentexpo Est en octobre ! »", italic=True, size=10)
    w.typed("Produits poussés", size=11, underline=True)
    w.bullets(["« Produits associés » (Shopware) : sur la fiche du composite NanoFil A2 (38,90 € HT), on propose les embouts et les fraises diamantées FG (14,50 € HT la boîte de 5).",
               "Bloc « Recommandé pour votre cabinet » sur l'accueil : les produits commandés par le cabinet ces 6 derniers mois.",
               "Bannière promo : « Semaine gants -15 % » en février, « Alginate ChromaPrint 500 g (11,20 € HT) : 2 achetés = 1 offert » en avril."], mark="•")
    w.table([["Emplacement", "Ce qu'on met", "Pourquoi"],
             ["Page d'accueil", "Bannière promo + « Recommandé pour votre cabinet »", "Première page après la connexion"],
             ["Panier", "« Pensez aussi à » (produits associés)", "Atteindre le franco de 150 € HT"],
             ["Fiche produit", "", ""],
             ["Page catégorie", "", ""],
             ["Mail de confirmation", "", ""]],
            [3.6, 6.4, 5.6], font="Calibri", size=10, head="D9D9D9")
    w.typed("Modes de règlement", size=11, underline=True)
    w.table([["Mode", "Pour qui", "En ligne"],
             ["Carte bancaire", "Tous les cabinets", "oui"],
             ["Prélèvement SEPA", "Cabinets en compte (mandat SEPA signé)", "oui"],
             ["LCR à 30 jours", "Cabinets en compte, encours validé par la compta", "oui (depuis janvier 2026)"]],
            [4.0, 7.5, 4.0], font="Times New Roman", size=11, head="BFBFBF")
    w.p("Remarque : je n'ai pas encore testé la commande sur tablette.")
    w.table([["Élément de confiance", "Sur le site"],
             ["Cadenas / https", "oui"],
             ["Logos CB, Visa, Mastercard", "oui"],
             ["3D Secure", "oui"],
             ["Mention « paiement sécurisé » dans le panier", "non"],
             ["Conditions de paiement dans les CGV", "oui"],
             ["Avis clients", "non"]],
            [8.0, 3.0], font="Arial", size=9, head="D9D9D9")
    w.typed("RFA et fidélité", size=11, underline=True)
    w.bullets(["RFA (remise de fin d'année) : 2 % au-delà de 8 000 € HT d'achats dans l'année, 3 % au-delà de 15 000 € HT",
               "-3 % sur toutes les commandes récurrentes",
               "franco de port à 150 € HT",
               "points DentaLor : 1 point par 10 € HT commandés sur le site, à échanger contre du petit matériel ou des bons d'achat"], mark="-")
    w.p("On met surtout en avant la remise de -3 % sur les commandes récurrentes, demandé par la direction.")

    # ---------------------------------------------------------------- bloc 3
    d.add_page_break()
    w.h2("3.1 Actions SEO")
    w.bullets(["réécrire les titres des 50 fiches les plus vendues",
               "ajouter un texte sur chaque page catégorie",
               "compresser les images produits",
               "créer une page par marque",
               "corriger les erreurs 404 (anciens produits)",
               "ajouter les fiches techniques en PDF",
               "rendre le catalogue visible sans connexion",
               "créer la fiche Google Business Profile (Ludres)"], mark="-")
    w.p("Outils de mesure : Google Analytics 4 (trafic, commandes), Google Search Console (requêtes, positions, clics), statistiques Shopware (commandes, paniers, produits vus), Semrush (version d'essai, positions et mots-clés).")
    w.table([["Requête", "Position avant (janv. 2026)", "Position après"],
             ["fournitures dentaires nancy", "8", "NC"],
             ["fournisseur dentaire lorraine", "5", "NC"],
             ["gants nitrile cabinet dentaire", "34", "NC"],
             ["composite nanofil a2", "12", "NC"],
             ["alginate chromaprint", "3", "NC"]],
            [7.0, 4.5, 3.5], font="Calibri", size=10, head="D9D9D9")
    w.h2("3.3 Mots-clés catalogue")
    w.table([["Mot-clé", "Volume / mois", "Difficulté", "Page"],
             ["gants nitrile", "12 100", "", ""],
             ["fournitures dentaires", "2 900", "", ""],
             ["fournisseur dentaire", "1 300", "", ""],
             ["gants nitrile boite de 100", "880", "", ""],
             ["digue dentaire", "880", "", ""],
             ["composite dentaire", "720", "", ""],
             ["ciment verre ionomère", "590", "", ""],
             ["alginate dentaire", "480", "", ""],
             ["fraise diamantée dentaire", "390", "", ""],
             ["matériel dentaire en ligne", "320", "", ""],
             ["cotons salivaires", "260", "", ""],
             ["canules d'aspiration", "210", "", ""],
             ["désinfectant surfaces cabinet dentaire", "140", "", ""],
             ["fournitures dentaires nancy", "70", "", ""],
             ["fournisseur dentaire lorraine", "40", "", ""]],
            [7.0, 3.0, 2.5, 3.5], font="Arial", size=9, head="BFBFBF")
    w.caption("Source : Semrush (essai)")
    w.h2("3.4 Cocon sémantique")
    w.p("à compléter")
    d.add_page_break()
    w.h2("3.5 Google Ads")
    w.p("Une campagne Search « Consommables dentaires » depuis le 5 janvier 2026, 25 €/jour, avec 2 groupes d'annonces : « Gants et hygiène » et « Soins et empreintes ».")
    kw = [["Mot-clé", "Correspondance", "Groupe"],
          ["gants nitrile cabinet dentaire", "exacte", "Gants et hygiène"],
          ["gants nitrile boite de 100", "exacte", "Gants et hygiène"],
          ["gants nitrile dentaire", "expression", "Gants et hygiène"],
          ["digue dentaire", "expression", "Gants et hygiène"],
          ["cotons salivaires", "expression", "Gants et hygiène"],
          ["canules aspiration dentaire", "expression", "Gants et hygiène"],
          ["désinfectant surfaces dentaire", "expression", "Gants et hygiène"],
          ["bavettes dentaires", "expression", "Gants et hygiène"],
          ["fournitures dentaires", "expression", "Gants et hygiène"],
          ["composite dentaire", "expression", "Soins et empreintes"],
          ["composite nanofil a2", "exacte", "Soins et empreintes"],
          ["fraise diamantée fg", "expression", "Soins et empreintes"],
          ["alginate dentaire", "expression", "Soins et empreintes"],
          ["alginate chromaprint", "exacte", "Soins et empreintes"],
          ["ciment verre ionomère", "expression", "Soins et empreintes"],
          ["fournisseur dentaire lorraine", "expression", "Soins et empreintes"],
          ["fournitures dentaires nancy", "exacte", "Soins et empreintes"],
          ["matériel dentaire en ligne", "large", "Soins et empreintes"],
          ["Mots-clés négatifs (campagne)", "gants ménage, particulier, emploi, formation, gratuit, occasion, fauteuil, blanchiment, dentifrice", ""]]
    w.table(kw, [6.0, 6.0, 4.0], font="Calibri", size=9, head="D9D9D9")
    w.p("Annonce 1 (Gants et hygiène) : Gants nitrile Sensi-Nit | Livré en 24 h à Nancy-Metz | Franco dès 150 € HT. Description : ?", red=True)
    w.p("Annonce 2 (Soins et empreintes) : Composite NanoFil A2 | Fournisseur dentaire lorrain | Votre grille tarifaire. Description : ?", red=True)
    rows = [["Semaine", "Impressions", "Clics", "CTR", "CPC moyen", "Coût", "Commandes", "CA HT"]]
    data = [("05/01", 2140, 96, 1.79, 172, 3, 540), ("12/01", 2310, 104, 1.68, 175, 4, 760),
            ("19/01", 2280, 101, 1.72, 174, 4, 690), ("26/01", 2405, 112, 1.56, 175, 5, 930),
            ("02/02", 2890, 141, 1.24, 175, 8, 1420), ("09/02", 2350, 108, 1.62, 175, 4, 810),
            ("16/02", 2190, 99, 1.76, 174, 3, 620), ("23/02", 2260, 103, 1.70, 175, 4, 700),
            ("02/03", 2420, 115, 1.52, 175, 5, 980), ("09/03", 2380, 110, 1.59, 175, 5, 890),
            ("16/03", 2450, 118, 1.48, 175, 6, 1050), ("23/03", 2510, 121, 1.45, 175, 6, 1120),
            ("30/03", 2330, 107, 1.63, 174, 4, 760)]
    for sem, imp, clics, cpc, cout, cmd, ca in data:
        rows.append([sem, "%d" % imp, "%d" % clics, ("%.1f %%" % (100.0 * clics / imp)).replace(".", ","),
                     ("%.2f €" % cpc).replace(".", ","), "%d €" % cout, "%d" % cmd, ("%d €" % ca)])
    w.table(rows, [1.8, 2.2, 1.5, 1.6, 2.0, 1.8, 2.2, 2.0], font="Arial", size=9, head="E7E6E6")
    w.h2("3.7 Indicateurs ADV")
    w.bullets(["taux de réassort : cabinets qui recommandent dans les 45 jours (62 % en 2025)",
               "commandes récurrentes actives : 180 en janvier, 236 fin avril",
               "taux de connexion : comptes web qui se connectent au moins une fois par mois (54 %)",
               "panier moyen web : 212 € HT",
               "part du web dans le CA : 27 % en 2025, 29 % fin avril 2026"], mark="•")
    w.table([["Indicateur", "Valeur (avril 2026)"],
             ["Trafic", "9 400 sessions / mois"],
             ["Taux de rebond", "38 %"],
             ["Temps de visite", "4 min 10 s"],
             ["Temps de chargement", "NC"],
             ["Abandon création de compte", "NC"],
             ["Abandon panier", "NC"],
             ["Abandon paiement", "NC"]],
            [7.0, 5.0], font="Calibri", size=10, head="D9D9D9")
    w.p("Liens vers les outils : Google Analytics 4, Google Search Console, statistiques Shopware, Semrush, Google Ads.")
    w.typed("Retour sur investissement", size=11, underline=True)
    w.p("ROI = (CA généré par la campagne - coût de la campagne) / coût de la campagne")
    w.p("à calculer avec Sandrine")
    w.typed("Actions à faire", size=11, underline=True)
    w.bullets(["écrire les descriptions des annonces", "ajouter des mots-clés négatifs", "afficher les prix sans connexion",
               "un identifiant par assistante"], mark="-")
    w.bullets(["relancer les paniers abandonnés par mail", "faire plus de posts LinkedIn", "améliorer les fiches produits",
               "ajouter des avis clients"], mark="•")
    w.bullets(["proposer la commande récurrente dès la 2e commande", "mail pour les cabinets qui ne se connectent plus"], mark="-")


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    for name, size in (("Heading 1", 16), ("Heading 2", 13)):
        hs = doc.styles[name]
        hs.font.name = "Calibri Light"
        hs.font.size = Pt(size)
        hs.font.color.rgb = DARKBLUE if name == "Heading 1" else RGBColor(0x2F, 0x54, 0x96)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("DentaLor — dossier e-commerce")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Document interne")
    r.font.size = Pt(9)

    # couverture
    for _ in range(6):
        doc.add_paragraph()
    for text, size, bold in [("DentaLor Distribution", 26, True),
                             ("Dossier e-commerce", 18, False),
                             ("Blocs 1, 2 et 3", 14, False),
                             ("", 12, False),
                             ("Titre RNCP Chef de projet e-commerce — session 2026", 12, False)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        if bold:
            r.font.color.rgb = DARKBLUE
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Kévin Marchal\nAssistant e-commerce (alternance) — Bachelor 3e année\n"
                  "Tutrice : Sandrine Colin, responsable ADV & e-commerce\nZI de Ludres (54) — mai 2026")
    r.font.size = Pt(11)
    doc.add_page_break()
    toc(doc)
    doc.add_page_break()

    content(W(doc))

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier e-commerce DentaLor"
    cp.subject = "Blocs 1, 2 et 3"
    cp.keywords = ""
    cp.comments = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 14
    doc.save(FILE)
    repack(FILE)
    print("ok", FILE)


if __name__ == "__main__":
    main()
