# Générateur du rapport de la candidate c65 (MédiDom).
import datetime, os, zipfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c65-materiel-medical")
FILE = os.path.join(OUT, "medidom-rapport.docx")
AUTHOR = "Hélène Marchetti"

def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def table(doc, rows, widths=None, style="Table Grid", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(v)
            run.font.size = Pt(size)
            if i == 0:
                run.bold = True
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t

SECTIONS = [
 ("1. Présentation de l'entreprise et du contexte de la mission", [
  "MédiDom SAS est une entreprise rémoise fondée en 2011 par M. Bertrand Lavoisier, spécialisée dans la vente et la location de matériel médical destiné au maintien à domicile : lits médicalisés, fauteuils releveurs, déambulateurs, aides techniques à la toilette et petits équipements de confort. L'entreprise emploie 23 salariés, dont 6 techniciens-livreurs, et a réalisé un chiffre d'affaires de 4,2 M€ en 2025.",
  "Le modèle économique est qualifié de B2B2C : près de 70 % des ventes transitent par des prescripteurs (pharmacies d'officine, services de soins infirmiers à domicile, ergothérapeutes, EHPAD de la Marne et des Ardennes) qui orientent le patient ou sa famille vers MédiDom. Le reste provient de particuliers, principalement des aidants âgés de 45 à 65 ans qui achètent pour un parent.",
  "Le site marchand medidom.fr fonctionne sous PrestaShop 1.7.8 depuis 2019. Il génère 11 % du chiffre d'affaires (environ 460 k€). La direction générale souhaite porter cette part à 20 % d'ici fin 2027, ce qui suppose une refonte du catalogue en ligne, une migration vers PrestaShop 8 et une réorganisation de la préparation des commandes expédiées.",
  "J'occupe depuis septembre 2025 le poste de chargée de projet e-commerce en alternance, sous la responsabilité de Mme Corinne Dufresne, directrice commerciale. Le présent rapport rend compte des travaux menés sur la refonte des contenus du site et sur l'organisation du projet de migration.",
 ]),
 ("2. Production de contenus pour le site", [
  "2.1 Choix des prestataires multimédia",
  "Pour la refonte des visuels produits, trois solutions ont été envisagées : la réalisation en interne avec un smartphone, le recours à un photographe indépendant rémois (Studio Vesle Images) et l'agence PackShot Est, basée à Châlons-en-Champagne. Le choix s'est porté sur PackShot Est.",
  "Pour la vidéo de démonstration du fauteuil releveur « Confort Plus 2 moteurs », un devis a également été demandé à l'agence Ardenne Motion. Le tournage est prévu au second trimestre 2026.",
  "2.2 Méthode de rédaction des fiches produits",
  "La rédaction des fiches produits suit une démarche en cinq temps que j'ai formalisée pour l'équipe commerciale :",
  "• Recueil des informations techniques auprès du fournisseur (fiche technique, notice, certificats de conformité CE, code LPPR le cas échéant) ;",
  "• Identification de l'expression principale recherchée par les internautes à l'aide de Google Search Console et d'Ubersuggest, ainsi que de deux ou trois expressions secondaires ;",
  "• Rédaction d'un titre H1 intégrant l'expression principale, suivi d'un paragraphe d'accroche de 60 à 80 mots orienté bénéfice pour le patient et pour l'aidant ;",
  "• Rédaction de la description longue (300 mots minimum) structurée en sous-titres : usage, caractéristiques, entretien, prise en charge par l'Assurance Maladie ;",
  "• Relecture par un technicien pour validation des données techniques, puis intégration dans PrestaShop avec renseignement de la balise title et de la meta description.",
  "Exemple appliqué au lit médicalisé « Alizé 3 fonctions » :",
 ]),
]

KW_TABLE = [
 ["Élément", "Contenu retenu"],
 ["Expression principale", "lit médicalisé électrique location Reims"],
 ["Expressions secondaires", "lit médicalisé remboursé sécurité sociale ; lit médicalisé 3 fonctions ; location lit médical domicile Marne"],
 ["Balise title", "Lit médicalisé électrique Alizé 3 fonctions – Location Reims | MédiDom"],
 ["Meta description", "Louez le lit médicalisé Alizé 3 fonctions, livré et installé sous 48 h à Reims et dans la Marne. Prise en charge Assurance Maladie sur prescription."],
 ["H1", "Lit médicalisé électrique Alizé 3 fonctions"],
 ["H2", "Pour qui ? / Caractéristiques techniques / Livraison et installation / Remboursement"],
 ["URL", "/location/lits-medicalises/lit-alize-3-fonctions"],
]

SECTIONS2 = [
 ("", [
  "2.3 Éléments de la page produit",
  "La page produit type a été revue avec la directrice commerciale. Elle comporte désormais : un carrousel de cinq photographies (dont une mise en situation), le prix d'achat et le tarif de location hebdomadaire, un encart « Pris en charge sur prescription » avec le montant LPPR, le délai de livraison indiqué par code postal, un bouton d'appel direct vers un conseiller et la mention des avis clients. Les avis clients ne sont pas encore collectés : le module Avis Vérifiés sera installé lors de la migration.",
  "Pour les aidants, nous avons ajouté un bloc « Questions fréquentes » de quatre questions par produit, rédigé à partir des appels reçus au standard.",
  "2.4 Retouche et optimisation des visuels",
  "Les photographies livrées par PackShot Est sont retouchées en interne. Les images sont ensuite redimensionnées et compressées avant mise en ligne.",
  "2.5 Blog",
  "La création d'un blog d'information destiné aux aidants (conseils d'aménagement du logement, démarches APA, prévention des chutes) a été évoquée en comité de direction. Elle n'a pas été engagée à ce stade.",
  "2.6 Parcours de commande",
  "Le tunnel de commande actuel comporte six étapes sous PrestaShop : panier, identification, adresse, mode de livraison, paiement, confirmation. L'objectif fixé est d'améliorer le taux de conversion du site et de réduire les abandons de panier.",
  "Les points de friction suivants ont été relevés lors de tests réalisés avec trois aidants recrutés parmi nos clients : création de compte obligatoire avant paiement, absence de paiement en plusieurs fois alors que le panier moyen d'un fauteuil releveur dépasse 900 €, frais de port affichés seulement à l'étape 4, champ « complément d'adresse » trop court pour les résidences seniors. Ces points ont été transmis à l'agence qui réalisera la migration.",
 ]),
 ("3. Cadrage du projet de migration PrestaShop 8", [
  "3.1 Cahier des charges",
  "Le cahier des charges de la migration a été rédigé en janvier 2026 selon le plan suivant :",
  "1. Contexte et présentation de MédiDom\n2. Périmètre du projet\n3. Objectifs\n4. Exigences fonctionnelles (catalogue, location, espace prescripteur, paiement)\n5. Exigences techniques (hébergement HDS non requis, PHP 8.1, sauvegardes)\n6. Reprise des données\n7. Contraintes juridiques\n8. Planning et budget\n9. Modalités de réponse",
  "Les objectifs retenus dans le cahier des charges sont les suivants : moderniser le site, améliorer l'expérience des aidants, faciliter le travail des prescripteurs, augmenter les ventes en ligne, sécuriser le site.",
  "La direction générale a demandé que le budget global ne dépasse pas 38 000 € HT et que la mise en ligne intervienne avant le salon Autonomic Grand Est de septembre 2026. Ces deux contraintes figurent au chapitre 8.",
  "3.2 Sélection de l'agence",
  "Trois agences ont été consultées : Web Champagne (Reims), Pixelis Commerce (Nancy) et Presta Factory (Lille). Les critères retenus pour la comparaison étaient le prix, l'expérience PrestaShop, la proximité et la capacité à gérer la location. Après les soutenances du 12 février 2026, Web Champagne a été retenue.",
  "3.3 Planning du projet",
  "Le planning ci-après, établi avec Web Champagne, détaille les lots, les responsables et les jalons du projet. Il a été validé en comité de pilotage le 2 mars 2026.",
 ]),
]

PLANNING = [
 ["Lot", "Tâche", "Responsable", "Début", "Fin", "Durée (j. ouvrés)", "Dépendance", "Livrable / jalon", "État au 02/03"],
 ["0", "Lancement, réunion de cadrage", "H. Marchetti / Web Champagne", "09/03/2026", "09/03/2026", "1", "—", "Compte rendu de cadrage", "Planifié"],
 ["1", "Audit du site actuel et des modules", "Web Champagne", "10/03/2026", "20/03/2026", "9", "0", "Rapport d'audit", "Planifié"],
 ["1", "Inventaire des URL et plan de redirections 301", "H. Marchetti", "16/03/2026", "03/04/2026", "15", "0", "Fichier de redirections", "Planifié"],
 ["2", "Maquettes UX (accueil, catégorie, fiche produit, tunnel)", "Web Champagne", "23/03/2026", "17/04/2026", "20", "1", "Maquettes Figma validées", "Planifié"],
 ["2", "Validation des maquettes par la direction", "C. Dufresne", "20/04/2026", "24/04/2026", "5", "2", "Jalon J1 : GO maquettes", "—"],
 ["3", "Installation PrestaShop 8 en préproduction", "Web Champagne", "27/04/2026", "30/04/2026", "4", "J1", "Environnement de recette", "—"],
 ["3", "Développement du module location", "Web Champagne", "04/05/2026", "12/06/2026", "28", "3", "Module livré", "—"],
 ["3", "Espace prescripteur (devis, suivi patients)", "Web Champagne", "18/05/2026", "26/06/2026", "28", "3", "Espace livré", "—"],
 ["4", "Reprise catalogue (1 240 références)", "H. Marchetti / A. Roussel", "04/05/2026", "19/06/2026", "34", "3", "Catalogue importé", "—"],
 ["4", "Rédaction / réécriture fiches top 150", "H. Marchetti", "16/03/2026", "19/06/2026", "68", "—", "150 fiches", "En cours (38/150)"],
 ["4", "Reprise clients et commandes", "Web Champagne", "22/06/2026", "26/06/2026", "5", "4", "Base migrée", "—"],
 ["5", "Recette fonctionnelle", "H. Marchetti / équipe commerciale", "29/06/2026", "17/07/2026", "15", "3, 4", "Cahier de recette signé", "—"],
 ["5", "Corrections post-recette", "Web Champagne", "20/07/2026", "31/07/2026", "10", "5", "Version candidate", "—"],
 ["—", "Fermeture estivale", "—", "03/08/2026", "21/08/2026", "—", "—", "—", "—"],
 ["6", "Mise en production et redirections", "Web Champagne", "25/08/2026", "26/08/2026", "2", "5", "Jalon J2 : mise en ligne", "—"],
 ["6", "Suivi post-lancement (Search Console, erreurs 404)", "H. Marchetti", "27/08/2026", "25/09/2026", "22", "J2", "Bilan à 1 mois", "—"],
 ["—", "Salon Autonomic Grand Est", "C. Dufresne", "23/09/2026", "24/09/2026", "2", "J2", "Présentation du nouveau site", "—"],
]

SECTIONS3 = [
 ("", [
  "Le chemin critique passe par les maquettes, le module location et la recette. Une marge de trois semaines subsiste entre la mise en ligne et le salon, ce qui nous paraît suffisant en cas de retard sur le développement.",
 ]),
 ("4. Conformité juridique du site", [
  "4.1 Mentions légales",
  "Le site comporte une page « Mentions légales » accessible depuis le pied de page. Elle indique la raison sociale, l'adresse du siège (14 rue de Vesle, 51100 Reims), le numéro RCS, le capital social, le nom du directeur de la publication et l'hébergeur (OVHcloud, Roubaix). Le numéro de TVA intracommunautaire était manquant ; il a été ajouté en février 2026.",
  "4.2 Conditions générales de vente",
  "Les CGV actuelles datent de 2019. Leur relecture a fait apparaître plusieurs points à revoir : le délai de rétractation de 14 jours est bien mentionné mais les exceptions applicables aux produits d'hygiène descellés (rehausseurs de toilettes, chaises percées) ne sont pas précisées ; la location n'est pas traitée dans des conditions distinctes de la vente ; le médiateur de la consommation n'est pas désigné. La nouvelle version des CGV sera soumise au cabinet d'avocats du groupement avant la mise en ligne.",
  "4.3 Données personnelles",
  "MédiDom collecte des données de santé indirectes (prescription médicale transmise pour la prise en charge, type de handicap mentionné par l'aidant). Le bandeau cookies actuel ne permet pas de refuser aussi facilement que d'accepter. Le passage à PrestaShop 8 sera l'occasion de mettre le site en conformité.",
 ]),
 ("5. Organisation logistique et traitement des commandes", [
  "5.1 Organisation actuelle",
  "Le stock est réparti entre le dépôt de Reims (1 100 m², zone industrielle de la Pompelle) et un stock avancé de 150 m² à Charleville-Mézières. Les lits et fauteuils releveurs sont stockés sur palettes en rayonnages à palettes classiques ; les petites aides techniques sur étagères de picking. Les matériels de location reviennent au dépôt pour être désinfectés dans une zone dédiée avant remise en stock, avec une fiche de traçabilité par numéro de série.",
  "Les commandes web sont imprimées chaque matin à 9 h et préparées par un magasinier. Les gros matériels sont livrés et installés par nos techniciens ; les petits colis partent par transporteur.",
  "5.2 Propositions",
  "Nous proposons de regrouper les 120 références les plus vendues en ligne dans une zone de picking proche du quai d'expédition, de passer à deux vagues d'impression des commandes (9 h et 14 h) et de supprimer la double saisie des bons de livraison entre PrestaShop et l'ERP Sage.",
  "5.3 Transporteurs",
  "Pour les colis de moins de 30 kg, MédiDom utilise actuellement Colissimo. Des devis ont été demandés à DPD, Chronopost et GLS. La comparaison sera finalisée après la mise en ligne.",
 ]),
 ("6. Animation de l'équipe projet", [
  "Un point hebdomadaire de 30 minutes a lieu chaque lundi à 10 h avec l'équipe commerciale (quatre personnes) et l'agence en visioconférence. Son objectif est de suivre l'avancement des lots, de remonter les blocages et de répartir les fiches produits à rédiger pour la semaine. Un compte rendu est partagé sur Notion.",
  "Je tiens à souligner l'implication d'Aurélien Roussel, technicien, qui a relu et corrigé 38 fiches produits en plus de ses tournées.",
 ]),
 ("7. Conclusion", [
  "Ce projet m'a permis de découvrir la coordination d'un prestataire et la production de contenus pour un public particulier, celui des aidants. Les prochaines étapes portent sur la finalisation des fiches produits, la recette et le choix du transporteur.",
 ]),
]

ANNEXE = [
 ["Sujet", "Décision / information", "Qui", "Pour le"],
 ["Audit du site", "L'agence a reçu les accès PrestaShop et OVH ; restitution prévue le 20/03", "Maxime", "20/03"],
 ["Redirections 301", "Export des 1 860 URL indexées réalisé depuis Search Console ; correspondances à saisir", "Hélène", "03/04"],
 ["Fiches produits", "Répartition des 20 fiches de la semaine : lits (Hélène), fauteuils releveurs (Sandrine), aides à la toilette (Karim)", "Équipe", "20/03"],
 ["Relecture technique", "Aurélien relit les fiches lits et fauteuils ; délai de 48 h", "Aurélien", "Continu"],
 ["Photos", "Séance PackShot Est décalée au 25/03 (indisponibilité du fauteuil Confort Plus en démonstration)", "Corinne", "25/03"],
 ["Espace prescripteur", "Liste des besoins à recueillir auprès de deux pharmacies partenaires (Pharmacie du Boulingrin, Pharmacie Jean-Jaurès)", "Corinne", "27/03"],
 ["Points divers", "Le module Colissimo actuel ne sera pas compatible PrestaShop 8 : à vérifier avec l'agence", "Maxime", "23/03"],
]

def write_block(doc, sections):
    for title, paras in sections:
        if title:
            doc.add_heading(title, level=1)
        for p in paras:
            if len(p) < 70 and p[:3].strip().replace(".", "").isdigit() and p[1] == ".":
                doc.add_heading(p, level=2)
            else:
                para = doc.add_paragraph(p)
                para.paragraph_format.space_after = Pt(6)
                para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    PW, PH, LM = sec.page_width, sec.page_height, sec.left_margin
    sec.footer.paragraphs[0].text = "Hélène Marchetti – Rapport d'activité – Titre Chef de projet e-commerce – Session 2026"
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("RAPPORT D'ACTIVITÉ PROFESSIONNELLE"); r.bold = True; r.font.size = Pt(22)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Refonte des contenus et migration du site medidom.fr"); r.font.size = Pt(15)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("MédiDom SAS – Matériel médical de maintien à domicile – Reims").italic = True
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Hélène Marchetti\nTuteur entreprise : Mme Corinne Dufresne, directrice commerciale\nMars 2026")
    doc.add_page_break()

    write_block(doc, SECTIONS)
    table(doc, KW_TABLE, widths=[4, 12], size=10)
    write_block(doc, SECTIONS2)

    land = doc.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = PH, PW
    land.left_margin = land.right_margin = Cm(1.5)
    cap = doc.add_paragraph(); cap.add_run("Tableau 2 – Planning détaillé du projet de migration medidom.fr (version du 02/03/2026)").bold = True
    table(doc, PLANNING, widths=[1, 6, 3.5, 2.2, 2.2, 1.8, 1.8, 4, 2.5], size=8)
    port = doc.add_section(WD_SECTION.NEW_PAGE)
    port.orientation = WD_ORIENT.PORTRAIT
    port.page_width, port.page_height = PW, PH
    port.left_margin = port.right_margin = LM

    write_block(doc, SECTIONS3)
    doc.add_page_break()
    doc.add_heading("Annexe – Compte rendu du point hebdomadaire du 16 mars 2026", level=1)
    doc.add_paragraph("Présents : Corinne Dufresne, Hélène Marchetti, Aurélien Roussel, Sandrine Pelletier, Karim Benali ; Web Champagne (Maxime) en visioconférence. Objet : lancement du lot 1 et répartition des fiches produits.")
    table(doc, ANNEXE, widths=[5, 7, 2.5, 2.5], size=9)
    doc.add_paragraph("Prochain point : lundi 23 mars 2026, 10 h. Ordre du jour : restitution de l'audit, validation du fichier de redirections.")

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Rapport d'activité – MédiDom"
    cp.created = datetime.datetime(2026, 3, 2, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 3, 2, 9, 0, 0)
    cp.last_printed = datetime.datetime(2026, 3, 2, 9, 0, 0)
    cp.revision = 1
    doc.save(FILE)
    repack(FILE)

if __name__ == "__main__":
    main()
