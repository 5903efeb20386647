# Générateur du dossier du candidat c81 (Le Quai des Sons, scène de musiques actuelles d'Agen) — blocs 1 et 2.
# Un DOCX à vrais styles de titres ; chaque sous-partie s'ouvre sur un « Rappel théorique » en italique.
# Déterministe : propriétés fixes, horodatage zip figé, aucun aléa.
import datetime, os, re, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c81-salle-concerts-agen")
FILE = os.path.join(OUT, "quai-des-sons-dossier.docx")
AUTHOR = "Théo Lacombe"
FIXED = datetime.datetime(2026, 5, 27, 22, 10, 0)
ZIPSTAMP = (2026, 5, 27, 22, 10, 0)
ACCENT = RGBColor(0x8A, 0x1C, 0x3B)

doc = None


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    par.add_run("1")
    r5 = par.add_run()
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r5._r.append(f3)


def runs(par, text, italic=False):
    """Texte avec **gras** en ligne."""
    for part in re.split(r"(\*\*.+?\*\*)", text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2]); r.bold = True
        else:
            r = par.add_run(part)
        if italic:
            r.italic = True
    return par


def H1(t, page_break=False):
    h = doc.add_heading(t, level=1)
    if page_break:
        h.paragraph_format.page_break_before = True


def H2(t):
    doc.add_heading(t, level=2)


def RAPPEL(t):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.5)
    p.paragraph_format.space_after = Pt(8)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run("Rappel théorique : ")
    r.italic = True; r.bold = True
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    r = p.add_run(t)
    r.italic = True
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def P(t):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(6)
    runs(p, t)


def LEAD(t):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(t); r.bold = True
    r.font.color.rgb = ACCENT


def BUL(items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        p.paragraph_format.space_after = Pt(2)
        runs(p, it)


def CHAT(lines):
    for who, msg in lines:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(who + " : "); r.bold = True; r.font.size = Pt(10)
        r = p.add_run(msg); r.font.size = Pt(10)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def TABLE(caption, rows, widths):
    cap = doc.add_paragraph()
    cap.paragraph_format.keep_with_next = True
    cap.paragraph_format.space_before = Pt(6)
    r = cap.add_run(caption); r.bold = True; r.font.size = Pt(9.5)
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            c.paragraphs[0].paragraph_format.space_after = Pt(1)
            c.paragraphs[0].paragraph_format.line_spacing = 1.0
            run = c.paragraphs[0].add_run(v)
            run.font.size = Pt(9)
            if i == 0:
                run.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                shade(c, "8A1C3B")
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


# ------------------------------------------------------------------ sommaire statique
SOMMAIRE = [
    (0, "Présentation de la structure et de ma mission", 3),
    (0, "1. Stratégie webmarketing du Quai des Sons", 3),
    (1, "1.1 Nos spectateurs : motivations, parcours d'achat et salles comparables", 3),
    (1, "1.2 Forces, faiblesses, opportunités et menaces", 4),
    (1, "1.3 Objectifs, publics et leviers", 5),
    (1, "1.4 Le calendrier de la saison", 5),
    (1, "1.5 Les alliances possibles", 6),
    (1, "1.6 Avant / après : l'opération « 2 places pour 1 »", 6),
    (1, "1.7 Le budget de communication", 6),
    (0, "2. Communication et billetterie en ligne", 7),
    (1, "2.1 La campagne « Rentrée des adhérents »", 7),
    (1, "2.2 Les relais de la campagne", 7),
    (1, "2.3 Le chat en ligne", 8),
    (1, "2.4 Notre communauté sur les réseaux", 8),
    (1, "2.5 La mise en avant des concerts", 8),
    (1, "2.6 Le paiement en ligne", 9),
    (1, "2.7 Paiement en plusieurs fois et financement", 9),
    (1, "2.8 La fidélisation : la Carte Quai", 9),
    (0, "Annexe 1 — Planning de saison", 11),
]


def setup():
    global doc
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    st.paragraph_format.line_spacing = 1.05
    st.paragraph_format.space_after = Pt(6)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    for name, size in (("Heading 1", 15), ("Heading 2", 12.5)):
        hs = doc.styles[name]
        hs.font.name = "Calibri"
        hs.font.size = Pt(size)
        hs.font.color.rgb = ACCENT
        hs.paragraph_format.space_before = Pt(14 if name == "Heading 1" else 10)
        hs.paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.3)
    sec.bottom_margin = Cm(2.2)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "Théo Lacombe — Dossier blocs 1 & 2"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x77, 0x77, 0x77)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(9)


def cover():
    for _ in range(5):
        doc.add_paragraph()
    for text, size, bold, color in [
        ("Titre professionnel Chef de projet e-commerce — RNCP", 12, False, None),
        ("Dossier professionnel", 26, True, ACCENT),
        ("Blocs de compétences 1 et 2", 16, True, None),
        ("Faire venir, faire revenir :\nla stratégie web et la billetterie en ligne du Quai des Sons", 14, False, None),
    ]:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
        if color:
            r.font.color.rgb = color
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Association Le Quai des Sons — scène de musiques actuelles\nQuai de Dunkerque, 47000 Agen — www.quaidessons.fr")
    r.italic = True
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Théo Lacombe\nChargé de communication et billetterie (salarié depuis 2022)\n"
              "Parcours financé par le CPF — session de juin 2026\nDossier remis le 27 mai 2026")
    doc.add_page_break()


def sommaire():
    p = doc.add_paragraph()
    r = p.add_run("Sommaire"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = ACCENT
    p.paragraph_format.space_after = Pt(10)
    for level, text, page in SOMMAIRE:
        q = doc.add_paragraph()
        pf = q.paragraph_format
        pf.space_after = Pt(2)
        pf.space_before = Pt(6 if level == 0 else 0)
        pf.left_indent = Cm(0.7 * level)
        pf.tab_stops.add_tab_stop(Cm(16.3), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        r = q.add_run("%s\t%d" % (text, page))
        r.font.size = Pt(10.5)
        if level == 0:
            r.bold = True
    doc.add_page_break()


def presentation():
    H1("Présentation de la structure et de ma mission")
    P("Le Quai des Sons est une association loi 1901 qui gère depuis 2009 la scène de musiques actuelles (SMAC) de l'agglomération "
      "d'Agen, dans un ancien entrepôt de la batellerie au bord de la Garonne. Le lieu compte une grande salle de 650 places debout, "
      "un club de 200 places et trois studios de répétition. L'équipe permanente est de 12 salariés, épaulée par 90 bénévoles. Le budget 2025 s'élève à 1,9 M€ : 52 % de "
      "subventions (Ville, Agglomération, Département, Région et DRAC), 612 k€ de billetterie et 240 k€ de bar.")
    P("En 2025, nous avons organisé 96 concerts et accueilli 38 000 spectateurs. 71 % des billets ont été achetés en ligne, sur le "
      "module de la billetterie « Billetik » intégré au site WordPress. Le site vend aussi la « Carte Quai » (adhésion annuelle à 12 €, "
      "qui donne 4 € de réduction sur chaque concert, 2 140 porteurs en 2025), les t-shirts et sérigraphies de la boutique (18 k€) et "
      "les créneaux des studios à 9 € de l'heure. En juillet, le festival « Quai d'Été » occupe le parvis pendant trois soirs.")
    P("L'équipe que je côtoie au quotidien : Nadège Fabre, directrice ; Sébastien Roumegous, programmateur ; Léa Castaing, "
      "responsable billetterie et accueil ; Yanis, bénévole, qui anime notre compte Instagram. Je suis chargé de communication et "
      "billetterie depuis 2022 : je gère le site, les newsletters, les affiches et le paramétrage de Billetik.")


def bloc1():
    H1("1. Stratégie webmarketing du Quai des Sons")

    H2("1.1 Nos spectateurs : motivations, parcours d'achat et salles comparables")
    RAPPEL("la motivation est ce qui pousse une personne à acheter. La pyramide de Maslow classe les besoins en cinq niveaux, des "
           "besoins physiologiques et de sécurité jusqu'aux besoins d'appartenance, d'estime et d'accomplissement de soi ; un achat de "
           "loisir relève surtout des trois derniers. À l'inverse, les freins retiennent l'acheteur : freins psychologiques (peur de se "
           "tromper, sentiment de ne pas être à sa place, inhibition), freins financiers ou pratiques. L'achat a lieu quand les "
           "motivations l'emportent sur les freins.")
    P("En novembre 2025, avec deux bénévoles, nous avons interrogé 212 personnes au bar sur quatre soirées différentes (un concert "
      "rock, un concert rap, une soirée électro au club et une soirée « scène locale »). La question était : « Qu'est-ce qui vous a "
      "donné envie de venir ce soir ? », avec plusieurs réponses possibles. Les motivations citées :")
    BUL(["sortir entre amis : 61 % ;",
         "découvrir des groupes : 38 % ;",
         "voir une tête d'affiche précise : 34 % ;",
         "l'ambiance du lieu et le bar : 27 % ;",
         "soutenir la scène locale (amis ou famille dans un groupe) : 12 %."])
    P("La sortie entre amis passe avant la musique elle-même : c'est le besoin d'appartenance. La découverte est surtout citée par "
      "les adhérents (52 % d'entre eux).")
    P("**Freins :** à compléter après l'enquête de juin.")

    LEAD("Le parcours d'achat d'un billet")
    RAPPEL("on découpe habituellement le processus d'achat en cinq étapes successives : la naissance du besoin, la recherche "
           "d'informations, la comparaison des différentes solutions, la décision et l'achat lui-même, puis le comportement après "
           "l'achat (satisfaction ou déception, avis, bouche-à-oreille), qui conditionne le réachat.")
    P("Nos spectateurs suivent exactement ces étapes, par exemple ils découvrent un concert sur Instagram puis achètent sur Billetik.")

    LEAD("Les salles comparables")
    TABLE("Tableau 1 — Trois salles comparables du Sud-Ouest (saison 2025-2026)",
          [["Salle", "Ville", "Jauge (grande salle / club)", "Prix moyen d'un billet", "Carte d'adhésion"],
           ["Le Silo", "Mont-de-Marsan (40)", "900 / 250", "19 €", "15 € par an"],
           ["La Fabrik", "Pau (64)", "1 100 / 300", "21 €", "10 € par an"],
           ["Le Dôme de Garonne", "Montauban (82)", "550 / —", "16 €", "8 € par an"]],
          [3.4, 3.4, 3.6, 3.1, 2.9])
    P("Analyse : voir soutenance orale.")

    H2("1.2 Forces, faiblesses, opportunités et menaces")
    RAPPEL("l'analyse SWOT croise un diagnostic interne, les forces et les faiblesses sur lesquelles la structure a la main, et un "
           "diagnostic externe, les opportunités et les menaces qui viennent de l'environnement (marché, concurrence, réglementation, "
           "habitudes de consommation). Elle sert de point de départ à la réflexion stratégique : s'appuyer sur ses forces pour saisir "
           "les opportunités, corriger les faiblesses qui exposent aux menaces.")
    LEAD("Forces")
    BUL(["le label SMAC et le soutien des collectivités, qui garantissent plus de la moitié du budget ;",
         "deux salles de jauges différentes, qui permettent d'accueillir aussi bien une tête d'affiche qu'un groupe en développement ;",
         "71 % de billets vendus en ligne et un fichier de 11 000 contacts inscrits à la newsletter ;",
         "90 bénévoles très impliqués ;",
         "les trois studios de répétition, qui font venir chaque semaine les musiciens du territoire ;",
         "un festival d'été, Quai d'Été, maintenant bien identifié dans le département."])
    LEAD("Faiblesses")
    BUL(["un public rock vieillissant (38 ans d'âge moyen chez les adhérents) ;",
         "peu d'étudiants dans la salle : 14 % des entrées en 2025 ;",
         "un site WordPress lent et un module de billetterie affiché dans un cadre intégré, peu lisible sur mobile ;",
         "presque pas de budget publicitaire ;",
         "un compte Instagram qui repose sur un seul bénévole."])
    LEAD("Opportunités")
    BUL(["les étudiants du campus d'Agen et de l'IUT, de plus en plus nombreux ;",
         "la part individuelle du Pass Culture pour les jeunes de 17 et 18 ans ;",
         "le retour des sorties culturelles depuis 2023 ;",
         "la fréquentation touristique de l'été sur les quais, avec la voie verte du canal."])
    LEAD("Menaces")
    BUL(["la hausse des cachets des têtes d'affiche et des frais techniques ;",
         "la concurrence des grandes salles de Bordeaux et de Toulouse, à une heure de route ;",
         "une possible baisse des subventions en 2026 ;",
         "la multiplication des festivals gratuits l'été dans le Lot-et-Garonne."])

    H2("1.3 Objectifs, publics et leviers")
    RAPPEL("on retient généralement six grands leviers du marketing digital. Le référencement naturel (SEO) améliore la position du "
           "site dans les résultats non payants des moteurs de recherche ; le référencement payant (SEA) achète des annonces sur des "
           "mots-clés ; l'e-publicité diffuse des bannières ou des vidéos sur d'autres sites ; l'affiliation rémunère des sites "
           "partenaires à la commission ; l'emailing envoie des messages à une base de contacts ; les réseaux sociaux servent à la fois "
           "à publier et à acheter de la publicité ciblée.")
    P("Pour la saison 2026-2027, nos objectifs sont les suivants :")
    BUL(["remplir la salle, en particulier les concerts de découverte en semaine ;",
         "avoir plus d'adhérents ;",
         "rajeunir le public."])
    P("Nous avons défini quatre publics, à partir des données Billetik 2025 (code postal, âge déclaré à la création du compte, tarif "
      "acheté) et du registre des studios. Le tableau 2 donne leur taille et la priorité que nous leur accordons.")
    TABLE("Tableau 2 — Les publics visés et leur priorité",
          [["Public", "Qui ?", "Taille estimée", "Ce qu'ils viennent chercher", "Priorité"],
           ["Étudiants 18-25 ans", "Campus d'Agen, IUT, IFSI, BTS, lycéens majeurs", "≈ 4 800 étudiants dans l'agglomération ; 5 300 entrées en 2025 (14 %)", "Rap, électro, soirées au club, prix bas", "1"],
           ["« Fidèles rock » 30-45 ans", "Actifs de l'agglomération, souvent adhérents", "15 600 entrées en 2025 (41 %) ; 1 300 des 2 140 Cartes Quai", "Têtes d'affiche rock, metal, chanson", "2"],
           ["Musiciens locaux", "Groupes qui répètent dans nos studios", "74 groupes, ≈ 260 musiciens, 3 900 h de studio en 2025", "Répéter, jouer en première partie, être accompagnés", "2"],
           ["Familles", "Parents et enfants de 5 à 11 ans, matinées du dimanche", "6 matinées par saison, 1 150 spectateurs en 2025", "Concerts jeune public à 6 €", "3"]],
          [3.0, 3.4, 4.2, 3.6, 1.6])
    P("Les étudiants passent en priorité 1 : ils vivent à dix minutes à vélo de la salle et feront le public de demain. Les fidèles "
      "rock font vivre la grande salle ; il s'agit de les garder, d'où la priorité 2. Les musiciens locaux sont aussi en priorité 2 : "
      "les accompagner fait partie de notre mission, ils jouent en première partie et font venir leurs amis. Les familles restent en "
      "priorité 3 : les matinées sont presque toujours complètes avec une simple annonce dans la newsletter.")
    P("Parmi ces leviers, nous privilégierons les réseaux sociaux et l'emailing, que nous maîtrisons déjà.")

    H2("1.4 Le calendrier de la saison")
    RAPPEL("le calendrier marketing tient compte de la saisonnalité de la demande, des temps forts de l'activité et des délais de "
           "préparation de chaque action. On distingue le calendrier stratégique, qui fixe les grandes périodes de l'année, et le "
           "planning opérationnel, qui précise qui fait quoi, quand et en combien de temps.")
    P("Notre année suit le rythme d'une saison culturelle, avec deux annonces de programmation, un festival et une fermeture.")
    TABLE("Tableau 3 — Les périodes de l'année et leurs raisons",
          [["Période", "Ce qui se passe", "Pourquoi à ce moment-là"],
           ["Septembre à décembre", "Première partie de saison (≈ 50 concerts)", "Rentrée des étudiants, reprise des sorties, renouvellement des adhésions."],
           ["Mi-juin", "Annonce de la programmation de septembre à décembre", "Les fidèles achètent avant de partir en vacances : 22 % des billets de l'automne 2025 étaient vendus avant le 14 juillet."],
           ["Début décembre", "Annonce de la programmation de janvier à juin", "Les billets s'offrent à Noël : semaine du 15 décembre 2025, +35 % de ventes par rapport à une semaine normale."],
           ["Janvier à juin", "Seconde partie de saison, tremplin « Quai Libre » en avril, matinées familles", "Matinées le dimanche hors vacances scolaires, quand les familles sont à Agen."],
           ["Juillet", "Festival Quai d'Été, trois soirs sur le parvis", "Le public local est encore là et les touristes passent par les quais et le canal."],
           ["Août", "Fermeture", "Congés de l'équipe, maintenance des salles, étudiants partis, festivals gratuits partout."]],
          [3.0, 5.4, 7.5])
    P("Pour le détail des actions, voir le planning de saison en annexe 1.")

    H2("1.5 Les alliances possibles")
    RAPPEL("le co-branding associe deux marques dans une offre ou une opération commune, afin que chacune profite de l'image et de la "
           "clientèle de l'autre. Il peut prendre la forme d'un produit commun, d'une offre croisée, d'un événement partagé ou d'un "
           "parrainage. Un partenariat durable suppose des valeurs compatibles et un bénéfice pour les deux parties.")
    P("Nadège souhaite trouver un ou deux partenaires privés d'ici la prochaine saison. "
      "Pistes : une brasserie artisanale d'Agen, la radio, une enseigne culturelle ?")

    H2("1.6 Avant / après : l'opération « 2 places pour 1 »")
    RAPPEL("pour mesurer l'effet d'une action promotionnelle, on compare un indicateur avant et après l'action, ou avec la même période "
           "de l'année précédente, en écartant autant que possible les autres facteurs. L'analyse doit permettre à la direction de "
           "décider de reconduire, de modifier ou d'arrêter l'action.")
    P("En février 2026, période traditionnellement creuse, nous avons lancé l'opération « 2 places pour 1 » sur les sept concerts du "
      "club programmés du mardi au jeudi : avec le code DUOQUAI, créé dans Billetik, la deuxième place était gratuite. L'offre a été "
      "annoncée par la newsletter du 2 février, trois posts Instagram et Radio Garonne Libre.")
    P("Résultat : 412 billets vendus avec le code, soit 206 commandes. Pour comparer avec février 2025, je n'ai pas les chiffres de "
      "2025 : l'ancienne version de Billetik n'exportait pas les ventes par concert et les tableaux de l'époque n'ont pas été gardés. "
      "Sébastien a trouvé le club bien plus rempli que d'habitude en février.")

    H2("1.7 Le budget de communication")
    RAPPEL("un budget webmarketing prévoit, pour chaque levier, les dépenses (achat d'espace, outils, prestataires, temps passé) et les "
           "recettes attendues. Le retour sur investissement se calcule en rapportant le gain obtenu au montant investi, soit (recettes "
           "générées − coût) / coût. Le suivi de l'écart entre le prévu et le réalisé permet d'ajuster les actions en cours d'année.")
    P("Voici les dépenses de communication de l'année 2025, relevées avec la comptable dans le grand livre :")
    TABLE("Tableau 4 — Dépenses de communication 2025",
          [["Poste", "Montant 2025", "Détail"],
           ["Impression", "14 000 €", "Affiches 40 × 60, flyers, programmes de saison (2 × 8 000 exemplaires)"],
           ["Publicité Meta (Facebook et Instagram)", "3 200 €", "Posts sponsorisés sur les concerts les moins vendus"],
           ["Commissions Billetik", "9 800 €", "Frais fixes par billet vendu en ligne"],
           ["Total", "27 000 €", ""]],
          [5.0, 2.8, 8.1])
    P("Nous n'avons pas de budget prévisionnel par support : l'enveloppe est votée globalement en conseil d'administration. Quant au "
      "retour sur investissement, le ROI n'a pas vraiment de sens pour une association subventionnée : un concert de découverte devant "
      "80 personnes perd de l'argent, mais il fait partie de nos missions de SMAC.")


def bloc2():
    H1("2. Communication et billetterie en ligne")

    H2("2.1 La campagne « Rentrée des adhérents »")
    RAPPEL("une campagne de promotion s'organise autour de trois éléments : des objectifs mesurables, une cible précise et des "
           "vecteurs de communication, c'est-à-dire les médias et supports capables de toucher cette cible. Le message et le calendrier "
           "en découlent. On distingue les objectifs cognitifs (faire connaître), affectifs (faire aimer) et conatifs (faire agir).")
    P("Chaque année, la campagne « Rentrée des adhérents » relance la Carte Quai. En 2025, elle s'est déroulée du 1er septembre au "
      "31 octobre, avec un objectif fixé par Nadège : vendre 1 000 Cartes Quai avant le 31 octobre. Le message principal était "
      "« 12 € l'année, 4 € de moins à chaque concert ». Les vecteurs utilisés :")
    TABLE("Tableau 5 — Les vecteurs de la campagne « Rentrée des adhérents » 2025",
          [["Vecteur", "Audience ou diffusion", "Ce que nous avons publié", "Dates"],
           ["Instagram", "8 400 abonnés", "6 posts, stories chaque semaine, un réel tourné pendant les balances", "1er sept. – 31 oct."],
           ["Facebook", "12 600 abonnés de la page", "4 posts et 2 publications sponsorisées (450 €)", "1er sept. – 31 oct."],
           ["Newsletter", "11 000 contacts", "3 envois : 2 septembre, 25 septembre, 22 octobre", "Septembre – octobre"],
           ["Affiches et flyers", "300 affiches A3, 3 000 flyers", "Commerces du centre-ville, bars, campus, médiathèque", "Semaine du 1er sept."],
           ["Radio Garonne Libre", "Radio associative locale", "12 spots de 30 secondes et une interview de Sébastien", "Septembre"]],
          [3.2, 3.4, 6.2, 3.1])
    P("Au 31 octobre, 912 cartes avaient été vendues, dont 780 en ligne.")

    H2("2.2 Les relais de la campagne")
    RAPPEL("les relais (journalistes, blogueurs, influenceurs, associations, réseaux locaux) diffusent un message auprès de leur propre "
           "audience et lui apportent leur crédibilité. On distingue les relais de presse, les relais numériques et les prescripteurs de "
           "proximité. Leur efficacité se suit grâce à des codes promotionnels, des liens tracés ou une question posée au moment de l'achat.")
    P("Pour la rentrée, nos relais ont été :")
    BUL(["**Radio Garonne Libre**, radio associative : spots offerts et interview de Sébastien dans la matinale ;",
         "**Le Petit Agenais**, hebdomadaire : la programmation dans l'agenda et un article de rentrée d'une demi-page ;",
         "**le BDE de l'IUT d'Agen** : un post sur son compte Instagram et des flyers au foyer ;",
         "deux blogs musicaux, **« Garonne Sonique »** et **« Les Décibels d'Oc »**, qui ont publié la programmation d'automne."])
    P("Ce sont nos relais habituels. On n'a pas de suivi des résultats : aucun code ni lien spécifique n'avait été prévu.")

    H2("2.3 Le chat en ligne")
    RAPPEL("le « click to chat » est un bouton placé sur un site marchand qui ouvre une conversation écrite instantanée avec un "
           "conseiller. Il sert à lever une hésitation au moment de l'achat, à rassurer et à augmenter le taux de transformation. Les "
           "outils fournissent des statistiques : nombre de conversations, délai de réponse, part des conversations suivies d'un achat.")
    P("Le chat n'est pas encore en place sur le site, nous répondons sur Messenger. Léa et moi suivons les messages de la page "
      "Facebook depuis Meta Business Suite, en semaine. Voici un échange du 12 mars 2026 :")
    CHAT([("Internaute", "Bonjour, mon frère est en fauteuil roulant, est-ce qu'il peut venir au concert du 28 mars dans la grande salle ?"),
          ("Le Quai des Sons", "Bonjour ! Oui bien sûr, la grande salle a une plateforme surélevée réservée aux personnes à mobilité réduite, avec une place gratuite pour l'accompagnateur."),
          ("Internaute", "Super. Il faut réserver quelque chose ?"),
          ("Le Quai des Sons", "Le mieux est d'appeler Léa à l'accueil au 05 53 47 XX XX pour qu'elle note votre venue, l'entrée se fait par la porte latérale côté quai."),
          ("Internaute", "Merci beaucoup, je vais en parler avec lui.")])

    H2("2.4 Notre communauté sur les réseaux")
    RAPPEL("le community management consiste à créer, animer et fédérer une communauté autour d'une marque sur les réseaux sociaux, "
           "les blogs et les plateformes de partage. Il repose sur une ligne éditoriale, un rythme de publication, l'interaction avec "
           "les abonnés (réponses, partages, jeux) et le suivi d'indicateurs de notoriété comme les abonnés, la portée et l'engagement.")
    P("Notre compte Instagram compte 8 400 abonnés, en forte hausse. Yanis, bénévole, y publie environ quatre fois par semaine "
      "(visuels, photos de soirées, stories les soirs de concert). La page Facebook (12 600 abonnés) reprend les annonces.")
    P("La saison prochaine, nous ferons des lives pendant les balances, nous lancerons un jeu-concours par mois et nous "
      "repartagerons les stories des spectateurs qui nous identifient.")

    H2("2.5 La mise en avant des concerts")
    RAPPEL("le merchandising digital regroupe les techniques qui mettent en valeur une offre sur un site marchand : carrousel en page "
           "d'accueil, produits « coup de cœur », ventes croisées, bandeaux, badges « dernières places », ordre d'affichage des listes. "
           "Il s'appuie sur les fonctions du logiciel de vente et sur la connaissance des zones les plus vues du site.")
    P("Billetik permet de mettre en avant des événements, nous l'utiliserons pour le festival. Je prévois de regarder la fonction avec "
      "Léa au moment de la mise en vente de Quai d'Été.")

    H2("2.6 Le paiement en ligne")
    RAPPEL("un site marchand doit proposer au moins un moyen de paiement sécurisé. Les plus courants sont la carte bancaire, traitée par "
           "un prestataire de services de paiement, les portefeuilles électroniques (Apple Pay, Google Pay, PayPal) et le virement. La "
           "sécurité repose sur le chiffrement des échanges et l'authentification forte du porteur.")
    P("Le paiement se fait dans le module Billetik, intégré au site WordPress : le spectateur choisit son concert sur quaidessons.fr, "
      "le panier et le paiement s'affichent dans la page sans la quitter. Trois moyens de paiement sont installés :")
    BUL(["**la carte bancaire** (CB, Visa, Mastercard), traitée par Stripe, le prestataire de paiement de Billetik ; c'est le moyen "
         "utilisé pour les billets, les Cartes Quai, la boutique et la réservation des studios ;",
         "**Apple Pay**, activé en septembre 2024 dans l'interface Billetik ;",
         "**le Pass Culture** : nos concerts sont publiés sur la plateforme Pass Culture, synchronisée avec Billetik, et les jeunes de "
         "17 et 18 ans réservent avec leur crédit. 1 180 billets ont été réservés de cette façon en 2025."])
    P("Pour vérifier le parcours, j'ai testé sur mon téléphone, ça marche.")

    H2("2.7 Paiement en plusieurs fois et financement")
    RAPPEL("les solutions de financement (paiement en trois ou quatre fois, crédit à la consommation, location avec option d'achat) "
           "sont proposées par des organismes spécialisés partenaires du site. Elles réduisent le frein du prix sur les paniers élevés et "
           "font monter le panier moyen ; en échange, le commerçant paie une commission sur chaque transaction.")
    P("Nous ne proposons pas de paiement en plusieurs fois : ce n'est pas pertinent pour des billets à 18 €.")

    H2("2.8 La fidélisation : la Carte Quai")
    RAPPEL("fidéliser, c'est faire revenir un client et, si possible, en faire un ambassadeur. Les dispositifs les plus utilisés sont "
           "la carte à points, la carte de membre payante, l'abonnement, le parrainage, les avantages réservés et la communication "
           "personnalisée (newsletter, offre d'anniversaire).")
    P("En décembre 2025, le conseil d'administration s'est demandé s'il fallait garder la Carte Quai ou la remplacer. J'ai comparé "
      "trois dispositifs :")
    TABLE("Tableau 6 — Trois dispositifs de fidélisation comparés",
          [["Dispositif", "Principe", "Pour le spectateur", "Pour l'association", "Adapté à nos publics ?"],
           ["Carte Quai (actuelle)", "Adhésion annuelle à 12 €, 4 € de réduction sur chaque concert, −10 % aux studios et à la boutique", "Rentable dès le 3e concert ; tarif adhérent appliqué automatiquement dans Billetik", "25 680 € d'adhésions en 2025 ; adhérent = membre de l'association, qui vote en AG", "Oui : rien à prévoir à l'avance"],
           ["Carte à points", "1 point par billet, une place offerte au 10e point", "Récompense lointaine pour qui vient 2 ou 3 fois par an", "Billetik ne gère pas les points : développement estimé à 4 500 €", "Peu : la récompense arrive trop tard"],
           ["Abonnement de saison", "5 concerts au choix pour 75 €, à choisir en début de saison", "Économique pour qui sait ce qu'il veut voir", "Trésorerie en début de saison", "Non : nos publics décident au dernier moment"]],
          [2.8, 3.7, 3.4, 3.4, 2.6])
    P("Le choix s'est fait à partir du comportement de nos spectateurs, relevé dans Billetik. Leur fréquentation est irrégulière : "
      "en 2025, 68 % des acheteurs sont venus une ou deux fois seulement, et 52 % des billets sont achetés dans les dix jours qui "
      "précèdent le concert. Un abonnement qui oblige à choisir cinq dates en septembre ne correspond pas à ce public qui se décide "
      "tard (essai de 2019 : 94 abonnements vendus). La carte à points récompenserait surtout les habitués, déjà adhérents, et "
      "coûterait un développement hors budget.")
    P("Nous avons donc gardé la Carte Quai. Rentable dès le troisième concert, elle parle aux fidèles rock (3,4 concerts par an en "
      "moyenne) sans engager les spectateurs irréguliers. Elle colle aussi à notre statut associatif : l'adhérent soutient un projet "
      "et vote à l'assemblée générale. Enfin, 93 % des porteurs acceptent la newsletter. Pour la rentrée 2026, le conseil "
      "d'administration a validé une Carte Quai étudiante à 6 €.")


def annexe():
    H1("Annexe 1 — Planning de saison", page_break=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    setup()
    cover()
    sommaire()
    presentation()
    bloc1()
    bloc2()
    annexe()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Dossier blocs 1 et 2 — Le Quai des Sons"
    cp.subject = "Titre Chef de projet e-commerce — session juin 2026"
    cp.created = datetime.datetime(2026, 3, 2, 19, 0, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 14
    doc.save(FILE)
    repack(FILE)
    print("ok", FILE)


if __name__ == "__main__":
    main()
