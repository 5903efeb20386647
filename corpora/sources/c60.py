import datetime, io, os, zipfile
from pptx import Presentation
from pptx.util import Inches, Pt
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

OUT_DIR = "/work/main/corpora/c60-logiciel-rh-saas"
AUTHOR = "Maxime Delpech"
FIXED = datetime.datetime(2026, 6, 18, 9, 0, 0)

SLIDES = [
    {"t": "Paylo — Growth review & plan FY26",
     "b": ["Soutenance titre Chef de projet e-commerce", "Maxime Delpech — Growth Marketing Manager (alternance)", "Paylo SAS, Toulouse — juin 2026"],
     "n": "Bonjour. Je présente le travail mené depuis septembre 2025 chez Paylo, où je pilote l'acquisition et la rétention sous la responsabilité de Clémence, Head of Growth."},
    {"t": "Agenda",
     "b": ["1. Paylo en 2 minutes & contexte marché", "2. Qui achète, pourquoi, comment", "3. Landscape concurrentiel & lecture stratégique", "4. OKR, ICP et channel mix", "5. Exécution : comms, alliances, chat, social, billing, rétention", "6. Search : organique & payant", "7. Mesure, unit economics, next steps"],
     "n": "Trois temps : le diagnostic, le plan, puis l'exécution et ce que les chiffres en disent."},
    {"t": "Paylo en 2 minutes",
     "tbl": [["Métrique", "Sept. 2025", "Mai 2026"], ["Comptes payants", "1 612", "1 958"], ["MRR", "61 300 €", "76 800 €"], ["ARPA mensuel", "38 €", "39,20 €"], ["Churn logo mensuel", "2,6 %", "1,9 %"], ["NRR 12 mois", "97 %", "104 %"], ["Équipe", "14 ETP", "17 ETP"]],
     "n": "Paylo édite un logiciel de bulletins de salaire et de DSN en ligne pour les entreprises de 1 à 10 salariés. Trois plans : Solo 19 €/mois (1 salarié), Essentiel 39 €/mois (jusqu'à 5), Équipe 69 €/mois (jusqu'à 10), +4 € par salarié au-delà. Fondée en 2021 par Nadia Benali et Hugo Ferrand, 1,2 M€ levés en seed."},
    {"t": "Qui achète ? Deux personas",
     "tbl": [["", "Sophie, 41 ans — gérante d'un salon de coiffure (3 salariés, Blagnac)", "Karim, 35 ans — plombier-chauffagiste (1 apprenti, Muret)"],
             ["Ce qui le pousse", "Réduire la facture de l'expert-comptable (≈ 45 €/bulletin), garder la main sur les primes", "Première embauche, peur de « mal faire » avec l'URSSAF"],
             ["Ce qui le retient", "Crainte de l'erreur de DSN et des pénalités, manque de temps le soir", "Pense que « la paie c'est le job du comptable », faible appétence digitale"],
             ["Ce qu'il veut entendre", "« 10 minutes par mois, conformité garantie »", "« On vous accompagne au téléphone, en français, à Toulouse »"]],
     "n": "Ces personas viennent de 22 interviews clients faites en octobre et de l'analyse des motifs d'inscription dans HubSpot. Le frein n°1, cité 15 fois sur 22, est la peur de l'erreur déclarative ; le levier n°1 est l'économie par rapport au cabinet."},
    {"t": "Buyer journey TPE — de l'alerte au renouvellement",
     "tbl": [["Étape", "Ce qui se passe", "Où on le capte", "Conversion observée"],
             ["Déclencheur", "1re embauche, hausse des honoraires du cabinet, changement de convention collective", "Requêtes Google, bouche-à-oreille", "—"],
             ["Exploration", "Recherche « logiciel fiche de paie TPE », forums, groupes Facebook d'artisans", "Blog, guides, simulateur de salaire", "2,8 % visite → lead"],
             ["Shortlist", "Comparaison sur Capterra / Appvizer, demande d'avis à l'expert-comptable", "Pages comparatives, avis G2, démo", "31 % lead → essai"],
             ["Décision", "Essai gratuit 14 jours, saisie du 1er bulletin", "Onboarding in-app + chat", "24 % essai → payant"],
             ["Après signature", "1re DSN, vérification par le cabinet, bouche-à-oreille ou churn", "CSM, NPS à J+45, programme de parrainage", "NPS 47"]],
     "n": "Le moment critique est le premier bulletin : un compte qui édite son premier bulletin dans les 72 h convertit à 41 %, contre 9 % sinon. C'est là que j'ai concentré une partie des efforts d'onboarding."},
    {"t": "Landscape concurrentiel",
     "tbl": [["Acteur", "Cible", "Prix d'entrée", "Points forts", "Angles morts"],
             ["Paylo", "1-10 salariés", "19 €/mois", "Simplicité, support FR, DSN auto", "Notoriété faible hors Occitanie"],
             ["Salarix", "10-200 salariés", "89 €/mois", "RH complète, levée 40 M€, forte marque", "Trop cher et complexe pour < 5 salariés"],
             ["PayeFacile", "1-20 salariés", "25 €/mois", "SEO très fort, 6 000 clients", "Support par ticket uniquement, NPS 18"],
             ["Netpaie Pro", "Cabinets comptables", "Licence cabinet", "Installé chez 1 cabinet sur 4", "UX datée, pas de self-service"],
             ["Cabinet comptable", "Toutes TPE", "35-55 €/bulletin", "Confiance, conseil", "Coût, délais en fin de mois"]],
     "n": "J'ai relevé les grilles tarifaires, testé les essais gratuits de PayeFacile et Salarix, et collecté les avis Capterra. Le vrai concurrent reste le cabinet comptable : 68 % de nos nouveaux clients viennent de là."},
    {"t": "Lecture stratégique : où on gagne, où on perd",
     "tbl": [["Là où Paylo gagne\n• Time-to-value < 15 min\n• Support téléphonique humain (note 4,8/5)\n• Prix 3x inférieur au cabinet", "Là où Paylo perd\n• Notoriété : 4 % de notoriété assistée (sondage Qualtrics, n=400)\n• Pas d'intégration banque/compta native\n• Équipe sales de 2 personnes"],
             ["Vents porteurs\n• Hausse des honoraires comptables (+7 % en 2025)\n• 1,1 M de TPE employeuses en France\n• Dématérialisation des factures 2026-2027", "Vents contraires\n• PayeFacile investit 40 k€/mois en Google Ads\n• Réformes sociales fréquentes = coût produit\n• Méfiance des TPE face au « tout en ligne »"]],
     "n": "Décisions qui en découlent : 1) capitaliser sur le support humain dans tous les messages ; 2) transformer le cabinet comptable de concurrent en prescripteur ; 3) ne pas se battre frontalement sur Google Ads générique, aller sur la longue traîne et le SEO métier."},
    {"t": "OKR FY26 (juillet 2025 → juin 2026)",
     "tbl": [["Objective", "Key Result", "Cible", "Réalisé à fin mai"],
             ["O1 — Devenir la paie réflexe des TPE du Sud-Ouest", "MRR", "80 000 €", "76 800 € (96 %)"],
             ["", "Nouveaux comptes payants / mois", "70", "63 en moyenne"],
             ["O2 — Rendre l'acquisition rentable", "CAC blended", "≤ 190 €", "174 €"],
             ["", "CAC payback", "≤ 6 mois", "5,1 mois"],
             ["O3 — Garder nos clients", "Churn logo mensuel", "≤ 2 %", "1,9 %"],
             ["", "Part des nouveaux comptes via cabinets partenaires", "25 %", "19 %"]],
     "n": "Les OKR ont été validés avec Nadia (CEO) en juillet 2025 et découlent du plan de levée série A prévu fin 2026 : l'objectif investisseur est de passer le cap du million d'ARR."},
    {"t": "ICP : qui on vise en priorité",
     "b": ["Tier 1 — TPE 1 à 5 salariés, CHR, coiffure/esthétique, artisans du bâtiment, Occitanie + Nouvelle-Aquitaine (62 % du MRR, meilleur LTV)", "Tier 2 — Cabinets d'expertise comptable de 2 à 15 collaborateurs : prescripteurs et revendeurs", "Tier 3 — Associations employeuses (clubs sportifs, crèches associatives) : churn faible, cycle long", "Exclu : > 20 salariés (pas notre produit), particuliers employeurs (CESU)"],
     "n": "Le tiering vient d'une analyse de cohortes : les comptes CHR et artisans de 1 à 5 salariés ont un LTV moyen de 1 390 € contre 820 € pour les autres."},
    {"t": "Channel mix & séquencement",
     "tbl": [["Ordre", "Canal", "Pourquoi maintenant", "Démarrage"],
             ["1", "SEO (contenus métiers + pages outils)", "Actif durable, requêtes à forte intention, CAC marginal faible", "Sept. 2025"],
             ["2", "Google Ads longue traîne", "Capter la demande existante pendant que le SEO monte", "Oct. 2025"],
             ["3", "Programme cabinets (affiliation + revente)", "Prescripteur n°1 du persona", "Nov. 2025"],
             ["4", "Nurturing email (Brevo)", "Convertir les leads du simulateur", "Déc. 2025"],
             ["5", "LinkedIn + Facebook Ads retargeting", "Réactiver les essais non convertis", "Févr. 2026"],
             ["6", "Webinars « Paie facile » avec la CCI", "Crédibilité locale, leads qualifiés", "Mars 2026"]],
     "n": "On ne fait pas tout en même temps : avec 3 personnes en marketing, on a séquencé par rapport vitesse/coût. Le display et l'influence ont été écartés faute de budget et de fit avec le persona."},
    {"t": "Roadmap marketing — timing",
     "tbl": [["Chantier", "Charge", "S O N D", "J F M A", "M J"],
             ["Refonte 40 pages SEO", "25 j/h", "████", "██", ""],
             ["Campagnes Ads « 1re embauche »", "6 j/h", " ███", "████", "██"],
             ["Push « clôture annuelle & DSN janvier »", "8 j/h", "  ██", "█", ""],
             ["Campagne saisonniers CHR", "5 j/h", "", "  ██", "██"],
             ["Programme cabinets", "15 j/h", "  ██", "████", "██"],
             ["Webinars CCI", "4 j/h", "", "  ██", "█"]],
     "n": "Le calendrier suit la saisonnalité de la paie : décembre-janvier (régularisations, nouvelle année fiscale, taux PAS), mars-avril (recrutement des saisonniers dans les restaurants et hôtels), et on évite août où les gérants sont fermés. Les charges ont été estimées en jours-homme avec l'équipe et suivies dans Notion ; voir l'annexe D pour le rétroplanning."},
    {"t": "Écosystème : avec qui s'allier",
     "tbl": [["Acteur", "Même client que nous ?", "Usage compatible ?", "Image", "Décision"],
             ["Cabinets comptables TPE (Occitanie)", "Oui, 100 %", "Oui : mensuel", "Confiance, sérieux", "Go — priorité 1"],
             ["Kalis (néobanque pro)", "Oui, 70 % TPE", "Oui : virement des salaires", "Moderne, digitale", "Go — intégration API"],
             ["Factureo (facturation en ligne)", "Oui", "Oui : back-office mensuel", "Proche de la nôtre", "Go — co-marketing"],
             ["CMA / CCI Occitanie", "Oui (créateurs)", "Ponctuel", "Institutionnelle, rassurante", "Go — webinars"],
             ["Job board saisonniers", "Partiel", "Saisonnier", "Neutre", "Test Q2"],
             ["Comparateur d'assurances", "Faible", "Annuel", "Image « bas prix »", "No go"]],
     "n": "Trois filtres : recouvrement de clientèle, fréquence d'usage compatible avec un outil mensuel, et cohérence d'image avec une marque qui mise sur la confiance."},
    {"t": "Budget FY26 & unit economics",
     "tbl": [["Poste", "Prévu", "Réel (11 mois)", "Nouveaux comptes", "CAC"],
             ["Google Ads", "48 000 €", "46 200 €", "214", "216 €"],
             ["SEO (rédaction freelance + Semrush)", "18 000 €", "19 900 €", "238", "84 €"],
             ["Programme cabinets (commissions 20 % x 12 mois)", "20 000 €", "13 600 €", "131", "104 €"],
             ["Meta/LinkedIn retargeting", "9 000 €", "10 800 €", "47", "230 €"],
             ["Brevo + HubSpot Starter", "4 800 €", "4 400 €", "—", "—"],
             ["Webinars CCI", "3 000 €", "2 100 €", "24", "88 €"],
             ["Total (hors salaires)", "102 800 €", "97 000 €", "654 (+ 58 organiques directs)", "148 € (174 € avec salaires affectés)"]],
     "n": "Rentabilité : un compte rapporte en moyenne 39,20 € de MRR avec 86 % de marge brute, soit 33,70 € par mois. Avec un CAC chargé de 174 €, le payback est de 5,1 mois et le LTV de 1 390 €, soit un ratio LTV/CAC de 8. Sur 12 mois, les 712 comptes gagnés génèrent environ 223 000 € de revenu annualisé pour 124 000 € dépensés salaires compris : +80 % de retour net."},
    {"t": "Écarts budget : ce qu'on a corrigé",
     "b": ["SEO +11 % : 6 articles réécrits après la mise à jour Google de mars → on internalise la rédaction des guides juridiques (Léo, juriste social, 1 j/sem.)", "Retargeting +20 % pour un CAC de 230 € → budget LinkedIn coupé de moitié en avril, réalloué sur Meta (CAC 162 €)", "Cabinets –32 % : recrutement plus lent que prévu (21 cabinets vs 35) → kit de démarrage et webinar dédié en mai", "Règle adoptée : revue mensuelle, tout canal > 20 % au-dessus du CAC cible deux mois de suite est réduit"],
     "n": "Les écarts ont été revus chaque mois en comité growth avec Clémence et le CFO à temps partagé."},
    {"t": "Campagne « Zéro stress DSN » (déc. 2025) — avant / après",
     "tbl": [["Indicateur", "4 sem. avant (nov.)", "4 sem. campagne", "Variation"],
             ["Sessions site", "18 400", "27 900", "+52 %"],
             ["Inscriptions essai", "212", "341", "+61 %"],
             ["Essais → payants (J+30)", "49", "86", "+76 %"],
             ["Coût total campagne", "—", "7 400 €", "CAC campagne 86 €"],
             ["Part de voix Google Ads (IS)", "22 %", "38 %", "+16 pts"]],
     "n": "Lecture critique : une partie de la hausse est saisonnière (décembre est naturellement fort, +18 % en 2024). En retirant cet effet, l'incrément attribuable est d'environ +40 % d'inscriptions. La campagne reste rentable mais moins spectaculaire qu'il n'y paraît ; c'est ce que j'ai présenté au board en janvier."},
    {"t": "Plan de comms : message × audience × canal",
     "tbl": [["But", "Audience", "Message", "Canaux"],
             ["Notoriété régionale", "Gérants TPE Occitanie", "« La paie de vos salariés en 10 minutes, depuis Toulouse »", "Radio locale (test), LinkedIn, webinars CCI"],
             ["Génération de leads", "Gérants en recherche active", "« Simulez votre coût employeur gratuitement »", "SEO, Google Ads, simulateur"],
             ["Conversion", "Essais en cours", "« Votre 1er bulletin conforme, on vous aide »", "Emails Brevo, chat Crisp, appel SDR"],
             ["Prescription", "Experts-comptables", "« Moins de saisie, plus de conseil »", "Salons OEC, emailing, programme partenaire"]],
     "n": "Chaque ligne répond à un objectif de l'OKR O1 ou O2 ; on n'a lancé aucun message qui ne se rattache pas à une des quatre colonnes."},
    {"t": "Alliances : impact mesuré",
     "b": ["21 cabinets actifs, 131 comptes apportés (tracking par lien UTM + code partenaire dans HubSpot)", "Taux essai → payant des comptes apportés : 46 % vs 24 % en moyenne", "Churn à 6 mois : 5 % vs 12 % pour Google Ads", "Kalis : 1 800 clics depuis leur marketplace, 58 comptes en 4 mois"],
     "n": "Les chiffres sont tirés du rapport d'attribution HubSpot (modèle premier contact). Le canal partenaire a le meilleur LTV du mix."},
    {"t": "Chat en direct (Crisp) — ce que disent les données",
     "tbl": [["Métrique (janv.-mai 2026)", "Valeur"], ["Conversations ouvertes", "2 940"], ["Délai de 1re réponse médian", "1 min 40 s"], ["Taux de résolution sans ticket", "81 %"], ["CSAT chat", "4,7 / 5"], ["Essais avec chat → payant", "38 %"], ["Essais sans chat → payant", "21 %"]],
     "n": "Deux transcriptions complètes sont en annexe B : une conversation qui a abouti à un abonnement Équipe et une qui n'a pas converti. Les statistiques montrent que le chat double presque la conversion des essais ; la majorité des questions portent sur les conventions collectives et l'import des salariés, d'où la création de 12 réponses enregistrées (shortcuts) et d'un bot de qualification la nuit."},
    {"t": "Social & communauté",
     "tbl": [["Plateforme", "Usage", "Abonnés sept. → mai", "Engagement moyen"],
             ["LinkedIn (page + posts de Nadia)", "Thought leadership paie TPE", "1 900 → 5 300", "4,1 %"],
             ["Groupe Facebook « Paie & TPE entre nous »", "Entraide, questions modérées par Léo", "0 → 2 450 membres", "35 posts/sem. créés par les membres"],
             ["YouTube", "Tutos « 1er bulletin en 8 min »", "310 → 1 240", "48 % de rétention vidéo"],
             ["Blog Paylo", "Guides juridiques", "—", "Temps moyen 3 min 50"]],
     "n": "Le groupe Facebook est le meilleur signe de communauté : 30 % des réponses viennent désormais d'autres gérants, pas de l'équipe. Les mentions de marque (Mention.com) sont passées de 40 à 210 par mois."},
    {"t": "Vitrine & pricing page : ce qu'on met en avant",
     "b": ["Site sous Webflow CMS : bloc « plan recommandé » sur Essentiel, badge « le plus choisi », comparateur de plans", "Add-ons mis en avant dans l'app : module notes de frais (+5 €), coffre-fort salarié (+3 €)", "Emplacements qui performent : hero de la home, pricing page, fin de simulateur, écran post-1er bulletin (upsell), email J+20", "Test A/B pricing page (Webflow + VWO) : badge sur Essentiel → +14 % de sélection de ce plan"],
     "n": "Les captures sont en annexe C, figure C1 à C3."},
    {"t": "Encaissement & options de financement",
     "b": ["Stripe Billing : carte, prélèvement SEPA, Apple Pay ; 3-D Secure 2 ; checkout testé sur iPhone, Android, iPad et desktop (BrowserStack, 18 combinaisons)", "Badges PCI-DSS et « hébergé en France » sur le checkout : abandon checkout passé de 31 % à 22 %", "Offres partenaires financiers : paiement annuel en 4 fois sans frais via Alma Pro, prélèvement GoCardless pour les cabinets, remise 2 mois sur l'annuel", "Bilan : le 4x annuel attire les plus petites TPE (panier 468 €) et améliore notre trésorerie ; coût 3,2 % accepté"],
     "n": "On a écarté le financement par crédit-bail (inutile pour un abonnement) et PayPal (peu demandé en B2B, 2 demandes en 6 mois)."},
    {"t": "Rétention & expansion",
     "b": ["Parrainage : 1 mois offert au parrain et au filleul → 9 % des nouveaux comptes", "Customer success : appel à J+45 pour les comptes Tier 1, health score dans HubSpot", "Annual plan : 27 % des comptes (churn quasi nul)", "Club utilisateurs toulousain (2 rencontres/an) écarté des autres régions : coût trop élevé par client", "Choix motivé par le profil TPE : gestes simples, humains, sans points ni cartes à gamifier"],
     "n": "Nous n'avons pas retenu de programme à points : le persona ne revient dans l'outil qu'une fois par mois, une mécanique de points n'aurait pas de sens."},
    {"t": "Search organique",
     "b": ["Méthode : seed list issue des questions du chat + Semrush Keyword Magic + Google Search Console → scoring volume × intention × difficulté × fit produit (annexe A)", "180 requêtes retenues, regroupées en 6 topic clusters (ex. « embaucher un premier salarié », « fiche de paie CHR »)", "Chaque cluster : 1 pillar page + 6 à 12 articles satellites, liens internes uniquement entre pages du même cluster et vers la pillar", "Backlinks : 34 domaines référents gagnés via cabinets, CCI, Kalis, Factureo (DR moyen 41)", "Résultat : 14 → 61 requêtes en top 10, trafic organique 6 200 → 15 900 visites/mois"],
     "n": "Suivi de positions avec Semrush Position Tracking, backlinks avec Ahrefs Webmaster Tools ; l'évolution est en annexe A2."},
    {"t": "Search payant — Google Ads",
     "tbl": [["Campagne", "Mots ciblés (extrait)", "Landing page", "Annonce (titre)"],
             ["1re embauche", "embaucher premier salarié, coût premier salarié", "/premier-salarie", "Premier salarié ? Votre paie en 10 min"],
             ["Logiciel paie TPE", "logiciel paie tpe, fiche de paie en ligne", "/logiciel-paie-tpe", "Paie TPE dès 19 €/mois — Essai gratuit"],
             ["CHR", "fiche de paie restaurant, paie saisonnier", "/paie-restaurant", "Paie HCR conforme — Support à Toulouse"],
             ["Concurrence", "alternative payefacile", "/comparatif", "Support humain, même prix"]],
     "n": "Structure : une campagne par intention, groupes d'annonces serrés, exact et phrase uniquement, mots négatifs (gratuit, modèle excel, formation). Toutes les annonces RSA sont en annexe D avec le tableau de suivi hebdomadaire."},
    {"t": "Mesure : stack et métriques suivies",
     "tbl": [["Métrique", "Avant (sept.)", "Mai 2026", "Commentaire"],
             ["Sessions / mois", "21 500", "38 700", "Croissance portée par l'organique"],
             ["Bounce rate (GA4 : 1 - engagement)", "61 %", "47 %", "Pages métiers plus pertinentes"],
             ["Durée moy. session", "1 min 20", "2 min 35", "Effet simulateur"],
             ["LCP mobile", "3,4 s", "1,9 s", "Images WebP, scripts différés"],
             ["Drop-off inscription (étape SIRET)", "38 %", "19 %", "Autocomplétion API Sirene"],
             ["Visite → essai", "1,3 %", "2,1 %", ""],
             ["Essai → payant", "20 %", "24 %", ""]],
     "n": "Stack : GA4 + Google Tag Manager, HubSpot pour le pipeline, Looker Studio pour le dashboard partagé, Semrush et Search Console pour le search. Choix : GA4 gratuit et déjà en place, HubSpot car le CRM était déjà utilisé par les sales, Looker Studio car il connecte les trois sans coût. Liens vers les dashboards en annexe E."},
    {"t": "Bilan & next steps",
     "b": ["Payback 5,1 mois et churn 1,9 % : objectifs O2 et O3 atteints", "MRR à 96 % de la cible : manque 3 200 € → P1 : accélérer les cabinets (objectif 35 actifs fin septembre)", "P2 : couper les groupes Ads dont le CAC > 250 € (3 groupes identifiés)", "P3 : lancer le cluster « conventions collectives » (volume 22 k/mois)", "P4 : intégration Factureo native (T4 2026)"],
     "n": "Les actions sont classées par impact attendu sur le MRR et par effort. Merci de votre attention."},
]

ANNEX = [
    ("A1 — Matrice de requêtes (extrait, 30 sur 180)", [
        ["Requête", "Volume/mois", "KD", "Intention", "Cluster", "Page cible", "Priorité"],
        ["logiciel paie tpe", "1 300", "52", "Transactionnelle", "Logiciel", "/logiciel-paie-tpe", "P1"],
        ["fiche de paie en ligne", "4 400", "61", "Transactionnelle", "Logiciel", "/fiche-de-paie-en-ligne", "P1"],
        ["embaucher premier salarié", "2 900", "34", "Informationnelle", "1re embauche", "/premier-salarie (pillar)", "P1"],
        ["coût premier salarié", "1 600", "28", "Informationnelle", "1re embauche", "/blog/cout-premier-salarie", "P1"],
        ["aide embauche premier salarié 2026", "880", "22", "Informationnelle", "1re embauche", "/blog/aides-embauche", "P2"],
        ["dpae en ligne", "2 400", "40", "Navigationnelle", "1re embauche", "/blog/dpae", "P2"],
        ["fiche de paie restaurant", "720", "19", "Transactionnelle", "CHR", "/paie-restaurant (pillar)", "P1"],
        ["convention collective hcr salaire", "3 600", "37", "Informationnelle", "CHR", "/blog/grille-hcr", "P2"],
        ["paie saisonnier", "590", "15", "Informationnelle", "CHR", "/blog/paie-saisonnier", "P1"],
        ["heures supplémentaires restaurant", "1 000", "26", "Informationnelle", "CHR", "/blog/heures-sup-hcr", "P2"],
        ["fiche de paie coiffure", "320", "12", "Transactionnelle", "Coiffure", "/paie-coiffure (pillar)", "P1"],
        ["convention collective coiffure 2026", "1 900", "24", "Informationnelle", "Coiffure", "/blog/cc-coiffure", "P2"],
        ["paie apprenti bâtiment", "480", "18", "Informationnelle", "Bâtiment", "/paie-btp (pillar)", "P1"],
        ["indemnités trajet btp", "1 300", "21", "Informationnelle", "Bâtiment", "/blog/indemnites-btp", "P2"],
        ["congés payés btp caisse", "720", "30", "Informationnelle", "Bâtiment", "/blog/caisse-cp-btp", "P3"],
        ["dsn mensuelle", "5 400", "45", "Informationnelle", "DSN", "/dsn (pillar)", "P1"],
        ["erreur dsn", "590", "20", "Informationnelle", "DSN", "/blog/erreurs-dsn", "P1"],
        ["dsn régularisation", "390", "17", "Informationnelle", "DSN", "/blog/regularisation-dsn", "P2"],
        ["simulateur salaire brut net employeur", "8 100", "55", "Outil", "Outils", "/simulateur", "P1"],
        ["calcul cotisations patronales", "2 400", "41", "Outil", "Outils", "/simulateur-cotisations", "P2"],
        ["modèle fiche de paie", "6 600", "48", "Informationnelle", "Outils", "/modele-bulletin", "P3"],
        ["alternative payefacile", "90", "8", "Comparative", "Logiciel", "/comparatif", "P2"],
        ["salarix avis", "210", "12", "Comparative", "Logiciel", "/comparatif", "P3"],
        ["logiciel paie association", "590", "29", "Transactionnelle", "Associations", "/paie-association", "P2"],
        ["paie animateur sportif", "260", "9", "Informationnelle", "Associations", "/blog/paie-club-sportif", "P3"],
        ["logiciel paie toulouse", "70", "5", "Locale", "Logiciel", "/paie-toulouse", "P2"],
        ["gestion paie petite entreprise", "880", "35", "Transactionnelle", "Logiciel", "/logiciel-paie-tpe", "P1"],
        ["prélèvement à la source salarié", "2 900", "50", "Informationnelle", "DSN", "/blog/pas-salarie", "P3"],
        ["bulletin de paie simplifié", "1 300", "33", "Informationnelle", "Outils", "/blog/bulletin-simplifie", "P2"],
        ["externaliser la paie tpe", "260", "19", "Comparative", "Logiciel", "/blog/externaliser-vs-logiciel", "P2"],
    ]),
    ("A2 — Positions Semrush (sept. 2025 → mai 2026, échantillon)", [
        ["Requête", "Pos. sept.", "Pos. janv.", "Pos. mai", "Domaines référents vers la page (sept. → mai)"],
        ["logiciel paie tpe", "38", "17", "7", "3 → 11"],
        ["embaucher premier salarié", "—", "24", "9", "0 → 6"],
        ["fiche de paie restaurant", "52", "12", "4", "1 → 5"],
        ["paie saisonnier", "—", "8", "3", "0 → 3"],
        ["dsn mensuelle", "71", "33", "14", "2 → 7"],
        ["erreur dsn", "45", "10", "5", "0 → 4"],
        ["fiche de paie coiffure", "29", "6", "2", "1 → 4"],
        ["simulateur salaire brut net employeur", "64", "41", "22", "5 → 12"],
        ["Total requêtes top 10", "14", "33", "61", "Domaines référents site : 48 → 82"],
    ]),
    ("B — Transcriptions Crisp", None),
    ("D — Suivi hebdomadaire Google Ads (avril-mai 2026)", [
        ["Semaine", "Impressions", "Clics", "CTR", "CPC", "Coût", "Essais", "Coût/essai", "Payants J+30", "CAC", "ROAS 12 mois"],
        ["S14", "21 400", "890", "4,2 %", "1,18 €", "1 050 €", "41", "25,6 €", "10", "105 €", "4,5"],
        ["S15", "22 900", "940", "4,1 %", "1,21 €", "1 137 €", "39", "29,2 €", "9", "126 €", "3,7"],
        ["S16", "25 300", "1 120", "4,4 %", "1,15 €", "1 288 €", "52", "24,8 €", "13", "99 €", "4,7"],
        ["S17", "24 100", "1 010", "4,2 %", "1,24 €", "1 252 €", "44", "28,5 €", "10", "125 €", "3,8"],
        ["S18", "19 800", "760", "3,8 %", "1,30 €", "988 €", "30", "32,9 €", "6", "165 €", "2,9"],
        ["S19", "23 600", "980", "4,2 %", "1,22 €", "1 196 €", "45", "26,6 €", "11", "109 €", "4,3"],
        ["S20", "26 200", "1 150", "4,4 %", "1,19 €", "1 369 €", "55", "24,9 €", "14", "98 €", "4,8"],
        ["S21", "24 800", "1 060", "4,3 %", "1,20 €", "1 272 €", "47", "27,1 €", "12", "106 €", "4,4"],
    ]),
    ("D3 — Annonces responsive (RSA) en ligne", [
        ["Campagne", "Titres (extrait)", "Descriptions", "URL finale"],
        ["1re embauche", "Premier salarié ? Paie en 10 min | DPAE et contrat inclus | Support humain à Toulouse", "Embauchez sereinement : bulletin, DSN et DPAE générés pour vous. Essai 14 jours sans CB.", "paylo.fr/premier-salarie"],
        ["Logiciel paie TPE", "Paie TPE dès 19 €/mois | Essai gratuit 14 jours | DSN automatique", "Bulletins conformes, DSN envoyée automatiquement. 3x moins cher qu'un cabinet.", "paylo.fr/logiciel-paie-tpe"],
        ["CHR", "Paie HCR conforme | Extras et saisonniers gérés | Avantages repas calculés", "Grille HCR 2026 à jour, extras à la journée. Une équipe qui connaît la restauration.", "paylo.fr/paie-restaurant"],
        ["Concurrence", "Une alternative avec support téléphone | Même prix, vrai humain", "Changez de logiciel de paie en 1 heure : import de vos salariés offert.", "paylo.fr/comparatif"],
    ]),
    ("D2 — Rétroplanning du programme cabinets", [
        ["Tâche", "Responsable", "Charge", "Début", "Fin", "Dépendance"],
        ["Grille de commissions validée", "Clémence", "2 j", "03/11/2025", "07/11/2025", "—"],
        ["Kit partenaire (deck, FAQ, vidéos)", "Maxime", "6 j", "10/11/2025", "21/11/2025", "Grille"],
        ["Espace partenaire HubSpot + codes UTM", "Maxime", "3 j", "17/11/2025", "26/11/2025", "—"],
        ["Emailing 420 cabinets Occitanie", "Inès (SDR)", "2 j", "01/12/2025", "05/12/2025", "Kit"],
        ["Démos individuelles", "Inès + Hugo", "12 j", "08/12/2025", "27/02/2026", "Emailing"],
        ["Webinar onboarding partenaires", "Maxime", "1 j", "14/05/2026", "14/05/2026", "—"],
    ]),
    ("E — Liens vers les outils de suivi", [
        ["Outil", "Usage", "Lien"],
        ["Looker Studio — Growth dashboard", "Vue mensuelle acquisition et MRR", "https://lookerstudio.google.com/reporting/paylo-growth-fy26"],
        ["GA4 — propriété paylo.fr", "Trafic, entonnoir d'inscription", "https://analytics.google.com/analytics/web/#/p318842210"],
        ["Semrush — Position Tracking", "Suivi de 180 requêtes", "https://www.semrush.com/tracking/paylo-fr"],
        ["HubSpot — rapport d'attribution", "Comptes par source", "https://app-eu1.hubspot.com/reports/paylo/attribution"],
        ["Crisp — analytics", "Statistiques chat", "https://app.crisp.chat/website/paylo/analytics"],
    ]),
]

CHATS = [
    ("Conversation 1 — 12/02/2026, 18 h 42 — essai en cours, converti (plan Équipe)", [
        ("Visiteur (Sandrine, restaurant « Le Capitole Gourmand »)", "Bonjour, j'ai 7 salariés dont 2 extras, est-ce que votre logiciel gère les extras HCR ?"),
        ("Élodie (Paylo)", "Bonsoir Sandrine ! Oui, les contrats d'extra sont gérés, avec la DPAE et la fiche à la journée. Vous êtes sur la convention HCR, c'est bien ça ?"),
        ("Visiteur", "Oui. Et les avantages en nature repas ?"),
        ("Élodie (Paylo)", "Ils sont calculés automatiquement au barème HCR 2026. Je peux vous montrer en 2 min en partageant votre écran, ou vous envoyer le tuto vidéo."),
        ("Visiteur", "La vidéo ça ira. Pour 7 salariés c'est quel prix ?"),
        ("Élodie (Paylo)", "Plan Équipe à 69 €/mois HT, ou 690 € à l'année (2 mois offerts). Vous pouvez payer l'annuel en 4 fois sans frais."),
        ("Visiteur", "Ok je prends l'annuel en 4 fois."),
        ("Élodie (Paylo)", "Parfait, voici le lien de paiement sécurisé. Je reste dispo si besoin pour le premier bulletin !"),
    ]),
    ("Conversation 2 — 03/03/2026, 11 h 15 — visiteur, non converti", [
        ("Visiteur (anonyme)", "Bonjour vous gérez les salariés à domicile ? nounou"),
        ("Julien (Paylo)", "Bonjour ! Paylo est conçu pour les entreprises. Pour une assistante maternelle employée par un particulier, c'est le service Pajemploi de l'URSSAF qui est adapté (gratuit)."),
        ("Visiteur", "ah ok donc pas possible chez vous"),
        ("Julien (Paylo)", "Non désolé, mais si un jour vous créez une entreprise avec des salariés, nous serons là ! Je vous envoie le lien Pajemploi."),
        ("Visiteur", "merci"),
    ]),
]

CHAT_COMMENT = ("Analyse : la conversation 1 est typique des conversions assistées : question métier précise, réponse en moins de 2 minutes, "
                "proposition de démonstration, puis annonce claire du prix et de l'option de paiement échelonné. La conversation 2 est hors cible "
                "(particulier employeur) : la non-conversion est normale, mais ce type de demande représente 9 % des conversations ; "
                "nous avons ajouté une question de qualification au bot (« Êtes-vous une entreprise ? ») pour orienter ces visiteurs automatiquement.")


def fixed_zip(data, path, dt):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=dt)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(name))


def build_pptx(path):
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    for i, s in enumerate(SLIDES):
        layout = prs.slide_layouts[0] if i == 0 else prs.slide_layouts[5]
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = s["t"]
        slide.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(30 if i else 40)
        if i == 0:
            slide.placeholders[1].text = "\n".join(s["b"])
        elif "tbl" in s:
            rows = s["tbl"]
            nr, nc = len(rows), len(rows[0])
            shape = slide.shapes.add_table(nr, nc, Inches(0.5), Inches(1.5), Inches(12.3), Inches(0.4 * nr))
            tb = shape.table
            size = 12 if nr * nc > 24 else 14
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = tb.cell(r, c)
                    cell.text = val
                    for p in cell.text_frame.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(size)
        if i > 0 and "b" in s:
            box = slide.shapes.add_textbox(Inches(0.6), Inches(1.5), Inches(12.1), Inches(5.5))
            tf = box.text_frame
            tf.word_wrap = True
            for k, line in enumerate(s["b"]):
                p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                p.text = "• " + line
                p.runs[0].font.size = Pt(18)
                p.space_after = Pt(8)
        foot = slide.shapes.add_textbox(Inches(0.4), Inches(7.0), Inches(8), Inches(0.4))
        foot.text_frame.text = f"Maxime Delpech — Paylo — {i + 1}/{len(SLIDES)}"
        foot.text_frame.paragraphs[0].runs[0].font.size = Pt(10)
        slide.notes_slide.notes_text_frame.text = s["n"]
    cp = prs.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = "Paylo — Growth review & plan FY26"
    buf = io.BytesIO()
    prs.save(buf)
    fixed_zip(buf.getvalue(), path, (2026, 6, 18, 9, 0, 0))


def build_pdf(path):
    ss = getSampleStyleSheet()
    cell = ss["BodyText"].clone("cell", fontSize=7.5, leading=9)
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36,
                            title="Paylo — annexes", author=AUTHOR, invariant=1)
    story = [Paragraph("Paylo — Annexes de la soutenance (Maxime Delpech, juin 2026)", ss["Title"])]

    def tbl(rows):
        data = [[Paragraph(str(c), cell) for c in r] for r in rows]
        t = Table(data, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f5")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    for k, (title, rows) in enumerate(ANNEX):
        if title[0] in "BD" and title[1] == " ":
            story.append(PageBreak())
        elif k:
            story.append(Spacer(1, 14))
        story.append(Paragraph(title, ss["Heading2"]))
        if rows is None:
            for ct, lines in CHATS:
                story.append(Paragraph(ct, ss["Heading4"]))
                story.append(tbl([["Interlocuteur", "Message"]] + [list(x) for x in lines]))
                story.append(Spacer(1, 8))
            story.append(Paragraph(CHAT_COMMENT, ss["BodyText"]))
            story.append(Paragraph("C — Captures (vitrine)", ss["Heading2"]))
            for cap in ["Figure C1 : pricing page Webflow, badge « le plus choisi » sur le plan Essentiel et comparateur de plans.",
                        "Figure C2 : écran de l'app après le premier bulletin, encart d'upsell vers le module notes de frais.",
                        "Figure C3 : fin du simulateur de coût employeur, CTA « Essayer 14 jours » et rappel du support téléphonique."]:
                story.append(Paragraph(cap, ss["Italic"]))
        else:
            story.append(tbl(rows))
    doc.build(story)


if __name__ == "__main__":
    os.makedirs(OUT_DIR, exist_ok=True)
    build_pptx(os.path.join(OUT_DIR, "paylo-soutenance.pptx"))
    build_pdf(os.path.join(OUT_DIR, "paylo-annexes.pdf"))
    print("ok")
