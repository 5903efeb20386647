"""Génère la copie du candidat « Terres Partagées » (DOCX)."""
import datetime
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c26-voyage-terres-partagees")
AUTHOR = "Thomas Leclerc"

CONTEXTE = (
    "Terres Partagées est une agence de voyage solidaire basée à Grenoble (4 salariés, immatriculée "
    "Atout France). Elle organise des séjours de 8 à 15 jours chez l'habitant au Maroc (Haut Atlas), au "
    "Sénégal (Sine-Saloum) et au Pérou (vallée sacrée), en petits groupes de 6 à 10 voyageurs. 10 % du "
    "prix de chaque séjour finance des projets villageois. Le site terres-partagees.fr (WordPress + "
    "extension de réservation WP Travel) reçoit 6 500 visites par mois ; 180 voyageurs en 2025 pour un "
    "CA de 251 000 €. La gérante, Sophie, souhaite doubler les réservations en ligne d'ici 2027.")

# ("h", titre de dossier) | ("q", n°, énoncé, éléments attendus, [réponse...])
# réponse : str = paragraphe ; ("t", head, rows) = tableau
COPIE = [
    ("h", "Dossier 1 — Visibilité et mesure (barème : 50 points)"),
    ("q", "Q1.1", "À partir de l'audit en annexe 1, classez les actions de référencement naturel que vous "
                  "conduiriez sur les six prochains mois. (6 pts)",
     "Éléments attendus : au moins 5 actions ; ordre de priorité justifié (impact / effort) ; "
     "la vitesse mobile et les titres dupliqués doivent apparaître en tête. Accepter toute réponse pertinente.",
     ["- refaire les balises title",
      "- écrire des articles de blog",
      "- améliorer la vitesse du site",
      "- avoir des liens d'autres sites",
      "- mettre des mots-clés dans les pages séjours"]),
    ("q", "Q1.2", "Quels outils utiliseriez-vous pour suivre la fréquentation du site ? (3 pts)",
     "Éléments attendus : GA4, Search Console, un outil tiers (Semrush, Ahrefs…), justification du choix.",
     ["Google Analytics et la Search Console."]),
    ("q", "Q1.3", "Proposez une liste de mots-clés organisée pour les pages séjours. (8 pts)",
     "Éléments attendus : démarche de recherche (outil, critères), volumes, concurrence, classement "
     "par intention ou par page. Accepter les volumes approximatifs.",
     [("t", ["Mot-clé", "Volume", "Page"], [
         ["voyage solidaire", "2 900", "Accueil"],
         ["voyage solidaire maroc", "480", "Séjour Atlas"],
         ["séjour chez l'habitant maroc", "390", "Séjour Atlas"],
         ["trek haut atlas chez l'habitant", "140", "Séjour Atlas"],
         ["voyage solidaire sénégal", "320", "Séjour Sine-Saloum"],
         ["voyage équitable pérou", "210", "Séjour Vallée sacrée"],
         ["tourisme responsable petit groupe", "170", "Page « Notre charte »"],
         ["voyage humanitaire", "6 600", "?"],
     ]),
      "Volumes trouvés sur Ubersuggest."]),
    ("q", "Q1.4", "Décrivez l'organisation des liens internes que vous mettriez en place autour de la "
                  "destination Maroc. (5 pts)",
     "Éléments attendus : page mère, pages filles, liens contextualisés dans le corps du texte, pas de "
     "liens hors thème. Accepter un schéma.",
     ["Une page Maroc qui fait des liens vers les séjours Maroc et les articles sur le Maroc."]),
    ("q", "Q1.5", "Sophie dispose de 600 € par mois pour Google Ads. Structurez une campagne pour le "
                  "séjour Atlas. (10 pts)",
     "Éléments attendus : structure campagne / groupes d'annonces, mots-clés et exclusions, page "
     "d'atterrissage, au moins une annonce rédigée, ciblage géographique.",
     ["Campagne « Séjour Atlas » en Réseau de recherche, ciblage France, budget 20 €/jour.",
      ("t", ["Groupe d'annonces", "Mots-clés", "Page d'atterrissage"], [
          ["Voyage solidaire Maroc", "\"voyage solidaire maroc\", \"séjour chez l'habitant maroc\"",
           "/sejours/atlas-8-jours"],
          ["Trek Atlas", "\"trek haut atlas\", \"randonnée atlas chez l'habitant\"",
           "/sejours/atlas-8-jours"],
      ]),
      "Mots-clés exclus : gratuit, emploi, humanitaire, club.",
      "Annonce : Titre 1 « Voyage solidaire au Maroc » — Titre 2 « 8 jours chez l'habitant » — Titre 3 "
      "« Petits groupes, départs 2027 » — Description « Vivez l'Atlas avec les familles berbères. 10 % du "
      "prix financent l'école d'Imlil. Dès 1 190 € ». "]),
    ("q", "Q1.6", "Quels indicateurs suivriez-vous pour piloter le site ? Commentez-les. (8 pts)",
     "Éléments attendus : trafic, rebond, durée, vitesse, abandons aux étapes de réservation, CA ; "
     "commentaire adapté à une agence de voyage (cycle de décision long).",
     ["Le trafic, le taux de rebond, le taux de conversion et le chiffre d'affaires. Ce sont les "
      "indicateurs principaux d'un site e-commerce."]),
    ("q", "Q1.7", "À l'aide de l'annexe 3 (campagne Google Ads de mars 2026 : dépense 1 800 €, 12 "
                  "réservations, CA 14 400 €, marge de l'agence 22 %), calculez le retour sur "
                  "investissement et concluez. (6 pts)",
     "Éléments attendus : ROI calculé sur la marge : (14 400 × 22 % − 1 800) / 1 800 = 76 % ; "
     "conclusion : campagne rentable mais à surveiller. Accepter un ROAS (8) si commenté.",
     ["ROI = (14 400 − 1 800) / 1 800 = 7, soit 700 %.",
      "La campagne est très rentable, il faut augmenter le budget."]),
    ("q", "Q1.8", "Les réservations du Pérou sont 40 % sous l'objectif. Quelles actions correctives "
                  "proposez-vous ? (4 pts)",
     "Éléments attendus : actions hiérarchisées, liées aux données.",
     ["Faire plus de publicité pour le Pérou."]),

    ("h", "Dossier 2 — Contenus et parcours de réservation (barème : 50 points)"),
    ("q", "Q2.1", "Terres Partagées veut refaire les photos et tourner une vidéo par destination. "
                  "Comment choisissez-vous le prestataire ? (6 pts)",
     "Éléments attendus : critères (coût, délai, connaissance du terrain, droits d'image, formats web), "
     "comparaison d'au moins deux options.",
     ["On peut demander à un photographe local dans chaque pays, c'est moins cher que d'en envoyer un "
      "de France."]),
    ("q", "Q2.2", "Rédigez la fiche du séjour « Atlas, 8 jours chez l'habitant » en expliquant vos choix "
                  "de rédaction. (14 pts)",
     "Éléments attendus : expression principale dans le titre et le premier paragraphe, informations "
     "utiles à la décision (prix, dates, inclus / non inclus, niveau, avis), appel à l'action.",
     ["Titre (H1) : Voyage solidaire au Maroc — 8 jours chez l'habitant dans le Haut Atlas",
      "Accroche : Partez en voyage solidaire au Maroc et partagez le quotidien des familles berbères "
      "d'Imlil et de la vallée des Aït Mizane. Petits groupes de 8 voyageurs maximum, randonnées de 4 à 6 h "
      "par jour avec Hassan, guide de montagne né au village.",
      ("t", ["Rubrique", "Contenu"], [
          ["Prix", "1 190 € par personne (hors vol), acompte 30 %"],
          ["Dates 2027", "3 avril, 8 mai, 18 septembre, 16 octobre"],
          ["Inclus", "Hébergement chez l'habitant, pension complète, guide, mules, transferts Marrakech"],
          ["Non inclus", "Vol, assurance, pourboires"],
          ["Niveau", "Marcheur régulier (2 sur 4)"],
          ["Solidarité", "119 € reversés au projet d'école d'Imlil"],
          ["Avis", "4,9 / 5 — 37 avis de voyageurs"],
          ["Bouton", "« Réserver ma place » + « Poser une question à Sophie »"],
      ]),
      "J'ai mis « voyage solidaire Maroc » dans le titre et dans la première phrase parce que c'est la "
      "requête la plus cherchée pour ce séjour (voir Q1.3). Le prix et les dates sont en haut car ce sont "
      "les premières questions reçues par téléphone."]),
    ("q", "Q2.3", "Le blog de l'agence n'est pas encore ouvert. Expliquez sa mise en place. (8 pts)",
     "Éléments attendus : installation (sous-répertoire ou sous-domaine), paramétrage (permaliens, "
     "catégories, auteurs, extension SEO), ligne éditoriale.",
     ["Le site est déjà sous WordPress, il suffit d'ajouter des articles dans le menu Articles."]),
    ("q", "Q2.4", "Décrivez le parcours de réservation et ce qui peut faire perdre des réservations. "
                  "(12 pts)",
     "Éléments attendus : étapes du tunnel, taux par étape (annexe 4), points de friction identifiés et "
     "plan de correction priorisé, outil de vérification.",
     ["Étapes : fiche séjour → choix de la date → formulaire voyageurs → paiement de l'acompte → "
      "confirmation.",
      "D'après l'annexe 4, 58 % des gens qui commencent le formulaire voyageurs ne le finissent pas. "
      "Le formulaire a 22 champs (dont le numéro de passeport, qui n'est utile qu'un mois avant le "
      "départ) : il faudrait le réduire et demander le passeport plus tard. L'acompte ne peut se payer "
      "que par virement, il faudrait ajouter la carte bancaire."]),
    ("q", "Q2.5", "Comment montreriez-vous que les nouveaux contenus intéressent davantage les "
                  "internautes ? (10 pts)",
     "Éléments attendus : indicateurs avant / après (temps d'engagement, demandes de devis, "
     "réservations), outil, période de comparaison.",
     ["Pas eu le temps."]),
]


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Copie étude de cas Terres Partagées"
    cp.created = datetime.datetime(2026, 5, 19, 8, 30, 0)
    cp.modified = datetime.datetime(2026, 5, 19, 12, 25, 0)
    doc.sections[0].header.paragraphs[0].text = ("Épreuve écrite — Étude de cas — Candidat n° 2026-0417 "
                                                 "— Thomas Leclerc")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ÉTUDE DE CAS — TERRES PARTAGÉES\nCopie du candidat")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Durée : 4 heures. Documents autorisés : aucun. Répondre directement sous chaque "
                      "question. Annexes 1 à 4 fournies avec le sujet.").runs[0].italic = True
    head = doc.add_paragraph()
    head.add_run("Contexte").bold = True
    doc.add_paragraph(CONTEXTE)

    for item in COPIE:
        if item[0] == "h":
            if item[1].startswith("Dossier 2"):
                doc.add_page_break()
            doc.add_heading(item[1], level=1)
            continue
        _, num, enonce, attendus, reponses = item
        q = doc.add_paragraph()
        q.add_run(num + " ").bold = True
        q.add_run(enonce).bold = True
        a = doc.add_paragraph()
        run = a.add_run(attendus)
        run.italic = True
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        doc.add_paragraph().add_run("Réponse :").underline = True
        for rep in reponses:
            if isinstance(rep, tuple):
                _, h, rows = rep
                t = doc.add_table(rows=1, cols=len(h))
                t.style = "Table Grid"
                for i, v in enumerate(h):
                    t.rows[0].cells[i].text = v
                for row in rows:
                    cells = t.add_row().cells
                    for i, v in enumerate(row):
                        cells[i].text = v
            else:
                doc.add_paragraph(rep)
        doc.add_paragraph()

    path = os.path.join(OUT_DIR, "copie-terres-partagees.docx")
    doc.save(path)
    normalize_zip(path)


if __name__ == "__main__":
    main()
