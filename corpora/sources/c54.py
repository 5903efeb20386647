# Générateur de la copie de Kévin Lemaire - Maille & Co
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether, PageBreak)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", FD + "LiberationSans-Italic.ttf"))
registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")

OUT = "/work/main/corpora/c54-chaussettes-troyes"
os.makedirs(OUT, exist_ok=True)
PATH = os.path.join(OUT, "maille-co-copie.pdf")

body = ParagraphStyle("body", fontName="LS", fontSize=11, leading=16, spaceAfter=7)
small = ParagraphStyle("small", fontName="LS", fontSize=9.5, leading=12.5)
smallb = ParagraphStyle("smallb", parent=small, fontName="LSB")
q = ParagraphStyle("q", fontName="LSB", fontSize=11.5, leading=15, spaceBefore=12, spaceAfter=4, keepWithNext=1)
part = ParagraphStyle("part", fontName="LSB", fontSize=13, leading=17, spaceBefore=6, spaceAfter=6,
                      textColor=colors.HexColor("#1F3A5F"))
bul = ParagraphStyle("bul", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
chat = ParagraphStyle("chat", fontName="LS", fontSize=9, leading=12)


def deco(canv, doc):
    canv.saveState()
    canv.setFont("LS", 8.5)
    canv.setFillColor(colors.grey)
    canv.drawString(2 * cm, A4[1] - 1.2 * cm, "Épreuve écrite – Étude de cas Maille & Co – Blocs 2 et 3")
    canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Copie n° 0427 – K. Lemaire")
    canv.drawCentredString(A4[0] / 2, 1.1 * cm, "%d" % doc.page)
    canv.restoreState()


def P(t, st=body):
    return Paragraph(t, st)


def B(items, st=bul):
    return [Paragraph(i, st, bulletText="–") for i in items]


def Q(n):
    return Paragraph(n, q)


def T(data, widths, head=True, bold_first_col=False):
    rows = []
    for i, r in enumerate(data):
        row = []
        for j, c in enumerate(r):
            stl = smallb if (head and i == 0) or (bold_first_col and j == 0) else small
            row.append(Paragraph(str(c), stl))
        rows.append(row)
    t = Table(rows, colWidths=widths, repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E9F0")))
    t.setStyle(TableStyle(st))
    return t


s = []
entete = Table([[P("<b>Candidat</b> : Kévin LEMAIRE", small), P("<b>Session</b> : novembre 2026", small)],
                [P("<b>Titre visé</b> : Chef de projet e-commerce (RNCP)", small), P("<b>Épreuve</b> : étude de cas écrite, blocs 2 et 3", small)],
                [P("<b>Entreprise du cas</b> : Maille & Co, Troyes (10)", small), P("<b>Annexes fournies</b> : 1 à 6 (données Shopify, GA4, Google Ads)", small)]],
               colWidths=[8.5 * cm, 8.5 * cm])
entete.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                            ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
s += [entete, Spacer(1, 10),
      P("<i>Rappel du contexte (mes notes) : Maille & Co fabrique des chaussettes dans un atelier de bonneterie "
        "à Troyes (rue de la Paix, 14 salariés). Créée en 2019 par Aurélie et Thomas Gauthier. Site Shopify "
        "depuis 2020, 72 % du CA en ligne. CA 2025 : 486 000 €. Panier moyen 38,50 €. Environ 24 000 sessions "
        "par mois. Gammes : coton peigné bio (14 €), laine mérinos (19 €), « Les Rayées de Troyes » (16 €), "
        "coffrets 3 paires (42 €) et abonnement « Pied d'Avance » (3 paires / trimestre, 39 €). "
        "Concurrents cités dans le dossier : Bonnes Mailles, Le Pied Tricolore, Socks Paradise.</i>", small),
      Spacer(1, 8)]

# ================= PARTIE 1
s += [P("PARTIE 1 – Animation commerciale et communauté", part)]

s += [Q("Q1.1"),
      P("Je propose une campagne pour la <b>Fête des pères 2026 (dimanche 21 juin)</b>. C'est cohérent avec "
        "le projet de Maille & Co qui veut se positionner comme LA marque de chaussettes cadeau made in "
        "France, et qui a un stock de coffrets qui tourne mal hors Noël (annexe 2 : 61 % des coffrets vendus en "
        "décembre)."),
      P("Objectifs chiffrés de la campagne (du 25 mai au 19 juin) :"),
      ] + B(["vendre 650 coffrets « Papa Maille » (contre 290 coffrets sur la même période en 2025) ;",
             "faire +25 % de CA en ligne sur juin par rapport à juin 2025 (41 200 € → 51 500 €) ;",
             "récupérer 1 500 nouveaux inscrits newsletter via le jeu concours."]) + [
      Q("Q1.2"),
      P("Cible : surtout des femmes de 28 à 55 ans qui achètent pour leur père ou leur conjoint (c'est 68 % "
        "des acheteuses de coffrets d'après l'export Shopify), et en 2e cible les enfants adultes 20–30 ans "
        "qui cherchent un cadeau pas cher mais « qui fait plaisir »."),
      P("Les vecteurs et comment ça s'articule :"),
      T([["Objectif", "Cible", "Vecteur", "Ce qu'on fait concrètement"],
         ["Ventes coffrets", "Clientes existantes (base 11 200 contacts)", "Emailing Brevo",
          "3 envois : 27/05 teasing, 05/06 lancement -10 % jusqu'au 10/06, 16/06 dernier jour pour livraison à temps"],
         ["Ventes + notoriété", "Femmes 28-55 ans, France entière", "Meta Ads (Instagram + Facebook)",
          "Carrousel des 4 coffrets + reel atelier 20 s, budget 1 800 €"],
         ["Nouveaux inscrits", "Abonnés Instagram + leur entourage", "Jeu concours Instagram",
          "1 an de chaussettes à gagner, inscription newsletter obligatoire pour valider"],
         ["Ventes locales", "Aubois / touristes Troyes", "Presse locale + vitrine atelier",
          "Communiqué à L'Est-Éclair et France Bleu Champagne"],
         ["Conversion sur le site", "Tous les visiteurs", "Bannière home + pop-up Shopify",
          "Compte à rebours livraison garantie avant le 21/06"]],
        [2.8 * cm, 3.6 * cm, 3.2 * cm, 7.4 * cm]),
      Spacer(1, 6),
      P("L'idée c'est que chaque objectif a au moins un vecteur et une cible, et que l'emailing sert de "
        "« colonne vertébrale » parce que c'est ce qui convertit le mieux chez Maille & Co (annexe 3 : "
        "taux de conversion email 4,1 % contre 1,6 % en moyenne sur le site)."),
      Q("Q1.3"),
      P("Email du 5 juin (lancement), tel que je le monterais dans Brevo :"),
      T([["Élément", "Contenu"],
         ["Objet", "Papa mérite mieux que des chaussettes trouées"],
         ["Pré-en-tête", "-10 % sur les coffrets jusqu'au 10 juin, tricotés à Troyes"],
         ["Visuel", "Photo du coffret kraft ouvert sur l'établi de l'atelier (photo de Thomas)"],
         ["Texte", "Cette année, offrez-lui un cadeau qui dure. Nos coffrets 3 paires sont tricotés dans notre "
                   "atelier de Troyes, en coton bio ou en mérinos, et arrivent dans une boîte prête à offrir. "
                   "Jusqu'au 10 juin : -10 % avec le code PAPAMAILLE."],
         ["Bouton", "Je choisis son coffret → /collections/coffrets?utm_source=brevo&utm_campaign=fdp26"],
         ["Bas de mail", "Livraison offerte dès 45 € – Commandez avant le 17/06 pour recevoir à temps"],
         ["Segment", "Clients ayant acheté au moins 1 fois + inscrits newsletter, hors commande des 15 derniers jours"]],
        [3.2 * cm, 13.8 * cm]),
      ]

s += [Q("Q1.4"),
      P("Partenaires relais que je vois pour Maille & Co :"),
      T([["Partenaire", "Type", "Pourquoi lui"],
         ["Office de tourisme de Troyes la Champagne", "Réseau local", "Troyes = capitale de la maille, les touristes cherchent un souvenir local. Boutique de l'OT déjà demandeuse."],
         ["Blog « L'Homme Durable » (Julien, 45 000 visites/mois)", "Blogueur", "Lectorat homme 25-45 ans, mode responsable, très proche de notre cible 2."],
         ["@made.in.france.addict (Instagram, 82 k)", "Influenceuse", "Communauté qui achète déjà du made in France, ton familier."],
         ["Idealo / Google Shopping", "Comparateurs", "Pour les recherches prix « chaussettes mérinos homme »."],
         ["Concept-stores (La Fabrique Champenoise à Reims, Bleu Forge à Nancy)", "Revendeurs", "Même image artisanale, clientèle cadeaux."],
         ["L'Est-Éclair", "Presse", "Papier local = crédibilité, déjà un article en 2022."]],
        [5.2 * cm, 2.6 * cm, 9.2 * cm]),
      Spacer(1, 6),
      P("Pour le retour : le blog L'Homme Durable avait eu un code BLOG10 en 2025, il y a eu 64 commandes "
        "avec ce code sur l'année (annexe 4). Pour les autres je n'ai pas de chiffres dans le dossier, il "
        "faudrait mettre des liens UTM pour chacun."),
      ]

s += [Q("Q1.5"),
      P("Maille & Co a installé <b>Shopify Inbox</b> (gratuit, intégré au back-office, appli mobile pour "
        "répondre depuis l'atelier). Le widget s'affiche en bas à droite sur toutes les pages, avec un "
        "message d'accueil auto et des réponses rapides enregistrées (délais de livraison, guide des "
        "tailles, retours). Hors horaires (9h-18h) un message indique qu'on répond le lendemain matin."),
      P("Exemple de conversation (transformée) – jeudi 8 octobre 2026, 12h14 :"),
      T([["Qui", "Message"],
         ["Visiteuse", "Bonjour, je cherche des chaussettes chaudes pour mon mari qui fait du 46, vous faites cette taille en mérinos ?"],
         ["Maille & Co (Margaux)", "Bonjour ! Oui, la mérinos existe en 43-46 et en 47-49. Pour du 46 pile je conseille plutôt 43-46, la maille est assez élastique. C'est pour tous les jours ou pour la rando ?"],
         ["Visiteuse", "Tous les jours, il a toujours froid aux pieds au bureau"],
         ["Maille & Co (Margaux)", "Alors la Mérinos Classique est parfaite (70 % laine). Si vous en prenez 3, le coffret Mérinos revient à 48 € au lieu de 57 €. Je vous mets le lien : maille-co.fr/products/coffret-merinos"],
         ["Visiteuse", "Super, livraison en combien de temps ?"],
         ["Maille & Co (Margaux)", "Expédié demain depuis Troyes, Colissimo 48 h, et gratuit dès 45 € donc c'est bon pour le coffret :)"],
         ["Visiteuse", "Parfait je commande, merci !"],
         ["(Shopify)", "Commande #18452 passée à 12h21 – 48,00 €"]],
        [3.6 * cm, 13.4 * cm]),
      Spacer(1, 6),
      P("Je n'ai pas mis d'exemple de conversation non transformée, celle que j'avais prévue n'était pas "
        "exportable (annexe illisible)."),
      Q("Q1.6"),
      P("Stats du chat (annexe 5, septembre 2026) : 312 conversations, 81 % avec une première réponse en "
        "moins de 5 minutes, 44 commandes attribuées au chat soit 14,1 % de conversion. C'est beaucoup plus "
        "que le taux du site (1,6 %), ce qui est logique car les gens qui écrivent ont déjà une intention "
        "d'achat. Le point faible c'est le soir : 38 % des conversations arrivent après 18h et le taux de "
        "conversion tombe à 6 % quand on répond le lendemain. Je proposerais un bot de premier niveau "
        "(tailles et livraison) pour ces créneaux."),
      ]

s += [Q("Q1.7"),
      P("Réseaux à utiliser : Instagram en priorité (c'est là qu'est la communauté, 18 400 abonnés), "
        "Facebook pour la pub et le groupe local, TikTok pour toucher les plus jeunes avec les vidéos de "
        "l'atelier, Pinterest pour les idées cadeaux (bon pour décembre et juin)."),
      P("Techniques d'animation que je mettrais en place :"),
      ] + B(["rendez-vous fixe « Le mardi à l'atelier » : un reel de 15-30 s sur une machine, une tricoteuse, un motif ;",
             "repartage des photos clients avec le hashtag #MailleEtMoi (UGC), avec un tirage au sort mensuel d'une paire ;",
             "stories sondages pour choisir les coloris de la prochaine collection (les gens adorent voter) ;",
             "un article de blog par mois repris en carrousel (ex : « Pourquoi Troyes est la capitale de la chaussette ») ;",
             "répondre à tous les commentaires dans la journée ;",
             "lives avec l'influenceuse @made.in.france.addict au moment des lancements."]) + [
      P("Exemple de planning de publication sur 2 semaines (novembre 2026) :"),
      T([["Date", "Réseau", "Format", "Sujet"],
         ["Mar. 3/11", "Instagram + TikTok", "Reel 20 s", "Le mardi à l'atelier : la machine Lonati de 1987 qui tricote les Rayées"],
         ["Jeu. 5/11", "Instagram", "Carrousel", "5 raisons de passer au mérinos cet hiver (repris du blog)"],
         ["Ven. 6/11", "Facebook", "Post + lien", "Portes ouvertes de l'atelier le 21/11 (groupe « Troyes et alentours »)"],
         ["Sam. 7/11", "Instagram", "Stories", "Sondage : quel coloris pour la Rayée de Noël ? (rouge/vert ou bleu/blanc)"],
         ["Mar. 10/11", "Instagram + TikTok", "Reel", "Le mardi à l'atelier : le remaillage à la main de la pointe"],
         ["Mer. 11/11", "Pinterest", "5 épingles", "Idées cadeaux homme à moins de 50 €"],
         ["Ven. 13/11", "Instagram", "Post UGC", "Photo de @claire.rando avec #MailleEtMoi + tirage au sort"],
         ["Dim. 15/11", "Instagram", "Live", "Live avec @made.in.france.addict : ouverture des coffrets de Noël"]],
        [2.2 * cm, 3.2 * cm, 2.2 * cm, 8.6 * cm]),
      Spacer(1, 6),
      P("Indicateurs de notoriété à suivre : nombre d'abonnés, portée, taux d'engagement, mentions de la "
        "marque, recherches Google sur « maille et co »."),
      T([["Instagram", "Juin 2026", "Octobre 2026"],
         ["Abonnés", "16 900", "18 400"],
         ["Portée moyenne / post", "4 200", "5 900"],
         ["Taux d'engagement", "3,1 %", "3,8 %"],
         ["Mentions #MailleEtMoi", "37", "112"]],
        [6 * cm, 4 * cm, 4 * cm]),
      Spacer(1, 4),
      Q("Q1.8"),
      P("Réponse au commentaire négatif de l'annexe 5 (« 3e paire trouée en 2 mois, c'est ça le made in "
        "France ?? ») : on répond en public vite et sans se justifier, puis on passe en message privé."),
      P("<i>« Bonjour Sandrine, on est vraiment désolés, ce n'est pas normal du tout pour une paire Maille & Co. "
        "On vous envoie un message privé pour vous renvoyer une paire neuve et récupérer celle-ci : Aurélie "
        "veut la regarder à l'atelier pour comprendre ce qui s'est passé. »</i>"),
      P("Ensuite on vérifie le lot (numéro sur l'étiquette) et si c'est un défaut, on le dit en story, ça "
        "montre qu'on assume. C'est ce genre de transparence qui fait revenir les gens."),
      ]

s += [Q("Q1.9"),
      P("Fonctions de mise en avant utilisées dans Shopify (thème Dawn) :"),
      ] + B(["<b>Collections automatiques</b> : collection « Nouveautés » qui se remplit toute seule avec la condition « tag = new » et tri par date ; collection « Meilleures ventes » triée par ventes sur 30 jours.",
             "<b>Produits recommandés</b> (section native « Produits associés » sur la fiche) + appli « Frequently Bought Together » paramétrée manuellement pour proposer le coffret quand on regarde une paire seule.",
             "<b>Badges</b> sur les vignettes produits via les métachamps : « Fabriqué à Troyes », « Dernières paires », « -20 % ».",
             "<b>Upsell dans le tiroir panier</b> : « Plus que 6,50 € pour la livraison offerte » avec une paire à 14 € suggérée.",
             "<b>Bannière / diaporama home</b> changé à chaque temps fort (Noël, fête des pères, soldes)."]) + [
      P("Les endroits du site où ça a le plus d'impact pour Maille & Co :"),
      T([["Emplacement", "Quoi mettre en avant", "Pourquoi"],
         ["Page d'accueil, 1er écran", "Le temps fort du moment (coffrets, nouveauté)", "42 % des sessions arrivent sur la home"],
         ["Méga-menu « Homme / Femme / Enfant »", "Une vignette « coup de cœur » par univers", "Les gens naviguent par le menu sur mobile"],
         ["Pages collection", "Badges + tri par meilleures ventes par défaut", "Aide à choisir parmi 85 références"],
         ["Fiche produit", "Coffret 3 paires et abonnement en cross-sell", "Monte le panier moyen"],
         ["Panier / tiroir", "Paire à 14 € pour atteindre 45 €", "Seuil de livraison gratuite"],
         ["Page de confirmation + email", "Abonnement « Pied d'Avance »", "Client déjà conquis"],
         ["Page 404 / recherche sans résultat", "Meilleures ventes", "Évite la sortie du site"]],
        [4.4 * cm, 6.2 * cm, 6.4 * cm]),
      ]

s += [Q("Q1.10"),
      P("Sur le site il y a <b>Shopify Payments</b> (CB Visa / Mastercard / Amex avec 3D Secure), "
        "<b>Apple Pay / Google Pay</b> et <b>PayPal</b>. J'ai fait une commande test avec le mode test de "
        "Shopify Payments sur mon iPhone (Safari + Apple Pay) et sur PC (Chrome, carte de test 4242…), les "
        "deux passent et l'email de confirmation arrive bien."),
      P("Pour la confiance : le site est en HTTPS, les logos de paiement sont affichés sous le bouton « Ajouter au "
        "panier » et dans le footer, le paiement se fait sur le checkout Shopify (certifié PCI DSS), et "
        "PayPal rassure les acheteurs plus âgés qui ne veulent pas donner leur numéro de carte. Je rajouterais "
        "le badge avis clients (Avis Vérifiés, 4,7/5) à côté du bouton de paiement."),
      ]

s += [Q("Q1.11"),
      P("On pourrait proposer le paiement en plusieurs fois avec Alma, Klarna ou Oney (3x ou 4x). PayPal "
        "propose aussi le 4x sans frais."),
      ]

s += [Q("Q1.12"),
      P("Dispositifs de fidélisation possibles : programme de points (appli Smile ou Loyoly), parrainage "
        "(« offrez 5 €, recevez 5 € »), abonnement, carte cadeau, club VIP avec accès en avant-première aux "
        "collections, newsletter avec offre anniversaire, avis clients récompensés."),
      P("Pour Maille & Co je choisis surtout <b>l'abonnement « Pied d'Avance »</b> : la chaussette est un "
        "produit qui s'use et qu'on rachète, donc l'abonnement colle au produit. Aujourd'hui il y a 340 "
        "abonnés actifs (annexe 2), soit environ 53 000 € de CA récurrent par an. Je le pousserais plus en "
        "le mettant sur la page de confirmation et en proposant le 1er trimestre à 29 €. Le parrainage "
        "aussi serait intéressant parce que les clients offrent déjà beaucoup nos chaussettes (cadeau = "
        "bouche-à-oreille)."),
      ]

# ================= PARTIE 2
s += [PageBreak(), P("PARTIE 2 – Référencement et mesure de la performance", part)]

s += [Q("Q2.1"),
      P("Après l'audit de l'annexe 6 (Screaming Frog + Search Console), voilà les actions SEO à faire :"),
      ] + B(["réécrire les balises title des 85 fiches produits (beaucoup sont « Chaussette – Maille & Co ») ;",
             "ajouter du texte en haut des pages collections (elles n'ont que des vignettes) ;",
             "compresser les images (certaines font 2-3 Mo) ;",
             "corriger les 23 liens cassés (404) ;",
             "créer une page « Notre atelier à Troyes » ;",
             "lancer un blog avec 2 articles par mois ;",
             "récupérer des backlinks locaux ;",
             "mettre les données structurées Produit et Avis ;",
             "créer une fiche Google Business Profile pour la boutique de l'atelier."]) + [
      P("Tout ça est important pour le SEO, l'idéal serait de tout faire d'ici la fin du premier trimestre 2027 "
        "avec l'aide de l'agence qui a fait le thème."),
      P("Outils pour mesurer le trafic : <b>Google Analytics 4</b> (sessions, sources, conversions), "
        "<b>Google Search Console</b> (clics, impressions, positions), <b>Semrush</b> (positions des "
        "mots-clés et concurrents) et le tableau de bord Shopify pour les ventes."),
      ]

s += [Q("Q2.2"),
      P("Exemples de balises title réécrites en septembre 2026 (je l'ai fait sur les 12 meilleures ventes, "
        "les autres fiches restent à faire) :"),
      T([["Fiche", "Title avant", "Title après"],
         ["Mérinos Classique", "Chaussette – Maille & Co", "Chaussettes Mérinos Homme Made in France | Maille & Co Troyes"],
         ["Coffret Papa Maille", "Coffret – Maille & Co", "Coffret Chaussettes Homme 3 Paires, Cadeau Made in France"],
         ["Les Rayées de Troyes", "Rayées – Maille & Co", "Chaussettes Rayées Coton Bio Tricotées à Troyes | Maille & Co"],
         ["Coton bio femme", "Chaussette femme – Maille & Co", "Chaussettes Coton Bio Femme Fabriquées en France"]],
        [3.6 * cm, 4.4 * cm, 9 * cm]),
      Spacer(1, 6),
      P("Résultat qu'on voit déjà : sur « chaussettes fabriquées en france » le site est passé de la 31e "
        "position (début septembre) à la 14e (fin octobre) d'après Semrush. Pour les autres mots-clés je "
        "n'ai pas encore assez de recul."),
      ]

s += [Q("Q2.3"),
      P("Ma matrice de mots-clés :"),
      T([["Mot-clé", "Vol./mois", "Difficulté", "Intention", "Page visée", "Position actuelle"],
         ["chaussettes made in france", "4 400", "38", "Achat", "Accueil", "19"],
         ["chaussettes laine mérinos homme", "2 900", "42", "Achat", "Collection Mérinos", "27"],
         ["chaussettes fabriquées en france", "1 600", "35", "Achat", "Page Atelier", "14"],
         ["chaussettes coton bio femme", "1 300", "31", "Achat", "Collection Coton bio", "34"],
         ["coffret chaussettes homme", "2 400", "29", "Cadeau", "Collection Coffrets", "22"],
         ["abonnement chaussettes", "880", "24", "Achat", "Page Pied d'Avance", "11"],
         ["chaussettes troyes", "320", "12", "Local", "Page Atelier", "4"],
         ["bonneterie troyes", "210", "15", "Info / local", "Blog (histoire)", "9"],
         ["idée cadeau fête des pères original", "6 600", "47", "Cadeau", "Blog + Coffrets", "> 50"],
         ["chaussettes qui ne glissent pas", "1 000", "21", "Info", "Blog", "> 50"]],
        [4.6 * cm, 1.8 * cm, 2.0 * cm, 2.0 * cm, 3.6 * cm, 2.2 * cm]),
      Spacer(1, 6),
      P("Les mots-clés « Troyes » et « made in France » sont là où Maille & Co peut gagner le plus vite : les "
        "concurrents Socks Paradise et Le Pied Tricolore ne sont pas fabriqués en France, et Bonnes Mailles "
        "est dans le Tarn donc ne peut pas jouer sur Troyes. Sur « chaussettes mérinos » c'est plus dur à cause "
        "des grosses marques outdoor."),
      ]

s += [Q("Q2.4"),
      P("Pas eu le temps de traiter cette question."),
      ]

s += [Q("Q2.5"),
      P("Partenaires pour les backlinks :"),
      T([["Site", "Autorité (Semrush AS)", "Lien obtenu / demandé"],
         ["tourisme-troyes.com (page « Boutiques made in Troyes »)", "41", "Obtenu en juillet 2026"],
         ["lhommedurable.fr (article test chaussettes mérinos)", "33", "Obtenu en septembre 2026"],
         ["Annuaire « Origine France Garantie »", "48", "Demande en cours"],
         ["lest-eclair.fr (article sur l'atelier)", "58", "Obtenu en 2022 (lien nofollow)"],
         ["Blog Fédération de la Maille", "29", "Demandé"]],
        [8.2 * cm, 3.5 * cm, 5.3 * cm]),
      Spacer(1, 6),
      P("Avant / après (Semrush, backlinks) : 41 domaines référents en juin 2026 → 49 en octobre 2026. "
        "Authority Score du site : 19 → 22."),
      ]

s += [Q("Q2.6"),
      P("Campagne Google Ads Search « Made in France – Q4 2026 », budget 25 €/jour du 2 au 30 novembre, "
        "enchères « Maximiser la valeur de conversion », ciblage France métropolitaine, ordinateur + mobile. "
        "La campagne Shopping (flux Google & YouTube de Shopify) tourne à côté, je ne la détaille pas ici."),
      T([["Groupe d'annonces", "Mots-clés (type de correspondance)", "Page d'atterrissage"],
         ["GA1 – Made in France", "[chaussettes made in france], \"chaussettes fabriquées en france\", \"chaussettes françaises\"",
          "maille-co.fr/pages/atelier-troyes"],
         ["GA2 – Mérinos", "\"chaussettes mérinos homme\", \"chaussettes laine chaudes\", [chaussettes mérinos made in france]",
          "maille-co.fr/collections/merinos"],
         ["GA3 – Coffrets cadeau", "\"coffret chaussettes homme\", \"cadeau chaussettes\", [coffret chaussettes made in france]",
          "maille-co.fr/collections/coffrets"]],
        [3.4 * cm, 8.3 * cm, 5.3 * cm]),
      Spacer(1, 6),
      P("Les pages d'atterrissage existent déjà mais je modifierais celle du groupe 1 (page Atelier) : "
        "aujourd'hui c'est une page « histoire » sans bouton d'achat. J'ajouterais en haut une bande avec les 3 "
        "meilleures ventes, un bouton « Voir toutes les chaussettes » et le bandeau livraison offerte dès 45 €, "
        "sinon on paie des clics pour des gens qui lisent l'histoire et repartent."),
      P("Pour Meta (voir Q1.2), les audiences : Femmes 28-55 ans France, centres d'intérêt « made in France », "
        "« artisanat », « idées cadeaux » + audience similaire 2 % construite sur les acheteurs de coffrets, "
        "et exclusion des acheteurs des 30 derniers jours."),
      P("Mots-clés négatifs : gratuit, pas cher, compression, bébé, tricoter, patron, Decathlon."),
      P("Annonces (responsives, je mets les principales) :"),
      T([["Groupe", "Titres (30 car. max)", "Descriptions (90 car. max)"],
         ["GA1", "Chaussettes Made in Troyes | Tricotées en France depuis 2019 | Livraison Offerte dès 45 €",
          "Chaussettes tricotées dans notre atelier de Troyes. Coton bio et mérinos, dès 14 €. / "
          "Fabrication française, qualité qui dure. Expédition en 24 h depuis l'Aube."],
         ["GA2", "Chaussettes Mérinos Homme | Laine Mérinos Made in France | Fini les Pieds Froids",
          "70 % laine mérinos, douces et chaudes, tricotées à Troyes. 19 € la paire, 3 pour 48 €. / "
          "Renfort talon et pointe, pour le bureau comme la rando. Retours gratuits 30 jours."],
         ["GA3", "Coffret Chaussettes Homme | Le Cadeau Made in France | Coffret 3 Paires 42 €",
          "Un cadeau utile et français : 3 paires dans une boîte kraft prête à offrir. / "
          "Commandez avant le 18/12 pour une livraison avant Noël. Paiement sécurisé."]],
        [1.6 * cm, 7 * cm, 8.4 * cm]),
      ]

s += [Q("Q2.7"),
      P("Tableau de suivi des campagnes (novembre 2026, annexe 6 complétée) :"),
      T([["Campagne", "Impr.", "Clics", "CTR", "CPC moy.", "Coût", "Conv.", "CA généré", "ROAS"],
         ["Google – GA1 Made in France", "18 420", "1 011", "5,5 %", "0,29 €", "293 €", "39", "1 580 €", "5,4"],
         ["Google – GA2 Mérinos", "24 760", "812", "3,3 %", "0,36 €", "292 €", "17", "760 €", "2,6"],
         ["Google – GA3 Coffrets", "15 300", "640", "4,2 %", "0,28 €", "179 €", "14", "690 €", "3,9"],
         ["Total Google Search", "58 480", "2 463", "4,2 %", "0,31 €", "764 €", "70", "3 030 €", "4,0"],
         ["Meta – Carrousel coffrets", "96 200", "1 540", "1,6 %", "0,39 €", "600 €", "21", "1 010 €", "1,7"],
         ["Meta – Reel atelier", "142 800", "2 210", "1,5 %", "0,18 €", "400 €", "9", "390 €", "1,0"]],
        [4.2 * cm, 1.6 * cm, 1.3 * cm, 1.3 * cm, 1.6 * cm, 1.4 * cm, 1.2 * cm, 1.9 * cm, 1.3 * cm]),
      Spacer(1, 6),
      P("Google Search marche nettement mieux que Meta pour vendre : ROAS de 4 contre 1,4 en moyenne sur "
        "Meta. Dans Google, le groupe « Made in France » est le meilleur (CTR 5,5 %, ROAS 5,4), le groupe "
        "Mérinos coûte cher pour peu de ventes, sûrement parce qu'on est en concurrence avec les marques "
        "outdoor et que le prix à 19 € fait hésiter. Le reel Meta a fait beaucoup de vues pour pas cher, "
        "il sert plus à la notoriété qu'à la vente, donc ce n'est pas forcément un échec."),
      ]

s += [Q("Q2.8"),
      P("On garde GA4 parce que c'est gratuit, déjà installé via l'appli Google & YouTube de Shopify et "
        "relié à Google Ads. Liens utiles :"),
      ] + B(["GA4 : https://analytics.google.com/analytics/web/#/p318840271/reports",
             "Search Console : https://search.google.com/search-console?resource_id=https://maille-co.fr/",
             "Tableau de bord Looker Studio : lien à ajouter",
             "Shopify Analytics : https://admin.shopify.com/store/maille-co/analytics"]) + [
      ]

s += [Q("Q2.9"),
      P("Les KPI que je suivrais pour Maille & Co (annexe 3, moyenne août-octobre 2026) :"),
      T([["KPI", "Valeur", "Commentaire"],
         ["Trafic (sessions / mois)", "24 300", "Dont 41 % organique, 22 % payant, 18 % direct, 12 % social, 7 % email."],
         ["Taux de rebond", "58 %", "Élevé sur les pages collections (67 %), normal car elles n'ont pas de texte."],
         ["Durée moyenne de session", "1 min 52", "Correct pour un site de chaussettes, on ne reste pas 10 minutes."],
         ["Taux de conversion", "1,6 %", "Dans la moyenne mode (1,5-2 %), à monter à 2 %."],
         ["Panier moyen", "38,50 €", "Juste sous le seuil de livraison offerte (45 €)."],
         ["Chiffre d'affaires en ligne", "29 900 € / mois", "+12 % vs même période 2025."]],
        [4.4 * cm, 2.8 * cm, 9.8 * cm]),
      Spacer(1, 4),
      ]

s += [Q("Q2.10"),
      P("ROI de la campagne Google Search de novembre. On prend la marge et pas le CA, la marge brute "
        "de Maille & Co est de 58 % (annexe 1)."),
      P("Marge générée = 3 030 € × 58 % = 1 757 €. Coût = 764 € de clics + 150 € de temps de gestion "
        "(estimé 5 h à 30 €) = 914 €.<br/>ROI = (1 757 – 914) / 914 = <b>+92 %</b>. Donc pour 1 € investi "
        "on récupère 1,92 € de marge."),
      P("L'objectif donné dans le cas était un ROAS de 4 sur le search : on y est tout juste (4,0). Par "
        "contre l'objectif de 90 ventes sur le mois n'est pas atteint (70 ventes, soit 78 %)."),
      P("Ce qu'il faudrait corriger :"),
      ] + B(["baisser le budget du groupe Mérinos ou le cibler seulement sur [chaussettes mérinos made in france] ;",
             "remettre du budget sur le groupe Made in France qui est limité par le budget certains jours ;",
             "couper le carrousel Meta et garder le reel pour la notoriété ;",
             "tester une page d'atterrissage coffret avec le compte à rebours Noël ;",
             "ajouter des extensions d'accroche (« Livraison offerte dès 45 € », « Fabriqué à Troyes »)."]) + [
      Spacer(1, 12),
      P("<i>Fin de la copie.</i>", small),
      ]

doc = SimpleDocTemplate(PATH, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm, topMargin=2.3 * cm,
                        bottomMargin=1.8 * cm, invariant=1, title="Copie étude de cas Maille & Co",
                        author="Kévin Lemaire")
doc.build(s, onFirstPage=deco, onLaterPages=deco)
print("OK", PATH)
