# Générateur du rapport de la candidate c72 (Office de tourisme intercommunal Lacs et Plateaux du Jura).
# DOCX, python-docx, déterministe (propriétés fixes, horodatage zip fixe).
import datetime
import os
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c72-office-tourisme-jura")
FILE = os.path.join(OUT, "otlp-rapport-commercialisation.docx")
AUTHOR = "Camille Jacquemin"
FIXED = datetime.datetime(2026, 3, 16, 9, 0, 0)


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2026, 3, 16, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def add_field(paragraph, code):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r = paragraph.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " %s " % code; r._r.append(t)
    r = paragraph.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r._r.append(s)
    paragraph.add_run("1")
    r = paragraph.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)


class W:
    def __init__(self, doc):
        self.doc = doc
        self.ntab = 0

    def h(self, level, text):
        self.doc.add_heading(text, level=level)

    def p(self, text, bold_lead=None, italic=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
        para = self.doc.add_paragraph()
        if bold_lead:
            para.add_run(bold_lead).bold = True
        r = para.add_run(text)
        r.italic = italic
        para.alignment = align
        para.paragraph_format.space_after = Pt(6)
        return para

    def items(self, lst, style="List Bullet"):
        for it in lst:
            para = self.doc.add_paragraph(it, style=style)
            para.paragraph_format.space_after = Pt(2)
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def caption(self, text):
        self.ntab += 1
        para = self.doc.add_paragraph()
        r = para.add_run("Tableau %d – %s" % (self.ntab, text))
        r.bold = True
        r.font.size = Pt(9.5)
        para.paragraph_format.space_after = Pt(2)
        para.paragraph_format.keep_with_next = True

    def table(self, rows, widths, header=True, size=9, caption=None, bold_first_col=False):
        if caption:
            self.caption(caption)
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                c = t.cell(i, j)
                c.width = Cm(widths[j])
                lines = v.split("\n")
                c.text = ""
                for k, line in enumerate(lines):
                    para = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    para.paragraph_format.space_after = Pt(0)
                    run = para.add_run(line)
                    run.font.size = Pt(size)
                    if (header and i == 0) or (bold_first_col and j == 0):
                        run.bold = True
                if header and i == 0:
                    shade(c, "D9E2EC")
        after = self.doc.add_paragraph()
        after.paragraph_format.space_after = Pt(2)
        return t


def afom(w, cells):
    w.caption("Grille Atouts – Faiblesses – Opportunités – Menaces")
    t = w.doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(2):
        for j in range(2):
            name, lines = cells[i][j]
            c = t.cell(i, j)
            c.width = Cm(8.2)
            c.text = ""
            para = c.paragraphs[0]
            rr = para.add_run(name)
            rr.bold = True
            rr.font.size = Pt(9.5)
            for line in lines:
                pp = c.add_paragraph()
                pp.paragraph_format.space_after = Pt(0)
                run = pp.add_run("– " + line)
                run.font.size = Pt(8.5)
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        trPr.append(cs)
    for c in t.rows[0].cells:
        for pp in c.paragraphs:
            pp.paragraph_format.keep_with_next = True
    w.doc.add_paragraph().paragraph_format.space_after = Pt(2)


def cover(doc):
    for _ in range(2):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("OFFICE DE TOURISME INTERCOMMUNAL LACS ET PLATEAUX DU JURA"); r.bold = True; r.font.size = Pt(12)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Établissement public industriel et commercial rattaché à la Communauté de communes Jura Lacs et Plateaux\n"
                  "Siège : 2 place de la Mairie, 39130 Clairvaux-les-Lacs")
    r.font.size = Pt(9.5); r.italic = True
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Rapport de mission"); r.bold = True; r.font.size = Pt(24)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Schéma de commercialisation en ligne 2026-2028"); r.bold = True; r.font.size = Pt(17)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Note à l'attention du comité de direction"); r.font.size = Pt(13)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Séance du 26 mars 2026 – Réf. OTLP/DIR/2026-031 – version 2 du 16 mars 2026"); r.font.size = Pt(10)
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph(); r = p.add_run("Visas"); r.bold = True
    rows = [["Étape", "Nom et fonction", "Date", "Visa"],
            ["Rédaction", "Camille Jacquemin, chargée de mission e-tourisme et commercialisation", "16/03/2026", "C. J."],
            ["Validation", "Olivier Faivre, directeur de l'Office de tourisme", "18/03/2026", "O. F."],
            ["Inscription à l'ordre du jour", "Nathalie Bourgeois, présidente du comité de direction", "19/03/2026", "N. B."]]
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    widths = [3.6, 8.2, 2.4, 2.0]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.width = Cm(widths[j]); c.text = ""
            run = c.paragraphs[0].add_run(v); run.font.size = Pt(9)
            if i == 0:
                run.bold = True; shade(c, "D9E2EC")
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Diffusion : membres du comité de direction ; agents du pôle accueil et commercialisation ; "
                  "service juridique de la Communauté de communes (pour information).")
    r.font.size = Pt(9)
    p = doc.add_paragraph()
    r = p.add_run("Document présenté par Camille Jacquemin au titre de la certification professionnelle « Chef de projet "
                  "e-commerce » (blocs de compétences 1 et 5), dans le cadre du plan de développement des compétences "
                  "de l'Office complété par le compte personnel de formation.")
    r.font.size = Pt(9); r.italic = True
    doc.add_page_break()


def body(w):
    doc = w.doc
    w.h(1, "Sommaire")
    for line in ["Préambule",
                 "I. Diagnostic partagé de la commercialisation en ligne",
                 "II. Axes stratégiques et fiches-actions 2026-2028",
                 "III. Évaluation et prévisions budgétaires",
                 "IV. Renouvellement de la plateforme de vente en ligne",
                 "V. Sécurité juridique de la vente en ligne",
                 "VI. Organisation du service et animation de l'équipe",
                 "VII. Marchandises, commandes et expéditions",
                 "Annexes 1 à 3"]:
        pp = doc.add_paragraph(line)
        pp.paragraph_format.space_after = Pt(1)

    w.h(1, "Préambule")
    w.p("Par lettre de mission du 2 septembre 2025, le directeur de l'Office a confié à la chargée de mission e-tourisme et "
        "commercialisation la préparation d'un schéma de commercialisation en ligne pour la période 2026-2028, ainsi que le "
        "pilotage du renouvellement de la plateforme de vente, dont le marché arrive à échéance le 30 juin 2026. La présente "
        "note rend compte des travaux conduits entre septembre 2025 et mars 2026 et soumet au comité de direction les "
        "orientations qui en découlent.")
    w.p("La démarche retenue est celle d'un diagnostic partagé, conduit avec les agents des quatre bureaux, huit partenaires "
        "socio-professionnels (hébergeurs, prestataires d'activités, producteurs) et les élus du comité de direction.")

    # ------------------------------------------------------------------ I
    w.h(1, "I. Diagnostic partagé de la commercialisation en ligne")
    w.h(2, "A. L'Office et son activité de vente en ligne")
    w.p("Créé en 2017 à la suite du transfert de la compétence « promotion du tourisme » à la Communauté de communes, l'Office "
        "de tourisme intercommunal Lacs et Plateaux du Jura est un établissement public industriel et commercial. Il assure "
        "l'accueil des visiteurs dans quatre bureaux (Clairvaux-les-Lacs, siège ; Doucier ; Le Frasnois ; Bonlieu), la "
        "promotion de la destination et, depuis 2021, la vente en ligne. Ses 112 partenaires socio-professionnels adhérents "
        "en sont le premier relais.")
    w.p("La vente en ligne s'appuie sur la place de marché « Résa Jura Lacs », dont le titulaire actuel est la société Altitude "
        "Résa, intégrée au site WordPress de l'Office. Elle porte sur les visites guidées organisées en régie, les promenades en "
        "bateau électrique sur le lac, les ateliers en fromagerie, le « Pass Famille » et une boutique (topoguides, cartes IGN, "
        "produits locaux en dépôt-vente : comté, macvin, vin jaune).")
    w.table([["Donnée", "Valeur 2025", "Source"],
             ["Agents", "19 agents, soit 14 équivalents temps plein", "Tableau des effectifs au 31/12/2025"],
             ["Budget primitif", "1,94 M€, dont produit de la taxe de séjour 1,12 M€", "Budget primitif 2025"],
             ["Recettes de la vente en ligne", "248 k€ TTC : billetterie 196 k€, boutique 52 k€", "Comptes de la régie"],
             ["Volumes", "7 900 billets ; 1 140 commandes boutique (690 expédiées, 450 retirées en bureau)", "Outil Résa Jura Lacs"],
             ["Part des billets vendus en ligne", "27 % (le reste au guichet des bureaux)", "Régie et outil de vente"],
             ["Prestataires commercialisés", "64 prestataires sur la place de marché", "Outil Résa Jura Lacs"],
             ["Audience du site", "412 000 sessions, dont 66 % sur mobile", "Mesure d'audience du site"],
             ["Fichier de la newsletter", "9 000 contacts", "Outil d'envoi de la newsletter"],
             ["Saisonnalité", "Juillet et août : 61 % des recettes en ligne", "Comptes de la régie"]],
            [4.6, 7.4, 4.4], caption="Chiffres clés de l'activité commerciale en ligne (exercice 2025)")

    w.h(2, "B. Les clientèles de l'Office")
    w.p("L'enquête clientèle conduite de juillet à septembre 2024 (questionnaire diffusé dans les bureaux et en ligne, 612 "
        "réponses exploitables) permet de distinguer trois clientèles principales, qui représentent ensemble 81 % des "
        "répondants. Pour chacune, les attentes et les freins exprimés ont été relevés ; les pourcentages indiquent la part "
        "des répondants de la clientèle concernée ayant cité l'item.")
    w.h(3, "1° Attentes et freins des trois clientèles étudiées")
    w.table([["Clientèle", "Poids", "Attentes principales", "Freins relevés"],
             ["Familles en séjour (enfants de moins de 14 ans)", "46 % des répondants ; 58 % des recettes de billetterie",
              "Activités adaptées aux enfants (78 %)\nSolution de repli en cas de pluie (52 %)\nTarif famille lisible (47 %)",
              "Activités complètes le jour même (41 %)\nCoût cumulé des activités (36 %)\nConditions d'annulation météo mal expliquées (22 %)"],
             ["Randonneurs itinérants (GR 559, Tour des lacs)", "21 % des répondants ; 34 % des commandes boutique",
              "Cartes et topoguides (64 %)\nTransport retour en car (38 %)\nInformation sur les hébergements d'étape (35 %)",
              "Navettes non réservables (44 %)\nSite peu lisible sur mobile en zone de faible réseau (31 %)\nFrais d'envoi des cartes (18 %)"],
             ["Excursionnistes suisses (cantons de Vaud et de Genève)", "14 % des répondants ; 11 % des recettes de billetterie",
              "Réserver à l'avance pour sécuriser la journée (57 %)\nPaiement par carte sans frais (41 %)\nOffres gourmandes : comté, vin jaune (39 %)",
              "Prix affichés en euros seulement (29 %)\nIncertitude sur les ouvertures hors saison (27 %)\nQuestions sur le passage des produits en douane (21 %)"]],
            [3.6, 3.2, 4.9, 4.9], caption="Attentes et freins par clientèle (enquête clientèle été 2024, 612 réponses)")

    w.h(3, "2° Le chemin du visiteur : l'exemple des familles en séjour")
    w.p("Le chemin d'une famille, reconstitué à partir de l'enquête, de l'outil de vente et des observations des agents "
        "d'accueil, montre le poids de la météo et de la décision prise sur place.")
    w.table([["Étape", "Comportement constaté", "Contexte propre aux familles", "Réponse de l'Office"],
             ["Envie de partir", "Choix de la destination plus de deux mois avant (63 %)",
              "Vacances scolaires ; recommandation de proches", "Newsletter de printemps"],
             ["Recherche d'information", "Site de l'Office, réseaux sociaux ; passage au bureau dès l'arrivée (38 %)",
              "71 % des sessions sur mobile en juillet-août", "Pages « Que faire avec des enfants »"],
             ["Comparaison", "Comparaison du bateau électrique, du canoë et des ateliers ; calcul du coût pour quatre personnes",
              "Décision liée aux prévisions météo du lendemain", "Pass Famille (trois activités, prix unique)"],
             ["Réservation", "44 % des réservations familles faites la veille ou le jour même", "Soleil : bateau et "
              "baignade ; pluie : fromagerie, musée", "Vente en ligne close à 18 h la veille : perte de ventes signalée "
              "par les bureaux"],
             ["Après-séjour", "Avis et photos ; 31 % reviennent l'année suivante", "Achat de produits du terroir une fois "
              "rentrés", "Boutique en ligne, newsletter d'automne"]],
            [2.8, 4.8, 4.6, 4.4], caption="Chemin du visiteur – familles en séjour")

    w.h(2, "C. Parangonnage de quatre structures comparables")
    w.p("Quatre organismes de taille et de territoire comparables ont été retenus. Les relevés ont été faits sur leurs sites "
        "et complétés par un entretien téléphonique avec leurs responsables de la commercialisation (octobre 2025). Huit "
        "critères ont été comparés.")
    w.table([["Critère", "OT Monts du Haut-Doubs", "Maison du tourisme Vallée de l'Ain", "OT Pays des Quatre Vallées",
              "OT Lac de Vaux", "OTI Lacs et Plateaux"],
             ["Offre commercialisée", "85 prestations", "40 prestations", "120 prestations", "55 prestations", "64 prestations"],
             ["Part des billets vendus en ligne", "38 %", "22 %", "45 %", "31 %", "27 %"],
             ["Moyens de paiement", "Carte, PayPal, chèques-vacances dématérialisés", "Carte", "Carte, PayPal, "
              "chèques-vacances dématérialisés", "Carte, paiement mobile", "Carte"],
             ["Avis clients affichés", "Oui (4,6/5)", "Non", "Oui (4,5/5)", "Oui (4,3/5)", "Non"],
             ["Langues", "FR, DE, EN", "FR", "FR, EN, DE, NL", "FR, EN", "FR (quelques pages EN)"],
             ["Outil de place de marché", "Horizon Pass", "Altitude Résa", "Parcours Billetterie", "Sitaka Tourisme",
              "Altitude Résa"],
             ["Produits du terroir en ligne", "Oui", "Non", "Oui (dépôt-vente)", "Cartes seules", "Oui (dépôt-vente)"],
             ["Réservation le jour même", "Jusqu'à 2 h avant", "Non (veille 17 h)", "Jusqu'à 1 h avant", "Jusqu'à 2 h avant",
              "Non (veille 18 h)"]],
            [3.2, 2.7, 2.7, 2.7, 2.5, 2.7], size=8.5, caption="Parangonnage – huit critères, cinq structures", bold_first_col=True)
    w.p("Enseignements retenus : les structures qui vendent jusqu'à une ou deux heures avant le départ dépassent 38 % de "
        "billets en ligne, la clôture à 18 h la veille est donc le premier facteur limitant de l'Office ; les chèques-vacances "
        "dématérialisés répondent à une attente des familles ; l'affichage des avis n'a posé aucune difficulté de modération ; "
        "une version allemande est utile pour la clientèle suisse alémanique. Ils ont été repris dans le marché décrit au titre IV.")

    w.h(2, "D. Atouts, faiblesses, opportunités et menaces")
    w.p("La grille ci-après, discutée en réunion de service le 6 novembre 2025, synthétise le diagnostic.")
    afom(w, [[("Atouts", ["Lacs, cascades et belvédères de notoriété nationale",
                          "Offre de promenades en bateau électrique, sans équivalent sur les sites comparables",
                          "Produits sous appellation (comté, vin jaune, macvin) vendus en dépôt-vente",
                          "Ressource stable : taxe de séjour de 1,12 M€",
                          "Fichier de 9 000 contacts de la newsletter"]),
              ("Faiblesses", ["27 % seulement des billets vendus en ligne",
                              "Pas de réservation le jour même",
                              "Paiement par carte uniquement",
                              "Site en français seulement",
                              "Double saisie entre l'outil de vente et la régie"])],
             [("Opportunités", ["Clientèle suisse à moins de deux heures de route",
                                "Fête du comté et « Automne gourmand » en octobre",
                                "Aide régionale au tourisme numérique (appel à projets 2026)",
                                "Image de « territoire préservé » recherchée par les familles",
                                "Échéance du marché de la plateforme au 30 juin 2026"]),
              ("Menaces", ["Plateformes privées de réservation d'activités qui référencent les mêmes prestataires",
                           "Épisodes de basses eaux (neuf jours sans bateau en août 2025)",
                           "Dépendance à la saison d'été (61 % des recettes)",
                           "Contrainte budgétaire de la Communauté de communes"])]])
    w.p("Le croisement des éléments de la grille a permis de dégager les enjeux du schéma. Chaque enjeu est rattaché à une "
        "orientation et à un rang de priorité (1 : engagement en 2026 ; 2 : engagement en 2026-2027 ; 3 : engagement d'ici "
        "2028), tel que retenu par le comité de direction lors de sa séance du 4 décembre 2025.")
    w.table([["Croisement", "Enjeu", "Orientation retenue", "Priorité"],
             ["Faiblesse « pas de réservation le jour même » × opportunité « échéance du marché »",
              "Capter les réservations de dernière minute", "Exiger la vente jusqu'à une heure avant le départ dans le "
              "nouveau marché", "1"],
             ["Faiblesse « paiement par carte uniquement » × menace « plateformes privées »",
              "Ne pas perdre les familles au moment du paiement", "Accepter les chèques-vacances dématérialisés", "1"],
             ["Atout « bateau électrique et fromageries » × opportunité « clientèle suisse »",
              "Faire réserver à l'avance les excursionnistes", "Créer une offre « journée lacs et comté » réservable et la "
              "promouvoir en Suisse romande", "2"],
             ["Atout « fichier de 9 000 contacts » × menace « dépendance à l'été »",
              "Vendre en dehors de juillet-août", "Développer la newsletter et les opérations d'automne et d'hiver", "2"],
             ["Faiblesse « site en français seulement » × opportunité « clientèle suisse »",
              "Être lisible par les visiteurs non francophones", "Traduire en allemand et en anglais les pages de vente", "3"],
             ["Atout « territoire préservé » × menace « plateformes privées »",
              "Garder la maîtrise de l'image de la destination", "Conditionner les conventions de coopération au respect "
              "de cette image", "3"]],
            [4.8, 3.6, 5.9, 2.1], caption="Enjeux et orientations retenus")

    # ------------------------------------------------------------------ II
    w.h(1, "II. Axes stratégiques et fiches-actions 2026-2028")
    w.h(2, "A. Objectifs chiffrés")
    w.p("Les axes stratégiques traduisent les orientations du diagnostic en objectifs mesurables, assortis d'une échéance. "
        "Ils ont été retenus par le comité de direction le 4 décembre 2025.")
    w.table([["Axe stratégique", "Objectif", "Valeur de départ", "Cible", "Échéance"],
             ["1. Développer les recettes en ligne", "Recettes de la vente en ligne", "248 k€ (2025)", "320 k€", "31/12/2026"],
             ["1. Développer les recettes en ligne", "Part des billets vendus en ligne", "27 % (2025)", "40 %", "fin de saison 2027"],
             ["2. Fidéliser et vendre hors saison", "Contacts de la newsletter", "9 000", "14 000", "31/12/2027"],
             ["3. Conquérir la clientèle suisse", "Part des excursionnistes suisses réservant avant leur venue", "12 % (enquête 2024)",
              "30 %", "été 2027"]],
            [4.4, 4.8, 2.8, 1.8, 2.6], caption="Objectifs du schéma de commercialisation en ligne")
    w.h(2, "B. Clientèles prioritaires")
    w.p("Les trois clientèles étudiées sont classées comme suit. Les familles en séjour sont placées au premier rang : elles "
        "représentent 58 % des recettes de billetterie et sont les plus pénalisées par l'absence de réservation le jour même. "
        "Les excursionnistes suisses viennent au deuxième rang : leur poids reste limité (11 % des recettes), mais leur panier "
        "moyen est le plus élevé (31 € par billet contre 24,80 € en moyenne) et leur venue se prépare, ce qui rend la vente "
        "anticipée efficace. Les randonneurs itinérants sont placés au troisième rang : leur apport porte surtout sur la "
        "boutique, et leur principale attente, la réservation des navettes, relève de la coopération avec le transporteur.")

    w.h(2, "C. Les fiches-actions et leur ordre de mise en œuvre")
    w.p("Six fiches-actions déclinent les axes. L'ordre de mise en œuvre consiste à commencer par les moyens d'action qui "
        "valorisent des ressources existantes et peu coûteuses (pages d'offres, fichier de contacts), puis à n'engager les "
        "dépenses publicitaires les plus lourdes qu'une fois la nouvelle plateforme en service et le parcours de réservation "
        "amélioré.")
    w.table([["Ordre", "Fiche-action", "Moyen d'action", "Clientèle visée", "Démarrage", "Charge de travail estimée"],
             ["1", "Visibilité des pages d'offres dans les moteurs de recherche", "Réécriture des 64 pages d'offres, balisage, "
              "pages « Que faire avec des enfants » et « Journée depuis Genève »", "Familles, Suisses", "avril 2026",
              "22 jours-agent"],
             ["2", "Newsletter", "Passage de 4 à 10 envois par an, formulaire d'inscription en bureau et sur les billets",
              "Toutes", "mai 2026", "14 jours-agent"],
             ["3", "Réseaux sociaux", "Calendrier de publications, contenus des prestataires, publications sponsorisées l'été",
              "Familles", "juin 2026", "30 jours-agent"],
             ["4", "Annonces sur moteur de recherche", "Campagnes sur les requêtes d'activités, financées à 50 % par l'aide "
              "régionale", "Familles, Suisses", "juin 2026", "à évaluer avec les services"],
             ["5", "Redistribution par la place de marché régionale", "Diffusion de l'offre de l'Office sur la place de "
              "marché régionale et chez les campings, contre commission d'apport", "Familles", "septembre 2026",
              "à évaluer avec les services"],
             ["6", "Insertions dans la presse suisse en ligne", "Bannières et articles sponsorisés sur deux sites "
              "d'information romands", "Suisses", "avril 2027", "à évaluer avec les services"]],
            [1.5, 3.0, 4.6, 2.2, 2.3, 2.9], caption="Fiches-actions 2026-2028")

    w.h(2, "D. Calendrier prévisionnel")
    w.p("Le calendrier prévisionnel est établi sur la trame trimestrielle de la charte documentaire de la Communauté de "
        "communes (une ligne par période, rattachement aux fiches-actions, justification), de façon à pouvoir être annexé "
        "au rapport d'activité annuel. Il suit la saisonnalité de la destination : l'été concentre 61 % des recettes, les "
        "vacances d'hiver et l'automne gourmand constituent les deux seules autres périodes de vente significatives.")
    w.table([["Période", "Temps fort de la destination", "Fiches-actions mobilisées", "Justification"],
             ["Janvier – février", "Vacances d'hiver (raquettes, cascades gelées)", "2 (newsletter d'hiver)",
              "9 % des recettes en ligne ; clientèle régionale et suisse"],
             ["Mars – avril", "Préparation de la saison ; ouverture des réservations d'été le 1er avril", "1, 6 (à partir de 2027)",
              "Les pages doivent être indexées avant les recherches de mai ; les familles choisissent leur destination au printemps"],
             ["Mai – juin", "Ponts de mai, Ascension et Pentecôte (fériés en Suisse)", "2, 3, 4",
              "Premières sorties des excursionnistes ; test des campagnes avant l'été"],
             ["Juillet – août", "Haute saison : bateau électrique, ateliers, Pass Famille", "3, 4, 5",
              "61 % des recettes ; décision le jour même selon la météo"],
             ["Septembre – octobre", "Automne gourmand et Fête du comté (octobre)", "2, 3, 5",
              "12 % des recettes ; clientèle de couples et de retraités"],
             ["Novembre – décembre", "Boutique : coffrets du terroir, Pass Famille à offrir", "2",
              "8 % des recettes ; achats de cadeaux"]],
            [2.6, 4.8, 3.0, 6.0], caption="Calendrier prévisionnel 2026-2028 (trame trimestrielle de la charte documentaire)")

    w.h(2, "E. Conventions de coopération")
    w.p("Les coopérations recherchées visent des structures qui partagent les clientèles de l'Office, dont les modes de "
        "consommation s'articulent avec les siens et dont l'image est compatible avec le positionnement de « territoire "
        "préservé ». Une demande a été écartée pour ce dernier motif.")
    w.table([["Structure", "Clientèle commune", "Usage compatible", "Image", "Suite donnée"],
             ["Coopérative fromagère des Deux Lacs (38 producteurs)", "Familles, excursionnistes suisses",
              "Atelier de fabrication réservé en ligne puis achat sur place ou en boutique", "Appellation d'origine, circuit court",
              "Convention signée pour 2025-2027"],
             ["Parc naturel régional du Haut-Jura", "Randonneurs, familles", "Sorties nature guidées vendues par l'Office, "
              "encadrées par les gardes du Parc", "Marque « Valeurs Parc », préservation des milieux", "Convention en cours de "
              "rédaction"],
             ["Exploitant des lignes de cars régionaux et TER", "Randonneurs itinérants, visiteurs sans voiture",
              "Billet combiné car + bateau réservable avec la promenade", "Mobilité sans voiture", "À l'étude pour 2027"],
             ["Groupement des campings des Lacs (24 établissements)", "Familles en séjour",
              "Réservation des activités depuis l'accueil des campings, la veille ou le jour même", "Hôtellerie de plein air "
              "de nature, plusieurs établissements labellisés", "Convention prévue au printemps 2026"],
             ["Société de location de motos marines (demande de mai 2025)", "Jeunes adultes en séjour",
              "Location à l'heure sur réservation", "Nuisances sonores, image contraire au « territoire préservé »",
              "Refusée par le comité de direction"]],
            [3.6, 2.8, 4.0, 3.4, 2.6], caption="Conventions de coopération étudiées")

    # ------------------------------------------------------------------ III
    w.h(1, "III. Évaluation et prévisions budgétaires")
    w.h(2, "A. Évaluation ex post de l'opération « Automne gourmand 2025 »")
    w.p("L'opération « Automne gourmand » (ateliers en fromagerie, visites de caves, dégustations en octobre) a fait l'objet "
        "en 2025, pour la première fois, d'une promotion en ligne (deux newsletters, publications sponsorisées, page dédiée) "
        "d'un coût de 2 100 €. Les résultats sont comparés à l'édition 2024.")
    w.table([["Indicateur", "Édition 2024", "Édition 2025", "Évolution brute", "Évolution par date"],
             ["Dates proposées", "8", "10", "+2", "—"],
             ["Billets vendus en ligne", "612", "884", "+44 %", "+16 %"],
             ["Recettes en ligne", "11 900 €", "16 700 €", "+40 %", "+12 %"],
             ["Taux de remplissage des ateliers", "71 %", "83 %", "+12 points", "—"],
             ["Commandes boutique « coffret comté »", "96", "141", "+47 %", "—"],
             ["Nouveaux contacts de la newsletter", "310", "520", "+68 %", "—"]],
            [5.2, 2.6, 2.6, 2.8, 3.0], caption="Automne gourmand – comparaison des éditions 2024 et 2025")
    w.p("La lecture de ces chiffres appelle de la prudence. L'évolution brute des recettes (+40 %) est pour partie mécanique : "
        "l'édition 2025 comptait deux dates supplémentaires, ce qui explique à lui seul une hausse d'environ 25 %. Ramenée à "
        "une date, la progression est de 12 %. En outre, l'automne 2025 a été particulièrement doux : sept dates sur dix se "
        "sont tenues sans pluie, contre quatre sur huit en 2024, ce qui a favorisé les achats de dernière minute. L'effet "
        "propre de la promotion en ligne ne peut donc être estimé qu'à quelques points. En revanche, le gain de 210 contacts "
        "pour la newsletter et la hausse des commandes de coffrets constituent des effets durables.")
    w.p("Cette analyse a été présentée au comité de direction le 4 décembre 2025. Celui-ci a décidé de reconduire "
        "l'opération en 2026 avec dix dates, en demandant que l'évaluation soit désormais conduite par date et corrigée des "
        "conditions météorologiques.")

    w.h(2, "B. Prévisions budgétaires par moyen d'action")
    w.p("Les prévisions ci-dessous seront inscrites à la section de fonctionnement du budget primitif 2026. Les recettes "
        "attendues correspondent aux ventes attribuées à chaque moyen d'action ; la recette propre de l'Office correspond à "
        "sa marge, soit une commission moyenne de 12 % sur les ventes (commission sur les prestations des prestataires et "
        "marge nette sur les visites en régie).")
    w.table([["Fiche-action", "Nature de la dépense", "Dépense 2026", "Ventes attendues", "Recette propre (12 %)",
              "Autre financement"],
             ["1. Pages d'offres", "Prestation de rédaction et d'audit", "4 800 €", "28 000 €", "3 360 €", "—"],
             ["2. Newsletter", "Abonnement à l'outil d'envoi", "1 200 €", "22 000 €", "2 640 €", "—"],
             ["3. Réseaux sociaux", "Publications sponsorisées", "3 000 €", "12 000 €", "1 440 €", "—"],
             ["4. Annonces sur moteur de recherche", "Achat d'annonces", "8 000 €", "30 000 €", "3 600 €",
              "Aide régionale : 4 000 €"],
             ["5. Place de marché régionale", "Commission d'apport (5 % des ventes)", "900 €", "18 000 €", "2 160 €", "—"],
             ["6. Presse suisse en ligne (2027)", "Insertions publicitaires", "6 000 €", "10 000 €", "1 200 €", "—"],
             ["Total", "", "23 900 €", "120 000 €", "14 400 €", "4 000 €"]],
            [3.6, 3.8, 2.2, 2.4, 2.4, 2.6], caption="Prévisions budgétaires – section de fonctionnement")

    w.h(2, "C. Rendement de la dépense")
    w.p("Le rendement de la dépense est mesuré par la recette propre générée pour un euro dépensé, déduction faite des aides "
        "reçues. Il est complété par le volume de ventes réalisé pour le compte des prestataires du territoire, qui "
        "constitue l'effet recherché par la mission de service public de l'Office.")
    w.table([["Fiche-action", "Dépense nette", "Recette propre", "Rendement (recette propre / dépense nette)",
              "Solde net", "Ventes pour 1 € dépensé"],
             ["1. Pages d'offres", "4 800 €", "3 360 €", "0,70 €", "– 1 440 €", "5,8 €"],
             ["2. Newsletter", "1 200 €", "2 640 €", "2,20 €", "+ 1 440 €", "18,3 €"],
             ["3. Réseaux sociaux", "3 000 €", "1 440 €", "0,48 €", "– 1 560 €", "4,0 €"],
             ["4. Annonces (après aide régionale)", "4 000 €", "3 600 €", "0,90 €", "– 400 €", "7,5 €"],
             ["5. Place de marché régionale", "900 €", "2 160 €", "2,40 €", "+ 1 260 €", "20,0 €"],
             ["6. Presse suisse en ligne", "6 000 €", "1 200 €", "0,20 €", "– 4 800 €", "1,7 €"]],
            [4.0, 2.2, 2.2, 3.2, 2.2, 2.6], caption="Rendement de la dépense par fiche-action")
    w.p("Deux moyens d'action dégagent un solde positif (newsletter et place de marché régionale). Les pages d'offres ont un "
        "rendement inférieur à un euro la première année, mais la dépense n'est pas renouvelée en 2027 alors que les ventes "
        "attendues se maintiennent. Les insertions dans la presse suisse présentent le rendement le plus faible : il est "
        "proposé de les limiter en 2027 à une phase de test et de ne les reconduire que si le rendement atteint 0,50 €.")

    w.h(2, "D. Écarts constatés en 2025 et décisions modificatives")
    w.p("Le suivi mensuel des réalisations, conduit avec le régisseur de recettes, a fait apparaître en 2025 les écarts "
        "suivants. Les mesures correctives ont été soumises au comité de direction et traduites par décision modificative.")
    w.table([["Ligne", "Prévu (BP 2025)", "Réalisé", "Écart", "Cause", "Mesure adoptée"],
             ["Commissions sur billetterie", "24 000 €", "21 300 €", "– 2 700 €", "Basses eaux : neuf jours sans bateau en août",
              "DM n° 2 du 25/09/2025 : prévision réduite de 2 500 € ; 1 500 € réaffectés à l'Automne gourmand"],
             ["Publicité en ligne", "6 000 €", "7 400 €", "+ 1 400 €", "Campagne d'été prolongée de trois semaines",
              "DM n° 2 : virement de 1 400 € depuis la ligne « impressions » (tirage du guide papier réduit)"],
             ["Ventes de la boutique", "48 000 €", "52 000 €", "+ 4 000 €", "Hausse des ventes de comté en dépôt-vente",
              "DM n° 2 : 1 000 € supplémentaires pour les emballages"],
             ["Frais d'envoi", "3 200 €", "4 100 €", "+ 900 €", "Hausse des tarifs postaux au 1er janvier",
              "DM n° 3 du 27/11/2025 : crédits complémentaires ; révision de la grille de frais d'envoi en 2026"]],
            [2.8, 2.0, 1.8, 1.6, 3.6, 4.8], size=8.5, caption="Écarts entre prévisions et réalisations 2025")
    w.p("Pour 2026, un seuil d'alerte de 10 % par ligne est proposé : tout dépassement fera l'objet d'une note au directeur "
        "dans le mois et, le cas échéant, d'une proposition de décision modificative aux séances de juin et d'octobre.")

    # ------------------------------------------------------------------ IV
    w.h(1, "IV. Renouvellement de la plateforme de vente en ligne")
    w.h(2, "A. Le cadrage fixé par le comité de direction")
    w.p("Par délibération n° 2025-14 du 9 octobre 2025 (extrait en annexe 1), le comité de direction a autorisé le lancement "
        "d'une procédure adaptée pour le renouvellement de la plateforme et fixé quatre prescriptions : un montant maximal de "
        "45 000 € TTC sur quatre ans (une année ferme et trois reconductions) ; un hébergement des données au sein de "
        "l'Union européenne ; la conformité au référentiel général d'amélioration de l'accessibilité (RGAA) ; une interface "
        "automatique avec la régie de recettes. Chacune de ces prescriptions a été reprise dans les pièces du marché : le "
        "montant maximal figure au règlement de la consultation, les trois autres aux chapitres 7, 8 et 9 du CCTP, et leur "
        "respect a été vérifié lors de l'analyse des offres. La délibération demande en outre une mise en service avant le "
        "15 mai 2026.")
    w.p("La consultation a été publiée sur le profil d'acheteur le 5 janvier 2026, avec une date limite de remise des offres "
        "au 2 février 2026 à 12 h. Trois offres ont été reçues.")

    w.h(2, "B. Le cahier des clauses techniques particulières")
    w.p("Le CCTP, rédigé par la chargée de mission et relu par le directeur et par le service de la commande publique de la "
        "Communauté de communes, comporte douze chapitres :")
    w.items(["Objet du marché et contexte de l'Office ;",
             "Périmètre : billetterie, place de marché des prestataires, boutique ;",
             "Objectifs stratégiques, opérationnels et techniques ;",
             "Exigences de vente et de réservation (jauges, vente jusqu'à une heure avant le départ, Pass Famille, annulations météo) ;",
             "Exigences relatives à la boutique et aux marchandises en dépôt-vente ;",
             "Moyens de paiement et encaissement (carte avec authentification forte, chèques-vacances dématérialisés) ;",
             "Interfaces : site WordPress, logiciel de régie, outil comptable, outil d'envoi de la newsletter ;",
             "Accessibilité (RGAA 4.1) et ergonomie sur mobile ;",
             "Hébergement dans l'Union européenne, sécurité et protection des données ;",
             "Reprise des données et migration depuis l'outil actuel ;",
             "Formation des agents, assistance et niveaux de service ;",
             "Réversibilité et fin de marché."], style="List Number")

    w.h(2, "C. Objectifs du projet")
    w.p("Les objectifs inscrits au chapitre 3 du CCTP sont hiérarchisés en trois niveaux. Ils ont été vérifiés un à un au "
        "regard du diagnostic : chaque objectif répond à un enjeu identifié, et aucun enjeu retenu n'est resté sans "
        "traduction dans le marché.")
    w.table([["Niveau", "Objectif", "Cible mesurable"],
             ["Stratégique", "Développer les recettes de la vente en ligne", "320 k€ en 2026"],
             ["Stratégique", "Augmenter la part des billets vendus en ligne", "40 % en fin de saison 2027"],
             ["Stratégique", "Réduire la dépendance à l'été", "Part des recettes hors juillet-août : de 39 % à 45 % en 2028"],
             ["Opérationnel", "Permettre la réservation de dernière minute", "Vente jusqu'à 1 h avant le départ pour 100 % des activités à jauge"],
             ["Opérationnel", "Élargir les moyens de paiement", "Chèques-vacances dématérialisés acceptés dès la mise en service"],
             ["Opérationnel", "Ouvrir la vente aux visiteurs non francophones", "Parcours de réservation en FR, EN et DE"],
             ["Opérationnel", "Accueillir davantage de prestataires", "80 prestataires en ligne fin 2026 (64 aujourd'hui)"],
             ["Technique", "Rapidité sur mobile", "Affichage d'une page d'offre en moins de 2,5 secondes en 4G"],
             ["Technique", "Accessibilité", "Parcours de réservation et de paiement conformes RGAA ; 75 % des critères sur l'ensemble"],
             ["Technique", "Hébergement et disponibilité", "Données hébergées dans l'UE ; disponibilité de 99,5 %"],
             ["Technique", "Interface avec la régie", "Export quotidien automatique des encaissements ; suppression de la saisie manuelle"]],
            [2.6, 6.2, 7.6], caption="Objectifs à trois niveaux (chapitre 3 du CCTP)")

    w.h(2, "D. Critères de jugement des offres et choix du titulaire")
    w.p("Les critères de jugement des offres, annoncés au règlement de la consultation, traduisent les priorités du "
        "diagnostic : la valeur technique est prépondérante, car le gain attendu tient d'abord à la réservation de dernière "
        "minute et à la suppression des doubles saisies.")
    w.table([["Critère", "Pondération", "Sous-critères (points)"],
             ["Valeur technique", "60 %", "Vente et réservation, dont dernière minute et Pass Famille (20) ; interface avec "
              "la régie et l'outil comptable (12) ; accessibilité et ergonomie mobile (10) ; hébergement, sécurité, "
              "réversibilité (10) ; formation, assistance, accompagnement des prestataires (8)"],
             ["Prix", "30 %", "Note = 30 × (offre la moins disante / offre examinée), sur le montant TTC de quatre ans"],
             ["Délai de mise en service", "10 %", "Note = 10 × (délai le plus court / délai proposé)"]],
            [3.4, 2.6, 10.4], caption="Critères de jugement des offres")
    w.p("L'analyse des trois offres, consignée dans le rapport d'analyse des offres (RAO) du 19 février 2026 dont un extrait "
        "figure en annexe 2, aboutit au classement suivant :")
    w.table([["Candidat", "Valeur technique /60", "Prix TTC 4 ans", "Note prix /30", "Délai", "Note délai /10", "Total /100",
              "Rang"],
             ["Parcours Billetterie SAS", "51,0", "42 840 €", "25,55", "8 semaines", "5,00", "81,55", "1"],
             ["Altitude Résa (titulaire sortant)", "39,0", "39 600 €", "27,64", "4 semaines", "10,00", "76,64", "2"],
             ["Sitaka Tourisme", "35,0", "36 480 €", "30,00", "6 semaines", "6,67", "71,67", "3"]],
            [3.6, 2.0, 2.1, 1.8, 2.0, 1.8, 1.6, 1.5], caption="Classement des offres (extrait du RAO)")
    w.p("L'offre de Parcours Billetterie est la seule à proposer la vente jusqu'à une heure avant le départ pour toutes les "
        "activités à jauge et un export automatique vers le logiciel de régie déjà utilisé par l'Office. Son prix, le plus "
        "élevé des trois, reste inférieur au plafond de 45 000 € TTC fixé par le comité de direction, et son délai de huit "
        "semaines permet une mise en service fin avril, avant l'échéance du 15 mai. L'offre du titulaire sortant, moins "
        "chère et plus rapide à déployer, ne lève pas la clôture des ventes à la veille au soir, premier facteur limitant "
        "relevé par le diagnostic. Le comité de direction a attribué le marché à Parcours Billetterie par délibération "
        "n° 2026-03 du 26 février 2026 ; le marché a été notifié le 2 mars 2026.")

    w.h(2, "E. Conditions d'admission des prestataires sur la place de marché")
    w.p("Le changement d'outil permet de formaliser les conditions auxquelles un prestataire touristique du territoire peut "
        "voir ses activités vendues par l'Office ; la grille sera annexée à chaque convention de mandat.")
    w.table([["Critère", "Pièce justificative", "Motif"],
             ["Assurance de responsabilité civile professionnelle", "Attestation de l'année en cours",
              "L'Office vend l'activité en qualité de mandataire"],
             ["Engagement dans la démarche Qualité Tourisme ou label équivalent", "Copie de la marque ou du label, ou "
              "engagement écrit sous deux ans", "Cohérence avec la démarche qualité de l'Office"],
             ["Politique d'annulation compatible avec le règlement de vente", "Conditions d'annulation du prestataire",
              "Remboursement du visiteur en cas d'annulation météo"],
             ["Mise à jour des disponibilités", "Engagement à actualiser les jauges au moins la veille à 18 h",
              "Condition de la vente de dernière minute"],
             ["Agréments et diplômes d'encadrement", "Copie des diplômes (activités nautiques et de pleine nature)",
              "Sécurité des visiteurs"]],
            [5.2, 5.6, 5.6], caption="Critères de sélection des prestataires")

    # ------------------------------------------------------------------ V
    w.h(1, "V. Sécurité juridique de la vente en ligne")
    w.h(2, "A. Informations légales du site")
    w.p("Un contrôle des informations légales a été conduit sur le site le 10 février 2026. La page « Informations légales » "
        "est accessible depuis le pied de page de toutes les pages du site et depuis le parcours de réservation.")
    w.table([["Information", "Constat au 10/02/2026", "Suite donnée"],
             ["Dénomination, statut et adresse de l'éditeur", "Présents : EPIC Office de tourisme intercommunal Lacs et "
              "Plateaux du Jura, 2 place de la Mairie, 39130 Clairvaux-les-Lacs", "Conforme"],
             ["Directrice de la publication", "Mme Nathalie Bourgeois, présidente du comité de direction", "Conforme"],
             ["Hébergeur", "Nom et adresse de l'hébergeur du site WordPress présents ; hébergeur de la plateforme de vente absent",
              "Ajouté le 12/02/2026 ; à mettre à jour avec le nouveau titulaire"],
             ["Numéro SIRET", "823 456 789 00017", "Conforme"],
             ["Immatriculation au registre des opérateurs de voyages (Atout France)", "IM039170004 mentionné ; garant "
              "financier et assureur non cités", "Garant et assureur ajoutés le 12/02/2026"],
             ["Contact", "Téléphone et adresse électronique présents", "Conforme"],
             ["Médiateur de la consommation", "Absent de la page", "Ajouté le 12/02/2026"]],
            [4.6, 7.0, 4.8], caption="Contrôle des informations légales")

    w.h(2, "B. Analyse du règlement de vente")
    w.p("Le règlement de vente en vigueur date de l'ouverture de la vente en ligne en 2021. Son analyse clause par clause a "
        "conduit à proposer une nouvelle rédaction, soumise au service juridique de la Communauté de communes. La juriste "
        "de la Communauté de communes a validé la nouvelle version, sous réserve de deux précisions intégrées depuis, par "
        "note du 3 mars 2026 ; elle sera mise en ligne avec la nouvelle plateforme.")
    w.table([["Clause", "Rédaction de 2021", "Analyse et fondement", "Rédaction retenue"],
             ["Prestations datées et droit de rétractation", "Rétractation de 14 jours sur tous les achats",
              "Les activités de loisirs fournies à une date déterminée sont exclues du droit de rétractation (art. L. 221-28, "
              "12° du code de la consommation)", "Exception mentionnée pour les billets ; conditions d'annulation propres"],
             ["Forfaits touristiques", "Non traités", "Le Pass Famille associe des services d'une même catégorie et ne constitue "
              "pas un forfait ; les séjours « Automne gourmand » (nuitée + atelier) en sont un (art. L. 211-2 du code du "
              "tourisme)", "Formulaire d'information standard et garantie financière mentionnés pour les séjours"],
             ["Marchandises en dépôt-vente", "Non distinguées", "L'Office vend les produits pour le compte des producteurs mais "
              "reste l'interlocuteur de l'acheteur pour la garantie légale de conformité", "Identification du producteur sur "
              "chaque fiche ; garantie assurée par l'Office"],
             ["Denrées périssables", "Rétractation de 14 jours", "Exclusion possible pour les biens susceptibles de se "
              "détériorer rapidement (art. L. 221-28, 4°)", "Exclusion pour le comté ; maintenue pour les vins"],
             ["Boissons alcooliques", "Non traitées", "Vente interdite aux mineurs (art. L. 3342-1 du code de la santé "
              "publique)", "Attestation de majorité obligatoire à la commande de macvin ou de vin jaune"],
             ["Annulation pour conditions météo ou basses eaux", "Report uniquement", "Clause jugée déséquilibrée au regard "
              "des attentes exprimées par les familles", "Choix entre report et remboursement intégral"],
             ["Médiation", "Absente", "Obligation d'informer le consommateur du médiateur compétent", "Médiateur désigné"]],
            [3.0, 2.8, 6.0, 4.6], size=8.5, caption="Analyse du règlement de vente, clause par clause")

    w.h(2, "C. Protection des données personnelles")
    w.p("Les adaptations suivantes ont été proposées en lien avec le délégué à la protection des données mutualisé du "
        "Centre de gestion du Jura, au regard du règlement européen sur la protection des données et des recommandations de "
        "la CNIL.")
    w.table([["Point examiné", "Constat", "Adaptation proposée", "Référence"],
             ["Registre des activités de traitement", "Inexistant", "Registre établi : six traitements (billetterie, boutique, "
              "newsletter, enquête qualité, gestion des prestataires, demandes de documentation)", "Article 30 du règlement ; "
              "modèle de registre CNIL"],
             ["Délégué à la protection des données", "Désignation non publiée", "Désignation du DPO mutualisé notifiée à la "
              "CNIL ; coordonnées publiées", "Article 37 du règlement"],
             ["Durée de conservation des comptes clients", "Aucune purge", "Suppression des comptes sans activité depuis "
              "trois ans", "Référentiel CNIL « gestion commerciale »"],
             ["Traceurs (cookies)", "Bandeau sans bouton de refus", "Bouton « Tout refuser » au même niveau que « Tout accepter »",
              "Lignes directrices et recommandation CNIL du 17/09/2020"],
             ["Newsletter", "Case d'inscription précochée", "Case non cochée par défaut, preuve du consentement conservée, "
              "lien de désinscription", "Recommandations CNIL sur la prospection"],
             ["Données des mineurs (Pass Famille)", "Date de naissance des enfants demandée", "Collecte limitée au prénom et à "
              "la tranche d'âge", "Principe de minimisation ; recommandations CNIL sur les mineurs"],
             ["Sous-traitance", "Clause absente du marché de 2021", "Clause de sous-traitance insérée au nouveau marché",
              "Article 28 du règlement"]],
            [3.2, 3.0, 6.0, 4.2], size=8.5, caption="Adaptations relatives à la protection des données")

    # ------------------------------------------------------------------ VI
    w.h(1, "VI. Organisation du service et animation de l'équipe")
    w.p("La chargée de mission encadre, pour la vente en ligne, quatre agents d'accueil des bureaux (Émilie Grosjean, Jérôme "
        "Vuillet, Sandrine Cuynet et, pour la régie, Patrick Mourey, régisseur de recettes), sous l'autorité du directeur.")
    w.h(2, "A. Réunion de service mensuelle")
    w.p("Une réunion de service consacrée à la vente en ligne se tient le premier mardi de chaque mois, au siège, pendant "
        "une heure et demie. Ses objectifs sont énoncés en tête de chaque ordre du jour : partager les résultats de vente "
        "du mois écoulé ; arbitrer les difficultés de traitement des commandes ; préparer les temps forts du mois suivant ; "
        "recueillir les remontées des bureaux sur les attentes des visiteurs. Un relevé de décisions est diffusé dans les "
        "deux jours.")
    w.h(2, "B. Entretiens professionnels annuels")
    w.p("Les entretiens professionnels annuels des agents du pôle ont été préparés avec le directeur et conduits en janvier "
        "2026. Leurs objectifs, rappelés dans la convocation, sont les suivants : dresser le bilan de l'année écoulée, "
        "définir les missions de l'année à venir au regard du schéma de commercialisation, recenser les besoins de "
        "formation et recueillir les souhaits d'évolution.")
    w.p("À l'issue des entretiens, une mission de référence a été confiée à chaque agent pour 2026 : le Pass Famille et les "
        "réclamations des familles pour Émilie Grosjean ; le suivi des disponibilités des prestataires sur la place de marché "
        "pour Jérôme Vuillet, qui sera aussi formateur relais sur la nouvelle plateforme ; la boutique et les expéditions pour "
        "Sandrine Cuynet ; l'inventaire de la régie et le contrôle des dépôts pour Patrick Mourey. Les besoins de formation "
        "correspondants ont été transmis au plan de développement des compétences.")
    w.h(2, "C. Reconnaissance des agents")
    w.p("Lors de l'épisode de basses eaux d'août 2025, Émilie Grosjean a traité 62 messages de visiteurs et replacé 214 "
        "billets sur d'autres dates ou activités, ce qui a évité la plupart des remboursements. Une lettre de félicitations "
        "signée du directeur et de la présidente lui a été remise et versée à son dossier. Le bulletin interne « Le Fil des "
        "Lacs » (n° 23, décembre 2025) a par ailleurs mentionné le travail de Jérôme Vuillet sur la mise à jour des fiches "
        "des prestataires et celui de l'ensemble du pôle pendant la saison.")
    w.h(2, "D. Suivi de l'activité")
    w.p("Le suivi de l'activité repose sur des indicateurs communs à l'Office. Il n'a pas été retenu d'indicateurs "
        "individuels, dans un souci d'équité entre agents : les tâches sont partagées entre bureaux et varient fortement selon "
        "la saison.")
    w.p("Quatre indicateurs collectifs sont suivis en réunion de service : la part des commandes boutique expédiées sous "
        "48 heures ouvrées (91 % en 2025, cible 95 % en 2026), le délai moyen de réponse aux messages des visiteurs (1,3 jour, "
        "cible 1 jour), la part des commandes donnant lieu à réclamation (1,8 %, cible inférieure à 1,5 %) et la part des "
        "disponibilités de prestataires à jour la veille à 18 h (88 %, cible 95 %).")

    # ------------------------------------------------------------------ VII
    w.h(1, "VII. Marchandises, commandes et expéditions")
    w.h(2, "A. Inventaire de la régie et traçabilité des marchandises")
    w.p("La boutique comprend deux catégories de marchandises : les topoguides et cartes, achetés par l'Office, et les "
        "produits locaux, détenus en dépôt-vente pour le compte des producteurs. Toutes les marchandises sont réceptionnées "
        "au siège puis réparties chaque semaine entre les bureaux ; les commandes en ligne sont préparées exclusivement au "
        "siège. Les denrées sont sorties selon leur date de durabilité, les plus proches en premier. Les contrôles sont "
        "définis pour chaque type de marchandise et exercés par le régisseur de recettes.")
    w.table([["Catégorie", "Régime", "Traçabilité", "Contrôle à réception", "Contrôle en cours de dépôt"],
             ["Topoguides et cartes IGN", "Achat ferme", "Code EAN, quantités dans le logiciel de régie",
              "Rapprochement du bon de livraison et de la facture", "Inventaire trimestriel, écart toléré nul"],
             ["Comté (coopérative fromagère)", "Dépôt-vente", "Numéro de lot de la fromagerie et DLUO portés sur le bon de dépôt",
              "Bon de dépôt contresigné ; intégrité de l'emballage sous vide", "Contrôle hebdomadaire des DLUO ; retrait à "
              "dix jours de l'échéance"],
             ["Macvin et vin jaune", "Dépôt-vente", "Numéro de lot et millésime", "Bon de dépôt contresigné ; état des "
              "bouteilles et capsules", "Inventaire mensuel"],
             ["Miel et confiseries", "Dépôt-vente", "Numéro de lot et DLUO", "Bon de dépôt contresigné", "Inventaire mensuel ; "
              "contrôle des DLUO"]],
            [3.0, 2.0, 4.0, 3.8, 3.6], caption="Organisation et contrôles de l'inventaire de la régie")
    w.p("Les marchandises sont entreposées au siège dans un local de 12 m² avec étagères.")

    w.h(2, "B. Simplification de la chaîne de traitement des commandes")
    w.p("La chaîne de traitement d'une commande boutique expédiée comptait neuf étapes. Trois étapes sans valeur ajoutée "
        "ont été supprimées à compter de janvier 2026, ce qui ramène la chaîne à six étapes.")
    w.table([["N°", "Étape de la chaîne antérieure", "Sort depuis janvier 2026"],
             ["1", "Réception de la notification de commande", "Maintenue"],
             ["2", "Impression du bon de commande", "Maintenue"],
             ["3", "Quittance de régie papier", "Supprimée : rapprochement par l'export quotidien"],
             ["4", "Saisie de la vente dans l'outil comptable", "Supprimée : double saisie"],
             ["5", "Préparation de la commande", "Maintenue"],
             ["6", "Emballage", "Maintenue"],
             ["7", "Édition de l'étiquette d'expédition", "Maintenue"],
             ["8", "Courriel manuel d'avis d'expédition", "Supprimée : courriel automatique avec numéro de suivi"],
             ["9", "Classement du bon de commande", "Maintenue"]],
            [1.0, 7.4, 8.0], caption="Chaîne de traitement des commandes expédiées")
    w.p("Le temps moyen de traitement d'une commande, mesuré sur deux semaines avant et après la réorganisation, est passé de "
        "22 à 13 minutes. Rapporté aux 690 commandes expédiées en 2025, le gain représente environ 104 heures, soit près de "
        "quinze jours-agent par an.")

    w.h(2, "C. Modes d'expédition")
    w.p("Trois modes d'expédition sont proposés. Ils sont classés ci-après par coût croissant pour les deux formats les plus "
        "fréquents (une carte ou un topoguide : 500 g ; un coffret comté et vin : 2 kg).")
    w.table([["Rang", "Mode d'expédition", "Coût 500 g", "Coût 2 kg", "Délai", "Critère environnemental"],
             ["1", "Mondial Relay (point relais)", "4,40 €", "5,90 €", "3 à 5 jours", "Point relais : moins de trajets"],
             ["2", "Lettre suivie (La Poste)", "5,10 €", "8,20 €", "2 à 3 jours", "—"],
             ["3", "Colissimo à domicile", "7,65 €", "10,95 €", "2 jours", "—"]],
            [1.5, 4.0, 2.0, 2.0, 2.1, 4.8], caption="Modes d'expédition classés par coût")

    w.h(2, "D. Enquête qualité sur les commandes expédiées")
    w.p("Dans le cadre de la démarche Qualité Tourisme, une enquête qualité a été adressée par courriel aux acheteurs des 168 "
        "commandes expédiées entre novembre 2025 et janvier 2026. Vingt-trois réponses ont été reçues (taux de retour de "
        "14 %). Le questionnaire figure en annexe 3.")
    w.table([["Question", "Note moyenne /5", "Observations"],
             ["Délai de réception", "4,3", "Deux colis reçus après le délai annoncé (période de fêtes)"],
             ["État du colis à la réception", "4,6", "Aucun produit endommagé"],
             ["Protection des produits", "4,5", "Deux remarques sur le comté arrivé tiède"],
             ["Information sur le suivi du colis", "4,1", "Courriel de suivi jugé tardif avant janvier 2026"],
             ["Appréciation générale de la livraison", "4,4", "Une remarque sur le montant des frais d'envoi"]],
            [5.6, 2.6, 8.2], caption="Résultats de l'enquête qualité (23 réponses)")
    w.p("Les deux points faibles relevés ont reçu une réponse : le courriel de suivi est désormais automatique, et les envois "
        "de comté sont accompagnés d'une plaque réfrigérante de novembre à mars et suspendus en juillet-août.")

    w.h(1, "Conclusion")
    w.p("Il est proposé au comité de direction d'approuver le schéma de commercialisation en ligne 2026-2028, d'inscrire les "
        "prévisions budgétaires correspondantes au budget primitif 2026 et de prendre acte du règlement de vente et des "
        "adaptations relatives à la protection des données.")

    # ------------------------------------------------------------------ Annexes
    w.h(1, "Annexe 1 – Extrait de la délibération n° 2025-14 du comité de direction")
    w.p("Séance du 9 octobre 2025 – Présidence : Mme Nathalie Bourgeois – Membres présents : 14 ; représentés : 2 ; "
        "en exercice : 18.", italic=True)
    w.p("Objet : renouvellement de la plateforme de vente en ligne – autorisation de lancer une procédure adaptée.", bold_lead="")
    w.p("Le comité de direction, vu le code du tourisme ; vu le code de la commande publique, notamment son article "
        "R. 2123-1 ; considérant que le marché « Résa Jura Lacs » arrive à échéance le 30 juin 2026 ; après en avoir "
        "délibéré, à l'unanimité des membres présents et représentés :")
    w.p("Article 1 : autorise le directeur à engager une procédure adaptée en vue de la conclusion d'un marché de fourniture "
        "et d'exploitation d'une plateforme de vente en ligne, pour une durée d'un an reconductible trois fois.")
    w.p("Article 2 : fixe le montant maximal du marché à 45 000 € TTC pour sa durée totale.")
    w.p("Article 3 : dit que le marché devra garantir l'hébergement des données dans l'Union européenne, la conformité au "
        "référentiel général d'amélioration de l'accessibilité et une interface automatique avec la régie de recettes de "
        "l'Office.")
    w.p("Article 4 : demande que la nouvelle plateforme soit mise en service avant le 15 mai 2026.")
    w.p("Pour extrait conforme, la présidente, Nathalie Bourgeois.", italic=True)

    w.h(1, "Annexe 2 – Extrait du rapport d'analyse des offres du 19 février 2026")
    w.table([["Sous-critère (points)", "Parcours Billetterie", "Altitude Résa", "Sitaka Tourisme"],
             ["Vente et réservation (20)", "18 – vente jusqu'à H-1, Pass Famille", "13 – clôture la veille à 18 h",
              "12 – Pass Famille non géré"],
             ["Interface régie et comptabilité (12)", "11 – export quotidien natif", "6 – export manuel hebdomadaire",
              "7 – export à développer"],
             ["Accessibilité et mobile (10)", "8 – audit RGAA fourni (81 %)", "6 – pas d'audit récent", "5 – déclaration sans audit"],
             ["Hébergement, sécurité, réversibilité (10)", "8 – France, réversibilité planifiée", "8 – France, réversibilité décrite",
              "6 – UE, réversibilité partielle"],
             ["Formation et accompagnement (8)", "6 – deux jours sur site", "6 – en ligne, assistance 7 j/7 l'été",
              "5 – en ligne uniquement"],
             ["Total valeur technique", "51", "39", "35"]],
            [4.0, 4.4, 4.0, 4.0], size=8.5, caption="Notation détaillée de la valeur technique")
    w.p("Conclusion du rapport : l'offre de Parcours Billetterie est économiquement la plus avantageuse. Il est proposé au "
        "comité de direction de lui attribuer le marché.", italic=True)

    w.h(1, "Annexe 3 – Questionnaire de l'enquête qualité sur les commandes expédiées")
    w.p("Madame, Monsieur, vous avez récemment reçu une commande de notre boutique en ligne. Merci de noter chaque point "
        "de 1 (très insatisfait) à 5 (très satisfait). Vos réponses sont anonymes.", italic=True)
    for i, q in enumerate(["Le délai de réception de votre commande vous a-t-il convenu ?",
                           "Dans quel état votre colis vous est-il parvenu ?",
                           "Les produits étaient-ils correctement protégés ?",
                           "Avez-vous été bien informé(e) du suivi de votre colis ?",
                           "Quelle est votre appréciation générale de la livraison ?",
                           "Avez-vous une remarque ou une suggestion ? (réponse libre)"], 1):
        qp = doc.add_paragraph("Question %d. %s" % (i, q))
        qp.paragraph_format.space_after = Pt(2)
        qp.paragraph_format.left_indent = Cm(0.6)


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name, size in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        hs = doc.styles[name]
        hs.font.name = "Calibri"
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Dossier de certification — C. Jacquemin"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Document de travail — OTI Lacs et Plateaux — page ")
    fr.font.size = Pt(8.5)
    add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8.5)

    cover(doc)
    w = W(doc)
    body(w)

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Rapport de mission – Schéma de commercialisation en ligne 2026-2028"
    cp.subject = "Note à l'attention du comité de direction"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 2
    doc.save(FILE)
    repack(FILE)
    print("ok", w.ntab, "tableaux")


if __name__ == "__main__":
    main()
