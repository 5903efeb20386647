# Générateur du dossier de la candidate c110 (EARL Les Paniers du Ried, maraîchage bio, Hilsenheim) — blocs 1, 4 et 5.
# Un seul ODT écrit comme un plan d'affaires pour la banque (demande de prêt de 48 000 €), réutilisé comme dossier de
# certification : page de garde, « Mot pour le jury » ajouté en mai, Titre 1 / Titre 2 numérotés à la main, pas de sommaire,
# Liberation Serif, 9 tableaux en grille simple (montants alignés à droite avec « € »), pied de page « Page X / 10 », pas d'en-tête.
# Métadonnées et horodatage du zip figés (déterminisme).
import os, zipfile
from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties,
                       FooterStyle, HeaderFooterProperties, MasterPage, Footer, ListLevelProperties)
from odf.text import P, H, Span, PageNumber, PageCount, List, ListItem, ListStyle, ListLevelStyleBullet
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.meta import InitialCreator, CreationDate
from odf.dc import Creator, Date, Title

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c110-maraichage-paniers-alsace")
os.makedirs(OUT, exist_ok=True)
FILE = os.path.join(OUT, "paniers-du-ried-plan-affaires.odt")
AUTHOR = "Sophie Wendling"
STAMP = "2026-05-18T21:10:00"

doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="Liberation Serif", fontfamily="'Liberation Serif'", fontfamilygeneric="roman", fontpitch="variable"))
doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'", fontfamilygeneric="swiss", fontpitch="variable"))
doc.meta.addElement(Title(text="Plan d'affaires - Les Paniers du Ried"))
doc.meta.addElement(Creator(text=AUTHOR))
doc.meta.addElement(InitialCreator(text=AUTHOR))
doc.meta.addElement(CreationDate(text="2026-01-11T20:32:00"))
doc.meta.addElement(Date(text=STAMP))

# ------------------------------------------------------------------ styles (réglages par défaut de LibreOffice)
st_std = Style(name="Standard", family="paragraph")
st_std.addElement(TextProperties(fontname="Liberation Serif", fontsize="12pt"))
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
H2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph", parentstylename="Heading",
           nextstylename="Text_20_body", defaultoutlinelevel="2")
H2.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.21cm"))
H2.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
doc.styles.addElement(H2)
st_tc = Style(name="Table_20_Contents", displayname="Table Contents", family="paragraph", parentstylename="Standard")
doc.styles.addElement(st_tc)

# ------------------------------------------------------------------ mise en page : pied de page seulement
pl = PageLayout(name="PL1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
                                   margintop="2cm", marginbottom="1.4cm", marginleft="2cm", marginright="2cm"))
fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight="0cm", margintop="0.25cm")); pl.addElement(fs)
doc.automaticstyles.addElement(pl)


def astyle(name, parent="Text_20_body", pp=None, **tp):
    s = Style(name=name, family="paragraph", parentstylename=parent)
    if pp:
        s.addElement(ParagraphProperties(**pp))
    if tp:
        s.addElement(TextProperties(**tp))
    doc.automaticstyles.addElement(s)
    return s


S_FOOT = astyle("FootP", parent="Standard", pp={"textalign": "center"}, fontsize="10pt")
mp = MasterPage(name="Standard", pagelayoutname=pl)
f = Footer(); fp = P(stylename=S_FOOT, text="Page ")
fp.addElement(PageNumber(selectpage="current", text="1")); fp.addElement(Span(text=" / ")); fp.addElement(PageCount(text="10"))
f.addElement(fp); mp.addElement(f)
doc.masterstyles.addElement(mp)

S_COV1 = astyle("Garde1", pp={"textalign": "center", "margintop": "3cm", "marginbottom": "0.4cm"}, fontsize="24pt", fontweight="bold")
S_COV2 = astyle("Garde2", pp={"textalign": "center", "marginbottom": "0.3cm"}, fontsize="14pt")
S_COV3 = astyle("Garde3", pp={"textalign": "center", "margintop": "2cm", "marginbottom": "0.3cm"}, fontsize="18pt", fontweight="bold")
S_COV4 = astyle("Garde4", pp={"textalign": "center", "marginbottom": "0.2cm"}, fontsize="12pt")
S_PB = astyle("SautPage", pp={"breakbefore": "page"})
S_JURY_T = astyle("JuryTitre", pp={"breakbefore": "page", "marginbottom": "0.3cm"}, fontsize="14pt", fontweight="bold")
S_ITAL = astyle("Italique", fontstyle="italic")
S_RIGHT = astyle("Signature", pp={"textalign": "end"})
S_CELL = astyle("Cell", parent="Table_20_Contents", fontsize="11pt")
S_CELLR = astyle("CellDroite", parent="Table_20_Contents", pp={"textalign": "end"}, fontsize="11pt")
S_CELLB = astyle("CellGras", parent="Table_20_Contents", fontsize="11pt", fontweight="bold")
S_CELLBR = astyle("CellGrasDroite", parent="Table_20_Contents", pp={"textalign": "end"}, fontsize="11pt", fontweight="bold")
S_CAP = astyle("Legende", pp={"margintop": "0.15cm", "marginbottom": "0.3cm"}, fontsize="10pt", fontstyle="italic")
S_FICHE = astyle("Fiche", pp={"marginleft": "1cm", "marginbottom": "0.1cm"}, fontname="Liberation Sans", fontsize="11pt")
S_FICHEB = astyle("FicheGras", pp={"marginleft": "1cm", "marginbottom": "0.1cm", "margintop": "0.2cm"}, fontname="Liberation Sans", fontsize="12pt", fontweight="bold")
T_BOLD = Style(name="Gras", family="text"); T_BOLD.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(T_BOLD)

cs = Style(name="CellGrille", family="table-cell")
cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
doc.automaticstyles.addElement(cs)
LBUL = ListStyle(name="LPuces")
lb = ListLevelStyleBullet(level=1, bulletchar="•")
lb.addElement(ListLevelProperties(spacebefore="0.5cm", minlabelwidth="0.5cm"))
LBUL.addElement(lb)
doc.automaticstyles.addElement(LBUL)

body = doc.text


def para(t, st=st_body):
    body.addElement(P(stylename=st, text=t))


def bold_para(lead, rest, st=st_body):
    p = P(stylename=st)
    p.addElement(Span(stylename=T_BOLD, text=lead))
    p.addElement(Span(text=rest))
    body.addElement(p)


def t1(t):
    body.addElement(H(outlinelevel=1, stylename=H1, text=t))


def t2(t):
    body.addElement(H(outlinelevel=2, stylename=H2, text=t))


def lst(items):
    l = List(stylename=LBUL)
    for i in items:
        li = ListItem()
        li.addElement(P(stylename=st_body, text=i))
        l.addElement(li)
    body.addElement(l)


_tn = [0]


def money(v):
    """Montant en euros avec espace insécable pour les milliers : 12 000 €."""
    s = "{:,}".format(v).replace(",", "\u00a0")
    return s + "\u00a0€"


def table(rows, widths, caption=None, right=(), bold_rows=(), head=True, split=False):
    """Grille simple ; les colonnes listées dans right sont alignées à droite (montants) ;
    pas de ligne d'en-tête répétée (table:table-header-rows jamais utilisé)."""
    _tn[0] += 1
    name = "Tableau%d" % _tn[0]
    tst = Style(name=name, family="table")
    tst.addElement(TableProperties(width="%.2fcm" % sum(widths), align="left",
                                   maybreakbetweenrows="true" if split else "false",
                                   **({} if split else {"keepwithnext": "always"})))
    doc.automaticstyles.addElement(tst)
    tb = Table(name=name, stylename=tst)
    for k, w in enumerate(widths):
        cst = Style(name="%s.C%d" % (name, k), family="table-column")
        cst.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
        doc.automaticstyles.addElement(cst)
        tb.addElement(TableColumn(stylename=cst))
    for i, r in enumerate(rows):
        tr = TableRow()
        for j, v in enumerate(r):
            b = (head and i == 0) or i in bold_rows
            if j in right and not (head and i == 0):
                st = S_CELLBR if b else S_CELLR
            else:
                st = S_CELLB if b else S_CELL
            tc = TableCell(stylename=cs, valuetype="string")
            for line in str(v).split("\n"):
                tc.addElement(P(stylename=st, text=line))
            tr.addElement(tc)
        tb.addElement(tr)
    body.addElement(tb)
    if caption:
        para(caption, S_CAP)


# ------------------------------------------------------------------ chiffres (calculés ici pour qu'ils tombent juste)
PRIX_MOYEN = 20.5
MOIS = [("Janvier", 0, 0), ("Février", 0, 0), ("Mars", 45, 4), ("Avril", 55, 4), ("Mai", 65, 4), ("Juin", 75, 5),
        ("Juillet", 80, 4), ("Août", 70, 4), ("Septembre", 85, 5), ("Octobre", 90, 4), ("Novembre", 90, 4), ("Décembre", 95, 3)]
NB_PANIERS_2026 = sum(w * s for _, w, s in MOIS)
CA_PANIERS_2026 = sum(round(w * s * PRIX_MOYEN) for _, w, s in MOIS)
assert NB_PANIERS_2026 == 3065 and CA_PANIERS_2026 == 62832

CA = {2026: (118000, 62800, 8500), 2027: (116000, 104000, 8500), 2028: (115000, 135000, 8500)}
CHARGES = [
    ("Achats (semences, plants, terreau, engrais bio, sacs, œufs et pain revendus)", (36000, 44500, 50000)),
    ("Carburant, entretien du tracteur et du camion", (10500, 12000, 12500)),
    ("Outil de commande, pub, places de marché", (4400, 5400, 6100)),
    ("Salaires et charges (Karim + saisonniers)", (56000, 71000, 88000)),
    ("Cotisations MSA des deux associés", (9500, 11500, 13000)),
    ("Assurances, électricité, eau, comptable", (9800, 10200, 10500)),
    ("Amortissements", (17100, 17100, 17100)),
    ("Intérêts des emprunts", (1800, 1600, 1300)),
]
RES = {}
for k, y in enumerate((2026, 2027, 2028)):
    RES[y] = sum(CA[y]) - sum(c[1][k] for c in CHARGES)
assert RES == {2026: 44200, 2027: 55200, 2028: 60000}, RES
RES_2025 = 38000
GAIN_MOYEN = sum(RES[y] - RES_2025 for y in RES) / 3
assert 15000 <= GAIN_MOYEN < 15500

INVEST = [("Camion frigorifique d'occasion (Renault Master 2023, caisse frigo 12 m³, 38 000 km)", 32000),
          ("Troisième tunnel 9,30 × 40 m avec arrosage goutte-à-goutte", 20000),
          ("Chambre froide 12 m³ (panneaux, groupe froid, étagères)", 9000),
          ("300 caisses empilables", 3200),
          ("2 balances poids-prix", 1300),
          ("Mise en route du site, tablette pour la préparation, panneaux des points de dépôt", 2500)]
assert sum(v for _, v in INVEST) == 68000
assert 48000 + 8000 + 12000 == 68000

# ================================================================== page de garde
para("EARL Les Paniers du Ried", S_COV1)
para("Maraîchage biologique — Hilsenheim (Bas-Rhin)", S_COV2)
para("Plan d'affaires — vente de paniers en ligne et camion frigo", S_COV3)
para("janvier 2026", S_COV4)
para("Demande de prêt de 48 000 €", S_COV3)
para("Présenté par Antoine et Sophie Wendling, co-gérants", S_COV4)
para("À l'attention de Mme Kieffer, conseillère agricole", S_COV4)
para("EARL Les Paniers du Ried — 14 rue des Roseaux — 67600 Hilsenheim — 06 71 42 18 95", S_COV4)

# ================================================================== mot pour le jury (ajouté en mai)
para("Mot pour le jury (ajouté en mai 2026)", S_JURY_T)
para("Ce dossier, c'est le plan d'affaires que j'ai écrit en janvier pour la banque, quand on a demandé le prêt pour le camion frigo et le troisième tunnel. Je suis co-gérante de la ferme avec mon mari Antoine : lui s'occupe des cultures, moi des papiers, des paniers et maintenant du site. Avant, j'étais aide-comptable.")
para("Je passe le titre Chef de projet e-commerce à distance avec mon CPF, session 2026, blocs 1, 4 et 5. Mon tuteur, M. Ehrhart, m'a dit que je pouvais présenter ce document parce que tout le projet est dedans. Je l'ai laissé comme il était en janvier, j'ai seulement corrigé deux chiffres. Le prêt a été accordé en mars et la commande en ligne a ouvert le 7 avril, c'est trop tôt pour mettre des résultats.")
para("Sophie Wendling", S_RIGHT)

# ================================================================== 1
para("", S_PB)
t1("1. La ferme et le projet")
t2("1.1 Qui on est")
para("Antoine et moi, on a repris en 2014 la ferme de M. Schaeffer, un maraîcher de Hilsenheim qui partait à la retraite, et on l'a passée en bio tout de suite (certifiée depuis 2016). On cultive 4,5 ha dont deux tunnels, une soixantaine de légumes dans l'année, et on a 80 poules pour les œufs. Karim Benali travaille avec nous toute l'année et on prend trois saisonniers d'avril à octobre.")
table([
    ["Où on vend", "Chiffre d'affaires 2025", "Part"],
    ["Marché de Sélestat (mardi)", money(63840), "38 %"],
    ["Marché d'Obernai (samedi)", money(55440), "33 %"],
    ["Paniers (SMS et téléphone)", money(40320), "24 %"],
    ["Restaurants", money(8400), "5 %"],
    ["Total", money(168000), "100 %"],
], [7.5, 5.0, 2.5], "Tableau 1 : notre chiffre d'affaires 2025", right=(1, 2), bold_rows=(5,))
para("Le résultat de l'EARL a été de 38 000 € en 2025 (on peut fournir les bilans 2023-2025).")

t2("1.2 Le projet 2026")
para("Aujourd'hui les 45 paniers de la semaine passent tous par mon téléphone : je recopie les SMS le soir dans un cahier et les gens ne peuvent chercher leur panier qu'à la ferme ou au marché. Le projet, c'est de passer la commande sur internet avec PanierMalin, un site fait pour les fermes (29 € par mois et 2 % des commandes), commande fermée le mardi à midi et retrait le vendredi dans quatre points de dépôt qu'on livre avec un camion frigo. Il faut aussi un troisième tunnel pour avoir plus de légumes au printemps et à l'automne, et une chambre froide. Le projet coûte 68 000 € et on vous demande un prêt de 48 000 €.")

t2("1.3 Pourquoi les gens prennent des paniers")
para("Les clients du marché nous disent deux choses. D'abord ce sont des légumes d'ici, cueillis la veille, bio, et ils savent qui les fait pousser. Ensuite ils n'ont pas envie d'attendre au marché : le samedi à Obernai il y a parfois un quart d'heure de queue, et le panier est prêt, on prend et on s'en va.")

# ================================================================== 2
t1("2. Où on en est")
t2("2.1 Les autres producteurs du coin")
table([
    ["Producteur", "Où", "Prix des paniers"],
    ["Ferme Sturm", "Muttersholtz", "14 € et 24 €"],
    ["Le Potager d'Erstein", "Erstein", "13 €, 22 € et 30 €"],
    ["GAEC du Muehlbach", "Benfeld", "18 €"],
], [5.0, 4.0, 7.0], "Tableau 2 : les prix des autres producteurs du coin (décembre 2025)", right=(2,))

t2("2.2 Nos points forts, nos points faibles")
table([
    ["Nos points forts", "Nos points faibles"],
    ["• Bio depuis 2016, une soixantaine de légumes\n• 45 paniers déjà réguliers, des clients fidèles\n• Karim, qui connaît tout le travail",
     "• Tout passe par mon téléphone et un cahier\n• Pas de frigo assez grand\n• Rien à vendre en janvier-février\n• Pas de véhicule réfrigéré"],
    ["Ce qui peut nous aider", "Ce qui peut nous gêner"],
    ["• Les gens veulent manger local\n• La Région aide les circuits courts\n• Des commerces et Kléber Emballages veulent bien prendre des paniers",
     "• Les autres producteurs qui font des paniers\n• La météo (grêle, sécheresse)\n• Le bio pas cher des supermarchés\n• Le prix du gasoil"],
], [8.0, 8.0], "Tableau 3 : nos points forts, nos points faibles, ce qui peut nous aider, ce qui peut nous gêner", bold_rows=(2,))

# ================================================================== 3
t1("3. Ce qu'on veut faire")
t2("3.1 Les objectifs")
lst(["passer de 45 paniers par semaine à 90 fin 2026 et 150 fin 2027 ;",
     "que les paniers fassent la moitié du chiffre d'affaires fin 2027, au lieu de 24 % ;",
     "quatre points de dépôt en juin 2026 : la ferme, la Boulangerie Ott, La Grange Bio et Kléber Emballages."])
t2("3.2 Pour qui")
para("Les paniers c'est pour les familles et les gens qui travaillent à Sélestat, qui n'ont pas le temps de venir au marché le mardi matin.")

t2("3.3 Les points de dépôt")
para("En plus de la ferme, on a trouvé les commerces qui prennent des paniers : la Boulangerie Ott à Sélestat, ouverte jusqu'à 19 h le vendredi, La Grange Bio, le magasin bio d'Obernai, et Kléber Emballages à Benfeld (240 salariés), où le comité d'entreprise nous laisse mettre le camion sur le parking le vendredi midi. Avec Ott ça marche bien parce qu'on a les mêmes clients : beaucoup de gens qui prennent leur pain chez Ott le vendredi sont nos clients du marché, et on peut mettre son pain en option dans le panier.")

t2("3.4 Se faire connaître")
para("On va distribuer des flyers au marché avec l'adresse du site, faire des publications sur notre page Facebook (640 abonnés) avec un peu de publicité payante, et compter sur le bouche-à-oreille.")

t2("3.5 Le planning de l'année")
para("La commande en ligne ouvre en avril, pas avant : en avril on a les salades et les radis des tunnels, et à partir de mai la récolte monte vite, donc on pourra remplir plus de paniers au moment où les nouveaux clients arrivent. En janvier et février c'est la pause, il ne pousse rien et les légumes de garde sont finis ; les paniers reprennent début mars.")
lst(["Janvier : banque, choix du site, dossier Région.",
     "Février : commande du camion et de la chambre froide, compte PanierMalin.",
     "Mars : montage du tunnel, photos, flyers.",
     "Avril : ouverture de la commande en ligne, dépôts ferme et Ott.",
     "Mai : installation de la chambre froide.",
     "Juin : dépôts La Grange Bio et Kléber.",
     "Septembre : flyers de la rentrée.",
     "Décembre : derniers paniers le 18, puis pause."])

# ================================================================== 4
t1("4. Le site de commande")
t2("4.1 Ce qu'on attend du site")
lst(["choisir son panier et l'option œufs ou pain ;",
     "choisir son point de dépôt ;",
     "payer par carte, ou au retrait pour les anciens clients ;",
     "voir ce qu'il y a dans le panier de la semaine ;",
     "que ça marche sur le téléphone ;",
     "avoir la liste des commandes par point de dépôt ;",
     "un nombre de paniers maximum chaque semaine ;",
     "pouvoir envoyer un message à tous les clients."])
para("Antoine a posé trois conditions, qu'on écrit ici pour choisir le site : il ne doit pas coûter plus de 1 500 € par an au démarrage, commission comprise ; pas de livraison à domicile, seulement les points de dépôt ; et la commande fermée le mardi à midi sans exception, sinon on ne peut pas prévoir la récolte.")
para("(M. Ehrhart : est-ce qu'il faut parler du RGPD ici ? je ne sais pas quoi mettre)", S_ITAL)

t2("4.2 Les trois outils qu'on a regardés")
table([
    ["", "PanierMalin", "FermeShop", "Wix"],
    ["Prix", "29 € par mois", "45 € par mois", "17 € par mois"],
    ["Commission", "2 % des commandes", "aucune", "1,4 % + 0,25 € par paiement"],
    ["Points de dépôt", "plusieurs, avec jour et heure", "un seul lieu de retrait", "à bricoler"],
    ["Stock de la semaine", "nombre de paniers maximum", "oui", "non"],
    ["Export", "par point de dépôt et par légume", "un seul fichier", "non"],
    ["Coût en 2026", "1 248 €", "540 €", "204 € + frais"],
], [3.2, 4.5, 4.0, 4.3], "Tableau 4 : les trois outils de commande")
para("On a pris PanierMalin : FermeShop ne gère qu'un lieu de retrait, et avec Wix il faudrait tout recopier à la main. Il reste sous les 1 500 € d'Antoine (environ 45 000 € de paniers commandés en ligne en 2026).")

t2("4.3 Le cahier des charges")
para("Comme on est en bio, on respecte le cahier des charges de l'agriculture biologique : pas d'engrais chimiques ni de produits de synthèse, des semences et plants bio, des rotations, et tout est noté dans le cahier de culture. Ecocert nous contrôle une fois par an (dernier contrôle le 12 septembre 2025, sans remarque). Le pain de la Boulangerie Ott n'est pas bio, donc il est vendu à part et on n'écrit pas « bio » à côté. (Le certificat Ecocert 2025 est en annexe.)")

t2("4.4 La page du panier de la semaine")
para("Sur la page du panier de la semaine on met la photo du panier, les légumes avec les poids, le prix, les points de dépôt et l'heure limite. Les photos, c'est la fille d'une cliente qui fait de la photo qui les fera, gratuitement. Voici la page préparée pour une semaine de juin :")
para("Panier Famille — semaine du 8 au 12 juin 2026 — 20 €", S_FICHEB)
for ligne in ["1 salade batavia, 1 kg de pommes de terre nouvelles, 1 botte de carottes (600 g environ), 1 concombre, 500 g de fèves, 1 botte de radis, 250 g de fraises, 1 bouquet de persil",
              "Aussi en Petit 12 € (1 à 2 personnes) et Grand 28 € (5 personnes et plus)",
              "Options : 6 œufs de nos poules 3,50 € — pain de la Boulangerie Ott (pas bio)",
              "Retrait le vendredi : ferme 16 h-19 h — Boulangerie Ott (Sélestat) 16 h-19 h — La Grange Bio (Obernai) 15 h-19 h — parking Kléber Emballages (Benfeld) 12 h-14 h",
              "Commande avant mardi midi.",
              "Panier pas retiré le vendredi = donné au Secours populaire le samedi, pas remboursé."]:
    para(ligne, S_FICHE)

t2("4.5 Les commandes oubliées")
para("On espère 1 visiteur sur 10 qui commande. Ce qui nous fait peur, c'est que les gens oublient le mardi midi : avec les SMS, chaque semaine trois ou quatre m'écrivent le mercredi. On pense à un SMS de rappel le mardi matin.")

# ================================================================== 5
t1("5. L'organisation de la semaine")
t2("5.1 La préparation du jeudi")
para("Le mardi à midi, PanierMalin sort la liste : les paniers de chaque taille par point de dépôt et les kilos de chaque légume, c'est notre liste de récolte. Le jeudi matin on récolte et on note sur la liste, pour chaque légume, la parcelle (P1 à P12, T1 à T3 pour les tunnels) et la date : si un client a un problème on sait d'où vient le légume, c'est aussi demandé par Ecocert. Les légumes lavés vont en chambre froide à 4 °C.")
para("L'après-midi on prépare point de dépôt par point de dépôt : chacun a ses caisses numérotées (1 ferme, 2 Ott, 3 La Grange Bio, 4 Kléber) et sa feuille avec les noms, la taille et les options. Une deuxième personne reprend la feuille et coche caisse par caisse le nombre de paniers, les œufs et le pain, et on pèse un panier sur dix (le Famille doit faire 5 à 5,5 kg). Les caisses cochées retournent au froid et partent le vendredi dans l'ordre de la tournée.")
t2("5.2 Le frigo")
para("La chambre froide aura des étagères sur trois côtés, une par point de dépôt pour les caisses prêtes, le reste pour la récolte. Pour les pommes de terre et les oignons de garde : premier rentré, premier sorti.")
t2("5.3 Ce que ça change")
para("Plus besoin de recopier les SMS dans le cahier.")
t2("5.4 L'équipe")
para("On a chronométré en novembre : Karim prépare 40 paniers à l'heure, les saisonniers 25.")
t2("5.5 La tournée du vendredi")
para("Avec notre camion frigo : 6 400 € d'amortissement par an plus environ 1 400 € de gasoil pour 46 tournées, soit 7 800 € par an. Avec le camion frigo partagé d'Alsace Circuits Courts : 55 € la tournée gasoil compris, soit 2 530 € par an.")

# ================================================================== 6 (vide) et 7
t1("6. Communication")
t1("7. Les chiffres")
t2("7.1 Ce que ça coûte et ce que ça rapporte")
table([
    ["", "Ce que ça coûte en 2026"],
    ["PanierMalin : 29 € par mois", money(348)],
    ["PanierMalin : 2 % de 45 000 € de commandes", money(900)],
    ["Flyers au marché (3 000)", money(300)],
    ["Publicité Facebook : 40 € par mois, avril à décembre", money(360)],
    ["Stand : places de Sélestat et d'Obernai", money(2400)],
    ["Stand : banderole « commandez en ligne »", money(90)],
    ["Total", money(4398)],
    ["", "Ce que ça rapporte"],
    ["Panier Petit (30 % des paniers)", money(12)],
    ["Panier Famille (50 %)", money(20)],
    ["Panier Grand (20 %)", money(28)],
    ["Option œufs (un panier sur quatre)", "3,50\u00a0€"],
    ["Option pain Ott (un panier sur dix)", "4,00\u00a0€"],
    ["Moyenne par panier avec les options", "20,50\u00a0€"],
    ["Paniers 2026 : 3\u00a0065 × 20,50 €", money(CA_PANIERS_2026)],
], [11.5, 4.5], "Tableau 5 : ce que ça coûte et ce que ça rapporte", right=(1,), bold_rows=(7, 8, 15))

t2("7.2 Les investissements")
table([["Investissement", "Montant HT"]] + [[n, money(v)] for n, v in INVEST] + [["Total", money(68000)]],
      [12.0, 4.0], "Tableau 6 : les investissements (devis joints)", right=(1,), bold_rows=(len(INVEST) + 1,))

t2("7.3 Le plan de financement")
table([
    ["Besoins", "Montant", "Ressources", "Montant"],
    ["Investissements", money(68000), "Prêt demandé", money(48000)],
    ["", "", "Apport personnel", money(8000)],
    ["", "", "Aide Région Grand Est (circuits courts)", money(12000)],
    ["Total", money(68000), "Total", money(68000)],
], [4.0, 3.2, 5.6, 3.2], "Tableau 7 : plan de financement", right=(1, 3), bold_rows=(4,))
para("(Le dossier Région a été déposé le 9 décembre 2025 ; l'apport est déjà sur le compte de l'EARL.)")

t2("7.4 Le compte de résultat prévisionnel 2026-2028")
rows = [["En euros, arrondi", "2026", "2027", "2028"],
        ["Ventes marchés"] + [money(CA[y][0]) for y in CA],
        ["Ventes paniers"] + [money(CA[y][1]) for y in CA],
        ["Ventes restaurants"] + [money(CA[y][2]) for y in CA],
        ["Chiffre d'affaires"] + [money(sum(CA[y])) for y in CA]]
for n, v in CHARGES:
    rows.append([n] + [money(x) for x in v])
rows.append(["Total des charges"] + [money(sum(c[1][k] for c in CHARGES)) for k in range(3)])
rows.append(["Résultat"] + [money(RES[y]) for y in RES])
table(rows, [8.2, 2.6, 2.6, 2.6], "Tableau 8 : compte de résultat prévisionnel", right=(1, 2, 3), bold_rows=(4, 13, 14))

t2("7.5 Les paniers mois par mois en 2026")
rows = [["Mois", "Paniers par semaine", "Semaines", "Paniers du mois", "Ce que ça rapporte"]]
for m, w, s in MOIS:
    if w == 0:
        rows.append([m, "pause", "0", "0", money(0)])
    else:
        rows.append([m, str(w), str(s), str(w * s), money(round(w * s * PRIX_MOYEN))])
rows.append(["Total 2026", "", str(sum(s for _, _, s in MOIS)), "3\u00a0065", money(CA_PANIERS_2026)])
table(rows, [3.2, 3.4, 2.4, 3.2, 3.8], "Tableau 9 : les paniers prévus en 2026 (20,50 € en moyenne)", right=(1, 2, 3, 4), bold_rows=(13,), split=True)

t2("7.6 En combien de temps c'est remboursé")
para("Le projet coûte 68 000 €. D'après le compte de résultat, il nous fait gagner en moyenne 15 000 € de plus par an par rapport aux 38 000 € de 2025 (6 200 €, 17 200 € puis 22 000 €). 68 000 € divisé par 15 000 €, c'est remboursé en 4 ans et demi, avant la fin du prêt.")

# ================================================================== 8
t1("8. Ce qu'on vous demande")
para("Un prêt de 48 000 € sur 7 ans. Au taux de 3,9 % que vous nous avez indiqué, ça fait environ 654 € par mois, que le résultat prévu couvre dès 2026. On peut venir en parler, sauf le mardi et le samedi (marchés).")
para("Antoine et Sophie Wendling, le 14 janvier 2026", S_RIGHT)

doc.save(FILE)

# re-pack avec horodatage fixe (déterminisme)
with zipfile.ZipFile(FILE) as z:
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(FILE, "w") as z:
    for name, data in items:
        zi = zipfile.ZipInfo(name, date_time=(2026, 5, 18, 21, 10, 0))
        zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
print("ok", FILE)
