# Générateur du dossier de la candidate c96 (Prise Directe, réseau de salles d'escalade en franchise, Lyon) :
# un rapport ODT en mots simples (Titre 1 = parties, Titre 2 = questions, sommaire sans numéros de page, en-tête et pied de page,
# 5 petits tableaux suivis de « Ce que j'en retiens : ») et une annexe PDF A4 paysage de tableaux T1 à T14 (reportlab, invariant=1).
# Métadonnées et horodatages figés (déterminisme).
import os, zipfile
from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties, HeaderStyle,
                       FooterStyle, HeaderFooterProperties, MasterPage, Header, Footer, ListLevelProperties)
from odf.text import P, H, Span, PageNumber, List, ListItem, ListStyle, ListLevelStyleBullet
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.meta import InitialCreator, CreationDate, Generator
from odf.dc import Creator, Date, Title

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c96-escalade-franchise-lyon")
os.makedirs(OUT, exist_ok=True)
FILE = os.path.join(OUT, "prise-directe-rapport.odt")
AUTHOR = "Salomé Garnier"
STAMP = "2026-04-02T21:10:00"

doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="Liberation Serif", fontfamily="'Liberation Serif'", fontfamilygeneric="roman", fontpitch="variable"))
doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'", fontfamilygeneric="swiss", fontpitch="variable"))
doc.meta.addElement(Title(text="Prise Directe - rapport de Salomé Garnier - blocs 3 et 5"))
doc.meta.addElement(Creator(text=AUTHOR))
doc.meta.addElement(InitialCreator(text=AUTHOR))
doc.meta.addElement(CreationDate(text=STAMP))
doc.meta.addElement(Date(text=STAMP))

# ------------------------------------------------------------------ styles communs (vrais titres)
st_std = Style(name="Standard", family="paragraph")
st_std.addElement(TextProperties(fontname="Liberation Serif", fontsize="11pt"))
doc.styles.addElement(st_std)
st_heading = Style(name="Heading", family="paragraph", parentstylename="Standard", nextstylename="Text_20_body")
st_heading.addElement(ParagraphProperties(margintop="0.42cm", marginbottom="0.21cm", keepwithnext="always"))
st_heading.addElement(TextProperties(fontname="Liberation Sans", fontsize="14pt"))
doc.styles.addElement(st_heading)
st_body = Style(name="Text_20_body", displayname="Text body", family="paragraph", parentstylename="Standard")
st_body.addElement(ParagraphProperties(marginbottom="0.22cm", textalign="justify", lineheight="115%"))
doc.styles.addElement(st_body)
H1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph", parentstylename="Heading",
           nextstylename="Text_20_body", defaultoutlinelevel="1")
H1.addElement(ParagraphProperties(breakbefore="page", marginbottom="0.3cm"))
H1.addElement(TextProperties(fontsize="17pt", fontweight="bold", color="#1F4E5A"))
doc.styles.addElement(H1)
H2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph", parentstylename="Heading",
           nextstylename="Text_20_body", defaultoutlinelevel="2")
H2.addElement(ParagraphProperties(margintop="0.5cm", marginbottom="0.2cm"))
H2.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#C0562B"))
doc.styles.addElement(H2)
st_cap = Style(name="Caption", family="paragraph", parentstylename="Standard")
st_cap.addElement(ParagraphProperties(textalign="center", margintop="0.1cm", marginbottom="0.3cm"))
st_cap.addElement(TextProperties(fontsize="9.5pt", fontstyle="italic", color="#555555"))
doc.styles.addElement(st_cap)

# ------------------------------------------------------------------ mise en page, en-tête, pied de page
pl = PageLayout(name="PL1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
                                   margintop="1.6cm", marginbottom="1.6cm", marginleft="2.2cm", marginright="2.2cm"))
hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.45cm")); pl.addElement(hs)
fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.45cm")); pl.addElement(fs)
doc.automaticstyles.addElement(pl)
pl0 = PageLayout(name="PL0")
pl0.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
                                    margintop="2cm", marginbottom="2cm", marginleft="2.2cm", marginright="2.2cm"))
doc.automaticstyles.addElement(pl0)


def astyle(name, parent="Text_20_body", pp=None, **tp):
    s = Style(name=name, family="paragraph", parentstylename=parent, **({"masterpagename": tp.pop("master")} if "master" in tp else {}))
    if pp:
        s.addElement(ParagraphProperties(**pp))
    if tp:
        s.addElement(TextProperties(**tp))
    doc.automaticstyles.addElement(s)
    return s


S_HEAD = astyle("HeadP", parent="Standard", pp={"textalign": "end"}, fontsize="9pt", fontstyle="italic", color="#1F4E5A")
S_FOOT = astyle("FootP", parent="Standard", pp={"textalign": "center"}, fontsize="9pt")
mp0 = MasterPage(name="Couverture", pagelayoutname=pl0)
doc.masterstyles.addElement(mp0)
mp = MasterPage(name="Standard", pagelayoutname=pl)
h = Header(); h.addElement(P(stylename=S_HEAD, text="Prise Directe — rapport de Salomé Garnier")); mp.addElement(h)
f = Footer(); fp = P(stylename=S_FOOT, text="Page "); fp.addElement(PageNumber(selectpage="current", text="1")); f.addElement(fp); mp.addElement(f)
doc.masterstyles.addElement(mp)

S_COVER0 = astyle("Cover0", master="Couverture", pp={"textalign": "center", "margintop": "3.5cm"}, fontsize="13pt", color="#C0562B")
S_COVER = astyle("Cover", pp={"textalign": "center", "margintop": "0.8cm", "marginbottom": "0.5cm"}, fontsize="26pt", fontweight="bold", color="#1F4E5A")
S_CENTER = astyle("Center", pp={"textalign": "center", "marginbottom": "0.25cm"}, fontsize="12.5pt")
S_SOMT = astyle("SommaireTitre", master="Standard", pp={"breakbefore": "page", "marginbottom": "0.6cm"}, fontsize="17pt", fontweight="bold", color="#1F4E5A")
S_SOM1 = astyle("Som1", pp={"marginbottom": "0.12cm", "margintop": "0.2cm"}, fontsize="11.5pt", fontweight="bold")
S_SOM2 = astyle("Som2", pp={"marginbottom": "0.08cm", "marginleft": "0.8cm"}, fontsize="11pt")
S_BREAK = astyle("BodyPageBreak", pp={"breakbefore": "page"})
S_CELL = astyle("Cell", parent="Standard", fontsize="9.5pt")
S_CELLH = astyle("CellHead", parent="Standard", fontsize="9.5pt", fontweight="bold")
S_QUOTE = astyle("Quote", pp={"marginleft": "0.8cm", "marginright": "0.8cm"}, fontstyle="italic")
T_BOLD = Style(name="Gras", family="text"); T_BOLD.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(T_BOLD)

cs = Style(name="CellBox", family="table-cell")
cs.addElement(TableCellProperties(border="0.5pt solid #7F8C8D", padding="0.12cm"))
doc.automaticstyles.addElement(cs)
csh = Style(name="CellBoxHead", family="table-cell")
csh.addElement(TableCellProperties(border="0.5pt solid #7F8C8D", padding="0.12cm", backgroundcolor="#DCE8EA"))
doc.automaticstyles.addElement(csh)
LBUL = ListStyle(name="LPuces")
lb = ListLevelStyleBullet(level=1, bulletchar="•")
lb.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.5cm"))
LBUL.addElement(lb)
doc.automaticstyles.addElement(LBUL)

body = doc.text


def para(t, st=st_body):
    body.addElement(P(stylename=st, text=t))


def t1(t):
    body.addElement(H(outlinelevel=1, stylename=H1, text=t))


def t2(t):
    body.addElement(H(outlinelevel=2, stylename=H2, text=t))


def cap(t):
    para(t, st_cap)


def lst(items, break_after=None):
    l = List(stylename=LBUL)
    for k, i in enumerate(items):
        li = ListItem()
        st = S_BREAK if (break_after is not None and k == break_after) else st_body
        li.addElement(P(stylename=st, text=i))
        l.addElement(li)
    body.addElement(l)


_tn = [0]


def table(rows, widths, header=True, bold_first_line=False):
    _tn[0] += 1
    name = "Tableau%d" % _tn[0]
    tst = Style(name=name, family="table")
    tst.addElement(TableProperties(width="%.2fcm" % sum(widths), align="center"))
    doc.automaticstyles.addElement(tst)
    tb = Table(name=name, stylename=tst)
    for k, w in enumerate(widths):
        cst = Style(name="%s.C%d" % (name, k), family="table-column")
        cst.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
        doc.automaticstyles.addElement(cst)
        tb.addElement(TableColumn(stylename=cst))
    for i, r in enumerate(rows):
        tr = TableRow()
        for v in r:
            head = header and i == 0
            tc = TableCell(stylename=csh if head else cs, valuetype="string")
            lines = str(v).split("\n")
            for n, line in enumerate(lines):
                if bold_first_line and n == 0:
                    p = P(stylename=S_CELL)
                    p.addElement(Span(stylename=T_BOLD, text=line))
                    tc.addElement(p)
                else:
                    tc.addElement(P(stylename=S_CELLH if head else S_CELL, text=line))
            tr.addElement(tc)
        tb.addElement(tr)
    body.addElement(tb)




def retiens(t):
    p = P(stylename=st_body)
    p.addElement(Span(stylename=T_BOLD, text="Ce que j'en retiens : "))
    p.addElement(Span(text=t))
    body.addElement(p)


# ================================================================== couverture
para("Titre Chef de projet e-commerce — session 2026 — blocs 3 et 5", S_COVER0)
para("Prise Directe", S_COVER)
para("Faire venir les grimpeurs et faire tourner la maison", S_CENTER)
para("Le site et la boutique d'un réseau de six salles d'escalade en franchise", S_CENTER)
para("Rapport de Salomé Garnier, responsable web du réseau", S_CENTER)
para("Prise Directe Franchise SAS — 12 rue Saint-Pierre-de-Vaise, 69009 Lyon", S_CENTER)
para("Tuteur : Romain Achard, président — avril 2026", S_CENTER)
para("Annexe jointe : prise-directe-annexe-tableaux.pdf (tableaux T1 à T14)", S_CENTER)

# ================================================================== sommaire (sans numéros de page)
para("Sommaire", S_SOMT)
SOMMAIRE = [
    ("Pour commencer", []),
    ("Première partie — Être trouvé sur internet", [
        "Qui sommes-nous et pourquoi le site compte autant ?", "Par quoi on commence ?", "Avec quels outils on regarde les visites ?",
        "Est-ce qu'on remonte dans Google ?", "Comment on choisit les expressions ?", "Comment on range les pages du site ?",
        "Comment marchent nos annonces payantes en haut de Google ?", "Comment on suit les annonces semaine après semaine ?",
        "Quels chiffres on surveille ?", "Combien rapporte 1 € dépensé ?", "Est-ce qu'on a atteint nos buts ?", "Qu'est-ce qu'on change maintenant ?"]),
    ("Deuxième partie — Faire avancer le projet et la maison", [
        "Pourquoi un outil de réservation commun ?", "Qu'est-ce qu'il y a dans le document pour les développeurs ?",
        "Qu'est-ce qu'on veut, à chaque niveau ?", "Qu'ont demandé Romain et Élise ?", "Comment on choisit le prestataire ?",
        "Le référencement de nos fournisseurs de prises : comment ça marche ?", "Les infos du bas de page sont-elles bonnes ?",
        "Que disent nos règles de vente ?", "Comment on se réunit ?", "Comment on range la réserve ?",
        "Comment on a raccourci les commandes de la boutique ?", "Comment on envoie les colis ?"]),
    ("Pour finir", []),
]
for t, subs in SOMMAIRE:
    para(t, S_SOM1)
    for s in subs:
        para(s, S_SOM2)

# ================================================================== introduction
body.addElement(H(outlinelevel=1, stylename=H1, text="Pour commencer"))
para("Je m'appelle Salomé Garnier, j'ai 34 ans. Je suis arrivée chez Prise Directe en 2019 comme hôtesse d'accueil à la salle de Vaise. "
     "Pendant quatre ans, j'ai vendu des entrées, prêté des chaussons, répondu au téléphone et aux messages des parents qui voulaient inscrire "
     "leurs enfants. En 2024, Romain Achard, le président, m'a proposé de devenir responsable web du réseau. Je prépare ce titre en formation "
     "continue, en parallèle de mon travail.")
para("J'écris ce rapport avec des mots simples, pour que nos franchisés puissent me lire. Ce sont des grimpeurs et des commerçants, pas des "
     "spécialistes d'internet. Quand un mot technique est inévitable, je l'explique.")
para("Le rapport a deux parties. La première raconte comment on fait pour que les grimpeurs nous trouvent sur internet, avec ou sans payer "
     "Google. La deuxième raconte comment on fait avancer le projet d'outil de réservation commun et comment on fait tourner la maison : "
     "réserve, commandes, envois. Une troisième partie sur les liens venant d'autres sites et les résultats de nos publications viendra "
     "compléter le tout.")
para("Les tableaux sont dans l'annexe à part (T1 à T14). Dans le texte, j'écris « voir T6 » quand il faut aller regarder un tableau.")

# ================================================================== première partie
body.addElement(H(outlinelevel=1, stylename=H1, text="Première partie — Être trouvé sur internet"))

t2("Qui sommes-nous et pourquoi le site compte autant ?")
para("Prise Directe, c'est six salles d'escalade de bloc et de voie autour de Lyon. Romain Achard et Élise Vannier ont ouvert la première à "
     "Vaise en 2016. Ensuite sont venues Villeurbanne (2018), Vénissieux (2019), Écully (2021), Villefranche-sur-Saône (2022) et Vienne (2024). "
     "Vaise appartient à la tête de réseau ; les cinq autres sont tenues par des franchisés, chacun avec sa propre société. On est 96 personnes "
     "en tout, dont 11 au siège : direction, ouvreurs du réseau, service client, et moi pour le web.")
para("En 2025, les six salles ont fait 5,6 millions d'euros de chiffre d'affaires. La tête de réseau, elle, a touché 1,1 million : les "
     "redevances des franchisés (6 % de leur chiffre), la participation au marketing (2 %), la salle de Vaise et la petite boutique de "
     "chaussons, magnésie et cartes cadeaux (voir T1).")
para("Le site compte énormément : 71 % de ce que les grimpeurs achètent passe par internet. Le site est fait avec WordPress ; les "
     "abonnements, les cartes et les créneaux sont gérés par BlocManager, le logiciel de nos salles. On a 7 400 abonnés et 58 000 passages par "
     "mois aux portiques. L'abonnement coûte 49 € par mois ou 490 € à l'année, la carte de 10 entrées 120 €, l'entrée à la journée 15 €, "
     "l'initiation 25 €. La saison enfants « Petits Grimpeurs » coûte 390 €. À la boutique, les chaussons vont de 79 à 129 €, et les cartes "
     "cadeaux de 25 à 200 €.")
para("Notre année a un rythme très marqué. Septembre, c'est la rentrée : on y vend 34 % des abonnements à l'année. Juillet et août, c'est le "
     "creux, tout le monde grimpe dehors ou part en vacances. Tout ce que je raconte dans cette partie tourne autour de la rentrée.")
para("Nos concurrents sont Altissimo, qui a trois salles à Lyon, La Dalle, une salle indépendante à la Croix-Rousse très aimée des "
     "grimpeurs confirmés, Vertiges Urbains, une chaîne nationale qui vient d'ouvrir à Part-Dieu, et FitZone, des salles de sport qui ont un "
     "petit mur d'escalade et attirent les débutants avec des prix bas.")

para("Le modèle de la franchise change beaucoup de choses pour le site. Le siège paie et gère le site pour tout le réseau, grâce aux 2 % de participation au marketing que versent les franchisés. En échange, chaque franchisé attend que sa salle soit aussi visible que Vaise. Quand Vienne a ouvert en 2024, son franchisé m'appelait chaque semaine pour me demander pourquoi sa salle n'apparaissait pas quand on tapait « escalade » depuis Vienne. C'est une des raisons qui m'ont poussée à revoir tout le site.")
para("Sur le site, un grimpeur peut acheter son abonnement, une carte de 10 entrées ou une entrée à la journée, réserver une initiation, inscrire son enfant aux Petits Grimpeurs et commander des chaussons ou une carte cadeau. Le paiement passe par BlocManager pour tout ce qui donne accès aux salles, et par la boutique WordPress pour le matériel. Pour le grimpeur, ce sont deux paniers différents, ce qui n'est pas idéal ; j'y reviens dans la deuxième partie.")
t2("Par quoi on commence ?")
para("Être bien placé dans Google sans payer, c'est la première chose que je voulais améliorer. Quand je suis arrivée au poste, chaque salle "
     "avait une seule page, écrite en 2016 pour Vaise puis copiée pour les autres. Les gens qui cherchaient « escalade Vienne » tombaient sur "
     "Vertiges Urbains ou sur la mairie. J'ai listé tout ce qu'il y avait à faire, puis je l'ai rangé en trois paquets : d'abord, ensuite, plus "
     "tard. Les résultats semaine par semaine de la rentrée sont dans T8 ; je les explique plus loin.")
table([
    ["Quand", "Action", "Pourquoi à ce moment-là"],
    ["D'abord", "1. Une vraie page par salle, avec adresse, horaires, photos du pan et des voies", "Sans page propre, une salle ne peut pas sortir dans Google pour sa ville"],
    ["D'abord", "2. Fiches Google Business Profile complètes pour les 6 salles", "C'est ce que les gens voient en premier sur leur téléphone"],
    ["D'abord", "3. Une page « cours enfants » commune", "Les parents cherchent dès juin pour septembre"],
    ["Ensuite", "4. Réécrire les titres des pages avec les expressions que les gens cherchent", "Il faut d'abord savoir quelles expressions choisir"],
    ["Ensuite", "5. Accélérer l'affichage sur téléphone (photos trop lourdes)", "Le site mettait 5 secondes à s'afficher"],
    ["Ensuite", "6. Demander des avis Google après la première séance", "Les avis font remonter les fiches des salles"],
    ["Plus tard", "7. Une page par type de grimpe (bloc, voie, compétition)", "Demande du temps d'écriture"],
    ["Plus tard", "8. Un article par mois sur le blog (conseils, ouvertures)", "À faire quand les bases tiennent"],
    ["Plus tard", "9. Traduire les pages de Vaise en anglais (étudiants)", "Peu de demande pour l'instant"],
], [2.4, 7.0, 7.0])
retiens("on a commencé par ce qui fait venir des gens tout de suite et qui ne coûte presque rien. Les trois actions « d'abord » étaient faites "
        "avant le 30 juin 2025, juste à temps pour la rentrée.")

t2("Avec quels outils on regarde les visites ?")
para("J'utilise quatre outils. Google Analytics 4 (GA4) me dit combien de visites arrivent sur le site, d'où elles viennent, combien de "
     "temps les gens restent et s'ils vont jusqu'au paiement. La Search Console de Google me montre les expressions tapées par les gens quand "
     "notre site apparaît, et notre place dans la liste. Google Business Profile me donne, salle par salle, combien de personnes ont vu la "
     "fiche, appelé ou demandé l'itinéraire. Ubersuggest, dans sa version gratuite, me sert à connaître le nombre de recherches par mois d'une "
     "expression.")
para("Pour le choix, on a gardé ceux qui étaient déjà là et gratuits.")

t2("Est-ce qu'on remonte dans Google ?")
para("J'ai suivi la place du site dans Google pour 8 expressions importantes, en notant la position en mai 2025 (avant les changements) et "
     "en janvier 2026 (voir T2). Pour les trois salles les plus anciennes, Vaise, Villeurbanne et Vénissieux, j'ai les deux chiffres. Pour "
     "Écully, Villefranche et Vienne, je n'avais pas pensé à noter la place avant de refaire les pages ; je n'ai donc que la position d'après.")
para("Là où j'ai les deux chiffres, le progrès est net. « Escalade Villeurbanne » passe de la 9e à la 2e place, « salle de bloc Vénissieux » "
     "de la 14e à la 3e. Sur « escalade Lyon », l'expression la plus disputée, on passe de la 23e à la 8e place : on est enfin sur la première "
     "page, mais Altissimo et Vertiges Urbains restent devant nous.")

t2("Comment on choisit les expressions ?")
para("Les expressions que les gens cherchent, c'est la base de tout. Si on écrit « structure artificielle d'escalade » alors que les gens "
     "tapent « salle d'escalade Écully », personne ne nous trouve. J'ai construit ma liste en cinq étapes.")
lst(["Étape 1 — J'ai demandé aux équipes d'accueil des six salles de noter pendant deux semaines les questions posées au téléphone et au "
     "comptoir. On a récolté 214 questions. Les parents disent « cours d'escalade enfant », pas « école d'escalade ».",
     "Étape 2 — J'ai tapé chaque idée dans Ubersuggest pour connaître le nombre de recherches par mois dans la région.",
     "Étape 3 — J'ai regardé les suggestions de Google (ce qui s'affiche quand on commence à taper) et la rubrique « Autres questions posées ».",
     "Étape 4 — J'ai regardé sur quelles expressions sortent Altissimo, La Dalle, Vertiges Urbains et FitZone, et ce qu'ils écrivent dans leurs titres.",
     "Étape 5 — J'ai rangé chaque expression par salle et je lui ai donné une page du site, en notant si la personne qui cherche ça a envie "
     "de réserver tout de suite ou juste de se renseigner."])
para("Le résultat, c'est le tableau des expressions : 32 lignes, avec l'expression, le nombre de recherches par mois, la salle, la page du site "
     "qui doit répondre et la colonne « envie de réserver ? » (voir T3).")
para("Quelques choix méritent d'être expliqués. D'abord, la ville : presque tout le monde cherche une salle près de chez soi. « Escalade "
     "Vienne » ou « escalade Villefranche » ont peu de recherches (170 et 210 par mois), mais ce sont des gens prêts à venir. Ensuite, les "
     "enfants : « escalade enfant Lyon » et « cours escalade enfant » sont très cherchés de juin à septembre, et les stages enfants sont ce qui "
     "remplit nos créneaux du mercredi. Puis le mot « bloc » contre le mot « escalade » : les débutants tapent « escalade », les grimpeurs "
     "réguliers tapent « salle de bloc ». On a donc les deux mots sur chaque page, mais pas au même endroit : « escalade » dans le titre, "
     "« bloc » dans le texte qui parle du pan et des ouvertures. Enfin, les concurrents proches : à Villeurbanne, Altissimo occupe déjà "
     "« escalade Villeurbanne » ; on a visé aussi « escalade Charpennes » et « bloc Gratte-Ciel », plus précis, où personne n'était placé.")

t2("Comment on range les pages du site ?")
para("J'ai rangé les pages comme un arbre. En haut, une page « Escalade à Lyon » qui présente le réseau. En dessous, les six pages des salles. "
     "Chaque page de salle a ensuite ses petites pages : horaires, tarifs, cours enfants, planning des ouvertures.")
para("Pour passer d'une page à l'autre, on utilise le menu du haut (« Nos salles ») et le bas de page, où les six salles sont listées avec "
     "leur adresse. Tout l'arbre des pages se parcourt comme ça, par le menu et le bas de page.")

t2("Comment marchent nos annonces payantes en haut de Google ?")
para("Les annonces payantes en haut de Google, c'est la partie « Annonce » qu'on voit avant les résultats normaux. On paie seulement quand "
     "quelqu'un clique. Pour la rentrée 2025, on a fait une campagne Google Ads par salle, plus une campagne « cours enfants » pour tout le "
     "réseau. En plus, on a fait des publicités sur Facebook et Instagram (Meta), seulement pour septembre, parce que c'est là que les "
     "familles décident (voir T4).")
para("Pour Google, j'ai choisi les expressions achetées dans le tableau des expressions, celles où la colonne « envie de réserver ? » dit "
     "oui. J'ai utilisé deux façons de les acheter : « expression exacte » pour les noms de ville (« escalade Écully ») et « expression "
     "proche » pour les cours enfants, qui se cherchent de beaucoup de manières. J'ai aussi exclu des mots qui nous faisaient payer pour "
     "rien : « falaise » (les gens cherchent des sites dehors), « emploi » (les gens cherchent du travail), « gratuit », « mur d'escalade à "
     "construire ». Pour Meta, on a visé les parents de 30 à 50 ans qui habitent à 10 km autour de chaque salle (voir T5).")
para("Chaque annonce envoie sur la page de la salle concernée, jamais sur l'accueil du site. La campagne enfants envoie sur la page « Petits "
     "Grimpeurs », avec le planning et le bouton d'inscription (voir T6).")
para("J'ai écrit trois annonces Google, que l'on retrouve dans T7 : une pour Vaise, une pour Vienne et une pour les cours enfants. Pour Meta, "
     "on a prévu trois publications : une photo d'enfants sur le pan avec le planning des mercredis, une vidéo de 15 secondes d'un ouvreur qui "
     "monte un bloc, et un carrousel des six salles avec l'offre de rentrée. Élise et Yohan les ont mises en ligne à partir de mes indications.")

t2("Comment on suit les annonces semaine après semaine ?")
para("Tous les lundis d'août à octobre, j'ai rempli le tableau de suivi : argent dépensé, clics, premières visites réservées, nouveaux "
     "inscrits, coût par nouvel inscrit (voir T8). Ensuite j'ai fait le même calcul pour chaque salle (voir T9).")
para("Le coût par nouvel inscrit, c'est l'argent dépensé en annonces divisé par le nombre de personnes qui ont pris un abonnement ou une carte "
     "après avoir cliqué. C'est le chiffre que je regarde en premier. À Vaise, il est de 29 € ; à Vienne, il monte à 61 €. Vienne est la salle "
     "la plus récente, encore peu connue, et les gens hésitent plus. Villefranche est aussi au-dessus de la moyenne (49 €). Les cours enfants "
     "coûtent 33 € par inscription, ce qui est bien, vu qu'une saison rapporte 390 €.")

t2("Quels chiffres on surveille ?")
para("Les chiffres qu'on surveille, je les ai choisis pour qu'ils parlent d'abonnements, pas seulement de visites. Une salle ne vit pas des "
     "clics, elle vit des grimpeurs qui reviennent. J'en ai gardé trois principaux : les nouveaux inscrits, les premières visites réservées "
     "(séance découverte ou initiation) et le coût par nouvel inscrit. La liste complète avec les chiffres est dans T10.")
lst(["Les visites sur le site : 41 000 par mois en moyenne en 2025, 66 000 en septembre. Ça montre si on est trouvés, mais une visite ne "
     "paie pas la location du bâtiment.",
     "Les gens qui repartent tout de suite : 47 % sur l'ensemble du site, mais 63 % sur la page tarifs. Je pense que les tarifs sont mal "
     "présentés : trop de formules sur un petit écran.",
     "Le temps passé sur le site : 1 minute 50 en moyenne. Sur la page « Petits Grimpeurs », les parents restent 3 minutes 20 : ils lisent "
     "tout, c'est bon signe.",
     "Le temps d'affichage : 3,1 secondes sur téléphone après avoir allégé les photos (5 secondes avant). Au-delà de 3 secondes, beaucoup "
     "de gens abandonnent.",
     "Les gens qui abandonnent en route : 68 % des personnes qui choisissent une formule sur le site ne vont pas jusqu'au paiement.",
     "Les ventes en ligne : 71 % du chiffre d'affaires des salles passe par le site, et la boutique en ligne a vendu 1 240 paires de "
     "chaussons et 2 900 cartes cadeaux en 2025."])

t2("Combien rapporte 1 € dépensé ?")
para("Pour la campagne de rentrée (août à octobre 2025), on a dépensé 14 200 € en annonces, Google et Meta ensemble. Les gens venus par ces "
     "annonces ont acheté pour 48 300 € : abonnements (on compte ce qui a été payé pendant la période), cartes de 10 entrées et saisons "
     "enfants. Donc 1 € dépensé a rapporté 3,40 € (voir T11).")
para("C'est un bon résultat pour nous, parce qu'un abonné reste en moyenne 14 mois. Les 48 300 € ne comptent que les premiers paiements : "
     "sur une année, ces grimpeurs rapporteront beaucoup plus.")

t2("Est-ce qu'on a atteint nos buts ?")
para("Avant la rentrée, Romain, Élise et moi avions fixé quatre buts pour la période d'août à octobre. Les buts et les chiffres obtenus "
     "sont dans T12.")

t2("Qu'est-ce qu'on change maintenant ?")
para("Après la rentrée, j'ai noté les idées d'amélioration au fur et à mesure. Les voici, dans l'ordre où elles me sont venues :")
lst(["refaire la page tarifs pour le téléphone, avec trois formules au lieu de neuf ;",
     "baisser le budget des annonces à Vienne et tester une offre « première séance à 10 € » ;",
     "demander plus d'avis Google à Villefranche, qui n'en a que 38 ;",
     "commencer la campagne enfants dès la mi-juin ;",
     "ajouter le paiement en trois fois pour l'abonnement annuel ;",
     "écrire des pages pour les quartiers (Charpennes, Gerland, Confluence) ;",
     "mettre le bouton « réserver ma séance découverte » en haut de chaque page de salle."])

# ================================================================== deuxième partie
body.addElement(H(outlinelevel=1, stylename=H1, text="Deuxième partie — Faire avancer le projet et la maison"))

t2("Pourquoi un outil de réservation commun ?")
para("Aujourd'hui, chaque salle gère ses cours et ses créneaux dans sa propre installation de BlocManager. Un grimpeur abonné à Vaise qui "
     "veut réserver un cours à Écully doit se créer un deuxième compte. Les franchisés passent du temps au téléphone pour des réservations "
     "que les gens pourraient faire seuls. Et le siège ne voit pas combien de places restent libres dans le réseau.")
para("Romain m'a demandé fin 2025 d'écrire le document pour les développeurs d'un outil de réservation commun aux six salles : cours, "
     "initiations, stages enfants et créneaux de grimpe libre.")

t2("Qu'est-ce qu'il y a dans le document pour les développeurs ?")
para("Le document pour les développeurs fait 24 pages. Il a neuf parties :")
lst(["1. Qui nous sommes : le réseau, les six salles, les chiffres, les outils actuels (WordPress, BlocManager).",
     "2. Le problème à résoudre : les doubles comptes, les appels, le manque de vue d'ensemble.",
     "3. Ce qu'on veut obtenir, en trois niveaux (expliqués juste après).",
     "4. Les personnes qui vont utiliser l'outil : grimpeurs, parents, accueil des salles, franchisés, siège.",
     "5. Les parcours : réserver un cours, annuler, mettre un enfant sur liste d'attente, payer, recevoir un rappel.",
     "6. Ce que l'outil doit faire écran par écran, avec des croquis.",
     "7. Les règles à respecter, dont les consignes de Romain et Élise.",
     "8. Le calendrier, de la signature jusqu'à la mise en service.",
     "9. Les risques et ce qu'on fera s'ils arrivent."])

t2("Qu'est-ce qu'on veut, à chaque niveau ?")
para("J'ai rangé les buts en trois niveaux, pour que chacun s'y retrouve.")
para("Ce que le réseau veut : un seul compte grimpeur pour toutes les salles ; remplir les cours à au moins 85 % ; réduire de moitié les "
     "appels pour des réservations ; voir chaque lundi les places libres de tout le réseau.")
para("Ce que chaque salle doit faire : mettre ses cours et créneaux en ligne au moins trois semaines à l'avance ; garder ses propres prix ; "
     "valider les inscriptions aux stages enfants sous 48 heures ; former son équipe d'accueil à l'outil.")
para("Ce que l'outil doit faire techniquement : se brancher sur BlocManager pour lire les abonnements et les droits d'entrée ; ouvrir les "
     "portiques avec la réservation ; prendre les paiements en ligne, y compris pour les cartes cadeaux ; envoyer des rappels par SMS et par "
     "mail ; marcher sur téléphone d'abord ; s'afficher en moins de 2 secondes.")
para("Dans la partie « risques », j'ai noté ce qui peut mal se passer : le retard du prestataire, le refus d'un franchisé, une panne des "
     "portiques le jour du lancement, et le passage des comptes des 7 400 abonnés dans le nouvel outil (doublons, mots de passe, abonnés "
     "qui ne se reconnectent pas).")

t2("Qu'ont demandé Romain et Élise ?")
para("Romain et Élise m'ont donné quatre consignes. Je les ai mises telles quelles dans la partie 7 du document, et j'ai vérifié qu'aucune "
     "autre partie ne les contredit.")
table([
    ["Consigne", "De qui", "Où on la retrouve dans le document"],
    ["Budget de 60 000 € maximum, tout compris", "Romain", "partie 8 (calendrier et budget) et demande de devis"],
    ["Les franchisés gardent la main sur leurs prix", "Élise", "partie 6 : chaque salle a son écran de tarifs"],
    ["Un seul compte pour toutes les salles", "Romain et Élise", "parties 3 et 5 : un grimpeur, un compte, six salles"],
    ["En service avant le 1er septembre 2026", "Romain", "partie 8 : mise en service le 17 août, deux semaines de marge"],
], [6.4, 3.0, 7.0])
retiens("les consignes de la direction ne sont pas un chapitre à part, elles changent tout le document. Par exemple, la consigne sur les "
        "prix oblige à prévoir un écran de tarifs par salle, ce qui coûte plus cher à développer.")

t2("Comment on choisit le prestataire ?")
para("Pour choisir qui va construire l'outil, j'ai listé six critères : le prix, le délai, les références dans le sport (salles d'escalade "
     "ou de fitness), l'assistance après la mise en service, l'hébergement des données, et la capacité à se brancher sur nos portiques "
     "d'entrée.")
para("On a reçu deux devis, que j'ai comparés dans T13 : celui de BlocManager, qui propose un module de réservation en plus de son logiciel, "
     "et celui de Studio Nébuleuse, une agence lyonnaise qui développerait l'outil sur mesure. BlocManager est moins cher et se branche déjà "
     "sur nos portiques ; Studio Nébuleuse propose un outil plus joli mais plus long à faire.")

t2("Le référencement de nos fournisseurs de prises : comment ça marche ?")
para("Dans notre métier, le référencement d'un fournisseur, c'est l'accord qui lui permet de nous vendre des prises et des volumes pour "
     "toutes les salles du réseau. Un fournisseur référencé a des prix négociés par le siège, et les franchisés peuvent commander chez lui sans "
     "demander d'autorisation.")
para("Pour être référencé, un fournisseur doit envoyer ses fiches de sécurité (norme des prises et des fixations), accepter un test de "
     "trois mois dans une salle, et tenir les délais de livraison avant nos grandes ouvertures. Nos ouvreurs donnent leur avis sur la "
     "qualité du grain et la tenue des prises. En 2025, on a référencé deux nouveaux fabricants de prises et retiré un fournisseur de "
     "volumes dont les inserts se dévissaient.")

t2("Les infos du bas de page sont-elles bonnes ?")
para("En novembre 2025, j'ai vérifié les infos du bas de page sur la page de chaque salle. Comme chaque franchisé a sa propre société, il "
     "faut que le grimpeur sache à qui il achète. Sur chaque page, on trouve maintenant : le nom de Prise Directe Franchise SAS comme éditeur "
     "du site, le nom de la société du franchisé qui exploite la salle, son numéro SIRET et son adresse, le nom de l'hébergeur du site et "
     "son adresse. Avant, les pages de Villefranche et de Vienne n'indiquaient que la tête de réseau ; c'est corrigé.")

t2("Que disent nos règles de vente ?")
para("J'ai relu nos règles de vente pour l'abonnement, sur trois points qui reviennent souvent à l'accueil.")
para("La résiliation : l'abonnement mensuel se résilie avec un mois de préavis, par mail ou à l'accueil. C'était écrit en petit en bas de "
     "la page ; je l'ai remonté dans le résumé de l'offre. La pause pour blessure : avec un certificat médical, on peut suspendre "
     "l'abonnement de un à trois mois. Le texte ne disait pas comment faire ; j'ai ajouté la démarche. Le changement de prix : on doit "
     "prévenir les abonnés deux mois avant une hausse, et ils peuvent partir sans frais. C'était bien écrit, mais la hausse de janvier 2025 "
     "avait été annoncée seulement six semaines avant ; on a corrigé la procédure pour la prochaine fois.")

t2("Et les données des grimpeurs ?")
para("Pour les données personnelles des grimpeurs, c'est l'avocat de la franchise qui s'en occupe.")

t2("Comment on se réunit ?")
para("Tous les mardis à 9 h, on fait le « point du mardi » avec l'équipe web du siège : Amandine Roux et Yohan Diallo, du service client, "
     "Élise quand elle peut, et moi. Ça dure 30 minutes. Le but est écrit en haut du compte rendu : savoir ce qui bloque les grimpeurs sur le "
     "site cette semaine, décider qui règle quoi, et préparer les messages de la semaine suivante.")
para("Une fois par mois, le premier jeudi, on fait une visio d'une heure avec les cinq franchisés. Le but est aussi écrit dans "
     "l'invitation : leur montrer les chiffres de leur salle, recueillir leurs demandes pour le site, et les prévenir des campagnes à venir "
     "pour qu'ils aient assez de personnel à l'accueil.")

para("Ces deux rendez-vous ont déjà changé des choses. C'est au point du mardi qu'on a décidé de mettre le planning des Petits Grimpeurs en ligne dès juin, après qu'Amandine a compté 46 appels de parents en une semaine. C'est en visio avec les franchisés que celui de Villefranche nous a demandé de ne pas lancer d'annonces le week-end du forum des associations, parce que son accueil était déjà débordé. Chaque compte rendu finit par la liste « qui fait quoi, pour quand », relue au rendez-vous suivant.")
t2("Comment on range la réserve ?")
para("La réserve de la boutique est à Vaise. On y garde les chaussons neufs, les chaussons de location, la magnésie et les cartes cadeaux, "
     "et une petite réserve de prises pour dépanner les salles.")
para("Les chaussons neufs sont rangés par modèle puis par pointure, et chaque boîte a un code-barres qui correspond à la pointure et au "
     "modèle dans BlocManager. Les chaussons de location ont une étiquette avec un numéro : à chaque prêt, l'accueil scanne la paire, ce qui "
     "compte les utilisations. À 300 utilisations, la paire part au ressemelage. La magnésie est rangée par lot, avec la date d'arrivée, "
     "pour vendre les plus anciens sacs d'abord et retrouver un lot en cas de problème.")
table([
    ["Ce qui sort", "Ce qu'on vérifie", "Pourquoi"],
    ["Commande de chaussons", "la pointure et que les deux chaussons sont de la même paire (même taille, pied gauche et pied droit)", "c'est la première cause de retour"],
    ["Carte cadeau", "le code est testé dans BlocManager avant l'envoi", "une carte qui ne marche pas, c'est un cadeau gâché"],
    ["Prises envoyées à une salle", "on compte les prises et on pèse le carton", "on repère vite une prise oubliée"],
    ["Chaussons de location", "numéro scanné, compteur d'utilisations", "savoir quand ressemeler"],
], [4.2, 7.6, 4.6])
retiens("chaque type de sortie a son contrôle, adapté à l'erreur qu'on fait le plus souvent. Depuis qu'on vérifie la paire, les retours "
        "de chaussons pour erreur sont passés de 31 en 2024 à 9 en 2025.")

t2("Comment on a raccourci les commandes de la boutique ?")
para("En 2024, une commande de la boutique en ligne passait par dix étapes, dont plusieurs faites deux fois. J'ai suivi trois commandes "
     "avec un chronomètre et j'ai enlevé ce qui ne servait à rien.")
table([
    ["Avant : 10 étapes", "Après : 6 étapes"],
    ["1. Lire le mail de commande", "1. La commande arrive directement dans la liste de préparation"],
    ["2. Recopier la commande dans un cahier", "(supprimé)"],
    ["3. Chercher les chaussons dans la réserve", "2. Prendre les chaussons grâce à l'emplacement noté sur la liste"],
    ["4. Vérifier la pointure", "3. Scanner : la pointure et la paire sont vérifiées en même temps"],
    ["5. Vérifier la paire", "(regroupé avec l'étape 3)"],
    ["6. Emballer", "4. Emballer"],
    ["7. Peser le colis et noter le poids", "(supprimé : le poids est calculé par le site)"],
    ["8. Écrire l'étiquette à la main", "5. Imprimer l'étiquette"],
    ["9. Aller à la poste", "6. Remettre le colis au transporteur qui passe à la salle"],
    ["10. Envoyer un mail au client", "(supprimé : le mail part tout seul)"],
], [8.2, 8.2])
retiens("une commande prenait 14 minutes, elle en prend 6. Avec 160 commandes par mois, on gagne plus de 21 heures par mois, qu'Amandine "
        "passe maintenant à répondre aux grimpeurs.")

para("La boutique vit surtout à deux moments : la rentrée, quand les nouveaux abonnés achètent leurs premiers chaussons, et décembre, avec les cartes cadeaux. En décembre 2025, on a vendu 1 180 cartes cadeaux en ligne, presque la moitié de l'année. Une carte cadeau est envoyée par mail avec son code, ou imprimée sur un joli carton et envoyée par la poste quand le client le demande.")
t2("Comment on envoie les colis ?")
para("Pour les envois de la boutique, on utilise trois solutions.")
table([
    ["Envoi", "Prix pour un colis de chaussons", "Délai", "Remarque"],
    ["Colissimo", "7,90 €", "2 jours", "livraison à domicile partout en France"],
    ["Les Coursiers du Rhône (vélo)", "6,50 €", "le jour même", "Lyon et Villeurbanne ; le vélo, c'est zéro carbone"],
    ["Mondial Relay", "4,90 €", "3 à 4 jours", "le client va chercher son colis en point relais"],
], [5.0, 4.0, 2.6, 4.8])
retiens("chaque solution a son usage. Les grimpeurs de Lyon qui veulent leurs chaussons avant le week-end prennent le vélo, les autres "
        "choisissent surtout Mondial Relay, pour le point relais près de chez eux.")

# ================================================================== conclusion
body.addElement(H(outlinelevel=1, stylename=H1, text="Pour finir"))
para("En un an et demi, le site de Prise Directe est devenu un vrai outil pour les six salles. Les pages des salles sortent dans Google, "
     "les annonces de la rentrée ont rapporté 3,40 € pour 1 € dépensé, et la boutique prépare ses commandes deux fois plus vite.")
para("Pour 2026, le gros chantier est l'outil de réservation commun. Le document pour les développeurs est prêt, les deux devis sont sur la "
     "table, et Romain doit choisir avant la fin avril pour tenir la date du 1er septembre.")
para("Il reste aussi des choses que je n'ai pas encore faites : la page tarifs pour le téléphone n'est pas refaite, Villefranche manque toujours d'avis, et les pages de quartiers attendent que j'aie le temps de les écrire. Je préfère le dire franchement plutôt que de faire croire que tout est fini.")
para("Ce que j'ai appris, c'est qu'on n'a pas besoin de grands mots pour bien travailler. Nos franchisés lisent mes comptes rendus parce "
     "qu'ils les comprennent. C'est ce que je veux garder.")

doc.save(FILE)

# re-pack avec horodatage fixe (déterminisme)
with zipfile.ZipFile(FILE) as z:
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(FILE, "w") as z:
    for name, data in items:
        zi = zipfile.ZipInfo(name, date_time=(2026, 4, 2, 21, 10, 0))
        zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
print("ok", FILE)


# ================================================================== annexe PDF des tableaux (A4 paysage)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DS", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DSB", FD + "DejaVuSans-Bold.ttf"))
PDF = os.path.join(OUT, "prise-directe-annexe-tableaux.pdf")
LW, LH = landscape(A4)
M = 1.4 * cm
GREY = colors.HexColor("#D9D9D9")
tt = ParagraphStyle("tt", fontName="DSB", fontSize=11, leading=14, spaceBefore=4, spaceAfter=5, textColor=colors.HexColor("#1F4E5A"))
c_ = ParagraphStyle("c", fontName="DS", fontSize=8.4, leading=10.2)
cb_ = ParagraphStyle("cb", fontName="DSB", fontSize=8.4, leading=10.2)


def fmt(x):
    return "{:,}".format(x).replace(",", "\u00a0")


def T(title, rows, widths, fs=None):
    cs = c_ if fs is None else ParagraphStyle("c%s" % fs, parent=c_, fontSize=fs, leading=fs * 1.2)
    cbs = cb_ if fs is None else ParagraphStyle("cb%s" % fs, parent=cb_, fontSize=fs, leading=fs * 1.2)
    data = [[Paragraph(str(v), cbs if i == 0 else cs) for v in r] for i, r in enumerate(rows)]
    uw = LW - 2 * M
    t = Table(data, colWidths=[w * uw / sum(widths) for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8C8C8C")),
                           ("BACKGROUND", (0, 0), (-1, 0), GREY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    return [Paragraph(title, tt), t, Spacer(1, 10)]


def deco(c, d):
    c.saveState()
    c.setFont("DS", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(M, LH - 0.9 * cm, "Prise Directe — annexe du rapport de Salomé Garnier — tableaux T1 à T14")
    c.drawRightString(LW - M, 0.7 * cm, "page %d / 8" % d.page)
    c.restoreState()


S = []
S += T("T1 — Les six salles du réseau en 2025", [
    ["Salle", "Ouverture", "Société", "Abonnés", "Passages / mois", "Chiffre d'affaires 2025"],
    ["Lyon-Vaise", "2016", "Prise Directe Franchise SAS (tête de réseau)", "1 720", "13 400", "1 290 000 €"],
    ["Villeurbanne", "2018", "Grimpe Villeurbanne SARL (franchisé)", "1 580", "12 100", "1 180 000 €"],
    ["Vénissieux", "2019", "Bloc Sud SAS (franchisé)", "1 210", "9 600", "910 000 €"],
    ["Écully", "2021", "Ouest Vertical SARL (franchisé)", "1 130", "9 200", "860 000 €"],
    ["Villefranche-sur-Saône", "2022", "Beaujolais Escalade SAS (franchisé)", "980", "7 900", "760 000 €"],
    ["Vienne", "2024", "Vienne Grimpe SARL (franchisé)", "780", "5 800", "600 000 €"],
    ["Réseau", "", "", "7 400", "58 000", "5 600 000 €"],
], [3.2, 1.6, 5.6, 1.6, 2.2, 2.8])
S += T("T2 — Place dans Google de 8 expressions, mai 2025 (avant) et janvier 2026 (après)", [
    ["Expression", "Salle", "Avant (mai 2025)", "Après (janvier 2026)"],
    ["escalade Lyon", "Lyon-Vaise (page réseau)", "23", "8"],
    ["salle d'escalade Vaise", "Lyon-Vaise", "4", "1"],
    ["escalade Villeurbanne", "Villeurbanne", "9", "2"],
    ["salle de bloc Vénissieux", "Vénissieux", "14", "3"],
    ["escalade Écully", "Écully", "", "2"],
    ["escalade Villefranche", "Villefranche-sur-Saône", "", "1"],
    ["escalade Vienne", "Vienne", "", "3"],
    ["cours escalade enfant Lyon", "toutes (page Petits Grimpeurs)", "", "6"],
], [5, 5, 3, 3])
S.append(PageBreak())
EXPR = [
    ("escalade Lyon", 2900, "réseau", "Escalade à Lyon", "un peu"), ("salle d'escalade Lyon", 1900, "réseau", "Escalade à Lyon", "oui"),
    ("salle de bloc Lyon", 1300, "réseau", "Escalade à Lyon", "oui"), ("escalade enfant Lyon", 880, "toutes", "Petits Grimpeurs", "oui"),
    ("cours escalade enfant", 720, "toutes", "Petits Grimpeurs", "oui"), ("escalade Villeurbanne", 590, "Villeurbanne", "page Villeurbanne", "oui"),
    ("salle d'escalade Vaise", 480, "Lyon-Vaise", "page Vaise", "oui"), ("initiation escalade Lyon", 480, "toutes", "page Initiation", "oui"),
    ("escalade Vénissieux", 320, "Vénissieux", "page Vénissieux", "oui"), ("bloc Lyon 9", 260, "Lyon-Vaise", "page Vaise", "oui"),
    ("escalade Écully", 260, "Écully", "page Écully", "oui"), ("anniversaire escalade Lyon", 260, "toutes", "page Anniversaires", "oui"),
    ("escalade Villefranche", 210, "Villefranche-sur-Saône", "page Villefranche", "oui"), ("chaussons escalade Lyon", 210, "boutique", "Boutique chaussons", "oui"),
    ("escalade Vienne", 170, "Vienne", "page Vienne", "oui"), ("salle de bloc Vénissieux", 170, "Vénissieux", "page Vénissieux", "oui"),
    ("stage escalade vacances enfant", 170, "toutes", "Petits Grimpeurs", "oui"), ("carte cadeau escalade", 170, "boutique", "Cartes cadeaux", "oui"),
    ("escalade Charpennes", 140, "Villeurbanne", "page Villeurbanne", "oui"), ("abonnement escalade Lyon", 140, "réseau", "Tarifs", "oui"),
    ("escalade Tassin", 110, "Écully", "page Écully", "oui"), ("prix entrée escalade", 110, "toutes", "Tarifs", "un peu"),
    ("escalade débutant adulte", 110, "toutes", "page Initiation", "un peu"), ("bloc Gratte-Ciel", 90, "Villeurbanne", "page Villeurbanne", "oui"),
    ("escalade Saint-Fons", 90, "Vénissieux", "page Vénissieux", "oui"), ("escalade Caluire", 90, "Lyon-Vaise", "page Vaise", "oui"),
    ("location chaussons escalade", 70, "toutes", "Tarifs", "un peu"), ("escalade Beaujolais", 70, "Villefranche-sur-Saône", "page Villefranche", "un peu"),
    ("escalade Isère nord", 50, "Vienne", "page Vienne", "un peu"), ("magnésie escalade", 50, "boutique", "Boutique", "un peu"),
    ("ouverture nouveaux blocs Lyon", 40, "toutes", "Planning des ouvertures", "non"), ("comment grimper en bloc", 40, "toutes", "Blog", "non"),
]
assert len(EXPR) == 32
S += T("T3 — Le tableau des expressions (32 lignes, recherches par mois d'après Ubersuggest, juin 2025)",
       [["N°", "Expression que les gens cherchent", "Recherches / mois", "Salle", "Page du site", "Envie de réserver ?"]] +
       [[str(i + 1), e, fmt(v), s, pg, r] for i, (e, v, s, pg, r) in enumerate(EXPR)], [0.7, 5.2, 2.0, 3.4, 3.6, 2.2], fs=7.9)
S.append(PageBreak())
S += T("T4 — Les annonces payantes de la rentrée 2025 : campagnes et budgets", [
    ["Campagne", "Où", "Période", "Budget prévu", "Dépensé"],
    ["Google — Lyon-Vaise", "10 km autour de la salle", "4 août – 26 octobre", "1 800 €", "1 710 €"],
    ["Google — Villeurbanne", "8 km", "4 août – 26 octobre", "1 800 €", "1 840 €"],
    ["Google — Vénissieux", "10 km", "4 août – 26 octobre", "1 500 €", "1 480 €"],
    ["Google — Écully", "10 km", "4 août – 26 octobre", "1 500 €", "1 520 €"],
    ["Google — Villefranche-sur-Saône", "15 km", "4 août – 26 octobre", "1 300 €", "1 320 €"],
    ["Google — Vienne", "15 km", "4 août – 26 octobre", "1 300 €", "1 340 €"],
    ["Google — Cours enfants (réseau)", "Lyon et alentours", "4 août – 26 octobre", "2 000 €", "2 090 €"],
    ["Meta (Facebook, Instagram) — rentrée", "10 km autour de chaque salle", "25 août – 28 septembre", "3 000 €", "2 900 €"],
    ["Total", "", "", "14 200 €", "14 200 €"],
], [5.2, 3.8, 3.6, 2.2, 2.2])
S += T("T5 — Expressions achetées, façon de les acheter et mots exclus", [
    ["Campagne", "Expressions achetées", "Façon d'acheter", "Mots exclus"],
    ["Salles (une par salle)", "escalade + ville, salle d'escalade + ville, salle de bloc + ville, bloc + quartier", "expression exacte", "falaise, emploi, gratuit, construire, mur d'escalade maison"],
    ["Cours enfants", "cours escalade enfant, escalade enfant Lyon, stage escalade enfant, activité mercredi enfant Lyon", "expression proche", "falaise, emploi, gratuit, anniversaire adulte"],
    ["Meta rentrée", "pas d'expressions : parents de 30 à 50 ans, à 10 km autour de chaque salle, centres d'intérêt sport en famille", "—", "personnes déjà abonnées (liste BlocManager)"],
], [3.2, 7.0, 2.6, 5.0])
S.append(PageBreak())
S += T("T6 — Pages d'arrivée des annonces", [
    ["Campagne", "Page d'arrivée", "Ce qu'on y trouve"],
    ["Google — chaque salle", "page de la salle (6 pages)", "adresse, horaires, photos du pan, tarifs, bouton « réserver ma séance découverte »"],
    ["Google — cours enfants", "page Petits Grimpeurs", "planning des mercredis et samedis par salle, prix de la saison (390 €), bouton d'inscription"],
    ["Meta rentrée", "page Petits Grimpeurs ou page de la salle la plus proche", "mêmes contenus, offre de rentrée"],
], [4.0, 5.0, 9.0])
S += T("T7 — Les 3 annonces Google écrites", [
    ["Annonce", "Titres", "Descriptions"],
    ["Lyon-Vaise", "Escalade à Lyon 9e | Salle de bloc et de voie à Vaise | Séance découverte", "200 blocs renouvelés chaque semaine, pan et voies jusqu'à 14 m. Réservez votre créneau en ligne."],
    ["Vienne", "Salle d'escalade à Vienne | Bloc et voie pour tous | Ouverte 7 jours sur 7", "Nouvelle salle près de la gare : initiation à 25 €, chaussons en location. Réservez en ligne."],
    ["Cours enfants", "Cours d'escalade enfant | Petits Grimpeurs dès 6 ans | 6 salles autour de Lyon", "Une séance par semaine avec un moniteur diplômé, de septembre à juin. Inscriptions ouvertes."],
], [2.6, 7.4, 8.0])
S.append(PageBreak())
WEEKS = ["4 août", "11 août", "18 août", "25 août", "1er sept.", "8 sept.", "15 sept.", "22 sept.", "29 sept.", "6 oct.", "13 oct.", "20 oct.", "27 oct."]
SPEND = [620, 780, 1120, 1480, 1890, 1760, 1540, 1310, 1060, 900, 720, 560, 460]
NEW = [14, 19, 31, 44, 58, 52, 41, 33, 25, 20, 15, 11, 9]
FIRST = [44, 58, 92, 131, 176, 158, 126, 98, 77, 61, 47, 38, 34]
CLICKS = [1010, 1240, 1760, 2290, 2880, 2640, 2300, 1950, 1560, 1330, 1060, 820, 690]
assert sum(SPEND) == 14200
rows = [["Semaine du", "Dépensé", "Clics", "Premières visites réservées", "Nouveaux inscrits", "Coût par nouvel inscrit"]]
for w, s, c, f, n in zip(WEEKS, SPEND, CLICKS, FIRST, NEW):
    rows.append([w, fmt(s) + " €", fmt(c), str(f), str(n), ("%.1f €" % (s / n)).replace(".", ",")])
rows.append(["Total", fmt(sum(SPEND)) + " €", fmt(sum(CLICKS)), fmt(sum(FIRST)), str(sum(NEW)), ("%.1f €" % (sum(SPEND) / sum(NEW))).replace(".", ",")])
S += T("T8 — Suivi semaine par semaine des annonces payantes, août à octobre 2025 (Google et Meta ensemble)", rows, [2.6, 2.2, 2.0, 3.2, 2.6, 3.0])
S.append(PageBreak())
GYMS = [("Lyon-Vaise", 1710, 59), ("Villeurbanne", 1840, 55), ("Vénissieux", 1480, 39), ("Écully", 1520, 38),
        ("Villefranche-sur-Saône", 1320, 27), ("Vienne", 1340, 22), ("Cours enfants (réseau)", 2090, 63), ("Meta rentrée (réseau)", 2900, 69)]
assert sum(g[1] for g in GYMS) == 14200 and sum(g[2] for g in GYMS) == sum(NEW)
S += T("T9 — Coût par nouvel inscrit, salle par salle (août à octobre 2025)",
       [["Campagne", "Dépensé", "Nouveaux inscrits", "Coût par nouvel inscrit"]] +
       [[g, fmt(s) + " €", str(n), ("%.0f €" % (s / n))] for g, s, n in GYMS], [5, 3, 3, 3])
S += T("T10 — Les chiffres qu'on surveille (2025)", [
    ["Chiffre", "Valeur", "Où je le lis"],
    ["Nouveaux inscrits venus des annonces (août–octobre)", "372", "BlocManager + GA4"],
    ["Premières visites réservées (séance découverte, initiation)", "1 140", "BlocManager"],
    ["Coût par nouvel inscrit", "38,2 €", "calcul : dépensé / nouveaux inscrits"],
    ["Visites sur le site (moyenne mensuelle / septembre)", "41 000 / 66 000", "GA4"],
    ["Gens qui repartent tout de suite (site / page tarifs)", "47 % / 63 %", "GA4"],
    ["Temps passé sur le site (moyenne / page Petits Grimpeurs)", "1 min 50 / 3 min 20", "GA4"],
    ["Temps d'affichage sur téléphone", "3,1 s (5 s avant)", "PageSpeed Insights"],
    ["Gens qui choisissent une formule sans aller jusqu'au paiement", "68 %", "GA4"],
    ["Part des achats faits en ligne", "71 %", "BlocManager"],
    ["Boutique en ligne : chaussons / cartes cadeaux vendus", "1 240 paires / 2 900 cartes", "WordPress"],
], [8, 4, 5])
S.append(PageBreak())
S += T("T11 — Combien rapporte 1 € dépensé : campagne de rentrée 2025", [
    ["", "Montant"],
    ["Dépensé en annonces (Google + Meta)", "14 200 €"],
    ["Abonnements payés par les nouveaux inscrits pendant la période", "29 600 €"],
    ["Cartes de 10 entrées et entrées à la journée", "6 400 €"],
    ["Saisons enfants « Petits Grimpeurs »", "12 300 €"],
    ["Total rapporté", "48 300 €"],
    ["Ce que rapporte 1 € dépensé", "3,40 €"],
], [10, 4])
S += T("T12 — Nos 4 buts pour la rentrée 2025 et les résultats", [
    ["But", "Visé", "Obtenu"],
    ["Nouveaux inscrits venus des annonces (août–octobre)", "350", "372"],
    ["Coût par nouvel inscrit", "moins de 35 €", "38,2 €"],
    ["Inscriptions « Petits Grimpeurs » sur le réseau", "180", "164"],
    ["Visites sur le site en septembre par rapport à septembre 2024", "+20 %", "+26 %"],
], [9, 3, 3])
S += T("T13 — Comparaison des 2 devis pour l'outil de réservation commun", [
    ["Critère", "BlocManager (module Réservation+)", "Studio Nébuleuse (agence, Lyon 2e)"],
    ["Prix", "41 500 € HT + 380 €/mois", "57 800 € HT + 250 €/mois"],
    ["Délai", "4 mois", "7 mois"],
    ["Références dans le sport", "210 salles d'escalade et de fitness", "2 clubs de sport, surtout des sites de restaurants"],
    ["Assistance", "assistance téléphonique du lundi au samedi", "contrat de maintenance, réponse sous 48 h"],
    ["Hébergement", "serveurs en France", "serveurs en Irlande"],
    ["Portiques d'entrée", "déjà branché sur nos portiques", "à développer"],
], [4, 7, 7])
S.append(PageBreak())
S += T("T14 — Grille d'auto-évaluation de l'école (recopiée)", [
    ["Compétence (formulation de l'école)", "Statut"],
    ["Élaborer une stratégie SEO priorisée et identifier les outils d'analyse du trafic", "fait"],
    ["Construire une matrice de mots-clés pertinente et contextualisée", "fait"],
    ["Mettre en place un cocon sémantique avec maillage interne contextualisé", "fait"],
    ["Déployer une stratégie de netlinking et mesurer l'évolution des backlinks", "fait"],
    ["Structurer une campagne SEA (mots-clés, landing pages, annonces)", "fait"],
    ["Construire des tableaux de bord de suivi et analyser le ROI des campagnes", "fait"],
    ["Mesurer le ROI des publications sur les réseaux sociaux", "fait"],
    ["Justifier le choix des outils de mesure et recenser les liens vers les dashboards", "fait"],
    ["Sélectionner et commenter les KPI (trafic, taux de rebond, taux d'abandon, CA)", "fait"],
    ["Calculer le ROI, analyser l'atteinte des objectifs et prioriser les actions correctives", "fait"],
    ["Rédiger un cahier des charges avec objectifs généraux, spécifiques et techniques", "fait"],
    ["Définir une grille de sélection des prestataires", "fait"],
    ["Vérifier mentions légales et CGV, proposer une mise en conformité RGPD", "fait"],
    ["Animer des réunions et suivre des indicateurs de performance individuelle", "fait"],
    ["Organiser le stock, les flux, le picking et les solutions de stockage", "fait"],
    ["Classer les transporteurs par coût et impact RSE, mesurer la satisfaction livraison", "fait"],
], [14, 2], fs=8.6)


def build_pdf():
    doc = BaseDocTemplate(PDF, pagesize=(LW, LH), leftMargin=M, rightMargin=M, topMargin=1.3 * cm, bottomMargin=1.1 * cm,
                          title="Prise Directe — annexe : tableaux T1 à T14", author=AUTHOR, creator=AUTHOR,
                          subject="Rapport blocs 3 et 5 — session 2026", invariant=1)
    fr_ = Frame(M, 1.1 * cm, LW - 2 * M, LH - 2.4 * cm, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr_], onPage=deco)])
    doc.build(S)
    print("ok", PDF, "pages:", doc.page)


build_pdf()
