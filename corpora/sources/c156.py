# -*- coding: utf-8 -*-
# Générateur du livrable de la candidate c156 (Elsa Hueber, 22 ans, alternante en 3e année de Bachelor chez
# Vélo'Vignes Alsace SARL, Colmar : balades guidées à VAE, location de VAE, séjours clé en main sur la route des vins)
# — blocs 1, 2 et 4, dossier faible, session 2026.
# Un seul PDF « exporté de LibreOffice Writer » (reportlab, invariant=1) : ses NOTES pour l'oral (20 min + questions),
# rendues telles quelles : 12 pages A4, Arial 14 (Liberation Sans, mêmes chasses), interligne 1,5 ; en-tête
# « Notes oral — v3 — NE PAS LIRE MOT À MOT », pied « n/12 ». Chaque partie s'ouvre sur une ligne en gras avec son
# minutage ; lignes à tirets et à flèches, chiffres clés surlignés en jaune, renvois aux diapositives en gras, quelques
# lignes barrées. Deux tableaux seulement : « Déroulé » (p. 1) et l'encadré « Chiffres à retenir » (p. 2).
# Déterministe : invariant=1, métadonnées figées, aucun aléa.
import os
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "c156-notes-oral-velo-tourisme-colmar"
OUT = os.path.join(HERE, "..", SLUG)
PDF = os.path.join(OUT, "Notes_oral_HUEBER_Elsa.pdf")
N_PAGES = 12

LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Arial", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Italic", LIB + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Arial-BoldItalic", LIB + "LiberationSans-BoldItalic.ttf"))
addMapping("Arial", 0, 0, "Arial")
addMapping("Arial", 1, 0, "Arial-Bold")
addMapping("Arial", 0, 1, "Arial-Italic")
addMapping("Arial", 1, 1, "Arial-BoldItalic")

PW, PH = A4
LM = RM = 2.0 * cm
TM = 2.3 * cm
BM = 2.0 * cm
UW = PW - LM - RM
YELLOW = "#FFFF00"

SIZE = 14
LEAD = 24          # interligne 1,5 de Writer pour de l'Arial 14
body = ParagraphStyle("body", fontName="Arial", fontSize=SIZE, leading=LEAD, spaceAfter=0, alignment=TA_LEFT)
ind1 = ParagraphStyle("ind1", parent=body, leftIndent=1.0 * cm)
ind2 = ParagraphStyle("ind2", parent=body, leftIndent=2.0 * cm)
part_s = ParagraphStyle("part", parent=body, fontName="Arial-Bold", spaceBefore=4, spaceAfter=6)
title_s = ParagraphStyle("title", parent=body, fontName="Arial-Bold", fontSize=18, leading=27, alignment=TA_CENTER)
sub_s = ParagraphStyle("sub", parent=body, alignment=TA_CENTER)
cell = ParagraphStyle("cell", parent=body, fontSize=13, leading=19)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Arial-Bold")


def fr(t):
    """**gras**, ==surligné==, ~~barré~~, __italique__, espaces insécables à la française."""
    t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"==(.+?)==", r'<span backColor="%s">\1</span>' % YELLOW, t)
    t = re.sub(r"~~(.+?)~~", r"<strike>\1</strike>", t)
    t = re.sub(r"__(.+?)__", r"<i>\1</i>", t)
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" :", " ;", " ?", " !", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


S = []
NT = [0]


def L(*lines):
    """Une ligne par paragraphe ; préfixe « > » = retrait d'un cran, « >> » = deux crans."""
    for ln in lines:
        if ln == "":
            S.append(Spacer(1, 10))
            continue
        st = body
        if ln.startswith(">>"):
            st, ln = ind2, ln[2:].lstrip()
        elif ln.startswith(">"):
            st, ln = ind1, ln[1:].lstrip()
        S.append(Paragraph(fr(ln), st))


def PART(t):
    S.append(Paragraph(fr(t), part_s))


def T(rows, widths, head=True, box=False):
    NT[0] += 1
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(fr(str(v)), cellb if (head and i == 0) or (box and j == 0) else cell)
                     for j, v in enumerate(r)])
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * UW / tw for w in widths])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
    if box:
        style += [("BOX", (0, 0), (-1, -1), 2, colors.black), ("LINEBELOW", (0, 0), (-1, -2), 0.5, colors.grey)]
    else:
        style += [("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]
    t.setStyle(TableStyle(style))
    S.append(t)


def PB():
    S.append(PageBreak())


# =====================================================================================================================
#                                                   PAGE 1 — déroulé
# =====================================================================================================================
S.append(Paragraph(fr("ORAL RNCP — Chef de projet e-commerce"), title_s))
S.append(Paragraph(fr("Elsa Hueber — Vélo'Vignes Alsace (Colmar) — session 2026"), sub_s))
S.append(Paragraph(fr("20 min de présentation + questions du jury"), sub_s))
S.append(Spacer(1, 14))
L("**Déroulé** (chrono sur le tel, posé à plat, PAS dans la main)")
S.append(Spacer(1, 4))
T([["Partie", "Durée", "Slides"],
   ["Intro", "2'", "1 à 3"],
   ["Bloc 1 — Marketing", "7'", "4 à 10"],
   ["Bloc 2 — Com & vente", "6'", "10 à 16"],
   ["Bloc 4 — Contenus", "4'", "17 à 21"],
   ["Conclu", "1'", "22"],
   ["Questions", "jury", "annexes 23 à 25"]],
  [8, 3, 5])
S.append(Spacer(1, 14))
L("**À vérifier avant d'entrer :**",
  "- clé USB + PDF des slides sur le tel (au cas où)",
  "- zapette testée, son de la vidéo : vérifier sur l'ordi de la salle",
  "- bouteille d'eau, montre",
  "- ~~imprimer les slides en 3 exemplaires~~ → pas demandé",
  "- ces notes = juste des repères, je les ai répétées 4 fois avec Florian",
  "",
  "respirer. sourire. regarder le jury, pas l'écran !!",
  "si je perds le fil → regarder le titre de la slide",
  "si je dépasse → couper le bloc 4 en premier (garder la vidéo)")
PB()

# =====================================================================================================================
#                                                   PAGE 2 — intro
# =====================================================================================================================
PART("INTRO [2']")
L("(slide 1 — titre) → bonjour, me présenter :",
  "> Elsa Hueber, 22 ans, alternante chez Vélo'Vignes depuis sept. 2024, 3e année de Bachelor",
  "> avant : BTS Tourisme à Colmar, stage à l'OT de Kaysersberg → c'est là que j'ai connu Florian",
  "**(montrer slide 2)**",
  "Vélo'Vignes Alsace = SARL à Colmar (68), créée en 2014 par Florian Haegel (= mon tuteur)",
  "- 5 salariés + 8 guides saisonniers, 60 VAE",
  "- balades guidées, loc VAE, séjours clé en main sur la route des vins, groupes",
  "- CA 2025 = ==740 k€ HT== → séjours 41 % / loc VAE 31 % / balades 22 % / groupes 6 %",
  "- ==58 %== des résa en ligne (widget Regiondo sur le site WordPress)",
  "- ==34 %== de clients allemands ou suisses !!",
  "demander à Florian si je peux donner le CA !!",
  "mes missions = fiches séjour, Insta, opé de printemps, aide à la résa avec Anne-Sophie (résa)")
S.append(Spacer(1, 6))
T([["Chiffres à retenir", ""],
   ["CA 2025", "740 k€ HT"],
   ["Résa en ligne", "58 %"],
   ["Clients DE / CH", "34 %"],
   ["Panier séjour (couple)", "1 790 €"],
   ["Prix phares", "balade 69 €/pers. — loc VAE 45 €/jour — séjour 5 j 895 €/pers."]],
  [6, 10], head=False, box=True)
S.append(Spacer(1, 8))
L("**(montrer slide 3)** → annoncer le plan : bloc 1, bloc 2, bloc 4 — ralentir !!")
PB()

# =====================================================================================================================
#                                                   PAGES 3 à 5 — bloc 1
# =====================================================================================================================
PART("BLOC 1 — MARKETING [7']")
L("**(montrer slide 4)**",
  "**PROFILS CLIENTS** → 2 profils prio (d'après les résa 2025 + ce que les clients disent aux guides)",
  "> couples = 61 % des séjours 2025 ; bandes d'amis = surtout les balades du samedi",
  "1) couples 50–65 ans, cyclos du dimanche, bcp DE / CH",
  "> envies → voir les vignes sans effort (VAE), pas de voiture après la dégustation, tout organisé (hôtel, "
  "transfert bagages)",
  "> blocages → côtes / dénivelé, peur de la crevaison, météo, prix",
  "2) bandes d'amis 30–45 ans, orientés dégustation",
  "> envies → journée entre potes chez un vigneron, personne ne conduit, VAE = tout le monde suit",
  "> blocages → prix par pers., météo, niveaux différents dans le groupe, côtes",
  "→ le VAE répond aux côtes, le guide + la camionnette d'assistance répondent à la crevaison",
  "→ météo = on reporte sans frais la veille (argument à dire)",
  "→ prix = on montre ce qui est inclus (vélo, guide, dégustation, bagages)",
  "",
  "**du rêve à la résa** : envie (Insta / OT) → compare → résa → balade",
  "",
  "**TOUR DES CONCURRENTS** **(montrer slide 5 — tableau)**",
  "- Alsace E-Bike Tours (Strasbourg)",
  "- Vélo Passion Riquewihr",
  "- Rando-Vélo Grand Est",
  "→ on est + chers mais bagages inclus",
  "(le tableau complet cf. dossier p. 14)",
  "~~Alsace E-Bike = moins cher sur tout~~ → pas sûr, ne pas dire",
  "",
  "**AFOM** **(montrer slide 6)**",
  "Forces :",
  "- 60 VAE récents (2023–2024), entretenus chez nous",
  "- guides du coin, bilingues FR / DE",
  "- transfert bagages inclus dans les séjours",
  "- bonne note Google (4,8)",
  "Faiblesses :",
  "- saison courte, dépend de la météo",
  "- Anne-Sophie seule à la résa en haute saison",
  "- site WordPress vieillissant",
  "O / M → slide 6",
  "",
  "**(montrer slide 7)**",
  "**OBJECTIF** → + de résa en ligne",
  "**cible prio = séjours couples germanophones** → panier ==1 790 €==, réservent tôt",
  "> pourquoi : plus gros panier, séjours = 41 % du CA, réservent 3–4 mois avant → on peut prévoir guides + hôtels",
  "> + ils viennent hors vacances scolaires françaises → remplissent mai, juin, septembre",
  "",
  "**CANAUX** (5) : newsletter, Insta, Google Ads, flyers hôtels, site de l'OT",
  "ordre : 1) SEO 2) Ads",
  "",
  "**(montrer slide 8)** — la saison",
  "→ saison vélo = avril → octobre ; avant / après trop froid, vignes nues",
  "→ pics = Pentecôte (congés DE / CH) et vendanges (sept.–oct.)",
  "→ marchés de Noël = bcp de touristes MAIS pas de vélo (froid, nuit à 17 h) → pas d'opé vélo en décembre",
  "→ les séjours se réservent 3–4 mois avant → pour remplir mai–juin il faut parler aux clients en janvier–mars",
  "→ donc campagne séjours = janvier → mars (newsletter + Ads en allemand) ; balades et loc = plutôt dernière "
  "minute, en saison",
  "",
  "calendrier saison → **(montrer slide 9)**",
  "",
  "**PARTENAIRES DU COIN**",
  "à démarcher : vignerons, hôtels et gîtes, CE allemands, agences réceptives",
  "> vignerons : domaines d'Eguisheim, Riquewihr, Kaysersberg",
  "> hôtels et gîtes : entre Colmar et Ribeauvillé",
  "> CE allemands : comités d'entreprise de Fribourg, Karlsruhe ; + Bâle côté suisse",
  "> agences réceptives : Colmar et Strasbourg",
  "> déjà avec nous : Domaine Schaller-Wirth, hôtel « Le Cep d'Or »",
  "pas de bus de touristes → image",
  "",
  "**OPÉ « PRINTEMPS DES CRUS »** **(montrer slide 10)**",
  "avril 2026 : balade « Grands crus & villages » + dégustation chez Schaller-Wirth, code sur la résa en ligne",
  "> 4 week-ends, départs à 9 h 30 et 14 h, max 14 pers. par départ",
  "résa avril ==+18 %== vs 2025",
  "ROI : Ads ≈ 7",
  "(regarder le chrono : ≈ 9' ici)",
  "transition → « pour faire venir ces clients, la com et la vente… »")
PB()

# =====================================================================================================================
#                                                   PAGES 6 à 8 — bloc 2
# =====================================================================================================================
PART("BLOC 2 — COM & VENTE [6']")
L("(rester sur slide 10)",
  "**objectif de l'opé** → remplir avril",
  "",
  "**CANAUX utilisés pour l'opé :**",
  "- newsletter : ==4 300 contacts== (FR + DE), 2 envois (mi-mars, début avril), faite sur Brevo",
  "> 2 versions : segment FR / segment DE, envoi le mardi à 10 h",
  "- Instagram : compte Vélo'Vignes, posts + stories, 3 posts par semaine en avril",
  "- Google Ads : campagne FR + campagne DE sur « Weinstraße Fahrrad »",
  "> annonces en allemand relues par Florian (il est bilingue)",
  "- flyers dans les hôtels partenaires (chambres + accueil), 1 500 imprimés, déposés par moi le 12 mars",
  "- site de l'OT de Colmar : agenda + page activités, mise à jour par l'OT avec nos photos",
  "→ montrer la newsletter en allemand sur la slide (objet : « Frühling zwischen den Reben »)",
  "",
  "**PARTENAIRES :**",
  "- l'OT de Colmar (agenda, accueil, flyers au comptoir)",
  "- 6 hôtels (dont « Le Cep d'Or »)",
  "- 3 domaines viticoles (dont Schaller-Wirth) → dégustations pendant les balades",
  "- le blog « Alsace à vélo » → article sur la balade « Grands crus & villages »",
  "- un comparateur de location de vélos (fiche loc VAE Colmar)",
  "",
  "pourquoi les hôtels → mêmes clients, cherchent des activités",
  "code HOTEL10 → ==37 résa==",
  "",
  "**WHATSAPP** **(lire l'échange, slide 11)**",
  "→ groupe de 8 amis (anniversaire), message un mardi soir : « on fait de 1m55 à 1m92, vous avez les tailles ? »",
  "→ Anne-Sophie répond en 10 min avec le tableau des tailles (S / M / L / XL) + 2 créneaux possibles",
  "→ question sur la dégustation (« on peut acheter du vin sur place ? ») → oui, on le ramène en camionnette",
  "→ ils réservent la balade du samedi sur Regiondo dans l'heure = 8 × 69 € = ==552 €==",
  "(lire lentement, montrer les messages un par un)",
  "",
  "Insta → reels vignes + stories météo du jour",
  "abonnés 2 100 → ? à vérifier",
  "~~3 slides sur Insta~~ → trop long, enlevé",
  "",
  "**(montrer slide 12)** — le site",
  "mise en avant → séjours sur la home + page balades",
  "",
  "**PAIEMENT** **(montrer slide 13)**",
  "Stripe via Regiondo + acompte 30 % séjours, solde J-30",
  "> Stripe branché par Florian en 2023 ; l'acompte 30 % c'est moi qui l'ai paramétré en janvier 2026",
  "> balades + loc VAE = tout payé à la résa",
  "> séjour 5 j pour un couple : ==537 €== d'acompte, 1 253 € à J-30",
  "> le solde est prélevé tout seul par Regiondo, Anne-Sophie n'a plus à relancer",
  "> CB, Apple Pay, Google Pay (ce que Stripe propose dans Regiondo)",
  "mobile / tablette / ordi → testé sur mon tel",
  "",
  "**FINANCEMENT**",
  "chèques-vacances Connect ? à proposer",
  "",
  "**FIDÉ** **(montrer slide 14)**",
  "code -10 % anciens clients",
  "",
  "qui fait quoi → moi = newsletter + Insta + flyers ; Florian = Ads ; l'OT = son agenda",
  "",
  "**(montrer slide 15 — récap du bloc 2)**",
  "→ 5 canaux pour l'opé",
  "→ 12 partenaires (OT, hôtels, domaines, blog, comparateur)",
  "→ paiement en ligne avec acompte pour les séjours",
  "→ code anciens ; HOTEL10 = 37 résa",
  "~~parler de Booking / GetYourGuide~~ → pas chez nous, Florian ne veut pas",
  "(slide 16 = photo des vignes, transition → passer vite)",
  "",
  "coup d'œil au chrono : ≈ 15' à la fin du bloc 2 → sinon accélérer sur le bloc 4",
  "phrases à placer :",
  "> « un client qui a une réponse vite, il réserve »",
  "> « les hôtels voient nos clients avant nous »",
  "~~montrer toutes les stats Regiondo~~ → pas le temps",
  "(transition → « côté contenus, maintenant… »)",
  "respirer !!")
PB()

# =====================================================================================================================
#                                                   PAGES 9 et 10 — bloc 4
# =====================================================================================================================
PART("BLOC 4 — CONTENUS [4']")
L("**(montrer slide 17)**",
  "méthode rédac → je mets l'expression cherchée dans le titre",
  "",
  "**FICHE SÉJOUR « Route des Vins en 5 jours »** → ordre des blocs :",
  "1. programme jour par jour (étapes, km, villages) : Colmar → Eguisheim → Rouffach… 25 à 40 km par jour",
  "2. carte du circuit (carte interactive + PDF à télécharger)",
  "3. dénivelé + profil de chaque étape",
  "4. niveau (facile, VAE conseillé)",
  "5. hôtels 3* (nom + photo)",
  "6. transfert bagages (valises prises à 9 h, dans la chambre le soir)",
  "7. prix par pers. = ==895 €==, ce qui est inclus / pas inclus",
  "8. dates de départ (tous les lundis d'avril à octobre)",
  "9. FAQ (pluie ? taille du vélo ? enfants ?)",
  "→ même ordre que les questions que les clients posent à Anne-Sophie au téléphone",
  "> photos des hôtels demandées aux hôtels (accord par mail)",
  "",
  "**MOTS-CLÉS** **(montrer slide 18)**",
  "« location VAE Colmar » → page loc : title, H1, URL /location-vae-colmar/, meta",
  "« route des vins à vélo » → page séjour : title, H1, URL /route-des-vins-a-velo-5-jours/, meta",
  "> ex. title : « Route des vins à vélo en 5 jours — séjour VAE | Vélo'Vignes »",
  "> ex. meta : « La route des vins à vélo en 5 jours : VAE, hôtels 3*, transfert bagages. Départs de Colmar. »",
  "> version DE des 2 pages : « E-Bike Verleih Colmar », « Elsässer Weinstraße mit dem Rad »",
  "",
  "ce qui fait réserver sur la fiche : prix, dénivelé, avis",
  "",
  "**VIDÉO** **(montrer slide 19 — lancer le clip)**",
  "clip 45 s sur CapCut :",
  "- rushes GoPro de la balade de Riquewihr → coupes sur le rythme de la musique",
  "- sous-titres FR / DE (pour les 34 % germanophones)",
  "- étalonnage couleur : vignes plus vertes, ciel moins cramé",
  "- fin : logo + « Réservez sur velovignes-alsace.fr »",
  "photos → Lightroom : expo, horizon redressé, même réglage copié sur toute la série",
  "> 140 photos triées → 36 gardées pour les fiches",
  "(si la vidéo ne se lance pas → 3 captures sur la slide 19)",
  "photos compressées",
  "",
  "**(montrer slide 20)**",
  "page séjour 5 j : temps moyen ==1:10 → 2:05==",
  "",
  "**TUNNEL REGIONDO** **(montrer slide 21)**",
  "date → participants → options (taille vélo, casque) → paiement",
  "pb : taille du vélo demandée trop tard + casque payant affiché seulement à la fin",
  "",
  "conversion → 12 vélos classiques convertis en VAE (kits) cette année",
  "blog WordPress existe, pas touché",
  "~~parler du site d'avant 2019~~",
  "",
  "(chrono : ≈ 19' → conclure vite, ne pas improviser)")
PB()

# =====================================================================================================================
#                                                   PAGE 11 — conclusion et questions
# =====================================================================================================================
PART("CONCLU [1']")
L("**(montrer slide 22)**",
  "→ 2 profils clairs, campagne séjours en janvier–mars",
  "→ opé de printemps : avril +18 %",
  "→ fiches séjour refaites + vidéo",
  "→ ce que j'ai appris : parler aux clients allemands, organiser une opé de A à Z",
  "→ suite : saison 2026 en cours, bilan en octobre avec Florian",
  "merci → « je suis prête pour vos questions »",
  "")
PART("QUESTIONS POSSIBLES")
L("Q : budget ? → R : pas de budget fixe, Florian décide au cas par cas",
  "Q : blog ? → pas eu le temps",
  "Q : ROI ? → Ads ≈ 7 (slide 10)",
  "Q : concurrents ? → + chers mais bagages inclus",
  "Q : Insta ? → reels + stories, abonnés → à vérifier",
  "Q : paiement ? → Stripe via Regiondo, acompte 30 %",
  "Q : pourquoi les Allemands ? → 34 % des clients, réservent tôt",
  "Q : la vidéo ? → CapCut, 45 s, sous-titres FR / DE",
  "Q : pourquoi Regiondo ? → déjà en place avant moi, c'est Florian qui l'a choisi",
  "Q : et la suite ? → refaire les 3 autres fiches séjour cet hiver",
  "Q : la fiche séjour ? → programme, carte, dénivelé… dans l'ordre des questions des clients",
  "Q : WhatsApp ? → l'exemple du groupe de 8 (slide 11)",
  "si je ne sais pas → le dire, ne pas inventer !!")
PB()

# =====================================================================================================================
#                                                   PAGE 12 — grille jury
# =====================================================================================================================
PART("Grille jury (copiée du livret)")
GRILLE = [
    ("Bloc 1", [("Profils, envies / blocages", "OK"), ("Parcours client", "OK"), ("Concurrents", "à dire"),
                ("AFOM", "OK"), ("Objectifs + cible", "OK"), ("Canaux", "OK"), ("Saison + calendrier", "OK"),
                ("Partenaires + image", "à dire"), ("Résultats de l'opé", "OK"), ("Budget / ROI", "à dire")]),
    ("Bloc 2", [("Objectifs de com", "OK"), ("Canaux + partenaires", "OK"), ("Chat", "OK"),
                ("Réseaux sociaux", "OK"), ("Mise en avant", "OK"), ("Paiement", "OK"), ("Financement", "à dire"),
                ("Fidélisation", "OK")]),
    ("Bloc 4", [("Rédaction", "OK"), ("Fiche séjour + mots-clés", "OK"), ("Photos / vidéo", "OK"),
                ("Stats de la page", "à dire"), ("Blog", "à dire"), ("Tunnel", "OK"), ("Problèmes du tunnel", "OK")]),
]
for bloc, items in GRILLE:
    L("**%s**" % bloc)
    for lab, st in items:
        L("> %s ........ %s" % (lab, st))


# =====================================================================================================================
#                                                   PDF
# =====================================================================================================================
def deco(c, d):
    c.saveState()
    c.setFont("Arial", 10)
    c.setFillColor(colors.HexColor("#333333"))
    c.drawCentredString(PW / 2, PH - 1.25 * cm, "Notes oral — v3 — NE PAS LIRE MOT À MOT")
    c.drawCentredString(PW / 2, 1.0 * cm, "%d/%d" % (c.getPageNumber(), N_PAGES))
    c.restoreState()


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = BaseDocTemplate(PDF, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                          title="Notes oral", author="Elsa Hueber", creator="Writer",
                          producer="LibreOffice 7.6", subject="", invariant=1, lang="fr-FR")
    doc.addPageTemplates([PageTemplate(id="main", frames=[Frame(LM, BM, UW, PH - TM - BM, id="f", leftPadding=0,
                                                                  rightPadding=0, topPadding=0, bottomPadding=0)],
                                       onPage=deco)])
    doc.build(S)
    assert doc.page == N_PAGES, doc.page
    assert NT[0] == 2
    print("ok", PDF, "pages:", doc.page, "tableaux:", NT[0])


if __name__ == "__main__":
    main()
