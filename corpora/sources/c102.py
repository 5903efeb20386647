# Générateur du dossier de la candidate c102 (Atelier Lissac, ébénisterie haut de gamme, Paris 11e) — blocs 2 et 4.
# (1) Un PPTX de soutenance de 28 diapositives 16:9 : fond ivoire, titres serif anthracite soulignés d'un filet or,
#     emplacements photo gris avec légende, diapositives dépouillées (une phrase-titre, 2 à 5 puces ou un tableau ;
#     8 tableaux). Le raisonnement est dans les NOTES DE L'ORATEUR (26 diapositives : ni la couverture ni la 14).
#     Pied de page « Atelier Lissac — L. Mercadier — n/28 ».
# (2) Un DOCX « note de synthèse » de 4 pages : Titre 1 numérotés, en-tête « Note de synthèse — diffusion restreinte »,
#     2 tableaux qui reprennent en arrondi des tableaux des diapositives ; certains choix ne sont argumentés que là.
# Déterministe : propriétés figées, archives zip ré-horodatées et triées, aucun aléa.
import datetime
import io
import os
import re
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor as DRGB
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt as PPt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c102-ebenisterie-luxe-paris")
PPTX_FILE = os.path.join(OUT, "atelier-lissac-soutenance-blocs-2-4.pptx")
DOCX_FILE = os.path.join(OUT, "note-de-synthese-lissac.docx")
AUTHOR = "Louise Mercadier"
FIXED = datetime.datetime(2026, 3, 20, 17, 30, 0)
ZIPSTAMP = (2026, 3, 20, 17, 30, 0)

IVORY = RGBColor(0xF7, 0xF3, 0xEA)
CHARCOAL = RGBColor(0x2E, 0x2E, 0x2E)
INK = RGBColor(0x3B, 0x3A, 0x38)
GOLD = RGBColor(0xB0, 0x8D, 0x57)
GREY = RGBColor(0x8A, 0x86, 0x80)
PHOTO = RGBColor(0xD5, 0xD2, 0xCC)
SERIF = "Georgia"
SANS = "Gill Sans MT"
N_SLIDES = 28


def fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=ZIPSTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(name))


# =============================================================================================== diapositives
# t : titre ; b : puces ; tbl : tableau (1re ligne = en-tête) ; w : largeurs relatives ; fs : corps du tableau ;
# lead : ligne au-dessus du tableau ; photo : légende d'un emplacement photo ; quote : citation en italique ;
# n : notes de l'orateur (None = pas de notes) ; grid : texte collé (annexe)
SLIDES = [
    # 1 ---------------------------------------------------------------------------------------------------------
    {"cover": True, "n": None},
    # 2 ---------------------------------------------------------------------------------------------------------
    {"t": "Un atelier, deux façons de vendre",
     "b": ["14 personnes, cour de l'Étoile-d'Or, depuis 2003 — Entreprise du Patrimoine Vivant",
           "2,3 M€ HT en 2025 : 78 % par les prescripteurs, 22 % Collection Lissac",
           "Site Shopify : 9 400 sessions par mois, Espace prescripteurs réservé",
           "Délai de fabrication : 10 à 16 semaines"],
     "photo": "L'établi de Hugo Terrier, cour de l'Étoile-d'Or",
     "quote": "« Une pièce Lissac ne se vend pas : elle se transmet. » — Antoine Lissac",
     "n": "L'Atelier Lissac, c'est quatorze personnes au fond de la cour de l'Étoile-d'Or, dans le faubourg "
          "Saint-Antoine. Antoine Lissac l'a fondé en 2003 ; l'atelier porte le label Entreprise du Patrimoine Vivant. "
          "Le chiffre d'affaires 2025 est de 2,3 M€ HT. 78 % viennent des commandes passées par nos prescripteurs, "
          "architectes d'intérieur et décorateurs, pour des projets de 8 000 à 120 000 €. Les 22 % restants, c'est la "
          "Collection Lissac : des pièces signées, à partir de 890 € pour la lampe Copeau et jusqu'à 6 900 € pour la "
          "table basse Ondine ; 186 k€ ont été réglés directement en ligne. "
          "Je suis en alternance depuis 2024, chargée de communication digitale et relations prescripteurs, aux côtés "
          "de Clémence Aubry, directrice commerciale et ma tutrice. Mon périmètre : le site Shopify et son Espace "
          "prescripteurs, Instagram, les envois Brevo et les conversations WhatsApp. Je vais suivre une saison de "
          "lancement complète, la Saison Noyer, puis le travail sur les fiches pièces qui l'a prolongée."},
    # 3 ---------------------------------------------------------------------------------------------------------
    {"t": "Saison Noyer : faire grandir la Collection, sortir de Paris",
     "b": ["Septembre → novembre 2025 : quatre pièces en noyer français, dont la console « Lune »",
           "Premier cap fixé par Antoine : la Collection à 30 % du chiffre d'affaires (22 % en 2025)",
           "Second cap : des prescripteurs hors de Paris — Lyon, Bordeaux, Nantes, Lille",
           "Un noyer de Dordogne, séché trois ans à l'atelier"],
     "n": "Pourquoi une saison, et pourquoi le noyer. Au printemps 2025, Antoine a fixé deux caps pour les trois ans à "
          "venir : porter la Collection à 30 % du chiffre d'affaires, pour moins dépendre des grands chantiers, et "
          "trouver des prescripteurs hors de Paris, parce que 84 % de nos architectes clients sont franciliens. La "
          "Saison Noyer est la première saison de lancement construite pour servir ces deux caps à la fois. "
          "Le noyer s'imposait : l'atelier avait acheté en 2022 trois grumes de noyer de Dordogne, sciées puis séchées "
          "chez nous, qui arrivaient à maturité. Quatre pièces en sont sorties : la console Lune, à partir de 4 800 €, "
          "une version noyer du bout de canapé Galet, une lampe Copeau en noyer et un miroir. "
          "J'ai calé le calendrier sur celui des prescripteurs : septembre, c'est la rentrée des agences, le moment où "
          "elles présentent à leurs clients les projets de fin d'année. Tout ce qui suit — points de contact, relais, "
          "mise en scène des pièces — se rattache à l'un de ces deux caps."},
    # 4 ---------------------------------------------------------------------------------------------------------
    {"t": "Cinq points de contact pour une saison",
     "b": ["Invitation imprimée + séquence Brevo en trois envois, vers 1 200 prescripteurs",
           "Instagram (31 k abonnés en septembre)",
           "LinkedIn : page de l'atelier et profil d'Antoine",
           "Pinterest : tableaux par essence et par pièce",
           "« Jeudis de l'atelier » : trois soirées à l'établi"],
     "photo": "L'invitation imprimée — papier 300 g, marquage à chaud or, placage de noyer glissé dedans",
     "n": "J'ai retenu cinq points de contact, chacun pour une raison précise. L'invitation imprimée, d'abord : nos "
          "prescripteurs reçoivent des dizaines de mails par jour, mais une carte épaisse avec un échantillon de placage "
          "de noyer reste sur le bureau. Elle ouvrait une séquence Brevo de trois envois : l'annonce, le récit de la "
          "grume, puis l'invitation aux Jeudis. "
          "Instagram reste notre vitrine auprès des particuliers et des jeunes décorateurs. LinkedIn touche les "
          "architectes installés, qui suivent Antoine plus que la page de l'atelier : j'ai donc écrit pour les deux. "
          "Pinterest, parce que c'est l'outil de travail des décorateurs, qui y montent les planches d'ambiance "
          "présentées à leurs clients. "
          "Enfin les Jeudis de l'atelier : trois soirées de 18 h à 21 h, avec Hugo Terrier au travail à l'établi. "
          "C'est le point de contact le plus coûteux en temps, mais aucun autre ne fait toucher le bois."},
    # 5 ---------------------------------------------------------------------------------------------------------
    {"t": "Chaque public, son point de contact, sa mesure",
     "tbl": [["Ce que l'on cherche", "Pour qui", "Points de contact", "Comment on mesure"],
             ["Faire découvrir la saison hors de Paris", "640 architectes et décorateurs : Lyon, Bordeaux, Nantes, Lille",
              "invitation + Brevo, LinkedIn, relais régionaux", "ouvertures, visites UTM, rendez-vous showroom ou visio"],
             ["Faire venir à l'atelier", "560 prescripteurs franciliens", "invitation + Brevo, Jeudis de l'atelier",
              "inscrits / présents, demandes d'échantillons"],
             ["Vendre la Collection en ligne", "particuliers amateurs de design, 35–60 ans", "Instagram, Pinterest, magazines",
              "ventes Collection en ligne, ajouts au panier"],
             ["Ouvrir l'Espace prescripteurs", "décorateurs qui ne nous connaissent pas", "LinkedIn, Archidéco Pro",
              "demandes d'accès à l'Espace"]],
     "w": [2.6, 3.2, 3.0, 3.2], "fs": 14,
     "n": "Ce tableau est celui que j'ai présenté à Antoine et Clémence en juillet, avant de lancer quoi que ce soit. "
          "Chaque ligne part d'un des deux caps : les deux premières servent les prescripteurs hors de Paris et à "
          "Paris, la troisième la Collection, la quatrième l'Espace prescripteurs, qui est notre porte d'entrée pour "
          "les nouvelles agences. "
          "Le choix des points de contact découle du public : un architecte lyonnais ne viendra pas pour une soirée de "
          "trois heures à Paris, donc pour lui c'est l'invitation, LinkedIn et les relais de sa région, avec une visio "
          "proposée à la place du showroom. Les Jeudis sont réservés aux Franciliens. Les particuliers, eux, ne "
          "reçoivent pas l'invitation : ils nous découvrent par Instagram, Pinterest et les magazines. "
          "La mesure a été fixée avant le lancement, et chaque lien porte un paramètre UTM, pour pouvoir relire la "
          "saison ligne par ligne à la fin de novembre."},
    # 6 ---------------------------------------------------------------------------------------------------------
    {"t": "Le cercle des prescripteurs : six relais choisis pour leurs lecteurs",
     "tbl": [["Relais", "Ce que c'est", "Qui le lit", "Ce qu'on y a fait"],
             ["Intérieurs Choisis", "magazine déco haut de gamme, bimestriel, 48 000 ex.", "particuliers aisés, décorateurs",
              "portfolio « Pièces d'ébénistes », numéro d'octobre"],
             ["Matière & Lumière", "revue des architectes d'intérieur, 9 000 abonnés", "architectes, agenceurs",
              "article sur le noyer français, rubrique Matériaux"],
             ["Archidéco Pro", "annuaire en ligne de fournisseurs", "22 000 professionnels inscrits",
              "fiche premium, recherche par région"],
             ["Galerie Trame (Lyon)", "galerie de design, presqu'île", "décorateurs lyonnais, collectionneurs",
              "console Lune en dépôt, soirée le 16/10"],
             ["Cercle Archi Grand Ouest", "réseau de 180 agences, Nantes–Bordeaux", "architectes d'intérieur de l'Ouest",
              "présentation au petit-déjeuner du 07/10"],
             ["Margaux Vidal", "décoratrice, 64 k abonnés Instagram", "particuliers en projet, jeunes décorateurs",
              "visite filmée de l'atelier : 1 réel, 3 stories"]],
     "w": [2.3, 3.2, 3.0, 3.5], "fs": 12,
     "n": "Six relais, et chacun a été choisi pour ceux qui le lisent, pas pour son audience brute. "
          "Intérieurs Choisis est lu par les particuliers qui achètent des pièces à plusieurs milliers d'euros, et par "
          "les décorateurs qui y cherchent des noms : c'est le relais de la Collection. Matière & Lumière est la revue "
          "que les architectes d'intérieur gardent sur leur bureau ; un article sur le noyer français y parle matière, "
          "pas décoration. Archidéco Pro est l'annuaire où les agences cherchent un fournisseur par métier et par "
          "région : c'est là qu'un architecte de Nantes tape « ébéniste ». "
          "Pour sortir de Paris, j'ai ajouté deux relais régionaux : la galerie Trame, fréquentée par les décorateurs "
          "lyonnais, et le Cercle Archi Grand Ouest, qui réunit 180 agences. Enfin Margaux Vidal, décoratrice suivie "
          "par des particuliers en plein projet de rénovation. "
          "J'ai écarté un grand magazine de décoration national : beaucoup de lecteurs, mais un public qui achète du "
          "mobilier d'enseigne, pas des pièces uniques."},
    # 7 ---------------------------------------------------------------------------------------------------------
    {"t": "Ce que les relais ont amené jusqu'au showroom",
     "tbl": [["Relais", "Visites (UTM)", "Demandes de rendez-vous", "Rendez-vous tenus"],
             ["Intérieurs Choisis", "1 140", "19", "12"],
             ["Matière & Lumière", "380", "14", "9"],
             ["Archidéco Pro", "520", "17", "11"],
             ["Galerie Trame (QR code)", "210", "9", "6"],
             ["Cercle Archi Grand Ouest", "160", "8", "5"],
             ["Margaux Vidal", "2 460", "11", "4"],
             ["Total saison", "4 870", "78", "47"]],
     "w": [3.4, 2.2, 2.6, 2.4], "fs": 14,
     "n": "Chaque relais avait son lien tagué — utm_source au nom du relais, utm_campaign « saison-noyer » — et un QR "
          "code pour le magazine papier et pour la galerie Trame. Dans GA4, j'ai suivi les visites, puis l'événement "
          "de demande de rendez-vous envoyé par le formulaire du showroom ; les rendez-vous tenus viennent de l'agenda "
          "de Clémence. "
          "Lecture : Margaux Vidal apporte de loin le plus de visites, 2 460, mais seulement quatre rendez-vous tenus. "
          "Son public rêve ; il ne meuble pas encore. À l'inverse, Matière & Lumière et Archidéco Pro transforment "
          "beaucoup mieux : neuf et onze rendez-vous pour quelques centaines de visites. Les deux relais régionaux ont "
          "fait venir onze prescripteurs de Lyon et de l'Ouest, au showroom ou en visio, ce qui répond au second cap. "
          "Sur la saison, 47 rendez-vous tenus, contre 19 sur les mêmes trois mois de 2024."},
    # 8 ---------------------------------------------------------------------------------------------------------
    {"t": "Prévu, fait : la saison telle qu'elle s'est déroulée",
     "tbl": [["Action", "Prévu", "Fait"],
             ["Invitation imprimée", "1 200 envois le 01/09", "1 180 envois le 04/09"],
             ["Séquence Brevo", "3 envois : 08/09, 29/09, 20/10", "3 envois, le dernier le 23/10"],
             ["Jeudis de l'atelier", "3 soirées, 40 invités chacune", "18/09, 16/10, 13/11 : 31, 38 et 44 présents"],
             ["Instagram", "3 posts / semaine + 1 carrousel / quinzaine", "36 posts, 6 carrousels, 41 stories"],
             ["LinkedIn", "1 post / semaine (page + Antoine)", "11 posts sur 13"],
             ["Pinterest", "4 tableaux partagés avec des agences", "3 tableaux ouverts"],
             ["Relais", "6 relais activés", "6 relais activés"]],
     "w": [2.6, 4.2, 4.2], "fs": 14,
     "n": "Le plan a été tenu pour l'essentiel, et je peux expliquer chaque écart. L'invitation est partie le 04/09 au "
          "lieu du 01/09 parce que l'imprimeur a livré en retard ; vingt cartes sont revenues, adresses périmées, que "
          "j'ai corrigées dans Brevo. Le troisième envoi a été décalé de trois jours pour ne pas tomber le jour du "
          "bouclage d'Intérieurs Choisis, qui relayait la même annonce. "
          "Les Jeudis ont fait mieux que prévu à la dernière soirée : 44 présents pour 40 invités, parce que des "
          "architectes sont venus avec leur chef de projet. Sur LinkedIn, deux semaines ont sauté en octobre, au "
          "moment où l'atelier livrait deux chantiers et où Antoine n'avait pas le temps de relire. Sur Pinterest, "
          "une agence a refusé le tableau partagé pour des raisons de confidentialité client. "
          "Instagram a dépassé le rythme prévu : 36 posts au lieu de 39, mais 41 stories, qui ont porté les Jeudis."},
    # 9 ---------------------------------------------------------------------------------------------------------
    {"t": "Être référencé chez les prescripteurs",
     "b": ["Entrer dans la matériauthèque des agences : c'est là qu'un fournisseur est choisi",
           "Un coffret d'échantillons : 6 essences, 3 finitions, une plaque de marqueterie de paille",
           "Fiche technique et grille de prix prescripteurs, mises à jour à chaque saison",
           "26 agences sur 40 ont gardé le coffret"],
     "photo": "Le coffret d'échantillons Lissac, chêne fumé et noyer huilé",
     "n": "« Référencé », ici, au sens où l'entendent les architectes : figurer dans la bibliothèque de fournisseurs de "
          "l'agence, la matériauthèque. Quand un chef de projet prépare une planche de matériaux pour un client, il "
          "pioche dans ces tiroirs ; si notre noyer n'y est pas, nous ne sommes tout simplement pas proposés. "
          "J'ai donc conçu avec Hugo un coffret : six essences, trois finitions, une plaque de marqueterie de paille, la "
          "fiche technique et la grille de prix prescripteurs. Son coût de revient est de 140 € pièce. Clémence et moi "
          "l'avons déposé en main propre dans 40 agences choisies, parisiennes et lyonnaises ; 26 l'ont gardé dans leur "
          "matériauthèque, les autres avaient déjà un ébéniste attitré. "
          "La règle que je propose : mettre à jour la fiche et la grille à chaque saison, et repasser une fois par an "
          "pour remplacer les échantillons abîmés."},
    # 10 --------------------------------------------------------------------------------------------------------
    {"t": "Instagram, LinkedIn, Pinterest : les gestes de la saison",
     "b": ["Carrousel « Du grume à la console » : dix images, de la scierie au showroom",
           "Chaque projet livré : le prescripteur identifié, avec son accord",
           "Tableaux Pinterest partagés avec les agences",
           "Une réponse à chaque commentaire et message sous 24 h"],
     "photo": "Carrousel « Du grume à la console », image 1/10",
     "n": "Quatre gestes ont porté la saison. Le carrousel « Du grume à la console » : dix images au format 4:5, une "
          "phrase courte sur la première pour donner envie de faire défiler, publié un mardi à midi. Il a touché 41 000 "
          "comptes et a été enregistré 2 300 fois. "
          "Sur chaque projet livré, je demande au prescripteur l'autorisation de l'identifier : il partage la "
          "publication à ses propres abonnés, qui sont exactement les clients que nous cherchons. "
          "Sur Pinterest, j'ai ouvert des tableaux partagés avec trois agences : nous y épinglons nos pièces et nos "
          "essences, elles y montent leurs planches. Notre mobilier entre ainsi dans leur processus de travail. "
          "Enfin, une règle : répondre sous 24 heures à chaque commentaire et à chaque message, week-end compris, "
          "depuis la boîte de réception de Meta Business Suite. Sur LinkedIn, j'écris les publications d'Antoine avec "
          "lui ; les documents en carrousel y fonctionnent le mieux."},
    # 11 --------------------------------------------------------------------------------------------------------
    {"t": "Une communauté qui grandit : Instagram de 31 k à 38 k",
     "b": ["Instagram : 31 200 abonnés le 01/09 → 38 100 le 30/11",
           "Taux d'interaction moyen : 4,8 % (3,1 % au printemps)",
           "LinkedIn : en cours de relevé",
           "Pinterest : en cours de relevé"],
     "n": "Sur Instagram, la saison a apporté 6 900 abonnés en trois mois, quand nous en gagnions environ 600 par mois "
          "avant. Deux publications expliquent près de la moitié de cette hausse : le carrousel « Du grume à la "
          "console » et le réel tourné avec Margaux Vidal. "
          "Plus que le nombre, ce qui compte pour nous, c'est qui sont ces nouveaux abonnés. Sur un échantillon de 200 "
          "profils regardés un par un, 23 % sont des professionnels — architectes, décorateurs, agenceurs — contre 12 % "
          "dans notre communauté d'avant. Le taux d'interaction est passé de 3,1 % à 4,8 %, porté par les "
          "enregistrements : un décorateur qui enregistre une image la garde pour un projet. Les prescripteurs "
          "identifiés ont partagé 11 de nos 14 publications de projets livrés. La communauté ne fait pas que nous "
          "suivre, elle relaie. "
          "Pour LinkedIn et Pinterest, les statistiques sont en cours de relevé."},
    # 12 --------------------------------------------------------------------------------------------------------
    {"t": "Conversation privée n° 1 : deux consoles pour Lyon",
     "b": ["17/10, 21 h 12 : une décoratrice lyonnaise écrit sur WhatsApp Business",
           "Elle a vu la console « Lune » à la galerie Trame",
           "Deux consoles sur mesure (160 et 140 cm) : 11 200 € HT",
           "Acompte de 40 % reçu le 24/10"],
     "n": "L'échange, exporté de WhatsApp Business (prénom changé). "
          "Claire, 21 h 12 : « Bonsoir, j'ai vu la console Lune chez Trame. Vous la faites en 160 cm ? C'est pour un "
          "appartement à Lyon 6e. » "
          "Moi, 21 h 37 : « Bonsoir Claire, oui : chaque Lune est faite à la main à l'atelier, de 120 à 180 cm. Je vous "
          "envoie la fiche technique et une photo du plateau ? » "
          "Claire : « Oui. Il m'en faudrait une deuxième en 140 pour l'entrée. Délai ? » "
          "Moi : « Douze semaines, livraison gants blancs à Lyon incluse. Voulez-vous une visio demain avec Hugo, notre "
          "chef d'atelier, pour choisir les veinages ? » "
          "Claire : « Parfait, 10 h. » "
          "Le lendemain, Hugo lui a montré les plateaux pendant vingt minutes ; Clémence a envoyé le devis le 20/10 au "
          "tarif prescripteur, 11 200 € HT pour les deux. Ce qui a fait la vente, je crois : une réponse en 25 minutes "
          "un vendredi soir, et le fait de lui montrer son bois à elle."},
    # 13 --------------------------------------------------------------------------------------------------------
    {"t": "Conversation privée n° 2 : la table qu'il fallait en dix jours",
     "b": ["19/11 : un particulier de Neuilly, par le bouton WhatsApp de la fiche « Ondine »",
           "Il veut la table basse pour un dîner le 29/11",
           "Notre délai : 10 à 16 semaines — vente perdue",
           "Ce que j'en ai tiré : la collection « Disponible à l'atelier »"],
     "n": "M. D., 14 h 05 : « Bonjour, la table Ondine est-elle disponible ? Il me la faut avant le 29, nous recevons. » "
          "Moi, 14 h 31 : « Bonjour, merci de votre message. Chaque Ondine est réalisée à la commande : la marqueterie "
          "de paille demande à elle seule trois semaines. Nous livrons en 10 à 16 semaines. » "
          "M. D. : « Dommage, c'était pour ce dîner. Vous n'avez rien en stock ? » "
          "Moi : « Pas d'Ondine, mais un bout de canapé Galet en chêne fumé est terminé à l'atelier. Je vous envoie des "
          "photos ? » "
          "M. D. : « Non merci, c'est la table que je voulais. » "
          "La conversation s'est arrêtée là. Je ne pouvais pas promettre un délai que l'atelier ne tient pas, et je "
          "referais la même réponse. Mais j'en ai tiré deux leçons : le délai doit être visible avant qu'on nous écrive, "
          "et nous devons montrer ce qui est déjà prêt. C'est l'origine de la collection « Disponible à l'atelier » "
          "et du délai affiché sous le prix."},
    # 14 --------------------------------------------------------------------------------------------------------
    {"t": "Conversations privées : la saison en chiffres",
     "b": ["146 conversations du 01/09 au 30/11",
           "Délai médian de première réponse : 38 min",
           "11 demandes de devis"],
     "big": True,
     "n": None},
    # 15 --------------------------------------------------------------------------------------------------------
    {"t": "Mise en scène des pièces : quoi, où, pourquoi",
     "tbl": [["Endroit du site", "Ce qui est mis en avant", "Pourquoi là"],
             ["Accueil", "section « Pièce de la saison » : la Lune et son film",
              "41 % des visites entrent par l'accueil ; la pièce donne le ton de la saison"],
             ["Collection", "collection « Disponible à l'atelier »", "pièces finies, livrées en deux semaines : pour les clients pressés"],
             ["Fiche pièce", "badge « Sur rendez-vous » ; lampe Copeau proposée sous les consoles",
              "voir une pièce de 5 000 € avant de l'acheter ; la lampe accompagne la console"],
             ["Panier", "rappel « livraison gants blancs incluse »", "rassurer au moment du règlement"],
             ["Espace prescripteurs", "pièces de la saison en avant-première, échantillons à commander",
              "les prescripteurs veulent voir avant tout le monde"]],
     "w": [2.4, 4.6, 5.0], "fs": 13,
     "n": "Tout est fait dans Shopify, sans développement. La section « Pièce de la saison » est une section du thème, "
          "réglée dans l'éditeur : une vidéo, un titre, un lien vers la fiche ; je la change à chaque saison. "
          "« Disponible à l'atelier » est une collection automatique : elle affiche toute pièce qui porte l'étiquette "
          "« atelier-dispo » et dont le stock est supérieur à zéro, donc une pièce vendue disparaît seule. "
          "Le badge « Sur rendez-vous » vient d'un champ méta sur le produit, lu par un bloc du thème. La lampe Copeau "
          "est déclarée comme produit complémentaire des consoles dans l'application Search & Discovery : 14 % des "
          "commandes de Lune comprennent désormais une Copeau. "
          "Les endroits ont été choisis à partir des pages d'entrée de GA4 et du chemin réel des visiteurs : l'accueil "
          "reçoit 41 % des entrées, le panier est le moment où l'on hésite sur la livraison, et l'Espace prescripteurs, "
          "protégé par mot de passe, est le seul endroit où les professionnels se connectent."},
    # 16 --------------------------------------------------------------------------------------------------------
    {"t": "Régler une pièce de 4 800 € en confiance",
     "b": ["Carte bancaire et Apple Pay ; virement pour l'acompte de 40 % du sur-mesure",
           "3-D Secure, certificat numéroté, livraison gants blancs assurée, garantie 10 ans",
           "Alma : 3 ou 4 fois sans frais sur la Collection",
           "Parcours de règlement responsive"],
     "n": "J'ai activé Apple Pay sur Shopify Payments en septembre, et créé un mode de règlement manuel « Virement — "
          "acompte de 40 % » pour le sur-mesure : la commande reste en attente jusqu'à ce que Clémence confirme la "
          "réception. Depuis, 71 % des règlements de la Collection se font par carte, 20 % par Apple Pay, 9 % par "
          "virement. "
          "La confiance compte autant que le moyen de paiement quand on règle 4 800 € à un atelier qu'on ne connaît "
          "pas. Chaque paiement par carte passe par 3-D Secure ; la fiche et le panier rappellent le certificat "
          "d'authenticité numéroté et signé par Antoine, la livraison par deux compagnons, assurée jusqu'à "
          "l'installation, et la garantie de dix ans sur la structure. "
          "J'ai testé le parcours complet sur Mac, avec Safari et Chrome, et sur iPhone, avec une vraie commande "
          "remboursée ensuite. "
          "Alma permet de régler la Collection en trois ou quatre fois sans frais, de 890 € à 6 900 €, depuis "
          "octobre."},
    # 17 --------------------------------------------------------------------------------------------------------
    {"t": "Photographe et vidéaste plutôt que l'iPhone de l'atelier",
     "tbl": [["Critère", "Photographe + vidéaste indépendants", "iPhone, en interne"],
             ["Lumière sur le veinage", "éclairage rasant maîtrisé, noyer fidèle", "reflets sur l'huile, noyer trop orange"],
             ["Droits", "cession 5 ans, tous supports, presse incluse", "droits à nous, mais définition refusée par la presse"],
             ["Délai", "3 semaines (prise de vue + livraison)", "immédiat"],
             ["Coût", "1 800 € / jour, photo et film, 2 jours", "environ 950 € (éclairage loué + 2 jours de salaire)"],
             ["Expérience du bois", "3 ateliers EPV photographiés, mise au point empilée", "aucune"]],
     "w": [2.8, 4.6, 4.6], "fs": 14,
     "n": "Pour la saison, il fallait douze fiches, un film et des images pour la presse. J'ai comparé deux options sur "
          "cinq critères. J'ai d'abord fait un test : la console Lune à l'iPhone 15 Pro, avec deux panneaux LED loués. "
          "Le résultat était correct pour Instagram, mais le noyer virait à l'orange et l'huile renvoyait des reflets. "
          "Surtout, Intérieurs Choisis demandait des fichiers imprimables en pleine page, que l'iPhone ne fournissait pas "
          "dans cette lumière. "
          "Samuel Roche, photographe, et Inès Kader, vidéaste, travaillent en duo ; ils avaient déjà photographié trois "
          "ateliers labellisés EPV et maîtrisent la mise au point empilée, indispensable sur la marqueterie. La cession "
          "de droits sur cinq ans couvre le site, les réseaux et la presse. "
          "Le coût est presque double : 3 600 € contre 1 900 € environ. Mais ces images servent douze fiches, un film, "
          "un portfolio presse et la saison suivante. Le délai de trois semaines ne gênait pas : je les ai réservés "
          "en juillet pour septembre."},
    # 18 --------------------------------------------------------------------------------------------------------
    {"t": "Retouche, film, formats : le noyer tel qu'il est",
     "b": ["Lightroom : couleur du noyer calée sur un échantillon réel et une charte de couleurs",
           "Photoshop : mise au point empilée sur la marqueterie de paille (14 vues)",
           "Film « Lune », 45 s, monté dans DaVinci Resolve, sous-titré",
           "En ligne : WebP 2 000 px sous 300 Ko, version 9:16 pour les stories"],
     "photo": "Plateau de la console « Lune » après étalonnage — photo S. Roche, retouche L. Mercadier",
     "n": "Samuel m'a livré les fichiers bruts ; la retouche, c'est moi, avec Hugo à côté pour valider la couleur. Dans "
          "Lightroom, j'ai photographié une charte de couleurs dans la même lumière que la console, créé un profil, puis "
          "comparé l'écran à un échantillon de noyer huilé posé sous une lampe à 5 000 K. J'ai baissé la saturation des "
          "orangés de 12 points : sans cela, le noyer vire au merisier. "
          "Sur l'Ondine, chaque brin de paille accroche la lumière : j'ai empilé 14 vues à mises au point différentes "
          "dans Photoshop pour que toute la table soit nette. "
          "Le film de 45 secondes, je l'ai monté dans DaVinci Resolve à partir de deux heures de rushes d'Inès : "
          "étalonnage sur la même référence, sous-titres incrustés parce que la plupart des vues se font sans le son. "
          "Pour le site, export WebP de 2 000 px de large, toujours sous 300 Ko ; le film en MP4 1080p de 9 Mo, et une "
          "coupe verticale 9:16 de 30 secondes pour les stories et les réels."},
    # 19 --------------------------------------------------------------------------------------------------------
    {"t": "Récit de pièce : écrire pour être trouvé",
     "b": ["Une pièce, une essence, un geste : un récit de 700 à 900 mots",
           "L'expression visée dans le titre, un intertitre H2, le premier paragraphe, l'alt de la photo d'ouverture",
           "Exemple : « Console en noyer massif : l'histoire de la Lune »",
           "Publié dans le Journal de l'atelier, avec un lien vers la fiche pièce"],
     "n": "Le récit de pièce, c'est l'article du Journal de l'atelier qui raconte une pièce. Ma méthode : je pars d'une "
          "expression que les gens cherchent vraiment, par exemple « console noyer massif ». Je la place quatre fois, pas "
          "plus : dans le titre, dans un intertitre H2 — « Pourquoi le noyer massif pour une console ? » —, dans les cent "
          "premiers mots, et dans le texte alternatif de la photo d'ouverture. Autour, deux expressions voisines, "
          "« noyer français » et « console sur mesure », vivent dans le corps du texte. "
          "Le reste, c'est de l'écriture : Hugo me raconte le geste, je l'enregistre à l'établi, je réécris. Chaque "
          "récit renvoie vers la fiche pièce. "
          "Le Journal de l'atelier a été installé en 2019 par l'agence qui a fait le site ; moi, je ne fais qu'y "
          "écrire. Quatre récits sont parus pendant la saison ; celui de la Lune est arrivé septième sur « console noyer "
          "massif » en six semaines."},
    # 20 --------------------------------------------------------------------------------------------------------
    {"t": "La fiche « Lune » : où va le lexique de recherche",
     "tbl": [["Emplacement", "Ce qu'on y a mis"],
             ["Lexique de la saison", "« console noyer massif » → Lune ; « table basse marqueterie de paille » → Ondine ; "
                                      "« mobilier sur mesure Paris » → page Sur mesure"],
             ["Balise title", "Console Lune en noyer massif et laiton — Atelier Lissac"],
             ["Titre H1", "Console Lune, noyer massif et laiton"],
             ["URL", "/products/console-noyer-massif-lune"],
             ["Méta-description", "Console en noyer massif et laiton, faite main à Paris 11e. Sur mesure de 120 à 180 cm, "
                                  "à partir de 4 800 €."],
             ["Texte alternatif", "Console Lune en noyer massif, plateau veiné, pieds en laiton brossé"]],
     "w": [2.6, 9.4], "fs": 14,
     "n": "Le lexique de recherche vient de trois sources : les requêtes qui nous amènent déjà des visites dans la "
          "Search Console, les volumes du planificateur de Google Ads — environ 260 recherches par mois pour « console "
          "noyer massif », 170 pour « table basse marqueterie de paille », 390 pour « mobilier sur mesure Paris » — et "
          "les mots que les prescripteurs emploient eux-mêmes dans nos formulaires de devis. "
          "Règle : une expression principale par page, jamais la même sur deux pages, pour qu'elles ne se fassent pas "
          "concurrence. « Mobilier sur mesure Paris » est réservée à la page Sur mesure, qui parle aux particuliers "
          "parisiens. "
          "Sur la fiche Lune, l'expression est en tête de la balise title, dans le H1, dans l'URL, que j'ai raccourcie "
          "et redirigée depuis l'ancienne, dans la méta-description et dans le texte alternatif de la première photo. "
          "La méta-description donne aussi le prix « à partir de » et la plage de dimensions, parce que ce sont les "
          "deux questions qu'on nous pose le plus."},
    # 21 --------------------------------------------------------------------------------------------------------
    {"t": "Fiches réécrites : ce qui aide à décider, ce que ça change",
     "lead": "Sur chaque fiche : dimensions cotées · essence · finition · délai · entretien · signature · visite du showroom",
     "tbl": [["Fiche (6 semaines avant → 6 semaines après)", "Temps moyen sur la page", "Demandes d'échantillons", "Ajouts au panier"],
             ["Console « Lune »", "0 min 48 → 1 min 52", "3 → 11", "14 → 31"],
             ["Table basse « Ondine »", "0 min 41 → 1 min 37", "2 → 8", "6 → 15"]],
     "w": [4.0, 2.8, 2.6, 2.4], "fs": 15,
     "n": "Chaque fiche répond maintenant aux questions qui font décider. Les dimensions sont cotées sur un dessin, "
          "parce qu'un prescripteur vérifie le passage d'une porte avant tout. L'essence et son origine, parce que le "
          "veinage fait le prix. La finition, huile dure ou vernis mat, parce qu'elle engage l'entretien. Le délai, "
          "affiché sous le prix depuis la conversation perdue. L'entretien, avec le coffret d'huile proposé. La "
          "signature : le certificat numéroté et la frappe de l'atelier sous le plateau. Enfin la visite du showroom, "
          "avec le badge et le lien de prise de rendez-vous. "
          "Pour mesurer l'effet, j'ai comparé dans GA4 les six semaines avant et après la réécriture. Sur la Lune, le "
          "temps passé sur la page a plus que doublé, les demandes d'échantillons sont passées de 3 à 11 et les ajouts "
          "au panier de 14 à 31. L'Ondine suit la même courbe. Les deux fiches ont été réécrites en premier parce "
          "que ce sont nos deux pièces phares."},
    # 22 --------------------------------------------------------------------------------------------------------
    {"t": "Ce que nous attendons de chaque visiteur",
     "b": ["Prescripteur : une demande de devis depuis l'Espace — 25 par mois",
           "Particulier, Collection : un achat en ligne ou un rendez-vous — 1,2 % des sessions",
           "Particulier, sur mesure : un rendez-vous au showroom — 30 par mois",
           "Vérifié avec Clarity : « Que vous manque-t-il pour vous décider ? »"],
     "n": "J'ai fixé avec Clémence un objectif de transformation par public, à partir des chiffres de 2025. Un "
          "prescripteur ne commande pas en ligne : pour lui, la transformation, c'est la demande de devis depuis "
          "l'Espace. Pour la Collection, c'est l'achat, ou le rendez-vous quand la pièce dépasse 3 000 €. Pour le sur-"
          "mesure, c'est le rendez-vous au showroom. "
          "Pour vérifier que ces objectifs correspondent aux attentes des visiteurs, j'ai posé une question sur les "
          "fiches pièces du 01/12 au 31/01, avec Clarity : « Que vous manque-t-il pour vous décider ? ». 214 réponses. "
          "En tête : le délai (31 %), voir la pièce en vrai (27 %), le prix exact du sur-mesure (22 %), les dimensions "
          "(11 %). "
          "Cela confirme le rendez-vous comme objectif du sur-mesure : plus d'un quart des répondants veulent voir la "
          "pièce. Cela confirme aussi l'achat en ligne pour la Collection : personne ne réclame de contact pour une "
          "lampe à 890 €. Sur décembre et janvier : 22 devis prescripteurs par mois, 1,1 % des sessions Collection, "
          "26 rendez-vous par mois."},
    # 23 --------------------------------------------------------------------------------------------------------
    {"t": "Du premier regard au devis : l'entonnoir suivi dans GA4",
     "b": ["Fiche pièce sur mesure vue : 3 920 sessions",
           "Clic « Demander un devis » : 412",
           "Formulaire commencé : 236",
           "Formulaire envoyé : 71 (du 01/12 au 31/01)"],
     "n": "L'entonnoir repose sur quatre événements. La vue de fiche vient de l'intégration GA4 de Shopify. J'ai créé "
          "dans Google Tag Manager un événement « clic_devis » sur le bouton « Demander un devis ». Le début de "
          "formulaire est mesuré par GA4 lui-même ; l'envoi déclenche « generate_lead » sur la page de remerciement. "
          "Dans GA4, une exploration en entonnoir enchaîne les quatre étapes ; je l'ai enregistrée et partagée avec "
          "Clémence, qui peut l'ouvrir à tout moment. "
          "Pour vérifier que l'entonnoir dit vrai, j'ai contrôlé chaque événement dans le DebugView, puis comparé les "
          "71 envois comptés par GA4 aux 71 formulaires arrivés dans la boîte de Clémence sur la même période : les "
          "chiffres concordent. "
          "La plus grosse perte se situe entre le formulaire commencé et le formulaire envoyé : sept visiteurs sur dix "
          "abandonnent en cours de route. C'est là que j'ai cherché les frictions."},
    # 24 --------------------------------------------------------------------------------------------------------
    {"t": "Une visite regardée de près, trois frictions corrigées",
     "b": ["Formulaire de 7 champs ramené à 4 — Louise Mercadier, en ligne le 15/01/2026",
           "Délai caché dans l'onglet « Livraison » → affiché sous le prix — Louise et Hugo Terrier, 22/01/2026",
           "« Prix sur demande » → « à partir de » + un exemple de devis — Clémence Aubry, 02/02/2026"],
     "n": "L'enregistrement Clarity du 09/12, 14 h 32, sur iPhone. La visiteuse arrive de Pinterest sur la fiche "
          "Ondine. Elle fait défiler jusqu'à la troisième photo et zoome deux fois sur la marqueterie. Elle remonte, "
          "ouvre l'onglet « Dimensions », puis l'onglet « Livraison », où elle reste neuf secondes. Elle clique sur "
          "« Demander un devis ». Elle remplit le prénom, le nom, l'e-mail, s'arrête sur « Budget estimé », tape 5, "
          "efface. Elle descend jusqu'à « Adresse du chantier », remonte, et quitte la page au bout de 4 min 12. "
          "Les trois frictions viennent de l'entonnoir et de sessions comme celle-ci : un formulaire trop long, dont le "
          "budget et l'adresse, que Clémence redemande de toute façon au téléphone ; un délai caché dans un onglet ; "
          "un « prix sur demande » qui arrête les particuliers. Chaque correction a un responsable et une date ; je les "
          "ai classées par effort, la plus rapide d'abord."},
    # 25 --------------------------------------------------------------------------------------------------------
    {"t": "Facilités de règlement : analyse",
     "n": "À développer à l'oral."},
    # 26 --------------------------------------------------------------------------------------------------------
    {"t": "Relation au long cours : les pistes étudiées",
     "b": ["Visite d'entretien offerte deux ans après la livraison",
           "Programme prescripteurs : remise selon le volume de l'année",
           "Avant-premières privées à l'atelier à chaque saison",
           "Carte à points sur les achats de la Collection"],
     "photo": "Jeudi de l'atelier, 13/11/2025 — présentation du miroir en noyer",
     "n": "J'ai recensé quatre dispositifs, en regardant ce que font d'autres ateliers d'art, deux éditeurs de mobilier "
          "et les enseignes de décoration. "
          "La visite d'entretien : un compagnon passe deux ans après la livraison pour reprendre l'huile, resserrer les "
          "assemblages et vérifier le piétement ; coût estimé à 180 € par visite en Île-de-France. "
          "Le programme prescripteurs : aujourd'hui, la remise de 15 % est fixe dans l'Espace ; la piste serait des "
          "paliers de 15, 18 et 20 % selon le volume de l'année, comme chez les deux éditeurs comparés. "
          "Les avant-premières : réserver à nos clients et à nos prescripteurs la découverte de chaque saison, une "
          "semaine avant tout le monde, à l'atelier. "
          "La carte à points : un point par euro dépensé sur la Collection, échangé contre une remise, sur le modèle des "
          "enseignes. "
          "Notre choix, et ses raisons, sont dans la note de synthèse remise avec ce support."},
    # 27 --------------------------------------------------------------------------------------------------------
    {"t": "Ce que la Saison Noyer nous laisse",
     "b": ["47 rendez-vous au showroom, dont 11 de prescripteurs hors de Paris",
           "Instagram : 38 k abonnés, un public plus professionnel",
           "Douze fiches pièces réécrites, un entonnoir suivi, trois frictions corrigées",
           "Prochaine saison de lancement : « Saison Paille », avril 2026"],
     "quote": "« Le bois a son temps ; le site doit apprendre à l'attendre avec nous. » — Antoine Lissac",
     "n": "Pour conclure : la Saison Noyer a donné à l'atelier une méthode plus qu'un résultat ponctuel. Nous savons "
          "maintenant lancer une saison en partant de deux caps, choisir des relais pour leurs lecteurs, et relire la "
          "saison chiffres en main. Le site, lui, a changé de rôle : il ne se contente plus de montrer les pièces, il "
          "prépare la visite au showroom et la demande de devis. "
          "Si c'était à refaire, je lancerais la réécriture des fiches avant la saison et non après, pour que les "
          "visiteurs venus des relais tombent tout de suite sur des fiches complètes. Et je demanderais aux relais "
          "leurs propres chiffres dès le départ. "
          "La Saison Paille, en avril, reprendra le même déroulé autour de la marqueterie de paille et de la table "
          "Ondine. La phrase d'Antoine résume bien l'équilibre à tenir : un site rapide au service d'un atelier qui "
          "prend son temps."},
    # 28 --------------------------------------------------------------------------------------------------------
    {"t": "Annexe — grille d'évaluation",
     "grid": ["ÉCOLE SUPÉRIEURE DES MÉTIERS DU DIGITAL — Mastère Chef de projet e-commerce",
              "Grille d'évaluation de la soutenance — blocs 2 et 4 — session 2026",
              "Consigne au jury : cocher chaque ligne lorsque l'élément est présent et justifié. Ligne non cochée = non acquis. "
              "Reporter la note sur 20 sur le bordereau.",
              "☑  Campagne de promotion cohérente avec la stratégie de l'entreprise",
              "☑  Vecteurs de communication identifiés et articulés avec les cibles",
              "☑  Partenaires retenus, justifiés, résultats mesurés",
              "☑  Deux échanges en ligne (vente conclue / non conclue) et leurs statistiques",
              "☑  Réseaux sociaux : techniques d'animation, indicateurs de notoriété",
              "☑  Mise en avant des produits sur le site marchand",
              "☑  Paiement : mise en place, tous écrans, réassurance",
              "☑  Offres de financement et regard critique",
              "☑  Fidélisation : dispositifs recensés, choix justifié",
              "☑  Prestataires multimédia : choix justifié",
              "☑  Rédaction web : intégration des mots-clés (articles, fiches produits)",
              "☑  Retouche d'images et montage vidéo, formats adaptés au web",
              "☑  Intérêt des internautes mesuré (avant / après)",
              "☑  Blog de l'entreprise : mise en place et réglages",
              "☑  Tunnel de conversion : objectifs, suivi, éléments perturbateurs",
              "Appréciation du jury : ………………………………………………     Note : …… / 20"],
     "n": "J'ai joint en annexe la grille d'évaluation que l'école nous a transmise pour la soutenance, telle quelle, "
          "pour que le jury puisse suivre la présentation ligne par ligne. J'ai coché les lignes auxquelles je pense "
          "répondre, dans ce support ou dans la note de synthèse. "
          "Pour retrouver les éléments : la saison et ses points de contact sont aux diapositives 3 à 8, les relais aux "
          "diapositives 6 et 7, les conversations privées aux diapositives 12 à 14, la mise en scène des pièces à la "
          "diapositive 15, le règlement à la diapositive 16, les contenus et les fiches pièces aux diapositives 17 à 21, "
          "les objectifs de transformation et l'entonnoir aux diapositives 22 à 24. La relation au long cours est "
          "présentée à la diapositive 26 et argumentée dans la note."},
]
assert len(SLIDES) == N_SLIDES


# =============================================================================================== construction PPTX
def set_bg(slide):
    fill = slide.background.fill
    fill.solid()
    fill.fore_color.rgb = IVORY


def textbox(slide, x, y, w, h, wrap=True):
    tb = slide.shapes.add_textbox(x, y, w, h)
    tb.text_frame.word_wrap = wrap
    return tb.text_frame


def style_run(run, size, color=INK, font=SANS, bold=False, italic=False):
    run.font.size = PPt(size)
    run.font.color.rgb = color
    run.font.name = font
    run.font.bold = bold
    run.font.italic = italic


def add_title(slide, text):
    tf = textbox(slide, Inches(0.7), Inches(0.45), Inches(11.9), Inches(0.95))
    tf.vertical_anchor = MSO_ANCHOR.BOTTOM
    p = tf.paragraphs[0]
    r = p.add_run()
    r.text = text
    style_run(r, 30 if len(text) <= 48 else 26, CHARCOAL, SERIF)
    rule = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.72), Inches(1.5), Inches(1.3), Emu(22860))
    rule.fill.solid()
    rule.fill.fore_color.rgb = GOLD
    rule.line.fill.background()


def add_bullets(slide, items, width, big=False):
    tf = textbox(slide, Inches(0.7), Inches(1.95), width, Inches(4.4))
    for k, it in enumerate(items):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.space_after = PPt(16 if big else 12)
        r1 = p.add_run()
        r1.text = "—  "
        style_run(r1, 30 if big else 19, GOLD, SERIF)
        r2 = p.add_run()
        r2.text = it
        style_run(r2, 30 if big else 19, INK, SERIF if big else SANS)


def add_photo(slide, caption):
    x, y, w, h = Inches(8.55), Inches(1.95), Inches(4.1), Inches(3.55)
    ph = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, x, y, w, h)
    ph.fill.solid()
    ph.fill.fore_color.rgb = PHOTO
    ph.line.fill.background()
    tf = ph.text_frame
    tf.text = "photo"
    style_run(tf.paragraphs[0].runs[0], 11, GREY, SANS, italic=True)
    tf.paragraphs[0].alignment = PP_ALIGN.CENTER
    cap = textbox(slide, x, y + h + Inches(0.08), w, Inches(0.7))
    r = cap.paragraphs[0].add_run()
    r.text = caption
    style_run(r, 11, GREY, SERIF, italic=True)


def add_quote(slide, text):
    tf = textbox(slide, Inches(0.7), Inches(6.05), Inches(11.9), Inches(0.6))
    r = tf.paragraphs[0].add_run()
    r.text = text
    style_run(r, 18, GOLD, SERIF, italic=True)


def add_table(slide, rows, widths, fs, top):
    nr, nc = len(rows), len(rows[0])
    W = Inches(11.9)
    shape = slide.shapes.add_table(nr, nc, Inches(0.7), top, W, Inches(0.45 * nr))
    tb = shape.table
    total = sum(widths)
    for j, w in enumerate(widths):
        tb.columns[j].width = Emu(int(W * w / total))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = tb.cell(i, j)
            cell.margin_left = cell.margin_right = Inches(0.08)
            cell.margin_top = cell.margin_bottom = Inches(0.05)
            tf = cell.text_frame
            tf.word_wrap = True
            p = tf.paragraphs[0]
            r = p.add_run()
            r.text = val
            cell.fill.solid()
            if i == 0:
                style_run(r, fs - 1, RGBColor(0xFF, 0xFF, 0xFF), SERIF, bold=True)
                cell.fill.fore_color.rgb = CHARCOAL
            else:
                last_total = val and rows[i][0].startswith("Total")
                style_run(r, fs, INK, SANS, bold=(j == 0 or bool(last_total)))
                cell.fill.fore_color.rgb = RGBColor(0xFF, 0xFD, 0xF8) if i % 2 else RGBColor(0xEF, 0xE9, 0xDC)
    return shape


def add_footer(slide, num):
    tf = textbox(slide, Inches(6.6), Inches(6.95), Inches(6.0), Inches(0.35))
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.RIGHT
    r = p.add_run()
    r.text = "Atelier Lissac — L. Mercadier — %d/%d" % (num, N_SLIDES)
    style_run(r, 10, GREY, SERIF)


def cover(slide):
    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.7), Inches(1.2), Inches(0.05), Inches(4.6))
    band.fill.solid(); band.fill.fore_color.rgb = GOLD; band.line.fill.background()
    tf = textbox(slide, Inches(1.05), Inches(1.2), Inches(7.0), Inches(4.8))
    lines = [
        ("ATELIER LISSAC — ÉBÉNISTERIE D'ART — FAUBOURG SAINT-ANTOINE", 12, GOLD, SANS, False),
        ("Saison Noyer", 46, CHARCOAL, SERIF, False),
        ("Faire venir les prescripteurs, donner envie des pièces en ligne", 22, INK, SERIF, True),
        ("", 12, INK, SANS, False),
        ("Soutenance — titre Chef de projet e-commerce — blocs 2 et 4 — session 2026", 14, INK, SANS, False),
        ("Louise Mercadier, chargée de communication digitale et relations prescripteurs (alternance, Mastère 2e année)", 14, INK, SANS, False),
        ("Tutrice : Clémence Aubry, directrice commerciale", 14, INK, SANS, False),
    ]
    for k, (t, s, c, f, it) in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.space_after = PPt(8)
        r = p.add_run()
        r.text = t
        style_run(r, s, c, f, italic=it)
    add_photo(slide, "Console « Lune », noyer massif et laiton — showroom de la rue de Charonne")


def build_pptx():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    blank = prs.slide_layouts[6]
    for i, s in enumerate(SLIDES):
        num = i + 1
        slide = prs.slides.add_slide(blank)
        set_bg(slide)
        if s.get("cover"):
            cover(slide)
        else:
            add_title(slide, s["t"])
            if "b" in s:
                add_bullets(slide, s["b"], Inches(7.5) if "photo" in s else Inches(11.9), big=s.get("big", False))
            if "photo" in s:
                add_photo(slide, s["photo"])
            if "lead" in s:
                tf = textbox(slide, Inches(0.7), Inches(1.85), Inches(11.9), Inches(0.6))
                r = tf.paragraphs[0].add_run()
                r.text = s["lead"]
                style_run(r, 17, INK, SERIF, italic=True)
            if "tbl" in s:
                add_table(slide, s["tbl"], s["w"], s["fs"], Inches(2.7) if "lead" in s else Inches(1.95))
            if "quote" in s:
                add_quote(slide, s["quote"])
            if "grid" in s:
                tf = textbox(slide, Inches(0.7), Inches(1.75), Inches(11.9), Inches(5.1))
                for k, line in enumerate(s["grid"]):
                    p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                    p.space_after = PPt(2)
                    r = p.add_run()
                    r.text = line
                    style_run(r, 12, INK, "Arial", bold=(k < 2))
        add_footer(slide, num)
        if s.get("n"):
            slide.notes_slide.notes_text_frame.text = s["n"]
    cp = prs.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Atelier Lissac — Saison Noyer — soutenance blocs 2 et 4"
    cp.subject = "Soutenance"
    cp.keywords = ""
    cp.comments = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 14
    buf = io.BytesIO()
    prs.save(buf)
    fixed_zip(buf.getvalue(), PPTX_FILE)


# =============================================================================================== note de synthèse DOCX
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def druns(par, text):
    for chunk in re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*)", text):
        if not chunk:
            continue
        if chunk.startswith("**"):
            r = par.add_run(chunk[2:-2]); r.bold = True
        elif chunk.startswith("*"):
            r = par.add_run(chunk[1:-1]); r.italic = True
        else:
            par.add_run(chunk)
    return par


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Georgia")
    h1 = doc.styles["Heading 1"]
    h1.font.name = "Georgia"
    h1.font.size = Pt(14)
    h1.font.bold = False
    h1.font.color.rgb = DRGB(0x2E, 0x2E, 0x2E)
    h1.paragraph_format.space_before = Pt(14)
    h1.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sec.top_margin = Cm(2.3)
    sec.bottom_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Note de synthèse — diffusion restreinte")
    r.italic = True
    r.font.size = Pt(9)
    r.font.color.rgb = DRGB(0xB0, 0x8D, 0x57)

    def P(text, after=6):
        p = doc.add_paragraph()
        druns(p, text)
        p.paragraph_format.space_after = Pt(after)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    def B(items):
        for it in items:
            p = doc.add_paragraph(style="List Bullet")
            druns(p, it)
            p.paragraph_format.space_after = Pt(2)

    def T(rows, widths, caption):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = t.cell(i, j)
                c.width = Cm(widths[j])
                c.text = ""
                p = c.paragraphs[0]
                p.paragraph_format.space_after = Pt(0)
                rr = p.add_run(v)
                rr.font.size = Pt(9.5)
                if i == 0:
                    rr.bold = True
                    rr.font.color.rgb = DRGB(0xFF, 0xFF, 0xFF)
                    shade(c, "2E2E2E")
                elif j == 0:
                    rr.bold = True
                    shade(c, "F3EEE3")
        cp_ = doc.add_paragraph()
        rr = cp_.add_run(caption)
        rr.italic = True
        rr.font.size = Pt(9)
        cp_.paragraph_format.space_after = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Note de synthèse")
    r.font.size = Pt(22)
    r.font.color.rgb = DRGB(0x2E, 0x2E, 0x2E)
    p.paragraph_format.space_after = Pt(2)
    p = doc.add_paragraph()
    r = p.add_run("Saison Noyer et fiches pièces : ce qu'il faut retenir")
    r.italic = True
    r.font.size = Pt(13)
    p = doc.add_paragraph()
    r = p.add_run("Louise Mercadier — chargée de communication digitale et relations prescripteurs — Atelier Lissac SAS, "
                  "Paris 11e\nDestinataires : Antoine Lissac, Clémence Aubry ; jury de certification — le 20/03/2026")
    r.font.size = Pt(9.5)
    r.font.color.rgb = DRGB(0x6B, 0x67, 0x60)
    p.paragraph_format.space_after = Pt(10)

    doc.add_heading("1. Objet de la note", level=1)
    P("Cette note accompagne le support de soutenance. Elle reprend en quelques pages ce qu'il faut retenir de la Saison "
      "Noyer (septembre–novembre 2025) et du travail sur les fiches pièces qui l'a suivie. Elle sert aussi à poser par "
      "écrit deux choix que le support ne fait qu'annoncer : la manière dont nous construisons une fiche pièce, et ce "
      "que nous retenons pour la relation au long cours avec nos clients et nos prescripteurs. Les chiffres sont "
      "arrondis ; le détail figure dans les diapositives.")
    P("Pour mémoire, l'Atelier Lissac emploie quatorze personnes dans la cour de l'Étoile-d'Or et reçoit sur rendez-vous "
      "dans son showroom de la rue de Charonne. En 2025, il a réalisé 2,3 M€ HT de chiffre d'affaires, dont 78 % en "
      "commandes passées par des architectes d'intérieur et des décorateurs, et 22 % avec la Collection Lissac, dont "
      "186 k€ réglés en ligne. Le site Shopify reçoit environ 9 400 sessions par mois ; les prescripteurs y disposent "
      "d'un espace réservé, avec leurs tarifs, les échantillons et le formulaire de devis.")

    doc.add_heading("2. La Saison Noyer en bref", level=1)
    P("La saison devait servir les deux caps fixés par Antoine : une Collection qui pèse davantage dans le chiffre "
      "d'affaires, et des prescripteurs au-delà de Paris. Quatre pièces en noyer de Dordogne, séché trois ans à "
      "l'atelier, cinq points de contact (invitation imprimée et séquence Brevo, Instagram, LinkedIn, Pinterest, Jeudis "
      "de l'atelier) et six relais choisis pour leurs lecteurs. Ce que les relais ont apporté, en arrondi :")
    T([["Relais", "Visites", "Demandes de rendez-vous", "Rendez-vous tenus"],
       ["Intérieurs Choisis", "≈ 1 100", "≈ 20", "12"],
       ["Matière & Lumière", "≈ 400", "≈ 15", "9"],
       ["Archidéco Pro", "≈ 500", "≈ 15", "11"],
       ["Galerie Trame (Lyon)", "≈ 200", "≈ 10", "6"],
       ["Cercle Archi Grand Ouest", "≈ 150", "≈ 10", "5"],
       ["Margaux Vidal", "≈ 2 500", "≈ 10", "4"],
       ["Saison", "≈ 4 900", "≈ 80", "47"]],
      [5.0, 2.6, 4.2, 3.6], "Tableau 1 — Relais de la Saison Noyer : visites suivies par UTM et rendez-vous (arrondis)")
    P("Deux enseignements. Le relais qui apporte le plus de visites n'est pas celui qui fait venir au showroom : la "
      "décoratrice Margaux Vidal représente la moitié des visites de la saison, mais moins d'un rendez-vous sur dix. Les "
      "relais professionnels, Matière & Lumière et Archidéco Pro, font venir beaucoup plus de prescripteurs pour "
      "beaucoup moins de trafic. Ensuite, les deux relais régionaux ont joué leur rôle : une dizaine de prescripteurs "
      "de Lyon et de l'Ouest ont pris rendez-vous, au showroom ou en visio, ce qui n'arrivait presque jamais.")
    P("Le plan a été tenu pour l'essentiel. En arrondi :")
    B(["invitation : environ 1 200 cartes, parties avec trois jours de retard ;",
       "séquence Brevo : trois envois sur trois, le dernier décalé de trois jours ;",
       "Jeudis de l'atelier : trois soirées, une quarantaine de présents à chacune ;",
       "Instagram : une quarantaine de publications et autant de stories ; LinkedIn : onze publications sur treize ;",
       "Pinterest : trois tableaux partagés sur quatre prévus ; six relais sur six."])
    P("Sur Instagram, la communauté est passée d'environ 31 000 à 38 000 abonnés pendant la saison, avec une part de "
      "professionnels plus forte qu'avant. Sur WhatsApp Business, les conversations privées ont donné lieu à une "
      "commande de deux consoles Lune sur mesure pour Lyon, et à une vente perdue qui nous a appris à afficher le "
      "délai et à montrer les pièces déjà prêtes.")

    doc.add_heading("3. Comment nous construisons une fiche pièce", level=1)
    P("Une fiche pièce n'est pas une fiche produit de catalogue : elle doit donner envie d'une pièce faite à la main, "
      "et répondre aux questions d'un architecte qui engage le budget de son client. J'ai formalisé la méthode en sept "
      "étapes, appliquée aux douze fiches de la Collection entre novembre et janvier.")
    P("**D'abord**, je pars des questions réellement posées : conversations WhatsApp, formulaires de devis, remarques "
      "notées par Clémence au showroom. Pour la console Lune, ce sont la plage de dimensions, la teinte du noyer et le "
      "délai. **Ensuite**, je choisis dans le lexique de recherche une expression principale, propre à cette fiche, et "
      "deux expressions voisines ; une expression n'est jamais attribuée à deux fiches. **Troisième étape**, la prise de "
      "vue : huit images par pièce, toujours dans le même ordre — vue d'ensemble, trois-quarts, détail du veinage, "
      "assemblage, signature, mise en situation, échelle avec une personne, dos de la pièce.")
    P("**Quatrième étape**, le récit court : trois ou quatre phrases sur l'origine du bois, le geste principal et la "
      "personne qui a fabriqué la pièce, écrites après un entretien avec Hugo Terrier à l'établi. **Cinquième "
      "étape**, les éléments qui font décider : dimensions cotées sur un dessin, essence et origine, finition et "
      "entretien, délai affiché sous le prix, signature et certificat numéroté, lien de prise de rendez-vous au "
      "showroom. **Sixième étape**, la mise en place du lexique : balise title, titre H1, adresse de la page, "
      "méta-description, texte alternatif de la première photo ; je vérifie chaque emplacement dans l'aperçu de "
      "l'éditeur Shopify. **Enfin**, Hugo relit la fiche pour l'exactitude technique — une cote fausse coûte plus cher "
      "qu'une faute de frappe —, je publie, et je note la date de mise en ligne dans le tableau de suivi pour pouvoir "
      "comparer avant et après.")
    P("Appliquée à la Lune, la méthode donne ceci : les questions reçues portaient sur la longueur, la teinte et le "
      "délai ; l'expression principale est « console noyer massif », avec « console sur mesure » et « noyer français » "
      "en appui ; les huit images ont été prises par Samuel Roche et retouchées pour que le noyer garde sa couleur "
      "réelle ; le récit court raconte la grume de Dordogne et le plateau dressé à la main par Hugo ; la fiche affiche "
      "la plage de 120 à 180 cm cotée sur un dessin, le prix « à partir de 4 800 € », le délai de 10 à 16 semaines, "
      "l'entretien à l'huile dure et le lien vers le showroom. Le temps de production d'une fiche complète est d'environ "
      "une journée, prise de vue comprise.")

    doc.add_heading("4. Premiers résultats sur les fiches", level=1)
    P("Les deux premières fiches réécrites, la Lune et l'Ondine, ont été mesurées sur six semaines avant et six "
      "semaines après leur mise en ligne :")
    T([["Fiche", "Temps moyen sur la page", "Demandes d'échantillons", "Ajouts au panier"],
       ["Console « Lune »", "≈ 50 s → ≈ 1 min 50", "3 → 11", "≈ 15 → ≈ 30"],
       ["Table basse « Ondine »", "≈ 40 s → ≈ 1 min 40", "2 → 8", "≈ 5 → 15"]],
      [4.2, 4.2, 3.6, 3.4], "Tableau 2 — Fiches réécrites : avant / après (arrondis)")
    P("Sur ces deux fiches, le temps passé a plus que doublé et les demandes d'échantillons ont été multipliées par "
      "trois à quatre : le signe que les visiteurs trouvent enfin de quoi se projeter.")

    doc.add_heading("5. Relation au long cours : ce que nous retenons", level=1)
    P("Le support recense quatre dispositifs. Après discussion avec Antoine et Clémence, nous en retenons deux : **les "
      "avant-premières privées** et **la visite d'entretien à deux ans**. Nous écartons la carte à points, et nous "
      "laissons le programme prescripteurs en l'état pour cette année.")
    P("Les avant-premières répondent à ce qui fait revenir nos clients : le sentiment d'appartenir au premier cercle de "
      "l'atelier. Un client Lissac rachète rarement — une console, une table, puis parfois une deuxième pièce des années "
      "plus tard —, mais il recommande, et il amène ses proches. Découvrir une saison une semaine avant tout le monde, "
      "à l'établi, avec Antoine, lui donne une raison de revenir sans rien lui vendre. Pour les prescripteurs, c'est "
      "aussi un moment pour réserver une pièce avant sa mise en ligne. Coût : deux soirées par an, une quarantaine "
      "d'invités chacune, sur le modèle des Jeudis.")
    P("La visite d'entretien, à deux ans, prolonge la promesse de la garantie de dix ans. Elle coûte environ 180 € par "
      "visite en Île-de-France, mais elle remet un compagnon chez le client au moment où l'huile doit être reprise, et "
      "c'est souvent à cette occasion qu'une deuxième commande se discute. Pour les clients hors Île-de-France, elle "
      "sera remplacée par un coffret d'entretien et un appel vidéo avec Hugo.")
    P("La carte à points est écartée. Comme l'a dit Antoine lors de notre réunion du 12/02 : *« un programme à points "
      "abîme une pièce unique »*. Compter des euros pour obtenir une remise ramène une pièce signée au rang d'un achat "
      "d'enseigne, et notre fréquence d'achat est trop faible pour qu'un client atteigne jamais un palier intéressant. "
      "Quant aux paliers de remise pour les prescripteurs, ils méritent d'être étudiés avec Clémence sur une année "
      "complète de commandes ; nous gardons pour l'instant la remise fixe de 15 %.")

    doc.add_heading("6. Suites", level=1)
    B(["Saison Paille (avril–juin 2026), autour de la marqueterie de paille et de la table Ondine, sur le même déroulé.",
       "Mesure des dix autres fiches réécrites, avec la même comparaison sur six semaines.",
       "Première avant-première privée en avril, pour la Saison Paille ; premières visites d'entretien à partir de mai.",
       "Mise à jour des coffrets d'échantillons déposés dans les agences.",
       "Relecture de l'entonnoir vers le devis sur février et mars, après les trois corrections du formulaire et des fiches."])

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Note de synthèse — Atelier Lissac"
    cp.subject = "Saison Noyer et fiches pièces"
    cp.keywords = ""
    cp.comments = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 5
    buf = io.BytesIO()
    doc.save(buf)
    fixed_zip(buf.getvalue(), DOCX_FILE)


def main():
    os.makedirs(OUT, exist_ok=True)
    build_pptx()
    build_docx()
    n_notes = sum(1 for s in SLIDES if s.get("n"))
    n_tables = sum(1 for s in SLIDES if "tbl" in s)
    print("ok", len(SLIDES), "diapositives,", n_notes, "avec notes,", n_tables, "tableaux")


if __name__ == "__main__":
    main()
