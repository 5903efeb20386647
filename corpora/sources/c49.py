import datetime
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c49-petites-mains-mercerie")
OUT_DIR = os.path.normpath(OUT_DIR)
AUTHOR = "Manon Vidal"

doc = Document()
doc.core_properties.author = AUTHOR
doc.core_properties.title = "Mémoire - Les Petites Mains"
doc.core_properties.created = datetime.datetime(2026, 5, 18, 21, 40, 0)
doc.core_properties.modified = datetime.datetime(2026, 5, 18, 23, 5, 0)
doc.core_properties.last_modified_by = AUTHOR

style = doc.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(11)

section = doc.sections[0]
section.header.paragraphs[0].text = "Manon Vidal - Bachelor e-commerce (alternance) - Les Petites Mains"
section.footer.paragraphs[0].text = "version du 18/05 - pas finie"


def p(text, bold=False, italic=False):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    return para


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def table(rows, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if header and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    doc.add_paragraph()
    return t


def freeze_zip(path, stamp=(2026, 5, 18, 12, 0, 0)):
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


# ---------------- page de garde (simple) ----------------
title = doc.add_paragraph()
title.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = title.add_run("Mémoire professionnel\nLes Petites Mains - mercerie & tissus en ligne")
r.bold = True
r.font.size = Pt(18)
sub = doc.add_paragraph()
sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
sub.add_run("Manon Vidal - alternante depuis septembre 2025\nTutrice : Sylvie Bonnefoy (gérante)\nClermont-Ferrand, mai 2026").italic = True

p("")
p("Sommaire", bold=True)
for line in ["Présentation rapide", "Partie 1 - Les contenus du site (photos, fiches produits, blog, parcours d'achat)",
             "Partie 2 - Gestion du projet (cahier des charges, prestataires, juridique, équipe, stock, transport)",
             "Conclusion", "Annexes (à ajouter)"]:
    p(line)
doc.add_page_break()
p("Présentation rapide", bold=True)
p("Les Petites Mains c'est la mercerie de Sylvie, rue du Port à Clermont-Ferrand, ouverte en 2014. "
  "Depuis 2021 il y a aussi le site lespetitesmains-mercerie.fr sous WooCommerce (thème Astra, hébergé chez o2switch). "
  "On est deux : Sylvie qui fait la boutique, les achats et les coupes de tissu, et moi en alternance "
  "(3 jours par semaine à la boutique, 2 jours à l'école). Je m'occupe du site, des photos et d'Instagram.")
p("Le site fait à peu près 38 000 € de CA en 2025 (sur 171 000 € au total avec la boutique), environ 1 150 commandes, "
  "panier moyen 33 €. Ce qui se vend le plus en ligne : les coupons de tissu (lin, double gaze, jersey bio), "
  "les patrons des marques indépendantes (Ivanne S., Atelier Scämmit, Deer&Doe) et les boutons au détail.")
p("Dans ce mémoire je parle de ce que j'ai fait sur le contenu du site et de la gestion du projet. "
  "Il y a encore des parties pas terminées, je les signale.")

# ---------------- Partie 1 ----------------
doc.add_heading("Partie 1 - Les contenus du site", level=1)

doc.add_heading("1.1 Les photos et vidéos", level=2)
p("Pour les photos on ne passe pas par un photographe, c'est trop cher pour nous (Sylvie avait eu un devis "
  "de 650 € pour une journée en 2023). Je fais les photos moi-même avec mon téléphone sur la grande table de coupe "
  "près de la fenêtre. Je les recadre dans Canva et j'enlève le fond pour les boutons et les fermetures éclair.")
p("Je voudrais faire des petites vidéos de tuto (comment poser un biais, choisir son fil…) pour Instagram et le site, "
  "mais pour l'instant je n'ai pas eu le temps. Peut-être cet été quand c'est plus calme.")
p("→ demander à Sylvie si on peut acheter un petit éclairage (ring light ~40 €)", italic=True)
p("Pour le poids des images, je ne sais pas si elles sont trop lourdes. Je crois qu'il y a un plugin (Smush ?) mais je ne l'ai pas encore installé.")

doc.add_heading("1.2 Les fiches produits", level=2)
p("C'est la partie où j'ai le plus travaillé. Avant, les fiches étaient très courtes (souvent juste le nom du tissu "
  "et le prix au mètre), recopiées du catalogue du fournisseur. J'ai commencé à les réécrire en février, "
  "j'en ai fait 24 sur 310 pour l'instant, en commençant par les tissus qui se vendent le plus.")
p("Ma façon de faire pour une fiche :")
bullets([
    "je regarde ce que les gens tapent sur Google (j'ai utilisé Ubersuggest en version gratuite, 3 recherches par jour…) ;",
    "je mets le mot principal dans le titre et au début du texte ;",
    "j'ajoute la composition, la largeur, le poids (g/m²), le lavage, et pour quoi on peut l'utiliser (robe, chemise, doudou…) ;",
    "je mets 3 ou 4 photos dont une avec le tissu plié et une en gros plan ;",
    "je mets des liens vers les patrons qui vont bien avec.",
])
p("Exemple de fiche réécrite (le lin lavé qui est notre best-seller) :", bold=True)
table([
    ["Élément", "Avant", "Après (mars 2026)"],
    ["Titre", "LIN LAVE ROUILLE", "Tissu lin lavé rouille - 100 % lin, 150 cm de large"],
    ["Mots-clés visés", "aucun", "tissu lin lavé ; lin lavé au mètre ; tissu lin pour robe"],
    ["Description", "Lin lavé. 22 €/m.", "Un lin lavé souple et légèrement froissé, parfait pour une robe d'été, une blouse "
     "ou du linge de maison. 100 % lin européen, 185 g/m², lavable à 40°. Vendu par 50 cm (on coupe d'un seul tenant)."],
    ["Prix", "22 €/m", "11 € les 50 cm (22 €/m)"],
    ["Photos", "1 photo fournisseur", "4 photos maison (plié, drapé, gros plan, robe finie d'une cliente)"],
    ["Produits associés", "non", "patron robe Ivanne S. « Lou », fil Gütermann assorti"],
    ["Avis clients", "non", "non (on n'a pas de module d'avis, à voir)"],
])
p("Je n'ai pas encore regardé si ça a changé quelque chose sur les ventes de ce tissu. Il faudrait comparer avec l'année dernière.")
p("Pour les mots-clés en général, je n'ai pas fait de vraie liste, je fais au cas par cas.")

doc.add_heading("1.3 Le blog", level=2)
p("Il y a un blog sur le site (c'est WordPress donc c'est déjà intégré). Il y a 3 articles, le dernier date de novembre 2022 "
  "(« Nos idées de cadeaux couture »). Je voudrais le relancer avec un article par mois.")
p("Idées d'articles : bien choisir sa double gaze, les 5 patrons faciles pour débuter, entretenir le lin… "
  "(à compléter)")

doc.add_heading("1.4 Est-ce que les contenus plaisent ?", level=2)
p("Sur Instagram (2 480 abonnés) les posts avec des photos de réalisations de clientes marchent mieux que les photos de tissu seul "
  "(en moyenne 95 likes contre 40), mais je n'ai pas fait de tableau.")
p("Sur le site je ne sais pas trop où regarder. Google Analytics est installé mais je ne l'ouvre pas souvent.")

doc.add_heading("1.5 Le parcours d'achat sur le site", level=2)
p("Ici j'ai quand même regardé quelques chiffres parce que Sylvie trouvait qu'il y avait beaucoup de paniers abandonnés "
  "(WooCommerce nous envoie des notifications de commandes « en attente » qui ne sont jamais payées).")
p("J'ai pris les chiffres de mars 2026 dans Google Analytics 4 (rapport « Parcours d'achat ») :")
table([
    ["Étape", "Utilisateurs", "% par rapport à l'étape d'avant"],
    ["Visite du site", "3 120", "-"],
    ["Vue d'une fiche produit", "1 870", "60 %"],
    ["Ajout au panier", "214", "11,4 %"],
    ["Début de commande (page commande)", "131", "61 %"],
    ["Achat", "84", "64 %"],
])
p("Ce que j'en pense : il y a une grosse perte entre la fiche produit et l'ajout au panier. Et on perd aussi "
  "un tiers des gens sur la page de commande. Je pense que c'est parce que les frais de port (Colissimo 6,90 €) "
  "n'apparaissent qu'à la fin, et aussi parce qu'il faut créer un compte (je ne suis pas sûre, il faudrait vérifier si la commande sans compte est activée).")
p("Choses à faire peut-être :")
bullets([
    "afficher les frais de port dès la fiche produit ;",
    "mettre un bandeau « livraison offerte dès 60 € » ;",
    "permettre de commander sans compte ;",
    "ajouter PayPal (on n'a que Stripe pour la carte).",
])
p("Je n'ai rien changé pour l'instant, il faut que j'en parle avec Sylvie.")

# ---------------- Partie 2 ----------------
doc.add_heading("Partie 2 - Gestion du projet", level=1)

doc.add_heading("2.1 Le cahier des charges de la refonte", level=2)
p("Sylvie voudrait refaire le site pour 2027 parce que le thème est vieux et que ça rame sur mobile. "
  "Je dois faire un cahier des charges pour demander des devis à des agences.")
p("Ce que je pense mettre dedans :")
bullets([
    "présentation de la boutique ;",
    "ce qu'on veut : un site plus joli et plus rapide, qui marche bien sur téléphone ;",
    "pouvoir vendre les tissus au 10 cm près ;",
    "le budget (Sylvie a dit « pas plus de 5 000 € » mais ce n'est pas encore sûr) ;",
    "le planning.",
])
p("Je n'ai pas encore commencé à le rédiger vraiment. Je ne sais pas si on reste sur WooCommerce ou si on passe sur Shopify.")

doc.add_heading("2.2 Choisir un prestataire", level=2)
p("J'ai trouvé deux agences à Clermont : Pixel Volcan et Agence Dôme Web. Une amie de Sylvie travaille en freelance aussi (Julie). "
  "On choisira selon le prix et si le courant passe.")

doc.add_heading("2.3 Le juridique", level=2)
p("Mentions légales : je crois qu'il y a une page dans le footer, à vérifier si le numéro de SIRET est à jour.")
p("CGV : elles ont été faites en 2021 à partir d'un modèle trouvé sur internet. Je les ai lues rapidement : "
  "il y a bien le délai de rétractation de 14 jours, mais on écrit que les coupons de tissu coupés ne sont pas repris "
  "et je ne sais pas si on a le droit (c'est du sur-mesure ?).")
p("→ demander à Sylvie si un avocat ou quelqu'un de la CCI les a déjà relues", italic=True)
p("RGPD : il n'y a pas de bandeau cookies. Il faudrait en mettre un (Complianz ou CookieYes, les deux ont une version gratuite). "
  "Pour la newsletter Brevo je ne sais pas comment les gens se sont inscrits au début.")

doc.add_heading("2.4 L'équipe", level=2)
p("On n'est que deux donc il n'y a pas vraiment de réunions. Le lundi matin on prend un café et on fait le point sur la semaine.")
p("Sylvie me dit souvent quand elle est contente de mon travail (par ex. pour les photos des nouveautés de printemps).")
p("Pas d'indicateurs individuels.")

doc.add_heading("2.5 Stock et commandes", level=2)
p("Le stock est dans la réserve derrière la boutique : les rouleaux de tissu debout dans des casiers, la mercerie (boutons, fils, "
  "biais) dans des tiroirs étiquetés. Le stock du site et de la boutique est le même, donc il arrive qu'on vende en ligne un tissu "
  "qui vient d'être vendu en boutique (4 ou 5 fois par mois). Je ne sais pas s'il faudrait une caisse reliée au site.")
p("Pour une commande web : j'imprime le bon, je coupe le tissu (ou Sylvie), je plie, j'emballe dans une pochette kraft, "
  "je fais l'étiquette sur le site de La Poste et je dépose au bureau de poste de la place Delille vers 16 h.")
p("On pourrait sûrement gagner du temps, par exemple en imprimant les étiquettes directement depuis WooCommerce. À voir.")

doc.add_heading("2.6 Les transporteurs", level=2)
p("J'ai comparé les prix pour nos colis habituels (la plupart font moins de 1 kg : 1 ou 2 coupons + des fournitures) :")
table([
    ["Transporteur", "Jusqu'à 500 g", "Jusqu'à 1 kg", "Délai annoncé", "Remarque"],
    ["Colissimo domicile (actuel)", "6,90 €", "8,45 €", "48 h", "ce qu'on utilise depuis 2021"],
    ["Mondial Relay (point relais)", "4,40 €", "4,40 €", "3-5 jours", "moins cher mais il faut un compte pro"],
    ["Lettre suivie La Poste", "3,15 €", "-", "2-3 jours", "ok seulement pour boutons / fils, épaisseur 3 cm max"],
    ["Retrait en boutique", "0 €", "0 €", "-", "déjà proposé, ~20 % des commandes"],
])
p("Je pense que Mondial Relay serait bien pour faire baisser le prix pour les clientes. Pour l'écologie je ne sais pas lequel est le mieux.")
p("Satisfaction sur la livraison : on n'a pas de questionnaire. Quelques clientes nous écrivent sur Instagram quand le colis est bien arrivé.")

doc.add_heading("Conclusion", level=1)
p("Cette année m'a permis de découvrir beaucoup de choses. Il me reste à finir le cahier des charges, à continuer les fiches produits "
  "et à relancer le blog. TODO : relire tout et ajouter les captures d'écran.")

os.makedirs(OUT_DIR, exist_ok=True)
doc.save(os.path.join(OUT_DIR, "memoire-petites-mains.docx"))
freeze_zip(os.path.join(OUT_DIR, "memoire-petites-mains.docx"))
print("ok")
