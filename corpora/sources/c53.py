# Générateur du dossier de Inès Vidal - Équilibre Formation
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, KeepTogether)
from reportlab.platypus.tableofcontents import TableOfContents
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

OUT = "/work/main/corpora/c53-naturo-equilibre"
os.makedirs(OUT, exist_ok=True)
PATH = os.path.join(OUT, "dossier-equilibre.pdf")

VERT = colors.HexColor("#4F7A5A")
body = ParagraphStyle("body", fontName="DV", fontSize=10, leading=14, spaceAfter=6, alignment=4)
small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, alignment=0)
cap = ParagraphStyle("cap", parent=body, fontName="DVI", fontSize=8.5, textColor=colors.grey, alignment=1)
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, textColor=VERT, spaceBefore=10, spaceAfter=8, keepWithNext=1)
h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, textColor=colors.HexColor("#333333"), spaceBefore=8, spaceAfter=4, keepWithNext=1)
bul = ParagraphStyle("bul", parent=body, leftIndent=14, bulletIndent=4, alignment=0)
title = ParagraphStyle("title", fontName="DVB", fontSize=24, leading=30, textColor=VERT, alignment=1)
sub = ParagraphStyle("sub", fontName="DV", fontSize=13, leading=18, alignment=1)
toc_title = ParagraphStyle("toct", parent=h1)


class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                         topMargin=2.2 * cm, bottomMargin=2 * cm, invariant=1,
                         title="Dossier professionnel - Équilibre Formation", author="Inès Vidal", **kw)
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate("p", [fr], onPage=self.deco)])

    def deco(self, canv, doc):
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont("DV", 8)
        canv.setFillColor(colors.grey)
        canv.drawString(2.2 * cm, 1.2 * cm, "Inès Vidal – Dossier professionnel – Chef de projet e-commerce – Session 2026")
        canv.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "Page %d" % doc.page)
        canv.drawString(2.2 * cm, A4[1] - 1.3 * cm, "Équilibre Formation – Montpellier")
        canv.restoreState()

    def afterFlowable(self, fl):
        if isinstance(fl, Paragraph):
            s = fl.style.name
            if s == "h1":
                self.notify("TOCEntry", (0, fl.getPlainText(), self.page))
            elif s == "h2":
                self.notify("TOCEntry", (1, fl.getPlainText(), self.page))


def P(t, st=body):
    return Paragraph(t, st)


def B(items):
    return [Paragraph(i, bul, bulletText="•") for i in items]


def T(data, widths, head=True, fs=8.5):
    stf = ParagraphStyle("tf%s" % fs, parent=small, fontSize=fs, leading=fs + 2.5)
    rows = [[Paragraph(str(c), stf) for c in r] for r in data]
    t = Table(rows, colWidths=widths, repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE8DF")))
    t.setStyle(TableStyle(st))
    return t


story = []
# ---------------- Couverture
story += [Spacer(1, 4 * cm),
          P("Dossier professionnel", title), Spacer(1, 0.5 * cm),
          P("Titre RNCP Chef de projet e-commerce", sub),
          P("Blocs 1 et 4 : stratégie webmarketing et production de contenus", sub),
          Spacer(1, 2 * cm),
          P("<b>Équilibre Formation</b><br/>Organisme de formation en ligne en naturopathie<br/>"
            "12 rue de l'Aiguillerie – 34000 Montpellier", sub),
          Spacer(1, 3 * cm),
          P("Inès Vidal<br/>Alternante chargée de marketing digital<br/>Tutrice : Sophie Marchetti, fondatrice", sub),
          Spacer(1, 1 * cm), P("Version du 14 novembre 2026", sub),
          PageBreak()]

toc = TableOfContents()
toc.levelStyles = [ParagraphStyle("t0", fontName="DVB", fontSize=10, leading=14, leftIndent=0),
                   ParagraphStyle("t1", fontName="DV", fontSize=9.5, leading=12.5, leftIndent=16)]
story += [P("Sommaire", toc_title), toc, PageBreak()]

# ---------------- Présentation
story += [P("Présentation de l'entreprise", h1),
          P("Équilibre Formation a été créée en 2017 à Montpellier par Sophie Marchetti, naturopathe "
            "certifiée FENA, après dix ans de pratique en cabinet. L'organisme est certifié Qualiopi depuis "
            "2021 et propose uniquement des formations à distance, sur une plateforme LearnDash intégrée à "
            "un site WordPress / WooCommerce. L'équipe compte 5 salariés (dont moi en alternance) et 9 "
            "formateurs indépendants (naturopathes, une pharmacienne, une diététicienne)."),
          P("Le catalogue comporte trois familles de produits : le <b>Cursus Praticien Naturopathe</b> "
            "(24 mois, 1 200 heures, 4 900 €), des <b>modules courts</b> (Aromathérapie familiale 390 €, "
            "Fleurs de Bach 290 €, Nutrition et micronutrition 560 €) et un <b>abonnement « Cercle "
            "Équilibre »</b> à 19 €/mois (masterclasses mensuelles et communauté privée). En 2025, le "
            "chiffre d'affaires a atteint 612 000 €, dont 71 % réalisés par le cursus long. Depuis sa "
            "création, l'école a accueilli 1 840 apprenants. Le site reçoit en moyenne 38 000 sessions "
            "par mois (GA4, moyenne janvier–septembre 2026)."),
          ]

# ---------------- Partie 1
story += [P("1. Veille et analyse du marché", h1),
          P("1.1 Motivations et freins de notre cible principale", h2),
          P("Pour mieux connaître nos futurs apprenants, j'ai diffusé en mars 2026 un questionnaire Typeform "
            "à notre liste de prospects Brevo (6 480 contacts) et aux abonnés Instagram. Nous avons obtenu "
            "212 réponses exploitables. Le segment le plus représenté (58 % des répondants) est celui des "
            "<b>femmes de 35 à 50 ans en reconversion professionnelle</b>, souvent salariées du tertiaire, "
            "du soin ou de l'enseignement, avec un projet d'installation en cabinet à 2–3 ans."),
          T([["Motivations exprimées", "% rép.", "Freins exprimés", "% rép."],
             ["Donner du sens à son travail, « aider les autres »", "74 %", "Prix du cursus (4 900 €) jugé élevé sans financement", "61 %"],
             ["Pouvoir se former le soir, sans quitter son emploi", "66 %", "Peur de ne pas réussir à vivre du métier", "48 %"],
             ["Prendre soin de sa propre santé et de sa famille", "52 %", "Doutes sur la reconnaissance du diplôme (titre non RNCP)", "44 %"],
             ["Travailler en indépendante à terme", "41 %", "Crainte de l'isolement en formation 100 % en ligne", "37 %"],
             ["Recommandation par une amie ou un praticien", "23 %", "Manque de temps (enfants, emploi)", "33 %"]],
            [5.2 * cm, 1.4 * cm, 6.6 * cm, 1.4 * cm]),
          Spacer(1, 6),
          P("Les deux freins principaux sont donc financiers et liés à la légitimité du diplôme. La "
            "possibilité de payer en 10 fois avec Alma (mise en place en 2025) et la présentation de nos "
            "anciennes élèves installées répondent en partie à ces freins."),
          P("1.2 Le processus d'achat", h2),
          P("Le processus de décision d'achat du consommateur se décompose classiquement en cinq étapes :"),
          ] + B([
              "<b>La reconnaissance du besoin</b> : le consommateur prend conscience d'un écart entre sa situation actuelle et une situation désirée. Ce besoin peut être déclenché par un stimulus interne ou externe.",
              "<b>La recherche d'information</b> : le consommateur recherche des informations sur les produits susceptibles de satisfaire son besoin, auprès de sources personnelles, commerciales, publiques ou expérientielles.",
              "<b>L'évaluation des alternatives</b> : le consommateur compare les différentes offres selon des critères qui lui sont propres (prix, qualité, marque…).",
              "<b>La décision d'achat</b> : le consommateur choisit le produit et le point de vente. Des facteurs situationnels peuvent encore modifier sa décision.",
              "<b>Le comportement post-achat</b> : le consommateur évalue sa satisfaction ou son insatisfaction, ce qui influencera ses achats futurs et le bouche-à-oreille."]) + [
          P("Ces étapes s'appliquent à tout type d'achat, qu'il soit impliquant ou non."),
          P("1.3 Benchmark concurrentiel", h2),
          P("J'ai comparé Équilibre Formation à quatre écoles qui ressortent sur la requête « formation "
            "naturopathie en ligne » (relevé Semrush et visite des sites, septembre 2026)."),
          T([["Critère", "Équilibre Formation", "NaturoCampus", "Institut Natura Sud", "École Herbalia", "Académie Vitalia"],
             ["Siège", "Montpellier", "Lyon", "Aix-en-Provence", "Nantes", "Paris"],
             ["Format", "100 % en ligne", "En ligne + 3 stages", "Présentiel + distanciel", "100 % en ligne", "100 % en ligne"],
             ["Durée cursus", "24 mois / 1 200 h", "36 mois / 1 600 h", "30 mois / 1 400 h", "18 mois / 900 h", "12 mois / 600 h"],
             ["Prix cursus", "4 900 €", "6 800 €", "7 450 €", "3 990 €", "2 490 €"],
             ["Paiement échelonné", "10x Alma", "12x (interne)", "Non", "3x Stripe", "4x PayPal"],
             ["Agrément FENA / OMNES", "FENA", "FENA + OMNES", "OMNES", "Non", "Non"],
             ["Note Google (nb avis)", "4,8 (312)", "4,6 (540)", "4,7 (208)", "4,3 (96)", "3,9 (151)"],
             ["Trafic organique estimé / mois", "21 400", "46 900", "12 300", "18 700", "31 200"],
             ["Points forts", "Suivi individuel, communauté", "Notoriété, stages", "Ancienneté (1994)", "Prix", "Prix, publicité Meta massive"]],
            [2.9 * cm, 2.5 * cm, 2.4 * cm, 2.4 * cm, 2.3 * cm, 2.3 * cm], fs=7.5),
          Spacer(1, 6),
          P("Nous sommes positionnés en milieu de gamme : moins chers que NaturoCampus et Natura Sud, "
            "agréés FENA contrairement aux écoles « low cost ». Notre trafic organique reste deux fois "
            "plus faible que celui de NaturoCampus, qui publie trois articles de blog par semaine."),
          ]

story += [P("2. Diagnostic SWOT", h1),
          ]
sw = Table([[P("<b>Forces</b>", small), P("<b>Faiblesses</b>", small)],
            [P("", small), P("", small)],
            [P("<b>Opportunités</b>", small), P("<b>Menaces</b>", small)],
            [P("", small), P("", small)]],
           colWidths=[8.2 * cm, 8.2 * cm], rowHeights=[None, 3.2 * cm, None, 3.2 * cm])
sw.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888")),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE8DF")),
                        ("BACKGROUND", (0, 2), (-1, 2), colors.HexColor("#DDE8DF")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [KeepTogether([P("Le tableau ci-dessous synthétise le diagnostic interne et externe d'Équilibre Formation."), sw, Spacer(1, 4), P("Tableau 2 : matrice SWOT – à compléter après la réunion avec Sophie.", cap)])]

story += [P("3. Stratégie webmarketing", h1),
          P("3.1 Objectifs", h2),
          P("L'objectif de notre stratégie est de développer la notoriété d'Équilibre Formation et "
            "d'augmenter nos ventes en ligne."),
          P("3.2 Cibles", h2),
          P("Nous nous adressons à toutes les personnes qui s'intéressent à la naturopathie et aux "
            "médecines douces."),
          P("3.3 Les leviers webmarketing", h2),
          P("Les principaux leviers du webmarketing sont les suivants :"),
          ] + B([
              "<b>Le référencement naturel (SEO)</b> : ensemble des techniques visant à améliorer le positionnement d'un site dans les résultats non payants des moteurs de recherche, grâce à l'optimisation technique, au contenu et à la popularité.",
              "<b>Le référencement payant (SEA)</b> : achat de mots-clés auprès des moteurs de recherche afin d'afficher des annonces au-dessus des résultats naturels, avec une facturation au clic (CPC).",
              "<b>La publicité display (e-publicité)</b> : diffusion de bannières graphiques ou vidéo sur des sites tiers, achetées au CPM ou en programmatique.",
              "<b>L'affiliation</b> : un annonceur rémunère des sites partenaires (affiliés) à la performance, au clic, au lead ou à la vente.",
              "<b>L'emailing</b> : envoi de messages commerciaux ou informatifs à une base de contacts ayant donné leur consentement.",
              "<b>Les réseaux sociaux</b> : présence et animation de communautés sur Facebook, Instagram, LinkedIn, TikTok, etc.",
          ]) + [
          P("Chacun de ces leviers sera mobilisé en fonction des moyens disponibles."),
          ]

story += [P("4. Planning stratégique 2026–2027", h1),
          P("Le calendrier suit la saisonnalité de notre activité, que nous connaissons bien grâce aux "
            "inscriptions des trois dernières années : 38 % des inscriptions au cursus long ont lieu entre "
            "fin août et mi-octobre (rentrée, bilans de vacances, projets de reconversion), 27 % en janvier–"
            "février (bonnes résolutions, ouverture des droits CPF et des budgets de transition "
            "professionnelle), et l'activité est très faible de juin à mi-août. Les modules courts "
            "(aromathérapie, Fleurs de Bach) se vendent surtout avant l'hiver et en cadeau à Noël."),
          T([["Période", "Action", "Argument / lien avec l'activité", "Charge estimée", "Responsable"],
             ["1er–30 sept. 2026", "Campagne « Rentrée reconversion » : 3 emails Brevo + webinaire d'information le 17/09",
              "Pic de recherches « reconversion naturopathe » en septembre (Google Trends)", "4 j (rédaction, montage webinaire)", "Inès"],
             ["Oct.–nov. 2026", "Publication de 2 articles SEO / mois sur le blog",
              "Préparer le trafic organique pour le pic de janvier (délai d'indexation 6–8 semaines)", "1,5 j par article", "Inès + formatrice"],
             ["20 nov.–24 déc. 2026", "Offre « Coffret aromathérapie » (module + kit 6 huiles)",
              "Achats cadeaux de fin d'année ; module court = porte d'entrée vers le cursus", "3 j (fiche produit, visuels, emails)", "Inès / Léa (logistique kits)"],
             ["5 janv.–15 févr. 2027", "Campagne Google Ads + Meta « Nouvelle année, nouveau métier »",
              "2e pic d'inscriptions ; rentrée de la promotion de mars", "2 j de paramétrage + suivi hebdo 2 h", "Inès"],
             ["Mars 2027", "Portes ouvertes virtuelles + témoignages vidéo d'anciennes élèves",
              "Lever le frein « légitimité du diplôme » avant la clôture des inscriptions du 31/03", "5 j (tournage externe compris)", "Sophie / Inès"],
             ["Juin–août 2027", "Pas de campagne payante ; mise à jour des fiches et du tunnel",
              "Période creuse, budget économisé pour la rentrée", "–", "Inès"]],
            [2.4 * cm, 4.3 * cm, 4.6 * cm, 2.8 * cm, 2.1 * cm], fs=8),
          Spacer(1, 4), P("Tableau 3 : planning stratégique (format du modèle Notion de l'équipe)", cap),
          ]

story += [P("5. Partenariats stratégiques", h1),
          P("À compléter."),
          P("Pistes évoquées en réunion : magasins bio, fabricants d'huiles essentielles, salons bien-être ?", small),
          ]

story += [P("6. Mesure de la performance", h1),
          P("6.1 Analyse avant / après d'une action promotionnelle", h2),
          P("Nous n'avons pas encore réalisé d'action promotionnelle suffisamment isolée pour en mesurer "
            "l'impact. La campagne de rentrée sera analysée lorsque les chiffres d'octobre seront "
            "consolidés ; les résultats seront présentés à la direction lors du comité de fin d'année."),
          P("6.2 Indicateurs suivis", h2),
          P("Nous suivrons principalement le taux de conversion du site, le coût par lead et le nombre "
            "d'inscriptions au cursus."),
          ]

story += [P("7. Budget prévisionnel", h1),
          P("7.1 Postes de dépenses par levier", h2),
          T([["Levier", "Postes de dépense", "Montant annuel"],
             ["SEO", "Abonnement Semrush, rédaction d'articles", "à chiffrer"],
             ["SEA", "Google Ads", "à chiffrer"],
             ["Réseaux sociaux", "Publicité Meta, Canva Pro", "à chiffrer"],
             ["Emailing", "Brevo (plan Business)", "à chiffrer"],
             ["Affiliation", "–", "–"],
             ["Total", "", ""]],
            [3.5 * cm, 8.5 * cm, 4.5 * cm]),
          Spacer(1, 6),
          P("Les recettes attendues n'ont pas encore été estimées par levier."),
          P("7.2 Retour sur investissement", h2),
          P("Le ROI de chaque levier sera calculé à l'issue de la campagne de janvier 2027, à partir des "
            "données GA4 et des ventes WooCommerce."),
          P("7.3 Gestion des écarts", h2),
          P("En cas d'écart entre le budget prévu et le budget réel, des ajustements seront proposés."),
          ]

# ---------------- Partie 2 : contenus
story += [PageBreak(), P("8. Production de contenus", h1),
          P("8.1 Choix des prestataires multimédia", h2),
          P("Nous ferons probablement appel à un vidéaste local pour les témoignages."),
          P("8.2 Méthodologie de rédaction d'un article de blog", h2),
          P("La rédaction web est une technique d'écriture adaptée à la lecture sur écran et aux exigences "
            "des moteurs de recherche. Un bon article web doit répondre à l'intention de recherche de "
            "l'internaute, être structuré avec des titres hiérarchisés (H1, H2, H3), contenir des "
            "paragraphes courts et aérés, et intégrer naturellement les mots-clés principaux et "
            "secondaires. Il est recommandé de soigner la balise title (moins de 60 caractères) et la "
            "meta description (environ 155 caractères), d'ajouter des liens internes et des images "
            "optimisées avec un attribut alt. La règle des 5W (Qui ? Quoi ? Où ? Quand ? Pourquoi ?) et la "
            "pyramide inversée permettent de donner l'essentiel de l'information dès le début du texte."),
          P("8.3 Création d'une fiche produit : le module « Aromathérapie familiale »", h2),
          P("La fiche du module Aromathérapie familiale (390 €) était la moins performante du catalogue : "
            "1,2 % de taux d'ajout au panier en 2025, contre 3,4 % pour Fleurs de Bach. Je l'ai entièrement "
            "réécrite en août 2026 dans WooCommerce, en partant de l'analyse Semrush des requêtes de nos "
            "prospects et des questions reçues par email (Zendesk, 46 tickets sur ce module en un an)."),
          P("<b>Mots-clés retenus et emplacement dans la fiche</b>", body),
          T([["Mot-clé", "Volume mensuel (FR)", "Emplacement"],
             ["formation aromathérapie en ligne", "1 300", "Title, H1, 1re phrase de l'introduction, URL /formation-aromatherapie-en-ligne/"],
             ["formation aromathérapie certifiante", "480", "H2 « Une formation certifiante reconnue », meta description"],
             ["huiles essentielles usage familial", "720", "H2 du programme, alt de la photo du kit"],
             ["apprendre l'aromathérapie", "390", "FAQ (question 1), lien interne depuis l'article de blog"],
             ["aromathérapie enfants précautions", "260", "Module 4 du programme, encadré sécurité"]],
            [5.3 * cm, 3 * cm, 8.1 * cm]),
          Spacer(1, 6),
          P("<b>Structure de la fiche et éléments d'aide à la décision</b> :"),
          ] + B([
              "Bloc d'en-tête : titre, prix (390 € ou 4 × 97,50 € avec Alma), durée (40 heures, accès 12 mois), bouton « Je m'inscris » et bouton secondaire « Télécharger le programme ».",
              "Encadré de réassurance : formatrice nommée (Claire Bonnet, pharmacienne), organisme certifié Qualiopi, attestation de fin de formation, satisfait ou remboursé 14 jours.",
              "Programme détaillé en 6 modules dépliables (accordéons), avec les 20 huiles étudiées.",
              "Vidéo de présentation de 1 min 40 (tournée en interne) et 4 captures de la plateforme.",
              "Avis vérifiés Avis Garantis (4,9/5, 87 avis) affichés sous le prix.",
              "FAQ de 7 questions construite à partir des tickets Zendesk (prérequis, sécurité chez l'enfant et la femme enceinte, accès mobile, financement).",
          ]) + [
          P("Depuis la mise en ligne le 27 août 2026, le taux d'ajout au panier de la fiche est passé à "
            "2,6 % (GA4, 28/08–31/10, 3 140 vues de page)."),
          P("8.4 Contenus visuels et vidéo", h2),
          P("Les visuels des réseaux sociaux et les vignettes vidéo seront retouchés sous Photoshop puis "
            "exportés au format WebP pour le site."),
          P("Figure 1 : visuel Instagram pour le lancement du coffret aromathérapie (à insérer).", cap),
          P("8.5 Mesure de l'intérêt des internautes", h2),
          T([["Indicateur", "Avant", "Après"],
             ["Temps moyen passé sur les pages formation", "", ""],
             ["Nombre de commandes des modules courts", "", ""],
             ["Interactions (commentaires, partages)", "", ""]],
            [8 * cm, 4.2 * cm, 4.2 * cm]),
          Spacer(1, 6),
          P("8.6 Le blog professionnel", h2),
          P("Le blog sera installé sur notre WordPress dans un sous-répertoire /blog/. TODO : décrire le "
            "paramétrage (thème, catégories, plugin SEO)."),
          ]

story += [P("9. Tunnel de conversion", h1),
          P("9.1 Objectifs de transformation", h2),
          P("Pour le Cursus Praticien, la vente ne se fait jamais en une seule visite : le parcours passe "
            "par la demande de brochure puis un appel découverte avec une conseillère pédagogique (Manon ou "
            "Hugo), réservé via Calendly. Nous avons fixé avec Sophie deux objectifs pour 2026 : porter le "
            "taux de demande de brochure de 3,1 % à 4 % des visiteurs de la page cursus, et le taux "
            "appel découverte → inscription de 22 % à 25 %."),
          P("9.2 Étapes du tunnel et mesures", h2),
          T([["Étape", "Outil de mesure", "Volume (janv.–sept. 2026)", "Taux de passage"],
             ["Visite de la page Cursus Praticien", "GA4 (page_view)", "41 260 utilisateurs", "–"],
             ["Demande de brochure (formulaire)", "GA4 (generate_lead) + Brevo", "1 295", "3,1 %"],
             ["Réservation d'un appel découverte", "Calendly + événement GA4", "486", "37,5 %"],
             ["Appel réalisé", "HubSpot (CRM gratuit)", "402", "82,7 %"],
             ["Inscription + acompte payé", "WooCommerce / Stripe", "89", "22,1 %"]],
            [5.2 * cm, 4.1 * cm, 3.9 * cm, 3.2 * cm]),
          Spacer(1, 4), P("Tableau 5 : tunnel du Cursus Praticien (données exportées le 3 octobre 2026)", cap),
          P("La plus grosse perte se situe entre la visite et la demande de brochure. Le formulaire "
            "comporte actuellement 9 champs dont le numéro de téléphone obligatoire."),
          P("9.3 Parcours de l'internaute sur le site", h2),
          P("Voir les enregistrements Hotjar (à compléter)."),
          P("9.4 Éléments perturbateurs et corrections", h2),
          P("TODO : lister les points de friction et le plan de correction."),
          ]

story += [P("Conclusion", h1),
          P("Ce dossier présente l'ensemble de la démarche stratégique et éditoriale d'Équilibre Formation. "
            "Les actions décrites permettront à l'école de gagner en visibilité et de poursuivre sa "
            "croissance en 2027."),
          ]

doc = Doc(PATH)
doc.multiBuild(story)
print("OK", PATH)
