import datetime, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from pptx import Presentation
from pptx.util import Inches, Pt as PPt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c42-ciel-ouvert")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Julien Marchetti"
FIXED = datetime.datetime(2026, 5, 18, 9, 30, 0)

# ---------------------------------------------------------------- dossier
DOSSIER = [
    ("title", "Ciel Ouvert – Dossier professionnel"),
    ("p", "Julien Marchetti – Chef de projet e-commerce en alternance – Session 2026"),
    ("p", "Entreprise d'accueil : Ciel Ouvert SAS, 14 rue Royale, 74000 Annecy"),
    ("pb", None),
    ("h1", "1. Présentation de l'entreprise"),
    ("p", "Ciel Ouvert a été créée en 2021 par Thomas Giraud, télépilote certifié (brevet de télépilote DGAC, scénarios S1/S3) après dix ans comme photographe de mariage. L'entreprise vend en ligne des prestations de prise de vue aérienne par drone : photos et vidéos de biens immobiliers, de mariages et d'événements, et reportages pour des offices de tourisme et des campings de Haute-Savoie et de Savoie. Elle compte trois personnes : Thomas (pilote et gérant), Léa Fontaine (montage vidéo et retouche, à mi-temps) et moi-même en alternance depuis septembre 2025."),
    ("p", "Le site cielouvert-drone.fr tourne sous WordPress + WooCommerce depuis 2023. Les prestations sont vendues sous forme de forfaits réservables en ligne avec un créneau de vol : « Envol » (10 photos HD, 30 min de vol, 190 € TTC), « Panorama » (25 photos + 1 vidéo de 60 s, 390 € TTC) et « Cinéma » (vidéo montée de 3 min, 2 h de tournage, 790 € TTC). Des options s'ajoutent au panier : livraison express 48 h (+49 €), vue 360° (+90 €), déplacement hors zone (0,60 €/km)."),
    ("p", "Chiffres 2025 : 148 000 € de CA dont 61 % réalisés via le site (le reste sur devis par téléphone), 412 commandes en ligne, panier moyen 219 €. Environ 3 900 visites par mois en moyenne, avec un pic en mai-juin (mariages et mise en vente de chalets avant l'été)."),
    ("p", "Ma mission : relancer les ventes en ligne auprès des particuliers et structurer les partenariats avec les professionnels de l'immobilier et du mariage."),
    ("h1", "2. Analyse du marché et des clients"),
    ("h2", "2.1 Le marché"),
    ("p", "Le marché de la prise de vue par drone en France est en croissance depuis l'assouplissement de la réglementation européenne de 2021. Beaucoup de petits acteurs indépendants se sont lancés, ce qui tire les prix vers le bas sur les prestations simples (photo de maison). En Haute-Savoie, la demande est portée par l'immobilier haut de gamme (chalets, résidences au bord du lac) et par le tourisme."),
    ("h2", "2.2 Nos clients"),
    ("p", "Nous avons trois grands types de clients :"),
    ("b", "les agences immobilières et mandataires indépendants (environ 45 % du CA) ;"),
    ("b", "les futurs mariés (30 %) ;"),
    ("b", "les acteurs du tourisme : campings, offices de tourisme, domaines skiables (25 %)."),
    ("p", "Le détail du persona principal est dans le support de soutenance."),
    ("h2", "2.3 Le parcours d'achat des futurs mariés"),
    ("p", "J'ai interrogé 11 couples clients de la saison 2025 par téléphone pour comprendre comment ils nous ont choisis. Voici ce qui ressort, étape par étape :"),
    ("n", "Le déclic : en général après avoir vu une vidéo de mariage filmée par drone chez des amis ou sur Instagram, 8 à 12 mois avant la date. Le besoin naît souvent de la mariée, qui veut « une image du lieu vu du ciel »."),
    ("n", "La recherche : Instagram et Pinterest d'abord, puis Google (« drone mariage annecy », « vidéaste drone savoie »). Les couples demandent aussi à leur wedding planner ou au domaine de réception."),
    ("n", "La comparaison : ils comparent 3 ou 4 prestataires sur le prix, les vidéos d'exemple et surtout la disponibilité à leur date. Le fait que le drone ait le droit de voler sur le lieu (zones proches de l'aéroport d'Annecy-Meythet) est une question qui revient souvent."),
    ("n", "La réservation : paiement d'un acompte de 30 % en ligne, le solde après le mariage."),
    ("n", "Après l'achat : livraison des fichiers sous 3 semaines, puis les couples partagent la vidéo et laissent (ou non) un avis Google. 5 couples sur 11 nous ont recommandés à des amis."),
    ("p", "Les freins cités : le prix jugé élevé pour « quelques minutes d'images », la peur que le drone soit bruyant pendant la cérémonie, la météo (que se passe-t-il s'il pleut ?). Les motivations : avoir des images que personne d'autre n'aura, mettre en valeur le lieu, faire plaisir à la famille."),
    ("h2", "2.4 La concurrence"),
    ("p", "Notre principal concurrent local est AirVision 74, installé à Annecy-le-Vieux depuis 2019."),
    ("tbl", [["", "AirVision 74", "Ciel Ouvert"],
             ["Offre", "Photo + vidéo, immobilier surtout", "Immobilier, mariage, tourisme"],
             ["Prix d'entrée", "150 € (8 photos)", "190 € (10 photos)"],
             ["Réservation en ligne", "Non, formulaire de devis", "Oui, créneau + paiement"],
             ["Avis Google", "4,6 / 5 (87 avis)", "4,8 / 5 (54 avis)"],
             ["Instagram", "6 200 abonnés", "2 350 abonnés"]]),
    ("p", "AirVision est moins cher et plus visible sur Instagram, mais ne permet pas de réserver en ligne. C'est notre avantage. Un comparatif plus large avec d'autres acteurs est présenté à l'oral."),
    ("h2", "2.4 bis Ce que disent les avis"),
    ("p", "J'ai relu nos 54 avis Google et les 87 avis d'AirVision 74 pour voir ce que les clients retiennent. Chez nous, les mots qui reviennent le plus sont « réactivité », « qualité des images », « réservation simple ». Les reproches : le délai de livraison des vidéos (3 semaines jugées longues par 6 clients) et l'absence de tarif clair pour les déplacements en Savoie. Chez AirVision, les clients apprécient les prix mais plusieurs se plaignent de ne pas avoir eu de réponse à leur demande de devis avant plusieurs jours. Cela confirme que la réservation en ligne immédiate est un argument à mettre davantage en avant."),
    ("h2", "2.5 Diagnostic"),
    ("p", "Le tableau forces / faiblesses est présenté dans la soutenance (diapositive 5). En résumé : nous avons une vraie expertise de pilotage et un site qui permet de réserver, mais notre notoriété reste faible en dehors du bassin annécien."),
    ("pb", None),
    ("h1", "3. Stratégie webmarketing"),
    ("h2", "3.1 Objectifs"),
    ("p", "Pour 2026 nous voulons :"),
    ("b", "augmenter notre visibilité sur Google et Instagram ;"),
    ("b", "développer les ventes en ligne auprès des particuliers, surtout les mariés ;"),
    ("b", "fidéliser les agences immobilières ;"),
    ("b", "mieux nous faire connaître en Savoie (Chambéry, Aix-les-Bains)."),
    ("h2", "3.2 Cibles"),
    ("p", "Nous concentrons l'effort 2026 sur deux segments : les couples qui se marient en Savoie / Haute-Savoie entre mai et septembre (budget mariage moyen 18 000 €, 25-35 ans, CSP+) et les mandataires immobiliers indépendants (IAD, SAFTI, Capifrance) qui n'ont pas de photographe attitré et vendent des biens au-dessus de 400 000 €. Les offices de tourisme restent traités sur devis, sans action marketing dédiée."),
    ("h2", "3.3 Leviers"),
    ("p", "Les leviers que nous allons utiliser :"),
    ("b", "SEO : optimiser les pages forfaits et créer des pages par ville (Annecy, Chambéry, Megève…)"),
    ("b", "Google Ads sur les requêtes « drone mariage » et « photo drone immobilier »"),
    ("b", "Instagram et TikTok : publier les meilleures vidéos en Reels"),
    ("b", "Emailing avec Brevo vers les agences"),
    ("b", "Pinterest pour les mariés"),
    ("b", "Google Business Profile (avis)"),
    ("b", "Salons du mariage (Annecy en janvier, Chambéry en février)"),
    ("b", "Etc."),
    ("h2", "3.4 Planning"),
    ("p", "Le planning tient compte de la saisonnalité : les couples réservent entre octobre et mars pour l'été suivant, donc les actions vers les mariés doivent démarrer à l'automne. Pour l'immobilier, le pic de mises en vente se situe en mars-avril et en septembre."),
    ("tbl", [["Action", "Période", "Responsable"],
             ["Refonte pages forfaits + pages villes", "Janvier – février 2026", "Julien"],
             ["Salon du mariage Annecy", "24-25 janvier 2026", "Thomas, Léa"],
             ["Google Ads mariage", "Février – avril 2026", "Julien"],
             ["Campagne emailing agences", "Mars 2026 puis septembre 2026", "Julien"],
             ["Reels Instagram / TikTok", "Toute l'année, 2 par semaine", "Léa"],
             ["Pinterest mariage", "À partir d'octobre 2026", "Julien"]]),
    ("p", "Les durées de chaque action restent à préciser avec Thomas."),
    ("h2", "3.5 Partenariats"),
    ("p", "Nous avons repéré les professionnels qui travaillent avec les mêmes clients que nous, au moment où ils ont besoin de nous :"),
    ("b", "wedding planners de Haute-Savoie (Les Jours Heureux, Maison Alba) : ils conseillent les couples au moment où ils choisissent les prestataires, et leurs clients ont le même budget que notre cible ;"),
    ("b", "domaines de réception (Château de Menthon, Domaine de la Tour) : ils pourraient proposer notre forfait dans leur pack ;"),
    ("b", "réseaux de mandataires immobiliers : leurs conseillers réservent en ligne, comme nos clients particuliers ;"),
    ("b", "loueurs de chalets haut de gamme à Megève et Chamonix."),
    ("h2", "3.6 Budget"),
    ("p", "Budget prévisionnel marketing 2026 :"),
    ("tbl", [["Poste", "Montant prévu"],
             ["Google Ads", "2 400 €"],
             ["Salons (stands)", "1 650 €"],
             ["Brevo (abonnement Starter)", "300 €"],
             ["Sponsorisation Instagram", "900 €"],
             ["Rédaction pages SEO (freelance)", "1 200 €"],
             ["Total", "6 450 €"]]),
    ("p", "Le retour sur investissement de ces actions sera calculé en fin de saison, quand nous aurons les chiffres de ventes 2026."),
    ("pb", None),
    ("h1", "4. Mise en œuvre de la communication"),
    ("h2", "4.1 Campagne « Votre mariage vu du ciel »"),
    ("p", "La première campagne lancée en février 2026 vise les couples qui se marient en 2026 et n'ont pas encore réservé de vidéaste. L'objectif est de vendre 40 forfaits mariage en ligne avant le 30 avril, en cohérence avec la volonté de Thomas de faire du mariage 35 % du CA d'ici 2027. Supports utilisés : annonces Google Ads, Reels sponsorisés sur Instagram, page d'atterrissage dédiée et flyers remis au salon. Le détail cible / message / canal est présenté dans la soutenance."),
    ("p", "Pour les agences immobilières, j'ai préparé une campagne emailing sous Brevo : fichier de 640 contacts de mandataires et d'agences de Haute-Savoie et Savoie constitué à partir de leurs sites publics et de nos anciens clients, trois envois en mars (présentation de l'offre, exemple avant/après d'une annonce de chalet, offre de lancement -15 % sur le premier forfait). Le premier envoi du 10 mars a eu un taux d'ouverture de 34 % et 22 clics. Il faudra vérifier avec Thomas que ce fichier respecte bien les règles de prospection B2B."),
    ("p", "Une landing page dédiée a été créée pour la campagne mariage (cielouvert-drone.fr/mariage-vu-du-ciel) avec trois vidéos d'exemple, une FAQ (bruit, météo, autorisations de vol) et le calendrier des dates encore disponibles pour l'été 2026. Le bouton de réservation mène directement au forfait Panorama."),
    ("h2", "4.2 Partenaires"),
    ("p", "Pour cette campagne, nous avons choisi deux wedding planners (Les Jours Heureux et Maison Alba) et un blog mariage régional, « Oui en Savoie », qui publie un annuaire de prestataires. Le choix s'explique : leurs lecteurs et clients sont exactement les couples qui organisent un mariage en montagne ou au bord du lac, et ils recommandent déjà des photographes. Nous leur versons 10 % de commission sur les forfaits réservés avec leur code."),
    ("h2", "4.3 Chat en ligne"),
    ("p", "Nous avons installé Crisp (version gratuite) sur le site en novembre 2025. Le widget est affiché sur les pages forfaits et sur le panier. Je réponds aux messages en semaine de 9 h à 18 h, et Thomas depuis l'appli mobile le week-end. J'ai préparé des réponses rapides (« shortcuts ») pour les questions fréquentes : météo, zones interdites, délais de livraison."),
    ("p", "Exemple de conversation (anonymisée) qui a abouti à une vente :"),
    ("q", "Visiteur (14/02/2026, 21:04) : Bonjour, vous pouvez voler au-dessus du lac à Talloires ? On se marie le 12 juillet."),
    ("q", "Julien (21:06) : Bonsoir ! Oui, Talloires est hors zone réglementée, nous y avons volé plusieurs fois l'été dernier. Le 12 juillet est encore libre. Vous pensiez plutôt photos ou vidéo ?"),
    ("q", "Visiteur (21:08) : Vidéo, mais on a peur du bruit pendant la cérémonie."),
    ("q", "Julien (21:09) : Nous ne volons jamais pendant l'échange des vœux : le drone décolle à la sortie de la cérémonie et pendant le vin d'honneur. Le forfait Panorama est le plus demandé pour les mariages, je vous mets le lien : cielouvert-drone.fr/forfait-panorama"),
    ("q", "Visiteur (21:15) : Parfait, on réserve."),
    ("p", "La commande Panorama + option 360° (480 €) a été passée à 21 h 22."),
    ("p", "Statistiques Crisp depuis l'installation (novembre 2025 – avril 2026) : 186 conversations, délai de première réponse moyen 11 minutes."),
    ("h2", "4.4 Réseaux sociaux"),
    ("p", "Nous publions deux Reels par semaine sur Instagram (montés par Léa sur DaVinci Resolve) et avons ouvert un compte TikTok en janvier. Nous utilisons Meta Business Suite pour programmer les publications, et nous répondons à tous les commentaires dans la journée. Nous avons organisé en mars un jeu-concours « Votre maison vue du ciel » (un forfait Envol à gagner) : participation en commentant et en identifiant deux amis. L'évolution des abonnés est présentée en soutenance."),
    ("h2", "4.5 Mise en avant des forfaits sur le site"),
    ("p", "Dans WooCommerce, j'ai utilisé plusieurs fonctions pour pousser les forfaits :"),
    ("b", "la case « Produit mis en avant » (étoile dans la liste des produits) pour faire remonter le forfait Panorama dans le bloc « Nos formules » de la page d'accueil ;"),
    ("b", "les produits liés « Ventes croisées » : l'option 360° est proposée dans le panier quand un forfait Panorama ou Cinéma y est ajouté ;"),
    ("b", "un prix barré (« prix promo » planifié du 1er au 28 février) sur le forfait Envol pour la Saint-Valentin."),
    ("p", "Les emplacements où nous mettons en avant les offres : la bannière de la page d'accueil, la page « Mariage », le panier (ventes croisées), et le pied des articles de blog."),
    ("h2", "4.6 Paiement"),
    ("p", "Le paiement par carte est assuré par Stripe via l'extension officielle WooCommerce Stripe Gateway, avec 3D Secure activé. Apple Pay et Google Pay sont activés depuis janvier. J'ai testé un paiement complet sur ordinateur (Chrome) et sur iPhone (Safari) en mode test puis en réel avec une carte de l'entreprise (remboursé). Les logos Visa / Mastercard et la mention « Paiement sécurisé par Stripe » apparaissent sous le bouton de commande."),
    ("p", "Pour les forfaits Cinéma, on pourrait proposer le paiement en plusieurs fois (Alma ou Oney), à étudier."),
    ("h2", "4.7 Fidélisation"),
    ("p", "Les dispositifs possibles : carte de fidélité, programme de points, parrainage, newsletter, remises pour les professionnels. Nous avons choisi le parrainage pour les particuliers : un couple marié est rarement client deux fois, mais il connaît d'autres couples qui vont se marier. Chaque client reçoit avec ses fichiers un code qui donne 30 € de réduction à son filleul et 30 € en bon d'achat (tirage photo grand format) au parrain. Pour les agences immobilières, une remise de 10 % s'applique à partir de 5 forfaits par trimestre."),
    ("h2", "4.8 Avis clients"),
    ("p", "Depuis janvier, un email automatique part 5 jours après la livraison des fichiers pour demander un avis Google, avec le lien direct. Nous sommes passés de 41 avis fin 2025 à 54 avis fin avril. Thomas répond personnellement à chaque avis, y compris aux deux avis négatifs reçus (retard de livraison en août 2025)."),
    ("h1", "5. Bilan et suite"),
    ("p", "La campagne mariage est encore en cours au moment où j'écris ce dossier. Les premiers résultats sont encourageants. Il faudra faire un point avec Thomas en mai pour décider de la suite, notamment sur le budget Google Ads."),
]

def build_docx():
    doc = Document()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.title = "Dossier professionnel – Ciel Ouvert"
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Ciel Ouvert – Julien Marchetti"
    for kind, val in DOSSIER:
        if kind == "title":
            doc.add_heading(val, 0)
        elif kind == "h1":
            doc.add_heading(val, 1)
        elif kind == "h2":
            doc.add_heading(val, 2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "b":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "n":
            doc.add_paragraph(val, style="List Number")
        elif kind == "q":
            p = doc.add_paragraph(val)
            p.paragraph_format.left_indent = Cm(1)
            p.runs[0].italic = True
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "tbl":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
    doc.save(os.path.join(OUT, "dossier.docx"))

# ---------------------------------------------------------------- soutenance
SLIDES = [
    {"title": "Ciel Ouvert – Relancer la vente en ligne de prises de vue par drone",
     "bullets": ["Julien Marchetti", "Soutenance RNCP Chef de projet e-commerce – mai 2026", "Tuteur : Thomas Giraud, gérant"],
     "notes": "Se présenter, 30 secondes maximum. Rappeler que je suis en alternance depuis septembre."},
    {"title": "L'entreprise en chiffres",
     "bullets": ["Créée en 2021 à Annecy – 3 personnes", "148 k€ de CA 2025, dont 61 % en ligne", "412 commandes en ligne, panier moyen 219 €", "3 forfaits : Envol 190 € / Panorama 390 € / Cinéma 790 €"]},
    {"title": "Persona : Camille, future mariée",
     "group": [("Qui ?", "29 ans, infirmière à Chambéry, mariage prévu le 5 juillet 2026 au bord du lac du Bourget, 110 invités, budget 20 000 €"),
               ("Ce qu'elle veut", "Des images « que personne d'autre n'aura », un souvenir pour les grands-parents, montrer la beauté du lieu"),
               ("Ce qui la freine", "Le prix pour quelques minutes de vidéo, la peur du bruit pendant la cérémonie, la météo incertaine"),
               ("Où elle s'informe", "Instagram, Pinterest, groupes Facebook « Mariage Savoie 2026 », conseils de sa wedding planner")],
     "notes": "Persona construit à partir des 11 entretiens téléphoniques avec les couples 2025."},
    {"title": "Benchmark",
     "table": [["", "Ciel Ouvert", "AirVision 74", "Drone Alpes Prod", "HautVol Studio"],
               ["Implantation", "Annecy", "Annecy-le-Vieux", "Chambéry", "Lyon (déplacements)"],
               ["Prix d'entrée", "190 €", "150 €", "220 €", "290 €"],
               ["Vidéo mariage", "390 – 790 €", "450 €", "Non", "1 200 €"],
               ["Réservation en ligne", "Oui", "Non", "Non", "Oui"],
               ["Note Google", "4,8 (54)", "4,6 (87)", "4,3 (21)", "4,9 (140)"],
               ["Instagram", "2 350", "6 200", "900", "18 400"]],
     "notes": "Insister : nous sommes les seuls en local à proposer réservation + paiement en ligne. HautVol est sur le haut de gamme, pas la même cible."},
    {"title": "Forces / faiblesses / opportunités / menaces",
     "table": [["Forces", "Faiblesses"],
               ["Pilote certifié S1/S3, 10 ans de photo\nRéservation et paiement en ligne\nNote Google 4,8", "Faible notoriété hors Annecy\nÉquipe de 3, saisonnalité forte\nPeu de contenus sur Instagram"],
               ["Opportunités", "Menaces"],
               ["Marché du mariage en montagne en hausse\nDemande des mandataires pour les biens haut de gamme\nTikTok encore peu investi par les concurrents", "Arrivée de pilotes amateurs à bas prix\nRestrictions de vol (zones aéroport, parcs)\nMétéo"]],
     "notes": "Pas eu le temps d'en tirer des axes, je le dirai à l'oral."},
    {"title": "Nos objectifs 2026",
     "bullets": ["Plus de visibilité sur Google et Instagram", "Plus de ventes en ligne aux particuliers", "Fidéliser les agences", "S'étendre vers Chambéry et Aix-les-Bains"]},
    {"title": "Campagne « Votre mariage vu du ciel »",
     "table": [["Objectif", "Cible", "Message", "Canaux"],
               ["40 forfaits mariage vendus en ligne avant le 30/04/2026", "Couples mariés en 2026 en Savoie / Haute-Savoie, sans vidéaste", "« Votre lieu comme vous ne l'avez jamais vu »", "Google Ads, Reels sponsorisés, landing page, salon"],
               ["+1 000 abonnés Instagram", "Couples 25-35 ans, fiancés récents", "Coulisses de tournage, avant/après montage", "Instagram, TikTok"],
               ["10 agences qui réservent au moins 1 forfait / trimestre", "Mandataires indépendants, biens > 400 k€", "« Vendez plus vite avec des images aériennes »", "Emailing Brevo, LinkedIn"]],
     "notes": "Objectif mariage décidé avec Thomas : le mariage doit passer à 35 % du CA en 2027."},
    {"title": "Partenaires de la campagne",
     "bullets": ["Les Jours Heureux (wedding planner, Annecy) – 10 % de commission", "Maison Alba (wedding planner, Aix-les-Bains) – 10 % de commission", "Blog « Oui en Savoie » – fiche annuaire + article sponsorisé (150 €)", "Codes promo dédiés pour suivre les ventes de chaque partenaire"]},
    {"title": "Chat en ligne avec Crisp",
     "bullets": ["Installé en novembre 2025 sur pages forfaits et panier", "186 conversations en 6 mois", "Délai moyen de première réponse : 11 min", "Réponses rapides : météo, zones de vol, délais"],
     "notes": "Montrer la capture de la conversation Talloires si on me la demande."},
    {"title": "Instagram : résultats",
     "table": [["", "Décembre 2025", "Avril 2026"],
               ["Abonnés", "2 350", "3 120"],
               ["Portée moyenne d'un Reel", "1 800", "4 600"],
               ["Taux d'engagement", "3,1 %", "4,7 %"],
               ["Mentions / partages par mois", "12", "41"]],
     "notes": "Le jeu-concours de mars a apporté à lui seul environ 400 abonnés. Une partie risque de se désabonner."},
    {"title": "Mise en avant dans WooCommerce",
     "bullets": ["Produit mis en avant : Panorama en page d'accueil", "Ventes croisées : option 360° dans le panier", "Prix barré planifié pour la Saint-Valentin", "Figure : capture du panier avec la suggestion 360° (voir dossier)"]},
    {"title": "Paiement et fidélisation",
     "bullets": ["Stripe + 3D Secure, Apple Pay, Google Pay", "Tests OK sur ordinateur et iPhone", "Parrainage : 30 € pour le filleul, 30 € en tirage photo pour le parrain", "Remise agences : -10 % dès 5 forfaits / trimestre"]},
    {"title": "Budget",
     "bullets": ["Total prévu 2026 : 6 450 €", "Google Ads 2 400 € – Salons 1 650 € – Rédaction SEO 1 200 €", "Instagram sponsorisé 900 € – Brevo 300 €", "ROI à calculer en fin de saison"]},
    {"title": "Conclusion et prochaines étapes",
     "bullets": ["Point avec Thomas fin mai sur les résultats de la campagne mariage", "Lancer Pinterest à l'automne", "Étudier le paiement en 3 fois pour le forfait Cinéma", "Merci de votre attention !"]},
]

def build_pptx():
    prs = Presentation()
    cp = prs.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = "Soutenance – Ciel Ouvert"
    for i, s in enumerate(SLIDES):
        layout = prs.slide_layouts[0] if i == 0 else (prs.slide_layouts[1] if "bullets" in s else prs.slide_layouts[5])
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = s["title"]
        if "bullets" in s:
            body = slide.placeholders[1]
            tf = body.text_frame
            tf.text = s["bullets"][0]
            for b in s["bullets"][1:]:
                tf.add_paragraph().text = b
        if "table" in s:
            rows, cols = len(s["table"]), len(s["table"][0])
            shp = slide.shapes.add_table(rows, cols, Inches(0.4), Inches(1.6), Inches(9.2), Inches(0.5) * rows)
            for r, row in enumerate(s["table"]):
                for c, txt in enumerate(row):
                    cell = shp.table.cell(r, c)
                    cell.text = txt
                    for p in cell.text_frame.paragraphs:
                        for run in p.runs:
                            run.font.size = PPt(12)
        if "group" in s:
            grp = slide.shapes.add_group_shape()
            for k, (head, txt) in enumerate(s["group"]):
                x = Inches(0.4 + (k % 2) * 4.7)
                y = Inches(1.7 + (k // 2) * 2.6)
                tb = grp.shapes.add_textbox(x, y, Inches(4.4), Inches(2.4))
                tf = tb.text_frame
                tf.word_wrap = True
                tf.text = head
                tf.paragraphs[0].runs[0].font.bold = True
                tf.paragraphs[0].runs[0].font.size = PPt(16)
                p = tf.add_paragraph()
                p.text = txt
                p.runs[0].font.size = PPt(13)
        if "notes" in s:
            slide.notes_slide.notes_text_frame.text = s["notes"]
    prs.save(os.path.join(OUT, "soutenance.pptx"))

build_docx()
build_pptx()
