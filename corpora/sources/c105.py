# Générateur du livrable du candidat c105 (Tandemia SAS, école de langues en ligne, quai des Chartrons, Bordeaux) :
# un seul DOCX « Growth & Ops Review » d'environ 6 000 mots, blocs 3 et 5, registre start-up très anglicisé.
# Page de garde, sommaire façon Notion sans numéros de page, encadré glossaire (CAC et LTV seulement) en page 2,
# Titre 1 mi-anglais (« 1. Context & North Star » … « 8. Fulfilment »), Titre 2 en français, chaque section close par
# « Key learnings » (3 puces) et « Next steps » (cases « ☐ »), 13 tableaux avec ✅ / ❌ / 🟠, légendes
# « [Screenshot Looker — W38] », citation en italique. En-tête « Tandemia — Growth & Ops Review — internal »,
# pied « M. Delorme — p. n ». Déterministe : métadonnées fixes, zip DOCX reconditionné à date fixe.
import datetime, os, re, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c105-cours-langues-en-ligne")
FILE = os.path.join(OUT, "tandemia-growth-ops-review.docx")
AUTHOR = "Maxime Delorme"
FIXED = datetime.datetime(2026, 3, 27, 23, 10, 0)
ZIPSTAMP = (2026, 3, 27, 23, 10, 0)
VIOLET = "5B3FD9"


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fld(paragraph, kind):
    r = OxmlElement("w:r")
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    r.append(el)
    paragraph._p.append(r)


def instr(paragraph, text):
    r = OxmlElement("w:r")
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = " %s " % text
    r.append(el)
    paragraph._p.append(r)


def add_field(paragraph, code, cached, size=8.5):
    fld(paragraph, "begin")
    instr(paragraph, code)
    fld(paragraph, "separate")
    paragraph.add_run(cached).font.size = Pt(size)
    fld(paragraph, "end")


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def box(paragraph, fill="F1EEFD", color=VIOLET):
    pPr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), color)
        bdr.append(e)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


# Balisage en ligne : **gras**, {{rouge}}
TOK = re.compile(r"(\*\*.*?\*\*|\{\{.*?\}\})")


def rich(p, text, italic=False, size=None):
    for part in TOK.split(text):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
        elif part.startswith("{{"):
            r = p.add_run(part[2:-2])
            r.bold = True
            r.font.color.rgb = RGBColor(0xD0, 0x1F, 0x1F)
        else:
            r = p.add_run(part)
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
    return p


CONTENTS = ["📍 1. Context & North Star", "🔎 2. SEO Playbook", "💸 3. Paid Acquisition", "📊 4. Analytics & Metrics",
            "🧩 5. PRD — Tandemia for Teams v2", "⚖️ 6. Legal & Privacy", "👥 7. Team & Rituals", "📦 8. Fulfilment"]

# ---------------------------------------------------------------------------------------------------------------
# ("h1", t) ; ("h2", t) ; ("p", t) ; ("ul", [..]) ; ("t", lignes, largeurs_cm, légende) ; ("kl", [3 puces]) ;
# ("ns", [cases]) ; ("quote", texte, auteur) ; ("cap", t) légende seule ; ("pb",)
# ---------------------------------------------------------------------------------------------------------------
CONTENT = [
    # ------------------------------------------------------------------------------------------------ 1
    ("h1", "1. Context & North Star"),
    ("h2", "1.1 Tandemia en 2025"),
    ("p", "Tandemia, c'est une école de langues 100% en ligne, née en 2019 au-dessus d'un café du quai des Chartrons. Inès Haddou, "
          "ex-prof d'anglais en lycée, voyait ses élèves bloquer à l'oral après sept ans de cours ; Matthieu Carrère, ex-dev chez un "
          "éditeur SaaS bordelais, a codé la première version de l'app en six mois. Le pari : on apprend une langue en la parlant, "
          "souvent et en petit groupe, pas en cochant des exercices. Aujourd'hui on est 27 salariés et 64 profs freelance, natifs, "
          "répartis dans 11 pays."),
    ("p", "Trois offres : **Solo** à 19,90€/mois (l'app + un conversation club par semaine), **Live** à 59€/mois (4 cours en groupe "
          "en visio par mois, 6 apprenants max) et **Teams** pour les entreprises (à partir de 490€ HT par apprenant et par an, plus "
          "le parcours CPF « Intensif Pro » à 1 290€). L'anglais fait 62% des abonnés, l'espagnol 21%, l'italien 9% et l'allemand 8%."),
    ("p", "Côté stack : site sur Webflow, app web et mobile (PWA) maison, salles de classe vidéo sur l'API Confero, abonnements et "
          "facturation sur Stripe Billing, HubSpot pour le CRM, Intercom pour le support, Notion et Jira pour l'organisation."),
    ("t", [["Metric", "Déc. 2024", "Déc. 2025", "Trend"],
           ["Abonnés payants (Solo + Live)", "8 300", "11 200", "✅ +35%"],
           ["MRR", "301k€", "412k€", "✅ +37%"],
           ["Licences Teams actives", "880", "1 470", "✅ +67%"],
           ["Churn mensuel Solo", "7,4%", "6,8%", "🟠 encore trop haut"],
           ["Churn mensuel Live", "4,6%", "4,1%", "✅"],
           ["CAC", "52€", "46€", "✅"],
           ["LTV", "188€", "210€", "✅"],
           ["Trial-to-paid", "19%", "23%", "✅"],
           ["Sessions / mois (site + app)", "108 000", "140 000", "✅ +30%"]],
     [6.4, 2.8, 2.8, 4.0], "Snapshot fin 2025 — source : Stripe, Amplitude, GA4"),
    ("h2", "1.2 Notre North Star : les learners qui parlent"),
    ("p", "Le MRR, c'est le résultat ; il arrive trois mois trop tard pour piloter. Depuis mars 2025, notre North Star est le nombre "
          "de **Weekly Speaking Learners** : les abonnés qui ont parlé au moins 15 minutes en visio dans la semaine (cours Live ou "
          "conversation club). Pourquoi celle-là : dans Amplitude, un abonné qui parle dans ses 7 premiers jours churne deux fois moins "
          "qu'un abonné qui reste sur les exercices de l'app. Fin 2025, on est à 6 900 Weekly Speaking Learners, contre 4 700 un an plus tôt."),
    ("h2", "1.3 Mon rôle"),
    ("p", "Je suis Growth & Ops Lead depuis 2023, rattaché à Inès. Je manage une squad de quatre personnes : Nour (SEO), Théo "
          "(paid), Lisa (CRM et lifecycle) et Hugo (ops : onboarding des entreprises, outils internes, logistique des kits). Mon "
          "périmètre : tout ce qui fait venir, convertir et rester un abonné, plus les projets ops transverses comme Teams v2. Je "
          "prépare le titre en formation continue, en cours du soir, et ce document est la review que je présente aussi en interne."),
    ("kl", ["La croissance 2025 vient d'abord du Live : meilleure rétention, meilleur panier.",
            "Le churn Solo reste le gros sujet : l'app seule ne suffit pas à garder les gens.",
            "Parler tôt = rester longtemps. Toute la roadmap 2026 part de là."]),
    ("ns", ["North Star en première ligne du dashboard Looker (Hugo, sprint 26-03)",
            "Revoir l'onboarding Solo pour pousser le premier conversation club (Lisa, sprint 26-04)"]),

    # ------------------------------------------------------------------------------------------------ 2
    ("h1", "2. SEO Playbook"),
    ("h2", "2.1 Le SEO backlog"),
    ("p", "En janvier 2025, Nour et moi avons vidé tout ce qui traînait côté SEO dans une base Notion : 14 items. Chaque item est "
          "noté de 1 à 10 sur Impact, Confidence et Ease ; le score ICE est la moyenne des trois. Les 4 meilleurs scores sont flaggés "
          "« Now » et passent dans les sprints du trimestre, le reste part en « Next » ou « Later ». On re-score tous les trimestres."),
    ("t", [["#", "Item", "I", "C", "E", "ICE", "Statut"],
           ["1", "Refonte des LP langue (title, H1, FAQ, preuves)", "9", "8", "8", "8,3", "✅ Now"],
           ["2", "Données structurées FAQ + Course sur les LP", "6", "8", "9", "7,7", "✅ Now"],
           ["3", "Pages « niveau » A1 → C1 par langue", "8", "7", "7", "7,3", "✅ Now"],
           ["4", "Core Web Vitals Webflow (images, fonts, scripts tiers)", "7", "8", "7", "7,3", "✅ Now"],
           ["5", "Page dédiée « anglais CPF »", "8", "6", "6", "6,7", "Next"],
           ["6", "Guides blog « apprendre X en Y mois »", "8", "6", "5", "6,3", "Next"],
           ["7", "Sitemap propre + noindex des pages app", "5", "7", "7", "6,3", "Next"],
           ["8", "Nettoyage des 340 articles zombies du blog", "5", "7", "6", "6,0", "Next"],
           ["9", "Backlinks partenaires (expat, Erasmus)", "7", "5", "5", "5,7", "Next"],
           ["10", "Tests de niveau gratuits indexables", "7", "6", "4", "5,7", "Next"],
           ["11", "Pages profs indexées (bios)", "4", "5", "7", "5,3", "Later"],
           ["12", "Fiches de grammaire (200 fiches)", "6", "5", "4", "5,0", "Later"],
           ["13", "Vidéos de cours sur YouTube + transcript", "6", "4", "3", "4,3", "Later"],
           ["14", "Version anglaise du site", "5", "3", "2", "3,3", "Later"]],
     [0.8, 8.2, 0.9, 0.9, 0.9, 1.3, 2.0], "SEO backlog — Notion, scoring janvier 2025"),
    ("h2", "2.2 La stack de mesure SEO"),
    ("p", "On suit le SEO avec quatre outils : Search Console (requêtes, impressions, CTR, indexation), Ahrefs (positions trackées, "
          "backlinks, KD), GA4 (trafic organique et essais démarrés depuis l'organique) et Amplitude (ce que font ces users une fois "
          "dans l'app : premier cours, activation, passage payant)."),
    ("h2", "2.3 Positions : janvier vs décembre 2025"),
    ("t", [["Requête", "Janv. 2025", "Déc. 2025", "Δ", ""],
           ["apprendre l'anglais en ligne", "27", "9", "+18", "✅"],
           ["cours d'espagnol en visio", "14", "4", "+10", "✅"],
           ["cours d'anglais en ligne", "31", "12", "+19", "✅"],
           ["cours d'italien en ligne", "22", "7", "+15", "✅"],
           ["anglais professionnel en ligne", "18", "6", "+12", "✅"],
           ["formation anglais cpf en ligne", "41", "15", "+26", "✅"],
           ["conversation anglais en ligne", "12", "5", "+7", "✅"],
           ["cours d'allemand visio", "19", "11", "+8", "🟠"],
           ["apprendre l'espagnol rapidement", "35", "24", "+11", "🟠"],
           ["cours de langue entreprise", "48", "52", "−4", "❌"]],
     [7.6, 2.4, 2.4, 1.6, 1.0], "Ahrefs Rank Tracker, mobile, France — relevé le 1er de chaque mois"),
    ("p", "Cinq requêtes sur dix sont dans le top 10 en décembre. Les deux grosses wins sont « apprendre l'anglais en ligne » (de la "
          "3e page à la 1re) et « cours d'espagnol en visio », où la LP refaite en mars est passée 4e. Le seul ❌ est "
          "« cours de langue entreprise » : on n'a aucune page vraiment calée dessus, c'est un sujet pour Teams v2."),
    ("h2", "2.4 Keyword map"),
    ("p", "Méthode : on part d'Ahrefs, on filtre KD < 30."),
    ("t", [["Keyword", "Vol.", "KD", "Intent", "Funnel", "Langue", "Page cible"],
           ["cours d'anglais en visio", "1 900", "24", "Commercial", "BOFU", "EN", "/cours-anglais-visio"],
           ["essai gratuit cours d'anglais", "880", "18", "Transac", "BOFU", "EN", "/essai-anglais"],
           ["anglais professionnel en ligne", "1 300", "27", "Commercial", "MOFU", "EN", "/anglais-professionnel"],
           ["cours d'anglais débutant adulte", "1 000", "21", "Commercial", "MOFU", "EN", "/anglais/a1-debutant"],
           ["améliorer son anglais oral", "2 400", "22", "Info", "TOFU", "EN", "/blog/anglais-oral"],
           ["conversation anglais en ligne", "1 600", "26", "Commercial", "MOFU", "EN", "/club-conversation-anglais"],
           ["préparer le toeic en ligne", "1 300", "28", "Commercial", "MOFU", "EN", "/anglais/toeic"],
           ["anglais niveau b2", "1 900", "19", "Info", "TOFU", "EN", "/anglais/b2"],
           ["test niveau anglais gratuit", "4 400", "29", "Info", "TOFU", "EN", "/test-niveau-anglais"],
           ["cours d'anglais le soir en ligne", "320", "12", "Commercial", "BOFU", "EN", "/cours-anglais-visio"],
           ["anglais pour entretien d'embauche", "720", "15", "Info", "TOFU", "EN", "/blog/entretien-anglais"],
           ["cours d'anglais en petit groupe", "480", "14", "Commercial", "BOFU", "EN", "/live"],
           ["abonnement cours d'anglais", "390", "16", "Transac", "BOFU", "EN", "/tarifs"],
           ["apprendre l'anglais en 3 mois", "1 600", "25", "Info", "TOFU", "EN", "/blog/anglais-3-mois"],
           ["vocabulaire anglais business", "880", "17", "Info", "TOFU", "EN", "/blog/vocabulaire-business"],
           ["cours d'anglais cpf visio", "1 000", "29", "Transac", "BOFU", "EN", "/cpf-intensif-pro"],
           ["cours d'espagnol en visio", "1 300", "22", "Commercial", "BOFU", "ES", "/cours-espagnol-visio"],
           ["apprendre l'espagnol débutant", "1 900", "26", "Info", "TOFU", "ES", "/espagnol/a1-debutant"],
           ["conversation espagnol en ligne", "720", "18", "Commercial", "MOFU", "ES", "/club-conversation-espagnol"],
           ["cours d'espagnol adulte en ligne", "590", "17", "Commercial", "BOFU", "ES", "/cours-espagnol-visio"],
           ["espagnol pour voyager", "880", "15", "Info", "TOFU", "ES", "/blog/espagnol-voyage"],
           ["test niveau espagnol", "1 000", "21", "Info", "TOFU", "ES", "/test-niveau-espagnol"],
           ["préparer le dele b1", "320", "11", "Commercial", "MOFU", "ES", "/espagnol/dele"],
           ["espagnol professionnel", "390", "14", "Commercial", "MOFU", "ES", "/espagnol-professionnel"],
           ["essai gratuit espagnol", "260", "9", "Transac", "BOFU", "ES", "/essai-espagnol"],
           ["expressions espagnoles courantes", "2 900", "19", "Info", "TOFU", "ES", "/blog/expressions-espagnoles"],
           ["cours d'italien en ligne", "1 600", "27", "Commercial", "BOFU", "IT", "/cours-italien-visio"],
           ["apprendre l'italien débutant", "1 300", "23", "Info", "TOFU", "IT", "/italien/a1-debutant"],
           ["conversation italien en ligne", "320", "10", "Commercial", "MOFU", "IT", "/club-conversation-italien"],
           ["italien pour voyager", "590", "12", "Info", "TOFU", "IT", "/blog/italien-voyage"],
           ["test niveau italien", "480", "13", "Info", "TOFU", "IT", "/test-niveau-italien"],
           ["cours d'italien petit groupe", "140", "6", "Commercial", "BOFU", "IT", "/cours-italien-visio"],
           ["essai cours d'italien", "170", "7", "Transac", "BOFU", "IT", "/essai-italien"],
           ["cours d'allemand en ligne", "1 300", "26", "Commercial", "BOFU", "DE", "/cours-allemand-visio"],
           ["apprendre l'allemand débutant", "1 000", "24", "Info", "TOFU", "DE", "/allemand/a1-debutant"],
           ["allemand professionnel", "260", "11", "Commercial", "MOFU", "DE", "/allemand-professionnel"],
           ["test niveau allemand", "390", "12", "Info", "TOFU", "DE", "/test-niveau-allemand"],
           ["formation langue entreprise", "720", "28", "Commercial", "MOFU", "Multi", "/entreprises"],
           ["cours de langue salariés cpf", "480", "24", "Commercial", "MOFU", "Multi", "/entreprises/cpf"],
           ["appli pour apprendre une langue avec prof", "390", "20", "Commercial", "MOFU", "Multi", "/app"]],
     [5.6, 1.3, 0.9, 2.0, 1.5, 1.3, 3.8], "Keyword map v3 — 40 keywords, volumes Ahrefs France (décembre 2025)"),
    ("p", "Pourquoi ces keywords pour nous. Par langue d'abord : l'anglais pèse 62% des abonnés et l'essentiel des volumes, mais "
          "les têtes de requête (« apprendre l'anglais en ligne ») dépassent 30 de KD : on les suit dans le rank tracker et on les "
          "travaille avec les LP, mais la map prend les angles où on est "
          "légitimes : l'oral (« conversation », « améliorer son anglais oral »), le pro (« anglais professionnel », « toeic », CPF) "
          "et le format (« en visio », « le soir », « petit groupe »). Sur l'espagnol et l'italien, les volumes sont plus petits mais "
          "la KD est basse partout, donc on couvre tout le funnel, du voyage au test de niveau. L'allemand reste minimal, cohérent "
          "avec ses 8% d'abonnés."),
    ("p", "Par niveau ensuite : un débutant ne tape pas la même chose qu'un B2. Les A1 cherchent « débutant adulte » et tombent sur "
          "une page niveau qui les rassure (groupe de 6, prof natif, on parle dès le premier cours). Les B1-B2 cherchent « niveau b2 », "
          "« toeic », « entretien d'embauche » : eux veulent progresser pour le boulot, on les envoie vers Live ou le parcours CPF. "
          "Les tests de niveau servent de porte d'entrée aux deux."),
    ("h2", "2.5 Backlinks"),
    ("p", "Cinq partenaires nous font un lien depuis 2025. Le critère de départ : des sites dont l'audience part vivre, étudier ou "
          "voyager à l'étranger, donc qui a un vrai besoin de parler une langue vite."),
    ("t", [["Partenaire", "Type", "DR Ahrefs", "Lien vers", "Ancre", "Live depuis"],
           ["Les Frenchies de Madrid", "Blog expat", "38", "/cours-espagnol-visio", "cours d'espagnol en visio", "mars 2025"],
           ["Dublin Mode d'Emploi", "Blog expat", "33", "/anglais-professionnel", "anglais pro en ligne", "avril 2025"],
           ["Erasmus Connect Aquitaine", "Réseau Erasmus", "45", "/test-niveau-anglais", "test de niveau gratuit", "mai 2025"],
           ["Sac à Dos FM", "Podcast voyage (page épisode)", "29", "/blog/espagnol-voyage", "Tandemia", "juin 2025"],
           ["Expat Italia Club", "Blog expat", "31", "/cours-italien-visio", "cours d'italien en ligne", "sept. 2025"]],
     [3.6, 2.8, 1.4, 3.4, 3.2, 2.0], "Backlinks partenaires 2025"),
    ("p", "TODO: ajouter l'export Ahrefs avant/après"),
    ("kl", ["Les LP langue refaites ont porté les plus gros gains de positions.",
            "Filtrer KD < 30 nous a évité de nous battre sur des requêtes qu'on ne gagnera pas avant deux ans.",
            "« cours de langue entreprise » : aucune page dédiée, donc aucune chance de ranker."]),
    ("ns", ["Créer la LP Teams calée sur les keywords « entreprise » et « salariés » (Nour, sprint 26-05)",
            "Passer les pages niveau A1 → C1 en italien et en allemand (Nour, sprint 26-06)",
            "Brancher le suivi des backlinks dans Looker (Hugo, sprint 26-06)"]),

    # ------------------------------------------------------------------------------------------------ 3
    ("h1", "3. Paid Acquisition"),
    ("h2", "3.1 Structure des campagnes"),
    ("p", "Théo pilote le paid au quotidien, je valide les budgets et les tests. La structure a été refaite en février 2025 : "
          "une campagne par intention côté Google, deux étages côté Meta."),
    ("t", [["Plateforme", "Campagne", "Rôle", "Spend 2025", "Bidding"],
           ["Google Ads", "Brand", "Protéger la marque (« tandemia », « tandemia avis », « tandemia prix »)", "9k€", "CPC max manuel"],
           ["Google Ads", "Generic EN", "Essais anglais, un ad group par angle (visio, pro, CPF, oral)", "78k€", "tCPA 18€"],
           ["Google Ads", "Generic ES", "Essais espagnol", "27k€", "tCPA 15€"],
           ["Google Ads", "Generic IT + DE", "Essais italien et allemand", "14k€", "Max conversions"],
           ["Google Ads", "Competitor", "Recherches sur Lingoo Club, Idiomatik, Hablamos.fr", "14k€", "tCPA 22€"],
           ["Meta Ads", "Prospecting", "Démarrer des essais sur audiences froides", "41k€", "Coût par résultat"],
           ["Meta Ads", "Trial retargeting", "Faire booker un cours aux users en essai", "17k€", "Coût par résultat"]],
     [2.4, 3.0, 6.4, 1.8, 2.8], "Paid acquisition 2025 — Google 142k€, Meta 58k€"),
    ("h2", "3.2 Keywords, match types et audiences"),
    ("ul", ["**Brand** : exact et phrase uniquement ; c'est une campagne défensive, on veut garder le CPC bas.",
            "**Generic** : phrase par défaut (\"cours d'anglais en visio\", \"anglais professionnel en ligne\", \"cours d'espagnol en ligne\"), "
            "broad seulement sur Generic EN, où on a assez de conversions pour que le smart bidding tienne la route.",
            "**Competitor** : exact sur les noms des trois concurrents, avec des annonces qui parlent de nos différences (groupe de 6, "
            "prof natif) et jamais d'eux.",
            "**Negatives** (liste partagée) : « gratuit », « traduction », « emploi », « recrutement », « prof d'anglais », « pdf », "
            "« exercices corrigés », « bts ». « Gratuit » ramenait des gens qui ne paieront jamais ; « traduction » et « emploi » "
            "ramenaient des traducteurs et des profs qui cherchent du travail.",
            "**Meta prospecting** : 25-45 ans, France, intérêts expatriation, Erasmus, voyage longue durée, TOEIC ; plus un lookalike "
            "2% construit sur les abonnés Live payants depuis plus de 3 mois.",
            "**Meta trial retargeting** : users en essai entre J1 et J7 qui n'ont pas encore booké de cours live (cohorte Amplitude "
            "synchronisée dans HubSpot puis dans Meta), payants exclus."]),
    ("h2", "3.3 Les LP"),
    ("ul", ["**/essai-anglais** : LP des campagnes Generic EN. Formulaire d'essai 7 jours au-dessus de la ligne de flottaison, test de "
            "niveau en 3 minutes, prochain créneau de cours affiché en live, avis Trustpilot, FAQ.",
            "**/cours-espagnol-visio** : LP de Generic ES, même structure, avec un extrait vidéo de 40 secondes d'un vrai cours.",
            "**/entreprises** : LP des requêtes B2B et CPF, formulaire de démo pour les RH, logos clients, tableau des offres Teams."]),
    ("h2", "3.4 Ads copy"),
    ("t", [["RSA", "Headlines (extrait, ≤ 30 car.)", "Descriptions (≤ 90 car.)"],
           ["EN #1 — visio", "Cours d'anglais en visio | 6 élèves max par groupe | Essai gratuit 7 jours",
            "Parlez anglais dès le premier cours, avec un prof natif et 5 autres apprenants. | Sans engagement, résiliable en 2 clics."],
           ["EN #2 — pro", "Anglais pro en ligne | Réunions, mails, entretiens | Prof natif, horaires du soir",
            "Des cours en petit groupe pour parler anglais au travail, le soir après le boulot. | Test de niveau offert en 3 min."],
           ["EN #3 — CPF", "Anglais financé par le CPF | Intensif Pro : 1 290€ | Certification incluse",
            "40 h de cours en visio + app, éligible CPF. On s'occupe du dossier avec vous. | Prochaine session : lundi."]],
     [2.6, 6.4, 7.2], "Google RSA — anglais (Generic EN)"),
    ("p", "ES / IT / DE : same structure."),
    ("p", "Côté Meta, le format qui tourne en prospecting est une vidéo verticale de 20 secondes : une apprenante filmée dans le tram "
          "à Bordeaux, puis en cours Live sur son téléphone, split-screen avec le prof à Dublin, et un plan final sur le groupe qui rit. "
          "Sous-titres incrustés, pas de musique sous la voix, logo à la dernière seconde seulement."),
    ("h2", "3.5 Le dashboard hebdo"),
    ("p", "Chaque lundi, le dashboard Looker Studio se met à jour avec les données Google Ads, Meta, GA4 et Stripe. C'est la base "
          "de la weekly growth."),
    ("t", [["Week", "Spend", "Clics", "Essais", "CPA essai", "Trial-to-paid*", "Nouveaux payants", "CAC paid"],
           ["W31", "3,4k€", "6 120", "318", "10,7€", "22%", "70", "48,6€"],
           ["W32", "3,2k€", "5 870", "305", "10,5€", "22%", "67", "47,8€"],
           ["W33", "3,3k€", "6 010", "296", "11,1€", "21%", "62", "53,2€"],
           ["W34", "3,9k€", "7 020", "352", "11,1€", "23%", "81", "48,1€"],
           ["W35", "4,6k€", "8 310", "441", "10,4€", "24%", "106", "43,4€"],
           ["W36", "5,1k€", "9 240", "503", "10,1€", "25%", "126", "40,5€"],
           ["W37", "5,0k€", "9 060", "478", "10,5€", "24%", "115", "43,5€"],
           ["W38", "4,8k€", "8 650", "431", "11,1€", "23%", "99", "48,5€"]],
     [1.4, 1.8, 1.8, 1.6, 2.0, 2.4, 2.6, 2.2], "[Screenshot Looker — W38]"),
    ("p", "* trial-to-paid de la cohorte d'essais de la semaine, mesuré à J+14."),
    ("p", "Lecture : le CPA essai reste stable entre 10 et 11€ tout l'été, donc le problème n'est pas d'attirer des essais. Ce qui "
          "bouge, c'est le trial-to-paid : 21% en W33 (creux d'août, les gens testent en vacances et ne reviennent pas), puis 25% en W36 "
          "avec la rentrée, quand les essais viennent de gens qui ont un vrai projet (boulot, départ à l'étranger). C'est ce taux qui "
          "fait varier le CAC paid de 40,5€ à 53,2€, pas le coût des clics. En W38, le trial-to-paid redescend à 23% : les cohortes "
          "de la rentrée sont passées, et le CPA remonte à 11,1€ parce que les requêtes de rentrée deviennent plus chères."),
    ("h2", "3.6 ROAS & payback"),
    ("p", "Pour le paid, on ne raisonne pas sur le premier mois d'abonnement mais sur la LTV à 12 mois. En 2025, Google Ads, c'est "
          "142k€ de spend pour 3 080 abonnés payants attribués (modèle data-driven GA4, recoupé avec Stripe)."),
    ("ul", ["CAC Google = 142 000€ ÷ 3 080 = **46,1€**.",
            "Marge brute mensuelle par abonné = ARPU 36,8€ × 40% de marge brute (après profs, Confero, Stripe) = **14,8€**.",
            "Payback = 46,1€ ÷ 14,8€ = **3,1 mois**.",
            "LTV 12 mois (marge brute cumulée sur 12 mois, churn moyen pondéré 5,5%) = **133€**.",
            "Retour 12 mois = 3 080 × 133€ = 409 640€, soit un ROAS 12 mois de **2,9** : "
            "+188% net après déduction du spend ((409 640 − 142 000) ÷ 142 000)."]),
    ("p", "Tant que le payback reste sous 6 mois, Inès accepte qu'on pousse les budgets. À 3,1 mois, on a de la marge."),
    ("kl", ["Le levier sur le CAC, c'est le trial-to-paid, pas le CPC.",
            "Un payback de 3,1 mois laisse de la place pour investir plus sur Generic EN.",
            "La campagne Competitor coûte cher pour peu d'essais : à challenger."]),
    ("ns", ["Écrire les RSA ES, IT et DE (Théo, sprint 26-04)",
            "Tester une deuxième vidéo Meta centrée sur le pro (Théo + Lisa, sprint 26-05)"]),

    # ------------------------------------------------------------------------------------------------ 4
    ("h1", "4. Analytics & Metrics"),
    ("h2", "4.1 La stack analytics"),
    ("p", "GA4 et Ahrefs : standard du marché, on ne s'est pas posé la question. Search Console est branchée sur GA4, Looker Studio "
          "agrège le tout."),
    ("p", "Le vrai choix a été l'analytics produit, en 2024 : Amplitude contre Mixpanel. Les deux font très bien les funnels et les "
          "cohortes. À notre volume (environ 25 000 utilisateurs actifs par mois), Mixpanel Growth revenait à 14,4k€ par an ; "
          "Amplitude nous a fait entrer dans son programme start-up, gratuit la première année puis 9,6k€ par an. On a pris Amplitude."),
    ("h2", "4.2 Les metrics d'un business d'abonnement"),
    ("p", "Un abonnement, ça ne se pilote pas comme un panier e-commerce : ce qui compte, c'est qu'un essai devienne payant, que le "
          "payant utilise vraiment le produit et qu'il reste. D'où nos metrics de référence :"),
    ("t", [["Metric", "Définition chez nous", "Déc. 2025", "Pourquoi on la suit"],
           ["Trial-to-paid", "% des essais 7 jours qui deviennent payants à J+14", "23%", "Premier filtre de qualité de l'acquisition ; fait varier le CAC plus que le CPC"],
           ["Activation", "% des nouveaux qui font leur 1er cours live dans les 7 jours", "41%", "Meilleur prédicteur de rétention qu'on ait trouvé dans Amplitude"],
           ["Churn mensuel", "% d'abonnés payants qui résilient dans le mois", "Solo 6,8% / Live 4,1%", "Détermine la LTV ; suivi par offre car les dynamiques sont opposées"],
           ["MRR", "Somme des abonnements mensualisés (Teams inclus)", "412k€", "Le chiffre que regardent Inès et le board"],
           ["CAC", "Spend marketing ÷ nouveaux payants", "46€", "Coût d'un abonné, à comparer à la LTV"],
           ["LTV", "Marge brute par abonné sur toute sa durée de vie", "210€", "Plafond de ce qu'on peut dépenser pour acquérir"],
           ["LTV / CAC", "Ratio des deux", "4,6", "Au-dessus de 3, on peut accélérer"]],
     [2.4, 5.2, 2.6, 6.0], "Subscription metrics — source : Stripe, Amplitude"),
    ("h2", "4.3 Les metrics du site"),
    ("ul", ["**Trafic** : 140 000 sessions par mois en moyenne (site + app web), avec deux pics, janvier (bonnes résolutions) et "
            "septembre (rentrée, mobilité pro). 52% des sessions sont sur mobile, ce qui compte pour les LP.",
            "**Taux de rebond** : 48% en moyenne, mais ça ne veut rien dire tant qu'on ne sépare pas : 71% sur le blog (normal, les "
            "gens viennent lire une réponse), 34% sur les LP d'essai, ce qui est correct.",
            "**Temps de visite** : 2 min 10 s sur le site ; sur les LP, les sessions qui démarrent un essai durent 3 min 40 s, le temps "
            "de faire le test de niveau.",
            "**MRR** : 412k€, +37% sur l'année, porté à 47% par le Live alors qu'il ne représente que 29% des abonnés.",
            "Temps de chargement : 3,9 s.",
            "Drop-off : inscription 38% — choix du plan 27% — paiement 19%."]),
    ("h2", "4.4 OKR Q4 2025 — review"),
    ("t", [["Objective", "Key Result", "Target", "Réel", "", "Pourquoi"],
           ["O1 — Faire parler les nouveaux plus tôt", "Activation 7 jours", "42%", "41%", "🟠",
            "Le booking du premier cours dans l'onboarding est sorti en novembre seulement"],
           ["", "Weekly Speaking Learners", "6 800", "6 900", "✅", "Conversation clubs ajoutés le soir, très remplis"],
           ["O2 — Acquisition rentable", "CAC ≤ 45€", "45€", "46€", "❌", "CPC Generic EN en hausse de 18% en novembre (Black Friday des concurrents)"],
           ["", "Nouveaux payants Q4", "3 000", "3 240", "✅", "Rentrée forte, trial-to-paid à 24-25% en septembre-octobre"],
           ["", "Trial-to-paid", "22%", "23%", "✅", "Nouvel e-mail J+3 de Lisa avec le créneau du prochain cours"],
           ["O3 — Réduire le churn", "Churn mensuel Solo < 6,5%", "6,5%", "6,8%", "❌", "Pas de levier produit livré sur Solo ce trimestre"],
           ["O4 — Visibilité organique", "5 requêtes prioritaires en top 10", "5", "5", "✅", "LP langue + pages niveau"],
           ["O5 — Teams", "Nouvelles entreprises", "8", "6", "❌", "Budgets RH 2026 bouclés dès septembre, on est arrivés trop tard"],
           ["", "MRR Teams", "60k€", "61k€", "✅", "Extensions de sièges chez deux clients existants"]],
     [3.6, 3.6, 1.4, 1.4, 0.8, 5.6], "OKR Q4 2025 — scoring du 8 janvier 2026"),
    ("p", "Sur 9 KR, 5 atteints, 1 presque (activation), 3 ratés. Les trois ❌ ont la même racine : on a livré trop tard (onboarding, "
          "levier Solo) ou on est arrivé trop tard (Teams). Le CAC à 46€ est raté d'un euro, mais le payback reste à 3,1 mois : "
          "pas d'alerte rouge."),
    ("kl", ["On tient la qualité d'acquisition ; ce qui manque, c'est l'exécution produit à temps.",
            "Le churn Solo ne bougera pas sans chantier produit dédié.",
            "Teams se joue en été, avant les budgets RH de septembre."]),
    ("ns", ["Réduire le poids des scripts tiers sur Webflow pour le temps de chargement — Hugo, sprint 26-03",
            "A/B test d'un choix de plan simplifié (2 offres au lieu de 3) — Lisa, sprint 26-04",
            "Paiement : activer Apple Pay et Google Pay dans Stripe Checkout — Matthieu, sprint 26-03",
            "Relance J+2 des essais sans cours booké — Lisa, sprint 26-03",
            "Baisser le tCPA Generic EN à 16€ et couper les ad groups sous 15% de trial-to-paid — Théo, sprint 26-04",
            "Inscription : login Google en un clic — Matthieu, sprint 26-05",
            "Conversation club « Solo only » le dimanche soir pour l'activation Solo — Inès + Lisa, sprint 26-05",
            "Outbound RH dès juin pour les budgets 2027 — Hugo, sprint 26-07"]),

    # ------------------------------------------------------------------------------------------------ 5
    ("h1", "5. PRD — Tandemia for Teams v2"),
    ("p", "PRD rédigé en janvier 2026 dans Notion, validé par Inès le 23 janvier. Je le reprends ici en entier, dans ses dix parties."),
    ("h2", "5.1 Contexte et problème"),
    ("p", "Teams v1, c'est 38 entreprises et 1 470 licences, mais tout passe par Hugo : la RH envoie un CSV, Hugo crée les comptes à "
          "la main, les salariés reçoivent leurs accès 2 à 5 jours plus tard, et la RH reçoit un PDF de suivi une fois par mois. "
          "Résultat : 29% des licences ne sont jamais activées, et trois deals de plus de 200 sièges ont été perdus en 2025 parce que "
          "nous n'avions pas de SSO."),
    ("h2", "5.2 Scope"),
    ("ul", ["**In** : portail RH web (gestion des sièges, invitations en masse), SSO SAML 2.0 et OIDC (Google Workspace, Microsoft "
            "Entra ID), dashboard de progression par salarié et par équipe, exports CSV, facturation annuelle par siège dans Stripe.",
            "**Out** : app native iOS/Android, intégrations LMS (v3), contenus sur mesure par entreprise, multi-devise."]),
    ("h2", "5.3 Goals"),
    ("p", "**Business goals**"),
    ("ul", ["Objective : faire de Teams un moteur de croissance en 2026.",
            "KR1 : 30 entreprises actives sur Teams v2 au 31 décembre 2026.",
            "KR2 : MRR Teams de 61k€ à 95k€.",
            "KR3 : churn annuel des entreprises < 15%.",
            "KR4 : 70% des sièges activés (1er cours suivi) à 30 jours."]),
    ("p", "**Technical requirements**"),
    ("ul", ["Onboarding d'un salarié < 3 min, du clic dans l'e-mail d'invitation au premier écran de l'app.",
            "SSO SAML 2.0 + OIDC opérationnel chez un client pilote de chaque type (Google, Microsoft).",
            "Ajout ou retrait d'un siège répercuté dans Stripe en < 1 min, avec prorata automatique.",
            "Dashboard RH chargé en < 2 s pour une entreprise de 500 sièges.",
            "Hébergement UE pour les données du portail, disponibilité 99,5%."]),
    ("h2", "5.4 User stories"),
    ("ul", ["En tant que RH, je veux inviter 50 salariés en collant une liste d'e-mails, pour ne plus passer par un CSV.",
            "En tant que RH, je veux voir qui a suivi son premier cours, pour relancer ceux qui n'ont pas démarré.",
            "En tant que RH, je veux réattribuer la licence d'un salarié qui part, pour ne pas payer un siège vide.",
            "En tant que salarié, je veux me connecter avec mon compte Microsoft du boulot, sans nouveau mot de passe.",
            "En tant que salarié, je veux choisir mes créneaux de cours le soir ou à midi, pour caser l'anglais dans ma semaine.",
            "En tant que manager, je veux un export CSV de la progression de mon équipe pour l'entretien annuel.",
            "En tant qu'admin Tandemia (Hugo), je veux créer une entreprise et son contrat en moins de 10 minutes."]),
    ("h2", "5.5 Requirements fonctionnels"),
    ("ul", ["[Must] Portail RH : liste des sièges, statut (invité, actif, inactif 30 j), invitation par liste ou lien d'équipe.",
            "[Must] SSO SAML 2.0 / OIDC, configuration guidée par l'admin client.",
            "[Must] Dashboard : heures de cours, niveau de départ et actuel, assiduité, par salarié et par équipe.",
            "[Must] Facturation Stripe annuelle par siège, avec prorata à l'ajout et avoir au retrait.",
            "[Should] Relances automatiques des salariés inactifs, paramétrables par la RH.",
            "[Should] Export CSV et PDF mensuel automatique.",
            "[Could] Rôles « manager » avec vue limitée à son équipe."]),
    ("h2", "5.6 Contraintes et instructions d'Inès"),
    ("ul", ["**Live avant les budgets RH de septembre** : mise en production au plus tard le 31 août 2026, pour être démontrable "
            "quand les RH bouclent leurs budgets formation 2027.",
            "**Budget plafonné à 85k€** tout compris (agence, licences, tests de sécurité).",
            "**On garde Stripe** : pas de nouvel outil de facturation, Teams v2 s'appuie sur Stripe Billing.",
            "**Pas d'app native en v2** : le portail et l'app salarié restent en web responsive / PWA."]),
    ("h2", "5.7 Milestones"),
    ("ul", ["M0 — 13 février 2026 : agence choisie, contrat signé.",
            "M1 — 27 mars : maquettes validées (portail RH + parcours salarié).",
            "M2 — 29 mai : SSO et portail en staging.",
            "M3 — 10 juillet : dashboard et facturation Stripe en staging, pentest.",
            "M4 — 24 juillet : pilote chez 3 clients existants.",
            "M5 — 31 août : go-live."]),
    ("h2", "5.8 Budget"),
    ("ul", ["Développement agence (forfait) : 62k€",
            "Design UX/UI : 8k€",
            "Brique SSO (licence annuelle du fournisseur d'identité) : 4,8k€",
            "Pentest externe : 6k€",
            "Réserve : 4k€",
            "**Total : 84,8k€**, sous le plafond de 85k€."]),
    ("h2", "5.9 Acceptance criteria"),
    ("ul", ["Given une RH avec 50 e-mails, when elle colle la liste et valide, then 50 invitations partent en < 1 min et les sièges "
            "apparaissent « invité ».",
            "Given un salarié invité, when il clique sur le lien, then il est dans l'app en < 3 min (mesuré sur 20 testeurs, médiane).",
            "Given une entreprise Microsoft Entra ID, when l'admin saisit les métadonnées SAML, then la connexion SSO fonctionne sans "
            "intervention de Tandemia.",
            "Given un siège retiré, when la RH valide, then Stripe émet l'avoir au prorata dans la minute.",
            "Given 500 sièges, when la RH ouvre le dashboard, then il s'affiche en < 2 s (p95)."]),
    ("h2", "5.10 Risques et dépendances"),
    ("p", "Le risque numéro un, c'est le SSO : chaque annuaire d'entreprise a ses particularités et on ne peut pas corriger en prod "
          "chez un client de 300 personnes. Matthieu a sa devise :"),
    ("quote", "« Ship it, fix it after »", "Matthieu"),
    ("p", "Sur le SSO, on fera l'inverse : pilote chez trois clients avant le go-live. Autres dépendances : la disponibilité de l'API "
          "Confero pour les créneaux entreprise, et l'équipe de Matthieu pour brancher l'app sur le nouveau modèle de comptes."),
    ("h2", "5.11 Choix de l'agence"),
    ("p", "Trois agences ont répondu au PRD. Scorecard remplie par Matthieu, Hugo et moi après les soutenances du 9 février :"),
    ("t", [["Critère", "Poids", "Octave Studio", "Nébuleuse Lab", "Kodama Digital"],
           ["Expérience SSO / SAML en production", "20%", "4", "5", "2"],
           ["Respect du plafond de 85k€", "20%", "4 (62k€)", "3 (79k€)", "5 (54k€)"],
           ["Go-live avant le 31 août", "15%", "5", "4", "3"],
           ["Expérience Stripe Billing (par siège)", "15%", "5", "3", "3"],
           ["Stack compatible (React / Node, PWA)", "10%", "5", "4", "4"],
           ["Références SaaS B2B", "10%", "4", "5", "3"],
           ["Maintenance après go-live", "10%", "3", "4", "4"],
           ["Score pondéré /5", "100%", "4,30", "3,95", "3,40"],
           ["Décision", "", "✅ retenue", "❌", "❌"]],
     [5.6, 1.4, 3.0, 3.0, 3.0], "Vendor scorecard — Teams v2 (notes de 1 à 5)"),
    ("p", "Octave Studio passe devant sur les deux critères qui comptent le plus pour nous : tenir la date de fin août et savoir "
          "faire de la facturation par siège sur Stripe, qu'ils ont déjà livrée pour deux SaaS RH. Nébuleuse Lab est la plus forte en "
          "SSO mais à 79k€, il ne restait rien pour les licences et le pentest ; Kodama est la moins chère mais n'a jamais mis de SAML en prod."),
    ("kl", ["Le PRD part d'un vrai irritant client (activation des sièges), pas d'une envie de features.",
            "Les instructions d'Inès ont tranché vite les débats (app native, outil de facturation).",
            "Le SSO est le poste à risque : pilote obligatoire."]),
    ("ns", ["Kick-off Octave Studio (moi, sprint 26-03)",
            "Recruter les 3 clients pilotes (Hugo, sprint 26-04)"]),

    # ------------------------------------------------------------------------------------------------ 6
    ("h1", "6. Legal & Privacy"),
    ("h2", "6.1 Legal stack : la page légale du site"),
    ("p", "Check de la page « Mentions légales » fait le 12 janvier 2026 (lien en footer de toutes les pages du site et de l'app) :"),
    ("ul", ["✅ Dénomination et forme : Tandemia SAS, capital de 48 000€",
            "✅ Siège social : quai des Chartrons, 33000 Bordeaux",
            "✅ RCS Bordeaux et SIREN",
            "✅ Numéro de TVA intracommunautaire",
            "✅ Contact : e-mail et téléphone",
            "❌ Hébergeur (nom, adresse, téléphone) : absent depuis la migration Webflow — {{à corriger}}",
            "❌ Directeur de la publication : absent — {{à corriger}}"]),
    ("h2", "6.2 Conditions d'abonnement : rétractation et démarrage immédiat"),
    ("p", "Dans nos conditions d'abonnement (CGV), j'ai creusé un seul sujet, parce que c'est celui qui nous coûte des litiges : le droit de rétractation de 14 "
          "jours quand l'abonné commence à utiliser le service tout de suite."),
    ("p", "Le principe : un abonnement souscrit en ligne ouvre 14 jours de rétractation. Mais quand le client demande expressément à "
          "commencer avant la fin de ce délai, il peut toujours se rétracter, et il paie alors le service au prorata de ce qu'il a "
          "consommé. Pour l'accès aux contenus de l'app (contenu numérique), il peut renoncer à son droit s'il donne son accord exprès "
          "et reconnaît le perdre."),
    ("p", "Ce qu'on avait : une seule case « J'accepte les CGV » et une phrase dans l'article 7 disant que « tout cours commencé est "
          "dû ». C'est insuffisant : sans demande expresse de démarrage, on ne peut rien facturer à quelqu'un qui se rétracte au jour 10, "
          "même s'il a suivi deux cours Live. En 2025, 112 demandes de remboursement dans les 14 jours, toutes remboursées en totalité."),
    ("p", "Ce qu'on a changé en février 2026 : une case séparée, non pré-cochée, « Je demande à commencer mes cours immédiatement et "
          "je paierai les cours suivis si je me rétracte », une case pour l'accès immédiat aux contenus de l'app, la confirmation des "
          "deux accords dans l'e-mail de bienvenue, et un article 7 réécrit avec le calcul du prorata (cours Live suivis au prix "
          "unitaire de 14,75€)."),
    ("h2", "6.3 Privacy by design"),
    ("p", "On traite des données sensibles à notre échelle : des voix et des visages en cours, des niveaux, des données de salariés "
          "pour Teams. Le plan d'actions privacy 2025-2026 :"),
    ("t", [["Sujet", "Ce qu'on fait", "Statut"],
           ["Enregistrement des cours", "Consentement recueilli à l'entrée de chaque salle Confero (case non pré-cochée), enregistrement "
                                       "désactivé si un seul participant refuse ; replays conservés 30 jours", "✅ live depuis oct. 2025"],
           ["Amplitude", "Durée de conservation passée à 14 mois, IP tronquée, pas d'e-mail dans les events, user ID pseudonymisé", "✅"],
           ["Registre des traitements", "Registre tenu dans Notion : 11 traitements (abonnés, profs, Teams, prospects HubSpot, "
                                        "support Intercom…), finalité, base légale, durée, destinataires", "✅ revu en janvier 2026"],
           ["Confero (hébergé hors UE)", "Clauses contractuelles types signées, DPA, analyse d'impact du transfert, chiffrement des "
                                         "flux vidéo ; option de salles UE demandée", "🟠 salles UE attendues T2 2026"],
           ["Bandeau cookies", "Bouton « Refuser » au même niveau et de même taille que « Accepter », aucun tag avant le choix, "
                              "choix conservé 6 mois", "✅"],
           ["Droits des personnes", "Formulaire dédié, réponse sous 30 jours, suppression en cascade HubSpot / Amplitude / Intercom", "🟠 cascade Amplitude manuelle"]],
     [3.4, 9.6, 3.2], "Privacy actions — suivi janvier 2026"),
    ("kl", ["La page légale a décroché à la migration Webflow sans que personne ne le voie.",
            "La case de démarrage immédiat règle la majorité des litiges de rétractation.",
            "Confero hors UE reste notre plus gros point d'attention privacy."]),
    ("ns", ["Compléter hébergeur et directeur de la publication (Hugo, sprint 26-03)",
            "Automatiser la suppression Amplitude (Matthieu, sprint 26-05)"]),

    # ------------------------------------------------------------------------------------------------ 7
    ("h1", "7. Team & Rituals"),
    ("h2", "7.1 La squad"),
    ("ul", ["**Nour** — SEO : backlog, contenus, LP, suivi des positions.",
            "**Théo** — paid : Google et Meta, créas avec l'équipe design, budgets au quotidien.",
            "**Lisa** — CRM : e-mails d'onboarding, relances d'essais, HubSpot, programmes de rétention.",
            "**Hugo** — ops : onboarding des entreprises Teams, outils internes, relation avec Kitbox Logistique."]),
    ("h2", "7.2 Nos rituels"),
    ("ul", ["**Daily** — tous les jours à 9 h 30, 15 minutes, debout ou en visio.",
            "**Weekly growth meeting** — le mardi à 10 h, 1 heure. Objectif : regarder ensemble le dashboard de la semaine, décider "
            "quelles expériences on lance, on garde ou on coupe, et réarbitrer le backlog si un chiffre a décroché. On en sort avec "
            "au maximum trois décisions, notées dans Notion avec un owner.",
            "**1:1 mensuel** — 30 minutes avec chaque membre de la squad."]),
    ("h2", "7.3 Et la performance individuelle ?"),
    ("p", "On ne fait pas d'évaluation individuelle, on est une squad. Les objectifs sont ceux de la squad (les OKR de la section "
          "4.4), et on gagne ou on perd ensemble."),
    ("kl", ["Trois rituels, pas plus : le reste passe en asynchrone sur Notion et Slack.",
            "La weekly est le seul moment où on décide ; elle doit rester courte.",
            "La squad est petite, le collectif compte plus que les scores."]),
    ("ns", ["Tester une weekly en 45 minutes (moi, sprint 26-04)"]),

    # ------------------------------------------------------------------------------------------------ 8
    ("h1", "8. Fulfilment"),
    ("h2", "8.1 Les welcome kits : transporteurs"),
    ("p", "Chaque apprenant Teams reçoit un welcome kit (carnet, tote bag, casque-micro) : 1 800 kits en 2025, expédiés par Kitbox "
          "Logistique depuis Mérignac. Le casque fait partie de l'expérience : un salarié qui a un bon micro parle plus en cours. "
          "En novembre, avec Hugo, on a comparé les trois transporteurs proposés par Kitbox sur un kit de 1,1 kg envoyé à domicile ou en relais :"),
    ("t", [["Rang", "Transporteur", "Service", "Coût par kit (HT)", "gCO2e par kit", "Délai", ""],
           ["1", "Mondial Relay", "Point relais", "4,10€", "150", "3-5 j", "✅ retenu"],
           ["2", "Colissimo", "Domicile sans signature", "6,20€", "260", "2 j", "🟠 cas urgents"],
           ["3", "DHL", "Domicile express", "7,90€", "420", "1 j", "❌"]],
     [1.2, 2.8, 3.4, 2.6, 2.2, 1.6, 2.4], "Welcome kits — comparatif transporteurs, devis Kitbox nov. 2025"),
    ("p", "Mondial Relay sort premier sur les deux critères : le moins cher par kit et le moins émetteur, parce que le dernier kilomètre "
          "est mutualisé au point relais. Sur 1 800 kits, passer de Colissimo à Mondial Relay fait économiser 3,8k€ et environ 200 kg de "
          "CO2e par an. Colissimo reste pour les kits urgents (salarié qui démarre dans moins de 3 jours)."),
    ("h2", "8.2 Stock & warehousing"),
    ("p", "N/A — on est full digital 🙂"),
    ("h2", "8.3 Delivery & satisfaction"),
    ("p", "Côté delivery, on suit deux choses depuis 2025 : la part des features livrées au sprint prévu, et le NPS après chaque "
          "release. Sur les 22 releases de 2025, 16 sont sorties au sprint prévu (73%). Après chaque release, un micro-sondage "
          "Intercom demande aux abonnés actifs s'ils recommanderaient Tandemia : le NPS est passé de +31 en janvier à +44 en décembre, "
          "avec un pic à +52 après la sortie des conversation clubs du soir."),
    ("kl", ["Mondial Relay : moins cher et moins de CO2, pas de dilemme.",
            "Trois releases sur quatre à l'heure : bien, mais Teams v2 n'aura pas le droit au retard.",
            "Le NPS suit la valeur livrée, pas le nombre de features."]),
    ("ns", ["Basculer Kitbox sur Mondial Relay par défaut (Hugo, sprint 26-03)",
            "NPS post-release par segment Solo / Live / Teams (Lisa, sprint 26-05)"]),
]


def add_table(doc, rows, widths, caption):
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
            cp_ = c.paragraphs[0]
            cp_.paragraph_format.space_after = Pt(0)
            cp_.paragraph_format.line_spacing = 1.0
            rich(cp_, val, size=9 if len(rows) < 20 else 8.5)
            if i == 0:
                set_cell_bg(c, "2B2D42")
                for rr in cp_.runs:
                    rr.bold = True
                    rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            elif i % 2 == 0:
                set_cell_bg(c, "F4F2FD")
    cap = doc.add_paragraph()
    cap.paragraph_format.space_before = Pt(2)
    cap.paragraph_format.space_after = Pt(10)
    r = cap.add_run(caption)
    r.italic = True
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x6B, 0x6B, 0x80)


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(7)
    st.paragraph_format.line_spacing = 1.25
    for name, size, color in (("Heading 1", 18, (0x5B, 0x3F, 0xD9)), ("Heading 2", 12.5, (0x2B, 0x2D, 0x42))):
        hs = doc.styles[name]
        hs.font.color.rgb = RGBColor(*color)
        hs.font.size = Pt(size)
        hs.font.name = "Arial"

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.3)
    sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = hp.add_run("Tandemia — Growth & Ops Review — internal")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x6B, 0x6B, 0x80)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("M. Delorme — p. ").font.size = Pt(8.5)
    add_field(fp, "PAGE", "2")

    # Page de garde
    for _ in range(6):
        doc.add_paragraph()
    for text, size, bold, color in [
            ("Tandemia", 34, True, (0x5B, 0x3F, 0xD9)),
            ("Growth & Ops Review 2025", 22, True, (0x2B, 0x2D, 0x42)),
            ("SEO, paid acquisition, analytics, PRD Teams v2, legal & ops", 13, False, (0x6B, 0x6B, 0x80))]:
        p = doc.add_paragraph()
        rr = p.add_run(text)
        rr.font.size = Pt(size)
        rr.bold = bold
        rr.font.color.rgb = RGBColor(*color)
    for _ in range(10):
        doc.add_paragraph()
    for line in ["Maxime Delorme — Growth & Ops Lead",
                 "Dossier professionnel — Titre Chef de projet e-commerce, blocs 3 et 5 — session 2026",
                 "Formation continue (cours du soir)",
                 "Tandemia SAS — quai des Chartrons, 33000 Bordeaux",
                 "Tutrice : Inès Haddou, CEO et co-fondatrice",
                 "Mars 2026"]:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(2)
    doc.add_page_break()

    # Sommaire façon Notion (sans numéros de page) + encadré glossaire
    p = doc.add_paragraph()
    rr = p.add_run("Contents")
    rr.bold = True
    rr.font.size = Pt(16)
    rr.font.color.rgb = RGBColor(0x2B, 0x2D, 0x42)
    for line in CONTENTS:
        cp_ = doc.add_paragraph()
        cp_.paragraph_format.left_indent = Cm(0.4)
        cp_.paragraph_format.space_after = Pt(4)
        rc = cp_.add_run(line)
        rc.font.size = Pt(11.5)
        rc.font.color.rgb = RGBColor(0x37, 0x35, 0x2F)
        rc.underline = True
    doc.add_paragraph()
    for k, (text, bold) in enumerate([("Glossaire", True),
                                      ("CAC — Customer Acquisition Cost : coût d'acquisition d'un client payant, soit le spend "
                                       "marketing de la période divisé par le nombre de nouveaux abonnés payants.", False),
                                      ("LTV — Lifetime Value : marge brute qu'un abonné génère sur toute la durée de son abonnement.", False)]):
        gp = doc.add_paragraph()
        box(gp)
        gp.paragraph_format.space_after = Pt(0)
        rg = gp.add_run(text)
        rg.bold = bold
        rg.font.size = Pt(10)
    doc.add_paragraph()
    p = doc.add_paragraph()
    rr = p.add_run("Ce document reprend la review annuelle que je présente à Inès et à l'équipe, complétée pour le jury. "
                   "Les chiffres sont ceux de nos outils au 31 décembre 2025, sauf mention contraire.")
    rr.italic = True
    rr.font.size = Pt(9.5)

    first = True
    for item in CONTENT:
        kind = item[0]
        if kind == "h1":
            h = doc.add_heading(item[1], level=1)
            h.paragraph_format.page_break_before = True
            first = False
        elif kind == "h2":
            doc.add_heading(item[1], level=2)
        elif kind == "p":
            rich(doc.add_paragraph(), item[1])
        elif kind == "ul":
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Bullet"), line)
                lp.paragraph_format.space_after = Pt(3)
        elif kind == "t":
            add_table(doc, item[1], item[2], item[3])
        elif kind == "kl":
            hp_ = doc.add_paragraph()
            hp_.paragraph_format.space_before = Pt(10)
            hp_.paragraph_format.keep_with_next = True
            rk = hp_.add_run("Key learnings")
            rk.bold = True
            rk.font.color.rgb = RGBColor(0x5B, 0x3F, 0xD9)
            for line in item[1]:
                lp = rich(doc.add_paragraph(style="List Bullet"), line)
                lp.paragraph_format.space_after = Pt(2)
        elif kind == "ns":
            hp_ = doc.add_paragraph()
            hp_.paragraph_format.space_before = Pt(6)
            hp_.paragraph_format.keep_with_next = True
            rk = hp_.add_run("Next steps")
            rk.bold = True
            rk.font.color.rgb = RGBColor(0x5B, 0x3F, 0xD9)
            for line in item[1]:
                lp = doc.add_paragraph()
                lp.paragraph_format.left_indent = Cm(0.5)
                lp.paragraph_format.space_after = Pt(2)
                lp.add_run("☐  " + line)
        elif kind == "quote":
            qp = doc.add_paragraph()
            qp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rq = qp.add_run(item[1])
            rq.italic = True
            rq.font.size = Pt(13)
            rq.font.color.rgb = RGBColor(0x5B, 0x3F, 0xD9)
            ra = qp.add_run(" — " + item[2])
            ra.italic = True
            ra.font.size = Pt(10)
        elif kind == "pb":
            doc.add_page_break()

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Tandemia — Growth & Ops Review 2025"
    cp.subject = "Dossier professionnel — Titre Chef de projet e-commerce — blocs 3 et 5"
    cp.created = datetime.datetime(2026, 1, 14, 20, 30, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 18
    doc.save(FILE)
    repack(FILE)
    print("ok", FILE)


if __name__ == "__main__":
    main()
