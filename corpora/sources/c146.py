# -*- coding: utf-8 -*-
# Générateur du dossier de la candidate c146 (Anaïs Portal, alternante chez Fleurs de Traboule SAS, fleuriste en ligne
# de Lyon 7e / Gerland : livraison le jour même, abonnements, mariages) — blocs 1, 4 et 5, niveau moyen, session 2026.
# Un seul PDF « exporté de Google Docs » (reportlab, invariant=1) : rapport d'activité d'alternance tenu semaine par
# semaine, environ 24 pages / 7 000 mots, 11 tableaux. Couverture (cadre gris « [photo de l'atelier] », nom, école,
# tutrice), table des matières Google Docs (liens bleus soulignés vers les titres, sans numéros de page), une page
# « L'entreprise et mes missions », puis un Titre 1 par période et, sous chacun, trois Titre 3 fixes « Ce que j'ai
# fait », « Ce que j'ai appris », « Difficultés ». Arial 11 (Liberation Sans, mêmes chasses), titres vert foncé,
# tableaux à ligne d'en-tête grise, captures d'écran remplacées par des cadres gris légendés entre crochets.
# Pied de page « Anaïs Portal — Rapport d'activité » à gauche, numéro de page à droite.
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
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "c146-journal-alternance-fleuriste-en-ligne")
PDF = os.path.join(OUT, "Rapport_activite_alternance_PORTAL_Anais.pdf")

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
LM = RM = 2.54 * cm
TM = BM = 2.54 * cm
UW = PW - LM - RM
GREEN = colors.HexColor("#274E13")
LINK = "#1155CC"
HEAD_FILL = colors.HexColor("#D9D9D9")
BLACK = colors.black

body = ParagraphStyle("body", fontName="Arial", fontSize=11, leading=14.5, spaceAfter=7, alignment=TA_LEFT)
bul = ParagraphStyle("bul", parent=body, leftIndent=30, bulletIndent=14, spaceAfter=3)
h1s = ParagraphStyle("h1", fontName="Arial", fontSize=20, leading=24, spaceBefore=18, spaceAfter=8, textColor=GREEN)
h3s = ParagraphStyle("h3", fontName="Arial", fontSize=14, leading=18, spaceBefore=12, spaceAfter=5, textColor=GREEN)
title_s = ParagraphStyle("title", fontName="Arial", fontSize=26, leading=32, spaceAfter=6, textColor=GREEN)
sub_s = ParagraphStyle("sub", fontName="Arial", fontSize=15, leading=20, textColor=colors.HexColor("#666666"),
                       spaceAfter=4)
toc_s = ParagraphStyle("toc", parent=body, spaceAfter=5)
cap_s = ParagraphStyle("cap", fontName="Arial-Italic", fontSize=9.5, leading=12, textColor=colors.HexColor("#666666"),
                       alignment=TA_CENTER, spaceBefore=2, spaceAfter=10)
cell = ParagraphStyle("cell", fontName="Arial", fontSize=10, leading=12.5)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Arial-Bold")
box_s = ParagraphStyle("box", parent=body, backColor=colors.HexColor("#F3F3F3"), borderColor=colors.HexColor("#999999"),
                       borderWidth=0.8, borderPadding=(8, 8, 8, 8), leftIndent=8, rightIndent=8, spaceBefore=8,
                       spaceAfter=16)


def fr(t):
    """**gras**, __italique__, espaces insécables à la française."""
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"__(.+?)__", r"<i>\1</i>", t)
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" :", " ;", " ?", " !", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


class Shot(Flowable):
    """Emplacement de capture ou de photo : rectangle gris avec texte entre crochets."""
    def __init__(self, label, h=5.2 * cm, wfrac=0.82):
        Flowable.__init__(self)
        self.label = label
        self.h = h
        self.wfrac = wfrac

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        w = self.aw * self.wfrac
        x = (self.aw - w) / 2
        c.setFillColor(colors.HexColor("#D9D9D9"))
        c.setStrokeColor(colors.HexColor("#BFBFBF"))
        c.rect(x, 0, w, self.h, fill=1, stroke=1)
        c.setFillColor(colors.HexColor("#595959"))
        c.setFont("Arial", 11)
        c.drawCentredString(self.aw / 2, self.h / 2 - 4, self.label)


S = []
NT = [0]
HEADS = []


def H1(t, key, newpage=True):
    """newpage : True = saut de page manuel ; False = à la suite ; "cond" = saut seulement en bas de page."""
    HEADS.append((t, key))
    if newpage == "cond":
        S.append(CondPageBreak(9 * cm))
    elif newpage:
        S.append(PageBreak())
    S.append(Paragraph('<a name="%s"/>%s' % (key, fr(t)), h1s))


def H3(t):
    S.append(CondPageBreak(3 * cm))
    S.append(Paragraph(fr(t), h3s))


def P(t):
    S.append(Paragraph(fr(t), body))


def UL(items):
    for it in items:
        S.append(Paragraph(fr(it), bul, bulletText="\u2022"))
    S.append(Spacer(1, 5))


def OL(items):
    for i, it in enumerate(items, 1):
        S.append(Paragraph(fr(it), bul, bulletText="%d." % i))
    S.append(Spacer(1, 5))


def BOX(lines):
    S.append(Paragraph("<br/>".join(fr(x) for x in lines), box_s))


def SHOT(label, h=5.2 * cm):
    S.append(KeepTogether([Spacer(1, 4), Shot(label, h), Spacer(1, 10)]))


def T(rows, widths, size=10, title=None):
    NT[0] += 1
    st = ParagraphStyle("c%s" % size, parent=cell, fontSize=size, leading=size * 1.25)
    stb = ParagraphStyle("cb%s" % size, parent=st, fontName="Arial-Bold")
    data = [[Paragraph(fr(str(v)), stb if i == 0 else st) for v in r] for i, r in enumerate(rows)]
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.75, BLACK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                           ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
                           ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5)]))
    block = []
    if title:
        block.append(Paragraph(fr("**%s**" % title), ParagraphStyle("tt", parent=body, spaceAfter=4, spaceBefore=2)))
    block.append(t)
    S.append(KeepTogether(block))
    S.append(Spacer(1, 12))


def PARTS():
    """Les trois rubriques fixes de chaque entrée."""
    return "Ce que j'ai fait", "Ce que j'ai appris", "Difficultés"


# =====================================================================================================================
#                                                  CONTENU
# =====================================================================================================================
F, A, D = PARTS()

# ---------------------------------------------------------------------------------------------------- couverture
S.append(Spacer(1, 1.2 * cm))
S.append(Paragraph(fr("Rapport d'activité d'alternance"), title_s))
S.append(Paragraph(fr("Fleurs de Traboule — septembre 2025 à juin 2026"), sub_s))
S.append(Spacer(1, 0.8 * cm))
S.append(Shot("[photo de l'atelier]", h=8.5 * cm, wfrac=1.0))
S.append(Spacer(1, 1.0 * cm))
P("**Anaïs Portal**<br/>Alternante « assistante e-commerce » chez Fleurs de Traboule SAS, Lyon 7e")
P("**Formation :** Bachelor « Chef de projet e-commerce », École du Commerce Connecté Lyon — promotion 2025-2026, "
  "rythme 3 semaines en entreprise / 1 semaine à l'école")
P("**Tutrice :** Élodie Garnier, fondatrice et gérante de Fleurs de Traboule")
P("Titre RNCP Chef de projet e-commerce — session 2026")
TOC_AT = len(S)

# ---------------------------------------------------------------------------------------------------- entreprise
H1("L'entreprise et mes missions", "entreprise")
P("Fleurs de Traboule, c'est un atelier-boutique de fleuriste à Gerland (Lyon 7e), créé en 2018 par Élodie Garnier. "
  "Élodie est fleuriste de formation ; au début, la boutique vivait surtout du comptoir et des mariages. La boutique "
  "en ligne a été ouverte sur Shopify en 2020, pendant le premier confinement, et elle a tout changé : en 2025, "
  "l'entreprise a fait **1,48 M€ HT** de chiffre d'affaires, dont **71 % en ligne**, 11 % au comptoir et 18 % en "
  "mariages et événements. Nous sommes 13 : Élodie, son frère Marc Garnier qui gère les opérations (tournées, "
  "achats, planning), Sonia Duval, cheffe d'atelier, cinq fleuristes, Léa Chassagne au service client, deux "
  "livreurs à vélo cargo, un livreur en utilitaire, et moi.")
P("Ce qu'on vend en ligne :")
UL(["le **Bouquet du moment**, composé chaque semaine avec les fleurs de saison de l'arrivage, en trois tailles : "
    "S à 39 €, M à 52 €, L à 69 € ;",
    "la **livraison J0** à Lyon et Villeurbanne pour toute commande passée avant 14 h (8,90 €, en vélo cargo), et la "
    "livraison J+1 dans le Grand Lyon (12,90 €, en utilitaire) ;",
    "l'**abonnement fleurs** : un bouquet chaque semaine (36 € le bouquet) ou toutes les deux semaines (39 €) ;",
    "les **compositions deuil** à partir de 85 €, les **bouquets de mariée** à partir de 190 € (sur rendez-vous) ;",
    "des bouquets de fleurs séchées expédiés partout en France par Chronopost."])
P("Les gros moments de l'année sont la Saint-Valentin, la fête des mères (1 100 commandes en 4 jours l'an dernier), "
  "la Toussaint et Noël. En face, à Lyon, il y a surtout Flora Express Lyon, Bouquet Minute et Les Jardins de "
  "Bellecour.")
P("**Mes missions.** Je suis « assistante e-commerce ». Sur le papier : mettre à jour la boutique Shopify, "
  "améliorer les pages bouquets, aider à préparer les campagnes des fêtes, suivre les chiffres et, dans la "
  "deuxième partie de l'année, préparer le projet de nouvel abonnement. En vrai, les jours de rush, je fais aussi "
  "des cartes messages, de l'emballage et je réponds au téléphone avec Léa. Élodie m'a dit le premier jour : "
  "« Ici, tout le monde met les mains dans l'eau. » Je n'ai pas compris tout de suite à quel point c'était vrai.")
P("Ce rapport reprend mes notes de la semaine, que je tenais dans un Google Doc. Je les ai regroupées par périodes "
  "et je les ai toujours rangées dans les trois mêmes parties : ce que j'ai fait, ce que j'ai appris, et les "
  "difficultés.")

# ---------------------------------------------------------------------------------------------------- S1-4
H1("Semaines 1 à 4 — Découverte (1er–28 septembre)", "s01")
H3(F)
P("La première semaine, j'ai surtout observé : l'arrivage du mardi et du vendredi matin, la mise en eau, la "
  "préparation des commandes, le départ des tournées. J'ai passé deux jours à côté de Léa au service client, et "
  "c'est là que j'ai eu l'idée de mon premier travail : relire les messages des clients pour comprendre pourquoi ils "
  "achètent chez nous, et ce qui les fait hésiter.")
P("J'ai lu **40 e-mails et avis clients** (les avis Google et Shopify des six derniers mois, plus les e-mails "
  "envoyés au service client). Je me suis concentrée sur les offreurs à distance, c'est-à-dire les gens qui "
  "commandent un bouquet pour quelqu'un d'autre, sans venir à la boutique. C'est 80 % de nos commandes en ligne. "
  "Voici leurs élans et leurs réserves, avec le nombre de messages où chaque idée revient :")
UL(["**Élans** — faire plaisir **le jour même** (« j'avais oublié, vous m'avez sauvé », 17 messages) ; la "
    "**surprise** : voir la personne recevoir les fleurs sans s'y attendre, au bureau ou à la maison (11) ; offrir "
    "quelque chose « de Lyon », d'un vrai atelier (6) ;",
    "**Réserves** — le bouquet reçu **ne ressemble pas à la photo** (9) ; la **livraison ratée** ou en retard, "
    "surtout quand le destinataire n'était pas là (8) ; le **prix total** qui grimpe avec la livraison et la "
    "carte (7)."])
P("Ensuite, Élodie m'a demandé un relevé des fleuristes en ligne lyonnais. J'ai commandé ou simulé une commande "
  "chez nos trois concurrents principaux, toujours pour un bouquet de taille moyenne livré à Lyon 3e.")
T([("", "Fleurs de Traboule", "Flora Express Lyon", "Bouquet Minute", "Les Jardins de Bellecour"),
   ("Prix du bouquet moyen", "52 €", "49,90 €", "44 €", "58 €"),
   ("Heure limite pour le jour même", "14 h", "12 h", "16 h (mais 2 h de délai annoncé)", "Pas de jour même"),
   ("Frais de livraison Lyon", "8,90 €", "9,90 €", "11,90 €", "7,50 € (J+1)"),
   ("Abonnement", "Oui, 36 € / 39 €", "Non", "Oui, 42 €", "Non"),
   ("Photo du bouquet avant livraison", "Non (à l'époque)", "Non", "Oui, par e-mail", "Non")],
  [3.2, 2.6, 2.6, 2.8, 2.8], size=9.5, title="Relevé des fleuristes en ligne — septembre 2025")
H3(A)
P("Ce que le relevé m'a appris : nous ne sommes pas les moins chers, mais nous sommes les seuls à combiner une "
  "heure limite tardive (14 h), des frais de livraison raisonnables et un abonnement. Bouquet Minute va plus loin "
  "sur le jour même et envoie une photo du bouquet ; Les Jardins de Bellecour jouent sur le haut de gamme mais ne "
  "livrent pas dans la journée. Ma conclusion pour Élodie : notre place, c'est le fleuriste d'atelier qui livre "
  "vite ; il faut garder nos prix, mettre en avant l'heure limite de 14 h et reprendre l'idée de la photo avant "
  "départ. Elle a dit oui pour la photo, ce qui a été fait à partir de la Toussaint.")
P("J'ai aussi appris le vocabulaire : « arrivage », « mise en eau », « tournée », « composition ». Et que les "
  "fleurs sont un produit vivant : un bouquet du moment n'est jamais deux fois le même.")
H3(D)
P("Je ne connaissais rien aux fleurs. Le premier vendredi, j'ai mis des renoncules dans un seau trop plein et Sonia "
  "m'a gentiment expliqué pourquoi ça n'allait pas. Et lire 40 messages de clients, dont certains très fâchés, ça "
  "m'a un peu secouée : on se rend compte que derrière chaque bouquet raté il y a un anniversaire raté.")

# ---------------------------------------------------------------------------------------------------- S5-7
H1("Semaines 5 à 7 — Les pages bouquets (29 septembre–19 octobre)", "s05")
H3(F)
P("Mission du mois : refaire les pages bouquets du site. Avant de toucher aux pages, j'ai voulu comprendre comment "
  "un client arrive chez nous, de l'idée de cadeau au bouquet livré. J'ai pris le cas le plus fréquent dans les "
  "messages : le cadeau de dernière minute.")
OL(["**Le besoin** : un anniversaire oublié, découvert le matin même (souvent par une notification). Chez nous, "
    "c'est visible dans les chiffres : le pic de commandes J0 est entre 9 h et 11 h 30.",
    "**La recherche** : le client tape « livraison fleurs Lyon aujourd'hui » sur son téléphone. Nous sommes en "
    "troisième position sur cette recherche, derrière Flora Express Lyon et une plateforme nationale.",
    "**La comparaison** : il ouvre deux ou trois sites et compare l'heure limite, le prix total avec la livraison "
    "et les créneaux. C'est là que notre « commandez avant 14 h » joue.",
    "**L'achat** : il commande avant 14 h, écrit la carte message (c'est souvent le moment le plus long) et choisit "
    "la taille M dans la majorité des cas.",
    "**Après l'achat** : il reçoit par SMS la photo du bouquet avant le départ de la tournée, puis la confirmation "
    "de livraison ; quelques jours plus tard, on lui demande un avis. S'il est content, il revient pour la fête "
    "suivante."])
P("**Les photos.** Jusqu'ici, les photos du site venaient d'une photographe professionnelle, deux fois par an. "
  "Élodie a décidé qu'on ferait désormais nous-mêmes les photos, au téléphone, dans l'atelier : c'est moins cher "
  "qu'une photographe. J'ai installé un petit coin photo près de la "
  "fenêtre (fond blanc cassé, un réflecteur en carton) et je photographie le bouquet du moment chaque mardi, après "
  "l'arrivage.")
P("**Ma méthode pour écrire une page.** Je pars toujours d'une recherche des clients (trouvée dans la Search "
  "Console et dans les recherches du site), puis je la place à quatre endroits : dans le titre de la page, dans la "
  "première phrase, dans les noms des fleurs de la composition (« pivoines Sarah Bernhardt », « renoncules », "
  "« eucalyptus ») et dans le texte alternatif de la photo. Ensuite seulement je rédige le reste, comme si je "
  "parlais à quelqu'un au comptoir.")
P("**Le modèle de page bouquet.** Avec Élodie et Sonia, on a fixé un modèle pour toutes les pages :")
UL(["une grande photo du bouquet (plus une photo « à la main » pour donner l'échelle) ;",
    "le choix de la taille **S / M / L**, avec le prix qui change directement ;",
    "les **fleurs de la semaine**, en liste, avec la mention « peut varier selon l'arrivage » ;",
    "l'**heure limite** : « commandé avant 14 h, livré aujourd'hui à Lyon et Villeurbanne » ;",
    "le champ **carte message**, directement sur la page ;",
    "un bandeau « Fraîcheur garantie 7 jours » et la mention « photo de votre bouquet envoyée avant livraison »."])
T([("Emplacement", "Page « Pivoines de saison »", "Page « Abonnement fleurs »"),
   ("Recherche visée", "bouquet pivoines livraison Lyon", "abonnement fleurs Lyon"),
   ("Titre de la page", "Bouquet de pivoines — livraison à Lyon le jour même", "Abonnement fleurs à Lyon — un bouquet "
    "frais chaque semaine"),
   ("H1", "Bouquet de pivoines livré à Lyon", "Votre abonnement fleurs à Lyon"),
   ("URL", "/products/bouquet-pivoines-livraison-lyon", "/pages/abonnement-fleurs-lyon"),
   ("Méta-description", "Bouquet de pivoines de saison composé à Gerland, livré à Lyon et Villeurbanne le jour même "
    "pour toute commande avant 14 h.", "Abonnement fleurs à Lyon : un bouquet de saison livré chaque semaine ou "
    "toutes les deux semaines, sans engagement."),
   ("Texte alternatif de la photo", "bouquet de pivoines roses livraison Lyon", "bouquet de l'abonnement fleurs "
    "Lyon sur une table")],
  [3.2, 5.8, 5.8], size=9.5, title="Où j'ai placé les recherches des clients")
P("**Les visuels.** Je retouche les photos sur Lightroom Mobile : balance des blancs (les photos de l'atelier "
  "sortaient toutes jaunes à cause des néons), exposition, et nettoyage du fond (un seau, des feuilles par terre). "
  "Sur la photo des pivoines, avant : fond jaunâtre, pétales ternes, un bout de poubelle à droite ; après : fond "
  "blanc cassé, roses fidèles à la réalité, cadrage resserré. J'ai aussi monté sur CapCut une **vidéo de "
  "15 secondes** : les mains de Sonia qui nouent un bouquet, en accéléré, avec le bouquet fini à la fin. Avant, on "
  "n'avait aucune vidéo sur les pages.")
SHOT("[photo avant / après — bouquet de pivoines]", h=4.6 * cm)
P("Pour que tout ça charge vite sur un téléphone, j'exporte les photos en **1 200 × 1 500 px**, au format **WebP**, "
  "**moins de 180 Ko** chacune ; la vidéo est **verticale**, sans son, et fait **moins de 5 Mo**.")
H3(A)
P("Ce qui a compté pour les clients, d'après les messages et les questions à Léa, c'est surtout la taille et le "
  "prix. Avant, on affichait seulement « à partir de 39 € » et les gens découvraient le prix réel au panier ; "
  "maintenant la taille et le prix sont visibles ensemble, avec une photo « à la main » qui montre à quoi "
  "ressemble un S et un L. Le M à 52 € reste le plus choisi, mais Léa a eu beaucoup moins de questions du type "
  "« il est grand comment, le bouquet ? ».")
P("J'ai compris que la page d'un produit vivant doit montrer la vérité : si on met une photo trop belle, on "
  "fabrique la réserve n° 1 (« pas comme sur la photo »).")
H3(D)
P("Photographier des fleurs blanches, c'est très difficile : elles brûlent tout de suite. Et j'ai perdu une "
  "demi-journée parce que Shopify renommait mes fichiers WebP. Enfin, je n'ai pas réussi à mettre la vidéo sur "
  "toutes les pages : le thème ne l'accepte que dans la galerie.")

# ---------------------------------------------------------------------------------------------------- S8-10
H1("Semaines 8 à 10 — Toussaint à l'atelier (20 octobre–9 novembre)", "s08")
H3(F)
P("La Toussaint est la première fête que j'ai vécue de l'intérieur. Pendant dix jours, les compositions deuil, "
  "les chrysanthèmes en pot et les coussins de fleurs remplacent les bouquets colorés. Marc m'a mise à l'atelier "
  "pour que je comprenne comment une commande en ligne devient un objet livré. J'ai noté toute l'organisation, "
  "parce qu'elle n'était écrite nulle part.")
UL(["**L'heure limite de 14 h.** Toutes les commandes J0 arrivées avant 14 h partent dans les tournées de 15 h et de "
    "17 h. Marc a fixé ce seuil parce qu'il faut environ 45 minutes pour composer un bouquet M et préparer la "
    "tournée, et qu'un vélo cargo fait au plus 12 livraisons par tournée dans Lyon. Après 14 h, la commande passe "
    "automatiquement en J+1.",
    "**La fiche de fabrication.** Chaque commande Shopify imprime une fiche : produit, taille, fleurs prévues, "
    "adresse, créneau, texte de la carte. La fleuriste y note ses initiales et les fleurs réellement utilisées. "
    "Si un client se plaint, on sait qui a fait le bouquet et avec quoi.",
    "**La photo avant départ.** Depuis la Toussaint, chaque bouquet est photographié sur le plan de travail avant "
    "de partir, et la photo est envoyée au client par SMS. Elle sert de preuve en cas de réclamation : on a déjà "
    "pu montrer qu'un bouquet était parti conforme et qu'il avait été abîmé dans un hall d'immeuble.",
    "**Les contrôles selon le type de commande.** Pour un **bouquet** : fraîcheur des tiges (pas de pétales "
    "marqués), tube d'eau bien fermé au pied du bouquet. Pour une **plante** : pot propre, terre humide mais pas "
    "détrempée, cache-pot calé dans le carton. Pour une **composition deuil** : le texte du ruban est relu **deux "
    "fois**, par la fleuriste et par une deuxième personne, parce qu'une faute sur un ruban de deuil est "
    "impardonnable et qu'on ne peut pas la corriger après livraison."])
P("Pendant ces semaines, j'ai aussi regardé l'effet de la nouvelle page du Bouquet du moment (photos refaites, "
  "vidéo, texte réécrit) : dans les statistiques de Shopify, le temps passé sur la page est passé de **0:35 à "
  "0:58**.")
SHOT("[capture Shopify — temps passé sur la page Bouquet du moment]", h=4.2 * cm)
H3(A)
P("J'ai compris que, dans un atelier de fleurs, l'organisation ne se voit pas mais qu'elle protège tout le "
  "monde : l'heure limite protège les fleuristes, la fiche protège la qualité, la photo protège l'entreprise, et "
  "la double relecture protège les familles. Avant, je pensais que le e-commerce s'arrêtait au bouton « Payer ».")
H3(D)
P("J'ai voulu comprendre aussi comment on range les fleurs et les plantes en réserve, mais on m'a répondu : « la "
  "chambre froide, c'est Sonia qui gère ». Je n'ai pas insisté, c'était la semaine la plus chargée.")
P("Difficile aussi émotionnellement : écrire des cartes de condoléances toute la journée, ça pèse. Léa m'a dit "
  "qu'on s'y habitue ; je ne suis pas sûre.")

# ---------------------------------------------------------------------------------------------------- S11
H1("Semaine 11 — semaine école (10–16 novembre)", "s11", newpage="cond")
H3(F)
P("Semaine de cours à l'école. Notes du module « Contenus web » (mardi et mercredi) :")
P("**Créer un blog professionnel : hébergement, WordPress, thème, extensions SEO**")
UL(["Hébergement : mutualisé pour débuter (prévoir HTTPS, sauvegardes, PHP à jour) ; nom de domaine au nom de "
    "l'entreprise ou sous-domaine blog.",
    "WordPress : installation en un clic chez la plupart des hébergeurs ; créer un compte administrateur avec un "
    "identifiant qui n'est pas « admin » ; supprimer les articles et extensions d'exemple.",
    "Thème : choisir un thème léger et responsive, mis à jour récemment ; passer par un thème enfant pour les "
    "modifications.",
    "Extensions SEO : une extension pour les balises titre et méta-description, le plan de site XML et le fil "
    "d'Ariane ; une extension de cache ; une extension de sauvegarde.",
    "Réglages : permaliens en « nom de l'article », catégories plutôt que trop d'étiquettes, page « À propos » "
    "et page contact.",
    "Ligne éditoriale : fréquence réaliste (2 articles par mois), calendrier, un mot-clé principal par article."])
H3(A)
P("La prof a insisté sur le fait qu'un blog abandonné fait plus de mal que pas de blog du tout.")
H3(D)
P("Partiel de droit du numérique le vendredi : difficile, beaucoup de par cœur.")

# ---------------------------------------------------------------------------------------------------- S12-16
H1("Semaines 12 à 16 — Le passage en caisse (17 novembre–21 décembre)", "s12")
H3(F)
P("Avant Noël, Élodie voulait être sûre que le passage en caisse ne faisait pas perdre de commandes. On s'est fixé "
  "un objectif simple : **viser 3 % de transformation** sur le site.")
P("J'ai ensuite vérifié le passage en caisse étape par étape, sur ordinateur, sur Android et sur iPhone, en "
  "m'appuyant sur le rapport de conversion de Shopify pour voir à quelles étapes les visiteurs s'arrêtent :")
OL(["**Page bouquet → panier** : choix de la taille, carte message, bouton « Ajouter au panier ». Fonctionne partout.",
    "**Panier** : récapitulatif, ajout possible des chocolats (à partir de février, voir plus loin), bouton "
    "« Passer la commande ».",
    "**Date et créneau de livraison** : c'est l'application de date de livraison installée sur Shopify qui gère le "
    "calendrier, les jours fermés et l'heure limite de 14 h.",
    "**Adresse du destinataire et carte message** : la carte message est reprise dans la caisse, avec un champ "
    "« signature ».",
    "**Livraison et paiement** : choix J0 ou J+1, puis paiement (carte, Apple Pay, PayPal).",
    "**Confirmation** : e-mail de confirmation, puis SMS avec la photo le jour J."])
SHOT("[capture Shopify — rapport de conversion]", h=5.0 * cm)
H3(A)
P("Le rapport de conversion de Shopify est très pratique pour voir où ça coince, mais il ne dit pas pourquoi. "
  "Pour le pourquoi, il faut tester soi-même, sur plusieurs téléphones, comme un vrai client pressé.")
P("J'ai aussi appris que la caisse de Shopify ne se modifie pas comme on veut : on passe par des applications, et "
  "chaque application ajoute ses propres bugs.")
H3(D)
P("**Les bugs de commande.** En testant, j'en ai trouvé trois :")
UL(["**le calendrier de livraison se bloquait sur iPhone** : impossible de choisir une date sur Safari, l'écran "
    "restait figé. Léa avait eu deux appels de clients à ce sujet sans savoir d'où ça venait. J'ai écrit au support "
    "de l'application avec des captures ; ils ont publié une mise à jour le 4 décembre et j'ai vérifié sur trois "
    "iPhone : **corrigé** ;",
    "**la carte message est coupée à 150 caractères** dans la caisse, alors que la page bouquet en accepte plus : "
    "certains messages arrivent tronqués à l'atelier ;",
    "**les frais de livraison n'apparaissent qu'à la dernière étape**, juste avant le paiement."])
P("Pour les deux derniers, je n'ai pas encore trouvé de solution. Et Noël est arrivé très vite : la semaine 16, "
  "j'ai surtout fait des emballages et des étiquettes.")
P("__Semaines 17 et 18 : vacances de Noël, l'atelier tournait sans moi.__")

# ---------------------------------------------------------------------------------------------------- S19
H1("Semaine 19 — Rentrée de janvier (5–11 janvier)", "s19", newpage="cond")
H3(F)
P("Semaine calme après les fêtes. Sonia m'a fait faire un test de tenue en vase sur les variétés qu'on utilise le "
  "plus dans le Bouquet du moment, parce que les clients demandent souvent « combien de temps il va tenir ? ». On a "
  "gardé un vase de chaque variété dans l'atelier, eau changée tous les deux jours.")
T([("Variété", "Tenue en vase (jours)", "Remarque de Sonia"),
   ("Rose", "7", "Recouper les tiges en biais tous les 2 jours"),
   ("Pivoine", "4", "Ouvre très vite au chaud"),
   ("Renoncule", "6", "Tiges fragiles, peu d'eau"),
   ("Tulipe", "5", "Continue de pousser dans le vase"),
   ("Eucalyptus", "12", "Sèche joliment"),
   ("Anémone", "5", "Se ferme la nuit")],
  [4.0, 3.6, 7.2], size=10, title="Les indicateurs de chacun")
P("Élodie m'a ensuite demandé de faire le point sur Fleurs de Traboule avant de préparer la Saint-Valentin.")
T([("Points forts", "Points à travailler"),
   ("Livraison J0 jusqu'à 14 h, en vélo cargo", "Prix au-dessus de Bouquet Minute et Flora Express"),
   ("Vrai atelier de fleuristes, bouquets de saison", "Photos longtemps trop « belles » par rapport au bouquet réel"),
   ("Abonnement déjà existant", "Abonnement géré à la main (rappels par e-mail, paiements un par un)"),
   ("4,7 / 5 de note moyenne sur les avis Google", "Très forte dépendance à quelques fêtes dans l'année"),
   ("Clientèle fidèle : 6 200 clients dans la base e-mail", "Pas de vidéo, peu de présence sur Instagram")],
  [7.4, 7.4], size=10, title="Fleurs de Traboule — points forts / points à travailler")
P("Opportunités et menaces : à faire avec Marc.")
H3(A)
P("Faire le point en deux colonnes oblige à être honnête : la moitié des points à travailler, c'est moi qui les "
  "avais remarqués en septembre sans les écrire nulle part.")
H3(D)
P("Marc était en congé cette semaine-là, on n'a pas pu finir le tableau ensemble.")

# ---------------------------------------------------------------------------------------------------- S20-23
H1("Semaines 20 à 23 — Préparer la Saint-Valentin (12 janvier–8 février)", "s20")
H3(F)
P("Élodie m'a confié la préparation web de la Saint-Valentin, « avec Marc pour tout ce qui touche aux fleurs et "
  "aux tournées ». Première réunion le lundi 12 janvier. Les objectifs qu'elle a fixés : **+15 % de commandes et "
  "+10 % de panier moyen**.")
P("**Pourquoi la Saint-Valentin compte autant.** Avant de foncer, j'ai repris les commandes de l'an dernier et les "
  "prix d'achat des fleurs avec Marc, pour comprendre les fêtes à fleurs de l'année :")
T([("Fête", "Date", "Commandes (dernière édition)", "Prix des fleurs", "Ce que ça veut dire pour nous"),
   ("Saint-Valentin", "14 février", "351 en 3 jours", "Roses ×3 en février (1,10 € la tige en janvier, 3,30 € la "
    "semaine du 14)", "Deuxième fête de l'année en volume, mais marge écrasée sur la rose : pousser des bouquets "
    "de saison à côté des roses"),
   ("Fête des grands-mères", "1er dimanche de mars", "96", "Normaux", "Petite fête, surtout des plantes"),
   ("Fête des mères", "Dernier dimanche de mai", "1 100 en 4 jours", "Pivoines et renoncules en pleine saison, "
    "prix corrects", "La plus grosse fête : tout l'atelier, renforts, tournées supplémentaires"),
   ("Toussaint", "1er novembre", "420 en 10 jours", "Chrysanthèmes stables", "Compositions deuil, panier élevé "
    "(85 € et plus)"),
   ("Noël", "Décembre", "640 sur le mois", "Hausse sur le rouge (amaryllis, roses)", "Beaucoup de cadeaux "
    "d'entreprise et de compositions de table")],
  [2.6, 2.4, 2.6, 3.6, 4.4], size=9, title="Les fêtes à fleurs de l'année")
P("**Qui viser.** En relisant les commandes de la Saint-Valentin 2025, deux groupes ressortent. D'abord les "
  "**couples lyonnais de 25 à 45 ans** : la majorité des commandes, passées depuis un téléphone, souvent le 13 ou "
  "le 14 au matin, livrées au domicile ou au travail de la personne. Ensuite les **bureaux** : des collègues qui se "
  "cotisent, des entreprises qui livrent un bouquet à l'accueil ; moins nombreux, mais avec des paniers plus gros. "
  "On a décidé de parler d'abord aux couples, puis aux bureaux.")
P("**Les actions, dans l'ordre.**")
OL(["**Google Ads à partir du 1er février** : recherches « livraison fleurs Lyon », « bouquet Saint-Valentin "
    "Lyon », « roses livraison Lyon aujourd'hui ». C'est le premier levier parce que les clients de dernière minute "
    "cherchent sur Google le jour même ;",
    "**Référencement local** : fiche Google Business Profile mise à jour (horaires du 14, photos des bouquets "
    "Saint-Valentin), page « Saint-Valentin » du site réécrite avec les recherches des clients ;",
    "**E-mail à nos 6 200 clients** : un premier e-mail le 2 février (annonce des bouquets et de la livraison J0), "
    "une relance le 11 février pour les retardataires ;",
    "**Reels Instagram** : trois vidéos courtes (préparation des roses, un bouquet noué, une livraison en vélo "
    "cargo), un petit budget pour les pousser à Lyon.",
    "**Influenceurs : reportés.** Une créatrice lyonnaise nous a demandé 600 € pour une story ; c'est le tiers de "
    "notre budget, le résultat est difficile à mesurer, et surtout l'atelier est déjà plein le 14 : on ne pourrait "
    "pas absorber un afflux de dernière minute. On en reparlera pour une période plus calme."])
P("**Les partenaires possibles.** Élodie voulait aussi une idée de « cadeau en plus ». J'ai listé les secteurs qui "
  "ont intérêt à travailler avec un fleuriste : les **chocolatiers**, les **wedding planners**, les **lieux de "
  "réception**, les **hôtels** (bouquets des chambres et du hall) et les **cadeaux d'entreprise**. Pour la "
  "Saint-Valentin, le plus évident était le chocolat : on a proposé à **Maison Cacao Guillotière** un duo cadeau. "
  "Nos clients et les leurs sont les mêmes (quelqu'un qui veut faire plaisir à quelqu'un, souvent à la dernière "
  "minute), et les chocolats voyagent dans la même livraison que le bouquet : une boîte de 12 chocolats à 14 € "
  "ajoutée au panier, que Maison Cacao nous dépose le matin et qui part dans le vélo cargo avec les fleurs.")
T([("Tâche", "Durée", "Quand"),
   ("Shooting photo des bouquets Saint-Valentin", "2 jours", "19 et 20 janvier"),
   ("Retouche des photos (Lightroom Mobile)", "3 jours", "21 au 23 janvier"),
   ("Rédaction et test de l'e-mail n° 1", "1 jour", "prêt le 28 janvier, envoi le 2 février"),
   ("Rédaction de l'e-mail de relance", "½ journée", "envoi le 11 février"),
   ("Mise en place des campagnes Google Ads", "", ""),
   ("Commande du stock de roses", "", "")],
  [7.0, 2.6, 5.2], size=10, title="Rétro-planning Saint-Valentin")
T([("Levier", "Dépense prévue", "Détail"),
   ("Google Ads", "1 800 €", "Du 1er au 14 février, campagnes sur les recherches Saint-Valentin à Lyon"),
   ("Reels Instagram", "300 €", "Mise en avant des 3 vidéos auprès des 25-45 ans à Lyon"),
   ("E-mail aux clients", "0 €", "Compris dans l'abonnement Shopify Email"),
   ("Total", "2 100 €", "")],
  [4.0, 3.0, 7.8], size=10, title="Budget Saint-Valentin")
H3(A)
P("J'ai compris que les dates ne se choisissent pas au hasard : il faut regarder à la fois les commandes et le "
  "prix des fleurs. La Saint-Valentin rapporte du volume mais la rose coûte trois fois plus cher : c'est pour ça "
  "qu'Élodie pousse aussi le bouquet du moment ce jour-là.")
H3(D)
P("Le shooting a été compliqué : les roses de test n'étaient pas celles qu'on aurait le 14, il a fallu refaire deux "
  "photos. Et je n'avais jamais créé de campagne Google Ads « pour de vrai » : Marc m'a aidée à paramétrer le "
  "ciblage sur Lyon.")

# ---------------------------------------------------------------------------------------------------- S24
H1("Semaine 24 — Saint-Valentin (9–15 février)", "s24")
H3(F)
P("Je crois que je me souviendrai toute ma vie de cette semaine. Lundi, l'atelier était encore presque normal : "
  "les roses sont arrivées mardi matin, des centaines de bottes, et Sonia a organisé la mise en eau comme une "
  "cheffe d'orchestre. Mercredi, les commandes ont commencé à tomber plus vite que ce qu'on arrivait à imprimer. "
  "J'ai passé la journée entre l'écran Shopify et l'imprimante à fiches, à vérifier les créneaux et les adresses.")
P("Jeudi soir, on est restés jusqu'à 22 h. J'ai écrit des cartes messages à la main pour les clients qui l'avaient "
  "demandé : des « je t'aime » en quatre langues, une demande en mariage (!), et un « pardon pour hier » qui m'a "
  "fait rire toute seule. Vendredi 13, à 14 h pile, Marc a coupé le J0 pour le lendemain et on a tous applaudi, un "
  "peu nerveusement. Samedi 14, j'étais là à 6 h 30. Il faisait encore nuit, les vélos cargo étaient alignés devant "
  "l'atelier, et Élodie distribuait les tournées avec un thermos de café.")
P("À 11 h, une cliente a appelé en pleurs : son bouquet était parti à l'ancienne adresse de sa copine. Léa a "
  "retrouvé le livreur, il a fait demi-tour, le bouquet est arrivé à 12 h 40. Je n'ai jamais été aussi soulagée "
  "pour quelqu'un que je ne connais pas. À 19 h, la dernière tournée est rentrée. On s'est assis par terre dans "
  "l'atelier, au milieu des feuilles et des rubans, et Élodie a ouvert une bouteille.")
H3(A)
P("Que le e-commerce, un jour comme celui-là, c'est 13 personnes qui courent. Et que tout ce qu'on avait préparé "
  "en janvier (les fiches, les créneaux, les e-mails) a tenu, parce que personne n'avait à réfléchir : il suffisait "
  "de suivre.")
H3(D)
P("La fatigue. Et la peur de mal faire : j'ai vérifié chaque adresse deux fois, ce qui m'a ralentie. Sonia m'a dit "
  "que c'était justement ce qu'il fallait faire.")

# ---------------------------------------------------------------------------------------------------- S25
H1("Semaine 25 — Le bilan (16–22 février)", "s25", newpage="cond")
H3(F)
P("Lundi, Élodie m'a demandé un bilan « que je puisse lire en cinq minutes ». Je l'ai écrit comme un e-mail et je "
  "le recopie ici.")
T([("", "Saint-Valentin 2025", "Saint-Valentin 2026", "Évolution"),
   ("Commandes (12 au 14 février)", "351", "412", "+17 %"),
   ("Panier moyen", "57 €", "61 €", "+7 %"),
   ("Part des commandes livrées en J0", "39 %", "48 %", "+9 points"),
   ("Chiffre d'affaires des 3 jours", "20 007 €", "25 132 €", "+26 %")],
  [5.6, 3.0, 3.0, 3.2], size=10, title="Saint-Valentin : 2026 comparée à 2025")
BOX(["**Pour Élodie — bilan Saint-Valentin 2026**",
     "On a fait 412 commandes contre 351 l'an dernier (+17 %), avec un panier moyen de 61 € au lieu de 57 €. Le "
     "point le plus net, c'est le jour même : presque une commande sur deux est partie en J0 (48 % contre 39 %).",
     "**Ce qui a marché :** l'e-mail aux 6 200 clients (41 % d'ouverture, 118 commandes venues directement des deux "
     "envois, dont beaucoup le 13) et la livraison J0, que les clients ont choisie même à 8,90 €. Le duo avec "
     "Maison Cacao a été pris dans 64 commandes.",
     "**Ce qui n'a pas marché :** les reels. Environ 18 000 vues, mais seulement 6 commandes qu'on peut relier à "
     "Instagram. Je proposerais de garder les vidéos pour le site et de ne plus payer pour les pousser.",
     "**À refaire pour la fête des mères :** l'e-mail en deux temps, le J0 mis en avant partout, et une fiche "
     "« adresse vérifiée » pour éviter les erreurs comme celle de samedi."])
P("Ce que ça a rapporté, pour Google Ads : les campagnes ont coûté 1 800 € et ont amené des commandes pour "
  "**9 400 €** de chiffre d'affaires. **9 400 € pour 1 800 € = 5,2** : chaque euro mis dans Google Ads a rapporté "
  "5,20 € de ventes.")
H3(A)
P("Un bilan pour une dirigeante, ça doit tenir en un écran : les chiffres d'abord, puis ce qui a marché, ce qui "
  "n'a pas marché, et ce qu'on refait. Élodie m'a répondu en une ligne : « Top, on garde l'e-mail, on lâche les "
  "reels payants. »")
H3(D)
P("Relier les commandes à chaque action n'a pas été simple : certains clients ont reçu l'e-mail, puis sont passés "
  "par Google. J'ai compté chaque commande une seule fois, dans la source indiquée par Shopify.")

# ---------------------------------------------------------------------------------------------------- S26-29
H1("Semaines 26 à 29 — Le dossier de besoins abonnement (23 février–22 mars)", "s26")
H3(F)
P("Gros projet de la fin d'année : l'abonnement fleurs. Aujourd'hui, nos 84 abonnés sont gérés à la main par Léa : "
  "un tableau, des rappels par e-mail, un paiement à relancer à chaque bouquet. Élodie veut un vrai abonnement en "
  "ligne, avec paiement automatique. J'ai écrit le dossier de besoins abonnement, en huit parties :")
OL(["**Contexte et existant** : 84 abonnés, 36 € ou 39 € le bouquet, livraison le mercredi, gestion dans un tableur ;",
    "**Objectifs** du projet (voir ci-dessous) ;",
    "**Les abonnés** : qui ils sont (surtout des particuliers de Lyon 6e, 7e et Villeurbanne, et 9 entreprises pour "
    "leur accueil), ce qu'ils demandent le plus souvent à Léa (décaler une livraison pendant les vacances) ;",
    "**Les fonctions attendues** : choix de la fréquence (chaque semaine ou tous les quinze jours), paiement "
    "automatique, mise en pause, saut d'une livraison, changement d'adresse, carte message, e-mail de rappel la "
    "veille ;",
    "**Les conditions d'Élodie** (encadré ci-dessous) ;",
    "**L'organisation à l'atelier et en livraison** : un jour fixe de fabrication (mardi après-midi), les bouquets "
    "d'abonnement ajoutés aux tournées du mercredi ;",
    "**Le choix de l'application** Shopify ;",
    "**Le planning et le budget** : mise en ligne prévue le 4 mai."])
P("**Les objectifs.** Objectif général : faire de l'abonnement une source de revenus régulière entre les fêtes, "
  "pour lisser l'activité de l'atelier. Objectifs spécifiques : passer de 84 à **150 abonnés actifs au 31 août "
  "2026** et à **200 au 31 décembre 2026** ; **ne plus relancer aucun paiement à la main** à partir de juin ; "
  "garder moins de **8 % de résiliations par mois**.")
BOX(["**Les conditions d'Élodie (réunion du 2 mars)**",
     "1. On reste sur Shopify, pas de deuxième site.",
     "2. Budget maximum : 4 000 € pour la mise en place.",
     "3. L'abonné doit pouvoir mettre en pause ou sauter une livraison tout seul.",
     "4. En ligne avant la fête des mères."])
P("Pour le choix de l'application, j'ai comparé les deux applications d'abonnement les plus utilisées sur Shopify.")
T([("", "Recharge", "Seal Subscriptions"),
   ("Prix (relevé le 10 mars 2026)", "À partir de 99 $ par mois, plus des frais sur chaque transaction",
    "À partir de 9,99 $ par mois sur le plan qui nous suffit"),
   ("Note sur l'App Store Shopify", "4,7 / 5", "4,9 / 5")],
  [4.2, 5.3, 5.3], size=10, title="Recharge ou Seal Subscriptions ?")
P("On a choisi **Seal Subscriptions** : beaucoup moins cher pour 84 à 200 abonnés, et mieux noté.")
P("Les conditions d'Élodie sont respectées : l'application s'installe sur notre boutique Shopify ; la mise en place "
  "a coûté **2 460 €** (intégration au thème par un freelance 1 980 €, photos et textes faits en interne, "
  "application et tests 480 € sur l'année) ; la pause et le saut de livraison sont accessibles dans l'espace "
  "abonné ; et l'abonnement est **en ligne depuis le 4 mai**, trois semaines avant la fête des mères.")
H3(A)
P("Un dossier de besoins, c'est d'abord un outil pour se mettre d'accord : le fait d'écrire « pause ou saut d'une "
  "livraison » noir sur blanc a évité une longue discussion avec le freelance.")
H3(D)
P("J'ai sous-estimé la reprise des 84 abonnés existants : il a fallu appeler une vingtaine d'entre eux pour qu'ils "
  "enregistrent leur carte.")

# ---------------------------------------------------------------------------------------------------- S30-33
H1("Semaines 30 à 33 — Données, CGV et réunions (23 mars–19 avril)", "s30", newpage="cond")
H3(F)
P("**Les CGV.** Avec l'abonnement, Élodie voulait relire les conditions générales de vente. Je me suis concentrée "
  "sur la clause qui pose le plus de questions au service client : le **droit de rétractation**. Nos CGV disent que "
  "les fleurs fraîches ne peuvent pas être retournées. J'ai vérifié : le Code de la consommation prévoit bien une "
  "exception pour les biens « susceptibles de se détériorer ou de se périmer rapidement » (article L221-28). La "
  "clause est donc valable pour les bouquets, mais elle doit être écrite clairement avant la commande, et pas "
  "seulement dans les CGV : j'ai ajouté une phrase sous le bouton de paiement.")
P("**Les données des destinataires.** Chez un fleuriste en ligne, on manipule surtout les données de gens qui ne "
  "nous ont rien demandé : le destinataire du bouquet. Son nom, son adresse, parfois son téléphone et le texte très "
  "personnel de la carte. Avec Élodie, on a décidé :")
UL(["de ne demander le téléphone du destinataire que s'il est utile à la livraison (digicode, bureau) ;",
    "de **masquer le texte de la carte message** sur la feuille de route des livreurs : ils ne voient que le nom, "
    "l'adresse, le téléphone et le créneau ;",
    "de **supprimer les données des destinataires au bout de 12 mois** (Shopify garde tout par défaut ; Léa fera "
    "un export-suppression chaque trimestre) ;",
    "de séparer le **consentement à la newsletter** : une case non cochée par défaut, distincte de la commande, "
    "et jamais pour le destinataire."])
P("Je me suis appuyée sur les fiches de la CNIL sur la prospection commerciale. Elles rappellent qu'un particulier "
  "doit avoir **donné son accord au moment de la collecte** pour recevoir des e-mails commerciaux, et que les "
  "données d'un prospect ne doivent pas être gardées plus de **3 ans après le dernier contact** venant de lui.")
P("**La réunion du lundi.** Chaque lundi à 9 h, Élodie, Marc, Sonia, Léa et moi faisons le point debout dans "
  "l'atelier, pendant vingt minutes : commandes de la semaine, arrivage du mardi, tournées, absences, et ce qui "
  "a coincé la semaine précédente. Chacun parle à son tour, Marc note au tableau blanc.")
P("Le lundi 13 avril, c'était différent : c'était le lancement de la fête des mères. L'objectif de cette réunion, "
  "annoncé par Élodie en ouvrant : **sortir avec le planning de l'atelier des 28 au 31 mai, le nombre de renforts, "
  "la date de commande des pivoines et la répartition des tournées**. On a tenu en une heure et chacun est reparti "
  "avec sa liste.")
H3(A)
P("J'ai appris que le RGPD, ce n'est pas seulement la case à cocher : c'est aussi qui voit quoi dans l'entreprise. "
  "Le livreur n'a pas besoin de lire « je t'aime » pour livrer.")
H3(D)
P("Je n'ai pas encore regardé les mentions légales, Élodie pense que le comptable l'a fait.")

# ---------------------------------------------------------------------------------------------------- S34-39
H1("Semaines 34 à 39 — Fête des mères (20 avril–31 mai)", "s34")
H3(F)
P("Six semaines tournées vers le 31 mai. Pour la fête des mères, on refait ce qui a marché à la Saint-Valentin "
  "(e-mail en deux temps, J0 partout sur le site) et on lance l'abonnement (en ligne depuis le 4 mai). Résultat : "
  "**1 160 commandes** du 28 au 31 mai.")
P("**Les modes de livraison.** Avec l'abonnement et les pics, Marc voulait savoir quel mode de livraison utiliser "
  "pour quoi. On a classé nos quatre modes du moins émetteur au plus émetteur de CO2, avec le coût d'une livraison "
  "quand on l'avait :")
T([("Rang CO2", "Mode de livraison", "Utilisé pour", "CO2 estimé par livraison", "Coût par livraison"),
   ("1", "Vélo cargo (nos livreurs)", "J0 Lyon et Villeurbanne", "≈ 0 g (assistance électrique)", "6,40 €"),
   ("2", "Coursier Vélo'Course", "Renfort les jours de fête, Lyon intra-muros", "≈ 0 g", "—"),
   ("3", "Utilitaire (notre livreur)", "J+1 Grand Lyon, compositions volumineuses", "≈ 850 g", "9,80 €"),
   ("4", "Chronopost", "Bouquets de fleurs séchées, toute la France", "≈ 1 200 g", "—")],
  [1.8, 3.4, 3.8, 3.0, 2.8], size=9.5, title="Nos modes de livraison classés par CO2")
P("**Les retours des destinataires.** Depuis avril, chaque destinataire reçoit un SMS le lendemain de la livraison : "
  "« Comment s'est passée la livraison de vos fleurs ? Répondez de 1 à 5 ». Sur la période, **318 réponses**, "
  "**4,6 / 5** de moyenne. Les notes basses (1 ou 2) concernent presque toutes les **tournées de fin de journée** : "
  "des bouquets livrés après 19 h, quand la personne pensait ne plus rien recevoir, ou des destinataires partis "
  "entre-temps. Marc a donc **ajouté un créneau de départ de 30 minutes** à 16 h 30 pour vider la tournée de 17 h, "
  "et le SMS de départ annonce maintenant l'heure prévue.")
H3(A)
P("J'ai compris qu'on ne peut pas parler de livraison sans parler des destinataires : ce sont eux qui reçoivent le "
  "service, pas nos clients. Leur note est la vraie note de Fleurs de Traboule.")
H3(D)
P("Je n'ai pas réussi à obtenir le coût exact d'une course Vélo'Course (facturée au mois, avec des forfaits) ni le "
  "coût moyen Chronopost (il dépend du poids et de la zone). Et la semaine du 25 mai, j'étais tellement fatiguée "
  "que j'ai oublié de programmer le deuxième e-mail : Léa l'a envoyé à ma place, avec deux heures de retard.")

# ---------------------------------------------------------------------------------------------------- S40-43 / bilan
H1("Semaines 40 à 43 (1er–28 juin)", "s40")
H1("Bilan de l'année", "bilan", newpage=False)
P("Dix mois chez Fleurs de Traboule. Je suis arrivée sans savoir ce qu'était une mise en eau ; je repars en ayant "
  "préparé deux fêtes, refait les pages du site et lancé l'abonnement. Voici ce que je retiens, compétence par "
  "compétence.")
T([("Compétence", "Où", "Ce qu'il me reste"),
   ("Comprendre les clients et la concurrence", "Semaines 1 à 7", "Interroger des clients directement, pas seulement "
    "lire leurs messages"),
   ("Construire une campagne pour une fête", "Semaines 20 à 25", "Mieux estimer les temps de préparation"),
   ("Travailler avec des partenaires", "Semaines 20 à 23", "Formaliser l'accord avec Maison Cacao"),
   ("Écrire une page produit qui se trouve sur Google", "Semaines 5 à 7", "Suivre les positions dans la durée"),
   ("Produire photos et vidéos", "Semaines 5 à 7", "Apprendre la lumière pour les fleurs blanches"),
   ("Vérifier le passage en caisse", "Semaines 12 à 16", "Corriger les deux bugs restants"),
   ("Écrire un dossier de besoins et choisir un outil", "Semaines 26 à 29", "Comparer sur plus de critères"),
   ("Protéger les données des clients et des destinataires", "Semaines 30 à 33", "Faire le point sur toutes les "
    "obligations du site"),
   ("Organiser les commandes et les livraisons", "Semaines 8 à 10 et 34 à 39", "Connaître tous les coûts de "
    "livraison")],
  [5.6, 3.6, 5.6], size=10)
P("Ce qui m'a le plus surprise cette année, c'est à quel point le site et l'atelier sont liés : une erreur sur une "
  "page, c'est une fleuriste qui refait un bouquet ; un bug dans la caisse, c'est Léa au téléphone. L'an prochain, "
  "je continue chez Fleurs de Traboule en CDD pour la saison des mariages. Merci à Élodie pour sa confiance, à "
  "Sonia pour sa patience, à Marc pour ses tableaux blancs et à Léa pour tout le reste.")


# =====================================================================================================================
#                                                  TABLE DES MATIÈRES ET PDF
# =====================================================================================================================
toc = [PageBreak(), Paragraph(fr("Table des matières"), h1s), Spacer(1, 6)]
for t, key in HEADS:
    toc.append(Paragraph('<a href="#%s" color="%s"><u>%s</u></a>' % (key, LINK, fr(t)), toc_s))
S[TOC_AT:TOC_AT] = toc


def deco(c, d):
    if c.getPageNumber() == 1:
        return
    c.saveState()
    c.setFont("Arial", 9)
    c.setFillColor(colors.HexColor("#666666"))
    c.drawString(LM, 1.27 * cm, "Anaïs Portal — Rapport d'activité")
    c.drawRightString(PW - RM, 1.27 * cm, str(c.getPageNumber()))
    c.restoreState()


def main():
    os.makedirs(OUT, exist_ok=True)
    doc = BaseDocTemplate(PDF, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                          title="Rapport_activite_alternance_PORTAL_Anais", author="", creator="",
                          producer="Skia/PDF m125 Google Docs Renderer", subject="", invariant=1)
    doc.addPageTemplates([PageTemplate(id="main", frames=[Frame(LM, BM, UW, PH - TM - BM, id="f", leftPadding=0,
                                                                  rightPadding=0, topPadding=0, bottomPadding=0)],
                                       onPage=deco)])
    doc.build(S)
    print("ok", PDF, "pages:", doc.page, "tableaux:", NT[0])


if __name__ == "__main__":
    main()
