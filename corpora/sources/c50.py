import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm
from pptx import Presentation
from pptx.util import Inches, Pt as PPt
from pptx.dml.color import RGBColor

OUT_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c50-domaine-trois-chenes"))
AUTHOR = "Antoine Leroux"
STAMP = datetime.datetime(2026, 6, 2, 18, 30, 0)
BORDEAUX = RGBColor(0x6B, 0x1E, 0x2E)

# =====================================================================
# Deck content: (title, bullets, table or None, speaker notes)
# =====================================================================
SLIDES = [
    {
        "title": "Domaine des Trois Chênes — Accélérer la vente directe en ligne",
        "subtitle": "Plan de croissance digitale 2026-2027\nSoutenance — Antoine Leroux, chargé de développement digital\nVarrains (49), juin 2026",
        "notes": "Bonjour. Je suis Antoine, en poste au domaine depuis 18 mois. Je vais vous présenter la feuille de route digitale que j'ai construite avec Hélène et Thomas Gaudin, et les premiers résultats mesurés entre janvier et avril 2026.",
    },
    {
        "title": "Au programme",
        "bullets": [
            "1. Le domaine et son point de départ",
            "2. Qui achète nos vins en ligne — et pourquoi ils hésitent",
            "3. Le paysage concurrentiel",
            "4. Diagnostic interne / externe et arbitrages",
            "5. Ambitions chiffrées, audiences prioritaires, mix d'acquisition",
            "6. Roadmap calée sur le calendrier du vin",
            "7. Collaborations croisées",
            "8. P&L par canal et garde-fous",
            "9. Visibilité Google : organique et Google Ads",
            "10. Pilotage, résultats et plan de rattrapage",
        ],
        "notes": "Les tableaux détaillés sont dans le document d'annexes que je vous ai remis (A1 à A6).",
    },
    {
        "title": "Le domaine en quelques chiffres",
        "table": [
            ["Repère", "2024", "2025"],
            ["Surface en production", "14 ha", "14 ha"],
            ["Bouteilles vendues", "82 000", "85 500"],
            ["Revenu total domaine", "1,01 M€", "1,05 M€"],
            ["dont e-shop (Shopify)", "71 k€", "96 k€"],
            ["Commandes e-shop", "1 020", "1 340"],
            ["Panier moyen e-shop", "69,6 €", "71,6 €"],
            ["Contacts newsletter opt-in", "2 450", "3 200"],
        ],
        "bullets": [
            "Gamme : Saumur-Champigny « Tuffeau » (12,50 €), « Clos des Trois Chênes » VV (24 €), Saumur blanc « Les Chênaies » (16 €), Crémant de Loire « Bulles de Loire » (14 €)",
            "Canaux : caveau (41 %), CHR & cavistes (37 %), export (13 %), e-shop (9 %)",
        ],
        "notes": "Le e-shop ne pèse que 9 % du revenu mais c'est le canal le plus margé : pas d'intermédiaire, prix caveau. C'est là que se joue la croissance, d'où la mission.",
    },
    {
        "title": "Trois personas, leurs déclencheurs et leurs points de blocage",
        "table": [
            ["Persona", "Ce qui le pousse à commander", "Ce qui le freine"],
            ["Claire, 42 ans, cadre à Nantes/Paris — « l'amatrice éclairée » (54 % des commandes)",
             "Acheter en direct chez un vigneron, retrouver un vin goûté en vacances, story du domaine, millésimes anciens",
             "Frais de port vs achat chez le caviste, peur de la casse, ne pas pouvoir goûter avant"],
            ["Marc & Sophie, 55-65 ans — « les cyclo-touristes Loire à Vélo » (28 %)",
             "Prolonger le souvenir de la visite au caveau, se faire livrer plutôt que porter les cartons à vélo",
             "Oublient le nom du domaine, site peu lisible sur mobile, pas de compte client retrouvé"],
            ["Julien, 38 ans, office manager — « le cadeau d'entreprise » (18 %)",
             "Coffrets personnalisés pour fin d'année, facture pro, livraison multi-adresses",
             "Délais en décembre, pas de devis en ligne, minimum de commande flou"],
        ],
        "notes": "Sources : 14 entretiens téléphoniques avec des clients e-shop en novembre 2025, export Shopify des commandes 2025 (codes postaux, montants), et 212 réponses au questionnaire envoyé via Brevo.",
    },
    {
        "title": "Customer journey de Claire — de l'envie à la re-commande",
        "table": [
            ["Moment", "Ce que fait Claire", "Points de contact", "Notre réponse"],
            ["Déclic", "Dîner entre amis, elle veut « un bon rouge de Loire » ; souvenir d'une dégustation", "Bouche-à-oreille, Instagram, guide Hachette", "Posts accords mets-vins, rappel du domaine dans les colis"],
            ["Exploration", "Tape « saumur champigny vigneron » ou le nom du domaine sur Google", "Google, site, avis Google", "Pages cuvées enrichies, fiche Google Business"],
            ["Arbitrage", "Compare prix/frais de port avec le caviste et 2 autres domaines", "Site concurrents, Vivino", "Livraison offerte dès 90 €, carton 6 panaché"],
            ["Passage en caisse", "Panier 6 bouteilles, paiement CB mobile", "Checkout Shopify, Alma 3x", "Checkout invité, Apple Pay, délai affiché"],
            ["Après-dégustation", "Ouvre la bouteille, partage (ou pas), recommande si relance", "E-mail, Instagram", "Séquence Brevo J+10 (avis), J+60 (réassort)"],
        ],
        "notes": "Le point critique identifié : l'arbitrage sur les frais de port. 62 % des paniers abandonnés en 2025 l'étaient à l'affichage des frais de livraison.",
    },
    {
        "title": "Paysage concurrentiel : 4 acteurs passés au crible",
        "table": [
            ["", "Trois Chênes", "Dom. du Coteau Blanc (Souzay)", "Clos de la Perrière (Chacé)", "Dom. Fabre-Lenoir (Bourgueil)", "Cave-Loire.com (pure player)"],
            ["Prix rouge entrée de gamme", "12,50 €", "11,90 €", "13,00 €", "10,50 €", "9,90 à 14 €"],
            ["Livraison offerte dès", "150 €", "120 €", "aucune", "90 €", "69 €"],
            ["Avis Google (note / nb)", "4,6 / 87", "4,7 / 212", "4,4 / 41", "4,8 / 305", "4,3 / 1 900"],
            ["Newsletter / fréquence", "irrégulière", "mensuelle", "non", "bimensuelle", "hebdo"],
            ["Instagram (abonnés)", "1 900", "6 400", "800", "11 200", "23 000"],
            ["Mots-clés top 10 (Semrush)", "11", "48", "6", "93", "1 240"],
            ["Paiement fractionné", "non (jan.)", "non", "non", "oui (Alma)", "oui"],
        ],
        "notes": "Relevés faits le 12 janvier 2026. Fabre-Lenoir est la référence à suivre : même taille que nous, mais un storytelling vidéo très fort et un vrai travail de contenu.",
    },
    {
        "title": "Ce que l'on retient de la revue concurrentielle",
        "bullets": [
            "Notre seuil de franco (150 €) est le plus haut du panel → frein n°1 au checkout",
            "Fabre-Lenoir prouve qu'un domaine familial peut ranker sur le générique « vin de Loire » grâce aux contenus",
            "Le pure player gagne sur le prix, pas sur la relation : notre angle = accès direct au vigneron, visites, millésimes anciens",
            "Personne ne traite sérieusement le cadeau d'entreprise en ligne → espace libre",
            "Instagram : nos 1 900 abonnés sont très engagés (5,8 % d'engagement vs 1,9 % chez Fabre-Lenoir)",
        ],
        "notes": "",
    },
    {
        "title": "Diagnostic : ce qui joue pour nous, contre nous — et ce qu'on en fait",
        "table": [
            ["Atouts internes\n• Vins primés (Or Concours de Lyon 2025, « Tuffeau »)\n• Caveau ouvert 7j/7 en saison, 9 000 visiteurs/an\n• Base clients fidèle (38 % de ré-achat)\n→ Capitaliser : faire des visiteurs du caveau des clients e-shop",
             "Fragilités internes\n• Franco à 150 €, pas de paiement fractionné\n• Site lent sur mobile (LCP 4,2 s)\n• 1 seule personne sur le digital\n→ Corriger en priorité (quick wins checkout)"],
            ["Vents porteurs\n• Essor de l'oenotourisme Loire à Vélo (+11 %/an)\n• Demande de vins « vivants », moins boisés\n• Cadeaux d'affaires en ligne\n→ Saisir : offre coffrets B2B et contenus oenotourisme",
             "Zones de risque\n• Baisse de la consommation de rouge (-3 %/an)\n• Pure players agressifs sur le prix\n• Gel / grêle : volumes incertains (2021, 2024)\n→ Se couvrir : pousser blanc et crémant, ne pas se battre sur le prix"],
        ],
        "header": False,
        "notes": "J'ai volontairement ajouté une ligne « ce qu'on en fait » dans chaque case : c'est ce qui a permis à Thomas de trancher en réunion de direction sur les 3 chantiers prioritaires.",
    },
    {
        "title": "Ambitions 2027 : des cibles chiffrées",
        "table": [
            ["Indicateur", "Point de départ 2025", "Cible fin 2026", "Cible fin 2027"],
            ["Revenu e-shop", "96 k€", "120 k€", "150 k€"],
            ["Taux de transformation e-shop", "1,4 %", "1,7 %", "2,0 %"],
            ["Contacts CRM opt-in", "3 200", "4 500", "6 000"],
            ["Part de commandes de clients récurrents", "29 %", "32 %", "35 %"],
            ["Revenu coffrets entreprises en ligne", "4 k€", "12 k€", "20 k€"],
        ],
        "notes": "Cibles validées par Hélène et Thomas le 20 janvier 2026. Elles restent compatibles avec les volumes disponibles, même avec une petite récolte.",
    },
    {
        "title": "Qui on adresse en priorité",
        "bullets": [
            "Cœur de cible : les amateurs urbains 35-55 ans (Grand Ouest + Île-de-France) → 60 % de l'effort média",
            "Audience « réactivation » : les visiteurs du caveau et cyclo-touristes, captés sur place (QR code, carte de fidélité) → 25 %",
            "Audience d'opportunité : les entreprises locales et parisiennes pour les coffrets de fin d'année → 15 %, concentré sur oct.-déc.",
            "Exclu volontairement : les chasseurs de promos (pas de course au prix face aux pure players)",
        ],
        "notes": "",
    },
    {
        "title": "Mix d'acquisition : quel canal, pour quoi, dans quel ordre",
        "table": [
            ["Vague", "Canal", "Rôle", "Démarrage"],
            ["1", "SEO / contenus organiques", "Capter la demande « saumur champigny », « crémant de loire »", "Janv. 2026"],
            ["1", "CRM Brevo (newsletters + scénarios)", "Faire racheter la base existante", "Janv. 2026"],
            ["2", "Google Ads Search", "Accélérer sur marque + génériques rentables", "Mars 2026"],
            ["2", "Instagram organique + Reels", "Entretenir la désirabilité, nourrir le remarketing", "Mars 2026"],
            ["3", "Paid social Meta (retargeting, lookalike)", "Recibler les visiteurs et les clients caveau", "Sept. 2026"],
            ["3", "Programme partenaires à la commission (Affilae)", "Blogs vin / oenotourisme rémunérés au % des ventes", "Oct. 2026"],
        ],
        "notes": "Logique : d'abord les canaux à coût marginal faible et effet durable (organique, base clients), ensuite le payant pour accélérer, et enfin les partenaires rémunérés au résultat quand les pages et le tunnel sont prêts.",
    },
    {
        "title": "Roadmap 2026 calée sur le calendrier du vin",
        "table": [
            ["Période", "Temps fort", "Pourquoi à ce moment", "Actions"],
            ["Janv.-févr.", "Salon des vins de Loire (Angers)", "Saison creuse caveau = temps dispo pour le fond", "Refonte pages cuvées, mots-clés, checkout"],
            ["Mars-avr.", "Pâques, sortie du millésime", "Premiers barbecues, demande en blanc/crémant", "Lancement Google Ads, newsletter millésime"],
            ["Mai-juin", "Caves ouvertes, Loire à Vélo", "Pic de visiteurs au caveau", "Captation e-mails au caveau, QR codes"],
            ["Sept.-oct.", "Vendanges, foires aux vins", "Moment où les amateurs remplissent leur cave", "Offre carton panaché, retargeting Meta"],
            ["Nov.-déc.", "Fêtes, cadeaux d'affaires", "38 % du revenu e-shop annuel", "Coffrets B2B, campagne « Cadeaux », partenaires"],
        ],
        "notes": "Pendant les vendanges (mi-sept. à mi-oct.) tout le monde est à la vigne : les campagnes sont donc préparées et programmées en août.",
    },
    {
        "title": "Rétroplanning opérationnel S1 2026 (charge estimée)",
        "table": [
            ["Chantier", "Pilote", "Début", "Fin", "Charge (j/h)"],
            ["Audit technique + vitesse mobile", "Antoine + freelance", "06/01", "24/01", "6"],
            ["Plan de mots-clés + plan de pages", "Antoine", "13/01", "07/02", "8"],
            ["Réécriture 12 pages cuvées + 6 articles", "Antoine / Hélène (relecture)", "03/02", "28/03", "15"],
            ["Franco 90 €, Alma, checkout invité", "Antoine", "10/02", "21/02", "3"],
            ["Structure Google Ads + annonces", "Antoine", "24/02", "07/03", "4"],
            ["Scénarios Brevo (bienvenue, réassort)", "Antoine", "10/03", "28/03", "5"],
            ["Campagne de liens entrants partenaires", "Antoine / Thomas", "01/03", "30/06", "10"],
        ],
        "notes": "Charges estimées en jours-homme à partir de mes temps réels de 2025 (ex. une page cuvée complète = 1 jour avec photos). Le tableau reprend les colonnes du modèle Notion que le domaine utilise déjà pour organiser les vendanges (pilote, début, fin, charge), pour que Thomas et Hélène le lisent sans effort.",
    },
    {
        "title": "Collaborations croisées : avec qui s'associer",
        "table": [
            ["Partenaire", "Clientèle commune", "Mode de conso compatible", "Cohérence d'image (/5)", "Format"],
            ["Gîtes & chambres d'hôtes « Accueil Vélo » (12 adresses)", "Cyclo-touristes 50+", "Bouteille d'accueil, commande livrée au retour", "5", "Co-communication + code dédié"],
            ["Fromagerie Le Chèvre d'Or (Saumur)", "Amateurs gastronomie", "Accords vin-fromage, coffrets", "5", "Coffret co-brandé"],
            ["Atelier de céramique Terre & Tuffeau", "Urbains CSP+, cadeaux", "Cadeau haut de gamme", "4", "Coffret cadeau d'affaires"],
            ["Loueur de vélos Détours de Loire", "Touristes à vélo", "Visite caveau sur l'itinéraire", "4", "Étape partenaire + flyer"],
            ["Chaîne de supérettes Proxi-Val", "Grand public", "Achat impulsif, prix bas", "1", "Écarté (image prix)"],
        ],
        "notes": "La grille m'a permis d'écarter des propositions qui rapportaient du volume mais abîmaient l'image de vin de vigneron, comme la supérette.",
    },
    {
        "title": "Retour d'expérience : opération « Caves ouvertes » + code TUFFEAU10",
        "table": [
            ["Mesure", "4 semaines avant (15/04-12/05)", "4 semaines après (13/05-09/06/2025)", "Écart"],
            ["Sessions e-shop", "3 410", "5 020", "+47 %"],
            ["Commandes", "41", "77", "+88 %"],
            ["Revenu e-shop", "2 870 €", "5 620 €", "+96 %"],
            ["Nouveaux contacts CRM", "62", "318", "x 5,1"],
            ["Remises accordées", "0 €", "410 €", "—"],
        ],
        "bullets": [
            "Lecture pour la direction : effet réel mais en partie saisonnier (mai-juin 2024 : +22 % sans opération) → gain net estimé à +25 points",
            "Le vrai acquis est la base : 318 contacts, dont 19 % ont re-commandé avant fin 2025",
        ],
        "notes": "J'ai présenté ce bilan à Hélène et Thomas en comité du lundi. On a décidé de reconduire l'opération en 2026 mais sans remise, en remplaçant le code par une dégustation offerte.",
    },
    {
        "title": "P&L prévisionnel 2026 par canal (synthèse)",
        "table": [
            ["Canal", "Dépenses prévues", "Revenu attendu", "Revenu / € investi"],
            ["SEO / contenus", "4 800 €", "14 000 €", "2,9"],
            ["CRM Brevo", "1 300 €", "18 000 €", "13,8"],
            ["Google Ads", "6 000 €", "19 500 €", "3,3"],
            ["Paid social Meta", "2 400 €", "6 200 €", "2,6"],
            ["Partenaires à la commission", "1 500 €", "7 500 €", "5,0"],
            ["Total", "16 000 €", "65 200 €", "4,1"],
        ],
        "notes": "Détail des postes (outils, achat média, prestataires, commissions) dans l'annexe A3. Avec une marge brute de 58 % sur les ventes e-shop, chaque euro investi rapporte 1,36 € de marge après coûts marketing : 65 200 x 0,58 = 37 816 € de marge brute, moins 16 000 € = 21 816 € nets, soit 136 % de rendement.",
    },
    {
        "title": "Garde-fous : que fait-on si la réalité s'écarte du prévu ?",
        "bullets": [
            "Revue mensuelle réel vs prévu par canal (tableau A3) — seuil d'alerte : ±15 %",
            "Google Ads sous 2,5 € de revenu par € dépensé 2 mois de suite → on coupe les génériques, on garde la marque",
            "Meta sous 2 → budget réaffecté au CRM (le canal le plus rentable)",
            "Dépassement outils/prestataires → report de la refonte photo au T4",
            "Revenu au-dessus du prévu → on augmente d'abord le budget du canal qui sur-performe, par paliers de 20 %",
            "Fin avril 2026 : Google Ads à -18 % de dépenses et +9 % de revenu vs prévu → budget libéré basculé sur les coffrets B2B",
        ],
        "notes": "",
    },
    {
        "title": "Visibilité organique : ce qu'on fait d'abord",
        "table": [
            ["Priorité", "Action", "Effort", "Impact attendu"],
            ["P1", "Corriger la vitesse mobile (images WebP, app d'avis allégée)", "Faible", "Fort"],
            ["P1", "Réécrire les 12 pages cuvées autour d'une requête chacune", "Moyen", "Fort"],
            ["P1", "Fiche Google Business complète + collecte d'avis", "Faible", "Fort (local)"],
            ["P2", "Architecture en silos + maillage interne", "Moyen", "Moyen"],
            ["P2", "Liens entrants partenaires oenotourisme", "Moyen", "Moyen"],
            ["P3", "Blog accords mets-vins (2 articles/mois)", "Fort", "Moyen, long terme"],
        ],
        "bullets": [
            "Suivi : Google Search Console (positions, clics), GA4 (sessions organiques), Semrush (position tracking 40 requêtes)",
            "Positions janv. → avr. 2026 : « saumur champigny vigneron » 34e → 8e ; « crémant de loire brut » 61e → 19e ; « domaine saumur champigny » 27e → 11e",
            "Clics organiques Search Console : 1 180 (janv.) → 2 340 (avr.)",
        ],
        "notes": "Détail des 40 requêtes suivies et de leurs positions dans l'annexe A1.",
    },
    {
        "title": "Construire le plan de mots-clés : la méthode",
        "bullets": [
            "1. Liste de départ : vocabulaire des clients (entretiens, recherches internes du site, questions au caveau) — 60 expressions",
            "2. Extension avec Semrush (Keyword Magic Tool) et les suggestions Google → 410 expressions",
            "3. Nettoyage : on retire les appellations voisines qu'on ne produit pas (Chinon, Bourgueil) et les requêtes « pas cher »",
            "4. Classement par intention : transactionnelle / informationnelle / locale-touristique",
            "5. Score = volume x probabilité d'achat ÷ difficulté → 40 requêtes retenues",
            "6. Une requête principale par page, secondaires en H2 → table complète en annexe A1",
        ],
        "notes": "Le contexte compte : nous sommes 3e sur une appellation de 1 500 ha, très concurrencée par les grandes maisons. D'où le choix de la longue traîne locale (« vigneron », « domaine », « dégustation saumur ») plutôt que de la requête « vin rouge ».",
    },
    {
        "title": "Architecture en silos, maillage et liens entrants",
        "bullets": [
            "Silo « Saumur-Champigny » : page pilier → pages « Tuffeau », « Clos des Trois Chênes », article « Le cabernet franc sur tuffeau »",
            "Silo « Bulles & blancs » : page pilier « Crémant de Loire » → « Bulles de Loire », « Les Chênaies », article « Chenin : sec ou tendre ? »",
            "Silo « Visiter le domaine » : page pilier → « Dégustation & visites », « Étape Loire à Vélo », article « Une journée à vélo autour de Saumur »",
            "Règle : on ne lie qu'à l'intérieur d'un même silo, ancre = le sujet exact de la page cible ; un seul pont entre silos (pilier ↔ pilier)",
            "Liens entrants obtenus : office de tourisme Saumur Val de Loire, blog « Loire Gourmande », site Détours de Loire, 9 gîtes — 410 sessions référentes en mars-avril",
            "Autorité de domaine (Ahrefs) : 9 → 21 ; domaines référents : 23 → 61 (janv. → mai 2026)",
        ],
        "notes": "Schéma complet du maillage et tableau avant/après des liens entrants en annexe A5.",
    },
    {
        "title": "Google Ads : structure, requêtes, pages de destination, annonces",
        "table": [
            ["Campagne", "Groupes / requêtes", "Page de destination", "Exemple de titre RSA"],
            ["Marque", "[domaine des trois chênes], [trois chênes saumur]", "Accueil", "Domaine des Trois Chênes | Boutique officielle"],
            ["Saumur-Champigny", "\"saumur champigny vigneron\", \"acheter saumur champigny\"", "/saumur-champigny", "Saumur-Champigny en direct du vigneron | Franco dès 90 €"],
            ["Crémant", "\"crémant de loire brut\", \"crémant de loire vigneron\"", "/cremant-de-loire", "Crémant de Loire Brut | Élevé 24 mois sur lattes"],
            ["Cadeaux (oct.-déc.)", "\"coffret vin entreprise\", \"cadeau vin personnalisé\"", "/coffrets-entreprises", "Coffrets vins pour vos équipes | Devis en 24 h"],
        ],
        "bullets": [
            "Descriptions : « Vins de Loire récoltés et mis en bouteille au domaine. Livraison 48 h, casse remboursée. »",
            "Mots-clés négatifs : gratuit, pas cher, emploi, recette, Leclerc",
        ],
        "notes": "Ciblage : France métropolitaine, +20 % d'enchère sur Pays de la Loire et Île-de-France. Suivi des ventes via la balise Google Ads + import des conversions GA4.",
    },
    {
        "title": "Pilotage : résultats à fin avril et plan de rattrapage",
        "table": [
            ["Mesure", "Cible fin 2026", "Réel fin avril 2026", "Trajectoire"],
            ["Revenu e-shop (cumul 4 mois)", "34 k€ attendus", "36,2 k€", "En avance"],
            ["Taux de transformation", "1,7 %", "1,62 %", "Proche"],
            ["Contacts CRM", "4 500", "3 780", "En retard"],
            ["Revenu Google Ads / € dépensé", "3,3", "4,6", "Au-dessus"],
            ["Revenu Meta / € dépensé (test)", "2,6", "1,8", "Sous la cible"],
        ],
        "bullets": [
            "Rendement global des actions jan.-avr. : 6 900 € investis, 24 100 € de revenu attribué → 13 980 € de marge brute, soit +103 % net",
            "Rattrapage n°1 : captation CRM au caveau dès mai (tablette + jeu concours) — le plus gros écart",
            "Rattrapage n°2 : Meta → on arrête la prospection, on garde le retargeting uniquement",
            "Rattrapage n°3 : transformation → avis clients sur les pages cuvées (app Judge.me)",
        ],
        "notes": "Les liens vers les dashboards Looker Studio, GA4 et Search Console sont listés en annexe A6. Merci pour votre attention, je suis prêt pour vos questions.",
    },
]


def freeze_zip(path, stamp=(2026, 5, 18, 12, 0, 0)):
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


ESTIMATES = []


def build_deck(path):
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    prs.core_properties.author = AUTHOR
    prs.core_properties.last_modified_by = AUTHOR
    prs.core_properties.title = "Soutenance - Domaine des Trois Chênes"
    prs.core_properties.created = STAMP
    prs.core_properties.modified = STAMP
    prs.core_properties.revision = 1

    for idx, s in enumerate(SLIDES):
        if idx == 0:
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = s["title"]
            slide.placeholders[1].text = s["subtitle"]
            slide.shapes.title.text_frame.paragraphs[0].runs[0].font.color.rgb = BORDEAUX
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only
            slide.shapes.title.text = s["title"]
            tp = slide.shapes.title.text_frame.paragraphs[0]
            tp.runs[0].font.size = PPt(30)
            tp.runs[0].font.color.rgb = BORDEAUX
            slide.shapes.title.top = Inches(0.3)
            slide.shapes.title.height = Inches(1.0)
            top = Inches(1.4)
            rows = s.get("table")
            if rows:
                nrows, ncols = len(rows), len(rows[0])
                small = nrows > 6 or ncols > 4 or any(len(c) > 40 for r in rows for c in r)
                fpt = 11 if small else 14
                col_in = 12.3 / ncols
                cpl = max(8, int(col_in * 72 / (fpt * 0.52)))
                est = 0.0
                for r in rows:
                    lines = max(sum(-(-max(1, len(part)) // cpl) for part in c.split("\n")) for c in r)
                    est += lines * fpt * 1.2 / 72 + 0.1
                height = Inches(est)
                shape = slide.shapes.add_table(nrows, ncols, Inches(0.5), top, Inches(12.3), height)
                tbl = shape.table
                for i, row in enumerate(rows):
                    for j, val in enumerate(row):
                        cell = tbl.cell(i, j)
                        cell.text = val
                        for para in cell.text_frame.paragraphs:
                            for run in para.runs:
                                run.font.size = PPt(fpt)
                top = top + height + Inches(0.25)
                ESTIMATES.append((idx + 1, round(top / 914400, 2)))
                if not s.get("header", True):
                    tbl.first_row = False
            if s.get("bullets"):
                box_h = Inches(7.2) - top
                tb = slide.shapes.add_textbox(Inches(0.6), top, Inches(12.1), box_h)
                tf = tb.text_frame
                tf.word_wrap = True
                for k, b in enumerate(s["bullets"]):
                    para = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                    para.text = ("• " if not b[:2].rstrip(".").isdigit() else "") + b
                    para.runs[0].font.size = PPt((13 if len(s["bullets"]) > 2 else 14) if rows else 20)
                    para.space_after = PPt(6)
            foot = slide.shapes.add_textbox(Inches(0.5), Inches(7.05), Inches(12.3), Inches(0.35))
            fr = foot.text_frame.paragraphs[0]
            fr.text = "Domaine des Trois Chênes — A. Leroux — soutenance juin 2026 — %d" % (idx + 1)
            fr.runs[0].font.size = PPt(9)
        if s.get("notes"):
            slide.notes_slide.notes_text_frame.text = s["notes"]
    prs.save(path)


# =====================================================================
# Annex document
# =====================================================================
A1_KEYWORDS = [
    ["Requête", "Vol./mois", "Difficulté", "Intention", "Silo", "Page cible", "Pos. janv.", "Pos. avr."],
    ["saumur champigny", "4 400", "52", "Info/trans.", "Saumur-Champigny", "/saumur-champigny", "48", "22"],
    ["saumur champigny vigneron", "210", "18", "Transac.", "Saumur-Champigny", "/saumur-champigny", "34", "8"],
    ["acheter saumur champigny", "140", "21", "Transac.", "Saumur-Champigny", "/saumur-champigny", "41", "12"],
    ["domaine saumur champigny", "320", "24", "Local/trans.", "Saumur-Champigny", "/", "27", "11"],
    ["saumur champigny vieilles vignes", "90", "12", "Transac.", "Saumur-Champigny", "/clos-des-trois-chenes", "—", "6"],
    ["cabernet franc tuffeau", "70", "9", "Info", "Saumur-Champigny", "/blog/cabernet-franc-tuffeau", "—", "4"],
    ["saumur champigny prix", "260", "15", "Transac.", "Saumur-Champigny", "/tuffeau", "52", "17"],
    ["crémant de loire", "6 600", "48", "Info/trans.", "Bulles & blancs", "/cremant-de-loire", "—", "38"],
    ["crémant de loire brut", "880", "31", "Transac.", "Bulles & blancs", "/cremant-de-loire", "61", "19"],
    ["crémant de loire vigneron", "110", "14", "Transac.", "Bulles & blancs", "/bulles-de-loire", "—", "9"],
    ["saumur blanc chenin", "170", "16", "Info/trans.", "Bulles & blancs", "/les-chenaies", "39", "14"],
    ["chenin sec ou moelleux", "390", "20", "Info", "Bulles & blancs", "/blog/chenin-sec-ou-tendre", "—", "23"],
    ["dégustation vin saumur", "720", "22", "Local", "Visiter", "/degustation-visites", "18", "5"],
    ["cave à visiter saumur", "480", "19", "Local", "Visiter", "/degustation-visites", "25", "9"],
    ["loire à vélo vignoble", "260", "17", "Local/info", "Visiter", "/etape-loire-a-velo", "—", "7"],
    ["balade vélo saumur vignes", "140", "11", "Info", "Visiter", "/blog/journee-velo-saumur", "—", "12"],
    ["coffret vin entreprise", "1 300", "39", "Transac.", "Cadeaux", "/coffrets-entreprises", "—", "44"],
    ["cadeau vin personnalisé", "590", "33", "Transac.", "Cadeaux", "/coffrets-entreprises", "—", "31"],
    ["coffret vin de loire", "320", "21", "Transac.", "Cadeaux", "/coffrets", "37", "15"],
    ["accord vin fromage de chèvre", "880", "26", "Info", "Bulles & blancs", "/blog/chevre-et-chenin", "—", "16"],
]

A2_ADS = [
    ["Mois", "Campagne", "Impr.", "Clics", "CTR", "CPC moy.", "Coût", "Ventes", "Revenu", "Revenu/€"],
    ["Mars", "Marque", "2 150", "412", "19,2 %", "0,21 €", "87 €", "19", "1 540 €", "17,7"],
    ["Mars", "Saumur-Champigny", "18 400", "530", "2,9 %", "0,74 €", "392 €", "11", "930 €", "2,4"],
    ["Mars", "Crémant", "22 900", "480", "2,1 %", "0,66 €", "317 €", "7", "520 €", "1,6"],
    ["Avril", "Marque", "2 680", "498", "18,6 %", "0,20 €", "100 €", "24", "1 960 €", "19,6"],
    ["Avril", "Saumur-Champigny", "21 300", "690", "3,2 %", "0,71 €", "490 €", "17", "1 450 €", "3,0"],
    ["Avril", "Crémant", "19 700", "455", "2,3 %", "0,58 €", "264 €", "9", "700 €", "2,7"],
    ["Total", "", "87 130", "3 065", "3,5 %", "0,54 €", "1 650 €", "87", "7 100 €", "4,3"],
]

A2_META = [
    ["Publication sponsorisée (avr. 2026)", "Format", "Portée", "Clics", "Coût", "Ventes", "Revenu", "Revenu/€"],
    ["« Le Tuffeau sur un barbecue de printemps »", "Reel 20 s", "18 200", "264", "180 €", "4", "310 €", "1,7"],
    ["« Thomas vous ouvre le chai »", "Carrousel", "11 900", "198", "140 €", "5", "420 €", "3,0"],
    ["Retargeting visiteurs 30 j", "Catalogue", "6 400", "221", "120 €", "3", "190 €", "1,6"],
    ["Prospection lookalike clients", "Image", "24 500", "140", "160 €", "1", "75 €", "0,5"],
]

A3_PL = [
    ["Canal", "Poste", "Prévu 2026", "Réel janv.-avr.", "Revenu prévu 2026", "Revenu réel janv.-avr."],
    ["SEO / contenus", "Semrush Pro (12 mois)", "1 560 €", "520 €", "14 000 €", "3 900 €"],
    ["SEO / contenus", "Rédacteur freelance (6 articles)", "1 440 €", "720 €", "", ""],
    ["SEO / contenus", "Shooting photo cuvées", "1 800 €", "1 800 €", "", ""],
    ["CRM", "Brevo Business", "780 €", "260 €", "18 000 €", "7 600 €"],
    ["CRM", "Tablette + jeu concours caveau", "520 €", "0 €", "", ""],
    ["Google Ads", "Achat média", "6 000 €", "1 650 €", "19 500 €", "7 100 €"],
    ["Paid social Meta", "Achat média", "2 000 €", "600 €", "6 200 €", "995 €"],
    ["Paid social Meta", "Montage Reels (CapCut Pro)", "400 €", "100 €", "", ""],
    ["Partenaires", "Affilae + commissions 10 %", "1 500 €", "0 €", "7 500 €", "0 €"],
    ["Paiement", "Frais Alma (payés par le domaine)", "inclus marge", "310 €", "", "4 500 € (paniers en 3x)"],
    ["Total", "", "16 000 €", "5 960 € (+ 940 € frais/outils)", "65 200 €", "24 095 €"],
]

A4_METRICS = [
    ["Indicateur", "Valeur janv. 2026", "Valeur avr. 2026", "Pourquoi on le suit / lecture"],
    ["Sessions (GA4)", "6 850", "9 420", "Volume d'audience, ventilé par source ; hausse portée par l'organique (+98 % de clics Search Console)"],
    ["Taux d'engagement (inverse des sessions sans interaction)", "48 % (soit 52 % de sessions « rebond »)", "61 % (39 %)", "Les pages cuvées réécrites retiennent mieux ; la home reste à 55 % de sorties immédiates"],
    ["Durée d'engagement moyenne", "0 min 52 s", "1 min 31 s", "Les articles vélo/oenotourisme tirent la moyenne vers le haut (2 min 40 s)"],
    ["Vitesse d'affichage mobile (LCP, PageSpeed)", "4,2 s", "2,3 s", "Passage des visuels en WebP, suppression de 2 apps Shopify ; cible < 2,5 s atteinte"],
    ["Abandon à la création de compte", "38 %", "9 %", "Compte obligatoire supprimé en février (checkout invité)"],
    ["Abandon au formulaire de livraison", "27 %", "18 %", "Autocomplétion d'adresse ajoutée ; reste le choix du créneau de livraison"],
    ["Abandon panier (ajout → début de checkout)", "71 %", "58 %", "Franco abaissé de 150 € à 90 € ; frais affichés dès le panier"],
    ["Abandon à l'étape paiement", "22 %", "14 %", "Alma 3x et Apple Pay ajoutés ; 3-D Secure reste le principal point de sortie"],
    ["Taux de transformation", "1,31 %", "1,78 %", "Moyenne janv.-avr. 1,62 %, cible 1,7 % fin 2026"],
    ["Revenu e-shop mensuel", "6 100 €", "11 300 €", "Cumul 4 mois 36,2 k€ vs 34 k€ prévus"],
    ["Panier moyen", "68 €", "79 €", "Effet du franco à 90 € : les clients complètent leur carton"],
]

A5_LINKS = [
    ["Site référent", "Type", "Autorité (Ahrefs)", "Date", "Sessions référentes mars-avr."],
    ["saumur-valdeloire-tourisme.fr", "Office de tourisme — fiche caveau", "54", "02/2026", "162"],
    ["loire-gourmande.fr", "Blog gastronomie — article accords", "31", "03/2026", "88"],
    ["detours-de-loire.com", "Loueur vélos — page étapes", "38", "03/2026", "71"],
    ["9 gîtes Accueil Vélo", "Pages « à proximité »", "8 à 19", "02-04/2026", "64"],
    ["vigneronsindependants-loire (annuaire)", "Annuaire professionnel", "42", "01/2026", "25"],
]

A5_BEFORE_AFTER = [
    ["Mesure (Ahrefs / Search Console)", "Janv. 2026", "Mai 2026"],
    ["Domain Rating", "9", "21"],
    ["Domaines référents", "23", "61"],
    ["Requêtes en top 10", "11", "27"],
    ["Clics organiques mensuels", "1 180", "2 340"],
    ["Revenu attribué à l'organique (GA4, mensuel)", "1 050 €", "2 400 €"],
]

A6_TOOLS = [
    ["Outil", "Pourquoi ce choix", "Lien"],
    ["Google Analytics 4", "Gratuit, intégration native Shopify, suivi des étapes du checkout via les événements e-commerce", "https://analytics.google.com/analytics/web/#/p318455702/reports"],
    ["Google Search Console", "Seule source fiable des requêtes et positions réelles de Google", "https://search.google.com/search-console?resource_id=sc-domain:domainetroischenes.fr"],
    ["Semrush (Position Tracking)", "Suivi quotidien des 40 requêtes et des 4 concurrents ; déjà utilisé pour la revue concurrentielle", "https://www.semrush.com/position-tracking/campaign/8841236"],
    ["Ahrefs Webmaster Tools", "Gratuit pour son propre site, mesure des liens entrants et du Domain Rating", "https://ahrefs.com/webmaster-tools"],
    ["Looker Studio — reporting direction", "Regroupe GA4, Search Console, Google Ads et Brevo sur une page lisible par Hélène et Thomas", "https://lookerstudio.google.com/reporting/3f7c1a2e-5b9d-4c0e-9e61-trois-chenes"],
    ["Google Ads / Meta Ads Manager", "Données de coût et de ventes par campagne", "https://ads.google.com/aw/overview?ocid=5521094417"],
]


def build_annex(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Annexes - Domaine des Trois Chênes"
    cp.created = STAMP
    cp.modified = STAMP
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)

    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Domaine des Trois Chênes — Annexes à la soutenance — Antoine Leroux"
    sec.footer.paragraphs[0].text = "Données : Shopify, GA4, Search Console, Semrush, Ahrefs, Google Ads, Meta — extraction du 05/05/2026"

    def tab(rows):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Light Grid Accent 2"
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
        doc.add_paragraph()

    doc.add_heading("A1 — Plan de mots-clés : 20 requêtes prioritaires (sur 40 suivies)", level=2)
    doc.add_paragraph("Volumes et difficulté : Semrush, base France, janvier 2026. Positions : Search Console, moyenne du mois.")
    tab(A1_KEYWORDS)

    doc.add_heading("A2 — Reporting Google Ads (mars-avril 2026) et publications sponsorisées Meta", level=2)
    tab(A2_ADS)
    doc.add_paragraph("Lecture : la marque est très rentable mais protège surtout un trafic qui serait venu quand même ; "
                      "le générique Saumur-Champigny passe de 2,4 à 3,0 € de revenu par € en un mois grâce à la nouvelle page de destination. "
                      "Le groupe Crémant reste fragile (concurrence des grandes maisons sur l'enchère).")
    tab(A2_META)

    doc.add_heading("A3 — P&L prévisionnel 2026 par canal et réalisé à fin avril", level=2)
    tab(A3_PL)
    doc.add_paragraph("Marge brute e-shop retenue : 58 % (prix caveau, coût de revient bouteille + carton + transport). "
                      "Rendement réel janv.-avr. : (24 095 x 0,58 - 6 900) / 6 900 = +103 %.")

    doc.add_heading("A4 — Indicateurs de suivi du e-shop, valeurs et commentaires", level=2)
    tab(A4_METRICS)

    doc.add_heading("A5 — Liens entrants obtenus et évolution de la popularité", level=2)
    tab(A5_LINKS)
    tab(A5_BEFORE_AFTER)

    doc.add_heading("A6 — Outils de mesure : choix et accès", level=2)
    doc.add_paragraph("Critères de choix : coût (budget outils < 3 000 €/an), connexion native avec Shopify, "
                      "lisibilité pour la direction (pas plus d'une page de reporting), et fiabilité de la donnée "
                      "(on préfère la source Google pour les positions, Semrush pour les concurrents).")
    tab(A6_TOOLS)
    doc.save(path)


os.makedirs(OUT_DIR, exist_ok=True)
build_deck(os.path.join(OUT_DIR, "soutenance-trois-chenes.pptx"))
build_annex(os.path.join(OUT_DIR, "annexes-trois-chenes.docx"))
freeze_zip(os.path.join(OUT_DIR, "soutenance-trois-chenes.pptx"))
freeze_zip(os.path.join(OUT_DIR, "annexes-trois-chenes.docx"))
print("ok")
