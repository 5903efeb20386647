"""Génère le growth report du candidat « Barbe Bleue » (cosmétique masculine)."""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).resolve().parent.parent / "c29-barbe-bleue"
OUT.mkdir(parents=True, exist_ok=True)
AUTHOR = "Yanis Cherkaoui"

B = []


def S(t):  # section title (bold paragraph)
    B.append(("s", t))


def SS(t):
    B.append(("ss", t))


def P(t):
    B.append(("p", t))


def L(items):
    B.append(("l", items))


def T(rows):
    B.append(("t", rows))


def BR():
    B.append(("br", None))


P("Barbe Bleue est une DNVB lyonnaise de soins pour homme lancée en 2023 par Maxime Roux et Thomas Vidal : "
  "huile à barbe (24 €), baume (22 €), shampoing solide (14 €), kit « Rituel » (59 €) et une box trimestrielle "
  "(39 €/trimestre). Stack : Shopify Plus, Klaviyo, Gorgias, GA4, Looker Studio, Triple Whale. "
  "Run-rate fin 2025 : 1,24 M€ de GMV, 21 400 clients, AOV 47 €, marge brute 72 %. Équipe : 6 personnes. "
  "Je suis growth manager en alternance ; ce document couvre le plan d'acquisition et de rétention S1 2026 et "
  "le bilan SEO/SEA du S2 2025.")
P("North Star Metric de la boîte : nombre de clients actifs sur 90 jours (objectif fixé par Maxime : 12 000 au "
  "30/06/2026, contre 8 300 aujourd'hui). Tout ce qui suit est aligné sur ce chiffre.")

S("PARTIE 1 — ACQUISITION & ACTIVATION")
SS("1.1 Plan de com' S1 2026 : objectifs × audiences × canaux")
P("Objectif business : +3 700 clients actifs en 6 mois, dont 2 500 nouveaux et 1 200 réactivés. "
  "Pour tenir ça avec un CAC blended ≤ 28 €, j'ai croisé chaque objectif avec une audience et les canaux "
  "qui la touchent le mieux (data Triple Whale du S2 2025).")
T([["Objectif chiffré", "Audience", "Canaux", "KPI de pilotage"],
   ["1 600 new customers via le kit Rituel", "Hommes 25-40, barbe entretenue, urbains",
    "Meta Ads (Reels + UGC), TikTok Spark Ads, Google Shopping", "CAC ≤ 30 €, CVR LP ≥ 3 %"],
   ["900 new customers sur la box", "Hommes 30-45 déjà acheteurs de soins en GMS",
    "Influence YouTube (tutos), Search brand + generic", "Taux d'abonnement ≥ 18 % des first orders"],
   ["1 200 clients réactivés", "Clients inactifs > 120 jours (6 100 profils)",
    "Klaviyo (flows winback), SMS, retargeting Meta", "Taux de réactivation ≥ 20 %"],
   ["Top-of-mind « soin barbe naturel »", "Lookalike 1 % des best customers",
    "Podcasts lifestyle, YouTube, barbiers partenaires", "Recherches brand +40 %"]])
P("Logique du funnel : TOFU = influence + TikTok (awareness), MOFU = UGC + retargeting + contenu SEO, "
  "BOFU = Shopping + emails de relance + live chat. Chaque canal a un rôle ; aucun n'est jugé sur le seul last-click.")

SS("1.2 Creators, barbiers & affiliés : qui, pourquoi, quel impact")
T([["Partenaire", "Type", "Pourquoi lui", "Résultat mesuré S2 2025 (UTM + code dédié)"],
   ["@le_barbu_urbain (212 k abonnés YouTube)", "Influenceur tuto barbe",
    "Audience 82 % hommes 24-38 ans, ton premium, déjà client", "1 940 sessions, 231 commandes, ROAS 4,6"],
   ["Collectif de 14 créateurs UGC (Insense)", "UGC pour ads",
    "Visages variés, contenus « vrais » qui surperforment en paid", "CTR ads UGC 1,9 % vs 0,8 % studio"],
   ["Réseau de 37 barbiers (Lyon, Grenoble, Annecy)", "Revendeurs physiques + QR code",
    "Même client, moment d'achat naturel (après la taille)", "410 first orders via QR, 8 200 € de sell-in"],
   ["Mr Comparatif (site comparateur soins homme)", "Comparateur / affilié",
    "Trafic très intentionniste (« meilleure huile à barbe »)", "1 120 sessions, CVR 4,1 %"],
   ["Lyon Startups (réseau local)", "Réseau d'entrepreneurs", "Visibilité presse régionale",
    "1 article Le Progrès, +620 sessions direct/brand la semaine de parution"]])
P("Verdict : les barbiers ont le meilleur CAC (11 €) et une image parfaitement alignée (artisanat, soin). "
  "On double le réseau au S1 (objectif 70 salons). Le comparateur reste en test car 38 % de ses visiteurs "
  "rebondissent sur le prix.")

SS("1.3 Live chat Gorgias : deux conversations réelles")
P("Widget Gorgias installé sur toutes les pages produit et le panier, déclenché après 25 s sur la fiche ou à "
  "l'ajout au panier. Macros configurées (22), règles d'auto-tag, réponses dispo 9h-19h, chatbot FAQ hors horaires.")
T([["Conversation #48211 — 14/11/2025 — CONVERTIE", ""],
   ["Client (21:04)", "Salut, j'ai une barbe de 3 semaines qui gratte, huile ou baume ?"],
   ["Sarah (21:05)", "Hello ! À 3 semaines, c'est l'huile qu'il faut : elle nourrit la peau dessous, c'est elle qui gratte. "
                     "Le baume c'est plutôt pour discipliner une barbe plus longue."],
   ["Client (21:07)", "Ok. Elle sent fort ?"],
   ["Sarah (21:07)", "Notes cèdre/bergamote, discrètes après 10 min. Si tu veux tester les deux, le kit Rituel à 59 € "
                     "te fait économiser 9 €, et la livraison est offerte."],
   ["Résultat", "Commande du kit Rituel à 21:12 (59 €). Tag : upsell_kit."]])
T([["Conversation #48390 — 16/11/2025 — NON CONVERTIE", ""],
   ["Client (13:22)", "Vous livrez en Belgique ?"],
   ["Sarah (13:31)", "Oui, en 3-5 jours ouvrés, 7,90 € de frais de port."],
   ["Client (13:32)", "Ah, c'est cher pour une huile à 24 €. Laisse tomber."],
   ["Sarah (13:33)", "Je comprends. Dès 50 € d'achat la livraison BE passe à 3,90 €, si jamais."],
   ["Résultat", "Pas de commande. Tag : frein_livraison_intl. Temps de 1re réponse : 9 min (trop long)."]])
P("Stats chat (oct.-déc. 2025) : 2 870 conversations, first response time médian 2 min 10, CSAT 4,7/5. "
  "Taux de conversion des visiteurs ayant chatté : 11,8 % vs 2,4 % pour le reste du trafic, AOV 58 € vs 47 €. "
  "Attention au biais : ceux qui chattent sont déjà chauds. Mais les conversations non converties sont une mine : "
  "31 % sont taguées « frais de port intl », ce qui a justifié le test d'un seuil de livraison offerte BE/CH à 45 €. "
  "Quand le FRT dépasse 5 min, la conversion post-chat tombe à 6,2 % : on a ajouté un 2e agent 19h-22h, "
  "le pic de trafic.")

SS("1.4 Social & community")
P("Exécution conforme au plan de com' (check mensuel dans Notion, 94 % des contenus planifiés publiés). "
  "Techniques utilisées : séries récurrentes (« Le lundi de la barbe »), hooks 2 secondes sur TikTok, duets avec "
  "barbiers, reposts d'UGC clients avec autorisation, AMA mensuel en live Instagram avec un barbier, lives "
  "YouTube de coupe, thread mensuel sur r/barbe et sur le forum Barbe & Moustache.")
T([["Indicateur notoriété", "Juin 2025", "Déc. 2025", "Lecture"],
   ["Abonnés Instagram", "9 800", "17 300", "+77 %, portée par les collabs barbiers"],
   ["Abonnés TikTok", "2 100", "14 600", "2 vidéos virales (> 500 k vues)"],
   ["Taux d'engagement IG", "2,9 %", "5,4 %", "Les contenus « avant/après » font 3x la moyenne"],
   ["Mentions de marque / mois", "140", "610", "dont 58 % d'UGC spontané"],
   ["Part de voix (vs Beardilizer, Le Barbier de Paris)", "9 %", "17 %", "Mesuré via Mention"],
   ["Recherches Google « barbe bleue huile »", "720/mois", "1 900/mois", "Effet halo de l'influence"]])
P("Lecture : la communauté ne grossit pas juste en nombre, elle produit elle-même du contenu (610 mentions dont "
  "plus de la moitié spontanées) et répond aux questions des nouveaux dans les commentaires : c'est le signe qu'elle "
  "s'auto-anime. Les comptes qui ont chuté sont ceux où on postait des visuels studio sans conversation.")

BR()
SS("1.5 Merchandising sur Shopify")
L(["Sections « Best-sellers » et « Nouveautés » pilotées par collections automatiques (règle : ventes 30 j > 150).",
   "Bundles natifs Shopify (kit Rituel) + upsell post-achat avec ReConvert : 14 % de take rate sur le shampoing solide à 12 €.",
   "Badges « Best-seller » et « Rupture bientôt » via metafields.",
   "Cross-sell « Complète ta routine » sur la fiche produit (app Rebuy), 9 % du CA.",
   "Barre de progression « Plus que X € pour la livraison offerte » dans le drawer panier : AOV +4,20 €."])
P("Emplacements qui performent le mieux chez nous, par ordre d'impact : 1) drawer panier (upsell + barre de "
  "progression), 2) fiche produit sous le bouton d'achat, 3) hero de la home (kit du moment), 4) page de "
  "remerciement (post-purchase upsell), 5) mega-menu (vignette « Nouveauté »), 6) emails de confirmation.")

SS("1.6 Checkout & BNPL")
P("Paiements actifs : Shopify Payments (CB, Apple Pay, Google Pay) avec 3-D Secure 2, Shop Pay, PayPal. "
  "Recette réalisée le 02/12/2025 sur iPhone 14 (Safari), Samsung S23 (Chrome), iPad Air (Safari) et desktop "
  "(Chrome, Firefox, Edge) : 18 paiements test, 18 OK. Réassurance : logos de paiement sous le CTA, mention "
  "« paiement chiffré SSL », avis Judge.me (4,8/5, 3 900 avis), retours 30 jours visibles dans le checkout.")
T([["Solution BNPL", "Offre", "Coût marchand", "Intérêt client", "Intérêt Barbe Bleue", "Décision"],
   ["Alma", "3x/4x sans frais dès 50 €", "≈ 3,5 % en 3x", "Kits et box payés en plusieurs fois",
    "Intégration Shopify native, +AOV attendu", "Activé"],
   ["Klarna", "3x sans frais, paiement à 30 j", "≈ 3,3 % + 0,30 €", "Très connu des 25-35 ans",
    "Doublon avec Alma, notoriété forte", "En test A/B"],
   ["Scalapay", "3x/4x", "≈ 4 %", "Similaire", "Plus cher, peu connu de notre cible", "Non"],
   ["PayPal 4X", "4x sans frais", "Inclus PayPal", "Déjà dans le wallet", "Zéro intégration", "Activé"]])
P("Analyse : sur un AOV de 47 €, le paiement fractionné n'a pas de sens pour une huile à 24 €. Il en a pour le kit "
  "(59 €) et pour les commandes cadeau en décembre (AOV 78 €). Résultat Alma en décembre : 6,1 % des commandes, "
  "AOV 84 €. Côté client : pas de frais, pas d'avance de trésorerie. Côté boutique : 3,5 % de commission "
  "compensés par +37 € d'AOV sur ces paniers.")

SS("1.7 Rétention")
P("Options étudiées : abonnement (Recharge), programme de points (Smile.io), parrainage (Referral Candy), "
  "club VIP, contenu (newsletter « Le Mag du Barbu »), échantillons dans les colis.")
P("Choix : priorité à l'abonnement car le produit est consommable (un flacon d'huile dure ~6 semaines) et parce que "
  "les abonnés ont une LTV 12 mois de 168 € contre 71 € pour les acheteurs one-shot. Parrainage en second car 34 % "
  "de nos nouveaux clients déclarent venir du bouche-à-oreille. Programme de points écarté : trop de friction pour "
  "une gamme de 9 SKUs.")

BR()
S("PARTIE 2 — SEARCH (ORGANIC & PAID) ET PILOTAGE DATA")
SS("2.1 Backlog growth priorisé (score ICE)")
T([["#", "Action", "Impact", "Confiance", "Facilité", "Score ICE", "Sprint"],
   ["1", "Réécriture des 9 fiches produit + FAQ schema", "8", "8", "9", "8,3", "Janvier"],
   ["2", "Topic cluster « entretien de la barbe »", "9", "7", "6", "7,3", "Janv.-mars"],
   ["3", "Campagne Search generic restructurée", "8", "7", "7", "7,3", "Janvier"],
   ["4", "Compression images + lazy load (LCP)", "6", "8", "8", "7,3", "Février"],
   ["5", "Backlinks via barbiers et médias homme", "7", "6", "5", "6,0", "Fév.-avril"],
   ["6", "Traduction site en NL pour la Belgique", "6", "4", "3", "4,3", "Plus tard"]])
P("Stack de mesure : GA4 (trafic, funnel), Google Search Console (impressions, positions), Semrush "
  "(suivi de positions sur 120 requêtes), Ahrefs Webmaster Tools (backlinks), Hotjar (heatmaps), "
  "PageSpeed Insights (Core Web Vitals), Triple Whale (attribution paid), Looker Studio (consolidation).")
P("Pourquoi ce stack : GA4 et GSC sont gratuits et sont la source de vérité Google ; Semrush est indispensable "
  "pour suivre les positions au jour le jour (GSC ne donne que des moyennes) ; Triple Whale parce que "
  "l'attribution de Meta surestime ses ventes de 30 à 40 % chez nous depuis iOS 14. Ahrefs WMT plutôt que la "
  "version payante : suffisant pour un domaine. Tout remonte dans Looker Studio pour éviter 8 onglets ouverts.")
P("Liens vers les dashboards (accès lecture) :")
L(["Dashboard growth hebdo : https://lookerstudio.google.com/reporting/7c1e2b9a-barbebleue-growth",
   "Suivi de positions Semrush : https://www.semrush.com/projects/position-tracking/barbebleue-fr",
   "Search Console : https://search.google.com/search-console?resource_id=sc-domain:barbebleue.fr",
   "Tableau de suivi SEA (Google Sheets) : https://docs.google.com/spreadsheets/d/1bBsea2025S2/edit"])

SS("2.2 Recherche de requêtes : la méthode")
P("1) Seed list de 40 termes issus du live chat, des avis clients et des recherches internes du site. "
  "2) Expansion dans Semrush Keyword Magic Tool et AlsoAsked (1 870 requêtes). "
  "3) Nettoyage : volume ≥ 50, exclusion des requêtes hors cible (« barbe bleue conte », « barbe à papa »). "
  "4) Tag de l'intention (info / commerciale / transac) et de la KD. "
  "5) Clustering par SERP commune (outil Keyword Insights) → 34 clusters. "
  "6) Affectation d'une URL unique par cluster pour éviter la cannibalisation.")
T([["Requête", "Vol./mois", "KD", "Intention", "URL cible", "Pos. juin", "Pos. déc."],
   ["huile à barbe", "9 900", "42", "Transac", "/products/huile-a-barbe", "38", "11"],
   ["huile barbe naturelle", "1 300", "28", "Transac", "/products/huile-a-barbe", "22", "4"],
   ["baume à barbe", "4 400", "37", "Transac", "/products/baume-barbe", "45", "14"],
   ["comment faire pousser sa barbe", "8 100", "31", "Info", "/blog/faire-pousser-barbe", "—", "7"],
   ["barbe qui gratte", "2 400", "19", "Info", "/blog/barbe-qui-gratte", "—", "3"],
   ["coffret barbe homme", "3 600", "35", "Commerciale", "/products/kit-rituel", "61", "18"],
   ["shampoing solide homme", "1 900", "33", "Transac", "/products/shampoing-solide", "—", "23"],
   ["barbier lyon huile barbe", "170", "8", "Local", "/pages/nos-barbiers", "—", "2"]])
P("Pourquoi ces requêtes : les marques installées (Beardilizer, Le Barbier de Paris) verrouillent les head terms. "
  "On attaque par la longue traîne « problème » (barbe qui gratte, barbe clairsemée) où la KD est < 30, "
  "on joue la carte « naturel / made in Lyon » que les concurrents n'ont pas, et on prend le local via le réseau "
  "de barbiers.")

SS("2.3 Topic cluster « entretien de la barbe »")
P("Page pilier : /guide/entretien-barbe (3 200 mots). 11 pages satellites, chacune liée uniquement au pilier et "
  "aux satellites du même sous-thème ; aucun lien transversal vers un autre cluster, ancres descriptives exactes.")
T([["Sous-thème", "Pages satellites", "Liens sortants autorisés"],
   ["Pousse", "faire pousser sa barbe ; barbe clairsemée ; minoxidil barbe (avis)",
    "Pilier + satellites « Pousse » + fiche huile"],
   ["Confort", "barbe qui gratte ; pellicules dans la barbe ; peau sèche sous la barbe",
    "Pilier + satellites « Confort » + fiche huile / shampoing"],
   ["Style", "tailler sa barbe ; barbe de 3 jours ; contours au rasoir",
    "Pilier + satellites « Style » + fiche baume + page barbiers"],
   ["Routine", "routine barbe du matin ; choisir son huile", "Pilier + satellites « Routine » + kit Rituel"]])

SS("2.4 Backlinks")
T([["Source", "Type", "Sessions référentes S2", "Commandes"],
   ["Le Progrès (article)", "Presse régionale", "620", "41"],
   ["GQ France (sélection Noël)", "Média homme", "2 310", "188"],
   ["37 pages « Nos partenaires » de barbiers", "Local", "940", "77"],
   ["Mr Comparatif", "Comparateur", "1 120", "46"]])
T([["Métrique (Ahrefs)", "30/06/2025", "31/12/2025"],
   ["Domain Rating", "14", "29"],
   ["Domaines référents", "31", "112"],
   ["Mots-clés organiques (top 100)", "210", "1 140"],
   ["Trafic organique estimé / mois", "1 900", "9 600"]])
P("Bilan SEO cumulé (fiches + cluster + liens + vitesse) : sessions organiques GA4 de 2 140 en juin à 10 850 en "
  "décembre (x5), CA organique mensuel de 3 900 € à 21 300 €, requêtes en top 10 : 6 → 58.")

BR()
SS("2.5 Paid search & paid social")
P("Architecture Google Ads : 1) Brand (exact), 2) Generic Search – 3 ad groups (huile, baume, coffret), "
  "3) Performance Max Shopping (flux Merchant Center, 9 produits), 4) Remarketing YouTube. "
  "Meta : 1 campagne Advantage+ Shopping + 1 campagne prospecting Lookalike 1 % acheteurs + 1 retargeting 7 j.")
T([["Ad group", "Keywords / audiences", "Landing page", "Annonce (RSA, extrait)"],
   ["Huile", "[huile à barbe], \"huile barbe naturelle\", \"huile barbe bio\"", "/products/huile-a-barbe",
    "Huile à Barbe Naturelle | Fini les Démangeaisons | Made in Lyon – Livraison 48h"],
   ["Baume", "[baume à barbe], \"baume barbe homme\"", "/products/baume-barbe",
    "Baume à Barbe Qui Discipline | Cire d'Abeille & Karité | 4,8/5 sur 3 900 avis"],
   ["Coffret", "\"coffret barbe\", \"cadeau homme barbe\"", "/pages/kit-rituel-cadeau",
    "Le Coffret Barbe Qu'il Va Adorer | Huile + Baume + Peigne | -9 € vs à l'unité"],
   ["Meta prospecting", "LAL 1 % acheteurs, 25-44, FR/BE", "/pages/rituel-lp (LP dédiée)",
    "UGC 20 s : « J'avais la barbe qui grattait, 10 jours après… » CTA : Découvrir le kit"]])
T([["Campagne (S2 2025)", "Dépense", "Clics", "CTR", "CPC", "Conv.", "CVR", "CA", "ROAS", "CPA"],
   ["Brand", "1 240 €", "3 980", "18,2 %", "0,31 €", "398", "10,0 %", "19 500 €", "15,7", "3,1 €"],
   ["Generic Search", "8 900 €", "9 620", "4,1 %", "0,93 €", "337", "3,5 %", "16 200 €", "1,8", "26,4 €"],
   ["PMax Shopping", "12 400 €", "17 300", "1,6 %", "0,72 €", "610", "3,5 %", "31 700 €", "2,6", "20,3 €"],
   ["Meta Advantage+", "18 600 €", "41 200", "1,4 %", "0,45 €", "702", "1,7 %", "36 500 €", "2,0", "26,5 €"],
   ["Meta Retargeting", "3 100 €", "6 800", "2,2 %", "0,46 €", "241", "3,5 %", "12 300 €", "4,0", "12,9 €"],
   ["Total", "44 240 €", "78 900", "", "", "2 288", "", "116 200 €", "2,6", "19,3 €"]])
P("Lecture : le ROAS blended de 2,6 cache un Generic Search à 1,8, sous notre seuil de rentabilité. "
  "Le seuil : avec 72 % de marge brute et ~11 % de coûts logistiques/paiement, un ROAS de 1,65 est le point mort "
  "au premier achat ; au-dessus on gagne de l'argent, en-dessous on « achète » des clients qu'on doit rentabiliser "
  "par le réachat. Visibilité : la part d'impressions Search sur les generic est passée de 22 % à 41 %.")
P("Rentabilité des posts sponsorisés (Meta, par créa) : UGC « barbe qui grattait » 3 400 € dépensés → 11 900 € "
  "de CA (ROAS 3,5) ; visuel studio « flacon » 2 900 € → 3 800 € (ROAS 1,3, coupé le 15/10) ; "
  "vidéo barbier 2 100 € → 5 900 € (ROAS 2,8).")

SS("2.6 KPIs commentés (GA4, déc. 2025 vs juin 2025)")
T([["KPI", "Juin", "Déc.", "Commentaire"],
   ["Sessions / mois", "38 400", "71 900", "Organique x5, TikTok en source émergente"],
   ["Taux de rebond (1 − engagement rate)", "58 %", "49 %", "LP dédiées + pages blog mieux maillées"],
   ["Durée moyenne d'engagement", "0:52", "1:24", "Guide pilier : 3:40"],
   ["LCP mobile (PageSpeed)", "4,1 s", "2,2 s", "Images WebP + suppression de 3 apps Shopify"],
   ["Drop création de compte", "—", "—", "Checkout invité activé, plus de compte obligatoire"],
   ["Drop formulaire adresse", "21 %", "14 %", "Autocomplétion Google Places"],
   ["Drop panier → checkout", "64 %", "57 %", "Barre de livraison offerte, frais affichés plus tôt"],
   ["Drop checkout → paiement validé", "38 %", "29 %", "Shop Pay + Apple Pay en express"],
   ["CA mensuel", "78 000 €", "164 000 €", "Pic Noël inclus (déc.), novembre à 121 000 €"]])
SS("2.7 Rentabilité globale et gap vs objectifs")
P("Investissement marketing S2 : 44 240 € media + 9 800 € influence + 6 000 € contenus SEO + 3 500 € outils = "
  "63 540 €. Marge contributive générée par les ventes attribuées (Triple Whale, modèle linéaire) : "
  "198 000 € de CA × 61 % = 120 780 €. Gain net : 57 240 €, soit 0,90 € gagné pour 1 € investi. Payback CAC moyen : "
  "2,1 mois.")
T([["Objectif S2 2025", "Cible", "Réalisé", "Atteint ?"],
   ["Sessions organiques / mois", "8 000", "10 850", "Oui (+36 %)"],
   ["CAC blended", "≤ 25 €", "27,80 €", "Non (+11 %)"],
   ["ROAS paid", "≥ 3", "2,6", "Non"],
   ["Nouveaux clients", "4 000", "4 310", "Oui"],
   ["Taux de réachat 90 j", "25 %", "21 %", "Non"]])
P("Actions correctives, par ordre de priorité :")
L(["P1 — Generic Search : couper les requêtes à ROAS < 1,2 (list de 46 termes), basculer 40 % du budget vers PMax "
   "et le retargeting (ROAS 4,0). Effet attendu : ROAS paid 3,1.",
   "P1 — Réachat : flow Klaviyo « J+35 fin de flacon » avec offre abonnement -15 % ; cible 25 % à 90 j.",
   "P2 — CAC : réduire la dépendance à Meta en doublant le réseau barbiers (CAC 11 €).",
   "P3 — Créas : renouveler les UGC toutes les 3 semaines (fatigue créa constatée à partir de J+21)."])


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.title = "Barbe Bleue – Growth report"
    cp.created = datetime.datetime(2026, 1, 20, 18, 30, 0)
    cp.modified = datetime.datetime(2026, 1, 20, 18, 30, 0)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "BARBE BLEUE — Growth report S2 2025 / plan S1 2026"
    sec.footer.paragraphs[0].text = f"{AUTHOR} — confidentiel"
    tp = doc.add_paragraph()
    r = tp.add_run("BARBE BLEUE — GROWTH REPORT")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x93)
    doc.add_paragraph(f"{AUTHOR} · Growth manager (alternance) · janvier 2026")
    for kind, val in B:
        if kind == "s":
            para = doc.add_paragraph()
            para.paragraph_format.space_before = Pt(14)
            rr = para.add_run(val)
            rr.bold = True
            rr.font.size = Pt(14)
            rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x93)
        elif kind == "ss":
            para = doc.add_paragraph()
            para.paragraph_format.space_before = Pt(8)
            rr = para.add_run(val)
            rr.bold = True
            rr.font.size = Pt(11.5)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "l":
            for it in val:
                doc.add_paragraph("→ " + it)
        elif kind == "t":
            ncol = len(val[0])
            t = doc.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            size = 8 if ncol >= 7 else 9
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    set_cell(t.cell(i, j), c, bold=(i == 0), size=size)
            doc.add_paragraph()
        elif kind == "br":
            doc.add_page_break()
    doc.save(OUT / "barbe-bleue-growth.docx")
    normalize_zip(OUT / "barbe-bleue-growth.docx")


def normalize_zip(path):
    """Réécrit l'archive avec des dates fixes pour un résultat identique à chaque exécution."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w") as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


if __name__ == "__main__":
    build()
