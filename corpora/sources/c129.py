# Générateur du dossier du candidat c129 (Maison Mignot, affineur de comté à Poligny, Jura) — blocs 2 et 5, niveau faible.
# Trois fichiers : un rapport DOCX mince (~8 pages, Arial 11, pas de couverture, titre gras 16 pt, sommaire TAPÉ de 6 lignes
# sans numéros de page, seuls des Titre 1, paragraphes d'une ligne, puces « - » tapées, deux grands cadres gris de captures,
# trois tableaux, pied de page « Dylan V. — 2026 ») ; un classeur XLSX « comme enregistré par LibreOffice Calc » (ODS écrit
# avec odfpy puis converti par soffice : onglets Budget, Planning, Transport, formules avec valeurs, commentaire de cellule
# pour le tuteur) ; un export CSV brut des commandes PrestaShop (séparateur « ; », ~420 lignes).
# Déterministe : graine fixe, propriétés figées, zips reconditionnés à date fixe.
import datetime
import io
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableCellProperties, TextProperties, TableColumnProperties, ParagraphProperties)
from odf.number import CurrencyStyle, CurrencySymbol, Number, Text as NText
from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
from odf.text import P as OP
from odf.office import Annotation
from odf.dc import Creator as DcCreator, Date as DcDate
from odf.meta import InitialCreator, CreationDate

SLUG = "c129-fromagerie-affineur-jura"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
DOCX = os.path.join(OUT, "Rapport_VUILLERMOZ_blocs2-5.docx")
XLSX = os.path.join(OUT, "Noel2025_budget_planning.xlsx")
CSV = os.path.join(OUT, "export_commandes_2025-10-01_2025-12-31.csv")
AUTHOR = "Dylan Vuillermoz"
FIXED = datetime.datetime(2026, 1, 26, 21, 37, 0)
ZIPSTAMP = (2026, 1, 26, 21, 37, 0)
XSTAMP = (2026, 1, 19, 18, 5, 0)
NOTE_HERVE = "Hervé, je te laisse vérifier les tarifs Chronofresh avant que j'envoie"


def repack(path, stamp, replace=None):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if replace and name in replace:
                data = replace[name]
            zi = zipfile.ZipInfo(name, stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


# =====================================================================================================================
# 1. Le rapport DOCX
# =====================================================================================================================
doc = None


def shade_par(p, fill="D9D9D9", color="A6A6A6"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8")
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), color)
        bdr.append(e)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def P(text="", bold=False, italic=False, after=4, size=None):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def H1(text, new_page=False):
    h = doc.add_heading(text, level=1)
    h.paragraph_format.page_break_before = new_page


def DASH(items):
    for it in items:
        P("- " + it, after=2)


def TABLE(rows, widths):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            par = c.paragraphs[0]
            par.paragraph_format.space_after = Pt(0)
            r = par.add_run(val)
            r.font.size = Pt(10)
            r.bold = i == 0
    P("", after=2)


def SCREEN(inside, caption, lines=18):
    """Grand cadre gris à la place de la capture (le texte reste lisible)."""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade_par(p)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.keep_with_next = True
    mid = (lines - len(inside)) // 2
    k = 0
    for i in range(lines):
        if mid <= i < mid + len(inside):
            r = p.add_run(inside[k])
            r.font.size = Pt(9.5)
            r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
            k += 1
        if i < lines - 1:
            p.add_run().add_break()
    c = P(caption, italic=True, after=8, size=9.5)
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER


def MAIL(head, body):
    for h in head:
        p = P(h, after=0, size=9.5)
        p.paragraph_format.left_indent = Cm(0.8)
        p.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    for k, b in enumerate(body):
        p = P(b, italic=True, after=(8 if k == len(body) - 1 else 1), size=10)
        p.paragraph_format.left_indent = Cm(0.8)


def contenu():
    # ---------------------------------------------------------------- titre et sommaire tapé
    P("Rapport blocs 2 et 5 — Maison Mignot, affineur à Poligny", bold=True, size=16, after=6)
    P("Dylan Vuillermoz — Bachelor 1re année en alternance, Campus Digital Franche-Comté — tuteur : Hervé Mignot", after=14)
    P("Sommaire", bold=True, after=4)
    for line in ["1. L'opé Noël", "2. Le site et le paiement", "3. Le projet avec l'agence",
                 "4. La prépa colis et les envois", "5. Les conditions du site et le RGPD", "6. Le suivi de l'équipe"]:
        P(line, after=1)
    P("", after=6)
    P("Je suis en alternance chez Maison Mignot depuis septembre 2025, après mon BTS NDRC.")
    P("Maison Mignot, c'est un affineur de Poligny, dans le Jura. La maison existe depuis 1962 et Hervé Mignot, le gérant, c'est la troisième génération.")
    P("On achète des meules de comté jeunes à 6 fruitières du coin, et on les affine dans nos deux caves. On vend aussi du morbier, du bleu de Gex et du Mont d'Or (du 10 septembre au 10 mai).")
    P("On est 11 dans l'entreprise. Le chiffre d'affaires 2025 est de 3,1 M€ HT : 82 % avec les crémiers et les restaurants, 12 % au magasin de Poligny et 186 k€ sur le site, soit 6 %.")
    P("Le site tourne sous PrestaShop 1.7. Les produits qui marchent le plus sont le « Comté 18 mois — 500 g » à 17,90 €, le « Coffret Découverte du Jura 1,2 kg » à 49 € et le « Mont d'Or AOP 500 g » à 16,50 €.")
    P("Le fromage part en colis réfrigéré : une boîte isotherme avec des plaques eutectiques. On expédie du lundi au mercredi, pour que le colis arrive en 48 h et jamais le week-end.")
    P("Moi je suis surtout à la prépa colis, mais je m'occupe aussi de Facebook, des photos et d'une partie du site. Solène Mignot s'occupe des ventes et Patrice Jeunet est le chef de cave.")

    # ---------------------------------------------------------------- 1
    H1("1. L'opé Noël", new_page=True)
    P("L'opé Noël, c'est la période où on vend le plus de colis sur le site. Elle va de début octobre à Noël.")
    P("Cette année le but c'était de vendre plus de coffrets que l'an dernier.")
    P("Les produits qu'on a poussés : le Coffret Découverte du Jura, le comté 18 mois en 500 g et le Mont d'Or, qui est en pleine saison en décembre.")
    P("Les endroits où on parle de nous", bold=True, after=3)
    P("Pour l'opé Noël on a parlé des coffrets à quatre endroits :")
    TABLE([
        ["Endroit", "Ce qu'on a fait", "Quand"],
        ["Page Facebook Maison Mignot", "2 posts par semaine : photos des coffrets, des meules dans la cave, du Mont d'Or", "de mi-octobre à Noël"],
        ["Newsletter (1 900 adresses)", "3 envois : les coffrets sont là, le Mont d'Or, dernier jour pour commander", "novembre et décembre"],
        ["Flyer dans les sacs des crémiers", "3 000 flyers avec l'adresse du site et une photo du coffret", "novembre"],
        ["Stand au marché de Noël de Poligny", "dégustation de comté 18 mois, vente de coffrets, flyers", "13 et 14 décembre"],
    ], [4.6, 7.8, 3.6])
    P("Le flyer, c'est Solène qui l'a fait sur Canva. Je l'ai fait imprimer à Lons-le-Saunier.")
    P("Au marché de Noël on avait une table avec une meule entamée, c'est Patrice qui coupait. Les gens goûtaient et repartaient avec un flyer.")
    P("Les crémiers copains", bold=True, after=3)
    P("Nos partenaires pour l'opé Noël, ce sont les 14 crémiers revendeurs qui vendent nos fromages dans leur boutique.")
    P("Ils sont à Lons-le-Saunier, Dole, Besançon, Dijon, Beaune, Bourg-en-Bresse et Lyon.")
    P("Ce sont eux qui ont mis nos flyers dans les sacs de leurs clients en novembre. Solène leur a apporté les flyers pendant sa tournée.")
    P("Facebook", bold=True, after=3)
    P("Sur Facebook on poste les meules dans la cave, ça marche bien.")
    P("Les gens aiment voir Patrice avec ses planches, et les photos du Mont d'Or à la cuillère aussi. C'est top pour donner envie avant Noël.")
    P("Le planning et le budget", bold=True, after=3)
    P("Le planning de l'opé Noël est en annexe 2 (onglet Planning du fichier Noel2025_budget_planning).")
    P("Tout a été fait sauf la vidéo en cave, décalée en janvier.")
    P("Le budget est en annexe 1 (cf. onglet Budget).")

    # ---------------------------------------------------------------- 2
    H1("2. Le site et le paiement", new_page=True)
    P("Le site a été fait en 2017 par un indépendant de Dole, sous PrestaShop 1.7. Il y a 46 produits en ligne.")
    P("C'est moi qui mets à jour les produits et les photos depuis septembre. Solène gère les commandes et les clients.")
    P("La une du site", bold=True, after=3)
    P("Pour Noël on a mis les coffrets à la une du site, sur la page d'accueil.")
    P("Le paiement", bold=True, after=3)
    P("Sur le site, les clients paient par carte bancaire avec le module Up2pay e-Transactions du Crédit Agricole, ou avec PayPal.")
    P("Les deux modules sont installés dans PrestaShop et ils marchent. J'ai mis la capture des modules dans la partie 3.")
    P("Up2pay, c'est la banque de Maison Mignot qui nous l'a proposé, l'argent arrive directement sur le compte de l'entreprise.")
    P("Je l'ai testé sur mon téléphone, ça marche.")
    P("Le contact avec les clients", bold=True, after=3)
    P("On n'a pas de tchat sur le site, les clients appellent Solène.")
    P("Elle répond au téléphone du lundi au vendredi. En décembre, ça sonne tout le temps.")
    P("Faire revenir les clients", bold=True, after=3)
    P("Dans chaque colis on met une petite carte avec un code -10 % pour la prochaine commande sur le site (code MIGNOT10).")

    # ---------------------------------------------------------------- 3
    H1("3. Le projet avec l'agence", new_page=True)
    P("Le site commence à dater. Hervé veut le refaire avec une agence en 2026, pour qu'il soit prêt pour la saison du Mont d'Or en septembre.")
    P("Il m'a demandé de préparer la liste pour l'agence. J'ai fait 4 parties :")
    P("Qui on est", bold=True, after=2)
    P("Maison Mignot, affineur à Poligny depuis 1962, 11 personnes, comté, morbier, bleu de Gex et Mont d'Or. 186 k€ de ventes sur le site en 2025. Le site actuel est sous PrestaShop 1.7.")
    P("Ce qu'on veut", bold=True, after=2)
    P("", after=6)
    P("Les règles de Hervé", bold=True, after=2)
    DASH(["pas d'expédition du jeudi au dimanche, le site ne doit pas proposer de livraison ces jours-là ;",
          "un colis ne doit jamais rester plus de 48 h chez le transporteur ;",
          "on garde PrestaShop, on ne change pas de logiciel ;",
          "6 000 € maximum pour tout le projet."])
    P("Budget", bold=True, after=2)
    P("", after=6)
    P("Les agences", bold=True, after=3)
    P("On a demandé deux devis en décembre :")
    TABLE([
        ["Agence", "Ville", "Devis"],
        ["Web Jura Création", "Lons-le-Saunier", "5 400 € HT"],
        ["Studio Comtois", "Besançon", "7 900 € HT"],
    ], [5.5, 5.0, 4.0])
    P("Web Jura Création est moins cher, du coup c'est plutôt eux qu'on va prendre.")
    P("Ce qu'il y a déjà sur le site", bold=True, after=3)
    P("Avant d'envoyer la liste, j'ai regardé ce qui marche déjà et qu'il faudra garder.")
    P("D'abord les deux modules de paiement :")
    SCREEN(["[Capture d'écran — Back-office PrestaShop 1.7 > Modules > Gestionnaire de modules > Paiement]",
            "Up2pay e-Transactions (Crédit Agricole) — v3.1.4 — Activé — Configurer",
            "PayPal Checkout — v5.4.1 — Activé — Configurer",
            "Paiement par chèque — Désactivé"],
           "Capture 1 : les modules de paiement installés sur le site (janvier 2026)")
    P("Ensuite le pied de page. J'ai vérifié que les mentions légales sont bien là, en bas de toutes les pages :")
    TABLE([
        ["Ce qu'il faut", "Sur le site ?", "Ce qui est écrit"],
        ["Nom et forme de la société", "oui", "Maison Mignot SARL, capital 60 000 €, 12 rue du Collège, 39800 Poligny"],
        ["SIRET", "oui", "412 876 530 00019"],
        ["RCS", "oui", "RCS Lons-le-Saunier 412 876 530"],
        ["Hébergeur", "oui", "OVHcloud, 2 rue Kellermann, 59100 Roubaix"],
        ["Directeur de la publication", "oui", "Hervé Mignot, gérant"],
        ["Contact", "oui", "03 84 37 12 58 et contact@maison-mignot.fr"],
    ], [4.6, 2.4, 9.0])
    SCREEN(["[Capture d'écran — bas de la page d'accueil maison-mignot.fr]",
            "Maison Mignot SARL — Affineur depuis 1962 — 39800 Poligny",
            "Mentions légales · Livraison · Contact · Nous trouver",
            "SIRET 412 876 530 00019 — RCS Lons-le-Saunier — Hébergé par OVHcloud — Directeur de la publication : Hervé Mignot"],
           "Capture 2 : le pied de page avec les mentions légales")
    P("Tout y est, du coup on demandera à l'agence de garder le même pied de page.")

    # ---------------------------------------------------------------- 4
    H1("4. La prépa colis et les envois", new_page=True)
    P("La cave et la chambre froide", bold=True, after=3)
    P("Les meules arrivent des fruitières jeunes, vers 4 mois. Elles vont en cave sur des planches d'épicéa.")
    P("On les range par lot et par semaine d'entrée : chaque rangée de planches a une fiche avec la fruitière, le numéro de lot et la semaine où la meule est entrée.")
    P("Comme ça Patrice sait tout de suite quelles meules il doit retourner et frotter à la morge, et lesquelles arrivent à 18 mois.")
    P("Pour le site, les portions de 500 g sont coupées et mises sous-vide à l'avance, puis elles vont dans la chambre froide.")
    P("Dans la chambre froide on a un rayonnage à rouleaux en pente : on charge les portions par l'arrière et on prend par l'avant.")
    P("Du coup la portion qui part dans le colis, c'est toujours celle qui a la DLC la plus proche. Avant on avait des étagères normales et on retrouvait des portions oubliées au fond.")
    P("Sur chaque étiquette on met le numéro de lot de la fruitière. Si un client a un souci, on retrouve la meule et la fruitière.")
    P("La prépa colis", bold=True, after=3)
    P("Un colis passe par 9 étapes :")
    for k, s in enumerate(["On imprime les commandes du jour dans PrestaShop, à 7 h 30.",
                           "On sort les portions sous-vide de la chambre froide.",
                           "On coupe et on met sous-vide ce qui n'est pas prêt (Mont d'Or à part, il reste dans sa boîte).",
                           "On pèse chaque portion et on colle l'étiquette avec le lot.",
                           "On prépare la boîte isotherme et on sort les plaques eutectiques du congélateur.",
                           "On met les fromages, les plaques et la carte -10 % dans la boîte.",
                           "On repèse le colis fermé pour l'étiquette du transporteur.",
                           "On imprime et on colle l'étiquette, et on met le numéro de suivi dans la commande.",
                           "On pose le colis sur la palette du transporteur avant l'enlèvement de 14 h."], 1):
        P("%d. %s" % (k, s), after=1)
    P("", after=2)
    P("Mon idée c'est d'enlever la double pesée : on pèse les portions à l'étape 4 et on repèse tout le colis à l'étape 7.")
    P("Le café du matin", bold=True, after=3)
    P("En décembre on a fait le café du matin tous les jours d'expédition, à 7 h 45 dans le labo, pendant 10 minutes, avec Hervé, Solène, Patrice, l'intérimaire et moi.")
    P("À chaque café Hervé dit le but de la journée, et on le note au feutre sur le tableau blanc à côté de la balance. Par exemple :")
    DASH(["lundi 8 décembre : « 120 colis avant 11 h, zéro colis sans plaque » ;",
          "mardi 9 décembre : finir toutes les commandes du week-end avant le passage Chronofresh de 14 h ;",
          "mercredi 10 décembre : toutes les commandes Chronofresh prêtes avant 13 h ;",
          "lundi 15 décembre : préparer les 40 coffrets du marché de Noël en plus des colis du site ;",
          "mercredi 17 décembre : dernier jour pour Colissimo, tout ce qui est en Colissimo part aujourd'hui ;",
          "lundi 22 décembre : dernier départ avant Noël, on rappelle les clients dont le colis ne peut plus arriver à temps."])
    P("Le soir, Hervé regarde le tableau blanc pour voir si le but est atteint.")
    P("Les transporteurs frigo", bold=True, after=3)
    P("On travaille avec trois transporteurs frigo : Chronofresh, Frais Liaison Jura et Colissimo (avec la boîte isotherme et les plaques).")
    P("J'ai mis leurs prix dans l'onglet Transport du fichier Excel.")
    P("Les retours des clients sur la livraison", bold=True, after=3)
    P("Voilà trois e-mails de clients qu'on a reçus en décembre :")
    MAIL(["De : Martine G. — 11 déc. 2025, 18:42", "Objet : commande du 8/12"],
         ["Bonjour, colis bien reçu ce matin, le comté est parfait et les plaques étaient encore froides. Merci et joyeux Noël à toute l'équipe !"])
    MAIL(["De : Julien P. — 17 déc. 2025, 09:15", "Objet : Réclamation commande"],
         ["Bonjour, j'ai reçu mon colis hier soir mais le fromage est arrivé tiède, les plaques étaient fondues. Le colis est resté deux jours au point relais.",
          "Je ne sais pas si je peux le manger. Merci de me dire ce que je dois faire."])
    MAIL(["De : Famille R. — 23 déc. 2025, 12:03", "Objet : Mont d'Or"],
         ["Bonjour, le Mont d'Or est bien arrivé pour le repas de ce soir, la boîte était un peu écrasée mais le fromage est nickel. On recommandera !"])
    P("Pour le fromage tiède, Solène a rappelé le client et on lui a renvoyé un coffret.")
    P("L'export des commandes du 1er octobre au 31 décembre 2025 est en annexe 3.")

    # ---------------------------------------------------------------- 5, 6, conclusion
    H1("5. Les conditions du site et le RGPD")
    P("(en cours)")
    H1("6. Le suivi de l'équipe")
    H1("Conclusion")
    P("Cette première opé Noël m'a appris beaucoup de choses, surtout sur la prépa colis en décembre.")
    P("J'ai vu que tout se joue le matin : si les colis ne sont pas prêts avant l'enlèvement, ils partent le lendemain.")
    P("Pour 2026, le gros projet c'est le nouveau site avec l'agence. Il faut que je finisse la liste avant février.")
    P(NOTE_HERVE + ".")
    P("Annexes : 1 budget, 2 planning, 3 export des commandes", after=0)


def build_docx():
    global doc
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.line_spacing = 1.15
    h = doc.styles["Heading 1"]
    rf = h.element.rPr.find(qn("w:rFonts"))
    if rf is not None:
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        rf.set(qn("w:ascii"), "Arial")
        rf.set(qn("w:hAnsi"), "Arial")
    h.font.size = Pt(14)
    h.font.bold = True
    h.paragraph_format.space_before = Pt(18)
    h.paragraph_format.space_after = Pt(8)
    # langue
    rpr_default = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr_default.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr_default.append(lang)
    lang.set(qn("w:val"), "fr-FR")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Dylan V. — 2026")
    r.font.size = Pt(9)
    contenu()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Rapport blocs 2 et 5"
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.created = datetime.datetime(2026, 1, 5, 19, 12, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 9
    cp.language = "fr-FR"
    doc.save(DOCX)
    repack(DOCX, ZIPSTAMP)


# =====================================================================================================================
# 2. Le classeur (ODS écrit avec odfpy, converti en XLSX par LibreOffice)
# =====================================================================================================================
class Book:
    def __init__(self):
        self.doc = OpenDocumentSpreadsheet()
        d = self.doc
        d.meta.addElement(InitialCreator(text=AUTHOR))
        d.meta.addElement(DcCreator(text=AUTHOR))
        d.meta.addElement(CreationDate(text="2025-10-02T09:14:00"))
        d.meta.addElement(DcDate(text="2026-01-19T18:05:00"))
        # formats de nombre
        eur0 = CurrencyStyle(name="N_EUR0", language="fr", country="FR")
        eur0.addElement(Number(decimalplaces="0", minintegerdigits="1", grouping="true"))
        eur0.addElement(NText(text="\u00a0"))
        eur0.addElement(CurrencySymbol(language="fr", country="FR", text="€"))
        d.automaticstyles.addElement(eur0)
        eur2 = CurrencyStyle(name="N_EUR2", language="fr", country="FR")
        eur2.addElement(Number(decimalplaces="2", minintegerdigits="1", grouping="true"))
        eur2.addElement(NText(text="\u00a0"))
        eur2.addElement(CurrencySymbol(language="fr", country="FR", text="€"))
        d.automaticstyles.addElement(eur2)
        self.styles = {}
        self._mk("title", tp={"fontweight": "bold", "fontsize": "14pt"})
        self._mk("head", tp={"fontweight": "bold"}, cp={"backgroundcolor": "#DDDDDD", "border": "0.06pt solid #000000"})
        self._mk("txt", cp={"border": "0.06pt solid #000000"})
        self._mk("eur0", ds="N_EUR0", cp={"border": "0.06pt solid #000000"})
        self._mk("eur2", ds="N_EUR2", cp={"border": "0.06pt solid #000000"})
        self._mk("eur0b", ds="N_EUR0", tp={"fontweight": "bold"}, cp={"border": "0.06pt solid #000000"})
        self._mk("totl", tp={"fontweight": "bold"}, cp={"border": "0.06pt solid #000000"})
        self._mk("red", tp={"color": "#C00000", "fontstyle": "italic"}, cp={"border": "0.06pt solid #000000"})
        self._mk("x", cp={"border": "0.06pt solid #808080"}, pp={"textalign": "center"})
        self._mk("xg", cp={"border": "0.06pt solid #808080", "backgroundcolor": "#C6EFCE"}, pp={"textalign": "center"})
        self._mk("small", tp={"fontstyle": "italic", "fontsize": "9pt", "color": "#595959"})
        self._mk("plain")
        self.colstyles = {}

    def _mk(self, name, tp=None, cp=None, pp=None, ds=None):
        kw = {"name": "ce_" + name, "family": "table-cell"}
        if ds:
            kw["datastylename"] = ds
        s = Style(**kw)
        if cp:
            s.addElement(TableCellProperties(**cp))
        if pp:
            s.addElement(ParagraphProperties(**pp))
        if tp:
            s.addElement(TextProperties(**tp))
        self.doc.automaticstyles.addElement(s)
        self.styles[name] = s

    def col(self, width):
        key = "co_%s" % width.replace(".", "_")
        if key not in self.colstyles:
            s = Style(name=key, family="table-column")
            s.addElement(TableColumnProperties(columnwidth=width))
            self.doc.automaticstyles.addElement(s)
            self.colstyles[key] = s
        return self.colstyles[key]

    def sheet(self, name, widths):
        t = Table(name=name)
        for w in widths:
            t.addElement(TableColumn(stylename=self.col(w)))
        self.doc.spreadsheet.addElement(t)
        return t

    # cellules
    def s(self, text, st="txt", span=None, note=None):
        kw = {"valuetype": "string", "stylename": self.styles[st]}
        if span:
            kw["numbercolumnsspanned"] = span
        c = TableCell(**kw)
        if note:
            a = Annotation()
            a.addElement(DcCreator(text=AUTHOR))
            a.addElement(DcDate(text="2026-01-19T17:52:00"))
            a.addElement(OP(text=note))
            c.addElement(a)
        c.addElement(OP(text=text))
        return c

    def eur(self, v, st="eur0", formula=None):
        kw = {"valuetype": "currency", "currency": "EUR", "value": v, "stylename": self.styles[st]}
        if formula:
            kw["formula"] = formula
        c = TableCell(**kw)
        c.addElement(OP(text=fr_eur(v, 2 if st == "eur2" else 0)))
        return c

    def empty(self, st=None, n=1):
        kw = {}
        if st:
            kw["stylename"] = self.styles[st]
        if n > 1:
            kw["numbercolumnsrepeated"] = n
        return TableCell(**kw)


def fr_num(v, dec):
    s = ("%." + str(dec) + "f") % abs(v)
    ent, _, frac = s.partition(".")
    grp = ""
    while len(ent) > 3:
        grp = "\u00a0" + ent[-3:] + grp
        ent = ent[:-3]
    out = ent + grp + ("," + frac if dec else "")
    return ("-" if v < 0 else "") + out


def fr_eur(v, dec=0):
    return fr_num(v, dec) + "\u00a0€"


def row(t, cells):
    tr = TableRow()
    for c in cells:
        tr.addElement(c)
    t.addElement(tr)


def build_xlsx():
    b = Book()
    # ------------------------------------------------------------------ Budget
    t = b.sheet("Budget", ["6.2cm", "2.6cm", "2.6cm", "2.6cm"])
    row(t, [b.s("Budget opé Noël 2025", "title", span=4), CoveredTableCell(), CoveredTableCell(), CoveredTableCell()])
    row(t, [b.empty()])
    row(t, [b.s("Poste", "head"), b.s("Prévu", "head"), b.s("Réel", "head"), b.s("Écart", "head")])
    lines = [("Photographe (photos des coffrets)", 400, 400),
             ("Flyers crémiers (3 000 ex.)", 190, 174),
             ("Boost Facebook", 150, None),
             ("Boîtes isothermes (700)", 2450, None),
             ("Plaques eutectiques (1 400)", 1260, 1330),
             ("Intérimaire préparation (3 semaines)", 4200, None)]
    first = 4
    for k, (poste, prev, reel) in enumerate(lines):
        r = first + k
        cells = [b.s(poste), b.eur(prev)]
        if reel is None:
            cells.append(b.s("à compléter", "red"))
            ec = TableCell(valuetype="float", value=0, formula="of:=[.C%d]-[.B%d]" % (r, r), stylename=b.styles["eur0"])
            ec.addElement(OP(text="#VALEUR!"))
            cells.append(ec)
        else:
            cells.append(b.eur(reel))
            cells.append(b.eur(reel - prev, formula="of:=[.C%d]-[.B%d]" % (r, r)))
        row(t, cells)
    last = first + len(lines) - 1
    tp = sum(x[1] for x in lines)
    tr_ = sum(x[2] for x in lines if x[2] is not None)
    row(t, [b.s("Total", "totl"), b.eur(tp, "eur0b", "of:=SUM([.B%d:.B%d])" % (first, last)),
            b.eur(tr_, "eur0b", "of:=SUM([.C%d:.C%d])" % (first, last)),
            b.eur(tr_ - tp, "eur0b", "of:=[.C%d]-[.B%d]" % (last + 1, last + 1))])
    row(t, [b.empty()])
    row(t, [b.s("Source : devis et factures (classeur de Solène)", "small")])

    # ------------------------------------------------------------------ Planning
    weeks = list(range(40, 53))
    t = b.sheet("Planning", ["5.6cm", "2.9cm"] + ["0.95cm"] * len(weeks) + ["1.7cm"])
    ncol = 3 + len(weeks)
    row(t, [b.s("Planning opé Noël 2025", "title", span=ncol)] + [CoveredTableCell() for _ in range(ncol - 1)])
    row(t, [b.empty()])
    row(t, [b.s("Action", "head"), b.s("Qui", "head")] + [b.s("S%d" % w, "head") for w in weeks] + [b.s("Fait ?", "head")])
    actions = [
        ("Photos coffrets", "Dylan + photographe", [40, 41], "oui"),
        ("Newsletter 1 (les coffrets sont là)", "Solène", [45], "oui"),
        ("Newsletter 2 (Mont d'Or)", "Solène", [48], "oui"),
        ("Newsletter 3 (dernier jour)", "Solène", [51], "oui"),
        ("Posts Facebook (2 par semaine)", "Dylan", list(range(42, 53)), "oui"),
        ("Flyers crémiers", "Dylan + Solène", [45, 46, 47], "oui"),
        ("Coffrets à la une du site", "Dylan", list(range(45, 53)), "oui"),
        ("Marché de Noël Poligny", "Hervé + Solène + Patrice", [50], "oui"),
        ("Stock de plaques", "Patrice", [44, 46], "oui"),
        ("Renfort préparation (intérimaire)", "Hervé", [49, 50, 51], "oui"),
        ("Vidéo en cave", "Dylan + Patrice", [47], "décalé"),
    ]
    for name, who, ws, done in actions:
        cells = [b.s(name), b.s(who)]
        for w in weeks:
            if w in ws:
                cells.append(b.s("x", "xg" if done == "oui" else "x"))
            else:
                cells.append(b.empty("x"))
        cells.append(b.s(done))
        row(t, cells)
    row(t, [b.empty()])
    row(t, [b.s("vert = fait", "small")])
    row(t, [b.s("abonnés FB 1 240 → 1 510", "plain")])

    # ------------------------------------------------------------------ Transport
    t = b.sheet("Transport", ["4.4cm", "2.2cm", "2.2cm", "2.2cm", "2.0cm", "2.0cm"])
    row(t, [b.s("Transporteurs frigo — prix par colis", "title", span=6)] + [CoveredTableCell() for _ in range(5)])
    row(t, [b.empty()])
    row(t, [b.s("Transporteur", "head"), b.s("1 kg", "head"), b.s("3 kg", "head"), b.s("5 kg", "head"),
            b.s("Délai", "head"), b.s("CO2", "head")])
    carriers = [("Colissimo", 9.45, 12.10, 14.35, "48 h", None),
                ("Frais Liaison Jura", 12.60, 15.90, 18.70, "24-48 h", None),
                ("Chronofresh", 14.20, 17.80, 21.50, "24 h", NOTE_HERVE)]
    for name, p1, p3, p5, delay, note in carriers:
        row(t, [b.s(name, note=note), b.eur(p1, "eur2"), b.eur(p3, "eur2"), b.eur(p5, "eur2"), b.s(delay), b.empty("txt")])
    row(t, [b.empty()])
    row(t, [b.s("Source : grilles de prix envoyées par les transporteurs (septembre 2025), prix HT avec la boîte isotherme", "small")])

    prof = "/tmp/lo-" + SLUG
    shutil.rmtree(prof, ignore_errors=True)
    os.makedirs(os.path.join(prof, "user"))
    with open(os.path.join(prof, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">'
                '<value>0</value></prop></item>\n'
                '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">'
                '<value>fr-FR</value></prop></item>\n</oor:items>\n')
    tmp = tempfile.mkdtemp(prefix="c129-")
    ods = os.path.join(tmp, "Noel2025_budget_planning.ods")
    b.doc.save(ods)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "xlsx",
                    "--outdir", tmp, ods], check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(tmp, "Noel2025_budget_planning.xlsx"), XLSX)
    shutil.rmtree(tmp)
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-10-02T09:14:00Z</dcterms:created>'
            '<dc:creator>%s</dc:creator><dc:description></dc:description><dc:language>fr-FR</dc:language>'
            '<cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-19T18:05:00Z</dcterms:modified>'
            '<cp:revision>23</cp:revision><dc:subject></dc:subject><dc:title></dc:title></cp:coreProperties>'
            % (AUTHOR, AUTHOR)).encode("utf-8")
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template>'
           '<TotalTime>312</TotalTime><Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</Application>'
           '<AppVersion>15.0000</AppVersion></Properties>').encode("utf-8")
    repack(XLSX, XSTAMP, {"docProps/core.xml": core, "docProps/app.xml": app})


# =====================================================================================================================
# 3. L'export CSV des commandes PrestaShop (brut, jamais commenté)
# =====================================================================================================================
def build_csv():
    rnd = random.Random(129)
    products = [(17.90, 30), (49.00, 26), (16.50, 14), (12.40, 8), (11.80, 6), (21.50, 8), (24.90, 5), (69.00, 3)]
    weights = [w for _, w in products]
    cps = (["39800", "39000", "39100", "39600", "25000", "25300", "21000", "21200", "71100", "01000", "69003", "69006",
            "69100", "38000", "75011", "75015", "75017", "92100", "92300", "78000", "67000", "68100", "13008", "33000",
            "44000", "59000", "31000", "06000", "35000", "74000", "73000", "51100", "54000", "57000", "63000", "37000"])
    cpw = [9, 7, 5, 3, 8, 4, 7, 3, 3, 3, 5, 4, 3, 3, 5, 4, 4, 3, 3, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 1, 2, 1, 2, 1]
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    initials = "ABCDEFGHJLMNPRSTV"
    ship = {"Colissimo": 9.90, "Frais Liaison Jura": 12.90, "Chronofresh": 14.90}
    days = []
    d = datetime.date(2025, 10, 1)
    while d <= datetime.date(2025, 12, 31):
        m = d.month
        if m == 10:
            lam = 2.6
        elif m == 11:
            lam = 3.6 if d.day < 15 else 5.0
        else:
            lam = 9.5 if d.day <= 19 else (4.0 if d.day <= 22 else 1.4)
        n = max(0, int(round(rnd.gauss(lam, lam * 0.35))))
        days.append((d, n))
        d += datetime.timedelta(days=1)
    total = sum(n for _, n in days)
    # ajuste à 421 commandes
    while total != 421:
        i = rnd.randrange(len(days))
        dd, n = days[i]
        if total > 421 and n > 0:
            days[i] = (dd, n - 1)
            total -= 1
        elif total < 421 and dd.month >= 11:
            days[i] = (dd, n + 1)
            total += 1
    rows = []
    oid = 8417
    for dd, n in days:
        secs = sorted(rnd.randrange(6 * 3600, 23 * 3600 + 3000) for _ in range(n))
        for s in secs:
            nb = rnd.choice([1, 1, 2, 2, 2, 3, 3, 4])
            amount = 0.0
            for _ in range(nb):
                pr = rnd.choices(products, weights=weights)[0][0]
                amount += pr * rnd.choice([1, 1, 1, 2])
            carrier = rnd.choices(["Chronofresh", "Frais Liaison Jura", "Colissimo"], weights=[46, 31, 23])[0]
            fp = 0.0 if amount >= 120 else ship[carrier]
            pay = rnd.choices(["Up2pay e-Transactions", "PayPal"], weights=[71, 29])[0]
            if dd >= datetime.date(2025, 12, 29):
                etat = "Préparation en cours"
            elif dd >= datetime.date(2025, 12, 23):
                etat = rnd.choice(["Expédié", "Préparation en cours"])
            else:
                etat = rnd.choices(["Livré", "Annulé", "Remboursé", "Expédié"], weights=[93, 3, 2, 2])[0]
            ref = "".join(rnd.choice(letters) for _ in range(9))
            cl = "%s. %s." % (rnd.choice(initials), rnd.choice(initials))
            cp = rnd.choices(cps, weights=cpw)[0]
            ts = "%s %02d:%02d:%02d" % (dd.isoformat(), s // 3600, (s % 3600) // 60, s % 60)
            rows.append([str(oid), ref, ts, cl, cp, ("%.2f" % (amount + fp)).replace(".", ","),
                         ("%.2f" % fp).replace(".", ","), carrier, pay, etat])
            oid += 1
    with open(CSV, "w", encoding="utf-8", newline="") as f:
        f.write("id_commande;reference;date;client;code_postal;total_ttc;frais_port;transporteur;paiement;etat\r\n")
        for r in rows:
            f.write(";".join(r) + "\r\n")
    return len(rows)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    build_docx()
    build_xlsx()
    n = build_csv()
    print("ok", DOCX, XLSX, CSV, n, "commandes")
