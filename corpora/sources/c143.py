# -*- coding: utf-8 -*-
# Générateur de la copie du candidat c143 (anonyme, « N° 2026-0413 ») : épreuve écrite de 4 h, étude de cas sur
# l'entreprise Alizé Jardin SAS (mobilier de jardin en ligne, Cholet — entreprise du sujet, pas celle du candidat),
# blocs 1 et 3, copie faible, session 2026, tapée dans LibreOffice sur un poste de l'école le 19/05/2026.
# Un seul ODT (odfpy) : « copie_2026-0413_blocs1-3.odt », ~2 700 mots, ~10 pages en rendu LibreOffice, 5 tableaux
# (bandeau d'identification d'une ligne, Q1.3, Q1.4, Q2.2, Q3.2). Sous le bandeau, un cadre VIDE « réservé au
# correcteur » (paragraphe encadré, pas un tableau). En-tête « Session 2026 — Ne pas inscrire votre nom », pied
# « Page n / N ». Aucun style de titre : seulement des lignes en gras souligné « Dossier n – Question n.n »,
# parfois suivies d'un rappel entre parenthèses. Ratures en vrai barré (Q1.4, Q3.3). Pas d'image.
# Déterministe : métadonnées figées, archive zip ré-horodatée.
import os
import zipfile

from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties, HeaderStyle,
                       FooterStyle, HeaderFooterProperties, MasterPage, Header, Footer, ListLevelProperties)
from odf.text import P, Span, PageNumber, PageCount, List, ListItem, ListStyle, ListLevelStyleBullet, LineBreak
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.meta import InitialCreator, CreationDate, Generator, EditingCycles, EditingDuration
from odf.dc import Creator, Date, Title

SLUG = "c143-copie-examen-mobilier-jardin"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
FILE = os.path.join(OUT, "copie_2026-0413_blocs1-3.odt")
USER = "etudiant-salle-B12"
STAMP = "2026-05-19T13:58:00"
ZIPSTAMP = (2026, 5, 19, 13, 58, 0)

doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="Liberation Serif", fontfamily="'Liberation Serif'",
                                      fontfamilygeneric="roman", fontpitch="variable"))
doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'",
                                      fontfamilygeneric="swiss", fontpitch="variable"))
doc.meta.addElement(Title(text="copie 2026-0413"))
doc.meta.addElement(Creator(text=USER))
doc.meta.addElement(InitialCreator(text=USER))
doc.meta.addElement(CreationDate(text="2026-05-19T09:04:00"))
doc.meta.addElement(Date(text=STAMP))
doc.meta.addElement(EditingCycles(text="9"))
doc.meta.addElement(EditingDuration(text="PT4H51M"))
doc.meta.addElement(Generator(text="LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"))

# ------------------------------------------------------------------ styles par défaut de LibreOffice
st_std = Style(name="Standard", family="paragraph")
st_std.addElement(TextProperties(fontname="Liberation Serif", fontsize="12pt"))
doc.styles.addElement(st_std)
st_body = Style(name="Text_20_body", displayname="Text body", family="paragraph", parentstylename="Standard")
st_body.addElement(ParagraphProperties(marginbottom="0.247cm", lineheight="115%"))
doc.styles.addElement(st_body)
st_tc = Style(name="Table_20_Contents", displayname="Table Contents", family="paragraph", parentstylename="Standard")
doc.styles.addElement(st_tc)
st_hf = Style(name="Header_20_and_20_Footer", displayname="Header and Footer", family="paragraph",
              parentstylename="Standard")
doc.styles.addElement(st_hf)

pl = PageLayout(name="PL1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
                                   margintop="2cm", marginbottom="2cm", marginleft="2cm", marginright="2cm"))
hs = HeaderStyle()
hs.addElement(HeaderFooterProperties(minheight="0cm", marginbottom="0.5cm"))
pl.addElement(hs)
fs = FooterStyle()
fs.addElement(HeaderFooterProperties(minheight="0cm", margintop="0.5cm"))
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


S_HEAD = astyle("P_Head", parent="Header_20_and_20_Footer", pp={"textalign": "center"}, fontsize="10pt",
                fontstyle="italic")
S_FOOT = astyle("P_Foot", parent="Header_20_and_20_Footer", pp={"textalign": "center"}, fontsize="10pt")
mp = MasterPage(name="Standard", pagelayoutname=pl)
h = Header()
h.addElement(P(stylename=S_HEAD, text="Session 2026 — Ne pas inscrire votre nom"))
mp.addElement(h)
f = Footer()
fp = P(stylename=S_FOOT, text="Page ")
fp.addElement(PageNumber(selectpage="current", text="1"))
fp.addElement(Span(text=" / "))
fp.addElement(PageCount(text="10"))
f.addElement(fp)
mp.addElement(f)
doc.masterstyles.addElement(mp)

S_Q = astyle("P_Question", pp={"margintop": "0.45cm", "marginbottom": "0.15cm", "keepwithnext": "always"})
S_QP = astyle("P_QuestionPage", pp={"margintop": "0.45cm", "marginbottom": "0.15cm", "keepwithnext": "always",
                                   "breakbefore": "page"})
S_CADRE = astyle("P_Cadre", pp={"border": "0.06pt solid #000000", "padding": "0.2cm", "margintop": "0.4cm",
                                "marginbottom": "0.6cm"}, fontsize="11pt")
S_CELL = astyle("P_Cell", parent="Table_20_Contents", fontsize="11pt")
S_CELLB = astyle("P_CellB", parent="Table_20_Contents", fontsize="11pt", fontweight="bold")
S_ID = astyle("P_Id", parent="Table_20_Contents", pp={"textalign": "center"}, fontsize="10pt")
S_LAST = astyle("P_Last", pp={"margintop": "0.6cm"}, fontstyle="italic")
T_QU = tstyle("T_QU", fontweight="bold", textunderlinestyle="solid", textunderlinewidth="auto",
              textunderlinecolor="font-color")
T_REM = tstyle("T_Rem", fontstyle="italic")
T_B = tstyle("T_B", fontweight="bold")
T_STRIKE = tstyle("T_Strike", textlinethroughstyle="solid", textlinethroughtype="single")

cs = Style(name="Cell_Grille", family="table-cell")
cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
doc.automaticstyles.addElement(cs)
LBUL = ListStyle(name="L_Tirets")
lb = ListLevelStyleBullet(level=1, bulletchar="-")
lb.addElement(ListLevelProperties(spacebefore="0.6cm", minlabelwidth="0.5cm"))
LBUL.addElement(lb)
doc.automaticstyles.addElement(LBUL)

body = doc.text


def rich(par, text):
    """**gras**, ~~barré~~ dans le texte."""
    import re
    for chunk in re.split(r"(\*\*[^*]+\*\*|~~[^~]+~~)", text):
        if not chunk:
            continue
        if chunk.startswith("**"):
            par.addElement(Span(stylename=T_B, text=chunk[2:-2]))
        elif chunk.startswith("~~"):
            par.addElement(Span(stylename=T_STRIKE, text=chunk[2:-2]))
        else:
            par.addElement(Span(text=chunk))
    return par


def para(t, st=st_body):
    body.addElement(rich(P(stylename=st), t))


def q(label, reminder=None, new_page=False):
    p = P(stylename=S_QP if new_page else S_Q)
    p.addElement(Span(stylename=T_QU, text=label))
    if reminder:
        p.addElement(Span(text=" "))
        p.addElement(Span(stylename=T_REM, text="(" + reminder + ")"))
    body.addElement(p)


def lst(items):
    l = List(stylename=LBUL)
    for i in items:
        li = ListItem()
        li.addElement(rich(P(stylename=st_body), i))
        l.addElement(li)
    body.addElement(l)


_tn = [0]


def table(rows, widths, head_rows=(0,), st_cell=None):
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
    for i, r in enumerate(rows):
        tr = TableRow()
        for v in r:
            tc = TableCell(stylename=cs, valuetype="string")
            st = st_cell or (S_CELLB if i in head_rows else S_CELL)
            for line in str(v).split("\n"):
                tc.addElement(rich(P(stylename=st), line))
            tr.addElement(tc)
        tb.addElement(tr)
    body.addElement(tb)


# ================================================================== bandeau + cadre correcteur
table([["N° candidat : 2026-0413", "Épreuve écrite — Étude de cas Alizé Jardin — Blocs 1 et 3", "Durée : 4 h",
        "19/05/2026"]], [3.6, 7.8, 2.6, 3.0], head_rows=(), st_cell=S_ID)
cadre = P(stylename=S_CADRE)
cadre.addElement(Span(text="Cadre réservé au correcteur — Note : ___ / 20 — Appréciation :"))
for _ in range(5):
    cadre.addElement(LineBreak())
body.addElement(cadre)

# ================================================================== DOSSIER 1
q("Dossier 1 – Question 1.1", "envies et peurs")
para("Je propose comme profil type : les couples de 35-60 ans, propriétaires d'une maison avec un jardin ou une "
     "grande terrasse, plutôt revenus moyens à aisés (cf. annexe 2). Souvent les enfants sont grands ou partis, ils "
     "ont le temps et le budget pour aménager l'extérieur et recevoir la famille l'été.")
para("Leurs envies :")
lst([
    "le confort : pouvoir rester dehors tout l'après-midi, des coussins épais, un salon bas où on est bien installé "
    "comme dans un salon d'intérieur",
    "la durabilité : ils préfèrent l'aluminium à la résine pcq l'alu ne jaunit pas, ne casse pas au soleil et dure "
    "plus longtemps → pas envie de racheter un salon dans 3 ans",
    "« faire comme sur la photo » : ils veulent le même rendu que sur le site ou sur Pinterest, une terrasse déco "
    "avec le parasol, les coussins, la table assortie etc.",
    "recevoir : les repas de famille, les amis, les petits enfants",
    "se faire plaisir après l'hiver, le jardin c'est une pièce en plus de la maison",
])
para("Ils achètent surtout au printemps quand il fait beau les premiers week-ends, et ils prennent le temps de "
     "regarder plusieurs sites avant de se décider pcq c'est un gros achat qu'on fait pour 10 ans.")
para("Leurs peurs :")
lst([
    "on ne peut pas s'asseoir dessus avant d'acheter → peur que ce soit pas confortable, 1 290 € sans avoir essayé "
    "c'est bcp",
    "la livraison sur palette : il faut être là, qui porte les cartons jusqu'au jardin ? Et le délai (cf. annexe 1)",
    "la couleur pas comme sur l'écran (anthracite qui sort gris clair, coussins beige/blanc)",
    "la rouille et l'hiver : est ce que ça tient dehors, est ce qu'il faut le rentrer",
    "le SAV : si un pied est abimé à la livraison, qui s'en occupe, est ce qu'il faut renvoyer toute la palette",
])

q("Dossier 1 – Question 1.2", "trajet client")
lst([
    "besoin",
    "recherche : les gens regardent des idées sur Pinterest et tapent « salon de jardin aluminium » sur Google, donc "
    "Alizé doit apparaitre à ce moment là",
    "comparaison",
    "achat : le paiement en 3x sans frais aide à passer commande pour un salon à 1 290 €",
    "après achat",
])

q("Dossier 1 – Question 1.3", "la concu")
para("J'ai repris les infos de l'annexe 3 et j'ai comparé sur le produit le plus vendu, le salon 5 places, parce "
     "que c'est là que les clients comparent le plus. Critères : le prix, la livraison (délai + frais), les "
     "retours, les avis et si on peut voir les produits en vrai, pcq ce sont les peurs de la Q1.1.")
table([
    ["", "Salon 5 places (prix)", "Livraison", "Retours", "Avis clients", "Showroom"],
    ["Alizé Jardin", "Salon bas Palerme alu\n1 290 €", "Palette 9 à 15 jours\n59 € si moins de 1 000 €",
     "14 jours, retour à la charge du client", "4,3/5", "Oui, à Cholet"],
    ["Transat Direct", "Salon résine tressée\n899 €", "5 à 7 jours\ngratuite dès 500 €", "30 jours gratuits",
     "4,1/5", "Non"],
    ["Green Patio", "Salon alu et teck\n1 690 €", "7 à 10 jours\n79 €", "14 jours", "4,6/5",
     "Oui, Nantes et Bordeaux"],
    ["Meubles-Extérieur.fr", "Salon alu 5 places\n1 190 €", "6 à 8 jours\n49 €", "30 jours", "4,4/5", "Non"],
], [3.2, 3.0, 3.2, 2.8, 2.0, 2.8])
para("")
para("Transat Direct c'est le moins cher mais c'est de la résine tressée, pas le même produit ni la même "
     "durée de vie, parcontre leur livraison est rapide et gratuite dès 500 € et les retours sont gratuits 30 "
     "jours, ça rassure beaucoup. Green Patio c'est le haut de gamme avec du teck, ils ont deux showrooms et les "
     "meilleurs avis, mais ils sont plus chers de 400 € sur le salon. Meubles-Extérieur.fr est le plus proche "
     "d'Alizé en prix et en produits (alu, même style), c'est le vrai concurrent direct, avec une livraison plus "
     "rapide et moins chère.")
para("Sur les avis, tout le monde est au dessus de 4/5, la différence se fait surtout sur la livraison et les "
     "retours. Le showroom est un vrai plus pour Alizé pcq ça répond à la peur de ne pas pouvoir s'asseoir avant "
     "d'acheter, mais seulement pour les gens qui habitent pas trop loin de Cholet.")
para("Conclusion :")
lst([
    "Alizé a la gamme la plus large des 4 (cf. annexe 3), c'est un point fort pour le client qui veut tout "
    "assortir",
    "mais c'est la livraison la plus lente (9 à 15 j contre 5 à 10 j chez les autres) et une des plus chères sous "
    "1 000 €",
    "le prix du Palerme est dans la moyenne, entre Meubles-Extérieur.fr et Green Patio",
])

q("Dossier 1 – Question 1.4", "tableau forces-faiblesses / opportunités-risques")
table([
    ["Forces", "Faiblesses"],
    ["- gamme large\n- showroom à Cholet\n- produits alu de qualité\n- entreprise qui existe depuis 2011\n"
     "- 91 % du CA en ligne, ils connaissent le web",
     "- livraison lente\n- 59 € de frais de port\n- site lent (cf. annexe 6)\n- pas bien placé sur Google "
     "(cf. annexe 4)\n- tout se vend sur quelques mois"],
    ["Opportunités", "Risques"],
    ["?",
     "~~Menaces : les grandes surfaces~~ la météo (un printemps pourri = pas de ventes)\n- la concu moins chère (Transat "
     "Direct)"],
], [8.5, 8.5], head_rows=(0, 2))

q("Dossier 1 – Question 1.5", "buts + profil type")
para("Les buts : vendre plus en avril-mai, être mieux sur Google. + Le profil type visé : les particuliers qui ont "
     "un jardin.")

q("Dossier 1 – Question 1.6", "outils web + planning saison")
para("Les outils web :")
lst([
    "réf nat : travailler les pages produits et les catégories",
    "payant : Google Ads sur les salons et les tables",
    "emailing : newsletter Brevo aux anciens clients",
    "Instagram : photos de terrasses, des clients",
    "Pinterest : épingles des salons et des ambiances",
])
para("Pour le planning :")
lst([
    "mi-février : on lance le payant, pcq les gens commencent à chercher avant les beaux jours et 68 % du CA se fait "
    "de mars à juillet, donc il faut être visible avant que ça démarre",
    "mars → juin : on pousse tout (Ads + mails + Insta + Pinterest), c'est le pic des ventes et les gens sont "
    "dehors le week-end, ils voient que leur vieux salon est abimé",
    "juillet : soldes pour vider le stock avant la fin de saison, sinon le stock reste tout l'hiver dans "
    "l'entrepôt",
    "novembre : Black Friday mais seulement sur les parasols et les housses, pcq personne n'achète un salon en "
    "novembre et ça sert à rien de brader les salons",
    "hiver (décembre-janvier) : du contenu pour le réf nat (guides, articles conseils) pcq c'est calme et le réf nat "
    "met du temps à monter, comme ça c'est prêt pour février",
])

q("Dossier 1 – Question 1.7")

q("Dossier 1 – Question 1.8", "promo + budget")
para("La promo de printemps a bien marché cf. annexe 5.")
para("Budget :")
lst(["Google Ads : 18 400 €", "Brevo : 1 200 €"])
para("Pas eu le temps pour la 2e partie.")

# ================================================================== DOSSIER 2
q("Dossier 2 – Question 2.1", "outils + actions réf nat", new_page=True)
para("Les outils pour mesurer le trafic et le référencement :")
lst([
    "GA4 (Google Analytics) : le nombre de visiteurs, d'où ils viennent (Google, Ads, mails, réseaux), le taux de "
    "rebond, les pages vues, les conversions et le CA",
    "Search Console : les requêtes tapées par les gens, la position moyenne du site, les clics et les impressions, "
    "les pages indexées ou en erreur",
    "Semrush : les mots clés, les positions d'Alizé et de la concu, le volume de recherche, les backlinks",
    "PageSpeed Insights : la vitesse de chargement sur mobile et ordi, et ce qui ralentit (images trop lourdes, "
    "scripts)",
    "Google Ads : les clics, le coût par clic, les conversions et le CA des campagnes payantes, les mots clés qui "
    "déclenchent les annonces",
])
para("Actions à faire pour le réf nat :")
lst([
    "compresser les images des fiches produits (photos trop lourdes)",
    "réécrire les balises title et meta description, elles sont toutes pareilles",
    "rajouter du texte sur les pages catégories, il y a juste les photos et les prix",
    "faire des guides (ex : comment choisir son salon de jardin, alu ou résine, entretien)",
    "corriger les liens cassés vers les anciens produits",
    "ajouter les avis clients sur les fiches produits",
])
para("Evolution des positions (cf. annexe 4) : « salon de jardin aluminium » 14e → 9e, « parasol déporté » "
     "22e → 17e.")

q("Dossier 2 – Question 2.2", "liste de requêtes")
para("Méthode : j'ai pris l'annexe 4 et trié par volume.")
table([
    ["Requête", "Volume", "Intention", "Page"],
    ["salon de jardin aluminium", "12 100", "achat", "catégorie Salons aluminium"],
    ["table de jardin extensible", "8 100", "achat", "fiche Table Ibiza"],
    ["bain de soleil", "6 600", "achat / info", "catégorie Bains de soleil"],
    ["parasol déporté 3x3", "4 400", "achat", "fiche Parasol Bora"],
    ["salon bas de jardin", "3 600", "achat", "fiche Salon Palerme"],
    ["housse salon de jardin", "2 900", "achat", "fiche Housse de protection"],
    ["bain de soleil aluminium", "1 900", "achat", "fiche Bain de soleil Tahiti"],
    ["table de jardin aluminium 8 personnes", "1 300", "achat", "catégorie Tables"],
    ["salon de jardin 5 places", "1 000", "achat", "fiche Salon Palerme"],
    ["parasol déporté inclinable", "880", "achat", "fiche Parasol Bora"],
    ["comment entretenir salon de jardin aluminium", "590", "info", "article de blog (à créer)"],
    ["salon de jardin aluminium pas cher", "480", "achat / prix", "catégorie Salons aluminium"],
], [6.6, 2.0, 2.6, 5.8])
para("")
para("J'ai gardé les requêtes qui correspondent aux produits phares d'Alizé : le salon Palerme, la table Ibiza, le "
     "bain de soleil Tahiti, le parasol Bora et les housses. Chaque requête est reliée à la page du produit ou à sa "
     "catégorie pour que Google comprenne de quoi parle la page. Les requêtes « achat » sont les plus "
     "interressantes pcq la personne est prête à commander, les « info » servent pour les articles de blog.")
para("+ cocon sémantique : relier les pages entre elles.")

q("Dossier 2 – Question 2.3", "liens")
para("Le netlinking c'est le fait d'obtenir des liens qui pointent vers son site depuis d'autres sites, qu'on "
     "appelle des backlinks. Pour Google chaque lien est comme un « vote » de confiance : c'est le principe du "
     "PageRank, inventé par Larry Page et Sergey Brin en 1998. Plus un site reçoit de liens de sites importants, "
     "plus il est considéré comme fiable et mieux il est classé.")
para("L'ancre c'est le texte cliquable du lien. Il y a plusieurs types d'ancres : exacte (le mot clé), partielle, "
     "de marque, générique (« cliquez ici ») ou l'URL nue. Il faut varier les ancres sinon Google voit une "
     "sur-optimisation et peut pénaliser le site (filtre Penguin en 2012).")
para("L'autorité de domaine mesure la force d'un site : le DA de Moz, le Trust Flow et le Citation Flow de "
     "Majestic, l'Authority Score de Semrush. Un lien d'un site avec une grosse autorité et du même thème vaut "
     "beaucoup plus que 50 liens de petits sites sans rapport. Il y a aussi les liens dofollow (qui transmettent "
     "du « jus ») et nofollow (qui n'en transmettent pas ou peu).")
para("Il faut éviter les fermes de liens, les réseaux de sites créés juste pour faire des liens (PBN) et l'achat "
     "de liens en masse, c'est interdit par les consignes de Google. Il vaut mieux des liens naturels : articles "
     "invités, partenaires, annuaires de qualité, relations presse, etc.")
para("Pour suivre le netlinking on regarde le nombre de domaines référents (pas le nombre de liens, pcq 100 liens "
     "du même site comptent presque pour un), la qualité des sites qui font les liens, les ancres utilisées et "
     "les liens perdus. On peut aussi désavouer les liens toxiques dans la Search Console si on a été victime de "
     "spam. Le netlinking prend du temps, les effets se voient en général après plusieurs mois.")

q("Dossier 2 – Question 2.4", "campagne payant")
para("Je propose une campagne « Salons de jardin » avec un budget de 50 €/jour.")
para("Mots clés :")
lst([
    "[salon de jardin aluminium] → exact",
    "\"salon de jardin 5 places\" → expression",
    "\"salon bas de jardin\" → expression",
    "[table de jardin extensible] → exact",
    "\"bain de soleil aluminium\" → expression",
    "[parasol déporté 3x3] → exact",
    "salon de jardin haut de gamme → large",
    "\"housse salon de jardin\" → expression",
])
para("Mots clés négatifs : gratuit, occasion, leboncoin, palette, plan.")
para("Les négatifs c'est pour pas payer des clics de gens qui ne vont pas acheter : ceux qui cherchent du mobilier "
     "d'occasion, ou qui veulent fabriquer leur salon avec des palettes et cherchent un plan.")

ADS = [
    ("Annonce 1 — salon Palerme (chemin affiché : alize-jardin.fr/salons)",
     ["Salon de jardin aluminium", "Salon bas Palerme 5 places", "Livré chez vous sur palette"],
     ["Salon bas en aluminium qui ne rouille pas, coussins épais déhoussables. Voir la gamme.",
      "Plus de 400 meubles de jardin en ligne et un showroom à Cholet. Paiement en 3x."]),
    ("Annonce 2 — table Ibiza (chemin affiché : alize-jardin.fr/tables)",
     ["Table de jardin extensible", "Table Ibiza 180/240 cm", "Jusqu'à 10 personnes"],
     ["Table extensible en aluminium, de 180 à 240 cm en un geste. Pour les repas en famille.",
      "Plateau résistant au soleil et à la pluie. Chaises assorties. Commandez en ligne."]),
    ("Annonce 3 — parasol Bora (chemin affiché : alize-jardin.fr/parasols)",
     ["Parasol déporté 3x3 m", "Parasol Bora à 389 €", "Toile anti UV inclinable"],
     ["Parasol déporté Bora 3 x 3 m, mât aluminium, rotation 360°. De l'ombre sans pied gênant.",
      "Toile traitée anti UV, housse incluse. Livré en France. Découvrez le parasol Bora."]),
]

q("Dossier 2 – Question 2.5", "annonces")
para("Je propose 3 annonces, une par produit phare. Entre parenthèses le nombre de caractères (espaces compris), "
     "max 30 pour les titres et 90 pour les descriptions.")
for title, heads, descs in ADS:
    para("**" + title + "**")
    lines = []
    for k, t in enumerate(heads, 1):
        assert len(t) <= 30, (t, len(t))
        lines.append("Titre %d : %s (%d)" % (k, t, len(t)))
    for k, t in enumerate(descs, 1):
        assert len(t) <= 90, (t, len(t))
        lines.append("Description %d : %s (%d)" % (k, t, len(t)))
    lst(lines)
para("Dans les 3 annonces j'ai mis le nom du produit et le mot clé dans le 1er titre pour que ça corresponde à ce "
     "que la personne a tapé, et un argument qui répond aux peurs (rouille, solidité, livraison) dans les "
     "descriptions. Le prix est seulement dans l'annonce du parasol.")

q("Dossier 2 – Question 2.6", "la page où on envoie")
para("On envoie sur la page catégorie pour toutes les annonces (salon, table, parasol) pcq il y a plus de choix "
     "pour le client et il peut comparer.")

# ================================================================== DOSSIER 3
q("Dossier 3 – Question 3.1", "KPI", new_page=True)
para("Les KPI à suivre : le trafic, le CA, le taux de conversion, le panier moyen.")
para("Commentaires (cf. annexe 6) :")
lst([
    "taux de rebond : trop haut",
    "abandon de panier : à cause des 59 € de livraison qu'on découvre au panier",
    "temps de chargement : 4,1 s",
])

q("Dossier 3 – Question 3.2", "feuille Ads")
para("Je n'ai pas eu le temps de faire le tableau de bord complet, je mets juste les colonnes.")
WEEKS = ["S10 (2-8 mars)", "S11 (9-15 mars)", "S12 (16-22 mars)", "S13", "S14", "S15", "S16", "S17", "S18", "S19",
         "S20", "S21"]
FILLED = {0: ("412", "351 €", "4", "3 980 €"), 1: ("455", "349 €", "5", "4 870 €"), 2: ("498", "350 €", "6",
                                                                                        "5 410 €")}
rows = [["Semaine", "Clics", "Coût", "Commandes", "CA"]]
for i, w in enumerate(WEEKS):
    rows.append([w] + list(FILLED.get(i, ("", "", "", ""))))
assert len(rows) == 13 and len(FILLED) == 3
table(rows, [4.2, 2.8, 3.0, 3.0, 4.0])

q("Dossier 3 – Question 3.3", "le retour")
para("~~96 000 / 18 400 = 5,2 → ROI = 520 %~~")
para("(je corrige :) il faut prendre la marge et pas le CA.")
MARGE = 96000 * 38 // 100
assert MARGE == 36480
ROI = (MARGE - 18400) / 18400
assert round(ROI, 2) == 0.98 and round(96000 / 18400, 1) == 5.2
para("Le ROI c'est ce que rapporte l'argent investi une fois qu'on a enlevé ce qu'on a dépensé, donc il faut "
     "comparer la dépense Ads avec ce qu'elle a vraiment rapporté à l'entreprise, c'est à dire la marge.")
lst([
    "marge brute = 96 000 × 38 % = 36 480 €",
    "ROI = (36 480 − 18 400) / 18 400 = 18 080 / 18 400 = 0,98",
    "→ ROI = 98 %",
])
para("Donc pour 1 € mis dans Google Ads en 2025, Alizé a récupéré 0,98 € de marge en plus de l'euro dépensé.")

q("Dossier 3 – Question 3.4", "actions correctives")
lst([
    "baisser les frais de port",
    "site plus rapide",
    "mieux cibler Ads",
])

para("Pas eu le temps de relire, désolé.", S_LAST)

os.makedirs(OUT, exist_ok=True)
doc.save(FILE)

# re-pack avec horodatage fixe (déterminisme)
with zipfile.ZipFile(FILE) as z:
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(FILE, "w") as z:
    for name, data in items:
        zi = zipfile.ZipInfo(name, date_time=ZIPSTAMP)
        zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
print("ok", FILE)
