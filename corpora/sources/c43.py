import os
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
from odf.text import P, H, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import meta, dc

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c43-ceramique-terre-feu")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Manon Delorme"

CONTENT = [
    ("t", "Terre & Feu – projet web"),
    ("p", "Manon Delorme – dossier bloc 1"),
    ("h", "L'atelier"),
    ("p", "Terre & Feu c'est l'atelier de céramique de Sophie Vasseur à Dieulefit (Drôme). Sophie fait des bols, tasses, assiettes et vases en grès, tournés à la main et cuits au four à bois. Elle vend surtout sur les marchés de potiers (Dieulefit, Saint-Quentin-la-Poterie) et un peu sur Etsy. Elle voudrait vendre plus en ligne avec son propre site. Je l'aide dans le cadre de ma formation."),
    ("h", "Les clients"),
    ("p", "Les clients sont plutôt des femmes, qui aiment le fait main et la déco. Ils achètent pour eux ou pour offrir. Ce qui les freine c'est sûrement le prix (un bol à 38 €) et la casse pendant la livraison."),
    ("p", "Parcours d'achat : à faire (voir le cours sur les 5 étapes)."),
    ("h", "Concurrence"),
    ("p", "Il y a beaucoup de céramistes sur Instagram et sur Etsy. Par exemple l'Atelier Brut ou Grès & Co. Les grandes enseignes comme Maisons du Monde vendent aussi de la vaisselle « effet artisanal » beaucoup moins chère. Je n'ai pas encore fait de tableau comparatif, il faudrait regarder leurs prix et leurs sites."),
    ("h", "SWOT"),
    ("swot", [["Forces", "Faiblesses"], ["", ""], ["Opportunités", "Menaces"], ["", ""]]),
    ("p", "(à remplir avec Sophie la semaine prochaine)"),
    ("h", "Stratégie"),
    ("p", "L'objectif est de vendre plus sur internet et de se faire connaître. On pense que le site pourrait être fait sur Shopify ou Wix, Sophie n'a pas encore décidé."),
    ("p", "Les leviers possibles :"),
    ("l", ["Instagram (Sophie a déjà 800 abonnés)", "un site internet", "le référencement", "une newsletter peut-être", "Pinterest ?"]),
    ("p", "Il faudra voir lesquels sont les plus importants."),
    ("h", "Planning"),
    ("p", "Idéalement le site devrait être en ligne avant Noël car c'est la période où on vend le plus de cadeaux. Le reste du planning est à faire."),
    ("h", "Partenaires"),
    ("p", "Idées : des boutiques de déco, des restaurants qui pourraient utiliser la vaisselle de Sophie, des blogs déco. Pas encore contacté."),
    ("h", "Budget"),
    ("p", "Sophie n'a pas beaucoup de budget, peut-être 500 € pour l'année. Je ferai le détail quand on aura choisi les outils."),
    ("h", "Résultats"),
    ("p", "Pas de résultats pour l'instant car rien n'a encore été lancé. On pourra comparer les ventes avant et après l'ouverture du site."),
    ("p", "TODO : relire, ajouter des photos des pièces, demander à Sophie ses chiffres de vente 2025."),
]

def build():
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Creator(text=AUTHOR))
    doc.meta.addElement(meta.InitialCreator(text=AUTHOR))
    doc.meta.addElement(meta.CreationDate(text="2026-04-02T20:15:00"))
    doc.meta.addElement(dc.Date(text="2026-04-02T22:40:00"))
    doc.meta.addElement(dc.Title(text="Terre & Feu"))
    tstyle = Style(name="Titre", family="paragraph")
    tstyle.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    doc.styles.addElement(tstyle)
    hstyle = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph")
    hstyle.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    hstyle.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
    doc.styles.addElement(hstyle)
    cstyle = Style(name="col", family="table-column")
    cstyle.addElement(TableColumnProperties(columnwidth="8cm"))
    doc.automaticstyles.addElement(cstyle)
    for kind, val in CONTENT:
        if kind == "t":
            doc.text.addElement(P(stylename=tstyle, text=val))
        elif kind == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=hstyle, text=val))
        elif kind == "p":
            doc.text.addElement(P(text=val))
        elif kind == "l":
            lst = List()
            for it in val:
                li = ListItem()
                li.addElement(P(text="- " + it))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif kind == "swot":
            t = Table(name="SWOT")
            t.addElement(TableColumn(numbercolumnsrepeated=2, stylename=cstyle))
            for row in val:
                tr = TableRow()
                for c in row:
                    tc = TableCell()
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(os.path.join(OUT, "terre-et-feu.odt"))

build()
