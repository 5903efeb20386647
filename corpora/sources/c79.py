# Générateur du dossier de la candidate c79 (Loca-Nord Équipements, location de matériel de chantier, Lesquin).
# Un seul PDF A4 paysage (reportlab, invariant=1) : chaque page = bandeau, titre numéroté, un grand tableau,
# puis un paragraphe « Lecture : ». Français professionnel québécois (VAE, blocs 1 et 3).
import os
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DC", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DCB", FD + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DCI", FD + "DejaVuSansCondensed-Oblique.ttf"))
registerFontFamily("DC", normal="DC", bold="DCB", italic="DCI", boldItalic="DCB")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c79-location-materiel-lille")
FILE = "loca-nord-plan-numerique.pdf"
AUTHOR = "Marie-Ève Gagnon"
BANNER = "Plan numérique 2026 — Loca-Nord Équipements — M.-È. Gagnon"
PW, PH = landscape(A4)
LM = RM = 1.3 * cm
UW = PW - LM - RM
NPAGES = 14

ORANGE = colors.HexColor("#E2701A")
ANTH = colors.HexColor("#2E3338")
PALE = colors.HexColor("#FBE9DA")
GRIS = colors.HexColor("#9A9A9A")

h_st = ParagraphStyle("h", fontName="DCB", fontSize=12.5, leading=15, textColor=ANTH, spaceBefore=2, spaceAfter=4)
lect = ParagraphStyle("l", fontName="DC", fontSize=10, leading=12.8, spaceBefore=3, spaceAfter=8, alignment=4)
cell = ParagraphStyle("c", fontName="DC", fontSize=8.1, leading=9.8)
cellb = ParagraphStyle("cb", fontName="DCB", fontSize=8.1, leading=9.8)
src = ParagraphStyle("s", fontName="DCI", fontSize=7.4, leading=9, textColor=colors.HexColor("#555555"), spaceBefore=3)
ttl = ParagraphStyle("t", fontName="DCB", fontSize=19, leading=23, textColor=ANTH)
sttl = ParagraphStyle("st", fontName="DC", fontSize=9.5, leading=12.5, textColor=ANTH, spaceAfter=3)
intro = ParagraphStyle("i", fontName="DC", fontSize=8.9, leading=11.2, spaceAfter=6, alignment=4)


def fr(t):
    """Espaces insécables autour des guillemets et devant les signes doubles."""
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    for s in (" ?", " !", " :", " ;", " %", " €"):
        t = t.replace(s, "\u00a0" + s[1:])
    return t


def deco(c, d):
    c.saveState()
    c.setFillColor(ANTH)
    c.rect(0, PH - 1.05 * cm, PW, 1.05 * cm, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(0, PH - 1.15 * cm, PW, 0.1 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DCB", 9.5)
    c.drawString(LM, PH - 0.68 * cm, BANNER)
    c.setStrokeColor(GRIS)
    c.setLineWidth(0.5)
    c.line(LM, 0.95 * cm, PW - RM, 0.95 * cm)
    c.setFillColor(ANTH)
    c.setFont("DC", 7.5)
    c.drawRightString(PW - RM, 0.55 * cm, "page %d / %d" % (d.page, NPAGES))
    c.restoreState()


def P(t, st=cell):
    return Paragraph(fr(t), st)


def table(rows, widths, header=True, first_bold=True, spans=None, subrows=()):
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            st = cellb if (header and i == 0) or (first_bold and j == 0) or i in subrows else cell
            line.append(P(v, st) if isinstance(v, str) else v)
        data.append(line)
    tw = float(sum(widths))
    t = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, GRIS),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.8),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
             ("LEFTPADDING", (0, 0), (-1, -1), 3),
             ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), PALE))
    for r in subrows:
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#EFEFEF")))
    for sp in spans or []:
        style.append(("SPAN",) + sp)
    t.setStyle(TableStyle(style))
    return t


def unit(title, tbl, lecture=None, source=None):
    parts = [Paragraph(fr(title), h_st), tbl]
    if source:
        parts.append(Paragraph(fr(source), src))
    if lecture:
        parts.append(Paragraph(fr("<b>Lecture :</b> " + lecture), lect))
    else:
        parts.append(Spacer(1, 6))
    return KeepTogether(parts)


# =====================================================================================
# PAGE 1 — clientèles
# =====================================================================================
# =====================================================================================
# Contenu : une fonction par page (14 pages). Chaque « unit » = titre numéroté + tableau + Lecture.
# =====================================================================================
def page1():
    S = [Paragraph("Plan numérique 2026", ttl),
         Paragraph(fr("Loca-Nord Équipements SAS — location de matériel de chantier — Lesquin, Lens, Dunkerque, Valenciennes<br/>"
                      "Marie-Ève Gagnon, responsable marketing numérique — dossier de validation des acquis, titre Chef de projet e-commerce — juin 2026"), sttl),
         Paragraph(fr("Ce document reprend le plan présenté à Francis Delattre et à Audrey Caron le 27 janvier 2026, puis les résultats mesurés de mars à mai. "
                      "Chaque page : un tableau, puis une lecture. Montants hors taxes sauf mention contraire. Partie 1 : clientèles, concurrence et plan de "
                      "déploiement ; partie 2 : visibilité de loca-nord.fr, liens commandités et mesure du rendement."), intro)]
    rows = [
        ["", "Artisans du second œuvre", "PME de travaux publics", "Particuliers bricoleurs"],
        ["Qui", "Plaquistes, électriciens, peintres — 142 entrevues", "Terrassement, réseaux — 88 entrevues",
         "Propriétaires : terrasse, clôture, allée — 54 entrevues"],
        ["Poids 2025", "58 % des revenus, 17 % réservés en ligne", "22 % des revenus, 9 % en ligne", "12 % des revenus, 64 % en ligne"],
        ["Déclencheurs", "Machine garantie le matin (71 %) ; livraison avant 8 h (64 %) ; compte pro, facture mensuelle (52 %)",
         "Tarif longue durée (68 %) ; transport inclus (61 %) ; dépannage en moins de 4 h (57 %)",
         "Projet de fin de semaine au printemps (74 %) ; prix taxes comprises (66 %) ; réserver le soir sur son cellulaire (62 %)"],
        ["Irritants", "Attente au comptoir le lundi (58 %) ; machine mal nettoyée ou batterie à plat (41 %)",
         "Soumission en plus de 24 h (46 %) ; aucune machine libre en avril–mai (44 %) ; casse contestée (39 %)",
         "Caution de 1 500 € (57 %) ; délai pour la récupérer (49 %) ; peur d'abîmer la machine (41 %)"],
    ]
    S.append(unit("1.1 Clientèles cibles : déclencheurs et irritants", table(rows, [2.6, 8, 8, 8]),
                  "Les trois clientèles ne magasinent pas de la même façon. L'artisan veut sa nacelle à 7 h sur le chantier : disponibilité et livraison "
                  "pèsent plus que le prix. La PME de travaux publics achète à la soumission, transport inclus. Le particulier décide le soir, sur son "
                  "cellulaire, et bute sur la caution, puis sur le délai pour la ravoir. Les 284 entrevues ont été faites par Kevin Lemaire au comptoir "
                  "téléphonique du 12 janvier au 13 février 2026 ; les collectivités (8 % des revenus) passent par marchés publics et restent hors plan."))
    return S


def page2():
    rows = [
        ["Étape", "Points de contact", "Chiffres observés", "Irritant principal", "Ce qu'on met en place"],
        ["Prise de conscience", "Google, voisin, groupe Facebook du quartier", "58 % partent de Google ; 71 % des projets entre mars et juin",
         "Ne sait pas quelle machine choisir", "Guide « quelle mini-pelle pour quel chantier »"],
        ["Magasinage d'information", "Fiches machines, clavardage, appel à l'agence", "4,2 pages vues par session ; 37 % appellent avant de réserver",
         "Prix hors taxes à recalculer", "Bascule HT / TTC sur les fiches"],
        ["Comparaison des soumissions", "Pages de prix, avis Google, Hexa et Machinéo", "48 % comparent 3 soumissions ; prix et caution décident 70 % des choix",
         "Tarif fin de semaine écrit nulle part", "Forfait vendredi 17 h – lundi 8 h : 224 € HT"],
        ["Réservation", "Module de réservation", "62 % réservent sur cellulaire ; 38 % abandonnent à la création de compte",
         "Compte obligatoire, 11 champs", "Réservation sans compte, empreinte bancaire"],
        ["Après-location", "Courriel, SMS, fiche Google", "Caution remboursée en 6,5 jours ; 23 % relouent dans l'année",
         "Délai de remboursement de la caution (49 %)", "Empreinte libérée sous 48 h, demande d'avis J+1"],
    ]
    S = [unit("1.2 Cheminement client : le particulier de fin de semaine", table(rows, [3.6, 5.6, 7.2, 4.6, 5.4]),
              "On ne perd pas le particulier quand il choisit sa machine, mais aux étapes 3 et 4 : quand il compare nos soumissions et quand il doit se "
              "créer un compte sur son cellulaire, un jeudi soir. L'irritant de la caution revient deux fois, avant (le montant) et après (le délai). "
              "D'où la réservation sans compte et la caution libérée sous 48 h en tête des orientations. Sources : GA4 2025, journaux du module, 54 entrevues.")]
    rows = [
        ["Critère", "Loca-Nord", "Hexa Location", "LocaPro Flandre", "Batiloc 62", "Machinéo"],
        ["Prix jour, mini-pelle 1,8 t", "149 €", "165 €", "139 €", "135 €", "119 € (médiane)"],
        ["Dépôt de garantie", "1 500 € prélevés", "2 000 € en empreinte", "1 000 €, chèque", "800 €, chèque", "Aucun"],
        ["Réservation en ligne", "Oui, compte obligatoire", "Oui, sans compte", "Non, soumission sous 24 h", "Non, téléphone", "Oui, application"],
        ["Plage de livraison", "6 h – 8 h", "7 h – 12 h", "7 h – 9 h", "Dans la journée", "Aucune livraison"],
        ["Garantie dommages", "12 %, franchise 750 €", "10 %, franchise 1 000 €", "9 %, franchise 1 200 €", "11 %", "18 € par jour"],
        ["Avis en ligne", "4,3 / 5 (412)", "4,1 / 5 (318)", "4,6 / 5 (188)", "4,0 / 5 (96)", "4,4 / 5 (application)"],
        ["Tarif fin de semaine", "1,5 jour, non affiché", "Forfait 290 €", "Aucun", "1 jour, en agence", "Prix libre"],
        ["Application mobile", "Non", "Oui", "Non", "Non", "Oui"],
    ]
    S.append(unit("1.3 Étalonnage concurrentiel", table(rows, [4.4, 4.4, 4.4, 4.4, 4.0, 4.0]),
                  "Sur le prix, nous sommes au milieu du peloton. Hexa Location est le seul à combiner réservation sans compte, caution par empreinte et "
                  "application : c'est lui qu'on retrouve en face de nous chez les particuliers. Notre vraie avance, la livraison 6 h – 8 h, n'est mise de "
                  "l'avant nulle part sur le site. Machinéo ne livre pas : il gagne les bricoleurs sur le prix, pas sur les grosses machines. Relevés du "
                  "20 janvier 2026, sites et soumissions téléphoniques."))
    return S


def page3():
    ffom = [
        ["<b>Forces</b> — 2 800 machines, dont 210 mini-pelles ; 4 agences ; 9 porte-chars et livraison 6 h – 8 h ; 30 ans de présence ; "
         "réservation en ligne déjà à 21 % des revenus ; note de 4,3 / 5.",
         "<b>Faiblesses</b> — Compte obligatoire (38 % d'abandons) ; 4,1 s de chargement sur cellulaire ; aucune page par agence ; tarif fin de semaine "
         "caché ; caution rendue en 6,5 jours ; chaque changement passe par Hauts Digital."],
        ["<b>Opportunités</b> — Rénovation énergétique (échafaudages, nacelles) ; aménagement extérieur chez les particuliers ; canal Seine-Nord Europe ; "
         "recherches « près de moi » ; négociants qui veulent offrir des services.",
         "<b>Menaces</b> — Hexa pousse son application et baisse ses prix au printemps ; Machinéo capte les particuliers ; gel de février ; "
         "gazole non routier plus cher ; construction neuve en recul."],
    ]
    S = [unit("1.4 FFOM de Loca-Nord", table(ffom, [1, 1], header=False, first_bold=False),
              "J'ai voulu une grille qui se lit en une minute par la direction, avec des faits chiffrés dans chaque case. Ce qui ressort : nos forces "
              "sont physiques (parc, agences, camions) et nos faiblesses sont presque toutes numériques. Le plan n'a donc pas à inventer une offre ; il "
              "doit rendre visible et facile à réserver une offre qui existe déjà. Les croisements ci-dessous en tirent les décisions.")]
    rows = [
        ["Priorité", "Croisement", "Orientation", "Concrètement", "Échéance"],
        ["1", "Faiblesse × menace : compte obligatoire face à Hexa", "Réserver en 3 minutes sans compte", "Mode invité, empreinte libérée sous 48 h, 6 champs au lieu de 11", "Avril"],
        ["2", "Force × opportunité : 4 agences, recherches locales", "Sortir en tête sur « location + machine + ville »", "4 pages d'agence, fiches Google revues", "Février–mars"],
        ["3", "Force × menace : parc de mini-pelles face à Machinéo", "Une offre fin de semaine claire et livrée", "Forfait à 1,5 jour, page dédiée, mots-clés achetés", "Mars"],
        ["4", "Force × opportunité : artisans fidèles, négociants", "Aller chercher l'artisan chez son négociant", "Apporteurs d'affaires au comptoir, 5 %", "Avril"],
        ["5", "Faiblesse × opportunité : soumission lente, chantiers TP", "Soumission en ligne pour les PME", "Réponse en 2 h ouvrées", "Septembre"],
    ]
    S.append(unit("1.5 Croisements FFOM → orientations", table(rows, [1.5, 7.5, 7.0, 8.0, 2.4], first_bold=False),
                  "L'ordre tient compte de deux choses : ce que l'orientation rapporte pendant le pic du printemps et ce qu'elle coûte en développement "
                  "chez Hauts Digital. Les orientations 1 à 3 se jouent avant juin ; la cinquième attend la rentrée, parce que les PME passent surtout par "
                  "la soumission et que le comptoir absorbe encore bien leurs demandes. Francis Delattre a validé cet ordre le 27 janvier 2026."))
    return S


def page4():
    rows = [
        ["Cible de rendement 2026", "Situation 2025", "Cible 2026", "Mesure"],
        ["Part des revenus réservés en ligne", "21 % (2,35 M€)", "30 %", "Module de réservation ÷ comptabilité"],
        ["Revenus des particuliers en fin de semaine", "412 000 €", "+ 35 %", "Réservations du vendredi au lundi"],
        ["Coût par réservation (mots-clés achetés)", "21,30 €", "moins de 18 €", "Google Ads"],
        ["Taux d'ouverture de l'infolettre", "24 %", "32 % et plus", "Mailchimp"],
        ["Clientèles retenues, par ordre", "", "", ""],
        ["1. Artisans du second œuvre", "58 % des revenus", "25 % en ligne", "Volume et fidélité"],
        ["2. Particuliers bricoleurs", "12 % des revenus", "+ 35 %", "Croissance la plus rapide"],
        ["3. PME de travaux publics", "22 % des revenus", "Soumission en ligne", "Gros panier, décision à la soumission"],
    ]
    S = [unit("1.6 Cibles de rendement 2026 et clientèles retenues",
              table(rows, [8, 5, 5, 9], spans=[((0, 5), (-1, 5))], subrows=(5,)),
              "Les cibles ont été fixées avec Audrey Caron à partir des chiffres 2025. Passer à 30 % de revenus en ligne, sur 11,6 M€ prévus, demande "
              "environ 1,1 M€ de réservations en ligne de plus : c'est ce que les canaux ci-dessous doivent aller chercher. L'artisan reste au premier "
              "rang (plus de la moitié des revenus), le particulier passe au deuxième (c'est là que ça pousse le plus vite), la PME au troisième.")]
    rows = [
        ["Ordre", "Canal numérique", "Ce qu'on fait", "Pourquoi à ce rang", "Départ"],
        ["1", "Référencement organique", "Pages d'agence, page pilier, vitesse", "La base : les autres canaux envoient vers ces pages ; effet lent", "5 janv."],
        ["2", "Achat de mots-clés", "3 campagnes Google Ads, 40 km autour des agences", "Résultat immédiat pour le printemps", "2 mars"],
        ["3", "Infolettre et courriels", "6 800 titulaires de compte, relances après location", "Presque gratuit, clients qui nous connaissent", "10 mars"],
        ["4", "Médias sociaux", "Facebook pour les particuliers, LinkedIn pour les pros", "Notoriété, preuve par l'exemple", "16 mars"],
        ["5", "Apporteurs d'affaires à commission", "Vendeurs des négoces, code de réservation, 5 %", "Demande une entente signée", "1er avril"],
        ["6", "Affichage", "Reciblage Display des visiteurs sans réservation", "Il faut d'abord des visiteurs à recibler", "4 mai"],
    ]
    S.append(unit("1.7 Canaux numériques et ordre de déploiement", table(rows, [1.4, 5.2, 8.6, 9.0, 2.2], first_bold=False),
                  "D'abord ce qui reste (les pages du site), ensuite ce qui rapporte tout de suite (les mots-clés achetés), puis ce qui fait revenir ceux "
                  "qui nous connaissent (l'infolettre), et en dernier ce qui a besoin des autres pour marcher : le reciblage se nourrit des visiteurs "
                  "amenés par les canaux 1 et 2. Les apporteurs d'affaires viennent tard parce qu'il fallait négocier l'entente avec le négoce."))
    return S


def page5():
    rows = [
        ["Action", "Début", "Fin", "Jours", "Responsable", "Pourquoi à ce moment"],
        ["Pages d'agence et page pilier", "5 janv.", "6 févr.", "20", "M.-È. Gagnon", "Creux d'hiver"],
        ["Intégration Drupal, réservation sans compte, vitesse", "12 janv.", "31 mars", "34", "Hauts Digital", "En ligne avant le pic d'avril"],
        ["Fiches Google des 4 agences", "2 févr.", "13 févr.", "4", "4 chefs d'agence", "Photos pendant le creux"],
        ["Mots-clés achetés : mini-pelle, fin de semaine", "2 mars", "28 juin", "4 + suivi", "M.-È. Gagnon", "La demande repart avec le dégel"],
        ["Semaine de la mini-pelle", "16 mars", "22 mars", "7", "A. Caron", "Premiers terrassements"],
        ["Campagne nacelles", "16 mars", "30 juin", "2 + suivi", "M.-È. Gagnon", "Façades et toitures au printemps"],
        ["Apporteurs d'affaires : kit et formation", "1er avr.", "30 avr.", "6", "A. Caron", "Négoces pleins en avril"],
        ["Affichage de reciblage", "4 mai", "26 juin", "2 + suivi", "M.-È. Gagnon", "Assez de visiteurs à recibler"],
        ["Pause des congés du bâtiment", "3 août", "21 août", "—", "—", "Mots-clés à − 70 %, pas d'infolettre"],
        ["Relance de rentrée", "24 août", "30 oct.", "5", "M.-È. Gagnon", "Deuxième pic"],
        ["Hiver : contenus, bilan", "2 nov.", "26 févr.", "25", "M.-È. Gagnon", "Gel, peu de réservations"],
    ]
    S = [unit("1.8 Calendrier de déploiement 2026", table(rows, [7.6, 2.0, 2.0, 1.8, 5.4, 7.6]),
              "Le calendrier suit notre activité, pas l'année civile : on construit l'hiver, quand le gel arrête les chantiers ; on pousse fort de mars "
              "à juin ; on coupe pendant les congés du bâtiment en août ; on relance pour septembre–octobre. Les durées viennent des soumissions de "
              "Hauts Digital et de mon suivi de temps 2025 (une page d'agence = 4 jours). Infolettre aux deux semaines et publications hebdomadaires en continu.")]
    rows = [
        ["Allié envisagé", "Clientèle commune", "Usage compatible", "Image", "Décision"],
        ["Négoce Matériaux du Nord", "Artisans : 31 de nos 40 plus gros comptes y achètent", "Plaques achetées et nacelle louée pour le même chantier", "Sérieux, « pro »", "Retenu : apporteurs d'affaires"],
        ["Utilitaires Flandres", "Particuliers en travaux, artisans sans camion", "Benne à gravats et mini-pelle la même fin de semaine", "Locale, 4,5 / 5", "Retenu : offre croisée"],
        ["Pavés des Flandres (Orchies)", "Particuliers, paysagistes", "Plaque vibrante pour poser les pavés", "Produit local", "Retenu : guide commun"],
        ["Fédération régionale du bâtiment", "2 300 entreprises adhérentes", "Annuaire, salons, formations", "Légitimité", "Retenu : annuaire"],
        ["VoisiLoc (location entre voisins)", "Particuliers", "Lister nos petites machines", "« Image amateur, assurance floue »", "Refusé"],
    ]
    S.append(unit("1.9 Maillage d'affaires et alliances", table(rows, [5.4, 7.0, 7.0, 4.2, 4.2]),
                  "Trois filtres pour chaque allié : partage-t-il nos clientèles, son produit sert-il sur le même chantier que nos machines, et son nom "
                  "à côté du nôtre nous renforce-t-il ? Le négoce et la fédération nous ouvrent les artisans ; Utilitaires Flandres et Pavés des Flandres "
                  "nous amènent des particuliers en plein projet. VoisiLoc passe les deux premiers tests mais échoue au troisième."))
    return S


def page6():
    rows = [
        ["Indicateur", "Semaine du 17 au 23 mars 2025", "Semaine du 16 au 22 mars 2026", "Variation"],
        ["Réservations de mini-pelles", "212", "301", "+ 42 %"],
        ["Revenus des mini-pelles (HT)", "58 300 €", "86 700 €", "+ 48,7 %"],
        ["Nouveaux comptes clients", "134", "219", "+ 63 %"],
        ["Sessions sur les pages mini-pelle", "6 120", "9 840", "+ 61 %"],
        ["Part des particuliers", "31 %", "38 %", "+ 7 points"],
        ["Réservations livrées entre 6 h et 8 h", "97", "141", "+ 45 %"],
        ["Coût de l'opération (publicité, remise de 10 %, affiches)", "2 100 €", "3 400 €", "+ 62 %"],
    ]
    return [unit("1.10 Bilan avant-après : la « Semaine de la mini-pelle »", table(rows, [10, 6, 6, 4]),
                 None, source="Source : exports Drupal Commerce et GA4 du 24 mars 2026.")]


def page7():
    rows = [
        ["Canal numérique", "Postes de dépense", "Dépense", "Revenus additionnels", "Marge à 42 %", "RCI"],
        ["Référencement organique", "Hauts Digital 9 600 € ; rédaction 8 400 € ; SE Ranking 1 140 € ; photos 1 800 €", "20 940 €", "310 000 €", "130 200 €", "522 %"],
        ["Achat de mots-clés", "Clics 42 000 € ; gestion 4 800 €", "46 800 €", "360 000 €", "151 200 €", "223 %"],
        ["Infolettre et courriels", "Mailchimp 1 900 € ; gabarits 2 400 €", "4 300 €", "96 000 €", "40 320 €", "838 %"],
        ["Médias sociaux", "Publicités Facebook 7 200 € ; visuels 3 600 €", "10 800 €", "58 000 €", "24 360 €", "126 %"],
        ["Apporteurs d'affaires", "Commissions 9 000 € ; kit comptoir 1 800 €", "10 800 €", "180 000 €", "75 600 €", "600 %"],
        ["Affichage", "Espace Display 9 600 € ; bannières 1 200 €", "10 800 €", "64 000 €", "26 880 €", "149 %"],
        ["Total", "", "104 440 €", "1 068 000 €", "448 560 €", "329 %"],
    ]
    S = [unit("1.11 Prévisions budgétaires et RCI par canal", table(rows, [4.6, 10.4, 2.6, 3.4, 3.0, 1.8]),
              "Le RCI — rendement du capital investi — est calculé sur la marge de contribution : (revenus × 42 % − dépense) ÷ dépense. Les 42 % sont "
              "les revenus de location moins les coûts qui varient à chaque location (transport, nettoyage, usure, frais bancaires). Chaque euro "
              "investi doit rapporter 4,29 € de marge. La réservation sans compte (14 500 €) est portée au budget du site, pas à un canal.")]
    rows = [
        ["Poste", "Prévu T1", "Réel T1", "Écart", "Cause", "Redressement décidé"],
        ["Référencement organique", "6 400 €", "7 900 €", "+ 23 %", "Page de Dunkerque reprise deux fois", "Forfait fermé avec Hauts Digital pour la suite"],
        ["Achat de mots-clés", "7 800 €", "9 350 €", "+ 20 %", "Requête large : clics « emploi », « CACES »", "Exclusions, expression exacte ; 1 550 € repris sur août"],
        ["Infolettre", "1 100 €", "1 020 €", "− 7 %", "Conforme", "Aucun"],
        ["Médias sociaux", "2 700 €", "1 150 €", "− 57 %", "Visuels livrés le 20 mars", "1 550 € reportés sur avril–mai"],
        ["Apporteurs d'affaires", "1 200 €", "450 €", "− 63 %", "Entente signée le 26 mars", "Démarrage au 1er avril"],
        ["Revenus en ligne", "545 000 €", "512 000 €", "− 6 %", "Gel du 9 au 27 février", "Mots-clés + 15 % en avril ; cible annuelle maintenue"],
    ]
    S.append(unit("1.12 Écarts prévu-réel du premier trimestre et redressements", table(rows, [4.2, 2.4, 2.4, 1.8, 7.0, 9.2]),
                  "Les dépenses totales sont presque dans la cible (19 870 € pour 19 200 € prévus, + 3,5 %), mais mal réparties : les mots-clés achetés "
                  "ont débordé pendant que les médias sociaux prenaient du retard. Le vrai écart est du côté des revenus, et il vient de la météo plus que "
                  "du plan. Les redressements ont été présentés au comité du 7 avril ; l'affichage ne démarre qu'en mai."))
    return S


def page8():
    rows = [
        ["Priorité", "Action organique", "Pourquoi", "Jours", "Au 31 mai"],
        ["1", "4 pages d'agence (adresse, heures, zone de livraison, avis)", "Absents de « location + ville » hors Lille", "12", "En ligne le 16 févr."],
        ["2", "Fiches Google d'établissement des 4 agences", "Recherche locale, carte", "4", "Fait"],
        ["3", "Vitesse : WebP, cache, clavardage différé", "4,1 s sur cellulaire", "9", "2,6 s"],
        ["4", "Page pilier mini-pelle et 7 satellites", "Famille la plus rentable", "10", "Fait"],
        ["5", "Titres et méta-descriptions des 180 fiches", "Titres en double", "5", "120 / 180"],
        ["6", "Redirections 301 de 312 adresses en erreur", "Liens entrants perdus", "2", "Fait"],
        ["7", "Données structurées LocalBusiness et Product", "Étoiles et prix dans Google", "3", "Fait"],
        ["8", "Demande d'avis par SMS le lendemain du retour", "Avis locaux frais", "2", "163 avis"],
        ["9", "Liens entrants de sites référents locaux", "Autorité locale", "6", "4 sites"],
        ["10", "Guide nacelles et foire aux questions", "Questions du comptoir", "4", "En rédaction"],
        ["11", "Liens des fiches vers leur famille", "47 fiches orphelines", "3", "Juin"],
    ]
    S = [unit("2.1 Référencement organique : actions priorisées", table(rows, [1.6, 10.4, 7.6, 1.6, 4.4], first_bold=False),
              "J'ai classé les onze actions selon le rapport entre l'effet attendu et l'effort, en partant de la saison : tout ce qui touche la "
              "recherche locale et la vitesse devait être en ligne avant le pic d'avril. Les actions 1 à 4 expliquent l'essentiel des gains de rang "
              "ci-dessous. Le bilan organique global, toutes actions additionnées, sera produit en décembre, une fois la haute saison passée.")]
    rows = [
        ["Requête", "Ville", "Volume", "Rang 12 janv.", "Rang 25 mai", "Page qui se classe"],
        ["location mini pelle Lille", "Lesquin", "590", "14e", "3e", "/location/mini-pelle/lille-lesquin"],
        ["location nacelle Dunkerque", "Dunkerque", "170", "22e", "6e", "/agences/dunkerque"],
        ["location échafaudage Valenciennes", "Valenciennes", "110", "18e", "5e", "/agences/valenciennes"],
        ["location bétonnière Lens", "Lens", "90", "9e", "2e", "/agences/lens"],
        ["location plaque vibrante Lille", "Lesquin", "140", "27e", "8e", "/location/plaques-vibrantes"],
        ["location mini pelle week end", "Toutes", "320", "après 50e", "9e", "/location/mini-pelle/fin-de-semaine"],
        ["location groupe électrogène chantier", "Toutes", "170", "31e", "12e", "/location/groupes-electrogenes"],
        ["location bungalow de chantier", "Lesquin", "210", "11e", "4e", "/location/bungalows"],
    ]
    S.append(unit("2.2 Rang dans les pages de résultats, avant-après", table(rows, [7.0, 3.0, 2.0, 2.6, 2.6, 8.4]),
                  "Les huit requêtes sont suivies chaque jour dans SE Ranking, ville par ville. Les plus gros gains viennent des pages d'agence : à "
                  "Dunkerque, Valenciennes et Lens, Google n'avait rien à montrer pour nous. « location mini pelle week end » sort de nulle part grâce "
                  "à la page fin de semaine. Le groupe électrogène reste loin : sa page est présentement la même qu'en 2019."))
    return S


def page9():
    rows = [
        ["Outil", "Ce qu'il mesure", "Pourquoi lui", "Lien du tableau de pilotage"],
        ["GA4", "Achalandage, sources, réservations, abandons par étape", "Gratuit, relié à Google Ads",
         "https://analytics.google.com/analytics/web/#/p318640275/reports/explorer?r=loca-nord-reservations"],
        ["Search Console", "Impressions, clics, position par requête", "Seule source des vraies requêtes",
         "https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Aloca-nord.fr"],
        ["SE Ranking", "Rang de 120 requêtes par ville, domaines référents", "Préféré à Semrush : suivi par ville d'origine, 95 € par mois contre 140 €",
         "https://online.seranking.com/admin.site.positions.site_id-8231457.html"],
        ["Looker Studio", "Synthèse hebdomadaire pour la direction", "Rassemble les trois sources, lecture seule",
         "https://lookerstudio.google.com/reporting/3f9c2a71-5b0e-4d8a-9e61-2c7d0a4b18f5/page/p_pilotage"],
        ["Google Ads", "Coûts, taux de clics, part d'impressions", "Source d'origine des coûts",
         "https://ads.google.com/aw/reporting/reportbuilder?ocid=486120337&amp;reportId=1175204"],
    ]
    S = [unit("2.3 Outils de mesure d'achalandage et tableaux de pilotage", table(rows, [2.6, 6.6, 7.0, 11.0]),
              "Ma méthode : partir des questions que la direction pose chaque lundi (combien de réservations, d'où, à quel coût, où on perd les "
              "clients), puis choisir pour chaque question l'outil qui donne le chiffre à la source, sans double saisie. Looker Studio ne mesure rien "
              "lui-même : il rassemble. Les cinq liens ont été vérifiés le 2 juin 2026 ; l'accès se demande par courriel à marketing@loca-nord.fr.")]
    rows = [
        ["Étape", "Ce que j'ai fait", "Ce qui en sort"],
        ["1. Machines × villes", "14 familles croisées avec les 4 villes d'agence", "96 amorces"],
        ["2. Vocabulaire réel", "Search Console (16 mois), SE Ranking, mots du comptoir : « mini pelle », « minipelle », « pelleteuse »", "612 expressions"],
        ["3. Qualification", "Volume, difficulté, intention ; pro (« nacelle ciseaux 8 m ») ou particulier (« louer mini pelle week end prix »)", "214 gardées, 398 écartées"],
        ["4. Concurrents", "Pages d'Hexa, LocaPro, Batiloc, Machinéo sur chaque expression", "Aucune page fin de semaine chez eux"],
        ["5. Une page par expression", "Une seule page cible, ville d'agence associée", "Grille de 214 lignes"],
    ]
    S.append(unit("2.4 Grille de mots-clés : la méthode en cinq étapes", table(rows, [4.6, 15.0, 6.0]),
                  "La grille tient compte de notre contexte : quatre villes, donc quatre marchés de recherche ; deux façons d'écrire selon qu'on est pro "
                  "ou particulier ; des concurrents nationaux forts sur les requêtes générales mais absents des requêtes de ville. C'est là qu'on pouvait "
                  "gagner vite, et c'est pour ça que chaque ligne porte une ville d'agence."))
    return S


GRILLE = [
    ("location mini pelle", "2 400", "61", "Réserver", "Tous", "/location/mini-pelle (pilier)", "—"),
    ("location mini pelle lille", "590", "46", "Réserver", "Tous", "/location/mini-pelle/lille-lesquin", "Lesquin"),
    ("location mini pelle week end", "320", "28", "Réserver", "Particuliers", "/location/mini-pelle/fin-de-semaine", "—"),
    ("location mini pelle lens", "170", "31", "Réserver", "Tous", "/location/mini-pelle/lens", "Lens"),
    ("location mini pelle dunkerque", "140", "29", "Réserver", "Tous", "/location/mini-pelle/dunkerque", "Dunkerque"),
    ("location mini pelle valenciennes", "140", "27", "Réserver", "Tous", "/location/mini-pelle/valenciennes", "Valenciennes"),
    ("location mini pelle pas cher", "110", "33", "Réserver", "Particuliers", "/location/mini-pelle/fin-de-semaine", "—"),
    ("location minipelle 1,8 t prix", "90", "22", "Réserver", "Particuliers", "/location/mini-pelle/fin-de-semaine", "—"),
    ("location mini pelle 5 tonnes", "110", "34", "Réserver", "PME", "/location/mini-pelle/5-a-8-tonnes", "—"),
    ("quelle mini pelle pour une tranchée", "70", "12", "S'informer", "Particuliers", "/guide/choisir-sa-mini-pelle", "—"),
    ("location nacelle lille", "260", "43", "Réserver", "Artisans", "/location/nacelles", "Lesquin"),
    ("location nacelle dunkerque", "170", "33", "Réserver", "Artisans", "/agences/dunkerque", "Dunkerque"),
    ("location nacelle valenciennes", "90", "25", "Réserver", "Artisans", "/agences/valenciennes", "Valenciennes"),
    ("location nacelle ciseaux 8 m", "90", "24", "Réserver", "Artisans", "/location/nacelles/ciseaux-8-m", "—"),
    ("location nacelle articulée 12 m", "70", "27", "Réserver", "Artisans", "/location/nacelles/articulee-12-m", "—"),
    ("location nacelle araignée", "50", "23", "Réserver", "Artisans", "/location/nacelles/araignee", "—"),
    ("location échafaudage roulant", "480", "41", "Réserver", "Tous", "/location/echafaudages/roulant", "—"),
    ("location échafaudage lille", "210", "38", "Réserver", "Artisans", "/location/echafaudages", "Lesquin"),
    ("location échafaudage valenciennes", "110", "19", "Réserver", "Artisans", "/agences/valenciennes", "Valenciennes"),
    ("location bétonnière lens", "90", "14", "Réserver", "Particuliers", "/agences/lens", "Lens"),
    ("location bétonnière 160 l", "70", "18", "Réserver", "Particuliers", "/location/betonnieres", "—"),
    ("location plaque vibrante lille", "140", "21", "Réserver", "Tous", "/location/plaques-vibrantes", "Lesquin"),
    ("louer plaque vibrante pour pavés", "50", "11", "S'informer", "Particuliers", "/location/plaques-vibrantes", "—"),
    ("location groupe électrogène chantier", "170", "35", "Réserver", "PME", "/location/groupes-electrogenes", "—"),
    ("location bungalow de chantier", "210", "30", "Réserver", "PME", "/location/bungalows", "Lesquin"),
    ("location base vie chantier nord", "40", "15", "Réserver", "PME", "/location/bungalows", "—"),
    ("location rouleau compacteur", "140", "29", "Réserver", "PME", "/location/compactage", "—"),
    ("location dumper", "210", "32", "Réserver", "Tous", "/location/dumpers", "—"),
    ("location tarière thermique", "90", "16", "Réserver", "Particuliers", "/location/tarieres", "—"),
    ("location matériel btp lesquin", "30", "9", "Réserver", "Pros", "/agences/lesquin", "Lesquin"),
]


def page10():
    rows = [["N°", "Expression", "Volume / mois", "Difficulté / 100", "Intention", "Page cible", "Ville d'agence"]]
    for i, g in enumerate(GRILLE, 1):
        rows.append([str(i)] + list(g[:4]) + list(g[5:]))
    t = table(rows, [1.0, 8.0, 2.4, 2.6, 2.4, 8.6, 3.0], first_bold=False)
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1.3), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8)]))
    return [unit("2.5 Grille de mots-clés (extrait de 30 lignes sur 214)", t,
                 "L'extrait garde une ligne par page cible importante. La logique : l'expression générale très disputée (« location mini pelle », "
                 "difficulté 61) va à la page pilier ; les expressions de ville, plus faciles (19 à 46), vont aux pages d'agence ou aux satellites de "
                 "ville ; les formulations de particuliers (« pas cher », « week end », « pour pavés ») vont vers des pages qui affichent le prix taxes "
                 "comprises. Volumes et difficultés : SE Ranking, base France, relevé du 19 janvier 2026.")]


def page11():
    rows = [
        ["Page", "Adresse", "Liens faits (ancre → destination)"],
        ["Pilier : location de mini-pelle dans le Nord", "/location/mini-pelle", "Vers les 7 satellites, ancres dans le texte : « mini-pelle à Lens » → S2, « louer une 1,8 t pour la fin de semaine » → S5…"],
        ["S1 : mini-pelle à Lille-Lesquin", "/location/mini-pelle/lille-lesquin", "« location de mini-pelle dans le Nord » → pilier ; « notre agence de Lesquin » → agence"],
        ["S2 : mini-pelle à Lens", "/location/mini-pelle/lens", "« toutes nos mini-pelles » → pilier ; « l'agence de Lens » → agence"],
        ["S3 : mini-pelle à Dunkerque", "/location/mini-pelle/dunkerque", "« mini-pelles de 1,5 à 8 t » → pilier ; « agence de Dunkerque » → agence"],
        ["S4 : mini-pelle à Valenciennes", "/location/mini-pelle/valenciennes", "« location de mini-pelle » → pilier ; « notre agence de Valenciennes » → agence"],
        ["S5 : mini-pelle 1,8 t en fin de semaine", "/location/mini-pelle/fin-de-semaine", "« les autres tailles » → pilier ; « quelle mini-pelle pour votre tranchée » → S7"],
        ["S6 : mini-pelle de 5 à 8 t", "/location/mini-pelle/5-a-8-tonnes", "« location de mini-pelle » → pilier ; « comparer les gabarits » → S7"],
        ["S7 : guide, quelle mini-pelle pour quel chantier", "/guide/choisir-sa-mini-pelle", "« louer une mini-pelle » → pilier ; « une 1,8 t suffit » → S5 ; « au-delà de 5 t » → S6"],
    ]
    S = [unit("2.6 Page pilier et pages satellites : la mini-pelle", table(rows, [6.4, 6.4, 14.2]),
              "Règles strictes : seules les ancres écrites dans le texte comptent (pas de « cliquez ici », pas de menu) ; chaque satellite remonte vers "
              "le pilier et, s'il a une ville, vers la page de l'agence de cette ville ; jamais de lien vers une autre famille de machines. Le lien vers "
              "la plaque vibrante prévu dans S5 a été retiré, même si le particulier qui loue une mini-pelle loue souvent une plaque.")]
    rows = [
        ["Site référent", "Type", "Page qui nous cite", "En ligne depuis", "Sessions (mars–mai)", "Réservations"],
        ["Fédération régionale du bâtiment", "Fédération", "Annuaire des fournisseurs", "3 mars", "412", "19"],
        ["Ville de Lesquin", "Annuaire municipal", "Fiche entreprise, rubrique BTP", "18 févr.", "96", "4"],
        ["Ville de Dunkerque", "Annuaire municipal", "Services aux entreprises", "9 mars", "188", "6"],
        ["Le Bricoleur du Nord", "Blogue de bricolage", "« J'ai loué une mini-pelle pour ma terrasse »", "14 avril", "531", "27"],
        ["Domaines référents (SE Ranking)", "", "41 au 12 janvier → 63 au 25 mai", "", "1 227", "56"],
    ]
    S.append(unit("2.7 Liens entrants et sites référents", table(rows, [6.0, 4.2, 8.4, 2.8, 3.2, 2.6]),
                  "Les quatre sites ont été choisis parce qu'ils amènent de vrais visiteurs, pas seulement un lien : la fédération et les annuaires "
                  "municipaux amènent des pros, le blogue amène des particuliers en plein projet (27 réservations). Les domaines référents passent de 41 "
                  "à 63 en quatre mois, dont 15 annuaires locaux et 3 articles de presse régionale sur la réservation sans compte."))
    return S


def page12():
    rows = [
        ["Campagne", "Groupes d'annonces", "Correspondance", "Mots-clés exclus", "Budget"],
        ["C1 — Mini-pelle", "1,5–2 t ; 2,5–3,5 t ; 5–8 t", "Exacte et expression", "emploi, CACES, occasion, achat, formation, jouet", "120 € par jour"],
        ["C2 — Fin de semaine", "Mini-pelle ; plaque vibrante ; bétonnière", "Expression et large", "les mêmes, plus « gratuit », « entre particuliers »", "60 € par jour"],
        ["C3 — Nacelles", "Ciseaux 8–12 m ; articulée 12–16 m", "Exacte et expression", "emploi, CACES, occasion, « formation nacelle »", "40 € par jour"],
    ]
    S = [unit("2.8 Liens commandités : structure des campagnes", table(rows, [4.0, 7.0, 4.4, 8.6, 3.0]),
              "Un groupe d'annonces par machine, pour que l'annonce et la page parlent exactement de ce qui a été cherché. Les exclusions viennent des "
              "requêtes de janvier–février : « CACES » et « emploi » attiraient des chercheurs de formation ou d'emploi, « occasion » des acheteurs. "
              "Ciblage : 40 km autour des quatre agences ; 220 € par jour pendant le pic, soit environ 1 540 € par semaine.")]
    rows = [
        ["Groupe", "Titres", "Description", "Page de destination"],
        ["C1 / 1,5–2 t", "Location mini-pelle 1,8 t | Livrée sur chantier dès 6 h | 149 € HT par jour", "4 agences dans le Nord. Réservez en ligne en 3 minutes, sans créer de compte.", "/location/mini-pelle"],
        ["C1 / 5–8 t", "Mini-pelle 5 à 8 t à louer | Devis en 2 h ouvrées | Porte-char inclus dès 5 jours", "Terrassement, réseaux, VRD : machines récentes, dépannage sous 4 h.", "/location/mini-pelle/5-a-8-tonnes"],
        ["C2 / mini-pelle", "Mini-pelle pour le week-end | Du vendredi 17 h au lundi 8 h | Forfait 268,80 € TTC", "Terrasse, clôture, tranchée : prise en main expliquée, caution libérée en 48 h.", "/location/mini-pelle/fin-de-semaine"],
        ["C2 / plaque", "Plaque vibrante à louer | 46,80 € TTC la journée | Idéale pour vos pavés", "Retrait à Lesquin, Lens, Dunkerque ou Valenciennes. Réservez le soir.", "/location/plaques-vibrantes"],
        ["C3 / ciseaux", "Nacelle ciseaux 8 m à louer | 119 € HT par jour | Livrée entre 6 h et 8 h", "Façades, plafonds, bardage : nacelles électriques récentes, batteries chargées.", "Pointe présentement vers l'accueil du catalogue — page à créer"],
        ["C3 / articulée", "Nacelle articulée 12 à 16 m | Livraison par porte-char | Dépannage sous 4 h", "Nord et Pas-de-Calais : 4 agences, devis en 2 h ouvrées pour les pros.", "Pointe présentement vers l'accueil du catalogue — page à créer"],
    ]
    S.append(unit("2.9 Annonces textuelles et pages de destination", table(rows, [3.0, 9.2, 9.0, 6.0]),
                  "Dans les annonces, j'écris « week-end » et « devis », les mots que nos clients d'ici tapent vraiment ; à l'interne, on garde « fin de "
                  "semaine » et « soumission ». Chaque titre reprend la machine du groupe et une preuve : prix, heure de livraison ou délai de réponse. "
                  "Les campagnes mini-pelle et fin de semaine ont leur page de destination propre, avec prix, disponibilités et bouton de réservation."))
    return S


WEEKS = [("S10 (2–8 mars)", 1180, 1.62, 4.1, 19.7, 312, 52), ("S11 (9–15 mars)", 1260, 1.58, 4.4, 18.6, 309, 55),
         ("S12 (16–22 mars)", 1690, 1.71, 5.2, 15.1, 318, 61), ("S13 (23–29 mars)", 1540, 1.66, 4.9, 16.8, 305, 60),
         ("S14 (30 mars–5 avr.)", 1480, 1.61, 5.0, 17.0, 301, 62), ("S15 (6–12 avr.)", 1520, 1.57, 5.3, 16.9, 298, 63),
         ("S16 (13–19 avr.)", 1610, 1.55, 5.5, 16.1, 297, 64), ("S17 (20–26 avr.)", 1590, 1.52, 5.6, 15.9, 296, 66),
         ("S18 (27 avr.–3 mai)", 1380, 1.49, 5.4, 16.4, 292, 63), ("S19 (4–10 mai)", 1560, 1.51, 5.8, 15.6, 299, 67),
         ("S20 (11–17 mai)", 1640, 1.54, 6.0, 15.4, 302, 68), ("S21 (18–24 mai)", 1490, 1.50, 5.9, 15.9, 297, 67),
         ("S22 (25–31 mai)", 1420, 1.48, 6.1, 16.2, 295, 69)]
MARGE = 0.42


def n(x):
    return "{:,}".format(int(round(x))).replace(",", " ")


def dec(x, k=2):
    return ("%.*f" % (k, x)).replace(".", ",")


def pilotage():
    rows = [["Semaine", "Impressions", "Taux de clics", "CPC", "Coût", "Réservations", "Revenus", "RCI", "Part d'impressions"]]
    ti = tcl = tc = tb = tr = 0
    for lab, cost, cpc, ctr, cpb, rpb, isr in WEEKS:
        clicks = round(cost / cpc)
        imp = round(clicks / (ctr / 100))
        b = round(cost / cpb)
        r = b * rpb
        rci = (r * MARGE - cost) / cost * 100
        ti += imp; tcl += clicks; tc += cost; tb += b; tr += r
        rows.append([lab, n(imp), dec(ctr, 1) + " %", dec(cpc) + " €", n(cost) + " €", str(b), n(r) + " €", n(rci) + " %", "%d %%" % isr])
    rows.append(["Total mars–mai", n(ti), dec(tcl * 100.0 / ti, 1) + " %", dec(tc / tcl) + " €", n(tc) + " €", n(tb), n(tr) + " €",
                 n((tr * MARGE - tc) / tc * 100) + " %", "—"])
    t = table(rows, [4.6, 2.6, 2.4, 2.0, 2.4, 2.6, 2.8, 2.0, 2.8])
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
                           ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    u = unit("2.10 Tableau de pilotage hebdomadaire des liens commandités, mars à mai 2026", t,
             "Le taux de clics monte de 4,1 à 6,1 %% à mesure que les exclusions et les groupes par machine font effet, et le CPC baisse de 1,71 € à "
             "1,48 €. Le coût par réservation passe sous 18 € dès la semaine 12 (Semaine de la mini-pelle) et y reste : %s € en moyenne. Le RCI, sur la "
             "marge de contribution, est de %s %% sur les trois mois. La part d'impressions plafonne vers 67–69 %% : le reste est perdu faute de budget, "
             "surtout à Dunkerque en fin de semaine." % (dec(tc / tb), n((tr * MARGE - tc) / tc * 100)))
    return u, tc, tr, tb


def page13():
    u, tc, tr, tb = pilotage()
    posts = [("10 mars", "Arrivée de 12 nacelles articulées de 16 m", "Photo", 4820, 96, 141),
             ("24 mars", "Chantier de la semaine : réseau d'eau à Armentières", "Carrousel", 6310, 152, 198),
             ("7 avril", "Sécurité : 5 vérifications avant de monter en nacelle", "Vidéo 45 s", 9480, 211, 336),
             ("22 avril", "Une matinée avec un chauffeur de porte-char", "Vidéo 60 s", 11240, 287, 402),
             ("6 mai", "Entente avec Négoce Matériaux du Nord", "Photo", 5120, 74, 163),
             ("20 mai", "Compte pro : facturation mensuelle", "Visuel", 3960, 88, 61)]
    rows = [["Date", "Publication LinkedIn", "Format", "Portée", "Clics", "Réactions", "Engagement"]]
    for d, s, f, imp, cl, inter in posts:
        rows.append([d, s, f, n(imp), str(cl), str(inter), dec((cl + inter) * 100.0 / imp, 1) + " %"])
    ti, tcl, tr2 = sum(p[3] for p in posts), sum(p[4] for p in posts), sum(p[5] for p in posts)
    rows.append(["Total", "6 publications", "", n(ti), n(tcl), n(tr2), dec((tcl + tr2) * 100.0 / ti, 1) + " %"])
    u2 = unit("2.11 Publications LinkedIn", table(rows, [2.0, 11.0, 2.8, 2.4, 2.0, 2.4, 2.6], first_bold=False),
              "Les vidéos courtes, tournées avec nos propres employés, font deux fois mieux que les photos, en portée comme en engagement ; les clics "
              "mènent surtout vers les pages nacelles et l'espace pro. Le revenu attribuable aux publications reste à isoler : les liens n'avaient pas "
              "de paramètres de suivi, et les pros qui cliquent réservent souvent plus tard, par téléphone.")
    return [u, u2], tc, tr, tb


def page14(tc, tr, tb):
    rows = [
        ["IRC", "Source", "Mai 2025", "Mai 2026", "Commentaire"],
        ["Achalandage du site (sessions)", "GA4", "38 200", "46 900", "+ 23 %"],
        ["Achalandage en succursale", "Tickets des comptoirs des 4 succursales", "3 480", "3 310", "Clients servis au comptoir : moins d'attente"],
        ["Taux de rebond", "GA4", "57 %", "46 %", "Pages d'agence plus utiles"],
        ["Durée d'engagement", "GA4", "1 min 38 s", "2 min 21 s", "Guide et fiches plus complètes"],
        ["Temps de chargement (cellulaire)", "PageSpeed Insights", "4,1 s", "2,6 s", "WebP, cache, clavardage différé"],
        ["Abandon : création de compte", "Entonnoir GA4", "38 %", "21 %", "Réservation sans compte depuis le 14 avril"],
        ["Abandon : dates et adresse", "Entonnoir GA4", "24 %", "18 %", "Devient le principal point de fuite"],
        ["Abandon : caution", "Entonnoir GA4", "17 %", "11 %", "Empreinte au lieu d'un prélèvement"],
        ["Abandon : paiement", "Entonnoir GA4", "9 %", "7 %", "Quelques refus 3-D Secure"],
        ["Revenus réservés en ligne (mois)", "Module de réservation", "262 000 €", "352 000 €", "+ 34 %"],
    ]
    ti = table(rows, [6.0, 6.2, 2.4, 2.4, 8.6])
    ti.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6)]))
    S = [unit("2.12 IRC — indicateurs de rendement clés", ti,
              "Tous les indicateurs du site vont dans le bon sens, et les plus gros gains sont là où on a touché au parcours de réservation : création "
              "de compte et caution. L'étape des dates et de l'adresse de chantier devient le principal point de fuite. L'achalandage en succursale est "
              "gardé parce que la direction suit les comptoirs : ce qu'on gagne en ligne se voit aussi en agence.")]
    rows = [
        ["Élément", "Calcul", "Mars–mai 2026", "Cible", "Atteinte"],
        ["RCI liens commandités", "(%s € × 42 %% − %s €) ÷ %s €" % (n(tr), n(tc), n(tc)), n((tr * MARGE - tc) / tc * 100) + " %", "223 %", "Oui"],
        ["RCI infolettre", "(61 800 € × 42 % − 1 180 €) ÷ 1 180 €", "2 100 %", "838 %", "Oui"],
        ["Part des revenus en ligne", "Revenus en ligne ÷ revenus totaux", "26,8 %", "30 %", "Non"],
        ["Particuliers en fin de semaine", "Mars–mai 2026 ÷ mars–mai 2025", "+ 41 %", "+ 35 %", "Oui"],
        ["Coût par réservation", "%s € ÷ %s réservations" % (n(tc), n(tb)), dec(tc / tb) + " €", "moins de 18 €", "Oui"],
        ["Ouvertures de l'infolettre", "Moyenne des 6 envois", "34,6 %", "32 %", "Oui"],
    ]
    tr2 = table(rows, [5.6, 10.0, 3.4, 3.4, 2.6])
    tr2.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6)]))
    S.append(unit("2.13 RCI calculé et cibles de rendement", tr2,
                  "Trois des quatre cibles de rendement sont atteintes après trois mois. La part en ligne progresse, mais le gel de février et la campagne "
                  "nacelles, moins efficace que prévu, la tiennent sous 30 %. Les liens commandités et l'infolettre dépassent largement le RCI prévu ; "
                  "le RCI des médias sociaux n'est pas calculé, faute de revenu isolé. À ce rythme, la cible annuelle de 30 % reste possible si la rentrée "
                  "de septembre–octobre suit la même pente que le printemps."))
    rows = [
        ["Constat tiré des tableaux de mai", "Redressement envisagé"],
        ["Part en ligne à 26,8 %", "Disponibilité en temps réel sur les fiches nacelles et échafaudages"],
        ["Campagne nacelles dirigée vers l'accueil du catalogue", "Créer la page de destination nacelles"],
        ["Part d'impressions perdue à Dunkerque (41 %)", "Groupe d'annonces « Dunkerque » avec son propre budget"],
        ["18 % d'abandon aux dates et à l'adresse", "Saisie automatique de l'adresse de chantier"],
        ["Revenu des publications non isolé", "Paramètres UTM et code de réservation par publication"],
    ]
    S.append(unit("2.14 Redressements", table(rows, [10, 17]),
                  "Ces pistes sortent de la lecture des tableaux de pilotage de mai. Elles ne sont pas encore chiffrées : certaines demandent du développement chez "
                  "Hauts Digital, d'autres seulement du temps à l'interne. Elles seront présentées au comité de direction du 15 juin 2026, avec les "
                  "premiers chiffres de juin."))
    return S


def build():
    p13, tc, tr, tb = page13()
    pages = [page1(), page2(), page3(), page4(), page5(), page6(), page7(), page8(), page9(), page10(), page11(), page12(),
             p13, page14(tc, tr, tb)]
    assert len(pages) == NPAGES
    S = []
    for i, p in enumerate(pages):
        if i:
            S.append(PageBreak())
        S.extend(p)
    return S


def main():
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, FILE)
    doc = BaseDocTemplate(path, pagesize=(PW, PH), leftMargin=LM, rightMargin=RM, topMargin=1.55 * cm, bottomMargin=1.15 * cm,
                          title="Plan numérique 2026 — Loca-Nord Équipements", author=AUTHOR, creator=AUTHOR,
                          subject="Titre Chef de projet e-commerce — VAE, blocs 1 et 3", invariant=1)
    frame = Frame(LM, 1.15 * cm, UW, PH - 1.15 * cm - 1.55 * cm, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=deco)])
    doc.build(build())
    print("pages:", doc.page)


if __name__ == "__main__":
    main()
