"""Génère le diagnostic de la candidate « Lotus Nomade » (équipement de yoga)."""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

OUT = Path(__file__).resolve().parent.parent / "c31-yoga-lotus-nomade"
OUT.mkdir(parents=True, exist_ok=True)
AUTHOR = "Inès Bouvier"

BODY = []


def H1(t):
    BODY.append(("h1", t))


def H2(t):
    BODY.append(("h2", t))


def P(t):
    BODY.append(("p", t))


def L(items):
    BODY.append(("list", items))


def T(rows, widths=None):
    BODY.append(("table", (rows, widths)))


def BR():
    BODY.append(("break", None))


H1("Partie A – Comprendre nos pratiquants")
P("Lotus Nomade conçoit et vend en ligne du matériel de yoga pensé pour la mobilité : tapis pliables en caoutchouc "
  "naturel (1,5 mm, 980 g), briques en liège portugais, sangles, sacs de transport et coussins de méditation "
  "gonflables. La marque a été fondée en 2022 à Bordeaux par Camille Arnaud, professeure de vinyasa. Le site tourne "
  "sous Shopify ; la logistique est confiée à un entrepôt partagé à Mérignac. Chiffre d'affaires 2025 : 412 000 € "
  "TTC, 7 300 commandes, 56 € de panier moyen, 78 % des ventes sur le site propre et 22 % sur Amazon.")
P("Je suis responsable acquisition en contrat de professionnalisation. Ce diagnostic prépare la feuille de route "
  "digitale 2026 présentée à Camille et à son associé Hugo Perrin en janvier.")
H2("A.1 Ce qui pousse à acheter, ce qui retient")
P("Le public prioritaire que j'ai étudié est celui des « pratiquants voyageurs » : femmes et hommes de 28 à 45 ans, "
  "urbains, qui pratiquent au moins deux fois par semaine et emportent leur tapis en vacances, en studio ou au "
  "bureau. Sources : 26 entretiens téléphoniques (octobre 2025), 340 réponses à un sondage Typeform envoyé aux "
  "clients, lecture de 600 avis Amazon sur nos produits et ceux des concurrents.")
T([["Ce qui donne envie", "Ce qui bloque"],
   ["Légèreté : pouvoir glisser le tapis dans une valise cabine (cité par 71 % des sondés)",
    "Prix : 89 € pour un tapis de voyage paraît cher face aux tapis à 25 € de grande surface"],
   ["Adhérence même en transpirant (pratiquants de hot yoga et d'ashtanga)",
    "Doute sur la durabilité d'un tapis fin (« va-t-il se déchirer ? »)"],
   ["Matières naturelles, absence de PVC, fabrication européenne",
    "Odeur du caoutchouc naturel les premiers jours, très citée dans les avis négatifs"],
   ["Esthétique sobre, couleurs terre, pour poster sur Instagram",
    "Impossibilité de toucher le produit avant achat"],
   ["Recommandation du professeur ou du studio", "Délais perçus comme longs en période de fêtes"]])
P("Enseignement : la promesse « voyage » est le moteur principal, mais l'argument prix doit être compensé par la "
  "preuve de durabilité (garantie 3 ans, test d'usure filmé) et par une réponse franche sur l'odeur (conseil "
  "d'aération 48 h dans la notice et sur la page produit).")
H2("A.2 Le customer journey du pratiquant voyageur")
P("J'ai reconstitué le parcours type à partir des entretiens et des données GA4 (chemins de conversion, 90 jours).")
T([["Moment", "Ce que vit le client", "Points de contact", "Notre réponse actuelle / à créer"],
   ["Déclic", "Un voyage approche, ou son tapis lourd devient pénible à transporter vers le studio",
    "Conversation avec le prof, story Instagram, départ en vacances", "Contenus « yoga en voyage » à renforcer"],
   ["Quête d'informations", "Tape « tapis de yoga voyage léger » sur Google, regarde des vidéos comparatives",
    "Google, YouTube, blogs de yoga, Pinterest", "Guide « Choisir son tapis de voyage » (à écrire)"],
   ["Mise en balance", "Compare poids, épaisseur, grip, prix ; lit les avis ; consulte Amazon",
    "Fiches produit, Amazon, Trustpilot, comparateurs", "Tableau comparatif sur la fiche, 1 240 avis Judge.me"],
   ["Passage à l'acte", "Commande en général le soir (21 h-23 h), sur mobile dans 64 % des cas",
    "Site mobile, Shop Pay, PayPal", "Paiement express OK ; frais de port offerts dès 60 €"],
   ["Après-vente", "Déballe, teste, poste parfois une photo ; contacte le SAV si odeur ou glissance",
    "E-mails post-achat, Instagram, SAV Gorgias", "Séquence Klaviyo J+3 / J+21 / J+60, à enrichir"]])
P("Le temps moyen entre la première visite et la commande est de 9 jours, avec 3,4 sessions en moyenne : "
  "la phase de mise en balance est longue et c'est là que nous perdons le plus de prospects au profit d'Amazon.")

H1("Partie B – Étalonnage concurrentiel")
P("J'ai retenu quatre acteurs : deux marques spécialistes du yoga nomade, un généraliste du sport et une marque "
  "premium. Relevés effectués du 3 au 7 novembre 2025.")
T([["", "Lotus Nomade", "Manduka (eKO SuperLite)", "Yogatravel.fr", "Decathlon (Kimjaly)", "Aloha Flow"],
   ["Tapis de voyage phare", "Tapis Nomade 1,5 mm – 89 €", "eKO SuperLite 1,5 mm – 99 €",
    "Tapis pliable TPE – 49 €", "Tapis voyage 1 mm – 29,99 €", "Tapis liège pliable – 119 €"],
   ["Poids", "980 g", "900 g", "1,1 kg", "800 g", "1,3 kg"],
   ["Matière", "Caoutchouc naturel", "Caoutchouc naturel", "TPE", "PVC sans phtalates", "Liège + caoutchouc"],
   ["Livraison offerte dès", "60 €", "75 €", "50 €", "Gratuite en magasin", "80 €"],
   ["Note moyenne des avis", "4,7 (1 240)", "4,5 (8 900)", "4,2 (310)", "4,4 (2 100)", "4,8 (420)"],
   ["Visibilité organique (mots-clés top 10, Semrush)", "74", "1 310", "212", "n.s.", "98"],
   ["Communauté Instagram", "18 400", "1,1 M (global)", "6 200", "—", "41 000"],
   ["Positionnement", "Nomade, naturel, made in Europe", "Premium international",
    "Prix bas, large choix", "Accessible, omnicanal", "Esthétique, lifestyle"]])
P("Lecture : nous sommes bien placés sur la matière et la satisfaction, mais très en retrait en visibilité "
  "organique (74 mots-clés en première page contre 212 pour Yogatravel.fr). Aloha Flow prouve qu'une petite marque "
  "peut fédérer une communauté de 40 000 abonnés avec une ligne visuelle forte. Le terrain à prendre est celui du "
  "contenu « voyage » : aucun concurrent ne s'y positionne clairement.")

BR()
H1("Partie C – Matrice MOFF")
P("Plutôt que la présentation classique, j'ai organisé la matrice en partant de l'extérieur (menaces, opportunités) "
  "puis de l'intérieur (forces, faiblesses), et j'ai ajouté sous chaque case la décision qui en découle.")
T([["MENACES\n• Baisse de prix agressive des tapis de voyage sur Amazon (-18 % en un an)\n"
    "• Hausse du coût du caoutchouc naturel (+11 % en 2025)\n• Dépendance à Meta pour l'acquisition payante\n"
    "→ Décision : réduire la part d'Amazon, sécuriser un 2e fournisseur en Espagne",
    "OPPORTUNITÉS\n• Reprise des voyages et du « workation »\n• 10,2 millions de pratiquants de yoga en France\n"
    "• Requêtes « tapis yoga voyage » en hausse de 34 % (Google Trends)\n• Studios à la recherche de revendeurs de matériel\n"
    "→ Décision : bâtir toute la communication 2026 sur le voyage et les studios"],
   ["FORCES\n• Produit différenciant (980 g, naturel)\n• Avis clients excellents (4,7/5)\n"
    "• Fondatrice professeure, crédible et présente sur Instagram\n• Marge brute de 61 %\n"
    "→ Décision : mettre Camille en avant dans les contenus",
    "FAIBLESSES\n• Très faible visibilité organique\n• Gamme courte (14 références)\n• Aucune automatisation marketing "
    "avancée\n• Odeur du caoutchouc critiquée\n→ Décision : plan de contenu SEO + FAQ odeur + 2 nouveaux produits"]])
P("Priorité de décision : l'opportunité « voyage » combinée à notre force produit est le levier le plus puissant ; "
  "la faiblesse de visibilité est l'obstacle principal et conditionne le reste.")

H1("Partie D – Feuille de route digitale 2026")
H2("D.1 Le cap")
T([["Cap", "Indicateur", "Point de départ (2025)", "Cible fin 2026"],
   ["Faire croître les ventes du site propre", "CA site (TTC)", "321 000 €", "420 000 € (+31 %)"],
   ["Réduire la dépendance à Amazon", "Part d'Amazon dans le CA", "22 %", "15 %"],
   ["Devenir visible sur le voyage", "Mots-clés en top 10", "74", "250"],
   ["Faire revenir les clients", "Taux de réachat à 12 mois", "19 %", "26 %"]])
H2("D.2 Les publics visés")
L(["Cœur de cible : pratiquants voyageurs 28-45 ans (environ 60 % de l'effort).",
   "Cible relais : professeurs indépendants et studios (prix revendeur, kits de démonstration) – 25 %.",
   "Cible d'opportunité : cadeaux de fin d'année (acheteurs non pratiquants) – 15 %, concentrée sur novembre-décembre."])
H2("D.3 Les canaux, dans l'ordre")
P("Je propose trois vagues, de la plus structurante à la plus opportuniste :")
T([["Vague", "Canal", "Pourquoi maintenant", "Démarrage"],
   ["1", "Visibilité organique (refonte des fiches, guide voyage, 2 articles/mois)",
    "Effet lent : doit démarrer en premier pour porter ses fruits au printemps", "Janvier"],
   ["1", "Lettre d'information Klaviyo (bienvenue, post-achat, relance panier)",
    "Base de 14 800 abonnés sous-exploitée, coût marginal faible", "Janvier"],
   ["2", "Annonces Google payantes (Shopping + Search sur « tapis voyage »)",
    "Capte la demande existante pendant que l'organique monte", "Février"],
   ["2", "Instagram + collaborations avec 6 profs-créateurs",
    "Crédibilité et contenus réutilisables sur les fiches", "Mars"],
   ["3", "Programme d'apporteurs d'affaires (blogs voyage, 8 % de commission via Affilae)",
    "Une fois les fiches optimisées, pour rentabiliser le trafic apporté", "Mai"],
   ["3", "Bannières de reciblage (display Google)", "Seulement si le taux de conversion dépasse 2 %", "Septembre"]])

BR()
H2("D.4 Calendrier")
P("Le calendrier suit le rythme de notre activité : la vague des bonnes résolutions (janvier), les départs en "
  "vacances (mai-juillet, 34 % de nos ventes annuelles), la rentrée des studios (septembre) et les cadeaux "
  "(novembre-décembre). Les durées sont estimées à partir de ce que nous avons réellement mis pour des tâches "
  "comparables en 2025 (par exemple 2 h par fiche produit réécrite, 1 jour par article de 1 500 mots).")
T([["Chantier", "Charge estimée", "J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
   ["Réécriture 14 fiches", "28 h", "■", "■", "", "", "", "", "", "", "", "", "", ""],
   ["Guide « tapis de voyage »", "4 j", "", "■", "", "", "", "", "", "", "", "", "", ""],
   ["Articles (2/mois)", "2 j/mois", "", "■", "■", "■", "■", "■", "■", "", "■", "■", "■", ""],
   ["Flux Klaviyo", "5 j", "■", "", "", "", "", "", "", "", "", "", "", ""],
   ["Google Ads", "1 j/sem.", "", "■", "■", "■", "■", "■", "■", "■", "■", "■", "■", "■"],
   ["Profs-créateurs", "3 j + suivi", "", "", "■", "■", "■", "■", "", "", "■", "■", "", ""],
   ["Affiliation", "3 j", "", "", "", "", "■", "■", "■", "", "", "", "", ""],
   ["Opération « Cadeaux »", "6 j", "", "", "", "", "", "", "", "", "", "■", "■", "■"]],
  [3.4, 1.8] + [0.8] * 12)
P("Ce calendrier est présenté sur le gabarit Notion de l'équipe (vue chronologique) et partagé avec l'agence "
  "photo ; chaque ligne a un responsable nommé (Inès pour l'acquisition, Hugo pour Amazon et les studios).")

H1("Partie E – Alliances")
P("Secteurs qui partagent nos clients : studios et écoles de yoga, marques de thé et d'infusions bio, "
  "hébergements de retraite (yoga retreats), marques de bagagerie légère, applications de méditation, "
  "kinésithérapeutes du sport.")
T([["Partenaire pressenti", "Clientèle commune", "Usage compatible", "Cohérence d'image", "Verdict"],
   ["Studio Prana (Bordeaux, 3 salles, 1 100 élèves)", "Oui : pratiquants réguliers urbains",
    "Oui : les élèves viennent avec leur tapis", "Forte : studio indépendant, éco-conçu", "Priorité 1"],
   ["Sac à Dos Léger (bagagerie ultralight, Annecy)", "Oui : voyageurs minimalistes",
    "Oui : on voyage avec les deux produits", "Forte : made in France, sobre", "Priorité 1"],
   ["Les Thés de Nour (infusions bio)", "Partielle", "Moyenne : moment de détente après la séance",
    "Bonne", "Priorité 2"],
   ["Chaîne de salles de sport low-cost", "Faible", "Faible : tapis fournis sur place",
    "Mauvaise : image prix bas, PVC", "Écarté"]])
P("La salle de sport low-cost apporterait du volume mais brouillerait notre image naturelle et premium : "
  "je recommande de l'écarter malgré son audience.")

H1("Partie F – Note à la direction : bilan de l'offre « Rentrée des studios »")
P("Action évaluée : du 8 au 28 septembre 2025, une brique en liège offerte pour tout tapis acheté, relayée par "
  "newsletter, Instagram et 9 studios partenaires. Comparaison avec les trois semaines précédentes (18 août – "
  "7 septembre) et avec la même période 2024.")
T([["Indicateur", "Avant (18/08-07/09)", "Pendant (08/09-28/09)", "Même période 2024", "Évolution vs avant"],
   ["Sessions", "11 200", "17 650", "12 900", "+58 %"],
   ["Taux de conversion", "1,6 %", "2,3 %", "1,7 %", "+0,7 pt"],
   ["Commandes", "179", "406", "219", "+127 %"],
   ["Panier moyen", "57 €", "74 €", "55 €", "+30 %"],
   ["Marge brute après coût de la brique offerte", "6 230 €", "14 860 €", "7 370 €", "+139 %"],
   ["Nouveaux clients", "121", "288", "150", "+138 %"]])
P("Analyse : la hausse est nette et dépasse largement l'effet saisonnier de la rentrée (+10 % entre 2024 et la "
  "période « avant »). Le panier moyen progresse parce que la brique offerte a poussé vers le tapis le plus cher. "
  "Deux réserves : 22 % des commandes viennent de clients existants qui auraient probablement acheté quand même, "
  "et le stock de briques a été épuisé le 24 septembre, ce qui a fait chuter la conversion les 4 derniers jours. "
  "Recommandation : reconduire en 2026 avec un stock de 500 briques et un code réservé aux nouveaux clients.")

BR()
H1("Partie G – Enveloppe 2026 et rentabilité par canal")
T([["Canal", "Dépenses prévues", "Détail des dépenses", "Recettes attendues (CA)", "Coût par vente", "Rentabilité de l'action"],
   ["Visibilité organique", "7 200 €", "Rédactrice 12 × 350 €, Semrush 1 560 €, photos 1 440 €",
    "38 000 €", "11 €", "CA / dépense = 5,3"],
   ["Lettre d'information", "2 400 €", "Klaviyo 150 €/mois, templates 600 €", "46 000 €", "3 €", "19,2"],
   ["Annonces Google", "18 000 €", "Enchères 1 500 €/mois", "72 000 €", "14 €", "4,0"],
   ["Instagram + profs-créateurs", "9 600 €", "6 créateurs × 800 €, Meta Ads 4 800 €", "31 000 €", "17 €", "3,2"],
   ["Apporteurs d'affaires", "3 300 €", "Commission 8 %, Affilae 900 €", "30 000 €", "6 €", "9,1"],
   ["Total", "40 500 €", "", "217 000 €", "11 € (moyenne)", "5,4"]])
P("Calcul du gain net : avec une marge brute de 61 %, les 217 000 € de CA attendus dégagent 132 370 € de marge, "
  "soit un gain net de 91 870 € après les 40 500 € de dépenses. Chaque euro investi rapporte donc 2,27 € de "
  "marge nette. Le canal Instagram est le moins rentable mais il alimente les autres (contenus réutilisés).")
H2("G.1 Prévu / réalisé au 1er trimestre et ajustements")
T([["Canal", "Prévu T1", "Réalisé T1", "Écart", "Ajustement proposé"],
   ["Annonces Google", "3 000 €", "4 150 €", "+38 %",
    "Exclure les requêtes « gratuit » et « occasion », plafonner le CPC à 0,90 €"],
   ["Profs-créateurs", "1 600 €", "800 €", "-50 %", "Un créateur a annulé : réaffecter 800 € au T2 sur Studio Prana"],
   ["Visibilité organique", "1 800 €", "1 950 €", "+8 %", "Écart acceptable, aucun changement"]])
P("Règle de pilotage proposée : tout écart supérieur à 15 % sur un canal déclenche un point avec Hugo dans la "
  "semaine et une réaffectation vers le canal au meilleur coût par vente.")


def add_table(doc, rows, widths):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            lines = c.split("\n")
            para = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    para = cell.add_paragraph()
                run = para.add_run(line)
                run.font.size = Pt(8.5 if len(rows[0]) > 5 else 9.5)
                if i == 0 and len(rows) > 2 and not c.startswith(("MENACES", "FORCES")):
                    run.bold = True
                if k == 0 and line.isupper():
                    run.bold = True
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
            for row in t.rows:
                row.cells[j].width = Cm(w)
    doc.add_paragraph()


def build():
    doc = Document()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.title = "Lotus Nomade – Diagnostic et feuille de route digitale"
    cp.created = datetime.datetime(2026, 1, 12, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 12, 9, 0, 0)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.footer.paragraphs[0].text = f"{AUTHOR} – Lotus Nomade – Diagnostic 2026"
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("LOTUS NOMADE")
    r.bold = True
    r.font.size = Pt(28)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t2.add_run("Diagnostic de marché et feuille de route digitale 2026").font.size = Pt(14)
    t3 = doc.add_paragraph()
    t3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t3.add_run(f"{AUTHOR} – Responsable acquisition – janvier 2026").italic = True
    for kind, val in BODY:
        if kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "list":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            add_table(doc, *val)
        elif kind == "break":
            doc.add_page_break()
    doc.save(OUT / "lotus-nomade-diagnostic.docx")
    normalize_zip(OUT / "lotus-nomade-diagnostic.docx")


def normalize_zip(path):
    """Réécrit l'archive avec des dates fixes pour un résultat identique à chaque exécution."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w") as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


if __name__ == "__main__":
    build()
