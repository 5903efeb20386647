"""Générateur du dossier de Camille Roussel (Wouf Wouf) — document ODT."""
import os
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, PageLayout, PageLayoutProperties, MasterPage,
                       Header, Footer)
from odf.text import H, P, List, ListItem, Span
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import meta, dc

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c37-wouf-wouf")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Camille Roussel"

doc = OpenDocumentText()

# ---------- styles ----------
pl = PageLayout(name="PL")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="2cm",
                                   marginbottom="2cm", marginleft="2.2cm", marginright="2.2cm"))
doc.automaticstyles.addElement(pl)
hstyle = Style(name="HeaderP", family="paragraph")
hstyle.addElement(TextProperties(fontsize="8pt", color="#666666"))
doc.styles.addElement(hstyle)
mp = MasterPage(name="Standard", pagelayoutname=pl)
hd = Header()
hd.addElement(P(stylename=hstyle, text="Camille Roussel — Dossier professionnel Chef de projet e-commerce — Wouf Wouf"))
mp.addElement(hd)
ft = Footer()
ft.addElement(P(stylename=hstyle, text="Session 2026 — Blocs 2 et 4 — document confidentiel"))
mp.addElement(ft)
doc.masterstyles.addElement(mp)

body = Style(name="Body", family="paragraph")
body.addElement(TextProperties(fontsize="10pt", fontfamily="Liberation Sans"))
body.addElement(ParagraphProperties(marginbottom="0.18cm", textalign="justify"))
doc.styles.addElement(body)

h1 = Style(name="Heading 1", family="paragraph", defaultoutlinelevel="1")
h1.addElement(TextProperties(fontsize="16pt", fontweight="bold", color="#7A3E12"))
h1.addElement(ParagraphProperties(margintop="0.5cm", marginbottom="0.25cm"))
doc.styles.addElement(h1)
h1b = Style(name="Heading 1 saut", family="paragraph", parentstylename="Heading 1", defaultoutlinelevel="1")
h1b.addElement(ParagraphProperties(breakbefore="page"))
doc.styles.addElement(h1b)
h2 = Style(name="Heading 2", family="paragraph", defaultoutlinelevel="2")
h2.addElement(TextProperties(fontsize="12.5pt", fontweight="bold", color="#333333"))
h2.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.15cm"))
doc.styles.addElement(h2)

title = Style(name="CoverTitle", family="paragraph")
title.addElement(TextProperties(fontsize="26pt", fontweight="bold", color="#7A3E12"))
title.addElement(ParagraphProperties(textalign="center", margintop="5cm", marginbottom="0.6cm"))
doc.styles.addElement(title)
cover = Style(name="Cover", family="paragraph")
cover.addElement(TextProperties(fontsize="13pt"))
cover.addElement(ParagraphProperties(textalign="center", marginbottom="0.3cm"))
doc.styles.addElement(cover)
caption = Style(name="Caption", family="paragraph")
caption.addElement(TextProperties(fontsize="9pt", fontstyle="italic", color="#555555"))
caption.addElement(ParagraphProperties(marginbottom="0.3cm"))
doc.styles.addElement(caption)
chat = Style(name="Chat", family="paragraph")
chat.addElement(TextProperties(fontsize="9.5pt", fontfamily="Liberation Mono"))
chat.addElement(ParagraphProperties(marginleft="0.6cm", marginbottom="0.05cm"))
doc.styles.addElement(chat)
bold = Style(name="B", family="text")
bold.addElement(TextProperties(fontweight="bold"))
doc.styles.addElement(bold)
cellst = Style(name="Cell", family="table-cell")
cellst.addElement(TableCellProperties(border="0.5pt solid #999999", padding="0.08cm"))
doc.automaticstyles.addElement(cellst)
headcell = Style(name="HeadCell", family="table-cell")
headcell.addElement(TableCellProperties(border="0.5pt solid #999999", padding="0.08cm",
                                        backgroundcolor="#F3E2D3"))
doc.automaticstyles.addElement(headcell)
cellp = Style(name="CellP", family="paragraph")
cellp.addElement(TextProperties(fontsize="8.5pt"))
doc.styles.addElement(cellp)
cellhp = Style(name="CellHP", family="paragraph")
cellhp.addElement(TextProperties(fontsize="9pt", fontweight="bold"))
doc.styles.addElement(cellhp)

_tcount = [0]


BREAKS = ("Sommaire", "1. ", "5. ", "8. ", "Annexes")


def h(level, text):
    st = h2
    if level == 1:
        st = h1b if text.startswith(BREAKS) else h1
    doc.text.addElement(H(outlinelevel=level, stylename=st, text=text))


def p(text, style=body):
    doc.text.addElement(P(stylename=style, text=text))


def pb(lead, text):
    para = P(stylename=body)
    para.addElement(Span(stylename=bold, text=lead))
    para.addText(text)
    doc.text.addElement(para)


def bullets(items):
    lst = List()
    for it in items:
        li = ListItem()
        li.addElement(P(stylename=body, text="– " + it))
        lst.addElement(li)
    doc.text.addElement(lst)


def table(rows, widths=None, header=True):
    _tcount[0] += 1
    t = Table(name="Tableau%d" % _tcount[0])
    ncol = len(rows[0])
    for i in range(ncol):
        cs = Style(name="T%dC%d" % (_tcount[0], i), family="table-column")
        w = widths[i] if widths else "%.2fcm" % (16.6 / ncol)
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))
    for r, row in enumerate(rows):
        tr = TableRow()
        for val in row:
            is_h = header and r == 0
            tc = TableCell(stylename=headcell if is_h else cellst, valuetype="string")
            for line in str(val).split("\n"):
                tc.addElement(P(stylename=cellhp if is_h else cellp, text=line))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)


def cap(text):
    p(text, caption)


def chatlines(lines):
    for l in lines:
        p(l, chat)


# ---------- contenu ----------
p("WOUF WOUF", title)
p("Accessoires durables pour chiens — wouf-wouf.fr", cover)
p("Dossier professionnel — Titre RNCP Chef de projet e-commerce", cover)
p("Bloc 2 : promotion et relation client en ligne", cover)
p("Bloc 4 : contenus, fiches produits et tunnel de conversion", cover)
p("Camille Roussel — alternance chez Wouf Wouf SAS (Nantes), septembre 2025 – juin 2026", cover)
p("Tutrice entreprise : Élodie Marchand, fondatrice et gérante", cover)

h(1, "Sommaire")
for line in [
    "1. Présentation de Wouf Wouf et de ma mission",
    "2. Plan de promotion « Rentrée des toutous » (sept.–nov. 2025)",
    "3. Partenaires de diffusion : choix et résultats",
    "4. Réseaux sociaux et communauté",
    "5. Chat en ligne : deux conversations et analyse des statistiques",
    "6. Mise en avant des produits sur la boutique Shopify",
    "7. Paiement, paiement fractionné et fidélisation",
    "8. Production de contenus : prestataires, fiches produits, médias",
    "9. Blog « Le Carnet de Balade »",
    "10. Tunnel de commande : objectifs, mesure et corrections",
    "Annexes",
]:
    p(line)

h(1, "1. Présentation de Wouf Wouf et de ma mission")
p("Wouf Wouf est une marque nantaise créée en 2021 par Élodie Marchand, éducatrice canine de formation. "
  "L'entreprise conçoit et vend en ligne des accessoires pour chiens fabriqués en Europe à partir de matières "
  "recyclées ou naturelles : harnais « Balade » en sangle de bouteilles PET recyclées (49 €), laisses en corde "
  "d'escalade reconditionnée (34 €), gamelles anti-glouton « Slowbowl » en céramique (29 €), coussins "
  "« Cocon » déhoussables (de 69 € à 119 €) et jouets en caoutchouc naturel (de 9 € à 19 €).")
p("La boutique tourne sous Shopify (thème Dawn personnalisé) depuis mars 2022. En 2025 le site a réalisé "
  "512 000 € de chiffre d'affaires TTC pour 8 940 commandes, soit un panier moyen de 57,30 €. 71 % du trafic "
  "vient du mobile. L'équipe compte cinq personnes : Élodie (direction, produit), Hugo (logistique, atelier de "
  "Rezé), Manon (service client), Yanis (graphiste freelance deux jours par semaine) et moi-même, alternante "
  "chargée du e-commerce et de la communication digitale.")
p("Le projet d'entreprise 2025-2027 fixé par Élodie tient en trois axes : passer à 750 000 € de CA en 2027, "
  "porter la part des clients qui recommandent dans l'année de 24 % à 35 %, et rester une marque « qui "
  "explique » (éducation canine, bien-être animal) plutôt qu'une marque qui brade. Toutes les actions "
  "décrites dans ce dossier ont été pensées à partir de ces trois axes. Les chiffres proviennent de Shopify "
  "Analytics, de Google Analytics 4 (GA4), de Meta Business Suite et de Crisp, période de référence "
  "septembre–novembre 2024 contre septembre–novembre 2025 sauf mention contraire.")

h(1, "2. Plan de promotion « Rentrée des toutous » (sept.–nov. 2025)")
h(2, "2.1 Pourquoi cette campagne")
p("La rentrée est la deuxième saison de Wouf Wouf après Noël : adoptions de l'été, reprise des balades "
  "longues, premiers froids qui relancent les coussins. En 2024 nous n'avions rien organisé de spécifique et "
  "le CA de septembre était resté plat (31 200 €). Élodie voulait une opération qui serve directement l'axe "
  "« recommandation » du projet d'entreprise, sans remise sèche sur tout le catalogue.")
h(2, "2.2 Buts chiffrés")
table([
    ["But", "Indicateur", "Point de départ (sept.–nov. 2024)", "Cible", "Résultat sept.–nov. 2025"],
    ["Gagner de nouveaux clients", "Nouveaux clients Shopify", "1 420", "1 800", "1 932"],
    ["Installer le harnais Balade comme produit phare", "Unités vendues", "610", "900", "1 047"],
    ["Faire parler de la marque", "Abonnés Instagram", "18 400", "22 000", "23 150"],
    ["Encourager la recommandation", "Commandes avec code parrain", "96", "250", "231"],
    ["Préserver la marge", "Taux de remise moyen", "6,8 %", "< 8 %", "7,4 %"],
], widths=["4cm", "3.2cm", "3.2cm", "2.4cm", "3.8cm"])
cap("Tableau 1 : objectifs de la campagne et atteinte (source : Shopify Analytics, export du 2 décembre 2025)")
h(2, "2.3 Cibles")
p("Nous avons retenu deux cibles, tirées des 2 300 réponses du questionnaire clients de juin 2025 (Typeform) :")
bullets([
    "les « nouveaux adoptants » : 25-40 ans, urbains, premier chien depuis moins d'un an, beaucoup de "
    "questions sur l'éducation et le matériel, très présents sur Instagram et TikTok ;",
    "les « promeneurs engagés » : 35-55 ans, chiens de taille moyenne à grande, randonnée et canicross, "
    "sensibles au made in Europe et à la durabilité, lecteurs de blogs et abonnés à la newsletter.",
])
h(2, "2.4 Canaux retenus et articulation")
p("Chaque canal a un rôle précis ; le tableau suivant montre comment but, cible et canal s'emboîtent. "
  "C'est ce tableau que nous avons validé avec Élodie le 28 août 2025 avant le lancement.")
table([
    ["Canal", "Cible principale", "Rôle dans la campagne", "Budget", "Calendrier"],
    ["Instagram + Reels (organique)", "Nouveaux adoptants", "Notoriété, série « 5 erreurs de la première balade »", "0 € (temps interne)", "1 post/j ouvré du 1/09 au 15/10"],
    ["Meta Ads (Instagram/Facebook)", "Nouveaux adoptants", "Acquisition sur le harnais Balade, retargeting visiteurs 30 j", "3 200 €", "8/09 – 30/11"],
    ["Newsletter Brevo", "Promeneurs engagés + clients", "Lancement du parrainage, contenu éducatif", "Abonnement existant", "4 envois (9/09, 23/09, 14/10, 4/11)"],
    ["Influence (micro)", "Les deux", "Preuve sociale, tests terrain", "2 150 € + produits", "Septembre – octobre"],
    ["Comparateur / marketplace", "Promeneurs engagés", "Visibilité hors site", "Commission 12 %", "Dès le 15/09"],
    ["Salon Animal Expo Nantes", "Familles locales", "Rencontre physique, collecte d'e-mails", "1 400 €", "18-19 octobre"],
], widths=["3.4cm", "2.8cm", "4.6cm", "2.6cm", "3.2cm"])
cap("Tableau 2 : plan de diffusion de la campagne « Rentrée des toutous »")
p("La logique d'ensemble : Instagram et l'influence créent la première rencontre avec la marque auprès des "
  "nouveaux adoptants, Meta Ads transforme cette attention en visite sur la fiche du harnais, la newsletter "
  "transforme les clients existants en prescripteurs grâce au parrainage (10 € offerts au filleul, 10 € de "
  "crédit pour le parrain). Le salon sert surtout à recruter des abonnés newsletter (412 e-mails collectés).")

h(1, "3. Partenaires de diffusion : choix et résultats")
h(2, "3.1 Qui et pourquoi")
p("Nous avons sélectionné nos partenaires sur trois critères : leur audience correspond à l'une de nos deux "
  "cibles, leur univers est compatible avec une marque durable et pédagogique (pas de partenaires qui "
  "poussent la surconsommation de jouets gadgets), et leurs résultats sont mesurables (code promo ou lien "
  "UTM dédié).")
table([
    ["Partenaire", "Type", "Audience", "Pourquoi lui", "Mesure"],
    ["@lola.le.berger (Clémence)", "Micro-influenceuse Instagram", "38 k abonnés, 78 % femmes 25-40 ans", "Berger australien adopté en 2024, contenus éducation positive, colle aux nouveaux adoptants", "Code LOLA10 + UTM"],
    ["Rando-Toutou.fr", "Blog randonnée avec chien", "45 000 visites/mois", "Lecteurs = promeneurs engagés ; article test du harnais sur le GR34", "UTM + lien suivi Shopify Collabs"],
    ["Animalis Box (box mensuelle)", "Revendeur / box", "6 500 abonnés", "Mise en avant de la Slowbowl, même positionnement premium", "Nombre d'unités + code dans la box"],
    ["Idealo", "Comparateur de prix", "Trafic générique", "Les promeneurs comparent avant d'acheter un harnais à 49 €", "Tableau de bord Idealo + GA4"],
    ["Clinique vétérinaire des Dervallières", "Réseau local", "Clientèle nantaise", "Prescription du Slowbowl pour les chiens gloutons, crédibilité", "Code VETO5"],
], widths=["3.2cm", "2.6cm", "3cm", "4.6cm", "3.2cm"])
cap("Tableau 3 : partenaires retenus")
p("Nous avons écarté deux propositions : un influenceur « lifestyle » à 210 k abonnés (2 800 € le post, "
  "audience surtout masculine 18-24 ans, très peu propriétaire de chiens d'après ses statistiques partagées) "
  "et la marketplace ManoMano, dont l'image « bricolage / prix bas » ne correspond pas à notre positionnement.")
h(2, "3.2 Ce que les partenaires ont rapporté")
table([
    ["Partenaire", "Sessions GA4", "Commandes attribuées", "CA TTC", "Coût", "Coût par commande"],
    ["@lola.le.berger", "3 870", "164", "9 430 €", "1 200 € + 300 € produits", "9,15 €"],
    ["Rando-Toutou.fr", "2 140", "71", "4 610 €", "650 €", "9,15 €"],
    ["Animalis Box", "—", "212 unités box + 38 rachats site", "6 360 € + 1 140 €", "Remise revendeur 40 %", "n.c."],
    ["Idealo", "1 980", "47", "2 480 €", "298 € (CPC)", "6,34 €"],
    ["Clinique vétérinaire", "—", "29 (code VETO5)", "1 050 €", "Produits de démo 120 €", "4,14 €"],
], widths=["3.2cm", "2.2cm", "3.2cm", "2.6cm", "3cm", "2.4cm"])
cap("Tableau 4 : résultats par partenaire, 1er septembre – 30 novembre 2025 (GA4, modèle d'attribution basé sur les données, et codes Shopify)")
p("Les deux partenaires qui ont le mieux fonctionné sont ceux dont l'audience recouvre exactement une de nos "
  "cibles : Clémence (nouveaux adoptants) et Rando-Toutou (promeneurs). Le taux de conversion des sessions "
  "venues de Clémence (4,2 %) est presque le double de la moyenne du site (2,3 %). Idealo apporte des commandes "
  "bon marché mais un panier plus faible (52,80 €) et presque aucun réachat. Nous reconduisons Clémence et "
  "Rando-Toutou pour Noël, et nous passons Idealo en budget plafonné à 150 €/mois.")

h(1, "4. Réseaux sociaux et communauté")
h(2, "4.1 Ce que nous publions et comment")
p("Le calendrier éditorial est dans Notion (une base « Posts » avec statut, format, pilier, date, lien vers le "
  "visuel Canva). Nous avons quatre piliers : éducation (40 %), coulisses de l'atelier de Rezé (20 %), "
  "clients et leurs chiens (25 %, contenus repartagés avec autorisation), produits (15 %). Les Reels sont "
  "tournés au smartphone et montés dans CapCut, 20 à 35 secondes, sous-titrés car 80 % sont vus sans le son.")
p("Techniques utilisées pendant la campagne : séries numérotées pour créer un rendez-vous (« erreur n°3 : "
  "tirer sur la laisse »), questions en story avec sticker sondage, réponse à 100 % des commentaires en moins "
  "de 4 heures (Manon et moi, via Meta Business Suite), concours « montre-nous ta balade de rentrée » avec "
  "hashtag #BaladeWouf (612 participations), collaboration Instagram (post publié sur les deux comptes) avec "
  "Clémence. Sur Facebook, nous animons le groupe privé « Wouf Wouf & Co » (2 840 membres) où Élodie répond "
  "aux questions d'éducation le jeudi soir. Sur Pinterest, nous épinglons les articles du blog.")
h(2, "4.2 Indicateurs de notoriété et lecture")
table([
    ["Indicateur", "Sept.–nov. 2024", "Sept.–nov. 2025", "Évolution"],
    ["Abonnés Instagram (fin de période)", "18 400", "23 150", "+25,8 %"],
    ["Portée moyenne d'un Reel", "6 100", "14 800", "+143 %"],
    ["Taux d'engagement moyen (interactions / portée)", "3,1 %", "5,6 %", "+2,5 pts"],
    ["Mentions de @woufwouf.fr en story par des clients", "140", "488", "x 3,5"],
    ["Membres du groupe Facebook", "2 110", "2 840", "+34,6 %"],
    ["Recherches de marque « wouf wouf harnais » (Search Console)", "1 240 impressions", "3 910 impressions", "x 3,2"],
], widths=["7cm", "3.2cm", "3.2cm", "3.2cm"])
cap("Tableau 5 : notoriété avant / après (Meta Business Suite, Google Search Console)")
p("Lecture : la hausse de la portée vient surtout de la série éducative et de la collaboration avec "
  "Clémence (le Reel « erreur n°1 » a atteint 96 000 comptes). Plus intéressant pour nous, les mentions "
  "spontanées ont été multipliées par 3,5 : ce sont des clients qui publient leur chien en harnais Balade sans "
  "qu'on le leur demande, signe que la communauté commence à porter la marque. Les recherches de marque sur "
  "Google suivent la même courbe. Point faible : TikTok, ouvert en octobre, plafonne à 640 abonnés ; nous "
  "n'avons pas le temps de produire des contenus spécifiques et nous le mettons en pause.")

h(1, "5. Chat en ligne : deux conversations et analyse des statistiques")
h(2, "5.1 L'outil")
p("Depuis avril 2025 nous utilisons Crisp (offre Pro, 95 €/mois) à la place du formulaire de contact. "
  "Paramétrage réalisé : widget aux couleurs de la marque, déclenchement proactif après 45 secondes sur les "
  "fiches harnais et coussins (« Besoin d'aide pour la taille ? »), réponses enregistrées (« shortcuts ») pour "
  "les 22 questions les plus fréquentes, horaires d'ouverture 9 h – 19 h du lundi au samedi avec message "
  "d'absence qui propose de laisser un e-mail, intégration Shopify pour voir le panier et l'historique du "
  "client dans la conversation, notation de satisfaction envoyée à la fermeture. Manon et moi nous partageons "
  "la boîte de réception avec une règle d'attribution par créneau.")
h(2, "5.2 Conversation 1 — vente conclue (export Crisp du 14/10/2025)")
chatlines([
    "[14:02] Crisp (auto) : Besoin d'aide pour choisir la taille du harnais ? On vous répond en direct 🐾",
    "[14:03] Visiteuse (Sophie) : Oui ! J'ai un border collie de 8 mois, 17 kg, je ne sais pas entre M et L",
    "[14:03] Camille : Bonjour Sophie ! Pour être sûre, pouvez-vous mesurer son tour de poitrail, juste derrière les pattes avant ?",
    "[14:06] Sophie : 64 cm",
    "[14:07] Camille : Alors le M (56-68 cm) est parfait aujourd'hui, avec de la marge pour finir sa croissance. Le L serait trop grand au niveau du cou.",
    "[14:07] Sophie : Et s'il grandit encore ?",
    "[14:08] Camille : L'échange de taille est gratuit pendant 60 jours, il suffit de nous écrire. Et les sangles ont 12 cm de réglage.",
    "[14:09] Sophie : Top. La laisse corde va avec ?",
    "[14:09] Camille : Oui, même coloris « Sauge ». En prenant les deux, la livraison est offerte (dès 60 €).",
    "[14:12] Sophie : C'est commandé 👍",
    "[14:12] Camille : Merci ! Vous recevrez le suivi Colissimo ce soir. Belles balades à vous deux !",
    "[Shopify] Commande #18342 — Harnais Balade M Sauge + Laisse corde 2 m Sauge — 83,00 € — Alma 3x",
])
p("Pourquoi ça a marché : question fermée sur la mesure plutôt que sur le poids, levée du frein principal "
  "(peur de se tromper de taille) avec la garantie d'échange, vente complémentaire justifiée par un avantage "
  "concret (seuil de livraison gratuite). Durée : 10 minutes, panier de 83 € contre 57 € en moyenne.")
h(2, "5.3 Conversation 2 — vente non conclue (export Crisp du 22/10/2025)")
chatlines([
    "[18:47] Visiteur (anonyme) : le coussin cocon il passe en machine ?",
    "[18:52] Manon : Bonsoir ! Oui, la housse passe à 30 °C, le garnissage non (il s'aère simplement).",
    "[18:53] Visiteur : ok et vous avez en 120 cm ? mon dogue fait 70 kg",
    "[18:54] Manon : Notre plus grand modèle fait 110 x 80 cm (XL). Pour un dogue de 70 kg, je crains qu'il soit juste.",
    "[18:55] Visiteur : dommage",
    "[18:56] Manon : Je peux vous prévenir si nous sortons une taille XXL ? Elle est prévue pour le printemps.",
    "[18:58] Visiteur : non merci",
    "[19:00] Crisp (auto) : Notre équipe est partie pour ce soir, nous reprenons demain à 9 h.",
])
p("Pourquoi ça n'a pas marché : le besoin n'était pas couvert par le catalogue (taille XXL absente). La "
  "réponse honnête de Manon était la bonne, mais la réponse à la première question a pris 5 minutes et le "
  "visiteur n'a pas laissé son e-mail. Actions tirées : la demande XXL a été remontée à Élodie (c'est la 14e "
  "en trois mois, le modèle est désormais planifié pour mars 2026) et nous avons ajouté un formulaire "
  "« prévenez-moi » directement sur la fiche du coussin.")
h(2, "5.4 Statistiques du chat")
table([
    ["Indicateur Crisp", "Avril–juin 2025", "Sept.–nov. 2025", "Commentaire"],
    ["Conversations ouvertes", "1 180", "2 460", "Effet du message proactif sur les fiches harnais"],
    ["Délai moyen de première réponse", "6 min 40", "2 min 10", "Shortcuts + règle d'attribution par créneau"],
    ["Taux de conversations suivies d'une commande sous 24 h", "11 %", "17,5 %", "vs 2,3 % pour l'ensemble des visiteurs"],
    ["Panier moyen après chat", "61 €", "74 €", "Ventes complémentaires laisse + harnais"],
    ["Note de satisfaction (sur 5)", "4,5", "4,8", "312 notes"],
    ["Conversations hors horaires", "19 %", "23 %", "Surtout 19 h – 22 h"],
], widths=["5cm", "2.8cm", "2.8cm", "6cm"])
cap("Tableau 6 : statistiques Crisp (onglet Analytics, export CSV)")
p("Le chat transforme sept fois mieux que la moyenne du site : il est devenu un vrai outil de vente, pas "
  "seulement de SAV. 58 % des conversations portent sur la taille : c'est un défaut d'information de nos "
  "fiches, que nous avons corrigé (voir partie 8 : guide des tailles vidéo). Le point noir reste la plage "
  "19 h – 22 h, où arrivent près d'un quart des demandes sans personne pour répondre. Nous testons depuis le "
  "1er décembre le chatbot de Crisp (scénario limité aux questions de taille et de livraison) sur ce créneau ; "
  "les premiers résultats seront comparés en février.")

h(1, "6. Mise en avant des produits sur la boutique Shopify")
h(2, "6.1 Fonctions utilisées")
bullets([
    "Collections automatisées avec conditions (tag « rentree2025 ») pour créer la page « Rentrée des "
    "toutous » sans manipuler produit par produit ; tri manuel pour mettre le harnais en tête.",
    "Application Shopify Search & Discovery : produits complémentaires paramétrés à la main (harnais → "
    "laisse de même coloris ; Slowbowl → tapis de gamelle) et produits associés calculés automatiquement.",
    "Badges produits via les métachamps (« Fabriqué en Europe », « Best-seller », « Nouveau ») affichés "
    "sur les vignettes de collection.",
    "Bannière d'annonce en haut de page, programmée pour passer au message parrainage le 9 septembre.",
    "Section « Produit en vedette » de la page d'accueil (éditeur de thème) avec le harnais Balade.",
    "Bundle « Kit première balade » (harnais + laisse + sac à friandises, 89 € au lieu de 97 €) créé avec "
    "l'application Shopify Bundles.",
    "Upsell dans le tiroir panier (cart drawer) : « Ajoutez un jouet à 9 € et la livraison est offerte ».",
])
cap("Figure 1 : capture de l'éditeur de thème Shopify, section « Produit en vedette » paramétrée sur le harnais Balade (annexe A)")
cap("Figure 2 : capture de Search & Discovery, onglet « Recommandations de produits », paire harnais / laisse (annexe A)")
h(2, "6.2 Les meilleurs emplacements pour notre activité")
table([
    ["Emplacement", "Ce qu'on y met", "Pourquoi chez nous", "Résultat mesuré"],
    ["Accueil, 1er écran mobile", "Harnais Balade + vidéo 6 s", "71 % de trafic mobile : tout se joue avant le premier scroll", "Clic 9,8 % (vs 4,1 % pour l'ancien carrousel)"],
    ["Fiche produit, bloc « Complétez la balade »", "Laisse et sac assortis", "Les clients achètent par coloris", "Taux d'ajout 14 %"],
    ["Tiroir panier", "Jouets à 9 €", "Proche du seuil de 60 € de livraison gratuite", "Panier moyen +4,60 €"],
    ["Page de résultats de recherche", "Best-sellers épinglés sur « harnais », « gamelle »", "Recherche interne utilisée par 22 % des visiteurs", "—"],
    ["E-mail de confirmation", "Guide d'éducation + produit lié", "Moment de forte attention", "Clic 6 %"],
    ["Page 404", "Best-sellers", "Anciennes URL de 2022", "Faible volume"],
], widths=["3.6cm", "3.6cm", "5cm", "4.4cm"])
cap("Tableau 7 : emplacements de mise en avant")

h(1, "7. Paiement, paiement fractionné et fidélisation")
h(2, "7.1 Moyens de paiement installés")
p("Shopify Payments (CB, Visa, Mastercard, American Express) est activé depuis l'ouverture. J'ai ajouté en "
  "2025 : PayPal (demandé par 9 % des personnes interrogées), Apple Pay et Google Pay (activation dans "
  "Shopify Payments, vérification du domaine pour Apple Pay), et Alma pour le paiement en 3 et 4 fois. "
  "Le 3-D Secure 2 est géré automatiquement par Shopify Payments.")
table([
    ["Test du 4 septembre 2025", "iPhone 13 / Safari", "Galaxy A54 / Chrome", "iPad 9 / Safari", "PC Windows / Firefox", "MacBook / Chrome"],
    ["Carte bancaire + 3-D Secure", "OK", "OK", "OK", "OK", "OK"],
    ["PayPal", "OK", "OK", "OK", "OK", "OK"],
    ["Apple Pay", "OK", "non proposé (normal)", "OK", "non proposé (normal)", "OK (Touch ID)"],
    ["Google Pay", "non proposé (normal)", "OK", "non proposé", "OK", "OK"],
    ["Alma 3x", "OK", "OK", "OK — après correction", "OK", "OK"],
], widths=["3.4cm", "2.6cm", "2.6cm", "2.6cm", "2.8cm", "2.6cm"])
cap("Tableau 8 : recette des paiements par appareil (commandes test remboursées, n° #T-0904-01 à #T-0904-27)")
p("Le seul problème trouvé : sur iPad en mode portrait, la fenêtre Alma s'ouvrait derrière le panier ; "
  "corrigé en passant l'application Alma en version 3.2. Pour rassurer, nous affichons les logos de paiement "
  "sous le bouton « Ajouter au panier », la mention « Paiement sécurisé — données chiffrées », le widget Avis "
  "Vérifiés (4,8/5, 2 140 avis) et les délais d'échange. Depuis l'ajout d'Apple Pay, le taux de paiements "
  "abandonnés sur mobile est passé de 31 % à 24 %.")
h(2, "7.2 Offres de financement étudiées")
table([
    ["Offre", "Formule", "Coût pour Wouf Wouf", "Coût client", "Avis"],
    ["Alma", "3x / 4x dès 50 €", "3x : 2,9 % + 0,15 € ; 4x : 3,6 %", "Gratuit", "Retenue : intégration Shopify native, marque française, acceptation immédiate"],
    ["Klarna", "3x / paiement à 30 jours", "Env. 3,3 % + 0,25 €", "Gratuit", "Non retenue : image « achat impulsif », notoriété faible chez nos clientes 35-55"],
    ["Oney 3x 4x", "Dès 100 €", "Sur devis (~3 %)", "Frais 1,5 % à 2,2 %", "Non retenue : seuil trop haut pour un panier à 57 €"],
    ["PayPal 4x", "4x dès 30 €", "Compris dans la commission PayPal", "Gratuit", "Activée automatiquement avec PayPal"],
], widths=["2.4cm", "3cm", "3.4cm", "2.4cm", "5.4cm"])
cap("Tableau 9 : comparaison des solutions de paiement fractionné (tarifs relevés en juillet 2025)")
p("Pour l'internaute, Alma permet d'étaler l'achat d'un coussin Cocon XL (119 €) ou du kit harnais + laisse "
  "sans frais. Pour nous, le coût reste raisonnable si le paiement fractionné fait monter le panier : sur "
  "sept.–nov. 2025, les 612 commandes Alma ont un panier moyen de 104 €, contre 57 € en moyenne. Il faudra "
  "toutefois vérifier sur une année entière que ces commandes ne sont pas simplement des clients qui auraient "
  "acheté de toute façon ; je n'ai pas encore de groupe témoin pour le prouver.")
h(2, "7.3 Fidélisation")
p("Dispositifs possibles passés en revue : programme à points (Loyalty Lion, Smile.io), parrainage, "
  "abonnement (réassort de friandises et de jouets), carte cadeau, club VIP, contenus exclusifs, e-mails "
  "d'anniversaire du chien, service après-vente généreux.")
p("Choix : nous avons retenu le parrainage (application Referral Candy, 49 $/mois) parce qu'il sert "
  "directement l'axe recommandation du projet d'entreprise et parce que nos clients parlent naturellement "
  "de leur chien en balade. Nous avons ajouté l'e-mail d'anniversaire du chien (date demandée à la création "
  "de compte, bon de 5 €) : peu coûteux et très cohérent avec la relation affective. Nous avons écarté le "
  "programme à points : nos produits durent longtemps, la fréquence d'achat est faible (1,4 commande par "
  "client et par an) et un client n'atteindrait jamais de palier intéressant. L'abonnement sera étudié quand "
  "la gamme de friandises sera lancée.")

h(1, "8. Production de contenus : prestataires, fiches produits, médias")
h(2, "8.1 Choix des prestataires")
p("Pour le shooting de la collection automne, j'ai consulté trois prestataires à partir d'un brief d'une "
  "page (12 produits, 3 chiens, extérieurs en forêt, formats carré, vertical 9:16 et paysage).")
table([
    ["Critère (pondération)", "Studio Lumière Animale (Nantes)", "Julien B., photographe freelance", "Agence Pixel & Poil (Paris)"],
    ["Prix (30 %)", "1 450 € — 4/5", "980 € — 5/5", "3 200 € — 2/5"],
    ["Expérience avec des animaux (25 %)", "Spécialiste — 5/5", "Quelques séances — 3/5", "Oui — 4/5"],
    ["Vidéo incluse (20 %)", "Oui, 3 clips — 5/5", "Non — 1/5", "Oui — 5/5"],
    ["Délai de livraison (15 %)", "10 jours — 4/5", "7 jours — 5/5", "3 semaines — 2/5"],
    ["Droits d'usage (10 %)", "Cession illimitée web — 5/5", "Web seulement 2 ans — 3/5", "Illimitée — 5/5"],
    ["Note pondérée", "4,55 / 5", "3,40 / 5", "3,35 / 5"],
], widths=["3.8cm", "4.2cm", "4.2cm", "4.4cm"])
cap("Tableau 10 : grille de choix du prestataire photo-vidéo — Studio Lumière Animale retenu")
h(2, "8.2 Ma méthode pour rédiger une fiche produit")
p("J'ai formalisé la méthode dans un modèle Notion que Yanis et Élodie réutilisent. Les étapes :")
bullets([
    "Partir de la requête : dans Semrush et la Search Console, je repère l'expression principale et deux ou "
    "trois expressions secondaires. Pour le harnais : « harnais chien anti traction » (2 900 recherches/mois), "
    "puis « harnais chien recyclé », « harnais confortable grand chien ».",
    "Placer l'expression principale dans le titre H1, l'URL (/products/harnais-chien-anti-traction-balade), "
    "la balise title, la méta-description et la première phrase ; les secondaires dans les intertitres et "
    "l'attribut alt des images.",
    "Écrire pour le propriétaire avant d'écrire pour Google : un paragraphe « pour qui », les bénéfices avant "
    "les caractéristiques, puis la fiche technique.",
    "Répondre aux questions réelles : les 5 questions les plus posées au chat (taille, lavage, solidité) "
    "deviennent une FAQ en accordéon.",
    "Relire à voix haute, vérifier la longueur (300 à 450 mots), contrôler avec l'extension SEO Minion.",
])
h(2, "8.3 Exemple : fiche du harnais Balade")
table([
    ["Élément", "Contenu en ligne"],
    ["Balise title", "Harnais chien anti traction recyclé Balade | Wouf Wouf"],
    ["Méta-description", "Harnais anti traction en sangle recyclée, rembourré, 5 tailles, fabriqué au Portugal. Échange de taille gratuit 60 jours. Livraison offerte dès 60 €."],
    ["H1", "Harnais anti traction Balade — sangle recyclée"],
    ["Accroche", "Le harnais anti traction Balade répartit la pression sur le poitrail et non sur la gorge : votre chien apprend à marcher à vos côtés sans s'étrangler."],
    ["Visuels", "7 photos (porté sur 3 morphologies, détail des boucles, coloris) + vidéo 20 s « comment l'ajuster »"],
    ["Guide des tailles", "Tableau tour de poitrail / tour de cou + vidéo de mesure (ajoutée en octobre)"],
    ["Preuves", "Note 4,9/5 (486 avis Avis Vérifiés), badge « Fabriqué en Europe », 2 anneaux testés à 250 kg"],
    ["Réassurance", "Échange gratuit 60 j, livraison 48 h, paiement en 3x sans frais avec Alma"],
    ["FAQ", "Quelle taille choisir ? Passe-t-il en machine ? Convient-il à un chiot ? Etc."],
], widths=["3.6cm", "13cm"])
cap("Tableau 11 : éléments de la fiche produit du harnais Balade et positionnement des mots-clés")
h(2, "8.4 Retouche et vidéo")
p("Les photos du studio arrivent en RAW. Je les traite dans Adobe Lightroom (balance des blancs, "
  "harmonisation des verts de la forêt sur les 180 images retenues par un preset maison) puis dans "
  "Photoshop pour les visuels produit sur fond blanc (détourage avec l'outil Sélection d'objet, suppression "
  "des poils et des laisses de maintien, ombre portée recréée). Pour les vidéos, je monte dans CapCut "
  "Desktop : coupe au rythme de la musique, sous-titres automatiques corrigés à la main, export 1080 x 1920 "
  "pour les Reels et 1080 x 1080 pour la fiche produit.")
p("Adaptation au web : images exportées en WebP, 2 000 px de large maximum, 180 Ko en moyenne contre 1,2 Mo "
  "auparavant ; vidéos de fiche en MP4 H.264 de moins de 4 Mo, en lecture automatique sans son et en boucle ; "
  "texte alternatif rempli pour chaque image. Le score PageSpeed mobile de la fiche harnais est passé de 48 "
  "à 81, et le LCP de 4,1 s à 2,2 s.")
cap("Figure 3 : avant / après détourage Photoshop du harnais Balade coloris Sauge (annexe B)")
cap("Figure 4 : timeline CapCut de la vidéo « Comment ajuster le harnais » (annexe B)")
h(2, "8.5 Effet des nouveaux contenus")
table([
    ["Fiche harnais Balade", "Août 2025 (ancienne fiche)", "Octobre 2025 (nouvelle fiche)"],
    ["Temps d'engagement moyen (GA4)", "38 s", "1 min 12 s"],
    ["Lecture de la vidéo d'ajustement", "—", "41 % des visiteurs"],
    ["Taux d'ajout au panier", "7,2 %", "11,9 %"],
    ["Taux de conversion de la fiche", "2,1 %", "3,4 %"],
    ["Questions « taille » au chat pour 100 ventes", "19", "8"],
    ["Retours pour erreur de taille", "6,5 %", "3,1 %"],
], widths=["6.6cm", "5cm", "5cm"])
cap("Tableau 12 : comparaison avant / après refonte de la fiche (GA4, Crisp, Shopify)")
p("La baisse des questions au chat et des retours est pour moi le signe le plus fiable : les internautes "
  "trouvent maintenant sur la fiche l'information qui leur manquait.")

h(1, "9. Blog « Le Carnet de Balade »")
p("Le blog est celui intégré à Shopify (Boutique en ligne > Articles de blog). Je l'ai restructuré en "
  "trois catégories (Éducation, Santé & bien-être, Balades & rando), avec un modèle d'article qui affiche "
  "l'auteur, le temps de lecture et un bloc produits en fin d'article. Huit articles ont été publiés pendant "
  "la campagne, dont « Harnais ou collier : que choisir pour un chiot ? » qui est 4e sur Google pour "
  "« harnais ou collier chiot ». Je n'ai pas eu le temps de travailler les commentaires ni l'abonnement au "
  "blog ; c'est un chantier pour 2026.")

h(1, "10. Tunnel de commande : objectifs, mesure et corrections")
h(2, "10.1 Objectifs de transformation")
p("Objectif fixé avec Élodie pour la fin 2025 : taux de conversion global de 2,3 % (contre 1,9 % fin 2024), "
  "taux d'abandon au paiement inférieur à 25 %. Les attentes des internautes ont été vérifiées par un "
  "sondage Hotjar en sortie de checkout (« Qu'est-ce qui vous a empêché de commander aujourd'hui ? », 418 "
  "réponses) et par les enregistrements de sessions Microsoft Clarity.")
h(2, "10.2 Le tunnel mesuré dans GA4")
p("J'ai construit une exploration « Entonnoir » dans GA4 avec les événements e-commerce envoyés par "
  "l'intégration Google & YouTube de Shopify : view_item → add_to_cart → begin_checkout → add_shipping_info "
  "→ add_payment_info → purchase. Vérification faite en mode DebugView avec une commande test le 2 septembre.")
table([
    ["Étape", "Sept. 2024", "Abandon", "Nov. 2025", "Abandon"],
    ["Vue d'une fiche produit", "100 %", "—", "100 %", "—"],
    ["Ajout au panier", "8,4 %", "91,6 %", "10,9 %", "89,1 %"],
    ["Début de commande", "5,1 %", "39 %", "7,0 %", "36 %"],
    ["Infos de livraison", "4,0 %", "22 %", "5,9 %", "16 %"],
    ["Infos de paiement", "3,2 %", "20 %", "4,8 %", "19 %"],
    ["Achat", "2,3 %", "28 %", "3,7 %", "23 %"],
], widths=["4.6cm", "3cm", "3cm", "3cm", "3cm"])
cap("Tableau 13 : entonnoir de conversion GA4 (base 100 = sessions avec vue d'une fiche produit)")
cap("Figure 5 : capture de l'exploration « Entonnoir » GA4, segment mobile (annexe C)")
h(2, "10.3 Ce que font les internautes")
p("Les enregistrements Clarity montrent un parcours typique sur mobile : arrivée par un Reel sur la fiche, "
  "lecture de la vidéo, clic sur le guide des tailles, retour sur la photo portée, ajout au panier, puis "
  "hésitation au moment des frais de port. 34 % des réponses Hotjar citent les frais de livraison découverts "
  "trop tard, 21 % « je voulais comparer », 12 % un problème de paiement. C'est ce qui nous relie aux "
  "objectifs : l'internaute est convaincu par le produit, c'est la fin du tunnel qui le perd.")
h(2, "10.4 Freins repérés et corrections")
table([
    ["Frein observé", "Source", "Correction", "Responsable", "Date", "Priorité"],
    ["Frais de port découverts à l'étape livraison", "Hotjar (34 %)", "Barre de progression « plus que X € pour la livraison offerte » dans le panier + mention sur la fiche", "Camille", "15/09/2025", "1"],
    ["Création de compte perçue comme obligatoire", "Clarity", "Bouton « commander sans compte » mis en avant", "Camille", "15/09/2025", "1"],
    ["Champ code promo qui fait fuir chercher un code", "Clarity (rage clicks)", "Champ replié par défaut", "Camille", "22/09/2025", "2"],
    ["Fenêtre Alma masquée sur iPad", "Recette paiement", "Mise à jour de l'application", "Hugo", "05/09/2025", "1"],
    ["Pas de retrait en point relais", "Chat + Hotjar", "Ajout Mondial Relay via Boxtal", "Hugo", "06/10/2025", "2"],
    ["Temps de chargement du panier (3,4 s)", "PageSpeed", "Suppression de 2 applis inutilisées", "Yanis", "Déc. 2025", "3"],
], widths=["3.4cm", "2.2cm", "4.6cm", "1.8cm", "2.2cm", "1.6cm"])
cap("Tableau 14 : plan de correction du tunnel")
p("Après ces corrections, le taux de conversion global est monté à 2,6 % en novembre 2025 (objectif de 2,3 % "
  "atteint) et l'abandon entre paiement et achat est passé de 28 % à 23 % (objectif < 25 % atteint). La "
  "correction n°6 est encore en cours.")

h(1, "Annexes")
p("Annexe A — Captures Shopify : éditeur de thème, Search & Discovery, collection « Rentrée des toutous », "
  "Shopify Bundles.")
p("Annexe B — Avant / après retouche (4 visuels) et captures de la timeline CapCut.")
p("Annexe C — Exploration Entonnoir GA4 (desktop et mobile), tableau de bord Crisp, export Meta Business Suite.")
p("Annexe D — Brief shooting envoyé aux trois prestataires (juillet 2025).")

# ---------- métadonnées ----------
doc.meta.addElement(dc.Title(text="Dossier professionnel Wouf Wouf"))
doc.meta.addElement(dc.Creator(text=AUTHOR))
doc.meta.addElement(meta.InitialCreator(text=AUTHOR))
doc.meta.addElement(dc.Date(text="2026-01-12T10:00:00"))
doc.meta.addElement(meta.CreationDate(text="2026-01-12T10:00:00"))
doc.meta.addElement(meta.Generator(text="LibreOffice/7.6"))

doc.save(os.path.join(OUT, "wouf-wouf.odt"))
print("ok")
