import os, zipfile
from odf.opendocument import OpenDocumentText
from odf.style import FontFace, Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties, ListLevelProperties
from odf.text import P, Span, List, ListItem, ListStyle, ListLevelStyleNumber, ListLevelStyleBullet
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.meta import InitialCreator, CreationDate, Generator
from odf.dc import Creator, Date, Title

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c61-jardinerie-bretagne")
os.makedirs(OUT, exist_ok=True)
FILE = os.path.join(OUT, "jardinerie-leon-dossier.odt")
AUTHOR = "Maëlle Kerbrat"

doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'", fontfamilygeneric="swiss", fontpitch="variable"))
doc.meta.addElement(Title(text="Dossier professionnel - Jardiland du Léon"))
doc.meta.addElement(Creator(text=AUTHOR))
doc.meta.addElement(InitialCreator(text=AUTHOR))
doc.meta.addElement(CreationDate(text="2026-03-28T10:00:00"))
doc.meta.addElement(Date(text="2026-03-28T10:00:00"))

def pstyle(name, **tp):
    s = Style(name=name, family="paragraph")
    pp = tp.pop("pp", None)
    if pp: s.addElement(ParagraphProperties(**pp))
    s.addElement(TextProperties(fontname="Liberation Sans", fontsize=tp.pop("size", "11pt"), **tp))
    doc.automaticstyles.addElement(s); return s

S_BODY = pstyle("Body", pp={"marginbottom": "0.18cm"})
S_BOLD = pstyle("BoldHead", size="12.5pt", fontweight="bold", pp={"margintop": "0.35cm", "marginbottom": "0.15cm"})
S_BOLD2 = pstyle("BoldSub", size="11pt", fontweight="bold", pp={"margintop": "0.2cm"})
S_TITLE = pstyle("Cover", size="24pt", fontweight="bold", pp={"textalign": "center", "margintop": "4cm"})
S_CENTER = pstyle("Center", size="12pt", pp={"textalign": "center"})
S_BREAK = pstyle("Break", pp={"breakbefore": "page"})
S_BREAKH = pstyle("BreakHead", size="12.5pt", fontweight="bold", pp={"breakbefore": "page", "marginbottom": "0.15cm"})
S_CELL = pstyle("Cell", size="9.5pt")
S_CELLB = pstyle("CellB", size="9.5pt", fontweight="bold")
S_CAP = pstyle("Caption", size="9.5pt", fontstyle="italic")
cs = Style(name="CellBox", family="table-cell")
cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
doc.automaticstyles.addElement(cs)

LNUM = ListStyle(name="LNum")
ln = ListLevelStyleNumber(level=1, numformat="1", numsuffix=".", startvalue=1)
ln.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.7cm"))
LNUM.addElement(ln)
doc.automaticstyles.addElement(LNUM)
LBUL = ListStyle(name="LBul")
lb = ListLevelStyleBullet(level=1, bulletchar="–")
lb.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.5cm"))
LBUL.addElement(lb)
doc.automaticstyles.addElement(LBUL)

body = doc.text
def para(t, st=S_BODY): body.addElement(P(stylename=st, text=t))
def bold(t): para(t, S_BOLD)
def sub(t): para(t, S_BOLD2)
def brk(t=""): body.addElement(P(stylename=S_BREAKH if t else S_BREAK, text=t))
def cap(t): para(t, S_CAP)
def lst(items, numbered=False, start=None):
    l = List(stylename=LNUM if numbered else LBUL)
    for k, i in enumerate(items):
        li = ListItem(startvalue=start) if (start and k == 0) else ListItem()
        li.addElement(P(stylename=S_BODY, text=i)); l.addElement(li)
    body.addElement(l)
_tn = [0]
def table(rows, header=True):
    _tn[0] += 1
    t = Table(name="Tableau%d" % _tn[0])
    t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for i, r in enumerate(rows):
        tr = TableRow()
        for v in r:
            tc = TableCell(stylename=cs, valuetype="string")
            for line in str(v).split("\n"):
                tc.addElement(P(stylename=S_CELLB if (header and i == 0) else S_CELL, text=line))
            tr.addElement(tc)
        t.addElement(tr)
    body.addElement(t); para("")

# ------------------------------------------------------------------ couverture
para("Jardiland du Léon", S_TITLE)
para("Jardinerie indépendante – Morlaix (29)", S_CENTER)
para("", S_CENTER)
para("Dossier professionnel – Chef de projet e-commerce", S_CENTER)
para("Bloc 2 : animation et vente en ligne  /  Bloc 5 : pilotage du projet et de la logistique", S_CENTER)
para("", S_CENTER)
para("Maëlle Kerbrat – chargée de projet web en alternance", S_CENTER)
para("Tutrice : Anne-Sophie Le Goff, gérante – Session mars 2026", S_CENTER)

brk("Présentation rapide de l'entreprise")
para("Jardiland du Léon n'a rien à voir avec l'enseigne nationale malgré le nom, c'est la question qu'on nous pose le plus souvent : le magasin a été créé en 1987 par les parents d'Anne-Sophie Le Goff sur la zone de Kerivin à Morlaix. 2 400 m² de surface couverte, 3 000 m² de pépinière extérieure, 14 salariés (18 en saison), chiffre d'affaires 2025 : 3,1 M€ HT. Les rayons : végétaux d'extérieur (38 % du CA), plantes d'intérieur (14 %), terreaux et engrais (12 %), outillage (9 %), animalerie (15 %), décoration et art de la table (12 %).")
para("Le site jardiland-leon.bzh existe depuis 2019 (WordPress vitrine). En septembre 2025 la direction a décidé d'ajouter une boutique WooCommerce en click & collect uniquement (retrait au magasin sous 2 h), avec livraison locale pour les produits lourds (terreau, bois de chauffage, sacs de paillage) dans un rayon de 30 km. Mon rôle : piloter ce projet de A à Z avec l'agence Digitéo (Brest) et l'équipe du magasin.")
para("Clientèle : 72 % de clients à moins de 25 km (carte fidélité), âge moyen 54 ans, beaucoup de retraités et de résidences secondaires sur la côte (Carantec, Roscoff, Plougasnou). Concurrents directs : Gamm Vert Saint-Pol-de-Léon, Truffaut Brest (45 min), Point Vert Landivisiau, et les grandes surfaces de bricolage (Brico Dépôt, Leroy Merlin Brest) pour le terreau et l'outillage.")

bold("Sommaire")
for s in ["1. Présentation de l'entreprise", "2. Le plan de communication du lancement click & collect",
          "3. Partenaires", "4. Réseaux sociaux et communauté", "5. Chat en ligne",
          "6. Mise en avant des produits sur la boutique", "7. Paiement et financement", "8. Fidélisation",
          "9. Le cahier des charges du projet", "10. Choix du prestataire", "11. Juridique : mentions légales, CGV, RGPD",
          "12. Animation de l'équipe", "13. Stock, préparation des commandes et livraison"]:
    para(s)

# ------------------------------------------------------------------ Bloc 2
brk("2. Le plan de communication du lancement click & collect")
para("Le lancement de la boutique en ligne a eu lieu le 3 mars 2026, juste avant la saison des plantations (mars à juin = 46 % du CA végétaux). La gérante voulait un objectif simple : que le click & collect pèse 5 % du CA du magasin dès la première saison, sans cannibaliser le passage en magasin (les clients qui viennent retirer doivent rester des visiteurs).")
table([
    ["Objectif", "Cible", "Canaux retenus", "Budget", "Indicateur"],
    ["Faire connaître le service « Commandez, on prépare » avant le 15 mars", "Clients carte fidélité (9 800 contacts dont 6 100 avec e-mail)", "E-mailing Brevo (3 envois), affiches caisses, sacs imprimés", "650 €", "Taux d'ouverture, nb de comptes créés"],
    ["Atteindre 400 commandes click & collect en mars-avril", "Actifs 35-55 ans de Morlaix agglo, peu disponibles le samedi", "Facebook / Instagram Ads géolocalisées 20 km, Google Business Profile", "1 200 €", "Nb de commandes, panier moyen"],
    ["Toucher les résidents secondaires avant leur arrivée (Pâques)", "Propriétaires de maisons sur la côte du Léon", "Le Télégramme (édition Morlaix), partenariat conciergeries", "900 €", "Code promo PAQUES26"],
    ["Installer le réflexe « livraison terreau »", "Plus de 65 ans, personnes sans véhicule adapté", "Radio Nord Bretagne (spots 20 s), flyers en caisse", "800 €", "Nb de livraisons locales"],
])
para("Les trois composantes tiennent ensemble : l'e-mailing s'adresse à ceux qui nous connaissent déjà (le plus rentable), la publicité Meta aux actifs qui n'ont pas le temps de faire le tour des allées, la presse et la radio aux plus âgés qui ne sont pas sur Instagram. Le budget total de lancement est de 3 550 € HT, validé par Mme Le Goff le 12 février.")

bold("3. Partenaires")
para("Pour relayer le lancement nous avons contacté plusieurs acteurs locaux :")
lst(["l'Office de tourisme Baie de Morlaix (relais sur leur page « vivre ici »)",
     "la conciergerie « Clés du Léon » à Carantec (120 maisons gérées)",
     "le blog « Un jardin au bout du monde » (Gwenaëlle, 4 200 abonnés Instagram, jardinage en climat océanique)",
     "l'association des Jardiniers de Plouezoc'h",
     "le comparateur local « Achetez à Morlaix » (plateforme de la CCI)",
     "Etc."])
para("Ces partenaires nous ont semblé intéressants pour toucher plus de monde. Les résultats seront à voir sur la saison complète.")

bold("4. Réseaux sociaux et communauté")
para("Nous avons une page Facebook (5 300 abonnés en janvier 2026) et un compte Instagram (1 850 abonnés). Avant le projet, les publications étaient faites au coup par coup par Yannick (chef de rayon pépinière) quand il avait le temps. J'ai mis en place un calendrier éditorial sur Trello avec 3 publications par semaine :")
table([
    ["Jour", "Format", "Thème", "Exemple publié"],
    ["Mardi", "Reel 30 s", "Le geste du jardinier", "Tailler un hortensia en mars (Yannick), 14 mars"],
    ["Jeudi", "Carrousel", "Arrivage / produit de la semaine", "Les 12 variétés de tomates anciennes de Kerisnel"],
    ["Samedi", "Story + post", "Vie du magasin / click & collect", "« Votre commande prête en 2 h » avec photo du casier de retrait"],
])
para("Résultats après 5 semaines (3 février – 9 mars 2026, Meta Business Suite) :")
table([
    ["Indicateur", "Janvier 2026", "Au 9 mars 2026", "Évolution"],
    ["Abonnés Facebook", "5 300", "5 690", "+7,4 %"],
    ["Abonnés Instagram", "1 850", "2 240", "+21 %"],
    ["Portée moyenne par post (FB+IG)", "1 100", "2 650", "x 2,4"],
    ["Taux d'engagement moyen", "2,1 %", "4,8 %", "+2,7 pts"],
    ["Messages privés reçus / semaine", "6", "19", "x 3"],
])
para("Ce qui marche le mieux, ce sont les vidéos où Yannick parle face caméra avec son accent du Léon : les gens commentent, posent des questions sur leurs propres plantes, et nous répondons systématiquement dans la journée. Le jeu-concours « Montrez-nous votre plus beau camélia » (21 participations, 140 commentaires) a créé de vraies conversations entre abonnés, certains se donnent des conseils entre eux sans que nous intervenions. Je considère que c'est là qu'on commence à avoir une communauté et pas seulement une audience.")

bold("5. Chat en ligne")
para("Un module de chat Crisp (version gratuite) a été ajouté sur la boutique le 3 mars. Il est tenu par moi-même et par Soizic à l'accueil entre 9 h et 18 h.")
para("Exemple de conversation du 6 mars (commande finalisée) :")
table([
    ["Heure", "Interlocuteur", "Message"],
    ["10:12", "Visiteur", "Bonjour, je cherche une haie pour un jardin en bord de mer à Roscoff, pas trop haute"],
    ["10:13", "Maëlle (Jardiland du Léon)", "Bonjour ! Pour le vent et les embruns je vous conseille l'Escallonia ou l'Elaeagnus ebbingei, les deux sont en ligne en pot de 3 L à 12,90 €. Quelle longueur de haie ?"],
    ["10:15", "Visiteur", "Environ 12 mètres"],
    ["10:16", "Maëlle (Jardiland du Léon)", "Comptez 1 plant tous les 80 cm, donc 15 plants. Je vous mets le lien vers l'Escallonia 'Red Dream'. Avec 15 pots vous avez la livraison offerte à Roscoff."],
    ["10:24", "Visiteur", "Commande passée, merci !"],
])
para("Je n'ai pas encore gardé d'exemple de conversation qui n'a pas abouti, ni sorti les statistiques de Crisp (la version gratuite n'en donne presque pas). À faire pour la soutenance.")

bold("6. Mise en avant des produits sur la boutique")
para("Sur WooCommerce, j'utilise les fonctions suivantes :")
lst(["les produits « mis en avant » (étoile dans la liste des produits) qui remontent dans le bloc « Coups de cœur de l'équipe » de la page d'accueil",
     "les ventes croisées (cross-sell) : sur chaque rosier, le terreau spécial rosiers et l'engrais sont proposés dans le panier",
     "les produits suggérés (up-sell) : pot de 3 L → pot de 7,5 L de la même variété",
     "les étiquettes « Nouveau » et « Promo » grâce à l'extension YITH Badge Management",
     "le tri des catégories par popularité en saison"])
cap("Figure 1 : capture de l'écran d'administration WooCommerce – onglet « Produits liés » de la fiche Rosier 'Pierre de Ronsard'.")
para("Les emplacements où la mise en avant rapporte le plus chez nous :")
table([
    ["Emplacement", "Ce qu'on y met", "Pourquoi"],
    ["Bandeau haut page d'accueil", "Opération saisonnière (ex : « Semis de printemps »)", "80 % des visites arrivent sur l'accueil (GA4)"],
    ["Bloc « Prêt en 2 h »", "Produits toujours en stock magasin", "C'est l'argument n°1 du click & collect"],
    ["Panier", "Terreau, engrais, tuteurs", "Petits articles ajoutés sans réfléchir (+4,30 € de panier moyen)"],
    ["Page catégorie « Potager »", "Plants de la semaine", "Catégorie la plus visitée en mars-avril"],
    ["Mail de confirmation de commande", "« À ajouter à votre retrait »", "Pas encore en place"],
])

brk("7. Paiement et financement")
para("Le paiement en ligne passe par Stripe (module WooCommerce Stripe Gateway) : carte bancaire, Apple Pay et Google Pay. Le client peut aussi choisir « Je paie au retrait » (option souhaitée par la gérante pour les clients âgés qui n'aiment pas payer en ligne). Tests réalisés le 27 février par moi et Soizic :")
table([
    ["Appareil", "Navigateur", "CB (3D Secure)", "Apple Pay / Google Pay", "Paiement au retrait"],
    ["PC Windows 11", "Chrome / Edge", "OK", "Google Pay OK", "OK"],
    ["iPhone 13", "Safari", "OK", "Apple Pay OK", "OK"],
    ["Samsung A52", "Chrome", "OK", "Google Pay OK", "OK"],
    ["iPad (9e gén.)", "Safari", "OK (bouton coupé en mode portrait, corrigé par Digitéo le 1er mars)", "Apple Pay OK", "OK"],
])
para("Pour rassurer : logos CB/Visa/Mastercard en pied de page, certificat SSL, page « Paiement sécurisé » expliquant le 3D Secure, et mention « Vous pouvez aussi payer au magasin ».")
para("Paiement en plusieurs fois / crédit : pas étudié pour l'instant, nos paniers en ligne sont petits (panier moyen 38 €). Peut-être pour les abris de jardin et les tondeuses plus tard.")

bold("8. Fidélisation")
para("Les possibilités qui existent : carte de fidélité, programme à points, newsletter, club avec avantages, parrainage, avis clients, cadeau d'anniversaire, abonnement (ex : box de semis).")
para("La carte fidélité du magasin existe déjà (logiciel de caisse Cegid) : 1 point par euro, 10 € de bon tous les 300 points. Nous avons choisi de la relier au compte client en ligne pour que les achats click & collect cumulent aussi, c'était une demande forte des clients en caisse (« est-ce que ça marche avec ma carte ? »). Le parrainage a été écarté : nos clients sont déjà locaux et se connaissent, et le coût de l'extension (149 €/an) n'est pas justifié pour l'instant. La newsletter mensuelle « La Lettre du Léon » est gardée, avec un conseil de saison en tête.")

# ------------------------------------------------------------------ Bloc 5
brk("9. Le cahier des charges du projet")
para("Le cahier des charges a été rédigé en novembre 2025 et envoyé à trois agences. Voici son plan :")
lst(["Contexte : l'entreprise, le site actuel, les chiffres",
     "Objectifs du projet",
     "Périmètre : catalogue de 1 200 références au lancement (sur 14 000 en magasin), pas d'animaux vivants en ligne",
     "Fonctionnalités attendues : click & collect avec créneau, livraison locale par code postal, paiement en ligne et au retrait, lien avec la carte fidélité",
     "Contraintes techniques : conserver WordPress, synchronisation des stocks avec la caisse Cegid toutes les 15 minutes",
     "Charte graphique : garder le vert et le logo existants"], numbered=True)
para("Objectifs du projet (tels qu'écrits dans le cahier des charges) :")
lst(["Vendre en ligne en click & collect", "Augmenter le chiffre d'affaires", "Être plus moderne que Gamm Vert",
     "Avoir un site rapide et facile à utiliser sur mobile", "Que l'équipe puisse mettre à jour les produits seule"])
para("Demandes de la direction : Mme Le Goff a imposé trois points, qui sont repris dans le cahier des charges : le paiement au retrait doit rester possible, aucun produit ne doit être vendu moins cher en ligne qu'en magasin, et le budget total ne doit pas dépasser 15 000 € HT la première année.")

brk("")
lst(["Planning : mise en ligne avant le 5 mars 2026, formation de l'équipe en février",
     "Budget : 15 000 € HT maximum",
     "Maintenance et hébergement",
     "Annexes : arborescence, exemples de sites appréciés (Truffaut, Promesse de Fleurs)"], numbered=True, start=7)
para("Remarque : le planning détaillé et les rétroplanning sont dans Notion, non reproduits ici.")

bold("10. Choix du prestataire")
table([
    ["Critère", "Poids", "Digitéo (Brest)", "WebArmor (Rennes)", "Freelance (Quimper)"],
    ["Prix total (création + 1 an)", "25 %", "13 800 € – 3/5", "17 900 € – 2/5", "8 500 € – 5/5"],
    ["Expérience WooCommerce + synchro caisse", "25 %", "a déjà connecté Cegid pour un caviste – 5/5", "jamais fait Cegid – 2/5", "non – 1/5"],
    ["Proximité / réactivité", "15 %", "1 h de route, hotline – 4/5", "2 h 30 – 2/5", "seul, congés = arrêt – 2/5"],
    ["Références commerce local", "15 %", "4 commerces finistériens – 4/5", "surtout B2B – 2/5", "2 sites vitrines – 2/5"],
    ["Formation de l'équipe incluse", "10 %", "2 demi-journées – 4/5", "1 journée – 5/5", "non – 0/5"],
    ["Maintenance / hébergement", "10 %", "OVH + contrat 90 €/mois – 4/5", "inclus 1 an – 4/5", "à part – 2/5"],
    ["Note pondérée", "100 %", "4,10", "2,50", "2,40"],
])
para("Digitéo a été retenu malgré un prix plus élevé que le freelance, principalement pour la synchronisation avec la caisse : sans stock fiable, le click & collect « prêt en 2 h » ne tient pas.")

bold("11. Juridique : mentions légales, CGV, RGPD")
sub("Mentions légales")
para("La page « Mentions légales » est accessible en pied de page sur toutes les pages. Elle contient : raison sociale (SARL Le Goff Jardins, capital 80 000 €), SIRET 341 228 517 00024, RCS Brest, adresse 12 rue de Kerivin 29600 Morlaix, téléphone, e-mail, directrice de publication (Anne-Sophie Le Goff), hébergeur (OVH SAS, 2 rue Kellermann, 59100 Roubaix), numéro de TVA intracommunautaire.")
sub("CGV")
para("Les CGV ont été rédigées à partir d'un modèle fourni par Digitéo puis adaptées par moi. J'ai repéré quelques points :")
table([
    ["Article", "Remarque"],
    ["Art. 6 Rétractation", "Le délai de 14 jours est bien indiqué, mais les végétaux sont des produits périssables : à vérifier si on peut les exclure"],
    ["Art. 8 Retrait", "Il manque ce qui se passe si le client ne vient pas chercher sa commande (on garde 7 jours ?)"],
    ["Art. 10 Médiation", "Pas de médiateur indiqué"],
])
para("Les CGV n'ont pas été relues par un juriste, la gérante préfère attendre le bilan de la saison.")
sub("RGPD")
para("Il y a un bandeau cookies (Complianz) mais il ne permet que d'accepter. Les formulaires de création de compte ne précisent pas la durée de conservation.")

brk("12. Animation de l'équipe")
para("Le projet a mobilisé 5 personnes du magasin en plus de moi : Soizic (accueil, chat et retraits), Yannick (pépinière, vidéos), Erwan (logistique, préparation), Lénaïg (plantes d'intérieur, photos produits), Thomas (animalerie, pas concerné au lancement).")
para("J'ai organisé une réunion de lancement le 8 janvier (1 h, en salle de pause) avec un ordre du jour envoyé la veille : 1) expliquer le click & collect et pourquoi on le fait ; 2) montrer la maquette du site ; 3) décider qui prépare les commandes et à quelle heure ; 4) fixer la date de la séance photo. À la fin chacun savait ce qu'il avait à faire, compte rendu dans Notion.")
para("Puis un point hebdomadaire de 15 minutes le lundi à 9 h. Après le lancement, j'ai remercié l'équipe au point du 9 mars : en particulier Lénaïg qui a fait 340 photos produits sur son temps de fermeture, et Erwan qui a proposé de regrouper les commandes par rayon (voir partie 13). La gérante a offert un repas d'équipe à la crêperie.")
para("Suivi de l'activité de préparation, semaine du 3 au 9 mars :")
table([
    ["Préparateur", "Commandes préparées", "Temps moyen de préparation", "Erreurs / oublis"],
    ["Erwan", "41", "9 min", "1"],
    ["Soizic", "18", "13 min", "2"],
    ["Yannick", "12", "11 min", "0"],
    ["Total", "71", "10,4 min", "3 (4,2 %)"],
])

bold("13. Stock, préparation des commandes et livraison")
para("Le stock du site est celui du magasin (synchronisé avec Cegid). Nous n'avons pas d'entrepôt : les commandes sont préparées dans les rayons puis stockées dans l'ancien local de l'atelier de rempotage, transformé en zone de retrait.")
para("Organisation choisie :")
table([
    ["Étape", "Avant (semaine 1)", "Après (depuis le 10 mars)", "Gain"],
    ["Réception de la commande", "Soizic imprime chaque commande à l'arrivée", "Impression groupée à 10 h, 13 h et 16 h", "Moins d'allers-retours à l'imprimante"],
    ["Prélèvement", "1 commande = 1 tour du magasin", "Regroupement par rayon (idée d'Erwan) : un seul passage en pépinière pour toutes les commandes du créneau", "Temps moyen passé de 13 à 8 min"],
    ["Contrôle", "Aucun", "Bon coché par un 2e salarié pour les commandes > 10 articles", "Erreurs : de 4,2 % à 1 %"],
    ["Stockage retrait", "Au sol, par ordre d'arrivée", "Étagères numérotées 1 à 24, végétaux à part à l'extérieur (abri ombré, arrosage)", "Retrouver une commande en < 1 min"],
    ["Remise au client", "Recherche du nom dans la pile", "SMS « votre commande est prête, casier n° X »", "Attente client réduite"],
])
para("Les sacs de terreau et de paillage ne sont pas prélevés en rayon : ils sont chargés directement depuis les palettes de la cour par Erwan au moment du retrait (transpalette), ce qui évite de les manipuler deux fois.")
sub("Livraison")
para("Pour les commandes livrées, nous utilisons notre propre camionnette (Renault Master, tournées le mardi et le vendredi, 9,90 € ou gratuit au-dessus de 80 €). Pour les petits colis hors zone (graines, outils) : Colissimo ou Mondial Relay.")
para("Un questionnaire de satisfaction sera envoyé après chaque livraison à partir d'avril.")

doc.save(FILE)

# re-pack with fixed timestamps and without variable meta entries
with zipfile.ZipFile(FILE) as z:
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(FILE, "w") as z:
    for name, data in items:
        zi = zipfile.ZipInfo(name, date_time=(2026, 3, 28, 10, 0, 0))
        zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
