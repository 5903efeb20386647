"""Générateur du dossier de pilotage de Julien Moreau (Nuit Douce) - DOCX."""
import datetime
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "c35-literie-nuit-douce")
OUT = os.path.join(OUT_DIR, "nuit-douce-pilotage.docx")
AUTHOR = "Julien Moreau"

doc = Document()
cp = doc.core_properties
cp.author = AUTHOR
cp.last_modified_by = AUTHOR
cp.title = "Nuit Douce - Pilotage du projet e-commerce"
cp.created = datetime.datetime(2026, 5, 20, 9, 0, 0)
cp.modified = datetime.datetime(2026, 5, 28, 18, 30, 0)
cp.revision = 3

st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Nuit Douce – Dossier de pilotage – Julien Moreau"
sec.footer.paragraphs[0].text = "Certification Chef de projet e-commerce – session juin 2026"



def _normalise_zip(path, when):
    """Réécrit l'archive avec des dates fixes pour un résultat reproductible."""
    import zipfile
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    os.replace(tmp, path)


def para(txt, bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(txt)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def bullets(items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


def table(rows, widths=None, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = c
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------ page de garde
for _ in range(5):
    doc.add_paragraph()
para("NUIT DOUCE", bold=True, size=30, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Literie bio & naturelle fabriquée en France", italic=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()
para("Dossier de pilotage du projet de refonte de la boutique en ligne", bold=True, size=16,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Bloc 5 – Piloter un projet e-commerce", size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()
para("Julien Moreau", size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Alternant chef de projet digital – Nuit Douce SAS, Cholet (49)", size=11,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Mai 2026", size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
page_break()

# ------------------------------------------------------------ sommaire
doc.add_heading("Sommaire", level=1)
toc = [
    "1. Présentation de l'entreprise et du projet ........................ 3",
    "2. Cahier des charges ................................................ 3",
    "   2.1 Contexte et directives de la direction ........................ 3",
    "   2.2 Objectifs du projet ............................................ 4",
    "   2.3 Périmètre fonctionnel .......................................... 4",
    "3. Sélection des prestataires ........................................ 4",
    "4. Planning du projet ................................................ 5",
    "5. Budget prévisionnel ............................................... 5",
    "6. Cadre juridique : mentions légales, CGV, RGPD ..................... 5",
    "7. Animation de l'équipe projet ...................................... 6",
    "8. Logistique : stock, commandes et transport ........................ 6",
    "9. Indicateurs de pilotage ........................................... 7",
    "10. Conclusion ....................................................... 7",
]
for line in toc:
    para(line)
page_break()

# ------------------------------------------------------------ 1
doc.add_heading("1. Présentation de l'entreprise et du projet", level=1)
para("Nuit Douce est une PME familiale installée à Cholet depuis 1987. Elle fabrique des "
     "matelas en latex naturel et laine de mouton, des oreillers en épeautre et des couettes "
     "en coton bio certifié GOTS. L'entreprise emploie 22 salariés dont 4 au service "
     "commercial. Le chiffre d'affaires 2025 est de 3,1 M€, dont 18 % réalisés en ligne sur "
     "le site nuitdouce-literie.fr (PrestaShop 1.7). Le reste provient de 40 revendeurs "
     "indépendants et du magasin d'usine.")
para("Le projet dont j'ai la charge est la migration de la boutique PrestaShop vers Shopify, "
     "avec une refonte graphique et l'ajout d'un configurateur de matelas (fermeté, dimensions, "
     "housse). La mise en ligne est prévue pour le 1er septembre 2026, avant la période forte "
     "de la rentrée et du Black Friday.")

# ------------------------------------------------------------ 2
doc.add_heading("2. Cahier des charges", level=1)
para("Le cahier des charges est un document contractuel qui formalise les besoins du maître "
     "d'ouvrage et les exigences auxquelles le maître d'œuvre devra répondre. Il permet de "
     "cadrer le projet, d'éviter les malentendus et de servir de référence tout au long de la "
     "réalisation. Un bon cahier des charges comporte généralement une présentation du "
     "contexte, les objectifs, le périmètre, les contraintes, le budget et le planning.")

doc.add_heading("2.1 Contexte et directives de la direction", level=2)
para("La direction (M. Bertrand Girard, PDG, et Mme Claire Girard, directrice commerciale) "
     "a fixé plusieurs orientations lors du comité de direction du 3 mars 2026. Celles-ci "
     "seront intégrées au cahier des charges définitif lorsqu'il sera validé.")
para("À compléter avec le compte rendu du CODIR.", italic=True)

doc.add_heading("2.2 Objectifs du projet", level=2)
para("Les objectifs peuvent être classés en trois niveaux : objectifs généraux, objectifs "
     "spécifiques et objectifs techniques.")
table([
    ["Niveau", "Objectif", "Indicateur", "Cible"],
    ["Général", "Développer les ventes en ligne", "CA en ligne", "à définir"],
    ["Général", "Améliorer l'image de marque", "Notoriété", "à définir"],
    ["Spécifique", "Augmenter le taux de conversion", "Taux de conversion", ""],
    ["Spécifique", "Réduire les retours", "Taux de retour", ""],
    ["Technique", "Migrer vers Shopify", "Date de mise en ligne", "01/09/2026"],
    ["Technique", "Améliorer la vitesse du site", "Temps de chargement", ""],
], widths=[2.5, 5.5, 4, 3])
para("Les valeurs cibles seront fixées avec la direction après l'analyse des chiffres 2025.")

doc.add_heading("2.3 Périmètre fonctionnel", level=2)
# section vide

# ------------------------------------------------------------ 3
doc.add_heading("3. Sélection des prestataires", level=1)
para("Pour la refonte, trois agences ont été contactées : Kaolin Studio (Nantes), "
     "Webnoisette (Angers) et l'agence Pixelmer (La Rochelle). Les devis sont attendus pour "
     "la mi-juin. Une grille d'évaluation sera établie pour comparer les offres de manière "
     "objective (prix, références, délais, maîtrise de Shopify, accompagnement).")
table([
    ["Critère", "Pondération", "Kaolin Studio", "Webnoisette", "Pixelmer"],
    ["Prix", "", "", "", ""],
    ["Références Shopify", "", "", "", ""],
    ["Délais", "", "", "", ""],
    ["Maintenance / TMA", "", "", "", ""],
    ["Note finale", "", "", "", ""],
], widths=[4, 2.5, 3, 3, 3])

# ------------------------------------------------------------ 4
doc.add_heading("4. Planning du projet", level=1)
para("Le planning détaillé du projet (diagramme de Gantt) sera réalisé sur Notion une fois "
     "le prestataire choisi. Les grandes phases sont les suivantes :")
bullets(["Cadrage", "Conception", "Développement", "Recette", "Mise en ligne"], "List Number")
para("[Planning Gantt – à compléter]", italic=True)

# ------------------------------------------------------------ 5
doc.add_heading("5. Budget prévisionnel", level=1)
para("L'enveloppe globale accordée par la direction est de 45 000 € HT. La répartition "
     "prévisionnelle est la suivante :")
table([
    ["Poste", "Montant prévu (€ HT)", "Montant réel (€ HT)", "Écart"],
    ["Agence (design + intégration)", "", "", ""],
    ["Abonnement Shopify + applications (1 an)", "3 400", "", ""],
    ["Configurateur matelas", "", "", ""],
    ["Shooting photo / vidéo", "", "", ""],
    ["Migration des données", "", "", ""],
    ["Formation équipe", "", "", ""],
    ["Imprévus (10 %)", "4 500", "", ""],
    ["TOTAL", "45 000", "", ""],
], widths=[6, 3.5, 3.5, 2])
para("En cas de dépassement, des arbitrages seront proposés à la direction.")

# ------------------------------------------------------------ 6
doc.add_heading("6. Cadre juridique : mentions légales, CGV, RGPD", level=1)
doc.add_heading("6.1 Mentions légales", level=2)
para("J'ai vérifié la page « Mentions légales » du site actuel, accessible depuis le pied de "
     "page de toutes les pages. Voici le relevé effectué le 12 mai 2026 :")
table([
    ["Information obligatoire", "Présente ?", "Commentaire"],
    ["Raison sociale et forme juridique", "Oui", "Nuit Douce SAS au capital de 150 000 €"],
    ["Adresse du siège", "Oui", "ZI du Cormier, 49300 Cholet"],
    ["RCS et SIREN", "Oui", "RCS Angers 341 218 907"],
    ["N° TVA intracommunautaire", "Non", "À ajouter : FR 27 341218907"],
    ["Directeur de la publication", "Oui", "Bertrand Girard"],
    ["Hébergeur (nom, adresse, téléphone)", "Partiel", "OVH cité sans adresse ni téléphone ; "
     "à remplacer par Shopify Inc. après migration"],
    ["Contact (e-mail, téléphone)", "Oui", "contact@nuitdouce-literie.fr – 02 41 58 xx xx"],
], widths=[5.5, 2.5, 7])
para("Deux corrections sont donc nécessaires (TVA intracommunautaire et coordonnées complètes "
     "de l'hébergeur). Elles ont été transmises à Claire Girard le 13 mai.")

doc.add_heading("6.2 Conditions générales de vente", level=2)
para("Les CGV définissent les droits et obligations des parties dans le cadre d'une vente. "
     "Elles doivent notamment préciser le prix, les modalités de paiement, de livraison, le "
     "droit de rétractation de 14 jours et les garanties légales (conformité et vices "
     "cachés). Les CGV de Nuit Douce seront relues par un juriste avant la mise en ligne "
     "du nouveau site.")

doc.add_heading("6.3 RGPD", level=2)
para("Le Règlement général sur la protection des données (RGPD) est entré en application le "
     "25 mai 2018. Il encadre le traitement des données personnelles sur le territoire de "
     "l'Union européenne. Les entreprises doivent recueillir le consentement des personnes, "
     "tenir un registre des traitements et garantir la sécurité des données. La mise en "
     "conformité du site sera étudiée dans une prochaine étape.")

# ------------------------------------------------------------ 7
doc.add_heading("7. Animation de l'équipe projet", level=1)
para("L'équipe projet est composée de :")
bullets([
    "Claire Girard, directrice commerciale (sponsor du projet)",
    "Julien Moreau, chef de projet (alternant)",
    "Inès Bouvier, responsable service client",
    "Thomas Leroy, responsable logistique",
    "Manon Petit, chargée de communication (mi-temps)",
])
para("Nous n'avons pas encore fait de réunion de lancement : elle est prévue après le choix "
     "de l'agence. Un point hebdomadaire de 30 minutes sera organisé chaque lundi. Les "
     "comptes rendus seront partagés sur Notion.")
para("Des indicateurs individuels seront mis en place pour suivre l'avancement de chacun "
     "(nombre de tâches réalisées, respect des délais). La contribution de chaque membre "
     "sera valorisée lors du bilan de projet.")

# ------------------------------------------------------------ 8
doc.add_heading("8. Logistique : stock, commandes et transport", level=1)
doc.add_heading("8.1 Organisation du stock et traitement des commandes", level=2)
para("Les matelas sont stockés dans l'entrepôt attenant à l'atelier, sur des racks à "
     "palettes. Les oreillers et couettes sont rangés sur des étagères. Une réflexion sur "
     "l'optimisation du picking sera menée avec Thomas Leroy après la mise en ligne.")
doc.add_heading("8.2 Transporteurs", level=2)
para("Les matelas sont des colis volumineux (jusqu'à 42 kg pour un 160×200 roulé). J'ai "
     "comparé les offres reçues en avril 2026 pour un matelas 140×190 roulé (28 kg, "
     "livraison en France métropolitaine) :")
table([
    ["Rang", "Transporteur", "Service", "Tarif TTC / colis", "Délai", "Émissions CO2 déclarées / colis", "Engagement RSE"],
    ["1", "DB Schenker", "System Premium (messagerie)", "24,80 €", "3-4 j", "2,9 kg", "Flotte GNV sur 30 % des tournées"],
    ["2", "GLS", "Business Parcel", "27,50 €", "2-3 j", "3,4 kg", "Compensation carbone (Climate Protect)"],
    ["3", "Colissimo", "Colis > 30 kg : non éligible", "—", "—", "—", "—"],
    ["4", "Geodis (Calberson)", "Livraison sur RDV 2 personnes", "59,00 €", "5-7 j", "5,1 kg", "Plan de décarbonation 2030"],
], widths=[1.2, 2.6, 3, 2.2, 1.5, 2.5, 3.5])
para("Classement retenu : DB Schenker en premier (meilleur coût et émissions les plus faibles "
     "à délai acceptable), GLS en secours. Geodis reste proposé en option payante (« livraison "
     "dans la chambre ») pour les clients âgés ou les matelas 180×200.")
doc.add_heading("8.3 Satisfaction livraison", level=2)
para("Un questionnaire de satisfaction sur la livraison sera envoyé par e-mail après chaque "
     "commande via Brevo. Les résultats permettront de mesurer la satisfaction client.")

# ------------------------------------------------------------ 9
doc.add_heading("9. Indicateurs de pilotage", level=1)
para("Les indicateurs suivants seront suivis dans un tableau de bord mensuel (Looker Studio) :")
table([
    ["Indicateur", "Valeur actuelle", "Objectif", "Source"],
    ["Avancement du planning (%)", "", "", "Notion"],
    ["Consommation du budget (%)", "", "", "Tableur"],
    ["Taux de conversion", "", "", "GA4"],
    ["Panier moyen", "", "", "Shopify"],
    ["Taux de retour produits", "", "", "ERP"],
    ["Délai moyen d'expédition", "", "", "ERP"],
    ["Note de satisfaction livraison", "", "", "Brevo"],
], widths=[5.5, 3, 3, 3])
para("Les valeurs seront renseignées à partir de septembre 2026.")

# ------------------------------------------------------------ 10
doc.add_heading("10. Conclusion", level=1)
para("Ce dossier pose les bases du pilotage du projet de refonte de nuitdouce-literie.fr. "
     "Plusieurs éléments restent à finaliser (devis des agences, planning détaillé, budget "
     "ventilé), mais le cadre est posé et l'équipe identifiée. Le retour sur investissement "
     "du projet sera calculé six mois après la mise en ligne.")

os.makedirs(OUT_DIR, exist_ok=True)
doc.save(OUT)
_normalise_zip(OUT, (2026, 5, 28, 18, 30, 0))
print("écrit :", OUT)
