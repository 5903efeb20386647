# -*- coding: utf-8 -*-
# Générateur du dossier du candidat c135 (Harmonie Kessler SARL, magasin d'instruments de musique familial de Strasbourg :
# guitares, pianos, atelier de lutherie, location-vente de pianos, boutique en ligne PrestaShop, clients allemands)
# — blocs 4 et 5, session 2026, formation continue (Pro-A). Quatre fichiers :
#   1) « Dossier RNCP - Jonas Meyer - Harmonie Kessler.pdf » : export Google Docs imité avec reportlab (invariant=1) :
#      Arial 11 (Helvetica, mêmes chasses), titres Google « Titre 1 / Titre 2 » numérotés à la main (4.1, 5.3…),
#      liens bleus soulignés, numéro de page en bas à droite seulement, pas d'en-tête, 7 tableaux, emplacements de
#      captures (rectangles gris légendés), un « TODO » surligné en jaune ;
#   2) GA4_acquisition_trafic_T1-2026.csv : export brut GA4 (lignes de commentaire « # », 9 groupes de canaux) ;
#   3) Requetes_SearchConsole_janv-mars2026.csv : export Search Console (~150 requêtes françaises et allemandes) ;
#   4) Pub_2026_campagnes.xlsx : classeur construit en ODS (odfpy, vraies formules avec valeurs calculées) puis converti
#      en XLSX par LibreOffice (profil privé) : « Google Ads », « Meta », « Synthèse » (SUMIF), « Grille presta » (SUMPRODUCT).
# Déterministe : invariant=1, métadonnées figées, aléa à graine fixe, zip XLSX reconditionné à date fixe.
import os, random, re, shutil, subprocess, tempfile, zipfile

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TableCellProperties, TextProperties
from odf.table import Table as OTable, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P as OP
from odf.meta import InitialCreator, CreationDate
from odf.dc import Creator, Date, Language
from odf import number as N

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "c135-instruments-musique-strasbourg")
os.makedirs(OUT, exist_ok=True)
PDF = os.path.join(OUT, "Dossier RNCP - Jonas Meyer - Harmonie Kessler.pdf")
GA4 = os.path.join(OUT, "GA4_acquisition_trafic_T1-2026.csv")
GSC = os.path.join(OUT, "Requetes_SearchConsole_janv-mars2026.csv")
XLSX = os.path.join(OUT, "Pub_2026_campagnes.xlsx")
AUTHOR = "Jonas Meyer"
LO_PROFILE = "file:///tmp/lo-c135-instruments-musique-strasbourg"
SITE = "https://www.harmonie-kessler.fr"

# police de secours pour les caractères hors WinAnsi (flèches, ß passe en WinAnsi)
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

PW, PH = A4
LM = RM = 2.54 * cm
TM = BM = 2.54 * cm
UW = PW - LM - RM
BLACK = colors.black
GREY_SUB = colors.HexColor("#666666")
LINK = "#1155CC"
HEAD_FILL = colors.HexColor("#F3F3F3")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=16.5, spaceAfter=10, alignment=TA_LEFT)
bul = ParagraphStyle("bul", parent=body, leftIndent=36, bulletIndent=18, bulletFontName="DV", bulletFontSize=7, spaceAfter=3)
num = ParagraphStyle("num", parent=body, leftIndent=36, bulletIndent=18, bulletFontName="Helvetica", bulletFontSize=11, spaceAfter=3)
h1s = ParagraphStyle("h1", fontName="Helvetica", fontSize=20, leading=24, spaceBefore=20, spaceAfter=6)
h2s = ParagraphStyle("h2", fontName="Helvetica", fontSize=16, leading=20, spaceBefore=16, spaceAfter=6)
title_s = ParagraphStyle("title", fontName="Helvetica", fontSize=26, leading=31, spaceAfter=4)
sub_s = ParagraphStyle("sub", fontName="Helvetica", fontSize=15, leading=19, textColor=GREY_SUB, spaceAfter=14)
cap_s = ParagraphStyle("cap", fontName="Helvetica-Oblique", fontSize=9.5, leading=12, textColor=GREY_SUB, alignment=TA_CENTER,
                       spaceBefore=3, spaceAfter=10)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=11.8)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")


def fr(t):
    """Espaces insécables à la française ; **gras** ; caractères hors WinAnsi en police de secours."""
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" :", " ;", " ?", " !", " %", " €", " k€", " M€"):
        t = t.replace(s, "\u00a0" + s[1:])
    out = []
    for ch in t:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append('<font name="DV">%s</font>' % ch)
    return "".join(out)


class Shot(Flowable):
    """Emplacement de capture d'écran (rectangle gris), légende dessous dans le flux."""
    def __init__(self, h):
        Flowable.__init__(self)
        self.h = h

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        w = self.aw * 0.82
        x = (self.aw - w) / 2
        c.setStrokeColor(colors.HexColor("#B7B7B7"))
        c.setFillColor(colors.HexColor("#EFEFEF"))
        c.setLineWidth(0.8)
        c.rect(x, 0, w, self.h, fill=1)
        c.setStrokeColor(colors.HexColor("#D0D0D0"))
        c.line(x, 0, x + w, self.h)
        c.line(x, self.h, x + w, 0)


S = []
NT = [0]


def H1(t, newpage=False):
    S.append(PageBreak() if newpage else CondPageBreak(5 * cm))
    S.append(Paragraph(fr(t), h1s))


def H2(t):
    S.append(CondPageBreak(3.5 * cm))
    S.append(Paragraph(fr(t), h2s))


def P(t):
    S.append(Paragraph(fr(t), body))


def UL(items):
    for it in items:
        S.append(Paragraph(fr(it), bul, bulletText="\u25cf"))
    S.append(Spacer(1, 5))


def OL(items):
    for i, it in enumerate(items, 1):
        S.append(Paragraph(fr(it), num, bulletText="%d." % i))
    S.append(Spacer(1, 5))


def LINK_(label, path):
    url = SITE + path
    return '%s<a href="%s" color="%s"><u>%s</u></a>' % (label, url, LINK, url.replace("https://", ""))


def SHOT(caption, h=7.2 * cm):
    S.append(KeepTogether([Spacer(1, 4), Shot(h), Paragraph(fr(caption), cap_s)]))


def T(rows, widths, size=10, caption=None):
    NT[0] += 1
    st = ParagraphStyle("c%s" % size, parent=cell, fontSize=size, leading=size * 1.24)
    stb = ParagraphStyle("cb%s" % size, parent=st, fontName="Helvetica-Bold")
    data = [[Paragraph(fr(str(v)), stb if i == 0 else st) for v in r] for i, r in enumerate(rows)]
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.75, BLACK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                           ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4.5), ("RIGHTPADDING", (0, 0), (-1, -1), 4.5)]))
    if caption:
        S.append(Paragraph(fr("<b>%s</b>" % caption), ParagraphStyle("tc", parent=body, fontSize=10, spaceAfter=4, spaceBefore=2)))
    S.append(t)
    S.append(Spacer(1, 10))


# =====================================================================================================================
#                                                  CONTENU DU DOSSIER
# =====================================================================================================================
S.append(Paragraph(fr("Dossier RNCP – Chef de projet e-commerce"), title_s))
S.append(Paragraph(fr("Blocs 4 et 5 – Jonas Meyer – Harmonie Kessler, Strasbourg – session 2026"), sub_s))
P("**Candidat :** Jonas Meyer, vendeur et responsable du site (formation continue, Pro-A)<br/>"
  "**Entreprise :** Harmonie Kessler SARL, Strasbourg (67)<br/>"
  "**Tuteur :** Marc Kessler, gérant<br/>"
  "**Fichiers joints :** GA4_acquisition_trafic_T1-2026.csv, Requetes_SearchConsole_janv-mars2026.csv, Pub_2026_campagnes.xlsx")

H1("Avant de commencer", newpage=True)
P("Harmonie Kessler, c'est **le** magasin de musique de la Krutenau (600 m² de guitares, pianos, amplis et partitions), "
  "plus un dépôt de pianos à Illkirch. Albert Kessler l'a fondé en 1958 ; c'est son petit-fils Marc qui le dirige depuis "
  "2012. On est 12 (vendeurs, deux techniciens d'atelier, une personne sur les commandes web, la compta). En 2025 on a fait "
  "**3,2 M€ HT** de chiffre d'affaires, dont 0,35 M€ en location et location-vente de pianos et 0,2 M€ de SAV atelier "
  "(réglages, réparations, accords). Le site, une boutique **PrestaShop 8.1**, a fait 560 k€ (et 18 % des commandes en "
  "ligne viennent d'Allemagne : Kehl, Offenburg, toute l'Ortenau, on est à dix minutes du pont).")
P("Quelques produits pour situer : la « Guitare folk Sörensen D-20 épicéa massif » à 429 €, une « Guitare électrique type "
  "Strat – occasion révisée atelier » à 490 €, le « Piano numérique Tessera PN-88 » à 1 190 €, le « Piano droit Steinhof 118 – "
  "location-vente dès 59 €/mois » et, côté atelier, le « Réglage complet guitare » à 55 €. En face, on a Rhin Musique Store "
  "(gros catalogue, prix bas), Accords de l'Est (très fort sur les pianos) et, de l'autre côté du Rhin, Musikhaus Ortenau à "
  "Kehl.")
P("Moi, c'est Jonas, 29 ans, guitariste (rock, un peu de folk), vendeur au magasin depuis 2019. Comme j'étais « celui qui "
  "s'y connaît en informatique », Marc m'a confié le site en 2023. Je fais cette certification en formation continue (Pro-A), "
  "avec Marc comme tuteur. Au quotidien je bosse avec Yannick Schaeffer (notre luthier), Pierre-Louis Wendling (technicien "
  "piano : accords, visites, réglages) et Nadia Muller (commandes web, SAV en ligne).")
P("Le site, lui, a grandi sans plan : des catégories ajoutées au fil des arrivages, des fiches copiées des catalogues "
  "fournisseurs, des photos de toutes les tailles. Depuis 2023, j'y passe à peu près un tiers de mon temps (le reste, je "
  "suis en magasin, surtout au rayon guitares le samedi). Nadia prépare les commandes et répond aux messages, Yannick et "
  "Pierre-Louis me donnent les infos techniques, et Marc valide tout ce qui engage de l'argent. On n'a pas d'agence : tout ce "
  "qui est décrit ici, on l'a fait nous-mêmes, sauf les vidéos et le futur module (voir 4.1 et 5.2).")
P("Le fil rouge de ce dossier, c'est **la location-vente de pianos en ligne** (Mietkauf, pour nos clients allemands) : "
  "aujourd'hui tout se fait au magasin, sur papier, et Marc veut qu'on puisse tout lancer depuis le site pour la rentrée de "
  "septembre 2026. La partie 4 parle des contenus du site (fiches instrument, extraits sonores, vidéos, le Carnet de "
  "l'atelier, le parcours location) ; la partie 5 du pilotage du projet (cahier des besoins, choix du prestataire, "
  "juridique, équipe, parc d'instruments, transport).")

# ---------------------------------------------------------------------------------------------------- partie 4
H1("4. Les contenus du site", newpage=True)
H2("4.1 Les vidéos : qui les tourne ?")
P("Pour le lancement de la location-vente, on voulait **3 vidéos** : une visite de l'atelier avec Yannick, une vidéo "
  "« comment se passe une location-vente de piano » avec Pierre-Louis (de la visite technique à la livraison), et un "
  "comparatif de trois pianos droits joués l'un après l'autre. J'ai comparé trois options :")
T([["", "Studio Ill Images (Strasbourg)", "Étudiant d'école de musique", "En interne au téléphone"],
   ["Prix", "650 € pour les 3 vidéos", "250 € pour les 3 vidéos", "0 € (mon temps)"],
   ["Prise de son", "2 micros statiques + enregistreur, ingénieur du son sur place", "micro caméra, éventuellement un micro-cravate", "micro du téléphone"],
   ["Montage", "inclus, 2 allers-retours de corrections", "inclus, sans garantie de délai", "à faire (par moi)"],
   ["Sous-titres FR / DE", "inclus", "non", "à faire"],
   ["Délai", "3 semaines", "« avant les partiels »", "quand j'ai le temps"],
   ["Références", "clips pour deux salles de concert, vidéos de l'Opéra", "une vidéo de fin d'année de son école", "—"]],
  [2.6, 4.6, 4.0, 3.8], caption="Tableau 1 – Les trois options pour les vidéos")
P("On a choisi **Studio Ill Images**, et pas pour faire joli : **pour le son**. Une vidéo de piano avec le micro d'un "
  "téléphone, ça sature dans les forte et ça écrase les basses (on a fait le test avec le Steinhof 118 : inécoutable). Or "
  "quelqu'un qui loue un piano à 59 €/mois sans l'avoir joué veut justement **entendre** le touché et le timbre. "
  "L'étudiant était moins cher (400 € d'écart), mais sans prise de son sérieuse, et sans sous-titres allemands (18 % de nos "
  "commandes en ligne viennent d'Allemagne). Les 400 € d'écart, c'est à peine plus qu'un mois de loyer sur une seule "
  "location-vente : Marc a validé tout de suite.")
P("Le tournage a eu lieu un lundi (jour de fermeture), dans l'atelier et au dépôt d'Illkirch : une matinée pour Yannick "
  "(réglage d'une Strat de A à Z, commenté), un après-midi pour les pianos (Pierre-Louis a joué les mêmes 40 secondes sur le "
  "Steinhof 118, le Tessera PN-88 et un piano droit d'occasion, pour qu'on puisse vraiment comparer). Les trois vidéos "
  "font entre 2 min 30 et 4 minutes.")
P("Je n'ai pas fait le montage moi-même, je ne maîtrise pas Premiere : c'est Studio Ill Images qui a tout monté. Mon rôle "
  "a été d'écrire le déroulé des vidéos, de préparer les pianos avec Pierre-Louis (accord la veille) et de valider les "
  "versions.")

H2("4.2 Les extraits sonores et les vidéos sur le site")
P("Mettre du son et de la vidéo sur une fiche instrument, c'est bien ; que la page mette 8 secondes à s'afficher sur un "
  "téléphone, beaucoup moins. Voilà comment on les a intégrés :")
UL(["**Vidéos YouTube derrière une façade légère** : la page affiche juste une image (la vignette de la vidéo) avec un bouton "
    "lecture ; le lecteur YouTube ne se charge que quand on clique. Ça évite de charger environ 600 Ko de scripts YouTube pour "
    "tous ceux qui ne regardent pas la vidéo.",
    "**Sous-titres FR et DE** sur YouTube (fichiers .srt fournis par le studio), donc les vidéos marchent aussi sans le son "
    "(beaucoup de gens regardent au bureau ou dans le tram).",
    "**Extraits sonores de 30 secondes en MP3 à 128 kbps** (environ 470 Ko chacun) : assez pour entendre le timbre d'une "
    "guitare ou d'un piano, assez léger pour la 4G. Lecteur HTML5 simple, pas de lecture automatique.",
    "**Photos en WebP, 1 600 px** de large (zoom possible sur les détails : frettes, table, étiquette), chargées au fur et à "
    "mesure du défilement."])
P("Résultat : une fiche piano avec vidéo, extrait sonore et 8 photos pèse 1,3 Mo au premier affichage au lieu de 4,6 Mo "
  "avant (mesuré dans l'onglet réseau de Chrome).")

H2("4.3 Les expressions recherchées")
P("J'ai pris mes expressions dans la Search Console (voir export), en gardant celles qui correspondent à ce qu'on vend "
  "vraiment et à notre coin (Strasbourg, et l'Ortenau côté allemand). Ensuite chaque expression principale a **une page "
  "attitrée**, et elle est placée au même endroit à chaque fois :")
T([["Expression", "Title", "URL", "H1", "Méta-description", "Alt de la 1re photo"],
   ["guitare folk occasion strasbourg", "Guitare folk d'occasion à Strasbourg – révisée atelier | Harmonie Kessler",
    "/guitares-folk-occasion-strasbourg", "Guitares folk d'occasion révisées à Strasbourg",
    "Guitares folk d'occasion à Strasbourg, révisées par notre luthier : état A/B/C, extrait sonore…",
    "guitare folk occasion strasbourg Sörensen D-20 table épicéa"],
   ["location piano strasbourg", "Location piano Strasbourg – location-vente dès 59 €/mois",
    "/location-piano-strasbourg", "Location et location-vente de pianos à Strasbourg",
    "Location piano à Strasbourg : droits et numériques, loyers déduits en cas d'achat, accord inclus…",
    "location piano strasbourg piano droit Steinhof 118"],
   ["Klavier mieten Straßburg", "Klavier mieten Straßburg – Mietkauf ab 59 €/Monat",
    "/de/klavier-mieten-strassburg", "Klavier mieten in Straßburg – auch Mietkauf",
    "Klavier mieten in Straßburg, 10 Minuten von Kehl: Mietkauf, Stimmung inklusive…",
    "Klavier mieten Straßburg Steinhof 118 Klavier"]],
  [3.0, 3.4, 3.0, 2.8, 3.6, 2.8], size=9, caption="Tableau 2 – Les trois expressions principales et où elles sont placées")
P("À côté de ces trois expressions principales, j'ai gardé des expressions **secondaires**, qui vont dans les H2, les "
  "textes des catégories et les articles du Carnet : « piano numérique 88 touches », « location vente piano », « réglage "
  "guitare strasbourg », « luthier strasbourg », « Klavier Mietkauf », « Gitarre gebraucht Straßburg ». Règle que je me suis "
  "fixée : **une expression = une page**. Si deux pages visent la même expression, elles se font concurrence dans Google, et "
  "c'est souvent la moins bonne qui sort.")
P("Pour l'allemand, je n'ai pas traduit mot à mot : un client de Kehl ne tape pas « location piano », il tape « Klavier "
  "mieten » (et « Straßburg », pas « Strasbourg »). J'ai fait relire les textes par une cliente allemande qui donne des "
  "cours de piano à Offenburg.")
P("Les pages sont en ligne : " + LINK_("", "/location-piano-strasbourg") + " et " + LINK_("", "/de/klavier-mieten-strassburg") + ".")

H2("4.4 Est-ce que les extraits sonores intéressent ?")
P("Ma question : est-ce que les gens **écoutent** vraiment ? J'ai regardé dans GA4 le **temps d'engagement moyen** en "
  "février 2026 sur les 6 fiches qui ont un extrait sonore (3 guitares, 3 pianos), comparé à 6 fiches du même type et du "
  "même prix sans extrait.")
UL(["fiches **avec** extrait sonore : **1 min 48** de temps d'engagement moyen ;",
    "fiches **sans** extrait sonore : **52 s**."])
P("Donc les gens restent deux fois plus longtemps quand il y a du son (et je pense qu'une bonne partie de ce temps, c'est "
  "l'écoute de l'extrait lui-même).")
P('<span backColor="#FFFF00">TODO : chiffres d\'avril</span>')
SHOT("[capture GA4 – Engagement > Pages et écrans, février 2026, filtre sur les 12 fiches]", 5.6 * cm)

H2("4.5 Le gabarit occasion")
P("L'occasion révisée, c'est notre différence face à Leboncoin ou à Rhin Musique Store : chaque instrument passe par "
  "l'atelier avant d'être vendu. Il fallait que la fiche le **montre**. Avec Yannick, on a fait un gabarit que toutes les "
  "fiches d'occasion suivent, dans cet ordre :")
T([["Bloc de la fiche", "Ce qu'on y met", "Exemple (Strat occasion, 490 €)"],
   ["État A / B / C", "A = comme neuf ; B = traces d'usage, aucun défaut de jeu ; C = défauts visibles, prix en conséquence", "B : quelques marques sur le dos du manche"],
   ["Checklist du luthier", "frettes (usure, nivelage), action mesurée à la 12e case, manche et réglage de la tige, électronique (potards, jack, micros), mécaniques, date et visa de Yannick", "frettes 80 %, action 1,8 / 1,5 mm, électronique nettoyée, révisée le 03/02/2026"],
   ["6 photos", "face, dos, tête, table ou corps en lumière rasante, **les défauts en gros plan**, étiquette ou plaque de numéro", "éclat au vernis près du jack, photographié"],
   ["Extrait sonore", "30 s jouées par Yannick, toujours le même plan (accords ouverts, puis arpèges, puis son saturé pour les électriques)", "extrait clair + crunch"],
   ["Numéro de série", "relevé et affiché (rassure sur l'origine, et sert au suivi du parc, voir 5.5)", "n° de série visible sur la photo de la tête"]],
  [3.0, 7.6, 4.4], caption="Tableau 3 – Le gabarit occasion")
P("Concrètement, le haut d'une fiche d'occasion ressemble à ça : « **Guitare électrique type Strat – occasion révisée "
  "atelier – état B**. Révisée par Yannick le 3 février : frettes à 80 %, action réglée à 1,8 / 1,5 mm, potards et "
  "sélecteur nettoyés. Quelques marques sur le dos du manche et un éclat de vernis près du jack (voir photos 5 et 6). "
  "Écoutez-la ci-dessous, en son clair puis en crunch. » Le client sait exactement ce qu'il achète avant de venir l'essayer "
  "(ou de la commander depuis Freiburg).")
P("Pourquoi ce gabarit ? Parce que l'acheteur d'une guitare d'occasion a **une seule peur** : tomber sur un instrument qui "
  "frise ou qui a un manche voilé. Les mots « révisée atelier » ne suffisent pas ; la checklist signée par Yannick, les "
  "photos des défauts et l'extrait sonore, si.")

H2("4.6 Ce qui aide à décider : les fiches piano")
P("Un piano à 5 000 €, personne ne l'achète en deux clics. Sur les fiches piano, j'ai ajouté ce qui faisait le plus "
  "hésiter les gens au téléphone (Nadia m'a fait la liste des questions qu'elle reçoit) :")
UL(["**le prix mensuel** en gros, tout de suite sous le nom : « dès 59 €/mois » pour le Steinhof 118, avec la durée ;",
    "**les loyers déduits** : un encadré qui explique que les loyers versés pendant les 24 premiers mois sont déduits du "
    "prix si on achète le piano (avec un exemple chiffré : 24 × 59 € = 1 416 € déduits) ;",
    "**l'accord inclus** : le premier accord après livraison (il en faut un, le piano bouge pendant le transport) est compris."])
SHOT("[capture fiche Steinhof 118 – bloc prix mensuel et encadré « loyers déduits »]", 5.6 * cm)

H2("4.7 Le Carnet de l'atelier")
P("Le Carnet de l'atelier, c'est notre blog, intégré au site. L'idée : répondre aux questions que les gens posent en "
  "magasin, avec nos techniciens comme auteurs.")
P("**Comment je l'ai installé et paramétré** (sur PrestaShop 8.1) :")
UL(["un module de blog PrestaShop (PrestaBlog), installé sur une copie du site d'abord, puis en production ;",
    "**3 catégories** : « Conseils d'achat », « Dans l'atelier », « Location & pianos » ;",
    "**des pages auteur** pour Yannick, Pierre-Louis et moi (photo, métier, articles) ;",
    "des **URL en /carnet/** : /carnet/conseils-achat/premiere-guitare-folk-7-points-a-verifier, etc. ;",
    "**commentaires modérés** (rien ne s'affiche avant validation par Nadia ou moi) ;",
    "les articles ajoutés au **sitemap** du site, renvoyé dans la Search Console."])
P("Le Carnet est là : " + LINK_("", "/carnet/") + ".")
P("**La méthode pour les deux premiers articles**, « Location-vente d'un piano : comment ça marche ? » et « Première "
  "guitare folk : 7 points à vérifier » :")
OL(["je pars d'une expression recherchée (« location vente piano », « première guitare folk ») et je la mets **dans le "
    "titre**, tel quel ou presque ;",
    "le **chapô** (3 lignes) reprend l'expression et dit tout de suite à qui s'adresse l'article (« Vous hésitez à acheter un "
    "piano pour votre enfant ? ») ;",
    "chaque **H2** répond à une vraie question et reprend une variante (« Combien coûte une location-vente de piano ? », "
    "« Quelle taille de guitare folk choisir ? ») ;",
    "dans le texte, **des liens vers les catégories** qui vont avec (« nos pianos droits en location-vente », « nos guitares "
    "folk d'occasion révisées ») ;",
    "relecture par le technicien concerné : Pierre-Louis pour le piano, Yannick pour la guitare (c'est eux qui signent)."])
P("Exemple de chapô pour le premier article : « **Location-vente d'un piano : comment ça marche ?** Vous hésitez à acheter "
  "un piano pour votre enfant qui commence le conservatoire ? La location-vente permet de commencer à 59 € par mois, et de "
  "garder le piano si la motivation tient. Pierre-Louis, notre technicien, vous explique tout : durée, loyers déduits, "
  "visite technique, livraison. » L'expression est dans le titre et dans la première phrase utile, sans être répétée dix fois.")
SHOT("[capture – page d'accueil du Carnet de l'atelier, catégories et auteurs]", 5.4 * cm)

H2("4.8 Le parcours location")
P("C'est le cœur du projet. Le parcours location permet de lancer une location-vente depuis le site ; il est en test depuis "
  "janvier sur 4 pianos. Écran par écran :")
OL(["**Fiche piano** : prix mensuel, photos, extrait sonore, bouton « Louer ce piano » (et « Klavier mieten » sur le site allemand) ;",
    "**Simulation mensuelle** : on choisit la durée (12, 24 ou 36 mois), le loyer et le montant déduit en cas d'achat s'affichent ;",
    "**Formulaire** : coordonnées, adresse de livraison, étage, ascenseur, accès ;",
    "**Documents** : pièce d'identité, justificatif de domicile, RIB, envoyés depuis le formulaire ;",
    "**Rendez-vous technicien** : le client choisit un créneau pour la visite de Pierre-Louis (il vérifie l'emplacement, "
    "l'escalier, l'humidité de la pièce) ;",
    "**Signature électronique** du contrat, après la visite."])
P("Quelques détails qui comptent : à l'écran 2, le client peut changer la durée et voir tout de suite l'effet sur le loyer "
  "(un curseur, pas un menu) ; à l'écran 3, les champs sont pré-remplis s'il a déjà un compte ; à l'écran 4, il peut "
  "envoyer ses documents plus tard (un lien lui est renvoyé par e-mail) ; à l'écran 5, les créneaux proposés sont ceux de "
  "l'agenda de Pierre-Louis, mis à jour chaque soir. Le client reçoit un e-mail à chaque étape, en français ou en allemand "
  "selon la langue du site.")
P("Chaque envoi du formulaire (étape 3) compte comme une **demande** : c'est l'événement clé qu'on suit dans GA4. "
  "**Objectif : 15 demandes par mois.** À vérifier en juin, quand on aura un vrai recul.")
P("Côté trafic, la recherche naturelle fait **41 % des sessions** du trimestre (export GA4 joint) : les expressions de la "
  "partie 4.3 comptent.")
SHOT("[capture – écran 2 du parcours : simulation mensuelle sur 24 mois]", 5.6 * cm)

H2("4.9 Les grains de sable")
P("En testant le parcours (moi, Nadia, et trois clients du magasin qui ont bien voulu jouer le jeu), on a trouvé 5 grains "
  "de sable. Pour chacun il y a une correction :")
T([["Grain de sable", "Correction", "Qui", "Quand"],
   ["L'envoi des photos de documents échoue sur iPhone (format HEIC refusé)", "accepter le HEIC et le convertir en JPG à l'envoi", "", ""],
   ["La question de l'étage n'est pas claire (« RDC = étage 0 ? »), réponses fausses", "liste déroulante « rez-de-chaussée, 1er, 2e… » + case ascenseur", "", ""],
   ["La caution n'apparaît pas dans la simulation, les clients la découvrent au contrat", "afficher la caution (prélèvement SEPA) dans la simulation", "", ""],
   ["Pas de formulaire en allemand", "traduire le formulaire et les e-mails de confirmation", "", ""],
   ["Aucun numéro de téléphone sur le parcours", "ajouter le numéro du magasin (et « Wir sprechen Deutsch ») à chaque étape", "", ""]],
  [5.6, 5.6, 1.6, 1.6], caption="Tableau 4 – Les grains de sable du parcours location")

# ---------------------------------------------------------------------------------------------------- partie 5
H1("5. Piloter le projet location-vente", newpage=True)
H2("5.1 Le cahier des besoins du module location-vente")
P("Le parcours de la partie 4.8 tourne aujourd'hui sur un bricolage (formulaire PrestaShop + e-mails à la main). Pour la "
  "rentrée, il faut un **vrai module**. J'ai rédigé le cahier des besoins en 8 parties, envoyé à trois intégrateurs le "
  "15 janvier :")
T([["Partie", "Ce qu'il contient"],
   ["1. Contexte", "Harmonie Kessler, la location-vente aujourd'hui (82 pianos en location, tout sur papier), clients français et allemands"],
   ["2. Existant", "PrestaShop 8.1 chez OVHcloud, thème enfant, modules installés, parcours de test actuel"],
   ["3. Fonctions attendues", "simulation (12/24/36 mois), formulaire, dépôt de documents, prise de rendez-vous technicien, signature électronique, mandat SEPA, espace client (loyers payés, montant déductible)"],
   ["4. Contraintes PrestaShop", "module compatible 8.1 et mises à jour, pas de modification du cœur, multilingue FR/DE natif"],
   ["5. Données", "quelles données clients et pianos, où elles sont stockées, qui y accède"],
   ["6. Planning", "cadrage février, développement mars–mai, recette juin, mise en ligne début juillet, rodage avant la rentrée"],
   ["7. Budget", "enveloppe maximale, paiement en 3 fois (commande, recette, mise en ligne + 1 mois)"],
   ["8. Recette", "scénarios de test (location FR, Mietkauf DE, documents HEIC, refus de dossier…), conditions d'acceptation"]],
  [3.6, 11.4], caption="Tableau 5 – Le plan du cahier des besoins")
P("Pour l'écrire, j'ai d'abord suivi trois locations-ventes de bout en bout au magasin (avec Nadia pour les papiers et "
  "Pierre-Louis pour les visites), puis j'ai listé tout ce qui passait par du papier, un appel ou un e-mail. Marc a relu "
  "deux versions ; la troisième est partie aux intégrateurs avec un schéma du parcours et les captures de l'existant.")
P("**Les objectifs**, tels que je les ai écrits dans le cahier :")
UL(["**Objectifs généraux :** permettre de lancer une location-vente de piano depuis le site, en français et en allemand ; "
    "décharger le magasin de la paperasse ; toucher les familles qui ne viennent pas jusqu'à la Krutenau.",
    "**Objectifs techniques :** module PrestaShop 8.1 maintenu ; signature électronique et mandat SEPA intégrés ; documents "
    "stockés chiffrés ; parcours utilisable sur téléphone ; temps de chargement de chaque étape sous 2 secondes."])
P("**Les consignes de Marc**, reprises telles quelles dans le cahier (partie 3, 6 et 7) :")
UL(["**12 000 € HT maximum**, tout compris (développement, recette, formation) ;",
    "**aucun piano livré sans la visite du technicien** : le module doit bloquer la livraison tant que Pierre-Louis n'a pas validé ;",
    "**caution par prélèvement SEPA** (pas de chèque de caution) ;",
    "**version allemande** complète dès le lancement (Mietkauf) ;",
    "**en ligne pour la rentrée de septembre**, quand les inscriptions au conservatoire font partir les pianos."])

H2("5.2 Le choix de l'intégrateur")
P("Trois intégrateurs ont répondu : **Webrhin**, **Tram Digital** et **Pixel Ill**. J'ai fait une grille avec 6 critères "
  "pondérés (les notes et le calcul sont dans le classeur, cf. onglet Grille presta). Les critères viennent directement du "
  "cahier des besoins et des consignes de Marc : expérience PrestaShop 8, respect de l'enveloppe de 12 000 €, délai "
  "compatible avec la rentrée, version allemande, SEPA et signature électronique, maintenance et proximité.")
P("Chaque intégrateur est venu présenter son devis au magasin (une heure, avec Marc et moi), et je leur ai envoyé les "
  "mêmes questions écrites ensuite, pour pouvoir comparer des réponses comparables.")
P("**On a retenu Webrhin (4,1/5).** Pourquoi :")
UL(["ils ont déjà fait un module de réservation sur mesure sous PrestaShop 8 (pour un loueur de matériel de Colmar), "
    "donc ils connaissent les contraintes de mise à jour ;",
    "leur devis (11 400 € HT) rentre dans l'enveloppe de Marc, Pixel Ill était au-dessus ;",
    "ils ont une développeuse germanophone et proposent de faire relire la version allemande ;",
    "ils s'engagent sur une mise en ligne début juillet, ce qui laisse deux mois de rodage avant la rentrée ;",
    "ils sont à Strasbourg : pour la recette, on peut s'asseoir à la même table (et Pierre-Louis peut leur montrer une visite technique en vrai)."])
P("Tram Digital était le moins cher, mais n'avait jamais travaillé sur PrestaShop 8 et ne faisait pas l'allemand.")

H2("5.3 L'équipe et la réunion du mardi")
P("L'équipe du site, c'est moi, Nadia, et selon les sujets Yannick et Pierre-Louis ; Marc passe quand il peut. On se "
  "retrouve **tous les mardis à 9 h**, avant l'ouverture, 30 minutes maximum. L'ordre du jour est toujours le même :")
OL(["les commandes web de la semaine, les retours et les litiges (Nadia) ;",
    "les fiches occasion à mettre en ligne (instruments sortis de l'atelier, Yannick) ;",
    "le planning des visites techniques et des livraisons de pianos (Pierre-Louis) ;",
    "le point sur le projet avec Webrhin (moi) ;",
    "divers."])
P("Je fais un compte rendu de cinq lignes dans le canal de l'équipe juste après.")

H2("5.4 Les entretiens")
P("Depuis novembre 2025, on vend **les entretiens de piano en ligne** : un contrat qui comprend **deux accords par an**, "
  "pour **190 €**. Avant, les clients devaient appeler Pierre-Louis pour chaque accord ; maintenant ils souscrivent sur le "
  "site, choisissent leurs deux périodes (printemps / automne) et Pierre-Louis reçoit la liste chaque mois.")
P("On en a vendu **47** entre novembre et mars (dont 11 à des clients allemands : « Klavierstimmung », ça marche aussi). "
  "C'est aussi un bon moyen de garder le contact avec les anciens locataires qui ont acheté leur piano.")

H2("5.5 Le parc d'instruments")
P("Avec la location-vente en ligne, il faut savoir **à tout moment** où est chaque piano, dans quel état et à qui il est "
  "loué. Voilà comment on organise le parc et pourquoi :")
UL(["**Numéro de série pour tout** : chaque instrument (neuf, occasion, location) est enregistré dans PrestaShop avec son "
    "numéro de série. C'est ce qui permet de retrouver l'historique d'un instrument (achat, réglages, locations) et de "
    "répondre à un client qui appelle pour « le piano de ma fille ».",
    "**Une occasion n'entre dans le parc qu'après sa fiche atelier** : tant que Yannick (ou Pierre-Louis pour un piano) n'a "
    "pas rempli et signé la fiche atelier, l'instrument n'existe pas pour le site. Ça évite de vendre une guitare qui attend "
    "encore un changement de frettes.",
    "**Les pianos de location sont marqués** : étiquette « LOC » + numéro dans le dépôt d'Illkirch, et statut « en location "
    "/ disponible / en révision » dans PrestaShop. Un piano loué ne peut pas être vendu par erreur en magasin.",
    "**Des contrôles différents selon le type d'instrument** : pour une guitare, réglage complet + photo à la sortie de "
    "l'atelier (la photo est jointe à la fiche) ; pour un piano, accord + visite du technicien chez le client avant la "
    "livraison, puis contrôle au retour d'une location (marteaux, feutres, humidité)."])
P("Pour donner un ordre de grandeur : 82 pianos en location ou location-vente au 31 mars, une trentaine de pianos neufs "
  "et d'occasion au dépôt, et environ 140 guitares d'occasion révisées par an (reprises, dépôts-ventes, rachats).")
P("Le critère de fond, c'est la **traçabilité** : on loue des instruments à plusieurs milliers d'euros à des gens qu'on ne "
  "voit parfois qu'une fois. Le numéro de série et la fiche atelier sont les deux pièces qui prouvent l'état de l'instrument "
  "à chaque étape.")

H2("5.6 Stockage et préparation des commandes")
H2("5.7 Transporteurs")
P("On expédie des petits colis (cordes, accessoires, partitions), des guitares (carton de 110 cm) et on livre des pianos. "
  "J'ai comparé ce qu'on utilise, **du moins cher au plus cher** pour chaque type d'envoi :")
T([["Transporteur", "Ce qu'on envoie", "Coût moyen", "Remarque"],
   ["Colissimo", "petits colis, accessoires (France)", "6,90 € (moins de 2 kg)", "le plus simple, dépôt au bureau de poste de la Krutenau"],
   ["DHL", "guitares et colis vers l'Allemagne", "14,50 € (guitare en carton, Allemagne)", "plus rapide que Colissimo vers l'Allemagne (J+1 à J+2)"],
   ["Notre camionnette", "pianos numériques, guitares en retrait/livraison locale", "35 € (Strasbourg et Eurométropole)", "livraison par un vendeur, installation comprise"],
   ["Transports Klein", "pianos droits et à queue", "180 € (rez-de-chaussée) à 320 € (3e sans ascenseur)", "déménageurs spécialisés piano, assurance incluse"]],
  [3.0, 4.4, 4.0, 4.6], caption="Tableau 6 – Nos transporteurs, classés par coût")

H2("5.8 Le juridique : mentions légales, conditions de location et documents")
P("**Les mentions légales.** J'ai vérifié qu'elles étaient accessibles depuis toutes les pages (lien dans le pied de page, "
  "version FR et DE) et complètes : raison sociale Harmonie Kessler SARL, capital, adresse du siège, RCS de Strasbourg, "
  "numéro de TVA intracommunautaire, directeur de la publication (Marc Kessler), hébergeur (OVHcloud, avec son adresse). "
  "Il manquait l'hébergeur sur la version allemande (« Impressum ») : c'est corrigé. Lien : " + LINK_("", "/content/2-mentions-legales") + ".")
SHOT("[capture – pied de page du site : liens Mentions légales / Impressum / Conditions de location]", 4.2 * cm)
P("**Les conditions de location.** Je les ai relues ligne par ligne, en les comparant au contrat papier qu'on fait signer "
  "au magasin :")
T([["Point", "Ce que disent les conditions de location (site)", "Mon analyse"],
   ["Durée", "location de 12 à 36 mois", "clair, cohérent avec la simulation"],
   ["Loyers déduits", "déduits du prix d'achat pendant **12 mois**", "**contradiction** : le contrat papier dit **24 mois**, la fiche piano aussi. À aligner sur 24 mois"],
   ["Option d'achat", "possible à tout moment, prix du piano moins les loyers déduits", "OK, mais il faut préciser le prix de référence (prix au jour de la signature)"],
   ["Assurance", "le locataire assure le piano (multirisque habitation)", "OK, à demander en justificatif à l'étape documents"],
   ["Rétractation", "14 jours à compter de la signature", "OK pour un contrat conclu à distance ; préciser qui paie le transport retour si le piano est déjà livré"],
   ["Transport retour", "à la charge du locataire en fin de location", "OK, mais aucun tarif indiqué : renvoyer vers la grille Transports Klein"]],
  [2.8, 6.0, 6.2], caption="Tableau 7 – Analyse des conditions de location")
P("La contradiction sur les loyers déduits (12 mois dans les conditions en ligne, 24 mois dans le contrat) est la plus "
  "grave : un client qui achète au 18e mois pourrait réclamer ce qui est écrit en sa faveur. J'ai fait la correction dans "
  "les conditions en ligne (24 mois partout) : " + LINK_("", "/content/conditions-de-location") + ".")
P("**Les documents des locataires.** Avec le parcours en ligne, on reçoit des pièces d'identité, des justificatifs de "
  "domicile et des RIB. Ce que j'ai prévu : stockage **chiffré** sur le serveur OVHcloud (pas dans la boîte mail de Nadia "
  "comme aujourd'hui), accès limité à Nadia, Marc et moi, et suppression des documents **à la fin du contrat**.")

H1("Pour finir")
P("Ce que je retiens de ce projet : un site de magasin de musique, ça ne se juge pas seulement à l'œil mais **à l'oreille**. "
  "Les extraits sonores, les vidéos tournées avec un vrai ingénieur du son, la checklist de Yannick sur chaque occasion, "
  "c'est ce qui fait qu'on peut vendre (ou louer) un instrument à quelqu'un qui ne l'a jamais touché.")
P("Côté pilotage, j'ai appris à écrire les choses **avant** de les demander : le cahier des besoins et la grille presta "
  "m'ont évité de choisir « au feeling ». Prochaine grosse étape : la recette du module avec Webrhin en juin, puis le "
  "lancement pour la rentrée (et, si tout va bien, les premiers Mietkauf signés en ligne depuis Kehl).")
P("Merci à Marc pour la confiance, et à Yannick, Pierre-Louis et Nadia pour leur patience avec mes questions.")


# ---------------------------------------------------------------------------------------------------- PDF
def deco(c, d):
    c.saveState()
    c.setFont("Helvetica", 10)
    c.setFillColor(BLACK)
    c.drawRightString(PW - RM, 1.27 * cm, str(c.getPageNumber()))
    c.restoreState()


doc = BaseDocTemplate(PDF, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                      title="Dossier RNCP - Jonas Meyer - Harmonie Kessler", author="", creator="",
                      producer="Skia/PDF m124 Google Docs Renderer", subject="", invariant=1)
doc.addPageTemplates([PageTemplate(id="main", frames=[Frame(LM, BM, UW, PH - TM - BM, id="f", leftPadding=0,
                                                              rightPadding=0, topPadding=0, bottomPadding=0)], onPage=deco)])
doc.build(S)
print("ok", PDF, "pages:", doc.page, "tableaux:", NT[0])


# =====================================================================================================================
#                                           EXPORT GA4 (acquisition de trafic)
# =====================================================================================================================
CH = [  # canal, sessions, sessions avec engagement, durée d'engagement moyenne (s), événements clés, revenu
    ("Organic Search", 23780, 15841, 71.284613, 12, 52318.4),
    ("Direct", 12410, 7918, 64.913377, 6, 31204.9),
    ("Paid Search", 7950, 4603, 48.520881, 4, 17466.0),
    ("Organic Social", 4120, 2018, 39.107524, 1, 3218.5),
    ("Paid Social", 3480, 1402, 27.844253, 1, 5120.0),
    ("Referral", 3060, 2061, 82.736601, 1, 6912.3),
    ("Email", 1690, 1187, 93.418935, 1, 4486.6),
    ("Organic Shopping", 980, 571, 44.071429, 0, 1390.0),
    ("Unassigned", 530, 96, 9.811321, 0, 0),
]
assert sum(c[1] for c in CH) == 58000 and sum(c[4] for c in CH) == 26


def g(x):
    s = repr(round(x, 6)) if isinstance(x, float) else str(x)
    return s[:-2] if s.endswith(".0") else s


with open(GA4, "w", encoding="utf-8", newline="") as fh:
    fh.write("# ----------------------------------------\n"
             "# Acquisition de trafic : Groupe de canaux par défaut pour la session\n"
             "# Compte : Harmonie Kessler\n"
             "# Propriété : harmonie-kessler.fr - GA4\n"
             "# ----------------------------------------\n"
             "#\n"
             "# Toutes les données\n"
             "# Date de début : 20260101\n"
             "# Date de fin : 20260331\n"
             "# ----------------------------------------\n"
             "\n"
             "Groupe de canaux par défaut pour la session,Sessions,Sessions avec engagement,Taux d'engagement,"
             "Durée d'engagement moyenne par session,Événements clés,Revenu total\n")
    for ch, ses, eng, dur, kev, rev in CH:
        fh.write("%s,%d,%d,%s,%s,%d,%s\n" % (ch, ses, eng, g(eng / ses), g(dur), kev, g(rev)))
print("ok", GA4)


# =====================================================================================================================
#                                     EXPORT SEARCH CONSOLE (janvier – mars 2026)
# =====================================================================================================================
rnd = random.Random(135)
FIXED = [("harmonie kessler", 1342, 2210, 1.1), ("harmonie kessler strasbourg", 612, 1030, 1.0), ("kessler musique strasbourg", 288, 540, 1.2),
         ("magasin de musique strasbourg", 204, 3120, 3.4), ("location piano strasbourg", 131, 1480, 2.9), ("luthier strasbourg", 118, 1910, 3.8),
         ("guitare folk occasion strasbourg", 64, 590, 2.6), ("klavier mieten straßburg", 41, 620, 4.1), ("piano occasion strasbourg", 57, 1140, 5.2),
         ("réglage guitare strasbourg", 49, 410, 2.2), ("magasin piano strasbourg", 46, 980, 4.4), ("location vente piano", 22, 2650, 9.7),
         ("harmonie kessler location piano", 39, 88, 1.0), ("musikgeschäft straßburg", 27, 460, 3.6), ("klavier mieten kehl", 18, 390, 6.8),
         ("tessera pn-88", 33, 720, 4.9), ("sörensen d-20", 21, 340, 3.2), ("steinhof 118", 12, 260, 5.5)]
FR_BASE = ["guitare folk", "guitare électrique", "guitare classique", "piano droit", "piano numérique", "ampli guitare",
           "basse électrique", "ukulélé", "cordes guitare", "clavier arrangeur", "guitare électro acoustique", "piano à queue",
           "tabouret piano", "housse guitare", "pédale d'effet", "accordeur guitare"]
FR_MOD = ["strasbourg", "occasion", "occasion strasbourg", "pas cher", "débutant", "alsace", "location", "prix", "magasin",
          "enfant", "88 touches", "révisée"]
DE_BASE = ["klavier", "gitarre", "e-gitarre", "digitalpiano", "akustikgitarre", "klavierstimmer", "gitarrenbauer", "musikladen"]
DE_MOD = ["straßburg", "strasbourg", "kehl", "gebraucht", "mieten", "kaufen", "mietkauf", "ortenau", "offenburg", "elsass"]
EXTRA = ["location piano numérique strasbourg", "location piano enfant", "louer un piano pour débuter", "combien coûte la location d'un piano",
         "location vente piano droit prix", "accordeur piano strasbourg", "accord piano prix", "accorder un piano tous les combien",
         "réparation guitare strasbourg", "changer frettes guitare prix", "réglage action guitare", "luthier guitare alsace",
         "atelier lutherie strasbourg krutenau", "magasin musique krutenau", "partitions strasbourg", "cours de guitare strasbourg",
         "première guitare folk", "quelle guitare folk pour débuter", "taille guitare folk adulte", "guitare folk table massive ou stratifiée",
         "piano droit ou numérique pour débuter", "piano numérique toucher lourd 88 touches", "harmonie kessler avis",
         "harmonie kessler horaires", "harmonie kessler illkirch", "kessler klavier", "kessler musik straßburg",
         "klavier mietkauf erfahrungen", "klavier mieten statt kaufen", "gitarre einstellen lassen kosten",
         "musikgeschäft in der nähe von kehl mit klavie", "location piano strasbourg conservatoire rentrée",
         "guitare type strat occasion", "strat occasion révisée", "piano steinhof avis", "tessera pn 88 avis",
         "tessera pn88 vs", "sörensen guitare avis", "sorensen d20 epicea", "entretien piano contrat", "contrat entretien piano 2 accords par an",
         "rhin musique store", "accords de l'est strasbourg", "musikhaus ortenau", "magasin de musique illkirch",
         "magasin guitare strasbourg centre", "guitare occasion strasbourg leboncoin ou magasin", "piano droit occasion alsace révisé",
         "piano location avec option d'achat", "klavier leihen straßburg"]
rows = [(q, c, i, p) for q, c, i, p in FIXED]
seen = set(r[0] for r in rows)


def addq(q):
    if q in seen:
        return
    seen.add(q)
    pos = round(rnd.uniform(2.5, 38), 1)
    imp = int(rnd.lognormvariate(3.9, 0.95)) + 4
    ctr_ = max(0.0, 0.30 / (1 + pos / 3.0)) * rnd.uniform(0.2, 1.1)
    rows.append((q, int(imp * ctr_), imp, pos))


for q in EXTRA:
    addq(q)
combos = [("%s %s" % (b, m)) for b in FR_BASE for m in FR_MOD] + [("%s %s" % (b, m)) for b in DE_BASE for m in DE_MOD]
rnd.shuffle(combos)
for q in combos:
    if len(rows) >= 151:
        break
    addq(q)
rows.sort(key=lambda r: (-r[1], -r[2], r[0]))
with open(GSC, "w", encoding="utf-8", newline="") as fh:
    fh.write("Requêtes les plus fréquentes,Clics,Impressions,CTR,Position\n")
    for q, c, i, p in rows:
        ctr_s = ("%.2f%%" % (100.0 * c / i)).replace(".00%", "%") if c else "0%"
        fh.write("%s,%d,%d,%s,%s\n" % (q, c, i, ctr_s, ("%.2f" % p).rstrip("0").rstrip(".")))
print("ok", GSC, "lignes:", len(rows))


# =====================================================================================================================
#                    CLASSEUR Pub_2026_campagnes : ODS (odfpy, formules + valeurs) -> XLSX (LibreOffice)
# =====================================================================================================================
ods = OpenDocumentSpreadsheet()
ods.meta.addElement(Creator(text=AUTHOR))
ods.meta.addElement(InitialCreator(text=AUTHOR))
ods.meta.addElement(CreationDate(text="2026-01-05T18:20:00"))
ods.meta.addElement(Date(text="2026-04-07T21:33:00"))
ods.meta.addElement(Language(text="fr-FR"))


def numstyle(name, decimals):
    ns = N.NumberStyle(name=name, language="fr", country="FR")
    ns.addElement(N.Number(decimalplaces=decimals, minintegerdigits=1, grouping="true"))
    ods.styles.addElement(ns)
    return name


def eurstyle(name, decimals):
    cs_ = N.CurrencyStyle(name=name, language="fr", country="FR")
    cs_.addElement(N.Number(decimalplaces=decimals, minintegerdigits=1, grouping="true"))
    cs_.addElement(N.Text(text="\u00a0"))
    cs_.addElement(N.CurrencySymbol(language="fr", country="FR", text="€"))
    ods.styles.addElement(cs_)
    return name


def pctstyle(name, decimals):
    ps = N.PercentageStyle(name=name, language="fr", country="FR")
    ps.addElement(N.Number(decimalplaces=decimals, minintegerdigits=1))
    ps.addElement(N.Text(text="\u00a0%"))
    ods.styles.addElement(ps)
    return name


DS = {"n0": numstyle("N0", 0), "n1": numstyle("N1", 1), "n2": numstyle("N2", 2), "e0": eurstyle("E0", 0),
      "e2": eurstyle("E2", 2), "p0": pctstyle("P0", 0), "p1": pctstyle("P1", 1), "p2": pctstyle("P2", 2)}
_cell_styles = {}


def cstyle(fmt=None, bold=False, fill=None, italic=False, size=None, wrap=False):
    key = (fmt, bold, fill, italic, size, wrap)
    if key in _cell_styles:
        return _cell_styles[key]
    name = "ce%d" % (len(_cell_styles) + 1)
    kw = {"datastylename": DS[fmt]} if fmt else {}
    s = Style(name=name, family="table-cell", parentstylename="Default", **kw)
    cp = {}
    if fill:
        cp["backgroundcolor"] = fill
    if wrap:
        cp["wrapoption"] = "wrap"
    if cp:
        s.addElement(TableCellProperties(**cp))
    tp = {}
    if bold:
        tp["fontweight"] = "bold"
    if italic:
        tp["fontstyle"] = "italic"
    if size:
        tp["fontsize"] = size
    if tp:
        s.addElement(TextProperties(**tp))
    ods.automaticstyles.addElement(s)
    _cell_styles[key] = s
    return s


def fr_num(v, dec):
    return "{:,.{d}f}".format(v, d=dec).replace(",", "\u00a0").replace(".", ",")


def disp(v, fmt):
    if fmt.startswith("n"):
        return fr_num(v, int(fmt[1]))
    if fmt.startswith("e"):
        return fr_num(v, int(fmt[1])) + "\u00a0€"
    return fr_num(v * 100, int(fmt[1])) + "\u00a0%"


def Sx(text, **st):
    return {"t": "s", "v": text, "st": st}


def V(value, fmt="n0", f=None, **st):
    return {"t": "n", "v": value, "fmt": fmt, "f": f, "st": st}


def make_sheet(name, rows_, widths, merge_title=0):
    t = OTable(name=name)
    for k, w in enumerate(widths):
        cs_ = Style(name="co%s%d" % (re.sub(r"\W", "", name), k), family="table-column")
        cs_.addElement(TableColumnProperties(columnwidth="%.2fcm" % w, breakbefore="auto"))
        ods.automaticstyles.addElement(cs_)
        t.addElement(TableColumn(stylename=cs_, defaultcellstylename="Default"))
    for r, row in enumerate(rows_):
        tr = TableRow()
        for c, cell_ in enumerate(row):
            if cell_ is None:
                tr.addElement(CoveredTableCell() if (r == 0 and merge_title and 0 < c < merge_title) else TableCell())
                continue
            st = dict(cell_.get("st", {}))
            if cell_["t"] == "s":
                kw = {"numbercolumnsspanned": merge_title} if (r == 0 and c == 0 and merge_title) else {}
                tc = TableCell(valuetype="string", stylename=cstyle(**st), **kw)
                tc.addElement(OP(text=cell_["v"]))
            else:
                fmt = cell_["fmt"]
                kw = {"formula": "of:=" + cell_["f"]} if cell_["f"] else {}
                vt = "currency" if fmt.startswith("e") else ("percentage" if fmt.startswith("p") else "float")
                if vt == "currency":
                    kw["currency"] = "EUR"
                tc = TableCell(valuetype=vt, value=repr(round(cell_["v"], 10)), stylename=cstyle(fmt=fmt, **st), **kw)
                tc.addElement(OP(text=disp(cell_["v"], fmt)))
            tr.addElement(tc)
        t.addElement(tr)
    ods.spreadsheet.addElement(t)


HB = dict(bold=True, fill="#D9E2F3")
MONTHS = ["janvier", "février", "mars"]
HEAD = ["Campagne", "Mois", "Coût", "Impressions", "Clics", "CTR", "CPC", "Conversions", "CPA", "Valeur", "ROAS"]
WID = [6.4, 2.0, 2.3, 2.4, 1.8, 1.7, 1.7, 2.3, 2.0, 2.5, 1.6]


def ads_sheet(name, title, data, source):
    R = [[Sx(title, bold=True, size="12pt")] + [None] * 10, [None] * 11, [Sx(h, **HB) for h in HEAD]]
    r = 4
    for camp, month, cost, imp, clk, conv, val in data:
        R.append([Sx(camp), Sx(month), V(cost, "e2"), V(imp), V(clk),
                  V(clk / imp, "p2", "[.E%d]/[.D%d]" % (r, r)),
                  V(cost / clk, "e2", "[.C%d]/[.E%d]" % (r, r)),
                  V(conv, "n0"),
                  V(cost / conv if conv else 0, "e2", 'IF([.H%d]=0;0;[.C%d]/[.H%d])' % (r, r, r)),
                  V(val, "e2"),
                  V(val / cost, "n2", "[.J%d]/[.C%d]" % (r, r))])
        r += 1
    last = r - 1
    tc = sum(d[2] for d in data); ti = sum(d[3] for d in data); tk = sum(d[4] for d in data)
    tv = sum(d[5] for d in data); tval = sum(d[6] for d in data)
    B = dict(bold=True, fill="#F2F2F2")
    R.append([Sx("Total T1", **B), Sx("", **B), V(tc, "e2", "SUM([.C4:.C%d])" % last, **B), V(ti, "n0", "SUM([.D4:.D%d])" % last, **B),
              V(tk, "n0", "SUM([.E4:.E%d])" % last, **B), V(tk / ti, "p2", "[.E%d]/[.D%d]" % (r, r), **B),
              V(tc / tk, "e2", "[.C%d]/[.E%d]" % (r, r), **B), V(tv, "n0", "SUM([.H4:.H%d])" % last, **B),
              V(tc / tv, "e2", "[.C%d]/[.H%d]" % (r, r), **B), V(tval, "e2", "SUM([.J4:.J%d])" % last, **B),
              V(tval / tc, "n2", "[.J%d]/[.C%d]" % (r, r), **B)])
    R.append([None] * 11)
    R.append([Sx(source, italic=True, size="9pt")] + [None] * 10)
    make_sheet(name, R, WID, merge_title=11)
    return last


GADS = [("Search – Location piano Strasbourg", "janvier", 412.30, 8920, 611, 2, 0), ("Search – Guitares & atelier", "janvier", 356.80, 12840, 702, 9, 3190.0),
        ("Performance Max – Boutique", "janvier", 498.20, 61200, 1180, 14, 5842.6), ("Search DE – Klavier mieten", "janvier", 188.40, 3410, 226, 1, 0),
        ("Search – Location piano Strasbourg", "février", 436.90, 9480, 655, 3, 0), ("Search – Guitares & atelier", "février", 341.10, 12110, 688, 8, 2964.5),
        ("Performance Max – Boutique", "février", 512.60, 64800, 1232, 16, 6711.2), ("Search DE – Klavier mieten", "février", 201.70, 3720, 248, 1, 0),
        ("Search – Location piano Strasbourg", "mars", 468.50, 10230, 714, 3, 0), ("Search – Guitares & atelier", "mars", 372.40, 13390, 741, 10, 3588.0),
        ("Performance Max – Boutique", "mars", 540.10, 68900, 1311, 17, 7365.9), ("Search DE – Klavier mieten", "mars", 219.30, 4050, 271, 1, 0)]
META = [("Advantage+ catalogue – Guitares", "janvier", 182.40, 41200, 688, 3, 1297.0), ("Location-vente piano – formulaire", "janvier", 150.00, 28400, 402, 1, 0),
        ("Atelier – réglage guitare 55 €", "janvier", 60.00, 15600, 231, 4, 220.0),
        ("Advantage+ catalogue – Guitares", "février", 190.20, 43900, 712, 3, 1348.0), ("Location-vente piano – formulaire", "février", 150.00, 30100, 436, 2, 0),
        ("Atelier – réglage guitare 55 €", "février", 60.00, 16200, 244, 5, 275.0),
        ("Advantage+ catalogue – Guitares", "mars", 201.80, 46300, 751, 4, 1779.0), ("Location-vente piano – formulaire", "mars", 150.00, 31800, 471, 2, 0),
        ("Atelier – réglage guitare 55 €", "mars", 60.00, 16900, 259, 5, 275.0)]
g_last = ads_sheet("Google Ads", "Google Ads – campagnes T1 2026", GADS, "Source : Google Ads, rapport Campagnes par mois, export du 02/04/2026. Valeur = achats en ligne suivis (les demandes de location n'ont pas de valeur).")
m_last = ads_sheet("Meta", "Meta (Facebook + Instagram) – campagnes T1 2026", META, "Source : Gestionnaire de publicités Meta, export du 02/04/2026, attribution 7 j clic / 1 j vue.")

# ------------------------------------------------------------------ onglet Synthèse
R = [[Sx("Synthèse T1 2026 – pub et demandes location-vente", bold=True, size="12pt")] + [None] * 7, [None] * 8,
     [Sx(h, **HB) for h in ["Mois", "Coût Google Ads", "Coût Meta", "Coût total", "Valeur Google Ads", "Valeur Meta", "Valeur totale", "ROAS global"]]]
for k, mo in enumerate(MONTHS):
    r = 4 + k
    gc = sum(d[2] for d in GADS if d[1] == mo); mc = sum(d[2] for d in META if d[1] == mo)
    gv = sum(d[6] for d in GADS if d[1] == mo); mv = sum(d[6] for d in META if d[1] == mo)
    R.append([Sx(mo),
              V(gc, "e2", "SUMIF([$'Google Ads'.$B$4:.$B$%d];[.A%d];[$'Google Ads'.$C$4:.$C$%d])" % (g_last, r, g_last)),
              V(mc, "e2", "SUMIF([$Meta.$B$4:.$B$%d];[.A%d];[$Meta.$C$4:.$C$%d])" % (m_last, r, m_last)),
              V(gc + mc, "e2", "[.B%d]+[.C%d]" % (r, r)),
              V(gv, "e2", "SUMIF([$'Google Ads'.$B$4:.$B$%d];[.A%d];[$'Google Ads'.$J$4:.$J$%d])" % (g_last, r, g_last)),
              V(mv, "e2", "SUMIF([$Meta.$B$4:.$B$%d];[.A%d];[$Meta.$J$4:.$J$%d])" % (m_last, r, m_last)),
              V(gv + mv, "e2", "[.E%d]+[.F%d]" % (r, r)),
              V((gv + mv) / (gc + mc), "n2", "[.G%d]/[.D%d]" % (r, r))])
GC = sum(d[2] for d in GADS); MC = sum(d[2] for d in META); GV = sum(d[6] for d in GADS); MV = sum(d[6] for d in META)
B = dict(bold=True, fill="#F2F2F2")
R.append([Sx("Total", **B), V(GC, "e2", "SUM([.B4:.B6])", **B), V(MC, "e2", "SUM([.C4:.C6])", **B), V(GC + MC, "e2", "SUM([.D4:.D6])", **B),
          V(GV, "e2", "SUM([.E4:.E6])", **B), V(MV, "e2", "SUM([.F4:.F6])", **B), V(GV + MV, "e2", "SUM([.G4:.G6])", **B),
          V((GV + MV) / (GC + MC), "n2", "[.G7]/[.D7]", **B)])
R.append([None] * 8)
R.append([None] * 8)
R.append([Sx("demandes location-vente", **HB), Sx("nb", **HB)] + [None] * 6)
DEM = [6, 9, 11]
for k, mo in enumerate(MONTHS):
    R.append([Sx(mo), V(DEM[k])] + [None] * 6)
R.append([Sx("Total", **B), V(sum(DEM), "n0", "SUM([.B11:.B13])", **B)] + [None] * 6)
R.append([None] * 8)
R.append([Sx("demandes = formulaires location envoyés (étape 3 du parcours), relevé Nadia", italic=True, size="9pt")] + [None] * 7)
make_sheet("Synthèse", R, [4.4, 3.0, 2.6, 2.6, 3.2, 2.6, 2.8, 2.3], merge_title=8)

# ------------------------------------------------------------------ onglet Grille presta
CRIT = [("Expérience PrestaShop 8 (modules sur mesure)", 0.25, 4.5, 3, 4),
        ("Prix dans l'enveloppe de 12 000 € HT", 0.20, 4, 5, 2),
        ("Délai compatible rentrée de septembre", 0.15, 4, 3, 4),
        ("Version allemande (Mietkauf)", 0.15, 4, 2, 5),
        ("SEPA + signature électronique", 0.15, 4, 3, 4),
        ("Maintenance et proximité", 0.10, 3.5, 4, 3)]
R = [[Sx("Grille presta – module location-vente (devis reçus fin janvier 2026)", bold=True, size="12pt")] + [None] * 4, [None] * 5,
     [Sx(h, **HB) for h in ["Critère", "Poids", "Webrhin", "Tram Digital", "Pixel Ill"]]]
for k, (c_, w, a, b, c2) in enumerate(CRIT):
    R.append([Sx(c_), V(w, "p0"), V(a, "n1"), V(b, "n1"), V(c2, "n1")])
R.append([Sx("Total poids", italic=True), V(1.0, "p0", "SUM([.B4:.B9])", italic=True), None, None, None])
sc = [sum(c[1] * c[j] for c in CRIT) for j in (2, 3, 4)]
R.append([Sx("Score /5", **B), Sx("", **B)] + [V(sc[k], "n1", "SUMPRODUCT([.$B$4:.$B$9];[.%s4:.%s9])" % (col, col), **B) for k, col in enumerate("CDE")])
R.append([None] * 5)
R.append([Sx("Devis HT", italic=True), Sx(""), V(11400, "e0"), V(9800, "e0"), V(13900, "e0")])
R.append([None] * 5)
R.append([Sx("Notes de 1 à 5. Score = SOMMEPROD(poids ; notes).", italic=True, size="9pt")] + [None] * 4)
make_sheet("Grille presta", R, [7.6, 1.8, 2.2, 2.6, 2.2], merge_title=5)
assert abs(sc[0] - 4.075) < 1e-9


def repack(path, stamp, fix=None):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            if fix:
                data = fix(name, data)
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def fix_xlsx(name, data):
    if name == "docProps/core.xml":
        s = data.decode("utf-8")
        s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2026-01-05T18:20:00Z\2", s)
        s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2026-04-07T21:33:00Z\2", s)
        return s.encode("utf-8")
    if name == "docProps/app.xml":
        return re.sub(r"<TotalTime>\d+</TotalTime>", "<TotalTime>167</TotalTime>", data.decode("utf-8")).encode("utf-8")
    return data


tmpd = tempfile.mkdtemp(prefix="c135x-")
try:
    ods_path = os.path.join(tmpd, "Pub_2026_campagnes.ods")
    ods.save(ods_path)
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--norestore", "--convert-to", "xlsx",
                    "--outdir", tmpd, ods_path], cwd=tmpd, check=True, timeout=240,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(tmpd, "Pub_2026_campagnes.xlsx"), XLSX)
finally:
    shutil.rmtree(tmpd, ignore_errors=True)
repack(XLSX, (2026, 4, 7, 21, 33, 0), fix_xlsx)
print("ok", XLSX)
