# Générateur du dossier de la candidate c80 (Sellerie Sologne Équitation, Lamotte-Beuvron) : un ODT
# avec de vrais styles de titres (Titre 1 / Titre 2), sommaire simple sans numéros de page, en-tête et pied de page,
# 10 tableaux dont une grille 2×2 sans ligne d'en-tête, une liste à puces coupée par un saut de page après la 6e puce.
import os, zipfile
from odf.opendocument import OpenDocumentText
from odf.style import (FontFace, Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties, HeaderStyle,
                       FooterStyle, HeaderFooterProperties, MasterPage, Header, Footer, ListLevelProperties)
from odf.text import P, H, Span, PageNumber, List, ListItem, ListStyle, ListLevelStyleBullet
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.meta import InitialCreator, CreationDate, Generator
from odf.dc import Creator, Date, Title

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c80-sellerie-sologne")
os.makedirs(OUT, exist_ok=True)
FILE = os.path.join(OUT, "sellerie-sologne-dossier.odt")
AUTHOR = "Pauline Richomme"
STAMP = "2026-03-14T16:45:00"

doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="Liberation Serif", fontfamily="'Liberation Serif'", fontfamilygeneric="roman", fontpitch="variable"))
doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'", fontfamilygeneric="swiss", fontpitch="variable"))
doc.meta.addElement(Title(text="Dossier blocs 2 et 4 - Sellerie Sologne Équitation"))
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
H1.addElement(TextProperties(fontsize="17pt", fontweight="bold", color="#5B3A1E"))
doc.styles.addElement(H1)
H2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph", parentstylename="Heading",
           nextstylename="Text_20_body", defaultoutlinelevel="2")
H2.addElement(ParagraphProperties(margintop="0.5cm", marginbottom="0.2cm"))
H2.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#2F4F3A"))
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


S_HEAD = astyle("HeadP", parent="Standard", pp={"textalign": "end"}, fontsize="9pt", fontstyle="italic", color="#5B3A1E")
S_FOOT = astyle("FootP", parent="Standard", pp={"textalign": "center"}, fontsize="9pt")
mp0 = MasterPage(name="Couverture", pagelayoutname=pl0)
doc.masterstyles.addElement(mp0)
mp = MasterPage(name="Standard", pagelayoutname=pl)
h = Header(); h.addElement(P(stylename=S_HEAD, text="P. Richomme — Dossier blocs 2 et 4")); mp.addElement(h)
f = Footer(); fp = P(stylename=S_FOOT, text="Page "); fp.addElement(PageNumber(selectpage="current", text="1")); f.addElement(fp); mp.addElement(f)
doc.masterstyles.addElement(mp)

S_COVER0 = astyle("Cover0", master="Couverture", pp={"textalign": "center", "margintop": "3.5cm"}, fontsize="13pt", color="#2F4F3A")
S_COVER = astyle("Cover", pp={"textalign": "center", "margintop": "0.8cm", "marginbottom": "0.5cm"}, fontsize="26pt", fontweight="bold", color="#5B3A1E")
S_CENTER = astyle("Center", pp={"textalign": "center", "marginbottom": "0.25cm"}, fontsize="12.5pt")
S_SOMT = astyle("SommaireTitre", master="Standard", pp={"breakbefore": "page", "marginbottom": "0.6cm"}, fontsize="17pt", fontweight="bold", color="#5B3A1E")
S_SOM1 = astyle("Som1", pp={"marginbottom": "0.12cm", "margintop": "0.2cm"}, fontsize="11.5pt", fontweight="bold")
S_SOM2 = astyle("Som2", pp={"marginbottom": "0.08cm", "marginleft": "0.8cm"}, fontsize="11pt")
S_BREAK = astyle("BodyPageBreak", pp={"breakbefore": "page"})
S_CELL = astyle("Cell", parent="Standard", fontsize="9.5pt")
S_CELLH = astyle("CellHead", parent="Standard", fontsize="9.5pt", fontweight="bold")
S_QUOTE = astyle("Quote", pp={"marginleft": "0.8cm", "marginright": "0.8cm"}, fontstyle="italic")
T_BOLD = Style(name="Gras", family="text"); T_BOLD.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(T_BOLD)

cs = Style(name="CellBox", family="table-cell")
cs.addElement(TableCellProperties(border="0.5pt solid #7A6A58", padding="0.12cm"))
doc.automaticstyles.addElement(cs)
csh = Style(name="CellBoxHead", family="table-cell")
csh.addElement(TableCellProperties(border="0.5pt solid #7A6A58", padding="0.12cm", backgroundcolor="#E9E1D3"))
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


# ================================================================== couverture
para("Titre professionnel Chef de projet e-commerce — blocs 2 et 4", S_COVER0)
para("Sellerie Sologne Équitation", S_COVER)
para("Sellerie, équipement du cavalier et camion-boutique de concours", S_CENTER)
para("Lamotte-Beuvron (41)", S_CENTER)
para("", S_CENTER)
para("Dossier professionnel", S_CENTER)
para("A. Animer la communauté et les ventes — B. Produire les contenus", S_CENTER)
para("", S_CENTER)
para("Pauline Richomme", S_CENTER)
para("Conseillère de vente en sellerie — reconversion financée par le CPF", S_CENTER)
para("Tutrice : Camille Moreau, gérante", S_CENTER)
para("Mars 2026", S_CENTER)

# ================================================================== sommaire simple
para("Sommaire", S_SOMT)
for titre, niv in [
    ("Présentation : la sellerie et moi", 1),
    ("A. Animer la communauté et les ventes", 1),
    ("A.1 La campagne « Spécial championnats de juillet »", 2),
    ("A.2 Nos relais", 2),
    ("A.3 Instagram, TikTok et la communauté", 2),
    ("A.4 Le chat du site", 2),
    ("A.5 Mise en avant et paiement sur WiziShop", 2),
    ("A.6 Nos partenaires financiers", 2),
    ("A.7 Fidéliser nos cavaliers", 2),
    ("B. Produire les contenus", 1),
    ("B.1 Qui filme et qui photographie ?", 2),
    ("B.2 Ma méthode pour les fiches tapis", 2),
    ("B.3 Exemple : le tapis mixte bleu marine", 2),
    ("B.4 Les photos : retouche et adaptation au web", 2),
    ("B.5 Le parcours d'achat sur le site", 2),
    ("B.6 Les nouvelles fiches sont-elles plus lues ?", 2),
    ("Conclusion", 1),
]:
    para(titre, S_SOM1 if niv == 1 else S_SOM2)

# ================================================================== présentation
t1("Présentation : la sellerie et moi")
para("Sellerie Sologne Équitation est une SARL installée à Lamotte-Beuvron, dans le Loir-et-Cher, à deux pas du grand parc équestre où se courent chaque été les championnats poneys et clubs. Bernard Moreau l'a créée en 1998 dans une ancienne grange ; sa fille Camille a repris la gérance en 2019. Nous sommes 8 dans l'équipe, avec un magasin de 450 m² une boutique en ligne sur WiziShop et, depuis 2022, un camion-boutique que nous emmenons sur les concours de la région et, bien sûr, sur les championnats de juillet juste à côté de chez nous.")
para("En 2025, le chiffre d'affaires a atteint 1,54 M€ HT, dont 392 k€ en ligne, soit 25 %. Le site a reçu 5 100 commandes avec un panier moyen de 77 € et environ 14 500 sessions par mois, avec un gros pic en juillet pendant les championnats. Nos rayons : les tapis de selle de notre marque maison « Sologne » (39 à 69 €, 14 coloris, tailles poney, cob et full), les bombes de 89 à 420 €, les bottes, guêtres et protections, le pansage et les soins, les compléments alimentaires, et un coin de selles d'occasion en dépôt-vente (de 600 à 2 500 €). Nos concurrents : Équi-Discount (prix bas), Cavalia Shop (très présent sur Instagram) et La Sellerie du Perche.")
para("Pour le web, je travaille avec Camille (gérante et ma tutrice), Hugo Lemaire, vendeur et cavalier de CSO en compétition, devenu notre visage sur les réseaux, et Ludivine Perrot qui expédie les commandes (Colissimo et Mondial Relay). Moi, je suis cavalière depuis l'âge de 9 ans. Après dix ans dans la grande distribution, je me suis reconvertie grâce à mon CPF ; je suis entrée à la sellerie comme conseillère de vente en 2024 et Camille m'a confié peu à peu le web et les réseaux sociaux. Ce dossier présente mon travail de la saison 2025.")

# ================================================================== A
t1("A. Animer la communauté et les ventes")
t2("A.1 La campagne « Spécial championnats de juillet »")
para("Le projet de Camille pour les trois prochaines années est clair : faire grandir la marque maison « Sologne ». Un tapis Sologne nous laisse environ 58 % de marge, contre 30 à 35 % sur les marques revendues, et nos concurrents ne peuvent pas le proposer. Or, en 2024, les tapis maison ne représentaient que 11 % des ventes en ligne. Les championnats de juillet, avec des milliers de jeunes cavaliers à 2 km du magasin pendant trois semaines, étaient l'occasion idéale.")
para("L'idée de la campagne : proposer en précommande sur le site, de mai à fin juin, les tapis Sologne aux couleurs des clubs, à retirer directement au camion-boutique installé sur le site des championnats. Pas de frais de port ni de colis en retard : le tapis est prêt le jour où le poney entre en piste. J'ai créé dans WiziShop un mode de livraison « Retrait au camion — championnats » à 0 €.")
para("Nous avions fixé avec Camille des objectifs chiffrés, et voici ce que nous avons obtenu :")
table([
    ["Objectif", "Avant (juillet 2024)", "Visé (juillet 2025)", "Obtenu"],
    ["Précommandes de tapis retirées au camion", "— (n'existait pas)", "450", "600"],
    ["Part des tapis Sologne dans le CA en ligne de juillet", "11 %", "18 %", "21 %"],
    ["Abonnés Instagram", "6 200", "8 000", "9 100"],
    ["Taux d'ouverture des e-mails de la campagne", "24 % (moyenne 2024)", "30 %", "33 %"],
    ["Clubs équipés aux couleurs Sologne", "3", "10", "12"],
], [5.6, 3.4, 3.0, 2.6])
para("Les 600 précommandes ont dépassé l'objectif et 40 % sont arrivées via Instagram (lien en bio et stories avec lien, d'après les sources de WiziShop), ce qui montre que le réseau social est devenu notre premier vecteur pour ces jeunes cavaliers.")
para("Nous avions trois cibles : les cavaliers de 12 à 18 ans qui montent aux championnats (ils choisissent la couleur et suivent Instagram et TikTok), leurs parents (ils paient et lisent leurs e-mails), et les moniteurs de club, qui décident des couleurs de l'équipe et organisent les commandes groupées.")
para("Pour les vecteurs : Instagram et TikTok pour les jeunes, un e-mail Brevo envoyé en trois fois à nos 9 800 contacts, et les groupes WhatsApp des moniteurs, où Hugo a fait passer le bon de commande groupée. Le tableau suivant montre comment tout s'articule :")
table([
    ["Objectif", "Cible", "Vecteur", "Message / contenu", "Quand"],
    ["Faire connaître les tapis aux couleurs de club", "Cavaliers 12-18 ans", "Instagram, TikTok", "« Ton poney aux couleurs de ton club pour les championnats » — reels, carrousel des 14 coloris", "Du 5 mai au 30 juin"],
    ["Déclencher la précommande", "Parents", "E-mail Brevo (3 envois)", "Retrait gratuit au camion, tapis prêt avant l'épreuve, paiement en ligne", "12 mai, 2 juin, 23 juin"],
    ["Obtenir des commandes groupées", "Moniteurs de club", "Groupes WhatsApp, visite de Hugo", "Bon de commande groupée, −15 % dès 6 tapis, tapis moniteur offert", "Mai"],
    ["Faire venir au camion pendant les épreuves", "Cavaliers et familles sur place", "Lives Instagram, stories", "« Le camion est au bout de l'allée des boxes », jeux, tresses", "Du 5 au 27 juillet"],
], [3.3, 2.6, 2.9, 4.8, 2.4])
para("Chaque cible a son message et son canal, et tout pousse vers le même but : vendre plus de tapis Sologne sans remise générale sur la marque.")

t2("A.2 Nos relais")
para("J'ai choisi des relais qui parlent déjà à nos cavaliers, chacun pour une raison précise :")
table([
    ["Relais", "Pourquoi ce relais", "Ce que nous leur avons proposé"],
    ["12 clubs et poney-clubs de Sologne et du Loiret", "Leurs équipes vont toutes aux championnats et c'est le moniteur qui choisit les couleurs : un club convaincu, c'est 8 à 20 tapis d'un coup", "−15 % dès 6 tapis, un tapis offert au moniteur, logo du club brodé en option"],
    ["3 cavalières et cavaliers « micro-influenceurs » (Manon, Lili, Théo)", "Entre 5 000 et 11 000 abonnés, du même âge que notre cible, ils montent eux-mêmes aux championnats : leurs abonnés leur ressemblent", "Deux tapis offerts chacun, un code promo pour Manon"],
    ["Le blog « Comparatif Équitation »", "Les parents lisent ce genre de comparatif avant d'acheter : être dans le comparatif des tapis, c'est être vu au moment du choix", "Envoi de 3 tapis pour leur test"],
    ["La lettre d'information de notre comité régional d'équitation", "Elle arrive chez tous les clubs de la région, y compris ceux que Hugo ne connaît pas", "Un encart « Retrouvez le camion Sologne aux championnats »"],
], [4.2, 6.6, 5.2])
para("Côté résultats, le seul relais que j'ai pu mesurer est Manon : son code « MANON10 » (−10 %) a été utilisé pour 86 commandes entre le 15 mai et le 31 juillet. Lili et Théo renvoyaient vers notre compte Instagram, sans code. Pour les clubs, le blog et la lettre du comité, les résultats ne sont pas mesurables : nous savons que les clubs ont commandé, mais je ne peux pas dire combien de commandes viennent de l'un ou de l'autre.")

t2("A.3 Instagram, TikTok et la communauté")
para("Avant la campagne, notre Instagram montrait surtout des packshots. J'ai voulu en faire un lieu où les jeunes cavaliers se retrouvent, avec trois techniques.")
para("Sur TikTok, Hugo a tourné une série « tuto tresses » : comment faire des tresses de concours, une natte de queue, des pompons pour le dressage. Six vidéos d'une minute, filmées dans l'écurie du magasin avec sa jument. La plus vue a dépassé 48 000 vues. Les tapis Sologne apparaissent à l'image sans discours de vente.")
para("Sur Instagram, nous avons fait cinq lives depuis le camion-boutique pendant les championnats, à l'heure du déjeuner : tirage au sort d'un tapis, questions sur l'ajustement d'une bombe, coulisses du camion. Entre 300 et 700 personnes en direct selon les jours.")
para("Enfin, nous avons lancé le hashtag #TapisSologne : les cavaliers postent leur poney avec son tapis, nous repartageons les plus belles photos en story et un tapis est tiré au sort chaque mois parmi les publications. 410 publications ont utilisé le hashtag en 2025. Je réponds à tous les commentaires dans la journée, ce qui n'était pas fait avant.")
table([
    ["Indicateur", "Avril 2025 (avant)", "Septembre 2025 (après)"],
    ["Abonnés Instagram", "6 200", "9 100"],
    ["Taux d'engagement moyen des publications Instagram", "3,1 %", "4,6 %"],
    ["Abonnés TikTok", "850", "3 400"],
    ["Publications avec #TapisSologne (cumul)", "40", "410"],
    ["Mentions du compte en story par des cavaliers (par mois)", "environ 15", "environ 120"],
], [7.4, 4.1, 4.1])
para("Le nombre d'abonnés a augmenté de 47 % en cinq mois, mais le chiffre qui me fait le plus plaisir est l'engagement, qui passe de 3,1 à 4,6 %. On ne gagne pas seulement des abonnés « de passage » attirés par un tirage au sort : les gens commentent, posent des questions, taguent leurs copines de club. C'est le hashtag qui a le plus joué : un cavalier dont le poney est repartagé en parle dans son club et ses amis viennent s'abonner. Les lives ont aussi créé un rendez-vous (« demain vous refaites un live ? »). Le pic d'abonnés a eu lieu pendant les championnats (+1 900) : il faudra voir si la communauté reste active cet hiver, sans concours.")

t2("A.4 Le chat du site")
para("Nous avons installé Tidio sur la boutique WiziShop en mars 2025, avec l'abonnement Starter. J'ai fait les réglages moi-même : bulle de chat aux couleurs du site sur toutes les pages, message d'accueil « Une question sur une taille ou un produit ? Hugo et Ludivine vous répondent », horaires de réponse du mardi au samedi de 9 h à 19 h, et formulaire de contact par e-mail en dehors de ces horaires. J'ai ajouté un déclencheur automatique sur les fiches bombes : au bout de 20 secondes, la bulle propose « Besoin d'aide pour choisir la taille de votre bombe ? ». J'ai aussi préparé des réponses enregistrées (taille de bombe, délais, retrait au camion). Ludivine répond au magasin, Hugo depuis l'application Tidio au camion.")
para("Voici une conversation enregistrée le 19 juin 2025, qui s'est terminée par une commande :")
table([
    ["Qui", "Message"],
    ["Visiteuse (14 h 02)", "Bonjour, je veux acheter la bombe Equistar Kid pour ma fille de 11 ans mais je ne sais pas quelle taille prendre, elle fait du 54 en casquette"],
    ["Ludivine (14 h 06)", "Bonjour ! Les tailles de casquette ne correspondent pas toujours. Le mieux est de mesurer son tour de tête avec un mètre ruban, à environ 1 cm au-dessus des sourcils et des oreilles."],
    ["Visiteuse (14 h 11)", "Je viens de mesurer : 53,5 cm"],
    ["Ludivine (14 h 12)", "Parfait, chez Equistar elle sera en 53-55 (taille S). Si elle a les cheveux longs attachés en concours, prenez quand même le S, la molette arrière permet de régler. Et si la taille ne va pas, l'échange est gratuit."],
    ["Visiteuse (14 h 13)", "Super merci, et vous pouvez livrer avant le 5 juillet ?"],
    ["Ludivine (14 h 14)", "Oui, en Colissimo c'est 48 h. Ou vous pouvez la retirer à notre camion pendant les championnats."],
    ["Visiteuse (14 h 16)", "Je commande maintenant en retrait au camion alors, merci beaucoup !"],
], [3.3, 12.7])
para("La commande (bombe taille S, 129 €) a été passée à 14 h 21. Je n'ai pas gardé de conversation non transformée : Tidio ne conserve l'historique que 30 jours dans notre formule et je ne l'ai pas exporté à temps.")
para("Sur la saison (avril à septembre 2025), Tidio a enregistré 640 conversations, avec un délai moyen de première réponse de 7 minutes. Ce délai est correct pour une petite équipe, mais il faudrait l'améliorer en juillet.")

t2("A.5 Mise en avant et paiement sur WiziShop")
para("Pendant la campagne, j'ai utilisé les outils de mise en avant de WiziShop :")
lst([
    "le bloc « produits mis en avant » de la page d'accueil, où j'ai placé les 6 coloris de tapis les plus demandés par les clubs ;",
    "les produits complémentaires (cross-selling) : sur chaque fiche tapis, le bonnet assorti, les guêtres et le bonnet anti-mouches de la même couleur ;",
    "les bannières du slider d'accueil, avec un visuel « Spécial championnats — retrait gratuit au camion » du 5 mai au 27 juillet ;",
    "les étiquettes produits : j'ai créé un badge « Coup de cœur de Hugo » sur 12 produits qu'il utilise lui-même en concours (tapis mixte bleu marine, guêtres de CSO, bombe à visière large…).",
])
para("J'ai aussi réfléchi aux endroits du site où la mise en avant est la plus utile pour une sellerie :")
table([
    ["Endroit du site", "Ce que j'y mets en avant", "Pourquoi à cet endroit"],
    ["Page d'accueil", "Slider campagne + bloc des 6 tapis stars + badge Coup de cœur", "C'est là qu'arrivent les visiteurs d'Instagram et de l'e-mail : ils doivent retrouver tout de suite ce qu'ils ont vu"],
    ["Catégorie « Tapis »", "Tapis Sologne en premier, avant les marques revendues, filtre par couleur", "Un cavalier qui cherche un tapis compare : notre marque doit être vue avant les autres"],
    ["Fiche produit", "Produits complémentaires de la même couleur (bonnet, guêtres)", "Le cavalier veut un « ensemble » assorti, surtout en concours"],
    ["Panier", "Petits produits à moins de 15 € (brosse, graisse, élastiques à tresses)", "Achat d'impulsion, et cela aide à atteindre la livraison gratuite à 69 €"],
], [3.4, 6.0, 6.6])
cap("Photo 1 : page d'accueil pendant la campagne avec la bannière « Spécial championnats »")
para("Pour le paiement, la boutique utilise le module de paiement intégré de WiziShop, qui passe par Stripe pour la carte bancaire (CB, Visa, Mastercard). Nous avons aussi activé PayPal, que beaucoup de parents utilisent, et Alma pour le paiement en plusieurs fois.")
para("Plusieurs éléments mettent les clients en confiance : la validation 3D Secure de la banque à chaque paiement par carte, les logos des moyens de paiement et le cadenas affichés sur le panier, le widget Avis Garantis (4,8/5 sur 1 240 avis vérifiés) en bas de chaque page, et notre promesse d'échange de taille gratuit sur les bombes, très importante parce qu'une bombe mal ajustée ne protège pas. J'ai testé le paiement sur mon iPhone avec la carte, PayPal et Alma : le paiement fonctionne sur mobile.")
para("Alma propose le paiement en 3 ou 4 fois. Je l'ai surtout mis en avant sur les selles d'occasion en dépôt-vente, de 600 à 2 500 €. Pour le cavalier, c'est un vrai plus : une selle mixte à 1 800 € devient 4 mensualités de 450 €, ce qui permet à des parents d'acheter la première selle de leur enfant sans attendre d'avoir toute la somme. Chaque fiche selle affiche une simulation des mensualités.")

t2("A.6 Nos partenaires financiers")
para("Le camion-boutique a été un gros investissement pour la sellerie. En 2022, Camille a acheté un camion Iveco de 7,5 tonnes d'occasion pour 52 000 € et l'a fait aménager en boutique (étagères, cabine d'essayage, auvent, groupe électrogène) pour 22 000 €. Notre banque, le Crédit Solognot, a financé 60 000 € sur 5 ans à 2,1 %, soit environ 1 050 € par mois ; le reste a été payé sur la trésorerie de la sellerie.")
para("Le conseiller du Crédit Solognot suit la sellerie depuis sa création, ce qui a facilité l'accord. Le camion fait 14 concours par an plus les championnats, et Camille estime qu'il rapporte environ 95 000 € de chiffre d'affaires par an. Le prêt se termine en 2027.")

t2("A.7 Fidéliser nos cavaliers")
para("Un cavalier de club monte pendant des années et rachète régulièrement soins et protections. J'ai comparé quatre possibilités :")
table([
    ["Carte à points\nChaque euro dépensé donne des points, 10 € offerts tous les 200 €. Avantage : simple à comprendre, tout le monde connaît. Inconvénient : WiziShop et la caisse du magasin ne partagent pas les points, il faudrait deux cartes ; et nos concurrents le font tous.",
     "Remise club\n−10 % toute l'année pour les cavaliers des clubs partenaires, sur présentation de la licence ou avec le code du club. Avantage : les clubs deviennent nos prescripteurs. Inconvénient : 10 % de marge en moins sur ces clients."],
    ["Abonnement pansage et soins\nUn colis tous les deux mois (shampoing, graisse, friandises) pour 29 €. Avantage : revenu régulier. Inconvénient : beaucoup de travail de préparation pour Ludivine, faible marge, et chaque cheval a des besoins différents.",
     "Reprise de bombe\n30 € de remise sur une bombe neuve à plus de 150 € contre l'ancienne bombe rapportée. Avantage : on parle sécurité, pas promotion. Inconvénient : coût de 30 € par bombe et les bombes reprises doivent être détruites."],
], [8.0, 8.0], header=False, bold_first_line=True)
para("Nous avons choisi la remise club et la reprise de bombe. La remise club, parce que notre clientèle passe par les clubs : le moniteur conseille les parents et parle de nous aux nouveaux cavaliers chaque septembre. Les 12 clubs de la campagne ont tous accepté d'avoir un code. La reprise de bombe, parce qu'une bombe doit être changée après une chute, même si elle n'a pas l'air abîmée : la coque et la mousse ont pu absorber le choc et ne protègent plus. En reprenant l'ancienne bombe (détruite, jamais revendue), nous donnons une raison de revenir chez nous plutôt que chez Équi-Discount. La carte à points a été écartée parce qu'elle ne fonctionne pas entre le magasin et le site, et l'abonnement parce qu'il demanderait trop de travail pour une équipe de 8.")

# ================================================================== B
t1("B. Produire les contenus")
t2("B.1 Qui filme et qui photographie ?")
para("Pour les vidéos de la campagne et les photos des tapis, nous avions deux solutions : les faire nous-mêmes, avec Hugo qui filme sur son iPhone et moi pour les photos, ou faire appel à « Crin d'Image », une vidéaste équestre de Vierzon qui nous a envoyé un devis à 900 € la journée de tournage. Nous avons choisi de tout faire en interne avec Hugo, parce que 900 € la journée représentait un coût trop important pour nous.")

t2("B.2 Ma méthode pour les fiches tapis")
para("Nos anciennes fiches tapis tenaient en deux lignes : « Tapis Sologne, coton, coloris marine ». Impossible de savoir quelle taille prendre pour un double-poney, ni comment le laver. J'ai donc construit une méthode que j'applique à chaque fiche.")
para("D'abord, le titre suit toujours la même formule : [type] [usage] [couleur] [taille]. Par exemple « Tapis de selle mixte bleu marine — taille full » ou « Tapis poney dressage bordeaux — taille poney ». L'usage compte : un tapis de dressage est plus long et droit qu'un tapis mixte, et c'est comme ça que les cavaliers cherchent.")
para("Ensuite, je choisis pour chaque fiche une expression principale, celle que les cavaliers tapent vraiment dans Google. J'ai regardé les suggestions de Google et la façon dont les clients demandent en magasin. Pour les tapis, les deux expressions qui reviennent le plus sont « tapis de selle mixte bleu marine » (le coloris le plus vendu, et la couleur la plus demandée en concours) et « tapis poney dressage ». Cette expression est placée à cinq endroits :")
lst([
    "dans le titre de la page (la balise title, ce qui s'affiche dans Google) ;",
    "dans le H1, c'est-à-dire le nom du produit affiché en haut de la fiche ;",
    "dans l'URL, sans accents et avec des tirets ;",
    "dans la meta description, le petit texte sous le lien dans Google ;",
    "dans la première phrase du texte de présentation.",
])
para("Enfin, chaque fiche tapis doit contenir dix éléments, toujours dans le même ordre :")
lst([
    "Le titre selon la formule [type] [usage] [couleur] [taille]",
    "Une accroche de deux ou trois phrases contenant l'expression principale",
    "Les matières : dessus coton piqué, mousse de 1,5 cm, doublure en maille respirante, passants de sangle",
    "La coupe : forme mixte, dressage ou saut, et le dégagement au garrot",
    "Le guide des tailles poney / cob / full avec les mesures en centimètres",
    "Le nuancier des 14 coloris avec des photos calibrées",
    "L'entretien : lavage en machine à 30 °C, sans adoucissant, séchage à plat",
    "Une FAQ de trois questions (taille pour un double-poney, tenue en concours, assortiment bonnet)",
    "Les avis clients Avis Garantis",
    "La disponibilité en magasin et au camion-boutique",
], break_after=6)
para("J'ai réécrit avec cette méthode les 14 fiches des tapis mixtes et dressage de la gamme Sologne entre septembre et novembre 2025.")

t2("B.3 Exemple : le tapis mixte bleu marine")
para("Voici la fiche réécrite du tapis le plus vendu, telle qu'elle est en ligne depuis le 22 septembre 2025 :")
table([
    ["Élément", "Contenu"],
    ["Expression principale", "tapis de selle mixte bleu marine (secondaire : tapis mixte marine cheval)"],
    ["Title", "Tapis de selle mixte bleu marine Sologne — full | Sellerie Sologne"],
    ["H1", "Tapis de selle mixte bleu marine — taille full"],
    ["URL", "/tapis/tapis-de-selle-mixte-bleu-marine-full"],
    ["Meta description", "Tapis de selle mixte bleu marine de notre marque Sologne : coton piqué, mousse 1,5 cm, dégagement au garrot. Tailles poney, cob, full. Retrait en boutique à Lamotte-Beuvron."],
    ["Premier paragraphe", "Notre tapis de selle mixte bleu marine est le préféré des cavaliers de CSO comme de ceux qui montent tous les jours au club. Sa forme mixte s'adapte aux selles de saut et aux selles mixtes, et son dégagement au garrot évite les frottements même après une longue séance."],
    ["Matières", "Dessus coton piqué losange, mousse 1,5 cm, doublure maille 3D, passants de sangle et d'étrivières, liseré blanc"],
    ["Entretien", "Machine 30 °C, sans adoucissant (il durcit la mousse), séchage à plat, ne pas mettre au sèche-linge"],
    ["Guide des tailles", "Poney (A à C) : 52 × 42 cm — Cob (D, double-poney) : 56 × 46 cm — Full (cheval) : 60 × 50 cm"],
    ["FAQ", "« Quelle taille pour un double-poney ? » « Le bleu marine est-il accepté en concours de dressage ? » « Le bonnet assorti est-il disponible ? »"],
    ["Prix", "49 € (poney 45 €), livraison gratuite dès 69 € ou retrait gratuit"],
], [3.6, 12.4])
para("Pour la décision d'achat, je pense que cinq éléments comptent vraiment. Le guide des tailles, d'abord : c'était la première cause de retour. Le nuancier avec les vraies couleurs, ensuite, parce que les cavaliers veulent assortir tapis, bonnet et guêtres, et qu'un « bleu marine » qui arrive presque noir déçoit. Les avis clients viennent rassurer ceux qui ne connaissent pas la marque Sologne, qu'on ne trouve que chez nous. Le stock en magasin sert aux clients de la région qui veulent voir la couleur en vrai. Et la possibilité de retirer le tapis au camion pendant les concours est un argument que n'ont ni Équi-Discount ni Cavalia Shop.")
cap("Photo 2 : fiche tapis mixte bleu marine, version mobile, avec le nuancier des 14 coloris")

t2("B.4 Les photos : retouche et adaptation au web")
para("Le plus gros problème de nos photos de tapis était la couleur : le bordeaux sortait rouge vif et le bleu marine presque noir, d'où des retours « la couleur n'est pas celle de la photo ». J'ai refait les photos des 14 coloris dans la réserve, avec deux lampes LED lumière du jour et un fond blanc, puis je les ai retouchées avec Affinity Photo.")
para("Ma méthode de retouche, identique pour les 14 coloris :")
lst([
    "Calibrage : sur la première photo de chaque série, je place une carte grise neutre à côté du tapis. Dans Affinity Photo, j'ajoute un réglage « Balance des blancs » et je clique avec la pipette sur la carte grise. J'enregistre ce réglage et je l'applique à toutes les photos de la série, pour que toutes les couleurs soient fidèles au tapis réel.",
    "Détourage : je sélectionne le tapis avec l'outil « Pinceau de sélection », puis « Affiner » pour garder le relief du coton piqué et le liseré, et je place le tapis sur un fond blanc pur.",
    "Ombre : j'ajoute un effet « Ombre portée » très léger (opacité 25 %, flou 18 px) pour que le tapis ne paraisse pas collé sur la page.",
    "Contrôle : je compare à l'écran la photo retouchée et le vrai tapis posé à côté, à la lumière du jour.",
])
cap("Photo 3 : tapis bleu marine avant / après calibrage")
cap("Photo 4 : détourage du tapis bordeaux, avec et sans ombre portée")
para("Pour que les images et vidéos soient adaptées à une consultation en ligne, surtout sur téléphone (68 % de nos visites), j'ai fixé ces réglages d'export :")
table([
    ["Support", "Format", "Dimensions", "Poids maximum"],
    ["Photos des fiches produits", "WebP (export Affinity Photo)", "1 500 px de large, le zoom WiziShop reste net", "< 250 Ko"],
    ["Vignettes de la catégorie « Tapis »", "WebP", "600 × 600 px", "< 60 Ko"],
    ["Bannière du slider d'accueil", "WebP", "1 920 × 700 px", "< 250 Ko"],
    ["Reels Instagram et TikTok", "Vidéo verticale MP4", "9:16 (1 080 × 1 920), filmée à la verticale par Hugo", "moins de 60 s"],
], [4.4, 3.6, 5.4, 2.6])
para("Chaque image a un texte alternatif qui décrit ce qu'on voit, par exemple « tapis de selle mixte bleu marine Sologne, vue de profil avec liseré blanc ». Pour le montage, j'ai installé iMovie sur le Mac du magasin, mais je n'ai pas encore réalisé de vidéo montée.")
cap("Photo 5 : les 14 coloris calibrés, export WebP 1 500 px")

t2("B.5 Le parcours d'achat sur le site")
para("Je n'ai pas eu accès aux statistiques de parcours de WiziShop.")

t2("B.6 Les nouvelles fiches sont-elles plus lues ?")
para("Pour savoir si les nouvelles fiches intéressent davantage les visiteurs, j'ai relevé dans les statistiques le temps moyen passé sur six fiches tapis, sur les quatre semaines avant leur réécriture et sur les quatre semaines après :")
table([
    ["Fiche tapis", "Temps moyen avant", "Temps moyen après"],
    ["Tapis de selle mixte bleu marine", "0:38", "1:06"],
    ["Tapis poney dressage bordeaux", "0:31", "0:55"],
    ["Tapis mixte vert sapin", "0:35", "0:57"],
    ["Tapis dressage noir", "0:33", "0:59"],
    ["Tapis poney mixte rose poudré", "0:29", "0:51"],
    ["Tapis mixte bleu ciel", "0:36", "1:00"],
    ["Moyenne des 6 fiches", "0:34", "0:58"],
], [7.6, 4.0, 4.0])
para("Le temps moyen passe de 34 à 58 secondes, soit presque le double : les visiteurs lisent le guide des tailles et regardent le nuancier au lieu de repartir tout de suite.")

# ================================================================== conclusion
t1("Conclusion")
para("La campagne des championnats a montré que la marque Sologne pouvait se vendre en ligne, à condition de parler aux cavaliers là où ils sont : sur Instagram, dans leur club et au bord de la carrière.")
para("Il me reste du travail. Le blog WiziShop existe mais n'a jamais servi. J'aimerais aussi mieux suivre les résultats de nos relais et garder des exemples de conversations du chat. Pour 2026, Camille souhaite refaire la campagne de juillet avec les bonnets et guêtres assortis.")

doc.save(FILE)

# re-pack avec horodatage fixe (déterminisme)
with zipfile.ZipFile(FILE) as z:
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(FILE, "w") as z:
    for name, data in items:
        zi = zipfile.ZipInfo(name, date_time=(2026, 3, 14, 16, 45, 0))
        zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
print("ok", FILE)
