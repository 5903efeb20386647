# Générateur du dossier de la candidate c69 (Phénix Mobile) : deck PPTX + data room PDF.
import datetime, io, os, zipfile
from pptx import Presentation
from pptx.util import Inches, Pt, Emu
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c69-mobiles-reconditionnes")
AUTHOR = "Yasmine Belkacem"
FIXED = datetime.datetime(2026, 7, 9, 8, 30, 0)
NAVY = RGBColor(0x14, 0x23, 0x3A)

# ---------------------------------------------------------------------------
# Deck
# ---------------------------------------------------------------------------
SLIDES = [
    # 1
    {"t": "Phénix Mobile — Growth review S1 2026",
     "b": ["Revue présentée à Karim Benali et Julie Schmitt (co-fondateurs) le 9 juillet 2026",
           "Yasmine Belkacem — Marketplace & Growth Lead depuis 2021",
           "Version reprise comme dossier VAE — titre Chef de projet e-commerce",
           "Annexe : data room « phenix-mobile-data-room.pdf » (tables D1 à D9)"],
     "n": None},
    # 2
    {"t": "Phénix Mobile en 2025 : un seller qui vit des marketplaces",
     "tbl": [["Metric 2025", "Valeur", "Commentaire"],
             ["Téléphones vendus", "14 200", "iPhone 11 → 15, Galaxy S21 → S23"],
             ["CA HT", "3,92 M€", "+17 % vs 2024"],
             ["Back Market", "64 % (2,51 M€)", "Buy Box sur 58 % de nos listings actifs"],
             ["Amazon Renewed", "14 % (0,55 M€)", "FBA, 212 ASIN actifs"],
             ["Cdiscount (Octopia)", "9 % (0,35 M€)", "Marketplace la moins chère en commissions… et en trafic"],
             ["phenix-mobile.fr (Shopify)", "13 % (510 k€)", "AOV 276 €, seul canal où le client est à nous"],
             ["Taux de retour", "4,1 %", "Trustpilot 4,6/5 — 2 910 avis"],
             ["Équipe", "17 personnes", "7 techniciens, 2 graders, 3 marketplace ops, 2 customer care"]],
     "n": "Rappel de contexte pour la lecture du dossier. Phénix Mobile a été créée en 2018 à l'Actipôle de Metz par Karim et Julie. "
          "On achète des lots de téléphones, nos techniciens les testent et les remettent en état, nos deux graders attribuent l'un des trois grades "
          "(Parfait état, Très bon, Correct) et on garantit une batterie à 85 % minimum. 87 % de ce qu'on vend passe par trois marketplaces. "
          "C'est notre force (volume, zéro coût d'acquisition de trafic sur Back Market) et notre plus gros risque : en mars 2024, six jours de "
          "suspension de nos listings Back Market suite à un litige de grading nous ont coûté environ 48 k€ de CA. Depuis, le plan des fondateurs "
          "« Phénix 2027 » fixe un cap clair : le site propre doit peser 25 % du CA en 2027. Toute cette review se lit à travers ce cap."},
    # 3
    {"t": "ICP : trois cohorts, ce qu'elles veulent, ce qui les bloque",
     "tbl": [["", "Étudiants 18–24 ans (34 % des réponses)", "Parents qui équipent un ado (23 %)", "Eco-minded 30–45 ans (26 %)"],
             ["Jobs-to-be-done", "Avoir un iPhone récent pour moins de 350 € ; remplacer vite un écran cassé avant les partiels",
              "Offrir un premier smartphone solide à un enfant de 11–15 ans, sans payer le prix du neuf", "Garder l'écosystème Apple/Samsung en réduisant son impact ; ne plus acheter neuf"],
             ["Pain points", "Peu de cash disponible, paiement en une fois impossible, peur de tomber sur un grade « Correct » trop rayé",
              "Casse fréquente, batterie qui lâche, SAV injoignable sur une marketplace", "Greenwashing, aucune info sur l'origine des pièces"],
             ["Objections entendues", "« Reconditionné = déjà abîmé » ; « et si l'iCloud est bloqué ? »",
              "« Garantie 12 mois, c'est court pour un ado » ; « qui je contacte si ça casse ? »", "« Les pièces ne sont pas d'origine » ; « est-ce vraiment plus vert ? »"],
             ["Où on les trouve", "Back Market app, TikTok, YouTube tech", "Google, Amazon, Facebook", "Google, Instagram, newsletters éco"]],
     "n": "Source : notre questionnaire post-achat envoyé à J+10 (Klaviyo pour le site, QR code sur la carte glissée dans chaque colis marketplace "
          "puisque Back Market et Amazon ne nous transmettent pas les e-mails). 1 160 réponses entre octobre 2025 et mars 2026, soit 8 % de taux de réponse. "
          "J'ai codé les verbatims en trois familles : ce que la personne cherche à accomplir, ce qui la gêne, et les objections formulées avant l'achat. "
          "Les 17 % restants sont des profils trop dispersés (pros, seniors) pour en faire une cohort. Deux chiffres ont orienté la suite : 24 % des parents "
          "ont acheté sur notre site contre 9 % des étudiants, et le taux de retour des eco-minded est de 2,6 % seulement."},
    # 4
    {"t": "Decision journey — cohort étudiants",
     "tbl": [["Étape", "Ce qui se passe", "Spécificité marketplace", "Taux observé"],
             ["Trigger", "Écran cassé (38 %), batterie morte (27 %), rentrée / premier forfait perso (19 %)", "Achat souvent dans l'urgence : délai de livraison affiché = critère n°1", "—"],
             ["Research", "TikTok « iPhone reconditionné avis », Google « iphone 13 reconditionné prix », app Back Market", "Sur Back Market, l'étudiant choisit un modèle et un grade, pas un vendeur : la Buy Box décide", "42 % des vues fiche BM cliquent « voir les offres »"],
             ["Shortlist", "Compare 2 modèles et 2 grades ; hésite entre « Correct » et « Très bon » (+38 €)", "Grade anxiety : les photos sont génériques, pas celles du téléphone livré", "Ajout panier 8,1 % (BM) / 7,4 % (site)"],
             ["Checkout", "Cherche le paiement en 4x, un code étudiant", "Paiement géré par la marketplace, on ne maîtrise ni les moyens ni le tunnel", "Panier → commande 46 % (site)"],
             ["Post-purchase & unboxing", "Vérifie la santé batterie dans Réglages, filme l'unboxing, laisse (ou pas) un avis", "Avis déposé sur la marketplace, pas chez nous", "Avis 14 % ; retour 5,2 % (vs 4,1 % tous clients)"]],
     "n": "Les taux viennent du back-office Back Market (statistiques de listing, période janvier–mars 2026), de l'entonnoir GA4 du site pour les étudiants identifiés "
          "par le code ETU10, et de Zendesk pour les retours. Le moment où on perd le plus, c'est la shortlist : l'étudiant ne voit pas SON téléphone, il voit une photo "
          "de catalogue et un mot (« Correct ») qui lui fait peur. D'où deux actions plus loin dans le deck : les photos réelles par grade et le badge « Batterie neuve ». "
          "Le taux de retour plus élevé des étudiants (5,2 %) vient surtout de rétractations « déçu par l'aspect » sur le grade Correct."},
    # 5
    {"t": "Competitive landscape : price tracking iPhone 13 128 Go",
     "tbl": [["Seller", "Prix « Très bon »", "Grades", "Garantie", "Batterie min.", "Livraison", "Note", "Retours", "Canaux"],
             ["Phénix Mobile", "389 €", "3", "12 mois MP / 24 mois site", "≥ 85 %", "24–48 h", "4,6 Trustpilot / 4,5 BM", "30 j", "BM, Amazon, Cdiscount, site"],
             ["ReNeuf Store", "372 €", "4 (dont « Premium »)", "12 mois", "≥ 80 %", "48–72 h", "4,3 BM", "30 j", "BM, Cdiscount, site"],
             ["MobiCycle", "399 €", "3", "18 mois", "≥ 85 %", "24 h", "4,7 BM", "30 j + échange express", "BM, Amazon, site, 3 boutiques"],
             ["Smart Again", "365 €", "2", "12 mois", "Non garantie", "3–5 j", "4,1 BM", "14 j (site)", "BM, Amazon, Cdiscount"],
             ["Recell Factory", "384 €", "3", "12 mois", "100 % (batterie neuve)", "48 h", "4,4 BM", "30 j", "BM, Amazon"]],
     "b2": ["On n'est pas les moins chers et on ne doit pas le devenir : Smart Again gagne la Buy Box au prix mais sans garantie batterie",
            "MobiCycle est le vrai concurrent qualité (18 mois, boutiques) ; Recell Factory a trouvé l'argument « batterie neuve »",
            "Notre angle libre : garantie 24 mois + batterie ≥ 85 % + expédition depuis Metz en 24 h, à condition de l'afficher"],
     "n": "Méthode : chaque lundi, Théo exporte depuis le back-office Back Market la BackBox de nos 40 SKU de référence (le prix qu'il faudrait afficher pour reprendre "
          "la Buy Box) et je complète dans un Google Sheet avec Helium 10 pour Amazon et un relevé manuel du site de chaque seller. Le tableau montre la moyenne "
          "des relevés du 2 au 30 mars 2026 sur la référence la plus vendue du marché. Les notes viennent des pages vendeurs. J'ai aussi commandé un téléphone "
          "chez chacun en février (1 560 € au total, revendus ensuite) pour comparer le packaging, l'état réel et la batterie : Smart Again nous a livré un iPhone à 79 % "
          "de santé batterie, ReNeuf Store un modèle propre mais sans chargeur ni notice."},
    # 6
    {"t": "TOWS — où Phénix joue ses cartes",
     "grid": [["Interne + \n• Atelier intégré à Metz : expédition en 24–48 h\n• Batterie ≥ 85 % garantie, 3 grades contrôlés par 2 graders\n• Taux de retour 4,1 % (sellers comparables : 5 à 7 %)\n• Trustpilot 4,6/5, garantie 24 mois sur le site",
               "Interne – \n• 87 % du CA dépend de trois marketplaces\n• Site peu visible : 38 requêtes en top 10, DR 14\n• TACoS Amazon à 9,8 %\n• 0,5 ETP seulement pour le contenu et les réseaux"],
              ["Externe + \n• Keynote Apple de septembre : les modèles N-2 / N-3 baissent, les lots aussi\n• 18–24 ans très réceptifs au reconditionné sur TikTok\n• BNPL démocratisé sur les paniers 200–400 €\n• Marché français du reconditionné en croissance d'environ 12 %/an",
               "Externe – \n• Back Market : commission passée de 10 à 11 %, Buy Box attribuée surtout au prix\n• Guerre de prix menée par Smart Again et ReNeuf Store\n• Risque de suspension de compte (vécu en 2024)\n• Hausse du prix d'achat des lots d'iPhone 13"]],
     "n": "Ce que j'en tire, c'est ce qui compte pour vous. Play SO (nos forces × les opportunités) : à chaque rentrée et après chaque keynote, pousser sur notre site "
          "« garantie 24 mois + batterie ≥ 85 % » vers les parents, qui valorisent justement la durée et le SAV. Play ST (forces contre menaces) : ne pas suivre Smart Again "
          "sous 375 € sur l'iPhone 13 ; on défend la Buy Box avec le badge batterie et notre taux de retour, on accepte de perdre quelques points de Buy Box plutôt que "
          "de la marge. Play WO (corriger nos faiblesses grâce aux opportunités) : utiliser TikTok, l'UGC et le co-marketing pour faire venir du trafic sur le site et "
          "monter en search, ce qui suppose de renforcer le contenu. Play WT (limiter la casse) : plafonner la dépense Amazon en TACoS et déplacer progressivement du "
          "volume vers le site pour qu'une suspension de compte ne coûte plus jamais 48 k€. Ces quatre plays sont la base des OKR de la slide suivante."},
    # 7
    {"t": "North Star & OKR 2026 — et sur qui on met l'effort",
     "tbl": [["", "Metric", "Baseline 2025", "Cible fin S2 2026"],
             ["North Star", "Contribution margin par téléphone vendu (tous canaux)", "38 €", "45 €"],
             ["O1 — Moins dépendre des marketplaces", "Part du CA sur phenix-mobile.fr", "13 %", "20 %"],
             ["O2 — Payer moins cher chaque vente Amazon", "TACoS Amazon", "9,8 %", "8 %"],
             ["O3 — Des téléphones qui restent chez le client", "Taux de retour", "4,1 %", "3,5 %"],
             ["O4 — Faire revenir les clients", "Part des commandes avec trade-in d'un ancien Phénix", "6 %", "10 %"]],
     "b2": ["Répartition de l'effort (temps équipe + dépenses média) : parents 40 % — étudiants 35 % — eco-minded 25 %"],
     "n": "Pourquoi la contribution margin par téléphone comme North Star, et pas le CA : on peut gonfler le CA en baissant les prix sur Back Market, et c'est exactement "
          "ce qui nous a mis en difficulté fin 2024. La marge par unité, elle, monte si on vend davantage sur le site (pas de commission), si on retourne moins de "
          "téléphones et si on paie moins cher la visibilité Amazon : chaque OKR tire la North Star. Objectifs validés avec vous le 12 janvier 2026. "
          "Pour l'effort : les parents passent devant car ce sont eux qui achètent le plus sur le site (24 %) avec un AOV de 318 € ; les étudiants restent forts en volume "
          "et portent la rentrée et le Black Friday ; les eco-minded pèsent moins en volume mais sont nos meilleurs candidats au trade-in et retournent peu."},
    # 8
    {"t": "Channel mix séquencé : trois waves",
     "tbl": [["Wave", "Canaux", "Pourquoi à ce moment-là", "Démarrage"],
             ["1 — capter la demande", "Sponsored Products Amazon + Google Shopping / PMax", "Demande déjà là avant le Black Friday, effet immédiat, mesurable au jour près", "Sept. 2025"],
             ["2 — transformer et garder", "CRM e-mail Klaviyo (flows) + affiliés / cashback via Awin", "Base clients du Black Friday à activer ; l'affiliation ne se paie qu'à la vente", "Nov. 2025"],
             ["3 — construire l'actif", "SEO contenu (keyword universe, PLP modèles) + TikTok organique", "Cycle long (4–6 mois), demande du contenu régulier, effet cumulatif", "Janv. 2026"]],
     "b2": ["Écartés pour l'instant : display programmatique (pas de mesure fiable sous 5 k€/mois), influence macro (cachets > 8 k€), SMS (trop intrusif pour un achat tous les 2 ans)"],
     "n": "Le séquencement a été décidé en septembre 2025, quand j'ai repris le site en plus des marketplaces. Logique : d'abord ce qui rapporte vite pour financer la suite, "
          "ensuite ce qui transforme en clients fidèles ceux qu'on a achetés, enfin ce qui baisse durablement le coût d'une commande. L'ordre tient aussi à notre capacité : "
          "avec 0,5 ETP de contenu, lancer SEO et TikTok avant d'avoir recruté une freelance en rédaction (janvier) aurait été du saupoudrage. "
          "La wave 1 cible d'abord les étudiants et les parents (requêtes modèle + prix), la wave 2 les parents et les eco-minded (e-mail, cashback), la wave 3 les trois cohorts."},
    # 9
    {"t": "Roadmap trimestrielle S2 2026 → T1 2027",
     "tbl": [["Chantier", "Owner", "T3 2026", "T4 2026", "T1 2027"],
             ["Repricing & sourcing post-keynote (iPhone 14 / 15 deviennent N-3 / N-2)", "Théo (marketplace ops)", "●", "", ""],
             ["Campagne rentrée étudiants avec la Fédé Étudiante Lorraine", "Yasmine", "●", "", ""],
             ["Trade-in 24 mois : relance des clients 2024", "Julie Schmitt + Sonia (care)", "●", "●", ""],
             ["Cluster SEO « Reconditionné ou neuf » + PLP Galaxy S24", "Yasmine + rédactrice freelance", "●", "●", "●"],
             ["GTM Black Friday 2026", "Yasmine", "", "●", ""],
             ["Gift guide Noël parents (Meta + PMax)", "Camille (marketplace ops)", "", "●", ""],
             ["Offre co-marketing Onde Mobile (SIM + téléphone)", "Karim Benali", "", "●", "●"],
             ["Campagne « écran cassé » post-fêtes et soldes d'hiver", "Camille", "", "", "●"]],
     "n": "Les trimestres ne sont pas choisis au hasard. La keynote Apple tombe début septembre : dans les trois semaines, les prix des modèles N-2 baissent de 8 à 12 % "
          "sur Back Market et les grossistes lâchent des lots, donc on reprice et on achète en T3. La rentrée (fin août – fin septembre) a pesé 11 % de nos volumes annuels "
          "en 2025, portée par les étudiants. Le Black Friday fait 14 % du CA annuel en une semaine et Noël représente 34 % du CA du T4 (du 1er au 24 décembre), avec "
          "une forte part de parents : d'où le gift guide en T4. Janvier est creux sauf sur les écrans cassés à Noël, d'où la campagne de T1. "
          "Les owners ont été validés en comité du lundi."},
    # 10
    {"t": "P&L par canal — S1 2026 (réel, k€ HT)",
     "tbl": [["", "Back Market", "Amazon", "Cdiscount", "Site propre", "Total"],
             ["CA", "1 158,0", "290,0", "178,0", "305,0", "1 931,0"],
             ["Commissions marketplace", "127,4", "34,8", "23,1", "—", "185,3"],
             ["Sponsored Products", "—", "27,1", "—", "—", "27,1"],
             ["Google PMax + Search", "—", "—", "—", "21,4", "21,4"],
             ["Meta Ads", "—", "—", "—", "7,3", "7,3"],
             ["Affiliation (Awin)", "—", "—", "—", "6,2", "6,2"],
             ["Outils (quote-part)", "4,0", "2,4", "1,2", "6,8", "14,4"],
             ["Contribution margin", "183,1", "24,4", "22,4", "61,7", "291,6"],
             ["Par téléphone vendu", "43,0 €", "24,0 €", "33,0 €", "55,0 €", "41,2 €"]],
     "b2": ["Écarts vs plan S1 (détail en D5) : Sponsored Products +18 %, Meta −9 % → à recadrer au S2"],
     "n": "Comment je lis ce P&L. La contribution margin = CA − coût du téléphone remis en état − logistique et retours − tout ce qu'on dépense pour vendre "
          "(commissions, pub, affiliation, outils). Pour comparer les canaux entre eux, je calcule un retour net par € investi sur la marge et non sur le CA : "
          "contribution margin ÷ € investis dans le canal, ce qui revient à (marge avant frais de vente − € investis) ÷ € investis. "
          "Back Market : 183,1 ÷ 131,4 = 1,39 € net par euro investi. Amazon : 24,4 ÷ 64,3 = 0,38 €. Cdiscount : 22,4 ÷ 24,3 = 0,92 €. Site propre : 61,7 ÷ 41,7 = 1,48 €. "
          "Total : 291,6 ÷ 261,7 = 1,11 €. Le site est le canal où chaque euro rapporte le plus, Amazon celui où il rapporte le moins : la visibilité payante y "
          "mange presque toute la marge. Les montants par ligne, le plan et le calcul sont dans la table D5."},
    # 11
    {"t": "Co-marketing : avec qui aller chercher nos clients",
     "tbl": [["Acteur", "Activité", "Audience commune", "Usage compatible", "Format", "Décision"],
             ["Onde Mobile", "MVNO, forfaits sans engagement", "18–30 ans qui changent de forfait et de téléphone en même temps", "Achat du téléphone au moment de l'ouverture de ligne", "Offre « SIM + iPhone reconditionné », page dédiée chez eux", "Go T4 2026"],
             ["AssurEcran", "Assurance casse / vol smartphone", "Parents et étudiants qui assurent un téléphone à 300–500 €", "Assurance souscrite dans les 14 j après l'achat", "Assurance proposée post-achat, lien retour vers nos PLP", "Go — test"],
             ["Fédé Étudiante Lorraine", "Fédération de 38 assos étudiantes", "22 000 étudiants Metz–Nancy", "Rentrée, premier forfait, écran cassé", "Code ETU10, stand de rentrée, newsletter", "Go — reconduit"],
             ["RépaFix Grand Est", "Réseau de 22 réparateurs indépendants", "Clients dont le téléphone n'est plus réparable", "Le réparateur oriente vers un reconditionné", "Cartes QR en boutique, commission 5 %", "Go — pilote 6 boutiques"],
             ["Bons Codes Malins", "Site de codes promo", "Chasseurs de bons plans 18–35 ans", "Achat déclenché par un code", "Code PHENIX15 exclusif, lien affilié", "Retenu S2"],
             ["Banque en ligne « Kiwi »", "Néobanque 18–25", "Étudiants", "Faible : pas de moment d'achat commun", "—", "No go"]]},
    # 12
    {"t": "Black Friday 2025 vs 2024 : le vrai incrément",
     "tbl": [["Black Week (ven. → lun.)", "2024", "2025", "Variation brute", "Attendu avec le seul effet marché (+22 %)", "Incrément"],
             ["Commandes tous canaux", "1 480", "2 050", "+38,5 %", "1 806", "+244"],
             ["dont marketplaces", "1 290", "1 510", "+17,1 %", "1 574", "−64"],
             ["dont site propre", "190", "540", "+184 %", "232", "+308"],
             ["CA HT", "388,0 k€", "513,8 k€", "+32,4 %", "473,4 k€", "+40,4 k€"],
             ["Contribution margin / téléphone", "34 €", "31 €", "−3 €", "—", "—"],
             ["Contribution margin totale", "50,3 k€", "63,6 k€", "+26 %", "61,4 k€", "+2,2 k€"]],
     "n": "Le message pour vous deux : le « +38 % » qu'on a fêté en décembre n'est pas notre performance. Back Market a communiqué une hausse de +22 % du trafic "
          "de la catégorie smartphones sur la même semaine ; si on retire cet effet marché, il reste 244 commandes réellement gagnées. Et elles viennent toutes du site : "
          "sur les marketplaces, on a fait moins bien que le marché (−64 commandes), parce qu'on a perdu la Buy Box de l'iPhone 13 pendant trois jours face à ReNeuf Store "
          "et qu'on a refusé de descendre sous 349 €. En marge, l'incrément réel est faible (+2,2 k€) car les remises ont coûté 3 € par téléphone. "
          "Ma lecture : l'opération n'a pas créé de marge, elle a surtout fait basculer 308 clients vers le site, donc dans notre base Klaviyo. C'est cohérent avec l'O1, "
          "mais il ne faut pas la vendre comme un succès commercial. Limite de la méthode : le +22 % est un chiffre Back Market, je l'applique aussi au site faute de mieux."},
    # 13
    {"t": "GTM Black Friday 2025 : goal × audience × message",
     "b1": ["Objectifs fixés en octobre : 500 commandes sur le site (190 en 2024) — 25 % du CA de la Black Week sur le site — 3 000 nouveaux inscrits Klaviyo — contribution ≥ 30 €/téléphone",
            "Réalisé : 540 commandes site — 27 % du CA — 3 420 inscrits — 31 €/téléphone"],
     "tbl": [["Goal", "Audience", "Message", "Canaux"],
             ["Faire basculer vers le site", "Clients marketplace 2024–2025", "« Votre prochain Phénix garanti 24 mois sur notre site »", "Carte dans le colis, e-mail post-achat, retargeting Meta"],
             ["Volume à marge tenue", "Étudiants", "« iPhone 13 dès 349 €, en 4x, expédié de Metz en 24 h »", "TikTok, YouTube tech, code Fédé, Google Shopping"],
             ["Panier cadeau", "Parents d'ados", "« Son premier iPhone, batterie ≥ 85 %, coque offerte, garanti 24 mois »", "Meta Ads, PMax, cashback Awin"],
             ["Capter les comparateurs", "Chasseurs de prix", "« Prix Black Friday + batterie garantie »", "Idealo, cashback"],
             ["Recruter des contacts", "Visiteurs non acheteurs", "« Alerte prix sur votre modèle »", "Pop-up Klaviyo, live chat"]],
     "n": "Chaque objectif découle du plan « Phénix 2027 » : réduire la dépendance aux marketplaces. C'est pour ça que l'objectif principal n'était pas le volume total mais "
          "la part du site. Pour chaque ligne, un seul goal, une seule audience et un message écrit pour elle ; les canaux sont ceux où l'audience se trouve déjà (slide 3). "
          "Je n'ai pas dupliqué les messages : le parent n'a jamais vu « dès 349 € en 4x », l'étudiant n'a jamais vu « coque offerte ». Les messages marketplace, eux, "
          "sont restés prix + badge batterie, on ne peut pas y parler du site."},
    # 14
    {"t": "Relais Black Friday : choisis par cohort, mesurés à la vente",
     "tbl": [["Relais", "Cohort visée", "Pourquoi lui", "Tracking", "Commandes", "Coût", "CPA"],
             ["TechDeMax (YouTube, 410 k abonnés)", "Étudiants", "Audience 18–24 tech, tests de reconditionnés déjà publiés", "Code MAX15 + UTM", "74", "1 800 €", "24,3 €"],
             ["Léa Décrypte (YouTube, 120 k)", "Parents, eco-minded", "Vidéos « premier téléphone de mon ado », audience 30–45", "Code LEA15 + UTM", "41", "1 200 €", "29,3 €"],
             ["Site cashback via Awin", "Parents", "Les parents cumulent cashback à Noël ; rémunéré à la vente", "Dashboard Awin", "112", "2 289 €", "20,4 €"],
             ["Idealo", "Chasseurs de prix", "Comparateur où l'étudiant vérifie qu'il paie le bon prix", "UTM + flux produit", "63", "1 558 €", "24,7 €"],
             ["Fédé Étudiante Lorraine", "Étudiants", "Prescripteur local, 22 000 étudiants", "Code FEL26", "28", "580 €", "20,7 €"],
             ["Total relais", "", "", "", "318", "7 427 €", "23,4 €"]],
     "n": "Comparaison critique : sur la même semaine, un achat via PMax nous a coûté 31 € et via Meta 44 €, et la commission Back Market représente environ 29 € par "
          "téléphone. Tous les relais font mieux, mais les chiffres sont flatteurs pour deux raisons. D'abord, 37 % des commandes Awin avaient un clic Google Ads dans les "
          "24 h précédentes : le cashback récupère une partie de ventes déjà acquises. Ensuite, les codes YouTube circulent sur les sites de codes. À l'inverse, les "
          "YouTubers continuent à produire : 46 commandes supplémentaires avec MAX15 et LEA15 en décembre–janvier, non comptées ici. Pour 2026 : on garde les deux YouTubers "
          "et la Fédé, on garde Idealo, et on passe le cashback en rémunération réduite pour les clients ayant déjà cliqué une annonce."},
    # 15
    {"t": "Live chat Zendesk : set-up et ce que disent les metrics",
     "b1": ["Set-up : widget Zendesk messaging sur toutes les pages produit et le panier, 9 h–19 h en semaine, 10 h–17 h le samedi ; formulaire hors horaires",
            "12 macros (grades, batterie, délais, garantie, stock, BNPL…), triggers : message proactif après 40 s sur une fiche > 300 €, routage SAV / avant-vente",
            "Order lookup : l'agent voit la commande Shopify et le n° IMEI depuis le ticket",
            "Metrics S1 2026 (D4) : 1 940 conversations/mois — premier délai de réponse 2 min 40 — CSAT 92 %",
            "Conversion des visiteurs ayant chatté avant achat : 9,8 % contre 2,1 % sans chat",
            "Deux conversations réelles en D3 : l'une convertie, l'autre perdue sur une rupture"],
     "n": "Les 1 940 conversations mensuelles ne sont pas toutes de l'avant-vente : 36 % seulement, le reste est du suivi de commande et de la garantie, y compris pour des "
          "clients marketplace qui arrivent via la carte du colis. L'écart 9,8 % contre 2,1 % est spectaculaire mais biaisé : ceux qui ouvrent un chat sont déjà avancés "
          "dans leur décision. En comparant à des visiteurs ayant aussi ajouté au panier, l'écart se réduit à 19 % contre 12 % : l'effet réel existe, il est moins fort. "
          "Deux enseignements : 31 % des questions portent sur les grades et 22 % sur la batterie, donc ces réponses doivent être sur la fiche produit elle-même ; et 18 % des "
          "demandes arrivent entre 19 h et 22 h, hors horaires, avec un taux de conversion divisé par deux quand la réponse arrive le lendemain. Nous testons l'extension à 21 h deux soirs par semaine."},
    # 16
    {"t": "Social proof, UGC & retention à deux ans",
     "tbl": [["Metric communauté", "Déc. 2025", "Juin 2026"],
             ["Abonnés TikTok", "2 100", "11 400"],
             ["Abonnés Instagram", "4 800", "7 300"],
             ["Vidéos UGC #PhenixUnboxing reçues", "14", "96"],
             ["Taux d'engagement moyen TikTok", "4,2 %", "7,9 %"],
             ["Avis Trustpilot (note)", "2 910 (4,6)", "3 850 (4,6)"]],
     "b2": ["UGC : carte « filme ton unboxing » dans chaque colis, repost des meilleures vidéos, un téléphone offert par mois à la meilleure",
            "Retention retenue : trade-in à 24 mois (bon d'achat +10 %) et referral 20 € / 20 €",
            "Programme à points écarté : on rachète un téléphone tous les ~2 ans"],
     "n": "Méthode UGC : plutôt que de produire nous-mêmes, on fait filmer nos clients. La carte du colis promet un repost et un tirage mensuel, Camille sélectionne et "
          "reposte avec l'accord écrit du client. Ce qui a marché : le format « je vérifie la batterie en direct » (santé batterie affichée à l'écran), qui répond pile à "
          "l'objection des étudiants. L'audience TikTok a été multipliée par 5,4 et l'engagement a presque doublé ; Instagram progresse moins (+52 %) car on y reposte "
          "sans adapter. Les avis Trustpilot gagnent 940 unités à note constante, signe qu'on ne recrute pas d'avis de complaisance. "
          "Retention : la médiane entre deux achats chez nous est de 26 mois (données Shopify) et seuls 17 % des clients interrogés seraient motivés par des points (D9). "
          "Un programme à points ne serait donc jamais activé. Le trade-in à 24 mois tombe au moment du renouvellement naturel, et 61 % des clients se disent prêts à "
          "revendre leur Phénix contre un bon d'achat. Le referral profite du bouche-à-oreille des parents (44 % prêts à recommander un proche)."},
    # 17
    {"t": "Listing optimisation & mise en avant Shopify",
     "b1": ["Back Market : photos réelles par grade (3 téléphones types photographiés par modèle), titres normalisés modèle + capacité + couleur",
            "Badge « Batterie neuve » sur les 1 900 téléphones dont la batterie a été changée ; bundles avec chargeur 20 W",
            "Amazon : A+ content (modules grades, batterie, atelier de Metz), 5 bullet points réécrits avec Helium 10, bundle chargeur + coque",
            "Buy Box gagnée sur 58 % → 71 % des listings actifs (BM + Amazon, mars → juin 2026)",
            "Shopify — emplacements retenus : hero de la home (modèle du mois), tri des collections « meilleures ventes » + en stock d'abord, badge « Le plus choisi » sur la fiche, "
            "cross-sell coque + verre trempé dans le panier, upsell extension de garantie après paiement, suggestions dans la barre de recherche",
            "Taux d'attachement coque : 11 % → 19 % des commandes site"],
     "n": "Sur une marketplace, on ne décore pas une vitrine : on optimise un listing qui est partagé avec d'autres sellers. Le seul moyen de se distinguer est ce que la "
          "plateforme autorise : le badge, le bundle, les photos, le contenu A+ chez Amazon. Le badge « Batterie neuve » a fait passer le taux de conversion de nos listings "
          "iPhone 12 et 13 de 5,6 % à 7,1 % sur Back Market. Sur Shopify, j'ai choisi les emplacements à partir de la heatmap Microsoft Clarity : 63 % des visiteurs mobile "
          "ne dépassent pas le premier écran de la home, d'où un seul modèle mis en avant dans le hero plutôt qu'un carrousel."},
    # 18
    {"t": "Checkout phenix-mobile.fr & BNPL",
     "tbl": [["Test du 14/04/2026", "Shopify Payments (CB)", "Apple Pay", "Google Pay", "PayPal", "3DS"],
             ["iPhone 15 — Safari", "OK", "OK", "n/a", "OK", "OK"],
             ["Galaxy S22 — Chrome", "OK", "n/a", "OK", "OK", "OK"],
             ["iPad Air — Safari", "OK", "OK", "n/a", "OK (bouton tronqué, corrigé le 16/04)", "OK"],
             ["PC — Chrome / Firefox", "OK", "n/a", "OK (Chrome)", "OK", "OK"]],
     "b2": ["Confiance : 3DS2 sur toutes les cartes, widget Trustpilot sous le bouton de paiement, garantie 24 mois rappelée au checkout, logos des moyens de paiement",
            "Sur Back Market, Amazon et Cdiscount, le paiement est géré par la plateforme : seul notre checkout est testé ici",
            "BNPL : Alma 3x / 4x, Klarna et Oney — 7 % des commandes site, AOV de ces commandes 341 € (vs 276 €)",
            "Coût marchand : Alma 3x 3,3 % (≈ 11 €/commande), Alma 4x 3,9 % (≈ 13 €), Klarna 2,99 % + 0,35 € (≈ 10,5 €), Oney 3x 3,5 % (≈ 12 €) contre 1,4 % en CB (≈ 4 €)",
            "Bilan pour le site : surcoût ≈ 8 € par commande BNPL, compensé par +65 € d'AOV ; on garde les trois"]},
    # 19
    {"t": "Search growth : backlog priorisé et stack de mesure",
     "tbl": [["Action search", "Impact", "Confiance", "Facilité", "Score ICE", "Statut"],
             ["Guide hub « Batterie & grades » + 6 articles", "8", "8", "8", "512", "Fait (fév.)"],
             ["Données structurées Product + avis Trustpilot", "7", "7", "9", "441", "Fait (janv.)"],
             ["PLP par modèle (15 modèles) avec filtres grade / stockage / couleur", "9", "8", "6", "432", "Fait (mars)"],
             ["LCP mobile : images PDP en WebP, lazy-load", "7", "6", "7", "294", "Fait (avril)"],
             ["Comparatifs « modèle vs modèle »", "6", "7", "7", "294", "En cours"],
             ["Backlinks via nos alliés co-marketing", "8", "6", "6", "288", "En cours"],
             ["Blog actu Apple / Samsung", "4", "4", "6", "96", "Abandonné"]],
     "b2": ["Stack : Search Console + GA4 (site), Semrush (keyword universe, position tracking), Ahrefs Webmaster Tools (backlinks, DR), Helium 10 (rang Amazon), Looker Studio (dashboard)"],
     "n": "Le backlog est noté Impact × Confiance × Facilité sur 10 chacun ; on exécute dans l'ordre du score sauf dépendance technique. "
          "Choix des outils : Semrush plutôt qu'Ahrefs comme outil payant principal, parce qu'on en a besoin pour trois usages (keyword universe, suivi de 300 positions, "
          "audit technique) et que sa base de requêtes françaises donne des volumes plus proches de ce qu'on observe dans Search Console sur nos requêtes modèle ; "
          "Ahrefs en plus (129 $/mois) aurait été un doublon. En revanche, Ahrefs Webmaster Tools est gratuit sur un domaine vérifié et reste la référence pour le DR "
          "et les referring domains, donc je l'utilise pour les backlinks. Helium 10 parce que Seller Central ne donne pas le rang organique d'un ASIN sur une requête : "
          "Keyword Tracker le relève chaque jour sur nos 5 ASIN phares. GA4 et Search Console sont gratuits et sont les seules sources de première main pour le site. "
          "Looker Studio agrège GA4, Search Console, Google Ads et un Google Sheet alimenté par les exports Amazon : un seul écran pour le lundi."},
    # 20
    {"t": "Keyword universe & topic clusters",
     "ty": 3.85,
     "b1": ["Méthode : seed (noms de modèles, « reconditionné », « batterie », « grade ») → expansion Semrush + suggestions Amazon + questions Zendesk → clustering par "
            "proximité de SERP → intent (transactionnel / informationnel / comparatif) → mapping vers une page cible unique",
            "Résultat : 412 requêtes retenues, 35 prioritaires listées en D1 avec volume, KD, intent, cluster, page cible, priorité",
            "Contexte pris en compte : reconditionné vs neuf, requêtes pilotées par le prix, noms de modèles exacts, requêtes « Metz » pour le retrait atelier"],
     "tbl": [["Cluster", "Hub", "Spokes"],
             ["Choisir son modèle", "/reconditionne", "PLP iPhone 11 → 15, PLP Galaxy S21 → S23, comparatifs « iPhone 13 ou 14 »"],
             ["Batterie & grades", "/guide/batterie-et-grades", "santé batterie 85 %, grade « Très bon » c'est quoi, changer la batterie, photos par grade"],
             ["Reconditionné ou neuf", "/guide/reconditionne-ou-neuf", "fiabilité, garantie légale, impact carbone, reconditionné vs occasion"]],
     "b2": ["Règle de maillage : tous les spokes linkent le hub"],
     "n": "Le keyword universe a été construit en février 2026 avec Semrush. Le point important est l'intent : « iphone 13 reconditionné » (18 100 recherches/mois) "
          "est transactionnel et doit aller sur une PLP, tandis que « batterie iphone 85 % » est informationnel et doit aller sur le guide. Avant, les deux tombaient sur "
          "la home. J'ai exclu les requêtes « occasion leboncoin », « réparation écran » et les modèles qu'on ne vend pas. Pour le mapping, une requête = une page ; "
          "quand deux requêtes avaient plus de 60 % d'URLs communes dans le top 10, je les ai fusionnées."},
    # 21
    {"t": "Backlinks & progression search consolidée",
     "tbl": [["Metric", "Déc. 2025", "Juin 2026", "Évolution"],
             ["Clics organiques / mois (Search Console)", "4 180", "6 860", "+64 %"],
             ["Requêtes en top 10 (Semrush, 412 suivies)", "38", "91", "+53"],
             ["Referring domains (Ahrefs WMT)", "46", "97", "+51"],
             ["Domain Rating", "14", "27", "+13"],
             ["Sessions referral depuis nos alliés", "120", "1 430", "×12"],
             ["Rang organique Amazon moyen, 5 ASIN (Helium 10)", "17,2", "6,4", "−10,8 places"]],
     "b2": ["Backlinks obtenus : Onde Mobile, AssurEcran, Fédé Étudiante Lorraine, RépaFix, 2 descriptions YouTube, 3 médias locaux — détail source par source en D6"],
     "n": "Le netlinking est venu des acteurs avec qui on a déjà une relation : chaque accord de co-marketing prévoyait un lien vers une PLP ou un guide, pas vers la home. "
          "Le plus efficace en trafic est AssurEcran (540 sessions referral en juin) car le lien est dans l'e-mail de confirmation d'assurance. "
          "La progression consolidée additionne les actions : PLP modèles, hub batterie, données structurées, LCP et backlinks. Je ne sais pas isoler la part de chacune, "
          "mais les 53 requêtes gagnées en top 10 sont à 70 % des requêtes modèle, qui pointent vers les PLP lancées en mars. Côté Amazon, le rang moyen gagne 10,8 places "
          "sur nos 5 ASIN phares, grâce aux bullet points réécrits et au volume de ventes Sponsored Products qui entraîne le classement organique."},
    # 22
    {"t": "Paid : Google Search / PMax, Meta, Sponsored Products",
     "tbl": [["Campagne", "Structure", "Ciblage", "Landing page"],
             ["Google Search — Modèles", "1 groupe d'annonces par modèle (15), RSA, correspondance exacte + expression", "« iphone 13 reconditionné », « iphone 12 pas cher garantie »… ; négatifs : réparation, coque, neuf, leboncoin", "PLP du modèle"],
             ["Google Search — Marque", "1 groupe", "« phenix mobile », « phénix reconditionné »", "Home"],
             ["PMax — Shopping", "3 groupes d'assets : iPhone marge haute, Galaxy, accessoires", "Flux Shopify par grade ; signaux : clients Klaviyo, requêtes modèle", "Fiche produit"],
             ["Meta — Parents", "1 campagne conversions", "Profils parents d'ados 13–17 ans, 35–55 ans, Grand Est + France", "PLP « premier smartphone »"],
             ["Amazon SP — Auto", "Récolte de requêtes", "Automatique, enchère basse", "Fiche ASIN"],
             ["Amazon SP — Manuel", "Exact + expression sur 5 ASIN phares", "42 requêtes issues de la récolte", "Fiche ASIN (A+ content)"],
             ["Amazon SP — ASIN targeting", "Ciblage produits", "ASIN de ReNeuf Store et Smart Again plus chers ou notés < 4,2", "Fiche ASIN"]],
     "b2": ["RSA « Modèles » — titres : « iPhone 13 reconditionné dès 349 € » | « Batterie ≥ 85 % garantie » | « Garantie 24 mois » | « Expédié de Metz en 24 h » ; "
            "descriptions : « Testé par nos techniciens, grade contrôlé, paiement en 3x ou 4x. » / « Choisissez votre grade, on garantit la batterie. Retour 30 jours. »"],
     "n": "La structure par modèle reprend le keyword universe : chaque groupe d'annonces correspond à une PLP, le message de l'annonce reprend le H1 de la page. "
          "Les PLP ont été préférées aux fiches produit comme landing pages de Search car l'internaute qui tape un modèle n'a pas encore choisi grade, capacité ni couleur : "
          "la PLP lui montre les trois en un écran. Sur Amazon, l'auto sert uniquement à découvrir des requêtes, celles qui convertissent passent en manuel exact ; "
          "l'ASIN targeting va chercher les acheteurs qui consultent un concurrent plus cher ou moins bien noté, là où notre badge batterie fait la différence. "
          "Sur Meta, je cible des profils (âge, parents d'adolescents) plutôt que des centres d'intérêt tech, car le parent n'est pas un passionné de tech."},
    # 23
    {"t": "Dashboard hebdo, TikTok organique, metrics",
     "b1": ["Dashboard Looker Studio hebdo (D2) : visibilité (impressions, part d'impressions), CTR, ACoS / TACoS, ROAS, retour net sur marge",
            "Avril → juin : part d'impressions Search 41 % → 52 %, CTR stable ~6 %, ACoS 27 % → 21 %, ROAS Google 4,4 → 5,8",
            "TikTok organique (code TIKPHX) : 142 commandes, 38,1 k€ de CA, 7,8 k€ de marge pour 2,3 k€ de production → 2,41 € net par € investi",
            "Metrics site suivies et commentées en D7 : sessions, engagement / rebond, durée, LCP, abandons à chaque étape du checkout, CA",
            "Étape « création de compte » : sans objet, le checkout est en guest (compte proposé après paiement)"],
     "n": "Lecture du dashboard : la visibilité progresse (part d'impressions +11 points) depuis que les PLP ont amélioré le Quality Score, le CTR reste stable donc les "
          "annonces ne s'usent pas, et l'ACoS baisse de 6 points grâce au passage des requêtes en manuel exact. Le retour net sur marge de Google reste modeste (0,5 à 1,0 € "
          "par euro, 0,3 en semaine 19) : c'est correct pour de l'acquisition de nouveaux clients, à condition que la retention fasse le reste. Semaine 19 : creux (pont de mai et rupture "
          "iPhone 13 Bleu). TikTok : j'ai valorisé le temps de Camille (40 h à 28 €/h chargé = 1 120 €), 6 téléphones offerts au prix de revient (1 080 €) et l'app de "
          "montage (90 €), soit 2 290 €. Marge générée : 142 commandes × 55 € de contribution moyenne site = 7 810 €. (7 810 − 2 290) ÷ 2 290 = 2,41 € net par euro. "
          "Le code sous-estime l'effet (tous les spectateurs ne l'utilisent pas). Metrics : le principal abandon est entre panier et checkout (52 %), puis entre livraison "
          "et paiement (14 %) ; le LCP mobile est passé de 3,4 s à 2,3 s. Pas de taux d'abandon à la création de compte : on n'oblige pas à créer un compte, "
          "et c'est volontaire — un acheteur tous les deux ans n'a aucune raison d'en créer un avant de payer."},
    # 24
    {"t": "Résultats vs OKR et next steps",
     "tbl": [["", "Baseline 2025", "Fin S1 2026", "Cible S2", "Lecture"],
             ["North Star (marge / téléphone)", "38 €", "41,2 €", "45 €", "En ligne, tirée par le site"],
             ["Part du site", "13 %", "15,8 %", "20 %", "En retard : site sous son plan (305 k€ vs 330 k€)"],
             ["TACoS Amazon", "9,8 %", "9,3 %", "8 %", "Trop lent"],
             ["Taux de retour", "4,1 %", "3,8 %", "3,5 %", "En ligne (photos réelles)"],
             ["Trade-in", "6 %", "7,4 %", "10 %", "Le gros lot arrive au T3 (clients 2024)"]],
     "b2": ["Next steps, par score ICE : 1) fiche produit : réponses grades + batterie intégrées (ICE 504) — 2) chat jusqu'à 21 h deux soirs (392) — "
            "3) cluster « Reconditionné ou neuf » (320) — 4) comparatifs modèle vs modèle (294) — 5) tests d'Instagram natif (180)"]},
]


def fixed_zip(data, path, dt):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=dt)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(name))


def add_bullets(slide, lines, top, height, size):
    box = slide.shapes.add_textbox(Inches(0.55), top, Inches(12.2), height)
    tf = box.text_frame
    tf.word_wrap = True
    for k, line in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.text = "• " + line
        p.runs[0].font.size = Pt(size)
        p.space_after = Pt(5)
    return box


def add_table(slide, rows, top, size, header=True, widths=None):
    nr, nc = len(rows), len(rows[0])
    shape = slide.shapes.add_table(nr, nc, Inches(0.45), top, Inches(12.43), Inches(0.32 * nr))
    tb = shape.table
    tb.first_row = header
    if widths:
        total = sum(widths)
        for j, w in enumerate(widths):
            tb.columns[j].width = Emu(int(Inches(12.43) * w / total))
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = tb.cell(r, c)
            cell.text = val
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)
    return shape


WIDTHS = {
    3: [1.3, 3, 3, 3], 4: [1.3, 3.2, 3.2, 1.8], 5: [1.5, 1, 0.9, 1, 2.2, 1, 1.3, 1.3, 1.9],
    9: [4.2, 2.2, 0.9, 0.9, 0.9], 11: [1.3, 1.5, 2.2, 2, 2, 1], 12: [2.2, 0.7, 0.7, 0.9, 1.6, 0.8],
    13: [1.4, 1.3, 2.6, 2.1], 14: [2.1, 1.1, 2.7, 1.3, 0.9, 0.8, 0.7], 19: [3.8, 0.8, 0.9, 0.8, 0.9, 1.1],
    20: [1.3, 1.7, 4.5], 22: [1.6, 2.4, 3.4, 1.4], 24: [2.2, 1, 1, 0.9, 3],
}
SIZES = {2: 16, 3: 14, 4: 13.5, 5: 13, 7: 16, 8: 15, 9: 15, 10: 15, 11: 12, 12: 16, 13: 13.5, 14: 12.5, 16: 16, 18: 15, 19: 15, 20: 14, 21: 16, 22: 12, 24: 15}


def build_pptx(path):
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    n = len(SLIDES)
    for i, s in enumerate(SLIDES):
        num = i + 1
        slide = prs.slides.add_slide(prs.slide_layouts[5])  # Title Only
        band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, Inches(1.05))
        band.fill.solid()
        band.fill.fore_color.rgb = NAVY
        band.line.fill.background()
        sp = band._element
        sp.getparent().remove(sp)
        slide.shapes._spTree.insert(2, sp)
        title = slide.shapes.title
        title.left, title.top, title.width, title.height = Inches(0.45), Inches(0.12), Inches(12.4), Inches(0.82)
        title.text = s["t"]
        run = title.text_frame.paragraphs[0].runs[0]
        run.font.size = Pt(34 if num == 1 else 26)
        run.font.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        title.text_frame.paragraphs[0].alignment = 1
        size = SIZES.get(num, 12)
        y = Inches(1.3)
        if num == 1:
            add_bullets(slide, s["b"], Inches(2.4), Inches(3.5), 20)
        if "b1" in s:
            nb = len(s["b1"])
            add_bullets(slide, s["b1"], y, Inches(0.42 * nb), 15 if "tbl" in s else 18)
            y = Inches(s.get("ty", 1.3 + (0.62 if "tbl" in s else 0.5) * nb))
        if "tbl" in s:
            add_table(slide, s["tbl"], y, size, widths=WIDTHS.get(num))
        if "grid" in s:
            add_table(slide, s["grid"], Inches(1.3), 14, header=False)
        if "b2" in s:
            nb = len(s["b2"])
            bottom = {18: 4.75, 20: 6.2, 16: 4.55, 24: 5.3, 7: 5.55, 8: 5.0, 5: 5.35, 10: 6.35, 19: 5.95, 21: 5.6, 22: 6.05}.get(num, 5.6)
            add_bullets(slide, s["b2"], Inches(bottom), Inches(0.4 * nb), 14)
        foot = slide.shapes.add_textbox(Inches(0.45), Inches(7.05), Inches(12.4), Inches(0.35))
        foot.text_frame.text = f"Phénix Mobile — Growth review S1 2026 — Y. Belkacem — {num}/{n}"
        foot.text_frame.paragraphs[0].runs[0].font.size = Pt(10)
        foot.text_frame.paragraphs[0].runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        if s.get("n"):
            slide.notes_slide.notes_text_frame.text = s["n"]
    cp = prs.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    cp.title = "Phénix Mobile — Growth review S1 2026"
    buf = io.BytesIO()
    prs.save(buf)
    fixed_zip(buf.getvalue(), path, (2026, 7, 9, 8, 30, 0))


# ---------------------------------------------------------------------------
# Data room PDF
# ---------------------------------------------------------------------------
D1 = [
    ["Requête", "Vol./mois", "KD", "Intent", "Cluster", "Page cible", "Prio.", "Contexte"],
    ["iphone reconditionné", "49 500", "71", "Transac.", "Choisir son modèle", "/reconditionne", "P1", "Requête reine, dominée par Back Market"],
    ["iphone 13 reconditionné", "18 100", "58", "Transac.", "Choisir son modèle", "/iphone-13-reconditionne", "P1", "Modèle n°1 en volume"],
    ["iphone 12 reconditionné", "14 800", "55", "Transac.", "Choisir son modèle", "/iphone-12-reconditionne", "P1", "Porte d'entrée étudiants"],
    ["iphone 14 reconditionné", "12 100", "52", "Transac.", "Choisir son modèle", "/iphone-14-reconditionne", "P1", "Monte après la keynote"],
    ["iphone 11 reconditionné", "9 900", "49", "Transac.", "Choisir son modèle", "/iphone-11-reconditionne", "P2", "Prix-led, marge faible"],
    ["iphone 15 reconditionné", "6 600", "44", "Transac.", "Choisir son modèle", "/iphone-15-reconditionne", "P2", "Peu de stock, forte marge"],
    ["samsung s23 reconditionné", "3 600", "38", "Transac.", "Choisir son modèle", "/galaxy-s23-reconditionne", "P2", "Android : moins disputé"],
    ["galaxy s22 reconditionné", "2 900", "35", "Transac.", "Choisir son modèle", "/galaxy-s22-reconditionne", "P2", "—"],
    ["galaxy s21 reconditionné", "2 400", "31", "Transac.", "Choisir son modèle", "/galaxy-s21-reconditionne", "P3", "Fin de gamme"],
    ["iphone 13 reconditionné pas cher", "2 900", "41", "Transac.", "Choisir son modèle", "/iphone-13-reconditionne", "P1", "Requête pilotée par le prix"],
    ["iphone reconditionné prix", "4 400", "47", "Transac.", "Choisir son modèle", "/reconditionne", "P2", "Comparaison de prix"],
    ["iphone 13 ou iphone 14", "3 600", "22", "Comparatif", "Choisir son modèle", "/guide/iphone-13-ou-14", "P2", "Indécis avant achat"],
    ["meilleur iphone reconditionné", "1 900", "27", "Comparatif", "Choisir son modèle", "/guide/quel-iphone-choisir", "P2", "—"],
    ["premier smartphone ado", "1 600", "18", "Info.", "Choisir son modèle", "/premier-smartphone", "P1", "Cohort parents"],
    ["iphone reconditionné garantie 2 ans", "880", "19", "Transac.", "Reconditionné ou neuf", "/garantie-24-mois", "P1", "Notre différence"],
    ["batterie iphone 85%", "5 400", "24", "Info.", "Batterie & grades", "/guide/batterie-et-grades", "P1", "Objection n°1 étudiants"],
    ["santé batterie iphone reconditionné", "1 300", "16", "Info.", "Batterie & grades", "/guide/sante-batterie", "P1", "Question chat fréquente"],
    ["changer batterie iphone 12", "6 600", "33", "Info.", "Batterie & grades", "/guide/changer-batterie", "P3", "Concurrence réparateurs"],
    ["grade très bon état back market", "1 000", "12", "Info.", "Batterie & grades", "/guide/grades", "P1", "Grade anxiety"],
    ["reconditionné état correct c'est quoi", "720", "9", "Info.", "Batterie & grades", "/guide/grades", "P1", "Grade anxiety"],
    ["reconditionné parfait état", "590", "11", "Info.", "Batterie & grades", "/guide/grades", "P2", "—"],
    ["téléphone reconditionné fiable", "2 400", "21", "Info.", "Reconditionné ou neuf", "/guide/reconditionne-fiable", "P1", "Objection « déjà abîmé »"],
    ["reconditionné ou neuf", "1 600", "20", "Comparatif", "Reconditionné ou neuf", "/guide/reconditionne-ou-neuf", "P1", "Hub du cluster"],
    ["reconditionné vs occasion", "880", "14", "Comparatif", "Reconditionné ou neuf", "/guide/reconditionne-vs-occasion", "P2", "Face à Leboncoin"],
    ["impact carbone smartphone", "1 900", "29", "Info.", "Reconditionné ou neuf", "/guide/impact-carbone", "P2", "Cohort eco-minded"],
    ["garantie téléphone reconditionné", "1 300", "17", "Info.", "Reconditionné ou neuf", "/garantie-24-mois", "P1", "Garantie légale vs commerciale"],
    ["iphone reconditionné icloud bloqué", "390", "8", "Info.", "Reconditionné ou neuf", "/guide/icloud", "P2", "Objection sécurité"],
    ["reprise iphone", "8 100", "46", "Transac.", "Reconditionné ou neuf", "/reprise", "P2", "Trade-in"],
    ["iphone reconditionné metz", "210", "6", "Local", "Choisir son modèle", "/atelier-metz", "P2", "Retrait à l'atelier"],
    ["téléphone reconditionné nancy", "170", "5", "Local", "Choisir son modèle", "/atelier-metz", "P3", "Zone Fédé"],
    ["iphone reconditionné paiement 4 fois", "590", "10", "Transac.", "Choisir son modèle", "/paiement-plusieurs-fois", "P2", "Étudiants, BNPL"],
    ["coque iphone 13", "27 100", "62", "Transac.", "Accessoires", "/accessoires/coques", "P3", "Volume énorme, hors cœur"],
    ["phenix mobile avis", "320", "4", "Navig.", "Marque", "/avis", "P1", "Réassurance"],
    ["phenix mobile", "880", "2", "Navig.", "Marque", "/", "P1", "Marque"],
    ["back market ou amazon reconditionné", "1 000", "23", "Comparatif", "Reconditionné ou neuf", "/guide/ou-acheter-reconditionne", "P3", "Sensible : nos marketplaces"],
]

D2_G = [["Sem.", "Impr.", "Part d'impr.", "Clics", "CTR", "Coût", "Cmdes", "ROAS"]]
D2_A = [["Sem.", "Dépense SP", "Ventes SP", "ACoS", "Ventes Amazon totales", "TACoS"]]
G_RAW = [(14, 21800, 41, 1270, 812, 13), (15, 22400, 42, 1310, 828, 14), (16, 23900, 44, 1420, 845, 15), (17, 24100, 45, 1460, 851, 15),
         (18, 22600, 44, 1350, 836, 14), (19, 19800, 40, 1150, 798, 11), (20, 25300, 48, 1540, 864, 17), (21, 26100, 49, 1600, 870, 18),
         (22, 26800, 50, 1640, 872, 18), (23, 27400, 51, 1690, 879, 19), (24, 27900, 52, 1710, 884, 19), (25, 28300, 52, 1740, 889, 19)]
A_RAW = [(14, 1120, 4150, 10900), (15, 1105, 4200, 11000), (16, 1090, 4360, 11300), (17, 1080, 4410, 11200), (18, 1060, 4380, 11100),
         (19, 1010, 3890, 10300), (20, 1070, 4650, 11600), (21, 1050, 4720, 11700), (22, 1040, 4800, 11900), (23, 1030, 4830, 11900),
         (24, 1020, 4870, 12000), (25, 1010, 4810, 11800)]


def fr(x, d=1):
    s = f"{x:,.{d}f}".replace(",", " ").replace(".", ",")
    return s


for w, imp, isv, clk, cost, orders in G_RAW:
    D2_G.append([f"S{w}", fr(imp, 0), f"{isv} %", fr(clk, 0), fr(100 * clk / imp) + " %", fr(cost, 0) + " €", str(orders), fr(orders * 272 / cost)])
for w, sp, sales, tot in A_RAW:
    D2_A.append([f"S{w}", fr(sp, 0) + " €", fr(sales, 0) + " €", fr(100 * sp / sales) + " %", fr(tot, 0) + " €", fr(100 * sp / tot) + " %"])

D3 = [
    ("Conversation 1 — mardi 17/03/2026, 18 h 12 — fiche iPhone 13 128 Go — convertie", [
        ("Visiteuse", "Bonjour, c'est quoi la différence entre Très bon et Correct ? Je veux pas un téléphone tout rayé"),
        ("Sonia (Phénix)", "Bonjour ! En « Très bon », les micro-rayures ne se voient pas à 20 cm, écran éteint. En « Correct », quelques rayures visibles sur la coque, jamais sur l'écran. Vous avez les photos réelles dans l'onglet « Voir le grade »."),
        ("Visiteuse", "Ok. Et la batterie elle est à combien ?"),
        ("Sonia (Phénix)", "Au minimum 85 % de capacité, c'est garanti. Sur le stock actuel de ce modèle en Très bon, les batteries sont entre 87 et 91 %."),
        ("Visiteuse", "Et si elle baisse vite ?"),
        ("Sonia (Phénix)", "Sur notre site la garantie est de 24 mois, batterie comprise : si elle passe sous 80 % dans ce délai, on la remplace gratuitement."),
        ("Visiteuse", "D'accord je prends le Très bon en noir, je peux payer en 3 fois ?"),
        ("Sonia (Phénix)", "Oui, avec Alma en 3x ou 4x au moment du paiement. Je vous mets le lien direct vers le noir 128 Go : il en reste 4."),
        ("Système", "Commande #PX-48817 créée à 18 h 21 — 389 € — Alma 3x."),
    ]),
    ("Conversation 2 — samedi 04/04/2026, 11 h 47 — fiche iPhone 13 256 Go — non convertie", [
        ("Visiteur", "Salut, vous avez l'iPhone 13 256 Go en bleu ?"),
        ("Mehdi (Phénix)", "Bonjour ! Pas en ce moment en bleu, malheureusement. J'ai le 256 Go en Minuit et en Lumière stellaire en Très bon, ou le 128 Go bleu."),
        ("Visiteur", "Non c'est pour ma copine elle veut le bleu en 256"),
        ("Mehdi (Phénix)", "Je comprends. Je peux activer une alerte retour en stock sur votre e-mail, on en reçoit en général sous 2 à 3 semaines."),
        ("Visiteur", "Trop long c'est pour son anniv samedi prochain. Tant pis"),
        ("Mehdi (Phénix)", "Dommage ! Si jamais, le code ETU10 reste valable un mois. Bonne journée."),
    ]),
]
D3_COMMENT = ("Lecture : la conversation 1 suit le schéma qui convertit le mieux — réponse grade, réponse batterie, rappel de la garantie 24 mois propre au site, "
              "puis lien direct vers la variante et le BNPL. Macros utilisées : « grade_explication », « batterie_min ». La conversation 2 est perdue sur une rupture "
              "de variante : 14 % des conversations avant-vente concernent un stock ou une couleur. Depuis avril, la fiche affiche la date estimée de réassort et "
              "l'alerte retour en stock est proposée automatiquement ; l'agent ne peut rien proposer de plus quand le délai ne convient pas.")

D4 = [["Mois 2026", "Conversations", "dont avant-vente", "1re réponse", "Résolution médiane", "CSAT", "Conv. avec chat", "Conv. sans chat"],
      ["Janvier", "2 080", "33 %", "3 min 10", "14 min", "90 %", "9,1 %", "2,0 %"],
      ["Février", "1 760", "35 %", "2 min 50", "12 min", "91 %", "9,6 %", "2,1 %"],
      ["Mars", "1 890", "37 %", "2 min 35", "11 min", "92 %", "10,2 %", "2,2 %"],
      ["Avril", "1 950", "37 %", "2 min 30", "11 min", "93 %", "10,0 %", "2,1 %"],
      ["Mai", "1 870", "36 %", "2 min 40", "12 min", "93 %", "9,7 %", "2,0 %"],
      ["Juin", "2 090", "38 %", "2 min 25", "10 min", "94 %", "10,1 %", "2,2 %"],
      ["Moyenne S1", "1 940", "36 %", "2 min 40", "12 min", "92 %", "9,8 %", "2,1 %"]]
D4_TOPICS = [["Motif (avant-vente, S1)", "Part", "Motif (après-vente, S1)", "Part"],
             ["Grades / aspect", "31 %", "Suivi de livraison", "38 %"],
             ["Batterie", "22 %", "Garantie / panne", "27 %"],
             ["Stock, couleur, capacité", "14 %", "Rétractation / retour", "21 %"],
             ["Délais de livraison", "12 %", "Facture, TVA", "8 %"],
             ["Paiement en plusieurs fois", "11 %", "Autre", "6 %"],
             ["Autre", "10 %", "", ""]]
D4_COMMENT = ("Lecture : le délai de première réponse a baissé de 3 min 10 à 2 min 25 avec les macros et le routage automatique avant-vente / SAV, et la CSAT a suivi. "
              "L'écart de conversion (9,8 % contre 2,1 %) est à relativiser, voir slide 15 : à panier égal il est de 19 % contre 12 %. Les deux premiers motifs avant-vente "
              "(grades et batterie, 53 %) sont des informations qui devraient être lues sur la fiche : c'est le premier next step du deck.")

D5 = [["k€ HT — S1 2026", "Back Market", "Amazon", "Cdiscount", "Site propre", "Total"],
      ["CA — plan", "1 120,0", "300,0", "170,0", "330,0", "1 920,0"],
      ["CA — réel", "1 158,0", "290,0", "178,0", "305,0", "1 931,0"],
      ["Coût des téléphones remis en état", "785,6", "181,0", "120,6", "183,3", "1 270,5"],
      ["Logistique, retours, frais de paiement", "57,9", "20,3", "10,7", "18,3", "107,2"],
      ["= Marge avant frais de vente (A)", "314,5", "88,7", "46,7", "103,4", "553,3"],
      ["Commissions — plan / réel", "124,0 / 127,4", "34,0 / 34,8", "22,0 / 23,1", "—", "180,0 / 185,3"],
      ["Sponsored Products — plan / réel", "—", "23,0 / 27,1 (+18 %)", "—", "—", "23,0 / 27,1"],
      ["PMax + Search — plan / réel", "—", "—", "—", "20,0 / 21,4 (+7 %)", "20,0 / 21,4"],
      ["Meta Ads — plan / réel", "—", "—", "—", "8,0 / 7,3 (−9 %)", "8,0 / 7,3"],
      ["Affiliation Awin — plan / réel", "—", "—", "—", "6,0 / 6,2 (+3 %)", "6,0 / 6,2"],
      ["Outils — plan / réel", "4,0 / 4,0", "2,4 / 2,4", "1,2 / 1,2", "6,8 / 6,8", "14,4 / 14,4"],
      ["€ investis — réel (B)", "131,4", "64,3", "24,3", "41,7", "261,7"],
      ["Contribution margin — plan", "170,0", "31,0", "20,5", "70,0", "291,5"],
      ["Contribution margin — réel (A − B)", "183,1", "24,4", "22,4", "61,7", "291,6"],
      ["Téléphones vendus", "4 257", "1 018", "679", "1 121", "7 075"],
      ["Contribution margin / téléphone", "43,0 €", "24,0 €", "33,0 €", "55,0 €", "41,2 €"],
      ["Retour net par € investi = (A − B) ÷ B", "1,39 €", "0,38 €", "0,92 €", "1,48 €", "1,11 €"]]
D5_COMMENT = ("Outils : Back Market back-office et BackBox (inclus), Helium 10, Octopia, Shopify, Klaviyo, Zendesk, Semrush, Looker Studio (gratuit), réparties au prorata du CA "
              "sauf Helium 10 (100 % Amazon) et Klaviyo / Semrush (100 % site). Écarts : Sponsored Products +18 % et Meta −9 % par rapport au plan ; à recadrer au S2.")

D6 = [["Source du lien", "Type", "Mis en ligne", "Page liée", "DR source", "Sessions referral S1"],
      ["AssurEcran — e-mail et page « assurer un reconditionné »", "Co-marketing", "févr. 2026", "/garantie-24-mois", "41", "1 920"],
      ["Onde Mobile — page « apportez votre téléphone »", "Co-marketing", "mars 2026", "/reconditionne", "48", "1 310"],
      ["Fédé Étudiante Lorraine — page bons plans", "Co-marketing", "janv. 2026", "/iphone-12-reconditionne", "29", "860"],
      ["RépaFix Grand Est — annuaire + 6 pages boutiques", "Co-marketing", "avril 2026", "/guide/batterie-et-grades", "22", "410"],
      ["TechDeMax — description vidéo", "Créateur", "nov. 2025", "/iphone-13-reconditionne", "—", "1 140"],
      ["Léa Décrypte — description vidéo", "Créateur", "nov. 2025", "/premier-smartphone", "—", "390"],
      ["Républicain Lorrain — article atelier", "Presse locale", "févr. 2026", "/atelier-metz", "62", "240"],
      ["Blog Metz Techno — portrait", "Média local", "mars 2026", "/", "31", "90"],
      ["Idealo — fiche marchand", "Comparateur", "nov. 2025", "/", "74", "2 310"]]
D6_SUM = [["Domaine phenix-mobile.fr", "31/12/2025", "30/06/2026"],
          ["Referring domains (Ahrefs WMT)", "46", "97"],
          ["Domain Rating", "14", "27"],
          ["Backlinks dofollow", "212", "540"],
          ["Sessions referral / mois (hors Idealo)", "120", "1 430"]]

D7 = [["Metric", "Définition / source", "S2 2025", "S1 2026", "Lecture"],
      ["Sessions / mois", "GA4, toutes sources", "11 900", "15 400", "+29 %, porté par l'organique et le referral"],
      ["Taux d'engagement (rebond)", "GA4 : session > 10 s, 2 pages ou conversion ; rebond = 100 − engagement", "54 % (46 %)", "61 % (39 %)", "Les PLP retiennent mieux que la home"],
      ["Durée d'engagement moyenne", "GA4, par session", "1 min 12", "1 min 38", "Lecture des guides batterie"],
      ["LCP mobile (p75)", "Search Console / CrUX", "3,4 s", "2,3 s", "Sous le seuil de 2,5 s depuis avril"],
      ["Abandon panier → checkout", "Shopify + GA4", "57 %", "52 %", "Premier point de fuite : frais de port affichés tard"],
      ["Création de compte", "—", "sans objet", "sans objet", "Guest checkout : aucun compte exigé avant paiement"],
      ["Abandon coordonnées → livraison", "Shopify", "21 %", "18 %", "Autocomplétion d'adresse ajoutée"],
      ["Abandon livraison → paiement", "Shopify", "16 %", "14 %", "Choix point relais / domicile clarifié"],
      ["Abandon paiement → confirmation", "Shopify", "11 %", "9 %", "Refus 3DS et BNPL non accordés"],
      ["Taux de conversion", "Commandes ÷ sessions", "1,1 %", "1,23 %", "Encore faible vs marketplaces"],
      ["CA site / mois", "Shopify, HT", "45,1 k€", "50,8 k€", "En retard sur le plan (55 k€)"],
      ["ACoS / TACoS Amazon", "Dépense SP ÷ ventes SP / ÷ ventes totales", "24,8 % / 9,8 %", "23,0 % / 9,3 %", "ACoS en baisse depuis avril"],
      ["Contribution margin / téléphone", "D5", "38 €", "41,2 €", "North Star"],
      ["Taux de retour", "Zendesk + marketplaces", "4,1 %", "3,8 %", "Moins de rétractations « aspect »"]]

D8 = [["Tableau / outil", "Contenu", "Lien"],
      ["Looker Studio — Growth dashboard", "Vue hebdo site + ads + Amazon (source de D2)", "https://lookerstudio.google.com/reporting/phx-growth-s1-2026"],
      ["GA4 — exploration checkout", "Entonnoir panier → confirmation (D7)", "https://analytics.google.com/analytics/web/#/p402218765/reports/explorer"],
      ["Search Console — performances", "Clics, positions, requêtes (slide 21)", "https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain:phenix-mobile.fr"],
      ["Amazon Seller Central — Business Reports", "Ventes par ASIN, Buy Box", "interne — non partageable (Seller Central)"],
      ["Amazon Ads — campagnes Sponsored Products", "ACoS, requêtes, ASIN ciblés", "interne — non partageable (Seller Central)"]]

D9 = [["Question (clients site 2024, n = 412, mai 2026)", "Réponses"],
      ["Dans combien de temps pensez-vous changer de téléphone ?", "< 12 mois : 9 % — 12–24 mois : 38 % — 24–36 mois : 41 % — > 36 mois : 12 %"],
      ["Revendriez-vous votre Phénix contre un bon d'achat chez nous ?", "Oui : 61 % — Peut-être : 24 % — Non : 15 %"],
      ["Sous quelle forme préférez-vous être payé·e ?", "Bon d'achat majoré de 10 % : 54 % — Virement : 46 %"],
      ["Un programme à points vous inciterait-il à racheter chez nous ?", "Oui : 17 % — Indifférent : 58 % — Non : 25 %"],
      ["Recommanderiez-vous Phénix à un proche contre 20 € pour chacun ?", "Oui : 44 % — Peut-être : 31 % — Non : 25 %"],
      ["Médiane entre deux achats (Shopify, clients ayant racheté)", "26 mois"]]


def build_pdf(path):
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=4)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=6, textColor=colors.HexColor("#14233A"))
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=4, textColor=colors.HexColor("#14233A"))
    h3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=8.5, leading=11, spaceBefore=4, spaceAfter=2)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=7.6, leading=9.4)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
    W = A4[0] - 3 * cm
    story = []

    def tbl(rows, widths, header=True, small=False):
        c1 = ParagraphStyle("c1", parent=cell, fontSize=7, leading=8.4) if small else cell
        c2 = ParagraphStyle("c2", parent=cellb, fontSize=7, leading=8.4) if small else cellb
        data = []
        for i, r in enumerate(rows):
            data.append([Paragraph(str(c), c2 if (i == 0 and header) else c1) for c in r])
        t = Table(data, colWidths=[W * w / sum(widths) for w in widths], repeatRows=1 if header else 0)
        st = [("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#8A94A6")),
              ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if header:
            st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE3EE")))
        t.setStyle(TableStyle(st))
        story.append(t)
        story.append(Spacer(1, 5))

    story.append(Paragraph("Phénix Mobile — Data room de la growth review S1 2026", h1))
    story.append(Paragraph("Tables de référence citées dans le deck (Y. Belkacem, juillet 2026). Sources : exports Semrush, Looker Studio, Zendesk, Shopify, "
                           "Ahrefs Webmaster Tools, Helium 10, comptabilité analytique tenue avec Julie Schmitt.", base))
    story.append(Paragraph("D1 — Keyword universe : 35 requêtes prioritaires (sur 412 retenues, volumes Semrush FR, mars 2026)", h2))
    tbl(D1, [2.9, 0.95, 0.55, 1.1, 1.95, 2.9, 0.6, 2.9], small=True)
    story.append(Paragraph("P1 = page créée ou retravaillée au S1 ; P2 = S2 2026 ; P3 = suivie sans action. Les requêtes marque et « metz » sont à faible volume "
                           "mais à très forte conversion (8 % pour « phenix mobile avis »).", base))
    story.append(PageBreak())
    story.append(Paragraph("D2 — Dashboard hebdomadaire ads (semaines 14 à 25, 2026)", h2))
    story.append(Paragraph("Google Ads (Search + PMax), site phenix-mobile.fr. ROAS = CA des commandes attribuées ÷ coût, AOV site retenu 272 €.", h3))
    tbl(D2_G, [0.6, 1, 1, 0.8, 0.7, 0.9, 0.7, 0.7])
    story.append(Paragraph("Amazon Sponsored Products (5 ASIN phares et récolte auto).", h3))
    tbl(D2_A, [0.6, 1, 1, 0.8, 1.4, 0.8])
    story.append(Paragraph("Retour net sur marge de Google : marge avant frais de vente du site 92 € par commande ; semaine 25 : (19 × 92 − 889) ÷ 889 = 0,97 € "
                           "par euro ; semaine 14 : (13 × 92 − 812) ÷ 812 = 0,47 €. Semaine 19 : pont de mai et rupture iPhone 13 Bleu.", base))
    story.append(PageBreak())
    story.append(Paragraph("D3 — Deux conversations live chat (Zendesk messaging, export anonymisé)", h2))
    for ct, lines in D3:
        story.append(Paragraph(ct, h3))
        tbl([["Qui", "Message"]] + [list(x) for x in lines], [1.3, 8.5])
    story.append(Paragraph(D3_COMMENT, base))
    story.append(Paragraph("D4 — Metrics du live chat (Zendesk Explore, janvier–juin 2026)", h2))
    tbl(D4, [1.2, 1.1, 1.1, 0.9, 1.1, 0.7, 1.0, 1.0])
    tbl(D4_TOPICS, [2.2, 0.7, 2.2, 0.7])
    story.append(Paragraph(D4_COMMENT, base))
    story.append(PageBreak())
    story.append(Paragraph("D5 — P&L par canal, plan vs réel (S1 2026)", h2))
    tbl(D5, [3.4, 1.3, 1.6, 1.1, 1.6, 1.3])
    story.append(Paragraph(D5_COMMENT, base))
    story.append(PageBreak())
    story.append(Paragraph("D6 — Backlinks obtenus et progression du domaine", h2))
    tbl(D6, [3.6, 1.1, 1.0, 2.1, 0.8, 1.2])
    tbl(D6_SUM, [3, 1.3, 1.3])
    story.append(Paragraph("D7 — Metrics du site : définitions et valeurs", h2))
    tbl(D7, [1.9, 2.6, 1.0, 1.0, 2.8])
    story.append(PageBreak())
    story.append(Paragraph("D8 — Liens vers les dashboards", h2))
    tbl(D8, [2.2, 2.4, 4.6])
    story.append(Paragraph("D9 — Questionnaire trade-in (Klaviyo, mai 2026)", h2))
    tbl(D9, [4.2, 5.6])
    story.append(Paragraph("Ces réponses ont servi à écarter un programme à points et à fixer la relance trade-in à 24 mois après l'achat.", base))

    def deco(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(1.5 * cm, 1.0 * cm, "Phénix Mobile — Data room growth review S1 2026 — Y. Belkacem")
        c.drawRightString(A4[0] - 1.5 * cm, 1.0 * cm, f"p. {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.4 * cm, bottomMargin=1.6 * cm,
                            title="Phénix Mobile — Data room growth review S1 2026", author=AUTHOR, invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


if __name__ == "__main__":
    os.makedirs(OUT_DIR, exist_ok=True)
    build_pptx(os.path.join(OUT_DIR, "phenix-mobile-growth-review.pptx"))
    build_pdf(os.path.join(OUT_DIR, "phenix-mobile-data-room.pdf"))
    print("ok")
