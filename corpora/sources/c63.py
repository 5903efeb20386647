import datetime, os, zipfile, io
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c63-location-ski")
FILE = "glisse-co-memoire.docx"
AUTHOR = "Maëlle Cordier"
FIXED = datetime.datetime(2026, 4, 14, 9, 0, 0)

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
sec.header.paragraphs[0].text = "Glisse & Co — Dossier professionnel — Maëlle Cordier"
sec.footer.paragraphs[0].text = "Titre Chef de projet e-commerce — session 2026"

def P(t, bold=False, italic=False, align=None):
    p = doc.add_paragraph(); r = p.add_run(t); r.bold = bold; r.italic = italic
    if align: p.alignment = align
    return p
def H(t, lvl=1): doc.add_heading(t, level=lvl)
def L(items, style="List Bullet"):
    for i in items: doc.add_paragraph(i, style=style)
def T(rows, header=True, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            cell = t.cell(i, j); cell.text = str(c)
            if header and i == 0:
                for r in cell.paragraphs[0].runs: r.bold = True
    doc.add_paragraph()
    return t
def BR(): doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------- cover
for _ in range(5): doc.add_paragraph()
P("GLISSE & CO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER).runs[0].font.size = Pt(28)
P("Location de skis et snowboards en ligne — retrait en station", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()
P("Dossier professionnel", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER).runs[0].font.size = Pt(18)
P("Stratégie webmarketing et plan de communication digitale — saison d'hiver 2025-2026", align=WD_ALIGN_PARAGRAPH.CENTER)
for _ in range(6): doc.add_paragraph()
P("Maëlle Cordier", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Chargée de projet e-commerce en alternance — Glisse & Co SAS, 12 rue du Doron, 73120 Courchevel", align=WD_ALIGN_PARAGRAPH.CENTER)
P("Tutrice entreprise : Sandrine Pellissier, co-gérante", align=WD_ALIGN_PARAGRAPH.CENTER)
P("Avril 2026", align=WD_ALIGN_PARAGRAPH.CENTER)
BR()

# ---------- TOC
H("Sommaire", 1)
toc = ["1. Présentation de Glisse & Co", "2. Diagnostic : clients, parcours d'achat, concurrence",
       "3. SWOT et enjeux", "4. Stratégie webmarketing 2025-2026", "5. Rétroplanning de la saison",
       "6. Partenariats", "7. Budget prévisionnel et rentabilité", "8. Plan de communication et campagnes",
       "9. Relation client instantanée (chat)", "10. Merchandising du site", "11. Paiement et financement",
       "12. Fidélisation", "13. Bilan de la campagne « Première neige »", "Annexes"]
for t in toc: P(t)
BR()

H("1. Présentation de Glisse & Co", 1)
P("Glisse & Co est une SAS créée en 2019 par Sandrine et Julien Pellissier, anciens moniteurs à Méribel. "
  "L'entreprise loue du matériel de ski alpin, de ski de randonnée et de snowboard réservé en ligne sur glisseandco.fr "
  "et retiré dans l'un de ses trois points de retrait : Courchevel 1850 (boutique principale), Méribel-Mottaret et "
  "Val Thorens (corner partagé avec la boulangerie Le Fournil des Cimes). Le site tourne sous Shopify depuis 2022 "
  "avec l'application de réservation Booqable branchée sur le stock réel des trois points.")
P("Chiffres clés de la saison 2024-2025 : 1,42 M€ de chiffre d'affaires dont 71 % réalisés en ligne, 9 860 réservations, "
  "panier moyen 144 € (pour 2,6 personnes par réservation en moyenne), 2 350 paires de skis et 410 snowboards en parc, "
  "14 salariés en haute saison (5 permanents). La saison va du samedi 6 décembre 2025 au dimanche 19 avril 2026, "
  "avec un pic très marqué pendant les vacances de février (zones A, B, C) qui pèsent 38 % du CA.")
P("Mon rôle : j'ai en charge depuis septembre 2024 le site, l'acquisition payante, l'emailing (Brevo) et les réseaux "
  "sociaux, en lien avec Julien (achats et atelier) et Sandrine (direction, finances). L'objectif fixé par la direction "
  "pour 2025-2026 : passer à 1,60 M€ de CA (+12,7 %) en portant la part du web à 78 % et sans dépasser 7 % du CA en "
  "dépenses marketing.")

H("2. Diagnostic : clients, parcours d'achat, concurrence", 1)
H("2.1 Qui sont nos clients ?", 2)
P("À partir de l'export Shopify de la saison 2024-2025 (9 860 commandes) et de 412 réponses à un questionnaire "
  "Typeform envoyé en avril 2025, j'ai distingué trois groupes. Je m'attarde sur le premier, qui représente le plus gros volume.")
T([["Segment", "Poids CA", "Profil", "Ce qui les pousse à réserver", "Ce qui les retient"],
   ["Familles en séjour semaine", "54 %", "Parents 35-50 ans, 2-3 enfants, Île-de-France, Lyon, Belgique, logement réservé 3 à 6 mois avant",
    "Éviter la queue du samedi en magasin, prix garanti, skis enfants prêts à la bonne taille, -20 % vs tarif comptoir",
    "Peur de la mauvaise taille pour les enfants, crainte de devoir payer un dépôt de garantie élevé, doute sur les horaires de retrait le samedi soir"],
   ["Groupes d'amis 20-30 ans", "27 %", "Étudiants et jeunes actifs, séjours UCPA/Airbnb, souvent Val Thorens",
    "Prix par personne, snowboard récent, paiement partagé", "Budget serré, réservation de dernière minute, méfiance vis-à-vis de l'assurance casse"],
   ["Skieurs experts / randonnée", "19 %", "CSP+, 40-60 ans, clientèle suisse et britannique",
    "Matériel haut de gamme (Black Crows, Dynastar), réglage par un technicien", "Qualité du fartage, disponibilité des peaux et DVA"]])
P("Pour les familles, les verbatims du questionnaire sont sans ambiguïté : « ce qu'on veut, c'est arriver et repartir en 10 minutes avec "
  "les skis des trois enfants » (Caroline, Versailles). Le frein numéro un reste la taille : 31 % des familles interrogées "
  "disent avoir hésité à cause du choix de pointure/taille en ligne. Le deuxième frein est la caution (empreinte bancaire de 300 € par paire).")
H("2.2 Le parcours d'achat d'une famille", 2)
T([["Étape", "Ce qui se passe chez la famille", "Points de contact Glisse & Co", "Ce que j'en retiens"],
   ["Déclic", "Réservation du logement (oct.-déc.), mail de confirmation de l'agence immobilière", "Partenariat Agence des Cimes (lien dans le mail de confirmation)", "Être présent au moment où le séjour devient réel"],
   ["Recherche d'infos", "Google « location ski Courchevel pas cher », groupes Facebook de parents, avis Google", "SEO, Google Ads, fiche Google Business (4,7/5, 1 180 avis)", "Les avis pèsent lourd : 62 % citent les avis comme critère"],
   ["Comparaison", "Comparaison Skiset, Ski Republic, Intersport Rent, souvent sur 2-3 onglets", "Pages packs famille, comparateur de prix en page d'accueil", "On gagne sur le prix enfant et le retrait le vendredi soir"],
   ["Réservation", "Choix des tailles pour chaque membre, paiement", "Tunnel Shopify en 4 étapes, guide des tailles, chat Crisp", "Abandon panier : 68 % — surtout à l'étape tailles"],
   ["Après la réservation", "Retrait, séjour, retour du matériel, avis", "SMS J-1, mail de satisfaction J+1 après retour, programme fidélité", "Un client satisfait revient à 44 % l'année suivante"]])
H("2.3 Analyse de la concurrence", 2)
P("J'ai comparé Glisse & Co à quatre acteurs présents sur les mêmes stations, à partir de simulations de réservation "
  "faites le 15 septembre 2025 (famille de 4, forfait découverte/sport, 6 jours, Courchevel, semaine du 14 février).")
T([["Critère", "Glisse & Co", "Skiset", "Ski Republic", "Intersport Rent", "Sport 2000 Location"],
   ["Prix famille 4 pers. 6 j", "486 €", "532 €", "509 €", "548 €", "521 €"],
   ["Remise en ligne affichée", "jusqu'à -40 %", "jusqu'à -50 %", "jusqu'à -45 %", "-30 %", "-40 %"],
   ["Retrait la veille au soir", "Oui, jusqu'à 21 h", "Selon magasin", "Oui", "Non", "Selon magasin"],
   ["Points de retrait (3 stations)", "3", "11", "7", "6", "5"],
   ["Note Google moyenne", "4,7", "4,2", "4,4", "4,1", "4,3"],
   ["Paiement fractionné", "Oui (Alma 3x)", "Non", "Oui (4x)", "Non", "Non"],
   ["Assurance casse/vol", "2,50 €/j", "2,90 €/j", "2,70 €/j", "3,00 €/j", "2,80 €/j"],
   ["Appli mobile", "Non", "Oui", "Oui", "Oui", "Non"]])
P("Lecture : nous sommes les moins chers sur le pack famille et les mieux notés, mais notre maillage est faible face aux "
  "réseaux nationaux, qui écrasent les enchères Google Ads sur les requêtes génériques (« location ski Courchevel » : CPC moyen 1,85 €). "
  "Ski Republic est le plus proche de nous en positionnement (paiement fractionné, retrait la veille). Aucun concurrent "
  "ne propose de conseil taille par visio ni de chat en direct : c'est un angle à exploiter.")

H("3. SWOT et enjeux", 1)
t = T([["FORCES\n• Prix famille le plus bas du secteur (-8 % vs Ski Republic)\n• 4,7/5 sur 1 180 avis Google\n• Retrait la veille jusqu'à 21 h\n• Équipe d'anciens moniteurs, conseil réel",
        "FAIBLESSES\n• 3 points de retrait seulement\n• Pas d'appli mobile\n• Abandon panier 68 %, surtout à l'étape tailles\n• Base emailing peu segmentée (21 400 contacts)"],
       ["OPPORTUNITÉS\n• Hausse des réservations anticipées (+18 % en 2024 selon Domaines skiables de France)\n• Clientèle britannique de retour\n• Partenariats possibles avec les agences immobilières et les ESF\n• Requêtes « location ski enfant » en hausse de 23 % (Google Trends)",
        "MENACES\n• Enneigement irrégulier (décembre 2024 : -35 % de réservations sur les 2 premières semaines)\n• Guerre des prix des réseaux nationaux en janvier\n• Hausse des CPC Google Ads (+14 % en un an)\n• Dépendance aux vacances de février"]], header=False)
P("Ce que le SWOT nous fait décider", bold=True)
T([["Croisement", "Décision retenue pour 2025-2026", "Priorité"],
   ["Force prix + opportunité réservations anticipées", "Campagne « Première neige » d'early booking en octobre-novembre, avant la guerre des prix", "1"],
   ["Faiblesse abandon tailles + force conseil", "Guide des tailles interactif + chat Crisp animé par l'atelier", "1"],
   ["Faiblesse maillage + opportunité agences", "Partenariats avec 4 agences immobilières de Courchevel et Méribel", "2"],
   ["Menace enneigement", "Conditions d'annulation gratuite jusqu'à J-2 si station fermée, mises en avant", "2"],
   ["Faiblesse base non segmentée", "Segmentation Brevo familles / groupes / experts", "3"]])

H("4. Stratégie webmarketing 2025-2026", 1)
H("4.1 Objectifs chiffrés", 2)
T([["Objectif", "2024-2025 (réel)", "Cible 2025-2026", "Indicateur / outil"],
   ["CA en ligne", "1,008 M€", "1,248 M€", "Shopify Analytics"],
   ["Taux de conversion site", "2,1 %", "2,6 %", "GA4"],
   ["Part des réservations faites avant le 1er décembre", "22 %", "32 %", "Export Booqable"],
   ["Taux d'abandon du panier", "68 %", "58 %", "Shopify / GA4 entonnoir"],
   ["Clients revenant d'une saison à l'autre", "44 %", "50 %", "Brevo + Shopify"],
   ["Coût d'acquisition moyen", "14,20 €", "≤ 12,50 €", "Google Ads + Meta"]])
H("4.2 Cibles", 2)
P("Cible principale : les familles en séjour semaine qui réservent leur logement entre septembre et décembre, avec un "
  "accent sur les vacances de février zone C (Île-de-France) et les Belges (congé de détente). Cible secondaire : les groupes "
  "20-30 ans sur Val Thorens pour les semaines creuses de janvier et mars, où il reste du parc disponible. Les experts ne "
  "font pas l'objet d'une action d'acquisition spécifique cette saison : on mise sur la fidélisation.")
H("4.3 Leviers et ordre de mise en place", 2)
T([["Ordre", "Levier", "Pourquoi", "Période"],
   ["1", "SEO : refonte des pages station + guide des tailles", "Capter « location ski enfant Courchevel » et réduire l'abandon ; effet lent, donc à lancer d'abord", "Septembre-octobre"],
   ["2", "Emailing Brevo segmenté", "21 400 contacts déjà clients, coût marginal quasi nul", "Dès le 7 octobre"],
   ["3", "Partenariats agences immobilières (affiliation)", "Toucher la famille au moment du déclic", "Octobre-novembre"],
   ["4", "Google Ads (Search + Performance Max)", "Requêtes à forte intention, mais CPC élevés : budget concentré sur 2 fenêtres", "Oct.-nov. puis janvier-février"],
   ["5", "Meta Ads + Instagram organique", "Notoriété et retargeting des visiteurs", "Novembre à mars"],
   ["6", "Display / e-pub (Skiinfo, Snowrider)", "Test limité sur la cible groupes", "Janvier"]])
P("L'affiliation prend ici la forme d'un code promo par agence avec commission de 6 % suivie dans Shopify (application UpPromote). "
  "Nous avons volontairement écarté TikTok Ads cette saison, faute de temps pour produire des vidéos régulières.")

H("5. Rétroplanning de la saison", 1)
P("Le planning suit le calendrier de réservation observé en 2024-2025 : 40 % des réservations de février sont prises avant "
  "le 15 décembre, et les familles zone C réservent en moyenne 52 jours avant l'arrivée. Les temps de préparation ont été "
  "estimés avec Julien et l'agence SEO (Altimots).")
T([["Action", "Responsable", "Durée estimée", "Début", "Fin", "Jalon"],
   ["Audit SEO et refonte des 3 pages station", "Maëlle + Altimots", "4 semaines", "01/09/2025", "30/09/2025", "Mise en ligne 01/10"],
   ["Guide des tailles interactif (app Kiwi Size Chart)", "Maëlle", "2 semaines", "15/09/2025", "03/10/2025", "Test 5 familles"],
   ["Segmentation Brevo + 3 scénarios", "Maëlle", "1 semaine", "29/09/2025", "06/10/2025", "1er envoi 07/10"],
   ["Campagne « Première neige » (early booking -25 %)", "Maëlle / Sandrine", "6 semaines", "07/10/2025", "16/11/2025", "Bilan 20/11"],
   ["Signature agences partenaires", "Sandrine", "3 semaines", "06/10/2025", "24/10/2025", "4 contrats"],
   ["Google Ads vague 1", "Maëlle", "6 semaines", "07/10/2025", "16/11/2025", ""],
   ["Formation chat Crisp équipe atelier", "Maëlle", "2 demi-journées", "24/11/2025", "28/11/2025", "Ouverture chat 01/12"],
   ["Ouverture saison", "Toute l'équipe", "", "06/12/2025", "", ""],
   ["Google Ads vague 2 + Meta retargeting", "Maëlle", "7 semaines", "05/01/2026", "22/02/2026", ""],
   ["Bilan de saison", "Maëlle", "2 semaines", "20/04/2026", "30/04/2026", "Présentation direction"]])
P("Le planning a été tenu dans Notion (vue Gantt) et partagé avec l'équipe ; une marge de 10 jours a été laissée avant "
  "l'ouverture pour absorber un retard. Seul décalage constaté : la signature de la quatrième agence, intervenue le 7 novembre.")

H("6. Partenariats", 1)
P("J'ai cherché des entreprises qui voient passer nos familles avant nous, et dont l'image de sérieux et de montagne "
  "« authentique » colle à la nôtre (nous refusons les partenariats avec des enseignes discount ou des soirées étudiantes, "
  "même rémunérateurs).")
T([["Partenaire", "Secteur", "Clientèle commune", "Compatibilité du mode de consommation", "Image", "Retenu"],
   ["Agence des Cimes (Courchevel)", "Location saisonnière", "Familles, 1 200 séjours/hiver", "Réservation en ligne, mail de confirmation", "Haut de gamme, familial", "Oui"],
   ["Méribel Immo Séjours", "Location saisonnière", "Familles et Britanniques", "Idem", "Sérieux", "Oui"],
   ["ESF Courchevel 1850", "École de ski", "Enfants en cours collectifs", "Réservation cours en ligne 2 mois avant", "Très forte notoriété", "Oui (lien réciproque)"],
   ["Le Fournil des Cimes", "Boulangerie", "Tous", "Achat quotidien sur place", "Local, chaleureux", "Oui (corner retrait)"],
   ["Skidoo Party Tours", "Voyages étudiants", "Groupes 20-25 ans", "Forfaits tout compris", "Fête, alcool", "Non"],
   ["Décathlon Albertville", "Sport", "Familles", "Achat magasin", "Grand public", "Non (concurrent partiel)"]])
P("Les blogs famille-montagne (« Les Petits Skieurs », 38 k abonnés Instagram, et « Montagne en tribu ») ont aussi été "
  "contactés : un article sponsorisé publié le 3 novembre 2025.")

H("7. Budget prévisionnel et rentabilité", 1)
T([["Levier", "Postes de dépense", "Budget prévu", "Budget réel", "CA attribué (GA4, modèle data-driven)", "ROI"],
   ["SEO", "Agence Altimots (forfait 3 mois), rédaction 6 pages", "6 800 €", "6 800 €", "61 200 €", "8,0"],
   ["Emailing Brevo", "Abonnement Business, visuels Canva", "1 450 €", "1 390 €", "118 600 €", "84,3"],
   ["Affiliation agences", "Commissions 6 %, kits PLV", "9 000 €", "7 620 €", "112 000 €", "13,7"],
   ["Google Ads", "Search + PMax, 2 vagues", "38 000 €", "43 900 €", "298 400 €", "5,8"],
   ["Meta Ads", "Prospection + retargeting", "14 000 €", "12 150 €", "57 300 €", "3,7"],
   ["Display Skiinfo", "Bannières 2 semaines", "3 500 €", "3 500 €", "4 100 €", "0,2"],
   ["Article blog sponsorisé", "Les Petits Skieurs", "1 200 €", "1 200 €", "9 800 €", "7,2"],
   ["Chat Crisp", "Licence Pro, 2 demi-journées formation", "1 100 €", "1 100 €", "non isolé", "-"],
   ["Total", "", "75 050 €", "77 660 €", "661 400 €", "7,5"]])
P("Mode de calcul : ROI = (CA attribué × taux de marge brute 62 % − dépense) / dépense. Exemple Google Ads : "
  "(298 400 × 0,62 − 43 900) / 43 900 = 3,2 ; le tableau affiche le ratio CA/dépense (ROAS) pour la lecture rapide, "
  "et le ROI sur marge est repris en annexe 2. Le total marketing représente 4,9 % du CA de la saison, sous le plafond de 7 %.")
P("Écarts : Google Ads a dépassé de 5 900 € à cause de la vague de février (CPC à 2,30 €). Il faudra plafonner le budget quotidien plus tôt l'an prochain.")

H("8. Plan de communication et campagnes", 1)
H("8.1 Objectifs, cibles et canaux", 2)
T([["Campagne", "Objectif", "Cible", "Canaux", "Message"],
   ["Première neige (07/10-16/11)", "Avancer les réservations : 32 % avant le 1er décembre", "Familles clientes 2024 + familles zone C", "Brevo, Google Ads, agences partenaires, Instagram", "« Réservez tôt, payez -25 %, annulez gratuitement »"],
   ["Taille parfaite (déc.-janv.)", "Réduire l'abandon panier de 10 points", "Visiteurs du tunnel", "Site, chat Crisp, mails de relance panier", "« Un moniteur vérifie vos tailles »"],
   ["Janvier entre potes", "Remplir le parc des semaines creuses", "Groupes 20-30 ans Val Thorens", "Meta Ads, Skiinfo, Instagram", "« 99 € le snow 6 jours, appli de partage de paiement »"],
   ["Février sans attente", "Fluidifier le retrait du samedi", "Tous clients février", "SMS, mails J-7 et J-1", "« Retirez dès vendredi 17 h »"]])
P("Chaque campagne découle d'un objectif de la direction (avancer le CA, lisser l'activité atelier, remplir le parc) : "
  "le choix des canaux suit la cible, par exemple Meta et Skiinfo pour les 20-30 ans, qui ne lisent pas nos newsletters (taux d'ouverture 14 % sur ce segment).")
H("8.2 Réseaux sociaux", 2)
P("Instagram (@glisseandco, 8 900 abonnés en septembre 2025, 12 400 en mars 2026) est le réseau principal : 3 posts et 5 stories par "
  "semaine en saison, une rubrique « Le réglage du mardi » tournée dans l'atelier par Julien, et un jeu-concours avec l'ESF "
  "(forfait 6 jours à gagner, 2 300 participations). Facebook sert surtout aux groupes de parents où nous répondons aux questions. "
  "Les contenus sont planifiés dans Meta Business Suite, la charte est dans Notion.")
T([["Indicateur de notoriété", "Sept. 2025", "Mars 2026", "Évolution"],
   ["Abonnés Instagram", "8 900", "12 400", "+39 %"],
   ["Taux d'engagement moyen", "3,1 %", "4,6 %", "+1,5 pt"],
   ["Mentions @glisseandco", "42/mois", "118/mois", "x 2,8"],
   ["Recherches « glisse and co » (Search Console)", "1 900/mois", "3 250/mois", "+71 %"],
   ["Avis Google", "1 180", "1 512", "+332"]])
P("Ce qui a fait monter l'engagement, ce ne sont pas les posts promo (1,8 % d'engagement) mais les vidéos atelier et les "
  "reposts de photos de clients (6,9 %). Nous avons créé un hashtag #glissetribu repris 640 fois ; les meilleurs contributeurs "
  "reçoivent un fartage offert, ce qui entretient une petite communauté de clients ambassadeurs.")

H("9. Relation client instantanée (chat)", 1)
P("Le chat Crisp a été ouvert le 1er décembre 2025 sur toutes les pages produit et dans le tunnel, de 8 h à 21 h. Il est tenu "
  "par Maëlle en journée et par Lucas et Inès (atelier) en soirée depuis l'appli mobile Crisp. Réponses rapides enregistrées "
  "(« raccourcis ») pour les tailles, la caution et les horaires ; déclenchement automatique après 40 secondes sur le guide des tailles.")
T([["Statistiques Crisp (01/12/2025 - 31/03/2026)", "Valeur"],
   ["Conversations", "3 184"],
   ["Délai moyen de 1re réponse", "1 min 52 s"],
   ["Note de satisfaction moyenne", "4,6 / 5 (812 notes)"],
   ["Conversations suivies d'une réservation sous 24 h", "1 146 (36 %)"],
   ["Taux de conversion des visiteurs sans chat", "2,4 %"],
   ["Sujet n°1", "Tailles enfants (41 %)"],
   ["Sujet n°2", "Caution et assurance (22 %)"]])
P("Le chat convertit donc 15 fois mieux que la moyenne du site, mais il faut relativiser : ceux qui ouvrent le chat sont déjà "
  "des visiteurs très avancés. Les conversations de soirée (après 19 h) convertissent moins (24 %) car les réponses sont plus lentes (4 min).")
P("Exemple de conversation — 14 janvier 2026, 20 h 12 (réservation réalisée)", bold=True)
for l in ["Visiteur : Bonjour, je réserve pour mes deux filles de 7 et 10 ans, elles font 1m22 et 1m41, je prends quelle taille ?",
          "Inès (Glisse & Co) : Bonsoir ! Pour 1m22, un ski de 100 cm, et pour 1m41 un 120 ou 130 cm selon le niveau. Votre grande skie déjà en rouge ?",
          "Visiteur : Oui elle est en 2e étoile.",
          "Inès : Alors 130 cm, pack Junior Sport. Et pour les chaussures, indiquez la pointure qu'elles portent en ville, on ajuste au retrait.",
          "Visiteur : Ok et la caution, on paie 300 € chacune ?",
          "Inès : Non, c'est une simple empreinte bancaire, rien n'est débité. Et avec l'assurance à 2,50 €/jour, la casse est couverte.",
          "Visiteur : Parfait, je valide. Merci !",
          "→ Commande #GC-26-04418, 2 packs juniors + 2 adultes, 412 €."]:
    P(l, italic=True)
P("Une conversation sans réservation (un client qui cherchait des skis de fond, que nous ne louons pas) est résumée en annexe 3.")

H("10. Merchandising du site", 1)
P("Sous Shopify, j'utilise : les collections automatiques (« Packs famille », « Dernières paires disponibles » alimentée par Booqable), "
  "les badges produit (app Product Labels : « Best-seller », « -25 % Première neige »), les recommandations (« Les familles ont aussi "
  "pris : casques enfants ») et une bannière d'annonce qui change selon la station choisie.")
T([["Emplacement", "Ce qu'on y met en avant", "Pourquoi"],
   ["Page d'accueil, bloc sous le moteur de réservation", "Packs famille 4 personnes", "54 % du CA, première intention"],
   ["Page station", "Prix dès… et remise en ligne", "Arrivée depuis Google"],
   ["Fiche produit", "Casque et assurance casse en ventes additionnelles", "Panier moyen +11 € quand ajoutés"],
   ["Panier", "Retrait la veille (gratuit) et annulation J-2", "Lever le frein principal au moment de payer"],
   ["Page de confirmation", "Cours ESF partenaire", "Service complet et réciprocité du partenariat"]])

H("11. Paiement et financement", 1)
P("Le paiement passe par Shopify Payments (Stripe) : carte bancaire, Apple Pay, Google Pay, 3D Secure 2. J'ai testé le tunnel sur iPhone 13 "
  "(Safari), Samsung Galaxy A54 (Chrome), iPad et ordinateur (Chrome, Firefox) le 2 octobre 2025 : 4 commandes tests réussies, remboursées. "
  "Part des paiements sur mobile : 63 %. Logos CB/Visa/Mastercard et mention « paiement sécurisé » affichés dans le pied de page et le panier.")
T([["Solution", "Offre", "Coût pour nous", "Intérêt client", "Décision"],
   ["Alma", "Paiement en 3x et 4x sans frais", "3,6 % (3x)", "Familles, paniers > 300 €", "Retenu 3x"],
   ["Klarna", "Paiement en 3x, paiement à 30 jours", "3,3 % + 0,30 €", "Bonne notoriété chez les 20-30 ans", "Non : doublon avec Alma"],
   ["PayPal", "Paiement en 4x", "3,4 % + 0,35 €", "Britanniques", "Retenu (paiement simple)"],
   ["Lydia / paiement partagé", "Chaque ami paie sa part", "Gratuit", "Groupes", "À étudier"]])
P("Alma a été utilisé sur 11 % des commandes de plus de 300 € avec un panier moyen de 468 € contre 392 € sans : le coût de 3,6 % "
  "est largement couvert. Pour le client, pas de frais ; pour nous, pas de risque d'impayé puisque Alma nous règle en une fois.")

H("12. Fidélisation", 1)
P("Dispositifs passés en revue : carte de fidélité à points, remise de réabonnement, parrainage, club avec avantages, contenus exclusifs, "
  "offre anniversaire. Pour une activité d'une semaine par an, un système à points n'a pas de sens : le client ne cumule jamais assez. "
  "Nous avons retenu :")
L(["le code « Retour -15 % » envoyé le 1er octobre aux clients de la saison précédente (taux d'utilisation 23 %) ;",
   "le parrainage « Un ami, un fartage » (app ReferralCandy) : 410 filleuls ;",
   "la priorité de retrait (file dédiée le samedi) pour les clients à partir de la 2e saison."])

H("13. Bilan de la campagne « Première neige »", 1)
P("La campagne d'early booking (07/10 au 16/11/2025) est comparée à la même période de 2024, sans campagne (seulement la newsletter mensuelle).")
T([["Indicateur (07/10 - 16/11)", "2024 (avant)", "2025 (campagne)", "Évolution"],
   ["Réservations", "612", "1 037", "+69 %"],
   ["CA réservé", "86 100 €", "141 900 €", "+65 %"],
   ["Panier moyen", "141 €", "137 €", "-3 %"],
   ["Taux de conversion", "1,7 %", "2,5 %", "+0,8 pt"],
   ["Part des réservations de la saison faites avant le 1er décembre", "22 %", "30 %", "+8 pts"],
   ["Coût marketing de la période", "3 900 €", "18 700 €", ""],
   ["Coût par réservation", "6,37 €", "18,03 €", "x 2,8"]])
P("Message pour la direction : la campagne a fait ce qu'on attendait d'elle — avancer les réservations, ce qui sécurise la trésorerie "
  "et le planning de l'atelier — mais à un coût par réservation presque triplé, et l'objectif de 32 % n'est pas tout à fait atteint. "
  "Une partie des réservations aurait de toute façon eu lieu plus tard : d'après Booqable, 24 % des réservants « Première neige » avaient "
  "réservé en janvier l'an passé. Le gain net est donc plus proche de 790 réservations que de 1 037. Je recommande de reconduire "
  "la campagne sur 4 semaines au lieu de 6, avec une remise de -20 % au lieu de -25 %, et en réservant Google Ads aux nouveaux clients.")
BR()

H("Annexes", 1)
H("Annexe 1 — Calendrier éditorial Instagram (extrait, janvier 2026)", 2)
T([["Semaine", "Lundi", "Mercredi", "Vendredi", "Stories"],
   ["05/01", "Bulletin neige", "Le réglage du mardi (décalé)", "Offre Janvier entre potes", "Atelier, arrivée clients"],
   ["12/01", "Repost #glissetribu", "Vidéo : choisir sa taille", "Jeu ESF", "Coulisses retrait"],
   ["19/01", "Bulletin neige", "Le réglage du mardi", "Témoignage famille", "Sondage « quel ski ? »"],
   ["26/01", "Repost #glissetribu", "Vidéo rando : peaux", "Annonce février", "Q&A tailles"]])
H("Annexe 2 — ROI sur marge par levier", 2)
T([["Levier", "Marge brute générée (62 %)", "Dépense", "ROI"],
   ["SEO", "37 944 €", "6 800 €", "4,6"],
   ["Emailing", "73 532 €", "1 390 €", "51,9"],
   ["Affiliation", "69 440 €", "7 620 €", "8,1"],
   ["Google Ads", "185 008 €", "43 900 €", "3,2"],
   ["Meta Ads", "35 526 €", "12 150 €", "1,9"],
   ["Display Skiinfo", "2 542 €", "3 500 €", "-0,3"]])
H("Annexe 3 — Conversation chat non transformée", 2)
P("22/12/2025 — demande de location de skis de fond pour Méribel ; réponse : nous ne louons pas de fond, redirection vers le foyer de fond. Pas de commande.")
H("Annexe 4 — Figures", 2)
P("Figure 1 : capture de la page d'accueil avec le bloc « Packs famille » (décembre 2025).", italic=True)
P("Figure 2 : capture du guide des tailles interactif sur mobile.", italic=True)
P("Figure 3 : tableau de bord Crisp, vue mars 2026.", italic=True)

H("Annexe 5 — Questionnaire clients avril 2025 (412 réponses, Typeform)", 2)
T([["Question", "Réponse majoritaire", "%"],
   ["Comment avez-vous connu Glisse & Co ?", "Recherche Google", "38 %"],
   ["", "Bouche-à-oreille / déjà client", "29 %"],
   ["", "Agence de location du logement", "14 %"],
   ["", "Instagram / Facebook", "11 %"],
   ["Quand avez-vous réservé vos skis ?", "Moins d'un mois avant le séjour", "57 %"],
   ["Qu'est-ce qui a failli vous faire renoncer ?", "Choix des tailles en ligne", "31 %"],
   ["", "Montant de la caution", "19 %"],
   ["", "Horaires de retrait", "12 %"],
   ["Recommanderiez-vous Glisse & Co ? (NPS)", "Promoteurs 64 % / détracteurs 9 %", "NPS 55"],
   ["Seriez-vous intéressé par un conseil taille en direct ?", "Oui", "72 %"]])
P("Verbatims retenus : « le retrait le vendredi soir a sauvé notre samedi » ; « j'aurais aimé savoir avant que la caution n'était pas débitée » ; "
  "« les skis du petit étaient trop longs, mais changés en 5 minutes » ; « prix imbattable pour 4 ».")
H("Annexe 6 — Extrait du contrat type partenaire agence", 2)
P("Article 3 — Rémunération : l'Agence perçoit une commission de 6 % HT du montant TTC des réservations effectuées avec son code "
  "dédié (ex. CIMES25), hors assurance casse, versée mensuellement sur relevé UpPromote. Article 4 — Engagements : l'Agence insère le "
  "lien de réservation Glisse & Co dans son mail de confirmation de séjour et dispose d'un présentoir dans son agence ; Glisse & Co "
  "réserve une file de retrait prioritaire aux clients de l'Agence. Article 6 — Durée : saison 2025-2026, reconductible tacitement.")

cp = doc.core_properties
cp.author = AUTHOR; cp.last_modified_by = AUTHOR; cp.title = "Glisse & Co — dossier professionnel"
cp.created = FIXED; cp.modified = FIXED; cp.revision = 1

os.makedirs(OUT, exist_ok=True)
buf = io.BytesIO(); doc.save(buf); buf.seek(0)
with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(os.path.join(OUT, FILE), "w", zipfile.ZIP_DEFLATED) as zout:
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        zi = zipfile.ZipInfo(name, date_time=(2026, 4, 14, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
        zout.writestr(zi, zin.read(name))
print("ok")
