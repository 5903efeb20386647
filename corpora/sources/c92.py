# Générateur du livre blanc de la candidate c92 (Museau SAS, SaaS de prise de rendez-vous pour cliniques
# vétérinaires, Île de Nantes) : un seul PDF A4 « Growth Playbook 2026 » (blocs 2 et 3), franglais start-up.
# Couverture en une colonne avec encadré TL;DR, corps en deux colonnes justifiées (deux Frames par page, le texte
# s'extrait colonne par colonne), pages pleine largeur pour les grands tableaux (matrice de mots-clés sur deux pages,
# ligne d'en-tête répétée). reportlab, invariant=1 : sortie déterministe.
import os
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c92-saas-veterinaires-nantes")
FILE = os.path.join(OUT, "museau-growth-playbook-2026.pdf")
AUTHOR = "Jade Morvan"

FD = "/usr/share/fonts/truetype/dejavu/"
for name, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
                ("DV-BI", "DejaVuSans-BoldOblique.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                ("DVC-B", "DejaVuSansCondensed-Bold.ttf"), ("DVC-I", "DejaVuSansCondensed-Oblique.ttf"),
                ("DVC-BI", "DejaVuSansCondensed-BoldOblique.ttf")):
    pdfmetrics.registerFont(TTFont(name, FD + f))
registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")
registerFontFamily("DVC", normal="DVC", bold="DVC-B", italic="DVC-I", boldItalic="DVC-BI")

TEAL = colors.HexColor("#0E7C7B")
TEAL_L = colors.HexColor("#DDF0EF")
GREY = colors.HexColor("#EEEEEE")
INK = colors.HexColor("#222222")

PW, PH = A4
LM = RM = 1.9 * cm
TM, BM = 2.2 * cm, 1.9 * cm
GAP = 0.7 * cm
UW = PW - LM - RM
CW = (UW - GAP) / 2

S_BODY = ParagraphStyle("body", fontName="DV", fontSize=9.9, leading=14.0, alignment=TA_JUSTIFY, spaceAfter=5.5, textColor=INK)
S_BUL = ParagraphStyle("bul", parent=S_BODY, leftIndent=9, bulletIndent=1, spaceAfter=2.2)
S_H1 = ParagraphStyle("h1", fontName="DV-B", fontSize=16, leading=19.5, textColor=TEAL, spaceBefore=10, spaceAfter=7)
S_H2 = ParagraphStyle("h2", fontName="DV-B", fontSize=8.8, leading=11.5, textColor=colors.HexColor("#0A5A59"), spaceBefore=9, spaceAfter=4)
S_KT = ParagraphStyle("kt", parent=S_BODY, fontName="DV-B", fontSize=9.4, leading=12.8, textColor=INK, spaceAfter=9,
                      borderPadding=(4, 4, 4, 4), backColor=TEAL_L, borderColor=TEAL_L, borderWidth=0.5)
S_CAP = ParagraphStyle("cap", fontName="DV-I", fontSize=7.2, leading=9, textColor=colors.HexColor("#555555"), alignment=TA_CENTER, spaceBefore=2, spaceAfter=7)
S_CELL = ParagraphStyle("cell", fontName="DVC", fontSize=7.6, leading=9.4, alignment=TA_LEFT)
S_CELLH = ParagraphStyle("cellh", parent=S_CELL, fontName="DVC-B", textColor=colors.white)
S_BOX = ParagraphStyle("box", parent=S_BODY, fontSize=8.8, leading=11.8, spaceAfter=3)
S_BOXT = ParagraphStyle("boxt", parent=S_BOX, fontName="DV-B", textColor=colors.HexColor("#444444"))
S_CHAT = ParagraphStyle("chat", parent=S_BODY, fontName="DVC", fontSize=8.6, leading=11.2, leftIndent=6, spaceAfter=2.5, alignment=TA_LEFT)
S_NOTE = ParagraphStyle("note", fontName="DV-I", fontSize=7, leading=9, textColor=colors.HexColor("#666666"))


def fmt(t):
    """{{x}} = chiffre clé gras bleu-vert ; *x* = italique."""
    t = re.sub(r"\{\{(.+?)\}\}", r"<font color='#0E7C7B'><b>\1</b></font>", t)
    t = re.sub(r"(?<![\w*])\*([^*]+?)\*(?![\w*])", r"<i>\1</i>", t)
    t = re.sub(r" ([:;?!%€»])", "\u00a0\\1", t).replace("« ", "«\u00a0")
    return t


S = []


def h1(t, newpage=True):
    if newpage:
        S.append(PageBreak())
    S.append(Paragraph(t, S_H1))


def h2(t):
    S.append(CondPageBreak(2.5 * cm))
    S.append(Paragraph(t.upper(), S_H2))


def p(t, st=S_BODY):
    S.append(Paragraph(fmt(t), st))


def kt(t):
    S.append(Paragraph("Key takeaway — " + fmt(t), S_KT))


def tag(label, t):
    S.append(Paragraph("<font backColor='#0E7C7B' color='white'><b>&nbsp;%s&nbsp;</b></font>&nbsp; %s" % (label, fmt(t)), S_BODY))


def bullets(items):
    for it in items:
        S.append(Paragraph(fmt(it), S_BUL, bulletText="•"))


def chat(lines):
    for who, msg in lines:
        S.append(Paragraph("<b>%s</b> : %s" % (who, fmt(msg)), S_CHAT))


_fig = [0]


def cap(t):
    _fig[0] += 1
    S.append(Paragraph("Fig. %d — %s" % (_fig[0], t), S_CAP))


def table(rows, widths, caption, width=None, size=7.6, repeat=1, split=True):
    width = width or CW
    tw = sum(widths)
    cs = ParagraphStyle("c%d" % size, parent=S_CELL, fontSize=size, leading=size * 1.23)
    ch = ParagraphStyle("ch%d" % size, parent=S_CELLH, fontSize=size, leading=size * 1.23)
    data = [[Paragraph(fmt(str(v)), ch if i == 0 else cs) for v in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * width / tw for w in widths], repeatRows=repeat, hAlign="CENTER")
    st = [("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
          ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
          ("TOPPADDING", (0, 0), (-1, -1), 1.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8)]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F4F8F8")))
    t.setStyle(TableStyle(st))
    S.append(t)
    cap(caption)


def encadre(title, paras, width=None):
    width = width or CW
    inner = [Paragraph(fmt(title), S_BOXT)] + [Paragraph(fmt(x), S_BOX) for x in paras]
    t = Table([[inner]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREY), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    S.append(Spacer(1, 3))
    S.append(t)
    S.append(Spacer(1, 6))


def note(t):
    tb = Table([[Paragraph(t, S_NOTE)]], colWidths=[CW * 0.78], hAlign="RIGHT")
    tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E2E2E2")),
                            ("LINEBEFORE", (0, 0), (0, -1), 2, colors.HexColor("#9A9A9A")),
                            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 3),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    S.append(tb)
    S.append(Spacer(1, 5))


def wide():
    S.append(NextPageTemplate("wide"))
    S.append(PageBreak())


def two():
    S.append(NextPageTemplate("two"))
    S.append(PageBreak())


SOMMAIRE = [
    ("01 — Go-to-market Zéro Lapin", "le projet de Baptiste, les canaux, la messaging matrix, le plan vs réalisé", "4"),
    ("02 — Relais d'acquisition & communauté", "cinq relais, leurs MQL, le groupe « Les ASV qui s'organisent »", "6"),
    ("03 — Conversations & checkout self-serve", "Chatwoot, deux conversations, plans mis en avant, Stripe", "7"),
    ("04 — Retention playbook", "onboarding, plan annuel, health score", "9"),
    ("05 — Inbound", "12 actions, SERP tracking, matrice de 36 mots-clés, hub & spokes, link earning", "10"),
    ("06 — Paid", "Google Ads et LinkedIn : structure, annonces, suivi hebdo, retour sur marge", "14"),
    ("07 — Mesure, pilotage & next steps", "growth stack, KPI, targets, actions correctives", "17"),
    ("Glossaire", "les mots du growth, en version courte", "19"),
]


# ================================================================================================ couverture
def cover():
    st_k = ParagraphStyle("ck", fontName="DV-B", fontSize=10, textColor=TEAL, spaceAfter=14)
    st_t = ParagraphStyle("ct", fontName="DV-B", fontSize=30, leading=35, textColor=INK, spaceAfter=10)
    st_s = ParagraphStyle("cs", fontName="DV", fontSize=15, leading=20, textColor=TEAL, spaceAfter=26)
    st_a = ParagraphStyle("ca", fontName="DV", fontSize=9.5, leading=13.5, textColor=colors.HexColor("#444444"))
    S.append(Spacer(1, 2.2 * cm))
    S.append(Paragraph("MUSEAU · LIVRE BLANC · SESSION 2026", st_k))
    S.append(Paragraph("Growth Playbook 2026", st_t))
    S.append(Paragraph("Comment Museau acquiert, active et garde ses cliniques", st_s))
    tl = [Paragraph("TL;DR", ParagraphStyle("tl", fontName="DV-B", fontSize=12, textColor=TEAL, spaceAfter=6))]
    for x in [
        "Museau, c'est {{612}} cliniques vétérinaires payantes, {{1,42 M€}} d'ARR et un churn mensuel de {{1,6 %}} fin 2025. Notre north star metric : les rendez-vous pris en ligne chaque semaine dans nos cliniques, de {{38 000}} à {{55 000}}.",
        "Le go-to-market « Zéro Lapin » (avril–juin 2026) a fait passer les MQL de 240 à {{472}} par mois et signé {{97}} nouvelles cliniques sur le trimestre.",
        "Le live chat Chatwoot double presque la conversion des essais : {{19 %}} avec conversation contre 11 % sans.",
        "Inbound : clics non-marque {{+71 %}}, MQL organiques de 62 à {{131}} par mois, « logiciel rendez-vous vétérinaire » de la 18e à la {{3e}} position.",
        "Paid : {{38 k€}} investis en Google Ads, {{89,4 k€}} de marge sur 12 mois, retour net {{+135 %}}, payback {{4 mois}}.",
    ]:
        tl.append(Paragraph("→ " + fmt(x), ParagraphStyle("tlx", parent=S_BODY, fontSize=9.6, leading=13.2, spaceAfter=5)))
    t = Table([[tl]], colWidths=[UW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL_L), ("LINEBEFORE", (0, 0), (0, -1), 4, TEAL),
                           ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                           ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    S.append(t)
    S.append(Spacer(1, 2.4 * cm))
    S.append(Paragraph("Jade Morvan — Growth Marketing Manager (alternance), Mastère 2e année<br/>"
                       "Tuteur : Baptiste Nguyen, CEO et cofondateur de Museau SAS<br/>"
                       "Museau SAS · Île de Nantes (44) · juin 2026<br/>"
                       "Dossier de certification Chef de projet e-commerce — blocs 2 et 3", st_a))
    S.append(NextPageTemplate("wide"))
    S.append(PageBreak())
    S.append(Paragraph("Sommaire", S_H1))
    som = [["Chapitre", "Ce que vous y trouverez", "Page"]] + [list(x) for x in SOMMAIRE]
    table(som, [4.6, 9.0, 1.0], "Les sept chapitres du playbook", width=UW, size=8.6)
    S.append(Spacer(1, 10))
    p("Ce livre blanc est écrit pour trois lecteurs : l'équipe Museau, qui y retrouvera nos process ; nos partenaires, qui y verront comment on travaille ; et le jury de ma certification, qui y lira mon semestre de growth, chiffres à l'appui. Tous les noms de cliniques citées le sont avec leur accord.")
    S.append(NextPageTemplate("two"))
    S.append(PageBreak())


# ================================================================================================ corps
def body():
    p("<b>Pourquoi ce playbook.</b> Chez Museau, on a une règle : tout ce qui marche s'écrit, tout ce qui rate aussi. Ce livre blanc raconte le premier semestre 2026 côté growth : comment on a lancé un go-to-market, outillé les conversations, rendu le checkout self-serve plus rassurant, et surtout comment on a construit une machine inbound + paid qu'on peut piloter chaque lundi matin. Je suis arrivée en septembre 2024 comme Growth Marketing Manager en alternance ; Baptiste Nguyen (CEO, ex-développeur) est mon tuteur, Dr Claire Hervouët (vétérinaire, CPO) valide tout ce qui touche au métier.")
    p("<b>Museau en une minute.</b> Fondée en 2021 sur l'Île de Nantes, 19 personnes. Le produit : une page de réservation par clinique, des rappels SMS, les rappels de vaccins, les acomptes pour les chirurgies et la téléconsultation. Trois plans : « Solo » à {{79 € HT}}/mois, « Clinique » à {{189 € HT}}/mois (jusqu'à 5 vétérinaires), « Réseau » sur devis à partir de 490 €, plus les add-ons « Rappels vaccins » (29 €) et « Téléconsult » (39 €), un onboarding à 290 € et 14 jours d'essai. Toute la facturation passe en ligne via Stripe Billing : {{58 %}} des nouvelles cliniques signent seules via le checkout self-serve, 42 % après une démo avec Kévin Le Bihan. Le site Webflow fait {{21 000}} sessions par mois.")
    p("<b>Comment lire ce playbook.</b> Sept chapitres, dans l'ordre du funnel : 01 le go-to-market « Zéro Lapin », 02 les relais d'acquisition et la communauté, 03 les conversations et le checkout self-serve, 04 le retention playbook, 05 l'inbound, 06 le paid, 07 la mesure et les next steps. Chaque chapitre ouvre sur un key takeaway ; les encadrés gris détaillent nos méthodes ; les chiffres en couleur sont ceux qu'on suit chaque semaine. Les données couvrent janvier–juin 2026, sauf mention contraire, et viennent de nos propres outils (Stripe, Pipedrive, Matomo, Metabase).")
    note("Note pour Baptiste : valider les chiffres MRR avant envoi au jury")
    table([["Indicateur", "Fin 2024", "Fin 2025"],
           ["Cliniques payantes", "388", "612"],
           ["dont Grand Ouest", "47 %", "41 %"],
           ["ARR", "0,86 M€", "1,42 M€"],
           ["MRR", "71,7 k€", "118,3 k€"],
           ["Churn mensuel (logos)", "2,1 %", "1,6 %"],
           ["RDV en ligne / semaine", "24 500", "38 000"]],
          [3.2, 1.6, 1.6], "Museau en chiffres (Stripe Billing, Metabase)")

    # ---------------------------------------------------------------- 01
    h1("01 — Go-to-market Zéro Lapin")
    kt("on ne vend pas un agenda, on vend la fin des lapins. Un go-to-market de 12 semaines, 5 canaux, une messaging matrix par persona.")
    h2("Le point de départ : le projet de Baptiste")
    p("En janvier, Baptiste a posé l'ambition 2026 en une phrase : « devenir l'agenda par défaut des cliniques de l'Ouest ». Concrètement, ça veut dire que quand un propriétaire de chien à Rennes, Angers ou La Roche-sur-Yon réserve en ligne chez son véto, ça passe par Museau. On a donc construit un go-to-market de printemps, du {{6 avril au 26 juin 2026}}, baptisé « Zéro Lapin » — parce que « poser un lapin », c'est exactement le problème n° 1 des cliniques : le rendez-vous non honoré.")
    p("Les targets du trimestre, calées sur ce projet : passer de 240 à {{450 MQL}} par mois, signer {{90}} cliniques payantes, dont au moins la moitié dans le Grand Ouest, et pousser la north star metric vers 46 000 RDV en ligne par semaine fin juin (55 000 fin 2026). Funnel de référence : MQL → SQL → clinique payante.")
    p("Pour calibrer le message, on a d'abord regardé ce qui se passe dans les cliniques déjà clientes. Deux tableaux ont servi au kick-off :")
    table([["Espèce", "Part des RDV en ligne (T1 2026)"],
           ["Chien", "54 %"], ["Chat", "38 %"], ["NAC", "8 %"]],
          [3.5, 3], "RDV par espèce — agenda consolidé des 612 cliniques")
    table([["Étape sur la page d'une clinique", "Propriétaires", "Taux"],
           ["Visite de la page de réservation", "412 000", "100 %"],
           ["Choix d'un motif (vaccin, consultation…)", "233 000", "57 %"],
           ["Choix d'un créneau", "161 000", "39 %"],
           ["RDV confirmé", "128 000", "31 %"]],
          [3.6, 1.6, 1.0], "Taux de conversion des pages de réservation (propriétaires d'animaux, T1 2026)")
    p("Learning du kick-off : {{31 %}} des propriétaires qui arrivent sur une page de réservation repartent avec un rendez-vous, et les cliniques qui activent les rappels SMS perdent deux fois moins de créneaux. Le pitch « Zéro Lapin » était né.")
    h2("Les canaux")
    bullets([
        "<b>LinkedIn</b> : 3 posts par semaine (Claire côté métier, Baptiste côté produit, moi côté data) + LinkedIn Ads ciblées.",
        "<b>Nurturing Brevo</b> : une séquence de {{5 e-mails}} déclenchée par le téléchargement du calculateur « Combien vous coûtent vos lapins ? ».",
        "<b>Webinars Livestorm</b> : 3 sessions (« Zéro lapin en 30 jours », « Acomptes chirurgie : le mode d'emploi », « ASV : reprendre la main sur le téléphone »).",
        "<b>Google Ads</b> : campagnes search génériques et concurrents (détail en section 06).",
        "<b>Stand</b> aux Rencontres Vétérinaires de l'Atlantique, La Cité à Nantes, les 21 et 22 mai 2026.",
    ])
    h2("Messaging matrix")
    p("Chaque message part d'un pain du persona, pas d'une feature. La matrice a été relue par Claire pour le vocabulaire métier.")
    table([["Persona", "Pain", "Message", "Canal", "KPI"],
           ["Vétérinaire associé·e", "créneaux perdus = CA perdu", "« Chaque lapin vous coûte 48 €. Museau en supprime 6 sur 10. »", "LinkedIn Ads, webinar 1", "MQL, inscrits"],
           ["ASV / accueil", "téléphone saturé le matin", "« Vos clients réservent à 23 h, vous, vous dormez. »", "groupe LinkedIn ASV, e-mail 2", "MQL ASV"],
           ["Gérant·e de réseau", "agendas éclatés entre sites", "« Un agenda, 6 cliniques, un seul tableau de bord. »", "Google Ads, démo Kévin", "SQL Réseau"],
           ["Vétérinaire mixte / rural", "urgences, tournées", "« Vos clients canins réservent seuls, vous gardez la main sur l'élevage. »", "stand RVA, e-mail 4", "démos"]],
          [1.7, 1.8, 3.0, 1.7, 1.2], "Messaging matrix Zéro Lapin", size=7.2)
    h2("Pourquoi avril–juin")
    p("Le timing n'est pas un hasard. Janvier–mars, les cliniques bouclent leurs comptes et sortent des campagnes de vaccination d'hiver : personne ne change d'outil. Juillet–août, les équipes tournent à moitié avec les congés. Avril–juin, c'est la fenêtre où les associés se posent la question de l'organisation avant l'été, où les ASV voient arriver le pic des rappels de printemps (puces, vaccins, stérilisations) — et où se tiennent les Rencontres Vétérinaires de l'Atlantique. Un onboarding signé en mai est en production avant les départs en vacances.")
    h2("Plan vs réalisé, semaine par semaine")
    p("Chaque lundi, revue de 20 minutes avec Baptiste : ce qui était prévu, ce qui est sorti, pourquoi l'écart.")
    table([["Sem.", "Prévu", "Réalisé", "Écart"],
           ["S15–16", "lancement calculateur + e-mail 1, 6 posts", "calculateur en ligne le 7/04, 6 posts", "—"],
           ["S17–18", "webinar 1, e-mails 2–3, Ads concurrents", "webinar 1 (214 inscrits), e-mails OK", "Ads concurrents décalées d'une semaine (validation juridique)"],
           ["S19–20", "webinar 2, préparation stand", "webinar 2 (156 inscrits), kakémonos livrés", "—"],
           ["S21", "stand RVA, 40 démos visées", "stand tenu, 37 démos", "-3 démos"],
           ["S22–23", "e-mails 4–5, 2 customer stories", "e-mails OK, 1 story publiée", "story Vertou attendue le 12/06"],
           ["S24–26", "webinar 3, relances SQL", "webinar 3 (128 inscrits), 61 relances", "—"]],
          [0.9, 2.6, 2.6, 2.2], "Plan vs réalisé Zéro Lapin (revue hebdo)", size=7.2)

    # ---------------------------------------------------------------- 02
    h1("02 — Relais d'acquisition & communauté")
    kt("cinq relais choisis pour leur audience, pas pour leur taille — et une communauté d'ASV qu'on anime au quotidien.")
    h2("Les relais d'acquisition")
    p("Un relais n'a d'intérêt que si ses lecteurs sont nos acheteurs : des vétérinaires qui gèrent une clinique, des ASV qui tiennent l'accueil, des gérants de réseau. J'en ai retenu cinq.")
    table([["Relais", "Audience", "Pourquoi lui"],
           ["L'Hebdo du Praticien (hebdo pro)", "14 000 vétérinaires abonnés", "lu par les décideurs ; rubrique « gestion de clinique » où on a signé une tribune"],
           ["ASV Ouest (association)", "2 300 ASV du Grand Ouest", "l'ASV est l'utilisatrice n° 1 de l'agenda ; son avis pèse sur la décision"],
           ["ComparaSaaS (comparateur)", "acheteurs en phase de comparaison", "capte la demande déjà mûre, face à VetAgenda Pro et Clinicall"],
           ["Blouse & Stéthoscope (podcast)", "6 500 écoutes par épisode, jeunes vétos", "ceux qui ouvrent ou reprennent une clinique"],
           ["Groupement VetAchat Ouest", "180 cliniques adhérentes", "centrale d'achat : recommandation = porte ouverte chez le gérant"]],
          [2.2, 2.0, 3.0], "Les 5 relais d'acquisition")
    p("Chaque relais a son UTM et sa landing. Résultats d'avril à juin en MQL (formulaire démo, essai ou calculateur) :")
    table([["Relais", "Sessions", "MQL"],
           ["ComparaSaaS", "1 940", "71"], ["ASV Ouest", "1 120", "58"], ["L'Hebdo du Praticien", "1 480", "46"],
           ["VetAchat Ouest", "390", "24"], ["Blouse & Stéthoscope", "610", "19"], ["Total", "5 540", "218"]],
          [3.2, 1.5, 1.2], "MQL par relais (UTM, Matomo + Pipedrive)")
    p("ComparaSaaS est le plus gros apporteur en volume, mais ASV Ouest convertit le mieux ({{5,2 %}} de sessions en MQL) : quand une ASV découvre l'outil, elle le pousse en interne.")
    p("Comment on les a activés : une tribune de Claire dans L'Hebdo du Praticien sur « le vrai coût d'un rendez-vous non honoré » ; un webinar réservé aux adhérentes d'ASV Ouest, animé par Malo, ancienne ASV elle-même ; une fiche ComparaSaaS complétée à 100 % avec 40 avis clients sollicités par e-mail après l'activation ; un épisode de Blouse & Stéthoscope où Baptiste raconte la création de Museau ; et une offre d'onboarding à -50 % négociée pour les adhérents de VetAchat Ouest. Aucun relais n'a été payé, à l'exception de la mise en avant ComparaSaaS (390 € par mois).")
    h2("Communauté : les techniques")
    bullets([
        "<b>Groupe LinkedIn « Les ASV qui s'organisent »</b> : lancé en février, animé par Malo Guérin ; une question ouverte par semaine (« votre pire lundi matin au téléphone ? »), des modèles de SMS à copier, zéro pitch produit.",
        "<b>Newsletter « La Salle d'attente »</b> : un envoi tous les 15 jours, un chiffre, un retour de clinique, un modèle à télécharger.",
        "<b>Replays</b> : chaque webinar est découpé en 4 extraits de 90 secondes pour LinkedIn et la newsletter.",
        "<b>Customer stories</b> : format 1 page, écrit avec la clinique, chiffres validés par elle (Vertou, Saint-Nazaire).",
    ])
    table([["Indicateur (juin 2026)", "Valeur"],
           ["Abonnés page LinkedIn Museau", "4 850"], ["Abonnés « La Salle d'attente »", "3 900"],
           ["Membres « Les ASV qui s'organisent »", "1 270"], ["Écoutes de l'épisode Blouse & Stéthoscope", "2 100"],
           ["Mentions de Museau sur LinkedIn (mai–juin)", "94"]],
          [4.4, 1.6], "Indicateurs de notoriété")
    p("Les règles d'animation du groupe, écrites avec Malo : on ne poste jamais de lien vers Museau dans le groupe ; une question par semaine, le mardi, parce que c'est le jour le plus calme en clinique ; chaque modèle partagé (SMS, affiche d'annulation, script téléphonique) est téléchargeable sans formulaire ; les membres les plus actives sont invitées à co-animer un webinar. Trois ASV ont déjà pris la parole en live.")
    p("Bilan : +++ sur tous les indicateurs.")

    # ---------------------------------------------------------------- 03
    h1("03 — Conversations & checkout self-serve")
    kt("une conversation bien tenue vaut une démo ; un checkout clair vaut un commercial.")
    h2("Live chat : le set-up Chatwoot")
    p("On a choisi Chatwoot (open source, hébergé chez nous) plutôt qu'un Intercom à 400 €/mois. Le set-up : un widget sur le site Webflow et un autre dans l'app pendant l'essai ; un bot de qualification en 3 questions (nombre de vétos, logiciel métier actuel, besoin principal) ; des horaires 8 h–19 h avec Malo en première ligne et Kévin en renfort ; 35 réponses enregistrées ; des labels par persona et par issue ; la synchronisation des contacts vers Pipedrive.")
    p("Les règles du playbook chat, affichées au-dessus de l'écran de Malo : répondre en moins de deux minutes aux heures ouvrées ; toujours reformuler le besoin avant de parler du produit ; ne jamais donner un prix sans le plan adapté au nombre de vétos ; passer la main à Kévin dès qu'un réseau de plus de 3 sites se présente ; clôturer chaque conversation avec un label et une prochaine étape dans Pipedrive.")
    h2("Conversation convertie — clinique de Vertou")
    chat([
        ("Visiteuse (ASV, 15/04, 8 h 52)", "Bonjour, on est 3 vétos à Vertou, on utilise Vetosoft. Si on passe chez vous, on perd tous nos clients et nos animaux ?"),
        ("Malo (Museau)", "Bonjour ! Non : on importe votre fichier Vetosoft (clients, animaux, dates de vaccins). Vous exportez en CSV, on s'occupe du reste pendant l'onboarding."),
        ("Visiteuse", "Et les rappels vaccins, ils partent tout seuls après l'import ?"),
        ("Malo (Museau)", "Oui, avec l'add-on Rappels vaccins. Pour 3 vétos, le plan Clinique à 189 € HT/mois est le bon. Je vous ouvre l'essai avec l'import déjà planifié ?"),
        ("Visiteuse", "Oui, je préviens le Dr Le Goff."),
        ("Malo (Museau)", "C'est fait. Je vous envoie le guide d'export Vetosoft et je vous rappelle jeudi pour l'import."),
    ])
    p("Import réalisé le 17/04 (4 860 animaux), passage en plan Clinique + Rappels vaccins le 24/04, soit {{218 € HT}}/mois. Ce qui a converti : l'objection « migration » levée en une réponse.")
    h2("Conversation perdue — cabinet rural")
    chat([
        ("Visiteur (vétérinaire, 6/05, 13 h 20)", "Cabinet mixte dans l'Orne, 60 % de rural. Vous gérez les visites en élevage, avec l'itinéraire entre les fermes ?"),
        ("Malo (Museau)", "Aujourd'hui non : on gère les rendez-vous en clinique et la téléconsultation, pas la tournée en élevage."),
        ("Visiteur", "Alors ça ne couvre que 40 % de mon activité. Je ne vais pas payer deux outils."),
        ("Malo (Museau)", "Je comprends. Je remonte le besoin à notre CPO, et je vous recontacte si la tournée arrive dans la roadmap."),
    ])
    p("Learning : le besoin « tournée rurale » est remonté {{11 fois}} en six mois. Il est dans le backlog produit de Claire.")
    h2("Les stats qui comptent")
    p("De janvier à juin : {{1 240}} conversations, premier temps de réponse médian {{1 min 10}}. Le chiffre clé : les essais avec au moins une conversation convertissent à {{19 %}} en clinique payante, contre {{11 %}} sans. Attention au biais (ceux qui parlent sont plus motivés), mais l'écart se maintient à 17 % vs 11 % à taille de clinique égale. Les pics sont le lundi 8 h–10 h (ASV qui ouvrent la clinique) et le jeudi 13 h–14 h (pause déjeuner des vétos) : on a décalé la pause de Malo en conséquence. Les conversations « prix » convertissent le mieux (26 %), les « intégration logiciel métier » le moins bien (9 %) : d'où la page /integrations créée en mai.")
    h2("Mettre en avant : plans et add-ons")
    p("Dans Webflow et dans l'app, j'ai mis en place quatre mécanismes de mise en avant :")
    bullets([
        "un badge « le plus choisi » sur le plan Clinique, qui fait passer sa part de 49 % à {{61 %}} des nouvelles souscriptions ;",
        "des cartes add-on cochables au checkout (Rappels vaccins, Téléconsult), avec le gain estimé en une ligne ;",
        "un toggle mensuel / annuel, annuel affiché par défaut avec « 2 mois offerts » ;",
        "une bannière in-app Téléconsult, affichée aux cliniques qui ont plus de 15 % de RDV de suivi post-opératoire.",
    ])
    p("Effet mesuré sur le T2 : la part des souscriptions annuelles passe de 22 % à {{37 %}} depuis que le toggle affiche l'annuel par défaut, et 41 % des nouvelles cliniques ajoutent au moins un add-on au checkout, contre 28 % quand les add-ons étaient proposés seulement après coup, dans les paramètres.")
    table([["Emplacement", "Ce qu'on y met", "Pourquoi"],
           ["/tarifs", "badge Clinique, toggle annuel", "83 % des checkouts passent par cette page"],
           ["Checkout (étape 2)", "cartes add-ons", "le moment où l'intention est maximale"],
           ["Dashboard in-app", "bannière Téléconsult", "upsell contextuel, basé sur l'usage"],
           ["Emails J+7 de l'essai", "plan annuel", "après la première semaine d'usage"],
           ["Page /integrations", "Vetosoft, import en 48 h", "lève la première objection"]],
          [2.0, 2.4, 3.0], "Où mettre en avant plans et add-ons")
    h2("Checkout self-serve : Stripe")
    p("Le checkout passe par Stripe Checkout, avec deux moyens de paiement : la carte bancaire et le prélèvement SEPA (le favori des cliniques, 64 % des abonnements). Avant le go-to-market, on a testé le parcours complet essai → plan → paiement sur quatre terminaux.")
    table([["Terminal", "Carte", "SEPA", "Remarque"],
           ["PC Windows, Chrome", "OK", "OK", "—"],
           ["iPhone 14, Safari", "OK + Apple Pay", "OK", "—"],
           ["Android (Pixel 7), Chrome", "OK + Google Pay", "OK", "clavier IBAN corrigé"],
           ["iPad de l'accueil, Safari", "OK", "OK", "testé à la clinique de Rezé"]],
          [2.6, 1.6, 0.9, 2.2], "Tests du checkout sur ordinateur, mobile et tablette")
    p("Côté confiance, on affiche ce que les vétos nous demandent en démo : authentification {{3D Secure}} sur la carte, mandat SEPA envoyé par e-mail avec la référence unique de mandat, données hébergées en France, abonnement sans engagement résiliable en deux clics, et la note de {{4,8/5}} sur 212 avis ComparaSaaS affichée sous le bouton de paiement.")
    encadre("Encadré — Paiement fractionné et financement", ["(à venir dans la v2)"])
    h2("Customer story — Clinique des Coteaux, Vertou")
    p("Trois vétérinaires, deux ASV, 4 860 animaux suivis. Avant Museau, l'agenda de Vetosoft vivait uniquement à l'accueil : 70 % des rendez-vous se prenaient par téléphone, souvent entre 8 h et 10 h, et la clinique comptait en moyenne 14 lapins par semaine. Trois mois après l'import, {{46 %}} des rendez-vous se prennent en ligne, dont un tiers en dehors des heures d'ouverture, les rappels SMS partent à J-2 et J-1, et les lapins sont tombés à {{5}} par semaine. L'acompte de 30 % demandé pour les chirurgies programmées a supprimé les annulations de dernière minute au bloc. Le Dr Le Goff résume : « on a récupéré l'équivalent d'une demi-journée de consultation par semaine ». La story a été publiée sur LinkedIn et dans « La Salle d'attente » en juin.")

    # ---------------------------------------------------------------- 04
    h1("04 — Retention playbook")
    kt("le churn se joue dans les 60 premiers jours : onboarding, engagement annuel, usage.")
    p("Avec 612 cliniques et un churn mensuel de 1,6 %, on perd environ 10 cliniques par mois. J'ai listé les leviers de rétention dont on dispose :")
    bullets([
        "<b>Onboarding guidé</b> (290 €) : import du fichier, paramétrage des motifs, formation de l'ASV en visio.",
        "<b>Plan annuel</b> : 2 mois offerts contre un engagement de 12 mois.",
        "<b>Health score</b> Metabase : RDV en ligne / semaine, connexions, SMS envoyés ; alerte à Malo sous 30 RDV hebdo.",
        "<b>Parrainage</b> : un mois offert au parrain et au filleul.",
        "<b>Revue trimestrielle</b> pour les comptes Réseau avec Kévin.",
        "<b>Club utilisateurs</b> en ligne et NPS in-app trimestriel.",
    ])
    p("L'onboarding est le premier levier de rétention, et il se mesure : import du fichier à J+2, motifs et horaires paramétrés à J+5, première campagne de rappels à J+10, seuil d'activation de 50 RDV en ligne atteint en 23 jours en moyenne au T2 (contre 34 jours en 2025). Les cliniques qui n'atteignent pas ce seuil en 45 jours churnent quatre fois plus dans l'année : c'est l'alerte que Malo reçoit dans Metabase.")
    table([["Cohorte (signature)", "Mensuel : churn / mois", "Annuel : churn / mois", "Part annuel"],
           ["S1 2024", "2,6 %", "0,5 %", "18 %"],
           ["S2 2024", "2,4 %", "0,4 %", "20 %"],
           ["S1 2025", "2,3 %", "0,4 %", "21 %"],
           ["S2 2025", "2,1 %", "0,3 %", "22 %"]],
          [2.2, 1.8, 1.8, 1.3], "Churn mensuel par cohorte et par engagement (Stripe Billing, Metabase)")
    p("Ce qu'on pousse en priorité : le <b>plan annuel</b>. Les chiffres sont nets : les cliniques en annuel churnent à {{0,4 %}} par mois, contre {{2,3 %}} pour les mensuelles. Même en corrigeant du fait que les cliniques déjà convaincues choisissent l'annuel, l'engagement donne 12 mois pour installer les rappels et atteindre le seuil d'usage. D'où le toggle annuel par défaut et l'e-mail J+7 de l'essai. On ajoute aussi le parrainage, parce que tous les SaaS le font.")

    # ---------------------------------------------------------------- 05
    h1("05 — Inbound : devenir la réponse sur Google")
    kt("un hub, huit spokes, 36 mots-clés pensés pour le vocabulaire des vétos ET des ASV — et {{+71 %}} de clics non-marque.")
    h2("Les 12 actions, priorisées")
    p("En janvier, j'ai audité le site avec Search Console, Haloscan et Screaming Frog. Douze actions, classées P0 (maintenant), P1 (ce trimestre), P2 (si on a le temps), selon l'impact attendu sur les MQL et l'effort.")
    table([["Prio", "Action", "Effort"],
           ["P0", "Créer la page /logiciel-rendez-vous-veterinaire", "3 j"],
           ["P0", "Hub « réduire les RDV non honorés » + 8 spokes", "12 j"],
           ["P0", "Corriger 41 pages en noindex par erreur (Webflow)", "0,5 j"],
           ["P0", "Pages comparatif VetAgenda Pro / Clinicall", "4 j"],
           ["P1", "Pages Grand Ouest (Nantes, Rennes, Angers, Brest)", "4 j"],
           ["P1", "Page /integrations (Vetosoft, import)", "2 j"],
           ["P1", "Balises title / meta des 30 pages top", "1,5 j"],
           ["P1", "Link earning : baromètre « lapins » 2026", "5 j"],
           ["P1", "Schéma FAQ sur /tarifs et /essai-gratuit", "0,5 j"],
           ["P2", "Glossaire ASV (40 termes)", "4 j"],
           ["P2", "Compression images, LCP mobile", "1 j"],
           ["P2", "Version anglaise (Belgique, Suisse)", "8 j"]],
          [0.7, 4.8, 0.9], "Les 12 actions inbound classées P0 à P2")
    h2("La growth stack")
    p("Matomo (audience, funnels), Google Search Console (requêtes, clics), Haloscan (positions, SERP tracking, backlinks), Babbar (audit de liens ponctuel), Metabase (tableaux consolidés, connectés à Stripe et Pipedrive), Pipedrive (MQL → SQL → clinique payante), Brevo (nurturing), Chatwoot (conversations), Livestorm (webinars), Google Ads et LinkedIn Campaign Manager (paid).")
    h2("SERP tracking : 10 requêtes suivies")
    table([["Requête", "Janv.", "Juin"],
           ["logiciel rendez-vous vétérinaire", "18", "{{3}}"],
           ["agenda vétérinaire en ligne", "24", "6"],
           ["rappel sms rendez-vous vétérinaire", "31", "4"],
           ["logiciel gestion clinique vétérinaire", "47", "19"],
           ["téléconsultation vétérinaire logiciel", "15", "7"],
           ["acompte chirurgie vétérinaire", "> 100", "2"],
           ["rendez-vous non honoré clinique vétérinaire", "12", "1"],
           ["alternative VetAgenda Pro", "> 100", "5"],
           ["logiciel vétérinaire Nantes", "9", "2"],
           ["rappel vaccin chat", "58", "14"]],
          [4.6, 1.0, 1.0], "Positions Haloscan, janvier vs juin 2026 (mobile, France)")
    p("Sur les 10 requêtes, 9 gagnent plus de 5 places et 6 sont aujourd'hui en première page. La plus stratégique, « logiciel rendez-vous vétérinaire », passe de la 18e à la {{3e}} position derrière VetAgenda Pro et Clinicall.")

    # ------------------------------------------ pages pleine largeur : méthode + matrice
    wide()
    p("<b>05 — Inbound (suite) · La matrice de mots-clés</b>", ParagraphStyle("wt", parent=S_H1, fontSize=12))
    encadre("Encadré — Méthode : comment on a construit la matrice", [
        "<b>1. Partir du terrain.</b> 14 appels de démo réécoutés et 400 conversations Chatwoot exportées : on a relevé les mots exacts des clients. Constat : les vétérinaires disent « logiciel » et « gestion », les ASV disent « agenda », « planning » et « rappels ».",
        "<b>2. Élargir.</b> Haloscan (suggestions, questions, concurrents), Google Suggest et « Autres questions posées », Search Console pour les requêtes où on apparaît déjà entre la 10e et la 30e place.",
        "<b>3. Qualifier.</b> Pour chaque mot-clé : volume mensuel France, difficulté (KD Haloscan, 0–100), intention (informationnelle, commerciale, transactionnelle, navigationnelle), étape du funnel (TOFU / MOFU / BOFU), persona.",
        "<b>4. Filtrer.</b> On écarte l'intention « propriétaire d'animal » (« vétérinaire de garde », « prendre rendez-vous véto ») sauf quand elle sert l'ASV (rappels vaccins : contenu réutilisable par les cliniques).",
        "<b>5. Assigner.</b> Une page cible par groupe de mots-clés, jamais deux pages sur la même intention (anti-cannibalisation). 36 mots-clés retenus sur 412 collectés.",
    ], width=UW)
    kw = [
        ("logiciel rendez-vous vétérinaire", "590", "34", "transactionnelle", "BOFU", "/logiciel-rendez-vous-veterinaire", "vétérinaire"),
        ("prise de rendez-vous en ligne vétérinaire logiciel", "210", "28", "transactionnelle", "BOFU", "/logiciel-rendez-vous-veterinaire", "vétérinaire"),
        ("agenda vétérinaire en ligne", "320", "22", "transactionnelle", "BOFU", "/agenda-clinique", "ASV"),
        ("planning clinique vétérinaire", "170", "15", "commerciale", "MOFU", "/agenda-clinique", "ASV"),
        ("logiciel gestion clinique vétérinaire", "880", "46", "commerciale", "MOFU", "/comparatif", "vétérinaire"),
        ("rappel sms rendez-vous vétérinaire", "140", "12", "transactionnelle", "BOFU", "/rappels-sms", "ASV"),
        ("rappel vaccin chien", "1 300", "18", "informationnelle", "TOFU", "/blog/rappels-vaccins", "ASV"),
        ("rappel vaccin chat", "1 000", "16", "informationnelle", "TOFU", "/blog/rappels-vaccins", "ASV"),
        ("rendez-vous non honoré clinique vétérinaire", "90", "8", "informationnelle", "TOFU", "hub /reduire-rdv-non-honores", "vétérinaire"),
        ("patient qui pose un lapin que faire", "260", "14", "informationnelle", "TOFU", "spoke politique d'annulation", "ASV"),
        ("acompte chirurgie vétérinaire", "110", "9", "informationnelle", "MOFU", "spoke acomptes", "vétérinaire"),
        ("téléconsultation vétérinaire logiciel", "170", "24", "transactionnelle", "BOFU", "/teleconsultation", "vétérinaire"),
        ("téléconsultation vétérinaire réglementation", "320", "20", "informationnelle", "TOFU", "spoke téléconsultation", "vétérinaire"),
        ("VetAgenda Pro avis", "70", "5", "commerciale", "BOFU", "/comparatif/vetagenda-pro", "vétérinaire"),
        ("alternative VetAgenda Pro", "40", "4", "commerciale", "BOFU", "/comparatif/vetagenda-pro", "gérant"),
        ("Clinicall avis", "50", "4", "commerciale", "BOFU", "/comparatif/clinicall", "vétérinaire"),
        ("Vetosoft agenda en ligne", "90", "10", "navigationnelle", "BOFU", "/integrations/vetosoft", "ASV"),
        ("PetRDV inscription clinique", "60", "6", "navigationnelle", "MOFU", "/comparatif/petrdv", "gérant"),
        ("logiciel vétérinaire Nantes", "50", "6", "transactionnelle", "BOFU", "/veterinaires/nantes", "vétérinaire"),
        ("logiciel vétérinaire Rennes", "40", "5", "transactionnelle", "BOFU", "/veterinaires/rennes", "vétérinaire"),
        ("logiciel vétérinaire Bretagne", "30", "4", "transactionnelle", "BOFU", "/veterinaires/bretagne", "gérant"),
        ("clinique vétérinaire Angers prise de rdv en ligne", "20", "3", "transactionnelle", "BOFU", "/veterinaires/angers", "vétérinaire"),
        ("réduire absentéisme rendez-vous", "210", "25", "informationnelle", "TOFU", "spoke coût d'un lapin", "gérant"),
        ("accueil téléphonique clinique vétérinaire", "70", "6", "informationnelle", "TOFU", "spoke accueil téléphonique", "ASV"),
        ("fiche de poste ASV accueil", "390", "12", "informationnelle", "TOFU", "/blog/fiche-poste-asv", "ASV"),
        ("modèle sms rappel rendez-vous", "480", "19", "informationnelle", "TOFU", "spoke SMS de rappel", "ASV"),
        ("rendez-vous en ligne clinique vétérinaire RGPD", "40", "7", "informationnelle", "MOFU", "/securite-donnees", "gérant"),
        ("prix logiciel vétérinaire", "140", "21", "commerciale", "MOFU", "/tarifs", "gérant"),
        ("logiciel vétérinaire sans engagement", "30", "6", "transactionnelle", "BOFU", "/tarifs", "gérant"),
        ("essai gratuit logiciel vétérinaire", "40", "8", "transactionnelle", "BOFU", "/essai-gratuit", "vétérinaire"),
        ("liste d'attente rendez-vous annulé", "90", "11", "informationnelle", "TOFU", "spoke liste d'attente", "ASV"),
        ("vétérinaire rural planning tournées", "50", "5", "informationnelle", "TOFU", "/blog/veterinaires-ruraux", "vétérinaire mixte"),
        ("agenda partagé réseau cliniques vétérinaires", "30", "9", "commerciale", "MOFU", "/reseau", "gérant de réseau"),
        ("ouvrir une clinique vétérinaire checklist", "260", "17", "informationnelle", "TOFU", "/blog/ouvrir-sa-clinique", "vétérinaire"),
        ("rappel vaccin lapin nac", "30", "3", "informationnelle", "TOFU", "/blog/rappels-vaccins", "ASV"),
        ("Museau avis", "90", "2", "navigationnelle", "BOFU", "/avis-clients", "tous"),
    ]
    rows = [["#", "Mot-clé", "Vol.", "KD", "Intention", "Étape", "Page cible", "Persona"]]
    for i, r in enumerate(kw, 1):
        rows.append([str(i)] + list(r))
    table(rows, [0.75, 5.0, 1.0, 0.7, 2.75, 1.1, 4.6, 1.9], "Matrice de mots-clés — 36 requêtes (Haloscan, volumes France, mars 2026)",
          width=UW, size=7.8)
    p("<b>Pourquoi ces mots-clés nous font gagner des places.</b> Trois partis pris. <b>1. Le double vocabulaire</b> : en ciblant « agenda », « planning » et « rappels » à côté de « logiciel », on parle aux ASV, que nos concurrents ignorent — la page /agenda-clinique est déjà 6e sans aucun lien entrant. <b>2. Les noms des concurrents</b> : les requêtes « avis » et « alternative » sont petites mais tapées par des acheteurs en fin de réflexion ; nos pages comparatif factuelles (tableau de fonctionnalités, prix publics) y sont seules face aux pages des éditeurs eux-mêmes. <b>3. Le Grand Ouest</b> : quatre pages locales avec des customer stories de cliniques nantaises, rennaises et angevines ; les volumes sont faibles, la difficulté quasi nulle et l'intention maximale, et c'est exactement la cible du projet de Baptiste.")
    two()

    h2("Hub & spokes : la contextualisation des liens")
    p("Le hub « Réduire les rendez-vous non honorés en clinique vétérinaire » (/reduire-rdv-non-honores) porte la requête mère. Huit spokes le nourrissent :")
    bullets([
        "Combien coûte un lapin à une clinique ? (calculateur)",
        "SMS de rappel : 7 modèles qui marchent",
        "Acompte pour les chirurgies : comment le demander",
        "Liste d'attente : remplir un créneau libéré en 10 minutes",
        "Accueil téléphonique : désengorger l'ASV le lundi matin",
        "Rappels vaccins : calendrier chien, chat, NAC",
        "Téléconsultation : ce que dit la réglementation",
        "Politique d'annulation : le modèle à afficher en salle d'attente",
    ])
    p("Les règles de maillage, appliquées à la lettre : chaque spoke renvoie vers le hub dans son premier paragraphe avec une ancre contenant « rendez-vous non honorés » ; le hub renvoie vers chaque spoke depuis la phrase qui traite du sujet, avec une ancre descriptive (jamais « en savoir plus ») ; un spoke ne lie un autre spoke que s'ils traitent une étape voisine (SMS de rappel ↔ liste d'attente, acompte ↔ politique d'annulation), deux liens latéraux maximum ; un seul lien vers une page commerciale (/essai-gratuit) par article, en conclusion ; aucun lien vers le hub depuis le blog « vie de l'entreprise ».")
    p("Le hub lui-même fait 2 600 mots, avec un sommaire cliquable, le chiffre du baromètre en ouverture et un calculateur intégré. Les spokes font entre 900 et 1 400 mots, chacun centré sur une seule question posée par les ASV ou les vétos en démo. Résultat : le hub est 1er sur sa requête mère depuis mai, et 5 spokes sur 8 sont en première page.")
    p("Les pages locales ne sont pas des copies avec le nom de la ville changé : chacune porte une customer story d'une clinique de la ville, la carte des cliniques Museau du département, les horaires de l'équipe support et un extrait du baromètre régional (le taux de lapins varie de 6,1 % à Brest à 9,4 % en périphérie de Nantes). C'est ce contenu unique qui leur permet de ranker sans lien entrant.")
    h2("Link earning")
    p("Plutôt que d'acheter des liens, on a publié le « Baromètre des lapins 2026 » (données anonymisées de 612 cliniques : 7,8 % de RDV non honorés en moyenne, 3,1 % avec rappel SMS). Il a été repris par des sites qui nous envoient de vrais visiteurs :")
    table([["Site référent", "Sessions référentes (avr.–juin)", "MQL"],
           ["L'Hebdo du Praticien (article)", "1 480", "46"],
           ["ASV Ouest (ressources)", "1 120", "58"],
           ["ComparaSaaS (fiche)", "1 940", "71"],
           ["Blog d'un cabinet d'expertise comptable véto", "320", "9"],
           ["École vétérinaire (page carrières)", "210", "2"]],
          [3.6, 2.0, 0.9], "Sites référents : trafic et MQL")
    p("Avant/après : en janvier, l'audit Babbar comptait 84 domaines référents ; en juin, Haloscan en compte 131. Les deux outils n'ont ni la même base de crawl ni la même définition du domaine référent : les chiffres ne sont pas comparables.")
    h2("L'inbound additionné")
    p("Tout mis bout à bout (pages BOFU, hub & spokes, pages locales, comparatifs, link earning) : les clics non-marque Search Console passent de {{3 840}} par mois en janvier à {{6 570}} en juin, soit {{+71 %}}. Les impressions non-marque doublent (41 000 → 86 000). Les MQL organiques passent de {{62}} à {{131}} par mois, et les pages créées en 2026 pèsent 58 % de ces MQL.")

    # ---------------------------------------------------------------- 06
    h1("06 — Paid : Google Ads & LinkedIn")
    kt("une structure simple — marque, générique, concurrents, LinkedIn — et un seul juge : le coût par clinique payante.")
    h2("La structure")
    table([["Campagne", "Rôle", "Budget / mois"],
           ["Search Marque", "protéger « Museau » des enchères concurrentes", "350 €"],
           ["Search Générique", "requêtes « logiciel / agenda vétérinaire »", "3 900 €"],
           ["Search Concurrents", "« VetAgenda Pro », « Clinicall », « Vetosoft agenda »", "1 200 €"],
           ["LinkedIn Ads", "vétos et ASV, Grand Ouest, Lead Gen Form", "1 800 €"]],
          [2.0, 3.8, 1.4], "Structure des campagnes paid")
    h2("Mots-clés, correspondances, exclusions")
    p("Générique en expression exacte et en expression : [logiciel rendez-vous vétérinaire], \"agenda vétérinaire en ligne\", \"rappel sms clinique vétérinaire\", [logiciel téléconsultation vétérinaire]. Concurrents en exact uniquement. Requête large seulement sur « logiciel vétérinaire » avec enchères au CPA cible de 70 € et 60 exclusions. Les exclusions qui comptent : gratuit (sauf essai), emploi, stage, formation, école, ASV salaire, « vétérinaire de garde », « urgence », « prendre rendez-vous » seul (intention propriétaire d'animal), « PetRDV » en large (marketplace côté propriétaires).")
    p("LinkedIn : intitulés de poste « Vétérinaire », « Docteur vétérinaire », « Auxiliaire spécialisée vétérinaire », « ASV », « Responsable de clinique », « Gérant de clinique vétérinaire » ; secteur « Services vétérinaires » ; entreprises de 2 à 50 salariés ; Bretagne, Pays de la Loire, Normandie, Nouvelle-Aquitaine.")
    p("Enchères : CPA cible à 70 € sur le générique (conversion = MQL importé depuis Pipedrive), CPC manuel plafonné sur les concurrents pour garder la main sur des volumes faibles, maximisation des conversions sur la marque. Diffusion du lundi au vendredi de 7 h à 20 h, heures où les décideurs cherchent ; le week-end ne produisait que des clics de propriétaires d'animaux.")
    h2("Landing pages")
    bullets([
        "<b>/demo</b> : pour les requêtes « gestion » et les comptes Réseau ; formulaire 4 champs, créneau Kévin réservé directement.",
        "<b>/essai-gratuit</b> : pour les requêtes « agenda », « rappels » ; création de compte sans carte bancaire.",
        "<b>/comparatif</b> : pour les campagnes concurrents ; tableau factuel Museau / VetAgenda Pro / Clinicall / Vetosoft.",
    ])
    h2("Les annonces")
    p("Quatre annonces responsives (RSA) Google, 15 titres et 4 descriptions chacune ; extraits des assemblages les plus servis :")
    bullets([
        "<b>RSA 1 — Générique</b> : « Logiciel RDV vétérinaire | -60 % de rendez-vous non honorés | Essai gratuit 14 jours » — « Page de réservation, rappels SMS et vaccins. Sans engagement, données hébergées en France. »",
        "<b>RSA 2 — Agenda / ASV</b> : « L'agenda en ligne des cliniques | Vos clients réservent 24 h/24 | Import Vetosoft inclus » — « Moins d'appels le lundi matin. Paramétré en 48 h par notre équipe. »",
        "<b>RSA 3 — Concurrents</b> : « Vous comparez les agendas véto ? | Museau vs VetAgenda Pro | Prix publics, sans engagement » — « Comparatif fonctionnalité par fonctionnalité. Migration de vos données offerte. »",
        "<b>RSA 4 — Téléconsult</b> : « Téléconsultation vétérinaire | Intégrée à votre agenda | 39 € HT/mois » — « Lien vidéo envoyé automatiquement, paiement en ligne de la consultation. »",
        "<b>LinkedIn — Lead Gen « Baromètre des lapins »</b> : accroche à finaliser par Kévin.",
    ])
    h2("Le suivi hebdo (Google Ads, T2)")
    wide()
    p("<b>06 — Paid (suite) · Tableau de suivi hebdomadaire</b>", ParagraphStyle("wt2", parent=S_H1, fontSize=12))
    wk = [("S14", "1 420", "38 900", "52 %", "1 050", "2,7 %", "1,35", "19", "75", "8"),
          ("S15", "1 610", "43 200", "55 %", "1 240", "2,9 %", "1,30", "24", "67", "11"),
          ("S16", "1 640", "44 800", "57 %", "1 290", "2,9 %", "1,27", "26", "63", "12"),
          ("S17", "1 680", "45 100", "58 %", "1 330", "2,9 %", "1,26", "25", "67", "10"),
          ("S18", "1 950", "51 600", "61 %", "1 560", "3,0 %", "1,25", "31", "63", "14"),
          ("S19", "1 920", "50 900", "62 %", "1 590", "3,1 %", "1,21", "33", "58", "15"),
          ("S20", "1 890", "49 700", "63 %", "1 570", "3,2 %", "1,20", "32", "59", "13"),
          ("S21", "2 080", "55 300", "66 %", "1 810", "3,3 %", "1,15", "38", "55", "17"),
          ("S22", "1 860", "50 100", "67 %", "1 640", "3,3 %", "1,13", "34", "55", "15"),
          ("S23", "1 840", "49 800", "68 %", "1 630", "3,3 %", "1,13", "35", "53", "16"),
          ("S24", "1 810", "48 900", "69 %", "1 650", "3,4 %", "1,10", "36", "50", "16"),
          ("S25", "1 790", "48 200", "70 %", "1 640", "3,4 %", "1,09", "37", "48", "17"),
          ("S26", "1 780", "47 600", "71 %", "1 650", "3,5 %", "1,08", "38", "47", "18")]
    rows = [["Semaine", "Dépense (€)", "Impressions", "Part d'impr.", "Clics", "CTR", "CPC (€)", "MQL", "Coût/MQL (€)", "Essais"]]
    rows += [list(r) for r in wk]
    rows.append(["Total T2", "23 270", "624 100", "63 % (moy.)", "19 650", "3,1 %", "1,18", "408", "57", "182"])
    table(rows, [1.2, 1.4, 1.5, 1.3, 1.0, 0.9, 1.0, 0.9, 1.4, 1.0], "Suivi hebdomadaire Google Ads, S14–S26 (export Google Ads + Pipedrive)", width=UW, size=7.6)
    p("<b>Lecture.</b> <b>Efficacité</b> : le CTR passe de 2,7 % à 3,5 % et le CPC baisse de 20 % (1,35 → 1,08 €) grâce aux RSA réécrites en S18 et aux 60 exclusions ; le coût par MQL tombe de 75 à 47 €. <b>Visibilité</b> : la part d'impressions grimpe de 52 % à 71 % ; les 29 % restants sont perdus à 80 % à cause du budget, surtout le mardi et le jeudi matin, pas du classement. Le Quality Score moyen du groupe générique passe de 5 à 7 après l'alignement des annonces sur les landing pages. <b>Retour</b> : sur le trimestre, 408 MQL, 182 essais et 26 cliniques payantes attribuées à Google Ads (dernier clic payant dans Pipedrive) ; la pointe de S21 correspond au stand des Rencontres Vétérinaires de l'Atlantique, où les visiteurs nous ont cherchés sur Google.")
    table([["Post LinkedIn (sponsorisé)", "Impressions", "Clics", "MQL", "Dépense", "Coût / MQL"],
           ["Calculateur « combien vous coûtent vos lapins »", "38 400", "612", "41", "1 420 €", "35 €"],
           ["Carrousel « 5 SMS de rappel qui marchent »", "29 100", "388", "22", "980 €", "45 €"],
           ["Vidéo Dr Hervouët — acomptes chirurgie", "24 700", "301", "17", "910 €", "54 €"],
           ["Replay webinar ASV (extrait 90 s)", "21 900", "276", "14", "760 €", "54 €"],
           ["Customer story Vertou", "18 200", "244", "12", "640 €", "53 €"],
           ["Baromètre des lapins (Lead Gen Form)", "33 600", "—", "38", "1 290 €", "34 €"]],
          [4.6, 1.4, 1.0, 0.9, 1.3, 1.3], "Publications LinkedIn sponsorisées, avril–juin 2026", width=UW, size=7.6)
    p("Côté publications, le calculateur et le baromètre sont nos deux meilleurs formats : moins de 35 € par MQL, deux fois moins cher que les formats « preuve sociale ».")
    two()
    h2("Le retour sur investissement Google Ads")
    p("On mesure le retour sur la <b>marge à 12 mois</b>, pas sur le MRR du premier mois : un SaaS se rembourse dans la durée. Méthode : cliniques payantes attribuées à Google Ads de janvier à juin (dernier clic payant, Pipedrive) × marge brute sur 12 mois par clinique (abonnement + add-ons moyens + onboarding, marge brute de 83 % après SMS, hébergement et frais Stripe).")
    table([["Poste", "Valeur"],
           ["Dépense Google Ads (janv.–juin 2026)", "38 000 €"],
           ["Cliniques payantes attribuées", "47"],
           ["Coût d'acquisition par clinique", "808 €"],
           ["Marge brute 12 mois par clinique", "1 902 € (dont onboarding 290 €)"],
           ["Marge totale 12 mois", "89 400 €"],
           ["Retour net = (89 400 − 38 000) / 38 000", "{{+135 %}}"],
           ["Payback = (808 − 290) / 134 € de marge mensuelle", "{{≈ 4 mois}}"]],
          [5.0, 4.0], "Calcul du retour Google Ads sur marge à 12 mois", size=7.2)
    p("Chaque euro investi en Google Ads au premier semestre revient avec 1,35 € de marge nette sur un an, et la dépense est remboursée en quatre mois. C'est ce qui justifie l'augmentation de budget proposée en section 07.")
    S.append(PageBreak())

    # ---------------------------------------------------------------- 07
    h1("07 — Mesure, pilotage & next steps", newpage=False)
    kt("des outils choisis pour être fiables en France, des KPI pensés pour un SaaS, et des actions classées par impact.")
    h2("Pourquoi Matomo et Haloscan")
    p("<b>Matomo plutôt que GA4.</b> Avec un bandeau cookies, on ne mesurait que 54 % des visites sous GA4 (taux d'acceptation). Matomo, paramétré dans les conditions de l'exemption de consentement de la CNIL (mesure d'audience strictement nécessaire, IP anonymisée, pas de recoupement), mesure 100 % du trafic et reste hébergé chez nous. On perd le lien natif avec Google Ads, compensé par les UTM et l'import des conversions depuis Pipedrive.")
    p("<b>Haloscan plutôt que Semrush.</b> Base de mots-clés française plus fine sur nos requêtes de niche (Semrush ne connaissait que 19 de nos 36 mots-clés), SERP tracking quotidien inclus, et 49 €/mois contre 140 €. Babbar reste utilisé ponctuellement pour l'audit des liens.")
    h2("Les indicateurs d'un SaaS")
    p("On ne pilote pas Museau au chiffre d'affaires du jour comme un e-commerce. Nos indicateurs : MQL, taux MQL → SQL, taux essai → clinique payante, CAC par canal, payback, MRR nouveau et net, churn logos et churn revenu, activation (une clinique est « activée » quand elle a reçu 50 RDV en ligne), et la north star metric, les RDV en ligne par semaine.")
    h2("Les KPI web, commentés")
    table([["KPI", "Avr.–juin", "Commentaire"],
           ["Trafic", "26 400 sessions/mois", "+26 % vs janvier, porté par l'inbound et le paid"],
           ["Taux de rebond", "47 %", "62 % sur le blog TOFU, 31 % sur /tarifs : normal pour du contenu info"],
           ["Temps de visite", "2 min 38", "4 min 10 sur le hub : le contenu est lu"],
           ["Temps de chargement", "LCP 1,9 s mobile", "sous le seuil de 2,5 s depuis la compression des images"],
           ["Abandon création de compte (essai)", "38 %", "le champ SIRET bloque : rendu facultatif en juin"],
           ["Abandon formulaire démo", "52 %", "trop de champs ; passé de 7 à 4"],
           ["Abandon choix du plan (panier)", "44 %", "hésitation Solo / Clinique : badge « le plus choisi »"],
           ["Abandon paiement", "non mesuré", "checkout Stripe hors domaine"],
           ["Chiffre d'affaires", "+21,4 k€ de MRR nouveau", "97 cliniques signées au T2"]],
          [2.4, 1.8, 3.4], "KPI web commentés (Matomo, Stripe, Pipedrive)")
    cap("Funnel Matomo avril–juin")
    h2("Les liens vers nos tableaux de bord")
    table([["Tableau", "Lien", "Statut"],
           ["Growth weekly (Metabase)", "https://metabase.museau.io/dashboard/12", "accès restreint"],
           ["Funnel MQL → payant (Metabase)", "https://metabase.museau.io/dashboard/19", "accès restreint"],
           ["Rapport Google Ads T2 (Looker Studio)", "https://lookerstudio.google.com/s/mUs3au-gads-t2", "OK"],
           ["Matomo — widget audience public", "https://stats.museau.io/index.php?module=Widgetize", "OK"],
           ["SERP tracking Haloscan (partage)", "https://app.haloscan.com/share/museau-10kw", "lien expiré"],
           ["Search Console — export clics", "https://docs.google.com/spreadsheets/d/museau-gsc-2026", "OK"],
           ["Rapport Chatwoot T2", "https://chat.museau.io/reports/share/q2-2026", "OK"]],
          [2.6, 3.6, 1.4], "Liens vers les outils de mesure")
    h2("Les targets : où on en est")
    table([["Target", "Départ", "Cible", "Juin 2026", "Verdict"],
           ["MQL / mois (tous canaux)", "240", "450", "472", "atteint"],
           ["Cliniques payantes signées au T2", "—", "90", "97", "atteint"],
           ["MQL organiques / mois", "62", "120", "131", "atteint"],
           ["Churn mensuel", "1,6 %", "1,2 %", "1,4 %", "trop tôt pour conclure"]],
          [2.4, 1.25, 1.0, 1.2, 1.8], "Targets T2 vs réalisé")
    p("Trois targets sur quatre sont atteintes et même dépassées, avec 54 % des nouvelles cliniques dans le Grand Ouest. La north star metric atteint {{46 800}} RDV en ligne par semaine en juin, au-dessus du jalon de 46 000. Pour le churn, trop tôt pour conclure.")
    h2("Actions correctives, par ordre de priorité")
    table([["#", "Action", "Owner", "Date"],
           ["1", "Tracer l'étape paiement : webhooks Stripe → Matomo", "Baptiste", "15/07"],
           ["2", "+25 % de budget Search Générique (part d'impr. perdue sur budget)", "Jade", "01/07"],
           ["3", "Réactiver le lien Haloscan, partages en lecture seule", "Jade", "05/07"],
           ["4", "Séquence Brevo J+3 / J+10 pour les essais sans conversation", "Malo", "20/07"],
           ["5", "Page /comparatif : ajouter Vetosoft et PetRDV", "Jade", "31/07"],
           ["6", "Spec « tournée rurale » pour la roadmap produit", "Claire", "30/09"]],
          [0.4, 4.8, 1.2, 1.0], "Actions correctives hiérarchisées")
    tag("Learnings", "la croissance du T2 vient surtout de l'inbound BOFU et du chat ; le prochain gisement est la mesure du checkout, sans laquelle on optimise à l'aveugle la dernière marche du funnel.")
    h2("Le rituel de pilotage")
    p("Chaque lundi à 9 h 30, 20 minutes avec Baptiste et Kévin, un seul écran : le dashboard Growth weekly dans Metabase. On regarde dans l'ordre la north star metric, les MQL par canal, le passage MQL → SQL, les essais, les cliniques signées, puis le coût par MQL paid. Toute baisse de plus de 15 % d'une semaine sur l'autre déclenche une question écrite dans Notion, avec un owner et une réponse attendue pour le lundi suivant. Une fois par mois, on ajoute le churn et le MRR net avec Claire.")
    tag("Playbook", "on rejoue Zéro Lapin en septembre sur la Bretagne nord et la Normandie, avec le même funnel, la même matrix et un budget paid revu à la hausse.")
    h2("Roadmap growth S2 2026")
    table([["Période", "Chantier", "Owner"],
           ["Juillet", "tracking du checkout, budget Search +25 %", "Baptiste, Jade"],
           ["Août", "pages locales Normandie, 4 nouveaux spokes", "Jade"],
           ["Septembre", "Zéro Lapin #2 (Bretagne nord, Normandie)", "Jade, Kévin"],
           ["Octobre", "baromètre des lapins : édition automne", "Jade, Claire"],
           ["Novembre", "programme ambassadrices ASV", "Malo"],
           ["Décembre", "bilan annuel, targets 2027", "Baptiste"]],
          [1.4, 4.2, 1.6], "Roadmap growth du second semestre")
    S.append(PageBreak())
    S.append(Paragraph("Glossaire", S_H1))
    for term, dfn in [
        ("ARR / MRR", "revenu récurrent annuel / mensuel des abonnements actifs, hors onboarding."),
        ("BOFU, MOFU, TOFU", "bas, milieu et haut du funnel : de la recherche d'information à la décision d'achat."),
        ("CAC", "coût d'acquisition d'une clinique payante : dépense marketing et commerciale du canal divisée par les cliniques signées."),
        ("Churn", "part des cliniques (churn logos) ou du MRR (churn revenu) perdue sur un mois."),
        ("Health score", "note d'usage d'une clinique (RDV en ligne, connexions, SMS) qui déclenche une alerte au customer success."),
        ("Hub & spokes", "une page pilier sur un sujet large, reliée à des articles satellites qui traitent chacun une question précise."),
        ("Lapin", "rendez-vous non honoré, sans annulation préalable."),
        ("Link earning", "obtenir des liens parce qu'on publie quelque chose qui mérite d'être cité (données, outils), sans les acheter."),
        ("MQL / SQL", "lead qualifié marketing (a téléchargé, s'est inscrit, a demandé un essai) / lead qualifié par Kévin comme une vraie opportunité."),
        ("North star metric", "l'indicateur unique qui résume la valeur créée pour les clients : chez nous, les RDV pris en ligne par semaine."),
        ("Payback", "nombre de mois de marge nécessaires pour rembourser le coût d'acquisition d'une clinique."),
        ("RSA", "annonce responsive Google Ads : plusieurs titres et descriptions que Google assemble."),
        ("Self-serve", "la clinique choisit son plan et paie seule en ligne, sans passer par un commercial."),
        ("SERP tracking", "suivi quotidien des positions de nos pages sur une liste de requêtes."),
        ("UTM", "paramètres ajoutés à un lien pour identifier la source d'une visite dans Matomo."),
    ]:
        p("<b>%s</b> — %s" % (term, dfn))
    S.append(NextPageTemplate("cover"))
    S.append(PageBreak())
    st_b = ParagraphStyle("back", parent=S_BODY, fontSize=11, leading=16, alignment=TA_LEFT)
    S.append(Spacer(1, 7 * cm))
    S.append(Paragraph("Museau", ParagraphStyle("bk", fontName="DV-B", fontSize=26, leading=30, textColor=TEAL, spaceAfter=12)))
    S.append(Paragraph("L'agenda en ligne des cliniques vétérinaires : page de réservation, rappels SMS, rappels vaccins, acomptes et téléconsultation.", st_b))
    S.append(Spacer(1, 12))
    S.append(Paragraph("Museau SAS · Île de Nantes, 44200 Nantes<br/>19 personnes · 612 cliniques clientes fin 2025<br/>Ce livre blanc a été rédigé par Jade Morvan, Growth Marketing Manager, avec les relectures de Baptiste Nguyen et du Dr Claire Hervouët.", st_b))


class Doc(BaseDocTemplate):
    def __init__(self, path, total, **kw):
        BaseDocTemplate.__init__(self, path, **kw)
        self.total = total
        fcov = Frame(LM, BM, UW, PH - TM - BM, id="cov", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        f1 = Frame(LM, BM, CW, PH - TM - BM, id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        f2 = Frame(LM + CW + GAP, BM, CW, PH - TM - BM, id="c2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fw = Frame(LM, BM, UW, PH - TM - BM, id="w", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="cover", frames=[fcov], onPage=self.deco_cover),
                               PageTemplate(id="two", frames=[f1, f2], onPage=self.deco),
                               PageTemplate(id="wide", frames=[fw], onPage=self.deco)])

    def deco_cover(self, c, d):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, PH - 0.9 * cm, PW, 0.9 * cm, stroke=0, fill=1)
        c.rect(0, 0, PW, 0.5 * cm, stroke=0, fill=1)
        c.restoreState()

    def deco(self, c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(LM, PH - 1.2 * cm, "Museau · Growth Playbook 2026")
        c.drawRightString(PW - RM, PH - 1.2 * cm, "Livre blanc — J. Morvan")
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.6)
        c.line(LM, PH - 1.35 * cm, PW - RM, PH - 1.35 * cm)
        c.drawCentredString(PW / 2, 0.9 * cm, "%d / %d" % (c.getPageNumber(), self.total))
        c.restoreState()


def build(total):
    global S
    S = []
    _fig[0] = 0
    cover()
    body()
    doc = Doc(FILE, total, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title="Growth Playbook 2026 — Museau", author=AUTHOR, subject="Livre blanc — blocs 2 et 3",
              creator="Jade Morvan", invariant=1)
    doc.build(S)
    return doc.page


def main():
    os.makedirs(OUT, exist_ok=True)
    n = build(20)
    if n != 20:
        n = build(n)
    print("pages", n)


if __name__ == "__main__":
    main()
