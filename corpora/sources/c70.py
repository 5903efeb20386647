# Générateur du dossier de la candidate c70 (Auto-école Ligérienne) : un DOCX, titres en paragraphes gras.
import datetime, os, zipfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c70-auto-ecole-angers")
FILE = os.path.join(OUT, "auto-ecole-ligerienne-dossier.docx")
AUTHOR = "Chloé Marchand"
FIXED = datetime.datetime(2026, 6, 12, 18, 0, 0)


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2026, 6, 12, 18, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def add_field(paragraph, instr):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == "1":
            el = OxmlElement("w:t")
            el.text = "1"
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


# --------------------------------------------------------------------------------------------
# Contenu. Chaque élément : ("h1", texte) titre gras, ("h2", texte) sous-titre gras,
# ("h2u", texte) gras souligné, ("p", texte), ("t", titre_tableau, lignes, largeurs),
# ("chat", [(qui, message)]), ("num", [étapes], index_saut_de_page), ("pb",)
# --------------------------------------------------------------------------------------------
CONTENT = [
    ("h1", "1. Présentation de l'auto-école et de ma mission"),
    ("h2", "1.1 L'entreprise"),
    ("p", "La SARL Auto-école Ligérienne, dirigée par Frédéric Ménard, a trois agences : Angers centre, Avrillé et Trélazé (ouverte en août 2025). "
          "Nous sommes 14 : 9 moniteurs, 2 secrétaires-conseillères, le gérant, une responsable pédagogique (Patricia) et moi en alternance. En 2025, "
          "l'auto-école a formé 1 160 élèves pour un chiffre d'affaires de 1,12 M€ HT."),
    ("p", "Depuis 2021, les forfaits sont vendus aussi sur le site (WordPress + WooCommerce). En 2025, 38 % des forfaits ont été achetés en ligne. "
          "Le module « AgendaConduite » sert à réserver l'évaluation de départ et le code se passe sur la plateforme "
          "partenaire « CodeNet Pro ». Nos forfaits principaux sont : Code seul à 29 €, Permis B 20 h à 1 290 €, Permis B boîte auto 13 h à 990 €, Conduite "
          "accompagnée à 1 450 €, et l'heure supplémentaire à 52 €. Notre taux de réussite à la première présentation est de 68 %, alors que la moyenne du "
          "Maine-et-Loire est de 59 %. Nos concurrents principaux sont ECA Angers (90 € moins cher sur le forfait 20 h) et Permis Express 49 (stages accélérés)."),
    ("h2", "1.2 Ma mission"),
    ("p", "Je suis en Bachelor chef de projet digital et en alternance depuis septembre 2025, avec Frédéric Ménard comme tuteur. Ma mission : développer "
          "les ventes en ligne et aider à moderniser l'organisation, notamment en remplaçant le planning papier des moniteurs par un outil en ligne."),

    ("h1", "2. La campagne « Rentrée étudiante 2025 »"),
    ("h2", "2.1 Les objectifs"),
    ("p", "L'ouverture de Trélazé en août 2025 (un local, deux voitures, deux moniteurs : Mathis et Élise) est le gros projet de l'année. "
          "Pour qu'elle soit rentable, il faut environ 35 nouveaux élèves par mois. L'objectif de la campagne "
          "était donc de remplir Trélazé dès la rentrée : 120 inscriptions à Trélazé entre septembre et novembre 2025, dont 40 % en ligne (soit 48 forfaits "
          "achetés sur le site). Un objectif secondaire était de faire connaître la nouvelle agence : 50 avis Google sur la fiche de Trélazé avant fin décembre."),
    ("h2", "2.2 La cible et les vecteurs de communication"),
    ("p", "Deux cibles : les étudiants de 18 à 22 ans (campus Saint-Serge, Trélazé) qui veulent le permis pour un job ou un stage, "
          "et les parents de jeunes de 17 ans, puisque le permis B est possible à 17 ans depuis 2024 : ce sont eux qui paient et comparent. Les vecteurs retenus sont Instagram et TikTok (vidéos et stories) pour les jeunes, un e-mail Brevo envoyé aux parents de nos "
          "anciens élèves et aux contacts de la conduite accompagnée, des flyers distribués dans 4 lycées d'Angers et de Trélazé, et des posts sur la fiche "
          "Google Business de l'agence de Trélazé."),
    ("h2", "2.3 L'articulation objectifs, cibles et vecteurs"),
    ("t", "Tableau 1 – Articulation de la campagne « Rentrée étudiante 2025 »",
     [["Objectif", "Cible", "Vecteur", "Message principal", "Indicateur suivi"],
      ["72 inscriptions en agence à Trélazé", "Parents d'enfants de 17 ans", "E-mail Brevo + flyers lycées", "« Le permis dès 17 ans, à 5 minutes du lycée »", "Inscriptions en agence, code FLY17"],
      ["48 forfaits vendus en ligne", "Étudiants 18–22 ans", "TikTok, Instagram (reels + stories)", "« 68 % de réussite du premier coup, paiement en 4x »", "Ventes WooCommerce avec UTM"],
      ["Faire connaître l'agence", "Habitants de Trélazé", "Posts Google Business + flyers", "« Nouvelle agence, rue Jean-Jaurès, ouverte le samedi »", "Vues de la fiche, appels"],
      ["50 avis Google à Trélazé", "Élèves reçus", "SMS après l'examen", "« Vous l'avez ! Racontez-le »", "Nombre d'avis"]],
     [3.2, 2.8, 3.2, 4.3, 3.0]),
    ("p", "Ce tableau nous a servi à vérifier que chaque action répond à un objectif et parle à la bonne personne : le paiement en 4 fois est mis en avant "
          "sur TikTok car c'est le frein des étudiants, alors que pour les parents on parle de proximité et de taux de réussite plutôt que de prix (ECA est moins cher). Bilan de la campagne : 112 inscriptions à "
          "Trélazé de septembre à novembre (93 % de l'objectif), dont 44 % en ligne."),
    ("h2", "2.4 Les partenaires relais"),
    ("p", "Pour diffuser la campagne, nous nous sommes appuyés sur plusieurs partenaires :"),
    ("t", "Tableau 2 – Partenaires de la campagne",
     [["Partenaire", "Type", "Ce qui a été fait"],
      ["Lycée Jean-Moulin (Angers)", "Lycée", "Flyers au CDI, info dans l'ENT"],
      ["Lycée professionnel de Trélazé", "Lycée", "Flyers, affiche en vie scolaire"],
      ["BDE de la faculté de droit-éco (campus Saint-Serge)", "Association étudiante", "Code promo BDE49 (-40 €), post sur leur Instagram"],
      ["Mission locale angevine", "Insertion des jeunes", "Réunion d'information mensuelle, orientation des jeunes vers nos forfaits"],
      ["Crédit Ligérien", "Banque", "Prêt permis à 1 € par jour"],
      ["Banque de l'Anjou", "Banque", "Prêt permis à 1 € par jour"],
      ["Point info du CROUS", "Vie étudiante", "Dépliants à l'accueil"]],
     [5.5, 3.5, 7.5]),
    ("p", "Le BDE a été choisi parce qu'il touche directement notre cible étudiante : il compte 2 300 adhérents, sa page Instagram est très suivie, et le campus "
          "Saint-Serge est à 10 minutes en tram de l'agence d'Angers centre et à 15 minutes en bus de Trélazé. Les étudiants font plus confiance à une offre "
          "relayée par leur BDE qu'à une publicité. La Mission locale était aussi un choix logique : elle accompagne les jeunes de 16 à 25 ans vers l'emploi, "
          "et le permis est souvent la condition pour décrocher un travail ou une alternance. Elle connaît les aides et peut orienter des jeunes qui n'auraient "
          "pas poussé la porte d'une auto-école, notamment à Trélazé."),
    ("h2", "2.5 Les résultats des partenaires"),
    ("p", "Le code BDE49 a été utilisé 37 fois entre le 8 septembre et le 30 novembre, ce qui fait 37 inscriptions (dont 29 en ligne). Pour les autres partenaires "
          "(lycées, Mission locale, banques, CROUS), les résultats sont à suivre : nous n'avions pas prévu de code ou de question « comment nous avez-vous connus ? » "
          "au moment de l'inscription, ce sera fait pour la rentrée 2026."),

    ("h1", "3. Vendre en ligne : chat, réseaux sociaux, site et paiement"),
    ("h2", "3.1 Le chat en ligne"),
    ("p", "Depuis septembre, le site a un chat tawk.to (gratuit) en bas à droite de toutes les pages, relié à WhatsApp Business pour que les élèves puissent "
          "continuer la conversation sur leur téléphone. C'est Nadia Chaouch, secrétaire-conseillère, qui répond du lundi au samedi de 9 h à 19 h ; en dehors, "
          "un formulaire prend le message. J'ai paramétré un message automatique sur la page des forfaits après 30 secondes "
          "et 15 raccourcis pour les questions fréquentes (prix, financement, documents). Voici deux conversations enregistrées."),
    ("h2u", "Conversation 1 – 23 septembre 2025, 20 h 41 – vente réalisée"),
    ("chat", [("Visiteur", "Bonjour, le permis 20 h c'est bien 1 290 € ? On peut payer en plusieurs fois ?"),
              ("Nadia", "Bonsoir ! Oui, 1 290 € avec le code en ligne inclus. Vous pouvez payer en 3 ou 4 fois sans frais avec Alma directement sur le site."),
              ("Visiteur", "Ok et je suis étudiant à Saint-Serge, il y a une réduc ?"),
              ("Nadia", "Oui, avec le code BDE49 vous avez 40 € de remise. Vous préférez l'agence d'Angers centre ou de Trélazé ?"),
              ("Visiteur", "Trélazé c'est mieux pour moi"),
              ("Nadia", "Parfait, choisissez Trélazé dans le panier, vous pourrez ensuite réserver votre évaluation de départ en ligne."),
              ("Visiteur", "C'est bon j'ai payé en 4 fois !"),
              ("Nadia", "Super, bienvenue ! Vous allez recevoir vos accès CodeNet Pro par mail.")]),
    ("p", "Commentaire : deux réponses rapides (paiement, prix étudiant) puis une question fermée sur l'agence ont amené l'élève au panier : "
          "Permis B 20 h payé en 4 fois avec Alma."),
    ("h2u", "Conversation 2 – 2 octobre 2025, 12 h 15 – vente non réalisée"),
    ("chat", [("Visiteuse", "Bonjour, je compare pour mon fils qui a 17 ans. Chez ECA c'est 1 199 € le forfait 20 h, pourquoi vous êtes plus cher ?"),
              ("Nadia", "Bonjour ! Notre forfait comprend le code en ligne et l'évaluation, et notre taux de réussite au premier passage est de 68 %."),
              ("Visiteuse", "Oui mais 90 € de différence c'est beaucoup."),
              ("Nadia", "Je comprends. Vous pouvez aussi payer en 4 fois, ou utiliser le permis à 1 € par jour avec nos banques partenaires."),
              ("Visiteuse", "Je vais réfléchir, merci."),
              ("Nadia", "Avec plaisir, n'hésitez pas à revenir vers nous.")]),
    ("p", "Commentaire : la maman comparait le prix ; Nadia n'a proposé ni rendez-vous ni rappel. Le fils s'est inscrit chez ECA Angers."),
    ("t", "Tableau 3 – Statistiques du chat (tawk.to + WhatsApp Business)",
     [["Indicateur", "Sept. 2025", "Oct. 2025", "Nov. 2025", "Déc. 2025", "Moyenne"],
      ["Conversations par mois", "162", "205", "188", "165", "180"],
      ["dont WhatsApp", "41", "58", "55", "49", "51"],
      ["Délai moyen de première réponse", "7 min", "5 min", "6 min", "6 min", "6 min"],
      ["Conversations menant à un rendez-vous ou une inscription", "20 %", "24 %", "23 %", "21 %", "22 %"]],
     [6.0, 2.1, 2.1, 2.1, 2.1, 2.1]),
    ("h2", "3.2 Les réseaux sociaux"),
    ("p", "Nous avons trois techniques principales. La première, c'est la série TikTok « l'erreur du jour » : Hugo, un de nos moniteurs, filme en 30 secondes une "
          "erreur fréquente (priorité à droite, rond-point, angle mort) avec un call-to-action vers le site en fin de vidéo. Il en a tourné 46 depuis septembre. La deuxième, c'est la demande d'avis après chaque réussite : un SMS part le soir de l'examen avec le lien vers la "
          "fiche Google de l'agence. La troisième, ce sont les stories avec notre taux de réussite (68 %) et la photo des élèves reçus, avec leur accord. "
          "Les mêmes vidéos sont reprises en reels sur Instagram."),
    ("t", "Tableau 4 – Évolution de la notoriété",
     [["Indicateur", "Août 2025", "Mars 2026", "Évolution"],
      ["Abonnés TikTok", "1 240", "3 900", "+215 %"],
      ["Vues moyennes par vidéo TikTok", "900", "5 600", "x 6"],
      ["Note Google (3 agences)", "4,6 / 5", "4,8 / 5", "+0,2"],
      ["Nombre d'avis Google", "184", "312", "+128"]],
     [6.5, 3.2, 3.2, 3.2]),
    ("p", "Les abonnés TikTok ont été multipliés par plus de trois grâce aux vidéos d'Hugo : les élèves se reconnaissent dans les erreurs et les partagent "
          "à leurs amis. Sur Google, la note passe de 4,6 à 4,8 avec 128 avis de plus grâce au SMS après l'examen ; Trélazé a reçu 57 avis (objectif 50 atteint). "
          "Nous répondons à tous les avis sous 48 h, même négatifs, ce qui fait vivre la communauté."),
    ("h2", "3.3 La mise en avant des forfaits sur WooCommerce"),
    ("p", "Le forfait Permis B 20 h est passé en « produit mis en avant » "
          "dans WooCommerce, il apparaît donc en premier sur la page d'accueil. J'ai créé un upsell « pack code + 20 h » "
          "sur la fiche du Code seul : l'élève qui regarde le code à 29 € voit la proposition du forfait complet. J'ai ajouté une bannière « Rentrée : -40 € pour "
          "les étudiants » et un badge « le plus choisi » sur le forfait 20 h (extension de badges gratuite)."),
    ("p", "Les endroits du site où la mise en avant est la plus utile pour nous sont :"),
    ("p", "– la page d'accueil, avec le bloc des trois forfaits et la bannière de campagne ;"),
    ("p", "– la page « Nos forfaits », où le forfait 20 h est au centre avec le badge ;"),
    ("p", "– le panier, où l'on propose 5 heures supplémentaires à prix réduit (cross-sell) ;"),
    ("p", "– la page du code, où l'upsell vers le pack code + 20 h est affiché sous le bouton d'achat."),
    ("h2", "3.4 Le paiement en ligne"),
    ("p", "Le paiement se fait avec Stripe (carte bancaire, Apple Pay et Google Pay) et avec Alma pour le paiement en 3 ou 4 fois. Tests faits avant la campagne avec les cartes "
          "de test Stripe puis un vrai achat de Code seul remboursé."),
    ("t", "Tableau 5 – Tests de paiement (15 septembre 2025)",
     [["Appareil", "Navigateur", "Carte (Stripe)", "Apple Pay / Google Pay", "Alma 4x", "Remarque"],
      ["Smartphone iPhone 13", "Safari", "OK", "Apple Pay OK", "OK", "Bouton Alma trop bas, remonté"],
      ["Smartphone Samsung A52", "Chrome", "OK", "Google Pay OK", "OK", "—"],
      ["Tablette iPad", "Safari", "OK", "Apple Pay OK", "OK", "—"],
      ["Ordinateur Windows", "Chrome et Firefox", "OK", "Google Pay OK (Chrome)", "OK", "—"],
      ],
     [3.3, 2.5, 2.2, 3.2, 1.7, 3.6]),
    ("p", "Pour mettre en confiance, les paiements par carte passent par la double authentification 3D Secure, le cadenas et les logos des moyens de paiement sont "
          "affichés au panier, le numéro d'agrément préfectoral de l'auto-école est écrit en bas de chaque page et un widget d'avis Google (4,8/5) est placé sur "
          "la page des forfaits."),
    ("h2", "3.5 Les offres de financement"),
    ("p", "Le prix est le premier frein. Voici les offres possibles, pour l'élève et pour l'auto-école."),
    ("t", "Tableau 6 – Offres de financement",
     [["Offre", "Pour l'élève", "Pour l'auto-école", "Notre choix"],
      ["Permis à 1 € par jour (Crédit Ligérien, Banque de l'Anjou)", "Prêt sans intérêt de 600 à 1 200 € pour les 15–25 ans, remboursé 30 € par mois", "La banque nous paie directement ; convention à signer, environ 30 min de dossier", "Proposé sur la page forfaits"],
      ["CPF (compte personnel de formation)", "0 € à payer pour les salariés et apprentis qui ont des droits", "Nous sommes certifiés Qualiopi ; paiement sous 30 à 60 jours", "Proposé en agence et sur le site"],
      ["Alma 3x / 4x", "Paiement étalé sans frais, réponse immédiate en ligne", "Payée tout de suite ; frais d'environ 3,5 % (45 € sur un forfait 20 h)", "Activé sur le site"],
      ["Aide de 500 € pour les apprentis", "500 € pour les apprentis de 18 ans et plus", "Pas de coût, mais il faut fournir une attestation d'inscription", "Expliquée par Nadia"]],
     [3.8, 4.5, 4.8, 3.2]),
    ("p", "Pour l'élève, le permis à 1 € par jour et le CPF sont les plus intéressants car ils ne coûtent rien en plus ; Alma est le plus simple car tout se fait "
          "en ligne en deux minutes. Pour l'auto-école, Alma coûte des frais mais nous sommes payés tout de suite et 31 % des forfaits 20 h vendus en ligne "
          "pendant la campagne ont utilisé le 3x ou 4x. Le CPF est intéressant en volume mais le délai de paiement pèse sur la trésorerie."),
    ("h2", "3.6 Fidéliser des clients qui n'achètent qu'une fois"),
    ("p", "Le permis s'achète une seule fois, une carte à points n'aurait pas de sens. Nous avons choisi le parrainage : 50 € de réduction pour chaque ami inscrit, versés au parrain après "
          "l'inscription du filleul. Beaucoup d'élèves s'inscrivent sur conseil d'un ami : c'est notre vraie façon de « faire revenir » un client. Nous avons ajouté une remise fratrie de 5 % : quand un frère ou une sœur a eu son permis chez nous, la famille revient souvent deux ou "
          "trois ans plus tard. Enfin, un élève reçu peut revenir pour le permis moto ou la remorque (BE) : nous lui envoyons un mail Brevo un an après son permis. "
          "Depuis octobre, 42 inscriptions sont venues d'un parrainage."),

    ("h1", "4. Le projet d'outil de réservation et le cadre juridique"),
    ("h2", "4.1 Le cahier des charges"),
    ("p", "Aujourd'hui, chaque agence a un planning papier : les élèves appellent, les secrétaires "
          "recopient, avec des doublons et des trous. Frédéric m'a demandé de rédiger le cahier des charges d'un outil "
          "de réservation en ligne. Le plan du document est le suivant :"),
    ("p", "1. Contexte et présentation de l'auto-école – 2. Objectifs du projet – 3. Périmètre (3 agences, 9 moniteurs, 11 véhicules) – 4. Utilisateurs "
          "(élèves, moniteurs, secrétaires, gérant) – 5. Fonctionnalités attendues – 6. Contraintes – 7. Budget et délais – 8. Critères de choix du prestataire "
          "– 9. Déploiement, formation et maintenance."),
    ("p", "Les directives de la direction sont reprises telles quelles dans la partie 7 : « le budget ne doit pas dépasser 9 000 € TTC la première année, "
          "abonnement compris », « l'outil doit être en service avant le 1er septembre 2026 pour la rentrée » et « on garde CodeNet Pro pour le code, les élèves "
          "y sont habitués »."),
    ("p", "Objectifs généraux :"),
    ("p", "– moderniser l'organisation des trois agences ;"),
    ("p", "– améliorer le service rendu aux élèves ;"),
    ("p", "– simplifier la vie des moniteurs."),
    ("p", "Objectifs spécifiques :"),
    ("p", "– permettre aux élèves de réserver et d'annuler leurs leçons en ligne 24 h/24 ;"),
    ("p", "– réduire de moitié les appels liés au planning (environ 60 par jour aujourd'hui) ;"),
    ("p", "– ramener les annulations tardives de 9 % à 5 % des leçons grâce aux rappels automatiques ;"),
    ("p", "– donner au gérant une vue du taux de remplissage de chaque moniteur chaque semaine."),
    ("p", "Les contraintes sont : l'accès sur smartphone pour les moniteurs dans la voiture, l'hébergement des données en Europe, et la connexion avec "
          "CodeNet Pro par API pour que la progression au code remonte dans la fiche élève."),
    ("h2", "4.2 La comparaison des solutions"),
    ("p", "J'ai comparé trois solutions avec des critères pondérés, validés avec Frédéric et Patricia. Chaque solution est notée sur 5 après une démonstration."),
    ("t", "Tableau 7 – Comparaison pondérée des outils de réservation",
     [["Critère", "Poids", "AgendaConduite (version complète)", "PlaniDrive", "ÉcoleConnect"],
      ["Coût sur 1 an (max 9 000 €)", "25 %", "4 (6 200 €)", "3 (7 900 €)", "5 (4 800 €)"],
      ["Application mobile pour les moniteurs", "20 %", "4", "5", "2"],
      ["Réservation et annulation en ligne par l'élève", "20 %", "5", "4", "4"],
      ["Connexion avec CodeNet Pro", "15 %", "5 (API existante)", "2 (export CSV)", "3 (en projet)"],
      ["Support en français, basé en France", "10 %", "5", "4", "3"],
      ["Prise en main (test avec 2 moniteurs)", "10 %", "4", "4", "3"],
      ["Note pondérée / 5", "100 %", "4,45", "3,65", "3,50"]],
     [5.2, 1.6, 3.8, 2.8, 2.8]),
    ("p", "AgendaConduite arrive en tête : déjà utilisé sur le site, connecté à CodeNet Pro et dans le budget. PlaniDrive a la meilleure "
          "application moniteur mais seulement un export vers CodeNet Pro ; ÉcoleConnect est la moins chère mais pas prête. Frédéric a validé AgendaConduite en mars 2026, le déploiement est prévu en juillet."),
    ("h2", "4.3 Les mentions légales"),
    ("p", "J'ai vérifié les mentions légales du site en février. Elles sont accessibles depuis le pied de page de toutes les pages et indiquent : la raison "
          "sociale (SARL Auto-école Ligérienne, capital de 20 000 €), l'adresse du siège, le SIRET, le numéro d'agrément préfectoral de chaque agence, le nom du "
          "directeur de la publication (Frédéric Ménard), l'hébergeur (o2switch, Clermont-Ferrand) et un contact. Il manquait le numéro d'agrément de Trélazé "
          "et le médiateur de la consommation, je les ai ajoutés."),
    ("h2", "4.4 Le contrat et les conditions de vente"),
    ("p", "Pour une auto-école, les conditions de vente prennent la forme du « contrat d'enseignement de la conduite », qui est obligatoire et signé avant la "
          "première leçon. Le nôtre vient du modèle fourni par notre syndicat professionnel, adapté par Frédéric en 2023. Le même texte est accepté en ligne "
          "(case à cocher) lors de l'achat d'un forfait. J'ai analysé quatre clauses :"),
    ("t", "Tableau 8 – Analyse de quatre clauses du contrat",
     [["Clause", "Ce que dit notre contrat", "Mon analyse"],
      ["Prix des heures", "Prix du forfait ferme pendant 12 mois ; heure supplémentaire à 52 € ; évaluation de départ incluse", "Clair, mais le prix de l'heure après 12 mois n'est pas indiqué : à préciser"],
      ["Annulation de leçon", "Leçon due si annulée moins de 48 h avant, sauf motif justifié (maladie, décès)", "Classique et bien compris des élèves ; à afficher aussi dans l'outil de réservation"],
      ["Présentation à l'examen", "L'élève est présenté quand le moniteur juge son niveau suffisant ; frais d'accompagnement de 52 €", "Source de tensions avec certains parents ; mieux expliquer les critères dès l'inscription"],
      ["Résiliation", "Résiliation possible à tout moment par l'élève ; heures non consommées remboursées, frais de dossier conservés", "Équilibré ; le délai de remboursement (30 jours) est bien indiqué"]],
     [3.2, 6.6, 6.6]),
    ("p", "Le contrat n'a pas été relu par un avocat ou un juriste. Comme il vient du modèle du syndicat, je suppose qu'il est conforme."),
    ("h2", "4.5 La mise en conformité RGPD"),
    ("p", "En relisant les recommandations de la CNIL, j'ai proposé plusieurs adaptations, toutes validées par Frédéric :"),
    ("t", "Tableau 9 – Adaptations RGPD",
     [["Sujet", "Situation avant", "Adaptation", "Recommandation CNIL suivie"],
      ["Photos et vidéos d'élèves (TikTok, stories)", "Accord oral", "Consentement écrit signé pour chaque vidéo, signé par un parent pour les mineurs ; retrait possible à tout moment", "Droit à l'image, consentement spécifique"],
      ["Dossiers ANTS (pièces d'identité, photos)", "Gardés sans limite dans le Drive", "Suppression 3 ans après l'examen", "Durée de conservation limitée"],
      ["Cookies du site", "Bandeau avec seulement « Accepter »", "Bandeau avec « Tout refuser » aussi visible que « Tout accepter »", "Lignes directrices cookies 2020"],
      ["Registre des traitements", "Inexistant", "Registre commencé : 6 traitements (élèves, chat, newsletter, paie, vidéos, site)", "Registre obligatoire, modèle CNIL"]],
     [3.6, 3.2, 5.6, 4.0]),

    ("h1", "5. Organisation de l'équipe et des inscriptions"),
    ("h2", "5.1 La réunion mensuelle d'équipe"),
    ("p", "Depuis octobre, une réunion d'équipe a lieu le premier lundi du mois à 8 h 30 à l'agence d'Angers centre (1 h, moniteurs et secrétaires des trois "
          "agences). Les objectifs sont annoncés dans l'invitation : faire le point sur le taux de réussite du mois, réduire les annulations de dernière minute, "
          "et organiser le planning du mois suivant (congés, examens, répartition des véhicules). Je prépare les chiffres et j'écris le compte rendu partagé "
          "sur le Drive."),
    ("h2", "5.2 La reconnaissance des collaborateurs"),
    ("p", "Chaque réunion commence par un point positif. En novembre, Frédéric a remercié Hugo devant l'équipe pour ses vidéos TikTok, qui ont amené beaucoup de "
          "jeunes à Trélazé ; Hugo a reçu une prime de 300 € et une heure par semaine est désormais réservée au tournage. En janvier, Sabrina a été félicitée "
          "pour son taux de réussite de 81 % ; elle anime depuis un atelier de 30 minutes pour partager sa méthode de préparation à l'examen."),
    ("h2", "5.3 Les indicateurs individuels"),
    ("t", "Tableau 10 – Indicateurs par moniteur (septembre 2025 – février 2026)",
     [["Moniteur", "Agence", "Heures de conduite", "Réussite 1re présentation", "Satisfaction élèves (/5)", "Annulations tardives"],
      ["Sabrina", "Angers centre", "612", "81 %", "4,8", "6 %"],
      ["Julien", "Angers centre", "598", "70 %", "4,6", "8 %"],
      ["Karine", "Angers centre", "571", "66 %", "4,5", "9 %"],
      ["Hugo", "Trélazé", "540", "72 %", "4,7", "7 %"],
      ["Mathis", "Trélazé", "486", "61 %", "4,4", "12 %"],
      ["Élise", "Trélazé", "455", "64 %", "4,6", "10 %"],
      ["Thomas", "Avrillé", "603", "67 %", "4,5", "8 %"],
      ["Romain", "Avrillé", "589", "63 %", "4,3", "11 %"],
      ["Léa", "Avrillé", "352 (temps partiel)", "69 %", "4,7", "7 %"]],
     [2.4, 2.8, 2.8, 3.0, 2.8, 2.6]),
    ("p", "Ce tableau est présenté à chaque moniteur en entretien individuel. Mathis et Élise (Trélazé) ont plus d'annulations tardives car "
          "leurs élèves sont surtout des étudiants ; le taux de réussite de Mathis est sous la moyenne (68 %) et Patricia l'accompagne deux leçons par mois."),
    ("h2", "5.4 La gestion des « stocks » et le traitement des commandes"),
    ("p", "Une auto-école n'a pas de stock de produits. Notre « stock », ce sont les créneaux des moniteurs (environ 290 heures par semaine pour les 9 moniteurs) "
          "et les 11 véhicules à double commande. Une commande, c'est un forfait acheté en ligne ou en agence. Elle suit ce circuit : achat du forfait, "
          "ouverture du dossier élève, accès au code sur CodeNet Pro, puis première leçon de conduite avec l'évaluation de départ."),
    ("p", "Les contrôles faits par la secrétaire à l'ouverture du dossier sont : pièce d'identité en cours de validité, justificatif de domicile de moins de "
          "6 mois, e-photo avec signature numérique, attestation de recensement ou de JDC pour les moins de 25 ans, ASSR 2 pour les personnes nées après 1988, "
          "et autorisation parentale pour les mineurs."),
    ("h2", "5.5 La simplification du parcours d'inscription"),
    ("p", "En octobre, j'ai chronométré 12 inscriptions : 35 minutes de travail par dossier en moyenne. Les 8 étapes étaient :"),
    ("num", ["L'élève achète son forfait en ligne ou en agence.",
             "La secrétaire demande une photocopie papier de la pièce d'identité, même si elle a déjà été envoyée en ligne.",
             "Création de la demande de numéro NEPH sur le site de l'ANTS.",
             "Saisie de l'élève dans le logiciel de gestion de l'auto-école.",
             "Nouvelle saisie des mêmes informations dans CodeNet Pro pour ouvrir l'accès au code.",
             "Inscription de l'évaluation de départ sur le planning papier de l'agence.",
             "Appel téléphonique à l'élève pour confirmer la date de sa première leçon.",
             "Remise du livret d'apprentissage et du contrat signé."], 5),
    ("p", "Nous avons supprimé trois étapes qui n'apportaient rien : la photocopie papier (le scan envoyé en ligne suffit pour l'ANTS), la double saisie (les "
          "élèves achetés sur WooCommerce sont maintenant créés automatiquement dans CodeNet Pro grâce à l'extension fournie par la plateforme) et l'appel de "
          "confirmation (remplacé par le SMS automatique d'AgendaConduite). Le parcours compte maintenant 5 étapes : achat, demande ANTS, fiche élève, "
          "réservation de l'évaluation en ligne par l'élève lui-même, remise du livret et du contrat. Le temps de traitement est passé de 35 à 15 minutes par "
          "dossier, soit environ 6 heures de secrétariat gagnées par semaine."),
    ("h2u", "5.6 Solutions de stockage"),
    ("p", "Les dossiers des élèves étaient dans des classeurs et des dossiers partagés en désordre. Nous avons tout centralisé "
          "sur Google Drive : un dossier partagé par agence, un sous-dossier par élève nommé « NOM_Prénom_NEPH », et un dossier « Archives » par année d'examen. "
          "Les droits d'accès sont limités : les secrétaires et le gérant modifient, les moniteurs peuvent seulement consulter les dossiers de leur agence. "
          "Le cloud évite de perdre des papiers et permet de retrouver un dossier depuis n'importe quelle agence."),
    ("h2u", "5.7 Transport et RSE"),
    ("p", "Nous ne livrons aucun produit, cette partie ne nous concerne pas. En revanche, nos véhicules sont notre principal impact sur l'environnement, et "
          "voici le parc actuel :"),
    ("t", "Tableau 11 – Parc de véhicules à double commande",
     [["Véhicule", "Agence", "Boîte", "Année", "CO2 (g/km)", "Km par an"],
      ["Renault Clio V", "Angers centre", "Manuelle", "2021", "118", "31 000"],
      ["Renault Clio V", "Angers centre", "Manuelle", "2022", "118", "29 500"],
      ["Peugeot 208", "Angers centre", "Manuelle", "2020", "121", "33 200"],
      ["Toyota Yaris hybride", "Angers centre", "Automatique", "2023", "92", "27 800"],
      ["Peugeot 208", "Avrillé", "Manuelle", "2021", "121", "30 100"],
      ["Renault Clio V", "Avrillé", "Manuelle", "2022", "118", "28 900"],
      ["Toyota Yaris hybride", "Avrillé", "Automatique", "2024", "92", "24 600"],
      ["Peugeot 208", "Trélazé", "Manuelle", "2025", "119", "14 000"],
      ["Renault Clio E-Tech hybride", "Trélazé", "Automatique", "2025", "96", "12 500"],
      ["Volkswagen Polo", "Angers centre", "Manuelle", "2019", "128", "26 000"],
      ["Citroën C3", "Avrillé", "Manuelle", "2019", "125", "25 300"]],
     [4.4, 3.0, 2.6, 1.6, 2.2, 2.4]),
    ("p", "Le plan est de remplacer en 2026–2027 les deux véhicules les plus anciens et les plus émetteurs (la Polo et la C3 de 2019) par deux Peugeot e-208 "
          "électriques en boîte automatique, ce qui répond aussi à la hausse des demandes de permis boîte auto. Une borne de recharge sera installée à Avrillé."),
    ("h2u", "5.8 Satisfaction client sur la livraison"),
    ("p", "Les avis clients montrent que nos élèves sont satisfaits. En janvier 2026, nous avons envoyé un questionnaire Google Forms aux élèves en cours de "
          "formation (214 réponses) :"),
    ("t", "Tableau 12 – Questionnaire de satisfaction des élèves (janvier 2026, 214 réponses)",
     [["Question", "Très satisfait", "Satisfait", "Peu satisfait", "Pas satisfait"],
      ["Accueil en agence et au téléphone", "58 %", "34 %", "6 %", "2 %"],
      ["Pédagogie du moniteur", "64 %", "29 %", "5 %", "2 %"],
      ["Ponctualité des leçons", "51 %", "37 %", "9 %", "3 %"],
      ["Facilité pour obtenir des heures de conduite", "22 %", "41 %", "27 %", "10 %"],
      ["État des véhicules", "61 %", "35 %", "3 %", "1 %"]],
     [6.4, 2.5, 2.3, 2.5, 2.5]),
    ("p", "Le point faible est la difficulté à obtenir des heures de conduite (37 % de peu ou pas satisfaits), ce qui confirme l'intérêt du nouvel outil de réservation."),

    ("h1", "6. Conclusion"),
    ("p", "La campagne de rentrée a presque atteint son objectif pour Trélazé, TikTok nous a fait connaître des jeunes et le site vend "
          "plus facilement. Côté organisation, l'inscription est plus rapide et l'outil de réservation est choisi. Il me reste à mieux mesurer les résultats des partenaires et à accompagner le déploiement d'AgendaConduite cet été, avant la "
          "rentrée 2026."),
]

SOMMAIRE = ["1. Présentation de l'auto-école et de ma mission",
            "2. La campagne « Rentrée étudiante 2025 »",
            "3. Vendre en ligne : chat, réseaux sociaux, site et paiement",
            "4. Le projet d'outil de réservation et le cadre juridique",
            "5. Organisation de l'équipe et des inscriptions",
            "6. Conclusion"]


def table(doc, rows, widths, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            run = c.paragraphs[0].add_run(v)
            run.font.size = Pt(size)
            if i == 0:
                run.bold = True
    doc.add_paragraph()
    return t


def bold_par(doc, text, size, underline=False, before=10):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.underline = underline
    return p


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "Chloé Marchand — Dossier Blocs 2 et 5"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    add_field(fp, "PAGE")

    # Page de garde
    for _ in range(6):
        doc.add_paragraph()
    for text, size, bold in [("Titre Chef de projet e-commerce", 14, False),
                             ("Dossier professionnel – Blocs 2 et 5", 22, True),
                             ("Vendre les forfaits en ligne et moderniser l'organisation", 15, False),
                             ("SARL Auto-école Ligérienne – Angers, Trélazé, Avrillé", 12, False)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Chloé Marchand\nBachelor chef de projet digital, en alternance (2025–2026)\nTuteur : Frédéric Ménard, gérant\nJuin 2026")
    doc.add_page_break()

    # Sommaire (paragraphes simples, sans numéros de page)
    bold_par(doc, "Sommaire", 14, before=0)
    for line in SOMMAIRE:
        doc.add_paragraph(line)
    doc.add_paragraph()

    for item in CONTENT:
        kind = item[0]
        if kind == "h1":
            bold_par(doc, item[1], 14, before=16)
        elif kind == "h2":
            bold_par(doc, item[1], 11.5)
        elif kind == "h2u":
            bold_par(doc, item[1], 11.5, underline=True)
        elif kind == "p":
            para = doc.add_paragraph(item[1])
            para.paragraph_format.space_after = Pt(6)
            if not item[1].startswith("–"):
                para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "t":
            cap = doc.add_paragraph()
            cap.paragraph_format.keep_with_next = True
            r = cap.add_run(item[1])
            r.italic = True
            r.font.size = Pt(10)
            table(doc, item[2], item[3])
        elif kind == "chat":
            for who, msg in item[1]:
                para = doc.add_paragraph()
                para.paragraph_format.space_after = Pt(2)
                para.paragraph_format.left_indent = Cm(0.6)
                rw = para.add_run(who + " : ")
                rw.bold = True
                rw.font.size = Pt(10)
                rm = para.add_run(msg)
                rm.font.size = Pt(10)
        elif kind == "num":
            steps, brk = item[1], item[2]
            for k, step in enumerate(steps):
                para = doc.add_paragraph(step, style="List Number")
                if k == brk:
                    para.paragraph_format.page_break_before = True

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier Blocs 2 et 5 – Auto-école Ligérienne"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 7
    doc.save(FILE)
    repack(FILE)


if __name__ == "__main__":
    main()
