"""Génère le dossier de la candidate « Cuir & Sens » (DOCX)."""
import datetime
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c25-maroquinerie-cuir-sens")
AUTHOR = "Solène Marchetti"

# Each section: (heading level, title, [items]) ; item = ("p", text) | ("t", head, rows) | ("l", [bullets])
CONTENT = [
    (1, "1. Le projet et ce que la gérance attend", [
        ("p", "Cuir & Sens est un atelier de maroquinerie installé à Millau depuis 2014 : sacs, ceintures, "
              "portefeuilles et étuis en cuir d'agneau et de veau tannés à la chaîne de l'Aveyron, "
              "coupés et cousus sur place par six artisans. Chiffre d'affaires 2025 : 1,08 M€, dont "
              "43 % en vente à distance (site Wix, 2 900 commandes), 38 % à la boutique-atelier et "
              "19 % chez des revendeurs. Le site actuel ne gère ni les variantes de couleur ni la "
              "gravure des initiales, qui se commande par e-mail ; les colis sont préparés sur une "
              "table de coupe libérée chaque après-midi."),
        ("p", "En janvier 2026, Claire Vidal (gérante) m'a confié la conduite de deux chantiers liés : le "
              "passage de la boutique en ligne sur Shopify et la création d'un vrai poste d'expédition. "
              "Ses consignes, données par écrit le 12 janvier et reprises telles quelles dans le dossier "
              "de cadrage :"),
        ("l", ["enveloppe maximale de 28 000 € HT pour l'agence et les extensions, hors temps interne ;",
               "ouverture du nouveau site au plus tard le 15 octobre 2026, avant la saison des fêtes ;",
               "pas de vente sur les places de marché (Amazon, Etsy) : la marque reste vendue chez elle "
               "et chez ses revendeurs ;",
               "la gravure d'initiales doit pouvoir se commander en ligne, sans échange d'e-mails ;",
               "garder Colissimo pour les clients qui l'ont toujours utilisé, mais proposer une option "
               "moins émettrice de CO2 ;",
               "aucun recrutement en 2026 : l'expédition doit tenir avec les personnes présentes."]),
    ]),
    (1, "2. Dossier de cadrage de la nouvelle boutique", [
        ("p", "Le dossier de cadrage remis à l'agence (22 pages, version 1.3 du 3 mars 2026) suit le plan "
              "ci-dessous ; je n'en reprends ici que les parties utiles à la compréhension."),
        ("t", ["Partie", "Contenu"], [
            ["1. Présentation de l'atelier", "Historique, gamme (186 modèles, 640 déclinaisons), chiffres clés, clientèle"],
            ["2. Existant", "Site Wix, catalogue, trafic (9 800 visites/mois), outils (Sumup, Excel de suivi des peaux)"],
            ["3. Finalités et buts du projet", "Trois niveaux de but, voir tableau suivant"],
            ["4. Périmètre fonctionnel", "Catalogue, fiches, personnalisation, tunnel, compte client, revendeurs (accès pro)"],
            ["5. Exigences techniques", "Hébergement, performances, reprise des données, connecteurs"],
            ["6. Charte et contenus", "Charte graphique existante, photos fournies par l'atelier, rédaction par nos soins"],
            ["7. Contraintes", "Consignes de la gérance, budget, calendrier, obligations légales"],
            ["8. Rétroplanning et jalons", "Voir partie 2.2"],
            ["9. Organisation et gouvernance", "Comité de pilotage, RACI, circuit de validation"],
            ["10. Recette et mise en ligne", "Cahier de recette, critères d'acceptation, bascule DNS"],
            ["11. Réponse attendue", "Format, délai (28 mars), critères d'analyse des offres"],
        ]),
        ("h2", "2.1 Trois niveaux de buts"),
        ("p", "J'ai décliné l'ambition de Claire en buts de plus en plus précis. Chaque ligne est reliée à "
              "un livrable ; une demande de l'équipe qui ne se rattachait à aucune finalité (un "
              "configurateur 3D de sac) a été sortie du périmètre, et inversement chaque finalité a au "
              "moins un but opérationnel qui la sert."),
        ("t", ["Niveau", "But", "Repère de réussite"], [
            ["Finalité", "Faire de la vente à distance le premier canal de l'atelier", "50 % du CA en ligne fin 2027"],
            ["Finalité", "Vendre la personnalisation sans alourdir le travail des artisans", "0 e-mail de gravure à ressaisir"],
            ["But opérationnel", "Commande de gravure intégrée à la fiche (3 lettres, 2 polices)", "30 % des sacs vendus gravés"],
            ["But opérationnel", "Porter le taux de commande de 1,1 % à 1,8 %", "Mesuré sur GA4 à T+3 mois"],
            ["But opérationnel", "Ouvrir un accès revendeurs avec tarif HT et minimum de commande", "12 revendeurs actifs en ligne"],
            ["But opérationnel", "Expédier en 48 h ouvrées toute commande non gravée", "95 % des colis"],
            ["Exigence technique", "Shopify (offre Shopify), thème compatible Online Store 2.0", "—"],
            ["Exigence technique", "Reprise des 4 100 comptes clients et de l'historique de commandes", "100 % des comptes repris"],
            ["Exigence technique", "Champ de personnalisation transmis au bon de préparation", "Testé en recette"],
            ["Exigence technique", "Affichage mobile : LCP < 2,5 s sur la fiche produit", "PageSpeed Insights"],
        ]),
        ("h2", "2.2 Rétroplanning et jalons"),
        ("t", ["Jalon", "Date", "Validation"], [
            ["J1 — Cadrage signé par la gérance", "3 mars 2026", "Claire"],
            ["J2 — Agence retenue", "10 avril 2026", "Comité de pilotage"],
            ["J3 — Maquettes validées (accueil, liste, fiche, panier)", "5 juin 2026", "Comité de pilotage"],
            ["J4 — Catalogue et comptes repris sur l'environnement de test", "17 juillet 2026", "Solène"],
            ["J5 — Poste d'expédition opérationnel", "31 août 2026", "Noémie + Solène"],
            ["J6 — Fin de recette, zéro anomalie bloquante", "25 septembre 2026", "Comité de pilotage"],
            ["J7 — Mise en ligne", "6 octobre 2026", "Claire"],
        ]),
        ("p", "Le rétroplanning est construit à rebours depuis le 15 octobre avec une marge de 9 jours ; "
              "le comité de pilotage (Claire, Solène, Marc de l'agence Pixel Causse, Noémie pour "
              "l'atelier) se réunit toutes les trois semaines, et chaque jalon donne lieu à un compte "
              "rendu d'une page."),
        ("h2", "2.3 Qui fait quoi (matrice RACI)"),
        ("t", ["Tâche", "Claire (gérante)", "Solène (cheffe de projet)", "Pixel Causse (agence)", "Noémie (atelier)"], [
            ["Dossier de cadrage", "A", "R", "C", "C"],
            ["Maquettes", "A", "C", "R", "I"],
            ["Fiches et photos", "I", "R / A", "I", "C"],
            ["Développement, reprise des données", "I", "A", "R", "I"],
            ["Poste d'expédition", "I", "A", "—", "R"],
            ["Recette", "I", "R / A", "C", "R"],
            ["Décision de mise en ligne", "R / A", "C", "C", "I"],
        ]),
    ]),
    (1, "3. Choix de l'agence", [
        ("p", "Cinq agences ont reçu le dossier ; trois ont répondu dans le délai. Les offres ont été notées "
              "sur une grille fixée avant l'ouverture des plis, pour éviter de choisir « au feeling » :"),
        ("t", ["Critère (pondération)", "Pixel Causse (Rodez)", "Studio Lignes (Toulouse)", "WebOcéan (Nantes)"], [
            ["Prix dans l'enveloppe de 28 k€ (25 %)", "4/5 — 24 600 €", "5/5 — 19 900 €", "2/5 — 31 200 €"],
            ["Références Shopify artisanat / mode (20 %)", "4/5 — 6 boutiques", "3/5 — 2 boutiques", "5/5 — 11 boutiques"],
            ["Solution pour la gravure (20 %)", "5/5 — application Zepto + champ au bon", "3/5 — champ texte simple", "4/5 — développement spécifique"],
            ["Reprise des données comprise (15 %)", "5/5", "2/5 — en option 2 400 €", "5/5"],
            ["Proximité, ateliers sur place (10 %)", "5/5 — 1 h de route", "3/5", "1/5"],
            ["Maintenance 1re année (10 %)", "4/5 — 12 h incluses", "2/5", "4/5"],
            ["Note pondérée / 5", "4,45", "3,25", "3,55"],
        ]),
        ("p", "Studio Lignes était le moins cher, mais sa reprise des données en option et sa gestion "
              "sommaire de la gravure le ramenaient au-delà de Pixel Causse une fois les besoins réels "
              "couverts."),
    ]),
    (1, "4. Cadre légal de la boutique", [
        ("h2", "4.1 Informations sur l'éditeur"),
        ("p", "Sur le nouveau site, la page « Informations légales » est accessible depuis le pied de page "
              "de toutes les pages, y compris pendant la commande : raison sociale Cuir & Sens SARL, "
              "capital 20 000 €, RCS Rodez 801 234 567, siège 14 avenue de la Caussonne à Millau, "
              "directrice de la publication Claire Vidal, hébergeur Shopify International Ltd (Dublin), "
              "n° de TVA intracommunautaire, téléphone et adresse de contact."),
        ("h2", "4.2 Relecture des conditions de vente"),
        ("p", "Les conditions de vente de l'ancien site, copiées en 2017 sur un modèle trouvé en ligne, ont "
              "été passées en revue avec Maître Anne Roussel (cabinet Roussel & Bedel, Rodez), qui a "
              "rédigé la nouvelle version entrée en vigueur le 6 octobre 2026 :"),
        ("t", ["Point relevé dans l'ancienne version", "Problème", "Nouvelle rédaction"], [
            ["Délai de rétractation « 7 jours »", "Délai légal de 14 jours non respecté", "14 jours à compter de la réception, formulaire type en annexe"],
            ["Articles gravés : « ni repris ni échangés »", "Exception admise mais non expliquée", "Exclusion du droit de rétractation motivée (bien personnalisé), signalée avant paiement"],
            ["Garanties", "Seule la « garantie atelier 1 an » figurait", "Garantie légale de conformité (2 ans) et vices cachés citées, garantie atelier en plus"],
            ["Litiges", "Tribunal de Rodez seul compétent", "Médiateur de la consommation (CM2C) + règle de compétence légale"],
            ["Prix et frais de livraison", "Frais annoncés « à titre indicatif »", "Frais exacts affichés avant validation"],
            ["Revendeurs", "Mêmes conditions que les particuliers", "Conditions professionnelles séparées (paiement 30 j, minimum 400 € HT)"],
        ]),
        ("h2", "4.3 Données personnelles"),
        ("p", "Ce qui a été changé pour respecter le règlement européen sur la protection des données et "
              "les recommandations de la Commission nationale de l'informatique et des libertés :"),
        ("l", ["bandeau de consentement aux traceurs (Axeptio) avec un bouton « Refuser » aussi visible "
               "que « Accepter », choix conservé 6 mois, aucun traceur publicitaire déposé avant accord ;",
               "registre des traitements tenu dans Notion (clients, prospects, revendeurs, candidats), "
               "avec base légale et durée de conservation pour chacun ;",
               "prospects sans achat effacés après 3 ans sans contact ; comptes clients inactifs "
               "anonymisés après 5 ans ;",
               "case d'inscription à la lettre d'information non pré-cochée, double confirmation dans "
               "Brevo ;",
               "page « Vos données » expliquant les droits d'accès, de rectification et d'effacement, "
               "avec une adresse dédiée (donnees@cuiretsens.fr) ;",
               "contrat de sous-traitance signé avec l'agence et clauses vérifiées pour Shopify et Brevo."]),
    ]),
    (1, "5. Animation de l'équipe", [
        ("p", "L'équipe concernée : Noémie et Yanis (expédition et service client), Léo (photos et fiches, "
              "alternant), et ponctuellement les artisans. Trois rendez-vous, chacun avec un but annoncé "
              "dans l'invitation :"),
        ("t", ["Rendez-vous", "Fréquence", "But affiché"], [
            ["Point d'étape du lundi (20 min, debout)", "Hebdomadaire", "Ce qui est fini, ce qui bloque, les 3 priorités de la semaine"],
            ["Comité de pilotage", "Toutes les 3 semaines", "Valider un jalon ou arbitrer un dérapage"],
            ["Entretien individuel", "Tous les 2 mois", "Faire le point sur la charge, les progrès et ce dont la personne a besoin"],
        ]),
        ("p", "Les réussites sont dites en réunion et pas seulement dans les couloirs : Noémie a proposé "
              "le marquage couleur des bacs qui a fait tomber les erreurs de préparation ; elle l'a "
              "présenté elle-même à la gérante et l'idée porte son nom dans la procédure (« code "
              "Noémie »). Léo a repris seul 212 fiches en juillet, ce qui a été souligné au comité de "
              "pilotage et pris en compte dans son évaluation d'alternance."),
        ("t", ["Repère chiffré par personne (sept. 2026)", "Noémie", "Yanis", "Léo"], [
            ["Colis préparés par heure", "11,5", "9,8", "—"],
            ["Erreurs de préparation (pour 100 colis)", "0,4", "1,1", "—"],
            ["Délai moyen de réponse aux messages clients", "—", "3 h 10", "—"],
            ["Fiches produits terminées et validées", "—", "—", "212 / 240"],
        ]),
        ("p", "L'écart de Yanis s'explique par les commandes gravées qu'il traite en priorité ; un binôme "
              "avec Noémie deux matinées par semaine a été mis en place plutôt qu'un reproche."),
    ]),
    (1, "6. Réserve, flux et préparation des colis", [
        ("h2", "6.1 Organisation de la réserve"),
        ("p", "Avant : produits finis rangés par collection dans des cartons, sans emplacement fixe. "
              "Après : une réserve de 22 m² à côté de l'atelier, chaque emplacement codé (allée-étagère-"
              "niveau, ex. B-3-2), étiquette code-barres par article scannée à l'entrée et à la sortie "
              "avec l'application Stocky reliée à Shopify. Chaque article garde le numéro du lot de peau "
              "dont il est issu, ce qui permet de retrouver tous les sacs d'un même cuir en cas de "
              "défaut de teinte."),
        ("t", ["Type de commande", "Contrôle prévu", "Qui"], [
            ["Standard (article en réserve)", "Scan de l'article = ligne de commande ; pesée du colis comparée au poids théorique (± 50 g)", "Préparateur"],
            ["Gravée", "Photo de la gravure jointe à la commande avant emballage ; relecture des initiales par une 2e personne", "Artisan + préparateur"],
            ["Revendeur", "Bon de livraison signé, contrôle quantité carton par carton", "Noémie"],
            ["Retour client", "Contrôle visuel sous 48 h, remise en réserve ou passage en « seconde main atelier »", "Yanis"],
        ]),
        ("h2", "6.2 Étapes supprimées"),
        ("p", "J'ai chronométré 40 préparations en février puis en septembre. Le parcours d'une commande "
              "standard est passé de 11 gestes à 7 :"),
        ("t", ["Avant (février)", "Après (septembre)"], [
            ["Imprimer la commande depuis Wix", "Bon de préparation imprimé par lot à 9 h et 14 h"],
            ["Chercher l'article dans les cartons", "Aller à l'emplacement indiqué sur le bon"],
            ["Vérifier la couleur avec la photo du site", "Scanner l'article (contrôle automatique)"],
            ["Ressaisir l'adresse sur le site Colissimo", "Étiquette générée par Shopify, sans ressaisie"],
            ["Écrire le mot manuscrit", "Carte imprimée à l'avance"],
            ["Envoyer le n° de suivi par e-mail", "Envoi automatique à la création de l'étiquette"],
            ["Temps moyen : 14 min 30", "Temps moyen : 6 min 10"],
        ]),
        ("h2", "6.3 Rangements choisis"),
        ("p", "Avec environ 1 400 pièces en réserve, légères et de petite taille, les palettes ou les "
              "systèmes automatisés n'ont aucun sens chez nous. Ont été retenus : des étagères à bacs "
              "ouverts pour la petite maroquinerie (portefeuilles, étuis), une penderie à crochets pour "
              "les sacs afin de ne pas marquer le cuir, et une étagère inclinée à rouleaux, chargée par "
              "l'arrière, pour les cartons et le papier de soie, de sorte que le premier entré soit le "
              "premier utilisé."),
    ]),
    (1, "7. Transporteurs", [
        ("p", "Comparaison pour un colis type de 900 g (sac moyen) vers la France métropolitaine, classée "
              "d'abord par prix puis par émissions déclarées par chaque transporteur :"),
        ("t", ["Rang", "Transporteur / service", "Prix négocié HT", "Émissions annoncées (g CO2e / colis)", "Retenu"], [
            ["1", "Mondial Relay — point relais", "4,10 €", "≈ 160", "Oui, proposé en premier"],
            ["2", "Colissimo — domicile sans signature", "6,35 €", "≈ 310", "Oui (consigne de la gérance)"],
            ["3", "DPD Predict — domicile", "6,90 €", "≈ 290", "Non"],
            ["4", "Chronopost 13 h", "11,80 €", "≈ 520", "Oui, pour les urgences avant Noël"],
            ["—", "Coursier à vélo local (Millau)", "5,00 €", "≈ 0", "Oui, retrait express en ville"],
        ]),
        ("p", "Depuis l'ouverture, chaque client reçoit 5 jours après la livraison un court questionnaire "
              "(Shopify Flow + Brevo) : note du délai, état du colis, emballage. Sur 318 réponses en "
              "octobre-novembre 2026 : note moyenne 4,6 / 5 ; 94 % de colis reçus dans le délai annoncé ; "
              "7 plaintes pour emballage écrasé, toutes en Colissimo domicile, d'où le passage à un "
              "carton double cannelure pour ce service."),
    ]),
    (1, "8. Recette et retours d'expérience", [
        ("p", "La recette a duré du 31 août au 25 septembre : 146 cas de test écrits à partir du dossier de "
              "cadrage, joués par Noémie, Léo, deux clientes fidèles et moi ; 38 anomalies relevées dont "
              "4 bloquantes (gravure perdue sur mobile, tarif revendeur affiché aux particuliers, "
              "taxes fausses vers la Suisse, e-mail de confirmation en anglais), toutes levées avant J6. "
              "Le retour d'expérience à un mois (réunion du 9 novembre) a donné le plan suivant, par "
              "ordre d'urgence :"),
    ]),
]

ACTIONS_1 = [
    "Bloquer la commande d'une gravure de plus de 3 caractères (11 commandes à rappeler en octobre).",
    "Afficher le délai de fabrication d'un article gravé dès la fiche et non au panier.",
    "Doubler le bon de préparation d'un code couleur « gravé » pour éviter l'oubli du contrôle photo.",
    "Renforcer l'emballage Colissimo domicile (carton double cannelure) — fait le 14 novembre.",
    "Relancer les 9 revendeurs qui n'ont pas encore activé leur accès pro.",
]
ACTIONS_2 = [
    "Traduire les derniers e-mails automatiques restés en anglais (avis d'expédition partielle).",
    "Revoir avec l'agence la vitesse de la page collection « Sacs » (LCP mobile 3,1 s).",
    "Former Yanis aux réponses enregistrées du service client pour réduire son délai de réponse.",
    "Programmer un inventaire tournant mensuel par allée plutôt qu'un inventaire annuel complet.",
]
CLOSING = ("Bilan provisoire à deux mois : 48 % des commandes en ligne passent par le point relais, 27 % "
           "des sacs vendus sont gravés, et le taux de commande est à 1,6 % pour un objectif de 1,8 %.")


def add_table(doc, head, rows):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    for row in t.rows:
        for c in row.cells:
            for para in c.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9.5)
    doc.add_paragraph()


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Cuir & Sens — pilotage du projet boutique et expédition"
    cp.created = datetime.datetime(2026, 11, 20, 14, 0, 0)
    cp.modified = datetime.datetime(2026, 11, 20, 14, 0, 0)
    doc.sections[0].header.paragraphs[0].text = "Cuir & Sens — Solène Marchetti — novembre 2026"

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Cuir & Sens\nNouvelle boutique en ligne et poste d'expédition")
    r.bold = True
    r.font.size = Pt(20)
    s = doc.add_paragraph()
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s.add_run("Conduite du projet, janvier – novembre 2026\nSolène Marchetti, cheffe de projet digital\n"
              "Titre professionnel Chef de projet e-commerce").italic = True

    doc.add_page_break()
    for level, title, items in CONTENT:
        if title[:2] in ("4.", "6."):
            doc.add_page_break()
        doc.add_heading(title, level=level)
        for item in items:
            kind = item[0]
            if kind == "p":
                doc.add_paragraph(item[1])
            elif kind == "h2":
                doc.add_heading(item[1], level=2)
            elif kind == "l":
                for b in item[1]:
                    doc.add_paragraph(b, style="List Bullet")
            elif kind == "t":
                add_table(doc, item[1], item[2])

    for a in ACTIONS_1:
        doc.add_paragraph(a, style="List Number")
    doc.add_page_break()
    for a in ACTIONS_2:
        doc.add_paragraph(a, style="List Number")
    doc.add_paragraph(CLOSING)
    path = os.path.join(OUT_DIR, "cuir-et-sens-pilotage.docx")
    doc.save(path)
    normalize_zip(path)


def normalize_zip(path):
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


if __name__ == "__main__":
    main()
