# Générateur du dossier du candidat c66 (Café Brûlerie Sainte-Croix) : DOCX + annexes PDF.
import datetime, os, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c66-torrefaction")
DOCX = os.path.join(OUT, "brulerie-dossier.docx")
PDF = os.path.join(OUT, "brulerie-annexes.pdf")
AUTHOR = "Julien Etcheverry"
STAMP = datetime.datetime(2026, 4, 14, 18, 30, 0)

def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2026, 4, 14, 18, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

# ---------------------------------------------------------------- contenu du dossier
# Chaque élément : ("h1"|"h2"|"p"|"b"|"t", contenu). "b" = puce, "t" = tableau (liste de lignes).
DOSSIER = [
("h1", "1. La Brûlerie et son marché"),
("p", "Café Brûlerie Sainte-Croix est un torréfacteur artisanal installé depuis 2014 rue de la Fusterie, dans le quartier Sainte-Croix à Bordeaux. L'équipe compte 9 personnes : Maïté Lafargue (fondatrice et torréfactrice), deux torréfacteurs, trois vendeurs en boutique, une responsable B2B (Sonia), un préparateur de commandes et moi-même, chargé du e-commerce en alternance depuis septembre 2024. Le chiffre d'affaires 2025 est de 1,38 M€ : 52 % boutique, 27 % B2B (restaurants, bureaux), 21 % en ligne (290 k€)."),
("p", "La vente en ligne repose sur une boutique Shopify (thème Dawn personnalisé) ouverte en 2020, complétée depuis mars 2025 par une présence sur Amazon (programme « Expédié par le vendeur ») pour 7 références de café en grains et moulu. Le catalogue web compte 42 cafés (origines, assemblages, décaféinés), des thés, du matériel d'extraction (V60, Chemex, AeroPress, moulins Comandante) et une offre d'abonnement lancée en 2023 (« Le Rituel », 1 à 4 sachets par mois)."),
("h2", "1.1 Le marché du café de spécialité en ligne"),
("p", "Le café de spécialité représente encore moins de 10 % des volumes de café consommés en France, mais sa croissance est de l'ordre de 8 à 10 % par an depuis 2020. La crise du coût des matières premières (arabica à plus de 3 $ la livre fin 2024) a poussé les prix de vente : notre prix moyen au kilo est passé de 38 € à 46 € en 18 mois. Les consommateurs arbitrent davantage, mais les amateurs équipés d'un moulin restent fidèles à la torréfaction fraîche."),
("h2", "1.2 Le segment prioritaire : l'« amateur qui s'équipe »"),
("p", "À partir de l'export Shopify des 4 870 clients web et de 11 entretiens téléphoniques menés en octobre 2025, nous avons isolé un segment qui pèse 44 % du CA en ligne : des urbains de 28 à 45 ans, CSP+, ayant acheté une machine expresso ou un matériel de méthode douce depuis moins de deux ans. Persona : « Thomas, 34 ans, ingénieur à Mérignac, vient d'acheter une Sage Barista Express et veut arrêter les capsules »."),
("t", [["Ce qui le pousse à acheter", "Ce qui le retient"],
       ["Goût : découvrir des origines, retrouver « le café du coffee shop »", "Prix perçu élevé (14 à 19 € les 250 g) face aux grains de GMS"],
       ["Fraîcheur : date de torréfaction imprimée sur le sachet", "Peur de se tromper de mouture ou de profil aromatique"],
       ["Fierté de bien faire / progression technique (rituel du week-end)", "Frais de port (5,90 €) sur une petite commande"],
       ["Éthique : traçabilité, prix payé au producteur", "Délai : veut son café avant d'être à court"],
       ["Soutenir un artisan bordelais", "Offre pléthorique, jargon (« natural », « washed », « honey »)"]]),
("p", "Le parcours d'achat de Thomas, reconstitué à partir des entretiens et des données GA4, se déroule ainsi :"),
("b", "Déclenchement : l'achat de la machine (souvent en novembre-décembre) ou un sachet offert ; il constate que son café de supermarché « ne rend rien »."),
("b", "Recherche : requêtes Google « café en grain pour expresso », vidéos YouTube (James Hoffmann, Café Lomi), groupes Facebook « Expresso maison » ; 63 % de nos nouveaux clients arrivent par une requête non marquée."),
("b", "Comparaison : il ouvre 3 à 5 sites de torréfacteurs, compare prix au kilo, notes de dégustation, avis, frais de port ; il regarde aussi Amazon pour le prix."),
("b", "Achat : panier moyen de 38 € à la première commande, souvent 2 sachets + un échantillon ; paiement par carte ou Shop Pay, PayPal pour 18 %."),
("b", "Après l'achat : s'il réussit ses extractions, il revient sous 35 jours en moyenne ; sinon il abandonne. Le mail « réglez votre moulin » envoyé à J+3 est déterminant. 22 % passent à l'abonnement dans les 6 mois."),
("h2", "1.3 Analyse de la concurrence"),
("p", "J'ai comparé la Brûlerie à quatre acteurs que Thomas rencontre dans ses recherches : deux torréfacteurs nationaux du web, un torréfacteur bordelais et la marque de grande distribution premium. Les relevés ont été faits le 6 novembre 2025 (prix 250 g, grains, origine Éthiopie ou équivalent)."),
("t", [["Critère", "Brûlerie Ste-Croix", "Café Lomi (Paris)", "Terres de Café", "Torréfaction Garonne (Bordeaux)", "L'Or Espresso grains (GMS)"],
       ["Prix 250 g", "15,50 €", "14,90 €", "16,00 €", "13,80 €", "≈ 7 € (1 kg 27 €)"],
       ["Livraison offerte dès", "45 €", "40 €", "50 €", "60 €", "—"],
       ["Délai annoncé", "24-48 h", "48 h", "48-72 h", "3-5 j", "drive"],
       ["Abonnement", "Oui, sans engagement", "Oui", "Oui", "Non", "Non"],
       ["Contenu éditorial", "Faible (6 articles)", "Très fort (blog, vidéos)", "Fort", "Inexistant", "Publicité TV"],
       ["Avis clients affichés", "4,8/5 (312)", "4,7/5 (5 200)", "4,6/5 (1 900)", "Non", "Non"],
       ["Visibilité SEO (mots-clés top 10, Semrush)", "212", "4 850", "3 100", "95", "n.c."],
       ["Point fort", "Fraîcheur, proximité, atelier visible", "Notoriété, pédagogie", "Gamme grands crus", "Prix", "Prix, disponibilité"]]),
("p", "Lecture : notre prix est dans la moyenne des torréfacteurs, notre délai est le meilleur du panel, mais notre visibilité organique est 15 à 20 fois inférieure à celle des deux leaders nationaux. Le manque de contenu pédagogique est notre principal retard : c'est précisément ce que cherche Thomas à l'étape de recherche."),
("h2", "1.4 Diagnostic SWOT"),
("swot", [["FORCES – Torréfaction sur place 3 fois par semaine ; expédition sous 24 h ; note clients 4,8/5 ; boutique physique emblématique (photo fréquente sur Instagram) ; base de 4 870 clients web dont 610 abonnés actifs.",
           "FAIBLESSES – Visibilité SEO très faible (212 mots-clés top 10) ; fiches produits courtes ; pas de blog structuré ; dépendance à la boutique ; équipe web d'une personne."],
          ["OPPORTUNITÉS – Croissance du café de spécialité et des machines à grains ; attrait touristique de Bordeaux (souvenir « local ») ; marketplace Amazon pour toucher les non-connaisseurs ; cadeaux d'entreprise en fin d'année.",
           "MENACES – Hausse durable du prix de l'arabica ; concurrence des nationaux très présents en SEA ; guerre des prix sur Amazon ; multiplication des micro-torréfacteurs."]]),
("p", "Décisions tirées de la matrice : (1) s'appuyer sur la fraîcheur et le délai, nos deux forces distinctives, dans tous les messages ; (2) corriger en priorité la faiblesse SEO par le contenu, car c'est elle qui nous empêche de profiter de la croissance du marché ; (3) limiter Amazon à des références d'entrée de gamme pour ne pas exposer nos grands crus à la guerre des prix."),

("h1", "2. Stratégie webmarketing 2026"),
("h2", "2.1 Objectifs"),
("t", [["Objectif", "Situation 2025", "Cible fin 2026"],
       ["CA boutique en ligne Shopify", "248 k€", "320 k€ (+29 %)"],
       ["CA Amazon", "42 k€", "60 k€"],
       ["Sessions organiques / mois", "6 900", "12 000"],
       ["Taux de conversion Shopify", "1,9 %", "2,4 %"],
       ["Abonnés « Le Rituel » actifs", "610", "900"],
       ["Mots-clés dans le top 10 Google", "212", "450"]]),
("h2", "2.2 Cibles"),
("p", "Cible principale : l'amateur qui s'équipe (segment décrit plus haut). Cible secondaire : les offreurs de cadeaux (coffrets, cartes-cadeaux, pic en décembre et pour la fête des pères). Cible tertiaire : les petits bureaux de la métropole bordelaise (5 à 30 salariés), travaillés par Sonia en B2B avec l'appui du site (page « Café pour entreprises »)."),
("h2", "2.3 Leviers retenus et ordre de déploiement"),
("t", [["Ordre", "Levier", "Rôle", "Période"],
       ["1", "Référencement naturel (fiches produits, blog, netlinking local)", "Capter la recherche non marquée, levier durable", "Janvier → décembre"],
       ["2", "Emailing Klaviyo (flux de bienvenue, post-achat, relance abonnement)", "Fidéliser et convertir au Rituel", "Février → décembre"],
       ["3", "Google Ads (Search + Shopping)", "Capter la demande immédiate, accélérer pendant que le SEO monte", "Mars → décembre, renforcé nov.-déc."],
       ["4", "Instagram / Meta Ads", "Notoriété locale, mise en avant des nouveautés", "Toute l'année, campagnes sur les temps forts"],
       ["5", "Affiliation / partenariats (blogueurs café, magasins de machines)", "Apport de trafic qualifié", "À partir d'avril"],
       ["—", "Amazon Sponsored Products", "Soutenir les 7 références marketplace", "Octobre → décembre uniquement"]]),
("p", "Le SEO passe en premier parce que notre retard y est le plus coûteux et que ses effets mettent 4 à 6 mois à se manifester : commencé en janvier, il doit produire ses résultats pour la saison de fin d'année. L'emailing suit car la base existe déjà et le coût marginal est faible. Le SEA ne démarre qu'en mars, une fois les fiches produits refaites, pour ne pas envoyer du trafic payant sur des pages qui convertissent mal."),
("h2", "2.4 Calendrier"),
("p", "Le calendrier est calé sur la saisonnalité de notre activité : 31 % du CA en ligne se fait entre le 15 novembre et le 24 décembre (machines offertes à Noël, coffrets), un second pic a lieu en janvier (nouvelles machines à équiper), l'été est creux (-35 % en juillet-août) et la rentrée relance l'abonnement. Les charges de travail ont été estimées à partir de mon temps disponible (3 jours par semaine en entreprise)."),
("t", [["Action", "Charge estimée", "Jan", "Fév", "Mar", "Avr", "Mai", "Juin", "Juil-Août", "Sep", "Oct", "Nov", "Déc"],
       ["Réécriture 42 fiches cafés", "42 × 2 h = 84 h", "■", "■", "■", "", "", "", "", "", "", "", ""],
       ["Blog : 2 articles/mois", "6 h/article", "", "■", "■", "■", "■", "■", "", "■", "■", "■", ""],
       ["Netlinking local", "4 h/sem.", "", "", "■", "■", "■", "■", "", "■", "■", "", ""],
       ["Flux Klaviyo", "25 h puis 2 h/sem.", "", "■", "■", "", "", "", "", "", "", "", ""],
       ["Google Ads", "12 h setup, 3 h/sem.", "", "", "■", "■", "■", "■", "■", "■", "■", "■", "■"],
       ["Campagne fête des pères", "15 h", "", "", "", "", "■", "■", "", "", "", "", ""],
       ["Campagne rentrée abonnement", "20 h", "", "", "", "", "", "", "■", "■", "", "", ""],
       ["Campagne Noël (coffrets + Ads renforcé)", "60 h", "", "", "", "", "", "", "", "", "■", "■", "■"]]),
("h2", "2.5 Partenariats"),
("p", "Trois familles de partenaires ont été identifiées parce qu'elles s'adressent au même client que nous, au même moment de son parcours, et que leur image est compatible avec celle d'un artisan exigeant et local :"),
("b", "Les revendeurs de machines : MaxiCoffee (Bordeaux-Lac) refusait de mettre en avant un torréfacteur concurrent de sa propre marque ; nous avons conclu avec Cuisine & Comptoir (boutique d'électroménager haut de gamme, cours de l'Intendance) : un sachet de 250 g offert avec chaque machine vendue et une carte « -15 % sur votre première commande en ligne »."),
("b", "Les boulangeries et caves indépendantes du centre-ville (Pain & Partage, La Cave de Saint-Pierre) : dépôt de coffrets en décembre, clientèle commune amatrice de produits artisanaux."),
("b", "Les créateurs de contenu café : deux comptes Instagram bordelais (@baristamaison_bdx, 18 k abonnés ; @cafeetcroissant, 9 k) et le blog Le Petit Extracteur, en affiliation à 10 % via Shopify Collabs."),
("p", "Nous avons écarté une offre d'Intermarché Bordeaux-Bastide pour un rayon local : la présence en GMS aurait contredit notre positionnement de fraîcheur et banalisé la marque."),
("h2", "2.6 Budget prévisionnel par levier"),
("t", [["Levier", "Postes de dépense", "Budget 2026", "Recette attendue"],
       ["SEO", "Semrush Pro (130 €/mois), rédaction freelance 12 articles, 4 articles sponsorisés", "1 560 + 1 800 + 1 200 = 4 560 €", "+ 38 k€ CA organique"],
       ["Emailing", "Klaviyo (jusqu'à 5 000 contacts), visuels", "1 440 + 300 = 1 740 €", "+ 21 k€"],
       ["Google Ads", "Enchères Search + Shopping", "9 000 €", "36 k€ (ROAS cible 4)"],
       ["Meta Ads", "Enchères, 2 shootings", "3 000 + 800 = 3 800 €", "9 k€"],
       ["Affiliation", "Commissions 10 %, produits offerts", "1 500 + 400 = 1 900 €", "15 k€"],
       ["Amazon", "Commissions (15 %), Sponsored Products", "≈ 9 000 + 1 200 €", "60 k€"],
       ["Total (hors commissions Amazon)", "", "21 200 €", ""]]),
("h2", "2.7 Résultat d'une action : la campagne « Fête des pères » (mai-juin 2025)"),
("p", "Pour juger de notre capacité à piloter une opération, j'ai analysé la campagne fête des pères 2025 (coffret « Papa torréfie » à 39 €, emailing + Meta Ads, budget 900 €), en comparant les 3 semaines de campagne aux 3 semaines précédentes."),
("t", [["Indicateur", "Avant (12/05 – 01/06)", "Campagne (02/06 – 22/06)", "Évolution"],
       ["Sessions", "16 200", "21 700", "+34 %"],
       ["Commandes", "298", "421", "+41 %"],
       ["Panier moyen", "41,20 €", "43,80 €", "+6 %"],
       ["CA en ligne", "12 280 €", "18 440 €", "+6 160 €"],
       ["Nouveaux clients", "121", "196", "+62 %"]]),
("p", "Analyse pour la direction : la hausse du CA de 6 160 € pour 900 € de dépenses publicitaires et environ 1 100 € de marge sacrifiée sur les coffrets donne un résultat net positif, mais il faut le nuancer : l'année précédente, la même période sans campagne affichait déjà +18 % (effet saisonnier). En isolant cet effet, la campagne a apporté environ 3 900 € de CA additionnel, soit un ROI de (3 900 × 48 % de marge − 900) / 900 = 1,08. Rentable, mais moins qu'annoncé au premier regard. En 2026, je recommande de supprimer le volet Meta (CPA de 19 €) et de concentrer le budget sur l'emailing (CPA de 2,10 €)."),
("h2", "2.8 Suivi budgétaire et écarts"),
("p", "Au 31 mars 2026, le Google Ads a consommé 2 480 € contre 2 250 € prévus (+10 %) : le CPC moyen sur « café en grain » (0,92 €) est plus élevé que dans notre hypothèse (0,70 €). Préconisations : exclure les requêtes « pas cher » et « capsule », baisser les enchères de 20 % le week-end où le taux de conversion est faible, et réaffecter 500 € du budget Meta vers les Ads Shopping, dont le ROAS est de 5,1. Si l'écart persiste fin juin, le budget Google Ads du second semestre sera plafonné et la différence reportée sur le netlinking."),

("h1", "3. Référencement naturel et payant"),
("h2", "3.1 Audit et priorisation"),
("p", "L'audit réalisé en janvier avec Semrush (Site Audit) et Google Search Console a fait ressortir 64 actions. Je les ai classées selon l'impact attendu sur le trafic et l'effort nécessaire. Les cinq priorités, réalisées en premier :"),
("t", [["Priorité", "Action", "Impact", "Effort"],
       ["P1", "Réécrire les 42 fiches cafés (textes de 80 mots en moyenne, dupliqués à 40 %)", "Fort", "Élevé"],
       ["P1", "Corriger les 118 balises title en double générées par les variantes de mouture", "Fort", "Faible"],
       ["P1", "Compresser les images (poids moyen d'une page produit : 4,8 Mo)", "Fort", "Faible"],
       ["P2", "Créer les pages piliers « café pour expresso », « café pour filtre », « café en grain »", "Fort", "Moyen"],
       ["P2", "Obtenir des liens depuis les sites bordelais (presse, offices, partenaires)", "Moyen", "Moyen"],
       ["P3", "Balisage Schema.org Product + avis", "Moyen", "Faible"],
       ["P3", "Traduction anglaise pour les touristes", "Faible", "Élevé"]]),
("p", "Les outils de mesure retenus sont Google Search Console (positions et clics réels, gratuit, source officielle), Google Analytics 4 (trafic et conversions, relié à Shopify via l'application Google & YouTube), Semrush (suivi de 150 mots-clés, visibilité concurrentielle, backlinks) et PageSpeed Insights pour le temps de chargement. Nous avons préféré Semrush à Ahrefs pour son outil de suivi de positions localisé à Bordeaux, indispensable pour nos requêtes « torréfacteur Bordeaux », et parce qu'une seule licence couvre SEO et SEA. Les accès et tableaux partagés sont listés en annexe 4."),
("h2", "3.2 Matrice de mots-clés"),
("p", "Méthode : (1) liste de départ de 60 idées issues des entretiens clients et des questions posées en boutique ; (2) élargissement avec Semrush Keyword Magic Tool et les suggestions « Autres questions posées » de Google, soit 840 requêtes ; (3) filtrage : volume ≥ 50, difficulté ≤ 55, intention compatible avec notre offre ; (4) classement par intention (transactionnelle, informationnelle, locale) et rattachement de chaque requête à une page unique pour éviter la cannibalisation. La matrice finale compte 96 expressions ; un extrait figure en annexe 1."),
("p", "Nous avons volontairement laissé de côté « café » ou « café en grain » seul (difficulté 78, dominé par les nationaux et la GMS) au profit de requêtes plus longues où notre fraîcheur et notre ancrage bordelais sont des arguments : « torréfacteur bordeaux » (390 recherches/mois), « café en grain fraîchement torréfié » (260), « meilleur café pour sage barista express » (170)."),
("h2", "3.3 Cocon sémantique"),
("p", "Le site est réorganisé en trois cocons. Exemple du cocon « expresso maison » : la page mère « Café pour expresso » (mot-clé « café en grain pour expresso ») renvoie vers quatre pages filles : « Régler son moulin pour l'expresso », « Quel café pour une machine à grain », « Ristretto, lungo, allongé : les différences » et « Nos assemblages pour expresso ». Chaque page fille renvoie à la mère et à une seule sœur dont le sujet est voisin (réglage du moulin ↔ choix de machine), jamais vers le cocon « méthode douce ». Les fiches produits des assemblages Fusterie et Grosse Cloche sont reliées depuis la page « Nos assemblages » avec une ancre descriptive (« assemblage Fusterie, notes chocolat-noisette »)."),
("h2", "3.4 Netlinking"),
("p", "Partenaires sélectionnés pour le trafic qu'ils apportent, et pas seulement pour leur autorité : le blog Le Petit Extracteur (2 100 visites/mois, audience identique à la nôtre), le site de l'Office de tourisme de Bordeaux (page « Artisans de bouche »), Rue89 Bordeaux (article sur les torréfacteurs du quartier), Cuisine & Comptoir (page partenaires) et deux articles sponsorisés sur des blogs café. Entre janvier et mars, le nombre de domaines référents est passé de 38 à 61 (Semrush Backlink Analytics) et les 6 nouveaux liens ont apporté 740 sessions (GA4, rapport Acquisition de trafic)."),
("h2", "3.5 Campagne Google Ads"),
("p", "Structure du compte lancé le 3 mars 2026 :"),
("t", [["Campagne", "Groupe d'annonces", "Mots-clés (correspondance)", "Page d'atterrissage"],
       ["Search – Local", "Torréfacteur Bordeaux", "[torréfacteur bordeaux], \"brûlerie bordeaux\", \"café artisanal bordeaux\"", "/pages/la-brulerie"],
       ["Search – Expresso", "Café grain expresso", "\"café en grain pour expresso\", \"café pour machine à grain\"", "/collections/cafe-pour-expresso"],
       ["Search – Abonnement", "Abonnement café", "\"abonnement café en grain\", [abonnement café frais]", "/pages/le-rituel"],
       ["Shopping", "Tous les cafés", "Flux produits Shopify (42 cafés)", "Fiches produits"],
       ["Exclusions", "—", "capsule, dosette, pas cher, nespresso, emploi", "—"]]),
("p", "Annonce rédigée pour le groupe « Café grain expresso » :"),
("p", "Titre 1 : Café en Grain pour Expresso | Titre 2 : Torréfié à Bordeaux cette Semaine | Titre 3 : Expédié sous 24 h\nDescription 1 : Assemblages pensés pour votre machine à grain. Date de torréfaction sur chaque sachet.\nDescription 2 : Livraison offerte dès 45 €. Conseils de mouture offerts avec votre commande."),
("p", "Les résultats des quatre premières semaines, avec le tableau de suivi hebdomadaire, sont en annexe 2. En synthèse : 1 742 clics, CPC moyen 0,81 €, 71 conversions pour 2 480 € de CA, ROAS de 1,76 sur le Search mais 5,1 sur le Shopping. Le ROI global à ce stade est négatif si l'on raisonne sur la marge (2 480 € de CA × 48 % = 1 190 € pour 1 410 € dépensés) ; il devient positif dès que l'on intègre la valeur vie des nouveaux clients (38 % repassent commande, panier moyen cumulé à 12 mois de 96 €)."),
("h2", "3.6 Indicateurs suivis"),
("t", [["KPI", "Valeur mars 2026", "Commentaire"],
       ["Sessions / mois", "24 300 (dont 8 900 organiques)", "+29 % d'organique vs décembre : premiers effets des fiches réécrites"],
       ["Taux de rebond (GA4 : 1 − taux d'engagement)", "44 %", "Élevé sur les articles de blog (61 %) : ajouter des liens vers les produits"],
       ["Durée moyenne d'engagement", "1 min 52 s", "Bonne sur les fiches réécrites (2 min 40)"],
       ["Temps de chargement mobile (LCP)", "2,6 s (contre 4,9 s en janvier)", "Objectif < 2,5 s ; reste la vidéo d'accueil"],
       ["Abandon création de compte", "sans objet", "Compte facultatif sur Shopify"],
       ["Abandon à l'étape livraison", "31 %", "Principal point de fuite, voir partie 4.5"],
       ["Abandon à l'étape paiement", "12 %", "Normal pour le secteur"],
       ["Taux de conversion", "2,1 %", "Objectif 2,4 %"],
       ["Panier moyen", "44,60 €", "Stable"]]),
("h2", "3.7 Bilan et actions correctives"),
("p", "À fin mars, 3 objectifs sur 6 sont sur la bonne trajectoire (sessions organiques 8 900/12 000, mots-clés top 10 passés de 212 à 301, abonnés 668). Le taux de conversion (2,1 %) et le ROAS Search sont en retard. Actions correctives, par ordre de priorité : 1) afficher les frais de port et le seuil de gratuité dès la fiche produit (cause n° 1 d'abandon) ; 2) couper le groupe d'annonces « Abonnement » (ROAS 0,9) et transférer son budget sur le Shopping ; 3) ajouter un bloc « produits associés » dans les articles de blog ; 4) tester une livraison gratuite à 39 € en avril."),

("h1", "4. Contenus et conversion"),
("h2", "4.1 Prestataires de contenus"),
("p", "Photos : nous avons choisi Léa Darrieux, photographe culinaire bordelaise, plutôt qu'une agence de packshot parisienne : son devis (1 450 € pour 60 photos + 12 mises en scène) était 40 % moins cher, elle peut venir à l'atelier pendant la torréfaction (photos d'ambiance authentiques) et elle cède les droits pour tous supports, y compris Amazon. Vidéo : les tutoriels de 60 s sont tournés en interne au smartphone (iPhone 14, stabilisateur DJI) et montés par moi, car un prestataire aurait coûté 600 € par vidéo pour un format qui doit rester spontané."),
("h2", "4.2 Méthode de rédaction d'une fiche produit"),
("p", "Chaque fiche café suit le même gabarit, construit à partir de la matrice : le mot-clé principal dans le titre H1 et dans les 100 premiers mots ; deux mots-clés secondaires placés dans les intertitres H2 (« Notes de dégustation », « Quelle mouture choisir ? ») ; un paragraphe producteur (ferme, altitude, process) ; un tableau « Pour quelle méthode » ; une FAQ de 3 questions issues de « Autres questions posées ». Balise title ≤ 60 caractères, meta description ≤ 155 caractères avec la promesse « torréfié cette semaine »."),
("p", "Exemple – Éthiopie Guji Hambela (mot-clé principal : « café éthiopie grain », 210 recherches/mois) :"),
("t", [["Élément", "Contenu"],
       ["Title", "Café Éthiopie Guji en grain – Torréfié à Bordeaux"],
       ["Meta description", "Café d'Éthiopie Guji Hambela, lavé, notes de jasmin et pêche blanche. Torréfié cette semaine à Bordeaux, expédié sous 24 h."],
       ["H1", "Café Éthiopie Guji Hambela en grain"],
       ["H2", "Notes de dégustation / Quelle mouture choisir ? / Le producteur / Questions fréquentes"],
       ["Éléments de décision", "Prix 250 g et 1 kg, date de torréfaction, intensité 2/5, acidité 4/5, avis clients (4,9/5, 27 avis), délai d'expédition, seuil de livraison gratuite, badge « Idéal filtre »"]]),
("h2", "4.3 Visuels et vidéos"),
("p", "Les 60 photos ont été retouchées sous Lightroom (balance des blancs harmonisée sur fond kraft) et Photoshop (détourage des sachets pour Amazon, fond blanc RVB 255 imposé par la plateforme). Exports en WebP, 2 048 px de côté pour le zoom, 80 % de qualité : poids moyen de 180 Ko contre 1,2 Mo auparavant. Les tutoriels sont montés sous CapCut au format vertical 9:16 pour Instagram et en 16:9 pour les fiches, sous-titrés car 80 % des vidéos sont regardées sans le son. Voir captures commentées en annexe 3."),
("h2", "4.4 Effet des nouveaux contenus"),
("p", "Sur les 20 fiches réécrites en janvier, comparées aux 4 semaines précédentes : durée d'engagement +58 % (1 min 41 → 2 min 40), ajouts au panier +27 %, commandes +19 %. Les tutoriels Instagram ont obtenu 3 fois plus d'enregistrements que nos photos produits (moyenne 212 contre 70)."),
("h2", "4.5 Blog"),
("p", "Le blog est hébergé dans Shopify (module natif « Articles de blog ») pour conserver l'autorité sur le domaine principal : URL /blogs/le-carnet, trois catégories (Extraction, Origines, L'atelier), gabarit d'article modifié dans le thème pour afficher un encart produit et un formulaire d'inscription Klaviyo, données structurées Article ajoutées via l'application JSON-LD for SEO, auteur affiché avec une courte biographie. Douze articles publiés à ce jour."),
("h2", "4.6 Tunnel de conversion"),
("p", "Objectifs de transformation fixés : 2,4 % de conversion globale, moins de 25 % d'abandon à l'étape livraison, 30 % des nouveaux clients inscrits à la newsletter. Le tunnel (fiche → panier → informations → livraison → paiement) est suivi dans GA4 avec un rapport d'exploration de l'entonnoir (événements view_item, add_to_cart, begin_checkout, add_shipping_info, add_payment_info, purchase). Sur mars : 100 vues de fiche → 9,2 ajouts au panier → 5,1 débuts de commande → 3,5 livraisons renseignées → 3,1 paiements → 2,1 achats."),
("p", "Les enregistrements de sessions Microsoft Clarity (1 200 sessions analysées) montrent le lien entre comportement et fuite : les visiteurs mobiles font défiler la page livraison à la recherche du point relais, puis quittent ; 14 % de « rage clicks » sur le sélecteur de mouture. Éléments perturbateurs et corrections planifiées :"),
("t", [["Élément perturbateur", "Correction", "Responsable", "Échéance"],
       ["Frais de port découverts à l'étape livraison", "Barre de progression « Plus que X € pour la livraison offerte » dans le panier", "Julien", "15/04/2026"],
       ["Choix du point relais peu visible sur mobile", "Application Mondial Relay en carte, au-dessus des options", "Julien", "30/04/2026"],
       ["Sélecteur de mouture peu compris", "Boutons avec pictogrammes (expresso, filtre, piston) au lieu d'une liste déroulante", "Julien + Maïté", "15/05/2026"],
       ["Pas de paiement express visible", "Activer Apple Pay / Google Pay en haut du checkout", "Julien", "Fait le 02/04"]]),
("h1", "Conclusion"),
("p", "La priorité donnée au contenu et au SEO commence à produire ses effets, plus lentement pour le SEA que prévu. Les prochains mois seront consacrés à la correction du tunnel et à la préparation de la saison de fin d'année, qui décidera de l'atteinte des objectifs 2026. Annexes : voir le fichier séparé brulerie-annexes.pdf."),
]

def add_table(doc, rows, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Light Grid Accent 1"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j); c.text = ""
            run = c.paragraphs[0].add_run(v); run.font.size = Pt(size)
    doc.add_paragraph()

def add_swot(doc, grid):
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for i in range(2):
        for j in range(2):
            txt = grid[i][j]; head, body = txt.split(" – ", 1)
            c = t.cell(i, j); c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(head + " "); r.bold = True; r.font.size = Pt(10)
            r2 = p.add_run(body); r2.font.size = Pt(10)
    doc.add_paragraph()

def build_docx():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.header.paragraphs[0].text = "Café Brûlerie Sainte-Croix – Dossier professionnel"
    sec.footer.paragraphs[0].text = "Julien Etcheverry – Chef de projet e-commerce – avril 2026"
    for _ in range(6):
        doc.add_paragraph()
    for txt, sz, b in [("DOSSIER PROFESSIONNEL", 24, True),
                       ("Développer les ventes en ligne d'un torréfacteur artisanal", 15, False),
                       ("Café Brûlerie Sainte-Croix – Bordeaux", 13, False)]:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt); r.font.size = Pt(sz); r.bold = b
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Julien Etcheverry\nAlternant chargé e-commerce\nTutrice : Maïté Lafargue, fondatrice")
    doc.add_page_break()
    doc.add_heading("Sommaire", level=1)
    for h in [x[1] for x in DOSSIER if x[0] == "h1"]:
        doc.add_paragraph(h)
    doc.add_paragraph("Annexes (fichier séparé) : 1. Matrice de mots-clés – 2. Suivi Google Ads – 3. Captures commentées – 4. Outils et liens")
    doc.add_page_break()
    for kind, content in DOSSIER:
        if kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "p":
            p = doc.add_paragraph(content); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "b":
            doc.add_paragraph(content, style="List Bullet")
        elif kind == "t":
            add_table(doc, content)
        elif kind == "swot":
            add_swot(doc, content)
    cp = doc.core_properties
    cp.author = AUTHOR; cp.last_modified_by = AUTHOR
    cp.title = "Dossier professionnel – Café Brûlerie Sainte-Croix"
    cp.created = STAMP; cp.modified = STAMP; cp.last_printed = STAMP; cp.revision = 3
    doc.save(DOCX)
    repack(DOCX)

# ---------------------------------------------------------------- annexes PDF
KW = [["Mot-clé", "Vol./mois", "KD", "Intention", "Page cible", "Pos. janv.", "Pos. mars"],
      ["torréfacteur bordeaux", "390", "28", "Locale", "/pages/la-brulerie", "9", "3"],
      ["brûlerie bordeaux", "170", "22", "Locale", "/pages/la-brulerie", "4", "1"],
      ["café en grain pour expresso", "1 300", "52", "Transac.", "/collections/cafe-pour-expresso", "48", "17"],
      ["café pour machine à grain", "880", "47", "Transac.", "/collections/cafe-pour-expresso", "—", "24"],
      ["meilleur café pour sage barista express", "170", "19", "Info./transac.", "/blogs/le-carnet/cafe-sage-barista", "—", "6"],
      ["café en grain fraîchement torréfié", "260", "31", "Transac.", "/collections/cafes", "35", "11"],
      ["abonnement café en grain", "480", "44", "Transac.", "/pages/le-rituel", "27", "14"],
      ["café éthiopie grain", "210", "26", "Transac.", "/products/ethiopie-guji-hambela", "22", "8"],
      ["régler moulin expresso", "320", "18", "Info.", "/blogs/le-carnet/regler-son-moulin", "—", "9"],
      ["différence ristretto lungo", "590", "21", "Info.", "/blogs/le-carnet/ristretto-lungo", "—", "12"],
      ["café filtre v60 recette", "390", "24", "Info.", "/blogs/le-carnet/recette-v60", "31", "7"],
      ["coffret café cadeau", "2 400", "49", "Transac.", "/collections/coffrets", "61", "33"],
      ["café décaféiné en grain", "720", "38", "Transac.", "/products/decafeine-colombie", "44", "19"],
      ["café pour entreprise bordeaux", "90", "15", "Locale B2B", "/pages/cafe-entreprises", "—", "4"]]

ADS = [["Semaine", "Impr.", "Clics", "CTR", "CPC moy.", "Coût", "Conv.", "CA", "ROAS"],
       ["S10 (03-09/03)", "9 820", "388", "4,0 %", "0,86 €", "334 €", "12", "418 €", "1,25"],
       ["S11 (10-16/03)", "10 450", "421", "4,0 %", "0,83 €", "349 €", "17", "592 €", "1,70"],
       ["S12 (17-23/03)", "11 200", "452", "4,0 %", "0,79 €", "357 €", "20", "706 €", "1,98"],
       ["S13 (24-30/03)", "11 930", "481", "4,0 %", "0,77 €", "370 €", "22", "764 €", "2,06"],
       ["Total", "43 400", "1 742", "4,0 %", "0,81 €", "1 410 €", "71", "2 480 €", "1,76"]]

ADS_CAMP = [["Campagne", "Coût", "CA", "ROAS", "Décision"],
            ["Search – Local", "212 €", "540 €", "2,55", "Maintenir"],
            ["Search – Expresso", "498 €", "610 €", "1,22", "Revoir la page d'atterrissage"],
            ["Search – Abonnement", "310 €", "280 €", "0,90", "Mettre en pause"],
            ["Shopping", "390 €", "1 990 €*", "5,10", "Augmenter de 30 %"]]

TOOLS = [["Outil", "Usage", "Lien / accès"],
         ["Google Search Console", "Positions, clics, indexation", "https://search.google.com/search-console (propriété brulerie-saintecroix.fr)"],
         ["Google Analytics 4", "Trafic, entonnoir, conversions", "https://analytics.google.com – propriété « Brûlerie Shopify »"],
         ["Looker Studio", "Tableau de bord mensuel direction", "https://lookerstudio.google.com/reporting/brulerie-dashboard-2026"],
         ["Semrush", "Suivi 150 mots-clés, backlinks", "https://www.semrush.com/ – projet « Brûlerie SC »"],
         ["Google Ads", "Campagnes SEA", "https://ads.google.com – compte 482-xxx-1907"],
         ["Microsoft Clarity", "Cartes de chaleur, enregistrements", "https://clarity.microsoft.com – projet brulerie"],
         ["PageSpeed Insights", "Temps de chargement", "https://pagespeed.web.dev/"]]

def build_pdf():
    ss = getSampleStyleSheet()
    h = ss["Heading2"]; n = ss["BodyText"]
    small = ParagraphStyle("s", parent=n, fontSize=8, leading=10)
    cap = ParagraphStyle("c", parent=n, fontSize=9, leading=11, fontName="Helvetica-Oblique")
    def tbl(rows, widths=None):
        data = [[Paragraph(c, small) for c in r] for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5b3a29")),
                               ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t
    def shot(title, lines):
        box = Table([[Paragraph("[capture d'écran]<br/>" + "<br/>".join(lines), small)]], colWidths=[16 * 28.35], rowHeights=[130])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                 ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eeeeee")),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return [box, Spacer(1, 4), Paragraph(title, cap), Spacer(1, 12)]
    def footer(c, d):
        c.saveState(); c.setFont("Helvetica", 8)
        c.drawString(2 * 28.35, 1.2 * 28.35, "Julien Etcheverry – Annexes du dossier professionnel – Café Brûlerie Sainte-Croix")
        c.drawRightString(19 * 28.35, 1.2 * 28.35, "Annexes p. %d" % d.page)
        c.restoreState()
    doc = SimpleDocTemplate(PDF, pagesize=A4, invariant=1, title="Annexes – Brûlerie Sainte-Croix", author=AUTHOR,
                            leftMargin=2 * 28.35, rightMargin=2 * 28.35, topMargin=2 * 28.35, bottomMargin=2 * 28.35)
    s = []
    s.append(Paragraph("Annexe 1 – Extrait de la matrice de mots-clés (14 expressions sur 96)", h))
    s.append(Paragraph("Source : Semrush Keyword Magic Tool (volumes France, mars 2026) ; positions relevées dans Semrush Position Tracking, localisation Bordeaux, mobile. KD = difficulté Semrush (0-100).", n))
    s.append(Spacer(1, 6))
    s.append(tbl(KW, [130, 45, 30, 55, 140, 40, 40]))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Sur les 150 mots-clés suivis : position moyenne 34,2 en janvier, 21,7 fin mars ; visibilité Semrush 3,1 % → 7,8 %. Clics organiques Search Console : 5 120 (janvier) → 7 460 (mars).", n))
    s.append(PageBreak())
    s.append(Paragraph("Annexe 2 – Tableau de suivi Google Ads (mars 2026)", h))
    s.append(tbl(ADS, [75, 45, 40, 38, 45, 45, 35, 50, 40]))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Répartition par campagne", ss["Heading3"]))
    s.append(tbl(ADS_CAMP, [110, 55, 60, 45, 180]))
    s.append(Paragraph("* dont 640 € de commandes d'abonnement attribuées au Shopping (modèle d'attribution basé sur les données).", small))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Calcul du ROI SEA (mars) : marge brute générée = 2 480 € × 48 % = 1 190 € ; coût = 1 410 € ; ROI = (1 190 − 1 410) / 1 410 = −15,6 %. Avec la valeur à 12 mois des 52 nouveaux clients (38 % de réachat, 96 € de panier cumulé) : marge supplémentaire estimée 52 × 0,38 × 96 × 0,48 = 910 € ; ROI à 12 mois = (2 100 − 1 410) / 1 410 = +49 %.", n))
    s.append(PageBreak())
    s.append(Paragraph("Annexe 3 – Captures commentées", h))
    s += shot("Figure 1 : Search Console, rapport Performances, 1er janvier – 31 mars 2026. Courbe des clics en hausse à partir de la mi-février, après la mise en ligne des 20 premières fiches réécrites ; position moyenne de 31,4 à 20,9.",
              ["Search Console – Performances", "Clics totaux 19 840 – Impressions 612 000 – CTR moyen 3,2 % – Position moyenne 24,6"])
    s += shot("Figure 2 : Exploration d'entonnoir GA4 (mars 2026, tous appareils). La plus forte perte se situe entre add_shipping_info et add_payment_info sur mobile (34 %).",
              ["GA4 – Exploration de l'entonnoir", "view_item 41 200 → add_to_cart 3 790 → begin_checkout 2 100 → add_shipping_info 1 440 → add_payment_info 1 280 → purchase 865"])
    s += shot("Figure 3 : Fiche Éthiopie Guji Hambela avant / après. À gauche : texte de 70 mots, photo fond blanc de 1,4 Mo. À droite : nouveau gabarit avec tableau « Pour quelle méthode », badge « Torréfié le 07/04 », FAQ.",
              ["Shopify – fiche produit (version mobile)", "Avant | Après"])
    s.append(PageBreak())
    s += shot("Figure 4 : Carte de chaleur Microsoft Clarity de la page livraison (mobile). Les clics se concentrent en bas de page, là où apparaît la liste des points relais, après 3 écrans de défilement.",
              ["Clarity – Heatmap /checkouts/…/shipping", "Zone chaude : liste Mondial Relay (bas de page)"])
    s.append(Paragraph("Annexe 4 – Outils de mesure et liens d'accès", h))
    s.append(tbl(TOOLS, [100, 130, 245]))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Les accès en lecture au tableau Looker Studio ont été ouverts au jury (adresse communiquée par le centre).", n))
    doc.build(s, onFirstPage=footer, onLaterPages=footer)

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    build_docx()
    build_pdf()
