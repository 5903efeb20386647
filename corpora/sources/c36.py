"""Générateur du rapport SEO/SEA de Karim Benali (Souk Digital) - ODT."""
import os
import zipfile

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties)
from odf.text import P, Span, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import meta, dc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "c36-souk-digital")
OUT = os.path.join(OUT_DIR, "souk-digital.odt")
AUTHOR = "Karim Benali"

doc = OpenDocumentText()
doc.meta.addElement(dc.Creator(text=AUTHOR))
doc.meta.addElement(dc.Title(text="Souk Digital - visibilité et acquisition"))
doc.meta.addElement(dc.Date(text="2026-04-30T17:00:00"))
doc.meta.addElement(meta.CreationDate(text="2026-04-02T09:00:00"))

normal = Style(name="Texte", family="paragraph")
normal.addElement(TextProperties(fontsize="11pt", fontfamily="Liberation Sans"))
normal.addElement(ParagraphProperties(marginbottom="0.2cm", textalign="justify"))
doc.styles.addElement(normal)
bold = Style(name="Gras", family="text")
bold.addElement(TextProperties(fontweight="bold"))
doc.automaticstyles.addElement(bold)
bigbold = Style(name="GrandGras", family="text")
bigbold.addElement(TextProperties(fontweight="bold", fontsize="13pt"))
doc.automaticstyles.addElement(bigbold)
caption = Style(name="Legende", family="paragraph")
caption.addElement(TextProperties(fontsize="9pt", fontstyle="italic", color="#555555"))
caption.addElement(ParagraphProperties(textalign="center", marginbottom="0.3cm"))
doc.styles.addElement(caption)
frame = Style(name="Cadre", family="paragraph")
frame.addElement(TextProperties(fontsize="9pt", color="#888888"))
frame.addElement(ParagraphProperties(textalign="center", border="0.5pt solid #999999",
                                     padding="0.8cm", margintop="0.3cm"))
doc.styles.addElement(frame)
center = Style(name="Centre", family="paragraph")
center.addElement(TextProperties(fontsize="20pt", fontweight="bold", color="#B5462B"))
center.addElement(ParagraphProperties(textalign="center", margintop="0.5cm"))
doc.styles.addElement(center)
sub = Style(name="SousTitre", family="paragraph")
sub.addElement(TextProperties(fontsize="12pt"))
sub.addElement(ParagraphProperties(textalign="center", marginbottom="0.6cm"))
doc.styles.addElement(sub)
cellp = Style(name="Cellule", family="paragraph")
cellp.addElement(TextProperties(fontsize="9pt"))
doc.styles.addElement(cellp)
cellst = Style(name="CelluleBord", family="table-cell")
cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
doc.automaticstyles.addElement(cellst)
colst = Style(name="Col", family="table-column")
colst.addElement(TableColumnProperties(columnwidth="3cm"))
doc.automaticstyles.addElement(colst)

_tcount = [0]


def p(txt):
    doc.text.addElement(P(stylename=normal, text=txt))


def title(txt, big=False):
    par = P(stylename=normal)
    par.addElement(Span(stylename=bigbold if big else bold, text=txt))
    doc.text.addElement(par)


def fig(num, txt):
    doc.text.addElement(P(stylename=frame, text="[capture d'écran]"))
    doc.text.addElement(P(stylename=caption, text="Figure %d : %s" % (num, txt)))


def bullets(items):
    lst = List()
    for it in items:
        li = ListItem()
        li.addElement(P(stylename=normal, text="• " + it))
        lst.addElement(li)
    doc.text.addElement(lst)


def table(rows):
    _tcount[0] += 1
    t = Table(name="Tableau%d" % _tcount[0])
    for _ in rows[0]:
        t.addElement(TableColumn(stylename=colst))
    for i, r in enumerate(rows):
        tr = TableRow()
        for c in r:
            tc = TableCell(valuetype="string", stylename=cellst)
            par = P(stylename=cellp)
            if i == 0:
                par.addElement(Span(stylename=bold, text=c))
            else:
                par.addText(c)
            tc.addElement(par)
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
    p("")


# ---------------------------------------------------------------- page de titre
doc.text.addElement(P(stylename=center, text="SOUK DIGITAL"))
doc.text.addElement(P(stylename=sub, text="La place de marché des artisans du Maroc – souk-digital.fr"))
doc.text.addElement(P(stylename=sub, text="Rapport d'activité : référencement naturel, liens sponsorisés et mesure de la performance"))
doc.text.addElement(P(stylename=sub, text="Karim Benali – alternance chargé d'acquisition – avril 2026"))

title("Présentation rapide", big=True)
p("Souk Digital est une marketplace lancée en 2023 par Yasmine Alaoui à Lyon. Elle met en "
  "relation 64 artisans marocains (coopératives de tisserandes du Moyen Atlas, dinandiers de "
  "Fès, potiers de Safi, maroquiniers de Marrakech) avec une clientèle française et belge. "
  "Le site tourne sous WordPress / WooCommerce avec l'extension Dokan pour la gestion "
  "multi-vendeurs. Souk Digital prend une commission de 18 % sur chaque vente et gère la "
  "logistique depuis un entrepôt à Vénissieux.")
p("Les produits phares : tapis berbères Beni Ouarain (de 290 € à 1 400 €), poufs en cuir "
  "(89 €), lanternes en laiton ciselé (45 à 160 €) et vaisselle tajine de Safi. En 2025 le "
  "site a fait 412 000 € de volume d'affaires pour environ 2 900 commandes (panier moyen "
  "142 €). Les concurrents directs sont Zellij & Co, Maison Tamazight et, pour les tapis, "
  "les vendeurs Etsy et Amazon Handmade qui captent une grosse partie des recherches.")
p("Ma mission depuis septembre : faire progresser le trafic organique et structurer les "
  "campagnes Google Ads, qui étaient gérées « au feeling » par Yasmine.")

title("1. Audit de départ et outils de mesure", big=True)
p("Pour faire l'état des lieux j'ai utilisé les outils suivants :")
bullets([
    "Google Analytics 4 (propriété installée via Site Kit) : trafic, sources, conversions e-commerce.",
    "Google Search Console : impressions, clics et positions moyennes par requête et par page.",
    "Semrush (abonnement Pro de l'agence partenaire, accès partagé) : suivi de positions, audit technique, backlinks.",
    "PageSpeed Insights pour la vitesse.",
    "Screaming Frog (version gratuite, 500 URL) pour le crawl.",
])
p("On a choisi GA4 et la Search Console parce qu'ils sont gratuits et déjà installés, et "
  "Semrush parce que l'agence nous prête l'accès.")
fig(1, "vue d'ensemble GA4, sessions par canal, septembre 2025")
p("Constats principaux de l'audit (septembre 2025) :")
bullets([
    "Trafic : 9 800 sessions/mois, dont 41 % Organic Search, 27 % Direct, 19 % Paid Search, 13 % Social.",
    "312 fiches produits sans meta description, 85 avec des titres dupliqués (« Tapis berbère » x 40).",
    "Mobile : score PageSpeed de 38/100, LCP de 5,2 s à cause des photos de tapis en 4000 px.",
    "Aucune page catégorie optimisée : les catégories s'appellent « Textile », « Déco », « Cuisine ».",
    "Seulement 46 domaines référents, dont une bonne partie d'annuaires sans intérêt.",
])

title("2. Plan d'actions SEO priorisé", big=True)
p("J'ai listé les chantiers puis je les ai classés selon l'impact attendu et l'effort, avec "
  "Yasmine, lors d'un point le 6 octobre. Priorité 1 = à faire dans le mois.")
table([
    ["Action", "Impact", "Effort", "Priorité", "Statut avril 2026"],
    ["Compresser les images (WebP, 1600 px max) + lazy load", "Fort", "Faible", "P1", "Fait"],
    ["Renommer / réécrire les 6 catégories avec mots-clés", "Fort", "Moyen", "P1", "Fait"],
    ["Titres et meta des 120 fiches les plus vues", "Fort", "Moyen", "P1", "Fait (120/120)"],
    ["Créer des pages guides (tapis, tajine, lanterne)", "Fort", "Fort", "P2", "2 sur 3"],
    ["Netlinking : blogs déco et médias", "Moyen", "Fort", "P2", "En cours"],
    ["Corriger les 85 titres dupliqués restants", "Moyen", "Faible", "P2", "Fait"],
    ["Données structurées Product / Review", "Moyen", "Moyen", "P3", "Non commencé"],
    ["Version anglaise du site", "Faible à court terme", "Fort", "P3", "Reporté"],
])

title("3. Recherche de mots-clés", big=True)
p("Méthode suivie, étape par étape :")
bullets([
    "Étape 1 – lister les « mots graines » avec Yasmine et deux artisans : tapis berbère, "
    "beni ouarain, pouf cuir, lanterne marocaine, tajine, artisanat marocain.",
    "Étape 2 – élargir avec l'outil Keyword Magic de Semrush (base France), les suggestions "
    "Google et la rubrique « Autres questions posées ».",
    "Étape 3 – récupérer dans la Search Console les requêtes sur lesquelles on avait déjà des "
    "impressions en position 8 à 30 (les « quick wins »).",
    "Étape 4 – regarder sur quels mots Maison Tamazight et Zellij & Co sont positionnés "
    "(Semrush > Écart de mots-clés).",
    "Étape 5 – filtrer : volume > 100/mois, difficulté (KD) < 50, intention transactionnelle "
    "ou commerciale en priorité, et exclusion des requêtes « pas cher » / « ikea » qui ne "
    "correspondent pas à notre positionnement artisanal.",
    "Étape 6 – affecter chaque mot-clé à une seule page pour éviter la cannibalisation.",
])
p("Résultat : la matrice ci-dessous (extrait, 18 mots-clés sur 74 retenus).")
table([
    ["Mot-clé", "Vol./mois", "KD", "Intention", "Page cible", "Position sept. 25"],
    ["tapis berbère", "22 200", "48", "Transac.", "/tapis-berberes/", "34"],
    ["tapis beni ouarain", "8 100", "41", "Transac.", "/tapis-berberes/beni-ouarain/", "19"],
    ["tapis berbère authentique", "880", "29", "Transac.", "/tapis-berberes/", "—"],
    ["tapis berbère fait main", "590", "27", "Transac.", "/tapis-berberes/", "27"],
    ["comment reconnaître un vrai tapis berbère", "320", "18", "Info", "/guide/vrai-tapis-berbere/", "—"],
    ["tapis azilal", "1 900", "33", "Transac.", "/tapis-berberes/azilal/", "22"],
    ["pouf marocain cuir", "2 400", "35", "Transac.", "/poufs-cuir/", "14"],
    ["pouf cuir véritable", "720", "31", "Transac.", "/poufs-cuir/", "—"],
    ["lanterne marocaine", "6 600", "39", "Transac.", "/luminaires/lanternes/", "28"],
    ["suspension marocaine laiton", "880", "24", "Transac.", "/luminaires/suspensions/", "—"],
    ["lampe marocaine", "3 600", "37", "Transac.", "/luminaires/", "41"],
    ["tajine en terre cuite", "2 900", "30", "Transac.", "/cuisine/tajines/", "17"],
    ["culotter un tajine", "1 300", "12", "Info", "/guide/culotter-tajine/", "—"],
    ["vaisselle marocaine", "1 600", "34", "Transac.", "/cuisine/", "25"],
    ["artisanat marocain en ligne", "260", "22", "Commercial", "/ (accueil)", "9"],
    ["cadeau marocain", "480", "15", "Commercial", "/idees-cadeaux/", "—"],
    ["coopérative artisans maroc", "140", "10", "Info", "/nos-artisans/", "12"],
    ["tapis boucherouite", "1 000", "26", "Transac.", "/tapis-berberes/boucherouite/", "31"],
])
p("On a volontairement laissé de côté « tapis » seul (KD 78, dominé par La Redoute, Maisons "
  "du Monde et Amazon) et « décoration marocaine » (trop large, intention floue).")

title("4. Cocon sémantique", big=True)
p("J'ai commencé à organiser le site en cocon autour des tapis, qui font 55 % du CA :")
bullets([
    "Page mère : /tapis-berberes/",
    "Pages filles : Beni Ouarain, Azilal, Boucherouite, Kilim",
    "Pages guides : vrai tapis berbère, entretien d'un tapis en laine",
])
p("Les autres univers (luminaires, cuisine) seront faits plus tard.")
fig(2, "arborescence du silo « tapis » dessinée sur Whimsical")

title("5. Évolution de la visibilité", big=True)
p("Suivi des positions Semrush et Search Console entre septembre 2025 et mars 2026 :")
table([
    ["Requête", "Position sept. 2025", "Position mars 2026", "Clics/mois sept.", "Clics/mois mars"],
    ["tapis beni ouarain", "19", "6", "12", "310"],
    ["pouf marocain cuir", "14", "4", "35", "402"],
    ["tajine en terre cuite", "17", "8", "20", "145"],
    ["tapis azilal", "22", "11", "4", "38"],
    ["lanterne marocaine", "28", "15", "2", "31"],
    ["tapis berbère", "34", "21", "1", "17"],
])
fig(3, "capture de la Search Console, performances du 01/09/2025 au 31/03/2026 (clics et impressions)")
p("Sur la période, le trafic organique est passé de 4 020 à 7 350 sessions par mois "
  "(+83 %), et le nombre de requêtes en top 10 de 38 à 117 (Semrush). La hausse la plus "
  "nette date de fin novembre, juste après la refonte des catégories et la compression des "
  "images. Une partie de la hausse de décembre est aussi saisonnière (cadeaux de Noël), donc "
  "il faut rester prudent sur la part due au SEO.")

title("6. Netlinking", big=True)
p("Partenaires contactés pour obtenir des liens :")
bullets([
    "le blog déco « Le Nid de Margaux » (article sponsorisé sur les tapis, 180 €)",
    "l'association Lyon-Maroc Échanges (lien depuis leur page partenaires)",
    "un annuaire d'artisans équitables",
])
p("Deux liens ont été obtenus en février. On n'a pas encore assez de recul pour mesurer "
  "l'effet sur le trafic référent ou le Authority Score.")

title("7. Campagnes Google Ads", big=True)
p("Avant septembre il n'y avait qu'une campagne « Tout le site » en requête large, avec 900 € "
  "par mois de budget et aucune conversion suivie correctement. J'ai restructuré le compte "
  "en février 2026 avec le suivi des achats via GA4 importé dans Google Ads.")
table([
    ["Campagne", "Groupe d'annonces", "Mots-clés (correspondance)", "Page d'atterrissage", "Budget/jour"],
    ["Search – Tapis", "Beni Ouarain", "[tapis beni ouarain], \"beni ouarain laine\"", "/tapis-berberes/beni-ouarain/", "14 €"],
    ["Search – Tapis", "Tapis berbère générique", "\"tapis berbère fait main\", \"tapis berbère authentique\"", "/tapis-berberes/", "(partagé)"],
    ["Search – Poufs & Luminaires", "Poufs", "[pouf marocain cuir], \"pouf cuir véritable\"", "/poufs-cuir/", "8 €"],
    ["Search – Poufs & Luminaires", "Lanternes", "\"lanterne marocaine laiton\", \"suspension marocaine\"", "/luminaires/lanternes/", "(partagé)"],
    ["Search – Marque", "Souk Digital", "[souk digital], [souk digital avis]", "/ (accueil)", "3 €"],
])
p("Mots-clés négatifs ajoutés : gratuit, pas cher, occasion, leboncoin, ikea, fabrication, tuto.")
p("Exemples d'annonces rédigées (annonces responsives, 2 des 15 titres) :")
table([
    ["Groupe", "Titres", "Description"],
    ["Beni Ouarain", "Tapis Beni Ouarain Fait Main | Direct Coopératives du Moyen Atlas | Livraison Offerte dès 300 €",
     "Laine 100 % naturelle, tissé à la main par nos artisanes. Pièces uniques, photos réelles, retour 30 jours."],
    ["Poufs", "Pouf Marocain en Cuir Véritable | Cousu Main à Marrakech | 89 € Livré en 5 Jours",
     "Cuir de chèvre tanné végétal, 12 coloris. Artisans rémunérés au juste prix. Paiement en 3x sans frais."],
])
fig(4, "aperçu de l'annonce Beni Ouarain dans l'outil de prévisualisation Google Ads")

title("8. Suivi des campagnes", big=True)
p("Tableau de suivi hebdomadaire (export Google Ads + chiffre d'affaires GA4), mars 2026 :")
table([
    ["Semaine", "Impressions", "Clics", "CTR", "CPC moyen", "Coût", "Conversions", "CA généré"],
    ["S10", "18 420", "512", "2,8 %", "0,41 €", "210 €", "5", "1 180 €"],
    ["S11", "19 870", "601", "3,0 %", "0,38 €", "228 €", "7", "1 420 €"],
    ["S12", "17 950", "566", "3,2 %", "0,37 €", "209 €", "4", "690 €"],
    ["S13", "21 300", "684", "3,2 %", "0,33 €", "226 €", "8", "1 950 €"],
    ["Total mars", "77 540", "2 363", "3,0 %", "0,37 €", "873 €", "24", "5 240 €"],
])
p("Sur mars, le ROAS est de 5 240 / 873 = 6,0, contre 1,9 en février avant la "
  "restructuration (1 710 € de CA pour 900 € dépensés). Le CPC a baissé grâce aux mots-clés "
  "négatifs et à la correspondance exacte. La campagne Marque fait à elle seule 40 % des "
  "conversions, ce qui gonfle un peu le résultat : sans elle le ROAS tombe à environ 4.")
p("Comme Souk Digital touche une commission de 18 %, le vrai gain pour l'entreprise sur "
  "mars est de 5 240 × 0,18 = 943 € de commission pour 873 € de dépenses, soit un ROI de "
  "(943 − 873) / 873 = +8 %. C'est positif mais faible : la campagne est rentable surtout "
  "grâce aux tapis (panier moyen 480 €), les poufs ne le sont pas.")

title("9. Indicateurs suivis", big=True)
table([
    ["KPI", "Sept. 2025", "Mars 2026", "Commentaire"],
    ["Sessions / mois", "9 800", "14 200", "Surtout grâce au SEO (+83 % organique)"],
    ["Taux de rebond (GA4 : 100 − taux d'engagement)", "58 %", "49 %", "Meilleur depuis les pages catégories"],
    ["Durée moyenne d'engagement", "0 min 52 s", "1 min 24 s", "Les guides retiennent les visiteurs"],
    ["Taux de conversion", "1,1 %", "1,4 %", ""],
    ["Chiffre d'affaires (volume vendu)", "31 800 €", "44 600 €", "Mars 2026 vs sept. 2025"],
    ["Temps de chargement mobile (LCP)", "5,2 s", "", ""],
])
p("Je n'ai pas encore mis en place le suivi des abandons par étape du tunnel (panier, "
  "livraison, paiement) : GA4 le permet avec l'exploration « entonnoir » mais les "
  "événements begin_checkout et add_shipping_info ne remontent pas correctement depuis "
  "la mise à jour de Dokan.")
p("Liens utiles : tableau de bord Looker Studio (lien à ajouter) – Search Console : "
  "https://search.google.com/search-console – suivi de positions Semrush (projet « Souk "
  "Digital FR »).")

title("10. Bilan et suites", big=True)
p("Les objectifs fixés avec Yasmine en septembre étaient de doubler le trafic organique en "
  "un an et d'atteindre un ROAS de 4 sur Google Ads. Le ROAS est atteint, le trafic "
  "organique est à +83 % après sept mois, donc on est en bonne voie.")
p("Ce qu'il faudrait faire ensuite :")
bullets([
    "réparer le suivi du tunnel de commande dans GA4",
    "finir le cocon sur les luminaires et la cuisine",
    "tester une campagne Shopping (flux produits via Google Merchant Center)",
    "continuer le netlinking",
    "mettre en place les données structurées pour avoir les étoiles dans Google",
    "réduire le budget sur les poufs qui ne sont pas rentables",
])

os.makedirs(OUT_DIR, exist_ok=True)
doc.save(OUT)
tmp = OUT + ".tmp"
with zipfile.ZipFile(OUT) as zin, zipfile.ZipFile(tmp, "w") as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        zi = zipfile.ZipInfo(item.filename, date_time=(2026, 4, 30, 17, 0, 0))
        zi.compress_type = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)
os.replace(tmp, OUT)
print("écrit :", OUT)
