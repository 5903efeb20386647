# Générateur du dossier du candidat c145 (Ustensio SARL, vendeur d'ustensiles de cuisine sur les marketplaces, Le Coteau,
# agglomération de Roanne) — blocs 2 et 5, dossier faible, UN SEUL DOCX : le manuel des procédures interne du pôle
# marketplaces (v0.4), rédigé par l'alternant.
# Mise en page : Calibri 11 ; page 1 = titre, emplacement du logo, mention de diffusion, tableau des versions ; page 2 =
# « Note au jury », sommaire du manuel (liste tapée), glossaire en tableau ; puis une procédure par section (Titre 1
# « PRO-05 — RÉCEPTION ET MISE EN STOCK »), chacune ouverte par le même tableau d'identité à 2 colonnes (Objet, Périmètre,
# Responsable, Documents associés), puis les rubriques (Titre 2) « Mode opératoire » (liste numérotée Word, redémarrée
# à 1 pour chaque procédure), « Logigramme » (encadré de paragraphes bordés, flèches en texte), « Indicateurs » (puces).
# Annexes 1 et 2 après PRO-12 sous « ANNEXES ». En-tête « Ustensio — Manuel des procédures — v0.4 », pied
# « Réf. MP-MKP — page x / y » (champs PAGE et NUMPAGES). Une note au tuteur surlignée en jaune reste dans PRO-04.
# Déterministe : métadonnées fixes, zip DOCX reconditionné à date fixe.
import datetime, os, re, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c145-procedures-vendeur-marketplace-ustensiles")
DOCX = os.path.join(OUT, "Manuel_procedures_Ustensio_v0.4.docx")
AUTHOR = "Dylan Fayolle"
FIXED = datetime.datetime(2026, 3, 12, 17, 48, 0)
ZIPSTAMP = (2026, 3, 12, 17, 48, 0)
TEAL = (0x1F, 0x4E, 0x79)
GREY_HEX = "E7E6E6"
N_PAGES = 14


# ====================================================================== outils
def repack_file(path, fix=None):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if fix:
                data = fix(name, data)
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fld(paragraph, kind):
    r = OxmlElement("w:r")
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    r.append(el)
    paragraph._p.append(r)


def add_field(paragraph, code, cached):
    fld(paragraph, "begin")
    r = OxmlElement("w:r")
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = " %s " % code
    r.append(el)
    paragraph._p.append(r)
    fld(paragraph, "separate")
    paragraph.add_run(cached)
    fld(paragraph, "end")


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def para_border(paragraph, color="404040", sz="8"):
    pPr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "5")
        e.set(qn("w:color"), color)
        bdr.append(e)
    pPr.append(bdr)


TOKEN = re.compile(r"(\*\*.*?\*\*|==.*?==)")


def fr(t):
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


def rich(p, text, size=None, bold=False):
    for part in TOKEN.split(fr(text)):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
        elif part.startswith("=="):
            r = p.add_run(part[2:-2])
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
        else:
            r = p.add_run(part)
            if bold:
                r.bold = True
        if size:
            r.font.size = Pt(size)
    return p


# ====================================================================== contenu
# Procédure : dict(code, titre, ident=[objet, périmètre, responsable, documents], avant=[blocs], mode=[blocs],
#             apres=[(titre rubrique, [blocs])], logi=[lignes], ind=[blocs])
# Blocs : ("ol", [étapes]) ; ("p", t) ; ("ul", [..]) ; ("ul2", [..]) ; ("lead", t) ; ("tab", lignes, largeurs)
PROCS = [
    dict(code="PRO-01", titre="CRÉATION ET MISE À JOUR DES FICHES OFFRES",
         ident=["Créer ou modifier une fiche offre sans erreur d'EAN, de prix ni de mode d'expédition.",
                "Toutes les références : marque propre Ustensio et produits revendus.",
                "Dylan Fayolle",
                "Fichier maître SKU (Excel, onglet « EAN GS1 »), modèle d'import Cdiscount, guide de style Amazon."],
         mode=[("ol", [
             "Vérifier l'EAN dans le fichier maître SKU. Pas d'EAN : demander à Sandrine (compte GS1).",
             "Chercher l'EAN dans Seller Central (Catalogue > Ajouter un produit) : se rattacher à l'ASIN s'il existe, "
             "sinon créer la fiche.",
             "Saisir le titre au format Marque + Produit + Matière + Dimension + Compatibilité. Exemple : « Ustensio Poêle "
             "inox triple fond 28 cm – tous feux dont induction ».",
             "Saisir le SKU interne (ex. UST-POE-028).",
             "Charger l'image principale sur fond blanc, puis les images d'usage et de dimensions.",
             "Saisir le prix et le mode d'expédition FBA ou FBM (voir PRO-07 étape 1).",
             "Cdiscount : importer le fichier produits puis offres. ManoMano : créer l'offre dans le back-office.",
             "ustensio.fr : créer le produit dans WooCommerce, EAN dans le champ GTIN.",
             "Contrôler la fiche en ligne le lendemain."])],
         logi=["Nouveau produit", "↓", "[◇ EAN dans le fichier maître ?]  → NON → Demander l'EAN à Sandrine",
               "↓ OUI", "[◇ ASIN existant ?]  → OUI → Se rattacher à l'ASIN  /  NON → Créer la fiche",
               "↓", "Autres plateformes  →  Contrôle le lendemain"],
         ind=[("ul", ["Fiches créées en 2025 : 46", "Fiches avec erreur d'EAN signalée en 2025 : 3",
                      "Délai moyen entre réception et mise en ligne : 2 jours"])]),

    dict(code="PRO-02", titre="BOOSTS",
         ident=["Faire ressortir un produit avec les outils de chaque plateforme.",
                "Amazon (Seller Central, Campaign Manager), Cdiscount, ManoMano, ustensio.fr.",
                "Dylan Fayolle — remises validées par Patrick Gonin",
                "Calendrier des opés, tableau de suivi des boosts (Google Sheets)."],
         mode=[("lead", "A. Coupon Amazon"),
               ("ol", ["Seller Central > Annonces > Coupons > Créer un nouveau coupon.",
                       "Rechercher l'ASIN (ex. B0CX7K2QLM, Poêle inox triple fond 28 cm) et l'ajouter au coupon.",
                       "Choisir la remise en % ou en €. Cocher « un coupon par client ».",
                       "Saisir le budget (remises + frais Amazon par coupon utilisé), le titre, les dates et le "
                       "ciblage. Envoyer.",
                       "Vérifier le lendemain que le coupon est « Actif » sur la fiche."]),
               ("lead", "B. Vente Flash Amazon"),
               ("ol", ["Seller Central > Annonces > Offres > Créer une offre > Vente Flash.",
                       "Choisir un ASIN proposé comme éligible, saisir le prix de l'offre et la quantité, choisir la "
                       "semaine. IMPORTANT : la Vente Flash est payante, demander l'accord de Patrick avant d'envoyer."]),
               ("lead", "C. Sponsored Products (Sponso)"),
               ("ol", ["Campaign Manager > Créer une campagne > Sponsored Products.",
                       "Nouveau produit : campagne automatique pendant deux semaines.",
                       "Ensuite : campagne manuelle avec les mots-clés qui ont vendu dans le rapport des termes de "
                       "recherche (ex. « poêle inox induction 28 ») ; mots-clés qui coûtent sans vendre en négatif.",
                       "Saisir le budget quotidien et l'enchère par défaut validés par Patrick."]),
               ("lead", "D. Contenu A+ (Amazon)"),
               ("ol", ["Seller Central > Marques > Contenu A+ > Commencer à créer.",
                       "Modules image + texte : triple fond, induction, entretien, comparatif de la gamme. Soumettre."]),
               ("lead", "E. Cdiscount « Offre du moment »"),
               ("ol", ["Espace vendeur Cdiscount > Promotions : proposer la référence en « Offre du moment » avec prix "
                       "barré, stock réservé et dates. Attendre la validation de Cdiscount."]),
               ("lead", "F. ManoMano"),
               ("ol", ["Back-office ManoMano > Promotions : créer la promotion (prix barré, dates) sur les offres "
                       "choisies."]),
               ("lead", "G. ustensio.fr"),
               ("ol", ["WooCommerce > Produits : saisir le prix promo et ses dates. Cocher « Mis en avant » pour la page "
                       "d'accueil."])],
         apres=[("Emplacements", [("p", "Endroits où un produit peut ressortir :"),
                                  ("ul", ["titre de la fiche ;", "première image ;", "contenu A+ ;",
                                          "boutique de marque Amazon (Brand Store) ;", "encadré buy box."])])],
         logi=["Produit à booster", "↓", "[◇ Buy box détenue ?]  → NON → Corriger prix ou stock d'abord (voir PRO-01)",
               "↓ OUI", "[◇ Plateforme ?]",
               "Amazon → Coupon ou Vente Flash + Sponso  /  Cdiscount → Offre du moment  /  ManoMano → Promotion",
               "↓", "Noter dans le tableau de suivi des boosts"],
         ind=[("ul", ["Buy box détenue (moyenne 2025) : 92 %", "ACOS moyen Sponsored Products 2025 : 14 %",
                      "Coupons actifs au 1er mars 2026 : 6", "Fiches avec contenu A+ : 5"])]),

    dict(code="PRO-03", titre="MESSAGES ACHETEURS",
         ident=["Répondre aux messages des acheteurs sur les trois marketplaces et sur ustensio.fr.",
                "Messagerie acheteur-vendeur Amazon, messageries Cdiscount et ManoMano, contact@ustensio.fr.",
                "Aïcha Benali — remplacement : Dylan Fayolle",
                "Fichier « Réponses types v3 »."],
         avant=[("p", "**IMPORTANT :** Pas de chat en direct sur les marketplaces, et on n'en a pas mis sur ustensio.fr. "
                      "Répondre sous 24 h ouvrées.")],
         mode=[("ol", ["Ouvrir chaque matin à 8 h 30 : Seller Central > Messages, puis Cdiscount, ManoMano et la boîte "
                       "contact.",
                       "Classer : question avant achat / suivi de colis / produit abîmé / retour.",
                       "Répondre avec la réponse type. Personnaliser le prénom et le numéro de commande.",
                       "Produit abîmé : demander une photo, puis suivre PRO-04.",
                       "IMPORTANT : jamais de lien vers ustensio.fr dans un message Amazon ou Cdiscount.",
                       "Marquer « Aucune réponse nécessaire » les messages automatiques."])],
         logi=["Message reçu", "↓", "[◇ Réponse type disponible ?]  → OUI → Personnaliser + envoyer",
               "↓ NON", "Réponse d'attente  →  Question à Patrick  →  Réponse sous 24 h ouvrées"],
         ind=[("ul", ["Messages traités en février 2026 : 1 280", "Délai de réponse moyen Amazon : 9 h",
                      "Réponses hors délai : 2 %"])]),

    dict(code="PRO-04", titre="RETOURS, LITIGES ET A-TO-Z",
         ident=["Traiter les retours, les litiges et les réclamations A-to-Z.",
                "Commandes FBM toutes plateformes (les retours FBA sont gérés par Amazon).",
                "Aïcha Benali (messages), Lucas Dumoulin (contrôle du produit retourné)",
                "Politique retours Amazon, politique retours ustensio.fr, fichier des retours (Excel)."],
         mode=[("ol", ["Recevoir la demande : Seller Central > Commandes > Gérer les retours (ou espace litiges "
                       "Cdiscount / ManoMano).",
                       "Vérifier le motif et le délai (voir Politique retours ci-dessous).",
                       "Autoriser le retour. Produit défectueux : étiquette prépayée.",
                       "À réception, Lucas contrôle le produit (voir PRO-05 étape 3) : remise en stock, déclassé ou "
                       "destruction.",
                       "Rembourser dans les 48 h après réception.",
                       "Réclamation A-to-Z : répondre tout de suite avec le numéro de suivi et la preuve de livraison.",
                       "Litige Cdiscount ou ManoMano : répondre dans l'espace litiges."])],
         apres=[("Politique retours", [("ul", ["Amazon : 30 jours après réception.",
                                               "ustensio.fr : 14 jours après réception."])]),
                ("", [("p", "==[Patrick : valider le seuil d'alerte à 1 % pour le taux de défaut]==")])],
         logi=["Demande de retour", "↓", "[◇ Dans le délai ?]  → NON → Refus avec le motif",
               "↓ OUI", "Étiquette  →  Réception  →  [◇ Produit OK ?]  → OUI → Remise en stock  /  NON → Déclassé",
               "↓", "Remboursement sous 48 h"],
         ind=[("ul", ["Taux de défaut de commande (ODR) : 0,7 %", "Taux d'expédition en retard : 1,8 %",
                      "14 avis négatifs livraison (copie Seller Central, 90 derniers jours)",
                      "Réclamations A-to-Z en 2025 : 9"])]),

    dict(code="PRO-05", titre="RÉCEPTION ET MISE EN STOCK",
         ident=["Réceptionner les livraisons fournisseurs, contrôler, tracer et ranger la marchandise.",
                "Conteneurs, palettes et colis fournisseurs reçus au quai de Le Coteau.",
                "Lucas Dumoulin",
                "Bon de commande, packing list, fichier de réception, étiquettes emplacements."],
         avant=[("p", "**Nos partenaires :** usine de Ningbo (inox), Verrerie du Forez (couvercles).")],
         mode=[("ol", ["Compter les palettes et les cartons contre la packing list avant de signer. Carton abîmé : "
                       "réserves écrites sur le bon du transporteur.",
                       "Relever le numéro de lot fournisseur inscrit sur chaque carton (ex. NB-2511-07 pour Ningbo) et le "
                       "saisir dans le fichier de réception avec la date et l'EAN.",
                       "Contrôler selon le type de produit (voir Contrôles par type).",
                       "Non conforme : zone « Bloqué », photo, prévenir Patrick.",
                       "Étiqueter chaque carton : EAN + numéro de lot + emplacement.",
                       "Ranger : scanner l'EAN du produit puis l'étiquette de l'emplacement (rangement validé après les "
                       "deux scans).",
                       "Produits prévus en FBA : poser sur le rack de préparation FBA (voir PRO-07 étape 4)."])],
         apres=[("Contrôles par type", [("ul", [
             "**Inox (poêles, casseroles)** : contrôle visuel sur 1 produit par carton (rayures, fond plat, rivets) "
             "+ test de l'aimant sur le fond : s'il ne colle pas, pas compatible induction, lot bloqué.",
             "**Couvercles verre** : double carton obligatoire dès la réception ; test de chute sur 1 carton sur 20 "
             "(carton fermé lâché à hauteur de table, puis ouvert).",
             "**Lames (mandolines)** : présence des protège-lames sur chaque lame et de la notice de sécurité.",
             "**Bois (planches hêtre)** : pas de fente, film intact."])]),
                ("Rangement", [("ul", [
                    "**Étagères de picking classées ABC** pour les petits articles FBM : A = forte rotation (set "
                    "silicone, mandolines) près du poste d'emballage, C au fond. Moins de pas sur ce qui sort le plus.",
                    "**Racks à palettes** pour les cartons complets et la préparation des envois FBA : produits "
                    "lourds et volumineux, accès au chariot élévateur, palettes FBA séparées du stock FBM.",
                    "**Établi de double emballage** pour les couvercles verre : fragiles, emballés à part sans "
                    "ralentir le poste principal."])])],
         logi=["Livraison reçue", "↓", "[◇ Nombre de cartons = packing list ?]  → NON → Réserves + Patrick",
               "↓ OUI", "Relever le lot  →  Contrôle par type  →  [◇ Conforme ?]  → NON → Zone Bloqué",
               "↓ OUI", "Scan EAN + scan emplacement  →  [◇ Prévu en FBA ?]  → OUI → Rack préparation FBA  /  NON → "
               "Picking ABC"],
         ind=[("ul", ["Réceptions en 2025 : 38", "Lots non conformes en 2025 : 4 (dont 3 de couvercles)",
                      "Délai moyen réception → en ligne : 1,5 jour", "Écart d'inventaire annuel : 0,4 %"])]),

    dict(code="PRO-06", titre="CIRCUIT COLIS FBM",
         ident=["Préparer et expédier les commandes FBM le jour même.",
                "Commandes FBM des quatre canaux reçues avant 13 h.",
                "Lucas Dumoulin — préparation : Kévin Perret",
                "BL, étiquettes transporteurs, grille transporteurs (PRO-08), cartes de remerciement."],
         mode=[("ol", ["Télécharger les commandes à 9 h et à 13 h sur les quatre canaux.",
                       "Vérifier le stock. Produit absent : annuler sous 24 h.",
                       "Imprimer les BL pour le picking.",
                       "Imprimer une deuxième fois les BL pour les mettre dans les colis.",
                       "Prélever dans les étagères ABC (voir PRO-05 Rangement) et scanner l'EAN.",
                       "Emballer. Couvercle verre : établi de double emballage.",
                       "Peser le colis.",
                       "Choisir le transporteur dans la grille (voir PRO-08).",
                       "Glisser la carte de remerciement avec QR code −10 % sur ustensio.fr. Colis Cdiscount et "
                       "ustensio.fr uniquement. INTERDIT sur Amazon.",
                       "Coller l'étiquette transporteur, scanner le colis.",
                       "Confirmer l'expédition avec le suivi sur la plateforme avant 17 h."])],
         apres=[("Piste", [("p", "Supprimer la double impression du BL (étapes 3 et 4).")]),
                ("Remarques", [("p", "Dispositifs pour faire revenir les acheteurs (clients récurrents) :"),
                               ("ul", [
                                   "Amazon « Abonnez-vous et économisez » sur les consommables (lames de rechange, "
                                   "joints de couvercle).",
                                   "Boutique de marque Amazon : bouton « Suivre », les abonnés voient nos nouveautés.",
                                   "Cdiscount à Volonté : offres éligibles mises en avant auprès des abonnés CDAV.",
                                   "Carte de remerciement avec QR code −10 % sur ustensio.fr : colis Cdiscount et "
                                   "ustensio.fr uniquement, INTERDIT sur Amazon (étape 9).",
                                   "Demande d'avis : bouton « Demander un avis » dans Seller Central ; e-mail "
                                   "automatique WooCommerce à J+10 sur ustensio.fr."]),
                               ("p", "Carte choisie : pas cher, 0,04 € la carte.")])],
         logi=["1 Commande reçue", "↓", "2 [◇ Stock dispo ?]  → NON → Annuler sous 24 h",
               "↓ OUI", "3 Imprimer BL (picking)  →  4 Imprimer BL (colis)  →  5 Picking + scan EAN",
               "↓", "6 [◇ Verre ?]  → OUI → Établi double emballage  /  NON → Carton standard",
               "↓", "7 Pesée  →  8 Grille transporteurs  →  9 [◇ Cdiscount ou ustensio.fr ?]  → OUI → Carte QR",
               "↓", "10 Étiquette + scan  →  11 Confirmation du suivi avant 17 h"],
         ind=[("ul", ["Colis FBM expédiés par jour (moyenne février 2026) : 235",
                      "Expédiés le jour même : 97 %", "Erreurs de préparation : 0,3 %",
                      "Cartes imprimées depuis octobre 2025 : 5 000"])]),

    dict(code="PRO-07", titre="PRÉPARATION DES ENVOIS FBA",
         ident=["Choisir les produits à mettre en FBA et préparer les envois vers les entrepôts Amazon.",
                "SKU en FBA et SKU candidats au passage en FBA.",
                "Dylan Fayolle (plan d'envoi), Lucas Dumoulin (préparation)",
                "Étiquettes FNSKU, export des ventes sur 30 jours."],
         mode=[("ol", ["Chaque premier lundi du mois : passer les SKU aux critères FBA / FBM (ci-dessous) sur l'export "
                       "des ventes des 30 derniers jours.",
                       "Calculer la quantité : six semaines de ventes moins le stock chez Amazon.",
                       "Créer l'envoi : Seller Central > Envoyer vers Amazon.",
                       "Imprimer les étiquettes FNSKU et les coller sur chaque produit, sur l'EAN fournisseur.",
                       "Avant de fermer un carton : scanner 1 produit sur 10 (FNSKU = SKU prévu), écrire le lot "
                       "fournisseur sur le carton.",
                       "Étiquette carton Amazon, palette sur le rack de préparation FBA, filmer.",
                       "Suivre l'envoi jusqu'au statut « Réceptionné ». Écart : ouvrir un cas."])],
         apres=[("Critères FBA / FBM", [
             ("p", "Un SKU passe en FBA s'il remplit les trois critères :"),
             ("ul", ["**plus de 5 ventes par jour** : le stock tourne vite, peu de frais de stockage, et le badge "
                     "Prime aide à garder la buy box ;",
                     "**moins de 2 kg emballé** : frais FBA plus bas que notre envoi FBM ;",
                     "**pas fragile** : pas de verre, la casse chez Amazon coûte plus que le gain."]),
             ("p", "Sinon le SKU reste en FBM (PRO-06). Exemple : la poêle 28 cm est en FBA ; le lot de 3 casseroles "
                   "et les couvercles verre restent en FBM.")])],
         logi=["SKU", "↓", "[◇ Plus de 5 ventes / jour ?]  → NON → FBM",
               "↓ OUI", "[◇ Moins de 2 kg ?]  → NON → FBM", "↓ OUI", "[◇ Fragile ?]  → OUI → FBM",
               "↓ NON", "FBA  →  Plan d'envoi  →  FNSKU  →  Contrôle 1 sur 10 + lot  →  Envoi"],
         ind=[("ul", ["SKU en FBA : 45 sur 380", "Part du CA Amazon réalisée en FBA : 58 %",
                      "SKU en rupture FBA en février 2026 : 3", "Frais de stockage FBA 2025 : 4 120 €"])]),

    dict(code="PRO-08", titre="GRILLE TRANSPORTEURS",
         ident=["Choisir le transporteur de chaque colis FBM.",
                "Colis FBM vers la France métropolitaine.",
                "Lucas Dumoulin",
                "Contrats transporteurs, grille ci-dessous (tarifs négociés au 1er janvier 2026)."],
         mode=[("ol", ["Peser le colis (voir PRO-06 étape 7).",
                       "Point relais choisi par l'acheteur (Cdiscount, ustensio.fr) : Mondial Relay.",
                       "Livraison rapide demandée : DPD Predict.",
                       "Sinon : prendre le transporteur le moins cher de la grille pour le poids.",
                       "Colis lourd (lot de casseroles + couvercles) : comparer GLS et Colissimo sur la grille complète."]),
               ("tab", [["Rang", "Transporteur", "Prix colis 2 kg (HT)", "Délai", "Livraison"],
                        ["1", "Mondial Relay", "4,35 €", "3 à 5 jours", "point relais"],
                        ["2", "GLS", "5,20 €", "2 à 3 jours", "domicile"],
                        ["3", "Colissimo", "6,10 €", "2 jours", "domicile ou boîte aux lettres"],
                        ["4", "DPD Predict", "6,85 €", "1 à 2 jours", "domicile, créneau d'1 h"]],
                [1.2, 3.6, 3.6, 2.8, 4.8])],
         logi=["Colis pesé", "↓", "[◇ Point relais choisi ?]  → OUI → Mondial Relay",
               "↓ NON", "[◇ Livraison rapide ?]  → OUI → DPD Predict", "↓ NON", "Le moins cher de la grille"],
         ind=[("ul", ["Coût transport moyen par colis FBM : 5,40 €", "Colis perdus en 2025 : 0,2 %"])]),

    dict(code="PRO-09", titre="ANIMATION DES RÉSEAUX SOCIAUX",
         ident=["Publier sur les réseaux sociaux d'Ustensio.", "Page Facebook Ustensio.", "à définir", "—"],
         mode=[("p", "À RÉDIGER (v0.5)")],
         logi=None,
         ind=[("p", "—")]),

    dict(code="PRO-10", titre="POINT DU MARDI",
         ident=["Décider chaque semaine des actions sur trois sujets : les ruptures de stock en FBA, les litiges "
                "ouverts et le taux de défaut.",
                "Tous les mardis à 9 h, bureau de Patrick, 30 minutes.",
                "Patrick Gonin (anime) — Dylan Fayolle (prépare et rédige le compte rendu)",
                "Tableau du lundi soir, modèle de compte rendu (dossier partagé « Point du mardi »)."],
         avant=[("p", "Participants : Patrick, Dylan, Lucas, Aïcha. Sandrine le premier mardi du mois.")],
         mode=[("ol", ["Lundi avant 17 h : exporter les stocks FBA, les litiges ouverts et le taux de défaut (Seller "
                       "Central, Cdiscount, ManoMano).",
                       "Envoyer le tableau aux participants avant 18 h.",
                       "Mardi 9 h : suivre l'ordre du jour fixe :"]),
               ("ul2", ["ruptures FBA et SKU sous trois semaines de stock (10 min) → décider : envoi FBA, passage "
                        "provisoire en FBM ou commande fournisseur ;",
                        "litiges ouverts et A-to-Z (10 min) → décider : rembourser, contester ou relancer le "
                        "transporteur ;",
                        "taux de défaut et avis négatifs (5 min) → décider l'action corrective (voir PRO-04) ;",
                        "divers (5 min)."]),
               ("ol+", ["Noter chaque décision avec un responsable et une date.",
                        "Déposer le compte rendu dans le dossier partagé avant 11 h."])],
         apres=[("Décisions à retenir", [("ul", [
             "3 février 2026, cadrage Patrick : le futur agrégateur devra être relié au logiciel comptable de "
             "Sandrine.",
             "17 février 2026 : poêles 24 cm en surstock (voir PRO-12)."])])],
         logi=["Lundi : export  →  envoi du tableau", "↓", "Mardi 9 h : point de 30 min (ordre du jour fixe)",
               "↓", "[◇ Décision prise ?]  → OUI → Action + responsable + date dans le compte rendu",
               "↓ NON", "Reporté au mardi suivant  →  Patrick tranche"],
         ind=[("ul", ["Points tenus depuis septembre 2025 : 24", "Durée moyenne : 34 min", "Cadences (février 2026) :"]),
              ("tab", [["Personne", "Poste", "Cadence moyenne"],
                       ["Kévin Perret", "Préparateur", "142 colis / jour"],
                       ["Lucas Dumoulin", "Chef d'entrepôt", "96 colis / jour"],
                       ["Aïcha Benali", "Messages acheteurs", "61 messages / jour"]],
               [4.5, 5.0, 5.5])]),

    dict(code="PRO-11", titre="PURGE ACHETEURS",
         ident=["Supprimer les données des acheteurs dans les fichiers exportés.",
                "Exports de commandes Amazon (rapports avec nom, adresse, téléphone) sur le serveur et les postes de "
                "l'entrepôt.",
                "Dylan Fayolle",
                "Règles Amazon sur la protection des données des acheteurs, registre des purges."],
         mode=[("ol", ["Le 1er de chaque mois : ouvrir le dossier « Exports commandes » sur le serveur.",
                       "Supprimer les noms, adresses et téléphones des fichiers de plus de 30 jours (règle Amazon).",
                       "Vider aussi les Téléchargements des postes de l'entrepôt et la corbeille.",
                       "Étiquettes et BL imprimés en trop : au broyeur, pas à la poubelle.",
                       "Noter la purge dans le registre : date, nombre de fichiers."])],
         logi=["1er du mois", "↓", "[◇ Fichier de plus de 30 jours ?]  → NON → Garder",
               "↓ OUI", "Supprimer nom, adresse, téléphone  →  Registre des purges"],
         ind=[("ul", ["Fichiers purgés en février 2026 : 31", "Dernière purge : 02/03/2026"])]),

    dict(code="PRO-12", titre="OPÉ PRIME DAY",
         ident=["Objectif : écouler les poêles 24 cm.",
                "Amazon.fr, opé Prime Day de juillet 2026.",
                "Dylan Fayolle — validation Patrick Gonin",
                "Calendrier des opés, tableau de suivi des boosts (PRO-02)."],
         mode=[("ol", ["Vérifier l'éligibilité des poêles 24 cm aux offres Prime Day (Seller Central > Annonces > "
                       "Offres) et la date limite de proposition.",
                       "Proposer l'offre : prix, quantité. Accord de Patrick avant envoi.",
                       "Envoyer le stock en FBA avant la date limite de réception d'Amazon (voir PRO-07 étape 3).",
                       "Sponso : Sponsored Products sur les poêles 24 cm, budget quotidien relevé pendant l'opé.",
                       "Relais : mettre à jour le flux Idealo avec le prix de l'opé ; envoyer une poêle au blog « Les "
                       "Casseroles de Margaux » avec le lien de la fiche.",
                       "Poster l'opé 2 fois sur la page Facebook : la veille et le jour J.",
                       "Après l'opé : relever les ventes et le stock restant, noter dans le tableau des boosts."])],
         logi=["Opé validée par Patrick", "↓", "Offre proposée  →  [◇ Acceptée par Amazon ?]  → NON → Coupon à la "
               "place (voir PRO-02)", "↓ OUI", "Stock FBA envoyé  →  Sponso + Idealo + blog  →  Facebook ×2",
               "↓", "Relevé après l'opé"],
         ind=[("ul", ["Stock de poêles 24 cm au 1er mars 2026 : 1 150", "Ventes actuelles : 6 par jour",
                      "Prix habituel : 29,90 €"])]),
]

ANNEXES = [
    dict(code="ANNEXE 1", titre="FICHE BESOIN AGRÉGATEUR",
         ident=["Choisir un agrégateur pour gérer offres, stocks et commandes des trois marketplaces et d'ustensio.fr "
                "depuis un seul outil.",
                "Catalogue complet, toutes plateformes.",
                "Dylan Fayolle",
                "Démos et grilles tarifaires reçues en février 2026."],
         mode=[("p", "Besoins :"),
               ("ul", ["synchroniser le stock entre Amazon FBM, Cdiscount, ManoMano et ustensio.fr ;",
                       "publier les offres depuis un seul catalogue (EAN, titres, images) ;",
                       "modifier les prix en masse ;",
                       "récupérer les commandes des trois marketplaces ;",
                       "renvoyer les numéros de suivi automatiquement ;",
                       "suivre le stock FBA à part du stock de Le Coteau ;",
                       "se connecter à WooCommerce ;",
                       "envoyer un flux à Idealo ;",
                       "fixer un prix plancher par SKU ;",
                       "afficher les ventes par canal ;",
                       "support en français."]),
               ("p", "Cadrage Patrick : 300 €/mois max."),
               ("tab", [["Agrégateur", "Prix mensuel (devis février 2026)"],
                        ["Lengow", "390 € / mois"],
                        ["Channable", "249 € / mois"],
                        ["BeezUP", "199 € / mois"]],
                [6.0, 6.0])],
         logi=["Besoins listés", "↓", "Démos des trois outils", "↓",
               "[◇ 300 €/mois max ?]  → NON → Écarté  /  OUI → Proposition à Patrick"],
         ind=[("ul", ["Temps de mise à jour des stocks à la main : 6 h / semaine",
                      "Commandes annulées pour survente en 2025 : 41"])]),
    dict(code="ANNEXE 2", titre="ENCAISSEMENT",
         ident=["Suivre l'encaissement plateforme des ventes et les moyens de paiement d'ustensio.fr.",
                "Amazon, Cdiscount, ManoMano, ustensio.fr.",
                "Sandrine Gonin (comptabilité), Dylan Fayolle (site)",
                "Rapports de versement, tableau de rapprochement mensuel."],
         mode=[("ol", ["Marketplaces : l'acheteur paie la plateforme (encaissement plateforme). Amazon, Cdiscount et "
                       "ManoMano nous reversent les ventes moins les commissions.",
                       "À chaque versement : télécharger le rapport (Seller Central > Rapports > Paiements, relevés "
                       "Cdiscount et ManoMano) et l'envoyer à Sandrine.",
                       "ustensio.fr : Stripe (carte bancaire) et PayPal installés depuis 2024 (extensions WooCommerce). "
                       "Chaque lundi, vérifier que les deux s'affichent à la validation de commande ; regarder les "
                       "paiements échoués dans Stripe.",
                       "Fin de mois : Sandrine rapproche versements et commandes."])],
         apres=[("Confiance acheteurs", [("ul", ["badge « Expédié par Amazon » sur les SKU en FBA ;",
                                                 "note vendeur Amazon 4,6."])]),
                ("4x", [("p", "4x Cofidis sur Amazon et Cdiscount, géré par eux.")])],
         logi=["Vente", "↓", "[◇ Marketplace ?]  → OUI → Encaissement plateforme → Versement → Rapport à Sandrine",
               "↓ NON (ustensio.fr)", "Stripe ou PayPal  →  Virement sur le compte  →  Rapprochement mensuel"],
         ind=[("ul", ["Paiements ustensio.fr 2025 : Stripe 71 %, PayPal 29 %",
                      "Versements Amazon : toutes les deux semaines", "Note vendeur Amazon : 4,6 / 5"])]),
]

VERSIONS = [["Version", "Date", "Auteur", "Modifications"],
            ["v0.1", "10/11/2025", "D. Fayolle", "Création : PRO-01 à PRO-04, glossaire"],
            ["v0.2", "15/12/2025", "D. Fayolle", "Ajout PRO-05 à 08"],
            ["v0.3", "09/02/2026", "D. Fayolle", "Ajout PRO-10 à 12, annexes 1 et 2"],
            ["v0.4", "12/03/2026", "D. Fayolle", "PRO-11 à relire par Patrick"]]

GLOSSARY = [["Terme", "Définition"],
            ["ASIN", "Identifiant Amazon d'un produit (10 caractères). Ex. poêle 28 cm : B0CX7K2QLM."],
            ["EAN", "Code-barres à 13 chiffres du produit. Obligatoire pour créer une offre."],
            ["FBA", "Expédié par Amazon : stock chez Amazon, qui expédie et gère les retours."],
            ["FBM", "Expédié par le vendeur : on prépare et on expédie depuis Le Coteau."],
            ["ODR", "Taux de défaut de commande : part des commandes avec avis négatif, réclamation A-to-Z ou "
                    "rétrofacturation."],
            ["Buy box", "Encadré « Ajouter au panier » : un seul vendeur l'a à la fois sur un ASIN."],
            ["A-to-Z", "Garantie A à Z d'Amazon : réclamation de l'acheteur quand le colis n'arrive pas ou ne correspond "
                       "pas."]]

NOTE_JURY = [
    "Mon dossier de certification est le manuel des procédures du pôle marketplaces d'Ustensio, que j'écris depuis "
    "novembre 2025. Quand je suis passé de préparateur à assistant marketplaces, en septembre 2025, rien n'était écrit : "
    "tout était dans la tête de Patrick et de Lucas.",
    "Le manuel sert à former les nouveaux et à remplacer quelqu'un pendant les congés. Il couvre ce que je fais chaque "
    "semaine, écrit comme on l'utilise à l'entrepôt : des étapes courtes, à l'infinitif.",
    "C'est une version de travail (v0.4) : certaines parties sont encore à relire ou à rédiger.",
    "Dylan Fayolle — alternant assistant marketplaces — Bachelor Chef de projet e-commerce, session 2026",
]


# ====================================================================== construction
class Numbering:
    """Listes numérotées Word : chaque liste redémarre à 1 (nouvelle w:num avec startOverride)."""

    def __init__(self, doc):
        self.numbering = doc.part.numbering_part.numbering_definitions._numbering
        st = doc.styles["List Number"]
        num_id = st.element.pPr.numPr.numId.val
        self.abstract = self.numbering.num_having_numId(num_id).abstractNumId.val

    def new(self):
        num = self.numbering.add_num(self.abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return num.numId


def set_num(p, num_id):
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def add_table(doc, rows, widths, header=True, first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            p = c.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.space_before = Pt(0)
            p.paragraph_format.line_spacing = 1.0
            rich(p, val, size=10)
            if (header and i == 0) or (first_col and j == 0):
                for r in p.runs:
                    r.bold = True
                set_cell_bg(c, GREY_HEX)
    for row in t.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    return t


def logigramme(doc, lines):
    for k, line in enumerate(lines):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pf = p.paragraph_format
        pf.left_indent = Cm(0.3)
        pf.right_indent = Cm(0.3)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0 if k < len(lines) - 1 else 6)
        pf.line_spacing = 1.0
        pf.keep_with_next = k < len(lines) - 1
        para_border(p)
        r = p.add_run(fr(line))
        r.font.size = Pt(9.5)


def blocks(doc, items, numbering, state):
    for item in items:
        kind = item[0]
        if kind in ("ol", "ol+"):
            if kind == "ol" and not state.get("keep"):
                state["num"] = numbering.new()
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Number"), line)
                set_num(lp, state["num"])
                lp.paragraph_format.space_after = Pt(2)
            state["keep"] = True
        elif kind == "ul":
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Bullet"), line)
                lp.paragraph_format.space_after = Pt(1)
        elif kind == "ul2":
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Bullet 2"), line)
                lp.paragraph_format.space_after = Pt(1)
        elif kind == "p":
            rich(doc.add_paragraph(), item[1])
        elif kind == "lead":
            lp = doc.add_paragraph()
            lp.paragraph_format.space_before = Pt(4)
            lp.paragraph_format.space_after = Pt(2)
            lp.paragraph_format.keep_with_next = True
            r = lp.add_run(fr(item[1]))
            r.bold = True
            r.underline = True
        elif kind == "tab":
            add_table(doc, item[1], item[2])
            doc.add_paragraph().paragraph_format.space_after = Pt(0)


def procedure(doc, pr, numbering, new_page=False):
    hd = doc.add_heading("%s — %s" % (pr["code"], pr["titre"]), level=1)
    if new_page:
        hd.paragraph_format.page_break_before = True
    it = add_table(doc, [["Objet", pr["ident"][0]], ["Périmètre", pr["ident"][1]], ["Responsable", pr["ident"][2]],
                         ["Documents associés", pr["ident"][3]]], [4.0, 12.0], header=False, first_col=True)
    for row in it.rows[:-1]:
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.keep_with_next = True
    sp = doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(0)
    state = {}
    if pr.get("avant"):
        blocks(doc, pr["avant"], numbering, state)
    doc.add_heading("Mode opératoire", level=2)
    # les listes numérotées du mode opératoire forment une seule liste (redémarre à 1 pour la procédure)
    state = {"num": numbering.new(), "keep": True}
    blocks(doc, pr["mode"], numbering, state)
    for title, items in pr.get("apres", []):
        if title:
            doc.add_heading(title, level=2)
        blocks(doc, items, numbering, {"keep": False})
    doc.add_heading("Logigramme", level=2)
    if pr["logi"]:
        logigramme(doc, pr["logi"])
    else:
        doc.add_paragraph("—")
    doc.add_heading("Indicateurs", level=2)
    blocks(doc, pr["ind"], numbering, {"keep": False})


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    st.font.size = Pt(11)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "fr-FR")
    st.element.rPr.append(lang)
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.line_spacing = 1.05
    for name, size, before, after in (("Heading 1", 14, 16, 6), ("Heading 2", 11.5, 8, 3)):
        hs = doc.styles[name]
        hs.font.color.rgb = RGBColor(*TEAL)
        hs.font.size = Pt(size)
        rf = hs.element.rPr.find(qn("w:rFonts"))
        for a in list(rf.attrib):
            del rf.attrib[a]
        hs.font.name = "Calibri"
        hs.paragraph_format.space_before = Pt(before)
        hs.paragraph_format.space_after = Pt(after)
    for name in ("Header", "Footer"):
        doc.styles[name].font.size = Pt(9)
        doc.styles[name].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    settings = doc.settings.element
    settings.find(qn("w:decimalSymbol")).set(qn("w:val"), ",")
    settings.find(qn("w:listSeparator")).set(qn("w:val"), ";")
    numbering = Numbering(doc)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run("Ustensio — Manuel des procédures — v0.4")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Réf. MP-MKP — page ")
    add_field(fp, "PAGE", "2")
    fp.add_run(" / ")
    add_field(fp, "NUMPAGES", str(N_PAGES))

    # ---------------------------------------------------------------- page 1
    p = doc.add_paragraph()
    p.add_run("Ustensio SARL — ZA, 42120 Le Coteau").font.size = Pt(10)
    for _ in range(3):
        doc.add_paragraph()
    for k, line in enumerate(["", "[ LOGO USTENSIO ]", ""]):
        lp = doc.add_paragraph()
        lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        lp.paragraph_format.left_indent = Cm(5.5)
        lp.paragraph_format.right_indent = Cm(5.5)
        lp.paragraph_format.space_after = Pt(0)
        para_border(lp, "A6A6A6", "6")
        if line:
            r = lp.add_run(line)
            r.font.color.rgb = RGBColor(0xA6, 0xA6, 0xA6)
    for _ in range(3):
        doc.add_paragraph()
    for text, size, bold in [("MANUEL DES PROCÉDURES — Pôle marketplaces", 22, True),
                             ("Amazon · Cdiscount · ManoMano · ustensio.fr", 13, False),
                             ("Diffusion : interne — document non contractuel", 11, False)]:
        tp = doc.add_paragraph()
        tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        tp.paragraph_format.space_after = Pt(12)
        r = tp.add_run(fr(text))
        r.font.size = Pt(size)
        r.bold = bold
        if bold:
            r.font.color.rgb = RGBColor(*TEAL)
    for _ in range(2):
        doc.add_paragraph()
    for line in ["Référence : MP-MKP — version 0.4 du 12/03/2026",
                 "Rédaction : Dylan Fayolle, assistant marketplaces (alternance)",
                 "Validation : Patrick Gonin, gérant"]:
        lp = doc.add_paragraph(fr(line))
        lp.paragraph_format.space_after = Pt(1)
    doc.add_paragraph()
    cap = doc.add_paragraph()
    cap.add_run("Suivi des versions").bold = True
    add_table(doc, VERSIONS, [2.0, 2.6, 2.6, 9.4])

    # ---------------------------------------------------------------- page 2
    h = doc.add_paragraph()
    h.paragraph_format.page_break_before = True
    h.paragraph_format.space_after = Pt(4)
    r = h.add_run("Note au jury")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(*TEAL)
    for k, t in enumerate(NOTE_JURY):
        np_ = rich(doc.add_paragraph(), t)
        if k == len(NOTE_JURY) - 1:
            np_.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for rr in np_.runs:
                rr.italic = True
                rr.font.size = Pt(9.5)
    h = doc.add_paragraph()
    h.paragraph_format.space_before = Pt(8)
    r = h.add_run("Sommaire du manuel")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(*TEAL)
    for pr in PROCS + ANNEXES:
        sp = doc.add_paragraph()
        sp.paragraph_format.space_after = Pt(0)
        sp.paragraph_format.left_indent = Cm(0.5)
        label = pr["titre"].capitalize() if pr["code"] != "PRO-12" else "Opé Prime Day"
        fixes = {"PRO-06": "Circuit colis FBM", "PRO-07": "Préparation des envois FBA",
                 "PRO-04": "Retours, litiges et A-to-Z", "PRO-10": "Point du mardi", "ANNEXE 1": "Fiche besoin agrégateur"}
        label = fixes.get(pr["code"], label)
        r = sp.add_run(pr["code"].replace("ANNEXE", "Annexe"))
        r.bold = True
        sp.add_run("  " + label)
    h = doc.add_paragraph()
    h.paragraph_format.space_before = Pt(8)
    r = h.add_run("Glossaire")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(*TEAL)
    add_table(doc, GLOSSARY, [2.6, 14.0])

    # ---------------------------------------------------------------- procédures
    for k, pr in enumerate(PROCS):
        procedure(doc, pr, numbering, new_page=(k == 0))   # PRO-01 commence page 3
    # ---------------------------------------------------------------- annexes
    ap = doc.add_paragraph()
    ap.paragraph_format.space_before = Pt(18)
    ap.paragraph_format.keep_with_next = True
    ap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = ap.add_run("ANNEXES")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(*TEAL)
    for pr in ANNEXES:
        procedure(doc, pr, numbering)

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Manuel des procédures - Pôle marketplaces - v0.4"
    cp.subject = "Ustensio - procédures internes"
    cp.created = datetime.datetime(2025, 11, 10, 8, 55, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 88
    cp.language = "fr-FR"
    cp.keywords = "MP-MKP"
    return doc


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = build_docx()
    doc.save(DOCX)
    words = sum(len(p.text.split()) for p in doc.paragraphs) + sum(
        len(c.text.split()) for t in doc.tables for r in t.rows for c in r.cells)
    chars = sum(len(p.text.replace(" ", "")) for p in doc.paragraphs)

    def fix(name, data):
        if name != "docProps/app.xml":
            return data
        t = data.decode("utf-8")
        for tag, val in (("TotalTime", "2316"), ("Pages", str(N_PAGES)), ("Words", str(words)),
                         ("Characters", str(chars)), ("Lines", str(words // 10)), ("Paragraphs", str(len(doc.paragraphs))),
                         ("Application", "Microsoft Office Word"), ("AppVersion", "16.0000"),
                         ("CharactersWithSpaces", str(chars + words)), ("Company", "Ustensio")):
            t = re.sub(r"<%s>[^<]*</%s>" % (tag, tag), "<%s>%s</%s>" % (tag, val, tag), t)
        return t.encode("utf-8")
    repack_file(DOCX, fix)
    print("ok", DOCX, len(doc.tables), "tableaux", words, "mots")


if __name__ == "__main__":
    main()
