# Générateur du dossier du candidat c83 (Beauce Auto Recyclage, centre VHU de Lucé) : blocs 2, 4 et 5.
# Deux fichiers : un DOCX sans styles de titre (titres en paragraphes gras 13 pt, numérotation romaine + arabe,
# sommaire manuel sans numéros de page, liste numérotée des 11 étapes coupée par un saut de page) et un PDF
# d'annexes de 5 pages (reportlab). Déterministe : propriétés figées, zip ré-horodaté, reportlab invariant=1.
import datetime, os, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c83-pieces-auto-reemploi")
DOCX = os.path.join(OUT, "beauce-auto-recyclage-dossier.docx")
PDF = os.path.join(OUT, "beauce-auto-recyclage-annexes.pdf")
AUTHOR = "Anthony Mercier"
FIXED = datetime.datetime(2026, 5, 29, 17, 45, 0)


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2026, 5, 29, 17, 45, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def add_field(paragraph, instr):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == "1":
            el = OxmlElement("w:t")
            el.text = "1"
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    run.font.size = Pt(9)


# --------------------------------------------------------------------------------------------
# Contenu du dossier. ("h1", t) titre gras 13 pt ; ("h2", t) sous-titre gras 13 pt ; ("p", t) ;
# ("b", [puces]) ; ("t", légende, lignes, largeurs) ; ("num", [étapes], index du saut de page)
# --------------------------------------------------------------------------------------------
CONTENT = [
    ("h1", "I. Présentation de Beauce Auto Recyclage et de mon poste"),
    ("h2", "I.1 L'entreprise"),
    ("p", "Beauce Auto Recyclage (on dit « BAR » entre nous) est une SARL installée dans la zone artisanale de Lucé, à côté de Chartres. "
          "C'est un centre VHU agréé par la préfecture d'Eure-et-Loir sous le numéro PR 28 00012 D. La casse a été ouverte en 1979 "
          "par Roger Hamelin, et c'est son fils Stéphane Hamelin qui l'a reprise en 2012. Stéphane est le gérant et mon tuteur pour ce dossier, "
          "Vanessa Hamelin s'occupe de l'administratif et des finances."),
    ("p", "Nous sommes 21 salariés. Chaque année, environ 4 200 véhicules entrent sur le parc : des véhicules économiquement irréparables "
          "achetés aux enchères des assureurs, des voitures de particuliers, des véhicules de fourrière. Le circuit : "
          "enregistrement du véhicule, dépollution (batterie, carburant, huiles, "
          "liquide de frein, liquide de refroidissement, gaz de clim, pneus), démontage des pièces qui ont une valeur, puis la carcasse part "
          "en compression et chez le broyeur. Les métaux sont revendus au poids."),
    ("t", "Tableau 1 – Chiffre d'affaires 2025 (HT)",
     [["Activité", "CA 2025", "Part du total"],
      ["Pièces détachées – vente en ligne", "1 050 k€", "34 %"],
      ["   dont site BAR (module boutique ReparStock)", "460 k€", "15 %"],
      ["   dont eBay", "410 k€", "13 %"],
      ["   dont Leboncoin", "180 k€", "6 %"],
      ["Pièces détachées – comptoir et téléphone", "1 150 k€", "37 %"],
      ["Métaux (ferraille, aluminium, catalyseurs)", "900 k€", "29 %"],
      ["Total", "3 100 k€", "100 %"]],
     [9.0, 3.0, 3.0]),
    ("p", "Aujourd'hui 38 000 pièces sont en ligne. Chaque pièce est photographiée elle-même, avec sa "
          "référence OEM (la référence du constructeur), le kilométrage du véhicule donneur, et une garantie d'un an. Quelques exemples de prix : "
          "alternateur de Clio IV à 89 €, moteur de 208 1.2 essence à 1 190 €, porte avant de 206 3 portes à 120 €, optique avant à 75 €. "
          "En ligne, 60 % des commandes viennent de particuliers et 40 % de garages indépendants."),
    ("p", "Le contexte est plutôt favorable : depuis 2017, les garages doivent proposer aux automobilistes des pièces de réemploi pour une "
          "partie des réparations (carrosserie, optiques, vitrages non collés, pièces mécaniques et électroniques). Pour nous c'est une vraie opportunité, et c'est pour ça que "
          "Stéphane veut développer la part des garages."),
    ("p", "L'équipe avec laquelle je travaille au quotidien : Loïc Royer, chef d'atelier démontage, Yohan et Dylan, démonteurs, Samia Kaddour, "
          "service client et marketplaces, et Mickaël Pons, magasinier et expéditions. Nos outils : ReparStock (logiciel métier qui gère les "
          "véhicules, le stock et la boutique en ligne), LiveChat, PayZen, PayPal, Oney, GIMP pour les photos, Facebook, YouTube, Mailchimp, et "
          "pour le transport Colissimo, GLS et DB Schenker pour les palettes."),
    ("h2", "I.2 Mon poste"),
    ("p", "Je suis entré chez BAR en 2019 comme magasinier. En 2022, Stéphane m'a proposé de prendre en charge la vente en ligne et je suis devenu responsable e-commerce. "
          "Je m'occupe du catalogue ReparStock, des photos et des fiches, de la boutique et des "
          "campagnes, et j'encadre Samia et Mickaël pour les commandes internet. Je prépare le titre avec mon CPF et je présente les blocs 2, 4 et 5. "
          "Les annexes (conversations du chat, fiche avant/après, transporteurs, indicateurs, CGV) sont dans le fichier PDF séparé."),

    ("h1", "II. Animer les ventes"),
    ("h2", "II.1 La campagne « Pièces de réemploi, jusqu'à −70 % »"),
    ("p", "Stéphane a fixé le projet de l'entreprise pour 2026–2028 : faire des garages indépendants notre premier client en ligne. Un garage commande toute l'année et renvoie peu de pièces. Aujourd'hui les "
          "garages font 40 % des ventes de pièces en ligne (environ 420 k€). L'objectif de l'entreprise est de passer à 50 % fin 2026, sans "
          "perdre de particuliers. La campagne « Pièces de réemploi, jusqu'à −70 % » a été construite pour ça, du 2 février au 31 mars 2026."),
    ("p", "Les objectifs de la campagne découlent directement de ce projet :"),
    ("b", ["ouvrir 120 nouveaux comptes pro garages sur le site en deux mois (nous en avions 310 fin janvier) ;",
           "faire passer la part des garages dans les ventes en ligne de 40 % à 45 % sur la période, première marche vers les 50 % ;",
           "faire connaître l'obligation de proposer des pièces de réemploi et montrer que nous pouvons livrer vite (24 à 48 h)."]),
    ("p", "La cible : les garages indépendants de mécanique et de carrosserie, d'abord en Eure-et-Loir et dans les départements voisins "
          "(Loiret, Eure, Yvelines, Loir-et-Cher), puis dans toute la France via le site. Celui qui décide est le patron ou le chef d'atelier, pressé, qui veut une réponse sûre sur la compatibilité."),
    ("p", "Les vecteurs : un e-mail Mailchimp envoyé en trois fois aux 1 150 garages de notre fichier (clients comptoir et garages déjà clients), des publications sur LinkedIn (page BAR et profil de Stéphane), des visites de Stéphane dans les garages "
          "du département avec un catalogue et un code d'ouverture de compte, et une campagne Google Ads sur les recherches professionnelles "
          "(« pièce occasion garage », « pièce réemploi pro », « PIEC garage »), avec un budget de 1 800 € sur les deux mois."),
    ("t", "Tableau 2 – Articulation objectifs, cible et vecteurs de la campagne",
     [["Objectif", "Cible", "Vecteur", "Message", "Suivi"],
      ["120 comptes pro ouverts", "Garages déjà clients au comptoir (1 150 contacts)", "E-mail Mailchimp (3 envois : 2/02, 23/02, 16/03)",
       "« Ouvrez votre compte pro : −12 % et facture mensuelle »", "Comptes créés avec le code GARAGE26"],
      ["Part garages 40 % → 45 %", "Garages d'Eure-et-Loir", "Visites de Stéphane (42 garages visités)",
       "« La pièce photographiée est celle que vous recevez, livrée en 24 h »", "CA pro par garage visité"],
      ["Faire connaître la PIEC", "Garagistes et chefs d'atelier", "LinkedIn (8 publications)",
       "« Jusqu'à −70 % par rapport au neuf, garantie 1 an »", "Vues, clics vers la page pro"],
      ["Nouveaux garages hors région", "Garages qui cherchent une pièce sur Google", "Google Ads (1 800 €)",
       "« Pièces de réemploi pour garages, référence OEM vérifiée »", "Conversions Google Ads, coût par compte"]],
     [3.0, 3.3, 3.4, 4.0, 3.0]),
    ("p", "Chaque vecteur a un rôle : le mail et les visites travaillent les garages que nous connaissons déjà (ils nous achètent au comptoir "
          "mais ne commandent pas encore sur le site), LinkedIn et Google Ads vont chercher des garages qui ne nous connaissent pas. Le "
          "message est le même partout (prix, garantie, pièce réelle, rapidité). Fin mars, 134 comptes pro avaient été ouverts (objectif dépassé) et la "
          "part des garages était de 44 % sur les deux mois, un peu en dessous des 45 % visés."),

    ("h2", "II.2 Nos partenaires"),
    ("p", "Nos partenaires principaux sont d'abord ceux qui nous fournissent les véhicules. Les assureurs vendent les véhicules "
          "économiquement irréparables (VEI) sur leurs plateformes d'enchères, et nous achetons chaque semaine 60 à 90 véhicules sur ces "
          "plateformes. Les cabinets d'experts automobiles de la région nous signalent aussi des véhicules après sinistre, et deux fourrières "
          "de Chartres et de Dreux nous confient les véhicules non réclamés. Sans eux il n'y a pas de pièces."),
    ("p", "Pour vendre, nous avons aussi des relais qui font connaître nos pièces :"),
    ("t", "Tableau 3 – Les relais de vente et de notoriété",
     [["Relais", "Type", "Ce que nous faisons avec lui"],
      ["eBay", "Marketplace", "Boutique BAR, 21 000 annonces synchronisées depuis ReparStock"],
      ["Leboncoin", "Petites annonces", "Compte pro, 9 000 annonces (grosses pièces surtout)"],
      ["Forum Clio Passion", "Forum de passionnés", "Samia répond aux demandes de pièces, lien vers la fiche"],
      ["Club 206 France", "Forum de passionnés", "Sujet épinglé « pièces de réemploi BAR »"],
      ["Méca-Entraide", "Forum d'entraide mécanique", "Réponses techniques de Loïc, lien vers nos fiches"],
      ["Chaîne YouTube « Le Mécano du Perche »", "Vidéaste mécanique (85 000 abonnés)", "Pièces fournies pour ses tutos, lien en description"],
      ["Garages Beauce Solidaires", "Réseau de 34 garages indépendants", "Catalogue BAR sur leur intranet, tarif pro pour tous les membres"]],
     [4.3, 4.2, 8.2]),
    ("p", "Le réseau Garages Beauce Solidaires est le partenaire qui colle le mieux au projet. Il regroupe 34 garages indépendants "
          "d'Eure-et-Loir qui mutualisent leurs achats et leurs formations : c'est exactement notre cible de la campagne, des garages qui "
          "réparent toutes marques, qui doivent proposer des pièces de réemploi et qui ont besoin de la pièce vite. Nous sommes à moins "
          "de 40 km de 30 d'entre eux, donc livrables avec notre propre camionnette. Le président du réseau a accepté de mettre notre catalogue sur leur intranet et tous les membres ont le tarif pro dès l'ouverture de "
          "leur compte. En passant par le réseau, on touche 34 garages d'un coup, avec la recommandation d'un confrère, ce qui compte beaucoup "
          "dans ce métier."),
    ("p", "Côté résultats, eBay reste le relais le plus important : 410 k€ de ventes en 2025, soit 39 % de nos ventes de pièces en ligne."),

    ("h2", "II.3 Le chat en direct"),
    ("p", "Depuis septembre 2024, le site a un chat LiveChat en bas à droite de toutes les pages. Il est ouvert du lundi au vendredi de 8 h 30 "
          "à 12 h et de 13 h 30 à 18 h, et le samedi de 9 h à 12 h (comme le comptoir). En dehors de ces horaires, la fenêtre devient un "
          "formulaire et le message arrive en ticket le lendemain matin. Toutes les conversations arrivent chez Samia. Si la question est "
          "trop technique (compatibilité d'une boîte de vitesses, code moteur douteux), elle transfère la conversation à Loïc ou à moi, "
          "avec la fonction de transfert de LiveChat. Une invitation automatique s'ouvre sur les fiches moteurs et boîtes après 40 secondes."),
    ("p", "Le plus important, ce sont les réponses types. La compatibilité est la première cause de retour dans notre métier, donc la "
          "première chose que Samia demande, c'est le VIN (le numéro de série du véhicule, case E de la carte grise)."),
    ("t", "Tableau 4 – Réponses types paramétrées dans LiveChat",
     [["Raccourci", "Texte envoyé", "Quand"],
      ["#vin", "« Pour vérifier que la pièce va sur votre véhicule, pouvez-vous me donner le VIN (case E de la carte grise) ? »", "Toute question de compatibilité"],
      ["#garantie", "« Toutes nos pièces sont garanties 1 an. Pour les moteurs, la garantie s'applique si le montage est fait par un professionnel. »", "Questions sur la garantie"],
      ["#delai", "« Commande avant 14 h = départ le jour même. Colissimo 48 h, palette 2 à 4 jours ouvrés. »", "Questions de livraison"],
      ["#pro", "« Vous êtes un garage ? Ouvrez un compte pro : −12 % et facture mensuelle. »", "Quand le visiteur parle de son client, de son atelier"],
      ["#retour", "« Vous avez 14 jours pour nous retourner la pièce, voici la marche à suivre… »", "Demande de retour"]],
     [2.2, 10.3, 4.2]),
    ("p", "Deux conversations enregistrées sont en Annexe 1 : une vente réalisée (un alternateur vérifié grâce au VIN) et une vente non réalisée "
          "(un client qui voulait un moteur de moins de 80 000 km que nous n'avions pas)."),
    ("t", "Tableau 5 – Statistiques LiveChat, 1er trimestre 2026",
     [["Indicateur", "Janvier", "Février", "Mars", "Trimestre"],
      ["Conversations", "452", "497", "531", "1 480"],
      ["dont garages (compte pro ou « garage » dans la conversation)", "131", "169", "196", "496"],
      ["Délai moyen de première réponse", "2 min 50", "2 min 30", "2 min 15", "2 min 30"],
      ["Conversations manquées (pas de réponse en 5 min)", "31", "22", "18", "71"],
      ["Conversations suivies d'une commande dans les 7 jours", "14 %", "17 %", "19 %", "17 %"]],
     [7.6, 2.2, 2.2, 2.2, 2.5]),
    ("p", "Ce que je retiens de ces chiffres : 17 % des conversations mènent à une commande, alors que le taux de transformation du site "
          "est d'environ 1,4 %. Un visiteur qui parle avec Samia achète donc beaucoup plus souvent, surtout parce que le VIN lève le doute "
          "sur la compatibilité. Le taux monte de 14 % à 19 % entre janvier et mars : c'est le moment où nous avons ajouté les raccourcis "
          "#vin et #pro, et où les garages de la campagne ont commencé à utiliser le chat (un tiers des conversations en mars)."),
    ("p", "Le délai de 2 min 30 est correct, mais les conversations manquées sont presque toutes le lundi matin entre 8 h 30 et 10 h, "
          "quand Samia traite aussi les messages eBay du week-end. Depuis avril, je prends le chat le lundi matin. Enfin, environ la moitié des "
          "conversations non transformées concernent une pièce que nous n'avons pas : c'est une information utile pour les achats "
          "de véhicules aux enchères."),

    ("h2", "II.4 Facebook, YouTube et le groupe des garages"),
    ("p", "Nous utilisons trois techniques pour faire vivre notre communauté. Tous les vendredis, un post Facebook « arrivage du jour » "
          "montre les véhicules entrés dans la semaine (photo de l'avant, modèle, motorisation, kilométrage) avec le lien vers la recherche "
          "de pièces du véhicule sur le site. Loïc tourne "
          "avec son téléphone de courtes vidéos de 60 secondes sur le démontage (« comment on dépose un alternateur de 208 », « le contrôle "
          "d'un moteur avant la vente ») qui sont publiées sur YouTube en Shorts et reprises sur Facebook. Et je réponds aux questions des "
          "garagistes dans un groupe Facebook de professionnels de la mécanique de la région, sans faire de publicité directe : quand "
          "quelqu'un cherche une référence, je donne l'info et le lien de la fiche si nous l'avons."),
    ("p", "La page Facebook est passée de 2 300 abonnés en janvier 2025 à 3 900 abonnés en mars 2026."),
    ("t", "Tableau 6 – Vues des vidéos de Loïc sur YouTube (au 31 mars 2026)",
     [["Vidéo", "Publiée le", "Vues", "J'aime", "Commentaires"],
      ["Déposer un alternateur de 208", "14/11/2025", "18 400", "610", "74"],
      ["Comment on contrôle un moteur avant la vente", "05/12/2025", "42 900", "1 820", "203"],
      ["Dépollution d'une voiture en 60 secondes", "09/01/2026", "61 300", "2 440", "315"],
      ["Démonter une porte de 206 sans rien casser", "30/01/2026", "9 700", "280", "31"],
      ["Le VIN, où le trouver ?", "20/02/2026", "12 100", "390", "46"],
      ["Une journée au parc BAR", "13/03/2026", "7 800", "350", "22"]],
     [6.8, 2.4, 2.2, 2.2, 2.6]),

    ("h2", "II.5 La mise en avant des pièces sur le site"),
    ("p", "La boutique tourne sur le module de ReparStock, qui a plusieurs fonctions de mise en avant. J'en utilise trois."),
    ("p", "La « pièce du jour » : un bloc en haut de la page d'accueil présente une pièce à prix cassé pendant 24 h (changement "
          "automatique à 7 h). Je programme la semaine le lundi dans ReparStock (Boutique > Promotions > Pièce du jour), "
          "avec des pièces en stock depuis plus de 90 jours : par exemple un pare-choc avant de C3 à 45 € "
          "au lieu de 69 €. La pièce du jour part dans 8 cas sur 10 dans la journée."),
    ("p", "Le sélecteur de véhicule par plaque d'immatriculation : le client tape sa plaque en haut de toutes les pages, ReparStock "
          "retrouve le modèle et la motorisation, et le site n'affiche plus que les pièces compatibles. C'est la fonction la plus utilisée "
          "(61 % des recherches)."),
    ("p", "La vente croisée : sur la fiche d'un alternateur, le bloc « souvent achetés ensemble » propose la courroie d'accessoires et le "
          "galet tendeur neufs (nous vendons quelques consommables neufs), avec 10 % de remise sur le lot. Le lot représente 23 % des ventes d'alternateurs depuis décembre."),
    ("t", "Tableau 7 – Les endroits du site où mettre les pièces en avant",
     [["Endroit du site", "Ce qu'on y met en avant", "Pourquoi à cet endroit"],
      ["Page d'accueil (haut)", "Pièce du jour", "Page la plus vue, crée une habitude de visite"],
      ["Barre de recherche par plaque (toutes les pages)", "Pièces compatibles avec le véhicule", "Le client ne voit que ce qui va sur sa voiture"],
      ["Résultats de recherche", "Pièces garanties avec photo réelle en premier, badge « contrôlée »", "Rassure avant le clic"],
      ["Fiche pièce", "Lot courroie + galet, pièces du même véhicule", "Achat complémentaire logique pour la réparation"],
      ["Panier", "Consommables (ampoules, clips, visserie)", "Petits montants ajoutés sans effort"],
      ["Espace pro", "Arrivages de la semaine, moteurs et boîtes contrôlés", "Le garage revient chercher des pièces pour ses clients"],
      ],
     [4.6, 5.6, 6.5]),

    ("h2", "II.6 Le paiement"),
    ("p", "Trois moyens de paiement sont installés sur le site. La carte bancaire passe par PayZen, la solution de paiement de notre banque, "
          "avec l'authentification 3D Secure (le client valide sur l'application de sa banque). PayPal est proposé pour les particuliers. Le virement est réservé aux comptes pro garages, avec une facture mensuelle : le garage "
          "commande toute la journée et paie le 10 du mois suivant, ce qui correspond à sa façon de travailler. Le paiement en plusieurs "
          "fois Oney est présenté au paragraphe suivant."),
    ("p", "Avant la campagne, j'ai testé le parcours de paiement complet sur trois appareils, avec de vraies commandes de petites pièces "
          "(un clip de pare-choc à 4 €) que Vanessa a ensuite remboursées."),
    ("t", "Tableau 8 – Tests de paiement (27 et 28 janvier 2026)",
     [["Appareil", "Carte PayZen (3DS)", "PayPal", "Virement pro", "Remarque"],
      ["Smartphone Android (Chrome)", "OK – validation appli bancaire", "OK – appli PayPal ouverte", "OK", "Bouton « Payer » d'abord caché sous le bandeau cookies, corrigé le 29/01"],
      ["iPhone (Safari)", "OK", "OK", "OK", "RAS"],
      ["Tablette iPad (Safari)", "OK", "OK", "OK", "Logo PayZen un peu flou, remplacé"],
      ["PC portable (Firefox)", "OK", "OK – fenêtre PayPal", "OK", "RAS"],
      ["PC atelier (Edge)", "OK", "OK", "OK – bon de commande PDF", "RAS"]],
     [3.6, 3.4, 3.0, 2.8, 4.2]),
    ("p", "Pour que le client ait confiance, surtout pour une pièce d'occasion à 1 190 €, nous affichons plusieurs éléments près du "
          "bouton de paiement : le cadenas et les logos 3D Secure, la garantie d'un an sur toutes les pièces, la phrase « la pièce photographiée "
          "est celle que vous recevez », notre numéro d'agrément VHU et le numéro de téléphone du comptoir. "),

    ("h2", "II.7 Le paiement en plusieurs fois"),
    ("p", "Pour les grosses pièces, nous proposons le paiement en 3 ou 4 fois avec Oney, intégré dans PayZen. Les conditions sont les suivantes :"),
    ("t", "Tableau 9 – Offre Oney 3x / 4x sur le site",
     [["", "3x Oney", "4x Oney"],
      ["Pièces concernées", "Moteurs et boîtes de vitesses", "Moteurs et boîtes de vitesses"],
      ["Montant du panier", "de 150 € à 3 000 €", "de 150 € à 3 000 €"],
      ["Frais pour le client", "1,45 % du montant", "2,20 % du montant"],
      ["Commission pour BAR", "1,9 % du montant", "2,1 % du montant"],
      ["Clients", "Particuliers uniquement (carte bancaire)", "Particuliers uniquement (carte bancaire)"],
      ["Réponse", "Immédiate", "Immédiate"]],
     [4.5, 6.0, 6.0]),
    ("p", "C'est intéressant pour les particuliers."),

    ("h2", "II.8 Fidéliser les garages"),
    ("p", "Pour fidéliser les garages, j'ai listé ce qui était possible avec ReparStock et avec nos moyens :"),
    ("t", "Tableau 10 – Les dispositifs de fidélisation étudiés",
     [["Dispositif", "Principe", "Avantages", "Inconvénients", "Décision"],
      ["Compte pro", "−12 % sur tout le site, facture mensuelle, ligne directe", "Simple, avantage immédiat, colle au fonctionnement d'un garage",
       "Marge réduite de 12 %", "Retenu"],
      ["Programme à points", "1 point par euro, bon d'achat à 500 points", "Récompense les gros clients",
       "Module ReparStock à 39 €/mois, le garage n'attend pas un bon, compliqué en comptabilité", "Abandonné"],
      ["Newsletter pro", "Arrivages et moteurs contrôlés chaque mardi", "Gratuit avec Mailchimp", "Ne suffit pas seule", "Retenu en complément"],
      ["Parrainage", "Un mois à −15 % pour un garage qui en amène un autre", "Bouche-à-oreille entre garagistes",
       "Difficile à suivre", "À voir en 2027"]],
     [2.6, 3.6, 3.6, 4.0, 2.6]),
    ("p", "J'ai retenu le compte pro. Un garagiste raisonne en prix d'achat : il refacture la pièce à son client avec une marge, donc une "
          "remise immédiate de 12 % sur la facture lui parle tout de suite, alors qu'un bon d'achat dans six mois ne change rien à son devis "
          "du jour. La facture mensuelle est aussi un vrai service : il n'a pas à sortir sa carte à chaque commande et sa comptable reçoit "
          "une seule facture. Le programme à points a été abandonné : il coûte 39 € par mois, il pousse à acheter pour atteindre un palier "
          "alors qu'un garage achète seulement quand il a une réparation, et Vanessa aurait dû suivre les points en comptabilité. Fin mars "
          "2026, nous avons 444 comptes pro, et 71 % des garages qui ont commandé en février ont recommandé en mars."),

    ("h1", "III. Les fiches pièces et les photos"),
    ("h2", "III.1 Qui fait les photos et les fiches"),
    ("p", "Tout est fait en interne. Les démonteurs posent la pièce sur la table de photo en sortie de démontage, Mickaël et moi "
          "faisons les photos, et je rédige les modèles de fiches dans ReparStock."),
    ("h2", "III.2 Ma méthode de fiche pièce"),
    ("p", "Une fiche de pièce de réemploi n'est pas une fiche de produit neuf : chaque pièce est unique (un kilométrage, un état, un "
          "véhicule donneur). Mon client cherche presque toujours avec une référence ou avec son modèle de voiture : un garagiste tape la "
          "référence OEM lue sur la pièce cassée, un particulier tape « alternateur clio 4 1.5 dci ». J'ai donc construit la fiche autour de "
          "ces deux façons de chercher."),
    ("p", "Le titre suit toujours la même formule : [pièce] [marque modèle] [motorisation] [référence OEM]. Par exemple : « Alternateur "
          "Renault Clio IV 1.5 dCi 90 – 231002128R ». La référence OEM est placée à trois endroits : dans le titre, dans l'URL "
          "(/alternateur-renault-clio-iv-1-5-dci-231002128r) et dans la première ligne de la description, avec les références équivalentes "
          "quand il y en a (par exemple la référence du fabricant de l'alternateur). Comme ça, la fiche ressort sur Google quand un garage "
          "tape la référence, et sur eBay, où le titre est recopié automatiquement."),
    ("t", "Tableau 11 – Structure d'une fiche pièce de réemploi",
     [["Élément", "Contenu", "Pourquoi"],
      ["Titre", "[pièce] [marque modèle] [motorisation] [référence OEM]", "Recherche par modèle et par référence"],
      ["URL", "Reprend le titre, référence OEM à la fin", "Référence lisible par Google"],
      ["Description (1re ligne)", "Référence OEM + références équivalentes", "Le garage vérifie la référence en un coup d'œil"],
      ["Compatibilité", "Modèles, années, codes moteur (tirés du VIN du véhicule donneur)", "Première cause de retour"],
      ["Kilométrage", "Kilométrage du compteur du véhicule donneur", "Critère n° 1 pour moteurs et boîtes"],
      ["État", "Note A (très bon), B (traces d'usage), C (défaut visible, décrit)", "Pas de mauvaise surprise"],
      ["Photos", "4 photos de la pièce réelle : face, dos, étiquette de référence, détail ou défaut", "« La pièce photographiée est celle que vous recevez »"],
      ["Garantie et contrôle", "Garantie 1 an + contrôle effectué (compression, banc, visuel)", "Confiance avant achat"]],
     [3.6, 7.0, 6.0]),
    ("p", "L'exemple complet d'une fiche d'alternateur avant et après la nouvelle méthode est en Annexe 2. Avant, le titre était "
          "« Alternateur clio » avec une seule photo prise au sol et aucune référence ; la fiche ne pouvait pas être trouvée par un garage. "
          "Toutes les fiches ont été reprises entre octobre et décembre 2025 par un import ReparStock qui génère le titre "
          "à partir des champs."),
    ("p", "Est-ce que les nouvelles fiches vendent mieux ? Je pense que oui, mais je ne peux pas le prouver : pas de mesure avant/après, "
          "toutes les fiches ont été changées en même temps."),
    ("h2", "III.3 La retouche des photos avec GIMP"),
    ("p", "Les photos sont faites au reflex sur une table grise, sous deux lampes LED, puis retouchées dans GIMP. Les étapes que j'ai "
          "écrites pour Mickaël :"),
    ("p", "Étape 1 – Recadrer : outil Découpage (Maj + C), ratio fixe 4:3, la pièce occupe environ 80 % de l'image, on enlève le "
          "bord de la table et les mains."),
    ("p", "Étape 2 – Corriger l'exposition : Couleurs > Niveaux, on ramène le curseur blanc vers la gauche jusqu'au début de "
          "l'histogramme ; si la pièce est noire (boîtier électronique, optique), Couleurs > Courbes pour déboucher les ombres sans griser le fond."),
    ("p", "Étape 3 – Fond neutre : outil Sélection contiguë sur le fond, agrandir la sélection de 2 px, remplir en gris clair (#EEEEEE). "
          "On ne touche jamais à la pièce elle-même : les rayures et la rouille restent visibles, c'est une photo de la pièce réelle."),
    ("p", "Étape 4 – Filigrane : calque texte « BAR – pièce réelle – réf. interne » en bas à droite, opacité 35 %, pour éviter que les "
          "photos soient reprises par d'autres vendeurs sur Leboncoin."),
    ("p", "Étape 5 – Exporter : Image > Échelle et taille de l'image, 1 200 px sur le grand côté, puis Fichier > Exporter sous en WebP."),
    ("h2", "III.4 Des images adaptées au site"),
    ("p", "Les photos sortent de l'appareil à 6 000 × 4 000 px et environ 8 Mo. Sur le site, elles sont exportées à 1 200 px sur le grand "
          "côté, en WebP qualité 80, ce qui donne des fichiers d'environ 120 Ko : assez net pour lire une étiquette de référence, assez léger pour un garagiste sur son téléphone à l'atelier. "
          "Le nom du fichier reprend la référence OEM "
          "(231002128r-1.webp, 231002128r-2.webp…) et le texte alternatif de chaque photo est la référence OEM suivie du nom de la pièce "
          "(« 231002128R alternateur Renault Clio IV – face »), pour l'accessibilité et pour Google Images."),

    ("h1", "IV. Organiser et gérer"),
    ("h2", "IV.1 Mentions légales"),
    ("p", "J'ai vérifié la page des mentions légales le 14 janvier 2026. Elle est accessible par un lien dans le pied de page de "
          "toutes les pages du site, et contient : la raison sociale (Beauce Auto Recyclage SARL au capital de 50 000 €), l'adresse du "
          "siège à Lucé, le SIRET et le RCS de Chartres, le numéro de TVA intracommunautaire, le numéro d'agrément VHU PR 28 00012 D et "
          "la préfecture qui l'a délivré, le directeur de la publication (Stéphane Hamelin), l'hébergeur (la société qui héberge les "
          "boutiques ReparStock, avec son adresse et son téléphone) et un contact. Le numéro d'agrément n'était écrit que dans les CGV : "
          "je l'ai ajouté dans les mentions légales et dans le pied de page, c'est ce qui prouve que nous sommes un centre agréé."),
    ("h2", "IV.2 Les CGV"),
    ("p", "Nos conditions générales de vente reprennent le modèle fourni par notre syndicat professionnel aux centres VHU adhérents, "
          "complété avec nos coordonnées et nos délais. Elles n'ont pas été relues par un avocat ou un juriste, nous avons fait confiance "
          "au modèle. J'ai analysé les trois clauses qui posent le plus de questions aux clients : la garantie d'un an, la garantie des "
          "moteurs seulement s'ils sont montés par un professionnel, et les retours. Clauses et commentaires en Annexe 5."),
    ("h2", "IV.3 Données personnelles"),
    ("p", "Avec la campagne garages et le sélecteur par plaque, nous collectons plus de données qu'avant. J'ai repris les points un par "
          "un avec les fiches pratiques de la CNIL pour les sites de e-commerce, et fait les adaptations suivantes :"),
    ("b", ["Plaques et VIN : le client les tape lui-même (sélecteur, chat, commande). La plaque tapée dans le sélecteur n'est plus gardée "
           "après la session ; le VIN n'est enregistré que s'il y a une commande, pour la garantie, et il est supprimé avec la commande "
           "à la fin de la garantie plus un an. Samia ne demande plus la carte grise en photo.",
           "Comptes garages : un compte pro sans commande depuis 3 ans reçoit un e-mail puis il est supprimé ; les factures sont gardées "
           "10 ans par Vanessa pour la comptabilité, à part du compte.",
           "Cookies : le bandeau avait seulement « Accepter » et « Paramétrer ». J'ai fait ajouter un bouton « Tout refuser » de la même "
           "taille et de la même couleur que « Accepter », comme la CNIL le recommande, et Google Ads ne se charge plus avant le choix.",
           "Registre des traitements : il n'existait pas. Je l'ai créé à partir du modèle de la CNIL, avec 6 traitements (commandes, comptes "
           "pro, chat, newsletter Mailchimp, recherche par plaque, vidéosurveillance du parc), la durée de conservation et qui y a accès.",
           "Newsletter : la case d'inscription n'est plus pré-cochée."]),

    ("h2", "IV.4 L'équipe"),
    ("p", "Tous les lundis à 8 h, je fais une réunion de 30 minutes avec Loïc, Samia et Mickaël. La réunion a trois objectifs : faire baisser le stock de pièces "
          "démontées qui attendent leur photo (le « retard photo », objectif moins de 150 pièces le vendredi soir), traiter les retours de "
          "la semaine (pièce par pièce : cause, décision, et ce qu'on change pour que ça ne recommence pas), et prévoir la charge de la "
          "semaine (arrivages de véhicules, palettes à préparer, absences). En février, le retard photo est passé de 420 à 130 pièces."),
    ("p", "Je veux parler de Mickaël. En octobre, nous avions 4 % de casse à la livraison, surtout sur les optiques et les boîtiers "
          "électroniques. Mickaël a proposé, de lui-même, de découper des calages en mousse sur mesure dans les chutes de mousse que nous "
          "récupérons d'un fournisseur de sièges, avec un gabarit par type de pièce. En trois mois, la casse est tombée à 1,5 %. Je l'ai "
          "remercié devant l'équipe à la réunion du lundi, Stéphane lui a versé une prime de 300 € en janvier, et sa méthode est devenue la "
          "règle : les gabarits sont affichés au poste d'emballage avec son nom (« méthode Mickaël »)."),
    ("p", "Les indicateurs individuels de l'équipe sont en Annexe 4. Je les suis chaque mois dans un tableau Excel alimenté par "
          "ReparStock et LiveChat. Chez les démonteurs, Yohan référence 31 pièces par jour en moyenne et Dylan 24 : cet écart ne veut pas "
          "dire que Dylan travaille moins, il fait les moteurs et les boîtes, qui demandent un test et une heure de démontage chacun. "
          "J'ai donc ajouté dans le tableau une colonne « dont moteurs/boîtes » pour ne pas comparer des choses différentes. Samia traite "
          "1 480 conversations par trimestre avec un délai de 2 min 30, mais son délai monte à 4 min le lundi : c'est ce qui nous a fait "
          "changer l'organisation du lundi matin. Mickaël expédie 46 colis par jour en moyenne, avec 0,8 % d'erreurs ; presque toutes "
          "les erreurs sont des inversions gauche/droite sur les optiques et les rétroviseurs. Depuis mars, l'étiquette de la pièce porte "
          "un grand G ou D, et les erreurs de mars sont tombées à 0,3 %."),

    ("h2", "IV.5 Organisation du stock"),
    ("p", "Le stock est le cœur de notre activité : 38 000 pièces uniques, toutes différentes. Trois choix d'organisation ont été faits."),
    ("p", "Un code-barres par pièce, relié au dossier VHU du véhicule. Quand une pièce est démontée, ReparStock imprime une étiquette "
          "avec un code-barres. Ce code est relié au dossier du véhicule donneur : VIN, date d'entrée, numéro du certificat de destruction, "
          "kilométrage. C'est une obligation de traçabilité pour un centre VHU (on doit pouvoir dire d'où vient chaque pièce, en particulier "
          "en cas de contrôle de la gendarmerie sur les véhicules volés), et c'est aussi ce qui permet de gérer la garantie : quand un "
          "client appelle, on scanne la pièce ou on tape son numéro et on retrouve tout l'historique."),
    ("p", "Des emplacements codés allée-travée-niveau. Chaque emplacement a un code du type B-07-3 (allée B, travée 7, niveau 3). "
          "La pièce est scannée sur son emplacement au rangement ; au moment de la commande, le bon de préparation donne l'emplacement. "
          "Avant, les pièces étaient rangées « par marque » et il fallait parfois 20 minutes pour trouver une pièce ; maintenant le "
          "magasinier va directement au bon endroit, et une pièce mal rangée est repérée à l'inventaire tournant (une allée par semaine)."),
    ("p", "Des contrôles différents selon le type de pièce. Une pièce n'est mise en ligne qu'après un contrôle adapté, noté dans "
          "ReparStock avec la date et le nom du contrôleur :"),
    ("t", "Tableau 12 – Contrôles avant mise en ligne, par type de pièce",
     [["Type de pièce", "Contrôle", "Critère d'acceptation", "Qui"],
      ["Moteur", "Test de compression sur chaque cylindre + relevé du kilométrage", "Écart entre cylindres < 10 %, pas de trace d'eau dans l'huile", "Loïc"],
      ["Boîte de vitesses", "Rotation à la main de toutes les vitesses, état de l'huile", "Pas de point dur, pas de limaille", "Loïc ou Dylan"],
      ["Électrique (alternateur, démarreur, calculateur)", "Test au banc", "Tension de charge 13,8–14,5 V (alternateur), démarrage franc", "Yohan"],
      ["Carrosserie (portes, capots, pare-chocs)", "Contrôle visuel sous lumière", "Défauts notés et photographiés, note A/B/C", "Démonteur"],
      ["Optiques", "Visuel + allumage sur alimentation 12 V", "Pas de buée, pattes de fixation entières", "Yohan"]],
     [3.6, 4.8, 5.4, 2.2]),
    ("p", "Ces choix se justifient par nos coûts : un retour de moteur nous coûte environ 180 € (transport aller-retour en palette, "
          "démontage, temps passé). Contrôler avant la mise en ligne prend quelques minutes et fait "
          "baisser les retours ; le contrôle est adapté à chaque type de pièce parce qu'on ne peut pas tester un capot comme un alternateur."),

    ("h2", "IV.6 Stockage"),
    ("p", "Le stockage des fluides issus de la dépollution est très encadré par notre agrément. Les huiles moteur et de boîte, le "
          "carburant, le liquide de refroidissement et le liquide de frein sont stockés séparément dans des cuves double paroi ou posées "
          "sur des bacs de rétention, sous un auvent, sur une dalle étanche reliée à un séparateur d'hydrocarbures. Les batteries sont "
          "rangées dans des bacs étanches. Tout est enlevé par des collecteurs agréés, avec un bordereau de suivi des déchets."),
    ("p", "Pour les pièces, le magasin est équipé de trois types de rangement. Les moteurs et les boîtes de vitesses sont posés sur "
          "palettes, dans des racks à palettes de trois niveaux, manipulés au chariot élévateur. Les portes, capots et pare-chocs sont "
          "rangés sur des rayonnages cantilever (bras en porte-à-faux), à plat ou debout selon la pièce. Les petites pièces (capteurs, "
          "calculateurs, commodos, rétroviseurs, optiques) sont dans des bacs plastiques sur des étagères, un bac par emplacement."),

    ("h2", "IV.7 Le traitement des commandes"),
    ("p", "Au printemps 2025, j'ai chronométré le traitement d'une commande internet, de sa réception jusqu'au départ du colis. "
          "Il y avait 11 étapes et il fallait 24 minutes en moyenne par commande :"),
    ("num", ["Réception de la commande par e-mail (site, eBay ou Leboncoin).",
             "Ressaisie à la main des commandes eBay et Leboncoin dans ReparStock pour sortir la pièce du stock.",
             "Vérification du paiement (PayZen, PayPal ou virement pro).",
             "Appel téléphonique au client pour confirmer la compatibilité avec son véhicule.",
             "Impression du bon de prélèvement papier au bureau.",
             "Le magasinier va chercher le bon au bureau et part chercher la pièce dans le magasin.",
             "Contrôle visuel de la pièce et comparaison avec la photo de la fiche.",
             "Emballage et calage.",
             "Création de l'étiquette sur le site du transporteur, en recopiant l'adresse.",
             "Envoi du numéro de suivi au client par e-mail, à la main.",
             "Retrait de l'annonce sur les autres canaux (site ou eBay ou Leboncoin) pour éviter de vendre deux fois la même pièce."], 6),
    ("p", "Plusieurs étapes ne servaient à rien ou faisaient doublon. J'ai supprimé le bon de prélèvement papier (la liste de préparation "
          "s'affiche sur la tablette de Mickaël avec l'emplacement), la double saisie eBay/ReparStock (les commandes des marketplaces "
          "arrivent maintenant directement dans ReparStock grâce au connecteur, qui retire aussi l'annonce partout), et l'appel de "
          "confirmation (le VIN est demandé au moment de la commande et vérifié par Samia sur écran). L'étiquette est générée par "
          "ReparStock, qui envoie le numéro de suivi tout seul. Le processus compte maintenant 7 étapes :"),
    ("t", "Tableau 13 – Le traitement d'une commande après simplification",
     [["Étape", "Qui", "Outil", "Temps moyen"],
      ["1. Commande reçue dans ReparStock (site, eBay, Leboncoin), annonce retirée partout", "Automatique", "ReparStock + connecteur", "0 min"],
      ["2. Paiement et VIN vérifiés", "Samia", "ReparStock, PayZen", "2 min"],
      ["3. Liste de préparation sur la tablette avec emplacement", "Mickaël", "Tablette, douchette", "1 min"],
      ["4. Prélèvement de la pièce (scan de l'emplacement et de la pièce)", "Mickaël", "Douchette", "4 min"],
      ["5. Contrôle de la pièce par rapport à la fiche", "Mickaël", "Tablette", "1 min"],
      ["6. Emballage et calage (gabarits mousse)", "Mickaël", "Poste d'emballage", "4 min"],
      ["7. Étiquette et suivi envoyés automatiquement, colis déposé en zone de départ", "Mickaël", "ReparStock", "1 min"],
      ["Total", "", "", "13 min"]],
     [8.0, 2.4, 3.6, 2.6]),
    ("p", "On est passé de 24 à 13 minutes par commande. Avec environ 46 colis par jour, cela fait plus de 8 heures "
          "gagnées chaque jour. Les ventes en double (6 à 8 par mois) ont disparu."),

    ("h2", "IV.8 Les transporteurs"),
    ("p", "Nos pièces vont de l'ampoule de 40 g au moteur de 180 kg, donc nous utilisons quatre solutions de transport. Je les ai "
          "classées par coût pour un envoi type :"),
    ("t", "Tableau 14 – Transporteurs classés par coût (frais de port)",
     [["Rang", "Solution", "Pour quoi", "Coût moyen par envoi", "Délai"],
      ["1", "Camionnette BAR", "Garages à moins de 40 km, tournée chaque après-midi", "environ 6 € (gratuit pour le garage dès 150 €)", "Jour même"],
      ["2", "Colissimo", "Colis jusqu'à 30 kg (électrique, optiques, petites pièces)", "de 9,90 € à 28 €", "48 h"],
      ["3", "GLS", "Colis lourds ou encombrants jusqu'à 40 kg (portes, pare-chocs, boîtes légères)", "de 14 € à 32 €", "24 à 72 h"],
      ["4", "DB Schenker (palette)", "Moteurs, boîtes de vitesses, trains", "de 85 € à 120 €", "2 à 4 jours"]],
     [1.2, 3.2, 5.8, 4.0, 2.2]),
    ("p", "La camionnette est la moins chère par livraison parce que la tournée regroupe 8 à 12 garages . Pour les colis, Colissimo est moins cher que GLS jusqu'à 30 kg, "
          "et GLS prend le relais au-delà. Les palettes restent chères mais il n'y a pas d'autre solution pour un moteur. "
          "L'impact CO2 par colis de chaque solution est dans l'Annexe 3."),

    ("h2", "IV.9 La satisfaction des clients"),
    ("p", "Nos clients sont satisfaits : nous avons 99,1 % d'évaluations positives sur eBay sur les 12 derniers mois (2 870 évaluations). "
          "Les évaluations négatives concernent surtout des pièces qui ne correspondaient pas au véhicule, ce qui nous a poussés à "
          "demander le VIN systématiquement."),

    ("h1", "V. Bilan"),
    ("p", "En un an, la vente de pièces en ligne est devenue plus professionnelle : des fiches construites autour de la référence OEM, des "
          "photos de la pièce réelle, un chat qui vérifie la compatibilité, des comptes pro pour les garages, et une préparation de commande "
          "deux fois plus rapide. La campagne garages a dépassé son objectif de comptes et nous rapproche des 50 % visés par Stéphane. "
          "Ce qui m'a le plus appris, c'est de passer du magasin à l'écran : je connais chaque allée du stock, et ça m'aide à "
          "construire un site où le garagiste trouve la bonne pièce du premier coup."),
]

SOMMAIRE = [
    "I. Présentation de Beauce Auto Recyclage et de mon poste",
    "II. Animer les ventes",
    "      II.1 La campagne « Pièces de réemploi, jusqu'à −70 % »",
    "      II.2 Nos partenaires",
    "      II.3 Le chat en direct",
    "      II.4 Facebook, YouTube et le groupe des garages",
    "      II.5 La mise en avant des pièces sur le site",
    "      II.6 Le paiement",
    "      II.7 Le paiement en plusieurs fois",
    "      II.8 Fidéliser les garages",
    "III. Les fiches pièces et les photos",
    "IV. Organiser et gérer",
    "      IV.1 Mentions légales – IV.2 Les CGV – IV.3 Données personnelles",
    "      IV.4 L'équipe",
    "      IV.5 Organisation du stock – IV.6 Stockage",
    "      IV.7 Le traitement des commandes",
    "      IV.8 Les transporteurs – IV.9 La satisfaction des clients",
    "V. Bilan",
    "Annexes (fichier PDF séparé) : 1. Conversations du chat – 2. Fiche pièce avant/après – 3. Transporteurs et CO2 – "
    "4. Indicateurs de l'équipe – 5. Extrait des CGV commenté",
]


def table(doc, rows, widths, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            run = c.paragraphs[0].add_run(v)
            run.font.size = Pt(size)
            if i == 0 or (r[0] == "Total" and j == 0):
                run.bold = True
    doc.add_paragraph()
    return t


def bold_par(doc, text, before=12):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(13)
    return p


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("A. Mercier — BAR — Blocs 2, 4, 5")
    hr.font.size = Pt(9)
    hr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(fp, "PAGE")

    # Page de garde simple
    for _ in range(5):
        doc.add_paragraph()
    for text, size, bold in [("Titre professionnel Chef de projet e-commerce", 13, False),
                             ("Dossier professionnel – Blocs 2, 4 et 5", 20, True),
                             ("Vendre des pièces de réemploi en ligne : garages, fiches pièces et organisation", 13, False),
                             ("Beauce Auto Recyclage SARL – centre VHU agréé – Lucé (28)", 12, False)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
    for _ in range(9):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Anthony Mercier – responsable e-commerce\nCandidat en formation financée par le CPF\n"
              "Tuteur : Stéphane Hamelin, gérant\nMai 2026")
    doc.add_page_break()

    # Sommaire manuel, sans numéros de page
    bold_par(doc, "Sommaire", before=0)
    for line in SOMMAIRE:
        q = doc.add_paragraph(line)
        q.paragraph_format.space_after = Pt(2)
    doc.add_page_break()

    ntables = 0
    for item in CONTENT:
        kind = item[0]
        if kind in ("h1", "h2"):
            bold_par(doc, item[1], before=16 if kind == "h1" else 10)
        elif kind == "p":
            para = doc.add_paragraph(item[1])
            para.paragraph_format.space_after = Pt(6)
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "b":
            for line in item[1]:
                para = doc.add_paragraph(line, style="List Bullet")
                para.paragraph_format.space_after = Pt(3)
        elif kind == "t":
            cap = doc.add_paragraph()
            cap.paragraph_format.keep_with_next = True
            r = cap.add_run(item[1])
            r.italic = True
            r.font.size = Pt(10)
            table(doc, item[2], item[3])
            ntables += 1
        elif kind == "num":
            steps, brk = item[1], item[2]
            for k, step in enumerate(steps):
                para = doc.add_paragraph(step, style="List Number")
                para.paragraph_format.space_after = Pt(3)
                if k == brk:
                    para.paragraph_format.page_break_before = True

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier professionnel Blocs 2, 4, 5 – Beauce Auto Recyclage"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 12
    doc.save(DOCX)
    repack(DOCX)
    return ntables


# --------------------------------------------------------------------------------------------
# Annexes PDF (5 pages, une annexe par page)
# --------------------------------------------------------------------------------------------
body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
small = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=10.8)
smallb = ParagraphStyle("sb", parent=small, fontName="Helvetica-Bold")
ann = ParagraphStyle("a", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=4)
sub = ParagraphStyle("su", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4)
chat_who = ParagraphStyle("cw", parent=small, fontName="Helvetica-Bold")
note = ParagraphStyle("n", parent=body, fontName="Helvetica-Oblique", fontSize=9, leading=11.5)
UW = A4[0] - 4 * cm


def T(rows, widths, head=True, bold_first=False):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(v, smallb if (head and i == 0) or (bold_first and j == 0) else small)
                     for j, v in enumerate(r)])
    tw = sum(widths)
    t = Table(data, colWidths=[w * UW / tw for w in widths])
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")))
    t.setStyle(TableStyle(style))
    return t


def chat(lines):
    rows = [[Paragraph(t, small), Paragraph(w, chat_who), Paragraph(m, small)] for t, w, m in lines]
    t = Table(rows, colWidths=[1.4 * cm, 2.6 * cm, UW - 4.0 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def annex_story():
    S = []
    # ---------------- Annexe 1
    S.append(Paragraph("Annexe 1 – Deux conversations LiveChat enregistrées", ann))
    S.append(Paragraph("Exports LiveChat (transcriptions), coordonnées des clients masquées.", note))
    S.append(Paragraph("Conversation 1 – jeudi 12 février 2026, 14 h 07 – commande passée", sub))
    S.append(chat([
        ("14:07", "Visiteur", "bonjour vous avez un alternateur pour clio 4 1.5 dci 90ch de 2016 ?"),
        ("14:08", "Samia (BAR)", "Bonjour ! Oui, nous en avons deux en stock en ce moment. Pour vérifier que la pièce va sur votre véhicule, "
                                 "pouvez-vous me donner le VIN (case E de la carte grise) ?"),
        ("14:09", "Visiteur", "VF15RP.....  (VIN complet donné par le client)"),
        ("14:11", "Samia (BAR)", "Merci. Votre véhicule a la clim, il lui faut l'alternateur 110 A, référence 231002128R. C'est bien celui de la "
                                 "fiche à 89 € : véhicule donneur à 84 000 km, testé au banc le 3 février, note A. Je vous mets le lien."),
        ("14:11", "Samia (BAR)", "[lien vers la fiche Alternateur Renault Clio IV 1.5 dCi 90 – 231002128R]"),
        ("14:13", "Visiteur", "ok et c'est garanti ? c'est mon garagiste qui le monte"),
        ("14:13", "Samia (BAR)", "Oui, garantie 1 an sur toutes nos pièces. Commandé maintenant, il part demain matin en "
                                 "Colissimo, livraison en 48 h. On propose aussi la courroie et le galet neufs en lot à -10 %, votre garagiste les change "
                                 "souvent en même temps."),
        ("14:16", "Visiteur", "je prends le lot. c'est bon j'ai payé par paypal"),
        ("14:16", "Samia (BAR)", "Parfait, commande n° 2026-04817 bien reçue. Vous recevrez le numéro de suivi par mail. Bonne journée !"),
    ]))
    S.append(Paragraph("Résultat : commande de 89 € + lot courroie/galet 41,40 € (PayPal). Durée 9 minutes.", note))
    S.append(Paragraph("Conversation 2 – jeudi 5 mars 2026, 10 h 42 – pas de commande", sub))
    S.append(chat([
        ("10:42", "Visiteur", "Bonjour, je cherche un moteur 1.2 puretech 110 pour 308 de 2018, moins de 80 000 km obligatoire"),
        ("10:44", "Samia (BAR)", "Bonjour ! Pour être sûre du code moteur, pouvez-vous me donner le VIN (case E de la carte grise) ?"),
        ("10:46", "Visiteur", "VR3F3HNS.....  (VIN complet donné par le client)"),
        ("10:49", "Samia (BAR)", "Merci, c'est bien le moteur HN05. En ce moment j'en ai un à 112 000 km, compression testée (écart de 4 % "
                                 "entre cylindres), à 1 290 €, garanti 1 an s'il est monté par un professionnel. Je n'en ai pas sous 80 000 km."),
        ("10:50", "Visiteur", "non 112 000 c'est trop, mon garage m'a dit moins de 80 000"),
        ("10:51", "Samia (BAR)", "Je comprends. Nous recevons des 308 presque chaque semaine. Je peux noter votre demande et vous prévenir "
                                 "par mail si un moteur de moins de 80 000 km arrive ?"),
        ("10:52", "Visiteur", "oui si vous voulez mais j'en ai besoin rapidement"),
        ("10:52", "Samia (BAR)", "C'est noté. Bonne journée !"),
    ]))
    S.append(Paragraph("Résultat : pas de vente. Aucun moteur HN05 de moins de 80 000 km n'est arrivé dans les 15 jours suivants.", note))
    S.append(PageBreak())

    # ---------------- Annexe 2
    S.append(Paragraph("Annexe 2 – Fiche pièce avant / après (alternateur de Clio IV)", ann))
    S.append(Paragraph("Recopié depuis ReparStock. Avant : fiche d'un alternateur de Clio IV créée en septembre 2025 (ancienne méthode). "
                       "Après : fiche du même modèle d'alternateur créée le 4 février 2026 (nouvelle méthode).", note))
    S.append(T([
        ["", "AVANT (septembre 2025)", "APRÈS (février 2026)"],
        ["Titre", "Alternateur clio", "Alternateur Renault Clio IV 1.5 dCi 90 – 231002128R"],
        ["URL", "/produit/118402", "/alternateur-renault-clio-iv-1-5-dci-231002128r"],
        ["Description", "Alternateur en bon état démonté sur clio. Garanti. Envoi rapide.",
         "Référence OEM : 231002128R (équivalences : 2610A, TG11C025). Alternateur 110 A d'origine, démonté sur un véhicule "
         "donneur de 2016 à 84 000 km. Testé au banc le 03/02/2026 : tension de charge 14,2 V. Poulie en bon état, connecteur intact."],
        ["Compatibilité", "Clio", "Renault Clio IV 1.5 dCi 75 / 90 (moteur K9K, 2012-2019), Captur 1.5 dCi 90 (2013-2019), "
                                  "Dacia Sandero II 1.5 dCi 90 avec climatisation. Vérification par VIN possible au chat."],
        ["Kilométrage", "non indiqué", "84 000 km (compteur du véhicule donneur, dossier VHU n° 2026-0188)"],
        ["État", "non indiqué", "Note A : très bon état, traces d'usage normales"],
        ["Photos", "1 photo, pièce posée au sol sur le béton, 4 000 px, 7,9 Mo",
         "4 photos de la pièce réelle, fond gris neutre, 1 200 px WebP (112 à 128 Ko) : face, dos, étiquette de référence, connecteur"],
        ["Texte alternatif", "IMG_4471.JPG", "231002128R alternateur Renault Clio IV – face (puis dos, étiquette, connecteur)"],
        ["Garantie / contrôle", "Garanti", "Garantie 1 an – contrôlé au banc – la pièce photographiée est celle que vous recevez"],
        ["Prix", "95 €", "89 € (lot courroie + galet neufs proposé à -10 %)"],
    ], [2.6, 5.2, 8.6], bold_first=True))
    S.append(Spacer(1, 8))
    S.append(Paragraph("Ce qui a changé : la référence OEM est dans le titre, l'URL et la première ligne ; la compatibilité est "
                       "précise ; le kilométrage et l'état sont indiqués ; 4 photos retouchées dans GIMP au lieu d'une photo brute.", body))
    S.append(PageBreak())

    # ---------------- Annexe 3
    S.append(Paragraph("Annexe 3 – Transporteurs : coût et CO2 par envoi", ann))
    S.append(Paragraph("Coûts : nos factures transporteurs de janvier à mars 2026. CO2 : estimations données par les transporteurs sur "
                       "leurs bilans clients, et pour la camionnette, consommation réelle de la tournée (8,9 L/100 km, 62 km en moyenne) "
                       "divisée par le nombre de garages livrés.", note))
    S.append(T([
        ["Solution", "Envoi type", "Coût moyen", "CO2 par envoi (kg)", "Envois T1 2026"],
        ["Camionnette BAR (diesel)", "Tournée garages < 40 km, 10 livraisons", "6,10 €", "1,5", "1 460"],
        ["Colissimo", "Alternateur 6 kg, 250 km", "11,80 €", "0,4", "2 310"],
        ["GLS", "Porte avant 22 kg, 300 km", "19,50 €", "0,9", "540"],
        ["DB Schenker", "Palette moteur 180 kg, 400 km", "98,00 €", "9,6", "212"],
    ], [3.6, 4.6, 2.2, 2.6, 2.4]))
    S.append(Spacer(1, 8))
    S.append(Paragraph("Remarque : rapporté au kilo transporté, la palette est la solution la moins émettrice ; par envoi, c'est "
                       "Colissimo. La camionnette émet plus par livraison qu'un colis Colissimo, même si elle est la moins chère.", body))
    S.append(PageBreak())

    # ---------------- Annexe 4
    S.append(Paragraph("Annexe 4 – Indicateurs individuels de l'équipe (1er trimestre 2026)", ann))
    S.append(Paragraph("Source : ReparStock (pièces référencées, colis, erreurs) et LiveChat (conversations). Moyennes par jour travaillé.", note))
    S.append(Paragraph("Démonteurs – pièces référencées par jour", sub))
    S.append(T([
        ["", "Janvier", "Février", "Mars", "Moyenne T1", "dont moteurs/boîtes"],
        ["Yohan", "29", "32", "32", "31", "0,4 / jour"],
        ["Dylan", "23", "24", "25", "24", "2,1 / jour"],
        ["Loïc (chef d'atelier, mi-temps démontage)", "11", "12", "10", "11", "1,3 / jour"],
    ], [5.2, 1.8, 1.8, 1.8, 2.2, 3.0], bold_first=True))
    S.append(Paragraph("Service client – Samia", sub))
    S.append(T([
        ["", "Janvier", "Février", "Mars", "T1"],
        ["Conversations LiveChat", "452", "497", "531", "1 480"],
        ["Délai moyen de première réponse", "2 min 50", "2 min 30", "2 min 15", "2 min 30"],
        ["Délai moyen le lundi", "4 min 20", "4 min 05", "3 min 10", "3 min 50"],
        ["Messages eBay et Leboncoin traités", "812", "874", "903", "2 589"],
    ], [6.0, 2.0, 2.0, 2.0, 2.0], bold_first=True))
    S.append(Paragraph("Expéditions – Mickaël", sub))
    S.append(T([
        ["", "Janvier", "Février", "Mars", "T1"],
        ["Colis préparés par jour", "43", "47", "48", "46"],
        ["Erreurs de préparation", "1,1 %", "1,0 %", "0,3 %", "0,8 %"],
        ["dont inversions gauche/droite", "9", "8", "2", "19"],
        ["Casse signalée à la livraison", "1,7 %", "1,5 %", "1,4 %", "1,5 %"],
    ], [6.0, 2.0, 2.0, 2.0, 2.0], bold_first=True))
    S.append(PageBreak())

    # ---------------- Annexe 5
    S.append(Paragraph("Annexe 5 – Extrait des CGV et commentaires", ann))
    S.append(Paragraph("CGV de la boutique BAR, version du 1er septembre 2025 (modèle du syndicat professionnel des centres VHU, "
                       "complété par BAR). Mes commentaires sont dans la colonne de droite.", note))
    S.append(T([
        ["Clause", "Mon commentaire"],
        ["<b>Article 8 – Garantie.</b> Toutes les pièces de réemploi vendues par Beauce Auto Recyclage sont garanties un (1) an à "
         "compter de la date de livraison, pièces seules, hors main-d'œuvre et frais annexes. La garantie couvre le bon fonctionnement "
         "de la pièce dans l'usage prévu par le constructeur. Sont exclues les pièces d'usure (embrayages, plaquettes, disques, "
         "balais d'essuie-glace) et les pièces modifiées ou démontées par le client.",
         "C'est notre principal argument de vente, et il est repris sur chaque fiche. Le point qui pose problème : « hors main-d'œuvre ». "
         "Les particuliers ne le lisent pas et pensent que nous payons le garage en cas de panne. Samia reçoit 2 ou 3 réclamations par "
         "mois sur ce point. J'ai proposé d'écrire « pièce seule » sur la fiche, à côté de « garantie 1 an »."],
        ["<b>Article 9 – Moteurs et boîtes de vitesses.</b> La garantie des moteurs et boîtes de vitesses n'est acquise que si la pièce "
         "a été montée par un professionnel de la réparation automobile, sur présentation de la facture de montage mentionnant le "
         "remplacement des consommables (joints, filtres, huile, courroie de distribution le cas échéant).",
         "Clause logique : un moteur mal monté (sans changer la courroie de distribution) casse, et ce n'est pas la faute de la pièce. "
         "Mais elle exclut les particuliers qui montent eux-mêmes, c'est souvent pour ça qu'ils achètent d'occasion. Elle doit être "
         "affichée avant le paiement et pas seulement dans les CGV : c'est fait depuis janvier sur les fiches moteurs."],
        ["<b>Article 10 – Rétractation et retours.</b> Conformément au Code de la consommation, le client consommateur dispose d'un "
         "délai de quatorze (14) jours à compter de la réception pour exercer son droit de rétractation, sans avoir à motiver sa "
         "décision. Les frais de retour sont à la charge du client. La pièce doit être retournée dans son état d'origine, non montée, "
         "avec son étiquette BAR. Le remboursement intervient sous quatorze (14) jours après réception de la pièce.",
         "Clause claire. Pour les palettes (moteurs), les frais de retour sont élevés (environ 90 €) et le client ne s'y attend pas : "
         "il faudrait donner un exemple de coût. L'étiquette BAR avec le code-barres nous permet de vérifier que c'est bien la pièce "
         "vendue (traçabilité). Les garages (professionnels) n'ont pas le droit de rétractation : ce n'est pas écrit clairement."],
    ], [9.0, 7.4]))
    return S


def deco(c, d):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(2 * cm, A4[1] - 1.2 * cm, "A. Mercier — Beauce Auto Recyclage — Annexes du dossier (blocs 2, 4, 5)")
    c.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Annexes – page %d / 5" % d.page)
    c.restoreState()


def build_pdf():
    doc = SimpleDocTemplate(PDF, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.9 * cm, bottomMargin=1.8 * cm,
                            title="Annexes – Dossier blocs 2, 4, 5 – Beauce Auto Recyclage", author=AUTHOR, creator=AUTHOR,
                            subject="Titre Chef de projet e-commerce – annexes", invariant=1)
    doc.build(annex_story(), onFirstPage=deco, onLaterPages=deco)
    return doc.page


def main():
    os.makedirs(OUT, exist_ok=True)
    n = build_docx()
    p = build_pdf()
    print("tables docx:", n, "pages pdf:", p)


if __name__ == "__main__":
    main()
