"""Génère le rapport de Lucie Vasseur pour Éclat Lingerie (Roubaix)."""
import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c55-lingerie-eclat")
OUT_FILE = os.path.join(OUT_DIR, "eclat-lingerie-rapport.docx")
AUTHOR = "Lucie Vasseur"

ROSE = RGBColor(0xA3, 0x3B, 0x5C)


def bold_par(doc, text, size=12, color=ROSE):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = color
    p.paragraph_format.space_before = Pt(10)
    return p


def par(doc, text, italic=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def bullets(doc, items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


def table(doc, rows, widths=None, size=9, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = w
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(val))
            run.font.size = Pt(size)
            if header and i == 0:
                run.bold = True
            if widths:
                cell.width = widths[j]
    return t


INTRO = [
    "Éclat Lingerie est une marque de lingerie responsable créée en 2021 à Roubaix par Margaux "
    "Delannoy, ancienne acheteuse textile. Les pièces (soutiens-gorge sans armatures, brassières, "
    "culottes taille haute, bodys) sont confectionnées dans un atelier partenaire de Tourcoing, en "
    "coton bio GOTS, Tencel et dentelle de Calais recyclée. La vente se fait à 85 % en ligne sur "
    "notre boutique Shopify (eclat-lingerie.fr), le reste en pop-up stores et sur deux salons par an.",
    "Quelques chiffres : CA 2024 de 412 000 €, panier moyen 71 €, environ 14 000 sessions par mois "
    "sur le site, 9 600 abonnées Instagram, 4 200 contacts actifs dans Brevo. L'équipe : Margaux "
    "(dirigeante), Théo (logistique à mi-temps), Anaïs (service client et réseaux) et moi-même, "
    "en alternance depuis septembre 2024 sur le poste de chargée e-commerce / acquisition.",
    "Ce rapport présente ce que j'ai fait sur la visibilité du site (SEO, Google Ads, Meta) et sur "
    "les contenus (fiches produits, blog, visuels) entre juin et novembre 2025. Le cœur du travail "
    "est le fichier de suivi que je tiens chaque semaine, reproduit plus bas.",
]

SITUATION = [
    "En juin, le site se positionnait mal sur les requêtes génériques (« lingerie éthique », "
    "« soutien gorge sans armature ») où Les Dessous Verts et Maison Olga sont installés depuis "
    "longtemps. 62 % du trafic venait de l'Instagram et du direct, seulement 19 % de l'organique.",
    "Pour suivre le trafic j'utilise Google Analytics 4 (propriété installée via l'app Google & "
    "YouTube de Shopify), la Google Search Console, les rapports Shopify Analytics et Semrush "
    "(abonnement Pro pris par Margaux en juin). Pour Meta, le Gestionnaire de publicités.",
]

ACTIONS = [
    "retravailler les 24 fiches produits (titres, descriptions, balises)",
    "lancer une campagne Google Ads Search sur les produits phares",
    "écrire deux articles de blog par mois",
    "corriger les images trop lourdes (certaines à 2 Mo)",
    "relancer les paniers abandonnés avec Brevo",
    "refaire le guide des tailles",
    "chercher des liens sur des blogs mode éthique",
    "tester Meta Ads en retargeting",
]

KW_ROWS = [
    ["Famille", "Mot-clé", "Volume / mois", "KD %", "Intention", "Page visée"],
    ["Générique", "lingerie éthique", "1 900", "41", "Info / achat", "Accueil"],
    ["Générique", "lingerie made in france", "2 400", "46", "Achat", "Accueil"],
    ["Générique", "lingerie coton bio", "880", "29", "Achat", "Collection coton bio"],
    ["Soutien-gorge", "soutien gorge sans armature", "9 900", "58", "Achat", "Collection soutiens-gorge"],
    ["Soutien-gorge", "brassière coton bio", "720", "24", "Achat", "Fiche Brassière Lina"],
    ["Soutien-gorge", "soutien gorge confortable grosse poitrine", "1 300", "37", "Achat", "Fiche Gaby (95-110)"],
    ["Culottes", "culotte taille haute coton", "1 600", "32", "Achat", "Collection culottes"],
    ["Culottes", "culotte tencel", "210", "12", "Achat", "Fiche Jeanne"],
    ["Local", "lingerie roubaix", "170", "8", "Local", "Page Atelier & pop-up"],
    ["Local", "lingerie lille boutique", "390", "19", "Local", "Page Atelier & pop-up"],
    ["Blog", "comment choisir sa taille de soutien gorge", "3 600", "35", "Info", "Article guide des tailles"],
    ["Blog", "lavage lingerie dentelle", "480", "14", "Info", "Article entretien"],
]

POS_ROWS = [
    ["Mot-clé", "Position 02/06/2025", "Position 17/11/2025", "Évolution"],
    ["brassière coton bio", "34", "9", "+25"],
    ["culotte taille haute coton", "51", "18", "+33"],
    ["lingerie roubaix", "7", "2", "+5"],
    ["lingerie made in france", "> 100", "47", "entrée top 50"],
    ["soutien gorge sans armature", "> 100", "> 100", "="],
    ["comment choisir sa taille de soutien gorge", "—", "22", "nouvelle page"],
]

SUIVI_HEADER = ["Sem.", "Canal", "Contenu / annonce", "Ciblage / mot-clé", "Page d'atterrissage",
                "Budget", "Impr.", "Clics", "Conv.", "CA", "Statut / remarques"]

SUIVI_ETE = [
    ["S23\n02-08/06", "SEO", "Audit Semrush du site : 212 erreurs (images sans alt, titres dupliqués sur les variantes)", "—", "tout le site", "—", "—", "—", "—", "—", "Export envoyé à Margaux"],
    ["S23", "Instagram", "Carrousel « 5 idées reçues sur la lingerie sans armature »", "abonnées", "Lien bio → collection SG", "—", "11 200 vues", "—", "—", "—", "640 enregistrements"],
    ["S24\n09-15/06", "Newsletter Brevo", "Fête des pères ? non : « Offrez-vous un week-end en coton » -10 % sur les lots", "liste active 4 050", "/collections/lots", "—", "4 050 envois", "351", "17", "1 120 €", "Ouverture 36 %"],
    ["S25\n16-22/06", "SEO", "Correction des 24 balises title des fiches en double", "—", "fiches produits", "—", "—", "—", "—", "—", "Fait"],
    ["S25", "Instagram", "Reel essayage 3 morphologies (brassière Lina)", "abonnées + #bodypositive", "/products/brassiere-lina", "—", "26 900 vues", "—", "—", "—", "Record de vues"],
    ["S26\n23-29/06", "Soldes d'été", "Bandeau soldes sur le site -30 % sur les coloris de fin de série", "tous visiteurs", "/collections/soldes", "—", "—", "—", "88", "4 960 €", "Démarrage plus lent qu'en 2024"],
    ["S26", "Newsletter Brevo", "Ouverture des soldes (accès 24 h avant pour les inscrites)", "liste active", "/collections/soldes", "—", "4 090 envois", "602", "41", "2 310 €", "Ouverture 47 %"],
    ["S27\n30/06-06/07", "Meta Ads", "Test prospection : vidéo atelier, audience centres d'intérêt « mode éthique »", "femmes 25-45 FR", "/pages/atelier", "200 €", "48 600", "590", "2", "118 €", "Arrêté : trop cher pour 2 ventes"],
    ["S28\n07-13/07", "SEO", "Compression des images des collections (TinyIMG)", "—", "collections", "—", "—", "—", "—", "—", "En partie (4 collections sur 9)"],
    ["S29\n14-20/07", "Instagram", "Collaboration avec @camille.slowlife (12 k abonnées) : post + stories", "abonnées de l'influenceuse", "code CAMILLE15", "3 brassières offertes", "—", "—", "9", "570 €", "9 utilisations du code"],
    ["S30\n21-27/07", "Pinterest", "Création du compte pro, 15 premières épingles", "—", "fiches produits", "—", "1 200", "18", "?", "?", ""],
    ["S31-33\n28/07-17/08", "—", "Fermeture atelier. Programmation Instagram 3 posts/semaine (Meta Business Suite)", "abonnées", "—", "—", "—", "—", "—", "—", "Congés"],
    ["S34\n18-24/08", "Google Ads", "Préparation de la campagne Search : structure 3 groupes, recherche de mots-clés dans le Planificateur", "—", "—", "—", "—", "—", "—", "—", "Validation budget 700 €/mois par Margaux"],
    ["S35\n25-31/08", "Shooting", "Shooting photo avec Clara Devos à l'atelier (28/08), 180 photos retenues", "—", "—", "950 €", "—", "—", "—", "—", "Retouche en cours"],
]

SUIVI = SUIVI_ETE + [    ["S36\n01-07/09", "Google Ads – Search", "Campagne « SG sans armature ». T1 : Soutien-gorge sans armature | T2 : Coton bio, fabriqué à Tourcoing | D : Maintien doux, bonnets A à F. Livraison offerte dès 60 €.",
     "[soutien gorge sans armature] \"soutien gorge sans armature coton\"", "/collections/soutiens-gorge", "140 €", "6 320", "212", "4", "286 €", "CPC trop haut (0,66 €). Baisse enchère -15 %"],
    ["S36", "Blog", "Article « Comment choisir sa taille de soutien-gorge ? » (1 450 mots, tableau de mesures)", "comment choisir sa taille de soutien gorge", "/blogs/journal/choisir-sa-taille", "—", "—", "—", "—", "—", "Publié le 04/09"],
    ["S37\n08-14/09", "Google Ads – Search", "Idem + groupe « brassière ». T1 : Brassière en coton bio | T2 : Confort toute la journée | D : Coupée et cousue dans le Nord. Retours gratuits 30 jours.",
     "\"brassiere coton bio\" [brassière bio]", "/products/brassiere-lina", "150 €", "7 010", "268", "7", "463 €", "Brassière convertit mieux que SG"],
    ["S37", "Instagram", "Reel coulisses atelier Tourcoing (45 s, monté sur CapCut)", "abonnées + #lingerieethique", "Lien bio → /pages/atelier", "—", "18 400 vues", "—", "—", "—", "312 partages, meilleur reel du trimestre"],
    ["S38\n15-21/09", "Google Ads – Search", "Ajout groupe « culotte taille haute ». T1 : Culotte taille haute coton | T2 : Lot de 3 à 59 € | D : Coton bio GOTS, coutures plates, du 34 au 52.",
     "\"culotte taille haute coton\" +culotte +tencel", "/collections/culottes", "160 €", "8 150", "301", "9", "512 €", ""],
    ["S38", "Fiche produit", "Réécriture fiche Brassière Lina (voir partie contenus)", "brassière coton bio", "/products/brassiere-lina", "—", "—", "—", "—", "—", "En ligne le 16/09"],
    ["S39\n22-28/09", "Meta Ads", "Retargeting visiteurs 30 j, carrousel 4 visuels « portés » + code ECLAT10", "visiteurs site 30 j, hors acheteuses 90 j", "/collections/nouveautes", "120 €", "21 500", "344", "3", "205 €", "CTR correct mais conversions faibles"],
    ["S39", "Google Ads – Search", "Idem S38", "idem", "idem", "160 €", "8 420", "318", "10", "690 €", ""],
    ["S40\n29/09-05/10", "Newsletter Brevo", "« La rentrée en douceur » : 3 best-sellers + article tailles", "liste active 4 200", "/blogs/journal/choisir-sa-taille", "—", "4 200 envois", "412", "11", "760 €", "Ouverture 38 %"],
    ["S40", "Google Ads – Search", "Test annonce RSA avec prix dans le titre (« dès 39 € »)", "idem", "idem", "170 €", "8 900", "356", "12", "820 €", "Le prix dans le titre améliore le CTR (4,0 %)"],
    ["S41\n06-12/10", "Blog", "Article « Laver sa lingerie en dentelle sans l'abîmer »", "lavage lingerie dentelle", "/blogs/journal/laver-dentelle", "—", "—", "—", "—", "—", "Publié le 09/10"],
    ["S41", "Meta Ads", "Retargeting + audience similaire 1 % acheteuses", "LAL 1 % FR", "/collections/nouveautes", "180 €", "33 800", "512", "6", "398 €", "Audience similaire = beaucoup de clics, peu d'achats"],
    ["S41", "Google Ads – Search", "Idem", "idem", "idem", "170 €", "8 650", "349", "11", "745 €", ""],
    ["S42\n13-19/10", "Octobre Rose", "Opération Octobre Rose : 5 € reversés à l'association Les Roses du Nord par brassière post-opératoire Rosa", "abonnées + presse locale", "/products/brassiere-rosa", "—", "—", "—", "38", "2 470 €", "Article dans La Voix du Nord le 15/10"],
    ["S42", "Google Ads – Search", "Groupe « brassière post opératoire ». T1 : Brassière post-opératoire | T2 : Sans armature, fermeture devant | D : Conçue avec des patientes. 5 € reversés en octobre.",
     "\"brassiere post operatoire\"", "/products/brassiere-rosa", "190 €", "5 200", "274", "14", "980 €", "Très bon mois"],
    ["S43\n20-26/10", "Google Ads – Search", "Idem, toutes campagnes", "idem", "idem", "170 €", "8 300", "330", "9", "610 €", ""],
    ["S43", "Pinterest", "10 épingles (visuels produits portés)", "centres d'intérêt lingerie / slow fashion", "fiches produits", "—", "9 800", "146", "?", "?", "Pas de suivi des conversions Pinterest"],
    ["S44\n27/10-02/11", "Meta Ads", "Retargeting seul (arrêt LAL)", "visiteurs 30 j", "/collections/best-sellers", "140 €", "14 200", "261", "5", "342 €", ""],
    ["S44", "Google Ads – Search", "Idem", "idem", "idem", "160 €", "7 950", "318", "10", "702 €", ""],
    ["S45\n03-09/11", "Fiche produit", "Réécriture fiches Jeanne, Gaby, Body Suzon", "culotte tencel / grosse poitrine", "fiches", "—", "—", "—", "—", "—", "En ligne le 05/11"],
    ["S45", "Google Ads – Search", "Idem", "idem", "idem", "170 €", "8 100", "322", "11", "784 €", ""],
    ["S46\n10-16/11", "Newsletter Brevo", "Teasing Black Friday « On ne fait pas de Black Friday, on fait un Green Friday »", "liste active", "/pages/green-friday", "—", "4 310 envois", "388", "—", "—", "Ouverture 41 %"],
    ["S46", "Google Ads – Search", "Idem", "idem", "idem", "180 €", "8 600", "345", "12", "850 €", "CPC moyen 0,52 €"],
    ["S47\n17-23/11", "Meta Ads", "Green Friday : 1 arbre planté par commande (partenariat Reforest'Action)", "visiteurs 60 j + abonnées IG", "/pages/green-friday", "250 €", "", "", "", "", "À remplir"],
    ["S47", "Google Ads – Search", "Annonces Green Friday (extension promotion)", "idem + \"lingerie black friday\"", "/pages/green-friday", "250 €", "", "", "", "", ""],
    ["S48\n24-30/11", "Blog", "Article « Idées cadeaux lingerie pour Noël »", "cadeau lingerie femme", "/blogs/journal/cadeaux-noel", "—", "", "", "", "", "Brouillon"],
    ["S48", "Instagram", "Live avec l'atelier de Tourcoing", "abonnées", "—", "—", "", "", "", "", "Date à confirmer avec Margaux"],
    ["S49\n01-07/12", "Newsletter Brevo", "Guide cadeaux + carte cadeau", "liste active", "/products/carte-cadeau", "—", "", "", "", "", ""],
]

APRES_TABLEAU = [
    "Sur les 11 semaines complètes de Search (S36 à S46), Google Ads a coûté 1 820 € pour 109 conversions et "
    "7 442 € de CA, soit un ROAS de 4,1. Avec notre marge brute moyenne de 57 % (chiffre donné par "
    "Margaux), la marge générée est de 4 242 €. Le ROI de la campagne est donc "
    "(4 242 − 1 820) / 1 820 = 133 %. C'est la campagne qui porte la croissance de l'automne, en "
    "particulier grâce au groupe « brassière post-opératoire » lancé pour Octobre Rose.",
    "Meta Ads a coûté 440 € (S39, S41, S44) pour 14 ventes et 945 € de CA : ROAS 2,1, et avec la "
    "marge le ROI est à peine positif (+22 %). L'audience similaire a fait monter les clics mais pas "
    "les ventes, je l'ai arrêtée en S44. Le retargeting seul reste rentable mais petit.",
    "Pour Pinterest je ne peux rien dire car le pixel n'était pas installé ; c'est à corriger.",
    "Globalement les objectifs fixés en juin avec Margaux (+30 % de trafic organique et un ROAS "
    "Google Ads supérieur à 3) : le trafic organique est passé de 2 660 à 3 410 sessions/mois "
    "(+28 %), donc presque atteint ; le ROAS est largement au-dessus.",
]

CORRECTIFS = [
    "installer la balise Pinterest et suivre les conversions",
    "créer une campagne Performance Max pour Noël",
    "réduire le poids des images des collections",
    "ajouter des avis clients (Judge.me) sur les fiches",
    "travailler le mot-clé « soutien gorge sans armature » qui ne bouge pas",
    "revoir la page Green Friday après l'opération",
]

KPI = [
    ("Sessions", "14 200 / mois en moyenne (GA4). C'est notre indicateur de base pour voir si la visibilité progresse."),
    ("Taux de rebond", "58 % sur mobile, 44 % sur ordinateur. Élevé sur les pages collection, à surveiller."),
    ("Durée moyenne d'engagement", "1 min 42 s."),
    ("Taux de conversion", "1,3 % en juin → 1,6 % en octobre."),
    ("Chiffre d'affaires en ligne", "34 800 € en octobre 2025 (Shopify), contre 27 100 € en octobre 2024."),
    ("Temps de chargement", ""),
    ("Taux d'abandon panier", "voir la partie tunnel de commande"),
]

FICHE_METHODE = [
    "Avant de réécrire une fiche je pars du mot-clé principal repéré dans Semrush (tableau des mots-clés "
    "plus haut) et de deux ou trois variantes. Je regarde les trois premières fiches concurrentes sur "
    "Google pour voir ce qu'elles mettent en avant, puis je lis les questions reçues par Anaïs sur Crisp "
    "au sujet du produit (souvent : « ça taille comment ? », « est-ce que ça se voit sous un t-shirt ? »).",
    "La fiche suit ensuite toujours le même ordre : titre avec le mot-clé, accroche de deux lignes, "
    "bénéfices en 3 puces, description longue (matière, coupe, origine), guide des tailles, composition "
    "et entretien, puis avis. La meta description reprend le mot-clé et un argument (livraison, retours).",
]

FICHE_EXEMPLE = [
    ["Élément", "Avant (juin)", "Après (16/09)"],
    ["Title", "Lina – Éclat Lingerie", "Brassière coton bio sans armature Lina | Éclat Lingerie"],
    ["Meta description", "(vide, générée par Shopify)", "Brassière en coton bio GOTS, sans armature, coupée et cousue à Tourcoing. Du XS au XXL. Retours gratuits 30 jours."],
    ["H1", "Lina", "Brassière Lina en coton bio"],
    ["Accroche", "Notre best-seller.", "La brassière qu'on oublie qu'on porte : coton bio tout doux, bretelles larges, aucun élastique qui serre."],
    ["Bénéfices", "—", "• Sans armature, maintien léger à moyen • Coton bio certifié GOTS • Fabriquée dans le Nord"],
    ["Visuels", "2 photos sur fond blanc", "6 photos : 3 morphologies (tailles S, L, XXL), détail couture, vue dos, photo portée sous t-shirt"],
    ["Guide des tailles", "lien en bas de page", "bouton « Trouver ma taille » sous le prix + tableau tour de dessous de poitrine"],
    ["Réassurance", "—", "Livraison offerte dès 60 € • Retours gratuits 30 j • Paiement en 3x avec Alma"],
    ["Texte alt images", "IMG_4471.jpg", "brassiere-coton-bio-lina-portee-taille-L"],
]

AVANT_APRES = [
    ["Fiche", "Temps moyen sur la page (avant → après)", "Taux d'ajout au panier", "Ventes / mois"],
    ["Brassière Lina", "38 s → 1 min 05", "4,1 % → 6,3 %", "41 → 63"],
    ["Culotte Jeanne", "29 s → 52 s", "3,8 % → 5,0 %", "55 → 68"],
    ["Soutien-gorge Gaby", "44 s → 1 min 10", "2,9 % → 3,4 %", "22 → 24"],
]

TUNNEL = [
    ["Étape (checkout Shopify)", "Sessions", "Abandon à l'étape"],
    ["Fiche produit → ajout au panier", "14 200", "—"],
    ["Panier", "1 020", "68 % quittent le panier"],
    ["Informations (e-mail, adresse)", "326", "22 %"],
    ["Livraison", "254", "11 %"],
    ["Paiement", "226", "9 %"],
    ["Commande validée", "206", "—"],
]

PERTURBATEURS = [
    "les frais de port (4,90 €) n'apparaissent qu'à l'étape livraison",
    "la case « créer un compte » est cochée par défaut",
    "le code promo ECLAT10 ne fonctionne pas avec les lots",
    "sur mobile le bouton « Paiement express » Shop Pay pousse le bouton principal sous la ligne de flottaison",
    "Etc.",
]


def build():
    os.makedirs(OUT_DIR, exist_ok=True)
    doc = Document()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Éclat Lingerie – rapport visibilité et contenus"
    cp.created = datetime.datetime(2025, 11, 24, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 11, 24, 9, 0, 0)
    cp.revision = 1

    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header.paragraphs[0].text = "Éclat Lingerie – Lucie Vasseur – RNCP Chef de projet e-commerce"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("ÉCLAT LINGERIE\nVisibilité du site & contenus — juin à novembre 2025")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = ROSE
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Lucie Vasseur – alternante chargée e-commerce – dossier blocs 3 et 4").italic = True

    for x in INTRO:
        par(doc, x)

    bold_par(doc, "Point de départ")
    for x in SITUATION:
        par(doc, x)
    par(doc, "Ce que j'avais noté à faire en arrivant sur le sujet :")
    bullets(doc, ACTIONS)

    bold_par(doc, "Mots-clés")
    par(doc, "J'ai exporté depuis Semrush les mots-clés sur lesquels se positionnent Les Dessous Verts, "
             "Maison Olga et Coton Paulette, puis j'ai gardé ceux qui correspondent à nos produits. "
             "Le résultat est ci-dessous (volumes France, octobre 2025).")
    table(doc, KW_ROWS, size=9)
    par(doc, "")
    par(doc, "Positions relevées dans Semrush (suivi de position, Google France, mobile) :")
    table(doc, POS_ROWS, size=9)
    par(doc, "")
    par(doc, "Netlinking : nous n'avons pas encore fait de campagne de liens. J'ai écrit à deux blogs "
             "(« Slow & Chic » et « La Penderie Verte ») en octobre, sans réponse pour l'instant. "
             "Le maillage interne entre le blog et les fiches est aussi à construire.")

    # --- grand tableau en paysage ---
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    new.left_margin = new.right_margin = Cm(1.5)
    new.top_margin = new.bottom_margin = Cm(1.5)
    bold_par(doc, "Tableau de suivi des campagnes et du plan de contenus (S23 à S49 – 2025)")
    par(doc, "Mis à jour chaque lundi à partir de Google Ads, du Gestionnaire de publicités Meta, de "
             "Brevo et de Shopify (CA attribué au dernier clic).", italic=True, size=9)
    widths = [Cm(1.6), Cm(2.2), Cm(6.0), Cm(3.4), Cm(3.2), Cm(1.3), Cm(1.5), Cm(1.2), Cm(1.1), Cm(1.4), Cm(3.2)]
    table(doc, [SUIVI_HEADER] + SUIVI, widths=widths, size=8)

    back = doc.add_section(WD_SECTION.NEW_PAGE)
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = sec.page_width, sec.page_height
    back.left_margin = back.right_margin = Cm(2.2)

    bold_par(doc, "Ce que montre le tableau")
    for x in APRES_TABLEAU:
        par(doc, x)
    par(doc, "Pistes pour la suite :")
    bullets(doc, CORRECTIFS)

    bold_par(doc, "Indicateurs suivis")
    par(doc, "Je choisis surtout des indicateurs que Margaux peut lire seule dans Shopify et GA4, "
             "parce qu'elle ne va pas ouvrir Semrush.")
    for k, v in KPI:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(k + " : ").bold = True
        p.add_run(v)

    bold_par(doc, "Contenus : fiches produits")
    for x in FICHE_METHODE:
        par(doc, x)
    par(doc, "Exemple sur la fiche Brassière Lina :")
    table(doc, FICHE_EXEMPLE, size=9)
    par(doc, "")
    par(doc, "Résultats (GA4, 6 semaines avant / 6 semaines après la mise en ligne) :")
    table(doc, AVANT_APRES, size=9)
    par(doc, "")
    par(doc, "Sur Gaby le gain est plus faible : le problème vient surtout du manque de tailles en stock "
             "(95E et 100F en rupture depuis octobre), pas de la fiche.")

    bold_par(doc, "Articles de blog")
    par(doc, "Chaque article part d'une question que se posent les clientes (recherche Semrush « Questions » "
             "+ messages Crisp). Le mot-clé est placé dans le titre, l'URL, le premier paragraphe et un "
             "intertitre ; j'ajoute un tableau ou une liste pour viser l'extrait optimisé de Google et "
             "deux liens vers des fiches produits. Longueur visée : 1 200 à 1 500 mots.")
    par(doc, "Le blog est le module « Articles de blog » natif de Shopify (blog « Journal »), il existait "
             "déjà à mon arrivée. Trois articles sont en ligne depuis septembre.")

    bold_par(doc, "Photos et vidéos")
    par(doc, "Pour les photos portées, Margaux hésitait entre une agence lilloise (Studio Nord Image, "
             "2 400 € la journée avec mannequins) et une photographe indépendante, Clara Devos (950 € la "
             "journée, mannequins amateurs recrutées parmi nos clientes). On a choisi Clara : budget, et "
             "surtout des morphologies variées qui collent à notre discours « toutes les poitrines ». "
             "Le shooting a eu lieu le 28 août à l'atelier.")
    par(doc, "Je retouche les photos dans Lightroom (preset commun pour garder les mêmes tons chair, "
             "retouche légère sans lissage de peau) puis je les recadre en 4:5 pour Instagram et en carré "
             "pour Shopify. Export en WebP, 1 600 px de large, moins de 250 ko. Les reels sont montés sur "
             "CapCut avec sous-titres incrustés car 80 % sont regardés sans le son.")
    par(doc, "Figure 1 : capture de l'export Lightroom (réglages WebP, qualité 78).", italic=True, size=9)

    bold_par(doc, "Tunnel de commande")
    par(doc, "Objectif fixé avec Margaux : passer de 1,3 % à 1,8 % de conversion d'ici mars 2026. "
             "J'ai installé Hotjar le 20 octobre pour voir où les visiteuses bloquent, les enregistrements "
             "ne sont pas encore analysés.")
    par(doc, "Entonnoir d'octobre (GA4, exploration d'entonnoir) :")
    table(doc, TUNNEL, size=9)
    par(doc, "")
    par(doc, "Points qui gênent probablement la commande :")
    bullets(doc, PERTURBATEURS)
    par(doc, "Je dois en parler avec Margaux et Théo avant de modifier le checkout.")

    doc.save(OUT_FILE)
    freeze_zip(OUT_FILE)


def freeze_zip(path):
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


if __name__ == "__main__":
    build()
    print(OUT_FILE)
