import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c46-bleu-de-chauffe")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Kevin Roussel"

C = [
    ("t", "Projet Bleu de Chauffe – Kevin Roussel"),
    ("p", "Dernière modification : 9 mars 2026"),
    ("b", "Présentation"),
    ("p", "Bleu de Chauffe est une entreprise qui vend des vêtements de travail (vestes, pantalons, combinaisons, chaussures de sécurité) pour les artisans et les ouvriers du BTP. L'entreprise est basée à Saint-Étienne et a une boutique physique et un site internet. Je suis en stage dans l'entreprise et on m'a demandé de travailler sur le site et sur l'organisation."),
    ("b", "Les contenus du site"),
    ("p", "Le contenu est très important pour un site e-commerce. Le contenu désigne l'ensemble des textes, images, vidéos et autres éléments publiés sur un site web. Un bon contenu permet d'attirer les visiteurs, de les informer et de les convaincre d'acheter. Il est aussi important pour le référencement naturel car Google analyse le contenu des pages pour les classer."),
    ("p", "Les différents types de contenus :"),
    ("l", ["les fiches produits", "les articles de blog", "les photos", "les vidéos", "les avis clients", "Etc."]),
    ("b", "La fiche produit"),
    ("p", "La fiche produit est la page qui présente un produit sur un site e-commerce. Elle doit donner toutes les informations nécessaires à l'internaute pour qu'il prenne sa décision d'achat. Une bonne fiche produit contient :"),
    ("l", ["un titre clair", "des photos de qualité", "une description", "le prix", "les tailles disponibles", "les avis", "un bouton d'ajout au panier", "Etc."]),
    ("p", "Il faut aussi penser aux mots-clés pour que la fiche soit bien référencée. Sur le site de Bleu de Chauffe, les fiches sont assez courtes, il faudrait les améliorer. Par exemple la fiche de la veste de travail « Chantier Pro » n'a qu'une phrase de description."),
    ("p", "Proposition de nouvelle description pour la veste « Chantier Pro » (59,90 €) : « La veste Chantier Pro est la veste idéale pour tous les professionnels du bâtiment. Robuste et confortable, elle vous accompagnera sur tous vos chantiers. Elle possède de nombreuses poches pour ranger vos outils et elle est disponible en plusieurs tailles. Un indispensable pour travailler dans les meilleures conditions ! »"),
    ("b", "Les mots-clés"),
    ("p", "Un mot-clé est un terme ou une expression tapé par un internaute dans un moteur de recherche. Il existe des mots-clés génériques (ex. « vêtement ») et des mots-clés de longue traîne, plus précis et moins concurrentiels. Pour Bleu de Chauffe, les mots-clés pourraient être : vêtement de travail, pantalon de travail, veste de chantier, chaussure de sécurité, Etc."),
    ("b", "Photos et vidéos"),
    ("p", "Les photos doivent être de bonne qualité et optimisées pour le web (format JPEG ou WebP, poids réduit) pour ne pas ralentir le site. On peut utiliser des logiciels comme Photoshop, GIMP ou Canva pour retoucher les images. La vidéo est aussi un bon moyen de présenter un produit. Pour Bleu de Chauffe, on pourrait faire des photos portées sur un vrai chantier."),
    ("b", "Les prestataires photo et vidéo"),
    ("p", "Une entreprise peut faire ses photos elle-même ou faire appel à un prestataire : photographe indépendant, studio photo spécialisé en packshot, agence de communication. Le packshot est une photo du produit seul sur fond blanc, utilisée sur les fiches produits. La photo d'ambiance (ou « lifestyle ») montre le produit en situation. Les critères pour choisir un prestataire sont le prix, le book (exemples de réalisations), les délais, la cession des droits d'auteur, Etc. Il y a un photographe à Saint-Étienne que M. Faure connaît, on pourrait lui demander un devis."),
    ("b", "Le blog"),
    ("p", "Un blog professionnel permet de publier régulièrement des articles pour attirer du trafic et montrer son expertise. On peut créer un blog avec WordPress, qui est le CMS le plus utilisé dans le monde, ou directement avec la fonction blog de Shopify. Il faut choisir un thème, créer des catégories, écrire des articles optimisés pour le SEO, Etc. Bleu de Chauffe n'a pas de blog pour le moment."),
    ("b", "Le tunnel de conversion"),
    ("p", "Le tunnel de conversion (ou funnel) est le parcours que suit un internaute depuis son arrivée sur le site jusqu'à l'achat. Il comprend généralement les étapes suivantes : page produit, panier, identification, livraison, paiement, confirmation. À chaque étape, une partie des visiteurs abandonne. Le but est de réduire ces abandons en simplifiant le parcours. Le taux de conversion est le pourcentage de visiteurs qui achètent. Il se calcule ainsi : nombre de commandes / nombre de visiteurs x 100."),
    ("p", "Il faudrait analyser le tunnel du site avec Google Analytics."),
    ("b", "Mesurer l'intérêt des internautes"),
    ("p", "Pour savoir si les contenus fonctionnent, on utilise des indicateurs (KPI, Key Performance Indicators). Les principaux sont :"),
    ("l", ["le nombre de visiteurs", "le temps passé sur la page", "le taux de rebond (pourcentage de visiteurs qui quittent le site après une seule page)", "le nombre de pages vues", "le taux de conversion", "le nombre de partages sur les réseaux sociaux", "Etc."]),
    ("p", "Ces indicateurs se trouvent dans Google Analytics. Bleu de Chauffe a un compte Google Analytics mais personne ne le consulte vraiment. Je n'ai pas eu accès aux chiffres."),
    ("b", "Objectifs pour le site"),
    ("l", ["vendre plus en ligne", "être mieux placé sur Google", "avoir de meilleures photos", "toucher les artisans de toute la France et pas seulement de la Loire", "Etc."]),
    ("b", "Le cahier des charges"),
    ("p", "Le cahier des charges est un document qui décrit les besoins d'un projet et les contraintes à respecter. Il sert de référence entre le client et le prestataire. Un cahier des charges contient en général :"),
    ("l", ["le contexte du projet", "les objectifs", "le périmètre", "les contraintes (budget, délais)", "les fonctionnalités attendues", "le planning", "Etc."]),
    ("p", "Pour Bleu de Chauffe, le projet serait de refaire le site. Les objectifs sont d'augmenter les ventes en ligne et d'améliorer l'image de l'entreprise. Le budget n'est pas encore défini."),
    ("b", "Choisir un prestataire"),
    ("p", "Pour choisir un prestataire (agence web, freelance…), il faut comparer plusieurs devis et regarder le prix, les références, les délais, la qualité du service, Etc."),
    ("b", "Le diagramme de Gantt"),
    ("p", "Le diagramme de Gantt est un outil de gestion de projet inventé par Henry Gantt en 1917. Il permet de représenter visuellement les différentes tâches d'un projet dans le temps. Chaque tâche est représentée par une barre horizontale dont la longueur correspond à sa durée. On peut voir les tâches qui se déroulent en même temps et les dépendances entre les tâches. On peut faire un Gantt avec Excel, MS Project, GanttProject, Trello (avec un power-up) ou Notion. Un Gantt sera fait pour le projet de site."),
    ("b", "Les mentions légales et les CGV"),
    ("p", "Tout site internet professionnel doit afficher des mentions légales (loi pour la confiance dans l'économie numérique de 2004) : nom de l'entreprise, adresse, numéro SIRET, hébergeur, directeur de la publication. Les conditions générales de vente (CGV) définissent les règles de la vente entre le vendeur et l'acheteur : prix, livraison, paiement, droit de rétractation de 14 jours, garanties, Etc."),
    ("p", "Sur le site de Bleu de Chauffe il y a bien une page CGV, je ne l'ai pas encore lue en détail."),
    ("b", "Le RGPD"),
    ("p", "Le RGPD (Règlement Général sur la Protection des Données) est un règlement européen entré en application le 25 mai 2018. Il encadre le traitement des données personnelles sur le territoire de l'Union européenne. Il renforce les droits des personnes (droit d'accès, de rectification, d'effacement, à la portabilité) et responsabilise les entreprises qui traitent des données. En France, c'est la CNIL (Commission nationale de l'informatique et des libertés) qui contrôle l'application du RGPD. Les sanctions peuvent aller jusqu'à 20 millions d'euros ou 4 % du chiffre d'affaires mondial."),
    ("p", "Les principes du RGPD :"),
    ("l", ["licéité, loyauté et transparence", "limitation des finalités", "minimisation des données", "exactitude", "limitation de la conservation", "intégrité et confidentialité", "Etc."]),
    ("p", "Le site devra être mis en conformité avec le RGPD (bandeau cookies, politique de confidentialité…)."),
    ("b", "Le management de l'équipe"),
    ("p", "Le management consiste à organiser, motiver et diriger une équipe pour atteindre des objectifs. Il existe plusieurs styles de management : directif, persuasif, participatif et délégatif. Le manager doit fixer des objectifs SMART (Spécifiques, Mesurables, Atteignables, Réalistes, Temporellement définis), organiser des réunions, faire des entretiens individuels et reconnaître le travail de ses collaborateurs."),
    ("p", "Chez Bleu de Chauffe il y a 6 salariés : le gérant (M. Faure), 2 vendeurs en boutique, 1 personne pour les commandes web, 1 comptable à mi-temps et moi en stage."),
    ("b", "La logistique"),
    ("p", "La logistique e-commerce regroupe toutes les opérations entre la commande et la livraison : réception des marchandises, stockage, préparation des commandes (picking), emballage, expédition, gestion des retours. Il existe plusieurs méthodes de gestion des stocks : FIFO (premier entré, premier sorti), LIFO (dernier entré, premier sorti), FEFO (premier expiré, premier sorti)."),
    ("p", "Les solutions de stockage possibles : rayonnages à palettes, rayonnages dynamiques, étagères, mezzanines, Etc. On peut aussi externaliser la logistique chez un prestataire (e-logisticien) comme Cubyn ou Bigblue."),
    ("p", "Chez Bleu de Chauffe, le stock web est dans la réserve de la boutique, sur des étagères. Les commandes sont préparées par Nadia."),
    ("p", "Le traitement d'une commande se passe en plusieurs étapes : réception de la commande, vérification du paiement, impression du bon de commande, recherche des articles dans la réserve, emballage, étiquette du transporteur, dépôt à La Poste, envoi du numéro de suivi au client. Il serait possible d'optimiser ce processus, par exemple avec un logiciel de gestion des stocks ou des codes-barres."),
    ("b", "Les réunions"),
    ("p", "Une réunion efficace doit avoir un ordre du jour, un animateur, une durée limitée et un compte rendu. Il existe plusieurs types de réunions : réunion d'information, de décision, de brainstorming, de suivi de projet. L'entretien individuel annuel est obligatoire tous les deux ans (entretien professionnel). Chez Bleu de Chauffe, il n'y a pas vraiment de réunions organisées, les informations passent à l'oral dans la boutique."),
    ("b", "La livraison"),
    ("p", "Les principaux transporteurs en France :"),
    ("l", ["La Poste / Colissimo", "Chronopost", "Mondial Relay", "DPD", "GLS", "UPS", "Etc."]),
    ("p", "Le choix du transporteur dépend du prix, du délai, de la qualité de service et de l'impact environnemental. Bleu de Chauffe utilise Colissimo actuellement."),
    ("p", "La satisfaction client sur la livraison peut être mesurée avec des questionnaires ou des avis clients."),
    ("b", "Conclusion"),
    ("p", "À faire : demander les chiffres de vente à M. Faure, lire les CGV, faire le Gantt, comparer les transporteurs."),
    ("p", "Ce projet m'a permis de découvrir les différentes facettes du métier de chef de projet e-commerce. Il reste beaucoup de choses à faire pour Bleu de Chauffe, notamment refaire le site, améliorer les fiches produits et se mettre en conformité avec le RGPD."),
]

def build():
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=26, spaceAfter=6)
    bold = ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=11, leading=15, spaceBefore=12, spaceAfter=4)
    body = ParagraphStyle("p", fontName="Helvetica", fontSize=11, leading=16, spaceAfter=8)
    li = ParagraphStyle("l", parent=body, leftIndent=18, spaceAfter=2)
    doc = SimpleDocTemplate(os.path.join(OUT, "bleu-de-chauffe.pdf"), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.5 * cm, bottomMargin=2.5 * cm, invariant=1, author=AUTHOR, title="Projet Bleu de Chauffe")
    story = []
    for kind, val in C:
        if kind == "t":
            story.append(Paragraph(val, title))
        elif kind == "b":
            story.append(Paragraph(val, bold))
        elif kind == "p":
            story.append(Paragraph(val, body))
        elif kind == "l":
            for x in val:
                story.append(Paragraph("•&nbsp;&nbsp;" + x, li))
            story.append(Spacer(1, 6))
    doc.build(story)

build()
