# Générateur du brouillon de dossier du candidat c76 (Bois Énergie Morvan, Autun) — blocs 2 et 5.
import datetime, os, re, zipfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c76-granules-morvan")
FILE = os.path.join(OUT, "bois-energie-morvan-brouillon.docx")
AUTHOR = "Jordan Moreau"
STAMP = datetime.datetime(2026, 3, 19, 21, 40, 0)


def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2026, 3, 19, 21, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def add_runs(p, text, italic=False, bold=False):
    """Les passages entre crochets sont des notes perso surlignées en jaune."""
    for part in re.split(r"(\[[^\]]*\])", text):
        if not part:
            continue
        r = p.add_run(part)
        r.italic = italic
        r.bold = bold
        if part.startswith("["):
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW


def para(doc, text, italic=False, bold=False, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    add_runs(p, text, italic=italic, bold=bold)
    p.paragraph_format.space_after = Pt(6)
    return p


def bullets(doc, items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        add_runs(p, it)


def numbered(doc, items):
    for k, it in enumerate(items, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.space_after = Pt(3)
        add_runs(p, f"{k}. {it}")


def table(doc, rows, widths):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            run = c.paragraphs[0].add_run(v)
            run.font.size = Pt(10)
            if i == 0:
                run.bold = True
    doc.add_paragraph()
    return t


def page_field(paragraph):
    run = paragraph.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif txt == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = txt
            run._r.append(el)


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.5)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("BROUILLON v0.3 — ne pas rendre")
    hr.bold = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)

    # ---------------------------------------------------------------- en-tête du dossier
    p = doc.add_paragraph()
    r = p.add_run("Dossier professionnel — Blocs 2 et 5")
    r.bold = True
    r.font.size = Pt(16)
    para(doc, "Jordan Moreau — alternant Bachelor 1re année — Bois Énergie Morvan (Autun)\n"
              "Tuteur : Gérard Pernot, gérant — version du 19/03/2026")

    p = doc.add_paragraph()
    p.add_run("Sommaire").bold = True
    for s in ["1. Présentation", "2. Campagne de promotion", "3. Partenaires", "4. Vente en ligne (paiement, fidélité)",
              "5. Organisation du dépôt", "6. Transport et satisfaction client", "7. Juridique", "8. Conclusion"]:
        q = doc.add_paragraph(s)
        q.paragraph_format.left_indent = Cm(0.8)
        q.paragraph_format.space_after = Pt(0)
    para(doc, "[numéros de page à mettre à la fin]")

    # ---------------------------------------------------------------- 1
    doc.add_heading("1. Présentation", level=1)
    para(doc, "Je suis en alternance chez Bois Énergie Morvan depuis septembre 2025, après mon BTS. Mon tuteur c'est "
              "Gérard Pernot, le gérant. Je m'occupe du site internet, de la page Facebook et j'aide au comptoir et à "
              "l'organisation quand il y a du monde (en gros tout l'hiver).")
    para(doc, "L'entreprise existe depuis 1998, au départ c'était un négoce de bois de chauffage en bûches. Gérard l'a "
              "reprise en 2011 et il a commencé les granulés à ce moment-là, parce que beaucoup de gens dans le coin "
              "changeaient leur vieille chaudière fioul pour un poêle ou une chaudière à granulés. Aujourd'hui les "
              "bûches classiques on n'en fait presque plus. [vérifier les dates avec Gérard]")
    para(doc, "L'entreprise vend du combustible bois pour le chauffage. Surtout des granulés (les pellets) en palettes, "
              "mais aussi des bûches compressées et des accessoires pour les poêles. On livre à domicile. Les clients "
              "ce sont surtout des particuliers, plus quelques fermes et des petites communes (salle des fêtes, école).")
    para(doc, "Quelques chiffres :")
    bullets(doc, ["SARL basée à Autun (71), 9 salariés",
                  "un dépôt couvert de 3 000 m² + une cour",
                  "CA 2025 : 2,28 M€ HT",
                  "27 % du CA fait en ligne sur le site WooCommerce (ouvert en 2022), soit 1 460 commandes en 2025",
                  "saison forte de septembre à janvier : 64 % du volume de l'année"])
    para(doc, "[demander à Gérard les chiffres 2024]")
    para(doc, "L'équipe : Gérard (gérant), Damien Rateau (logistique, il gère le dépôt et les tournées), Rémi et Tony "
              "(chauffeurs), Annie (secrétaire-comptable), trois personnes au dépôt et au comptoir, et moi.")
    para(doc, "Les produits principaux :")
    table(doc, [["Produit", "Prix TTC", "Remarque"],
                ["Palette granulés DIN+ (66 sacs × 15 kg)", "364 € départ dépôt, ≈ 389 € livrée à moins de 40 km", "le produit n°1, de loin"],
                ["Palette en précommande d'été (juin-août)", "342 € départ dépôt", "prix 2025, à confirmer pour 2026"],
                ["Sac de granulés à l'unité (15 kg)", "6,90 €", "au dépôt seulement"],
                ["Palette de bûches compressées (96 packs)", "459 €", ""],
                ["Accessoires poêle (kit ramonage, hérisson, gants, allume-feu…)", "de 4,50 € à 69 €", "peu vendus en ligne"]],
          [6, 5, 5])
    para(doc, "Pour livrer on a 2 camions à nous avec hayon, jusqu'à 80 km. Plus loin c'est Transports Bonnot qui livre. "
              "Le client peut aussi commander sur le site et venir chercher au dépôt (click & collect). L'été il y a la "
              "« précommande » : le client paie sa palette moins cher et on le livre pendant l'été.")
    para(doc, "L'année est très coupée en deux. De septembre à janvier c'est la folie : le téléphone sonne tout le "
              "temps, les camions tournent tous les jours et il y a parfois 2 ou 3 semaines d'attente pour être livré. "
              "Au printemps et l'été c'est beaucoup plus calme, on fait surtout du rangement et de l'entretien.")

    # ---------------------------------------------------------------- 2
    doc.add_heading("2. Campagne de promotion", level=1)
    doc.add_heading("2.1 La précommande d'été 2026", level=2)
    para(doc, "Gérard m'a demandé de m'occuper de la campagne pour la précommande d'été cette année. Avant c'était "
              "surtout du bouche-à-oreille et un panneau au dépôt. La campagne irait de début juin à fin août.")
    para(doc, "Comment ça marche : le client commande sa ou ses palettes sur le site ou au comptoir entre le 1er juin "
              "et le 31 août, il paie tout de suite au prix d'été (342 € la palette départ dépôt en 2025 au lieu de "
              "364 €), et on le livre en juillet ou en août. Sur le site c'est un produit à part, « Palette précommande "
              "été », qu'on active le 1er juin et qu'on désactive fin août. Je pense qu'il faudrait aussi une page "
              "qui explique bien le principe, à voir.")
    para(doc, "Objectif : vendre plus de palettes l'été pour lisser la saison. [mettre un chiffre ?]")
    doc.add_heading("2.2 Les moyens de com'", level=2)
    para(doc, "Pour l'instant j'ai prévu :")
    bullets(doc, ["un emailing aux clients de l'hiver dernier. On a à peu près 1 100 adresses mail dans WooCommerce. "
                  "Un mail début juin et une relance début juillet ;",
                  "des posts sur la page Facebook (voir 2.3) ;",
                  "des flyers A5 déposés dans les boulangeries et les mairies autour d'Autun, 2 000 flyers (devis "
                  "imprimeur 85 €) ;",
                  "un spot radio de 20 secondes sur la radio locale, 15 passages en juin (devis 480 €). Gérard y "
                  "tient, il le fait depuis des années."])
    para(doc, "Je pense que c'est déjà pas mal pour une petite entreprise. Le texte du mail et du flyer : à compléter.")
    doc.add_heading("2.3 Facebook", level=2)
    para(doc, "On a une page Facebook avec 1 800 abonnés. C'est moi qui la gère depuis octobre. Ce que je fais :")
    bullets(doc, ["2 posts par semaine en saison (septembre à janvier) ;",
                  "des photos des livraisons et du camion, et des rappels de prix ;",
                  "un post sponsorisé à 60 € en octobre, sur 30 km autour d'Autun."])
    para(doc, "[mettre une capture]")

    # ---------------------------------------------------------------- 3
    doc.add_heading("3. Partenaires", level=1)
    para(doc, "Nos partenaires principaux, c'est nos fournisseurs. Sans eux pas de granulés ! On en a trois, et Gérard "
              "négocie les prix chaque printemps pour toute l'année.")
    bullets(doc, ["la Scierie du Haut-Folin, dans le Morvan : elle fait des granulés avec la sciure de ses résineux. "
                  "C'est notre fournisseur historique, ils livrent par semi-remorque complète (24 palettes) ;",
                  "une usine de granulés dans la Nièvre, qui nous livre en palettes déjà ensachées. On prend chez eux "
                  "surtout en pleine saison quand la scierie n'arrive plus à suivre ;",
                  "le fabricant de sacs (Plasti-Sac Bourgogne) qui imprime les sacs de 15 kg à notre nom. Les sacs sont "
                  "envoyés directement à la scierie."])
    para(doc, "Les granulés sont certifiés DIN+ chez les deux fournisseurs, c'est important parce que les clients "
              "le demandent et que les fabricants de poêles le conseillent. La scierie c'est presque 60 % de nos "
              "achats de granulés. Gérard dit qu'ils sont fiables mais qu'en décembre ils sont souvent en retard.")
    table(doc, [["Fournisseur", "Ce qu'on achète", "Volume 2025", "Prix d'achat HT", "Délai"],
                ["Scierie du Haut-Folin", "granulés DIN+ ensachés à nos sacs + bûches compressées", "3 300 t + 380 t", "245 €/t (granulés)", "1 semaine"],
                ["Usine de granulés (Nièvre)", "granulés DIN+ en palettes", "2 600 t", "232 €/t", "2 à 3 semaines en saison"],
                ["Plasti-Sac Bourgogne", "sacs 15 kg imprimés", "220 000 sacs", "0,12 € / sac", "3 semaines"]],
          [3.6, 4.2, 2.6, 2.8, 2.8])
    para(doc, "[vérifier les volumes avec Annie, je ne suis pas sûr pour les bûches]")

    # ---------------------------------------------------------------- 4
    doc.add_heading("4. Vente en ligne (paiement, fidélité)", level=1)
    para(doc, "Le site est sous WooCommerce depuis 2022. Les clients choisissent leur produit, leur zone de livraison "
              "et paient en ligne ou plus tard. Il y a 4 catégories : granulés, bûches compressées, accessoires et "
              "précommande (seulement l'été). Les frais de livraison sont calculés avec le code postal. C'est une "
              "agence de Chalon qui a fait le site, maintenant c'est moi qui mets à jour les prix et les photos.")
    doc.add_heading("4.1 Paiement", level=2)
    para(doc, "Sur le site il y a 3 façons de payer :")
    bullets(doc, ["par carte bancaire avec Stripe (installé avec le plugin WooCommerce Stripe en 2022) ;",
                  "par virement, surtout les communes et les fermes ;",
                  "à la livraison, par chèque ou en espèces, c'est le chauffeur qui encaisse."])
    para(doc, "En 2025 ça fait à peu près 58 % par carte, 12 % par virement et 30 % à la livraison [vérifier avec Annie]. "
              "Stripe c'est sécurisé.")
    para(doc, "Paiement en 3 fois ? à voir avec la banque.")
    doc.add_heading("4.2 Mise en avant des produits", level=2)
    bullets(doc, ["mettre la palette en promo en haut de la page d'accueil",
                  "produit mis en avant WooCommerce"])
    para(doc, "[mettre une capture]")
    doc.add_heading("4.3 Fidélité", level=2)
    para(doc, "Au dépôt il y a une carte de fidélité papier : un tampon par palette achetée et à la 10e palette on fait "
              "-5 %. Sur le site il n'y a rien pour l'instant.")
    bullets(doc, ["la carte de fidélité (la mettre aussi sur le site ?)",
                  "peut-être un parrainage"])
    doc.add_heading("4.4 Contact", level=2)
    para(doc, "On a un numéro WhatsApp Business (celui du dépôt), il est affiché sur le site.")

    # ---------------------------------------------------------------- 5
    doc.add_heading("5. Organisation du dépôt", level=1)
    doc.add_heading("5.1 Le stockage", level=2)
    para(doc, "Les palettes de granulés sont stockées dehors, dans la cour, sous un grand auvent. Elles sont houssées "
              "en plastique. Les sacs à l'unité, les bûches compressées et les accessoires sont à l'intérieur du dépôt, "
              "à l'abri. Quand on charge les camions on prend les plus vieilles d'abord.")
    para(doc, "Le problème c'est l'humidité. Si une housse est déchirée ou si un sac est percé, les granulés prennent "
              "l'eau, ils gonflent et ils partent en poussière. Après on ne peut plus les vendre. Ça arrive surtout "
              "l'hiver quand la pluie rentre sous l'auvent avec le vent. [demander à Damien combien de palettes perdues en 2025]")
    doc.add_heading("5.2 Les solutions de stockage", level=2)
    para(doc, "[cours de logistique du 15 janvier]")
    for line in ["Rayonnages pour picking : étagères où le préparateur prend les articles à l'unité pour préparer les commandes.",
                 "Rayonnages dynamiques (FIFO) : les palettes sont posées d'un côté et glissent sur des rouleaux inclinés jusqu'à l'autre côté ; la première entrée est la première sortie.",
                 "Rayonnage à palette push-back : les palettes sont poussées vers l'arrière sur des chariots ; la dernière entrée est la première sortie.",
                 "Transstockeurs : machines automatiques qui rangent et sortent les palettes en hauteur dans les grands entrepôts.",
                 "Convoyeurs : tapis ou rouleaux qui transportent les colis d'un poste à l'autre."]:
        q = para(doc, line, italic=True)
        q.paragraph_format.left_indent = Cm(0.6)
        q.paragraph_format.space_after = Pt(2)
    para(doc, "On pourrait peut-être faire du push-back.")
    doc.add_heading("5.3 Le traitement des commandes", level=2)
    para(doc, "Voilà comment ça se passe quand quelqu'un commande sur le site :")
    numbered(doc, ["Le client commande sur le site et choisit son paiement (carte, virement ou à la livraison).",
                   "WooCommerce envoie un mail à Annie, elle imprime la commande.",
                   "Annie vérifie le paiement (Stripe ou virement arrivé sur le compte) et passe la commande « en cours ».",
                   "Damien recopie l'adresse, le téléphone et le nombre de palettes sur la feuille de tournée papier "
                   "(une feuille par camion et par jour).",
                   "Damien appelle le client pour lui donner le jour de livraison, le matin ou l'après-midi.",
                   "Le matin, le chauffeur charge le camion au chariot élévateur en suivant sa feuille.",
                   "Livraison avec le hayon, le client signe le bon de livraison, et le soir Annie passe la commande "
                   "en « terminée » dans WooCommerce."])
    para(doc, "En pleine saison Damien remplit jusqu'à 40 lignes de feuille de tournée par jour. Il y a aussi les "
              "commandes par téléphone et au comptoir qui arrivent sur la même feuille.")
    para(doc, "On pourrait supprimer la ressaisie ?")
    doc.add_heading("5.4 L'équipe", level=2)
    para(doc, "Tous les lundis à 7 h 30 il y a une réunion avec Damien et les chauffeurs pour organiser les tournées de "
              "la semaine. J'y suis allé trois fois.")
    para(doc, "Palettes livrées par chauffeur :")
    table(doc, [["Chauffeur", "Octobre 2025", "Novembre 2025"],
                ["Rémi", "212", ""],
                ["Tony", "187", ""],
                ["Total", "399", ""]],
          [5, 4, 4])
    para(doc, "[demander à Damien pour novembre]")

    # ---------------------------------------------------------------- 6
    doc.add_heading("6. Transport et satisfaction client", level=1)
    para(doc, "On a 2 camions avec hayon pour livrer jusqu'à 80 km. Au-delà on passe par Transports Bonnot, on "
              "travaille avec eux depuis 2023. Le plus gros camion prend 14 palettes, le petit 8. Bonnot ça concerne surtout "
              "des clients vers Dijon et vers Nevers. Les frais de livraison par palette :")
    table(doc, [["Qui livre", "Zone", "Prix par palette"],
                ["Nos camions", "0 à 40 km", "25 €"],
                ["Nos camions", "40 à 80 km", "45 €"],
                ["Transports Bonnot", "plus de 80 km", "78 €"],
                ["Click & collect au dépôt", "—", "gratuit"]],
          [5.5, 4, 4])
    para(doc, "[vérifier le tarif Bonnot 2026]")
    para(doc, "On n'a pas de CGV spéciales pour la livraison, c'est Damien qui explique au client au téléphone comment "
              "ça se passe (accès pour le camion, où poser les palettes).")
    para(doc, "Pour la satisfaction : les clients appellent s'il y a un problème.")
    para(doc, "à compléter")

    # ---------------------------------------------------------------- 7
    doc.add_heading("7. Juridique", level=1)
    para(doc, "Les mentions légales sont en bas du site, je crois que c'est bon.")
    para(doc, "CGV : à compléter")

    # ---------------------------------------------------------------- 8
    doc.add_heading("8. Conclusion", level=1)
    para(doc, "TODO")

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Brouillon dossier blocs 2 et 5"
    cp.created = datetime.datetime(2026, 2, 26, 18, 5, 0)
    cp.modified = STAMP
    cp.last_printed = STAMP
    cp.revision = 3
    doc.save(FILE)
    repack(FILE)


if __name__ == "__main__":
    main()
