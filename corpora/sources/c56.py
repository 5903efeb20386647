"""Génère le dossier professionnel de Thomas Guéguen pour Le Labyrinthe (escape game, Rennes)."""
import datetime
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c56-escape-labyrinthe")
OUT_FILE = os.path.join(OUT_DIR, "labyrinthe-dossier-professionnel.docx")
AUTHOR = "Thomas Guéguen"
VERT = RGBColor(0x1F, 0x4E, 0x3D)

# ---------------------------------------------------------------- contenu

SOMMAIRE = [
    ("Introduction – Le Labyrinthe et ma mission", "3"),
    ("1. Stratégie webmarketing", "4"),
    ("   1.1 Clientèles, motivations et freins", "4"),
    ("   1.2 Parcours d'achat d'un bon cadeau", "4"),
    ("   1.3 Benchmark des escape games rennais", "5"),
    ("   1.4 SWOT et décisions", "5"),
    ("   1.5 Objectifs, cibles et leviers", "6"),
    ("   1.6 Planning stratégique 2025-2026", "7"),
    ("   1.7 Alliances et partenariats", "7"),
    ("   1.8 Bilan de la campagne de Noël 2024", "8"),
    ("   1.9 Budget prévisionnel et rentabilité", "9"),
    ("2. Animation des communautés et des ventes", "9"),
    ("   2.1 Campagne Fête des pères 2025", "9"),
    ("   2.2 Relais d'information", "10"),
    ("   2.3 Chat en direct", "10"),
    ("   2.4 Réseaux sociaux", "11"),
    ("   2.5 Mise en avant des offres", "11"),
    ("   2.6 Paiement", "12"),
    ("   2.7 Solutions de financement", "12"),
    ("   2.8 Fidélisation", "13"),
    ("3. Pilotage du projet « Résa 2025 »", "13"),
    ("   3.1 Cahier des charges", "13"),
    ("   3.2 Choix du prestataire", "14"),
    ("   3.3 Conformité juridique", "14"),
    ("   3.4 Animation de l'équipe", "16"),
    ("   3.5 Logistique des coffrets cadeaux", "16"),
    ("Annexes", "18"),
]

INTRO = [
    "Le Labyrinthe est un escape game installé depuis 2019 au 12 rue Saint-Hélier à Rennes, à "
    "six minutes à pied de la gare. La SAS a été créée par Yann et Gaëlle Le Bihan ; elle exploite "
    "quatre salles : « Le Manoir d'Aubépine » (frisson, 2 à 6 joueurs), « Opération Vilaine » "
    "(espionnage, 3 à 7), « Le Cabinet du Docteur Ker » (le plus difficile, 4 à 8) et, depuis mars "
    "2025, « La Cale du Corsaire », pensée pour les familles avec enfants dès 8 ans.",
    "En 2024, l'entreprise a accueilli 9 930 joueurs sur 2 310 sessions, pour un chiffre d'affaires "
    "de 312 400 € HT. Le prix dégressif va de 34 € par personne à deux joueurs à 23 € à partir de six ; "
    "le panier moyen par session est de 118 € TTC. Les bons cadeaux représentent 24 % du CA, le team "
    "building 21 %. 91 % des réservations se font en ligne, via le module Bookeo intégré en iframe "
    "dans un site WordPress / WooCommerce (la boutique WooCommerce ne sert qu'aux bons cadeaux).",
    "L'équipe compte huit personnes : Yann (gérant, finances), Gaëlle (accueil, planning, achats), six "
    "game masters à temps partiel (Maël, Jade, Romain, Clémence, Nolan, Inès) et moi-même, alternant "
    "chef de projet e-commerce depuis octobre 2024. Ma mission : construire la stratégie webmarketing "
    "2025-2026, développer les ventes de bons cadeaux et piloter le remplacement du module de "
    "réservation (projet interne « Résa 2025 »).",
]

SEGMENTS = [
    ["Segment", "Poids dans le CA 2024", "Motivations", "Freins"],
    ["Groupes d'amis 20-35 ans (anniversaires, EVJF/EVG)", "38 %",
     "Sortie originale, moment partagé, photo de groupe à poster, défi (battre le record de la salle)",
     "Prix par personne vu comme élevé pour des étudiants ; peur de « rester bloqués » ; difficulté à caler une date à 6"],
    ["Familles avec enfants 8-15 ans", "11 % (en hausse depuis la Cale du Corsaire)",
     "Activité intérieure pendant les vacances et quand il pleut (souvent à Rennes), faire équipe avec les ados",
     "Doute sur l'âge minimum, peur que ce soit effrayant, budget famille de 4-5 personnes"],
    ["Entreprises (team building, séminaires)", "21 %",
     "Cohésion d'équipe, activité courte intégrable à un séminaire, débrief possible",
     "Besoin de devis et facture, capacité (groupes de 20 à 40 personnes), délais de validation interne"],
    ["Offreurs de bons cadeaux", "24 %",
     "Cadeau « expérience » plutôt qu'objet, original, à offrir à un couple ou une bande d'amis",
     "Peur que le bénéficiaire ne l'utilise pas (validité), ne pas connaître le nombre de joueurs, délai de réception avant la fête"],
    ["Touristes et visiteurs de passage", "6 %",
     "Activité en ville un jour de pluie, proximité gare",
     "Salles seulement en français jusqu'en 2025, découverte de dernière minute"],
]

PARCOURS = [
    ["Étape", "Ce que fait l'offreur de bon cadeau", "Points de contact Labyrinthe", "Ce que nous faisons"],
    ["Déclenchement du besoin", "Un anniversaire, Noël, la fête des pères approchent ; il cherche « une idée de cadeau original à Rennes ».",
     "Google, Instagram, bouche-à-oreille", "Publications « idées cadeaux » 3 semaines avant chaque fête, annonces Google sur « cadeau original rennes »"],
    ["Recherche d'informations", "Il compare les activités (escape game, karting, atelier cuisine) et lit les avis.",
     "Fiche Google Business (804 avis, 4,9/5), page Bons cadeaux, blogs sorties", "Fiche Google tenue à jour, réponses à 100 % des avis, page « Offrir » en une seule page"],
    ["Évaluation des offres", "Il compare prix, validité, possibilité de changer de salle, format (PDF ou coffret).",
     "Page Bons cadeaux, chat Crisp", "Tableau comparatif bon valeur / bon salle, validité 12 mois affichée en gros, chat pour les questions"],
    ["Achat", "Il paie en ligne et veut recevoir le bon tout de suite (ou un coffret si c'est pour Noël).",
     "Boutique WooCommerce, Stripe / PayPal, e-mail de confirmation", "PDF personnalisable envoyé en moins de 2 minutes, coffret expédié sous 48 h"],
    ["Après l'achat", "Le bénéficiaire réserve (ou pas), l'offreur attend de savoir si le cadeau a plu.",
     "E-mail bénéficiaire, relances Brevo, avis Google", "Relances automatiques à 3, 6 et 10 mois si le bon n'est pas utilisé ; e-mail de remerciement à l'offreur après la partie"],
]

BENCH = [
    ["Critère", "Le Labyrinthe", "Enigma Factory (Rennes centre)", "Lock'n Go (franchise, Rennes Sud)", "Le Coffre de Cesson", "Quest Room Bretagne (St-Grégoire)"],
    ["Nombre de salles", "4", "5", "4", "3", "6 dont 2 en réalité virtuelle"],
    ["Prix / pers. à 4 joueurs", "27 €", "26 €", "29 €", "24 €", "28 € (VR 32 €)"],
    ["Note Google (nb d'avis)", "4,9 (804)", "4,8 (1 210)", "4,6 (530)", "4,7 (212)", "4,8 (970)"],
    ["Réservation en ligne", "Bookeo en iframe, 5 étapes, pas de paiement Apple Pay", "Module natif, 3 étapes", "Outil de la franchise, paiement acompte", "Téléphone + formulaire", "Module natif, paiement partagé entre joueurs"],
    ["Bons cadeaux", "PDF + coffret, validité 12 mois", "PDF uniquement, 6 mois", "PDF, 12 mois", "Papier au comptoir", "PDF + coffret, 12 mois, personnalisation photo"],
    ["Offre entreprises", "Page dédiée, devis sous 48 h", "Offre séminaire avec salle de réunion", "Offre nationale (grands comptes)", "Non", "Offre team building + traiteur"],
    ["Instagram (abonnés)", "6 900", "11 400", "3 100 (compte local)", "900", "8 200"],
    ["Langues", "FR (EN en cours)", "FR / EN", "FR / EN / ES", "FR", "FR / EN"],
    ["Ce qu'on retient", "—", "Leur tunnel de réservation en 3 étapes : notre priorité technique", "Force de la marque nationale, mais peu d'ancrage local", "Concurrent prix, faible en ligne", "Le paiement partagé plaît aux groupes d'amis : à étudier"],
]

SWOT = [
    ("FORCES", "Meilleure note Google de Rennes (4,9) • Scénarios originaux écrits en interne • Emplacement près de la gare • Quatre univers dont un familial • Équipe de game masters stable et appréciée"),
    ("FAIBLESSES", "Réservation en 5 étapes avec iframe (31 % d'abandon à l'étape paiement) • Site seulement en français • Pas d'espace pour les grands groupes (> 26 joueurs en simultané) • Visibilité organique faible hors requête « escape game rennes »"),
    ("OPPORTUNITÉS", "Marché du cadeau « expérience » en croissance • 2 000 étudiants internationaux et tourisme d'affaires autour de la gare • CSE qui cherchent des activités locales • Pluie et vacances scolaires : forte demande intérieure"),
    ("MENACES", "Ouverture annoncée d'un second site Enigma Factory en 2026 • Hausse des CPC Google Ads en décembre • Loyer révisé +6 % • Lassitude possible des joueurs réguliers qui ont fait toutes les salles"),
]

SWOT_DECISIONS = [
    ["Croisement", "Décision retenue", "Priorité"],
    ["Forces × Opportunités", "Capitaliser sur les avis 4,9 dans toutes les annonces bons cadeaux et cibler les CSE rennais", "1"],
    ["Faiblesses × Opportunités", "Remplacer le module de réservation (3 étapes, Apple Pay, paiement partagé) et traduire le site en anglais", "1"],
    ["Forces × Menaces", "Créer un programme pour les joueurs réguliers (Pass 4 salles) avant l'arrivée du 2e Enigma Factory", "2"],
    ["Faiblesses × Menaces", "Réduire la dépendance à Google Ads en décembre en travaillant le SEO local dès l'été", "2"],
]

OBJECTIFS = [
    ["Objectif (échéance 30/06/2026)", "Valeur 2024", "Cible", "Indicateur / outil"],
    ["Augmenter le CA total", "312 400 € HT", "355 000 € HT (+13,6 %)", "Comptabilité, Bookeo"],
    ["Développer les bons cadeaux", "1 690 bons, 75 000 € HT", "2 200 bons, 98 000 € HT", "WooCommerce"],
    ["Réduire l'abandon dans la réservation", "31 % à l'étape paiement", "< 15 %", "GA4 (entonnoir)"],
    ["Développer le team building", "58 événements", "75 événements", "Devis signés (Pipedrive)"],
    ["Taux de remplissage des créneaux", "61 %", "68 %", "Bookeo"],
]

LEVIERS = [
    ["Ordre", "Levier", "Pourquoi à ce moment-là", "Cible principale"],
    ["1 (dès janvier 2025)", "Référencement naturel local : fiche Google Business, pages salles, page « Offrir », articles", "Effet lent : doit être prêt avant la saison des bons cadeaux (novembre)", "Tous, surtout offreurs et touristes"],
    ["2 (février)", "Emailing Brevo (base de 7 800 contacts, dont 5 100 opt-in)", "Outil déjà payé, rentabilité immédiate sur les anciens joueurs", "Anciens joueurs, offreurs"],
    ["3 (mars, ouverture de la Cale)", "Réseaux sociaux : Instagram, Facebook, TikTok ; LinkedIn pour le B2B", "Lancement de la nouvelle salle, contenus visuels faciles à produire", "Amis 20-35, familles"],
    ["4 (en continu, renforcé aux fêtes)", "Référencement payant Google Ads", "Capter la demande chaude « escape game rennes », « cadeau original rennes »", "Offreurs, groupes d'amis"],
    ["5 (septembre)", "Affiliation via plateformes CSE et box cadeaux", "Rentrée = période où les CSE préparent Noël", "Salariés, entreprises"],
    ["6 (novembre-décembre)", "E-publicité : display Ouest-France numérique et Meta Ads", "Pic d'achat des bons cadeaux", "Offreurs 30-55 ans"],
]

PLANNING = [
    ["Période", "Actions", "Justification au regard de l'activité", "Charge estimée", "Responsable"],
    ["Sept. 2025", "Brief agence Résa 2025, démarchage 15 CSE, article « team building Rennes »", "Rentrée : les entreprises planifient séminaires et Noël", "6 j", "Thomas, Yann"],
    ["Oct. 2025", "Recette du nouveau module, Halloween sur le Manoir, campagne Instagram familles", "Vacances de la Toussaint (19/10-03/11) : pic familles ; Halloween colle au Manoir", "8 j", "Thomas, Gaëlle, agence"],
    ["Nov. 2025", "Mise en ligne Résa 2025 (avant le 03/11), campagne bons cadeaux Noël (Google Ads, Meta, newsletter x3)", "42 % des bons de l'année sont vendus entre le 15/11 et le 24/12", "10 j", "Thomas"],
    ["Déc. 2025", "Coffrets (préparation, expédition), chat renforcé, relance J-5 « bon PDF immédiat »", "Derniers jours : seuls les bons PDF sont encore livrables", "12 j (dont 5 j logistique)", "Thomas, Gaëlle, Inès"],
    ["Janv. 2026", "Bilan Noël, relance des bénéficiaires, offre « Blue Monday »", "Creux de fréquentation, bénéficiaires de bons à activer", "4 j", "Thomas"],
    ["Févr. 2026", "Saint-Valentin (offre duo), vacances d'hiver familles", "Duo = créneaux en semaine peu remplis", "4 j", "Thomas, Jade"],
    ["Mars-avr. 2026", "1 an de la Cale du Corsaire, jeu concours, version anglaise du site", "Anniversaire de la salle, arrivée des touristes au printemps", "7 j", "Thomas, agence"],
    ["Mai-juin 2026", "Fête des mères / pères, EVJF, bilan annuel", "Saison des EVJF et des fêtes familiales", "6 j", "Thomas, Yann"],
]

PARTENAIRES_STRAT = [
    ["Partenaire potentiel", "Secteur", "Clientèle commune", "Mode de consommation compatible", "Image / cohérence", "Action envisagée"],
    ["Brasserie La Mouette (rue Saint-Hélier)", "Bar-restaurant", "Groupes d'amis 20-35, afterworks", "Sortie du soir, avant ou après la partie", "Lieu convivial, indépendant, même quartier", "Formule « Énigme + planche » à 39 €, flyers croisés"],
    ["Hôtel Le Parc Oberthur (Ibis Styles)", "Hôtellerie", "Touristes, séminaires", "Séjour de 1-2 nuits, cherche une activité", "Cible affaires cohérente, image sérieuse", "Code promo -10 % en chambre, offre séminaire commune"],
    ["Ludothèque Le Dé Breton", "Boutique de jeux de société", "Familles, joueurs passionnés", "Loisir ludique, achat cadeau", "Très cohérente : culture du jeu", "Énigme cachée en boutique, coffret commun à Noël"],
    ["Plateforme AvantagesCE Ouest", "Billetterie CSE", "Salariés de 240 entreprises bretonnes", "Achat en ligne de loisirs à prix réduit", "Neutre, volume important", "Bons à 24 € pour les CSE (commission 12 %)"],
    ["Laser Game Évolution Rennes", "Loisirs", "Anniversaires, EVG", "Sortie de groupe le samedi", "Risque : image « enfants / bruyante »", "Écarté pour l'instant"],
    ["Office de tourisme Destination Rennes", "Tourisme", "Visiteurs, congressistes", "Recherche d'activité sur place", "Caution institutionnelle", "Référencement dans le guide « Rennes par temps de pluie »"],
]

NOEL = [
    ["Indicateur", "15/11-24/12/2023 (avant)", "15/11-24/12/2024 (après)", "Évolution"],
    ["Bons cadeaux vendus", "412", "655", "+59 %"],
    ["CA bons cadeaux HT", "21 800 €", "36 400 €", "+67 %"],
    ["Sessions sur la page Offrir", "9 850", "14 300", "+45 %"],
    ["Taux de conversion page Offrir", "2,1 %", "3,4 %", "+1,3 pt"],
    ["Part des coffrets physiques", "14 %", "22 %", "+8 pts"],
    ["Dépenses de la campagne", "600 € (Google Ads seul)", "2 150 €", "+1 550 €"],
]

BUDGET = [
    ["Levier", "Postes de dépense", "Dépense prévue", "Recette attendue (CA HT)", "ROI prévisionnel"],
    ["SEO local", "Rédactrice freelance (8 articles), photos des salles, outil Semrush (6 mois)", "2 900 €", "14 000 €", "+383 %"],
    ["Emailing", "Brevo Starter (12 mois), visuels", "420 €", "11 500 €", "+2 638 %"],
    ["Réseaux sociaux", "Sessions offertes aux créateurs (30 x 25 €), concours, Meta Ads hors Noël", "2 100 €", "6 800 €", "+224 %"],
    ["Google Ads", "Budget annuel (dont 45 % en nov.-déc.)", "5 400 €", "21 600 €", "+300 %"],
    ["Affiliation CSE / box", "Commissions 12 à 18 % reversées", "2 300 €", "15 800 €", "+587 %"],
    ["E-publicité", "Display Ouest-France numérique, Meta Ads Noël", "2 400 €", "7 200 €", "+200 %"],
    ["Total", "", "15 520 €", "76 900 €", "+395 %"],
]

ECARTS = [
    ["Levier", "Prévu janv.-sept. 2025", "Réel janv.-sept. 2025", "Écart", "Préconisation"],
    ["Google Ads", "2 970 €", "3 510 €", "+18 %", "Plafond journalier à 22 €, exclure les requêtes « gratuit » / « emploi », basculer 300 € vers le SEO local"],
    ["Réseaux sociaux", "1 200 €", "890 €", "-26 %", "Sous-consommation liée au retard du concours de mars : reporter le reliquat sur les vacances de la Toussaint"],
    ["Affiliation CSE", "900 €", "1 240 €", "+38 %", "Écart positif (plus de ventes = plus de commissions) : conserver, mais renégocier à 10 % au-delà de 300 bons"],
    ["SEO local", "2 100 €", "2 050 €", "-2 %", "Conforme"],
]

CAMPAGNE = [
    ["Composante", "Contenu"],
    ["Objectif", "Vendre 180 bons cadeaux entre le 26 mai et le 15 juin 2025 (130 en 2024), dont 40 % de bons « duo père-enfant » pour remplir les créneaux du dimanche matin. CA visé : 8 500 € HT."],
    ["Cible", "Enfants adultes 25-40 ans de Rennes Métropole qui cherchent un cadeau original ; secondairement les mères qui offrent au nom des enfants."],
    ["Vecteurs", "Newsletter Brevo (2 envois au segment « offreurs 2023-2024 » + 1 à toute la base) ; Google Ads groupe « cadeau fête des pères rennes » ; Reels Instagram « Papa en mode agent secret » (Opération Vilaine) ; affiche et flyer à la Brasserie La Mouette ; bannière sur la page d'accueil."],
    ["Articulation", "Le message « offrez-lui une heure pour s'évader » est identique sur tous les vecteurs ; chaque lien porte un paramètre UTM ; la newsletter vise les anciens offreurs (chaleur forte), Google la demande active, Instagram la découverte."],
    ["Résultat", "203 bons vendus (+56 % vs 2024), 9 140 € HT. Newsletter : 41 % des ventes ; Google Ads : 33 % ; Instagram : 17 % ; autres : 9 %."],
]

RELAIS = [
    ["Relais", "Type", "Pourquoi ce choix", "Mesure (UTM, janv.-sept. 2025)"],
    ["@rennes.bonsplans (48 k abonnés)", "Influence locale", "Audience 20-35 ans rennaise = notre cœur de cible groupes d'amis", "1 280 sessions, 47 réservations, 5 640 € TTC"],
    ["Rennes Sorties Mag", "Média web culturel", "Lu par les familles et les nouveaux arrivants, article sur la Cale du Corsaire", "610 sessions, 19 réservations, 2 180 €"],
    ["Escape Radar", "Comparateur / annuaire d'escape games", "Les passionnés comparent les salles avant de venir dans une ville", "890 sessions, 31 réservations, 3 420 €"],
    ["Office de tourisme", "Réseau local", "Touristes et congressistes près de la gare", "240 sessions, 8 réservations, 760 €"],
    ["AvantagesCE Ouest", "Revendeur CSE", "Accès à 240 entreprises bretonnes sans prospection", "312 bons vendus, 7 490 € HT"],
]

CHAT_STATS = [
    ["Indicateur Crisp (mars-sept. 2025)", "Valeur", "Commentaire"],
    ["Conversations", "412", "Deux pics : samedi 10-12 h et veille des vacances"],
    ["Délai médian de première réponse", "2 min 40 (heures d'ouverture)", "Objectif < 3 min tenu grâce à l'appli mobile des game masters"],
    ["Conversations hors horaires", "38 %", "D'où le scénario automatique du soir (créneaux, âge minimum, bons cadeaux)"],
    ["Sujets", "Bons cadeaux 34 %, team building 27 %, âge/difficulté 21 %, autres 18 %", "Les questions d'âge ont conduit à ajouter un pictogramme « dès 8 ans » sur chaque salle"],
    ["Taux de réservation après chat", "9,8 %", "Contre 3,1 % pour l'ensemble des visiteurs"],
    ["Note de satisfaction du chat", "4,7 / 5 (96 notes)", ""],
]

SOCIAL = [
    ["Indicateur de notoriété", "Janv. 2025", "Sept. 2025", "Commentaire"],
    ["Abonnés Instagram", "5 200", "6 900", "+33 %, dont +600 lors du concours « 1 an de la Cale » reporté en avril"],
    ["Taux d'engagement moyen Instagram", "3,1 %", "4,6 %", "Les photos de groupes avec le chrono font 2 fois plus de réactions"],
    ["Abonnés TikTok (compte ouvert en février)", "0", "2 300", "Une vidéo « le game master vous regarde » à 148 000 vues"],
    ["Mentions et identifications / mois", "35", "92", "Grâce au cadre photo « J'ai survécu au Manoir »"],
    ["Avis Google", "612 (4,9)", "804 (4,9)", "SMS de demande d'avis 2 h après la partie"],
    ["Recherches de marque « labyrinthe rennes » (GSC)", "1 150 / mois", "1 720 / mois", "Signe de notoriété croissante"],
]

MISE_EN_AVANT = [
    "Page d'accueil, bloc héros : un carrousel de trois visuels, dont un toujours réservé à l'offre du moment (bons Noël, Halloween…), paramétré dans le constructeur de blocs de WordPress.",
    "Boutique WooCommerce : produits « mis en avant » (étoile dans la liste des produits) pour faire remonter le bon « 4 joueurs », le plus vendu ; étiquette « Nouveau » sur la Cale du Corsaire.",
    "Fiche de chaque bon : ventes croisées WooCommerce vers le coffret physique (+6 €) et vente additionnelle vers le bon « photo souvenir imprimée ».",
    "Tunnel de réservation : case « Ajouter la photo souvenir (5 €) » juste avant le paiement ; taux d'acceptation 23 %.",
    "Pages salles : encart « Dernières places ce week-end » alimenté par l'API Bookeo.",
    "Menu principal : lien « Offrir » en couleur, séparé des autres.",
    "Page de confirmation et e-mail de confirmation : code -10 % sur la prochaine salle.",
    "Pop-up d'intention de sortie (uniquement sur la page Offrir, novembre-décembre) : rappel « PDF reçu en 2 minutes ».",
]

PAIEMENT_TESTS = [
    ["Appareil / navigateur", "Moyen testé", "Résultat", "Remarque"],
    ["iPhone 13 / Safari", "Apple Pay, CB Visa (3DS)", "OK", "Apple Pay divise le temps de paiement par 3"],
    ["Samsung Galaxy A54 / Chrome", "Google Pay, CB Mastercard", "OK", ""],
    ["iPad 9 / Safari", "CB + PayPal", "OK", "Fenêtre PayPal s'ouvre dans un nouvel onglet"],
    ["PC Windows / Firefox", "CB, PayPal", "OK", ""],
    ["MacBook / Chrome", "CB refusée (carte test 4000 0000 0000 0002)", "Message d'erreur clair", "Message traduit en français"],
    ["Android / appli Instagram (navigateur intégré)", "Google Pay", "Échec", "Google Pay absent dans le navigateur intégré : bouton CB proposé en repli"],
]

FINANCEMENT = [
    ["Solution", "Principe", "Coût pour Le Labyrinthe", "Intérêt pour le client", "Décision"],
    ["Alma (3x, 4x)", "Paiement fractionné dès 50 €", "~3,5 % + frais fixes", "Faible pour un panier de 118 €, réel pour les team buildings à 600-1 500 €", "Activé uniquement sur les devis entreprises > 500 €"],
    ["Paiement partagé (Bookeo « split payment »)", "Chaque joueur paie sa part par lien", "Inclus dans l'offre Bookeo Pro", "Fort : supprime « qui avance l'argent ? » pour les groupes d'amis", "Retenu, inscrit au cahier des charges"],
    ["ANCV Connect (e-Chèques-Vacances)", "Paiement en ligne en chèques-vacances", "2,5 % de commission", "Familles et salariés qui ont des chèques-vacances à dépenser", "Retenu"],
    ["Pass Culture", "Crédit pour les 15-18 ans", "Pas de commission, paiement à 30 j", "Intéressant pour les lycéens, mais éligibilité des escape games incertaine", "Dossier déposé, en attente"],
    ["Paiement différé 30 j (Oney)", "Payer plus tard", "~4 %", "Peu d'intérêt sur ce montant, risque d'image « crédit »", "Écarté"],
]

FIDELISATION = [
    ["Dispositif", "Adapté à notre activité ?", "Choix"],
    ["Carte de fidélité à points", "Peu : un joueur fait au mieux 4 salles, les points n'ont pas le temps de s'accumuler", "Non"],
    ["Pass 4 salles (4e salle -50 %)", "Oui : transforme la limite (4 salles) en objectif à atteindre", "Oui, lancé en avril 2025"],
    ["Parrainage (10 € pour le parrain, -10 % pour le filleul)", "Oui : nos joueurs recommandent déjà (bouche-à-oreille 29 % des nouveaux clients)", "Oui, via Brevo + code unique"],
    ["Newsletter « nouvelle salle »", "Oui : seule vraie raison de revenir", "Oui, segment « a fait toutes les salles »"],
    ["Code anniversaire", "Moyen : on ne collecte pas la date de naissance (RGPD, minimisation)", "Non"],
    ["Club entreprises (tarif négocié annuel)", "Oui pour les 12 entreprises qui reviennent chaque année", "Oui, à formaliser en 2026"],
]

CDC_PLAN = [
    "1. Contexte et existant (site WordPress, Bookeo en iframe, WooCommerce pour les bons, hébergement o2switch)",
    "2. Objectifs (général, spécifiques, techniques)",
    "3. Périmètre : ce qui est inclus / exclu",
    "4. Fonctionnalités attendues : réservation en 3 étapes, paiement partagé, Apple Pay / Google Pay, bons cadeaux utilisables dans la réservation, version anglaise, back-office pour Gaëlle",
    "5. Contraintes techniques : conserver WordPress, compatibilité mobile (65 % du trafic), RGAA niveau A visé, temps de chargement < 2,5 s (LCP)",
    "6. Contraintes juridiques : RGPD, CGV intégrées au tunnel, mentions légales",
    "7. Planning et jalons : brief 01/09, maquettes 20/09, recette 13-24/10, mise en ligne 03/11/2025",
    "8. Budget et modalités de paiement",
    "9. Critères de recette et maintenance (3 mois de garantie)",
]

CDC_OBJ = [
    ["Niveau", "Objectif"],
    ["Général", "Faire de la réservation en ligne un avantage concurrentiel et augmenter le CA de 13,6 % d'ici juin 2026."],
    ["Spécifique", "Ramener l'abandon à l'étape paiement de 31 % à moins de 15 %."],
    ["Spécifique", "Permettre l'utilisation d'un bon cadeau directement dans la réservation (aujourd'hui : appel téléphonique obligatoire, 1 400 appels/an)."],
    ["Spécifique", "Proposer le site et la réservation en anglais avant avril 2026."],
    ["Technique", "Tunnel en 3 étapes maximum, sans iframe, responsive, LCP < 2,5 s sur mobile 4G."],
    ["Technique", "Paiement Stripe (CB, Apple Pay, Google Pay) + PayPal, 3D Secure 2, paiement partagé."],
    ["Technique", "Suivi GA4 de chaque étape (événements begin_checkout, add_payment_info, purchase) et consentement Complianz."],
]

DIRECTIVES = [
    "budget maximum de 14 000 € TTC, maintenance comprise la première année ;",
    "mise en ligne impérativement avant le 3 novembre 2025, pour ne pas toucher au site pendant la saison des bons cadeaux ;",
    "pas d'abonnement mensuel supérieur à 150 € ;",
    "Gaëlle doit pouvoir modifier les créneaux et les prix seule, sans appeler l'agence.",
]

PRESTA = [
    ["Critère (poids)", "Kerwebs (agence, Rennes)", "Erwan Tanguy (freelance)", "Resaventure (SaaS)"],
    ["Respect du budget (25 %)", "4/5 – 12 900 € TTC", "5/5 – 8 400 € TTC", "3/5 – 3 000 € + 179 €/mois"],
    ["Expérience loisirs / réservation (20 %)", "5/5 – 3 escape games et un karting", "3/5 – surtout WooCommerce", "5/5 – outil spécialisé"],
    ["Paiement partagé et bons dans le tunnel (20 %)", "5/5", "3/5 – développement spécifique", "4/5 – bons OK, split en option"],
    ["Autonomie de Gaëlle (15 %)", "4/5", "3/5", "5/5"],
    ["Délai compatible avec le 03/11 (10 %)", "4/5", "3/5 – seul, pas de remplaçant", "5/5"],
    ["Proximité / SAV (10 %)", "5/5 – locaux à Cesson", "4/5", "2/5 – support par e-mail"],
    ["Note pondérée /5", "4,50", "3,60", "4,00 (mais abonnement hors directive)"],
]

MENTIONS = [
    ["Mention obligatoire", "Présente en janvier 2025 ?", "Action"],
    ["Dénomination, forme, capital social", "Capital manquant", "Ajouté (SAS au capital de 10 000 €)"],
    ["Adresse du siège, SIRET, RCS, TVA intracommunautaire", "TVA manquante", "Ajoutée"],
    ["Directeur de la publication", "Oui (Yann Le Bihan)", "—"],
    ["Hébergeur (nom, adresse, téléphone)", "Nom seul (o2switch)", "Adresse et téléphone ajoutés"],
    ["Lien depuis toutes les pages", "Oui, dans le pied de page", "—"],
    ["Médiateur de la consommation", "Absent", "Adhésion au CM2C, mention ajoutée aux CGV"],
]

CGV = [
    "Rétractation : les CGV annonçaient « 14 jours pour changer d'avis » sur toutes les réservations. Or une prestation de loisirs fournie à une date déterminée est exclue du droit de rétractation (article L221-28, 12° du Code de la consommation). Nous avons gardé cette exclusion pour les réservations mais maintenu les 14 jours pour les bons cadeaux, qui ne sont pas datés.",
    "Validité des bons : 12 mois, clairement affichée sur le bon et dans le tunnel. Nous avons ajouté une prolongation gratuite de 3 mois sur demande, pour éviter les litiges.",
    "Annulation et retard : annulation gratuite jusqu'à 48 h avant ; en cas de retard de plus de 15 minutes, la partie est raccourcie d'autant. Ces règles existaient seulement sur la page FAQ ; elles sont désormais dans les CGV et rappelées dans l'e-mail de confirmation.",
    "Mineurs : accès des moins de 14 ans accompagnés d'un adulte joueur ; l'âge minimum par salle est précisé.",
    "Prix : les prix sont affichés TTC par personne, dégressifs selon le nombre de joueurs ; le total est affiché avant le paiement.",
]

RGPD = [
    ["Constat", "Adaptation proposée (recommandations CNIL)", "Statut"],
    ["Bandeau cookies sans bouton « Tout refuser » au même niveau que « Accepter »", "Complianz configuré avec « Refuser » au premier niveau, GA4 et pixel Meta bloqués avant consentement", "Fait (février 2025)"],
    ["Case newsletter pré-cochée dans la réservation", "Case décochée + double opt-in Brevo", "Fait"],
    ["Aucune durée de conservation définie", "Clients : 3 ans après la dernière partie ; prospects : 3 ans après le dernier contact ; factures : 10 ans", "Fait, purge automatique Brevo"],
    ["Pas de registre des traitements", "Registre tenu sur le modèle CNIL (6 traitements)", "Fait"],
    ["Transferts hors UE (Bookeo, Crisp)", "Vérification des clauses contractuelles types, mention dans la politique de confidentialité", "Fait"],
    ["Formulaire team building sans mention d'information", "Mention courte sous le formulaire + lien vers la politique", "Fait"],
]

KPI_EQUIPE = [
    ["Game master", "Sessions animées (juil.-sept.)", "Avis Google le citant (note)", "Photo souvenir vendue", "Retard de démarrage moyen"],
    ["Maël", "148", "41 (4,95)", "27 %", "3 min"],
    ["Jade", "131", "38 (4,97)", "31 %", "2 min"],
    ["Romain", "122", "22 (4,82)", "18 %", "6 min"],
    ["Clémence", "96", "29 (4,93)", "24 %", "3 min"],
    ["Nolan", "88", "12 (4,75)", "15 %", "7 min"],
    ["Inès", "74", "19 (4,89)", "26 %", "4 min"],
]

PROCESS = [
    ["Étape – avant (2024)", "Étape – après (octobre 2025)"],
    ["1. Commande reçue par e-mail WooCommerce", "1. Commande WooCommerce : étiquette Colissimo générée automatiquement (extension Colissimo officielle)"],
    ["2. Gaëlle recopie la commande dans un tableau Excel", "— supprimé (export automatique Google Sheets)"],
    ["3. Génération manuelle du code du bon", "— supprimé (code unique généré par WooCommerce PDF Vouchers)"],
    ["4. Impression de la carte", "2. Impression de la carte avec QR code"],
    ["5. Recherche de la boîte dans la réserve", "3. Prélèvement dans le bac du format (4 bacs étiquetés)"],
    ["6. Assemblage boîte + énigme + carte", "4. Assemblage (boîtes pré-montées par lots de 50)"],
    ["7. Saisie manuelle de l'étiquette sur le site Colissimo", "— supprimé"],
    ["8. Pesée", "— supprimé (poids fixe 180 g)"],
    ["9. Dépôt au bureau de poste", "5. Enlèvement au magasin par le facteur (Boîte aux lettres pro)"],
    ["10. E-mail manuel avec le numéro de suivi", "6. Suivi envoyé automatiquement"],
    ["11. Contrôle (aucun)", "7. Contrôle : scan du QR avant fermeture, le bon passe « expédié »"],
]

TRANSPORT = [
    ["Rang", "Solution", "Coût par coffret (180 g)", "Délai", "Impact RSE", "Usage"],
    ["1", "Retrait au Labyrinthe (click & collect)", "0 €", "Immédiat", "Nul", "Proposé en premier dans le tunnel"],
    ["2", "Les Coursiers Rennais (vélo cargo, Rennes intra-rocade)", "4,90 €", "Jour même", "Très faible, zéro émission", "Rennes Métropole, commande avant 14 h"],
    ["3", "La Poste Lettre suivie", "3,15 €", "J+2 / J+3", "Faible (distribution mutualisée, compensation carbone)", "Par défaut hors Rennes"],
    ["4", "Mondial Relay (point relais)", "4,40 €", "J+3 / J+5", "Moyen (dépôt en relais mutualisé)", "Option"],
    ["5", "Colissimo domicile", "6,20 €", "J+2", "Moyen-fort (livraison individuelle)", "Seulement sur demande"],
]

ANNEXE_CHAT_1 = [
    "Session 1 – jeudi 5 décembre 2024, 20 h 12 – réservation transformée",
    "Visiteuse (Claire) : Bonsoir, je voudrais offrir une salle à mes parents pour Noël mais ils n'ont jamais fait d'escape game, c'est pas trop dur ?",
    "Thomas (Le Labyrinthe) : Bonsoir Claire ! Très bonne idée 🙂 Pour une première fois à deux, je vous conseille Opération Vilaine : difficulté 2/5, pas d'ambiance effrayante, et le game master donne des indices dès qu'ils en ont besoin.",
    "Claire : Ok et si finalement ils veulent venir avec mon frère ?",
    "Thomas : Aucun souci, le bon « valeur » de 70 € peut être utilisé pour n'importe quelle salle et complété sur place. Il est valable 12 mois.",
    "Claire : Parfait. Je le reçois quand ?",
    "Thomas : Le PDF arrive en 2 minutes par e-mail ; si vous préférez un coffret à mettre sous le sapin, il part demain et arrive avant le 10 décembre. Voici le lien : labyrinthe-rennes.fr/offrir",
    "Claire : Je prends le coffret, merci !",
    "→ Commande n° 10482 passée à 20 h 19 (coffret, 76 €). Tags Crisp : bon-cadeau, converti.",
]

ANNEXE_CHAT_2 = [
    "Session 2 – mardi 18 mars 2025, 11 h 40 – non transformée",
    "Visiteur (Karim, société Breizh Data) : Bonjour, on cherche une activité pour 35 personnes le 4 avril après-midi, c'est possible ?",
    "Jade (Le Labyrinthe) : Bonjour Karim ! Nos 4 salles accueillent 26 joueurs en simultané. Pour 35 personnes on peut faire deux rotations (14 h et 15 h 30) avec un quiz d'équipe dans notre salon pendant l'attente. Voulez-vous que je vous prépare un devis ?",
    "Karim : Ah, tout le monde doit jouer en même temps, c'est pour un séminaire.",
    "Jade : Je comprends. En simultané, nous sommes limités à 26. Je peux vous proposer un format « enquête géante » hors les murs, mais il faut 3 semaines de préparation.",
    "Karim : Trop juste pour nous, merci quand même.",
    "Jade : Dommage ! Je vous envoie quand même notre plaquette par e-mail pour votre prochain événement ?",
    "Karim : Oui, karim@breizhdata.fr",
    "→ Pas de vente. Tags : team-building, capacité, non-converti. Contact ajouté à Pipedrive (relance septembre).",
]


# ---------------------------------------------------------------- helpers

def set_cell_bg(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def add_page_number(paragraph):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def table(doc, rows, size=9, header=True, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            if widths:
                cell.width = Cm(widths[j])
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(val))
            run.font.size = Pt(size)
            if header and i == 0:
                run.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                set_cell_bg(cell, "1F4E3D")
    doc.add_paragraph()
    return t


def paras(doc, items):
    for x in items:
        doc.add_paragraph(x)


def caption(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(9)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- document

def build():
    os.makedirs(OUT_DIR, exist_ok=True)
    doc = Document()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Le Labyrinthe – Dossier professionnel"
    cp.created = datetime.datetime(2025, 10, 6, 8, 30, 0)
    cp.modified = datetime.datetime(2025, 10, 6, 8, 30, 0)
    cp.revision = 1

    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name, size in (("Heading 1", 16), ("Heading 2", 13)):
        doc.styles[name].font.color.rgb = VERT
        doc.styles[name].font.size = Pt(size)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "Le Labyrinthe – Dossier professionnel – Thomas Guéguen"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Titre RNCP Chef de projet e-commerce – session 2025 – page ").font.size = Pt(8)
    add_page_number(fp)

    # couverture
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("LE LABYRINTHE")
    r.bold = True
    r.font.size = Pt(30)
    r.font.color.rgb = VERT
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Escape game – Rennes")
    r.font.size = Pt(16)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Dossier professionnel\nStratégie webmarketing, animation des ventes en ligne\net pilotage du projet « Résa 2025 »")
    r.bold = True
    r.font.size = Pt(14)
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Thomas Guéguen\nAlternant chef de projet e-commerce – octobre 2024 à octobre 2025\n"
              "Tuteur entreprise : Yann Le Bihan, gérant\nTitre RNCP « Chef de projet e-commerce »").font.size = Pt(11)
    page_break(doc)

    doc.add_heading("Sommaire", level=1)
    for title, pg in SOMMAIRE:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16))
        p.add_run(title + "\t" + pg)
    page_break(doc)

    doc.add_heading("Introduction – Le Labyrinthe et ma mission", level=1)
    paras(doc, INTRO)
    caption(doc, "Figure 1 : la salle « La Cale du Corsaire », ouverte en mars 2025 (photo Le Labyrinthe).")
    page_break(doc)

    # ---- partie 1
    doc.add_heading("1. Stratégie webmarketing", level=1)
    doc.add_heading("1.1 Clientèles, motivations et freins", level=2)
    doc.add_paragraph("J'ai croisé l'export Bookeo 2024 (type de groupe déclaré à la réservation), 63 réponses "
                      "à un questionnaire envoyé aux joueurs en janvier 2025 et une lecture des 200 derniers avis "
                      "Google. Cinq clientèles ressortent :")
    table(doc, SEGMENTS, widths=[3.6, 2.2, 5.2, 5.4])
    doc.add_heading("1.2 Parcours d'achat d'un bon cadeau", level=2)
    doc.add_paragraph("J'ai détaillé le parcours du segment « offreurs de bons cadeaux », le plus rentable "
                      "(aucun coût de créneau vide) et celui où nous perdions le plus de ventes en fin d'année.")
    table(doc, PARCOURS, size=8.5, widths=[2.8, 4.6, 4.0, 5.0])
    doc.add_paragraph("Le moment critique est l'évaluation : 34 % des conversations du chat portent sur la validité "
                      "et le choix de la salle. C'est ce qui a justifié le tableau comparatif des bons et le chat.")
    doc.add_heading("1.3 Benchmark des escape games rennais", level=2)
    doc.add_paragraph("Comparaison réalisée en février 2025 (visites mystère de deux concurrents, parcours de "
                      "réservation testé sur les cinq sites, données Google et Instagram relevées le 14/02).")
    table(doc, BENCH, size=8, widths=[2.6, 2.6, 2.8, 2.8, 2.6, 3.0])
    doc.add_paragraph("Nous sommes les mieux notés mais pas les plus visibles : Enigma Factory a 50 % d'avis et "
                      "d'abonnés en plus et un tunnel de réservation bien plus court. Le Coffre de Cesson joue le "
                      "prix, pas nous : il ne faut pas baisser nos tarifs mais mieux montrer la qualité (avis, "
                      "scénarios maison).")

    doc.add_heading("1.4 SWOT et décisions", level=2)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    colors = ["D9EAD3", "F4CCCC", "CFE2F3", "FCE5CD"]
    for k, (lab, txt) in enumerate(SWOT):
        cell = t.cell(k // 2, k % 2)
        cell.text = ""
        para = cell.paragraphs[0]
        rr = para.add_run(lab + " — ")
        rr.bold = True
        rr.font.size = Pt(9.5)
        r2 = para.add_run(txt)
        r2.font.size = Pt(9.5)
        set_cell_bg(cell, colors[k])
    doc.add_paragraph()
    doc.add_paragraph("Pour que la matrice serve à décider, je l'ai présentée à Yann et Gaëlle avec les croisements suivants :")
    table(doc, SWOT_DECISIONS, widths=[4.0, 10.5, 1.8])

    doc.add_heading("1.5 Objectifs, cibles et leviers", level=2)
    doc.add_paragraph("Objectifs validés avec Yann le 20 janvier 2025 :")
    table(doc, OBJECTIFS, widths=[5.0, 3.5, 3.8, 4.1])
    doc.add_paragraph("Cibles prioritaires : 1) les offreurs de bons cadeaux, 2) les entreprises et CSE rennais, "
                      "3) les familles (pour rentabiliser la Cale du Corsaire). Les groupes d'amis restent notre base "
                      "mais viennent déjà naturellement ; les touristes sont une cible secondaire, à travailler "
                      "quand le site sera en anglais.")
    doc.add_paragraph("Leviers retenus, dans l'ordre de mise en œuvre :")
    table(doc, LEVIERS, size=8.5, widths=[2.8, 5.0, 5.2, 3.4])

    doc.add_heading("1.6 Planning stratégique 2025-2026", level=2)
    doc.add_paragraph("Le planning suit le modèle de tableau utilisé par Gaëlle pour le planning des game masters "
                      "(Google Sheets partagé, une ligne par mois, charge en jours-homme). Version résumée :")
    table(doc, PLANNING, size=8.5, widths=[2.0, 5.4, 4.8, 2.0, 2.2])
    doc.add_paragraph("Les charges ont été estimées à partir du temps réellement passé sur les campagnes de 2024 "
                      "(par exemple 9 jours pour la campagne de Noël, logistique comprise). La mise en ligne de "
                      "Résa 2025 est placée avant le 3 novembre avec deux semaines de recette, pendant les vacances "
                      "de la Toussaint où je suis à plein temps dans l'entreprise.")

    doc.add_heading("1.7 Alliances et partenariats", level=2)
    doc.add_paragraph("J'ai cherché des structures qui partagent nos clients sans nous faire concurrence, en "
                      "vérifiant pour chacune que l'association ne brouille pas notre image d'escape game "
                      "« scénarisé et soigné ».")
    table(doc, PARTENAIRES_STRAT, size=8, widths=[3.0, 2.0, 2.8, 2.9, 2.8, 3.0])
    doc.add_paragraph("La formule avec la Brasserie La Mouette a été lancée en avril : 64 formules vendues en six "
                      "mois. Le partenariat avec le Laser Game a été écarté malgré une clientèle commune, parce "
                      "qu'il nous rapprocherait d'une image d'activité pour enfants, alors que nous travaillons la "
                      "cible entreprise.")

    doc.add_heading("1.8 Bilan de la campagne de Noël 2024", level=2)
    doc.add_paragraph("Note présentée à Yann et Gaëlle le 13 janvier 2025. La campagne combinait Google Ads, Meta "
                      "Ads, trois newsletters, la mise en avant sur la page d'accueil et le coffret physique.")
    table(doc, NOEL, widths=[5.2, 3.8, 3.8, 3.6])
    doc.add_paragraph("Lecture : la hausse est nette (+14 600 € HT de bons pour 1 550 € de dépenses "
                      "supplémentaires). Deux réserves cependant : la Cale du Corsaire, annoncée dès décembre, a "
                      "attiré des familles qui seraient peut-être venues sans campagne ; et le coffret, plus cher à "
                      "préparer, a pris 5 jours de travail à Gaëlle. Je recommande de reconduire la campagne en "
                      "2025 en démarrant dès le 10 novembre et en automatisant la préparation des coffrets "
                      "(voir 3.5).")

    doc.add_heading("1.9 Budget prévisionnel et rentabilité", level=2)
    doc.add_paragraph("Budget 2025-2026 par levier (recettes attendues : CA HT attribué au levier dans GA4 ou par "
                      "code promo) :")
    table(doc, BUDGET, size=8.5, widths=[2.6, 5.8, 2.4, 3.0, 2.6])
    doc.add_paragraph("Calcul du ROI : (CA attribué − dépense) / dépense. Ce calcul sur le CA est optimiste ; "
                      "en prenant la marge sur coûts variables (82 % pour une session : le loyer et les salaires "
                      "sont fixes), le ROI global reste de (76 900 × 0,82 − 15 520) / 15 520 = +306 %. Le levier "
                      "le moins rentable est l'e-publicité, conservée uniquement pour Noël.")
    doc.add_paragraph("Suivi des écarts à fin septembre 2025 :")
    table(doc, ECARTS, size=8.5, widths=[2.6, 2.6, 2.6, 1.6, 7.0])

    # ---- partie 2
    doc.add_heading("2. Animation des communautés et des ventes", level=1)
    doc.add_heading("2.1 Campagne Fête des pères 2025", level=2)
    table(doc, CAMPAGNE, widths=[3.0, 13.4])
    doc.add_heading("2.2 Relais d'information", level=2)
    doc.add_paragraph("Les relais ont été choisis pour correspondre aux segments ciblés en 1.5 ; chaque lien "
                      "porte un UTM pour mesurer ce qu'il rapporte (GA4 + Bookeo).")
    table(doc, RELAIS, size=8.5, widths=[3.6, 2.8, 5.6, 4.4])
    doc.add_paragraph("@rennes.bonsplans et Escape Radar rapportent le plus par visite ; l'Office de tourisme "
                      "rapporte peu en direct mais sera utile avec la version anglaise.")

    doc.add_heading("2.3 Chat en direct", level=2)
    doc.add_paragraph("Crisp (offre Pro, 25 €/mois) a été installé en février 2025 via son extension WordPress, "
                      "sur toutes les pages sauf le tunnel de paiement. Paramétrages réalisés : horaires "
                      "d'ouverture (10 h-22 h), 18 réponses enregistrées (raccourcis « !bon », « !age », "
                      "« !teambuilding »…), déclencheur automatique après 40 secondes sur la page Offrir, "
                      "étiquettes pour classer les demandes, application mobile installée sur le téléphone de "
                      "permanence des game masters, scénario du soir qui répond aux questions fréquentes et "
                      "collecte l'e-mail. Deux conversations complètes sont en annexe A (l'une transformée, "
                      "l'autre non).")
    table(doc, CHAT_STATS, size=8.5, widths=[4.6, 4.2, 7.6])
    doc.add_paragraph("Analyse : le chat convertit trois fois plus que la moyenne, mais 38 % des questions "
                      "arrivent quand personne n'est disponible. La conversation non transformée (annexe A2) "
                      "montre une limite de capacité, pas un défaut de réponse : elle a nourri la réflexion sur "
                      "une offre « enquête géante » pour les grands groupes.")

    doc.add_heading("2.4 Réseaux sociaux", level=2)
    doc.add_paragraph("Instagram est notre réseau principal (photos de groupes, coulisses), Facebook touche les "
                      "parents et les 35-55 ans (offreurs), TikTok a été ouvert en février pour les 18-25 ans et "
                      "LinkedIn sert uniquement au team building. Méthodes d'animation : une ligne éditoriale "
                      "à trois piliers (« L'énigme du lundi », coulisses des game masters, photos de groupes avec "
                      "leur chrono), le repost systématique des stories où nous sommes identifiés, un concours "
                      "par trimestre, des réponses aux commentaires en moins de 24 h et un calendrier éditorial "
                      "dans Notion (extrait en annexe B). Les publications sont programmées avec Meta Business "
                      "Suite.")
    table(doc, SOCIAL, size=8.5, widths=[4.6, 2.2, 2.2, 7.4])
    doc.add_paragraph("L'énigme du lundi est le format qui fédère le plus : 180 réponses en commentaires en "
                      "moyenne, et les abonnés se répondent entre eux. La communauté commence à vivre sans nous, "
                      "ce qui est le signe qu'elle existe vraiment.")

    doc.add_heading("2.5 Mise en avant des offres", level=2)
    doc.add_paragraph("Emplacements et fonctionnalités utilisés sur le site (WordPress, WooCommerce, Bookeo) :")
    for x in MISE_EN_AVANT:
        doc.add_paragraph(x, style="List Bullet")
    caption(doc, "Figure 2 : réglage « Produit mis en avant » et ventes croisées dans l'onglet Produits liés de WooCommerce.")

    doc.add_heading("2.6 Paiement", level=2)
    doc.add_paragraph("La boutique utilise l'extension officielle WooCommerce Stripe Gateway (CB, Apple Pay, "
                      "Google Pay) et PayPal Payments. 3D Secure 2 est actif sur toutes les cartes. Les logos des "
                      "moyens de paiement, le cadenas HTTPS et la mention « paiement sécurisé par Stripe » sont "
                      "affichés sous le bouton de paiement. Tests réalisés le 22 septembre 2025 en mode test Stripe :")
    table(doc, PAIEMENT_TESTS, size=8.5, widths=[4.2, 4.4, 2.4, 5.4])

    doc.add_heading("2.7 Solutions de financement", level=2)
    table(doc, FINANCEMENT, size=8, widths=[2.8, 3.0, 2.8, 4.4, 3.4])
    doc.add_paragraph("Pour l'internaute, la vraie difficulté n'est pas le montant mais la répartition entre "
                      "joueurs : c'est pourquoi le paiement partagé passe avant le paiement fractionné. Pour le site, "
                      "les chèques-vacances ouvrent une clientèle familiale qui ne payait jusqu'ici qu'au comptoir "
                      "(84 paiements ANCV papier en 2024).")

    doc.add_heading("2.8 Fidélisation", level=2)
    table(doc, FIDELISATION, size=8.5, widths=[4.6, 8.0, 3.8])
    doc.add_paragraph("Depuis avril, 71 Pass 4 salles ont été utilisés et 38 parrainages ont abouti.")

    # ---- partie 3
    doc.add_heading("3. Pilotage du projet « Résa 2025 »", level=1)
    doc.add_heading("3.1 Cahier des charges", level=2)
    doc.add_paragraph("Le cahier des charges (22 pages, envoyé le 1er septembre 2025 à trois prestataires) suit ce plan :")
    for x in CDC_PLAN:
        doc.add_paragraph(x)
    doc.add_paragraph("Objectifs du projet :")
    table(doc, CDC_OBJ, widths=[2.6, 13.8])
    doc.add_paragraph("Directives de la direction (Yann), reprises telles quelles en tête du document :")
    for x in DIRECTIVES:
        doc.add_paragraph(x, style="List Bullet")

    doc.add_heading("3.2 Choix du prestataire", level=2)
    table(doc, PRESTA, size=8.5, widths=[4.6, 4.0, 4.0, 3.8])
    doc.add_paragraph("Kerwebs a été retenu le 15 septembre : c'est la meilleure note, l'offre respecte le budget, "
                      "et l'agence a déjà intégré Bookeo sans iframe pour un autre escape game. Le freelance était "
                      "moins cher mais le délai au 3 novembre reposait sur une seule personne ; Resaventure "
                      "imposait un abonnement au-delà des 150 €/mois fixés par Yann.")

    doc.add_heading("3.3 Conformité juridique", level=2)
    doc.add_paragraph("Contrôle des mentions légales (janvier 2025) :")
    table(doc, MENTIONS, widths=[5.6, 4.4, 6.4])
    doc.add_paragraph("Analyse des CGV (version de 2019, reprise d'un modèle en ligne) :")
    for x in CGV:
        doc.add_paragraph(x, style="List Bullet")
    doc.add_paragraph("Les CGV modifiées ont été mises en ligne le 3 mars 2025. Elles n'ont pas encore été relues "
                      "par un juriste : Yann a prévu de les soumettre à l'avocate de l'entreprise en même temps que "
                      "le contrat avec Kerwebs.")
    doc.add_paragraph("RGPD :")
    table(doc, RGPD, size=8.5, widths=[5.0, 8.6, 2.8])

    doc.add_heading("3.4 Animation de l'équipe", level=2)
    doc.add_paragraph("Chaque lundi à 10 h, un point de 20 minutes réunit Gaëlle et les game masters présents. "
                      "L'ordre du jour est envoyé la veille sur le groupe WhatsApp avec un objectif unique "
                      "(exemple du 8 septembre : « tout le monde sait présenter le paiement partagé aux clients »). "
                      "Les entretiens individuels de mi-saison (juillet) ont trois objectifs annoncés à l'avance : "
                      "faire le point sur les disponibilités de la rentrée, recueillir les idées d'amélioration des "
                      "salles, fixer un objectif personnel de progression.")
    doc.add_paragraph("Reconnaissance : le game master le plus cité dans les avis du mois est présenté dans une "
                      "story « Le GM du mois » et reçoit une prime de 50 € ; les idées retenues (comme le cadre "
                      "photo « J'ai survécu au Manoir », proposé par Jade) sont créditées publiquement lors du point "
                      "du lundi.")
    table(doc, KPI_EQUIPE, size=8.5, widths=[2.6, 3.2, 3.6, 3.2, 3.8])
    doc.add_paragraph("Romain et Nolan démarrent plus tard : leur créneau du samedi suit directement une autre "
                      "session, le temps de remise en état (10 min) est trop court. Plutôt qu'un reproche, nous avons "
                      "allongé l'intervalle à 20 minutes le samedi. Jade vend le plus de photos souvenirs : elle a "
                      "présenté sa façon de faire lors du point du 15 septembre.")

    doc.add_heading("3.5 Logistique des coffrets cadeaux", level=2)
    doc.add_paragraph("En 2024, 22 % des bons ont été vendus en coffret (boîte kraft, carte du bon, mini-énigme en "
                      "papier), soit 372 coffrets dont 290 en décembre. Le stock est organisé par format (duo, "
                      "4 joueurs, valeur, entreprise) : 300 boîtes pré-montées en octobre, réapprovisionnement "
                      "quand un format passe sous 40 unités. Traçabilité : chaque carte porte un code unique et un "
                      "QR code relié à la commande ; le bon n'est activé dans Bookeo qu'après le scan d'expédition. "
                      "Contrôles : vérification du format et du nom du bénéficiaire au scan, comptage du stock "
                      "chaque lundi de novembre-décembre.")
    doc.add_paragraph("Les coffrets sont rangés sur une étagère de la réserve, un bac par format.")
    doc.add_paragraph("Simplification du traitement d'une commande de coffret :")
    table(doc, PROCESS, size=8.5, widths=[8.2, 8.2])
    doc.add_paragraph("On passe de 11 à 7 étapes et le temps moyen de traitement mesuré par Gaëlle est passé de "
                      "9 à 4 minutes par coffret, soit environ 25 heures gagnées sur un mois de décembre.")
    doc.add_paragraph("Solutions de livraison classées par coût puis par impact environnemental :")
    table(doc, TRANSPORT, size=8.5, widths=[1.2, 4.4, 2.4, 2.0, 3.6, 2.8])
    doc.add_paragraph("Satisfaction : un e-mail Brevo envoyé 3 jours après l'expédition demande une note de "
                      "livraison (questionnaire en annexe C). Sur Noël 2024 : 158 réponses, 94 % de satisfaits ou "
                      "très satisfaits, note moyenne 4,6/5 ; les deux réclamations concernaient des Lettres suivies "
                      "livrées après le 24 décembre, d'où l'arrêt de cette option après le 19 décembre et la mise "
                      "en avant du PDF et du coursier vélo.")

    # ---- annexes
    page_break(doc)
    doc.add_heading("Annexes", level=1)
    doc.add_heading("Annexe A – Conversations Crisp", level=2)
    for block in (ANNEXE_CHAT_1, ANNEXE_CHAT_2):
        p = doc.add_paragraph()
        p.add_run(block[0]).bold = True
        for line in block[1:]:
            q = doc.add_paragraph(line)
            q.paragraph_format.left_indent = Cm(0.8)
            q.paragraph_format.space_after = Pt(2)
    doc.add_heading("Annexe B – Extrait du calendrier éditorial (Notion), octobre 2025", level=2)
    table(doc, [
        ["Date", "Réseau", "Format", "Sujet", "Responsable"],
        ["Lun. 06/10", "Instagram + Facebook", "Carrousel", "Énigme du lundi n° 37", "Thomas"],
        ["Mer. 08/10", "TikTok", "Vidéo 20 s", "Le GM regarde la caméra du Manoir", "Nolan"],
        ["Ven. 10/10", "Instagram", "Reel", "Teaser Halloween au Manoir", "Thomas"],
        ["Lun. 13/10", "Instagram + Facebook", "Carrousel", "Énigme du lundi n° 38", "Thomas"],
        ["Jeu. 16/10", "LinkedIn", "Post", "Retour sur le séminaire Breizh Data (2e rotation)", "Yann"],
        ["Sam. 18/10", "Instagram", "Stories", "Début des vacances : créneaux familles", "Jade"],
        ["Lun. 20/10", "Instagram + Facebook", "Carrousel", "Énigme du lundi n° 39", "Thomas"],
        ["Ven. 31/10", "Tous", "Reel + stories", "Soirée Halloween", "Clémence"],
    ], size=8.5)
    doc.add_heading("Annexe C – Questionnaire de satisfaction livraison (Brevo)", level=2)
    for q in [
        "1. Votre coffret est-il arrivé à la date annoncée ? (oui / non, avec … jours de retard)",
        "2. Dans quel état était-il ? (parfait / abîmé / très abîmé)",
        "3. Note globale de la livraison (1 à 5 étoiles)",
        "4. Quel mode de livraison aimeriez-vous la prochaine fois ? (retrait, coursier vélo, Lettre suivie, point relais, domicile)",
        "5. Un commentaire ? (champ libre)",
    ]:
        doc.add_paragraph(q)

    doc.save(OUT_FILE)
    freeze_zip(OUT_FILE)


def freeze_zip(path):
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


if __name__ == "__main__":
    build()
    print(OUT_FILE)
