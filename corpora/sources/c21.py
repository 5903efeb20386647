import datetime, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

def _normalize_zip(path):
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c21-bivouac-co")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Chloé Perrin"

# ---------------------------------------------------------------- DOCX
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.3)
    s.header.paragraphs[0].text = "Bivouac & Co – Chloé Perrin – Dossier professionnel Blocs 1 et 2"
    s.footer.paragraphs[0].text = "Les annexes citées sont regroupées dans le fichier annexes.pdf"

def H(t, l=1): doc.add_heading(t, level=l)
def P(t, bold=False, italic=False):
    p = doc.add_paragraph(); r = p.add_run(t); r.bold = bold; r.italic = italic; return p
def L(items, style="List Bullet"):
    for i in items: doc.add_paragraph(i, style=style)
def T(rows, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Light Grid Accent 1"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.text = ""
            r = c.paragraphs[0].add_run(str(v)); r.font.size = Pt(9)
            if header and i == 0: r.bold = True
    doc.add_paragraph()
def BR(): doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

doc.add_paragraph("\n\n\n")
p = P("Bivouac & Co", bold=True); p.runs[0].font.size = Pt(28)
P("Location et seconde main de matériel de randonnée et de camping – Annecy / Grenoble")
P("\nDossier professionnel – Titre Chef de projet e-commerce\nBloc 1 : stratégie webmarketing – Bloc 2 : animation des communautés et des ventes en ligne", bold=True)
P("\nChloé Perrin – Responsable e-commerce en alternance\nEntreprise d'accueil : Bivouac & Co SAS – tuteur : Antoine Brasier, cofondateur\nAvril 2026")
P("\nDocuments remis : dossier.docx (ce document) et annexes.pdf (annexes 1 à 6)", italic=True)
BR()

H("Sommaire", 1)
for s in ["Partie 1 – L'entreprise et le projet",
          "Partie 2 – Stratégie webmarketing (bloc 1)",
          "   2.1 Comprendre le randonneur qui loue", "   2.2 Concurrence", "   2.3 Diagnostic et choix stratégiques",
          "   2.4 Plan webmarketing 2026", "   2.5 Calendrier", "   2.6 Alliances", "   2.7 Mesure d'une action : la « Semaine du premier bivouac »", "   2.8 Budget et rentabilité",
          "Partie 3 – Animation des ventes et de la communauté (bloc 2)",
          "   3.1 Campagne de printemps", "   3.2 Réseau de relais", "   3.3 Chat en direct", "   3.4 Communauté Instagram et Facebook",
          "   3.5 Merchandising sur PrestaShop", "   3.6 Paiement et caution", "   3.7 Paiement fractionné", "   3.8 Fidélisation",
          "Conclusion", "Annexes (fichier séparé)"]:
    P(s)
BR()

H("Partie 1 – L'entreprise et le projet", 1)
P("Bivouac & Co a été fondée en 2021 à Annecy par Antoine Brasier et Sarah Lenoir, deux anciens accompagnateurs en montagne. Le constat de départ : un week-end de bivouac demande 600 à 1 200 € de matériel (tente, sac de couchage, matelas, réchaud, sac à dos), un investissement que beaucoup de citadins n'osent pas faire pour deux sorties par an. L'entreprise loue donc des packs complets ou des articles à l'unité, du week-end à trois semaines, et revend ensuite le matériel reconditionné en « seconde main garantie ».")
P("Chiffres 2025 : 690 000 € de CA (location 74 %, seconde main 21 %, accessoires neufs 5 %), 9 salariés dont 3 saisonniers, deux points de retrait (Annecy, Grenoble) et un envoi en point relais dans toute la France. Le site bivouac-and-co.fr tourne sous PrestaShop 8 avec un module de réservation par calendrier (Booking Engine de WebKul adapté). 78 % des réservations se font en ligne ; la saison va d'avril à octobre, avec un pic en juillet-août (46 % du CA).")
P("Le projet que m'a confié Antoine pour 2026 : augmenter le nombre de locations hors juillet-août, faire connaître l'offre en dehors des Alpes du Nord et animer une communauté de « randonneurs qui louent ». Ce dossier présente la stratégie que j'ai construite puis sa mise en œuvre sur le printemps 2026.")

H("Partie 2 – Stratégie webmarketing (bloc 1)", 1)
H("2.1 Comprendre le randonneur qui loue", 2)
P("Sources : export de 5 240 réservations 2024-2025 (PrestaShop), questionnaire Typeform envoyé en octobre 2025 (418 réponses), 11 entretiens menés au comptoir d'Annecy, et l'analyse des 620 avis Google. J'ai segmenté la clientèle en quatre groupes : les « premiers bivouacs » (urbains 25-35 ans qui découvrent, 41 % des réservations), les familles (23 %), les itinérants (GR20, Tour du Mont-Blanc, 19 %) et les groupes et comités (17 %).")
P("Segment étudié en priorité : les « premiers bivouacs ».", bold=True)
T([["Ce qui les motive", "Ce qui les freine"],
   ["Vivre une « micro-aventure » sans partir loin, partager des photos, se déconnecter", "Peur de mal s'équiper et d'avoir froid (cité par 63 % des répondants)"],
   ["Ne pas acheter du matériel qui dormira dans un placard de 40 m²", "Hygiène : « qui a dormi dans ce sac avant moi ? » (38 %)"],
   ["Argument écologique : louer plutôt qu'acheter neuf", "Logistique : aller chercher et rendre le matériel, poids du colis"],
   ["Prix : pack 2 personnes à 89 € le week-end contre 900 € à l'achat", "Caution de 400 € jugée dissuasive"],
   ["Recommandation d'un ami ou d'un créateur de contenu outdoor", "Crainte de payer en cas de casse ou de perte"]])
P("Leur décision suit un chemin assez typique, que j'ai pu reconstituer à partir des entretiens et des parcours GA4 :")
L(["Déclencheur : une envie souvent née d'un contenu Instagram ou d'un pont de mai, 3 à 6 semaines avant la date. « J'ai vu une vidéo de bivouac au lac de Lessy, on s'est dit qu'on le ferait au pont de l'Ascension. »",
   "Recherche : requêtes « location tente bivouac », « louer matériel camping », lecture d'articles « que prendre pour un premier bivouac ». Ils consultent en moyenne 4,2 pages du site avant de réserver, surtout la FAQ hygiène.",
   "Comparaison : Décathlon (achat d'entrée de gamme), location entre particuliers (Lokki), autres loueurs ; ils comparent le prix total caution comprise et la qualité des marques (MSR, Vaude, Therm-a-Rest).",
   "Réservation : 71 % sur mobile, en général le soir ; l'abandon se concentre sur l'étape de la caution (empreinte bancaire).",
   "Après la sortie : retour du matériel, partage de photos, avis. Les clients satisfaits reviennent en moyenne 14 mois plus tard, souvent en passant au pack « itinérance »."], style="List Number")

H("2.2 Concurrence", 2)
P("J'ai étudié six acteurs : deux loueurs spécialisés (Rent'Outdoor, Alti-Loc), une plateforme entre particuliers (Lokki), l'offre de location de Décathlon, un magasin de montagne annécien qui loue en boutique (Sherpa Annecy) et Campsy, une jeune marque qui vend du matériel d'occasion. Le tableau détaillé (prix d'un pack 2 personnes, caution, livraison, gamme, avis, présence sociale, trafic estimé) se trouve en annexe 1.")
P("Ce qu'il faut retenir : nous sommes les plus chers sur le week-end (89 € contre 69 € chez Rent'Outdoor) mais les seuls à proposer à la fois le retrait en agence, l'envoi en relais et le rachat du matériel loué à la fin de la location. Décathlon est le concurrent le plus dangereux : sa location est encore limitée à 40 magasins mais elle bénéficie d'une notoriété sans commune mesure. Lokki est moins cher mais la qualité et l'hygiène ne sont pas garanties : c'est exactement le frein principal de notre segment.")

H("2.3 Diagnostic et choix stratégiques", 2)
P("Le SWOT complet est présenté en annexe 2, suivi d'une matrice de croisement qui relie chaque facteur à une décision. J'en reprends ici les trois conclusions qui ont orienté le plan :")
L(["Notre force (hygiène garantie, matériel de marque, protocole de lavage en machine à ozone) répond directement à la principale crainte du segment : elle doit devenir le cœur du message, alors qu'elle était cachée dans la FAQ.",
   "La saisonnalité est notre faiblesse majeure ; l'essor des week-ends de proximité et des ponts de mai est l'opportunité pour allonger la saison d'avril à juin et en septembre-octobre.",
   "La menace Décathlon impose de ne pas jouer le prix mais le service et la communauté."])

H("2.4 Plan webmarketing 2026", 2)
P("Objectifs validés avec Antoine et Sarah (comité du 12 janvier 2026) :", bold=True)
T([["Objectif", "Mesure", "2025", "Cible 2026"],
   ["Allonger la saison", "Part du CA location réalisée hors juillet-août", "41 %", "50 %"],
   ["Conquérir hors Alpes", "Part des réservations expédiées en relais", "22 %", "35 %"],
   ["Faire revenir", "Clients ayant loué 2 fois en 24 mois", "18 %", "25 %"],
   ["Croître", "CA location", "510 600 €", "600 000 €"],
   ["Convertir mieux", "Taux de conversion mobile", "1,4 %", "2,0 %"]])
P("Cibles retenues : en priorité les « premiers bivouacs » des grandes villes (Lyon, Paris, Grenoble, Genève), à qui l'on vend un pack week-end au printemps ; ensuite les familles pour les vacances de Pâques et la Toussaint ; les itinérants restent servis par le référencement existant. Les groupes et comités ne font pas partie de la cible web 2026 : ils passent par le devis téléphonique.")
P("Leviers et ordre de mise en route :", bold=True)
T([["Rang", "Levier", "Rôle dans le plan", "Démarrage"],
   ["1", "Référencement naturel", "Pages « bivouac près de Lyon / Grenoble / Annecy », guide du premier bivouac ; socle durable pour la conquête hors Alpes", "Janvier"],
   ["2", "Réseaux sociaux (Instagram, Facebook, Pinterest)", "Montrer le matériel propre et les spots ; nourrir la communauté", "Février"],
   ["3", "Emailing (Brevo)", "Réactiver les 7 800 clients et prospects avant chaque pont", "Mars"],
   ["4", "Affiliation / créateurs de contenus", "Codes personnels rémunérés 10 % ; crédibilité auprès des débutants", "Mars"],
   ["5", "Référencement payant (Google Ads)", "Capter la demande « location tente » d'avril à juin puis septembre", "Avril"],
   ["6", "E-publicité (Meta Ads)", "Reciblage des visiteurs qui n'ont pas réservé", "Avril"]])
P("Le SEO passe en premier car ses effets demandent trois à quatre mois ; la publicité payante vient en dernier, une fois les pages d'atterrissage prêtes et le tunnel de réservation corrigé.")

H("2.5 Calendrier", 2)
P("Les périodes retenues découlent de l'activité : les réservations pour un week-end se font trois à six semaines avant ; les ponts de mai 2026 (1er, 8, 14-17 mai pour l'Ascension, 23-25 mai pour la Pentecôte) sont nos meilleures fenêtres hors été ; les familles réservent les vacances de Pâques (zone A du 11 au 27 avril) dès début mars ; septembre est propice car la météo reste stable et les refuges sont moins pleins. En novembre-décembre, l'activité location est quasi nulle : c'est le moment de pousser la seconde main (cadeaux de Noël) et de préparer les contenus de la saison suivante.")
P("Le planning détaillé semaine par semaine (actions, responsables, charge en jours, jalons) est en annexe 5 ; il a été construit avec les durées réellement constatées en 2025 (par exemple 3 jours pour une page d'atterrissage complète, 1,5 jour pour une newsletter avec visuels, 2 semaines de délai de validation pour un partenariat créateur). Il reprend la charte du tableau de pilotage utilisé en réunion du lundi (couleurs par pôle, jalons en losange, code projet BIV-26).")

H("2.6 Alliances", 2)
P("J'ai cherché des structures qui parlent aux mêmes personnes que nous, à un moment où notre service leur est utile, et qui partagent une image « nature, responsable, accessible ».")
T([["Structure", "Pourquoi elle nous intéresse", "Clients en commun", "Moment de consommation compatible", "Image", "Forme"],
   ["Lyofood (repas lyophilisés)", "Complète le pack bivouac", "Randonneurs débutants et itinérants", "Préparation de la sortie", "Marque française, engagée", "Pack co-marqué « bivouac clé en main »"],
   ["Refuges du Parc des Bauges", "Lieux de départ de bivouacs", "Itinérants, familles", "Pendant la sortie", "Excellente, service public nature", "Dépôt-retour au refuge"],
   ["Komoot", "Application d'itinéraires", "Urbains actifs", "Choix de l'itinéraire", "Bonne", "Collection d'itinéraires « premier bivouac » avec lien de réservation"],
   ["SNCF Connect / TER Auvergne-Rhône-Alpes", "Accès sans voiture", "Urbains sans voiture (54 % des Lyonnais interrogés)", "Trajet", "Positive (mobilité douce)", "Offre « train + pack »"],
   ["Mountain Wilderness", "Association de protection de la montagne", "Sensibles à l'environnement", "Avant/après", "Très cohérente mais risque de greenwashing perçu", "Don de 1 € par location, sans communication agressive"]])
P("J'ai écarté une marque de boissons énergisantes qui proposait un jeu concours commun : audience intéressante mais image contraire au « slow outdoor » que nous défendons.")

H("2.7 Mesure d'une action : la « Semaine du premier bivouac »", 2)
P("Du 16 au 22 mars 2026, nous avons mené une opération ciblée : pack « premier bivouac » à 79 € au lieu de 89 € pour toute réservation d'un week-end d'avril ou mai, newsletter à 7 800 contacts, 3 Reels, un live Instagram avec l'accompagnatrice Maud Girod sur « dormir au chaud » et 400 € de publicité Meta ciblée Lyon et Grenoble.")
T([["Indicateur", "Semaine du 9 au 15 mars (référence)", "Semaine du 16 au 22 mars (opération)", "Même semaine 2025", "Variation vs référence"],
   ["Sessions", "3 120", "6 870", "2 640", "+120 %"],
   ["Réservations", "31", "94", "22", "+203 %"],
   ["dont pack premier bivouac", "9", "61", "5", "+578 %"],
   ["Taux de conversion", "1,0 %", "1,4 %", "0,8 %", "+0,4 pt"],
   ["CA réservé", "3 950 €", "9 660 €", "2 710 €", "+145 %"],
   ["Nouveaux clients", "19", "71", "13", "+274 %"],
   ["Abonnés Instagram gagnés", "+85", "+640", "—", "×7,5"]])
P("Analyse présentée au comité du 30 mars : l'opération a triplé les réservations, et 76 % des clients étaient nouveaux, ce qui était le but. Mais le panier moyen a baissé (103 € contre 127 €) car la remise a surtout été prise sur le pack seul, sans accessoires. Coût total : 400 € de Meta + 610 € de remise + 2 jours de travail, pour 5 710 € de CA supplémentaire. Le bilan est positif ; pour la prochaine édition (septembre), je recommande de garder le prix d'appel mais d'ajouter un accessoire offert plutôt qu'une remise, et de lancer l'opération 5 semaines avant les dates visées plutôt que 3 : 30 % des demandes reçues au chat portaient sur des dates déjà complètes.")

H("2.8 Budget et rentabilité", 2)
P("Le budget prévisionnel 2026 par levier, avec le détail des postes de dépense (outils, achat média, création, commissions, temps interne valorisé) et des recettes attendues, est présenté en annexe 3. Total : 31 400 € de dépenses pour 148 000 € de CA location attendu des leviers.")
P("Le calcul de rentabilité figure en annexe 4. En résumé, avec une marge sur coûts variables de 62 % sur la location (lavage, usure, transport déduits), le retour attendu est de +192 % sur l'ensemble, avec de fortes différences : l'emailing est très rentable, la publicité Meta l'est à peine (+18 %).")
P("Au 31 mars, le réel est supérieur au prévu sur Meta (+34 %, à cause de l'opération de mars) et inférieur sur Google Ads (campagne décalée d'avril). Mes recommandations si les écarts persistent : plafonner Meta à 120 % du budget trimestriel, réaffecter le reliquat vers l'emailing et les créateurs de contenus, qui ont le meilleur coût par réservation ; revoir le budget chaque mois en comité plutôt qu'à chaque trimestre.")

H("Partie 3 – Animation des ventes et de la communauté (bloc 2)", 1)
H("3.1 Campagne de printemps « Dormir dehors en mai »", 2)
P("La campagne prolonge directement la stratégie : allonger la saison et recruter des « premiers bivouacs » hors des Alpes. Elle a été lancée le 7 avril pour les ponts de mai.")
T([["Objectif", "Cible", "Canal", "Message / format", "Indicateur"],
   ["Remplir les ponts de mai (objectif 260 réservations du 1er au 25 mai)", "Premiers bivouacs Lyon / Grenoble / Genève", "Google Ads Search + Meta Ads", "« Un pont, un pack, un spot » – carrousel de 5 spots à moins de 2 h de Lyon", "Réservations, coût par réservation"],
   ["Réactiver les anciens clients (objectif 15 % de réservations de clients 2024-2025)", "Clients n'ayant pas loué depuis 12 mois", "Emailing Brevo (segment 3 100 contacts)", "« Votre tente vous attend » + code retour", "Taux de clic, réservations avec code"],
   ["Rassurer sur l'hygiène", "Prospects ayant visité la FAQ", "Reciblage Meta + vidéo", "Vidéo de 30 s du lavage ozone", "Taux de conversion des reciblés"],
   ["Toucher les familles pour Pâques", "Parents 30-45 ans", "Newsletter + Pinterest", "« Bivouac en famille : la liste »", "Réservations pack famille"]])
P("Chaque objectif s'appuie sur un canal choisi pour sa cible : la recherche Google capte ceux qui ont déjà l'envie, Instagram et Pinterest la créent, l'e-mail réactive. Résultat au 28 avril : 231 réservations pour les ponts (89 % de l'objectif), coût moyen par réservation 11,40 €.")

H("3.2 Réseau de relais", 2)
P("J'anime un réseau de relais qui parlent de nous à notre place :")
L(["créateurs de contenus outdoor : @les_bivouacs_de_juju (48 k abonnés, public lyonnais débutant), @montagne.lente (22 k), la chaîne YouTube « Sac à dos léger » (61 k) ;",
   "offices de tourisme d'Annecy, du Semnoz et des Bauges (fiche prestataire + brochures) ;",
   "comparateur et annuaire : Lokki (nous y mettons aussi nos packs), Guide du Routard en ligne ;",
   "presse : Le Dauphiné libéré, Trek Magazine (article « louer son matériel » paru en mars) ;",
   "revendeur : le magasin Vieux Campeur de Lyon oriente vers nous les clients qui veulent tester avant d'acheter ;",
   "réseau local : association « Lyon Rando Jeunes », 1 900 membres."])
P("Choix argumenté : chaque relais touche soit notre segment prioritaire (citadins débutants : créateurs lyonnais, association), soit un moment de décision (office de tourisme au moment du séjour, magazine au moment de la préparation). J'ai refusé deux créateurs à forte audience dont le contenu est centré sur l'ultra-trail : leur public achète son matériel.")
T([["Relais", "Suivi", "Sessions (15/03–28/04)", "Réservations", "CA", "Coût", "Coût / réservation"],
   ["@les_bivouacs_de_juju", "Code JUJU10 + UTM", "2 140", "58", "6 120 €", "612 € (commission) + pack offert", "12,50 €"],
   ["Sac à dos léger (YouTube)", "Lien UTM description", "1 480", "23", "2 980 €", "450 € forfait", "19,60 €"],
   ["@montagne.lente", "Code LENTE10", "620", "9", "940 €", "94 €", "10,40 €"],
   ["Trek Magazine", "UTM article web", "390", "4", "510 €", "0 €", "0 €"],
   ["Lyon Rando Jeunes", "Code LRJ", "280", "12", "1 130 €", "113 €", "9,40 €"],
   ["Offices de tourisme", "Non mesurable (papier)", "—", "—", "—", "180 €", "—"]])
P("Les codes et UTM permettent de relier chaque relais à ses réservations dans GA4 et PrestaShop. Juju est de loin le meilleur apport en volume ; l'association est la plus rentable. Pour les offices de tourisme, je n'ai pas encore de moyen de mesure : un QR code dédié sera ajouté sur les brochures de l'été.")

H("3.3 Chat en direct", 2)
P("Le chat Crisp (formule Pro, 25 €/mois) est installé sur toutes les pages depuis mai 2025. Il est ouvert de 9 h à 19 h, 7 j/7 d'avril à septembre, avec les réponses de Mathis et moi, et un chatbot hors horaires qui collecte l'e-mail. J'ai créé 34 réponses enregistrées (raccourcis « !caution », « !lavage », « !relais »), des déclencheurs automatiques (message proactif après 45 s sur la page « packs » et sur le panier) et une intégration avec PrestaShop qui affiche le panier du visiteur à l'opérateur.")
P("Session 1 – conversation transformée (8 avril 2026, 21 h 12, visiteur sur mobile, page pack 2 personnes)", bold=True)
T([["Qui", "Message"],
   ["Visiteuse", "Bonsoir, on part au pont du 8 mai dans le Vercors, il fera peut-être 2-3 °C la nuit, le sac de couchage du pack suffit ?"],
   ["Chloé (Bivouac & Co)", "Bonsoir ! Le pack standard a des sacs confort 5 °C, un peu juste pour vous. Je vous conseille l'option « sac grand froid » (confort -2 °C) à +12 € le week-end, et le matelas Therm-a-Rest R 4,2 inclus dans le pack."],
   ["Visiteuse", "Ok et les sacs sont lavés comment ? ça me bloque un peu"],
   ["Chloé (Bivouac & Co)", "Chaque sac est lavé en machine après chaque location puis passé en cabine à ozone 45 min, et vous recevez un drap de sac neuf offert. Voici la vidéo de 30 s : bivouac-and-co.fr/hygiene"],
   ["Visiteuse", "Super, je réserve avec retrait au relais de Grenoble gare"],
   ["Chloé (Bivouac & Co)", "Parfait, pensez au code PONTMAI s'il vous reste un pack à compléter ; retrait possible dès le jeudi 7 à 14 h."],
   ["Résultat", "Commande n° 26-04118, pack 2 personnes + 2 options grand froid, 113 €."]])
P("Session 2 – conversation non transformée (11 avril 2026, 14 h 40, ordinateur, panier à 246 €)", bold=True)
T([["Qui", "Message"],
   ["Visiteur", "Bonjour, pour 10 jours sur le GR20 la caution de 600 € est bloquée sur ma carte pendant tout le séjour ?"],
   ["Mathis (Bivouac & Co)", "Bonjour, oui, il s'agit d'une empreinte bancaire (pas d'un débit) qui est libérée au retour du matériel, sous 48 h."],
   ["Visiteur", "Le problème c'est que mon plafond est de 1 000 € et j'ai le ferry à payer. Pas possible de la réduire ?"],
   ["Mathis (Bivouac & Co)", "Je comprends. Nous ne pouvons pas descendre sous 600 € pour un pack itinérance, mais vous pouvez prendre l'assurance casse à 19 € qui ramène la caution à 250 €."],
   ["Visiteur", "Ah d'accord je vais réfléchir, merci"],
   ["Résultat", "Pas de réservation. Relance automatique Brevo J+1 sans effet. Le client a laissé l'échange à 14 h 51."]])
P("Ce que montrent les statistiques Crisp (1er mars – 28 avril 2026) : 612 conversations, délai moyen de première réponse 1 min 50 en journée, satisfaction 4,7/5 (183 notes). Les visiteurs qui ont utilisé le chat réservent à 9,8 % contre 1,5 % pour l'ensemble des visiteurs ; ils représentent 11 % des réservations. Les trois sujets les plus fréquents : la caution (27 %), les disponibilités (22 %) et le choix du sac de couchage (18 %). La session 2 n'est pas un cas isolé : 41 % des conversations sur la caution se terminent sans achat. L'option assurance était mal présentée ; je l'ai donc ajoutée dans le panier, au-dessus du montant de la caution, le 15 avril. Depuis, la part d'abandons à l'étape caution est passée de 24 % à 17 %. En revanche, les conversations ouvertes par le message proactif du panier convertissent moins bien (5,1 %) que celles ouvertes spontanément : je vais réduire ce déclencheur aux paniers de plus de 150 €.")

H("3.4 Communauté Instagram et Facebook", 2)
P("Ligne éditoriale, conforme au plan : Instagram pour donner envie (spots, Reels « montage de tente en 60 s », stories des clients repostées), Facebook pour l'entraide (groupe « Bivouac & Co – premiers bivouacs », créé en février, où les membres posent leurs questions d'itinéraire), Pinterest pour les listes de matériel. Rythme : 4 posts et 10 stories par semaine sur Instagram, un live mensuel avec une accompagnatrice, un défi photo #MonPremierBivouac chaque mois avec un week-end offert.")
P("Techniques utilisées : contenus générés par les clients (autorisation demandée par message), collaborations Instagram avec les créateurs (post publié sur les deux comptes), sondages en story pour choisir le spot du mois, planification dans Meta Business Suite, réponses à tous les commentaires sous 24 h, épingle des meilleurs fils du groupe Facebook.")
T([["Indicateur de notoriété", "1er janvier 2026", "30 avril 2026", "Évolution"],
   ["Abonnés Instagram", "6 300", "9 850", "+56 %"],
   ["Taux d'engagement moyen des posts", "3,1 %", "4,6 %", "+1,5 pt"],
   ["Portée mensuelle Instagram", "41 000", "128 000", "×3,1"],
   ["Membres du groupe Facebook", "—", "1 240", "création"],
   ["Publications #MonPremierBivouac", "0", "386", "—"],
   ["Recherches Google de la marque (Search Console, /mois)", "1 900", "3 400", "+79 %"]])
P("Le défi photo a été le vrai moteur : il produit chaque mois une centaine de contenus que nous n'avons pas à créer et fait venir des abonnés qui connaissent déjà le produit. Le groupe Facebook est encore animé à 80 % par nous ; l'objectif est que les membres se répondent entre eux d'ici l'été.")

H("3.5 Merchandising sur PrestaShop", 2)
P("Fonctionnalités utilisées dans le back-office :")
L(["Module « Produits mis en avant » (ps_featuredproducts) : la catégorie « Accueil » est alimentée chaque semaine avec les packs du moment ; en avril, le pack « premier bivouac » et le pack famille.",
   "Module « Produits dans la même catégorie » et accessoires liés (onglet Associations de la fiche) : sur chaque tente, le matelas et le réchaud adaptés ; depuis la mise en place, 31 % des réservations de tente incluent un accessoire (contre 19 %).",
   "Règles de panier : option « sac grand froid » proposée automatiquement pour toute réservation avant le 15 mai ou après le 15 septembre.",
   "Bannière (ps_imageslider) : 3 visuels tournants, dont un bandeau « Disponibilités des ponts de mai ».",
   "Étiquettes « Nouveau » et « Plus que 3 dispo » via le module de stock de réservation."])
P("Emplacements les plus efficaces pour notre activité, par ordre d'importance : (1) page d'accueil au-dessus de la ligne de flottaison (les packs, car nos clients débutants ne savent pas composer leur équipement seuls) ; (2) fiche produit, bloc « pour compléter votre bivouac » ; (3) panier (options saisonnières) ; (4) pages guides du blog, avec un encart vers le pack correspondant ; (5) e-mail de confirmation (proposition de repas Lyofood).")

H("3.6 Paiement et caution", 2)
P("Le paiement passe par Stripe (module officiel PrestaShop) : carte bancaire avec 3D Secure, Apple Pay, Google Pay, et par PayPal. La caution est gérée par Stripe en empreinte bancaire (autorisation sans débit, libérée au retour). Tests réalisés le 3 mars 2026 avec les cartes de test Stripe puis une vraie commande de 1 € sur chaque support :")
T([["Support", "Navigateur", "Carte + 3DS", "Apple / Google Pay", "PayPal", "Empreinte caution"],
   ["iPhone 13", "Safari iOS 17", "OK", "OK (Apple Pay)", "OK", "OK"],
   ["Samsung Galaxy A54", "Chrome Android", "OK", "OK (Google Pay)", "OK", "OK"],
   ["iPad 9e gén.", "Safari", "OK", "OK", "OK", "OK"],
   ["PC Windows 11", "Chrome / Firefox / Edge", "OK", "Google Pay (Chrome)", "OK", "OK"],
   ["MacBook Air", "Safari", "OK", "OK", "OK", "Bouton mal aligné, corrigé le 5/03"]])
P("Éléments de confiance affichés : logos des moyens de paiement sous le bouton, mention « paiement sécurisé par Stripe », explication de l'empreinte de caution avec une icône cadenas, avis Google 4,8/5 dans le pied de page, numéro de téléphone visible dans le tunnel. Depuis l'ajout d'Apple Pay, le taux de conversion mobile est passé de 1,4 % à 1,8 %.")

H("3.7 Paiement fractionné", 2)
P("Offres étudiées pour les paniers élevés (packs itinérance de 2 à 3 semaines, 250 à 480 €, et seconde main) :")
T([["Offre", "Formules", "Coût pour nous", "Intégration PrestaShop", "Pour le client"],
   ["Alma", "2x, 3x, 4x, 10x", "3x : 3,6 % ; 4x : 4,2 %", "Module officiel", "Sans frais en 3x/4x, réponse immédiate"],
   ["Oney", "3x, 4x", "2,2 % à 3,9 % + frais client possibles", "Module", "Frais possibles, formulaire plus long"],
   ["Klarna", "3x, paiement à 30 jours", "3,3 % + 0,35 €", "Via Stripe", "Connu des jeunes, mais pas adapté à la caution"],
   ["PayPal 4x", "4x", "Inclus dans la commission PayPal", "Déjà installé", "Réservé aux comptes PayPal"]])
P("Choix : Alma en 3x et 4x à partir de 200 €, activé le 1er avril, et PayPal 4x conservé car gratuit. Alma est le plus cher mais c'est le seul qui fonctionne avec notre empreinte de caution sans conflit et qui ne fait rien payer au client. Pour le site, le coût est couvert si le fractionnement augmente d'au moins 4 % le panier des itinérants ; premier mois : 23 commandes en Alma, panier moyen 341 € contre 298 € pour les autres commandes itinérance. Limite : sur les petites locations (< 200 €) le fractionnement n'a pas de sens et coûterait trop cher.")

H("3.8 Fidélisation", 2)
P("Dispositifs possibles pour nous : programme à points (module PrestaShop Loyalty), parrainage, abonnement annuel, réduction de retour par e-mail, club avec avantages non financiers, bons d'achat sur la seconde main. J'ai retenu deux dispositifs :")
L(["le parrainage « Un ami, un bivouac » : 15 € pour le parrain et le filleul. Il correspond au mode de découverte de notre segment (41 % des premiers bivouacs viennent d'une recommandation) ;",
   "le « Bivouac Club » gratuit : après 2 locations, caution réduite de 30 %, accès anticipé aux ponts et -20 % sur le matériel de seconde main en fin de saison. Il transforme le loueur en acheteur de seconde main, ce qui prolonge la relation sans baisser le prix de la location."])
P("Le programme à points a été écarté : avec 1,3 location par client et par an, les points ne seraient jamais utilisés. L'abonnement annuel a été testé auprès de 40 clients au questionnaire : seuls 6 % seraient intéressés.")

H("Conclusion", 1)
P("En quatre mois, la stratégie a commencé à déplacer la saison : au 30 avril, le CA location est en avance de 38 % sur 2025, et la part des réservations expédiées en relais est de 31 %. Le chantier le plus important pour la fin de l'année reste la caution, qui ressort à chaque étape (chat, abandons, avis) et pour laquelle je prépare avec Antoine une offre d'assurance intégrée au prix.")

dt = datetime.datetime(2026, 4, 30, 18, 0, 0)
cp = doc.core_properties; cp.author = AUTHOR; cp.created = dt; cp.modified = dt; cp.last_modified_by = AUTHOR
cp.title = "Dossier professionnel Bivouac & Co"
doc.save(os.path.join(OUT, "dossier.docx"))
_normalize_zip(os.path.join(OUT, "dossier.docx"))

# ---------------------------------------------------------------- PDF annexes
body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=8, textColor=colors.HexColor("#2d5d3a"))
cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=10)
cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
story = []
def AH(t): story.append(Paragraph(t, h1))
def AP(t): story.append(Paragraph(t, body))
def AT(rows, widths=None, head=True, extra=()):
    data = [[Paragraph(str(v), cellb if (head and i == 0) or j == 0 else cell) for j, v in enumerate(r)] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head: st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e8dc")))
    t.setStyle(TableStyle(st + list(extra))); story.append(t); story.append(Spacer(1, 8))

story.append(Paragraph("Bivouac & Co – Annexes du dossier professionnel (Chloé Perrin, avril 2026)", ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=10)))
AH("Annexe 1 – Tableau comparatif des concurrents (relevé du 5 au 16 janvier 2026)")
AT([["Critère", "Bivouac & Co", "Rent'Outdoor", "Alti-Loc", "Lokki (entre particuliers)", "Décathlon Location", "Sherpa Annecy", "Campsy (occasion)"],
    ["Pack 2 pers. week-end (tente, 2 sacs, 2 matelas, réchaud)", "89 €", "69 €", "79 €", "45 à 70 €", "59 € (gamme Quechua)", "95 € (boutique)", "— (vente 520 € le lot)"],
    ["Caution", "400 € empreinte", "300 € débit", "500 € empreinte", "Selon loueur", "Empreinte 250 €", "Chèque 500 €", "—"],
    ["Retrait / livraison", "2 agences + relais France", "Relais France", "Livraison Alpes", "Remise en main propre", "40 magasins", "Boutique seule", "Colissimo"],
    ["Marques", "MSR, Vaude, Therm-a-Rest", "Mixte", "Ferrino, Millet", "Tout venant", "Quechua, Forclaz", "Haut de gamme", "Mixte"],
    ["Hygiène mise en avant", "Lavage ozone + drap offert", "Lavage annoncé", "Non précisé", "Non garantie", "Lavage annoncé", "Oui", "—"],
    ["Rachat après location", "Oui (-20 %)", "Non", "Non", "Non", "Non", "Non", "—"],
    ["Avis Google / Trustpilot", "4,8 (620)", "4,3 (1 840)", "4,5 (210)", "4,1 (3 900)", "4,0 (national)", "4,7 (150)", "4,4 (300)"],
    ["Instagram (abonnés)", "6 300", "14 000", "2 100", "9 800", "—", "3 400", "18 500"],
    ["Trafic mensuel estimé (Semrush)", "14 000", "38 000", "5 500", "120 000", "—", "2 000", "27 000"],
    ["Contenu / blog", "12 articles", "60 articles, guides SEO", "Aucun", "Faible", "Conseils Décathlon", "Aucun", "Vidéos YouTube"],
    ["Ce qu'on en retient", "—", "Leader SEO, prix bas", "Local, peu digital", "Prix, doute hygiène", "Notoriété, réseau", "Service premium local", "Communauté seconde main"]],
   [3.6 * cm, 3 * cm, 2.9 * cm, 2.7 * cm, 3 * cm, 3 * cm, 2.6 * cm, 2.8 * cm])
AP("Méthode : commande ou simulation de réservation pour un week-end du 16-17 mai 2026, relevé des pages tarifs et CGV, données d'audience Semrush (estimations) et comptes Instagram au 15/01/2026.")
story.append(PageBreak())

AH("Annexe 2 – SWOT et matrice de décision")
AT([["", "Positif", "Négatif"],
    ["Interne", "FORCES : matériel de marque entretenu ; protocole hygiène ozone unique sur le marché ; double réseau agences + relais ; note 4,8/5 ; rachat du matériel loué (seconde main) ; équipe d'anciens accompagnateurs crédible",
     "FAIBLESSES : 46 % du CA en juillet-août ; prix week-end supérieur de 13 à 29 % aux concurrents en ligne ; caution élevée (400 à 600 €) ; faible notoriété hors Alpes du Nord ; 12 articles de blog seulement ; conversion mobile de 1,4 %"],
    ["Externe", "OPPORTUNITÉS : succès des micro-aventures et du tourisme de proximité ; 4 ponts en mai 2026 ; consommateurs favorables à la location plutôt qu'à l'achat (62 % des 25-35 ans, étude ADEME 2024) ; croissance des trains de nuit et TER vers les massifs",
     "MENACES : extension de la location Décathlon ; plateformes entre particuliers moins chères ; réglementation du bivouac plus stricte dans certains parcs ; étés caniculaires qui font fuir l'altitude basse"]],
   [2.4 * cm, 11.5 * cm, 11.5 * cm])
AP("Matrice de croisement : ce que nous faisons de chaque combinaison")
AT([["Combinaison", "Décision", "Levier", "Priorité", "Échéance"],
    ["Forces × Opportunités", "Faire de l'hygiène garantie et du pack « premier bivouac » le message principal pour les citadins", "Réseaux sociaux, SEO (guide du premier bivouac)", "1", "Mars 2026"],
    ["Forces × Menaces", "Se différencier de Décathlon par le service (conseil au chat, rachat, marques premium) plutôt que par le prix", "Chat, fidélisation", "2", "Avril 2026"],
    ["Faiblesses × Opportunités", "Utiliser les ponts de mai et septembre pour désaisonnaliser ; pages SEO par ville de départ", "Emailing, Google Ads, SEO", "1", "Avril-mai 2026"],
    ["Faiblesses × Menaces", "Réduire la caution via une assurance casse pour lever le premier frein face aux plateformes", "Tunnel, fidélisation", "2", "Juin 2026"]],
   [3.8 * cm, 9.5 * cm, 5 * cm, 2 * cm, 3 * cm])
story.append(PageBreak())

AH("Annexe 3 – Budget prévisionnel 2026 par levier")
AT([["Levier", "Postes de dépense", "Montant", "Recettes attendues (CA location)", "Hypothèse"],
    ["SEO", "Semrush Pro 12 × 130 € = 1 560 € ; rédactrice freelance 10 articles × 180 € = 1 800 € ; temps interne 15 j × 150 € = 2 250 €", "5 610 €", "38 000 €", "+2 400 sessions/mois à partir de juin, conversion 1,6 %, panier 118 €"],
    ["Réseaux sociaux", "Canva Pro 120 € ; shooting printemps 900 € ; lots défi photo 12 × 89 € = 1 068 € ; temps interne 20 j × 150 € = 3 000 €", "5 088 €", "22 000 €", "186 réservations attribuées (UTM + codes)"],
    ["Emailing", "Brevo Business 12 × 49 € = 588 € ; temps interne 8 j = 1 200 €", "1 788 €", "34 000 €", "14 campagnes, 2 scénarios automatiques"],
    ["Affiliation / créateurs", "Commissions 10 % sur 28 000 € = 2 800 € ; forfaits vidéo 1 800 € ; packs offerts 900 €", "5 500 €", "28 000 €", "4 créateurs actifs d'avril à septembre"],
    ["Google Ads", "Enchères 7 000 € ; temps interne 5 j = 750 €", "7 750 €", "17 500 €", "CPC 0,70 €, 10 000 clics, conversion 1,5 %"],
    ["Meta Ads", "Diffusion 5 000 € ; vidéos 664 €", "5 664 €", "8 500 €", "Reciblage et prospection Lyon/Grenoble"],
    ["Total", "", "31 400 €", "148 000 €", ""]],
   [3 * cm, 10.5 * cm, 2.2 * cm, 3.6 * cm, 6.4 * cm])
story.append(PageBreak())

AH("Annexe 4 – Calcul de rentabilité et suivi budget réel / prévisionnel")
AP("Taux de marge sur coûts variables de la location : 62 % (lavage et ozone 6 %, usure/amortissement 22 %, transport et emballage 10 %). ROI = (CA × 62 % – dépense) / dépense.")
AT([["Levier", "Dépense", "CA attendu", "Marge (62 %)", "Gain net", "ROI prévisionnel"],
    ["SEO", "5 610 €", "38 000 €", "23 560 €", "17 950 €", "+320 %"],
    ["Réseaux sociaux", "5 088 €", "22 000 €", "13 640 €", "8 552 €", "+168 %"],
    ["Emailing", "1 788 €", "34 000 €", "21 080 €", "19 292 €", "+1 079 %"],
    ["Affiliation / créateurs", "5 500 €", "28 000 €", "17 360 €", "11 860 €", "+216 %"],
    ["Google Ads", "7 750 €", "17 500 €", "10 850 €", "3 100 €", "+40 %"],
    ["Meta Ads", "5 664 €", "8 500 €", "5 270 €", "-394 €", "-7 %"],
    ["Total", "31 400 €", "148 000 €", "91 760 €", "60 360 €", "+192 %"]],
   [5 * cm, 3 * cm, 3 * cm, 3 * cm, 3 * cm, 3 * cm])
AP("Note : le ROI Meta seul est légèrement négatif en attribution au dernier clic ; en tenant compte des réservations assistées (reciblage puis recherche de marque, GA4), il est estimé à +18 %.")
AT([["Levier", "Prévu T1", "Réel T1", "Écart", "Commentaire"],
    ["SEO", "1 400 €", "1 520 €", "+9 %", "Un article de plus commandé"],
    ["Réseaux sociaux", "1 270 €", "1 310 €", "+3 %", ""],
    ["Emailing", "450 €", "450 €", "0 %", ""],
    ["Affiliation / créateurs", "900 €", "1 106 €", "+23 %", "Commissions Juju supérieures (bonne nouvelle : plus de ventes)"],
    ["Google Ads", "600 €", "0 €", "-100 %", "Lancement décalé au 7 avril"],
    ["Meta Ads", "1 000 €", "1 340 €", "+34 %", "Opération « premier bivouac » de mars"],
    ["Total", "5 620 €", "5 726 €", "+2 %", ""]],
   [5 * cm, 2.6 * cm, 2.6 * cm, 2 * cm, 8 * cm])
story.append(PageBreak())

AH("Annexe 5 – Planning 2026 (code projet BIV-26)")
weeks = ["Jan", "Fév", "Mar", "Avr", "Mai", "Juin", "Juil", "Août", "Sep", "Oct", "Nov", "Déc"]
plan = [["Action", "Resp.", "Charge"] + weeks,
        ["Pages SEO par ville + guide premier bivouac", "Chloé", "15 j", "■", "■", "■", "", "", "", "", "", "", "", "", ""],
        ["Shooting printemps + vidéo hygiène", "Sarah", "3 j", "", "■", "", "", "", "", "", "", "", "", "", ""],
        ["Création groupe Facebook, défi #MonPremierBivouac", "Chloé", "4 j", "", "■", "■", "■", "■", "■", "■", "■", "■", "■", "", ""],
        ["Recrutement créateurs (validation 2 sem.)", "Chloé", "5 j", "", "", "■", "■", "", "", "", "", "■", "", "", ""],
        ["Opération « Semaine du premier bivouac »", "Chloé", "2 j", "", "", "◆ 16/03", "", "", "", "", "", "◆ 07/09", "", "", ""],
        ["Campagne printemps (Google + Meta + e-mail)", "Chloé / Mathis", "6 j", "", "", "", "■", "■", "", "", "", "", "", "", ""],
        ["Alma + assurance caution dans le panier", "Mathis", "3 j", "", "", "", "■", "", "■", "", "", "", "", "", ""],
        ["Campagne été itinérance", "Chloé", "4 j", "", "", "", "", "", "■", "■", "", "", "", "", ""],
        ["Campagne septembre / Toussaint familles", "Chloé", "5 j", "", "", "", "", "", "", "", "■", "■", "■", "", ""],
        ["Seconde main : Black Friday et Noël", "Sarah", "6 j", "", "", "", "", "", "", "", "", "", "", "■", "■"],
        ["Bilans mensuels en comité du lundi", "Chloé", "0,5 j/mois", "◆", "◆", "◆", "◆", "◆", "◆", "◆", "◆", "◆", "◆", "◆", "◆"]]
AT(plan, [6.8 * cm, 2.4 * cm, 1.7 * cm] + [1.25 * cm] * 12,
   extra=[("ALIGN", (3, 0), (-1, -1), "CENTER")])
AP("■ = période de réalisation ; ◆ = jalon. Charge totale estimée : 53,5 jours pour Chloé sur l'année, soit environ 1,1 jour par semaine, compatible avec le rythme d'alternance (3 jours entreprise / 2 jours école).")
story.append(PageBreak())

AH("Annexe 6 – Captures d'écran (descriptions)")
for c in ["Figure 1 : back-office PrestaShop, module « Produits mis en avant », liste des 8 packs affichés en page d'accueil le 7 avril 2026.",
          "Figure 2 : tableau de bord Crisp, période 1er mars – 28 avril 2026 : 612 conversations, délai de réponse 1 min 50, satisfaction 4,7/5.",
          "Figure 3 : page panier sur mobile avec l'encart « assurance casse : caution réduite à 250 € » ajouté le 15 avril.",
          "Figure 4 : Stripe, paiement test validé sur iPhone 13 avec Apple Pay et empreinte de caution de 400 € (statut « autorisée non capturée »).",
          "Figure 5 : rapport GA4 « Acquisition de trafic » filtré sur les UTM des créateurs, 15 mars – 28 avril.",
          "Figure 6 : statistiques Instagram (Meta Business Suite), portée mensuelle janvier à avril 2026.",
          "Figure 7 : module Alma activé dans PrestaShop, seuil 200 €, formules 3x et 4x."]:
    AP(c)

def deco(c, d):
    c.setAuthor(AUTHOR); c.setTitle("Bivouac & Co - Annexes")
    c.setFont("Helvetica", 7.5)
    c.drawString(1.5 * cm, 0.9 * cm, "Chloé Perrin – Bivouac & Co – Annexes")
    c.drawRightString(landscape(A4)[0] - 1.5 * cm, 0.9 * cm, f"Page {d.page}")

pdf = SimpleDocTemplate(os.path.join(OUT, "annexes.pdf"), pagesize=landscape(A4), invariant=1,
                        leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=1.5 * cm,
                        author=AUTHOR, title="Bivouac & Co - Annexes")
pdf.build(story, onFirstPage=deco, onLaterPages=deco)
print("ok")
