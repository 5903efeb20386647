import datetime, io, os, zipfile
from docx import Document
from docx.shared import Pt

OUT_DIR = "/work/main/corpora/c59-epicerie-fine-nice"
OUT = os.path.join(OUT_DIR, "castellane-projet.docx")
AUTHOR = "Léa Ferracci"

BLOCKS = [
    ("title", "Projet boutique en ligne – Maison Castellane"),
    ("p", "Léa Ferracci – alternance 2025-2026 – BTS puis titre Chef de projet e-commerce"),
    ("p", "Version de travail du 14/11/2025 (pas encore relue par Mme Castellane)"),
    ("h", "Introduction"),
    ("p", "Je suis en alternance depuis septembre chez Maison Castellane, une épicerie fine provençale installée rue Pairolière dans le Vieux-Nice depuis 2009. La boutique vend de l'huile d'olive (moulin de Contes), des tapenades, des confitures de Menton, des navettes, des herbes de Provence, du vin de Bellet et des coffrets cadeaux. Il y a trois personnes : Mme Hélène Castellane (la gérante), Karim qui fait la vente et la réception des marchandises, et moi. Le chiffre d'affaires 2024 était d'environ 410 000 € (chiffre donné par Mme Castellane, je dois vérifier avec le comptable)."),
    ("p", "Mme Castellane veut ouvrir une boutique en ligne pour vendre aux touristes qui sont passés dans la boutique et qui veulent racheter une fois rentrés chez eux, et aussi pour les coffrets de Noël. Mon rôle c'est de l'aider à monter le projet. Dans ce dossier j'essaie de rassembler ce que j'ai fait et ce qui reste à faire. Je pense que je vais beaucoup le modifier d'ici la soutenance."),
    ("h", "1. Le cahier des charges"),
    ("p", "Il faut que je fasse un vrai cahier des charges pour envoyer aux prestataires. Pour l'instant j'ai seulement noté les idées qu'on a eu en réunion avec Mme Castellane le 2 octobre."),
    ("p", "Plan que je pensais suivre (à compléter) :"),
    ("b", "Présentation de l'entreprise"),
    ("b", "Contexte et objectifs"),
    ("b", "Fonctionnalités attendues"),
    ("b", "Contraintes techniques"),
    ("b", "Budget et planning"),
    ("p", "Ce qu'on veut (notes de la réunion) :"),
    ("b", "vendre en ligne les produits phares, environ 120 références au début sur les 400 du magasin"),
    ("b", "faire plus de ventes à Noël avec les coffrets"),
    ("b", "un site joli qui ressemble à la boutique (couleurs jaune et bleu lavande)"),
    ("b", "payer par carte et peut-être PayPal"),
    ("b", "que ce soit simple à gérer pour Karim"),
    ("p", "Mme Castellane a dit qu'elle ne voulait pas dépasser 8 000 € pour la création du site et qu'elle voulait que le site soit en ligne avant le 15 novembre 2026 pour la saison de Noël. Elle veut aussi absolument que les produits frais (fromages, charcuterie) ne soient pas vendus en ligne à cause de la chaîne du froid."),
    ("p", "Je dois encore séparer les objectifs en plusieurs catégories, ma tutrice d'école m'a dit qu'il fallait faire des objectifs généraux et plus précis mais je ne suis pas encore sûre de comment les classer. Question pour le prochain rendez-vous : est-ce que « augmenter les ventes » c'est un objectif général ou il faut mettre un chiffre ?"),
    ("p", "Objectif chiffré que j'ai proposé (pas encore validé) : faire 45 000 € de ventes en ligne la première année, soit à peu près 11 % du chiffre actuel."),
    ("p", "→ à compléter : partie technique (hébergement, nom de domaine castellane-nice.fr déjà réservé ?)"),
    ("h", "2. Choix du prestataire / de la solution"),
    ("p", "On a hésité entre trois solutions. J'ai demandé des devis, j'ai reçu deux réponses pour l'instant."),
    ("table", [
        ["Prestataire", "Solution", "Prix création", "Abonnement / mois", "Remarques"],
        ["Agence Azur Digital (Nice)", "WooCommerce", "6 900 €", "49 € maintenance", "Ils connaissent le Vieux-Nice, rendez-vous sympa"],
        ["Freelance Thomas R.", "Shopify", "3 200 €", "36 € (Basic) + apps", "Délai 6 semaines"],
        ["Agence Web Sud (Antibes)", "PrestaShop", "?", "?", "Pas encore répondu, relancer le 20/11"],
    ]),
    ("p", "Pour l'instant je préfère Shopify parce que c'est moins cher et que Karim pourra l'utiliser facilement. Mais je ne sais pas encore comment justifier le choix de façon plus « professionnelle ». Il faudrait que je fasse une liste de critères avec des notes ? (à faire)"),
    ("h", "3. Partie juridique"),
    ("p", "Le site devra avoir des mentions légales, des CGV et une politique de cookies. Je n'ai pas encore rédigé les CGV, je pensais m'inspirer de celles d'un autre site d'épicerie fine. Il y a des modèles sur internet mais je ne sais pas s'ils sont à jour."),
    ("p", "Choses que j'ai notées sur le RGPD : il faut un bandeau cookies, et demander l'accord pour la newsletter. Le fichier clients papier de la boutique (environ 1 300 noms avec email) : est-ce qu'on a le droit de leur envoyer des mails ? À demander."),
    ("p", "Mentions légales : à compléter (SIRET, hébergeur, directeur de publication)."),
    ("p", "J'ai commencé à lire les CGV du Comptoir d'Aix (une épicerie fine en ligne d'Aix-en-Provence qui vend à peu près les mêmes produits que nous). Ce que j'ai noté :"),
    ("b", "ils ont un article sur le droit de rétractation de 14 jours mais disent que les produits alimentaires ouverts ne sont pas repris"),
    ("b", "l'alcool : il y a une phrase sur la vente interdite aux mineurs"),
    ("b", "les prix sont TTC et les frais de port sont offerts à partir de 60 €"),
    ("b", "il n'y a rien sur la médiation de la consommation (est-ce que c'est obligatoire ? je crois que oui)"),
    ("p", "Je ne sais pas si leurs CGV sont bonnes ou pas, je n'ai pas les compétences juridiques. Mme Castellane connaît une avocate (Maître Giordano) qui pourrait les relire mais ça a un coût, on n'a pas encore décidé."),
    ("h", "4. Organisation de l'équipe"),
    ("p", "On fait une réunion le lundi matin avec Mme Castellane et Karim, environ 20 minutes. Il n'y a pas d'ordre du jour écrit, on parle de ce qui s'est passé la semaine. Je voudrais proposer de faire un petit compte rendu à chaque fois."),
    ("p", "Karim a proposé de photographier lui-même les produits avec un fond blanc, c'est une bonne idée et ça fait économiser le photographe (environ 600 €). Je pourrais le mettre en avant dans le dossier."),
    ("p", "Indicateurs pour l'équipe : je ne sais pas encore, peut-être le nombre de commandes préparées par jour quand le site sera ouvert."),
    ("h", "5. Stock et préparation des commandes"),
    ("p", "Aujourd'hui le stock est dans la réserve derrière la boutique (environ 25 m²) et à la cave pour le vin. Il n'y a pas de logiciel de stock, Karim fait un inventaire à la main deux fois par an. Pour le site il faudra savoir en temps réel ce qui reste sinon on va vendre des produits qu'on n'a plus."),
    ("p", "Ce que j'ai observé pendant une semaine (du 6 au 11 octobre) sur les commandes téléphoniques et mail qu'on a déjà (surtout des clients réguliers qui habitent loin) :"),
    ("table", [
        ["Jour", "Commandes", "Temps de préparation moyen", "Problème rencontré"],
        ["Lundi 6/10", "3", "25 min", "Carton trop grand pour 2 pots"],
        ["Mardi 7/10", "2", "18 min", "—"],
        ["Mercredi 8/10", "4", "30 min", "Rupture huile AOP 75 cl, client rappelé"],
        ["Jeudi 9/10", "1", "15 min", "—"],
        ["Vendredi 10/10", "5", "35 min", "Étiquette Colissimo à refaire 2 fois"],
        ["Samedi 11/10", "2", "20 min", "Papier bulle manquant"],
    ]),
    ("p", "Soit 17 commandes dans la semaine et en moyenne 26 minutes par commande, ce qui est beaucoup. Je pense que ça vient du fait qu'on cherche les produits dans la réserve et qu'on n'a pas les bons cartons. Idées : ranger les produits vendus en ligne ensemble sur une étagère, acheter des cartons de 3 tailles. Je n'ai pas encore calculé combien de temps on gagnerait."),
    ("p", "Pour le vin il faut des emballages spéciaux (calage en carton ou polystyrène). Pour l'huile aussi, une bouteille s'est cassée en septembre."),
    ("h", "6. Transport"),
    ("p", "J'ai comparé les tarifs pour un colis de 2 kg (c'est à peu près le poids d'un coffret « Saveurs de Nice » à 49 €) envoyé en France métropolitaine :"),
    ("table", [
        ["Transporteur", "Prix 2 kg", "Délai annoncé", "Point relais"],
        ["Colissimo (domicile)", "10,15 €", "48 h", "Non"],
        ["Mondial Relay", "4,90 €", "3 à 5 jours", "Oui"],
        ["Chronopost", "18,90 €", "24 h", "Non"],
        ["Boxtal (comparateur)", "dépend", "—", "—"],
    ]),
    ("p", "Mondial Relay est le moins cher. Mais les touristes étrangers (beaucoup d'Anglais et d'Allemands en boutique) il faudra voir pour l'international. Je me demande aussi si on peut faire la livraison à vélo dans Nice, il existe une société de coursiers à vélo, à regarder. Ce serait bien pour l'image « local » de la boutique."),
    ("p", "Satisfaction client sur la livraison : on pourrait envoyer un mail après la livraison pour demander si tout s'est bien passé. À réfléchir quand le site sera lancé."),
    ("h", "6 bis. Journal de bord (extraits)"),
    ("p", "Semaine du 15/09 : découverte de la boutique, j'ai aidé Karim à la mise en rayon et à la réception de la commande du moulin de Contes (48 bouteilles d'huile AOP 50 cl, 36 de 75 cl). J'ai vu que les dates limites des tapenades sont notées au feutre sur les cartons, il n'y a pas de fichier."),
    ("p", "Semaine du 29/09 : réunion avec Mme Castellane sur le projet de site. Elle a montré le site d'une épicerie de Lyon qu'elle aime bien. Elle ne veut pas de « site qui fait supermarché »."),
    ("p", "Semaine du 13/10 : rendez-vous avec Azur Digital. Ils ont proposé de faire aussi le référencement mais c'est en plus (150 €/mois). J'ai demandé le devis détaillé, je ne l'ai pas encore."),
    ("p", "Semaine du 3/11 : j'ai regardé comment mettre un stock en ligne sur Shopify avec la version d'essai. On peut mettre le nombre de produits et le site enlève tout seul quand quelqu'un achète, mais il faudra quand même retirer à la main ce qu'on vend en boutique, sauf si on prend la caisse Shopify POS (à voir, la caisse actuelle est une vieille caisse Casio)."),
    ("p", "Ce que je retiens pour l'instant : le plus compliqué ce ne sera pas le site mais de gérer le stock entre la boutique et le site, et d'emballer le vin et l'huile sans casse. Il faudrait que je fasse un schéma de comment se passe une commande, du clic jusqu'au colis (à faire pour la prochaine version)."),
    ("h", "7. Planning (provisoire)"),
    ("b", "novembre-décembre 2025 : finir le cahier des charges"),
    ("b", "janvier 2026 : choisir le prestataire"),
    ("b", "printemps 2026 : création du site, photos"),
    ("b", "septembre 2026 : tests"),
    ("b", "novembre 2026 : ouverture"),
    ("h", "Questions / à faire"),
    ("b", "Demander à Mme Castellane si elle veut vendre aussi aux restaurants (B2B) ?"),
    ("b", "Relancer Agence Web Sud"),
    ("b", "Trouver des exemples de CGV épicerie fine"),
    ("b", "Faire le tableau de critères pour choisir le prestataire"),
    ("b", "Voir avec le comptable pour la TVA sur le vin"),
    ("b", "Conclusion à écrire"),
    ("h", "Conclusion"),
    ("p", "À compléter."),
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, val in BLOCKS:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h":
            doc.add_heading(val, level=1)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "b":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 11, 14, 18, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Projet boutique en ligne Maison Castellane"
    cp.revision = 1
    return doc


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2025, 11, 14, 18, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(name))


if __name__ == "__main__":
    os.makedirs(OUT_DIR, exist_ok=True)
    save_deterministic(build(), OUT)
    print(OUT)
