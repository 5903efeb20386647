# Générateur du dossier de la candidate c101 (Petites Escales, réseau de 5 crèches privées, Rezé / Nantes) :
# un seul ODT rédigé sur le modèle d'école « DP-2025 v3 » de l'ESCC Nantes : couverture en tableau-formulaire,
# sommaire, Titre 1 « Activité type », Titre 2 « Mise en situation n° … », consignes de l'école laissées en cadre gris
# italique en tête de chaque partie, « Réponse de la candidate : », ligne « Outils et ressources utilisés : » en fin de
# partie, en-tête et pied de page « page n/N », 9 tableaux bleus légendés dessous. Blocs 4 et 5, session 2026.
# Déterministe : métadonnées figées, zip ré-horodaté.
import os, zipfile
from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties, HeaderStyle,
                       FooterStyle, HeaderFooterProperties, MasterPage, Header, Footer, ListLevelProperties)
from odf.text import P, H, Span, PageNumber, PageCount, List, ListItem, ListStyle, ListLevelStyleBullet, ListLevelStyleNumber
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.meta import InitialCreator, CreationDate, Generator
from odf.dc import Creator, Date, Title

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c101-creches-privees-nantes")
os.makedirs(OUT, exist_ok=True)
FILE = os.path.join(OUT, "petites-escales-dossier-professionnel.odt")
AUTHOR = "Anaïs Guérineau"
STAMP = "2026-04-20T21:12:00"

doc = OpenDocumentText()
FONT = "DejaVu Sans"
doc.fontfacedecls.addElement(FontFace(name=FONT, fontfamily="'DejaVu Sans'", fontfamilygeneric="swiss", fontpitch="variable"))
doc.meta.addElement(Title(text="Dossier professionnel — blocs 4 et 5 — A. Guérineau"))
doc.meta.addElement(Creator(text=AUTHOR))
doc.meta.addElement(InitialCreator(text=AUTHOR))
doc.meta.addElement(CreationDate(text="2026-01-08T18:30:00"))
doc.meta.addElement(Date(text=STAMP))

BLEU = "#1F4E79"
BLEU_P = "#DCE8F4"

# ------------------------------------------------------------------ styles du modèle DP-2025 v3
st_std = Style(name="Standard", family="paragraph")
st_std.addElement(TextProperties(fontname=FONT, fontsize="10.5pt"))
doc.styles.addElement(st_std)
st_heading = Style(name="Heading", family="paragraph", parentstylename="Standard", nextstylename="Text_20_body")
st_heading.addElement(ParagraphProperties(margintop="0.42cm", marginbottom="0.21cm", keepwithnext="always"))
st_heading.addElement(TextProperties(fontname=FONT, fontsize="13pt"))
doc.styles.addElement(st_heading)
st_body = Style(name="Text_20_body", displayname="Text body", family="paragraph", parentstylename="Standard")
st_body.addElement(ParagraphProperties(marginbottom="0.22cm", textalign="justify", lineheight="122%"))
doc.styles.addElement(st_body)
H1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph", parentstylename="Heading",
           nextstylename="Text_20_body", defaultoutlinelevel="1")
H1.addElement(ParagraphProperties(breakbefore="page", marginbottom="0.35cm", padding="0.15cm",
                                  borderbottom="1.5pt solid " + BLEU))
H1.addElement(TextProperties(fontsize="15pt", fontweight="bold", color=BLEU))
doc.styles.addElement(H1)
H2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph", parentstylename="Heading",
           nextstylename="Text_20_body", defaultoutlinelevel="2")
H2.addElement(ParagraphProperties(margintop="0.55cm", marginbottom="0.2cm"))
H2.addElement(TextProperties(fontsize="12pt", fontweight="bold", color=BLEU))
doc.styles.addElement(H2)
st_cap = Style(name="Caption", family="paragraph", parentstylename="Standard")
st_cap.addElement(ParagraphProperties(textalign="center", margintop="0.12cm", marginbottom="0.35cm"))
st_cap.addElement(TextProperties(fontsize="8.5pt", fontstyle="italic", color=BLEU))
doc.styles.addElement(st_cap)

# ------------------------------------------------------------------ page, en-tête, pied de page
pl = PageLayout(name="PL1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
                                   margintop="1.5cm", marginbottom="1.5cm", marginleft="2.2cm", marginright="2.2cm"))
hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.5cm")); pl.addElement(hs)
fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.5cm")); pl.addElement(fs)
doc.automaticstyles.addElement(pl)


def astyle(name, parent="Text_20_body", pp=None, **tp):
    s = Style(name=name, family="paragraph", parentstylename=parent)
    if pp:
        s.addElement(ParagraphProperties(**pp))
    if tp:
        s.addElement(TextProperties(**tp))
    doc.automaticstyles.addElement(s)
    return s


S_HEAD = astyle("HeadP", parent="Standard", pp={"textalign": "start", "borderbottom": "0.5pt solid " + BLEU, "padding": "0.05cm"},
                fontsize="8.5pt", color=BLEU)
S_FOOT = astyle("FootP", parent="Standard", pp={"textalign": "end"}, fontsize="8.5pt", color="#555555")
mp = MasterPage(name="Standard", pagelayoutname=pl)
h = Header(); h.addElement(P(stylename=S_HEAD, text="ESCC Nantes — Dossier professionnel")); mp.addElement(h)
f = Footer(); fp = P(stylename=S_FOOT, text="DP-2025 v3 — Anaïs Guérineau — page ")
fp.addElement(PageNumber(selectpage="current", text="1")); fp.addText("/"); fp.addElement(PageCount(text="16"))
f.addElement(fp); mp.addElement(f)
doc.masterstyles.addElement(mp)

S_ECOLE = astyle("Ecole", pp={"textalign": "center", "margintop": "1.2cm", "marginbottom": "0.2cm"}, fontsize="12pt", fontweight="bold", color=BLEU)
S_COVT = astyle("CoverTitre", pp={"textalign": "center", "margintop": "0.8cm", "marginbottom": "0.3cm"}, fontsize="22pt", fontweight="bold", color=BLEU)
S_CENTER = astyle("Center", pp={"textalign": "center", "marginbottom": "0.25cm"}, fontsize="11pt")
S_SMALL = astyle("Small", pp={"textalign": "center", "margintop": "1.4cm"}, fontsize="8.5pt", fontstyle="italic", color="#666666")
S_SOMT = astyle("SommaireTitre", pp={"breakbefore": "page", "marginbottom": "0.5cm"}, fontsize="15pt", fontweight="bold", color=BLEU)
S_SOM1 = astyle("Som1", pp={"marginbottom": "0.1cm", "margintop": "0.25cm"}, fontsize="10.5pt", fontweight="bold")
S_SOM2 = astyle("Som2", pp={"marginbottom": "0.06cm", "marginleft": "0.8cm"}, fontsize="10pt")
S_CELL = astyle("Cell", parent="Standard", fontsize="8.5pt")
S_CELLH = astyle("CellHead", parent="Standard", fontsize="8.5pt", fontweight="bold", color="#FFFFFF")
S_CELLF = astyle("CellForm", parent="Standard", pp={"margintop": "0.08cm", "marginbottom": "0.08cm"}, fontsize="10.5pt")
S_CELLFB = astyle("CellFormB", parent="Standard", pp={"margintop": "0.08cm", "marginbottom": "0.08cm"}, fontsize="10.5pt", fontweight="bold", color=BLEU)
CONS_PP = {"border": "0.6pt solid #8C8C8C", "padding": "0.18cm", "backgroundcolor": "#F2F2F2", "marginbottom": "0cm",
           "margintop": "0cm", "textalign": "start", "keepwithnext": "always", "keeptogether": "always"}
S_CONS = astyle("Consigne", pp=CONS_PP, fontsize="9pt", fontstyle="italic", color="#6E6E6E")
S_REP = astyle("Reponse", pp={"margintop": "0.3cm", "marginbottom": "0.15cm", "keepwithnext": "always"}, fontweight="bold", color=BLEU)
S_PRAT = astyle("EnPratique", pp={"margintop": "0.15cm"}, fontweight="bold")
S_OUTILS = astyle("Outils", pp={"margintop": "0.25cm", "bordertop": "0.5pt dotted #8C8C8C", "padding": "0.08cm"}, fontsize="9pt", color="#444444")
S_QUOTE = astyle("Parole", pp={"marginleft": "0.9cm", "marginright": "0.9cm"}, fontstyle="italic", color="#3A3A3A")
S_PH = astyle("Placeholder", pp={"textalign": "center", "border": "0.5pt dashed #A0A0A0", "padding": "0.5cm", "marginleft": "2.5cm",
                                 "marginright": "2.5cm"}, fontsize="9pt", color="#777777")
T_BOLD = Style(name="Gras", family="text"); T_BOLD.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(T_BOLD)
T_GREY = Style(name="GrisGras", family="text"); T_GREY.addElement(TextProperties(fontweight="bold", fontstyle="normal")); doc.automaticstyles.addElement(T_GREY)

cs = Style(name="CellBox", family="table-cell")
cs.addElement(TableCellProperties(border="0.5pt solid #7F9DB9", padding="0.1cm"))
doc.automaticstyles.addElement(cs)
csa = Style(name="CellBoxAlt", family="table-cell")
csa.addElement(TableCellProperties(border="0.5pt solid #7F9DB9", padding="0.1cm", backgroundcolor=BLEU_P))
doc.automaticstyles.addElement(csa)
csh = Style(name="CellBoxHead", family="table-cell")
csh.addElement(TableCellProperties(border="0.5pt solid #7F9DB9", padding="0.1cm", backgroundcolor=BLEU))
doc.automaticstyles.addElement(csh)
csf = Style(name="CellForm", family="table-cell")
csf.addElement(TableCellProperties(border="0.8pt solid " + BLEU, padding="0.15cm", backgroundcolor=BLEU_P))
doc.automaticstyles.addElement(csf)
csf2 = Style(name="CellForm2", family="table-cell")
csf2.addElement(TableCellProperties(border="0.8pt solid " + BLEU, padding="0.15cm"))
doc.automaticstyles.addElement(csf2)

LBUL = ListStyle(name="LPuces")
lb = ListLevelStyleBullet(level=1, bulletchar="–")
lb.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.5cm"))
LBUL.addElement(lb)
doc.automaticstyles.addElement(LBUL)
LNUM = ListStyle(name="LNum")
ln = ListLevelStyleNumber(level=1, numformat="1", numsuffix=".")
ln.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.6cm"))
LNUM.addElement(ln)
doc.automaticstyles.addElement(LNUM)

body = doc.text


def para(t, st=st_body):
    body.addElement(P(stylename=st, text=t))


def t1(t):
    body.addElement(H(outlinelevel=1, stylename=H1, text=t))


def t2(t):
    body.addElement(H(outlinelevel=2, stylename=H2, text=t))


def consigne(lines):
    p = P(stylename=S_CONS)
    p.addElement(Span(stylename=T_GREY, text="Consigne : "))
    p.addText(lines[0])
    body.addElement(p)
    for l in lines[1:]:
        body.addElement(P(stylename=S_CONS, text=l))


def reponse():
    body.addElement(P(stylename=S_REP, text="Réponse de la candidate :"))


def parole(qui, t):
    para("Parole de directrice : « %s » (%s)" % (t, qui), S_QUOTE)


def pratique(t):
    para("En pratique : " + t, S_PRAT)


def outils(t):
    para("Outils et ressources utilisés : " + t, S_OUTILS)


def ph(t):
    para("[%s]" % t, S_PH)


def cap(t):
    para(t, st_cap)


def lst(items, num=False):
    l = List(stylename=LNUM if num else LBUL)
    for i in items:
        li = ListItem()
        li.addElement(P(stylename=st_body, text=i))
        l.addElement(li)
    body.addElement(l)


_tn = [0]


def table(rows, widths, caption):
    _tn[0] += 1
    name = "Tableau%d" % _tn[0]
    tst = Style(name=name, family="table")
    tst.addElement(TableProperties(width="%.2fcm" % sum(widths), align="center", margintop="0.15cm"))
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
            tc = TableCell(stylename=csh if i == 0 else (csa if i % 2 == 0 else cs), valuetype="string")
            for line in str(v).split("\n"):
                tc.addElement(P(stylename=S_CELLH if i == 0 else S_CELL, text=line))
            tr.addElement(tc)
        tb.addElement(tr)
    body.addElement(tb)
    cap("Tableau %d — %s" % (_tn[0], caption))


def form(rows):
    tst = Style(name="Formulaire", family="table")
    tst.addElement(TableProperties(width="15.6cm", align="center", margintop="0.6cm"))
    doc.automaticstyles.addElement(tst)
    tb = Table(name="Formulaire", stylename=tst)
    for k, w in enumerate([5.2, 10.4]):
        cst = Style(name="Formulaire.C%d" % k, family="table-column")
        cst.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
        doc.automaticstyles.addElement(cst)
        tb.addElement(TableColumn(stylename=cst))
    for a, b in rows:
        tr = TableRow()
        c1 = TableCell(stylename=csf, valuetype="string"); c1.addElement(P(stylename=S_CELLFB, text=a)); tr.addElement(c1)
        c2 = TableCell(stylename=csf2, valuetype="string"); c2.addElement(P(stylename=S_CELLF, text=b)); tr.addElement(c2)
        tb.addElement(tr)
    body.addElement(tb)


# ================================================================== couverture (formulaire du modèle)
para("ESCC Nantes — Bachelor Chef de projet e-commerce (formation continue)", S_ECOLE)
para("DOSSIER PROFESSIONNEL", S_COVT)
para("Titre RNCP Chef de projet e-commerce — session 2026", S_CENTER)
form([
    ("Nom", "GUÉRINEAU"),
    ("Prénom", "Anaïs"),
    ("Promotion", "Bachelor CPEC — formation continue 2025-2026, groupe FC2"),
    ("Entreprise", "Petites Escales SAS — réseau de 5 crèches, siège à Rezé (44)"),
    ("Poste occupé", "Chargée de projet digital et relation familles (depuis septembre 2024)"),
    ("Tuteur", "Xavier Poirier, directeur général"),
    ("Blocs présentés", "4 et 5"),
    ("Date de dépôt", "20 avril 2026"),
])
para("Modèle DP-2025 v3 — ne pas modifier la mise en page. Les consignes en gris sont à conserver en tête de chaque partie.", S_SMALL)

# ================================================================== sommaire
SOMMAIRE = [
    ("Introduction", 1),
    ("Activité type 1 — Contenus en ligne et parcours des familles", 1),
    ("Mise en situation n° 1 — Choisir qui réalise la visite à 360°", 2),
    ("Mise en situation n° 2 — Nos photos et notre film, faits maison", 2),
    ("Mise en situation n° 3 — Le carnet des familles", 2),
    ("Mise en situation n° 4 — Écrire pour les familles : article et page de chaque crèche", 2),
    ("Mise en situation n° 5 — Le parcours de pré-inscription", 2),
    ("Activité type 2 — Piloter le projet Portail familles", 1),
    ("Mise en situation n° 6 — Le cahier des besoins du portail", 2),
    ("Mise en situation n° 7 — Comparer les éditeurs", 2),
    ("Mise en situation n° 8 — Le cadre juridique du site et du portail", 2),
    ("Mise en situation n° 9 — Les réunions du projet", 2),
    ("Mise en situation n° 10 — La réserve et les commandes des crèches", 2),
]
para("Sommaire", S_SOMT)
for titre, niv in SOMMAIRE:
    para(titre, S_SOM1 if niv == 1 else S_SOM2)

# ================================================================== introduction
t1("Introduction")
consigne([
    "Présentez l'entreprise (activité, effectif, chiffres clés) et votre poste.",
    "Présentez le projet sur lequel s'appuient vos mises en situation et votre rôle dans ce projet.",
    "Indiquez vos principaux interlocuteurs et la liste des pièces jointes au dossier.",
])
reponse()
para("Petites Escales est un réseau de cinq crèches privées créé en 2013 par Karine Le Meur, puéricultrice, et Xavier Poirier, avec un siège à Rezé. Nous accueillons 142 enfants : Escale des Nefs sur l'Île de Nantes (40 places, crèche inter-entreprises), Escale Chantenay (30 places), Escale Trentemoult à Rezé (24 places), Escale Chêne-Vert à Carquefou (36 places) et la micro-crèche Escale Bourgonnière à Saint-Herblain (12 places). Nous sommes 81 professionnelles et professionnels dans les crèches et 6 au siège.")
para("En 2025, le chiffre d'affaires a été de 3,1 M€ : 41 % viennent de la CAF, 22 % des familles et 37 % des employeurs qui réservent des berceaux, dont AéroLoire Industrie et la Clinique Sèvre-et-Loire. Nous ne vendons rien en ligne : pour nous, une « conversion », c'est un dossier de pré-inscription complet, puis une place et un contrat d'accueil signé.")
para("Éducatrice de jeunes enfants depuis neuf ans, dont quatre comme adjointe de direction à Escale Chantenay, je suis depuis septembre 2024 chargée de projet digital et relation familles au siège, en formation continue à l'ESCC Nantes. Je travaille avec Xavier (directeur général, mon tuteur), Karine et les directrices, surtout Laëtitia Guibert (Escale des Nefs), Morgane Brétéché (Escale Chantenay) et Fanny Rialland (Escale Chêne-Vert).")
para("Notre site WordPress (Agence Quai 8, 2019) propose une page par crèche et un formulaire PDF à imprimer ; la liste d'attente est dans un fichier Excel, l'accueil occasionnel se réserve par téléphone. 6 200 sessions par mois, 410 demandes de place en 2025. Les familles accueillies utilisent l'application Kidilien pour les transmissions.")
para("Le projet qui relie toutes mes mises en situation s'appelle « Portail familles » : pré-inscription en ligne, documents, liste d'attente et commission, réservation de l'accueil occasionnel, contrat d'accueil et mandat SEPA signés en ligne, pour la rentrée de septembre 2026. Les captures du parcours sont jointes en annexe.")
pratique("ce dossier raconte dix-huit mois de travail entre le terrain des crèches et le siège, avec une seule idée : que les familles trouvent vite une réponse claire.")
outils("site petitesescales.fr, GA4, Microsoft Clarity, fichiers Excel de liste d'attente, rapport d'activité 2025.")

# ================================================================== activité type 1
t1("Activité type 1 — Contenus en ligne et parcours des familles")

# ---------------------------------------------------------------- n° 1
t2("Mise en situation n° 1 — Choisir qui réalise la visite à 360°")
consigne([
    "Présentez un besoin de contenu multimédia de votre entreprise.",
    "Comparez au moins deux solutions de réalisation (interne, prestataire, freelance).",
    "Justifiez votre choix par des critères explicites et joignez le devis retenu.",
])
reponse()
para("Après le tarif, la question la plus fréquente des familles est « Où dorment les bébés ? ». Beaucoup ne peuvent pas visiter avant de déposer un dossier, surtout celles qui arrivent d'une autre région pour un poste chez AéroLoire Industrie. Nous voulions donc une visite à 360° de chaque crèche, accessible depuis la page de chaque crèche et réutilisable plus tard dans le portail.")
para("Une règle n'était pas négociable, posée par Karine : aucun enfant ne doit apparaître, même de loin, même flou. Les prises de vue devaient donc se faire crèche fermée, un samedi, ce qui veut dire une journée par site avec une directrice présente. J'ai comparé trois solutions :")
table([
    ["Critère", "Studio Erdre 360 (Nantes)", "Photographe indépendante (Rezé)", "Mon téléphone + application gratuite"],
    ["Ce qui est livré", "Visite à 360° complète par crèche : 6 à 9 points de vue, plan cliquable, hébergement 3 ans", "35 photos retouchées par crèche, pas de 360°", "Panoramas à 360° de qualité variable, pas de plan"],
    ["Pièces sans enfant", "Oui : prise de vue le samedi, crèche vide", "Oui, même organisation", "Oui, mais il faut retourner dans chaque crèche"],
    ["Réutilisation sur le portail", "Code d'intégration fourni, visite réutilisable dans le futur portail sans surcoût", "Photos réutilisables, mais pas de visite", "Fichiers chez l'application, export limité"],
    ["Temps de présence sur site", "1 journée par site, 5 samedis", "1 demi-journée par site", "1 demi-journée par site + mon temps de montage (environ 3 jours)"],
    ["Coût", "1 450 € HT pour les 5 crèches", "980 € HT", "0 € (mais mon temps)"],
    ], [3.2, 4.4, 4.0, 4.0], "Comparaison des trois solutions pour la visite à 360° (octobre 2025)")
para("Nous avons retenu Studio Erdre 360. La photographe était moins chère, mais sans visite les parents n'auraient toujours pas « visité ». Mon essai au téléphone à Escale Trentemoult a donné une salle de change déformée : trois jours de montage pour un rendu moyen, ce n'était pas un bon calcul. Le studio travaille le samedi, accepte nos règles (pas d'enfant, pas de visage de professionnelle) et son code d'intégration sera repris dans le portail : nous ne payons pas deux fois.")
parole("Laëtitia Guibert, Escale des Nefs", "Avant, je passais vingt minutes au téléphone à décrire la salle de sieste. Maintenant je dis : regardez la visite, et on en reparle.")
para("Les cinq visites ont été réalisées entre le 8 novembre et le 6 décembre 2025, et mises en ligne le 12 décembre.")
pratique("nous avons choisi de payer une visite complète et réutilisable plutôt que des photos de plus, parce que c'est la visite qui répond à la question des parents.")
outils("devis Studio Erdre 360 n° 2025-118, devis de la photographe, essai avec l'application de panorama de mon téléphone, règles de Karine sur l'image des enfants.")

# ---------------------------------------------------------------- n° 2
t2("Mise en situation n° 2 — Nos photos et notre film, faits maison")
consigne([
    "Présentez une production d'images ou de vidéo que vous avez réalisée vous-même.",
    "Décrivez pas à pas les manipulations effectuées dans le logiciel.",
    "Expliquez comment ces contenus sont préparés pour une consultation en ligne.",
    "Mesurez, chiffres à l'appui, ce que ces contenus ont changé dans la fréquentation.",
])
reponse()
para("La visite à 360° montre les lieux, pas la vie de la crèche. Sur les 63 photos de la fête de juin 2025, j'en ai retenu 14 pour la page « La vie à l'Escale ». J'ai d'abord vérifié dans les dossiers la fiche d'autorisation de droit à l'image de chaque enfant visible : 11 familles avaient accepté, 3 avaient refusé. Pour ne pas faire de différence entre les enfants et respecter la règle du réseau, j'ai flouté tous les visages.")
para("Les étapes dans GIMP, pour chaque photo :")
lst([
    "Ouvrir la photo, puis Image > Échelle et taille de l'image : 1 600 px de large.",
    "Dupliquer le calque pour garder l'original intact.",
    "Sélectionner chaque visage avec l'outil de sélection elliptique, puis Sélection > Adoucir de 12 px, pour que le flou n'ait pas de bord net.",
    "Filtres > Flou > Flou gaussien, rayon 45 : à cette valeur, on ne reconnaît plus l'enfant, même en zoomant.",
    "Vérifier les reflets : deux visages se voyaient dans le miroir de la salle de motricité.",
    "Exporter en WebP, qualité 80, en décochant l'enregistrement des données EXIF (elles contiennent la date et parfois la position GPS).",
], num=True)
para("J'ai ensuite monté un film de 50 secondes, « Une journée à l'Escale des Nefs », avec Clipchamp. Le principe : on ne voit jamais un enfant, seulement les salles vides et les mains des professionnelles qui préparent l'accueil.")
lst([
    "Tournage au téléphone un samedi matin, à l'horizontale, 14 plans de 5 à 10 secondes : la porte à 7 h 30, les chaussons rangés, un biberon préparé, le repas, la salle de sieste.",
    "Import dans Clipchamp, tri des plans dans l'ordre d'une journée, coupe de chaque plan à 3 ou 4 secondes.",
    "Ajout de fondus de 0,5 seconde entre les plans et d'une musique libre de droits de la bibliothèque Clipchamp.",
    "Sous-titres ajoutés à la main, blanc sur bandeau semi-transparent : « 7 h 30, on vous accueille », « Chaque enfant a sa référente »…",
    "Écran de fin avec l'adresse et « Venez nous rencontrer », puis export en 720p.",
], num=True)
ph("photo salle des bébés — sans enfant")
para("Pour que ces contenus se chargent bien chez des parents qui consultent surtout sur leur téléphone (71 % des sessions), j'ai fixé ces réglages :")
table([
    ["Contenu", "Réglage", "Pourquoi"],
    ["Visite à 360°", "Chargée seulement au clic sur « Lancer la visite » (image d'aperçu à la place)", "La visite pèse plusieurs Mo : chargée d'office, elle ralentissait toute la page"],
    ["Film « Une journée à l'Escale des Nefs »", "720p, 50 s, 13,8 Mo, hébergé sur la médiathèque du site, lecture au clic", "Au-delà de 15 Mo, la lecture coupait en 4G dans le tram"],
    ["Sous-titres du film", "Incrustés dans l'image", "Beaucoup de parents regardent sans le son, au travail ou pendant que l'enfant dort"],
    ["Photos des pages", "WebP, 1 600 px de large, moins de 200 Ko (moyenne 140 Ko)", "Les anciennes photos JPEG faisaient 2 à 4 Mo"],
    ], [4.0, 6.0, 5.6], "Préparation des contenus pour une consultation sur téléphone")
para("Pour savoir si ces contenus intéressent vraiment les parents, j'ai comparé dans GA4 le temps d'engagement moyen sur les pages des crèches, huit semaines avant la mise en ligne des visites (du 17 octobre au 11 décembre 2025) et huit semaines après (du 12 décembre 2025 au 5 février 2026). Il passe de 0:48 à 1:35.")
parole("Morgane Brétéché, Escale Chantenay", "Les parents arrivent en visite en disant « j'ai déjà vu la salle des grands ». La conversation commence plus loin.")
pratique("nos images montrent la crèche sans jamais montrer un enfant, et les parents restent deux fois plus longtemps sur les pages.")
outils("GIMP 2.10, Clipchamp, fiches d'autorisation de droit à l'image, GA4 (rapport Pages et écrans).")

# ---------------------------------------------------------------- n° 3
t2("Mise en situation n° 3 — Le carnet des familles")
consigne([
    "Présentez l'installation et le paramétrage du blog de votre entreprise.",
    "Justifiez les choix techniques (outil, catégories, auteurs, réglages).",
    "Joignez des captures de l'administration et d'un article publié.",
])
reponse()
para("Le carnet des familles n'est pas encore en ligne, les trois premiers articles sont en relecture.")
outils("…")

# ---------------------------------------------------------------- n° 4
t2("Mise en situation n° 4 — Écrire pour les familles : article et page de chaque crèche")
consigne([
    "Présentez votre méthode de rédaction d'un article et d'une page de présentation d'offre.",
    "Montrez comment vous intégrez les recherches des internautes dans vos textes.",
    "Justifiez les informations mises en avant pour aider à la décision.",
])
reponse()
para("Méthode pour un article. Mon premier article, « La familiarisation : les premiers jours », traite du sujet qui inquiète le plus les parents. Mes règles, reprises pour les articles suivants :")
lst([
    "Rassurer avant d'expliquer : le premier paragraphe dit que chaque enfant a son rythme, et que les parents restent présents les premiers jours.",
    "Aucun jargon : j'écris « la professionnelle qui s'occupe de votre enfant en priorité » avant d'expliquer le mot « référente ».",
    "Décrire concrètement les jours : jour 1, une heure avec le parent ; jour 2, le parent s'absente 30 minutes ; jour 3, un repas ; jour 4, une sieste ; jour 5, une demi-journée.",
    "600 mots maximum, des intertitres tous les deux paragraphes, lisible sur téléphone en trois minutes.",
    "Relecture obligatoire par une directrice, puis par Karine pour le projet pédagogique.",
])
para("Méthode pour la page de chaque crèche. Au téléphone à Chantenay, les questions arrivaient toujours dans le même ordre : « C'est où ? », « Vous ouvrez à quelle heure ? », « Vous avez de la place ? », « Ça coûte combien ? ». J'ai donc construit la page dans l'ordre où les familles ont besoin des informations, pas dans celui où nous aimons nous présenter.")
table([
    ["Ordre", "Bloc", "Contenu (exemple Escale Trentemoult)", "Pourquoi il est là"],
    ["1", "Accès", "Arrêt Trentemoult du Navibus et bus C4, parking visiteurs, plan", "Les familles choisissent d'abord selon le trajet domicile-travail"],
    ["2", "Horaires", "Du lundi au vendredi, 7 h 30 – 19 h, fermeture 3 semaines en août", "Deuxième question au téléphone, décisive pour les parents qui travaillent en horaires décalés"],
    ["3", "Sections", "Bébés (10 semaines – 15 mois), moyens, grands ; 24 places ; taux d'encadrement : 1 adulte pour 5 enfants qui ne marchent pas, 1 pour 8 qui marchent", "Savoir où sera l'enfant selon son âge"],
    ["4", "Places libres par mois", "Tableau mis à jour par la directrice : septembre 2026 : 3 places bébés, 2 grands…", "Évite les dossiers inutiles pour une période sans place"],
    ["5", "Projet pédagogique", "Motricité libre, jardin, éveil musical", "Ce qui distingue une crèche d'une autre"],
    ["6", "Repas", "Cuisinés sur place, menus de la semaine, régimes et allergies", "Question fréquente en visite"],
    ["7", "Coût après CAF", "Simulateur : revenus, nombre d'enfants → coût horaire et mensuel", "La toute première question au téléphone, souvent posée avant même le bonjour"],
    ["8", "Visite à 360°", "Aperçu + bouton « Lancer la visite »", "Se projeter avant de venir"],
    ["9", "Pré-inscription", "Bouton « Je fais ma pré-inscription » et rappel des documents", "L'action finale, quand la famille a toutes les réponses"],
], [1.3, 2.8, 5.9, 5.6], "Les blocs de la page de chaque crèche, dans l'ordre des questions des familles")
para("Deux blocs changent la décision des familles. Le coût après CAF : beaucoup de parents croient qu'une crèche privée coûte 1 500 € par mois. Avec le barème CNAF, une famille avec deux enfants et 3 800 € de revenus mensuels paie 2,05 € de l'heure, soit environ 340 € par mois pour quatre jours par semaine. Ensuite, les places libres par mois : en 2025, une centaine de dossiers concernaient des mois où la crèche était complète. Les afficher évite un dossier sans espoir et des appels pour dire non.")
parole("Fanny Rialland, Escale Chêne-Vert", "Le simulateur m'a enlevé la moitié des appels « c'est combien ? ». Ceux qui appellent maintenant ont déjà fait le calcul.")
para("Les expressions des parents. D'après les demandes de 2025 et Search Console, voici les expressions que les parents utilisent vraiment :")
table([
    ["Expression des parents", "Page concernée", "Placée ?"],
    ["crèche Île de Nantes", "Escale des Nefs", "Oui : titre, premier paragraphe, texte alternatif"],
    ["place en crèche Île de Nantes", "Escale des Nefs", "Oui : intertitre « Une place en crèche sur l'Île de Nantes »"],
    ["crèche d'entreprise Nantes", "Escale des Nefs", "Oui : paragraphe employeurs"],
    ["crèche Trentemoult", "Escale Trentemoult", "Oui : titre et premier paragraphe"],
    ["crèche Rezé", "Escale Trentemoult", "Oui : titre de la page et accès"],
    ["halte-garderie Rezé", "Escale Trentemoult", "Oui : bloc accueil occasionnel"],
    ["crèche Chantenay Nantes", "Escale Chantenay", "Après la refonte"],
    ["crèche Carquefou", "Escale Chêne-Vert", "Après la refonte"],
    ["micro-crèche Saint-Herblain", "Escale Bourgonnière", "Après la refonte"],
    ["crèche ouverte 7h30 Nantes", "Toutes", "Après la refonte"],
    ["crèche privée Nantes tarif", "Toutes", "Après la refonte"],
    ["accueil occasionnel crèche Nantes", "Toutes", "Après la refonte"],
], [5.4, 3.8, 6.4], "Les 12 expressions des parents et leur place sur le site (mars 2026)")
para("Les pages d'Escale des Nefs et d'Escale Trentemoult ont été réécrites en janvier 2026 avec leurs expressions. Pour les trois autres crèches, l'Agence Quai 8 nous a conseillé d'attendre la refonte du site prévue avec le portail, pour ne pas travailler deux fois.")
pratique("la page de chaque crèche répond aux questions des familles dans l'ordre où elles les posent, du tram jusqu'au bouton de pré-inscription.")
outils("WordPress, Google Search Console, relevé des appels de Chantenay (2023-2024), barème CNAF 2026, simulateur intégré par l'Agence Quai 8.")

# ---------------------------------------------------------------- n° 5
t2("Mise en situation n° 5 — Le parcours de pré-inscription")
consigne([
    "Fixez des cibles chiffrées pour votre tunnel d'inscription et dites avec quel outil vous les suivez.",
    "Décrivez chaque étape du tunnel avec ses indicateurs.",
    "Analysez le comportement réel des internautes sur le site (parcours, clics, enregistrements).",
    "Identifiez ce qui freine la transformation et planifiez les corrections (qui, quand).",
])
reponse()
para("Depuis mars 2025, en attendant le portail, un formulaire en ligne sur le site WordPress permet de déposer la pré-inscription et les documents. Le PDF à imprimer existe toujours.")
para("Nos objectifs pour le parcours de pré-inscription, validés par Xavier en réunion de direction le 6 janvier 2026 :")
lst([
    "Part des dossiers déposés en ligne : 38 % des demandes en 2025 (156 dossiers sur 410) → 70 % à la rentrée 2026.",
    "Taux de complétion du formulaire (formulaires envoyés / formulaires commencés) : 41 % → 65 %.",
])
para("Pour les vérifier, j'ai créé dans GA4 une exploration de l'entonnoir avec trois étapes (vue d'une page crèche, début du formulaire, envoi du formulaire). Le 41 % vient de cette exploration sur octobre-décembre 2025 ; Clarity le confirme avec son propre compteur d'envois (42 %). La part des dossiers en ligne est recalculée chaque mois à partir des dossiers reçus par les directrices.")
para("Le parcours de pré-inscription compte cinq étapes : la page de chaque crèche, le formulaire, le dépôt des documents, la visite de la crèche, puis la proposition de place. En haut du parcours, les cinq pages crèches ont reçu 27 400 visites en 2025. En bas, 118 places ont été proposées après les commissions d'attribution de 2025, pour 410 demandes.")
ph("capture de l'exploration de l'entonnoir GA4 — voir annexe")
para("Pour comprendre ce que nous perdons en route, j'ai aussi repris les abandons de l'année :")
table([
    ["Crèche", "Abandons 2025", "Motif principal", "Préavis respecté"],
    ["Escale des Nefs", "5", "Déménagement (3), mutation du parent salarié (2)", "4 sur 5"],
    ["Escale Chantenay", "4", "Passage chez une assistante maternelle (2), déménagement (2)", "4 sur 4"],
    ["Escale Trentemoult", "3", "Perte d'emploi d'un parent (2), désaccord sur les horaires (1)", "2 sur 3"],
    ["Escale Chêne-Vert", "4", "Entrée anticipée à l'école (2), déménagement (2)", "4 sur 4"],
    ["Escale Bourgonnière", "1", "Passage chez une assistante maternelle", "1 sur 1"],
    ["Total", "17", "Déménagement : 7 sur 17", "15 sur 17"],
], [3.6, 2.4, 6.8, 2.8], "Les abandons en 2025 (familles ayant mis fin au contrat d'accueil avant la date prévue)")
para("Les points de blocage. Les appels reçus par les directrices et les messages envoyés à l'adresse de contact m'ont permis de repérer trois points de blocage dans le formulaire actuel. Pour chacun, j'ai prévu une correction, une responsable et une date :")
table([
    ["Point de blocage", "Ce qui se passe", "Correction", "Qui", "Quand"],
    ["Numéro allocataire CAF obligatoire", "Les familles sans numéro (premier enfant, arrivée en France) sont bloquées", "Champ rendu facultatif, numéro demandé avant la commission", "Anaïs", "Fait le 15/01/2026"],
    ["Carnet de vaccination trop lourd", "Sur téléphone, l'envoi échoue au-dessus de 5 Mo ; une photo de carnet fait 6 à 9 Mo", "Limite portée à 15 Mo et compression automatique des photos à l'envoi", "Agence Quai 8", "Fait le 03/02/2026"],
    ["Formulaire non enregistré", "Une famille qui s'interrompt perd toute sa saisie", "Bouton « Enregistrer et reprendre plus tard » ; exigé aussi dans le portail", "Agence Quai 8, puis l'éditeur", "Extension installée le 17/03/2026"],
], [3.2, 4.4, 4.2, 2.0, 1.8], "Les points de blocage du formulaire et leurs corrections")
pratique("nous savons où nous voulons arriver, comment le mesurer chaque mois, et ce que nous avons déjà réparé dans le formulaire.")
outils("GA4 (exploration de l'entonnoir), Microsoft Clarity, formulaire WordPress, fichiers Excel des listes d'attente, bilan des commissions 2025.")

# ================================================================== activité type 2
t1("Activité type 2 — Piloter le projet Portail familles")

# ---------------------------------------------------------------- n° 6
t2("Mise en situation n° 6 — Le cahier des besoins du portail")
consigne([
    "Présentez le cahier des charges que vous avez rédigé et son plan.",
    "Formulez les objectifs du projet à plusieurs niveaux et vérifiez qu'ils couvrent tout le périmètre.",
    "Montrez comment les consignes de votre direction y sont intégrées.",
])
reponse()
para("J'ai rédigé le cahier des besoins du Portail familles d'octobre à décembre 2025, après des entretiens avec les directrices, Karine, la comptable et quatre familles. Il fait 22 pages :")
lst([
    "Contexte : le réseau, les 142 places, les 410 demandes de 2025, les outils actuels.",
    "Périmètre : ce qui est dans le projet (pré-inscription, documents, liste d'attente et commission, réservation de créneaux d'accueil occasionnel, contrat d'accueil signé en ligne, mandat SEPA) et ce qui n'y est pas (transmissions, qui restent dans Kidilien).",
    "Utilisateurs : les familles (71 % sur téléphone), les 5 directrices, Karine pour la commission, la comptable, les employeurs partenaires.",
    "Fonctions attendues : 34 fonctions, classées « indispensable » ou « souhaitable ».",
    "Contraintes : données de santé des enfants, accessibilité sur téléphone, hébergement en France, reprise des listes d'attente Excel, lien avec le logiciel de facturation.",
    "Planning : choix de l'éditeur en février 2026, paramétrage mars-mai, tests avec les familles en juin, ouverture le 1er juillet 2026 pour les dossiers de la rentrée.",
    "Budget : 38 000 € TTC pour la première année (mise en place, reprise des données, formation, abonnement).",
    "Recette : 25 tests d'acceptation écrits à l'avance, par exemple « une famille dépose un dossier complet depuis un téléphone en moins de 20 minutes ».",
], num=True)
para("Les objectifs sont rangés sur trois niveaux :")
table([
    ["Pour le réseau", "Pour les familles et les directrices", "Techniques"],
    ["70 % des dossiers déposés en ligne à la rentrée 2026 (38 % en 2025)", "Un seul compte famille pour toutes nos crèches", "Compte unique avec identifiant courriel et double authentification pour les directrices"],
    ["Taux d'occupation moyen porté de 93,5 % à 96 % grâce à une liste d'attente à jour", "Dossier complet en moins de 20 minutes sur téléphone", "Récupération des données CAF (quotient familial) avec l'accord de la famille"],
    ["Temps administratif des directrices : de 6 h à 3 h par semaine", "Suivi de la demande en ligne : reçue, complète, en commission, place proposée", "Mandat SEPA signé électroniquement, prélèvement le 5 du mois"],
    ["Aucun dossier perdu ou en double entre deux crèches", "Contrat d'accueil signé en ligne, sans rendez-vous supplémentaire", "Export mensuel de facturation vers le logiciel comptable (CSV)"],
], [5.2, 5.2, 5.2], "Les objectifs du portail sur trois niveaux")
para("Les consignes de la direction. Karine et Xavier ont posé quatre règles, écrites en première page du cahier des besoins et traduites en exigences :")
lst([
    "Budget de 38 000 € la première année, sans dépassement.",
    "Portail en service pour les inscriptions de la rentrée de septembre 2026 : ouverture aux familles le 1er juillet.",
    "Aucun paiement en ligne avant que la famille ait visité la crèche : le mandat SEPA n'est proposé qu'après la visite, validée par la directrice dans le portail.",
    "La commission d'attribution reste humaine : le portail prépare les dossiers, aucune place n'est attribuée automatiquement.",
])
parole("Laëtitia Guibert, Escale des Nefs", "Une place en crèche, ce n'est pas un billet de train. On veut que ce soit une personne qui appelle la famille pour lui dire oui.")
pratique("le cahier des besoins dit ce que nous voulons, pour qui, avec quelles limites, et comment nous vérifierons que c'est livré.")
outils("entretiens avec les directrices et quatre familles, plan type vu en cours à l'ESCC, tableur des 34 fonctions.")

# ---------------------------------------------------------------- n° 7
t2("Mise en situation n° 7 — Comparer les éditeurs")
consigne([
    "Construisez une grille de critères pour départager les prestataires consultés.",
    "Appliquez-la aux offres reçues et justifiez la décision.",
    "Joignez les devis comparés.",
])
reponse()
para("Trois éditeurs de logiciels pour crèches ont répondu à notre cahier des besoins en janvier 2026 : Crèchéo, Pirouette Gestion et BébéConnect. Chacun nous a fait une démonstration d'une heure et demie au siège, en présence de Karine et de deux directrices. J'ai construit une grille pondérée sur les fonctions qui comptent le plus pour les familles et les directrices :")
table([
    ["Critère (pondération)", "Crèchéo", "Pirouette Gestion", "BébéConnect"],
    ["Pré-inscription et dépôt de documents sur téléphone (25 %)", "4/5", "3/5", "5/5"],
    ["Liste d'attente multi-crèches et préparation de la commission (20 %)", "5/5", "3/5", "4/5"],
    ["Réservation de l'accueil occasionnel par les familles (15 %)", "3/5", "4/5", "4/5"],
    ["Contrat d'accueil et mandat SEPA signés en ligne (15 %)", "4/5", "2/5", "4/5"],
    ["Calcul du tarif selon le barème CNAF (15 %)", "5/5", "5/5", "4/5"],
    ["Export vers la facturation (10 %)", "4/5", "4/5", "3/5"],
    ["Note pondérée sur 5", "4,2", "3,4", "4,2"],
], [7.0, 2.9, 2.9, 2.8], "Grille de comparaison des trois éditeurs (démonstrations de janvier 2026)")
para("Crèchéo et BébéConnect arrivent à égalité. Crèchéo est plus solide pour la commission, BébéConnect plus agréable sur téléphone. Les devis reçus vont du simple au double (de 17 900 € à 36 200 € pour la première année), mais j'ai voulu que le choix se fasse d'abord sur ce que l'outil fait. La décision sera prise au comité de projet d'avril.")
pratique("la grille nous a permis d'écarter Pirouette Gestion et de garder deux éditeurs pour la décision finale.")
outils("démonstrations des éditeurs, grille pondérée sous Excel, cahier des besoins.")

# ---------------------------------------------------------------- n° 8
t2("Mise en situation n° 8 — Le cadre juridique du site et du portail")
consigne([
    "Vérifiez la présence et la conformité des mentions légales du site.",
    "Analysez les conditions générales (CGV, CGU) applicables à votre activité.",
    "Proposez les adaptations nécessaires en matière de protection des données personnelles (durées de conservation, consentements, registre des traitements).",
])
reponse()
para("Je n'ai pas vérifié les mentions du site : il a été fait par l'agence Quai 8 en 2019.")
para("Le règlement de fonctionnement. Chez nous, il tient lieu de conditions générales et il est annexé au contrat d'accueil. Je l'ai relu avec Karine, sur les trois points qui créent le plus de désaccords :")
lst([
    "Le préavis : une famille qui quitte la crèche doit prévenir un mois à l'avance, par écrit. En 2025, deux familles l'ont contesté. Nous avons précisé qu'un courriel à la directrice suffit.",
    "Les déductions pour maladie : la règle de la CAF prévoit une déduction à partir du quatrième jour d'absence avec certificat médical (délai de carence de trois jours calendaires), et dès le premier jour en cas d'hospitalisation ou d'éviction par la crèche. Notre texte ne parlait pas de l'éviction ; c'est corrigé.",
    "Les heures supplémentaires : toute demi-heure commencée au-delà du contrat est facturée, au même tarif horaire. Elle sera rappelée dans le portail au moment où le contrat est calculé.",
])
para("Les données des familles et des enfants. Le portail va recueillir des données de santé : carnet de vaccination, allergies, régimes alimentaires et, pour certains enfants, un PAI (projet d'accueil individualisé) avec le protocole du médecin. Aujourd'hui, les formulaires en ligne arrivent dans une boîte mail partagée que six personnes du siège peuvent lire. Ma proposition : dans le portail, les informations de santé d'un enfant ne sont visibles que par la directrice de sa crèche et son adjointe, et plus par le siège.")
parole("Morgane Brétéché, Escale Chantenay", "Le PAI d'un enfant, c'est l'affaire de l'équipe qui l'accueille. Personne d'autre n'a besoin de le lire.")
pratique("j'ai corrigé les trois points du règlement de fonctionnement qui posaient problème et j'ai demandé que les données de santé soient réservées aux directrices.")
outils("règlement de fonctionnement 2024, guide PSU de la CAF, échanges avec la PMI de Loire-Atlantique, cahier des besoins.")

# ---------------------------------------------------------------- n° 9
t2("Mise en situation n° 9 — Les réunions du projet")
consigne([
    "Présentez les réunions et entretiens que vous avez organisés ou animés.",
    "Précisez pour chacun les objectifs fixés et les décisions prises.",
    "Appuyez votre bilan de l'équipe sur des indicateurs par personne.",
])
reponse()
para("Le projet avance au rythme de trois types de réunions :")
lst([
    "La réunion de direction, le premier mardi du mois, avec Xavier, Karine et les directrices (6 janvier, 3 février, 3 mars, 7 avril 2026).",
    "Le comité de projet du portail, toutes les trois semaines (14 janvier, 4 février, 25 février, 18 mars, 8 avril 2026).",
    "Les réunions d'équipe dans chaque crèche, le soir (Escale Chantenay le 22 janvier, Escale des Nefs le 29 janvier, Escale Chêne-Vert le 5 février, Escale Trentemoult le 12 février, Escale Bourgonnière le 19 février).",
])
para("Pour le comité de projet, chaque séance a des objectifs écrits dans l'ordre du jour. Le 14 janvier : valider la grille de comparaison et inviter les trois éditeurs. Le 4 février : débriefer les démonstrations et retenir deux éditeurs. Le 25 février : valider la liste des 25 tests d'acceptation. Le 18 mars : décider de la reprise des listes d'attente Excel. Le 8 avril : préparer la décision finale.")
para("Je n'ai pas d'indicateurs individuels à présenter : je ne suis pas la responsable hiérarchique des directrices.")
pratique("le comité de projet a un objectif clair à chaque séance, ce qui nous permet de tenir le calendrier de septembre 2026.")
outils("Outlook (invitations), ordres du jour et comptes rendus sous Word, Teams pour les directrices éloignées.")

# ---------------------------------------------------------------- n° 10
t2("Mise en situation n° 10 — La réserve et les commandes des crèches")
consigne([
    "Présentez l'organisation du stock et du traitement des commandes, avec vos critères de traçabilité et de contrôle.",
    "Montrez comment vous avez simplifié le circuit des commandes.",
    "Justifiez les équipements de stockage retenus.",
    "Classez vos transporteurs selon le coût et l'impact environnemental, et mesurez la satisfaction sur les livraisons.",
])
reponse()
para("Les couches, le lait infantile et les produits d'hygiène des cinq crèches sont commandés par le siège et rangés dans la réserve d'Escale des Nefs ; le van de maintenance les livre aux autres crèches chaque mardi. En 2025 : 61 000 couches et 540 boîtes de lait.")
para("La traçabilité du lait infantile. Le lait est le produit le plus sensible : il est rangé par lot et par date limite, et il sort selon la règle du premier entré, premier sorti. Le numéro de lot est noté sur le bon de livraison de chaque crèche. Cela nous a servi en octobre 2025, lors du rappel de lots du lait « Lactéa 1er âge » : en 40 minutes, nous savions que deux lots concernés avaient été livrés à Escale Chantenay et à Escale Chêne-Vert et combien de boîtes restaient. Les boîtes ont été retirées le jour même.")
para("Les contrôles ne sont pas les mêmes pour tous les produits, parce que le risque n'est pas le même :")
table([
    ["Type de produit", "Contrôle à la réception et à la sortie", "Pourquoi ce contrôle"],
    ["Lait infantile", "Lot et date limite relevés à l'entrée, vérifiés à la sortie, reportés sur le bon de livraison", "Risque sanitaire : en cas de rappel, il faut retrouver chaque boîte en quelques minutes"],
    ["Produits d'hygiène (crème de change, liniment, savon)", "Emballage scellé vérifié, produit ouvert ou abîmé refusé", "Un produit ouvert peut être contaminé ; la date compte moins que l'intégrité"],
    ["Couches", "Comptage des paquets par taille à la réception et à la préparation", "Pas de risque sanitaire, mais des écarts fréquents entre commande et livraison"],
], [4.0, 6.4, 5.2], "Les contrôles de la réserve selon le type de produit")
para("Les commandes des crèches. Avant, une commande passait par 11 étapes :")
lst([
    "La directrice remplit une feuille papier de besoins.",
    "Elle téléphone au siège ; l'assistante note la commande à la main.",
    "L'assistante ressaisit la commande dans le fichier Excel de la réserve.",
    "Elle va compter dans la réserve ce qui reste.",
    "Elle rappelle la directrice si un produit manque.",
    "Elle passe la commande au fournisseur si besoin.",
    "Elle prépare les colis.",
    "Le chauffeur du van recopie à la main la liste des colis.",
    "Le van livre la crèche.",
    "La directrice vérifie le colis et signe.",
    "Le bon signé revient au siège par le van la semaine suivante.",
], num=True)
para("Avec Xavier, nous avons supprimé la feuille papier, l'appel téléphonique, la ressaisie dans Excel et la liste manuscrite du chauffeur, et regroupé en une seule étape le comptage de la réserve, le rappel en cas de manque et la commande au fournisseur. Aujourd'hui, il reste 6 étapes :")
lst([
    "La directrice saisit sa commande dans le formulaire partagé avant le jeudi midi.",
    "Le fichier de la réserve se met à jour, signale les produits à recommander et l'assistante passe les commandes aux fournisseurs.",
    "L'assistante prépare les colis le lundi et imprime le bon de livraison (avec les lots de lait).",
    "Le van livre le mardi, le chauffeur utilise le bon imprimé.",
    "La directrice vérifie et signe le bon.",
    "Elle photographie le bon signé et le dépose dans le dossier partagé.",
], num=True)
para("Chaque directrice passait environ 55 minutes par semaine sur les commandes (remplir la feuille, appeler, rappeler pour les erreurs). Elle y passe maintenant 20 minutes.")
pratique("nous savons où est chaque boîte de lait, et les directrices ont récupéré plus d'une demi-heure par semaine pour leur équipe.")
outils("formulaire partagé Microsoft Forms, fichier Excel de la réserve, bons de livraison, fiche de rappel du fournisseur.")

# ================================================================== fin du modèle
para("Déclaration sur l'honneur : je soussignée Anaïs Guérineau certifie que les réalisations présentées dans ce dossier sont les miennes. Fait à Rezé, le 20 avril 2026.", S_OUTILS)
para("Annexes jointes : néant", S_OUTILS)

doc.save(FILE)

# re-pack avec horodatage fixe (déterminisme)
with zipfile.ZipFile(FILE) as z:
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(FILE, "w") as z:
    for name, data in items:
        zi = zipfile.ZipInfo(name, date_time=(2026, 4, 20, 21, 12, 0))
        zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
print("ok", FILE)
