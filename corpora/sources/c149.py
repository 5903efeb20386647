# -*- coding: utf-8 -*-
# Générateur du document du candidat c149 (Yohan Marcelin, alternant « chargé e-commerce & ops » chez Garrigue
# Nutrition SAS, e-shop de nutrition sportive à marque propre, Saint-Jean-de-Védas) — blocs 3 et 4, dossier faible,
# session 2026. Un seul ODT : le vrai RETEX interne « Black Friday 2025 » (post-mortem de projet), v1 à valider.
# Styles LibreOffice par défaut (Liberation Sans 11, « Titre 1 » numérotés à la main 1 à 8), pas de page de garde :
# un bloc en haut (date de l'atelier, initiales des participants, statut). En-tête « RETEX BF 2025 — usage interne »,
# pied « page X ». Six tableaux : dashboard quotidien, objectifs / réalisé (deux cellules « à compléter »),
# marché / pas marché sur deux colonnes (quelques emojis), journal des incidents, tunnel du vendredi, plan d'actions.
# Annexe : la grille de l'école collée depuis Teams (libellés courts cochés).
# Les chiffres sont posés ici une seule fois et vérifiés par des assert pour que les tableaux concordent.
# Déterministe : métadonnées figées, archive zip ré-horodatée.
import os
import re
import zipfile

from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties, HeaderStyle,
                       FooterStyle, HeaderFooterProperties, MasterPage, Header, Footer, ListLevelProperties)
from odf.text import P, H, Span, PageNumber, List, ListItem, ListStyle, ListLevelStyleBullet
from odf.table import Table, TableColumn, TableRow, TableCell, TableHeaderRows
from odf.meta import InitialCreator, CreationDate, Generator, EditingCycles, EditingDuration
from odf.dc import Creator, Date, Title

SLUG = "c149-retex-black-friday-nutrition-sportive"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
FILE = os.path.join(OUT, "RETEX_BlackFriday2025_Garrigue_v1.odt")
AUTHOR = "Yohan Marcelin"
STAMP = "2025-12-10T18:37:00"
ZIPSTAMP = (2025, 12, 10, 18, 37, 0)

# ------------------------------------------------------------------ chiffres de l'opé (source unique)
JOURS = [  # jour, sessions, commandes, CA TTC, dépense pub
    ("Lun 24/11", 11900, 372, 15480, 1250),
    ("Mar 25/11", 10400, 318, 12950, 1100),
    ("Mer 26/11", 10100, 301, 12120, 1050),
    ("Jeu 27/11", 14300, 452, 18060, 1500),
    ("Ven 28/11", 41200, 1310, 49960, 3400),
    ("Sam 29/11", 17600, 498, 20110, 2300),
    ("Dim 30/11", 13900, 401, 16230, 1800),
    ("Lun 01/12", 14500, 468, 18490, 1800),
]
SESSIONS = sum(j[1] for j in JOURS)
COMMANDES = sum(j[2] for j in JOURS)
CA = sum(j[3] for j in JOURS)
DEPENSE = sum(j[4] for j in JOURS)
assert COMMANDES == 4120 and CA == 163400 and DEPENSE == 14200 and SESSIONS == 133900
CONV = COMMANDES / SESSIONS
assert round(CONV * 100, 1) == 3.1
assert round(CA / COMMANDES, 1) == 39.7
TUNNEL = [("Sessions (GA4)", 41200), ("Vue fiche produit / page bundle", 19800), ("Ajout au panier", 4900),
          ("Début du checkout", 2300), ("Commande payée", 1310)]
assert TUNNEL[0][1] == JOURS[4][1] and TUNNEL[-1][1] == JOURS[4][2]


def n(v):
    return "{:,}".format(v).replace(",", "\u00a0")


def pct(v, d=1):
    return ("%.*f" % (d, v)).replace(".", ",") + "\u00a0%"


# ------------------------------------------------------------------ document et styles par défaut
doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="Liberation Serif", fontfamily="'Liberation Serif'",
                                      fontfamilygeneric="roman", fontpitch="variable"))
doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'",
                                      fontfamilygeneric="swiss", fontpitch="variable"))
doc.meta.addElement(Title(text="RETEX Black Friday 2025"))
doc.meta.addElement(Creator(text=AUTHOR))
doc.meta.addElement(InitialCreator(text=AUTHOR))
doc.meta.addElement(CreationDate(text="2025-12-09T16:12:00"))
doc.meta.addElement(Date(text=STAMP))
doc.meta.addElement(EditingCycles(text="6"))
doc.meta.addElement(EditingDuration(text="PT3H41M"))
doc.meta.addElement(Generator(text="LibreOffice/24.8.3.2$Windows_X86_64 LibreOffice_project/48a6bac9e7e268aeb4c3483fcf825c94556d9f92"))

st_std = Style(name="Standard", family="paragraph")
st_std.addElement(TextProperties(fontname="Liberation Sans", fontsize="11pt"))
doc.styles.addElement(st_std)
st_heading = Style(name="Heading", family="paragraph", parentstylename="Standard", nextstylename="Text_20_body")
st_heading.addElement(ParagraphProperties(margintop="0.42cm", marginbottom="0.21cm", keepwithnext="always"))
st_heading.addElement(TextProperties(fontname="Liberation Sans", fontsize="14pt"))
doc.styles.addElement(st_heading)
st_body = Style(name="Text_20_body", displayname="Text body", family="paragraph", parentstylename="Standard")
st_body.addElement(ParagraphProperties(marginbottom="0.247cm", lineheight="115%"))
doc.styles.addElement(st_body)
H1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph", parentstylename="Heading",
           nextstylename="Text_20_body", defaultoutlinelevel="1")
H1.addElement(ParagraphProperties(margintop="0.42cm", marginbottom="0.21cm"))
H1.addElement(TextProperties(fontsize="18.2pt", fontweight="bold"))
doc.styles.addElement(H1)
st_title = Style(name="Title", family="paragraph", parentstylename="Heading", nextstylename="Text_20_body")
st_title.addElement(ParagraphProperties(textalign="center"))
st_title.addElement(TextProperties(fontsize="28pt", fontweight="bold"))
doc.styles.addElement(st_title)
st_tc = Style(name="Table_20_Contents", displayname="Table Contents", family="paragraph", parentstylename="Standard")
doc.styles.addElement(st_tc)
st_th = Style(name="Table_20_Heading", displayname="Table Heading", family="paragraph",
              parentstylename="Table_20_Contents")
st_th.addElement(ParagraphProperties(textalign="center"))
st_th.addElement(TextProperties(fontweight="bold"))
doc.styles.addElement(st_th)
st_hf = Style(name="Header_20_and_20_Footer", displayname="Header and Footer", family="paragraph",
              parentstylename="Standard")
doc.styles.addElement(st_hf)
st_lc = Style(name="List_20_Contents", displayname="List Contents", family="paragraph", parentstylename="Standard")
st_lc.addElement(ParagraphProperties(marginbottom="0.1cm"))
doc.styles.addElement(st_lc)

pl = PageLayout(name="PL1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
                                   margintop="2cm", marginbottom="2cm", marginleft="2cm", marginright="2cm"))
hs = HeaderStyle()
hs.addElement(HeaderFooterProperties(minheight="0cm", marginbottom="0.25cm"))
pl.addElement(hs)
fs = FooterStyle()
fs.addElement(HeaderFooterProperties(minheight="0cm", margintop="0.25cm"))
pl.addElement(fs)
doc.automaticstyles.addElement(pl)


def astyle(name, parent="Text_20_body", pp=None, **tp):
    s = Style(name=name, family="paragraph", parentstylename=parent)
    if pp:
        s.addElement(ParagraphProperties(**pp))
    if tp:
        s.addElement(TextProperties(**tp))
    doc.automaticstyles.addElement(s)
    return s


def tstyle(name, **tp):
    s = Style(name=name, family="text")
    s.addElement(TextProperties(**tp))
    doc.automaticstyles.addElement(s)
    return s


S_HEAD = astyle("P_Head", parent="Header_20_and_20_Footer", pp={"textalign": "end"}, fontsize="9pt",
                color="#666666")
S_FOOT = astyle("P_Foot", parent="Header_20_and_20_Footer", pp={"textalign": "center"}, fontsize="9pt")
mp = MasterPage(name="Standard", pagelayoutname=pl)
hd = Header()
hd.addElement(P(stylename=S_HEAD, text="RETEX BF 2025 — usage interne"))
mp.addElement(hd)
ft = Footer()
fp = P(stylename=S_FOOT, text="page ")
fp.addElement(PageNumber(selectpage="current", text="1"))
ft.addElement(fp)
mp.addElement(ft)
doc.masterstyles.addElement(mp)

S_H1B = astyle("P_H1Saut", parent="Heading_20_1", pp={"breakbefore": "page"})
S_TOP = astyle("P_Top", pp={"marginbottom": "0.08cm"})
S_STATUT = astyle("P_Statut", pp={"marginbottom": "0.5cm", "padding": "0.15cm", "border": "0.06pt solid #999999",
                                  "backgroundcolor": "#FFF2CC"}, fontweight="bold")
S_CELL = astyle("P_Cell", parent="Table_20_Contents", fontsize="10pt")
S_CELLR = astyle("P_CellR", parent="Table_20_Contents", pp={"textalign": "end"}, fontsize="10pt")
S_CELLB = astyle("P_CellB", parent="Table_20_Heading", fontsize="10pt")
S_CELLBR = astyle("P_CellBR", parent="Table_20_Contents", pp={"textalign": "end"}, fontsize="10pt",
                  fontweight="bold")
S_CELLBL = astyle("P_CellBL", parent="Table_20_Contents", fontsize="10pt", fontweight="bold")
S_SRC = astyle("P_Src", pp={"margintop": "0.1cm"}, fontsize="9pt", fontstyle="italic", color="#555555")
S_GRILLE = astyle("P_Grille", pp={"marginbottom": "0.32cm", "marginleft": "0.5cm", "lineheight": "130%"},
                  fontname="Liberation Sans", fontsize="11pt")
S_SAUT = astyle("P_Saut", pp={"breakbefore": "page"})
T_B = tstyle("T_B", fontweight="bold")
T_I = tstyle("T_I", fontstyle="italic")
T_HL = tstyle("T_HL", backgroundcolor="#FFFF00")
T_ST = tstyle("T_ST", textlinethroughstyle="solid", textlinethroughtype="single")

cs = Style(name="Cell_Std", family="table-cell")
cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.097cm"))
doc.automaticstyles.addElement(cs)
cs_head = Style(name="Cell_Head", family="table-cell")
cs_head.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.097cm", backgroundcolor="#DDDDDD"))
doc.automaticstyles.addElement(cs_head)
cs_tot = Style(name="Cell_Tot", family="table-cell")
cs_tot.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.097cm", backgroundcolor="#EEEEEE"))
doc.automaticstyles.addElement(cs_tot)
cs_ok = Style(name="Cell_Ok", family="table-cell")
cs_ok.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.097cm", backgroundcolor="#E2F0D9"))
doc.automaticstyles.addElement(cs_ok)
cs_ko = Style(name="Cell_Ko", family="table-cell")
cs_ko.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.097cm", backgroundcolor="#FBE5D6"))
doc.automaticstyles.addElement(cs_ko)

LBUL = ListStyle(name="L1")
for lvl, ch, ind in ((1, "•", 0.635), (2, "◦", 1.27)):
    lb = ListLevelStyleBullet(level=lvl, bulletchar=ch)
    lb.addElement(ListLevelProperties(spacebefore="%.3fcm" % (ind - 0.635), minlabelwidth="0.635cm"))
    LBUL.addElement(lb)
doc.automaticstyles.addElement(LBUL)

body = doc.text
TOKEN = re.compile(r"(\*\*[^*]+\*\*|__[^_]+__|==[^=]+==|~~[^~]+~~)")


def rich(par, text):
    """**gras**, __italique__, ==surligné== dans le texte."""
    for chunk in TOKEN.split(text):
        if not chunk:
            continue
        if chunk.startswith("**"):
            par.addElement(Span(stylename=T_B, text=chunk[2:-2]))
        elif chunk.startswith("__"):
            par.addElement(Span(stylename=T_I, text=chunk[2:-2]))
        elif chunk.startswith("~~"):
            par.addElement(Span(stylename=T_ST, text=chunk[2:-2]))
        elif chunk.startswith("=="):
            par.addElement(Span(stylename=T_HL, text=chunk[2:-2]))
        else:
            par.addElement(Span(text=chunk))
    return par


def para(t, st=st_body):
    body.addElement(rich(P(stylename=st), t))


_h = [0]


def t1(t):
    _h[0] += 1
    body.addElement(H(outlinelevel=1, stylename=H1 if _h[0] == 1 else S_H1B, text=t))


def lst(items, target=None):
    """Liste à puces ; un élément peut être (texte, [sous-puces])."""
    l = List(stylename=LBUL)
    for it in items:
        li = ListItem()
        if isinstance(it, tuple):
            li.addElement(rich(P(stylename=st_lc), it[0]))
            sub = List()
            for s in it[1]:
                sli = ListItem()
                sli.addElement(rich(P(stylename=st_lc), s))
                sub.addElement(sli)
            li.addElement(sub)
        else:
            li.addElement(rich(P(stylename=st_lc), it))
        l.addElement(li)
    (target or body).addElement(l)


_tn = [0]


def table(rows, widths, right=(), total=False, cell_styles=None, src=None):
    _tn[0] += 1
    name = "Tableau%d" % _tn[0]
    tst = Style(name=name, family="table")
    tst.addElement(TableProperties(width="%.2fcm" % sum(widths), align="left"))
    doc.automaticstyles.addElement(tst)
    tb = Table(name=name, stylename=tst)
    for k, w in enumerate(widths):
        cst = Style(name="%s.C%d" % (name, k), family="table-column")
        cst.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
        doc.automaticstyles.addElement(cst)
        tb.addElement(TableColumn(stylename=cst))
    last = len(rows) - 1
    for i, r in enumerate(rows):
        tr = TableRow()
        for j, v in enumerate(r):
            if i == 0:
                cst_, pst = cs_head, S_CELLB
            elif total and i == last:
                cst_, pst = cs_tot, (S_CELLBR if j in right else S_CELLBL)
            else:
                cst_, pst = cs, (S_CELLR if j in right else S_CELL)
            if cell_styles and (i, j) in cell_styles:
                cst_ = cell_styles[(i, j)]
            tc = TableCell(stylename=cst_, valuetype="string")
            lines = ([v[0]] + ["– " + x for x in v[1:]]) if isinstance(v, list) else str(v).split("\n")
            for line in lines:
                tc.addElement(rich(P(stylename=pst), line))
            tr.addElement(tc)
        if i == 0:
            thr = TableHeaderRows()
            thr.addElement(tr)
            tb.addElement(thr)
        else:
            tb.addElement(tr)
    body.addElement(tb)
    if src:
        para(src, S_SRC)


# ================================================================== bloc du haut (pas de page de garde)
body.addElement(P(stylename=st_title, text="RETEX Black Friday 2025"))
para("**Atelier RETEX :** mardi 09/12/2025, 14h–16h30, salle de réunion de l'entrepôt (Saint-Jean-de-Védas)", S_TOP)
para("**Participants :** KB, LF, SO, JM, YM — Antoine (dév freelance) en visio 30 min sur la partie incidents",
     S_TOP)
para("**Rédaction :** YM, à partir des notes de l'atelier + exports du 08/12", S_TOP)
para("Statut : v1 à valider par Karim", S_STATUT)

# ================================================================== 1
t1("1. Contexte et objectifs")
para("L'opé BF 2025 a tourné 8 jours, du lundi 24/11 (7h) au lundi 01/12 (minuit). Mécanique : code **BLACK30** "
     "(−30 % sur tout le site sauf les packs) + trois bundles à prix fixe, mis en avant sur une landing dédiée. "
     "L'an dernier on avait juste fait −20 % sur le week-end, sans packs ni landing, donc c'est la première vraie "
     "opé BF de Garrigue.")
para("Les trois packs (prix barré = somme des prix unitaires) :")
lst([
    "**Pack Prise de masse** : Gainer Mass chocolat 3 kg + Créatine monohydrate 500 g + Shaker 700 ml → ~~76,70 €~~ "
    "59,90 €",
    "**Pack Sèche** : Whey Isolate vanille 1 kg + Barres protéinées x12 + Shaker 700 ml → ~~64,70 €~~ 49,90 €",
    "**Pack Débutant** : Whey Isolate vanille 1 kg + Créatine monohydrate 500 g + Shaker 700 ml → ~~66,70 €~~ "
    "52,90 €",
])
para("Objectifs posés par Karim au kick-off du 03/11 : 180 k€ de CA, 3 900 commandes, panier moyen à 46 €, conv' à "
     "3,5 %, 95 % des colis expédiés sous 48 h, avec un budget pub de 12 000 € (5 000 € Google, 7 000 € Meta).")
para("**D'où viennent les chiffres du RETEX :** Shopify Analytics (commandes, CA TTC, panier, ventes par produit "
     "et par code promo), GA4 (sessions, sources de trafic, conv', étapes du tunnel Shopify), Google Ads et Meta Ads "
     "Manager (dépenses, clics), Klaviyo (envois, ouvertures, désinscriptions), Gorgias (tickets SAV). Tout est "
     "arrêté au 08/12 au soir.")
para("Règle de l'atelier : on note ce qui s'est passé pour ne pas refaire pareil au BF26, pas pour chercher un "
     "coupable.")

# ================================================================== 2
t1("2. Chronologie J-21 → J+7")
para("J = lundi 24/11, premier jour de l'opé.")
lst([
    "**J-21 — lun 03/11** : kick-off (Karim, Lucie, Samir, moi). Objectifs posés, choix des 3 packs. Brief envoyé "
    "à Antoine le soir : landing, pages bundles, code BLACK30 __non cumulable avec les packs__ (c'était écrit dans "
    "le brief… cf. journal, vendredi 10:20).",
    "**J-14 — lun 10/11** : réassort commandé au façonnier : +1 800 whey vanille, +600 gainer, +900 boîtes de "
    "barres. Budget pub validé par Karim : 12 000 €.",
    ("**J-10 — ven 14/11** : créas prêtes (Lucie + moi). Visuels des 3 packs, stories en 1080 × 1920, bannière home "
     "« BLACK FRIDAY −30 % ». Reel compte à rebours monté le même jour dans CapCut :", [
        "rushes filmés à la salle partenaire de Lattes mardi soir (Lucie + 2 adhérents, soulevé de terre, shaker, "
        "sac Garrigue), 4 min de rushes en vertical au téléphone",
        "dans CapCut : sélection de 6 plans de 2 à 3 s, coupes calées sur les temps de la musique (outil « battements "
        "» de CapCut), durée totale 15 s",
        "texte animé « J-3 » puis « −30 % sur tout le site » puis « + 3 packs », police bold, contour noir pour que "
        "ça se lise sur fond de salle",
        "sous-titres auto de CapCut sur la voix de Lucie, corrigés à la main (il avait écrit « way » pour whey)",
        "musique prise dans la bibliothèque CapCut marquée utilisable en commercial, volume baissé sous la voix",
        "export 1080 × 1920, 30 i/s, puis 2 variantes : « J-3 » et « J-1 » (juste le texte changé)",
    ]),
    "**J-7 — lun 17/11** : e-mail teaser Klaviyo « Le Black Friday arrive » (liste complète). Pages bundles créées "
    "par Antoine.",
    "**J-2 — sam 22/11** : landing BF en ligne sur **/black-friday** : un bloc par bundle (photo, prix barré, bouton), "
    "compte à rebours jusqu'au 01/12 minuit, rappel du code BLACK30 en haut. Toutes les pubs Google et Meta pointent "
    "sur cette page (pas sur la home ni sur les fiches), pareil pour les liens des e-mails.",
    "**J0 — lun 24/11** : lancement 7h. Code actif, pubs ON, budgets Google doublés. Reel J-3 republié en pub.",
    "**J+3 — jeu 27/11** : post Dealabs par un membre à 21h → trafic qui monte dans la soirée. Samir prend 2 "
    "intérimaires pour vendredi/samedi.",
    "**J+4 — ven 28/11** : LE pic. 41 200 sessions, 1 310 commandes. Site lent à l'ouverture, bug BLACK30 sur les "
    "packs (détail §5). War room dans le bureau de Karim toute la journée.",
    "**J+5 — sam 29/11** : rupture whey vanille 1 kg à 14h10 → Pack Sèche et Pack Débutant bloqués aussi (ils "
    "contiennent la whey vanille). Préparation en 2×8 à l'entrepôt.",
    "**J+6 — dim 30/11** : e-mail « Derniers jours » parti 2 fois à 19h. Astreinte téléphone sans réponse à 23h.",
    "**J+7 — lun 01/12** : dernier jour. Enlèvement Colissimo saturé : 1 100 colis restés sur le quai le soir. "
    "Backlog SAV à 900 tickets ouverts dans Gorgias (surtout « où est ma commande »).",
])

# ================================================================== 3
t1("3. Chiffres vs objectifs")
para("**Dashboard quotidien** (rempli chaque matin à 9h pendant l'opé, export Shopify + GA4 + Ads) :")
rows = [["Jour", "Sessions", "Commandes", "CA TTC", "Dépense pub", "Conv'"]]
for d, s, c, ca, dep in JOURS:
    rows.append([d, n(s), n(c), n(ca) + " €", n(dep) + " €", pct(c / s * 100, 2)])
rows.append(["Total semaine", n(SESSIONS), n(COMMANDES), n(CA) + " €", n(DEPENSE) + " €", pct(CONV * 100, 1)])
table(rows, [3.0, 2.7, 2.7, 3.0, 3.0, 2.6], right=(1, 2, 3, 4, 5), total=True,
      src="Sources : Shopify Analytics (commandes, CA), GA4 (sessions), Google Ads + Meta Ads Manager (dépense).")

para("**Objectifs / réalisé :**", S_SAUT)
OBJ = [
    ["Indicateur", "Objectif", "Réalisé", "Écart"],
    ["CA TTC", "180 000 €", n(CA) + " €", "−16 600 € (−9,2 %)"],
    ["Commandes", "3 900", n(COMMANDES), "+220 (+5,6 %)"],
    ["Panier moyen", "46,0 €", "39,7 €", "−6,3 €"],
    ["Conv' (GA4)", "3,5 %", "3,1 %", "−0,4 pt"],
    ["Sessions", "120 000", n(SESSIONS), "+13 900"],
    ["Expédié sous 48 h", "95 %", "71 %", "−24 pts"],
    ["Temps de chargement mobile (pic)", "< 3 s", "7,8 s", "+4,8 s"],
    ["Taux de rebond", "45 %", "==à compléter==", ""],
    ["Temps moyen", "2 min 30", "1 min 48", "==à compléter=="],
]
assert 180000 - CA == 16600 and COMMANDES - 3900 == 220 and SESSIONS - 120000 == 13900
table(OBJ, [5.2, 3.2, 3.4, 5.2], right=(1, 2, 3))
para("**CA** : 163,4 k€ au lieu de 180 k€, on rate l'objectif de 9 %. Le trou vient surtout du vendredi (bug "
     "BLACK30 sur les packs, ≈ 5 800 €) et du week-end (rupture whey vanille : Lucie estime 6 à 7 k€ de ventes "
     "perdues sur samedi-dimanche, vu le rythme de la whey jusqu'à 14h samedi).")
para("**Temps de chargement** : 7,8 s sur mobile vendredi à 08:55 (PageSpeed lancé par Antoine + GA4). Au-delà de "
     "3 s les gens repartent avant d'avoir vu la page, et ça se voit : entre 9h et 11h vendredi la conv' tombe à "
     "2,4 % alors que c'est l'heure où il y a le plus de monde. C'est le chiffre qui nous a coûté le plus cher sur "
     "la matinée.")
para("**Conv'** : objectif 3,5 % fixé au kick-off, vérifié dans GA4 (achats / sessions) : 3,1 % sur la semaine.")
para("**Dealabs** : le post du jeudi 27/11 (« −30 % sur tout le site + packs », 1 240° au max) = 8 400 sessions sur "
     "la semaine (GA4, source dealabs.com). Les codes influenceurs KEVIN15 et MANON15 étaient aussi actifs pendant "
     "l'opé.")
para("**ROI de l'opé : x3**")

# ================================================================== 4
t1("4. Ce qui a marché / ce qui n'a pas marché")
para("Notes prises en direct pendant l'atelier, remises au propre.")
OK_KO = [
    ["✅ Ce qui a marché", "❌ Ce qui n'a pas marché"],
    [["**Trafic payant**",
      "on a doublé les budgets des campagnes existantes dès le 24/11 → 2× plus de clics que la semaine d'avant",
      "ajout du mot-clé « black friday whey » + la marque en plus",
      "la pub Meta qui a le mieux tourné 👍 : « ⏳ BLACK FRIDAY chez Garrigue : −30 % sur tout le site avec BLACK30 "
      "+ 3 packs à prix cassé. Ta whey isolate vanille à 24,43 €. Jusqu'à lundi minuit → lien landing »"],
     ["**Trafic payant**",
      "dépense 14 200 € au lieu de 12 000 → budgets pas recoupés samedi pendant la rupture 🤦",
      "résultat moins que prévu à cause du bug et de la rupture",
      "pubs packs qui tournaient encore 4 h après la rupture"]],
    [["**Pages bundles**",
      "les bundles ont fait 1 140 commandes 🔥",
      "fiches faites vite : dupliquer la fiche whey puis changer titre, prix, photos → 3 pages en 1 h 30",
      "prix barré + compteur de stock (« plus que 38 en stock ») + « livré en 48 h » sous le bouton"],
     ["**Pages bundles**",
      "Pack Sèche + Pack Débutant passés en épuisé samedi 14h10",
      "BLACK30 qui passait sur les packs vendredi matin (38 min)"]],
    [["**Logistique**",
      "Samir + 2 intérims dès jeudi, prépa en 2×8 samedi",
      "réassort gainer / barres suffisant, zéro rupture dessus"],
     ["**Logistique**",
      "enlèvement Colissimo saturé lundi : 1 100 colis restés sur le quai 😬",
      "71 % expédiés sous 48 h au lieu de 95"]],
    [["**Créas / e-mails**",
      "stories en 1080 × 1920, propres sur téléphone",
      "Reel compte à rebours prêt à J-10, réutilisé en pub",
      "teaser Klaviyo J-7 parti à l'heure"],
     ["**Créas / e-mails**",
      "bannière home à 2,4 Mo → home mobile lente, pas eu le temps de la refaire pendant l'opé",
      "e-mail « Derniers jours » envoyé 2 fois dimanche"]],
    [["**SAV / orga**",
      "war room vendredi : tout le monde dans la même pièce, décisions rapides",
      "Jade + Lucie en renfort sur Gorgias le week-end"],
     ["**SAV / orga**",
      "astreinte dimanche soir : téléphone sans réponse",
      "backlog SAV 900 tickets à J+7"]],
]
styles = {}
for i in range(1, len(OK_KO)):
    styles[(i, 0)] = cs_ok
    styles[(i, 1)] = cs_ko
table(OK_KO, [8.5, 8.5], cell_styles=styles)
para("**Les KPIs à suivre pour une semaine promo chez nous** (à mettre dans le dashboard BF26 dès J0, un point "
     "à 9h, 14h et 18h) :", S_SAUT)
lst([
    "**commandes / jour** → c'est ce qui dimensionne la prépa (1 préparateur ≈ 180 colis/jour chez Samir) et les "
    "enlèvements transporteur ;",
    "**panier moyen** → montre si le code et les packs mangent la marge (BLACK30 sur un gros panier de gainer = "
    "grosse remise) ;",
    "**conv'** → si elle chute pendant le pic, c'est le site (vitesse, code promo) et pas l'intérêt des gens ;",
    "**ruptures** (nombre de réf. à 0 + heure) → chez nous une rupture sur un best-seller comme la whey vanille "
    "bloque aussi 2 packs sur 3 ;",
    "**% expédié sous 48 h** → c'est la promesse affichée sur les pages, si on la tient pas ça revient en SAV ;",
    "**tickets SAV / jour** (Gorgias) → le thermomètre côté client, surtout les « où est ma commande ».",
])

# ================================================================== 5
t1("5. Journal des incidents")
para("Reconstitué avec l'historique Slack #bf-warroom, les logs Shopify et les notes d'Antoine.")
JOURNAL = [
    ["Heure", "Incident", "Impact", "Action"],
    ["Ven 28/11\n08:55", "Site à 7,8 s de chargement sur mobile (home + landing)",
     "conv' à 2,4 % entre 9h et 11h, gens qui repartent", "Antoine coupe 2 applis Shopify (upsell + pop-up newsletter) à 9:40 "
     "→ 4,1 s"],
    ["Ven 28/11\n10:20", "BLACK30 cumulable avec les bundles (exclusion de la collection Packs pas cochée) pendant "
     "38 min", "212 commandes avec double remise ≈ 5 800 € de perdu", "code coupé 10:58, remis 11:05 avec "
     "l'exclusion ; commandes honorées (décision Karim)"],
    ["Sam 29/11\n14:10", "Rupture whey vanille 1 kg", "Pack Sèche + Pack Débutant épuisés ; pubs packs qui "
     "tournent jusqu'à 18h", "fiches passées en « épuisé », Lucie coupe les pubs packs à 18:00"],
    ["Dim 30/11\n19:00", "E-mail Klaviyo « Derniers jours » envoyé 2 fois (campagne dupliquée pas supprimée)",
     "312 désinscriptions, une dizaine de messages agacés", "pas d'e-mail d'excuse (choix de ne pas en rajouter)"],
    ["Dim 30/11\n23:00", "Téléphone d'astreinte sans réponse (planning pas partagé, personne ne savait qui l'avait)",
     "3 clients bloqués au paiement avec le code → tickets lundi matin", "—"],
    ["Lun 01/12\n17:30", "Enlèvement Colissimo saturé", "1 100 colis restés sur le quai → délai 48 h raté",
     "2e enlèvement demandé pour mardi 8h"],
]
table(JOURNAL, [2.3, 5.2, 4.9, 4.6])

# ================================================================== 6
t1("6. Couacs côté client")
para("Le tunnel Shopify du vendredi 28/11 (GA4, exploration « entonnoir », journée complète) :")
rows = [["Étape", "Sessions", "Perte vs étape d'avant"]]
prev = None
for lab, v in TUNNEL:
    rows.append([lab, n(v), "—" if prev is None else "−" + pct((prev - v) / prev * 100)])
    prev = v
rows.append(["Global : sessions → commande payée", "", pct(TUNNEL[-1][1] / TUNNEL[0][1] * 100, 2)])
table(rows, [7.6, 3.4, 6.0], right=(1, 2), total=True)
para("Ce qui a gêné les clients dans le tunnel (remontées Gorgias + tests faits par Jade le vendredi) :")
lst([
    "**message d'erreur du code promo** : quand BLACK30 était tapé sur un pack après le correctif, Shopify affichait "
    "juste « Ce code de réduction n'est pas valide », sans dire que les packs sont déjà remisés → des gens ont cru "
    "que le code ne marchait pas du tout ;",
    "**page lente** : 7,8 s sur mobile vendredi matin, la bannière home de 2,4 Mo en cause d'après Antoine ;",
    "**frais de port affichés tard** : les 4,90 € de Colissimo (sous 49 €) n'apparaissent qu'à l'étape livraison "
    "du checkout, plusieurs tickets « je pensais que la livraison était offerte ».",
])
para("Ce qu'on fait :")
lst([
    "compression des images (bannière home et visuels des packs) avant BF26 → viser moins de 300 Ko par image ;",
    "message d'erreur du code promo : à voir avec Antoine ;",
    "frais de port plus tôt : à voir avec Antoine.",
])

# ================================================================== 7
t1("7. Leçons")
lst([
    "Un brief envoyé ≠ un brief testé : le code BLACK30 aurait dû être testé sur chaque pack à J-2, pas découvert en "
    "live.",
    "La whey vanille est dans 2 packs sur 3 : quand elle tombe, c'est la moitié de l'opé qui tombe. Le réassort doit "
    "se calculer avec les packs, pas produit par produit.",
    "Colissimo : prévenir du volume à l'avance et caler un 2e enlèvement dès le vendredi.",
    "Astreinte : un planning partagé avec le nom et le numéro, sinon personne ne répond.",
    "Pub : couper les budgets des produits en rupture tout de suite, ça fait partie de la check-list rupture.",
    "Klaviyo : une seule personne programme les envois, et on supprime les brouillons dupliqués.",
    "On n'a pas travaillé le référencement des pages bundles, pas le temps avant BF.",
    "La war room a bien marché, à refaire sur la journée du vendredi.",
])

# ================================================================== 8
t1("8. Plan d'actions BF26")
para("Tout ce qui est sorti de l'atelier, à reprendre avec Karim.")
PLAN = [
    ["#", "Action", "Porteur", "Quand"],
    ["1", "Refaire la bannière home et compresser toutes les images de la landing", "Lucie", "oct. 2026"],
    ["2", "Check-list de test du code promo sur chaque produit / pack à J-2", "Yohan", "nov. 2026"],
    ["3", "Calcul du réassort en comptant les packs (whey vanille surtout)", "Samir", "sept. 2026"],
    ["4", "Planning d'astreinte partagé (nom + numéro) dans le Drive", "Karim", "nov. 2026"],
    ["5", "Demander à Colissimo un 2e enlèvement quotidien du jeudi au lundi", "Samir", "oct. 2026"],
    ["6", "Message d'erreur du code promo plus clair", "Antoine", "à voir"],
    ["7", "Afficher les frais de port plus tôt (panier)", "Antoine", "à voir"],
    ["8", "Recruter 3 intérims au lieu de 2, dès le mercredi", "Samir", "oct. 2026"],
    ["9", "Couper les pubs d'un produit dès qu'il est en rupture", "Lucie", "nov. 2026"],
    ["10", "Une seule personne sur la programmation Klaviyo", "Lucie", "nov. 2026"],
    ["11", "Macros Gorgias « où est ma commande » prêtes avant J0", "Jade", "nov. 2026"],
    ["12", "Brief créas à J-30 au lieu de J-21", "Lucie", "oct. 2026"],
    ["13", "Tester la landing sur 3 téléphones avant mise en ligne", "Yohan", "nov. 2026"],
    ["14", "Prévoir un 4e pack sans whey vanille", "Karim", "sept. 2026"],
]
assert len(PLAN) - 1 == 14
table(PLAN, [1.0, 10.0, 2.6, 3.4])
para("Dashboard Looker Studio de l'opé : https://lookerstudio.google.com/reporting/7d3e91a2-5b0c-4f6e-bf25-"
     "0c1a9e2d44f8/page/p_bf2025 (accès restreint)")

# ================================================================== annexe
body.addElement(H(outlinelevel=1, stylename=S_H1B, text="Annexe — Grille"))
para("__(copiée depuis le Teams de l'école — IPM Sud Digital, Bachelor CPEC, grille blocs 3 et 4, pour le "
     "dossier)__")
GRILLE = [
    "**Bloc 3**",
    "Outils de mesure", "Priorisation des actions", "Positionnement / visibilité", "Matrice de mots-clés",
    "Mots-clés et contexte", "Cocon sémantique", "Netlinking", "Partenaires", "Bilan SEO", "Campagne SEA",
    "Ciblage SEA", "Landing page", "Annonces", "Tableau de bord", "Analyse du tableau de bord", "ROI publications",
    "Méthode choix des outils", "Liens outils", "KPI", "Commentaire des KPI", "Calcul du ROI", "Objectifs atteints",
    "Actions correctives",
    "**Bloc 4**",
    "Prestataires", "Rédaction web SEO", "Fiche produit", "Mots-clés fiche", "Éléments fiche produit",
    "Retouche / montage", "Formats web", "Intérêt des internautes", "Blog pro", "Objectifs de transfo",
    "Tunnel de conversion", "Parcours utilisateur", "Perturbateurs du tunnel",
]
for g in GRILLE:
    para(g if g.startswith("**") else g + " ✔", S_GRILLE)

# ------------------------------------------------------------------ sauvegarde + ré-horodatage
os.makedirs(OUT, exist_ok=True)
doc.save(FILE)
with zipfile.ZipFile(FILE) as z:
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(FILE, "w") as z:
    for name, data in items:
        zi = zipfile.ZipInfo(name, date_time=ZIPSTAMP)
        zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
print("ok", FILE, "tableaux:", _tn[0])
