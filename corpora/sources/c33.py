"""Générateur du dossier de Camille Ferrand (Feuille d'Or) - ODT."""
import os
import zipfile

from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
from odf.text import P, H, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import meta, dc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "c33-the-feuille-dor")
OUT = os.path.join(OUT_DIR, "feuille-dor.odt")
AUTHOR = "Camille Ferrand"

doc = OpenDocumentText()
doc.meta.addElement(dc.Creator(text=AUTHOR))
doc.meta.addElement(dc.Title(text="Feuille d'Or - dossier bloc 2"))
doc.meta.addElement(dc.Date(text="2026-03-14T10:00:00"))
doc.meta.addElement(meta.CreationDate(text="2026-03-14T10:00:00"))

h1 = Style(name="Heading 1", family="paragraph")
h1.addElement(TextProperties(fontsize="16pt", fontweight="bold", color="#2E5E2E"))
h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
doc.styles.addElement(h1)
h2 = Style(name="Heading 2", family="paragraph")
h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
doc.styles.addElement(h2)
body = Style(name="Corps", family="paragraph")
body.addElement(TextProperties(fontsize="11pt"))
body.addElement(ParagraphProperties(marginbottom="0.2cm"))
doc.styles.addElement(body)
note = Style(name="Note", family="paragraph")
note.addElement(TextProperties(fontsize="10pt", fontstyle="italic", color="#AA0000"))
doc.styles.addElement(note)
title = Style(name="Titre", family="paragraph")
title.addElement(TextProperties(fontsize="22pt", fontweight="bold", color="#2E5E2E"))
title.addElement(ParagraphProperties(textalign="center", margintop="1cm", marginbottom="0.5cm"))
doc.styles.addElement(title)
cellp = Style(name="Cellule", family="paragraph")
cellp.addElement(TextProperties(fontsize="10pt"))
doc.styles.addElement(cellp)
col = Style(name="ColA", family="table-column")
col.addElement(TableColumnProperties(columnwidth="5.5cm"))
doc.automaticstyles.addElement(col)


def p(txt, style=body):
    doc.text.addElement(P(stylename=style, text=txt))


def h(txt, level=1):
    doc.text.addElement(H(outlinelevel=level, stylename=h1 if level == 1 else h2, text=txt))


def bullets(items):
    lst = List()
    for it in items:
        li = ListItem()
        li.addElement(P(stylename=body, text="- " + it))
        lst.addElement(li)
    doc.text.addElement(lst)


def table(rows, ncols):
    t = Table(name="Tableau%d" % len(doc.text.childNodes))
    for _ in range(ncols):
        t.addElement(TableColumn(stylename=col))
    for r in rows:
        tr = TableRow()
        for c in r:
            tc = TableCell(valuetype="string")
            tc.addElement(P(stylename=cellp, text=c))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)


# ---------------------------------------------------------------- contenu
p("Feuille d'Or", title)
p("Thés, infusions & rooibos bio – boutique en ligne feuilledor-the.fr")
p("Dossier professionnel – Bloc 2 : communication, relation client et vente en ligne")
p("Camille Ferrand – stage de 10 semaines (janvier - mars 2026) – Tours")

h("Introduction")
p("Feuille d'Or est une petite entreprise de Tours créée en 2019 par Sophie Marchal. "
  "Elle vend des thés en vrac, des infusions et des coffrets cadeaux, en boutique rue Colbert "
  "et sur son site internet (WooCommerce). Il y a 3 personnes : Sophie (gérante), Mathis "
  "(préparation des commandes, à mi-temps) et moi en stage. Les best-sellers sont le thé vert "
  "« Jardin de Loire » (9,90 € les 100 g), le rooibos « Soleil d'hiver » et le coffret "
  "découverte à 29 €.")
p("Dans ce dossier je vais parler de la communication, du chat, des paiements et de la "
  "fidélisation. J'ai essayé de faire le maximum mais je n'ai pas eu accès à tout.")

h("1. Les objectifs de communication")
p("Ce qu'on aimerait pour Feuille d'Or :")
bullets([
    "être plus connus sur internet, surtout en dehors de Tours",
    "vendre plus de coffrets à Noël et pour la fête des mères",
    "avoir plus d'abonnés sur Instagram",
    "que les clients reviennent plus souvent",
    "Etc.",
])
p("L'idée c'est de faire grandir la boutique en ligne pour qu'elle pèse autant que le "
  "magasin. Il faudrait aussi toucher des gens plus jeunes.")
p("(demander à Sophie le CA du site l'an dernier pour mettre un chiffre)", note)

h("2. Les vecteurs / canaux")
p("Les canaux qu'on peut utiliser :")
bullets([
    "Instagram (le compte existe, environ 1 200 abonnés je crois)",
    "Facebook",
    "la newsletter (Sophie utilise Brevo mais elle ne l'envoie pas souvent)",
    "TikTok ?",
    "les salons (salon du thé à Paris)",
    "Etc.",
])
p("Je pense qu'Instagram est le plus important parce que le thé c'est très visuel. "
  "Il faudrait poster plus souvent, par exemple 3 fois par semaine, avec des photos "
  "de tasses et de feuilles.")
p("Cible : plutôt des femmes 25-50 ans qui aiment le bien-être, et les gens qui cherchent "
  "des cadeaux.")

h("3. Les partenaires")
p("On pourrait travailler avec :")
bullets([
    "des blogueuses bien-être / yoga",
    "des salons de thé de la région",
    "des épiceries fines (il y en a une à Amboise qui serait intéressée)",
    "des comparateurs ? je ne sais pas si ça existe pour le thé",
    "Etc.",
])
p("Pour l'instant il n'y a pas eu de partenariat, à part un échange de posts avec "
  "une fleuriste de Tours en décembre. Je n'ai pas les chiffres de ce que ça a donné.")
p("(voir avec Sophie si elle a gardé les stats Instagram de décembre)", note)

h("4. Le chat en ligne")
p("Il n'y a pas de chat sur le site pour le moment. Si on en mettait un, je pense qu'on "
  "prendrait Crisp parce qu'il a une version gratuite et qu'il marche avec WooCommerce.")
p("Voici comment j'imagine une conversation :")
p("Exemple 1 (imaginé) : une cliente demande quel thé offrir à sa mère qui n'aime pas "
  "le thé trop fort. On lui conseille le coffret découverte et elle achète.")
p("Exemple 2 (imaginé) : quelqu'un demande si les frais de port sont offerts, on répond "
  "que c'est à partir de 45 €, et la personne ne commande pas.")
p("Pour les statistiques du chat il faudrait regarder le nombre de conversations, le "
  "temps de réponse, et combien de personnes achètent après. Mais comme il n'y a pas "
  "de chat je ne peux pas les analyser.")
p("je ne sais pas ! est-ce que Sophie aurait le temps de répondre au chat en plus de la boutique ?", note)

h("5. Réseaux sociaux et communauté")
p("Sur Instagram on publie des photos des nouveautés et parfois des stories. "
  "Les posts qui marchent le mieux ce sont ceux avec des gens qui boivent du thé "
  "(plus de likes). Il faudrait faire des jeux concours pour gagner des abonnés. "
  "Sur Facebook il n'y a presque pas d'interactions.")
p("On pourrait aussi faire un blog avec des recettes (thé glacé, chaï latte…) mais il "
  "faudrait du temps pour écrire les articles.")
p("(mettre capture du compte Instagram ici)", note)

h("6. Mise en avant des produits sur le site")
p("Sur WooCommerce on peut mettre des produits « en vedette » et faire des catégories. "
  "Les endroits où mettre les produits en avant :")
bullets([
    "la page d'accueil",
    "le panier (produits complémentaires)",
    "la page catégorie",
    "Etc.",
])
p("En ce moment la page d'accueil affiche les nouveautés mais elles ne sont pas mises "
  "à jour souvent.")

h("7. Paiement")
p("Le site accepte la carte bancaire (avec Stripe je crois, ou peut-être le module "
  "de la banque, à vérifier) et PayPal. Je n'ai pas testé sur mobile. Il faudrait "
  "ajouter des logos de paiement sécurisé en bas de page pour rassurer.")
table([
    ["Moyen de paiement", "Installé ?", "Remarque"],
    ["Carte bancaire", "oui", "à vérifier quel prestataire"],
    ["PayPal", "oui", ""],
    ["Paiement en plusieurs fois", "non", "pas utile pour du thé ?"],
    ["Apple Pay", "?", ""],
], 3)

h("8. Partenaires financiers")
p("Il existe des solutions comme Alma ou Oney pour payer en 3 ou 4 fois, mais le panier "
  "moyen est petit (environ 35 € d'après Mathis) donc ce n'est sûrement pas adapté. "
  "Peut-être pour les gros coffrets de Noël.")

h("9. Fidélisation")
p("Idées pour fidéliser :")
bullets([
    "une carte de fidélité (il y en a une en papier en boutique)",
    "des points sur le site (plugin WooCommerce)",
    "un code promo pour l'anniversaire",
    "un échantillon offert dans chaque colis",
    "Etc.",
])
p("Je pense que le mieux serait les échantillons parce que ça ne coûte pas cher et ça fait "
  "découvrir d'autres thés. Mais il faudrait en parler avec Sophie.")

h("Conclusion")
p("Feuille d'Or a beaucoup de potentiel mais la communication sur internet n'est pas "
  "encore assez développée. Il faudrait plus de temps et peut-être quelqu'un pour "
  "s'occuper des réseaux. J'espère que mes propositions pourront aider la boutique.")
p("À faire avant de rendre : relire, ajouter les chiffres, ajouter les captures.", note)

os.makedirs(OUT_DIR, exist_ok=True)
doc.save(OUT)

# timestamps fixes dans l'archive pour un résultat reproductible
tmp = OUT + ".tmp"
with zipfile.ZipFile(OUT) as zin, zipfile.ZipFile(tmp, "w") as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        zi = zipfile.ZipInfo(item.filename, date_time=(2026, 3, 14, 10, 0, 0))
        zi.compress_type = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)
os.replace(tmp, OUT)
print("écrit :", OUT)
