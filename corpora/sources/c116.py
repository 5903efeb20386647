# Générateur du dossier du candidat c116 (GAEC des Genêts, élevage Aubrac près de Laguiole, colis de viande en ligne)
# — blocs 1, 3 et 4. Deux fichiers : un court « rapport » DOCX (couverture avec emplacement photo, pas de sommaire,
# Titre 1 « I. » à « IV. », sous-parties surtout en lignes grasses, deux Titre 2, 3 tableaux, pied de page = numéro seul)
# et un PPTX de soutenance de 10 diapositives 16:9 (bandeau vert, emplacement photo sur chaque diapo, pied de page
# « J. Vialard — GAEC des Genêts — n/10 », aucune note orateur) qui porte des chiffres absents du rapport.
# Déterministe : métadonnées fixes, horodatage zip figé.
import datetime, io, os, re, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from pptx import Presentation
from pptx.util import Inches, Pt as PPt, Emu
from pptx.dml.color import RGBColor as PRGB
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN, MSO_ANCHOR

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c116-eleveur-colis-viande")
DOCX = os.path.join(OUT, "rapport-projet-colis-viande-Vialard.docx")
PPTX = os.path.join(OUT, "soutenance-Vialard.pptx")
AUTHOR = "Julien Vialard"
FIXED = datetime.datetime(2026, 4, 12, 21, 5, 0)
ZIPSTAMP = (2026, 4, 12, 21, 5, 0)
PPT_FIXED = datetime.datetime(2026, 6, 2, 22, 30, 0)
PPT_ZIPSTAMP = (2026, 6, 2, 22, 30, 0)

doc = None


# ============================================================================ outils DOCX
def fixed_zip(data, path, dt):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=dt)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))


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
    for part in re.split(r"(\*\*.+?\*\*)", text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2]); r.bold = True
        else:
            par.add_run(part)
    return par


def H1(t):
    h = doc.add_heading(t, level=1)
    h.paragraph_format.page_break_before = True


def H2(t):
    doc.add_heading(t, level=2)


def B(t):
    """Sous-partie en simple ligne grasse (pas un style de titre)."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(t); r.bold = True


def P(t):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    runs(p, t)


def BUL(items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        runs(p, it)


def NUM(items):
    for k, it in enumerate(items, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-0.5)
        p.paragraph_format.space_after = Pt(3)
        runs(p, "%d. %s" % (k, it))


def QUOTE(t):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1)
    r = p.add_run(t); r.italic = True


def BOX(title, text):
    """Encadré en paragraphes bordés (pas un tableau)."""
    for k, (tx, bold) in enumerate(((title, True), (text, False))):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "8"); b.set(qn("w:space"), "4"); b.set(qn("w:color"), "4F7F3A")
            bdr.append(b)
        pPr.append(bdr)
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), "EEF4E8")
        pPr.append(shd)
        p.paragraph_format.left_indent = Cm(0.4)
        p.paragraph_format.right_indent = Cm(0.4)
        p.paragraph_format.space_after = Pt(0 if k == 0 else 10)
        r = p.add_run(tx); r.bold = bold
        if not bold:
            r.font.size = Pt(11)


def TABLE(rows, widths, caption=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            lines = v.split("\n")
            for k, line in enumerate(lines):
                par = c.paragraphs[0] if k == 0 else c.add_paragraph()
                par.paragraph_format.space_after = Pt(0)
                par.paragraph_format.line_spacing = 1.0
                run = par.add_run(line)
                run.font.size = Pt(10)
                if i == 0:
                    run.bold = True
    if caption:
        p = doc.add_paragraph()
        r = p.add_run(caption); r.italic = True; r.font.size = Pt(10)
    else:
        doc.add_paragraph()


def setup():
    global doc
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11.5)
    st.paragraph_format.line_spacing = 1.3
    st.paragraph_format.space_after = Pt(6)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    for name, size in (("Heading 1", 16), ("Heading 2", 13.5)):
        hs = doc.styles[name]
        hs.font.name = "Calibri"
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor(0x2E, 0x5E, 0x2A)
        hs.paragraph_format.space_before = Pt(6 if name == "Heading 1" else 14)
        hs.paragraph_format.space_after = Pt(8)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field(fp, "PAGE")


# ============================================================================ rapport
def couverture():
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("GAEC des Genêts — Laguiole (Aveyron)"); r.font.size = Pt(13)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Rapport de projet — Vendre nos colis de viande Aubrac en ligne")
    r.bold = True; r.font.size = Pt(22); r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x2A)
    doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("[photo : les vaches à l'estive]"); r.italic = True; r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Julien Vialard\nTitre Chef de projet e-commerce — blocs 1, 3 et 4\n"
                  "Formasup Occitanie, formation à distance — session 2026")
    r.font.size = Pt(12)


def introduction():
    H1("Introduction")
    P("Je m'appelle Julien Vialard, j'ai 34 ans, associé du GAEC des Genêts depuis 2014, avec mon père Bernard et ma "
      "sœur Lucie. La ferme est à six kilomètres de Laguiole, sur le plateau de l'Aubrac, à 1 050 mètres. On a 95 vaches de race "
      "Aubrac et un salarié, Sébastien. Les bêtes montent à l'estive de fin mai à mi-octobre et passent l'hiver en stabulation, "
      "avec le foin qu'on fait l'été.")
    P("Chez nous, le chiffre d'affaires 2025 est de 410 000 €, avec les broutards et les vaches de réforme vendus "
      "par la coopérative, les aides, et la vente directe : 118 000 € en 2025, soit 26 bêtes vendues en colis. Sur ces 118 000 €, "
      "82 000 € ont été réservés sur notre site internet, un site WooCommerce que mon cousin Mathis nous a monté. Le client paye "
      "30 % d'acompte par carte (Stripe) au moment de réserver, et le reste quand il récupère son colis.")
    P("Le principe est simple. Une bête fait entre 25 et 30 colis. On ne réserve l'abattage que quand 80 % des colis de la bête "
      "sont réservés, comme ça on ne se retrouve pas avec de la viande sur les bras. Après l'abattoir, la découpe et la mise sous "
      "vide sont faites par l'Atelier de découpe du Causse, puis la viande mature en chambre froide avant d'être livrée. On livre nous-mêmes avec "
      "notre camion frigo : Rodez toutes les trois semaines, Toulouse une fois par mois (quatre points de retrait) et "
      "Montpellier tous les deux mois. On a à peu près 740 clients.")
    P("Nos colis en 2025-2026 :")
    BUL([
        "Colis découverte 5 kg : 89 €",
        "Colis famille 10 kg : 165 €",
        "Colis veau rosé 5 kg : 99 €",
        "Colis barbecue 3 kg : 62 €",
    ])
    P("Le projet que je présente, c'est de vendre plus de colis en ligne, surtout à Toulouse, sans que ça nous prenne plus de "
      "temps qu'on en a. La formation à distance avec Formasup Occitanie m'a donné des outils, même si "
      "je ne connaissais pas la moitié des mots au début.")
    P("Dans ce rapport je présente :")
    BUL([
        "I. La ferme, nos clients et les voisins",
        "II. Ce qu'on veut arriver à faire",
        "III. Le référencement et les liens avec d'autres sites",
        "IV. Le site et les fiches colis",
    ])


def partie1():
    H1("I. La ferme, nos clients et les voisins")
    B("Les genres de clients")
    P("En janvier 2025, Lucie a envoyé un questionnaire Google Forms par mail à tous les clients qui avaient acheté en 2024. On a "
      "eu 64 réponses. On demandait où ils habitent, pourquoi ils achètent "
      "chez nous et ce qui les a fait hésiter la première fois. En triant les réponses, on voit trois genres de clients "
      "(le cours parle de « segments » ou de « persona », moi je dis genres de clients).")
    P("**1. Les familles de la ville qui ont des racines en Aveyron** (27 réponses sur 64). Elles habitent Toulouse ou Montpellier, "
      "les parents ou les grands-parents sont du coin. Pourquoi ils achètent : retrouver le goût de la viande de chez eux, savoir "
      "d'où elle vient, remplir le congélateur pour les repas de famille. Une dame de Balma a écrit : « c'est la viande que "
      "faisait ma grand-mère à Espalion ». Pourquoi ils hésitent : 10 kg c'est beaucoup pour un congélateur d'appartement, "
      "payer avant de voir la viande, et attendre 4 à 6 semaines entre la réservation et la livraison.")
    P("**2. Les ménages du coin** (22 réponses). Rodez, Espalion, Laguiole, Saint-Côme. Ils connaissent la ferme, parfois ils "
      "connaissent la bête. Pourquoi ils achètent : le prix, moins cher qu'en boucherie pour la même qualité, et le fait "
      "d'acheter à un voisin. Ils ont souvent un grand congélateur. Pourquoi ils hésitent : payer avant, et l'attente aussi, "
      "parce qu'ils ont souvent déjà un boucher ou un cousin qui fait des colis.")
    P("**3. Les jeunes couples de la ville** (15 réponses). Entre 25 et 35 ans, Toulouse surtout, souvent sans enfants. Pourquoi "
      "ils achètent : la qualité, le bien-être des bêtes, connaître le nom de la vache et la ferme, manger moins de viande mais de "
      "la bonne. Pourquoi ils hésitent : le Colis famille de 10 kg, c'est trop pour deux et pour un petit congélateur, 165 € d'un "
      "coup c'est beaucoup, et ils ne savent pas toujours cuisiner les morceaux à bouillir.")
    B("Comment ils achètent")
    P("J'ai regardé comment se passe un achat chez une famille de Toulouse, à partir des réponses et de ce que les clients nous "
      "racontent au camion :")
    NUM([
        "**L'envie** : ça commence presque toujours par un repas. Noël, un anniversaire, les cousins qui viennent, ou le "
        "congélateur qui se vide. Quelqu'un dit « il faudrait reprendre de la viande de l'Aubrac ».",
        "**Ils cherchent** : d'abord ils demandent à la famille restée en Aveyron, ensuite ils vont sur Facebook ou tapent sur "
        "Google « colis viande Aveyron ». Beaucoup nous ont connus par la page Facebook de Lucie.",
        "**Ils comparent** : le prix au kilo avec le boucher de leur quartier, la date de la prochaine tournée à Toulouse, et "
        "le point de retrait le plus près de chez eux.",
        "**Ils réservent** : sur le site, avec l'acompte de 30 %. Les plus âgés appellent encore Lucie et elle réserve pour eux.",
        "**Ils attendent** : on leur envoie un mail quand l'abattage est réservé, puis un rappel avec l'heure de passage du camion.",
        "**Ils récupèrent** : au point de retrait, ils payent le solde, on discute deux minutes, ils repartent avec le colis et "
        "la fiche recettes.",
        "**Ils reviennent** : si tout s'est bien passé, ils reprennent un colis à la bête suivante ou pour la fête d'après. "
        "D'après le fichier clients, près d'une famille sur deux a recommandé dans l'année.",
    ])
    B("Ce que font les voisins")
    P("J'ai regardé les prix au kilo des autres fermes qui vendent des colis en ligne dans le secteur. La Ferme de la Boriette, "
      "près d'Espalion, vend son colis de 10 kg à 175 €, soit 17,50 €/kg. Aubrac Direct Viande est à 19,90 €/kg pour un colis de "
      "5 kg. Chez nous, le Colis famille revient à 16,50 €/kg et le Colis découverte à 17,80 €/kg. En grande surface à Rodez, la "
      "viande Aubrac est à 22 €/kg en moyenne sur les morceaux à griller, mais ce n'est pas le même mélange de morceaux.")

    B("Tableau forces-faiblesses")
    P("J'ai fait le tableau avec Lucie, un soir après avoir soigné les bêtes :")
    TABLE([
        ["Forces", "Faiblesses"],
        ["• Race Aubrac, bêtes à l'herbe l'été sur l'estive\n• Prix au kilo plus bas que les voisins\n"
         "• On connaît nos clients, on les voit au camion\n• La page Facebook de Lucie (3 900 abonnés)\n"
         "• Notre propre camion frigo\n• Le nom de la bête sur chaque colis",
         "• Délai de 4 à 6 semaines avant la livraison\n• Le colis de 10 kg trop gros pour les petits foyers\n"
         "• Il faut payer un acompte avant\n• Le site a été fait par un cousin, on ne sait pas tout modifier\n"
         "• Pas de temps pendant les foins et les vêlages\n• Une seule tournée par mois à Toulouse"],
    ], [8.0, 8.0], caption="Tableau 1 — Forces et faiblesses des colis du GAEC")


def partie2():
    H1("II. Ce qu'on veut arriver à faire")
    B("Ce qu'on veut arriver à faire")
    P("En novembre 2025, Bernard, Lucie et moi, on a dit ce qu'on voulait pour 2026. Dans "
      "le cours on parle d'« objectifs », chez nous ça donne :")
    BUL([
        "vendre **3 bêtes de plus en colis en 2026**, donc 29 au lieu de 26 ;",
        "être plus connus à Toulouse, en dehors des familles qui ont de la famille ici ;",
        "que les colis d'une bête partent plus vite, pour réserver l'abattage plus tôt ;",
        "avoir plus de jeunes clients ;",
        "que Lucie passe moins de temps au téléphone pour les réservations.",
    ])
    B("Les clients qu'on vise en premier")
    P("On ne peut pas tout faire à la fois. Notre « cible » numéro un, ce sont les familles de Toulouse avec des racines en Aveyron. C'est le plus "
      "gros genre de clients dans l'enquête (27 sur 64), ce sont elles qui recommandent le plus, et on a déjà la tournée "
      "mensuelle avec quatre points de retrait (Saint-Cyprien, Rangueil, Balma et Colomiers) : chaque colis en plus à Toulouse "
      "ne nous coûte presque pas de route en plus.")
    P("Les jeunes couples viennent en deuxième, et on ne va pas les chercher avec le Colis famille. On les fait entrer par le "
      "Colis découverte de 5 kg à 89 € : il rentre dans un petit congélateur, la somme fait moins peur, et ça leur permet de "
      "goûter avant de passer au 10 kg. Les ménages du coin, on les a déjà.")
    B("Les moyens de se faire connaître")
    P("Voilà les moyens qu'on utilise, dans l'ordre où on les a mis en place :")
    NUM([
        "la page Facebook de la ferme, tenue par Lucie depuis 2019 ;",
        "le site internet avec la réservation en ligne, fait par Mathis en 2021 ;",
        "les flyers dans les épiceries, au marché de Laguiole et au salon de l'agriculture de Rodez ;",
        "la fiche Google (Google Business Profile), créée par Mathis en 2024 ;",
        "le mail aux clients avant chaque tournée, avec la liste des colis encore disponibles ;",
        "la pub Facebook, depuis l'automne 2025 ;",
        "Instagram, un peu, quand Lucie a le temps.",
    ])
    B("Le calendrier des tournées")
    P("Chez nous, ce n'est pas le marketing qui décide des dates, c'est le travail de la ferme. Les dates de vente sont "
      "choisies comme ça :")
    BUL([
        "**Le bœuf, à partir de novembre.** Les bêtes finissent leur engraissement après la descente de l'estive (mi-octobre), "
        "elles sont prêtes à partir de novembre.",
        "**Pas de tournée pendant les foins** (du 20 juin à fin juillet) : on est tous sur les tracteurs du matin au soir.",
        "**Pas de tournée Montpellier pendant les vêlages** (février-mars) : il faut quelqu'un à la ferme jour et nuit.",
        "**Le veau rosé pour Noël** : les clients veulent du veau pour les fêtes, donc on fait partir les veaux début décembre "
        "et on livre le veau rosé à la tournée de mi-décembre.",
        "**Le Colis barbecue en mai** : les premiers beaux week-ends, avant les foins. C'est le seul moment où on le propose.",
    ])
    P("Ce qui donne pour le premier semestre 2026 :")
    BUL([
        "Rodez (toutes les 3 semaines, le samedi matin) : 10 janvier, 31 janvier, 21 février, 14 mars, 4 avril, 25 avril, 16 mai, 6 juin ;",
        "Toulouse (un samedi par mois) : 17 janvier, 14 février, 21 mars, 18 avril, 23 mai, 13 juin ;",
        "Montpellier (tous les 2 mois environ) : 24 janvier, 11 avril, 30 mai.",
    ])
    B("Les partenaires possibles")
    P("J'ai cherché quels genres d'entreprises ou d'organisations pourraient nous amener des clients :")
    BUL([
        "les **comités d'entreprise** (CSE) des grosses boîtes de Rodez et de Toulouse, qui font déjà des commandes groupées à "
        "Noël ;",
        "les **AMAP** de Toulouse, qui ont des adhérents habitués à payer d'avance et à attendre leurs produits ;",
        "les **épiceries fines** de Toulouse qui vendent des produits de l'Aveyron (aligot, fouace, couteaux) ;",
        "les **gîtes** autour de l'Aubrac : les touristes goûtent notre viande l'été et peuvent commander une fois rentrés.",
    ])
    P("Celui qu'on a le plus avancé, c'est le CSE de Sotramec, une usine de pièces mécaniques à Rodez, 380 salariés. Le "
      "secrétaire du CSE est un client de la tournée de Rodez. Les salariés, c'est exactement nos ménages du coin : des familles "
      "de Rodez et des environs, beaucoup de gens qui ont grandi dans une ferme et qui connaissent la viande Aubrac. On pourrait leur proposer le Colis famille et le Colis découverte avec une remise CSE, une fois par trimestre.")


def partie3():
    H1("III. Le référencement et les liens avec d'autres sites")
    P("Le « SEO », pour moi au début, c'était un mot de la formation. En fait c'est simple : faire en sorte que les gens qui "
      "cherchent un colis de viande sur Google tombent sur nous.")
    B("Ce que Mathis a fait sur le site")
    P("Mathis s'occupe du côté technique. En 2024 et 2025, il a :")
    BUL([
        "réécrit les titres des pages (avant c'était « Accueil », « Produit 1 »… maintenant « Colis de viande Aubrac — GAEC des "
        "Genêts, Laguiole ») ;",
        "créé la fiche Google Business Profile de la ferme, avec les photos, les horaires et les dates de tournée ;",
        "écrit une description pour chaque page (le petit texte sous le titre dans Google) ;",
        "mis un nom à toutes les photos au lieu de « IMG_4521 » ;",
        "installé une extension pour que le site charge plus vite ;",
        "envoyé le plan du site à Google.",
    ])
    B("Les outils pour voir qui vient sur le site")
    P("On a trois outils. **Google Analytics 4**, que Mathis a installé en 2024 : il dit combien de gens viennent sur le site, "
      "d'où ils viennent (Google, Facebook, mail) et quelles pages ils regardent. **La Search Console** de Google : elle montre "
      "les mots que les gens ont tapés avant d'arriver chez nous et à quelle place on sort. Et **Meta Business Suite**, pour la "
      "page Facebook et Instagram : les gens touchés par les posts, les likes, les partages, et les chiffres de la pub Facebook.")
    B("Où on en est sur Google")
    P("On est en première page sur « colis viande Aveyron ». Quand on tape « colis viande Aubrac », on est aussi "
      "dans les premiers, juste après les gros sites.")
    B("Les mots que les gens tapent")
    P("Pour trouver les bons mots, j'ai fait deux choses. D'abord j'ai demandé aux clients, aux points de retrait de la tournée "
      "de décembre : « si vous deviez nous retrouver sur Google, vous taperiez quoi ? ». J'ai noté 22 réponses sur un carnet. "
      "Ensuite j'ai vérifié sur Ubersuggest (la version gratuite, trois recherches par jour) combien de fois par mois ces mots sont "
      "tapés en France. Comme on est une ferme de l'Aveyron, les mots tournent "
      "tous autour de l'Aveyron, de l'Aubrac et de Laguiole. Le tableau des expressions, je le présente à l'oral.")
    BOX("Le cocon sémantique (cours)",
        "Un cocon sémantique est une façon d'organiser les pages d'un site autour d'un sujet. En haut, une page mère (ou page "
        "pilier) traite le sujet principal. En dessous, des pages filles traitent chacune une partie plus précise du sujet, et "
        "encore en dessous des pages petites-filles. Les liens internes suivent la structure : la page mère fait des liens vers "
        "les pages filles, les pages filles font un lien vers la page mère et vers leurs sœurs quand le sujet est proche. Chaque "
        "lien est placé dans le texte, sur une expression qui décrit la page de destination. Le but est de montrer à Google que le "
        "site couvre tout le sujet, ce qui renforce la page mère dans les résultats.")
    H2("La pub Facebook")
    P("À l'automne 2025, on a fait notre première vraie pub Facebook, pour remplir la tournée de Toulouse de novembre. On l'a "
      "montée avec Lucie dans le gestionnaire de publicités de Meta.")
    B("La campagne")
    P("Une campagne, qu'on a appelée « Tournée Toulouse ». On a mis 10 € par jour au début. La pub renvoie sur la page "
      "d'accueil du site. Il existe une page « Tournée Toulouse » avec les dates et les quatre points de retrait, mais on ne l'a "
      "pas utilisée pour la pub.")
    B("Les gens qu'on vise")
    P("Dans Meta, on a réglé qui voit la pub :")
    BUL([
        "âge : de 30 à 65 ans, hommes et femmes ;",
        "lieu : Toulouse et 30 km autour, pour couvrir nos quatre points de retrait (Colomiers et Balma compris) ;",
        "centres d'intérêt : cuisine, recettes, gastronomie, produits locaux, circuits courts, agriculture ;",
        "on a enlevé les gens qui aiment déjà la page de la ferme, ils voient déjà les posts de Lucie.",
    ])
    P("Pourquoi ces réglages : en dessous de 30 ans, dans l'enquête, les clients sont très peu nombreux et prennent rarement un "
      "colis ; au-dessus de 65 ans, ils réservent surtout par téléphone. Les 30 km autour de Toulouse, c'est la distance que nos "
      "clients acceptent pour venir à un point de retrait. Et les centres d'intérêt, ce sont ceux de nos familles de Toulouse : "
      "des gens qui cuisinent et qui font attention à l'origine.")
    B("Les deux annonces")
    P("On a écrit deux textes, avec une photo de colis chacun :")
    QUOTE("Annonce 1 — « Notre viande Aubrac arrive à Toulouse le 15 novembre 🐄 Des colis de 5 ou 10 kg, d'une seule bête, "
          "élevée chez nous à Laguiole et montée à l'estive tout l'été. Vous réservez en ligne avec 30 % d'acompte, vous "
          "récupérez votre colis à Saint-Cyprien, Rangueil, Balma ou Colomiers. Plus que quelques colis ! »")
    QUOTE("Annonce 2 — « Vous connaissez le nom de la vache que vous mangez ? Nous oui. Marquise, 6 ans, race Aubrac, a passé "
          "l'été sur le plateau. Son Colis famille (10 kg, 16,50 €/kg) est à réserver maintenant pour la tournée de Toulouse. "
          "Maturée, découpée, sous vide, avec la fiche recettes. »")
    B("Ce que ça a donné")
    P("Ça a bien marché, on a rempli la tournée de Toulouse.")
    B("Les posts de Lucie")
    P("En plus de la pub, Lucie poste deux ou trois fois par semaine sur la page. J'ai regardé les trois posts de l'automne "
      "qui ont le mieux marché dans Meta Business Suite :")
    BUL([
        "la descente de l'estive, le 12 octobre (vidéo des vaches avec les cloches dans le village) : 412 j'aime, 96 partages ;",
        "« Marquise et son dernier veau » (photo) : 268 j'aime, 31 partages ;",
        "la recette du pot-au-feu de Bernard : 143 j'aime, 52 partages.",
    ])
    B("Ce que je regarde")
    P("Pour savoir si ça marche, je regarde deux choses : les visites du site dans Google Analytics et le nombre de colis vendus "
      "à chaque tournée. En 2025, ça fait 11 400 visites sur l'année et à peu près 720 colis. Dans le cours on appelle ça des "
      "« KPI ».")


def partie4():
    H1("IV. Le site et les fiches colis")
    P("Mathis a fait la base du site, mais les textes et les photos, c'est moi qui les ai refaits cet hiver.")
    H2("Les fiches colis")
    B("Comment je fais une fiche colis")
    P("Chaque colis a sa page, qu'on appelle la fiche colis. Je les ai toutes refaites en suivant le même ordre, parce que les "
      "clients au camion posent toujours les mêmes questions :")
    NUM([
        "**ce qu'il y a dedans** : la liste des morceaux et leur poids (voir le tableau plus bas pour le Colis famille) ;",
        "**la race et la ferme** : Aubrac, née et élevée chez nous, estive l'été, foin de la ferme l'hiver ;",
        "**le nom de la bête** : chaque colis vient d'une seule bête, et on donne son nom et son âge, par exemple « Marquise, 6 ans » ;",
        "**la date d'abattage**, dès qu'elle est connue, et la durée de maturation (14 jours pour le bœuf, 7 pour le veau) ;",
        "**la conservation** : sous vide, 10 jours au frigo, et ça se congèle sans problème jusqu'à un an ;",
        "**la fiche recettes** glissée dans le colis (pot-au-feu, daube, côte à la braise), qu'on peut aussi télécharger ;",
        "**le prix au kilo** en plus du prix du colis : 16,50 €/kg pour le Colis famille.",
    ])
    TABLE([
        ["Morceaux du Colis famille 10 kg", "Poids", "Comment ça se cuisine"],
        ["Steaks (faux-filet, rumsteck)", "2,0 kg", "à griller"],
        ["Rôti", "1,2 kg", "au four"],
        ["Entrecôte ou côte", "1,0 kg", "à griller, à la braise"],
        ["Bourguignon", "2,0 kg", "à mijoter"],
        ["Pot-au-feu (plat de côtes, jarret)", "2,0 kg", "à bouillir"],
        ["Steaks hachés (10 × 100 g)", "1,0 kg", "à griller"],
        ["Saucisses de bœuf", "0,8 kg", "à griller"],
        ["Total", "10,0 kg", "165 €, soit 16,50 €/kg"],
    ], [7.0, 2.5, 6.5], caption="Tableau 2 — Composition du Colis famille (à ± 300 g selon la bête)")
    B("Ce qui aide les gens à se décider")
    P("Sur chaque fiche j'ai mis, en haut, ce qui fait hésiter les gens d'après l'enquête, pour y répondre tout de suite :")
    BUL([
        "**le prix comparé** : « au prix du kilo, c'est moins cher que chez le boucher pour les mêmes morceaux ». Les gens "
        "regardent le total (165 €) et ont peur, alors que le kilo les rassure ;",
        "**la place au congélateur** : « 10 kg = un tiroir et demi de congélateur ». C'est Lucie qui a trouvé la phrase. Pour le Colis découverte, c'est « un tiroir » ;",
        "**la prochaine tournée** : la date et les points de retrait sont affichés à côté du bouton, pour que les gens sachent "
        "tout de suite quand ils auront la viande ;",
        "**l'acompte** : le montant exact est écrit (49,50 € pour le Colis famille), pas seulement « 30 % ».",
    ])
    B("Les mots sur les fiches")
    P("Sur la fiche du Colis famille, j'ai placé les mots que les gens tapent : « colis viande Aubrac » dans le titre de la "
      "page et dans le gros titre, « colis de viande 10 kg » dans la première phrase, « viande Aveyron » dans le texte et dans le "
      "nom des photos.")
    B("L'article sur la maturation")
    P("Beaucoup de clients demandent ce que veut dire « maturée ». J'ai préparé un article, « Pourquoi de la viande "
      "maturée ? ». Le titre complet sera « Viande maturée Aubrac : pourquoi de la viande maturée ? ». Le plan :")
    NUM([
        "Qu'est-ce que la maturation (la viande qui repose en chambre froide après l'abattage) ;",
        "Ce que ça change : plus tendre, plus de goût ;",
        "Combien de temps chez nous, et pourquoi pas plus ;",
        "Comment cuisiner une viande maturée ;",
        "Les questions des clients.",
    ])
    B("Les photos")
    P("Les anciennes photos des morceaux avaient été prises à l'atelier de découpe, sous les néons : la viande avait l'air "
      "marron, presque grise. Ça ne donnait pas envie. J'ai tout repris avec Lightroom mobile sur mon téléphone : j'ai "
      "réchauffé la température de couleur, remonté un peu l'exposition et baissé les ombres, et sur certaines photos j'ai "
      "corrigé la teinte qui tirait vers le vert. La viande a retrouvé son rouge.")
    P("[photo avant / après : l'entrecôte sous le néon, puis retouchée]")
    P("Pour que le site ne rame pas, j'exporte chaque photo en 1 200 pixels de large, puis je la passe en format WebP : "
      "chaque photo fait moins de 200 Ko (entre 120 et 180 Ko en général), au lieu de 3 à 4 Mo avant.")
    B("La réservation en ligne")
    P("Voilà comment se passe une réservation sur le site, en cinq étapes, avec ce qu'on voit à l'écran :")
    NUM([
        "**Le choix du colis** : sur la fiche colis, le client voit la photo, la composition, le prix et le bouton vert "
        "« Réserver mon colis ».",
        "**La tournée et le point de retrait** : une liste déroulante avec les prochaines tournées (ville, date) puis les points "
        "de retrait de cette ville. Quand il n'y a plus de place pour une bête, la date est grisée.",
        "**Le compte** : le client crée un compte ou se connecte (nom, téléphone, mail, adresse). On a besoin du téléphone pour "
        "prévenir le jour de la tournée.",
        "**L'acompte de 30 %** : la page de paiement Stripe s'ouvre, avec le montant de l'acompte et le solde « à régler au "
        "retrait du colis ».",
        "**La confirmation** : un écran « Merci ! Votre colis est réservé » et un mail récapitulatif avec le colis, la tournée, "
        "le point de retrait et le solde.",
    ])
    B("Ce qu'on vise")
    P("Dans le cours, il y a le « taux de conversion ». Notre objectif, c'est 5 % des visiteurs qui réservent.")
    B("Ce qui bloque encore")
    P("Deux choses font que des gens s'arrêtent en route. Jusqu'en mars, l'acompte ne pouvait se payer que par virement : le "
      "client recevait le RIB par mail et devait faire le virement lui-même, beaucoup oubliaient ou abandonnaient. Et on ne "
      "connaît pas la date de livraison tant que l'abattage n'est pas réservé : le client réserve pour « la tournée de "
      "Toulouse », sans savoir si ce sera celle de ce mois-ci ou celle d'après.")
    B("Le bilan de la campagne 2025")
    P("Pour finir, le bilan de notre campagne 2025, parce que c'est lui qui décide combien de bêtes on pourra mettre en colis "
      "l'an prochain :")
    TABLE([
        ["Campagne 2025", "Chiffre", "Comparaison 2024"],
        ["Vêlages", "88", "85"],
        ["Veaux perdus", "4", "6"],
        ["Poids au sevrage (mâles, 8 mois)", "292 kg", "285 kg"],
        ["Poids au sevrage (femelles, 8 mois)", "266 kg", "262 kg"],
        ["Broutards vendus (coopérative)", "47", "49"],
        ["Bêtes vendues en colis", "26", "23"],
        ["Vaches de réforme vendues", "9", "11"],
        ["Foin 1re coupe", "4,1 t MS/ha", "3,6 t MS/ha"],
        ["Regain", "1,9 t MS/ha", "1,2 t MS/ha"],
    ], [7.0, 4.0, 5.0], caption="Tableau 3 — Bilan de la campagne 2025")
    P("Bonne campagne : plus de vêlages, moins de pertes et de beaux foins. Avec ce foin, on peut finir trois ou quatre bêtes "
      "de plus cet hiver.")


def conclusion():
    H1("Conclusion")
    P("Ce projet m'a obligé à regarder la vente directe autrement. Avant, on vendait à ceux qui nous connaissaient. Maintenant "
      "on sait qui sont nos clients, pourquoi ils achètent et pourquoi ils hésitent, et on a un site qui explique mieux ce qu'il "
      "y a dans un colis. Chez nous, tout doit rentrer entre les foins, les vêlages et les tournées, c'est pour ça que tout est "
      "calé sur le calendrier de la ferme.")
    P("Il reste beaucoup à faire : les autres fiches colis, l'article sur la maturation à mettre en ligne, et la pub Facebook à "
      "refaire au printemps pour le Colis barbecue. Les chiffres je les montrerai à l'oral.")
    P("Je remercie Bernard et Lucie, qui m'ont laissé du temps pour la formation, et Mathis pour le site.")


def build_docx():
    setup()
    couverture()
    introduction()
    partie1()
    partie2()
    partie3()
    partie4()
    conclusion()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Rapport de projet — Vendre nos colis de viande Aubrac en ligne"
    cp.subject = "Titre Chef de projet e-commerce — session 2026"
    cp.created = datetime.datetime(2026, 1, 18, 20, 40, 0)
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 9
    buf = io.BytesIO()
    doc.save(buf)
    fixed_zip(buf.getvalue(), DOCX, ZIPSTAMP)


# ============================================================================ PPTX
GREEN = PRGB(0x2E, 0x5E, 0x2A)
LIGHT = PRGB(0xEE, 0xF4, 0xE8)
GREY = PRGB(0x66, 0x66, 0x66)
INK = PRGB(0x22, 0x22, 0x22)

SLIDES = [
    {"t": "Vendre nos colis de viande Aubrac en ligne", "kind": "title",
     "lines": ["Julien Vialard — GAEC des Genêts, Laguiole (12)",
               "Titre Chef de projet e-commerce — blocs 1, 3 et 4",
               "Formasup Occitanie — session 2026"],
     "photo": "[photo : le troupeau à l'estive]"},
    {"t": "La ferme en chiffres", "kind": "big",
     "big": [("95", "vaches Aubrac"), ("410 k€", "de CA en 2025"), ("118 k€", "en vente directe"),
             ("26", "bêtes vendues en colis"), ("82 k€", "réservés sur le site"), ("740", "clients environ")],
     "photo": "[photo : la ferme et la stabulation]"},
    {"t": "Nos clients", "kind": "bullets",
     "lines": ["Enquête Google Forms, janvier 2025 : 64 réponses",
               "Familles de la ville avec des racines en Aveyron : 27",
               "Ménages du coin (Rodez, Espalion, Laguiole) : 22",
               "Jeunes couples de la ville : 15",
               "Ce qui fait hésiter : 10 kg trop gros, payer avant, attendre 4 à 6 semaines"],
     "photo": "[photo : retrait des colis au camion à Toulouse]"},
    {"t": "Comment ça marche", "kind": "flow",
     "steps": ["Réservation en ligne\n30 % d'acompte", "80 % de la bête\nréservée", "Abattage", "Découpe\n(Atelier du Causse)",
               "Maturation\n14 jours", "Tournée camion frigo\nsolde au retrait"],
     "photo": "[photo : le camion frigo]"},
    {"t": "Budget 2026 par moyen", "kind": "table",
     "rows": [["Moyen", "Ce que ça coûte", "Ce que ça doit rapporter (CA)", "Détail"],
              ["Pub Facebook", "600 €", "3 300 €", "≈ 20 colis, 2 campagnes (automne + mai)"],
              ["Site (hébergement, nom de domaine, extensions)", "240 €", "90 000 €", "colis réservés en ligne"],
              ["Flyers", "180 €", "1 600 €", "≈ 10 colis (épiceries, marché, gîtes)"],
              ["Gasoil camion frigo", "1 900 €", "125 000 €", "toutes les tournées (Rodez, Toulouse, Montpellier)"],
              ["Total", "2 920 €", "", ""]],
     "w": [3.6, 1.8, 2.6, 4.0], "fs": 14,
     "photo": "[photo : flyers au marché]"},
    {"t": "Les mots que les gens tapent", "kind": "table",
     "rows": [["Expression", "Recherches / mois", "Page visée"],
              ["viande aubrac", "1 300", "Accueil"],
              ["colis viande aveyron", "260", "Accueil"],
              ["colis viande aubrac", "170", "Colis famille"],
              ["colis viande 10 kg", "110", "Colis famille"],
              ["viande aubrac vente directe", "90", "Accueil"],
              ["colis viande 5 kg", "90", "Colis découverte"],
              ["colis boeuf aubrac", "70", "Colis famille"],
              ["colis barbecue viande", "70", "Colis barbecue"],
              ["boeuf aubrac prix kg", "60", "Colis famille"],
              ["colis veau aveyron", "50", "Colis veau rosé"],
              ["ferme laguiole", "50", "La ferme"],
              ["veau rosé aveyron", "40", "Colis veau rosé"],
              ["caissette viande aveyron", "40", "Accueil"],
              ["viande maturée aubrac", "30", "Article maturation"],
              ["éleveur aubrac laguiole", "20", "La ferme"]],
     "w": [4.5, 2.2, 3.0], "fs": 10, "narrow": True,
     "photo": "[photo : capture du site]"},
    {"t": "Pub Facebook « Tournée Toulouse » — suivi", "kind": "table",
     "rows": [["Semaine", "Dates", "Dépense", "Personnes touchées", "Clics", "Colis réservés"],
              ["1", "29/09 – 05/10", "70 €", "6 100", "88", "2"],
              ["2", "06/10 – 12/10", "70 €", "5 800", "95", "3"],
              ["3", "13/10 – 19/10", "70 €", "5 400", "81", "2"],
              ["4", "20/10 – 26/10", "140 €", "10 900", "176", "4"],
              ["5", "27/10 – 02/11", "140 €", "10 200", "158", "4"],
              ["6", "03/11 – 09/11", "150 €", "10 600", "171", "4"],
              ["Total", "6 semaines", "640 €", "49 000", "769", "19"]],
     "w": [1.4, 2.6, 1.6, 2.6, 1.4, 2.2], "fs": 14,
     "photo": "[photo : la pub sur un téléphone]"},
    {"t": "Ce que ça rapporte pour ce que ça coûte", "kind": "roi",
     "lines": ["Dépensé en pub Facebook : 640 €",
               "Colis réservés par la pub : 19  →  2 870 € de CA",
               "Marge ≈ 38 € par colis  →  19 × 38 = 722 €",
               "(722 − 640) / 640 = + 13 %"],
     "photo": "[photo : colis prêts pour la tournée]"},
    {"t": "Les nouvelles photos", "kind": "photos",
     "lines": ["Retouche Lightroom mobile : la viande n'est plus marron sous le néon",
               "Visites des pages colis : 310 le mois avant → 520 le mois après les nouvelles photos"],
     "photo": "[photo avant : entrecôte sous le néon]", "photo2": "[photo après : entrecôte retouchée]"},
    {"t": "Merci — des questions ?", "kind": "end",
     "photo": "[photo : Bernard, Lucie et Julien devant le camion]"},
]


def ph(slide, left, top, width, height, label):
    box = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, left, top, width, height)
    box.fill.solid(); box.fill.fore_color.rgb = PRGB(0xE4, 0xE4, 0xE4)
    box.line.color.rgb = PRGB(0xB0, 0xB0, 0xB0)
    tf = box.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    tf.text = label
    p = tf.paragraphs[0]; p.alignment = PP_ALIGN.CENTER
    r = p.runs[0]; r.font.size = PPt(13); r.font.italic = True; r.font.color.rgb = GREY
    return box


def textbox(slide, left, top, width, height, lines, size, bold=False, color=INK, bullet=False, align=None, space=10):
    tb = slide.shapes.add_textbox(left, top, width, height)
    tf = tb.text_frame
    tf.word_wrap = True
    for k, line in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.text = ("• " if bullet else "") + line
        p.space_after = PPt(space)
        if align:
            p.alignment = align
        for r in p.runs:
            r.font.size = PPt(size); r.font.bold = bold; r.font.color.rgb = color
    return tb


def ptable(slide, rows, left, top, width, widths, size):
    nr, nc = len(rows), len(rows[0])
    shape = slide.shapes.add_table(nr, nc, left, top, width, Inches(0.3 * nr))
    tb = shape.table
    total = sum(widths)
    for j, w in enumerate(widths):
        tb.columns[j].width = Emu(int(width * w / total))
    for r, row in enumerate(rows):
        tb.rows[r].height = Inches(0.28)
        for c, val in enumerate(row):
            cell = tb.cell(r, c)
            cell.margin_top = cell.margin_bottom = Inches(0.02)
            cell.margin_left = cell.margin_right = Inches(0.05)
            cell.text = val
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = PPt(size)
                    run.font.bold = (r == 0 or row[0] == "Total")
                    run.font.color.rgb = PRGB(0xFF, 0xFF, 0xFF) if r == 0 else INK
            cell.fill.solid()
            cell.fill.fore_color.rgb = GREEN if r == 0 else (LIGHT if r % 2 == 0 else PRGB(0xFF, 0xFF, 0xFF))
    return shape


def build_pptx():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    n = len(SLIDES)
    assert n == 10
    blank = prs.slide_layouts[6]
    W = prs.slide_width
    for i, s in enumerate(SLIDES):
        num = i + 1
        slide = prs.slides.add_slide(blank)
        band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, W, Inches(1.15))
        band.fill.solid(); band.fill.fore_color.rgb = GREEN; band.line.fill.background()
        tf = band.text_frame
        tf.margin_left = Inches(0.5)
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        tf.text = s["t"]
        p = tf.paragraphs[0]; p.alignment = PP_ALIGN.LEFT
        r = p.runs[0]; r.font.size = PPt(30 if s["kind"] != "title" else 32); r.font.bold = True
        r.font.color.rgb = PRGB(0xFF, 0xFF, 0xFF)
        k = s["kind"]
        if k == "title":
            textbox(slide, Inches(0.6), Inches(1.8), Inches(6.6), Inches(3.5), s["lines"], 22, space=18)
            ph(slide, Inches(7.6), Inches(1.6), Inches(5.2), Inches(5.0), s["photo"])
        elif k == "big":
            for j, (big, small) in enumerate(s["big"]):
                col, row = j % 3, j // 3
                x = Inches(0.5 + col * 2.75); y = Inches(1.6 + row * 2.55)
                textbox(slide, x, y, Inches(2.6), Inches(1.1), [big], 44, bold=True, color=GREEN, align=PP_ALIGN.CENTER, space=0)
                textbox(slide, x, y + Inches(1.15), Inches(2.6), Inches(0.8), [small], 17, align=PP_ALIGN.CENTER, space=0)
            ph(slide, Inches(8.9), Inches(1.6), Inches(4.0), Inches(5.0), s["photo"])
        elif k == "bullets":
            textbox(slide, Inches(0.6), Inches(1.6), Inches(7.6), Inches(5.0), s["lines"], 21, bullet=True, space=16)
            ph(slide, Inches(8.6), Inches(1.6), Inches(4.3), Inches(5.0), s["photo"])
        elif k == "flow":
            for j, step in enumerate(s["steps"]):
                x = Inches(0.3 + j * 2.08)
                box = slide.shapes.add_shape(MSO_SHAPE.CHEVRON if j else MSO_SHAPE.PENTAGON, x, Inches(1.8), Inches(2.15), Inches(1.6))
                box.fill.solid(); box.fill.fore_color.rgb = LIGHT; box.line.color.rgb = GREEN
                tb = slide.shapes.add_textbox(x + Inches(0.42 if j else 0.1), Inches(1.9), Inches(1.45), Inches(1.4))
                t = tb.text_frame; t.word_wrap = True; t.vertical_anchor = MSO_ANCHOR.MIDDLE
                t.margin_left = t.margin_right = Inches(0.02)
                for q, line in enumerate(step.split("\n")):
                    pp = t.paragraphs[0] if q == 0 else t.add_paragraph()
                    pp.text = line; pp.alignment = PP_ALIGN.CENTER
                    for rr in pp.runs:
                        rr.font.size = PPt(12 if q == 0 else 10.5); rr.font.bold = (q == 0); rr.font.color.rgb = INK
            ph(slide, Inches(3.9), Inches(3.9), Inches(5.5), Inches(2.8), s["photo"])
        elif k == "table":
            if s.get("narrow"):
                ptable(slide, s["rows"], Inches(0.5), Inches(1.35), Inches(8.0), s["w"], s["fs"])
                ph(slide, Inches(8.9), Inches(1.6), Inches(4.0), Inches(4.8), s["photo"])
            else:
                ptable(slide, s["rows"], Inches(0.5), Inches(1.6), Inches(12.3), s["w"], s["fs"])
                ph(slide, Inches(9.3), Inches(5.1), Inches(3.5), Inches(1.8), s["photo"])
        elif k == "roi":
            textbox(slide, Inches(0.6), Inches(1.7), Inches(8.0), Inches(4.8), s["lines"], 28, space=26)
            ph(slide, Inches(8.9), Inches(1.6), Inches(4.0), Inches(5.0), s["photo"])
        elif k == "photos":
            ph(slide, Inches(0.6), Inches(1.5), Inches(5.9), Inches(3.6), s["photo"])
            ph(slide, Inches(6.8), Inches(1.5), Inches(5.9), Inches(3.6), s["photo2"])
            textbox(slide, Inches(0.6), Inches(5.35), Inches(12.1), Inches(1.5), s["lines"], 20, bullet=True, space=8)
        elif k == "end":
            textbox(slide, Inches(0.6), Inches(2.4), Inches(6.0), Inches(2.0),
                    ["GAEC des Genêts", "Laguiole — Aveyron"], 26, color=GREEN, space=12)
            ph(slide, Inches(7.0), Inches(1.6), Inches(5.8), Inches(5.0), s["photo"])
        foot = slide.shapes.add_textbox(Inches(0.5), Inches(7.05), Inches(12.3), Inches(0.35))
        foot.text_frame.text = f"J. Vialard — GAEC des Genêts — {num}/{n}"
        fp = foot.text_frame.paragraphs[0]; fp.alignment = PP_ALIGN.RIGHT
        fp.runs[0].font.size = PPt(11); fp.runs[0].font.color.rgb = GREY
    cp = prs.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Soutenance — colis de viande Aubrac"
    cp.created = datetime.datetime(2026, 5, 30, 20, 0, 0)
    cp.modified = PPT_FIXED
    cp.last_printed = PPT_FIXED
    cp.revision = 6
    buf = io.BytesIO()
    prs.save(buf)
    fixed_zip(buf.getvalue(), PPTX, PPT_ZIPSTAMP)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    build_docx()
    build_pptx()
    print("ok", OUT)
