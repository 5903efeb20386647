# Générateur du dossier de la candidate c99 (La Cueillette de Saoû, paysanne-herboriste à Saoû, Drôme) — blocs 4 et 5.
# Un seul PDF A4 portrait de 9 pages qui imite un export LibreOffice Writer fait par une débutante : police à empattement
# 12 pt en interligne simple (Times, métriques de Liberation Serif), trois lignes de titre centrées en gras puis du texte
# tout de suite, pages 1 à 3 en longs paragraphes sans aucun titre, quelques lignes en gras tapées à la main ensuite,
# listes au tiret, 3 tableaux à grille noire sans légende, captures seulement nommées, pied de page = numéro de page.
# Reportlab, déterministe : invariant=1, métadonnées figées, aucune date courante.
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, CondPageBreak)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c99-tisanes-drome")
FILE = "cueillette-saou-blocs-4-5.pdf"
AUTHOR = "Aude Chabrier"
PW, PH = A4
M = 2 * cm                      # marges par défaut de Writer
UW = PW - 2 * M

# « Liberation Serif 12, interligne simple » : Times a les mêmes métriques
body = ParagraphStyle("b", fontName="Times-Roman", fontSize=12, leading=13.8, alignment=TA_LEFT, spaceAfter=0)
gap = 13.8                      # elle saute une ligne entre les paragraphes (touche Entrée deux fois)
titre = ParagraphStyle("t", parent=body, fontName="Times-Bold", alignment=TA_CENTER)
gras = ParagraphStyle("g", parent=body, fontName="Times-Bold")
tiret = ParagraphStyle("l", parent=body)
arial = ParagraphStyle("a", fontName="Helvetica", fontSize=11, leading=13.5, textColor=colors.HexColor("#222222"))
cell = ParagraphStyle("c", parent=body)
cellb = ParagraphStyle("cb", parent=body, fontName="Times-Bold")

DS = "\u00a0 "                  # double espace (conservé à l'extraction)


def P(t, st=body):
    return [Paragraph(t.replace("  ", DS), st), Spacer(1, gap)]


def L(lines, mark="-"):
    out = [Paragraph((mark + " " + x).replace("  ", DS), tiret) for x in lines]
    return out + [Spacer(1, gap)]


def B(t):
    return [Paragraph(t, gras), Spacer(1, 4)]


def grid(rows, widths, bold_head=True):
    data = [[Paragraph(str(v), cellb if (i == 0 and bold_head) else cell) for v in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * UW / sum(widths) for w in widths])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [t, Spacer(1, gap)]


S = []
# ------------------------------------------------------------------ page 1 : trois lignes centrées puis le texte
S += [Paragraph("DOSSIER PROFESSIONNEL", titre), Paragraph("Blocs 4 et 5", titre),
      Paragraph("Aude Chabrier — La Cueillette de Saoû", titre), Spacer(1, gap)]

S += P("Je m'appelle Aude Chabrier, j'ai 44 ans et je suis paysanne-herboriste a Saoû, dans la Drôme, depuis 2018. Avant "
       "j'ai été technicienne de laboratoire pendant quinze ans dans un labo d'analyses alimentaires à Valence, je faisais des "
       "dosages et des contrôles qualité toute la journée, et en fait c'est un peu pour ça que le registre et les numéros de lot "
       "ne me font pas peur, j'ai gardé les habitudes du labo. En 2018, après un BPREA à Nyons, "
       "j'ai créé mon entreprise individuelle, La Cueillette de Saoû. Je cultive 1,3 ha de plantes sur une "
       "parcelle louée en bas du village, au quartier des Blaches (mélisse, verveine odorante, menthe poivrée, thym, hysope, "
       "sarriette, calendula, mauve, fenouil) et je fais aussi de la cueillette sauvage autorisée : le tilleul et les fleurs de "
       "sureau, avec l'accord de la commune pour le bois communal et de deux propriétaires du côté de la Grande Combe. Le "
       "séchage se fait dans un sechoir solaire que j'ai construit avec Julien en 2019.  Ensuite je trie, je tamise "
       "et je mets en sachets moi-même à la ferme. Je suis certifiée bio par Certisud Bio depuis 2020, a la fin de la "
       "conversion. Je fais ce dossier avec mon CPF pour la session 2026. C'est mon premier dossier écrit, je l'écris le soir "
       "après les sachets, alors excusez le désordre.")

S += P("En 2025 j'ai fait 46 800 euros de chiffre d'affaires TTC.  Les marchés c'est toujours le plus gros morceau, 54 % : Crest "
       "le samedi toute l'année, Dieulefit le vendredi d'avril à octobre et le petit marché de Saoû le dimanche matin en "
       "juillet et août. Julien, mon compagnon, tient le stand avec moi le samedi et fait Dieulefit seul quand je suis en "
       "cueillette. Ensuite il y a Etsy, 26 % du chiffre avec 780 commandes, puis mon petit site Jimdo, 11 % avec 190 commandes "
       "(on ne peut y payer que par PayPal, j'y reviens plus loin), et 4 épiceries qui me prennent des sachets (deux à Crest, "
       "une a Die, une épicerie vrac à Montélimar) pour 9 %. Mes produits sont en sachets kraft à fenêtre de 25 à 40 g : la "
       "« Nuit de Saoû » (tilleul, mélisse, verveine) à 6,50 euros, la « Digestive du Roubion » (menthe poivrée, fenouil, "
       "mélisse) à 6.5€, les « Trois Becs » (thym, hysope, sarriette) a 7 €, le sirop de fleurs de sureau à 9,80 euros et la "
       "box « Quatre saisons » à 24 € avec quatre sachets. Il y a aussi des plantes seules "
       "(verveine, menthe, calendula, mauve...), en tout 14 annonces sur Etsy. L'été j'ai Inès, une cueilleuse, pendant six "
       "semaines en juin et juillet pour le tilleul et le sureau. "
       "TODO rajouter les chiffres Etsy 2024")

S += P("Sur Etsy j'ai commencé en 2020, pendant le confinement, quand les marchés étaient fermés. Au début mes annonces c'était "
       "n'importe quoi : une photo prise sur la table de la cuisine, un titre « Tisane du soir » et trois lignes. L'hiver "
       "dernier (janvier et février 2025) j'ai tout repris annonce par annonce avec la même méthode pour les 14. Le titre : "
       "d'abord ce que c'est, ensuite les plantes, ensuite « bio », ensuite « Drôme », et le poids à la fin. Par exemple : "
       "« Tisane bio Nuit de Saoû tilleul mélisse verveine – plantes de la Drôme – sachet 25 g ». Les photos : j'en mets "
       "10, le maximum, toujours dans le même ordre (1 le sachet seul sur fond clair, 2 le sachet ouvert avec le vrac, 3 les "
       "plantes sèches de près, 4 la tasse, 5 la parcelle ou la cueillette, 6 l'étiquette avec le lot, 7 le sachet dans la main "
       "pour voir la taille, 8 le séchoir, 9 moi au marché, 10 le colis prêt). La description est faite en blocs, toujours "
       "les mêmes et dans le même ordre, avec un petit titre en majuscules pour chaque bloc : LES PLANTES ET LA PARCELLE "
       "(quelles plantes, où elles ont poussé, cultivées ou cueillies), LA RECOLTE (date de cueillette et numéro de lot), LA "
       "PREPARATION (une cuillère a soupe pour une tasse, eau à 90 °C et pas bouillante, 5 minutes à couvert), PAS DE "
       "PROMESSE (je n'écris jamais « pour dormir » ou « pour digérer », aucune promesse de santé, c'est interdit pour une "
       "tisanne vendue comme aliment et de toute façon je ne veux pas), LA CONSERVATION (boîte fermée, à l'abri de la "
       "lumière et de l'humidité). Et pour finir les variations : chaque tisanne existe en sachet de 25 g et en vrac de 100 g "
       "(22 € pour la Nuit de Saoû), dans la même annonce avec le menu déroulant, comme ça tout reste sur une seule annonce. "
       "J'ai fait les 14 annonces comme ça entre le 6 janvier et le 20 février 2025, a peu près deux par soir.")

S += P("Pour écrire les titres je me suis aidée de la barre de recherche d'Etsy : je tape « tisane » et je regarde ce qu'Etsy "
       "propose en dessous, ce sont les mots que les gens tapent vraiment. J'ai vu que les gens écrivent « tisane bio » bien "
       "plus que « infusion », que « tilleul » marche mieux que « tilia » (c'était le nom sur mes vieilles étiquettes !) et que "
       "« Drôme » est tapé par des gens venus en vacances ici et qui cherchent le goût. Alors je mets le mot le "
       "plus cherché au début et je n'écris plus de choses poétiques en tête du titre comme avant (« Douceur du soir dans la "
       "vallée », ça ne sert à rien, personne ne tape ça). Je relis chaque titre sur mon téléphone parce que dans l'appli on "
       "ne voit que le début, a peu pres 40 caractères. "
       "Le titre et les tags Etsy c'est ce qui fait qu'on te trouve. Etsy autorise 13 tags par annonce, de 20 caractères "
       "maximum chacun. Je les ai choisis avec les suggestions de la barre de recherche d'Etsy et avec eRank (la version "
       "gratuite), qui donne une idée du nombre de recherches et de la concurrence (capture 3). Je mets ceux de la « Nuit de Saoû » dans le "
       "tableau, les autres annonces sont faites pareil avec leurs plantes. Le tag principal, « tisane bio », je le mets aussi "
       "dans les 40 premiers caractères du titre, dans la première phrase de la description (« Une tisane bio du soir, "
       "cueillie et séchée à Saoû, dans la Drôme ») et dans le texte alternatif de la première photo (Etsy le permet quand on "
       "modifie la photo : « Sachet de tisane bio Nuit de Saoû, tilleul mélisse verveine », voir capture). J'ai enlevé « tisane sommeil » "
       "même si eRank le donne très cherché, à cause des allégations, ça laisse penser que la tisane fait dormir.")

S += grid([["Tag", "Trouvé avec", "Recherches par mois (eRank)", "Concurrence"],
           ["tisane bio", "suggestion Etsy + eRank", "2 900", "forte"],
           ["tisane du soir", "suggestion Etsy", "1 100", "moyenne"],
           ["cadeau gourmand bio", "suggestion Etsy", "1 300", "forte"],
           ["infusion bio", "eRank", "880", "forte"],
           ["tisane artisanale", "suggestion Etsy", "720", "moyenne"],
           ["tisane tilleul", "eRank", "590", "moyenne"],
           ["tisane provence", "suggestion Etsy", "590", "forte"],
           ["plantes sechees", "eRank", "480", "moyenne"],
           ["verveine bio", "eRank", "390", "moyenne"],
           ["tisane en vrac", "suggestion Etsy", "320", "faible"],
           ["tilleul mélisse", "eRank", "260", "faible"],
           ["producteur bio", "eRank", "210", "faible"],
           ["cadeau drome", "suggestion Etsy", "140", "faible"]], [3.2, 3.4, 3.2, 2.2])

S += P("Les photos c'est ce qui a le plus changé.  Avant je faisais tout avec mon téléphone, n'importe comment. En janvier 2025 "
       "j'ai demandé à Léa, mon amie qui fait des photos (surtout des mariages et des artisans du coin), et elle m'a fait un prix : 80 euros la demi-journée. En une demi-journée à la ferme on a fait les photos de 7 "
       "produits sur fond clair plus des photos d'ambiance au séchoir et dans la parcelle. Les 7 autres produits je les ai "
       "photographiés moi-même egalement en copiant sa lumière (près de la fenêtre de la grange, un drap blanc, le matin). Ça ne coûte "
       "pas cher et je connais Léa, mais pour la prochaine série je ne sais pas encore si je la reprends ou si je continue "
       "seule. J'ai aussi demandé un devis à un vidéaste de Crest pour une petite vidéo de la cueillette du tilleul (Etsy "
       "accepte une vidéo courte par annonce) : 450 euros, trop cher pour l'instant. La vidéo, je verrai. Pour mes photos à "
       "moi j'ai retouché la lumière et recadré avec Snapseed, voir capture.")

S += P("Pour que ça s'affiche bien : Etsy conseille des photos d'au moins 2 000 pixels, alors j'exporte toutes mes photos en "
       "carré de 2 000 x 2 000 px, en JPEG, et je vérifie qu'elles font moins de 1 Mo chacune, sinon ça charge lentement sur les "
       "téléphones et la plupart de mes clientes achètent sur le téléphone, c'est tres important. En carré parce que les vignettes d'Etsy sont "
       "coupées et que dans un carré le sachet reste au milieu. La première photo est toujours la plus claire, le sachet "
       "sur fond blanc cassé, parce que c'est elle qui fait la vignette dans les résultats de recherche et qu'une photo sombre "
       "on ne la voit pas au milieu des autres. Pour le site Jimdo je fais une copie de chaque photo en 1 200 px de large, "
       "plus légère (200 à 300 Ko), Jimdo la redimensionne de toute façon et la page charge plus vite. "
       "Le résultat : dans les statistiques d'Etsy, sur la « Nuit de Saoû », j'avais 210 vues et 12 favoris en décembre 2024 "
       "avec les anciennes photos, et un mois après les nouvelles photos (mars 2025) 540 vues et 37 favoris. Les vues et les "
       "favoris c'est ce que je regarde en premier, ça montre que les gens s'arrêtent sur l'annonce au lieu de passer "
       "(voir capture), c'est interressant. "
       "Sur une annonce, ce qu'il faut pour qu'une cliente achète : les plantes, le poids, combien de tasses ça fait (à peu "
       "près 15 tasses pour 25 g), comment la préparer et la DLUO (voir capture).")

S += P("Voila mon texte « À propos » sur Etsy, je l'ai copié tel quel :")
S += [Paragraph("À propos de La Cueillette de Saoû. Je cultive, je cueille et je sèche mes plantes au pied de la forêt de "
                "Saoû, dans la Drôme. Tout est fait à la main, de la graine au sachet : cueillette le matin quand la rosée est "
                "partie, séchage lent à l'ombre dans mon séchoir solaire, tri et mise en sachet à la ferme. Mes plantes sont "
                "certifiées bio. Vous me trouverez aussi sur les marchés de Crest et de Dieulefit : venez me dire bonjour et "
                "sentir les sachets !", arial), Spacer(1, gap)]

S += P("Mon site Jimdo je l'ai fait moi-même en 2021 avec un abonnement à 15 euros par mois, il y a une page d'accueil, une "
       "boutique avec les mêmes produits que sur Etsy, une page avec mes marchés et la page légale. J'ai eu 190 commandes en 2025. "
       "Ce qui coince sur le "
       "site : les frais de port (4,95 € pour un seul sachet) n'apparaissent qu'a la toute fin, au moment de payer, et "
       "plusieurs personnes me l'ont dit au marché (« j'ai failli ne pas commander ») (voir capture). Et on ne peut payer que par PayPal, des "
       "clientes un peu âgées n'ont pas de compte PayPal et elles m'envoient un chèque, ou elles laissent tomber. "
       "TODO voir avec Jimdo.   Le blog Jimdo, j'ai pas le temps.")

S += P("Le tunnel de conversion c'est le chemin du client depuis la page d'accueil jusqu'au paiement, il y a 5 étapes "
       "(cours du 12/02) :")
S += L(["la page d'accueil", "la fiche produit", "le panier", "la création du compte ou les coordonnées",
        "le paiement et la confirmation de commande"])

# ------------------------------------------------------------------ à partir de la page 4 : quelques lignes en gras
S.append(PageBreak())
S += B("le nouveau site")
S += P("Pour le bio je suis le cahier des charges bio européen, contrôlé par Certisud Bio : aucun engrais ni traitement "
       "chimique de synthèse, des semences et des plants bio, des zones de cueillette sauvage loin des routes et des cultures "
       "traitées (je les ai notées sur une carte IGN pour l'auditeur) et un audit par an, le dernier le 18 septembre 2025, "
       "avec la vérification du registre des lots et des factures de sachets. Tout ce qui sera écrit sur le nouveau site "
       "devra respecter ça.")

S += P("Ce que je veux avec un nouveau site : vendre l'hiver, quand il n'y a pas de marché (de novembre à mars je n'ai que "
       "Crest le samedi et c'est très calme), moins dépendre d'Etsy (6,5 % + 0,20 € par vente, plus les frais de paiement, et "
       "ils changent les règles tout le temps) et arriver à 50 abonnés pour la box. Bon, je n'ai pas de direction au-dessus de "
       "moi donc pas de consignes, c'est moi qui décide. Julien donne son avis mais c'est moi qui tranche.")

S += P("Ma liste pour le nouveau site :")
S += L(["un abonnement mensuel (une tisane de saison par mois dans la boîte aux lettres)",
        "le stock relié avec Etsy pour ne pas vendre deux fois le même sachet",
        "le paiement par carte bancaire",
        "les points relais à choisir dans le panier",
        "des cartes cadeaux",
        "une commande en gros pour les épiceries",
        "une page avec les dates de mes marchés",
        "une fiche par plante avec la parcelle",
        "que je puisse tout faire depuis le téléphone"])

S += P("J'ai demandé deux prix. Shopify toute seule : l'abonnement de base c'est à peu près 32 € par mois (j'ai fait l'essai "
       "gratuit), plus des applis pour l'abonnement et le lien avec Etsy, et c'est moi qui fais tout. Et Pierre, un "
       "développeur de Valence qui a fait les sites de trois fermes du Diois, m'a fait un devis à 2 400 euros pour un site "
       "WordPress avec une boutique, plus l'hébergement. Pour Shopify seule :  le prix. Pour Pierre : il connaît les paysans, il "
       "comprend les saisons et les lots. Je n'ai pas encore choisi.")

S.append(PageBreak())
S += B("La page légale et mes CONDITIONS")
S += P("Le 14/01 j'ai relu la page légale du site ligne par ligne avec la liste vue en cours. Il manquait des choses, j'ai "
       "ajouté : mon numéro SIRET (entreprise individuelle), l'hébergeur du site (Jimdo GmbH, Stresemannstraße 375, 22761 "
       "Hambourg, Allemagne), mon certificat bio avec le nom de l'organisme certificateur, Certisud Bio, et le médiateur de la "
       "consommation, Médiation Conso Sud, avec son adresse internet. Il y avait déja mon nom, l'adresse de la ferme, le "
       "téléphone et l'email. Le lien « Page légale » est en bas de toutes les pages du site, je l'ai vérifié sur l'ordinateur "
       "et sur le téléphone (voir capture).")

S += P("Mes conditions  (les CGV) je les ai prises sur un modèle gratuit trouvé sur internet en 2021 et je les ai juste "
       "remplies avec mon nom. Cette année j'ai vérifié deux points : qu'il est bien écrit qu'on ne peut pas me renvoyer un "
       "sachet une fois qu'il est ouvert (c'est de l'alimentaire, pour l'hygiène il n'y a plus de rétractation sur un sachet "
       "ouvert), et que les frais de port écrits dans les conditions sont les mêmes que sur le site (ce n'était plus le cas "
       "depuis la hausse de La Poste au 1er janvier, j'ai corrigé). Le reste je ne l'ai pas regardé, il faudra faire relire.")

S += P("Le cahier d'adresses du marché : sur le stand il y a un cahier où les gens écrivent leur email pour avoir des "
       "nouvelles des récoltes, il y a 312 adresses depuis 2019. Je les ai recopiées dans ma boîte mail et j'envoie une lettre "
       "quatre fois par an (la sortie du tilleul, la box de Noël...). Personne n'a rien coché ni signé, il n'y a rien d'écrit "
       "sur le cahier à part les colonnes nom et email. Idée : mettre une phrase en haut du cahier.")

S.append(PageBreak())
S += B("l'équipe")
S += P("a finir")

S.append(PageBreak())
S += B("LA GRANGE ET LES LOTS")
S += P("Chaque séchage devient un lot avec un numéro : l'année, trois lettres pour la plante et le numéro de la fournée dans "
       "l'année. Par exemple 25-MEL-03 c'est la troisième fournée de mélisse de 2025. Le numéro est écrit au crayon sur la "
       "claie du sechoir pendant le séchage, puis sur la boîte. Tout est noté dans le registre (un cahier à la grange, et je recopie dans "
       "un tableur le dimanche soir). La DLUO c'est 18 mois apres la recolte. Un morceau du registre 2025 :")

S += grid([["Lot", "Plante", "Parcelle ou lieu", "Date de recolte", "Poids sec", "DLUO"],
           ["25-THY-02", "thym (sommités fleuries)", "Blaches, planche 1", "30/05/2025", "2,3 kg", "11/2026"],
           ["25-SUR-01", "fleurs de sureau", "haie du Grand Pré (propriété Mourier)", "02/06/2025", "0,6 kg", "12/2026"],
           ["25-MEL-02", "mélisse", "Blaches, planche 4", "12/06/2025", "1,9 kg", "12/2026"],
           ["25-TIL-01", "tilleul (fleurs et bractées)", "bois communal, Grande Combe", "21/06/2025", "3,2 kg", "12/2026"],
           ["25-TIL-02", "tilleul (fleurs et bractées)", "propriété Mourier", "27/06/2025", "2,6 kg", "12/2026"],
           ["25-HYS-01", "hysope", "Blaches, planche 2", "09/07/2025", "0,9 kg", "01/2027"],
           ["25-VER-01", "verveine odorante", "Blaches, planche 7", "18/07/2025", "1,1 kg", "01/2027"],
           ["25-MEL-03", "mélisse (2e coupe)", "Blaches, planche 4", "04/08/2025", "1,4 kg", "02/2027"]],
          [2.2, 3.4, 4.2, 2.4, 1.7, 1.6])

S += P("Les plantes sèches vont dans des boîtes métalliques hermétiques (des anciennes boîtes à thé de 5 litres) bien "
       "fermées, au fond de la grange, dans le noir, parce que la lumière et l'humidité abîment la couleur et l'odeur. Une boîte "
       "= un lot, jamais deux lots mélangés. Avant de mettre en sachet je contrôle chaque boîte :")
S += L(["je tamise pour enlever la poussière, les tiges et les petites bêtes",
        "je sens : si ça sent le foin ou le moisi, le lot part au compost",
        "je regarde la couleur (la mélisse doit rester verte, pas brune, le calendula orange)",
        "je touche : ça doit craquer sous les doigts, sinon ce n'est pas assez sec et ça va moisir dans le sachet"], mark="*")

S += P("Le numéro de lot est sur chaque etiquette de sachet, à côté de la DLUO (voir capture). Pourquoi je fais tout ça : à l'audit bio, "
       "Certisud Bio vérifie que ce que je vends correspond à ce que j'ai récolté (les poids du registre contre les ventes et "
       "les sachets achetés), sans registre je perds la certification. Et si un jour il y a un problème sur un lot (une plante "
       "mélangée, une cliente qui trouve quelque chose, une alerte), je peux retrouver et rappeler exactement les sachets de ce "
       "lot et pas tout jeter. En 2023 un lot de mauve avait pris l'humidité, j'ai pu récupérer les 11 sachets partis dans les "
       "épiceries parce que le lot était sur l'étiquette, et j'ai gardé le reste de la récolte.")

S.append(PageBreak())
S += B("Les colis")
S += P("Comment je prépare une commande Etsy ou Jimdo, dans l'ordre :")
S += L(["la notification arrive sur le téléphone (Etsy ou Jimdo)",
        "j'imprime le bon de commande et l'étiquette d'envoi",
        "je pèse les sachets avec l'emballage",
        "je mets dans l'enveloppe kraft ou le petit carton, avec la carte de la récolte",
        "je colle l'étiquette et je note le numéro de suivi",
        "je dépose à La Poste de Crest ou au point relais"])
S += P("Idée : ne poster que le mardi et le vendredi, au lieu d'aller à la poste presque tous les jours.")

S.append(PageBreak())
S += B("l'expédition")
S += P("J'ai comparé les trois façons d'envoyer que j'utilise, pour 1, 3 et 6 sachets (avec l'emballage : à peu près 60 g, "
       "170 g et 330 g), aux tarifs de janvier 2026. J'ai ajouté une colonne « impact », c'est-à-dire ce que ça pollue à peu "
       "près, d'après ce que disent La Poste et Mondial Relay et le bon sens. Je les ai classés du mieux au moins bien :")

S += grid([["Rang", "Transporteur", "1 sachet", "3 sachets", "6 sachets", "Impact"],
           ["1", "Lettre verte suivie (La Poste)", "3,35 €", "5,10 €", "impossible (plus de 250 g)",
            "faible : la lettre part avec le courrier normal, le facteur passe de toute façon, enveloppe papier"],
           ["2", "Mondial Relay (point relais)", "4,40 €", "4,40 €", "4,40 €",
            "moyen : camions groupés jusqu'au relais, le client passe le chercher, petit carton"],
           ["3", "Colissimo à domicile", "5,25 €", "5,25 €", "7,35 €",
            "le plus fort : livraison à la porte, second passage si la personne est absente"]],
          [1.3, 3.0, 1.6, 1.8, 2.4, 5.0])

S += P("Donc :  lettre verte suivie jusqu'à 250 g, c'est le moins cher et le moins polluant, et au-dessus Mondial Relay. "
       "Colissimo seulement si la cliente veut absolument être livrée chez elle, et elle paie la différence. Sur Etsy j'ai "
       "mis ces règles dans les profils d'expédition le 20 janvier (voir capture).")

S += [Spacer(1, gap), Paragraph("Aude", body)]


def deco(c, d):
    c.saveState()
    c.setFont("Times-Roman", 12)
    c.drawCentredString(PW / 2, 1.2 * cm, str(d.page))
    c.restoreState()


def build():
    os.makedirs(OUT, exist_ok=True)
    doc = BaseDocTemplate(os.path.join(OUT, FILE), pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M,
                          bottomMargin=M, title="dossier blocs 4 et 5", author=AUTHOR, creator="Writer",
                          producer="LibreOffice 7.6", subject="", invariant=1)
    fr = Frame(M, M, UW, PH - 2 * M, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=deco)])
    doc.build(S)
    print("ok", FILE, "pages:", doc.page)


if __name__ == "__main__":
    build()
