"""Générateur du dossier de Thomas Lefèvre (Zéro Degré) — deux fichiers DOCX."""
import os
import datetime
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c38-vins-zero-degre")
os.makedirs(OUT, exist_ok=True)
AUTHOR = "Thomas Lefèvre"
STAMP = datetime.datetime(2026, 2, 3, 9, 30, 0)


def new_doc(title):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.3)
        hp = s.header.paragraphs[0]
        hp.text = "Zéro Degré — " + title + " — T. Lefèvre"
        hp.runs[0].font.size = Pt(8)
        fp = s.footer.paragraphs[0]
        fp.text = "Titre professionnel Chef de projet e-commerce — session 2026"
        fp.runs[0].font.size = Pt(8)
    cp = d.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = STAMP
    cp.modified = STAMP
    cp.title = title
    return d


def para(d, text, bold=False, italic=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def bullets(d, items, style="List Bullet"):
    for it in items:
        d.add_paragraph(it, style=style)


def table(d, rows, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(str(val))
            r.font.size = Pt(9)
            r.bold = (i == 0)
            if widths:
                c.width = Cm(widths[j])
    d.add_paragraph()
    return t


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# =================== DOSSIER PRINCIPAL ===================
d = new_doc("Dossier principal")
p = para(d, "ZÉRO DEGRÉ", bold=True, size=28)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = para(d, "Le vin, sans l'alcool — zerodegre-vins.fr", italic=True, size=14)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = para(d, "Dossier de certification — Blocs 1 et 5", size=14)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = para(d, "Thomas Lefèvre — chargé de projet web en alternance — Bordeaux, février 2026", size=12)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
para(d, "Les annexes sont fournies dans un document séparé (annexes.docx).", italic=True)
page_break(d)

d.add_heading("Introduction", level=1)
para(d, "Zéro Degré est une petite entreprise bordelaise fondée en 2022 par Pauline Castaing et Julien "
        "Ferrand. Elle sélectionne et vend en ligne des vins désalcoolisés (moins de 0,5 % vol.) produits "
        "par une quinzaine de domaines français, allemands et espagnols, ainsi que quelques bières et "
        "spiritueux sans alcool. Le site tourne sous WooCommerce et réalise 310 000 € de CA en 2025 "
        "(4 200 commandes, panier moyen 73 €). Le produit phare est le « Blanc de Gascogne 0.0 » "
        "(12,90 € la bouteille, 69 € le carton de 6).")
para(d, "Je suis en alternance depuis septembre 2024. Mes missions : le marketing digital (newsletter, "
        "réseaux sociaux, Google Ads) et le projet de refonte du site prévu pour l'automne 2026. "
        "Ce dossier présente d'abord la stratégie webmarketing (bloc 1) puis le pilotage du projet et de "
        "l'organisation (bloc 5).")

d.add_heading("Partie 1 — Stratégie webmarketing", level=1)
d.add_heading("1.1 Qui sont nos clients ?", level=2)
para(d, "D'après les 640 réponses de notre enquête client (Google Forms, mai 2025) et les données WooCommerce, "
        "le segment le plus important est celui que nous appelons les « modérés » : femmes et hommes de 30 à "
        "50 ans, CSP+, qui boivent du vin mais veulent réduire leur consommation (santé, sport, grossesse, "
        "conduite). Ils représentent 58 % des clients et 64 % du CA.")
para(d, "Ce qui les motive :", bold=True)
bullets(d, [
    "garder le rituel de l'apéritif et du repas sans les effets de l'alcool (cité par 71 %) ;",
    "ne pas se sentir « mis à l'écart » lors d'un dîner (49 %) ;",
    "la santé et le sommeil (44 %) ;",
    "faire découvrir quelque chose de nouveau à leurs invités (22 %).",
])
para(d, "Ce qui les freine :", bold=True)
bullets(d, [
    "le goût, avec la peur d'un « jus de raisin cher » (63 %) ;",
    "le prix, jugé élevé pour un produit sans alcool (41 %) — une bouteille coûte autant qu'un bon vin ;",
    "le manque de conseil : les cavistes en ont peu et la grande distribution n'a que 2 ou 3 références ;",
    "les frais de port sur des bouteilles lourdes.",
])
d.add_heading("1.2 Le parcours d'achat", level=2)
para(d, "Le parcours d'achat suit les étapes classiques :")
bullets(d, [
    "Le besoin : un événement (Dry January, grossesse, reprise du sport).",
    "La recherche d'information : Google, Instagram, articles de presse.",
    "La comparaison : prix, avis clients.",
    "L'achat : sur le site ou en magasin.",
    "L'après-achat : avis, rachat.",
], style="List Number")
para(d, "Pour nos clients, la recherche d'information est l'étape la plus longue car ils ne connaissent pas "
        "les domaines. C'est pour cela que les coffrets découverte marchent bien.")
d.add_heading("1.3 La concurrence", level=2)
para(d, "Notre principal concurrent est Le Petit Sans Alcool (lepetitsansalcool.fr), basé à Lyon, qui a "
        "levé 1,2 M€ en 2024. Il propose 280 références contre 85 chez nous, la livraison offerte dès 49 € "
        "(nous : 90 €) et un abonnement mensuel. Leur site est plus rapide et leur blog très bien référencé "
        "(ils sont 1ers sur « vin sans alcool »). En revanche leurs fiches produits sont courtes et ils ne "
        "proposent pas de conseil personnalisé. Le tableau complet comparant les autres acteurs se trouve "
        "en annexe 2.")
d.add_heading("1.4 Diagnostic", level=2)
para(d, "Forces : sélection exigeante (chaque vin est goûté par Pauline, ancienne sommelière), fiches de "
        "dégustation détaillées, note de 4,7/5 sur Avis Vérifiés, taux de réachat de 38 %.")
para(d, "Faiblesses : catalogue réduit, frais de port élevés, site lent (5,2 s sur mobile), pas "
        "d'application mobile, équipe de 4 personnes.")
para(d, "Opportunités : marché du sans alcool en croissance de 20 % par an en France, Dry January de plus en "
        "plus suivi (1 Français sur 6 en 2025), tendance « sober curious » chez les 25-35 ans.")
para(d, "Menaces : arrivée des grandes marques (Pernod Ricard, Castel) sur le segment, grande distribution "
        "qui référence des vins désalcoolisés à 5 €, taxes sur les boissons sucrées.")
page_break(d)
d.add_heading("1.5 La stratégie proposée", level=2)
para(d, "Nos objectifs pour 2026 sont de développer les ventes, d'améliorer notre notoriété et de fidéliser "
        "davantage nos clients. Nous voulons aussi nous faire connaître hors de la région bordelaise.")
para(d, "Cibles retenues : en priorité les « modérés » décrits plus haut ; en second les femmes enceintes et "
        "jeunes parents (12 % des clients, panier moyen de 88 €) ; en troisième les sportifs amateurs "
        "(trails, triathlon), que nous touchons encore peu.")
para(d, "Les leviers que nous allons utiliser :")
bullets(d, [
    "le SEO (blog, fiches produits) ;",
    "Google Ads sur les mots-clés « vin sans alcool » et « vin désalcoolisé » ;",
    "l'emailing avec Brevo (2 newsletters par mois) ;",
    "Instagram et Facebook, et peut-être TikTok ;",
    "l'affiliation avec des blogs santé et grossesse ;",
    "les comparateurs de prix ;",
    "les partenariats (voir 1.7).",
])
d.add_heading("1.6 Calendrier", level=2)
para(d, "Le calendrier est construit autour de trois temps forts qui concentrent 55 % de notre CA annuel : "
        "le Dry January (janvier, 24 % du CA à lui seul en 2025), la période des fêtes (fin novembre – "
        "décembre, on vend beaucoup de coffrets cadeaux) et l'été (apéritifs, mariages, juin-juillet). "
        "Les campagnes Google Ads doivent démarrer 10 jours avant chaque temps fort, car nous avons "
        "constaté en 2025 que les premières recherches « dry january sans alcool » apparaissent dès le 20 "
        "décembre. Le planning détaillé est en annexe 3.")
d.add_heading("1.7 Partenariats", level=2)
para(d, "Nous avons identifié plusieurs secteurs avec lesquels travailler : les restaurants "
        "gastronomiques de Bordeaux (qui cherchent des accords mets-vins sans alcool), les maternités et "
        "sages-femmes, les salles de sport et clubs de running, les entreprises (séminaires, pots de départ) "
        "et les organisateurs de mariages. Nous avons déjà un partenariat avec le restaurant Le Prince Noir "
        "(carte de 4 vins Zéro Degré) et avec le club Bordeaux Running Club (dégustation après la sortie du "
        "dimanche, 60 participants en octobre).")
d.add_heading("1.8 Budget", level=2)
para(d, "Le budget marketing 2026 est de 28 000 €. La répartition par levier est détaillée en annexe 4. "
        "Le retour sur investissement de chaque levier sera calculé à la fin du premier semestre, quand nous "
        "aurons assez de recul sur les campagnes.")

d.add_heading("1.9 Retour sur le Dry January 2025", level=2)
para(d, "En janvier 2025 nous avions fait pour la première fois une vraie campagne : 3 newsletters, "
        "2 400 € de Google Ads et un jeu concours Instagram (un carton à gagner chaque semaine).")
table(d, [
    ["", "Janvier 2024", "Janvier 2025"],
    ["Chiffre d'affaires", "41 300 €", "74 600 €"],
    ["Commandes", "590", "1 010"],
    ["Nouveaux clients", "410", "760"],
    ["Abonnés Instagram gagnés", "+350", "+1 900"],
], widths=[6, 4, 4])
para(d, "La campagne a donc bien fonctionné et nous allons la refaire en plus grand en 2026.")
page_break(d)
d.add_heading("Partie 2 — Pilotage du projet de refonte et organisation", level=1)
d.add_heading("2.1 Le cahier des charges de la refonte", level=2)
para(d, "Le site actuel a été monté en 2022 par un ami des fondateurs sur WooCommerce avec un thème acheté. "
        "Il est lent, mal adapté au mobile (66 % de notre trafic) et chaque mise à jour casse quelque "
        "chose. La direction a décidé en octobre 2025 de le refaire. J'ai rédigé le cahier des charges "
        "avec Julien. En voici le plan :")
plan = [
    "1. Présentation de l'entreprise et du projet",
    "   1.1 Activité, chiffres clés, équipe",
    "   1.2 Historique du site et problèmes rencontrés",
    "2. Objectifs du projet",
    "3. Périmètre fonctionnel",
    "   3.1 Catalogue (85 références, filtres par couleur, cépage, région, taux de sucre)",
    "   3.2 Coffrets et box personnalisables",
    "   3.3 Abonnement trimestriel",
    "   3.4 Compte client, fidélité, avis",
    "   3.5 Blog et fiches accords mets-vins",
    "4. Contraintes techniques (hébergement, performances, compatibilité Sendcloud et Brevo, reprise des données)",
    "5. Contraintes légales (vérification de l'âge non requise sous 1,2 % mais souhaitée pour la gamme 'faible degré', RGPD, CGV)",
    "6. Design et ergonomie (charte existante, mobile first)",
    "7. Budget et planning",
    "8. Modalités de réponse et critères de choix",
]
for line in plan:
    para(d, line)
para(d, "Les objectifs fixés (partie 2 du cahier des charges) :", bold=True)
bullets(d, [
    "Augmenter le taux de conversion.",
    "Améliorer la vitesse du site.",
    "Permettre la vente par abonnement.",
    "Faciliter la gestion du catalogue pour l'équipe.",
])
para(d, "Les consignes données par Pauline et Julien ont été reprises telles quelles : budget maximum de "
        "25 000 € HT, mise en ligne avant le 15 novembre 2026 pour préparer les fêtes et le Dry January, "
        "conservation de WooCommerce (l'équipe le connaît et les données y sont), aucune fonctionnalité "
        "d'abonnement payante au mois au-delà de 100 €.")
d.add_heading("2.2 Le choix de l'agence", level=2)
para(d, "Nous avons reçu trois devis : Agence Garonne Digital (Bordeaux) à 22 800 € HT, Studio Woo & Co "
        "(Toulouse) à 18 500 € HT, et un freelance, Romain D., à 11 000 € HT. Nous avons choisi Studio Woo & "
        "Co car ils ont déjà fait plusieurs sites de vin, leur devis est dans le budget et ils proposent un "
        "contrat de maintenance. Le freelance était moins cher mais nous avons eu peur qu'il soit seul en cas "
        "de problème. La grille de comparaison est en annexe 1.")
d.add_heading("2.3 Les aspects juridiques", level=2)
para(d, "Les mentions légales sont accessibles en pied de page de toutes les pages du site (éditeur, SIRET "
        "913 442 817 00016, hébergeur o2switch, directeur de la publication Julien Ferrand).")
para(d, "J'ai relu nos CGV, qui dataient de 2022, et j'ai relevé plusieurs points à corriger :")
bullets(d, [
    "le délai de rétractation était indiqué à 7 jours au lieu de 14 jours (article L221-18 du Code de la "
    "consommation) ;",
    "il n'y avait aucune mention du médiateur de la consommation, obligatoire : nous avons adhéré au "
    "CM2C ;",
    "la clause sur la casse pendant le transport laissait entendre que le risque était pour le client, "
    "alors qu'il est pour le vendeur jusqu'à la réception ;",
    "l'exclusion des produits ouverts du droit de rétractation n'était pas claire ;",
    "la garantie légale de conformité n'était pas mentionnée.",
])
para(d, "Les nouvelles CGV ont été envoyées à notre expert-comptable, qui doit les faire relire par un "
        "juriste de son cabinet.")
para(d, "RGPD : notre bandeau cookies actuel (plugin gratuit) ne permet pas de refuser aussi facilement "
        "que d'accepter, ce que la CNIL sanctionne. Je propose de passer à Axeptio ou Complianz avec un "
        "bouton « Tout refuser » au même niveau que « Tout accepter », de réduire la durée de conservation "
        "des prospects à 3 ans sans contact, de tenir un registre des traitements (modèle CNIL) et d'ajouter "
        "une case non pré-cochée pour l'inscription à la newsletter lors de la commande.")
d.add_heading("2.4 L'équipe", level=2)
para(d, "L'équipe compte quatre personnes : Pauline (achats, dégustation, relation domaines), Julien "
        "(gestion, site), Inès (préparation des commandes et service client, 28 h/semaine) et moi. Nous "
        "faisons un point d'équipe chaque lundi à 9 h 30 (30 minutes) dont l'ordre du jour est fixe : "
        "chiffres de la semaine passée, commandes en retard, priorités de la semaine, points bloquants. "
        "Pour le projet de refonte, j'organise aussi un point tous les 15 jours avec l'agence, avec pour "
        "objectif de valider les livrables de la période et de décider des arbitrages.")
d.add_heading("2.5 La logistique", level=2)
para(d, "Le stock est dans un local de 90 m² à Mérignac. Nous avons environ 6 000 bouteilles en stock en "
        "moyenne, 9 500 avant les fêtes. Les bouteilles sont rangées sur des rayonnages métalliques par "
        "domaine, les cartons de 6 au sol sur palettes. Nous appliquons le FEFO (premier périmé, premier "
        "sorti) car les vins désalcoolisés se conservent moins longtemps que les vins classiques (18 à 24 "
        "mois) : la date limite est notée sur chaque emplacement. Chaque commande est préparée par Inès à "
        "partir du bon de préparation WooCommerce, contrôlée visuellement, puis emballée dans des "
        "calages en carton moulé (la casse était de 2,1 % avec les calages plastique, elle est de 0,6 % "
        "aujourd'hui).")
para(d, "Transporteurs utilisés : Colissimo (domicile), Mondial Relay (point relais) et Chronopost pour "
        "l'express. Tout passe par Sendcloud. La note moyenne donnée par nos clients à la livraison dans "
        "le questionnaire post-achat est de 4,3/5 (820 réponses en 2025), la note la plus basse concernant "
        "Mondial Relay (3,8/5) à cause des points relais saturés en décembre.")
para(d, "Voir aussi le détail des tarifs en annexe 4.")

page_break(d)
d.add_heading("Conclusion", level=1)
para(d, "Cette année d'alternance m'a permis de travailler à la fois sur le marketing et sur la gestion "
        "d'un projet technique. Les prochaines étapes sont le lancement de la refonte en mars 2026 et la "
        "préparation du Dry January 2027.")
d.save(os.path.join(OUT, "zero-degre.docx"))

# =================== ANNEXES ===================
a = new_doc("Annexes")
p = para(a, "ANNEXES", bold=True, size=22)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
para(a, "Annexe 1 — Grille de comparaison des prestataires pour la refonte", bold=True, size=13)
table(a, [
    ["", "Garonne Digital", "Studio Woo & Co", "Romain D. (freelance)"],
    ["Prix HT", "22 800 €", "18 500 €", "11 000 €"],
    ["Références vin / alimentaire", "1", "4", "0"],
    ["Délai annoncé", "5 mois", "4 mois", "3 mois"],
    ["Maintenance", "Oui, 150 €/mois", "Oui, 120 €/mois", "Non"],
    ["Compatibilité Sendcloud", "Oui", "Oui", "À vérifier"],
], widths=[4.5, 4, 4, 4])
para(a, "Notre avis : Studio Woo & Co.", italic=True)

page_break(a)
para(a, "Annexe 2 — Benchmark des concurrents", bold=True, size=13)
table(a, [
    ["Critère", "Zéro Degré", "Le Petit Sans Alcool", "Sobre & Chic", "Carrefour.fr (rayon sans alcool)"],
    ["Nombre de références vin", "85", "280", "60", "12"],
    ["Prix bouteille d'entrée", "9,90 €", "8,50 €", "11 €", "4,99 €"],
    ["Livraison offerte dès", "90 €", "49 €", "75 €", "Drive / 150 €"],
    ["Abonnement", "Non", "Oui (29 €/mois)", "Non", "Non"],
    ["Conseil", "Fiches dégustation + chat", "FAQ", "Quiz", "Aucun"],
    ["Note avis clients", "4,7/5", "4,5/5", "4,2/5", "—"],
    ["Présence Instagram", "6 800 abonnés", "41 000 abonnés", "12 000 abonnés", "—"],
    ["Position sur « vin sans alcool »", "14e", "1er", "7e", "3e"],
], widths=[3.6, 3, 3.2, 3, 3.6])
para(a, "Relevés effectués le 12 novembre 2025.", italic=True)

page_break(a)
para(a, "Annexe 3 — Planning 2026", bold=True, size=13)
table(a, [
    ["Période", "Action", "Levier", "Responsable"],
    ["20 déc. – 31 janv.", "Campagne Dry January « 31 jours, 31 vins »", "Google Ads, Instagram, newsletter", "Thomas"],
    ["Février", "Bilan Dry January, lancement des articles blog grossesse", "SEO", "Thomas"],
    ["Mars – avril", "Partenariats clubs de running, Marathon de Bordeaux", "Partenariat, Instagram", "Pauline / Thomas"],
    ["Mai – juillet", "Opération « Apéro d'été » + offre mariages", "Newsletter, Google Ads", "Thomas"],
    ["Septembre", "Rentrée : relance des clients inactifs", "Emailing", "Thomas"],
    ["15 nov. – 24 déc.", "Coffrets de Noël", "Google Ads, Instagram, comparateurs", "Thomas / Inès"],
], widths=[3.2, 6.2, 4.2, 2.8])

page_break(a)
para(a, "Annexe 4 — Budget marketing 2026 et tarifs transport", bold=True, size=13)
table(a, [
    ["Levier", "Budget 2026", "Postes"],
    ["Google Ads", "11 000 €", "Achat de clics (dont 5 000 € en décembre-janvier)"],
    ["Meta Ads (Instagram/Facebook)", "6 000 €", "Publicités, création de visuels"],
    ["Emailing Brevo", "1 300 €", "Abonnement Business 12 mois"],
    ["SEO / blog", "4 000 €", "Rédaction freelance (20 articles), Semrush"],
    ["Affiliation", "2 200 €", "Commissions (8 % des ventes)"],
    ["Partenariats / événements", "3 500 €", "Bouteilles offertes, dégustations"],
    ["Total", "28 000 €", ""],
], widths=[5, 3, 8])
table(a, [
    ["Transporteur", "Carton de 6 (≈ 9 kg)", "Délai"],
    ["Colissimo domicile", "16,40 €", "48 h"],
    ["Mondial Relay", "8,90 €", "3-5 jours"],
    ["Chronopost 13h", "24,80 €", "24 h"],
], widths=[5, 5, 4])

page_break(a)
para(a, "Annexe 5 — Extrait du questionnaire client (mai 2025)", bold=True, size=13)
para(a, "Q4. Pourquoi achetez-vous des vins sans alcool ? (plusieurs réponses possibles) — Q7. Qu'est-ce "
        "qui pourrait vous empêcher de commander à nouveau ? — Q9. Où cherchez-vous des informations avant "
        "d'acheter ? (Google 62 %, Instagram 31 %, bouche-à-oreille 27 %, presse 14 %, caviste 9 %).")
a.save(os.path.join(OUT, "annexes.docx"))
print("ok")
