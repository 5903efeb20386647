# Générateur du dossier du candidat c85 (Plioo, pressing et blanchisserie à domicile, Lyon) :
# un board deck PPTX de 22 diapositives 16:9 (fond blanc, barre d'accent menthe, notes orateur sur 18 diapositives)
# et une annexe PDF A4 de 5 pages (reportlab, invariant=1). Vocabulaire « start-up / board » en franglais.
import datetime, io, os, zipfile
from pptx import Presentation
from pptx.util import Inches, Pt, Emu
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c85-pressing-domicile-lyon")
AUTHOR = "Sacha Dumont"
FIXED = datetime.datetime(2026, 6, 18, 9, 0, 0)
INK = RGBColor(0x17, 0x2A, 0x33)
MINT = RGBColor(0x4F, 0xD1, 0xA5)
MINT_DARK = RGBColor(0x1E, 0x8C, 0x6B)
GREY = RGBColor(0x6B, 0x72, 0x78)


def fr(x, d=0):
    return ("{:,.%df}" % d).format(x).replace(",", " ").replace(".", ",")


# ---------------------------------------------------------------------------
# Chiffres du P&L marketing H2 (forecast) : canal, lignes de coût, spend k€, nouveaux clients, revenue H2 par nouveau client (€)
# ---------------------------------------------------------------------------
PL_H2 = [
    ("1. B2B2C outbound + consignes", "SDR 1 ETP (24 k€), 16 consignes installées à 1 900 € (30,4 k€), activation sur site (9,6 k€)", 64.0, 2600, 96),
    ("2. Referral loop", "Crédits 10 € parrain + 10 € filleul (29 k€), évolutions Braze (2 k€)", 31.0, 1450, 78),
    ("3. SEA local (Google Ads)", "Media Search + PMax Lyon/Villeurbanne (44 k€), landing pages (4 k€)", 48.0, 1300, 74),
    ("4. Paid social (Meta, TikTok)", "Media (36 k€), production UGC et ambassadeurs (6 k€)", 42.0, 1150, 68),
    ("5. SEO local (pages quartiers)", "Rédaction freelance 24 pages (7 k€), dev Next.js (5 k€)", 12.0, 600, 74),
    ("6. Affiliate — plateformes avantages salariés", "Listing (3 k€), commission 8 % sur 1re commande (6 k€)", 9.0, 500, 90),
]
PL_SPEND = sum(r[2] for r in PL_H2)
PL_NEW = sum(r[3] for r in PL_H2)
PL_REV = sum(r[3] * r[4] for r in PL_H2) / 1000.0

# Lift test « Semaine couette −30 % » (7–13 avril 2026) vs même semaine 2025
LT_BASE = 16900
LT_HOLD = 1690
LT_TEST = LT_BASE - LT_HOLD
LT_T_ORD, LT_H_ORD = 882, 36
LT_T_RATE = LT_T_ORD / LT_TEST * 1000
LT_H_RATE = LT_H_ORD / LT_HOLD * 1000
LT_INCR = round((LT_T_RATE - LT_H_RATE) / 1000 * LT_TEST)

# ---------------------------------------------------------------------------
# Deck : t = titre, b = lignes de la diapo de couverture, tbl = tableau, grid = grille sans en-tête,
# cols = deux colonnes (titre, puces), n = notes orateur
# ---------------------------------------------------------------------------
SLIDES = [
    # 1
    {"t": "Board deck — Growth plan H2 2026",
     "b": ["Plioo SAS — pressing et blanchisserie à domicile et au bureau, Lyon 7e",
           "Présenté par Sacha Dumont, Head of Growth, au board du 18 juin 2026 : Hugo Berthier et Amel Chérif (co-founders), Rhône Angels",
           "Deck repris tel quel comme dossier VAE — titre Chef de projet e-commerce, blocs 1 et 2",
           "Appendix : plioo-appendix.pdf (A voice of customer, B teardown, C transcripts Intercom, D metrics Intercom + lift test, E P&L forecast vs actual)"],
     "n": None},
    # 2
    {"t": "Plioo at a glance — FY 2025",
     "tbl": [["KPI", "FY 2024", "FY 2025", "Commentaire"],
             ["Revenue HT", "1,71 M€", "2,60 M€", "+52 % ; 2e année pleine de l'atelier de Vénissieux"],
             ["Clients actifs (≥ 1 commande / 12 mois)", "12 900", "18 400", "+43 %"],
             ["Commandes", "63 000", "96 000", "AOV 27 € (26 € en 2024)"],
             ["Mix B2C / B2B2C (en revenue)", "71 % / 29 %", "64 % / 36 %", "Le B2B2C tire la croissance"],
             ["Entreprises équipées d'une consigne Plioo", "21", "38", "Consignes connectées dans les bureaux, les salariés paient"],
             ["Membres Plioo+ (9,90 €/mois)", "1 400", "3 100", "Collectes gratuites, −10 % sur tout"],
             ["Team", "22", "31", "14 atelier, 9 drivers (e-vans), 8 HQ"],
             ["Process", "Aquanettoyage", "Aquanettoyage", "Zéro perchloroéthylène, assurance jusqu'à 800 € par pièce"]],
     "w": [3.4, 1.4, 1.4, 4.2], "fs": 13,
     "n": None},
    # 3
    {"t": "Voice of customer — méthode (mars–avril 2026)",
     "cols": [("24 interviews qualitatives", [
                  "8 par persona pressenti, 45 min en visio ou sur site, guide d'entretien dans Notion",
                  "Recrutement : 18 clients actifs, 3 churners, 3 non-clients de bureaux équipés",
                  "Double codage (Sacha + Léa) : jobs, gains, pains, déclencheur de la 1re commande",
                  "Verbatims et grille de codage en appendix A"]),
              ("1 480 réponses in-app", [
                  "Survey Mixpanel déclenché après la 2e commande livrée, 6 questions",
                  "Taux de réponse 14 %, fenêtre du 3 au 30 mars 2026",
                  "Croisé avec le comportement réel (fréquence, AOV, quartier, consigne ou domicile)",
                  "Résultats question par question en appendix A"])],
     "n": "Pourquoi ce double dispositif : les interviews donnent le « pourquoi », le survey nous dit si c'est représentatif. On avait un biais fort au départ : on pensait que le prix était le premier pain. Les interviews montrent que c'est la peur de rater le driver et le manque de créneaux le soir qui pèsent le plus ; le prix n'arrive qu'en 4e position dans le survey (19 % des réponses). "
          "Limite assumée : le survey n'interroge que des clients qui ont déjà commandé deux fois, donc on sous-estime les pains de première commande. C'est pour ça qu'on a ajouté 3 churners et 3 non-clients dans les interviews. "
          "Tout a été lu avec la grille value-proposition canvas : jobs-to-be-done, gains attendus, pains. C'est cette grille qui structure la slide suivante."},
    # 4
    {"t": "Personas — value-proposition canvas",
     "tbl": [["Persona", "Qui", "Jobs-to-be-done", "Gains", "Pains", "Poids revenue 2025"],
             ["« Jeune actif pressé »", "25–34 ans, sans enfant, Lyon 3e, 6e, 7e ; app iOS à 71 %", "Avoir des chemises et un costume propres sans y penser", "Créneaux 19 h–22 h, suivi temps réel du driver, repassage impeccable", "Rater le driver, pressing de quartier fermé à 19 h, « je pourrais le faire moi-même »", "38 %"],
             ["« Famille 2 enfants »", "35–45 ans, Villeurbanne, Caluire, Ouest lyonnais", "Sortir le volume du week-end : linge de maison, couettes, vêtements d'enfants tachés", "Samedi libéré, couettes et rideaux emportés, détachage qui marche", "Peur de perdre ou d'abîmer une pièce chère, prix d'une couette, créneaux du samedi saturés", "26 %"],
             ["« Cadre en entreprise équipée »", "30–55 ans, salarié d'un des 44 sites équipés d'une consigne", "Déposer le lundi, récupérer le jeudi, sans détour", "Zéro trajet, co-paiement employeur, costume prêt pour un rendez-vous client", "Consigne pleine, code de retrait perdu, rien le vendredi", "36 %"]],
     "w": [1.9, 2.2, 2.4, 2.6, 2.8, 1.1], "fs": 11,
     "n": "Les trois personas sortent du codage des 24 interviews, puis on a vérifié leur poids dans la base avec Mixpanel. "
          "Jeune actif pressé : le gain n°1 cité est le créneau du soir (7 interviews sur 8, 44 % du survey). Le pain n°1 : « rater le driver » (6/8). Ce qui déclenche la 1re commande, c'est souvent un rendez-vous important ou un déménagement. "
          "Famille 2 enfants : le job est le volume, pas la vitesse. Gain n°1 : récupérer le samedi. Pain n°1 : la peur de la casse sur une pièce chère, d'où l'importance de l'assurance 800 € dans le messaging. Très saisonnier : couettes en octobre-novembre, rangement des affaires d'hiver au printemps. "
          "Cadre en entreprise équipée : le gain est la proximité, la consigne est à 20 mètres de son bureau. Pain n°1 : la consigne pleine le lundi matin (cité 5/8), c'est un sujet ops qu'on traite avec Amel (deuxième colonne de casiers sur les 10 sites les plus chargés). "
          "Verbatim qui résume bien : « Je ne vais pas au pressing, le pressing vient à mon bureau » (cadre, Gerland)."},
    # 5
    {"t": "Customer journey map — persona « cadre en entreprise équipée »",
     "tbl": [["", "Awareness", "Consideration", "Conversion", "Usage", "Advocacy"],
             ["Touchpoints", "Kakemono et QR code près de la consigne, mail RH de lancement, intranet / CSE", "Page « Plioo au bureau » sur l'app, Q&A sur site le jour du lancement, avis des collègues", "Install app → 1re commande, code de bienvenue −5 €, co-paiement affiché au checkout", "Dépôt lundi, retrait jeudi, push « votre linge est prêt », Intercom", "TBD après NPS Q3"],
             ["Ce qu'il/elle vit", "« Il y a un pressing dans le hall ? »", "Compare mentalement au pressing de son quartier : prix, délai", "Teste avec 2 chemises, pas encore le costume", "Routine hebdo ; le costume arrive à la 3e commande", "TBD après NPS Q3"],
             ["Rate mesuré (H1 2026)", "62 % des salariés connaissent la consigne à M+1 (survey sur 6 sites)", "18 % des salariés installent l'app dans les 60 jours", "41 % des installs passent une 1re commande (install → 1re commande)", "1,1 commande / mois ; rétention M3 68 %", "TBD après NPS Q3"]],
     "w": [1.7, 2.3, 2.3, 2.3, 2.1, 1.6], "fs": 11,
     "n": "La journey map est faite pour le persona cadre, celui qu'on va pousser en premier en H2. Données : Mixpanel pour l'app, AppsFlyer pour les installs par site (un lien par consigne), survey d'awareness interne sur 6 sites. "
          "Attention au vocabulaire : ici « conversion » veut dire install → première commande, pas visite → commande comme sur le web. 41 %, c'est bon mais on perd 59 % des gens qui ont fait l'effort d'installer l'app. Le principal blocage remonté par Intercom : la création du compte entreprise (code société) — fix prévu sprint 3. "
          "L'étape la plus faible reste l'install : 18 % seulement des salariés. C'est là que l'activation sur site (Q&A, café offert le jour du lancement) fait la différence : 27 % d'installs sur les sites où on a fait une activation, 11 % ailleurs. "
          "Colonne advocacy : on n'a pas encore de mesure propre. Le NPS est lancé au Q3 via Braze ; on complétera la colonne à ce moment-là."},
    # 6
    {"t": "Competitive mapping — prix × convenience",
     "tbl": [["Acteur", "Modèle", "Chemise", "Costume 2 p.", "Couette", "Score convenience /10", "Quadrant"],
             ["Pressing Express Lyon", "12 boutiques, dépôt en magasin", "2,90 €", "14 €", "22 €", "3", "Prix bas / convenience faible"],
             ["Net&Sec", "Franchise, 5 points à Lyon", "3,20 €", "15 €", "23 €", "3,5", "Prix bas / convenience faible"],
             ["LaverieGo", "App, collecte à domicile, Paris + Lyon", "3,90 €", "19 €", "29 €", "8", "Prix haut / convenience forte"],
             ["Kleen", "Consignes en entreprise seulement", "3,60 €", "17 €", "—", "6,5", "Prix moyen / convenience B2B"],
             ["Plioo", "App + web, domicile + consignes, aquanettoyage", "3,50 €", "16 €", "24 €", "8,5", "Prix moyen / convenience forte"]],
     "w": [2.0, 3.0, 1.0, 1.2, 1.0, 1.5, 2.6], "fs": 12,
     "n": None},
    # 7
    {"t": "Teardown — so what pour Plioo",
     "cols": [("Ce que montre le teardown (appendix B, 9 critères)", [
                  "LaverieGo : la meilleure app (créneaux d'1 h, 4,6 sur les stores) mais seulement 4 arrondissements couverts à Lyon",
                  "Kleen : 24 entreprises équipées à Lyon, aucune collecte à domicile, pas de couettes",
                  "Pressing Express : 0,60 € moins cher que nous sur la chemise, perchloro, fermé à 19 h",
                  "Net&Sec : qualité très variable selon les franchisés (avis 3,6)"]),
              ("So what", [
                  "Personne ne combine domicile + consignes bureau + process sans solvant : c'est notre quadrant",
                  "Ne pas se battre sur le prix de la chemise : on package la valeur via Plioo+",
                  "Kleen est la vraie menace B2B2C : signer les consignes avant l'hiver",
                  "Copier les créneaux d'1 h de LaverieGo sur le soir (19 h–22 h)"])],
     "n": "Le teardown complet est en appendix B : 4 acteurs × 9 critères, fait avec des commandes réelles passées chez chacun en février (mystery shopping : une chemise, un costume, une couette quand c'est possible). "
          "La lecture prix × convenience est simple : les pressings traditionnels sont moins chers mais demandent un déplacement et ferment tôt ; LaverieGo est sur notre terrain mais plus cher et centré sur Paris ; Kleen ne fait que le bureau. "
          "Le so what le plus important pour le board : Kleen a signé 9 entreprises lyonnaises en 6 mois. Chaque site équipé par Kleen est fermé pour nous pour au moins 2 ans (contrats d'exclusivité). D'où la priorité n°1 sur l'outbound B2B2C dans l'acquisition mix."},
    # 8
    {"t": "MOFF — Menaces, Opportunités, Forces, Faiblesses",
     "grid": [["Menaces\n• Kleen accélère sur les consignes (9 sites signés en 6 mois)\n• LaverieGo annonce Lyon Rive Gauche entière pour septembre\n• Hausse du CPC « pressing lyon » (+31 % en un an)\n• Télétravail : 2 jours par semaine dans 60 % des sites équipés",
               "Opportunités\n• Retour au bureau imposé par plusieurs grands employeurs à la rentrée\n• Cartes avantages salariés (Lumo) ouvertes aux services du quotidien\n• Interdiction progressive du perchloroéthylène en pressing\n• Demande textile durable : réparer, entretenir plutôt que racheter"],
              ["Forces\n• Seul acteur domicile + consignes à Lyon\n• Atelier propre en aquanettoyage, délai 48 h maîtrisé\n• 38 entreprises équipées, co-paiement employeur déjà en place\n• Plioo+ : 3 100 membres qui commandent 3,5× plus",
               "Faiblesses\n• Awareness faible hors 7e / Gerland / Part-Dieu\n• Pas de traitement du cuir ni du daim\n• Créneaux du samedi saturés\n• CAC blended H1 à 31 €, au-dessus de notre plafond"]],
     "n": "Plays tirés du MOFF, c'est ce qui alimente les goals et l'acquisition mix. "
          "SO (forces × opportunités) : utiliser notre base de 38 entreprises équipées et le retour au bureau pour signer vite de nouvelles consignes ; se brancher sur Lumo pour que le co-paiement employeur devienne un argument de vente RH. "
          "ST (forces × menaces) : contrer Kleen en vendant ce qu'il n'a pas, le domicile et les couettes ; contrer LaverieGo par le process sans solvant et l'ancrage lyonnais. Sur le CPC, s'appuyer sur le SEO local et le referral pour dépendre moins de Google Ads. "
          "WO (faiblesses × opportunités) : élargir l'awareness par les salariés des entreprises équipées, qui habitent partout dans la métropole ; traiter le cuir via un deal avec un artisan plutôt qu'en interne. "
          "WT (faiblesses × menaces) : si le télétravail réduit la fréquence au bureau, basculer les cadres sur la collecte à domicile le vendredi ; ne pas laisser le CAC dériver : plafond de 28 € et coupe des canaux au-dessus."},
    # 9
    {"t": "Goals & targets H2 2026",
     "tbl": [["KPI", "Fin 2025", "Mai 2026", "Target 31/12/2026", "Owner"],
             ["Clients actifs", "18 400", "20 100", "24 000", "Sacha"],
             ["Entreprises équipées d'une consigne", "38", "44", "60", "Inès (B2B sales)"],
             ["Membres Plioo+", "3 100", "3 650", "5 000", "Malo (CRM)"],
             ["CAC blended", "29 €", "31 €", "≤ 28 €", "Sacha"],
             ["Part du B2B2C dans le revenue", "36 %", "38 %", "42 %", "Inès"],
             ["Revenue H2 (nouveaux clients du plan)", "—", "—", "≥ " + fr(PL_REV, 0) + " k€", "Sacha / Amel"]],
     "w": [4.0, 1.6, 1.6, 2.2, 2.2], "fs": 15,
     "n": "Ces targets viennent de la trajectoire validée avec Hugo et Amel pour préparer la série A de 2027 : les Rhône Angels nous ont dit qu'un investisseur voudra voir 24 000 clients actifs et un LTV/CAC au-dessus de 3. "
          "24 000 actifs : on a 20 100 fin mai ; le plan amène " + fr(PL_NEW) + " nouveaux clients en H2, moins un churn attendu d'environ 3 700 clients sur la période. "
          "60 entreprises : 16 signatures en 6 mois, soit 2 à 3 par mois. C'est ambitieux mais réaliste : on en a signé 6 entre janvier et mai sans SDR dédié. "
          "Plioo+ à 5 000 : 10 % des nouveaux clients prennent l'abonnement, plus environ 600 clients existants basculés par le push familles de l'automne. "
          "CAC ≤ 28 € : c'est le plafond qui garde un payback à 5 mois (voir slide 15)."},
    # 10
    {"t": "Persona priorities — où va l'argent en H2",
     "tbl": [["Persona", "Priorité H2", "% du budget acquisition", "Pourquoi"],
             ["« Cadre en entreprise équipée »", "P1", "45 %", "Meilleure rétention (M3 68 %), CAC le plus bas (25 €), et chaque consigne signée crée une audience captive"],
             ["« Jeune actif pressé »", "P2", "35 %", "Gros volume à Lyon centre, très sensible au referral ; AOV plus bas (22 €)"],
             ["« Famille 2 enfants »", "P3", "20 %", "AOV le plus haut (41 €) mais très saisonnier : concentré sur la saison couette (oct.–nov.)"]],
     "w": [2.8, 1.4, 2.0, 6.0], "fs": 15,
     "n": "On ne met pas le même argent sur les trois personas. Le cadre passe en P1 parce que c'est là que les unit economics sont les meilleurs : CAC 25 €, payback 4 mois, et la consigne fait le travail d'acquisition à notre place une fois installée. "
          "Le jeune actif est en P2 : beaucoup de volume, mais il churne plus vite (rétention M3 52 %). C'est le persona qui répond le mieux au referral, donc on le travaille surtout par la boucle de parrainage et le paid social. "
          "La famille est en P3 en pourcentage annuel, mais elle passe en tête pendant les 6 semaines de la saison couette : 60 % du media d'octobre-novembre lui est réservé."},
    # 11
    {"t": "Acquisition mix & growth loops — séquence H2",
     "tbl": [["#", "Canal", "Start", "Pourquoi à ce rang", "KPI suivi"],
             ["1", "B2B2C outbound + consignes", "Juillet", "Chaque consigne = 300 à 900 salariés touchés sans media ; doit précéder la rentrée", "Sites signés, installs / site"],
             ["2", "Referral loop (10 € / 10 €)", "Août", "S'appuie sur la base activée en 1 : les cadres parrainent leurs voisins et collègues", "K-factor, 1res commandes parrainées"],
             ["3", "SEA local (Google Ads)", "Septembre", "Capter la demande « pressing + quartier » créée par la rentrée, sans gaspiller en août", "CAC, revenue / spend"],
             ["4", "Paid social (Meta, TikTok)", "Septembre", "Créer la demande chez les jeunes actifs et les familles, avec les contenus ambassadeurs", "CAC, CPI, install → 1re commande"],
             ["5", "SEO local (24 pages quartiers)", "Juillet (effet > oct.)", "Baisser la dépendance au CPC ; pages écrites en été pour être indexées avant la saison couette", "Positions, sessions organiques"],
             ["6", "Affiliate — plateformes avantages salariés", "Octobre", "Prolonge le B2B2C chez les employeurs sans consigne ; payé à la 1re commande", "1res commandes, commission"]],
     "w": [0.4, 3.0, 1.4, 5.4, 2.6], "fs": 12,
     "n": "La séquence suit une logique de boucle : on commence par ce qui crée une base captive (les consignes), puis la boucle de parrainage s'appuie sur cette base, puis le media payant vient capter et amplifier. "
          "Le SEO démarre tôt dans la séquence mais ne donne ses effets qu'à partir d'octobre, c'est pour ça qu'il est 5e en contribution mais lancé en juillet. "
          "On garde l'emailing et les push (Braze) hors du mix d'acquisition : ils servent la rétention et l'activation des installs (voir slides 20 et 22). "
          "Ce qu'on ne fait pas en H2 : TV locale, affichage métro, influence nationale. Trop chers pour notre plafond de CAC."},
    # 12
    {"t": "Rétroplanning H2 — sprint roadmap (Notion)",
     "tbl": [["Sprint", "Dates", "Durée", "Focus", "Owner", "Pourquoi ce timing"],
             ["S1 Pré-rentrée", "1er – 26 juillet", "4 sem.", "Outbound B2B2C, deal Lumo, brief SEO", "Inès, Sacha", "Les RH signent avant les congés pour une install fin août (3 sem. de délai)"],
             ["S2 Creux d'août", "27 juil. – 23 août", "4 sem.", "Production contenus, referral v2, pages SEO", "Léa, Malo", "Lyon se vide, −35 % de commandes : on produit au lieu d'acheter du media"],
             ["S3 Rentrée bureaux", "24 août – 20 sept.", "4 sem.", "Lancement GTM, activation des consignes, SEA", "Sacha, Inès", "Retour au bureau : pic d'installs et de costumes"],
             ["S4 Scale", "21 sept. – 11 oct.", "3 sem.", "Paid social, affiliate, fix création de compte", "Sacha, dev", "On scale ce qui marche après 4 semaines de data"],
             ["S5 Saison couette", "12 oct. – 22 nov.", "6 sem.", "Campagnes familles, couettes, Plioo+", "Malo, Léa", "1er froid : les couettes sortent, AOV famille au plus haut"],
             ["S6 Fêtes", "23 nov. – 20 déc.", "4 sem.", "Costumes et robes de soirée, cartes cadeaux Plioo+", "Léa, Malo", "Soirées d'entreprise et fêtes ; dernier sprint avant le creux de janvier"]],
     "w": [1.8, 1.9, 0.9, 3.2, 1.4, 4.0], "fs": 11,
     "n": "Le rétroplanning est calé sur l'activité réelle de Plioo, pas sur le calendrier civil. Quatre moments structurent l'année : la rentrée des bureaux en septembre, la saison couette en octobre-novembre, le changement de garde-robe au printemps (mars-avril, qu'on prépare dès janvier 2027) et le creux d'août où les commandes baissent de 35 %. "
          "Les durées viennent de nos sprints passés : une consigne demande 3 semaines entre la signature et l'installation (électricien, réseau, stickers), une page SEO met environ 6 semaines à se positionner, une vague de créas paid social se prépare en 2 semaines. "
          "Chaque sprint a une page Notion avec owner, tâches, date de revue et KPI. Revue chaque lundi en growth meeting, démo sprint le dernier vendredi. Le document Notion est partagé avec Amel pour les impacts ops (capacité atelier en saison couette : +1 équipe le samedi)."},
    # 13
    {"t": "Co-branding deals — avec qui on s'associe",
     "tbl": [["Deal", "Audience partagée", "Usage compatible", "Brand fit", "Statut"],
             ["Lumo (carte avantages salariés)", "Salariés de 210 entreprises lyonnaises, dont 31 sans consigne Plioo", "Dépense « services du quotidien » déjà prévue sur la carte", "Service utile au salarié, sans greenwashing", "Signé, live sprint 1"],
             ["Talon & Fil (cordonnerie, retouches)", "Cadres et jeunes actifs du centre", "Chaussures et retouches récupérées avec le linge, même consigne", "Réparer plutôt que jeter", "Pilote 5 consignes en sept."],
             ["Savonnerie du Rhône (lessive écologique)", "Familles, CSP+ sensibles à l'éco", "Échantillon dans chaque sac famille ; cross-promo sur leur e-shop", "Cohérent avec l'aquanettoyage", "Signé (contrepartie produit)"],
             ["Réseau Ruche & Desk (9 coworkings)", "Freelances et start-ups, profil « jeune actif »", "Consigne partagée par espace, passage quotidien", "Ancrage local, communauté", "En négo (3 espaces test)"],
             ["Marque fast-fashion (offre entrante)", "Très large, 18–30 ans", "Collecte de vêtements usagés", "Refusé : incohérent avec une promesse textile durable", "Déclinée en avril"]],
     "w": [2.6, 2.7, 3.0, 2.5, 1.6], "fs": 11,
     "n": "Trois filtres pour chaque deal : on partage la même audience, l'usage se combine naturellement avec un passage Plioo (pas de parcours en plus pour le client), et l'image des deux marques est compatible. "
          "Lumo coche les trois cases et ouvre 31 employeurs sans consigne : c'est aussi le canal n°6 de l'acquisition mix. Talon & Fil résout une partie de notre faiblesse « cuir et chaussures » sans investissement atelier. La Savonnerie du Rhône renforce le discours sans solvant auprès des familles. "
          "La marque fast-fashion nous proposait 40 k€ de visibilité pour un programme de collecte de vêtements. On a dit non : leur modèle de vêtements jetables est incohérent avec une promesse textile durable, et nos clients familles nous l'auraient reproché (2 interviews citent spontanément « consommer moins mais mieux »)."},
    # 14
    {"t": "Lift test « Semaine couette −30 % » — 2026 vs 2025",
     "tbl": [["Metric", "Avril 2025 (−20 % à tous, sans holdout)", "Avril 2026 — test (−30 %)", "Avril 2026 — holdout (10 %)", "Lift"],
             ["Base éligible", "13 800", fr(LT_TEST), fr(LT_HOLD), "—"],
             ["Commandes couette", "455", str(LT_T_ORD), str(LT_H_ORD), "+" + str(LT_INCR) + " incrémentales"],
             ["Commandes couette / 1 000 clients", "33,0", fr(LT_T_RATE, 1), fr(LT_H_RATE, 1), "× " + fr(LT_T_RATE / LT_H_RATE, 1)],
             ["Part des commandes vraiment incrémentales", "inconnue", fr(100 * LT_INCR / LT_T_ORD) + " %", "—", "—"],
             ["Marge nette de la semaine (après remise, atelier)", "non calculée", "+1 160 €", "—", "faible"]],
     "w": [3.2, 2.6, 2.2, 2.2, 2.0], "fs": 13,
     "n": "Lecture critique pour le board. Le test a été fait proprement cette année : 10 % de la base éligible tirés au hasard n'ont rien reçu (holdout), ce qui permet de mesurer ce qui se serait passé sans la promo. Le taux de commande est presque 3 fois plus élevé dans le groupe test. "
          "Mais : 1) environ " + fr(100 - 100 * LT_INCR / LT_T_ORD) + " % des commandes du groupe test auraient eu lieu de toute façon, on leur a donné 30 % pour rien ; 2) la comparaison avec 2025 n'est pas propre (remise différente, base plus petite, pas de holdout en 2025, et avril 2026 plus chaud) : le « +76 % vs l'an dernier » qu'on a vu passer en interne ne veut rien dire ; 3) une fois la remise, le surcoût atelier (2 samedis en heures sup, 1 400 €) et les paniers associés pris en compte, la semaine rapporte environ 1 160 € de marge nette. "
          "Recommandation : on refait l'opération au printemps 2027 mais à −20 %, sur deux semaines pour lisser l'atelier, et avec un bonus réservé aux membres Plioo+. Données complètes en appendix D."},
    # 15
    {"t": "P&L marketing forecast H2 2026 + unit economics",
     "tbl": [["Canal", "Lignes de spend", "Spend H2", "Nouveaux clients", "CAC", "Revenue H2 attendu"]]
            + [[r[0], r[1], fr(r[2], 1) + " k€", fr(r[3]), fr(r[2] * 1000 / r[3], 1) + " €", fr(r[3] * r[4] / 1000, 1) + " k€"] for r in PL_H2]
            + [["Total / blended", "", fr(PL_SPEND, 1) + " k€", fr(PL_NEW), fr(PL_SPEND * 1000 / PL_NEW, 1) + " €", fr(PL_REV, 1) + " k€"],
               ["Unit economics", "AOV 27 € ; marge de contribution 44 % ; 0,47 commande / mois / client ; durée de vie moyenne 17 mois", "", "LTV 95 €", "LTV/CAC 3,4", "Payback 5 mois"]],
     "w": [2.8, 4.8, 1.2, 1.4, 1.3, 1.7], "fs": 10.5,
     "n": "Le forecast H2 est construit canal par canal : lignes de spend (media, production, outils, commissions), nouveaux clients attendus à partir des CAC observés en H1, et revenue attendu sur les mois restants de 2026. "
          "La mesure de retour qu'on propose au board n'est pas le revenue / spend de chaque campagne mais les unit economics : un client rapporte 27 € × 44 % = 11,90 € de marge par commande, il commande 0,47 fois par mois, soit 5,60 € de contribution mensuelle. Avec un CAC de 28 €, on récupère la mise en 5 mois ; sur 17 mois de durée de vie moyenne, la LTV est de 95 €, soit LTV/CAC = 3,4. "
          "H1 forecast vs actual (appendix E) : le paid social a fait −15 % de revenue vs forecast. Fix : refresh des créas chaque semaine au lieu de chaque mois, 30 % du budget Meta basculé sur TikTok Spark Ads avec les vidéos des ambassadeurs, arrêt des audiences lookalike 1 % qui ne convertissaient plus. "
          "Le SEA a dépassé son forecast de 22 % en spend : TBD with Amel."},
    # 16
    {"t": "GTM « Rentrée bureaux » — messaging matrix",
     "tbl": [["Goal", "Audience", "Message", "Channel", "Timing"],
             ["Signer 16 nouveaux sites", "DRH, office managers, élus CSE", "« Une conciergerie textile sans coût fixe : 44 sites lyonnais équipés »", "LinkedIn outbound, afterworks RH, Lumo", "Juillet → sept."],
             ["Activer les salariés des sites équipés", "Cadres en entreprise équipée", "« Déposez lundi, récupérez jeudi, à 20 mètres de votre bureau »", "Kakemono + QR, mail RH, intranet, café de lancement", "Semaine d'install"],
             ["Réactiver les jeunes actifs dormants", "Jeunes actifs sans commande depuis 90 j", "« Ta rentrée sans repassage — créneaux jusqu'à 22 h »", "Push et email Braze, Instagram", "1er – 15 sept."],
             ["Faire passer les familles au domicile", "Familles 2 enfants", "« Uniformes, doudous, couettes : on s'occupe de tout, assuré jusqu'à 800 € »", "Meta Ads, Voisins 7e, SEO quartiers", "Sept. puis oct."]],
     "w": [2.4, 2.4, 3.8, 2.8, 1.4], "fs": 12,
     "n": "Le GTM « Rentrée bureaux » sert directement la stratégie de la boîte : faire monter la part du B2B2C de 38 % à 42 % du revenue, parce que c'est le modèle le plus rentable (tournées groupées, zéro échec de livraison, CAC le plus bas). "
          "La messaging matrix croise chaque goal avec une audience, un message et un channel. On écrit le message dans les mots des interviews : « à 20 mètres de votre bureau » vient directement d'un verbatim. "
          "Pour les DRH, on ne parle pas de prix mais de « service sans coût fixe » et de marque employeur ; pour les familles, on insiste sur l'assurance 800 € parce que la peur de la casse est leur pain n°1."},
    # 17
    {"t": "Relais d'influence & ambassadeurs — H1 2026",
     "tbl": [["Relais", "Qui", "Coût par post / activation", "Code", "1res commandes", "Coût par 1re commande"],
             ["Managers CSE", "12 entreprises équipées", "0 € (post intranet) + 150 € de goodies", "CSE-[site]", "164", "11,0 €"],
             ["3 micro-influenceurs lyonnais", "@lyon.en.semaine (18 k), @mamancroixrousse (24 k), @matteo.dresse (9 k)", "250 à 400 € par post", "LYONSEM, CRX10, MATTEO", "131", "24,8 €"],
             ["App de quartier « Voisins 7e »", "Fil d'annonces du 7e", "120 € par post sponsorisé", "VOISINS7", "58", "12,4 €"],
             ["Community managers de coworkings", "Ruche & Desk, 2 espaces indépendants", "80 € par newsletter", "COWORK", "59", "8,1 €"],
             ["Total", "", "", "", "412", "15,2 €"]],
     "w": [2.3, 3.3, 2.4, 2.0, 1.3, 1.5], "fs": 12,
     "n": "On a retenu ces relais parce que leur coût par post était le plus bas de ce qu'on nous proposait : tout est sous 400 € le post, contre 1 200 à 2 500 € pour les créateurs lyonnais au-dessus de 50 k abonnés qu'on avait contactés. Les managers CSE ne coûtent presque rien puisqu'ils publient sur l'intranet. "
          "Mesure : chaque relais a son code de parrainage dans l'app ; 412 premières commandes au total sur janvier–mai, pour 6 250 € dépensés. On reconduit les quatre en H2 et on ajoute deux micro-influenceurs au même tarif."},
    # 18
    {"t": "Community & share of voice",
     "cols": [("Ce qu'on publie (Instagram, TikTok)", [
                  "Reels avant / après : la veste tachée, le costume froissé, la couette jaunie — 3 par semaine",
                  "Série « Plioo Rescue » : une tache impossible par épisode (vin rouge, herbe, fond de teint), vote des abonnés pour la suivante",
                  "Coulisses de l'atelier de Vénissieux et des drivers en e-van",
                  "Réponse aux commentaires et DM en moins de 2 h, repost des clients qui taguent @plioo"]),
              ("Résultats (déc. 2025 → mai 2026)", [
                  "Instagram : 5 200 → 11 800 abonnés",
                  "TikTok : 0 → 7 300 abonnés (compte lancé en janvier)",
                  "Share of voice vs Pressing Express, LaverieGo, Net&Sec, Kleen (mentions + social, Lyon) : 9 % → 17 %",
                  "Bonne dynamique."])],
     "n": None},
    # 19
    {"t": "Conversational support — Intercom",
     "cols": [("Set-up", [
                  "Messenger Intercom dans l'app et sur le web (Next.js), même inbox",
                  "Bot de triage : 5 intents (suivi de commande, créneau, tarifs, dommage / réclamation, B2B consigne)",
                  "Order lookup : le bot lit le statut de la commande via notre API back-office",
                  "Routing : ops (dommages), care (le reste), sales (B2B) ; humains 8 h–21 h en semaine, 9 h–18 h le samedi",
                  "Transcripts réels en appendix C (1 converti, 1 non converti)"]),
              ("Metrics (appendix D, janv.–mai 2026)", [
                  "≈ 3 900 conversations / mois",
                  "First reply humain : 1 min 40 en médiane",
                  "Résolution par le bot : 31 % → 42 %",
                  "Conversion assistée : 11 % des conversations prospects débouchent sur une commande dans les 24 h",
                  "CSAT 4,6 / 5"])],
     "n": "Les conversations Intercom, c'est notre deuxième canal de vente après l'app elle-même. Trois lectures des metrics. "
          "1) Le volume monte (3 600 → 4 300 par mois) plus vite que les commandes : c'est la rentrée des nouveaux clients B2B2C, qui posent beaucoup de questions sur la consigne. D'où une FAQ consigne dans l'app en sprint 3. "
          "2) La résolution par le bot progresse grâce à l'order lookup, ce qui a permis de tenir un first reply à 1 min 40 avec le même staffing. "
          "3) La conversion assistée de 11 % est deux fois le taux de commande d'une session app normale (5,2 %) : quand quelqu'un pose une question sur une pièce spéciale, il est prêt à commander si on répond vite. "
          "Les deux transcripts en appendix C le montrent : la robe de mariée est convertie parce qu'on a une réponse claire en moins de 2 minutes ; la veste en cuir est perdue parce qu'on ne traite pas le cuir et qu'on n'avait pas d'alternative à proposer. Le deal Talon & Fil répond à ce cas."},
    # 20
    {"t": "In-app merchandising — cards, carrousels, upsell au checkout",
     "tbl": [["Placement", "Format", "Ce qu'on y pousse", "Perf. mai 2026"],
             ["Home de l'app", "Card saisonnière + carrousel « Plioo Rescue »", "Couettes, détachage, offre du moment selon le persona (Braze)", "CTR 6,8 % sur la card"],
             ["Basket", "Upsell au checkout", "« Détachage premium » +4 € par pièce", "Take rate 14 %, +1,10 € d'AOV"],
             ["Order tracking", "Card dans l'écran de suivi", "« Ajoute ta couette au prochain passage du driver »", "3,9 % d'ajout"],
             ["Push", "Push Braze déclenché par l'usage", "Linge prêt, rappel de dépôt le lundi, créneau du soir libéré", "Ouverture 9,5 %"],
             ["Web (Next.js)", "Bandeau + bloc « les plus commandés »", "Costume, chemise, couette, offre Plioo+", "CTR 2,1 %"]],
     "w": [1.8, 3.0, 4.4, 2.4], "fs": 13,
     "n": "Le in-app merchandising est piloté par persona grâce à Braze : une famille voit la couette sur la home en octobre, un cadre voit le rappel de dépôt du lundi. "
          "L'upsell « détachage premium » au checkout est le meilleur placement en valeur : 14 % des commandes le prennent, ce qui ajoute 1,10 € au panier moyen avec une marge atelier de 70 %. "
          "Les placements sont choisis selon le moment de l'usage : la home pour découvrir, le basket pour augmenter le panier, le suivi de commande pour déclencher la commande suivante, les push pour ramener dans l'app."},
    # 21
    {"t": "Wallets / checkout & trust",
     "cols": [("Wallets & checkout", [
                  "Stripe : carte bancaire avec 3DS2, carte enregistrée pour les collectes récurrentes",
                  "Apple Pay et Google Pay : 58 % des commandes in-app",
                  "Tests de bout en bout (mai 2026) : iPhone iOS 17, Android Pixel 7 et Samsung A54, iPad, web desktop Chrome / Safari / Firefox — tous OK",
                  "Options de financement : co-paiement employeur dans 38 sites, carte avantages salariés Lumo (live sprint 1)"]),
              ("Trust", [
                  "3DS sur toutes les cartes, aucune donnée carte stockée chez nous (Stripe)",
                  "Assurance jusqu'à 800 € par pièce, affichée au checkout",
                  "4,7 / 5 sur 4 900 avis (stores + Google)",
                  "Photo de chaque pièce à la prise en charge, consultable dans l'app"])],
     "n": "Les tests de checkout sont refaits à chaque release : une commande réelle par wallet et par device, remboursée ensuite. Dernière campagne de tests le 27 mai : OK sur iOS, Android, iPad et desktop web ; un seul bug trouvé sur Firefox (bouton Google Pay masqué), corrigé en 48 h. "
          "Co-paiement employeur, lecture côté Plioo : dans les 38 entreprises qui le pratiquent, la fréquence de commande est 1,6 fois plus élevée que chez les salariés de sites sans co-paiement (1,1 contre 0,7 commande par mois). Impact marge : l'employeur règle sa part sur facture mensuelle, donc aucune remise à notre charge ; le coût, c'est la facturation (1,2 % du revenue B2B2C) et le délai de paiement à 45 jours, soit environ 38 k€ de BFR. Lumo prend 2,5 % de commission sur les transactions. Au total la marge de contribution B2B2C reste à 47 %, au-dessus du B2C."},
    # 22
    {"t": "Retention — membership Plioo+ & referral loop",
     "cols": [("Plioo+ (9,90 € / mois)", [
                  "Collectes gratuites et −10 % sur tout ; 3 650 membres fin mai, target 5 000",
                  "Un membre commande 1,4 fois par mois contre 0,4 pour un non-membre",
                  "Churn mensuel 4,2 % (11 % pour les non-membres actifs)",
                  "Push à l'automne vers les familles : l'abonnement est rentabilisé dès 2 couettes"]),
              ("Referral loop", [
                  "10 € offerts au filleul, 10 € crédités au parrain après la 1re commande",
                  "K-factor 0,18 ; 22 % des nouveaux clients H1 viennent du parrainage",
                  "V2 en sprint 2 : lien de parrainage dans l'écran « linge prêt », au moment où le client est content",
                  "Programme à points : étudié et rejeté"])],
     "n": "Pourquoi la membership plutôt qu'un programme à points : notre client ne cherche pas à accumuler, il cherche à ne plus penser au linge. Plioo+ transforme la commande en routine (collecte gratuite) et c'est ce qui fait baisser le churn de 11 % à 4,2 % par mois. Dans le survey, 17 % seulement des répondants se disent intéressés par des points, contre 46 % pour des collectes gratuites. Les points auraient aussi coûté un outil de plus et une promesse difficile à lire à côté du −10 % Plioo+. "
          "Le referral est la deuxième brique : il coûte 20 € par nouveau client, sous notre CAC plafond, et il amène des clients qui ressemblent aux parrains (même quartier, même entreprise). "
          "Asks au board : valider le spend H2 de " + fr(PL_SPEND, 0) + " k€, le recrutement du SDR B2B en juillet, et la règle « tout canal au-dessus de 28 € de CAC pendant 4 semaines est coupé »."},
]


def fixed_zip(data, path, dt):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=dt)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(name))


def add_bullets(slide, left, top, width, height, head, lines, size):
    box = slide.shapes.add_textbox(left, top, width, height)
    tf = box.text_frame
    tf.word_wrap = True
    p = tf.paragraphs[0]
    p.text = head
    p.runs[0].font.size = Pt(size + 3)
    p.runs[0].font.bold = True
    p.runs[0].font.color.rgb = MINT_DARK
    p.space_after = Pt(8)
    for line in lines:
        q = tf.add_paragraph()
        q.text = "• " + line
        q.runs[0].font.size = Pt(size)
        q.runs[0].font.color.rgb = INK
        q.space_after = Pt(7)
    return box


def add_table(slide, rows, top, size, header=True, widths=None, height=None):
    nr, nc = len(rows), len(rows[0])
    W = Inches(12.3)
    shape = slide.shapes.add_table(nr, nc, Inches(0.5), top, W, height or Inches(0.4 * nr))
    tb = shape.table
    tb.first_row = header
    if widths:
        total = sum(widths)
        for j, w in enumerate(widths):
            tb.columns[j].width = Emu(int(W * w / total))
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = tb.cell(r, c)
            cell.margin_top = cell.margin_bottom = Inches(0.04)
            cell.margin_left = cell.margin_right = Inches(0.06)
            lines = str(val).split("\n")
            tf = cell.text_frame
            tf.word_wrap = True
            for k, line in enumerate(lines):
                p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                p.text = line
                for run in p.runs:
                    run.font.size = Pt(size)
                    if header and r == 0:
                        run.font.bold = True
                        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                    elif not header and k == 0:
                        run.font.bold = True
                        run.font.size = Pt(size + 2)
                        run.font.color.rgb = MINT_DARK
                    else:
                        run.font.color.rgb = INK
            cell.fill.solid()
            if header and r == 0:
                cell.fill.fore_color.rgb = RGBColor(0x1E, 0x8C, 0x6B)
            else:
                cell.fill.fore_color.rgb = RGBColor(0xF3, 0xFB, 0xF8) if (r % 2 == 1 or not header) else RGBColor(0xFF, 0xFF, 0xFF)
    return shape


def build_pptx(path):
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    n = len(SLIDES)
    assert n == 22
    blank = prs.slide_layouts[6]
    for i, s in enumerate(SLIDES):
        num = i + 1
        slide = prs.slides.add_slide(blank)
        bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, Inches(0.22), prs.slide_height)
        bar.fill.solid(); bar.fill.fore_color.rgb = MINT; bar.line.fill.background()
        if num == 1:
            tb = slide.shapes.add_textbox(Inches(0.8), Inches(1.6), Inches(11.8), Inches(1.2))
            tb.text_frame.text = "Plioo"
            r = tb.text_frame.paragraphs[0].runs[0]; r.font.size = Pt(28); r.font.bold = True; r.font.color.rgb = MINT_DARK
            tt = slide.shapes.add_textbox(Inches(0.8), Inches(2.4), Inches(11.8), Inches(1.2))
            tt.text_frame.text = s["t"]
            r = tt.text_frame.paragraphs[0].runs[0]; r.font.size = Pt(40); r.font.bold = True; r.font.color.rgb = INK
            ln = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.8), Inches(3.55), Inches(2.4), Inches(0.08))
            ln.fill.solid(); ln.fill.fore_color.rgb = MINT; ln.line.fill.background()
            bx = slide.shapes.add_textbox(Inches(0.8), Inches(3.9), Inches(11.8), Inches(2.6))
            bx.text_frame.word_wrap = True
            for k, line in enumerate(s["b"]):
                p = bx.text_frame.paragraphs[0] if k == 0 else bx.text_frame.add_paragraph()
                p.text = line
                p.runs[0].font.size = Pt(17); p.runs[0].font.color.rgb = GREY
                p.space_after = Pt(8)
        else:
            tt = slide.shapes.add_textbox(Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.8))
            tt.text_frame.word_wrap = True
            tt.text_frame.text = s["t"]
            r = tt.text_frame.paragraphs[0].runs[0]; r.font.size = Pt(26 if len(s["t"]) <= 46 else 22); r.font.bold = True; r.font.color.rgb = INK
            ln = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(1.08), Inches(1.6), Inches(0.06))
            ln.fill.solid(); ln.fill.fore_color.rgb = MINT; ln.line.fill.background()
            if "tbl" in s:
                add_table(slide, s["tbl"], Inches(1.4), s.get("fs", 12), widths=s.get("w"))
            if "grid" in s:
                add_table(slide, s["grid"], Inches(1.4), 13, header=False, height=Inches(5.2))
            if "cols" in s:
                for k, (head, lines) in enumerate(s["cols"]):
                    add_bullets(slide, Inches(0.5 + 6.3 * k), Inches(1.45), Inches(5.9), Inches(5.2), head, lines, 15)
        foot = slide.shapes.add_textbox(Inches(0.5), Inches(7.02), Inches(12.3), Inches(0.35))
        foot.text_frame.text = f"Plioo — Board H2 2026 — confidentiel — {num}/{n}"
        fp = foot.text_frame.paragraphs[0]
        fp.alignment = PP_ALIGN.RIGHT
        fp.runs[0].font.size = Pt(10); fp.runs[0].font.color.rgb = GREY
        if s.get("n"):
            slide.notes_slide.notes_text_frame.text = s["n"]
    cp = prs.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 12
    cp.title = "Plioo — Board deck — Growth plan H2 2026"
    buf = io.BytesIO()
    prs.save(buf)
    fixed_zip(buf.getvalue(), path, (2026, 6, 18, 9, 0, 0))


# ---------------------------------------------------------------------------
# Appendix PDF
# ---------------------------------------------------------------------------
A_INT = [["Persona", "Interviews", "Gain n°1 (citations)", "Pain n°1 (citations)", "Déclencheur de la 1re commande"],
         ["Jeune actif pressé", "8 (6 clients, 1 churner, 1 non-client)", "Créneau du soir 19 h–22 h (7/8)", "Rater le driver (6/8)", "Rendez-vous important, déménagement"],
         ["Famille 2 enfants", "8 (6 clients, 1 churner, 1 non-client)", "Récupérer le samedi (8/8)", "Peur de la casse sur une pièce chère (5/8)", "Couettes à l'automne, tache impossible"],
         ["Cadre en entreprise équipée", "8 (6 clients, 1 churner, 1 non-client)", "Zéro trajet, consigne à 20 m (8/8)", "Consigne pleine le lundi (5/8)", "Lancement sur site, collègue qui l'utilise"]]
A_SURVEY = [["Question (1 480 réponses, mars 2026)", "Réponses"],
            ["Qu'est-ce qui vous a fait essayer Plioo ?", "Gain de temps 52 % — Créneaux du soir 21 % — Consigne au bureau 18 % — Process sans solvant 6 % — Autre 3 %"],
            ["Qu'est-ce qui vous gêne le plus ?", "Rater le driver / reprogrammer 31 % — Créneaux du samedi complets 24 % — Délai 48 h 21 % — Prix 19 % — Autre 5 %"],
            ["Qu'est-ce qui vous ferait commander plus souvent ?", "Collectes gratuites 46 % — Créneaux d'1 h 27 % — Programme à points 17 % — Rien 10 %"],
            ["Comment nous avez-vous connus ?", "Consigne / RH 33 % — Bouche-à-oreille, parrainage 26 % — Instagram / TikTok 17 % — Google 16 % — Autre 8 %"],
            ["Vous sentez-vous en confiance pour confier une pièce à plus de 300 € ?", "Oui 58 % — Oui grâce à l'assurance 800 € 27 % — Non 15 %"],
            ["Recommanderiez-vous Plioo ? (0–10)", "Moyenne 8,1 — mesure NPS complète prévue au Q3"]]
A_QUOTES = ["« Je ne vais pas au pressing, le pressing vient à mon bureau. » — cadre, Gerland",
            "« Le seul moment où je peux être chez moi, c'est après 20 h. » — jeune active, Lyon 3e",
            "« La couette, je la mettais à la laverie du coin, deux heures de mon samedi. » — mère de deux enfants, Caluire",
            "« J'ai arrêté parce que j'ai raté le livreur trois fois. » — churner, Lyon 6e"]

B_TEAR = [["Critère", "Pressing Express Lyon", "LaverieGo", "Net&Sec", "Kleen"],
          ["Prix chemise / costume 2 p.", "2,90 € / 14 €", "3,90 € / 19 €", "3,20 € / 15 €", "3,60 € / 17 €"],
          ["Couette 2 places", "22 €", "29 €", "23 €", "Non traité"],
          ["Couverture à Lyon", "12 boutiques", "Domicile dans 4 arrondissements (1er, 2e, 6e, 7e)", "5 points franchisés", "24 entreprises équipées"],
          ["Collecte", "Non, dépôt en boutique", "Domicile, créneaux d'1 h de 7 h à 22 h", "Non", "Consigne en entreprise uniquement"],
          ["Délai standard", "24 h (chemise) à 72 h", "48 h", "48 à 96 h", "72 h"],
          ["Process", "Perchloroéthylène", "Sous-traité, non communiqué", "Perchloroéthylène (3 points) / aquanettoyage (2)", "Sous-traité, aquanettoyage"],
          ["Assurance par pièce", "Non affichée", "500 €", "Non affichée", "300 €"],
          ["Note des avis", "4,2 (Google, 1 900 avis)", "4,6 (stores, 12 000 avis)", "3,6 (Google, 640 avis)", "4,4 (stores, 900 avis)"],
          ["Offre récurrente", "Carte 10 chemises", "Abonnement 14,90 €/mois", "Aucune", "Forfait employeur"]]

C_WIN = [("Client (jeu. 16:41)", "Bonjour, je me marie samedi, ma robe a une tache de maquillage sur le col et l'ourlet est gris. Vous pouvez la faire pour vendredi ?"),
         ("Bot (16:41)", "Question sur une pièce spéciale : je vous passe à un conseiller. Temps de réponse actuel : moins de 2 minutes."),
         ("Yanis, care (16:43)", "Bonjour et félicitations ! Oui, on a une option express 24 h pour les robes de cérémonie : 89 € + 15 € d'express, avec détachage inclus. Est-ce que la robe a des perles ou des sequins ?"),
         ("Client (16:44)", "Quelques perles sur le bustier, c'est grave ?"),
         ("Yanis, care (16:46)", "Non, l'aquanettoyage est doux, on protège les perles à la main. Pour l'express, il faut une collecte ce soir avant 21 h ou demain avant 9 h. Je vous réserve le créneau 19 h–20 h ? Retour vendredi entre 17 h et 19 h, assurance jusqu'à 800 €."),
         ("Client (16:47)", "Oui parfait, 19 h c'est bon."),
         ("Yanis, care (16:49)", "C'est réservé, vous avez le lien dans l'app pour valider. Bonne fin de préparatifs !"),
         ("Système (16:52)", "Commande n° 96 402 validée — 104 € TTC — Apple Pay")]
C_LOSS = [("Client (lun. 12:10)", "Bonjour, vous nettoyez les vestes en cuir ? J'ai une tache d'huile sur la manche."),
          ("Bot (12:10)", "Je regarde nos services… Le cuir et le daim ne font pas partie des textiles traités par Plioo."),
          ("Client (12:11)", "Ah. Vous connaissez quelqu'un ?"),
          ("Bot (12:11)", "Je vous passe à un conseiller."),
          ("Clara, care (12:14)", "Bonjour, désolé, nous ne traitons pas le cuir à l'atelier, c'est un métier à part. Je peux vous proposer de nettoyer le reste de vos vêtements ?"),
          ("Client (12:15)", "Non, c'était juste pour la veste. Merci quand même."),
          ("Système", "Conversation fermée sans commande — tag « textile non traité »")]
C_COMMENT = ("Lecture : dans le premier cas, la réponse humaine arrive en 2 minutes, le conseiller qualifie la pièce (perles), rassure (process, assurance) et propose un créneau précis : la commande suit en 11 minutes. "
             "Dans le second, aucune alternative n'existait ; le tag « textile non traité » représente 7 % des conversations. Le deal Talon & Fil (cuir, chaussures) est la réponse prévue en H2.")

D_MON = [["Mois 2026", "Conversations", "First reply humain (médiane)", "Résolution bot", "Conversion assistée", "CSAT"],
         ["Janvier", "3 600", "1 min 52", "31 %", "9,8 %", "4,5"],
         ["Février", "3 700", "1 min 48", "35 %", "10,4 %", "4,6"],
         ["Mars", "3 850", "1 min 41", "38 %", "11,0 %", "4,6"],
         ["Avril", "4 050", "1 min 36", "40 %", "11,6 %", "4,7"],
         ["Mai", "4 300", "1 min 31", "42 %", "12,1 %", "4,7"],
         ["Moyenne", "3 900", "1 min 40", "37 %", "11,0 %", "4,6"]]
D_TOPICS = [["Motif de contact", "Part", "Motif de contact", "Part"],
            ["Suivi de commande", "34 %", "Dommage / réclamation", "9 %"],
            ["Créneau, reprogrammation", "21 %", "B2B, consigne", "8 %"],
            ["Tarifs", "14 %", "Textile non traité (cuir, daim, tapis)", "7 %"],
            ["Autres", "7 %", "", ""]]
D_LIFT = [["Lift test « Semaine couette −30 % »", "Groupe test", "Holdout", "Avril 2025 (référence)"],
          ["Période", "7–13 avril 2026", "7–13 avril 2026", "8–14 avril 2025"],
          ["Base éligible (actifs 12 mois, pas de couette depuis 6 mois)", fr(LT_TEST), fr(LT_HOLD), "13 800"],
          ["Exposition", "Push + email Braze + card home", "Aucune", "Email −20 % à toute la base"],
          ["Commandes avec couette", str(LT_T_ORD), str(LT_H_ORD), "455"],
          ["Taux pour 1 000 clients", fr(LT_T_RATE, 1), fr(LT_H_RATE, 1), "33,0"],
          ["Commandes incrémentales estimées", str(LT_INCR), "—", "non mesurable"],
          ["Prix moyen couette payé", "16,80 €", "24,00 €", "19,20 €"],
          ["Autres pièces dans la même commande (moyenne)", "11,20 €", "13,50 €", "10,90 €"],
          ["Recommande à 30 jours", "24 %", "22 %", "—"]]
D_LIFT_COMMENT = ("Calcul de marge de la semaine (groupe test) : marge sur les " + str(LT_INCR) + " commandes incrémentales (couette à 3,84 € de marge après remise + paniers associés à 44 %) ≈ 4 890 € ; "
                  "remise « perdue » sur les " + str(LT_T_ORD - LT_INCR) + " commandes qui auraient eu lieu sans promo ≈ −2 330 € ; heures supplémentaires atelier −1 400 €. Net ≈ +1 160 €.")

E_ROWS = [["Canal", "Spend forecast", "Spend actual", "Δ spend", "Revenue forecast", "Revenue actual", "Δ revenue", "Commentaire"],
          ["B2B2C outbound + consignes", "52,0", "50,1", "−4 %", "180,0", "187,6", "+4 %", "6 sites signés sur 6 prévus"],
          ["Referral loop", "24,0", "25,0", "+4 %", "90,0", "93,8", "+4 %", "K-factor 0,18"],
          ["SEA local", "40,0", "48,8", "+22 %", "82,0", "86,1", "+5 %", "CPC « pressing lyon » +31 % ; TBD with Amel"],
          ["Paid social", "36,0", "35,6", "−1 %", "74,0", "62,9", "−15 %", "Fatigue des créas Meta ; fix : slide 15"],
          ["SEO local", "8,0", "8,4", "+5 %", "30,0", "33,2", "+11 %", "12 pages quartiers en ligne"],
          ["Relais d'influence", "6,0", "6,3", "+5 %", "9,0", "9,9", "+10 %", "412 1res commandes"],
          ["Outils (Braze, Intercom, Mixpanel, AppsFlyer)", "15,0", "15,0", "0 %", "—", "—", "—", "Contrats annuels"],
          ["Total H1", "181,0", "189,2", "+5 %", "465,0", "473,5", "+2 %", "CAC blended 31 € (forecast 29 €)"]]
E_COMMENT = ("Montants en k€ HT, revenue = revenue des nouveaux clients attribués au canal sur leurs 90 premiers jours (AppsFlyer + Mixpanel, attribution last-touch, "
             "codes pour les relais). Paid social : refresh hebdo des créas, 30 % du budget Meta vers TikTok Spark Ads (contenus ambassadeurs), arrêt des lookalikes 1 %, "
             "revue à 4 semaines. SEA : TBD with Amel.")


def esc(x):
    return str(x).replace("&", "&amp;")


def build_pdf(path):
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8, textColor=colors.HexColor("#172A33"))
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=4, textColor=colors.HexColor("#1E8C6B"))
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=10)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
    W = A4[0] - 3 * cm
    story = []

    def tbl(rows, widths, header=True):
        data = [[Paragraph(esc(c), cellb if (i == 0 and header) else cell) for c in r] for i, r in enumerate(rows)]
        t = Table(data, colWidths=[W * w / sum(widths) for w in widths], repeatRows=1 if header else 0)
        st = [("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9DB3AA")),
              ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        if header:
            st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D7F3E8")))
        t.setStyle(TableStyle(st))
        story.append(t)
        story.append(Spacer(1, 6))

    # A
    story.append(Paragraph("Appendix A — Voice of customer : interviews et survey in-app", h1))
    story.append(Paragraph("24 interviews menées du 2 mars au 10 avril 2026 par Sacha Dumont et Léa Martin (content), 45 minutes, double codage dans Notion. "
                           "Survey Mixpanel déclenché après la 2e commande livrée, du 3 au 30 mars 2026 : 1 480 réponses (taux de réponse 14 %).", base))
    story.append(Paragraph("A1 — Synthèse des interviews par persona", h2))
    tbl(A_INT, [1.6, 1.9, 1.9, 1.9, 2.0])
    story.append(Paragraph("A2 — Résultats du survey in-app", h2))
    tbl(A_SURVEY, [3.2, 6.2])
    story.append(Paragraph("A3 — Verbatims", h2))
    for q in A_QUOTES:
        story.append(Paragraph(q, base))
    story.append(PageBreak())
    # B
    story.append(Paragraph("Appendix B — Competitive teardown : 4 acteurs × 9 critères", h1))
    story.append(Paragraph("Mystery shopping réalisé en février 2026 : une chemise, un costume deux pièces et une couette commandés chez chaque acteur (sauf couette chez Kleen, non traitée). "
                           "Prix TTC relevés le 12 février 2026, notes des avis relevées le même jour.", base))
    tbl(B_TEAR, [1.7, 1.9, 2.1, 1.9, 1.9])
    story.append(Paragraph("Position de Plioo sur les mêmes critères : 3,50 € / 16 € ; couette 24 € ; domicile dans toute la Métropole intra-périphérique + 44 consignes ; créneaux de 2 h de 7 h à 22 h ; "
                           "48 h ; aquanettoyage dans notre atelier de Vénissieux ; assurance 800 € ; 4,7 (4 900 avis) ; Plioo+ à 9,90 €/mois.", base))
    story.append(Paragraph("Lecture rapide : les pressings de quartier gagnent sur le prix mais perdent sur le temps du client ; LaverieGo est le seul concurrent direct sur la collecte à domicile, "
                           "avec une meilleure granularité de créneaux ; Kleen est le seul concurrent direct sur les consignes en entreprise et avance vite. Le « so what » est détaillé sur la slide 7.", base))
    story.append(PageBreak())
    # C
    story.append(Paragraph("Appendix C — Deux conversations Intercom (export anonymisé)", h1))
    story.append(Paragraph("C1 — Convertie : robe de mariée en express (jeudi 14 mai 2026)", h2))
    tbl([["Qui", "Message"]] + [list(x) for x in C_WIN], [1.6, 8.4])
    story.append(Paragraph("C2 — Non convertie : veste en cuir (lundi 18 mai 2026)", h2))
    tbl([["Qui", "Message"]] + [list(x) for x in C_LOSS], [1.6, 8.4])
    story.append(Paragraph(esc(C_COMMENT), base))
    story.append(PageBreak())
    # D
    story.append(Paragraph("Appendix D — Metrics Intercom et données du lift test", h1))
    story.append(Paragraph("D1 — Intercom, janvier à mai 2026 (Intercom Reports). Conversion assistée = part des conversations ouvertes par un prospect ou un client "
                           "suivies d'une commande dans les 24 h.", h2))
    tbl(D_MON, [1.3, 1.3, 1.9, 1.3, 1.4, 0.8])
    tbl(D_TOPICS, [3, 1, 3, 1])
    story.append(Paragraph("D2 — Lift test « Semaine couette −30 % » : tirage aléatoire du holdout (10 %) dans Braze, mesure dans Mixpanel", h2))
    tbl(D_LIFT, [3.6, 1.9, 1.6, 2.1])
    story.append(Paragraph(D_LIFT_COMMENT, base))
    story.append(PageBreak())
    # E
    story.append(Paragraph("Appendix E — P&amp;L marketing : forecast vs actual par canal, H1 2026", h1))
    tbl(E_ROWS, [2.4, 1.0, 1.0, 0.8, 1.1, 1.1, 0.9, 2.5])
    story.append(Paragraph(E_COMMENT, base))
    story.append(Paragraph("Forecast H2 2026 par canal : voir slide 15 (spend total " + fr(PL_SPEND, 1) + " k€, " + fr(PL_NEW) + " nouveaux clients attendus, revenue attendu "
                           + fr(PL_REV, 1) + " k€, CAC blended " + fr(PL_SPEND * 1000 / PL_NEW, 1) + " €).", base))

    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#4FD1A5"))
        c.rect(0, 0, 0.35 * cm, A4[1], stroke=0, fill=1)
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#6B7278"))
        c.drawString(1.5 * cm, 1.0 * cm, "Plioo — Board H2 2026 — appendix — confidentiel")
        c.drawRightString(A4[0] - 1.5 * cm, 1.0 * cm, f"{d.page}/5")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.4 * cm, bottomMargin=1.7 * cm,
                            title="Plioo — Board H2 2026 — appendix", author=AUTHOR, invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


if __name__ == "__main__":
    os.makedirs(OUT_DIR, exist_ok=True)
    build_pptx(os.path.join(OUT_DIR, "plioo-board-deck.pptx"))
    build_pdf(os.path.join(OUT_DIR, "plioo-appendix.pdf"))
    print("ok")
