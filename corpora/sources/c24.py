"""Génère le dossier du candidat « Graine de Chef » (ODT)."""
import os

from odf.opendocument import OpenDocumentText
from odf.style import (GraphicProperties, ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TableProperties, TextProperties)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, LineBreak, P, Span
from odf import meta, dc

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c24-traiteur-graine-de-chef")
AUTHOR = "Karim Belhadj"

INTRO = [
    "Graine de Chef est un traiteur 100 % végétal installé à Lyon 7e (cuisine de 140 m² rue de "
    "Gerland). Trois offres : les plateaux-repas livrés aux entreprises (le cœur historique, 58 % du CA), "
    "les box « Semaine » de 5 plats livrées le lundi chez les particuliers (lancées en 2024) et les "
    "buffets pour événements. Le site grainedechef.fr tourne sous WordPress + WooCommerce. CA 2025 : "
    "620 000 €, 11 salariés. La direction (Hélène et Marc, les fondateurs) veut que les box particuliers "
    "passent de 14 % à 30 % du CA d'ici fin 2026 pour moins dépendre des commandes d'entreprises, "
    "très creuses en juillet-août.",
    "Je suis chargé de marketing et de relation client depuis février 2025. Ce dossier regroupe ce que "
    "j'ai mis en place sur la communication, la relation client à distance, le site et le paiement. "
    "Les éléments sont surtout présentés sous forme de tableaux, comme dans nos comptes rendus "
    "internes.",
]

CAMPAGNE = [
    ["Élément", "Campagne « Mai Vert » (du 2 au 31 mai 2026)"],
    ["Pourquoi", "Faire connaître les box Semaine auprès des particuliers lyonnais, en cohérence avec "
                 "l'objectif de la direction (30 % du CA en box). Viser plus d'abonnements avant l'été."],
    ["Objectifs", "Gagner des abonnés aux box ; augmenter les visites du site ; faire parler de la marque."],
    ["Cible", "Actifs 25-45 ans, Lyon et 1re couronne (Villeurbanne, Caluire, Oullins), flexitariens "
              "plus que végans convaincus, peu de temps pour cuisiner en semaine."],
    ["Vecteurs", "Instagram (posts + stories + 2 reels), newsletter Brevo (4 200 contacts), "
                 "fiche Google Business Profile, flyers dans 6 salles de sport, stand au marché de la "
                 "Croix-Rousse le 16 mai, code promo MAIVERT (−15 % sur la 1re box)."],
    ["Message", "« Cinq plats végétaux qui calent, livrés lundi, zéro vaisselle de courses. »"],
    ["Budget", "1 150 € (flyers 240 €, sponsorisation Instagram 600 €, stand 90 €, dégustation 220 €)."],
]

LEVIERS = [
    ["Leviers", "Obstacles"],
    ["Cuisine maison visible (la cuisine est vitrée, les gens nous voient travailler)",
     "« Végan » fait peur aux gros mangeurs : objection n° 1 en dégustation"],
    ["Prix d'une box : 52 € les 5 plats, soit 10,40 € le repas", "Engagement perçu : beaucoup croient "
     "qu'il s'agit d'un abonnement bloquant"],
    ["Clients entreprises qui goûtent nos plateaux au bureau", "Zone de livraison limitée (pas de "
     "livraison au-delà de 12 km)"],
    ["Avis Google : 4,8 / 5 (186 avis)", "Concurrence des kits repas nationaux (Quitoque, HelloFresh)"],
]

PARTENAIRES = [
    ["Partenaire", "Type", "Ce qu'il apporte", "Suivi"],
    ["Keep Cool Lyon Gerland et 5 autres salles", "Réseau local", "Flyers à l'accueil, clientèle "
     "sportive qui cherche des plats riches en protéines", "Pas de code dédié, non mesuré"],
    ["Blog « Lyon Végé » (Claire)", "Blogueuse", "Article + story le 12 mai", "Lien sans UTM"],
    ["La Ruche qui dit Oui — Gerland", "Réseau de producteurs", "Présence à une distribution", "—"],
    ["Association Lyon Vegan Market", "Événement", "Stand gratuit en septembre", "À venir"],
]

CHAT_OUTIL = [
    ["Outil", "Paramétrage réalisé"],
    ["Crisp (offre Pro, 25 €/mois)", "Widget sur toutes les pages sauf le paiement ; horaires 9 h-18 h "
     "en semaine ; message d'absence avec lien vers la FAQ ; formulaire e-mail hors horaires ; "
     "application mobile installée sur mon téléphone et celui de Léa (commandes)."],
    ["Réponses enregistrées", "12 raccourcis : !allergenes, !zone, !box, !resiliation, !buffet, "
     "!delai, !prix, !conservation, !entreprise, !facture, !cadeau, !retard."],
    ["Déclencheurs", "Message proactif après 40 s sur la page Box Semaine : « Une question sur les "
     "plats de la semaine ? »"],
]

CHAT_CONV = [
    ["Heure", "Qui", "Message (conversation du 14/05/2026, commande passée)"],
    ["12:41", "Visiteuse", "Bonjour, les box c'est un abonnement ? Je pars 2 semaines en juin."],
    ["12:42", "Karim", "Bonjour ! Non, aucun engagement : vous choisissez vos semaines dans votre "
     "compte et vous pouvez sauter celles de juin en un clic jusqu'au jeudi minuit."],
    ["12:43", "Visiteuse", "Ok. Et mon copain mange beaucoup, les portions sont grandes ?"],
    ["12:44", "Karim", "Chaque plat fait 400 g, avec une légumineuse ou du tofu à chaque repas. "
     "Beaucoup de clients prennent l'option « grande faim » (+6 € pour 5 plats à 550 g)."],
    ["12:45", "Visiteuse", "Ah super. Vous livrez à Caluire ?"],
    ["12:45", "Karim", "Oui, Caluire est dans la zone, livraison le lundi entre 17 h et 20 h. "
     "Avec le code MAIVERT vous avez −15 % sur la première box."],
    ["12:52", "—", "Commande n° 8817 : box Semaine + option grande faim, 49,30 € après remise."],
]

CHAT_STATS = [
    ["Mai 2026 (source : Crisp, onglet Analytics)", "Valeur"],
    ["Conversations ouvertes", "212"],
    ["dont déclenchées par le message proactif", "74"],
    ["Délai moyen de première réponse", "3 min 40 s"],
    ["Conversations hors horaires (formulaire)", "39"],
    ["Note de satisfaction moyenne", "4,6 / 5 (58 notes)"],
    ["Commandes passées dans l'heure suivant une conversation", "27"],
]

OBJECTIONS = [
    ["Objection entendue (chat, marché, téléphone)", "Réponse utilisée"],
    ["« Le végan, ça ne cale pas »", "Grammage (400 g), protéines par plat, option grande faim"],
    ["« C'est un abonnement, je vais être coincé »", "Sans engagement, semaines à sauter en un clic"],
    ["« 52 €, c'est cher »", "10,40 € le repas, pas de courses ni de vaisselle ; comparaison avec un "
     "déjeuner en brasserie"],
    ["« Et si je ne suis pas là le lundi ? »", "Sac isotherme 24 h ou dépôt chez le voisin"],
    ["« Je suis allergique aux fruits à coque »", "Pictogrammes sur chaque plat, filtre sur le menu"],
]

RESEAUX = [
    ["Réseau", "Ce qui a été publié en mai", "Chiffres"],
    ["Instagram (@grainedechef)", "12 posts, 31 stories, 2 reels (« une journée en cuisine », "
     "« le chili qui a converti mon beau-frère »), jeu concours avec la blogueuse Lyon Végé",
     "Abonnés : 3 180 au 1er mai, 3 610 au 31 mai. Reel n° 2 : 18 400 vues."],
    ["Facebook", "Partage automatique des posts Instagram", "Non suivi"],
    ["LinkedIn (page entreprise)", "3 posts pour les plateaux-repas entreprises", "Non suivi"],
    ["Google Business Profile", "4 posts « offre », photos de la box", "Appels : 61, itinéraires : 140"],
]

MISE_EN_AVANT = [
    ["Emplacement sur grainedechef.fr", "Ce qui y est mis en avant", "Fonction WooCommerce / thème utilisée"],
    ["Accueil, bandeau haut", "Box Semaine + code du mois", "Bloc « bannière » de l'éditeur Gutenberg"],
    ["Accueil, carrousel", "Les 5 plats de la semaine", "Bloc « Produits mis en avant » (étoile cochée "
     "dans la liste des produits)"],
    ["Page Plateaux-repas", "Plateau « Best-seller » en premier", "Tri manuel (ordre du menu)"],
    ["Fiche produit", "Desserts et boissons", "Produits suggérés (ventes incitatives)"],
    ["Panier", "Option grande faim, dessert à 3,50 €", "Ventes croisées (onglet « Produits liés »)"],
    ["E-mail de confirmation", "Plats de la semaine suivante", "—"],
]

PAIEMENT = [
    ["Point", "Situation"],
    ["Solution installée", "Extension WooCommerce Stripe (CB, Apple Pay, Google Pay) depuis mars 2026, "
     "en remplacement du module bancaire de la banque (page de paiement externe)."],
    ["Tests", "Commande test réussie sur ordinateur (Chrome, Firefox). Mobile : à tester."],
    ["Confiance", "3D Secure, logos CB/Visa/Mastercard sous le bouton, cadenas, mention "
     "« paiement sécurisé par Stripe »."],
    ["Entreprises", "Paiement par virement à 30 jours sur facture pour les comptes pros."],
]

FINANCEMENT = [
    ["Offre", "Pour qui", "Remarque"],
    ["Alma (paiement en 3 ou 4 fois)", "Buffets (panier moyen 420 €)", "Commission 3 à 4 %"],
    ["PayPal 4X", "Tous", "Déjà connu des clients"],
    ["Oney", "Tous", "—"],
    ["Titres-restaurant dématérialisés (Swile, Conecs)", "Box et plateaux", "Très demandé au chat "
     "(14 demandes en mai)"],
]

FIDELITE = [
    ["Dispositif", "Description"],
    ["Programme à points", "Extension « Points and Rewards » : 1 € = 1 point, 100 points = 5 €"],
    ["Parrainage", "10 € pour le parrain et le filleul"],
    ["Abonnement box", "Déjà en place (tarif dégressif non prévu)"],
    ["Newsletter", "Brevo, envoi le jeudi avec les plats de la semaine suivante"],
    ["Carte cadeau", "Extension PW Gift Cards"],
]


def build():
    doc = OpenDocumentText()
    doc.meta.addElement(meta.InitialCreator(text=AUTHOR))
    doc.meta.addElement(dc.Creator(text=AUTHOR))
    doc.meta.addElement(dc.Title(text="Graine de Chef — communication et relation client"))
    doc.meta.addElement(meta.CreationDate(text="2026-06-10T10:00:00"))
    doc.meta.addElement(dc.Date(text="2026-06-10T10:00:00"))

    st = doc.styles
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="15pt", fontweight="bold", color="#2f6b3a"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    st.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12.5pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
    st.addElement(h2)
    body = Style(name="Corps", family="paragraph")
    body.addElement(TextProperties(fontsize="11pt"))
    body.addElement(ParagraphProperties(marginbottom="0.2cm"))
    st.addElement(body)
    title = Style(name="Titre", family="paragraph")
    title.addElement(TextProperties(fontsize="24pt", fontweight="bold", color="#2f6b3a"))
    title.addElement(ParagraphProperties(textalign="center", margintop="5cm", marginbottom="0.5cm"))
    st.addElement(title)
    center = Style(name="Centre", family="paragraph")
    center.addElement(TextProperties(fontsize="13pt"))
    center.addElement(ParagraphProperties(textalign="center", marginbottom="0.2cm"))
    st.addElement(center)

    auto = doc.automaticstyles
    brk = Style(name="Saut", family="paragraph", parentstylename="Heading 1")
    brk.addElement(ParagraphProperties(breakbefore="page"))
    auto.addElement(brk)
    cellp = Style(name="Cellule", family="paragraph")
    cellp.addElement(TextProperties(fontsize="9.5pt"))
    auto.addElement(cellp)
    headp = Style(name="CelluleTitre", family="paragraph")
    headp.addElement(TextProperties(fontsize="9.5pt", fontweight="bold"))
    auto.addElement(headp)
    cell = Style(name="Case", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #666666", padding="0.1cm"))
    auto.addElement(cell)
    hcell = Style(name="CaseTitre", family="table-cell")
    hcell.addElement(TableCellProperties(border="0.5pt solid #666666", padding="0.1cm",
                                         backgroundcolor="#dcefd9"))
    auto.addElement(hcell)
    tstyle = Style(name="Tab", family="table")
    tstyle.addElement(TableProperties(width="16.5cm", align="left"))
    auto.addElement(tstyle)
    bold = Style(name="Gras", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    auto.addElement(bold)

    counter = [0]

    def para(text, style=body):
        doc.text.addElement(P(stylename=style, text=text))

    def head(text, level=1, page=False):
        doc.text.addElement(H(outlinelevel=level, stylename=brk if page else (h1 if level == 1 else h2),
                              text=text))

    def table(rows, widths):
        counter[0] += 1
        t = Table(name=f"Tableau{counter[0]}", stylename=tstyle)
        for i, w in enumerate(widths):
            cs = Style(name=f"T{counter[0]}C{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            auto.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        for ri, r in enumerate(rows):
            tr = TableRow()
            for v in r:
                tc = TableCell(stylename=hcell if ri == 0 else cell, valuetype="string")
                tc.addElement(P(stylename=headp if ri == 0 else cellp, text=v))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
        doc.text.addElement(P(stylename=body, text=""))

    doc.text.addElement(P(stylename=title, text="Graine de Chef"))
    para("Traiteur végétal livré à domicile et en entreprise — Lyon", center)
    para("Communication, relation client à distance et vente en ligne", center)
    para("", center)
    para("Karim Belhadj — Chargé marketing et relation client", center)
    para("Dossier bloc 2 — Titre Chef de projet e-commerce — juin 2026", center)

    head("1. L'entreprise et ma mission", page=True)
    for t in INTRO:
        para(t)

    head("2. La campagne « Mai Vert »")
    table(CAMPAGNE, [3.5, 13])
    para("Leviers et obstacles identifiés avant la campagne :")
    table(LEVIERS, [8.25, 8.25])
    para("Résultat : 64 utilisations du code MAIVERT, dont 41 nouveaux clients box.")

    head("3. Partenaires")
    table(PARTENAIRES, [4.2, 2.8, 6, 3.5])

    head("4. Relation client à distance : la messagerie instantanée", page=True)
    para("Avant 2026 les questions arrivaient par téléphone pendant le service ou par e-mail, souvent "
         "traitées le lendemain. J'ai installé une messagerie instantanée sur le site en janvier 2026.")
    table(CHAT_OUTIL, [4.5, 12])
    head("Exemple de conversation", 2)
    table(CHAT_CONV, [1.5, 2.2, 12.8])
    para("Une autre conversation le même jour n'a pas abouti : la personne voulait être livrée un "
         "dimanche à Vaulx-en-Velin.")
    head("Statistiques de la messagerie", 2)
    table(CHAT_STATS, [11.5, 5])
    head("Les objections les plus fréquentes", 2)
    table(OBJECTIONS, [7, 9.5])

    head("5. Réseaux sociaux", page=True)
    table(RESEAUX, [3.8, 7.7, 5])

    head("6. Mise en avant des produits sur le site")
    table(MISE_EN_AVANT, [4.3, 5.2, 7])

    head("7. Paiement", page=True)
    table(PAIEMENT, [3.5, 13])
    head("Offres de financement et moyens de paiement complémentaires", 2)
    table(FINANCEMENT, [5.5, 4.5, 6.5])

    head("8. Fidélisation")
    para("Dispositifs possibles sur WooCommerce :")
    table(FIDELITE, [4, 12.5])
    para("Le choix sera fait avec Hélène à la rentrée.")
    return doc


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    build().save(os.path.join(OUT_DIR, "graine-de-chef.odt"))


if __name__ == "__main__":
    main()
