# Générateur du dossier de la candidate c106 (Quincaillerie Cabrol, quincaillerie familiale, Albi) :
# un seul PDF A4 portrait qui imite un export Word (reportlab, invariant=1) : page de titre, table des matières
# à points de conduite et numéros de page (passes successives), Titre 1 « 1. Le plan de match » … « 5. Gérer le projet »,
# Titre 2 « 1.1 »…, captures figurées par « [Capture : …] », en-tête et pied « page n de N », 14 tableaux.
# Français québécois familier (alternante qui a grandi à Trois-Rivières) : questions à elle-même en italique,
# notes au tuteur surlignées en jaune entre crochets, une page 14 « à compléter », une page blanche après la partie 3.
# Blocs 1 à 5, session 2026. Déterministe : invariant=1, aucune date courante.
import io, os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, CondPageBreak, Flowable)
from reportlab.platypus.doctemplate import NextPageTemplate

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c106-quincaillerie-familiale-albi")
PDF = os.path.join(OUT, "quincaillerie-cabrol-dossier-emilie.pdf")
AUTHOR = "Émilie Cabrol-Tremblay"

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FD + "DejaVuSans-BoldOblique.ttf"))
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")

# ====================================================================== CONTENU
# ("h1", titre) ("h2", titre) ("p", texte) ("q", question en italique) ("li", texte) ("t", légende, lignes, largeurs)
# ("cap", capture) ("pb",) ("blank",)
C = []
def h1(x): C.append(("h1", x))
def h2(x): C.append(("h2", x))
def p(x): C.append(("p", x))
def q(x): C.append(("q", x))
def li(x): C.append(("li", x))
def ol(n, x): C.append(("ol", n, x))
def t(caption, rows, widths, size=8.4): C.append(("t", caption, rows, widths, size))
def cap(x): C.append(("cap", x))
def pb(): C.append(("pb",))
def blank(): C.append(("blank",))
def note(x): return "<font backColor='#FFFF00'>[Jean-Luc : %s]</font>" % x

# ---------------------------------------------------------------- Mise en contexte
h1("Mise en contexte")
p("La Quincaillerie Cabrol, c'est une SARL de la rue de la Madeleine, à Albi, fondée en 1952 par mon arrière-grand-père Émile Cabrol. "
  "Mon oncle Jean-Luc, son petit-fils, la dirige depuis 1999. On est 11 employés, avec 18 000 références en magasin : visserie, serrurerie, "
  "outillage, électricité, plomberie, jardin, droguerie, pis le service de reproduction de clés que tout le quartier connaît.")
p("Depuis mars 2025, 4 000 de ces références sont en vente sur notre boutique Shopify. L'inventaire est synchronisé chaque nuit à partir du "
  "logiciel de caisse Quincalog. En 2025, la quincaillerie a fait 2,6 M€ HT de chiffre d'affaires ; le magasinage en ligne a rapporté 96 k€ "
  "en neuf mois : 61 % en cueillette en magasin, 27 % en livraison par notre camionnette dans un rayon de 15 km (7,90 €) et 12 % par Colissimo. "
  "Le site a présentement autour de 3 800 sessions par mois. " + note("est-ce qu'on peut mettre le chiffre du magasin?"))
p("Quelques produits pour se situer : la « Vis bois 4×40, boîte de 200 » à 8,90 €, le \"Cadenas laiton 40 mm\" à 12,50 €, la perceuse Brikor 18 V "
  "à 129 € et les doubles de clés de 4 à 9 €. Nos compétiteurs : Brico-Géant (la grande surface de la zone commerciale), MégaBrico.fr (en ligne) "
  "et la Quincaillerie Tarnaise à Gaillac.")
p("Moi, c'est Émilie Cabrol-Tremblay, 27 ans, la nièce de Jean-Luc. J'ai grandi à Trois-Rivières, au Québec, pis je suis arrivée à Albi en 2024. "
  "Je fais mon Bachelor en alternance, un an, et Jean-Luc est mon tuteur. Au magasin, je travaille surtout avec Sébastien Fabre, le chef de "
  "magasin (c'est lui qui connaît toute la visserie par cœur), et Nadia Ouali, à la caisse et aux cueillettes. Mes outils : Shopify (avec "
  "Shopify Inbox pour le clavardage), Brevo pour l'infolettre, la fiche Google Business Profile, GA4, la Search Console, Ubersuggest et un petit "
  "test Google Ads.")
cap("[Capture : accueil]")
p("Ce dossier suit les cinq blocs, dans l'ordre. Je l'ai écrit comme je travaille : il reste des bouts pas finis, je l'assume.")

# ---------------------------------------------------------------- 1. Le plan de match
h1("1. Le plan de match")
h2("1.1 Le portrait de la clientèle")
p("Pour faire les portraits, j'ai passé deux samedis au comptoir avec Sébastien, relu les 140 premières commandes en ligne et posé "
  "trois questions à une cinquantaine de clients (\"Qu'est-ce que vous venez chercher?\", \"Pourquoi ici?\").")
t("Tableau 1 — Les trois portraits de la clientèle",
  [["", "Les bricoleurs du dimanche", "Les artisans", "Les jeunes propriétaires"],
   ["Qui", "45-70 ans, quartier de la Madeleine et Albi nord, souvent retraités ; 52 % des tickets en magasin", "Plombiers, électriciens, menuisiers du Tarn ; 8 % des clients mais 31 % du CA", "28-40 ans, premier achat immobilier, maison à rénover autour d'Albi"],
   ["Ce qui les allume", "Le conseil de Sébastien, acheter à l'unité (3 vis, pas 200), la proximité", "Le dépannage rapide, la bonne référence du premier coup, le compte pro", "Le tutoriel, la cueillette rapide, le prix affiché en ligne, un magasin « vrai »"],
   ["Ce qui les retient", "Pas à l'aise avec l'achat en ligne, peur de se tromper de référence", "Les prix de Brico-Géant sur l'outillage, nos horaires (fermé le lundi matin)", "Le stationnement difficile à la Madeleine, ne savent pas qu'on existe"]],
  [3.0, 4.7, 4.7, 4.7])
q("Est-ce que c'est vraiment ça que le monde veut? Les jeunes propriétaires, je les vois surtout le samedi, pis ils repartent souvent avec juste un double de clé.")

h2("1.2 Comment les jeunes propriétaires achètent")
p("J'ai pris les jeunes propriétaires parce que c'est eux qu'on veut aller chercher en ligne. Voilà comment ça se passe, d'après ce qu'ils nous racontent au comptoir :")
li("<b>Le déclic</b> : quelque chose brise ou il faut installer quelque chose dans la maison (une tringle, une étagère, une serrure qui coince). Souvent le vendredi soir.")
li("<b>La recherche</b> : ils cherchent sur Google (« comment fixer une étagère placo », « quincaillerie Albi ») pis sur YouTube. Certains appellent leurs parents.")
li("<b>La comparaison</b> : ils regardent Brico-Géant et MégaBrico.fr pour le prix, pis l'heure d'ouverture. Le délai compte plus que 2 € de différence : ils veulent finir leur projet la fin de semaine même.")
li("<b>L'achat</b> : ils commandent en ligne et passent chercher en cueillette en magasin le samedi matin, ou viennent directement avec une photo sur leur téléphone.")

h2("1.3 Le tour des compétiteurs")
p("J'ai comparé trois compétiteurs en janvier 2026, en magasin et sur leur site, sur les points qui comptent pour nos clients. " + note("c'est correct si je nomme Brico-Géant dans le dossier?"))
t("Tableau 2 — Le tour des compétiteurs (relevés de janvier 2026)",
  [["", "Quincaillerie Cabrol", "Brico-Géant (Albi)", "MégaBrico.fr", "Quincaillerie Tarnaise (Gaillac)"],
   ["Vis bois 4×40, boîte de 200", "8,90 €", "6,95 €", "5,90 € (+ livraison)", "9,40 €"],
   ["Vente à l'unité / au poids", "Oui", "Non", "Non", "Oui"],
   ["Conseil", "Sébastien et 2 vendeurs, au comptoir", "Peu de vendeurs en rayon", "Chat automatique", "Oui, le patron"],
   ["Site marchand", "Oui, 4 000 références", "Oui, 40 000 références", "Oui, 120 000 références", "Non, vitrine"],
   ["Cueillette en magasin", "En 2 h", "En 24 h", "—", "—"],
   ["Livraison", "Camionnette 15 km, 7,90 €", "Gratuite dès 150 €, 3-5 jours", "48-72 h, gratuite dès 59 €", "Non"],
   ["Double de clé", "Oui, 4 à 9 €, 5 min", "Borne libre-service", "Non", "Oui"],
   ["Avis Google", "4,7 (212 avis)", "3,9 (1 840 avis)", "—", "4,5 (64 avis)"]],
  [3.4, 3.4, 3.2, 3.2, 3.4])
p("<b>Ce que j'en retiens :</b> sur le prix des gros volumes, on ne gagnera pas contre Brico-Géant ni MégaBrico.fr, pis c'est correct. Ce que personne d'autre "
  "ne fait, c'est la cueillette en 2 h, la vente à l'unité, le double de clé et le conseil. La Quincaillerie Tarnaise nous ressemble, mais sans "
  "boutique en ligne : à Gaillac, on a une place à prendre.")

h2("1.4 FFOM — forces, faiblesses, occasions, menaces")
C.append(("ffom", "Tableau 3 — FFOM de la Quincaillerie Cabrol",
  [["<b>Forces</b><br/>• 70 ans de réputation dans le quartier<br/>• Le conseil de Sébastien et de l'équipe<br/>• Cueillette en 2 h, camionnette 15 km<br/>• Vente à l'unité, doubles de clés<br/>• 4,7 sur Google (212 avis)",
    "<b>Faiblesses</b><br/>• Prix plus hauts sur l'outillage<br/>• Seulement 4 000 références en ligne sur 18 000<br/>• Inventaire synchronisé une fois par nuit<br/>• Stationnement difficile<br/>• Une seule personne (moi) sur le web"],
   ["<b>Occasions</b><br/>• Le mouvement « achat local » à Albi<br/>• Beaucoup de maisons anciennes à rénover<br/>• Les recherches locales (« double de clé Albi ») que les grandes surfaces ne travaillent pas<br/>• Les commerçants de la Madeleine qui veulent bouger",
    "<b>Menaces</b><br/>• Brico-Géant qui agrandit son rayon jardin<br/>• MégaBrico.fr et sa livraison gratuite<br/>• Les artisans qui commandent direct chez les fabricants<br/>• Le départ à la retraite des clients fidèles"]]))

h2("1.5 Les objectifs pour 2026")
t("Tableau 4 — Les objectifs 2026 du magasinage en ligne",
  [["Objectif", "Aujourd'hui", "Fin 2026", "Où je le mesure"],
   ["Part du CA faite en ligne", "3,7 % (96 k€ sur 9 mois)", "8 %", "Shopify + Quincalog"],
   ["Abonnés à l'infolettre", "300", "1 500", "Brevo"],
   ["Cueillettes en magasin par mois", "environ 65", "120", "Shopify (mode de livraison)"]],
  [5.6, 3.8, 2.6, 4.6])
p("J'ai ajouté l'infolettre et les cueillettes au CA parce que chaque cueillette fait entrer quelqu'un au magasin.")

h2("1.6 Qui on vise en premier")
p("<b>1. Les jeunes propriétaires.</b> C'est eux qui cherchent sur Google, qui commandent en ligne le soir et qui ne nous connaissent pas encore.")
p("<b>2. Les bricoleurs du dimanche.</b> Ils sont déjà fidèles au magasin  ; il faut surtout les amener à l'infolettre.")
p("<b>3. Les artisans.</b> Gros chiffre, mais ils veulent surtout un compte pro et des prix, pas une boutique en ligne. On verra en 2027.")

h2("1.7 Les leviers")
p("Voici les leviers qu'on va utiliser en 2026, dans cet ordre-là :")
li("L'infolettre Brevo (une par mois, plus une par campagne)")
li("Facebook et Instagram")
li("Être trouvé sur Google (le site pis les fiches produits)")
li("La fiche Google Business Profile")
li("Les dépliants dans les sacs")
li("La radio locale")

h2("1.8 La cédule 2026")
t("Tableau 5 — La cédule de l'année",
  [["Mois", "Ce qu'on fait"],
   ["Janvier", "Fiches produits jardin, tour des compétiteurs, mots-clés"],
   ["Février", "Test Google Ads, préparation de la campagne printemps"],
   ["Mars", "Lancement « Printemps au jardin — prêt en 2 h », infolettre, radio"],
   ["Avril", "Suite de la campagne, dépliants dans les sacs"],
   ["Mai", "Fin de la campagne, fête des voisins de la Madeleine"],
   ["Juin", "Bilan, articles du blogue"],
   ["Juillet", "Articles du blogue, pas de campagne"],
   ["Août", "Fermeture, infolettre « on revient le 19 août »"],
   ["Septembre", "Campagne « Rénos de la rentrée »"],
   ["Octobre", "Fiches produits chauffage et isolation"],
   ["Novembre", "Semaine de l'achat local, préparation de Noël"],
   ["Décembre", "Campagne de Noël (outillage en cadeau), cartes-cadeaux"]],
  [3.0, 13.6])
p("Pourquoi ces périodes-là? Le printemps (mars à mai), c'est la saison du jardin : l'an passé, 42 % des ventes du rayon jardin se sont faites "
  "entre le 15 mars et le 31 mai, pis c'est là que Brico-Géant sort sa grosse artillerie. Septembre, c'est la rentrée des rénovations : le monde "
  "rentre de vacances, les étudiants de Champollion s'installent et les jeunes propriétaires attaquent les travaux avant l'hiver. Décembre, "
  "c'est Noël : la Brikor 18 V à 129 € est notre meilleur cadeau, on en a vendu 46 en décembre 2025. Août, on ne fait rien : le magasin ferme "
  "du 4 au 19 août, donc pas de cueillette possible, ça serait lancer une campagne pour décevoir le monde.")

h2("1.9 Les jumelages")
p("Les secteurs qui pourraient être intéressants pour nous : les cours à bois et marchands de matériaux, les pépinières et le jardinage, les "
  "commerces de la Madeleine, les agences immobilières (les nouveaux propriétaires), les médias locaux.")
q("Le centre de jardin, compétiteur ou jumelage?")
p("Pour la cour à bois Bois & Matériaux du Tarn, c'est clair : on a la même clientèle, les artisans et les gens qui rénovent. Eux vendent les "
  "planches pis le placo, nous on vend ce qui tient tout ça ensemble. Leurs clients nous demandent souvent où trouver la visserie.")

h2("1.10 La Semaine de l'achat local")
p("Du 17 au 23 novembre 2025, l'association des commerçants de la Madeleine a organisé une Semaine de l'achat local. On y a participé "
  "avec une vitrine, une infolettre et une publication par jour sur Facebook. Les chiffres de la semaine d'avant et de la semaine de l'opération :")
t("Tableau 6 — Semaine de l'achat local : avant / après",
  [["Indicateur", "Semaine du 10 au 16 nov.", "Semaine du 17 au 23 nov."],
   ["Sessions sur le site", "812", "1 236"],
   ["Commandes en ligne", "31", "44"],
   ["Dont cueillettes", "17", "29"],
   ["CA en ligne", "1 910 €", "2 640 €"],
   ["Nouveaux abonnés infolettre", "6", "41"],
   ["Appels depuis la fiche Google", "23", "37"]],
  [6.4, 5.0, 5.0])

h2("1.11 Le budget")
t("Tableau 7 — Budget 2026 par levier (dépenses)",
  [["Levier", "Poste de dépense", "Montant 2026"],
   ["Infolettre", "Abonnement Brevo Starter (au-delà de 300 envois par jour)", "300 €"],
   ["Facebook et Instagram", "Publications boostées pendant les campagnes", "600 €"],
   ["Être trouvé sur Google", "Ubersuggest (1 an), rédaction des fiches (mon temps)", "290 €"],
   ["Google Business Profile", "Photos et gestion (mon temps)", "0 €"],
   ["Dépliants dans les sacs", "Impression de 5 000 dépliants A5", "380 €"],
   ["Radio locale", "Radio Albigès, 30 messages au printemps", "1 200 €"],
   ["Boutique Shopify", "Abonnement et applications", "1 150 €"],
   ["Total", "", "3 920 €"]],
  [4.2, 9.0, 3.4])
p("La radio, c'est le plus gros morceau : 1 200 <strike>piasses</strike> euros pour 30 messages. " + note("as-tu encore la facture de Radio Albigès?"))

# ---------------------------------------------------------------- 2. Faire connaître la boutique
h1("2. Faire connaître la boutique en ligne")
h2("2.1 La campagne « Printemps au jardin — prêt en 2 h »")
p("Jean-Luc le répète souvent : « Brico-Géant, on le battra pas sur le prix, on le bat sur le service. » Son projet pour les prochaines années, "
  "c'est de tenir face à la grande surface en misant sur ce qu'elle ne sait pas faire. La campagne du printemps va dans ce sens-là : on commande "
  "en ligne ses semences, son terreau, son tuyau d'arrosage ou son sécateur, pis c'est prêt au comptoir en 2 h. Brico-Géant annonce 24 h.")
p("<b>Les objectifs</b>")
li("450 cueillettes entre le 16 mars et le 31 mai 2026")
li("400 nouveaux abonnés à l'infolettre")
li("9 000 € de CA en ligne sur la collection jardin")
p("<b>La cible</b>")
li("Les jeunes propriétaires qui ont un premier jardin")
li("Les bricoleurs du dimanche qui jardinent déjà")
p("<b>Les supports</b>")
li("L'infolettre Brevo (3 envois : lancement, mi-avril, dernière chance)")
li("Facebook et Instagram (publications et stories)")
li("Un dépliant glissé dans chaque sac au magasin")
li("30 messages de 20 secondes sur Radio Albigès")
cap("[Capture : bannière « Printemps au jardin — prêt en 2 h » sur l'accueil]")

h2("2.2 Nos relais")
p("J'ai identifié cinq relais locaux pour parler de nous :")
li("<b>Radio Albigès</b>, la radio locale")
li("<b>Albi Pratique</b>, un blogue sur les bonnes adresses d'Albi")
li("<b>L'association des commerçants de la Madeleine</b>")
li("<b>Bois & Matériaux du Tarn</b>, la cour à bois")
li("<b>Jardiner dans le Tarn</b>, un balado sur le jardinage")
p("Pourquoi la radio? Parce que Radio Albigès est écoutée par les bricoleurs du dimanche et par les artisans dans leur camion, le matin. C'est "
  "exactement notre monde, pis c'est local : on n'achète pas des écoutes à Toulouse. Pourquoi l'association? Parce que les commerçants de la "
  "Madeleine ont les mêmes clients que nous, du quartier, et qu'ensemble on pèse plus lourd : une vitrine commune, une page Facebook de 2 300 "
  "abonnés et des événements comme la Semaine de l'achat local.")

h2("2.3 Le clavardage")
p("On a installé Shopify Inbox en octobre 2025. C'est moi ou Nadia qui répondons, de 9 h à 18 h. Voici deux conversations réelles (prénoms changés).")
p("<b>Conversation 1 — transformée (12 février 2026)</b>")
p("<i>Client (Thomas)</i> : Bonjour, je veux accrocher une télé de 20 kg sur un mur en placo, j'ai besoin de quelles chevilles?<br/>"
  "<i>Émilie</i> : Bonjour Thomas! Pour 20 kg sur placo, je vous conseille des chevilles métalliques à expansion, genre Molly, en 6 mm. Votre support a combien de trous?<br/>"
  "<i>Client</i> : 4 trous.<br/>"
  "<i>Émilie</i> : Parfait, la boîte de 8 chevilles à expansion 6×52 à 7,40 € fait l'affaire, avec la pince de pose à 14,90 € si vous n'en avez pas. Sébastien dit de ne pas oublier le niveau!<br/>"
  "<i>Client</i> : Je prends les chevilles et la pince. Je peux passer ce soir?<br/>"
  "<i>Émilie</i> : Oui, commandez en cueillette, ce sera prêt dans 2 h au comptoir.<br/>"
  "→ Commande n° 1482, 22,30 €, retirée à 17 h 40.")
p("<b>Conversation 2 — non transformée (3 mars 2026)</b>")
p("<i>Cliente (Sandrine)</i> : Bonjour, pouvez-vous me livrer un cadenas et une chaîne à Toulouse aujourd'hui?<br/>"
  "<i>Émilie</i> : Bonjour Sandrine! Notre camionnette livre seulement à 15 km autour d'Albi. Pour Toulouse, c'est par Colissimo, 48 h.<br/>"
  "<i>Cliente</i> : C'est trop tard, c'est pour ce soir.<br/>"
  "<i>Émilie</i> : Désolée! Si vous passez par Albi, tout est disponible en cueillette en 2 h.<br/>"
  "<i>Cliente</i> : Non merci.<br/>"
  "→ Pas de commande.")

h2("2.4 Facebook, Instagram pis les mots-clics")
p("On publie sur Facebook et Instagram. Le rythme que j'ai fixé : 3 publications par semaine sur Facebook (lundi, mercredi, "
  "vendredi à 18 h), 2 sur Instagram (mercredi et samedi matin), et des stories le samedi pour montrer le magasin.")
p("Les 15 mots-clics que j'utilise : #QuincaillerieCabrol, #Albi, #AlbiCommerce, #LaMadeleineAlbi, #AchatLocal, #Tarn, #Bricolage, "
  "#Jardinage, #PretEn2h, #LeChoixDeSebastien, #Renovation, #DoubleDeCle, #FaitMaison, #CommerceDeProximite, #Occitanie. "
  "Le mot-clic #PretEn2h, c'est celui de la campagne du printemps.")

h2("2.5 Mettre des produits en valeur")
p("Dans Shopify, j'ai utilisé trois fonctions pour mettre des produits de l'avant :")
li("<b>Les collections en vedette</b> : sur l'accueil, deux collections mises en avant selon la saison (« Printemps au jardin » et « Les indispensables du premier appart »), avec 8 produits chacune choisis avec Sébastien.")
li("<b>« Souvent achetés ensemble »</b> : avec l'application Frequently Bought Together, sous chaque fiche. Exemple : le cadenas laiton 40 mm propose le double de clé et la chaîne.")
li("<b>Le badge « Le choix de Sébastien »</b> : une étiquette verte sur 35 produits que Sébastien utilise lui-même et recommande au comptoir. Ça remplace le conseil qu'on donnerait en magasin.")
p("Les endroits du site où je mets des produits en valeur : la page d'accueil (les collections de saison) et la fiche produit (souvent achetés ensemble et le badge).")
q("Et dans le panier?")
cap("[Capture : fiche produit avec le badge « Le choix de Sébastien »]")

h2("2.6 Le paiement")
p("Trois façons de payer sont installées : Shopify Payments (carte bancaire, Apple Pay et Google Pay), PayPal, et le paiement sur place à la "
  "cueillette (carte ou comptant au comptoir).")
p("J'ai testé les trois modes de paiement sur mon téléphone (iPhone) et sur l'ordinateur de la caisse : tout fonctionne.")

h2("2.7 Payer en plusieurs fois")
q("Est-ce que ça vaut la peine pour une quincaillerie?")

h2("2.8 La fidélité")
p("Ce qu'on a présentement pour fidéliser : la carte de fidélité en carton (10 tampons = 10 € de rabais, elle existe depuis les années 90) et "
  "l'infolettre mensuelle.")

# ---------------------------------------------------------------- 3. Être trouvé sur Google
h1("3. Être trouvé sur Google")
h2("3.1 Par où commencer")
p("Ma liste d'actions pour que le site soit mieux trouvé sur Google :")
li("Compléter la fiche Google Business Profile (horaires, photos, produits) — <b>urgent</b>")
li("Réécrire les titres et descriptions des 50 fiches les plus vues — <b>urgent</b>")
li("Créer une page « Double de clé à Albi » — <b>urgent</b>")
li("Ajouter les textes alternatifs sur les photos")
li("Demander des avis Google aux clients de la cueillette")
li("Écrire des articles conseils sur le blogue")
li("Alléger les photos trop lourdes")
li("Corriger les liens brisés de l'ancien menu")
li("Créer une page par rayon avec un texte d'introduction")

h2("3.2 Les outils pour suivre ça")
p("<b>GA4</b> : le nombre de sessions, d'où vient le monde (Google, Facebook, direct), les pages vues, le taux de rebond. "
  "<b>Search Console</b> : sur quelles recherches on apparaît, à quelle position, combien de clics. "
  "<b>Les statistiques Shopify</b> : les commandes, le CA, les produits les plus vendus, les modes de livraison. "
  "<b>Google Business Profile</b> : les appels, les demandes d'itinéraire et les clics vers le site depuis la fiche.")

h2("3.3 Les mots-clés")
p("Pour trouver les mots-clés, j'ai regardé les suggestions Google et Ubersuggest.")
t("Tableau 8 — Les mots-clés (volumes Ubersuggest, positions Search Console)",
  [["Mot-clé", "Volume / mois", "Local?", "Page visée", "Position janv.", "Après"],
   ["quincaillerie albi", "320", "Albi", "Accueil", "6", "3"],
   ["double de clé albi", "90", "Albi", "Page double de clé", "—", "4"],
   ["reproduction clé albi", "50", "Albi", "Page double de clé", "—", ""],
   ["serrurier albi", "480", "Albi", "Page double de clé", "31", ""],
   ["cadenas laiton", "590", "—", "Fiche cadenas 40 mm", "48", ""],
   ["vis bois 4x40", "260", "—", "Fiche vis bois", "22", ""],
   ["cheville placo", "1 300", "—", "Rayon chevilles", "—", ""],
   ["cheville molly", "880", "—", "Rayon chevilles", "—", ""],
   ["perceuse visseuse 18v", "2 900", "—", "Fiche Brikor 18 V", "—", ""],
   ["quincaillerie près de moi", "1 000", "implicite", "Accueil + fiche Google", "12", ""],
   ["magasin bricolage albi", "390", "Albi", "Accueil", "14", ""],
   ["click and collect bricolage albi", "30", "Albi", "Page cueillette", "—", ""],
   ["terreau potager", "1 600", "—", "Collection jardin", "—", ""],
   ["semences potager bio", "720", "—", "Collection jardin", "—", ""],
   ["tuyau arrosage 25 m", "590", "—", "Collection jardin", "—", ""],
   ["sécateur professionnel", "480", "—", "Collection jardin", "—", ""],
   ["droguerie albi", "40", "Albi", "Rayon droguerie", "9", ""],
   ["quincaillerie gaillac", "70", "Gaillac", "Page livraison", "—", ""],
   ["livraison bricolage albi", "20", "Albi", "Page livraison", "—", ""],
   ["joint robinet", "1 000", "—", "Rayon plomberie", "—", ""],
   ["tringle rideau placo", "390", "—", "Article conseil", "—", ""],
   ["fixer étagère placo", "720", "—", "Article conseil", "—", ""],
   ["boîte aux lettres", "5 400", "—", "Rayon boîtes aux lettres", "—", ""],
   ["clé boîte aux lettres albi", "20", "Albi", "Page double de clé", "—", ""],
   ["quincaillerie la madeleine albi", "10", "Albi", "Accueil", "1", ""]],
  [4.6, 2.0, 1.7, 4.0, 1.9, 1.4], size=7.9)
p("Pourquoi ces mots-clés-là? Parce que sur les gros mots comme « perceuse visseuse 18v » ou « boîte aux lettres », Brico-Géant et MégaBrico.fr "
  "sont installés en haut depuis des années, avec des milliers de pages. Par contre, les recherches de service local, comme « double de clé albi », "
  "« clé boîte aux lettres albi » ou « quincaillerie près de moi », les grandes surfaces ne les travaillent pas : elles n'ont pas de page pour ça, "
  "pis leur borne à clés n'est même pas sur leur site. C'est petit en volume, mais quelqu'un qui cherche un double de clé à Albi va venir au "
  "magasin dans l'heure. On joue là où on peut gagner : le local, le service et le conseil.")

h2("3.4 Le petit test Google Ads")
p("Jean-Luc m'a donné 300 € pour tester Google Ads pendant 8 semaines, à partir du 9 février 2026. J'ai créé une campagne « Recherche — Albi 20 km », "
  "avec un seul groupe d'annonces, « Quincaillerie locale ».")
t("Tableau 9 — Mots-clés et mots-clés négatifs de la campagne",
  [["Mots-clés (correspondance expression)", "Mots-clés négatifs"],
   ["\"quincaillerie albi\"<br/>\"double de clé albi\"<br/>\"quincaillerie près de moi\"<br/>\"magasin bricolage albi\"<br/>\"reproduction clé\"<br/>\"cheville placo albi\"",
    "gratuit<br/>emploi<br/>recrutement<br/>occasion<br/>leboncoin<br/>tuto"]],
  [8.3, 8.3])
p("<b>Annonce 1</b><br/>Titre 1 : Quincaillerie à Albi depuis 1952<br/>Titre 2 : Commandez, prêt en 2 h<br/>Titre 3 : Doubles de clés en 5 min<br/>"
  "Description : Visserie à l'unité, outillage, jardin. Le conseil de Sébastien et la cueillette en magasin, rue de la Madeleine.")
p("<b>Annonce 2</b><br/>Titre 1 : Double de clé à Albi<br/>Titre 2 : Sans rendez-vous, 4 à 9 €<br/>Titre 3 : ???<br/>"
  "Description : Clés plates, boîtes aux lettres, cadenas. Quincaillerie Cabrol, quartier de la Madeleine.")
t("Tableau 10 — Suivi de la campagne, semaine par semaine",
  [["Semaine", "Impressions", "Clics", "CTR", "CPC moyen", "Coût", "Appels"],
   ["1 (9-15 févr.)", "1 240", "48", "3,9 %", "0,62 €", "29,80 €", "3"],
   ["2 (16-22 févr.)", "1 380", "61", "4,4 %", "0,58 €", "35,40 €", "5"],
   ["3 (23 févr.-1er mars)", "1 150", "44", "3,8 %", "0,66 €", "29,00 €", "2"],
   ["4 (2-8 mars)", "1 420", "67", "4,7 %", "0,55 €", "36,90 €", "6"],
   ["5 (9-15 mars)", "", "", "", "", "", ""],
   ["6 (16-22 mars)", "", "", "", "", "", ""],
   ["7 (23-29 mars)", "", "", "", "", "", ""],
   ["8 (30 mars-5 avr.)", "", "", "", "", "", ""]],
  [3.8, 2.2, 1.6, 1.6, 2.2, 2.2, 1.8])

h2("3.5 Les indicateurs")
p("Les indicateurs que je suis chaque semaine, choisis pour une quincaillerie de quartier et pas pour un gros site :")
t("Tableau 11 — Nos indicateurs",
  [["Indicateur", "Pourquoi pour nous", "Où", "Valeur (février 2026)"],
   ["Cueillettes par semaine", "Chaque cueillette = un client qui entre au magasin et rachète souvent autre chose", "Shopify", "16"],
   ["Appels depuis la fiche Google", "Le monde appelle pour demander si on a la pièce avant de se déplacer", "Google Business Profile", "27 / semaine"],
   ["Demandes d'itinéraire", "Mesure les visites qui viennent de Google", "Google Business Profile", "41 / semaine"],
   ["Nouveaux abonnés infolettre", "C'est notre objectif de 1 500", "Brevo", "9 / semaine"],
   ["Sessions", "L'achalandage du site", "GA4", "3 800 / mois"],
   ["CA en ligne", "L'objectif de 8 %", "Shopify", "11 200 € en février"]],
  [3.8, 6.6, 3.4, 2.8])
p("<b>L'achalandage</b> : 3 800 sessions par mois, dont 46 % viennent de Google (recherche), 21 % en direct, 14 % de Facebook et Instagram. Ça monte "
  "doucement depuis mars 2025 (2 100 sessions le premier mois) ; les pics suivent les infolettres.")
p("<b>Le taux de rebond</b> : 58 % sur l'ensemble du site, mais 71 % sur les fiches produits qui viennent de Google. Je pense que c'est le monde qui "
  "cherche un prix, le voit, et repart. Sur la page « Double de clé », le rebond est à 35 % : les gens cliquent sur l'itinéraire.")
p("<b>Le temps de chargement</b> : 5,2 s sur mobile.")
p("<b>Le taux d'abandon</b> : je ne sais pas où trouver ça dans Shopify.")

C.append(("pbreak",))
h2("3.6 Rendement de l'investissement")
p("à compléter quand j'aurai les chiffres de juin")
C.append(("pbreak",))
blank()

# ---------------------------------------------------------------- 4. Les contenus du site
h1("4. Les contenus du site")
h2("4.1 Les photos : un photographe ou nous autres?")
p("Pour les photos des fiches, j'ai demandé un prix à un photographe de produits d'Albi : 650 € la journée, pour environ 80 produits photographiés. "
  "On a 4 000 références en ligne. C'est trop cher pour nous, fait que c'est moi qui fais les photos, au magasin, avec mon téléphone.")

h2("4.2 Ma méthode pour un article conseil")
p("Les articles conseils répondent aux questions qu'on nous pose au comptoir. Ma méthode, étape par étape, avec l'exemple de l'article « Comment fixer une étagère sur du placo » :")
li("<b>Partir d'une vraie question</b> du comptoir, notée par Sébastien ou Nadia dans le cahier à côté de la caisse.")
li("<b>Choisir l'expression principale</b> que le monde tape vraiment, dans Ubersuggest et les suggestions Google : ici « fixer étagère placo » (720 recherches par mois), et deux expressions proches : « cheville placo » et « charge maximale placo ».")
li("<b>Placer l'expression principale</b> dans le titre de l'article, dans l'adresse (/blogs/conseils/fixer-etagere-placo), dans la première phrase, dans un intertitre et dans le texte alternatif de la première photo.")
li("<b>Répondre tout de suite</b> dans le premier paragraphe (« Pour une étagère jusqu'à 15 kg, des chevilles à expansion suffisent »), puis expliquer étape par étape avec des intertitres : le matériel, la charge, le perçage, la pose.")
li("<b>Mettre les expressions proches</b> dans les intertitres (« Quelle cheville placo choisir? », « Quelle charge maximale sur du placo? »).")
li("<b>Faire relire par Sébastien</b> pour les conseils techniques, pis ajouter les liens vers les produits utilisés (chevilles, foret, niveau).")
li("600 à 900 mots, une photo par étape, une phrase « Le truc de Sébastien » en encadré.")

h2("4.3 Ma méthode pour une fiche produit")
p("Une fiche de quincaillerie, ce n'est pas une fiche de mode : le client veut savoir si ça va marcher pour <i>son</i> projet. Pour chaque fiche, je "
  "réponds à quatre questions, dans cet ordre : à quoi ça sert (l'usage), quelle taille (les dimensions exactes), avec quoi c'est compatible, et "
  "combien il y en a dans la boîte. Ensuite :")
li("<b>Le titre</b> suit la formule : produit + dimension + matière + quantité (« Vis bois tête fraisée 4×40 acier zingué — boîte de 200 »).")
li("<b>L'expression principale</b> (ex. : « vis bois 4x40 ») va dans le titre, l'adresse de la page (/products/vis-bois-4x40-boite-200), la première ligne de la description et le texte alternatif de la photo principale.")
li("<b>Les éléments qui font décider</b> : les dimensions, la matière, l'inventaire en magasin (« 14 en magasin à la Madeleine »), le délai de cueillette (« prêt en 2 h ») et une photo avec une règle graduée pour voir la vraie taille.")
t("Tableau 12 — Exemple : la fiche « Vis bois 4×40, boîte de 200 »",
  [["Élément", "Contenu"],
   ["Titre", "Vis bois tête fraisée 4×40 acier zingué — boîte de 200"],
   ["Adresse", "/products/vis-bois-4x40-boite-200"],
   ["Première ligne", "Ces vis bois 4x40 à tête fraisée sont faites pour assembler des tasseaux, des étagères et des meubles en bois massif ou en aggloméré."],
   ["Usage", "Assemblage bois sur bois, fixation de tasseaux, petite menuiserie intérieure"],
   ["Dimensions", "Diamètre 4 mm, longueur 40 mm, empreinte Pozidriv n° 2"],
   ["Compatibilité", "Embout PZ2 (vendu séparément), cheville nylon 6 mm pour le béton"],
   ["Quantité", "Boîte de 200 vis (aussi vendues à l'unité au magasin)"],
   ["Prix", "8.90 $"],
   ["Inventaire", "« 14 en magasin à la Madeleine », mis à jour chaque nuit"],
   ["Cueillette", "Prête en 2 h, du mardi au samedi"],
   ["Photo", "Vis posée à côté d'une règle graduée, fond blanc ; texte alternatif : « vis bois 4x40 tête fraisée à côté d'une règle »"]],
  [3.4, 13.2])

h2("4.4 Photos et vidéo")
p("J'ai retouché la photo du cadenas laiton 40 mm avec Photopea (gratuit, en ligne) : détourage du cadenas, fond blanc, luminosité remontée "
  "parce que le laiton sortait brun, et recadrage carré. La photo d'avant était prise sur le comptoir, avec le reflet du néon.")
cap("[Capture : cadenas laiton 40 mm, avant / après retouche]")
p("La vidéo « Comment on fait un double de clé en 5 minutes » avec Sébastien : à venir.")
p("Pour le web, toutes les photos sont exportées en WebP, 1 200 px de côté, moins de 150 Ko chacune (la plupart font entre 60 et 110 Ko), avec "
  "un texte alternatif qui décrit le produit et sa taille. Shopify les redimensionne ensuite pour le téléphone.")

h2("4.5 Le blogue « Les conseils de Sébastien »")
p("J'ai monté le blogue moi-même dans Shopify, en janvier 2026 (Boutique en ligne → Articles de blogue → Gérer les blogues) :")
li("<b>Le nom</b> : « Les conseils de Sébastien », parce que c'est lui que le monde vient voir au comptoir. Adresse : /blogs/conseils.")
li("<b>Les catégories</b> (étiquettes Shopify) : Jardin, Fixations et chevilles, Serrurerie, Plomberie, Peinture et droguerie.")
li("<b>L'auteur</b> : j'ai créé un compte employé pour Sébastien, avec sa photo et une courte biographie (« 25 ans de comptoir à la Madeleine »), pour que ses articles soient signés à son nom.")
li("<b>Les champs pour Google</b> : pour chaque article, je remplis le titre de la page (moins de 60 caractères), la méta-description (moins de 155 caractères) et l'adresse courte, dans la section « Aperçu du référencement ».")
li("<b>Les commentaires</b> : activés avec modération, pour éviter le pourriel.")
li("<b>Le modèle d'affichage</b> : l'article suivi d'un bloc « Les produits de l'article ».")
cap("[Capture : réglages du blogue et aperçu du référencement]")
p("Les trois premiers articles ont eu ces sessions sur leurs quatre premières semaines en ligne : « Comment fixer une étagère sur du placo » : 412 sessions ; "
  "« Bien choisir son cadenas » : 188 sessions ; « Préparer son potager en mars » : 264 sessions.")

h2("4.6 Ce qui bloque au panier")
p("Deux choses qui font partir le monde au moment de payer, d'après ce que des clients m'ont dit au comptoir :")
li("Les frais de livraison de la camionnette (7,90 €) n'apparaissent qu'à la toute fin, au moment du paiement.")
li("La création d'un compte est obligatoire pour commander.")

# ---------------------------------------------------------------- 5. Gérer le projet
h1("5. Gérer le projet")
h2("5.1 Le devis")
p("Le gros projet de 2026, c'est le connecteur entre la caisse Quincalog et Shopify. Présentement, l'inventaire en ligne est mis à jour une fois "
  "par nuit : si on vend le dernier cadenas au comptoir à 10 h, il reste en vente sur le site jusqu'au lendemain. J'ai écrit le devis (le document "
  "qui explique ce qu'on veut) pour les intégrateurs, en neuf parties :")
ol("1.", "<b>Le contexte</b> : la quincaillerie, les 18 000 références, les 4 000 en ligne, Quincalog version 7, Shopify Basic.")
ol("2.", "<b>Les objectifs</b> : voir plus bas.")
ol("3.", "<b>Le périmètre</b> : inventaire, prix et fiches produits (dans les deux sens pour l'inventaire), pas la comptabilité.")
ol("4.", "<b>Les fonctions attendues</b> : mise à jour de l'inventaire à chaque vente (caisse ou site), réservation du produit dès la commande en cueillette, alerte quand un produit passe sous 3 unités, création des nouveaux produits dans Shopify depuis Quincalog.")
ol("5.", "<b>Les contraintes techniques</b> : Quincalog n'a pas d'API ouverte, seulement un export CSV et une base locale ; le connecteur doit tourner sur le serveur du magasin.")
ol("6.", "<b>Les règles de Jean-Luc</b> : voir plus bas.")
ol("7.", "<b>Les livrables</b> : le connecteur installé, une documentation d'une page pour Nadia et Sébastien, une formation d'une demi-journée.")
ol("8.", "<b>La cédule</b> : soumissions avant le 15 avril, installation en juin, tests en juillet, mise en service avant la rentrée de septembre.")
ol("9.", "<b>Le budget et la réception</b> : plafond de 6 000 €, réception après deux semaines sans écart entre la caisse et le site.")
p("Pourquoi un document aussi long pour un connecteur? Parce que la première fois, en 2024, Jean-Luc avait demandé un prix au téléphone "
  "et reçu deux réponses impossibles à comparer : l'un parlait d'un module à 900 € sans installation, l'autre d'un projet à 11 000 €. Avec un "
  "devis écrit, tout le monde répond à la même question.")
p("<b>Les objectifs</b>, séparés en deux :")
p("<i>Les gros objectifs</i> : ne plus vendre en ligne un produit qu'on n'a plus ; faire gagner du temps à l'équipe ; donner confiance aux clients de la cueillette.")
p("<i>Les détails techniques</i> : synchronisation fréquente par l'export CSV de Quincalog ; appel à l'API Shopify pour l'inventaire ; journal des erreurs envoyé par courriel à Émilie ; sauvegarde avant chaque synchronisation.")
p("<b>Les règles de Jean-Luc</b>, écrites telles quelles dans le devis : les prix en ligne sont les mêmes qu'au magasin, toujours (pas de prix "
  "spécial Internet) ; on garde la carte de fidélité en carton, le connecteur ne doit pas l'obliger à changer ; pas plus de 6 000 €, installation comprise.")

h2("5.2 Les prix des intégrateurs")
p("Deux intégrateurs ont répondu au devis :")
t("Tableau 13 — Les deux soumissions reçues",
  [["Intégrateur", "Installation", "Maintenance / an", "Total 1re année"],
   ["Oc'Tech Intégration (Toulouse)", "4 900 €", "600 €", "5 500 €"],
   ["Agence Pixel Tarn (Albi)", "3 800 €", "480 €", "4 280 €"]],
  [6.2, 3.4, 3.4, 3.6])
p("Agence Pixel Tarn est moins chère de 1 220 € la première année. " + note("on relance Oc'Tech pour un meilleur prix ou pas?"))

h2("5.3 Les avis légaux, les conditions pis les données")
p("<b>Les avis légaux.</b> J'ai vérifié la page des avis légaux du site en janvier 2026. Il manquait le numéro SIRET et l'hébergeur. J'ai ajouté : "
  "la raison sociale (Quincaillerie Cabrol SARL, capital de 50 000 €), le siège (rue de la Madeleine, 81000 Albi), le SIRET, le numéro de TVA, le "
  "directeur de la publication (Jean-Luc Cabrol), le téléphone et le courriel, et l'hébergeur (Shopify International Limited, Dublin, Irlande). "
  "La page est maintenant reliée dans le pied de page de toutes les pages du site.")
p("<b>Les conditions de vente.</b> J'ai relu nos conditions générales de vente sur deux points qui reviennent souvent au comptoir. Le délai de "
  "cueillette : les conditions disaient « disponible sous 24 h », alors qu'on promet 2 h partout ailleurs ; j'ai corrigé en « prête en 2 h aux heures "
  "d'ouverture, conservée 10 jours ». Les retours : les conditions parlaient seulement du délai de rétractation de 14 jours pour la livraison ; j'ai "
  "ajouté qu'un produit retiré en cueillette peut être rapporté au comptoir dans son emballage d'origine, et que les produits coupés à la "
  "demande (chaîne au mètre, câble) ne sont pas repris.")
p("<b>Les données.</b> Deux choses corrigées : le bandeau des témoins (cookies), qui n'avait pas de bouton « Tout refuser » (ajouté, avec l'application "
  "de Shopify pour la confidentialité), et l'inscription à l'infolettre, où la case était pré-cochée dans le formulaire de commande (décochée "
  "maintenant, avec une phrase qui explique ce qu'on envoie et à quelle fréquence).")
p("Au Québec, depuis la Loi 25 sur la protection des renseignements personnels, chaque entreprise doit nommer un responsable de la protection des "
  "renseignements personnels (par défaut, la personne la plus haute, donc le propriétaire), publier sa politique de confidentialité en termes "
  "simples et faire une évaluation des facteurs relatifs à la vie privée avant tout nouveau projet technologique. Les entreprises peuvent recevoir "
  "des sanctions jusqu'à 25 millions de dollars. C'est pas mal plus encadré qu'avant, et ça m'a surprise de voir que c'est inspiré du modèle européen.")

h2("5.4 L'équipe")
p("Je n'ai pas encore fait de vraie rencontre d'équipe, on se parle au comptoir. Sébastien s'occupe des conseils et des articles, Nadia prépare "
  "les cueillettes et répond au clavardage avec moi, et Jean-Luc valide les dépenses.")

h2("5.5 L'inventaire pis les commandes")
p("<b>L'inventaire.</b> On a fait le choix de ne pas avoir d'inventaire séparé pour le web : ce qui est en ligne, c'est l'inventaire du magasin. "
  "Pourquoi? Parce qu'un inventaire dédié au web immobiliserait de l'argent et de la place qu'on n'a pas, et que 61 % des commandes sont des "
  "cueillettes : le produit est de toute façon au magasin. Pour que ça tienne, trois règles :")
li("<b>Les bacs de cueillette</b> : chaque commande préparée va dans un bac à son numéro de commande, derrière le comptoir, rangé par ordre de numéro. Nadia retrouve une commande en 10 secondes, et on voit d'un coup d'œil les commandes qui attendent depuis plus de 3 jours.")
li("<b>Le scan à la préparation</b> : chaque article est scanné avec la douchette de la caisse au moment où on le met dans le bac. Ça retire l'article de l'inventaire Quincalog et ça vérifie qu'on n'a pas pris du 4×35 au lieu du 4×40.")
li("<b>Le scan à la remise</b> : au moment où le client vient chercher, on scanne le bon de commande : ça ferme la commande dans Shopify, ça garde l'heure de remise et le nom de l'employé. Si un client dit qu'il lui manque quelque chose, on sait qui a préparé et quand.")
p("Pour que l'inventaire du magasin reste juste, Sébastien fait aussi un comptage tournant : chaque lundi matin, un rayon est recompté "
  "(la visserie en premier, parce que c'est là qu'il y a le plus d'écarts entre Quincalog et la réalité). Les écarts sont corrigés dans "
  "Quincalog le jour même, donc sur le site la nuit suivante.")
p("Les contrôles ne sont pas les mêmes pour tout : la visserie et les petites pièces sont comptées au scan (erreur de référence fréquente), les "
  "produits coupés à la demande (chaîne, câble) sont mesurés deux fois, et les produits de droguerie dangereux (solvants, acide) sont vérifiés "
  "fermés et étiquetés avant de partir en Colissimo.")
p("<b>Les commandes.</b> J'ai fait la carte du trajet d'une commande en ligne, du clic jusqu'au client :")
ol("1.", "La commande arrive dans Shopify.")
ol("2.", "<strike>Nadia imprime la commande.</strike>")
ol("3.", "Nadia vérifie l'inventaire dans Quincalog.")
ol("4.", "<strike>Nadia recopie la commande sur le cahier des cueillettes.</strike>")
ol("5.", "Préparation et scan des articles.")
ol("6.", "Mise dans le bac au numéro de commande.")
ol("7.", "Courriel automatique « votre commande est prête ».")
ol("8.", "Le client vient chercher (ou la camionnette part, ou le colis est déposé).")
ol("9.", "Scan à la remise, la commande est fermée.")
p("J'ai enlevé l'impression (Nadia travaille maintenant sur l'écran de la caisse) et le cahier des cueillettes, qui faisait double emploi avec Shopify.")

h2("5.6 La livraison")
p("Pour les commandes qui ne sont pas en cueillette, j'ai classé nos transporteurs du moins cher au plus cher pour un colis type de 2 kg, avec "
  "l'impact carbone estimé :")
t("Tableau 14 — Les transporteurs classés (colis de 2 kg)",
  [["Rang", "Transporteur", "Zone", "Coût pour nous", "Prix client", "CO2 estimé / colis", "Rang CO2"],
   ["1", "Vélocourse Albi (coursier à vélo)", "Albi centre, 5 km", "4,50 €", "5,90 €", "≈ 0 g", "1"],
   ["2", "Mondial Relay (point relais)", "France", "4,90 €", "5,90 €", "≈ 150 g", "2"],
   ["3", "Camionnette du magasin", "15 km autour d'Albi", "6,20 € (essence + temps)", "7,90 €", "≈ 1,1 kg (tournée groupée)", "4"],
   ["4", "Colissimo (domicile)", "France", "8,40 €", "9,90 €", "≈ 210 g", "3"]],
  [1.1, 3.8, 2.6, 2.6, 1.8, 3.0, 1.5], size=8.0)
p("Ma recommandation : proposer le coursier à vélo en premier pour le centre d'Albi (le moins cher et le plus propre), le point relais pour le "
  "reste de la France, et garder la camionnette pour les produits lourds ou encombrants (sacs de terreau, échelles) qui ne passent ni à vélo ni en "
  "point relais. Colissimo reste pour les clients qui veulent absolument être livrés à la maison.")
p("Pour la camionnette, j'ai aussi proposé de grouper les livraisons en deux tournées par semaine, le mardi et le vendredi après-midi, au "
  "lieu de partir à chaque commande. Avec les 27 % de commandes livrées de 2025, ça fait passer les départs d'environ 14 à 8 par mois, pour les "
  "mêmes clients. Sébastien trouve que c'est mieux aussi pour le magasin : le livreur, c'est souvent lui, et il n'est pas au comptoir pendant ce temps-là.")


# ====================================================================== MISE EN PAGE
PW, PH = A4
LM = RM = 2.3 * cm
UW = PW - LM - RM
WBLUE = colors.HexColor("#2F5496")
WBLUE2 = colors.HexColor("#1F3864")
GRID = colors.HexColor("#8EAADB")
HEADBG = colors.HexColor("#D9E2F3")

S_BODY = ParagraphStyle("b", fontName="DV", fontSize=10.2, leading=14.8, spaceAfter=7)
S_Q = ParagraphStyle("q", parent=S_BODY, fontName="DVI", textColor=colors.HexColor("#404040"))
S_LI = ParagraphStyle("li", parent=S_BODY, leftIndent=18, bulletIndent=6, spaceAfter=3)
S_OL = ParagraphStyle("ol", parent=S_BODY, leftIndent=20, bulletIndent=4, spaceAfter=3)
S_H1 = ParagraphStyle("h1", fontName="DV", fontSize=16, leading=20, textColor=WBLUE, spaceBefore=6, spaceAfter=12)
S_H2 = ParagraphStyle("h2", fontName="DV", fontSize=13, leading=16, textColor=WBLUE, spaceBefore=12, spaceAfter=6)
S_CAPT = ParagraphStyle("capt", fontName="DVI", fontSize=8.6, leading=11, textColor=WBLUE2, spaceBefore=3, spaceAfter=3)
S_SHOT = ParagraphStyle("shot", fontName="DVI", fontSize=9.2, leading=12, alignment=1, textColor=colors.HexColor("#595959"), spaceBefore=4, spaceAfter=9)
S_TOCT = ParagraphStyle("toct", fontName="DV", fontSize=16, leading=20, textColor=WBLUE, spaceAfter=14)


class Heading(Paragraph):
    def __init__(self, text, style, level):
        Paragraph.__init__(self, text, style)
        self.toc_text = text
        self.toc_level = level


class TocLine(Flowable):
    """Ligne de table des matières à la Word : texte, points de conduite, numéro de page."""
    def __init__(self, text, page, level):
        Flowable.__init__(self)
        self.text, self.page, self.level = text, str(page), level
        self.font = "DVB" if level == 0 else "DV"
        self.size = 9.8 if level == 0 else 9.2
        self.indent = 0 if level == 0 else 0.6 * cm
        self.before = 4 if level == 0 else 0.8

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size * 1.36 + self.before

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        c.setFillColor(colors.black)
        y = 2
        c.drawString(self.indent, y, self.text)
        x0 = self.indent + pdfmetrics.stringWidth(self.text, self.font, self.size) + 4
        pw = pdfmetrics.stringWidth(self.page, self.font, self.size)
        x1 = self.aw - pw - 4
        dw = pdfmetrics.stringWidth(".", "DV", self.size)
        n = int((x1 - x0) / dw)
        c.setFont("DV", self.size)
        c.drawString(x1 - n * dw, y, "." * max(n, 0))
        c.setFont(self.font, self.size)
        c.drawRightString(self.aw, y, self.page)


class Doc(BaseDocTemplate):
    def __init__(self, path, total, **kw):
        BaseDocTemplate.__init__(self, path, **kw)
        self.total = total
        fr = Frame(LM, 2.2 * cm, UW, PH - 2.2 * cm - 2.4 * cm, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="cover", frames=[fr], onPage=self.deco_cover),
                               PageTemplate(id="body", frames=[fr], onPage=self.deco)])
        self.toc = []

    def afterFlowable(self, fl):
        if isinstance(fl, Heading):
            self.toc.append((fl.toc_level, fl.toc_text, self.page))

    def deco_cover(self, c, d):
        pass

    def deco(self, c, d):
        c.saveState()
        c.setFont("DV", 8.5)
        c.setFillColor(colors.HexColor("#595959"))
        c.drawRightString(PW - RM, PH - 1.35 * cm, "Quincaillerie Cabrol — projet en ligne")
        c.drawCentredString(PW / 2, 1.2 * cm, "page %d de %d" % (d.page, self.total))
        c.restoreState()


def table(rows, widths, size, header=True):
    cs = ParagraphStyle("c", fontName="DV", fontSize=size, leading=size * 1.3)
    ch = ParagraphStyle("ch", fontName="DVB", fontSize=size, leading=size * 1.3)
    data = [[Paragraph(str(v), ch if (header and i == 0) else cs) for v in r] for i, r in enumerate(rows)]
    if header and rows[-1][0] == "Total":
        data[-1] = [Paragraph("<b>%s</b>" % v, cs) for v in rows[-1]]
    tw = sum(widths)
    tb = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=1 if header else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 1.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
          ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), HEADBG))
    tb.setStyle(TableStyle(st))
    return tb


def ffom(rows):
    cs = ParagraphStyle("f", fontName="DV", fontSize=9.2, leading=13)
    data = [[Paragraph(v, cs) for v in r] for r in rows]
    tb = Table(data, colWidths=[UW / 2, UW / 2])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                            ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                            ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#E2EFDA")), ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#FCE4D6")),
                            ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#DDEBF7")), ("BACKGROUND", (1, 1), (1, 1), colors.HexColor("#FFF2CC"))]))
    return tb


def story(toc):
    S = []
    # page de titre
    S.append(Spacer(1, 4.5 * cm))
    S.append(Paragraph("Quincaillerie Cabrol", ParagraphStyle("ct", fontName="DV", fontSize=28, leading=34, textColor=WBLUE)))
    S.append(Spacer(1, 0.3 * cm))
    S.append(Paragraph("Mettre une quincaillerie de quartier en ligne", ParagraphStyle("cs", fontName="DV", fontSize=15, leading=20, textColor=WBLUE2)))
    S.append(Spacer(1, 0.8 * cm))
    S.append(Paragraph("Dossier professionnel — Bachelor Chef de projet e-commerce<br/>Titre RNCP Chef de projet e-commerce — blocs 1, 2, 3, 4 et 5 — session 2026",
                       ParagraphStyle("cb", fontName="DV", fontSize=11, leading=16)))
    S.append(Spacer(1, 9 * cm))
    S.append(Paragraph("Émilie Cabrol-Tremblay<br/>Alternante — Quincaillerie Cabrol SARL, Albi (81)<br/>Tuteur : Jean-Luc Cabrol, gérant<br/>Mars 2026",
                       ParagraphStyle("ci", fontName="DV", fontSize=10.5, leading=15)))
    S.append(NextPageTemplate("body"))
    S.append(PageBreak())
    # table des matières
    S.append(Paragraph("Table des matières", S_TOCT))
    for lvl, text, page in toc:
        S.append(TocLine(text, page, lvl))
    for idx, item in enumerate(C):
        k = item[0]
        if k == "h1":
            S.append(PageBreak())
            S.append(Heading(item[1], S_H1, 0))
        elif k == "h2":
            S.append(CondPageBreak(3.0 * cm))
            S.append(Heading(item[1], S_H2, 1))
        elif k == "p":
            S.append(Paragraph(item[1], S_BODY))
        elif k == "q":
            S.append(Paragraph("<i>%s</i>" % item[1], S_Q))
        elif k == "li":
            S.append(Paragraph(item[1], S_LI, bulletText="•"))
        elif k == "ol":
            S.append(Paragraph(item[2], S_OL, bulletText=item[1]))
        elif k == "t":
            rows = item[2]
            capt = Paragraph(item[1], S_CAPT)
            tb = table(rows, item[3], item[4])
            if len(rows) <= 10:
                S.append(KeepTogether([tb, capt]))
            else:
                S.append(tb)
                S.append(capt)
            S.append(Spacer(1, 6))
        elif k == "ffom":
            S.append(KeepTogether([ffom(item[2]), Paragraph(item[1], S_CAPT)]))
            S.append(Spacer(1, 6))
        elif k == "cap":
            S.append(Paragraph(item[1], S_SHOT))
        elif k == "pbreak":
            S.append(PageBreak())
        elif k == "blank":
            S.append(Spacer(1, 1))
    return S


def build(path, toc, total):
    doc = Doc(path, total, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=2.4 * cm, bottomMargin=2.2 * cm,
              title="Quincaillerie Cabrol — dossier professionnel — Émilie Cabrol-Tremblay", author=AUTHOR, creator="Microsoft® Word pour Microsoft 365",
              subject="Titre Chef de projet e-commerce — blocs 1 à 5 — session 2026", invariant=1)
    doc.build(story(toc))
    return doc


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    toc = [(0 if i[0] == "h1" else 1, i[1], 0) for i in C if i[0] in ("h1", "h2")]
    total = 22
    for _ in range(4):
        buf = io.BytesIO()
        d = build(buf, toc, total)
        toc, total = d.toc, d.page
    build(PDF, toc, total)
    print("pages", total)
    for lvl, txt, pg in toc:
        print(pg, "  " * lvl + txt)
