# Générateur du dossier du candidat c94 (Lhuillier Matériel Agricole, négoce de matériel agricole d'occasion, Toury) — bloc 5 seul.
# Un PDF A4 portrait formel (reportlab) : couverture, sommaire paginé (deux passes), titres numérotés en petites capitales
# vert foncé, en-tête et pied courants sauf sur la couverture, tableaux à cellules fusionnées (SPAN), annexe 1 = devis
# de l'agence retenue, annexe 2 = procédure de reprise et mise en parc. Déterministe : invariant=1, aucune date courante.
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, CondPageBreak, KeepTogether)
from reportlab.platypus.doctemplate import NextPageTemplate

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "c94-materiel-agricole-beauce")
PDF = os.path.join(OUT, "lhuillier-projet-reprise-en-ligne.pdf")
AUTHOR = "Guillaume Bréant"

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Oblique", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-BoldOblique", "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"))
registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique", boldItalic="DejaVu-BoldOblique")

PW, PH = A4
LM = RM = 2.2 * cm
UW = PW - LM - RM
GREEN = colors.HexColor("#24502B")
PALE = colors.HexColor("#E4EEDF")
GRID = colors.HexColor("#8FA58F")

S_BODY = ParagraphStyle("b", fontName="DejaVu", fontSize=9.6, leading=14.2, spaceAfter=6, alignment=4)
S_H1 = ParagraphStyle("h1", fontName="DejaVu-Bold", fontSize=14.5, leading=18, textColor=GREEN, spaceBefore=4, spaceAfter=9)
S_H2 = ParagraphStyle("h2", fontName="DejaVu-Bold", fontSize=11, leading=14, textColor=GREEN, spaceBefore=9, spaceAfter=5)
S_CAP = ParagraphStyle("cap", fontName="DejaVu-Oblique", fontSize=8.6, leading=11, textColor=GREEN, spaceBefore=4, spaceAfter=3)
S_LI = ParagraphStyle("li", parent=S_BODY, leftIndent=14, bulletIndent=3, spaceAfter=3)
S_QUOTE = ParagraphStyle("q", parent=S_BODY, fontName="DejaVu-Oblique", leftIndent=18, rightIndent=18)
S_RET = ParagraphStyle("ret", parent=S_BODY, fontName="DejaVu-Bold", textColor=GREEN, spaceBefore=6, borderPadding=4)
S_CELL = ParagraphStyle("c", fontName="DejaVu", fontSize=8.2, leading=10.4)
S_CELLR = ParagraphStyle("cr", parent=S_CELL, alignment=2)
S_CELLH = ParagraphStyle("ch", fontName="DejaVu-Bold", fontSize=8.2, leading=10.4, textColor=colors.white)
S_CELLB = ParagraphStyle("cb", fontName="DejaVu-Bold", fontSize=8.2, leading=10.4)
S_TOC0 = ParagraphStyle("toc0", fontName="DejaVu-Bold", fontSize=10, leading=15, textColor=GREEN, spaceBefore=3)
S_TOC1 = ParagraphStyle("toc1", fontName="DejaVu", fontSize=9.3, leading=13.5, leftIndent=16)


def smallcaps(text, size):
    """Petites capitales simulées : minuscules passées en capitales à 78 % de la taille."""
    out, buf, low = [], "", None
    small = size * 0.78
    for ch in text:
        is_low = ch.isalpha() and ch.islower()
        if low is None or is_low == low:
            buf += ch
        else:
            out.append((buf, low)); buf = ch
        low = is_low
    if buf:
        out.append((buf, low))
    res = ""
    for s, l in out:
        s = s.replace("&", "&amp;")
        res += '<font size="%.1f">%s</font>' % (small, s.upper()) if l else s
    return res


class Heading(Paragraph):
    def __init__(self, text, style, level):
        Paragraph.__init__(self, smallcaps(text, style.fontSize), style)
        self.toc_text = text
        self.toc_level = level


class Doc(BaseDocTemplate):
    def __init__(self, path, total, **kw):
        BaseDocTemplate.__init__(self, path, **kw)
        self.total = total
        cover = Frame(LM, 2 * cm, UW, PH - 4 * cm, id="cover")
        body = Frame(LM, 1.9 * cm, UW, PH - 1.9 * cm - 2.3 * cm, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="cover", frames=[cover], onPage=self.deco_cover),
                               PageTemplate(id="body", frames=[body], onPage=self.deco)])
        self.toc = []

    def afterFlowable(self, fl):
        if isinstance(fl, Heading):
            self.toc.append((fl.toc_level, fl.toc_text, self.page))

    def deco_cover(self, c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, 0, 1.1 * cm, PH, stroke=0, fill=1)
        c.restoreState()

    def deco(self, c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.setFont("DejaVu", 7.8)
        c.drawString(LM, PH - 1.3 * cm, "Lhuillier Matériel Agricole — Projet « Reprise en ligne » — Dossier bloc 5 — G. Bréant")
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.6)
        c.line(LM, PH - 1.45 * cm, PW - RM, PH - 1.45 * cm)
        c.line(LM, 1.45 * cm, PW - RM, 1.45 * cm)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawRightString(PW - RM, 1.0 * cm, "Document interne — v2 du 14/05/2026 — page %d / %d" % (d.page, self.total))
        c.restoreState()


# ====================================================================== CONTENU
C = []
def h1(x): C.append(("h1", x))
def h2(x): C.append(("h2", x))
def p(x): C.append(("p", x))
def li(x): C.append(("li", x))
def q(x): C.append(("q", x))
def ret(x): C.append(("ret", x))
def pb(): C.append(("pb",))
def cap(x): C.append(("cap", x))
def t(rows, widths, spans=(), right=(), bold_rows=(), head=1, extra=()):
    C.append(("t", rows, widths, spans, right, bold_rows, head, extra))


# ---------------------------------------------------------------- 1
h1("1. Le projet « Reprise en ligne »")
h2("1.1 Notre entreprise et le point de départ")
p("Lhuillier Matériel Agricole SAS est installée ZA du Moulin à Toury (Eure-et-Loir), en bordure de la RN20, entre Orléans et Étampes. L'entreprise a été créée en 1983 par Michel Lhuillier ; sa fille Anne-Sophie Lhuillier la dirige depuis 2015. Nous achetons, préparons et revendons du matériel agricole d'occasion. Le site compte un parc de 4 hectares, un atelier de cinq mécaniciens et un magasin de pièces.")
p("Nos clients sont des exploitants de grandes cultures, des entrepreneurs de travaux agricoles (ETA) et des CUMA, en Beauce et dans les départements voisins, ainsi que des acheteurs étrangers. Les montants vont de 5 000 à 150 000 € HT par machine : un tracteur de 160 ch de 2016 à 6 200 heures moteur est vendu 68 000 € HT, une moissonneuse-batteuse de 2012 avec coupe de 7,5 m 125 000 € HT, une charrue réversible 5 corps 8 900 € HT, un semoir de 4 m 14 500 € HT. Au magasin de pièces, un kit de courroies se vend 189 € TTC.")
cap("Tableau 1 — Chiffres clés de l'exercice 2025")
t([["Activité", "Indicateur", "Valeur"],
   ["Machines d'occasion", "Machines vendues", "312"],
   ["", "Prix moyen", "29 000 € HT"],
   ["", "Ventes démarrées par une annonce en ligne", "62 %"],
   ["", "Ventes à l'export (contacts par WhatsApp)", "28 %"],
   ["Pièces", "Chiffre d'affaires pièces", "600 000 € HT"],
   ["", "dont boutique WooCommerce", "140 000 € HT"],
   ["Entreprise", "Chiffre d'affaires total", "9 800 000 € HT"],
   ["", "Effectif", "14 personnes"]],
  [4.2, 8.2, 4.2], spans=[((0, 1), (0, 4)), ((0, 5), (0, 6)), ((0, 7), (0, 8))], right=(2,))
p("Le site est un WordPress équipé de l'extension AgriParc, qui gère nos annonces de machines, et d'une boutique WooCommerce pour les pièces. Les annonces sont aussi publiées sur les plateformes Agri-Annonces et TracteurMarket. Aucune machine n'est payée en ligne : l'acompte se fait par virement après accord avec le commercial. Nos concurrents directs sont Agri-Centre Loiret, les Ets Bourdin Machinisme à Châteaudun et Eure-et-Loir Occasions.")
p("Je suis Guillaume Bréant, 31 ans, ancien technico-commercial en approvisionnement agricole, responsable digital et annonces chez Lhuillier depuis 2022. Je prépare le titre en formation continue (session 2026) et présente ici le bloc 5, avec Anne-Sophie Lhuillier comme tutrice.")
p("Le constat de départ : nos reprises arrivent par téléphone avec des informations incomplètes (« un 6 cylindres, pas trop d'heures »), le commercial rappelle deux ou trois fois pour avoir des photos, et les annonces sont saisies trois fois, si bien qu'une machine vendue reste parfois une semaine en ligne sur une plateforme. Le projet « Reprise en ligne » veut régler ces trois points : un formulaire de reprise en ligne avec photos et heures moteur, une prise de rendez-vous pour la visite au parc, et la synchronisation des annonces vers les plateformes.")
h2("1.2 Le dossier de consultation")
p("J'ai rédigé le dossier de consultation en janvier 2026. Il a été relu par Anne-Sophie et par Patrick Girault, le plus ancien de nos trois commerciaux, puis envoyé le 26 janvier 2026 à trois agences web. Il compte dix parties :")
cap("Tableau 2 — Plan du dossier de consultation « Reprise en ligne »")
t([["Partie", "Contenu", "Pages"],
   ["1. L'entreprise", "Activité, chiffres, organisation commerciale, saisonnalité (pics avant moisson et après récolte)", "2"],
   ["2. Constat", "Parcours actuel d'une reprise et d'une annonce, temps perdus, exemples réels", "2"],
   ["3. Objectifs", "Finalités, attendus, exigences techniques", "1"],
   ["4. Périmètre", "Formulaire de reprise (photos, heures moteur, état des pneus), rendez-vous au parc, synchronisation des annonces ; hors périmètre : paiement en ligne des machines", "3"],
   ["5. Existant technique", "WordPress, extension AgriParc, WooCommerce, hébergement, accès aux API des plateformes", "1"],
   ["6. Consignes de la direction", "Les quatre consignes d'Anne-Sophie et leurs conséquences sur le projet", "1"],
   ["7. Contenus et données", "Reprise des 180 annonces en ligne et de leurs photos, textes des pages, champs obligatoires", "1"],
   ["8. Planning", "Jalons de janvier à septembre 2026, mise en ligne avant les Journées Agri-Beauce", "1"],
   ["9. Budget et réponse", "Plafond, décomposition attendue du prix, critères de notation, date limite de réponse", "1"],
   ["10. Recette et suivi", "Scénarios de test, formation de l'équipe, maintenance, hébergement", "1"]],
  [3.8, 11.0, 1.8], right=(2,))
h2("1.3 Les consignes de la direction")
p("Anne-Sophie m'a donné quatre consignes lors du lancement, le lundi 5 janvier 2026. Je les ai reprises mot pour mot dans la partie 6 du dossier, puis je les ai traduites en exigences pour les agences.")
li("<b>Un budget de 35 000 € HT au plus</b>, hébergement et maintenance de la première année compris. Le plafond est écrit dans la partie 9 ; toute réponse au-dessus perd des points sur le critère du coût.")
li("<b>« On ne vend pas un tracteur en ligne, le téléphone reste au centre. »</b> Aucun paiement de machine ni panier : chaque annonce met en avant le numéro direct du commercial du secteur, et le formulaire se termine par « un commercial vous rappelle ».")
li("<b>Chaque demande arrive chez un commercial en moins de 2 heures.</b> Le dossier impose un routage automatique selon le département (Patrick Girault pour l'Eure-et-Loir, Julien Hamon pour le Loiret et l'Essonne, Bastien Leroux pour l'export et les autres départements), avec une alerte SMS et un renvoi à Anne-Sophie si la demande n'est pas ouverte au bout de 2 heures ouvrées.")
li("<b>Une mise en ligne avant les Journées Agri-Beauce de Voves</b>, début septembre, où nous exposons chaque année : le planning place la mise en ligne au lundi 24 août 2026, avec deux semaines de marge.")
h2("1.4 Finalités, attendus et exigences techniques")
p("Les objectifs du projet sont présentés sur trois niveaux dans la partie 3 du dossier de consultation :")
cap("Tableau 3 — Objectifs du projet « Reprise en ligne »")
t([["Niveau", "Contenu"],
   ["Finalités", "Faire du site la première porte d'entrée des reprises et des visites au parc, sans remplacer le commercial."],
   ["", "Vendre plus vite les machines du parc occasion grâce à des annonces à jour sur toutes les plateformes."],
   ["Attendus", "Plus de reprises proposées par les clients."],
   ["", "Des leads mieux qualifiés (photos, heures, état) avant le premier appel."],
   ["", "Moins d'appels pour des machines déjà vendues."],
   ["", "Un budget total de 35 000 € HT au plus."],
   ["Exigences techniques", "voir proposition de l'agence en annexe 1"]],
  [4.0, 12.6], spans=[((0, 1), (0, 2)), ((0, 3), (0, 6))])
p("Ces objectifs ont été validés par Anne-Sophie le vendredi 23 janvier 2026, avant l'envoi du dossier.")
ret("À retenir : le dossier de consultation en dix parties reprend les consignes d'Anne-Sophie et fixe le cadre du projet avant de consulter les agences.")

# ---------------------------------------------------------------- 2
pb()
h1("2. Le choix de l'agence")
h2("2.1 Les agences consultées")
p("Nous avons consulté trois agences de la région, choisies parce qu'elles travaillent déjà avec des entreprises agricoles ou para-agricoles : Pixel Sillon à Chartres, l'Agence Orge & Blé à Orléans et DigiRural à Tours. Chacune a reçu le même dossier le 26 janvier 2026, avec une date limite de réponse au 13 février 2026. Chaque agence est venue une heure et demie au parc pour voir nos contraintes (photos prises dehors, réseau faible, commerciaux sur la route).")
p("Les trois réponses ont été reçues dans les délais. Pixel Sillon propose 31 860 € HT, Orge & Blé 27 400 € HT et DigiRural 38 900 € HT. DigiRural dépasse donc le plafond fixé par Anne-Sophie.")
h2("2.2 La grille de notation")
p("J'ai construit la grille de notation avant de lire les offres, et discuté les poids avec Anne-Sophie : le coût reste le premier critère, mais la connaissance du monde agricole et la synchronisation des annonces pèsent autant que le prix et le délai réunis. Chaque critère est noté de 1 à 5.")
cap("Tableau 4 — Grille de notation")
t([["Groupe", "Critère", "Poids", "Pixel Sillon", "Orge & Blé", "DigiRural"],
   ["Prix et délai", "Coût total (plafond 35 000 € HT)", "25 %", "3", "5", "1"],
   ["", "Délai : mise en ligne avant les Journées Agri-Beauce", "15 %", "4", "3", "2"],
   ["Savoir-faire", "Références dans le machinisme et l'agriculture", "20 %", "5", "2", "4"],
   ["", "Synchronisation AgriParc / plateformes d'annonces", "20 %", "5", "2", "3"],
   ["Après la mise en ligne", "Assistance et maintenance", "10 %", "4", "3", "5"],
   ["", "Hébergement (localisation, sauvegardes, disponibilité)", "10 %", "4", "3", "4"],
   ["Note pondérée sur 5", "", "100 %", "4,15", "3,10", "2,85"]],
  [3.2, 6.2, 1.4, 2.0, 1.9, 1.9], spans=[((0, 1), (0, 2)), ((0, 3), (0, 4)), ((0, 5), (0, 6)), ((0, 7), (1, 7))],
  right=(2, 3, 4, 5), bold_rows=(7,))
h2("2.3 Pourquoi Pixel Sillon")
p("Pixel Sillon obtient la meilleure note, 4,15 sur 5, alors qu'elle n'est pas la moins chère. La différence se fait sur la synchronisation des annonces : l'agence a déjà développé un connecteur entre AgriParc et Agri-Annonces pour un concessionnaire de l'Orne et propose le même travail vers TracteurMarket, avec une mise à jour toutes les 30 minutes. Orge & Blé proposait un export CSV à lancer à la main chaque soir, ce qui ne règle pas notre problème de machines vendues encore en ligne.")
p("Pixel Sillon a aussi réalisé le site d'une fédération de CUMA et connaît notre vocabulaire (relevage, prise de force, trémie) ; au parc, l'agence a proposé d'elle-même un envoi différé des photos prises hors réseau, ce qui correspond à la réalité des cours de ferme.")
p("Le prix de 31 860 € HT reste sous le plafond de 35 000 € HT, avec une marge de 3 140 € pour les imprévus. Le délai proposé, mise en ligne le 24 août 2026, respecte la consigne des Journées Agri-Beauce. DigiRural avait la meilleure offre d'assistance, mais son planning plaçait la mise en ligne en octobre et son prix dépassait le plafond. Anne-Sophie a validé le choix le jeudi 19 février 2026 ; le bon pour accord a été signé le 2 mars 2026.")
ret("À retenir : la grille de notation, fixée avant l'ouverture des offres, a fait choisir l'agence qui règle la synchronisation des annonces, dans le budget et dans le délai.")

# ---------------------------------------------------------------- 3
pb()
h1("3. Le cadre juridique du site")
h2("3.1 Les informations éditeur")
p("Le mardi 3 mars 2026, j'ai vérifié la page « Informations éditeur » du site, accessible depuis le pied de page de toutes les pages, y compris la boutique de pièces. J'ai contrôlé chaque information une par une : dénomination sociale et forme (SAS), capital social, adresse du siège ZA du Moulin à Toury, numéro RCS de Chartres et SIREN, numéro de TVA intracommunautaire, téléphone et adresse e-mail de contact, nom de la directrice de la publication (Anne-Sophie Lhuillier).")
p("Il manquait l'adresse postale de l'hébergeur : seul son nom figurait. Je l'ai ajoutée le jour même, avec son numéro de téléphone. J'ai aussi vérifié que la page s'affiche bien sur téléphone, où le lien était caché dans un menu replié ; il est maintenant visible en bas de chaque page.")
h2("3.2 Les conditions de vente de la boutique de pièces")
p("La boutique WooCommerce vend des pièces d'usure à des agriculteurs mais aussi à des particuliers. J'ai relu les conditions de vente de la boutique en partant des litiges de 2025 : 23 réclamations sur 1 480 commandes. Trois clauses ont été analysées :")
cap("Tableau 5 — Analyse de trois clauses des conditions de vente de la boutique")
t([["Clause", "Ce que disent nos conditions", "Ce que j'ai constaté", "Proposition"],
   ["Retours", "Retour accepté sous 14 jours, pièce non montée, frais de retour à la charge du client", "La clause ne distingue pas les particuliers, qui ont un droit de rétractation de 14 jours, et les professionnels. Le formulaire de rétractation n'est pas proposé", "Distinguer les deux cas, ajouter le formulaire type pour les particuliers"],
   ["Erreur de référence", "« Le client est responsable de la référence commandée »", "9 réclamations sur 23 : souvent, la fiche ne donnait pas la compatibilité par modèle. Quand l'erreur vient de notre fiche, nous reprenons déjà la pièce à nos frais, sans que ce soit écrit", "Écrire la reprise à nos frais en cas d'erreur de fiche ; ajouter le numéro de série dans le formulaire de commande"],
   ["Délai de livraison", "« Délai indicatif de 72 h », sans suite prévue en cas de retard", "Un délai « indicatif » ne protège pas : pour un particulier, un délai doit être annoncé et il peut annuler si nous ne le tenons pas après relance", "Annoncer 72 h ouvrées, prévoir le remboursement sous 14 jours en cas d'annulation pour retard"]],
  [2.6, 3.8, 5.6, 4.6])
p("Les propositions ont été remises à Anne-Sophie le 17 mars 2026.")
h2("3.3 La protection des fichiers clients")
p("Le formulaire de reprise va faire entrer beaucoup plus de données. J'ai listé celles que nous conservons aujourd'hui et celles que le formulaire ajoutera :")
cap("Tableau 6 — Données conservées sur les clients et prospects")
t([["Donnée", "Où elle est conservée", "Pourquoi", "Durée de conservation"],
   ["Nom de l'exploitation, nom du contact", "Fichier clients, AgriParc", "Suivi commercial, dossier de vente", "Prospects : 3 ans après le dernier contact"],
   ["SIRET", "Fichier clients", "Facturation, vente entre professionnels", "Clients : durée des relations + 3 ans"],
   ["Téléphone, e-mail", "Fichier clients, téléphones des commerciaux", "Rappel des demandes, envoi d'annonces", "Prospects : 3 ans après le dernier contact"],
   ["Numéro WhatsApp", "Téléphones des commerciaux", "Échanges avec les acheteurs export", "Non définie"],
   ["Photos de la machine reprise", "Formulaire de reprise (nouveau), AgriParc", "Estimation de la reprise", "3 ans pour les reprises non conclues"],
   ["Numéro de série, heures moteur", "Historique machine", "Traçabilité de la machine", "Durée de détention de la machine + 3 ans"]],
  [3.8, 3.8, 4.4, 4.6])
p("Deux points m'inquiètent. D'abord, les appels sont enregistrés par notre standard téléphonique, y compris ceux des clients qui proposent une reprise. Ensuite, les échanges WhatsApp avec l'export se font sur les téléphones personnels de Bastien Leroux et de Patrick Girault, avec des photos de cartes grises et de pièces d'identité d'acheteurs. Ce sont deux risques que je n'avais pas vus avant de faire cette liste.")
ret("À retenir : les informations éditeur sont complètes depuis le 3 mars 2026 ; les conditions de vente de la boutique et la liste des données ont été revues pour préparer la mise en ligne.")

# ---------------------------------------------------------------- 4
pb()
h1("4. L'équipe et les réunions")
h2("4.1 Le point du lundi au parc")
p("Chaque lundi à 8 h, nous faisons un point de 30 minutes debout au parc, devant le bureau de vente, avec les trois commerciaux, Didier Pichot (chef d'atelier), Nathalie Cosson (dossiers de vente), le magasinier, le préparateur et moi. Depuis janvier 2026, l'ordre du jour est écrit le vendredi et envoyé sur le groupe de l'équipe, avec trois objectifs fixes :")
li("<b>Arrêter la liste des machines à préparer dans la semaine</b> : Didier annonce la capacité de l'atelier (en heures), les commerciaux donnent les machines vendues ou réservées ; on sort de la réunion avec une liste classée par date de livraison promise.")
li("<b>Traiter les leads de plus de 48 heures</b> : je présente la liste des demandes du site et des plateformes qui n'ont pas eu de rappel ou de suite ; chaque lead est soit attribué avec une date de rappel, soit classé sans suite avec la raison.")
li("<b>Caler les enlèvements export de la semaine</b> : Bastien donne les camions attendus, Nathalie vérifie que les documents (facture, certificat de cession, documents de douane) et le paiement sont prêts ; une machine non payée ne sort pas.")
p("Exemple du lundi 9 mars 2026 : 11 machines à préparer pour 96 heures d'atelier disponibles, 7 leads de plus de 48 heures (5 attribués, 2 classés sans suite), 2 enlèvements export vers la Roumanie.")
h2("4.2 La réunion mensuelle d'atelier")
p("Le premier jeudi de chaque mois, Didier Pichot et les cinq mécaniciens se réunissent une heure avec Anne-Sophie et moi. L'objectif annoncé de cette réunion est de suivre et de réduire le temps de préparation par machine avant la mise en vente. Nous comparons le temps passé sur les machines du mois précédent au temps prévu : en février 2026, un tracteur a demandé en moyenne 14 heures de préparation pour 11 heures prévues. Les causes des écarts (pièces en attente, reprise mal décrite) donnent une ou deux actions pour le mois suivant.")
h2("4.3 Le suivi individuel")
p("Je ne suis pas de résultats individuels : les commerciaux sont à la commission, c'est Anne-Sophie qui suit leurs chiffres.")
ret("À retenir : chaque réunion a maintenant un objectif écrit, et le point du lundi sert à ne laisser aucun lead sans réponse plus de 48 heures.")

# ---------------------------------------------------------------- 5
pb()
h1("5. Le parc occasion et les dossiers de vente")
h2("5.1 L'historique machine")
p("Chaque machine qui entre au parc reçoit un numéro de parc et un historique machine, ouvert dans AgriParc par Nathalie Cosson au moment de l'achat ou de la reprise. Il contient : le numéro de série et l'année, les heures moteur à l'entrée, le précédent propriétaire (avec son accord écrit pour le conserver), la carte grise pour les machines immatriculées, les photos d'entrée (huit vues imposées), le rapport de l'atelier avec les pièces changées, puis les heures et photos à la sortie. L'historique suit la machine jusqu'à sa livraison et reste consultable ensuite.")
p("Ce choix a deux raisons. La première est la valeur de revente : un acheteur paie plus cher une machine dont il connaît l'origine et l'entretien, surtout à l'export, où l'acheteur ne voit la machine qu'en photo. La seconde est le vol : le matériel agricole est très volé, et un historique avec numéro de série et photos permet de prouver l'origine d'une machine et de la déclarer rapidement en cas de disparition. Les tracteurs de plus de 50 000 € reçoivent en plus une balise GPS pendant leur séjour au parc, et toutes les clés sont rangées au coffre du bureau.")
h2("5.2 Les zones du parc")
p("Le parc de 4 hectares est divisé en six zones. Zone A : arrivées et reprises à contrôler, près du portail. Zone B : machines en attente d'atelier. Zone C : exposition le long de la RN20, pour les machines prêtes à la vente, photographiées et en ligne. Zone D : machines vendues en attente d'enlèvement, clés au coffre. Zone E : machines export, regroupées près du quai de chargement. Zone F : outils de travail du sol et semoirs, alignés par largeur. La zone de chaque machine est mise à jour dans AgriParc à chaque déplacement.")
p("Pour le rangement, pas de rayonnage, ce sont des machines de 8 tonnes.")
h2("5.3 Le contrôle pulvé")
p("Les pulvérisateurs que nous revendons sont soumis à un contrôle obligatoire, le « contrôle pulvé ». Tout pulvérisateur de plus de 5 ans doit être inspecté par un organisme agréé ; le contrôle est ensuite à renouveler tous les 3 ans. L'inspecteur vérifie la pompe, le manomètre, les buses, le débit et la rampe, puis colle une vignette sur l'appareil.")
p("Pour la revente, nous indiquons dans l'annonce la date du dernier contrôle et nous remettons le rapport à l'acheteur. Quand le contrôle date de plus de 3 ans, nous le faisons réaliser avant la vente par un organisme agréé de Chartres, pour environ 220 € HT, ou nous vendons le pulvérisateur « contrôle à refaire », avec une baisse de prix.")
h2("5.4 Les contrôles à l'entrée au parc")
p("Les contrôles que nous faisons nous-mêmes dépendent du type de machine. Ils ont été fixés avec Didier Pichot en fonction de la valeur de la machine et du coût d'une mauvaise surprise après la vente :")
cap("Tableau 7 — Contrôles à l'entrée au parc selon le type de machine")
t([["Type de machine", "Contrôle", "Qui, quand", "Pourquoi"],
   ["Tracteurs", "Fiche de 80 points : moteur, boîte, pont, relevage, prise de force, hydraulique, pneus, cabine, électronique", "Un mécanicien, sous 5 jours après l'arrivée", "Valeur élevée (20 000 à 90 000 €) ; une panne de boîte après la vente coûte plus que la marge"],
   ["Moissonneuses-batteuses", "Essai de battage à poste fixe, contrôle du contre-batteur, des secoueurs, de la coupe et de la trémie", "Didier Pichot, avant la mise en vente", "Machines de plus de 100 000 € vendues pour une seule saison de travail : l'acheteur exige un essai"],
   ["Outils de travail du sol, semoirs", "Contrôle visuel : usure des pièces travaillantes, soudures, roulements", "Le préparateur, à l'arrivée", "Valeur plus faible ; un contrôle visuel suffit à fixer le prix et la préparation"],
   ["Toutes machines", "Vérification du numéro de série avec la carte grise et l'historique", "Nathalie Cosson, à l'arrivée", "Risque de machine volée ; une machine au numéro douteux n'entre pas au parc"]],
  [3.2, 5.4, 3.4, 4.6])
h2("5.5 Le dossier de vente : de 14 à 9 étapes")
p("En novembre 2025, j'ai suivi avec Nathalie Cosson dix ventes de machines, de l'accord au téléphone jusqu'à l'enlèvement. Le dossier de vente passait par 14 étapes et demandait en moyenne 3 h 10 de temps administratif. Plusieurs étapes ne servaient à rien ou faisaient doublon. Le nouveau circuit, en place depuis février 2026, compte 9 étapes et 1 h 40 de temps administratif.")
cap("Tableau 8 — Étapes du dossier de vente d'une machine, avant et après")
t([["Avant (14 étapes)", "Après (9 étapes)"],
   ["1. Accord au téléphone, noté sur papier", "1. Accord au téléphone, saisi dans AgriParc (statut « réservée »)"],
   ["2. Recopie dans le registre papier des ventes", "Supprimée : le registre papier fait doublon avec AgriParc"],
   ["3. Second contrôle du prix par Anne-Sophie", "Supprimée : prix plancher fixé à l'entrée au parc, contrôle seulement en dessous"],
   ["4. Bon de commande rempli à la main", "2. Bon de commande généré depuis l'historique machine"],
   ["5. Bon de commande faxé ou scanné au client", "3. Envoi du bon de commande par e-mail pour signature électronique"],
   ["6. Attente du bon signé par courrier", "(regroupée avec l'étape 3)"],
   ["7. Demande d'acompte par téléphone", "4. Demande d'acompte jointe au bon de commande"],
   ["8. Vérification du virement par la comptable", "5. Vérification du virement par Nathalie"],
   ["9. Fiche de préparation papier à l'atelier", "6. Préparation planifiée au point du lundi"],
   ["10. Recopie des heures de sortie", "Supprimée : heures saisies par l'atelier dans l'historique"],
   ["11. Facture saisie dans le logiciel comptable", "7. Facture éditée depuis AgriParc"],
   ["12. Certificat de cession rempli à la main", "8. Certificat de cession prérempli"],
   ["13. Appel au client pour l'enlèvement", "9. Enlèvement ou transport confirmé par SMS"],
   ["14. Retrait de l'annonce sur chaque plateforme", "Supprimée : retrait automatique à la vente (après le projet)"],
   ["Temps administratif : 3 h 10", "Temps administratif : 1 h 40"]],
  [8.3, 8.3], bold_rows=(15,))
p("Le gain est de 1 h 30 par machine, soit environ 470 heures par an pour 312 machines.")
ret("À retenir : l'historique machine assure la traçabilité de chaque machine, les contrôles dépendent du type et de la valeur, et le dossier de vente est passé de 14 à 9 étapes.")

# ---------------------------------------------------------------- 6
pb()
h1("6. Transport et livraison")
h2("6.1 Le transport porte-engins")
p("Une partie des acheteurs vient chercher sa machine au parc avec son propre plateau. Pour les autres, nous organisons le transport, refacturé au client. J'ai comparé les quatre solutions utilisées en 2025 sur le coût au kilomètre, relevé sur les factures de l'année, et j'ai demandé à chaque transporteur son émission de CO2 au kilomètre :")
cap("Tableau 9 — Transport porte-engins classé par coût au kilomètre")
t([["Rang", "Distance", "Transporteur", "Coût au km", "Transports 2025", "CO2 au km"],
   ["1", "Moins de 80 km", "Notre camion plateau porte-engins (conduit par le préparateur)", "2,10 € HT", "118", "1,1 kg"],
   ["2", "De 80 à 600 km", "Transports Beauceron (Pithiviers)", "2,60 € HT", "64", "les autres n'ont pas répondu"],
   ["3", "", "Convoi Centre (Blois), convois exceptionnels", "2,95 € HT", "21", ""],
   ["4", "Export", "Transitaire export (camion et documents de douane)", "3,40 € HT", "37", ""]],
  [1.2, 2.6, 5.6, 2.3, 2.3, 2.6], spans=[((1, 2), (1, 3)), ((5, 2), (5, 4))], right=(3, 4, 5))
p("Notre camion est le moins cher au kilomètre, mais il ne sort pas au-delà de 80 km, car le préparateur ne peut pas quitter le parc plus d'une demi-journée. Entre les deux transporteurs régionaux, Transports Beauceron est moins cher ; Convoi Centre n'est appelé que pour les moissonneuses et les machines de plus de 3,5 m de large, qui demandent un convoi exceptionnel. Le chiffre de CO2 de notre camion vient de sa consommation moyenne (42 litres aux 100 km en charge).")
h2("6.2 Les enlèvements export")
p("Les acheteurs export (Pologne, Roumanie, Espagne, Maghreb) envoient leur propre camion ou passent par le transitaire. Bastien Leroux confirme la date par WhatsApp, Nathalie vérifie le paiement complet et les documents, et la machine est chargée en zone E par notre préparateur. En 2025, 37 machines sont parties par le transitaire et 50 par les camions des acheteurs.")
h2("6.3 Satisfaction des clients après livraison")
p("(partie à compléter après l'enquête de septembre)")
ret("À retenir : notre camion reste la solution la moins chère pour les courtes distances ; pour les autres, le classement se fait sur le coût au kilomètre.")

# ---------------------------------------------------------------- Annexe 1
pb()
h1("Annexe 1 — Proposition de l'agence Pixel Sillon")
p("<i>Document reproduit tel que reçu de l'agence (proposition n° PS-2026-041 du jeudi 12 février 2026, signée pour accord le lundi 2 mars 2026).</i>")
C.append(("sub", "Pixel Sillon — Agence web, 14 rue du Grand Faubourg, 28000 Chartres"))
C.append(("sub", "Objectifs du projet"))
p("<b>Objectifs généraux.</b> Accompagner Lhuillier Matériel Agricole dans la digitalisation de ses reprises de matériel ; accroître la visibilité du parc occasion sur le web et les plateformes spécialisées ; offrir aux agriculteurs un parcours simple, adapté au mobile et aux conditions de la cour de ferme.")
p("<b>Objectifs techniques.</b> Formulaire de reprise en 5 étapes, avec téléversement de 10 photos compressées dans le navigateur et envoi différé en l'absence de réseau ; agenda de visites au parc relié aux agendas des commerciaux ; routage des demandes par département et alerte SMS au commercial ; synchronisation AgriParc vers Agri-Annonces et TracteurMarket toutes les 30 minutes, retrait automatique des machines vendues ; affichage des pages en moins de 2,5 secondes sur mobile ; sauvegarde quotidienne, hébergement en France.")
C.append(("sub", "Proposition financière"))
t([["Poste", "Détail", "Montant"],
   ["Lot 1 — Conception", "", ""],
   ["Atelier de cadrage et maquettes", "2 jours, dont une demi-journée au parc", "1 800 € HT"],
   ["Lot 2 — Développements", "", ""],
   ["Formulaire de reprise", "5 étapes, photos, heures moteur, état des pneus, envoi différé", "6 400 € HT"],
   ["Prise de rendez-vous au parc", "Créneaux par commercial, rappel SMS la veille", "3 200 € HT"],
   ["Routage des demandes", "Attribution par département, alerte SMS, relance à 2 h", "2 900 € HT"],
   ["Lot 3 — Connecteurs", "", ""],
   ["Connecteur AgriParc → Agri-Annonces", "Mise à jour toutes les 30 min, retrait à la vente", "4 200 € HT"],
   ["Connecteur AgriParc → TracteurMarket", "Mise à jour toutes les 30 min, retrait à la vente", "4 200 € HT"],
   ["Lot 4 — Mise en service", "", ""],
   ["Reprise des annonces", "180 annonces et leurs photos", "1 650 € HT"],
   ["Recette et corrections", "Cahier de recette, 2 cycles de corrections", "2 400 € HT"],
   ["Formation de l'équipe", "1 journée sur site", "900 € HT"],
   ["Hébergement et maintenance", "12 mois, sauvegarde quotidienne, mises à jour", "4 210 € HT"],
   ["Total HT", "", "31 860 € HT"],
   ["TVA 20 %", "", "6 372 €"],
   ["Total TTC", "", "38 232 €"]],
  [5.2, 7.9, 3.5], spans=[((0, 1), (2, 1)), ((0, 3), (2, 3)), ((0, 7), (2, 7)), ((0, 10), (2, 10)), ((0, 15), (1, 15)), ((0, 16), (1, 16)), ((0, 17), (1, 17))],
  right=(2,), bold_rows=(1, 3, 7, 10, 15, 17), extra=[("BACKGROUND", (0, 1), (-1, 1), PALE), ("BACKGROUND", (0, 3), (-1, 3), PALE),
                                                      ("BACKGROUND", (0, 7), (-1, 7), PALE), ("BACKGROUND", (0, 10), (-1, 10), PALE)])
C.append(("sub", "Conditions"))
p("Validité de la proposition : 60 jours à compter de sa date. Échéancier de paiement : 30 % à la commande, 40 % à la fin de la recette, 30 % à la mise en ligne. Planning : atelier de cadrage en mars 2026, développements d'avril à juin, connecteurs en juillet, recette du 3 au 14 août, mise en ligne le lundi 24 août 2026. Les licences de l'extension AgriParc et les abonnements aux plateformes d'annonces restent à la charge du client. Toute demande hors du périmètre décrit fera l'objet d'un devis complémentaire au tarif de 600 € HT la journée.")
p("Garantie : correction gratuite des anomalies pendant 3 mois après la mise en ligne. Interlocuteurs : Claire Venot, cheffe de projet ; Hugo Marchand, développeur.")

# ---------------------------------------------------------------- Annexe 2
pb()
h1("Annexe 2 — Procédure de reprise et mise en parc")
p("Procédure interne, version du lundi 2 février 2026, affichée au bureau de vente et à l'atelier.")
for i, s in enumerate([
    "Réception de la demande de reprise (formulaire du site, téléphone ou salon) et enregistrement dans AgriParc.",
    "Attribution au commercial du secteur, rappel du client sous 2 heures ouvrées.",
    "Demande des huit photos imposées et des heures moteur si elles manquent.",
    "Estimation de la reprise par le commercial, validée par Anne-Sophie au-delà de 40 000 €.",
    "Visite de la machine chez le client ou au parc, sur rendez-vous.",
    "Accord écrit sur le prix de reprise et la date d'arrivée.",
    "Transport vers le parc (camion plateau ou transporteur selon la distance).",
    "Arrivée en zone A : numéro de parc, plaque, ouverture de l'historique machine.",
    "Vérification du numéro de série avec la carte grise ; clés au coffre.",
    "Contrôle selon le type de machine (fiche 80 points, essai de battage ou contrôle visuel).",
    "Préparation en atelier, planifiée au point du lundi ; rapport d'atelier dans l'historique.",
    "Photos de vente, annonce publiée dans AgriParc et sur les plateformes, machine en zone C."], 1):
    li("%d. %s" % (i, s))
C.append(("sub", "Liste de contrôle à l'arrivée au parc"))
for s in ["□ Numéro de série relevé et identique à la carte grise",
          "□ Heures moteur relevées et photographiées",
          "□ Huit photos d'entrée prises (4 côtés, cabine, moteur, plaque, pneus)",
          "□ Clés, double et documents remis au bureau",
          "□ Niveaux et fuites vérifiés à l'arrivée",
          "□ Attelages, relevage et prise de force manœuvrés",
          "□ Zone et numéro de parc saisis dans AgriParc",
          "□ Historique machine ouvert et signé par le réceptionnaire"]:
    li(s)


# ====================================================================== MISE EN PAGE
S_SUB = ParagraphStyle("sub", fontName="DejaVu-Bold", fontSize=10, leading=13, spaceBefore=7, spaceAfter=4)


def make_table(rows, widths, spans, right, bold_rows, head, extra):
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            if i < head:
                st = S_CELLH
            elif i in bold_rows:
                st = ParagraphStyle("cbr", parent=S_CELLB, alignment=2) if j in right else S_CELLB
            else:
                st = S_CELLR if j in right else S_CELL
            line.append(Paragraph(str(v), st))
        data.append(line)
    tw = sum(widths)
    tb = Table(data, colWidths=[w * UW / tw for w in widths], repeatRows=head)
    st = [("GRID", (0, 0), (-1, -1), 0.4, GRID),
          ("BACKGROUND", (0, 0), (-1, head - 1), GREEN),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("TOPPADDING", (0, 0), (-1, -1), 2.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.0),
          ("LEFTPADDING", (0, 0), (-1, -1), 3.5), ("RIGHTPADDING", (0, 0), (-1, -1), 3.5)]
    for a, b in spans:
        st.append(("SPAN", a, b))
        st.append(("BACKGROUND", a, b, PALE) if a[1] >= head else ("VALIGN", a, b, "MIDDLE"))
    st += list(extra)
    tb.setStyle(TableStyle(st))
    return tb


def build(toc, total):
    S = []
    # couverture
    S.append(Spacer(1, 2.6 * cm))
    S.append(Paragraph("Lhuillier Matériel Agricole SAS", ParagraphStyle("c0", fontName="DejaVu-Bold", fontSize=13, leading=17, textColor=GREEN)))
    S.append(Paragraph("ZA du Moulin — 28310 Toury", ParagraphStyle("c1", fontName="DejaVu", fontSize=10.5, leading=15, textColor=GREEN)))
    S.append(Spacer(1, 2.2 * cm))
    S.append(Paragraph("Projet « Reprise en ligne »", ParagraphStyle("ct", fontName="DejaVu-Bold", fontSize=27, leading=33, textColor=GREEN)))
    S.append(Spacer(1, 0.3 * cm))
    S.append(Paragraph("Formulaire de reprise, rendez-vous au parc et synchronisation des annonces d'un négoce de matériel agricole d'occasion",
                       ParagraphStyle("cs", fontName="DejaVu", fontSize=13, leading=18, textColor=colors.HexColor("#333333"))))
    S.append(Spacer(1, 1.4 * cm))
    S.append(Paragraph("Dossier professionnel — Titre Chef de projet e-commerce<br/>Bloc de compétences 5 — Piloter un projet e-commerce<br/>Session 2026",
                       ParagraphStyle("cb", fontName="DejaVu-Bold", fontSize=11.5, leading=17, textColor=GREEN)))
    S.append(Spacer(1, 6.0 * cm))
    S.append(Paragraph("Guillaume Bréant<br/>Responsable digital et annonces<br/>Tutrice : Anne-Sophie Lhuillier, présidente<br/>Version 2 du 14 mai 2026",
                       ParagraphStyle("ci", fontName="DejaVu", fontSize=10.5, leading=15.5, textColor=colors.HexColor("#333333"))))
    S.append(NextPageTemplate("body"))
    S.append(PageBreak())
    # sommaire
    S.append(Paragraph(smallcaps("Sommaire", S_H1.fontSize), S_H1))
    S.append(Spacer(1, 0.3 * cm))
    for lvl, text, page in toc:
        st = S_TOC0 if lvl == 0 else S_TOC1
        avail = UW - 1.4 * cm - st.leftIndent - 4
        tw = pdfmetrics.stringWidth(text + " ", st.fontName, st.fontSize)
        n = max(3, int((avail - tw) / pdfmetrics.stringWidth(".", st.fontName, st.fontSize)))
        text = text.replace("&", "&amp;") + " " + "." * n
        row = Table([[Paragraph(text, st), Paragraph(str(page), ParagraphStyle("tr", parent=st, alignment=2, leftIndent=0))]],
                    colWidths=[UW - 1.4 * cm, 1.4 * cm])
        row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                 ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                 ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#C9D6C6"))]))
        S.append(row)
    S.append(PageBreak())
    for idx, item in enumerate(C):
        k = item[0]
        if k == "h1":
            S.append(Heading(item[1], S_H1, 0))
        elif k == "h2":
            S.append(CondPageBreak(3.0 * cm))
            S.append(Heading(item[1], S_H2, 1))
        elif k == "p":
            S.append(Paragraph(item[1], S_BODY))
        elif k == "li":
            S.append(Paragraph(item[1], S_LI, bulletText="•" if not item[1][:2].rstrip(".").isdigit() and not item[1].startswith("□") else None))
        elif k == "q":
            S.append(Paragraph(item[1], S_QUOTE))
        elif k == "ret":
            S.append(Paragraph(item[1], S_RET))
        elif k == "sub":
            S.append(Paragraph(item[1], S_SUB))
        elif k == "cap":
            nxt = C[idx + 1]
            S.append(KeepTogether([Paragraph(item[1], S_CAP), make_table(*nxt[1:]), Spacer(1, 5)]) if len(nxt[1]) < 12 else Paragraph(item[1], S_CAP))
        elif k == "t":
            if idx > 0 and C[idx - 1][0] == "cap" and len(item[1]) < 12:
                continue
            S.append(make_table(*item[1:]))
            S.append(Spacer(1, 5))
        elif k == "pb":
            S.append(PageBreak())
    return S


def render(toc, total):
    d = Doc(PDF, total, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=2 * cm, bottomMargin=2 * cm,
            title="Projet « Reprise en ligne » — Dossier bloc 5", author=AUTHOR, creator=AUTHOR,
            subject="Titre Chef de projet e-commerce — bloc 5 — session 2026", invariant=1)
    d.build(build(toc, total))
    return d


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    # passe 1 : collecte des numéros de page (sommaire factice de même longueur)
    d1 = render([(l, x, 0) for l, x in [(0 if i[0] == "h1" else 1, i[1]) for i in C if i[0] in ("h1", "h2")]], 15)
    toc, total = d1.toc, d1.page
    d2 = render(toc, total)
    assert d2.toc == toc, "pagination instable"
    print("ok", PDF, total, "pages")
