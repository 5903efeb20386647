# -*- coding: utf-8 -*-
# Générateur du dossier de la candidate c114 (Inès Kaddour, alternante au Cabinet Béranger Expertise, Angers,
# marque en ligne « Compta'Libre ») : le questionnaire de mise en situation professionnelle de l'école (ESNA),
# blocs 2 et 4, rempli par la candidate. Un seul DOCX (python-docx) : questions de l'école en gras, une par ligne,
# réponses « Réponse : » tapées en bleu foncé, aucun style de titre, 3 tableaux (identité, frais, grille Q4),
# une liste à puces (Q2.16), une liste numérotée (Q3.3), pied de page « ESNA — Questionnaire MSP — page X/8 ».
# Déterministe : propriétés figées, zip DOCX réécrit avec un horodatage fixe.
import datetime, os, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "..", "c114-cabinet-comptable-forfaits-en-ligne")
DOCX = os.path.join(OUT, "questionnaire-MSP-blocs2-4-KADDOUR.docx")
AUTHOR = "Inès Kaddour"
STAMP = datetime.datetime(2026, 4, 14, 22, 47, 0)
ZIPSTAMP = (2026, 4, 14, 22, 47, 0)
BLUE = RGBColor(0x1F, 0x38, 0x64)   # bleu foncé des réponses

# ====================================================================== CONTENU
# ("q", texte de la question) ("r", réponse) ("rp", paragraphe de réponse suivant, sans « Réponse : »)
# ("bul", puce) ("num", élément numéroté) ("part", intitulé de partie) ("fees",) ("note", note au tuteur)
# ("empty",) réponse vide
C = []
def q(x): C.append(("q", x))
def r(x): C.append(("r", x))
def rp(x): C.append(("rp", x))
def bul(x): C.append(("bul", x))
def num(x): C.append(("num", x))
def part(x): C.append(("part", x))


q("Q1. Présentez votre entreprise : activité, offre, clients, chiffres clés, organisation, et vos missions dans l'entreprise.")
r("Je suis alternante depuis octobre 2025 au Cabinet Béranger Expertise, une société d'expertise comptable inscrite à l'Ordre "
  "des experts-comptables, à Angers (49). Le cabinet a été créé en 2009 par Olivier Béranger, expert-comptable, qui est le "
  "président et aussi mon tuteur. Nous sommes 22 salariés et le chiffre d'affaires 2025 est de 2,6 M€ HT. La plupart des "
  "clients sont des PME, des commerçants et des artisans de la région, suivis de façon classique par un collaborateur.")
rp("Depuis 2022 le cabinet a aussi une marque en ligne, Compta'Libre, pour les freelances et les indépendants. On vend des "
   "forfaits mensuels sur le site : 410 clients en 2025 et 312 k€ HT, soit 12 % du chiffre d'affaires. Les formules sont "
   "Micro Sérénité (39 € HT/mois), EI Réel Essentiel (119 € HT/mois) et SASU Complète (189 € HT/mois), plus deux "
   "prestations ponctuelles : Création de société (290 € HT) et Passage en société (490 € HT). Le site est fait sous "
   "WordPress avec Elementor et le plugin d'abonnement AboPress. Les concurrents sont Clic-Compta, FreelanceBooks et "
   "L'Expert en Ligne.")
rp("Pour 2026, Olivier veut surtout plus de clients SASU, parce que ce sont les dossiers les plus rentables et que les "
   "micro-entrepreneurs restent souvent moins d'un an. Au pôle en ligne il y a Sandrine Morel (responsable, elle répond aussi "
   "au chat) et Léo Garnier, développeur WordPress en freelance. Moi je fais les posts LinkedIn, les mises à jour des pages "
   "du site, les visuels sur Canva et la newsletter.")

part("PARTIE A — BLOC 2")
q("Q2.1. Présentez une campagne que vous avez menée ou préparée dans l'entreprise. Quels étaient ses objectifs ?")
r("C'est la campagne d'acquisition du printemps (mars à juin 2026), préparée avec Sandrine. L'objectif est d'avoir "
  "150 nouveaux clients Micro avant juillet.")
q("Q2.2. Par quels canaux cette campagne est-elle diffusée ?")
r("LinkedIn et Google Ads.")
q("Q2.3. Expliquez comment les objectifs, la cible visée et les canaux choisis s'accordent entre eux.")
r("Je ne sais pas trop comment relier tout ça.")
q("Q2.4. Avec quels partenaires ou relais extérieurs l'entreprise travaille-t-elle pour se faire connaître ?")
r("On a plusieurs prescripteurs qui nous envoient des freelances. D'abord les conseillers professionnels de deux agences "
  "bancaires du centre d'Angers (Hervé Jolivet et Claire Dubreuil) : quand un client ouvre un compte pro pour sa "
  "micro-entreprise, ils lui donnent notre plaquette avec un code qui offre le premier mois. Ensuite deux coworkings, "
  "« La Filature » (quartier Saint-Serge) et « Cowork'Maine » (près de la gare) : on a des flyers à l'accueil et Olivier "
  "fait un atelier « Ma compta en une heure » une fois par trimestre dans chacun.")
rp("Il y a aussi les ateliers création d'entreprise de la CCI, où Olivier anime l'atelier « Choisir son statut » un jeudi "
   "par mois, et le Slack « Freelances d'Anjou » (1 800 membres), où Sandrine répond aux questions dans le canal "
   "#compta-fiscalité. Enfin le comparateur « ComparExpert » : on a une fiche Compta'Libre avec nos tarifs et on paie "
   "à chaque demande de contact qu'il nous envoie.")
q("Q2.5. Pourquoi avoir choisi ces partenaires plutôt que d'autres ?")
r("Les coworkings c'est logique parce que leurs membres sont presque tous des freelances, donc exactement notre cible : "
  "graphistes, développeurs, consultants qui débutent et qui ne savent pas encore comment déclarer à l'URSSAF. En plus les "
  "gérants des coworkings conseillent leurs membres et ils nous connaissent. Pour les banques, la CCI, Slack et "
  "ComparExpert, c'était déjà en place quand je suis arrivée.")
q("Q2.6. Quels résultats ces partenaires ont-ils apportés ? Comment les mesurez-vous ?")
r("Pas encore de résultats.")
q("Q2.7. Présentez deux conversations de chat avec des clients ou des prospects : une qui a abouti à une vente et une qui "
  "n'a pas abouti. Commentez-les.")
r("Je n'ai pas accès à la messagerie Crisp, c'est Sandrine qui répond aux clients.")
q("Q2.8. Quels chiffres suivez-vous sur le chat (nombre de conversations, délai de réponse, ventes…) et qu'en "
  "retirez-vous ?")
r("Voir avec mon tuteur.")
q("Q2.9. Sur quels réseaux sociaux l'entreprise est-elle présente et comment les faites-vous vivre ?")
r("On est sur LinkedIn. Je publie 2 posts par semaine sur le profil d'Olivier, écrits par moi, et il les relit avant.")
q("Q2.10. Ce qui a été fait sur les réseaux sociaux correspond-il à ce qui était prévu ? Expliquez les écarts.")
C.append(("empty",))
q("Q2.11. Donnez et commentez les chiffres d'audience de vos réseaux sociaux (abonnés, réactions, évolution).")
r("Je ne sais pas.")
q("Q2.12. Quels outils du site utilisez-vous pour mettre une offre en avant ? Donnez des exemples.")
r("Dans Elementor, sur la page Tarifs, il y a un tableau de prix avec les trois formules côte à côte. J'ai activé le "
  "ruban « Formule la plus choisie » sur la colonne SASU Complète, pour que ce soit la formule phare.")
q("Q2.13. À quels endroits du site cette mise en avant est-elle la plus utile, et pourquoi ?")
r("Idem Q2.12.")
q("Q2.14. Quels moyens de paiement sont proposés sur le site ? Fonctionnent-ils sur tous les appareils ? "
  "Donnent-ils confiance aux clients ?")
r("Il y a deux moyens de règlement. Pour les abonnements, c'est GoCardless : au moment de l'inscription le client signe "
  "un mandat de prélèvement SEPA en ligne avec son IBAN, et ensuite il est prélevé automatiquement le 5 de chaque mois. "
  "Si le prélèvement échoue (compte pas assez approvisionné par exemple), GoCardless le relance tout seul 3 jours après, "
  "et Sandrine reçoit un e-mail s'il échoue encore. Pour les prestations ponctuelles (Création de société et Passage en "
  "société), c'est Stripe, le client paie par carte bancaire. AboPress fait le lien entre les deux et la fiche client.")
C.append(("fees",))
rp("Pour la confiance, il y a plusieurs choses : le paiement carte Stripe passe par 3D Secure (le client valide sur l'appli "
   "de sa banque) ; sur la page Tarifs on a écrit « sans engagement, résiliable en un clic » sous les formules ; la lettre "
   "de mission est signée en ligne avant le paiement, donc le client sait exactement ce qu'on fait pour lui ; le logo de "
   "l'Ordre des experts-comptables est en bas de toutes les pages ; et on affiche la note Google du cabinet, 4,8/5 avec "
   "63 avis. Pour un service de comptabilité c'est important parce que les gens ont peur de donner leur IBAN à un site "
   "qu'ils ne connaissent pas.")
rp("J'ai testé l'inscription et le paiement sur l'ordinateur du bureau (Chrome) et sur mon téléphone (iPhone, Safari), "
   "en mode test que Léo a activé. Tout marchait, juste sur le téléphone la signature du mandat s'ouvre dans un nouvel "
   "onglet.")
q("Q2.15. Quelles solutions de financement ou de paiement en plusieurs fois pourraient être proposées ? Analysez leur "
  "intérêt pour le client et pour l'entreprise.")
r("On propose le paiement en 3 fois pour la création.")
q("Q2.16. Quels dispositifs de fidélisation existent ou pourraient exister ? Lesquels recommandez-vous et pourquoi ?")
r("Les dispositifs de rétention qu'on a ou qu'on pourrait avoir :")
bul("le parrainage : un mois offert au parrain et un mois offert au filleul ;")
bul("le paiement annuel avec 10 % de remise (au lieu de payer tous les mois) ;")
bul("le prix bloqué pendant 2 ans pour les clients qui restent ;")
bul("un webinaire en décembre sur la clôture de l'année et les déclarations à venir ;")
bul("la newsletter fiscale (les dates URSSAF et TVA du mois, les changements de la loi de finances).")
rp("Lesquels je recommande : voir avec mon tuteur.")

part("PARTIE B — BLOC 4")
q("Q3.1. Avez-vous fait appel à des prestataires pour produire des visuels, des vidéos ou d'autres contenus ? "
  "Comment les avez-vous choisis ?")
r("cf. annexe")
q("Q3.2. Expliquez comment vous rédigez un article : les étapes et la place des mots-clés.")
r("J'ai écrit l'article « Micro-entreprise ou SASU en 2026 ? » en février, publié sur LinkedIn et dans une page du site. "
  "J'ai d'abord listé les questions que les clients posent à Sandrine, puis j'ai fait un plan en 4 parties (le "
  "fonctionnement, les charges, la protection sociale, quand changer). Olivier a vérifié les chiffres. Pour le "
  "référencement, je mets le mot-clé dans le titre et dans le texte.")
q("Q3.3. Expliquez votre méthode pour construire une page produit ou une page d'offre.")
r("J'ai refait la page formule « EI Réel Essentiel » en janvier avec Léo. Ma méthode en 7 étapes :")
num("À qui c'est destiné : en haut de page, une phrase simple (« Vous êtes entrepreneur individuel au régime réel et vous "
    "voulez un expert-comptable qui s'occupe de tout ») et 3 exemples de métiers, pour que le visiteur se reconnaisse tout "
    "de suite.")
num("Ce qui est inclus : la tenue et la pré-compta avec l'appli, le rapprochement bancaire, les déclarations de TVA, le "
    "bilan et la liasse fiscale, la déclaration 2031, un rendez-vous annuel. Je l'écris en liste, un point par ligne.")
num("Ce qui n'est pas inclus : les fiches de paie, le juridique annuel, la création de société. Je l'ai ajouté parce que "
    "Sandrine avait des clients mécontents qui pensaient que c'était compris.")
num("Le prix : 119 € HT par mois, et en dessous 142,80 € TTC, parce que les freelances en franchise de TVA ne récupèrent "
    "pas la TVA et veulent le vrai prix.")
num("L'engagement : « sans engagement, résiliable en un clic », et le préavis d'un mois expliqué.")
num("Comment se passe le démarrage : ce qui arrive après l'inscription, en 4 petits pictos (lettre de mission signée en "
    "ligne, appel de bienvenue avec le comptable sous 48 h, accès à l'appli, premier rapprochement bancaire).")
num("Une FAQ de 6 questions (« Et si je change de statut ? », « Qui fait mon bilan ? »…) et le bouton « Je démarre » en "
    "bas, répété aussi en haut de la page.")
q("Q3.4. Quels mots-clés avez-vous retenus pour cette page, et où les avez-vous placés ?")
r("Les mots-clés : « expert-comptable en ligne », « comptable micro-entrepreneur », « comptabilité SASU prix », "
  "« expert-comptable freelance Angers », « bilan EI réel tarif ».")
q("Q3.5. Quels éléments de la page aident le visiteur à prendre sa décision ? Pourquoi ?")
r("Sur la page formule il y a : le prix par mois, parce que c'est la première chose que les freelances comparent avec "
  "Clic-Compta et FreelanceBooks ; la liste de ce qui n'est pas compris, pour qu'il n'y ait pas de mauvaise surprise "
  "sur la facture ; le délai de réponse de 48 h maximum, parce que la peur des clients c'est de ne jamais avoir de "
  "réponse de leur comptable en ligne ; le nom et la photo du comptable qui suivra le dossier, pour montrer qu'il y a "
  "une vraie personne du cabinet d'Angers derrière ; les avis Google ; et une capture d'un exemple de tableau de bord "
  "(chiffre d'affaires, charges, TVA à payer), parce que beaucoup de gens ne savent pas à quoi ressemble l'outil avant "
  "de s'inscrire.")
q("Q3.6. Présentez un travail de retouche photo ou de montage vidéo que vous avez réalisé (logiciel, avant / après).")
r("J'ai retiré le fond du portrait d'Olivier dans Canva, avec l'outil « Effacer l'arrière-plan », et j'ai mis un fond "
  "bleu uni. C'est plus pro.")
q("Q3.7. Comment adaptez-vous les images et les vidéos à une consultation en ligne (format, poids, dimensions) ?")
r("J'exporte les visuels en WebP, en 1 200 px de large maximum, et je vérifie qu'ils font moins de 100 Ko avant de les "
  "mettre dans WordPress (sinon je recompresse). Le chargement différé (lazy loading) est fait par un plugin que Léo a "
  "installé, les images sous l'écran ne se chargent que quand on descend.")
q("Q3.8. Quels chiffres montrent que les internautes s'intéressent davantage à vos contenus (temps passé, interactions, "
  "commandes) ?")
r("On est passé de 18 à 27 inscriptions.")
C.append(("note", "(Olivier, tu peux me donner les chiffres de mars ?)"))
q("Q3.9. L'entreprise a-t-elle un blog ? Expliquez son installation et son paramétrage.")
r("Je ne sais pas, on n'a pas de blog.")
q("Q3.10. Quels objectifs de conversion avez-vous fixés pour le site, et comment les vérifiez-vous ?")
r("Nos conversions, c'est la prestation Passage en société (490 € HT) : quand un micro-entrepreneur passe en SASU, on "
  "l'accompagne pour la création et il change de formule. On a fait 14 conversions en 2025 et l'objectif est 25 en 2026. "
  "Sandrine les suit dans un tableau Excel.")
q("Q3.11. Décrivez étape par étape le parcours d'inscription ou de commande sur le site. Comment vérifiez-vous qu'il "
  "fonctionne ?")
r("cf. Q3.10")
q("Q3.12. Comment les visiteurs se comportent-ils sur le site ? Donnez un exemple d'analyse de leur parcours.")
r("Je ne sais pas.")
q("Q3.13. Qu'est-ce qui peut faire abandonner un visiteur pendant ce parcours ? Quelles corrections proposez-vous, qui "
  "s'en charge et quand ?")
r("Dans le parcours d'inscription, le numéro SIRET est demandé à l'étape 1, juste après le choix de la formule. Les gens "
  "qui sont en train de créer leur entreprise n'ont pas encore de SIRET, donc il y a du décrochage à cet endroit (Sandrine "
  "reçoit des messages sur Crisp à ce sujet). "
  "Il faudrait le demander plus tard.")

FEES = [["Moyen de règlement", "Utilisé pour", "Frais", "Exemple"],
        ["GoCardless (prélèvement SEPA)", "Abonnements mensuels", "1 % + 0,20 € par prélèvement (4 € maximum)",
         "EI Réel Essentiel 142,80 € TTC : 1,63 €"],
        ["Stripe (carte bancaire)", "Création de société, Passage en société", "1,5 % + 0,25 € par paiement",
         "Passage en société 588 € TTC : 9,07 €"]]

GRID = ["Construire une campagne d'acquisition",
        "Travailler avec des partenaires et des relais",
        "Échanger avec les clients par chat",
        "Faire vivre les réseaux sociaux de l'entreprise",
        "Mettre en avant une offre sur le site",
        "Mettre en place et tester les paiements en ligne",
        "Proposer des solutions de financement",
        "Fidéliser la clientèle",
        "Rédiger des contenus pour le web",
        "Retoucher des photos, monter des vidéos",
        "Installer et faire vivre un blog",
        "Suivre et améliorer le parcours de commande"]


# ====================================================================== CONSTRUCTION
def repack(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIPSTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def add_field(par, instr, size):
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        rr = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
        rr.append(rpr)
        if kind in ("begin", "separate", "end"):
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " %s " % text
        else:
            el = OxmlElement("w:t")
            el.text = text
        rr.append(el)
        par._p.append(rr)


def table(doc, rows, widths, size=10, bold_first_col=False, header=True, center_cols=()):
    tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tb.style = "Table Grid"
    tb.autofit = False
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, w in enumerate(widths):
        tb.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = tb.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            p = c.paragraphs[0]
            run = p.add_run(v)
            run.font.size = Pt(size)
            if (header and i == 0) or (bold_first_col and j == 0):
                run.bold = True
            if j in center_cols:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return tb


def space(p, before=0, after=6):
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("ESNA — Questionnaire MSP — page ").font.size = Pt(8.5)
    add_field(fp, "PAGE", 8.5)
    fp.add_run("/8").font.size = Pt(8.5)

    # ------------------------------------------------------------ page 1
    p = doc.add_paragraph()
    rr = p.add_run("[logo ESNA]"); rr.font.size = Pt(10); rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    p = doc.add_paragraph()
    rr = p.add_run("École Supérieure du Numérique d'Anjou — Bachelor e-commerce et marketing digital, 1re année\n"
                   "Titre RNCP « Chef de projet e-commerce » — évaluation en cours de formation — session 2026")
    rr.font.size = Pt(9); rr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; space(p, 14, 10)
    rr = p.add_run("Questionnaire de mise en situation professionnelle — Blocs 2 et 4")
    rr.bold = True; rr.font.size = Pt(16)
    p = doc.add_paragraph(); space(p, 0, 10)
    rr = p.add_run("Répondez sous chaque question, à la suite de la mention « Réponse : », en vous appuyant sur des "
                   "situations réelles vécues dans votre entreprise (chiffres, exemples, captures). Ne modifiez pas le "
                   "texte des questions. 10 pages maximum. Joignez vos annexes.")
    rr.italic = True; rr.font.size = Pt(10)
    table(doc, [["Nom", "KADDOUR"],
                ["Prénom", "Inès"],
                ["Entreprise", "Cabinet Béranger Expertise SAS — marque Compta'Libre — Angers (49)"],
                ["Poste", "Assistante marketing (alternance) depuis octobre 2025"],
                ["Tuteur", "Olivier Béranger, président, expert-comptable"],
                ["Date de remise", "15/04/2026"]],
          [4.0, 12.0], size=10, bold_first_col=True, header=False)
    doc.add_paragraph()

    # ------------------------------------------------------------ questions / réponses
    for item in C:
        k = item[0]
        if k == "part":
            p = doc.add_paragraph(); space(p, 0, 6)
            p.paragraph_format.page_break_before = True
            rr = p.add_run(item[1]); rr.bold = True; rr.font.size = Pt(12); rr.underline = True
        elif k == "q":
            p = doc.add_paragraph(); space(p, 14, 4)
            p.paragraph_format.keep_with_next = True
            rr = p.add_run(item[1]); rr.bold = True
        elif k == "r":
            p = doc.add_paragraph(); space(p, 0, 8); p.paragraph_format.line_spacing = 1.15
            rr = p.add_run("Réponse : " + item[1]); rr.font.color.rgb = BLUE
        elif k == "empty":
            p = doc.add_paragraph(); space(p, 0, 8); p.paragraph_format.line_spacing = 1.15
            rr = p.add_run("Réponse : "); rr.font.color.rgb = BLUE
        elif k == "rp":
            p = doc.add_paragraph(); space(p, 0, 8); p.paragraph_format.line_spacing = 1.15
            rr = p.add_run(item[1]); rr.font.color.rgb = BLUE
        elif k == "bul":
            p = doc.add_paragraph(style="List Bullet"); space(p, 0, 2)
            rr = p.add_run(item[1]); rr.font.color.rgb = BLUE
        elif k == "num":
            p = doc.add_paragraph(style="List Number"); space(p, 0, 3)
            rr = p.add_run(item[1]); rr.font.color.rgb = BLUE
        elif k == "note":
            p = doc.add_paragraph(); space(p, 0, 4)
            rr = p.add_run(item[1]); rr.font.color.rgb = BLUE; rr.italic = True
        elif k == "fees":
            table(doc, FEES, [4.2, 4.0, 4.2, 4.2], size=9)
            space(doc.add_paragraph(), 0, 2)

    # ------------------------------------------------------------ Q4 grille d'auto-évaluation
    p = doc.add_paragraph(); space(p, 0, 6)
    p.paragraph_format.page_break_before = True
    rr = p.add_run("Q4. Auto-évaluation : pour chaque compétence, cochez d'une croix (X) le niveau que vous pensez avoir atteint.")
    rr.bold = True
    rows = [["Compétence", "Acquis", "En cours", "Non acquis"]] + [[g, "X", "", ""] for g in GRID]
    table(doc, rows, [10.0, 2.0, 2.0, 2.0], size=10, center_cols=(1, 2, 3))

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = "Questionnaire MSP blocs 2 et 4 — KADDOUR"
    cp.subject = "ESNA — session 2026"
    cp.created = datetime.datetime(2026, 3, 2, 9, 15, 0)
    cp.modified = STAMP
    cp.revision = 14
    doc.save(DOCX)
    repack(DOCX)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    build()
    print("ok")
