# -*- coding: utf-8 -*-
"""Génère le dossier ODT de la candidate « Optique Lumière » (Inès Barbier)."""
import os
import time

import odf.opendocument
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Header, Footer, ListLevelProperties)
from odf.text import P, H, Span, List, ListItem, ListStyle, ListLevelStyleNumber
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.meta import CreationDate, InitialCreator
from odf.dc import Creator, Date, Title

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c51-optique-lumiere")
OUT_FILE = os.path.join(OUT_DIR, "optique-lumiere-dossier.odt")
AUTHOR = "Inès Barbier"

doc = OpenDocumentText()

# ---------- styles ----------
pl = PageLayout(name="PL")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.6cm",
                                   marginbottom="1.6cm", marginleft="2cm", marginright="2cm",
                                   printorientation="portrait"))
doc.automaticstyles.addElement(pl)

st_body = Style(name="Corps", family="paragraph")
st_body.addElement(TextProperties(fontsize="10.5pt", fontfamily="Liberation Sans", fontname="Liberation Sans"))
st_body.addElement(ParagraphProperties(marginbottom="0.18cm", textalign="justify"))
doc.styles.addElement(st_body)

st_h1 = Style(name="Heading 1", family="paragraph", defaultoutlinelevel="1", displayname="Heading 1")
st_h1.addElement(TextProperties(fontsize="15pt", fontweight="bold", color="#1F4E79"))
st_h1.addElement(ParagraphProperties(margintop="0.5cm", marginbottom="0.25cm", keepwithnext="always"))
doc.styles.addElement(st_h1)

st_h2 = Style(name="Heading 2", family="paragraph", defaultoutlinelevel="2", displayname="Heading 2")
st_h2.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#2E75B6"))
st_h2.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.15cm", keepwithnext="always"))
doc.styles.addElement(st_h2)

st_title = Style(name="Titre", family="paragraph")
st_title.addElement(TextProperties(fontsize="24pt", fontweight="bold", color="#1F4E79"))
st_title.addElement(ParagraphProperties(textalign="center", margintop="3cm", marginbottom="0.6cm"))
doc.styles.addElement(st_title)

st_center = Style(name="Centre", family="paragraph")
st_center.addElement(TextProperties(fontsize="12pt"))
st_center.addElement(ParagraphProperties(textalign="center", marginbottom="0.3cm"))
doc.styles.addElement(st_center)

st_break = Style(name="SautPage", family="paragraph", parentstylename="Corps")
st_break.addElement(ParagraphProperties(breakbefore="page"))
doc.automaticstyles.addElement(st_break)

st_cell_txt = Style(name="Cellule", family="paragraph")
st_cell_txt.addElement(TextProperties(fontsize="9pt", fontfamily="Liberation Sans", fontname="Liberation Sans"))
st_cell_txt.addElement(ParagraphProperties(marginbottom="0.05cm"))
doc.styles.addElement(st_cell_txt)

st_cell_head = Style(name="CelluleTitre", family="paragraph")
st_cell_head.addElement(TextProperties(fontsize="9pt", fontweight="bold", color="#FFFFFF"))
doc.styles.addElement(st_cell_head)

st_caption = Style(name="Legende", family="paragraph")
st_caption.addElement(TextProperties(fontsize="9pt", fontstyle="italic", color="#555555"))
st_caption.addElement(ParagraphProperties(marginbottom="0.3cm"))
doc.styles.addElement(st_caption)

st_hf = Style(name="EnTete", family="paragraph")
st_hf.addElement(TextProperties(fontsize="8pt", color="#777777"))
doc.styles.addElement(st_hf)

bold = Style(name="Gras", family="text")
bold.addElement(TextProperties(fontweight="bold"))
doc.styles.addElement(bold)

c_head = Style(name="CelH", family="table-cell")
c_head.addElement(TableCellProperties(backgroundcolor="#1F4E79", border="0.5pt solid #000000", padding="0.08cm"))
doc.automaticstyles.addElement(c_head)
c_norm = Style(name="CelN", family="table-cell")
c_norm.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
doc.automaticstyles.addElement(c_norm)

numlist = ListStyle(name="ListeNum")
lvl = ListLevelStyleNumber(level=1, numformat="1", numsuffix=".", stylename="")
lvl.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.6cm"))
numlist.addElement(lvl)
doc.automaticstyles.addElement(numlist)

mp = MasterPage(name="Standard", pagelayoutname=pl)
hd = Header()
hd.addElement(P(stylename=st_hf, text="Optique Lumière – Dossier professionnel blocs 2 & 5 – Inès Barbier"))
mp.addElement(hd)
ft = Footer()
ft.addElement(P(stylename=st_hf, text="Titre RNCP Chef de projet e-commerce – session 2026"))
mp.addElement(ft)
doc.masterstyles.addElement(mp)

_tcount = [0]


def para(txt, style=st_body):
    doc.text.addElement(P(stylename=style, text=txt))


def bpara(label, txt):
    p = P(stylename=st_body)
    p.addElement(Span(stylename=bold, text=label))
    p.addText(" " + txt)
    doc.text.addElement(p)


def h1(txt):
    doc.text.addElement(H(outlinelevel=1, stylename=st_h1, text=txt))


def h2(txt):
    doc.text.addElement(H(outlinelevel=2, stylename=st_h2, text=txt))


def pagebreak():
    doc.text.addElement(P(stylename=st_break, text=""))


def table(header, rows, widths):
    _tcount[0] += 1
    name = "Tableau%d" % _tcount[0]
    tstyle = Style(name=name, family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    t = Table(name=name, stylename=tstyle)
    for i, w in enumerate(widths):
        cs = Style(name="%s.C%d" % (name, i), family="table-column")
        cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))
    if header:
        tr = TableRow()
        for h in header:
            tc = TableCell(stylename=c_head, valuetype="string")
            tc.addElement(P(stylename=st_cell_head, text=h))
            tr.addElement(tc)
        t.addElement(tr)
    for r in rows:
        tr = TableRow()
        for c in r:
            tc = TableCell(stylename=c_norm, valuetype="string")
            for line in str(c).split("\n"):
                tc.addElement(P(stylename=st_cell_txt, text=line))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)


def caption(txt):
    para(txt, st_caption)


# ---------- contenu ----------
para("Dossier professionnel", st_title)
para("Lancement de la vente en ligne d’Optique Lumière", st_center)
para("Bloc 2 – Animation des ventes et des communautés en ligne", st_center)
para("Bloc 5 – Pilotage du projet e-commerce", st_center)
para("")
para("Inès Barbier – alternante chargée de projet web", st_center)
para("Optique Lumière, 42 cours Victor-Hugo, 33000 Bordeaux", st_center)
para("Tuteur entreprise : Philippe Dumeau, gérant et opticien diplômé", st_center)
para("Juin 2026", st_center)

doc.text.addElement(P(stylename=st_break, text="Sommaire"))
for s in ["1. L’entreprise et le projet",
          "Partie A – Faire vivre la boutique en ligne",
          "   2. Campagne de lancement « Voir l’été en grand »",
          "   3. Partenaires",
          "   4. Chat en direct avec Crisp",
          "   5. Instagram et Facebook",
          "   6. Mise en avant des produits sur PrestaShop",
          "   7. Paiement",
          "   8. Paiement en plusieurs fois",
          "   9. Fidélisation",
          "Partie B – Piloter le projet",
          "   10. Cahier des charges",
          "   11. Choix de l’agence",
          "   12. Juridique : mentions légales, CGV, RGPD",
          "   13. Suivi de l’équipe",
          "   14. Commandes, stock et livraison",
          "15. Bilan personnel"]:
    para(s)

# 1
doc.text.addElement(H(outlinelevel=1, stylename=st_h1, text="1. L’entreprise et le projet"))
para("Optique Lumière est un magasin d’optique indépendant installé cours Victor-Hugo à Bordeaux depuis 1998. "
     "Philippe Dumeau a repris l’affaire en 2014. Le magasin vend des montures optiques, des solaires, des lentilles "
     "et des produits d’entretien, avec un atelier de montage sur place. En 2025, la fréquentation du magasin a baissé "
     "d’environ 9 % (travaux du tram sur le cours) et la clientèle vieillit : 61 % des fiches clients ont plus de 50 ans. "
     "Le gérant a donc décidé d’ouvrir un site marchand, optique-lumiere.fr, mis en ligne le 17 mars 2026 sur PrestaShop 8.1.")
table(["Élément", "Détail"], [
    ["Raison sociale", "SARL Optique Lumière – capital 20 000 € – RCS Bordeaux"],
    ["Effectif", "5 personnes : Philippe (gérant), Sandrine (opticienne), Karim (opticien-lunetier, atelier), Léa (conseillère de vente, apprentie), moi-même (alternante web, 3 jours/semaine)"],
    ["CA 2025", "612 000 € TTC (montures + verres 71 %, solaires 14 %, lentilles et entretien 15 %)"],
    ["Fichier clients", "4 870 fiches dans le logiciel magasin Optimum, dont 2 310 avec e-mail et accord pour recevoir des offres"],
    ["Offre en ligne", "Solaires (dont la marque maison « Atelier Garonne », 129 à 189 €), montures optiques avec essayage virtuel et retrait en magasin, lentilles mensuelles et journalières, produits d’entretien"],
    ["Concurrents en ligne", "VueNet (pure player, solaires à partir de 39 €), Optic Web Direct (lentilles), Optique des Chartrons (concurrent local qui vend sur son site depuis 2023)"],
    ["Objectif du gérant", "Faire 10 % du CA en ligne fin 2027, rajeunir la clientèle et ne pas perdre les clients lentilles partis sur Internet"],
], [4, 13])
caption("Tableau 1 : fiche d’identité d’Optique Lumière")

# Partie A
pagebreak()
h1("Partie A – Faire vivre la boutique en ligne")
h2("2. Campagne de lancement « Voir l’été en grand »")
para("La campagne a été préparée en avril avec Philippe et Sandrine. Elle porte sur les solaires, qui se vendent bien en ligne "
     "et ne demandent pas d’ordonnance. Elle court du 2 mai au 31 août 2026.")
table(["Objectifs de la campagne", "Chiffre visé", "Lien avec le projet du magasin"], [
    ["Vendre des solaires en ligne", "120 commandes sur la période, panier moyen 140 €", "Premier pas vers les 10 % de CA en ligne demandés par Philippe"],
    ["Recruter des abonnés à la newsletter", "+800 inscrits (base actuelle 2 310)", "Pouvoir relancer ensuite les clients lentilles"],
    ["Faire venir des 25-40 ans au magasin", "150 rendez-vous « essayage » pris en ligne", "Rajeunir la clientèle"],
], [5, 5, 7])
caption("Tableau 2 : objectifs de la campagne")
table(["Canal", "Pour qui", "Message / format", "Budget"], [
    ["Instagram (compte @optiquelumiere.bdx)", "25-40 ans, Bordeaux et bassin d’Arcachon", "Reels essayage des modèles Atelier Garonne, code LUMIERE10", "300 € de sponsorisation"],
    ["E-mailing Brevo", "Clients du fichier avec accord (2 310)", "3 e-mails : lancement le 2 mai, fête des pères le 9 juin, soldes le 24 juin", "Gratuit (offre Starter 19 €/mois déjà payée)"],
    ["Google Ads (Performance Max local)", "Recherches « lunettes de soleil Bordeaux »", "Annonces produits + extension lieu", "450 €"],
    ["SMS", "Clients solaires des 3 dernières années (640)", "1 SMS au lancement", "58 €"],
    ["Vitrine + QR code", "Passants du cours Victor-Hugo", "Affiche A1 « Essayez en ligne, récupérez ici »", "90 € d’impression"],
], [4, 4.2, 5.8, 3])
caption("Tableau 3 : canaux de diffusion retenus")
para("Le budget total est de 898 €. Philippe a validé l’ensemble le 22 avril. Le code LUMIERE10 permet de savoir quelles ventes viennent "
     "d’Instagram, les autres canaux ont leurs propres liens UTM.")

h2("3. Partenaires")
para("Pour donner plus de visibilité au site, j’ai listé les partenaires possibles avec lesquels nous sommes en contact.")
table(["Partenaire", "Type", "Contact", "Où on en est"], [
    ["@bordeauxchic (Margaux, 18 400 abonnés)", "Influenceuse mode locale", "Message Instagram", "Accord : 1 reel + 3 stories contre 2 paires offertes"],
    ["Les Vitrines du Cours", "Association de commerçants", "Président : M. Roux", "Adhérents depuis 2019, présence sur leur carte en ligne"],
    ["Mutuelle Aquitaine Santé", "Réseau de soins / tiers payant", "Conseillère partenariats", "En attente de réponse"],
    ["Club de voile de Lège-Cap-Ferret", "Association sportive", "Trésorière", "Contacté"],
    ["Comparateur Lunetterie-Prix", "Comparateur en ligne", "Formulaire", "Pas encore inscrit"],
    ["Blog « Bordeaux au quotidien »", "Blog local", "E-mail", "Article promis pour juillet"],
], [4.5, 3.5, 3.5, 5.5])
caption("Tableau 4 : partenaires")
para("Ce sont des partenaires connus à Bordeaux, ce qui correspond à notre clientèle.")

h2("4. Chat en direct avec Crisp")
para("Nous avons installé Crisp (offre Mini, 45 €/mois) le 3 avril. Le module PrestaShop officiel a été utilisé, puis j’ai paramétré l’outil "
     "avec Sandrine, qui répond depuis l’application mobile quand elle est en boutique.")
table(["Réglage", "Ce que nous avons fait"], [
    ["Horaires", "Chat ouvert du mardi au samedi 10h-19h ; en dehors, formulaire de contact et réponse par e-mail sous 24 h"],
    ["Message d’accueil", "« Bonjour ! Une question sur une monture ou votre correction ? Sandrine, opticienne, vous répond. »"],
    ["Réponses enregistrées", "14 raccourcis (!delai, !retour, !ordonnance, !essayage, !mutuelle, !lentilles…)"],
    ["Déclencheurs", "Message automatique après 40 secondes sur une fiche solaire et après 2 minutes sur le panier"],
    ["Routage", "Questions techniques (verres, correction) vers Sandrine ou Karim, questions commande vers moi"],
    ["Lien avec PrestaShop", "Le plugin affiche le panier et les commandes du client dans la conversation"],
], [4, 13])
caption("Tableau 5 : paramétrage de Crisp")
bpara("Exemple 1 – conversation transformée (18 avril, 21h12, réponse le lendemain 10h04) :", "")
table(["Qui", "Message"], [
    ["Client", "Bonsoir, le modèle Garonne Pyla existe en verres polarisés ? C’est pour le bateau."],
    ["Sandrine", "Bonjour ! Oui, la Pyla existe en polarisé catégorie 3 à 169 €. Pour le bateau je vous la conseille, elle coupe les reflets sur l’eau."],
    ["Client", "Et si elle ne me va pas ?"],
    ["Sandrine", "Vous avez 14 jours pour la retourner, et vous pouvez aussi l’essayer au magasin cours Victor-Hugo avant de payer."],
    ["Client", "Parfait je commande, merci."],
    ["Résultat", "Commande n° 000214 de 169 € passée à 10h31 (visible dans Crisp grâce au plugin)"],
], [3, 14])
bpara("Exemple 2 – conversation non transformée :", "capture d’écran à ajouter.")
para("")
table(["Indicateur Crisp (3 avril – 31 mai)", "Valeur", "Commentaire"], [
    ["Conversations", "148", "Soit 2,6 par jour d’ouverture, plus que prévu"],
    ["Part hors horaires", "38 %", "Beaucoup de questions le soir : il faudrait un message automatique plus complet"],
    ["Délai moyen de 1re réponse (heures d’ouverture)", "3 min 40 s", "Bon, mais 11 min le samedi où le magasin est plein"],
    ["Conversations suivies d’une commande sous 48 h", "22 (14,9 %)", "Le taux de conversion global du site est de 1,1 % : les visiteurs qui chattent achètent beaucoup plus"],
    ["Sujets les plus fréquents", "Délais 27 %, ordonnance 21 %, mutuelle 18 %, taille monture 14 %", "Nous allons ajouter une FAQ mutuelle et un guide des tailles sur les fiches"],
    ["Note de satisfaction", "4,7/5 (41 notes)", "2 notes basses liées à des réponses le lendemain"],
], [5.5, 3.5, 8])
caption("Tableau 6 : statistiques Crisp et analyse")
para("Conclusion : le chat sert surtout à rassurer sur les questions d’optique qu’un pure player ne sait pas traiter. "
     "C’est un vrai avantage contre VueNet. La priorité est de mieux couvrir le samedi (Léa sera formée en juin) et les soirées.")

h2("5. Instagram et Facebook")
para("Le compte Instagram existait mais n’était plus animé depuis 2023 (1 240 abonnés en mars). La page Facebook sert surtout aux "
     "clients de plus de 50 ans. Voici les techniques utilisées depuis le lancement.")
table(["Technique", "Mise en pratique chez Optique Lumière"], [
    ["Reels courts", "Essayages filmés au magasin par Léa (15-20 s), musique tendance, une monture par reel"],
    ["Stories interactives", "Sondages « Plutôt écaille ou noir ? », quiz « Quelle forme pour mon visage ? », sticker lien vers la fiche produit"],
    ["Contenu client (UGC)", "Hashtag #VuParLumiere : les clients qui postent leur photo sont republiés et gagnent un étui"],
    ["Collaboration", "Reel commun avec @bordeauxchic (publication collab sur les deux comptes)"],
    ["Instagram Shopping", "Catalogue PrestaShop synchronisé via le module Meta, produits taggés dans les posts"],
    ["Facebook", "Posts plus informatifs (horaires, tiers payant, examen de vue) et partage dans le groupe « Quartier Victor-Hugo / Saint-Michel »"],
    ["Planification", "Meta Business Suite, publications le mardi et vendredi à 18h30"],
], [4, 13])
caption("Tableau 7 : techniques d’animation des réseaux")
table(["Semaine", "Instagram", "Facebook", "Fait ?"], [
    ["Semaine 1", "Reel lancement + story code LUMIERE10", "Annonce ouverture du site", "Oui"],
    ["Semaine 2", "Reel Garonne Pyla", "Post tiers payant", "Oui"],
    ["Semaine 3", "Reel collab @bordeauxchic", "—", "Oui"],
    ["Semaine 4", "Quiz forme du visage", "Post examen de vue", "Décalé"],
    ["Semaine 5", "Reel fête des pères", "Post fête des pères", "Oui"],
    ["Semaine 6", "Repost #VuParLumiere", "—", "Non"],
], [3, 6, 5, 3])
caption("Tableau 8 : calendrier de publication")
para("Les indicateurs de notoriété (abonnés, portée, mentions, trafic venant des réseaux) seront analysés au bilan de septembre, "
     "à la fin de la campagne.")

h2("6. Mise en avant des produits sur PrestaShop")
table(["Fonction PrestaShop", "Utilisation sur optique-lumiere.fr"], [
    ["Module « Produits phares » (ps_featuredproducts)", "8 solaires Atelier Garonne choisis par Sandrine sur la page d’accueil, changés tous les 15 jours"],
    ["Module « Nouveaux produits »", "Bloc « Arrivages » : les nouveautés des 30 derniers jours"],
    ["Produits accessoires (onglet Associations de la fiche)", "Étui rigide 15 €, spray anti-buée 9 €, cordon 12 € proposés sous chaque solaire"],
    ["Règle panier", "-10 % sur la 2e paire de solaires, appliquée automatiquement"],
    ["Étiquettes (flags)", "« Coup de cœur Sandrine », « Made in France », « Polarisé »"],
    ["Prix barrés (prix spécifiques)", "Fin de série 2025 à -30 % avec date de fin"],
    ["Catégorie mise en avant", "Menu « Atelier Garonne » placé en premier dans la barre de navigation"],
], [6, 11])
caption("Tableau 9 : fonctionnalités de mise en avant utilisées")
table(["Emplacement", "Ce qu’on y met en avant", "Pourquoi"], [
    ["Bannière d’accueil", "Campagne en cours (Voir l’été en grand)", "Zone la plus vue : 64 % des visites commencent sur l’accueil"],
    ["Haut des catégories Solaires", "Marque maison et polarisés", "Meilleure marge (58 % contre 41 % en moyenne)"],
    ["Fiche produit", "Accessoires + « Essayez-la au magasin »", "Augmenter le panier et rassurer"],
    ["Panier", "Produits d’entretien à moins de 10 €", "Achat d’impulsion"],
    ["E-mail de confirmation", "Rappel de l’examen de vue gratuit", "Faire revenir en boutique"],
], [4, 5.5, 7.5])
caption("Tableau 10 : où mettre en avant les produits sur le site")

h2("7. Paiement")
para("Le paiement passe par le module Stripe pour PrestaShop (carte bancaire, Apple Pay, Google Pay) et par PayPal. "
     "Stripe prend 1,5 % + 0,25 € par transaction européenne. Les tests ont été faits le 12 mars, avant l’ouverture, avec des cartes de test "
     "puis une vraie commande de 9 €.")
table(["Appareil", "Navigateur", "CB Stripe", "Apple/Google Pay", "PayPal"], [
    ["iPhone 13", "Safari", "OK", "OK", "OK"],
    ["Samsung Galaxy A52", "Chrome", "OK", "OK", "OK"],
    ["PC Windows 11", "Firefox", "OK", "—", "OK"],
    ["MacBook Air", "Safari", "OK", "OK", "OK"],
], [4, 3.5, 3, 3.5, 3])
caption("Tableau 11 : tests de paiement")
table(["Ce qui rassure le client", "Sur notre site"], [
    ["3D Secure", "Activé par Stripe sur toutes les cartes (authentification par l’appli de la banque)"],
    ["HTTPS", "Certificat SSL actif sur tout le site, cadenas visible"],
    ["Logos", "CB, Visa, Mastercard, PayPal dans le pied de page et dans le panier"],
    ["Page « Paiement sécurisé »", "Explique que nous ne stockons aucun numéro de carte"],
    ["Avis clients", "Note Google 4,8/5 (312 avis) affichée avec le widget Avis Vérifiés"],
    ["Magasin physique", "Adresse et téléphone visibles sur chaque page"],
], [5, 12])

h2("8. Paiement en plusieurs fois")
table(["Solution", "Offre", "Coût pour le magasin", "Remarque"], [
    ["Alma", "3x et 4x sans frais, à partir de 50 €", "3,9 % (3x) et 4,5 % (4x)", "Module PrestaShop gratuit"],
    ["Oney", "3x et 4x, avec frais pour le client", "2,2 % à 3,5 %", "Dossier plus long"],
    ["PayPal 4x", "4x sans frais de 30 à 2 000 €", "Aucun frais en plus", "Déjà installé avec PayPal"],
    ["Scalapay", "3x sans frais", "4 % à 6 %", "Peu connu de nos clients"],
], [3, 5, 4, 5])
caption("Tableau 12 : offres de paiement fractionné")
para("Nous avons choisi Alma, activé le 2 avril, parce qu’il est simple à installer sur PrestaShop.")

h2("9. Fidélisation")
table(["Dispositif possible", "Retenu ?", "Argument"], [
    ["Carte de fidélité commune magasin / web", "Oui", "72 % des acheteurs en ligne sont déjà clients du magasin : ils doivent cumuler leurs points partout (10 € offerts tous les 300 €)"],
    ["Rappel de réassort lentilles par e-mail", "Oui", "Les lentilles font 38 % des achats récurrents ; scénario Brevo envoyé 25 jours avant la fin de la boîte (mensuelles) ou de la boîte de 90 (journalières)"],
    ["Parrainage 15 € / 15 €", "Oui", "Au questionnaire magasin de février, 41 % des nouveaux clients venaient du bouche-à-oreille"],
    ["Examen de vue annuel offert", "Oui (existe déjà)", "Fait revenir le client en boutique tous les ans, relance e-mail automatique à la date anniversaire"],
    ["Club VIP avec ventes privées", "Non", "Trop de gestion pour une équipe de 5"],
    ["Programme à points avec paliers", "Non", "Trop compliqué à expliquer au comptoir"],
], [5, 2.5, 9.5])
caption("Tableau 13 : dispositifs de fidélisation")

# Partie B
h1("Partie B – Piloter le projet")
h2("10. Cahier des charges")
para("Le cahier des charges a été écrit en novembre 2025 pour consulter les agences web. Il suit le plan ci-dessous.")
table(["Partie", "Contenu"], [
    ["1. Contexte", "Présentation du magasin, de la clientèle et des raisons du projet (voir partie 1)"],
    ["2. Objectifs", "Voir tableau 15"],
    ["3. Périmètre", "Catalogue de 420 références au lancement (solaires, montures, lentilles, entretien) ; essayage virtuel ; prise de rendez-vous ; retrait en magasin ; livraison à domicile et en point relais"],
    ["4. Fonctionnalités", "Compte client, paiement CB / PayPal / fractionné, codes promo, newsletter, avis clients, chat"],
    ["5. Contraintes", "Site sur PrestaShop (demande du gérant), hébergement en France, synchronisation du stock avec le logiciel Optimum, responsive mobile"],
    ["6. Planning", "Mise en ligne au plus tard fin mars 2026 ; détail dans le tableau 17"],
    ["7. Budget", "9 000 € HT maximum pour la création, 150 € HT/mois de maintenance"],
    ["8. Réponse attendue", "Devis détaillé, références, planning, contrat de maintenance, avant le 15 décembre 2025"],
], [3.5, 13.5])
caption("Tableau 14 : plan du cahier des charges")
table(["Niveau", "Objectif"], [
    ["Objectif général", "Ouvrir un deuxième canal de vente pour atteindre 10 % du chiffre d’affaires en ligne fin 2027 (environ 60 000 € TTC)"],
    ["Objectif spécifique 1", "Vendre 400 paires de solaires en ligne en 2026"],
    ["Objectif spécifique 2", "Récupérer 150 clients lentilles en réassort en ligne d’ici décembre 2026"],
    ["Objectif spécifique 3", "Obtenir 300 rendez-vous en magasin pris depuis le site en 2026"],
    ["Objectif spécifique 4", "Améliorer l’image du magasin"],
], [4, 13])
caption("Tableau 15 : objectifs du projet")
table(["Consigne de Philippe Dumeau (gérant)", "Prise en compte dans le cahier des charges"], [
    ["Pas de vente de verres correcteurs en ligne la première année", "Montures optiques seulement en « réserver et essayer en magasin »"],
    ["Budget de création limité à 9 000 € HT", "Indiqué en partie 7, réponses au-dessus écartées"],
    ["Garder la main sur le site sans dépendre de l’agence", "Formation de 2 jours demandée, accès administrateur complet"],
    ["Mettre en avant le conseil d’opticien", "Chat tenu par les opticiens, bloc « Nos conseils » sur les fiches"],
    ["Prix identiques en magasin et en ligne", "Un seul fichier de prix dans Optimum, exporté vers PrestaShop"],
], [7, 10])
caption("Tableau 16 : directives du gérant")
table(["Étape", "Date"], [
    ["Envoi du cahier des charges à 3 agences", "20 novembre 2025"],
    ["Choix de l’agence", "18 décembre 2025"],
    ["Maquettes", "à définir"],
    ["Intégration du catalogue", "février 2026"],
    ["Recette", "à définir"],
    ["Mise en ligne", "17 mars 2026"],
], [10, 7])
caption("Tableau 17 : planning")

h2("11. Choix de l’agence")
para("Trois agences ont répondu. J’ai construit une grille notée sur 5 avec Philippe ; le prix et la connaissance de PrestaShop comptent double.")
table(["Critère (coefficient)", "Pixel Garonne (Bordeaux)", "WebOcéan (Mérignac)", "Studio Lenz (Paris)"], [
    ["Prix de création (x2)", "4 – 8 400 € HT", "3 – 8 950 € HT", "1 – 14 200 € HT (hors budget)"],
    ["Expertise PrestaShop (x2)", "5 – agence partenaire PrestaShop", "3 – surtout WooCommerce", "4"],
    ["Références commerce de détail", "4 – 2 boutiques de mode, 1 caviste", "3", "5 – 2 opticiens"],
    ["Connecteur Optimum", "4 – déjà fait pour un audioprothésiste", "2 – à développer", "3"],
    ["Maintenance", "4 – 120 € HT/mois, 4 h incluses", "4 – 140 € HT/mois", "2 – 290 € HT/mois"],
    ["Proximité / réactivité", "5 – rendez-vous possible au magasin", "4", "1"],
    ["Délai annoncé", "4 – 12 semaines", "3 – 16 semaines", "4 – 10 semaines"],
    ["Total /45", "39", "28", "26"],
], [4.4, 4.4, 4.1, 4.1])
caption("Tableau 18 : grille de sélection de l’agence")
para("Pixel Garonne a été retenue le 18 décembre 2025.")

h2("12. Juridique : mentions légales, CGV, RGPD")
table(["Mention obligatoire", "Présente ?", "Où sur le site"], [
    ["Raison sociale, forme, capital", "Oui", "Page « Mentions légales », lien en pied de page de toutes les pages"],
    ["Adresse du siège, téléphone, e-mail", "Oui", "Idem + page Contact"],
    ["SIRET / RCS Bordeaux", "Oui", "Mentions légales"],
    ["N° de TVA intracommunautaire", "Oui", "Mentions légales et factures"],
    ["Directeur de la publication", "Oui", "Philippe Dumeau"],
    ["Hébergeur (nom, adresse, téléphone)", "Oui", "OVH SAS, 2 rue Kellermann, 59100 Roubaix"],
    ["Médiateur de la consommation", "Ajouté le 12 mai", "Oubli au lancement, corrigé dans les CGV et les mentions"],
], [6, 3, 8])
caption("Tableau 19 : vérification des mentions légales (contrôle du 12 mai 2026)")
para("Nos CGV ont été rédigées par moi à partir d’un modèle acheté sur un site spécialisé et adaptées à l’optique. "
     "Une relecture par l’avocat conseil de la CCI Bordeaux Gironde est prévue en septembre 2026. Voici l’analyse que j’ai faite des clauses principales.")
table(["Clause", "Ce que disent nos CGV", "Mon analyse"], [
    ["Droit de rétractation", "14 jours après réception, retour à la charge du client", "Conforme au Code de la consommation ; nous avons ajouté un formulaire type en annexe"],
    ["Exception produits personnalisés", "Pas de rétractation pour les lentilles ouvertes et les produits faits sur mesure", "Correct pour les produits scellés ouverts ; à préciser pour les futurs verres correcteurs"],
    ["Prix", "En euros TTC, frais de port affichés avant validation", "Conforme"],
    ["Garanties", "Garantie légale de conformité 2 ans et vices cachés", "Le texte légal n’était pas reproduit, ajouté en mai"],
    ["Livraison", "Délai de 2 à 5 jours ouvrés", "Il manque ce qui se passe en cas de retard"],
    ["Ordonnance pour lentilles", "Le client doit fournir une ordonnance de moins de 5 ans (ou 3 ans pour les moins de 16 ans)", "Obligatoire pour la délivrance ; vérifiée par Sandrine avant envoi"],
    ["Litiges", "Médiateur + tribunal de Bordeaux", "Médiateur ajouté le 12 mai"],
], [4, 6, 7])
caption("Tableau 20 : analyse des CGV")
para("Côté RGPD, la difficulté est l’ordonnance : c’est une donnée de santé. J’ai fait le point en suivant les fiches de la CNIL pour le commerce en ligne.")
table(["Donnée", "Pourquoi on la garde", "Combien de temps", "Ce qu’on a changé"], [
    ["Compte client (nom, e-mail, adresse)", "Exécution de la commande", "3 ans après le dernier achat", "Purge automatique programmée avec le module RGPD officiel de PrestaShop"],
    ["Ordonnance (photo ou PDF)", "Délivrance des lentilles", "Durée de validité de l’ordonnance", "Plus d’envoi par e-mail : dépôt dans l’espace client uniquement, case de consentement explicite, accès limité à Sandrine et Karim"],
    ["Newsletter", "Consentement", "3 ans sans clic", "Case non pré-cochée, double opt-in Brevo"],
    ["Cookies de mesure et Meta", "Consentement", "13 mois", "Bandeau tarteaucitron avec bouton « Tout refuser » au même niveau que « Tout accepter »"],
    ["Conversations Crisp", "Intérêt légitime (service client)", "12 mois", "Mention ajoutée dans la politique de confidentialité"],
], [4, 3.5, 3.5, 6])
caption("Tableau 21 : données personnelles et mises en conformité")
para("Un registre des traitements a été créé dans Notion le 20 mai. Une adresse rgpd@optique-lumiere.fr permet aux clients d’exercer leurs droits (accès, "
     "rectification, effacement).")

h2("13. Suivi de l’équipe")
para("Depuis l’ouverture du site, une réunion de 30 minutes a lieu le lundi à 9h15 avant l’ouverture du magasin.")
table(["Date", "Objectif de la réunion", "Décisions"], [
    ["23 mars", "Faire le point sur la première semaine de commandes", "Léa prépare les colis le matin, Sandrine vérifie les ordonnances"],
    ["6 avril", "Organiser les réponses sur le chat", "Planning de présence sur Crisp par demi-journée"],
    ["27 avril", "Préparer la campagne solaires", "Tournage des reels le mercredi après-midi"],
    ["18 mai", "Comprendre les retards d’expédition du samedi", "Les commandes du samedi partent le mardi : message ajouté sur le site"],
], [2.5, 7, 7.5])
caption("Tableau 22 : réunions d’équipe")
table(["Indicateur équipe (mars-mai)", "Valeur"], [
    ["Commandes web préparées", "186"],
    ["Délai moyen commande → expédition", "1,6 jour ouvré"],
    ["Erreurs de préparation", "3 (1,6 %)"],
    ["Retours clients", "9 (4,8 %)"],
], [10, 7])
table(["Personne", "Indicateur suivi", "Résultat"], [
    ["Sandrine", "Conversations Crisp traitées / note moyenne", "96 conversations / 4,8"],
    ["Léa", "Colis préparés / erreurs", "141 colis / 2 erreurs"],
    ["Karim", "Montures ajustées après retrait", "—"],
    ["Inès", "Fiches produits créées", "—"],
], [4, 7, 6])
caption("Tableau 23 : indicateurs de l’équipe")

pagebreak()
h2("14. Commandes, stock et livraison")
para("Le stock est commun au magasin et au site : les 420 références en ligne sont rangées dans la réserve du 1er étage, "
     "par famille (solaires, lentilles, entretien) puis par marque. Le stock est géré dans Optimum, qui envoie les quantités à PrestaShop "
     "toutes les 15 minutes grâce au connecteur de Pixel Garonne. Une monture vendue en boutique disparaît donc du site rapidement. "
     "Nous gardons une réserve de sécurité de 1 pièce par modèle solaire, non affichée en ligne.")
para("Au lancement, une commande passait par 13 étapes, avec une double saisie dans Optimum et une impression papier du bon de commande. "
     "Nous avons revu le circuit en avril. Les étapes supprimées : la ressaisie de la commande dans Optimum (import automatique), "
     "l’impression du bon (consultation sur la tablette de l’atelier), l’envoi manuel du numéro de suivi (e-mail automatique Boxtal). "
     "Le nouveau circuit est le suivant :")
steps = [
    "La commande arrive dans PrestaShop et s’importe automatiquement dans Optimum (stock décrémenté).",
    "Si la commande contient des lentilles, Sandrine contrôle l’ordonnance dans l’espace client (moins de 10 minutes en moyenne).",
    "Léa consulte la liste des commandes du jour sur la tablette de l’atelier, à 10h et à 15h.",
    "Elle prélève les produits dans la réserve et les scanne pour confirmer la référence.",
    "Elle ajoute l’étui, la chiffonnette et la carte « Merci » manuscrite.",
    "Emballage dans la boîte recyclée à l’enseigne (2 formats seulement au lieu de 5).",
    "L’étiquette est éditée depuis Boxtal, qui envoie aussi le suivi au client automatiquement.",
    "Dépôt au bureau de poste du cours Victor-Hugo ou enlèvement Mondial Relay à 16h30.",
    "La commande passe en « expédiée » dans PrestaShop et la facture est envoyée par e-mail.",
]
lst = List(stylename=numlist)
for i, s in enumerate(steps):
    li = ListItem()
    li.addElement(P(stylename=(st_break if i == 6 else st_body), text=s))
    lst.addElement(li)
doc.text.addElement(lst)
para("Résultat : 9 étapes au lieu de 13, et un temps de préparation moyen passé de 14 à 8 minutes par commande (chronométré sur 20 commandes "
     "avant et 20 après).")
para("Pour les transporteurs, j’ai comparé les tarifs de Boxtal pour un colis de 250 g (étui + paire de solaires), qui représente 80 % de nos envois.")
table(["Transporteur", "Prix TTC payé par nous (250 g)", "Délai", "Prix facturé au client"], [
    ["Retrait en magasin", "0 €", "Jour même", "Gratuit"],
    ["Mondial Relay (point relais)", "3,90 €", "3-5 jours", "Gratuit dès 79 €, sinon 3,90 €"],
    ["Colissimo sans signature", "5,25 €", "48 h", "Gratuit dès 99 €, sinon 5,90 €"],
    ["Chronopost Relais", "6,80 €", "24 h", "7,90 €"],
    ["Chronopost domicile 13h", "11,40 €", "24 h avant 13h", "12,90 €"],
], [5, 4.5, 3, 4.5])
caption("Tableau 24 : transporteurs classés du moins cher au plus cher")
para("Le retrait en magasin représente 34 % des commandes, puis Mondial Relay (41 %) et Colissimo (22 %).")
para("Nous n’avons pas encore mis en place d’enquête de satisfaction sur la livraison. Je pense l’ajouter dans Brevo après l’été.")

h1("15. Bilan personnel")
para("Ce projet m’a fait toucher à tout : la technique avec PrestaShop et le connecteur, le juridique avec l’ordonnance, et l’animation avec "
     "Instagram. Le plus difficile a été de trouver du temps à l’équipe en boutique pour le web. Pour la rentrée, je dois finir le bilan de la "
     "campagne, mettre en place la mesure de satisfaction sur les livraisons et faire relire les CGV.")

# ---------- méta + sauvegarde déterministe ----------
doc.meta.addElement(Title(text="Optique Lumière – Dossier professionnel blocs 2 et 5"))
doc.meta.addElement(InitialCreator(text=AUTHOR))
doc.meta.addElement(Creator(text=AUTHOR))
doc.meta.addElement(CreationDate(text="2026-06-12T10:00:00"))
doc.meta.addElement(Date(text="2026-06-12T10:00:00"))

os.makedirs(OUT_DIR, exist_ok=True)
_orig_localtime = odf.opendocument.time.localtime
odf.opendocument.time.localtime = lambda *a: time.struct_time((2026, 6, 12, 10, 0, 0, 4, 163, 0))
try:
    doc.save(OUT_FILE)
finally:
    odf.opendocument.time.localtime = _orig_localtime
print("écrit :", os.path.abspath(OUT_FILE))
