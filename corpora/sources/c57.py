import datetime, io, os, zipfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c57-miel-des-cevennes")
OUT = os.path.join(OUT_DIR, "rucher-cevennes-dossier.docx")
AUTHOR = "Camille Roustan"

CONTENT = [
 ("title", "Rucher des Cévennes – Dossier professionnel"),
 ("p", "Candidate : Camille Roustan – Chef de projet e-commerce – session 2026"),
 ("p", "Entreprise d'accueil : Rucher des Cévennes (EARL Bastide), Alès (30). Site : www.rucher-cevennes.fr (WooCommerce)."),
 ("p", "Tuteur : Jean-Marc Bastide, gérant"),
 ("p", "Période couverte : septembre 2025 – janvier 2026"),
 ("break",),
 ("p", "Sommaire"),
 ("p", "1. Présentation de l'entreprise"),
 ("p", "2. Étude du marché et des clients (segment, parcours d'achat, benchmark, SWOT)"),
 ("p", "3. Stratégie webmarketing (objectifs, cibles, leviers, planning, partenariats, résultats, budget)"),
 ("p", "4. Référencement et visibilité du site (audit, outils, mots-clés, netlinking, Google Ads, KPI, bilan)"),
 ("p", "Annexes"),
 ("p", "Remerciements : merci à Jean-Marc et Sylvie de m'avoir fait confiance pour le site, et à Mathilde pour ses conseils sur Instagram. Ce dossier a été écrit au fil de l'alternance, certaines parties sont donc plus avancées que d'autres selon ce qu'on a eu le temps de lancer avant la fin de la saison."),
 ("break",),
 ("h1", "1. Présentation de l'entreprise"),
 ("p", "Le Rucher des Cévennes, c'est d'abord Jean-Marc Bastide, apiculteur depuis 1998, avec 320 ruches réparties entre le mont Aigoual, la vallée Borgne et les garrigues autour d'Alès. Sa femme Sylvie s'occupe de la miellerie et des expéditions, et moi je suis arrivée en alternance en septembre 2025 pour tout ce qui touche au site et au marketing. On est donc trois, et honnêtement le « service e-commerce » c'est surtout moi avec un ordinateur portable dans le bureau à côté de l'extracteur."),
 ("p", "Les produits : miel de châtaignier (le best-seller, 14,50 € le pot de 500 g), miel de bruyère blanche, miel de montagne toutes fleurs, miel de lavande (acheté en complément à un collègue de la Drôme), pollen frais, et depuis 2023 une gamme de bougies en cire d'abeille coulées à la main (bougies « Cévenole » 9 €, « Lozère » 16 €, coffret trio 32 €). Le chiffre d'affaires 2025 est de 186 000 €, dont 41 000 € en ligne (22 %). Le reste, ce sont les marchés (Alès, Anduze, Saint-Jean-du-Gard), la vente à la ferme et deux épiceries fines."),
 ("p", "Le site tourne sous WooCommerce sur un hébergement o2switch, avec le thème Astra, le plugin Stripe pour le paiement, Colissimo pour les envois, et Brevo (ex-Sendinblue) pour la newsletter qui compte 2 300 contacts. Le site fait environ 1 900 sessions par mois en moyenne, avec un gros pic en décembre (bougies + coffrets cadeaux)."),
 ("h1", "2. Étude du marché et des clients"),
 ("h2", "2.1 Le segment étudié : les « gourmets urbains »"),
 ("p", "En regardant les commandes 2025 dans WooCommerce (export CSV, 612 commandes), j'ai vu que 58 % des commandes en ligne viennent de grandes villes hors Occitanie (Paris, Lyon, Lille, Nantes). Ce sont surtout des femmes de 35-55 ans, CSP+, qui ont souvent découvert le rucher en vacances dans les Cévennes. C'est ce segment que j'ai choisi d'étudier, je l'appelle les « gourmets urbains »."),
 ("p", "Pour me la représenter j'ai fait un petit persona : Claire, 44 ans, cadre dans une banque à Lyon, deux enfants. Elle loue chaque été un gîte vers Saint-Jean-du-Gard et passe au marché d'Anduze le jeudi. Elle a acheté trois pots et une bougie en août, et en novembre elle tape « miel cévennes » sur Google parce que sa fille réclame « le miel des vacances ». Elle commande depuis son téléphone le soir, souvent entre 21 h et 23 h (c'est d'ailleurs l'heure où on reçoit le plus de commandes d'après WooCommerce). Elle est abonnée à des comptes Instagram de food et de déco, et elle lit les avis avant d'acheter sur un site qu'elle ne connaît pas."),
 ("p", "Ce qui les pousse à acheter (motivations) :"),
 ("bullet", "le goût du « vrai » miel, pas un mélange UE/hors UE de supermarché ;"),
 ("bullet", "le souvenir de vacances, le côté storytelling de l'apiculteur cévenol ;"),
 ("bullet", "l'envie de soutenir un petit producteur et la biodiversité (beaucoup nous parlent du déclin des abeilles) ;"),
 ("bullet", "l'idée cadeau, surtout pour les coffrets et les bougies à Noël."),
 ("p", "Ce qui les freine :"),
 ("bullet", "les frais de port (7,90 € pour un colis de 2 pots, c'est le premier motif d'abandon qu'on nous remonte par mail) ;"),
 ("bullet", "la peur que le pot en verre arrive cassé ;"),
 ("bullet", "le prix, plus élevé qu'en grande surface (un miel de châtaignier « premier prix » est à 6 € le kilo) ;"),
 ("bullet", "ne pas connaître le goût du châtaignier ou de la bruyère, qui sont des miels forts."),
 ("h2", "2.2 Le parcours d'achat"),
 ("p", "J'ai essayé de reconstituer le chemin de nos clients à partir de ce qu'ils nous disent sur les marchés et dans les mails :"),
 ("table", [["Étape", "Ce que fait le client", "Ce qu'on observe chez nous"],
   ["Besoin", "Le pot acheté en vacances est fini, ou il cherche un cadeau", "Pics de recherche « miel châtaignier » en octobre-novembre"],
   ["Recherche d'info", "Google, Instagram, parfois le flyer glissé dans le sac au marché", "35 % du trafic arrive en direct (flyer / bouche-à-oreille)"],
   ["Comparaison", "Compare les prix et les frais de port avec d'autres producteurs et avec les épiceries en ligne", ""],
   ["Achat", "Commande sur le site, paiement CB via Stripe", "Panier moyen 67 €"],
   ["Après l'achat", ""," "]]),
 ("p", "Pour l'après-achat je n'ai pas encore de vraie donnée, on n'envoie pas d'enquête de satisfaction. On a quelques avis Google (4,8/5 sur 37 avis) mais ils viennent surtout des visiteurs de la miellerie."),
 ("h2", "2.3 Benchmark"),
 ("p", "J'ai comparé le rucher avec deux concurrents qui sortent souvent devant nous sur Google :"),
 ("table", [["Critère", "Rucher des Cévennes", "Les Ruchers du Gardon", "Miels & Abeilles de Lozère"],
   ["CMS", "WooCommerce", "Shopify", "PrestaShop"],
   ["Prix châtaignier 500 g", "14,50 €", "13,90 €", "15,80 €"],
   ["Frais de port", "7,90 € (offerts dès 80 €)", "6,50 € (offerts dès 60 €)", "Offerts dès 49 €"],
   ["Bougies / cire", "Oui (9 à 32 €)", "Non", "Oui, gamme plus large"],
   ["Instagram", "1 450 abonnés", "6 200 abonnés", "3 100 abonnés"],
   ["Avis clients sur le site", "Non", "Oui (Judge.me)", "Oui"],
   ["Blog", "Non", "Oui, 2 articles / mois", "Non"]]),
 ("p", "Ce que j'en retiens : on est dans la moyenne sur le prix, mais on est moins bons sur les frais de port et sur la preuve sociale (pas d'avis affichés sur les fiches). Les Ruchers du Gardon sont clairement plus forts sur Insta et sur le contenu. Je n'ai pas eu le temps de regarder les grosses marques type Famille Michaud ou les marketplaces, ce serait à faire."),
 ("h2", "2.4 SWOT"),
 ("p", "Forces :"),
 ("bullet", "produit authentique, récolté par nous, traçabilité totale"),
 ("bullet", "histoire de Jean-Marc, photos de ruches en montagne"),
 ("bullet", "gamme bougies qui se vend bien à Noël"),
 ("p", "Faiblesses :"),
 ("bullet", "petite équipe, peu de temps pour le site"),
 ("bullet", "frais de port élevés"),
 ("bullet", "pas d'avis clients affichés"),
 ("p", "Opportunités :"),
 ("bullet", "tendance du consommer local et du « made in France »"),
 ("bullet", "intérêt pour les cadeaux responsables"),
 ("p", "Menaces :"),
 ("bullet", "mauvaises récoltes (2021 et 2024 ont été très faibles à cause de la sécheresse)"),
 ("bullet", "miels d'importation à bas prix, fraude à l'étiquetage"),
 ("bullet", "concurrents plus actifs en ligne"),
 ("h1", "3. Stratégie webmarketing"),
 ("h2", "3.1 Objectifs"),
 ("p", "Avec Jean-Marc et Sylvie on s'est fixé comme cap pour 2026 de faire grossir la part du web dans le chiffre d'affaires, d'être plus visibles sur Google sur le miel de châtaignier et de fidéliser les clients des vacances pour qu'ils recommandent pendant l'hiver. On veut aussi mieux vendre les bougies en dehors de décembre."),
 ("h2", "3.2 Cibles"),
 ("p", "Cible principale : les gourmets urbains décrits plus haut (35-55 ans, grandes villes, ex-vacanciers). Cible secondaire : les acheteurs de cadeaux d'entreprise (CE, petites boîtes de la région qui font des colis de fin d'année). On a déjà eu trois commandes B2B en 2025 sans rien faire, dont une de 1 200 € pour une agence immobilière d'Alès."),
 ("h2", "3.3 Leviers"),
 ("p", "Les leviers qu'on peut activer :"),
 ("bullet", "SEO : retravailler les fiches produits et créer des pages catégories par miel ;"),
 ("bullet", "Google Ads : campagne Search sur les requêtes « acheter miel de châtaignier » ;"),
 ("bullet", "emailing Brevo : une newsletter par mois + relance panier abandonné ;"),
 ("bullet", "Instagram et Facebook : posts de la saison apicole, Reels de la récolte ;"),
 ("bullet", "Meta Ads pour Noël ;"),
 ("bullet", "affiliation avec des blogs cuisine ;"),
 ("bullet", "Pinterest pour les bougies ;"),
 ("bullet", "partenariats avec des épiceries et des gîtes."),
 ("h2", "3.4 Planning"),
 ("p", "Le calendrier suit la vie du rucher : on ne peut pas pousser le miel de bruyère avant la récolte de septembre, et les bougies se vendent en novembre-décembre. Les mois de juillet-août sont compliqués parce que Jean-Marc et Sylvie sont en pleine récolte et sur les marchés tous les jours, donc je garde cette période pour le contenu (photos, vidéos de récolte) plutôt que pour des lancements."),
 ("table", [["Période", "Action", "Pourquoi à ce moment", "Qui"],
   ["Janvier-février 2026", "Refonte des fiches produits + pages catégories", "Période creuse, j'ai du temps", "Camille"],
   ["Mars 2026", "Mise en place relance panier abandonné Brevo", "Avant le printemps", "Camille"],
   ["Avril-mai 2026", "Lancement Google Ads Search", "Miel de printemps, fête des mères", "Camille"],
   ["Juillet-août 2026", "Tournage Reels récolte", "C'est la récolte", "Camille + Jean-Marc"],
   ["Octobre 2026", "Campagne miel de châtaignier nouvelle récolte", "Sortie de la récolte", "Camille"],
   ["Novembre-décembre 2026", "Meta Ads bougies + coffrets Noël", "Cadeaux de fin d'année", "Camille"]]),
 ("h2", "3.5 Partenariats"),
 ("p", "Les secteurs qui me semblent intéressants pour le rucher : l'hébergement touristique dans les Cévennes (gîtes, chambres d'hôtes, campings), les épiceries fines et cavistes dans les grandes villes, les boutiques de décoration « slow » pour les bougies, et les paniers garnis d'entreprise."),
 ("p", "Concrètement j'ai listé : le gîte de la Filature à Saint-Jean-du-Gard (ils mettent déjà nos pots au petit-déjeuner), l'office de tourisme Cévennes Tourisme, l'épicerie « Le Garde-Manger » à Lyon 7e, et la boutique de bougies « Maison Cire & Lin » à Montpellier. Pour le gîte, l'idée est de mettre une carte avec un code promo dans chaque chambre : les gens qui y dorment sont exactement notre cible (vacanciers urbains qui aiment le terroir). Pour Maison Cire & Lin, c'est moins évident car ils vendent déjà leurs propres bougies."),
 ("h2", "3.6 Résultats de l'opération « Châtaignier nouvelle récolte » (octobre 2025)"),
 ("p", "En octobre 2025 on a fait une première opération : une newsletter Brevo à 2 300 contacts, trois posts Instagram et un code NOUVELLERECOLTE (-10 %). Résultats sur le mois d'octobre : 94 commandes en ligne, 6 120 € de CA web, taux d'ouverture de la newsletter 41 %, 312 clics. Le code a été utilisé 58 fois."),
 ("p", "Je trouve que c'est un bon résultat, le mail a bien marché. Jean-Marc était content. Pour la prochaine fois il faudrait envoyer le mail plus tôt dans le mois."),
 ("h2", "3.7 Budget"),
 ("p", "Le budget marketing 2026 validé par Jean-Marc est de 4 800 € sur l'année. Voici les postes :"),
 ("table", [["Poste", "Montant prévu 2026"],
   ["Google Ads", "1 800 €"],
   ["Meta Ads (Noël)", "1 000 €"],
   ["Brevo (abonnement Starter)", "300 €"],
   ["Photos / vidéo (matériel, micro)", "450 €"],
   ["Plugins WooCommerce (avis clients, SEO)", "250 €"],
   ["Échantillons envoyés aux partenaires", "600 €"],
   ["Impressions (cartes, flyers)", "400 €"],
   ["Total", "4 800 €"]]),
 ("p", "Le retour sur investissement sera calculé à la fin de l'année quand on aura le recul sur les ventes. Pour l'instant je n'ai pas de budget réel à comparer puisque l'année n'est pas finie."),
 ("h1", "4. Référencement et visibilité du site"),
 ("h2", "4.1 Audit rapide et actions à mener"),
 ("p", "J'ai fait un petit audit du site avec Google Search Console, GA4 et la version gratuite de Semrush. Voici ce que j'ai trouvé et ce qu'il faudrait faire :"),
 ("bullet", "les balises title sont celles générées par défaut (« Produit – Rucher des Cévennes ») → les réécrire ;"),
 ("bullet", "pas de meta description sur 31 fiches sur 38 ;"),
 ("bullet", "photos très lourdes (jusqu'à 4 Mo), le site est lent sur mobile ;"),
 ("bullet", "pas de page par type de miel, tout est dans une seule catégorie « Miels » ;"),
 ("bullet", "aucun lien entrant en dehors des annuaires locaux ;"),
 ("bullet", "textes des fiches trop courts (40 à 60 mots) ;"),
 ("bullet", "pas de données structurées produit (prix, avis) ;"),
 ("bullet", "installer Yoast ou Rank Math ;"),
 ("bullet", "créer un blog ;"),
 ("bullet", "faire une fiche Google Business Profile pour la miellerie. Etc."),
 ("p", "J'ai commencé par réécrire les balises des fiches les plus vendues. Exemple :"),
 ("table", [["Fiche", "Title avant", "Title après", "Meta description après"],
   ["Miel de châtaignier 500 g", "Miel de châtaignier – Rucher des Cévennes", "Miel de Châtaignier des Cévennes 500 g – Direct Apiculteur", "Miel de châtaignier cru récolté dans nos ruches cévenoles. Goût puissant, légèrement amer. Pot 500 g, expédition soignée en 48 h."],
   ["Bougie Cévenole", "Bougie Cévenole – Rucher des Cévennes", "Bougie en Cire d'Abeille Artisanale – La Cévenole", "Bougie coulée à la main avec la cire de nos ruches, mèche en coton, 25 h de combustion. Un cadeau naturel et local."],
   ["Miel de bruyère", "Miel de bruyère – Rucher des Cévennes", "Miel de Bruyère Blanche des Cévennes – Récolte 2025", ""]]),
 ("h2", "4.2 Outils de mesure"),
 ("p", "Les outils que j'utilise : Google Analytics 4 (installé via le plugin Site Kit), Google Search Console, Semrush (compte gratuit, 10 requêtes par jour), PageSpeed Insights et les rapports de WooCommerce. J'ai pris GA4 et la Search Console parce que c'est gratuit et que c'est ce que tout le monde utilise ; Semrush parce qu'on l'a vu en cours."),
 ("p", "Liens : https://analytics.google.com (propriété « Rucher des Cévennes – GA4 »), https://search.google.com/search-console, https://pagespeed.web.dev/."),
 ("h2", "4.3 Mots-clés"),
 ("p", "Voici les mots-clés que j'ai retenus, avec les volumes trouvés dans Semrush (France, volume mensuel) :"),
 ("table", [["Mot-clé", "Volume", "Difficulté", "Page visée"],
   ["miel de châtaignier", "6 600", "38", "Fiche miel de châtaignier"],
   ["acheter miel de châtaignier", "390", "22", "Fiche miel de châtaignier"],
   ["miel des Cévennes", "880", "15", "Page d'accueil"],
   ["miel de bruyère", "2 400", "29", "Fiche miel de bruyère"],
   ["miel de montagne", "1 900", "33", "Fiche toutes fleurs"],
   ["bougie cire d'abeille", "4 400", "41", "Catégorie bougies"],
   ["bougie naturelle artisanale", "720", "27", "Catégorie bougies"],
   ["apiculteur Alès", "90", "5", "Page « Qui sommes-nous »"],
   ["coffret miel cadeau", "1 300", "35", "Coffrets"],
   ["pollen frais", "1 600", "31", "Fiche pollen"]]),
 ("p", "J'ai gardé ceux qui correspondent à nos produits. Il y en a d'autres à ajouter, par exemple sur les bienfaits du miel."),
 ("h2", "4.4 Netlinking"),
 ("p", "Pour les liens, j'ai contacté trois sites : le blog cuisine « Les Carnets de Mathilde » (recettes au miel, environ 40 000 visites/mois d'après Semrush), le site de Cévennes Tourisme (page producteurs) et l'annuaire « Bienvenue à la ferme ». Le lien de Cévennes Tourisme est en ligne depuis décembre 2025. Mathilde doit publier un article sur le pain d'épices au miel de châtaignier en février. Je n'ai pas encore de mesure de ce que ça apporte."),
 ("h2", "4.5 Campagne Google Ads « Châtaignier »"),
 ("p", "J'ai préparé puis lancé une campagne Search test du 1er au 30 novembre 2025 avec 300 € de budget (10 €/jour)."),
 ("p", "Structure :"),
 ("table", [["Groupe d'annonces", "Mots-clés (correspondance expression)", "Page d'atterrissage"],
   ["Châtaignier", "\"miel de châtaignier\", \"acheter miel de châtaignier\", \"miel châtaignier bio\"", "/produit/miel-de-chataignier-500g/"],
   ["Cévennes", "\"miel des cévennes\", \"miel cévenol\", \"producteur miel cévennes\"", "/ (page d'accueil)"],
   ["Bougies", "\"bougie cire d'abeille\", \"bougie naturelle cadeau\"", "/categorie/bougies/"]]),
 ("p", "Mots-clés négatifs : « recette », « bienfaits », « prix au kilo grande surface », « gratuit »."),
 ("p", "Annonces rédigées (annonces responsives, extraits) :"),
 ("bullet", "Titre 1 : Miel de Châtaignier des Cévennes | Titre 2 : Récolté par l'Apiculteur | Titre 3 : Livraison Soignée en 48h — Description : Miel cru, non chauffé, extrait à Alès. Pot 500 g à 14,50 €. Commandez en direct du producteur."),
 ("bullet", "Titre 1 : Miel des Cévennes en Direct | Titre 2 : 320 Ruches en Montagne | Titre 3 : Châtaignier, Bruyère, Toutes Fleurs — Description : Depuis 1998, Jean-Marc récolte ses miels entre Aigoual et garrigue. Goûtez la différence."),
 ("bullet", "Titre 1 : Bougies en Cire d'Abeille | Titre 2 : Coulées à la Main | Titre 3 : Idée Cadeau Naturelle — Description : Cire de nos ruches, mèche coton, sans paraffine. Coffret trio à 32 €."),
 ("h2", "4.6 Suivi de la campagne"),
 ("table", [["Groupe", "Impressions", "Clics", "CTR", "CPC moyen", "Coût", "Conversions", "CA"],
   ["Châtaignier", "8 420", "312", "3,7 %", "0,48 €", "149,76 €", "11", "702 €"],
   ["Cévennes", "2 150", "96", "4,5 %", "0,36 €", "34,56 €", "4", "231 €"],
   ["Bougies", "9 870", "188", "1,9 %", "0,61 €", "114,68 €", "3", "118 €"],
   ["Total", "20 440", "596", "2,9 %", "0,50 €", "299,00 €", "18", "1 051 €"]]),
 ("p", "Sur la campagne on a donc dépensé 299 € pour 1 051 € de chiffre d'affaires, soit un ROAS de 3,5. En prenant une marge brute d'environ 60 % sur nos produits, la marge générée est de 631 €, donc un ROI de (631 − 299) / 299 = 111 %. Le groupe Bougies ne marche pas bien (3 ventes seulement), le CPC est cher parce qu'on est en concurrence avec de grosses marques."),
 ("h2", "4.7 Les KPI que je suis"),
 ("table", [["Indicateur", "Valeur (novembre 2025)", "Commentaire"],
   ["Sessions", "2 480", "Hausse avec les Ads et la saison"],
   ["Taux de rebond", "58 %", ""],
   ["Durée moyenne de session", "1 min 42", "Plutôt court, les fiches sont peu remplies"],
   ["Taux de conversion", "2,1 %", ""],
   ["Chiffre d'affaires web", "5 840 €", "Meilleur mois hors décembre"],
   ["Temps de chargement", "", ""],
   ["Abandon de panier", "", "À mesurer quand le plugin Brevo sera en place"]]),
 ("h2", "4.8 Bilan et suite"),
 ("p", "On voit que le site progresse : on est passé de la page 3 à la page 2 sur « miel des Cévennes » d'après la Search Console, mais sur « miel de châtaignier » on est toujours au-delà de la 50e position. Les objectifs de visibilité ne sont pas encore atteints, c'est normal, le SEO prend du temps."),
 ("p", "Ce qu'il faudrait faire ensuite :"),
 ("bullet", "couper ou revoir le groupe d'annonces Bougies ;"),
 ("bullet", "compresser toutes les images ;"),
 ("bullet", "rallonger les fiches produits ;"),
 ("bullet", "relancer Mathilde pour l'article ;"),
 ("bullet", "afficher les avis clients sur les fiches ;"),
 ("bullet", "tester la livraison offerte dès 60 € ;"),
 ("bullet", "faire un vrai tableau de bord Looker Studio."),
 ("h1", "Annexes"),
 ("p", "Annexe 1 : export WooCommerce des commandes 2025 (non joint, données clients)."),
 ("p", "Annexe 2 : capture de la Search Console – à compléter."),
]

def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.header.paragraphs[0].text = "Camille Roustan – Dossier professionnel – Rucher des Cévennes"
    for item in CONTENT:
        kind = item[0]
        if kind == "title":
            doc.add_heading(item[1], level=0)
        elif kind == "h1":
            doc.add_heading(item[1], level=1)
        elif kind == "h2":
            doc.add_heading(item[1], level=2)
        elif kind == "p":
            doc.add_paragraph(item[1])
        elif kind == "bullet":
            doc.add_paragraph(item[1], style="List Bullet")
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            rows = item[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
    fixed = datetime.datetime(2026, 1, 14, 9, 30, 0)
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier professionnel – Rucher des Cévennes"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    os.makedirs(OUT_DIR, exist_ok=True)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))

if __name__ == "__main__":
    build()
