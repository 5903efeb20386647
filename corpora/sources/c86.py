# Générateur de la copie d'examen du candidat c86 (Vauban Sécurité, serrurerie à Besançon) — blocs 3 et 5.
# Copie d'épreuve écrite au format DOCX : pas de styles de titres, chaque réponse commence par son numéro (« Q3.1 »…)
# en gras seul sur sa ligne ; encadré candidat en haut de la première page.
# Déterministe : propriétés fixes, horodatage zip figé, aucun aléa.
import datetime, os, re, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c86-serrurerie-besancon")
FILE = os.path.join(OUT, "vauban-securite-copie.docx")
AUTHOR = "Nicolas Brûlé"
FIXED = datetime.datetime(2026, 4, 14, 12, 25, 0)
ZIPSTAMP = (2026, 4, 14, 12, 25, 0)

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


def runs(par, text, italic=False, size=None):
    for part in re.split(r"(\*\*.+?\*\*)", text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2]); r.bold = True
        else:
            r = par.add_run(part)
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
    return par


def Q(num, new_page=False):
    """Numéro de la question, en gras, seul sur sa ligne (pas de style de titre)."""
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = new_page
    p.paragraph_format.space_before = Pt(14)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(num); r.bold = True; r.font.size = Pt(12)


def P(t, italic=False):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(5)
    runs(p, t, italic=italic)


def BUL(items):
    for it in items:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.4)
        p.paragraph_format.space_after = Pt(2)
        runs(p, "- " + it)


def NUM(items):
    for k, it in enumerate(items, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.7)
        p.paragraph_format.first_line_indent = Cm(-0.5)
        p.paragraph_format.space_after = Pt(2)
        runs(p, "%d. %s" % (k, it))


def TABLE(rows, widths, size=9.5):
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
            run.font.size = Pt(size)
            if i == 0:
                run.bold = True
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def framed_box(text):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(14)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "12"); b.set(qn("w:space"), "6"); b.set(qn("w:color"), "000000")
        bdr.append(b)
    pPr.append(bdr)
    r = p.add_run(text); r.bold = True; r.font.size = Pt(11.5)


def setup():
    global doc
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.line_spacing = 1.15
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Copie — N. Brûlé"
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for r in hp.runs:
        r.font.size = Pt(9); r.italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(9)


def intro():
    framed_box("Candidat n° 2026-0877 — Épreuve écrite — Blocs 3 et 5 — Étude de cas appliquée à l'entreprise")
    P("**Entreprise support : Vauban Sécurité SARL, Besançon (25).** Serrurerie et sécurité de l'habitat fondée en 1988 par Gérard "
      "Jeannin, dirigée depuis 2018 par son fils Florent (mon tuteur). 15 salariés, dont 8 techniciens, un tailleur de clés "
      "(Thierry) et Sylvie Roussel au bureau, qui traite les commandes. CA 2025 : 2,2 M€ HT, dont 318 k€ (14 %) sur la boutique en ligne PrestaShop 8 réalisée par l'agence Doubs Web : "
      "2 900 commandes, panier moyen 110 €, 9 800 sessions par mois. 1 150 interventions ont été réservées en ligne en 2025. "
      "Principaux produits : cylindre haute sécurité « Vauban A2P** » (189 €), serrure 3 points (420 €), coffre-fort "
      "« Fort-Comtois 40 L » (590 €, livré sur palette), clé sur carte de propriété (39 €), boîtes à clés, interphones. "
      "Concurrents : Serrures Direct (pure player), Allo Serrure 24 (plateforme d'appels nationale), Keymaster Franche-Comté.")
    P("Je suis chargé web et marketing chez Vauban Sécurité depuis deux ans.")


def bloc3():
    Q("Q3.1")
    P("(Barème indicatif : 4 points — présenter les actions et les outils)", italic=True)
    P("Après l'audit du site de septembre 2025, j'ai retenu 8 actions SEO classées par priorité. Le dépannage local passe en premier : "
      "une intervention rapporte plus qu'une commande et le client bloqué devant sa porte appelle l'un des trois premiers résultats.")
    TABLE([["Rang", "Action", "Priorité", "Pourquoi"],
           ["1", "Créer des pages villes : Besançon, Pontarlier, Montbéliard", "Haute", "Aucune page ne ciblait nos villes ; requêtes d'urgence très locales"],
           ["2", "Optimiser la fiche Google Business Profile (catégories, photos, avis)", "Haute", "Les appels d'urgence viennent surtout du bloc local"],
           ["3", "Accélérer le site (images, cache, thème)", "Haute", "3,1 s sur mobile, le client pressé ne patiente pas"],
           ["4", "Ajouter le balisage schema Product (prix, stock, avis) sur les fiches", "Moyenne", "Prix et étoiles affichés dans Google"],
           ["5", "Corriger les 37 erreurs 404 et les redirections de l'ancien site", "Moyenne", "Pages perdues depuis la refonte de 2023"],
           ["6", "Réécrire les balises title et meta description des 40 fiches produits", "Moyenne", "Titres génériques"],
           ["7", "Créer une page « Tarifs du dépannage »", "Basse", "Rassurer face aux arnaques"],
           ["8", "Ajouter un fil d'Ariane sur les catégories", "Basse", "Navigation, effet plus lent"]],
          [1.1, 5.6, 1.6, 8.2])
    P("Outils de mesure du trafic : Google Analytics 4 (sessions, sources, conversions), Google Search Console (requêtes, positions), "
      "les statistiques Google Business Profile (appels, itinéraires) et Ubersuggest (volumes, suivi de positions).")
    P("Évolution des positions (relevés Search Console et Ubersuggest, moyenne du mois, mobile) :")
    TABLE([["Requête", "Septembre 2025", "Mars 2026"],
           ["serrurier Besançon", "7e", "2e"],
           ["cylindre A2P", "31e", "12e"],
           ["serrurier Pontarlier", "18e", "4e"],
           ["coffre fort Besançon", "14e", "6e"],
           ["double clé carte de propriété", "22e", "9e"],
           ["serrure 3 points", "45e", "27e"]],
          [7.0, 4.0, 4.0])

    Q("Q3.2")
    P("Ma méthode pour construire la matrice de mots-clés se fait en 4 étapes :")
    NUM(["**Recueillir** : pendant deux semaines, les mots des clients au téléphone (notés par Sylvie et les techniciens), plus "
         "nos familles de produits et prestations.",
         "**Élargir** : suggestions Google, requêtes de la Search Console, idées d'Ubersuggest, sites concurrents.",
         "**Qualifier** chaque mot-clé : volume mensuel, difficulté, intention (urgence, achat, comparaison, information) et ville.",
         "**Affecter** chaque mot-clé à une page cible unique et écarter les requêtes inutiles ou dangereuses pour l'image "
         "(« crocheter une serrure », « ouvrir une porte sans clé »)."])
    TABLE([["Mot-clé", "Volume / mois", "Difficulté", "Intention", "Page cible", "Ville"],
           ["serrurier besançon", "1 300", "38", "Urgence locale", "/serrurier-besancon", "Besançon"],
           ["serrurier besançon urgence", "320", "31", "Urgence", "/depannage-urgence-besancon", "Besançon"],
           ["ouverture de porte besançon", "210", "24", "Urgence", "/ouverture-de-porte", "Besançon"],
           ["serrurier pontarlier", "390", "22", "Urgence locale", "/serrurier-pontarlier", "Pontarlier"],
           ["serrurier montbéliard", "480", "29", "Urgence locale", "/serrurier-montbeliard", "Montbéliard"],
           ["changement serrure besançon", "140", "18", "Achat local", "/remplacement-serrure", "Besançon"],
           ["serrurier planoise", "50", "8", "Urgence locale", "/serrurier-besancon/planoise", "Besançon"],
           ["serrurier agréé assurance", "170", "21", "Réassurance", "/depannage-urgence-besancon", "Besançon"],
           ["prix ouverture de porte", "1 000", "33", "Information", "/tarifs-depannage", "—"],
           ["installation cylindre besançon", "70", "10", "Achat local", "/cylindres-a2p", "Besançon"],
           ["cylindre a2p", "1 900", "46", "Achat", "/cylindres-a2p", "—"],
           ["cylindre a2p 2 étoiles", "590", "35", "Achat", "fiche Vauban A2P**", "—"],
           ["serrure 3 points", "2 400", "52", "Achat", "/serrures-3-points", "—"],
           ["coffre-fort particulier", "1 600", "49", "Comparaison", "/coffres-forts", "—"],
           ["coffre fort besançon", "90", "12", "Achat local", "/coffres-forts", "Besançon"],
           ["double clé carte de propriété", "720", "27", "Achat", "/cle-sur-carte", "—"],
           ["refaire clé vachette avec carte", "260", "19", "Achat", "/cle-sur-carte", "—"],
           ["boîte à clé sécurisée", "1 300", "41", "Achat", "/boites-a-cles", "—"],
           ["boîte à clé location saisonnière", "390", "26", "Achat", "/boites-a-cles", "—"],
           ["interphone immeuble", "880", "44", "Information / syndics", "/interphonie", "—"]],
          [4.6, 1.8, 1.6, 2.6, 4.4, 2.0], size=8.5)
    P("Le contexte explique ces choix. Sur le dépannage, les vrais concurrents sont les plateformes d'appels comme Allo Serrure 24, "
      "qui achètent « serrurier pas cher » et affichent de fausses adresses locales (factures à 600 € pour une porte claquée). Je ne "
      "vise donc pas « pas cher » mais la ville et le quartier, où un artisan local a l'avantage, et les requêtes de réassurance "
      "(« agréé assurance », « prix ouverture de porte »). Sur les produits, Serrures Direct domine « serrure 3 points » au niveau "
      "national : je travaille les requêtes précises (« cylindre a2p 2 étoiles ») et la clé sur carte, où notre atelier et le "
      "contrôle de la carte font la différence.")
    P("Pour information, les clés les plus vendues en 2025 :")
    TABLE([["Référence d'ébauche", "Marque / profil", "Quantité 2025"],
           ["VA3R", "Vachette V5 / Radial (sur carte)", "1 240"],
           ["BRI-CHS", "Bricard Chifral S (sur carte)", "860"],
           ["F3D-P", "Fichet F3D (sur carte)", "410"],
           ["HE-PRO", "Héraclès Protecta", "355"],
           ["JMA-TE8", "Tesa TE8 (clé plate)", "1 980"],
           ["SIL-UL050", "Clé de boîte aux lettres", "2 450"]],
          [4.2, 6.4, 3.2])

    Q("Q3.3")
    P("**Nos partenaires.** Nos premiers partenaires sont les plateformes d'assistance des assureurs habitation : Domicilia Assistance "
      "et Habitat Secours 24 nous envoient les dépannages urgents de leurs assurés du Doubs (310 missions en 2025, payées au forfait).")
    P("**Cocon sémantique.** J'ai construit un cocon autour de la page pilier « serrurier Besançon » (/serrurier-besancon), avec 5 "
      "pages filles, une par quartier : Battant, Planoise, les Chaprais, Montrapon et Saint-Ferjeux (environ 500 mots chacune : délai, "
      "interventions types, technicien du secteur). Les liens :")
    BUL(["page Battant → page pilier",
         "page Planoise → page pilier",
         "page les Chaprais → page pilier",
         "page Montrapon → page pilier",
         "page Saint-Ferjeux → page pilier"])
    P("**Netlinking.** J'ai obtenu trois liens de partenaires locaux : la Chambre de métiers et de l'artisanat du Doubs (fiche dans "
      "l'annuaire des artisans et article « artisan du mois »), le site d'actualité locale « Le Bisontin.fr » (article sur les arnaques "
      "au dépannage avec lien vers notre page tarifs) et l'Association des administrateurs de biens du Doubs (lien dans la liste des "
      "fournisseurs recommandés). Le lien de la Chambre de métiers apporte 64 sessions par mois (GA4, source referral).")

    Q("Q3.4")
    P("J'ai structuré le référencement payant Google Ads en deux campagnes, lancées le 2 février 2026 :")
    BUL(["**Campagne « Dépannage »** (Réseau de recherche) : rayon de 30 km autour de Besançon, diffusion de 7 h à 22 h, extension "
         "d'appel avec le numéro de l'atelier, budget 32 € par jour. Objectif : des appels.",
         "**Campagne « Produits »** (Shopping) : flux des 40 produits envoyé de PrestaShop vers Merchant Center, budget 12 € par jour. "
         "Objectif : des commandes en ligne."])
    P("Mots-clés de la campagne Dépannage, par groupe d'annonces et type de correspondance :")
    BUL(["Urgence : [serrurier besançon] (exact), [serrurier urgence besançon] (exact), \"serrurier urgence\" (expression) ;",
         "Ouverture de porte : [ouverture de porte besançon] (exact), \"porte claquée\" (expression), \"ouverture fine\" (expression) ;",
         "Changement de serrure : \"changer serrure\" (expression), \"remplacement cylindre\" (expression), pose cylindre a2p (requête large) ;",
         "Assurance : \"serrurier agréé assurance\" (expression).",
         "Mots-clés négatifs : gratuit, tuto, crocheter, formation, emploi, « comment ouvrir », pas cher."])
    P("Pages d'atterrissage : /depannage-urgence-besancon (bouton d'appel fixe, grille de prix) pour Urgence et Assurance, "
      "/ouverture-de-porte et /remplacement-serrure pour les deux autres groupes ; le Shopping renvoie sur les fiches produits.")
    P("Les 4 annonces rédigées (titres de 30 caractères maximum, descriptions de 90 maximum) :")
    NUM(["Serrurier à Besançon | Intervention en 30 min | Devis avant travaux — « Artisan bisontin depuis 1988. Prix annoncé "
         "au téléphone, facture détaillée. Appelez-nous 7 j/7. »",
         "Porte claquée à Besançon ? | Ouverture fine dès 119 € TTC | Sans casse dans 9 cas sur 10 — « Nos techniciens ouvrent "
         "sans abîmer votre porte. Tarif fixe annoncé avant le déplacement. »",
         "Changement de serrure | Cylindre A2P posé | Pose le jour même — « Cylindre Vauban A2P** posé à partir de 259 € TTC. "
         "Clés protégées sur carte de propriété. »",
         "Serrurier agréé assurances | Vauban Sécurité | Facture acceptée — « Intervenant des assistances habitation du Doubs. "
         "Facture conforme pour votre assureur. Appelez. »"])

    Q("Q3.5")
    P("Tableau de suivi hebdomadaire des deux campagnes (données Google Ads, appels mesurés par l'extension d'appel, commandes par "
      "la conversion GA4 importée) :")
    TABLE([["Semaine 2026", "Clics", "Appels", "CPC moyen", "Coût", "Coût par appel", "Commandes Shopping"],
           ["S6 (2-8 févr.)", "168", "13", "1,58 €", "265 €", "20,4 €", "3"],
           ["S7", "181", "15", "1,55 €", "281 €", "18,7 €", "4"],
           ["S8", "197", "18", "1,49 €", "294 €", "16,3 €", "4"],
           ["S9", "204", "19", "1,44 €", "294 €", "15,5 €", "5"],
           ["S10", "221", "22", "1,38 €", "305 €", "13,9 €", "5"],
           ["S11", "229", "24", "1,35 €", "309 €", "12,9 €", "6"],
           ["S12", "236", "25", "1,31 €", "309 €", "12,4 €", "7"],
           ["S13 (23-29 mars)", "242", "27", "1,29 €", "312 €", "11,6 €", "7"],
           ["Total", "1 678", "163", "1,41 €", "2 369 €", "14,5 €", "41"]],
          [3.2, 1.6, 1.6, 2.0, 2.0, 2.6, 2.6])
    P("**Efficacité.** Le coût par appel baisse de 20,4 € à 11,6 €. La bascule date de la semaine 9, quand j'ai refait la page "
      "d'atterrissage du dépannage : le niveau de qualité des mots-clés exacts passe de 5 à 7 sur 10, le CPC baisse et le taux "
      "d'appel sur clic passe de 7,7 % à 11,2 %.")
    P("**Visibilité.** La part d'impressions de la campagne Dépannage passe de 41 % à 63 % : nous apparaissons plus souvent que les "
      "plateformes d'appels sur « serrurier besançon ». Le Shopping reste faible, nos serrures 3 points étant 8 à 12 % plus chères "
      "que chez Serrures Direct.")
    P("**Retour sur investissement.** Je le calcule sur la marge : 85 appels sur 163 (52 %) sont devenus une intervention, à 72 € de "
      "marge moyenne (après salaire, déplacement et pièces) ; chaque commande Shopping dégage 31 €. Calcul en Q3.8.")

    Q("Q3.6")
    P("Indicateurs suivis sur la boutique (moyenne mensuelle, octobre 2025 à mars 2026, GA4) et mon commentaire :")
    BUL(["**Trafic** : 9 800 sessions par mois (52 % organique, 21 % direct, 14 % payant), avec des pics le lundi et en septembre "
         "(déménagements).",
         "**Taux de rebond** : 58 % (64 % sur mobile) ; sur mobile, beaucoup de visiteurs en urgence appellent depuis la page, ce "
         "rebond n'est donc pas forcément un échec.",
         "**Temps de visite** : 1 min 52 en moyenne, 2 min 40 sur les fiches cylindres (comparaison des niveaux A2P).",
         "**Temps de chargement** : 3,1 s sur mobile (score PageSpeed 48), trop lent ; l'objectif est de passer sous 2 s.",
         "**Taux d'abandon** aux étapes de la commande : environ 1 000 paniers créés par mois, 45 % abandonnés au panier ; sur les "
         "550 commandes commencées, 41 % abandonnent à la création de compte obligatoire (c'est le plus gros point noir), 18 % au "
         "formulaire de livraison (champs adresse et étage pour les coffres) et 9 % au paiement.",
         "**Chiffre d'affaires** : 318 k€ en 2025, soit 26,5 k€ par mois, panier moyen 110 €, taux de conversion 2,5 %."])

    Q("Q3.7")
    P("J'ai choisi ces outils parce qu'ils sont gratuits.")
    BUL(["Google Analytics 4 : https://analytics.google.com/analytics/web/#/p402817365/reports/reportinghub",
         "Google Search Console : https://search.google.com/search-console?resource_id=sc-domain%3Avauban-securite.fr",
         "Tableau de synthèse Looker Studio : lien Looker à ajouter"])

    Q("Q3.8")
    P("Calcul du ROI de Google Ads sur les 8 semaines (2 février – 29 mars 2026) :")
    BUL(["marge des interventions : 85 × 72 € = 6 120 € ;",
         "marge des commandes Shopping : 41 × 31 € = 1 271 € ;",
         "gain total : 7 391 € ; coût total : 2 369 € ;",
         "ROI = (7 391 − 2 369) / 2 369 = **+212 %** : chaque euro investi rapporte 3,12 € de marge."])
    P("Trois objectifs avaient été fixés avec Florent au lancement. Objectif 1 : au moins 150 appels en 8 semaines — atteint (163). "
      "Objectif 2 : un coût par appel inférieur à 15 € — atteint (14,5 €, et 11,6 € sur la dernière semaine). Objectif 3 : "
      "60 commandes Shopping — non atteint (41, soit 68 %). Deux objectifs sur trois sont atteints : le dépannage est très rentable "
      "(forte marge, zone restreinte), le Shopping souffre de nos prix, des frais de port et de l'abandon à la création de compte.")

    Q("Q3.9")
    P("Actions correctives :")
    BUL(["supprimer la création de compte obligatoire et permettre la commande en invité ;",
         "alléger les images produits (format WebP, compression) pour accélérer les fiches ;",
         "créer les pages quartiers manquantes pour Pontarlier et Montbéliard."])


def bloc5():
    Q("Q5.1", new_page=True)
    P("Je n'ai pas rédigé de cahier des charges, le site a été fait avant mon arrivée.")

    Q("Q5.2")

    Q("Q5.3")
    P("**Mentions légales.** J'ai vérifié la page « Mentions légales », accessible en pied de page sur toutes les pages du site. Elle "
      "contient la raison sociale (SARL au capital de 50 000 €), le siège, le RCS de Besançon, le SIRET, la TVA intracommunautaire, "
      "le directeur de la publication (Florent Jeannin), un contact et l'hébergeur (OVHcloud, via Doubs Web). Il manquait le médiateur de la "
      "consommation : je l'ai ajouté en mars 2026.")
    P("**CGV.** Nos CGV ont été rédigées par Doubs Web à partir d'un modèle générique. J'ai analysé les clauses propres à notre "
      "métier :")
    BUL(["**Clés sur carte de propriété** : la commande n'est traitée que sur présentation de la carte de propriété au nom du client "
         "(photo téléversée à la commande, original montré au magasin pour un retrait) et d'une pièce d'identité au même nom. La "
         "clause ne disait rien du refus : j'ai ajouté « commande annulée et remboursée sous 7 jours ».",
         "**Droit de rétractation** : il est exclu pour les clés taillées sur code et les cylindres aux cotes du client, car ce sont "
         "des biens confectionnés selon ses spécifications (article L221-28 du Code de la consommation) ; les 14 jours s'appliquent aux "
         "autres produits non posés.",
         "**Livraison des coffres-forts** : livraison sur palette au rez-de-chaussée, au pied du véhicule, sans montée en étage ni "
         "installation (option sur devis) ; le client vérifie la palette et note ses réserves sur le bon du transporteur. Un coffre "
         "de 95 kg ne se monte pas au 4e sans ascenseur."])
    P("**RGPD.** Nous collectons des numéros de carte de propriété et des copies de pièces d'identité. Jusqu'en 2025, ces "
      "fichiers restaient sans limite dans la boîte mail commune. En suivant le guide de la sécurité des données personnelles et le "
      "référentiel des durées de conservation de la CNIL, j'ai mis en place :")
    BUL(["**accès restreint** : seuls Sylvie, Thierry et Florent voient les pièces dans PrestaShop ;",
         "**chiffrement** : fichiers stockés sur un espace chiffré (AES-256), plus aucune pièce jointe de courriel ;",
         "**conservation** : 3 ans après la dernière commande, puis suppression automatique ;",
         "**registre des traitements** : fiche « Contrôle des clés protégées » ajoutée (finalité, données, destinataires, durée, "
         "sécurité), sur le modèle CNIL ;",
         "**information** : une mention sous le formulaire de téléversement explique pourquoi nous demandons ces pièces, leur durée "
         "de conservation et les droits du client."])

    Q("Q5.4")
    P("Chaque premier lundi du mois, Florent réunit les 8 techniciens. L'objectif annoncé : réduire les retours chez le client "
      "(second déplacement pour une pièce manquante ou un cylindre mal mesuré). Je prépare le tableau d'activité de chacun.")
    TABLE([["Technicien", "Jours travaillés", "Interventions", "Interventions / jour", "Retours chez le client", "Taux de retour"],
           ["Damien", "21", "97", "4,6", "4", "4,1 %"],
           ["Kamel", "21", "102", "4,9", "9", "8,8 %"],
           ["Arnaud", "20", "84", "4,2", "3", "3,6 %"],
           ["Julien", "21", "91", "4,3", "6", "6,6 %"],
           ["Mehdi", "19", "88", "4,6", "7", "8,0 %"],
           ["Loïc", "21", "79", "3,8", "2", "2,5 %"],
           ["Bastien", "18", "70", "3,9", "5", "7,1 %"],
           ["Pierre", "21", "95", "4,5", "4", "4,2 %"]],
          [2.6, 2.4, 2.4, 2.6, 3.0, 2.4])
    P("Tableau de mars 2026.")

    Q("Q5.5")
    P("**Organisation des flux.** Sylvie traite les commandes en deux vagues, à 9 h et à 14 h. Le stock est suivi dans PrestaShop "
      "(inventaire tournant, seuil de réapprovisionnement par référence : 20 cylindres Vauban A2P**, 3 coffres, 200 ébauches par "
      "profil sur carte). Les clés sur carte partent à l'atelier de Thierry, qui les taille sous 48 heures.")
    P("**Traçabilité.** Chaque clé taillée sur code est enregistrée dans un registre numérique : numéro de carte de propriété, "
      "identité du client, date de taille et nom du tailleur. Les fabricants l'exigent pour rester distributeur agréé des profils "
      "protégés, et c'est notre preuve en cas de cambriolage sans effraction : nous savons qui a commandé quelle clé et quand.")
    P("**Contrôles selon le type de commande :**")
    BUL(["**clé sur code** : vérification de la pièce d'identité et de la carte de propriété, les deux au même nom, avant la taille "
         "(aucune taille sans ce contrôle, même pour un client connu) ; envoi en Colissimo contre signature ;",
         "**cylindre** : test avant expédition avec chacune des clés (rotation, bouton, embrayage), comptage des clés, carte de propriété "
         "et certificat A2P glissés dans le colis ; un cylindre défectueux chez le client, c'est un déplacement d'un technicien ;",
         "**coffre-fort** : inspection de la palette avant le départ (filmage, cornières, étiquette « fragile ») et photo jointe à la "
         "commande ; en cas de choc pendant le transport, la photo sert de preuve face au transporteur."])
    P("Chaque contrôle vise le risque propre au produit : la sécurité du client pour la clé, le déplacement pour le cylindre, la "
      "casse pour le coffre.")

    Q("Q5.6")
    P("Le traitement d'une commande de clé sur carte comptait 9 étapes quand je suis arrivé :")
    NUM(["commande et paiement en ligne ;",
         "le client imprime un formulaire papier, le signe et le renvoie scanné ;",
         "Sylvie vérifie la carte de propriété et la pièce d'identité ;",
         "Sylvie rappelle le client pour une seconde vérification d'identité par téléphone ;",
         "saisie dans le registre des clés ;",
         "taille de la clé par Thierry ;",
         "contrôle de la clé sur le gabarit ;",
         "Sylvie écrit un courriel manuel au client pour annoncer l'envoi ;",
         "expédition en Colissimo contre signature."])
    P("J'ai supprimé trois étapes : le formulaire papier (remplacé par des champs obligatoires et le téléversement des pièces à la "
      "commande), le second contrôle par téléphone (doublon de la vérification des pièces) et le courriel manuel (remplacé par "
      "l'e-mail automatique « Expédiée » avec le suivi). Le circuit compte maintenant 6 étapes : commande avec pièces, vérification, registre, "
      "taille, contrôle, expédition. Le temps de bureau par commande passe de 26 à 11 minutes, soit environ 12 heures par mois "
      "pour 50 commandes de clés, et le délai moyen de livraison passe de 5 à 3 jours ouvrés.")

    Q("Q5.7")
    P("Nous utilisons trois transporteurs. Je les ai classés par coût moyen d'un envoi, calculé sur les envois de janvier à mars 2026 :")
    TABLE([["Rang (coût)", "Transporteur", "Produits expédiés", "Coût moyen par envoi HT", "Délai"],
           ["1", "DPD Predict", "Serrures 3 points, boîtes à clés, interphones", "8,10 €", "24 à 48 h"],
           ["2", "Colissimo (avec signature)", "Clés, cylindres, petites pièces", "8,60 €", "48 h"],
           ["3", "Palettes Comtoises", "Coffres-forts sur palette", "64,00 €", "3 à 5 jours"]],
          [2.0, 3.4, 5.0, 3.0, 2.4])
    P("Colissimo reste utilisé pour les clés car la remise contre signature y est obligatoire.")


def main():
    os.makedirs(OUT, exist_ok=True)
    setup()
    intro()
    bloc3()
    bloc5()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Copie épreuve écrite blocs 3 et 5"
    cp.subject = "Candidat n° 2026-0877"
    cp.created = datetime.datetime(2026, 4, 14, 8, 30, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 2
    doc.save(FILE)
    repack(FILE)
    print("ok", FILE)


if __name__ == "__main__":
    main()
