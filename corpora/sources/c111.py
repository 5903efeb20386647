# Générateur du dossier du candidat c111 (Volcan Merch, boutique du club Volcan Esport, Clermont-Ferrand) — blocs 2 et 5.
# Un seul DOCX écrit comme un journal de bord chronologique à la première personne : un Titre 1 par mois
# (« Mois 1 — septembre » … « Mois 10 — juin »), des lignes datées en gras, un tableau « Chiffres du mois » dont les
# colonnes changent chaque mois, une liste « Galères » avec quelques emojis, parfois un « À retenir ».
# Déterministe : propriétés du document fixes, horodatage du zip figé, aucun aléa.
import datetime, os, re, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c111-boutique-esport-maillots")
FILE = os.path.join(OUT, "volcan-merch-journal-de-bord.docx")
AUTHOR = "Nathan Roche"
FIXED = datetime.datetime(2026, 6, 21, 23, 40, 0)
ZIPSTAMP = (2026, 6, 21, 23, 40, 0)
LAVA = RGBColor(0xC2, 0x41, 0x0C)
DARK = RGBColor(0x22, 0x22, 0x22)

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


def runs(par, text):
    """Texte avec **gras** en ligne."""
    for part in re.split(r"(\*\*.+?\*\*)", text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2]); r.bold = True
        else:
            par.add_run(part)
    return par


def MOIS(t):
    h = doc.add_heading(t, level=1)
    h.paragraph_format.page_break_before = True


def SEM(t):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(t); r.bold = True; r.font.color.rgb = LAVA


def P(t):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(6)
    runs(p, t)


def LABEL(t):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(t); r.bold = True; r.underline = True


def BUL(items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        p.paragraph_format.space_after = Pt(2)
        runs(p, it)


def NUM(items):
    for k, it in enumerate(items, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.5)
        p.paragraph_format.space_after = Pt(1)
        runs(p, "%d. %s" % (k, it))


def CHAT(lines):
    for who, msg in lines:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.space_after = Pt(1)
        r = p.add_run(who + " : "); r.bold = True; r.font.size = Pt(10)
        r = p.add_run(msg); r.font.size = Pt(10)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def TABLE(rows, widths, label=None, note=None):
    if label:
        LABEL(label)
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            c.paragraphs[0].paragraph_format.space_after = Pt(1)
            run = c.paragraphs[0].add_run(v)
            run.font.size = Pt(8.5)
            if i == 0:
                run.bold = True
                shade(c, "F6D7C3")
    if note:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(3)
        r = p.add_run(note); r.italic = True; r.font.size = Pt(10)
    else:
        doc.add_paragraph().paragraph_format.space_after = Pt(0)


def GALERES(items):
    LABEL("Galères")
    BUL(items)


def RETENIR(t):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.left_indent = Cm(0.5)
    r = p.add_run("À retenir : "); r.bold = True; r.font.color.rgb = LAVA
    runs(p, t)


def setup():
    global doc
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(12)
    st.paragraph_format.line_spacing = 1.3
    st.paragraph_format.space_after = Pt(6)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    hs = doc.styles["Heading 1"]
    hs.font.name = "Calibri"
    hs.font.size = Pt(18)
    hs.font.color.rgb = LAVA
    hs.paragraph_format.space_before = Pt(0)
    hs.paragraph_format.space_after = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.4)
    sec.bottom_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Nathan Roche — journal merch 2025-26"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(9)


# ---------------------------------------------------------------------------- ouverture
def ouverture():
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(30)
    r = p.add_run("Volcan Merch — journal de bord 2025-26"); r.bold = True; r.font.size = Pt(24); r.font.color.rgb = LAVA
    p = doc.add_paragraph()
    r = p.add_run("Nathan Roche — alternant « merch & shop manager » chez Volcan Merch SAS, boutique du Volcan Esport Club "
                  "(Clermont-Ferrand), de septembre 2025 à juin 2026")
    r.font.size = Pt(12)
    p = doc.add_paragraph()
    r = p.add_run("Bachelor e-commerce, 3e année — dossier pour le titre Chef de projet e-commerce, session 2026 — blocs 2 et 5\n"
                  "Tuteur : Kévin « Kvn » Faure, président du club et CEO de Volcan Merch")
    r.font.size = Pt(10.5); r.italic = True
    doc.add_paragraph()
    doc.add_heading("Pourquoi un journal de bord", level=1)
    P("Au club, tout va vite : un drop se prépare en trois semaines, se vend en dix jours, et le lundi d'après on parle "
      "déjà du suivant. Pour ne rien oublier, j'ai tenu ce journal tous les dimanches soir, dans un Google Doc "
      "partagé avec Kévin, mon tuteur. Ce dossier, c'est ce journal remis au propre, avec les chiffres sortis de Shopify et de "
      "Twitch à chaque fin de mois.")
    P("Je l'ai laissé dans l'ordre des mois, parce que c'est comme ça que le boulot s'est passé : un même sujet "
      "revient plusieurs fois dans l'année. Chaque mois a la même forme : les semaines en gras, ce que j'ai fait, un tableau « Chiffres du mois » (les colonnes changent selon ce que "
      "je suivais à ce moment-là), la liste des galères, et parfois un « À retenir ». Les captures d'écran sont dans le Drive du "
      "shop, je les signale quand il faut.")
    P("Pour situer : Volcan Esport Club est une association fondée en 2017 à Clermont-Ferrand. Trois équipes : League of Legends "
      "en division 2 de la Ligue Massif, Valorant et Rocket League (celle-là je la suis de près, je joue moi-même en Champion 2), "
      "plus trois streamers. La commu, c'est 28 000 followers sur Twitch (1 400 viewers en moyenne sur les streams du club), "
      "11 000 membres sur le Discord et 42 000 abonnés TikTok. Depuis 2024, le merch est vendu par une société à part, Volcan Merch "
      "SAS, sur une boutique Shopify. En 2024-25 elle a fait 96 k€ de CA, avec un panier moyen de 58 € et 70 % des commandes "
      "passées pendant les drops. L'objectif de Kévin pour 2025-26 : 150 k€. On travaille à quatre sur le shop : Kévin, "
      "Inès « Nyx » Barthélemy (community manager), Lucas (graphiste) et moi, plus les bénévoles du club quand il faut packer.")


# ---------------------------------------------------------------------------- septembre
def septembre():
    MOIS("Mois 1 — septembre")
    SEM("Sem. du 01/09")
    P("Premier jour à la gaming house, la maison que loue le club rue de l'Oradou (salle d'entraînement, "
      "studio stream, et un débarras qui sert de stock). Le shop tourne avec quatre produits permanents : le Maillot Pro (la version 2025 est en fin de vie), le Hoodie "
      "Magma à 59 €, le Tapis XL Puy à 29,90 € et le Mug Volcan à 14 €. Pas vraiment de process : les commandes sont packées le soir "
      "par celui qui est là.")
    SEM("Sem. du 08/09")
    P("Gros point avec Kévin sur LE sujet de l'année : le drop « Maillot Pro 2026 ». Sa priorité, répétée trois fois : ce drop doit payer le déplacement de l'équipe LoL à la LAN des finales de la Ligue Massif en février et la "
      "saison de l'academy (les jeunes qu'on forme le mercredi). Il manque à peu près 14 000 €. Avec une marge d'environ 24 € par maillot, ça fait 600 pré-commandes. Donc l'objectif du drop, ce n'est pas "
      "« faire du CA » : c'est 600 maillots pré-commandés en deux semaines. Quand tu achètes le maillot, tu paies le van "
      "pour aller à la LAN.")
    SEM("Sem. du 15/09")
    P("J'ai listé avec Inès par où on allait faire passer le drop. Pas de budget pub, donc tout passe par nos propres canaux :")
    BUL([
        "l'overlay des streams : un bandeau « MAILLOT PRO 2026 — PRÉCO » en bas de l'écran pendant les matchs et les streams des "
        "trois streamers du club ;",
        "la commande **!merch** du bot Twitch (Nightbot), qui poste le lien du shop dans le chat, plus un message automatique "
        "toutes les 20 minutes ;",
        "le Discord : salon #annonces, ping @everyone le jour J et un salon #drop ouvert pour l'occasion ;",
        "TikTok, où Inès poste 4 à 5 vidéos par semaine ;",
        "et le canal préféré de Kévin : les joueurs eux-mêmes, qui portent le maillot en stream, en match et sur les photos.",
    ])
    P("Et pour qui ? Pour la commu. Dans ma tête comme dans celle de Kévin, la commu c'est un seul bloc : les gens qui regardent "
      "nos matchs sur Twitch, qui traînent sur le Discord et qui likent nos TikTok, en gros des 15-25 ans fans de LoL ou de Rocket, "
      "beaucoup d'Auvergnats mais pas que. Le plan tient donc en une phrase, que j'ai écrite en haut du Doc : **600 pré-commandes, "
      "vendues à la commu, par les streams, le Discord, TikTok et les joueurs.**")
    SEM("Sem. du 22/09")
    P("Kévin voulait un calendrier des drops de l'année. On l'a posé au feutre sur le tableau blanc de la gaming house (capture "
      "dans le Drive) :")
    BUL([
        "drop Maillot Pro 2026 : du 17/10 au 02/11 ;",
        "Black Friday : du 28/11 au 01/12, -20 % sur hoodies et tapis ;",
        "drop Noël : du 05/12 au 14/12, hoodie, mug et un coffret ;",
        "drop LAN : pendant les finales Ligue Massif, fin février ;",
        "drop Rocket : en avril, un maillot spécial pour l'équipe Rocket League ;",
        "drop été : fin mai, tapis et tee-shirt.",
    ])
    P("Gros objectif perso pour cette année : écrire le cahier des charges du shop V2 avant décembre (nouveau thème, comptes "
      "clients, précommandes plus propres). Kévin est chaud.")
    SEM("Sem. du 29/09")
    P("Appel avec Sublimatik, l'atelier de sublimation de Porto qui fabrique nos maillots : 3 semaines de fabrication après "
      "réception du fichier de commande, 100 pièces minimum, 26,40 € le maillot et 2,10 € le flocage. Lucas a fini le design : "
      "noir et orange lave, le volcan en motif dans le dos. Shooting dans le studio avec Théo (support LoL) et Maëlys (Valorant).")
    TABLE([
        ["Commandes", "CA", "Panier moyen", "Followers Twitch", "Membres Discord", "Abonnés TikTok"],
        ["61", "3 420 €", "56 €", "28 000", "11 000", "42 000"],
    ], [2.4, 2.2, 2.4, 2.9, 2.9, 2.9], label="Chiffres du mois")
    GALERES([
        "😩 trois comptes admin Shopify avec le même mot de passe, j'ai tout remis à plat ;",
        "🐢 le PC de la gaming house met 4 minutes à ouvrir l'admin Shopify ;",
        "🤷 les Tapis XL étaient sous l'escalier, personne ne le savait.",
    ])
    RETENIR("600. Tout le monde au club connaît ce chiffre maintenant.")


# ---------------------------------------------------------------------------- octobre
def octobre():
    MOIS("Mois 2 — octobre")
    SEM("Sem. du 06/10")
    P("Kévin voulait des collabs pour sortir le drop de nos seuls streams. Plutôt que d'aller chercher les plus gros streamers "
      "qu'on connaît, j'ai regardé qui partage vraiment notre public. Méthode maison : pendant trois soirées, avec les logs de "
      "chat du bot, j'ai compté les pseudos présents à la fois chez nous et chez chaque streamer qu'on avait en tête. Je gardais ceux qui cochaient trois cases : même région (Auvergne, Lyon), mêmes jeux (LoL, Rocket League) et une "
      "bonne part de viewers en commun.")
    BUL([
        "**KamiRaw** (Clermont, LoL, environ 900 viewers) : 31 % de ses chatteurs passent aussi chez nous. Évident.",
        "**Lyssa** (Lyon, Rocket League et variété, environ 600 viewers) : 18 % en commun, et c'est la seule streameuse Rocket de "
        "la région qui parle de la scène amateur.",
        "**Le Respawn**, le bar gaming du centre de Clermont : il diffuse nos matchs le jeudi soir, la moitié de ses clients "
        "viennent pour la Ligue Massif.",
        "**Hexa Mag**, le média esport régional (newsletter de 6 500 abonnés), qui couvre toute la Ligue Massif.",
    ])
    P("J'ai écarté un streamer FPS parisien à 3 000 viewers : 2 % en commun seulement. Chaque collab a son code créateur à -10 % : KAMI10, "
      "LYSSA10 et RESPAWN10. Hexa Mag fera un article le jour du drop.")
    P("Même semaine, côté Shopify. J'ai créé une collection « Drop » qui n'apparaît dans le menu que pendant les drops (sinon elle est masquée). J'ai installé une app gratuite de compte à rebours : un "
      "timer en haut de la home et sur la page du maillot jusqu'à l'ouverture, puis jusqu'à la clôture. Et j'ai monté le bundle "
      "« Complète ton setup » avec l'app Shopify Bundles : maillot + Tapis XL Puy à 84,90 € au lieu de 94,80 € (capture dans le "
      "Drive).")
    P("Côté checkout, avant il n'y avait que la CB par Shopify Payments et PayPal. J'ai ajouté Apple Pay (et Google Pay, qui "
      "vient avec) dans les réglages Shopify Payments. L'an dernier plus de la moitié des commandes venaient d'un téléphone, depuis le lien du chat pendant un "
      "stream : personne n'a envie d'aller chercher sa carte en plein match.")
    P("Et on a lancé la hype avec Inès, dès le vendredi 10 :")
    BUL([
        "un compte à rebours sur TikTok, une vidéo par jour de J-7 à J-0 (le tissu, le dos, le col, la réaction des joueurs…) ;",
        "l'unboxing du prototype par Théo et Maëlys, filmé en live et recoupé pour TikTok ;",
        "une prédiction Twitch pendant le match du 15/10 : « combien de maillots vendus dans la première heure ? » (avec les "
        "points de chaîne) ;",
        "un rôle Discord « Early » : ceux qui réagissent à l'annonce ont accès au drop une heure avant tout le monde.",
    ])
    SEM("Sem. du 13/10")
    P("Vendredi 17 à 20 h : lancement en live sur la chaîne du club, reveal du maillot sur les joueurs, et le bouton est passé "
      "au vert. Le rôle Early avait ouvert à 19 h (1 240 membres l'avaient pris). 118 pré-commandes dans la première heure, la "
      "prédiction « plus de 100 » a gagné.")
    SEM("Sem. du 20/10")
    P("Pendant le drop, j'ai testé le checkout moi-même : commandes test sur mon téléphone "
      "(Android, Chrome) et sur le PC de la gaming house, puis une vraie commande remboursée avec Apple Pay sur l'iPhone d'Inès. "
      "CB, PayPal, Apple Pay : tout passe, le bundle aussi.")
    P("Après le rush, ça se tasse : 40 à 50 préco par jour. Au vendredi 24 on en est à 390.")
    SEM("Sem. du 27/10")
    P("Dernière ligne droite. KamiRaw a streamé quatre heures avec le maillot le 28, Hexa Mag a relancé dans sa newsletter, et "
      "on a mis un bandeau « J-5 » sur l'overlay. On termine le mois à 498 maillots pré-commandés, la clôture est le 02/11.")
    TABLE([
        ["Maillots préco (cumul)", "Commandes", "CA", "Viewers moyens", "Twitch", "Discord", "TikTok"],
        ["498", "452", "38 900 €", "1 520", "28 900", "11 600", "45 800"],
    ], [2.8, 2.1, 2.0, 2.3, 2.0, 2.0, 2.0], label="Chiffres du mois", note="Followers : ça monte 🔥")
    GALERES([
        "💀 le compte à rebours était réglé sur l'heure de Lisbonne (celle de Sublimatik ?) : une heure de décalage le premier jour ;",
        "😤 Nightbot a spammé le lien !merch toutes les 2 minutes au lieu de 20 pendant un match ;",
        "🧵 trois fans ont mis des emojis dans le champ « pseudo à floquer ».",
    ])
    RETENIR("le live du lancement a fait plus que tout le reste réuni : 118 préco en une heure.")


# ---------------------------------------------------------------------------- novembre
def novembre():
    MOIS("Mois 3 — novembre")
    SEM("Sem. du 03/11")
    P("Drop clôturé dimanche 02/11 à 23 h 59 : **531 maillots pré-commandés** sur 600, soit 89 % de l'objectif. Le fichier de commande (tailles, pseudos, "
      "numéros) est parti chez Sublimatik le mardi 04.")
    P("À côté, j'ai réécrit les CGU ce week-end. Nouvelle version en 12 règles : "
      "pas de toxicité ni d'insultes envers les équipes adverses, pas de spoil des résultats avant les rediffusions, pas de pub pour "
      "d'autres serveurs, et les règles des giveaways (un seul compte par personne, être membre depuis 7 jours, tirage en live). "
      "Épinglées dans #règles, avec validation obligatoire à l'arrivée sur le serveur.")
    SEM("Sem. du 10/11")
    P("En préparant le shipping, je suis tombé sur la page « Mentions légales » du shop : elle parlait encore de l'association et "
      "pas de la SAS. Je l'ai refaite entièrement : Volcan Merch SAS au capital de 5 000 €, RCS Clermont-Ferrand 931 482 607, siège "
      "social, numéro de TVA, éditeur du site et directeur de la publication (Kévin Faure), adresse mail de contact, et "
      "l'hébergeur : Shopify International Limited, Victoria Buildings, 1-2 Haddington Road, Dublin 4, Irlande. Le lien est "
      "maintenant dans le footer de toutes les pages (capture dans le Drive).")
    P("Rétro avec Kévin le jeudi 13 : on ne fera pas le Black Friday du 28/11. Les maillots arrivent le 18, les bénévoles vont "
      "packer jusqu'à la fin du mois, et il ne reste que 40 hoodies en stock. On le fusionne avec le drop Noël du 05/12.")
    SEM("Sem. du 17/11")
    P("Les 531 maillots sont arrivés le mardi 18 (six gros cartons). Dans le débarras de la gaming house, on a monté trois "
      "étagères en acier à cinq niveaux : une étagère par groupe de tailles (XS-S, M-L, XL-XXL), un niveau par taille, et les "
      "maillots rangés par ordre de numéro de commande. Le reste est sur une quatrième étagère.")
    P("Le premier soir, on était quatre et on a fait 60 colis en quatre heures. J'ai chronométré : environ 4 minutes par "
      "commande. J'ai noté toutes les étapes qu'on faisait :")
    NUM([
        "imprimer la commande depuis Shopify ;",
        "chercher le maillot dans les cartons ;",
        "vérifier la taille ;",
        "vérifier le pseudo floqué ;",
        "plier ;",
        "mettre en sachet ;",
        "écrire le numéro de commande au feutre sur le sachet ;",
        "aller chercher une enveloppe ;",
        "recopier l'adresse sur le site Colissimo ;",
        "imprimer l'étiquette, une par une ;",
        "coller, scotcher et poser dans le bac de départ.",
    ])
    P("Le lendemain, on a tout repensé autour des étiquettes par lots : je les imprime la veille par paquets de 50 depuis "
      "Shopify (export vers Colissimo Box), avec le bon de commande sur la même feuille, dans l'ordre des étagères. Les étapes "
      "sont passées à six :")
    NUM([
        "prendre la feuille (bon + étiquette) du dessus de la pile ;",
        "prendre le maillot sur l'étagère de sa taille ;",
        "contrôler taille et pseudo contre la feuille ;",
        "plier et mettre dans le sachet, en collant le numéro de commande découpé sur la feuille ;",
        "enveloppe, étiquette collée ;",
        "bac de départ.",
    ])
    P("Résultat : **1 min 40 par commande** au lieu de 4 minutes. Les 466 colis du drop sont tous partis le vendredi 28.")
    SEM("Sem. du 24/11")
    P("Avec Lucas, on a fait la liste des endroits où on met un produit en spotlight en ce moment : la bannière de la home, la "
      "page produit (le bloc « Complète ton setup » sous le bouton), l'overlay Twitch et le salon #shop du Discord. (captures "
      "dans le Drive)")
    TABLE([
        ["Maillots préco (final)", "Colis drop expédiés", "Temps de pack / cde", "Cdes hors drop", "CA du mois", "Twitch",
         "Discord", "TikTok"],
        ["531", "466", "1 min 40", "74", "5 680 €", "29 300", "11 900", "47 100"],
    ], [2.3, 2.2, 2.1, 1.7, 1.8, 1.6, 1.6, 1.6], label="Chiffres du mois")
    GALERES([
        "📦 12 maillots floqués avec le mauvais pseudo : une colonne décalée dans NOTRE export, pas la faute de Sublimatik. "
        "Refaits à nos frais ;",
        "🖨️ l'imprimante d'étiquettes a lâché le 21, rachetée en urgence ;",
        "😴 trois soirs de pack jusqu'à 1 h du mat.",
    ])


# ---------------------------------------------------------------------------- décembre
def decembre():
    MOIS("Mois 4 — décembre")
    SEM("Sem. du 01/12")
    P("Drop Noël du vendredi 05 au dimanche 14 : restock du Hoodie Magma (120 pièces arrivées le 02), mugs, tapis, et un "
      "coffret « Setup » (hoodie + mug + tapis à 94 €). Expédition groupée le 16/12 pour que tout arrive avant Noël.")
    SEM("Sem. du 08/12")
    P("Depuis le drop maillot, on a la bulle de chat de Shopify Inbox en bas à droite du shop : les DM du shop. C'est moi qui "
      "réponds en journée, Inès le soir. Deux conversations que je garde parce qu'elles montrent bien les deux cas (captures dans "
      "le Drive).")
    P("**Conversation 1 — lundi 08/12, 21 h 14**")
    CHAT([
        ("Tom_63", "yo, le hoodie magma il taille comment ? je fais 1m78 pour 70 kg, M ou L ?"),
        ("Moi", "Salut ! Il taille plutôt large, coupe oversize. À 1m78 / 70 kg, M si tu veux qu'il tombe normal, L si tu le "
                "veux bien ample comme sur les photos de Théo (1m80, il porte du L)."),
        ("Tom_63", "ok L alors. et si je le prends ce soir il arrive avant noel ?"),
        ("Moi", "Oui, tout le drop Noël part le 16/12, compte 48 h en Colissimo."),
        ("Tom_63", "go"),
    ])
    P("→ commande #2418 six minutes plus tard : Hoodie Magma L + Mug Volcan, 73 € plus le port.")
    P("**Conversation 2 — mercredi 10/12, 18 h 02**")
    CHAT([
        ("Arnaud", "Salut, je suis à Liège, je mets le hoodie au panier et il me compte 14 € de livraison ??"),
        ("Moi", "Salut Arnaud ! Oui, pour la Belgique on passe par Colissimo international, c'est 14 € jusqu'à 1 kg. On n'a pas "
                "encore de point relais en Belgique."),
        ("Arnaud", "14 € pour un hoodie c'est abusé, ça fait plus de 70 balles"),
        ("Moi", "Je comprends. Si tu passes à Clermont pour un match au Respawn, on peut te le mettre de côté 😅"),
        ("Arnaud", "non merci, je vais voir"),
    ])
    P("→ pas de commande. Le panier abandonné a reçu la relance automatique de Shopify, sans retour.")
    SEM("Sem. du 15/12")
    P("Kévin veut qu'on récompense ceux qui achètent à chaque drop. J'ai listé ce qu'on a sous la main :")
    BUL([
        "l'**early access** : le rôle Discord « Early », accès au drop une heure avant tout le monde, déjà testé en octobre et "
        "en décembre ;",
        "les **points de chaîne Twitch** : 50 000 points échangés contre un code -10 % envoyé par le bot ;",
        "un **code réservé aux subs** Twitch (SUBVOLCAN, -15 % sur le drop suivant) ;",
        "un **badge Discord « premier drop »** pour ceux qui ont acheté le Maillot Pro 2026 (on croise le mail de commande avec "
        "le pseudo Discord donné dans le formulaire du drop).",
    ])
    P("On part sur l'early access pour tous les drops de 2026. Pourquoi celui-là : Kévin kiffe l'idée.")
    P("Autre nouveauté : depuis le 15, on a un **point du lundi** à 10 h, 30 minutes en vocal Discord, avec Kévin, Inès, "
      "Lucas et moi. J'ouvre chaque point en rappelant ses trois objectifs, épinglés dans #staff :")
    NUM([
        "faire le point sur les chiffres de la semaine : commandes, DM en attente, stock ;",
        "valider qui fait quoi avant le prochain drop, avec une date pour chaque tâche ;",
        "remonter les blocages (fournisseur, bénévoles, bugs du shop) et trancher le jour même.",
    ])
    SEM("Sem. du 22/12")
    P("Vacances à partir du 24. Le cahier des charges du shop V2, je ne l'ai pas commencé : entre le pack et le drop Noël, zéro "
      "temps. Le CDC, je m'y mets en janvier.")
    TABLE([
        ["Commandes", "dont drop Noël", "CA", "Hoodies vendus", "DM reçus", "Twitch", "Discord", "TikTok"],
        ["268", "236", "15 900 €", "118", "61", "29 800", "12 300", "49 000"],
    ], [2.0, 2.1, 1.9, 2.2, 1.8, 1.8, 1.8, 1.8], label="Chiffres du mois", note="ça monte 🔥")
    GALERES([
        "🎄 deux colis bloqués au centre de tri du 17 au 22 ;",
        "🥶 plus de chauffage dans le débarras, packer en doudoune ;",
        "📉 le code SUBVOLCAN s'est retrouvé sur un site de codes promo le 12, désactivé et remplacé.",
    ])


# ---------------------------------------------------------------------------- janvier
def janvier():
    MOIS("Mois 5 — janvier")
    SEM("Sem. du 05/01")
    P("Le pack à la gaming house, on ne peut plus : trois soirées à quatre pour un drop, ça ne tiendra pas pour le drop LAN, "
      "et le débarras est plein. Kévin m'a demandé de comparer des presta log. J'ai gardé trois options : Loglab Auvergne (à "
      "Aulnat, dix minutes du club), Packeo (logisticien e-commerce pour petites marques, à Lyon) et rester en interne en payant "
      "un étudiant 12 h par semaine. Je les ai notées sur ce qui compte pour nous (appels aux deux presta, "
      "calculs sur nos volumes de l'automne) :")
    TABLE([
        ["Critère", "Loglab Auvergne", "Packeo", "Interne (étudiant)"],
        ["Coût par commande", "1,85 € + 0,40 € de consommables", "2,30 € + 0,50 €", "env. 3,10 € (salaire rapporté au volume)"],
        ["Stockage", "0,90 € par bac et par mois, pas de minimum", "25 € par palette et par mois, 1 palette minimum",
         "gratuit mais débarras plein"],
        ["Pics de drop", "500 commandes en 72 h si prévenu 10 jours avant", "300 commandes par jour, drop à annoncer 3 semaines avant",
         "35 commandes par heure à une personne, J+5 en drop"],
        ["Lien avec Shopify", "app officielle, commandes et numéros de suivi synchronisés", "export CSV une fois par jour",
         "direct"],
        ["Délai de préparation", "J+1 pour une commande avant 14 h", "J+1", "J+2 à J+5"],
    ], [3.0, 4.2, 4.2, 4.0], label="Comparatif des presta log (janvier 2026)")
    P("Choix : **Loglab Auvergne**. C'est le moins cher par commande, le seul qui encaisse un pic de drop sans nous demander "
      "trois semaines de préavis, et le seul branché directement sur Shopify. Kévin a validé, signature prévue le 19, début avec le drop LAN.")
    SEM("Sem. du 12/01")
    P("Au point du lundi, Kévin a demandé si on ne devrait pas avoir des maillots en stock pour la LAN. J'ai défendu qu'on reste "
      "en pré-commande, et voici mes arguments tels que je les ai posés :")
    BUL([
        "on fait fabriquer **seulement après la clôture du drop** : Sublimatik produit la quantité exacte, taille par taille. Le "
        "Maillot Pro 2025, produit en stock, nous avait laissé 140 invendus (3 700 € de coût bloqué, bradés à 25 € en août) ;",
        "un maillot floqué ne se revend pas : un maillot « Tom_63 » ne sert à personne d'autre, le flocage en stock est de toute "
        "façon impossible, donc **zéro stock mort** ;",
        "chaque sachet porte **le numéro de commande Shopify** dès la sortie de l'atelier (Sublimatik imprime une étiquette par "
        "maillot à partir de notre fichier) : un maillot = une commande, on peut le suivre jusqu'au colis ;",
        "avant le shipping, **double contrôle taille + pseudo** contre la commande. Les 12 erreurs de novembre venaient d'une "
        "colonne décalée dans l'export : désormais je vérifie le fichier avec Inès avant l'envoi, et chez Loglab le contrôle est "
        "écrit dans leur fiche process, avec une photo du flocage sur les commandes floquées ;",
        "les produits hors drop (mug, tapis, hoodie) restent en petit stock chez Loglab, avec réassort quand on passe sous 20 "
        "pièces.",
    ])
    P("Le prix à payer, c'est l'attente : 4 à 5 semaines entre la commande et la livraison. On l'écrit sur la page produit. Kévin a validé.")
    SEM("Sem. du 19/01")
    P("Contrat Loglab signé lundi. Avec eux, on peut proposer plusieurs transporteurs au checkout. Je les ai classés par prix pour un maillot (moins de "
      "500 g, France métropolitaine, tarifs négociés par Loglab) :")
    NUM([
        "Mondial Relay, en point relais : 4,10 € ;",
        "Colissimo, à domicile sans signature : 5,60 € ;",
        "Chronopost, livraison express le lendemain avant 13 h : 11,90 €.",
    ])
    P("On garde les trois, Mondial Relay affiché en premier. Facturé au client : 3,90 € en relais, 5,90 € à domicile, 12 € en "
      "express.")
    SEM("Sem. du 26/01")
    P("Transfert du stock à Aulnat. Lucas a commencé le maillot de la LAN : une édition « Coulée » du Maillot Pro 2026, couleurs "
      "inversées (orange avec les manches noires), révélée à la LAN et vendue en pré-commande au même prix.")
    TABLE([
        ["Commandes", "CA", "Panier moyen", "Stock hoodies", "Stock tapis", "Twitch", "Discord", "TikTok"],
        ["58", "3 350 €", "58 €", "22", "64", "30 100", "12 500", "50 200"],
    ], [2.0, 1.9, 2.1, 2.1, 2.0, 1.8, 1.8, 1.8], label="Chiffres du mois")
    GALERES([
        "📄 le contrat Loglab fait 14 pages, lu deux fois 🥲 ;",
        "🚐 deux allers-retours en Kangoo pour vider le débarras ;",
        "🤒 grippe, une semaine off.",
    ])


# ---------------------------------------------------------------------------- février (la LAN)
def fevrier():
    MOIS("Mois 6 — février")
    SEM("Sem. du 02/02")
    P("Semaine des entretiens individuels avec chaque joueur de l'équipe LoL. Lucas filme, je pose les questions : ton premier "
      "souvenir au club, ce que le maillot représente pour toi, ton pronostic pour la finale. Cinq joueurs plus le coach, une "
      "douzaine de minutes chacun, tournés dans le studio stream avec le maillot Coulée caché sous une veste. On les monte en une "
      "vidéo de reveal de 2 min 30 qui passera sur l'écran géant de la salle le samedi de la LAN, juste avant l'ouverture du "
      "drop. Les grosses structures font ça à chaque saison, on a piqué l'idée en version Auvergne.")
    P("Le drop Coulée est prêt dans Shopify : produit en brouillon, collection « Drop » programmée pour le samedi 21 à 14 h, "
      "ouverture à 13 h pour le rôle Early et pour les badges « premier drop ». Loglab a reçu le planning : entre 250 et 400 "
      "commandes attendues, expédition fin mars.")
    SEM("Sem. du 09/02")
    P("Avant de partir, Kévin voulait savoir si les collabs servent à quelque chose. J'ai sorti le rapport Shopify « Ventes par "
      "code de réduction » du 17/10 au 08/02 :")
    BUL([
        "**KAMI10** : utilisé sur **212 commandes** (dont 141 pendant le drop maillot), 16 900 € de CA ;",
        "**LYSSA10** : pas récupéré ;",
        "**RESPAWN10** : pas récupéré.",
    ])
    P("Pour Lyssa et le Respawn, les codes avaient été créés deux fois (une fois dans Shopify, une fois dans l'ancienne app de "
      "réductions que j'ai désinstallée en janvier), et le rapport ne sort plus que des lignes vides. KamiRaw, lui, était content "
      "de voir le chiffre, il a reposté la capture sur son Twitter.")
    P("Le reste de la semaine, c'est montage. Lucas a sorti un premier cut de 4 minutes, beaucoup trop long. On a coupé tout ce qui parlait de stats de jeu pour garder les moments où les joueurs "
      "parlent du club : Théo qui raconte sa première LAN en 2019 avec un maillot blanc trop grand, le coach qui dit que ce "
      "maillot, « c'est le premier qu'on a payé avec vos sous ». Version finale : 2 min 30, sous-titrée pour TikTok, avec le "
      "reveal du maillot Coulée dans les dix dernières secondes.")
    SEM("Sem. du 16/02")
    P("Préparation du stand pour la LAN : 60 mugs, 40 tapis et 20 hoodies sortis de chez Loglab, un terminal de paiement relié à "
      "Shopify POS sur mon téléphone, deux roll-ups imprimés avec les visuels de Lucas. Inès a préparé la programmation TikTok du "
      "week-end (une vidéo par match plus le reveal), et Hexa Mag a annoncé le reveal dans sa newsletter du jeudi.")
    P("Départ le vendredi 20 à 7 h en van de location, direction Villeurbanne pour les finales de la Ligue Massif. Arrivée à midi, montage du stand l'après-midi. Le stand : deux tables, les roll-ups, le maillot Coulée sous une housse noire sur un mannequin (interdiction "
      "de soulever avant samedi 14 h), et un QR code géant vers la page du drop.")
    P("**Samedi 21.** Ouverture des portes à 10 h, quart de finale à 11 h : victoire 2-0 contre Brest. À 13 h, les membres Early "
      "reçoivent le lien ; à 13 h 55, la vidéo des entretiens passe sur l'écran géant, la salle crie quand les joueurs enlèvent "
      "leur veste, et à 14 h le drop s'ouvre pour tout le monde. Pic à 4 800 viewers sur le stream du club (record), 96 "
      "pré-commandes la première heure. Demi-finale à 17 h : défaite 2-3 contre Lyon Phoenix, au bout d'une game de 48 minutes. "
      "Les joueurs étaient détruits, la salle les a applaudis debout. Le soir, KamiRaw, venu en spectateur, a fait un live depuis "
      "le stand avec le maillot.")
    P("**Dimanche 22.** Petite finale à 11 h : victoire 2-1, **troisième place** de la Ligue Massif, meilleur résultat de "
      "l'histoire du club. Le stand a tourné toute la journée : 38 mugs, 27 tapis et 19 hoodies vendus sur le week-end, 2 460 € "
      "sur le terminal. Retour à Clermont à 23 h.")
    SEM("Sem. du 23/02")
    P("Lendemain de LAN : la vidéo de reveal a fait 210 000 vues sur TikTok, le Discord a pris 1 100 membres en une semaine. "
      "Au 28/02, le drop Coulée en est à 288 maillots pré-commandés, clôture le dimanche 01/03. Rétro de la LAN le jeudi 26 : "
      "on refait le stand la prochaine fois, avec deux terminaux.")
    P("Loglab a reçu la prévision mise à jour (environ 300 maillots) et bloqué deux préparateurs pour la semaine du 23 mars. "
      "Sublimatik confirme une livraison à Aulnat autour du 24/03.")
    P("Shopify Inbox sort aussi des stats sur les DM du shop, je les ai regardées en fin de mois (arrêtées au 28/02) : **142 DM** sur le mois, dont **38 % reçus après 22 h**, surtout les soirs de match et de stream. "
      "Temps de réponse moyen : **3 h 20**. Ce n'est pas qu'on répond lentement, c'est que personne ne répond entre minuit et 9 h : "
      "les messages de la nuit tirent la moyenne. Inès prend le relais jusqu'à minuit les soirs de match, et j'ai mis un message "
      "automatique après 22 h (« On dort 😴 réponse demain matin avant 10 h »). Objectif pour la suite : moins d'une heure en "
      "journée.")
    TABLE([
        ["Commandes", "dont drop Coulée", "Ventes stand LAN", "CA (shop + stand)", "Pic viewers", "Twitch", "Discord", "TikTok"],
        ["356", "262", "84 articles / 2 460 €", "25 900 €", "4 800", "32 400", "13 600", "58 900"],
    ], [1.9, 2.1, 2.6, 2.3, 1.8, 1.6, 1.6, 1.6], label="Chiffres du mois", note="ça monte 🔥🔥 (record de followers en une semaine)")
    GALERES([
        "🎥 carte SD de Lucas pleine au milieu de l'entretien du coach, deuxième prise ;",
        "🚐 pneu crevé sur l'A89 à l'aller, 1 h 30 d'arrêt ;",
        "📶 pas de 4G dans la salle, le terminal du stand a planté 40 minutes le samedi ;",
        "🌙 142 DM, dont une bonne partie la nuit.",
    ])
    RETENIR("montrer les joueurs a fait plus pour le drop que n'importe quel visuel.")


# ---------------------------------------------------------------------------- mars
def mars():
    MOIS("Mois 7 — mars")
    SEM("Sem. du 02/03")
    P("Drop Coulée clôturé le 01/03 : **310 maillots** pré-commandés (282 commandes). Fichier envoyé à Sublimatik le 03, cette "
      "fois vérifié ligne à ligne avec Inès avant l'envoi.")
    SEM("Sem. du 09/03")
    P("Un membre du Discord, étudiant en droit, nous a fait remarquer que notre bannière cookies n'avait qu'un gros bouton "
      "« Accepter » et un petit lien gris « Paramètres ». Il avait raison. J'ai désinstallé l'ancienne app et activé la bannière "
      "native de Shopify (réglages « Confidentialité des clients ») : « Accepter » et « Refuser » côte à côte, même taille, même "
      "couleur, plus un lien « Personnaliser ». Le pixel Meta et le pixel TikTok ne se chargent plus avant le choix de "
      "l'internaute (vérifié avec l'extension Tag Assistant).")
    P("Dans la foulée : double opt-in sur la newsletter. Pas de clic sur le mail de confirmation, pas de newsletter. Et les giveaways : pour le giveaway LAN (un maillot Coulée floqué + trois tapis), les "
      "inscriptions passaient par un Google Form avec mail et pseudo. Après le tirage en live du vendredi 06 et l'envoi des lots, "
      "j'ai supprimé les réponses et le fichier le 13/03. C'est maintenant écrit dans le règlement.")
    SEM("Sem. du 16/03")
    P("Toujours dans le juridique, j'ai relu les clauses des CGV qui parlent de la pré-commande. Celle sur la date de livraison disait « délai indicatif » : remplacée par « expédition au plus tard 5 semaines après la clôture du drop, "
      "date exacte indiquée sur la page du produit ». Et celle sur la rétractation : les maillots floqués sont des produits "
      "personnalisés, donc pas de droit de rétractation : c'était noyé dans l'article 9, je l'ai remonté en gras "
      "au-dessus du bouton de commande.")
    SEM("Sem. du 23/03")
    P("Maillots Coulée livrés chez Loglab le mardi 24, 282 colis expédiés entre le 25 et le 27 : 61 % en Mondial Relay, 34 % en "
      "Colissimo, 5 % en Chronopost. Pour la première fois, je n'ai pas touché un carton.")
    TABLE([
        ["Colis expédiés (Loglab)", "Clôture → expédition", "Commandes", "CA", "Inscrits newsletter", "Twitch", "Discord",
         "TikTok"],
        ["282", "26 jours", "118", "8 400 €", "2 950", "32 700", "13 800", "60 100"],
    ], [2.4, 2.3, 1.8, 1.7, 2.3, 1.6, 1.6, 1.6], label="Chiffres du mois")
    GALERES([
        "🍪 l'ancienne app de cookies laissait des scripts dans le thème, une soirée à nettoyer ;",
        "🏷️ deux cartons de Sublimatik arrivés chez Loglab avec les étiquettes de lot décollées.",
    ])


# ---------------------------------------------------------------------------- avril
def avril():
    MOIS("Mois 8 — avril")
    SEM("Sem. du 06/04")
    P("Le drop Rocket est annulé. Deux joueurs sur trois de l'équipe Rocket League ont quitté le club fin mars pour une équipe "
      "semi-pro, et l'équipe ne rejouera pas avant septembre. En plus, le sondage Discord du 20/03 (« un maillot Rocket, vous le "
      "prendriez ? ») n'a eu que 41 « oui » : on était très loin des 100 pièces minimum de Sublimatik. Ça me fait mal au cœur "
      "parce que c'est mon jeu, mais vendre le maillot d'une équipe qui n'existe plus, non.")
    SEM("Sem. du 13/04")
    P("Réassort de 150 mugs chez Loglab (le stock était passé sous 20). Lucas a commencé le Tapis XL Puy v2, avec la chaîne des "
      "Puys au coucher du soleil, pour le drop été. On a posté trois esquisses sur Discord, la commu a voté pour la n°2.")
    TABLE([
        ["Commandes", "CA", "Stock mugs", "Votes tapis v2", "Twitch", "Discord", "TikTok"],
        ["82", "4 900 €", "164", "612", "33 000", "14 000", "61 000"],
    ], [2.0, 2.0, 2.0, 2.3, 2.1, 2.1, 2.1], label="Chiffres du mois", note="ça monte 🔥")
    GALERES([
        "😢 RIP l'équipe Rocket ;",
        "📱 mise à jour de l'app Shopify, plus de notifications de commande pendant trois jours.",
    ])


# ---------------------------------------------------------------------------- mai
def mai():
    MOIS("Mois 9 — mai")
    SEM("Sem. du 04/05")
    P("Préparation du drop été : Tapis XL Puy v2 en pré-commande (29,90 €) et un tee-shirt « Lave » (24 €), du vendredi 15 au "
      "lundi 25. Même recette qu'en février : TikTok de teasing, accès Early une heure avant, bandeau overlay et « !merch ».")
    SEM("Sem. du 11/05")
    P("Ouverture le 15 à 20 h pendant le stream de Lyssa, qui a accepté de lancer le drop chez elle. 31 % des commandes de la "
      "première heure sont venues des membres Early.")
    SEM("Sem. du 18/05")
    P("Clôture le lundi 25. 214 commandes sur le mois, dont 168 pour le drop été. Je n'ai toujours pas fait le sondage sur les "
      "livraisons : il est dans ma to-do depuis mars, et je n'ai pas trouvé le créneau.")
    TABLE([
        ["Commandes", "dont drop été", "Tapis v2 préco", "Tee « Lave »", "CA", "Twitch", "Discord", "TikTok"],
        ["214", "168", "143", "97", "11 600 €", "33 400", "14 200", "62 300"],
    ], [1.9, 2.0, 2.1, 2.0, 1.9, 1.8, 1.8, 1.8], label="Chiffres du mois")
    GALERES([
        "🌞 la moitié de l'équipe en partiels, personne pour les DM le week-end du 16 ;",
        "🖼️ le fichier du tapis envoyé au mauvais format chez l'imprimeur, corrigé en 24 h.",
    ])


# ---------------------------------------------------------------------------- juin
def juin():
    MOIS("Mois 10 — juin")
    SEM("Sem. du 01/06")
    P("Les tapis v2 sont arrivés chez Loglab le 09, expédiés dans la foulée. J'ai écrit un document de passation pour le "
      "prochain alternant : accès, process de drop semaine par semaine, contacts Sublimatik et Loglab, les codes actifs.")
    SEM("Sem. du 08/06")
    P("Dernière rétro avec Kévin et l'équipe. Tout le monde est d'accord pour garder le rythme « un gros drop maillot, trois "
      "petits drops » et le point du lundi. Kévin voudrait un drop à la rentrée pour les nouvelles recrues de l'academy.")
    SEM("Sem. du 15/06")
    P("Rédaction de ce dossier à partir du journal. Fin de contrat le 30.")
    TABLE([
        ["Commandes", "CA", "Tapis v2 expédiés", "Twitch", "Discord", "TikTok"],
        ["71", "4 100 €", "143", "33 800", "14 400", "63 500"],
    ], [2.2, 2.2, 3.4, 2.6, 2.6, 2.6], label="Chiffres du mois", note="ça monte toujours 🔥")
    GALERES([
        "🎓 soutenance et fin d'alternance la même semaine ;",
        "🐛 le thème Shopify fait encore sauter le bundle sur mobile une fois sur dix.",
    ])


# ---------------------------------------------------------------------------- bilan
def bilan():
    MOIS("Bilan")
    P("En septembre on avait posé six drops au tableau blanc. Voici ce qui s'est vraiment passé :")
    TABLE([
        ["Drop prévu en septembre", "Date prévue", "Ce qui a été fait", "Résultat", "Pourquoi l'écart"],
        ["Maillot Pro 2026", "17/10 – 02/11", "fait aux dates prévues", "531 maillots (objectif 600)",
         "lancement très fort, fin de drop plus molle ; il a manqué une deuxième vague de contenu"],
        ["Black Friday", "28/11 – 01/12", "décalé, fusionné dans le drop Noël", "—",
         "maillots arrivés le 18/11, bénévoles sur le pack jusqu'au 28, 40 hoodies en stock"],
        ["Noël", "05/12 – 14/12", "fait, avec le coffret Setup", "236 commandes", "—"],
        ["LAN", "fin février", "fait : drop Coulée du 21/02 au 01/03 + stand", "310 maillots + 84 articles au stand", "—"],
        ["Rocket", "avril", "annulé", "—",
         "équipe Rocket dissoute fin mars, 41 « oui » au sondage pour 100 pièces minimum"],
        ["Été", "fin mai", "fait du 15/05 au 25/05", "168 commandes", "—"],
    ], [3.0, 2.2, 3.6, 3.2, 4.4], label="Drops prévus / drops faits")
    P("Sur dix mois, le shop fait 122 k€ de CA. Avec juillet et août, on devrait finir autour de 128 k€ : c'est mieux que les "
      "96 k€ de l'an dernier, mais on n'atteint pas les 150 k€ de Kévin. Le plus gros changement de l'année : le pack est sorti de la gaming house.")
    P("Ce que je referais : lancer chaque drop en live avec les joueurs, garder la pré-commande pour les maillots, et choisir "
      "les collabs sur les viewers en commun plutôt que sur la taille de la chaîne. Ce que je ferais autrement : préparer la "
      "deuxième semaine de chaque drop autant que la première.")
    P("Merci à Kévin, Inès, Lucas et à tous les bénévoles qui ont packé en doudoune en novembre.")


def main():
    os.makedirs(OUT, exist_ok=True)
    setup()
    ouverture()
    septembre()
    octobre()
    novembre()
    decembre()
    janvier()
    fevrier()
    mars()
    avril()
    mai()
    juin()
    bilan()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Volcan Merch — journal de bord 2025-26"
    cp.subject = "Titre Chef de projet e-commerce — session 2026 — blocs 2 et 5"
    cp.created = datetime.datetime(2025, 9, 7, 21, 30, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 41
    doc.save(FILE)
    repack(FILE)
    print("ok", FILE)


if __name__ == "__main__":
    main()
