import datetime, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK

def _normalize_zip(path):
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c17-fromagerie-combes")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Justine Vuillemin"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
    s.header.paragraphs[0].text = "Laiterie des Combes – Dossier stratégie webmarketing – Justine Vuillemin"
    s.footer.paragraphs[0].text = "Session 2026 – Chef de projet e-commerce"

def H(t, l=1): doc.add_heading(t, level=l)
def P(t, bold=False):
    p = doc.add_paragraph(); r = p.add_run(t); r.bold = bold; return p
def L(items, style="List Bullet"):
    for i in items: doc.add_paragraph(i, style=style)
def T(rows, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.text = ""
            r = c.paragraphs[0].add_run(str(v)); r.font.size = Pt(9.5)
            if header and i == 0: r.bold = True
    doc.add_paragraph()
    return t
def BR(): doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# Cover
doc.add_paragraph("\n\n")
p = P("LAITERIE DES COMBES", bold=True); p.runs[0].font.size = Pt(26)
P("Fromages du Haut-Doubs et du Jura, affinés à Mouthe depuis 1962")
P("\nDossier professionnel – Bloc 1")
P("Développer la stratégie webmarketing de laiteriedescombes.fr", bold=True)
P("\nJustine Vuillemin – chargée de projet digital (alternance)\nTutrice entreprise : Mme Élise Cuenot, gérante\nMars 2026")
BR()

H("Sommaire", 1)
for s in ["1. Présentation de l'entreprise et du projet", "2. Étude de la clientèle en ligne : persona et parcours d'achat",
          "3. Veille concurrentielle", "4. Diagnostic AFOM et orientations", "5. Proposition de stratégie webmarketing",
          "6. Calendrier de déploiement", "7. Partenariats envisagés", "8. Bilan de l'opération « Mont d'Or de la rentrée »",
          "9. Budget prévisionnel et rentabilité", "Conclusion"]:
    P(s)
BR()

H("1. Présentation de l'entreprise et du projet", 1)
P("La Laiterie des Combes est une fromagerie familiale installée à Mouthe (Doubs), à 940 mètres d'altitude. Elle collecte le lait de onze exploitations du plateau, fabrique du Comté (meules de 40 kg affinées de 6 à 30 mois dans la cave de la Combe-des-Cives), du Morbier, de la tomme et, de septembre à mai, du Mont d'Or AOP en boîte d'épicéa. Elle emploie 14 salariés pour un chiffre d'affaires 2025 de 3,1 M€, dont 61 % réalisés avec la grande distribution régionale, 27 % au magasin de la laiterie et 12 % sur internet.")
P("Le site laiteriedescombes.fr fonctionne sous Shopify depuis 2021. Il a généré 372 000 € de CA en 2025 (4 310 commandes, panier moyen de 86 €). Les expéditions se font en colis isotherme Chronofresh, du mardi au jeudi seulement, pour éviter qu'un colis reste en entrepôt le week-end. Mme Cuenot souhaite porter la part du web à 20 % du CA d'ici fin 2027, sans baisser la marge : la vente directe en ligne rapporte 38 % de marge brute contre 22 % en GMS.")
P("Ma mission en alternance depuis septembre 2025 : analyser la clientèle en ligne et la concurrence, proposer une stratégie webmarketing pour 2026-2027, la planifier et la chiffrer. J'ai également piloté l'opération de rentrée sur le Mont d'Or, dont le bilan figure en partie 8.")

H("1.1 Chiffres clés du site (Shopify + GA4, année 2025)", 2)
T([["Indicateur", "2024", "2025", "Évolution"],
   ["Sessions", "168 400", "193 900", "+15 %"],
   ["Taux de conversion", "2,0 %", "2,2 %", "+0,2 pt"],
   ["Commandes", "3 370", "4 310", "+28 %"],
   ["Panier moyen", "83 €", "86 €", "+4 %"],
   ["CA en ligne TTC", "279 700 €", "372 000 €", "+33 %"],
   ["Part des clients ayant recommandé dans l'année", "24 %", "29 %", "+5 pts"],
   ["Abonnés newsletter (Brevo)", "6 200", "8 950", "+44 %"]])
P("Plus de la moitié des commandes (54 %) arrivent entre le 15 novembre et le 31 décembre. En dehors de cette période, le site vend peu en été : un colis de fromage à 30 °C inquiète, à raison, les clients.")

H("2. Étude de la clientèle en ligne", 1)
H("2.1 Méthode", 2)
P("J'ai croisé trois sources : l'export clients Shopify (4 310 commandes 2025, codes postaux, fréquence), un questionnaire envoyé via Brevo à 8 950 abonnés en novembre 2025 (612 réponses, soit 6,8 %) et huit entretiens téléphoniques de 20 minutes avec des clients ayant commandé au moins trois fois. J'ai aussi lu les 340 avis Google et Avis Vérifiés laissés depuis 2023.")
P("Trois groupes se dégagent : les « Francs-Comtois expatriés » (38 % du CA, clients qui ont grandi dans la région et vivent en Île-de-France, Lyon ou à l'étranger), les « gourmets urbains » (34 %, CSP+ 30-55 ans sans attache jurassienne, qui achètent pour recevoir) et les « offreurs » (28 %, entreprises et particuliers qui achètent des coffrets cadeaux en fin d'année). J'ai construit un persona sur le premier groupe, le plus rentable (panier moyen 104 €, 2,6 commandes par an).")

H("2.2 Persona : Mathieu, le Franc-Comtois exilé", 2)
T([["Rubrique", "Mathieu Bourgeois"],
   ["Profil", "42 ans, ingénieur chez un équipementier à Massy (91), marié, deux enfants. Né à Pontarlier, revient dans le Haut-Doubs deux fois par an."],
   ["Revenus / équipement", "Foyer à 5 800 € nets / mois. Commande surtout depuis son smartphone le soir, paie souvent avec Apple Pay."],
   ["Ce qui le pousse à acheter", "Retrouver le goût de son enfance ; faire découvrir le « vrai » Comté à ses collègues ; organiser une soirée Mont d'Or chaud en hiver ; fierté régionale (il suit la page Facebook de la laiterie)."],
   ["Ce qui le retient", "Frais de port jugés élevés sous 60 € (12,90 €) ; peur que le fromage arrive tiède ; créneaux de livraison incompatibles avec ses horaires ; le Comté 18 mois de Lidl à 19,90 €/kg lui semble « pas si loin »."],
   ["Citation (entretien du 14/11/2025)", "« Je commande pour trois mois et je congèle le râpé. Si la livraison tombe un jour où je suis au bureau, c'est fichu. »"],
   ["Canaux fréquentés", "Facebook (groupe « Les Doubiens de Paris », 11 000 membres), newsletter de la laiterie, Google, YouTube (recettes)."]])

H("2.3 Les étapes de la décision d'achat de Mathieu", 2)
P("J'ai reconstitué le parcours d'achat de ce segment à partir des entretiens et des données GA4 (chemins de conversion, 2025). Il s'étale en moyenne sur 9 jours entre la première visite et la commande.")
T([["Étape", "Ce qui se passe pour Mathieu", "Point de contact", "Ce que la laiterie peut faire"],
   ["1. L'envie naît", "Une photo de Mont d'Or chaud sur Facebook, l'approche de Noël, ou le pot de Comté du frigo qui est vide.", "Facebook, groupe d'expatriés, souvenirs", "Publier au bon moment (premiers froids), rappeler l'ouverture de saison du Mont d'Or le 10 septembre."],
   ["2. Il se renseigne", "Il cherche « comté 24 mois livraison » ou tape directement le nom de la laiterie ; lit les avis ; compare les affinages.", "Google, fiche Google Business, site", "Travailler le référencement sur les requêtes « livraison », mettre en avant les 4,8/5 d'avis."],
   ["3. Il compare", "Il compare prix au kilo et frais de port avec Fromagerie Marcel et les enseignes GMS ; vérifie la date de livraison.", "Site concurrents, Lidl, Amazon", "Afficher le prix au kilo, un simulateur de date de livraison sur la fiche produit."],
   ["4. Il commande", "Il compose un colis de 2,5 kg en moyenne pour franchir le seuil de port réduit, paie par Apple Pay.", "Site mobile, tunnel Shopify", "Barre de progression « plus que 8 € pour le port à 4,90 € », paiement express."],
   ["5. Après l'achat", "Il reçoit le colis Chronofresh, vérifie la température, laisse parfois un avis, partage une photo sur le groupe.", "E-mail de suivi, Avis Vérifiés, Facebook", "E-mail de conseils de conservation à J+1, demande d'avis à J+5, relance « votre Comté est bientôt fini ? » à J+60."]])
P("Pour les gourmets urbains, l'étape 3 est plus longue : ils ne connaissent pas les différences d'affinage et ont besoin de contenus pédagogiques. Pour les offreurs, l'étape décisive est la date limite de commande pour Noël (15 décembre en 2025), qu'il faut afficher dès la page d'accueil.")

H("3. Veille concurrentielle", 1)
P("J'ai observé cinq concurrents entre le 6 et le 20 janvier 2026 : deux fromagers en ligne nationaux, deux producteurs jurassiens vendant en direct et une place de marché. Pour chacun j'ai passé une commande test ou, à défaut, simulé un panier jusqu'à la page de paiement. Les données de trafic sont des estimations Semrush (janvier 2026).")
T([["Critère", "Laiterie des Combes", "Fromagerie Marcel (Paris)", "Fruitière du Grandvaux", "Comtés Rivoire", "Amazon (vendeurs tiers)"],
   ["Positionnement", "Producteur-affineur, AOP, saisonnalité", "Crémier urbain, large gamme 180 fromages", "Coopérative, prix bas", "Affineur premium, vieux Comtés", "Prix, rapidité"],
   ["Comté 18 mois (€/kg)", "27,80", "36,00", "23,50", "31,90", "22 à 34"],
   ["Frais de port / franco", "12,90 € ; 4,90 € dès 60 € ; offert dès 120 €", "14,90 € ; offert dès 90 €", "9,90 € ; offert dès 80 €", "offert dès 150 €", "variable"],
   ["Délai annoncé", "48 h, expédition mar-jeu", "24 h Paris, 48 h France", "72 h", "48 h", "24-72 h"],
   ["Avis clients", "4,8/5 (1 120 avis)", "4,6/5 (3 400)", "4,2/5 (210)", "4,9/5 (480)", "3,9/5 en moyenne"],
   ["Trafic mensuel estimé", "16 000", "95 000", "4 000", "9 500", "–"],
   ["Réseaux sociaux", "FB 14 200 / IG 6 100", "IG 48 000", "FB 3 000", "IG 21 000, YouTube", "–"],
   ["Points forts", "Authenticité, visite de cave, Mont d'Or", "Choix, notoriété, livraison Paris", "Prix", "Storytelling, vidéos d'affinage", "Confiance paiement, vitesse"],
   ["Points faibles", "Peu de contenus, peu de Google Ads", "Pas de lien producteur", "Site daté, pas de mobile", "Prix élevés, gamme courte", "Qualité aléatoire, chaîne du froid"]])
P("Enseignements : nous sommes les seuls à vendre le Mont d'Or directement depuis le lieu de fabrication et à proposer une visite virtuelle de cave, mais nous sommes largement en retrait sur la production de contenus (Rivoire publie deux vidéos par mois) et sur la publicité payante, où Fromagerie Marcel achète les requêtes « comté » et « mont d'or livraison ». Le seuil de port offert à 120 € est le plus élevé du panel après Rivoire : c'est le premier motif d'abandon cité dans le questionnaire (41 % des répondants).")

H("4. Diagnostic AFOM et orientations", 1)
P("Le tableau ci-dessous reprend les éléments internes (atouts, faiblesses) et externes (opportunités, menaces) issus des parties 2 et 3.")
t = T([["ATOUTS\n• AOP Comté, Morbier, Mont d'Or fabriqués sur place\n• Note client 4,8/5, fidélité forte des expatriés (2,6 cdes/an)\n• Marge web 38 % contre 22 % en GMS\n• Base Brevo de 8 950 contacts qualifiés\n• Cave d'affinage visitable (3 200 visiteurs/an)",
        "FAIBLESSES\n• 54 % du CA web concentré sur 6 semaines\n• Franco de port élevé (120 €)\n• Très peu de contenus (3 articles de blog en 2025)\n• Aucune campagne Google Ads structurée\n• Une seule personne (moi) sur le web à mi-temps"],
       ["OPPORTUNITÉS\n• Hausse des recherches « mont d'or » (+22 % sur Google Trends 2023-2025)\n• Succès des box gourmandes et des cadeaux d'entreprise\n• Clientèle expatriée en Suisse et Belgique mal servie\n• Intérêt des consommateurs pour le « circuit court »",
        "MENACES\n• Comté en promotion en GMS (19,90 €/kg chez Lidl)\n• Hausse des tarifs Chronofresh (+7 % au 1er janvier 2026)\n• Épisodes de chaleur qui bloquent les envois de juin à août\n• Concurrents mieux équipés en contenus vidéo"]],
      header=False)
P("Lecture croisée et décisions retenues", bold=True)
T([["Croisement", "Décision", "Priorité"],
   ["Atouts × Opportunités", "Faire du Mont d'Or la locomotive de l'automne : précommandes dès fin août, contenu « soirée Mont d'Or chaud ».", "1"],
   ["Faiblesses × Opportunités", "Lancer un coffret cadeau d'entreprise pour lisser la saison et augmenter le panier (objectif 150 €).", "2"],
   ["Atouts × Menaces", "Justifier l'écart de prix face à la GMS par la preuve : vidéos de cave, âge exact de chaque meule, nom du producteur de lait.", "1"],
   ["Faiblesses × Menaces", "Abaisser le franco à 90 € et renégocier Chronofresh sur le volume ; suspendre les envois au-dessus de 28 °C annoncés.", "2"]])
P("Ce diagnostic m'a servi à arbitrer avec Mme Cuenot : nous ne cherchons pas à concurrencer la GMS sur le prix mais à convaincre les deux premiers segments de payer pour l'origine et la fraîcheur.")

H("5. Proposition de stratégie webmarketing 2026-2027", 1)
H("5.1 Objectifs", 2)
T([["Objectif", "Indicateur", "Valeur 2025", "Cible fin 2026", "Cible fin 2027"],
   ["Développer le CA en ligne", "CA TTC web", "372 000 €", "450 000 €", "620 000 €"],
   ["Désaisonnaliser", "Part du CA hors 15/11-31/12", "46 %", "52 %", "58 %"],
   ["Augmenter le panier", "Panier moyen", "86 €", "92 €", "98 €"],
   ["Fidéliser", "Taux de réachat à 12 mois", "29 %", "33 %", "36 %"],
   ["Gagner en visibilité", "Sessions issues du naturel", "71 000", "90 000", "115 000"]])
H("5.2 Cibles prioritaires", 2)
P("Cible principale : les Francs-Comtois expatriés (persona Mathieu), déjà acquis mais sous-exploités hors Noël ; nous visons un réachat régulier. Cible secondaire : les gourmets urbains des grandes métropoles (Paris, Lyon, Lille, Bruxelles), à conquérir par le contenu et le SEA. Cible d'appoint : les comités d'entreprise et TPE pour les coffrets cadeaux de fin d'année, approchés en B2B par e-mail et LinkedIn. Nous écartons volontairement les chasseurs de prix, que la GMS sert mieux que nous.")
H("5.3 Leviers retenus et ordre de mise en œuvre", 2)
T([["Ordre", "Levier", "Pourquoi", "Pour quelle cible"],
   ["1", "E-mailing / automatisations Brevo", "Base existante, coût faible, effet immédiat sur le réachat", "Expatriés"],
   ["2", "Référencement naturel (contenus + fiches)", "Effet durable, rattrape notre retard de contenus ; requêtes « mont d'or », « comté 24 mois »", "Gourmets, expatriés"],
   ["3", "Réseaux sociaux (Facebook, Instagram, Reels)", "Communauté déjà présente, vidéos de cave peu coûteuses", "Expatriés, gourmets"],
   ["4", "Référencement payant Google Ads (Search + Shopping)", "Capter la demande saisonnière de sept. à déc. ; à lancer quand les fiches produits seront retravaillées", "Gourmets"],
   ["5", "Affiliation / partenariats de contenus", "Blogs culinaires et box gourmandes, rémunérés à la commission (8 %)", "Gourmets, offreurs"],
   ["6", "E-publicité display", "Non retenu en 2026 : budget trop dispersé pour une PME, à réévaluer en 2027", "–"]])
P("L'ordre suit une logique simple : d'abord exploiter ce que nous possédons (base e-mail, communauté), puis construire la visibilité durable, et seulement ensuite acheter du trafic, une fois le site capable de le convertir.")

H("6. Calendrier de déploiement", 1)
H("6.1 Choix des périodes", 2)
P("L'activité de la laiterie impose son rythme : le Mont d'Or n'est fabriqué que du 15 août au 15 mars et vendu du 10 septembre au 10 mai ; les envois sont fragiles de juin à août ; Noël représente plus de la moitié du CA web. J'ai donc placé les chantiers de fond (refonte des fiches, contenus SEO, tournage des vidéos) au printemps et en été, lorsque la charge de commandes est faible, et concentré les actions de vente sur trois temps forts : ouverture du Mont d'Or (septembre), fêtes de fin d'année (novembre-décembre) et Pâques/fête des pères (avril-juin) pour le Comté vieux. Les coffrets d'entreprise se vendent en octobre, au moment où les CSE bouclent leurs commandes.")
H("6.2 Planning 2026", 2)
T([["Action", "Responsable", "Durée estimée", "Début", "Fin", "Jalon"],
   ["Paramétrage des scénarios Brevo (bienvenue, J+60, anniversaire)", "Justine", "8 jours", "02/03", "13/03", "Scénarios actifs"],
   ["Réécriture des 42 fiches produits", "Justine + Élise (validation)", "15 jours", "16/03", "17/04", "Fiches en ligne"],
   ["Tournage de 6 vidéos en cave (prestataire Studio Drugeon)", "Studio Drugeon", "3 jours + 10 j montage", "11/05", "29/05", "Vidéos livrées"],
   ["Rédaction de 12 articles de blog", "Justine", "2 j/article", "04/05", "31/07", "1 article/semaine"],
   ["Baisse du franco à 90 € + nouvelle grille Chronofresh", "Élise", "5 jours", "01/06", "05/06", "Grille signée"],
   ["Précommandes Mont d'Or", "Justine", "3 semaines", "24/08", "10/09", "Ouverture saison"],
   ["Campagne Google Ads Search + Shopping", "Justine (agence en appui)", "15 semaines", "07/09", "20/12", "Bilan mensuel"],
   ["Prospection coffrets CSE", "Thomas (commercial)", "5 semaines", "21/09", "23/10", "40 devis envoyés"],
   ["Temps fort Noël (e-mails, Reels, bandeau date limite)", "Justine", "6 semaines", "09/11", "18/12", "Date limite 15/12"],
   ["Bilan annuel et ajustements 2027", "Justine + Élise", "5 jours", "11/01/27", "15/01/27", "Présentation direction"]])
P("Les durées viennent de mes temps réels : une fiche produit me prend environ 2 h 30 avec les photos ; un article de 1 000 mots, une journée de rédaction et une demi-journée de relecture et d'intégration. J'ai gardé une marge de deux semaines avant chaque temps fort. Le diagramme de Gantt complet est tenu dans Notion et partagé avec l'équipe.")

H("7. Partenariats envisagés", 1)
P("J'ai recherché des entreprises qui s'adressent aux mêmes clients que nous, sans vendre la même chose, et dont l'usage est compatible avec un fromage : un produit qui se partage à table, s'offre, ou se consomme pendant un séjour dans le massif.")
T([["Partenaire pressenti", "Secteur", "Clientèle commune", "Usage compatible", "Cohérence avec notre image", "Action proposée"],
   ["Domaine Berthet-Bondet (Château-Chalon)", "Vins du Jura", "Gourmets CSP+, amateurs de terroir", "Accord Comté / vin jaune", "Forte : AOP, famille, savoir-faire", "Coffret co-marqué « Comté 24 mois & vin jaune »"],
   ["Maison Klein, salaisons de Morteau", "Charcuterie IGP", "Expatriés, familles", "Repas Mont d'Or chaud + saucisse", "Forte : même territoire", "Colis commun, livraison unique"],
   ["Gîtes de France Doubs", "Tourisme", "Vacanciers du Haut-Doubs", "Panier d'accueil au gîte", "Bonne : authenticité, nature", "Code promo dans le livret d'accueil"],
   ["La Box du Terroir (Lyon)", "Box gourmandes", "Offreurs, gourmets", "Cadeau", "Moyenne : positionnement plus « gadget »", "Test sur 1 box, avec contrôle du discours"],
   ["Station de Métabief", "Loisirs montagne", "Familles, skieurs", "Après-ski, raclette", "Bonne", "Jeu concours commun en février"]])
P("J'ai écarté une proposition de partenariat avec une chaîne de restauration rapide « burger au Comté » : forte audience, mais image incompatible avec un produit AOP vendu 28 €/kg et risque de brouiller notre message auprès des gourmets.")

H("8. Bilan de l'opération « Mont d'Or de la rentrée » (septembre 2025)", 1)
P("Action menée : précommande du Mont d'Or ouverte du 1er au 10 septembre 2025 avec livraison garantie la semaine d'ouverture de la saison, e-mail à toute la base (3 envois), 4 publications Facebook/Instagram et un code MONTDOR25 (-10 % dès 2 boîtes). Budget : 620 € (sponsorisation Meta 450 €, création visuels 170 €).")
T([["Indicateur", "Sept. 2024 (sans opération)", "Sept. 2025 (avec opération)", "Écart"],
   ["Sessions du mois", "9 800", "14 300", "+46 %"],
   ["Commandes", "182", "311", "+71 %"],
   ["Boîtes de Mont d'Or vendues", "240", "655", "+173 %"],
   ["Panier moyen", "71 €", "78 €", "+10 %"],
   ["CA du mois", "12 900 €", "24 260 €", "+88 %"],
   ["Nouveaux clients", "64", "97", "+52 %"],
   ["Taux d'ouverture e-mails", "–", "41 % / 36 % / 29 %", "–"]])
P("Analyse pour la direction : la hausse est nette mais il faut la relativiser. Une partie des ventes a été avancée : octobre 2025 a fait 3 % de moins qu'octobre 2024 sur le Mont d'Or. Si l'on retranche cet effet, le gain net est d'environ 9 500 € de CA, soit environ 3 600 € de marge brute pour 620 € dépensés et 1 400 € de remise accordée. L'opération est rentable et sera reconduite, mais la remise de 10 % n'était sans doute pas nécessaire pour les clients fidèles : 68 % des commandes avec code venaient de clients ayant déjà acheté du Mont d'Or. En 2026 je propose de remplacer la remise par une livraison garantie avant le premier week-end de saison, ce que les entretiens montrent comme plus motivant.")

H("9. Budget prévisionnel et rentabilité", 1)
H("9.1 Budget par levier (année 2026)", 2)
T([["Levier", "Postes de dépense", "Dépense prévue", "CA attendu", "Marge brute attendue (38 %)", "ROI attendu"],
   ["E-mailing", "Abonnement Brevo Business (12 × 65 €), templates", "1 100 €", "58 000 €", "22 040 €", "+1 904 %"],
   ["SEO / contenus", "Vidéos Studio Drugeon 3 400 €, Semrush 12 × 130 €, rédaction externe 4 articles 600 €", "5 560 €", "24 000 €", "9 120 €", "+64 %"],
   ["Réseaux sociaux", "Sponsorisation Meta 2 400 €, Canva Pro 120 €", "2 520 €", "15 000 €", "5 700 €", "+126 %"],
   ["Google Ads", "Enchères 6 000 €, frais agence 1 200 €", "7 200 €", "30 000 €", "11 400 €", "+58 %"],
   ["Affiliation / partenariats", "Commissions 8 % + échantillons", "2 400 €", "12 000 €", "4 560 €", "+90 %"],
   ["Total", "", "18 780 €", "139 000 €", "52 820 €", "+181 %"]])
P("Recettes : le CA attendu par levier est estimé à partir de l'attribution GA4 2025 (modèle basé sur les données) et des objectifs de la partie 5. Formule utilisée : ROI = (marge brute générée – dépense) / dépense. Le chiffre retenu pour l'e-mailing est flatteur car il mesure surtout des clients déjà acquis ; je le présente séparément à la direction pour ne pas masquer le ROI plus modeste des leviers d'acquisition.")
H("9.2 Suivi et écarts", 2)
P("Le suivi budgétaire est fait chaque mois dans un tableau Google Sheets alimenté par les exports Shopify, Google Ads et Meta. Sur le premier trimestre 2026, les dépenses réelles sont de 3 240 € pour 2 950 € prévus (+10 %), à cause d'un abonnement Semrush pris en formule annuelle. Si l'écart sur un levier dépasse 15 % deux mois de suite, je propose de :")
L(["réduire ou suspendre les enchères Google Ads sur les mots-clés dont le coût par commande dépasse 18 € ;",
   "basculer le budget Meta non consommé vers l'e-mailing, dont le rendement est le plus sûr ;",
   "repousser la rédaction externalisée des articles au trimestre suivant plutôt que de couper les vidéos, plus différenciantes."])
P("Je n'ai pas encore de recul sur le budget réel de fin d'année, la campagne Google Ads démarrant en septembre.")

H("Conclusion", 1)
P("La Laiterie des Combes n'a pas besoin de plus de trafic à tout prix : elle a besoin de faire revenir plus souvent des clients qui l'aiment déjà, et de prouver sa différence aux gourmets qui ne la connaissent pas. La stratégie proposée s'appuie sur la saison du Mont d'Or, la base e-mail et des contenus tournés en cave, avant d'investir dans la publicité payante. Les premiers résultats de septembre 2025 montrent que la clientèle répond à une offre bien placée dans le calendrier.")

dt = datetime.datetime(2026, 3, 20, 9, 0, 0)
cp = doc.core_properties; cp.author = AUTHOR; cp.created = dt; cp.modified = dt; cp.last_modified_by = AUTHOR
cp.title = "Dossier Bloc 1 - Laiterie des Combes"
doc.save(os.path.join(OUT, "dossier.docx"))
_normalize_zip(os.path.join(OUT, "dossier.docx"))
print("ok")
