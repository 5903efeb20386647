"""Génère le dossier de la candidate « AgriPièces » (DOCX)."""
import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c22-agripieces")
AUTHOR = "Mathilde Garnier"

COVER = [
    ("AgriPièces", 26, True),
    ("Fiches produits, médias et parcours de commande", 16, True),
    ("Dossier de mise en conformité éditoriale — audit mars 2026 / contrôle juin 2026", 12, False),
    ("", 12, False),
    ("Mathilde Garnier — Chargée de contenus & e-merchandising", 12, False),
    ("Titre professionnel Chef de projet e-commerce — session 2026", 11, False),
    ("AgriPièces SAS — ZA des Grands Champs, 36130 Déols", 11, False),
]

INTRO = [
    ("b", "Pourquoi ce dossier"),
    ("p", "AgriPièces vend en ligne depuis 2019 des pièces détachées adaptables et d'origine pour "
          "tracteurs, moissonneuses et outils de travail du sol. Le site tourne sous PrestaShop 8.1 "
          "en mode B2B (comptes pro validés, tarifs par groupe de clients) et compte 38 400 "
          "références actives. Nos clients sont des ETA (entreprises de travaux agricoles), des "
          "CUMA, des exploitants en polyculture-élevage et une soixantaine de petits "
          "concessionnaires qui nous utilisent comme grossiste. Chiffre d'affaires 2025 : 4,2 M€, "
          "dont 71 % en ligne et 29 % par téléphone avec saisie par l'ADV."),
    ("p", "En janvier 2026, Julien (directeur commercial) a constaté que 62 % des appels reçus par "
          "l'ADV portaient sur une question de compatibilité à laquelle la fiche produit aurait dû "
          "répondre. Mon rôle : définir un standard de fiche produit, produire les visuels "
          "manquants, ouvrir un blog technique et fiabiliser le tunnel de commande. Le cœur du "
          "dossier est la grille de conformité (section paysage) que j'ai appliquée aux 1 200 "
          "références du top ventes en mars, puis recontrôlée en juin."),
    ("b", "Comment j'écris une fiche produit AgriPièces"),
    ("p", "Un agriculteur ne cherche pas « courroie trapézoïdale » : il tape la référence constructeur "
          "lue sur la pièce usée ou le modèle de sa machine. Ma méthode part donc de la requête réelle "
          "et non du catalogue fournisseur :"),
    ("n", "Extraction des requêtes : export Google Search Console (16 mois) + rapport « Termes de "
          "recherche » de la boutique + mots-clés Semrush des concurrents Agri-Réparation.fr et "
          "PiècesTracto. Je garde les expressions qui combinent un type de pièce et une marque/modèle."),
    ("n", "Regroupement par intention : « référence OEM » (ex. « 0006643740 »), « pièce + modèle » "
          "(« courroie batteur Claas Lexion 570 »), « pièce + usage » (« dent de herse rotative "
          "Kuhn HR 304 »). Chaque groupe reçoit une page cible, jamais deux."),
    ("n", "Placement : l'expression principale dans le titre H1 et la balise title (≤ 60 caractères), "
          "la référence OEM et les références croisées dans le premier paragraphe et dans le tableau "
          "de compatibilité, l'usage dans la méta-description (≤ 155 caractères) et dans l'attribut "
          "alt de la photo principale."),
    ("n", "Rédaction : 120 à 200 mots, ton d'atelier (« se monte sans démonter le carter »), unités "
          "métriques, pas de superlatifs. Relecture croisée par Bastien, magasinier depuis 14 ans, "
          "qui valide les cotes."),
    ("p", "Exemple appliqué — fiche « Courroie de batteur adaptable Claas Lexion 540 à 570 » : title "
          "« Courroie batteur Claas Lexion 570 – réf. 0006643740 | AgriPièces » ; H1 identique sans la "
          "marque du site ; premier paragraphe citant 0006643740, les équivalences Gates 4HB 5230 et "
          "Optibelt 4x5230 ; méta-description « Courroie de batteur pour Claas Lexion 540 à 570, "
          "équivalente 0006643740. Expédiée sous 24 h, retour 30 jours. » ; alt « courroie batteur "
          "Claas Lexion 570 vue de profil »."),
    ("b", "Choix des prestataires pour les photos et la vidéo"),
    ("p", "2 900 références du top ventes n'avaient que la photo fournisseur (souvent 400 px, fond gris). "
          "J'ai consulté trois solutions en février 2026 :"),
]

PRESTA_HEAD = ["Critère", "Studio Packshot Berry (Bourges)", "PhotoBox Pro (plateforme nationale)",
               "Interne (cabine lumière + Bastien)"]
PRESTA_ROWS = [
    ["Prix par référence (3 vues)", "6,50 € HT", "4,90 € HT + transport aller-retour", "≈ 1,80 € (temps + amortissement 1 400 € de matériel)"],
    ["Délai pour 1 200 réf.", "5 semaines", "3 semaines + 2 semaines de transport", "10 semaines à mi-temps"],
    ["Pièces lourdes (> 25 kg, disques, socs)", "Oui, sur place chez nous", "Non (envoi impossible)", "Oui"],
    ["Détourage et retouche", "Inclus, fond blanc pur", "Inclus", "À faire par moi (Photoshop)"],
    ["Vidéo de montage", "Devis séparé 380 € / vidéo", "Non proposé", "Possible avec smartphone + DaVinci Resolve"],
    ["Décision", "Retenu pour les 310 pièces lourdes", "Écarté (transport des pièces)", "Retenu pour les 890 petites pièces et les vidéos"],
]
PRESTA_AFTER = [
    ("p", "Le mix studio local + interne coûte 3 617 € au total contre 7 800 € si tout avait été confié "
          "au studio, et le studio berrichon connaît le matériel (son gérant est fils d'exploitant), ce "
          "qui a évité des prises de vue inutilisables sur les pièces asymétriques."),
    ("b", "Visuels et vidéo : ce que j'ai produit"),
    ("p", "Retouche sous Photoshop 2026 : détourage à l'outil Plume pour les pièces métalliques "
          "(l'outil « sélection d'objet » mange les arêtes des dents de herse), fond blanc RVB 255, "
          "ombre portée douce, recadrage carré 1 200 × 1 200 px, export WebP qualité 80 (poids moyen "
          "95 Ko contre 410 Ko pour les JPEG fournisseurs). Une quatrième vue « cotes » est ajoutée "
          "avec les dimensions dessinées en calque (Figure 1 : vue cotée d'un roulement de moyeu "
          "SKF 6206-2RS, cotes intérieure 30 mm / extérieure 62 mm / épaisseur 16 mm)."),
    ("p", "Vidéo : 14 vidéos de montage de 40 à 90 secondes tournées à l'atelier de la CUMA de Vatan, "
          "montées dans DaVinci Resolve 19 (coupe, sous-titres incrustés car la plupart des clients "
          "regardent sans le son dans la cabine, titrage de la référence, export H.264 720p, "
          "≈ 8 Mo). Hébergement YouTube en « non répertorié » avec intégration lazy-load sur la fiche "
          "pour ne pas ralentir le chargement (Figure 2 : capture du montage de la vidéo « Changer "
          "les dents d'une herse rotative Kuhn en 6 minutes », timeline et sous-titres)."),
    ("p", "La grille qui suit reprend point par point le standard et ce que l'audit a trouvé."),
]

GRID_HEAD = ["N°", "Point de contrôle", "Exigence AgriPièces", "Constat audit mars 2026 (1 200 réf.)",
             "Correction réalisée", "Contrôle juin 2026", "Vérifié avec"]
GRID_ROWS = [
    ["1", "Balise title", "Pièce + marque/modèle + réf. OEM, ≤ 60 car.", "71 % génériques (« Courroie 4HB »)", "Réécriture via import CSV PrestaShop", "98 % conformes", "Screaming Frog"],
    ["2", "H1", "Unique, = expression principale", "214 doublons de H1", "Dédoublonnage + variantes de modèle", "0 doublon", "Screaming Frog"],
    ["3", "Méta-description", "≤ 155 car., usage + délai + retour", "44 % vides", "Rédaction par gabarit puis retouche manuelle top 300", "100 % renseignées", "Screaming Frog"],
    ["4", "Référence OEM et équivalences", "Dans le 1er paragraphe + tableau", "Présente sur 38 % des fiches", "Reprise du fichier croisé fournisseur Kramp", "96 %", "Contrôle manuel 50 fiches"],
    ["5", "Tableau de compatibilité", "Marque / modèle / années / n° de série", "Absent sur 83 %", "Ajout onglet « Compatibilité » (module Advanced Product Tabs)", "Présent sur 1 200 réf.", "Recette visuelle"],
    ["6", "Cotes et matière", "Dimensions en mm, matière, poids", "Incomplet 52 %", "Relevé par Bastien au pied à coulisse", "94 %", "Contrôle manuel"],
    ["7", "Photo principale", "Fond blanc, 1 200 px, WebP ≤ 150 Ko", "400 px en moyenne, 410 Ko", "Shooting studio + retouche Photoshop", "1 200 px, 95 Ko", "PageSpeed Insights"],
    ["8", "Vues complémentaires", "3 vues + 1 vue cotée", "1,2 vue en moyenne", "Shooting + calque cotes", "3,8 vues", "Export catalogue"],
    ["9", "Attribut alt", "Décrit la pièce et le modèle", "Vide à 90 %", "Renseigné à l'import", "100 %", "Screaming Frog"],
    ["10", "Vidéo de montage", "Sur les 30 pièces les plus « appelées »", "Aucune", "14 vidéos DaVinci Resolve", "14 / 30 (reste au T3)", "Tableau de suivi vidéo"],
    ["11", "Prix et remise pro", "Prix HT visible dès la connexion", "Prix TTC affiché aux pros", "Paramètre groupe « Pro » en HT", "OK", "Test compte pro"],
    ["12", "Stock et délai", "Stock réel + date d'expédition", "« En stock » figé", "Synchro stock ERP Sage toutes les 15 min", "OK", "Test sur 20 réf."],
    ["13", "Frais de port", "Estimation sur la fiche", "Visibles au panier seulement", "Module estimateur par code postal", "OK", "Recette"],
    ["14", "Réassurance", "Retour 30 j, SAV tél., paiement 60 j pour pros", "Bandeau en pied de page", "Bloc réassurance sous le bouton", "OK", "Recette"],
    ["15", "Avis clients", "Avis vérifiés visibles", "Aucun", "Avis Vérifiés branché", "212 avis, 4,7 / 5", "Back-office Avis Vérifiés"],
    ["16", "Maillage", "Lien vers la catégorie modèle + 3 pièces liées", "Accessoires vides", "Règles « souvent achetés avec »", "OK", "Screaming Frog"],
    ["17", "Vitesse mobile", "LCP < 2,5 s", "LCP 4,8 s", "WebP + lazy-load vidéos + cache", "LCP 2,1 s", "PageSpeed Insights"],
    ["18", "Tunnel — panier", "Modifier la quantité sans recharger", "Rechargement complet", "Thème mis à jour (AJAX)", "OK", "Test Hotjar"],
    ["19", "Tunnel — compte", "Commande invité possible pour les particuliers", "Création de compte obligatoire", "Option invité + compte pro facultatif", "OK", "Entonnoir GA4"],
    ["20", "Tunnel — n° TVA", "Contrôle du n° TVA intracom sans bloquer", "Erreur bloquante si espace dans le n°", "Nettoyage du champ (suppression espaces)", "OK", "Test 10 n° réels"],
    ["21", "Tunnel — livraison", "Choix transporteur + relais + livraison ferme", "Relais non proposé au-delà de 30 kg", "Ajout Kuehne+Nagel pour colis lourds", "OK", "Recette"],
    ["22", "Tunnel — paiement", "CB, virement, paiement 60 j (pros)", "Paiement différé refusé sur mobile", "Correctif module Stripe + Libeo", "OK", "Test iPhone / Android"],
    ["23", "Confirmation", "Récapitulatif + délai + n° de suivi", "Délai absent", "Gabarit d'e-mail repris", "OK", "Test commande"],
    ["24", "Suivi des événements", "add_to_cart, begin_checkout, purchase", "purchase en double", "Réinstallation balise GA4 via GTM", "OK", "GA4 DebugView"],
]

RESULTS = [
    ("b", "Ce qui a changé pour les internautes (mesures GA4 et Hotjar)"),
    ("p", "Je compare les 1 200 fiches retravaillées sur deux périodes de 8 semaines identiques en "
          "saisonnalité (mi-mars à mi-mai 2025 contre mi-mars à mi-mai 2026, période de préparation "
          "des moissons) :"),
]
RES_HEAD = ["Indicateur (1 200 fiches)", "2025", "2026", "Évolution"]
RES_ROWS = [
    ["Sessions sur les fiches", "84 300", "112 900", "+ 34 %"],
    ["Temps d'engagement moyen par fiche", "0 min 48 s", "1 min 37 s", "x 2"],
    ["Lecture de la vidéo (fiches équipées)", "—", "41 % des visiteurs", "—"],
    ["Clics sur l'onglet Compatibilité", "—", "58 % des visiteurs", "—"],
    ["Taux d'ajout au panier", "3,1 %", "5,4 %", "+ 2,3 pts"],
    ["Commandes incluant une fiche retravaillée", "2 140", "3 260", "+ 52 %"],
    ["Appels ADV « compatibilité »", "1 870", "1 090", "– 42 %"],
]
RES_AFTER = [
    ("p", "L'effet est net mais tout n'est pas imputable aux fiches : le nombre de comptes pros a aussi "
          "progressé de 9 % sur l'année. Sur les 14 fiches avec vidéo, le taux d'ajout au panier atteint "
          "7,9 %, ce qui justifie de poursuivre les 16 vidéos restantes."),
    ("b", "Le blog « L'Atelier AgriPièces »"),
    ("p", "Installé en avril 2026 avec le module PrestaBlog (plutôt qu'un WordPress séparé, pour garder "
          "un seul domaine et un seul back-office). Paramétrage : URL réécrites /atelier/titre-article, "
          "4 catégories (Entretien, Moisson, Travail du sol, Élevage), fiche auteur pour Bastien, "
          "liaison article → produits (bloc « pièces citées » en bas d'article), flux RSS, sitemap "
          "intégré à celui de la boutique. 6 articles publiés à ce jour ; il est trop tôt pour en "
          "mesurer l'apport (1 150 visites en deux mois)."),
    ("b", "Objectifs de transformation et tunnel"),
    ("p", "Objectifs fixés avec Julien pour 2026 : taux de transformation global de 1,9 % à 2,5 % ; "
          "abandon au paiement sous 25 % ; 35 % des commandes pros passées sans appel. Entonnoir GA4 "
          "(exploration « entonnoir » sur begin_checkout → add_shipping_info → add_payment_info → "
          "purchase) :"),
]
FUN_HEAD = ["Étape du tunnel", "Mars 2026", "Juin 2026", "Lecture"]
FUN_ROWS = [
    ["Panier → identification", "61 % poursuivent", "74 %", "Commande invité débloquée"],
    ["Identification → livraison", "72 %", "81 %", "Bug TVA corrigé"],
    ["Livraison → paiement", "69 %", "77 %", "Relais lourds ajoutés"],
    ["Paiement → commande validée", "66 %", "79 %", "Paiement 60 j réparé sur mobile"],
    ["Transformation globale", "1,9 %", "2,4 %", "Objectif 2,5 % presque atteint"],
]
FUN_AFTER = [
    ("p", "Les enregistrements Hotjar (320 sessions visionnées en mars) montraient le blocage de façon "
          "très concrète : un client d'ETA tapait « FR 12 345678901 » avec espaces, recevait « numéro "
          "invalide » et repartait vers le téléphone. La séquence observée — fiche → onglet "
          "compatibilité → ajout panier → champ TVA → sortie — relie directement l'objectif "
          "« commande pro sans appel » au comportement réel."),
    ("b", "Points de friction encore ouverts et plan de correction"),
]
FRICTION_HEAD = ["Friction", "Effet mesuré", "Correction", "Qui", "Échéance"]
FRICTION_ROWS = [
    ["Frais de port lourds découverts tard (> 30 kg)", "22 % des sorties à l'étape livraison", "Afficher le forfait lourd dès la fiche", "Mathilde + Kevin (dev)", "15/07/2026"],
    ["Recherche par n° de série machine", "Recherche interne sans résultat : 18 %", "Index des n° de série dans Doofinder", "Kevin", "30/09/2026"],
    ["Formulaire de devis pros trop long (14 champs)", "Taux de complétion 31 %", "Réduire à 6 champs", "Mathilde", "31/07/2026"],
    ["Vidéos manquantes (16 / 30)", "—", "Tournage groupé à la CUMA", "Mathilde + Bastien", "T3 2026"],
]
END = [
    ("p", "Priorité aux frais de port lourds : c'est la friction qui coûte le plus de commandes et "
          "la correction ne demande qu'une journée de développement."),
]


def set_cell(cell, text, size=8, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.font.size = Pt(size)
    run.bold = bold


def table(doc, head, rows, size=9, widths=None):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, size, True)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v, size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def blocks(doc, items):
    n = 0
    for kind, text in items:
        if kind == "b":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(12)
            n = 0
        elif kind == "n":
            n += 1
            doc.add_paragraph(f"{n}. {text}")
        else:
            doc.add_paragraph(text)


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.title = "AgriPièces — conformité des fiches produits"
    cp.created = datetime.datetime(2026, 6, 24, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 6, 24, 9, 0, 0)
    cp.last_modified_by = AUTHOR

    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = "Mathilde Garnier — AgriPièces — dossier bloc 4"
    for text, size, bold in COVER:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
    doc.add_page_break()

    blocks(doc, INTRO)
    table(doc, PRESTA_HEAD, PRESTA_ROWS, 9)
    blocks(doc, PRESTA_AFTER)

    land = doc.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = sec.page_height, sec.page_width
    land.left_margin = land.right_margin = Cm(1.5)
    p = doc.add_paragraph()
    r = p.add_run("Grille de conformité des fiches produits et du tunnel — AgriPièces")
    r.bold = True
    r.font.size = Pt(13)
    table(doc, GRID_HEAD, GRID_ROWS, 9, [1.0, 3.2, 4.6, 4.2, 5.0, 3.2, 3.2])
    doc.add_paragraph("Légende : « OK » = point conforme sur 100 % de l'échantillon contrôlé "
                      "(50 fiches tirées au sort parmi les 1 200).")

    port = doc.add_section(WD_SECTION.NEW_PAGE)
    port.orientation = WD_ORIENT.PORTRAIT
    port.page_width, port.page_height = sec.page_width, sec.page_height
    blocks(doc, RESULTS)
    table(doc, RES_HEAD, RES_ROWS, 10)
    blocks(doc, RES_AFTER)
    table(doc, FUN_HEAD, FUN_ROWS, 10)
    blocks(doc, FUN_AFTER)
    table(doc, FRICTION_HEAD, FRICTION_ROWS, 9)
    blocks(doc, END)
    path = os.path.join(OUT_DIR, "agripieces-conformite.docx")
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
