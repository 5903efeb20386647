# Générateur du dossier de la candidate c122 (Au Panier de Léon, primeur de quartier qui livre en triporteur électrique,
# rue de la Roquette, Paris 11e) — blocs 1 et 2. Un seul ODT « écrit dans LibreOffice Writer » d'une douzaine de pages :
# couverture avec emplacement photo entre crochets, pas de sommaire, Titre 1 numérotés 1 à 4, Titre 2 « 2.1 »…, quelques
# sous-parties en simples lignes grasses, 14 VRAIES notes de bas de page (text:note), quatre petits tableaux, deux
# conversations WhatsApp en italique, un graphique collé comme IMAGE PNG (barres dessinées avec leurs valeurs, Pillow)
# légendé dessous, pied de page centré avec le numéro de page, pas d'en-tête.
# Déterministe : métadonnées figées, nom d'image fixe, PNG sans horodatage, zip reconditionné à date fixe.
import io, os, zipfile
from PIL import Image as PILImage, ImageDraw, ImageFont
from odf.opendocument import OpenDocumentText, IS_IMAGE
from odf.style import (FontFace, Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties, PageLayout, PageLayoutProperties, FooterStyle, HeaderFooterProperties, MasterPage,
                       Footer, ListLevelProperties, GraphicProperties)
from odf.text import (P, H, Span, PageNumber, List, ListItem, ListStyle, ListLevelStyleBullet, ListLevelStyleNumber,
                      Note, NoteCitation, NoteBody, NotesConfiguration, LineBreak)
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.draw import Frame, Image
from odf.meta import InitialCreator, CreationDate, Generator, EditingCycles
from odf.dc import Creator, Date, Title

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c122-primeur-livraison-paris")
os.makedirs(OUT, exist_ok=True)
FILE = os.path.join(OUT, "panier-de-leon-dossier-blocs-1-2-Benali.odt")
AUTHOR = "Inès Benali"
STAMP = "2026-03-29T23:41:00"
ZIPSTAMP = (2026, 3, 29, 23, 41, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ------------------------------------------------------------------ le graphique (image PNG, pas un graphique natif)
WEEKS = list(range(36, 48))
ORDERS = [34, 37, 36, 39, 40, 44, 49, 52, 47, 53, 56, 57]


def chart_png():
    W, H_ = 1500, 820
    img = PILImage.new("RGB", (W, H_), "white")
    d = ImageDraw.Draw(img)
    f_t = ImageFont.truetype(FONT_B, 34)
    f = ImageFont.truetype(FONT, 24)
    f_v = ImageFont.truetype(FONT_B, 24)
    f_s = ImageFont.truetype(FONT, 21)
    d.text((W // 2, 40), "Commandes livrées par semaine", font=f_t, fill="#2F4F2F", anchor="mm")
    x0, x1, y0, y1 = 120, W - 50, 110, H_ - 110   # zone de tracé
    vmax = 70
    # quadrillage et graduations
    for v in range(0, vmax + 1, 10):
        y = y1 - (y1 - y0) * v / vmax
        d.line([(x0, y), (x1, y)], fill="#DDDDDD", width=2)
        d.text((x0 - 15, y), str(v), font=f, fill="#444444", anchor="rm")
    d.line([(x0, y0), (x0, y1)], fill="#444444", width=3)
    d.line([(x0, y1), (x1, y1)], fill="#444444", width=3)
    n = len(WEEKS)
    slot = (x1 - x0) / n
    bw = slot * 0.62
    for i, (wk, v) in enumerate(zip(WEEKS, ORDERS)):
        cx = x0 + slot * (i + 0.5)
        top = y1 - (y1 - y0) * v / vmax
        color = "#E07B39" if wk >= 41 else "#7FA66A"
        d.rectangle([cx - bw / 2, top, cx + bw / 2, y1], fill=color, outline="#333333", width=1)
        d.text((cx, top + 22), str(v), font=f_v, fill="white", anchor="mm")
        d.text((cx, y1 + 28), "S%d" % wk, font=f, fill="#333333", anchor="mm")
    # repère du début des flyers
    xf = x0 + slot * 5 - 2
    for yy in range(int(y0), int(y1), 18):
        d.line([(xf, yy), (xf, yy + 9)], fill="#B03A2E", width=3)
    d.text((xf + 10, y0 + 6), "début des flyers", font=f_s, fill="#B03A2E", anchor="la")
    d.text((W // 2, H_ - 35), "semaines 2025", font=f_s, fill="#555555", anchor="mm")
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


# ------------------------------------------------------------------ document et styles
doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="Liberation Serif", fontfamily="'Liberation Serif'", fontfamilygeneric="roman", fontpitch="variable"))
doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'", fontfamilygeneric="swiss", fontpitch="variable"))
doc.meta.addElement(Title(text="Au Panier de Léon - dossier blocs 1 et 2"))
doc.meta.addElement(Creator(text=AUTHOR))
doc.meta.addElement(InitialCreator(text=AUTHOR))
doc.meta.addElement(CreationDate(text="2026-02-08T15:02:00"))
doc.meta.addElement(Date(text=STAMP))
doc.meta.addElement(EditingCycles(text="37"))

st_std = Style(name="Standard", family="paragraph")
st_std.addElement(TextProperties(fontname="Liberation Serif", fontsize="12pt", language="fr", country="FR"))
doc.styles.addElement(st_std)
st_heading = Style(name="Heading", family="paragraph", parentstylename="Standard", nextstylename="Text_20_body")
st_heading.addElement(ParagraphProperties(margintop="0.42cm", marginbottom="0.21cm", keepwithnext="always"))
st_heading.addElement(TextProperties(fontname="Liberation Sans", fontsize="14pt"))
doc.styles.addElement(st_heading)
st_body = Style(name="Text_20_body", displayname="Text body", family="paragraph", parentstylename="Standard")
st_body.addElement(ParagraphProperties(margintop="0cm", marginbottom="0.25cm", lineheight="125%"))
doc.styles.addElement(st_body)
H1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph", parentstylename="Heading",
           nextstylename="Text_20_body", defaultoutlinelevel="1")
H1.addElement(ParagraphProperties(margintop="0.6cm", marginbottom="0.3cm"))
H1.addElement(TextProperties(fontsize="17pt", fontweight="bold"))
doc.styles.addElement(H1)
H2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph", parentstylename="Heading",
           nextstylename="Text_20_body", defaultoutlinelevel="2")
H2.addElement(ParagraphProperties(margintop="0.45cm", marginbottom="0.2cm"))
H2.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
doc.styles.addElement(H2)
st_fn = Style(name="Footnote", family="paragraph", parentstylename="Standard")
st_fn.addElement(ParagraphProperties(marginleft="0.6cm", textindent="-0.6cm"))
st_fn.addElement(TextProperties(fontsize="10pt"))
doc.styles.addElement(st_fn)
st_fnanchor = Style(name="Footnote_20_anchor", displayname="Footnote anchor", family="text")
st_fnanchor.addElement(TextProperties(textposition="super 58%"))
doc.styles.addElement(st_fnanchor)
st_fnsym = Style(name="Footnote_20_Symbol", displayname="Footnote Symbol", family="text")
doc.styles.addElement(st_fnsym)
st_cap = Style(name="Figure", family="paragraph", parentstylename="Standard")
st_cap.addElement(ParagraphProperties(textalign="center", margintop="0.15cm", marginbottom="0.35cm"))
st_cap.addElement(TextProperties(fontsize="10.5pt", fontstyle="italic"))
doc.styles.addElement(st_cap)
doc.styles.addElement(NotesConfiguration(noteclass="footnote", citationstylename="Footnote_20_Symbol",
                                         citationbodystylename="Footnote_20_anchor", defaultstylename="Footnote",
                                         numformat="1", startvalue="0",
                                         footnotesposition="page", startnumberingat="document"))

# mise en page : couverture sans pied, puis pied de page centré avec le numéro
pl = PageLayout(name="PL1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
                                   margintop="2cm", marginbottom="1.5cm", marginleft="2cm", marginright="2cm"))
fs = FooterStyle()
fs.addElement(HeaderFooterProperties(minheight="0cm", margintop="0.5cm"))
pl.addElement(fs)
doc.automaticstyles.addElement(pl)
pl0 = PageLayout(name="PL0")
pl0.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
                                    margintop="2cm", marginbottom="2cm", marginleft="2cm", marginright="2cm"))
doc.automaticstyles.addElement(pl0)


def astyle(name, parent="Text_20_body", pp=None, **tp):
    master = tp.pop("master", None)
    kw = {"masterpagename": master} if master else {}
    s = Style(name=name, family="paragraph", parentstylename=parent, **kw)
    if pp:
        s.addElement(ParagraphProperties(**pp))
    if tp:
        s.addElement(TextProperties(**tp))
    doc.automaticstyles.addElement(s)
    return s


S_FOOT = astyle("FootP", parent="Standard", pp={"textalign": "center"}, fontsize="10pt")
mp0 = MasterPage(name="First_20_Page", displayname="First Page", pagelayoutname=pl0, nextstylename="Standard")
doc.masterstyles.addElement(mp0)
mp = MasterPage(name="Standard", pagelayoutname=pl)
f = Footer()
fp = P(stylename=S_FOOT)
fp.addElement(PageNumber(selectpage="current", text="2"))
f.addElement(fp)
mp.addElement(f)
doc.masterstyles.addElement(mp)

S_COVER0 = astyle("Cover0", master="First_20_Page", pp={"textalign": "center", "margintop": "3cm"}, fontsize="13pt")
S_COVER = astyle("Cover", pp={"textalign": "center", "margintop": "1cm", "marginbottom": "0.4cm"}, fontsize="30pt", fontweight="bold", color="#2F4F2F")
S_CENTER = astyle("Center", pp={"textalign": "center", "marginbottom": "0.3cm"}, fontsize="14pt")
S_PHOTO = astyle("Photo", pp={"textalign": "center", "margintop": "2.5cm", "marginbottom": "2.5cm"}, fontsize="12pt", color="#777777")
S_H1BREAK = astyle("P_H1", parent="Heading_20_1", pp={"breakbefore": "page"})
S_BOLD = astyle("LigneGras", pp={"margintop": "0.25cm", "marginbottom": "0.15cm", "keepwithnext": "always"}, fontweight="bold")
S_CHAT = astyle("Chat", pp={"marginleft": "1cm", "marginbottom": "0.08cm"}, fontstyle="italic")
S_CHATH = astyle("ChatTitre", pp={"margintop": "0.3cm", "marginbottom": "0.12cm", "keepwithnext": "always"}, fontweight="bold", fontstyle="italic")
S_CELL = astyle("Cell", parent="Standard", fontsize="11pt")
S_CELLH = astyle("CellHead", parent="Standard", fontsize="11pt", fontweight="bold")
S_PLACE = astyle("Placeholder", pp={"textalign": "center", "margintop": "0.3cm", "marginbottom": "0.3cm"}, color="#777777")
S_IMGP = astyle("ImageP", parent="Standard", pp={"textalign": "center", "margintop": "0.2cm", "keepwithnext": "always"})
T_BOLD = Style(name="T1", family="text")
T_BOLD.addElement(TextProperties(fontweight="bold"))
doc.automaticstyles.addElement(T_BOLD)
T_IT = Style(name="T2", family="text")
T_IT.addElement(TextProperties(fontstyle="italic"))
doc.automaticstyles.addElement(T_IT)
cs = Style(name="CellBox", family="table-cell")
cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
doc.automaticstyles.addElement(cs)
csh = Style(name="CellBoxHead", family="table-cell")
csh.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm", backgroundcolor="#E2EFD9"))
doc.automaticstyles.addElement(csh)
LBUL = ListStyle(name="L1")
lb = ListLevelStyleBullet(level=1, bulletchar="•")
lb.addElement(ListLevelProperties(spacebefore="0.6cm", minlabelwidth="0.5cm"))
LBUL.addElement(lb)
doc.automaticstyles.addElement(LBUL)
fr_style = Style(name="fr1", family="graphic")
fr_style.addElement(GraphicProperties(wrap="none", horizontalpos="center", horizontalrel="paragraph", verticalpos="top", verticalrel="paragraph"))
doc.automaticstyles.addElement(fr_style)

body = doc.text
NOTES = []


def rich(p, text):
    """**gras**, //italique//, {{note de bas de page}}"""
    import re
    for part in re.split(r"(\*\*.*?\*\*|//.*?//|\{\{.*?\}\})", text):
        if not part:
            continue
        if part.startswith("{{"):
            NOTES.append(part[2:-2])
            n = len(NOTES)
            note = Note(id="ftn%d" % n, noteclass="footnote")
            note.addElement(NoteCitation(text=str(n)))
            nb = NoteBody()
            nb.addElement(P(stylename=st_fn, text=part[2:-2]))
            note.addElement(nb)
            p.addElement(note)
        elif part.startswith("**"):
            p.addElement(Span(stylename=T_BOLD, text=part[2:-2]))
        elif part.startswith("//"):
            p.addElement(Span(stylename=T_IT, text=part[2:-2]))
        else:
            p.addElement(Span(text=part))
    return p


def para(t, st=st_body):
    body.addElement(rich(P(stylename=st), t))


def h2(t):
    body.addElement(H(outlinelevel=2, stylename=H2, text=t))


def bold(t):
    body.addElement(P(stylename=S_BOLD, text=t))


def lst(items):
    l = List(stylename=LBUL)
    for i in items:
        li = ListItem()
        li.addElement(rich(P(stylename=st_body), i))
        l.addElement(li)
    body.addElement(l)


_tn = [0]


def table(rows, widths, header=True, bold_rows=()):
    _tn[0] += 1
    name = "Tableau%d" % _tn[0]
    tst = Style(name=name, family="table")
    tst.addElement(TableProperties(width="%.2fcm" % sum(widths), align="center", marginbottom="0.3cm"))
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
            head = (header and i == 0) or i in bold_rows
            tc = TableCell(stylename=csh if head else cs, valuetype="string")
            for line in str(v).split("\n"):
                tc.addElement(rich(P(stylename=S_CELLH if head else S_CELL), line))
            tr.addElement(tc)
        tb.addElement(tr)
    body.addElement(tb)


def chat(title, lines, outcome):
    body.addElement(P(stylename=S_CHATH, text=title))
    for who, msg in lines:
        p = P(stylename=S_CHAT)
        p.addElement(Span(stylename=T_BOLD, text=who + " : "))
        p.addElement(Span(text=msg))
        body.addElement(p)
    para(outcome)


# ================================================================== couverture
para("Titre Chef de projet e-commerce — session 2026", S_COVER0)
para("Au Panier de Léon", S_COVER)
para("Primeur de quartier, livraison en triporteur — rue de la Roquette, Paris 11e", S_CENTER)
para("Dossier blocs 1 et 2 — Inès Benali — 2026", S_CENTER)
para("[photo : la devanture et le triporteur]", S_PHOTO)
para("Bachelor 1re année en alternance — Sup'Numérique Paris-Est", S_CENTER)
para("Tuteur : Karim Benali, gérant", S_CENTER)

# ================================================================== 1
h = H(outlinelevel=1, stylename=astyle("H1First", parent="Heading_20_1", master="Standard", pp={"breakbefore": "page"}),
      text="1. Le magasin et ses clients")
body.addElement(h)
h2("1.1 Le magasin")
para("Au Panier de Léon, c'est le primeur de mon père, Karim Benali. Léon, c'était son père à lui, mon grand-père, qui vendait des "
     "fruits sur les marchés à Belleville. Papa a ouvert la boutique en 2012 rue de la Roquette, dans le 11e. Avant, il a été porteur "
     "au marché de Rungis pendant dix ans. Il connaît le carreau{{Le carreau, c'est la partie du marché de Rungis où les producteurs "
     "vendent eux-mêmes leur marchandise, à côté des grossistes.}} par cœur, et c'est pour ça que les gens viennent chez nous : il "
     "sait choisir.")
para("On est cinq. Mon père est le gérant, et c'est aussi mon tuteur. Ma mère, Sonia Benali, fait la comptabilité et les "
     "factures. Mamadou Diallo et Lucie Ferrand sont vendeurs en boutique. Théo Marchal fait les livraisons avec le triporteur "
     "électrique. Moi, je suis en alternance depuis septembre 2025, en Bachelor 1re année à Sup'Numérique Paris-Est. Je m'occupe "
     "du site, d'Instagram et du WhatsApp de la boutique, et je donne un coup de main au magasin le samedi.")
para("En 2025, on a fait 618 000 € de chiffre d'affaires HT. Les commandes livrées, c'est 71 000 €, donc 11,5 %{{Source : caisse "
     "SumUp, export du 6 janvier 2026.}}. Tout le reste, c'est la boutique. Jusqu'en mars 2025, les commandes à livrer arrivaient par "
     "téléphone et par WhatsApp, et ma mère les recopiait sur un cahier. Depuis mars, on a une boutique en ligne SumUp, et "
     "franchement ça a tout changé pour elle. Pour les années qui viennent, papa a un projet : développer les cagettes pour les "
     "bureaux. Elles partent le lundi, un jour calme en boutique, et un bureau qui aime nos fruits commande toute l'année.")
para("La boutique ouvre de 8 h 30 à 20 h, du mardi au dimanche midi. Le matin, c'est l'arrivage : papa revient de Rungis, on "
     "ouvre les colis, on trie, on met en place l'étal sur le trottoir. Les habitués passent avant le travail ou en rentrant de "
     "l'école. Beaucoup nous connaissent depuis l'ouverture, et certains ont vu grandir ma petite sœur et moi derrière la caisse.")
para("La livraison, au début, c'était un dépannage. Pendant le confinement de 2020, papa livrait les personnes âgées du quartier "
     "avec un diable et des cabas. Les gens ont continué à demander après, alors en 2021 il a acheté un triporteur électrique "
     "d'occasion et il a embauché Théo. Aujourd'hui, le triporteur vert avec notre nom dessus, tout le monde le connaît dans le "
     "quartier. Les enfants lui font coucou quand il passe.")
para("Théo fait deux tournées par jour, une de 11 h à 13 h et une de 18 h à 20 h 30. La livraison coûte 4,90 €, et elle est "
     "gratuite à partir de 35 €. Ce qu'on livre le plus : la **Cagette de saison 5 kg** à 24 €, la **Cagette bureau 3 kg** à "
     "19,90 €, les **Tomates anciennes** à 6,80 € le kilo, les **Pommes Chantecler du Vexin** à 3,90 € le kilo et la **Cagette "
     "jus d'orange 4 kg** à 12 €. On livre dans quatre arrondissements :")
table([
    ["Arrondissement", "Quartiers", "Tournées", "Part des livraisons"],
    ["11e", "Roquette, Bastille, Voltaire, Oberkampf", "midi et soir", "62 %"],
    ["12e", "Aligre, Ledru-Rollin", "midi et soir", "17 %"],
    ["20e", "Charonne, Père-Lachaise", "soir", "12 %"],
    ["3e", "Haut-Marais, Temple", "soir", "9 %"],
], [3.2, 6.6, 3.2, 3.6])

h2("1.2 Nos habitués")
para("Pour savoir qui commande et pourquoi, j'ai posé en octobre des petites fiches à côté de la caisse, avec quatre questions : "
     "qui êtes-vous, pourquoi vous vous faites livrer, qu'est-ce qui vous embête, qu'est-ce qu'on pourrait faire mieux. J'ai eu "
     "38 réponses{{38 fiches rendues sur 60 posées à la caisse, du 6 au 25 octobre 2025. Lucie et Mamadou les donnaient avec le ticket.}}. "
     "Avec ce que racontent Théo et mon père, on voit deux sortes d'habitués. J'ai aussi relu les commandes SumUp depuis mars pour voir "
     "qui commande quoi et à quelle tournée.")
bold("Les familles du quartier")
para("Ce sont des parents avec des enfants, souvent dans des vieux immeubles sans ascenseur. Ce qui les fait commander : ils "
     "n'ont pas envie de monter 8 kg de fruits et légumes au cinquième étage avec la poussette. Et ils font confiance à mon père "
     "pour choisir. Une dame a écrit sur sa fiche : « Karim choisit mieux que moi ». Ils prennent surtout la Cagette de saison, et "
     "ils ajoutent deux ou trois choses en plus, les tomates, des clémentines pour les enfants. Ce qui les retient : le prix d'abord, parce "
     "qu'on est plus cher que le marché. Et il faut être chez soi pendant la tournée. Le soir à 18 h, beaucoup ne sont pas encore "
     "rentrés du travail.")
bold("Les bureaux")
para("Ce sont des agences, des cabinets d'architectes, des petites start-up du quartier. Ils commandent des fruits pour "
     "l'équipe, surtout le lundi, pour la corbeille de la semaine. En général c'est l'office manager ou la personne de "
     "l'accueil qui s'en occupe. Ce qui les fait commander : c'est simple, c'est livré, et c'est "
     "meilleur que les fruits du supermarché. Ce qui les retient : la facture. Ils veulent une vraie facture au nom de la société, "
     "avec la TVA, et au début on ne savait pas la faire depuis SumUp. Ma mère les tapait à la main. Les bureaux, c'est à peu près "
     "un quart des commandes livrées{{Mon père n'est pas d'accord avec ce chiffre. Pour lui, c'est plutôt un tiers, mais il compte "
     "aussi les commandes des gérants pour chez eux.}}.")

h2("1.3 Comment ils passent commande")
para("Pour les familles, ça se passe presque toujours pareil :")
lst(["le frigo est vide, ou il manque des fruits pour les goûters de la semaine ;",
     "le parent pense à nous, souvent parce qu'il a vu le message de l'arrivage sur WhatsApp ;",
     "il regarde les prix sur le site, ou il demande sur WhatsApp ce qui est bon en ce moment ;",
     "il commande sur le site ou par WhatsApp, et il choisit la tournée du midi ou du soir ;",
     "Théo sonne."])

h2("1.4 Le tour des étals")
para("Un samedi de novembre, je suis allée voir les prix chez les autres{{Relevé de prix au marché d'Aligre, samedi 15 novembre, "
     "et le même jour sur le site du Potager Voltaire et sur l'application Cueilli Express.}}. J'ai pris quatre produits qu'on vend "
     "beaucoup. Les prix sont au kilo.")
table([
    ["Produit (prix au kg)", "Au Panier de Léon", "Le Potager Voltaire", "Cueilli Express", "Étals d'Aligre"],
    ["Tomates anciennes", "6,80 €", "7,20 €", "7,99 €", "4,50 €"],
    ["Pommes Chantecler", "3,90 €", "3,60 €", "4,49 €", "2,80 €"],
    ["Clémentines de Corse", "4,20 €", "4,50 €", "4,99 €", "3,00 €"],
    ["Poireaux", "2,90 €", "3,20 €", "3,49 €", "2,00 €"],
], [4.2, 3.2, 3.4, 3.0, 3.0])

h2("1.5 Le tableau plus / moins")
para("J'ai fait ce tableau avec mon père, un soir après la fermeture, sur le comptoir.")
table([
    ["Forces", "Faiblesses"],
    ["Papa connaît Rungis et choisit tout lui-même\nDes habitués fidèles depuis 2012\nLe triporteur, tout le quartier le connaît\n"
     "Le groupe WhatsApp de 140 habitués",
     "Plus cher que le marché\nUn seul livreur\nPas de livraison le dimanche ni après 20 h 30\nLe site SumUp est assez simple"],
    ["Opportunités", "Menaces"],
    ["Beaucoup de bureaux et de coworkings vers Oberkampf\nLes gens veulent manger local et de saison\n"
     "Beaucoup de familles du quartier n'ont pas de voiture", ""],
], [8.3, 8.3], bold_rows=(2,))

# ================================================================== 2
body.addElement(H(outlinelevel=1, stylename=S_H1BREAK, text="2. Notre stratégie"))
para("Avant mon alternance, il n'y avait pas vraiment de stratégie pour la livraison. Papa disait : « Si les gens veulent, on "
     "livre. » Dans cette partie, j'explique ce qu'on a décidé ensemble pour la suite, avec qui on travaille et ce que ça coûte.")
h2("2.1 Ce qu'on vise")
para("Avec papa, on s'est fixé deux choses :")
lst(["**60 commandes livrées par semaine** ;",
     "**15 bureaux abonnés**, c'est-à-dire des bureaux qui reçoivent leur cagette chaque semaine sans avoir besoin de recommander."])
para("Aujourd'hui, on a quatre bureaux abonnés. Les autres commandent quand ils y pensent.")

h2("2.2 Les coups de pouce")
para("Pour y arriver, j'ai pensé à trois coups de pouce :")
lst(["Instagram, avec plus de publications sur les arrivages et sur la tournée, parce que c'est là que les jeunes du quartier "
     "nous suivent ;",
     "des flyers, glissés dans chaque cagette et dans les boîtes aux lettres, pour les gens qui ne sont pas sur les réseaux ;",
     "la fiche Google de la boutique, avec des photos et les horaires des tournées, parce que beaucoup de gens tapent "
     "« primeur Roquette » sur leur téléphone avant de venir."])
para("L'ordre, on verra avec papa.")

h2("2.3 Nos partenaires")
para("Nos partenaires, ce sont d'abord ceux qui nous fournissent. Sans eux, pas de cagettes.")
bold("Les grossistes de Rungis")
para("Papa va à Rungis trois fois par semaine, le lundi, le mercredi et le vendredi. Il part à 3 h du matin avec la camionnette. "
     "Il achète surtout chez deux grossistes du pavillon des fruits et légumes, qu'il connaît depuis qu'il était porteur : l'un pour "
     "les agrumes et les fruits exotiques, l'autre pour les légumes de saison et les salades. Avant de partir, il regarde la "
     "mercuriale{{La mercuriale est la liste des prix du jour à Rungis. Papa la consulte sur son téléphone dans la camionnette.}}, "
     "et il ajuste ce qu'il prend selon les prix. Il est de retour vers 7 h, et on met en place avant l'ouverture de 8 h 30.")
bold("Les producteurs du Vexin")
para("On travaille aussi avec deux producteurs du Vexin, dans le Val-d'Oise. Les Vergers de la Viosne nous vendent les pommes "
     "Chantecler, les poires et le jus de pomme, de septembre à avril. La ferme maraîchère Dufresne, à Marines, nous fournit les "
     "salades, les poireaux, les courges et les fraises au printemps. Papa va chercher la marchandise lui-même le jeudi après-midi. "
     "C'est plus de route, mais les clients adorent qu'on puisse leur dire d'où vient chaque produit. Le jus de pomme des "
     "Vergers de la Viosne, par exemple, on n'arrive jamais à en garder plus d'une semaine.")

h2("2.4 Le calendrier des saisons")
para("Chez un primeur, c'est la saison qui décide. Voilà les moments que j'ai choisis pour parler de la livraison, et pourquoi.")
lst(["**Septembre** : les bureaux reviennent après l'été. Ils reprennent leurs habitudes, c'est le bon moment pour leur présenter "
     "la Cagette bureau. C'est aussi la rentrée des familles, avec les goûters à prévoir.",
     "**Avril et mai** : les fraises et les asperges arrivent. C'est ce que les clients attendent toute l'année, les photos marchent "
     "très bien sur Instagram, et les gens acceptent de mettre le prix{{La fraise Gariguette arrive début avril, la Mara des bois "
     "en mai. Les asperges vertes viennent du Sud-Ouest, puis du Val-de-Loire.}}.",
     "**Août** : on ne lance rien. Le quartier est vide, les bureaux sont fermés et Théo est en vacances. Papa fait une seule "
     "tournée, le soir.",
     "**Décembre** : le rush de Noël. Clémentines, dattes, litchis, corbeilles garnies pour les bureaux. C'est le mois où on livre "
     "le plus, et tout le monde veut être livré le 23 ou le 24."])

h2("2.5 Les voisins commerçants")
para("Autour de nous, il y a des gens avec qui on aurait intérêt à travailler :")
lst(["les coworkings d'Oberkampf, pleins de jeunes qui travaillent tard et qui n'ont pas le temps de faire les courses ;",
     "le fromager et la boulangerie de la rue, parce que les clients font souvent les trois dans la même matinée, le samedi, "
     "avec le même cabas ;",
     "les gardiens d'immeuble, qui connaissent tout le monde et peuvent garder une cagette ;",
     "l'association des parents de la crèche de la rue, qui cherche des fruits pour les goûters et envoie des messages à 80 familles."])
bold("La Ruche Oberkampf")
para("Le coworking La Ruche Oberkampf a 120 postes, à dix minutes de la boutique en triporteur. Les gens qui y travaillent ont "
     "entre 25 et 35 ans. Ce sont les mêmes jeunes qu'on voit en boutique le samedi matin : ils aiment les bons produits, ils "
     "mangent des fruits au bureau, et la plupart n'ont pas de voiture. L'idée, c'est de livrer une cagette de fruits dans la "
     "cuisine commune le lundi, et de faire une petite réduction aux membres qui commandent pour chez eux.")

h2("2.6 Les flyers d'octobre")
para("En octobre, on a fait imprimer 2 000 flyers « Votre primeur livre chez vous ». Théo en a mis un dans chaque cagette, et Lucie "
     "et moi on en a distribué dans les boîtes aux lettres du 11e, à partir de la semaine 41. Sur le flyer, il y a une photo du "
     "triporteur devant la boutique, les deux tournées, le prix de la livraison, l'adresse du site et un QR code. Au dos, j'ai mis "
     "les quatre arrondissements livrés et les produits de la semaine. Le graphique ci-dessous, je l'ai fait avec les commandes "
     "SumUp, semaine par semaine.")
_img = chart_png()
IMG_NAME = "Pictures/10000001000005DC00000334A1F3C27E.png"
doc.Pictures[IMG_NAME] = (IS_IMAGE, _img, "image/png")
ip = P(stylename=S_IMGP)
fr = Frame(stylename=fr_style, width="15.5cm", height="8.47cm", anchortype="as-char", name="Image1", zindex="0")
fr.addElement(Image(href=IMG_NAME, type="simple", show="embed", actuate="onLoad"))
ip.addElement(fr)
body.addElement(ip)
para("Figure 1 – Commandes livrées par semaine (sept.–nov. 2025)", st_cap)
para("On voit que ça a monté.")

h2("2.7 Le budget")
para("Voilà ce que ça nous coûte :")
table([
    ["Poste", "Coût"],
    ["Flyers (2 000, imprimerie en ligne)", "180 €"],
    ["Stickers du triporteur", "90 €"],
    ["Boost Instagram (une publication, 10 jours)", "50 €"],
    ["Boutique en ligne SumUp", "2,5 % de chaque vente"],
], [10.0, 5.0])
para("Les stickers, ce sont deux grands autocollants de chaque côté du triporteur, avec le nom de la boutique, « On livre le 11e, "
     "le 3e, le 12e et le 20e » et l'adresse du site.")
para("Je n'ai pas encore calculé si la livraison nous rapporte vraiment, papa pense que oui.")

# ================================================================== 3
body.addElement(H(outlinelevel=1, stylename=S_H1BREAK, text="3. Faire connaître la livraison"))
para("Le problème de la livraison, c'est que beaucoup de gens du quartier ne savent pas qu'elle existe. Des clients qui viennent "
     "en boutique depuis des années m'ont dit en octobre : « Ah bon, vous livrez ? ». Du coup, en novembre, j'ai voulu en parler "
     "partout où les gens nous voient.")
h2("3.1 L'opération « La tournée passe chez vous »")
para("En novembre, j'ai lancé une opération que j'ai appelée « La tournée passe chez vous ». Le but, c'est d'avoir plus de monde. "
     "Pendant trois semaines, toute nouvelle personne qui commandait en livraison recevait une botte d'herbes offerte et ne payait "
     "pas la livraison sur sa première commande, même en dessous de 35 €. Lucie a écrit l'offre sur l'ardoise, et Théo a accroché "
     "une petite pancarte sur le triporteur. Pour les nouveaux clients, je mettais un petit mot écrit à la main dans la cagette, "
     "avec le prénom de Théo et le numéro WhatsApp de la boutique. Papa trouvait que c'était trop de travail, mais les gens nous en "
     "ont parlé en boutique. Mamadou, lui, a pris l'habitude de demander à chaque client du samedi : « Vous saviez qu'on livre ? », "
     "et de lui donner un flyer avec sa monnaie.")
bold("Où on parle aux clients")
lst(["les flyers dans chaque cagette ;",
     "l'ardoise devant la boutique, où Lucie écrit à la craie l'arrivage du jour et « On livre ! » ;",
     "Instagram (@aupanierdeleon) ;",
     "le WhatsApp de la boutique, avec le groupe de 140 habitués ;",
     "la fiche Google Business Profile, où les gens voient nos horaires, nos photos et nos avis ;",
     "le sticker sur le triporteur, qui passe dans tout le quartier deux fois par jour."])

h2("3.2 Nos partenaires pour l'opération")
para("Pour l'opération, on a eu deux partenaires :")
lst(["la fromagerie de la rue, qui a posé nos flyers sur son comptoir pendant les trois semaines ;",
     "La Ruche Oberkampf, qui a parlé de l'offre dans sa newsletter aux membres."])

h2("3.3 Le WhatsApp de la boutique")
para("On a un numéro WhatsApp Business{{WhatsApp Business, c'est la version de WhatsApp pour les commerçants : on peut mettre les "
     "horaires, un message d'absence et des réponses rapides.}} pour la boutique. C'est moi qui réponds la plupart du temps, ou Lucie "
     "quand je suis en cours. Il y a aussi le groupe des habitués, où j'envoie l'arrivage du mardi et les bons plans de fin de "
     "semaine, quand il reste des fruits bien mûrs à écouler. Les gens répondent souvent directement pour commander.")
para("Pour aller plus vite, j'ai enregistré des réponses rapides dans WhatsApp Business : « /zones » envoie la liste des rues "
     "livrées, « /tournees » les horaires de Théo, « /site » le lien de la boutique en ligne, et « /facture » explique aux bureaux "
     "comment recevoir leur facture. J'ai aussi mis un message d'absence le dimanche après-midi et le lundi, quand la boutique est "
     "fermée. Quand quelqu'un demande si un produit est beau, j'envoie toujours une photo : c'est ce qui marche le mieux.")
para("Dans le groupe des habitués, il y a une règle que papa a posée dès le début : pas plus d'un message par jour, et jamais "
     "de pub pour autre chose que la boutique. Les gens peuvent quitter le groupe quand ils veulent, mais presque personne ne "
     "part. Quand il y a un problème avec une commande, une cagette oubliée ou un avocat abîmé, je ne réponds jamais dans le "
     "groupe : j'écris à la personne en privé, et Théo repasse le lendemain avec le produit.")
para("Voilà deux conversations que j'ai gardées. J'ai enlevé les noms.")
chat("Conversation 1 — mardi 9 septembre 2025, 10 h 12", [
    ("Client", "Bonjour, vous avez encore des figues ? Elles sont bien mûres ?"),
    ("Moi", "Bonjour ! Oui, arrivage de ce matin, des figues violettes de Solliès. Je vous envoie une photo."),
    ("Moi", "[photo des figues dans la cagette]"),
    ("Client", "Ah oui elles sont belles. Vous pouvez m'en ajouter 500 g dans ma commande de ce midi ?"),
    ("Moi", "C'est fait : 500 g de figues, 4,50 €. Théo passe chez vous entre 11 h et 13 h."),
    ("Client", "Parfait, merci !"),
], "Vendu : la cliente a ajouté les figues. Sa commande est passée de 31 € à 35,50 €, du coup la livraison est devenue gratuite pour elle.")
chat("Conversation 2 — jeudi 16 octobre 2025, 17 h 45", [
    ("Client", "Bonsoir, je peux me faire livrer ce soir vers 22 h ? Je rentre tard du boulot."),
    ("Moi", "Bonsoir, désolée, notre dernière tournée finit à 20 h 30. Je peux vous proposer demain midi, entre 11 h et 13 h ?"),
    ("Client", "Non, je travaille en journée. Tant pis."),
    ("Moi", "Si vous avez un gardien, on peut lui laisser la cagette ?"),
    ("Client", "Non, pas de gardien. Je vais voir ailleurs, merci."),
], "Pas vendu. Il a sûrement commandé sur Cueilli Express, qui livre jusqu'à minuit.")

h2("3.4 Instagram")
para("Le compte Instagram de la boutique{{Abonnés du compte @aupanierdeleon : 310 le 1er septembre 2025, 540 le 5 janvier 2026.}} "
     "existe depuis 2019, mais avant moi, papa postait une photo de temps en temps. Maintenant je poste l'arrivage du mardi : une photo "
     "des cagettes ouvertes, avec les nouveautés de la semaine et les prix. Et quand je fais la tournée avec Théo, je fais des stories : "
     "le triporteur dans la rue de la Roquette, les cagettes devant une porte, un habitué qui fait coucou. Les gens adorent Théo, "
     "franchement, c'est lui la star du compte. Je poste aussi les nouveaux produits quand il y en a, comme les premières "
     "clémentines ou les courges d'Halloween. Dans les commentaires, ce sont souvent des habitués qui "
     "demandent s'il reste des fraises ou à quelle heure passe Théo.")

# ================================================================== 4
body.addElement(H(outlinelevel=1, stylename=S_H1BREAK, text="4. Vendre sur le site"))
para("Dans cette partie, je parle de la boutique en ligne : comment elle marche, comment on paie, et ce qu'on fait pour que les "
     "clients reviennent. C'est la partie où j'ai le plus appris, parce qu'avant mon alternance je n'avais jamais fait de site.")
h2("4.1 La boutique SumUp")
para("Depuis mars 2025, on a une boutique en ligne SumUp{{La boutique en ligne SumUp est gratuite à ouvrir : SumUp prend une "
     "commission sur chaque vente payée en ligne.}}. Avant, tout passait par le téléphone et WhatsApp. Maintenant, les clients "
     "choisissent leurs produits, la tournée, et ils paient directement. J'ai mis 64 produits, avec une photo pour chacun, que j'ai "
     "prise moi-même à la boutique sur un fond blanc. Les prix changent souvent avec l'arrivage, donc je les mets à jour le lundi, "
     "le mercredi et le vendredi, quand papa revient de Rungis.")
para("Sur le site, le client remplit son panier, choisit son arrondissement et sa tournée, midi ou soir, et laisse un mot s'il veut "
     "(le code de la porte, l'étage, « pas de bananes trop vertes »). Le matin, j'imprime les commandes du jour, Mamadou prépare les "
     "cagettes dans l'arrière-boutique, et Théo range tout dans le triporteur par rue, pour ne pas faire de détours.")
para("[capture : page d'accueil SumUp]", S_PLACE)

h2("4.2 La vitrine du site")
para("Sur le site, on met les cagettes en haut de la page d'accueil. C'est ce qu'on vend le plus en livraison, et c'est le plus "
     "simple pour les gens pressés : un clic et c'est fait.")

h2("4.3 Payer")
para("Sur le site, les clients paient en ligne avec SumUp : carte bancaire, Apple Pay ou Google Pay{{Apple Pay et Google Pay "
     "permettent de payer avec son téléphone, sans sortir sa carte.}}. Ceux qui préfèrent peuvent aussi payer à la porte : Théo a "
     "un terminal SumUp{{C'est un SumUp Air. Il se connecte en Bluetooth au téléphone de Théo et il prend le sans contact.}} dans sa "
     "sacoche, et il prend la carte. Quelques personnes âgées paient encore en espèces, alors Théo garde toujours un peu de "
     "monnaie dans une boîte en fer.")
para("J'ai fait des commandes de test sur mon iPhone et sur le PC de la boutique. Tout marche.")

h2("4.4 Payer en plusieurs fois")

h2("4.5 Garder nos clients")
para("J'ai regardé ce qu'on pourrait faire pour que les clients reviennent :")
lst(["la carte à tampons en carton, comme à la boulangerie : un tampon par commande, et la dixième cagette offerte ;",
     "le programme de points de SumUp, où les clients gagnent des points à chaque paiement avec leur carte ;",
     "la livraison offerte après 5 commandes ;",
     "le message « arrivage » de chaque semaine sur WhatsApp, pour donner envie ;",
     "les herbes offertes : un bouquet de persil ou de coriandre glissé dans la cagette des habitués."])
para("On a choisi la carte à tampons{{On a fait imprimer 500 cartes chez l'imprimeur de la rue Keller, pour 35 €.}}, parce que les "
     "clients aiment bien. Lucie la donne en boutique et Théo la tamponne à la porte. Elle est verte, avec le triporteur "
     "dessiné dessus, et dix cases en forme de pomme. Mme Rosier, une habituée de la rue Popincourt, a déjà rempli sa deuxième "
     "carte.")
bold("Pour finir")
para("Cette première année m'a appris beaucoup de choses sur le magasin de mes parents, que je croyais connaître par cœur. Je "
     "comprends mieux pourquoi les gens nous choisissent, et pourquoi certains ne commandent pas. J'ai aussi compris que le site "
     "ne remplace pas la boutique : les gens commandent en ligne parce qu'ils connaissent déjà papa. Je remercie papa, maman, Lucie, "
     "Mamadou et Théo, qui ont répondu à toutes mes questions{{Papa a relu tout le dossier. Il a seulement corrigé le prix des "
     "clémentines.}}.")

doc.save(FILE)

# contrôles : nombre de notes et note 9 = abonnés Instagram
assert len(NOTES) == 14, len(NOTES)
assert "310" in NOTES[8] and "540" in NOTES[8], NOTES[8]

# re-pack avec horodatage fixe (déterminisme)
with zipfile.ZipFile(FILE) as z:
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(FILE, "w") as z:
    for name, data in items:
        zi = zipfile.ZipInfo(name, date_time=ZIPSTAMP)
        zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
print("ok", FILE, len(NOTES), "notes")
