import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c18-librairie-page-blanche")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Romain Lefebvre"

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=15, spaceAfter=7)
bold = ParagraphStyle("h", parent=body, fontName="Times-Bold", spaceBefore=10, spaceAfter=5)
cell = ParagraphStyle("c", fontName="Times-Roman", fontSize=9.5, leading=12)
cellb = ParagraphStyle("cb", parent=cell, fontName="Times-Bold")
bul = ParagraphStyle("bu", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3)

story = []
def H(t): story.append(Paragraph(t, bold))
def P(t): story.append(Paragraph(t, body))
def L(items):
    for i in items: story.append(Paragraph(i, bul, bulletText="-"))
def T(rows, widths=None):
    data = [[Paragraph(str(v), cellb if i == 0 else cell) for v in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t); story.append(Spacer(1, 8))

story.append(Spacer(1, 5 * cm))
story.append(Paragraph("Librairie Page Blanche – Amiens", ParagraphStyle("t", parent=body, fontName="Times-Bold", fontSize=20, leading=26)))
P("Mémoire professionnel – Blocs 2 et 3")
P("Animer les ventes en ligne et rendre visible le nouveau site pageblanche-amiens.fr")
P("Romain Lefebvre – Titre Chef de projet e-commerce – Promotion 2025-2026")
story.append(PageBreak())

H("Contexte")
P("Page Blanche est une librairie indépendante générale ouverte en 2009 rue des Jacobins à Amiens. Elle est tenue par Claire Dufour (gérante) avec deux libraires salariés, Hugo et Manon, et moi-même en alternance depuis octobre 2025. Le fonds compte environ 14 000 références, avec un rayon BD-manga important et un rayon jeunesse qui marche très bien. Le CA 2025 est de 780 000 €.")
P("Jusqu'ici la librairie n'avait qu'une page Facebook et une fiche sur le portail Place des Libraires. Face à la concurrence d'Amazon et de la Fnac du centre commercial, Claire a décidé de lancer son propre site marchand avec retrait en magasin (click and collect) et envoi postal. Le site pageblanche-amiens.fr a été mis en ligne le 12 janvier 2026 sous WordPress + WooCommerce, avec le catalogue alimenté par un flux Dilicom. J'ai été chargé de l'animation commerciale du site et de son référencement.")
P("Rappel important : la loi Lang sur le prix unique du livre interdit de faire plus de 5 % de remise et, depuis la loi de 2021, oblige à facturer au moins 3 € de frais de port pour les commandes de livres neufs de moins de 35 €. Cela limite beaucoup les leviers promotionnels habituels du e-commerce.")

H("Objectifs de la communication du lancement")
P("Avec Claire, nous avons fixé les objectifs suivants pour le lancement du site :")
L(["faire connaître le site auprès de la clientèle actuelle de la librairie ;",
   "développer le click and collect pour faire venir du monde en magasin ;",
   "toucher les étudiants de l'Université de Picardie Jules Verne ;",
   "améliorer l'image de la librairie sur internet et se démarquer d'Amazon ;",
   "vendre davantage de livres jeunesse et de BD en ligne."])
P("Ces objectifs correspondent au projet de Claire qui veut que la librairie reste un lieu de vie du centre-ville tout en étant présente en ligne. Nous n'avons pas fixé de chiffres précis pour l'instant car le site est trop récent pour avoir une base de comparaison.")

H("Les cibles et les canaux de communication")
P("Nous avons identifié trois cibles : les clients fidèles de la boutique (environ 2 300 porteurs de la carte de fidélité), les parents de 30-45 ans qui achètent de la jeunesse, et les étudiants (22 000 à l'UPJV). Pour les toucher nous utilisons :")
T([["Canal", "Cible visée", "Utilisation prévue"],
   ["Newsletter (Brevo)", "Clients fidèles", "Une lettre par mois avec les coups de cœur des libraires et les rencontres d'auteurs"],
   ["Instagram", "Étudiants, parents", "Reels « 3 livres en 30 secondes », stories nouveautés"],
   ["Facebook", "Clients fidèles (45 ans et +)", "Annonce des événements, relai de la newsletter"],
   ["Affiches et marque-pages en magasin", "Clients fidèles", "QR code vers le site, glissé dans chaque sac"],
   ["Partenariat BDE de l'UPJV", "Étudiants", "Code de réduction de 5 % sur les livres de cours"]], [4 * cm, 4 * cm, 8.5 * cm])
P("La newsletter de lancement a été envoyée le 14 janvier à 1 860 adresses (celles des porteurs de carte qui avaient donné leur e-mail) : 46 % d'ouverture et 7,8 % de clics, ce qui est bon. L'essentiel des clics a porté sur la sélection jeunesse.")

H("Partenaires et relais")
P("Une librairie indépendante ne peut pas tout faire seule. Nous avons contacté plusieurs relais :")
L(["les bookstagrammeuses amiénoises @lire_a_amiens (12 400 abonnés) et @marielitbeaucoup (5 100), qui font déjà des chroniques de livres achetés chez nous ;",
   "le Courrier picard, qui a publié un article sur l'ouverture du site le 20 janvier ;",
   "l'association des commerçants du quartier Saint-Leu, qui relaie nos événements ;",
   "le BDE de l'UPJV et la bibliothèque universitaire ;",
   "Place des Libraires et Leslibraires.fr, sur lesquels notre stock reste visible ;",
   "la médiathèque Louis Aragon pour les rencontres d'auteurs."])
P("Ces partenaires ont été choisis parce qu'ils parlent au même public local que nous et partagent nos valeurs (lecture, commerce de proximité). Les bookstagrammeuses reçoivent un service de presse de deux livres par mois. Nous n'avons pas encore mis en place de code ou de lien suivi par partenaire, donc nous ne savons pas lesquels apportent vraiment des commandes.")

H("Le chat en ligne")
P("J'ai installé le module Crisp (version gratuite) sur le site le 19 janvier. La bulle apparaît en bas à droite de toutes les pages, avec un message d'accueil « Un libraire vous répond du mardi au samedi, 10h-19h ». Les messages arrivent sur l'application Crisp du téléphone de la librairie et sur mon ordinateur. J'ai préparé quelques réponses rapides (horaires, délai de commande chez le distributeur, retrait en magasin).")
P("Exemple de conversation : le 24 janvier, une cliente cherchait un album jeunesse sur le deuil pour une enfant de 6 ans. Manon lui a conseillé « Au revoir Blaireau » et « Le Canard, la Mort et la Tulipe » ; la cliente a réservé les deux en click and collect et est venue les chercher le lendemain.")
P("Depuis l'installation il y a eu environ 30 conversations. Je n'ai pas encore regardé les statistiques de Crisp en détail.")

H("Les réseaux sociaux")
P("Instagram est devenu notre réseau principal. Nous avons ouvert le compte @pageblanche.amiens en novembre 2025 ; il compte aujourd'hui 1 940 abonnés. Nous publions trois fois par semaine : un Reel coup de cœur (tourné par Hugo sur le comptoir), un carrousel de nouveautés, une publication événement. Les Reels sont les contenus qui marchent le mieux : le Reel sur « Les Furtifs » d'Alain Damasio a fait 18 000 vues. La page Facebook (3 200 abonnés) sert surtout aux annonces d'événements.")
P("Nous avons aussi créé un compte TikTok mais nous n'avons rien publié pour le moment, faute de temps.")

H("Mise en avant des livres sur le site")
P("WooCommerce permet de marquer un produit comme « mis en avant » (l'étoile dans la liste des produits). J'ai utilisé cette fonction pour la sélection « Coups de cœur des libraires » qui s'affiche sur la page d'accueil sous forme de carrousel de 12 livres, renouvelée chaque lundi. J'ai aussi créé des étiquettes (« Prix Goncourt des lycéens », « Rentrée littéraire », « Spécial Saint-Valentin ») qui alimentent des pages de sélection, et j'ai activé les ventes croisées (« Vous aimerez aussi ») sur les fiches des BD de séries pour proposer le tome suivant.")
P("Emplacements les plus utiles selon moi : le carrousel de la page d'accueil, le haut des pages catégories Jeunesse et BD, la page panier (ventes croisées de marque-pages et de cartes cadeaux), et la page de confirmation de retrait.")

H("Paiement")
P("Le paiement est géré par Stripe (carte bancaire, Apple Pay, Google Pay) et PayPal. Les deux sont installés via les extensions officielles WooCommerce. J'ai fait des commandes test sur ordinateur et sur mon téléphone Android, tout fonctionne. Le logo « paiement sécurisé » et les logos des cartes sont affichés sous le bouton Commander. Pour le click and collect, le client peut aussi choisir « payer en magasin ».")

H("Financement")
P("Pour les beaux livres et les coffrets (certains dépassent 100 €), nous avons regardé le paiement en plusieurs fois. Alma et Oney proposent le 3x / 4x sans frais pour le client, mais la commission (environ 3 à 4 %) est élevée pour une librairie dont la marge est de 33 % au maximum. Nous avons décidé de ne pas le mettre en place pour le moment.")

H("Fidélisation")
P("La carte de fidélité papier existe déjà en magasin : 5 % du montant des achats est cumulé et rendu sous forme de bon d'achat (c'est le maximum permis par la loi Lang). Le but est de la rendre utilisable sur le site. Nous avons aussi pensé à une « box du libraire » mensuelle sur abonnement et à un club de lecture en ligne. Rien n'est encore décidé entre ces options.")

H("Actions d'animation prévues pour le printemps")
P("Liste des actions que nous voulons mener d'ici juin 2026 :")
L(["rencontre-dédicace avec Sorj Chalandon le 4 avril, annoncée par newsletter et Instagram, réservation en ligne ;",
   "opération « Printemps des poètes » : sélection de recueils sur le site et vitrine assortie ;",
   "jeu concours Instagram avec @lire_a_amiens (un panier de 5 livres à gagner) ;",
   "page « Fête des mères » avec sélection et emballage cadeau offert ;",
   "envoi d'un e-mail de relance aux clients ayant abandonné leur panier (extension WooCommerce à installer) ;",
   "vente de livres de cours pour la rentrée universitaire avec le BDE ;",
   "tournage de Reels dans les rayons avec les libraires ;",
   "participation au salon du livre jeunesse de Beauvais."])
P("Claire souhaite que tout soit fait, mais avec trois personnes en boutique il faudra sans doute choisir.")

story.append(PageBreak())
H("Référencement du site")
P("Le site étant neuf, il n'avait au départ aucune visibilité sur Google, en dehors de la fiche Google Business de la librairie (4,7/5, 286 avis). Voici la liste des actions à mener que j'ai établie avec l'agence qui a créé le site (Web Somme) :")
L(["remplir les balises title et meta description des pages principales ;",
   "rédiger un texte de présentation sur chaque page catégorie ;",
   "créer un blog avec des articles (sélections, comptes rendus de rencontres) ;",
   "obtenir des liens depuis les sites partenaires ;",
   "améliorer la vitesse du site (les images de couverture sont lourdes) ;",
   "optimiser la fiche Google Business ;",
   "créer le sitemap et l'envoyer dans la Search Console ;",
   "travailler les fiches des livres les plus vendus ;",
   "éviter le contenu dupliqué avec les résumés éditeurs du flux Dilicom."])

H("Recherche de mots-clés")
P("Ma méthode : je suis parti des requêtes que nos clients tapent réellement. J'ai d'abord listé avec Hugo et Manon les questions qu'on nous pose au comptoir, puis j'ai utilisé Google Keyword Planner et Ubersuggest (version gratuite) pour avoir les volumes mensuels, et j'ai regardé les suggestions de Google et la rubrique « Autres questions posées ». J'ai éliminé les requêtes nationales très concurrentielles (« livre », « roman policier ») où Amazon et la Fnac occupent toute la première page, pour me concentrer sur deux familles : les requêtes locales et les requêtes de conseil où une librairie indépendante est légitime. J'ai ensuite classé les mots-clés dans une matrice en fonction du volume, de la difficulté et de l'intention.")
T([["Mot-clé", "Volume / mois", "Difficulté (Ubersuggest)", "Intention", "Page cible"],
   ["librairie amiens", "1 900", "22", "Locale / navigation", "Accueil"],
   ["librairie indépendante amiens", "170", "8", "Locale", "Accueil / Qui sommes-nous"],
   ["librairie bd amiens", "110", "6", "Locale / achat", "Catégorie BD"],
   ["manga amiens", "140", "10", "Locale / achat", "Catégorie Manga"],
   ["click and collect livre amiens", "30", "3", "Transactionnelle", "Page retrait en magasin"],
   ["livre enfant 6 ans", "2 400", "31", "Conseil", "Article blog sélection 6-8 ans"],
   ["album jeunesse sur le deuil", "320", "14", "Conseil", "Article blog"],
   ["idée cadeau livre ado", "880", "27", "Conseil / achat", "Sélection ado"],
   ["roman picard", "90", "4", "Information", "Sélection auteurs régionaux"],
   ["rencontre auteur amiens", "70", "5", "Événement", "Agenda"],
   ["carte cadeau librairie", "260", "18", "Achat", "Carte cadeau"]], [4.3 * cm, 2.2 * cm, 2.8 * cm, 3.2 * cm, 4 * cm])
P("Les mots-clés locaux sont peu recherchés mais très faciles à obtenir et très proches de l'achat. Les requêtes de conseil ont plus de volume et correspondent à notre vrai savoir-faire de libraire : c'est là que le blog doit travailler. Les pages cibles sont indiquées dans la dernière colonne ; chaque page reçoit un mot-clé principal, placé dans le title, le H1 et la première phrase.")

H("Organisation des contenus")
P("J'ai commencé à organiser le blog en thèmes : une page « Lire en jeunesse » qui renvoie vers les articles par âge (0-3 ans, 3-6 ans, 6-8 ans, 9-12 ans, ados), chaque article renvoyant à sa page mère et aux articles d'âge voisin. Même principe prévu pour la BD (par genre). Pour l'instant, quatre articles sont publiés, tous dans la partie jeunesse.")

H("Liens entrants")
P("Nous avons obtenu des liens depuis le site de l'association Saint-Leu, l'article du Courrier picard, la page partenaires de la médiathèque et les biographies Instagram des deux bookstagrammeuses (ces derniers ne comptent pas pour Google, mais ils amènent des visites). L'annuaire de l'Office de tourisme d'Amiens devrait ajouter le lien au printemps.")

H("Campagne Google Ads")
P("Pour le lancement, nous avons monté une petite campagne Search du 15 janvier au 15 février, budget 10 € par jour, ciblée sur un rayon de 30 km autour d'Amiens.")
T([["Groupe d'annonces", "Mots-clés (expression)", "Page d'atterrissage", "Annonce (titre 1 | titre 2 | description)"],
   ["Librairie locale", "« librairie amiens », « librairie centre amiens », « acheter livre amiens »", "Accueil", "Librairie Page Blanche | Retrait en 2 h à Saint-Leu | 14 000 livres en stock, conseils de libraires, commandez en ligne et retirez en boutique."],
   ["BD / Manga", "« manga amiens », « librairie bd amiens »", "Catégorie BD-Manga", "BD et mangas à Amiens | Nouveautés chaque mercredi | Réservez vos tomes en ligne, on les met de côté pour vous rue des Jacobins."],
   ["Cadeaux", "« carte cadeau livre », « idée cadeau livre amiens »", "Carte cadeau", "Offrez une carte cadeau | De 15 € à 100 € | Utilisable en boutique et sur le site, valable 1 an."]], [3 * cm, 4.5 * cm, 2.7 * cm, 6.3 * cm])
P("Résultat global : 312 € dépensés, 6 840 impressions, 398 clics (CTR 5,8 %), coût par clic moyen 0,78 €. Nous avons compté 17 commandes en ligne venant de Google Ads selon GA4.")

H("Outils de mesure et indicateurs")
P("Outils installés : Google Analytics 4 (via le plugin Site Kit), Google Search Console, les statistiques WooCommerce et les statistiques Instagram. J'ai choisi GA4 et la Search Console parce qu'ils sont gratuits et recommandés par l'agence.")
P("Premiers chiffres (12 janvier – 28 février 2026) :")
T([["Indicateur", "Valeur", "Commentaire"],
   ["Utilisateurs", "4 120", ""],
   ["Sessions", "5 860", "61 % depuis mobile"],
   ["Taux d'engagement", "58 %", ""],
   ["Durée moyenne d'engagement", "1 min 42", ""],
   ["Commandes", "143", "dont 96 en click and collect"],
   ["Panier moyen", "31,40 €", "Plus bas qu'en boutique (38 €)"],
   ["Taux de conversion", "2,4 %", ""],
   ["Abandon de panier", "72 %", "À analyser"],
   ["CA en ligne", "4 490 €", ""],
   ["Temps de chargement", "", ""]], [5 * cm, 3 * cm, 8.5 * cm])
P("Le retour sur investissement des actions de référencement et de la campagne sera calculé à la fin du premier semestre, quand nous aurons assez de recul. Les positions des mots-clés de la matrice n'ont pas encore été relevées ; je compte m'abonner à un outil de suivi de positionnement si le budget le permet.")

H("Bilan et suite")
P("Le lancement est encourageant : le site a pris sa place en six semaines, surtout grâce au click and collect qui plaît aux habitués. Les points à travailler sont le panier moyen, l'abandon de panier, l'absence de suivi des partenaires et la production d'articles. Pour la suite je voudrais publier un article par semaine, mettre la carte de fidélité sur le site et refaire une campagne Google Ads pour la fête des mères et la rentrée.")

def meta(c, d):
    c.setAuthor(AUTHOR); c.setTitle("Mémoire Page Blanche - Blocs 2 et 3")
def footer(c, d):
    meta(c, d)
    c.setFont("Times-Roman", 8.5)
    c.drawString(2 * cm, 1.2 * cm, "Romain Lefebvre – Librairie Page Blanche")
    c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(d.page))

doc = SimpleDocTemplate(os.path.join(OUT, "memoire-page-blanche.pdf"), pagesize=A4, invariant=1,
                        leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2.2 * cm, bottomMargin=2 * cm,
                        author=AUTHOR, title="Mémoire Page Blanche - Blocs 2 et 3")
doc.build(story, onFirstPage=meta, onLaterPages=footer)
print("ok")
