import os
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import H, P, Span
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import meta, dc

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c20-brasserie-houblon")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Bastien Morel"

doc = OpenDocumentText()
h1 = Style(name="Heading 1", family="paragraph")
h1.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
doc.styles.addElement(h1)
h2 = Style(name="Heading 2", family="paragraph")
h2.addElement(TextProperties(fontsize="12.5pt", fontweight="bold"))
h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
doc.styles.addElement(h2)
body = Style(name="Corps", family="paragraph")
body.addElement(TextProperties(fontsize="11pt", fontname="Liberation Serif"))
body.addElement(ParagraphProperties(marginbottom="0.2cm"))
doc.styles.addElement(body)
note = Style(name="Note", family="text")
note.addElement(TextProperties(color="#c00000", fontstyle="italic"))
doc.automaticstyles.addElement(note)
hl = Style(name="Surligne", family="text")
hl.addElement(TextProperties(backgroundcolor="#ffff00"))
doc.automaticstyles.addElement(hl)
cellst = Style(name="Cell", family="table-cell")
cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
doc.automaticstyles.addElement(cellst)

def h(t, lvl=1): doc.text.addElement(H(outlinelevel=lvl, stylename=h1 if lvl == 1 else h2, text=t))
def p(t, n=None, hi=None):
    para = P(stylename=body, text=t)
    if hi: para.addElement(Span(stylename=hl, text=hi))
    if n: para.addElement(Span(stylename=note, text=" " + n))
    doc.text.addElement(para)
def n(t): 
    para = P(stylename=body); para.addElement(Span(stylename=note, text=t)); doc.text.addElement(para)
def table(rows):
    tb = Table(name=f"T{len(doc.text.childNodes)}")
    tb.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for r in rows:
        tr = TableRow()
        for v in r:
            tc = TableCell(stylename=cellst); tc.addElement(P(stylename=body, text=str(v))); tr.addElement(tc)
        tb.addElement(tr)
    doc.text.addElement(tb)
    doc.text.addElement(P(stylename=body, text=""))

p("BROUILLON v3 – Houblon Nomade – dossier blocs 4 et 5 – Bastien", n="(à remettre le 28/03 !!)")
p("Houblon Nomade = micro-brasserie artisanale à Rezé (44), créée en 2019 par Karim et Julie. 6 bières permanentes + éphémères. Vente au taproom, chez les cavistes et sur le site houblon-nomade.fr (WooCommerce). Le site fait environ 8 % du CA, je sais pas exactement", n="demander le chiffre à Julie")

h("Partie A – Contenus du site (bloc 4)")
h("1. Prestataires photo / vidéo", 2)
p("On a besoin de nouvelles photos des bières, les actuelles sont faites au téléphone. Devis demandés :")
p("- Studio Lumen (Nantes) : 650 € la demi-journée")
p("- Camille, photographe freelance qui fait déjà les photos des concerts du taproom : 400 €")
p("- Faire nous-mêmes avec une box lumineuse Amazon (80 €)")
p("Etc.")
n("comparer – lequel choisir ? voir avec Karim budget")

h("2. Rédaction des fiches produits", 2)
p("Méthode : à compléter")
p("J'ai quand même refait la fiche de la Nomade IPA, voilà ce qui est en ligne depuis le 3 mars :")
p("Titre (H1) : Nomade IPA – Bière IPA artisanale de Loire-Atlantique 6,5 %")
p("Texte : « Notre IPA brassée à Rezé avec trois houblons (Citra, Mosaic, Simcoe) : nez d'agrumes et de fruit de la passion, amertume franche mais pas agressive (55 IBU). Non filtrée, non pasteurisée, refermentée en bouteille. À boire entre 6 et 8 °C avec un burger ou un curry. Bière artisanale livrée en 48 h partout en France ou à retirer au taproom. »")
p("Infos affichées : prix (3,90 € la 33 cl, 21 € le pack de 6), degré, IBU, allergènes (orge, blé), 4 avis clients (4,5/5), « Vous aimerez aussi : Session IPA, Pale Ale Rezéenne ».")
p("Mots-clés que j'ai mis : « bière IPA artisanale » (dans le titre, la 1re phrase et la balise title), « bière artisanale Nantes » (dans la meta description car Rezé personne ne cherche), « acheter bière artisanale en ligne » (dans le texte sur la livraison).")
p("Les 5 autres fiches : pas encore fait.")
n("est-ce qu'il faut une FAQ ? je ne sais pas !")

h("3. Photos et vidéos", 2)
p("J'ai retouché les photos de la gamme avec Canva (détourage + fond blanc) et je les ai exportées en WebP 1200 px, elles font 90 à 140 Ko au lieu de 3 Mo. Vidéo du brassage : à faire.")

h("4. Mesures", 2)
p("Regarder dans GA4 si les gens restent plus longtemps sur la fiche IPA.", n="je n'ai pas encore les accès GA4, c'est Karim qui a le compte")

h("5. Blog", 2)
p("Le blog WordPress existe (houblon-nomade.fr/actus) mais dernier article en 2022. Idées : accords bières-mets, visite de la brasserie, les houblons, la fête de la bière, Etc.")

h("6. Tunnel de commande", 2)
p("Objectif : plus de commandes sur le site.", n="mettre un chiffre ?")
p("Problèmes remarqués : la vérification de l'âge (pop-up 18 ans) s'affiche à chaque page, les frais de port (9,90 €) ne s'affichent qu'à la fin, et il faut créer un compte pour commander. Sans doute ça fait fuir des clients mais pas de chiffres.")
p("Étapes actuelles : page bière → ajout panier → panier → création de compte → adresse → livraison → paiement (Stripe) → confirmation. Soit 7 écrans.", n="en enlever ? lesquels ?")
n("si toujours ko le paiement sur iPhone relancer l'hébergeur (o2switch) – ticket ouvert le 10/03")

h("Partie B – Pilotage (bloc 5)")
h("7. Cahier des charges refonte du site", 2)
p("Plan :")
p("1. Présentation de la brasserie")
p("2. Objectifs")
p("3. Fonctionnalités")
p("4. Contraintes techniques")
p("5. Budget et planning")
p("→ à rédiger")
p("Ce que veut Karim : pouvoir vendre des abonnements (box mensuelle), un site plus rapide, et que ce soit Julie qui puisse mettre à jour les bières éphémères sans appeler quelqu'un.")

h("8. Choix de l'agence", 2)
p("Deux devis reçus : Agence Pixel Loire (Shopify, 7 800 €) et Tom, développeur freelance (WooCommerce, 3 500 €). Je pencherais pour Tom parce qu'il est moins cher.", n="critères ??")

h("9. Juridique", 2)
p("Mentions légales : il y a une page « Mentions légales » dans le pied de page avec le nom de la SAS, le SIRET, l'adresse et l'hébergeur. OK.")
p("CGV :", n="demander à Karim pour les CGV, je crois que c'est un modèle trouvé sur internet")
p("Vente d'alcool : il faut l'avertissement « L'abus d'alcool est dangereux pour la santé » (il y est) et interdire la vente aux mineurs.")
p("RGPD : le bandeau cookies est celui par défaut du thème, il n'y a pas de bouton « refuser ».", n="voir ce que dit la CNIL")

h("10. Management", 2)
p("Réunion d'équipe le lundi matin (Karim, Julie, moi, Hugo au brassage). On parle de tout.")
p("Ordre du jour type (à formaliser) : brassins de la semaine, commandes cavistes, événements du taproom, le site.")
p("Ce qui marche bien : Hugo a proposé en février de faire les étiquettes des éphémères lui-même sur Canva, ça nous a fait gagner une semaine sur la sortie de la « Brume de Loire ». Il faudrait le dire plus souvent.")
n("entretiens individuels : pas concerné ? on est 4")
n("indicateurs par personne ?? nb de colis préparés par Julie, nb de brassins… à voir")

h("11. Stock et expéditions", 2)
p("Les bières sont stockées dans la chambre froide du taproom, les colis sont faits par Julie le mardi et le vendredi. Cartons 6 et 12 bouteilles avec calages en carton (plus de papier bulle depuis 2024).")
p("Comparaison des transporteurs pour un colis de 12 bouteilles (9 kg) :")
table([["Transporteur", "Prix 9 kg", "Délai", "Casse constatée"],
       ["Colissimo", "18,95 €", "48 h", "2 colis sur 60"],
       ["Mondial Relay", "9,60 €", "3-5 j", "1 sur 25"],
       ["DPD Predict", "14,20 €", "24-48 h", "pas testé"]])
p("Mondial Relay est le moins cher. Pour l'impact environnemental :", hi="à compléter")
p("Satisfaction livraison : on n'a pas de questionnaire. Quelques avis Google parlent de la livraison, Etc.")
n("TODO : relire tout, ajouter captures d'écran, numéroter les pages")

d = doc.meta
d.addElement(dc.Creator(text=AUTHOR))
d.addElement(meta.InitialCreator(text=AUTHOR))
d.addElement(dc.Date(text="2026-03-15T21:40:00"))
d.addElement(meta.CreationDate(text="2026-03-12T19:05:00"))
d.addElement(dc.Title(text="brouillon houblon"))
doc.save(os.path.join(OUT, "brouillon-houblon.odt"))
print("ok")
