# Générateur du rapport d'alternance du candidat c74 (Dubreuil Pêche, Limoges).
# Produit : dubreuil-peche-rapport.odt (titres en paragraphes gras soulignés, sommaire manuel à points de suite).
import os, zipfile
from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties, HeaderStyle, FooterStyle,
                       HeaderFooterProperties, MasterPage, Header, Footer, TabStops, TabStop,
                       ListLevelProperties)
from odf.text import P, Span, Tab, PageNumber, List, ListItem, ListStyle, ListLevelStyleBullet
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.meta import InitialCreator, CreationDate, Generator
from odf.dc import Creator, Date, Title

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c74-peche-limoges")
os.makedirs(OUT, exist_ok=True)
FILE = os.path.join(OUT, "dubreuil-peche-rapport.odt")
AUTHOR = "Baptiste Nouaille"

doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'", fontfamilygeneric="swiss", fontpitch="variable"))
doc.meta.addElement(Title(text="Rapport d'alternance - Dubreuil Pêche"))
doc.meta.addElement(Creator(text=AUTHOR))
doc.meta.addElement(InitialCreator(text=AUTHOR))
doc.meta.addElement(CreationDate(text="2026-05-04T18:20:00"))
doc.meta.addElement(Date(text="2026-05-04T18:20:00"))

# ---------------------------------------------------------------- page, en-tête, pied de page
pl = PageLayout(name="PL1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
                                   margintop="1.5cm", marginbottom="1.5cm", marginleft="2.3cm", marginright="2.3cm"))
hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.4cm")); pl.addElement(hs)
fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.4cm")); pl.addElement(fs)
doc.automaticstyles.addElement(pl)

def pstyle(name, **tp):
    s = Style(name=name, family="paragraph")
    pp = tp.pop("pp", None)
    tabs = tp.pop("tabs", None)
    ppe = ParagraphProperties(**(pp or {}))
    if tabs:
        ts = TabStops()
        ts.addElement(TabStop(position=tabs, type="right", leaderstyle="dotted", leadertext="."))
        ppe.addElement(ts)
    s.addElement(ppe)
    s.addElement(TextProperties(fontname="Liberation Sans", fontsize=tp.pop("size", "11pt"), **tp))
    doc.automaticstyles.addElement(s)
    return s

S_HEAD = pstyle("HeadP", size="8.5pt", fontstyle="italic", pp={"textalign": "end"})
S_FOOT = pstyle("FootP", size="9pt", pp={"textalign": "center"})
mp = MasterPage(name="Standard", pagelayoutname=pl)
h = Header(); h.addElement(P(stylename=S_HEAD, text="Baptiste Nouaille — Rapport d'alternance 2025-2026")); mp.addElement(h)
f = Footer(); fp = P(stylename=S_FOOT); fp.addElement(PageNumber(selectpage="current", text="1")); f.addElement(fp); mp.addElement(f)
doc.masterstyles.addElement(mp)

S_BODY = pstyle("Body", pp={"marginbottom": "0.2cm", "textalign": "justify"})
S_T1 = pstyle("Titre1", size="13pt", fontweight="bold", textunderlinestyle="solid", textunderlinewidth="auto",
              textunderlinecolor="font-color", pp={"margintop": "0.45cm", "marginbottom": "0.2cm"})
S_T1B = pstyle("Titre1Saut", size="13pt", fontweight="bold", textunderlinestyle="solid", textunderlinewidth="auto",
               textunderlinecolor="font-color", pp={"breakbefore": "page", "marginbottom": "0.2cm"})
S_T2 = pstyle("Titre2", size="11.5pt", fontweight="bold", textunderlinestyle="solid", textunderlinewidth="auto",
              textunderlinecolor="font-color", pp={"margintop": "0.35cm", "marginbottom": "0.15cm"})
S_COVER = pstyle("Cover", size="26pt", fontweight="bold", pp={"textalign": "center", "margintop": "5cm"})
S_CENTER = pstyle("Center", size="13pt", pp={"textalign": "center", "marginbottom": "0.2cm"})
S_TOCH = pstyle("TocTitle", size="15pt", fontweight="bold", pp={"breakbefore": "page", "marginbottom": "0.5cm"})
S_TOC = pstyle("Toc", size="11pt", tabs="16.3cm", pp={"marginbottom": "0.12cm"})
S_TOC2 = pstyle("Toc2", size="10.5pt", tabs="16.3cm", pp={"marginbottom": "0.1cm", "marginleft": "0.6cm"})
S_CELL = pstyle("Cell", size="9pt")
S_CELLB = pstyle("CellB", size="9pt", fontweight="bold")
S_CAP = pstyle("Caption", size="9.5pt", fontstyle="italic", pp={"textalign": "center", "marginbottom": "0.3cm"})
S_TREE0 = pstyle("Tree0", size="10.5pt", fontweight="bold", pp={"marginleft": "0.5cm"})
S_TREE1 = pstyle("Tree1", size="10.5pt", pp={"marginleft": "1.3cm"})
S_TREE2 = pstyle("Tree2", size="10.5pt", pp={"marginleft": "2.1cm"})
cs = Style(name="CellBox", family="table-cell")
cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
doc.automaticstyles.addElement(cs)
csh = Style(name="CellHead", family="table-cell")
csh.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm", backgroundcolor="#DDE8F0"))
doc.automaticstyles.addElement(csh)
LBUL = ListStyle(name="LBul")
lb = ListLevelStyleBullet(level=1, bulletchar="•")
lb.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.5cm"))
LBUL.addElement(lb)
doc.automaticstyles.addElement(LBUL)

body = doc.text
def para(t, st=S_BODY): body.addElement(P(stylename=st, text=t))
def t1(t, page=False): para(t, S_T1B if page else S_T1)
def t2(t): para(t, S_T2)
def cap(t): para(t, S_CAP)
def lst(items):
    l = List(stylename=LBUL)
    for i in items:
        li = ListItem(); li.addElement(P(stylename=S_BODY, text=i)); l.addElement(li)
    body.addElement(l)
_tn = [0]
def table(rows, widths=None, header=True):
    _tn[0] += 1
    name = "Tableau%d" % _tn[0]
    tst = Style(name=name, family="table")
    tst.addElement(TableProperties(width="%.2fcm" % (sum(widths) if widths else 16.4), align="margins"))
    doc.automaticstyles.addElement(tst)
    tb = Table(name=name, stylename=tst)
    if widths:
        for k, w in enumerate(widths):
            cst = Style(name="%s.C%d" % (name, k), family="table-column")
            cst.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
            doc.automaticstyles.addElement(cst)
            tb.addElement(TableColumn(stylename=cst))
    else:
        tb.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for i, r in enumerate(rows):
        tr = TableRow()
        for v in r:
            head = header and i == 0
            tc = TableCell(stylename=csh if head else cs, valuetype="string")
            for line in str(v).split("\n"):
                tc.addElement(P(stylename=S_CELLB if head else S_CELL, text=line))
            tr.addElement(tc)
        tb.addElement(tr)
    body.addElement(tb)
    para("")
def toc(title, page, lvl=0):
    q = P(stylename=S_TOC2 if lvl else S_TOC, text=title)
    q.addElement(Tab())
    q.addText(str(page))
    body.addElement(q)
def fr(x, dec=0):
    return ("{:,.%df}" % dec).format(x).replace(",", " ").replace(".", ",")

# ================================================================ couverture
para("Dubreuil Pêche", S_COVER)
para("Articles de pêche – magasin et boutique en ligne – Limoges (87)", S_CENTER)
para("", S_CENTER)
para("Rapport d'alternance 2025-2026", S_CENTER)
para("Titre Chef de projet e-commerce – Blocs 3, 4 et 5", S_CENTER)
para("", S_CENTER)
para("Baptiste Nouaille – Bachelor e-commerce, 3e année", S_CENTER)
para("Tuteur : Didier Dubreuil, gérant", S_CENTER)
para("Mai 2026", S_CENTER)

# ================================================================ sommaire manuel
para("Sommaire", S_TOCH)
TOC = [
 ("1. Présentation de Dubreuil Pêche", 3, 0),
 ("2. Ma mission", 3, 0),
 ("3. Le référencement du site", 4, 0),
 ("3.1 Plan d'actions SEO", 4, 1),
 ("3.2 Outils de mesure du trafic", 4, 1),
 ("3.3 Évolution des positions", 5, 1),
 ("3.4 Recherche de mots-clés", 5, 1),
 ("3.5 Cocon sémantique", 5, 1),
 ("3.6 Netlinking", 6, 1),
 ("3.7 Campagne Google Ads", 6, 1),
 ("3.8 Suivi de la campagne et ROI", 7, 1),
 ("3.9 KPI du site", 7, 1),
 ("3.10 Bilan des objectifs", 8, 1),
 ("4. Les contenus du site", 9, 0),
 ("4.1 Vidéos : faire nous-mêmes ou payer un youtubeur ?", 9, 1),
 ("4.2 Ma méthode de fiche produit", 9, 1),
 ("4.3 Exemple : le moulinet Kayro FX 3000", 9, 1),
 ("4.4 Retouche des photos avec GIMP", 10, 1),
 ("4.5 Mesure de l'intérêt des fiches", 10, 1),
 ("4.6 Blog", 10, 1),
 ("4.7 Tunnel de commande", 10, 1),
 ("5. Gestion du projet et logistique", 11, 0),
 ("5.1 Mentions légales, CGV et RGPD", 11, 1),
 ("5.2 Animation de l'équipe", 11, 1),
 ("5.3 Stock et traitement des commandes", 11, 1),
 ("5.4 Solutions de stockage", 12, 1),
 ("5.5 Transporteurs et satisfaction", 12, 1),
 ("Conclusion", 12, 0),
 ("Annexe 1 — Matrice des mots-clés", 13, 0),
 ("Annexe 2 — Réunion du lundi 16 mars 2026", 13, 0),
 ("Annexe 3 — Vidéo « montage d'un moulinet »", 13, 0),
]
for title, page, lvl in TOC:
    toc(title, page, lvl)

# ================================================================ 1 et 2
t1("1. Présentation de Dubreuil Pêche", page=True)
para("Dubreuil Pêche, c'est le magasin de pêche de la zone nord de Limoges que tous les pêcheurs du coin connaissent. Didier Dubreuil l'a créé en 1987 dans un petit local du centre-ville, avant de déménager en 2004 dans le bâtiment actuel de 620 m². La SARL compte 8 personnes : Didier (gérant et mon tuteur), Sébastien Faure, vendeur spécialiste carpe, Laura Mazaud, vendeuse spécialiste mouche, Alexis à la préparation des commandes, Hervé au stock et à la réception, deux vendeurs polyvalents et moi en alternance.")
para("En 2025, le chiffre d'affaires a été de 1,86 M€ HT, dont 412 k€ réalisés par le site web (22 %). La boutique en ligne tourne sous Oxatis depuis 2016. On y trouve 6 400 références (tout le magasin sauf les appâts vivants, évidemment !), organisées en quatre familles : la carpe, le carnassier (brochet, sandre, black-bass), la mouche et les accessoires. Le panier moyen en ligne est de 74 €, le site fait environ 19 000 sessions par mois et le taux de conversion est de 1,3 %.")
para("L'activité est très saisonnière : l'ouverture du carnassier fin avril est le plus gros moment de l'année, la carpe tourne du printemps à l'automne et Noël fait un deuxième pic (cadeaux, cannes, moulinets). En face, on a trois concurrents principaux : Pêche Center Limoges (grande surface de pêche à l'ouest de la ville), CarpeShop.fr (pure player carpe très fort en SEO) et Leurres & Co (site spécialisé leurres). Le magasin a aussi une page Facebook et un compte Instagram, animés surtout par Sébastien avec ses photos de prises.")

t1("2. Ma mission")
para("Je suis arrivé en septembre 2025 pour ma 3e année de Bachelor e-commerce. Didier m'a confié trois choses : faire remonter le site dans Google (il voyait CarpeShop.fr partout devant nous), améliorer les fiches produits qui étaient très pauvres, et l'aider à mettre un peu d'ordre dans l'organisation du web (commandes, stock, juridique). Ce rapport suit ces trois parties. J'ai adoré cette mission parce que je pêche depuis que j'ai 8 ans et que je pouvais enfin mélanger ma passion et mes études !")

# ================================================================ 3
t1("3. Le référencement du site", page=True)
t2("3.1 Plan d'actions SEO")
para("En octobre, j'ai passé le site au crible avec la Search Console et Ubersuggest (audit de site). Les principaux problèmes : des balises title générées automatiquement (« Produit – Dubreuil Pêche »), des fiches sans description, aucune page catégorie avec du texte, des images énormes, et des centaines de fiches de produits qui ne sont plus vendus mais restaient en ligne. J'ai listé 8 actions et je les ai classées par priorité en fonction de l'impact que j'en attendais et de l'effort demandé.")
table([
 ["Priorité", "Action", "Effort", "Quand"],
 ["P1", "Réécrire les title et meta des 150 produits les plus vendus", "Moyen (3 semaines)", "Novembre"],
 ["P1", "Créer une page « Magasin de pêche à Limoges » avec horaires, plan et avis", "Faible (2 jours)", "Novembre"],
 ["P1", "Ajouter un texte de 150 mots sur les 20 catégories principales", "Moyen (2 semaines)", "Décembre"],
 ["P2", "Réécrire les fiches produits avec une vraie méthode (voir partie 4)", "Fort (en continu)", "Janvier à avril"],
 ["P2", "Rediriger les fiches de produits arrêtés vers leur catégorie", "Moyen", "Janvier"],
 ["P2", "Organiser les catégories en silos carpe / carnassier / mouche", "Moyen", "Février"],
 ["P3", "Obtenir des liens de partenaires locaux", "Moyen", "Mars"],
 ["P3", "Compresser les images trop lourdes", "Faible", "À planifier"],
], [1.8, 8.3, 3.4, 2.9])
para("Les P1 sont celles qui touchent directement au « ranking » sur nos requêtes les plus rentables : les produits phares et la recherche locale du magasin.")

t2("3.2 Outils de mesure du trafic")
para("Pour suivre le trafic et le référencement, j'utilise quatre outils :")
lst(["Google Analytics 4 : sessions, sources de trafic, pages vues, conversions (installé par Oxatis via le module de tracking) ;",
     "Google Search Console : positions, clics et impressions dans Google, pages indexées ;",
     "les statistiques d'Oxatis : chiffre d'affaires, commandes, paniers abandonnés, produits les plus vus ;",
     "Ubersuggest (version gratuite, 3 recherches par jour) : volumes de recherche et difficulté des mots-clés, audit de site."])
para("J'ai choisi ces outils car ils sont gratuits. Le budget du magasin ne permet pas de prendre un abonnement à un outil SEO payant pour l'instant.")
para("Liens vers les outils :")
lst(["GA4 : https://analytics.google.com/analytics/web/#/p402187735/reports/intelligenthome",
     "Search Console : https://search.google.com/search-console?resource_id=https%3A%2F%2Fwww.dubreuil-peche.fr%2F",
     "Tableau de synthèse Looker Studio : lien du tableau Looker à ajouter"])

t2("3.3 Évolution des positions")
para("J'ai suivi six mots-clés importants dans la Search Console (position moyenne sur le mois) entre octobre 2025, avant mes actions, et avril 2026 :")
table([
 ["Mot-clé", "Position octobre 2025", "Position avril 2026"],
 ["leurre brochet", "27e", "9e"],
 ["magasin pêche Limoges", "4e", "1er"],
 ["canne carpe", "41e", "18e"],
 ["moulinet carnassier", "35e", "14e"],
 ["mouche sèche truite", "22e", "11e"],
 ["bas de ligne fluorocarbone", "19e", "7e"],
], [7, 4.7, 4.7])
para("Je suis très content du passage en première position sur « magasin pêche Limoges », grâce à la page magasin et à la fiche Google Business Profile que j'ai complétée. Sur « leurre brochet », on passe en première page juste avant l'ouverture, c'est parfait pour la saison.")

t2("3.4 Recherche de mots-clés")
para("Pour construire ma liste de mots-clés, j'ai suivi 5 étapes :")
lst(["1. J'ai noté pendant deux samedis en magasin les mots utilisés par les clients (« un leurre souple pour le sandre », « une canne pour la carpe au coup ») et j'ai demandé à Sébastien et Laura leurs mots à eux.",
     "2. J'ai entré ces idées dans Ubersuggest pour avoir les volumes, la difficulté et les idées de mots-clés associés.",
     "3. J'ai regardé sur quels mots se positionnent CarpeShop.fr, Leurres & Co et Pêche Center Limoges (onglet « concurrents » d'Ubersuggest et recherches manuelles).",
     "4. J'ai classé chaque mot-clé par intention : information (comment pêcher…), achat (acheter, prix) ou local (magasin, Limoges).",
     "5. J'ai associé chaque mot-clé à une page du site : catégorie, fiche produit ou page magasin, avec une seule page par mot-clé."])
para("Le résultat est une matrice de 24 mots-clés, en annexe 1. Mes choix tiennent compte de notre situation. On est un magasin physique à Limoges, donc les requêtes locales (« magasin pêche Limoges », « articles de pêche Haute-Vienne ») sont faciles à gagner et amènent des clients en magasin, pas seulement en ligne. La saison compte aussi beaucoup : « leurre brochet » et « leurre sandre » explosent en mars-avril avant l'ouverture, alors que les requêtes carpe montent à partir de mai ; j'ai donc travaillé les pages carnassier en premier. Enfin, face à CarpeShop.fr qui est imbattable sur « carpe » tout court, j'ai visé des requêtes plus précises (« canne carpe 3,5 lbs », « bas de ligne carpe ») où la difficulté est plus faible et où nos vendeurs ont une vraie expertise.")

t2("3.5 Cocon sémantique")
para("J'ai réorganisé les catégories du site en trois silos, un par grande technique de pêche. Voici l'arborescence :")
for txt, st in [
 ("Accueil", S_TREE0),
 ("Silo Carpe (/peche-carpe)", S_TREE1),
 ("Cannes carpe (/peche-carpe/cannes)", S_TREE2),
 ("Moulinets carpe (/peche-carpe/moulinets)", S_TREE2),
 ("Bas de ligne et montages carpe (/peche-carpe/montages)", S_TREE2),
 ("Bouillettes et amorces (/peche-carpe/amorces)", S_TREE2),
 ("Silo Carnassier (/peche-carnassier)", S_TREE1),
 ("Leurres souples (/peche-carnassier/leurres-souples)", S_TREE2),
 ("Leurres durs (/peche-carnassier/leurres-durs)", S_TREE2),
 ("Cannes carnassier (/peche-carnassier/cannes)", S_TREE2),
 ("Moulinets carnassier (/peche-carnassier/moulinets)", S_TREE2),
 ("Silo Mouche (/peche-mouche)", S_TREE1),
 ("Mouches sèches et nymphes (/peche-mouche/mouches)", S_TREE2),
 ("Cannes et soies (/peche-mouche/cannes-soies)", S_TREE2),
 ("Montage de mouches (/peche-mouche/montage)", S_TREE2),
]:
    para(txt, st)
para("")
para("Les pages sont reliées entre elles par le menu principal du site, qui reprend exactement ces trois silos, et par le fil d'Ariane. Chaque produit n'appartient qu'à un seul silo.")

t2("3.6 Netlinking")
para("Pour les backlinks, j'ai cherché des partenaires qui parlent à des pêcheurs de la région :")
lst(["l'AAPPMA « La Gaule Limougeaude », l'association de pêche locale (lien vers notre page magasin dans leur page « nos partenaires ») ;",
     "la chaîne YouTube « Carpe Limousine » (4 200 abonnés), dont l'auteur met un lien vers notre rayon carpe sous chacune de ses vidéos ;",
     "le forum « Pêcheurs du Limousin », où j'ai ouvert un sujet de présentation du magasin avec un lien."])
para("La chaîne « Carpe Limousine » nous a envoyé 310 sessions entre février et avril (GA4, source youtube.com). Nous n'avons pas d'outil de netlinking payant donc pas de mesure du nombre de liens avant et après.")

t2("3.7 Campagne Google Ads")
para("Didier voulait tester Google Ads pour l'ouverture du carnassier. J'ai monté une campagne Search lancée le 2 mars 2026 avec un budget de 30 € par jour, organisée en trois groupes d'annonces :")
table([
 ["Groupe d'annonces", "Mots-clés (correspondance)", "Page d'atterrissage"],
 ["Carnassier", "[leurre brochet], [leurre sandre], \"leurre souple carnassier\", \"canne spinning brochet\", [black bass leurre]", "/peche-carnassier/leurres-souples"],
 ["Carpe", "\"canne carpe\", [moulinet carpe], \"bas de ligne carpe\", [détecteur de touche]", "/peche-carpe"],
 ["Magasin Limoges", "[magasin pêche limoges], \"articles de pêche limoges\", \"magasin pêche haute vienne\", [dubreuil pêche]", "/magasin-peche-limoges"],
], [3.3, 8.6, 4.5])
para("Mots-clés négatifs : « gratuit », « occasion », « permis de pêche », « carte de pêche », « jeu », « Pêche Center ». Les annonces (une par groupe, format responsive, je mets ici les textes principaux) :")
table([
 ["Groupe", "Titres", "Description"],
 ["Carnassier", "Leurres Brochet et Sandre | Prêts pour l'Ouverture ? | Conseils de Passionnés", "Plus de 900 leurres souples et durs en stock. Expédition 24 h ou retrait au magasin de Limoges."],
 ["Carpe", "Matériel Carpe Pro | Cannes, Moulinets, Montages | Conseil Sébastien, Expert Carpe", "Tout pour la carpe au meilleur prix. Livraison des cannes en tube, retrait gratuit en magasin."],
 ["Magasin Limoges", "Magasin de Pêche à Limoges | 620 m² de Matériel | Ouvert du Mardi au Samedi", "Depuis 1987 en zone nord. Cannes, leurres, mouches : venez essayer et demander conseil !"],
], [2.6, 7.2, 6.6])

t2("3.8 Suivi de la campagne et ROI")
para("Voici le tableau de suivi que je remplis chaque lundi à partir de Google Ads et des statistiques Oxatis (les conversions sont les commandes en ligne suivies par la balise Google Ads) :")
ADS = [  # groupe, mois, impressions, clics, coût, conversions, CA
 ("Carnassier", "Mars", 14200, 412, 318, 9, 690),
 ("Carnassier", "Avril", 22800, 705, 512, 22, 1700),
 ("Carpe", "Mars", 9600, 288, 251, 12, 1020),
 ("Carpe", "Avril", 11300, 331, 289, 14, 1150),
 ("Magasin Limoges", "Mars", 3100, 214, 108, 11, 1140),
 ("Magasin Limoges", "Avril", 3900, 262, 135, 12, 1230),
]
rows = [["Groupe", "Mois", "Impressions", "Clics", "CTR", "CPC", "Coût", "Conv.", "CA", "ROAS"]]
TI = TC = TCO = TV = TCA = 0
for g, m, imp, clk, cost, conv, ca in ADS:
    rows.append([g, m, fr(imp), str(clk), fr(100 * clk / imp, 1) + " %", fr(cost / clk, 2) + " €", fr(cost) + " €", str(conv), fr(ca) + " €", fr(ca / cost, 1)])
    TI += imp; TC += clk; TCO += cost; TV += conv; TCA += ca
rows.append(["Total", "Mars-avril", fr(TI), fr(TC), fr(100 * TC / TI, 1) + " %", fr(TCO / TC, 2) + " €", fr(TCO) + " €", str(TV), fr(TCA) + " €", fr(TCA / TCO, 1)])
table(rows, [2.8, 1.6, 1.9, 1.3, 1.3, 1.4, 1.5, 1.2, 1.6, 1.3])
para("Le groupe Magasin Limoges a de loin le meilleur ROAS (plus de 9) : les gens qui cherchent un magasin de pêche à Limoges sont déjà décidés, et le CPC est bas parce que peu de concurrents enchérissent. Le groupe Carpe est correct, autour de 4. Le Carnassier était le moins bon en mars (2,2) mais il remonte bien en avril avec l'approche de l'ouverture (3,3) ; c'est lui qui prend le plus de budget, donc je vais surveiller de près les mots-clés qui coûtent sans vendre.")
MARGE = 0.34
mb = TCA * MARGE
para("Calcul du ROI : sur mars-avril, la campagne a coûté %s € et rapporté %s € de chiffre d'affaires. Avec notre taux de marge moyen de 34 %%, la marge générée est de %s × 0,34 = %s €. ROI = (%s – %s) / %s = %s %%. La campagne est donc rentable : pour 1 € dépensé, on récupère 1,46 € de marge."
     % (fr(TCO), fr(TCA), fr(TCA), fr(mb, 2), fr(mb, 2), fr(TCO), fr(TCO), "+" + fr(100 * (mb - TCO) / TCO, 0)))

t2("3.9 KPI du site")
table([
 ["KPI", "Valeur (mars-avril 2026)", "Mon commentaire"],
 ["Trafic", "21 300 sessions/mois", "En hausse grâce à la saison et au SEO sur le carnassier"],
 ["Taux de rebond", "48 %", "Élevé sur les fiches qui reçoivent des visiteurs venus des comparateurs de prix : ils regardent le prix et repartent"],
 ["Temps de visite moyen", "2 min 35", "Les pêcheurs passent du temps à comparer les leurres, c'est bon signe"],
 ["Taux de conversion", "1,4 %", "Légère hausse par rapport à 1,3 %"],
 ["Panier moyen", "71 €", "Un peu plus bas : beaucoup de petits paniers de leurres avant l'ouverture"],
 ["Taux d'abandon de panier", "71 %", "Très élevé, c'est notre gros problème (voir partie 4.7)"],
 ["Chiffre d'affaires web", "38 400 € HT (mars) / 46 900 € HT (avril)", "Avril est le meilleur mois de l'année après décembre"],
], [3.6, 4.5, 8.3])

t2("3.10 Bilan des objectifs")
para("En janvier, Didier et moi avions fixé trois objectifs pour fin avril : 1) que la campagne Google Ads soit rentable, 2) passer à 22 000 sessions par mois, 3) atteindre 1,6 % de taux de conversion. Le premier est atteint, avec un ROI de +46 %. Pour les deux autres, je ferai le bilan à la fin de la saison.")
para("Actions correctives à mener :")
lst(["ajouter des mots-clés négatifs dans le groupe Carnassier ;",
     "réduire le nombre d'étapes du tunnel de commande ;",
     "continuer la réécriture des fiches produits ;",
     "compresser les images ;",
     "relancer les partenaires pour avoir plus de liens."])

# ================================================================ 4
t1("4. Les contenus du site", page=True)
t2("4.1 Vidéos : faire nous-mêmes ou payer un youtubeur ?")
para("Pour présenter les produits en vidéo, on avait deux options : tourner nous-mêmes avec Sébastien, qui est à l'aise devant la caméra, ou accepter l'offre d'un youtubeur pêche connu qui nous proposait 4 vidéos de présentation pour 1 800 €. Nous avons choisi de faire les vidéos en interne avec Sébastien, parce que cela ne coûte presque rien (un micro-cravate à 39 € et son temps).")

t2("4.2 Ma méthode de fiche produit")
para("Avant, nos fiches reprenaient juste le nom du fournisseur et une photo. J'ai mis en place une méthode que j'applique à chaque fiche réécrite :")
lst(["le titre suit toujours la formule [type de produit] [marque] [modèle] [caractéristique principale], par exemple « Moulinet carnassier Kayro FX 3000 ratio 6.2:1 » ;",
     "le mot-clé principal de la fiche (pris dans la matrice) est placé dans le title, le H1, l'URL, la meta description et la première phrase ;",
     "un tableau de caractéristiques techniques (ratio, roulements, poids, contenance en fil, frein…) ;",
     "un paragraphe « pour quelle pêche ? » qui explique l'usage avec nos mots de pêcheurs (leurre souple, No-kill, pêche du bord ou en float-tube) ;",
     "un paragraphe « entretien » (rinçage à l'eau douce, graissage) ;",
     "quatre photos et, quand c'est possible, la vidéo de Sébastien."])

t2("4.3 Exemple : le moulinet Kayro FX 3000")
para("La première fiche réécrite avec cette méthode est celle du moulinet Kayro FX 3000, un best-seller du rayon carnassier :")
table([
 ["Élément", "Contenu"],
 ["Mot-clé principal", "moulinet carnassier (secondaire : moulinet spinning brochet)"],
 ["Title", "Moulinet carnassier Kayro FX 3000 – ratio 6.2:1 | Dubreuil Pêche"],
 ["Meta description", "Moulinet carnassier Kayro FX 3000 : 8 roulements, ratio 6.2:1, frein 9 kg. Idéal leurre souple brochet et sandre. Dispo en magasin à Limoges."],
 ["H1", "Moulinet carnassier Kayro FX 3000 ratio 6.2:1"],
 ["URL", "/peche-carnassier/moulinets/moulinet-kayro-fx-3000"],
 ["Caractéristiques", "Ratio 6.2:1 – 8 roulements – poids 245 g – frein avant 9 kg – contenance 150 m / 0,25 mm – bobine alu"],
 ["Photos", "4 angles : profil, face, bobine, en main sur une canne spinning"],
 ["Stock en magasin", "Affichage « disponible au magasin de Limoges » (3 en stock)"],
 ["Avis clients", "Module d'avis Oxatis activé : 4,7/5 (9 avis)"],
 ["Prix", "89,90 € TTC, livraison offerte dès 60 €"],
], [3.6, 12.8])
cap("Figure 2 : fiche moulinet avant / après")
para("Pour la décision d'achat, les éléments les plus importants sont le prix avec la livraison offerte, le stock en magasin (beaucoup de clients veulent voir le moulinet en vrai avant d'acheter), les avis et le tableau technique : un pêcheur de carnassier regarde d'abord le ratio et le nombre de roulements.")

t2("4.4 Retouche des photos avec GIMP")
para("Les photos fournisseurs étaient de qualité très variable. J'ai refait 40 packshots moi-même dans la réserve avec un fond blanc et deux lampes LED, puis retouché chaque photo avec GIMP :")
lst(["1. Recadrage et redressement (outil Perspective si la photo est penchée) ;",
     "2. Détourage avec l'outil Sélection intelligente (ciseaux), puis affinage au chemin pour les pièces fines comme le pick-up du moulinet ;",
     "3. Inversion de la sélection et remplissage du fond en blanc pur (#FFFFFF) ;",
     "4. Ajout d'une ombre portée légère (Filtres > Lumière et ombre > Ombre portée, flou 15, opacité 30 %) pour que le produit ne « flotte » pas ;",
     "5. Réglage des niveaux et de la luminosité pour que le produit soit bien net ;",
     "6. Export en JPEG redimensionné à 1200 px de large pour le site."])

t2("4.5 Mesure de l'intérêt des fiches")
para("Pour voir si mes nouvelles fiches intéressent plus les visiteurs, j'ai comparé dans GA4 le temps moyen passé sur 10 fiches réécrites, quatre semaines avant et quatre semaines après la réécriture. Le temps moyen passe de 0:38 à 1:05, soit presque deux fois plus. Les visiteurs lisent vraiment les nouveaux textes !")

t2("4.6 Blog")
para("Le blog sera lancé en septembre, après la saison. Laura a déjà plein d'idées d'articles sur la mouche.")

t2("4.7 Tunnel de commande")
para("Mon objectif pour le tunnel de commande est de réduire l'abandon de panier. D'après GA4 et les statistiques Oxatis, voici comment se passent les commandes en avril 2026 :")
table([
 ["Étape", "Visiteurs", "Passage à l'étape suivante"],
 ["Fiche produit", "14 800", "7,1 %"],
 ["Panier", "1 050", "49,5 %"],
 ["Livraison", "520", "73,1 %"],
 ["Paiement", "380", "80,3 %"],
 ["Commande validée", "305", "—"],
], [6, 4.2, 6.2])
para("Attention, GA4 ne voit pas toutes les commandes (refus des cookies, bloqueurs de pub) : Oxatis en compte 660 en avril alors que GA4 n'en trace que 305. Les pourcentages de passage restent quand même utiles pour voir où les clients partent.")
para("J'ai repéré trois éléments qui font fuir les clients :")
lst(["les frais de port ne sont affichés qu'à la fin, à l'étape livraison ;",
     "la création d'un compte est obligatoire pour commander ;",
     "le supplément pour les cannes longues (tube de 2 m) apparaît seulement au moment de choisir le transporteur, ce qui surprend les clients."])
para("Pour les corrections, c'est à voir avec Oxatis car le tunnel est standard et je ne peux pas tout modifier moi-même.")

# ================================================================ 5
t1("5. Gestion du projet et logistique", page=True)
t2("5.1 Mentions légales, CGV et RGPD")
para("Mentions légales : j'ai vérifié la page, accessible en bas de toutes les pages du site. On y trouve la raison sociale (SARL Dubreuil Pêche, capital 45 000 €), l'adresse du magasin, le SIRET, le RCS de Limoges, le numéro de TVA, le directeur de la publication (Didier Dubreuil) et l'hébergeur (Oxatis). Rien ne manquait.")
para("CGV : je les ai relues en me concentrant sur quatre points sensibles pour un magasin de pêche :")
lst(["livraison des cannes longues : les CGV ne parlaient pas du supplément pour les tubes de 2 m ni du délai plus long, j'ai proposé d'ajouter un article spécifique ;",
     "retours : les bobines de fil coupées à la demande (vente au mètre) ne peuvent pas être reprises, il faut l'écrire clairement ;",
     "garantie : les garanties légales de conformité (2 ans) et des vices cachés sont bien citées, mais pas la garantie fabricant des moulinets ;",
     "droit de rétractation : le délai de 14 jours est bien indiqué, mais le formulaire de rétractation n'était pas joint, je l'ai ajouté en bas des CGV."])
para("RGPD : en testant la création de compte, j'ai découvert que la case d'inscription à la newsletter était pré-cochée. Je propose deux changements : décocher cette case par défaut, et ajouter un bouton « Refuser » sur le bandeau cookies, qui n'a aujourd'hui qu'un bouton « Accepter ».")

t2("5.2 Animation de l'équipe")
para("Chaque lundi à 9 h, avant l'ouverture, on fait une réunion de 20 minutes avec toute l'équipe. Les objectifs sont toujours les mêmes : faire le point sur les commandes web de la semaine passée, annoncer les actions de la semaine (promotions, arrivages, vidéos) et régler les problèmes entre le magasin et le web. Un exemple de compte rendu est en annexe 2.")
para("Je tiens à valoriser Laura, qui a eu l'idée de filmer le montage d'une mouche en 1 minute pour Instagram et pour les fiches du rayon mouche. Je l'ai dit en réunion et Didier l'a félicitée ; la première vidéo a été très bien reçue par nos abonnés. Pour le suivi de l'activité de chacun, il n'y a pas d'indicateurs individuels pour l'instant.")

t2("5.3 Stock et traitement des commandes")
para("Le stock du site et celui du magasin sont les mêmes : un article vendu en boutique est aussi en vente sur le web. La synchronisation entre la caisse et Oxatis se fait seulement la nuit, donc un produit vendu en magasin dans la journée reste affiché en stock sur le site jusqu'au lendemain. Résultat : environ 12 ventes par mois sur des produits qui ne sont plus là, surtout avant l'ouverture du carnassier. Je propose deux solutions : passer à une synchronisation en temps réel (module proposé par notre logiciel de caisse), et réserver une petite zone de stock au web pour les 200 références les plus vendues en ligne. J'ai aussi mis en place un contrôle par double scan : Alexis scanne chaque article au moment de la préparation puis une deuxième fois à l'emballage, pour éviter les erreurs de référence (les leurres se ressemblent beaucoup !).")
para("J'ai aussi étudié avec Alexis les étapes du traitement d'une commande. On est passés de 10 à 7 étapes :")
table([
 ["Avant (10 étapes)", "Après (7 étapes)"],
 ["1. Réception de la commande par e-mail", "1. Réception de la commande dans le back-office Oxatis"],
 ["2. Impression de la commande", "— supprimée (lecture sur tablette)"],
 ["3. Ressaisie manuelle du stock dans la caisse", "— supprimée (décrément automatique)"],
 ["4. Préparation en rayon", "2. Préparation en rayon avec la tablette"],
 ["5. Scan des articles", "3. Scan des articles"],
 ["6. Emballage", "4. Emballage et deuxième scan"],
 ["7. Édition de l'étiquette transporteur", "5. Édition de l'étiquette transporteur"],
 ["8. Deuxième vérification de l'étiquette", "— supprimée (étiquette générée par le module)"],
 ["9. Dépôt au point de collecte", "6. Dépôt au point de collecte"],
 ["10. Envoi du numéro de suivi", "7. Envoi automatique du numéro de suivi"],
], [8.2, 8.2])
para("Le temps moyen de traitement d'une commande est passé de 9 minutes à 6 minutes, mesuré par Alexis sur deux semaines.")

t2("5.4 Solutions de stockage")

t2("5.5 Transporteurs et satisfaction")
para("J'ai comparé les transporteurs que nous utilisons, avec les tarifs de notre contrat pour un colis de 1 kg et de 5 kg, et le supplément pour les cannes en tube de 2 m :")
table([
 ["Classement (coût)", "Transporteur", "1 kg", "5 kg", "Supplément tube 2 m"],
 ["1", "Retrait au magasin", "0 €", "0 €", "0 €"],
 ["2", "Mondial Relay (point relais)", "4,40 €", "7,90 €", "Non accepté"],
 ["3", "Colissimo domicile", "7,10 €", "11,20 €", "+ 12,50 €"],
 ["4", "Chronopost 13 h", "13,90 €", "19,60 €", "+ 18,00 €"],
], [3.3, 4.8, 2.4, 2.4, 3.5])
para("Pour les petits colis (leurres, fils, accessoires), Mondial Relay est le moins cher après le retrait magasin. Pour les cannes, c'est obligatoirement Colissimo ou Chronopost.")
para("Pour la satisfaction, le site affiche une note de 4,5/5 sur 212 avis clients, ce qui montre que nos clients sont contents de leurs commandes.")

para("Conclusion", S_T1)
para("Cette année chez Dubreuil Pêche a été très riche. Le site est mieux placé dans Google, surtout sur les requêtes locales et carnassier, la campagne Google Ads est rentable et les fiches réécrites sont plus lues. Il reste beaucoup à faire : le tunnel de commande avec Oxatis, le blog en septembre, la synchronisation du stock. Je remercie Didier pour sa confiance et toute l'équipe pour son accueil.")

# ================================================================ annexes
para("Annexe 1 — Matrice des mots-clés", S_T1B)
KW = [
 ("leurre brochet", 2900, 38, "Achat", "/peche-carnassier/leurres-souples"),
 ("leurre sandre", 1900, 33, "Achat", "/peche-carnassier/leurres-souples"),
 ("leurre souple carnassier", 880, 27, "Achat", "/peche-carnassier/leurres-souples"),
 ("leurre dur brochet", 590, 24, "Achat", "/peche-carnassier/leurres-durs"),
 ("moulinet carnassier", 1300, 35, "Achat", "/peche-carnassier/moulinets"),
 ("canne spinning brochet", 720, 29, "Achat", "/peche-carnassier/cannes"),
 ("black bass leurre", 480, 22, "Achat", "/peche-carnassier/leurres-souples"),
 ("ouverture brochet 2026", 1600, 12, "Information", "/peche-carnassier"),
 ("canne carpe", 3600, 46, "Achat", "/peche-carpe/cannes"),
 ("canne carpe 3,5 lbs", 390, 21, "Achat", "/peche-carpe/cannes"),
 ("moulinet carpe", 1900, 41, "Achat", "/peche-carpe/moulinets"),
 ("bas de ligne carpe", 720, 18, "Achat", "/peche-carpe/montages"),
 ("bouillette carpe", 2400, 39, "Achat", "/peche-carpe/amorces"),
 ("détecteur de touche carpe", 880, 31, "Achat", "/peche-carpe"),
 ("mouche sèche truite", 590, 17, "Achat", "/peche-mouche/mouches"),
 ("nymphe truite", 480, 15, "Achat", "/peche-mouche/mouches"),
 ("canne mouche", 1000, 30, "Achat", "/peche-mouche/cannes-soies"),
 ("montage mouche matériel", 320, 14, "Achat", "/peche-mouche/montage"),
 ("bas de ligne fluorocarbone", 880, 23, "Achat", "/accessoires/fils"),
 ("tresse pêche", 1300, 28, "Achat", "/accessoires/fils"),
 ("magasin pêche Limoges", 880, 9, "Local", "/magasin-peche-limoges"),
 ("articles de pêche Haute-Vienne", 140, 6, "Local", "/magasin-peche-limoges"),
 ("magasin pêche Limousin", 170, 8, "Local", "/magasin-peche-limoges"),
 ("comment pêcher le sandre au leurre", 720, 19, "Information", "Blog (prévu)"),
]
rows = [["Mot-clé", "Volume / mois", "Difficulté", "Intention", "Page cible"]]
for k in KW:
    rows.append([k[0], fr(k[1]), str(k[2]), k[3], k[4]])
table(rows, [5.3, 1.8, 1.7, 2.2, 5.4])

para("Annexe 2 — Réunion du lundi 16 mars 2026", S_T1)
para("Présents : Didier, Sébastien, Laura, Alexis, Hervé, Baptiste. Durée : 20 minutes.")
para("Objectifs de la réunion : 1) faire le point sur les commandes web de la semaine 11 (68 commandes, 3 ruptures) ; 2) préparer l'ouverture du carnassier (mise en avant des leurres souples sur la page d'accueil, arrivage du 24 mars) ; 3) organiser le tournage des vidéos de Sébastien (jeudi après-midi, réserve).")
para("Décisions : Hervé prévient Baptiste dès qu'une rupture est constatée en magasin sur un produit vendu en ligne. Laura teste une vidéo de montage de mouche pour Instagram. Prochaine réunion lundi 23 mars à 9 h.")

doc.save(FILE)

# re-pack with fixed timestamps
with zipfile.ZipFile(FILE) as z:
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(FILE, "w") as z:
    for name, data in items:
        zi = zipfile.ZipInfo(name, date_time=(2026, 5, 4, 18, 20, 0))
        zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
print("ok")
