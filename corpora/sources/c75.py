# Générateur du poster de la candidate c75 (Lingua Rhéna, Strasbourg) — bloc 4.
# Une seule page A3 paysage, trois colonnes de boîtes arrondies colorées.
import os
from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle, Spacer, Flowable

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c75-traduction-strasbourg")
FILE = "lingua-rhena-poster-bloc4.pdf"
NAME = "Sarah Oberlé"

FS = 8.8      # taille du texte courant
LD = 10.8     # interligne

body = ParagraphStyle("b", fontName="Helvetica", fontSize=FS, leading=LD, spaceAfter=2.5)
bullet = ParagraphStyle("li", parent=body, leftIndent=9, bulletIndent=1, spaceAfter=1.5)
boxtitle = ParagraphStyle("bt", fontName="Helvetica-Bold", fontSize=13, leading=15.5, spaceAfter=4)
cell = ParagraphStyle("c", fontName="Helvetica", fontSize=FS - 0.9, leading=LD - 1.2)
cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
caption = ParagraphStyle("cap", fontName="Helvetica-Oblique", fontSize=FS - 1, leading=LD - 1.5,
                         textColor=colors.HexColor("#444444"), spaceAfter=3)


class GreyShot(Flowable):
    """Capture d'écran non intégrée : simple rectangle gris."""
    def __init__(self, height, split=False):
        super().__init__()
        self.h = height
        self.split = split

    def wrap(self, aw, ah):
        self.w = aw
        return aw, self.h + 2

    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor("#C9C9C9"))
        c.setStrokeColor(colors.HexColor("#9A9A9A"))
        if self.split:
            half = (self.w - 6) / 2
            c.rect(0, 2, half, self.h, fill=1, stroke=1)
            c.rect(half + 6, 2, half, self.h, fill=1, stroke=1)
        else:
            c.rect(0, 2, self.w, self.h, fill=1, stroke=1)


def fr(t):
    """Espaces insécables autour des guillemets et devant les signes doubles."""
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


def P(t, st=body):
    return Paragraph(fr(t), st)


def LI(items):
    return [Paragraph(fr(i), bullet, bulletText="•") for i in items]


def NUM(items):
    return [Paragraph(fr(i), bullet, bulletText=f"{k}.") for k, i in enumerate(items, 1)]


def T(rows, widths, head=True, accent="#FFFFFF"):
    data = [[Paragraph(fr(str(x)), cellb if (head and i == 0) else cell) for x in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7A7A7A")),
             ("BACKGROUND", (0, 0), (-1, -1), colors.white),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(accent)))
    t.setStyle(TableStyle(style))
    return t


def CAP(t):
    return Paragraph(fr(t), caption)


# ------------------------------------------------------------------ contenu
PAGE_W, PAGE_H = landscape(A3)
MARGIN = 22
GAP = 14
COL_W = (PAGE_W - 2 * MARGIN - 2 * GAP) / 3
PAD = 9
IW = COL_W - 2 * PAD   # largeur intérieure d'une boîte


def box1():
    return [
        P("Ma mission depuis septembre : rendre le côté « particuliers » du site plus clair et plus vendeur. "
          "On y achète une traduction assermentée comme un produit : on choisit son document, on envoie le scan, "
          "on paie, on reçoit le PDF signé en 48 h, puis l'original par la poste."),
        *LI(["Textes du site et du blog : moi, relus par Julien Koenig et Hana Bauer (chefs de projet).",
             "Versions allemande et anglaise : nos deux traductrices assermentées.",
             "Photos et visuels : moi, au smartphone + Canva, sur de faux documents au nom de « Max Mustermann ».",
             "Vidéo explicative de 45 s : là, il fallait un pro de l'animation."]),
        P("Deux devis sur la table :"),
        T([["", "Lukas Weber (motion designer freelance)", "Rhin Vidéo (agence)"],
           ["Prix", "650 € HT : 3 séquences animées + sous-titres DE relus", "2 400 € HT : film clé en main"],
           ["Budget d'Ingrid (1 000 €)", "OK", "Dépassé"],
           ["Bilingue FR/DE", "Oui, il vit à Kehl", "Non, sous-titres sous-traités"],
           ["Délai", "10 jours", "4 semaines"]],
          [IW * 0.26, IW * 0.42, IW * 0.32], accent="#D6E6F5"),
        Spacer(1, 3),
        P("On a pris Lukas. Le prix a joué, mais surtout il travaille dans les deux langues et il livrait en 10 jours, "
          "pile avant la mise en ligne de la nouvelle page le 16 mars. Rhin Vidéo fait de beaux films, mais pour "
          "45 secondes d'explication, c'était trop. Le montage, je l'ai fait moi-même."),
    ]


def box2():
    return [
        P("Article <b>« Traduction assermentée : comment ça marche ? »</b> (1 150 mots, en ligne le 14 avril). Ma méthode :"),
        *NUM([
            "<b>L'intention.</b> Qui tape ça ? Des gens avec un dossier à déposer (préfecture, ANTS, mariage) qui veulent "
            "comprendre, puis commander. Donc : expliquer d'abord, vendre ensuite.",
            "<b>Les expressions</b> (Search Console + suggestions Google). Principale : « traducteur assermenté Strasbourg ». "
            "Secondaires : « traduction certifiée acte de naissance », « traduction assermentée prix ».",
            "<b>Le plan.</b> H1 = le titre. H2 : Qu'est-ce qu'un traducteur assermenté ? / Quels documents ? / Délais et prix "
            "d'une traduction certifiée / Trouver un traducteur assermenté à Strasbourg / FAQ. L'expression principale est "
            "dans la balise title, la meta description, le 1er paragraphe et un H2. Pas de bourrage.",
            "<b>Les liens internes.</b> Chaque document cité pointe vers sa page service (ancre « traduction certifiée acte "
            "de naissance » vers la page acte de naissance, etc.) + bouton « Commander ma traduction » à la fin.",
            "<b>La FAQ.</b> 5 vraies questions tirées des mails reçus par Hana (« Une photocopie suffit-elle ? »…).",
        ]),
        P("Genau : plus long qu'un post LinkedIn, mais c'est la page qu'on veut voir remonter sur Google."),
    ]


def box3():
    return [
        P("Chez nous, le « produit » est un service : pas de stock, pas de taille. Dans WooCommerce, chaque document "
          "est un produit simple à prix fixe avec un champ d'envoi de fichier. J'ai adapté la fiche :"),
        *LI(["« Ce que vous recevez » au lieu des caractéristiques : PDF signé en 48 h + original en lettre suivie.",
             "« Pour quoi faire ? » : préfecture, ANTS, mariage, études, travail en Allemagne.",
             "Les 3 étapes (je choisis, j'envoie mon scan, je paie) juste sous le prix.",
             "Champ « quantité » masqué, bouton « Commander ma traduction »."]),
        P("Prix : acte de naissance 49 € · permis 55 € · diplôme 59 € · casier judiciaire 49 €. "
          "On commence par l'acte de naissance, n° 1 des ventes :"),
        T([["Où ?", "Avant", "Après"],
           ["Title", "Acte de naissance – Lingua Rhéna", "Traduction certifiée acte de naissance – 49 € en 48 h | Strasbourg"],
           ["H1", "Acte de naissance", "Traduction certifiée de votre acte de naissance"],
           ["URL", "/produit/acte-naissance-2/", "/produit/traduction-certifiee-acte-de-naissance/"],
           ["Meta description", "vide", "Traducteur assermenté à Strasbourg : votre acte de naissance traduit en 48 h."],
           ["1er paragraphe", "générique", "les deux expressions dès les 2 premières phrases"]],
          [IW * 0.20, IW * 0.30, IW * 0.50], accent="#FBE3B8"),
        Spacer(1, 3),
        P("Sur la page maintenant : le prix en haut, le délai de 48 h, « accepté par les préfectures et l'ANTS », "
          "un exemple de traduction en PDF, une FAQ de 6 questions. Avis clients : à venir."),
        GreyShot(62, split=True),
        CAP("Fig. 1 : page « acte de naissance » avant / après"),
    ]


def box4():
    return [
        P("La vidéo « Comment commander ? » (45 s), montée par moi dans CapCut :"),
        *NUM([
            "Storyboard de 7 plans avec Julien.",
            "Import des 3 animations de Lukas + 2 plans filmés au bureau (Hana qui tamponne, l'enveloppe qui part).",
            "Découpe : plans de 4 à 7 s, blancs de la voix off supprimés, coupes calées sur la musique (libre de droits, "
            "-18 dB sous la voix).",
            "Sous-titres : auto en français, corrigés à la main (« assermenté » devenait « a sermenté »), piste allemande "
            "traduite par Hana, relue par Lukas. Deux exports : FR et DE.",
            "Carte de fin de 3 s : logo, bleu maison, adresse du site, « In 3 Klicks bestellen ».",
        ]),
        P("Version web :"),
        *LI(["MP4 H.264, 1080p : 12 Mo.",
             "Sous-titres incrustés : ça se comprend sans le son.",
             "Pas de lecture auto, aperçu en WebP.",
             "Photos passées de JPG (1,5 à 2 Mo) en WebP de 1 200 px (90 à 140 Ko), avec texte alternatif, "
             "ex. « Exemple de traduction certifiée d'un acte de naissance allemand »."]),
        GreyShot(46),
        CAP("Fig. 2 : timeline CapCut avec les sous-titres FR / DE"),
    ]


def box5():
    return [
        P("Page acte de naissance, janvier-février contre avril-mai 2026 (GA4 + commandes WooCommerce) :"),
        T([["Moyenne / mois", "Avant", "Après", "Évolution"],
           ["Temps moyen sur la page", "0:41", "1:12", "+31 s"],
           ["Clics sur « Commander »", "402", "555", "+38 %"],
           ["Commandes", "31", "47", "+52 %"]],
          [IW * 0.43, IW * 0.17, IW * 0.17, IW * 0.23], accent="#CDEBD3"),
        Spacer(1, 3),
        P("Les gens restent presque deux fois plus longtemps et commandent plus. Le printemps aide (mariages), "
          "mais les pages pas encore retouchées n'ont presque pas bougé."),
    ]


def box6():
    return [
        P("Le blog existait déjà (11 articles entre 2017 et 2021, puis plus rien). J'ai créé 2 catégories, "
          "« Démarches &amp; documents » et « Vivre entre France et Allemagne », et changé les permaliens "
          "(/?p=123 devient /blog/nom-de-l-article/). Premier vrai article : celui sur la traduction assermentée."),
    ]


def box7():
    return [
        P("Tunnel des pages service, avril 2026 (GA4) :"),
        T([["Étape", "Visiteurs", "Passent à la suite"],
           ["Page service vue", "2 900", "21 %"],
           ["Document choisi", "610", "39 %"],
           ["Scan envoyé (upload)", "240", "55 %"],
           ["Paiement", "131", "93 %"],
           ["Commande confirmée", "122", "—"]],
          [IW * 0.50, IW * 0.20, IW * 0.30], accent="#E4D7F2"),
        Spacer(1, 3),
        P("Le plus gros trou : entre le choix du document et l'upload. Objectif fixé avec Ingrid : passer le taux "
          "visite &gt; commande avec upload de 2,1 % à 3 %. On verra en septembre."),
        GreyShot(54),
        CAP("Fig. 3 : heatmap Hotjar du formulaire d'upload — beaucoup de clics sur le menu des langues"),
        P("C'est le sélecteur FR / DE / EN, en haut du formulaire, qui ressort en rouge."),
        P("Ce qui coince :"),
        *LI(["les photos HEIC des iPhone sont refusées par l'upload ;",
             "le prix de la page supplémentaire (+25 €) n'apparaît qu'au paiement ;",
             "pas d'Apple Pay."]),
        P("Corrections à planifier avec le prestataire WooCommerce."),
        GreyShot(38),
        CAP("Fig. 4 : exploration de tunnel GA4, avril 2026"),
    ]


def box8():
    return [
        *LI(["Même méthode sur les pages permis, diplôme et casier.",
             "Ajouter les avis clients.",
             "Un 2e article : « Faire reconnaître son diplôme en Allemagne »."]),
        P("Ce que je retiens : une page service se vend comme un produit, mais ce qu'on vend vraiment, c'est de la "
          "confiance et un délai. <b>Vielen Dank</b> à Ingrid, Julien, Hana et Lukas !"),
    ]


COLUMNS = [
    [("Qui produit quoi ?", "#EAF2FB", "#1D4E89", box1),
     ("Écrire pour Google et pour les clients", "#FFF6E0", "#A0620A", box2),
     ("Le blog", "#F9E9EF", "#A3264F", box6)],
    [("La page service", "#FDF0DC", "#A0620A", box3),
     ("Photo & vidéo", "#EAF7EC", "#2E7D3E", box4)],
    [("Ce qu'on a mesuré", "#E9F6EC", "#2E7D3E", box5),
     ("Le parcours de commande", "#F2ECFA", "#5B3A8C", box7),
     ("Et maintenant ?", "#EAF2FB", "#1D4E89", box8)],
]


def measure(flows):
    h = 0
    for f in flows:
        _, fh = f.wrap(IW, 10000)
        h += fh + f.getSpaceBefore() + f.getSpaceAfter()
    return h


def draw_box(c, x, ytop, title, fill, ink, flows):
    tstyle = ParagraphStyle("t2", parent=boxtitle, textColor=colors.HexColor(ink))
    allf = [Paragraph(title.replace("&", "&amp;"), tstyle)] + flows
    h = measure(allf) + 2 * PAD
    c.setFillColor(colors.HexColor(fill))
    c.setStrokeColor(colors.HexColor(ink))
    c.setLineWidth(1.1)
    c.roundRect(x, ytop - h, COL_W, h, 10, fill=1, stroke=1)
    y = ytop - PAD
    for f in allf:
        _, fh = f.wrap(IW, 10000)
        y -= f.getSpaceBefore()
        f.drawOn(c, x + PAD, y - fh)
        y -= fh + f.getSpaceAfter()
    return h


def main():
    os.makedirs(OUT, exist_ok=True)
    c = canvas.Canvas(os.path.join(OUT, FILE), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle("Lingua Rhéna — Produire des contenus pour le web — poster bloc 4")
    c.setAuthor(NAME)
    c.setCreator(NAME)
    c.setSubject("Soutenance bloc 4 — poster")

    # bandeau
    bh = 92
    c.setFillColor(colors.HexColor("#1D4E89"))
    c.roundRect(MARGIN, PAGE_H - MARGIN - bh, PAGE_W - 2 * MARGIN, bh, 12, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#F2B705"))
    c.rect(MARGIN + 14, PAGE_H - MARGIN - bh + 10, 6, bh - 20, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 27)
    c.drawString(MARGIN + 32, PAGE_H - MARGIN - 34, "Lingua Rhéna — Traduction & interprétariat, Strasbourg")
    c.setFont("Helvetica", 17)
    c.drawString(MARGIN + 32, PAGE_H - MARGIN - 57, "Produire des contenus pour le web — Sarah Oberlé — juin 2026")
    ctx = ParagraphStyle("ctx", fontName="Helvetica", fontSize=8.4, leading=10.4, textColor=colors.white)
    p = Paragraph(
        "SARL, quai des Bateliers · créée en 2009 par Ingrid Meyer · 7 salariés + 60 traducteurs freelances · CA 2025 : "
        "920 k€ HT, 61 % B2B (industrie, avocats, entreprises franco-allemandes), 39 % particuliers · traductions assermentées "
        "en ligne depuis 2024 (WooCommerce) : 1 380 commandes en 2025, 7 200 sessions / mois · Sarah Oberlé, alternante "
        "chargée de communication digitale (Bachelor), tutrice : Ingrid Meyer", ctx)
    _, ph = p.wrap(PAGE_W - 2 * MARGIN - 50, 100)
    p.drawOn(c, MARGIN + 32, PAGE_H - MARGIN - bh + 9)

    top = PAGE_H - MARGIN - bh - 12
    bottom = MARGIN + 16
    heights = []
    for k, col in enumerate(COLUMNS):
        x = MARGIN + k * (COL_W + GAP)
        y = top
        for title, fill, ink, fn in col:
            h = draw_box(c, x, y, title, fill, ink, fn())
            y -= h + 10
        heights.append(round(top - (y + 10)))
    avail = round(top - bottom)

    c.setFillColor(colors.HexColor("#555555"))
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(PAGE_W / 2, MARGIN, "Soutenance bloc 4 — poster — p. 1/1")
    c.showPage()
    c.save()
    print("hauteurs colonnes", heights, "disponible", avail)
    for hh in heights:
        if hh > avail:
            raise SystemExit("colonne trop haute")


if __name__ == "__main__":
    main()
